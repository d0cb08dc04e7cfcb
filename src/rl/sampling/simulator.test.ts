import { describe, expect, it } from "vitest";
import { DISTRIBUTIONS, parseDistribution, samplePassProbability } from "./difficulty.js";
import { Prng, mixSeed } from "./random.js";
import { DEFAULT_SIMULATION, EpochSource, simulate, type SimulationConfig } from "./simulator.js";

const small: SimulationConfig = {
  ...DEFAULT_SIMULATION,
  distribution: DISTRIBUTIONS.bimodal!,
  steps: 60,
  trainBatch: 32,
  genBatch: 32,
  poolSize: 512,
};

describe("Prng", () => {
  it("repeats its sequence for a seed and differs across seeds", () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const seqA = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(seqA);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });

  it("draws Beta variates with the right mean, including shapes below 1", () => {
    const random = new Prng(5);
    for (const [a, b] of [
      [2, 5],
      [0.4, 8],
      [3, 0.6],
    ] as const) {
      let sum = 0;
      for (let i = 0; i < 20000; i++) sum += random.beta(a, b);
      expect(sum / 20000).toBeCloseTo(a / (a + b), 2);
    }
  });
});

describe("difficulty distributions", () => {
  it("parses presets and beta:A,B, and names the choices on a bad spec", () => {
    expect(parseDistribution("bimodal").components).toHaveLength(3);
    expect(parseDistribution("beta:2,0.5").components).toEqual([{ weight: 1, a: 2, b: 0.5 }]);
    expect(() => parseDistribution("beta:0,1")).toThrow(/uniform, mostly-easy/);
    expect(() => parseDistribution("normal")).toThrow(/unknown difficulty distribution "normal"/);
  });

  it("mostly-easy is mostly easy and mostly-hard mostly hard", () => {
    const random = new Prng(9);
    const mean = (name: string): number => {
      let sum = 0;
      for (let i = 0; i < 5000; i++) sum += samplePassProbability(DISTRIBUTIONS[name]!, random);
      return sum / 5000;
    };
    expect(mean("mostly-easy")).toBeGreaterThan(0.75);
    expect(mean("mostly-hard")).toBeLessThan(0.25);
  });
});

describe("EpochSource", () => {
  it("visits every prompt once per epoch, in a new order each epoch", () => {
    const source = new EpochSource(50, 1);
    const first = Array.from({ length: 50 }, () => source.next());
    const second = Array.from({ length: 50 }, () => source.next());
    expect(new Set(first).size).toBe(50);
    expect(new Set(second).size).toBe(50);
    expect(second).not.toEqual(first);
  });
});

describe("simulate", () => {
  it("is deterministic for a seed and changes with the seed", () => {
    const one = simulate(small);
    expect(simulate(small)).toEqual(one);
    expect(simulate({ ...small, seed: 2 })).not.toEqual(one);
  });

  it("accounts for every generated rollout as trained or wasted", () => {
    for (const report of simulate(small)) {
      expect(report.rolloutsGenerated).toBe(
        small.n * (report.informativeTrained + report.zeroVarianceGroups + report.surplusGroups),
      );
      expect(report.wastedRollouts).toBe(small.n * (report.zeroVarianceGroups + report.surplusGroups));
      expect(report.rolloutsPerInformative).toBeCloseTo(small.n + report.wastePerInformative, 9);
    }
  });

  it("gives DAPO extra rounds and surplus, single-step one round and none", () => {
    const [dapo, single, history] = simulate(small);
    expect(dapo!.planner).toBe("dapo");
    expect(dapo!.roundsPerStep).toBeGreaterThan(1);
    expect(dapo!.surplusGroups).toBeGreaterThan(0);
    expect(dapo!.informativePerStep).toBeLessThanOrEqual(small.trainBatch);
    expect(single!.roundsPerStep).toBe(1);
    expect(single!.surplusGroups).toBe(0);
    expect(single!.wastePerInformative).toBeLessThan(dapo!.wastePerInformative);
    expect(history!.skippedPrompts).toBeGreaterThan(0);
  });

  it("history-aware wastes less than single-step on a saturated pool without losing informative groups", () => {
    const [, single, history] = simulate(small);
    expect(history!.wastePerInformative).toBeLessThan(0.8 * single!.wastePerInformative);
    expect(history!.informativePerStep).toBeGreaterThanOrEqual(0.98 * single!.informativePerStep);
  });

  it("rejects configurations that cannot run", () => {
    expect(() => simulate({ ...small, n: 1 })).toThrow(/at least 2/);
    expect(() => simulate({ ...small, steps: 0 })).toThrow(/steps must be a positive integer/);
    expect(() => simulate({ ...small, maxRollFactor: 0.5 })).toThrow(/maxRollFactor/);
  });
});
