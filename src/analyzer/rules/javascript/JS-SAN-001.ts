import { jsRule } from "./common.js";

/** Characters and sequences that escaping or path cleaning must remove everywhere, not once. */
const META = /^(<|>|&|"|'|`|\\\\|\.\.\/|\.\.\\\\|\.\.|\\n|\\r|\\r\\n|\/\*|\*\/|--|;|\|)$/;

export default jsRule({
  meta: {
    id: "JS-SAN-001",
    title: "Incomplete sanitisation: replace() removes only the first occurrence",
    cwe: ["CWE-116", "CWE-20"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `s.replace(x, y)` where x is a string or a regex without the g flag that matches an HTML, quote, path or newline meta character: only its first occurrence is replaced.",
      why_bad:
        "`'<b><script>'.replace('<', '&lt;')` leaves the second tag intact; `'../../x'.replace('../', '')` still climbs out. The escaping looks done and is not.",
      example_bad: "function esc(s) {\n  return s.replace('<', '&lt;').replace('>', '&gt;');\n}",
      example_good: "function esc(s) {\n  return s.replace(/</g, '&lt;').replace(/>/g, '&gt;');\n}",
    },
    fix_hint: "Use a regex with the g flag or replaceAll(), or better a vetted escaping library.",
  },
  trigger: /\.replace\(/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "replace") return;
    const pattern = ctx.args(node)[0];
    if (!pattern || ctx.args(node).length < 2) return;
    let text: string | undefined;
    if (pattern.type === "string") text = ctx.stringValue(pattern);
    else if (pattern.type === "regex") {
      const src = ctx.text(pattern);
      const flags = src.slice(src.lastIndexOf("/") + 1);
      if (flags.includes("g")) return;
      text = src.slice(1, src.lastIndexOf("/")).replace(/\\(.)/g, "$1");
    }
    if (text === undefined || !META.test(text)) return;
    report({ node, message: `replace() of '${text}' changes only its first occurrence` });
  },
  cases: {
    valid: [
      "const t = s.replace(/</g, '&lt;');",
      "const t = s.replaceAll('<', '&lt;');",
      "const t = s.replace('-', ' ');",
      "const t = name.replace(/\\.js$/, '.ts');",
    ],
    invalid: [
      { code: "function esc(s) {\n  return s.replace('<', '&lt;');\n}", line: 2 },
      "const p = userPath.replace('../', '');",
      "const q = v.replace(/'/, \"''\");",
    ],
  },
});
