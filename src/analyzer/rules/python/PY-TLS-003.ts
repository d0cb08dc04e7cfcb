import { pyRule } from "./common.js";
import { sourceHas } from "../../parse/nodes.js";

/**
 * The standard library's mail and FTP clients over TLS: without a context argument they use
 * ssl._create_stdlib_context(), which checks neither the certificate nor the host name (unlike urllib and
 * http.client, which verify by default since PEP 476).
 */
const TLS_CLIENTS = /^(smtplib\.SMTP_SSL|imaplib\.IMAP4_SSL|poplib\.POP3_SSL|ftplib\.FTP_TLS)$/;
/** The STARTTLS upgrades of smtplib.SMTP / imaplib.IMAP4 (context=, ssl_context=) and poplib.POP3 (stls). */
const UPGRADES = /^(starttls|stls)$/;

export default pyRule({
  meta: {
    id: "PY-TLS-003",
    title: "Mail or FTP TLS connection without certificate verification",
    cwe: ["CWE-295", "CWE-297"],
    // LOW: it is the standard library's own default, in most mail code, and it takes a network position to abuse.
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags smtplib.SMTP.starttls(), imaplib.IMAP4.starttls(), poplib.POP3.stls() and the SMTP_SSL / IMAP4_SSL / POP3_SSL / FTP_TLS constructors called without an SSL context.",
      why_bad:
        "Without a context these clients use ssl._create_stdlib_context(): no certificate or host name check. Anyone on the path can present their own certificate and read the password and the mail.",
      example_bad:
        "import smtplib\ndef send(host, user, pw, msg):\n    with smtplib.SMTP(host, 587) as s:\n        s.starttls()\n        s.login(user, pw)\n        s.send_message(msg)",
      example_good:
        "import smtplib, ssl\ndef send(host, user, pw, msg):\n    with smtplib.SMTP(host, 587) as s:\n        s.starttls(context=ssl.create_default_context())\n        s.login(user, pw)\n        s.send_message(msg)",
    },
    fix_hint: "Pass context=ssl.create_default_context() (ssl_context= for imaplib).",
  },
  trigger: /\b(smtplib|imaplib|poplib|ftplib)\b/,
  nodeTypes: ["call"],
  calls: ["starttls", "stls", "SMTP_SSL", "IMAP4_SSL", "POP3_SSL", "FTP_TLS"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const ctor = TLS_CLIENTS.test(q);
    // aiosmtplib's starttls() verifies by default; only the stdlib modules' upgrades are context-less.
    if (!ctor && (!UPGRADES.test(ctx.method(node)) || sourceHas(ctx.tree, /\baiosmtplib\b/))) return;
    if (ctx.kwarg(node, "context") || ctx.kwarg(node, "ssl_context")) return;
    // starttls(keyfile, certfile, context) before 3.12: a positional argument may be the context.
    if (!ctor && ctx.args(node).length > 0) return;
    report({
      node,
      message: `${ctor ? q : ctx.method(node)}() without an SSL context does not verify the server's certificate`,
    });
  },
  cases: {
    valid: [
      "import smtplib, ssl\ndef send(host, user, pw, msg):\n    with smtplib.SMTP(host, 587) as s:\n        s.starttls(context=ssl.create_default_context())\n        s.login(user, pw)",
      "import imaplib, ssl\ndef inbox(host, user, pw):\n    m = imaplib.IMAP4_SSL(host, ssl_context=ssl.create_default_context())\n    m.login(user, pw)",
      "import ftplib, ssl\ndef up(host):\n    return ftplib.FTP_TLS(host, context=ssl.create_default_context())",
      "import aiosmtplib\nimport smtplib\nasync def send(host, user, pw):\n    s = aiosmtplib.SMTP(hostname=host, port=587)\n    await s.connect()\n    await s.starttls()\n    await s.login(user, pw)",
    ],
    invalid: [
      {
        code: "import smtplib\ndef send(host, user, pw, msg):\n    with smtplib.SMTP(host, 587) as s:\n        s.starttls()\n        s.login(user, pw)\n        s.send_message(msg)",
        line: 4,
      },
      {
        code: "import smtplib\ndef send(user, pw):\n    s = smtplib.SMTP_SSL('smtp.example.com', 465)\n    s.login(user, pw)",
        line: 3,
      },
      "import poplib\ndef f(h):\n    p = poplib.POP3(h)\n    p.stls()\n    return p",
      "import imaplib\ndef f(h, u, pw):\n    m = imaplib.IMAP4(h)\n    m.starttls()\n    m.login(u, pw)",
    ],
  },
});
