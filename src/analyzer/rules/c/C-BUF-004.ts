import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

const SCANF_FORMAT: Record<string, number> = {
  scanf: 0,
  fscanf: 1,
  sscanf: 1,
  wscanf: 0,
  fwscanf: 1,
  swscanf: 1,
  vscanf: 0,
  vfscanf: 1,
  vsscanf: 1,
};

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-BUF-004",
    title: "Input read into a buffer with no size limit (gets, scanf %s)",
    cwe: ["CWE-120", "CWE-242", "CWE-119"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags gets() and scanf-family formats with a %s or %[ conversion that has no field width.",
      why_bad:
        "gets and width-less %s read until a newline or whitespace however long the input is, so anyone who controls the input overruns the buffer (CWE-242: a function that cannot be used safely).",
      example_bad: 'int main(void) {\n  char name[32];\n  scanf("%s", name);\n  return 0;\n}',
      example_good: 'int main(void) {\n  char name[32];\n  scanf("%31s", name);\n  return 0;\n}',
    },
    fix_hint: "Use fgets(buf, sizeof buf, stdin), or give every %s a width one less than the buffer size.",
  },
  trigger: /\bgets\b|scanf/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (name === "gets" || name === "_getws") {
      report({ node, message: "gets() cannot limit how much it reads" });
      return;
    }
    const at = SCANF_FORMAT[name];
    if (at === undefined) return;
    const fmt = ctx.args(node)[at];
    if (!fmt || !ctx.isString(fmt)) return;
    if (/%(l|ll|h|hh)?[s[]/.test(literalValue(ctx, fmt)))
      report({ node, message: `${name}() reads a string conversion without a field width` });
  },
  cases: {
    valid: ['void f(void) { char b[8]; scanf("%7s", b); }', 'void f(void) { int n; scanf("%d", &n); }'],
    invalid: ["void f(void) { char b[8]; gets(b); }", 'void f(FILE *in) { char b[8]; fscanf(in, "%s", b); }'],
  },
});
