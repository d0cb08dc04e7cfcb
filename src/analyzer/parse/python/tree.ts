import type { SyntaxNode } from "../index.js";
import { rowFrom } from "../lines.js";
import { bail, type Extra } from "./lexer.js";

export const NO_CHILDREN: SyntaxNode[] = [];

/** A node with the same property order as the tree-sitter copy, so both trees share one hidden class. */
export function mk(
  type: string,
  named: boolean,
  start: number,
  end: number,
  children: SyntaxNode[],
): SyntaxNode {
  return {
    type,
    named,
    start,
    end,
    startRow: 0,
    startCol: 0,
    endRow: 0,
    endCol: 0,
    field: null,
    parent: null,
    // Arrays grown by push keep V8's spare capacity (17 slots after the first push): an exact-size copy is
    // short-lived garbage, while the spare slots would live as long as the tree (about 9% of a stdlib scan's CPU).
    children: children.length > 1 ? children.slice() : children.length === 1 ? [children[0]!] : NO_CHILDREN,
    order: 0,
  };
}

export function withField(node: SyntaxNode, field: string): SyntaxNode {
  node.field = field;
  return node;
}

/**
 * Places comments and line continuations where tree-sitter does: an extra belongs to the deepest node that has
 * tokens both before and after it, which (node spans being exactly their token spans, zero-width layout tokens
 * included) is the deepest node whose span holds it with a token before it.
 */
export function placeExtras(root: SyntaxNode, extras: readonly Extra[]): void {
  if (extras.length === 0) return;
  const byParent = new Map<SyntaxNode, SyntaxNode[]>();
  for (const e of extras) {
    let n = root;
    for (;;) {
      const kids = n.children;
      // The last child starting before the extra.
      let lo = 0;
      let hi = kids.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kids[mid]!.start < e.start) lo = mid + 1;
        else hi = mid;
      }
      const c = lo > 0 ? kids[lo - 1]! : undefined;
      if (c && e.end <= c.end) {
        if (!c.named || c.children.length === 0 || c.type === "string") bail("extra inside a token");
        n = c;
        continue;
      }
      break;
    }
    const node = mk(e.type, true, e.start, e.end, NO_CHILDREN);
    const list = byParent.get(n);
    if (list) list.push(node);
    else byParent.set(n, [node]);
  }
  for (const [parent, added] of byParent) {
    const kids = parent.children;
    const merged: SyntaxNode[] = new Array<SyntaxNode>(kids.length + added.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kids.length || j < added.length) {
      if (j >= added.length || (i < kids.length && kids[i]!.start < added[j]!.start))
        merged[k++] = kids[i++]!;
      else merged[k++] = added[j++]!;
    }
    parent.children = merged;
  }
}

/**
 * The pre-order pass the tree-sitter copy does while copying: order, parent, rows and columns; anonymous tokens
 * take their parent's start as their span, as in the copy. Iterative: generated code nests deeply.
 */
export function finish(root: SyntaxNode, nodes: SyntaxNode[], lineStarts: readonly number[]): void {
  const stack: SyntaxNode[] = [root];
  let row = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const parent = node.parent;
    if (!node.named && parent) node.start = node.end = parent.start;
    const start = node.start;
    if (lineStarts[row]! > start) row = rowFrom(lineStarts, start, 0);
    else row = rowFrom(lineStarts, start, row);
    node.startRow = row;
    node.startCol = start - lineStarts[row]!;
    const endRow = node.end === start ? row : rowFrom(lineStarts, node.end, row);
    node.endRow = endRow;
    node.endCol = node.end - lineStarts[endRow]!;
    node.order = nodes.length;
    nodes.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      k.parent = node;
      stack.push(k);
    }
  }
}
