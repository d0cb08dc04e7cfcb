/**
 * The literal texts that every match of a regular expression starts with, so a scan for those texts (one pass for
 * all rules' triggers, `triggers.ts`) finds every position where the expression can match. The analysis reads the
 * pattern's syntax and gives up (undefined) wherever it is unsure: it is sound, not complete. Zero-width parts
 * (`\b`, `^`, `$`, lookarounds) are skipped because a match still starts with what follows them.
 */

/**
 * A prefix that may still grow (`open`) or that ends where the pattern stops being literal; `start` when the text
 * can only match at the start of the input (`^` before anything consumed, without the `m` flag).
 */
interface Entry {
  text: string;
  open: boolean;
  start?: boolean;
}

/** Where a pattern can match: at an occurrence of one of `texts`, or (`atStart`) at position 0. */
export interface Prefixes {
  texts: string[];
  atStart: boolean;
}

/** Beyond these, a prefix stops growing: longer texts add little selectivity and grow the scanner. */
const MAX_LENGTH = 8;
const MAX_ENTRIES = 64;
/** Small character classes (`[sS]`, `['"]`) are expanded into their characters; larger ones end the prefix. */
const MAX_CLASS = 4;
/** Characters rare enough in code to be a prefix of their own (a decorator's `@`); others need two characters. */
const RARE_ALONE = new Set(["@"]);

class Unsure extends Error {}

/** Characters with a meaning of their own in a pattern (everything else stands for itself). */
const SYNTAX = new Set([..."\\^$.|?*+()[]{}"]);
const QUANTIFIERS = new Set([..."?*+{"]);

/**
 * Every text a match of `source` (with `flags`) must start with, or undefined when the pattern uses syntax this does
 * not follow, or some prefix is shorter than two characters (too common to be worth a scan hit).
 */
export function literalPrefixes(source: string, flags: string): Prefixes | undefined {
  if (/[uvx]/.test(flags)) return undefined;
  let entries: Entry[];
  try {
    const parser = new PrefixParser(source, !flags.includes("m"));
    entries = parser.alternation();
    if (parser.pos !== source.length) return undefined;
  } catch (err) {
    if (err instanceof Unsure) return undefined;
    throw err;
  }
  const atStart = entries.some((e) => e.start);
  const texts = [...new Set(entries.filter((e) => !e.start).map((e) => e.text))];
  if (texts.some((t) => t.length < 2 && !RARE_ALONE.has(t))) return undefined;
  // The scanner's alphabet is ASCII without NUL (everything else reads as NUL there).
  if (texts.some((t) => [...t].some((c) => c.charCodeAt(0) === 0 || c.charCodeAt(0) > 127))) return undefined;
  if (texts.length === 0 && !atStart) return undefined;
  return { texts, atStart };
}

class PrefixParser {
  pos = 0;
  /** `anchoredCaret`: without the `m` flag, `^` is the start of the input, not of every line. */
  constructor(
    private readonly src: string,
    private readonly anchoredCaret: boolean,
  ) {}

  /** `a|b|c` up to the end or a closing parenthesis (not consumed). */
  alternation(): Entry[] {
    const out: Entry[] = [...this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      out.push(...this.sequence());
    }
    return out;
  }

  /** Concatenation: every open prefix grows by each element's texts, until an element is not literal. */
  private sequence(): Entry[] {
    let entries: Entry[] = [{ text: "", open: true }];
    while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      const run = this.literalRun();
      if (run) {
        entries = extend(entries, [{ text: run, open: true }]);
        continue;
      }
      const caret = this.src[this.pos] === "^";
      const element = this.element();
      const quantifier = this.quantifier();
      if (caret && this.anchoredCaret && quantifier === "none")
        // Whatever is still empty can only match at position 0 (a `^` after consumed text never matches).
        entries = entries.map((e) => (e.text === "" ? { text: "", open: false, start: true } : e));
      if (element === "zero-width") continue; // `\b`, `^`, lookarounds: the match starts with what follows
      if (quantifier === "maybe" || quantifier === "any") {
        // Absent (the prefixes go on unchanged) or present; after one copy of `*` more may follow, so that side ends.
        const taken = extend(entries, element);
        entries = [...entries, ...(quantifier === "maybe" ? taken : close(taken))];
        if (entries.length > MAX_ENTRIES) entries = close(entries);
        continue;
      }
      entries = extend(entries, element);
      if (quantifier === "repeated") entries = close(entries); // one copy is certain, what follows it is not
    }
    return entries;
  }

  /**
   * Plain characters up to the next syntax, less the last one when a quantifier follows it (most of a trigger is
   * such runs; taking them at once keeps the first, unoptimised call cheap).
   */
  private literalRun(): string {
    const { src } = this;
    let end = this.pos;
    while (end < src.length && !SYNTAX.has(src[end]!)) end++;
    if (end < src.length && QUANTIFIERS.has(src[end]!)) end--;
    if (end <= this.pos) return "";
    const run = src.slice(this.pos, end);
    this.pos = end;
    return run;
  }

  /** One atom: its texts (`null` for "not literal"), or zero-width. */
  private element(): Entry[] | null | "zero-width" {
    const c = this.src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$") {
      this.pos++;
      return "zero-width";
    }
    if (c === ".") {
      this.pos++;
      return null;
    }
    if (c === "\\") return this.escape();
    if ("*+?{}]".includes(c)) throw new Unsure(); // a quantifier with nothing before it: not our syntax
    this.pos++;
    return [{ text: c, open: true }];
  }

  private group(): Entry[] | null | "zero-width" {
    const rest = this.src.slice(this.pos, this.pos + 4);
    let lookaround = false;
    if (rest.startsWith("(?:")) this.pos += 3;
    else if (rest.startsWith("(?=") || rest.startsWith("(?!")) {
      this.pos += 3;
      lookaround = true;
    } else if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
      this.pos += 4;
      lookaround = true;
    } else if (rest.startsWith("(?<")) {
      const end = this.src.indexOf(">", this.pos);
      if (end < 0) throw new Unsure();
      this.pos = end + 1;
    } else if (rest.startsWith("(?")) throw new Unsure();
    else this.pos += 1;
    const inner = this.alternation();
    if (this.src[this.pos] !== ")") throw new Unsure();
    this.pos++;
    return lookaround ? "zero-width" : inner;
  }

  private charClass(): Entry[] | null {
    let i = this.pos + 1;
    const negated = this.src[i] === "^";
    const chars: string[] = [];
    let literal = !negated;
    if (negated) i++;
    // A `]` right after `[` is a literal in some dialects and an empty class in JavaScript: not ours to guess.
    if (this.src[i] === "]") throw new Unsure();
    for (; i < this.src.length && this.src[i] !== "]"; i++) {
      let ch = this.src[i]!;
      if (ch === "\\") {
        const next = this.src[++i];
        if (next === undefined) throw new Unsure();
        if (/[A-Za-z0-9]/.test(next)) literal = false; // \w, \d, \s, \n... : a set, not a few characters
        ch = next;
      } else if (ch === "-" && chars.length > 0 && this.src[i + 1] !== "]") literal = false; // a range
      chars.push(ch);
    }
    if (i >= this.src.length) throw new Unsure();
    this.pos = i + 1;
    const distinct = [...new Set(chars)];
    if (!literal || distinct.length === 0 || distinct.length > MAX_CLASS) return null;
    return distinct.map((ch) => ({ text: ch, open: true }));
  }

  private escape(): Entry[] | null | "zero-width" {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Unsure();
    this.pos += 2;
    if (next === "b" || next === "B") return "zero-width";
    if (next === "n") return [{ text: "\n", open: true }];
    if (next === "t") return [{ text: "\t", open: true }];
    if (/[A-Za-z0-9]/.test(next)) {
      // Back-references and named ones read another group's text; \x, \u, \c, \p spell characters we do not decode.
      if (/[1-9kxucp]/.test(next)) throw new Unsure();
      return null; // \w, \d, \s and friends: a set of characters
    }
    return [{ text: next, open: true }];
  }

  /** The quantifier after an element: none, `?` (maybe), `*` (any number), or at least one copy (repeated). */
  private quantifier(): "none" | "maybe" | "any" | "repeated" {
    const c = this.src[this.pos];
    let kind: "none" | "maybe" | "any" | "repeated" = "none";
    if (c === "?" || c === "*" || c === "+") {
      this.pos++;
      kind = c === "?" ? "maybe" : c === "*" ? "any" : "repeated";
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsure(); // a literal `{` in Annex B syntax: not worth following
      this.pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      kind = min === 0 ? (max <= 1 ? "maybe" : "any") : min === 1 && max === 1 ? "none" : "repeated";
    }
    if (kind !== "none" && this.src[this.pos] === "?") this.pos++; // lazy: same texts
    return kind;
  }
}

const close = (entries: Entry[]): Entry[] => entries.map((e) => (e.open ? { ...e, open: false } : e));

/** Every open prefix followed by each of the element's texts; a non-literal element (null) closes them all. */
function extend(entries: Entry[], element: Entry[] | null): Entry[] {
  if (element === null) return close(entries);
  const open = entries.filter((e) => e.open).length;
  if (open * element.length > MAX_ENTRIES) return close(entries);
  const out: Entry[] = [];
  for (const e of entries) {
    if (!e.open) {
      out.push(e);
      continue;
    }
    for (const x of element) {
      const text = (e.text + x.text).slice(0, MAX_LENGTH); // a prefix's prefix is as certain
      const start = e.start || (x.start && e.text === "");
      out.push({ text, open: x.open && !start && text.length < MAX_LENGTH, ...(start ? { start } : {}) });
    }
  }
  return out;
}

/**
 * The trigger as alternatives of conjunctions: `^(?=[\s\S]*?X)(?=[\s\S]*?Y)|Z` occurs in a text iff X and Y both
 * occur or Z does (a lookahead that may skip anything from the start finds X wherever it is; under `m` a line
 * start adds nothing, since position 0 is one). Each part is then scanned for like a trigger of its own. Returns
 * one conjunction per top-level alternative, the whole source as one when it refers to a group, and undefined
 * when the source is not ours to split (a conjunct that refers to another part's groups).
 */
export function triggerConjunctions(source: string): string[][] | undefined {
  const branches = splitTopLevel(source);
  if (!branches) return undefined;
  const parts = branches.map(lookaheadConjuncts);
  // Plain alternatives are parts of their own too, so each is tested only where one of its own texts occurs: one
  // branch's costly start (PY-STATE-001's `(?=[\s\S]*?(otp|...))session\[`, a scan to the end of the file)
  // was paid at every occurrence of every other branch's texts. Not where a group is referred to by number or name.
  if (parts.every((p) => p === undefined))
    return /\\[1-9k]/.test(source) ? [[source]] : branches.map((b) => [b]);
  if (parts.some((p) => p?.some((x) => /\\[1-9k]/.test(x)))) return undefined;
  return parts.map((p, i) => p ?? [branches[i]!]);
}

/** The source's top-level alternatives (undefined on unbalanced parentheses or classes). */
function splitTopLevel(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return undefined;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return undefined;
  out.push(source.slice(from));
  return out;
}

const SKIP_ANY = ["[\\s\\S]*?", "[\\s\\S]*", "[^]*?", "[^]*"];

/** `^(?=[\s\S]*?X)(?=[\s\S]*?Y)...` as [X, Y, ...]; undefined for any other shape. */
function lookaheadConjuncts(branch: string): string[] | undefined {
  if (!branch.startsWith("^(?=")) return undefined;
  const parts: string[] = [];
  let i = 1;
  while (i < branch.length) {
    if (!branch.startsWith("(?=", i)) return undefined;
    const skip = SKIP_ANY.find((s) => branch.startsWith(s, i + 3));
    if (!skip) return undefined;
    const start = i + 3 + skip.length;
    const end = closingParen(branch, start);
    if (end === undefined) return undefined;
    parts.push(branch.slice(start, end));
    i = end + 1;
  }
  return parts.length > 0 ? parts : undefined;
}

/** Index of the `)` closing a group whose content starts at `from`. */
function closingParen(source: string, from: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}
