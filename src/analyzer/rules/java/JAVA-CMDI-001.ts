import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-CMDI-001",
    title: "OS command built from non-literal data",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does: "Flags Runtime.exec and ProcessBuilder whose command (string or array) is not constant.",
      why_bad:
        "A command string spliced together from input lets the attacker add arguments or, via a shell (sh -c / cmd /c), whole commands (OS command injection, CWE-78).",
      example_bad:
        'void ping(String host) throws Exception {\n  Runtime.getRuntime().exec("ping -c 1 " + host);\n}',
      example_good:
        'void ping(String host) throws Exception {\n  if (!host.matches("[A-Za-z0-9.-]+")) throw new IllegalArgumentException();\n  new ProcessBuilder("ping", "-c", "1", host).start();\n}',
    },
    fix_hint:
      "Pass a fixed program and validated arguments as separate array elements; never build a shell string.",
  },
  trigger: /exec|ProcessBuilder/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const isExec = /(getRuntime\(\)|runtime|rt|r)\.exec$/i.test(q);
    const isBuilder = /^new (java\.lang\.)?ProcessBuilder$/.test(q) || /\.command$/.test(q);
    if (!isExec && !isBuilder) return;
    const args = ctx.args(node);
    if (args.length === 0) return;
    if (isBuilder) {
      // Fixed program with separate arguments is the safe form unless it is a shell.
      const first = args[0]!;
      const shell =
        args.length > 1 && /^"(\/bin\/)?(ba)?sh"$|^"cmd(\.exe)?"$|^"powershell"/.test(ctx.text(first));
      if (args.length > 1 && ctx.isConstant(first) && !shell) return;
      const level = args.reduce((m, a) => Math.max(m, ctx.level(a)), Level.CONST as Level);
      if (level !== Level.CONST) report(taintReport(node, level, "ProcessBuilder command"));
      return;
    }
    const level = ctx.level(args[0]!);
    if (level !== Level.CONST) report(taintReport(node, level, "Runtime.exec() command"));
  },
  cases: {
    valid: [
      'class A { void f() throws Exception { Runtime.getRuntime().exec("ls"); } }',
      'class A { void f(String d) throws Exception { new ProcessBuilder("ls", d).start(); } }',
    ],
    invalid: [
      'class A { void f(String d) throws Exception { Runtime.getRuntime().exec("ls " + d); } }',
      'class A { void f(String d) throws Exception { new ProcessBuilder("sh", "-c", d).start(); } }',
    ],
  },
});
