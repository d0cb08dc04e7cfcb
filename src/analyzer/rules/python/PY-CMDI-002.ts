import { Level } from "../../dataflow/python.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { regexEscape } from "../../../core/regex.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { callNames, inTestCode, pyRule, TEST_SCOPE_REASON } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { splitSource } from "./PY-ARGINJ-001.js";
import { DASH_C } from "./PY-CMDI-001.js";

const SUBPROCESS = new Set([
  "subprocess.call",
  "subprocess.run",
  "subprocess.Popen",
  "subprocess.check_call",
  "subprocess.check_output",
  "asyncio.create_subprocess_shell",
  "check_output",
  "check_call",
  "Popen",
  "call",
  "run",
]);

const SHELL = /^(\/bin\/|\/usr\/bin\/)?(ba|z|da)?sh$/;

/** The expression naming the program of an argv (list head, left of `+`, start of a string), or undefined. */
function programOf(ctx: PythonContext, cmd: SyntaxNode | undefined, depth: number): SyntaxNode | undefined {
  if (!cmd || depth > 4) return undefined;
  const n = ctx.resolve(cmd) ?? cmd;
  if (n.type === "list" || n.type === "tuple") return programOf(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "binary_operator") return programOf(ctx, field(n, "left"), depth + 1);
  if (n.type === "parenthesized_expression") return programOf(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "string") {
    const first = n.children.find((c) => c.type === "interpolation" || c.type === "string_content");
    return first?.type === "interpolation" ? first : undefined;
  }
  if (n.type === "list_splat" || n.type === "list_comprehension") return undefined;
  // `shlex.split(cmd)` / `cmd.split()`: the program is the command string's first word; a `.format` template's
  // first word is the template's.
  const cut = splitSource(ctx, n);
  if (cut) return programOf(ctx, cut, depth + 1);
  if (
    n.type === "call" &&
    ctx.method(n) === "format" &&
    ctx.isLiteralString(field(field(n, "function") ?? n, "object"))
  )
    return programOf(ctx, field(field(n, "function") ?? n, "object"), depth + 1);
  return n;
}

/**
 * A wrapper's argv parameter (`def run(args: list[str]): subprocess.run(args)`) that every call in the file fills
 * with a list whose program is fixed (`run(["traceroute", host])`): request data only reaches the arguments.
 */
function fixedProgramPassed(ctx: PythonContext, call: SyntaxNode, head: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(call);
  if (head.type !== "identifier" || !fn || !ctx.paramNames(fn).includes(ctx.text(head))) return false;
  const vals = ctx.passedValues(fn, ctx.text(head));
  return (
    !!vals &&
    vals.every((v) => {
      const prog = programOf(ctx, v, 0);
      return !prog || (prog !== v && ctx.level(prog, "command") !== Level.SOURCE);
    })
  );
}

/**
 * `if argv[0] not in ALLOWED: return` before `subprocess.run(argv)` (or the run inside `if argv[0] in ALLOWED:`),
 * ALLOWED a literal collection: the program is one of a fixed set, whatever the rest of the list holds (that is
 * PY-ARGINJ-001's concern).
 */
function programAllowListed(ctx: PythonContext, call: SyntaxNode, cmd: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(call);
  if (cmd.type !== "identifier" || !fn) return false;
  const test = new RegExp(
    `(?:^|[^\\w.])${regexEscape(ctx.text(cmd))}\\[0\\]\\s+(not\\s+)?in\\s+([A-Za-z_]\\w*)\\b`,
  );
  for (const g of descendants(fn)) {
    if (g.type !== "if_statement" || g.start > call.start) continue;
    const cond = field(g, "condition");
    const body = field(g, "consequence");
    const m = cond && body ? test.exec(ctx.text(cond)) : null;
    if (!m || !body) continue;
    const id = descendants(cond!).find((d) => d.type === "identifier" && ctx.text(d) === m[2]);
    const set = ctx.resolve(id);
    const literal =
      !!set &&
      (["set", "list", "tuple", "dictionary"].includes(set.type) ||
        (set.type === "call" && /^(frozenset|set)$/.test(ctx.callee(set))));
    if (!literal) continue;
    const inside = call.start >= body.start && call.end <= body.end;
    const exits = /^\s*(return|raise|continue)\b/m.test(ctx.text(body));
    if ((m[1] && exits && g.end <= call.start) || (!m[1] && inside)) return true;
  }
  return false;
}

/** Calls whose result's `.name` is a temporary file or directory the program just created. */
const TEMP_MAKERS = /^tempfile\.(NamedTemporaryFile|TemporaryDirectory|SpooledTemporaryFile)$/;

/**
 * Every run-time part of a command template (`"(viewer {}&)".format(tmp.name)`, `"%s %s" % (a, b)`, an f-string)
 * is the name of a temporary file this program created (`tmp = NamedTemporaryFile(prefix="export_")`: its
 * directory and letters the program's own) or one of a few constant strings (a program picked from a literal table).
 */
function ownPartsOnly(ctx: PythonContext, cmd: SyntaxNode): boolean {
  const n = ctx.resolve(cmd) ?? cmd;
  let parts: SyntaxNode[] = [];
  if (n.type === "call" && ctx.method(n) === "format") {
    const recv = field(field(n, "function") ?? n, "object");
    if (!recv || !ctx.isLiteralString(recv)) return false;
    parts = namedChildren(field(n, "arguments") ?? n).map((a) =>
      a.type === "keyword_argument" ? (field(a, "value") ?? a) : a,
    );
  } else if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "%") {
    const [l, r] = namedChildren(n);
    if (!l || !r || !ctx.isLiteralString(l)) return false;
    parts = r.type === "tuple" ? namedChildren(r) : [r];
  } else if (n.type === "string") {
    parts = n.children.filter((c) => c.type === "interpolation").map((c) => namedChildren(c)[0] ?? c);
  } else return false;
  const tempName = (p: SyntaxNode): boolean => {
    if (p.type !== "attribute" || ctx.text(field(p, "attribute") ?? p) !== "name") return false;
    const made = ctx.resolve(field(p, "object") ?? p);
    return made?.type === "call" && TEMP_MAKERS.test(ctx.callee(made));
  };
  const fixed = (p: SyntaxNode): boolean => {
    const v = ctx.possibleStrings(p);
    return !!v?.length && v.every((x) => /^[\w./+-]+$/.test(x));
  };
  return (
    parts.length > 0 && parts.every((p) => ctx.level(p, "command") === Level.CONST || tempName(p) || fixed(p))
  );
}

/**
 * `await asyncio.to_thread(subprocess.run, ["bash", "-c", line], ...)` / `loop.run_in_executor(None,
 * subprocess.check_output, cmd)`: the subprocess function runs in a worker thread with the arguments after it.
 */
function threadedRun(
  ctx: PythonContext,
  node: SyntaxNode,
  q: string,
  report: (r: {
    node: SyntaxNode;
    message: string;
    severity?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
  }) => void,
): void {
  const own = ctx.args(node);
  const at = q === "asyncio.to_thread" ? 0 : 1;
  const ran = ctx.qname(own[at]);
  const cmd = own[at + 1];
  if (!cmd || !/^subprocess\.(run|call|Popen|check_output|check_call)$/.test(ran)) return;
  if (ctx.isTrue(ctx.kwarg(node, "shell"))) {
    const level = ctx.level(cmd, "command");
    if (level !== Level.CONST)
      report({
        node,
        severity: taintSeverity(level),
        message: `${ran}(shell=True) in a worker thread runs a command built from non-literal data`,
      });
    return;
  }
  for (const list of ctx.reachingValues(cmd) ?? []) {
    if (list.type !== "list") continue;
    const items = namedChildren(list);
    const prog = ctx.possibleStrings(items[0]) ?? [];
    const flag = ctx.possibleStrings(items[1]) ?? [];
    if (!prog.some((p) => SHELL.test(p)) || !flag.some((f) => DASH_C.test(f))) continue;
    const level = ctx.level(items[2], "command");
    if (level === Level.CONST) continue;
    report({
      node,
      severity: taintSeverity(level),
      message: "command passed to `sh -c` in a worker thread is built from non-literal data",
    });
    return;
  }
}

export default pyRule({
  meta: {
    id: "PY-CMDI-002",
    title: "subprocess call with shell=True (or sh -c) on a non-literal command",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "asyncio.create_subprocess_exec runs a program a caller names (a helper's parameter), without a shell",
      },
      { severity: "LOW", when: TEST_SCOPE_REASON },
    ],
    docs: {
      what_it_does:
        "Flags subprocess calls that pass a non-literal command to a shell: shell=True, asyncio.create_subprocess_shell, or an explicit ['sh', '-c', cmd] list.",
      why_bad:
        "With a shell, the command string is parsed for metacharacters; data spliced into it can append or substitute commands.",
      example_bad:
        "import subprocess\ndef count(path):\n    return subprocess.check_output(f'wc -l {path}', shell=True)",
      example_good:
        "import subprocess\ndef count(path):\n    return subprocess.check_output(['wc', '-l', '--', path])",
    },
    fix_hint:
      "Pass an argument list without shell=True; quote with shlex.quote only if a shell is truly required.",
  },
  trigger: /subprocess|shell|Popen|check_output|check_call/,
  nodeTypes: ["call"],
  calls: callNames(SUBPROCESS, [
    "subprocess_shell",
    "call",
    "run",
    "Popen",
    "check_output",
    "check_call",
    "create_subprocess_exec",
    "subprocess_exec",
    "create_subprocess_shell",
    "to_thread",
    "run_in_executor",
  ]),
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (q === "asyncio.to_thread" || ctx.method(node) === "run_in_executor") {
      threadedRun(ctx, node, q, report);
      return;
    }
    // An event loop's subprocess_shell(protocol_factory, cmd) is create_subprocess_shell one level down.
    if (
      ctx.method(node) === "subprocess_shell" &&
      /asyncio|loop/.test(ctx.text(field(node, "function") ?? node))
    ) {
      const cmd = ctx.arg(node, 1, "cmd");
      const level = ctx.level(cmd, "command");
      if (!cmd || level === Level.CONST) return;
      report({
        node,
        severity: taintSeverity(level),
        message: "loop.subprocess_shell() runs a command built from non-literal data",
      });
      return;
    }
    // The subprocess module reached through a name we cannot resolve (`def run(runner, cmd): runner.call(cmd,
    // shell=True)`): shell=True on one of its function names is distinctive enough.
    const viaObject =
      /^(call|run|Popen|check_output|check_call)$/.test(ctx.method(node)) &&
      ctx.isTrue(ctx.kwarg(node, "shell"));
    // asyncio's exec variants take the argv as positional arguments: ("sh", "-c", cmd) is a shell again.
    if (
      q === "asyncio.create_subprocess_exec" ||
      (ctx.method(node) === "subprocess_exec" && /loop/.test(q))
    ) {
      const argv = ctx.args(node).slice(q.startsWith("asyncio.") ? 0 : 1);
      // The program itself named by request data: the caller picks what runs (as Popen([prog, ...]) below).
      const progLevel = argv[0] ? ctx.level(argv[0], "command") : Level.CONST;
      if (progLevel === Level.SOURCE) {
        report({ node, severity: "CRITICAL", message: `${q}() runs a program named by untrusted input` });
        return;
      }
      // Named by a caller (a helper's parameter): any program runs, as os.exec*(prog, ...) in PY-CMDI-001 (LOW).
      // A whole argv splatted in (`*shlex.split(cmd)`) is the usual shell-free rewrite of a command line: not here.
      if (progLevel >= Level.PARAM && argv[0]?.type !== "list_splat") {
        report({ node, severity: "LOW", message: `${q}() runs a program named by a caller` });
        return;
      }
      const prog = ctx.possibleStrings(argv[0]) ?? [];
      if (!prog.some((p) => SHELL.test(p)) || ctx.stringValue(argv[1]) !== "-c" || !argv[2]) return;
      const level = ctx.level(argv[2], "command");
      if (level !== Level.CONST)
        report({
          node,
          severity: taintSeverity(level),
          message: "command passed to `sh -c` is built from non-literal data",
        });
      return;
    }
    if (!SUBPROCESS.has(q) && !viaObject) return;
    if (
      !viaObject &&
      !q.startsWith("subprocess.") &&
      !q.startsWith("asyncio.") &&
      !ctx.text(node).includes("shell")
    )
      return;
    const cmd = ctx.arg(node, 0, "args");
    if (!cmd) return;
    const shellArg = ctx.kwarg(node, "shell");
    const shell =
      q === "asyncio.create_subprocess_shell" ||
      (shellArg !== undefined &&
        shellArg.type !== "false" &&
        shellArg.type !== "none" &&
        !(shellArg.type === "integer" && ctx.text(shellArg) === "0"));
    if (!shell) {
      // ['sh', '-c', cmd] (or ['cmd.exe', '/c', cmd]): a shell in disguise. The list may be chosen in branches
      // (one per platform) and its head held in names (`a1 = 'sh'`); any shell it may run counts.
      for (const list of ctx.reachingValues(cmd) ?? []) {
        if (list.type !== "list") continue;
        const items = namedChildren(list);
        const prog = ctx.possibleStrings(items[0]) ?? [];
        const flag = ctx.possibleStrings(items[1]) ?? [];
        // (`-lc`, `-ec`: a cluster of short options with c in it reads the next word as the command line too)
        const sh = prog.some((p) => SHELL.test(p)) && flag.some((f) => DASH_C.test(f));
        const cmdExe =
          prog.some((p) => /^(cmd|cmd\.exe)$/i.test(p.split(/[\\/]/).pop()!)) && flag.includes("/c");
        if (!(sh || cmdExe) || ctx.level(items[2], "command") === Level.CONST) continue;
        report({ node, message: "command passed to `sh -c` is built from non-literal data" });
        return;
      }
      // No shell, but the program itself (the list's head, or the whole string) taken from request data: the
      // caller picks what runs. Only untrusted input counts; a parameter is a wrapper's ordinary argument.
      // `list(argv_gen(v))`: the program is the generator's first value.
      const generated = ctx.generatedItem(cmd, 0, "command");
      const head = generated === undefined ? programOf(ctx, cmd, 0) : undefined;
      if (generated === Level.SOURCE)
        report({ node, severity: "CRITICAL", message: `${q}() runs a program named by untrusted input` });
      else if (
        head &&
        ctx.level(head, "command") === Level.SOURCE &&
        !fixedProgramPassed(ctx, node, head) &&
        !programAllowListed(ctx, node, cmd)
      )
        report({
          node,
          severity: "CRITICAL",
          message: `${q}() runs a program named by untrusted input`,
        });
      return;
    }
    const level = ctx.level(cmd, "command");
    if (level === Level.CONST) return;
    if (level < Level.PARAM && ownPartsOnly(ctx, cmd)) return;
    // A test's helper running the command lines its tests pass (`self._run("tool list")`): the test's own data,
    // unless request data reaches it.
    if (level < Level.SOURCE && inTestCode(ctx, node)) {
      report({
        node,
        severity: "LOW",
        reason: TEST_SCOPE_REASON,
        message: `${q}(shell=True) runs a command built from the test's own data`,
      });
      return;
    }
    report({
      node,
      severity: taintSeverity(level),
      message: `${q}(shell=True) runs a command built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
    });
  },
  cases: {
    valid: [
      "import asyncio, subprocess\nasync def f():\n    await asyncio.to_thread(subprocess.run, ['bash', '-c', 'uptime'], capture_output=True)",
      "import shlex, subprocess\nfrom flask import request\nALLOWED = {'ls', 'git'}\ndef f():\n    argv = shlex.split(request.args['c'])\n    if not argv or argv[0] not in ALLOWED:\n        return 'no'\n    return subprocess.run(argv).stdout",
      // A temporary file this function created, handed to a viewer in the background; a program from a literal table.
      "import subprocess\nfrom tempfile import NamedTemporaryFile\ndef show(rows):\n    out = NamedTemporaryFile(mode='w', suffix='.csv', delete=False)\n    out.close()\n    subprocess.call('(localc {}&)'.format(out.name), shell=True)\n    subprocess.call('(viewer {t}&)'.format(t=out.name), shell=True)",
      "import subprocess\nVIEWERS = {'plot': 'gnuplot', 'sheet': 'localc'}\ndef first(kinds):\n    for k in kinds:\n        if subprocess.call('test -x {app}'.format(app=VIEWERS[k]), shell=True) == 0:\n            return k",
      // an argv split from a command string with a fixed program: PY-ARGINJ-001's argument injection
      "import shlex, subprocess\nfrom flask import request\ndef g():\n    args = shlex.split('grep -rn ' + request.args['p'] + ' /srv/docs')\n    return subprocess.run(args).stdout",
      "import subprocess\nfrom flask import request\ndef g():\n    return subprocess.run('grep -rn {} /srv'.format(request.args['p']).split()).stdout",
      // The only view registered is the subclass: the base's dispatch calls its override.
      "import shlex, subprocess\nfrom flask import Flask, request\nfrom flask.views import View\napp = Flask(__name__)\nclass Base(View):\n    def target(self):\n        return request.args['h']\n    def dispatch_request(self):\n        return subprocess.check_output('ping ' + self.target(), shell=True)\nclass Ping(Base):\n    def target(self):\n        return shlex.quote(super().target())\napp.add_url_rule('/p', view_func=Ping.as_view('p'))",
      // A dataclass whose __post_init__ quotes the field before a method formats it into the command.
      "import shlex, subprocess\nfrom dataclasses import dataclass\nfrom flask import request\n@dataclass\nclass Job:\n    host: str\n    def __post_init__(self):\n        self.host = shlex.quote(self.host.strip())\n    def cmd(self):\n        return 'ping -c 1 ' + self.host\ndef f():\n    job = Job(request.args['h'])\n    subprocess.run(job.cmd(), shell=True)",
      "import subprocess\nfrom flask import request\ndef run_command(args: list[str]) -> str:\n    return subprocess.run(args, capture_output=True, text=True).stdout\n@app.get('/trace')\ndef trace():\n    return run_command(['traceroute', '-m', '15', request.args['host']])",
      "import subprocess\ndef f(host):\n    o = {'shell': True}\n    o['shell'] = False\n    subprocess.run(['dig', host], **o)",
      "import subprocess\nfrom flask import request\ndef steps(p):\n    yield 'make'\n    yield 'make test'\ndef f():\n    subprocess.run(';'.join(steps(request.json)), shell=True)",
      "import asyncio\nasync def f(cmd):\n    await asyncio.create_subprocess_exec('git', 'log', cmd)",
      "import asyncio, shlex\nasync def f(cmd):\n    await asyncio.create_subprocess_exec(*shlex.split(cmd))",
      "import asyncio\nfrom flask import request\nTOOLS = {'lint': 'ruff'}\nasync def f():\n    await asyncio.create_subprocess_exec(TOOLS.get(request.args['t'], 'ruff'), request.args['p'])",
      "def run_with(runner, cmd):\n    return runner.call(cmd, shell=False)",
      "import subprocess\nfrom flask import request\nMODES = {'fast': '-1', 'best': '-9'}\ndef z():\n    level = MODES.get(request.args.get('mode'), '-6')\n    subprocess.run('gzip ' + level + ' a.log', shell=True)",
      "import subprocess\ndef f(p):\n    subprocess.run(['ls', '-l', p])",
      "import asyncio\nasync def f():\n    loop = asyncio.get_running_loop()\n    await loop.subprocess_shell(asyncio.SubprocessProtocol, 'uptime')",
      "import subprocess\nsubprocess.call('ls -l', shell=True)",
      "import subprocess, shlex\ndef f(p):\n    subprocess.call('ls ' + shlex.quote(p), shell=True)",
      "import subprocess\ndef f(p):\n    subprocess.call(['ls', p], shell=False)",
      "import subprocess\nfrom flask import request\ndef f():\n    subprocess.run(['ping', '-c', '1', request.args['h']])",
      "import subprocess\nfrom flask import request\ndef f():\n    subprocess.run(['git', 'log'] + [request.args['h']])",
      "import subprocess\ndef f(prog):\n    subprocess.run([prog, '--version'])",
      "import subprocess\ndef f(p):\n    a1 = 'ls'\n    if p == 'x':\n        a1 = 'cat'\n    subprocess.run([a1, '-c', p])",
    ],
    invalid: [
      {
        code: "import asyncio, subprocess\nfrom fastapi import FastAPI, WebSocket\napp = FastAPI()\n@app.websocket('/t')\nasync def t(websocket: WebSocket):\n    line = await websocket.receive_text()\n    await asyncio.to_thread(subprocess.run, ['bash', '-c', line], capture_output=True)",
        line: 7,
      },
      {
        code: "import shlex, subprocess\nfrom flask import request\ndef f():\n    argv = shlex.split(request.args['c'])\n    if not argv or argv[0] not in allowed_now():\n        return 'no'\n    return subprocess.run(argv).stdout",
        line: 7,
      },
      {
        code: "import subprocess\ndef f(env):\n    subprocess.Popen(['/bin/bash', '-lc', f'conda activate {env}'])",
        line: 3,
      },
      // A TestCase helper running the lines its tests pass: LOW, the test's own data.
      {
        code: "import subprocess, unittest\nclass T(unittest.TestCase):\n    def _run(self, cmd):\n        return subprocess.Popen(cmd, shell=True).wait()\n    def test_list(self):\n        self.assertEqual(0, self._run('tool list'))",
        line: 4,
        severity: "LOW",
      },
      // A temporary file's directory beside a caller's value is still the caller's command.
      {
        code: "import subprocess, tempfile\ndef f(opts):\n    out = tempfile.NamedTemporaryFile(delete=False)\n    subprocess.call('viewer %s %s' % (opts, out.name), shell=True)",
        line: 4,
      },
      {
        code: "import shlex, subprocess\nfrom flask import request\ndef g():\n    return subprocess.run(shlex.split(request.args['cmd'] + ' /srv/docs')).stdout",
        line: 4,
        severity: "CRITICAL",
      },
      "import shlex, subprocess\nfrom flask import Flask, request\nfrom flask.views import View\napp = Flask(__name__)\nclass Base(View):\n    def target(self):\n        return request.args['h']\n    def dispatch_request(self):\n        return subprocess.check_output('ping ' + self.target(), shell=True)\nclass Ping(Base):\n    def target(self):\n        return super().target().strip()\napp.add_url_rule('/p', view_func=Ping.as_view('p'))",
      "import shlex, subprocess\nfrom dataclasses import dataclass\nfrom flask import request\n@dataclass\nclass Job:\n    host: str\n    def __post_init__(self):\n        self.host = self.host.strip()\n    def cmd(self):\n        return 'ping -c 1 ' + self.host\ndef f():\n    job = Job(request.args['h'])\n    subprocess.run(job.cmd(), shell=True)",
      "import subprocess\nfrom flask import request\ndef run_command(args: list[str]) -> str:\n    return subprocess.run(args, capture_output=True, text=True).stdout\n@app.get('/trace')\ndef trace():\n    return run_command([request.args['tool'], request.args['host']])",
      {
        code: "import subprocess\nSHELL = {'shell': True, 'check': False}\ndef f(host):\n    subprocess.run('dig ' + host, **SHELL)",
        line: 4,
      },
      {
        code: "import subprocess\nfrom flask import request\ndef steps(p):\n    yield 'set -e'\n    yield from p['cmds']\ndef f():\n    subprocess.run(';'.join(steps(request.json)), shell=True)",
        line: 7,
      },
      {
        code: "import asyncio\nasync def f(cmd):\n    await asyncio.create_subprocess_exec('sh', '-c', cmd)",
        line: 3,
      },
      {
        code: "import asyncio\nasync def f(prog, *args):\n    await asyncio.create_subprocess_exec(prog, *args)",
        line: 3,
        severity: "LOW",
      },
      { code: "def run_with(runner, cmd):\n    return runner.call(cmd, shell=True)", line: 2 },
      {
        code: "import asyncio\nfrom aiohttp import web\nasync def h(request):\n    await asyncio.create_subprocess_exec(request.query['tool'], '--help')",
        line: 4,
        severity: "CRITICAL",
      },
      {
        code: "import subprocess\nfrom flask import request\ndef z():\n    m = {'a': request.args['x'], 'b': '-9'}\n    subprocess.run('gzip ' + m.get(request.args['k'], '') + ' a.log', shell=True)",
        line: 5,
      },
      "import subprocess\ndef f(p):\n    subprocess.call('ls ' + p, shell=True)",
      {
        code: "import subprocess\nfrom flask import request\ndef f():\n    prog = request.args['p']\n    subprocess.run([prog, '-v'])",
        line: 5,
        severity: "CRITICAL",
      },
      "import subprocess\nfrom flask import request\ndef f():\n    subprocess.call(request.form['cmd'])",
      {
        code: "import asyncio\nasync def f(host):\n    loop = asyncio.get_running_loop()\n    await loop.subprocess_shell(asyncio.SubprocessProtocol, 'ping ' + host)",
        line: 4,
      },
      "import subprocess as sp\ndef f(cmd):\n    sp.Popen(cmd, shell=True, stdout=sp.PIPE)",
      "import subprocess\ndef f(p):\n    subprocess.run(['sh', '-c', 'cat ' + p])",
      "import subprocess, platform\ndef f(p):\n    if platform.system() == 'Windows':\n        argv = ['cmd.exe', '/c', 'type ' + p]\n    else:\n        argv = ['sh', '-c', 'cat ' + p]\n    subprocess.run(argv)",
      "import subprocess, platform\ndef f(p):\n    a1, a2 = 'sh', '-c'\n    a1 = 'sh'\n    a2 = '-c'\n    if platform.system() == 'Windows':\n        a1 = 'cmd.exe'\n        a2 = '/c'\n    subprocess.run([a1, a2, 'echo ' + p])",
    ],
  },
});
