import type { Report } from "../../rule.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { functionName, inTestScope, pyRule, targetName, TEST_SCOPE_REASON, valueParts } from "./common.js";

/** Names of values that must be unguessable. */
const SECRET_USE =
  /(token|secret|api_?key|session|sess_?id|sid\b|nonce|otp|password|passwd|salt|reset|csrf|auth|cookie|invite|verification|activation)/i;
const GUESSABLE =
  /^(uuid\.uuid1|time\.(time|time_ns|monotonic|perf_counter)|datetime\.(datetime\.)?(now|utcnow|today)|os\.getpid)$/;

function guessableCall(ctx: PythonContext, n: SyntaxNode): SyntaxNode | undefined {
  return valueParts(ctx, n).find(
    (d) => d.type === "call" && GUESSABLE.test(ctx.callee(d)) && !inTimeField(ctx, d, n) && !duration(ctx, d),
  );
}

/**
 * The clock read is one side of a difference with a value that is no number literal (`expires - utcnow()`,
 * `time.time() - started`): a duration (a cookie's max-age, an elapsed time), which names nothing.
 */
function duration(ctx: PythonContext, call: SyntaxNode): boolean {
  let e: SyntaxNode = call;
  while (e.parent?.type === "parenthesized_expression") e = e.parent;
  const op = e.parent;
  if (op?.type !== "binary_operator" || op.children.find((c) => !c.named)?.type !== "-") return false;
  const other = field(op, "left") === e ? field(op, "right") : field(op, "left");
  return !!other && !/^(integer|float)$/.test(other.type) && typeof ctx.constValue(other) !== "number";
}

/**
 * A clock call written as a record's time field (`{"user_id": uid, "created": time.time()}`,
 * `Session(created_at=datetime.now())`) inside the value: the record keeps when it was made, not a secret.
 */
function inTimeField(ctx: PythonContext, call: SyntaxNode, value: SyntaxNode): boolean {
  for (let a = call.parent; a && a !== value.parent; a = a.parent) {
    if (a.type === "pair") return TIME_FIELD.test(ctx.stringValue(field(a, "key")) ?? "");
    if (a.type === "keyword_argument") return TIME_FIELD.test(ctx.text(field(a, "name") ?? a));
    if (a.type === "dictionary") return false;
  }
  return false;
}

/**
 * `store[token] = (user_id, int(time.time()) + 3600)`: the clock read is, plus a time to live, one element of a
 * tuple or list record of several values - a deadline kept beside whatever the record is stored under.
 */
function deadlineElement(ctx: PythonContext, call: SyntaxNode, value: SyntaxNode): boolean {
  const v = ctx.resolve(value) ?? value;
  if ((v.type !== "tuple" && v.type !== "list") || namedChildren(v).length < 2) return false;
  const el = namedChildren(v).find((e) => e.start <= call.start && e.end >= call.end);
  return el?.type === "binary_operator" && el.children.find((c) => !c.named)?.type === "+";
}

/**
 * A strong draw sized for a secret (`secrets.token_hex(32)`, `os.urandom(16)`, an uncut `uuid4()`) in the value
 * apart from `besides`: a short draw next to it (`ApiKey(prefix=token_hex(4), secret=token_hex(32))`) is a
 * lookup tag beside the secret, not the secret.
 */
export function strongDrawBeside(ctx: PythonContext, value: SyntaxNode, besides: SyntaxNode): boolean {
  return descendants(value).some((d) => {
    if (d.type !== "call" || (d.start <= besides.start && d.end >= besides.end)) return false;
    if (besides.start <= d.start && besides.end >= d.end) return false;
    const q = ctx.callee(d);
    if (/^uuid\.uuid4$/.test(q))
      return !/^\s*\.hex\s*\[|^\s*\[/.test(ctx.tree.source.slice(d.end, d.end + 8));
    if (!/^(secrets\.token_(hex|bytes|urlsafe)|os\.urandom)$/.test(q)) return false;
    const arg = ctx.args(d)[0];
    if (!arg) return q !== "os.urandom";
    const n = ctx.constValue(arg);
    return typeof n === "number" && n >= 8;
  });
}

/** Only hash and formatting wrappers between the guessable value and the secret: no real randomness mixed in. */
function noEntropy(ctx: PythonContext, n: SyntaxNode): boolean {
  return !valueParts(ctx, n).some(
    (d) =>
      d.type === "call" &&
      (/^(secrets\.|os\.urandom|random\.SystemRandom|uuid\.uuid4|Crypto\.Random)/.test(ctx.callee(d)) ||
        signedWithKey(ctx, d)),
  );
}

/**
 * A token signed or MACed with a key the code was given (`jwt.encode(claims, private_pem)`, `hmac.new(key, ts)`):
 * the key is the entropy; the time in its payload is a claim anyone may read.
 */
function signedWithKey(ctx: PythonContext, call: SyntaxNode): boolean {
  const q = ctx.callee(call);
  const key = /^hmac\.(new|HMAC|digest)$/.test(q)
    ? ctx.args(call)[0]
    : /(^|\.)(jwt\.encode|jws\.sign)$/.test(q)
      ? (ctx.args(call)[1] ?? ctx.kwarg(call, "key"))
      : undefined;
  return !!key && ctx.constValue(key) === undefined;
}

/** Names of a record's time fields: `issued_at = int(time.time())` put under 'iat' in a claims dict. */
const TIME_FIELD =
  /^(iat|exp|nbf|now|issued_at|issued|expires?(_at)?|timestamp|ts|created(_at)?|auth_time)$/i;

/**
 * A module counter the function bumps (`global n; n += 1`) or steps (`next(itertools.count())`) and builds the value
 * from: sequential, so guessable.
 */
function counter(ctx: PythonContext, at: SyntaxNode, value: SyntaxNode): SyntaxNode | undefined {
  const fn = ctx.enclosingFunction(at);
  if (!fn) return undefined;
  const inner = descendants(fn);
  const globals = new Set(
    inner.filter((d) => d.type === "global_statement").flatMap((g) => descendants(g).map((i) => ctx.text(i))),
  );
  const bumped = new Set(
    inner
      .filter((d) => d.type === "augmented_assignment" && globals.has(ctx.text(field(d, "left") ?? d)))
      .map((d) => ctx.text(field(d, "left")!)),
  );
  const own = [value, ...descendants(value)];
  const global = own.find((d) => d.type === "identifier" && bumped.has(ctx.text(d)));
  if (global) return global;
  // `next(_ids)` over `_ids = itertools.count(1000)`: each value is the previous one plus a step (CWE-343).
  for (const d of own) {
    if (d.type !== "call" || ctx.callee(d) !== "next") continue;
    const it = ctx.args(d)[0];
    const made = it?.type === "identifier" ? ctx.resolve(it) : undefined;
    if (made?.type === "call" && /^itertools\.count$/.test(ctx.callee(made))) return it;
  }
  return undefined;
}

/** Names of single-use secrets handed to a user: a step from the last one issued is the next one (CWE-343). */
const ISSUED_SECRET =
  /(token|secret|otp|pin\b|nonce|invite|reset|password|api_?key|verification|activation)/i;

/**
 * `value = last.value + 1`, `row["code"] + 7`: the value is a stored previous value (an attribute or item read)
 * plus a literal step, with no call in between: whoever holds one value computes the next.
 */
function previousPlusStep(ctx: PythonContext, value: SyntaxNode): SyntaxNode | undefined {
  return valueParts(ctx, value).find((d) => {
    if (d.type !== "binary_operator" || d.children.find((c) => !c.named)?.type !== "+") return false;
    const [a, b] = [field(d, "left"), field(d, "right")];
    const step = a?.type === "integer" ? b : b?.type === "integer" ? a : undefined;
    return step?.type === "attribute" || step?.type === "subscript";
  });
}

/**
 * A random string sliced to its first n characters (`uuid.uuid4().hex[:8]`, `str(uuid4())[:6]`,
 * `secrets.token_urlsafe(32)[:10]`): the outcomes left, 16 (hex) or 64 (urlsafe) per character kept.
 */
function truncated(ctx: PythonContext, sub: SyntaxNode): { values: number } | undefined {
  const slice = field(sub, "subscript");
  const base = field(sub, "value");
  if (slice?.type !== "slice" || !base) return undefined;
  // [:n] or [0:n], no step (the tree keeps no ':' tokens: read the slice's text).
  const m = /^\s*0?\s*:\s*(\d+)\s*$/.exec(ctx.text(slice));
  const n = m ? Number(m[1]) : 0;
  if (n <= 0) return undefined;
  const text = ctx.text(ctx.resolve(base) ?? base);
  const perChar = /uuid4\(\)|token_hex\(/.test(text) ? 16 : /token_urlsafe\(/.test(text) ? 64 : 0;
  return perChar ? { values: perChar ** n } : undefined;
}

/** Sizes of the string module's alphabets. */
const ALPHABETS: Record<string, number> = {
  "string.ascii_lowercase": 26,
  "string.ascii_uppercase": 26,
  "string.ascii_letters": 52,
  "string.digits": 10,
  "string.hexdigits": 22,
  "string.octdigits": 8,
};

/**
 * `''.join(rng.choice(string.ascii_lowercase) for _ in range(3))`: a strong choice() per character over a known
 * alphabet, a fixed number of times. Its number of outcomes, or undefined.
 */
function choiceOutcomes(ctx: PythonContext, gen: SyntaxNode): number | undefined {
  const body = namedChildren(gen)[0];
  if (body?.type !== "call" || ctx.method(body) !== "choice") return undefined;
  const clause = namedChildren(gen).find((c) => c.type === "for_in_clause");
  const over = clause && field(clause, "right");
  if (over?.type !== "call" || ctx.callee(over) !== "range" || ctx.args(over).length !== 1) return undefined;
  const n = ctx.constValue(ctx.args(over)[0]);
  const alpha = ctx.args(body)[0];
  if (typeof n !== "number" || n <= 0 || !alpha) return undefined;
  let size = 0;
  for (const part of alpha.type === "binary_operator" ? namedChildren(alpha) : [alpha]) {
    const known = ALPHABETS[ctx.qname(part) || ctx.text(part)];
    const lit = ctx.stringValue(part);
    if (known) size += known;
    else if (lit !== undefined) size += new Set(lit).size;
    else return undefined;
  }
  return size ** n;
}

/** Fewer outcomes than the limit: secrets.randbelow(n), SystemRandom().randint(a, b), token_*(n bytes). */
export function smallSpace(
  ctx: PythonContext,
  value: SyntaxNode,
  limit: number,
  tokenLimit = limit,
): { call: SyntaxNode; values: number } | undefined {
  for (const d of [value, ...descendants(value)]) {
    // uuid.uuid4().hex[:8], secrets.token_hex(16)[:6]: a strong value cut down to a few characters.
    if (d.type === "subscript") {
      const cut = truncated(ctx, d);
      if (cut && cut.values < tokenLimit) return { call: d, values: cut.values };
      continue;
    }
    if ((d.type === "generator_expression" || d.type === "list_comprehension") && d !== value) {
      const values = choiceOutcomes(ctx, d);
      const body = namedChildren(d)[0];
      const fn = body && field(body, "function");
      const obj = fn?.type === "attribute" ? field(fn, "object") : undefined;
      // (a weak random.choice is PY-RAND-001's)
      const strong =
        !!body &&
        (/SystemRandom|^secrets\./.test(ctx.callee(body)) ||
          (!!obj && /SystemRandom/.test(ctx.text(ctx.resolve(obj) ?? obj))));
      if (values !== undefined) return strong && values < limit ? { call: d, values } : undefined;
    }
    if (d.type !== "call") continue;
    // One draw per character (`''.join(str(secrets.randbelow(10)) for _ in range(6))`) multiplies the outcomes.
    let repeated = false;
    for (let a = d.parent; a && a !== value.parent; a = a.parent)
      if (
        /^(generator_expression|list_comprehension|set_comprehension|for_statement|while_statement)$/.test(
          a.type,
        ) ||
        // `''.join(map(lambda _: str(secrets.randbelow(10)), range(6)))`: the lambda runs once per item.
        (a.type === "lambda" &&
          a.parent?.type === "argument_list" &&
          a.parent.parent?.type === "call" &&
          ctx.callee(a.parent.parent) === "map")
      )
        repeated = true;
    if (repeated) continue;
    const q = ctx.callee(d);
    const num = (i: number) => {
      const v = ctx.constValue(ctx.args(d)[i]);
      return typeof v === "number" ? v : undefined;
    };
    let values: number | undefined;
    if (/^secrets\.randbelow$/.test(q)) values = num(0);
    else if (/^secrets\.token_(hex|bytes|urlsafe)$/.test(q)) {
      const n = num(0);
      if (n !== undefined && n > 0 && 256 ** n < tokenLimit) return { call: d, values: 256 ** n };
    } else if (
      /SystemRandom\(\)\.randint$|^secrets\.SystemRandom\.randint$/.test(q) ||
      /SystemRandom\(\)\.randint\(/.test(ctx.text(d))
    ) {
      const a = num(0);
      const b = num(1);
      values = a === undefined || b === undefined ? undefined : b - a + 1;
    }
    if (values !== undefined && values > 0 && values < limit) return { call: d, values };
  }
  return undefined;
}

/** A dict literal that uses `name` (a time-named binding) only under time keys: `{'iat': t, 'exp': t + ttl}`. */
function timeFieldOnly(ctx: PythonContext, dict: SyntaxNode, name: string): boolean {
  if (dict.type !== "dictionary" || !TIME_FIELD.test(name)) return false;
  let used = false;
  for (const pair of namedChildren(dict)) {
    const v = pair.type === "pair" ? field(pair, "value") : pair;
    if (!v || ![v, ...descendants(v)].some((d) => d.type === "identifier" && ctx.text(d) === name)) continue;
    if (pair.type !== "pair" || !TIME_FIELD.test(ctx.stringValue(field(pair, "key")) ?? "")) return false;
    used = true;
  }
  return used;
}

export default pyRule({
  meta: {
    id: "PY-ENTROPY-001",
    title: "Secret value derived from the clock, a pid or uuid1",
    cwe: ["CWE-331", "CWE-330", "CWE-340", "CWE-334"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: TEST_SCOPE_REASON }],
    docs: {
      what_it_does:
        "Flags tokens, keys, session ids, salts and similar secrets (by the name they are assigned to or returned from) built only from uuid.uuid1(), the time, the process id or a module counter the function bumps (global n += 1, next() of an itertools.count), or (for tokens, codes, invites and reset values) a stored previous value plus a literal step, hashed or not; and one-time codes of three digits or fewer and secrets of 32 bits or fewer drawn from a strong generator (secrets.randbelow(1000)) and tokens asked for fewer than 8 bytes or cut below 64 bits (token_hex(4), token_urlsafe(6), uuid4().hex[:8]), or drawn by a strong choice() over a known alphabet a few times (26 ** 3 values).",
      why_bad:
        "These inputs have little entropy and can be observed or guessed (uuid1 embeds the MAC address and a timestamp); hashing does not add entropy, so the secret can be brute-forced.",
      example_bad: "import uuid\ndef new_api_key():\n    return uuid.uuid1().hex",
      example_good: "import secrets\ndef new_api_key():\n    return secrets.token_hex(32)",
    },
    fix_hint: "Draw secrets from the secrets module (token_hex, token_urlsafe) or os.urandom.",
  },
  trigger:
    /^(?=[\s\S]*?(uuid1|time\.time|time_ns|\.now\(|\.today\(|getpid|global\s|\bcount\(|\+ ?(?:1|2|3|4|5|6|7|8|9)|randbelow\(|token_(hex|bytes|urlsafe)\(|randint\(|uuid4\(\)|\.choice\())(?=[\s\S]*?(token|secret|api_?key|session|sess_?id|\bsid\b|nonce|otp|password|passwd|salt|reset|csrf|auth|cookie|invite|verification|activation|code|pin\b))/i,
  nodeTypes: ["return_statement", "assignment"],
  detect(node, ctx, emit) {
    // A test's own fixtures and data: a LOW reminder.
    const report = (r: Report) =>
      emit(inTestScope(ctx, r.node) ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON } : r);
    const value = node.type === "assignment" ? field(node, "right") : node.children.find((c) => c.named);
    if (!value) return;
    let name = node.type === "assignment" ? targetName(ctx, value) : functionName(ctx, node);
    // An entry of a mapping is named by its key (`session["reauth_at"] = time.time()`: a timestamp kept in the
    // session, not the session's id; `session["reset_token"] = ...` is still a token).
    const left = node.type === "assignment" ? field(node, "left") : undefined;
    const key = left?.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : undefined;
    if (key !== undefined) name = key;
    // ... and a field of an object by the field (`session.accessed = int(time.time())`: when the session was last
    // used), unless the field is only the object's id or key (`session.id`, `token.value`).
    const attr = left?.type === "attribute" ? ctx.text(field(left, "attribute") ?? left) : undefined;
    if (attr !== undefined && !/^_?(id|key|value|sid|hash)$/i.test(attr)) name = attr;
    // ... nor a label (`role_session_name`, `session_label`): a name that tells sessions apart, not a secret.
    if (!name || /expir|time|date|ttl|age|ts$|_at$|_(name|label|title|description)$/i.test(name)) return;
    // `verify_token()`, `check_otp()`, `is_valid_token`: a verdict on a secret (a bool), not the secret; the
    // `last_t + 1` handed to its check is a replay floor.
    if (/^_?(verify|check|validate|is|has|match(es)?)(_|$)/i.test(name)) return;
    // A bare `reset` (`reset = self._head + 1`: where a parser backs up to, a flag, a callback): the word alone
    // names no secret; a reset's secret is a `reset_token`, `reset_code` or `reset_key`.
    if (/^_*reset$/i.test(name)) return;
    // secrets.randbelow(1000) for a login code, token_hex(2): a strong generator with too few outcomes to guess
    // against (a few thousand tries).
    // A code typed back within minutes (an OTP, a PIN) is guessed online, a few tries per code: only a handful
    // of digits is too few. A key, token or session secret can be tried offline or for its whole life.
    // (a numbered variant, `otp2` / `code_v2`, is the same kind of value)
    const shortLived = /(^|_)(code|pin|otp)\d*($|_)/i.test(name);
    if (SECRET_USE.test(name) || shortLived) {
      // A token_*(n) asked for fewer than 8 bytes (token_urlsafe(4) is 32 bits) was sized below the 64 bits a
      // token guessed offline or over its whole life needs; randbelow(n) keeps the 2^32 floor.
      const small = smallSpace(ctx, value, shortLived ? 1001 : 2 ** 32, shortLived ? 1001 : 2 ** 64);
      if (small && !strongDrawBeside(ctx, value, small.call)) {
        report({ node: small.call, message: `${name} has only ${small.values} possible values` });
        return;
      }
    }
    if (!SECRET_USE.test(name)) return;
    // `token_version + 1`, `otp_attempts + 1`: a count kept beside a secret, not the secret.
    const step =
      ISSUED_SECRET.test(name) && !/(version|count|num|seq|index|idx|attempt|retr|generation|len)/i.test(name)
        ? previousPlusStep(ctx, value)
        : undefined;
    if (step && noEntropy(ctx, value)) {
      report({
        node: step,
        message: `${name} is the previous value plus a step (${ctx.text(step)}): the next one is guessable`,
      });
      return;
    }
    const call = guessableCall(ctx, value) ?? counter(ctx, node, value);
    if (!call || !noEntropy(ctx, value)) return;
    // A dict of claims or fields returned for a token (`get_token_data` returns {'iat': issued_at, ...}): the clock
    // fills its time field; the record is not the secret.
    if (timeFieldOnly(ctx, ctx.resolve(value) ?? value, targetName(ctx, call))) return;
    if (call.type === "call" && deadlineElement(ctx, call, value)) return;
    if (call.type === "identifier") {
      report({
        node: call,
        message: `${name} is derived from the counter ${ctx.text(call)}, which is guessable`,
      });
      return;
    }
    report({ node: call, message: `${name} is derived from ${ctx.callee(call)}(), which is guessable` });
  },
  cases: {
    valid: [
      // A parser's back-up position named `reset`.
      "class Tok:\n    def link(self):\n        reset = self._head + 1\n        self._head += 2\n        return reset",
      "import time\nclass TOTPDevice:\n    def verify_token(self, token):\n        totp = TOTP(self.key)\n        verified = totp.verify(int(token), self.tolerance, self.last_t + 1)\n        if verified:\n            self.last_t = totp.t()\n        return verified",
      "import secrets, time\nSESSIONS = {}\ndef create_session(user_id):\n    session_id = secrets.token_urlsafe(32)\n    SESSIONS[session_id] = {'user_id': user_id, 'created': int(time.time())}\n    return session_id",
      "import secrets\ndef new_api_key():\n    return ApiKey(prefix=secrets.token_hex(4), secret=secrets.token_hex(32))",
      "_n = 0\ndef next_order_number():\n    global _n\n    _n += 1\n    return _n",
      "import secrets\ndef new_token():\n    return secrets.token_hex(16)",
      "import secrets\ndef otp2():\n    return str(secrets.randbelow(900000) + 100000)",
      "import datetime, jwt\ndef generate_signed_token(private_pem, request):\n    now = datetime.datetime.utcnow()\n    claims = {'scope': request.scope, 'exp': now + datetime.timedelta(seconds=60)}\n    token = jwt.encode(claims, private_pem, 'RS256')\n    return token",
      "import time\nclass G:\n    def get_token_data(self, client, expires_in):\n        issued_at = int(time.time())\n        data = {'iat': issued_at, 'exp': issued_at + expires_in, 'client_id': client.id}\n        return data",
      "import secrets\ndef reset_token():\n    return secrets.token_urlsafe(8)",
      "import uuid\ndef new_api_key():\n    return uuid.uuid4().hex[:24]",
      "import uuid\ndef upload_name():\n    return uuid.uuid4().hex[:8]",
      "import time\ndef token_expiry():\n    return time.time() + 3600",
      "import secrets, time\ndef reset_token_for(user_id, store):\n    token = secrets.token_urlsafe(32)\n    store[token] = (user_id, int(time.time()) + 3600)\n    return token",
      "import time\ndef elapsed(start):\n    return time.time() - start",
      "import time\nclass P:\n    def n(self):\n        self._role_session_name = 'sdk-%s' % int(time.time())",
      "import time\nfrom flask import session\ndef fresh():\n    session['reauth_at'] = time.time()\n    session['fs_paa'] = time.time()",
      "import time\ndef touch(session):\n    session.accessed = int(time.time())\n    session.changed()",
      "from datetime import datetime\ndef set_cookie(resp, name, value, expires):\n    max_age = expires - datetime.utcnow()\n    cookie = make_cookie(name, value, max_age=max_age)\n    resp.headers.append(('Set-Cookie', cookie))",
      "import uuid\ndef request_id():\n    return uuid.uuid1().hex",
      "import secrets\ndef login_code():\n    return f'{secrets.randbelow(10**8):08d}'",
      "import secrets\ndef pick_index(n):\n    return secrets.randbelow(10)",
      "import secrets\ndef send_login_code(phone):\n    code = secrets.randbelow(9000) + 1000\n    return code",
      "import random, string\n_rng = random.SystemRandom()\ndef make_reset_token():\n    return ''.join(_rng.choice(string.ascii_letters + string.digits) for _ in range(24))",
      "import secrets\ndef otp():\n    code = ''.join(str(secrets.randbelow(10)) for _ in range(6))\n    return code",
      "def next_invoice_number(last):\n    return last.number + 1",
      "import secrets\ndef rotate_token(user):\n    user.token_version = user.token_version + 1\n    return secrets.token_urlsafe(32)",
      "def make_session(user):\n    session_count = user.sessions + 1\n    return session_count",
      "import itertools\n_ids = itertools.count(1)\ndef next_order_number():\n    return next(_ids)",
      "import itertools, secrets\n_ids = itertools.count(1)\ndef new_invite_code():\n    return f'{next(_ids)}-{secrets.token_urlsafe(16)}'",
      "import hashlib, os, time\ndef reset_token(uid):\n    raw = f'{uid}:{time.time()}:{os.urandom(16).hex()}'\n    return hashlib.sha256(raw.encode()).hexdigest()",
      // One draw per item of map(): six digits.
      "import secrets\ndef send():\n    otp = ''.join(map(lambda _: str(secrets.randbelow(10)), range(6)))\n    return otp",
    ],
    invalid: [
      "class Tok:\n    def issue(self):\n        reset_token = self._last_reset + 1\n        self._last_reset = reset_token\n        return reset_token",
      // A test module's top level and its test functions: the ids of records the tests create (LOW); app code
      // beside tests in the same file stays MEDIUM.
      {
        code: "from uuid import uuid1\nsid = uuid1().hex\ndef test_create():\n    assert make(sid)\ndef test_delete():\n    assert drop(sid)",
        line: 2,
        severity: "LOW",
      },
      {
        code: "import unittest\nfrom uuid import uuid1\nclass T(unittest.TestCase):\n    def test_x(self):\n        sid = uuid1().hex\n        self.assertTrue(sid)\ndef new_session(user):\n    session_token = uuid1().hex\n    return session_token",
        line: 8,
        severity: "MEDIUM",
      },
      "import time\ndef start(session):\n    session.id = str(int(time.time()))",
      "import time\ndef new_token():\n    token = str(time.time() - 100)\n    return token",
      { code: "import secrets\ndef send():\n    otp = str(secrets.randbelow(10))\n    return otp", line: 3 },
      {
        code: "import random, string\n_rng = random.SystemRandom()\ndef make_reset_token():\n    return ''.join(_rng.choice(string.ascii_lowercase) for _ in range(3))",
        line: 4,
        severity: "MEDIUM",
      },
      "import time\nfrom flask import session\ndef start():\n    session['reset_token'] = str(time.time())",
      "import time\ndef make_session(uid):\n    session = {'sid': str(time.time()), 'created': time.time()}\n    return session",
      "import secrets\ndef new_api_key():\n    return ApiKey(prefix=secrets.token_hex(2), secret=secrets.token_hex(4))",
      "import hashlib\n_n = 0\ndef new_session_id(user):\n    global _n\n    _n += 1\n    return hashlib.md5(f'{user}:{_n}'.encode()).hexdigest()",
      "import uuid\ndef new_api_key():\n    return uuid.uuid1().hex",
      "import hashlib, time\ndef make_token(user):\n    return hashlib.sha256((user + str(time.time())).encode()).hexdigest()",
      "import time\nsession_id = str(int(time.time()))",
      "import hashlib, time\ndef reset_token(uid):\n    raw = f'{uid}:{time.time()}'\n    return hashlib.md5(raw.encode()).hexdigest()",
      "import secrets\ndef login_code():\n    return f'{secrets.randbelow(1000):03d}'",
      "import secrets\ndef make_session_secret():\n    return str(secrets.randbelow(10000))",
      "import jwt, time\ndef make_token(user):\n    return jwt.encode({'sub': user, 'n': time.time()}, 'secret', 'HS256')",
      "import time\ndef make_session():\n    issued_at = time.time()\n    session = {'sid': str(issued_at), 'iat': issued_at}\n    return session",
      "import secrets\ndef invite_token():\n    return secrets.token_urlsafe(4)",
      "import uuid\ndef new_api_key():\n    return uuid.uuid4().hex[:8]",
      "import uuid\ndef make_reset_token():\n    token = str(uuid.uuid4())[:6]\n    return token",
      "import secrets\ndef new_api_key():\n    api_key = secrets.token_hex(6)\n    return api_key",
      {
        code: "def issue_reset_token(user):\n    last = ResetToken.query.order_by(ResetToken.value.desc()).first()\n    value = (last.value + 1) if last else 100000\n    save(user, value)\n    return str(value)",
        line: 3,
        message: "previous value plus a step",
      },
      {
        code: "import hashlib, itertools\n_ids = itertools.count(1000)\ndef new_invite_code():\n    return hashlib.md5(str(next(_ids)).encode()).hexdigest()[:12]",
        message: "counter _ids",
      },
    ],
  },
});
