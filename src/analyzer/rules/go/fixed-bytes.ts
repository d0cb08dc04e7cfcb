import type { ClikeContext } from "../../dataflow/clike.js";
import type { SyntaxNode } from "../../parse/index.js";

/** `[]byte{0x00, ...}`, `[]byte("...")`, `"..."`, `[16]byte{}`: bytes written into the source. */
function literalBytes(ctx: ClikeContext, node: SyntaxNode): boolean {
  const t = ctx.text(node).trim();
  if (ctx.isString(node)) return true;
  if (/^\[\d*\]byte\s*\(\s*("|`)/.test(t)) return true;
  return node.type === "composite_literal" && ctx.isConstant(node);
}

/** True when the snippet fills `name` from crypto/rand (rand.Read, io.ReadFull(rand.Reader, ...)); comments ignored. */
export function randomised(ctx: ClikeContext, name: string): boolean {
  const code = ctx.tree.source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
  const esc = name.replace(/[$.]/g, "\\$&");
  return new RegExp(`(rand\\.Read|ReadFull\\s*\\(\\s*(crypto)?rand\\.Reader\\s*,)\\s*\\(?\\s*${esc}\\b`).test(
    code,
  );
}

/**
 * True when `arg` (an IV, nonce or salt handed to a cipher or KDF) is fixed bytes: a literal, or a local bound
 * in the same function only to literals and never filled from crypto/rand.
 */
export function fixedBytesArg(ctx: ClikeContext, arg: SyntaxNode): boolean {
  if (literalBytes(ctx, arg)) return true;
  if (arg.type !== "identifier") return false;
  const name = ctx.text(arg);
  // Another function's `iv` (a caller unpacking the result) is another variable.
  const scope = ctx.enclosingFunction(arg);
  const values = ctx.valuesOf(name).filter((v) => ctx.enclosingFunction(v) === scope);
  if (values.length === 0 || !values.every((v) => literalBytes(ctx, v))) return false;
  return !randomised(ctx, name);
}
