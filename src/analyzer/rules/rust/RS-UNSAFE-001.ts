import { clikeRule } from "../clike.js";

export default clikeRule(["rust"], {
  meta: {
    id: "RS-UNSAFE-001",
    title: "unsafe block",
    cwe: ["CWE-676"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags unsafe blocks (and unsafe functions), where the compiler no longer checks memory safety.",
      why_bad:
        "Inside unsafe, raw pointer dereferences, transmute and FFI calls can cause use-after-free, out-of-bounds access and data races exactly as in C; every such block needs a reviewed safety argument (CWE-676: potentially dangerous function).",
      example_bad: "fn first(v: &[u8]) -> u8 {\n  unsafe { *v.as_ptr() }\n}",
      example_good: "fn first(v: &[u8]) -> Option<u8> {\n  v.first().copied()\n}",
    },
    fix_hint:
      "Prefer safe APIs; where unsafe is needed, keep it minimal and document the invariants in a // SAFETY: comment.",
  },
  trigger: /\bunsafe\b/,
  nodeTypes: ["unsafe_block"],
  detect(node, ctx, report) {
    const before = ctx.tree.source.slice(
      Math.max(0, ctx.tree.source.lastIndexOf("\n", node.start - 2)),
      node.start,
    );
    report({
      node,
      severity: /SAFETY:/.test(before) ? "LOW" : "LOW",
      message: "unsafe block: memory safety is not compiler-checked here",
    });
  },
  cases: {
    valid: ["fn f(v: &[u8]) -> Option<u8> { v.first().copied() }"],
    invalid: ["fn f(p: *const u8) -> u8 { unsafe { *p } }"],
  },
});
