import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-SQLI-001",
    title: "SQL query built from non-literal data",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags JDBC/JPA/Spring query calls (executeQuery, execute, executeUpdate, addBatch, prepareStatement, createQuery, createNativeQuery, jdbcTemplate.query...) whose SQL is built by concatenation or formatting.",
      why_bad:
        "Splicing a value into SQL lets a quote in it end the literal and add SQL of the attacker's own: reading or deleting any table (SQL injection, CWE-89).",
      example_bad:
        'ResultSet find(Connection c, String name) throws SQLException {\n  return c.createStatement().executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");\n}',
      example_good:
        'ResultSet find(Connection c, String name) throws SQLException {\n  PreparedStatement p = c.prepareStatement("SELECT * FROM users WHERE name = ?");\n  p.setString(1, name);\n  return p.executeQuery();\n}',
    },
    fix_hint: "Use PreparedStatement placeholders (?) or named parameters and bind the values.",
  },
  trigger: /execute|addBatch|prepare|createQuery|createNativeQuery|query|update/i,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (
      !/^(executeQuery|executeUpdate|execute|executeLargeUpdate|addBatch|prepareStatement|prepareCall|createQuery|createNativeQuery|createSQLQuery|queryForObject|queryForList|queryForMap|queryForRowSet|query|update|batchUpdate)$/.test(
        m,
      )
    )
      return;
    const sql = ctx.args(node)[0];
    if (!sql || ctx.isString(sql)) return;
    if (
      /^(query|update|execute)$/.test(m) &&
      !/jdbc|template|stmt|statement|conn|session|em\b|entityManager/i.test(ctx.callee(node))
    )
      return;
    const level = ctx.level(sql);
    if (level === Level.CONST) return;
    // A bare variable of unknown origin is common for prepared SQL text; flag built strings and tainted values.
    if (
      level === Level.UNKNOWN &&
      !/[+]|format\(|concat|append|\.replace/.test(ctx.text(sql)) &&
      !ctx.valuesOf(ctx.text(sql)).some((v) => /[+]|format\(|append/.test(ctx.text(v)))
    )
      return;
    report(taintReport(node, level, `${m}() SQL`));
  },
  cases: {
    valid: [
      'class A { void f(Connection c, String n) throws Exception { PreparedStatement p = c.prepareStatement("SELECT 1 FROM t WHERE n = ?"); p.setString(1, n); } }',
    ],
    invalid: [
      'class A { void f(Statement s, String n) throws Exception { s.executeQuery("SELECT * FROM t WHERE n = \'" + n + "\'"); } }',
    ],
  },
});
