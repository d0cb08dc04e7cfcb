// Development benchmark over the suites in bench/analyzer/dev/ (index.ts says what each imitates). Per suite and
// class: recall on positives (a finding carrying the class's CWE or a mapped one, on the labelled line when the
// case names one), any-finding recall, false positives on safe look-alikes (a finding of the class's CWE: at any
// severity, and at MEDIUM+ as the reward counts), and the OWASP-style score TPR - FPR (both at any severity).
// Per suite also: safe cases with a MEDIUM+ finding of any CWE (on the labelled line when the case names one), which
// the per-class columns leave out and the reward does not.
// Run: npx tsx bench/analyzer/dev.ts [--suite NAME[,NAME]] [--match TEXT] [--verbose] [--list-any] [--json PATH]
//   [--context answer] (analyse the cases as policy answers: test names and suppression comments lower nothing)
// --match keeps only cases whose note contains TEXT (e.g. one batch of a suite, measured on its own).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { detectorFailures } from "../../src/analyzer/cut-short.js";
import { budgetExhaustions } from "../../src/analyzer/dataflow/budget.js";
import { analyzeSync } from "../../src/analyzer/engine.js";
import { analyzeMarkupSync, isMarkupPath } from "../../src/analyzer/markup.js";
import { loadGrammars } from "../../src/analyzer/parse/index.js";
import { severityRank, type Finding } from "../../src/analyzer/types.js";
import { matchesCwe } from "./cwe-map.js";
import { SUITES, type DevCase } from "./dev/index.js";

const { values } = parseArgs({
  options: {
    suite: { type: "string" },
    verbose: { type: "boolean", default: false },
    "list-any": { type: "boolean", default: false },
    match: { type: "string" },
    json: { type: "string", default: "bench/analyzer/dev.json" },
    context: { type: "string", default: "repository" },
  },
});
if (values.context !== "repository" && values.context !== "answer") {
  console.error(`dev.ts: --context is repository or answer, not "${values.context}"`);
  process.exit(2);
}
const context = values.context;
const wanted = values.suite ? values.suite.split(",") : Object.keys(SUITES);
for (const name of wanted)
  if (!SUITES[name]) {
    console.error(`dev.ts: no suite "${name}" (have: ${Object.keys(SUITES).join(", ")})`);
    process.exit(2);
  }

interface Tally {
  pos: number;
  hit: number;
  any: number;
  neg: number;
  fp: number;
  fpMedium: number;
  /** Safe cases with a MEDIUM+ finding of any CWE. */
  fpAnyMedium: number;
}
const empty = (): Tally => ({ pos: 0, hit: 0, any: 0, neg: 0, fp: 0, fpMedium: 0, fpAnyMedium: 0 });
const add = (a: Tally, b: Tally): Tally => ({
  pos: a.pos + b.pos,
  hit: a.hit + b.hit,
  any: a.any + b.any,
  neg: a.neg + b.neg,
  fp: a.fp + b.fp,
  fpMedium: a.fpMedium + b.fpMedium,
  fpAnyMedium: a.fpAnyMedium + b.fpAnyMedium,
});
const ratio = (a: number, b: number) => (b ? a / b : 0);
const pct = (a: number, b: number) => (b ? `${a}/${b} = ${Math.round((100 * a) / b)}%` : "-");
/** OWASP Benchmark's score: true-positive rate minus false-positive rate. */
const score = (t: Tally) => (t.pos && t.neg ? ratio(t.hit, t.pos) - ratio(t.fp, t.neg) : NaN);
const fmtScore = (s: number) => (Number.isNaN(s) ? "-" : `${Math.round(100 * s)}%`);

await loadGrammars();
const results: Record<string, { classes: Record<string, Tally & { score: number }>; all: Tally }> = {};
for (const name of wanted) {
  const per = new Map<string, Tally>();
  // Cases whose analysis a rule's throw or the data-flow budget cut short (the reward fails those closed).
  let cut = 0;
  for (const c of SUITES[name] as DevCase[]) {
    if (values.match !== undefined && !c.note.includes(values.match)) continue;
    const before = detectorFailures() + budgetExhaustions();
    const all: Finding[] =
      c.file && isMarkupPath(c.file)
        ? (analyzeMarkupSync(c.code, c.file, { context })?.findings ?? [])
        : analyzeSync(c.code, { language: c.language, context }).findings;
    if (detectorFailures() + budgetExhaustions() > before) {
      cut++;
      if (values.verbose) console.log(`CUT  ${name} ${c.cwe} ${c.language}: ${c.note}`);
    }
    const mine = all.filter((f) => matchesCwe(c.cwe, f.cwe) && (c.line === undefined || f.line === c.line));
    const s = per.get(c.cwe) ?? empty();
    const label = `${name} ${c.cwe} ${c.language}: ${c.note}`;
    if (c.vulnerable) {
      s.pos++;
      if (mine.length) s.hit++;
      if (all.length) s.any++;
      if (!mine.length && values.verbose)
        console.log(
          `MISS ${label}${all.length ? ` (has ${all.map((f) => `${f.rule_id}@${f.line}`).join(", ")})` : ""}`,
        );
    } else {
      s.neg++;
      if (mine.length) s.fp++;
      const bad = mine.filter((f) => severityRank(f.severity) >= severityRank("MEDIUM"));
      if (bad.length) s.fpMedium++;
      const onLine = all.filter((f) => c.line === undefined || f.line === c.line);
      const anyBad = onLine.filter((f) => severityRank(f.severity) >= severityRank("MEDIUM"));
      if (anyBad.length) s.fpAnyMedium++;
      if (anyBad.length && values["list-any"])
        console.log(
          `ANY  ${label} (${anyBad.map((f) => `${f.rule_id} ${f.severity}@${f.line}`).join(", ")})`,
        );
      if (mine.length && values.verbose)
        console.log(`FP   ${label} (${mine.map((f) => `${f.rule_id} ${f.severity}`).join(", ")})`);
    }
    per.set(c.cwe, s);
  }
  const rows = [...per].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
  console.log(`\n### ${name}\n`);
  console.log(
    "| class | recall (right CWE) | any finding | false positives | FP at MEDIUM+ | score TPR-FPR |\n|---|---|---|---|---|---|",
  );
  const line = (label: string, t: Tally) =>
    console.log(
      `| ${label} | ${pct(t.hit, t.pos)} | ${pct(t.any, t.pos)} | ${pct(t.fp, t.neg)} | ${pct(t.fpMedium, t.neg)} | ${fmtScore(score(t))} |`,
    );
  let total = empty();
  const classes: Record<string, Tally & { score: number }> = {};
  for (const [cwe, t] of rows) {
    line(cwe, t);
    total = add(total, t);
    classes[cwe] = { ...t, score: score(t) };
  }
  line("all", total);
  console.log(
    `\nsafe cases with a MEDIUM+ finding of any CWE (what the reward sees): ${pct(total.fpAnyMedium, total.neg)}`,
  );
  console.log(`cases cut short (a rule threw, or the data-flow budget ran out): ${cut}`);
  const scored = rows.filter(([, t]) => t.pos && t.neg).map(([, t]) => score(t));
  if (scored.length)
    console.log(
      `\nmean score over ${scored.length} classes with both kinds: ${fmtScore(scored.reduce((a, b) => a + b, 0) / scored.length)}`,
    );
  results[name] = { classes, all: total };
}
if (!values.suite && values.match === undefined)
  writeFileSync(values.json, JSON.stringify(results, null, 2) + "\n");
