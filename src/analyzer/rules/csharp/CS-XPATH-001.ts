import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-XPATH-001",
    title: "XPath query built from non-literal data",
    cwe: ["CWE-643"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags SelectNodes, SelectSingleNode, XPathNavigator.Select/Evaluate/Compile and XPathExpression.Compile whose expression is built from variables.",
      why_bad:
        "A quote in a spliced value changes the query (' or '1'='1), exposing every node of the document, e.g. all users and passwords (XPath injection, CWE-643).",
      example_bad:
        'XmlNode Find(XmlDocument doc, string user) {\n  return doc.SelectSingleNode("//user[@name=\'" + user + "\']");\n}',
      example_good:
        'XmlNode Find(XmlDocument doc, string user) {\n  foreach (XmlNode n in doc.SelectNodes("//user"))\n    if (n.Attributes["name"]?.Value == user) return n;\n  return null;\n}',
    },
    fix_hint:
      "Use precompiled XPath with variables (XsltArgumentList / a custom XsltContext), or validate the value against a strict pattern.",
  },
  trigger: /Select|Evaluate|Compile|XPath/,
  nodeTypes: CALL_TYPES.csharp,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (
      !/^(SelectNodes|SelectSingleNode|Evaluate|Compile|SelectDescendants|XPathSelectElement|XPathSelectElements|XPathEvaluate)$/.test(
        m,
      )
    )
      return;
    if (
      (m === "Compile" || m === "Evaluate") &&
      !/XPath|Navigator|nav\b/i.test(ctx.callee(node) + ctx.tree.source.slice(0, 0))
    ) {
      if (!sourceHas(ctx.tree, /XPath/)) return;
    }
    const expr = ctx.args(node)[0];
    if (!expr || ctx.isString(expr)) return;
    const level = ctx.level(expr);
    if (level !== Level.CONST) report(taintReport(node, level, `${m}() XPath`));
  },
  cases: {
    valid: ['class A { void F(XmlDocument d) { d.SelectNodes("//item"); } }'],
    invalid: [
      'class A { void F(XmlDocument d, string u) { d.SelectSingleNode("//user[@name=\'" + u + "\']"); } }',
    ],
  },
});
