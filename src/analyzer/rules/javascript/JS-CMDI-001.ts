import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

export default jsRule({
  meta: {
    id: "JS-CMDI-001",
    title: "Shell command built from non-literal data",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags child_process exec/execSync and spawn/execFile with shell: true whose command is not a literal.",
      why_bad:
        "exec runs the string through /bin/sh; metacharacters in any spliced value run extra commands.",
      example_bad:
        "const { exec } = require('child_process');\nfunction list(dir) {\n  exec(`ls -l ${dir}`, (err, out) => console.log(out));\n}",
      example_good:
        "const { execFile } = require('child_process');\nfunction list(dir) {\n  execFile('ls', ['-l', '--', dir], (err, out) => console.log(out));\n}",
    },
    fix_hint: "Use execFile/spawn with an argument array and no shell.",
  },
  trigger: /exec|spawn|execFile/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    const isExec =
      /^(child_process\.)?(exec|execSync)$/.test(q) ||
      /child_process\.(exec|execSync)$/.test(q) ||
      (/\.(exec|execSync)$/.test(q) && /child_?process|cp\b/i.test(q));
    const isSpawn =
      /(^|\.)(spawn|spawnSync|execFile|execFileSync)$/.test(q) &&
      args.some((a) => a.type === "object" && /shell\s*:\s*true/.test(ctx.text(a)));
    if (!isExec && !isSpawn) return;
    if (q === "exec" && !/child_process/.test(ctx.tree.source)) return;
    const cmd = args[0];
    if (!cmd || ctx.guardedBefore(node)) return;
    const level = ctx.level(cmd, "command");
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `${q}() runs a shell command built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
    });
  },
  cases: {
    valid: [
      "const { exec } = require('child_process');\nexec('ls -l');",
      "const cp = require('child_process');\nfunction f(d) { cp.execFile('ls', [d]); }",
    ],
    invalid: [
      "const cp = require('child_process');\nfunction f(d) { cp.execSync('rm -rf ' + d); }",
      "const { spawn } = require('child_process');\nfunction f(c) { spawn(c, { shell: true }); }",
      "const ChildProcess = require('child_process');\nfunction run(command) { return ChildProcess.exec(command); }",
    ],
  },
});
