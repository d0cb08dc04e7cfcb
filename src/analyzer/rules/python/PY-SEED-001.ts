import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { functionName, pyRule } from "./common.js";

/** Values an attacker can guess or observe: the clock, the process id, a literal. */
function predictable(ctx: PythonContext, node: SyntaxNode | undefined): string | undefined {
  const n = ctx.resolve(node);
  if (!n) return undefined;
  if (n.type === "integer" || n.type === "float" || ctx.isLiteralString(n)) return "a constant";
  for (const d of [n, ...descendants(n)]) {
    if (d.type !== "call") continue;
    const q = ctx.callee(d);
    if (
      /^(time\.(time|time_ns|monotonic|perf_counter|clock)|datetime\.(datetime\.)?(now|utcnow|today)|datetime\.date\.today)$/.test(
        q,
      )
    )
      return "the clock";
    if (q === "os.getpid" || q === "os.getppid") return "the process id";
  }
  return undefined;
}

/** Functions whose draws must stay secret: a one-time code, a token, a password, a key, a coupon or invite. */
const SECRET_FN =
  /(^|_)(otp|pin|passcode|password|passwd|token|secret|session|sid|nonce|salt|key|captcha|reset|verification|auth|login|coupon|voucher|promo|invite|code)(s?)($|_)|(otp|pin|token|password|secret|coupon|voucher)$/i;

/**
 * A seed taken from data rather than from entropy (`random.seed(user_id)`, `Random(email)`): an identifier,
 * attribute or call over such names with no OS randomness in it. Anyone who knows the id knows the sequence.
 */
function dataSeed(ctx: PythonContext, seed: SyntaxNode | undefined): boolean {
  const n = ctx.resolve(seed) ?? seed;
  if (!n || n.type === "none") return false;
  const all = [n, ...descendants(n)];
  if (!all.some((d) => d.type === "identifier")) return false;
  return !all.some(
    (d) =>
      d.type === "call" &&
      /urandom|token_bytes|secrets\.|SystemRandom|getrandbits|randbytes/.test(ctx.callee(d)),
  );
}

/**
 * The seeding sits in an `except` clause (NotImplementedError / OSError / a bare one) of a `try` whose body seeds
 * from the OS's random source (os.urandom, secrets, SystemRandom).
 */
function urandomFallback(ctx: PythonContext, call: SyntaxNode): boolean {
  for (let p = call.parent; p; p = p.parent) {
    if (p.type === "function_definition" || p.type === "module") return false;
    if (p.type !== "except_clause") continue;
    const caught = namedChildren(p).find((c) => c.type !== "block" && c.type !== "comment");
    if (caught && !/NotImplementedError|OSError|EnvironmentError|^Exception$/.test(ctx.text(caught)))
      return false;
    const body = p.parent?.type === "try_statement" ? field(p.parent, "body") : undefined;
    return !!body && /\b(os\.urandom|urandom|secrets\.\w+|SystemRandom)\(/.test(ctx.text(body));
  }
  return false;
}

/**
 * `try: seed = int(hexlify(os.urandom(16)), 16) except NotImplementedError: seed = clock` then `random.seed(seed)`:
 * the name is bound from the OS's random source, or from the clock only in that try's fallback handler.
 */
function fallbackSeedName(ctx: PythonContext, call: SyntaxNode, seed: SyntaxNode | undefined): boolean {
  const fn = ctx.enclosingFunction(call);
  if (seed?.type !== "identifier" || !fn) return false;
  const name = ctx.text(seed);
  const binds = descendants(fn).filter(
    (d) => d.type === "assignment" && d.start < call.start && ctx.text(field(d, "left") ?? d) === name,
  );
  const osRandom = (d: SyntaxNode) =>
    /\b(os\.urandom|urandom|secrets\.\w+|SystemRandom)\(/.test(ctx.text(field(d, "right") ?? d));
  return binds.some(osRandom) && binds.every((d) => osRandom(d) || urandomFallback(ctx, d));
}

export default pyRule({
  meta: {
    id: "PY-SEED-001",
    title: "Random generator seeded with a predictable value",
    cwe: ["CWE-337", "CWE-336", "CWE-335", "CWE-339", "CWE-331", "CWE-330"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: "a constant seed (usually reproducibility in tests or simulations)" },
    ],
    docs: {
      what_it_does:
        "Flags random.seed / random.Random(...) / numpy seeding with the time, the process id or 32 random bits or fewer, or in a function that makes a code, token or password with a value taken from data (a user id, an email) (MEDIUM), or a constant (LOW).",
      why_bad:
        "The whole output sequence follows from the seed: whoever can guess the time of the call or the pid can regenerate every value (tokens, codes, shuffles) the program drew.",
      example_bad:
        "import random, time\ndef otp():\n    random.seed(time.time())\n    return random.randrange(10**6)",
      example_good: "import secrets\ndef otp():\n    return secrets.randbelow(10**6)",
    },
    fix_hint:
      "Do not seed for secrets: use the secrets module (or random.SystemRandom), which draws from the OS.",
  },
  trigger: /seed\(|Random\(|default_rng|RandomState/,
  nodeTypes: ["call"],
  calls: ["seed", "Random", "default_rng", "RandomState"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(random\.(seed|Random)|numpy\.random\.(seed|default_rng|RandomState))$/.test(q)) return;
    const seed = ctx.arg(node, 0, q.endsWith("seed") ? "a" : "x") ?? ctx.kwarg(node, "seed");
    // int.from_bytes(os.urandom(2)), getrandbits(16): random, but so few seeds that all can be tried (CWE-339).
    const st = seed ? ctx.text(ctx.resolve(seed) ?? seed) : "";
    const bits = /urandom\(\s*(\d+)\s*\)|token_bytes\(\s*(\d+)\s*\)/.exec(st);
    const rbits = /getrandbits\(\s*(\d+)\s*\)/.exec(st);
    const small = bits ? 8 * Number(bits[1] ?? bits[2]) : rbits ? Number(rbits[1]) : undefined;
    if (small !== undefined && small <= 32) {
      report({ node, message: `${q} is seeded from only ${small} random bits: every seed can be tried` });
      return;
    }
    // `try: random.seed(os.urandom(64)) except NotImplementedError: random.seed(clock)`: the clock only where the
    // OS has no random source at all; on every system that has one the seed is the OS's.
    if (urandomFallback(ctx, node) || fallbackSeedName(ctx, node, seed)) return;
    let what = predictable(ctx, seed);
    // Outside a secret's function a data seed is reproducibility (`random.seed(args.seed)`); inside one the codes
    // follow from a value the attacker knows or can enumerate.
    if (!what && SECRET_FN.test(functionName(ctx, node)) && dataSeed(ctx, seed))
      what = `${ctx.text(seed!)}, a value others know`;
    if (!what) return;
    // A constant seed in a function that says it makes test data, fixtures or a simulation (by its name or its
    // docstring): reproducibility is the point, and nothing secret is drawn there.
    if (what === "a constant") {
      const fn = ctx.enclosingFunction(node);
      const body = fn ? field(fn, "body") : undefined;
      const first = body ? namedChildren(body)[0] : undefined;
      const doc =
        first?.type === "expression_statement" && first.children[0]?.type === "string" ? ctx.text(first) : "";
      if (
        fn &&
        !SECRET_FN.test(functionName(ctx, node)) &&
        /test|fixture|fake|mock|dummy|sample|simulat|synthetic|demo|reproduc|determinis|benchmark/i.test(
          `${functionName(ctx, node)} ${doc}`,
        )
      )
        return;
    }
    report({
      node,
      severity: what === "a constant" ? "LOW" : undefined,
      message: `${q} is seeded with ${what}`,
    });
  },
  cases: {
    valid: [
      "import random\ndef make_fixture_rows(n=100):\n    rng = random.Random(42)\n    return [rng.randint(0, 9) for _ in range(n)]",
      'import random\ndef rows():\n    """Deterministic fake rows for the unit tests."""\n    rng = random.Random(7)\n    return [rng.random() for _ in range(3)]',
      "import random\nrandom.seed()",
      "import random, os\nrandom.seed(os.urandom(16))",
      "import os, random, time\ndef seed():\n    try:\n        random.seed(os.urandom(64))\n    except NotImplementedError:\n        random.seed('%s.%s' % (time.time(), os.getpid()))",
      "import os, random, time\nfrom binascii import hexlify\ndef reseed():\n    try:\n        seed = int(hexlify(os.urandom(16)), 16)\n    except NotImplementedError:\n        seed = int(time.time() * 1000) ^ os.getpid()\n    random.seed(seed)",
      "import os, random\nrng = random.Random(int.from_bytes(os.urandom(16), 'big'))",
      "import random\ndef set_seed(seed):\n    random.seed(seed)",
      "import random\ndef shuffle_deck(game_id):\n    rng = random.Random(game_id)\n    return rng.sample(range(52), 52)",
      "import os, random\ndef make_pin(user_id):\n    rng = random.Random(os.urandom(16))\n    return '%04d' % rng.randint(0, 9999)",
    ],
    invalid: [
      "import os, random, time\ndef reseed(fast):\n    seed = int.from_bytes(os.urandom(16), 'big')\n    if fast:\n        seed = int(time.time())\n    random.seed(seed)",
      // A clock seed in the handler of another failure, or with no OS source tried first, still counts.
      "import random, time\ndef seed(path):\n    try:\n        random.seed(open(path, 'rb').read())\n    except OSError:\n        random.seed(time.time())",
      "import random, time\nrandom.seed(time.time())",
      "import random, os\nr = random.Random(os.getpid())",
      { code: "import random\nrandom.seed(42)", severity: "LOW" },
      {
        code: "import random\ndef invite_codes(n):\n    rng = random.Random(1337)\n    return [rng.getrandbits(32) for _ in range(n)]",
        severity: "LOW",
      },
      "import os, random\nrng = random.Random(int.from_bytes(os.urandom(2), 'big'))",
      {
        code: "import random\ndef login_pin(user_id):\n    random.seed(user_id)\n    return '%06d' % random.randint(0, 999999)",
        message: "a value others know",
      },
      "import random\ndef reset_token(user):\n    rng = random.Random(user.email)\n    return '%x' % rng.getrandbits(64)",
      {
        code: "import random, string\ndef coupon_for(user_id):\n    rng = random.Random(user_id)\n    return ''.join(rng.choice(string.ascii_uppercase) for _ in range(10))",
        line: 3,
        severity: "MEDIUM",
      },
    ],
  },
});
