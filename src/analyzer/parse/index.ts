import { createRequire } from "node:module";
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
};

let ready: Promise<void> | undefined;
const parsers = new Map<Language, Parser>();

/** Loads the wasm runtime and all grammars once per thread; every later parse is synchronous. */
export function loadGrammars(): Promise<void> {
  ready ??= (async () => {
    await Parser.init();
    const require = createRequire(import.meta.url);
    for (const [lang, file] of Object.entries(GRAMMAR_FILES) as [Language, string][]) {
      const grammar = await TsLanguage.load(require.resolve(file));
      const parser = new Parser();
      parser.setLanguage(grammar);
      parsers.set(lang, parser);
    }
  })();
  return ready;
}

export function grammarsLoaded(): boolean {
  return parsers.size === Object.keys(GRAMMAR_FILES).length;
}

export function parseCode(source: string, language: Language): SyntaxTree {
  const parser = parsers.get(language);
  if (!parser) throw new Error("grammars not loaded: await loadGrammars() first");
  const tree = parser.parse(source);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
  try {
    const nodes: SyntaxNode[] = [];
    const root = copy(tree.walk(), null, nodes);
    return { language, source, root, hasError: tree.rootNode.hasError, nodes };
  } finally {
    tree.delete();
  }
}

function copy(cursor: TreeCursor, parent: SyntaxNode | null, nodes: SyntaxNode[]): SyntaxNode {
  // Iterative walk: deeply nested generated code must not blow the JS stack.
  const root = makeNode(cursor, parent, nodes);
  const stack: SyntaxNode[] = [root];
  let current = root;
  for (;;) {
    if (cursor.gotoFirstChild()) {
      stack.push(current);
      current = makeNode(cursor, current, nodes);
      continue;
    }
    for (;;) {
      if (cursor.gotoNextSibling()) {
        current = makeNode(cursor, stack[stack.length - 1]!, nodes);
        break;
      }
      if (!cursor.gotoParent()) {
        cursor.delete();
        return root;
      }
      current = stack.pop()!;
      if (stack.length === 0) {
        cursor.delete();
        return root;
      }
    }
  }
}

function makeNode(cursor: TreeCursor, parent: SyntaxNode | null, nodes: SyntaxNode[]): SyntaxNode {
  const s = cursor.startPosition;
  const e = cursor.endPosition;
  const node: SyntaxNode = {
    type: cursor.nodeType,
    named: cursor.nodeIsNamed,
    start: cursor.startIndex,
    end: cursor.endIndex,
    startRow: s.row,
    startCol: s.column,
    endRow: e.row,
    endCol: e.column,
    field: cursor.currentFieldName,
    parent,
    children: [],
    order: nodes.length,
  };
  nodes.push(node);
  if (parent) parent.children.push(node);
  return node;
}
