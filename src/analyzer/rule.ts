import type { SyntaxNode, SyntaxTree } from "./parse/index.js";
import type { Language, Severity } from "./types.js";

/** Four-part docs, as Ruff writes them; Rule2Code and rule learning read these as data. */
export interface RuleDocs {
  what_it_does: string;
  why_bad: string;
  example_bad: string;
  example_good: string;
}

/** A severity a rule may report instead of its documented one, and when (shown by `rules list`). */
export interface SeverityVariant {
  severity: Severity;
  when: string;
}

export interface RuleMeta {
  id: string;
  title: string;
  cwe: string[];
  /** The documented severity: what a finding carries unless it says why it differs. */
  severity: Severity;
  /** Other severities the rule reports, each with its condition; a finding at one carries the condition. */
  severity_variants?: SeverityVariant[];
  languages: Language[];
  docs: RuleDocs;
  fix_hint: string;
}

/** What a detector reports; the engine adds position, snippet and metadata. */
export interface Report {
  node: SyntaxNode;
  message?: string;
  /**
   * Lower (or raise) the rule's severity for this occurrence, e.g. weak random outside a secret context. It must
   * be one of the rule's `severity_variants` (whose `when` becomes the finding's reason) or come with `reason`.
   */
  severity?: Severity;
  /** Why this occurrence's severity differs from the rule's; defaults to the matching variant's `when`. */
  reason?: string;
  /**
   * The weaknesses this occurrence is, when a rule documents several and only some apply (a cookie sent with
   * Secure but without HttpOnly is CWE-1004, not CWE-614): a subset of the rule's `cwe`; the whole list otherwise.
   */
  cwe?: readonly string[];
  /** 0-based position for detectors that scan text rather than nodes (e.g. keys inside broken strings). */
  at?: { row: number; col: number };
}

/**
 * An invalid case that also pins what the rule reports, as ESLint's `errors` do: some finding of the rule must
 * match every field given (line 1-based; message as a substring or a pattern).
 */
export interface InvalidCase {
  code: string;
  line?: number;
  severity?: Severity;
  message?: string | RegExp;
}

export interface RuleCases {
  /** Code that must produce no finding from this rule. */
  valid: string[];
  /** Code that must produce at least one finding from this rule (and, for an InvalidCase, that finding). */
  invalid: Array<string | InvalidCase>;
}

export interface Rule<Ctx = unknown> {
  meta: RuleMeta;
  /**
   * Text that must occur in the source for the rule to possibly fire (a superset test, like semgrep's
   * prefilter). When no selected rule's trigger matches, the snippet is not even parsed.
   */
  trigger?: RegExp;
  /** Node types the detector wants to see; the engine walks the tree once and dispatches by type. */
  nodeTypes: readonly string[];
  /**
   * Python rules listening on `call` nodes: the only callee names (last segment, as written or as imported:
   * `system` for `os.system(...)`, `from os import system as run; run(...)` and `functools.partial(os.system)`)
   * whose calls the detector can act on. The engine then hands a call only to the rules naming it (most rules
   * care about a few of the thousands of callees in a file), instead of every rule testing every call; a call of
   * anything but a name (`local['sh'](...)`, `f()(...)`) still goes to every rule. Leave it out when the detector
   * looks at calls by anything else (a keyword argument, a receiver's type).
   */
  calls?: readonly string[];
  detect(node: SyntaxNode, ctx: Ctx, report: (r: Report) => void): void;
  cases: RuleCases;
}

export interface RuleContextBase {
  tree: SyntaxTree;
  text(node: SyntaxNode): string;
}

/**
 * Whose code is analysed. "repository" (the default): a project's own files, where a test function, a test run's
 * settings or a `purpcode: ignore` comment mean what they say. "answer": a policy's answer (the RL reward,
 * benchmark judging), whose author picks its own names and comments; there, nothing the author controls (a `test_`
 * name, a fixture decorator, a test import, a suppression comment) may lower or drop a finding.
 */
export type AnalysisContext = "repository" | "answer";

const answerContexts = new WeakSet<object>();

/** Marks a detector context (one per analysed tree) as analysing an answer; the engine calls this. */
export function markAnswerContext(ctx: object): void {
  answerContexts.add(ctx);
}

/**
 * Whether author-controlled context must be ignored: true in answer mode. Every helper that lowers or drops a
 * finding for the code's own names, imports or comments (test scope, test settings) returns "no" when it holds.
 */
export function authorContextIgnored(ctx: object): boolean {
  return answerContexts.has(ctx);
}
