import type { SyntaxNode } from "../../parse/index.js";
import { field, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Session, remember-me and (Django) password-reset link lifetimes, as Flask, Flask-Login and Django name them. */
const LIFETIME =
  /^([\w.]+\.)?(permanent_session_lifetime|config\[['"](PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION)['"]\]|PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION|SESSION_COOKIE_AGE|PASSWORD_RESET_TIMEOUT)$/;
const MAX_DAYS = 30;
/** A presigned link is meant for one download or upload: a day covers any real hand-off. */
const PRESIGNED_MAX_DAYS = 1;
/** Token lifetimes: flask-jwt-extended's settings (False: never expires) and djangorestframework-simplejwt's keys. */
const TOKEN_SETTING =
  /^(JWT_ACCESS_TOKEN_EXPIRES|JWT_REFRESH_TOKEN_EXPIRES|ACCESS_TOKEN_LIFETIME|SLIDING_TOKEN_LIFETIME)$/;

/** Why a lifetime setting's value keeps the session or token alive too long, if it does. */
function tooLong(ctx: PythonContext, name: string, v: SyntaxNode | undefined): string | undefined {
  if (/^JWT_/.test(name) && v?.type === "false") return `${name} = False: tokens never expire`;
  const days = lifetimeDays(ctx, v);
  return days !== undefined && days > MAX_DAYS ? `${name}: ${Math.round(days)} days` : undefined;
}

/** The name a setting is written under: NAME = v, x.config['NAME'] = v, config.update(NAME=v) or {'NAME': v}. */
function settingName(ctx: PythonContext, node: SyntaxNode): string {
  if (node.type === "keyword_argument") {
    const call = node.parent?.parent;
    return call?.type === "call" && /config\.(update|from_mapping)$/.test(ctx.callee(call))
      ? ctx.text(field(node, "name") ?? node)
      : "";
  }
  if (node.type === "pair") return ctx.stringValue(field(node, "key")) ?? "";
  const left = field(node, "left");
  if (left?.type === "subscript") return ctx.stringValue(field(left, "subscript")) ?? "";
  return left?.type === "identifier" ? ctx.text(left) : "";
}

/** A lifetime in days: timedelta(days=.., weeks=.., hours=..) or a number of seconds. */
function lifetimeDays(ctx: PythonContext, v: SyntaxNode | undefined): number | undefined {
  if (!v) return undefined;
  if (v.type === "call" && /(^|\.)timedelta$/.test(ctx.callee(v))) {
    const num = (k: string) => {
      const a = ctx.kwarg(v, k);
      const n = a ? ctx.constValue(a) : undefined;
      return typeof n === "number" ? n : 0;
    };
    const first = ctx.args(v)[0];
    const pos = first && first.type !== "keyword_argument" ? ctx.constValue(first) : undefined;
    return (typeof pos === "number" ? pos : 0) + num("days") + 7 * num("weeks") + num("hours") / 24;
  }
  const n = ctx.constValue(v);
  return typeof n === "number" ? n / 86400 : undefined;
}

/** The claims dict passed to jwt.encode, when it is a literal the code builds in place (or one assignment away). */
function claimsLiteral(ctx: PythonContext, payload: SyntaxNode | undefined): SyntaxNode | undefined {
  const d = ctx.resolve(payload);
  return d?.type === "dictionary" ? d : undefined;
}

/**
 * The receiver is an itsdangerous timed serializer or signer: built here (`URLSafeTimedSerializer(key)`), held
 * in a name bound to one, or returned by a local helper (`_serializer().loads(t)`).
 */
function timedSigner(ctx: PythonContext, recv: SyntaxNode | undefined): boolean {
  let v = recv?.type === "identifier" || recv?.type === "attribute" ? ctx.heldValue(recv) : recv;
  if (v?.type === "call" && !/TimedSerializer|TimestampSigner/.test(ctx.callee(v))) {
    const fn = ctx.localCallee(v);
    const rets = fn ? ctx.returnValues(fn) : [];
    v = rets.length === 1 ? rets[0] : v;
  }
  return (
    v?.type === "call" &&
    /(^|\.)(URLSafe)?Timed(JSONWebSignature)?Serializer$|(^|\.)TimestampSigner$/.test(ctx.callee(v))
  );
}

export default pyRule({
  meta: {
    id: "PY-EXPIRY-001",
    title: "Session or token that never expires",
    cwe: ["CWE-613"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags jwt.encode() of a claims dict with no 'exp' claim (when the function never sets one), jwt.decode() told not to check 'exp' (options={'verify_exp': False}), Flask/Django session, remember-me or password-reset link lifetimes longer than 30 days, and itsdangerous loads/unsign with max_age=None.",
      why_bad:
        "A token or session that lives forever (or for a year) stays usable after the user logs out, changes the password or loses the device: anyone who copies it once keeps the account.",
      example_bad:
        "import jwt\ndef token(uid, key):\n    return jwt.encode({'sub': str(uid)}, key, algorithm='HS256')",
      example_good:
        "import datetime, jwt\ndef token(uid, key):\n    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=15)\n    return jwt.encode({'sub': str(uid), 'exp': exp}, key, algorithm='HS256')",
    },
    fix_hint:
      "Give access tokens an 'exp' claim of minutes to hours (refresh them), and keep session lifetimes to hours or days.",
  },
  trigger:
    /jwt\.encode\(|verify_exp|permanent_session_lifetime|PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION|SESSION_COOKIE_AGE|PASSWORD_RESET_TIMEOUT|_TOKEN_EXPIRES|TOKEN_LIFETIME|expires_delta|max_age\s*=\s*None|TimedSerializer|TimestampSigner|\.h?m?set\(\s*f?["'](session|sess|sid|user_session)[:_]|generate_presigned_(url|post)/,
  nodeTypes: ["call", "assignment", "keyword_argument", "pair"],
  detect(node, ctx, report) {
    if (node.type !== "call") {
      const name = settingName(ctx, node);
      if (TOKEN_SETTING.test(name) || (node.type !== "assignment" && LIFETIME.test(name))) {
        const why = tooLong(ctx, name, field(node, node.type === "assignment" ? "right" : "value"));
        if (why) report({ node, message: why });
        return;
      }
      if (node.type !== "assignment") return;
      // Only the lifetime settings themselves: another number in the same settings file (an upload size in
      // bytes, a cache size) is no session's lifetime.
      if (!LIFETIME.test(ctx.text(field(node, "left") ?? node).replace(/\s+/g, ""))) return;
      const days = lifetimeDays(ctx, field(node, "right"));
      if (days !== undefined && days > MAX_DAYS)
        report({ node, message: `sessions last ${Math.round(days)} days` });
      return;
    }
    const callee = ctx.callee(node);
    // An S3 presigned URL is a bearer credential for the object: anyone holding it (a log, a forwarded mail, a
    // browser history) uses it until ExpiresIn runs out, and no logout or revocation ends it.
    if (/^generate_presigned_(url|post)$/.test(ctx.method(node))) {
      const days = lifetimeDays(ctx, ctx.kwarg(node, "ExpiresIn"));
      if (days !== undefined && days > PRESIGNED_MAX_DAYS)
        report({ node, message: `presigned URL valid for ${Math.round(days * 10) / 10} days` });
      return;
    }
    // flask-jwt-extended: create_access_token(identity, expires_delta=False) mints a token with no expiry.
    if (/(^|\.)create_(access|refresh)_token$/.test(callee)) {
      if (ctx.kwarg(node, "expires_delta")?.type === "false")
        report({ node, message: "token minted with expires_delta=False: it never expires" });
      return;
    }
    // itsdangerous: a timed serializer's loads(..., max_age=None) / a TimestampSigner's unsign(..., max_age=None)
    // accepts a signed token however old it is.
    if (
      /^(loads|unsign|loads_unsafe)$/.test(ctx.method(node)) &&
      ctx.kwarg(node, "max_age")?.type === "none" &&
      sourceHas(ctx.tree, /\bitsdangerous\b/)
    ) {
      report({ node, message: "signed token read with max_age=None: it never expires" });
      return;
    }
    // redis: `r.set(f"session:{sid}", data)` with no ex/px and no expire() anywhere: the session lives forever.
    if (
      /^(set|hset|hmset)$/.test(ctx.method(node)) &&
      sourceHas(ctx.tree, /^\s*(import|from)\s+(redis|aioredis)\b/m) &&
      /^(session|sess|sid|user_session)[:_]/i.test(ctx.literalPrefix(ctx.args(node)[0])) &&
      !["ex", "px", "exat", "pxat", "keepttl"].some((k) => ctx.kwarg(node, k)) &&
      !sourceHas(ctx.tree, /\.(expire|pexpire|expireat|setex|psetex)\(|\bex\s*=/)
    ) {
      report({ node, message: "session stored in redis with no time-to-live: it never expires" });
      return;
    }
    // ... and a timed serializer's loads(token) with no max_age at all: the timestamp it signs is never checked.
    if (
      /^(loads|unsign)$/.test(ctx.method(node)) &&
      !ctx.kwarg(node, "max_age") &&
      ctx.args(node).filter((a) => a.type !== "keyword_argument").length < 2 &&
      timedSigner(ctx, field(field(node, "function") ?? node, "object"))
    ) {
      report({ node, message: "timed signed token read with no max_age: it never expires" });
      return;
    }
    if (/^(jwt|jose\.jwt|jwt\.api_jwt)\.decode$/.test(callee)) {
      // options={'verify_exp': False} (in the call or one assignment away): an expired token is still accepted.
      const opts = ctx.resolve(ctx.kwarg(node, "options"));
      if (
        opts?.type === "dictionary" &&
        /['"]verify_exp['"]:False\b/.test(ctx.text(opts).replace(/\s+/g, ""))
      )
        report({ node, message: "token expiry is not checked: an expired token is still accepted" });
      return;
    }
    if (!/(^|\.)jwt\.encode$|^jwt\.api_jwt\.encode$/.test(callee)) return;
    const payload = ctx.arg(node, 0, "payload");
    const claims = claimsLiteral(ctx, payload);
    if (!claims) return;
    if (claims.children.some((c) => c.type === "dictionary_splat")) return;
    const pairs = claims.children.filter((c) => c.type === "pair");
    const exp = pairs.find((p) => ctx.stringValue(field(p, "key")) === "exp");
    if (exp) {
      // 'exp': now + timedelta(days=36500): an expiry in name only.
      // (or a name the function binds to it: `exp = now + timedelta(days=3650)`)
      const sum = ctx.resolve(field(exp, "value")) ?? field(exp, "value");
      const days =
        sum?.type === "binary_operator" && ctx.text(sum).includes("+")
          ? lifetimeDays(ctx, field(sum, "right"))
          : undefined;
      if (days !== undefined && days > MAX_DAYS)
        report({ node, message: `token 'exp' is ${Math.round(days)} days away` });
      return;
    }
    // payload["exp"] = ..., payload.update(exp=...) or a claims helper elsewhere in the function; a literal
    // written in the call itself is never changed afterwards.
    const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
    if (
      payload?.type !== "dictionary" &&
      /['"]exp['"]|\bexp\s*=|expires?_(in|at|delta)/.test(ctx.text(scope))
    )
      return;
    report({ node, message: "token claims carry no 'exp': it is valid forever" });
  },
  cases: {
    valid: [
      "import boto3\ns3 = boto3.client('s3')\ndef link(key):\n    return s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': key}, ExpiresIn=900)",
      "PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3",
      "SESSION_COOKIE_AGE = 60 * 60 * 8\nDATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024",
      "from itsdangerous import URLSafeTimedSerializer\ns = URLSafeTimedSerializer(k)\ndef f(t):\n    return s.loads(t, max_age=3600)",
      "from itsdangerous import URLSafeSerializer\ns = URLSafeSerializer(k)\ndef f(t):\n    return s.loads(t)",
      "import redis\nr = redis.Redis()\ndef save(sid, data):\n    r.set(f'session:{sid}', data, ex=1800)",
      "import redis\nr = redis.Redis()\ndef save(key, data):\n    r.set(f'cache:{key}', data)",
      "from itsdangerous import URLSafeTimedSerializer\ndef _s():\n    return URLSafeTimedSerializer(KEY, salt='reset')\ndef verify(t):\n    return _s().loads(t, 3600)['uid']",
      "import jwt, time\ndef t(uid, key):\n    return jwt.encode({'sub': uid, 'exp': int(time.time()) + 900}, key, algorithm='HS256')",
      "import jwt\ndef t(uid, key):\n    claims = {'sub': uid}\n    claims['exp'] = soon()\n    return jwt.encode(claims, key, algorithm='HS256')",
      "from datetime import timedelta\napp.permanent_session_lifetime = timedelta(hours=12)",
      "SESSION_COOKIE_AGE = 60 * 60 * 24 * 14",
      "import jwt\nc = jwt.decode(t, k, algorithms=['HS256'], options={'verify_exp': True})",
      "app.config['JWT_ACCESS_TOKEN_EXPIRES'] = timedelta(minutes=15)",
      "SIMPLE_JWT = {'ACCESS_TOKEN_LIFETIME': timedelta(minutes=5), 'REFRESH_TOKEN_LIFETIME': timedelta(days=90)}",
      "from flask_jwt_extended import create_access_token\nt = create_access_token(identity=u, expires_delta=timedelta(minutes=5))",
      "import jwt\ndef t(uid, key, now):\n    return jwt.encode({'sub': uid, 'exp': now + timedelta(minutes=15)}, key, algorithm='HS256')",
      "app.config.update(PERMANENT_SESSION_LIFETIME=timedelta(hours=2))",
    ],
    invalid: [
      {
        code: "import boto3\ns3 = boto3.client('s3')\ndef link(key):\n    return s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': key}, ExpiresIn=7 * 24 * 3600)",
        line: 4,
      },
      "import redis\nr = redis.Redis()\ndef save(sid, data):\n    r.set(f'session:{sid}', data)",
      "PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 90",
      {
        code: "from datetime import timedelta\napplication.permanent_session_lifetime = timedelta(days=90)",
        line: 2,
      },
      {
        code: "from itsdangerous import URLSafeTimedSerializer\ns = URLSafeTimedSerializer(k)\ndef f(t):\n    return s.loads(t, max_age=None)",
        line: 4,
      },
      {
        code: "from itsdangerous import URLSafeTimedSerializer\ndef _s():\n    return URLSafeTimedSerializer(KEY, salt='reset')\ndef verify(t):\n    return _s().loads(t)['uid']",
        line: 5,
      },
      {
        code: "import datetime, jwt\ndef t(uid, key):\n    exp = datetime.datetime.now() + datetime.timedelta(days=3650)\n    return jwt.encode({'sub': uid, 'exp': exp}, key, algorithm='HS256')",
        line: 4,
      },
      {
        code: "import jwt\ndef t(uid, key):\n    return jwt.encode({'sub': str(uid), 'scope': 'api'}, key, algorithm='HS256')",
        line: 3,
      },
      {
        code: "from datetime import timedelta\napp.permanent_session_lifetime = timedelta(days=365)",
        line: 2,
      },
      "SESSION_COOKIE_AGE = 31536000",
      "app.config['JWT_ACCESS_TOKEN_EXPIRES'] = False",
      "app.config.update(JWT_REFRESH_TOKEN_EXPIRES=False)",
      "app.config.update(PERMANENT_SESSION_LIFETIME=timedelta(days=400))",
      { code: "SIMPLE_JWT = {\n    'ACCESS_TOKEN_LIFETIME': timedelta(days=3650),\n}", line: 2 },
      {
        code: "from flask_jwt_extended import create_access_token\nt = create_access_token(identity=u, expires_delta=False)",
        line: 2,
      },
      {
        code: "import jwt\ndef t(uid, key, now):\n    return jwt.encode({'sub': uid, 'exp': now + timedelta(days=36500)}, key, algorithm='HS256')",
        line: 3,
      },
      {
        code: "import jwt\ndef t(uid, key):\n    a = jwt.encode({'sub': uid}, key, algorithm='HS256')\n    claims = {'sub': uid, 'exp': soon()}\n    return a, jwt.encode(claims, key)",
        line: 3,
      },
      {
        code: "import jwt\nopts = {'verify_exp': False}\nc = jwt.decode(t, k, algorithms=['HS256'], options=opts)",
        line: 3,
      },
    ],
  },
});
