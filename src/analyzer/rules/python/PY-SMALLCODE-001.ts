import { field, sourceHas } from "../../parse/nodes.js";
import { functionName, pyRule, targetName } from "./common.js";
import { smallSpace, strongDrawBeside } from "./PY-ENTROPY-001.js";

/** Signs that the code's checks are counted: attempts, tries, lockout, a rate limiter. */
const ATTEMPT_LIMIT =
  /attempt|tries|retries|lockout|locked_until|limiter|rate_?limit|throttl|max_fail|failures|expires?_?at|brute/i;
/** A code typed back within minutes: a one-time code, a PIN. */
const SHORT_LIVED = /(^|_)(code|pin|otp|passcode)\d*($|_)/i;

export default pyRule({
  meta: {
    id: "PY-SMALLCODE-001",
    title: "Four-digit login or reset code with no attempt limit in sight",
    cwe: ["CWE-334"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a one-time code or PIN (by the name it is assigned to or returned from) drawn from a strong generator with at most ten thousand values (secrets.randbelow(10000), SystemRandom().randint(1000, 9999), four random digits) in a module with no attempt counter, lockout, expiry or rate limiter. Three digits or fewer is PY-ENTROPY-001's. LOW: the limit may live in another module or a proxy.",
      why_bad:
        "Ten thousand values are tried in minutes by a script when nothing counts the failures: the code proves nothing (CWE-334, a small space of random values).",
      example_bad:
        "import secrets\ndef send_login_code(phone):\n    code = f'{secrets.randbelow(10000):04d}'\n    sms(phone, code)\n    return code",
      example_good:
        "import secrets\nMAX_ATTEMPTS = 3\ndef send_login_code(phone):\n    code = f'{secrets.randbelow(10**6):06d}'\n    sms(phone, code)\n    return code",
    },
    fix_hint: "Use six or more digits, expire the code within minutes and lock it after a few failed tries.",
  },
  trigger: /randbelow\(|randint\(|\.choice\(/,
  nodeTypes: ["return_statement", "assignment"],
  detect(node, ctx, report) {
    const value = node.type === "assignment" ? field(node, "right") : node.children.find((c) => c.named);
    if (!value) return;
    const left = node.type === "assignment" ? field(node, "left") : undefined;
    const key = left?.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : undefined;
    const name = key ?? (node.type === "assignment" ? targetName(ctx, value) : functionName(ctx, node));
    if (!name || !SHORT_LIVED.test(name) || /^_?(verify|check|validate|is|has)(_|$)/i.test(name)) return;
    // (fewer than a thousand values is PY-ENTROPY-001's)
    if (smallSpace(ctx, value, 1001)) return;
    const four = smallSpace(ctx, value, 10001);
    if (!four || strongDrawBeside(ctx, value, four.call) || sourceHas(ctx.tree, ATTEMPT_LIMIT)) return;
    report({
      node: four.call,
      message: `${name} has only ${four.values} possible values and no attempt limit is in sight`,
    });
  },
  cases: {
    valid: [
      "import secrets\nMAX_ATTEMPTS = 3\ndef send_login_code(phone):\n    code = secrets.randbelow(9000) + 1000\n    return code",
      "import secrets\ndef send_login_code(phone):\n    code = secrets.randbelow(10**6)\n    return code",
      "import secrets\ndef pick(n):\n    idx = secrets.randbelow(9000)\n    return idx",
    ],
    invalid: [
      {
        code: "import secrets\ndef send_login_code(phone):\n    code = secrets.randbelow(9000) + 1000\n    return code",
        line: 3,
      },
      {
        code: "import secrets\nfrom flask import session\ndef send():\n    session['2fa_code'] = f'{secrets.randbelow(10000):04d}'",
        line: 4,
      },
    ],
  },
});
