/**
 * The aligned model's answer format: "## Analysis\n...\n## Answer\n...". The RL format gate, the answer
 * extraction used by every oracle, and code-block extraction for the analyzer and the sandbox live here.
 */

import { extractCodeBlocks, normaliseLanguage, proseLines, type CodeBlock } from "../core/markdown.js";

export { extractCodeBlocks, normaliseLanguage, type CodeBlock };

export const ANALYSIS_HEADER = "## Analysis";
export const ANSWER_HEADER = "## Answer";

export type FormatProblem =
  | "missing-analysis"
  | "missing-answer"
  | "misordered"
  | "duplicate-header"
  | "trivial-analysis"
  | "empty-answer"
  | "control-tag"
  | "degenerate";

export interface FormatCheck {
  ok: boolean;
  problems: FormatProblem[];
  /** Human-readable detail for each problem, in the same order. */
  details: string[];
}

export interface FormatOptions {
  /** Minimum non-whitespace characters of the analysis part. */
  minAnalysisChars?: number;
  /** Minimum non-whitespace characters of the answer part. */
  minAnswerChars?: number;
  /** Length of the repeated substring that makes a response degenerate. */
  repeatLength?: number;
  /** How many non-overlapping repeats make a response degenerate. */
  repeatCount?: number;
}

const DEFAULTS: Required<FormatOptions> = {
  minAnalysisChars: 20,
  minAnswerChars: 1,
  repeatLength: 32,
  repeatCount: 8,
};

/**
 * Chat-template and reasoning tags that must never reach the answer: their presence means the model ran past its
 * turn or leaked its scratchpad. `<|name|>` covers ChatML, Llama 3 and most special-token spellings.
 */
const CONTROL_TAG = /<\|[A-Za-z0-9_]+\|>|<\/?think>|<\/?reasoning>|\[\/?INST\]/;

interface Section {
  /** Offset of the header line's first character. */
  headerStart: number;
  /** Offset of the first character after the header line. */
  bodyStart: number;
}

/** Finds `## Analysis` / `## Answer` header lines outside fenced code. */
function findHeaders(text: string): { analysis: Section[]; answer: Section[] } {
  const analysis: Section[] = [];
  const answer: Section[] = [];
  for (const { line, start, next } of proseLines(text)) {
    const header = line.trim().replace(/\s*:$/, "");
    if (header === ANALYSIS_HEADER) analysis.push({ headerStart: start, bodyStart: next });
    else if (header === ANSWER_HEADER) answer.push({ headerStart: start, bodyStart: next });
  }
  return { analysis, answer };
}

export interface AnswerParts {
  analysis: string;
  answer: string;
}

/**
 * Splits a response into its analysis and answer parts; undefined when the structure is not there (exactly one
 * analysis header followed by exactly one answer header, outside code fences).
 */
export function splitResponse(text: string): AnswerParts | undefined {
  const { analysis, answer } = findHeaders(text);
  if (analysis.length !== 1 || answer.length !== 1) return undefined;
  const a = analysis[0]!;
  const b = answer[0]!;
  if (b.headerStart < a.bodyStart) return undefined;
  return { analysis: text.slice(a.bodyStart, b.headerStart).trim(), answer: text.slice(b.bodyStart).trim() };
}

/**
 * The part of a response that answers the user: the `## Answer` part when the response has the aligned format,
 * else the whole response (models not trained on the format), with a leading reasoning block removed.
 */
export function answerPart(text: string): string {
  const parts = splitResponse(text);
  if (parts) return parts.answer;
  return text.replace(/^\s*<think>[\s\S]*?<\/think>/, "").trim();
}

function nonWhitespaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) n++;
  }
  return n;
}

/** The RL format gate: structure, non-trivial parts, no leftover control tags, no degenerate repetition. */
export function checkFormat(text: string, options: FormatOptions = {}): FormatCheck {
  const o = { ...DEFAULTS, ...options };
  const problems: FormatProblem[] = [];
  const details: string[] = [];
  const add = (problem: FormatProblem, detail: string) => {
    problems.push(problem);
    details.push(detail);
  };
  const { analysis, answer } = findHeaders(text);
  if (analysis.length === 0) add("missing-analysis", `no '${ANALYSIS_HEADER}' header line`);
  if (answer.length === 0) add("missing-answer", `no '${ANSWER_HEADER}' header line`);
  if (analysis.length > 1 || answer.length > 1) {
    add("duplicate-header", `${analysis.length} analysis and ${answer.length} answer headers`);
  }
  if (analysis.length === 1 && answer.length === 1) {
    const parts = splitResponse(text);
    if (!parts) add("misordered", `'${ANSWER_HEADER}' comes before '${ANALYSIS_HEADER}'`);
    else {
      const before = text.slice(0, analysis[0]!.headerStart).trim();
      if (before.length > 0) add("misordered", "text before the analysis header");
      const analysisChars = nonWhitespaceLength(parts.analysis);
      if (analysisChars < o.minAnalysisChars) {
        add("trivial-analysis", `analysis has ${analysisChars} characters (< ${o.minAnalysisChars})`);
      }
      const answerChars = nonWhitespaceLength(parts.answer);
      if (answerChars < o.minAnswerChars) {
        add("empty-answer", `answer has ${answerChars} characters (< ${o.minAnswerChars})`);
      }
    }
  }
  const tag = CONTROL_TAG.exec(text);
  if (tag) add("control-tag", `control tag '${tag[0]}' at offset ${tag.index}`);
  const repeat = findRepeat(text, o.repeatLength, o.repeatCount);
  if (repeat) add("degenerate", `'${repeat.substring}' repeated ${repeat.count} times`);
  return { ok: problems.length === 0, problems, details };
}

export interface Repeat {
  substring: string;
  count: number;
}

/**
 * Finds a substring of `length` characters that occurs at least `count` times without overlapping (a run of
 * 40 '=' in a banner comment is one occurrence, not nine). Rolling hash over UTF-16 units into an
 * open-addressing table, so the cost is linear in the text with no per-position allocation; a hash hit is
 * confirmed on the real text, so a collision can never report a false repeat.
 */
export function findRepeat(text: string, length = 32, count = 8): Repeat | undefined {
  const n = text.length;
  if (n < length * count) return undefined;
  const positions = n - length + 1;
  const table = repeatTable(positions * 2);
  // One slot = 4 consecutive ints (hash, stamp, last start, count): a probe touches one cache line.
  const slots = table.slots;
  const mask = table.size - 1;
  const stamp = table.nextStamp();
  const BASE = 0x01000193;
  // BASE^(length-1) mod 2^32, to remove the outgoing character.
  let top = 1;
  for (let i = 0; i < length - 1; i++) top = Math.imul(top, BASE);
  let hash = 0;
  for (let i = 0; i < length; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  for (let start = 0; start < positions; start++) {
    if (start > 0) {
      hash = (hash - Math.imul(text.charCodeAt(start - 1), top)) | 0;
      hash = (Math.imul(hash, BASE) + text.charCodeAt(start + length - 1)) | 0;
    }
    let at = ((Math.imul(hash, 0x9e3779b1) >>> 0) & mask) << 2;
    while (slots[at + 1] === stamp && slots[at] !== hash) at = (at + 4) & ((mask << 2) | 3);
    if (slots[at + 1] !== stamp) {
      slots[at] = hash;
      slots[at + 1] = stamp;
      slots[at + 2] = start;
      slots[at + 3] = 1;
      continue;
    }
    if (start - slots[at + 2]! < length) continue;
    slots[at + 2] = start;
    const seen = slots[at + 3]! + 1;
    slots[at + 3] = seen;
    if (seen >= count) {
      // The current window has the counted hash; counting it exactly rules out a collision.
      const candidate = text.slice(start, start + length);
      const exact = countNonOverlapping(text, candidate);
      if (exact >= count) return { substring: candidate, count: exact };
    }
  }
  return undefined;
}

/**
 * The open-addressing table of findRepeat, kept between calls: the format gate runs on every RL response, and
 * allocating and zeroing a fresh table each time cost more than the scan. A slot is in use when its stamp is
 * the current call's, so nothing needs clearing.
 */
interface RepeatTable {
  size: number;
  slots: Int32Array;
  nextStamp(): number;
}

let sharedTable: RepeatTable | undefined;

function repeatTable(minSize: number): RepeatTable {
  if (sharedTable && sharedTable.size >= minSize) return sharedTable;
  let size = 1024;
  while (size < minSize) size <<= 1;
  let stamp = 0;
  const table: RepeatTable = {
    size,
    slots: new Int32Array(size * 4),
    nextStamp() {
      stamp = (stamp + 1) | 0;
      if (stamp === 0x7fffffff) {
        table.slots.fill(0);
        stamp = 1;
      }
      return stamp;
    },
  };
  // Texts beyond ~500k characters get a table of their own rather than pinning megabytes for good.
  if (size <= 1 << 20) sharedTable = table;
  return table;
}

function countNonOverlapping(text: string, needle: string): number {
  let n = 0;
  let at = text.indexOf(needle);
  while (at !== -1) {
    n++;
    at = text.indexOf(needle, at + needle.length);
  }
  return n;
}

/** Lines that read as prose: words and punctuation ending a sentence, no code syntax. */
const PROSE_LINE = /^[-*>\d.)\s]*[A-Z][a-z'’]*(?:[ ,][A-Za-z'’()/-]+){3,}[.!?:]?$/;
const CODE_HINT =
  /[{}();=[\]<>]|^\s*(?:#|\/\/|def |class |import |from |return\b|if |for |while |with |try:|except)/;

/** True when every line of the text reads as code: a model that answered with bare code and no fence. */
export function looksLikeCode(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  let code = 0;
  for (const line of lines) {
    if (PROSE_LINE.test(line.trim()) && !CODE_HINT.test(line)) return false;
    if (CODE_HINT.test(line) || /^\s{2,}\S/.test(line)) code++;
  }
  return code / lines.length >= 0.5;
}

/** A best-effort language guess for unfenced code. */
export function guessLanguage(code: string): string | undefined {
  if (/^\s*(?:def |class \w+(?:\(.*\))?:|import \w|from \S+ import )/m.test(code)) return "python";
  if (/\b(?:const|let|var) \w+\s*=|=>|function\s*\w*\(|require\(/.test(code)) return "javascript";
  if (/#include\s*</.test(code)) return "c";
  if (/^\s*(?:package \w+;|public (?:static )?(?:class|void))/m.test(code)) return "java";
  return undefined;
}

/**
 * The code of an answer: its fenced blocks, or, when there is no fence and the whole answer is code, the answer
 * itself as one unfenced block.
 */
export function extractCode(answer: string): CodeBlock[] {
  const fenced = extractCodeBlocks(answer);
  if (fenced.length > 0) return fenced;
  const trimmed = answer.trim();
  if (!looksLikeCode(trimmed)) return [];
  return [{ label: "", language: guessLanguage(trimmed), code: trimmed, closed: true, line: 0 }];
}

/** Fenced blocks in the given language (normalised names; unlabeled blocks count as `fallback` if given). */
export function codeBlocksIn(answer: string, language: string, fallback = false): CodeBlock[] {
  const want = normaliseLanguage(language);
  return extractCode(answer).filter((b) => b.language === want || (fallback && b.language === undefined));
}
