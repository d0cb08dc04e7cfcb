import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-HASH-002",
    title: "Password hashed with a fast general-purpose hash",
    cwe: ["CWE-916", "CWE-327", "CWE-759"],
    severity: "MEDIUM",
    docs: {
      what_it_does: "Flags hashlib digests (sha256, sha512, blake2 ...) computed directly over a password.",
      why_bad:
        "Fast hashes let an attacker who steals the hashes test billions of guesses per second; password storage needs a slow, salted KDF.",
      example_bad:
        "import hashlib\ndef store(password):\n    return hashlib.sha256(password.encode()).hexdigest()",
      example_good:
        "import hashlib, os\ndef store(password):\n    salt = os.urandom(16)\n    return salt, hashlib.pbkdf2_hmac('sha256', password.encode(), salt, 600000)",
    },
    fix_hint:
      "Use argon2, bcrypt, scrypt or hashlib.pbkdf2_hmac with a random salt and a high iteration count.",
  },
  trigger: /hashlib/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^hashlib\.(sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs]|md5|sha1)$/.test(q)) return;
    const data = ctx.args(node)[0];
    if (!data || !/pass(word|wd)?\b|passwd|pwd/i.test(ctx.text(data))) return;
    report({ node, message: `${q}() over a password is too fast for password storage` });
  },
  cases: {
    valid: [
      "import hashlib\nh = hashlib.sha256(data).hexdigest()",
      "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', password, salt, 100000)",
    ],
    invalid: ["import hashlib\ndef f(password):\n    return hashlib.sha512(password.encode()).hexdigest()"],
  },
});
