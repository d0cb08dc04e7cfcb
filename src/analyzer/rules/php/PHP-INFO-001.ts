import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

export default clikeRule(["php"], {
  meta: {
    id: "PHP-INFO-001",
    title: "Error details shown to users",
    cwe: ["CWE-200", "CWE-209"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags ini_set('display_errors', '1'/'on'/true) and die()/exit() that print request data or exception messages.",
      why_bad:
        "Stack traces and error text reveal paths, SQL, library versions and sometimes credentials to whoever triggers the error (information exposure, CWE-200/209).",
      example_bad: "<?php\nini_set('display_errors', '1');\n$db = new PDO($dsn, $u, $p);",
      example_good:
        "<?php\nini_set('display_errors', '0');\nini_set('log_errors', '1');\n$db = new PDO($dsn, $u, $p);",
    },
    fix_hint:
      "Turn display_errors off in production and log errors server-side; show users a generic message.",
  },
  trigger: /display_errors|die|exit/,
  nodeTypes: [...CALL_TYPES.php, "exit_statement"],
  detect(node, ctx, report) {
    if (node.type === "exit_statement") {
      if (/\$_(GET|POST|REQUEST|COOKIE)|->getMessage\(\)|mysqli?_error|errorInfo/.test(ctx.text(node)))
        report({ node, message: "error output reveals internal details" });
      return;
    }
    const name = ctx.callee(node).toLowerCase();
    if (name === "die" || name === "exit") {
      if (/\$_(GET|POST|REQUEST|COOKIE)|->getMessage\(\)|mysqli?_error|errorInfo/.test(ctx.text(node)))
        report({ node, message: "error output reveals internal details" });
      return;
    }
    const [k, v] = ctx.args(node);
    if (
      (name === "ini_set" || name === "error_reporting") &&
      k &&
      v &&
      ctx.isString(k) &&
      literalValue(ctx, k) === "display_errors" &&
      /^['"]?(1|on|true|stdout)['"]?$/i.test(ctx.text(v))
    )
      report({ node, message: "display_errors is on" });
  },
  cases: {
    valid: ["<?php ini_set('display_errors', '0');"],
    invalid: ["<?php ini_set('display_errors', 'On');", "<?php die(mysqli_error($db));"],
  },
});
