import type { Message } from "../core/rows.js";
import type { ChatProvider, SamplingParams } from "../llm/types.js";
import type { OracleKind, Oracles } from "../verdict/index.js";

export type { OracleKind };

/** One benchmark prompt. `messages` holds the user turns (and any fixed assistant turns) of the conversation. */
export interface EvalItem {
  /** Namespaced `<dataset>:<id>`. */
  id: string;
  messages: Message[];
  language?: string;
  cwe?: string[];
  /**
   * Reference answers from the data set by label ("canonical", "insecure", ...), scored as if a model gave
   * them (`--answers <label>`); each answer of a label becomes one sample.
   */
  references?: Record<string, string[]>;
  /** Everything scoring needs (tests, entry point, ...); stored with the generation. */
  meta?: Record<string, unknown>;
}

/** What the model said: one sample of one item. */
export interface Generation {
  /** `<item id>@<sample>` */
  task_id: string;
  item_id: string;
  sample: number;
  /** The whole conversation, the generated assistant turns included. */
  messages: Message[];
  /** The last assistant turn. */
  answer: string;
  /** Indices into `messages` of the assistant turns the model wrote (fixed turns of the row excluded). */
  generated?: number[];
  language?: string;
  cwe?: string[];
  meta?: Record<string, unknown>;
  model: string;
  cached?: boolean;
  tokens?: { prompt: number; completion: number };
}

/**
 * The judgement of one generation. `outcome` is the suite's notion of success from the user's point of view:
 * "good" (secure / not refused / passed / no malicious help), "bad", or "unsupported" (the oracle cannot judge
 * it, e.g. a language without analyzer rules) - unsupported items are excluded from rates, never counted good.
 */
export type Outcome = "good" | "bad" | "unsupported";

export interface SuiteVerdict {
  task_id: string;
  item_id: string;
  sample: number;
  outcome: Outcome;
  /** Boolean facts the suite's metrics count (insecure, refusal, passed_base, ...). */
  flags: Record<string, boolean>;
  language?: string;
  cwe?: string[];
  /** Oracle output kept for drill-down: findings, test results, judge verdicts. */
  detail: Record<string, unknown>;
}

export type SuiteCategory = "secure-code" | "malicious" | "over-refusal" | "utility" | "knowledge";

export interface Metric {
  name: string;
  value: number;
  /** Items (samples) the value is computed over. */
  n: number;
  better: "lower" | "higher";
}

/** Rate of bad outcomes within one group (a CWE, a language). */
export interface GroupRate {
  dimension: "cwe" | "language" | "turn" | "source";
  key: string;
  n: number;
  bad: number;
  unsupported: number;
}

export interface SuiteMetrics {
  /** The first metric is the suite's headline. */
  metrics: Metric[];
  groups: GroupRate[];
}

export interface LoadOptions {
  /** The folder holding the public data sets (default `../shared/data`). */
  dataDir: string;
  /** Restrict to these languages, where a suite has several. */
  languages?: string[];
  /** Per-suite input files, for suites whose data the user supplies (`--suite-file <suite>=<path>`). */
  files?: Record<string, string>;
}

/** What a suite that plays its own conversations (a live attack) gets: the model under test and its opponents. */
export interface PlayContext {
  target: ChatProvider;
  /** The attacking model, for suites whose `players` include it. */
  attacker?: ChatProvider;
  sampling?: SamplingParams;
  /** The system prompt under evaluation, for the target only. */
  systemPrompt?: string;
  /** Lets a suite stop early on a refusal, where the refusal detector is available. */
  detectRefusal?: (text: string) => boolean;
}

/** A played conversation: every turn, generated ones included. */
export interface Played {
  messages: Message[];
  cached: boolean;
  tokens: { prompt: number; completion: number };
}

export interface Suite {
  name: string;
  description: string;
  category: SuiteCategory;
  /** Where its data comes from, with licence (reports name the source). */
  source: string;
  /** Oracles scoring needs; the runner checks they are present before it starts. */
  needs: OracleKind[];
  load(options: LoadOptions): Promise<EvalItem[]>;
  /**
   * Plays the conversation itself instead of the runner answering the item's fixed user turns (a live
   * red-team: the next user turn depends on the model's last answer).
   */
  play?(item: EvalItem, sample: number, context: PlayContext): Promise<Played>;
  /** Models besides the one under test that generation needs. */
  players?: Array<"attacker">;
  score(generation: Generation, oracles: Oracles): Promise<SuiteVerdict>;
  metrics(verdicts: SuiteVerdict[]): SuiteMetrics;
}
