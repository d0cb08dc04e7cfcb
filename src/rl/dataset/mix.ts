import { Prng, mixSeed } from "../sampling/random.js";

/** Fisher-Yates with a seeded generator: the same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rng = new Prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface MixSource<T> {
  name: string;
  rows: T[];
  /** Relative share of the mix; undefined means "all of its rows" (shares then follow the sizes). */
  weight?: number;
}

export interface MixPlan {
  name: string;
  available: number;
  weight: number;
  /** Rows taken from this source. */
  taken: number;
}

/**
 * How many rows to take from each source so that the mix follows the weights: the largest total the scarcest
 * source allows (no row is repeated), or `size` when given (capped the same way).
 */
export function planMix(
  sources: Array<{ name: string; available: number; weight?: number }>,
  size?: number,
): MixPlan[] {
  const weighted = sources.some((s) => s.weight !== undefined);
  const weights = sources.map((s) => (weighted ? (s.weight ?? 0) : s.available));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return sources.map((s) => ({ name: s.name, available: s.available, weight: 0, taken: 0 }));
  const shares = weights.map((w) => w / sum);
  let total = Infinity;
  sources.forEach((s, i) => {
    if (shares[i]! > 0) total = Math.min(total, s.available / shares[i]!);
  });
  if (size !== undefined) total = Math.min(total, size);
  return sources.map((s, i) => ({
    name: s.name,
    available: s.available,
    weight: shares[i]!,
    taken: Math.min(s.available, Math.round(total * shares[i]!)),
  }));
}

export interface SplitMix<T> {
  train: T[];
  test: T[];
  plan: MixPlan[];
}

/**
 * Mixes the sources by weight and holds out `testFraction` of each source's share as the test split (so the
 * test split has the same mix). Deterministic in `seed`.
 */
export function mixAndSplit<T>(
  sources: Array<MixSource<T>>,
  options: { seed: number; testFraction: number; size?: number },
): SplitMix<T> {
  const plan = planMix(
    sources.map((s) => ({ name: s.name, available: s.rows.length, weight: s.weight })),
    options.size,
  );
  const train: T[] = [];
  const test: T[] = [];
  sources.forEach((source, i) => {
    const taken = shuffled(source.rows, mixSeed(options.seed, i)).slice(0, plan[i]!.taken);
    const held = Math.round(taken.length * options.testFraction);
    test.push(...taken.slice(0, held));
    train.push(...taken.slice(held));
  });
  return {
    train: shuffled(train, mixSeed(options.seed, 0x7a11)),
    test: shuffled(test, mixSeed(options.seed, 0x7e57)),
    plan,
  };
}

/**
 * Named mixtures. `paper`: the RL prompt mixture of the PurpCode paper (Liu et al. 2025, section 4), by
 * objective - coding utility 46k, secure code generation 78k, security question answering 11k, safety
 * (malicious-request refusal) 8k - as shares of whatever total is asked for.
 */
export const MIX_PRESETS = {
  paper: { code: 46_000, codesec: 78_000, secqa: 11_000, safety: 8_000 },
} as const satisfies Record<string, Record<string, number>>;
export type MixPreset = keyof typeof MIX_PRESETS;

export const isMixPreset = (name: string): name is MixPreset => Object.hasOwn(MIX_PRESETS, name);

/**
 * Per-source weights for a preset: each source names its objective; an objective's share is split among its
 * sources by their sizes. Returns an error message (naming the objective) instead of weights when a source has
 * no or an unknown objective, or an objective of the preset has no rows.
 */
export function presetWeights(
  preset: MixPreset,
  sources: Array<{ name: string; objective?: string; available: number }>,
): number[] | string {
  const table: Record<string, number> = MIX_PRESETS[preset];
  const objectives = Object.keys(table);
  const byObjective = new Map<string, number>();
  for (const s of sources) {
    if (!s.objective || !(s.objective in table))
      return `source ${s.name}: preset ${preset} needs its objective (${objectives.join(", ")})`;
    byObjective.set(s.objective, (byObjective.get(s.objective) ?? 0) + s.available);
  }
  const missing = objectives.filter((o) => !byObjective.get(o));
  if (missing.length) return `preset ${preset}: no rows for objective(s) ${missing.join(", ")}`;
  return sources.map((s) => (table[s.objective!]! * s.available) / byObjective.get(s.objective!)!);
}
