// Public surface of the evaluation stage: suites, runner, results store, reports and viewer.
export type * from "./types.js";
export { answerPart, firstCode } from "./answer.js";
export { SUITES, findSuite, selectSuites } from "./suites/index.js";
export { runEval, loadItems, missingOracles, type EvalOptions, type SuiteResult } from "./runner.js";
export { ResultsStore, SCHEMA, toCsv } from "./store.js";
export type { RunRecord, RunSuite, Summary, ItemSummary, ItemRecord } from "./store.js";
export { buildReport, type ReportOptions } from "./report.js";
export { renderMarkdown, runScores } from "./render.js";
export { startViewServer, type ViewServer } from "./view.js";
