import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-CMDI-001",
    title: "Process started with a non-literal command",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags Process.Start(file, args), new ProcessStartInfo(file, args) and FileName/Arguments assignments whose values are not constant.",
      why_bad:
        "A file name or argument string built from input can start a different program or, through cmd.exe / sh -c, run extra commands (OS command injection, CWE-78).",
      example_bad: 'void Ping(string host) {\n  Process.Start("cmd.exe", "/c ping " + host);\n}',
      example_good:
        'void Ping(string host) {\n  if (!Uri.CheckHostName(host).Equals(UriHostNameType.Dns)) throw new ArgumentException();\n  var psi = new ProcessStartInfo("ping");\n  psi.ArgumentList.Add(host);\n  Process.Start(psi);\n}',
    },
    fix_hint:
      "Start a fixed executable with ProcessStartInfo.ArgumentList after validating each argument; do not go through a shell.",
  },
  trigger: /Process|FileName|Arguments/,
  nodeTypes: [...CALL_TYPES.csharp, "assignment_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      const left = node.children.find((c) => c.field === "left");
      const right = node.children.find((c) => c.field === "right");
      if (!left || !right || !/(^|\.)(FileName|Arguments)$/.test(ctx.text(left))) return;
      if (!sourceHas(ctx.tree, /ProcessStartInfo|Process\b/)) return;
      const level = ctx.level(right);
      if (level !== Level.CONST) report(taintReport(node, level, `${ctx.text(left)}`));
      return;
    }
    const q = ctx.callee(node);
    if (!/^(System\.Diagnostics\.)?Process\.Start$|^new (System\.Diagnostics\.)?ProcessStartInfo$/.test(q))
      return;
    const args = ctx.args(node);
    if (args.length === 0) return;
    if (args.length === 1 && /^(psi|startInfo|info|processStartInfo|\w*Info)$/i.test(ctx.text(args[0]!)))
      return;
    const level = args.reduce((m, a) => Math.max(m, ctx.level(a)), Level.CONST as Level);
    if (level !== Level.CONST) report(taintReport(node, level, `${q}()`));
  },
  cases: {
    valid: ['class A { void F() { Process.Start("notepad.exe"); } }'],
    invalid: [
      'class A { void F(string h) { Process.Start("cmd.exe", "/c ping " + h); } }',
      "class A { void F(string c) { var p = new Process(); p.StartInfo.FileName = c; } }",
    ],
  },
});
