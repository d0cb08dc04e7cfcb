import { PurpcodeError } from "../../core/errors.js";
import { filterGroups, type GroupFilterOptions } from "./filter.js";
import type { RolledGroup } from "./group.js";

/** What one training step got from its generation rounds. */
export interface StepSelection {
  /** Groups the step trains on. */
  trained: RolledGroup[];
  /** Groups dropped by the filter because every reward was equal. */
  zeroVariance: RolledGroup[];
  /** Informative groups generated but not trained (DAPO's truncation to the train batch). */
  surplus: RolledGroup[];
  /** Generation rounds this step needed; each is a synchronisation barrier for the rollout engine. */
  rounds: number;
  promptsRolled: number;
  /** The planner stopped at its limit (DAPO's max_num_gen_batches, single-step's max_roll_factor). */
  capped: boolean;
}

/**
 * Decides how many prompts a GRPO step rolls and which groups it trains on. A step is a loop:
 * `nextRound()` says how many prompts to roll next (0 ends the step), the trainer rolls that many admitted
 * prompts and reports them with `observe()`, and `finishStep()` returns the selection.
 */
export interface SamplingPlanner {
  readonly name: string;
  nextRound(): number;
  /** Whether to roll this prompt now; planners without a per-prompt prior admit every prompt. */
  admit(uid: string): boolean;
  observe(groups: readonly RolledGroup[]): void;
  finishStep(): StepSelection;
}

/** Per-step bookkeeping shared by the planners: the filter and the counts of what was generated. */
export abstract class StepAccumulator {
  protected rounds = 0;
  protected promptsRolled = 0;
  protected kept: RolledGroup[] = [];
  protected zeroVariance: RolledGroup[] = [];

  constructor(protected readonly filter: GroupFilterOptions = {}) {}

  admit(_uid: string): boolean {
    return true;
  }

  observe(groups: readonly RolledGroup[]): void {
    this.rounds += 1;
    this.promptsRolled += groups.length;
    const { kept, dropped } = filterGroups(groups, this.filter);
    this.kept.push(...kept);
    this.zeroVariance.push(...dropped);
  }

  /** Closes the step with the first `limit` kept groups trained and the rest counted as surplus. */
  protected close(limit: number, capped: boolean): StepSelection {
    const selection: StepSelection = {
      trained: this.kept.slice(0, limit),
      zeroVariance: this.zeroVariance,
      surplus: this.kept.slice(limit),
      rounds: this.rounds,
      promptsRolled: this.promptsRolled,
      capped,
    };
    this.rounds = 0;
    this.promptsRolled = 0;
    this.kept = [];
    this.zeroVariance = [];
    return selection;
  }
}

/** An endless stream of prompt uids over a finite pool (a data loader across epochs). */
export interface PromptSource {
  readonly size: number;
  next(): string;
}

export interface SampledStep extends StepSelection {
  /** Prompts the planner declined (drawn from the source but not rolled). */
  skipped: number;
  /** Prompts drawn from the source, rolled or skipped. */
  drawn: number;
}

/**
 * Runs one step of a planner against a prompt source and a rollout function. Skipped prompts are replaced by
 * the next ones from the source; if a whole pass over the pool cannot fill the round, skipped prompts are
 * rolled after all, so a planner that skips everything still makes progress.
 */
export function sampleStep(
  planner: SamplingPlanner,
  source: PromptSource,
  roll: (uids: string[]) => RolledGroup[],
): SampledStep {
  let skipped = 0;
  let drawn = 0;
  for (let want = planner.nextRound(); want > 0; want = planner.nextRound()) {
    const admitted: string[] = [];
    const declined: string[] = [];
    const maxDraws = want + source.size;
    for (let d = 0; admitted.length < want && d < maxDraws; d++) {
      const uid = source.next();
      drawn += 1;
      if (planner.admit(uid)) admitted.push(uid);
      else declined.push(uid);
    }
    const fill = declined.splice(0, want - admitted.length);
    skipped += declined.length;
    planner.observe(roll(admitted.concat(fill)));
  }
  return { ...planner.finishStep(), skipped, drawn };
}

export function positiveInt(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new PurpcodeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
