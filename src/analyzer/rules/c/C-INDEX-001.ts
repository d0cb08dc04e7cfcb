import type { SyntaxNode } from "../../parse/index.js";
import { clikeRule } from "../clike.js";
import { checkedIn } from "./scope.js";

/** Functions that turn text into a number with no range: the result is whatever the text says. */
const PARSERS =
  /^(atoi|atol|atoll|strtol|strtoul|strtoll|strtoull|std\.stoi|std\.stol|std\.stoul|stoi|stol|stoul)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-INDEX-001",
    title: "Array index parsed from a string and used without a bounds check",
    cwe: ["CWE-129", "CWE-125", "CWE-787"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags array subscripts whose index is the result of atoi/strtol/std::stoi (directly or through a variable) when the function never compares that index against a bound.",
      why_bad:
        "The number comes from text the caller chose; a negative or too-large index reads (CWE-125) or writes (CWE-787) outside the array, leaking or corrupting adjacent memory (CWE-129: unchecked array index).",
      example_bad:
        "int price_at(int *prices, int size, const char *index_str) {\n  int i = atoi(index_str);\n  return prices[i];\n}",
      example_good:
        "int price_at(int *prices, int size, const char *index_str) {\n  int i = atoi(index_str);\n  if (i < 0 || i >= size) return -1;\n  return prices[i];\n}",
    },
    fix_hint:
      "Check 0 <= index < length before the access (and parse with strtol, checking errno and the end pointer).",
  },
  trigger: /\b(ato(i|l|ll)|strto(u?ll?)|sto(i|l|ul))\s*\(/,
  nodeTypes: ["subscript_expression"],
  detect(node, ctx, report) {
    const index = node.children.find((c) => c.field === "index") ?? node.children.filter((c) => c.named)[1];
    if (!index) return;
    let parsed: SyntaxNode | undefined;
    let name: string | undefined;
    if (ctx.isCall(index)) parsed = index;
    else if (index.type === "identifier") {
      name = ctx.text(index);
      const values = ctx.valuesOf(name);
      if (values.length !== 1) return;
      parsed = values[0];
    }
    if (!parsed || !ctx.isCall(parsed) || !PARSERS.test(ctx.callee(parsed))) return;
    if (name && checkedIn(ctx, name, node)) return;
    const written = node.parent?.type === "assignment_expression" && node.field === "left";
    report({
      node,
      message: `index from ${ctx.method(parsed)}() ${written ? "writes" : "reads"} the array with no bounds check`,
    });
  },
  cases: {
    valid: [
      "int f(int *p, int n, const char *s) { int i = atoi(s); if (i < 0 || i >= n) return -1; return p[i]; }",
      "int f(int *p, int i) { return p[i]; }",
    ],
    invalid: [
      "int f(int *p, int n, char *s) { int i = atoi(s); return p[i]; }",
      "void f(int *p, const char *s) { p[strtol(s, NULL, 10)] = 1; }",
    ],
  },
});
