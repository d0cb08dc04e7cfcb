import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-XPATH-001",
    title: "XPath expression built from non-literal data",
    cwe: ["CWE-643"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags javax.xml.xpath XPath.compile/evaluate (and dom4j/jaxen selectNodes/selectSingleNode/valueOf) when the expression is not a literal: HIGH or CRITICAL when a parameter or request value is spliced in, MEDIUM for other non-constant expressions that the code visibly builds.",
      why_bad:
        "A value concatenated into an XPath expression can close the quote and rewrite the predicate (' or '1'='1), so a lookup by name and password matches any node: XPath injection (CWE-643).",
      example_bad:
        'Node find(XPath xp, Document d, String user) throws Exception {\n  return (Node) xp.evaluate("//user[@name=\'" + user + "\']", d, XPathConstants.NODE);\n}',
      example_good:
        'Node find(XPath xp, Document d, String user) throws Exception {\n  xp.setXPathVariableResolver(q -> "name".equals(q.getLocalPart()) ? user : null);\n  return (Node) xp.evaluate("//user[@name=$name]", d, XPathConstants.NODE);\n}',
    },
    fix_hint:
      "Keep the expression constant and pass values through an XPathVariableResolver ($name), or validate them against a strict allow-list.",
  },
  trigger: /compile|evaluate|selectNodes|selectSingleNode|valueOf|XPath/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (!/^(compile|evaluate|selectNodes|selectSingleNode|valueOf|createXPath)$/.test(m)) return;
    const q = ctx.callee(node);
    // compile/evaluate/valueOf are common names: only on something that reads as an XPath object.
    if (/^(compile|evaluate|valueOf)$/.test(m) && !/xpath|xp\b|XPath/i.test(q)) return;
    if (m === "compile" && /Pattern\.compile$/.test(q)) return;
    const expr = ctx.args(node)[0];
    if (!expr || ctx.isString(expr)) return;
    const level = ctx.level(expr);
    if (level === Level.CONST) return;
    const t = ctx.text(expr);
    const built =
      /\+|format\(|append\(|concat\(/.test(t) ||
      ctx.valuesOf(t).some((v) => /\+|format\(|append\(/.test(ctx.text(v)));
    if (level === Level.UNKNOWN && !built && !/^\w+$/.test(t)) return;
    report(taintReport(node, level, `${m}() XPath expression`));
  },
  cases: {
    valid: [
      'class A { Object f(XPath xpath, Document d) throws Exception { return xpath.evaluate("//a", d); } }',
      'class A { boolean f(String s) { return Pattern.compile(s).matcher("x").find(); } }',
    ],
    invalid: [
      'class A { void f(XPath xpath, String g) throws Exception { XPathExpression e = xpath.compile("//g[@name=\'" + g + "\']"); } }',
      "class A { void f(XPath xpath, String expr, Document d) throws Exception { xpath.evaluate(expr, d); } }",
    ],
  },
});
