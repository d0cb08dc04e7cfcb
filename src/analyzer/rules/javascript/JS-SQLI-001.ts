import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

export default jsRule({
  meta: {
    id: "JS-SQLI-001",
    title: "SQL query built by string concatenation or template literal",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags query/execute/get/all/run/prepare/raw calls whose SQL text is a template literal or concatenation with non-literal values.",
      why_bad: "Quotes in the value end the SQL literal and append attacker-chosen clauses.",
      example_bad:
        "function getUser(db, name) {\n  return db.get(`SELECT * FROM users WHERE name = '${name}'`);\n}",
      example_good:
        "function getUser(db, name) {\n  return db.get('SELECT * FROM users WHERE name = ?', [name]);\n}",
    },
    fix_hint: "Use placeholders (?, $1, :name) and pass values separately.",
  },
  trigger: /select|insert|update|delete|drop|create|alter|replace|where|from|Raw\(|unsafe\(|query\(/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    // knex's *Raw builders and postgres.js `sql.unsafe` take SQL fragments (`whereRaw('id = ' + id)`).
    const fragment =
      /^(whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|fromRaw|selectRaw|unsafe)$/.test(
        m,
      );
    if (
      !fragment &&
      !/^(query|execute|exec|get|all|run|each|prepare|raw|queryRaw|\$queryRawUnsafe|\$executeRawUnsafe|sequelizeQuery|batch|executeSql|querySync)$/.test(
        m,
      )
    )
      return;
    const sql = ctx.args(node)[0];
    if (!sql) return;
    const level = ctx.level(sql, "sql");
    // The whole statement taken from the request (`db.query(req.body.sql)`): no string building needed.
    const whole =
      level === Level.SOURCE &&
      /^(query|execute|raw|queryRaw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|executeSql)$/.test(m) &&
      /^(req|request|ctx\.request|ctx)\.(query|body|params)\b/.test(ctx.qname(ctx.resolve(sql) ?? sql));
    if (!whole) {
      if (!ctx.isBuiltString(sql)) return;
      const text = ctx.text(ctx.resolve(sql) ?? sql);
      if (!fragment && !/\b(select|insert|update|delete|drop|create|alter|replace|where|from)\b/i.test(text))
        return;
    }
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: "SQL text built from non-literal data",
    });
  },
  cases: {
    valid: [
      "function f(db, n) { return db.query('SELECT * FROM t WHERE n = ?', [n]); }",
      "function f(m, k) { return m.get(k + '_x'); }",
    ],
    invalid: [
      "function f(db, n) { const q = `SELECT * FROM t WHERE n = '${n}'`; return db.all(q); }",
      "function f(c, id) { c.query('DELETE FROM t WHERE id = ' + id); }",
      "function f(knex, n) { return knex('t').whereRaw('name = \\'' + n + '\\''); }",
      "app.post('/q', async (req, res) => { res.json(await pool.query(req.body.sql)); });",
    ],
  },
});
