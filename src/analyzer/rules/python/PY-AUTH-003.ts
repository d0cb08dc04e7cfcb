import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { ROLE_CHECK, ROLE_ROUTE, checksCaller, sensitiveRoute } from "./PY-AUTH-001.js";
import { handlerOf, routerPrefix } from "./web.js";

export default pyRule({
  meta: {
    id: "PY-AUTH-003",
    title: "Administrative endpoint that checks the login but not the role",
    cwe: ["CWE-285", "CWE-862"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags admin routes (Flask/FastAPI/Django) whose only guard is a login (login_required, a FastAPI current-user dependency) with no role check, login-only exports of the whole user table, and admin_required-style guards that only test that the caller has some role. (A route with no check at all is PY-AUTH-001's, CWE-306.)",
      why_bad:
        "The caller is authenticated but never authorised: every account, however it was created, can run the administrator's operation or read every user's records (CWE-285, improper authorisation).",
      example_bad:
        "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/admin/users')\n@login_required\ndef admin_users():\n    return 'all users'",
      example_good:
        "from flask import Flask, abort\nfrom flask_login import current_user, login_required\napp = Flask(__name__)\n@app.route('/admin/users')\n@login_required\ndef admin_users():\n    if not current_user.is_admin:\n        abort(403)\n    return 'all users'",
    },
    fix_hint:
      "Check the caller's role (is_admin, has_perm, a roles_required decorator) as well as the login.",
  },
  trigger:
    /(admin|superuser|staff)_(required|only)|require_(admin|superuser|staff)|^(?=[\s\S]*?(@\w+\.(route|get|post|put|delete|patch)\(|def \w+\(\s*(self,\s*)?request\b))(?=[\s\S]*?(admin|export|dump|download|all_users|(?<=[_/])roles?\b|promote|grant))/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    // The router's prefix is part of the path: `APIRouter(prefix="/admin")` then `@router.post("/users/{id}/ban")`.
    const h0 = handlerOf(ctx, node);
    const h = h0 && { ...h0, path: routerPrefix(ctx, node) + h0.path };
    // `def admin_required(view): ... if not session.get("role"): abort(403)`: the admin guard tests only that the
    // caller has some role, so every signed-in role passes it.
    const fname = ctx.text(field(node, "name") ?? node);
    if (!h && /^(admin|superuser|staff)_(required|only)$|^require_(admin|superuser|staff)$/i.test(fname)) {
      const text = ctx.text(node);
      if (
        /\brole\b|["']role["']/.test(text) &&
        !/["'](admin|administrator|superuser|staff|root)["']|is_admin|is_superuser|is_staff|has_perm|permission|ADMIN/.test(
          text,
        ) &&
        /abort\(\s*40[13]|PermissionDenied|Forbidden|HTTPException|raise\b/.test(text)
      )
        report({
          node: field(node, "name") ?? node,
          message: `${fname} lets through any caller with a role, not only administrators`,
        });
      return;
    }
    if (!h || !sensitiveRoute(h)) return;
    // Only routes that do check the caller: one that checks nothing is PY-AUTH-001's.
    const checked = checksCaller(ctx, node, h);
    if (!checked) return;
    const name = node.children.find((c) => c.type === "identifier") ?? node;
    // FastAPI: `user=Depends(get_current_user)` only says who calls; `Depends(require_admin)` checks a role.
    // Flask-Login's `if not current_user.is_authenticated: abort(401)` in the body is the same login-only guard.
    const loginOnly =
      /login_required/.test(h.decorators) ||
      /\bcurrent_user\.is_authenticated\b/.test(h.body) ||
      (/user|auth|login|token/i.test(checked.deps) &&
        !ROLE_CHECK.test(checked.deps) &&
        !/admin|staff|owner/i.test(checked.deps));
    // A route that sets a user's role (`/users/<id>/role`, `grant_role`) names the role it writes, so only a test
    // of the caller's own rights counts as a check there (`LEVEL.get(current_user.role)` compared below).
    const roleRoute = ROLE_ROUTE.test(`${h.path} ${h.name}`);
    // `save(update_fields=["is_staff"])` names the field it saves: that checks nothing either.
    const roleGuard = (t: string) =>
      /is_admin|is_staff|is_superuser|has_perm|permission|(admin|roles?|superuser)_required|\.role\s*(==|!=|\bin\b|\bnot\s+in\b)|["']admin["']|\b(current_user|g\.user|request\.user)\.(role|roles|level)\b/.test(
        t
          .replace(/\b(is_staff|is_superuser|is_admin)\s*=(?!=)/g, "")
          .replace(/update_fields\s*=\s*[[(][^\])]*[\])]/g, ""),
      );
    // The route decorator names the path (`/users/<id>/role`), it checks nothing.
    const guards = roleRoute
      ? h.decorators.replace(/@[\w.]+\.(route|get|post|put|delete|patch|api_route)\([^\n]*/g, "")
      : h.decorators;
    if (
      (/admin/i.test(`${h.path} ${h.name}`) || roleRoute) &&
      loginOnly &&
      !ROLE_CHECK.test(guards) &&
      !(roleRoute ? roleGuard(h.body) : ROLE_CHECK.test(h.body))
    )
      report({ node: name, message: `${h.path || h.name} needs only a login: any user is an administrator` });
    // `@login_required def export_users(request): ... User.objects.all()`: every account's records handed to
    // whoever has an account.
    else if (
      /login_required/.test(h.decorators) &&
      /export|dump|download|all_users/i.test(`${h.path} ${h.name}`) &&
      /\b\w*User\w*\.(objects\.(all|values|values_list)|query\.all)\(/.test(h.body) &&
      !ROLE_CHECK.test(h.decorators) &&
      !ROLE_CHECK.test(h.body)
    )
      report({ node: name, message: `${h.path || h.name} hands every user's records to any signed-in user` });
  },
  cases: {
    valid: [
      // The caller's own level read and compared: a role check on a route that sets roles.
      "from flask import Flask, request, abort\nfrom flask_login import login_required, current_user\napp = Flask(__name__)\nLEVEL = {'member': 0, 'admin': 2}\n@app.route('/users/<int:uid>/role', methods=['POST'])\n@login_required\ndef set_role(uid):\n    mine = LEVEL.get(current_user.role, -1)\n    if mine < 2:\n        abort(403)\n    User.query.get(uid).role = request.form['role']\n    return 'ok'",
      "from fastapi import Depends, FastAPI, HTTPException\napp = FastAPI()\n@app.post('/users/{user_id}/role')\ndef grant_role(user_id: int, role: str, current=Depends(get_current_user)):\n    if not current.is_admin:\n        raise HTTPException(status_code=403)\n    set_role(user_id, role)",
      "from flask import Flask, abort\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/admin/audit')\ndef audit():\n    if not current_user.is_authenticated:\n        abort(401)\n    if not current_user.is_admin:\n        abort(403)\n    return 'log'",
      "from fastapi import APIRouter, Depends\nrouter = APIRouter(prefix='/admin')\n@router.post('/users/{user_id}/ban')\nasync def ban_user(user_id: int, actor=Depends(require_admin)):\n    await ban(user_id)",
      "from django.contrib.auth.decorators import login_required, user_passes_test\n@login_required\n@user_passes_test(lambda u: u.is_superuser)\ndef promote_to_staff(request, user_id):\n    target = U.objects.get(pk=user_id)\n    target.is_staff = True\n    target.save(update_fields=['is_staff'])",
      "from flask import Flask, abort, session\napp = Flask(__name__)\ndef admin_required(view):\n    def wrapper(*a, **k):\n        if session.get('role') != 'admin':\n            abort(403)\n        return view(*a, **k)\n    return wrapper\n@app.route('/admin/purge', methods=['POST'])\n@admin_required\ndef purge():\n    return 'ok'",
      "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post('/admin/announcements')\ndef create(text: str, admin=Depends(require_admin), db=Depends(get_db)):\n    db.add(Announcement(text=text))\n    db.commit()",
      "from django.contrib.auth.decorators import permission_required\nfrom django.contrib.auth.models import User\nfrom django.http import JsonResponse\n@permission_required('auth.view_user', raise_exception=True)\ndef export_users(request):\n    return JsonResponse({'users': list(User.objects.values('username', 'email'))})",
      "from flask import Flask, abort\nfrom flask_login import current_user, login_required\napp = Flask(__name__)\n@app.route('/admin/reset', methods=['POST'])\n@login_required\ndef reset():\n    if not current_user.is_admin:\n        abort(403)\n    return 'ok'",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/admin/reset', methods=['POST'])\ndef reset():\n    return 'ok'",
    ],
    invalid: [
      "from flask import Flask, request\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/users/<int:uid>/role', methods=['POST'])\n@login_required\ndef set_role(uid):\n    user = User.query.get_or_404(uid)\n    user.role = request.form['role']\n    db.session.commit()\n    return 'ok'",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.post('/users/{user_id}/role')\ndef grant_role(user_id: int, role: str, current=Depends(get_current_user)):\n    set_role(user_id, role)",
      "from flask import Flask, abort, session\napp = Flask(__name__)\ndef admin_required(view):\n    def wrapper(*a, **k):\n        if not session.get('role'):\n            abort(403)\n        return view(*a, **k)\n    return wrapper\n@app.route('/admin/purge', methods=['POST'])\n@admin_required\ndef purge():\n    return 'ok'",
      "from fastapi import APIRouter, Depends\nrouter = APIRouter()\n@router.post('/admin/announcements')\ndef create(text: str, user=Depends(get_current_user), db=Depends(get_db)):\n    db.add(Announcement(text=text))\n    db.commit()",
      "from django.contrib.auth.decorators import login_required\nfrom django.contrib.auth.models import User\nfrom django.http import JsonResponse\n@login_required\ndef export_users(request):\n    return JsonResponse({'users': list(User.objects.values('username', 'email'))})",
      "from flask import Flask\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/admin/users')\n@login_required\ndef admin_users():\n    return 'all users'",
      "from flask import Flask, abort\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/admin/audit')\ndef audit():\n    if not current_user.is_authenticated:\n        abort(401)\n    return 'log'",
      // the admin path comes from the router's prefix
      "from fastapi import APIRouter, Depends\nrouter = APIRouter(prefix='/admin')\n@router.post('/users/{user_id}/ban')\nasync def ban_user(user_id: int, actor=Depends(get_current_user)):\n    await ban(user_id)",
      // naming the saved field is no role check
      "from django.contrib.auth.decorators import login_required\n@login_required\ndef promote_to_staff(request, user_id):\n    target = U.objects.get(pk=user_id)\n    target.is_staff = True\n    target.save(update_fields=['is_staff'])",
    ],
  },
});
