import { Level } from "../../dataflow/python.js";
import { isAugmented, isBuiltString, pyRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

const METHODS = new Set([
  "execute",
  "executemany",
  "executescript",
  "raw",
  "mogrify",
  "read_sql",
  "read_sql_query",
  "query",
]);
const FUNCS = new Set(["sqlalchemy.text", "text", "pandas.read_sql", "pandas.read_sql_query"]);

export default pyRule({
  meta: {
    id: "PY-SQLI-001",
    title: "SQL query built by string formatting",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags database execute()/raw()/text() calls whose query string is assembled with +, %, f-strings or .format() from non-literal values.",
      why_bad:
        "Values spliced into SQL text can close the literal and add clauses (' OR '1'='1), reading or destroying data.",
      example_bad:
        "def get_user(cur, name):\n    cur.execute(f\"SELECT * FROM users WHERE name = '{name}'\")",
      example_good:
        "def get_user(cur, name):\n    cur.execute('SELECT * FROM users WHERE name = ?', (name,))",
    },
    fix_hint:
      "Use placeholders (?, %s, :name) and pass values as the second argument; allow-list identifiers such as table names.",
  },
  trigger: /execute|\.raw\(|mogrify|read_sql|\.query\(|text\(/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const q = ctx.callee(node);
    if (!METHODS.has(m) && !FUNCS.has(q)) return;
    if (m === "query" && !/(db|conn|cursor|cur|session|engine|sql)/i.test(q)) return;
    const sql = ctx.arg(node, 0, "sql") ?? ctx.arg(node, 0, "query");
    if (!sql) return;
    if (!isBuiltString(ctx, sql) && !isAugmented(ctx, sql)) return;
    const level = ctx.level(sql, "sql");
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `query passed to ${m || q}() is built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
    });
  },
  cases: {
    valid: [
      "def f(cur, name):\n    cur.execute('SELECT * FROM t WHERE n = ?', (name,))",
      "TABLE = 'users'\ndef f(cur):\n    cur.execute('SELECT * FROM %s' % TABLE)",
      "def f(cur):\n    cur.execute('SHOW TABLES')",
      "def f(cur, col):\n    if col not in ('a', 'b'):\n        raise ValueError(col)\n    cur.execute(f'SELECT {col} FROM t')",
    ],
    invalid: [
      "def f(cur, name):\n    cur.execute(\"SELECT * FROM t WHERE n = '%s'\" % name)",
      "def f(cur, name):\n    q = f\"DELETE FROM t WHERE n = '{name}'\"\n    cur.execute(q)",
      "def f(self, uid):\n    self.db.execute('SELECT * FROM t WHERE id = ' + str(uid))",
    ],
  },
});
