import { pyRule } from "./common.js";

/**
 * Commands (by name or by their /bin, /usr/bin, /usr/local/bin path) whose options an attacker can smuggle in as
 * file names a `*` expands to (`--checkpoint-action=`).
 */
const WILDCARD_CMD =
  /(^|[\s;&|(])(\/(usr\/)?(local\/)?s?bin\/)?(tar|chown|chgrp|chmod|rsync|zip)\s[^;&|]*(\s|\/)\*(\s|$|[;&|)])/;

export default pyRule({
  meta: {
    id: "PY-CMDI-003",
    title: "Shell wildcard expanded into the arguments of tar, chown, chmod or rsync",
    cwe: ["CWE-155", "CWE-78"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags shell commands (os.system, os.popen, subprocess with shell=True) that run tar, chown, chgrp, chmod, rsync or zip on a bare `*` wildcard.",
      why_bad:
        "The shell expands `*` to every file name in the directory; a file named `--checkpoint-action=exec=sh x.sh` or `--reference=...` becomes an option, so whoever can create files there can run commands or change ownership.",
      example_bad: "import os\nos.system('tar czf /backup/site.tgz *')",
      example_good:
        "import subprocess\nsubprocess.run(['tar', 'czf', '/backup/site.tgz', '--', '.'], check=True)",
    },
    fix_hint:
      "Pass explicit paths (or `--` before the wildcard, or `./*`) and avoid the shell: use an argument list.",
  },
  trigger: /(tar|chown|chgrp|chmod|rsync|zip)\s[^'"\n]*\*/,
  nodeTypes: ["call"],
  calls: [
    "system",
    "popen",
    "getoutput",
    "getstatusoutput",
    "call",
    "run",
    "Popen",
    "check_call",
    "check_output",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const shellFn = /^(os\.(system|popen)|commands\.getoutput|subprocess\.(getoutput|getstatusoutput))$/.test(
      q,
    );
    const shellTrue =
      /^subprocess\.(call|run|Popen|check_call|check_output)$/.test(q) &&
      ctx.isTrue(ctx.kwarg(node, "shell"));
    if (!shellFn && !shellTrue) return;
    const cmd = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "args") ?? ctx.arg(node, 0, "command")));
    if (cmd === undefined || !WILDCARD_CMD.test(cmd) || /\s--\s[^;&|]*\*/.test(cmd)) return;
    report({ node, message: "a `*` the shell expands becomes options of the command (wildcard injection)" });
  },
  cases: {
    valid: [
      "import os\nos.system('tar czf /backup/site.tgz /var/www')",
      "import os\nos.system('tar czf /backup/site.tgz -- *')",
      "import subprocess\nsubprocess.run(['tar', 'czf', 'b.tgz', '*'])",
      "import os\nos.system('ls *.log')",
    ],
    invalid: [
      { code: "import os\nos.system('tar czf /backup/www.tgz *')", line: 2 },
      { code: "import subprocess\nsubprocess.call('chown -R www-data *', shell=True)", line: 2 },
      { code: "import os\nos.system('/usr/bin/tar czf /backup/www.tgz *')", line: 2 },
      { code: "import os\nCMD = 'cd /srv && rsync -a * backup:/srv'\nos.popen(CMD)", line: 3 },
    ],
  },
});
