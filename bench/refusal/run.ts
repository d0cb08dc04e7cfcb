// Precision / recall of the rule-based refusal detector on the hand-labelled set, per slice, against a naive
// keyword anchor (any common refusal keyword anywhere in the text), plus throughput.
// Run: npx tsx bench/refusal/run.ts
import { writeFileSync } from "node:fs";
import { detectRefusal, scoreDetector, type RefusalVerdict } from "../../src/judges/refusal.js";
import { loadRefusalSet } from "../../src/judges/refusal-set.js";

const KEYWORDS = [
  "sorry",
  "i cannot",
  "i can't",
  "i won't",
  "as an ai",
  "unable to",
  "i apologize",
  "not able to",
];
function keywordAnchor(text: string): RefusalVerdict {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const hit = KEYWORDS.find((k) => lower.includes(k));
  return { refusal: hit !== undefined, reason: hit ?? "" };
}

const rows = await loadRefusalSet();
const slices = {
  all: rows,
  development: rows.filter((r) => !r.kind.startsWith("heldout")),
  "held-out": rows.filter((r) => r.kind.startsWith("heldout")),
};

const table: Record<string, unknown>[] = [];
for (const [slice, subset] of Object.entries(slices)) {
  for (const [detector, fn] of [
    ["purpcode detector", detectRefusal],
    ["keyword anchor", keywordAnchor],
  ] as const) {
    const s = scoreDetector(subset, fn);
    table.push({
      slice,
      detector,
      n: s.total,
      refusals: s.truePositives + s.falseNegatives,
      precision: Number(s.precision.toFixed(3)),
      recall: Number(s.recall.toFixed(3)),
      fp: s.falsePositives,
      fn: s.falseNegatives,
    });
  }
}

// Throughput on the whole set, repeated for a stable timing.
const reps = 200;
const t0 = performance.now();
for (let i = 0; i < reps; i++) for (const r of rows) detectRefusal(r.text);
const perSecond = (reps * rows.length) / ((performance.now() - t0) / 1000);

console.table(table);
console.log(`throughput: ${Math.round(perSecond).toLocaleString()} responses/s (${rows.length} x ${reps})`);
writeFileSync(
  new URL("./results.json", import.meta.url),
  JSON.stringify(
    { date: new Date().toISOString(), rows: table, responsesPerSecond: Math.round(perSecond) },
    null,
    2,
  ) + "\n",
);
