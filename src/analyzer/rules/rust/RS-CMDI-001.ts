import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["rust"], {
  meta: {
    id: "RS-CMDI-001",
    title: "Command built from non-literal data",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags Command::new whose program is not a literal, and a shell (sh -c, cmd /C) given a non-literal script via .arg/.args.",
      why_bad:
        "A program path from input runs whatever binary the attacker names; a script string handed to a shell runs any command appended to it (OS command injection, CWE-78).",
      example_bad:
        "use std::process::Command;\nfn run(tool: &str) {\n  Command::new(tool).status().unwrap();\n}",
      example_good:
        'use std::process::Command;\nfn run(file: &str) {\n  Command::new("wc").arg("-l").arg(file).status().unwrap();\n}',
    },
    fix_hint: "Run a fixed program and pass untrusted values as separate .arg()s; never pass them to sh -c.",
  },
  trigger: /Command/,
  nodeTypes: CALL_TYPES.rust,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/(^|\.)Command\.new$/.test(q)) return;
    const prog = ctx.args(node)[0];
    if (!prog) return;
    const level = ctx.level(prog);
    if (level !== Level.CONST) {
      report(taintReport(node, level, "Command::new program"));
      return;
    }
    if (!/^"(sh|bash|\/bin\/sh|\/bin\/bash|cmd|cmd\.exe|powershell)"$/.test(ctx.text(prog))) return;
    // A shell: look at the argument chain for a non-literal script.
    for (
      let p = node.parent;
      p && (p.type === "field_expression" || p.type === "call_expression");
      p = p.parent
    ) {
      if (p.type !== "call_expression" || !/\.(arg|args)$/.test(ctx.callee(p))) continue;
      const a = ctx.args(p)[0];
      if (a && ctx.level(a) !== Level.CONST) {
        report(taintReport(p, ctx.level(a), "shell script"));
        return;
      }
    }
  },
  cases: {
    valid: ['fn f(x: &str) { std::process::Command::new("ls").arg(x).status(); }'],
    invalid: [
      "fn f(x: &str) { std::process::Command::new(x).status(); }",
      'fn f(x: &str) { Command::new("sh").arg("-c").arg(x).status(); }',
    ],
  },
});
