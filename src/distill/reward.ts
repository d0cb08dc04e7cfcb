import type { ConversationRow } from "../core/rows.js";
import type { ChatProvider } from "../llm/types.js";
import { openOracles, type OracleSetOptions } from "../rl/reward/oracles.js";
import { scoreBatch, type RewardOptions } from "../rl/reward/score.js";
import type { Oracles, RewardRow } from "../rl/reward/types.js";
import type { ScoreBatchFn } from "./verify.js";

/**
 * Verification through the RL stage's reward function (rl/reward: format gate, then the row's oracles), so that
 * a sample "verified" for SFT is exactly a sample that would earn reward 1 in RL.
 */

/** The row as the reward sees it: the conversation the sample answers is its prompt. */
export function rewardRow(row: ConversationRow): RewardRow {
  return {
    task_id: row.task_id,
    oracles: row.oracles,
    ...(row.ground_truth !== undefined ? { ground_truth: row.ground_truth } : {}),
    prompt: row.messages,
  };
}

/** The batched reward over a set of oracles, as the verify stage calls it. */
export function rewardScorer(oracles: Oracles, options: RewardOptions = {}): ScoreBatchFn {
  return async (items) => {
    const batch = await scoreBatch(
      items.map((item) => ({ response: item.response, row: rewardRow(item.row) })),
      oracles,
      options,
    );
    return batch.results;
  };
}

export interface DistillReward {
  score: ScoreBatchFn;
  /** Names the scorer in the verdict cache key: a different judge model means different verdicts. */
  id: string;
  close(): Promise<void>;
}

export interface DistillRewardOptions extends Omit<OracleSetOptions, "judge"> {
  judge?: ChatProvider;
}

/** Opens the embedded oracles (analyzer pool, sandbox, judges on the judge model) behind the reward. */
export async function openDistillReward(options: DistillRewardOptions = {}): Promise<DistillReward> {
  const set = await openOracles(options);
  return {
    score: rewardScorer(set.oracles),
    id: `purpcode-reward/judge=${options.judge?.id ?? "none"}`,
    close: () => set.close(),
  };
}
