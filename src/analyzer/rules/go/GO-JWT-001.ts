import { CALL_TYPES, clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-JWT-001",
    title: "JWT decoded without verifying its signature or algorithm",
    cwe: ["CWE-347", "CWE-345"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "the key function returns the key without checking token.Method (algorithm confusion)",
      },
    ],
    docs: {
      what_it_does:
        "Flags ParseUnverified (golang-jwt) and, at MEDIUM, jwt.Parse/ParseWithClaims whose key function never looks at token.Method and the parser is not restricted with WithValidMethods.",
      why_bad:
        "Claims read from an unverified token are whatever the sender wrote: anyone can forge a user id or role (improper verification of a cryptographic signature, CWE-347). A key function that ignores the algorithm lets a token signed with another algorithm (HS256 with the RSA public key, or 'none' in old versions) pass.",
      example_bad:
        "func claims(tok string) (jwt.MapClaims, error) {\n\tc := jwt.MapClaims{}\n\t_, _, err := jwt.NewParser().ParseUnverified(tok, c)\n\treturn c, err\n}",
      example_good:
        'func claims(tok string, key []byte) (jwt.MapClaims, error) {\n\tc := jwt.MapClaims{}\n\t_, err := jwt.ParseWithClaims(tok, c, func(t *jwt.Token) (interface{}, error) {\n\t\tif t.Method != jwt.SigningMethodHS256 {\n\t\t\treturn nil, fmt.Errorf("unexpected method")\n\t\t}\n\t\treturn key, nil\n\t})\n\treturn c, err\n}',
    },
    fix_hint:
      "Use jwt.Parse/ParseWithClaims with a key function that checks token.Method (or jwt.WithValidMethods), and use the claims only when the token is Valid.",
  },
  trigger: /ParseUnverified|jwt\.Parse|ParseWithClaims/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (m === "ParseUnverified") {
      report({ node, message: "ParseUnverified reads the claims without checking the signature" });
      return;
    }
    if (m !== "Parse" && m !== "ParseWithClaims") return;
    if (!/\bjwt\b/.test(ctx.callee(node)) && !sourceHas(ctx.tree, /jwt\./)) return;
    const keyFunc = ctx.args(node).find((a) => a.type === "func_literal");
    if (!keyFunc) return;
    if (
      /\.Method\b|SigningMethod|WithValidMethods|\.Header\["alg"\]/.test(ctx.text(keyFunc) + ctx.text(node))
    )
      return;
    report({ node, severity: "MEDIUM", message: `${m}() key function never checks the signing method` });
  },
  cases: {
    valid: [
      "func f(s string, k []byte) { jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok { return nil, errBad }; return k, nil }) }",
    ],
    invalid: [
      "func f(s string) { jwt.NewParser().ParseUnverified(s, jwt.MapClaims{}) }",
      "func f(s string, k []byte) { jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return k, nil }) }",
    ],
  },
});
