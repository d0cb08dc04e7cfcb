import { extractCodeBlocks } from "../core/markdown.js";
import { languageFromLabel, resolveLanguage } from "./languages.js";
import type { Language } from "./types.js";

export interface AnalyzableBlock {
  /** Supported language from the fence label, or detected for unlabelled fences; undefined when unknown. */
  language: Language | undefined;
  /** The fence label as written ("" when unlabelled or unfenced). */
  label: string;
  code: string;
  /** 1-based line of the first code line in the markdown, so findings can point into the answer. */
  startLine: number;
  /** True for code found outside any fence (an answer that is bare code). */
  unfenced?: boolean;
}

/**
 * The code blocks of a markdown answer (the shared extractor in core/markdown), with the analyzer's language:
 * labelled fences by their label, unlabelled ones by detection, falling back to `expected` (the language the
 * task asks for) when detection is undecided or names the same family (C for C++). An unclosed final fence (a
 * truncated answer) still yields its code. An answer with no fence at all yields its code lines as one
 * unfenced block when they read as code (see `unfencedCode`).
 */
export function analyzableBlocks(markdown: string, expected?: Language): AnalyzableBlock[] {
  const fenced = extractCodeBlocks(markdown).filter((b) => b.closed || b.code.trim() !== "");
  if (fenced.length === 0) {
    const bare = unfencedCode(markdown);
    return bare
      ? [{ language: resolveLanguage(bare.code, expected), label: "", ...bare, unfenced: true }]
      : [];
  }
  return fenced.map((b) => ({
    language: b.label ? languageFromLabel(b.language ?? "") : resolveLanguage(b.code, expected),
    label: b.label,
    code: b.code,
    startLine: b.line + 1,
  }));
}

/** Syntax that prose does not have: brackets, statement ends, assignments, comments, keywords opening a line. */
const CODE_LINE =
  /[{}();=[\]]|^\s*(#\s*include|#\s*define|#!|<\?php|\/\/|\/\*|def |class |import |from \S+ import|return\b|if |for |while |with |try:|except|package |func |fn |let |use |using |namespace |public |private |static |struct |impl |pub |@\w+)/;
/** A sentence: a capitalised word, then at least three more words (punctuation allowed, no code symbols). */
const SENTENCE = /^[-*>\d.)\s]*[A-Z][A-Za-z'’]*[.,!?:;]?(?:\s+[A-Za-z'’(),.!?:;/-]+){3,}/;
const INLINE_CODE = /`[^`\n]*`/g;

function isCodeLine(line: string): boolean {
  // Markdown headings and list items are prose; so are `#` comments on their own (they do not make an answer code).
  if (/^\s*(#{1,6}\s|[-*+]\s+[A-Za-z])/.test(line) && !/[;{}]\s*$/.test(line)) return false;
  const bare = line.replace(INLINE_CODE, "x");
  if (SENTENCE.test(bare.trim()) && !/[;{}]\s*(\/\/.*)?$/.test(bare)) return false;
  return CODE_LINE.test(bare) || /^\s{2,}\S/.test(line);
}

/**
 * The code of an answer written without fences: from its first to its last code-like line, when at least
 * half of those lines read as code. Prose before and after (an introduction, a closing note) is left out;
 * an answer that is all prose yields nothing.
 */
export function unfencedCode(text: string): { code: string; startLine: number } | undefined {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const code = lines.map(isCodeLine);
  const first = code.indexOf(true);
  if (first < 0) return undefined;
  const last = code.lastIndexOf(true);
  const span = lines.slice(first, last + 1);
  const nonBlank = span.filter((l) => l.trim() !== "").length;
  const codeLines = code.slice(first, last + 1).filter(Boolean).length;
  if (codeLines * 2 < nonBlank) return undefined;
  return { code: span.join("\n"), startLine: first + 1 };
}
