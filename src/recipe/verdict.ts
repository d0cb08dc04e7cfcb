import { join, resolve } from "node:path";
import { stringify } from "yaml";
import { writeFileAtomic } from "../core/jsonl.js";
import type { ChatProvider } from "../llm/types.js";
import type { RewardServiceConfig } from "../rl/reward/service-config.js";
import { openOracles, type OracleSet, type VerdictSettings } from "../verdict/index.js";
import type { Recipe } from "./schema.js";

/**
 * The recipe's `verdict:` section, handed whole to the three readers of a verdict: distillation's verify, the
 * reward service the launch starts (through its config file) and the eval stage. One value, three places.
 */
export function recipeVerdict(recipe: Recipe): VerdictSettings {
  return recipe.verdict;
}

/** The oracles the verify stage scores with. */
export function openVerifyOracles(recipe: Recipe, judge: ChatProvider | undefined): Promise<OracleSet> {
  return openOracles({ judge, settings: recipeVerdict(recipe), withoutSandbox: !recipe.distill.sandbox });
}

/** The oracles the eval stage scores with (the analyzer and sandbox start on first use). */
export function openEvalOracles(recipe: Recipe, judge: ChatProvider | undefined): Promise<OracleSet> {
  return openOracles({ judge, settings: recipeVerdict(recipe), lazy: true });
}

/**
 * The reward service's config: the verdict settings and the judge exactly as configured under `models:` (not the
 * dry run's stand-in, and not re-flattened into flags: api_key_env, the pool's endpoints, concurrency and cache
 * all arrive).
 */
export function rewardServiceConfig(recipe: Recipe): RewardServiceConfig {
  const judge = recipe.judge ? recipe.models[recipe.judge] : undefined;
  return {
    version: 1,
    verdict: recipeVerdict(recipe),
    ...(judge ? { judge } : {}),
    judge_concurrency: 128,
    sandbox: true,
  };
}

/** Writes the reward service's config into the launch folder; returns the flags that hand it over. */
export async function writeRewardServiceConfig(recipe: Recipe, launchDir: string): Promise<string[]> {
  const file = join(launchDir, "reward-service.yaml");
  await writeFileAtomic(
    file,
    "# Written by purpcode recipe run: the reward service's settings (purpcode rl reward-serve --service-config).\n" +
      stringify(rewardServiceConfig(recipe)),
  );
  return ["--service-config", resolve(file)];
}
