// Analyzer benchmark: recall on CyberSecEval Python, CWEval pairs, benign false positives, throughput vs bandit.
// Run: npm run build && npx tsx bench/analyzer/run.ts [--data ../shared/data] [--skip-throughput]
//   [--context repository] (default answer: these benchmarks judge answers, as the RL reward does; rule.ts)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { AnalyzerPool } from "../../src/analyzer/pool.js";
import { analyzeSync } from "../../src/analyzer/engine.js";
import { loadGrammars } from "../../src/analyzer/parse/index.js";
import type { AnalysisContext } from "../../src/analyzer/rule.js";
import { severityRank, type Finding, type Language } from "../../src/analyzer/types.js";
import { matchesCwe } from "./cwe-map.js";
import { benignCorpora, cwevalPairs, cyberSecEvalPython, cyberSecEvalRows, dataRoot } from "./data.js";
import { missReason } from "./miss-reasons.js";

const here = new URL(".", import.meta.url).pathname;
const root = dataRoot();
await loadGrammars();
const contextAt = process.argv.indexOf("--context");
const context: AnalysisContext =
  contextAt > 0 && process.argv[contextAt + 1] === "repository" ? "repository" : "answer";
const medium = (f: Finding) => severityRank(f.severity) >= severityRank("MEDIUM");
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);

// 1. CyberSecEval Python origin_code recall, per CWE.
const cse = cyberSecEvalPython(root);
const perCwe = new Map<string, { hit: number; total: number }>();
const misses: { id: string; cwe: string; line: string; reason: string; found: string }[] = [];
for (const row of cse) {
  const a = analyzeSync(row.code, { language: "python", context });
  const hit = a.findings.some((f) => matchesCwe(row.cwe, f.cwe));
  const s = perCwe.get(row.cwe) ?? { hit: 0, total: 0 };
  s.total++;
  if (hit) s.hit++;
  perCwe.set(row.cwe, s);
  if (!hit)
    misses.push({
      id: row.id,
      cwe: row.cwe,
      line: row.lineText.trim().slice(0, 120),
      reason: missReason(row, a.parseError),
      found: [...new Set(a.findings.map((f) => f.rule_id))].join(", ") || "-",
    });
}
const recallHit = [...perCwe.values()].reduce((n, s) => n + s.hit, 0);
const recall = {
  overall: pct(recallHit, cse.length),
  rows: cse.length,
  hits: recallHit,
  per_cwe: Object.fromEntries([...perCwe].sort().map(([k, s]) => [k, { ...s, recall: pct(s.hit, s.total) }])),
};

// 1b. CyberSecEval JavaScript origin_code recall: informative (labels come from semgrep patterns such as "any
// non-literal require()"), no target. Counted twice: any finding of the CWE (LOW audit hints included), and
// MEDIUM+ findings only (the verdict threshold), so an audit hint is never read as an insecure verdict.
const cseJs = cyberSecEvalRows(root, "javascript");
const jsPer = new Map<string, { hit: number; hit_medium: number; total: number }>();
for (const row of cseJs) {
  const matching = analyzeSync(row.code, { language: "javascript", context }).findings.filter((f) =>
    matchesCwe(row.cwe, f.cwe),
  );
  const s = jsPer.get(row.cwe) ?? { hit: 0, hit_medium: 0, total: 0 };
  s.total++;
  if (matching.length) s.hit++;
  if (matching.some((f) => severityRank(f.severity) >= severityRank("MEDIUM"))) s.hit_medium++;
  jsPer.set(row.cwe, s);
}
const jsHits = [...jsPer.values()].reduce((n, s) => n + s.hit, 0);
const jsHitsMedium = [...jsPer.values()].reduce((n, s) => n + s.hit_medium, 0);
const jsRecall = {
  overall: pct(jsHits, cseJs.length),
  overall_medium_plus: pct(jsHitsMedium, cseJs.length),
  rows: cseJs.length,
  hits: jsHits,
  hits_medium_plus: jsHitsMedium,
  per_cwe: Object.fromEntries([...jsPer].sort()),
};

// 2. CWEval pairs: insecure flagged with the labelled CWE; secure without MEDIUM+ findings.
const cweval: Record<
  string,
  {
    insecure: number;
    insecure_flagged: number;
    secure: number;
    secure_clean: number;
    misses: string[];
    false_alarms: string[];
  }
> = {};
for (const p of cwevalPairs(root)) {
  const language: Language = p.lang === "py" ? "python" : "javascript";
  const c = (cweval[language] ??= {
    insecure: 0,
    insecure_flagged: 0,
    secure: 0,
    secure_clean: 0,
    misses: [],
    false_alarms: [],
  });
  const findings = analyzeSync(p.code, { language, context }).findings;
  if (p.label === "insecure") {
    c.insecure++;
    if (findings.some((f) => matchesCwe(p.cwe, f.cwe))) c.insecure_flagged++;
    else c.misses.push(`${p.file} (${p.cwe})`);
  } else {
    c.secure++;
    const bad = findings.filter(medium);
    if (bad.length === 0) c.secure_clean++;
    else c.false_alarms.push(`${p.file}: ${bad.map((f) => f.rule_id).join(", ")}`);
  }
}

// 3. Benign code: share of snippets with any MEDIUM+ finding.
const benign = benignCorpora(root);
const fp: Record<string, { snippets: number; flagged: number; examples: string[] }> = {};
for (const b of benign) {
  const c = (fp[b.corpus] ??= { snippets: 0, flagged: 0, examples: [] });
  c.snippets++;
  const bad = analyzeSync(b.code, { language: "python", context }).findings.filter(medium);
  if (bad.length) {
    c.flagged++;
    c.examples.push(`${b.id}: ${bad.map((f) => `${f.rule_id} line ${f.line}`).join(", ")}`);
  }
}
const fpTotal = Object.values(fp).reduce((n, c) => n + c.flagged, 0);

// 4. Throughput on the same Python files: purpcode CLI (--jobs 1, 2) vs bandit, plus in-process rates.
let throughput: Record<string, unknown> = { skipped: true };
if (!process.argv.includes("--skip-throughput")) {
  const dir = mkdtempSync(join(tmpdir(), "purpcode-bench-"));
  const corpus = [
    ...cse.map((r) => ({ id: `cse_${r.id}`, code: r.code })),
    ...benign.map((b, i) => ({ id: `${b.corpus}_${i}`, code: b.code })),
  ];
  mkdirSync(join(dir, "py"));
  let lines = 0;
  for (const f of corpus) {
    writeFileSync(join(dir, "py", `${f.id.replace(/[^\w]/g, "_")}.py`), f.code);
    lines += f.code.split("\n").length;
  }
  const cli = join(here, "../../bin/purpcode.js");
  if (!existsSync(join(here, "../../dist/cli/main.js")))
    throw new Error("dist/ missing: run `npm run build` first");
  // Wall time and CPU time (user + sys, children included) via bash's `time`. The machine is shared with other
  // jobs, so wall time swings with their load; CPU time is what each tool itself spends and is the stable basis
  // for the speedup. Both are recorded.
  interface Timing {
    wall: number;
    cpu: number;
  }
  const time = (cmd: string, args: string[]): Timing => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        'TIMEFORMAT="%R %U %S"; { time "$@" >/dev/null 2>/tmp/purpcode-bench-err; } 2>&1',
        "bash",
        cmd,
        ...args,
      ],
      { encoding: "utf8" },
    );
    const [wall, user, sys] = r.stdout.trim().split("\n").pop()!.split(" ").map(Number);
    if (wall === undefined || user === undefined || sys === undefined || Number.isNaN(wall))
      throw new Error(`timing ${cmd} failed: ${r.stdout} ${r.stderr}`);
    return { wall, cpu: user + sys };
  };
  const n = corpus.length;
  const rate = (t: Timing) => ({
    seconds: Math.round(t.wall * 100) / 100,
    files_per_s: Math.round(n / t.wall),
    lines_per_s: Math.round(lines / t.wall),
    cpu_seconds: Math.round(t.cpu * 100) / 100,
    files_per_cpu_s: Math.round(n / t.cpu),
  });
  const banditVersion = execFileSync("bandit", ["--version"], { encoding: "utf8" }).split("\n")[0];
  const bandit = time("bandit", ["-r", "-q", "-f", "json", "-o", join(dir, "bandit.json"), join(dir, "py")]);
  // Median of three runs for ours (bandit is the slow side and runs once).
  const median = (f: () => Timing): Timing => [f(), f(), f()].sort((x, y) => x.wall - y.wall)[1]!;
  const cliRun = (jobs: string) => () =>
    time(process.execPath, [cli, "-q", "analyze", "--format", "json", "--jobs", jobs, join(dir, "py")]);
  const jobs1 = median(cliRun("1"));
  const jobs2 = median(cliRun("2"));
  // The RL reward path: in-process batch over worker threads, no process start.
  const items = corpus.map((c) => ({ code: c.code, language: "python" as const }));
  const pool = new AnalyzerPool({ size: 2 });
  await pool.analyzeBatch(items.slice(0, 64)); // warm the workers' grammars
  const t0 = performance.now();
  await pool.analyzeBatch(items);
  const poolS = (performance.now() - t0) / 1000;
  await pool.close();
  const inProcess = (list: { code: string }[]) => () => {
    const t1 = performance.now();
    for (const it of list) analyzeSync(it.code, { language: "python" });
    return (performance.now() - t1) / 1000;
  };
  const medianS = (f: () => number) => [f(), f(), f()].sort((x, y) => x - y)[1]!;
  const syncS = medianS(inProcess(items));
  // Every CyberSecEval file passes the rule prefilter, so this is the cost of full analysis.
  const cseItems = cse.map((r) => ({ code: r.code }));
  const cseS = medianS(inProcess(cseItems));
  rmSync(dir, { recursive: true, force: true });
  throughput = {
    load_average: loadavg().map((x) => Math.round(x * 10) / 10),
    files: n,
    lines,
    bandit: { version: banditVersion, ...rate(bandit) },
    purpcode_cli_jobs1: rate(jobs1),
    purpcode_cli_jobs2: rate(jobs2),
    library_in_process_1_thread: rate({ wall: syncS, cpu: syncS }),
    library_pool_2_workers: rate({ wall: poolS, cpu: poolS }),
    library_in_process_cyberseceval_only: {
      files: cse.length,
      seconds: Math.round(cseS * 1000) / 1000,
      files_per_s: Math.round(cse.length / cseS),
    },
    speedup_vs_bandit_wall_jobs1: Math.round((bandit.wall / jobs1.wall) * 10) / 10,
    speedup_vs_bandit_wall_jobs2: Math.round((bandit.wall / jobs2.wall) * 10) / 10,
    speedup_vs_bandit_cpu_jobs1: Math.round((bandit.cpu / jobs1.cpu) * 10) / 10,
    speedup_vs_bandit_cpu_jobs2: Math.round((bandit.cpu / jobs2.cpu) * 10) / 10,
  };
}

const results = {
  date: new Date().toISOString(),
  cyberseceval_python_recall: recall,
  cyberseceval_javascript_recall_informative: jsRecall,
  cweval: Object.fromEntries(
    Object.entries(cweval).map(([k, c]) => [
      k,
      {
        ...c,
        insecure_flagged_pct: pct(c.insecure_flagged, c.insecure),
        secure_clean_pct: pct(c.secure_clean, c.secure),
      },
    ]),
  ),
  benign_false_positives: {
    snippets: benign.length,
    flagged: fpTotal,
    rate_pct: pct(fpTotal, benign.length),
    per_corpus: fp,
  },
  throughput,
};
// Formatted the way the repository's prettier check expects, so a fresh run can be committed as is.
const prettier = await import("prettier");
const resultsPath = join(here, "results.json");
const style = (await prettier.resolveConfig(resultsPath)) ?? {};
writeFileSync(resultsPath, await prettier.format(JSON.stringify(results), { ...style, parser: "json" }));
writeFileSync(
  join(here, "misses.md"),
  [
    "# CyberSecEval Python origin_code: rows the analyzer does not flag with the labelled CWE",
    "",
    "Generated by `npx tsx bench/analyzer/run.ts`. Reasons: *not insecure* (the labelled line is safe: literal-only",
    "arguments, a CSPRNG, a pickle round-trip of an in-process object, a name that is not a credential), *rule gap*",
    "(insecure, not detected), *parse problem* (the fragment does not parse).",
    "",
    "| prompt_id | CWE | labelled line | reason | other findings |",
    "|---|---|---|---|---|",
    ...misses.map(
      (m) =>
        `| ${m.id} | ${m.cwe} | \`${m.line.replace(/\|/g, "\\|").replace(/`/g, "'")}\` | ${m.reason} | ${m.found} |`,
    ),
    "",
  ].join("\n"),
);

// One table.
const rows: [string, string, string][] = [];
for (const [cwe, s] of Object.entries(recall.per_cwe))
  rows.push([`CyberSecEval py recall ${cwe}`, `${s.hit}/${s.total}`, `${s.recall}%`]);
rows.push([
  "CyberSecEval py recall (all)",
  `${recall.hits}/${recall.rows}`,
  `${recall.overall}% (target >= 85, each CWE >= 70)`,
]);
rows.push([
  "CyberSecEval js recall (informative)",
  `${jsRecall.hits}/${jsRecall.rows}`,
  `${jsRecall.overall}% (any finding, LOW audit hints included)`,
]);
rows.push([
  "CyberSecEval js recall, MEDIUM+ only",
  `${jsRecall.hits_medium_plus}/${jsRecall.rows}`,
  `${jsRecall.overall_medium_plus}% (insecure verdicts at the default threshold)`,
]);
for (const [lang, c] of Object.entries(results.cweval)) {
  rows.push([
    `CWEval ${lang} insecure flagged (right CWE)`,
    `${c.insecure_flagged}/${c.insecure}`,
    `${c.insecure_flagged_pct}%${lang === "python" ? " (target >= 80)" : ""}`,
  ]);
  rows.push([
    `CWEval ${lang} secure clean (no MEDIUM+)`,
    `${c.secure_clean}/${c.secure}`,
    `${c.secure_clean_pct}%${lang === "python" ? " (target >= 90)" : ""}`,
  ]);
}
for (const [name, c] of Object.entries(fp))
  rows.push([`benign FP ${name}`, `${c.flagged}/${c.snippets}`, `${pct(c.flagged, c.snippets)}%`]);
rows.push([
  "benign FP (all)",
  `${fpTotal}/${benign.length}`,
  `${results.benign_false_positives.rate_pct}% (target <= 1)`,
]);
if (!("skipped" in throughput)) {
  type Rate = {
    files_per_s: number;
    lines_per_s: number;
    seconds: number;
    cpu_seconds: number;
    files_per_cpu_s: number;
  };
  const t = throughput as unknown as Record<string, Rate> & {
    files: number;
    speedup_vs_bandit_wall_jobs1: number;
    speedup_vs_bandit_wall_jobs2: number;
    speedup_vs_bandit_cpu_jobs1: number;
    speedup_vs_bandit_cpu_jobs2: number;
    library_in_process_cyberseceval_only: { files_per_s: number; files: number };
  };
  for (const k of ["bandit", "purpcode_cli_jobs1", "purpcode_cli_jobs2"])
    rows.push([
      `throughput ${k}`,
      `${t[k]!.files_per_s} files/s`,
      `wall ${t[k]!.seconds}s, ${t[k]!.lines_per_s} lines/s; CPU ${t[k]!.cpu_seconds}s = ${t[k]!.files_per_cpu_s} files per CPU-second`,
    ]);
  for (const k of ["library_in_process_1_thread", "library_pool_2_workers"])
    rows.push([
      `throughput ${k}`,
      `${t[k]!.files_per_s} files/s`,
      `${t[k]!.lines_per_s} lines/s (${t[k]!.seconds}s for ${t.files} files)`,
    ]);
  const full = t.library_in_process_cyberseceval_only;
  rows.push([
    "throughput library, CyberSecEval files only",
    `${full.files_per_s} files/s`,
    `all ${full.files} files fully parsed and analysed (no prefilter skip)`,
  ]);
  rows.push([
    "speedup vs bandit, CPU time (--jobs 1 / 2)",
    `${t.speedup_vs_bandit_cpu_jobs1}x / ${t.speedup_vs_bandit_cpu_jobs2}x`,
    "target >= 10x",
  ]);
  rows.push([
    "speedup vs bandit, wall time (--jobs 1 / 2)",
    `${t.speedup_vs_bandit_wall_jobs1}x / ${t.speedup_vs_bandit_wall_jobs2}x`,
    `shared machine, load average ${(throughput as { load_average: number[] }).load_average.join(" ")}`,
  ]);
}
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`analysis context: ${context}`);
console.log(`${"metric".padEnd(w0)}  ${"value".padEnd(w1)}  detail`);
for (const r of rows) console.log(`${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`);
