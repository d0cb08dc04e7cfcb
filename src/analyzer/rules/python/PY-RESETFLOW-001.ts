import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { SETS_PASSWORD } from "./PY-PWCHANGE-001.js";
import { handlerOf } from "./web.js";

/** A forgotten-password flow: the route or view that sets a new password for someone not logged in. */
const RESET_ROUTE = /reset|forgot|recover/i;
/** What proves the caller owns the account: a mailed token or code, a signed link, a verification call. */
const PROOF =
  /token|\bcode\b|otp|nonce|signature|signed|loads\(|unsign|verify|compare_digest|check_|confirm|\bkey\b|\buid64\b|uidb64/i;
/** The account is picked by what the request names: an e-mail, a user name, an id. */
const ACCOUNT_FROM_REQUEST =
  /request\.(form|json|args|values|POST|GET|data|get_json\(\))[^\n]*\b(email|e_mail|mail|user(name)?|login|account|uid|user_id)\b|\b(email|username|user_id)\s*:\s*str\b/i;
/** A logged-in user changing their own password is PY-PWCHANGE-001's case. */
const LOGGED_IN =
  /\bsession\[|\bsession\.get\(|current_user|request\.user\b|login_required|Depends\(get_current/;

export default pyRule({
  meta: {
    id: "PY-RESETFLOW-001",
    title: "Password reset that sets the new password without proof of owning the account",
    cwe: ["CWE-640", "CWE-620"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags reset / forgot / recover password routes and views that store a new password for the account the request names (an e-mail or user name) without reading or checking a token, code or signed link, and without a logged-in user.",
      why_bad:
        "Anyone who knows (or guesses) an address can set that account's password and log in as its owner: the recovery mechanism has no secret the owner alone receives (CWE-640, weak password recovery mechanism).",
      example_bad:
        "from flask import Flask, request\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/reset-password', methods=['POST'])\ndef reset_password():\n    USERS[request.form['email']]['hash'] = generate_password_hash(request.form['new_password'])\n    return 'ok'",
      example_good:
        "from flask import Flask, request, abort\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/reset-password', methods=['POST'])\ndef reset_password():\n    email = user_for_token(request.form['token'])\n    if email is None:\n        abort(403)\n    USERS[email]['hash'] = generate_password_hash(request.form['new_password'])\n    return 'ok'",
    },
    fix_hint:
      "Mail a single-use, expiring random token (secrets.token_urlsafe) to the account's address and set the new password only for the account that token was issued to, compared with hmac.compare_digest.",
  },
  trigger: /reset|forgot|recover/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const h = handlerOf(ctx, node);
    if (!h || !(RESET_ROUTE.test(h.path) || RESET_ROUTE.test(h.name))) return;
    const params = ctx.paramNames(node).join(" ");
    const body = ctx.text(field(node, "body") ?? node);
    if (
      !SETS_PASSWORD.test(body) ||
      !ACCOUNT_FROM_REQUEST.test(`${body}\n${ctx.text(field(node, "parameters") ?? node)}`)
    )
      return;
    if (PROOF.test(`${h.path} ${params} ${body}`) || LOGGED_IN.test(`${h.decorators}\n${body}`)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path || h.name} sets a new password for the account the request names, with no token or code`,
    });
  },
  cases: {
    valid: [
      "from flask import Flask, request, abort\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/reset-password', methods=['POST'])\ndef reset_password():\n    email = user_for_token(request.form['token'])\n    if email is None:\n        abort(403)\n    USERS[email]['hash'] = generate_password_hash(request.form['new_password'])\n    return 'ok'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/reset/<uidb64>/<tok>', methods=['POST'])\ndef reset(uidb64, tok):\n    u = check_link(uidb64, tok)\n    u.set_password(request.form['password'])\n    return 'ok'",
      "from flask import Flask, request, session\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/password/reset', methods=['POST'])\ndef reset_password():\n    u = load_user(session['uid'])\n    u.password_hash = generate_password_hash(request.form['password'])\n    return 'ok'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/forgot', methods=['POST'])\ndef forgot():\n    send_reset_mail(request.form['email'])\n    return 'sent'",
    ],
    invalid: [
      {
        code: "from flask import Flask, request\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/reset-password', methods=['POST'])\ndef reset_password():\n    email = request.form['email']\n    USERS[email]['hash'] = generate_password_hash(request.form['new_password'])\n    return 'password changed'",
        line: 5,
      },
      "def forgot_password(request):\n    user = User.objects.get(email=request.POST['email'])\n    user.set_password(request.POST['password'])\n    user.save()\n    return HttpResponse('ok')",
    ],
  },
});
