import { descendants, field } from "../../parse/nodes.js";
import { functionName, pyRule } from "./common.js";
import { SETS_PASSWORD } from "./PY-PWCHANGE-001.js";
import { handlerOf } from "./web.js";

/** A forgotten-password flow: the route or view that sets a new password for someone not logged in. */
const RESET_ROUTE = /reset|forgot|recover/i;
/** What proves the caller owns the account: a mailed token or code, a signed link, a verification call. */
const PROOF =
  /token|\bcode\b|otp|nonce|signature|signed|loads\(|unsign|verify|compare_digest|check_|confirm|\bkey\b|\buid64\b|uidb64/i;
/** The account is picked by what the request names: an e-mail, a user name, an id. */
const ACCOUNT_FROM_REQUEST =
  /request\.(form|json|args|values|POST|GET|data|get_json\(\))[^\n]*\b(email|e_mail|mail|user(name)?|login|account|uid|user_id)\b|\b(email|username|user_id)\s*:\s*str\b|\b(req|body|payload|data)\.(email|username|user_id|uid|account_id)\b/i;
/** A helper that stores the new password (`await set_password(uid, pw)`), besides SETS_PASSWORD's forms. */
const SETS_PASSWORD_CALL = /\b(set|update|change|save)_(user_)?password\(/;
/** The reset record looked up by the token the request carries: `filter_by(token=token)`, `.where(T.token == t)`. */
const TOKEN_LOOKUP =
  /\b(filter_by|filter|get|get_or_404|first_or_404|where|get_object_or_404|find_one)\([^)\n]*\btoken\b/;
/** The lookup's age is tested: an expiry column, a max age, a creation time against the clock. */
const EXPIRY_CHECK = /expir|valid_until|max_age|\bttl\b|timedelta|created|issued|is_valid|is_expired/i;
/** The token is spent when used: deleted, marked used, revoked. */
const SPENT = /\bdelete\(|\.delete\(|\bused\w*\s*=|consum|invalidat|revoke|\.pop\(|redeem/i;
/**
 * A token that is only tested for presence (`if not req.token: raise ...`): the lines that test it and refuse,
 * which prove nothing about the account.
 */
const PRESENCE_ONLY =
  /^\s*if\s+(not\s+)?[\w.]*token\w*(\s+is\s+None)?\s*:\s*$|^\s*raise\b.*$|^.*HTTPException\(.*$/gm;
/** The function makes a reset or confirmation token or link. */
const MAKES_TOKEN =
  /^(make|generate|create|build|new|issue)_\w*(reset|recover|confirm|activ|verif)\w*|^(reset|recover|confirm|activation|verif)\w*_(token|code|key|link)$/i;
/** A logged-in user changing their own password is PY-PWCHANGE-001's case. */
const LOGGED_IN =
  /\bsession\[|\bsession\.get\(|current_user|request\.user\b|login_required|Depends\(get_current/;

/** Where a reset or confirmation link's token lives. */
const RESET_TOKEN =
  /^(reset|recovery|recover|confirm\w*|activation|verify|verification)_?(token|code|key|hash)$|^token$/i;
/** The only input is who the user is: an e-mail, a name or an id, which others know or can guess. */
const IDENTITY = /^(email|e_mail|mail|username|user_?name|login|uid|user_?id|id|pk)$/i;

/**
 * `token = hashlib.md5(user.email.encode()).hexdigest()` in a function that makes a reset link: a hash of what
 * identifies the account, with no key, salt, random draw or clock in it. Anyone can compute the link.
 */
function identityHash(
  ctx: Parameters<typeof functionName>[0],
  value: Parameters<typeof functionName>[1],
): boolean {
  const calls = [value, ...descendants(value)].filter((d) => d.type === "call");
  // A keyless hash, or an encoding (base64, hex) that anyone reverses and recomputes.
  if (
    !calls.some((c) =>
      /^(hashlib\.(md5|sha1|sha224|sha256|sha384|sha512|blake2[bs]|new)|base64\.(urlsafe_|standard_)?b(64|32|16|85)encode|binascii\.(b2a_hex|hexlify|b2a_base64))$/.test(
        ctx.callee(c),
      ),
    )
  )
    return false;
  const names = [value, ...descendants(value)]
    .filter((d) => d.type === "identifier" || d.type === "attribute")
    .map((d) => (d.type === "attribute" ? ctx.text(field(d, "attribute") ?? d) : ctx.text(d)));
  if (!names.some((n) => IDENTITY.test(n))) return false;
  // A secret, a random draw or a timestamp in the input makes it unguessable (or at least not this weakness).
  return !/secret|key|salt|pepper|urandom|token_|random|uuid4|time|now|hmac|SECRET/i.test(
    calls.map((c) => ctx.callee(c)).join(" ") + " " + names.join(" "),
  );
}

export default pyRule({
  meta: {
    id: "PY-RESETFLOW-001",
    title: "Password reset that sets the new password without proof of owning the account",
    cwe: ["CWE-640", "CWE-620"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags reset / forgot / recover password routes and views that store a new password for the account the request names (an e-mail or user name) without reading or checking a token, code or signed link, and without a logged-in user; and reset or confirmation tokens computed as a hash of the account's e-mail, name or id alone.",
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
  nodeTypes: ["function_definition", "assignment"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      const left = field(node, "left");
      const right = field(node, "right");
      if (left?.type !== "identifier" || !right || !RESET_TOKEN.test(ctx.text(left))) return;
      // (a bare `token` only in a function that makes or checks a reset / recovery link)
      if (
        !/^(reset|recover|confirm|activ|verif)/i.test(ctx.text(left)) &&
        !/reset|recover/i.test(functionName(ctx, node))
      )
        return;
      if (identityHash(ctx, right))
        report({
          node,
          message: `${ctx.text(left)} is a hash of the account's identity alone: anyone can compute the reset link`,
        });
      return;
    }
    // `def make_reset_token(email): return base64.urlsafe_b64encode(email.encode()).decode()`
    const fname = ctx.text(field(node, "name") ?? node);
    if (MAKES_TOKEN.test(fname)) {
      const ret = ctx.returnValues(node).find((r) => identityHash(ctx, r));
      if (ret)
        report({
          node: ret,
          message: `${fname} returns an encoding of the account's identity alone: anyone can compute the reset link`,
        });
      return;
    }
    const h = handlerOf(ctx, node);
    if (!h || !(RESET_ROUTE.test(h.path) || RESET_ROUTE.test(h.name))) return;
    const params = ctx.paramNames(node).join(" ");
    const body = ctx.text(field(node, "body") ?? node);
    const setsPassword = SETS_PASSWORD.test(body) || SETS_PASSWORD_CALL.test(body);
    // The reset record found by its token: it must expire, and it must be spent once the password is set.
    if (setsPassword && TOKEN_LOOKUP.test(body)) {
      const fault = !EXPIRY_CHECK.test(body)
        ? "never expires"
        : !SPENT.test(body)
          ? "stays valid after use"
          : "";
      if (fault)
        report({
          node: field(node, "name") ?? node,
          message: `${h.path || h.name} accepts a reset token that ${fault}`,
        });
      return;
    }
    if (
      !setsPassword ||
      !ACCOUNT_FROM_REQUEST.test(`${body}\n${ctx.text(field(node, "parameters") ?? node)}`)
    )
      return;
    // (secrets.token_urlsafe() making the new password is a random draw, not a token the caller proves)
    const proofText = `${h.path} ${params} ${body.replace(PRESENCE_ONLY, "")}`.replace(
      /\b(secrets\.)?token_(urlsafe|hex|bytes)\(/g,
      "draw(",
    );
    if (PROOF.test(proofText) || LOGGED_IN.test(`${h.decorators}\n${body}`)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path || h.name} sets a new password for the account the request names, with no token or code`,
    });
  },
  cases: {
    valid: [
      // aged and spent
      "from flask import Flask, request, abort\napp = Flask(__name__)\n@app.post('/reset/<token>')\ndef reset_password(token):\n    r = ResetToken.query.filter_by(token=token).first()\n    if r is None or r.expires_at < now():\n        abort(404)\n    r.user.set_password(request.form['password'])\n    db.session.delete(r)\n    db.session.commit()\n    return 'ok'",
      "import secrets\ndef make_reset_token():\n    return secrets.token_urlsafe(32)",
      "import hashlib, secrets\ndef make_reset_link(user):\n    token = secrets.token_urlsafe(32)\n    digest = hashlib.sha256(token.encode()).hexdigest()\n    save(user.id, digest)\n    return f'https://x.org/reset?token={token}'",
      "import hashlib, hmac\ndef make_reset_link(user, key):\n    token = hmac.new(key, user.email.encode(), hashlib.sha256).hexdigest()\n    return token",
      "from flask import Flask, request, abort\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/reset-password', methods=['POST'])\ndef reset_password():\n    email = user_for_token(request.form['token'])\n    if email is None:\n        abort(403)\n    USERS[email]['hash'] = generate_password_hash(request.form['new_password'])\n    return 'ok'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/reset/<uidb64>/<tok>', methods=['POST'])\ndef reset(uidb64, tok):\n    u = check_link(uidb64, tok)\n    u.set_password(request.form['password'])\n    return 'ok'",
      "from flask import Flask, request, session\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/password/reset', methods=['POST'])\ndef reset_password():\n    u = load_user(session['uid'])\n    u.password_hash = generate_password_hash(request.form['password'])\n    return 'ok'",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/forgot', methods=['POST'])\ndef forgot():\n    send_reset_mail(request.form['email'])\n    return 'sent'",
    ],
    invalid: [
      // the reset token is the base64 of the e-mail
      {
        code: "import base64\ndef make_reset_token(email):\n    return base64.urlsafe_b64encode(email.encode()).decode()",
        line: 3,
      },
      // looked up by token, never aged
      {
        code: "from flask import Flask, request, abort\napp = Flask(__name__)\n@app.post('/reset/<token>')\ndef reset_password(token):\n    r = ResetToken.query.filter_by(token=token).first()\n    if r is None:\n        abort(404)\n    r.user.set_password(request.form['password'])\n    db.session.delete(r)\n    db.session.commit()\n    return 'ok'",
        line: 4,
      },
      // aged, but never spent
      "from flask import Flask, request, abort\napp = Flask(__name__)\n@app.post('/reset/<token>')\ndef reset_password(token):\n    r = ResetToken.query.filter_by(token=token).first()\n    if r is None or r.expires_at < now():\n        abort(404)\n    r.user.set_password(request.form['password'])\n    db.session.commit()\n    return 'ok'",
      // the token is only tested for presence
      "from fastapi import FastAPI, HTTPException\napp = FastAPI()\n@app.post('/api/reset-password')\nasync def reset_password(req: ResetIn):\n    if not req.token:\n        raise HTTPException(status_code=400, detail='token required')\n    await set_password(req.user_id, req.new_password)\n    return {}",
      {
        code: "import hashlib\ndef make_reset_link(user):\n    token = hashlib.md5(user.email.encode()).hexdigest()\n    return f'https://x.org/reset?token={token}'",
        line: 3,
      },
      {
        code: "from flask import Flask, request\nfrom werkzeug.security import generate_password_hash\napp = Flask(__name__)\n@app.route('/reset-password', methods=['POST'])\ndef reset_password():\n    email = request.form['email']\n    USERS[email]['hash'] = generate_password_hash(request.form['new_password'])\n    return 'password changed'",
        line: 5,
      },
      "def forgot_password(request):\n    user = User.objects.get(email=request.POST['email'])\n    user.set_password(request.POST['password'])\n    user.save()\n    return HttpResponse('ok')",
      // a security question's answer, then a generated password shown on the page
      {
        code: "import secrets\nfrom flask import Flask, request, abort\napp = Flask(__name__)\n@app.post('/recover')\ndef recover():\n    user = User.query.filter_by(email=request.form['email']).first_or_404()\n    if request.form['maiden_name'] != user.maiden_name:\n        abort(403)\n    pw = secrets.token_urlsafe(8)\n    user.password_hash = hash_password(pw)\n    return pw",
        line: 5,
      },
    ],
  },
});
