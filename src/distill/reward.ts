import type { ConversationRow } from "../core/rows.js";
import type { ChatProvider } from "../llm/types.js";
import { openOracles, type OracleSetOptions } from "../verdict/open.js";
import { scoreBatch, type ScoreOverrides } from "../verdict/score.js";
import type { Oracles, RewardRow } from "../verdict/contract.js";
import type { ScoreBatchFn } from "./verify.js";

/**
 * Verification through the verdict floor's scoreBatch (format gate, then the row's oracles), the function the RL
 * reward service serves, so that a sample "verified" for SFT is exactly a sample that would earn reward 1 in RL.
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

/** The batched reward over a set of oracles (with their settings), as the verify stage calls it. */
export function rewardScorer(oracles: Oracles, overrides: ScoreOverrides = {}): ScoreBatchFn {
  return async (items) => {
    const batch = await scoreBatch(
      items.map((item) => ({ response: item.response, row: rewardRow(item.row) })),
      oracles,
      overrides,
    );
    return batch.results;
  };
}

/** Names the scorer in the verdict cache key: a different judge model or setting means different verdicts. */
export function scorerId(oracles: Oracles, judge: ChatProvider | undefined): string {
  const s = oracles.settings;
  return `purpcode-reward/judge=${judge?.id ?? "none"}/soft=${s.soft_codesec}/severity=${s.severity}/unread=${s.unread_code}`;
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
    id: scorerId(set.oracles, options.judge),
    close: () => set.close(),
  };
}
