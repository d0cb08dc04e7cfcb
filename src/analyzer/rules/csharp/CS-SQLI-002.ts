import { CALL_TYPES, clikeRule } from "../clike.js";
import type { SyntaxNode } from "../../parse/index.js";

/** Calls that return a file's contents as text. */
const FILE_READ = /\b(File\.ReadAllText(Async)?|File\.ReadAllLines(Async)?|ReadToEnd(Async)?)\s*\(/;
const SQL_SINK =
  /^new \w*(Sql|OleDb|Odbc|Sqlite|SQLite|MySql|Npgsql|Oracle)Command$|(FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|SqlQuery|ExecuteSqlCommand|ExecuteStoreQuery)$/;

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-SQLI-002",
    title: "SQL command text read from a file at run time",
    cwe: ["CWE-89"],
    // An audit hint: the file usually ships with the application; it matters when others can write it.
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a SqlCommand (or another ADO.NET command, or EF's FromSqlRaw / ExecuteSqlRaw) and a CommandText assignment whose whole SQL text is read from a file when the code runs (File.ReadAllText, File.ReadAllLines, StreamReader.ReadToEnd). LOW: the file is often a script shipped beside the binary; this is the case CodeQL's SQL-injection query reports under its 'local' threat model (file contents as a source).",
      why_bad:
        "The database runs whatever the file says. Anyone who can write that file (a deployment share, a writable install folder, a path taken from configuration) rewrites the query: bound parameters protect the values, not a statement that was itself replaced (CWE-89).",
      example_bad:
        'int AddTown(SqlConnection c, string name) {\n  var cmdText = File.ReadAllText("Queries/InsertTown.sql");\n  using (var cmd = new SqlCommand(cmdText, c)) {\n    cmd.Parameters.AddWithValue("@name", name);\n    return cmd.ExecuteNonQuery();\n  }\n}',
      example_good:
        'const string InsertTown = "INSERT INTO Towns (Name) VALUES (@name)";\nint AddTown(SqlConnection c, string name) {\n  using (var cmd = new SqlCommand(InsertTown, c)) {\n    cmd.Parameters.AddWithValue("@name", name);\n    return cmd.ExecuteNonQuery();\n  }\n}',
    },
    fix_hint:
      "Keep the SQL in the code (a const string) or in an embedded resource compiled into the assembly, and keep binding the values as parameters.",
  },
  trigger: /ReadAllText|ReadAllLines|ReadToEnd/,
  nodeTypes: [...CALL_TYPES.csharp, "assignment_expression"],
  detect(node, ctx, report) {
    let sql: SyntaxNode | undefined;
    if (node.type === "assignment_expression") {
      const left = node.children.find((c) => c.field === "left");
      if (!left || !/\.CommandText$|^CommandText$/.test(ctx.text(left))) return;
      sql = node.children.find((c) => c.field === "right");
    } else {
      if (!SQL_SINK.test(ctx.callee(node))) return;
      sql = ctx.args(node)[0];
    }
    if (!sql) return;
    const text = ctx.text(sql);
    const fromFile =
      FILE_READ.test(text) ||
      (/^\w+$/.test(text) && ctx.valuesOf(text).some((v) => FILE_READ.test(ctx.text(v))));
    if (!fromFile) return;
    report({ node, message: "the SQL statement is whatever a file read at run time contains" });
  },
  cases: {
    valid: [
      'class A { const string Q = "SELECT 1"; void F(SqlConnection c) { var cmd = new SqlCommand(Q, c); } }',
      'class A { void F(SqlConnection c, string p) { var text = File.ReadAllText(p); var cmd = new SqlCommand("INSERT INTO T (Body) VALUES (@b)", c); cmd.Parameters.AddWithValue("@b", text); } }',
    ],
    invalid: [
      'class A { void F(SqlConnection c, string n) { var cmdText = File.ReadAllText(InsertFilePath); using (var cmd = new SqlCommand(cmdText, c)) { cmd.Parameters.AddWithValue("@n", n); cmd.ExecuteNonQuery(); } } }',
      "class A { void F(SqlCommand cmd, StreamReader r) { cmd.CommandText = r.ReadToEnd(); } }",
    ],
  },
});
