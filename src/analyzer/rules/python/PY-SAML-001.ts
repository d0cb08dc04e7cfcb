import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { inTestScope, pyRule, TEST_SCOPE_REASON } from "./common.js";

/** The literal keys of a dict literal, each with its value node. */
function entries(ctx: PythonContext, dict: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const p of namedChildren(dict)) {
    if (p.type !== "pair") continue;
    const k = ctx.stringValue(field(p, "key"));
    const v = field(p, "value");
    if (k !== undefined && v) out.set(k, v);
  }
  return out;
}

const isFalse = (ctx: PythonContext, v: SyntaxNode | undefined) => !!v && ctx.constValue(v) === false;

/** Keys only a python3-saml (OneLogin) settings dict carries beside `strict`. */
const ONELOGIN_KEYS = /^(sp|idp|security)$/;

export default pyRule({
  meta: {
    id: "PY-SAML-001",
    title: "SAML settings that accept unsigned or unvalidated assertions",
    cwe: ["CWE-347", "CWE-345"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: TEST_SCOPE_REASON }],
    docs: {
      what_it_does:
        'Flags python3-saml (OneLogin) settings with "strict": False, and pysaml2 service-provider settings with want_response_signed off while assertions need no signature either.',
      why_bad:
        "A SAML login is only as good as the identity provider's signature on it: a service provider that accepts unsigned responses (or, non-strict, does not reject what it expected signed) logs in whoever posts a forged assertion.",
      example_bad:
        'SETTINGS = {"strict": False, "sp": {"entityId": "https://sp.example"}, "idp": {"entityId": "https://idp.example"}}',
      example_good:
        'SETTINGS = {"strict": True, "sp": {"entityId": "https://sp.example"}, "idp": {"entityId": "https://idp.example"}}',
    },
    fix_hint:
      "Keep python3-saml in strict mode; in pysaml2 keep want_response_signed (or set want_assertions_signed) on.",
  },
  trigger: /["']strict["']\s*:\s*False|want_response_signed["']\s*:\s*False/,
  nodeTypes: ["dictionary"],
  detect(node, ctx, emit) {
    const report = (n: SyntaxNode, message: string) =>
      emit(
        inTestScope(ctx, n)
          ? { node: n, message, severity: "LOW", reason: TEST_SCOPE_REASON }
          : { node: n, message },
      );
    const e = entries(ctx, node);
    // python3-saml: non-strict settings skip the checks that reject unsigned messages the SP expects signed.
    const strict = e.get("strict");
    if (
      isFalse(ctx, strict) &&
      ([...e.keys()].some((k) => ONELOGIN_KEYS.test(k)) || sourceHas(ctx.tree, /onelogin|OneLogin_Saml2/))
    )
      report(
        strict!.parent ?? strict!,
        "python3-saml settings with strict=False accept messages it should reject",
      );
    // pysaml2: the response unsigned and the assertions not required signed (their default) accepts either unsigned.
    const resp = e.get("want_response_signed");
    if (
      isFalse(ctx, resp) &&
      ctx.constValue(e.get("want_assertions_signed")) !== true &&
      ctx.constValue(e.get("want_assertions_or_response_signed")) !== true
    )
      report(
        resp!.parent ?? resp!,
        "pysaml2 settings accept a response with no signature on it or its assertions",
      );
  },
  cases: {
    valid: [
      'SETTINGS = {"strict": True, "sp": {}, "idp": {}}',
      // `strict` of some other settings dict (a parser's, a schema's).
      'OPTS = {"strict": False, "indent": 2}',
      'SP = {"service": {"sp": {"want_response_signed": False, "want_assertions_signed": True}}}',
      'SP = {"service": {"sp": {"want_response_signed": True}}}',
    ],
    invalid: [
      { code: 'SETTINGS = {\n    "strict": False,\n    "sp": {},\n    "idp": {},\n}', line: 2 },
      {
        code: 'from onelogin.saml2.auth import OneLogin_Saml2_Auth\ndef auth(req):\n    return OneLogin_Saml2_Auth(req, {"strict": False, "debug": True})',
        line: 3,
      },
      { code: 'SP = {"service": {"sp": {"want_response_signed": False}}}', line: 1 },
      {
        code: 'def test_login():\n    s = {"strict": False, "sp": {}, "idp": {}}',
        line: 2,
        severity: "LOW",
      },
    ],
  },
});
