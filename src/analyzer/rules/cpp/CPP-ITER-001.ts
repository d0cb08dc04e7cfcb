import { clikeRule } from "../clike.js";

const MUTATORS =
  /^(push_back|emplace_back|push_front|emplace_front|insert|emplace|erase|clear|resize|reserve|assign|pop_back|pop_front|shrink_to_fit|swap|remove|splice)$/;

export default clikeRule(["cpp"], {
  meta: {
    id: "CPP-ITER-001",
    title: "Container modified while iterating over it",
    cwe: ["CWE-416"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags a range-for loop over a container whose body inserts into, erases from or resizes that container.",
      why_bad:
        "push_back/insert/erase can reallocate or unlink the storage the loop's hidden iterator points into; the next iteration reads freed memory (use after free, CWE-416).",
      example_bad:
        "void dup(std::vector<int> &v) {\n  for (int x : v) {\n    if (x > 0) v.push_back(x);\n  }\n}",
      example_good:
        "void dup(std::vector<int> &v) {\n  std::vector<int> extra;\n  for (int x : v) {\n    if (x > 0) extra.push_back(x);\n  }\n  v.insert(v.end(), extra.begin(), extra.end());\n}",
    },
    fix_hint:
      "Collect changes and apply them after the loop, or iterate by index / with the iterator erase() returns.",
  },
  trigger: /for\s*\(/,
  nodeTypes: ["for_range_loop"],
  detect(node, ctx, report) {
    const range = node.children.find((c) => c.field === "right");
    const body = node.children.find((c) => c.field === "body");
    if (!range || !body) return;
    const container = ctx.text(range);
    for (const n of ctx.tree.nodes) {
      if (n.order <= body.order || n.start >= body.end || n.type !== "call_expression") continue;
      const fn = n.children.find((c) => c.field === "function");
      if (fn?.type !== "field_expression") continue;
      const obj = fn.children.find((c) => c.field === "argument");
      const field = fn.children.find((c) => c.field === "field");
      if (obj && field && ctx.text(obj) === container && MUTATORS.test(ctx.text(field)))
        report({ node: n, message: `'${container}' is modified inside a range-for over it` });
    }
  },
  cases: {
    valid: ["void f(std::vector<int> &v, std::vector<int> &w) { for (int x : v) w.push_back(x); }"],
    invalid: ["void f(std::vector<int> &v) { for (auto x : v) v.erase(v.begin()); }"],
  },
});
