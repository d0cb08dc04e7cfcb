import { createRequire } from "node:module";
import { lineStarts, rowFrom } from "./lines.js";
import { BailOut, parsePython } from "./python/index.js";
import { Language as TsLanguage, Parser, type TreeCursor } from "web-tree-sitter";
import type { Language } from "../types.js";

/**
 * A plain-object copy of the tree-sitter tree. Rules and the data-flow pass visit nodes many times; reading
 * fields across the wasm boundary each time is several times slower than one copy up front.
 */
export interface SyntaxNode {
  type: string;
  named: boolean;
  start: number;
  end: number;
  /** 0-based row/column as tree-sitter reports them. */
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
  field: string | null;
  parent: SyntaxNode | null;
  children: SyntaxNode[];
  /** Ordinal of this node in a pre-order walk; data flow uses it as "program position". */
  order: number;
}

export interface SyntaxTree {
  language: Language;
  source: string;
  root: SyntaxNode;
  hasError: boolean;
  /** Every node in pre-order, so rules can scan by type without recursion. */
  nodes: SyntaxNode[];
}

const GRAMMAR_FILES: Record<Language, string> = {
  python: "tree-sitter-python/tree-sitter-python.wasm",
  javascript: "tree-sitter-javascript/tree-sitter-javascript.wasm",
  typescript: "tree-sitter-typescript/tree-sitter-typescript.wasm",
  c: "tree-sitter-c/tree-sitter-c.wasm",
  cpp: "tree-sitter-cpp/tree-sitter-cpp.wasm",
  csharp: "tree-sitter-c-sharp/tree-sitter-c_sharp.wasm",
  java: "tree-sitter-java/tree-sitter-java.wasm",
  php: "tree-sitter-php/tree-sitter-php.wasm",
  go: "tree-sitter-go/tree-sitter-go.wasm",
  rust: "tree-sitter-rust/tree-sitter-rust.wasm",
};

let runtime: Promise<void> | undefined;

/**
 * The emscripten module behind web-tree-sitter: `Parser.init(options)` makes the options object the module, so
 * after init it carries the exported C functions. The copy below calls the cursor functions directly: the
 * cursor's state stays in the binding's transfer buffer between calls, so the four JS-side writes that
 * web-tree-sitter does before every cursor call (about 40% of a parse's CPU on large files) are not needed.
 */
interface CursorExports {
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
}
const emscripten: Partial<CursorExports> & { HEAPU8?: Uint8Array } = {};

/** This thread's tree-sitter linear memory (0 before the runtime loads): it grows with the largest parse, never shrinks. */
export function wasmMemoryBytes(): number {
  return emscripten.HEAPU8?.buffer.byteLength ?? 0;
}
const CURSOR_EXPORTS: (keyof CursorExports)[] = [
  "_ts_tree_cursor_current_node_type_id_wasm",
  "_ts_tree_cursor_current_field_id_wasm",
  "_ts_tree_cursor_start_index_wasm",
  "_ts_tree_cursor_end_index_wasm",
  "_ts_tree_cursor_goto_first_child_wasm",
  "_ts_tree_cursor_goto_next_sibling_wasm",
  "_ts_tree_cursor_goto_parent_wasm",
];

/** The cursor operations the copy needs; `direct` when the C functions are reachable, else the public API. */
interface Walker {
  typeId(): number;
  fieldId(): number;
  startIndex(): number;
  endIndex(): number;
  firstChild(): boolean;
  nextSibling(): boolean;
  parent(): boolean;
}

function walker(cursor: TreeCursor): Walker {
  const tree = (cursor as unknown as { tree?: { 0?: number } }).tree?.[0];
  if (typeof tree === "number" && CURSOR_EXPORTS.every((k) => typeof emscripten[k] === "function")) {
    const c = emscripten as CursorExports;
    void cursor.nodeTypeId; // writes the cursor into the transfer buffer once; the C calls below keep it there
    return {
      typeId: () => c._ts_tree_cursor_current_node_type_id_wasm(tree),
      fieldId: () => c._ts_tree_cursor_current_field_id_wasm(tree),
      startIndex: () => c._ts_tree_cursor_start_index_wasm(tree),
      endIndex: () => c._ts_tree_cursor_end_index_wasm(tree),
      firstChild: () => c._ts_tree_cursor_goto_first_child_wasm(tree) === 1,
      nextSibling: () => c._ts_tree_cursor_goto_next_sibling_wasm(tree) === 1,
      parent: () => c._ts_tree_cursor_goto_parent_wasm(tree) === 1,
    };
  }
  return {
    typeId: () => cursor.nodeTypeId,
    fieldId: () => cursor.currentFieldId,
    startIndex: () => cursor.startIndex,
    endIndex: () => cursor.endIndex,
    firstChild: () => cursor.gotoFirstChild(),
    nextSibling: () => cursor.gotoNextSibling(),
    parent: () => cursor.gotoParent(),
  };
}
const loading = new Map<Language, Promise<void>>();
const parsers = new Map<Language, Parser>();

/**
 * TypeScript with JSX (`.tsx`, React components in answers) does not parse with the TypeScript grammar; the TSX
 * grammar (same package, same node types plus JSX) does, but it rejects `<T>x` casts, so it is the second try:
 * loaded with TypeScript, used when the TypeScript parse has errors and the TSX parse has none.
 */
const TSX_FILE = "tree-sitter-typescript/tree-sitter-tsx.wasm";
let tsxParser: Parser | undefined;

/**
 * Loads the wasm runtime and the given grammars (default: all) once per thread; every later parse is
 * synchronous. Workers load only the languages their jobs need, which keeps pool start-up short.
 */
export function loadGrammars(
  languages: readonly Language[] = Object.keys(GRAMMAR_FILES) as Language[],
): Promise<void> {
  runtime ??= Parser.init(emscripten);
  const require = createRequire(import.meta.url);
  return Promise.all(
    languages.map((lang) => {
      let p = loading.get(lang);
      if (!p) {
        p = runtime!.then(async () => {
          const grammar = await TsLanguage.load(require.resolve(GRAMMAR_FILES[lang]));
          const parser = new Parser();
          parser.setLanguage(grammar);
          if (lang === "typescript") {
            const tsx = new Parser();
            tsx.setLanguage(await TsLanguage.load(require.resolve(TSX_FILE)));
            tsxParser = tsx;
          }
          parsers.set(lang, parser);
        });
        loading.set(lang, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

export function grammarsLoaded(language?: Language): boolean {
  return language ? parsers.has(language) : parsers.size === Object.keys(GRAMMAR_FILES).length;
}

interface GrammarTables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
}
const tables = new Map<Language | "tsx", GrammarTables>();

function tablesFor(language: Language | "tsx", grammar: TsLanguage): GrammarTables {
  let t = tables.get(language);
  if (!t) {
    const types = grammar.types.map((x, i) => x ?? `#${i}`);
    t = { types, named: types.map((_, i) => grammar.nodeTypeIsNamed(i)), fields: grammar.fields };
    tables.set(language, t);
  }
  return t;
}

/**
 * Python is parsed by the hand-written parser in ./python (the same tree, built directly: no wasm parse, no copy)
 * unless it bails out, on anything it does not reproduce exactly, or PURPCODE_PY_PARSER=wasm asks for
 * tree-sitter only (for A/B comparisons).
 */
function handParserOn(): boolean {
  return process.env.PURPCODE_PY_PARSER !== "wasm";
}

export function parseCode(source: string, language: Language): SyntaxTree {
  const parser = parsers.get(language);
  if (!parser?.language) throw new Error("grammars not loaded: await loadGrammars() first");
  if (language === "python" && handParserOn()) {
    try {
      return parsePython(source);
    } catch (e) {
      if (!(e instanceof BailOut)) throw e;
    }
  }
  return parseTreeSitter(source, language);
}

/** The tree-sitter parse and copy, whatever the language (the reference the hand-written parser is checked on). */
export function parseTreeSitter(source: string, language: Language): SyntaxTree {
  const parser = parsers.get(language);
  if (!parser?.language) throw new Error("grammars not loaded: await loadGrammars() first");
  let tree = parser.parse(source);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
  let grammar: { key: Language | "tsx"; language: TsLanguage } = { key: language, language: parser.language };
  if (language === "typescript" && tree.rootNode.hasError && tsxParser?.language) {
    const tsx = tsxParser.parse(source);
    if (tsx && !tsx.rootNode.hasError) {
      tree.delete();
      tree = tsx;
      grammar = { key: "tsx", language: tsxParser.language };
    } else tsx?.delete();
  }
  if (tree.rootNode.hasError && language !== "python") {
    // Syntax the pinned grammars lack: each repair rewrites a copy to the same length, so every offset (and node
    // text, read from the original) stays; the retry is kept only when it parses cleanly.
    const repaired = repairForGrammar(source, language);
    const tries: { key: Language | "tsx"; parser: Parser }[] = [{ key: language, parser }];
    if (language === "typescript" && tsxParser?.language) tries.push({ key: "tsx", parser: tsxParser });
    for (const t of repaired === source ? [] : tries) {
      const retry = t.parser.parse(repaired);
      if (retry && !retry.rootNode.hasError && t.parser.language) {
        tree.delete();
        tree = retry;
        grammar = { key: t.key, language: t.parser.language };
        break;
      }
      retry?.delete();
    }
  }
  try {
    const nodes: SyntaxNode[] = [];
    const starts = lineStarts(source);
    const cursor = tree.walk();
    const root = copy(
      cursor,
      nodes,
      tablesFor(grammar.key, grammar.language),
      starts,
      SKIPPED_PUNCTUATION[language],
      SKIPPED_NAMED[language],
    );
    return { language, source, root, hasError: tree.rootNode.hasError, nodes };
  } finally {
    tree.delete();
  }
}

/**
 * Same-length rewrites for syntax the pinned grammars reject. JavaScript/TypeScript (tree-sitter-javascript 0.25 /
 * tree-sitter-typescript 0.23, the latest on npm): `using` as a plain variable (0.25 takes it for the start of an
 * explicit-resource declaration, so knex's `using += ','` failed the whole file), TypeScript 5's `export type * from`
 * (common in `.d.ts` barrels) and TypeScript 4.7's `in`/`out` variance annotations (zod 4's sources). C/C++: the
 * `#ifdef __cplusplus` / `extern "C" {` ... `#ifdef __cplusplus` / `}` guard of nearly every C header, whose braces
 * sit in two separate preprocessor blocks that tree-sitter cannot pair.
 */
function repairForGrammar(source: string, language: Language): string {
  if (language === "c" || language === "cpp") {
    if (!source.includes("__cplusplus")) return source;
    return source.replace(CPLUSPLUS_GUARD, (block) => block.replace(/[^\n]/g, " "));
  }
  if (language !== "javascript" && language !== "typescript") return source;
  let out = source;
  if (/\busing\b/.test(out)) out = out.replace(/\busing\b/g, "_sing");
  if (/\bexport\s+type\s+\*/.test(out)) out = out.replace(/\b(export\s+)type(\s+\*)/g, "$1    $2");
  // TypeScript 4.7's variance annotations on type parameters: `interface Box<out T, in U = never>`.
  if (/[<,]\s*(?:in|out)\s/.test(out))
    out = out.replace(
      /([<,]\s*)(in|out)(?=\s+[A-Za-z_$][\w$]*\s*(?:[,>=]|extends\s))/g,
      (_, pre: string, word: string) => pre + " ".repeat(word.length),
    );
  return out;
}
/** `#ifdef __cplusplus` (or `#if defined(__cplusplus)`), then only `extern "C" {` or `}`, then `#endif`. */
const CPLUSPLUS_GUARD =
  /^[ \t]*#[ \t]*if(?:def[ \t]+__cplusplus|[ \t]+defined[ \t]*\(?[ \t]*__cplusplus[ \t]*\)?)[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*\*\/)?\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:extern[ \t]+"C"[ \t]*\{|\})[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*\*\/)?\r?\n(?:[ \t]*\r?\n)*[ \t]*#[ \t]*endif\b[^\n]*$/gm;

/**
 * How well a source parses, without copying the tree: recovered structure (calls, assignments, functions) minus
 * five per error node. Used to choose between repairs of a broken fragment before paying for one copy.
 */
export function parseQuality(source: string, language: Language): number {
  const parser = parsers.get(language);
  if (!parser) throw new Error("grammars not loaded: await loadGrammars() first");
  const tree = parser.parse(source);
  if (!tree) return -Infinity;
  try {
    const root = tree.rootNode;
    const structure = language === "python" ? STRUCTURE : CLIKE_STRUCTURE;
    if (!root.hasError) return root.descendantsOfType(structure).length;
    return root.descendantsOfType(structure).length - 5 * root.descendantsOfType("ERROR").length;
  } finally {
    tree.delete();
  }
}
const STRUCTURE = ["call", "assignment", "function_definition"];
/** Recovered structure in the brace languages (calls and method calls by each grammar's name). */
const CLIKE_STRUCTURE = [
  "call_expression",
  "method_invocation",
  "invocation_expression",
  "function_call_expression",
  "member_call_expression",
  "expression_statement",
];

const NO_CHILDREN: SyntaxNode[] = [];

/**
 * Punctuation no rule reads (calls, subscripts and blocks are read through their fields and named children).
 * Not copying it saves about a quarter of the nodes, and their allocation, on typical code. Only for the
 * languages whose rules were checked for it.
 */
const SKIPPED_PUNCTUATION: Partial<Record<Language, ReadonlySet<string>>> = {
  python: new Set(["(", ")", ",", "[", "]", "{", "}", ":", ".", ";"]),
  javascript: new Set(["(", ")", ",", "[", "]", "{", "}", ".", ";"]),
  typescript: new Set(["(", ")", ",", "[", "]", "{", "}", ".", ";"]),
};

/**
 * Named leaves no rule reads: a Python string's quote tokens (`string_start` holds the quote and prefix,
 * `string_end` the closing quote; rules read the `string` node's text and its `string_content` children). Every
 * string has both, about a tenth of a Python file's nodes.
 */
const SKIPPED_NAMED: Partial<Record<Language, ReadonlySet<string>>> = {
  python: new Set(["string_start", "string_end"]),
};

/**
 * Copies the tree with as few wasm calls per node as possible: type and field by numeric id (names from
 * per-grammar tables), offsets for named nodes only, rows and columns computed here (pre-order start offsets
 * never decrease, so the start row only moves forward). Iterative, so deeply nested generated code cannot
 * overflow the JS stack.
 */
function copy(
  treeCursor: TreeCursor,
  nodes: SyntaxNode[],
  t: GrammarTables,
  lineStarts: number[],
  skip: ReadonlySet<string> | undefined,
  skipNamed: ReadonlySet<string> | undefined,
): SyntaxNode {
  let row = 0;
  const cursor = walker(treeCursor);
  const make = (parent: SyntaxNode | null): SyntaxNode | null => {
    const typeId = cursor.typeId();
    const named = t.named[typeId] ?? true;
    let start: number;
    let end: number;
    let fieldName: string | null = null;
    if (named || parent === null) {
      if (skipNamed?.has(t.types[typeId] ?? "")) return null;
      start = cursor.startIndex();
      end = cursor.endIndex();
      fieldName = t.fields[cursor.fieldId()] ?? null;
    } else {
      const type = t.types[typeId] ?? "";
      if (skip?.has(type)) return null;
      // Anonymous tokens (operators, keywords) are only ever read by type.
      start = end = parent.start;
    }
    if (lineStarts[row]! > start)
      row = rowFrom(lineStarts, start, 0); // defensive: never expected
    else row = rowFrom(lineStarts, start, row);
    const startRow = row;
    const endRow = end === start ? startRow : rowFrom(lineStarts, end, startRow);
    const node: SyntaxNode = {
      type: named ? (t.types[typeId] ?? "ERROR") : (t.types[typeId] ?? ""),
      named,
      start,
      end,
      startRow,
      startCol: start - lineStarts[startRow]!,
      endRow,
      endCol: end - lineStarts[endRow]!,
      field: fieldName,
      parent,
      children: NO_CHILDREN,
      order: nodes.length,
    };
    nodes.push(node);
    if (parent) pending.push(node);
    return node;
  };
  // Children wait in one shared stack until their parent is complete, then get an array of exactly their
  // number: growing each node's own array by push over-allocates (V8 grows a 1-slot array to 17 slots), which
  // was about a third of the copy's memory and much of its GC time on large files.
  const pending: SyntaxNode[] = [];
  const marks: number[] = [];
  const close = (node: SyntaxNode) => {
    const mark = marks.pop()!;
    if (pending.length > mark) {
      node.children = pending.slice(mark);
      pending.length = mark;
    }
  };
  const root = make(null)!;
  let parent = root;
  if (!cursor.firstChild()) {
    treeCursor.delete();
    return root;
  }
  marks.push(0);
  for (;;) {
    // The cursor is on a child of `parent`.
    const node = make(parent);
    if (node && cursor.firstChild()) {
      marks.push(pending.length);
      parent = node;
      continue;
    }
    for (;;) {
      if (cursor.nextSibling()) break;
      cursor.parent(); // back on `parent`
      close(parent);
      if (parent === root) {
        treeCursor.delete();
        return root;
      }
      parent = parent.parent!;
    }
  }
}
