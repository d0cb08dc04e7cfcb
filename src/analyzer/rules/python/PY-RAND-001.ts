import { WEAK_RANDOM_VARIANTS } from "../severity.js";
import { field, sourceHas, sourceIncludes } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { functionName, inTestCode, pyRule, targetName } from "./common.js";

/**
 * Whether the value assigned to `name` reaches, within its function and through a few copies, a secret's place:
 * a cookie value, the session, or a variable named like a secret (`remember_me = 'u:' + str(v)`).
 */
function reachesSecret(ctx: PythonContext, from: SyntaxNode, name: string): boolean {
  const scope = ctx.enclosingFunction(from) ?? ctx.tree.root;
  const names = new Set([name]);
  const words = new Map<string, RegExp>();
  const mentions = (n: SyntaxNode) => {
    const t = ctx.text(n);
    for (const x of names) {
      let re = words.get(x);
      if (!re) words.set(x, (re = new RegExp(`\\b${x}\\b`)));
      if (re.test(t)) return true;
    }
    return false;
  };
  // The nodes from `from` to the end of its scope: contiguous in pre-order (tree.nodes[i].order === i), so a
  // module full of random calls does not walk the whole file for each of them.
  const after: SyntaxNode[] = [];
  for (let i = from.order; i < ctx.tree.nodes.length; i++) {
    const n = ctx.tree.nodes[i]!;
    if (n.start > scope.end) break;
    if (n.end <= scope.end) after.push(n);
  }
  const assigns = after.filter((n) => n.type === "assignment" && n.order > from.order);
  for (let hop = 0; hop < 3; hop++)
    for (const a of assigns) {
      const left = field(a, "left");
      const right = field(a, "right");
      if (left?.type === "identifier" && right && mentions(right)) names.add(ctx.text(left));
    }
  if ([...names].some((x) => SECRET_CONTEXT.test(x))) return true;
  return after.some((n) => {
    if (n.type === "call" && /^(set_cookie|set_signed_cookie)$/.test(ctx.method(n)))
      return ctx.args(n).slice(1).some(mentions) || mentions(ctx.kwarg(n, "value") ?? n.children[0]!);
    // The key of a cipher or MAC (`AES.new(k, ...)`, `AESGCM(k)`, `hmac.new(k, ...)`): a secret by its use.
    if (n.type === "call" && CIPHER_KEYED.test(ctx.callee(n))) {
      const k = ctx.arg(n, 0, "key");
      return !!k && mentions(k);
    }
    if (n.type === "assignment") {
      const left = field(n, "left");
      const right = field(n, "right");
      if (left?.type !== "subscript" || !right) return false;
      const table = ctx.qname(field(left, "value"));
      // The session, or a table named for secrets (`RESET_CODES[email] = code`, `tokens[user] = t`).
      if (/session$/.test(table)) return mentions(right) || mentions(left);
      return SECRET_CONTEXT.test(table.split(".").pop() ?? "") && mentions(right);
    }
    return false;
  });
}

/**
 * A draw written in place, through value-only wrappers (`str(...)`, `'%x' % ...`, an f-string, `+`), as a cookie's
 * value or a session entry: `resp.set_cookie('rememberMe', str(random.getrandbits(128)))`.
 */
function inSecretPlace(ctx: PythonContext, node: SyntaxNode): boolean {
  let n = node;
  for (let p = n.parent; p; n = p, p = p.parent) {
    if (/^(binary_operator|parenthesized_expression|interpolation|string|concatenated_string)$/.test(p.type))
      continue;
    if (p.type === "argument_list" && p.parent?.type === "call") {
      const call = p.parent;
      if (/^(str|hex|format|repr)$|\.(format|hex)$/.test(ctx.callee(call))) {
        n = p;
        p = call;
        continue;
      }
      return (
        /^(set_cookie|set_signed_cookie|set_secure_cookie)$/.test(ctx.method(call)) && ctx.args(call)[0] !== n
      );
    }
    if (p.type === "keyword_argument")
      return (
        ctx.text(field(p, "name") ?? p) === "value" &&
        p.parent?.parent?.type === "call" &&
        /^(set_cookie|set_signed_cookie|set_secure_cookie)$/.test(ctx.method(p.parent.parent))
      );
    if (p.type === "assignment" && field(p, "right") === n) {
      const left = field(p, "left");
      return left?.type === "subscript" && /session$/.test(ctx.qname(field(left, "value")));
    }
    return false;
  }
  return false;
}

/**
 * The name a draw is stored under: `data[key] = random.random()` is stored in `data` (a variable's name as the
 * index says which entry, not what the value is); a literal index (`cfg["secret"]`) names the entry itself.
 */
function storedName(ctx: PythonContext, node: SyntaxNode): string {
  for (let p: SyntaxNode | null = node; p; p = p.parent) {
    if (p.type === "assignment" || p.type === "augmented_assignment") {
      const left = field(p, "left");
      const index = left?.type === "subscript" ? field(left, "subscript") : undefined;
      if (index?.type === "identifier") return ctx.text(field(left!, "value") ?? left!);
      break;
    }
    if (p.type === "return_statement" || p.type === "expression_statement" || p.type === "block") break;
  }
  return targetName(ctx, node);
}

/**
 * The name the draw is stored under, its last part: an identifier, an attribute's name or a string key
 * (`sessions[s]['timeout']` -> `timeout`); "" when the draw is not assigned.
 */
function lastSegment(ctx: PythonContext, node: SyntaxNode): string {
  let p: SyntaxNode | null = node.parent;
  while (p && /^(binary_operator|unary_operator|parenthesized_expression)$/.test(p.type)) p = p.parent;
  if (p?.type !== "assignment" && p?.type !== "augmented_assignment") return "";
  const left = field(p, "left");
  if (!left) return "";
  if (left.type === "identifier") return ctx.text(left);
  if (left.type === "attribute") return ctx.text(field(left, "attribute") ?? left);
  if (left.type === "subscript") return ctx.stringValue(field(left, "subscript")) ?? "";
  return "";
}

/** The draw is stored as a time value: a timeout, delay, interval, expiry, backoff or jitter. */
function timeValue(ctx: PythonContext, node: SyntaxNode): boolean {
  return /(^|_)(time_?out|delay|interval|expir(y|es|ation)|deadline|backoff|jitter|sleep|wait|period|ttl)s?$/i.test(
    lastSegment(ctx, node),
  );
}

/** numpy's float draws given a size (`np.random.rand(n)`, `np.random.uniform(0, 1, n)`): an array of floats. */
function floatArray(ctx: PythonContext, node: SyntaxNode, q: string): boolean {
  const m = /^numpy\.random\.(rand|random|uniform|normal)$/.exec(q);
  if (!m) return false;
  const sizeAt = m[1] === "rand" || m[1] === "random" ? 0 : 2;
  return (
    !!ctx.kwarg(node, "size") || ctx.args(node).filter((a) => a.type !== "keyword_argument").length > sizeAt
  );
}

/** `rng.choice(...)` where `rng = random.Random(seed)`: the instance was given a seed (a constant or a parameter). */
function seededInstance(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const made = fn?.type === "attribute" ? ctx.resolve(field(fn, "object")) : undefined;
  if (made?.type !== "call" || ctx.callee(made) !== "random.Random") return false;
  const seed = ctx.args(made)[0];
  return (
    !!seed &&
    seed.type !== "keyword_argument" &&
    ctx.level(seed, "literal") <= Level.PARAM &&
    !/time|urandom|random/.test(ctx.text(seed))
  );
}

/** Constructors whose first argument is a secret key. */
const CIPHER_KEYED =
  /(^|\.)(AES|DES3?|ChaCha20|ChaCha20_Poly1305|Salsa20|Blowfish|ARC4|CAST)\.new$|(^|\.)algorithms\.\w+$|(^|\.)(Fernet|AESGCM|AESCCM|AESSIV|AESOCB3|ChaCha20Poly1305|SecretBox)$|^hmac\.(new|digest)$/;
const SECRET_CONTEXT =
  /pass(word|wd)?|secret|token|key|salt|nonce|otp|session|csrf|auth|pin\b|iv\b|cookie|cred|captcha|verification|reset|invite|coupon|voucher/i;

/**
 * Random letters made into a name of the program's own: bound to a name that says so (`alias`, `table_name`,
 * `model`, `label`, `suffix`) or given as the name of a class made at run time (`type(f"{base}_{rnd}", ...)`,
 * pydantic's `create_model(...)`). Unique, not unguessable: a join alias or a class name guards nothing.
 */
function namesAnIdentifier(ctx: PythonContext, node: SyntaxNode, target: string): boolean {
  if (
    /^\w+$/.test(target) &&
    /(^|_)(alias|name|label|prefix|suffix|tag|title|table|model|cls|class)(es|s)?$/i.test(target)
  )
    return true;
  for (let p: SyntaxNode | null = node.parent; p && p.type !== "block"; p = p.parent) {
    const call = p.type === "argument_list" ? p.parent : undefined;
    if (call?.type === "call" && /^(type|(pydantic\.)?create_model)$/.test(ctx.callee(call)))
      return (
        ctx.args(call)[0] !== undefined &&
        ctx.args(call)[0]!.start <= node.start &&
        node.end <= ctx.args(call)[0]!.end
      );
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-RAND-001",
    title: "Non-cryptographic random number generator",
    cwe: ["CWE-330", "CWE-338"],
    severity: "MEDIUM",
    severity_variants: WEAK_RANDOM_VARIANTS,
    docs: {
      what_it_does:
        "Flags the `random` module. In a security context (tokens, passwords, salts, keys, session ids) it is MEDIUM; elsewhere LOW, as a reminder that its output is predictable.",
      why_bad:
        "random uses a Mersenne Twister: after observing 624 outputs an attacker can predict all future values, so tokens and passwords made with it can be guessed.",
      example_bad:
        "import random, string\ndef reset_token():\n    return ''.join(random.choice(string.ascii_letters) for _ in range(32))",
      example_good: "import secrets\ndef reset_token():\n    return secrets.token_urlsafe(32)",
    },
    fix_hint:
      "Use the secrets module (secrets.token_hex, secrets.choice) or random.SystemRandom for anything an attacker must not guess.",
  },
  trigger: /random|randint|randrange|getrandbits|uuid1/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    let q = ctx.callee(node);
    // A draw stored in a name that every later read sees rebound first: the predictable value is never used.
    // (Asked once the call is known to draw: the rule sees every call of a file that mentions random.)
    if (q === "uuid.uuid1") {
      if (ctx.unusedValue(node)) return;
      // Time and MAC address: guessable, so only a problem where it stands in for a secret.
      if (SECRET_CONTEXT.test(`${targetName(ctx, node)} ${functionName(ctx, node)}`))
        report({ node, message: "uuid1() is time- and MAC-based; do not use it for secrets" });
      return;
    }
    // Fragments often lack their imports; these bare names are distinctive enough on their own.
    if (/^(randint|randrange|getrandbits)$/.test(q) && !sourceIncludes(ctx.tree, `def ${q}`))
      q = `random.${q}`;
    if (q === "random" && ctx.args(node).length === 0 && !sourceHas(ctx.tree, /\bdef random\b|\brandom\s*=/))
      q = "random.random";
    // numpy.random.bytes(n): numpy's Mersenne Twister as raw bytes, the same guessable stream.
    const RANDOM_FN =
      /^(random|numpy\.random)\.(random|randint|randrange|choice|choices|sample|shuffle|uniform|getrandbits|seed|Random|randbytes|triangular|gauss|rand)$|^numpy\.random\.(bytes|integers|permutation)$/;
    // A generator function reached through a name: `gen = GENS['fast']` then `gen(0, n)`.
    let viaName = false;
    const fnNode = field(node, "function");
    // ... or a method of the module reached through a name: `rng = random` then `rng.choice(...)`.
    // (`self.source.choice(...)`: a property of the object, resolved below, counts as a name too.)
    // (`np.random.default_rng().bytes(16)`, `random.Random().choice(...)`: the generator made in place counts too.)
    const recvNode = fnNode?.type === "attribute" ? field(fnNode, "object") : undefined;
    const viaObject =
      !!recvNode &&
      (/^(identifier|attribute)$/.test(recvNode.type) ||
        (recvNode.type === "call" &&
          /^(random\.Random|numpy\.random\.(default_rng|Generator|RandomState))$/.test(
            ctx.callee(recvNode),
          ))) &&
      !/^(random|numpy\.random)\./.test(q);
    // A method of a random.Random instance (`rng = random.Random()` then `rng.choice(...)`): the instance is
    // reported where it is made; its draws only where they make a secret.
    let instance = false;
    if (viaObject) {
      let made = ctx.resolve(field(fnNode!, "object"));
      // `rng = RNGS['fast']`: the table's entry at that key.
      if (made?.type === "subscript")
        made = ctx.elementNode(field(made, "value"), field(made, "subscript")) ?? made;
      if (made?.type === "call" && ctx.callee(made) === "random.Random") {
        q = `random.${ctx.method(node)}`;
        instance = true;
      }
      // numpy's generators (`rng = np.random.default_rng()`, `RandomState(seed)`): PCG64 / Mersenne Twister,
      // seeded or not, are no source of secrets either.
      if (
        made?.type === "call" &&
        /^numpy\.random\.(default_rng|Generator|RandomState)$/.test(ctx.callee(made)) &&
        /^(bytes|integers|choice|random|randint|permutation|shuffle)$/.test(ctx.method(node))
      ) {
        q = `numpy.random.${ctx.method(node)}`;
        instance = true;
      }
    }
    if (!RANDOM_FN.test(q) && (fnNode?.type === "identifier" || fnNode?.type === "subscript" || viaObject)) {
      const r = ctx.resolvedCallee(node);
      viaName = r !== q && RANDOM_FN.test(r);
      if (viaName) q = r;
    }
    if (!RANDOM_FN.test(q) || ctx.unusedValue(node)) return;
    // A generator instance in a table this file reads only at other keys (`RNGS['secure']`) draws nothing
    // here; a draw through the entry it does read is reported at the draw (above).
    if (q === "random.Random" && ctx.entryNeverRead(node)) return;
    const fn = field(node, "function");
    // `pick = functools.partial(random.choice, ALPHABET)` then `pick()`: the module's function, bound.
    if (
      !viaName &&
      !ctx.partialOf(node) &&
      fn?.type === "identifier" &&
      !/^(randint|randrange|getrandbits|random)$/.test(ctx.text(fn)) &&
      !sourceHas(ctx.tree, /from\s+(numpy\.)?random\s+import/)
    )
      return;
    // A plain variable's name says what the value is; the function's name only when it has none (a token
    // helper's `jitter = random.uniform(...)` is no token).
    const target = storedName(ctx, node);
    // `u, v, key = random.choice(edges)`: a record picked from a collection and unpacked; its fields are named for
    // what they are in the record (an edge's key), not a value made to be secret: the function's name says more.
    const unpacked = /,/.test(target) && /\.choice$/.test(q);
    const ctxText = unpacked
      ? functionName(ctx, node)
      : /^\w+$/.test(target)
        ? target
        : `${target} ${functionName(ctx, node)}`;
    // Drawn from letters and digits, in place or through a name (`ALPHABET = string.ascii_letters + ...`): a
    // random string made to be hard to guess.
    const pool = ctx.args(node)[0];
    const held = pool?.type === "identifier" ? ctx.resolve(pool) : undefined;
    // (In a test function, random letters are test data - a long subject, a file name - unless the name says
    // token or password: the test makes nothing anyone must not guess.)
    let secret =
      SECRET_CONTEXT.test(ctxText) ||
      inSecretPlace(ctx, node) ||
      (!inTestCode(ctx, node) &&
        !namesAnIdentifier(ctx, node, target) &&
        (/string\.(ascii|digits|letters|printable|punctuation)|hexdigits/.test(
          ctx.text(node.parent?.parent ?? node) + (held && held !== pool ? " " + ctx.text(held) : ""),
        ) ||
          (/^\w+$/.test(targetName(ctx, node)) && reachesSecret(ctx, node, targetName(ctx, node)))));
    // A draw that lands in a time value (`self.timeout = base + 0.5 * random.random()`, `...['timeout'] = now +
    // MAX_IDLE - random.random() * 4.9`) spreads retries and keepalives; an array of floats drawn by size
    // (`np.random.rand(n_rays)`) feeds numerics. Neither is a secret unless its own name says so.
    if (
      secret &&
      !SECRET_CONTEXT.test(lastSegment(ctx, node)) &&
      (timeValue(ctx, node) || floatArray(ctx, node, q))
    )
      secret = false;
    if (instance && !secret) return;
    // `rng = random.Random(42)`: a generator given a fixed seed is made to repeat its sequence (test data, a
    // reproducible shuffle); only a name or place that says secret makes its draws one, not the letters drawn.
    if (instance && seededInstance(ctx, node) && !SECRET_CONTEXT.test(ctxText) && !inSecretPlace(ctx, node))
      return;
    report({
      node,
      severity: secret ? "MEDIUM" : "LOW",
      message: secret
        ? `${q}() is predictable; do not use it for secrets`
        : `${q}() is not cryptographically secure`,
    });
  },
  cases: {
    valid: [
      // A numpy generator drawing simulation data, not a secret.
      "import numpy as np\ndef simulate(n):\n    rng = np.random.default_rng(42)\n    samples = rng.integers(0, 10, size=n)\n    return samples",
      "import random, secrets\nclass Tokens:\n    @property\n    def source(self):\n        return secrets.SystemRandom()\n    def reset_token(self):\n        return '%032x' % self.source.getrandbits(128)",
      "import uuid\ndef trace_id():\n    return uuid.uuid1().hex",
      "import secrets\nt = secrets.token_hex(16)",
      "import random\nr = random.SystemRandom()\nx = r.choice(items)",
      "import random\nrng = random.SystemRandom()\npassword = ''.join(rng.choice(ALPHABET) for _ in range(12))",
      "import functools, secrets, string\npick = functools.partial(secrets.choice, string.digits)\notp = ''.join(pick() for _ in range(6))",
      "import random, secrets\ndef api_key():\n    pick = [random.choice, secrets.choice][len('x')]\n    return ''.join(pick(ALPHABET) for _ in range(40))",
      // The table's random.Random() entry is never read here.
      "import random\nRNGS = {'fast': random.Random(), 'secure': random.SystemRandom()}\ndef reset_token():\n    rng = RNGS['secure']\n    return ''.join(rng.choice(ALPHABET) for _ in range(32))",
      // The draw is rebound on every path before the cookie reads the name.
      "import random, secrets\ndef new_session(resp):\n    sid = '%032x' % random.getrandbits(128)\n    if 5 - 5 == 0:\n        sid = secrets.token_hex(16)\n    resp.set_cookie('sid', sid)",
    ],
    invalid: [
      {
        code: "import random\nfrom Crypto.Cipher import AES\ndef enc(d):\n    k = bytes(random.getrandbits(8) for _ in range(16))\n    return AES.new(k, AES.MODE_GCM).encrypt_and_digest(d)",
        line: 4,
        severity: "MEDIUM",
      },
      // numpy's generator object making an API key.
      {
        code: "import numpy as np\ndef make_api_key():\n    rng = np.random.default_rng()\n    return rng.bytes(32).hex()",
        line: 4,
        severity: "MEDIUM",
      },
      // A record picked from a list and unpacked: the edge's key is no secret (a LOW reminder).
      {
        code: "from random import choice\ndef sample_edges(groups):\n    for k, edges in groups.items():\n        u, v, key = choice(list(edges))\n        yield u, v, key",
        severity: "LOW",
      },
      // Random letters for a join alias and a run-time class's name: unique, not unguessable (a LOW reminder).
      {
        code: "import string, uuid\nfrom random import choices\ndef table_alias():\n    alias = ''.join(choices(string.ascii_uppercase, k=2)) + uuid.uuid4().hex[:4]\n    return alias.lower()",
        severity: "LOW",
      },
      {
        code: "import string\nfrom random import choices\ndef dummy(base):\n    return type(f\"{base.__name__}_{''.join(choices(string.ascii_uppercase, k=3))}\", (base,), {})",
        severity: "LOW",
      },
      // Random letters as a test's data: a LOW reminder; named for a token in a test, still MEDIUM.
      {
        code: "import random, string\nclass ThreadTest(TestCase):\n    def test_long_subject(self):\n        subject = ''.join(random.choice(string.ascii_letters + ' ') for _ in range(3000))\n        self.assertTrue(make_thread(subject))",
        severity: "LOW",
      },
      {
        code: "import random, string\ndef test_login(client):\n    token = ''.join(random.choice(string.ascii_letters) for _ in range(32))\n    assert client.login(token)",
        severity: "MEDIUM",
      },
      // The module reached through a property of the object (`self.source` returns random).
      {
        code: "import random\nclass Tokens:\n    @property\n    def source(self):\n        return random\n    def reset_token(self):\n        return '%032x' % self.source.getrandbits(128)",
        line: 7,
      },
      {
        code: "import random\nrng = random.Random()\ndef reset_token():\n    return ''.join(rng.choice('abcdef0123456789') for _ in range(32))",
        line: 4,
      },
      {
        code: "import random\ndef make_tokens():\n    jitter = random.uniform(0.5, 1.5)\n    return jitter",
        line: 3,
        severity: "LOW",
      },
      { code: "import uuid\ndef new_reset_token():\n    return str(uuid.uuid1())", line: 3 },
      "import random\nsalt = random.randint(0, 999999)",
      { code: "import numpy as np\ndef session_id():\n    return np.random.bytes(16).hex()", line: 3 },
      {
        code: "from numpy.random import default_rng\ndef new_salt():\n    return default_rng().bytes(16)",
        line: 3,
      },
      "import random\nrandom.shuffle(deck)",
      {
        code: "import random\nrng = random\npassword = ''.join(rng.choice(ALPHABET) for _ in range(12))",
        line: 3,
      },
      "import random\ndef f(resp):\n    v = random.random()\n    k = str(v)[2:]\n    resp.set_cookie('rememberMe', k)",
      "import random\nfrom flask import session\ndef f():\n    n = random.getrandbits(64)\n    session['id'] = n",
      // Stored in a table of reset codes; drawn from an alphabet of letters and digits kept in a name.
      {
        code: "import random\nRESET_CODES = {}\ndef f(email):\n    c = ''.join(str(random.randint(0, 9)) for _ in range(6))\n    RESET_CODES[email] = c",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "import random, string\nALPHABET = sorted(set(string.ascii_letters + string.digits))\ndef f():\n    c = ''.join(random.choice(ALPHABET) for _ in range(12))\n    return c",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "import random, secrets\ndef api_key():\n    pick = [random.choice, secrets.choice][0]\n    return ''.join(pick(ALPHABET) for _ in range(40))",
        line: 4,
      },
      {
        code: "import random\nRNGS = {'fast': random.Random(), 'secure': random.SystemRandom()}\ndef reset_token():\n    rng = RNGS['fast']\n    return ''.join(rng.choice(ALPHABET) for _ in range(32))",
        line: 5,
      },
      // Rebound only on one path (or in a loop): the draw may still be what the cookie gets.
      {
        code: "import random, secrets\ndef new_session(resp, strong):\n    sid = '%032x' % random.getrandbits(128)\n    if strong:\n        sid = secrets.token_hex(16)\n    resp.set_cookie('sid', sid)",
        line: 3,
      },
      {
        code: "import random, secrets\ndef new_session(resp):\n    for _ in range(2):\n        resp.set_cookie('sid', sid)\n        sid = str(random.getrandbits(128))\n        sid = secrets.token_hex(16)",
        line: 5,
      },
      {
        code: "import functools, random, string\npick = functools.partial(random.choice, string.digits)\notp = ''.join(pick() for _ in range(6))",
        line: 3,
      },
      // Drawn in place as a cookie's value or a session entry.
      {
        code: "import random\ndef remember(resp):\n    resp.set_cookie('rememberMe', str(random.getrandbits(128)), secure=True)",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "import random\nfrom flask import session\ndef start():\n    session['nonce'] = '%x' % random.getrandbits(64)",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "import random\ndef f(resp):\n    resp.set_cookie(key='c', value=f'{random.random()}')",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "import random\ndef f(resp):\n    resp.set_cookie('c%d' % random.randint(1, 9), 'x')",
        line: 3,
        severity: "LOW",
      },
    ],
  },
});
