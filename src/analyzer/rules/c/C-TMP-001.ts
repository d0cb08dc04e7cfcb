import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-TMP-001",
    title: "Insecure temporary file name (tmpnam, tempnam, mktemp)",
    cwe: ["CWE-377"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags tmpnam, tempnam, mktemp and _mktemp, which return a name but do not create the file.",
      why_bad:
        "Between choosing the name and opening it another process can create that path (often a symlink to a victim file); the program then writes through it (race condition, CWE-377).",
      example_bad:
        'FILE *scratch(void) {\n  char name[L_tmpnam];\n  tmpnam(name);\n  return fopen(name, "w");\n}',
      example_good: "FILE *scratch(void) {\n  return tmpfile();\n}",
    },
    fix_hint: "Use mkstemp() (or tmpfile()), which creates and opens the file atomically.",
  },
  trigger: /tmpnam|tempnam|mktemp/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (/^(tmpnam|tmpnam_r|tempnam|_tempnam|mktemp|_mktemp|_wmktemp|_wtempnam)$/.test(name))
      report({ node, message: `${name}() returns a name another process can claim first` });
  },
  cases: {
    valid: ['int f(void) { char t[] = "/tmp/xXXXXXX"; return mkstemp(t); }'],
    invalid: ["void f(char *b) { tmpnam(b); }"],
  },
});
