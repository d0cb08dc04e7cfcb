import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { remoteCommand } from "./remote-command.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

/** `self.m(...)` or `super().m(...)` / `super(Cls, self).m(...)`. */
function selfReceiver(ctx: PythonContext, fn: SyntaxNode | undefined): boolean {
  if (fn?.type !== "attribute") return false;
  const obj = field(fn, "object");
  if (obj?.type === "identifier") return ctx.text(obj) === "self";
  if (obj?.type !== "call") return false;
  const callee = field(obj, "function");
  return callee?.type === "identifier" && ctx.text(callee) === "super";
}

export default pyRule({
  meta: {
    id: "PY-RCMD-001",
    title: "Command sent to a remote host, network device or interactive shell built from untrusted data",
    cwe: ["CWE-78"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags commands sent over SSH or to a device CLI (the words after the host in a subprocess argv that runs ssh, asyncssh run/create_process, ssh2 channel execute, netmiko and scrapli send_*, pxssh/spawn sendline, paramiko invoke_shell send, twisted conch SSHCommandClientEndpoint, napalm/junos cli, salt cmd.run, kubernetes pod exec, docker exec_run and spur with sh -c) that are built from caller-controlled data.",
      why_bad:
        "The remote shell or device CLI interprets the whole line: separators, substitutions or a second line in the value run commands of the attacker's choosing on the other machine, with the session's privileges.",
      example_bad:
        "import asyncssh\nasync def ping(host):\n    async with asyncssh.connect('probe') as conn:\n        return await conn.run('ping -c 3 ' + host)",
      example_good:
        "import asyncssh, shlex\nasync def ping(host):\n    async with asyncssh.connect('probe') as conn:\n        return await conn.run('ping -c 3 ' + shlex.quote(host))",
    },
    fix_hint:
      "Quote each value for the remote shell with shlex.quote, or pick the command from a fixed table; for device CLIs accept only known commands.",
  },
  trigger:
    /["'](\/usr\/bin\/)?ssh["']|\bsh\.ssh\(|asyncssh|ssh2|netmiko|scrapli|pexpect|paramiko|spur|kubernetes|docker|napalm|jnpr|salt|SSHCommandClientEndpoint/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const found = remoteCommand(ctx, node);
    if (!found?.cmd) return;
    const level = ctx.level(found.cmd, "command");
    if (level < Level.PARAM) return;
    // self.send_command(cmd) / super().send_command(...): the class is itself the device connection (a driver
    // subclass implementing exit_config_mode(exit_config="end")), and its parameters are the library's own API,
    // not a value the program chose; request data reaching it is still reported.
    if (level === Level.PARAM && selfReceiver(ctx, field(node, "function"))) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `${found.lib} sends a command built from ${level === Level.SOURCE ? "untrusted input" : "caller-controlled data"} to a shell or device CLI`,
    });
  },
  cases: {
    valid: [
      "import sh\nfrom flask import request\ndef f():\n    sh.ssh('host', '--', 'ls')",
      "import shlex, subprocess\ndef list_remote(host, path):\n    return subprocess.run(['ssh', '--', host, 'ls -la -- ' + shlex.quote(path)]).stdout",
      "import subprocess\ndef uptime(host):\n    return subprocess.run(['ssh', '-o', 'BatchMode=yes', host, 'uptime']).stdout",
      "import asyncssh, shlex\nasync def f(host):\n    async with asyncssh.connect('p') as conn:\n        return await conn.run('ping ' + shlex.quote(host))",
      "import asyncio, asyncssh\nasync def main(x):\n    pass\nasyncio.run(main(1))",
      "from netmiko import ConnectHandler\nSHOW = {'v': 'show version'}\ndef f(net, what):\n    return net.send_command(SHOW.get(what, 'show version'))",
      "from pexpect import pxssh\ndef f(s):\n    s.sendline('uptime')",
      "import socket, pexpect\ndef f(sock, data):\n    sock.send(data)",
      "import pexpect\ndef f(d):\n    return pexpect.spawn('whois', ['--', d])",
      "import docker\ndef f(box, name):\n    return box.exec_run(['cat', name])",
      "import docker\nfrom flask import request\ndef f(box):\n    return box.exec_run('grep ' + request.args['p'] + ' /var/log/a.log')",
      "import salt.client\ndef f(local, t):\n    return local.cmd(t, 'test.ping')",
      // A driver subclass sending its own API's parameters through self / super().
      "from netmiko.base_connection import BaseConnection\nclass R(BaseConnection):\n    def exit_config_mode(self, exit_config='end'):\n        return self.send_command_timing(exit_config, strip_prompt=False)\n    def send_command(self, *args, **kwargs):\n        return super().send_command(*args, **kwargs)",
    ],
    invalid: [
      {
        code: "import sh\nfrom flask import request\ndef f():\n    sh.ssh('host', 'ls ' + request.args['d'])",
        line: 4,
      },
      {
        code: "import subprocess\ndef list_remote(host, path):\n    return subprocess.run(['ssh', '-p', '2222', host, f'ls -la {path}'], capture_output=True).stdout",
        line: 3,
      },
      {
        code: "from netmiko.base_connection import BaseConnection\nfrom flask import request\nclass R(BaseConnection):\n    def show(self):\n        return self.send_command('show ' + request.args['w'])",
        line: 5,
        severity: "CRITICAL",
      },
      {
        code: "import asyncssh\nasync def f(host):\n    async with asyncssh.connect('p') as conn:\n        return await conn.run(f'ping -c 3 {host}')",
        line: 4,
      },
      {
        code: "from ssh2.session import Session\ndef f(s, branch):\n    chan = s.open_session()\n    chan.execute('git checkout ' + branch)",
        line: 4,
      },
      {
        code: "from netmiko import ConnectHandler\nfrom flask import request\ndef f():\n    net = ConnectHandler(host='r1')\n    return net.send_command(request.args['c'])",
        line: 5,
        severity: "CRITICAL",
      },
      {
        code: "from scrapli import Scrapli\ndef f(conn, desc):\n    return conn.send_config('description ' + desc)",
        line: 3,
      },
      {
        code: "from pexpect import pxssh\ndef f(cmd):\n    s = pxssh.pxssh()\n    s.sendline(cmd)",
        line: 4,
      },
      {
        code: "import paramiko\ndef f(client, line):\n    term = client.invoke_shell()\n    term.send(line + '\\n')",
        line: 4,
      },
      {
        code: "from twisted.conch.endpoints import SSHCommandClientEndpoint\ndef f(reactor, cmd):\n    return SSHCommandClientEndpoint.newConnection(reactor, cmd, b'u', b'h', 22)",
        line: 3,
      },
      {
        code: "import pexpect\ndef f(d):\n    return pexpect.spawn('/bin/sh', ['-c', 'whois ' + d])",
        line: 3,
      },
      {
        code: "from kubernetes.stream import stream\ndef f(api, pod, s):\n    return stream(api.connect_get_namespaced_pod_exec, pod, 'ns', command=['/bin/sh', '-c', s])",
        line: 3,
      },
      {
        code: "import docker\ndef f(box, line):\n    return box.exec_run(['sh', '-c', line])",
        line: 3,
      },
      {
        code: "import docker\nfrom flask import request\ndef f(box):\n    return box.exec_run(f\"sh -c 'grep {request.args['p']} /var/log/a.log'\")",
        line: 4,
      },
      { code: "import spur\ndef f(shell, cmd):\n    return shell.run(['sh', '-c', cmd])", line: 3 },
      { code: "from napalm import get_network_driver\ndef f(dev, c):\n    return dev.cli([c])", line: 3 },
      { code: "from jnpr.junos import Device\ndef f(dev, c):\n    return dev.cli(c)", line: 3 },
      {
        code: "import salt.client\ndef f(local, cmd):\n    return local.cmd('web*', 'cmd.run', [cmd])",
        line: 3,
      },
    ],
  },
});
