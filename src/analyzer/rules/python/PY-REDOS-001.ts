import { nestedQuantifier } from "../redos.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-REDOS-001",
    title: "Regular expression with nested quantifiers (ReDoS)",
    cwe: ["CWE-1333", "CWE-400", "CWE-730"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags literal patterns passed to re.* whose quantified groups contain quantifiers, e.g. (a+)+ or (?:\\.[a-z]{2,})*.",
      why_bad:
        "Python's backtracking engine takes exponential or high-polynomial time on crafted near-matches, so one request can pin a CPU.",
      example_bad:
        "import re\ndef valid(email):\n    return re.match(r'^([a-z0-9]+\\.?)+@example\\.com$', email) is not None",
      example_good:
        "import re\ndef valid(email):\n    return re.match(r'^[a-z0-9.]+@example\\.com$', email) is not None",
    },
    fix_hint:
      "Remove nested repetition (make inner parts unambiguous), bound input length, or use a linear-time engine (google-re2).",
  },
  trigger: /\bre\.|\bregex\./,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(re|regex)\.(compile|match|fullmatch|search|findall|finditer|sub|subn|split)$/.test(q)) return;
    const p = ctx.resolve(ctx.arg(node, 0, "pattern"));
    const value = ctx.stringValue(p);
    if (value && nestedQuantifier(value))
      report({ node, message: "nested quantifiers can backtrack catastrophically" });
  },
  cases: {
    valid: ["import re\nre.match(r'^[a-z]+$', s)", "import re\nre.compile(r'(ab){2}')"],
    invalid: [
      "import re\nre.match(r'^(a+)+$', s)",
      "import re\np = r'^[a-z]+(?:\\.[a-z]{2,})*$'\nre.match(p, s)",
    ],
  },
});
