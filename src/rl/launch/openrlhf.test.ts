import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { VERL_DEFAULTS } from "./verl.js";
import {
  OPENRLHF_VERSIONS,
  openRlhfArgs,
  openRlhfPlan,
  openRlhfVersion,
  type OpenRlhfLaunchOptions,
} from "./openrlhf.js";

/** `train_ppo_ray`'s argparse flags per release, read from its source (../shared/data/engines/openrlhf). */
const ENGINES = fileURLToPath(new URL("../../../../shared/data/engines/openrlhf/", import.meta.url));

interface Flag {
  flag: string;
  aliases?: string[];
  type?: string;
  action?: string;
  nargs?: number | string;
  choices?: unknown[];
}

function flags(dir: string): Map<string, Flag> {
  const file = JSON.parse(readFileSync(join(ENGINES, dir, "flags.json"), "utf8")) as { flags: Flag[] };
  const map = new Map<string, Flag>();
  for (const f of file.flags) for (const name of [f.flag, ...(f.aliases ?? [])]) map.set(name, f);
  return map;
}

/** argparse's view of one emitted argument: known flag, right number of values, right type and choice. */
function problems(known: Map<string, Flag>, args: string[][]): string[] {
  const out: string[] = [];
  for (const [flag, ...values] of args) {
    const f = known.get(flag!);
    if (!f) {
      out.push(`${flag}: unknown flag`);
      continue;
    }
    const switchFlag = f.action === "store_true" || f.action === "store_false";
    const want = switchFlag ? 0 : typeof f.nargs === "number" ? f.nargs : 1;
    if (f.nargs === "*" || f.nargs === "+" ? values.length === 0 : values.length !== want)
      out.push(`${flag}: ${values.length} values, argparse expects ${String(f.nargs ?? want)}`);
    for (const v of values) {
      if (f.type === "int" && !/^-?\d+$/.test(v)) out.push(`${flag}: ${v} is not an int`);
      if (f.type === "float" && !Number.isFinite(Number(v))) out.push(`${flag}: ${v} is not a float`);
      if (f.choices && !f.choices.map(String).includes(v)) out.push(`${flag}: ${v} not in its choices`);
    }
  }
  return out;
}

function options(version: string, nodes = 1): OpenRlhfLaunchOptions {
  return {
    ...VERL_DEFAULTS,
    openrlhfVersion: version,
    model: "/ckpt/sft",
    nodes,
    rewardUrls: ["http://10.0.0.1:8192", "http://10.0.0.1:8193"],
    promptData: "/d/train.openrlhf.jsonl",
    evalData: "/d/test.openrlhf.jsonl",
    saveDir: "/ckpt/rl",
  };
}

describe("OpenRLHF flags against each release's argparse", () => {
  for (const version of OPENRLHF_VERSIONS)
    for (const nodes of [1, 4])
      it(`${version.id} (${version.style}), ${nodes} node(s)`, () => {
        expect(problems(flags(version.flagsDir), openRlhfArgs(options(version.id, nodes)))).toEqual([]);
      });

  it("a command for one release does not parse under the other", () => {
    expect(problems(flags("main"), openRlhfArgs(options("0.9.10"))).length).toBeGreaterThan(20);
    expect(problems(flags("v0.9.10"), openRlhfArgs(options("0.11.0"))).length).toBeGreaterThan(20);
    // The old launcher's length flags exist in neither release.
    expect(problems(flags("v0.9.10"), [["--prompt_max_len", "2048"], ["--bf16"]])).toEqual([
      "--prompt_max_len: unknown flag",
      "--bf16: unknown flag",
    ]);
  });

  it("sends the reward URLs with the /get_reward route and names the release", () => {
    const plan = openRlhfPlan(options("0.11.0"));
    expect(plan.engineVersion).toBe("OpenRLHF 0.11.0 (dotted flags)");
    expect(plan.steps.at(-1)!.command).toContain(
      "--reward.remote_url http://10.0.0.1:8192/get_reward,http://10.0.0.1:8193/get_reward",
    );
    expect(plan.steps.at(-1)!.command).toContain("--actor.adam.lr 5e-7");
    expect(openRlhfPlan(options("v0.9.10")).steps.at(-1)!.command).toContain("--actor_learning_rate 5e-7");
    expect(openRlhfVersion("main").id).toBe("0.11.0");
    expect(() => openRlhfVersion("0.8")).toThrow(/unsupported OpenRLHF version "0.8"/);
  });
});
