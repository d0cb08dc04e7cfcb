import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-STRTOK-001",
    title: "strtok: hidden static state",
    cwe: ["CWE-676"],
    severity: "LOW",
    docs: {
      what_it_does: "Flags strtok and wcstok without the re-entrant state argument.",
      why_bad:
        "strtok keeps its position in a static variable and writes NULs into the input; two threads or nested loops silently corrupt each other's parsing, and passing a string literal crashes (CWE-676: potentially dangerous function).",
      example_bad:
        'void words(char *line) {\n  for (char *w = strtok(line, " "); w; w = strtok(NULL, " ")) puts(w);\n}',
      example_good:
        'void words(char *line) {\n  char *save;\n  for (char *w = strtok_r(line, " ", &save); w; w = strtok_r(NULL, " ", &save)) puts(w);\n}',
    },
    fix_hint: "Use strtok_r (POSIX) or strtok_s, which keep the state in a caller-owned variable.",
  },
  trigger: /strtok|wcstok/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    if (/^strtok$/.test(ctx.method(node)) || (ctx.method(node) === "wcstok" && ctx.args(node).length === 2))
      report({ node, message: "strtok() is not re-entrant" });
  },
  cases: {
    valid: ['void f(char *s) { char *p; strtok_r(s, " ", &p); }'],
    invalid: ['void f(char *s) { strtok(s, ","); }'],
  },
});
