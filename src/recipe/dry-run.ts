import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { LlamaProviderSchema, type ProviderConfig } from "../core/config.js";
import { importLlama } from "../llm/llama-provider.js";
import { writeTinyGguf } from "../llm/standins/tiny-gguf.js";
import { DRY_RUN_LABEL } from "../core/stage.js";
import { parseJudgePrompt, scriptedJudgeReply } from "../judges/standins/scripted-judge.js";
import { standInProvider } from "../llm/identity.js";
import { startOpenAIServer, type OpenAIServer } from "../llm/standins/openai-server.js";
import { loadMockScript, scriptToServerOptions } from "../llm/standins/script-file.js";
import { scriptedGenerator } from "../redteam/standins/scripted-generator.js";

/**
 * The dry-run path, and the only product code that reaches the scripted stand-ins: one OpenAI-protocol server
 * answering as the judge (judge prompts), as the red-teaming generator (its prompt formats), and otherwise from
 * the recipe's script (the policy's answers).
 */

export { DRY_RUN_LABEL };

export async function startStandIn(scriptFile: string): Promise<OpenAIServer> {
  const script = scriptToServerOptions(await loadMockScript(scriptFile), scriptFile);
  return startOpenAIServer({
    ...script,
    script: [
      {
        match: (req) => parseJudgePrompt(req.system, req.lastUser) !== undefined,
        reply: (req) => scriptedJudgeReply(req),
      },
      ...scriptedGenerator(),
      ...(script.script ?? []),
    ],
    logBodies: false,
  });
}

/** Every model of the recipe pointed at the stand-in server. */
export function pointAtStandIn(
  models: Record<string, ProviderConfig>,
  url: string,
): Record<string, ProviderConfig> {
  return Object.fromEntries(Object.entries(models).map(([name, m]) => [name, standInProvider(m, name, url)]));
}

/**
 * The policy of a `dry_run: {policy: tiny-gguf}` run: a tiny random-weight GGUF model (written into the run dir,
 * the same bytes every time) through the real embedded provider, so the dry run exercises node-llama-cpp's
 * loading, tokenisation, chat template and sampling end to end. Its answers are gibberish: DRY RUN, as ever.
 */
export async function tinyPolicy(runDir: string): Promise<ProviderConfig> {
  await importLlama(); // node-llama-cpp missing: the provider's own error, with the install hint
  const file = join(runDir, "dry-run", "tiny-policy.gguf");
  if (!existsSync(file)) {
    mkdirSync(join(runDir, "dry-run"), { recursive: true });
    writeTinyGguf(file, { seed: 0, contextLength: 16_384 });
  }
  // Short answers and one thread a sequence: the point is the real path, not the text.
  return LlamaProviderSchema.parse({
    kind: "llama",
    model_path: file,
    context_size: 16_384, // a byte-level vocabulary: the guideline and rules run to thousands of tokens
    gpu_layers: 0,
    concurrency: 2,
    threads: 1,
    max_tokens: 24,
  });
}
