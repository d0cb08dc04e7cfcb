import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-HASH-001",
    title: "Weak hash function (md5/sha1)",
    cwe: ["CWE-328", "CWE-327", "CWE-916"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags md5(), sha1(), md5_file(), sha1_file() and hash()/hash_init()/hash_hmac() with md2, md4, md5 or sha1.",
      why_bad:
        "MD5 and SHA-1 collide cheaply and are fast enough to brute-force billions of guesses per second, so passwords, tokens and integrity checks built on them fail (CWE-328; CWE-916 for passwords).",
      example_bad:
        "<?php\nfunction store_password($pdo, $user, $password) {\n  $pdo->prepare('UPDATE users SET pw = ? WHERE id = ?')->execute([md5($password), $user]);\n}",
      example_good:
        "<?php\nfunction store_password($pdo, $user, $password) {\n  $pdo->prepare('UPDATE users SET pw = ? WHERE id = ?')->execute([password_hash($password, PASSWORD_ARGON2ID), $user]);\n}",
    },
    fix_hint:
      "Use password_hash()/password_verify() for passwords and hash('sha256', ...) or better elsewhere.",
  },
  trigger: /md5|sha1|md[24]/i,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    if (node.type !== "function_call_expression") return;
    const name = ctx.callee(node).toLowerCase();
    if (/^(md5|sha1|md5_file|sha1_file)$/.test(name)) {
      report({ node, message: `${name}() is a broken hash` });
      return;
    }
    if (/^(hash|hash_init|hash_hmac|hash_file)$/.test(name)) {
      const a = ctx.args(node)[0];
      if (a && ctx.isString(a) && /^(md2|md4|md5|sha1)$/i.test(literalValue(ctx, a)))
        report({ node, message: `${literalValue(ctx, a)} is a broken hash` });
    }
  },
  cases: {
    valid: ["<?php $h = hash('sha256', $data);", "<?php $h = password_hash($pw, PASSWORD_DEFAULT);"],
    invalid: ["<?php $h = md5($pw);", "<?php $h = hash('sha1', $data);"],
  },
});
