"""Replays a sampling scenario with the Python planners and prints their decisions as JSON.

Input (stdin, JSON): {"planner", "options", "pool", "sourceSeed", "steps", "rewards"} where
rewards[step][uid] is the list of reward vectors of that prompt's 1st, 2nd ... roll in the step.
Output: one record per step (rolled uids in order, trained / zero-variance / surplus uids, rounds, capped,
skipped, drawn) and a few Prng/mix_seed samples. The cross-language test (src/rl/sampling/crosslang.test.ts)
compares this with the TypeScript library on the same scenario.
"""

import json
import sys

from .planner import DapoPlanner, EpochSource, Group, HistoryAwarePlanner, Prng, SingleStepPlanner, mix_seed, sample_step


def build(name, o):
    if name == "dapo":
        return DapoPlanner(o["trainBatch"], o.get("genBatch"), o.get("maxGenBatches", 10))
    if name == "single-step":
        return SingleStepPlanner(o["trainBatch"], o.get("maxRollFactor", 4))
    if name == "history-aware":
        return HistoryAwarePlanner(
            o["trainBatch"], o.get("maxRollFactor", 4), o.get("retryProbability", 0.05), o.get("maxSkips", 8), o.get("seed", 0)
        )
    raise SystemExit(f"unknown planner {name!r}")


def main():
    scenario = json.load(sys.stdin)
    planner = build(scenario["planner"], scenario["options"])
    source = EpochSource(scenario["pool"], scenario["sourceSeed"])
    steps = []
    for step in range(scenario["steps"]):
        table = scenario["rewards"][step]
        seen = {}
        rolled = []

        def roll(uids):
            groups = []
            for uid in uids:
                k = seen.get(uid, 0)
                seen[uid] = k + 1
                rolled.append(uid)
                groups.append(Group(uid, table[uid][k]))
            return groups

        selection, skipped, drawn = sample_step(planner, source, roll)
        steps.append(
            {
                "rolled": rolled,
                "trained": [g.uid for g in selection.trained],
                "zeroVariance": [g.uid for g in selection.zero_variance],
                "surplus": [g.uid for g in selection.surplus],
                "rounds": selection.rounds,
                "capped": selection.capped,
                "skipped": skipped,
                "drawn": drawn,
            }
        )
    prng = Prng(scenario["sourceSeed"])
    json.dump(
        {
            "steps": steps,
            "prng": [prng.next_uint32() for _ in range(8)],
            "mixSeed": [mix_seed(1, 2), mix_seed(scenario["sourceSeed"], 0x5EED, 3), mix_seed(-1, 7)],
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
