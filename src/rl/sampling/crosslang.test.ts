import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DapoPlanner } from "./dapo.js";
import type { RolledGroup } from "./group.js";
import { HistoryAwarePlanner } from "./history-aware.js";
import { sampleStep, type SamplingPlanner } from "./planner.js";
import { Prng, mixSeed } from "./random.js";
import { EpochSource } from "./simulator.js";
import { SingleStepPlanner } from "./single-step.js";

/**
 * The verl extension (adapters/purpcode_verl/planner.py) must decide exactly as this library does: the same
 * prompts rolled, the same groups trained, dropped and discarded, step after step, on the same seeds and
 * reward streams. The Python side runs under /usr/bin/python3 (standard library only).
 */
const ADAPTERS = fileURLToPath(new URL("../../../adapters/", import.meta.url));

type Options = Record<string, number>;
interface Scenario {
  planner: "dapo" | "single-step" | "history-aware";
  options: Options;
  pool: number;
  sourceSeed: number;
  steps: number;
  /** rewards[step][uid][k]: the reward vector of the k-th roll of prompt uid in that step. */
  rewards: Record<string, number[][]>[];
}

/** Prompt kinds that exercise the filter: saturated, graded {0, 0.8}, sub-threshold wobble, Bernoulli. */
function rewardVector(seed: number, uid: number, step: number, k: number, n: number): number[] {
  const kind = new Prng(mixSeed(seed, 0xc1a55, uid)).next();
  const r = new Prng(mixSeed(seed, uid, step, k));
  const drift = step / 40;
  return Array.from({ length: n }, () => {
    if (kind < 0.25) return r.next() < 0.02 + drift * 0.2 ? 0 : 1; // nearly always solved
    if (kind < 0.45) return r.next() < 0.03 + drift * 0.3 ? 1 : 0; // nearly never solved
    if (kind < 0.6) return r.next() < 0.5 ? 0.8 : 0; // soft score vs none: informative without a pass
    if (kind < 0.7) return 0.5 + (r.next() < 0.5 ? 2e-6 : 0); // float noise below 1e-5: zero variance
    return r.next() < 0.5 ? 1 : 0;
  });
}

function scenario(
  planner: Scenario["planner"],
  options: Options,
  pool: number,
  steps: number,
  seed: number,
): Scenario {
  const perStep =
    (options.trainBatch ?? 1) * Math.max(options.maxRollFactor ?? 1, options.maxGenBatches ?? 1);
  const occurrences = Math.ceil(perStep / pool) + 2;
  const rewards = Array.from({ length: steps }, (_, step) => {
    const table: Record<string, number[][]> = {};
    for (let uid = 0; uid < pool; uid++)
      table[String(uid)] = Array.from({ length: occurrences }, (_, k) => rewardVector(seed, uid, step, k, 8));
    return table;
  });
  return { planner, options, pool, sourceSeed: seed, steps, rewards };
}

function tsPlanner(s: Scenario): SamplingPlanner {
  const o = s.options;
  if (s.planner === "dapo")
    return new DapoPlanner({
      trainBatch: o.trainBatch!,
      genBatch: o.genBatch,
      maxGenBatches: o.maxGenBatches,
    });
  if (s.planner === "single-step")
    return new SingleStepPlanner({ trainBatch: o.trainBatch!, maxRollFactor: o.maxRollFactor });
  return new HistoryAwarePlanner({
    trainBatch: o.trainBatch!,
    maxRollFactor: o.maxRollFactor,
    retryProbability: o.retryProbability,
    maxSkips: o.maxSkips,
    seed: o.seed,
  });
}

function runTs(s: Scenario): unknown {
  const planner = tsPlanner(s);
  const source = new EpochSource(s.pool, s.sourceSeed);
  const steps = [];
  for (let step = 0; step < s.steps; step++) {
    const table = s.rewards[step]!;
    const seen = new Map<string, number>();
    const rolled: string[] = [];
    const roll = (uids: string[]): RolledGroup[] =>
      uids.map((uid) => {
        const k = seen.get(uid) ?? 0;
        seen.set(uid, k + 1);
        rolled.push(uid);
        return { uid, rewards: table[uid]![k]! };
      });
    const result = sampleStep(planner, source, roll);
    steps.push({
      rolled,
      trained: result.trained.map((g) => g.uid),
      zeroVariance: result.zeroVariance.map((g) => g.uid),
      surplus: result.surplus.map((g) => g.uid),
      rounds: result.rounds,
      capped: result.capped,
      skipped: result.skipped,
      drawn: result.drawn,
    });
  }
  const prng = new Prng(s.sourceSeed);
  return {
    steps,
    prng: Array.from({ length: 8 }, () => prng.nextUint32()),
    mixSeed: [mixSeed(1, 2), mixSeed(s.sourceSeed, 0x5eed, 3), mixSeed(-1, 7)],
  };
}

function runPython(s: Scenario): unknown {
  const res = spawnSync("/usr/bin/python3", ["-m", "purpcode_verl.replay"], {
    cwd: ADAPTERS,
    input: JSON.stringify(s),
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`python replay failed (${res.status}): ${res.stderr}`);
  return JSON.parse(res.stdout) as unknown;
}

const SCENARIOS: Scenario[] = [
  scenario("single-step", { trainBatch: 16, maxRollFactor: 4 }, 97, 40, 1),
  scenario("single-step", { trainBatch: 12, maxRollFactor: 2.5 }, 31, 30, 7),
  scenario(
    "history-aware",
    { trainBatch: 16, maxRollFactor: 4, retryProbability: 0.1, maxSkips: 8, seed: 11 },
    97,
    40,
    2,
  ),
  scenario(
    "history-aware",
    { trainBatch: 8, maxRollFactor: 4, retryProbability: 0, maxSkips: 3, seed: 0 },
    23,
    30,
    5,
  ),
  scenario("dapo", { trainBatch: 16, genBatch: 16, maxGenBatches: 6 }, 97, 30, 3),
  scenario("dapo", { trainBatch: 10, genBatch: 24, maxGenBatches: 0 }, 41, 20, 4),
];

describe("Python planner (verl extension) = TypeScript planner", () => {
  for (const s of SCENARIOS)
    it(`${s.planner} ${JSON.stringify(s.options)} pool ${s.pool}, seed ${s.sourceSeed}`, () => {
      const ts = runTs(s) as { steps: { trained: string[]; zeroVariance: string[]; skipped: number }[] };
      // The scenario must exercise the decisions it checks: groups kept and dropped (and skips for history).
      expect(ts.steps.some((st) => st.trained.length > 0 && st.zeroVariance.length > 0)).toBe(true);
      if (s.planner === "history-aware") expect(ts.steps.some((st) => st.skipped > 0)).toBe(true);
      expect(runPython(s)).toEqual(ts);
    });
});
