/**
 * Reading a model's answer: the aligned format ("## Analysis ... ## Answer ...") is reduced to its answer part
 * when present, and fenced code blocks are pulled out with their language.
 */

const ANSWER_HEADING = /^##\s*Answer\s*$/im;

/** The part of a response a user sees: after "## Answer" when the aligned format is used, else all of it. */
export function answerPart(text: string): string {
  const match = ANSWER_HEADING.exec(text);
  if (!match || !/^##\s*Analysis\s*$/im.test(text.slice(0, match.index))) return text;
  return text.slice(match.index + match[0].length).trim();
}

export interface FencedBlock {
  language: string | undefined;
  code: string;
}

const LANGUAGE_ALIASES: Record<string, string> = {
  py: "python",
  python3: "python",
  js: "javascript",
  node: "javascript",
  nodejs: "javascript",
  ts: "typescript",
  "c++": "cpp",
  cs: "csharp",
  "c#": "csharp",
  rs: "rust",
};

export function normaliseLanguage(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const key = label.trim().toLowerCase();
  if (!key) return undefined;
  return LANGUAGE_ALIASES[key] ?? key;
}

/** Fenced blocks (``` or ~~~), in order; an unterminated last block runs to the end of the text. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split("\n");
  let open: { fence: string; language: string | undefined; body: string[] } | undefined;
  for (const line of lines) {
    if (!open) {
      const m = /^\s*(`{3,}|~{3,})\s*([\w+#.-]*)/.exec(line);
      if (m) open = { fence: m[1]!, language: normaliseLanguage(m[2]), body: [] };
      continue;
    }
    if (line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, "") === "") {
      blocks.push({ language: open.language, code: open.body.join("\n") });
      open = undefined;
    } else open.body.push(line);
  }
  if (open && open.body.length > 0) blocks.push({ language: open.language, code: open.body.join("\n") });
  return blocks;
}

/**
 * The code to judge in an answer: the first block whose language matches (or is unlabeled), else the first
 * block. Without any block, `rawFallback` decides whether the whole answer counts as code (autocomplete-style
 * prompts ask for bare code).
 */
export function firstCode(answer: string, language?: string, rawFallback = false): string | undefined {
  const blocks = fencedBlocks(answerPart(answer));
  const lang = normaliseLanguage(language);
  const match = blocks.find((b) => !lang || !b.language || b.language === lang) ?? blocks[0];
  if (match) return match.code;
  return rawFallback && answer.trim() ? answerPart(answer) : undefined;
}
