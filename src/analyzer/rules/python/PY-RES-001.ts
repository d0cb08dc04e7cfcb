import { namedChildren } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-RES-001",
    title: "Socket address or port chosen by untrusted input",
    cwe: ["CWE-99", "CWE-918"],
    severity: "HIGH",
    severity_variants: [
      { severity: "MEDIUM", when: "only the port is untrusted, or the socket binds locally" },
    ],
    docs: {
      what_it_does:
        "Flags socket connect/connect_ex/bind/create_connection whose host or port comes from request data, input(), argv or the network.",
      why_bad:
        "The attacker names the resource the server uses: internal hosts and ports reachable only from the server (port scanning, SSRF), or which port it listens on (resource injection).",
      example_bad:
        "import socket\nfrom flask import request\ndef probe():\n    s = socket.socket()\n    s.connect((request.args['host'], int(request.args['port'])))",
      example_good:
        "import socket\nALLOWED = {('db.internal', 5432)}\ndef probe(host, port):\n    if (host, port) not in ALLOWED:\n        raise ValueError('not allowed')\n    return socket.create_connection((host, port), timeout=3)",
    },
    fix_hint: "Choose hosts and ports from a server-side allow-list; never take them from the request.",
  },
  trigger: /\.(connect|connect_ex|bind)\(\s*\(|create_connection\(|ftplib|smtplib|telnetlib|imaplib|poplib/,
  nodeTypes: ["call"],
  calls: [
    "FTP",
    "FTP_TLS",
    "SMTP",
    "SMTP_SSL",
    "LMTP",
    "Telnet",
    "IMAP4",
    "IMAP4_SSL",
    "POP3",
    "POP3_SSL",
    "create_connection",
    "connect",
    "connect_ex",
    "bind",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    // Protocol clients that connect on construction: FTP('host'), SMTP('host'), Telnet('host'), IMAP4('host').
    if (
      /^(ftplib\.(FTP|FTP_TLS)|smtplib\.(SMTP|SMTP_SSL|LMTP)|telnetlib\.Telnet|imaplib\.(IMAP4|IMAP4_SSL)|poplib\.(POP3|POP3_SSL))$/.test(
        q,
      )
    ) {
      const host = ctx.arg(node, 0, "host");
      if (host && ctx.level(host, "url") === Level.SOURCE)
        report({ node, message: `${q}() connects to a host taken from untrusted input` });
      return;
    }
    if (q !== "socket.create_connection" && !/^(connect|connect_ex|bind)$/.test(m)) return;
    const addr = ctx.resolve(ctx.args(node)[0]);
    if (addr?.type !== "tuple") return;
    const [host, port] = namedChildren(addr);
    // int() is a sanitiser for injection classes but the value is still the attacker's port, also through a name.
    const pv = port ? (ctx.resolve(port) ?? port) : undefined;
    const portSrc = pv
      ? ctx.level(
          pv.type === "call" && /^(int|float)$/.test(ctx.callee(pv)) ? (ctx.args(pv)[0] ?? pv) : pv,
          "url",
        ) === Level.SOURCE
      : false;
    const hostSrc = host ? ctx.level(host, "url") === Level.SOURCE : false;
    if (hostSrc && m !== "bind") report({ node, message: "the destination host comes from untrusted input" });
    else if (hostSrc || portSrc)
      report({ node, severity: "MEDIUM", message: "the socket address or port comes from untrusted input" });
  },
  cases: {
    valid: [
      "import ftplib\nf = ftplib.FTP_TLS('files.example.com')",
      "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 8080))",
      "import socket\ndef f(host):\n    s = socket.socket()\n    s.connect((host, 80))",
    ],
    invalid: [
      { code: "import ftplib\nfrom flask import request\nf = ftplib.FTP_TLS(request.args['host'])", line: 3 },
      "import socket\nfrom flask import request\ndef f():\n    s = socket.socket()\n    s.connect((request.args['host'], 80))",
      {
        code: "import socket, sys\ns = socket.socket()\ns.bind(('0.0.0.0', int(sys.argv[1])))",
        severity: "MEDIUM",
      },
      {
        code: "import socket\nfrom flask import request\ndef f():\n    port = int(request.args['port'])\n    return socket.create_connection(('127.0.0.1', port))",
        severity: "MEDIUM",
      },
    ],
  },
});
