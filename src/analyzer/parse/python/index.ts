import type { SyntaxTree } from "../index.js";
import { lineStarts } from "../lines.js";
import { BailOut } from "./lexer.js";
import { StatementParser } from "./statements.js";
import { finish, placeExtras } from "./tree.js";

export { BailOut } from "./lexer.js";

/**
 * Parses Python into the same tree as tree-sitter-python's parse copied by `parseCode` (same nodes, spans, fields,
 * comments), or throws a BailOut where it cannot be sure of that: the caller then uses tree-sitter.
 */
export function parsePython(source: string): SyntaxTree {
  const parser = new StatementParser(source);
  let root;
  try {
    root = parser.module();
  } catch (e) {
    if (e instanceof RangeError) throw new BailOut("stack overflow");
    throw e;
  }
  const extras = parser.lx.extras;
  if (extras.length > 0 && extras[0]!.start < root.start) root.start = extras[0]!.start;
  placeExtras(root, extras);
  const nodes: SyntaxTree["nodes"] = [];
  finish(root, nodes, lineStarts(source));
  return { language: "python", source, root, hasError: false, nodes };
}
