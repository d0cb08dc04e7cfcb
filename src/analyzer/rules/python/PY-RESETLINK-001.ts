import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Reads of the host the client named: the Host (or X-Forwarded-Host) header and the URLs built from it. */
const HOST_ATTR = /^(self\.)?req(uest)?\.(host|host_url|url_root|base_url)$/;
const HOST_HEADER = /^(host|x-forwarded-host)$/i;
/** A body that mails something: smtplib, Django/Flask-Mail helpers, a project's own mailer. */
const SENDS_MAIL =
  /\b(send_mail|send_mass_mail|sendmail|send_message|EmailMessage|EmailMultiAlternatives|mail\.send|Message\(|\w*mail\w*\s*\(|mailer\.\w+\()/i;
/** What the mail is about: a password reset, a verification or a sign-in token. */
const ACCOUNT_LINK = /\b\w*(token|reset|verify|verification|confirm|activation|activate|magic)\w*\b/i;
/** The statement builds such a link: a path to one of those pages, or a token in it. */
const LINK_PART = /\/\w*(reset|verif|confirm|activat|magic|token)|\b\w*token\w*\b/i;

/** `request.host`, `request.headers["Host"]`, `request.headers.get("Host")`, `request.META["HTTP_HOST"]`. */
function hostRead(ctx: PythonContext, n: SyntaxNode): boolean {
  if (n.type === "attribute") return HOST_ATTR.test(ctx.text(n).replace(/\s+/g, ""));
  if (n.type === "subscript") {
    const obj = ctx.text(field(n, "value") ?? n).replace(/\s+/g, "");
    const key = ctx.stringValue(field(n, "subscript")) ?? "";
    return (
      (/^(self\.)?req(uest)?\.headers$/.test(obj) && HOST_HEADER.test(key)) ||
      (/^(self\.)?req(uest)?\.META$/.test(obj) && /^HTTP_(X_FORWARDED_)?HOST$/.test(key))
    );
  }
  if (n.type === "call" && ctx.method(n) === "get") {
    const obj = ctx.text(field(field(n, "function") ?? n, "object") ?? n).replace(/\s+/g, "");
    const key = ctx.stringValue(ctx.args(n)[0]) ?? "";
    return (
      (/^(self\.)?req(uest)?\.headers$/.test(obj) && HOST_HEADER.test(key)) ||
      (/^(self\.)?req(uest)?\.META$/.test(obj) && /^HTTP_(X_FORWARDED_)?HOST$/.test(key))
    );
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-RESETLINK-001",
    title: "Account e-mail link built from the request's Host header",
    cwe: ["CWE-640"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a function that e-mails a password-reset, verification or sign-in link whose host it takes from the request (the Host or X-Forwarded-Host header, Flask's request.host / host_url / url_root, Starlette's request.base_url). Django's get_host() and build_absolute_uri() check the host against ALLOWED_HOSTS and are left alone.",
      why_bad:
        "Anyone can ask for a reset of another user's account with a forged Host header: the victim receives a genuine e-mail whose link points at the attacker's server, and clicking it hands over the reset token (password-reset poisoning).",
      example_bad:
        "from flask import request\ndef forgot(user, token):\n    link = f\"https://{request.headers['Host']}/reset/{token}\"\n    send_mail(user.email, 'Reset', link)",
      example_good:
        "from flask import current_app\ndef forgot(user, token):\n    link = f\"{current_app.config['SITE_URL']}/reset/{token}\"\n    send_mail(user.email, 'Reset', link)",
    },
    fix_hint:
      "Build account links from the site's configured URL (a setting, SERVER_NAME), never from the Host header the request carries.",
  },
  trigger:
    /headers(\[|\.get\()\s*['"](Host|X-Forwarded-Host)['"]|HTTP_(X_FORWARDED_)?HOST|req(uest)?\.(host|host_url|url_root|base_url)\b/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const body = field(node, "body");
    if (!body) return;
    const text = ctx.text(body);
    if (!SENDS_MAIL.test(text) || !ACCOUNT_LINK.test(text)) return;
    // (a nested function is judged on its own)
    const read = descendants(body).find(
      (d) => hostRead(ctx, d) && ctx.enclosingFunction(d) === node && LINK_PART.test(statementOf(ctx, d)),
    );
    if (read)
      report({
        node: read,
        message: `an account link is built from ${ctx.text(read)}, which the client sets, and e-mailed`,
      });
  },
  cases: {
    valid: [
      "from flask import current_app\ndef forgot(user, token):\n    link = f\"{current_app.config['SITE_URL']}/reset/{token}\"\n    send_mail(user.email, 'Reset', link)",
      // the host is logged, not put in the link
      "import logging\nfrom flask import request\ndef forgot(user, token):\n    logging.info('reset asked via %s', request.host)\n    send_mail(user.email, 'Reset', f'https://example.com/reset/{token}')",
      // no mail sent
      "from flask import request, redirect\ndef go(token):\n    return redirect(f'https://{request.host}/verify/{token}')",
    ],
    invalid: [
      {
        code: "import secrets\nfrom flask import request\ndef forgot(user):\n    token = secrets.token_urlsafe(32)\n    link = f\"https://{request.headers['Host']}/reset/{token}\"\n    send_mail(user.email, 'Reset your password', link)",
        line: 5,
      },
      {
        code: "from flask import request\ndef verify_email(user, token):\n    url = request.host_url + 'verify/' + token\n    mail.send(Message('Verify', recipients=[user.email], body=url))",
        line: 3,
      },
    ],
  },
});

/** The text of the simple statement holding `n` (its assignment or expression line). */
function statementOf(ctx: PythonContext, n: SyntaxNode): string {
  let p: SyntaxNode | null = n;
  while (p && p.type !== "expression_statement" && p.type !== "return_statement") p = p.parent;
  return ctx.text(p ?? n);
}
