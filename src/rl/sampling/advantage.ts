import { PurpcodeError } from "../../core/errors.js";

export interface AdvantageOptions {
  /** Divide by the group std (GRPO). false gives `s - mean` (Dr. GRPO style). Default true. */
  normalizeByStd?: boolean;
  /** Added to the std before dividing. verl uses 1e-6 (the default); TRL uses 1e-4. */
  epsilon?: number;
}

export interface GroupStats {
  mean: number;
  std: number;
  size: number;
}

/**
 * Mean and unbiased (n - 1) std of each prompt's rewards, with verl's singleton rule: a group of one gets
 * mean 0 and std 1, so its advantage is its raw score rather than 0 / 0.
 */
export function groupStats(uids: readonly string[], scores: readonly number[]): Map<string, GroupStats> {
  checkAligned(uids, scores);
  const members = new Map<string, number[]>();
  uids.forEach((uid, i) => {
    const list = members.get(uid);
    if (list) list.push(scores[i] as number);
    else members.set(uid, [scores[i] as number]);
  });
  const stats = new Map<string, GroupStats>();
  for (const [uid, values] of members) {
    if (values.length === 1) {
      stats.set(uid, { mean: 0, std: 1, size: 1 });
      continue;
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const squares = values.reduce((a, b) => a + (b - mean) * (b - mean), 0);
    stats.set(uid, { mean, std: Math.sqrt(squares / (values.length - 1)), size: values.length });
  }
  return stats;
}

/**
 * GRPO outcome advantages, one per response in input order: responses are grouped by their prompt's uid
 * (groups need not be contiguous), then `A = (s - mean) / (std + epsilon)`, or `s - mean` without std
 * normalisation.
 */
export function groupAdvantages(
  uids: readonly string[],
  scores: readonly number[],
  options: AdvantageOptions = {},
): number[] {
  const normalize = options.normalizeByStd ?? true;
  const epsilon = options.epsilon ?? 1e-6;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon))
    throw new PurpcodeError(`advantage epsilon must be a finite number >= 0, got ${epsilon}`);
  const stats = groupStats(uids, scores);
  return scores.map((s, i) => {
    const { mean, std } = stats.get(uids[i] as string) as GroupStats;
    return normalize ? (s - mean) / (std + epsilon) : s - mean;
  });
}

function checkAligned(uids: readonly string[], scores: readonly number[]): void {
  if (uids.length !== scores.length)
    throw new PurpcodeError(
      `advantages need one uid per score: ${uids.length} uids, ${scores.length} scores`,
    );
  scores.forEach((s, i) => {
    if (!Number.isFinite(s))
      throw new PurpcodeError(`score ${i} (uid ${uids[i]}) is not a finite number: ${String(s)}`);
  });
}
