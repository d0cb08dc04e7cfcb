import { clikeRule } from "../clike.js";

const ENGINES = /^(std::)?(mt19937(_64)?|minstd_rand0?|default_random_engine|ranlux(24|48)(_base)?|knuth_b)$/;

export default clikeRule(["cpp", "c"], {
  meta: {
    id: "C-RAND-002",
    title: "Random generator seeded with a constant",
    cwe: ["CWE-335"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags srand()/srandom() with a literal seed and C++ standard engines constructed with a literal (or default) seed.",
      why_bad:
        "A fixed seed makes the whole sequence identical on every run; anything derived from it (IDs, shuffles, keys) is known in advance (CWE-335).",
      example_bad: "#include <random>\nint roll() {\n  std::mt19937 gen(42);\n  return gen() % 6;\n}",
      example_good:
        "#include <random>\nint roll() {\n  std::random_device rd;\n  std::mt19937 gen(rd());\n  return gen() % 6;\n}",
    },
    fix_hint: "Seed from std::random_device (or use a CSPRNG for anything security-relevant).",
  },
  trigger: /srand|mt19937|minstd|default_random_engine|ranlux|knuth_b/,
  nodeTypes: ["declaration", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      if (!/^(srand|srandom)$/.test(ctx.method(node))) return;
      const seed = ctx.args(node)[0];
      if (seed && /^\d+[uUlL]*$/.test(ctx.text(seed)))
        report({ node, message: "generator seeded with a constant" });
      return;
    }
    const type = node.children.find((c) => c.field === "type");
    if (!type) return;
    if (!ENGINES.test(ctx.text(type).replace(/\s+/g, ""))) {
      // auto g = std::mt19937(42); / auto e = std::default_random_engine{}; (a default-constructed engine has a fixed seed)
      for (const d of node.children.filter((c) => c.field === "declarator")) {
        const init = ctx
          .text(d)
          .replace(/^[^=]*=\s*/, "")
          .replace(/\s+/g, "");
        const m = /^([\w:]+)[({](\d*[uUlL]*)[)}]$/.exec(init);
        if (m && ENGINES.test(m[1]!)) report({ node: d, message: "engine seeded with a constant" });
      }
      return;
    }
    for (const d of node.children.filter((c) => c.field === "declarator")) {
      const init = ctx.text(d).replace(/^[^({=]*/, "");
      const call = /^=\s*([\w:]+)\s*[({]\s*(\d*[uUlL]*)\s*[)}]$/.exec(init);
      if (init === "" || /^[({=]\s*\d*[uUlL]*\s*[)}]?$/.test(init) || (call && ENGINES.test(call[1]!)))
        report({ node: d, message: "engine seeded with a constant" });
    }
  },
  cases: {
    valid: [
      "void f() { std::random_device rd; std::mt19937 g(rd()); }",
      "void f() { srand(time(NULL)); }",
      "void f() { std::random_device rd; auto g = std::mt19937(rd()); }",
    ],
    invalid: [
      "void f() { std::mt19937 g(1234); }",
      "void f() { srand(7); }",
      "void f() { auto e = std::default_random_engine{}; }",
      "std::mt19937 Ctx::rng = std::mt19937(1357);",
    ],
  },
});
