import type { SyntaxNode } from "../../parse/index.js";
import type { ClikeContext } from "../../dataflow/clike.js";

/** A name as a whole word in some text. */
export function mentions(text: string, name: string): boolean {
  const esc = name.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w$])${esc}(?![\\w$])`).test(text);
}

/** The text of the function around a node (the whole snippet outside any function). */
export function scopeText(ctx: ClikeContext, node: SyntaxNode): string {
  const fn = ctx.enclosingFunction(node);
  return fn ? ctx.text(fn) : ctx.tree.source;
}

/**
 * The plain variable an allocation's result is stored in (`char *b = malloc(n)`, `b = (char *)malloc(n)`),
 * through casts and parentheses; undefined when it goes anywhere else (a field, an argument, a return).
 */
export function allocationTarget(ctx: ClikeContext, call: SyntaxNode): string | undefined {
  let p = call.parent;
  while (p && /cast_expression|parenthesized_expression/.test(p.type)) p = p.parent;
  const target =
    p?.type === "init_declarator"
      ? p.children.find((c) => c.field === "declarator")
      : p?.type === "assignment_expression"
        ? p.children.find((c) => c.field === "left")
        : undefined;
  const name = target && ctx.text(target).replace(/^\*+\s*/, "");
  return name && /^\w+$/.test(name) ? name : undefined;
}

/** Identifiers in an expression, outside `sizeof` and type names. */
export function identifiers(ctx: ClikeContext, node: SyntaxNode): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "sizeof_expression" || n.field === "type") continue;
    if (n.type === "identifier") out.push(ctx.text(n));
    else if (n.type === "call_expression")
      // The callee is not data: `strlen(s)` names `s`.
      for (const a of ctx.args(n)) stack.push(a);
    else stack.push(...n.children);
  }
  return out;
}

export interface Declared {
  /** The declared type text (`long long`, `char`, `const char`). */
  type: string;
  pointer: boolean;
  array: boolean;
  parameter: boolean;
}

const declCache = new WeakMap<SyntaxNode, SyntaxNode[]>();

/** How a name is declared in the function around `at` (parameters and locals), when the snippet says. */
export function declaredIn(ctx: ClikeContext, name: string, at: SyntaxNode): Declared | undefined {
  const fn = ctx.enclosingFunction(at);
  const key = fn ?? ctx.tree.root;
  let nodes = declCache.get(key);
  if (!nodes) {
    nodes = (
      fn ? ctx.tree.nodes.filter((n) => n.order >= fn.order && n.end <= fn.end) : ctx.tree.nodes
    ).filter((n) => n.type === "parameter_declaration" || n.type === "declaration");
    declCache.set(key, nodes);
  }
  for (const n of nodes) {
    const type = n.children.find((c) => c.field === "type");
    if (!type) continue;
    for (const d of n.children.filter((c) => c.field === "declarator")) {
      let cur: SyntaxNode | undefined = d;
      let pointer = false;
      let array = false;
      while (cur && cur.type !== "identifier") {
        if (cur.type === "pointer_declarator" || cur.type === "reference_declarator") pointer = true;
        if (cur.type === "array_declarator") array = true;
        cur = cur.children.find((c) => c.field === "declarator") ?? cur.children.find((c) => c.named);
        if (cur?.type === "init_declarator") cur = cur.children.find((c) => c.field === "declarator");
      }
      if (cur && ctx.text(cur) === name)
        return { type: ctx.text(type), pointer, array, parameter: n.type === "parameter_declaration" };
    }
  }
  return undefined;
}

/** The function around `at` checks `name` against something: `n > 0`, `n == 0`, `!n`, `if (n)`, `n != NULL`. */
export function checkedIn(ctx: ClikeContext, name: string, at: SyntaxNode): boolean {
  const text = scopeText(ctx, at);
  const esc = name.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");
  return new RegExp(
    `(^|[^\\w$.>])${esc}\\s*(<|>|<=|>=|==|!=)[^<>]|[^<>](<|>|<=|>=|==|!=)\\s*${esc}(?![\\w$])|!\\s*${esc}(?![\\w$])|\\b(if|while|assert)\\s*\\(\\s*${esc}\\s*[)&|]`,
  ).test(text);
}
