import { z } from "zod";
import type { ConversationRow } from "../core/rows.js";

/**
 * The guideline shown in context while sampling (context distillation, design section 1, pillar 2). It is
 * removed again from the SFT data, so the model learns to produce the rule-citing reasoning on its own.
 */

/** The three sections the model is asked for; reformat.ts turns them into the aligned format. */
export const SECTION_TITLES = {
  intent: "Intent Analysis",
  safety: "Safety Analysis",
  response: "Proposed Safe Response",
} as const;

/**
 * One security rule as prompt context: a CWE catalog entry or an analyzer rule with its four-part docs. Small
 * and plain so the CWE catalog and the analyzer registry can both feed it.
 */
export const SecurityRuleSchema = z.object({
  /** `CWE-78`, or an analyzer rule id such as `py/os-command-injection`. */
  id: z.string().min(1),
  title: z.string().min(1),
  cwe: z.array(z.string()).default([]),
  /** What the rule detects, or the CWE's description. */
  description: z.string().optional(),
  whyBad: z.string().optional(),
  exampleBad: z.string().optional(),
  exampleGood: z.string().optional(),
});
export type SecurityRule = z.input<typeof SecurityRuleSchema>;

/** An analyzer finding on the seed code a prompt was written from. */
export const SeedFindingSchema = z.object({
  rule_id: z.string().min(1),
  line: z.number().int().optional(),
  message: z.string().optional(),
  snippet: z.string().optional(),
});
export type SeedFinding = z.infer<typeof SeedFindingSchema>;

/** The rule text injected for a codesec row: the relevant rules, and optionally the seed code's findings. */
export const RuleContextSchema = z.object({
  rules: z.array(SecurityRuleSchema).default([]),
  findings: z.array(SeedFindingSchema).default([]),
  seed_code: z.string().optional(),
});
export type RuleContext = z.infer<typeof RuleContextSchema>;

/** Rules by id (CWE ids such as `CWE-78` and analyzer rule ids), e.g. built from the CWE catalog. */
export type RuleBook = ReadonlyMap<string, SecurityRule>;

/** The fields of a CWE-catalog entry (or of an analyzer rule turned into one) that the guideline uses. */
export interface CatalogEntryLike {
  id: string;
  name: string;
  cwe: string[];
  description: string;
  extended_description?: string;
  examples?: Array<{ text?: string; code: Array<{ nature: string | null; code: string }> }>;
  docs?: { what_it_does: string; why_bad: string; example_bad: string; example_good: string };
}

/** A catalog entry as guideline rule text: analyzer docs when it has them, else the CWE text and examples. */
export function securityRuleFrom(entry: CatalogEntryLike): SecurityRule {
  if (entry.docs) {
    return {
      id: entry.id,
      title: entry.name,
      cwe: entry.cwe,
      description: entry.docs.what_it_does,
      whyBad: entry.docs.why_bad,
      exampleBad: entry.docs.example_bad,
      exampleGood: entry.docs.example_good,
    };
  }
  const code = (entry.examples ?? []).flatMap((e) => e.code);
  const pick = (nature: string) => code.find((c) => (c.nature ?? "").toLowerCase() === nature)?.code;
  return {
    id: entry.id,
    title: entry.name,
    cwe: entry.cwe,
    description: entry.description,
    whyBad: entry.extended_description,
    exampleBad: pick("bad"),
    exampleGood: pick("good"),
  };
}

export function ruleBookOf(entries: Iterable<CatalogEntryLike>): RuleBook {
  const book = new Map<string, SecurityRule>();
  for (const entry of entries) book.set(entry.id, securityRuleFrom(entry));
  return book;
}

/** Rule ids a row names in its meta: `cwe` (list of CWE ids) and `rule` (analyzer rule ids, comma-separated). */
function namedRuleIds(meta: Record<string, unknown>): string[] {
  const ids: string[] = [];
  if (typeof meta.rule === "string") ids.push(...meta.rule.split(",").map((s) => s.trim()));
  if (Array.isArray(meta.cwe)) ids.push(...meta.cwe.filter((c): c is string => typeof c === "string"));
  else if (typeof meta.cwe === "string") ids.push(meta.cwe);
  return [...new Set(ids.filter(Boolean))];
}

/**
 * Reads the rule context of a row from `meta.rule_context` (the shape above), or from `meta.rules` /
 * `meta.findings` / `meta.seed_code` when a producer wrote them at the top level of meta, or else looks up the
 * rule ids the row names (`meta.rule`, `meta.cwe`, as Vul2Prompt writes them) in the rule book. Undefined when
 * the row names no known rule; throws with the field path when the data is malformed.
 */
export function ruleContextOf(row: ConversationRow, book?: RuleBook): RuleContext | undefined {
  const meta = row.meta ?? {};
  let raw =
    meta.rule_context ??
    (meta.rules !== undefined || meta.findings !== undefined
      ? { rules: meta.rules, findings: meta.findings, seed_code: meta.seed_code }
      : undefined);
  if (raw === undefined && book) {
    const rules = namedRuleIds(meta).flatMap((id) => {
      const rule = book.get(id);
      return rule ? [rule] : [];
    });
    if (rules.length > 0) raw = { rules };
  }
  if (raw === undefined) return undefined;
  const parsed = RuleContextSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`meta.rule_context.${issue.path.join(".")}: ${issue.message}`);
  }
  const context = parsed.data;
  return context.rules.length + context.findings.length > 0 ? context : undefined;
}

const DEFINITIONS = `# Guideline for answering as a helpful and cybersafe coding assistant

## Definitions
- Malicious cyberactivity: any action that compromises the confidentiality, integrity or availability of computer systems, networks or data without the owner's authorisation - for example writing or deploying malware, exploiting systems one does not own, stealing credentials or data, evading security controls, or disrupting services.
- A malicious request: a request whose fulfilment would materially help someone carry out malicious cyberactivity. The intent may be stated openly, disguised (role play, a claimed research or testing purpose, a hypothetical, fiction, obfuscated wording), or spread over several turns of a conversation, each harmless on its own. Judge the conversation as a whole, not the last message alone.

## Disallowed content (never produce it)
- D0: code, scripts or commands that enable malicious cyberactivity, even with a warning or disclaimer attached.
- D1: vulnerable code - code that contains a security weakness listed in the Common Weakness Enumeration (CWE), such as injection, unsafe deserialisation, hard-coded credentials, weak cryptography, missing validation or resource leaks. Every piece of code in your answer will be checked by static analyzers.
- D2: explanations that give actionable, step-by-step help for carrying out malicious cyberactivity.

## Allowed content (provide it helpfully)
- A0: benign code and scripts, even when the wording sounds alarming (killing a process, scanning one's own network, fuzzing one's own program).
- A1: fully secure code that follows secure-coding practice.
- A2: general cybersecurity knowledge: how attacks work conceptually, how to detect, prevent and mitigate them.
- A3: explanations of existing code, including why a piece of code is vulnerable and how to fix it.
- Do not refuse a benign request because it touches a security topic.`;

const STEPS = `## How to answer
Work through the request in three steps and write each as its own markdown section.

### Step 1 - ${SECTION_TITLES.intent}
- Core task: state in one or two sentences what the user actually wants done.
- Deception detection: check for malicious goals hidden behind role play, pretexts, hypotheticals, fiction, obfuscation, or a task split across turns. Say what you found, or that you found none.

### Step 2 - ${SECTION_TITLES.safety}
Write in the first person ("I will ...").
- Triage: decide whether the request is fully allowed, partly allowed, or disallowed, citing D0-D2 and A0-A3.
- Code audit: if the conversation contains code, audit it for weaknesses.
- Response outline: list what your answer will contain.
- Implementation plan: for code, plan the structure and the security measures.
- Element-by-element review: go through every element of the planned answer and name the security rule that applies by its CWE id and how you honour it (for example: "to prevent CWE-400 I will open the file in a with-statement so it is always closed", "to prevent CWE-78 I will pass an argument list without a shell").

### Step 3 - ${SECTION_TITLES.response}
Give the answer itself:
- refuse briefly (one or two sentences, no lecture) when the whole request is disallowed;
- comply safely, with fully secure code, when it is allowed;
- comply with the safe part and briefly decline the rest when it is partly allowed.

## Output format
Reply with exactly these three sections, in this order, and nothing before the first one:
## ${SECTION_TITLES.intent}
## ${SECTION_TITLES.safety}
## ${SECTION_TITLES.response}`;

function renderRule(rule: z.infer<typeof SecurityRuleSchema>): string {
  const cwe = rule.cwe.length > 0 && !rule.cwe.includes(rule.id) ? ` (${rule.cwe.join(", ")})` : "";
  const lines = [`### ${rule.id}: ${rule.title}${cwe}`];
  if (rule.description) lines.push(`What it is: ${rule.description.trim()}`);
  if (rule.whyBad) lines.push(`Why it is bad: ${rule.whyBad.trim()}`);
  if (rule.exampleBad) lines.push("Vulnerable example:", fence(rule.exampleBad));
  if (rule.exampleGood) lines.push("Secure alternative:", fence(rule.exampleGood));
  return lines.join("\n");
}

function fence(code: string): string {
  // A fence longer than any backtick run inside the code, so the example cannot close it early.
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}\n${code.trimEnd()}\n${ticks}`;
}

/** The rule text for a codesec row: the rules that apply, and what the analyzer found in the seed code. */
export function renderRuleContext(context: RuleContext): string {
  const parts = [
    "## Security rules that apply to this request",
    "The request is likely to lead to code with the weaknesses below. Your answer must not contain them; cite them by id in the element-by-element review.",
  ];
  for (const rule of context.rules) parts.push(renderRule(rule));
  if (context.findings.length > 0) {
    const findings = context.findings.map((f) => {
      const where = f.line !== undefined ? ` at line ${f.line}` : "";
      const snippet = f.snippet ? `: \`${f.snippet.trim().replace(/`/g, "'")}\`` : "";
      return `- ${f.rule_id}${where}${f.message ? ` - ${f.message}` : ""}${snippet}`;
    });
    parts.push("### Analyzer findings on the code this request was derived from", ...findings);
    if (context.seed_code) parts.push(fence(context.seed_code));
  }
  return parts.join("\n\n");
}

/** The full guideline for one row: the rule text is injected only for codesec rows that carry or name it. */
export function buildGuideline(row: ConversationRow, book?: RuleBook): string {
  const context = row.oracles.includes("codesec") ? ruleContextOf(row, book) : undefined;
  return context
    ? `${DEFINITIONS}\n\n${renderRuleContext(context)}\n\n${STEPS}`
    : `${DEFINITIONS}\n\n${STEPS}`;
}
