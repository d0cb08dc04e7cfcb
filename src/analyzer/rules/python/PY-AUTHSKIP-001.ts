import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { PASSWORD_CHECKS, pyRule } from "./common.js";

/** A function whose True lets someone in. */
const LOGIN_DECISION =
  /(^|_)(check|verify|authenticate|auth|login|is_?valid|valid_?(user|login|credentials)|credentials)/i;
/** The call that checks the secret. */
const VERIFY = new RegExp(
  String.raw`^(${PASSWORD_CHECKS}|verify|pbkdf2_sha256\.verify|bcrypt\.checkpw|hmac\.compare_digest)$|(^|\.)(check_password_hash|checkpw|compare_digest|verify)$`,
);

/** `stored and not verify(...)` (or `... or ...` forms): a conjunction whose right side runs the check. */
function skippableCheck(ctx: PythonContext, cond: SyntaxNode): boolean {
  if (cond.type !== "boolean_operator" || !/\band\b/.test(ctx.text(cond).slice(0, 400))) return false;
  const right = field(cond, "right");
  const left = field(cond, "left");
  if (!right || !left) return false;
  const neg = right.type === "not_operator" ? namedChildren(right)[0] : undefined;
  return (
    neg?.type === "call" &&
    VERIFY.test(ctx.callee(neg)) &&
    !descendants(left).some((d) => d.type === "call" && VERIFY.test(ctx.callee(d)))
  );
}

export default pyRule({
  meta: {
    id: "PY-AUTHSKIP-001",
    title: "Credential check that answers True when the check is skipped",
    cwe: ["CWE-287", "CWE-636"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags a login/credential check function that ends with `return True` and whose only refusal is `if <lookup> and not verify(...): return False`: when the lookup finds nothing (an unknown user, an empty hash) the password is never checked and the function answers True.",
      why_bad:
        "Any name that has no account, or whose stored hash is empty, logs in with any password (CWE-287, improper authentication; the check fails open, CWE-636).",
      example_bad:
        "from werkzeug.security import check_password_hash\ndef check(user, pw):\n    stored = USERS.get(user)\n    if stored and not check_password_hash(stored, pw):\n        return False\n    return True",
      example_good:
        "from werkzeug.security import check_password_hash\ndef check(user, pw):\n    stored = USERS.get(user)\n    return stored is not None and check_password_hash(stored, pw)",
    },
    fix_hint: "Refuse by default: return True only after the secret was checked and matched.",
  },
  trigger: /\band\s+not\s+[\w.]*(check_password|checkpw|compare_digest|verify)/,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    if (!LOGIN_DECISION.test(ctx.text(field(node, "name") ?? node))) return;
    const stmts = namedChildren(field(node, "body") ?? node).filter((s) => s.type !== "comment");
    const last = stmts[stmts.length - 1];
    if (last?.type !== "return_statement" || namedChildren(last)[0]?.type !== "true") return;
    // The refusals: top-level `if ...: return False`; every one must be the skippable form.
    const refusals = stmts.filter(
      (s) => s.type === "if_statement" && /^\s*return\s+False\b/.test(ctx.text(field(s, "consequence") ?? s)),
    );
    if (!refusals.length || refusals.some((s) => !skippableCheck(ctx, field(s, "condition")!))) return;
    report({
      node: last,
      message: "the check answers True whenever the lookup before the password test finds nothing",
    });
  },
  cases: {
    valid: [
      "from werkzeug.security import check_password_hash\ndef check(user, pw):\n    stored = USERS.get(user)\n    return stored is not None and check_password_hash(stored, pw)",
      "from werkzeug.security import check_password_hash\ndef check(user, pw):\n    stored = USERS.get(user)\n    if not stored:\n        return False\n    if not check_password_hash(stored, pw):\n        return False\n    return True",
    ],
    invalid: [
      {
        code: "from werkzeug.security import check_password_hash\ndef check(user, pw):\n    stored = USERS.get(user)\n    if stored and not check_password_hash(stored, pw):\n        return False\n    return True",
        line: 6,
      },
    ],
  },
});
