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
  trigger: /telnetlib|ftplib|smtplib|http:\/\//,
  nodeTypes: ["call", "string"],
  detect(node, ctx, report) {
    if (node.type === "string") {
      if (/^['"]http:\/\/[^/'"\s:@]+:[^/'"\s@]+@/.test(ctx.text(node).replace(/^[a-z]+/i, "")))
        report({ node, message: "credentials in an http:// URL" });
      return;
    }
    const q = ctx.callee(node);
    if (/^(telnetlib\.Telnet|ftplib\.FTP)$/.test(q))
      report({ node, message: `${q} sends credentials in cleartext` });
    else if (q === "smtplib.SMTP" && /\.login\(/.test(ctx.tree.source) && !/starttls\(/.test(ctx.tree.source))
      report({ node, message: "SMTP login without STARTTLS" });
  },
  cases: {
    valid: ["import ftplib\nftplib.FTP_TLS(h)", "u = 'https://example.com'"],
    invalid: ["import telnetlib\nt = telnetlib.Telnet(h)", "u = 'http://admin:pw@10.0.0.1/x'"],
  },
});
