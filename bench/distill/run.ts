/**
 * bench/distill: verification throughput of `distill verify` on 10,000 samples with no cached verdict, mixed
 * oracles (a quarter each of codesec, correctness, general-safety, noreject), the scripted judge answering at
 * 50 ms latency. Anchor in the same run: the reward function alone (rl scoreBatch in batches of 256, no job, no
 * cache) on the same samples. Also: each oracle's samples alone, and a rerun (every verdict from the cache).
 *
 *   npx tsx bench/distill/run.ts [--samples 10000] [--k 4]
 */
import { cpus, tmpdir } from "node:os";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OpenAIProviderSchema } from "../../src/core/config.js";
import { writeJsonl } from "../../src/core/jsonl.js";
import { distillLayout, runVerifyStage } from "../../src/distill/pipeline.js";
import { rewardScorer } from "../../src/distill/reward.js";
import { scriptedJudge } from "../../src/judges/standins/scripted-judge.js";
import { OpenAIChatProvider } from "../../src/llm/openai-provider.js";
import { startOpenAIServer } from "../../src/llm/standins/openai-server.js";
import { openOracles } from "../../src/verdict/open.js";
import { BENCH_ORACLES, benchSet } from "./samples.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg("samples", 10_000);
const K = arg("k", 4);
const JUDGE_LATENCY_MS = 50;
const CHUNK = 256;
const TARGET = 500;

const judgeServer = await startOpenAIServer({
  script: [scriptedJudge()],
  latencyMs: JUDGE_LATENCY_MS,
  logBodies: false,
});
const judge = new OpenAIChatProvider(
  OpenAIProviderSchema.parse({
    kind: "openai",
    model: "judge",
    base_url: judgeServer.url,
    concurrency: 256,
    max_retries: 2,
  }),
);
const set = await openOracles({ judge, judgeConcurrency: 256 });
const score = rewardScorer(set.oracles);
const work = mkdtempSync(join(tmpdir(), "purpcode-bench-distill-"));

interface Row {
  scenario: string;
  samples: number;
  seconds: number;
  samples_per_s: number;
  verified: number;
  scored?: number;
  cache_hits?: number;
}
const rows: Row[] = [];

const data = benchSet(Math.ceil(TOTAL / BENCH_ORACLES.length / K), K);
const input = join(work, "prompts.jsonl");
await writeJsonl(input, data.rows);

/** The anchor: the reward alone, batches of 256, four in flight, no job and no cache. */
async function anchor(): Promise<Row> {
  const rowsById = new Map(data.rows.map((r) => [r.task_id, r]));
  const items = data.samples.map((s) => ({
    response: s.response!,
    row: { ...rowsById.get(s.task_id)!, messages: s.messages },
  }));
  const started = performance.now();
  let verified = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < items.length) {
        const chunk = items.slice(next, (next += CHUNK));
        for (const v of await score(chunk)) if (v.acc) verified++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: "anchor: reward alone (scoreBatch x256)",
    samples: items.length,
    seconds,
    samples_per_s: items.length / seconds,
    verified,
  };
}

async function verify(name: string, oracles: string[], dir: string): Promise<Row> {
  const layout = distillLayout(dir);
  const samples = data.samples.filter((s) => oracles.includes(s.oracles[0]!));
  await writeJsonl(layout.samplesFile, samples);
  const started = performance.now();
  const summary = await runVerifyStage({
    input,
    layout,
    score,
    scorerId: "bench",
    quiet: true,
    concurrency: CHUNK,
  });
  const seconds = (performance.now() - started) / 1000;
  if (summary.failed > 0) throw new Error(`${name}: ${summary.failed} samples failed verification`);
  const { readJsonlAll } = await import("../../src/core/jsonl.js");
  const verified = (await readJsonlAll(layout.verdicts)).filter((v) => (v as { acc: boolean }).acc).length;
  return {
    scenario: name,
    samples: samples.length,
    seconds,
    samples_per_s: samples.length / seconds,
    verified,
    scored: summary.scored,
    cache_hits: summary.cacheHits,
  };
}

// Warm-up: analyzer workers, sandbox, judge connections.
await score(
  data.samples
    .slice(0, 64)
    .map((s) => ({ response: s.response!, row: data.rows.find((r) => r.task_id === s.task_id)! })),
);

rows.push(await anchor());
const mixedDir = join(work, "mixed");
rows.push(await verify("distill verify, mixed", BENCH_ORACLES, mixedDir));
for (const oracle of BENCH_ORACLES)
  rows.push(await verify(`distill verify, ${oracle} only`, [oracle], join(work, oracle)));
// A rerun with the verdicts file gone: every verdict comes from the content-hash cache.
rmSync(distillLayout(mixedDir).verdicts);
rows.push(await verify("distill verify, mixed, rerun (cache)", BENCH_ORACLES, mixedDir));

await set.close();
await judgeServer.close();
rmSync(work, { recursive: true, force: true });

const anchorRate = rows[0]!.samples_per_s;
const table = [
  ["scenario", "samples", "seconds", "samples/s", "vs anchor", "verified", "scored"],
  ...rows.map((r) => [
    r.scenario,
    String(r.samples),
    r.seconds.toFixed(2),
    r.samples_per_s.toFixed(0),
    `${(r.samples_per_s / anchorRate).toFixed(2)}x`,
    String(r.verified),
    r.scored === undefined ? "-" : String(r.scored),
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table)
  console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
const mixed = rows[1]!;
console.log(
  `target: >= ${TARGET} samples/s mixed on ${cpus().length} cores: ${mixed.samples_per_s >= TARGET ? "met" : "NOT met"}`,
);

writeFileSync(
  new URL("./results.json", import.meta.url),
  JSON.stringify(
    {
      command: "npx tsx bench/distill/run.ts",
      date: new Date().toISOString(),
      machine: { cores: cpus().length, node: process.version },
      judge_latency_ms: JUDGE_LATENCY_MS,
      samples_per_prompt: K,
      target_samples_per_s: TARGET,
      rows: rows.map((r) => ({
        ...r,
        seconds: Number(r.seconds.toFixed(3)),
        samples_per_s: Math.round(r.samples_per_s),
      })),
    },
    null,
    2,
  ) + "\n",
);
