import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

/** An expression that reads as a password: `$password`, `$pwd`, `$_POST['pass']`, `$user->password`. */
const PASSWORD = /pass(word|wd)?|\bpwd\b|\$pw\b|_pw\b|motdepasse|contrase|senha/i;
/** General-purpose digests: fast to brute-force, whatever their collision resistance. */
const FAST =
  /^(md[245]|sha1|sha224|sha256|sha384|sha512(\/2(24|56))?|sha3-\d+|ripemd\d+|whirlpool|crc32b?|adler32|fnv\w*|xxh\w*|murmur\w*|tiger\w*)$/i;

export default clikeRule(["php"], {
  meta: {
    id: "PHP-HASH-002",
    title: "Password hashed with a fast digest and no salt",
    cwe: ["CWE-759", "CWE-916"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "HIGH", when: "the password comes straight from the request" }],
    docs: {
      what_it_does:
        "Flags md5(), sha1(), hash('sha256', ...) and other general-purpose digests applied to a value named like a password with nothing mixed in (no salt variable concatenated), and crypt() called without a salt.",
      why_bad:
        "An unsalted digest gives equal passwords equal hashes, so one precomputed (rainbow) table or one cracking run recovers every user's password at once, and fast digests allow billions of guesses per second (CWE-759, CWE-916). SHA-256 is no better than MD5 here: the problem is speed and the missing salt, not collisions.",
      example_bad:
        "<?php\nfunction register($db, $user, $password) {\n  $db->prepare('INSERT INTO users (name, pw) VALUES (?, ?)')->execute([$user, hash('sha256', $password)]);\n}",
      example_good:
        "<?php\nfunction register($db, $user, $password) {\n  $db->prepare('INSERT INTO users (name, pw) VALUES (?, ?)')->execute([$user, password_hash($password, PASSWORD_DEFAULT)]);\n}",
    },
    fix_hint:
      "Use password_hash($password, PASSWORD_DEFAULT) (bcrypt/argon2 with a random salt per password) and password_verify() to check it.",
  },
  trigger: /md5|sha1|hash|crypt/i,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    if (node.type !== "function_call_expression") return;
    const name = ctx.callee(node).toLowerCase();
    const args = ctx.args(node);
    let input;
    if (/^(md5|sha1)$/.test(name)) input = args[0];
    else if (name === "hash") {
      const algo = args[0];
      if (!algo || !ctx.isString(algo) || !FAST.test(literalValue(ctx, algo))) return;
      input = args[1];
    } else if (name === "crypt") {
      if (args.length === 1 && args[0] && PASSWORD.test(ctx.text(args[0])))
        report({ node, message: "crypt() without a salt" });
      return;
    } else return;
    if (!input) return;
    const t = ctx.text(input);
    // Only the password itself: a salt or any other value mixed in (concatenation, interpolation) is a salted scheme.
    if (!PASSWORD.test(t) || /salt|\.|\{|,/i.test(t.replace(/^\$this->/, "").replace(/->\w+/g, ""))) return;
    if (/^\$\w+$/.test(t) && ctx.valuesOf(t).some((v) => /salt|\./i.test(ctx.text(v)))) return;
    report({
      node,
      severity: /\$_(POST|GET|REQUEST)/.test(t) ? "HIGH" : undefined,
      message: `${name}() of a password with no salt`,
    });
  },
  cases: {
    valid: [
      "<?php $h = password_hash($password, PASSWORD_DEFAULT);",
      "<?php $h = hash('sha256', $salt . $password);",
      "<?php $h = md5($file_contents);",
      "<?php $h = crypt($password, '$2y$12$' . $salt);",
    ],
    invalid: [
      "<?php $h = md5($password);",
      "<?php $h = hash('sha512', $_POST['password']);",
      "<?php $u->pw = sha1($this->password);",
    ],
  },
});
