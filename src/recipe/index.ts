export * from "./schema.js";
export * from "./state.js";
export * from "./stages.js";
export { runRecipe, runStatus, DRY_RUN_LABEL, type RunOptions, type RunSummary } from "./run.js";
