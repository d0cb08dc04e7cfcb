import { ancestor } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-REUSE-001",
    title: "Socket lets other processes bind the same port",
    cwe: ["CWE-605"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "SO_REUSEADDR (on Linux it only reuses a port in TIME_WAIT; on Windows another socket can take the port), or SO_REUSEPORT behind an option",
      },
    ],
    docs: {
      what_it_does:
        "Flags setsockopt(SOL_SOCKET, SO_REUSEPORT, 1) (MEDIUM; LOW inside an if, an opt-in) and SO_REUSEADDR (LOW).",
      why_bad:
        "With SO_REUSEPORT any process of the same user can bind the port too and receive a share of the connections or datagrams; on Windows SO_REUSEADDR lets another socket steal the port outright.",
      example_bad:
        "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)\ns.bind(('127.0.0.1', 5353))",
      example_good:
        "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('127.0.0.1', 5353))",
    },
    fix_hint:
      "Do not share the port unless the service is designed for it; on Windows use SO_EXCLUSIVEADDRUSE.",
  },
  trigger: /SO_REUSE/,
  nodeTypes: ["call"],
  calls: ["setsockopt"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "setsockopt") return;
    const [, opt, value] = ctx.args(node);
    if (!opt || !value || ctx.text(value) === "0" || ctx.text(value) === "False") return;
    const o = ctx.text(opt);
    if (/SO_REUSEPORT$/.test(o) && ancestor(node, ["if_statement"]))
      report({ node, severity: "LOW", message: "SO_REUSEPORT, enabled by an option the caller sets" });
    else if (/SO_REUSEPORT$/.test(o))
      report({ node, message: "SO_REUSEPORT lets another process bind this port" });
    else if (/SO_REUSEADDR$/.test(o))
      report({
        node,
        severity: "LOW",
        message: "SO_REUSEADDR allows multiple binds to this port on some systems",
      });
  },
  cases: {
    valid: ["import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0)"],
    invalid: [
      "import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)",
      {
        code: "import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
        severity: "LOW",
      },
    ],
  },
});
