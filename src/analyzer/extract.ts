import { detectLanguage, languageFromLabel } from "./languages.js";
import type { Language } from "./types.js";

export interface CodeBlock {
  /** Supported language from the fence label, or detected for unlabelled fences; undefined when unknown. */
  language: Language | undefined;
  /** The fence label as written ("" when unlabelled). */
  label: string;
  code: string;
  /** 1-based line of the first code line in the markdown, so findings can point into the answer. */
  startLine: number;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

/**
 * Extracts fenced code blocks from a markdown answer. An unclosed final fence (a truncated LLM answer) still
 * yields its code. Pure: no parsing, no I/O, so the judges and reward stages reuse it.
 */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let open: { fence: string; indent: number; label: string; start: number; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!open) {
      const m = FENCE.exec(line);
      if (m) open = { fence: m[2]!, indent: m[1]!.length, label: m[3] ?? "", start: i + 2, body: [] };
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith(open.fence[0]!.repeat(open.fence.length)) && /^(`+|~+)$/.test(trimmed)) {
      blocks.push(finish(open));
      open = undefined;
      continue;
    }
    open.body.push(open.indent > 0 ? line.replace(new RegExp(`^ {0,${open.indent}}`), "") : line);
  }
  if (open) {
    while (open.body.length && open.body[open.body.length - 1]!.trim() === "") open.body.pop();
    if (open.body.length > 0) blocks.push(finish(open));
  }
  return blocks;
}

function finish(open: { label: string; start: number; body: string[] }): CodeBlock {
  const code = open.body.join("\n");
  const label = open.label.replace(/^\{?\.?/, "").replace(/\}$/, "");
  const language = label ? languageFromLabel(label) : detectLanguage(code);
  return { language, label, code, startLine: open.start };
}
