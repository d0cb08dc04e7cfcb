// Public API of the judges oracle: answer format, aligned system prompt, refusal detector and LLM judges.
export * from "./format.js";
export * from "./system-prompt.js";
export * from "./refusal.js";
export * from "./refusal-set.js";
export * from "./transcript.js";
export * from "./verdict.js";
export * from "./runner.js";
export * from "./malicious.js";
export * from "./classify.js";
export * from "./code-request.js";
