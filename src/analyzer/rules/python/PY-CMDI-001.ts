import { Level, type PythonContext } from "../../dataflow/python.js";
import { callNames, pyRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { descendants, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { isFabricConnection } from "./remote-command.js";

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
  // Python 2's popen2 module: a string command runs through /bin/sh, in the functions and the Popen3/Popen4 classes.
  "popen2.popen2",
  "popen2.popen3",
  "popen2.popen4",
  "popen2.Popen3",
  "popen2.Popen4",
  // Windows ShellExecute: opens (runs) whatever path or URL it is given
  "os.startfile",
  // pexpect splits the string itself (no shell, but the whole argv comes from it); fabric/invoke run a shell
  "pexpect.spawn",
  "pexpect.spawnu",
  "pexpect.run",
  "pexpect.runu",
  "pexpect.popen_spawn.PopenSpawn",
  "invoke.run",
  "invoke.sudo",
  "fabric.api.run",
  "fabric.api.sudo",
  "fabric.api.local",
  "fabric.operations.run",
  "fabric.operations.sudo",
  "fabric.operations.local",
  // paramiko's ProxyCommand runs its command line locally (split, no shell) as ssh's ProxyCommand would;
  // platform.popen (before 3.8) was os.popen.
  "paramiko.ProxyCommand",
  "paramiko.proxy.ProxyCommand",
  "platform.popen",
  // delegator.py runs a string command with shell=True (chain() splits it on pipes first); envoy splits on pipes
  // and runs each part.
  "delegator.run",
  "delegator.chain",
  "envoy.run",
]);
/** The short-option cluster that makes a shell read its next word as a command line: -c, -lc, -ec, -xc. */
export const DASH_C = /^-[a-zA-Z]*c[a-zA-Z]*$/;
const SHELL_PROGRAM = /(^|\/)(ba|da|z|k)?sh$/;
// plumbum's remote machines: `rem['prog']` finds a program on the remote host as `local['prog']` does here.
const PLUMBUM_MACHINE =
  /^plumbum\.(machines\.(ssh_machine\.|paramiko_machine\.)?)?(SshMachine|ParamikoMachine|PuttyMachine)$/;
const SPAWN = /^(os\.(spawn[lv]p?e?|posix_spawnp?|exec[lv]p?e?)|pty\.spawn)$/;

/**
 * The argv a spawn/exec-style call runs: `os.spawnl(mode, path, *argv)`, `os.execl(path, *argv)`, list forms.
 * pty.spawn(argv) also takes a plain string, the program alone (`pty.spawn(cmd)` is `execlp(cmd, cmd)`): the
 * argument that is no list literal is the program.
 */
function spawnArgv(
  ctx: PythonContext,
  q: string,
  args: readonly SyntaxNode[],
  node: SyntaxNode,
): readonly SyntaxNode[] {
  if (q === "pty.spawn") {
    const a = args[0] && (ctx.resolve(args[0]) ?? args[0]);
    if (!a || !args[0]) return [];
    return a.type === "list" || a.type === "tuple" ? namedChildren(a) : [args[0]];
  }
  if (q.startsWith("os.spawnl")) return args.slice(2);
  if (q.startsWith("os.spawnv")) return namedChildren(args[2] ?? node);
  if (q.startsWith("os.execl")) return args.slice(1);
  return namedChildren(args[1] ?? node);
}

/** How tainted the command line after a shell's `-c` is among its argument words (CONST when there is no -c). */
function dashCommandLevel(ctx: PythonContext, words: readonly SyntaxNode[]): Level {
  const i = words.findIndex((w) => DASH_C.test(ctx.stringValue(w) ?? ""));
  const cmd = i >= 0 ? words[i + 1] : undefined;
  return cmd ? ctx.level(cmd, "command") : Level.CONST;
}

/**
 * A reloader restarting the running program: the executable is `sys.executable` or the script the process was
 * started as (`sys.argv[0]`, or a name assigned from it in the function), and the function reads both. Whoever
 * chose `sys.argv` already chose this program; re-running it grants nothing new.
 */
function reExecutesItself(ctx: PythonContext, call: SyntaxNode, exe: SyntaxNode): boolean {
  // `os.execve(sys.argv[0], sys.argv, os.environ)`: the program restarts itself with its own command line.
  if (ctx.text(exe) === "sys.argv[0]" && ctx.args(call).some((a) => ctx.text(a) === "sys.argv")) return true;
  const fn = ctx.enclosingFunction(call);
  if (!fn) return false;
  const body = ctx.text(fn);
  if (!/\bsys\.executable\b/.test(body) || !/\bsys\.argv\b/.test(body)) return false;
  const assigns = descendants(fn).filter((n) => n.type === "assignment");
  const fromArgv0 = new Set<string>();
  for (const a of assigns) {
    const l = field(a, "left");
    if (l?.type === "identifier" && /\bsys\.argv\[0\]/.test(ctx.text(field(a, "right") ?? a)))
      fromArgv0.add(ctx.text(l));
  }
  const own = (t: string) =>
    /^(sys\.executable|sys\.argv\[0\])$/.test(t) ||
    [...fromArgv0].some(
      (n) => new RegExp(`(^|[^\\w.])${n}\\b`).test(t) && !/\b(input|request|environ|getenv)\b/.test(t),
    );
  if (own(ctx.text(exe))) return true;
  if (exe.type !== "identifier") return false;
  const mine = assigns.filter((a) => ctx.text(field(a, "left") ?? a) === ctx.text(exe));
  return mine.length > 0 && mine.every((a) => own(ctx.text(field(a, "right") ?? a)));
}

/** `chan.exec_command(...)` with `chan = <transport>.open_session()`: a paramiko Channel. */
function sessionChannel(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const made = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return made?.type === "call" && ctx.method(made) === "open_session";
}

export default pyRule({
  meta: {
    id: "PY-CMDI-001",
    title: "OS command built from non-literal data runs through a shell",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "an exec/spawn call (no shell) runs a program a caller names: a hint to check where the name comes from",
      },
      {
        severity: "LOW",
        when: "docker containers.run/create given a caller's command string: split into the container's argv, no shell",
      },
    ],
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
  trigger:
    /system|popen|startfile|getoutput|getstatusoutput|spawn|exec[lv]|exec_command|pexpect|fabric|invoke|BashOperator|containers\.(run|create)|create_container|plumbum|ProxyCommand|Command\(|\bsh\.|from sh import|delegator|envoy|ansible_runner|exec_run/,
  nodeTypes: ["call"],
  calls: callNames(SHELL_CALLS, [
    ...["spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe"],
    ...["posix_spawn", "posix_spawnp", "spawn"],
    ...["execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe"],
    ...["Command", "BashOperator", "run", "exec_command", "sudo", "local", "system", "popen", "exec_run"],
    ...["create", "create_container"],
    // the sh package's shells: sh.bash('-c', line)
    ...["sh", "bash", "dash", "zsh", "ksh"],
  ]),
  // (No test-scope LOW here, unlike PY-CLEAR-001 / PY-TLS-001: a shell command in a TestCase helper or a
  // module's `test()` demo still runs with its caller's file names - mailcap's test() is the CVE-2015-20107 shape.)
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    let callee = field(node, "function");
    // `bash = local["bash"]; bash("-c", line)`: a name bound to plumbum's program lookup, called directly.
    if (callee?.type === "identifier" && sourceHas(ctx.tree, /plumbum/)) {
      const bound = ctx.resolve(callee);
      if (bound?.type === "subscript" && /^plumbum\.local$/.test(ctx.qname(field(bound, "value"))))
        callee = bound;
    }
    // ansible_runner.run(module="shell" | "command" | "raw", module_args=...): module_args is the command line the
    // hosts run.
    if (/^ansible_runner\.(run|run_async)$/.test(q)) {
      const module = ctx.stringValue(ctx.kwarg(node, "module")) ?? "";
      const line = ctx.kwarg(node, "module_args");
      const level =
        line && /^(ansible\.builtin\.)?(shell|command|raw)$/.test(module)
          ? ctx.level(line, "command")
          : Level.CONST;
      if (level >= Level.PARAM)
        report({
          node,
          severity: taintSeverity(level),
          message: `ansible_runner runs the ${module} module with a command line built from data`,
        });
      return;
    }
    if (callee?.type === "subscript") {
      // plumbum: local['bash']('-c', cmd) or sh = local['sh']; sh['-c', cmd](): a shell given one command line.
      // A remote machine (`with SshMachine(host) as rem: rem['bash'][...]`) looks programs up the same way.
      const isLocal = (n: SyntaxNode | undefined) => {
        if (/^plumbum\.local$/.test(ctx.qname(n))) return true;
        const made = n?.type === "identifier" ? ctx.resolve(n) : undefined;
        return made?.type === "call" && PLUMBUM_MACHINE.test(ctx.callee(made));
      };
      const direct = isLocal(field(callee, "value"));
      const shell = direct ? callee : ctx.resolve(field(callee, "value"));
      const name =
        shell?.type === "subscript" && isLocal(field(shell, "value"))
          ? ctx.stringValue(field(shell, "subscript"))
          : undefined;
      // local[prog]: the program itself named by request data (plumbum runs whatever the name resolves to).
      if (
        direct &&
        name === undefined &&
        ctx.level(field(callee, "subscript") ?? callee, "command") === Level.SOURCE
      ) {
        report({ node, severity: "CRITICAL", message: "plumbum runs a program named by untrusted input" });
        return;
      }
      if (name !== undefined) {
        if (!/(^|\/)(ba|da|z|k)?sh$/.test(name)) return;
        const words = direct
          ? ctx.args(node)
          : namedChildren(callee)
              .slice(1)
              .flatMap((w) => (w.type === "tuple" ? namedChildren(w) : [w]));
        const level = dashCommandLevel(ctx, words);
        if (level >= Level.PARAM)
          report({
            node,
            severity: taintSeverity(level),
            message: `plumbum ${name} -c runs a command line built from data`,
          });
        return;
      }
    }
    // The sh package runs a program per attribute (`sh.bash(...)`) or per sh.Command(path): when that program is a
    // shell, the word after -c is one command line for it.
    const shProgram = /^sh\.\w+$/.test(q)
      ? q.slice(3)
      : callee?.type === "call" && ctx.callee(callee) === "sh.Command"
        ? ctx.stringValue(ctx.resolve(ctx.arg(callee, 0, "path")))
        : undefined;
    if (shProgram !== undefined && SHELL_PROGRAM.test(shProgram)) {
      const level = dashCommandLevel(ctx, ctx.args(node));
      if (level >= Level.PARAM)
        report({
          node,
          severity: taintSeverity(level),
          message: `the sh package runs ${shProgram} -c with a command line built from data`,
        });
      return;
    }
    // sh.Command(prog) (the sh package) runs the program it names, found on PATH or by path.
    if (q === "sh.Command") {
      const prog = ctx.arg(node, 0, "path");
      if (prog && ctx.level(prog, "command") === Level.SOURCE)
        report({
          node,
          severity: "CRITICAL",
          message: "sh.Command() runs a program named by untrusted input",
        });
      return;
    }
    if (SPAWN.test(q)) {
      // os.spawn*/posix_spawn take an argv, not a command line: only a shell with -c makes one string a command.
      const argv = spawnArgv(ctx, q, ctx.args(node), node);
      // The executable itself chosen by the caller (or by request data): no shell, but any program runs.
      const args = ctx.args(node);
      const exe = q === "pty.spawn" ? argv[0] : q.startsWith("os.spawn") ? args[1] : args[0];
      const exeLevel = exe ? ctx.level(exe, "command") : Level.CONST;
      if (exeLevel >= Level.PARAM && exe && reExecutesItself(ctx, node, exe)) return;
      if (exeLevel >= Level.PARAM) {
        report({
          node,
          severity: exeLevel === Level.SOURCE ? "CRITICAL" : "LOW",
          message: `${q}() runs a program named by ${exeLevel === Level.SOURCE ? "untrusted input" : "a caller"}`,
        });
        return;
      }
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
    // Airflow's BashOperator runs bash_command through bash; the Docker SDK's containers.run(image, command) runs
    // a string command as the container's argv, and a list with `sh -c` through the container's shell.
    const airflow = /(^|\.)BashOperator$/.test(q) && /airflow/.test(q);
    // containers.create and the low-level APIClient.create_container take the same (image, command) pair.
    // Container.exec_run(cmd) takes the same command (a string split into argv, or a list) as its first argument.
    const execRun = ctx.method(node) === "exec_run";
    const docker =
      (execRun || /(\.containers\.(run|create)|\.create_container)$/.test(q)) &&
      sourceHas(ctx.tree, /\bdocker\b/);
    if (airflow || docker) {
      let cmd = airflow
        ? ctx.kwarg(node, "bash_command")
        : execRun
          ? ctx.arg(node, 0, "cmd")
          : ctx.arg(node, 1, "command");
      const dockerShell = !!cmd && docker && (cmd.type === "list" || cmd.type === "tuple");
      if (cmd && docker && (cmd.type === "list" || cmd.type === "tuple")) {
        const argv = namedChildren(cmd);
        const dashC = argv.findIndex((a) => ctx.stringValue(a) === "-c");
        cmd =
          dashC > 0 && /(^|\/)(ba|da|z|k)?sh$/.test(ctx.stringValue(argv[0]) ?? "")
            ? argv[dashC + 1]
            : undefined;
      }
      const level = cmd ? ctx.level(cmd, "command") : Level.CONST;
      if (level === Level.CONST) return;
      // A job launcher's `containers.run(image, cmd)` with the caller's command: docker-py splits a string into
      // the container's argv (no shell, inside the container): a hint, unless untrusted input or `sh -c` reaches it.
      report({
        node,
        severity: docker && !dockerShell && level === Level.PARAM ? "LOW" : taintSeverity(level),
        message: `${airflow ? "BashOperator" : "containers.run()"} runs a command built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
      });
      return;
    }
    // paramiko's SSHClient.exec_command hands its string to the remote user's shell; so does a Channel from
    // Transport.open_session() (in code handed the transport, without naming paramiko).
    const remote =
      (ctx.method(node) === "exec_command" &&
        (sourceHas(ctx.tree, /paramiko|ssh/i) || sessionChannel(ctx, node))) ||
      (/^(run|sudo|local)$/.test(ctx.method(node)) && isFabricConnection(ctx, node));
    // A bare system()/popen() is os's (a star import); one the file defines itself is its own function.
    const bare = (q === "system" || q === "popen") && ctx.localCallee(node)?.type !== "function_definition";
    if (!SHELL_CALLS.has(q) && !bare && !remote) return;
    let cmd = ctx.arg(node, 0, "command") ?? ctx.arg(node, 0, "cmd") ?? ctx.arg(node, 0, "command_line");
    if (!cmd) return;
    // delegator.run(["ping", "-c", "1", host]): a list is an argv, each word one argument.
    if (/^(delegator|envoy)\./.test(q) && /^(list|tuple)$/.test(cmd.type)) return;
    // `def exec_command(self, cmd): return self._local.exec_command(cmd)` (or super()'s): a wrapper with the same
    // interface hands its own parameter on unchanged. Its callers call a method of that name too, and are judged
    // there.
    const host = ctx.enclosingFunction(node);
    if (
      remote &&
      host &&
      cmd.type === "identifier" &&
      ctx.text(field(host, "name") ?? host) === ctx.method(node) &&
      ctx.paramNames(host).includes(ctx.text(cmd)) &&
      !descendants(host).some(
        (a) =>
          /^(assignment|augmented_assignment)$/.test(a.type) &&
          ctx.text(field(a, "left") ?? a) === ctx.text(cmd!),
      )
    )
      return;
    // pexpect.spawn('/bin/bash', ['-c', line]): the program a shell, the command line in its argument list.
    const argList = q.startsWith("pexpect.") ? ctx.resolve(ctx.arg(node, 1, "args")) : undefined;
    if (
      (argList?.type === "list" || argList?.type === "tuple") &&
      ctx.level(cmd, "command") === Level.CONST
    ) {
      const argv = namedChildren(argList);
      const dashC = argv.findIndex((a) => ctx.stringValue(a) === "-c");
      if (
        dashC >= 0 &&
        argv[dashC + 1] &&
        /(^|\/)(ba|da|z|k)?sh$/.test(ctx.stringValue(ctx.resolve(cmd)) ?? "")
      )
        cmd = argv[dashC + 1]!;
    }
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
      "import docker\nfrom flask import request\ndef f():\n    c = docker.from_env().containers.get('x')\n    return c.exec_run(['cat', '--', request.args['f']])",
      "import delegator\ndef f(name):\n    return delegator.run(['ping', '-c', '1', name])",
      "import ansible_runner\ndef f(v):\n    return ansible_runner.run(private_data_dir='/a', playbook='site.yml', extravars={'v': v})",
      "from plumbum import local\ndef f(repo):\n    git = local['git']\n    return git('-C', repo, 'status')",
      // A local decorator vets the same request value before it calls the view.
      "import functools, os, re\nfrom flask import Flask, abort, request\napp = Flask(__name__)\nHOST = re.compile(r'[A-Za-z0-9.-]{1,253}')\ndef checked(view):\n    @functools.wraps(view)\n    def wrapper(*a, **kw):\n        host = request.args.get('host', '')\n        if not HOST.fullmatch(host):\n            abort(400)\n        return view(*a, **kw)\n    return wrapper\n@app.route('/dig')\n@checked\ndef dig():\n    host = request.args.get('host', '')\n    return os.popen('dig +short ' + host).read()",
      // A restart: the script execs itself with its own command line.
      "import os, sys\ndef restart():\n    os.execve(sys.argv[0], sys.argv, os.environ)",
      // A connection wrapper forwarding its own exec_command parameter to the wrapped connection or its base.
      "import paramiko\nclass Conn(Base):\n    def exec_command(self, cmd, in_data=None):\n        super(Conn, self).exec_command(cmd, in_data=in_data)\n        return self._local.exec_command(cmd, in_data)",
      // A client class this file never constructs: its default quoting hook and the constant __init__ stores.
      "import shlex, paramiko\nclass C:\n    def __init__(self, transport, sanitize=shlex.quote):\n        self.transport = transport\n        self.sanitize = sanitize\n        self.command = b'scp'\n    def put(self, path):\n        chan = self.transport.open_session()\n        chan.exec_command(self.command + b' -t ' + self.sanitize(path))",
      // A loop applying each function of a literal tuple: constant-valued lambdas leave a constant.
      "import os\nfrom flask import request\ndef f():\n    name = request.args['n']\n    for fn in (lambda s: 'report', lambda s: 'latest'):\n        name = fn(name)\n    os.system('cat ' + name)",
      // shlex.quote's own construction as a helper (scp's _sh_quote): a search for a character outside the safe
      // class that finds none, else the single-quoted word; called directly or through a stored self.sanitize.
      "import os, re\nfrom flask import request\n_find_unsafe = re.compile(r'[^\\w@%+=:,./~-]').search\ndef _sh_quote(s):\n    if not s:\n        return \"''\"\n    if _find_unsafe(s) is None:\n        return s\n    return \"'\" + s.replace(\"'\", \"'\\\"'\\\"'\") + \"'\"\ndef f():\n    os.system('ls ' + _sh_quote(request.args['p']))",
      "import os, re\nfrom flask import request\n_find_unsafe = re.compile(r'[^\\w@%+=:,./~-]').search\ndef _sh_quote(s):\n    if not s:\n        return \"''\"\n    if _find_unsafe(s) is None:\n        return s\n    return \"'\" + s.replace(\"'\", \"'\\\"'\\\"'\") + \"'\"\nclass C:\n    def __init__(self, sanitize=_sh_quote):\n        self.sanitize = sanitize\n    def ls(self, p):\n        os.system('ls ' + self.sanitize(p))\ndef f():\n    C().ls(request.args['p'])",
      'import os\nfrom flask import request, abort\nBLOCKED = {"localhost"}\ndef allowed(h):\n    return h in BLOCKED\ndef f():\n    host = request.args["host"]\n    if not allowed(host):\n        abort(400)\n    os.system("ping " + host)\n',
      "import os, shlex\nimport tornado.web\nclass H(tornado.web.RequestHandler):\n    def prepare(self):\n        self.target = shlex.quote(self.get_query_argument('t'))\n    def get(self):\n        os.popen('dig ' + self.target).read()",
      "from airflow.operators.bash import BashOperator\ndef task(dag, table):\n    return BashOperator(task_id='v', bash_command='scripts/vacuum.sh ', env={'TABLE': table}, dag=dag)",
      "import docker\nclient = docker.from_env()\ndef run(request):\n    return client.containers.run('alpine', ['python', '/jobs/r.py', request.POST['id']])",
      "import os, sys\nos.execv(sys.executable, [sys.executable] + sys.argv)",
      // a reloader re-running the script it was started as
      "import os, sys\ndef restart():\n    executable = sys.executable\n    script = os.path.abspath(sys.argv[0])\n    args = sys.argv[1:]\n    if os.access(script, os.X_OK):\n        executable = script\n    os.execv(executable, [executable] + args)",
      "from fabric import Connection\nc = Connection('h')\nc.run('uptime')",
      "import os\nos.system('ls -l')",
      "import sh\ndef f(prog):\n    return sh.Command(prog)('--version')",
      "import pexpect\ndef f(path):\n    return pexpect.spawn('/usr/bin/du', ['-sh', path])",
      "import os\ndef f(name):\n    os.spawnlp(os.P_WAIT, 'ls', 'ls', name)",
      "import os\ndef f(name):\n    os.execvp('dig', ['dig', name])",
      "import pty\npty.spawn('/bin/bash')",
      "import paramiko\ndef up(client):\n    client.exec_command('uptime')",
      "import paramiko\nHOPS = {'eu': 'jump-eu'}\ndef f(r):\n    return paramiko.ProxyCommand('ssh -W h:22 ' + HOPS.get(r, 'jump-eu'))",
      "import os\nos.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'ls -l')",
      "import os\ndef run(name):\n    os.execlp('ls', 'ls', name)",
      "import os, shlex\ndef f(name):\n    os.system('ls ' + shlex.quote(name))",
      "import os\nDIR = '/tmp'\nos.system('ls ' + DIR)",
      "import os\ndef f(n):\n    if n not in ('a', 'b'):\n        raise ValueError()\n    os.system('run ' + n)",
      "import sh\nsh.bash('-c', 'ls -l /srv')",
      "import sh\nfrom flask import request\ndef f():\n    return sh.ls('-la', request.args['d'])",
      "import ipaddress, os\nfrom flask import request\ndef f():\n    host = str(ipaddress.IPv4Address(request.args['h']))\n    os.system('ping -c 1 ' + host)",
      "from plumbum import SshMachine\nfrom flask import request\ndef f():\n    with SshMachine('h') as rem:\n        return rem['ls']['-la', request.args['p']]()",
    ],
    invalid: [
      {
        code: "import docker\nfrom flask import request\ndef f():\n    c = docker.from_env().containers.get('x')\n    return c.exec_run(['sh', '-c', 'ls ' + request.args['d']])",
        line: 5,
      },
      {
        code: "import docker\nd = docker.from_env()\ndef run_job(image, cmd):\n    return d.containers.run(image, cmd, detach=True)",
        line: 4,
        severity: "LOW",
      },
      {
        code: "from plumbum import local\ndef f(repo):\n    bash = local['bash']\n    return bash('-c', 'du -sh ' + repo)",
        line: 4,
      },
      { code: "import delegator\ndef f(name):\n    return delegator.run(f'ping -c 1 {name}')", line: 3 },
      {
        code: "import ansible_runner\ndef f(h, a):\n    return ansible_runner.run(private_data_dir='/a', host_pattern=h, module='shell', module_args=a)",
        line: 3,
      },
      "import functools, os, re\nfrom flask import Flask, abort, request\napp = Flask(__name__)\nHOST = re.compile(r'[A-Za-z0-9.-]{1,253}')\ndef checked(view):\n    @functools.wraps(view)\n    def wrapper(*a, **kw):\n        host = request.args.get('host', '')\n        print(host)\n        return view(*a, **kw)\n    return wrapper\n@app.route('/dig')\n@checked\ndef dig():\n    host = request.args.get('host', '')\n    return os.popen('dig +short ' + host).read()",
      {
        code: "import popen2, sys\ndef legacy():\n    p = popen2.Popen3('grep ' + sys.argv[1])\n    return p.wait()",
        line: 3,
      },
      // ... not another program named on that command line.
      {
        code: "import os, sys\ndef run_tool():\n    os.execv(sys.argv[1], sys.argv[1:])",
        severity: "CRITICAL",
      },
      // ... not once the wrapper builds on it.
      {
        code: "import paramiko\nclass Conn:\n    def exec_command(self, cmd):\n        cmd = 'sudo ' + cmd\n        return self.client.exec_command(cmd)",
        line: 5,
      },
      {
        code: "import os, sys\nfrom flask import request\ndef run():\n    tool = request.form['tool']\n    os.execv(tool, [tool] + sys.argv[1:] + [sys.executable])",
        line: 5,
        severity: "CRITICAL",
      },
      // A paramiko Channel from Transport.open_session(), paramiko never named.
      {
        code: "class C:\n    def __init__(self, transport):\n        self.transport = transport\n    def rm(self, path):\n        chan = self.transport.open_session()\n        chan.exec_command(b'rm -f ' + path)",
        line: 6,
      },
      "import os\nfrom flask import request\ndef f():\n    name = request.args['n']\n    for fn in (str.strip, str.lower):\n        name = fn(name)\n    os.system('cat ' + name)",
      "import os, re\nfrom flask import request\n_find_unsafe = re.compile(r'[^\\w@%+=:,./~-]').search\ndef _sh_quote(s):\n    if not s:\n        return \"''\"\n    if _find_unsafe(s) is None:\n        return s\n    return \"'\" + s.replace(\"'\", \"'\\\"'\\\"'\") + \"'\"\nclass C:\n    def __init__(self, sanitize=lambda x: x):\n        self.sanitize = sanitize\n    def ls(self, p):\n        os.system('ls ' + self.sanitize(p))\ndef f():\n    C().ls(request.args['p'])",
      'import os\nfrom flask import request, abort\nBLOCKED = {"localhost"}\ndef allowed(h):\n    return h not in BLOCKED\ndef f():\n    host = request.args["host"]\n    if not allowed(host):\n        abort(400)\n    os.system("ping " + host)\n',
      {
        code: "import os\nimport tornado.web\nclass H(tornado.web.RequestHandler):\n    def prepare(self):\n        self.target = self.get_query_argument('t').strip()\n    def get(self):\n        os.popen('dig ' + self.target).read()",
        severity: "CRITICAL",
      },
      { code: "my_os = __import__('os')\nmy_os.system(input())", line: 2 },
      {
        code: "from plumbum import local\nfrom flask import request\ndef f():\n    sh = local['sh']\n    return sh['-c', 'ping ' + request.args['h']]()",
        line: 5,
      },
      {
        code: "from plumbum import local\nfrom flask import request\ndef f():\n    return local['bash']('-c', 'ping ' + request.args['h'])",
        line: 4,
      },
      {
        code: "from airflow.operators.bash import BashOperator\ndef task(dag, table):\n    return BashOperator(task_id='v', bash_command=f\"psql -c 'VACUUM {table}'\", dag=dag)",
        line: 3,
      },
      {
        code: "import docker\nclient = docker.from_env()\ndef run(request):\n    return client.containers.run('alpine', ['sh', '-c', request.POST['script']])",
        line: 4,
      },
      {
        code: "import docker\napi = docker.APIClient()\ndef run(request):\n    return api.create_container(image='alpine', command=['/bin/sh', '-c', request.POST['script']])",
        line: 4,
      },
      {
        code: "import os\ndef launch(program, args):\n    os.execv(program, [program] + args)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import os, sys\nos.spawnv(os.P_WAIT, sys.argv[1], [sys.argv[1]])",
        line: 2,
        severity: "CRITICAL",
      },
      { code: "import pexpect\ndef f(host):\n    return pexpect.spawn('ssh ' + host)", line: 3 },
      {
        code: "import pexpect\ndef f(path):\n    return pexpect.spawn('/bin/bash', ['-c', 'du -sh ' + path])",
        line: 3,
      },
      {
        code: "from fabric import Connection\ndef f(branch):\n    c = Connection('h')\n    c.run('git checkout ' + branch)",
        line: 4,
      },
      "import os\ndef run(cmd):\n    os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', cmd)",
      "import os\ndef run(cmd):\n    os.posix_spawn('/bin/sh', ['/bin/sh', '-c', cmd], {})",
      "import os, sys\nos.execl('/bin/sh', 'sh', '-c', 'hooks/' + sys.argv[1])",
      { code: "import os\ndef run(cmd):\n    os.execl('/bin/sh', 'sh', '-c', 'dig ' + cmd)", line: 3 },
      { code: "import pty\ndef run(cmd):\n    pty.spawn(['/bin/bash', '-c', cmd])", line: 3 },
      // a string is the program itself (pty.spawn runs it with execlp)
      {
        code: "import pty\nfrom flask import request\ndef f():\n    pty.spawn(request.args['cmd'])",
        line: 4,
        severity: "CRITICAL",
      },
      {
        code: "import pty\nfrom flask import request\ndef f():\n    argv = ['/bin/sh', '-c', request.args['cmd']]\n    pty.spawn(argv)",
        line: 5,
      },
      {
        code: "import paramiko\ndef deploy(client, branch):\n    client.exec_command('deploy ' + branch)",
        line: 3,
      },
      "import os\ndef run(cmd):\n    os.execl('/bin/sh', 'sh', '-c', 'ls ' + cmd)",
      "import os\ndef run(cmd):\n    os.execvp('bash', ['bash', '-c', cmd])",
      "import os\ndef f(user):\n    os.system('finger ' + user)",
      { code: "import os\ndef f(path):\n    os.startfile(path)", line: 3 },
      {
        code: "import sh\nfrom flask import request\ndef f():\n    return sh.Command(request.args['p'])('--version')",
        line: 4,
        severity: "CRITICAL",
      },
      {
        code: "from plumbum import local\nfrom flask import request\ndef f():\n    return local[request.args['p']]()",
        line: 4,
        severity: "CRITICAL",
      },
      {
        code: "import paramiko\nfrom flask import request\ndef f():\n    return paramiko.ProxyCommand('ssh -W %h:%p ' + request.args['jump'])",
        line: 4,
      },
      {
        code: "from invoke import Context\nfrom flask import request\ndef f():\n    Context().run('ls ' + request.args['d'])",
        line: 4,
      },
      { code: "from fabric import Connection\ndef f(t):\n    Connection('h').run('host ' + t)", line: 3 },
      "import os\ncmd = input()\nos.popen(cmd).read()",
      {
        code: "import sh\nfrom flask import request\ndef f():\n    return sh.bash('-c', 'ping -c 1 ' + request.args['h'])",
        line: 4,
        severity: "CRITICAL",
      },
      { code: "from sh import zsh\ndef f(cmd):\n    return zsh('-c', 'dig ' + cmd)", line: 3 },
      {
        code: "import sh\nfrom flask import request\ndef f():\n    return sh.Command('/bin/sh')('-c', 'dig ' + request.args['h'])",
        line: 4,
      },
      {
        code: "from plumbum import SshMachine\nfrom flask import request\ndef f():\n    with SshMachine('h') as rem:\n        return rem['bash']['-c', 'ls ' + request.args['p']]()",
        line: 5,
      },
      {
        code: "from plumbum import SshMachine\ndef f(p):\n    rem = SshMachine('h')\n    return rem['sh']('-c', 'ls ' + p)",
        line: 4,
      },
      {
        code: "import ipaddress, os\nfrom flask import request\ndef f():\n    host = str(ipaddress.ip_address(request.args['h']))\n    os.system('ping -c 1 ' + host)",
        line: 5,
      },
      "from os import system\nimport sys\nsystem('echo %s' % sys.argv[1])",
    ],
  },
});
