import { TAINT_VARIANTS } from "../severity.js";
import { CALL_TYPES, clikeRule, Level, taintReport } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-SQLI-001",
    title: "SQL query built from variables",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags mysqli_query/mysql_query/pg_query/sqlite_query and ->query()/->exec()/->prepare() whose SQL string interpolates or concatenates variables.",
      why_bad:
        "A quote in a spliced value ends the SQL literal and appends the attacker's SQL (SQL injection, CWE-89).",
      example_bad: "<?php\n$r = $pdo->query(\"SELECT * FROM users WHERE id = \" . $_GET['id']);",
      example_good:
        "<?php\n$st = $pdo->prepare('SELECT * FROM users WHERE id = ?');\n$st->execute([$_GET['id']]);",
    },
    fix_hint:
      "Use prepared statements with bound parameters (PDO::prepare + execute, mysqli_stmt_bind_param).",
  },
  trigger: /query|exec|prepare/i,
  nodeTypes: CALL_TYPES.php,
  detect(node, ctx, report) {
    const name = ctx.method(node).toLowerCase();
    const fn = node.type === "function_call_expression";
    let sql;
    if (
      fn &&
      /^(mysqli_query|mysql_query|pg_query|sqlite_query|mysqli_real_query|mysqli_multi_query|db2_exec|odbc_exec)$/.test(
        name,
      )
    ) {
      const args = ctx.args(node);
      sql = /^mysqli_/.test(name) ? args[1] : name === "pg_query" && args.length > 1 ? args[1] : args[0];
    } else if (
      !fn &&
      /^(query|exec|prepare|multi_query|real_query|rawquery|get_results|get_row|get_var|get_col)$/.test(name)
    )
      sql = ctx.args(node)[0];
    else return;
    if (!sql) return;
    const built = (t: string) => /\.\s*\$|\$\w+\s*\.|\{\$|"[^"]*\$\w|sprintf/.test(t);
    const level = ctx.level(sql);
    if (level === Level.CONST) return;
    if (
      !built(ctx.text(sql)) &&
      !ctx.valuesOf(ctx.text(sql)).some((v) => built(ctx.text(v))) &&
      level < Level.SOURCE
    )
      return;
    report(taintReport(node, level, `${name}() SQL`));
  },
  cases: {
    valid: ["<?php $st = $pdo->prepare('SELECT * FROM t WHERE id = ?');"],
    invalid: [
      '<?php $r = mysqli_query($db, "SELECT * FROM t WHERE id = $id");',
      "<?php $r = $pdo->query('SELECT * FROM t WHERE n = ' . $_GET['n']);",
    ],
  },
});
