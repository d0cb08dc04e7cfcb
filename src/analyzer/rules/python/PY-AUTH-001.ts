import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { authorContextIgnored } from "../../rule.js";
import { ancestor, descendants, field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { type Handler, handlerOf, ROUTE, routerDependencies } from "./web.js";

/** Routes that change or expose what only an operator should: by path or function name. */
export const SENSITIVE =
  /(admin|shutdown|restart|reboot|delete|remove|destroy|drop|wipe|purge|reset|exec|console|debug|internal|manage|config|salar|backup|dump|export|all_users|grant|promote|email|account|invoice|billing|payment|transfer)/i;
/**
 * A route that names roles (`/users/<id>/role`, `set_role`) is sensitive when it writes one: a POST/PUT/PATCH/DELETE
 * route (or a view with no route decorator, Django's) whose body stores a role - an attribute or key `role(s)`
 * assigned, a `role=` keyword, a `set_role(...)`-style call. `GET /user-roles` lists roles, `POST /xml/role` looks one
 * up, and `session['role'] = ...` is the caller's own session (a trust-boundary question, PY-TRUST-001's).
 */
/** A route that sets roles (`/users/<id>/role`, `grant_role`, `promote`); PY-AUTH-003 reads it too. */
export const ROLE_ROUTE = /[_/]roles?\b|promote|grant/i;
const ROLE_WRITE =
  /\.roles?\s*=(?!=)|(?<!session)\[\s*['"]roles?['"]\s*\]\s*=(?!=)|[(,]\s*roles?\s*=(?!=)|\b(set|assign|grant|add|remove|change|update)_roles?\s*\(|\.roles?\.(add|append|extend|remove|set|clear)\(/i;
/** A handler's text after its signature (`def f(a: T) -> R:`), where its code starts. */
function afterSignature(h: Handler): string {
  const sig = /\)\s*(->[^:\n]*)?:/.exec(h.body);
  return h.body.slice(sig ? sig.index + sig[0].length : h.body.indexOf(":"));
}

export function sensitiveRoute(h: Handler): boolean {
  const words = `${h.path} ${h.name}`;
  if (SENSITIVE.test(words)) return true;
  // After the signature: `def set_role(...)` names the route, it writes nothing.
  if (!ROLE_ROUTE.test(words) || !ROLE_WRITE.test(afterSignature(h))) return false;
  return (
    !ROUTE.test(h.decorators) ||
    /\.(post|put|patch|delete)\(|methods\s*=\s*[[(][^\])]*\b(POST|PUT|PATCH|DELETE)\b/i.test(h.decorators)
  );
}
/** Decorators that check the caller. Django's require_POST / require_GET / require_safe / require_http_methods
 * only restrict the HTTP method: they are not `requires_...` checks. */
export const AUTH_DECORATOR =
  /(login_required|auth|permission|roles?_(required|accepted)|admin_required|jwt_required|token_required|requires?_(?!(POST|GET|safe|http_methods)\b)|protected|staff_member|user_passes_test|superuser|limiter)/i;
/**
 * A policy-engine decorator (oslo.policy's style: `@acl.enforce("data-processing:job:delete")`,
 * `@policy.enforce("orders:delete")`, `@enforce("volume:create")`): it checks the caller's roles against the named
 * rule before the handler runs. `@enforce_types` or `@enforce_json` check no caller.
 */
const POLICY_DECORATOR =
  /@(?:[\w.]*\.)?(?:acl|polic(?:y|ies)|rbac)\.\w+\s*\(|@(?:[\w.]*\.)?enforce(?:_policy)?\s*\(\s*[rRuU]?["'][\w.-]+:/;
/**
 * Checks in the body that show the handler authenticates or authorises the caller. A password counts as the
 * credential itself (`request.form["password"]`, check_password, password_hash), not as a word inside the name
 * of the operation (`reset_all_passwords()` checks nothing).
 */
export const AUTH_CHECK =
  /(current_(user|account|identity|principal)|session\[|session\.get|request\.authorization|g\.user|is_authenticated|check_auth|authenticate|verify_|api_key|token|abort\(\s*40[13]|\b40[13]\b|request\.user|has_perm|is_admin|is_staff|is_superuser|role|\bpassword\b|(check|verify|validate)_?password|checkpw|password_hash|hmac|signature|PermissionDenied|Unauthorized|Forbidden)/i;
/**
 * FastAPI dependencies that identify or authorise the caller (`Depends(get_current_admin)`, `Depends(oauth2_scheme)`,
 * `Depends(verify_admin_token)`), unlike a database session or settings (`Depends(get_db)`).
 */
export const AUTH_DEPENDENCY =
  /(auth|token|current_|admin|user|verify|login|permission|role|scope|security|credential|api_?key|oauth|jwt|bearer|principal|identity|staff|operator|guard|require)/i;
export const ROLE_CHECK =
  /(role|is_admin|is_staff|is_superuser|has_perm|permission|admin_required|roles?_required|superuser)/i;

/**
 * Whether a sensitive handler checks its caller: undefined when an app-wide hook may (before_request,
 * middleware) or a decorator, FastAPI dependency or body check does; else false. On a check, what it found:
 * `{ deps }` with the FastAPI dependencies' text.
 */
export function checksCaller(
  ctx: PythonContext,
  node: SyntaxNode,
  h: Handler,
): { deps: string } | false | undefined {
  // An app-wide hook that checks every request (before_request, middleware) is out of this function's sight.
  if (sourceHas(ctx.tree, /before_request|before_app_request|MIDDLEWARE/)) return undefined;
  // FastAPI declares its auth as a parameter: `admin=Depends(require_admin)`.
  // Dependencies declared on the route's router or app (`APIRouter(dependencies=[Depends(require_admin)])`) run
  // before each of its routes.
  const deps = [
    ...`${ctx.text(field(node, "parameters") ?? node)} ${routerDependencies(ctx, node)}`.matchAll(
      /Depends\(([^)]*)\)/g,
    ),
  ]
    .map((m) => m[1])
    .join(" ");
  // `user.is_admin = True` sets a flag, it checks nothing: the targets of assignments are left out.
  // Docstrings and comments describe the operation ("Force a password reset"): they check nothing either.
  // Keyword arguments set fields too: `.update(is_staff=True)` grants, it does not check.
  // After the signature: a parameter's annotation (`change: RoleChange`) checks nothing.
  const checks = afterSignature(h)
    .replace(/^[ \t]*[\w.]+(\[[^\]\n]*\])?\s*=(?!=)/gm, "")
    .replace(/\b(is_staff|is_superuser|is_admin|role)\s*=(?!=)\s*\w+/g, "")
    .replace(/^[ \t]*[rRuU]?("""[\s\S]*?"""|'''[\s\S]*?''')/gm, "")
    .replace(/^[ \t]*#.*$/gm, "");
  // A route that sets roles names the role it writes (`set_role(uid, body.role)`): that is not a check.
  const roleRoute = ROLE_ROUTE.test(`${h.path} ${h.name}`);
  const bodyChecks = roleRoute ? checks.replace(/\w*role\w*/gi, "") : checks;
  return AUTH_DECORATOR.test(`${h.decorators} ${deps}`) ||
    POLICY_DECORATOR.test(h.decorators) ||
    AUTH_DEPENDENCY.test(deps) ||
    AUTH_CHECK.test(bodyChecks)
    ? { deps }
    : false;
}

/**
 * The first step of a forgotten-password reset (`/password/reset-code`, `/reset/start` reading the account's email
 * or user name): it must answer callers who cannot sign in, so no login is expected. Only when "reset" is the one
 * sensitive word (`/admin/reset` still counts) and the route names a password or a code, or reads the account's
 * email or user name from the request.
 */
function passwordResetRequest(h: Handler): boolean {
  const words = `${h.path} ${h.name}`;
  if (!/reset/i.test(words) || SENSITIVE.test(words.replace(/reset/gi, " "))) return false;
  // It acts on the one account the caller names: a handler that reads nothing of the request
  // (`reset_all_passwords(request)`) or walks every account is an operator's bulk operation.
  if (/\.objects\.all\(\)|\.query\.all\(\)/.test(h.body)) return false;
  const params = (/\bdef\s+\w+\s*\(([^)]*)\)/.exec(h.body)?.[1] ?? "")
    .split(",")
    .map((p) => p.split(/[:=]/)[0]!.trim())
    .filter((p) => p && !/^(self|request|req|\*.*)$/.test(p));
  if (!/\brequest\.\w/.test(h.body) && !params.length) return false;
  return (
    /passw|forgot|code/i.test(words) ||
    /\brequest\.\w+(\.get\(\s*|\[\s*)['"](e-?mail|user_?name|login)['"]/i.test(h.body)
  );
}

/**
 * `conn = sdk_connection(request)` then `conn.load_balancer.delete_pool(pid)`: the view acts through a service client
 * made from the request's own credentials (an OpenStack dashboard's pattern), so the service decides whether this
 * caller may. Read from the client builder's name, which the code's author chooses: not in an answer.
 */
function delegatedClient(ctx: PythonContext, fn: SyntaxNode): boolean {
  if (authorContextIgnored(ctx)) return false;
  const req = ctx.paramNames(fn).find((p) => /^req(uest)?$/.test(p));
  if (!req) return false;
  const clients = new Set<string>();
  for (const d of descendants(fn)) {
    if (d.type === "assignment") {
      const left = field(d, "left");
      const right = field(d, "right");
      if (left?.type !== "identifier" || right?.type !== "call") continue;
      const builder = ctx.callee(right).split(".").pop() ?? "";
      if (!/(conn(ection)?|client|sdk|cloud)$/i.test(builder)) continue;
      if (ctx.args(right).some((a) => a.type === "identifier" && ctx.text(a) === req))
        clients.add(ctx.text(left));
    } else if (d.type === "call" && clients.size) {
      // `conn.lb.delete_pool(pid)`, or the client and its method handed to a helper (`retry(conn, conn.lb.delete)`).
      const head = /^(\w+)\./.exec(ctx.text(field(d, "function") ?? d))?.[1];
      if (head && clients.has(head)) return true;
      if (ctx.args(d).some((a) => clients.has(/^\w+/.exec(ctx.text(a))?.[0] ?? ""))) return true;
    }
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-AUTH-001",
    title: "Sensitive endpoint without authentication or authorisation",
    cwe: ["CWE-306", "CWE-862", "CWE-285", "CWE-425"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Flask/FastAPI routes and Django views whose path or name marks them as administrative or destructive (admin, delete, shutdown, reset, internal, debug, ...) when neither a decorator nor the body checks who the caller is (a login without a role check is PY-AUTH-003's); and Django's static serve view mounted in urlpatterns outside an `if settings.DEBUG:` block.",
      why_bad:
        "Anyone who finds the URL (forced browsing) can run the operation: delete data, stop the service, read internal reports.",
      example_bad:
        "from flask import Flask\napp = Flask(__name__)\n@app.route('/admin/delete_user', methods=['POST'])\ndef delete_user():\n    db.delete_user(request.form['id'])\n    return 'deleted'",
      example_good:
        "from flask import Flask\nfrom flask_login import current_user, login_required\napp = Flask(__name__)\n@app.route('/admin/delete_user', methods=['POST'])\n@login_required\ndef delete_user():\n    if not current_user.is_admin:\n        abort(403)\n    db.delete_user(request.form['id'])\n    return 'deleted'",
    },
    fix_hint:
      "Require authentication (login_required or an auth check) and check the caller's role before sensitive operations; or apply both to the whole blueprint in before_request.",
  },
  trigger:
    /(?<=\bpath\([^\n]*)\bserve\b|^(?=[\s\S]*?(@\w+\.(route|get|post|put|delete|patch)\(|def \w+\(\s*(self,\s*)?request\b))(?=[\s\S]*?(admin|shutdown|restart|reboot|delete|remove|destroy|drop|wipe|purge|reset|exec|console|debug|internal|manage|config|salar|backup|dump|export|all_users|grant|promote|email|account|invoice|billing|payment|transfer|(?<=[_/])roles?\b))/i,
  nodeTypes: ["function_definition", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // path("files/<path:path>", serve, {"document_root": ...}) outside `if settings.DEBUG:`: Django's
      // development file view hands out every file of the folder to anyone who asks for its URL.
      const view = ctx.args(node)[1];
      if (
        !/^(django\.urls\.)?(path|re_path)$|^(django\.conf\.urls\.)?url$/.test(ctx.callee(node)) ||
        !view ||
        !/(^|\.)serve$/.test(ctx.qname(view)) ||
        !sourceHas(ctx.tree, /django\.views\.static/)
      )
        return;
      for (let p = node.parent; p; p = p.parent)
        if (p.type === "if_statement" && /DEBUG/.test(ctx.text(field(p, "condition") ?? p))) return;
      report({ node, message: "Django's static serve view publishes the folder with no access check" });
      return;
    }
    const h = handlerOf(ctx, node);
    if (!h || !sensitiveRoute(h)) return;
    // A module function taken for a Django view by its first parameter alone (`def reset_attempts(request) -> int`,
    // `def send_confirmation(request, user)`, an LDAP `delete_request_to_dict(request)`) is a view only when it
    // answers the request: it builds or returns a response somewhere.
    if (
      !ROUTE.test(h.decorators) &&
      !ancestor(node, ["class_definition"]) &&
      !/\b(\w*Response\w*|render|render_to_response|redirect|HttpResponse\w*)\s*\(|\braise\s+(Http404|PermissionDenied)\b/.test(
        h.body,
      )
    )
      return;
    if (passwordResetRequest(h)) return;
    // Routes that check a login but no role are PY-AUTH-003's (CWE-285): the caller is authenticated there.
    if (checksCaller(ctx, node, h) !== false) return;
    if (delegatedClient(ctx, node)) return;
    const name = node.children.find((c) => c.type === "identifier") ?? node;
    report({ node: name, message: `${h.path || h.name} runs without checking who the caller is` });
  },
  cases: {
    valid: [
      "from fastapi import APIRouter, Depends, FastAPI\nrouter = APIRouter(prefix='/admin', dependencies=[Depends(require_admin)])\n@router.delete('/users/{user_id}')\ndef delete_user(user_id: int, db=Depends(get_db)):\n    db.delete(db.get(User, user_id))\n    db.commit()\napp = FastAPI()\napp.include_router(router)",
      "def get(request, path):\n    return request(url='http://metadata/' + path, method='GET')\ndef delete_account_info(request, account='default'):\n    return get(request, 'accounts/' + account)",
      "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post('/admin/announcements')\ndef create(text: str, user=Depends(get_current_user), db=Depends(get_db)):\n    db.add(Announcement(text=text))\n    db.commit()",
      "from django.contrib.auth.decorators import login_required\nfrom django.contrib.auth.models import User\nfrom django.http import JsonResponse\n@login_required\ndef export_users(request):\n    return JsonResponse({'users': list(User.objects.values('username', 'email'))})",
      "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/admin/users')\n@login_required\ndef admin_users():\n    return 'all users'",
      "from flask import Flask, abort, session\napp = Flask(__name__)\ndef admin_required(view):\n    def wrapper(*a, **k):\n        if session.get('role') != 'admin':\n            abort(403)\n        return view(*a, **k)\n    return wrapper\n@app.route('/admin/purge', methods=['POST'])\n@admin_required\ndef purge():\n    return 'ok'",
      "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post('/admin/announcements')\ndef create(text: str, admin=Depends(require_admin), db=Depends(get_db)):\n    db.add(Announcement(text=text))\n    db.commit()",
      "from django.contrib.auth.decorators import permission_required\nfrom django.contrib.auth.models import User\nfrom django.http import JsonResponse\n@permission_required('auth.view_user', raise_exception=True)\ndef export_users(request):\n    return JsonResponse({'users': list(User.objects.values('username', 'email'))})",
      "from django.conf import settings\nfrom django.urls import path\nfrom django.views.static import serve\nurlpatterns = []\nif settings.DEBUG:\n    urlpatterns += [path('media/<path:path>', serve, {'document_root': settings.MEDIA_ROOT})]",
      "from fastapi import Depends, FastAPI\napp = FastAPI(dependencies=[Depends(verify_admin_token)])\n@app.put('/admin/settings')\ndef update_settings(body: dict):\n    store.save(body)",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.post('/internal/migrate')\ndef migrate(_=Depends(operator_token)):\n    run_migrations()",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.delete('/users/{user_id}')\ndef delete_user(user_id: int, db=Depends(get_db), admin=Depends(get_current_admin)):\n    db.query(User).filter(User.id == user_id).delete()",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.delete('/users/{user_id}')\ndef delete_user(user_id: int, admin=Depends(require_admin)):\n    db.query(User).filter(User.id == user_id).delete()\n    return {}",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/admin')\n@admin_required\ndef admin():\n    return 'panel'",
      "from flask import Flask, session, abort\napp = Flask(__name__)\n@app.route('/delete', methods=['POST'])\ndef delete():\n    if 'user' not in session:\n        abort(401)\n    return 'ok'",
      "from django.contrib.auth.decorators import login_required\nfrom django.views.decorators.http import require_POST\n@require_POST\n@login_required\ndef change_email(request):\n    request.user.email = request.POST['email']\n    request.user.save()\n    return JsonResponse({'ok': True})",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/items')\ndef items():\n    return 'list'",
      "from django.http import HttpRequest\ndef reset_attempts(request: HttpRequest, username=None) -> int:\n    count, _ = Attempt.objects.filter(username=username).delete()\n    return count",
      "def send_email_confirmation(request, user, email=None):\n    get_adapter(request).send_confirmation_mail(request, user, email)",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/account/close', methods=['POST'])\ndef close_account():\n    if not check_password(request.form['user'], request.form['password']):\n        return 'denied', 401\n    close(request.form['user'])\n    return 'closed'",
      // The first step of a forgotten-password reset answers callers who cannot sign in.
      "from flask import Flask, request, session\napp = Flask(__name__)\n@app.route('/reset/start', methods=['POST'])\ndef reset_start():\n    user = User.query.filter_by(email=request.form['email']).first_or_404()\n    session['reset_user'] = user.id\n    user.send_reset_code()\n    return 'sent'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/password/reset-code', methods=['POST'])\ndef reset_code():\n    send_code(request.form.get('email', ''))\n    return 'sent'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/transfer', methods=['POST'])\ndef transfer():\n    move(current_account(), request.form['to'], request.form['amount'])\n    return 'ok'",
      // Routes naming roles that write none: a listing, a lookup posted as a form, the caller's own session.
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/user-roles')\ndef user_roles():\n    return jsonify(list_roles())",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/xml/role', methods=['POST'])\ndef xml_role():\n    roles = lookup_roles(request.form['name'])\n    return {'roles': roles}",
      "from django.http import HttpResponse\ndef set_role(request):\n    request.session['role'] = 'viewer'\n    return HttpResponse('ok')",
      // A dashboard view deleting through a service client made from the request's own credentials.
      "from django.views import generic\nclass Pool(generic.View):\n    def delete(self, request, pool_id):\n        conn = _get_sdk_connection(request)\n        conn.load_balancer.delete_pool(pool_id)",
      "from django.views import generic\nclass Pool(generic.View):\n    def delete(self, request, pool_id):\n        conn = _get_sdk_connection(request)\n        retry_on_conflict(conn, conn.load_balancer.delete_pool, pool_id)",
      // unittest.mock's patchers name the object a test replaces; their text ends like a router's `.patch(`.
      "import unittest\nfrom unittest import mock\nfrom unittest.mock import patch\nclass DriverTests(unittest.TestCase):\n    @mock.patch('shares.utils.execute')\n    @patch.object(Driver, '_delete_export')\n    def test_delete_volume(self, m_del, m_exec):\n        Driver().delete_volume({'id': 1})\n    @patch('shares.admin.purge_all')\n    def test_purge(self, m):\n        self.assertTrue(m.called)",
    ],
    invalid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/reset', methods=['POST'])\ndef reset():\n    db.drop_all()\n    return 'ok'",
      "from flask import Flask\napp = Flask(__name__)\n@app.patch('/admin/users/<int:uid>/disable')\ndef disable_user(uid):\n    User.query.get(uid).disable()\n    return 'ok'",
      "def reset_all_passwords(request):\n    for a in Account.objects.all():\n        a.set_unusable_password()\n        a.save()\n    return HttpResponse('done')",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/admin/reset-code', methods=['POST'])\ndef reset_code():\n    send_code(request.form.get('email', ''))\n    return 'sent'",
      "from fastapi import APIRouter, Depends, FastAPI\nrouter = APIRouter(prefix='/admin', dependencies=[Depends(get_db)])\n@router.delete('/users/{user_id}')\ndef delete_user(user_id: int, db=Depends(get_db)):\n    db.delete(db.get(User, user_id))\n    db.commit()",
      "from fastapi import FastAPI\napp = FastAPI()\n@app.post('/users/role')\ndef change_role(change: RoleChange):\n    set_role(change.user_id, change.role)\n    return {'ok': True}",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.post('/internal/users/{uid}/promote')\ndef promote(uid: int, db=Depends(get_db)):\n    user = db.get(User, uid)\n    user.is_admin = True\n    db.commit()\n    return {'ok': True}",
      "from django.urls import path\nfrom django.views.static import serve\nurlpatterns = [path('files/<path:path>', serve, {'document_root': '/srv/private'})]",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/shutdown', methods=['POST'])\ndef shutdown():\n    stop()\n    return 'bye'",
      "from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route('/admin/reset-passwords', methods=['POST'])\ndef reset_passwords():\n    return jsonify(reset=reset_all_passwords())",
      'from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route(\'/admin/reset\', methods=[\'POST\'])\ndef reset():\n    """Reset every user\'s password."""\n    # no token needed\n    return jsonify(reset=reset_all())',
      "def delete_account(request):\n    Account.objects.filter(id=request.POST['id']).delete()\n    return HttpResponse('ok')",
      // A client made without the request's credentials decides nothing about this caller.
      "from django.views import generic\nclass Pool(generic.View):\n    def delete(self, request, pool_id):\n        conn = admin_connection()\n        conn.load_balancer.delete_pool(pool_id)\n        return HttpResponse(status=204)",

      "from django.contrib.auth.models import User\nfrom django.http import JsonResponse\ndef promote(request, user_id):\n    User.objects.filter(pk=user_id).update(is_staff=True)\n    return JsonResponse({'ok': True})",
      "from django.shortcuts import redirect\ndef purge_exports(request):\n    Export.objects.all().delete()\n    return redirect('/')",
      "from django.contrib.auth.models import User\nfrom django.views.decorators.http import require_POST\n@require_POST\ndef change_email(request):\n    user = User.objects.get(pk=request.POST['user_id'])\n    user.email = request.POST['email']\n    user.save()\n    return JsonResponse({'ok': True})",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/api/users/<int:uid>/email', methods=['PUT'])\ndef change_email(uid):\n    u = User.query.get(uid)\n    u.email = request.json['email']\n    db.session.commit()\n    return 'ok'",
    ],
  },
});
