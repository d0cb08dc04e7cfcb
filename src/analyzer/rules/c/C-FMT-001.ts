import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { formatWrapper } from "./scope.js";

const FORMAT_AT: Record<string, number> = {
  printf: 0,
  vprintf: 0,
  wprintf: 0,
  fprintf: 1,
  vfprintf: 1,
  fwprintf: 1,
  dprintf: 1,
  sprintf: 1,
  vsprintf: 1,
  snprintf: 2,
  vsnprintf: 2,
  syslog: 1,
  err: 1,
  warn: 0,
  warnx: 0,
  errx: 1,
};

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-FMT-001",
    title: "Format string is not a literal",
    cwe: ["CWE-134"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags printf-family and syslog calls whose format argument is a variable rather than a string literal.",
      why_bad:
        "If the format comes from input, %x reads the stack and %n writes memory: an attacker leaks secrets or takes control of the process (uncontrolled format string, CWE-134).",
      example_bad: "void log_msg(const char *msg) {\n  printf(msg);\n}",
      example_good: 'void log_msg(const char *msg) {\n  printf("%s", msg);\n}',
    },
    fix_hint: 'Always pass a literal format: printf("%s", msg).',
  },
  trigger: /printf|syslog|\berrx?\b|\bwarnx?\b/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    const at = FORMAT_AT[name];
    if (at === undefined || ctx.callee(node) !== name) return;
    const fmt = ctx.args(node)[at];
    if (!fmt || ctx.isString(fmt) || /^(_|gettext|N_|tr|L|TEXT|_T)\s*\(/.test(ctx.text(fmt))) return;
    const level = ctx.level(fmt);
    if (level === Level.CONST || formatWrapper(ctx, node, fmt)) return;
    report({
      node,
      severity: level >= Level.PARAM ? "HIGH" : "MEDIUM",
      message: `${name}() format comes from a variable`,
    });
  },
  cases: {
    valid: [
      'void f(const char *m) { printf("%s", m); }',
      'void f(void) { const char *fmt = "%d\\n"; printf(fmt, 3); }',
    ],
    invalid: ["void f(const char *m) { printf(m); }", "void f(FILE *o, char *m) { fprintf(o, m); }"],
  },
});
