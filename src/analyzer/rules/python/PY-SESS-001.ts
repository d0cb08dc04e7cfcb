import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, field, namedChildren } from "../../parse/nodes.js";
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
    // aiohttp_session: `session = await get_session(request)` keeps the session the browser arrived with.
    const aio = !django && store !== "flask.session" && aiohttpSession(ctx, left);
    if (store !== "flask.session" && !django && !aio) return;
    const key =
      left.type === "subscript"
        ? ctx.stringValue(field(left, "subscript"))
        : ctx.text(field(left, "attribute") ?? left);
    if (key && SESSION_ID.test(key) && right && ctx.level(right, "trust") === Level.SOURCE) {
      report({ node, message: `the session id (${key}) is taken from the request` });
      return;
    }
    const fn = ctx.enclosingFunction(node);
    // A login view class's POST handler (`class SessionLoginView(APIView): def post(...)`) counts as a login too;
    // its GET only shows the form or keeps where to return (`session['return_to'] = ...`), before anyone signs in.
    const cls = fn ? ancestor(fn, ["class_definition"]) : undefined;
    const loginClass =
      !!cls &&
      functionName(ctx, node) === "post" &&
      /log_?in|sign_?in/i.test(ctx.text(field(cls, "name") ?? cls));
    if (!fn || !(LOGIN.test(functionName(ctx, node)) || loginClass)) return;
    // (The body only: `def login(request):` is the view's own name, not a call of Django's login.)
    if (ROTATES.test(ctx.text(field(fn, "body") ?? fn))) return;
    if (firstSessionWrite(ctx, fn) !== node) return;
    if (aio) {
      report({
        node,
        message: "login stores the user in the session from get_session() without new_session()",
      });
      return;
    }
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
      "from aiohttp_session import new_session\nasync def login(request):\n    user = await verify(request)\n    session = await new_session(request)\n    session['user_id'] = user.id",
      "from rest_framework.views import APIView\nclass SessionLoginView(APIView):\n    def post(self, request):\n        user = authenticate(request, username=request.data['u'], password=request.data['p'])\n        request.session.cycle_key()\n        request.session['_auth_user_id'] = str(user.pk)\n        return Response({})",
      "from flask import session\ndef login():\n    session.clear()\n    session['user'] = 1",
      "from django.contrib.auth import login\ndef login_view(request):\n    login(request, u)\n    request.session['x'] = 1",
      "from flask import session\ndef cart():\n    session['items'] = []",
      // a login view's GET keeps the return address before anyone signs in
      "from django.views import View\nclass StartLogin(View):\n    def get(self, request):\n        request.session['return_to'] = request.GET.get('next', '/')\n        return redirect('/accounts/login/')",
    ],
    invalid: [
      // aiohttp_session: the existing session gets the user
      {
        code: "from aiohttp_session import get_session\nasync def login(request):\n    user = await verify(request)\n    session = await get_session(request)\n    session['user_id'] = user.id",
        line: 5,
      },
      // a DRF login view class writes Django's auth keys into the existing session
      {
        code: "from rest_framework.views import APIView\nclass SessionLoginView(APIView):\n    def post(self, request):\n        user = authenticate(request, username=request.data['u'], password=request.data['p'])\n        request.session['_auth_user_id'] = str(user.pk)\n        return Response({})",
        line: 5,
      },
      "def login_view(request):\n    request.session['user_id'] = 5\n    return 1",
      "from flask import request, session\ndef login():\n    session['sid'] = request.args.get('sid')",
      { code: "from flask import session\ndef login():\n    session['user'] = 1", severity: "LOW" },
    ],
  },
});

/** `session["uid"] = ...` where `session = await get_session(request)` (aiohttp_session). */
function aiohttpSession(ctx: Parameters<typeof functionName>[0], left: SyntaxNode): boolean {
  const obj = left.type === "subscript" ? field(left, "value") : undefined;
  if (obj?.type !== "identifier") return false;
  let v = ctx.resolve(obj);
  if (v?.type === "await") v = namedChildren(v)[0];
  return v?.type === "call" && /^aiohttp_session\.get_session$/.test(ctx.callee(v));
}

/** The first session write in a function, so a login handler is reported once. */
function firstSessionWrite(ctx: Parameters<typeof functionName>[0], fn: SyntaxNode): SyntaxNode | undefined {
  return ctx.tree.nodes.find(
    (n) =>
      n.type === "assignment" &&
      n.start >= fn.start &&
      n.end <= fn.end &&
      // (a write into the session, not `session = await get_session(request)` binding the name)
      /^(subscript|attribute)$/.test(field(n, "left")?.type ?? "") &&
      /^(session|request\.session)\b/.test(ctx.text(field(n, "left") ?? n)),
  );
}
