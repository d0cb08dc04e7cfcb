/**
 * Fenced code blocks of a markdown answer: the one extractor that the analyzer, the judges and the reward use,
 * so that every oracle sees the same code in an answer.
 */
export interface CodeBlock {
  /** The fence's info string as written ("" when unlabelled). */
  label: string;
  /** Normalised language (`python`, `javascript`, ...) or undefined when the fence has no info string. */
  language: string | undefined;
  code: string;
  /** False when the response ended inside the fence (truncated generation). */
  closed: boolean;
  /** 1-based line of the opening fence in the text (0 for unfenced code). */
  line: number;
}

const LANGUAGE_ALIASES: Record<string, string> = {
  py: "python",
  py3: "python",
  python3: "python",
  python2: "python",
  js: "javascript",
  node: "javascript",
  nodejs: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  ts: "typescript",
  tsx: "typescript",
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "bash",
  shellscript: "bash",
  "c++": "cpp",
  cc: "cpp",
  cxx: "cpp",
  hpp: "cpp",
  "c#": "csharp",
  cs: "csharp",
  golang: "go",
  rs: "rust",
  rb: "ruby",
  kt: "kotlin",
  yml: "yaml",
  ps1: "powershell",
  pwsh: "powershell",
};

export function normaliseLanguage(info: string): string | undefined {
  const word =
    info
      .trim()
      .split(/[\s{,]/)[0]
      ?.toLowerCase() ?? "";
  const cleaned = word.replace(/^\.|^language-/, "");
  if (!cleaned) return undefined;
  return LANGUAGE_ALIASES[cleaned] ?? cleaned;
}

/**
 * Fenced code blocks (``` or ~~~, any indentation, e.g. inside list items) in order of appearance. The fence's
 * indentation is removed from the code lines; an unclosed final fence yields the rest of the text.
 */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  let open: { fence: string; indent: number; label: string; line: number } | undefined;
  let body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, "");
    const m = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(raw);
    if (open === undefined) {
      if (m && !(m[2]![0] === "`" && m[3]!.includes("`"))) {
        open = { fence: m[2]!, indent: m[1]!.length, label: m[3]!.trim(), line: i + 1 };
        body = [];
      }
      continue;
    }
    if (m && m[2]![0] === open.fence[0] && m[2]!.length >= open.fence.length && m[3]!.trim() === "") {
      blocks.push(block(open, body.join("\n"), true));
      open = undefined;
      continue;
    }
    body.push(dedent(raw, open.indent));
  }
  if (open !== undefined) {
    blocks.push(block(open, body.join("\n").trimEnd(), false));
  }
  return blocks;
}

function block(open: { label: string; line: number }, code: string, closed: boolean): CodeBlock {
  return { label: open.label, language: normaliseLanguage(open.label), code, closed, line: open.line };
}

function dedent(line: string, indent: number): string {
  let k = 0;
  while (k < indent && k < line.length && (line[k] === " " || line[k] === "\t")) k++;
  return line.slice(k);
}

/** A line of text outside fenced code, with the offsets of its start and of the line after it. */
export interface ProseLine {
  line: string;
  start: number;
  next: number;
}

/**
 * The lines of `text` that are not inside fenced code (fence lines excluded), by the same fence rules as
 * extractCodeBlocks: an opening ``` or ~~~ at any indentation; a closing fence of the same character, at least
 * as long, with nothing after it.
 */
export function* proseLines(text: string): Generator<ProseLine> {
  let fence: string | undefined;
  let offset = 0;
  while (offset <= text.length) {
    const newline = text.indexOf("\n", offset);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, end);
    const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ""));
    if (fence !== undefined) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && m[2]!.trim() === "")
        fence = undefined;
    } else if (m && !(m[1]![0] === "`" && m[2]!.includes("`"))) {
      fence = m[1];
    } else {
      yield { line, start: offset, next };
    }
    if (newline === -1) break;
    offset = next;
  }
}
