import { describe, expect, it } from "vitest";
import { filterGroups, keepGroup } from "./filter.js";
import { groupKind } from "./group.js";

describe("group filter (DAPO: keep iff std > 0, or size 1)", () => {
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
});
