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
  // PHP without an opening tag: statements cut out of a script, unless it is the HTML part of a template.
  const needsTag = language === "php" && !/<\?(php|=)/.test(code) && !/^\s*<[a-zA-Z!/]/.test(code);
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
