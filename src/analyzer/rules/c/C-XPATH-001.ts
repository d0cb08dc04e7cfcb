import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

/** libxml2 and pugixml calls that evaluate an XPath expression (first argument). */
const XPATH_SINKS =
  /^(xmlXPathEvalExpression|xmlXPathEval|xmlXPathCompile|xmlXPathCtxtCompile|select_nodes|select_node|evaluate_string|evaluate_node_set|new (pugi\.)?xpath_query|(pugi\.)?xpath_query)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-XPATH-001",
    title: "XPath expression built from non-literal data",
    cwe: ["CWE-643"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags libxml2 xmlXPathEvalExpression/xmlXPathEval/xmlXPathCompile and pugixml select_nodes/xpath_query when the expression is not a literal but built from a parameter or input.",
      why_bad:
        "A value spliced into an XPath expression can close the quote and change the predicate (' or '1'='1), so a lookup by user name and password matches any record: XPath injection (CWE-643).",
      example_bad:
        "xmlXPathObjectPtr find(xmlXPathContextPtr c, const char *user) {\n  char q[256];\n  snprintf(q, sizeof q, \"//user[name='%s']\", user);\n  return xmlXPathEvalExpression((xmlChar *)q, c);\n}",
      example_good:
        'xmlXPathObjectPtr find(xmlXPathContextPtr c, const char *user) {\n  xmlXPathRegisterVariable(c, (xmlChar *)"u", xmlXPathNewCString(user));\n  return xmlXPathEvalExpression((xmlChar *)"//user[name=$u]", c);\n}',
    },
    fix_hint:
      "Keep the expression constant and pass values as XPath variables (xmlXPathRegisterVariable, pugi::xpath_variable_set), or validate them against a strict allow-list.",
  },
  trigger: /xmlXPath|select_nodes?|xpath_query|evaluate_/,
  nodeTypes: CALL_TYPES.cpp,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const name = q.startsWith("new ") ? q : ctx.method(node);
    if (!XPATH_SINKS.test(name)) return;
    const expr = ctx.args(node)[0];
    if (!expr || ctx.isString(expr)) return;
    // A cast of a literal ((xmlChar *)"//a") is still constant.
    const level = ctx.level(expr);
    if (level === Level.CONST) return;
    if (level === Level.UNKNOWN && !sourceHas(ctx.tree, /printf|strcat|\+/)) return;
    report(taintReport(node, level, `${name.replace(/^new /, "")}() XPath expression`));
  },
  cases: {
    valid: [
      'void f(xmlXPathContextPtr c) { xmlXPathEvalExpression((xmlChar *)"//student", c); }',
      'void f(pugi::xml_document &d) { d.select_nodes("//item[@id=$id]"); }',
    ],
    invalid: [
      'void f(pugi::xml_document &d, std::string id) { d.select_nodes(("//item[@id=\'" + id + "\']").c_str()); }',
    ],
  },
});
