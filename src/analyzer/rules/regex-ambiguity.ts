/**
 * Super-linear backtracking in a fixed regular expression, judged on its NFA rather than on its spelling.
 *
 * The pattern is parsed (JavaScript or Python syntax) into a Thompson NFA whose character-consuming states are the
 * pattern's atoms ("positions"). A backtracking engine explores every path of that NFA, so its running time on a
 * failing input is the number of paths that read the input. For each character c of a probe alphabet (grouped by
 * which positions accept it) the positions accepting c and the moves between them form a graph G(c):
 * - exponential: a cycle of G(c) with a choice inside it (a position with two moves that stay in the cycle, or one
 *   move reachable along two distinct epsilon paths, as in `(\w+\s?)*` or `(a|a)*`): c^n has 2^n paths;
 * - polynomial of degree k: k cycles of G(c) in a row (`\s*\s*`, `(.*)\s+`, or the engine's retry at each start
 *   of an unanchored search before one loop, as in `\s+$`): c^n splits between them in n^(k-1) ways, each read in
 *   O(n).
 * Either needs the match to fail after the run: a loop from which the end of the pattern is reachable without
 * an assertion (`(a+)+` alone, `\s*` at the end of an unanchored pattern) matches at once and never backtracks.
 * Atomic groups and possessive quantifiers (Python 3.11), and JavaScript's `(?=(X))\1` emulation of one, cannot be
 * re-entered: their inside is one deterministic step. Bounded repetitions `{m,n}` are unrolled when small.
 * Sound-ish: single-character runs only (the shapes real patterns have), assertions assumed passable.
 */

/** The probe alphabet: tab, newline, carriage return, printable ASCII, and a few non-ASCII letters and blanks. */
const PROBES: string[] = [
  ...Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k)),
  "\t",
  "\n",
  "\r",
  "\u00e9",
  "\u00a0",
  "\u2028",
  "\u4e2d",
];
const ALL = (1n << BigInt(PROBES.length)) - 1n;

function setOf(test: (c: string) => boolean): bigint {
  let s = 0n;
  PROBES.forEach((c, i) => {
    if (test(c)) s |= 1n << BigInt(i);
  });
  return s;
}

export type Flavor = "js" | "python";

interface Flags {
  i: boolean;
  s: boolean;
  x: boolean;
  /** Python str patterns: \w, \d, \s are Unicode-aware. */
  unicode: boolean;
}

type Ast =
  | { t: "char"; set: bigint }
  | { t: "seq"; items: Ast[] }
  | { t: "alt"; alts: Ast[] }
  | { t: "rep"; body: Ast; min: number; max: number }
  | { t: "assert"; start?: boolean; end?: "line" | "input" }
  | { t: "atomic"; body: Ast }
  | { t: "backref" };

class ParseError extends Error {}

const WORD = (c: string, u: boolean) => (u ? /[\p{L}\p{N}_]/u.test(c) : /\w/.test(c));
const DIGIT = (c: string, u: boolean) => (u ? /\p{Nd}/u.test(c) : /\d/.test(c));
const SPACE = (c: string) => /\s/.test(c);

function classEscape(e: string, f: Flags): bigint | undefined {
  switch (e) {
    case "w":
      return setOf((c) => WORD(c, f.unicode));
    case "W":
      return setOf((c) => !WORD(c, f.unicode));
    case "d":
      return setOf((c) => DIGIT(c, f.unicode));
    case "D":
      return setOf((c) => !DIGIT(c, f.unicode));
    case "s":
      return setOf(SPACE);
    case "S":
      return setOf((c) => !SPACE(c));
    default:
      return undefined;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", "0": "\0" };

function foldCase(set: bigint): bigint {
  let out = set;
  PROBES.forEach((c, i) => {
    if (!(set & (1n << BigInt(i)))) return;
    for (const d of [c.toLowerCase(), c.toUpperCase()]) {
      const j = PROBES.indexOf(d);
      if (j >= 0) out |= 1n << BigInt(j);
    }
  });
  return out;
}

/** A recursive-descent parser for the common subset of JavaScript and Python regex syntax. */
class Parser {
  private i = 0;
  private groups = 0;
  /** Capturing groups that are the whole body of a lookahead: `(?=(X))`, by number. */
  private readonly lookaheadCaptures = new Map<number, Ast>();

  constructor(
    private readonly src: string,
    private readonly flavor: Flavor,
    private readonly f: Flags,
  ) {}

  parse(): Ast {
    const ast = this.alternation();
    if (this.i < this.src.length) throw new ParseError("unbalanced )");
    return ast;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private skipVerbose(): void {
    if (!this.f.x) return;
    for (;;) {
      const c = this.src[this.i];
      if (c !== undefined && /\s/.test(c)) this.i++;
      else if (c === "#") {
        while (this.i < this.src.length && this.src[this.i] !== "\n") this.i++;
      } else return;
    }
  }

  private alternation(): Ast {
    const alts = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  }

  private sequence(): Ast {
    const items: Ast[] = [];
    for (;;) {
      this.skipVerbose();
      const c = this.peek();
      if (c === undefined || c === "|" || c === ")") break;
      let atom = this.atom();
      if (!atom) continue;
      atom = this.quantified(atom);
      // `(?=(X))\1`: the lookahead matched X once and for all, the back-reference consumes exactly that: an
      // atomic X (JavaScript has no atomic groups; this is how patterns spell one).
      const prev = items[items.length - 1];
      if (atom.t === "backref" && prev && (prev as { lookahead?: number }).lookahead !== undefined) {
        const body = this.lookaheadCaptures.get((prev as { lookahead?: number }).lookahead!);
        const n = (atom as { n?: number }).n;
        if (body && n === (prev as { lookahead?: number }).lookahead) {
          items[items.length - 1] = { t: "atomic", body };
          continue;
        }
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0]! : { t: "seq", items };
  }

  private quantified(atom: Ast): Ast {
    for (;;) {
      this.skipVerbose();
      const rest = this.src.slice(this.i);
      const m = /^(?:\*|\+|\?|\{(\d*)(,?)(\d*)\})/.exec(rest);
      if (!m) return atom;
      let min: number;
      let max: number;
      if (m[0] === "*") [min, max] = [0, Infinity];
      else if (m[0] === "+") [min, max] = [1, Infinity];
      else if (m[0] === "?") [min, max] = [0, 1];
      else {
        if (m[1] === "" && (this.flavor === "js" || m[3] === "")) return atom; // `{,n}` in JS, `{}`: literal
        min = m[1] === "" ? 0 : Number(m[1]);
        max = m[2] === "" ? min : m[3] === "" ? Infinity : Number(m[3]);
      }
      this.i += m[0].length;
      let possessive = false;
      if (this.peek() === "?") this.i++;
      else if (this.peek() === "+" && this.flavor === "python") {
        this.i++;
        possessive = true;
      }
      if (atom.t === "assert") continue; // a quantified assertion is still zero-width
      const rep: Ast = { t: "rep", body: atom, min, max };
      atom = possessive ? { t: "atomic", body: rep } : rep;
    }
  }

  private atom(): Ast | undefined {
    const c = this.src[this.i++]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === ".") return { t: "char", set: this.f.s ? ALL : setOf((d) => d !== "\n") };
    if (c === "^") return { t: "assert", start: true };
    // JavaScript's `$` is the end of the input (of a line under the multiline flag); Python's also passes before a
    // final newline, which a later `\n` could then read.
    if (c === "$") return this.flavor === "js" ? { t: "assert", end: "line" } : { t: "assert" };
    if (c === "\\") return this.escape();
    if ((c === "*" || c === "+" || c === "?") && this.flavor === "python")
      throw new ParseError("nothing to repeat");
    return this.literal(c);
  }

  private literal(c: string): Ast {
    let set = setOf((d) => d === c);
    if (!set) {
      // A character outside the probes: stands for itself only, like a probe no other atom matches.
      set = 0n;
    }
    return { t: "char", set: this.f.i ? foldCase(set) : set };
  }

  private escape(): Ast {
    const e = this.src[this.i++];
    if (e === undefined) throw new ParseError("trailing backslash");
    const cls = classEscape(e, this.f);
    if (cls !== undefined) return { t: "char", set: cls };
    if (e === "b" || e === "B") return { t: "assert" };
    if (e === "A") return { t: "assert", start: true };
    if (e === "Z" && this.flavor === "python") return { t: "assert", end: "input" };
    if (e === "Z" || e === "z" || e === "G") return { t: "assert" };
    if (/[1-9]/.test(e)) {
      let num = e;
      while (/\d/.test(this.peek() ?? "") && Number(num + this.peek()) <= this.groups)
        num += this.src[this.i++];
      return { t: "backref", n: Number(num) } as Ast;
    }
    if (e === "k" && this.peek() === "<") {
      this.i = this.src.indexOf(">", this.i) + 1 || this.src.length;
      return { t: "backref" };
    }
    if ((e === "p" || e === "P") && this.peek() === "{") {
      this.i = this.src.indexOf("}", this.i) + 1 || this.src.length;
      return { t: "char", set: setOf((c) => c.charCodeAt(0) > 127 || /[A-Za-z]/.test(c)) };
    }
    return this.literal(this.escapedChar(e));
  }

  private escapedChar(e: string): string {
    if (SIMPLE_ESCAPES[e] !== undefined) return SIMPLE_ESCAPES[e]!;
    const hex = (n: number) => {
      const h = this.src.slice(this.i, this.i + n);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== n) return e;
      this.i += n;
      return String.fromCodePoint(parseInt(h, 16));
    };
    if (e === "x") return hex(2);
    if (e === "u") {
      if (this.peek() === "{") {
        const end = this.src.indexOf("}", this.i);
        const h = this.src.slice(this.i + 1, end);
        this.i = end + 1;
        return /^[0-9a-fA-F]+$/.test(h) ? String.fromCodePoint(parseInt(h, 16)) : e;
      }
      return hex(4);
    }
    if (e === "U") return hex(8);
    if (e === "c" && /[A-Za-z]/.test(this.peek() ?? ""))
      return String.fromCharCode(this.src.charCodeAt(this.i++) % 32);
    return e;
  }

  private charClass(): Ast {
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.i++;
    }
    let set = 0n;
    let first = true;
    for (;;) {
      if (this.i >= this.src.length) throw new ParseError("unterminated class");
      let c = this.src[this.i++]!;
      if (c === "]" && !(first && this.flavor === "python")) break;
      first = false;
      let lo: string;
      if (c === "\\") {
        const e = this.src[this.i++] ?? "";
        const cls = classEscape(e, this.f);
        if (cls !== undefined) {
          set |= cls;
          continue;
        }
        if ((e === "p" || e === "P") && this.peek() === "{") {
          this.i = this.src.indexOf("}", this.i) + 1 || this.src.length;
          set |= setOf((d) => d.charCodeAt(0) > 127 || /[A-Za-z]/.test(d));
          continue;
        }
        lo = e === "b" ? "\b" : this.escapedChar(e);
      } else lo = c;
      if (this.peek() === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        c = this.src[this.i++]!;
        let hi = c;
        if (c === "\\") {
          const e = this.src[this.i++] ?? "";
          if (classEscape(e, this.f) !== undefined) {
            // `[a-\d]`: the dash is literal
            set |= setOf((d) => d === lo || d === "-") | classEscape(e, this.f)!;
            continue;
          }
          hi = this.escapedChar(e);
        }
        const [a, b] = [lo.codePointAt(0)!, hi.codePointAt(0)!];
        set |= setOf((d) => d.codePointAt(0)! >= a && d.codePointAt(0)! <= b);
      } else set |= setOf((d) => d === lo);
    }
    if (this.f.i) set = foldCase(set);
    return { t: "char", set: negated ? ALL & ~set : set };
  }

  private group(): Ast {
    const rest = this.src.slice(this.i);
    let kind: "capture" | "plain" | "look" | "lookahead" | "atomic" = "capture";
    if (rest.startsWith("?")) {
      const m =
        /^\?(?::|=|!|<=|<!|>|P?<[A-Za-z_$][\w$]*>|P=[A-Za-z_]\w*\)|#[^)]*\)|[aiLmsux-]+(?::|\)))/.exec(rest);
      if (!m) throw new ParseError("unknown group");
      const head = m[0];
      this.i += head.length;
      if (head.startsWith("?P=")) return { t: "backref" };
      if (head.startsWith("?#")) return { t: "seq", items: [] };
      if (/^\?[aiLmsux-]+[:)]$/.test(head)) {
        const on = head.slice(1, -1).split("-")[0]!;
        if (on.includes("i")) this.f.i = true;
        if (on.includes("s")) this.f.s = true;
        if (on.includes("x")) this.f.x = true;
        if (on.includes("a")) this.f.unicode = false;
        if (head.endsWith(")")) return { t: "seq", items: [] };
        kind = "plain";
      } else if (head === "?:") kind = "plain";
      else if (head === "?>") kind = "atomic";
      else if (head === "?=") kind = "lookahead";
      else if (head === "?!" || head === "?<=" || head === "?<!") kind = "look";
      else kind = "capture";
    }
    const index = kind === "capture" ? ++this.groups : 0;
    const startGroups = this.groups;
    const body = this.alternation();
    if (this.peek() !== ")") throw new ParseError("unterminated group");
    this.i++;
    if (kind === "atomic") return { t: "atomic", body };
    if (kind === "lookahead") {
      // `(?=(X))`: remember X under its group number for a following `\n`.
      const out: Ast & { lookahead?: number } = { t: "assert" };
      if (this.groups === startGroups + 1 && (body as { capture?: number }).capture === startGroups + 1) {
        this.lookaheadCaptures.set(startGroups + 1, (body as { inner?: Ast }).inner!);
        out.lookahead = startGroups + 1;
      }
      return out;
    }
    if (kind === "look") return { t: "assert" };
    if (kind === "capture") {
      // Wrap so that a lookahead around exactly this group can find it.
      const wrapped = { t: "seq", items: [body], capture: index, inner: body } as Ast;
      return wrapped;
    }
    return body;
  }
}

// ------------------------------------------------------------------------------------------------- the NFA

interface State {
  /** `startOnly`: a `^` (no multiline flag) or `\A`, passable only before the first character is read. `endOnly`:
   * a `$` (no multiline flag) or Python's `\Z`, after which no character can be read. */
  eps: { to: number; cond: boolean; startOnly?: boolean; endOnly?: boolean }[];
  /** A position: the characters it consumes and the state after. */
  set?: bigint;
  next?: number;
  /** An atomic step over a whole run (see the "atomic" case). */
  maximal?: boolean;
  /** The engine's retry at each start (unanchored search). */
  retry?: boolean;
}

const MAX_STATES = 1500;
const UNROLL = 12;

class Nfa {
  readonly states: State[] = [];

  /** Under the multiline flag `^` also matches after a newline: no longer a start-only assertion. */
  constructor(private readonly multiline = false) {}

  add(): number {
    if (this.states.length >= MAX_STATES) throw new ParseError("too large");
    this.states.push({ eps: [] });
    return this.states.length - 1;
  }

  eps(a: number, b: number, cond = false, startOnly = false, endOnly = false): void {
    this.states[a]!.eps.push(
      startOnly ? { to: b, cond, startOnly } : endOnly ? { to: b, cond, endOnly } : { to: b, cond },
    );
  }

  build(ast: Ast, from: number, to: number): void {
    switch (ast.t) {
      case "char": {
        const p = this.add();
        this.states[p]!.set = ast.set;
        this.states[p]!.next = to;
        this.eps(from, p);
        return;
      }
      case "backref": {
        // Its text is whatever the group took: any one character, stands in for it (no loop of its own).
        const p = this.add();
        this.states[p]!.set = ALL;
        this.states[p]!.next = to;
        this.eps(from, p);
        return;
      }
      case "assert":
        this.eps(
          from,
          to,
          true,
          !!ast.start && !this.multiline,
          ast.end === "input" || (ast.end === "line" && !this.multiline),
        );
        return;
      case "seq": {
        let cur = from;
        ast.items.forEach((item, k) => {
          const nxt = k === ast.items.length - 1 ? to : this.add();
          this.build(item, cur, nxt);
          cur = nxt;
        });
        if (!ast.items.length) this.eps(from, to);
        return;
      }
      case "alt":
        for (const a of ast.alts) {
          const s = this.add();
          const e = this.add();
          this.eps(from, s);
          this.build(a, s, e);
          this.eps(e, to);
        }
        return;
      case "atomic": {
        // One deterministic step over what the inside takes. When the inside repeats, that step takes the whole
        // run it can (it never gives any back): a "maximal" position, which no run of its own characters
        // continues past.
        const p = this.add();
        const st = this.states[p]!;
        st.set = charsOf(ast.body);
        st.next = to;
        if (repeats(ast.body)) st.maximal = true;
        this.eps(from, p);
        if (nullable(ast.body)) this.eps(from, to);
        return;
      }
      case "rep": {
        const { body } = ast;
        let { min, max } = ast;
        if (min > UNROLL) min = UNROLL; // a long fixed count: as many copies as matter here
        if (max !== Infinity && max - min > UNROLL) max = Infinity;
        let cur = from;
        for (let k = 0; k < min; k++) {
          const nxt = k === min - 1 && max === min ? to : this.add();
          this.build(body, cur, nxt);
          cur = nxt;
        }
        if (max === min) {
          if (min === 0) this.eps(from, to);
          return;
        }
        if (max === Infinity) {
          const entry = this.add();
          const back = this.add();
          const bs = this.add();
          this.eps(cur, entry);
          this.eps(entry, bs);
          this.eps(entry, to);
          this.eps(back, bs);
          this.eps(back, to);
          this.build(body, bs, back);
          return;
        }
        // max finite: nested optionals X(X(X)?)?, each only after the one before it
        for (let k = min; k < max; k++) {
          const nxt = this.add();
          this.eps(cur, to);
          this.build(body, cur, nxt);
          cur = nxt;
        }
        this.eps(cur, to);
        return;
      }
    }
  }
}

function charsOf(ast: Ast): bigint {
  switch (ast.t) {
    case "char":
      return ast.set;
    case "backref":
      return ALL;
    case "assert":
      return 0n;
    case "seq":
      return ast.items.reduce((s, x) => s | charsOf(x), 0n);
    case "alt":
      return ast.alts.reduce((s, x) => s | charsOf(x), 0n);
    case "rep":
    case "atomic":
      return charsOf(ast.body);
  }
}

function repeats(ast: Ast): boolean {
  switch (ast.t) {
    case "rep":
      return ast.max > 1 || repeats(ast.body);
    case "seq":
      return ast.items.filter((x) => x.t !== "assert").length > 1 || ast.items.some(repeats);
    case "alt":
      return ast.alts.some(repeats);
    case "atomic":
      return repeats(ast.body);
    default:
      return false;
  }
}

function nullable(ast: Ast): boolean {
  switch (ast.t) {
    case "char":
    case "backref":
      return false;
    case "assert":
      return true;
    case "seq":
      return ast.items.every(nullable);
    case "alt":
      return ast.alts.some(nullable);
    case "rep":
      return ast.min === 0 || nullable(ast.body);
    case "atomic":
      return nullable(ast.body);
  }
}

function anchoredStart(ast: Ast): boolean {
  if (ast.t === "assert") return !!ast.start;
  if (ast.t === "seq") {
    for (const x of ast.items) {
      if (x.t === "assert") {
        if (x.start) return true;
        continue;
      }
      return anchoredStart(x);
    }
    return false;
  }
  if (ast.t === "alt") return ast.alts.every(anchoredStart);
  return false;
}

// ------------------------------------------------------------------------------------------------- analysis

export interface Blowup {
  /** Infinity for exponential. */
  degree: number;
  /** Polynomial only through the engine's retry at each start before one loop (`\s+$`, `\d+px`). */
  retryOnly: boolean;
  /** A character whose runs trigger it. */
  witness: string;
}

export interface AnalyzeOptions {
  flavor: Flavor;
  /** JS flags (`gimsuy`) or Python's re.I / re.S / re.X spelled as letters. */
  flags?: string;
  /** How the engine runs it: `search` retries at every start (JS test/exec/replace, re.search); `match` anchors
   * the start (re.match); `fullmatch` both ends. */
  mode?: "search" | "match" | "fullmatch";
}

const memo = new Map<string, Blowup | null | undefined>();

/**
 * The key as a string of its own. A pattern is usually a slice of the file's source, and V8 keeps a slice's whole
 * parent string alive: memo keys built from patterns kept up to 5,000 files' sources until the memo was cleared
 * (+10 MB of live heap per thread on dist-packages). JSON.parse builds a new flat string.
 */
export function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * The worst backtracking growth of `pattern` on a failing input: undefined when linear, or when the pattern
 * could not be parsed (`parsed` tells these apart through `analyzeRegex`).
 */
export function superLinear(pattern: string, opts: AnalyzeOptions): Blowup | undefined {
  return analyzeRegex(pattern, opts) ?? undefined;
}

/** As superLinear, with null for "linear" and undefined for "not understood". */
export function analyzeRegex(pattern: string, opts: AnalyzeOptions): Blowup | null | undefined {
  const key = `${opts.flavor}\u0000${opts.flags ?? ""}\u0000${opts.mode ?? "search"}\u0000${pattern}`;
  if (memo.has(key)) return memo.get(key);
  let out: Blowup | null | undefined;
  try {
    out = analyze(pattern, opts);
  } catch {
    out = undefined;
  }
  if (memo.size > 5000) memo.clear();
  memo.set(ownCopy(key), out);
  return out;
}

function analyze(pattern: string, opts: AnalyzeOptions): Blowup | null {
  const flags = opts.flags ?? "";
  const f: Flags = {
    i: flags.includes("i"),
    s: flags.includes("s"),
    x: opts.flavor === "python" && flags.includes("x"),
    unicode: opts.flavor === "python" && !flags.includes("a"),
  };
  const ast = new Parser(pattern, opts.flavor, f).parse();
  const mode = opts.mode ?? "search";
  const nfa = new Nfa(flags.includes("m"));
  const root = nfa.add();
  const start = nfa.add();
  const accept = nfa.add();
  let body = accept;
  if (mode === "fullmatch") {
    body = nfa.add();
    nfa.eps(body, accept, true);
  }
  nfa.build(ast, start, body);
  nfa.eps(root, start);
  // Under the multiline flag `^` matches after any newline: no anchor against a crafted input.
  if (mode === "search" && (flags.includes("m") || !anchoredStart(ast))) {
    // The engine's retry at each start: a lazy loop over any character before the pattern.
    const v = nfa.add();
    nfa.states[v]!.set = ALL;
    nfa.states[v]!.next = root;
    nfa.states[v]!.retry = true;
    nfa.eps(root, v);
  }
  const S = nfa.states;
  const N = S.length;
  const positions = S.map((s, k) => (s.set !== undefined ? k : -1)).filter((k) => k >= 0);
  // Moves: from position p (after its character) to position q, with the number of distinct epsilon paths
  // (capped at 2), and whether one epsilon path goes through no assertion; and whether the end is reachable from
  // p along epsilon moves without an assertion.
  const moves = new Graph(N, 4 * N);
  const acceptsFree = new Uint8Array(N);
  let budget = 200000;
  for (let pi = 0; pi < positions.length; pi++) {
    const p = positions[pi]!;
    const out = new Map<number, number>();
    const outFree = new Set<number>();
    const onPath = new Set<number>();
    let free = false;
    const walk = (s: number, cond: boolean, ended: boolean) => {
      if (--budget < 0) throw new ParseError("too many paths");
      const st = S[s]!;
      // Past an end-of-input assertion no character is read: no move (`(?:\w+(?:; |$))+` splits a run no way).
      if (st.set !== undefined && ended) return;
      if (st.set !== undefined) {
        out.set(s, Math.min(2, (out.get(s) ?? 0) + 1));
        if (!cond) outFree.add(s);
        return;
      }
      if (s === accept) {
        if (!cond) free = true;
        return;
      }
      onPath.add(s);
      // Every move here follows a character read (the retry's included): a start-only `^` no longer holds, so
      // `(^|,)\s*x` enters its loop only after a comma, never at each blank of a run.
      const eps = st.eps;
      for (let k = 0; k < eps.length; k++) {
        const e = eps[k]!;
        if (!onPath.has(e.to) && !e.startOnly) walk(e.to, cond || e.cond, ended || !!e.endOnly);
      }
      onPath.delete(s);
    };
    walk(S[p]!.next!, false, false);
    moves.begin(p);
    for (const [q, m] of out) moves.push(p, q, m, outFree.has(q));
    if (free) acceptsFree[p] = 1;
  }
  // Group the probe characters by the positions that accept them: each group is one graph. Each position's set
  // as 32-bit words, so that the membership tests are on numbers.
  const W = Math.ceil(PROBES.length / 32);
  const setWords = new Uint32Array(N * W);
  for (let pi = 0; pi < positions.length; pi++) {
    const p = positions[pi]!;
    const set = S[p]!.set!;
    for (let w = 0; w < W; w++) setWords[p * W + w] = Number((set >> BigInt(32 * w)) & 0xffffffffn);
  }
  const groups = new Map<string, Group>();
  for (let i = 0; i < PROBES.length; i++) {
    const w = i >> 5;
    const b = i & 31;
    const members: number[] = [];
    // (Indexed loops here and below: this runs once per probe character and position, mostly unoptimised.)
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k]!;
      if ((setWords[p * W + w]! >>> b) & 1) members.push(p);
    }
    if (members.length === 0) continue;
    const k = members.join(",");
    if (!groups.has(k)) groups.set(k, { members, witness: PROBES[i]! });
  }
  const maximal = new Uint8Array(N);
  const retry = new Uint8Array(N);
  const retryList: number[] = [];
  for (let pi = 0; pi < positions.length; pi++) {
    const p = positions[pi]!;
    if (S[p]!.maximal) maximal[p] = 1;
    if (S[p]!.retry) {
      retry[p] = 1;
      retryList.push(p);
    }
  }
  const scratch = new Scratch(N);
  let worst: Blowup | null = null;
  const rank = (b: Blowup) => b.degree * 2 - (b.retryOnly ? 1 : 0);
  for (const { members, witness } of groups.values()) {
    const { degree, own } = judge(members, moves, acceptsFree, maximal, retry, scratch);
    if (degree < 2) continue;
    const b = { degree, retryOnly: own < 2, witness };
    if (!worst || rank(b) > rank(worst)) worst = b;
    if (worst.degree === Infinity) break;
  }
  if (worst?.degree === Infinity) return worst;
  // Runs of a word of two or three characters (`abab...` against `(a|b|ab)*`, `.aa.aa` against
  // `[a-z.]+(?:\.[a-z]{2,})*`): the same judgement on moves that read the whole word, from positions that take
  // its last character to the next such.
  const reps = [...groups.values()];
  const words: (typeof reps)[] = [];
  // Only a repeated group can loop over a word of several characters; a loop over one character (`\s*`,
  // `[a-z]{2,}`) is judged above, character by character. The text test errs towards checking (`\)*`).
  if (!/\)(?:[*+?]|\{)/.test(pattern)) return worst;
  if (reps.length <= 40) for (const g1 of reps) for (const g2 of reps) words.push([g1, g2]);
  if (reps.length <= 12)
    for (const g1 of reps) for (const g2 of reps) for (const g3 of reps) words.push([g1, g2, g3]);
  // Per group, built once: its members as a membership array, and the starts of a word ending with it.
  const memberOf = new Map<Group, Uint8Array>();
  const startsOf = new Map<Group, number[]>();
  for (const g of reps) {
    const a = new Uint8Array(N);
    for (const p of g.members) a[p] = 1;
    memberOf.set(g, a);
    startsOf.set(g, [...new Set([...g.members, ...retryList])]);
  }
  // The frontier of the word walk: per position the path count and freedom (two buffers, swapped each step).
  let curM = new Uint8Array(N);
  let curF = new Uint8Array(N);
  let nextM = new Uint8Array(N);
  let nextF = new Uint8Array(N);
  let cur = new Int32Array(N);
  let nxt = new Int32Array(N);
  const seen = new Int32Array(N);
  let gen = 0;
  const composed = new Graph(N, 4 * N);
  const freeAt = new Uint8Array(N);
  for (const word of words) {
    const steps = word.map((g) => memberOf.get(g)!);
    const starts = startsOf.get(word[word.length - 1]!)!;
    composed.reset();
    for (let si = 0; si < starts.length; si++) {
      const p = starts[si]!;
      if (acceptsFree[p]) freeAt[p] = 1;
      let size = 1;
      cur[0] = p;
      curM[p] = 1;
      curF[p] = 1;
      for (let st = 0; st < steps.length; st++) {
        const allowed = steps[st]!;
        let nsize = 0;
        gen++;
        for (let i = 0; i < size; i++) {
          const r = cur[i]!;
          if (maximal[r]) continue;
          const m = curM[r]!;
          const free = curF[r]!;
          if (r !== p && acceptsFree[r]) freeAt[p] = 1;
          const end = moves.off[r]! + moves.len[r]!;
          for (let k = moves.off[r]!; k < end; k++) {
            const q = moves.to[k]!;
            if (!allowed[q]) continue;
            if (seen[q] !== gen) {
              seen[q] = gen;
              nxt[nsize++] = q;
              nextM[q] = 0;
              nextF[q] = 0;
            }
            nextM[q] = Math.min(2, nextM[q]! + m * moves.m[k]!);
            if (free && moves.free[k]) nextF[q] = 1;
          }
        }
        const t = cur;
        cur = nxt;
        nxt = t;
        size = nsize;
        const tm = curM;
        curM = nextM;
        nextM = tm;
        const tf = curF;
        curF = nextF;
        nextF = tf;
      }
      composed.begin(p);
      for (let i = 0; i < size; i++) composed.push(p, cur[i]!, curM[cur[i]!]!, curF[cur[i]!] === 1);
    }
    const { degree, own } = judge(starts, composed, freeAt, maximal, retry, scratch);
    for (let si = 0; si < starts.length; si++) freeAt[starts[si]!] = 0;
    if (degree < 2) continue;
    const b = { degree, retryOnly: own < 2, witness: word.map((g) => g.witness).join("") };
    if (!worst || rank(b) > rank(worst)) worst = b;
    if (worst.degree === Infinity) return worst;
  }
  const long = longWords(positions, S, moves, setWords, W, acceptsFree, maximal, retry, retryList);
  if (long && (!worst || rank(long) > rank(worst))) worst = long;
  return worst;
}

/** The most product states and product moves `longWords` explores per pattern: a hostile pattern gives up early. */
const PRODUCT_BUDGET = 20000;

/**
 * Runs of a word of any length (`ticktick...` against `(?:tick|tic\w)+`, `abcdabcd...` against an unanchored
 * `(?:abcd|abce)+$`), on the product of the position graph with itself: a pair of positions is a product state
 * when some character is accepted by both, and moves in step. Two tracks that leave a position q together, part,
 * and meet again at q read the same word along two paths: a state (q,q) in a product cycle through a pair of
 * distinct positions (or through a move with two epsilon paths) is exponential. A track that starts in the
 * engine's retry loop and reaches q while the other goes round q's loop is the retry's quadratic. Either only
 * when the loop cannot end the match unconditionally on the loop's own characters. Gives up (reports nothing)
 * past PRODUCT_BUDGET.
 */
function longWords(
  positions: number[],
  S: State[],
  moves: Graph,
  setWords: Uint32Array,
  W: number,
  acceptsFree: Uint8Array,
  maximal: Uint8Array,
  retry: Uint8Array,
  retryList: number[],
): Blowup | null {
  const N = S.length;
  // The positions on a loop of the pattern (retry and atomic steps aside): only they can be on a product cycle.
  const comp = sccs(positions, moves, (p) => !retry[p] && !maximal[p]);
  const compSize = new Map<number, number>();
  for (const p of positions) if (comp[p]! >= 0) compSize.set(comp[p]!, (compSize.get(comp[p]!) ?? 0) + 1);
  const looping = (p: number) => {
    const c = comp[p]!;
    if (c < 0) return false;
    if (compSize.get(c)! > 1) return true;
    for (let k = moves.off[p]!; k < moves.off[p]! + moves.len[p]!; k++) if (moves.to[k] === p) return true;
    return false;
  };
  const cyc = positions.filter(looping);
  if (!cyc.length) return null;
  // Positions with the same moves have the same future: a product state is a pair of such classes (the
  // branches of a wide alternation that end in one place, `(?:w0xyz|w1xyz|...)`, are one), its representative
  // the first position of the class. Distinct positions (or two epsilon paths) on a step still count as a split.
  const cls = new Int32Array(N).fill(-1);
  const rep: number[] = [];
  const byKey = new Map<string, number>();
  for (const p of positions) {
    let key = `${acceptsFree[p]}${maximal[p]}${retry[p]}`;
    for (let k = moves.off[p]!; k < moves.off[p]! + moves.len[p]!; k++)
      key += `,${moves.to[k]}:${moves.m[k]}${moves.free[k]}`;
    let c = byKey.get(key);
    if (c === undefined) {
      c = rep.length;
      rep.push(p);
      byKey.set(key, c);
    }
    cls[p] = c;
  }
  const C = rep.length;
  const meets = (a: number, b: number) => {
    for (let w = 0; w < W; w++) if (setWords[a * W + w]! & setWords[b * W + w]!) return true;
    return false;
  };
  const common = (a: number, b: number) => {
    for (let w = 0; w < W; w++) {
      const x = setWords[a * W + w]! & setWords[b * W + w]!;
      if (x) return PROBES[32 * w + (31 - Math.clz32(x & -x))]!;
    }
    return "";
  };
  let budget = PRODUCT_BUDGET;
  const spend = () => {
    if (--budget < 0) throw new BudgetError();
  };
  const exhausted = (e: unknown) => {
    if (!(e instanceof BudgetError)) throw e;
  };
  // Whether a loop over the characters `chars` (as words) can end the match unconditionally: from its positions,
  // moving through positions that take one of those characters, a position after which the end is free.
  const canFail = (from: number[]): boolean => {
    const chars = new Uint32Array(W);
    for (const p of from) for (let w = 0; w < W; w++) chars[w]! |= setWords[p * W + w]!;
    const seen = new Uint8Array(N);
    const todo = [...from];
    for (const p of from) seen[p] = 1;
    while (todo.length) {
      const p = todo.pop()!;
      spend();
      if (acceptsFree[p]) return false;
      if (maximal[p]) continue;
      for (let k = moves.off[p]!; k < moves.off[p]! + moves.len[p]!; k++) {
        const q = moves.to[k]!;
        if (seen[q]) continue;
        let takes = false;
        for (let w = 0; w < W; w++) if (chars[w]! & setWords[q * W + w]!) takes = true;
        if (!takes) continue;
        seen[q] = 1;
        todo.push(q);
      }
    }
    return true;
  };
  // Exponential: the product of the looping positions' classes with themselves, from the diagonal. A move is a
  // split (m 2) when the tracks take distinct positions, or one position along two epsilon paths.
  const cycSet = new Uint8Array(N);
  for (const p of cyc) cycSet[p] = 1;
  const succ = (x: number, out: Move[]) => {
    out.length = 0;
    const a = rep[Math.floor(x / C)]!;
    const b = rep[x % C]!;
    for (let i = moves.off[a]!; i < moves.off[a]! + moves.len[a]!; i++) {
      const a2 = moves.to[i]!;
      if (!cycSet[a2]) continue;
      for (let j = moves.off[b]!; j < moves.off[b]! + moves.len[b]!; j++) {
        const b2 = moves.to[j]!;
        spend();
        if (!cycSet[b2] || comp[a2] !== comp[b2] || !meets(a2, b2)) continue;
        const split = a2 !== b2 || (a === b && moves.m[i]! >= 2);
        out.push({ to: cls[a2]! * C + cls[b2]!, m: split ? 2 : 1, a: a2, b: b2 });
      }
    }
  };
  // A word for the message, on a budget of its own (a plain character of the loop when that runs out).
  const witness = (x: number, inside: Set<number> | null): string => {
    budget = PRODUCT_BUDGET / 4;
    try {
      return wordAround(x, inside, succ, C, common);
    } catch (e) {
      exhausted(e);
      const a = rep[Math.floor(x / C)]!;
      return common(a, a);
    }
  };
  try {
    const found = productCycles([...new Set(cyc.map((q) => cls[q]! * C + cls[q]!))], succ, spend, C);
    for (const c of found) {
      const inComp = c.map((x) => rep[Math.floor(x / C)]!).concat(c.map((x) => rep[x % C]!));
      if (!canFail([...new Set(inComp)])) continue;
      const q = c.find((x) => Math.floor(x / C) === x % C)!;
      return { degree: Infinity, retryOnly: false, witness: witness(q, new Set(c)) };
    }
  } catch (e) {
    exhausted(e);
  }
  // The retry's quadratic: the engine's retry takes any prefix of a loop's word, then a track from the pattern's
  // first positions meets, at a position of the same class, a track that went on round the loop (the loop's
  // second reading of the same text).
  if (!retryList.length) return null;
  budget = PRODUCT_BUDGET;
  try {
    const failing = new Map<number, boolean>();
    const fails = (c: number) => {
      if (!failing.has(c)) failing.set(c, canFail(cyc.filter((p) => comp[p] === c)));
      return failing.get(c)!;
    };
    const visited = new Set<number>();
    const todo: number[] = [];
    const visit = (a: number, b: number): number | undefined => {
      spend();
      if (maximal[a] || retry[a] || !meets(a, b) || !fails(comp[b]!)) return undefined;
      if (cls[a] === cls[b]) return b;
      const y = cls[a]! * N + b;
      if (!visited.has(y)) {
        visited.add(y);
        todo.push(y);
      }
      return undefined;
    };
    let hit: number | undefined;
    for (const v of retryList)
      for (let i = moves.off[v]!; i < moves.off[v]! + moves.len[v]! && hit === undefined; i++)
        for (const b of cyc) if ((hit = visit(moves.to[i]!, b)) !== undefined) break;
    while (todo.length && hit === undefined) {
      const x = todo.pop()!;
      const a = rep[Math.floor(x / N)]!;
      const b = x % N;
      for (let i = moves.off[a]!; i < moves.off[a]! + moves.len[a]! && hit === undefined; i++)
        for (let j = moves.off[b]!; j < moves.off[b]! + moves.len[b]!; j++) {
          const b2 = moves.to[j]!;
          if (comp[b2] !== comp[b]) continue;
          if ((hit = visit(moves.to[i]!, b2)) !== undefined) break;
        }
    }
    if (hit !== undefined) {
      const word = witness(cls[hit]! * C + cls[hit]!, null);
      return { degree: 2, retryOnly: true, witness: word };
    }
  } catch (e) {
    exhausted(e);
  }
  return null;
}

class BudgetError extends Error {}

/** Strongly connected components of the moves between the positions `keep` admits (-1 for the others). */
function sccs(positions: number[], moves: Graph, keep: (p: number) => boolean): Int32Array {
  const n = moves.off.length;
  const comp = new Int32Array(n).fill(-1);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let ncomp = 0;
  for (const root of positions) {
    if (!keep(root) || index[root] !== -1) continue;
    // Iterative Tarjan: frames of (node, next move to try).
    const frames: [number, number][] = [[root, moves.off[root]!]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length) {
      const top = frames[frames.length - 1]!;
      const [v, k] = top;
      if (k < moves.off[v]! + moves.len[v]!) {
        top[1]++;
        const w = moves.to[k]!;
        if (!keep(w)) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push([w, moves.off[w]!]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      frames.pop();
      if (frames.length) {
        const u = frames[frames.length - 1]![0];
        low[u] = Math.min(low[u]!, low[v]!);
      }
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = ncomp;
          if (w === v) break;
        }
        ncomp++;
      }
    }
  }
  return comp;
}

/**
 * The product components reachable from `starts` that hold a diagonal state and either a state off the diagonal
 * or a move with two epsilon paths: each as its list of states.
 */
function productCycles(
  starts: number[],
  succ: (x: number, out: Move[]) => void,
  spend: () => void,
  N: number,
): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  const buf: Move[] = [];
  for (const root of starts) {
    if (index.has(root)) continue;
    const frames: { v: number; out: Move[]; k: number }[] = [];
    const open = (v: number) => {
      spend();
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      succ(v, buf);
      frames.push({ v, out: buf.slice(), k: 0 });
    };
    open(root);
    while (frames.length) {
      const top = frames[frames.length - 1]!;
      if (top.k < top.out.length) {
        const w = top.out[top.k++]!.to;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      frames.pop();
      const v = top.v;
      if (frames.length) {
        const u = frames[frames.length - 1]!.v;
        low.set(u, Math.min(low.get(u)!, low.get(v)!));
      }
      if (low.get(v) !== index.get(v)) continue;
      const members: number[] = [];
      for (;;) {
        const w = stack.pop()!;
        onStack.delete(w);
        members.push(w);
        if (w === v) break;
      }
      const inside = new Set(members);
      const diag = members.some((x) => Math.floor(x / N) === x % N);
      if (!diag) continue;
      let split = members.some((x) => Math.floor(x / N) !== x % N);
      for (const x of members) {
        if (split) break;
        succ(x, buf);
        if (buf.some((e) => e.m >= 2 && inside.has(e.to))) split = true;
      }
      if (split) found.push(members);
    }
  }
  return found;
}

/** A word read around the product cycle through `start` (within `inside`, when given): a witness for messages. */
function wordAround(
  start: number,
  inside: Set<number> | null,
  succ: (x: number, out: Move[]) => void,
  N: number,
  common: (a: number, b: number) => string,
): string {
  const parent = new Map<number, [number, string]>();
  const queue = [start];
  const buf: Move[] = [];
  for (let h = 0; h < queue.length && queue.length < 5000; h++) {
    const x = queue[h]!;
    succ(x, buf);
    for (const { to, a, b } of buf) {
      if (inside && !inside.has(to)) continue;
      if (to === start) {
        const word = [common(a, b)];
        for (let y = x; y !== start; y = parent.get(y)![0]) word.push(parent.get(y)![1]);
        return word.reverse().join("");
      }
      if (!parent.has(to)) {
        parent.set(to, [x, common(a, b)]);
        queue.push(to);
      }
    }
  }
  return "";
}

/** A move of the product: the state reached, 2 for a split, and the positions the two tracks took. */
interface Move {
  to: number;
  m: number;
  a: number;
  b: number;
}

interface Group {
  members: number[];
  witness: string;
}

/**
 * Moves between positions, kept flat: position p's moves are entries off[p] .. off[p] + len[p] - 1 (in the order
 * found), each the position reached, the number of paths to it (at most 2), and whether one of them goes through
 * no assertion. Only the positions given to `begin` since the last `reset` have moves.
 */
class Graph {
  readonly off: Int32Array;
  readonly len: Int32Array;
  to: Int32Array;
  m: Uint8Array;
  free: Uint8Array;
  private size = 0;

  constructor(n: number, capacity: number) {
    this.off = new Int32Array(n);
    this.len = new Int32Array(n);
    this.to = new Int32Array(Math.max(16, capacity));
    this.m = new Uint8Array(this.to.length);
    this.free = new Uint8Array(this.to.length);
  }

  reset(): void {
    this.size = 0;
  }

  begin(p: number): void {
    this.off[p] = this.size;
    this.len[p] = 0;
  }

  push(p: number, q: number, m: number, free: boolean): void {
    if (this.size === this.to.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      this.to = grow(this.to, new Int32Array(this.size * 2));
      this.m = grow(this.m, new Uint8Array(this.size * 2));
      this.free = grow(this.free, new Uint8Array(this.size * 2));
    }
    this.to[this.size] = q;
    this.m[this.size] = m;
    this.free[this.size] = free ? 1 : 0;
    this.size++;
    this.len[p] = this.len[p]! + 1;
  }
}

/** Per-state working arrays of `judge`, allocated once per pattern (components number at most the states). */
class Scratch {
  readonly inG: Int32Array;
  readonly index: Int32Array;
  readonly low: Int32Array;
  readonly comp: Int32Array;
  readonly onStack: Uint8Array;
  /** The members by component, each component's contiguous from compStart[c]. */
  readonly order: Int32Array;
  readonly compStart: Int32Array;
  readonly reachesFree: Uint8Array;
  readonly chain: Int32Array;
  readonly ownChain: Int32Array;
  /** `inG[v] === stamp`: v is in the current graph. */
  stamp = 0;

  constructor(n: number) {
    this.inG = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.comp = new Int32Array(n);
    this.onStack = new Uint8Array(n);
    this.order = new Int32Array(n);
    this.compStart = new Int32Array(n + 1);
    this.reachesFree = new Uint8Array(n);
    this.chain = new Int32Array(n);
    this.ownChain = new Int32Array(n);
  }
}

/** The growth on runs of one character, given the positions that accept it: 1 (linear), k, or Infinity. */
function judge(
  members: number[],
  moves: Graph,
  acceptsFree: Uint8Array,
  maximal: Uint8Array,
  retry: Uint8Array,
  sc: Scratch,
): { degree: number; own: number } {
  const stamp = ++sc.stamp;
  const { inG, index, low, comp, onStack, order, compStart, reachesFree, chain, ownChain } = sc;
  for (let k = 0; k < members.length; k++) {
    inG[members[k]!] = stamp;
    index[members[k]!] = -1;
  }
  // The graph's edges are the moves between members; none leave a maximal position (that atomic step took the
  // whole run: nothing of the run follows it). Tarjan's strongly connected components.
  const stack: number[] = [];
  let counter = 0;
  let ncomp = 0;
  let placed = 0;
  const strong = (v: number) => {
    index[v] = counter;
    low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    if (!maximal[v]) {
      const end = moves.off[v]! + moves.len[v]!;
      for (let k = moves.off[v]!; k < end; k++) {
        const w = moves.to[k]!;
        if (inG[w] !== stamp) continue;
        if (index[w] === -1) {
          strong(w);
          low[v] = Math.min(low[v]!, low[w]!);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
      }
    }
    if (low[v] === index[v]) {
      compStart[ncomp] = placed;
      for (;;) {
        const w = stack.pop()!;
        onStack[w] = 0;
        comp[w] = ncomp;
        order[placed++] = w;
        if (w === v) break;
      }
      ncomp++;
    }
  };
  for (let k = 0; k < members.length; k++) if (index[members[k]!] === -1) strong(members[k]!);
  compStart[ncomp] = placed;
  // Tarjan numbers components in reverse topological order: every component a component reaches comes before it.
  // Per component: whether it is a cycle, with a choice inside; whether it, or something reachable from it
  // (within the run, through no assertion), can end the match unconditionally (then it cannot fail); the longest
  // chain of cyclic components from it, and the same counting the pattern's loops only (not the retry loop).
  let worst = 1;
  let own = 1;
  for (let c = 0; c < ncomp; c++) {
    let cyclic = false;
    let branching = false;
    let free = false;
    let isRetry = false;
    let best = 0;
    let bestOwn = 0;
    for (let i = compStart[c]!; i < compStart[c + 1]!; i++) {
      const v = order[i]!;
      if (acceptsFree[v]) free = true;
      if (retry[v]) isRetry = true;
      if (maximal[v]) continue;
      let inside = 0;
      const end = moves.off[v]! + moves.len[v]!;
      for (let k = moves.off[v]!; k < end; k++) {
        const w = moves.to[k]!;
        if (inG[w] !== stamp) continue;
        const d = comp[w]!;
        if (d === c) {
          cyclic = true;
          inside += moves.m[k]!;
          continue;
        }
        if (moves.free[k] && reachesFree[d]) free = true;
        // A loop that can end the match unconditionally ends the chain: reaching it, the match succeeds.
        if (reachesFree[d]) continue;
        best = Math.max(best, chain[d]!);
        bestOwn = Math.max(bestOwn, ownChain[d]!);
      }
      if (inside >= 2) branching = true;
    }
    reachesFree[c] = free ? 1 : 0;
    chain[c] = best + (cyclic ? 1 : 0);
    ownChain[c] = bestOwn + (cyclic && !isRetry ? 1 : 0);
    if (!cyclic || free) continue;
    if (branching) return { degree: Infinity, own: Infinity };
    worst = Math.max(worst, chain[c]!);
    own = Math.max(own, ownChain[c]!);
  }
  return { degree: worst, own };
}

/** A short description of a blow-up for messages. */
export function describe(b: Blowup): string {
  const w = JSON.stringify(b.witness);
  if (b.degree === Infinity) return `exponential backtracking on runs of ${w}`;
  return `${b.degree === 2 ? "quadratic" : b.degree === 3 ? "cubic" : `degree-${b.degree} polynomial`} backtracking on runs of ${w}`;
}

/**
 * Whether an input at most `n` characters long keeps a polynomial blow-up harmless: about n^k / k! steps (the
 * ways k loops can share the run) under `limit` (about 10^7 steps: well under a second in V8 or Python's engine).
 * Never for an exponential one: 2^200 is not a cap.
 */
export function capSafe(b: Blowup, n: number, limit = 1e7): boolean {
  if (b.degree === Infinity) return false;
  let steps = 1;
  for (let k = 1; k <= b.degree; k++) steps = (steps * n) / k;
  return steps <= limit;
}
