import { clikeRule } from "../clike.js";
import { declaredIn } from "./scope.js";

/** Byte-sized element types: for these, scaling by sizeof is the byte offset and correct. */
const BYTES = /^(const\s+)?(unsigned\s+|signed\s+)?(char|void|u?int8_t|uint8|byte|BYTE|u_char|gchar|guchar)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-SCALE-001",
    title: "Pointer arithmetic scaled by sizeof on a typed pointer",
    cwe: ["CWE-468", "CWE-787"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `p + i * sizeof(T)` (and `-`) where p is declared as a pointer to a type wider than a byte: pointer arithmetic already counts in elements.",
      why_bad:
        "The compiler multiplies the offset by the element size again, so the access lands sizeof(T) times further than meant - out of the array for any index past the first few (CWE-468: incorrect pointer scaling), a write or read of unrelated memory.",
      example_bad:
        "void clear(long long *values, int begin, int count) {\n  memset(values + begin * sizeof(long long), 0, count * sizeof(long long));\n}",
      example_good:
        "void clear(long long *values, int begin, int count) {\n  memset(values + begin, 0, count * sizeof(long long));\n}",
    },
    fix_hint:
      "Add the element index to a typed pointer (`values + begin`); scale by sizeof only on a char* byte pointer.",
  },
  trigger: /sizeof/,
  nodeTypes: ["binary_expression"],
  detect(node, ctx, report) {
    const op = node.children.find((c) => !c.named);
    if (!op || (op.type !== "+" && op.type !== "-")) return;
    const left = node.children.find((c) => c.field === "left");
    const right = node.children.find((c) => c.field === "right");
    if (!left || !right) return;
    for (const [ptr, offset] of [
      [left, right],
      [right, left],
    ] as const) {
      if (ptr.type !== "identifier" || offset.type !== "binary_expression") continue;
      if (!/\*\s*sizeof\b|sizeof\s*\([^)]*\)\s*\*/.test(ctx.text(offset))) continue;
      const decl = declaredIn(ctx, ctx.text(ptr), node);
      if (!decl || !(decl.pointer || decl.array) || BYTES.test(decl.type.trim())) continue;
      report({
        node,
        message: `'${ctx.text(ptr)}' points to ${decl.type}: the sizeof factor scales the offset a second time`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "void f(char *p, int i) { memset(p + i * sizeof(int), 0, 4); }",
      "void f(long long *v, int i, int n) { memset(v + i, 0, n * sizeof(long long)); }",
    ],
    invalid: [
      "void f(long long *v, int i, int n) { memset(v + i * sizeof(long long), 0, n * sizeof(long long)); }",
    ],
  },
});
