import type { ClikeLanguage } from "../dataflow/clike.js";
import { parseCode, parseQuality, type SyntaxTree } from "./index.js";

export interface RepairedTree {
  tree: SyntaxTree;
  /** Lines added above the caller's code (subtracted from reported rows). */
  lineShift: number;
  colShift: number;
}

/** Wrappers that make a statement list or a class body parse, each on lines of its own. */
const WRAPPERS: Record<ClikeLanguage, [string, string][]> = {
  c: [["void __purpcode_fragment(void) {", "}"]],
  cpp: [["void __purpcode_fragment() {", "}"]],
  java: [
    ["class PurpcodeFragment {", "}"],
    ["class PurpcodeFragment { void fragment() {", "}}"],
  ],
  csharp: [
    ["class PurpcodeFragment {", "}"],
    ["class PurpcodeFragment { void Fragment() {", "}}"],
  ],
  php: [
    ["<?php class PurpcodeFragment {", "}"],
    ["<?php function purpcode_fragment() {", "}"],
  ],
  go: [["package main\nfunc purpcodeFragment() {", "}"]],
  rust: [
    ["fn purpcode_fragment() {", "}"],
    ["impl PurpcodeFragment {", "}"],
  ],
};

/**
 * Braces a cut-out fragment lacks: closers with no opener (the fragment starts inside a block) and openers never
 * closed (it stops inside one). Strings and comments are skipped roughly; a wrong guess only costs a worse parse,
 * which the scoring then rejects.
 */
function braceBalance(code: string): { open: number; close: number } {
  let depth = 0;
  let min = 0;
  const stripped = code
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/[^\n]*/g, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  for (const ch of stripped) {
    if (ch === "{") depth++;
    else if (ch === "}") {
      depth--;
      if (depth < min) min = depth;
    }
  }
  return { open: -min, close: depth - min };
}

/**
 * CyberSecEval rows and LLM answers are often fragments: statements without their function, methods without
 * their class, PHP without its opening tag, a block cut off halfway. Try the plain parse and a few wrappers
 * (balancing braces), score each without copying the tree, and copy only the best.
 */
export function repairClikeFragment(code: string, language: ClikeLanguage): RepairedTree {
  // PHP without an opening tag: statements cut out of a script, unless it is the HTML part of a template. A
  // closing `?>` before the first opening tag means the cut started inside PHP code too.
  const firstOpen = code.search(/<\?(php|=)/);
  const firstClose = code.indexOf("?>");
  const needsTag =
    language === "php" &&
    !/^\s*<[a-zA-Z!/]/.test(code) &&
    (firstOpen < 0 || (firstClose >= 0 && firstClose < firstOpen));
  const plainSource = needsTag ? "<?php\n" + code : code;
  const plainShift = needsTag ? 1 : 0;
  const plain = parseCode(plainSource, language);
  if (!plain.hasError) return { tree: plain, lineShift: plainShift, colShift: 0 };
  let best = { source: plainSource, lineShift: plainShift, score: parseQuality(plainSource, language) };
  const { open, close } = braceBalance(code);
  const consider = (head: string, tail: string) => {
    const header = head + "{".repeat(open);
    const source = `${header}\n${code}\n${"}".repeat(close)}${tail}`;
    const score = parseQuality(source, language);
    if (score > best.score) best = { source, lineShift: header.split("\n").length, score };
  };
  if (open > 0 || close > 0) consider(needsTag ? "<?php" : language === "go" ? "package main" : "", "");
  for (const [head, tail] of WRAPPERS[language]) {
    if (needsTag || language !== "php") consider(head, tail);
  }
  if (best.source === plainSource) return { tree: plain, lineShift: plainShift, colShift: 0 };
  return { tree: parseCode(best.source, language), lineShift: best.lineShift, colShift: 0 };
}

/**
 * JavaScript / TypeScript cut out of a file: the tail of one function and the head of the next, a method without
 * its class, members of an object literal, a call cut off halfway. Candidates keep every character at its line and
 * column: openers for the unmatched closers on a line of their own above the code, or those closers (and a comma
 * right after one) blanked out, each with the brackets still open closed in order at the end; a class wrapper for
 * method fragments. The best-scoring parse wins; code that parses as it is is returned untouched.
 */
/** parseQuality's structure types as JavaScript names them. */
const JS_STRUCTURE = new Set(["call_expression", "expression_statement"]);

export function repairJsFragment(code: string, language: "javascript" | "typescript"): RepairedTree {
  const plain = parseCode(code, language);
  if (!plain.hasError) return { tree: plain, lineShift: 0, colShift: 0 };
  // The plain parse's score from the tree already copied (parseQuality's count), not from a second parse.
  let errors = 0;
  let structure = 0;
  for (const n of plain.nodes)
    if (n.type === "ERROR") errors++;
    else if (JS_STRUCTURE.has(n.type)) structure++;
  let best = { source: code, lineShift: 0, score: structure - 5 * errors };
  const consider = (source: string, lineShift: number) => {
    const score = parseQuality(source, language);
    if (score > best.score) best = { source, lineShift, score };
  };
  const scan = bracketScan(code);
  const tail = scan.closers ? `\n${scan.closers}` : "";
  const leading = scan.unmatched.filter((i) => code[i] === "}").length;
  if (leading > 0 || scan.closers) consider(`${"{".repeat(leading)}\n${code}${tail}`, 1);
  if (scan.unmatched.length) {
    const chars = code.split("");
    for (const i of scan.unmatched) {
      chars[i] = " ";
      const next = /^\s*,/.exec(code.slice(i + 1, i + 40));
      if (next) chars[i + next[0].length] = " ";
    }
    consider(chars.join("") + tail, 0);
  }
  if (leading === 0 && /^\s*(static\s+|async\s+|get\s+|set\s+)*[\w$]+\s*\([^)]*\)\s*\{/m.test(code))
    consider(`class PurpcodeFragment {\n${code}${tail}\n}`, 1);
  if (best.source === code) return { tree: plain, lineShift: 0, colShift: 0 };
  return { tree: parseCode(best.source, language), lineShift: best.lineShift, colShift: 0 };
}

/**
 * One pass over JS text, skipping strings and comments (regex literals are not told apart; a wrong guess only
 * costs a worse parse, which the scoring rejects): the offsets of closers with no opener in the fragment, and the
 * closers for the brackets still open at the end, innermost first.
 */
function bracketScan(code: string): { unmatched: number[]; closers: string } {
  const stack: string[] = [];
  const unmatched: number[] = [];
  let quote = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote || (ch === "\n" && quote !== "`")) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "/" && (code[i + 1] === "/" || code[i + 1] === "*")) {
      const end = code[i + 1] === "/" ? code.indexOf("\n", i) : code.indexOf("*/", i + 2) + 1;
      i = end <= 0 ? code.length : end;
    } else if (ch === "{" || ch === "(" || ch === "[") stack.push(ch === "{" ? "}" : ch === "(" ? ")" : "]");
    else if (ch === "}" || ch === ")" || ch === "]") {
      if (stack.length && stack[stack.length - 1] === ch) stack.pop();
      else if (stack.length === 0) unmatched.push(i);
    }
  }
  return { unmatched, closers: stack.reverse().join("") };
}

/**
 * The closers for brackets a Python fragment leaves open (cut off inside a multi-line call), innermost first; ""
 * when none are open or the text ends inside a string. Strings (prefixed, triple-quoted) and comments are
 * skipped; a stray closer resets nothing, it is just ignored.
 */
export function pythonOpenBrackets(code: string): string {
  const stack: string[] = [];
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  let i = 0;
  while (i < code.length) {
    const ch = code[i]!;
    if (ch === "#") {
      const nl = code.indexOf("\n", i);
      if (nl < 0) break;
      i = nl + 1;
    } else if (ch === '"' || ch === "'") {
      const triple = code.startsWith(ch.repeat(3), i);
      const quote = triple ? ch.repeat(3) : ch;
      let j = i + quote.length;
      for (;;) {
        if (j >= code.length) return "";
        if (code[j] === "\\") j += 2;
        else if (code.startsWith(quote, j)) break;
        else if (!triple && code[j] === "\n") break;
        else j++;
      }
      i = j + quote.length;
    } else {
      if (pairs[ch]) stack.push(pairs[ch]);
      else if ((ch === ")" || ch === "]" || ch === "}") && stack[stack.length - 1] === ch) stack.pop();
      i++;
    }
  }
  return stack.reverse().join("");
}

/**
 * Python 2's `exec EXPR in G, L` statement, which the grammar only accepts with a name or a string for EXPR
 * (`exec self.request.body in ns` is an ERROR), written as the call Python 3 has instead: `exec(EXPR, G, L)`.
 * Lines keep their number; only columns after `exec` on a rewritten line move. Undefined when no line changes.
 */
export function pythonExecCalls(code: string): string | undefined {
  let changed = false;
  const out = code.replace(
    /^([ \t]*)exec[ \t]+(?![(=.,:\s])([^\n#]*?)(?:[ \t]+in[ \t]+([^\n#]*?))?[ \t]*(#[^\n]*)?$/gm,
    (whole: string, indent: string, expr: string, scope: string | undefined, comment: string | undefined) => {
      // `exec "..." in ns` and `exec code` already parse; only rewrite what would not.
      if (/^(\w+|"[^"\n]*"|'[^'\n]*')$/.test(expr)) return whole;
      changed = true;
      return `${indent}exec(${expr}${scope ? `, ${scope}` : ""})${comment ? " " + comment : ""}`;
    },
  );
  return changed ? out : undefined;
}
