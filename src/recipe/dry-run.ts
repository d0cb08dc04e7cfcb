import type { ProviderConfig } from "../core/config.js";
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
