import {
  AnalyzerPool,
  LANGUAGES as ANALYZER_LANGUAGES,
  type BatchItem,
  type Language,
} from "../../analyzer/index.js";
import {
  checkFormat,
  codeBlocksIn,
  extractCodeBlocks,
  normaliseLanguage,
  splitResponse,
  type CodeBlock,
} from "../../judges/format.js";
import { judgeClassifyBatch, judgeMaliciousBatch } from "../../judges/index.js";
import type { ChatProvider } from "../../llm/types.js";
import { runTask, Sandbox, type SandboxOptions } from "../../sandbox/index.js";
import { testTaskFor } from "./tests.js";
import type {
  AnswerClassifier,
  CodeSecOracle,
  CorrectnessOracle,
  FormatGate,
  OracleOutcome,
  Oracles,
  SafetyJudge,
} from "./types.js";

/** The judges' answer-format check: the answer part is what every oracle looks at. */
export const formatGate: FormatGate = {
  check(response) {
    const check = checkFormat(response);
    return { ok: check.ok, answer: splitResponse(response)?.answer ?? "", problems: check.problems };
  },
};

/**
 * The answer's code in `language`: fenced blocks labelled with it or unlabelled; without any fence, the whole
 * answer only when it reads as code in that language (prose with a semicolon is not code).
 */
export function codeIn(answer: string, language: string): CodeBlock[] {
  const fenced = extractCodeBlocks(answer);
  if (fenced.length === 0) return codeBlocksIn(answer, language);
  const want = normaliseLanguage(language);
  return fenced.filter((b) => b.language === want || b.language === undefined);
}

const isAnalyzerLanguage = (l: string): l is Language =>
  (ANALYZER_LANGUAGES as readonly string[]).includes(l);

/**
 * The embedded analyzer over its worker pool: every analysable block of the answer counts (unlabelled fences are
 * read as the expected language); `blocks` counts the blocks in the expected language.
 */
export function analyzerCodeSec(
  pool: AnalyzerPool,
  minSeverity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL" = "MEDIUM",
): CodeSecOracle {
  return {
    async analyze(items) {
      const batch: BatchItem[] = items.map((item) => ({
        code: item.answer,
        markdown: true,
        minSeverity,
        ...(isAnalyzerLanguage(item.language) ? { language: item.language } : {}),
      }));
      const results = await pool.analyzeBatch(batch);
      return results.map((r, i) =>
        r.error
          ? { ok: false, error: r.error }
          : {
              ok: true,
              verdict: {
                findings: r.findings.map((f) => ({ rule_id: f.rule_id, severity: f.severity, line: f.line })),
                blocks: codeIn(items[i]!.answer, items[i]!.language).length,
              },
            },
      );
    },
  };
}

/** Runs the row's tests against the answer's Python code in the sandbox pool. */
export function sandboxCorrectness(sandbox: Sandbox): CorrectnessOracle {
  return {
    run(items) {
      return Promise.all(
        items.map(async (item) => {
          const code = codeIn(item.answer, "python")
            .map((b) => b.code)
            .join("\n\n");
          if (!code.trim())
            return {
              ok: true as const,
              verdict: { passed: false, status: "no-code", tests_passed: 0, tests_total: 0 },
            };
          let task;
          try {
            task = testTaskFor(code, item.ground_truth);
          } catch (err) {
            return { ok: false as const, error: (err as Error).message };
          }
          const v = await runTask(sandbox, task);
          return {
            ok: true as const,
            verdict: {
              passed: v.status === "passed",
              status: v.status,
              tests_passed: v.passed,
              tests_total: v.total,
            },
          };
        }),
      );
    },
  };
}

function fromJudgeBatch<V, W>(
  results: Array<{ ok: true; judgement: { verdict: V } } | { ok: false; error: string }>,
  map: (v: V) => W,
): Array<OracleOutcome<W>> {
  return results.map((r) =>
    r.ok ? { ok: true, verdict: map(r.judgement.verdict) } : { ok: false, error: r.error },
  );
}

export function llmSafetyJudge(provider: ChatProvider, concurrency = 128): SafetyJudge {
  return {
    async judge(conversations) {
      const results = await judgeMaliciousBatch(conversations, { provider, concurrency });
      return fromJudgeBatch(results, (v) => ({
        malicious_code: v.malicious_code,
        malicious_explanation: v.malicious_explanation,
      }));
    },
  };
}

export function llmAnswerClassifier(provider: ChatProvider, concurrency = 128): AnswerClassifier {
  return {
    async classify(conversations) {
      const results = await judgeClassifyBatch(conversations, { provider, concurrency });
      return fromJudgeBatch(results, (v) => ({ label: v.label }));
    },
  };
}

export interface OracleSetOptions {
  /** Analyzer worker threads (default: cores; 0 = in the calling thread). */
  analyzerThreads?: number;
  sandbox?: SandboxOptions;
  /** The judge model; without it, general-safety / noreject / reject rows are refused as not configured. */
  judge?: ChatProvider;
  judgeConcurrency?: number;
  /** Skip the sandbox (no correctness rows), e.g. on a machine without bubblewrap. */
  withoutSandbox?: boolean;
}

export interface OracleSet {
  oracles: Oracles;
  close(): Promise<void>;
}

/** The real oracles: analyzer pool, sandbox pool and LLM judges, created once and shared by every batch. */
export async function openOracles(options: OracleSetOptions = {}): Promise<OracleSet> {
  const pool = new AnalyzerPool({ size: options.analyzerThreads });
  const sandbox = options.withoutSandbox ? undefined : await Sandbox.open(options.sandbox);
  const oracles: Oracles = {
    format: formatGate,
    codesec: analyzerCodeSec(pool),
    ...(sandbox ? { correctness: sandboxCorrectness(sandbox) } : {}),
    ...(options.judge
      ? {
          safety: llmSafetyJudge(options.judge, options.judgeConcurrency),
          classifier: llmAnswerClassifier(options.judge, options.judgeConcurrency),
        }
      : {}),
  };
  return {
    oracles,
    close: async () => {
      await pool.close();
      await sandbox?.close();
    },
  };
}
