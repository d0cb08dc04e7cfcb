// Public surface of the red-teaming stage (design section 6).
export * from "./catalog.js";
export * from "./strategy.js";
export * from "./generate.js";
export * from "./rule2code.js";
export * from "./vul2prompt.js";
export * from "./malevent.js";
export * from "./benign.js";
export * from "./dedup.js";
export * from "./coverage.js";
export * from "./sets.js";
export * from "./utility.js";
export * from "./xscode.js";
export * from "./secqa.js";
export { analyzerExtract, analyzerRules, analyzerVerify, analyzerVerifier } from "./verify.js";
export { scriptedGenerator, type ScriptedGeneratorOptions } from "./standins/scripted-generator.js";
