import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-CMDI-001",
    title: "Command built from non-literal data",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags exec.Command/CommandContext whose program is not a literal, or that runs a shell (sh -c, bash -c, cmd /C) with a non-literal script.",
      why_bad:
        "A script string built with fmt.Sprintf or + lets a value such as `; rm -rf ~` run its own commands (OS command injection, CWE-78).",
      example_bad:
        'func list(dir string) ([]byte, error) {\n\treturn exec.Command("sh", "-c", "ls -l "+dir).Output()\n}',
      example_good:
        'func list(dir string) ([]byte, error) {\n\treturn exec.Command("ls", "-l", "--", dir).Output()\n}',
    },
    fix_hint:
      "Call the program directly with separate arguments (and -- before user values); never build a shell script.",
  },
  trigger: /exec\.Command/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^exec\.(Command|CommandContext)$/.test(q)) return;
    const args = ctx.args(node).slice(q.endsWith("Context") ? 1 : 0);
    const prog = args[0];
    if (!prog) return;
    const level = ctx.level(prog);
    if (level !== Level.CONST) {
      report(taintReport(node, level, `${q} program`));
      return;
    }
    if (!/^"(sh|bash|\/bin\/sh|\/bin\/bash|zsh|cmd|cmd\.exe|powershell)"$/.test(ctx.text(prog))) return;
    const script = args.slice(1).reduce((m, a) => Math.max(m, ctx.level(a)), Level.CONST as Level);
    if (script !== Level.CONST) report(taintReport(node, script, "shell script"));
  },
  cases: {
    valid: ['func f(d string) { exec.Command("ls", "-l", d).Run() }'],
    invalid: [
      'func f(d string) { exec.Command("sh", "-c", "ls "+d).Run() }',
      "func f(p string) { exec.Command(p).Run() }",
    ],
  },
});
