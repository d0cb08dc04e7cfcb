// bench/dedup: MinHash/LSH near-duplicate removal on synthetic prompts with planted near-duplicates (10% of the
// rows), at 10k / 100k / 1M rows. Each size runs in its own process so its peak RSS is its own; the input rows
// alone are measured first (their RSS is part of the peak: the CLI holds a set's rows too).
// Anchor, measured in the same process: exact dedup on normalised text (a hash set) - the floor on time, and
// what near-duplicate detection adds in recall. Single thread.
// Usage: npx tsx bench/dedup/run.ts [--sizes 10000,100000,1000000] [--rounds R]
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { dedupSets, normalise, promptText } from "../../src/redteam/dedup.js";
import { syntheticPrompts } from "../../src/redteam/standins/synthetic.js";

const argOf = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

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

interface SizeResult {
  rows: number;
  planted: number;
  rounds: number;
  input_rss_mb: number;
  peak_rss_mb: number;
  results: Result[];
}

const mb = (bytes: number) => Math.round(bytes / 1e6);

function child(rows: number, rounds: number): SizeResult {
  const set = syntheticPrompts({ bases: rows - rows / 10, duplicates: rows / 10, edits: 4, seed: 7 });
  const cluster = (id: string) => set.planted.get(id) ?? id;
  (globalThis as { gc?: () => void }).gc?.();
  const inputRss = process.memoryUsage().rss;

  const measure = (method: string, run: () => Array<{ task_id: string; match: string }>): Result => {
    const times: Array<{ wall: number; cpu: number }> = [];
    let removed: Array<{ task_id: string; match: string }> = [];
    for (let r = 0; r < rounds; r++) {
      removed = [];
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      removed = run();
      const c = process.cpuUsage(c0);
      times.push({ wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 });
    }
    times.sort((a, b) => a.cpu - b.cpu);
    const median = times[Math.floor(times.length / 2)]!;
    const right = removed.filter((x) => cluster(x.task_id) === cluster(x.match)).length;
    return {
      method,
      rows: set.rows.length,
      seconds: Math.round(median.wall * 100) / 100,
      cpu_seconds: Math.round(median.cpu * 100) / 100,
      rows_per_s: Math.round(set.rows.length / median.cpu),
      removed: removed.length,
      precision: removed.length ? Math.round((right / removed.length) * 10000) / 10000 : 1,
      recall: Math.round((right / set.planted.size) * 10000) / 10000,
    };
  };

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
  // The anchor's map is garbage now; collect it so the peak RSS is the input plus the dedup's own state.
  (globalThis as { gc?: () => void }).gc?.();
  const minhash = measure(
    "MinHash/LSH, threshold 0.7",
    () => dedupSets([{ name: "bench", rows: set.rows }]).removed,
  );
  return {
    rows: set.rows.length,
    planted: set.planted.size,
    rounds,
    input_rss_mb: mb(inputRss),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1000),
    results: [anchor, minhash],
  };
}

if (process.argv.includes("--child")) {
  const result = child(Number(argOf("rows")), Number(argOf("rounds")));
  process.stdout.write(JSON.stringify(result) + "\n");
} else {
  const sizes = (argOf("sizes") ?? "10000,100000,1000000").split(",").map(Number);
  const out: SizeResult[] = [];
  for (const rows of sizes) {
    // Three rounds (median by CPU time) where a round is short; one at a million rows.
    const rounds = Number(argOf("rounds") ?? (rows >= 1_000_000 ? 1 : 3));
    const run = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        "--expose-gc",
        fileURLToPath(import.meta.url),
        "--child",
        "--rows",
        String(rows),
        "--rounds",
        String(rounds),
      ],
      { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] },
    );
    if (run.status !== 0) throw new Error(`bench child for ${rows} rows failed (exit ${run.status})`);
    const result = JSON.parse(run.stdout.trim().split("\n").pop()!) as SizeResult;
    out.push(result);
    const header = ["method", "rows", "wall s", "cpu s", "rows/cpu s", "removed", "precision", "recall"];
    const lines = result.results.map((r) =>
      [r.method, r.rows, r.seconds, r.cpu_seconds, r.rows_per_s, r.removed, r.precision, r.recall].map(
        String,
      ),
    );
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
    console.log(
      `\n${result.rows} prompts (${result.planted} planted near-duplicates), median of ${rounds} round(s); ` +
        `RSS: input ${result.input_rss_mb} MB, peak ${result.peak_rss_mb} MB`,
    );
    console.log(fmt(header));
    for (const l of lines) console.log(fmt(l));
    const [anchor, minhash] = result.results as [Result, Result];
    console.log(
      `MinHash/LSH: ${(minhash.cpu_seconds / anchor.cpu_seconds).toFixed(1)}x the anchor's CPU time; ` +
        `under 60 s CPU: ${minhash.cpu_seconds < 60}; peak RSS under 2 GB: ${result.peak_rss_mb < 2000}`,
    );
  }
  writeFileSync(
    new URL("./results.json", import.meta.url),
    JSON.stringify(
      { node: process.version, load_average_1m: loadavg()[0], cpus: availableParallelism(), sizes: out },
      null,
      2,
    ) + "\n",
  );
}
