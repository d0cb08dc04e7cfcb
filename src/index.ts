// Public library API of purpcode. Each stage exports its entry points here.
export * from "./core/errors.js";
export * from "./core/rows.js";
export * from "./core/config.js";
export type * from "./llm/types.js";
export * from "./analyzer/index.js";
