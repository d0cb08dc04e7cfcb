import { describe, expect, it } from "vitest";
import { DapoPlanner } from "./dapo.js";
import type { RolledGroup } from "./group.js";
import { HistoryAwarePlanner } from "./history-aware.js";
import { sampleStep, type PromptSource } from "./planner.js";
import { Prng } from "./random.js";
import { SingleStepPlanner, singleStepRollCount } from "./single-step.js";

/** Prompts "0".."size-1" in order, forever. */
function cycle(size: number): PromptSource {
  let i = 0;
  return { size, next: () => String(i++ % size) };
}

/** Even prompts vary ([0, 1]); odd prompts are always solved ([1, 1]). */
const evenInformative = (uids: string[]): RolledGroup[] =>
  uids.map((uid) => ({ uid, rewards: Number(uid) % 2 === 0 ? [0, 1] : [1, 1] }));

const allSolved = (uids: string[]): RolledGroup[] => uids.map((uid) => ({ uid, rewards: [1, 1, 1] }));

describe("DapoPlanner (accumulate and truncate)", () => {
  it("generates rounds until B informative groups are kept, with no surplus when they fit exactly", () => {
    const step = sampleStep(new DapoPlanner({ trainBatch: 4, genBatch: 4 }), cycle(100), evenInformative);
    expect(step.rounds).toBe(2);
    expect(step.promptsRolled).toBe(8);
    expect(step.trained).toHaveLength(4);
    expect(step.zeroVariance).toHaveLength(4);
    expect(step.surplus).toHaveLength(0);
    expect(step.capped).toBe(false);
  });

  it("truncates to B and counts the discarded informative surplus", () => {
    const step = sampleStep(new DapoPlanner({ trainBatch: 4, genBatch: 6 }), cycle(100), evenInformative);
    expect(step.rounds).toBe(2);
    expect(step.trained.map((g) => g.uid)).toEqual(["0", "2", "4", "6"]);
    expect(step.surplus.map((g) => g.uid)).toEqual(["8", "10"]);
    expect(step.zeroVariance).toHaveLength(6);
  });

  it("stops at max_num_gen_batches and reports the short step as capped", () => {
    const step = sampleStep(new DapoPlanner({ trainBatch: 4, maxGenBatches: 3 }), cycle(100), allSolved);
    expect(step.rounds).toBe(3);
    expect(step.trained).toHaveLength(0);
    expect(step.capped).toBe(true);
  });

  it("never trains more than B groups and accounts for every rolled group", () => {
    const random = new Prng(7);
    const planner = new DapoPlanner({ trainBatch: 16, genBatch: 10, maxGenBatches: 0 });
    const source = cycle(500);
    const roll = (uids: string[]): RolledGroup[] =>
      uids.map((uid) => ({ uid, rewards: Array.from({ length: 4 }, () => (random.next() < 0.8 ? 1 : 0)) }));
    for (let s = 0; s < 50; s++) {
      const step = sampleStep(planner, source, roll);
      expect(step.trained).toHaveLength(16);
      expect(step.trained.length + step.surplus.length + step.zeroVariance.length).toBe(step.promptsRolled);
      expect(step.promptsRolled).toBe(10 * step.rounds);
      expect(step.surplus.length).toBeLessThan(10);
    }
  });
});

describe("SingleStepPlanner (roll min(B * maxRoll, B / r) once per step)", () => {
  it("computes the roll count exactly, with the cap and the r = 0 guard", () => {
    expect(singleStepRollCount(64, 4, 64, 64)).toBe(64); // r = 1
    expect(singleStepRollCount(64, 4, 1, 3)).toBe(192); // r = 1/3: exactly 3B, no float round-up
    expect(singleStepRollCount(10, 4, 3, 7)).toBe(24); // ceil(10 * 7 / 3)
    expect(singleStepRollCount(64, 4, 1, 100)).toBe(256); // B / r = 6400, capped at 4B
    expect(singleStepRollCount(64, 4, 0, 100)).toBe(256); // r = 0 guard
    expect(singleStepRollCount(64, 1.5, 1, 2)).toBe(96);
  });

  it("starts at r = 1, then sizes the roll by the previous step's informative fraction", () => {
    const planner = new SingleStepPlanner({ trainBatch: 8, maxRollFactor: 4 });
    const source = cycle(1000);
    const first = sampleStep(planner, source, evenInformative);
    expect(first.promptsRolled).toBe(8);
    expect(first.trained).toHaveLength(4);
    expect(planner.informativeRate).toBe(0.5);
    const second = sampleStep(planner, source, evenInformative);
    expect(second.rounds).toBe(1);
    expect(second.promptsRolled).toBe(16);
    expect(second.trained).toHaveLength(8);
  });

  it("keeps every informative group, so the batch can exceed B", () => {
    const planner = new SingleStepPlanner({ trainBatch: 4, maxRollFactor: 4 });
    const source = cycle(1000);
    sampleStep(planner, source, allSolved); // r = 0 -> next roll is the cap, 16
    const step = sampleStep(planner, source, evenInformative);
    expect(step.promptsRolled).toBe(16);
    expect(step.trained).toHaveLength(8);
    expect(step.surplus).toHaveLength(0);
  });

  it("guards r = 0 by rolling B * maxRollFactor and marking the step capped", () => {
    const planner = new SingleStepPlanner({ trainBatch: 5, maxRollFactor: 3 });
    const source = cycle(1000);
    expect(sampleStep(planner, source, allSolved).capped).toBe(false);
    const step = sampleStep(planner, source, allSolved);
    expect(step.promptsRolled).toBe(15);
    expect(step.capped).toBe(true);
  });
});

describe("HistoryAwarePlanner (skip saturated prompts, let them come back)", () => {
  const saturated = (uid: string): RolledGroup => ({ uid, rewards: [1, 1, 1, 1] });
  const mixed = (uid: string): RolledGroup => ({ uid, rewards: [0, 1, 1, 1] });

  it("skips a prompt after an all-equal group and admits it again once the backoff is spent", () => {
    const planner = new HistoryAwarePlanner({ trainBatch: 4, retryProbability: 0 });
    expect(planner.admit("p")).toBe(true); // no history
    planner.remember(saturated("p"));
    expect(planner.admit("p")).toBe(false); // streak 1: one skip
    expect(planner.admit("p")).toBe(true);
    planner.remember(saturated("p"));
    expect([planner.admit("p"), planner.admit("p"), planner.admit("p")]).toEqual([false, false, true]); // streak 2
    planner.remember(mixed("p"));
    expect(planner.record("p")?.streak).toBe(0);
    expect(planner.admit("p")).toBe(true); // an informative group resets the streak
  });

  it("doubles the backoff per all-equal group up to maxSkips", () => {
    const planner = new HistoryAwarePlanner({ trainBatch: 4, retryProbability: 0, maxSkips: 5 });
    expect([1, 2, 3, 4, 5, 10].map((s) => planner.skipAllowance(s))).toEqual([1, 2, 4, 5, 5, 5]);
    for (let i = 0; i < 10; i++) planner.remember(saturated("q"));
    let skips = 0;
    while (!planner.admit("q")) skips++;
    expect(skips).toBe(5);
  });

  it("retries a skipped prompt with the configured probability", () => {
    const planner = new HistoryAwarePlanner({ trainBatch: 4, retryProbability: 0.25, maxSkips: 8, seed: 3 });
    let admitted = 0;
    for (let i = 0; i < 4000; i++) {
      planner.remember(saturated("r"));
      planner.remember(saturated("r"));
      planner.remember(saturated("r")); // streak >= 3: 4+ skips allowed, so only a retry admits at once
      if (planner.admit("r")) admitted++;
    }
    expect(admitted / 4000).toBeGreaterThan(0.22);
    expect(admitted / 4000).toBeLessThan(0.28);
    const never = new HistoryAwarePlanner({ trainBatch: 4, retryProbability: 0 });
    never.remember(saturated("r"));
    expect(never.admit("r")).toBe(false);
  });

  it("replaces skipped prompts by the next ones, so the roll holds more informative prompts", () => {
    const planner = new HistoryAwarePlanner({ trainBatch: 4, retryProbability: 0 });
    const source = cycle(8);
    sampleStep(planner, source, evenInformative); // rolls 0..3: 1 and 3 are saturated
    sampleStep(planner, source, evenInformative); // r = 1/2: rolls 8 = 4..7, 0..3
    const step = sampleStep(planner, source, evenInformative);
    expect(step.skipped).toBeGreaterThan(0);
    expect(step.trained.length / step.promptsRolled).toBeGreaterThan(0.5);
  });

  it("still rolls when every prompt would be skipped", () => {
    const planner = new HistoryAwarePlanner({ trainBatch: 3, retryProbability: 0, maxSkips: 100 });
    for (const uid of ["0", "1", "2"]) for (let i = 0; i < 20; i++) planner.remember(saturated(uid));
    const step = sampleStep(planner, cycle(3), allSolved);
    expect(step.promptsRolled).toBe(3);
  });
});
