import { PurpcodeError } from "../../core/errors.js";
import { DapoPlanner } from "./dapo.js";
import { samplePassProbability, type DifficultyDistribution } from "./difficulty.js";
import type { RolledGroup } from "./group.js";
import { HistoryAwarePlanner } from "./history-aware.js";
import { sampleStep, type PromptSource, type SamplingPlanner } from "./planner.js";
import { Prng, mixSeed } from "./random.js";
import { SingleStepPlanner } from "./single-step.js";

export const PLANNER_NAMES = ["dapo", "single-step", "history-aware"] as const;
export type PlannerName = (typeof PLANNER_NAMES)[number];

export interface SimulationConfig {
  distribution: DifficultyDistribution;
  /** Training steps per planner. */
  steps: number;
  /** B: prompts (groups) per training step. */
  trainBatch: number;
  /** Rollouts per prompt (GRPO group size). */
  n: number;
  maxRollFactor: number;
  /** DAPO's prompts per generation round. */
  genBatch: number;
  /** DAPO's round limit per step (0 = unlimited). */
  maxGenBatches: number;
  /** Prompts in the pool; the data loader reshuffles it each epoch. */
  poolSize: number;
  /** Policy improvement: logit shift of every prompt's pass probability from the first to the last step. */
  drift: number;
  /** Std of independent per-step logit noise per prompt: how much a prompt's difficulty wanders. */
  jitter: number;
  retryProbability: number;
  maxSkips: number;
  seed: number;
}

export const DEFAULT_SIMULATION: Omit<SimulationConfig, "distribution"> = {
  steps: 200,
  trainBatch: 128,
  n: 8,
  maxRollFactor: 4,
  genBatch: 128,
  maxGenBatches: 10,
  poolSize: 4096,
  drift: 1,
  jitter: 0.5,
  retryProbability: 0.05,
  maxSkips: 8,
  seed: 1,
};

/**
 * What one planner cost over a run. Waste is every generated rollout that no gradient used: the rollouts of
 * zero-variance groups (all advantages 0) plus those of informative groups discarded by truncation. It is
 * reported per informative group trained, because planners train different numbers of groups per step
 * (single-step's batch varies) and an absolute total would favour whoever trains less.
 */
export interface PlannerReport {
  planner: PlannerName;
  steps: number;
  rolloutsGenerated: number;
  informativeTrained: number;
  zeroVarianceGroups: number;
  surplusGroups: number;
  wastedRollouts: number;
  /** wastedRollouts / informativeTrained: the headline comparison. */
  wastePerInformative: number;
  /** rolloutsGenerated / informativeTrained (= n + wastePerInformative). */
  rolloutsPerInformative: number;
  /** wastedRollouts / rolloutsGenerated. */
  wasteFraction: number;
  roundsPerStep: number;
  maxRoundsPerStep: number;
  rolloutsPerStep: number;
  informativePerStep: number;
  minInformativePerStep: number;
  /** Steps that hit the planner's limit (DAPO: max gen batches without a full batch; single-step: max roll). */
  cappedSteps: number;
  skippedPrompts: number;
  /** Passes over the prompt pool, counting skipped draws. */
  epochs: number;
}

/** The prompt pool in a fresh random order every epoch, the same order for every planner. */
export class EpochSource implements PromptSource {
  private order: number[] = [];
  private position = 0;
  private epoch = 0;

  constructor(
    readonly size: number,
    private readonly seed: number,
  ) {}

  next(): string {
    if (this.position >= this.order.length) {
      this.order = new Prng(mixSeed(this.seed, 0x5eed, this.epoch)).shuffle(
        Array.from({ length: this.size }, (_, i) => i),
      );
      this.epoch += 1;
      this.position = 0;
    }
    return String(this.order[this.position++]);
  }
}

export function createPlanner(name: PlannerName, config: SimulationConfig): SamplingPlanner {
  switch (name) {
    case "dapo":
      return new DapoPlanner({
        trainBatch: config.trainBatch,
        genBatch: config.genBatch,
        maxGenBatches: config.maxGenBatches,
      });
    case "single-step":
      return new SingleStepPlanner({ trainBatch: config.trainBatch, maxRollFactor: config.maxRollFactor });
    case "history-aware":
      return new HistoryAwarePlanner({
        trainBatch: config.trainBatch,
        maxRollFactor: config.maxRollFactor,
        retryProbability: config.retryProbability,
        maxSkips: config.maxSkips,
        seed: mixSeed(config.seed, 0x4157),
      });
  }
}

export function validateSimulation(config: SimulationConfig): void {
  const ints: (keyof SimulationConfig)[] = ["steps", "trainBatch", "n", "genBatch", "poolSize"];
  for (const key of ints) {
    const value = config[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
      throw new PurpcodeError(`simulation ${key} must be a positive integer, got ${String(value)}`);
  }
  if (config.n < 2)
    throw new PurpcodeError(`simulation n must be at least 2 (a group needs two rollouts to vary)`);
  if (!Number.isInteger(config.maxGenBatches) || config.maxGenBatches < 0)
    throw new PurpcodeError(`simulation maxGenBatches must be an integer >= 0, got ${config.maxGenBatches}`);
  if (!(config.maxRollFactor >= 1))
    throw new PurpcodeError(`maxRollFactor must be >= 1, got ${config.maxRollFactor}`);
  for (const key of ["drift", "jitter", "retryProbability", "seed"] as const)
    if (!Number.isFinite(config[key])) throw new PurpcodeError(`simulation ${key} must be a number`);
  if (config.jitter < 0) throw new PurpcodeError(`simulation jitter must be >= 0, got ${config.jitter}`);
}

/**
 * Runs each planner for `steps` steps on the same synthetic pool. Rewards are common random numbers: the
 * rollouts of prompt i at step t are the same draws whichever planner asks for them, so differences between
 * planners come from their decisions, not from luck.
 */
export function simulate(
  config: SimulationConfig,
  planners: readonly PlannerName[] = PLANNER_NAMES,
): PlannerReport[] {
  validateSimulation(config);
  const poolRandom = new Prng(mixSeed(config.seed, 0x9001));
  const baseLogit = Array.from({ length: config.poolSize }, () =>
    logit(samplePassProbability(config.distribution, poolRandom)),
  );
  return planners.map((name) => runPlanner(name, config, baseLogit));
}

function runPlanner(
  name: PlannerName,
  config: SimulationConfig,
  baseLogit: readonly number[],
): PlannerReport {
  const planner = createPlanner(name, config);
  const source = new EpochSource(config.poolSize, config.seed);
  let rolled = 0;
  let trained = 0;
  let zeroVariance = 0;
  let surplus = 0;
  let rounds = 0;
  let maxRounds = 0;
  let minTrained = Number.POSITIVE_INFINITY;
  let capped = 0;
  let skipped = 0;
  let drawn = 0;
  for (let step = 0; step < config.steps; step++) {
    const shift = config.steps > 1 ? (config.drift * step) / (config.steps - 1) : 0;
    const occurrences = new Map<number, number>();
    const roll = (uids: string[]): RolledGroup[] =>
      uids.map((uid) => {
        const index = Number(uid);
        const occurrence = occurrences.get(index) ?? 0;
        occurrences.set(index, occurrence + 1);
        const random = new Prng(mixSeed(config.seed, 0xb0b, index, step, occurrence));
        const noise = config.jitter > 0 ? config.jitter * random.normal() : 0;
        const p = sigmoid((baseLogit[index] as number) + shift + noise);
        const rewards = Array.from({ length: config.n }, () => (random.next() < p ? 1 : 0));
        return { uid, rewards };
      });
    const result = sampleStep(planner, source, roll);
    rolled += result.promptsRolled;
    trained += result.trained.length;
    zeroVariance += result.zeroVariance.length;
    surplus += result.surplus.length;
    rounds += result.rounds;
    maxRounds = Math.max(maxRounds, result.rounds);
    minTrained = Math.min(minTrained, result.trained.length);
    if (result.capped) capped += 1;
    skipped += result.skipped;
    drawn += result.drawn;
  }
  const wasted = config.n * (zeroVariance + surplus);
  const rollouts = config.n * rolled;
  return {
    planner: name,
    steps: config.steps,
    rolloutsGenerated: rollouts,
    informativeTrained: trained,
    zeroVarianceGroups: zeroVariance,
    surplusGroups: surplus,
    wastedRollouts: wasted,
    wastePerInformative: trained > 0 ? wasted / trained : Number.POSITIVE_INFINITY,
    rolloutsPerInformative: trained > 0 ? rollouts / trained : Number.POSITIVE_INFINITY,
    wasteFraction: rollouts > 0 ? wasted / rollouts : 0,
    roundsPerStep: rounds / config.steps,
    maxRoundsPerStep: maxRounds,
    rolloutsPerStep: rollouts / config.steps,
    informativePerStep: trained / config.steps,
    minInformativePerStep: minTrained,
    cappedSteps: capped,
    skippedPrompts: skipped,
    epochs: drawn / config.poolSize,
  };
}

const EPS = 1e-9;

function logit(p: number): number {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
