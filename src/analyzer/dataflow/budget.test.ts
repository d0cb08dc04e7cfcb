import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runItem } from "../batch.js";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";
import type { Language } from "../types.js";
import {
  BUDGET_WARNING,
  DATAFLOW_BUDGET,
  budgetExhaustions,
  lastCounter,
  setBudgetForTests,
} from "./budget.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "python"]);
});

afterEach(() => setBudgetForTests(undefined));

const rep = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");

// A sink on the first lines (found before the budget runs out), then n closures over one reassigned variable:
// each closure's sink reads the variable past every conditional store before it (steps grow as n squared).
const jsClosures = (n: number) =>
  "const { exec } = require('child_process');\nfunction first(req) { exec(req.query.a); }\n" +
  "function handler(req) {\n  let cmd = req.query.c;\n" +
  rep(n, (i) => `  const h${i} = () => exec(cmd + ${i});\n  if (req.body[${i}]) cmd = 'x${i}';\n`) +
  "  return h0;\n}\nmodule.exports = { first, handler };\n";
const pyElif = (n: number) =>
  "import os\nfrom flask import request\n\ndef first():\n    os.system(request.args['a'])\n\n" +
  "def handler(m):\n    v = 'ls'\n    if m == 0:\n        v = 'a0'\n" +
  rep(n, (i) => `    elif m == ${i + 1}:\n        v = ${i % 3 ? `'a${i}'` : "request.args['v']"}\n`) +
  "    os.system(v)\n";

function run(code: string, language: Language) {
  const before = budgetExhaustions();
  const a = analyzeSync(code, { language });
  return { a, cut: budgetExhaustions() > before, steps: lastCounter()!.steps };
}

describe("the data flow's per-file work budget", () => {
  for (const [language, gen] of [
    ["javascript", jsClosures],
    ["python", pyElif],
  ] as const) {
    it(`cuts a generated ${language} file short, keeps the findings made and flags the batch result`, () => {
      // Counted steps, not time: the same input is cut at the same point on any machine.
      const small = run(gen(40), language);
      expect(small.cut).toBe(false);
      setBudgetForTests(small.steps * 4);
      expect(run(gen(40), language).cut).toBe(false);
      const big = run(gen(400), language);
      expect(big.cut).toBe(true);
      // The sink on the first lines was reported before the budget ran out.
      expect(big.a.findings.some((f) => f.line <= 5)).toBe(true);
      const r = runItem({ code: gen(400), language });
      expect(r.warning).toBe(BUDGET_WARNING);
      expect(r.findings.length).toBeGreaterThan(0);
      expect(runItem({ code: gen(40), language }).warning).toBeUndefined();
    });
  }

  it("stops a file that would spend past the default budget, and ordinary code stays far below it", () => {
    // 4,000 closures: tens of millions of steps unbounded (quadratic), cut at the default budget.
    const big = run(jsClosures(4000), "javascript");
    expect(big.cut).toBe(true);
    // (past the budget each further question is one step, thrown at once)
    expect(big.steps - DATAFLOW_BUDGET).toBeLessThan(10_000);
    const ordinary = [
      [
        "javascript",
        "const express = require('express');\nconst { execFile } = require('child_process');\nconst app = express();\n" +
          rep(
            60,
            (i) =>
              `app.get('/r${i}', (req, res) => {\n  let name = req.query.n${i};\n  if (!/^\\w+$/.test(name)) name = 'x';\n` +
              `  const args = ['-l', name];\n  execFile('ls', args, (e, out) => res.send(out));\n});\n`,
          ),
      ],
      [
        "python",
        "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n" +
          rep(
            60,
            (i) =>
              `@app.route('/r${i}')\ndef r${i}():\n    name = request.args.get('n')\n    if not name.isalnum():\n` +
              `        name = 'x'\n    return subprocess.run(['ls', name]).stdout\n\n`,
          ),
      ],
    ] as const;
    for (const [language, code] of ordinary) {
      const r = run(code, language);
      expect(r.cut).toBe(false);
      expect(r.steps).toBeLessThan(DATAFLOW_BUDGET / 100);
    }
  });
});
