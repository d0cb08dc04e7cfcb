import { CALL_TYPES, clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-JWT-001",
    title: "JWT decoded without a key (signature not verified)",
    cwe: ["CWE-347", "CWE-345"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags libjwt jwt_decode(&jwt, token, NULL, 0) (no key: the signature is not checked) and jwt-cpp jwt::decode in a snippet that never calls jwt::verify().",
      why_bad:
        "Claims from a token whose signature was not verified are whatever the sender wrote, so anyone can forge a user id, role or expiry (improper verification of a cryptographic signature, CWE-347).",
      example_bad:
        "char *claims(const char *token) {\n  jwt_t *jwt = NULL;\n  if (jwt_decode(&jwt, token, NULL, 0) != 0) return NULL;\n  return jwt_get_grants_json(jwt, NULL);\n}",
      example_good:
        "char *claims(const char *token, const char *key) {\n  jwt_t *jwt = NULL;\n  if (jwt_decode(&jwt, token, (const unsigned char *)key, strlen(key)) != 0) return NULL;\n  if (jwt_get_alg(jwt) != JWT_ALG_HS256) { jwt_free(jwt); return NULL; }\n  return jwt_get_grants_json(jwt, NULL);\n}",
    },
    fix_hint:
      "Pass the verification key to jwt_decode and check jwt_get_alg against the algorithm you expect; with jwt-cpp, run jwt::verify().allow_algorithm(...).verify(decoded).",
  },
  trigger: /jwt_decode|jwt::decode/,
  nodeTypes: CALL_TYPES.cpp,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (q === "jwt_decode") {
      const key = ctx.args(node)[2];
      if (key && /^(NULL|nullptr|0|\(\s*\w+\s*\*\s*\)\s*(NULL|nullptr|0))$/.test(ctx.text(key).trim()))
        report({ node, message: "jwt_decode() without a key does not verify the signature" });
      return;
    }
    if (/^jwt\.decode$/.test(q) && !sourceHas(ctx.tree, /\bverify\s*\(/))
      report({ node, message: "jwt::decode() result is used without jwt::verify()" });
  },
  cases: {
    valid: [
      "int f(jwt_t **j, const char *t, const unsigned char *k, int n) { return jwt_decode(j, t, k, n); }",
    ],
    invalid: ["int f(jwt_t **j, const char *t) { return jwt_decode(j, t, NULL, 0); }"],
  },
});
