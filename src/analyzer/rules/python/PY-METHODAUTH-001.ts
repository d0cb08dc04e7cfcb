import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** Decorators that check the caller (Flask-Login, Tornado, flask-jwt-extended, Django, a project's own guard). */
const GUARD_DECORATOR =
  /@[\w.]*(login_required|jwt_required|token_required|auth_required|requires_auth|authenticated|permission_required|user_passes_test|staff_member_required|admin_required|roles?_required|superuser_required|require_login|require_user|require_admin|require_role)\b/i;
/** A condition on the signed-in caller: the framework's user object, a session key naming the user, a role. */
const CALLER_TEST =
  /current_user|is_authenticated|is_admin|is_staff|is_superuser|has_perm|request\.user\b|g\.user\b|self\.current_user|get_jwt_identity|session(\.get\(|\[)\s*['"]\w*(user|uid|account|login|role)/i;
/** What a guard does when the test fails: refuse, raise, leave, send to the login page. */
const REFUSAL = /\babort\(|\braise\b|\breturn\b|redirect\(|send_error\(|set_status\(\s*40[13]/;
/** Calls and statements that change stored data. */
const WRITES =
  /\.(commit|save|delete|add|update|insert_one|update_one|delete_one|execute|write|remove|put)\(|\bsetattr\(|^\s*[\w.]+\.\w+\s*=(?!=)/m;
/** Class-based views and handlers whose methods answer HTTP methods. */
const VIEW_CLASS = /RequestHandler|MethodView|\bView\b|APIView|HTTPEndpoint|Resource\b/;
/** Class-level guards: Flask's `decorators = [...]`, Flask-RESTful's `method_decorators`, DRF's permissions, mixins. */
const CLASS_GUARD =
  /^\s*(decorators|method_decorators|permission_classes|authentication_classes)\s*=\s*[[(]\s*\S|^\s*def (prepare|dispatch|check_permissions|initial)\b|@method_decorator/m;
const MIXIN_GUARD =
  /LoginRequired|PermissionRequired|UserPassesTest|AccessMixin|\w*(Auth|Login|Permission|Staff|Admin)\w*Mixin/;
const READ_METHODS = new Set(["get", "head", "options"]);
const WRITE_METHODS = new Set(["post", "put", "patch", "delete"]);

/** The class's bases' text, a local base's own bases included (`class ProfileHandler(BaseHandler)`). */
function basesText(ctx: PythonContext, klass: SyntaxNode, depth = 0): string {
  const sup = field(klass, "superclasses");
  if (!sup) return "";
  let out = ctx.text(sup);
  if (depth < 3)
    for (const b of namedChildren(sup)) {
      const local = b.type === "identifier" ? ctx.localClass(ctx.text(b)) : undefined;
      if (local && local !== klass) out += " " + basesText(ctx, local, depth + 1);
    }
  return out;
}

/** An `if` that tests the caller and refuses when the test fails. */
function isGuard(ctx: PythonContext, n: SyntaxNode): boolean {
  if (n.type !== "if_statement") return false;
  const cond = field(n, "condition");
  const body = field(n, "consequence");
  return !!cond && !!body && CALLER_TEST.test(ctx.text(cond)) && REFUSAL.test(ctx.text(body));
}

/** Whether any statement under `n` (or `n` itself) is a caller guard, or calls a check helper named like one. */
function hasGuard(ctx: PythonContext, n: SyntaxNode): boolean {
  if (isGuard(ctx, n)) return true;
  for (const d of descendants(n)) {
    if (isGuard(ctx, d)) return true;
    if (
      d.type === "call" &&
      /(^|\.)(check|require|ensure|verify)_\w*(login|auth|user|admin|staff|perm)\w*$/i.test(ctx.callee(d))
    )
      return true;
  }
  return false;
}

/** `request.method == "GET"` / `request.method in ("GET", "HEAD")`: the methods the branch serves, upper-cased. */
function methodBranch(ctx: PythonContext, cond: SyntaxNode | undefined): Set<string> | undefined {
  if (cond?.type !== "comparison_operator") return undefined;
  const [left, right] = namedChildren(cond);
  if (!left || !right || !/^(self\.)?request\.method$/.test(ctx.text(left))) return undefined;
  const ops = cond.children
    .filter((c) => !c.named)
    .map((c) => c.type)
    .join(" ");
  if (ops !== "==" && ops !== "in") return undefined;
  const vals = right.type === "string" ? [right] : namedChildren(right);
  const out = new Set(vals.map((v) => (ctx.stringValue(v) ?? "").toUpperCase()).filter(Boolean));
  return out.size ? out : undefined;
}

export default pyRule({
  meta: {
    id: "PY-METHODAUTH-001",
    title: "Authentication checked for one HTTP method but not for the one that changes data",
    cwe: ["CWE-306", "CWE-862"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a route serving several methods whose login or role check sits inside the `if request.method == 'GET'` branch while the rest of the function changes data unchecked; a class-based handler (Tornado RequestHandler, Flask MethodView, Django View) whose GET/PUT method is guarded while a POST/PUT/PATCH/DELETE method beside it is not; and a DRF get_permissions() that returns no permissions for DELETE/PUT/PATCH (CWE-862).",
      why_bad:
        "The check guards the page that shows the data, not the request that changes it: anyone can send the POST or DELETE directly (CWE-306, missing authentication for a critical function).",
      example_bad:
        "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/settings', methods=['GET', 'POST'])\ndef settings():\n    if request.method == 'GET':\n        if not current_user.is_authenticated:\n            abort(401)\n        return 'form'\n    Settings.save(request.form)\n    db.session.commit()\n    return 'ok'",
      example_good:
        "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/settings', methods=['GET', 'POST'])\ndef settings():\n    if not current_user.is_authenticated:\n        abort(401)\n    if request.method == 'GET':\n        return 'form'\n    Settings.save(request.form)\n    db.session.commit()\n    return 'ok'",
    },
    fix_hint:
      "Check the caller before branching on the method, or give every method of the handler the same guard (a class-level `decorators = [login_required]`, `@tornado.web.authenticated` on each method).",
  },
  trigger: /request\.method|RequestHandler|MethodView|View\)|APIView|get_permissions/,
  nodeTypes: ["function_definition", "class_definition"],
  detect(node, ctx, report) {
    if (node.type === "class_definition") {
      const sup = basesText(ctx, node);
      if (!VIEW_CLASS.test(sup) || MIXIN_GUARD.test(sup)) return;
      const klass = node.parent?.type === "decorated_definition" ? node.parent : node;
      const body = field(node, "body");
      if (!body || CLASS_GUARD.test(ctx.text(klass))) return;
      const methods = namedChildren(body)
        .map((c) =>
          c.type === "decorated_definition"
            ? namedChildren(c).find((d) => d.type === "function_definition")
            : c,
        )
        .filter((c): c is SyntaxNode => c?.type === "function_definition")
        .map((fn) => ({ fn, name: ctx.text(field(fn, "name") ?? fn) }))
        .filter((m) => READ_METHODS.has(m.name) || WRITE_METHODS.has(m.name));
      const guarded = (fn: SyntaxNode) => {
        const dec = fn.parent?.type === "decorated_definition" ? ctx.text(fn.parent) : "";
        return (
          GUARD_DECORATOR.test(dec.slice(0, dec.indexOf("def "))) || hasGuard(ctx, field(fn, "body") ?? fn)
        );
      };
      const sibling = methods.find((m) => guarded(m.fn));
      if (!sibling) return;
      for (const m of methods) {
        if (!WRITE_METHODS.has(m.name) || guarded(m.fn)) continue;
        report({
          node: field(m.fn, "name") ?? m.fn,
          message: `${ctx.text(field(node, "name") ?? node)}.${m.name} has no authentication check, while ${sibling.name} requires one`,
          cwe: ["CWE-306"],
        });
      }
      return;
    }
    const name = ctx.text(field(node, "name") ?? node);
    // DRF: `def get_permissions(self): if self.request.method == "DELETE": return []` leaves the delete open.
    if (name === "get_permissions") {
      for (const n of descendants(node)) {
        if (n.type !== "if_statement") continue;
        const cond = ctx.text(field(n, "condition") ?? n);
        if (
          !/self\.(request\.method|action)\b/.test(cond) ||
          !/["'](DELETE|PUT|PATCH|destroy|update|partial_update)["']/.test(cond)
        )
          continue;
        const ret = namedChildren(field(n, "consequence") ?? n).find((s) => s.type === "return_statement");
        const v = ret ? namedChildren(ret)[0] : undefined;
        if (!v || v.type !== "list" || !namedChildren(v).every((e) => /AllowAny/.test(ctx.text(e)))) continue;
        report({
          node: ret!,
          message: "get_permissions() returns no permission for a request that changes or deletes data",
          cwe: ["CWE-862"],
        });
        return;
      }
      return;
    }
    // A route for several methods: the check inside the GET branch guards only the GET.
    const h = handlerOf(ctx, node);
    const body = field(node, "body");
    if (!h || !body || !/methods\s*=/.test(h.decorators)) return;
    const stmts = namedChildren(body);
    const idx = stmts.findIndex((s) => s.type === "if_statement" && methodBranch(ctx, field(s, "condition")));
    if (idx < 0) return;
    const branch = stmts[idx]!;
    const served = methodBranch(ctx, field(branch, "condition"))!;
    if ([...served].some((m) => WRITE_METHODS.has(m.toLowerCase()))) return;
    const inside = field(branch, "consequence");
    if (!inside || !hasGuard(ctx, inside)) return;
    if (stmts.slice(0, idx).some((s) => hasGuard(ctx, s))) return;
    const rest = [
      ...namedChildren(branch).filter((c) => c.type === "else_clause" || c.type === "elif_clause"),
      ...stmts.slice(idx + 1),
    ];
    if (rest.some((s) => hasGuard(ctx, s)) || !rest.some((s) => WRITES.test(ctx.text(s)))) return;
    if (GUARD_DECORATOR.test(h.decorators)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path || name} checks the caller only when the method is ${[...served].join("/")}; the other methods change data unchecked`,
      cwe: ["CWE-306"],
    });
  },
  cases: {
    valid: [
      // the check before the method branch
      "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/settings', methods=['GET', 'POST'])\ndef settings():\n    if not current_user.is_authenticated:\n        abort(401)\n    if request.method == 'GET':\n        return 'form'\n    Settings.save(request.form)\n    db.session.commit()\n    return 'ok'",
      // every method guarded
      "import tornado.web\nclass H(tornado.web.RequestHandler):\n    @tornado.web.authenticated\n    def get(self):\n        self.write('x')\n    @tornado.web.authenticated\n    def post(self):\n        save(self.request.body)",
      // a class-level decorators list
      "from flask.views import MethodView\nfrom flask_login import login_required\nclass A(MethodView):\n    decorators = [login_required]\n    def put(self, i):\n        db.session.commit()\n    def delete(self, i):\n        db.session.commit()",
      // no method guarded: nothing to compare with
      "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write('x')\n    def post(self):\n        save(self.request.body)",
      // DRF: sign-up open, the rest guarded
      "from rest_framework import viewsets\nfrom rest_framework.permissions import AllowAny, IsAuthenticated\nclass U(viewsets.ModelViewSet):\n    def get_permissions(self):\n        if self.action == 'create':\n            return [AllowAny()]\n        return [IsAuthenticated()]",
      // the GET branch checks; the POST branch checks too
      "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/s', methods=['GET', 'POST'])\ndef s():\n    if request.method == 'GET':\n        if not current_user.is_authenticated:\n            abort(401)\n        return 'form'\n    if not current_user.is_admin:\n        abort(403)\n    db.session.commit()\n    return 'ok'",
    ],
    invalid: [
      {
        code: "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/settings', methods=['GET', 'POST'])\ndef settings():\n    if request.method == 'GET':\n        if not current_user.is_authenticated:\n            abort(401)\n        return 'form'\n    Settings.save(request.form)\n    db.session.commit()\n    return 'ok'",
        line: 5,
      },
      {
        code: "import tornado.web\nclass H(tornado.web.RequestHandler):\n    @tornado.web.authenticated\n    def get(self):\n        self.write('x')\n    def post(self):\n        save(self.request.body)",
        line: 6,
      },
      // the handler's base is the module's own
      {
        code: "import tornado.web\nclass Base(tornado.web.RequestHandler):\n    def get_current_user(self):\n        return self.get_signed_cookie('u')\nclass H(Base):\n    @tornado.web.authenticated\n    def get(self):\n        self.write('x')\n    def post(self):\n        save(self.request.body)",
        line: 9,
      },
      {
        code: "from flask.views import MethodView\nfrom flask_login import login_required\nclass A(MethodView):\n    @login_required\n    def put(self, i):\n        db.session.commit()\n    def delete(self, i):\n        W.query.filter_by(id=i).delete()",
        line: 7,
      },
      {
        code: "from rest_framework.generics import RetrieveUpdateDestroyAPIView\nclass T(RetrieveUpdateDestroyAPIView):\n    def get_permissions(self):\n        if self.request.method == 'DELETE':\n            return []\n        return super().get_permissions()",
        line: 5,
      },
    ],
  },
});
