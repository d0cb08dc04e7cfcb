import type { GroupFilterOptions } from "./filter.js";
import { StepAccumulator, positiveInt, type SamplingPlanner, type StepSelection } from "./planner.js";

export interface DapoOptions extends GroupFilterOptions {
  /** `data.train_batch_size`: prompts (groups) per training step. */
  trainBatch: number;
  /** `data.gen_batch_size`: prompts per generation round. verl defaults it to the train batch. */
  genBatch?: number;
  /** `algorithm.filter_groups.max_num_gen_batches`; 0 means unlimited. DAPO's recipe uses 10. */
  maxGenBatches?: number;
}

/**
 * DAPO's dynamic sampling: generate `genBatch` prompts per round and keep the informative groups until at
 * least `trainBatch` are kept, then truncate to `trainBatch`; the informative surplus of the last round is
 * discarded. verl raises an error when `maxGenBatches` rounds are not enough; here the step trains on the
 * short batch and reports `capped`, so a simulation can count such steps.
 */
export class DapoPlanner extends StepAccumulator implements SamplingPlanner {
  readonly name = "dapo";
  readonly trainBatch: number;
  readonly genBatch: number;
  readonly maxGenBatches: number;

  constructor(options: DapoOptions) {
    super(options);
    this.trainBatch = positiveInt(options.trainBatch, "trainBatch");
    this.genBatch = positiveInt(options.genBatch ?? options.trainBatch, "genBatch");
    this.maxGenBatches = Math.max(0, Math.floor(options.maxGenBatches ?? 10));
  }

  nextRound(): number {
    if (this.kept.length >= this.trainBatch) return 0;
    if (this.maxGenBatches > 0 && this.rounds >= this.maxGenBatches) return 0;
    return this.genBatch;
  }

  finishStep(): StepSelection {
    return this.close(this.trainBatch, this.kept.length < this.trainBatch);
  }
}
