/** One prompt's rollouts in a GRPO step: `n` sequence rewards that share the prompt's uid. */
export interface RolledGroup {
  uid: string;
  rewards: number[];
}

/**
 * What a group is worth to GRPO. A group whose rewards are all equal has every advantage 0, so it adds no
 * policy gradient: rolling it was wasted generation.
 */
export type GroupKind = "informative" | "zero-variance" | "singleton";

export function groupKind(rewards: readonly number[]): GroupKind {
  if (rewards.length === 1) return "singleton";
  const first = rewards[0];
  // Exact equality rather than `std > 0`: the mean of identical floats can be off by an ulp, which would
  // make a floating-point std spuriously positive for a group that carries no signal.
  return rewards.every((r) => r === first) ? "zero-variance" : "informative";
}
