import type { ClikeContext } from "../../dataflow/clike.js";
import type { SyntaxNode } from "../../parse/index.js";

/** Last name of an lvalue: `result.iv` -> iv, `hashed[i].salt` -> salt, `*iv` -> iv. */
export function lastName(text: string): string {
  const m = /([A-Za-z_]\w*)\s*(\[[^\]]*\]\s*)*$/.exec(text.trim());
  return m ? m[1]! : "";
}

/** Calls that fill a buffer with random bytes; a buffer passed to one of them is not fixed. */
const RANDOM_FILL =
  /\b(RAND_bytes|RAND_priv_bytes|RAND_pseudo_bytes|getrandom|getentropy|arc4random_buf|BCryptGenRandom|CryptGenRandom|randombytes_buf|mbedtls_ctr_drbg_random|RtlGenRandom|generate|random_bytes|fill_random)\s*\(\s*&?\s*([\w.>\-[\]]+)/g;

/** True when the snippet fills a buffer with this last name from a CSPRNG somewhere. */
export function filledRandomly(ctx: ClikeContext, name: string): boolean {
  // Commented-out code does not fill anything.
  const code = ctx.tree.source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
  for (const m of code.matchAll(RANDOM_FILL)) if (lastName(m[2]!) === name) return true;
  return false;
}

/**
 * Where a buffer named like `names` gets fixed bytes: memcpy/strcpy of a literal, memset to a constant, a
 * literal initialiser (`unsigned char iv[16] = {0}` / `= "0123..."`), or a literal passed straight to `calls`
 * at the given argument positions. Each hit is the node to report.
 */
export function fixedBytes(
  ctx: ClikeContext,
  node: SyntaxNode,
  names: RegExp,
  calls: Record<string, number[]>,
): string | undefined {
  if (node.type === "init_declarator") {
    const decl = node.children.find((c) => c.field === "declarator");
    const value = node.children.find((c) => c.field === "value");
    if (!decl || !value || !/^(array_declarator|identifier|pointer_declarator)$/.test(decl.type))
      return undefined;
    const name = lastName(ctx.text(decl).replace(/\[.*$/s, "").replace(/^\*+/, ""));
    if (!names.test(name) || filledRandomly(ctx, name)) return undefined;
    if (value.type === "initializer_list" || ctx.isString(value))
      return `'${name}' is initialised with fixed bytes`;
    return undefined;
  }
  if (node.type !== "call_expression") return undefined;
  const method = ctx.method(node);
  const args = ctx.args(node);
  if (/^(memcpy|memmove|strcpy|strncpy|memset)$/.test(method)) {
    const dst = args[0];
    const src = args[1];
    if (!dst || !src) return undefined;
    const name = lastName(ctx.text(dst).replace(/^\(\s*[\w\s*]+\)\s*/, ""));
    if (!names.test(name) || filledRandomly(ctx, name)) return undefined;
    if (method === "memset" ? ctx.isConstant(src) : ctx.isString(src))
      return `${method}() gives '${name}' fixed bytes`;
    return undefined;
  }
  const positions = calls[method];
  if (!positions) return undefined;
  for (const i of positions) {
    const a = args[i];
    if (a && (ctx.isString(a) || /^\(\s*(const\s+)?(unsigned\s+)?\w+\s*\*\s*\)\s*"/.test(ctx.text(a))))
      return `${method}() is given a literal ${names.source.includes("salt") ? "salt" : "IV"}`;
  }
  return undefined;
}
