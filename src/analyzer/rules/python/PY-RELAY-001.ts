import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** `msg["To"] = value` on an email.message.EmailMessage / MIMEText built in the function: header -> value. */
function headers(ctx: PythonContext, fn: SyntaxNode, msg: string): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const a of descendants(fn)) {
    if (a.type !== "assignment") continue;
    const left = field(a, "left");
    const right = field(a, "right");
    if (left?.type !== "subscript" || !right || ctx.text(field(left, "value") ?? left) !== msg) continue;
    const key = ctx.stringValue(field(left, "subscript"));
    if (key) out.set(key.toLowerCase(), right);
  }
  return out;
}

export default pyRule({
  meta: {
    id: "PY-RELAY-001",
    title: "Mail relayed with recipient and content chosen by the request",
    cwe: ["CWE-441"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a handler that sends an email.message object through smtplib (send_message / sendmail) whose To header and whose body come from the request, together with its From or Subject: the application's mail server relays whatever message to whomever the client names.",
      why_bad:
        "Spammers and phishers use the endpoint as an open relay: the mail leaves from the organisation's server and domain, passes its SPF/DKIM checks, and gets the domain blocklisted.",
      example_bad:
        "import smtplib\nfrom email.message import EmailMessage\nfrom flask import request\ndef share():\n    msg = EmailMessage()\n    msg['To'] = request.form['to']\n    msg['Subject'] = request.form['subject']\n    msg.set_content(request.form['body'])\n    with smtplib.SMTP('mail.internal') as s:\n        s.send_message(msg)",
      example_good:
        "import smtplib\nfrom email.message import EmailMessage\nfrom flask import request\ndef contact():\n    msg = EmailMessage()\n    msg['To'] = 'support@example.com'\n    msg['Subject'] = 'Contact form'\n    msg.set_content(request.form['body'])\n    with smtplib.SMTP('mail.internal') as s:\n        s.send_message(msg)",
    },
    fix_hint:
      "Send to fixed or account-owned addresses, or send a fixed template with at most a short quoted note from the visitor; rate-limit and require a login for sharing features.",
  },
  trigger: /send_message\(/,
  nodeTypes: ["call"],
  calls: ["send_message"],
  detect(node, ctx, report) {
    const arg = ctx.args(node)[0];
    const fn = ctx.enclosingFunction(node);
    if (arg?.type !== "identifier" || !fn) return;
    const msg = ctx.text(arg);
    const h = headers(ctx, fn, msg);
    const fromRequest = (n: SyntaxNode | undefined) => !!n && ctx.level(n, "trust") === Level.SOURCE;
    if (!fromRequest(h.get("to")) || !(fromRequest(h.get("from")) || fromRequest(h.get("subject")))) return;
    // The body: msg.set_content(x) / msg.add_alternative(x) with x from the request.
    const body = descendants(fn).some(
      (c) =>
        c.type === "call" &&
        /^(set_content|add_alternative|set_payload)$/.test(ctx.method(c)) &&
        ctx.text(field(field(c, "function") ?? c, "object") ?? c) === msg &&
        fromRequest(ctx.args(c)[0]),
    );
    if (body)
      report({ node, message: "the server relays a message whose recipient and content the request chose" });
  },
  cases: {
    valid: [
      "import smtplib\nfrom email.message import EmailMessage\nfrom flask import request\ndef contact():\n    msg = EmailMessage()\n    msg['From'] = 'noreply@example.com'\n    msg['To'] = 'support@example.com'\n    msg['Subject'] = 'Contact form'\n    msg.set_content(request.form['body'])\n    with smtplib.SMTP('mail.internal') as s:\n        s.send_message(msg)",
      "import smtplib\nfrom email.message import EmailMessage\nfrom flask import request\ndef invite():\n    msg = EmailMessage()\n    msg['From'] = 'noreply@example.com'\n    msg['To'] = request.form['to']\n    msg['Subject'] = 'You are invited'\n    msg.set_content('Join us at https://example.com')\n    with smtplib.SMTP('mail.internal') as s:\n        s.send_message(msg)",
    ],
    invalid: [
      "import smtplib\nfrom email.message import EmailMessage\nfrom flask import request\ndef share():\n    msg = EmailMessage()\n    msg['From'] = request.form['from']\n    msg['To'] = request.form['to']\n    msg['Subject'] = request.form['subject']\n    msg.set_content(request.form['body'])\n    with smtplib.SMTP('mail.internal') as relay:\n        relay.send_message(msg)",
    ],
  },
});
