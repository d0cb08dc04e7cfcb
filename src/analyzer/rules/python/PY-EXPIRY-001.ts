import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Session and remember-me lifetimes, as Flask, Flask-Login and Django name them. */
const LIFETIME =
  /^(app\.)?(permanent_session_lifetime|config\[['"](PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION)['"]\]|PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION|SESSION_COOKIE_AGE)$/;
const MAX_DAYS = 30;

/** A lifetime in days: timedelta(days=.., weeks=.., hours=..) or a number of seconds. */
function lifetimeDays(ctx: PythonContext, v: SyntaxNode | undefined): number | undefined {
  if (!v) return undefined;
  if (v.type === "call" && /(^|\.)timedelta$/.test(ctx.callee(v))) {
    const num = (k: string) => {
      const a = ctx.kwarg(v, k);
      const n = a ? ctx.constValue(a) : undefined;
      return typeof n === "number" ? n : 0;
    };
    const first = ctx.args(v)[0];
    const pos = first && first.type !== "keyword_argument" ? ctx.constValue(first) : undefined;
    return (typeof pos === "number" ? pos : 0) + num("days") + 7 * num("weeks") + num("hours") / 24;
  }
  const n = ctx.constValue(v);
  return typeof n === "number" ? n / 86400 : undefined;
}

/** The claims dict passed to jwt.encode, when it is a literal the code builds in place (or one assignment away). */
function claimsLiteral(ctx: PythonContext, payload: SyntaxNode | undefined): SyntaxNode | undefined {
  const d = ctx.resolve(payload);
  return d?.type === "dictionary" ? d : undefined;
}

export default pyRule({
  meta: {
    id: "PY-EXPIRY-001",
    title: "Session or token that never expires",
    cwe: ["CWE-613"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags jwt.encode() of a claims dict with no 'exp' claim (when the function never sets one), jwt.decode() told not to check 'exp' (options={'verify_exp': False}), and Flask/Django session or remember-me lifetimes longer than 30 days.",
      why_bad:
        "A token or session that lives forever (or for a year) stays usable after the user logs out, changes the password or loses the device: anyone who copies it once keeps the account.",
      example_bad:
        "import jwt\ndef token(uid, key):\n    return jwt.encode({'sub': str(uid)}, key, algorithm='HS256')",
      example_good:
        "import datetime, jwt\ndef token(uid, key):\n    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=15)\n    return jwt.encode({'sub': str(uid), 'exp': exp}, key, algorithm='HS256')",
    },
    fix_hint:
      "Give access tokens an 'exp' claim of minutes to hours (refresh them), and keep session lifetimes to hours or days.",
  },
  trigger:
    /jwt\.encode\(|verify_exp|permanent_session_lifetime|PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION|SESSION_COOKIE_AGE/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      if (!LIFETIME.test(ctx.text(field(node, "left") ?? node).replace(/\s+/g, ""))) return;
      const days = lifetimeDays(ctx, field(node, "right"));
      if (days !== undefined && days > MAX_DAYS)
        report({ node, message: `sessions last ${Math.round(days)} days` });
      return;
    }
    const callee = ctx.callee(node);
    if (/^(jwt|jose\.jwt|jwt\.api_jwt)\.decode$/.test(callee)) {
      // options={'verify_exp': False} (in the call or one assignment away): an expired token is still accepted.
      const opts = ctx.resolve(ctx.kwarg(node, "options"));
      if (
        opts?.type === "dictionary" &&
        /['"]verify_exp['"]:False\b/.test(ctx.text(opts).replace(/\s+/g, ""))
      )
        report({ node, message: "token expiry is not checked: an expired token is still accepted" });
      return;
    }
    if (!/(^|\.)jwt\.encode$|^jwt\.api_jwt\.encode$/.test(callee)) return;
    const claims = claimsLiteral(ctx, ctx.arg(node, 0, "payload"));
    if (!claims) return;
    if (claims.children.some((c) => c.type === "dictionary_splat")) return;
    const keys = claims.children
      .filter((c) => c.type === "pair")
      .map((p) => ctx.stringValue(field(p, "key")));
    if (keys.includes("exp")) return;
    // payload["exp"] = ..., payload.update(exp=...) or a claims helper elsewhere in the function.
    const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
    if (/['"]exp['"]|\bexp\s*=|expires?_(in|at|delta)/.test(ctx.text(scope))) return;
    report({ node, message: "token claims carry no 'exp': it is valid forever" });
  },
  cases: {
    valid: [
      "import jwt, time\ndef t(uid, key):\n    return jwt.encode({'sub': uid, 'exp': int(time.time()) + 900}, key, algorithm='HS256')",
      "import jwt\ndef t(uid, key):\n    claims = {'sub': uid}\n    claims['exp'] = soon()\n    return jwt.encode(claims, key, algorithm='HS256')",
      "from datetime import timedelta\napp.permanent_session_lifetime = timedelta(hours=12)",
      "SESSION_COOKIE_AGE = 60 * 60 * 24 * 14",
      "import jwt\nc = jwt.decode(t, k, algorithms=['HS256'], options={'verify_exp': True})",
    ],
    invalid: [
      {
        code: "import jwt\ndef t(uid, key):\n    return jwt.encode({'sub': str(uid), 'scope': 'api'}, key, algorithm='HS256')",
        line: 3,
      },
      {
        code: "from datetime import timedelta\napp.permanent_session_lifetime = timedelta(days=365)",
        line: 2,
      },
      "SESSION_COOKIE_AGE = 31536000",
      {
        code: "import jwt\nopts = {'verify_exp': False}\nc = jwt.decode(t, k, algorithms=['HS256'], options=opts)",
        line: 3,
      },
    ],
  },
});
