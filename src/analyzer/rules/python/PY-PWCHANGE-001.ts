import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** A route or view about the account's password, not the forgotten-password flow (which checks a token). */
const PASSWORD_ROUTE = /pass(word|wd)/i;
const RESET_FLOW = /reset|forgot|recover|token/i;
/** The handler stores a new password. */
export const SETS_PASSWORD =
  /\.set_password\(|generate_password_hash\(|make_password\(|hashpw\(|\.hash\(|\.password(_hash)?\s*=|['"]password(_hash)?['"]\s*\]\s*=|UPDATE\s+\w+\s+SET\s+password/i;
/** The handler checks the current password (or re-authenticates) first. */
const CHECKS_OLD =
  /check_password|checkpw|verify|authenticate|compare_digest|old_pass|current_pass|existing_pass|PasswordChangeForm|SetPasswordForm|reauth/i;

export default pyRule({
  meta: {
    id: "PY-PWCHANGE-001",
    title: "Password changed without asking for the current one",
    cwe: ["CWE-620"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Flask/FastAPI routes and Django views about the account password (not reset/forgot flows) that store a new password from the request without checking the current password or re-authenticating.",
      why_bad:
        "Anyone holding the session for a minute (an unlocked laptop, a stolen cookie, a CSRF or XSS bug) can set a new password and lock the owner out for good.",
      example_bad:
        "from flask import Flask, request, session\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/account/password', methods=['POST'])\ndef change_password():\n    user = load_user(session['uid'])\n    user.password_hash = generate_password_hash(request.form['new_password'])\n    user.save()\n    return 'ok'",
      example_good:
        "from flask import Flask, request, session, abort\nfrom werkzeug.security import check_password_hash, generate_password_hash\napp = Flask(__name__)\n@app.route('/account/password', methods=['POST'])\ndef change_password():\n    user = load_user(session['uid'])\n    if not check_password_hash(user.password_hash, request.form['current_password']):\n        abort(403)\n    user.password_hash = generate_password_hash(request.form['new_password'])\n    user.save()\n    return 'ok'",
    },
    fix_hint:
      "Ask for the current password (check_password_hash / user.check_password) before setting a new one, or use Django's PasswordChangeForm.",
  },
  trigger: /pass(word|wd)/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const h = handlerOf(ctx, node);
    if (!h || !PASSWORD_ROUTE.test(`${h.path} ${h.name}`) || RESET_FLOW.test(`${h.path} ${h.name}`)) return;
    const body = ctx.text(field(node, "body") ?? node);
    if (!SETS_PASSWORD.test(body) || !/request\b|\bform\b|\bbody\b|\bdata\b/.test(body)) return;
    if (CHECKS_OLD.test(body) || CHECKS_OLD.test(h.decorators) || RESET_FLOW.test(body)) return;
    // An administrator setting someone else's password is a different flow (its authorisation is PY-AUTH-001's).
    if (/admin|staff|superuser/i.test(`${h.path} ${h.name} ${h.decorators} ${body}`)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path || h.name} sets a new password without checking the current one`,
    });
  },
  cases: {
    valid: [
      "from flask import Flask, request, session, abort\nfrom werkzeug.security import check_password_hash, generate_password_hash\napp = Flask(__name__)\n@app.route('/account/password', methods=['POST'])\ndef change_password():\n    u = load_user(session['uid'])\n    if not check_password_hash(u.password_hash, request.form['current']):\n        abort(403)\n    u.password_hash = generate_password_hash(request.form['new'])\n    return 'ok'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/reset-password/<token>', methods=['POST'])\ndef reset_password(token):\n    u = user_for_token(token)\n    u.set_password(request.form['password'])\n    return 'ok'",
    ],
    invalid: [
      {
        code: "from flask import Flask, request, session\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/account/password', methods=['POST'])\ndef change_password():\n    u = load_user(session['uid'])\n    u.password_hash = generate_password_hash(request.form['new_password'])\n    u.save()\n    return 'ok'",
        line: 5,
      },
      "def change_password(request):\n    request.user.set_password(request.POST['new_password'])\n    request.user.save()\n    return HttpResponse('ok')",
    ],
  },
});
