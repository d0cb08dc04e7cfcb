import type { SyntaxNode, SyntaxTree } from "../index.js";

function path(n: SyntaxNode): string {
  const parts: string[] = [];
  for (let x: SyntaxNode | null = n; x; x = x.parent) parts.push(x.type);
  return parts.reverse().join(" > ");
}

const describe = (n: SyntaxNode): string =>
  `${n.type}${n.named ? "" : "(anon)"} [${n.start},${n.end}] ${n.startRow}:${n.startCol}-${n.endRow}:${n.endCol}` +
  ` field=${n.field} parent=${n.parent?.order ?? -1} kids=${n.children.length}`;

/** The first difference between two trees, or null when identical. */
export function diffTrees(a: SyntaxTree, b: SyntaxTree): string | null {
  if (a.hasError !== b.hasError) return `hasError ${a.hasError} vs ${b.hasError}`;
  const n = Math.min(a.nodes.length, b.nodes.length);
  for (let i = 0; i < n; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (
      x.type !== y.type ||
      x.named !== y.named ||
      x.start !== y.start ||
      x.end !== y.end ||
      x.startRow !== y.startRow ||
      x.startCol !== y.startCol ||
      x.endRow !== y.endRow ||
      x.endCol !== y.endCol ||
      x.field !== y.field ||
      x.order !== y.order ||
      (x.parent?.order ?? -1) !== (y.parent?.order ?? -1) ||
      x.children.length !== y.children.length
    ) {
      return `node ${i} at ${path(x)}\n    tree-sitter: ${describe(x)}\n    hand:        ${describe(y)}`;
    }
  }
  if (a.nodes.length !== b.nodes.length) return `node count ${a.nodes.length} vs ${b.nodes.length}`;
  return null;
}
