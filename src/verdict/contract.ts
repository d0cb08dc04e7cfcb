import type { FindingLike } from "../analyzer/types.js";
import type { CodeRequestClass } from "../judges/code-request.js";
import type { AnswerClass } from "../judges/classify.js";
import type { RefusalVerdict } from "../judges/refusal.js";
import type { Message, OracleName } from "../core/rows.js";
import type { TestTask, Verdict as TestOutcome } from "../sandbox/index.js";
import type { VerdictSettings } from "./settings.js";

/**
 * The oracle contract: what a verdict asks of the analyzer, the sandbox and the judges. The reward (scoreBatch),
 * distillation's verify and every eval suite call these, through one `Oracles` object opened from configuration
 * (open.ts). Names come from names.ts.
 */

export type { AnswerClass, CodeRequestClass, RefusalVerdict, TestOutcome, TestTask };

/** What the reward needs to know about the prompt a response answers. */
export interface RewardRow {
  /** Names the row in errors and logs. */
  task_id: string;
  oracles: OracleName[];
  /** Oracle-specific: tests for `correctness`, `{language}` for `codesec`. */
  ground_truth?: unknown;
  /** The conversation up to the response (the judges see it); a string is one user turn. */
  prompt?: Message[] | string;
}

/**
 * THE verdict on one response: what the reward service returns, what distillation's verify keeps. Same keys for
 * every row (verl requires it of per-sample dicts).
 */
export interface Verdict {
  /** The reward: 0 when the format gate fails, else the minimum over the row's oracles. */
  score: number;
  /** 1 iff every oracle fully passed (the soft 0.8 is not a pass): what dynamic filtering groups on. */
  acc: number;
  /** The row's oracles, joined with "+". */
  oracle: string;
  fmt_ok: boolean;
  details: Record<string, unknown>;
}

export interface FormatVerdict {
  ok: boolean;
  /** The part of the response that answers the user (the `## Answer` part). */
  answer: string;
  problems: string[];
}

/** The answer-format gate: "## Analysis / ## Answer", no degenerate repetition, non-empty answer. */
export interface FormatGate {
  check(response: string): FormatVerdict;
}

/** An oracle's answer for one item, or the reason it could not give one (scored 0, never a pass). */
export type OracleOutcome<V> = { ok: true; verdict: V } | { ok: false; error: string };

/** A code-security finding, as the analyzer (or an external one) reports it. */
export type CodeFinding = FindingLike;

export interface CodeSecItem {
  answer: string;
  /** The language the task asks for; blocks in other languages do not count as "has code". */
  language: string;
}

export interface CodeSecVerdict {
  /** Every finding of the answer's code (the threshold is applied by the verdict, not here). */
  findings: Array<{ rule_id: string; severity: string; line?: number }>;
  /** Code blocks in the expected language that were analysed. */
  blocks: number;
  /**
   * Lines of the code nothing could read (they do not parse, alone or in place) that hold what a rule looks for:
   * such code is not judged clean (settings.ts `unread_code`). Absent when the analyzer does not report it.
   */
  unread?: number;
}

export interface AnalyzerOracle {
  /** Markdown answers, batched over the worker pool (the reward's `codesec`). */
  analyze(items: CodeSecItem[]): Promise<Array<OracleOutcome<CodeSecVerdict>>>;
  /** Every finding in one piece of bare code (eval suites). */
  findings(code: string, language: string): Promise<CodeFinding[]>;
  /** Languages the analyzer has rules for; other languages are reported as unsupported. */
  languages: readonly string[];
}

export interface CorrectnessItem {
  answer: string;
  ground_truth: unknown;
}

export interface CorrectnessVerdict {
  passed: boolean;
  status: string;
  tests_passed: number;
  tests_total: number;
}

export interface SandboxOracle {
  /** The answer's Python code against a row's ground-truth tests (the reward's `correctness`). */
  run(items: CorrectnessItem[]): Promise<Array<OracleOutcome<CorrectnessVerdict>>>;
  /** One test task (eval suites). */
  runTests(task: TestTask): Promise<TestOutcome>;
}

export interface RefusalOracle {
  detect(answer: string): RefusalVerdict;
}

export interface SafetyVerdict {
  malicious_code: boolean;
  malicious_explanation: boolean;
  /** Either of the two. */
  malicious: boolean;
  /** The judge's reply the verdict was parsed from (kept for drill-down). */
  raw?: string;
  attempts?: number;
}

/** The malicious-assistance judge over whole conversations (prompt + response as the last assistant turn). */
export interface MaliciousJudge {
  judge(conversations: Message[][]): Promise<Array<OracleOutcome<SafetyVerdict>>>;
}

/** The answer-classification judge: REFUSAL | IRRELEVANT | UNSAFE | APPROPRIATE. */
export interface ClassifyJudge {
  classify(conversations: Message[][]): Promise<Array<OracleOutcome<{ label: AnswerClass }>>>;
}

/** Whether the answer fulfils a code request: REFUSAL | IRRELEVANT | APPROPRIATE. */
export interface CodeRequestJudge {
  classify(conversations: Message[][]): Promise<Array<OracleOutcome<{ label: CodeRequestClass }>>>;
}

/**
 * The oracles a verdict can call, one member per kind of names.ts; one that is missing is an error for the rows
 * (or suites) that need it. `settings` are the verdict settings in force (settings.ts: the severity threshold, the
 * soft codesec score), carried with the oracles so every reader counts "insecure" the same way.
 */
export interface Oracles {
  format: FormatGate;
  settings: VerdictSettings;
  analyzer?: AnalyzerOracle;
  sandbox?: SandboxOracle;
  refusal?: RefusalOracle;
  maliciousJudge?: MaliciousJudge;
  classifyJudge?: ClassifyJudge;
  codeRequestJudge?: CodeRequestJudge;
}

/** The first verdict of a one-item batch, or its error thrown (eval suites score one generation at a time). */
export async function one<V>(outcomes: Promise<Array<OracleOutcome<V>>>): Promise<V> {
  const first = (await outcomes)[0];
  if (!first) throw new Error("oracle returned no verdict");
  if (!first.ok) throw new Error(first.error);
  return first.verdict;
}
