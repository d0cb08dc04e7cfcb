// The verdict floor: the oracle contract, the oracles opened from configuration, scoreBatch, the severity
// threshold and the soft codesec score. The reward service, distillation's verify and the eval suites read it.
export * from "./names.js";
export * from "./settings.js";
export * from "./contract.js";
export * from "./tests.js";
export * from "./open.js";
export * from "./score.js";
export * from "./view.js";
