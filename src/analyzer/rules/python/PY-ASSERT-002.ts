import { namedChildren } from "../../parse/nodes.js";
import { AUTH_CHECK_SUBJECT, functionName, pyRule } from "./common.js";

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
    if (!cond || !AUTH_CHECK_SUBJECT.test(ctx.text(cond))) return;
    report({ node, message: "assert is removed under python -O: the security check disappears" });
  },
  cases: {
    valid: [
      "def f(items):\n    assert len(items) > 0\n    return items[0]",
      "import pytest\ndef check(client):\n    assert client.user.is_authenticated",
      "def test_login(client):\n    assert client.user.is_authenticated",
    ],
    invalid: [
      {
        code: "def delete(request, post):\n    assert request.user.is_superuser\n    post.delete()",
        line: 2,
      },
      "def transfer(user, acct):\n    assert acct.owner == user, 'not yours'\n    acct.close()",
    ],
  },
});
