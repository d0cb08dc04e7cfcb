import { InvalidArgumentError, type Command } from "commander";
import {
  COMPARISON_HEADER,
  DEFAULT_SIMULATION,
  DISTRIBUTIONS,
  PLANNER_NAMES,
  compareToAnchor,
  comparisonRow,
  formatTable,
  parseDistribution,
  simulate,
  type PlannerComparison,
  type PlannerName,
  type SimulationConfig,
} from "../rl/sampling/index.js";
import { PurpcodeError } from "../core/errors.js";
import { globalOptions, info, printJson } from "./context.js";

/** `purpcode rl <subcommand>`: the RL stage. Each subcommand registers itself on the `rl` command. */
export function register(program: Command): void {
  const rl = program.command("rl").description("reinforcement learning: dynamic sampling simulation");
  registerSimulate(rl);
}

interface SimulateFlags {
  distribution: string;
  planners: string;
  steps: number;
  batch: number;
  n: number;
  maxRollFactor: number;
  genBatch?: number;
  maxGenBatches: number;
  pool: number;
  drift: number;
  jitter: number;
  retry: number;
  maxSkips: number;
  seed: number;
}

function registerSimulate(rl: Command): void {
  const d = DEFAULT_SIMULATION;
  rl.command("simulate")
    .description(
      "compare dynamic-sampling planners (DAPO, single-step, history-aware) on synthetic prompt difficulties",
    )
    .option(
      "--distribution <names>",
      `comma-separated: ${Object.keys(DISTRIBUTIONS).join(", ")} or beta:A,B`,
      Object.keys(DISTRIBUTIONS).join(","),
    )
    .option(
      "--planners <names>",
      `comma-separated, the first is the anchor: ${PLANNER_NAMES.join(", ")}`,
      PLANNER_NAMES.join(","),
    )
    .option("--steps <n>", "training steps per planner", positiveInt, d.steps)
    .option("--batch <n>", "train batch B: prompts per step", positiveInt, d.trainBatch)
    .option("--n <n>", "rollouts per prompt (group size, >= 2)", positiveInt, d.n)
    .option("--max-roll-factor <x>", "single-step roll cap as a multiple of B", number, d.maxRollFactor)
    .option("--gen-batch <n>", "DAPO prompts per generation round (default: B)", positiveInt)
    .option(
      "--max-gen-batches <n>",
      "DAPO round limit per step, 0 = unlimited",
      nonNegativeInt,
      d.maxGenBatches,
    )
    .option("--pool <n>", "prompts in the pool (epochs follow from it)", positiveInt, d.poolSize)
    .option(
      "--drift <x>",
      "logit shift of pass probabilities over the run (policy improvement)",
      number,
      d.drift,
    )
    .option("--jitter <x>", "std of per-step logit noise per prompt", number, d.jitter)
    .option("--retry <p>", "history-aware: chance to roll a prompt it would skip", number, d.retryProbability)
    .option(
      "--max-skips <n>",
      "history-aware: most skips in a row for one prompt",
      nonNegativeInt,
      d.maxSkips,
    )
    .option("--seed <n>", "random seed (same seed, same numbers)", integer, d.seed)
    .action((flags: SimulateFlags, cmd: Command) => {
      const globals = globalOptions(cmd);
      const planners = parsePlanners(flags.planners);
      const base: Omit<SimulationConfig, "distribution"> = {
        steps: flags.steps,
        trainBatch: flags.batch,
        n: flags.n,
        maxRollFactor: flags.maxRollFactor,
        genBatch: flags.genBatch ?? flags.batch,
        maxGenBatches: flags.maxGenBatches,
        poolSize: flags.pool,
        drift: flags.drift,
        jitter: flags.jitter,
        retryProbability: flags.retry,
        maxSkips: flags.maxSkips,
        seed: flags.seed,
      };
      // Split on commas that do not start a number, so `beta:2,5,uniform` is two distributions.
      const distributions = flags.distribution
        .split(/,(?![\d.])/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map(parseDistribution);
      if (distributions.length === 0) throw new PurpcodeError("--distribution names no distribution");
      const results: PlannerComparison[] = [];
      for (const distribution of distributions)
        results.push(...compareToAnchor(distribution.name, simulate({ ...base, distribution }, planners)));
      if (globals.json) {
        printJson({ config: base, distributions, results });
        return;
      }
      process.stdout.write(formatTable(COMPARISON_HEADER, results.map(comparisonRow)));
      info(
        globals,
        `waste = rollouts of zero-variance groups + of discarded informative groups, per informative group trained; ` +
          `anchor = ${planners[0]}`,
      );
    });
}

function parsePlanners(spec: string): PlannerName[] {
  const names = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names)
    if (!(PLANNER_NAMES as readonly string[]).includes(name))
      throw new PurpcodeError(`unknown planner "${name}": use ${PLANNER_NAMES.join(", ")}`);
  if (names.length === 0) throw new PurpcodeError("--planners names no planner");
  return names as PlannerName[];
}

function number(value: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed)) throw new InvalidArgumentError("not a number.");
  return parsed;
}

function integer(value: string): number {
  const parsed = number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError("not an integer.");
  return parsed;
}

function positiveInt(value: string): number {
  const parsed = integer(value);
  if (parsed < 1) throw new InvalidArgumentError("must be a positive integer.");
  return parsed;
}

function nonNegativeInt(value: string): number {
  const parsed = integer(value);
  if (parsed < 0) throw new InvalidArgumentError("must be an integer >= 0.");
  return parsed;
}
