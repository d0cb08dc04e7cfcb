// Precision / recall of the rule-based refusal detector on the hand-labelled set, per slice, against a naive
// keyword anchor (any common refusal keyword anywhere in the text), plus throughput.
// Run: npx tsx bench/refusal/run.ts
import { writeFileSync } from "node:fs";
import { checkFormat } from "../../src/judges/format.js";
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

// The format gate runs on every RL response: time it on a 3k-token-sized aligned response (~19k characters),
// and on a degenerate one (the repeat is found early and the scan stops).
const body = Array.from({ length: 2400 }, (_, i) => `tok${(i * 7919) % 10007}`).join(" ");
const aligned = JSON.parse(
  JSON.stringify(`## Analysis\n${body.slice(0, 3000)}\n## Answer\n${body.slice(3000)}`),
);
const looping = `## Analysis\nfine\n## Answer\n${"the same sentence comes back again and again. ".repeat(400)}`;
const gate: Record<string, unknown>[] = [];
for (const [name, text] of [
  ["aligned response", aligned],
  ["degenerate response", looping],
] as const) {
  const n = 2000;
  checkFormat(text);
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) checkFormat(text);
  const cpu = process.cpuUsage(cpu0);
  gate.push({
    format_gate: name,
    chars: text.length,
    wall_us_per_response: Number((((performance.now() - start) * 1000) / n).toFixed(1)),
    // CPU time is what a loaded shared machine distorts least.
    cpu_us_per_response: Number(((cpu.user + cpu.system) / n).toFixed(1)),
    ok: checkFormat(text).ok,
  });
}

console.table(table);
console.log(
  `refusal detector: ${Math.round(perSecond).toLocaleString()} responses/s (${rows.length} x ${reps})`,
);
console.table(gate);
writeFileSync(
  new URL("./results.json", import.meta.url),
  JSON.stringify(
    { date: new Date().toISOString(), rows: table, responsesPerSecond: Math.round(perSecond) },
    null,
    2,
  ) + "\n",
);
