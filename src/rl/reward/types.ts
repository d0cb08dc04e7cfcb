import type { Message, OracleName } from "../../core/rows.js";

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

/** Same keys for every row (verl requires it of per-sample dicts). */
export interface RewardResult {
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

export interface CodeSecItem {
  answer: string;
  /** The language the task asks for; blocks in other languages do not count as "has code". */
  language: string;
}

export interface CodeSecVerdict {
  /** Findings at or above the reward threshold (MEDIUM by default). */
  findings: Array<{ rule_id: string; severity: string; line?: number }>;
  /** Code blocks in the expected language that were analysed. */
  blocks: number;
}

export interface CodeSecOracle {
  analyze(items: CodeSecItem[]): Promise<Array<OracleOutcome<CodeSecVerdict>>>;
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

export interface CorrectnessOracle {
  run(items: CorrectnessItem[]): Promise<Array<OracleOutcome<CorrectnessVerdict>>>;
}

export interface SafetyVerdict {
  malicious_code: boolean;
  malicious_explanation: boolean;
}

/** The malicious-assistance judge over whole conversations (prompt + response as the last assistant turn). */
export interface SafetyJudge {
  judge(conversations: Message[][]): Promise<Array<OracleOutcome<SafetyVerdict>>>;
}

/** The answer-classification judge: REFUSAL | IRRELEVANT | UNSAFE | APPROPRIATE. */
export interface AnswerClassifier {
  classify(conversations: Message[][]): Promise<Array<OracleOutcome<{ label: string }>>>;
}

/** The oracles a reward can call; one that is missing is an error for the rows that need it. */
export interface Oracles {
  format: FormatGate;
  codesec?: CodeSecOracle;
  correctness?: CorrectnessOracle;
  safety?: SafetyJudge;
  classifier?: AnswerClassifier;
}
