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
        "Flags literal patterns passed to re.* whose quantified groups contain quantifiers, e.g. (a+)+, or (?:\\.[a-z]{2,})* after [a-z.]+ (a group whose separator something before it also matches).",
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
  trigger: /\bre\.|\bregex\.|\bfrom re(?:gex)? import\b/,
  nodeTypes: ["call"],
  calls: ["compile", "match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(re|regex)\.(compile|match|fullmatch|search|findall|finditer|sub|subn|split)$/.test(q)) return;
    const p = ctx.resolve(ctx.arg(node, 0, "pattern"));
    const value = ctx.stringValue(p);
    // Nesting whose every repetition a separator fences (one the loose atoms before the group cannot take
    // either, as in [a-z]+(?: [a-z]+)*) splits the input one way only: linear, as JS-REDOS-001 judges it.
    if (!value || !nestedQuantifier(value, { separators: true })) return;
    report({ node, message: "nested quantifiers can backtrack catastrophically" });
  },
  cases: {
    valid: [
      "import re\ndef phone(n):\n    return re.fullmatch(r'\\d{1,4}(-\\d{1,4}){0,4}', n) is not None",
      "import re\nre.match(r'^[a-z]+$', s)",
      "import re\nre.compile(r'(ab){2}')",
      "import re\nre.fullmatch(r'([0-9a-f]{2})+', s)",
      // Each repetition starts with a space the letters cannot match: the split is unique.
      "import re\nre.fullmatch(r'[A-Za-z]+(?: [A-Za-z]+)*', s)",
      "import re\nSENTENCE = re.compile(r'^[a-zA-Z0-9]+(?: [a-zA-Z0-9]+)*$')",
    ],
    invalid: [
      "import re\ndef phone(n):\n    return re.match(r'^(\\d{1,40}-?){2,}$', n) is not None",
      "import re\nre.match(r'^(a+)+$', s)",
      "from re import compile as rx\nEMAIL = rx(r'^([a-z0-9]+\\.?)*@example\\.com$')",
      // A varying count inside a group that repeats: aaaa is aa+aa or aaaa, and the splits multiply.
      "import re\nre.match(r'^[a-z]+@([a-z0-9]{2,4})+$', s)",
      "import re\np = r'^[a-z.]+(?:\\.[a-z]{2,})*$'\nre.match(p, s)",
    ],
  },
});
