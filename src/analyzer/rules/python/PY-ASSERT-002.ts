import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { AUTH_CHECK_SUBJECT, functionName, pyRule } from "./common.js";

/**
 * A condition about the program's own state rather than who the caller is: a None test (`token is not None`), a
 * type test, string keys present in a mapping (`"uidb64" in kwargs`), or the object's own flag (`not
 * self.is_active` after closing it), and `and`/`or`/`not` of these.
 */
function invariant(ctx: PythonContext, c: SyntaxNode): boolean {
  if (c.type === "parenthesized_expression")
    return !!namedChildren(c)[0] && invariant(ctx, namedChildren(c)[0]!);
  if (c.type === "boolean_operator")
    return [field(c, "left"), field(c, "right")].every((x) => !!x && invariant(ctx, x));
  if (c.type === "not_operator") {
    const a = field(c, "argument");
    return !!a && (invariant(ctx, a) || /^self\.\w+$/.test(ctx.text(a)));
  }
  if (c.type === "call") return /^(isinstance|issubclass|hasattr|callable)$/.test(ctx.callee(c));
  if (c.type === "comparison_operator") {
    const t = ctx.text(c);
    // ... but `assert current_user is not None` is the login check itself.
    if (/\bis\s+(not\s+)?None$/.test(t)) return !/user|owner|perm|role|session|principal/i.test(t);
    // `"uidb64" in kwargs`: the call's shape, not its caller.
    return namedChildren(c)[0]?.type === "string" && /^(['"])[\w-]*\1\s+(not\s+)?in\s+\w+$/.test(t);
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-ASSERT-002",
    title: "assert used as an authorisation or security check",
    cwe: ["CWE-703", "CWE-617"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags assert statements outside tests whose condition is about the user, permissions, roles, tokens or signatures.",
      why_bad:
        "Python removes assert statements when run with -O (PYTHONOPTIMIZE), so the check silently disappears and every caller passes it.",
      example_bad: "def delete_post(request, post):\n    assert request.user.is_superuser\n    post.delete()",
      example_good:
        "from django.core.exceptions import PermissionDenied\ndef delete_post(request, post):\n    if not request.user.is_superuser:\n        raise PermissionDenied()\n    post.delete()",
    },
    fix_hint: "Use an if statement that raises (PermissionDenied, abort(403), ValueError) instead of assert.",
  },
  trigger:
    /\bassert\b[^\n]*(user|perm|role|auth|owner|token|signature|csrf|is_(superuser|staff|admin|active|owner|allowed))/i,
  nodeTypes: ["assert_statement"],
  detect(node, ctx, report) {
    // Tests assert on purpose: pytest/unittest files and test_* functions.
    if (/^\s*(import|from)\s+(pytest|unittest)\b/m.test(ctx.tree.source)) return;
    if (/^test/.test(functionName(ctx, node))) return;
    const cond = namedChildren(node)[0];
    if (!cond || !AUTH_CHECK_SUBJECT.test(ctx.text(cond)) || invariant(ctx, cond)) return;
    report({ node, message: "assert is removed under python -O: the security check disappears" });
  },
  cases: {
    valid: [
      "def cas(app, authority):\n    assert authority.endswith('/') and authority.startswith('http')\n    return app",
      "def f(items):\n    assert len(items) > 0\n    return items[0]",
      "import pytest\ndef check(client):\n    assert client.user.is_authenticated",
      "def test_login(client):\n    assert client.user.is_authenticated",
      "def choose(state):\n    token = state.key[2]\n    assert token is not None\n    return token",
      "def dispatch(self, **kwargs):\n    assert 'uidb64' in kwargs and 'token' in kwargs\n    return kwargs",
      "class T:\n    def close(self):\n        try:\n            self._close()\n        finally:\n            assert not self.is_active",
    ],
    invalid: [
      "def view(request, authorization):\n    assert authorization.startswith('Bearer ')\n    return request",
      {
        code: "def delete(request, post):\n    assert request.user.is_superuser\n    post.delete()",
        line: 2,
      },
      "def transfer(user, acct):\n    assert acct.owner == user, 'not yours'\n    acct.close()",
      "def view(request):\n    assert request.user is not None and request.user.is_staff\n    return 1",
      "def view(request):\n    assert not request.user.is_anonymous\n    return 1",
      "def view():\n    user = get_current_user()\n    assert user is not None\n    return user.files",
    ],
  },
});
