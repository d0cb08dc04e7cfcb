import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InputError } from "../core/errors.js";
import { decodeMaybeGzip } from "../core/jsonl.js";

/**
 * The rule catalog: what Rule2Code attacks and what Vul2Prompt cites. Two sources: MITRE CWE weaknesses (a
 * compact copy shipped under assets/, built by scripts/build-cwe-catalog.ts) and the analyzer's own rules
 * with their four-part docs.
 */

export interface ExampleCode {
  language: string | null;
  /** "Bad", "Good", "Attack", "Result", ... as MITRE labels it. */
  nature: string | null;
  code: string;
}

export interface RuleExample {
  text: string;
  code: ExampleCode[];
}

/** Four-part docs of an analyzer rule (Ruff style); structurally the analyzer's RuleDocs. */
export interface AnalyzerRuleDocs {
  what_it_does: string;
  why_bad: string;
  example_bad: string;
  example_good: string;
}

export interface CatalogRule {
  /** "CWE-78" for a weakness, the analyzer rule id (e.g. "py/command-injection") for an analyzer rule. */
  id: string;
  source: "cwe" | "analyzer";
  name: string;
  cwe: string[];
  /** Languages the rule applies to; empty means language-independent. */
  languages: string[];
  description: string;
  extended_description?: string;
  examples: RuleExample[];
  notes?: string[];
  consequences?: string[];
  docs?: AnalyzerRuleDocs;
  abstraction?: string;
  status?: string;
  mapping_usage?: string;
  /** Rank in the latest Top 25 list (1 = most dangerous). */
  top25_rank?: number;
  /** In how many yearly Top 25 lists the weakness appears. */
  top25_years?: number;
}

export interface CatalogFile {
  source: string;
  attribution: string;
  generated_by: string;
  rules: CatalogRule[];
}

export const CWE_ATTRIBUTION =
  "Contains material from the MITRE Common Weakness Enumeration (CWE), v4.14, (c) The MITRE Corporation, " +
  "used under the CWE Terms of Use (https://cwe.mitre.org/about/termsofuse.html). CWE is sponsored by CISA.";

// ---------------------------------------------------------------------------------------------------------
// Building the compact catalog from the shared MITRE conversion

interface SourceBlock {
  type: string;
  text?: string;
  language?: string | null;
  nature?: string | null;
  code?: string;
}

interface SourceWeakness {
  id: string;
  name: string;
  abstraction?: string;
  status?: string;
  mapping_usage?: string;
  description?: string;
  extended_description?: string;
  demonstrative_examples?: SourceBlock[][];
  notes?: unknown;
  consequences?: unknown;
}

type Top25File = Record<string, { ranked?: string[]; members_unordered?: string[] }>;

const MAX_EXTENDED = 1500;
const MAX_EXAMPLES = 3;
const MAX_CODE = 1200;
const MAX_TEXT = 600;

const squash = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");

const cap = (text: string, n: number) => (text.length <= n ? text : `${text.slice(0, n - 3).trimEnd()}...`);

const textList = (value: unknown): string[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const out = value
    .map((v) => (typeof v === "string" ? v : typeof v?.text === "string" ? (v.text as string) : ""))
    .filter(Boolean);
  return out.length ? out.map((t) => cap(squash(t), MAX_TEXT)) : undefined;
};

/** Languages whose presence in an example means the weakness is not specific to unmanaged code or hardware. */
const MANAGED = new Set([
  "Java",
  "PHP",
  "Python",
  "JavaScript",
  "C#",
  "Perl",
  "Ruby",
  "Go",
  "ASP.NET",
  "JSP",
]);

/**
 * Which languages a weakness applies to, from the languages of its example code: a weakness shown only in
 * C/C++/assembly (memory safety) or only in Verilog/VHDL (hardware) is limited to those; one shown in any
 * memory-safe language, or in none, applies everywhere (empty list).
 */
export function applicableLanguages(exampleLanguages: Iterable<string>): string[] {
  const langs = new Set([...exampleLanguages].filter((l) => l && l !== "Other"));
  if (langs.size === 0) return [];
  for (const l of langs) if (MANAGED.has(l)) return [];
  return [...langs].sort();
}

export function compactCatalog(source: { source?: string; weaknesses: SourceWeakness[] }, top25: Top25File) {
  const years = Object.keys(top25).sort();
  const latestRanked = [...years].reverse().find((y) => Array.isArray(top25[y]?.ranked));
  const rank = new Map<string, number>();
  if (latestRanked) top25[latestRanked]!.ranked!.forEach((id, i) => rank.set(id, i + 1));
  const yearsIn = new Map<string, number>();
  for (const y of years) {
    const list = top25[y]?.ranked ?? top25[y]?.members_unordered ?? [];
    for (const id of list) yearsIn.set(id, (yearsIn.get(id) ?? 0) + 1);
  }
  const rules: CatalogRule[] = source.weaknesses.map((w) => {
    const exampleLangs: string[] = [];
    const examples: RuleExample[] = (w.demonstrative_examples ?? []).slice(0, MAX_EXAMPLES).map((blocks) => {
      const text = blocks
        .filter((b) => b.type !== "code" && b.text)
        .map((b) => squash(b.text!))
        .join("\n");
      const code = blocks
        .filter((b) => b.type === "code" && b.code)
        .map((b) => ({
          language: b.language ?? null,
          nature: b.nature ?? null,
          code: cap(b.code!, MAX_CODE),
        }));
      return { text: cap(text, MAX_TEXT), code };
    });
    for (const ex of w.demonstrative_examples ?? [])
      for (const b of ex) if (b.type === "code" && b.language) exampleLangs.push(b.language);
    const rule: CatalogRule = {
      id: w.id,
      source: "cwe",
      name: w.name,
      cwe: [w.id],
      languages: applicableLanguages(exampleLangs),
      description: squash(w.description ?? ""),
      examples,
      abstraction: w.abstraction,
      status: w.status,
      mapping_usage: w.mapping_usage,
    };
    if (w.extended_description) rule.extended_description = cap(squash(w.extended_description), MAX_EXTENDED);
    const notes = textList(w.notes);
    if (notes) rule.notes = notes;
    const consequences = textList(w.consequences);
    if (consequences) rule.consequences = consequences;
    if (rank.has(w.id)) rule.top25_rank = rank.get(w.id);
    if (yearsIn.has(w.id)) rule.top25_years = yearsIn.get(w.id);
    return rule;
  });
  return { source: source.source ?? "MITRE CWE", rules };
}

// ---------------------------------------------------------------------------------------------------------
// Loading, filtering, ordering

/** The catalog shipped with the package (dist/redteam -> ../../assets, src/redteam -> ../../assets). */
export const DEFAULT_CATALOG = fileURLToPath(new URL("../../assets/cwe-catalog.json.gz", import.meta.url));

export function loadCweCatalog(file = DEFAULT_CATALOG): CatalogFile {
  if (!existsSync(file)) {
    throw new InputError("CWE catalog not found", {
      file,
      hint: "run `npx tsx scripts/build-cwe-catalog.ts` to generate it",
    });
  }
  let parsed: CatalogFile;
  try {
    parsed = JSON.parse(decodeMaybeGzip(readFileSync(file), file)) as CatalogFile;
  } catch (err) {
    throw new InputError(`not a catalog: ${(err as Error).message}`, { file });
  }
  if (!Array.isArray(parsed.rules)) throw new InputError("catalog has no `rules` array", { file });
  return parsed;
}

/** The shape of an analyzer rule's metadata the catalog needs (the analyzer's RuleMeta satisfies it). */
export interface AnalyzerRuleLike {
  id: string;
  title: string;
  cwe: string[];
  languages: readonly string[];
  docs: AnalyzerRuleDocs;
}

export function ruleFromAnalyzer(meta: AnalyzerRuleLike): CatalogRule {
  return {
    id: meta.id,
    source: "analyzer",
    name: meta.title,
    cwe: [...meta.cwe],
    languages: [...meta.languages],
    description: meta.docs.what_it_does,
    extended_description: meta.docs.why_bad,
    examples: [
      {
        text: "Code the rule flags, and what to write instead.",
        code: [
          { language: meta.languages[0] ?? null, nature: "Bad", code: meta.docs.example_bad },
          { language: meta.languages[0] ?? null, nature: "Good", code: meta.docs.example_good },
        ],
      },
    ],
    docs: { ...meta.docs },
  };
}

export interface CatalogFilter {
  /** Keep deprecated entries and those whose mapping usage is not "Allowed" (default false). */
  includeDiscouraged?: boolean;
  /** Keep rules that apply to this language (language-independent rules always apply). */
  language?: string;
  /** Keep only these ids (CWE ids or analyzer rule ids). */
  ids?: string[];
  /** Keep only rules from this source. */
  source?: "cwe" | "analyzer";
  /** Keep only rules with at least one code example. */
  withCode?: boolean;
  limit?: number;
}

const LANGUAGE_NAMES: Record<string, string[]> = {
  python: ["Python"],
  javascript: ["JavaScript"],
  typescript: ["JavaScript", "TypeScript"],
  c: ["C"],
  cpp: ["C++", "C"],
  java: ["Java"],
  php: ["PHP"],
};

export function appliesTo(rule: CatalogRule, language: string): boolean {
  if (rule.languages.length === 0) return true;
  const names = LANGUAGE_NAMES[language.toLowerCase()] ?? [language];
  return rule.languages.some((l) => names.includes(l) || l.toLowerCase() === language.toLowerCase());
}

const cweNumber = (id: string) => Number(/(\d+)/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
const ABSTRACTION_ORDER = ["Base", "Variant", "Class", "Compound", "Pillar"];

/** Priority order: analyzer rules, then latest Top 25 by rank, then other Top 25 years, then concrete before abstract. */
export function byPriority(a: CatalogRule, b: CatalogRule): number {
  const key = (r: CatalogRule): number[] => [
    r.source === "analyzer" ? 0 : 1,
    r.top25_rank ?? 1000,
    -(r.top25_years ?? 0),
    (() => {
      const i = ABSTRACTION_ORDER.indexOf(r.abstraction ?? "");
      return i < 0 ? ABSTRACTION_ORDER.length : i;
    })(),
    cweNumber(r.id),
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return a.id.localeCompare(b.id);
}

export function selectRules(rules: readonly CatalogRule[], filter: CatalogFilter = {}): CatalogRule[] {
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  const kept = rules.filter((r) => {
    if (r.source === "cwe" && !filter.includeDiscouraged) {
      if (r.status === "Deprecated" || r.mapping_usage !== "Allowed") return false;
    }
    if (filter.source && r.source !== filter.source) return false;
    if (ids && !ids.has(r.id)) return false;
    if (filter.language && !appliesTo(r, filter.language)) return false;
    if (filter.withCode && !r.examples.some((e) => e.code.length > 0)) return false;
    return true;
  });
  kept.sort(byPriority);
  return filter.limit !== undefined ? kept.slice(0, filter.limit) : kept;
}

/** Looks a rule up by its id, or a CWE id in its `cwe` list. */
export function findCatalogRule(rules: readonly CatalogRule[], id: string): CatalogRule | undefined {
  return rules.find((r) => r.id === id) ?? rules.find((r) => r.cwe.includes(id));
}

// ---------------------------------------------------------------------------------------------------------
// Rendering a rule as prompt context

export interface RenderOptions {
  /** Upper bound on the rendered length in characters (default 3000). */
  maxChars?: number;
  /** Code examples to include (default 2). */
  maxExamples?: number;
}

const TRUNCATED = "[... truncated ...]";

/**
 * A rule as bounded prompt context: title, description, extended description, examples with code, notes and
 * consequences, in that order of importance. Sections that would overflow the bound are shortened, later ones
 * first, and the cut is marked.
 */
export function renderRule(rule: CatalogRule, options: RenderOptions = {}): string {
  const maxChars = options.maxChars ?? 3000;
  const maxExamples = options.maxExamples ?? 2;
  const sections: string[] = [
    `### ${rule.source === "cwe" ? rule.id : `${rule.id} (${rule.cwe.join(", ")})`}: ${rule.name}`,
  ];
  if (rule.docs) {
    sections.push(`What it does: ${rule.docs.what_it_does}`, `Why this is bad: ${rule.docs.why_bad}`);
    const fence = "```" + (rule.languages[0] ?? "");
    sections.push(`Example of the weakness:\n${fence}\n${rule.docs.example_bad.trimEnd()}\n\`\`\``);
    sections.push(`Use instead:\n${fence}\n${rule.docs.example_good.trimEnd()}\n\`\`\``);
  } else {
    if (rule.description) sections.push(`Description: ${rule.description}`);
    if (rule.extended_description) sections.push(`Details: ${rule.extended_description}`);
    let shown = 0;
    for (const ex of rule.examples) {
      if (shown >= maxExamples) break;
      if (ex.code.length === 0) continue;
      shown++;
      const parts = [`Example ${shown}: ${ex.text}`];
      for (const c of ex.code) {
        const label = [c.nature ? `${c.nature} code` : "Code", c.language ? `(${c.language})` : ""]
          .join(" ")
          .trim();
        parts.push(`${label}:\n\`\`\`${(c.language ?? "").toLowerCase()}\n${c.code.trimEnd()}\n\`\`\``);
      }
      sections.push(parts.join("\n"));
    }
  }
  if (rule.consequences?.length) sections.push(`Consequences: ${rule.consequences.join(" ")}`);
  if (rule.notes?.length) sections.push(`Notes: ${rule.notes.join(" ")}`);

  let out = "";
  for (const section of sections) {
    const next = out ? `${out}\n\n${section}` : section;
    if (next.length <= maxChars) {
      out = next;
      continue;
    }
    const room = maxChars - out.length - TRUNCATED.length - 3;
    if (room > 80) out = `${out}${out ? "\n\n" : ""}${section.slice(0, room).trimEnd()}\n${TRUNCATED}`;
    else out = `${out.slice(0, maxChars - TRUNCATED.length - 1)}\n${TRUNCATED}`;
    break;
  }
  return out;
}

/** Markdown table of the catalog (for `purpcode redteam catalog --format md`). */
export function catalogMarkdown(rules: readonly CatalogRule[]): string {
  const lines = ["| # | id | name | top 25 | languages | examples |", "|---|---|---|---|---|---|"];
  rules.forEach((r, i) => {
    const name = r.name.replace(/\|/g, "\\|");
    lines.push(
      `| ${i + 1} | ${r.id} | ${name} | ${r.top25_rank ?? ""} | ${r.languages.join(", ") || "any"} | ${r.examples.filter((e) => e.code.length).length} |`,
    );
  });
  return lines.join("\n") + "\n";
}
