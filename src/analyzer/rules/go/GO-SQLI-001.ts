import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-SQLI-001",
    title: "SQL built with fmt.Sprintf or concatenation",
    cwe: ["CWE-89", "CWE-943"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags database/sql (and sqlx/gorm raw) Query/QueryRow/Exec/Prepare calls whose SQL is built with fmt.Sprintf, + or strings.Builder.",
      why_bad:
        "A quote in a formatted value ends the SQL literal and appends the attacker's own SQL (SQL injection, CWE-89).",
      example_bad:
        "func find(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query(fmt.Sprintf(\"SELECT * FROM users WHERE name = '%s'\", name))\n}",
      example_good:
        'func find(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query("SELECT * FROM users WHERE name = ?", name)\n}',
    },
    fix_hint: "Use placeholders (? or $1) and pass values as arguments.",
  },
  trigger: /Query|Exec|Prepare|Raw|Select|Get/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (
      !/^(Query|QueryRow|QueryContext|QueryRowContext|Exec|ExecContext|Prepare|PrepareContext|Raw|Select|Get|Queryx|QueryRowx|MustExec|NamedExec)$/.test(
        m,
      )
    )
      return;
    const args = ctx.args(node);
    const sql =
      /Context$/.test(m) || ((m === "Select" || m === "Get") && args.length > 2) ? args[1] : args[0];
    if (!sql || ctx.isString(sql)) return;
    const built = (t: string) => /Sprintf|\+|\.String\(\)|Join\(/.test(t);
    if (!built(ctx.text(sql)) && !ctx.valuesOf(ctx.text(sql)).some((v) => built(ctx.text(v)))) return;
    const level = ctx.level(sql);
    if (level === Level.CONST) return;
    report(taintReport(node, level, `${m}() SQL`));
  },
  cases: {
    valid: ['func f(db *sql.DB, n string) { db.Query("SELECT 1 FROM t WHERE n = ?", n) }'],
    invalid: [
      "func f(db *sql.DB, n string) { q := fmt.Sprintf(\"SELECT * FROM t WHERE n = '%s'\", n); db.Query(q) }",
    ],
  },
});
