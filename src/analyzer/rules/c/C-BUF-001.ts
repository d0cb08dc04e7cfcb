import { CALL_TYPES, clikeRule, Level, literalValue } from "../clike.js";
import { sourceIncludes } from "../../parse/nodes.js";

const UNBOUNDED =
  /^(strcpy|strcat|wcscpy|wcscat|stpcpy|lstrcpy[AW]?|lstrcat[AW]?|_mbscpy|_mbscat|_tcscpy|_tcscat|StrCpy|StrCat)$/;

/**
 * The function NUL-terminates the source at a computed index before the copy (`buf[n < SIZE ? n : SIZE - 1] =
 * '\\0'`): the code itself caps the source's length, as a strlen check does.
 */
function terminatedBefore(fnText: string, src: string, upTo: number): boolean {
  if (!/^[A-Za-z_]\w*$/.test(src)) return false;
  return new RegExp(`\\b${src}\\s*\\[[^\\]]+\\]\\s*=\\s*(?:'\\\\0'|0)\\s*;`).test(fnText.slice(0, upTo));
}

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-BUF-001",
    title: "Unbounded string copy (strcpy/strcat)",
    cwe: ["CWE-120"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "the source is a string literal, a local array, measured with strlen or NUL-terminated at a computed index first",
      },
      { severity: "MEDIUM", when: "the source is not traced to a parameter or input" },
    ],
    docs: {
      what_it_does:
        "Flags strcpy, strcat and their wide/Windows variants unless the source is a literal that fits the destination array.",
      why_bad:
        "These functions copy until the source's terminating NUL with no idea of the destination's size; a longer source writes past the buffer (classic buffer overflow, CWE-120), corrupting the stack or heap.",
      example_bad: "void greet(const char *name) {\n  char buf[32];\n  strcpy(buf, name);\n  puts(buf);\n}",
      example_good:
        'void greet(const char *name) {\n  char buf[32];\n  snprintf(buf, sizeof buf, "%s", name);\n  puts(buf);\n}',
    },
    fix_hint: 'Use snprintf(buf, sizeof buf, "%s", src) or strlcpy/strlcat with the destination size.',
  },
  trigger: /\b(str|wcs|stp|lstr|_mbs|_tcs|Str)(cpy|cat)/,
  nodeTypes: [...CALL_TYPES.cpp, "preproc_arg"],
  detect(node, ctx, report) {
    if (node.type === "preproc_arg") {
      // Macro bodies are not parsed: the copy is there as text, with the macro's arguments as its operands.
      const m = /\b(strcpy|strcat|wcscpy|wcscat|stpcpy)\s*\(\s*[^,()]+,(?!\s*")/.exec(ctx.text(node));
      if (m)
        report({
          node,
          severity: "MEDIUM",
          message: `${m[1]}() in a macro body copies without a bound on the destination size`,
        });
      return;
    }
    if (node.type !== "call_expression" || !UNBOUNDED.test(ctx.method(node))) return;
    const [dst, src] = ctx.args(node);
    if (!dst || !src) return;
    if (ctx.isString(src) && /cpy/i.test(ctx.method(node))) {
      const size = ctx.stackArrays(node).get(ctx.text(dst));
      if (size !== undefined && literalValue(ctx, src).length < size) return;
    }
    // The code measured the source (strlen(src) in a check or in the destination's allocation), or the source is
    // itself a fixed-size local array: the copy is bounded by something visible, so only LOW.
    const s = ctx.text(src);
    const measured =
      sourceIncludes(ctx.tree, `strlen(${s})`) ||
      ctx.stackArrays(node).has(s) ||
      ctx.isString(src) ||
      terminatedBefore(
        ctx.text(ctx.enclosingFunction(node) ?? node),
        s,
        node.start - (ctx.enclosingFunction(node)?.start ?? node.start),
      );
    report({
      node,
      severity: measured ? "LOW" : ctx.level(src) >= Level.PARAM ? "HIGH" : "MEDIUM",
      message: `${ctx.method(node)}() copies without a bound on the destination size`,
    });
  },
  cases: {
    valid: [
      'void f(void) { char b[16]; strcpy(b, "hello"); }',
      "void f(char *d, const char *s, size_t n) { strncpy(d, s, n); }",
      '#define RESET(b) strcpy(b, "")\nint x;',
    ],
    invalid: [
      "void f(char *d, const char *s) { strcat(d, s); }",
      {
        code: "void f(char *out, char *buf, int n, int size) {\n  buf[n < size ? n : size - 1] = '\\0';\n  strcpy(out, buf);\n}",
        line: 3,
        severity: "LOW",
      },
      'void f(void) { char b[4]; strcpy(b, "too long"); }',
      "#define SAVE(s) strcpy( nmstr, s ); \\\n\tlen = strlen(s)\nint x;",
    ],
  },
});
