import { clikeRule } from "../clike.js";

export default clikeRule(["cpp"], {
  meta: {
    id: "CPP-PTR-001",
    title: "std::auto_ptr (removed in C++17)",
    cwe: ["CWE-665"],
    severity: "MEDIUM",
    docs: {
      what_it_does: "Flags uses of std::auto_ptr.",
      why_bad:
        "auto_ptr transfers ownership on copy, so copying one (into a container, a by-value parameter) leaves the source null and leads to null dereferences or double deletes; it was deprecated in C++11 and removed in C++17 (CWE-665).",
      example_bad: "#include <memory>\nvoid f() {\n  std::auto_ptr<Widget> w(new Widget());\n  use(w);\n}",
      example_good: "#include <memory>\nvoid f() {\n  auto w = std::make_unique<Widget>();\n  use(*w);\n}",
    },
    fix_hint: "Use std::unique_ptr (std::make_unique) and move ownership explicitly.",
  },
  trigger: /auto_ptr/,
  nodeTypes: ["template_type"],
  detect(node, ctx, report) {
    const name = node.children.find((c) => c.field === "name");
    if (name && ctx.text(name) === "auto_ptr")
      report({ node, message: "std::auto_ptr has broken copy semantics" });
  },
  cases: {
    valid: ["void f() { std::unique_ptr<int> p(new int(1)); }"],
    invalid: ["void f() { std::auto_ptr<int> p(new int(1)); }"],
  },
});
