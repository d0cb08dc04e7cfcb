import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkOverrides, composeConfig } from "./hydra-check.js";
import {
  SAMPLERS,
  VERL_DEFAULTS,
  verlEntry,
  verlOverrides,
  verlPlan,
  type VerlLaunchOptions,
} from "./verl.js";
import { VERL_VERSIONS, verlVersion, type VerlVersion } from "./verl-versions.js";

/** verl's own trainer configuration per release, as shipped (../shared/data/engines/verl/<version>/). */
const ENGINES = fileURLToPath(new URL("../../../../shared/data/engines/verl/", import.meta.url));

function yamlFile(version: VerlVersion, file: string): Record<string, unknown> {
  return parse(readFileSync(join(ENGINES, version.configDir, file), "utf8")) as Record<string, unknown>;
}

/** The config the entry point composes: ppo_trainer, plus the DAPO recipe's file where that is the entry. */
function composed(version: VerlVersion, module: string): Record<string, unknown> {
  const base = yamlFile(version, "_generated_ppo_trainer.yaml");
  if (module !== "recipe.dapo.main_dapo") return base;
  return composeConfig(base, yamlFile(version, "recipe/dapo/config/dapo_trainer.yaml"));
}

function options(version: string, sampler: VerlLaunchOptions["sampler"], nodes = 1): VerlLaunchOptions {
  return {
    ...VERL_DEFAULTS,
    model: "/ckpt/sft",
    rewardUrls: ["http://10.0.0.1:8192"],
    nodes,
    verlVersion: version,
    sampler,
    trainFiles: "/d/train.parquet",
    valFiles: "/d/test.parquet",
    adapterPath: "/opt/purpcode/adapters/verl_reward.py",
  };
}

const flat = (o: VerlLaunchOptions): string[] => verlOverrides(o).map((a) => a.join(" "));

describe("verl overrides against each release's own config (Hydra's strict rules)", () => {
  for (const version of VERL_VERSIONS)
    for (const sampler of SAMPLERS) {
      if (sampler === "dapo" && version.dapo === "none") continue;
      for (const nodes of [1, 4])
        it(`${version.id}, ${sampler}, ${nodes} node(s)`, () => {
          const o = options(version.id, sampler, nodes);
          const entry = verlEntry(version, sampler);
          expect(checkOverrides(composed(version, entry.module), flat(o))).toEqual([]);
        });
    }

  it("every release gets the paper's settings: n 8, lr 5e-7, low_var_kl 0.001, mini-batch = B", () => {
    for (const version of VERL_VERSIONS) {
      const o = new Map(
        flat(options(version.id, "single-step")).map((x) => x.split("=") as [string, string]),
      );
      expect(o.get("actor_rollout_ref.rollout.n")).toBe("8");
      expect(o.get("actor_rollout_ref.actor.optim.lr")).toBe("5e-7");
      expect(o.get("actor_rollout_ref.actor.kl_loss_type")).toBe("low_var_kl");
      expect(o.get("actor_rollout_ref.actor.kl_loss_coef")).toBe("0.001");
      expect(o.get("data.train_batch_size")).toBe("384");
      expect(o.get("actor_rollout_ref.actor.ppo_mini_batch_size")).toBe("384");
      expect(o.get("+purpcode.max_roll_factor")).toBe("4");
      expect(o.get("+purpcode.sampler")).toBe("single-step");
    }
  });

  it("names the release and runs the sampler through purpcode_verl with the adapters on PYTHONPATH", () => {
    const plan = verlPlan(options("v0.5.0", "history-aware"));
    expect(plan.engineVersion).toBe(
      "verl v0.5.0 (2025-07-23; custom_reward_function / reward_model keys); sampler history-aware",
    );
    const command = plan.steps[0]!.command;
    expect(command).toContain("export PYTHONPATH=/opt/purpcode/adapters${PYTHONPATH:+:$PYTHONPATH}");
    expect(command).toContain("python3 -m purpcode_verl.main");
    expect(command).toContain("+purpcode.retry_probability=0.05");
    const dapo = verlPlan(options("v0.9.0", "dapo")).steps[0]!.command;
    expect(dapo).toContain("python3 -m verl.trainer.main_ppo");
    expect(dapo).not.toContain("PYTHONPATH");
    expect(verlPlan(options("v0.7.0", "dapo")).steps[0]!.command).toContain(
      "python3 -m recipe.dapo.main_dapo",
    );
  });

  it("refuses DAPO where verl has none, and unknown versions", () => {
    expect(() => verlPlan(options("v0.8.0", "dapo"))).toThrow(/verl v0.8.0 has neither/);
    expect(() => verlVersion("0.4.0")).toThrow(/unsupported verl version "0.4.0": use one of v0.5.0/);
    expect(verlVersion("0.9.0").id).toBe("v0.9.0");
  });
});

describe("the checker catches what broke the old launcher", () => {
  const v090 = verlVersion("v0.9.0");
  const main = verlVersion("main-2026-01");
  it("an addition inside a dataclass section (FilterGroupsConfig) fails", () => {
    const problems = checkOverrides(yamlFile(v090, "_generated_ppo_trainer.yaml"), [
      "+algorithm.filter_groups.max_roll_factor=4",
    ]);
    expect(problems[0]?.problem).toMatch(/dataclass section; verl rejects unknown fields/);
  });
  it("keys of another layout fail, and + over an existing key fails", () => {
    const config = yamlFile(main, "_generated_ppo_trainer.yaml");
    const problems = checkOverrides(config, [
      "algorithm.filter_groups.enable=True",
      "reward.custom_reward_function.path=/x.py",
      "+data.train_batch_size=4",
      "trainer.val_before_train=maybe",
      "+data.max_roll_factor=4",
    ]);
    expect(problems.map((p) => p.problem)).toEqual([
      "unknown key: algorithm.filter_groups is not in the config",
      "unknown key: reward is not in the config",
      "+data.train_batch_size: the key already exists (Hydra cannot append over it; drop the +)",
      "expects a boolean, got maybe",
    ]);
  });
  it("the reward-layout overrides are invalid on the legacy layout and vice versa", () => {
    const legacy = flat(options("v0.7.0", "single-step"));
    const modern = flat(options("v0.9.0", "single-step"));
    expect(checkOverrides(yamlFile(v090, "_generated_ppo_trainer.yaml"), legacy).length).toBeGreaterThan(0);
    expect(checkOverrides(yamlFile(main, "_generated_ppo_trainer.yaml"), modern).length).toBeGreaterThan(0);
  });
});

describe("the committed examples (examples/rl-launch/verl-*.sh)", () => {
  const dir = fileURLToPath(new URL("../../../examples/rl-launch/", import.meta.url));
  const files = readdirSync(dir).filter((f) => /^verl-.*\.sh$/.test(f));
  it("cover every supported release", () => {
    for (const v of VERL_VERSIONS) expect(files).toContain(`verl-${v.id}-1node.sh`);
  });
  for (const file of files)
    it(`${file}: every override valid for the release it names`, () => {
      const script = readFileSync(join(dir, file), "utf8");
      const version = verlVersion(/Generated by purpcode for verl (\S+) /.exec(script)![1]!);
      const module = /python3 -m (\S+)/.exec(script)![1]!;
      const overrides = [...script.matchAll(/^ {4}(\+?[\w.]+=\S+?)(?: \\)?$/gm)].map((m) => m[1]!);
      expect(overrides.length).toBeGreaterThan(40);
      expect(checkOverrides(composed(version, module), overrides)).toEqual([]);
    });
});
