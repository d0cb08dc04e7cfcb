// Scores the data sets' reference answers as if a model gave them, through the real suites and oracles:
// canonical HumanEval+/MBPP+ solutions should pass, CWEval secure references should be func-sec, its insecure
// references should not, and CyberSecEval's origin_code (real insecure code) should be flagged insecure.
// Run: npx tsx bench/eval-reference/run.ts [--data ../shared/data] [--limit N] [--only suite,suite]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openOracles } from "../../src/verdict/open.js";
import { missingOracles, runEval } from "../../src/eval/runner.js";
import { ResultsStore } from "../../src/eval/store.js";
import { selectSuites } from "../../src/eval/suites/index.js";

interface Case {
  suite: string;
  answers: string;
  languages?: string[];
  metric: string;
  /** What a correct oracle should give on these references (the anchor). */
  expect: string;
  /** The outcome every reference should get; items that do not are listed as misses. */
  outcome: "good" | "bad";
}

const CASES: Case[] = [
  {
    suite: "humaneval-plus",
    answers: "canonical",
    metric: "pass@1_plus",
    expect: "100% minus data problems",
    outcome: "good",
  },
  {
    suite: "mbpp-plus",
    answers: "canonical",
    metric: "pass@1_plus",
    expect: "100% minus data problems",
    outcome: "good",
  },
  {
    suite: "cweval",
    answers: "canonical",
    languages: ["python"],
    metric: "func_sec@1",
    expect: "near 100%",
    outcome: "good",
  },
  {
    suite: "cweval",
    answers: "insecure",
    languages: ["python"],
    metric: "func_sec@1",
    expect: "near 0%",
    outcome: "bad",
  },
  {
    suite: "cyberseceval-instruct",
    answers: "canonical",
    languages: ["python"],
    metric: "insecure_rate",
    expect: "near 100%",
    outcome: "bad",
  },
  {
    suite: "cyberseceval-instruct",
    answers: "canonical",
    languages: ["javascript"],
    metric: "insecure_rate",
    expect: "near 100%",
    outcome: "bad",
  },
];

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg("--data") ?? "../shared/data";
const limit = arg("--limit") ? Number(arg("--limit")) : undefined;
const only = arg("--only")?.split(",");

const dir = mkdtempSync(join(tmpdir(), "purpcode-eval-reference-"));
const store = await ResultsStore.open(join(dir, "results.db"));
const oracleSet = await openOracles({ lazy: true });
const oracles = oracleSet.oracles;
const rows: Array<Record<string, unknown>> = [];
try {
  for (const c of CASES) {
    if (only && !only.includes(c.suite)) continue;
    const suite = selectSuites(c.suite)[0]!;
    const label = `${c.suite} ${c.answers}${c.languages ? ` (${c.languages.join(",")})` : ""}`;
    const missing = missingOracles(suite, oracles);
    if (missing.length) {
      rows.push({ case: label, skipped: `needs ${missing.join(", ")}` });
      continue;
    }
    const started = Date.now();
    const runId = `${c.suite}-${c.answers}-${c.languages?.join("-") ?? "all"}`;
    const [result] = await runEval({
      store,
      workDir: join(dir, "runs"),
      runId,
      suites: [suite],
      dataDir,
      languages: c.languages,
      limit,
      samples: 1,
      answers: c.answers,
      oracles,
      quiet: true,
      scoreConcurrency: 2,
    });
    const metric = result!.metrics.find((m) => m.name === c.metric)!;
    const others = result!.metrics.filter((m) => m !== metric && m.name !== "unsupported");
    const bad = (await store.items(runId, c.suite)).filter((i) => i.outcome !== c.outcome);
    rows.push({
      case: label,
      items: result!.items,
      scored: metric.n,
      metric: c.metric,
      value: Number((metric.value * 100).toFixed(2)),
      others: Object.fromEntries(others.map((m) => [m.name, Number((m.value * 100).toFixed(2))])),
      expect: c.expect,
      misses: bad.map((i) => i.task_id),
      failed: (result!.generation?.failed ?? 0) + (result!.scoring?.failed ?? 0),
      seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
    });
  }
} finally {
  store.close();
  await oracleSet.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  "case".padEnd(44),
  "n".padStart(5),
  "metric".padEnd(14),
  "value".padStart(8),
  " expected".padEnd(26),
  "seconds",
);
for (const r of rows) {
  if (r.skipped) console.log(String(r.case).padEnd(44), `skipped: ${String(r.skipped)}`);
  else
    console.log(
      String(r.case).padEnd(44),
      String(r.scored).padStart(5),
      String(r.metric).padEnd(14),
      `${String(r.value)}%`.padStart(8),
      ` ${String(r.expect)}`.padEnd(26),
      r.seconds,
    );
}
if (!limit && !only) {
  // Formatted as the repository's prettier check expects, so a fresh run can be committed as is.
  const prettier = await import("prettier");
  const file = new URL("./results.json", import.meta.url).pathname;
  const text = JSON.stringify({ measured_at: new Date().toISOString(), data: dataDir, rows }, null, 2);
  writeFileSync(
    file,
    await prettier.format(text, { ...(await prettier.resolveConfig(file)), parser: "json" }),
  );
}
