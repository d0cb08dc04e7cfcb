import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-SNPRINTF-001",
    title: "snprintf return value used as an offset without a check",
    cwe: ["CWE-119", "CWE-787"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `n = snprintf(...)` (or vsnprintf, `n += ...`) when n is later used to advance a pointer (`buf + n`) or shrink a size (`size - n`) and the snippet never compares n against anything.",
      why_bad:
        "snprintf returns the length the output would have had, not what was written: on truncation n exceeds the buffer, so `buf + n` points past it and `size - n` wraps to a huge size_t, and the next write overflows (CWE-119, out-of-bounds write CWE-787).",
      example_bad:
        'void log2(char *buf, size_t size, const char *a, const char *b) {\n  int n = snprintf(buf, size, "%s: ", a);\n  snprintf(buf + n, size - n, "%s", b);\n}',
      example_good:
        'void log2(char *buf, size_t size, const char *a, const char *b) {\n  int n = snprintf(buf, size, "%s: ", a);\n  if (n < 0 || (size_t)n >= size) return;\n  snprintf(buf + n, size - n, "%s", b);\n}',
    },
    fix_hint: "Check `n < 0 || (size_t)n >= size` before using the return value as an offset, and clamp it.",
  },
  trigger: /snprintf/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    if (!/^v?snprintf$/.test(ctx.method(node))) return;
    // The assignment or declaration the call's result goes to.
    const parent = node.parent;
    if (!parent || !/^(assignment_expression|init_declarator)$/.test(parent.type)) return;
    const target = parent.children.find((c) => c.field === "left" || c.field === "declarator");
    if (!target || target.type !== "identifier") return;
    const n = ctx.text(target);
    if (ctx.comparedSomewhere(n)) return;
    const esc = n.replace(/[$]/g, "\\$");
    const offset = new RegExp(
      `[\\w\\])]\\s*\\+\\s*${esc}\\b|\\b${esc}\\s*\\+\\s*[\\w(]|-\\s*${esc}\\b|\\[\\s*${esc}\\s*\\]`,
    );
    const after = ctx.tree.source.slice(parent.end);
    if (!offset.test(after)) return;
    report({
      node,
      message: `snprintf() result '${n}' is used as an offset without checking it against the size`,
    });
  },
  cases: {
    valid: [
      'void f(char *b, size_t s, const char *a) { int n = snprintf(b, s, "%s", a); if (n >= (int)s) return; b[n] = 0; }',
      'int f(char *b, size_t s, const char *a) { int n = snprintf(b, s, "%s", a); return n; }',
    ],
    invalid: [
      'void f(char *b, size_t s, const char *a) { int n; n = snprintf(b, s, "%s", a); snprintf(b + n, s - n, "!"); }',
    ],
  },
});
