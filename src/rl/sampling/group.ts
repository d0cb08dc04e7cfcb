/** One prompt's rollouts in a GRPO step: `n` sequence rewards that share the prompt's uid. */
export interface RolledGroup {
  uid: string;
  rewards: number[];
}

/**
 * What a group is worth to GRPO. A group whose rewards are (all but) equal has every advantage 0, so it adds
 * no policy gradient: rolling it was wasted generation.
 */
export type GroupKind = "informative" | "zero-variance" | "singleton";

/**
 * PurpCode's filter threshold: a group is informative iff the std of its rewards exceeds 1e-5. Graded rewards
 * count: {0, 0.8} varies although neither response passes.
 */
export const INFORMATIVE_STD = 1e-5;

/** Population std (numpy's `np.std`, ddof 0), as the reference filter computes it. */
export function rewardStd(rewards: readonly number[]): number {
  if (rewards.length === 0) return 0;
  const mean = rewards.reduce((a, b) => a + b, 0) / rewards.length;
  const squares = rewards.reduce((a, b) => a + (b - mean) * (b - mean), 0);
  return Math.sqrt(squares / rewards.length);
}

export function groupKind(rewards: readonly number[]): GroupKind {
  if (rewards.length === 1) return "singleton";
  // The threshold also absorbs float noise: the std of identical floats can be a few ulps above 0.
  return rewardStd(rewards) > INFORMATIVE_STD ? "informative" : "zero-variance";
}
