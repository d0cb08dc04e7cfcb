import { describe, expect, it } from "vitest";
import { groupAdvantages, groupStats } from "./advantage.js";

describe("groupAdvantages (verl GRPO contract)", () => {
  // a: [1, 0, 0] -> mean 1/3, unbiased var ((2/3)^2 + 2 (1/3)^2) / 2 = 1/3, std 0.5773503
  // b: [1, 1]    -> all equal: std 0, advantage 0
  // c: [0.5]     -> singleton: mean 0, std 1
  const uids = ["a", "a", "a", "b", "b", "c"];
  const scores = [1, 0, 0, 1, 1, 0.5];

  it("normalises by the unbiased group std plus 1e-6", () => {
    const std = Math.sqrt(1 / 3);
    const expected = [
      2 / 3 / (std + 1e-6),
      -(1 / 3) / (std + 1e-6),
      -(1 / 3) / (std + 1e-6),
      0,
      0,
      0.5 / 1.000001,
    ];
    const got = groupAdvantages(uids, scores);
    got.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 12));
    expect(got[0]).toBeCloseTo(1.1546985, 6);
    expect(got[1]).toBeCloseTo(-0.5773493, 6);
  });

  it("uses n - 1 in the std (a biased std would give +-1 for [0, 1])", () => {
    const [hi, lo] = groupAdvantages(["p", "p"], [1, 0]);
    expect(hi).toBeCloseTo(0.5 / (Math.SQRT1_2 + 1e-6), 12);
    expect(hi).toBeCloseTo(0.7071058, 6);
    expect(lo).toBeCloseTo(-(hi as number), 12);
  });

  it("gives a singleton its raw score (mean 0, std 1), with and without std normalisation", () => {
    expect(groupAdvantages(["s"], [0.8])[0]).toBeCloseTo(0.8 / 1.000001, 12);
    expect(groupAdvantages(["s"], [0.8], { normalizeByStd: false })[0]).toBe(0.8);
    expect(groupStats(["s"], [0.8]).get("s")).toEqual({ mean: 0, std: 1, size: 1 });
  });

  it("gives all-equal groups zero advantage", () => {
    expect(groupAdvantages(["e", "e", "e", "e"], [1, 1, 1, 1])).toEqual([0, 0, 0, 0]);
    expect(groupAdvantages(["e", "e"], [0, 0], { normalizeByStd: false })).toEqual([0, 0]);
  });

  it("subtracts the mean only when std normalisation is off", () => {
    const got = groupAdvantages(uids, scores, { normalizeByStd: false });
    const expected = [2 / 3, -1 / 3, -1 / 3, 0, 0, 0.5];
    got.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 12));
  });

  it("takes a configurable epsilon (TRL uses 1e-4)", () => {
    const [hi] = groupAdvantages(["p", "p"], [1, 0], { epsilon: 1e-4 });
    expect(hi).toBeCloseTo(0.5 / (Math.SQRT1_2 + 1e-4), 12);
    expect(hi).not.toBeCloseTo(0.5 / (Math.SQRT1_2 + 1e-6), 6);
  });

  it("groups by uid, not by position", () => {
    const got = groupAdvantages(["x", "y", "x", "y"], [1, 3, 0, 5]);
    const sx = Math.SQRT1_2; // std of [1, 0]
    const sy = Math.SQRT2; // std of [3, 5]
    expect(got[0]).toBeCloseTo(0.5 / (sx + 1e-6), 12);
    expect(got[1]).toBeCloseTo(-1 / (sy + 1e-6), 12);
    expect(got[2]).toBeCloseTo(-0.5 / (sx + 1e-6), 12);
    expect(got[3]).toBeCloseTo(1 / (sy + 1e-6), 12);
  });

  it("rejects misaligned inputs, non-finite scores and a bad epsilon", () => {
    expect(() => groupAdvantages(["a"], [1, 2])).toThrow(/1 uids, 2 scores/);
    expect(() => groupAdvantages(["a", "b"], [1, Number.NaN])).toThrow(/score 1 \(uid b\)/);
    expect(() => groupAdvantages(["a"], [1], { epsilon: -1 })).toThrow(/epsilon/);
  });
});
