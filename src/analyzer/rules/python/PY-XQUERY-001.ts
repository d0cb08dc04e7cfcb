import { Level } from "../../dataflow/python.js";
import { pyRule, valueParts } from "./common.js";

/** XQuery text: the `xquery` command of BaseX-style clients, or a FLWOR expression over `$` variables. */
const XQUERY = /^\s*[rfbu]*['"]{1,3}\s*xquery\s|\bfor\s+\$\w+\s+in\b[\s\S]*\breturn\b/i;

export default pyRule({
  meta: {
    id: "PY-XQUERY-001",
    title: "XQuery built from outside input",
    cwe: ["CWE-652", "CWE-943"],
    severity: "HIGH",
    severity_variants: [{ severity: "MEDIUM", when: "the value is a caller's parameter, not request data" }],
    docs: {
      what_it_does:
        "Flags execute() / query() calls whose query text is XQuery (the `xquery` command, or a for $x in ... return expression) built by concatenation or formatting from request data or a caller's parameter.",
      why_bad:
        "A quote in the value closes the string literal and the rest is XQuery of the attacker's: other users' records, db:drop(), file:read-text() on the server.",
      example_bad:
        'def profile(session, name):\n    return session.execute("xquery for $u in //user[name = \'" + name + "\'] return $u")',
      example_good:
        "def profile(session, name):\n    q = session.query('declare variable $n external; for $u in //user[name = $n] return $u')\n    q.bind('$n', name)\n    return q.execute()",
    },
    fix_hint:
      "Declare an external variable and bind the value (query.bind) instead of formatting it into the text.",
  },
  trigger: /xquery|for\s+\$\w+\s+in/i,
  nodeTypes: ["call"],
  calls: ["execute", "query", "run"],
  detect(node, ctx, report) {
    if (!/^(execute|query|run)$/.test(ctx.method(node))) return;
    const q = ctx.args(node)[0];
    // A literal without fields is the program's own query.
    if (!q || (q.type === "string" && !q.children.some((c) => c.type === "interpolation"))) return;
    const text = valueParts(ctx, q)
      .filter((p) => p.type === "string")
      .map((p) => ctx.text(p))
      .join("\n");
    if (!XQUERY.test(text)) return;
    const level = ctx.level(q, "sql");
    if (level === Level.SOURCE) report({ node, message: "XQuery text built from untrusted input" });
    else if (level === Level.PARAM)
      report({ node, severity: "MEDIUM", message: "XQuery text built from a caller-supplied value" });
  },
  cases: {
    valid: [
      "def profile(session, name):\n    q = session.query('declare variable $n external; for $u in //user[name = $n] return $u')\n    q.bind('$n', name)\n    return q.execute()",
      "def count(session):\n    return session.execute('xquery count(//user)')",
    ],
    invalid: [
      {
        code: "def profile(session, name):\n    query = f\"for $u in db:get('users')//user[name = '{name}'] return $u\"\n    return session.execute('xquery ' + query)",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "from flask import request\ndef f(session):\n    return session.execute(\"xquery //user[name = '\" + request.args['n'] + \"']\")",
        line: 3,
      },
    ],
  },
});
