import { extractCodeBlocks } from "../core/markdown.js";
import { detectLanguage, languageFromLabel } from "./languages.js";
import type { Language } from "./types.js";

export interface AnalyzableBlock {
  /** Supported language from the fence label, or detected for unlabelled fences; undefined when unknown. */
  language: Language | undefined;
  /** The fence label as written ("" when unlabelled). */
  label: string;
  code: string;
  /** 1-based line of the first code line in the markdown, so findings can point into the answer. */
  startLine: number;
}

/**
 * The code blocks of a markdown answer (the shared extractor in core/markdown), with the analyzer's language:
 * labelled fences by their label, unlabelled ones by detection. An unclosed final fence (a truncated answer)
 * still yields its code.
 */
export function analyzableBlocks(markdown: string): AnalyzableBlock[] {
  return extractCodeBlocks(markdown)
    .filter((b) => b.closed || b.code.trim() !== "")
    .map((b) => ({
      language: b.label ? languageFromLabel(b.language ?? "") : detectLanguage(b.code),
      label: b.label,
      code: b.code,
      startLine: b.line + 1,
    }));
}
