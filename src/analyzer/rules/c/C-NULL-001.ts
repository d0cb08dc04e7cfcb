import { CALL_TYPES, clikeRule } from "../clike.js";
import { allocationTarget, checkedIn, declaredIn, identifiers, scopeText } from "./scope.js";

const ALLOC = /^(malloc|calloc|realloc)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-NULL-001",
    title: "Allocation of a caller-chosen size used without a NULL check",
    cwe: ["CWE-476", "CWE-690"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the size is not a caller's number (a string length, a constant): failure is unlikely",
      },
    ],
    docs: {
      what_it_does:
        "Flags a buffer from malloc/calloc/realloc that the function writes through (memset, memcpy, strcpy, an index or a dereference) without ever comparing it with NULL; MEDIUM when the size is a caller's number, LOW otherwise.",
      why_bad:
        "Allocation fails for a huge or negative size and returns NULL; writing through it crashes the process (CWE-476/690), and `p + size - 10` on a NULL p writes to an address the caller chose.",
      example_bad:
        "char *make(size_t n) {\n  char *buf = malloc(n);\n  memset(buf, 'A', 10);\n  return buf;\n}",
      example_good:
        "char *make(size_t n) {\n  char *buf = malloc(n);\n  if (buf == NULL) return NULL;\n  memset(buf, 'A', 10);\n  return buf;\n}",
    },
    fix_hint: "Check the result for NULL before using it and return an error.",
  },
  trigger: /\b(malloc|calloc|realloc)\s*\(/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    if (!ALLOC.test(ctx.callee(node))) return;
    const name = allocationTarget(ctx, node);
    if (!name) return;
    if (checkedIn(ctx, name, node)) return;
    const scope = scopeText(ctx, node);
    const used = new RegExp(
      `\\b(memset|memcpy|memmove|strcpy|strncpy|strcat|sprintf|snprintf)\\s*\\(\\s*${name}\\b|\\b${name}\\s*\\[[^\\]]*\\]\\s*=[^=]|(^|[;{}])\\s*\\*\\s*\\(?\\s*${name}\\b[^;=]*=[^=]`,
    );
    if (!used.test(scope)) return;
    // A caller's number (an integer parameter, not a string's length) can be anything, so failure is real.
    const sizeArgs = ctx.callee(node) === "realloc" ? ctx.args(node).slice(1) : ctx.args(node);
    const callerSized = sizeArgs.some(
      (a) =>
        !/\b(strlen|wcslen|sizeof)\b/.test(ctx.text(a)) &&
        identifiers(ctx, a).some((id) => declaredIn(ctx, id, node)?.parameter === true),
    );
    report({
      node,
      severity: callerSized ? undefined : "LOW",
      message: `'${name}' from ${ctx.callee(node)}() is written through without a NULL check`,
    });
  },
  cases: {
    valid: [
      "char *f(size_t n) { char *b = malloc(n); if (b == NULL) return NULL; memset(b, 'A', 10); return b; }",
      "char *f(size_t n) { char *b = malloc(n); if (!b) return 0; b[0] = 1; return b; }",
      "char *f(size_t n) { return malloc(n); }",
    ],
    invalid: [
      "char *f(size_t n) { char *b = (char *)malloc(n); memset(b, 'A', 10); memset(b + n - 10, 'A', 10); return b; }",
      {
        code: "char *f(const char *s) { char *b = malloc(strlen(s) + 1); strcpy(b, s); return b; }",
        severity: "LOW",
      },
    ],
  },
});
