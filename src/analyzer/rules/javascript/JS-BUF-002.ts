import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-BUF-002",
    title: "Uninitialised Buffer allocation (audit)",
    cwe: ["CWE-908"],
    severity: "LOW",
    docs: {
      what_it_does:
        "An audit hint, not a verdict: flags Buffer.allocUnsafe / Buffer.allocUnsafeSlow unless the new buffer is filled (`.fill(...)`) right where it is created.",
      why_bad:
        "allocUnsafe returns memory that still holds whatever the process stored there before (keys, tokens, other users' data). Any byte the code does not overwrite before the buffer is sent or stored leaks it.",
      example_bad:
        "function frame(n, payload) {\n  const buf = Buffer.allocUnsafe(n);\n  payload.copy(buf);\n  return buf; // bytes past payload.length are old heap\n}",
      example_good:
        "function frame(n, payload) {\n  const buf = Buffer.alloc(n);\n  payload.copy(buf);\n  return buf;\n}",
    },
    fix_hint:
      "Use Buffer.alloc(size) (zero-filled) unless profiling shows the cost, and then write every byte.",
  },
  trigger: /allocUnsafe/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^Buffer\.allocUnsafe(Slow)?$/.test(q)) return;
    const parent = node.parent;
    if (
      parent?.type === "member_expression" &&
      /^\.\s*fill$/.test(ctx.text(parent).slice(node.end - parent.start))
    )
      return;
    report({
      node,
      message: `${q}() returns uninitialised memory: every byte must be written before it is read`,
    });
  },
  cases: {
    valid: ["const b = Buffer.allocUnsafe(16).fill(0);", "const b = Buffer.alloc(16);"],
    invalid: [
      { code: "function copyFromBuffer(n) {\n  var ret = Buffer.allocUnsafe(n);\n  return ret;\n}", line: 2 },
      "const b = Buffer.allocUnsafeSlow(1024);",
    ],
  },
});
