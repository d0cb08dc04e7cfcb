import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Names a block assigns with plain `name = ...` at its top level; undefined when the block leaves (return, raise). */
function assignedNames(ctx: PythonContext, block: SyntaxNode | undefined): Set<string> | undefined {
  if (!block) return new Set();
  const out = new Set<string>();
  for (const st of namedChildren(block)) {
    if (/^(return|raise|continue|break)_statement$/.test(st.type)) return undefined;
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    if (left?.type === "identifier") out.add(ctx.text(left));
  }
  return out;
}

export default pyRule({
  meta: {
    id: "PY-UNBOUND-001",
    title: "Variable set in every if/elif branch but not on the fall-through path",
    cwe: ["CWE-457", "CWE-908"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a name assigned in each branch of an if/elif chain that has no else, never bound before it, and read after it.",
      why_bad:
        "When no branch matches (an unexpected value, often from input) the name is unbound: the function raises UnboundLocalError instead of handling the case, or a stale value from an earlier call path is used.",
      example_bad:
        "def level(name):\n    if name == 'debug':\n        n = 10\n    elif name == 'info':\n        n = 20\n    return n",
      example_good:
        "def level(name):\n    if name == 'debug':\n        n = 10\n    elif name == 'info':\n        n = 20\n    else:\n        raise ValueError(name)\n    return n",
    },
    fix_hint: "Add an else branch that assigns a default or raises, or bind the name before the if.",
  },
  // An elif branch whose first statement assigns a name: the shape this rule looks at (most elifs are not).
  trigger: /\belif\b[^\n]*:[ \t]*\r?\n[ \t]+[A-Za-z_]\w*[ \t]*=[^=]/,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const alts = node.children.filter((c) => c.type === "elif_clause" || c.type === "else_clause");
    if (!alts.length || alts.some((c) => c.type === "else_clause")) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn) return;
    let common: Set<string> | undefined;
    let flowing = 0;
    for (const b of [field(node, "consequence"), ...alts.map((a) => field(a, "consequence"))]) {
      const names = assignedNames(ctx, b);
      if (!names) continue; // a branch that leaves does not reach the use
      flowing++;
      common = common ? new Set([...common].filter((n) => names.has(n))) : names;
    }
    if (!common?.size || flowing < 2) return;
    const before = ctx.tree.source.slice(fn.start, node.start);
    const after = ctx.tree.source.slice(node.end, fn.end);
    const params = field(fn, "parameters");
    for (const name of common) {
      const word = `\\b${name}\\b`;
      if (after.search(new RegExp(word)) < 0) continue;
      if (params && new RegExp(word).test(ctx.text(params))) continue;
      // Bound earlier: an assignment (also by unpacking: a, name = pair), a loop or with target, a global/nonlocal
      // declaration.
      if (
        new RegExp(`^[ \\t]*[\\w., \\t*()[\\]]*${word}[\\w., \\t*()[\\]]*=(?!=)`, "m").test(before) ||
        new RegExp(
          `${word}\\s*(:[^=\\n]*)?=(?!=)|for\\s+[^\\n]*${word}[^\\n]*\\bin\\b|as\\s+${name}\\b|(global|nonlocal)\\s[^\\n]*${word}|${word}\\s*[-+*/|&]=`,
        ).test(before.replace(/^[^\n]*\n/, ""))
      )
        continue;
      // The first occurrence after the if, found in the text and then in the tree (a walk down from the function).
      const at = node.end + after.search(new RegExp(word));
      let use: SyntaxNode | undefined = fn;
      for (let down = true; down && use;) {
        down = false;
        for (const c of use.children)
          if (c.start <= at && at < c.end) {
            use = c;
            down = true;
            break;
          }
      }
      if (use?.type !== "identifier") continue;
      if (!use) continue;
      const p = use.parent;
      if (p?.type === "assignment" && field(p, "left") === use) continue;
      report({ node: use, message: `${name} is unbound when no branch of the if/elif chain matches` });
      return;
    }
  },
  cases: {
    valid: [
      "def f(x):\n    n = 0\n    if x == 1:\n        n = 10\n    elif x == 2:\n        n = 20\n    return n",
      "def f(x):\n    if x == 1:\n        n = 10\n    elif x == 2:\n        n = 20\n    else:\n        n = 0\n    return n",
      "def f(x):\n    if x == 1:\n        n = 10\n    elif x == 2:\n        return 0\n    return x",
      "def f(x):\n    if x == 1:\n        n = 10\n    elif x == 2:\n        n = 20\n    n = 5\n    return n",
      "def f(state):\n    a, n = state\n    if a == 1:\n        n = 10\n    elif a == 2:\n        n = 20\n    return n",
    ],
    invalid: [
      {
        code: "def f(x):\n    if x == 'a':\n        n = 10\n    elif x == 'b':\n        n = 20\n    return n * 2",
        line: 6,
      },
    ],
  },
});
