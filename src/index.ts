// Public library API of purpcode. Each stage exports its entry points here.
export * from "./core/errors.js";
export * from "./core/rows.js";
export * from "./core/config.js";
export type * from "./llm/types.js";
export * from "./core/semaphore.js";
export * from "./llm/accounting.js";
export * from "./llm/cache.js";
export * from "./llm/openai-provider.js";
export * from "./llm/llama-provider.js";
export * from "./llm/provider.js";
export * from "./llm/think.js";
export * from "./llm/testing/openai-server.js";
export * from "./core/jsonl.js";
export * from "./core/job.js";
export * from "./core/progress.js";
export * from "./core/provenance.js";
export * from "./llm/bench.js";
export * from "./llm/node-fetch.js";
export * from "./llm/testing/script-file.js";
export * as sampling from "./rl/sampling/index.js";
export * from "./core/markdown.js";
// Each oracle and stage is a namespace: `import { analyzer, sandbox, judges } from "purpcode"`.
export * as analyzer from "./analyzer/index.js";
export * as sandbox from "./sandbox/index.js";
export * as judges from "./judges/index.js";
export * as redteam from "./redteam/index.js";
export * as rl from "./rl/index.js";
export * as evaluation from "./eval/index.js";
