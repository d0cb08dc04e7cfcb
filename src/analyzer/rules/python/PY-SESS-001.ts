import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { functionName, pyRule } from "./common.js";

const LOGIN = /(^|_)(log_?in|sign_?in|authenticate|auth)($|_)/i;
const SESSION_ID = /^(sid|session_?id|sessionid|session_?key|session_?token)$/i;
/** Calls that give the user a fresh session at login. */
const ROTATES =
  /(cycle_key|flush|session\.clear|regenerate|rotate|new_session|\blogin\s*\(\s*request|login_user\s*\()/;

export default pyRule({
  meta: {
    id: "PY-SESS-001",
    title: "Session not renewed at login (session fixation)",
    cwe: ["CWE-384"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a Flask login stores the user in the cookie session without clearing it first (a signed client-side session, fixation only with a server-side store)",
      },
    ],
    docs: {
      what_it_does:
        "Flags a session identifier taken from the request (session['sid'] = request..., a session cookie set from request data), Django login views that write request.session without login()/cycle_key()/flush(), and (LOW) Flask login handlers that write session without session.clear().",
      why_bad:
        "An attacker who planted a session id in the victim's browser before login shares the authenticated session afterwards, because the id was kept across the privilege change.",
      example_bad:
        "def login_view(request):\n    user = check(request.POST['username'], request.POST['password'])\n    if user:\n        request.session['user_id'] = user.id\n    return redirect('/')",
      example_good:
        "from django.contrib.auth import authenticate, login\ndef login_view(request):\n    user = authenticate(request, username=request.POST['username'], password=request.POST['password'])\n    if user:\n        login(request, user)\n    return redirect('/')",
    },
    fix_hint:
      "Issue a new session id at login: Django login() or request.session.cycle_key(); Flask session.clear() first.",
  },
  trigger: /session\[|session\.\w+\s*=|set_cookie/,
  nodeTypes: ["assignment", "call"],
  calls: ["set_cookie"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // A session cookie whose value comes from the request.
      if (ctx.method(node) !== "set_cookie") return;
      const name = ctx.stringValue(ctx.arg(node, 0, "key")) ?? "";
      const value = ctx.arg(node, 1, "value");
      if (/sess|sid/i.test(name) && value && ctx.level(value, "trust") === Level.SOURCE)
        report({ node, message: `session cookie ${name} is set from request data` });
      return;
    }
    const left = field(node, "left");
    const right = field(node, "right");
    if (left?.type !== "subscript" && left?.type !== "attribute") return;
    const store = ctx.qname(left.type === "subscript" ? field(left, "value") : field(left, "object"));
    const django = /(^|\.)request\.session$/.test(store);
    if (store !== "flask.session" && !django) return;
    const key =
      left.type === "subscript"
        ? ctx.stringValue(field(left, "subscript"))
        : ctx.text(field(left, "attribute") ?? left);
    if (key && SESSION_ID.test(key) && right && ctx.level(right, "trust") === Level.SOURCE) {
      report({ node, message: `the session id (${key}) is taken from the request` });
      return;
    }
    const fn = ctx.enclosingFunction(node);
    if (!fn || !LOGIN.test(functionName(ctx, node))) return;
    if (ROTATES.test(ctx.text(fn))) return;
    if (firstSessionWrite(ctx, fn) !== node) return;
    if (django) report({ node, message: "login stores the user in the session without cycle_key()/login()" });
    else
      report({
        node,
        severity: "LOW",
        message: "login stores the user in the session without session.clear()",
      });
  },
  cases: {
    valid: [
      "from flask import session\ndef login():\n    session.clear()\n    session['user'] = 1",
      "from django.contrib.auth import login\ndef login_view(request):\n    login(request, u)\n    request.session['x'] = 1",
      "from flask import session\ndef cart():\n    session['items'] = []",
    ],
    invalid: [
      "def login_view(request):\n    request.session['user_id'] = 5\n    return 1",
      "from flask import request, session\ndef login():\n    session['sid'] = request.args.get('sid')",
      { code: "from flask import session\ndef login():\n    session['user'] = 1", severity: "LOW" },
    ],
  },
});

/** The first session write in a function, so a login handler is reported once. */
function firstSessionWrite(ctx: Parameters<typeof functionName>[0], fn: SyntaxNode): SyntaxNode | undefined {
  return ctx.tree.nodes.find(
    (n) =>
      n.type === "assignment" &&
      n.start >= fn.start &&
      n.end <= fn.end &&
      /^(session|request\.session)\b/.test(ctx.text(field(n, "left") ?? n)),
  );
}
