import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { namedChildren } from "../../parse/nodes.js";

const SHELL_CALLS = new Set([
  "os.system",
  "os.popen",
  "os.popen2",
  "os.popen3",
  "os.popen4",
  "commands.getoutput",
  "commands.getstatusoutput",
  "subprocess.getoutput",
  "subprocess.getstatusoutput",
  "popen2.popen2",
]);
const SPAWN = /^os\.(spawn[lv]p?e?|posix_spawnp?|exec[lv]p?e?)$/;

export default pyRule({
  meta: {
    id: "PY-CMDI-001",
    title: "OS command built from non-literal data runs through a shell",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags os.system, os.popen and similar shell-invoking calls whose command is not a plain literal.",
      why_bad:
        "The shell interprets metacharacters (; | $() `) in the string, so any attacker-influenced part of the command can run arbitrary programs.",
      example_bad: "import os\ndef backup(name):\n    os.system('tar czf /backups/out.tgz ' + name)",
      example_good:
        "import subprocess\ndef backup(name):\n    subprocess.run(['tar', 'czf', '/backups/out.tgz', '--', name], check=True)",
    },
    fix_hint:
      "Use subprocess.run with an argument list and no shell; if a shell is unavoidable, quote each value with shlex.quote.",
  },
  trigger: /system|popen|getoutput|getstatusoutput|spawn|exec[lv]/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (SPAWN.test(q)) {
      // os.spawn*/posix_spawn take an argv, not a command line: only a shell with -c makes one string a command.
      const args = ctx.args(node);
      // spawn*(mode, path, argv...), exec*(path, argv...), posix_spawn(path, argv, env).
      const argv = /^os\.spawn[lv]/.test(q)
        ? q.startsWith("os.spawnl")
          ? args.slice(2)
          : namedChildren(args[2] ?? node)
        : q.startsWith("os.execl")
          ? args.slice(1)
          : namedChildren(args[1] ?? node);
      const program = ctx.stringValue(ctx.resolve(argv[0])) ?? "";
      const dashC = argv.findIndex((a) => ctx.stringValue(a) === "-c");
      const cmd = dashC > 0 ? argv[dashC + 1] : undefined;
      if (!/(^|\/)(ba|da|z|k)?sh$/.test(program) || !cmd) return;
      const level = ctx.level(cmd, "command");
      if (level === Level.CONST) return;
      report({
        node,
        severity: taintSeverity(level),
        message: `${q}() runs a shell (-c) command built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
      });
      return;
    }
    if (!SHELL_CALLS.has(q) && !(q === "system" || q === "popen")) return;
    const cmd = ctx.arg(node, 0, "command") ?? ctx.arg(node, 0, "cmd");
    if (!cmd) return;
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
      "import os\nos.system('ls -l')",
      "import os\ndef f(name):\n    os.spawnlp(os.P_WAIT, 'ls', 'ls', name)",
      "import os\nos.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'ls -l')",
      "import os\ndef run(name):\n    os.execlp('ls', 'ls', name)",
      "import os, shlex\ndef f(name):\n    os.system('ls ' + shlex.quote(name))",
      "import os\nDIR = '/tmp'\nos.system('ls ' + DIR)",
      "import os\ndef f(n):\n    if n not in ('a', 'b'):\n        raise ValueError()\n    os.system('run ' + n)",
    ],
    invalid: [
      "import os\ndef run(cmd):\n    os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', cmd)",
      "import os\ndef run(cmd):\n    os.posix_spawn('/bin/sh', ['/bin/sh', '-c', cmd], {})",
      "import os\ndef run(cmd):\n    os.execl('/bin/sh', 'sh', '-c', 'ls ' + cmd)",
      "import os\ndef run(cmd):\n    os.execvp('bash', ['bash', '-c', cmd])",
      "import os\ndef f(user):\n    os.system('finger ' + user)",
      "import os\ncmd = input()\nos.popen(cmd).read()",
      "from os import system\nimport sys\nsystem('echo %s' % sys.argv[1])",
    ],
  },
});
