// Public surface of the dynamic-sampling library; helpers shared between its files stay internal.
export { groupAdvantages, groupStats, type AdvantageOptions, type GroupStats } from "./advantage.js";
export { filterGroups, keepGroup, type FilteredGroups, type GroupFilterOptions } from "./filter.js";
export { INFORMATIVE_STD, groupKind, rewardStd, type GroupKind, type RolledGroup } from "./group.js";
export {
  sampleStep,
  type PromptSource,
  type SampledStep,
  type SamplingPlanner,
  type StepSelection,
} from "./planner.js";
export { DapoPlanner, type DapoOptions } from "./dapo.js";
export { SingleStepPlanner, singleStepRollCount, type SingleStepOptions } from "./single-step.js";
export { HistoryAwarePlanner, type HistoryAwareOptions, type PromptRecord } from "./history-aware.js";
export {
  DISTRIBUTIONS,
  parseDistribution,
  samplePassProbability,
  type BetaComponent,
  type DifficultyDistribution,
} from "./difficulty.js";
export {
  DEFAULT_SIMULATION,
  EpochSource,
  PLANNER_NAMES,
  createPlanner,
  simulate,
  validateSimulation,
  type PlannerName,
  type PlannerReport,
  type SimulationConfig,
} from "./simulator.js";
export { Prng } from "./random.js";
export {
  COMPARISON_HEADER,
  compareToAnchor,
  comparisonRow,
  formatTable,
  signedPercent,
  type PlannerComparison,
} from "./report.js";
