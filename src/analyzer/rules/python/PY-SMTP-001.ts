import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/**
 * The parts of a message text built in place: string pieces and interpolated values in order, through f-strings
 * and `+` concatenation (one assignment away).
 */
function parts(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): Array<string | SyntaxNode> {
  const n = depth < 2 ? ctx.resolve(node) : node;
  if (!n) return [];
  if (n.type === "binary_operator" && n.children.some((c) => c.type === "+"))
    return [...parts(ctx, field(n, "left"), depth + 1), ...parts(ctx, field(n, "right"), depth + 1)];
  if (n.type === "string") {
    if (!n.children.some((c) => c.type === "interpolation")) return [ctx.stringValue(n) ?? ""];
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
            : ctx.text(c),
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
    docs: {
      what_it_does:
        "Flags smtplib sendmail() messages written as raw text (an f-string or concatenation) whose header lines (before the blank line) carry request data.",
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
  trigger: /\.sendmail\(/,
  nodeTypes: ["call"],
  calls: ["sendmail"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "sendmail") return;
    const msg = ctx.arg(node, 2, "msg");
    if (!msg) return;
    let text = "";
    for (const p of parts(ctx, msg)) {
      if (typeof p === "string") {
        text += p;
        if (/\r?\n\r?\n/.test(text)) return; // the rest is the body
        continue;
      }
      // A value in the headers: request data reaching it without CR/LF removal.
      if (
        /^[\s\S]*\b[A-Za-z-]+:\s*$/.test(text.split(/\r?\n/).pop() ?? "") &&
        ctx.level(p, "header") === Level.SOURCE
      ) {
        report({ node, message: "request data written into an e-mail header line" });
        return;
      }
      text += "\u0000";
    }
  },
  cases: {
    valid: [
      "import smtplib\nfrom flask import request\ndef contact():\n    msg = f\"To: help@example.com\\r\\nSubject: Contact form\\r\\n\\r\\n{request.form['body']}\"\n    smtplib.SMTP('localhost').sendmail('web@example.com', ['help@example.com'], msg)",
      "import smtplib\ndef send(s, subject, body):\n    s.sendmail('a@example.com', ['b@example.com'], f'Subject: {subject}\\n\\n{body}')",
    ],
    invalid: [
      {
        code: "import smtplib\nfrom flask import request\ndef contact():\n    subject = request.form['subject']\n    msg = f\"From: web@example.com\\r\\nSubject: {subject}\\r\\n\\r\\n{request.form['body']}\"\n    with smtplib.SMTP('localhost') as s:\n        s.sendmail('web@example.com', ['help@example.com'], msg)",
        line: 7,
      },
      "import smtplib\nfrom flask import request\ndef contact():\n    msg = 'Subject: ' + request.form['subject'] + '\\n\\n' + request.form['body']\n    smtplib.SMTP('localhost').sendmail('w@example.com', ['h@example.com'], msg)",
    ],
  },
});
