import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * A policy class of this file built on paramiko's MissingHostKeyPolicy whose missing_host_key neither raises
 * nor calls anything that could (`def missing_host_key(self, client, hostname, key): pass`): the base class's
 * contract is "raise to refuse", so such a policy accepts every unknown key.
 */
function acceptingPolicy(ctx: PythonContext, cls: string): boolean {
  if (!/^\w+$/.test(cls)) return false;
  const def = ctx.tree.nodes.find(
    (d) => d.type === "class_definition" && ctx.text(field(d, "name") ?? d) === cls,
  );
  const bases = def ? field(def, "superclasses") : undefined;
  if (!def || !bases || !/MissingHostKeyPolicy\b/.test(ctx.text(bases))) return false;
  const hook = descendants(field(def, "body") ?? def).find(
    (d) => d.type === "function_definition" && ctx.text(field(d, "name") ?? d) === "missing_host_key",
  );
  if (!hook) return false;
  return !descendants(field(hook, "body") ?? hook).some(
    (d) => d.type === "raise_statement" || d.type === "call",
  );
}

export default pyRule({
  meta: {
    id: "PY-SSH-001",
    title: "SSH host key not verified",
    cwe: ["CWE-295", "CWE-322"],
    severity: "HIGH",
    severity_variants: [
      { severity: "MEDIUM", when: "WarningPolicy: the connection proceeds after a log line" },
    ],
    docs: {
      what_it_does:
        "Flags paramiko set_missing_host_key_policy with AutoAddPolicy (HIGH), WarningPolicy (MEDIUM), the bare MissingHostKeyPolicy base or a subclass of it whose missing_host_key never raises, asyncssh connections with known_hosts=None and pysftp options whose hostkeys are set to None.",
      why_bad:
        "Unknown host keys are accepted, so a man in the middle can pose as the server and capture the credentials and commands.",
      example_bad:
        "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nc.connect('host')",
      example_good:
        "import paramiko\nc = paramiko.SSHClient()\nc.load_system_host_keys()\nc.set_missing_host_key_policy(paramiko.RejectPolicy())\nc.connect('host')",
    },
    fix_hint: "Load known host keys and keep RejectPolicy (the default).",
  },
  trigger: /set_missing_host_key_policy|known_hosts\s*=\s*None|\.hostkeys\s*=\s*None|Transport\(/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      // pysftp: cnopts.hostkeys = None on a CnOpts() turns the known_hosts check off for its connections.
      const left = field(node, "left");
      const obj = left?.type === "attribute" ? ctx.resolve(field(left, "object")) : undefined;
      if (
        left?.type === "attribute" &&
        ctx.text(field(left, "attribute") ?? left) === "hostkeys" &&
        field(node, "right")?.type === "none" &&
        obj?.type === "call" &&
        /(^|\.)CnOpts$/.test(ctx.callee(obj))
      )
        report({ node, message: "pysftp host key checking turned off (hostkeys = None)" });
      return;
    }
    // asyncssh: known_hosts=None accepts whatever key the server presents.
    if (
      /^asyncssh\.(connect|connect_reverse|create_connection|SSHClientConnectionOptions)$/.test(
        ctx.callee(node),
      )
    ) {
      if (ctx.kwarg(node, "known_hosts")?.type === "none")
        report({ node, message: "asyncssh connection with known_hosts=None accepts any host key" });
      return;
    }
    // paramiko's low-level Transport: connect(username=..., password|pkey=...) without hostkey= authenticates
    // to whichever server answered (Transport checks the server's key only against the hostkey it is given).
    if (ctx.method(node) === "connect" && !ctx.kwarg(node, "hostkey") && ctx.args(node).length === 0) {
      const fn = field(node, "function");
      const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
      const made = recv ? ctx.resolve(recv) : undefined;
      if (
        made?.type === "call" &&
        /(^|\.)Transport$/.test(ctx.qname(field(made, "function"))) &&
        /^paramiko\b/.test(ctx.qname(field(made, "function"))) &&
        (ctx.kwarg(node, "password") || ctx.kwarg(node, "pkey") || ctx.kwarg(node, "gss_auth"))
      )
        report({
          node,
          severity: "MEDIUM",
          message: "paramiko Transport.connect without hostkey= logs in to any server that answers",
        });
      return;
    }
    if (ctx.method(node) !== "set_missing_host_key_policy") return;
    // The policy object itself, or one a name holds (policy = paramiko.AutoAddPolicy()).
    const arg = ctx.args(node)[0];
    const value = ctx.resolve(arg) ?? arg;
    // The class by its imported name too: `from paramiko import AutoAddPolicy as Trust` then `Trust()`.
    const cls = ctx.qname(value?.type === "call" ? field(value, "function") : value);
    const t = `${ctx.text(value ?? node)} ${cls}`;
    if (/AutoAddPolicy/.test(t)) report({ node, message: "unknown SSH host keys are accepted" });
    else if (/WarningPolicy/.test(t))
      report({ node, severity: "MEDIUM", message: "unknown SSH host keys are accepted after a warning" });
    else if (/(^|\.)MissingHostKeyPolicy$/.test(cls) || (value?.type === "call" && acceptingPolicy(ctx, cls)))
      report({
        node,
        message: "the policy's missing_host_key never raises: unknown SSH host keys are accepted",
      });
  },
  cases: {
    valid: [
      "import paramiko\ndef f(known):\n    t = paramiko.Transport(('h', 22))\n    t.connect(hostkey=known, username='u', password='p')",
      "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.RejectPolicy())",
      "import asyncssh\nasync def f(h):\n    return await asyncssh.connect(h, known_hosts='/etc/ssh/ssh_known_hosts')",
      "import pysftp\no = pysftp.CnOpts(knownhosts='/etc/ssh/ssh_known_hosts')",
      // A policy subclass that refuses (raises) or asks someone first.
      "import paramiko\nclass Strict(paramiko.MissingHostKeyPolicy):\n    def missing_host_key(self, client, hostname, key):\n        raise paramiko.SSHException(hostname)\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(Strict())",
      "import paramiko\nclass Ask(paramiko.MissingHostKeyPolicy):\n    def missing_host_key(self, client, hostname, key):\n        if not confirm(hostname, key):\n            raise paramiko.SSHException(hostname)\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(Ask())",
    ],
    invalid: [
      {
        code: "import paramiko\nt = paramiko.Transport(('h', 22))\nt.connect(username='u', password='p')",
        line: 3,
        severity: "MEDIUM",
      },
      "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
      {
        code: "import asyncssh\nasync def f(h):\n    return await asyncssh.connect(h, known_hosts=None)",
        line: 3,
      },
      { code: "import pysftp\no = pysftp.CnOpts()\no.hostkeys = None", line: 3 },
      // The base class, whose missing_host_key does nothing, and a subclass that only logs.
      "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.MissingHostKeyPolicy())",
      {
        code: "import paramiko\nclass Quiet(paramiko.MissingHostKeyPolicy):\n    def missing_host_key(self, client, hostname, key):\n        pass\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(Quiet())",
        line: 6,
      },
      {
        code: "import paramiko\nc = paramiko.SSHClient()\np = paramiko.AutoAddPolicy()\nc.set_missing_host_key_policy(p)",
        line: 4,
      },
      {
        code: "from paramiko import SSHClient, AutoAddPolicy as Trust\nc = SSHClient()\nc.set_missing_host_key_policy(Trust())",
        line: 3,
      },
    ],
  },
});
