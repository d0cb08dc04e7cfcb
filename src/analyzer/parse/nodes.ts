import type { SyntaxNode, SyntaxTree } from "./index.js";

export function textOf(tree: SyntaxTree, node: SyntaxNode): string {
  return tree.source.slice(node.start, node.end);
}

export function field(node: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const c of node.children) if (c.field === name) return c;
  return undefined;
}

export function fieldAll(node: SyntaxNode, name: string): SyntaxNode[] {
  return node.children.filter((c) => c.field === name);
}

export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => c.named && c.type !== "comment");
}

export function ancestor(node: SyntaxNode, types: readonly string[]): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return undefined;
}

/** Pre-order descendants (excluding the node itself). */
export function descendants(node: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] {
  for (const c of node.children) {
    out.push(c);
    descendants(c, out);
  }
  return out;
}

export function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

const sourceTests = new WeakMap<SyntaxTree, Map<string, boolean>>();

/** sourceHas for a pattern built per node (a name in it): the expression is compiled only on a miss. */
export function sourceMatches(tree: SyntaxTree, pattern: string, flags = ""): boolean {
  let tests = sourceTests.get(tree);
  if (!tests) sourceTests.set(tree, (tests = new Map()));
  const key = `${flags}/${pattern}`;
  let v = tests.get(key);
  if (v === undefined) tests.set(key, (v = new RegExp(pattern, flags).test(tree.source)));
  return v;
}

/**
 * Whether the tree's whole source matches `re`, computed once per tree and pattern. Rules ask file-level
 * questions ("does this file import X?") from detectors that run on every node of a type; a whole-source scan per
 * node is quadratic on large files.
 */
export function sourceHas(tree: SyntaxTree, re: RegExp): boolean {
  let tests = sourceTests.get(tree);
  if (!tests) sourceTests.set(tree, (tests = new Map()));
  const key = `${re.flags}/${re.source}`;
  let v = tests.get(key);
  if (v === undefined) {
    re.lastIndex = 0;
    v = re.test(tree.source);
    tests.set(key, v);
  }
  return v;
}
