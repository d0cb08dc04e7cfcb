import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SingleStepPlanner } from "./single-step.js";

const ADAPTERS = fileURLToPath(new URL("../../../adapters/", import.meta.url));

/**
 * purpcode_verl's dataloader, run without verl: a Python list as the dataset, range() as verl's sampler and a
 * list-returning collate (torch's DataLoader exposes exactly these: dataset, sampler, collate_fn, len). It must
 * roll what the planner says, rounded up to whole rank shares, tag every prompt, and keep verl's step count.
 */
const SCRIPT = `
import json, math
from purpcode_verl.planner import SingleStepPlanner, Group
from purpcode_verl.trainer import PlannedLoader, PROMPT_KEY

class Loader:
    def __init__(self, n, batch):
        self.dataset = [{"prompt": f"p{i}", "extra_info": {"index": i}} for i in range(n)]
        self.sampler = range(n)
        self.collate_fn = lambda items: items
        self.batch = batch
    def __len__(self):
        return math.ceil(len(self.dataset) / self.batch)

planner = SingleStepPlanner(8, 4)
loader = PlannedLoader(Loader(50, 8), planner, n=3, world_size=4)
sizes, keys = [], []
for step, batch in enumerate(loader):
    sizes.append(len(batch))
    keys.extend(item["extra_info"][PROMPT_KEY] for item in batch)
    assert all(item["extra_info"]["index"] == int(item["extra_info"][PROMPT_KEY]) for item in batch)
    # 1 informative group in 4: the next step rolls 4x (capped at 4B = 32).
    planner.observe([Group(item["extra_info"][PROMPT_KEY], [0, 1, 1] if i % 4 == 0 else [1, 1, 1]) for i, item in enumerate(batch)])
    planner.finish_step()
print(json.dumps({"sizes": sizes, "steps": len(loader), "passes": loader.passes, "first": keys[:10], "state": loader.state_dict()}))
`;

describe("purpcode_verl PlannedLoader (no verl needed)", () => {
  it("rolls the planner's count rounded to whole rank shares, keeps verl's step count, tags prompts", () => {
    const res = spawnSync("/usr/bin/python3", ["-c", SCRIPT], { cwd: ADAPTERS, encoding: "utf8" });
    expect(res.stderr).toBe("");
    const out = JSON.parse(res.stdout) as { sizes: number[]; steps: number; passes: number; first: string[] };
    // The TypeScript planner on the same reward stream: 8, then min(32, 8 / (2/8)) = 32, ...
    const ts = new SingleStepPlanner({ trainBatch: 8, maxRollFactor: 4 });
    const expected: number[] = [];
    for (let s = 0; s < 7; s++) {
      const want = ts.nextRound();
      // world 4, n 3: prompts come in multiples of 4 / gcd(4, 3) = 4
      const rolled = Math.ceil(want / 4) * 4;
      expected.push(rolled);
      ts.observe(
        Array.from({ length: rolled }, (_, i) => ({
          uid: String(i),
          rewards: i % 4 === 0 ? [0, 1, 1] : [1, 1, 1],
        })),
      );
      ts.finishStep();
    }
    expect(out.steps).toBe(7); // ceil(50 / 8): verl's own loader length
    expect(out.sizes).toEqual(expected);
    expect(out.sizes[1]).toBe(32);
    expect(out.passes).toBeGreaterThan(1); // more than one pass over 50 prompts at ~32 per step
    expect(out.first).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });
});
