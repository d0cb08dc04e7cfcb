import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * A whole-value shape: character classes or class escapes, the last one repeated (`[a-z0-9]+`, `^\w{3,16}`,
 * `^[a-z_][a-z0-9_]*`), no end anchor.
 */
const CLASS_RUN =
  /^\^?((\[[^\]]+\]|\\[wdsWDS])(\+|\*|\?|\{\d+(,\d*)?\})?){0,3}(\[[^\]]+\]|\\[wdsWDS])(\+|\*|\{\d+(,\d*)?\})$/;

/**
 * A whole-value shape with literal separators between its runs (`[\w.+-]+@[\w-]+\.[a-z]{2,}`, `\d+-\d+`): two
 * or more repeated classes, the last one ending the pattern, no group, alternation or end anchor. Not with `\s`
 * in it: `\s*-e\s+` reads a line's leading flag (a prefix test), not a field's whole shape.
 */
const RUN = String.raw`(\[[^\]]+\]|\\[wdsWDS])(\+|\*|\{\d+(,\d*)?\})`;
const SEPARATED_RUNS = new RegExp(
  String.raw`^\^?((\[[^\]]+\]|\\[wdsWDS])(\+|\*|\?|\{\d+(,\d*)?\})?|[^\\[\]().*+?{}|$^]|\\[.\-@_/:+#=])*` +
    RUN +
    "$",
);
const runs = (p: string) => p.match(new RegExp(RUN, "g"))?.length ?? 0;

/** Where a match result decides something: an if/while/elif condition, an assert, or a validator's return. */
function decides(node: SyntaxNode, fnName: string): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "if_statement" || p.type === "elif_clause" || p.type === "while_statement") return true;
    if (p.type === "assert_statement") return true;
    if (p.type === "return_statement") return /valid|check|is_|allowed|safe|ok$/i.test(fnName);
    if (p.type === "block" || p.type === "expression_statement" || p.type === "assignment") return false;
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-ANCHOR-001",
    title: "Input validated with a regular expression that is not anchored at the end",
    cwe: ["CWE-20", "CWE-625"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags `re.match` / `re.search` (or a compiled pattern's) with a pattern such as `[a-zA-Z0-9]+` or `^\\w+` and no `$` / `\\Z`, used as a condition or a validator's result.",
      why_bad:
        "`re.match` only anchors the start: `admin; rm -rf /` and `abc<script>` match `[a-z]+` because their first characters do, so the check accepts input it was written to reject (CWE-20, improper input validation; CWE-625, permissive regular expression).",
      example_bad: "import re\ndef valid_name(name):\n    return re.match(r'[a-z0-9]+', name) is not None",
      example_good:
        "import re\ndef valid_name(name):\n    return re.fullmatch(r'[a-z0-9]+', name) is not None",
    },
    fix_hint: "Use re.fullmatch, or end the pattern with \\Z (or $ without re.MULTILINE).",
  },
  trigger: /\b(match|search)\(\s*r?['"]\^?(\[|\\[wdsWDS])|\bcompile\(\s*r?['"]\^?(\[|\\[wdsWDS])/,
  nodeTypes: ["call"],
  calls: ["match", "search"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (m !== "match" && m !== "search") return;
    let pattern: string | undefined;
    if (ctx.callee(node) === `re.${m}`) pattern = ctx.stringValue(ctx.args(node)[0]);
    else {
      // PATTERN.match(s) with PATTERN = re.compile('[a-z]+')
      const obj = ctx.resolve(field(field(node, "function") ?? node, "object"));
      if (obj?.type === "call" && ctx.callee(obj) === "re.compile")
        pattern = ctx.stringValue(ctx.args(obj)[0]);
    }
    if (
      pattern === undefined ||
      !(
        CLASS_RUN.test(pattern) ||
        (SEPARATED_RUNS.test(pattern) && runs(pattern) >= 2 && !pattern.includes("\\s"))
      )
    )
      return;
    // re.search without ^ is a "contains" test; with ^ (or re.match) it is meant as a whole-value check.
    if (m === "search" && !pattern.startsWith("^")) return;
    const fn = ctx.enclosingFunction(node);
    const fnName = fn ? ctx.text(field(fn, "name") ?? fn) : "";
    if (!decides(node, fnName)) return;
    report({ node, message: `${pattern} matches any value that merely starts with such characters` });
  },
  cases: {
    valid: [
      "import re\ndef f(s):\n    if re.fullmatch(r'[a-z]+', s):\n        return 1",
      "import re\ndef f(s):\n    if re.match(r'[a-z]+$', s):\n        return 1",
      "import re\ndef f(s):\n    if re.search(r'[0-9]+', s):\n        return 'has digits'",
      "import re\ndef f(s):\n    m = re.match(r'\\d+', s)\n    return m.group(0)",
      "import re\nEMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}$')\ndef is_valid_email(v):\n    return EMAIL.match(v) is not None",
      "import re\ndef f(tag):\n    if re.match(r'v[0-9]+', tag):\n        return 1",
      "import re\ndef f(line):\n    if re.match(r'\\s*-e\\s+', line):\n        return 1",
    ],
    invalid: [
      "import re\ndef f(username):\n    if re.match(r'[a-zA-Z0-9]+', username):\n        return 'ok'",
      "import re\nNAME = re.compile(r'^\\w{3,16}')\ndef is_valid(n):\n    return NAME.match(n) is not None",
      "import re\nUSER = re.compile(r'^[a-z_][a-z0-9_]*')\ndef mk(u):\n    if not USER.match(u):\n        raise ValueError(u)\n    return u",
      "import re\nEMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}')\ndef is_valid_email(v):\n    return EMAIL.match(v) is not None",
    ],
  },
});
