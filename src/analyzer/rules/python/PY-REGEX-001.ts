import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-REGEX-001",
    title: "Regular expression compiled from untrusted input",
    cwe: ["CWE-400", "CWE-1333", "CWE-730"],
    severity: "MEDIUM",
    docs: {
      what_it_does: "Flags re.* calls whose pattern is a caller-supplied value not passed through re.escape.",
      why_bad:
        "An attacker-chosen pattern can be catastrophically slow (ReDoS) or match far more than intended.",
      example_bad: "import re\ndef search(pattern, text):\n    return re.search(pattern, text) is not None",
      example_good:
        "import re\ndef search(pattern, text):\n    return re.search(re.escape(pattern), text) is not None",
    },
    fix_hint: "Escape user text with re.escape, or use plain substring search (`in`, str.find).",
  },
  trigger: /\bre\.|\bregex\./,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(re|regex)\.(compile|match|fullmatch|search|findall|finditer|sub|subn|split)$/.test(q)) return;
    const p = ctx.arg(node, 0, "pattern");
    if (!p) return;
    const name = ctx.text(p);
    const level = ctx.level(p, "regex");
    if (
      level === Level.SOURCE ||
      (level === Level.PARAM && /pattern|regex|regexp|query|search|expr/i.test(name))
    )
      report({ node, message: "pattern comes from caller-controlled data" });
  },
  cases: {
    valid: [
      "import re\ndef f(pattern, t):\n    return re.search(re.escape(pattern), t)",
      "import re\ndef f(t):\n    return re.findall(r'\\d+', t)",
      "import re\ndef f(sep, t):\n    return re.split(sep, t)",
    ],
    invalid: ["import re\ndef f(pattern, t):\n    return re.search(pattern, t)"],
  },
});
