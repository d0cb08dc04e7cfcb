import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

/** Database calls that run a whole SQL string, with the index of the SQL argument. */
const SQL_SINKS: Record<string, number> = {
  sqlite3_exec: 1,
  sqlite3_prepare: 1,
  sqlite3_prepare_v2: 1,
  sqlite3_prepare_v3: 1,
  sqlite3_prepare16: 1,
  sqlite3_prepare16_v2: 1,
  mysql_query: 1,
  mysql_real_query: 1,
  PQexec: 1,
  PQsendQuery: 1,
  SQLExecDirect: 1,
  SQLPrepare: 1,
  OCIStmtPrepare: 2,
};
/** Functions that build a string: SQL written through them is built, not a fixed query. */
const BUILDERS = /\b(s?n?printf|str(n)?cat|str(n)?cpy|asprintf|append|format|operator\+)\b|\+/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-SQLI-001",
    title: "SQL query built from non-literal data (sqlite3, MySQL, libpq, ODBC)",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags sqlite3_exec/sqlite3_prepare*, mysql_query, PQexec, SQLExecDirect and similar when the SQL text is not a literal but a buffer or std::string built (sprintf, strcat, +) from a parameter or input.",
      why_bad:
        "Values spliced into the SQL text can close the quote and add their own clauses (' OR '1'='1, ; DROP TABLE): SQL injection (CWE-89). The database cannot tell data from code once both are one string.",
      example_bad:
        "int login(sqlite3 *db, const char *user) {\n  char q[256];\n  snprintf(q, sizeof q, \"SELECT id FROM users WHERE name = '%s'\", user);\n  return sqlite3_exec(db, q, 0, 0, 0);\n}",
      example_good:
        'int login(sqlite3 *db, const char *user) {\n  sqlite3_stmt *st;\n  sqlite3_prepare_v2(db, "SELECT id FROM users WHERE name = ?", -1, &st, 0);\n  sqlite3_bind_text(st, 1, user, -1, SQLITE_STATIC);\n  return sqlite3_step(st);\n}',
    },
    fix_hint:
      "Use a constant SQL text with placeholders (?) and bind the values (sqlite3_bind_*, mysql_stmt_bind_param, PQexecParams).",
  },
  trigger: /sqlite3_|mysql_|PQexec|PQsendQuery|SQLExecDirect|SQLPrepare|OCIStmtPrepare/,
  nodeTypes: CALL_TYPES.cpp,
  detect(node, ctx, report) {
    if (node.type !== "call_expression") return;
    const at = SQL_SINKS[ctx.method(node)];
    if (at === undefined) return;
    const sql = ctx.args(node)[at];
    if (!sql || ctx.isString(sql)) return;
    const level = ctx.level(sql);
    if (level === Level.CONST) return;
    // Text of unknown origin (a field, a file read) is flagged only when the snippet visibly builds it.
    const name = /^[\w]+/.exec(ctx.text(sql))?.[0] ?? "";
    const built =
      BUILDERS.test(ctx.text(sql)) || ctx.valuesOf(name).some((v) => BUILDERS.test(ctx.text(v.parent ?? v)));
    if (level === Level.UNKNOWN && !built) return;
    report(taintReport(node, level, `${ctx.method(node)}() SQL`));
  },
  cases: {
    valid: [
      'int f(sqlite3 *db) { return sqlite3_exec(db, "DELETE FROM t", 0, 0, 0); }',
      'int f(sqlite3 *db) { const char *q = "SELECT 1"; sqlite3_stmt *s; return sqlite3_prepare_v2(db, q, -1, &s, 0); }',
      'int f(sqlite3 *db, int n) { char q[64]; snprintf(q, sizeof q, "SELECT %d", 7); return sqlite3_exec(db, q, 0, 0, 0); }',
    ],
    invalid: [
      'int f(MYSQL *c, const char *id) { char q[128]; strcpy(q, "DELETE FROM t WHERE id="); strcat(q, id); return mysql_query(c, q); }',
      'int f(sqlite3 *db, std::string name) { std::string q = "SELECT * FROM u WHERE n=\'" + name + "\'"; return sqlite3_exec(db, q.c_str(), 0, 0, 0); }',
    ],
  },
});
