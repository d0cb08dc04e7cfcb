import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

/** The cost PHP 8.4 made bcrypt's default (RFC "bcrypt_cost_2023"), and the floor below which it is plainly weak. */
const CURRENT_COST = 12;
const WEAK_COST = 10;

export default clikeRule(["php"], {
  meta: {
    id: "PHP-HASH-003",
    title: "Password hashed with bcrypt below the current work factor",
    cwe: ["CWE-916"],
    severity: "LOW",
    severity_variants: [{ severity: "MEDIUM", when: "an explicit cost below 10" }],
    docs: {
      what_it_does:
        "Flags password_hash() with PASSWORD_DEFAULT or PASSWORD_BCRYPT and no 'cost' option of at least 12 (LOW: a hardening hint), and an explicit bcrypt cost below 10 (MEDIUM). Argon2 (PASSWORD_ARGON2I / PASSWORD_ARGON2ID) is not flagged. The salt is not the issue: password_hash() always adds a random one.",
      why_bad:
        "bcrypt's cost sets how many guesses per second a stolen hash table allows. PHP's default cost 10 dates from 2012; PHP 8.4 raised it to 12 because cost 10 had become too cheap on current hardware, and code running on older PHP still gets 10. A cost below 10 is under OWASP's minimum (CWE-916, insufficient computational effort). bcrypt also silently ignores everything past 72 bytes of the password.",
      example_bad:
        "<?php\nfunction register(PDO $db, string $user, string $password): void {\n  $db->prepare('INSERT INTO users (name, pw) VALUES (?, ?)')\n     ->execute([$user, password_hash($password, PASSWORD_DEFAULT)]);\n}",
      example_good:
        "<?php\nfunction register(PDO $db, string $user, string $password): void {\n  $db->prepare('INSERT INTO users (name, pw) VALUES (?, ?)')\n     ->execute([$user, password_hash($password, PASSWORD_ARGON2ID)]);\n}",
    },
    fix_hint:
      "Use PASSWORD_ARGON2ID, or bcrypt with an explicit cost: password_hash($pw, PASSWORD_BCRYPT, ['cost' => 12]); rehash on login with password_needs_rehash().",
  },
  trigger: /password_hash/i,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    if (node.type !== "function_call_expression" || ctx.callee(node).toLowerCase() !== "password_hash")
      return;
    const [, algo, options] = ctx.args(node);
    if (!algo) return;
    const a = ctx.isString(algo) ? literalValue(ctx, algo) : ctx.text(algo);
    // bcrypt by name, by its numeric id (1) or its prefix ('2y'); a variable algorithm is not judged.
    if (!/^(\\?PASSWORD_DEFAULT|\\?PASSWORD_BCRYPT|1|2y)$/i.test(a.trim())) return;
    if (options) {
      const m = /['"]cost['"]\s*=>\s*(\d+)/.exec(ctx.text(options));
      if (!m) {
        // Options from elsewhere (a config array) may carry a cost: not judged.
        if (!/^\[|^array\s*\(/i.test(ctx.text(options).trim())) return;
      } else {
        const cost = Number(m[1]);
        if (cost >= CURRENT_COST) return;
        report({
          node,
          severity: cost < WEAK_COST ? "MEDIUM" : undefined,
          message: `bcrypt password hash at cost ${cost} (PHP's default is now ${CURRENT_COST})`,
        });
        return;
      }
    }
    report({
      node,
      message: `bcrypt password hash at PHP's old default cost 10 (${CURRENT_COST} since PHP 8.4); set 'cost' or use PASSWORD_ARGON2ID`,
    });
  },
  cases: {
    valid: [
      "<?php $h = password_hash($password, PASSWORD_ARGON2ID);",
      "<?php $h = password_hash($password, PASSWORD_BCRYPT, ['cost' => 12]);",
      "<?php $h = password_hash($password, PASSWORD_DEFAULT, $this->hashOptions);",
      "<?php $h = password_hash($password, $algo);",
      "<?php $ok = password_verify($password, $hash);",
    ],
    invalid: [
      { code: "<?php $h = password_hash($password, PASSWORD_DEFAULT);", severity: "LOW" },
      { code: "<?php $h = password_hash($_POST['pw'], PASSWORD_BCRYPT, ['cost' => 11]);", severity: "LOW" },
      { code: "<?php $h = password_hash($pw, PASSWORD_BCRYPT, array('cost' => 4));", severity: "MEDIUM" },
    ],
  },
});
