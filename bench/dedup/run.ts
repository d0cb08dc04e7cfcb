// bench/dedup: MinHash/LSH near-duplicate removal on 100k synthetic prompts with planted near-duplicates.
// Anchor, measured in the same run: exact dedup on normalised text (a hash set) - the floor on time, and what
// near-duplicate detection adds in recall. Single thread (the machine has 2 cores; one is left for the OS).
// Usage: npx tsx bench/dedup/run.ts [--rows N] [--duplicates D] [--rounds R]
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dedupSets, normalise, promptText } from "../../src/redteam/dedup.js";
import { syntheticPrompts } from "../../src/redteam/testing/synthetic.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg("rows", 100_000);
const DUPLICATES = arg("duplicates", 10_000);
const ROUNDS = arg("rounds", 3);

const set = syntheticPrompts({ bases: ROWS - DUPLICATES, duplicates: DUPLICATES, edits: 4, seed: 7 });
const cluster = (id: string) => set.planted.get(id) ?? id;

interface Result {
  method: string;
  rows: number;
  seconds: number;
  cpu_seconds: number;
  rows_per_s: number;
  removed: number;
  precision: number;
  recall: number;
}

function measure(method: string, run: () => Array<{ task_id: string; match: string }>): Result {
  const times: Array<{ wall: number; cpu: number }> = [];
  let removed: Array<{ task_id: string; match: string }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    removed = run();
    const c = process.cpuUsage(c0);
    times.push({ wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 });
  }
  times.sort((a, b) => a.wall - b.wall);
  const median = times[Math.floor(times.length / 2)]!;
  const seconds = median.wall;
  const right = removed.filter((x) => cluster(x.task_id) === cluster(x.match)).length;
  return {
    method,
    rows: set.rows.length,
    seconds: Math.round(seconds * 100) / 100,
    cpu_seconds: Math.round(median.cpu * 100) / 100,
    rows_per_s: Math.round(set.rows.length / seconds),
    removed: removed.length,
    precision: removed.length ? Math.round((right / removed.length) * 10000) / 10000 : 1,
    recall: Math.round((right / set.planted.size) * 10000) / 10000,
  };
}

const anchor = measure("exact (normalised text hash) [anchor]", () => {
  const seen = new Map<string, string>();
  const removed: Array<{ task_id: string; match: string }> = [];
  for (const row of set.rows) {
    const key = normalise(promptText(row));
    const first = seen.get(key);
    if (first) removed.push({ task_id: row.task_id, match: first });
    else seen.set(key, row.task_id);
  }
  return removed;
});
const minhash = measure(
  "MinHash/LSH, threshold 0.7",
  () => dedupSets([{ name: "bench", rows: set.rows }]).removed,
);

const results = [anchor, minhash];
const header = ["method", "rows", "median wall s", "cpu s", "rows/s", "removed", "precision", "recall"];
const lines = results.map((r) =>
  [r.method, r.rows, r.seconds, r.cpu_seconds, r.rows_per_s, r.removed, r.precision, r.recall].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(
  `dedup of ${set.rows.length} prompts (${set.planted.size} planted near-duplicates), median of ${ROUNDS} rounds`,
);
console.log(fmt(header));
for (const l of lines) console.log(fmt(l));
console.log(
  `MinHash/LSH is ${(minhash.seconds / anchor.seconds).toFixed(1)}x the anchor's time; under 60 s: ${minhash.seconds < 60}`,
);

writeFileSync(
  new URL("./results.json", import.meta.url),
  JSON.stringify(
    {
      rows: set.rows.length,
      planted: set.planted.size,
      rounds: ROUNDS,
      node: process.version,
      load_average_1m: loadavg()[0],
      cpus: availableParallelism(),
      results,
    },
    null,
    2,
  ) + "\n",
);
