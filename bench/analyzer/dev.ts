// Development benchmark over bench/analyzer/dev/cases.ts: per-class recall on positives and false-positive rate
// on safe look-alikes. A positive counts when a finding carries the class's CWE (or a mapped one); a safe case
// counts as a false positive when any MEDIUM+ finding carries it.
// Run: npx tsx bench/analyzer/dev.ts [--verbose]
import { analyzeSync } from "../../src/analyzer/engine.js";
import { loadGrammars } from "../../src/analyzer/parse/index.js";
import { severityRank } from "../../src/analyzer/types.js";
import { matchesCwe } from "./cwe-map.js";
import { DEV_CASES } from "./dev/cases.js";

await loadGrammars();
const verbose = process.argv.includes("--verbose");
const per = new Map<string, { pos: number; hit: number; neg: number; fp: number }>();
for (const c of DEV_CASES) {
  const findings = analyzeSync(c.code, { language: c.language }).findings.filter((f) =>
    matchesCwe(c.cwe, f.cwe),
  );
  const s = per.get(c.cwe) ?? { pos: 0, hit: 0, neg: 0, fp: 0 };
  if (c.vulnerable) {
    s.pos++;
    if (findings.length) s.hit++;
    else if (verbose) console.log(`MISS ${c.cwe} ${c.language}: ${c.note}`);
  } else {
    s.neg++;
    const bad = findings.filter((f) => severityRank(f.severity) >= severityRank("MEDIUM"));
    if (bad.length) {
      s.fp++;
      if (verbose)
        console.log(`FP   ${c.cwe} ${c.language}: ${c.note} (${bad.map((f) => f.rule_id).join(", ")})`);
    }
  }
  per.set(c.cwe, s);
}
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : "-");
const rows = [...per].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
console.log("| class | recall | false positives |\n|---|---|---|");
for (const [cwe, s] of rows)
  console.log(
    `| ${cwe} | ${s.hit}/${s.pos} = ${pct(s.hit, s.pos)} | ${s.fp}/${s.neg} = ${pct(s.fp, s.neg)} |`,
  );
const t = rows.reduce(
  (a, [, s]) => ({ pos: a.pos + s.pos, hit: a.hit + s.hit, neg: a.neg + s.neg, fp: a.fp + s.fp }),
  {
    pos: 0,
    hit: 0,
    neg: 0,
    fp: 0,
  },
);
console.log(`| all | ${t.hit}/${t.pos} = ${pct(t.hit, t.pos)} | ${t.fp}/${t.neg} = ${pct(t.fp, t.neg)} |`);
