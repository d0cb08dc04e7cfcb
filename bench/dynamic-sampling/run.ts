/**
 * Dynamic-sampling benchmark: DAPO's accumulate-and-truncate sampler (the anchor) vs PurpCode's single-step
 * sampler vs our history-aware sampler, on synthetic prompt-difficulty distributions.
 *
 * Waste = rollouts that no gradient used: those of zero-variance groups (all advantages 0) plus those of
 * informative groups discarded by DAPO's truncation, divided by the informative groups actually trained.
 * Per trained group, because single-step trains a variable batch: a total would reward training less.
 *
 *   npx tsx bench/dynamic-sampling/run.ts
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_SIMULATION,
  DISTRIBUTIONS,
  PLANNER_NAMES,
  formatTable,
  signedPercent,
  simulate,
  type PlannerName,
  type PlannerReport,
  type SimulationConfig,
} from "../../src/rl/sampling/index.js";

const SEEDS = [1, 2, 3, 4, 5];
const SENSITIVITY_SEEDS = [1, 2, 3];
const MAIN_DISTRIBUTIONS = ["uniform", "mostly-easy", "mostly-hard", "bimodal"];

interface Scenario {
  scenario: string;
  note: string;
  distribution: string;
  overrides: Partial<SimulationConfig>;
  seeds: number[];
}

const scenarios: Scenario[] = [
  ...MAIN_DISTRIBUTIONS.map((distribution) => ({
    scenario: "default",
    note: "B=128, n=8, max_roll_factor=4, DAPO gen_batch=B (verl default), max_num_gen_batches=10, pool 4096, 200 steps, drift 1, jitter 0.5",
    distribution,
    overrides: {},
    seeds: SEEDS,
  })),
  // History needs repeat visits: from about one epoch (PurpCode's own run was one epoch) to many.
  ...[131072, 32768, 8192].map((poolSize) => ({
    scenario: `pool ${poolSize}`,
    note: "fewer epochs: the history-aware planner needs prompts to come back",
    distribution: "bimodal",
    overrides: { poolSize },
    seeds: SENSITIVITY_SEEDS,
  })),
  // How persistent a prompt's difficulty is: more per-step noise makes yesterday's saturation less predictive.
  ...[0, 1, 2].map((jitter) => ({
    scenario: `jitter ${jitter}`,
    note: "per-step logit noise per prompt (default 0.5)",
    distribution: "bimodal",
    overrides: { jitter },
    seeds: SENSITIVITY_SEEDS,
  })),
  {
    scenario: "dapo gen 3B",
    note: "DAPO recipe's gen_batch_size = 3 x train_batch_size",
    distribution: "bimodal",
    overrides: { genBatch: 3 * DEFAULT_SIMULATION.trainBatch },
    seeds: SENSITIVITY_SEEDS,
  },
  {
    scenario: "paper 1 epoch",
    note: "PurpCode's 8-GPU run: B=384 (48 x 8), n=8, max_roll_factor=4, ~143k prompts, one epoch",
    distribution: "bimodal",
    overrides: { trainBatch: 384, genBatch: 384, poolSize: 143000, steps: 130 },
    seeds: SENSITIVITY_SEEDS,
  },
];

type NumericKey = {
  [K in keyof PlannerReport]: PlannerReport[K] extends number ? K : never;
}[keyof PlannerReport];

interface Row {
  scenario: string;
  distribution: string;
  planner: PlannerName;
  seeds: number[];
  mean: Record<NumericKey, number>;
  /** 1 - waste/informative of this planner / DAPO's, on the means over seeds. */
  wasteReductionVsDapo: number;
  /** The smallest per-seed reduction: the figure the targets are checked against. */
  worstSeedWasteReductionVsDapo: number;
  informativePerStepVsDapo: number;
  informativePerStepVsSingleStep: number;
}

function meanOf(reports: PlannerReport[]): Record<NumericKey, number> {
  const keys = Object.keys(reports[0] as PlannerReport).filter(
    (k) => typeof (reports[0] as unknown as Record<string, unknown>)[k] === "number",
  ) as NumericKey[];
  const out = {} as Record<NumericKey, number>;
  for (const key of keys) out[key] = reports.reduce((sum, r) => sum + r[key], 0) / reports.length;
  return out;
}

const started = Date.now();
const rows: Row[] = [];
for (const s of scenarios) {
  const perSeed = s.seeds.map((seed) =>
    simulate({
      ...DEFAULT_SIMULATION,
      ...s.overrides,
      distribution: DISTRIBUTIONS[s.distribution]!,
      seed,
    }),
  );
  const byPlanner = (name: PlannerName): PlannerReport[] =>
    perSeed.map((reports) => reports.find((r) => r.planner === name)!);
  const dapo = meanOf(byPlanner("dapo"));
  const single = meanOf(byPlanner("single-step"));
  for (const planner of PLANNER_NAMES) {
    const reports = byPlanner(planner);
    const mean = meanOf(reports);
    const perSeedReduction = reports.map(
      (r, i) => 1 - r.wastePerInformative / byPlanner("dapo")[i]!.wastePerInformative,
    );
    rows.push({
      scenario: s.scenario,
      distribution: s.distribution,
      planner,
      seeds: s.seeds,
      mean,
      wasteReductionVsDapo: 1 - mean.wastePerInformative / dapo.wastePerInformative,
      worstSeedWasteReductionVsDapo: Math.min(...perSeedReduction),
      informativePerStepVsDapo: mean.informativePerStep / dapo.informativePerStep,
      informativePerStepVsSingleStep: mean.informativePerStep / single.informativePerStep,
    });
  }
}
const seconds = (Date.now() - started) / 1000;

const header = [
  "scenario",
  "distribution",
  "planner",
  "rounds/step",
  "rollouts/step",
  "informative/step",
  "rollouts/informative",
  "waste/informative",
  "waste vs DAPO",
  "epochs",
];
const table = rows.map((r) => [
  r.scenario,
  r.distribution,
  r.planner,
  r.mean.roundsPerStep.toFixed(2),
  r.mean.rolloutsPerStep.toFixed(0),
  r.mean.informativePerStep.toFixed(1),
  r.mean.rolloutsPerInformative.toFixed(2),
  r.mean.wastePerInformative.toFixed(2),
  r.planner === "dapo" ? "anchor" : signedPercent(-r.wasteReductionVsDapo),
  r.mean.epochs.toFixed(1),
]);
process.stdout.write(formatTable(header, table, 3));

// Targets on the default scenario, judged on the worst seed.
const main = rows.filter((r) => r.scenario === "default");
const targets = MAIN_DISTRIBUTIONS.map((distribution) => {
  const single = main.find((r) => r.distribution === distribution && r.planner === "single-step")!;
  const history = main.find((r) => r.distribution === distribution && r.planner === "history-aware")!;
  return {
    distribution,
    singleStepWasteReduction: single.worstSeedWasteReductionVsDapo,
    singleStepMeets15: single.worstSeedWasteReductionVsDapo >= 0.15,
    historyAwareWasteReduction: history.worstSeedWasteReductionVsDapo,
    historyAwareMeets30: history.worstSeedWasteReductionVsDapo >= 0.3,
    historyAwareInformativeVsSingleStep: history.informativePerStepVsSingleStep,
    historyAwareInformativeVsDapo: history.informativePerStepVsDapo,
    historyAwareNoLossVsSingleStep: history.informativePerStepVsSingleStep >= 0.995,
  };
});
process.stdout.write("\n");
for (const t of targets)
  process.stdout.write(
    `${t.distribution.padEnd(12)} single-step ${signedPercent(-t.singleStepWasteReduction)} waste vs DAPO (target <= -15%: ${t.singleStepMeets15 ? "met" : "MISSED"}); ` +
      `history-aware ${signedPercent(-t.historyAwareWasteReduction)} (target <= -30%: ${t.historyAwareMeets30 ? "met" : "MISSED"}), ` +
      `informative/step x${t.historyAwareInformativeVsSingleStep.toFixed(3)} of single-step, x${t.historyAwareInformativeVsDapo.toFixed(3)} of DAPO\n`,
  );
process.stdout.write(
  `\nwaste = rollouts of zero-variance groups + rollouts of discarded informative groups, per informative group trained;` +
    ` means over seeds ${SEEDS.join(",")} (sensitivity rows: ${SENSITIVITY_SEEDS.join(",")}); targets checked on the worst seed. ${seconds.toFixed(1)} s\n`,
);

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(
  join(here, "results.json"),
  JSON.stringify(
    {
      benchmark: "dynamic-sampling",
      command: "npx tsx bench/dynamic-sampling/run.ts",
      anchor: "dapo",
      definition: {
        waste:
          "rollouts generated but used by no gradient: n x (zero-variance groups + informative groups discarded by truncation)",
        wastePerInformative:
          "waste / informative groups trained; compared per trained group because single-step's batch size varies",
        wasteVsDapo: "1 - wastePerInformative(planner) / wastePerInformative(dapo)",
      },
      defaults: DEFAULT_SIMULATION,
      distributions: Object.fromEntries(MAIN_DISTRIBUTIONS.map((d) => [d, DISTRIBUTIONS[d]!.description])),
      scenarios: scenarios.map(({ scenario, note, distribution, overrides, seeds }) => ({
        scenario,
        note,
        distribution,
        overrides,
        seeds,
      })),
      rows,
      targets,
      seconds,
    },
    null,
    2,
  ) + "\n",
);
