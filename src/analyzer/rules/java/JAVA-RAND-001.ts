import { WEAK_RANDOM_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, inSecretContext } from "../clike.js";
import { sourceMatches } from "../../parse/nodes.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-RAND-001",
    title: "Predictable random number generator",
    cwe: ["CWE-330", "CWE-338"],
    severity: "MEDIUM",
    severity_variants: WEAK_RANDOM_VARIANTS,
    docs: {
      what_it_does:
        "Flags java.util.Random, Math.random() and ThreadLocalRandom. MEDIUM where the code deals with tokens, keys, passwords, salts or sessions; LOW elsewhere.",
      why_bad:
        "java.util.Random is a 48-bit linear congruential generator: two outputs reveal its state, so every later token or key is predictable (CWE-330/338).",
      example_bad: "String resetToken() {\n  return Long.toHexString(new Random().nextLong());\n}",
      example_good:
        "String resetToken() {\n  byte[] b = new byte[16];\n  new SecureRandom().nextBytes(b);\n  return HexFormat.of().formatHex(b);\n}",
    },
    fix_hint: "Use java.security.SecureRandom for anything an attacker must not guess.",
  },
  trigger: /Random|random|\.next(Int|Long|Double|Float|Boolean|Gaussian|Bytes)\s*\(/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const instance =
      /^(this\.)?(m?_?(r|rnd|rng|rand|random|generator|random\w*|\w*Random))\.next(Int|Long|Double|Float|Boolean|Gaussian|Bytes)$/.exec(
        q,
      );
    const secure =
      !!instance &&
      sourceMatches(
        ctx.tree,
        `SecureRandom\\s+${instance[2]}\\b|${instance[2]}\\s*=\\s*(new\\s+SecureRandom|SecureRandom\\.)`,
      );
    if (
      (instance && !secure) ||
      /^RandomStringUtils\.random\w*$/.test(q) ||
      q === "new Random" ||
      q === "new java.util.Random" ||
      /^(java\.lang\.)?Math\.random$/.test(q) ||
      /^ThreadLocalRandom\.current$/.test(q)
    )
      report({
        node,
        severity: inSecretContext(ctx, node) ? "MEDIUM" : "LOW",
        message: `${q}() is not a cryptographic generator`,
      });
  },
  cases: {
    valid: [
      "class A { byte[] f() { byte[] b = new byte[8]; new SecureRandom().nextBytes(b); return b; } }",
      "class A { SecureRandom random = new SecureRandom(); int f() { return random.nextInt(); } }",
    ],
    invalid: [
      "class A { int f() { return new Random().nextInt(); } }",
      "class A { double f() { return Math.random(); } }",
      "class A { boolean f(Random rnd) { return rnd.nextBoolean(); } }",
    ],
  },
});
