// Stress inputs for the data flows: generated files where one construct is repeated N times (bindings of one name,
// nested conditions, an else-if chain, closures over one variable, a concatenation chain, an object literal, nested
// calls), for JavaScript and Python, N = 1k/2k/4k/8k. The analyzer is the reward of an RL run and reads what a model
// writes: a construct whose cost grows faster than the file (a per-read scan over every binding of a name) is a way
// to make the judge slow. Each file is analysed in this process and its CPU time printed; `growth` is the exponent
// of the last doubling (1: linear, 2: quadratic). A case whose next size would pass --limit seconds is not run.
// Usage: npx tsx bench/analyzer/stress.ts [--lang js|py] [--case NAME] [--sizes 1000,2000] [--limit S] [--out FILE]
// Results: bench/analyzer/stress.json (or --out).
import { writeFileSync } from "node:fs";
import { analyzeSync, loadGrammars } from "../../src/analyzer/index.js";
import { budgetExhaustions, lastCounter } from "../../src/analyzer/dataflow/budget.js";
import type { Language } from "../../src/analyzer/types.js";

type Gen = (n: number) => string;
const rep = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");

const JS: Record<string, Gen> = {
  // One name assigned N times in one function, each assignment reading it (half under a condition).
  assigns: (n) =>
    "const { exec } = require('child_process');\nfunction handler(req, c) {\n  let a = req.query.a;\n" +
    rep(n, (i) => (i % 2 ? `  if (c === ${i}) a = a + '${i}';\n` : `  a = a.trim() + '${i}';\n`)) +
    "  exec(a);\n}\nmodule.exports = handler;\n",
  // Minified style: N functions each declaring the same one-letter names and reading them.
  decls: (n) =>
    "var cp = require('child_process');\n" +
    rep(n, (i) => `function f${i}(b){var a=b+${i},e;if(a===${i})e=a;else e=b;cp.exec(e);return a}\n`),
  // Conditions nested N deep around a sink.
  "nested-if": (n) =>
    "const { exec } = require('child_process');\nfunction handler(req, x) {\n  let v = req.query.v;\n" +
    rep(n, (i) => `if (x[${i % 7}] === ${i}) {\n`) +
    "exec(v);\n" +
    "}\n".repeat(n) +
    "}\nmodule.exports = handler;\n",
  // A long if/else-if chain assigning one name, then a sink.
  "else-if": (n) =>
    "const { exec } = require('child_process');\nfunction handler(req, m) {\n  let v = 'ls';\n  if (m === 0) v = 'a0';\n" +
    rep(n, (i) => `  else if (m === ${i + 1}) v = ${i % 3 ? `'a${i}'` : "req.query.v"};\n`) +
    "  exec(v);\n}\nmodule.exports = handler;\n",
  // N closures over one variable, each reaching a sink.
  closures: (n) =>
    "const { exec } = require('child_process');\nfunction handler(req) {\n  let cmd = req.query.c;\n" +
    rep(n, (i) => `  const h${i} = () => exec(cmd + ${i});\n  if (req.body[${i}]) cmd = 'x${i}';\n`) +
    "  return h0;\n}\nmodule.exports = handler;\n",
  // One expression concatenating N pieces.
  concat: (n) =>
    "const { exec } = require('child_process');\nfunction handler(req, x) {\n  const s = 'ls'" +
    rep(n, (i) => (i % 5 ? ` + '-${i}'` : ` + x.p${i}`)) +
    " + req.query.v;\n  exec(s);\n}\nmodule.exports = handler;\n",
  // An object literal of N keys, one read at a sink.
  object: (n) =>
    "const { exec } = require('child_process');\nfunction handler(req) {\n  const o = {\n" +
    rep(n, (i) => `    k${i}: ${i % 3 ? `'v${i}'` : `req.query.k${i}`},\n`) +
    `  };\n  exec(o.k${n - 1});\n  exec(o.k0);\n}\nmodule.exports = handler;\n`,
  // Calls nested N deep around a request value.
  calls: (n) =>
    "const { exec } = require('child_process');\nfunction handler(req) {\n  exec(" +
    rep(n, (i) => `f${i % 3}(`) +
    "req.query.v" +
    ")".repeat(n) +
    ");\n}\nmodule.exports = handler;\n",
};

const PY: Record<string, Gen> = {
  assigns: (n) =>
    "import os\nfrom flask import request\n\ndef handler(c):\n    a = request.args['a']\n" +
    rep(n, (i) => (i % 2 ? `    if c == ${i}:\n        a = a + '${i}'\n` : `    a = a.strip() + '${i}'\n`)) +
    "    os.system(a)\n",
  decls: (n) =>
    "import os\n" +
    rep(
      n,
      (i) =>
        `def f${i}(b):\n    a = b + ${i}\n    if a == ${i}:\n        e = a\n    else:\n        e = b\n    os.system(e)\n    return a\n`,
    ),
  "nested-if": (n) =>
    "import os\nfrom flask import request\n\ndef handler(x):\n    v = request.args['v']\n" +
    rep(n, (i) => `${"    ".repeat(i + 1)}if x[${i % 7}] == ${i}:\n`) +
    `${"    ".repeat(n + 1)}os.system(v)\n`,
  "else-if": (n) =>
    "import os\nfrom flask import request\n\ndef handler(m):\n    v = 'ls'\n    if m == 0:\n        v = 'a0'\n" +
    rep(n, (i) => `    elif m == ${i + 1}:\n        v = ${i % 3 ? `'a${i}'` : "request.args['v']"}\n`) +
    "    os.system(v)\n",
  closures: (n) =>
    "import os\nfrom flask import request\n\ndef handler():\n    cmd = request.args['c']\n" +
    rep(
      n,
      (i) =>
        `    def h${i}():\n        os.system(cmd + '${i}')\n    if request.form.get('k${i}'):\n        cmd = 'x${i}'\n`,
    ) +
    "    return h0\n",
  concat: (n) =>
    "import os\nfrom flask import request\n\ndef handler(x):\n    s = 'ls'" +
    rep(n, (i) => (i % 5 ? ` + '-${i}'` : ` + x.p${i}`)) +
    " + request.args['v']\n    os.system(s)\n",
  object: (n) =>
    "import os\nfrom flask import request\n\ndef handler():\n    o = {\n" +
    rep(n, (i) => `        'k${i}': ${i % 3 ? `'v${i}'` : `request.args['k${i}']`},\n`) +
    `    }\n    os.system(o['k${n - 1}'])\n    os.system(o['k0'])\n`,
  calls: (n) =>
    "import os\nfrom flask import request\n\ndef handler():\n    os.system(" +
    rep(n, (i) => `f${i % 3}(`) +
    "request.args['v']" +
    ")".repeat(n) +
    ")\n",
};

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const langs = opt("--lang") ? [opt("--lang")!] : ["js", "py"];
const only = opt("--case");
const sizes = (opt("--sizes") ?? "1000,2000,4000,8000").split(",").map(Number);
const limit = Number(opt("--limit") ?? 60);
const out = opt("--out") ?? new URL("./stress.json", import.meta.url).pathname;

await loadGrammars(["python", "javascript"]);
analyzeSync("import os\nos.system(x)\n", { language: "python" });
analyzeSync("require('child_process').exec(x)\n", { language: "javascript" });

interface Row {
  lang: string;
  case: string;
  n: number;
  bytes: number;
  cpu_s: number | null;
  findings: number | null;
  /** Data-flow steps the file used (budget.ts), and whether it ran out of them. */
  steps: number | null;
  cut: boolean;
  error?: string;
}
const rows: Row[] = [];
console.log(
  "| lang | case | " + sizes.map((n) => `N=${n} s`).join(" | ") + " | growth | findings | budget cut at |",
);
console.log("|---|---|" + sizes.map(() => "---|").join("") + "---|---|---|");
for (const lang of langs) {
  const gens = lang === "py" ? PY : JS;
  const language: Language = lang === "py" ? "python" : "javascript";
  for (const [name, gen] of Object.entries(gens)) {
    if (only && name !== only) continue;
    const times: (number | null)[] = [];
    const cutAt: number[] = [];
    let findings: number | null = null;
    let skip = false;
    for (const n of sizes) {
      const code = gen(n);
      const row: Row = {
        lang,
        case: name,
        n,
        bytes: code.length,
        cpu_s: null,
        findings: null,
        steps: null,
        cut: false,
      };
      rows.push(row);
      if (skip) {
        times.push(null);
        continue;
      }
      const before = process.cpuUsage();
      const cuts = budgetExhaustions();
      try {
        row.findings = analyzeSync(code, { language }).findings.length;
      } catch (e) {
        row.error = (e as Error).message.slice(0, 200);
      }
      const used = process.cpuUsage(before);
      row.steps = lastCounter()?.steps ?? null;
      row.cut = budgetExhaustions() > cuts;
      row.cpu_s = Math.round((used.user + used.system) / 1e4) / 100;
      times.push(row.cpu_s);
      if (row.cut) cutAt.push(n);
      findings = row.findings;
      // (a quadratic case at twice the size takes about four times as long)
      if (row.cpu_s * 4 > limit) skip = true;
    }
    const done = times.filter((t): t is number => t !== null);
    const k = done.length;
    const growth =
      k >= 2 && done[k - 2]! > 0.05
        ? Math.log2(done[k - 1]! / done[k - 2]!) / Math.log2(sizes[k - 1]! / sizes[k - 2]!)
        : NaN;
    const errs = rows.filter((r) => r.lang === lang && r.case === name && r.error).length;
    console.log(
      `| ${lang} | ${name} | ${times.map((t) => (t === null ? "skipped" : t.toFixed(2))).join(" | ")} | ${Number.isNaN(growth) ? "-" : growth.toFixed(2)} | ${findings ?? "error"}${errs ? ` (${errs} errors)` : ""} | ${cutAt.join(", ") || "-"} |`,
    );
  }
}
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), sizes, limit_s: limit, rows }, null, 2) + "\n",
);
