import { descendants, field, sourceHas } from "../../parse/nodes.js";
import { AUTH_CHECK_SUBJECT, pyRule } from "./common.js";

/** Conditions made only of isinstance/issubclass/callable calls and `is (not) None` tests, joined by and. */
function typeNarrowing(cond: string): boolean {
  return cond
    .split(/\band\b/)
    .every((part) =>
      /^\s*(not\s+)?(isinstance|issubclass|callable)\([^()]*(\([^()]*\)[^()]*)*\)\s*$|^\s*[\w.]+\s+is\s+(not\s+)?None\s*$/.test(
        part,
      ),
    );
}

/** A test module (asserts are its checks). */
const TEST_FILE = /\bdef test_|import pytest|unittest|^\s*def test/m;

export default pyRule({
  meta: {
    id: "PY-ASSERT-001",
    title: "assert used to check inputs or permissions",
    cwe: ["CWE-703", "CWE-617"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags assert statements outside tests whose condition reads a function parameter, request data or a permission (LOW: a review hint).",
      why_bad:
        "Python removes assert statements under -O / PYTHONOPTIMIZE, so the check silently disappears in optimised deployments; when it does run, it raises AssertionError rather than a handled error.",
      example_bad: "def withdraw(account, amount):\n    assert amount > 0\n    account.balance -= amount",
      example_good:
        "def withdraw(account, amount):\n    if amount <= 0:\n        raise ValueError('amount must be positive')\n    account.balance -= amount",
    },
    fix_hint: "Check with if ... raise (ValueError, PermissionError) so the check always runs.",
  },
  trigger: /(?<=^\s*)assert\s/m,
  nodeTypes: ["assert_statement"],
  detect(node, ctx, report) {
    if (sourceHas(ctx.tree, TEST_FILE)) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn) return;
    const fname = ctx.text(field(fn, "name") ?? fn);
    if (/^test|_test$/.test(fname)) return;
    const cond = node.children.find((c) => c.named);
    if (!cond || AUTH_CHECK_SUBJECT.test(ctx.text(cond))) return;
    // `assert isinstance(x, list)` / `assert x is not None`: type narrowing for checkers, a contract whose
    // absence under -O lets the next line fail with TypeError instead; no input bound or permission.
    if (typeNarrowing(ctx.text(cond))) return;
    const params = new Set(ctx.paramNames(fn).filter((p) => p !== "self" && p !== "cls"));
    const reads = [cond, ...descendants(cond)].some(
      (d) =>
        (d.type === "identifier" && params.has(ctx.text(d))) ||
        /request\.|is_admin|is_authenticated|has_perm|permission|role/.test(
          d.type === "attribute" ? ctx.text(d) : "",
        ),
    );
    if (reads) report({ node, message: "this check disappears under python -O" });
  },
  cases: {
    valid: [
      // An authorisation assert is PY-ASSERT-002's (MEDIUM): one finding per line.
      "def delete(user, post):\n    assert user.is_admin\n    post.delete()",
      "def test_add():\n    assert add(1, 2) == 3",
      "def f(x):\n    if x <= 0:\n        raise ValueError()",
      "def f():\n    assert CONFIG is not None",
      "def total(items, tax):\n    assert isinstance(items, list) and tax is not None\n    return sum(items) * tax",
    ],
    invalid: [
      "def withdraw(account, amount):\n    assert amount > 0\n    account.balance -= amount",
      "def withdraw(account, amount):\n    assert isinstance(amount, int) and amount > 0\n    account.balance -= amount",
    ],
  },
});
