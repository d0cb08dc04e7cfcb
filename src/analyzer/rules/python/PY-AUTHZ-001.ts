import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const CLIENT =
  /^(flask\.)?request\.(cookies|args|form|values|headers|json|GET|POST|COOKIES|META|query_params)\b/;
/** Parsing the request body: its fields are whatever the client sent. */
const BODY = /^(flask\.)?request\.get_json$|^json\.loads$/;
const PRIVILEGE =
  /(role|admin|priv|perm|level|is_?staff|(^|[-_])staff$|superuser|access|user_?type|group|auth(orized|enticated)?|logged_?in|verified|internal|trusted)/i;
/** A paid entitlement, read from a cookie: a stored claim the browser can rewrite (a request parameter of the
 * same name is the plan the client asks for). */
const ENTITLEMENT = /(tier|premium|subscri|paid|vip|membership|plan)/i;
/** A field that carries a credential to verify (X-Internal-Token, X-Admin-Key), not a claim about the caller. */
const CREDENTIAL = /(token|secret|api[-_]?key|[-_]key$|signature|password)/i;

/**
 * The per-request slot a node names: `g.x` / `request.x` by its text, and an item of the WSGI environ
 * (`request.environ["trusted"]`) by its key, whatever the quotes.
 */
function requestSlot(ctx: PythonContext, n: SyntaxNode | undefined): string | undefined {
  if (n?.type === "attribute" && /^(g|request)$/.test(ctx.text(field(n, "object") ?? n))) return ctx.text(n);
  if (n?.type === "subscript" && /^(flask\.)?request\.environ$/.test(ctx.qname(field(n, "value")))) {
    const key = ctx.stringValue(field(n, "subscript"));
    return key === undefined ? undefined : `request.environ[${key}]`;
  }
  return undefined;
}

/** Per file: the values assigned to `g.x` / `request.x` attributes and environ items, by requestSlot(). */
const WRITES = new WeakMap<object, Map<string, SyntaxNode[]>>();
function attributeWrites(ctx: PythonContext): Map<string, SyntaxNode[]> {
  let m = WRITES.get(ctx.tree);
  if (!m) {
    m = new Map();
    for (const n of ctx.tree.nodes) {
      const left = n.type === "assignment" ? field(n, "left") : undefined;
      const right = n.type === "assignment" ? field(n, "right") : undefined;
      const k = requestSlot(ctx, left);
      if (!k || !right) continue;
      m.set(k, [...(m.get(k) ?? []), right]);
    }
    WRITES.set(ctx.tree, m);
  }
  return m;
}

/**
 * The client's value is what it asks for, checked against the server's own table, not a claim about who it is:
 * `if role not in ROLES: abort(403)` (the branch leaves), `role if role in ROLES else 'viewer'`, or a key into
 * the table (`LEVEL[new_role] >= mine`) in such a check. `if role in ADMIN_ROLES: ...` still decides on it.
 */
function requestedValue(ctx: PythonContext, node: SyntaxNode, id: SyntaxNode): boolean {
  const p = id.parent;
  if (p?.type === "subscript" && field(p, "subscript") === id) return true;
  if (p?.type !== "comparison_operator" || namedChildren(p)[0] !== id) return false;
  const table = namedChildren(p)[1];
  if (table?.type !== "identifier" && table?.type !== "attribute") return false;
  const ops = p.children.filter((c) => !c.named).map((c) => c.type);
  if (ops.join(" ") === "not in" && node.type === "if_statement") {
    const body = field(node, "consequence");
    return !!body && /^\s*(return|raise|abort\()/m.test(ctx.text(body));
  }
  if (ops.join(" ") === "in" && node.type === "conditional_expression")
    return ctx.text(namedChildren(node)[0] ?? node) === ctx.text(id);
  return false;
}

/** A cookie that names whose data this is: an account, customer or user id (a remember-me one too). */
const IDENTITY_COOKIE =
  /^(remember_?(me_?)?)?((user|customer|account|member|client|owner)_?(id|name)?|uid|user_?name|login|email)$/i;
/** The function signs someone in: Flask-Login's login_user, Django's login, or sets request.user for the views. */
const SIGNS_IN = /\blogin_user\(|\blogin\(\s*request\b|\brequest\.user\s*=(?!=)/;
/** The function knows the signed-in user (a read of request.user, not the middleware's write of it). */
const KNOWS_USER =
  /request\.user\b(?!\s*=(?!=))|current_user|login_required|session\[|session\.get\(|get_signed_cookie|Depends\(/;
/** Query calls that pick records by a value. */
const LOOKUP =
  /^(filter|filter_by|get|get_or_404|first_or_404|get_object_or_404|get_list_or_404|exclude|where|find|find_one)$/;

/**
 * `Order.objects.filter(customer_id=int(request.COOKIES["customer_id"]))`: the records shown are those of whoever
 * the cookie names; the browser can write any id into it. Not where the function also knows the signed-in user.
 * The cookie read, or undefined.
 */
function cookieSelects(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const m = ctx.method(call) || ctx.callee(call);
  if (!LOOKUP.test(m.split(".").pop() ?? m)) return undefined;
  const args = field(call, "arguments");
  for (const a of args ? namedChildren(args) : []) {
    const v = a.type === "keyword_argument" ? field(a, "value") : a;
    if (!v) continue;
    const parts = [v, ...descendants(v)];
    for (const id of parts.filter((p) => p.type === "identifier")) {
      const r = ctx.resolve(id);
      if (r && r !== id) parts.push(r, ...descendants(r));
    }
    for (const p of parts) {
      let map: SyntaxNode | undefined;
      let key: SyntaxNode | undefined;
      if (p.type === "subscript") {
        map = field(p, "value");
        key = field(p, "subscript");
      } else if (p.type === "call" && ctx.method(p) === "get") {
        const fn = field(p, "function");
        map = fn?.type === "attribute" ? field(fn, "object") : undefined;
        key = ctx.args(p)[0];
      }
      if (!map || !/(^|\.)request\.(cookies|COOKIES)$/.test(ctx.qname(map) || ctx.text(map))) continue;
      if (IDENTITY_COOKIE.test(ctx.stringValue(key) ?? "")) return p;
    }
  }
  return undefined;
}

/**
 * The header or cookie name a FastAPI parameter reads (`x_user_role: str = Header(...)`), when `id` names a
 * parameter of the function around `node` whose default is `Header(...)` or `Cookie(...)`; otherwise undefined.
 */
function clientParam(ctx: PythonContext, node: SyntaxNode, id: SyntaxNode): string | undefined {
  const fn = ctx.enclosingFunction(node);
  const params = fn ? field(fn, "parameters") : undefined;
  const name = ctx.text(id);
  for (const p of params ? namedChildren(params) : []) {
    if (p.type !== "default_parameter" && p.type !== "typed_default_parameter") continue;
    if (ctx.text(field(p, "name") ?? p) !== name) continue;
    const v = field(p, "value");
    if (v?.type === "call" && /(^|\.)(Header|Cookie)$/.test(ctx.callee(v))) return name;
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-AUTHZ-001",
    title: "Access decision made on a value the client controls",
    cwe: ["CWE-807", "CWE-565", "CWE-602", "CWE-285", "CWE-863", "CWE-454", "CWE-784"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an if condition that compares a cookie, query, form or header field named like a role or privilege (role, admin, is_admin, access, logged_in, ...) with a value.",
      why_bad:
        "The client sets cookies, parameters and headers as it likes: sending role=admin is enough to pass the check (CWE-565 for cookies, CWE-807 for any untrusted input in a security decision).",
      example_bad:
        "from flask import request\ndef admin():\n    if request.cookies.get('role') == 'admin':\n        return 'panel'\n    return 'no', 403",
      example_good:
        "from flask_login import current_user\ndef admin():\n    if current_user.is_authenticated and current_user.role == 'admin':\n        return 'panel'\n    return 'no', 403",
    },
    fix_hint:
      "Decide on server-side state: the authenticated user's role from the database or a verified session.",
  },
  trigger:
    /request\.(cookies|args|form|values|headers|json|get_json|GET|POST|COOKIES|META|query_params)|\b(Header|Cookie)\(/,
  nodeTypes: ["if_statement", "conditional_expression", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const read = sourceHas(ctx.tree, /cookies|COOKIES/) ? cookieSelects(ctx, node) : undefined;
      const fn = read && ctx.enclosingFunction(node);
      if (!read || !fn) return;
      const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
      // A remember-me restore (`login_user(User.query.get(request.cookies["uid"]))`) signs in whoever the cookie
      // names, whatever else the function knows about the current user.
      const text = ctx.text(decorated);
      const signsIn = SIGNS_IN.test(text);
      if (!signsIn && KNOWS_USER.test(text)) return;
      report({
        node,
        message: signsIn
          ? `the user signed in is picked by ${ctx.text(read)}, a cookie the browser can rewrite`
          : `the records are picked by ${ctx.text(read)}, a cookie the browser can rewrite`,
      });
      return;
    }
    const cond =
      node.type === "if_statement" ? field(node, "condition") : node.children.filter((c) => c.named)[1];
    if (!cond) return;
    // `is_admin = request.cookies.get('is_admin') == 'true'` then `if is_admin:`: the flag's value counts too.
    const parts = [cond, ...descendants(cond)];
    for (const id of parts.filter((p) => p.type === "identifier")) {
      if (requestedValue(ctx, node, id)) continue;
      const v = ctx.resolve(id);
      if (v && v !== id) parts.push(v, ...descendants(v));
    }
    // `if not is_admin():` where the module's helper returns `request.cookies.get("role") == "admin"`: the
    // decision is the helper's comparison.
    for (const c of parts.filter((p) => p.type === "call")) {
      const fn = ctx.localCallee(c);
      if (fn && fn !== ctx.enclosingFunction(node))
        for (const r of ctx.returnValues(fn)) parts.push(r, ...descendants(r));
    }
    // FastAPI `x_user_role: str = Header(...)` / `Cookie(...)`: the parameter is the client's header or cookie.
    for (const id of parts.filter((p) => p.type === "identifier")) {
      const key = clientParam(ctx, node, id);
      if (key && PRIVILEGE.test(key) && !CREDENTIAL.test(key) && !/^authorization$/i.test(key)) {
        report({ node: id, message: `access decided on the client-supplied ${key}` });
        return;
      }
    }
    // `if not g.is_staff:` where a before_request hook set `g.is_staff = request.headers.get(...) == "true"`:
    // Flask's g lives for the request, so what the hook stored there is what the handler tests. Likewise a
    // Django middleware's `request.is_admin = ...` read by a view.
    // A WSGI environ item a hook filled (`request.environ["trusted"] = request.headers...`) is read the same way.
    for (const a of parts.filter(
      (p) =>
        (p.type === "attribute" &&
          (ctx.qname(field(p, "object")) === "flask.g" || ctx.text(field(p, "object") ?? p) === "request")) ||
        p.type === "subscript",
    )) {
      const slot = a.type === "subscript" ? requestSlot(ctx, a) : ctx.text(a);
      for (const right of (slot && attributeWrites(ctx).get(slot)) || [])
        parts.push(right, ...descendants(right));
    }
    // `data = request.get_json()` then `data.get("role") != "admin"` / `if data["is_admin"]:`: the body's fields
    // are the client's. Only a test of the field itself (== / != a literal, or its truth), not a check that a
    // requested role is one of the allowed ones (`data["role"] not in ROLES`).
    const clientBody = (recv: SyntaxNode | undefined): boolean => {
      if (recv?.type !== "identifier") return false;
      const use = recv.parent?.type === "attribute" ? recv.parent.parent : recv.parent;
      const p = use?.parent;
      const tested =
        use === cond ||
        (p?.type === "not_operator" && p === cond) ||
        (p?.type === "comparison_operator" &&
          p.children.some((c) => c.type === "==" || c.type === "!=") &&
          p.children.some((c) => c.type === "string"));
      if (!tested) return false;
      let v = ctx.resolve(recv);
      // `body = request.get_json(silent=True) or {}`: the body, or nothing.
      if (v?.type === "boolean_operator") v = field(v, "left");
      return (
        !!v &&
        v !== recv &&
        ((v.type === "call" && BODY.test(ctx.callee(v))) ||
          (v.type === "attribute" && CLIENT.test(ctx.qname(v))))
      );
    };
    for (const n of parts) {
      let key: string | undefined;
      if (
        n.type === "subscript" &&
        (CLIENT.test(ctx.qname(field(n, "value"))) || clientBody(field(n, "value")))
      )
        key = ctx.stringValue(field(n, "subscript"));
      else if (
        n.type === "call" &&
        ctx.method(n) === "get" &&
        (CLIENT.test(ctx.callee(n)) || clientBody(field(field(n, "function") ?? n, "object")))
      )
        key = ctx.stringValue(ctx.args(n)[0]);
      // The Authorization header carries a credential to verify (a token, a password), not a claimed role.
      const fromCookie = /\.(cookies|COOKIES)\b/.test(ctx.text(n));
      if (
        key &&
        (PRIVILEGE.test(key) || (fromCookie && ENTITLEMENT.test(key))) &&
        !CREDENTIAL.test(key) &&
        !/^(proxy-)?authorization$/i.test(key)
      ) {
        report({ node: n, message: `access decided on the client-supplied ${key}` });
        return;
      }
    }
  },
  cases: {
    valid: [
      "from django.contrib.auth.decorators import login_required\n@login_required\ndef my_orders(request):\n    size = int(request.COOKIES.get('page_size', '20'))\n    return list(Order.objects.filter(customer=request.user)[:size])",
      "from django.http import JsonResponse\ndef theme(request):\n    return JsonResponse({'t': Theme.objects.filter(name=request.COOKIES.get('theme', 'light')).count()})",
      // The requested role or group checked against the server's own table: a request, not a claim.
      "from flask import request, session\nROLES = {'viewer', 'editor'}\ndef f():\n    role = request.headers.get('X-Role', 'viewer')\n    session['role'] = role if role in ROLES else 'viewer'",
      "from flask import request, abort\nfrom flask_login import current_user\nLEVEL = {'member': 0, 'admin': 2}\ndef set_role():\n    new_role = request.form['role']\n    mine = LEVEL.get(current_user.role, -1)\n    if new_role not in LEVEL or LEVEL[new_role] >= mine:\n        abort(403)\n    return new_role",
      "import hmac, os\nfrom flask import Flask, abort, request\napp = Flask(__name__)\n@app.route('/internal/metrics')\ndef metrics():\n    sent = request.headers.get('X-Internal-Token', '')\n    if not hmac.compare_digest(sent, os.environ['INTERNAL_TOKEN']):\n        abort(403)\n    return {}",
      "class M:\n    def __call__(self, request):\n        request.is_admin = request.user.is_superuser\n        return self.get_response(request)\ndef view(request):\n    if not request.is_admin:\n        return 403",
      "from flask import abort, g\nfrom flask_login import current_user\ndef load():\n    g.is_staff = current_user.is_staff\ndef view():\n    if not g.is_staff:\n        abort(403)",
      "import os\nfrom flask import request\ndef load():\n    request.environ['trusted_proxies'] = os.environ['TRUSTED_PROXIES'].split(',')\ndef metrics():\n    if request.remote_addr not in request.environ['trusted_proxies']:\n        return 'forbidden', 403\n    return 'ok'",
      "from flask import request\ndef f():\n    if request.args.get('page') == '2':\n        return 'p2'",
      "from flask import request\ndef f():\n    if request.args.get('plan') == 'yearly':\n        return 'checkout-yearly'",
      "from flask_login import current_user\ndef f():\n    if current_user.role == 'admin':\n        return 'ok'",
      "from flask import request, abort\nfrom flask_login import current_user\ndef f():\n    data = request.get_json()\n    if current_user.role != 'admin':\n        abort(403)\n    if data.get('role') not in ('user', 'editor'):\n        abort(400)",
      "import jwt\nfrom flask import request, abort\ndef f():\n    token = request.headers.get('Authorization')\n    if not token:\n        abort(401)\n    return jwt.decode(token, KEY, algorithms=['HS256'])",
      // a FastAPI header that is a credential, and a helper comparing the theme cookie
      "import hmac\nfrom fastapi import Header, HTTPException\ndef dep(x_api_key: str = Header(...)):\n    if not hmac.compare_digest(x_api_key, KEY):\n        raise HTTPException(401)",
      "from flask import request\ndef dark():\n    return request.cookies.get('theme') == 'dark'\ndef page():\n    if dark():\n        return 'd'",
      // the restore reads a signed cookie before signing in
      "from flask import request\nfrom flask_login import login_user\ndef restore():\n    uid = verify(request.cookies.get('remember'))\n    if uid:\n        login_user(User.query.get(uid))",
    ],
    invalid: [
      // the role comparison lives in a helper the view calls
      {
        code: "from flask import request, abort\ndef is_admin():\n    return request.cookies.get('role', 'user') == 'admin'\ndef dash():\n    if not is_admin():\n        abort(403)\n    return 'panel'",
        line: 3,
      },
      // FastAPI dependency reading the role from a header parameter
      "from fastapi import Header, HTTPException\ndef require_admin(x_user_role: str = Header(default='viewer')):\n    if x_user_role.lower() != 'admin':\n        raise HTTPException(403)",
      // the body parsed with a fallback
      "from flask import request\ndef refund():\n    body = request.get_json(silent=True) or {}\n    if not body.get('is_admin'):\n        return 'no', 403\n    return 'ok'",
      // remember-me cookie naming the user who is signed in
      {
        code: "from flask import request\nfrom flask_login import current_user, login_user\ndef restore():\n    uid = request.cookies.get('remember_uid')\n    if uid and not current_user.is_authenticated:\n        login_user(User.query.get(int(uid)))",
        line: 6,
      },
      // Django middleware setting request.user from a user id cookie
      "class M:\n    def __call__(self, request):\n        uid = request.COOKIES.get('user_id')\n        if uid:\n            request.user = U.objects.filter(pk=int(uid)).first()\n        return self.get_response(request)",
      {
        code: "from django.http import JsonResponse\ndef my_orders(request):\n    cid = int(request.COOKIES['customer_id'])\n    return JsonResponse({'o': list(Order.objects.filter(customer_id=cid).values('id'))})",
        line: 4,
      },
      "from flask import request\nADMIN_ROLES = {'admin', 'staff'}\ndef f():\n    role = request.cookies.get('role')\n    if role in ADMIN_ROLES:\n        return 'panel'\n    return 'no'",
      "from flask import Flask, abort, request\napp = Flask(__name__)\n@app.route('/internal/metrics')\ndef metrics():\n    if request.headers.get('X-Internal-Request') != 'true':\n        abort(403)\n    return {}",
      "class M:\n    def __call__(self, request):\n        request.is_admin = request.headers.get('X-Admin') == '1'\n        return self.get_response(request)\ndef view(request):\n    if not request.is_admin:\n        return 403",
      {
        code: "from flask import request\ndef load():\n    request.environ['trusted_proxies'] = request.headers.get('X-Trusted-Proxies', '').split(',')\ndef metrics():\n    if request.remote_addr not in request.environ['trusted_proxies']:\n        return 'forbidden', 403\n    return 'ok'",
        line: 3,
      },
      {
        code: "from flask import abort, g, request\ndef load():\n    g.is_staff = request.headers.get('X-Staff') == 'true'\ndef view():\n    if not g.is_staff:\n        abort(403)",
        line: 3,
      },
      "from flask import request\ndef f():\n    if request.cookies.get('role') == 'admin':\n        return 'panel'",
      "def dl(request, name):\n    if request.COOKIES.get('tier') != 'premium':\n        return 403\n    return open('/srv/p/' + str(int(name)) + '.pdf', 'rb')",
      "def view(request):\n    if request.GET.get('is_admin') == '1':\n        return 'panel'",
      "from flask import request\ndef f():\n    is_admin = request.cookies.get('is_admin', 'false') == 'true'\n    if is_admin:\n        return 'panel'",
      "from flask import request, abort\ndef f():\n    data = request.get_json()\n    if data.get('requester_role') != 'admin':\n        abort(403)",
    ],
  },
});
