import { groupKind, type RolledGroup } from "./group.js";
import { PurpcodeError } from "../../core/errors.js";
import { Prng } from "./random.js";
import { SingleStepPlanner, type SingleStepOptions } from "./single-step.js";

export interface HistoryAwareOptions extends SingleStepOptions {
  /** Chance that a prompt the history says to skip is rolled anyway, on each encounter. Default 0.05. */
  retryProbability?: number;
  /**
   * Most encounters in a row a prompt can be skipped. The allowance doubles with each all-equal group in a
   * row (1, 2, 4 ...) up to this cap, so the evidence expires and every prompt comes back. Default 8.
   */
  maxSkips?: number;
  /** Seed for the retry draws. */
  seed?: number;
}

/** What the planner remembers about one prompt. */
export interface PromptRecord {
  /** All-equal groups in a row, most recent last; 0 after an informative group. */
  streak: number;
  /** Encounters skipped since the prompt was last rolled. */
  skips: number;
  /** Pass rate of the prompt's last group (mean reward), for reports. */
  lastMean: number;
}

/**
 * Single-step sampling plus a per-prompt prior from the prompt's own reward history: a prompt whose recent
 * groups were all-equal (saturated: always solved or never solved) is skipped when the data loader reaches
 * it, and the next prompt is taken instead. It comes back after a backoff that grows with its streak, or
 * earlier by a random retry, because the policy drifts and a never-solved prompt can become learnable. The
 * roll count is single-step's `min(B * maxRollFactor, B / r)` with `r` measured on the prompts it admitted,
 * so skipping raises `r` and shrinks the roll rather than shrinking the informative batch.
 */
export class HistoryAwarePlanner extends SingleStepPlanner {
  override readonly name = "history-aware";
  readonly retryProbability: number;
  readonly maxSkips: number;
  private readonly records = new Map<string, PromptRecord>();
  private readonly random: Prng;

  constructor(options: HistoryAwareOptions) {
    super(options);
    this.retryProbability = options.retryProbability ?? 0.05;
    if (!(this.retryProbability >= 0 && this.retryProbability <= 1))
      throw new PurpcodeError(`retryProbability must be within [0, 1], got ${this.retryProbability}`);
    this.maxSkips = options.maxSkips ?? 8;
    if (!Number.isInteger(this.maxSkips) || this.maxSkips < 0)
      throw new PurpcodeError(`maxSkips must be an integer >= 0, got ${this.maxSkips}`);
    this.random = new Prng(options.seed ?? 0);
  }

  /** Skips allowed in a row after `streak` all-equal groups: 2^(streak-1), capped at maxSkips. */
  skipAllowance(streak: number): number {
    if (streak <= 0) return 0;
    return Math.min(this.maxSkips, 2 ** Math.min(streak - 1, 30));
  }

  record(uid: string): Readonly<PromptRecord> | undefined {
    return this.records.get(uid);
  }

  override admit(uid: string): boolean {
    const record = this.records.get(uid);
    if (!record || record.skips >= this.skipAllowance(record.streak)) return true;
    if (this.retryProbability > 0 && this.random.next() < this.retryProbability) return true;
    record.skips += 1;
    return false;
  }

  override observe(groups: readonly RolledGroup[]): void {
    super.observe(groups);
    for (const group of groups) this.remember(group);
  }

  /**
   * Adds a group to a prompt's history without counting it in the step, e.g. the distillation stage's
   * samples of the same prompt, so that the first epoch already has a prior.
   */
  remember(group: RolledGroup): void {
    const record = this.records.get(group.uid) ?? { streak: 0, skips: 0, lastMean: 0 };
    record.streak = groupKind(group.rewards) === "zero-variance" ? record.streak + 1 : 0;
    record.skips = 0;
    record.lastMean = group.rewards.length
      ? group.rewards.reduce((a, b) => a + b, 0) / group.rewards.length
      : 0;
    this.records.set(group.uid, record);
  }
}
