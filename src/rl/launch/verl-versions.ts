import { PurpcodeError } from "../../core/errors.js";

/**
 * The verl releases `purpcode rl launch --engine verl` generates for. Each one's trainer configuration ships in
 * `../shared/data/engines/verl/<configDir>/` and every override the launcher emits is checked against it.
 *
 * - `legacy` reward layout: top-level `custom_reward_function.*` and `reward_model.reward_manager`
 *   (the batch manager calls `compute_score_batch` with the whole batch).
 * - `reward` layout (verl-project/verl#5255): `reward.custom_reward_function.*` and `reward.reward_manager.name`.
 */
export interface VerlVersion {
  id: string;
  /** Folder of its configuration under engines/verl. */
  configDir: string;
  released: string;
  rewardLayout: "legacy" | "reward";
  /** The legacy layout has a reward loop switch (on by default) that the batch manager needs off. */
  rewardLoopSwitch: boolean;
  /**
   * Where plain DAPO (`--sampler dapo`) comes from: `ppo_trainer` has `algorithm.filter_groups` (native), the
   * DAPO recipe's entry point (`recipe.dapo.main_dapo`, run from a verl checkout), or nowhere.
   */
  dapo: "native" | "recipe" | "none";
}

export const VERL_VERSIONS: readonly VerlVersion[] = [
  {
    id: "v0.5.0",
    configDir: "v0.5.0",
    released: "2025-07-23",
    rewardLayout: "legacy",
    rewardLoopSwitch: false,
    dapo: "recipe",
  },
  {
    id: "v0.6.1",
    configDir: "v0.6.1",
    released: "2025-11-14",
    rewardLayout: "legacy",
    rewardLoopSwitch: false,
    dapo: "recipe",
  },
  {
    id: "v0.7.0",
    configDir: "v0.7.0",
    released: "2026-01-05",
    rewardLayout: "legacy",
    rewardLoopSwitch: true,
    dapo: "recipe",
  },
  {
    id: "main-2026-01",
    configDir: "main-b178a3cd",
    released: "2026-01-29 (main at b178a3cd)",
    rewardLayout: "legacy",
    rewardLoopSwitch: true,
    dapo: "recipe",
  },
  {
    id: "v0.8.0",
    configDir: "v0.8.0",
    released: "2026-06-01",
    rewardLayout: "reward",
    rewardLoopSwitch: false,
    dapo: "none",
  },
  {
    id: "v0.9.0",
    configDir: "v0.9.0",
    released: "2026-08-14",
    rewardLayout: "reward",
    rewardLoopSwitch: false,
    dapo: "native",
  },
];

export const DEFAULT_VERL_VERSION = "v0.9.0";

export function verlVersion(id: string): VerlVersion {
  const wanted = id.startsWith("v") || id.startsWith("main") ? id : `v${id}`;
  const found = VERL_VERSIONS.find((v) => v.id === wanted);
  if (!found)
    throw new PurpcodeError(
      `unsupported verl version "${id}": use one of ${VERL_VERSIONS.map((v) => v.id).join(", ")}`,
    );
  return found;
}
