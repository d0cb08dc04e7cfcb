import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-CLEAR-001",
    title: "Cleartext protocol for sensitive traffic",
    cwe: ["CWE-319"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags telnetlib, ftplib.FTP (not FTP_TLS), smtplib.SMTP logins without starttls, and http:// URLs that carry credentials.",
      why_bad: "Passwords and data sent in cleartext can be read and modified by anyone on the network path.",
      example_bad:
        "import ftplib\ndef upload(user, pw):\n    ftp = ftplib.FTP('files.example.com')\n    ftp.login(user, pw)",
      example_good:
        "import ftplib\ndef upload(user, pw):\n    ftp = ftplib.FTP_TLS('files.example.com')\n    ftp.login(user, pw)\n    ftp.prot_p()",
    },
    fix_hint:
      "Use the TLS variant (FTP_TLS, SMTP_SSL / starttls, https, ssh) for anything carrying credentials or private data.",
  },
  trigger: /telnetlib|ftplib|smtplib|imaplib|poplib|http:\/\/|ws:\/\//,
  nodeTypes: ["call", "string"],
  detect(node, ctx, report) {
    if (node.type === "string") {
      if (/^['"]http:\/\/[^/'"\s:@]+:[^/'"\s@]+@/.test(ctx.text(node).replace(/^[a-z]+/i, "")))
        report({ node, message: "credentials in an http:// URL" });
      return;
    }
    const q = ctx.callee(node);
    if (
      /^(websocket\.create_connection|websocket\.WebSocketApp|websockets\.(connect|client\.connect))$/.test(q)
    ) {
      const url = ctx.resolve(ctx.arg(node, 0, "url"));
      const head = url ? (ctx.stringValue(url) ?? ctx.text(url).replace(/^[rbuf]*["']/i, "")) : "";
      if (/^ws:\/\/(?!(localhost|127\.|\[::1\])([:/]|$))/.test(head))
        report({ node, message: "websocket over plain ws://" });
      return;
    }
    if (
      /^(requests|httpx|urllib3|aiohttp)\.|^urllib\.request\.(urlopen|Request)$/.test(q) ||
      /^(post|put|patch)$/.test(ctx.method(node))
    ) {
      const url = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "url"))) ?? "";
      const rest =
        ctx
          .args(node)
          .slice(1)
          .map((a) => ctx.text(a))
          .join(" ") +
        " " +
        ctx.text(field(node, "arguments") ?? node);
      if (
        /^http:\/\/(?!(localhost|127\.|\[::1\]|0\.0\.0\.0)([:/]|$))/.test(url) &&
        /pass(word|wd)?|token|secret|api_?key|auth|credential|session/i.test(rest)
      )
        report({ node, message: "credentials or tokens sent over plain http://" });
      return;
    }
    if (/^(imaplib\.IMAP4|poplib\.POP3)$/.test(q) && !/starttls|stls\(/.test(ctx.tree.source))
      report({ node, message: `${q} without STARTTLS sends the login in cleartext` });
    else if (/^(telnetlib\.Telnet|ftplib\.FTP)$/.test(q))
      report({ node, message: `${q} sends credentials in cleartext` });
    else if (q === "smtplib.SMTP" && /\.login\(/.test(ctx.tree.source) && !/starttls\(/.test(ctx.tree.source))
      report({ node, message: "SMTP login without STARTTLS" });
  },
  cases: {
    valid: [
      "import ftplib\nftplib.FTP_TLS(h)",
      "u = 'https://example.com'",
      "import imaplib\nm = imaplib.IMAP4_SSL('mail.example.com')",
      "import requests\nr = requests.post('http://localhost:8080/login', data={'password': p})",
      "import requests\nr = requests.get('http://example.com/status')",
      "import websocket\nws = websocket.create_connection('wss://stream.example.com/feed')",
    ],
    invalid: [
      "import imaplib\nm = imaplib.IMAP4('mail.example.com')\nm.login(u, p)",
      "import websocket\ndef c(token):\n    return websocket.create_connection('ws://stream.example.com/feed?token=' + token)",
      "import requests\ndef login(u, p):\n    return requests.post('http://api.example.com/login', data={'user': u, 'password': p})",
      "import telnetlib\nt = telnetlib.Telnet(h)",
      "u = 'http://admin:pw@10.0.0.1/x'",
    ],
  },
});
