import { WEAK_RANDOM_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, inSecretContext } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-RAND-001",
    title: "Predictable random value (rand, mt_rand, uniqid)",
    cwe: ["CWE-330", "CWE-338"],
    severity: "MEDIUM",
    severity_variants: WEAK_RANDOM_VARIANTS,
    docs: {
      what_it_does:
        "Flags rand, mt_rand, lcg_value, uniqid, str_shuffle and mt_srand/srand. MEDIUM in code about tokens, passwords, keys, salts or sessions; LOW elsewhere.",
      why_bad:
        "mt_rand is a Mersenne Twister seeded with 32 bits and uniqid is the clock; an attacker recovers the seed and predicts reset tokens or session ids (CWE-330).",
      example_bad: "<?php\nfunction reset_token() {\n  return md5(uniqid(mt_rand(), true));\n}",
      example_good: "<?php\nfunction reset_token() {\n  return bin2hex(random_bytes(32));\n}",
    },
    fix_hint: "Use random_bytes() or random_int().",
  },
  trigger: /rand|uniqid|lcg_value|str_shuffle/,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    if (node.type !== "function_call_expression") return;
    const name = ctx.callee(node).toLowerCase();
    if (/^(rand|mt_rand|lcg_value|uniqid|str_shuffle|mt_srand|srand|array_rand|shuffle)$/.test(name))
      report({
        node,
        severity: inSecretContext(ctx, node) ? "MEDIUM" : "LOW",
        message: `${name}() is not a cryptographic generator`,
      });
  },
  cases: {
    valid: ["<?php $t = bin2hex(random_bytes(16));"],
    invalid: ["<?php $token = md5(uniqid());", "<?php $n = mt_rand(1, 6);"],
  },
});
