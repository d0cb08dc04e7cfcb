import { nestedQuantifier } from "../redos.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-REDOS-001",
    title: "Regular expression with nested quantifiers (ReDoS)",
    cwe: ["CWE-1333", "CWE-185", "CWE-400"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags regex literals and new RegExp('literal') whose quantified groups contain quantifiers, e.g. /(a+)+$/ or /(?:\\.[a-z]{2,})*$/.",
      why_bad:
        "V8's backtracking engine takes exponential or high-polynomial time on crafted near-matches, blocking the event loop for every user.",
      example_bad: "const valid = (s) => /^([a-z0-9]+\\.?)+@example\\.com$/.test(s);",
      example_good: "const valid = (s) => /^[a-z0-9.]+@example\\.com$/.test(s);",
    },
    fix_hint: "Remove nested repetition, bound the input length, or use a linear-time engine (re2).",
  },
  trigger: /\/|RegExp/,
  nodeTypes: ["regex", "new_expression"],
  detect(node, ctx, report) {
    let pattern: string | undefined;
    if (node.type === "regex")
      pattern = ctx.text(node.children.find((c) => c.type === "regex_pattern") ?? node);
    else if (ctx.callee(node) === "RegExp") pattern = ctx.stringValue(ctx.args(node)[0]);
    if (pattern && nestedQuantifier(pattern, { separators: true }))
      report({ node, message: "nested quantifiers can backtrack catastrophically" });
  },
  cases: {
    valid: [
      "const r = /^[a-z]+$/;",
      "const r = new RegExp('^(ab){2}$');",
      "const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;",
      "const HOST = /^([a-z0-9]+\\.)+[a-z]{2,}$/;",
    ],
    invalid: [
      "const r = /^(a+)+$/;",
      "const r = new RegExp('^(\\\\w+\\\\s?)*$');",
      "const V = /^(\\d+|\\d+\\.\\d+)*$/;",
      "const D = /^[a-z.]+(?:\\.[a-z]{2,})*$/;",
    ],
  },
});
