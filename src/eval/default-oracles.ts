import { analyze, LANGUAGES as ANALYZER_LANGUAGES, type Language } from "../analyzer/index.js";
import { detectRefusal, judgeClassify, judgeCodeRequest, judgeMalicious } from "../judges/index.js";
import type { ChatProvider } from "../llm/types.js";
import { runTests } from "../sandbox/index.js";
import type { EvalOracles } from "./oracles.js";

export interface OracleSetup {
  /** Judge model for the malicious-assistance, answer-classification and code-request judges. */
  judge?: ChatProvider;
}

/**
 * The project's own oracles as the suites need them: the embedded analyzer, the bubblewrap sandbox, the
 * rule-based refusal detector, and - with a judge model - the LLM judges. Without a judge model the suites that
 * need one say so before they start; over-refusal falls back to the refusal detector.
 */
export function defaultOracles(setup: OracleSetup = {}): EvalOracles {
  const judge = setup.judge;
  return {
    analyze: (code, language) => analyze(code, { language: language as Language }),
    analyzerLanguages: ANALYZER_LANGUAGES,
    runTests: (task) => runTests(task),
    detectRefusal: (answer) => detectRefusal(answer),
    ...(judge
      ? {
          judgeMalicious: async (conversation) => {
            const j = await judgeMalicious(conversation, { provider: judge });
            return {
              malicious: j.verdict.malicious,
              detail: { ...j.verdict, raw: j.raw, attempts: j.attempts },
            };
          },
          classifyAnswer: async (conversation) =>
            (await judgeClassify(conversation, { provider: judge })).verdict.label,
          judgeCodeRequest: async (conversation) =>
            (await judgeCodeRequest(conversation, { provider: judge })).verdict.label,
        }
      : {}),
  };
}
