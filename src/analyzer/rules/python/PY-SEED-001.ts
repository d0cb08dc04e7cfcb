import type { SyntaxNode } from "../../parse/index.js";
import { descendants } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

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
        "Flags random.seed / random.Random(...) / numpy seeding with the time, the process id or 32 random bits or fewer (MEDIUM), or a constant (LOW).",
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
    const what = predictable(ctx, seed);
    if (!what) return;
    report({
      node,
      severity: what === "a constant" ? "LOW" : undefined,
      message: `${q} is seeded with ${what}`,
    });
  },
  cases: {
    valid: [
      "import random\nrandom.seed()",
      "import random, os\nrandom.seed(os.urandom(16))",
      "import os, random\nrng = random.Random(int.from_bytes(os.urandom(16), 'big'))",
    ],
    invalid: [
      "import random, time\nrandom.seed(time.time())",
      "import random, os\nr = random.Random(os.getpid())",
      { code: "import random\nrandom.seed(42)", severity: "LOW" },
      "import os, random\nrng = random.Random(int.from_bytes(os.urandom(2), 'big'))",
    ],
  },
});
