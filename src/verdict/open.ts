import {
  analyzableBlocks,
  AnalyzerPool,
  LANGUAGES as ANALYZER_LANGUAGES,
  type BatchItem,
  type Language,
} from "../analyzer/index.js";
import {
  checkFormat,
  codeBlocksIn,
  extractCodeBlocks,
  normaliseLanguage,
  splitResponse,
  type CodeBlock,
} from "../judges/format.js";
import {
  detectRefusal,
  judgeClassifyBatch,
  judgeCodeRequestBatch,
  judgeMaliciousBatch,
  type BatchResult,
} from "../judges/index.js";
import type { ChatProvider } from "../llm/types.js";
import { runTask, Sandbox, type SandboxOptions } from "../sandbox/index.js";
import { testTaskFor } from "./tests.js";
import type {
  AnalyzerOracle,
  ClassifyJudge,
  CodeRequestJudge,
  FormatGate,
  MaliciousJudge,
  OracleOutcome,
  Oracles,
  RefusalOracle,
  SandboxOracle,
} from "./contract.js";
import { DEFAULT_VERDICT_SETTINGS, type VerdictSettings } from "./settings.js";

/** The judges' answer-format check: the answer part is what every oracle looks at. */
export const formatGate: FormatGate = {
  check(response) {
    const check = checkFormat(response);
    return { ok: check.ok, answer: splitResponse(response)?.answer ?? "", problems: check.problems };
  },
};

/**
 * The answer's code in `language`: fenced blocks labelled with it or unlabelled; without any fence, the whole
 * answer only when it reads as code in that language (prose with a semicolon is not code). For the analyzer's
 * languages that is the analyzer's own reading of bare code (the same block it analyses), so bare C, Go or PHP
 * counts as code too.
 */
export function codeIn(answer: string, language: string): CodeBlock[] {
  const fenced = extractCodeBlocks(answer);
  if (fenced.length === 0 && isAnalyzerLanguage(language))
    return analyzableBlocks(answer, language)
      .filter((b) => b.language === language)
      .map((b) => ({ label: "", language, code: b.code, closed: true, line: 0 }));
  if (fenced.length === 0) return codeBlocksIn(answer, language);
  const want = normaliseLanguage(language);
  return fenced.filter((b) => b.language === want || b.language === undefined);
}

const isAnalyzerLanguage = (l: string): l is Language =>
  (ANALYZER_LANGUAGES as readonly string[]).includes(l);

/** Opens a resource on first use (an eval run that needs no sandbox never starts one). */
function lazily<T>(open: () => Promise<T>): { get(): Promise<T>; opened(): Promise<T> | undefined } {
  let value: Promise<T> | undefined;
  return {
    get: () =>
      (value ??= open().catch((err: unknown) => {
        value = undefined;
        throw err;
      })),
    opened: () => value,
  };
}

/**
 * The embedded analyzer over its worker pool: every analysable block of the answer counts (unlabelled fences are
 * read as the expected language); `blocks` counts the blocks in the expected language. Every finding is
 * returned: the verdict applies the severity threshold (settings.ts).
 */
export function analyzerOracle(pool: () => Promise<AnalyzerPool>): AnalyzerOracle {
  return {
    languages: ANALYZER_LANGUAGES,
    async analyze(items) {
      const batch: BatchItem[] = items.map((item) => ({
        code: item.answer,
        markdown: true,
        // A policy's answer: its own test names and suppression comments must not lower a finding (rule.ts).
        context: "answer",
        ...(isAnalyzerLanguage(item.language) ? { language: item.language } : {}),
      }));
      const results = await (await pool()).analyzeBatch(batch);
      return results.map((r, i) =>
        r.error
          ? { ok: false, error: r.error }
          : // Cut short by the data flow's work budget: sinks past the cut were never looked at, so the answer
            // is not judged clean (a policy could otherwise hide a sink behind code built to be expensive).
            r.warning
            ? { ok: false, error: `analysis cut short: ${r.warning}` }
            : {
                ok: true,
                verdict: {
                  findings: r.findings.map((f) => ({
                    rule_id: f.rule_id,
                    severity: f.severity,
                    line: f.line,
                  })),
                  blocks: codeIn(items[i]!.answer, items[i]!.language).length,
                  ...(r.unread ? { unread: r.unread } : {}),
                },
              },
      );
    },
    async findings(code, language) {
      if (!isAnalyzerLanguage(language)) throw new Error(`the analyzer has no rules for ${language}`);
      const [r] = await (await pool()).analyzeBatch([{ code, language, context: "answer" }]);
      if (r?.error) throw new Error(`analyzer: ${r.error}`);
      return r?.findings ?? [];
    },
  };
}

/** SandboxFusion's language names (a row's `ground_truth.language`) as the fence language answers use. */
const FENCE_LANGUAGE: Record<string, string> = {
  pytest: "python",
  nodejs: "javascript",
  jest: "javascript",
  go_test: "go",
  rust_test: "rust",
  junit: "java",
  D_ut: "d",
  kotlin_script: "kotlin",
};

/** The answer's code in the row's language (Python unless `ground_truth.language` names another). */
function answerCode(answer: string, groundTruth: unknown): string {
  const named = (groundTruth as { language?: unknown } | null)?.language;
  const language =
    typeof named === "string" ? (FENCE_LANGUAGE[named] ?? normaliseLanguage(named) ?? named) : "python";
  let blocks = codeIn(answer, language);
  // C code answering a C++ task (SandboxFusion runs both through one compiler), and the other way round.
  if (blocks.length === 0 && (language === "cpp" || language === "c"))
    blocks = codeIn(answer, language === "cpp" ? "c" : "cpp");
  return blocks.map((b) => b.code).join("\n\n");
}

/** Runs a row's tests against the answer's code (reward), or a test task (eval), in the sandbox pool. */
export function sandboxOracle(sandbox: () => Promise<Sandbox>): SandboxOracle {
  return {
    run(items) {
      // A GRPO group often holds the same code several times (n = 8 samples of an easy prompt): the same code
      // against the same tests runs once per batch, and every copy gets that run's verdict.
      const runs = new Map<string, ReturnType<typeof judge>>();
      const judge = async (code: string, groundTruth: unknown) => {
        let task;
        try {
          task = testTaskFor(code, groundTruth);
        } catch (err) {
          return { ok: false as const, error: (err as Error).message };
        }
        const v = await runTask(await sandbox(), task);
        return {
          ok: true as const,
          verdict: {
            passed: v.status === "passed",
            status: v.status,
            tests_passed: v.passed,
            tests_total: v.total,
          },
        };
      };
      return Promise.all(
        items.map((item) => {
          const code = answerCode(item.answer, item.ground_truth);
          if (!code.trim())
            return {
              ok: true as const,
              verdict: { passed: false, status: "no-code", tests_passed: 0, tests_total: 0 },
            };
          const key = `${code}\0${JSON.stringify(item.ground_truth) ?? ""}`;
          let run = runs.get(key);
          if (!run) runs.set(key, (run = judge(code, item.ground_truth)));
          return run;
        }),
      );
    },
    async runTests(task) {
      return runTask(await sandbox(), task);
    },
  };
}

export const refusalDetector: RefusalOracle = { detect: (answer) => detectRefusal(answer) };

function fromJudgeBatch<V, W>(
  results: Array<BatchResult<V>>,
  map: (v: V, raw: string, attempts: number) => W,
) {
  return results.map((r): OracleOutcome<W> =>
    r.ok
      ? { ok: true, verdict: map(r.judgement.verdict, r.judgement.raw, r.judgement.attempts) }
      : { ok: false, error: r.error },
  );
}

export function llmMaliciousJudge(provider: ChatProvider, concurrency = 128): MaliciousJudge {
  return {
    async judge(conversations) {
      const results = await judgeMaliciousBatch(conversations, { provider, concurrency });
      return fromJudgeBatch(results, (v, raw, attempts) => ({
        malicious_code: v.malicious_code,
        malicious_explanation: v.malicious_explanation,
        malicious: v.malicious,
        raw,
        attempts,
      }));
    },
  };
}

export function llmClassifyJudge(provider: ChatProvider, concurrency = 128): ClassifyJudge {
  return {
    async classify(conversations) {
      const results = await judgeClassifyBatch(conversations, { provider, concurrency });
      return fromJudgeBatch(results, (v) => ({ label: v.label }));
    },
  };
}

export function llmCodeRequestJudge(provider: ChatProvider, concurrency = 128): CodeRequestJudge {
  return {
    async classify(conversations) {
      const results = await judgeCodeRequestBatch(conversations, { provider, concurrency });
      return fromJudgeBatch(results, (v) => ({ label: v.label }));
    },
  };
}

export interface OracleSetOptions {
  /** The verdict settings in force (severity threshold, soft codesec score); defaults from settings.ts. */
  settings?: VerdictSettings;
  /** Analyzer worker threads (default: cores; 0 = in the calling thread). */
  analyzerThreads?: number;
  sandbox?: SandboxOptions;
  /** The judge model; without it, general-safety / noreject / reject rows and judged suites are refused. */
  judge?: ChatProvider;
  judgeConcurrency?: number;
  /** Skip the sandbox (no correctness rows), e.g. on a machine without bubblewrap. */
  withoutSandbox?: boolean;
  /**
   * Start the analyzer pool and the sandbox on first use (evaluation: most suites need only one of them) instead
   * of now (the reward service: a missing bubblewrap is reported at start, not at the first batch).
   */
  lazy?: boolean;
}

export interface OracleSet {
  oracles: Oracles;
  close(): Promise<void>;
}

/** The real oracles: analyzer pool, sandbox pool and LLM judges, created once and shared by every batch. */
export async function openOracles(options: OracleSetOptions = {}): Promise<OracleSet> {
  const pool = lazily(async () => new AnalyzerPool({ size: options.analyzerThreads }));
  const sandbox = options.withoutSandbox ? undefined : lazily(() => Sandbox.open(options.sandbox));
  if (!options.lazy) {
    await pool.get();
    await sandbox?.get();
  }
  const judge = options.judge;
  const oracles: Oracles = {
    format: formatGate,
    settings: options.settings ?? DEFAULT_VERDICT_SETTINGS,
    analyzer: analyzerOracle(pool.get),
    refusal: refusalDetector,
    ...(sandbox ? { sandbox: sandboxOracle(sandbox.get) } : {}),
    ...(judge
      ? {
          maliciousJudge: llmMaliciousJudge(judge, options.judgeConcurrency),
          classifyJudge: llmClassifyJudge(judge, options.judgeConcurrency),
          codeRequestJudge: llmCodeRequestJudge(judge, options.judgeConcurrency),
        }
      : {}),
  };
  return {
    oracles,
    close: async () => {
      await (await pool.opened()?.catch(() => undefined))?.close();
      await (await sandbox?.opened()?.catch(() => undefined))?.close();
    },
  };
}
