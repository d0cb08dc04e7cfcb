import type { FindingLike } from "../analyzer/types.js";
import { errorMessage } from "../core/errors.js";
import type { JobSummary } from "../core/job.js";
import type { ConversationRow, Message } from "../core/rows.js";
import type { ChatProvider } from "../llm/types.js";
import { renderRule, type CatalogRule } from "./catalog.js";
import {
  GenerationError,
  askUntil,
  idPart,
  looksLikeRefusal,
  provenance,
  type Attempted,
  type FailureKind,
  type GenerationSettings,
  runGenerationJob,
  type JobIo,
} from "./generate.js";

/**
 * Rule2Code: per rule, a helpful-only generator writes a realistic scenario plus complete code that has the
 * weakness, then new, different scenarios in follow-up turns. Only code the analyzer flags is kept; its
 * findings travel with the seed.
 */

/** The analyzer's findings travel with each seed; Vul2Prompt reads them. */
export type SeedFinding = FindingLike;

/** Runs the code analyzer on one snippet. */
export type Verifier = (code: string, language: string) => Promise<SeedFinding[]>;

export interface ExtractedBlock {
  language: string | undefined;
  code: string;
}
/** Extracts fenced code blocks from a markdown answer. */
export type CodeExtractor = (markdown: string) => ExtractedBlock[];

export interface Rule2CodeItem {
  rule: CatalogRule;
  language: string;
}

export interface Rule2CodeOptions extends GenerationSettings {
  provider: ChatProvider;
  verify: Verifier;
  extract: CodeExtractor;
  /** Samples per rule: the first answer plus depth-1 follow-ups (default 3). */
  depth?: number;
  /** Keep code with any finding, not only one matching the rule's CWE / id (default false). */
  anyFinding?: boolean;
  contextChars?: number;
}

export const RULE2CODE_SYSTEM =
  "You write realistic example programs for a secure-coding training data set. The examples deliberately " +
  "contain one specific weakness so that detectors and models can learn to recognise it. Write complete, " +
  "runnable code the way a hurried developer would, without comments that point out the weakness.";

export function rule2codeFirstTurn(rule: CatalogRule, language: string, contextChars = 2500): string {
  return [
    `Weakness to demonstrate:\n\n${renderRule(rule, { maxChars: contextChars })}`,
    `Invent a realistic situation in which a developer writes ${language} code that has exactly this weakness. ` +
      "Answer in two parts: a line starting with `Scenario:` that describes the application and the feature in " +
      `two or three sentences, then the complete code in a single \`\`\`${language} fenced block.`,
  ].join("\n\n");
}

export function rule2codeFollowUp(language: string): string {
  return (
    "Now a new scenario: a different kind of application, a different feature, and a different code path to " +
    `the same weakness. Same format: \`Scenario:\` line, then complete ${language} code in one fenced block.`
  );
}

/** True when a finding confirms the rule: same rule id, or a shared CWE. */
export function confirms(rule: CatalogRule, finding: SeedFinding): boolean {
  return finding.rule_id === rule.id || finding.cwe.some((c) => rule.cwe.includes(c));
}

const sameLanguage = (a: string | undefined, b: string) =>
  a !== undefined && (a === b || (b === "typescript" && a === "javascript"));

/** Reads the code of a Rule2Code answer: the longest fenced block in the language (or unlabelled). */
export function codeParser(extract: CodeExtractor, language: string) {
  return (
    text: string,
    finish: string | null,
  ): { value: string } | { kind: FailureKind; detail?: string } => {
    if (finish === "length") return { kind: "truncated" };
    const code = extract(text)
      .filter((b) => sameLanguage(b.language, language) || b.language === undefined)
      .map((b) => b.code)
      .sort((a, b) => b.length - a.length)[0];
    if (code?.trim()) return { value: code };
    // The code fence is this answer's marker.
    return { kind: looksLikeRefusal(text) ? "refused" : "no-markers", detail: text.slice(0, 120) };
  };
}

export const rule2codeItemId = (item: Rule2CodeItem) => `rule2code:${idPart(item.rule.id)}:${item.language}`;

/** One rule in one language: a multi-turn conversation of `depth` samples; returns the confirmed seeds. */
export async function rule2codeItem(
  item: Rule2CodeItem,
  options: Rule2CodeOptions,
): Promise<ConversationRow[]> {
  const { rule, language } = item;
  const depth = options.depth ?? 3;
  const itemId = rule2codeItemId(item);
  const messages: Message[] = [
    { role: "system", content: RULE2CODE_SYSTEM },
    { role: "user", content: rule2codeFirstTurn(rule, language, options.contextChars) },
  ];
  const rows: ConversationRow[] = [];
  let samples = 0;
  let lastFailure: GenerationError | undefined;
  const pending: Array<{
    turn: number;
    code: string;
    scenario: string;
    text: string;
    attempts: number;
    findings: SeedFinding[];
  }> = [];
  for (let turn = 1; turn <= depth; turn++) {
    if (turn > 1) messages.push({ role: "user", content: rule2codeFollowUp(language) });
    let answer: Attempted<string>;
    try {
      answer = await askUntil(
        options.provider,
        messages,
        `${itemId}:${turn}`,
        options,
        codeParser(options.extract, language),
      );
    } catch (err) {
      // The conversation cannot go on without this turn's answer; keep what earlier turns confirmed.
      if (err instanceof GenerationError) lastFailure = err;
      else throw err;
      break;
    }
    messages.push({ role: "assistant", content: answer.text });
    samples++;
    let findings: SeedFinding[];
    try {
      findings = await options.verify(answer.value, language);
    } catch (err) {
      throw new GenerationError("analyzer-error", errorMessage(err));
    }
    const scenario = /Scenario:\s*(.+)/.exec(answer.text)?.[1]?.trim() ?? "";
    const confirmed = options.anyFinding ? findings.length > 0 : findings.some((f) => confirms(rule, f));
    if (confirmed)
      pending.push({
        turn,
        code: answer.value,
        scenario,
        text: answer.text,
        attempts: answer.attempts,
        findings,
      });
  }
  for (const p of pending) {
    rows.push({
      task_id: `${itemId}:${p.turn}`,
      messages: [
        {
          role: "user",
          content:
            p.turn === 1
              ? rule2codeFirstTurn(rule, language, options.contextChars)
              : rule2codeFollowUp(language),
        },
        { role: "assistant", content: p.text },
      ],
      oracles: ["codesec"],
      // The reward reads the row's language here (ground_truth.language) to analyse an unlabelled answer.
      ground_truth: { language },
      meta: {
        ...provenance(
          {
            stage: "rule2code",
            item: itemId,
            seed_id: `${itemId}:${p.turn}`,
            rule: rule.id,
            cwe: rule.cwe,
            attempts: p.attempts,
          },
          options.provider,
        ),
        language,
        scenario: p.scenario,
        code: p.code,
        findings: p.findings,
        rule_stats: { samples, confirmed: pending.length, depth, failed_turns: lastFailure ? 1 : 0 },
      },
    });
  }
  if (rows.length === 0) {
    if (lastFailure && samples === 0) throw lastFailure;
    throw new GenerationError(
      "not-confirmed",
      `0 of ${samples} samples flagged by the analyzer for ${rule.cwe.join(", ")}${lastFailure ? `; then ${lastFailure.message}` : ""}`,
    );
  }
  return rows;
}

export function runRule2Code(items: Rule2CodeItem[], options: Rule2CodeOptions & JobIo): Promise<JobSummary> {
  return runGenerationJob(
    "rule2code",
    items,
    rule2codeItemId,
    options,
    { depth: options.depth ?? 3 },
    (item) => rule2codeItem(item, options),
  );
}
