import { clikeRule } from "../clike.js";
import { checkedIn } from "./scope.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-UNDER-001",
    title: "Write at s[len - k] with len = strlen(s) and no check that the string is long enough",
    cwe: ["CWE-787", "CWE-124"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags assignments to `s[n - k]` where n was computed with strlen and the function never compares n (n > 0, n >= k, !n) before indexing.",
      why_bad:
        "For an empty string (or one shorter than k) the index is negative, so the write lands before the start of the buffer (buffer underwrite, CWE-124 / CWE-787) and corrupts whatever precedes it.",
      example_bad:
        "void trim(char *s) {\n  int len = strlen(s);\n  while (s[len - 1] == ' ') {\n    s[len - 1] = '\\0';\n    len--;\n  }\n}",
      example_good:
        "void trim(char *s) {\n  int len = strlen(s);\n  while (len > 0 && s[len - 1] == ' ') {\n    s[len - 1] = '\\0';\n    len--;\n  }\n}",
    },
    fix_hint:
      "Check len > 0 (or len >= k) before writing s[len - k], including in loop conditions that shrink len.",
  },
  trigger: /strlen/,
  nodeTypes: ["assignment_expression"],
  detect(node, ctx, report) {
    const left = node.children.find((c) => c.field === "left");
    if (left?.type !== "subscript_expression") return;
    const index = left.children.find((c) => c.field === "index");
    const m = index && /^\(?\s*(\w+)\s*-\s*\d+\s*\)?$/.exec(ctx.text(index));
    if (!m) return;
    const n = m[1]!;
    const values = ctx.valuesOf(n);
    // Exactly a string's length (0 for an empty string); `strlen(s) * 2 + 1` is at least 1.
    if (!values.some((v) => /^\(?\s*(\(\w+\)\s*)?(strlen|wcslen)\s*\([^()]*\)\s*\)?$/.test(ctx.text(v))))
      return;
    if (checkedIn(ctx, n, node)) return;
    report({
      node,
      message: `'${ctx.text(left)}' writes before the buffer when the string is shorter than the offset`,
    });
  },
  cases: {
    valid: [
      "void f(char *s) { int n = strlen(s); while (n > 0 && s[n - 1] == ' ') { s[n - 1] = 0; n--; } }",
      "void f(char *s) { int n = strlen(s); if (n == 0) return; s[n - 1] = 0; }",
      "void f(char *a) { int size = (strlen(a) * 2) + 1; char s[size]; strcpy(s, a); s[size - 1] = 0; }",
    ],
    invalid: [
      "void f(char *s) { int len = strlen(s); while (s[len - 1] == ' ') { s[len - 1] = '\\0'; len--; } }",
    ],
  },
});
