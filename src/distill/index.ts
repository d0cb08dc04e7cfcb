// Public API of the rule-learning stage (context distillation + rejection sampling -> SFT data).
export * from "./guideline.js";
export * from "./sample.js";
export * from "./reformat.js";
export * from "./verify.js";
export * from "./select.js";
export * from "./export.js";
export * from "./report.js";
export * from "./pipeline.js";
export * from "./rules.js";
export * from "./reward.js";
