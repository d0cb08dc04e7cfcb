import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, perTree } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule, SECRET_NAME } from "./common.js";

const LITERALS = new Set(["string", "concatenated_string", "integer", "float"]);
/** A string read from the request or the environment (headers, query, form, cookies, os.environ). */
const STRING_READ =
  /^(os\.environ(\.get\(|\[)|os\.getenv\(|(flask\.)?request\.(headers|args|form|cookies|values|GET|POST|META)(\.get\(|\[))/;

/** Places where a name is a value handed on (not a comparison operand, not the name being bound). */
const VALUE_PARENTS = new Set([
  "argument_list",
  "tuple",
  "list",
  "set",
  "expression_list",
  "pair",
  "return_statement",
  "yield",
  "subscript",
  "keyword_argument",
  "default_parameter",
  "typed_default_parameter",
  "conditional_expression",
]);

/**
 * Upper-case names the module itself hands on as values (`yield START, data`, `tag(START)`, `axis = ATTRIBUTE`,
 * `{READ: {}}`): such a constant is a sentinel token, and the value later compared with `is` is that very object,
 * so identity is the intended test. A constant that only ever appears in comparisons is compared with values made
 * elsewhere, where equal strings are separate objects.
 */
const tokenNames = perTree((ctx: PythonContext): Set<string> => {
  const out = new Set<string>();
  for (const n of ctx.tree.nodes) {
    if (n.type !== "identifier") continue;
    const p = n.parent;
    if (!p) continue;
    const name = ctx.text(n);
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
    // `DESCENDANT = Axis.DESCENDANT`: a class's constant bound to another name is handed on as an object (the
    // class is a namespace of tokens, its values given out by `getattr(cls, name)` and compared by identity).
    if (
      n.field === "attribute" &&
      p.type === "attribute" &&
      p.field === "right" &&
      p.parent?.type === "assignment"
    ) {
      out.add(name);
      continue;
    }
    if (n.field === "name" || (p.type === "subscript" && n.field !== "subscript")) continue;
    if (VALUE_PARENTS.has(p.type) || (p.type === "assignment" && n.field === "right")) out.add(name);
  }
  return out;
});

/** CPython keeps one object per int in -5..256 (and PyPy compares ints by value), so `kind is TAG` with TAG = 2 works. */
function smallInt(ctx: PythonContext, v: SyntaxNode | null | undefined): boolean {
  if (v?.type !== "integer") return false;
  const n = Number(ctx.text(v).replace(/_/g, ""));
  return Number.isInteger(n) && n >= -5 && n <= 256;
}

export default pyRule({
  meta: {
    id: "PY-IS-001",
    title: "Identity comparison (is) with a literal",
    cwe: ["CWE-595", "CWE-697"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `x is 'literal'` and `x is not 42`: identity tests against string or number literals, or against a string read from the request or the environment (`request.headers.get(...) is API_KEY`).",
      why_bad:
        "`is` compares object identity, not value: whether two equal strings or numbers are the same object depends on interning and the interpreter, so a role or status check passes or fails at random.",
      example_bad: "def is_admin(role):\n    return role is 'admin'",
      example_good: "def is_admin(role):\n    return role == 'admin'",
    },
    fix_hint: "Compare values with == / != (keep `is` for None, True, False and sentinels).",
  },
  // Literals may carry a prefix (`reply is b"PONG"`); `x is obj.attr` reaches the caller-values check below.
  trigger:
    /\bis\s+(not\s+)?([bBrRuU]{0,2}['"]|-?\d|[a-z_]\w*(\.\w+)?\s*(:|$)|[A-Z][A-Z0-9_]*\b|os\.(environ|getenv)|request\.)/m,
  nodeTypes: ["comparison_operator"],
  detect(node, ctx, report) {
    const ops = node.children.filter((c) => !c.named).map((c) => c.type);
    if (!ops.includes("is") && !ops.includes("is not")) return;
    const operands = namedChildren(node);
    // `role is ADMIN_ROLE` with ADMIN_ROLE = "admin": a module constant holding a literal is the literal.
    const lit = operands.find(
      (o) =>
        LITERALS.has(o.type) ||
        (o.type === "identifier" &&
          /^[A-Z][A-Z0-9_]*$/.test(ctx.text(o)) &&
          LITERALS.has(ctx.resolve(o)?.type ?? "") &&
          !smallInt(ctx, ctx.resolve(o)) &&
          !tokenNames(ctx).has(ctx.text(o))),
    );
    if (lit) {
      report({ node, message: `identity comparison with the literal ${ctx.text(lit).slice(0, 30)}` });
      return;
    }
    // `request.headers.get("X-Api-Key") is API_KEY` with API_KEY = os.environ["API_KEY"]: a string read from
    // the request or the environment is a new object each time, so the test fails for the right key (or, with
    // `is not`, a deny check never denies).
    // Tested first and cheaply: `x is None` is most of the identity tests in real code.
    const plain = operands.length === 2 && !operands.some((o) => /^(none|true|false)$/.test(o.type));
    const text =
      plain &&
      operands.find((o) => {
        const v = o.type === "identifier" ? (ctx.resolve(o) ?? o) : o;
        return STRING_READ.test(ctx.text(v));
      });
    // `os.getenv('X', missing) is missing`: the read gives back the sentinel object it was handed as its default
    // when the key is absent; identity with that same object is the test meant.
    const other = text ? operands.find((o) => o !== text) : undefined;
    const read = !text ? undefined : text.type === "identifier" ? ctx.resolve(text) : text;
    const sentinel =
      !!other &&
      other.type === "identifier" &&
      read?.type === "call" &&
      ctx.text(ctx.args(read)[1] ?? read) === ctx.text(other);
    if (text && !sentinel) {
      report({
        node,
        message: `${ctx.text(text).slice(0, 40)} is a string compared by identity, not by value`,
      });
      return;
    }
    // `if provided is expected:` in a token/password check: two caller values compared by identity, with no
    // == anywhere in the function (an `a is b` fast path before a real comparison is fine). A caller value is a
    // parameter, an attribute of one (`supplied is user.password`) or a local (`stored = TOKENS.get(user)`); at
    // least one side must be a parameter, and the function or an operand must be named for a secret or a check.
    const fn = ctx.enclosingFunction(node);
    if (!fn || operands.length !== 2) return;
    const params = ctx.paramNames(fn);
    const base = (o: SyntaxNode): SyntaxNode | undefined =>
      o.type === "identifier"
        ? o
        : o.type === "attribute" && field(o, "object")?.type === "identifier"
          ? (field(o, "object") ?? undefined)
          : undefined;
    const bases = operands.map(base);
    if (bases.some((b) => !b) || !bases.some((b, i) => b === operands[i] && params.includes(ctx.text(b!))))
      return;
    // A local is a caller value only when assigned inside this function: not a module sentinel, a class or a
    // builtin type (`item_type is not str` is how a type is compared).
    const assigned = (n: string) =>
      descendants(fn).some(
        (d) =>
          d.type === "assignment" &&
          field(d, "left")?.type === "identifier" &&
          ctx.text(field(d, "left")!) === n,
      );
    if (bases.some((b) => !params.includes(ctx.text(b!)) && !assigned(ctx.text(b!)))) return;
    // An object against an attribute of itself (`entity._root_ is not entity`) asks about identity by nature.
    if (operands.some((o, i) => o.type === "attribute" && ctx.text(bases[i]!) === ctx.text(operands[1 - i]!)))
      return;
    const name = ctx.text(field(fn, "name") ?? fn);
    if (
      (/token|passw|secret|key|hash|digest|sig|auth|cred|check|verify|valid|match/i.test(name) ||
        operands.some((o) => SECRET_NAME.test(ctx.text(o).replace(/^.*\./, "")))) &&
      !descendants(fn).some((d) => d.type === "==")
    )
      report({ node, message: `${ctx.text(node)} compares two values by identity, not by value` });
  },
  cases: {
    valid: [
      "MISSING = object()\ndef f(x):\n    return x is MISSING",
      "import os\ndef gatenews():\n    missing = object()\n    if os.getenv('_APP_RUNNER', missing) is missing:\n        raise SystemExit('run by the runner only')",
      "def f(x):\n    return x is None",
      "from flask import request\ndef f():\n    return request.args.get('q') is None",
      "import os\nKEY = os.environ.get('K')\ndef f():\n    return KEY is not None",
      "def f(x):\n    return x is not MISSING",
      "def f(a, b):\n    return a is b",
      "def same_node(node, other):\n    return node.parent is other",
      "def verify_tree(node):\n    first = node.children[0]\n    return first is node.head",
      "def validate_item(item_type, item):\n    if item_type is not str:\n        return item",
      "def _check_options(entity):\n    if entity._root_ is not entity:\n        raise TypeError()",
      "def same_key(a, b):\n    if a is b:\n        return True\n    return a == b",
      // Sentinel tokens the module hands on itself: the compared value is the constant object.
      "START = 0\nEND = 1\ndef events(text):\n    yield START, text\n    yield END, text\ndef opens(stream):\n    return [d for k, d in stream if k is START]",
      "ATTR = 'attribute'\ndef parse(tok):\n    axis = ATTR if tok == '@' else None\n    return axis\ndef is_attr(step):\n    return step[0] is ATTR",
      "READ = 'read'\nlisteners = {READ: {}}\ndef check(evtype):\n    assert evtype is READ",
      "START = 0\nTAG = 2\ndef f(kind):\n    if kind is TAG:\n        raise ValueError()",
      // A namespace class's constants re-bound at module level: the parser hands out the class's own objects.
      "class Axis:\n    CHILD = 'child'\n    DESCENDANT = 'descendant'\n    @classmethod\n    def forname(cls, name):\n        return getattr(cls, name.upper(), None)\nCHILD = Axis.CHILD\nDESCENDANT = Axis.DESCENDANT\ndef deep(step):\n    return step[0] is DESCENDANT",
    ],
    invalid: [
      // The default is another object than the one compared with.
      "import os\nMARK = object()\ndef f(expected):\n    return os.getenv('ROLE', MARK) is expected",
      "ADMIN = 'admin'\ndef is_admin(user):\n    return user.role is ADMIN",
      "LIMIT = 1000\ndef over(n):\n    return n is LIMIT",
      "def f(role):\n    return role is 'admin'",
      "def check_token(provided, expected):\n    if provided is expected:\n        return True\n    return False",
      "def token_valid(presented: str, stored: str) -> bool:\n    return presented is stored",
      "def f(code):\n    if code is not 200:\n        raise ValueError()",
      "import os\nfrom flask import request\nKEY = os.environ['API_KEY']\ndef check():\n    if not (request.headers.get('X-Api-Key') is KEY):\n        raise PermissionError()",
      "import os\ndef f(tok):\n    return tok is os.getenv('TOKEN')",
      // Prefixed literals and caller values reached through an attribute or a local.
      "def ping(s):\n    reply = s.recv(16)\n    return reply is b'PONG'",
      "def check_password(user, supplied):\n    return supplied is user.password",
      "TOKENS = {}\ndef verify(user, presented):\n    stored = TOKENS.get(user)\n    return stored is not None and stored is presented",
    ],
  },
});
