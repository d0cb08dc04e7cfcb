import { runItem, type BatchItem, type BatchResult } from "./batch.js";
import { noteCutShort } from "./cut-short.js";
import { languageOf, readSourceSync } from "./files.js";
import { traceFile } from "./mem-trace.js";
import { analyzeMarkupSync, blankMinifiedScripts, isMarkupPath } from "./markup.js";
import { isNotebookPath, notebookLine, notebookSource } from "./notebook.js";
import type { RuleSelection } from "./registry.js";
import type { AnalysisContext } from "./rule.js";
import { severityRank, type Finding, type Language, type Severity } from "./types.js";
import { vendoredCopy } from "./vendored.js";

/** One file of a scan, as a worker receives it: the path is read where it is analysed. */
export interface FileJob extends RuleSelection {
  path: string;
  /** Forced language (--lang); otherwise taken from the extension. */
  language?: Language;
  markdown: boolean;
  minSeverity?: Severity;
  /** "answer": scan the files as policy answers (rule.ts); default "repository". */
  context?: AnalysisContext;
  /** Analyse minified JavaScript too (by default such a file is skipped with a warning: see `minified`). */
  includeMinified?: boolean;
}

export interface FileResult {
  findings: Finding[];
  language: Language | null;
  parseError: boolean;
  /** With a parse error: lines in error nodes, of the file's lines. */
  unparsed?: { lines: number; of: number };
  error?: string;
  /** An I/O failure (not found, unreadable) rather than bad content: the CLI exits 2 for these. */
  ioError?: boolean;
  /** Why the file was not analysed although it could be read (a minified bundle). */
  skipped?: string;
  /** Analysed, but cut short (the data flow's work budget ran out, or a rule threw: cut-short.ts): findings may be missing. */
  warning?: string;
}

/**
 * A minified JavaScript/TypeScript file: a `.min.js` name, or lines averaging over 300 characters in a file of 5 kB
 * or more. Such a file is a build output (the sources it came from are what to fix), a finding there names a column
 * of one huge line, and its reuse of one-letter names across thousands of scopes makes the data flow's per-name
 * questions slow - a generated SQL parser bundle took minutes. Linters and CodeQL leave minified files out too.
 */
export function minified(path: string, text: string): boolean {
  if (/\.min\.[cm]?js$/i.test(path)) return true;
  if (text.length < 5000) return false;
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return text.length / lines > 300;
}

/**
 * Reads and analyses one file in this thread; grammars for its language must be loadable (the caller awaits
 * `loadGrammars`). Nothing of the source outlives the call, which is what bounds a scan's memory.
 */
export function scanFile(job: FileJob, stdin?: Buffer): FileResult {
  const r = scanFileUntraced(job, stdin);
  traceFile(job.path);
  return r;
}

function scanFileUntraced(job: FileJob, stdin?: Buffer): FileResult {
  const read = readSourceSync(job.path, job.path === "-" ? stdin : undefined);
  if (!read.ok)
    return {
      findings: [],
      language: null,
      parseError: false,
      error: read.error,
      ioError: /not found|cannot read/.test(read.error),
    };
  const isMd = job.markdown || /\.(md|markdown)$/i.test(job.path);
  if (!isMd && !job.language && isMarkupPath(job.path)) return scanMarkup(job, read.text);
  if (!isMd && !job.language && isNotebookPath(job.path)) return scanNotebook(job, read.text);
  const language = isMd ? job.language : languageOf(job.path, job.language, read.text);
  // An empty file (an __init__.py) has nothing to find, whatever its extension.
  if (read.text.trim() === "") return { findings: [], language: language ?? null, parseError: false };
  if (!isMd && !language && job.path !== "-")
    return { findings: [], language: null, parseError: false, error: "unknown language (use --lang)" };
  if (
    !isMd &&
    !job.includeMinified &&
    (language === "javascript" || language === "typescript") &&
    minified(job.path, read.text)
  )
    return {
      findings: [],
      language,
      parseError: false,
      skipped: "minified: not analysed (--include-minified analyses it)",
    };
  const item: BatchItem = {
    code: read.text,
    language,
    markdown: isMd,
    minSeverity: job.minSeverity,
    ...(job.context ? { context: job.context } : {}),
    rules: job.rules,
    disable: job.disable,
    ruleMinSeverity: job.ruleMinSeverity,
  };
  const result = fromBatch(runItem(item));
  // A banner or folder name is the author's to write: an answer's findings stay at their severity (rule.ts).
  return (language === "javascript" || language === "typescript") && job.context !== "answer"
    ? lowerVendored(job, read.text, result)
    : result;
}

/**
 * Findings in a vendored library copy or a built bundle (vendored.ts) at LOW with the reason: the upstream's code,
 * kept visible, not the project's.
 */
function lowerVendored(job: FileJob, text: string, result: FileResult): FileResult {
  if (job.path === "-" || !result.findings.some((f) => f.severity !== "LOW")) return result;
  const reason = vendoredCopy(job.path, text);
  if (!reason) return result;
  const findings = result.findings
    .map((f) =>
      severityRank(f.severity) > severityRank("LOW")
        ? { ...f, severity: "LOW" as const, severity_reason: reason }
        : f,
    )
    .filter((f) => !job.minSeverity || severityRank(f.severity) >= severityRank(job.minSeverity));
  return { ...result, findings };
}

/** A Jupyter notebook: its code cells as one Python source, findings on the notebook's own lines (notebook.ts). */
function scanNotebook(job: FileJob, text: string): FileResult {
  const nb = notebookSource(text);
  if (!nb) return { findings: [], language: null, parseError: false, skipped: "not a Python notebook" };
  const result = fromBatch(
    runItem({
      code: nb.code,
      language: "python",
      markdown: false,
      minSeverity: job.minSeverity,
      ...(job.context ? { context: job.context } : {}),
      rules: job.rules,
      disable: job.disable,
      ruleMinSeverity: job.ruleMinSeverity,
    }),
  );
  const findings = result.findings.map((f) => ({
    ...f,
    line: notebookLine(nb, f.line),
    end_line: notebookLine(nb, f.end_line),
  }));
  return { ...result, findings };
}

/** A component, page or template file: its scripts and raw-HTML bindings, as one script (markup.ts). */
function scanMarkup(job: FileJob, source: string): FileResult {
  return noteCutShort(() => scanMarkupUnbounded(job, source));
}

function scanMarkupUnbounded(job: FileJob, source: string): FileResult {
  try {
    const text = job.includeMinified ? source : blankMinifiedScripts(source, (body) => minified("", body));
    const a = analyzeMarkupSync(text, job.path, job);
    return a
      ? {
          findings: a.findings,
          language: a.language,
          parseError: a.parseError,
          ...(a.unparsed ? { unparsed: a.unparsed } : {}),
        }
      : { findings: [], language: null, parseError: false };
  } catch (err) {
    return {
      findings: [],
      language: null,
      parseError: true,
      error: err instanceof Error ? err.message : String(err),
    };
  }
}

function fromBatch(r: BatchResult): FileResult {
  return {
    findings: r.findings,
    language: r.language ?? null,
    parseError: r.parseError,
    ...(r.unparsed ? { unparsed: r.unparsed } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.warning ? { warning: r.warning } : {}),
  };
}

/** Grammars one file needs: its language's, or all for markdown and detected languages. */
export function grammarsFor(job: FileJob): Language[] | undefined {
  if (job.markdown || /\.(md|markdown)$/i.test(job.path) || job.path === "-") return undefined;
  const l = languageOf(job.path, job.language);
  if (!l && isMarkupPath(job.path)) return ["javascript", "typescript"];
  if (!l && isNotebookPath(job.path)) return ["python"];
  return l ? [l] : [];
}
