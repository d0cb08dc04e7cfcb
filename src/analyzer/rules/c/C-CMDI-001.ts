import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

const SHELL =
  /^(system|popen|_popen|_wpopen|_wsystem|wordexp|execl|execlp|execle|execv|execvp|execvpe|ShellExecuteA?W?|WinExec|CreateProcessA?W?)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-CMDI-001",
    title: "Command executed from a non-literal string",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "a command-runner helper passes its own parameter through unchanged: its callers decide the command",
      },
    ],
    docs: {
      what_it_does:
        "Flags system/popen (and exec*/ShellExecute/WinExec/CreateProcess) whose command or program is not a constant string.",
      why_bad:
        "system and popen pass the string to /bin/sh; a filename or argument spliced into it with sprintf/strcat can carry ;, | or $(...) and run arbitrary commands (OS command injection, CWE-78).",
      example_bad:
        'void show(const char *file) {\n  char cmd[256];\n  snprintf(cmd, sizeof cmd, "cat %s", file);\n  system(cmd);\n}',
      example_good:
        'void show(const char *file) {\n  pid_t p = fork();\n  if (p == 0) { execlp("cat", "cat", "--", file, (char *)NULL); _exit(127); }\n}',
    },
    fix_hint:
      "Run the program with execv/posix_spawn and an argument vector (no shell), after validating the arguments.",
  },
  trigger: /system|popen|exec[lv]|ShellExecute|WinExec|CreateProcess|wordexp/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (!SHELL.test(name)) return;
    const args = ctx.args(node);
    const cmd = /^ShellExecute/.test(name)
      ? args[2]
      : /^CreateProcess/.test(name)
        ? args[0] && ctx.text(args[0]) !== "NULL"
          ? args[0]
          : args[1]
        : args[0];
    if (!cmd) return;
    const level = ctx.level(cmd);
    if (level === Level.CONST) return;
    const t = ctx.text(cmd).replace(/\.(c_str|data)\(\)$/, "");
    if (level === Level.PARAM && /^\w+$/.test(t) && ctx.params().has(t) && ctx.valuesOf(t).length === 0) {
      // `char *run(const char *command) { popen(command, "r"); ... }`: a helper whose whole job is running the
      // command it is given; whether that is injectable depends on its callers, which build the string.
      report({ node, severity: "LOW", message: `${name}() runs the command its caller passes in (${t})` });
      return;
    }
    report(taintReport(node, level, `${name}() runs a command`));
  },
  cases: {
    valid: ['void f(void) { system("ls -l"); }', 'void f(void) { const char *c = "date"; system(c); }'],
    invalid: [
      'void f(const char *d) { char c[64]; sprintf(c, "ls %s", d); system(c); }',
      'void f(char *u) { popen(u, "r"); }',
    ],
  },
});
