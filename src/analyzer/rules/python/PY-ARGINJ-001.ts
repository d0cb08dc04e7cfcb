import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { fStringHead, pyRule } from "./common.js";

/** Runners that take an argv list (no shell): the list's words reach the program as they are. */
const RUNNERS =
  /^(subprocess\.(run|call|check_call|check_output|Popen)|asyncio\.create_subprocess_exec|os\.(execv|execvp|execve|execvpe|spawnv|spawnvp))$/;

/** Interpreters whose `-c` word runs its next word as code: PY-CMDI-001's command injection, not an option. */
const SHELLS = /^(sh|bash|zsh|dash|ksh|cmd|cmd\.exe|powershell|pwsh|python3?|perl|ruby|node)$/;

/**
 * Programs whose options only change how they print (echo -e, basename -z, seq -w, ls -R, head -n): an option
 * smuggled in reads no other file, runs nothing and sends nothing.
 */
const OUTPUT_ONLY =
  /^(echo|printf|basename|dirname|sleep|true|false|seq|factor|expr|test|ls|cat|wc|head|tail)$/;

/**
 * Programs with options that run commands, read or write files or redirect traffic (git --upload-pack / -c,
 * tar --checkpoint-action / --to-command, curl -o / -K, ssh -oProxyCommand, rsync -e, find -exec, zip -TT):
 * for these a caller's bare operand before `--` is worth a hint even outside a request handler.
 */
const RISKY_PROGRAMS =
  /^(git|hg|svn|tar|bsdtar|curl|wget|ssh|scp|sftp|rsync|find|zip|unzip|7z|7za|sed|awk|gawk|tcpdump|openssl|psql|mysql|sudo|env|xargs)$/;

/**
 * Options whose value is the next word whatever it starts with (getopt hands it to the option, `grep -e -v` searches
 * for "-v"; find's tests take their operand the same way): a request value right after one is no option.
 */
const VALUE_OPTIONS: [RegExp, RegExp][] = [
  [/^(grep|egrep|fgrep|rg|sed)$/, /^(-e|--regexp|-f|--file)$/],
  [/^find$/, /^-(i?name|i?path|i?wholename|i?regex|i?lname|user|group|newer)$/],
  // conda's environment name or prefix (`conda run -n NAME ...`)
  [/^(conda|mamba|micromamba)$/, /^(-n|--name|-p|--prefix)$/],
  // ffmpeg's input (`ffmpeg -i -x.mp4` opens a file named "-x.mp4")
  [/^(ffmpeg|ffprobe)$/, /^-i$/],
];
/**
 * Launchers that start a Python script and hand it every word after the script's name (torchrun, deepspeed,
 * accelerate launch, horovodrun): the words after `train.py` are the app's own script's options, not the launcher's.
 */
const SCRIPT_LAUNCHERS = /^(torchrun|deepspeed|accelerate|horovodrun)$/;
/** The script operand of a launcher: a file name ending in .py. */
const SCRIPT_WORD = /^[^-].*\.pyz?$/;

/** Options that take two words (papermill's `-p NAME VALUE`): the second word after them is a value too. */
const PAIR_OPTIONS: [RegExp, RegExp][] = [[/^papermill$/, /^(-p|--parameters|-r|--parameters_raw)$/]];
function optionValue(prog: string, prev: string | undefined, before?: string): boolean {
  return (
    (prev !== undefined && VALUE_OPTIONS.some(([p, o]) => p.test(prog) && o.test(prev))) ||
    (before !== undefined && PAIR_OPTIONS.some(([p, o]) => p.test(prog) && o.test(before)))
  );
}

/** A word that starts with text the program fixes (`'--name=' + v`, f'refs/{v}'): it cannot start an option. */
function fixedStart(ctx: PythonContext, word: SyntaxNode): boolean {
  if (word.type === "binary_operator") {
    const left = field(word, "left");
    return (
      !!left && (ctx.isLiteralString(left) ? (ctx.stringValue(left) ?? "") !== "" : fixedStart(ctx, left))
    );
  }
  if (word.type === "string") {
    const first = word.children.find((c) => c.type === "string_content" || c.type === "interpolation");
    return first?.type === "string_content";
  }
  // `os.path.join(BACKUP_DIR, name)`: the result starts with the constant base, or with '/' where a later part is
  // absolute - never with '-'.
  if (word.type === "call" && /^(os\.path|posixpath)\.join$/.test(ctx.callee(word))) {
    const base = ctx.constValue(ctx.args(word)[0]);
    return typeof base === "string" && base !== "" && !base.startsWith("-");
  }
  return false;
}

/** The function checks the value's first character or shape (startswith, a regex match, [0] compared). */
function shapeChecked(ctx: PythonContext, word: SyntaxNode): boolean {
  if (word.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(word);
  if (!fn) return false;
  const n = ctx.text(word);
  return new RegExp(
    `\\b${n}\\.(startswith|lstrip)\\(|\\b${n}\\[0\\]|(match|fullmatch|search)\\([^)]*\\b${n}\\b|urlparse\\(\\s*${n}\\b`,
  ).test(ctx.text(fn));
}

/**
 * An address parsed by the ipaddress module (`str(ipaddress.ip_address(v))`): it prints as digits, hex and ':'
 * or '.' (an IPv6 scope id only after them), so it cannot start with '-'.
 */
function parsedAddress(ctx: PythonContext, word: SyntaxNode | undefined, hops = 0): boolean {
  const v = word?.type === "identifier" ? ctx.resolve(word) : word;
  if (v?.type !== "call" || hops > 4) return false;
  const q = ctx.callee(v);
  if (q === "str" && ctx.args(v).length === 1) return parsedAddress(ctx, ctx.args(v)[0], hops + 1);
  return /^ipaddress\.(ip_address|ip_network|ip_interface|IPv[46](Address|Network|Interface))$/.test(q);
}

/**
 * The literal text a command string starts with, up to its first piece of data: a `+` chain's head, an f-string
 * up to its first field, a `%` / `.format` template up to its first placeholder. Undefined when it starts with data.
 */
function commandHead(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): string | undefined {
  const n = ctx.resolve(node);
  if (!n || depth > 4) return undefined;
  const v = ctx.stringValue(n);
  if (v !== undefined) return v;
  if (n.type === "parenthesized_expression") return commandHead(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "binary_operator") {
    const op = n.children.find((c) => !c.named)?.type;
    const left = field(n, "left");
    if (op === "+") return commandHead(ctx, left, depth + 1);
    const tpl = op === "%" ? ctx.stringValue(left) : undefined;
    return tpl === undefined ? undefined : tpl.split("%")[0];
  }
  if (n.type === "call" && ctx.method(n) === "format") {
    const tpl = ctx.stringValue(field(field(n, "function") ?? n, "object"));
    return tpl === undefined ? undefined : tpl.split("{")[0];
  }
  if (n.type === "string") return fStringHead(ctx, n);
  return undefined;
}

/** `shlex.split(cmd)` / `cmd.split()`: the string an argv is cut from, or undefined. */
export function splitSource(ctx: PythonContext, argv: SyntaxNode | undefined): SyntaxNode | undefined {
  if (argv?.type !== "call") return undefined;
  if (ctx.callee(argv) === "shlex.split") return ctx.args(argv)[0];
  if (ctx.method(argv) === "split" && ctx.args(argv).length === 0)
    return field(field(argv, "function") ?? argv, "object");
  return undefined;
}

/**
 * Words added to an argv list after it is bound (`args.append(ref)`, `args += ["--end-of-options", ref]`,
 * `args.extend([...])`), in source order, up to the run call that uses it. Only when the name is bound once.
 */
function appendedWords(ctx: PythonContext, fn: SyntaxNode, argv: SyntaxNode): SyntaxNode[] {
  const name = ctx.text(argv);
  const out: SyntaxNode[] = [];
  const visit = (n: SyntaxNode) => {
    if (n.start >= argv.start) return;
    if (n.type === "call") {
      const f = field(n, "function");
      const obj = f?.type === "attribute" ? field(f, "object") : undefined;
      if (obj?.type === "identifier" && ctx.text(obj) === name) {
        const m = ctx.method(n);
        const a = ctx.args(n)[0];
        if (m === "append" && a) out.push(a);
        else if (m === "extend" && (a?.type === "list" || a?.type === "tuple")) out.push(...namedChildren(a));
      }
    } else if (n.type === "augmented_assignment") {
      const l = field(n, "left");
      const r = field(n, "right");
      if (l?.type === "identifier" && ctx.text(l) === name && (r?.type === "list" || r?.type === "tuple"))
        out.push(...namedChildren(r));
    }
    for (const c of namedChildren(n)) if (c.start < argv.start) visit(c);
  };
  visit(fn);
  return out;
}

export default pyRule({
  meta: {
    id: "PY-ARGINJ-001",
    title: "Request data passed as a program argument where it can be read as an option",
    cwe: ["CWE-88"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a caller's parameter (not request data) is a bare operand before '--' of a program whose options run commands or write files",
      },
    ],
    docs: {
      what_it_does:
        "Flags argv lists given to subprocess (and exec/spawn) in a request handler where a word comes straight from the request, is not after a `--` end-of-options marker, and its first character is never checked; and argv lists split (shlex.split, str.split) from a command string that holds request data after a fixed program.",
      why_bad:
        "No shell is involved, but the program still parses its arguments: a value like `--upload-pack=touch /tmp/x` (git), `-oProxyCommand=...` (ssh) or `-o /etc/cron.d/x` (curl) turns a data argument into an option that runs commands or writes files.",
      example_bad:
        "import subprocess\nfrom flask import request\n@app.route('/clone')\ndef clone():\n    subprocess.run(['git', 'clone', request.args['repo'], '/srv/mirror'], check=True)\n    return 'ok'",
      example_good:
        "import subprocess\nfrom flask import request\n@app.route('/clone')\ndef clone():\n    subprocess.run(['git', 'clone', '--', request.args['repo'], '/srv/mirror'], check=True)\n    return 'ok'",
    },
    fix_hint:
      "Put `--` before user-supplied operands, or reject values starting with '-' (better: allow-list their shape, e.g. an https:// URL).",
  },
  trigger: /subprocess|create_subprocess_exec|os\.(exec|spawn)|ansible_runner/,
  nodeTypes: ["call"],
  calls: [
    "run",
    "call",
    "check_call",
    "check_output",
    "Popen",
    "create_subprocess_exec",
    "execv",
    "execvp",
    "execve",
    "execvpe",
    "spawnv",
    "spawnvp",
    "run_command",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // ansible-runner's `run_command(executable_cmd='ansible-playbook', cmdline_args=[...])`: an argv without a shell,
    // the program named apart from its arguments.
    const ansible = q === "ansible_runner.run_command" || q === "ansible_runner.interface.run_command";
    if (!RUNNERS.test(q) && !ansible) return;
    if (ctx.isTrue(ctx.kwarg(node, "shell"))) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn) return;
    // Outside a request handler only a caller's bare parameter handed to a risky program is hinted at (LOW).
    const entry = ctx.isEntryFunction(fn);
    const params = new Set(ctx.paramNames(fn));
    let words: readonly SyntaxNode[];
    if (q === "asyncio.create_subprocess_exec") words = ctx.args(node);
    else if (ansible) {
      const exe = ctx.kwarg(node, "executable_cmd");
      const list = ctx.resolve(ctx.kwarg(node, "cmdline_args"));
      if (!exe || (list?.type !== "list" && list?.type !== "tuple")) return;
      words = [exe, ...namedChildren(list)];
    } else {
      let list = ctx.resolve(q.startsWith("os.") ? ctx.args(node)[1] : ctx.arg(node, 0, "args"));
      // `["tar", "-czf", archive] + list(files)` / `+ files`: the caller's list is spliced in after the fixed words.
      let tail: SyntaxNode | undefined;
      if (list?.type === "binary_operator" && list.children.find((c) => !c.named)?.type === "+") {
        const right = field(list, "right");
        tail =
          right?.type === "call" && /^(list|tuple)$/.test(ctx.callee(right)) ? ctx.args(right)[0] : right;
        list = field(list, "left");
      }
      if (!entry && tail?.type === "identifier" && params.has(ctx.text(tail)) && list?.type === "list") {
        const lead = namedChildren(list);
        const prog = ctx.stringValue(lead[0]);
        if (
          prog !== undefined &&
          RISKY_PROGRAMS.test(prog.split("/").pop() ?? "") &&
          !lead.some((w) => /^--(end-of-options)?$/.test(ctx.stringValue(w) ?? "")) &&
          ctx.level(tail, "command") === Level.PARAM
        )
          report({
            node,
            severity: "LOW",
            message: `${prog} receives the caller's list ${ctx.text(tail)} as arguments before any '--': an item can be read as an option`,
          });
        return;
      }
      if (!entry && list?.type !== "list" && list?.type !== "tuple") return;
      // An argv cut from one string at its spaces (`shlex.split("grep -rn " + pattern)`): the program is fixed
      // by the string's head, but spaces in the data after it add words, and a word can start with '-'.
      const cut = entry ? splitSource(ctx, list) : undefined;
      if (cut) {
        const head = commandHead(ctx, cut);
        const prog = head?.trim().split(/\s+/)[0];
        if (!head || !prog || !/\s/.test(head.trimStart().slice(prog.length, prog.length + 1))) return;
        const name = prog.split("/").pop() ?? "";
        if (SHELLS.test(name) || OUTPUT_ONLY.test(name) || /(^|\s)--(\s|$)/.test(head)) return;
        if (ctx.level(cut, "command") !== Level.SOURCE) return;
        report({
          node,
          message: `${prog}'s argument list is split from a string holding request data: its spaces add arguments, and a word can be an option`,
        });
        return;
      }
      if (list?.type !== "list" && list?.type !== "tuple") return;
      const argv = ctx.arg(node, 0, "args");
      words = [...namedChildren(list), ...(argv?.type === "identifier" ? appendedWords(ctx, fn, argv) : [])];
    }
    const prog = ctx.stringValue(words[0]);
    const base = prog?.split("/").pop() ?? "";
    if (prog === undefined || SHELLS.test(base) || OUTPUT_ONLY.test(base)) return;
    let prev: string | undefined;
    let prev2: string | undefined;
    for (const w of words.slice(1)) {
      const v = ctx.stringValue(w);
      const after = prev;
      const before = prev2;
      prev2 = prev;
      prev = v;
      if (v === undefined && optionValue(base, after, before)) continue;
      // The launcher's own options end at its script: the words after it are the script's.
      if (v !== undefined && SCRIPT_LAUNCHERS.test(base) && SCRIPT_WORD.test(v)) return;
      // git and other getopt_long programs also end their options at `--end-of-options`.
      if (v === "--" || v === "--end-of-options") return;
      if (v !== undefined) continue;
      // `[..., *names]`: every item of a request's list is a word of its own, any of them can start with '-'.
      if (w.type === "list_splat") {
        const items = namedChildren(w)[0];
        if (entry && items && ctx.level(items, "command") === Level.SOURCE) {
          report({
            node,
            message: `${prog} receives the items of a request list as arguments before any '--': one can be read as an option`,
          });
          return;
        }
        continue;
      }
      if (fixedStart(ctx, w) || shapeChecked(ctx, w) || parsedAddress(ctx, w)) continue;
      if (!entry) {
        if (
          w.type === "identifier" &&
          params.has(ctx.text(w)) &&
          RISKY_PROGRAMS.test(prog.split("/").pop() ?? "") &&
          ctx.level(w, "command") === Level.PARAM
        ) {
          report({
            node,
            severity: "LOW",
            message: `${prog} receives the caller's ${ctx.text(w)} as an argument before any '--': it can be read as an option`,
          });
          return;
        }
        continue;
      }
      if (ctx.level(w, "command") !== Level.SOURCE) continue;
      report({
        node,
        message: `${prog} receives a request value as an argument before any '--': it can be read as an option`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "import subprocess\nfrom flask import request\ndef f():\n    subprocess.run(['ffmpeg', '-y', '-i', request.args['src'], 'out.mp4'])",
      "import subprocess\nfrom flask import request\ndef f():\n    subprocess.call(['papermill', 'in.ipynb', 'out.ipynb', '-p', 'threshold', request.form['v']])",
      "import subprocess\nfrom flask import request\ndef f():\n    subprocess.Popen(['conda', 'run', '-n', request.form['env'], 'python', 'eval.py'])",
      // The pattern is -e's value, the name find's -name operand: neither is read as an option.
      "import subprocess\nfrom flask import request\n@app.route('/g')\ndef g():\n    q = request.args['q']\n    subprocess.run(['grep', '-r', '-e', q, '/srv/docs'])\n    subprocess.run(['find', '/srv', '-name', q])",
      // echo's options (-n, -e) only change what it prints.
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/e', methods=['POST'])\ndef e():\n    return subprocess.check_output(['/bin/echo', request.get_data().decode()])",
      "import subprocess\ndef clone(url, dest):\n    subprocess.run(['git', 'clone', '--', url, dest], check=True)",
      // ls only lists: an appended option changes the listing's format
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.get('/l')\ndef l():\n    args = ['ls', '-l']\n    args.append(request.args.get('path', '.'))\n    return subprocess.run(args, capture_output=True).stdout",
      "import subprocess\ndef backup(archive, files):\n    subprocess.run(['tar', '-czf', archive, '--'] + list(files), check=True)",
      "import subprocess\ndef convert(src, dst):\n    subprocess.run(['convert', src, dst], check=True)",
      "import subprocess\ndef clone(url):\n    if not url.startswith('https://'):\n        raise ValueError(url)\n    subprocess.run(['git', 'clone', url], check=True)",
      // the split string's data comes after '--', or is fixed
      "import shlex, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/g')\ndef g():\n    return subprocess.run(shlex.split('grep -rn -- ' + request.args['p'] + ' /srv/docs')).stdout",
      "import shlex, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/g')\ndef g():\n    return subprocess.run(shlex.split('grep -rn TODO /srv/docs')).stdout",
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/c')\ndef c():\n    subprocess.run(['git', 'clone', '--', request.args['r'], '/srv/m'])\n    return 'ok'",
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/c')\ndef c():\n    subprocess.run(['git', 'log', '--author=' + request.args['a']])\n    return 'ok'",
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/c')\ndef c():\n    u = request.args['u']\n    if not u.startswith('https://'):\n        return 'no', 400\n    return subprocess.check_output(['curl', '-s', u])",
      "import subprocess, sys\ndef main():\n    subprocess.run(['git', 'clone', sys.argv[1]])",
      // Joined onto a constant directory: the argument starts with '/', never '-'.
      "import os, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\nD = '/var/backups'\n@app.route('/b')\ndef b():\n    subprocess.run(['tar', 'czf', os.path.join(D, request.args['n'] + '.tgz'), '/srv'])\n    return 'ok'",
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    return subprocess.check_output(['git', 'log', '--end-of-options', request.args['ref']])",
      "import ipaddress, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/p')\ndef p():\n    addr = ipaddress.ip_address(request.args['host'])\n    return subprocess.check_output(['ping', '-c', '1', str(addr)])",
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/t')\ndef t():\n    subprocess.Popen(['torchrun', '--nproc_per_node=2', 'train.py', '--config', request.form['c']])\n    return 'ok'",
      "import ipaddress, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/p')\ndef p():\n    ip = str(ipaddress.ip_address(request.args['host']))\n    return subprocess.check_output(['ping', '-c', '1', ip])",
    ],
    invalid: [
      "import subprocess\nfrom flask import request\n@app.route('/g')\ndef g():\n    q = request.args['q']\n    subprocess.run(['grep', '-e', 'x', q, '/srv/docs'])",
      {
        code: "import subprocess\ndef clone_repo(repo_url, dest):\n    subprocess.run(['git', 'clone', '--depth', '1', repo_url, dest], check=True)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import subprocess\ndef backup(archive, files):\n    subprocess.run(['tar', '-czf', archive] + list(files), check=True)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/c')\ndef c():\n    subprocess.run(['git', 'clone', request.args['r'], '/srv/m'])\n    return 'ok'",
        line: 6,
      },
      // an argv split from a string: the program is grep, the pattern's spaces add operands and options
      {
        code: "import shlex, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/g')\ndef g():\n    args = shlex.split('grep -rn ' + request.args['p'] + ' /srv/docs')\n    return subprocess.run(args, capture_output=True).stdout",
        line: 7,
      },
      {
        code: "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/g')\ndef g():\n    return subprocess.check_output(('git log --author=%s' % request.args['a']).split())",
        line: 6,
      },
      {
        code: "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/t')\ndef t():\n    subprocess.Popen(['torchrun', request.form['opts'], 'train.py'])\n    return 'ok'",
        line: 6,
      },
      {
        code: "import ansible_runner\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/a')\ndef a():\n    ansible_runner.run_command(executable_cmd='ansible-playbook', cmdline_args=['site.yml', request.form['x']])\n    return 'ok'",
        line: 6,
      },
      {
        code: "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/u')\ndef u():\n    host = request.args['host']\n    cmd = ['ssh', host, 'uptime']\n    return subprocess.run(cmd, capture_output=True).stdout",
        line: 8,
      },
    ],
  },
});
