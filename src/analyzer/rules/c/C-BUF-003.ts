import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";
import { sourceIncludes } from "../../parse/nodes.js";

const FORMAT_AT: Record<string, number> = {
  sprintf: 1,
  vsprintf: 1,
  swprintf: 1,
  wsprintf: 1,
  wsprintfA: 1,
  wsprintfW: 1,
};

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-BUF-003",
    title: "sprintf into a buffer of unchecked size",
    cwe: ["CWE-120"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "every formatted value is a literal or measured with strlen, or the format bounds each conversion",
      },
    ],
    docs: {
      what_it_does:
        "Flags sprintf/vsprintf (no destination size). HIGH when the format has an unbounded %s or is not a literal; LOW when it only formats numbers.",
      why_bad:
        "sprintf writes as many bytes as the formatted result needs; a long string argument (or a large number into a tight buffer) overflows the destination (CWE-120).",
      example_bad:
        'void path(char *out, const char *dir, const char *name) {\n  sprintf(out, "%s/%s", dir, name);\n}',
      example_good:
        'void path(char *out, size_t n, const char *dir, const char *name) {\n  snprintf(out, n, "%s/%s", dir, name);\n}',
    },
    fix_hint: "Use snprintf with the destination size and check its return value for truncation.",
  },
  trigger: /sprintf|wsprintf/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    const at = FORMAT_AT[name];
    if (at === undefined) return;
    const fmt = ctx.args(node)[at];
    if (!fmt) return;
    const literal = ctx.isString(fmt);
    const value = literal ? literalValue(ctx, fmt) : "";
    const unbounded = !literal || /%[-+ #0]*\d*(l|ll|h|hh|L|z|j|t)?[s[]/.test(value);
    if (literal && !/%/.test(value)) return;
    // Every spliced argument's length measured somewhere in the snippet (strlen checks, sized allocation).
    const rest = ctx.args(node).slice(at + 1);
    const measured =
      literal &&
      rest.length > 0 &&
      rest.every((a) => ctx.isString(a) || sourceIncludes(ctx.tree, `strlen(${ctx.text(a)})`));
    report({
      node,
      severity: unbounded && !measured ? "HIGH" : "LOW",
      message: unbounded
        ? `${name}() with an unbounded string conversion`
        : `${name}() without a size; prefer snprintf`,
    });
  },
  cases: {
    valid: ['void f(char *b) { snprintf(b, 8, "%s", "x"); }', 'void f(char *b) { sprintf(b, "fixed"); }'],
    invalid: [
      'void f(char *b, const char *s) { sprintf(b, "name=%s", s); }',
      'void f(char *b, int n) { sprintf(b, "%d", n); }',
    ],
  },
});
