import type { GroupFilterOptions } from "./filter.js";
import { StepAccumulator, positiveInt, type SamplingPlanner, type StepSelection } from "./planner.js";

export interface SingleStepOptions extends GroupFilterOptions {
  /** Nominal prompts per step, B. */
  trainBatch: number;
  /** Upper bound on the roll as a multiple of B (PurpCode: `data.max_roll_factor=4`). */
  maxRollFactor?: number;
}

/**
 * Prompts to roll for one single-step round: `min(B * maxRollFactor, B / r)`, with `r` given as the counts
 * it came from so that the division is exact (B / (1/3) must be 3B, not 3B + 1 after rounding up a float).
 * No informative group last step (r = 0) rolls the maximum.
 */
export function singleStepRollCount(
  trainBatch: number,
  maxRollFactor: number,
  informative: number,
  rolled: number,
): number {
  const cap = Math.max(trainBatch, Math.floor(trainBatch * maxRollFactor));
  if (informative <= 0 || rolled <= 0) return cap;
  return Math.min(cap, Math.ceil((trainBatch * rolled) / informative));
}

/**
 * PurpCode's single-step dynamic sampling: one generation round per step, sized by the informative fraction
 * `r` seen in the previous step (1 at the start) so that about B informative groups come back; every
 * informative group is trained, so the train batch varies around B instead of being truncated to it.
 */
export class SingleStepPlanner extends StepAccumulator implements SamplingPlanner {
  readonly name: string = "single-step";
  readonly trainBatch: number;
  readonly maxRollFactor: number;
  /** Informative and rolled counts of the previous step: r = informative / rolled. */
  private lastInformative = 1;
  private lastRolled = 1;
  private plannedAtCap = false;

  constructor(options: SingleStepOptions) {
    super(options);
    this.trainBatch = positiveInt(options.trainBatch, "trainBatch");
    const factor = options.maxRollFactor ?? 4;
    if (!(factor >= 1)) throw new RangeError(`maxRollFactor must be >= 1, got ${factor}`);
    this.maxRollFactor = factor;
  }

  /** Informative fraction observed in the previous step (1 before the first step). */
  get informativeRate(): number {
    return this.lastRolled > 0 ? this.lastInformative / this.lastRolled : 0;
  }

  nextRound(): number {
    if (this.rounds > 0) return 0;
    const planned = singleStepRollCount(
      this.trainBatch,
      this.maxRollFactor,
      this.lastInformative,
      this.lastRolled,
    );
    const uncapped = singleStepRollCount(this.trainBatch, Infinity, this.lastInformative, this.lastRolled);
    this.plannedAtCap = uncapped > planned;
    return planned;
  }

  finishStep(): StepSelection {
    const capped = this.plannedAtCap;
    if (this.promptsRolled > 0) {
      this.lastInformative = this.kept.length;
      this.lastRolled = this.promptsRolled;
    }
    return this.close(Number.POSITIVE_INFINITY, capped);
  }
}
