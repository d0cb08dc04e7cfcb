import { noteCutShort } from "./cut-short.js";
import { analyzeMarkdownSync, analyzeSync } from "./engine.js";
import { detectLanguage } from "./languages.js";
import type { RuleSelection } from "./registry.js";
import type { AnalysisContext } from "./rule.js";
import type { Finding, Language, Severity } from "./types.js";

/** One unit of work for the batch API: raw code (language given or detected) or a markdown answer. */
export interface BatchItem extends RuleSelection {
  code: string;
  language?: Language;
  /** Treat `code` as a markdown answer and analyse its fenced code blocks. */
  markdown?: boolean;
  minSeverity?: Severity;
  /** "answer" for a policy's answer: author-controlled context lowers nothing (rule.ts). Default "repository". */
  context?: AnalysisContext;
}

export interface BatchResult {
  findings: Finding[];
  /** The language analysed (for markdown: of the first analysed block). */
  language?: Language;
  parseError: boolean;
  /** With a parse error: lines in error nodes, of the source's lines. */
  unparsed?: { lines: number; of: number };
  /** Set when the item could not be analysed at all (unknown language); findings are then empty. */
  error?: string;
  /** For markdown items: how many code blocks were analysed. */
  blocks?: number;
  /** Answer mode: lines nothing could read that hold what a rule looks for (engine.ts `Analysis.unread`). */
  unread?: number;
  /** Analysed, but cut short (the data flow's work budget ran out, or a rule threw: cut-short.ts); findings may be missing. */
  warning?: string;
}

/** Runs one batch item in this thread; grammars must be loaded. Never throws for bad input. */
export function runItem(item: BatchItem): BatchResult {
  return noteCutShort(() => runItemUnbounded(item));
}

function runItemUnbounded(item: BatchItem): BatchResult {
  try {
    if (item.markdown) {
      const md = analyzeMarkdownSync(item.code, item);
      const analysed = md.blocks.filter((b) => !b.error);
      const unread = analysed.reduce((n, b) => n + (b.unread ?? 0), 0);
      return {
        findings: md.findings,
        language: analysed[0]?.language,
        parseError: false,
        blocks: analysed.length,
        ...(unread > 0 ? { unread } : {}),
      };
    }
    const language = item.language ?? detectLanguage(item.code);
    if (!language) return { findings: [], parseError: false, error: "unknown language" };
    const a = analyzeSync(item.code, { ...item, language });
    return {
      findings: a.findings,
      language,
      parseError: a.parseError,
      ...(a.unparsed ? { unparsed: a.unparsed } : {}),
      ...(a.unread ? { unread: a.unread } : {}),
    };
  } catch (err) {
    return { findings: [], parseError: true, error: err instanceof Error ? err.message : String(err) };
  }
}
