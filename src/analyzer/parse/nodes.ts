import type { SyntaxNode, SyntaxTree } from "./index.js";

export function textOf(tree: SyntaxTree, node: SyntaxNode): string {
  return tree.source.slice(node.start, node.end);
}

// The helpers below loop by index: they run on every node of every scan, much of it before V8 optimises the
// caller, and a for-of loop there allocates an iterator and a result object per step (a fifth of a stdlib
// scan's allocation came from for-of loops).
export function field(node: SyntaxNode, name: string): SyntaxNode | undefined {
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) if (kids[i]!.field === name) return kids[i];
  return undefined;
}

export function fieldAll(node: SyntaxNode, name: string): SyntaxNode[] {
  return node.children.filter((c) => c.field === name);
}

export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => c.named && c.type !== "comment");
}

/**
 * The expression inside any parentheses: `((x))` is `x`. Each step takes the first named child that is not a
 * comment (what `namedChildren(n)[0]` gives) without building the filtered array; a pair of parentheses with no
 * such child gives undefined.
 */
export function unparen<T extends SyntaxNode | null | undefined>(
  node: T,
): SyntaxNode | Exclude<T, SyntaxNode> | undefined {
  let n: SyntaxNode | null | undefined = node;
  while (n?.type === "parenthesized_expression") {
    const kids: SyntaxNode[] = n.children;
    n = undefined;
    for (let i = 0; i < kids.length; i++)
      if (kids[i]!.named && kids[i]!.type !== "comment") {
        n = kids[i];
        break;
      }
  }
  return n as SyntaxNode | Exclude<T, SyntaxNode> | undefined;
}

/** A branch's last statement, comments skipped (the branch itself when it is not a block). */
export function lastStatement(branch: SyntaxNode | undefined): SyntaxNode | undefined {
  return branch?.type === "statement_block"
    ? namedChildren(branch)
        .filter((c) => c.type !== "comment")
        .pop()
    : branch;
}

export function ancestor(node: SyntaxNode, types: readonly string[]): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return undefined;
}

/** Pre-order descendants (excluding the node itself). */
export function descendants(node: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] {
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) {
    out.push(kids[i]!);
    descendants(kids[i]!, out);
  }
  return out;
}

export function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * A per-tree memo: `perTree(compute)` is `compute` answered once per parsed tree, then from a WeakMap that lets
 * the tree go. It exists because rules ask file-level questions (the file's template-engine subclasses, its
 * forbidden-key lists, its log handles) from detectors that run on every node of a type: computed per node, a
 * scan of the whole file is quadratic on large files, and each rule kept a WeakMap get-compute-set of its own.
 * Only for answers that depend on the tree alone (not on the node asking). Takes the tree, or a rule context
 * holding it.
 */
export function perTree<A extends SyntaxTree | { readonly tree: SyntaxTree }, T>(
  compute: (arg: A) => T,
): (arg: A) => T {
  const memo = new WeakMap<SyntaxTree, T>();
  return (arg) => {
    const a: SyntaxTree | { readonly tree: SyntaxTree } = arg;
    const tree = "tree" in a ? a.tree : a;
    if (memo.has(tree)) return memo.get(tree) as T;
    const v = compute(arg);
    memo.set(tree, v);
    return v;
  };
}

const typeLists = new WeakMap<SyntaxTree, Map<string, SyntaxNode[]>>();

/**
 * The tree's nodes of the given types in pre-order (`tree.nodes` filtered by type), collected on the first ask
 * for that list of types and kept for the tree. The data flow's per-file indexes and per-name questions each
 * walked every node of the file to pick out its calls, assignments or identifiers (on the stdlib about 9.5M node
 * visits beyond the engine's own pass); files ask for the same few types again and again. The list is shared:
 * callers must not change it.
 */
export function nodesOfType(tree: SyntaxTree, ...types: string[]): readonly SyntaxNode[] {
  let lists = typeLists.get(tree);
  if (!lists) typeLists.set(tree, (lists = new Map()));
  const key = types.length === 1 ? types[0]! : types.join(" ");
  let list = lists.get(key);
  if (!list) {
    list = [];
    const all = tree.nodes;
    if (types.length === 1) {
      const t = types[0];
      for (let i = 0; i < all.length; i++) if (all[i]!.type === t) list.push(all[i]!);
    } else for (let i = 0; i < all.length; i++) if (types.includes(all[i]!.type)) list.push(all[i]!);
    lists.set(key, list);
  }
  return list;
}

/**
 * The nodes of `type` strictly inside `node`, in pre-order: `descendants(node)` filtered by type, read from the
 * tree's list for that type by binary search (a subtree is a run of consecutive pre-order numbers). A detector
 * that scans its enclosing function per node pays the function's size each time; this pays the matches.
 */
export function nodesOfTypeWithin(tree: SyntaxTree, node: SyntaxNode, type: string): readonly SyntaxNode[] {
  let last = node;
  while (last.children.length) last = last.children[last.children.length - 1]!;
  const list = nodesOfType(tree, type);
  return list.slice(firstAfter(list, node.order), firstAfter(list, last.order));
}

/** The index of the first node of `nodes` (in pre-order) whose pre-order number is past `order`; binary search. */
export function firstAfter(nodes: readonly SyntaxNode[], order: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid]!.order <= order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sourceTests = new WeakMap<SyntaxTree, Map<string, boolean>>();

/** Whether the tree's source contains `text`, once per tree and text (a per-node `includes` is quadratic). */
export function sourceIncludes(tree: SyntaxTree, text: string): boolean {
  let tests = sourceTests.get(tree);
  if (!tests) sourceTests.set(tree, (tests = new Map()));
  // "=" cannot start a regex key (`${flags}/${pattern}`), so the two kinds never collide.
  const key = `=${text}`;
  let v = tests.get(key);
  if (v === undefined) tests.set(key, (v = tree.source.includes(text)));
  return v;
}

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
    const modules = importTestModules(key);
    if (modules) v = importsModule(tree, modules);
    else {
      re.lastIndex = 0;
      v = re.test(tree.source);
    }
    tests.set(key, v);
  }
  return v;
}

// Module-import tests (`/^\s*(from|import)\s+(a|b\.c)\b/m`, about 45 of them across the Python rules and data
// flow) each scanned the whole file once per file: 3% of a stdlib pass. One scan per file now lists the dotted
// name at the head of every import line, and such a test is answered from that list with the same result.
const IMPORT_TEST =
  /^m\/\^\\s\*\((?:\?:)?(?:from\|import|import\|from)\)\\s\+(\((?:\?:)?)?((?:\w|\\\.)+(?:\|(?:\w|\\\.)+)*)(\))?\\b$/;
const importTests = new Map<string, readonly string[] | null>();

/** The module names of a `sourceHas` key that is exactly a module-import test, or null. */
export function importTestModules(key: string): readonly string[] | null {
  let names = importTests.get(key);
  if (names === undefined) {
    const m = IMPORT_TEST.exec(key);
    // An opening group needs its closing one (and the reverse): anything else is left to the regex itself.
    names = m && !m[1] === !m[3] ? m[2]!.split("|").map((n) => n.replace(/\\\./g, ".")) : null;
    importTests.set(key, names);
  }
  return names;
}

// `^\s*` and `\s+` as in the tests: the keyword is the line's first non-space text, and the name is the whole
// dotted name after it. The loop restarts one character after each match so that no line start is skipped.
const IMPORT_LINE = /^\s*(?:from|import)\s+(\w+(?:\.\w+)*)/gm;
const importedNames = new WeakMap<SyntaxTree, string[]>();

/** Whether some line of the file starts `from M` / `import M` with M one of `modules` or inside one of them. */
export function importsModule(tree: SyntaxTree, modules: readonly string[]): boolean {
  let names = importedNames.get(tree);
  if (!names) {
    const seen = new Set<string>();
    IMPORT_LINE.lastIndex = 0;
    for (let m = IMPORT_LINE.exec(tree.source); m; m = IMPORT_LINE.exec(tree.source)) {
      seen.add(m[1]!);
      IMPORT_LINE.lastIndex = m.index + 1;
    }
    importedNames.set(tree, (names = [...seen]));
  }
  for (const name of names)
    for (const mod of modules)
      if (name.startsWith(mod) && (name.length === mod.length || name.charCodeAt(mod.length) === 46))
        return true;
  return false;
}
