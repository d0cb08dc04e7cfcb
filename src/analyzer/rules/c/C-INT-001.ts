import type { SyntaxNode } from "../../parse/index.js";
import type { ClikeContext } from "../../dataflow/clike.js";
import { clikeRule } from "../clike.js";
import { stripComments } from "../untrusted-text.js";
import { declaredIn, scopeText } from "./scope.js";

/** Calls whose int result can be anywhere up to INT_MAX: rand() (RAND_MAX is INT_MAX on glibc) and parsed text. */
const FULL_RANGE = /\b(rand|random|lrand48|mrand48|atoi|atol|strtol)\s*\(/;
const INTEGER = /^(const\s+)?(signed\s+|unsigned\s+)?(int|long|long\s+long|short|int(8|16|32|64)_t|ssize_t)$/;
/** An overflow check: a comparison with the type's limits or a checked-arithmetic builtin. */
const OVERFLOW_CHECK =
  /\b(INT_MAX|INT_MIN|LONG_MAX|LONG_MIN|LLONG_MAX|LLONG_MIN|INT32_MAX|INT64_MAX|numeric_limits|__builtin_\w+_overflow|ckd_(add|sub|mul))\b/;

/** The expression is (or is a local bound once to) a full-range value not reduced by %, / or a mask. */
function fullRange(ctx: ClikeContext, node: SyntaxNode, at: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(at);
  let text = ctx.text(node);
  if (node.type === "identifier") {
    const values = ctx.valuesOf(text).filter((v) => !fn || (v.start >= fn.start && v.end <= fn.end));
    if (values.length !== 1) return false;
    text = ctx.text(values[0]!);
  }
  return FULL_RANGE.test(text) && !/[%/&]|>>/.test(text);
}

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-INT-001",
    title: "Signed arithmetic on a full-range value and a caller's integer without an overflow check",
    cwe: ["CWE-190"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `a + b` / `a * b` where one operand is an int that can reach INT_MAX (a rand() result - RAND_MAX is INT_MAX on glibc - or a number parsed with atoi/strtol) and the other is an integer parameter of the function, when the function never compares against INT_MAX/INT_MIN or uses checked arithmetic.",
      why_bad:
        "Signed overflow is undefined behaviour: in practice the sum wraps to a large negative number, which then flows into sizes, indexes or money amounts the caller can steer (CWE-190: integer overflow).",
      example_bad: 'void print_offset(int offset) {\n  int r = abs(rand());\n  printf("%d", r + offset);\n}',
      example_good:
        'void print_offset(int offset) {\n  int r = abs(rand());\n  if ((offset > 0 && r > INT_MAX - offset) || (offset < 0 && r < INT_MIN - offset)) return;\n  printf("%d", r + offset);\n}',
    },
    fix_hint:
      "Check against INT_MAX - b (and INT_MIN - b) before adding, or use __builtin_add_overflow / ckd_add, or a wider type.",
  },
  trigger: /\b(rand|random|lrand48|mrand48|atoi|atol|strtol)\s*\(/,
  nodeTypes: ["binary_expression"],
  detect(node, ctx, report) {
    const op = node.children.find((c) => !c.named)?.type;
    if (op !== "+" && op !== "*") return;
    const left = node.children.find((c) => c.field === "left");
    const right = node.children.find((c) => c.field === "right");
    if (!left || !right) return;
    for (const [full, other] of [
      [left, right],
      [right, left],
    ] as const) {
      if (other.type !== "identifier" || !fullRange(ctx, full, node)) continue;
      const decl = declaredIn(ctx, ctx.text(other), node);
      if (!decl?.parameter || decl.pointer || decl.array || !INTEGER.test(decl.type.trim())) continue;
      if (OVERFLOW_CHECK.test(stripComments(scopeText(ctx, node)))) return;
      report({
        node,
        message: `'${ctx.text(node)}' can overflow: '${ctx.text(full)}' reaches INT_MAX and '${ctx.text(other)}' is the caller's`,
      });
      return;
    }
  },
  cases: {
    valid: [
      'void f(int offset) { int r = abs(rand()); if (offset > 0 && r > INT_MAX - offset) return; printf("%d", r + offset); }',
      'void f(int offset) { int r = rand() % 100; printf("%d", r + offset); }',
    ],
    invalid: ['void f(int offset) { int r = abs(rand()); printf("%d", r + offset); }'],
  },
});
