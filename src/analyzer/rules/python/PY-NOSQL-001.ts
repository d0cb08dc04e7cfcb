import { Level, type PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { pyRule } from "./common.js";

/** MongoDB operators whose value is JavaScript the server runs. */
const JS_OPERATORS = /^(\$where|\$function|\$accumulator)$/;
const QUERY_METHODS =
  /^(find|find_one|find_one_and_update|find_one_and_delete|find_one_and_replace|count_documents|count|delete_one|delete_many|update_one|update_many|aggregate|distinct|map_reduce)$/;

/** The first `$where`-style pair in a query document (nested documents and lists included). */
function jsOperator(ctx: PythonContext, doc: SyntaxNode, depth = 0): SyntaxNode | undefined {
  if (depth > 4) return undefined;
  if (doc.type === "list") {
    for (const e of namedChildren(doc)) {
      const hit = jsOperator(ctx, e, depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  if (doc.type !== "dictionary") return undefined;
  for (const pair of namedChildren(doc)) {
    if (pair.type !== "pair") continue;
    const key = ctx.stringValue(field(pair, "key"));
    const value = field(pair, "value");
    if (key && JS_OPERATORS.test(key)) return value;
    if (value) {
      const hit = jsOperator(ctx, value, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-NOSQL-001",
    title: "MongoDB query runs JavaScript built from non-literal data",
    cwe: ["CWE-943"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags pymongo/motor queries whose $where, $function or $accumulator operand (server-side JavaScript) is not a literal.",
      why_bad:
        "The operand is JavaScript the database evaluates for every document: spliced-in input can change the query's logic or exhaust the server.",
      example_bad:
        "def find_user(db, name):\n    return db.users.find_one({'$where': \"this.name == '\" + name + \"'\"})",
      example_good: "def find_user(db, name):\n    return db.users.find_one({'name': name})",
    },
    fix_hint:
      "Use ordinary query operators ({'name': value}, $eq, $in, $regex with re.escape) instead of $where.",
  },
  trigger: /\$where|\$function|\$accumulator/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (!QUERY_METHODS.test(ctx.method(node))) return;
    const doc = ctx.resolve(ctx.args(node)[0]) ?? ctx.args(node)[0];
    const js = doc ? jsOperator(ctx, doc) : undefined;
    if (!js) return;
    const level = ctx.level(js, "sql");
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `$where JavaScript built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
    });
  },
  cases: {
    valid: [
      "def f(db, name):\n    return db.users.find_one({'name': name})",
      "def f(db):\n    return db.users.find({'$where': 'this.a > this.b'})",
    ],
    invalid: [
      {
        code: "def f(db, name):\n    return db.users.find({'$where': \"this.n == '\" + name + \"'\"})",
        line: 2,
      },
      {
        code: "from flask import request\ndef f(db):\n    return db.users.find({'$and': [{'$where': request.args['js']}]})",
        line: 3,
        severity: "CRITICAL",
      },
    ],
  },
});
