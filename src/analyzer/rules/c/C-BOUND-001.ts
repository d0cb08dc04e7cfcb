import type { SyntaxNode } from "../../parse/index.js";
import type { ClikeContext } from "../../dataflow/clike.js";
import { CALL_TYPES, clikeRule } from "../clike.js";
import { cythonGenerated, declaredIn, identifiers, scopeText } from "./scope.js";

/** Bounded copies: destination, source arguments (from this index on) and the bound's position. */
const COPIES: Record<string, { src: number; bound: number }> = {
  strncpy: { src: 1, bound: 2 },
  wcsncpy: { src: 1, bound: 2 },
  memcpy: { src: 1, bound: 2 },
  memmove: { src: 1, bound: 2 },
  wmemcpy: { src: 1, bound: 2 },
  snprintf: { src: 3, bound: 1 },
  vsnprintf: { src: 3, bound: 1 },
  swprintf: { src: 3, bound: 1 },
};

/** `src_size`, `srcLen`, `userName_size`: a variable named after the source's size. */
function namedAfter(size: string, what: string): boolean {
  return (
    size !== what &&
    size.toLowerCase().startsWith(what.toLowerCase()) &&
    /^_?(size|len|length|count|cap|capacity|sz|n|bytes)$/i.test(size.slice(what.length).replace(/^_/, ""))
  );
}

/** The bound counts the source: `strlen(src)`, `sizeof(src)`, `src_size`, `srcLen`. */
function sourceSized(ctx: ClikeContext, bound: SyntaxNode, sources: string[]): string | undefined {
  const text = ctx.text(bound);
  for (const s of sources) {
    if (new RegExp(`\\b(strlen|wcslen|strnlen)\\s*\\(\\s*${s}\\b`).test(text)) return `strlen(${s})`;
    const named = identifiers(ctx, bound).find((id) => namedAfter(id, s));
    if (named) return named;
  }
  return undefined;
}

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-BOUND-001",
    title: "Bounded copy limited by the source's length instead of the destination's size",
    cwe: ["CWE-119", "CWE-120", "CWE-805"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags strncpy, memcpy, memmove and snprintf whose length argument counts the source (strlen(src), src_size, srcLen) and never mentions the destination, when the destination is a caller's buffer or a fixed-size array.",
      why_bad:
        "The bound is there to stop the copy at the end of the destination; measured on the source it stops only where the source ends, so a longer source overruns the destination exactly like strcpy would (CWE-805 / CWE-119).",
      example_bad:
        "void copy_name(char *dest, int dest_size, const char *src, int src_size) {\n  strncpy(dest, src, src_size);\n}",
      example_good:
        "void copy_name(char *dest, int dest_size, const char *src, int src_size) {\n  strncpy(dest, src, dest_size - 1);\n  dest[dest_size - 1] = '\\0';\n}",
    },
    fix_hint:
      "Bound the copy by the destination's capacity (sizeof dest for arrays, the size parameter for a caller's buffer), not by the source's length.",
  },
  trigger: /\b(strncpy|wcsncpy|memcpy|memmove|wmemcpy|snprintf|vsnprintf|swprintf)\s*\(/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    const shape = COPIES[name];
    if (!shape || ctx.callee(node) !== name || cythonGenerated(ctx)) return;
    const args = ctx.args(node);
    const dst = args[0];
    const bound = args[shape.bound];
    if (!dst || !bound || dst.type !== "identifier") return;
    const d = ctx.text(dst);
    // A destination the function allocated itself is sized by whatever it allocated: only a caller's buffer or a
    // fixed array has a capacity the bound must respect.
    const decl = declaredIn(ctx, d, node);
    if (!decl || !(decl.parameter || decl.array)) return;
    if (
      ctx.text(bound).includes("sizeof") ||
      identifiers(ctx, bound).some((id) => id === d || namedAfter(id, d))
    )
      return;
    const sources = args
      .slice(shape.src)
      .filter((a) => a.type === "identifier")
      .map((a) => ctx.text(a));
    const counted = sourceSized(ctx, bound, sources);
    if (!counted) return;
    // A bound the code compares first (`if (src_size >= dest_size) return;`) is clamped, not this bug.
    const esc = counted.replace(/[()]/g, "\\$&");
    if (new RegExp(`${esc}\\s*[<>]|[<>]=?\\s*${esc}`).test(scopeText(ctx, node))) return;
    report({
      node,
      message: `${name}() into '${d}' is bounded by the source's length (${counted}), not by the destination's size`,
    });
  },
  cases: {
    valid: [
      "void f(char *dest, int dest_size, const char *src, int src_size) { strncpy(dest, src, dest_size); }",
      'void f(char *buf, int buf_size, const char *name) { snprintf(buf, buf_size, "Hi %s", name); }',
      "char *f(const char *s) { char *d = malloc(strlen(s) + 1); memcpy(d, s, strlen(s) + 1); return d; }",
      "void f(const char *s) { char d[64]; strncpy(d, s, sizeof d - 1); d[63] = 0; }",
    ],
    invalid: [
      "void f(char *dest, int dest_size, char *src, int src_size) { strncpy(dest, src, src_size); }",
      'void f(char *buffer, int buffer_size, const char *userName, int userName_size) { snprintf(buffer, 18 + userName_size + 1, "Congratulations, %s!", userName); }',
      "void f(const char *s) { char d[64]; memcpy(d, s, strlen(s)); }",
    ],
  },
});
