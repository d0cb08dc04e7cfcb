import { WEAK_RANDOM_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, inSecretContext } from "../clike.js";

const WEAK = /^(rand|random|rand_r|drand48|erand48|lrand48|nrand48|mrand48|jrand48|srand|srandom)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-RAND-001",
    title: "Predictable random number generator (rand)",
    cwe: ["CWE-338"],
    severity: "MEDIUM",
    severity_variants: WEAK_RANDOM_VARIANTS,
    docs: {
      what_it_does:
        "Flags rand(), random() and the *rand48 family. MEDIUM when the surrounding function deals with keys, tokens, passwords, salts, nonces or sessions; LOW otherwise.",
      why_bad:
        "These are linear generators with tiny state, usually seeded with the time; an attacker who sees a few outputs (or guesses the seed) predicts every value, so tokens or keys made from them can be forged (CWE-338).",
      example_bad:
        'void make_token(char *out, size_t n) {\n  for (size_t i = 0; i < n; i++) out[i] = "abcdef0123456789"[rand() % 16];\n}',
      example_good:
        "#include <sys/random.h>\nvoid make_token(unsigned char *out, size_t n) {\n  getrandom(out, n, 0);\n}",
    },
    fix_hint:
      "Use the OS CSPRNG: getrandom()/arc4random_buf() on Unix, BCryptGenRandom on Windows, RAND_bytes with OpenSSL.",
  },
  trigger: /rand/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (!WEAK.test(name) || /^(std\.)?[a-z_]+$/.test(ctx.callee(node)) === false) return;
    report({
      node,
      severity: inSecretContext(ctx, node) ? "MEDIUM" : "LOW",
      message: `${name}() is not a cryptographic generator`,
    });
  },
  cases: {
    valid: ["void f(unsigned char *b) { getrandom(b, 16, 0); }", "int f(struct g *x) { return x->rand(); }"],
    invalid: ["int roll(void) { return rand() % 6; }", "long session_token(void) { return random(); }"],
  },
});
