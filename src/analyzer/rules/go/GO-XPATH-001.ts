import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";
import type { ClikeContext } from "../../dataflow/clike.js";
import type { SyntaxNode } from "../../parse/index.js";

/**
 * True when `node` sits in a closure bound to a local (`get := func(name string) ...`) that every call in the
 * snippet gives only literal arguments: its parameters are then constants in practice.
 */
function inClosureCalledWithLiterals(ctx: ClikeContext, node: SyntaxNode): boolean {
  let fn = node.parent;
  while (fn && fn.type !== "func_literal" && fn.type !== "function_declaration") fn = fn.parent;
  if (!fn || fn.type !== "func_literal") return false;
  let p = fn.parent;
  while (p && p.type === "expression_list") p = p.parent;
  if (!p || !/^(short_var_declaration|assignment_statement|var_spec)$/.test(p.type)) return false;
  const left = p.children.find((c) => c.field === "left" || c.field === "name");
  const bound = left && ctx.text(left);
  if (!bound || !/^\w+$/.test(bound)) return false;
  const calls = ctx.tree.nodes.filter((n) => n.type === "call_expression" && ctx.callee(n) === bound);
  return calls.length > 0 && calls.every((c) => ctx.args(c).every((a) => ctx.isString(a)));
}

/** XPath entry points of goxpath, antchfx/xpath, xmlquery and htmlquery, with the expression's position. */
const XPATH_AT: Record<string, number> = {
  "goxpath.Parse": 0,
  "goxpath.MustParse": 0,
  "xpath.Compile": 0,
  "xpath.MustCompile": 0,
  "xmlquery.Find": 1,
  "xmlquery.FindOne": 1,
  "xmlquery.Query": 1,
  "xmlquery.QueryAll": 1,
  "htmlquery.Find": 1,
  "htmlquery.FindOne": 1,
  "htmlquery.Query": 1,
  "htmlquery.QueryAll": 1,
};

export default clikeRule(["go"], {
  meta: {
    id: "GO-XPATH-001",
    title: "XPath expression built from non-literal data",
    cwe: ["CWE-643"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags goxpath.Parse/MustParse, xpath.Compile and xmlquery/htmlquery Find/Query when the expression is built (fmt.Sprintf, +) from a parameter or input.",
      why_bad:
        "A value spliced into an XPath expression can close the quote and rewrite the predicate (' or '1'='1), so a lookup by user name and password matches any record: XPath injection (CWE-643).",
      example_bad:
        "func find(doc *xmlquery.Node, user string) *xmlquery.Node {\n\treturn xmlquery.FindOne(doc, fmt.Sprintf(\"//user[name='%s']\", user))\n}",
      example_good:
        'var byName = xpath.MustCompile("//user")\n\nfunc find(doc *xmlquery.Node, user string) *xmlquery.Node {\n\tfor _, n := range xmlquery.QuerySelectorAll(doc, byName) {\n\t\tif n.SelectAttr("name") == user {\n\t\t\treturn n\n\t\t}\n\t}\n\treturn nil\n}',
    },
    fix_hint:
      "Keep the expression constant and compare values in Go, or bind them as XPath variables (goxpath's Opts.Vars).",
  },
  trigger: /goxpath|xpath\.|xmlquery|htmlquery/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const at = XPATH_AT[q];
    if (at === undefined) return;
    const expr = ctx.args(node)[at];
    if (!expr || ctx.isString(expr)) return;
    const level = ctx.level(expr);
    if (level === Level.CONST || (level === Level.PARAM && inClosureCalledWithLiterals(ctx, node))) return;
    if (
      level === Level.UNKNOWN &&
      !/Sprintf|\+/.test(
        ctx.text(expr) +
          ctx
            .valuesOf(ctx.text(expr))
            .map((v) => ctx.text(v))
            .join(" "),
      )
    )
      return;
    report(taintReport(node, level, `${q}() XPath expression`));
  },
  cases: {
    valid: [
      'func f() { goxpath.MustParse("//student[username=$user]") }',
      'func f(doc *xmlquery.Node) { xmlquery.Find(doc, "//a") }',
    ],
    invalid: [
      "func f(u string) { q := fmt.Sprintf(\"//student[username='%s']\", u); goxpath.MustParse(q) }",
      'func f(doc *xmlquery.Node, id string) { xmlquery.Find(doc, "//item[@id=\'" + id + "\']") }',
    ],
  },
});
