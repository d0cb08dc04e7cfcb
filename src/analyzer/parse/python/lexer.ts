/**
 * The token stream of tree-sitter-python (grammar 0.25), lexed on demand: ordinary tokens as its internal lexer
 * makes them, and the layout tokens (NEWLINE, INDENT, DEDENT) where its external scanner (src/scanner.c) puts
 * them: zero-width, at the end of the last token or comment before the whitespace the scanner skipped. Comments
 * and line continuations are recorded as extras for the tree builder to place. Anything the scanner would treat
 * in a way not reproduced here throws a BailOut, and the caller falls back to tree-sitter.
 */

export class BailOut extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export function bail(reason: string): never {
  throw new BailOut(reason);
}

export const enum T {
  Name,
  Int,
  Float,
  /** The start of a string (prefix and opening quote); the parser reads the body from the source. */
  Str,
  Op,
  Newline,
  Indent,
  Dedent,
  EOF,
}

/** A comment or line continuation: placed in the tree after parsing. */
export interface Extra {
  type: "comment" | "line_continuation";
  start: number;
  end: number;
}

const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** String prefix letters the scanner accepts before a quote (f, t, r, b, u in any case and order). */
function isPrefixLetter(c: number): boolean {
  switch (c) {
    case 102: // f
    case 70:
    case 116: // t
    case 84:
    case 114: // r
    case 82:
    case 98: // b
    case 66:
    case 117: // u
    case 85:
      return true;
    default:
      return false;
  }
}

export class Lexer {
  readonly src: string;
  readonly len: number;
  /** Where the next scan starts: the end of the last token or extra. */
  pos = 0;
  kind: T = T.EOF;
  start = 0;
  end = 0;
  /** The operator text (Op) or the name (Name). */
  text = "";
  /** Bracket depth: no layout tokens inside brackets (tree-sitter's "within_brackets"). */
  depth = 0;
  /** Inside an f-string interpolation: comments and continuations there are not reproduced. */
  inFormat = 0;
  readonly indents: number[] = [0];
  readonly extras: Extra[] = [];
  /** A real token since the last NEWLINE: the scanner's NEWLINE is valid. */
  private lineOpen = false;
  /** The last real token was ':' outside brackets: a suite follows, INDENT is valid. */
  private afterColon = false;
  /** The last extra is a line continuation with nothing after it yet. */
  private contPending = false;

  constructor(src: string) {
    this.src = src;
    this.len = src.length;
    // A byte order mark is whitespace to tree-sitter and not seen by the scanner.
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  private layout(kind: T): void {
    this.kind = kind;
    this.start = this.end = this.pos;
    this.text = "";
  }

  private addExtra(type: Extra["type"], start: number, end: number): void {
    if (this.inFormat > 0) bail("extra in f-string");
    this.extras.push({ type, start, end });
  }

  /** Moves to the next token. */
  advance(): void {
    const src = this.src;
    for (;;) {
      let p = this.pos;
      let eol = false;
      let indent = 0;
      let firstComment = -1;
      let commentAt = -1;
      let sawCont = false;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 10) {
          eol = true;
          indent = 0;
          p++;
        } else if (c === 32) {
          indent++;
          p++;
        } else if (c === 13) {
          if (src.charCodeAt(p + 1) !== 10) bail("lone carriage return");
          indent = 0;
          p++;
        } else if (c === 12) {
          indent = 0;
          p++;
        } else if (c === 9) {
          indent += 8;
          p++;
        } else if (c === 35) {
          let e = src.indexOf("\n", p);
          if (e < 0) e = this.len;
          if (!eol || this.depth > 0) {
            // A comment after code on its line, or inside brackets: an extra where it stands.
            if (sawCont) bail("comment after continuation");
            this.addExtra("comment", p, e);
            this.pos = e;
            p = -1;
            break;
          }
          if (firstComment < 0) {
            firstComment = indent;
            commentAt = p;
          }
          p = e;
        } else if (c === 92) {
          const n = src.charCodeAt(p + 1);
          let e: number;
          if (n === 10) e = p + 2;
          else if (n === 13 && src.charCodeAt(p + 2) === 10) e = p + 3;
          else bail("stray backslash");
          if (eol || firstComment >= 0) bail("continuation at line start");
          this.addExtra("line_continuation", p, e);
          this.contPending = true;
          sawCont = true;
          p = e;
        } else if (p >= this.len) {
          eol = true;
          indent = 0;
          break;
        } else if (c === 0xfeff || c === 0x0b || c > 127) {
          if (c > 127 && c !== 0xfeff && this.isIdStartAt(p)) break;
          bail("unusual whitespace");
        } else break;
      }
      if (p < 0) continue; // an extra was recorded: scan again from its end
      if (eol && this.depth === 0) {
        if (sawCont) bail("continuation before end of line");
        if (this.lineOpen) {
          this.lineOpen = false;
          if (this.afterColon) {
            this.afterColon = false;
            if (indent > this.indents[this.indents.length - 1]!) {
              this.indents.push(indent);
              this.layout(T.Indent);
              return;
            }
            bail("empty suite");
          }
          this.layout(T.Newline);
          return;
        }
        const top = this.indents[this.indents.length - 1]!;
        if (indent < top && firstComment < top) {
          this.indents.pop();
          if (indent > this.indents[this.indents.length - 1]!) bail("inconsistent dedent");
          this.layout(T.Dedent);
          return;
        }
        if (firstComment >= 0) {
          let e = src.indexOf("\n", commentAt);
          if (e < 0) e = this.len;
          this.addExtra("comment", commentAt, e);
          this.pos = e;
          continue;
        }
        if (p >= this.len) {
          this.pos = p;
          this.layout(T.EOF);
          return;
        }
        if (indent > top) bail("unexpected indent");
      } else if (eol) {
        // Inside brackets a newline is whitespace; comments met on the way are extras in order.
        if (firstComment >= 0) {
          let e = src.indexOf("\n", commentAt);
          if (e < 0) e = this.len;
          this.addExtra("comment", commentAt, e);
          this.pos = e;
          continue;
        }
        if (p >= this.len) bail("end of file inside brackets");
      }
      this.lexToken(p);
      return;
    }
  }

  private isIdStartAt(p: number): boolean {
    const cp = this.src.codePointAt(p)!;
    return XID_START.test(String.fromCodePoint(cp));
  }

  private lexToken(p: number): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    this.start = p;
    if (this.contPending) {
      this.contPending = false;
      // The scanner lexes a string start right through a continuation (it skips "\\\n" as whitespace), so
      // before a string the continuation leaves no node.
      if (c === 34 || c === 39 || (isPrefixLetter(c) && this.prefixedQuote(p) >= 0)) this.extras.pop();
    }
    this.lineOpen = true;
    this.afterColon = false;
    if (isAsciiIdStart(c) || c > 127) {
      if (isPrefixLetter(c)) {
        const q = this.prefixedQuote(p);
        if (q >= 0) {
          this.kind = T.Str;
          this.end = q;
          this.text = "";
          this.pos = q;
          return;
        }
      }
      let e = p + 1;
      if (c > 127) {
        if (!this.isIdStartAt(p)) bail("unusual character");
        e = p + (src.codePointAt(p)! > 0xffff ? 2 : 1);
      }
      for (;;) {
        const d = src.charCodeAt(e);
        if (isAsciiIdPart(d)) e++;
        else if (d > 127) {
          const cp = src.codePointAt(e)!;
          if (!XID_CONTINUE.test(String.fromCodePoint(cp))) break;
          e += cp > 0xffff ? 2 : 1;
        } else break;
      }
      this.kind = T.Name;
      this.end = this.pos = e;
      this.text = src.slice(p, e);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(p + 1)))) {
      this.lexNumber(p);
      return;
    }
    if (c === 34 || c === 39) {
      this.kind = T.Str;
      this.end = this.pos = p;
      this.text = "";
      return;
    }
    this.lexOp(p, c);
  }

  /** The offset of the quote if a run of prefix letters at p is followed by one, else -1. */
  private prefixedQuote(p: number): number {
    const src = this.src;
    let e = p;
    while (isPrefixLetter(src.charCodeAt(e))) e++;
    const q = src.charCodeAt(e);
    return q === 34 || q === 39 ? e : -1;
  }

  private digits(p: number): number {
    const src = this.src;
    while (isDigit(src.charCodeAt(p)) || (src.charCodeAt(p) === 95 && isDigit(src.charCodeAt(p + 1)))) p++;
    return p;
  }

  private lexNumber(p: number): void {
    const src = this.src;
    let e = p;
    let float = false;
    const c1 = src.charCodeAt(p + 1) | 32;
    if (src.charCodeAt(p) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      e = p + 2;
      while (isHex(src.charCodeAt(e)) || src.charCodeAt(e) === 95) e++;
    } else {
      e = this.digits(p);
      if (src.charCodeAt(e) === 46) {
        float = true;
        e = this.digits(e + 1);
      }
      const x = src.charCodeAt(e) | 32;
      if (x === 101) {
        let f = e + 1;
        const s = src.charCodeAt(f);
        if (s === 43 || s === 45) f++;
        if (isDigit(src.charCodeAt(f))) {
          float = true;
          e = this.digits(f);
        }
      }
      if ((src.charCodeAt(e) | 32) === 106) e++;
      else if (!float && (src.charCodeAt(e) | 32) === 108) e++;
    }
    const after = src.charCodeAt(e);
    if (isAsciiIdPart(after) || after === 46 || after > 127) bail("unusual number");
    this.kind = float ? T.Float : T.Int;
    this.end = this.pos = e;
    this.text = "";
  }

  private op(p: number, n: number, text: string): void {
    this.kind = T.Op;
    this.text = text;
    this.end = this.pos = p + n;
  }

  private lexOp(p: number, c: number): void {
    const src = this.src;
    const c2 = src.charCodeAt(p + 1);
    const c3 = src.charCodeAt(p + 2);
    switch (c) {
      case 40: // (
        this.depth++;
        return this.op(p, 1, "(");
      case 91:
        this.depth++;
        return this.op(p, 1, "[");
      case 123:
        this.depth++;
        return this.op(p, 1, "{");
      case 41:
        this.depth--;
        return this.op(p, 1, ")");
      case 93:
        this.depth--;
        return this.op(p, 1, "]");
      case 125:
        this.depth--;
        return this.op(p, 1, "}");
      case 44:
        return this.op(p, 1, ",");
      case 59:
        return this.op(p, 1, ";");
      case 58: // :
        if (c2 === 61) return this.op(p, 2, ":=");
        this.op(p, 1, ":");
        if (this.depth === 0) this.afterColon = true;
        return;
      case 46:
        if (c2 === 46 && c3 === 46) return this.op(p, 3, "...");
        return this.op(p, 1, ".");
      case 64:
        return c2 === 61 ? this.op(p, 2, "@=") : this.op(p, 1, "@");
      case 61:
        return c2 === 61 ? this.op(p, 2, "==") : this.op(p, 1, "=");
      case 33:
        return c2 === 61 ? this.op(p, 2, "!=") : this.op(p, 1, "!");
      case 60: // <
        if (c2 === 60) return c3 === 61 ? this.op(p, 3, "<<=") : this.op(p, 2, "<<");
        if (c2 === 61) return this.op(p, 2, "<=");
        if (c2 === 62) bail("<> operator");
        return this.op(p, 1, "<");
      case 62:
        if (c2 === 62) return c3 === 61 ? this.op(p, 3, ">>=") : this.op(p, 2, ">>");
        if (c2 === 61) return this.op(p, 2, ">=");
        return this.op(p, 1, ">");
      case 43:
        return c2 === 61 ? this.op(p, 2, "+=") : this.op(p, 1, "+");
      case 45:
        if (c2 === 62) return this.op(p, 2, "->");
        return c2 === 61 ? this.op(p, 2, "-=") : this.op(p, 1, "-");
      case 42:
        if (c2 === 42) return c3 === 61 ? this.op(p, 3, "**=") : this.op(p, 2, "**");
        return c2 === 61 ? this.op(p, 2, "*=") : this.op(p, 1, "*");
      case 47:
        if (c2 === 47) return c3 === 61 ? this.op(p, 3, "//=") : this.op(p, 2, "//");
        return c2 === 61 ? this.op(p, 2, "/=") : this.op(p, 1, "/");
      case 37:
        return c2 === 61 ? this.op(p, 2, "%=") : this.op(p, 1, "%");
      case 38:
        return c2 === 61 ? this.op(p, 2, "&=") : this.op(p, 1, "&");
      case 124:
        return c2 === 61 ? this.op(p, 2, "|=") : this.op(p, 1, "|");
      case 94:
        return c2 === 61 ? this.op(p, 2, "^=") : this.op(p, 1, "^");
      case 126:
        return this.op(p, 1, "~");
      default:
        bail("unusual character");
    }
  }
}
