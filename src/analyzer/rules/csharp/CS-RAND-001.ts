import { WEAK_RANDOM_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, inSecretContext } from "../clike.js";
import { sourceMatches } from "../../parse/nodes.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-RAND-001",
    title: "Predictable random number generator (System.Random)",
    cwe: ["CWE-338"],
    severity: "MEDIUM",
    severity_variants: WEAK_RANDOM_VARIANTS,
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
  trigger: /Random|\.Next(Double|Bytes|Int64|Single)?\s*\(/,
  nodeTypes: [...CALL_TYPES.csharp, "member_access_expression"],
  detect(node, ctx, report) {
    const q =
      node.type === "member_access_expression" ? ctx.text(node).replace(/\s+/g, "") : ctx.callee(node);
    const instance =
      /^(this\.)?(_?m?_?(r|rnd|rng|rand|random|randomizer|generator|random\w*))\.(Next|NextDouble|NextBytes|NextInt64|NextSingle)$/i.exec(
        q,
      );
    const hit =
      (node.type === "member_access_expression" && /^(System\.)?Random\.Shared$/.test(q)) ||
      /^new (System\.)?Random$/.test(q) ||
      /^(UnityEngine\.)?Random\.(Range|value|insideUnitCircle|insideUnitSphere|onUnitSphere|rotation|ColorHSV)$/.test(
        q,
      ) ||
      (node.type !== "member_access_expression" &&
        !!instance &&
        !sourceMatches(ctx.tree, `(RandomNumberGenerator|RNGCryptoServiceProvider)\\s+${instance[2]}\\b`));
    if (hit)
      report({
        node,
        severity: inSecretContext(ctx, node) ? "MEDIUM" : "LOW",
        message: "System.Random is not a cryptographic generator",
      });
  },
  cases: {
    valid: ["class A { byte[] F() { return RandomNumberGenerator.GetBytes(16); } }"],
    invalid: [
      "class A { int F() { return new Random().Next(); } }",
      "class A { int F() { return rng.Next(1, 6); } }",
      "class A { int F() { return Random.Range(0, 4); } }",
    ],
  },
});
