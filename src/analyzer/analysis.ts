import { PurpcodeError } from "../core/errors.js";
import { expandPaths } from "./files.js";
import { selectRules } from "./registry.js";
import { mergeImported, readSarifFiles } from "./sarif-import.js";
import type { FileResult } from "./file-scan.js";
import type { AnalysisContext } from "./rule.js";
import { scanFiles } from "./scan.js";
import { severityRank, type Finding, type Language, type Severity } from "./types.js";

/**
 * An analysis of files, directories or markdown answers as `purpcode analyze` runs it: the paths expanded, the
 * files scanned (streaming, over worker threads), other analyzers' SARIF merged in, and the outcome as reports,
 * counts and an exit code. The CLI verb only parses its flags and prints.
 */

export interface FileReport {
  path: string;
  language: Language | null;
  findings: Finding[];
  error?: string;
  /** Analysed, but something limits the result (a partial parse): reported, not an error. */
  warning?: string;
}

export interface AnalysisOptions {
  /** Files or directories; "-" reads `stdin`. */
  paths: string[];
  /** Force this language (default: from the file name or content). */
  language?: Language;
  /** Inputs are markdown answers: their fenced code blocks are analysed. */
  markdown?: boolean;
  minSeverity: Severity;
  /** "answer": the inputs are policy answers, judged without author-controlled context (rule.ts). */
  context?: AnalysisContext;
  /** Rule ids or CWE ids to run (default: all); an id no rule has is an error. */
  rules?: string[];
  /** Threads in all, this one included. */
  jobs: number;
  /** Other analyzers' SARIF logs whose findings are merged in. */
  importSarif?: string[];
  /** Analyse minified JavaScript too (skipped with a warning by default). */
  includeMinified?: boolean;
  /** Standard input's bytes, read only when a path is "-". */
  readStdin?: () => Promise<Buffer>;
}

export interface Analysis {
  reports: FileReport[];
  stats: {
    files: number;
    findings: number;
    errors: number;
    warnings: number;
    parse_errors: number;
    seconds: number;
  };
}

/** The rule or CWE ids that no rule answers to (each is a typo or a rule this version does not have). */
export function unknownRuleIds(ids: string[]): string[] {
  return ids.filter((id) => selectRules({ rules: [id] }).length === 0);
}

export async function analyzePaths(options: AnalysisOptions): Promise<Analysis> {
  const unknown = unknownRuleIds(options.rules ?? []);
  if (unknown.length)
    throw new PurpcodeError(`--rules: no rule has the id or CWE ${unknown.map((u) => `'${u}'`).join(", ")}`, {
      hint: "run `purpcode rules list` to see the rule ids and CWEs",
    });
  if (options.paths.length === 0 && !options.importSarif?.length)
    throw new PurpcodeError("analyze: give paths to scan and/or --import-sarif <file>...");
  const imported = options.importSarif ? readSarifFiles(options.importSarif) : [];
  const started = performance.now();
  const markdown = Boolean(options.markdown);
  const files = await expandPaths(options.paths, markdown);
  const stdin = files.includes("-") ? await options.readStdin?.() : undefined;
  // Streaming: each file is read where it is analysed (this thread or a worker) and only its findings are
  // kept, so memory does not grow with the corpus.
  const results = await scanFiles(
    files.map((path) => ({
      path,
      language: options.language,
      markdown,
      minSeverity: options.minSeverity,
      ...(options.context ? { context: options.context } : {}),
      rules: options.rules,
      ...(options.includeMinified ? { includeMinified: true } : {}),
    })),
    { threads: options.jobs, stdin },
  );
  let parseErrors = 0;
  const reports: FileReport[] = results.map((r, i) => {
    if (r.parseError) parseErrors++;
    return { path: files[i]!, language: r.language, findings: r.findings, ...parseOutcome(r) };
  });
  mergeImported(reports, imported, options.minSeverity);
  return {
    reports,
    stats: {
      files: reports.length,
      findings: reports.reduce((n, r) => n + r.findings.length, 0),
      errors: reports.filter((r) => r.error).length,
      warnings: reports.filter((r) => r.warning).length,
      parse_errors: parseErrors,
      seconds: (performance.now() - started) / 1000,
    },
  };
}

/**
 * A parse whose errors stay within this share of the file's lines is partial: the rest of the file was analysed
 * as usual (tree-sitter recovers around the error), as when a C file uses a macro the grammar cannot expand. Such a
 * file is a warning, as linters treat partial parses; a file mostly in error stays an error (exit 2).
 */
const PARTIAL_PARSE_SHARE = 0.1;

function parseOutcome(r: FileResult): { error?: string; warning?: string } {
  const o = parseOutcomeOnly(r);
  // (a cut-short data flow: a warning, joined to a partial parse's)
  return r.warning && !o.error ? { warning: o.warning ? `${o.warning}; ${r.warning}` : r.warning } : o;
}

function parseOutcomeOnly(r: FileResult): { error?: string; warning?: string } {
  if (r.error) return { error: r.error };
  if (r.skipped) return { warning: r.skipped };
  if (!r.parseError) return {};
  const language = r.language ?? "code";
  const u = r.unparsed;
  if (u && u.lines <= PARTIAL_PARSE_SHARE * u.of)
    return {
      warning: `partly parsed: ${u.lines} of ${u.of} line(s) do not parse as ${language} and were skipped; findings there may be missed`,
    };
  return { error: `syntax error: does not parse as ${language}; findings may be incomplete` };
}

/** `--format json`: every file's findings (and error), and the counts. */
export function analysisJson(analysis: Analysis): unknown {
  const s = analysis.stats;
  return {
    results: analysis.reports.map((r) => ({
      path: r.path,
      language: r.language,
      findings: r.findings,
      ...(r.error ? { error: r.error } : {}),
      ...(r.warning ? { warning: r.warning } : {}),
    })),
    stats: {
      files: s.files,
      findings: s.findings,
      errors: s.errors,
      warnings: s.warnings,
      parse_errors: s.parse_errors,
      seconds: Math.round(s.seconds * 1000) / 1000,
    },
  };
}

/** 2 when some input could not be analysed (a clean result would be a lie), else 1 on findings, else 0. */
export function analysisExitCode(analysis: Analysis): number {
  return analysis.stats.errors > 0 ? 2 : analysis.stats.findings > 0 ? 1 : 0;
}

/** The text format: one line per finding with up to three lines of snippet and the fix hint. */
export function renderText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const sorted = [...r.findings].sort(
      (a, b) =>
        a.line - b.line || severityRank(b.severity as Severity) - severityRank(a.severity as Severity),
    );
    for (const f of sorted) {
      lines.push(
        `${r.path}:${f.line}:${f.column}: ${f.severity} ${f.rule_id} [${f.cwe.join(", ")}] ${f.message}`,
      );
      for (const s of f.snippet.split("\n").slice(0, 3)) lines.push(`    | ${s}`);
      lines.push(`    fix: ${f.fix_hint}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
