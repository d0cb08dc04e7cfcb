import { CALL_TYPES, clikeRule, inSecretContext } from "../clike.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-RAND-001",
    title: "Predictable random number generator (System.Random)",
    cwe: ["CWE-338"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags new Random() and Random.Shared. MEDIUM in code about tokens, keys, passwords, salts or sessions; LOW elsewhere.",
      why_bad:
        "System.Random is seeded from the clock (or a fixed seed) and its output can be predicted, so tokens and keys derived from it can be guessed (CWE-338).",
      example_bad: 'string NewToken() {\n  var r = new Random();\n  return r.Next().ToString("x");\n}',
      example_good:
        "string NewToken() {\n  return Convert.ToHexString(RandomNumberGenerator.GetBytes(16));\n}",
    },
    fix_hint: "Use System.Security.Cryptography.RandomNumberGenerator (GetBytes / GetInt32).",
  },
  trigger: /Random/,
  nodeTypes: [...CALL_TYPES.csharp, "member_access_expression"],
  detect(node, ctx, report) {
    const hit =
      node.type === "member_access_expression"
        ? /^(System\.)?Random\.Shared$/.test(ctx.text(node).replace(/\s+/g, ""))
        : /^new (System\.)?Random$/.test(ctx.callee(node));
    if (hit)
      report({
        node,
        severity: inSecretContext(ctx, node) ? "MEDIUM" : "LOW",
        message: "System.Random is not a cryptographic generator",
      });
  },
  cases: {
    valid: ["class A { byte[] F() { return RandomNumberGenerator.GetBytes(16); } }"],
    invalid: ["class A { int F() { return new Random().Next(); } }"],
  },
});
