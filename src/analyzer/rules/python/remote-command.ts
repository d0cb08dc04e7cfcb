// Commands handed to another machine's shell, a network device's CLI or an interactive program, by the client
// libraries that do it: the command argument of each call, found by library (an import of it in the file) and
// method. Shared by PY-RCMD-001 (which reports them) and PY-SQLI-001 (whose execute()/run() names they share).
import { namedChildren, sourceHas } from "../../parse/nodes.js";
import { field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";

const IMPORTS: Record<string, RegExp> = {
  asyncssh: /^\s*(from|import)\s+asyncssh\b/m,
  ssh2: /^\s*(from|import)\s+ssh2\b/m,
  netmiko: /^\s*(from|import)\s+netmiko\b/m,
  scrapli: /^\s*(from|import)\s+scrapli\w*\b/m,
  pexpect: /^\s*(from|import)\s+pexpect\b/m,
  paramiko: /^\s*(from|import)\s+paramiko\b/m,
  spur: /^\s*(from|import)\s+spur\b/m,
  kubernetes: /^\s*(from|import)\s+kubernetes\b/m,
  docker: /^\s*(from|import)\s+docker\b/m,
  napalm: /^\s*(from|import)\s+napalm\b/m,
  junos: /^\s*(from|import)\s+jnpr\b/m,
  salt: /^\s*(from|import)\s+salt\b/m,
};
const has = (ctx: PythonContext, lib: string): boolean => sourceHas(ctx.tree, IMPORTS[lib]!);

// `import fabric`, `from invoke import Context`, `import os, fabric`.
const FABRIC = /^\s*(from\s+(fabric|invoke)\b|import\s+[\w., ]*\b(fabric|invoke)\b)/m;

/** `c.run(...)` on a fabric Connection (or an invoke/fabric task's context argument). */
export function isFabricConnection(ctx: PythonContext, node: SyntaxNode): boolean {
  if (!sourceHas(ctx.tree, FABRIC)) return false;
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (recv?.type === "call")
    return /(^|\.)(Connection|SerialGroup|ThreadingGroup|Context)$/.test(ctx.callee(recv));
  if (recv?.type !== "identifier") return false;
  const bound = ctx.resolve(recv);
  if (bound?.type === "call")
    return /(^|\.)(Connection|SerialGroup|ThreadingGroup|Context)$/.test(ctx.callee(bound));
  return /^(c|ctx|conn|connection)$/.test(ctx.text(recv));
}

const SHELL = /(^|\/)(ba|da|z|k|a)?sh$/;

/** The command line inside `['sh', '-c', cmd]` (a list or tuple, or a name bound to one); undefined otherwise. */
export function shellDashC(ctx: PythonContext, node: SyntaxNode | undefined): SyntaxNode | undefined {
  const list = ctx.resolve(node);
  if (!list || (list.type !== "list" && list.type !== "tuple")) return undefined;
  const argv = namedChildren(list);
  const i = argv.findIndex((a) => ctx.stringValue(a) === "-c");
  return i > 0 && SHELL.test(ctx.stringValue(argv[0]) ?? "") ? argv[i + 1] : undefined;
}

/**
 * A command string that starts `sh -c '...'` (an f-string, `%` or `+` built, or a name bound to one): the Docker
 * SDK splits a string command like a shell's words, so what follows `-c` runs through the container's shell.
 * The whole string, or undefined.
 */
export function shellDashCString(ctx: PythonContext, node: SyntaxNode | undefined): SyntaxNode | undefined {
  const s = ctx.resolve(node) ?? node;
  if (!s || !["string", "binary_operator", "call", "concatenated_string"].includes(s.type)) return undefined;
  return /^[rRbBuUfF]{0,2}["']{1,3}\s*(\S*\/)?(ba|da|z|k|a)?sh\s+(-\w+\s+)*-c\s/.test(ctx.text(s))
    ? s
    : undefined;
}

/** The receiver of a method call, resolved through one binding (`chan = s.open_session()` gives the call). */
function receiver(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const fn = field(call, "function");
  return fn?.type === "attribute" ? field(fn, "object") : undefined;
}
function madeBy(ctx: PythonContext, call: SyntaxNode, re: RegExp): boolean {
  const recv = ctx.resolve(receiver(ctx, call));
  return recv?.type === "call" && re.test(ctx.method(recv) || ctx.callee(recv));
}

const NETMIKO = /^send_(command(_timing|_expect)?|config_set|multiline(_timing)?)$/;
const SCRAPLI = /^send_(command|commands|config|configs|interactive)$/;
const SALT_SHELL = /^cmd\.(run|run_all|run_stdout|run_stderr|shell|exec_code|script)$/;
/** Module-level callables named run/execute that are not a remote session's (asyncio.run, subprocess.run...). */
const LOCAL_MODULE = /^(asyncio|subprocess|trio|anyio|uvicorn|os|sys|invoke|fabric|pexpect|sh|plumbum)\./;

/**
 * What the call sends as a command to a remote host, device or interactive program, with the library's name;
 * undefined when the call is not one of them.
 */
/** ssh's options that take a value (`-p 2222`, `-i key`, `-o Opt=v`): the word after them is not the host. */
const SSH_VALUED = /^-[BbcDEeFIiJLlmOoPpQRSWw]$/;

/**
 * `subprocess.run(["ssh", host, "ls " + path])`: ssh joins every word after the destination into one command line
 * that the remote login shell parses, so the argv list protects none of them. The command word with the highest
 * taint level, or undefined when the argv is no literal ssh list or has no command.
 */
function sshCommandWord(ctx: PythonContext, node: SyntaxNode, q: string): SyntaxNode | undefined {
  // The sh package's `sh.ssh(host, "ls " + path)`: the program is the attribute, every argument one argv word.
  const viaSh = q === "sh.ssh";
  if (!viaSh && !/^subprocess\.(run|call|check_call|check_output|Popen)$/.test(q)) return undefined;
  let argv: SyntaxNode[];
  if (viaSh) argv = [node, ...ctx.args(node)];
  else {
    const list = ctx.resolve(ctx.arg(node, 0, "args"));
    if (!list || (list.type !== "list" && list.type !== "tuple")) return undefined;
    argv = namedChildren(list);
    if (!/(^|\/)ssh$/.test(ctx.stringValue(argv[0]) ?? "")) return undefined;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const w = ctx.stringValue(argv[i]);
    if (w === "--") {
      i++;
      break;
    }
    if (w === undefined || !w.startsWith("-")) break;
    if (SSH_VALUED.test(w)) i++;
  }
  const words = argv.slice(i + 1).filter((w) => w.type !== "list_splat");
  let worst: SyntaxNode | undefined;
  let level = Level.CONST;
  for (const w of words) {
    const l = ctx.level(w, "command");
    if (l > level) [worst, level] = [w, l];
  }
  return worst;
}

export function remoteCommand(
  ctx: PythonContext,
  node: SyntaxNode,
): { lib: string; cmd: SyntaxNode | undefined } | undefined {
  const m = ctx.method(node);
  const q = ctx.callee(node);
  const ssh = sshCommandWord(ctx, node, q);
  if (ssh) return { lib: "ssh", cmd: ssh };
  // twisted.conch: SSHCommandClientEndpoint.newConnection(reactor, command, user, host, ...) and
  // existingConnection(connection, command).
  if (/(^|\.)SSHCommandClientEndpoint\.(newConnection|existingConnection)$/.test(q))
    return { lib: "twisted.conch", cmd: ctx.arg(node, 1, "command") };
  if (NETMIKO.test(m) && has(ctx, "netmiko"))
    return {
      lib: "netmiko",
      cmd:
        ctx.arg(node, 0) ??
        ctx.kwarg(node, "command_string") ??
        ctx.kwarg(node, "commands") ??
        ctx.kwarg(node, "config_commands"),
    };
  if (SCRAPLI.test(m) && has(ctx, "scrapli"))
    return {
      lib: "scrapli",
      cmd:
        ctx.arg(node, 0) ??
        ctx.kwarg(node, "command") ??
        ctx.kwarg(node, "commands") ??
        ctx.kwarg(node, "config") ??
        ctx.kwarg(node, "configs") ??
        ctx.kwarg(node, "interact_events"),
    };
  if (
    (m === "run" || m === "create_process") &&
    has(ctx, "asyncssh") &&
    !LOCAL_MODULE.test(q) &&
    receiver(ctx, node)
  )
    return { lib: "asyncssh", cmd: ctx.arg(node, 0, "command") };
  if (m === "execute" && has(ctx, "ssh2") && madeBy(ctx, node, /^(open_session|channel_new)$/))
    return { lib: "ssh2", cmd: ctx.arg(node, 0, "command") };
  // pexpect's pxssh session (or any spawn) reads what is sent as typed commands; paramiko's invoke_shell()
  // channel is a login shell.
  if (
    (m === "sendline" || m === "send") &&
    has(ctx, "pexpect") &&
    madeBy(ctx, node, /(^|\.)(pxssh|spawn|spawnu)$/)
  )
    return { lib: "pexpect", cmd: ctx.arg(node, 0, "s") };
  if ((m === "send" || m === "sendall") && has(ctx, "paramiko") && madeBy(ctx, node, /^invoke_shell$/))
    return { lib: "paramiko", cmd: ctx.arg(node, 0, "s") };
  // A local shell given one command line by argv: pexpect.spawn('/bin/sh', ['-c', cmd]).
  if (/^pexpect\.(spawn|spawnu|run|runu)$/.test(q) && ctx.stringValue(ctx.arg(node, 0)) !== undefined) {
    const argv = ctx.arg(node, 1, "args");
    const list = ctx.resolve(argv);
    if (list && (list.type === "list" || list.type === "tuple")) {
      const words = [ctx.arg(node, 0)!, ...namedChildren(list)];
      const i = words.findIndex((w) => ctx.stringValue(w) === "-c");
      if (i > 0 && SHELL.test(ctx.stringValue(words[0]) ?? "")) return { lib: "pexpect", cmd: words[i + 1] };
    }
    return undefined;
  }
  if ((m === "run" || m === "spawn") && has(ctx, "spur"))
    return { lib: "spur", cmd: shellDashC(ctx, ctx.arg(node, 0, "command")) };
  // kubernetes.stream.stream(api.connect_get_namespaced_pod_exec, name, namespace, command=[...]).
  if (/(^|\.)stream$/.test(q) && has(ctx, "kubernetes"))
    return { lib: "kubernetes", cmd: shellDashC(ctx, ctx.kwarg(node, "command")) };
  if (m === "exec_run" && has(ctx, "docker"))
    return {
      lib: "docker",
      cmd: shellDashC(ctx, ctx.arg(node, 0, "cmd")) ?? shellDashCString(ctx, ctx.arg(node, 0, "cmd")),
    };
  if (m === "cli" && has(ctx, "napalm")) return { lib: "napalm", cmd: ctx.arg(node, 0, "commands") };
  if (m === "cli" && has(ctx, "junos")) return { lib: "junos-eznc", cmd: ctx.arg(node, 0, "command") };
  // salt's LocalClient.cmd(target, 'cmd.run', [command]): the minions run it through a shell.
  if (/^cmd(_async|_batch|_iter|_subset)?$/.test(m) && has(ctx, "salt")) {
    const fun = ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "fun")));
    if (!fun || !SALT_SHELL.test(fun)) return undefined;
    return { lib: "salt", cmd: ctx.arg(node, 2, "arg") };
  }
  return undefined;
}
