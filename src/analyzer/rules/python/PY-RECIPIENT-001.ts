import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

/** The function looks an account up (ORM query, Django manager, a find/get helper). */
const ACCOUNT_LOOKUP = /\.query\b|\.objects\.|\b(find|get|load|lookup)_?(user|account|member|customer)\w*\(/i;
/** The message carries something that proves control of the account: a reset link or token, a one-time code. */
const SECRET_SENT =
  /reset|token|otp|one[-_ ]?time|verification|verify|login[-_ ]?code|magic[-_ ]?link|\bcode\b/i;

/** The function makes the account (sign-up): `objects.create(...)`, `create_user(...)`, `db.session.add(...)`. */
const ACCOUNT_CREATED =
  /\.objects\.create\(|\bcreate_user\(|\bsession\.add\(|=\s*(User|Account|Member|Customer)\(|\bsignup|\bsign_up|\bregister/i;

/**
 * The recipient is the value the account was looked up by (`User.objects.get(email=request.POST['email'])`, then
 * sent to `request.POST['email']`): the record holds that same address.
 */
function lookupKey(ctx: PythonContext, body: string, item: SyntaxNode): boolean {
  const t = ctx.text(item.type === "identifier" ? (ctx.resolve(item) ?? item) : item);
  const escaped = regexEscape(t);
  return new RegExp(`\\b(email|phone|mobile)\\w*(__iexact)?\\s*=\\s*${escaped}\\s*[,)]`).test(body);
}

/** The recipient argument of a message-sending call, by library; undefined for other calls. */
function recipient(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const q = ctx.callee(call);
  const m = ctx.method(call);
  // flask_mail.Message(subject, recipients=[...]); Django EmailMessage(subject, body, from, to=[...]).
  if (/(^|\.)Message$/.test(q)) return ctx.arg(call, 1, "recipients");
  if (/(^|\.)(EmailMessage|EmailMultiAlternatives)$/.test(q) && sourceHas(ctx.tree, /django/))
    return ctx.arg(call, 3, "to");
  // django.core.mail.send_mail(subject, message, from_email, recipient_list).
  if (/(^|\.)send_mail$/.test(q) && sourceHas(ctx.tree, /django/)) return ctx.arg(call, 3, "recipient_list");
  // Twilio client.messages.create(to=..., from_=..., body=...).
  if (m === "create" && /\.messages\.create$/.test(ctx.text(field(call, "function") ?? call)))
    return ctx.kwarg(call, "to");
  // smtplib: server.sendmail(from, to_addrs, msg).
  if (m === "sendmail") return ctx.arg(call, 1, "to_addrs");
  return undefined;
}

/**
 * `user.email` / `account.phone` where `user = User.query.filter_by(...).first()`: a field of the record looked
 * up (by request data, hence its taint), which is the address the account holder registered.
 */
function storedOnRecord(ctx: PythonContext, n: SyntaxNode): boolean {
  const obj = n.type === "attribute" ? field(n, "object") : undefined;
  if (obj?.type !== "identifier") return false;
  const v = ctx.resolve(obj);
  return (
    v?.type === "call" &&
    (/\.(get|first|one|one_or_none|get_or_404|first_or_404|find_one|fetchone|scalar)$/.test(ctx.callee(v)) ||
      ACCOUNT_LOOKUP.test(ctx.text(v)))
  );
}

export default pyRule({
  meta: {
    id: "PY-RECIPIENT-001",
    title: "Account secret sent to an address the request supplies",
    cwe: ["CWE-941", "CWE-640"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a handler that looks an account up and sends a reset link, token or one-time code by mail or SMS (flask_mail Message, Django send_mail / EmailMessage, smtplib sendmail, Twilio messages.create) to an address or number taken from the request instead of the one stored on the account.",
      why_bad:
        "Anyone can ask for a reset of someone else's account and name their own mailbox or phone as the destination: the secret that proves control of the account goes to the attacker.",
      example_bad:
        "from flask import request\ndef forgot(mail, Message):\n    user = User.query.filter_by(name=request.form['name']).first()\n    mail.send(Message('reset', recipients=[request.form['email']], body=user.reset_token))",
      example_good:
        "from flask import request\ndef forgot(mail, Message):\n    user = User.query.filter_by(name=request.form['name']).first()\n    mail.send(Message('reset', recipients=[user.email], body=user.reset_token))",
    },
    fix_hint:
      "Send to the email address or phone number stored on the account, never to one the request names.",
  },
  trigger: /Message\(|send_mail\(|sendmail\(|messages\.create\(/,
  nodeTypes: ["call"],
  calls: ["Message", "EmailMessage", "EmailMultiAlternatives", "send_mail", "sendmail", "create"],
  detect(node, ctx, report) {
    const to = recipient(ctx, node);
    const fn = ctx.enclosingFunction(node);
    if (!to || !fn) return;
    const body = ctx.text(field(fn, "body") ?? fn);
    if (!ACCOUNT_LOOKUP.test(body) || !SECRET_SENT.test(body)) return;
    // Sign-up: the account is created here with the address being verified, so that address is the right one.
    if (ACCOUNT_CREATED.test(body)) return;
    // `[request.form["email"]]` or the value itself: any element read from the request.
    const v = to.type === "identifier" ? (ctx.resolve(to) ?? to) : to;
    const items = v.type === "list" || v.type === "tuple" ? namedChildren(v) : [to];
    const bad = items.find(
      (i) => ctx.level(i, "trust") === Level.SOURCE && !storedOnRecord(ctx, i) && !lookupKey(ctx, body, i),
    );
    if (bad)
      report({
        node,
        message: `the secret is sent to ${ctx.text(bad).slice(0, 40)}, which the request chose`,
      });
  },
  cases: {
    valid: [
      "from flask import request\nfrom flask_mail import Message\ndef forgot():\n    user = User.query.filter_by(username=request.form['username']).first()\n    mail.send(Message('Password reset', recipients=[user.email], body=user.reset_token))",
      "from flask import request\nfrom flask_mail import Message\ndef contact():\n    mail.send(Message('Thanks', recipients=[request.form['email']], body='We got your message'))",
      "from django.http import JsonResponse\ndef code(request):\n    a = Account.objects.get(username=request.POST['username'])\n    twilio.messages.create(to=a.phone, from_='+1555', body='code ' + a.code)\n    return JsonResponse({})",
      // Sign-up: the verification goes to the address being registered.
      "from django.core.mail import send_mail\ndef signup(request):\n    user = User.objects.create_user(username=request.POST['username'], email=request.POST['email'])\n    token = make_token(user)\n    send_mail('Verify your email', 'code: ' + token, 'no@x.com', [request.POST['email']])",
      // Looked up by the address it is sent to.
      "from flask import request\nfrom flask_mail import Message\ndef forgot():\n    user = User.query.filter_by(email=request.form['email']).first()\n    if user:\n        mail.send(Message('Password reset', recipients=[request.form['email']], body=user.reset_token))",
    ],
    invalid: [
      "from flask import request\nfrom flask_mail import Message\ndef forgot():\n    user = User.query.filter_by(username=request.form['username']).first()\n    mail.send(Message('Password reset', recipients=[request.form['email']], body=user.reset_token))",
      "from django.http import JsonResponse\ndef code(request):\n    a = Account.objects.get(username=request.POST['username'])\n    twilio.messages.create(to=request.POST['phone'], from_='+1555', body='code ' + a.code)\n    return JsonResponse({})",
      "from django.core.mail import send_mail\ndef reset(request):\n    u = User.objects.get(username=request.POST['username'])\n    send_mail('Reset', 'token: ' + u.reset_token, 'no@x.com', [request.POST['email']])",
    ],
  },
});
