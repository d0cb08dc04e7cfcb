import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["rust"], {
  meta: {
    id: "RS-SQLI-001",
    title: "SQL built with format! or concatenation",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags query/execute/sql_query/query_as/batch_execute whose SQL argument is not a literal (format!, +, a variable built from them).",
      why_bad:
        "Values formatted into SQL can close the literal and add SQL of their own (SQL injection, CWE-89).",
      example_bad:
        "fn find(c: &Connection, name: &str) {\n  c.execute(&format!(\"DELETE FROM users WHERE name = '{}'\", name), []).unwrap();\n}",
      example_good:
        'fn find(c: &Connection, name: &str) {\n  c.execute("DELETE FROM users WHERE name = ?1", [name]).unwrap();\n}',
    },
    fix_hint:
      "Use placeholders ($1 / ?1) and pass values as parameters; sqlx::query! checks them at compile time.",
  },
  trigger: /query|execute|sql/,
  nodeTypes: CALL_TYPES.rust,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (
      !/^(query|execute|sql_query|query_as|query_scalar|batch_execute|query_row|query_map|prepare|simple_query)$/.test(
        m,
      )
    )
      return;
    const sql = ctx.args(node)[0];
    if (!sql) return;
    const t = ctx.text(sql);
    const built =
      /format!|\+|concat/.test(t) ||
      ctx.valuesOf(t.replace(/^&/, "")).some((v) => /format!|\+|push_str/.test(ctx.text(v)));
    const level = ctx.level(sql);
    if (!built || level === Level.CONST) return;
    report(taintReport(node, level, `${m}() SQL`));
  },
  cases: {
    valid: ['fn f(c: &Connection, n: &str) { c.execute("DELETE FROM t WHERE n = ?1", [n]); }'],
    invalid: ['fn f(c: &Connection, n: &str) { c.execute(&format!("DELETE FROM t WHERE n = {}", n), []); }'],
  },
});
