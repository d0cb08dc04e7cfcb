import { field, sourceHas } from "../../parse/nodes.js";
import { PASSWORD_CHECKS, pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** A route that takes a login secret: log in, sign in, unlock with a PIN, a one-time or 2FA code. */
const LOGIN_ROUTE =
  /log_?in|sign_?in|auth(enticate)?\b|unlock|\bpin\b|otp|2fa|mfa|verify_?(\w+_)?code|reset|token\b/i;
/** The handler compares a secret from the request with the stored one. */
const VERIFIES = new RegExp(
  String.raw`\b(${PASSWORD_CHECKS}|authenticate|check_\w*(code|pin|otp))\s*\(|\.verify\(|[=!]=\s*request\.|request\.\w+(\[[^\]]*\]|\.get\([^)]*\))\s*[=!]=`,
);
/** Keys of a login secret in the request. */
const SECRET_FIELD =
  /['"](pass(word|wd)?|pwd|pw|pin|otp|code|totp|passcode)['"]|\b(body|data|payload|form|req|creds)\.(password|pin|otp|code|totp|passcode)\b/i;
/** Any sign of throttling in the module: a rate limiter, a failure counter, a lockout, a delay. */
const THROTTLE =
  /limit|throttl|attempt|fail(ed|ure|s)?_?(count|login)|FAILS\b|failures|\block(ed|out|_until)|backoff|captcha|time\.sleep|asyncio\.sleep|axes|brute/i;

/** A limiter, a delay or a CAPTCHA: a limit whatever else the module keeps. */
const LIMITER = /limit|throttl|backoff|captcha|time\.sleep|asyncio\.sleep|axes|brute/i;
/** A failure count read from the client's own cookie: the client deletes it and the count starts again. */
const COOKIE_COUNTER = /(cookies|COOKIES)(\.get\(|\[)\s*f?["'][^"']*(fail|attempt|tries|strike|lock)/i;
/** A failure count or lock the code tests: a condition that names it. */
const COUNTER_CHECK = /^[^\n#]*\b(if|elif|while|return|assert)\b[^\n]*(attempt|fail|tries|strike|lock)/im;

/**
 * The module throttles sign-in attempts: a limiter, or a failure count or lock it tests. Failures recorded and
 * never tested (`LoginAttempt.objects.create(...)` alone), or counted in a cookie, limit nothing.
 */
function throttled(tree: Parameters<typeof sourceHas>[0]): boolean {
  if (!sourceHas(tree, THROTTLE)) return false;
  if (sourceHas(tree, LIMITER)) return true;
  return !sourceHas(tree, COOKIE_COUNTER) && sourceHas(tree, COUNTER_CHECK);
}

/** A rate limit declared on a route by its decorator (flask-limiter, slowapi). */
const PER_ROUTE_LIMIT = /@[\w.]*limiter\.limit\(/;

export default pyRule({
  meta: {
    id: "PY-BRUTE-001",
    title: "Login or PIN check with no limit on failed attempts",
    cwe: ["CWE-307"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags Flask/FastAPI/Django login, unlock, PIN and one-time-code handlers that compare a password or code from the request with the stored one, in a module with no rate limiter, failure counter, lockout, delay or CAPTCHA (LOW: the limit may live in a proxy).",
      why_bad:
        "Nothing stops a script from trying every PIN or a password list against one account: a 4-digit PIN falls in 10,000 requests, a common password in far fewer (CWE-307, improper restriction of excessive authentication attempts).",
      example_bad:
        "from flask import Flask, request, session\napp = Flask(__name__)\n@app.post('/unlock')\ndef unlock():\n    if request.form['pin'] == PINS[request.form['user']]:\n        session['ok'] = True\n        return 'ok'\n    return 'no', 401",
      example_good:
        "from flask import Flask, request, session\nfrom flask_limiter import Limiter\napp = Flask(__name__)\nlimiter = Limiter(app)\n@app.post('/unlock')\n@limiter.limit('5 per minute')\ndef unlock():\n    if request.form['pin'] == PINS[request.form['user']]:\n        session['ok'] = True\n        return 'ok'\n    return 'no', 401",
    },
    fix_hint:
      "Count failures per account and per client, lock or delay after a few (flask-limiter, django-axes), and use a CAPTCHA or backoff on repeated failures.",
  },
  trigger: /log_?in|sign_?in|auth|unlock|pin|otp|2fa|mfa|code/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    // A module that limits routes one by one (`@limiter.limit(...)`, no default_limits for every route): a
    // secret-checking route without its own limit is left open beside the ones that have it.
    const perRoute =
      sourceHas(ctx.tree, PER_ROUTE_LIMIT) && !sourceHas(ctx.tree, /default_limits|application_limits/);
    if (throttled(ctx.tree) && !perRoute) return;
    const h = handlerOf(ctx, node);
    if (!h || !(LOGIN_ROUTE.test(h.path) || LOGIN_ROUTE.test(h.name))) return;
    const body = ctx.text(field(node, "body") ?? node);
    if (perRoute && (/@[\w.]*\.(limit|exempt)\b/.test(h.decorators) || THROTTLE.test(body))) return;
    if (!VERIFIES.test(body) || !SECRET_FIELD.test(body)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path || h.name} checks a password or code with no limit on failed attempts`,
    });
  },
  cases: {
    valid: [
      // every password-checking route carries its own limit
      "from flask import Flask, request\nfrom flask_limiter import Limiter\napp = Flask(__name__)\nlimiter = Limiter(app)\n@app.post('/login')\n@limiter.limit('5 per minute')\ndef login():\n    return check_password(request.form['password'])\n@app.post('/s/<t>/unlock')\n@limiter.limit('5 per minute')\ndef unlock(t):\n    return check_password_hash(H[t], request.form['password'])",
      "from flask import Flask, request, session\nfrom flask_limiter import Limiter\napp = Flask(__name__)\nlimiter = Limiter(app)\n@app.post('/unlock')\n@limiter.limit('5 per minute')\ndef unlock():\n    if request.form['pin'] == PINS[request.form['user']]:\n        session['ok'] = True\n        return 'ok'\n    return 'no', 401",
      "import hmac\nfrom flask import Flask, request\napp = Flask(__name__)\nFAILS = {}\n@app.post('/login')\ndef login():\n    u = request.form['user']\n    if FAILS.get(u, 0) >= 5:\n        return 'locked', 429\n    if hmac.compare_digest(PW.get(u, ''), request.form['password']):\n        return 'ok'\n    FAILS[u] = FAILS.get(u, 0) + 1\n    return 'no', 401",
      // failures recorded and tested before the password check
      "from django.contrib.auth import authenticate, login\ndef api_login(request):\n    recent = LoginAttempt.objects.filter(username=request.POST['username']).count()\n    if recent >= MAX_FAILURES:\n        return HttpResponse('later', status=429)\n    user = authenticate(request, username=request.POST['username'], password=request.POST['password'])\n    if user is None:\n        LoginAttempt.objects.create(username=request.POST['username'])\n        return HttpResponse('no', status=401)\n    login(request, user)",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.get('/login')\ndef login_page():\n    return render_template('login.html')",
    ],
    invalid: [
      // the login route is limited; the reset-code check beside it is not
      {
        code: "from flask import Flask, request\nfrom flask_limiter import Limiter\napp = Flask(__name__)\nlimiter = Limiter(app)\n@app.post('/login')\n@limiter.limit('5 per minute')\ndef login():\n    return check_password(request.form['password'])\n@app.post('/password/reset/verify')\ndef verify_reset_code():\n    return check_reset_code(request.form['email'], request.form['code'])",
        line: 10,
      },
      // a pydantic body's code compared, nothing counted
      "import hmac\nfrom fastapi import APIRouter\nrouter = APIRouter()\n@router.post('/login/otp')\nasync def verify_otp(body: OtpIn):\n    if not hmac.compare_digest(body.code, PENDING.otp_code):\n        raise HTTPException(401)\n    return {}",
      // failures recorded but never tested
      "from django.contrib.auth import authenticate, login\ndef api_login(request):\n    user = authenticate(request, username=request.POST['username'], password=request.POST['password'])\n    if user is None:\n        LoginAttempt.objects.create(username=request.POST['username'])\n        return HttpResponse('no', status=401)\n    login(request, user)",
      // the failure count lives in the client's cookie
      "from flask import Flask, request, make_response\napp = Flask(__name__)\n@app.post('/login')\ndef login():\n    failures = int(request.cookies.get('failures', '0'))\n    if failures >= 5:\n        return 'locked out', 429\n    if authenticate(request.form['username'], request.form['password']) is None:\n        r = make_response('no', 401)\n        r.set_cookie('failures', str(failures + 1))\n        return r\n    return 'ok'",
      // the login route is limited; the share unlock checking a password beside it is not
      {
        code: "from flask import Flask, request\nfrom flask_limiter import Limiter\napp = Flask(__name__)\nlimiter = Limiter(app)\n@app.post('/login')\n@limiter.limit('5 per minute')\ndef login():\n    return check_password(request.form['password'])\n@app.post('/s/<t>/unlock')\ndef unlock(t):\n    return check_password_hash(H[t], request.form['password'])",
        line: 10,
      },
      // a mismatch tested with != and refused
      "from flask import Flask, request, session, abort\napp = Flask(__name__)\n@app.post('/card/unlock')\ndef unlock():\n    card = load(session['card'])\n    if request.form['pin'] != card.pin:\n        abort(401)\n    return 'ok'",
      {
        code: "import hmac\nfrom flask import Flask, request, session\napp = Flask(__name__)\nPINS = {}\n@app.post('/unlock')\ndef unlock():\n    user = request.form['user']\n    if hmac.compare_digest(PINS.get(user, ''), request.form['pin']):\n        session['unlocked'] = user\n        return 'ok'\n    return 'wrong pin', 401",
        line: 6,
      },
      "from django.contrib.auth import authenticate, login\ndef login_view(request):\n    user = authenticate(request, username=request.POST['username'], password=request.POST['password'])\n    if user is None:\n        return HttpResponse('no', status=401)\n    login(request, user)\n    return HttpResponse('ok')",
    ],
  },
});
