import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** Route names and paths that say the handler changes something. */
const CHANGE_VERB =
  /(^|[/_-])(delete|remove|update|change|edit|set|transfer|approve|reject|cancel|grant|revoke|promote|demote|reset|add|create|disable|enable|ban|withdraw|pay)([/_-]|$)|(^|[/_])(email|password|role)([/_]|$)/i;
/** The body writes: an ORM save/delete/commit, an UPDATE/DELETE/INSERT, a collection update. */
const WRITES =
  /\.save\(|\.delete\(|\.commit\(\)|\.execute\([^)]*\b(UPDATE|DELETE|INSERT)\b|\.(update_one|update_many|delete_one|delete_many|insert_one)\(|\.remove\(|(?<!session)\.pop\(|^\s*del\s+\w+\[/im;
/** The change is made for whoever's cookie comes with the request: the session's or the login's user. */
const COOKIE_IDENTITY = /\bsession\[|\bsession\.get\(|\bcurrent_user\b|\brequest\.user\b|\bg\.user\b/;

export default pyRule({
  meta: {
    id: "PY-GETSTATE-001",
    title: "State changed by a GET request",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Flask/FastAPI routes that accept only GET (no methods=, or methods=['GET'], or @app.get) whose name or path says they change something (delete, update, change, transfer, ...) and whose body writes to the database from request data.",
      why_bad:
        "A GET needs no form and carries no CSRF token: an <img src> or a link on any site makes a logged-in user's browser perform the change with their cookies.",
      example_bad:
        "from flask import Flask, request, session\napp = Flask(__name__)\n@app.route('/account/email')\ndef change_email():\n    u = load_user(session['uid'])\n    u.email = request.args['new']\n    u.save()\n    return 'ok'",
      example_good:
        "from flask import Flask, request, session\napp = Flask(__name__)\n@app.route('/account/email', methods=['POST'])\ndef change_email():\n    u = load_user(session['uid'])\n    u.email = request.form['new']\n    u.save()\n    return 'ok'",
    },
    fix_hint:
      "Make state-changing endpoints POST/PUT/DELETE behind CSRF protection (Flask-WTF CSRFProtect); keep GET handlers read-only.",
  },
  trigger: /\.route\(|@\w+\.get\(/,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const h = handlerOf(ctx, node);
    if (!h || !h.path) return;
    const getOnly =
      (/\.route\(/.test(h.decorators) && !/methods\s*=/.test(h.decorators)) ||
      /methods\s*=\s*[[(]\s*['"]GET['"]\s*,?\s*[\])]/i.test(h.decorators) ||
      /@\w+\.get\(/.test(h.decorators);
    // `methods=["GET", "POST"]`: the form posts, but a link or an <img> reaches the same code with a GET.
    const alsoGet = !getOnly && /methods\s*=\s*[[(][^\])]*['"]GET['"]/i.test(h.decorators);
    if ((!getOnly && !alsoGet) || !(CHANGE_VERB.test(h.path) || CHANGE_VERB.test(h.name))) return;
    const body = ctx.text(field(node, "body") ?? node);
    if (!WRITES.test(body)) return;
    // Data read from the query string, or a change to the cookie's own user, which needs no parameter at all.
    if (!/request\.(args|values)|request\.GET|query_params/.test(body) && !COOKIE_IDENTITY.test(body)) return;
    // A handler that branches on the method keeps its change for the POST.
    if (alsoGet && /request\.method\s*[=!]=/.test(body)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path} changes data on a GET request (no CSRF protection applies)`,
    });
  },
  cases: {
    valid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/account/email', methods=['POST'])\ndef change_email():\n    u = me()\n    u.email = request.form['new']\n    u.save()\n    return 'ok'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/search')\ndef search():\n    return run(request.args['q'])",
      "from flask import Flask, request, session\napp = Flask(__name__)\n@app.route('/account/delete', methods=['GET', 'POST'])\ndef delete_account():\n    if request.method == 'POST':\n        USERS.pop(session.get('uid'), None)\n    return 'ok'",
      "from flask import Flask, session\napp = Flask(__name__)\n@app.route('/logout')\ndef logout():\n    session.pop('uid', None)\n    return 'bye'",
    ],
    invalid: [
      {
        code: "from flask import Flask, request, session\napp = Flask(__name__)\n@app.route('/account/email')\ndef change_email():\n    u = load_user(session['uid'])\n    u.email = request.args['new']\n    u.save()\n    return 'ok'",
        line: 4,
      },
      {
        code: "from flask import Flask, session, redirect\napp = Flask(__name__)\n@app.route('/account/delete', methods=['GET', 'POST'])\ndef delete_account():\n    USERS.pop(session.get('uid'), None)\n    session.clear()\n    return redirect('/')",
        line: 4,
      },
    ],
  },
});
