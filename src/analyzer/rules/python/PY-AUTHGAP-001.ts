import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { AUTH_DEPENDENCY } from "./PY-AUTH-001.js";
import { type Handler, handlerOf, ROUTE, routerDependencies } from "./web.js";

/** Decorators that authenticate the caller (Flask-Login, flask-jwt-extended, Django, a project's own guard). */
const LOGIN_DECORATOR =
  /@[\w.]*(login_required|jwt_required|token_required|auth_required|requires_auth|authenticated|auth\.login_required|permission_required|user_passes_test|staff_member_required|admin_required|roles?_required|roles?_accepted|superuser_required|require_login|require_user|require_admin|require_role)\b/i;
/** Guards and dependencies that check a role, not only a login. */
const ROLE_GUARD =
  /admin|staff|superuser|roles?_(required|accepted)|require_role|permission_required|has_perm|moderator|owner_required/i;
/** A check in the body that the caller is signed in: the framework's user object, a session key naming the user. */
const SESSION_CHECK =
  /current_user|current_identity|request\.user\b|g\.user\b|is_authenticated|get_jwt_identity|session\[\s*['"]\w*(user|uid|account|login)|session\.get\(\s*['"]\w*(user|uid|account|login)|['"]\w*(user|uid|account|login)\w*['"]\s+(not\s+)?in\s+session|['"](user_?id|uid|account_?id|user)['"]\s+(not\s+)?in\s+\w+\s*:/i;
/**
 * A check of a credential the request carries (a password, signature, token or key) or a refusal: it guards the
 * route itself, but says nothing about a login the module requires (a sign-in or code-check route has it).
 */
const CREDENTIAL_CHECK =
  /HTTPUnauthorized|HTTPForbidden|Unauthorized|Forbidden|PermissionDenied|abort\(\s*40[13]|\b40[13]\b|HTTP_40[13]|check_password|checkpw|compare_digest|signature|hmac|jwt\.decode|headers(\.get\(|\[)\s*['"](authorization|x-[\w-]*(key|token))|\b\w*(auth|token|verify)\w*\s*\(/i;
/** Routes that serve callers who cannot be signed in yet, or machines that sign their requests. */
const PUBLIC_ROUTE =
  /log_?in|log_?out|sign_?(in|up|out)|register|password|forgot|recover|verify|confirm|activate|oauth|callback|webhook|health|ping|metrics|public|contact|subscribe|feedback|csp|\btoken\b|_token|invite|accept|2fa|mfa|otp/i;
/** Method decorators (or Flask's methods=[...]) that change data. */
const WRITE_METHOD =
  /\.(post|put|patch|delete)\(|methods\s*=\s*[[(][^\])]*\b(POST|PUT|PATCH|DELETE)\b|@require_POST\b|require_http_methods\([^)]*\b(POST|PUT|PATCH|DELETE)\b/i;

type Level = "none" | "login" | "role";

interface Route {
  h: Handler;
  level: Level;
  /** The guard seen: a decorator or dependency, "" for a check in the body. */
  guard: string;
  writes: boolean;
  /** The guard shows the module requires a signed-in user (a decorator, dependency or session-user check). */
  evidence: boolean;
}

function routeOf(ctx: PythonContext, fn: SyntaxNode): Route | undefined {
  const h = handlerOf(ctx, fn);
  // (A Django function view, `def user_list(request)`, is routed in urls.py: its login or staff decorator is the
  // module's evidence that its views need one.)
  const djangoGuarded =
    !!h &&
    ctx.paramNames(fn)[0] === "request" &&
    LOGIN_DECORATOR.test(h.decorators) &&
    sourceHas(ctx.tree, /^\s*from django\b/m);
  if (
    !h ||
    (!ROUTE.test(h.decorators) &&
      !/@require_POST\b|require_http_methods/.test(h.decorators) &&
      !djangoGuarded)
  )
    return undefined;
  const deps = [
    ...`${ctx.text(field(fn, "parameters") ?? fn)} ${routerDependencies(ctx, fn)}`.matchAll(
      /(?:Depends|Security)\(([^)]*)\)/g,
    ),
  ]
    .map((m) => m[1])
    .filter((d) => d && AUTH_DEPENDENCY.test(d) && !/^\s*get_(db|session)\s*$/.test(d));
  const decorated = h.decorators.split("\n").filter((d) => LOGIN_DECORATOR.test(d));
  const guards = [...decorated, ...deps.map((d) => `Depends(${d!.trim()})`)];
  // The body after the signature: a parameter's annotation checks nothing.
  const sig = /\)\s*(->[^:\n]*)?:/.exec(h.body);
  const body = h.body.slice(sig ? sig.index + sig[0].length : 0);
  const session = SESSION_CHECK.test(body);
  let level: Level = "none";
  if (guards.some((g) => ROLE_GUARD.test(g))) level = "role";
  else if (guards.length || session || CREDENTIAL_CHECK.test(body)) level = "login";
  return {
    h,
    level,
    guard: guards[0] ?? "",
    writes: WRITE_METHOD.test(h.decorators),
    evidence: guards.length > 0 || session,
  };
}

/** The route's path less its last segment, when it holds a parameter (`/{user_id}/ban` -> `/{user_id}`). */
function resourceOf(path: string): string | undefined {
  const p = path.split(" ")[0] ?? "";
  const base = p.replace(/\/[^/]*\/?$/, "");
  return /[{<]/.test(base) ? base : undefined;
}

/** Mixins and bases that make a Django class-based view require a login or a permission. */
const VIEW_GUARD =
  /LoginRequired|PermissionRequired|UserPassesTest|AccessMixin|\w*(Auth|Login|Permission|Staff|Owner|Admin)\w*Mixin/;
const WRITING_VIEW =
  /\b(DeleteView|UpdateView|CreateView|FormView|BaseDeleteView|BaseUpdateView|BaseCreateView)\b/;

/** Whether a class (or a local class it extends) carries a login or permission mixin or decorator. */
function viewGuarded(ctx: PythonContext, klass: SyntaxNode, depth = 0): boolean {
  const sup = ctx.text(field(klass, "superclasses") ?? klass);
  if (VIEW_GUARD.test(sup)) return true;
  const dec = klass.parent?.type === "decorated_definition" ? ctx.text(klass.parent) : "";
  if (/method_decorator\(\s*\w*(login|permission|staff|admin)/.test(dec.slice(0, 300))) return true;
  if (/method_decorator\(\s*\w*(login|permission|staff|admin)/.test(ctx.text(field(klass, "body") ?? klass)))
    return true;
  if (depth > 3) return false;
  for (const s of namedChildren(field(klass, "superclasses") ?? klass)) {
    const local = s.type === "identifier" ? ctx.localClass(ctx.text(s)) : undefined;
    if (local && local !== klass && viewGuarded(ctx, local, depth + 1)) return true;
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-AUTHGAP-001",
    title: "Route that changes data without the authentication or role check its sibling routes have",
    cwe: ["CWE-306", "CWE-862"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "In a module whose routes or class-based views require a login (login_required, a FastAPI current-user or admin dependency, a session-user check, LoginRequiredMixin), flags a route that changes data (POST/PUT/PATCH/DELETE, a Django Delete/Update/Create view) with no check at all (CWE-306), and a route that checks only the login beside a sibling action on the same resource path that requires an administrator (CWE-862).",
      why_bad:
        "The module's own routes show the check is needed; the one that forgot it lets anyone (or any account) run the change.",
      example_bad:
        "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.get('/settings')\n@login_required\ndef settings():\n    return 'page'\n@app.post('/settings/reset')\ndef reset():\n    Settings.reset()\n    return 'ok'",
      example_good:
        "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.get('/settings')\n@login_required\ndef settings():\n    return 'page'\n@app.post('/settings/reset')\n@login_required\ndef reset():\n    Settings.reset()\n    return 'ok'",
    },
    fix_hint:
      "Give the route the same guard as its siblings (login_required, Depends(get_current_user) / Depends(require_admin), LoginRequiredMixin), or apply it to the whole router or blueprint.",
  },
  trigger:
    /login_required|LoginRequiredMixin|Depends\(\s*\w*(user|admin|auth)|jwt_required|is_authenticated|in session|session\.get\(|HTTPUnauthorized|current_user|(?<=\w)_required/,
  nodeTypes: ["module"],
  detect(node, ctx, report) {
    // An app-wide hook may check every request (before_request, middleware): out of sight here.
    if (
      sourceHas(
        ctx.tree,
        /before_request|before_app_request|@app\.middleware|app\.add_middleware\(\s*\w*Auth|MIDDLEWARE\s*=/,
      )
    )
      return;
    const routes: Route[] = [];
    const views: SyntaxNode[] = [];
    for (const n of ctx.tree.nodes) {
      if (n.type === "function_definition") {
        const r = routeOf(ctx, n);
        if (r) routes.push(r);
      } else if (
        n.type === "class_definition" &&
        /View\b|Mixin\b/.test(ctx.text(field(n, "superclasses") ?? n))
      )
        views.push(n);
    }
    const guarded = routes.filter((r) => r.level !== "none" && r.evidence);
    for (const r of routes) {
      if (!r.writes || PUBLIC_ROUTE.test(`${r.h.path} ${r.h.name}`)) continue;
      const name = field(r.h.fn, "name") ?? r.h.fn;
      const label = r.h.path || r.h.name;
      if (r.level === "none") {
        const sibling = guarded.find((g) => g !== r);
        if (!sibling) continue;
        report({
          node: name,
          message: `${label} changes data with no authentication check, while ${sibling.h.path || sibling.h.name} requires ${sibling.guard || "a signed-in user"}`,
        });
        continue;
      }
      if (r.level !== "login") continue;
      // An action on a resource whose sibling action on the same resource path needs an administrator.
      const res = resourceOf(r.h.path);
      const admin =
        res && guarded.find((g) => g !== r && g.level === "role" && g.writes && resourceOf(g.h.path) === res);
      if (admin)
        report({
          node: name,
          message: `${label} checks only the login, while ${admin.h.path} on the same resource requires ${admin.guard}`,
        });
    }
    // Django class-based views: a writing view without the login mixin its sibling views carry.
    const viewClasses = views.filter((v) => /View\b/.test(ctx.text(field(v, "superclasses") ?? v)));
    const guardedView = viewClasses.find((v) => viewGuarded(ctx, v));
    if (!guardedView) return;
    for (const v of viewClasses) {
      if (!WRITING_VIEW.test(ctx.text(field(v, "superclasses") ?? v)) || viewGuarded(ctx, v)) continue;
      const vname = field(v, "name") ?? v;
      if (PUBLIC_ROUTE.test(ctx.text(vname))) continue;
      report({
        node: vname,
        message: `${ctx.text(vname)} changes data with no login check, while ${ctx.text(field(guardedView, "name") ?? guardedView)} requires one`,
      });
    }
  },
  cases: {
    valid: [
      // every route guarded; a router-level dependency; a public sign-up beside guarded routes
      "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.get('/settings')\n@login_required\ndef settings():\n    return 'page'\n@app.post('/settings/reset')\n@login_required\ndef reset():\n    Settings.reset()\n    return 'ok'",
      "from fastapi import APIRouter, Depends\nadmin = APIRouter(prefix='/admin', dependencies=[Depends(require_admin)])\n@admin.get('/stats')\nasync def stats():\n    return {}\n@admin.post('/cache/flush')\nasync def flush():\n    await cache.clear()",
      "from flask import Flask, request\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.get('/me')\n@login_required\ndef me():\n    return 'me'\n@app.post('/register')\ndef register():\n    create_user(request.form['email'])\n    return 'ok'",
      // a code-check route verifies what the request carries: no evidence that the module needs a login
      "import secrets\nfrom flask import Flask, request, session, abort\napp = Flask(__name__)\n@app.post('/codes/send')\ndef send_code():\n    session['c'] = secrets.token_hex(3)\n    return ''\n@app.post('/codes/check')\ndef check_code():\n    if not secrets.compare_digest(request.form['c'], session.get('c', '')):\n        abort(401)\n    return 'ok'",
      // a module with no guarded route gives no evidence
      "from flask import Flask\napp = Flask(__name__)\n@app.post('/echo')\ndef echo():\n    return 'ok'",
      // a body check of the session user
      "from aiohttp import web\nfrom aiohttp_session import get_session\nroutes = web.RouteTableDef()\n@routes.get('/orders')\nasync def orders(request):\n    s = await get_session(request)\n    if 'user_id' not in s:\n        raise web.HTTPUnauthorized()\n    return web.json_response([])\n@routes.post('/orders/{id}/refund')\nasync def refund(request):\n    s = await get_session(request)\n    if 'user_id' not in s:\n        raise web.HTTPUnauthorized()\n    return web.json_response({})",
      // Django views sharing a local login mixin
      "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.views.generic import DeleteView, ListView\nclass Owned(LoginRequiredMixin):\n    pass\nclass A(Owned, ListView):\n    model = R\nclass B(Owned, DeleteView):\n    model = R",
      // the same resource: both actions need an administrator
      "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post('/{uid}/promote')\ndef promote(uid: int, a=Depends(require_admin)):\n    pass\n@router.post('/{uid}/ban')\ndef ban(uid: int, a=Depends(require_admin)):\n    pass",
    ],
    invalid: [
      {
        code: "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.get('/settings')\n@login_required\ndef settings():\n    return 'page'\n@app.post('/settings/reset')\ndef reset():\n    Settings.reset()\n    return 'ok'",
        line: 9,
      },
      {
        code: "from aiohttp import web\nfrom aiohttp_session import get_session\nroutes = web.RouteTableDef()\n@routes.get('/orders')\nasync def orders(request):\n    s = await get_session(request)\n    if 'user_id' not in s:\n        raise web.HTTPUnauthorized()\n    return web.json_response([])\n@routes.post('/orders/{id}/refund')\nasync def refund(request):\n    await refund_order(int(request.match_info['id']))\n    return web.json_response({})",
        line: 11,
      },
      {
        code: "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.views.generic import DeleteView, ListView\nclass A(LoginRequiredMixin, ListView):\n    model = R\nclass B(DeleteView):\n    model = R",
        line: 5,
      },
      {
        code: "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post('/{uid}/promote')\ndef promote(uid: int, a=Depends(require_admin)):\n    pass\n@router.post('/{uid}/ban')\ndef ban(uid: int, me=Depends(get_current_user)):\n    pass",
        line: 7,
      },
    ],
  },
});
