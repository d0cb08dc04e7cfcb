// Public surface of the code-security analyzer (design section 3).
export { analyze, analyzeSync, analyzeMarkdown, analyzeMarkdownSync } from "./engine.js";
export type { AnalyzeOptions, Analysis, MarkdownAnalysis, MarkdownOptions, BlockFindings } from "./engine.js";
export { analyzableBlocks, type AnalyzableBlock } from "./extract.js";
export { detectLanguage, languageFromLabel, languageFromPath } from "./languages.js";
export { loadGrammars } from "./parse/index.js";
export { RULES, selectRules, findRule, type RuleSelection } from "./registry.js";
export type { Rule, RuleMeta, RuleDocs, RuleCases } from "./rule.js";
export { AnalyzerPool, type PoolOptions } from "./pool.js";
export type { BatchItem, BatchResult } from "./batch.js";
export { toSarif } from "./sarif.js";
export {
  SEVERITIES,
  LANGUAGES,
  parseSeverity,
  severityRank,
  type Finding,
  type Severity,
  type Language,
} from "./types.js";
