import type { ChatProvider } from "../llm/types.js";
import { openVerifyOracles as openDistillOracles } from "../distill/stage.js";
import { openEvalOracles as openEvalSuiteOracles } from "../eval/stage.js";
import type { RewardServiceConfig } from "../rl/reward/service-config.js";
import {
  rewardServiceConfig as serviceConfig,
  writeRewardServiceConfig as writeServiceConfig,
} from "../rl/stage.js";
import type { OracleSet, VerdictSettings } from "../verdict/index.js";
import type { Recipe } from "./schema.js";

/**
 * The recipe's `verdict:` section, handed whole to the three readers of a verdict: distillation's verify, the
 * reward service the launch starts (through its config file) and the eval stage. One value, three places; each
 * stage opens its oracles itself (src/distill/stage.ts, src/eval/stage.ts, src/rl/stage.ts).
 */
export function recipeVerdict(recipe: Recipe): VerdictSettings {
  return recipe.verdict;
}

/** The oracles the verify stage scores with. */
export function openVerifyOracles(recipe: Recipe, judge: ChatProvider | undefined): Promise<OracleSet> {
  return openDistillOracles(recipeVerdict(recipe), recipe.distill.sandbox, judge);
}

/** The oracles the eval stage scores with (the analyzer and sandbox start on first use). */
export function openEvalOracles(recipe: Recipe, judge: ChatProvider | undefined): Promise<OracleSet> {
  return openEvalSuiteOracles(recipeVerdict(recipe), judge);
}

/** The reward service's config: the verdict settings and the judge exactly as configured under `models:`. */
export function rewardServiceConfig(recipe: Recipe): RewardServiceConfig {
  return serviceConfig(recipeVerdict(recipe), recipe.judge ? recipe.models[recipe.judge] : undefined);
}

/** Writes the reward service's config into the launch folder; returns the flags that hand it over. */
export function writeRewardServiceConfig(recipe: Recipe, launchDir: string): Promise<string[]> {
  return writeServiceConfig(rewardServiceConfig(recipe), launchDir);
}
