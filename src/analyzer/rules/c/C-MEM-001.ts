import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-MEM-001",
    title: "free() of memory not on the heap",
    cwe: ["CWE-590"],
    severity: "HIGH",
    docs: {
      what_it_does: "Flags free() of a local array or of the address of a local variable.",
      why_bad:
        "free() on stack memory corrupts the allocator's bookkeeping; later allocations can return overlapping blocks, which attackers turn into arbitrary writes (CWE-590).",
      example_bad: "void f(void) {\n  char buf[64];\n  fill(buf);\n  free(buf);\n}",
      example_good: "void f(void) {\n  char *buf = malloc(64);\n  fill(buf);\n  free(buf);\n}",
    },
    fix_hint:
      "Only free what malloc/calloc/realloc returned; stack arrays are released when the function returns.",
  },
  trigger: /\bfree\s*\(/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    if (ctx.callee(node) !== "free") return;
    const a = ctx.args(node)[0];
    if (!a) return;
    const t = ctx.text(a);
    if (ctx.stackArrays().has(t) || /^&\s*\w+$/.test(t))
      report({ node, message: `free() of non-heap '${t}'` });
  },
  cases: {
    valid: ["void f(void) { char *p = malloc(8); free(p); }"],
    invalid: ["void f(void) { char b[8]; free(b); }"],
  },
});
