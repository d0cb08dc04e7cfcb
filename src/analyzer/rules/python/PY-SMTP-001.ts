import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A string literal's \r and \n escapes as the characters (stringValue keeps them as written). */
const unescape = (s: string) => s.replace(/\\r/g, "\r").replace(/\\n/g, "\n");

/**
 * The parts of a message text built in place: string pieces and interpolated values in order, through f-strings
 * and `+` concatenation (one assignment away).
 */
function parts(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): Array<string | SyntaxNode> {
  const n = depth < 3 ? ctx.resolve(node) : node;
  if (!n) return [];
  // "\r\n".join([...]) of a list written in place: the lines with the separator between them.
  if (n.type === "call" && ctx.method(n) === "join" && depth < 2) {
    const sep = ctx.stringValue(field(field(n, "function") ?? n, "object"));
    const list = ctx.resolve(ctx.args(n)[0]);
    if (sep !== undefined && (list?.type === "list" || list?.type === "tuple")) {
      const out: Array<string | SyntaxNode> = [];
      namedChildren(list).forEach((item, i) => {
        if (i) out.push(sep);
        out.push(...parts(ctx, item, depth + 1));
      });
      return out;
    }
  }
  // text.encode(...): the text.
  if (n.type === "call" && ctx.method(n) === "encode" && depth < 2)
    return parts(ctx, field(field(n, "function") ?? n, "object"), depth + 1);
  if (n.type === "parenthesized_expression") return parts(ctx, namedChildren(n)[0], depth);
  // "Subject: %s\n" % (subject,): the format's pieces with the values in their places.
  if (n.type === "binary_operator" && n.children.some((c) => c.type === "%")) {
    const raw = ctx.stringValue(field(n, "left"));
    const fmt = raw === undefined ? undefined : unescape(raw);
    const right = ctx.resolve(field(n, "right"));
    const values = right?.type === "tuple" ? namedChildren(right) : right ? [right] : [];
    if (fmt !== undefined && !/%\(/.test(fmt)) {
      const pieces = fmt.split(/%[sdr]/);
      if (pieces.length - 1 === values.length)
        return pieces.flatMap((piece, i) => (i < values.length ? [piece, values[i]!] : [piece]));
    }
  }
  if (n.type === "binary_operator" && n.children.some((c) => c.type === "+"))
    return [...parts(ctx, field(n, "left"), depth + 1), ...parts(ctx, field(n, "right"), depth + 1)];
  if (n.type === "string") {
    if (!n.children.some((c) => c.type === "interpolation")) return [unescape(ctx.stringValue(n) ?? "")];
    return n.children
      .filter(
        (c) => c.type === "string_content" || c.type === "interpolation" || c.type === "escape_sequence",
      )
      .map((c) =>
        c.type === "interpolation"
          ? (c.children.find((x) => x.named) ?? c)
          : c.type === "escape_sequence"
            ? ctx.text(c) === "\\r"
              ? "\r"
              : ctx.text(c) === "\\n"
                ? "\n"
                : ""
            : unescape(ctx.text(c)),
      );
  }
  return [n];
}

export default pyRule({
  meta: {
    id: "PY-SMTP-001",
    title: "E-mail header built from request data (header injection)",
    cwe: ["CWE-93", "CWE-113"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the header value is a parameter of the function: its callers decide whether it can hold a line break",
      },
    ],
    docs: {
      what_it_does:
        "Flags smtplib sendmail() messages written as raw text (an f-string or concatenation) whose header lines (before the blank line) carry request data, and raw HTTP with CRLF line ends written to a socket (send/sendall) or a handler's wfile with such a header line; a function parameter there is LOW.",
      why_bad:
        "A subject or address containing CR/LF adds headers of the attacker's choosing (Bcc: to thousands of addresses, a forged From:, a new body): the contact form becomes a spam relay.",
      example_bad:
        "import smtplib\nfrom flask import request\ndef contact():\n    msg = f\"To: help@example.com\\r\\nSubject: {request.form['subject']}\\r\\n\\r\\n{request.form['body']}\"\n    smtplib.SMTP('localhost').sendmail('web@example.com', ['help@example.com'], msg)",
      example_good:
        "import smtplib\nfrom email.message import EmailMessage\nfrom flask import request\ndef contact():\n    m = EmailMessage()\n    m['To'] = 'help@example.com'\n    m['Subject'] = request.form['subject']\n    m.set_content(request.form['body'])\n    smtplib.SMTP('localhost').send_message(m)",
    },
    fix_hint:
      "Build the message with email.message.EmailMessage (its default policy rejects CR/LF in headers) and send_message(), or strip CR/LF from header values.",
  },
  trigger: /\.sendmail\(|\.sendall\(|\.send\(|wfile\.write\(/,
  nodeTypes: ["call"],
  calls: ["sendmail", "sendall", "send", "write"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    let msg: SyntaxNode | undefined;
    if (m === "sendmail") msg = ctx.arg(node, 2, "msg");
    else if (m === "sendall" || m === "send" || m === "write") {
      // Raw HTTP on a socket or a BaseHTTPRequestHandler's wfile: protocol text with CRLF line ends.
      const recv = ctx.text(field(field(node, "function") ?? node, "object") ?? node);
      if (m === "write" && !/(^|\.)wfile$/.test(recv)) return;
      msg = ctx.args(node)[0];
      if (
        !msg ||
        !parts(ctx, msg)
          .filter((x) => typeof x === "string")
          .join("")
          .includes("\r\n")
      )
        return;
    }
    if (!msg) return;
    let text = "";
    for (const p of parts(ctx, msg)) {
      if (typeof p === "string") {
        text += p;
        if (/\r?\n\r?\n/.test(text)) return; // the rest is the body
        continue;
      }
      // A value in the headers: request data reaching it without CR/LF removal.
      if (/^[\s\S]*\b[A-Za-z-]+:\s*$/.test(text.split(/\r?\n/).pop() ?? "")) {
        const level = ctx.level(p, "header");
        const what = m === "sendmail" ? "an e-mail header line" : "a raw HTTP header line";
        if (level === Level.SOURCE) {
          report({ node, message: `request data written into ${what}` });
          return;
        }
        const fn = ctx.enclosingFunction(node);
        // A function that tests for or removes line breaks itself (`if "\n" in subject: raise`) has checked it.
        const checksBreaks =
          !!fn &&
          /["'][^"'\n]*\\[rn][^"'\n]*["']\s*(not\s+)?in\b|\bin\s+["']\\[rn]|\.replace\(\s*["']\\[rn]|splitlines\(|\[\\r\\n\]/.test(
            ctx.text(fn),
          );
        if (level === Level.PARAM && fn && !checksBreaks) {
          report({
            node,
            message: `a caller's value written into ${what} without removing CR/LF`,
            severity: "LOW",
          });
          return;
        }
      }
      text += "\u0000";
    }
  },
  cases: {
    valid: [
      "import smtplib\nfrom flask import request\ndef contact():\n    msg = f\"To: help@example.com\\r\\nSubject: Contact form\\r\\n\\r\\n{request.form['body']}\"\n    smtplib.SMTP('localhost').sendmail('web@example.com', ['help@example.com'], msg)",
      "import smtplib\ndef send(s, body):\n    s.sendmail('a@example.com', ['b@example.com'], f'Subject: Report\\n\\n{body}')",
      "import socket\ndef ping(sock):\n    sock.sendall(b'GET / HTTP/1.1\\r\\nHost: example.com\\r\\n\\r\\n')",
      "import smtplib\ndef send(s, subject, body):\n    if '\\n' in subject or '\\r' in subject:\n        raise ValueError(subject)\n    s.sendmail('a@example.com', ['b@example.com'], f'Subject: {subject}\\n\\n{body}')",
      "import smtplib\ndef send(s, subject, body):\n    if any(c in subject for c in '\\r\\n'):\n        raise ValueError(subject)\n    s.sendmail('a@example.com', ['b@example.com'], f'Subject: {subject}\\n\\n{body}')",
      "def log(fh, user):\n    fh.write(f'User: {user}\\r\\n')",
    ],
    invalid: [
      {
        code: "import smtplib\ndef send(s, subject, body):\n    s.sendmail('a@example.com', ['b@example.com'], f'Subject: {subject}\\n\\n{body}')",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import socket\ndef fetch(host, ua):\n    req = f'GET / HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: {ua}\\r\\n\\r\\n'\n    with socket.create_connection((host, 80)) as s:\n        s.sendall(req.encode())",
        line: 5,
        severity: "LOW",
      },
      {
        code: "import smtplib\ndef notify(reply_to, text):\n    headers = 'From: a@example.com\\nReply-To: %s\\n' % (reply_to,)\n    smtplib.SMTP('m').sendmail('a@example.com', ['o@example.com'], headers + '\\n' + text)",
        line: 4,
        severity: "LOW",
      },
      {
        code: "def welcome(smtp, name, email):\n    msg = '\\r\\n'.join(['From: a@example.com', f'To: {name} <{email}>', '', 'Hi'])\n    smtp.sendmail('a@example.com', [email], msg)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import smtplib\nfrom flask import request\ndef contact():\n    subject = request.form['subject']\n    msg = f\"From: web@example.com\\r\\nSubject: {subject}\\r\\n\\r\\n{request.form['body']}\"\n    with smtplib.SMTP('localhost') as s:\n        s.sendmail('web@example.com', ['help@example.com'], msg)",
        line: 7,
      },
      "import smtplib\nfrom flask import request\ndef contact():\n    msg = 'Subject: ' + request.form['subject'] + '\\n\\n' + request.form['body']\n    smtplib.SMTP('localhost').sendmail('w@example.com', ['h@example.com'], msg)",
    ],
  },
});
