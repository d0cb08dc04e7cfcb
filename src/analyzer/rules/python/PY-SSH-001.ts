import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

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
        "Flags paramiko set_missing_host_key_policy with AutoAddPolicy (HIGH) or WarningPolicy (MEDIUM).",
      why_bad:
        "Unknown host keys are accepted, so a man in the middle can pose as the server and capture the credentials and commands.",
      example_bad:
        "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nc.connect('host')",
      example_good:
        "import paramiko\nc = paramiko.SSHClient()\nc.load_system_host_keys()\nc.set_missing_host_key_policy(paramiko.RejectPolicy())\nc.connect('host')",
    },
    fix_hint: "Load known host keys and keep RejectPolicy (the default).",
  },
  trigger: /set_missing_host_key_policy/,
  nodeTypes: ["call"],
  calls: ["set_missing_host_key_policy"],
  detect(node, ctx, report) {
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
  },
  cases: {
    valid: [
      "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.RejectPolicy())",
    ],
    invalid: [
      "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
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
