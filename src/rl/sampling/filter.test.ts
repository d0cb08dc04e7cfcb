import { describe, expect, it } from "vitest";
import { filterGroups, keepGroup } from "./filter.js";
import { groupKind, rewardStd } from "./group.js";

describe("group filter (PurpCode: keep iff reward std > 1e-5, or size 1)", () => {
  it("keeps groups whose rewards differ and drops all-equal ones", () => {
    const groups = [
      { uid: "mixed", rewards: [0, 1, 1, 0] },
      { uid: "solved", rewards: [1, 1, 1, 1] },
      { uid: "failed", rewards: [0, 0, 0, 0] },
      { uid: "graded", rewards: [0.8, 0.8, 1, 0.8] },
    ];
    const { kept, dropped } = filterGroups(groups);
    expect(kept.map((g) => g.uid)).toEqual(["mixed", "graded"]);
    expect(dropped.map((g) => g.uid)).toEqual(["solved", "failed"]);
  });

  it("keeps a singleton by default and drops it when asked", () => {
    const single = { uid: "one", rewards: [1] };
    expect(groupKind(single.rewards)).toBe("singleton");
    expect(keepGroup(single)).toBe(true);
    expect(keepGroup(single, { keepSingletons: false })).toBe(false);
    expect(filterGroups([single], { keepSingletons: false }).dropped).toEqual([single]);
  });

  it("treats equal floats as zero variance even where a float std would be a few ulps above 0", () => {
    const rewards = [0.1, 0.1, 0.1];
    const mean = rewards.reduce((a, b) => a + b, 0) / rewards.length;
    expect(rewards.some((r) => r - mean !== 0)).toBe(true); // the naive std is not exactly 0
    expect(keepGroup({ uid: "f", rewards })).toBe(false);
  });

  it("keys on the reward std, not on pass/fail: {0, 0.8} is kept, a 1e-6 wobble is not", () => {
    expect(keepGroup({ uid: "soft", rewards: [0, 0.8, 0, 0.8] })).toBe(true);
    expect(keepGroup({ uid: "wobble", rewards: [0.5, 0.5 + 2e-6, 0.5, 0.5] })).toBe(false);
    // population std of [0, 2.1e-5] is 1.05e-5: just above the threshold
    expect(rewardStd([0, 2.1e-5])).toBeCloseTo(1.05e-5, 12);
    expect(keepGroup({ uid: "edge", rewards: [0, 2.1e-5] })).toBe(true);
    expect(keepGroup({ uid: "edge", rewards: [0, 1.9e-5] })).toBe(false);
  });
});
