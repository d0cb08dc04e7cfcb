import { Level } from "../../dataflow/python.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { PASSWORD_CHECKS, pyRule } from "./common.js";

/**
 * The server-side session objects: Flask's (and Quart's) `session`, Django's `request.session`, CherryPy's
 * `cherrypy.session` (its sessions tool), and aiohttp's `session = await aiohttp_session.get_session(request)`.
 */
function isSession(node: SyntaxNode | undefined, ctx: PythonContext): boolean {
  const q = ctx.qname(node);
  if (q === "flask.session" || q === "quart.session" || q === "cherrypy.session") return true;
  if (/(^|\.)request\.session$/.test(q)) return true;
  if (beakerSession(node, ctx)) return true;
  if (node?.type !== "identifier") return false;
  let v = ctx.resolve(node);
  if (v?.type === "await") v = namedChildren(v)[0];
  if (beakerSession(v, ctx)) return true;
  return v?.type === "call" && /^aiohttp_session\.(get_session|new_session)$/.test(ctx.callee(v));
}

/** Beaker's WSGI session (Bottle, Pyramid): `environ['beaker.session']` or `environ.get('beaker.session')`. */
function beakerSession(node: SyntaxNode | undefined, ctx: PythonContext): boolean {
  if (node?.type === "subscript") {
    const obj = field(node, "value");
    return (
      /(^|\.)environ$/.test(ctx.text(obj ?? node)) &&
      ctx.constValue(field(node, "subscript")) === "beaker.session"
    );
  }
  return (
    node?.type === "call" &&
    /(^|\.)environ\.get$/.test(ctx.callee(node)) &&
    ctx.constValue(ctx.args(node)[0]) === "beaker.session"
  );
}

/** Calls that check a login's credentials for the account they are given (a password, an OTP code). */
const CREDENTIAL_CHECK =
  /^(check|verify|validate)_?(password|passwd|credentials|creds|login|otp|totp|code|mfa|2fa)$|^authenticate$/i;

/**
 * `if check_password(user, pw): session['user'] = user`, or after `if not check_credentials(user, pw): return`:
 * the value written is the account the credentials were just checked for, the server's verified identity rather
 * than an unchecked request field.
 */
function credentialChecked(ctx: PythonContext, write: SyntaxNode, value: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(write);
  if (!fn) return false;
  const v = ctx.text(value);
  for (let n: SyntaxNode | null = write.parent; n && n !== fn; n = n.parent) {
    if (n.type !== "if_statement") continue;
    const cond = field(n, "condition");
    const body = field(n, "consequence");
    if (!cond || !body || write.start < body.start || write.end > body.end) continue;
    if (cond.type === "call" && checksAccount(ctx, cond, v)) return true;
  }
  // An earlier `if not check(...): return` (or raise/abort) in the function's own body.
  const top = field(fn, "body");
  for (const st of top ? namedChildren(top) : []) {
    if (st.end > write.start) break;
    if (st.type !== "if_statement") continue;
    const cond = field(st, "condition");
    const body = field(st, "consequence");
    if (!cond || !body || !/^\s*(return|raise|abort\()/m.test(ctx.text(body))) continue;
    const negated = [cond, ...namedChildren(cond)].filter((c) => c.type === "not_operator");
    for (const c of negated.length ? negated : cond.type === "boolean_operator" ? namedChildren(cond) : []) {
      const call = c.type === "not_operator" ? namedChildren(c)[0] : undefined;
      if (call?.type === "call" && checksAccount(ctx, call, v)) return true;
    }
  }
  return false;
}

/** What a local helper's body calls when it checks a login: a password hash, a constant-time compare. */
const VERIFIES = new RegExp(String.raw`\b(${PASSWORD_CHECKS}|verify)\s*\(`);

function checksAccount(ctx: PythonContext, call: SyntaxNode, value: string): boolean {
  const name = ctx.callee(call).split(".").pop() ?? "";
  const args = ctx.args(call);
  // `hmac.compare_digest(PINS.get(user, ''), pin)`: the secret stored for that account, compared.
  if (name === "compare_digest")
    return args.some((a) => [a, ...descendants(a)].some((d) => d.named && d !== a && ctx.text(d) === value));
  if (!args.some((a) => ctx.text(a) === value)) return false;
  if (CREDENTIAL_CHECK.test(name)) return true;
  // `def check(user, pw): ... return check_password_hash(stored, pw)`: a local helper that verifies the login.
  const def = ctx.localCallee(call);
  return def?.type === "function_definition" && VERIFIES.test(ctx.text(field(def, "body") ?? def));
}

export default pyRule({
  meta: {
    id: "PY-TRUST-001",
    title: "Request data stored in the server-side session",
    cwe: ["CWE-501"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags writes of request data into Flask's (or Quart's) `session`, aiohttp_session's session, CherryPy's `cherrypy.session` or Django's `request.session` (item assignment, `update`, `setdefault`) without a conversion or check in between.",
      why_bad:
        "Code that later reads the session treats its contents as the server's own, already-checked state (a user id, a role, a verified flag); copying unchecked request data there mixes trusted and untrusted data across a trust boundary.",
      example_bad:
        "from flask import request, session\ndef login():\n    session['user'] = request.form['user']\n    return 'ok'",
      example_good:
        "from flask import request, session\ndef login():\n    user = check_password(request.form['user'], request.form['password'])\n    if user:\n        session['user'] = user.id\n    return 'ok'",
    },
    fix_hint:
      "Store only values the server derived or verified (an authenticated user's id), never the raw request field.",
  },
  trigger: /session/,
  nodeTypes: ["assignment", "call"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      const left = field(node, "left");
      if (left?.type !== "subscript" || !isSession(field(left, "value"), ctx)) return;
      const right = field(node, "right");
      // The "trust" level follows request data through copies, string building, containers and local
      // helpers, but not through opaque calls (a lookup by the submitted name returns the server's record).
      if (ctx.level(right, "trust") === Level.SOURCE) {
        if (!right || !credentialChecked(ctx, node, right))
          report({ node, message: "request data is written into the session unchecked" });
      } else if (ctx.level(field(left, "subscript"), "trust") === Level.SOURCE)
        report({ node, message: "request data names the session key it is written under" });
      return;
    }
    const m = ctx.method(node);
    const fn = field(node, "function");
    // `session.setdefault('recent', []).append(q)`, `session['cart'].append(item)`, or a name bound to one:
    // the list or dict inside the session grows by the request's value.
    if (/^(append|extend|insert|add|appendleft)$/.test(m) && fn?.type === "attribute") {
      const held = ctx.resolve(field(fn, "object"));
      const inner =
        held?.type === "subscript"
          ? field(held, "value")
          : held?.type === "call" && /^(get|setdefault)$/.test(ctx.method(held))
            ? field(field(held, "function") ?? held, "object")
            : undefined;
      const value = ctx.args(node)[m === "insert" ? 1 : 0];
      if (isSession(inner, ctx) && value && ctx.level(value, "trust") === Level.SOURCE)
        report({ node, message: `request data is written into the session by ${m}()` });
      return;
    }
    if (m !== "update" && m !== "setdefault") return;
    if (fn?.type !== "attribute" || !isSession(field(fn, "object"), ctx)) return;
    const args = field(node, "arguments");
    const values =
      m === "setdefault"
        ? [ctx.arg(node, 1, "default")]
        : (args?.children ?? []).map((c) => (c.type === "keyword_argument" ? field(c, "value") : c));
    if (values.some((v) => v && ctx.level(v, "trust") === Level.SOURCE))
      report({ node, message: `request data is written into the session by ${m}()` });
  },
  cases: {
    valid: [
      "from aiohttp import web\nfrom aiohttp_session import get_session\nasync def v(request):\n    session = await get_session(request)\n    session['visits'] = session.get('visits', 0) + 1\n    return web.Response(text='ok')",
      "from flask import session\ndef f(user):\n    session['user'] = user.id",
      "from flask import request, session\ndef f():\n    session['page'] = int(request.args['page'])",
      "from flask import request, session\ndef f():\n    name = session['name']\n    return name",
      "from flask import request, session\ndef f():\n    u = lookup_user(request.form['user'])\n    session['user'] = u.id",
      "from flask import request, session\ndef f():\n    name = request.args.get('n', '')\n    session['greeting'] = 'hello' if 2 > 1 else name",
      "from flask import request, session\ndef f():\n    session.setdefault('seen', []).append(len(request.args['q']))",
      "from flask import request, session\ndef f():\n    log = []\n    log.append(request.args['q'])\n    session['n'] = len(log)",
      "from bottle import request\ndef f():\n    s = request.environ.get('beaker.session')\n    s['user'] = 'guest'\n    s.save()",
      "import cherrypy\nclass Root:\n    @cherrypy.expose\n    def login(self, user=''):\n        cherrypy.session['user'] = 'guest'\n        return 'ok'",
      // The account whose credentials were just checked is the server's verified identity.
      "from flask import request, session\ndef login():\n    user = request.form.get('username')\n    if check_password(user, request.form.get('password')):\n        session['user'] = user\n        return 'ok'\n    return 'no', 401",
      "from flask import request, session\ndef login():\n    username = request.form['username']\n    if not check_credentials(username, request.form['password']):\n        return 'no', 401\n    session['username'] = username\n    return 'ok'",
      "import hmac\nfrom flask import request, session\nPINS = {}\ndef unlock():\n    user = request.form['user']\n    if hmac.compare_digest(PINS.get(user, ''), request.form['pin']):\n        session['unlocked'] = user\n    return 'ok'",
      "from flask import request, session\nfrom werkzeug.security import check_password_hash\nUSERS = {}\ndef check(user, pw):\n    stored = USERS.get(user)\n    return stored is not None and check_password_hash(stored, pw)\ndef login():\n    if check(request.form['user'], request.form['pw']):\n        session['user'] = request.form['user']\n    return 'ok'",
      "from flask import request, session\ndef otp():\n    pending = request.form['user']\n    if pending is None or not check_otp(pending, request.form['code']):\n        return 'no', 401\n    session['user'] = pending\n    return 'ok'",
    ],
    invalid: [
      "import hmac\nfrom flask import request, session\nPINS = {}\ndef unlock():\n    user = request.form['user']\n    if hmac.compare_digest(PINS.get('admin', ''), request.form['pin']):\n        session['unlocked'] = user\n    return 'ok'",
      "from flask import request, session\ndef check(user, pw):\n    return len(pw) > 3\ndef login():\n    if check(request.form['user'], request.form['pw']):\n        session['user'] = request.form['user']\n    return 'ok'",
      // A check of another value, or one whose failure does not stop the write.
      "from flask import request, session\ndef login():\n    user = request.form.get('username')\n    if check_password('admin', request.form.get('password')):\n        session['user'] = user\n    return 'ok'",
      "from flask import request, session\ndef login():\n    user = request.form['username']\n    if not check_password(user, request.form['password']):\n        print('bad password')\n    session['user'] = user\n    return 'ok'",
      "from aiohttp import web\nfrom aiohttp_session import get_session\nasync def v(request):\n    session = await get_session(request)\n    session['name'] = request.query.get('name', '')\n    return web.Response(text='ok')",
      "from flask import request, session\ndef f():\n    session.update({'user': request.args.get('u', '')})",
      "from flask import request, session\ndef f():\n    session['user'] = request.form['user']",
      "def view(request):\n    request.session['role'] = request.GET.get('role')",
      "from flask import request, session\ndef f():\n    session.update(theme=request.args.get('theme'))",
      "from flask import request, session\ndef f():\n    role = request.cookies.get('role')\n    session['role'] = role",
      "import base64\nfrom flask import request, session\ndef f():\n    b = base64.b64encode(request.args['u'].encode())\n    session['u'] = base64.b64decode(b).decode()",
      "from flask import request, session\ndef f():\n    session[request.args.get('k', '')] = 'remembered'",
      "from flask import request, session\ndef f():\n    session.setdefault('recent', []).append(request.args['q'])",
      "from flask import request, session\ndef f():\n    cart = session['cart']\n    cart.append(request.form['item'])",
      "from flask import request, session\nclass T:\n    def do(self, v):\n        return v + '!'\ndef f():\n    session['x'] = T().do(request.form['x'])",
      "import urllib.parse\nfrom flask import Flask, session\napp = Flask(__name__)\n@app.route('/r/<value>')\ndef f(value):\n    session['role'] = urllib.parse.unquote_plus(value)",
      "from quart import request, session\nasync def f():\n    lang = request.headers.get('Accept-Language', 'en')\n    session['lang'] = 'en' if lang.startswith('en') else lang",
      // Beaker's session in a Bottle view.
      "from bottle import request\ndef f():\n    s = request.environ.get('beaker.session')\n    s['user'] = request.forms.get('user')\n    s.save()",
      "from bottle import request\ndef f():\n    request.environ['beaker.session']['user'] = request.query.get('u')",
      // CherryPy's sessions tool, written from an exposed handler's argument.
      "import cherrypy\nclass Root:\n    @cherrypy.expose\n    def login(self, user=''):\n        cherrypy.session['user'] = user\n        return 'ok'",
    ],
  },
});
