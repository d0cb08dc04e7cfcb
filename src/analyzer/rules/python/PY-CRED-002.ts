import { pyRule } from "./common.js";

const TOKENS: [RegExp, string, string][] = [
  [/-----BEGIN ((RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----/, "private key", "CWE-312"],
  [/\bAKIA[0-9A-Z]{16}\b/, "AWS access key id", "CWE-798"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "Google API key", "CWE-798"],
  [/\bya29\.[0-9A-Za-z_-]{20,}/, "Google OAuth token", "CWE-798"],
  [/\bgh[pousr]_[0-9A-Za-z]{36}\b/, "GitHub token", "CWE-798"],
  [/\bxox[abprs]-[0-9A-Za-z-]{10,}/, "Slack token", "CWE-798"],
  [/\bsk_live_[0-9a-zA-Z]{24,}/, "Stripe secret key", "CWE-798"],
  [/\bsk-[A-Za-z0-9]{32,}\b/, "API secret key", "CWE-798"],
  [/\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, "JSON web token", "CWE-798"],
];

export default pyRule({
  meta: {
    id: "PY-CRED-002",
    title: "Private key or vendor token embedded in a string",
    cwe: ["CWE-798", "CWE-312", "CWE-321"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags string literals that contain a PEM private key or a recognisable vendor credential (AWS, Google, GitHub, Slack, Stripe, JWT).",
      why_bad:
        "Embedded keys are readable by anyone with the source or the built package; they cannot be rotated without a release.",
      example_bad: "KEY = '-----BEGIN RSA PRIVATE KEY-----\\nMIIE...\\n-----END RSA PRIVATE KEY-----'",
      example_good: "import os\nKEY = open(os.environ['KEY_FILE']).read()",
    },
    fix_hint: "Keep keys in a secret store or a file outside the repository and load them at run time.",
  },
  nodeTypes: ["string"],
  detect(node, ctx, report) {
    if (node.parent?.type === "concatenated_string" && node.parent.children[0] !== node) return;
    const text = ctx.text(node.parent?.type === "concatenated_string" ? node.parent : node);
    for (const [re, what] of TOKENS) {
      if (re.test(text)) {
        report({ node, message: `${what} embedded in source` });
        return;
      }
    }
  },
  cases: {
    valid: ["x = 'BEGIN PUBLIC KEY'", "k = os.environ['KEY']"],
    invalid: [
      "k = '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----'",
      "g = 'AIzaSyBz7r2Kz6x7wO1zV9_O5Rcxmt8NahJ6kos'",
    ],
  },
});
