import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-SQLI-001",
    title: "SQL command built from non-literal data",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags new SqlCommand/OleDbCommand/OdbcCommand/SqliteCommand/MySqlCommand/NpgsqlCommand, CommandText assignments, and EF FromSqlRaw/ExecuteSqlRaw/SqlQuery whose SQL is built by concatenation, interpolation or String.Format.",
      why_bad:
        "A quote inside a spliced value ends the SQL literal and appends the attacker's own SQL (SQL injection, CWE-89).",
      example_bad:
        'User Find(SqlConnection c, string name) {\n  var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = \'" + name + "\'", c);\n  return Read(cmd.ExecuteReader());\n}',
      example_good:
        'User Find(SqlConnection c, string name) {\n  var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = @name", c);\n  cmd.Parameters.AddWithValue("@name", name);\n  return Read(cmd.ExecuteReader());\n}',
    },
    fix_hint: "Use parameters (@name) and cmd.Parameters.Add / AddWithValue, or EF's FromSqlInterpolated.",
  },
  trigger: /SimpleStatement|Command|CommandText|FromSqlRaw|ExecuteSqlRaw|SqlQuery|Execute|SQLQuery/,
  nodeTypes: [...CALL_TYPES.csharp, "assignment_expression"],
  detect(node, ctx, report) {
    let sql;
    let what: string;
    if (node.type === "assignment_expression") {
      const left = node.children.find((c) => c.field === "left");
      if (!left || !/\.CommandText$|^CommandText$/.test(ctx.text(left))) return;
      sql = node.children.find((c) => c.field === "right");
      what = "CommandText";
    } else {
      const q = ctx.callee(node);
      if (
        !/^new \w*(Sql|OleDb|Odbc|Sqlite|SQLite|MySql|Npgsql|Oracle)Command$|^new (Cassandra\.)?SimpleStatement$|(FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|SqlQuery|ExecuteQuery|ExecuteSqlCommand|ExecuteStoreQuery|CreateSQLQuery|ExecuteNonQuery|ExecuteScalar|ExecuteReader|ExecuteDataset|ExecuteDataSet|Execute)$/.test(
          q,
        )
      )
        return;
      sql = ctx.args(node)[0];
      what = q;
    }
    if (!sql || ctx.isString(sql)) return;
    const level = ctx.level(sql);
    if (level === Level.CONST) return;
    const built = (t: string) =>
      /\+|\$"|\$@"|@\$"|Format\(|Concat\(|Append|Replace\(/.test(t) ||
      (/\.ToString\(\)$/.test(t) && sourceHas(ctx.tree, /\.Append(Format|Line)?\(/));
    if (
      level === Level.UNKNOWN &&
      !built(ctx.text(sql)) &&
      !ctx.valuesOf(ctx.text(sql)).some((v) => built(ctx.text(v)))
    )
      return;
    report(taintReport(node, level, `${what} SQL`));
  },
  cases: {
    valid: ['class A { void F(SqlConnection c) { var cmd = new SqlCommand("SELECT 1", c); } }'],
    invalid: [
      'class A { void F(ISession s, string t) { s.Execute(new SimpleStatement(string.Format("SELECT * FROM {0}", t))); } }',
      'class A { void F(SqlConnection c, string n) { var cmd = new SqlCommand("SELECT * FROM T WHERE N = \'" + n + "\'", c); } }',
      'class A { void F(SqlCommand cmd, string n) { cmd.CommandText = $"DELETE FROM T WHERE Id = {n}"; } }',
    ],
  },
});
