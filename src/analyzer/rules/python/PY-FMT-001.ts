import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, nodesOfType, perTree, sourceHas } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Each subscript or attribute target's text (`self.config['url_item']`) -> the values the file assigns to it. */
const storesByTarget = perTree((ctx: PythonContext) => {
  const m = new Map<string, SyntaxNode[]>();
  for (const a of nodesOfType(ctx.tree, "assignment")) {
    const l = field(a, "left");
    const r = field(a, "right");
    if (!l || !r || !/^(subscript|attribute)$/.test(l.type)) continue;
    const k = ctx.text(l).replace(/\s+/g, "").replace(/"/g, "'");
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
});

/**
 * `self.config['url_item'] % item_id` where every store to `self.config['url_item']` in the file fills a literal
 * template that escapes the directive it leaves for later (`"%(api)s/items/%%s" % self.config`), with fields stored
 * only as literals (`self.config['api'] = "https://..."`): the code made that format string from its own text.
 */
function builtTemplate(ctx: PythonContext, left: SyntaxNode): boolean {
  if (left.type !== "subscript" && left.type !== "attribute") return false;
  const stores = storesByTarget(ctx).get(ctx.text(left).replace(/\s+/g, "").replace(/"/g, "'"));
  if (!stores?.length) return false;
  return stores.every((r) => {
    let v: SyntaxNode | undefined = r;
    while (v?.type === "parenthesized_expression") v = namedChildren(v)[0];
    const t = v?.type === "binary_operator" ? field(v, "left") : undefined;
    const lit = t ? ctx.stringValue(t) : undefined;
    if (v?.type !== "binary_operator" || v.children.find((c) => !c.named)?.type !== "%" || !lit) return false;
    if (!/%%/.test(lit)) return false;
    // ... and each field the first pass fills (`%(api)s` from `self.config`) is stored only as a literal.
    const from = field(v, "right");
    if (!from || !/^(identifier|attribute)$/.test(from.type)) return false;
    const keys = [...lit.matchAll(/%\((\w+)\)/g)].map((k) => k[1]!);
    if (keys.length === 0 || /%(?!\()/.test(lit.replace(/%%/g, ""))) return false;
    return keys.every((k) => {
      const held = storesByTarget(ctx).get(`${ctx.text(from).replace(/\s+/g, "")}['${k}']`);
      return !!held?.length && held.every((h) => ctx.stringValue(h) !== undefined);
    });
  });
}

/**
 * A format argument that hands over a whole object or the configuration: `vars(order)`, `order.__dict__`,
 * `globals()`, `locals()`, the WSGI environ, a settings or config object (or a dict holding one).
 */
function exposesAll(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  if (!n) return false;
  const t = ctx.text(n).replace(/\s+/g, "");
  if (/^(vars\(\w[\w.]*\)|globals\(\)|locals\(\)|\w[\w.]*\.__dict__)$/.test(t)) return true;
  if ((n.type === "identifier" || n.type === "attribute") && /(^|[._])(environ|config|settings)$/.test(t))
    return true;
  return (
    n.type === "dictionary" &&
    namedChildren(n).some(
      (p) =>
        p.type === "pair" &&
        (exposesAll(ctx, field(p, "value")) ||
          // `{"name": ..., "api_key": ...}`: a record with a secret in it, which `%(api_key)s` reads out.
          SECRET_FIELD.test(ctx.stringValue(field(p, "key")) ?? "")),
    )
  );
}

/** A record's field that holds a credential. */
const SECRET_FIELD = /^(\w+_)?(password|passwd|password_hash|secret|api_?key|token|private_key|ssn)$/i;

/**
 * Files that read input (the rule's trigger before the whole-object forms widened it): only there is a format string
 * the data flow calls a source the user's. A test method's parameter in a file the `__dict__` form let in is not.
 */
const READS_INPUT =
  /request\.|\breq\.|self\.get_(query_|body_)?argument|\binput\(|\*\*\s*(globals|locals|vars)\(/;

export default pyRule({
  meta: {
    id: "PY-FMT-001",
    title: "Format string taken from untrusted input",
    cwe: ["CWE-134"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a caller's format string is given every module global or local (**globals(), **locals(), **vars()), a whole object (vars(x), x.__dict__), the configuration (environ, settings) or a record holding a password, key or token field",
      },
    ],
    docs: {
      what_it_does:
        "Flags str.format / format_map and %-formatting whose format string (not its arguments) comes from request data or other untrusted input; and (LOW) a caller's format string formatted with **globals(), **locals() or **vars(...), which hands it every name of the module.",
      why_bad:
        'A format string reads attributes and items of every argument: "{user.__class__.__init__.__globals__[SECRET_KEY]}" leaks configuration and secrets, and "%s" counts that do not match raise errors.',
      example_bad:
        "from flask import request\ndef greet(user):\n    return request.args['tpl'].format(user=user)",
      example_good:
        "from string import Template\nfrom flask import request\ndef greet(user):\n    return Template(request.args['tpl']).safe_substitute(name=user.name)",
    },
    fix_hint:
      "Keep format strings in the code; for user-chosen wording use string.Template.safe_substitute with plain values.",
  },
  // The format string must be the user's: files that read requests (web handlers of any framework: Flask/Django
  // `request.`, Falcon `req.`, Tornado `self.get_argument`) or input().
  trigger:
    /request\.|\breq\.|self\.get_(query_|body_)?argument|\binput\(|\*\*\s*(globals|locals|vars)\(|(?<=%\s*)vars\(|__dict__|format_map\(|vformat\(|(?<=['"]\w*)(password|passwd|secret|api_key|apikey|token|private_key|ssn)['"]\s*:/i,
  nodeTypes: ["call", "binary_operator"],
  detect(node, ctx, report) {
    if (node.type === "binary_operator") {
      if (node.children.find((c) => !c.named)?.type !== "%") return;
      const left = field(node, "left");
      // A literal on the left is an ordinary format; only a name or a call can hold the user's format string.
      if (!left || !/^(identifier|call|subscript|attribute)$/.test(left.type)) return;
      if (field(node, "right")?.type === "integer") return; // n % 2: arithmetic
      if (ctx.stringValue(left) !== undefined) return;
      const level = ctx.level(left, "code");
      if (level === Level.SOURCE && !builtTemplate(ctx, left)) {
        if (sourceHas(ctx.tree, READS_INPUT))
          report({ node, message: "%-format string taken from untrusted input" });
      }
      // fmt % vars(order): a caller's format reads every field of the record.
      else if (level === Level.PARAM && exposesAll(ctx, ctx.resolve(field(node, "right"))))
        report({
          node,
          severity: "LOW",
          message: "%-format of a caller's format string with a whole object or the configuration in reach",
        });
      return;
    }
    const m = ctx.method(node);
    // string.Formatter().format(fmt, ...) / .vformat(fmt, args, kwargs): the format string is the first argument.
    if (m === "vformat" || m === "format") {
      const fnode = field(node, "function");
      const made = ctx.resolve(fnode ? field(fnode, "object") : undefined);
      if (made?.type === "call" && /^string\.Formatter$/.test(ctx.callee(made))) {
        const fmt = ctx.args(node)[0];
        if (fmt && ctx.level(fmt, "code") === Level.SOURCE) {
          if (sourceHas(ctx.tree, READS_INPUT))
            report({ node, message: `Formatter.${m}() format string taken from untrusted input` });
        } else if (
          fmt &&
          ctx.level(fmt, "code") === Level.PARAM &&
          ctx
            .args(node)
            .slice(1)
            .some((a) => exposesAll(ctx, ctx.resolve(a)))
        )
          report({
            node,
            severity: "LOW",
            message: `Formatter.${m}() of a caller's format string with a whole object or the configuration in reach`,
          });
        return;
      }
    }
    const q = ctx.callee(node);
    // logging.Formatter(fmt) / basicConfig(format=fmt): the record's fields (and, with style="{", attributes walked
    // from its arguments) are what the user's format reads out of every log line.
    if (/^logging\.(Formatter|basicConfig)$/.test(q)) {
      const fmt = q === "logging.Formatter" ? ctx.arg(node, 0, "fmt") : ctx.kwarg(node, "format");
      if (
        ctx.stringValue(
          ctx.kwarg(node, "style") ?? (q === "logging.Formatter" ? ctx.args(node)[2] : undefined),
        ) === "$"
      )
        return;
      if (fmt && ctx.level(fmt, "code") === Level.SOURCE && sourceHas(ctx.tree, READS_INPUT))
        report({ node, message: "log format string taken from untrusted input" });
      return;
    }
    // `str.format(fmt, ...)` / `str.format_map(fmt, m)`: the unbound method, its format string first.
    const unbound = /^str\.(format|format_map)$/.test(q);
    if (m !== "format" && m !== "format_map") return;
    const recv = unbound ? ctx.args(node)[0] : field(field(node, "function") ?? node, "object");
    // Without arguments there is nothing for the format string to read.
    const args = field(node, "arguments");
    if (
      !recv ||
      recv.type === "string" ||
      recv.type === "concatenated_string" ||
      !args?.children.some((c) => c.named) ||
      (unbound && ctx.args(node).length < 2)
    )
      return;
    const level = ctx.level(recv, "code");
    if (level === Level.SOURCE) {
      if (sourceHas(ctx.tree, READS_INPUT))
        report({ node, message: `${m}() format string taken from untrusted input` });
    }
    // `fmt.format(**globals())`: whoever writes fmt reads any module global by name ({SECRET_KEY}) and walks
    // attributes from there; a parameter's template is as open as the caller's input.
    else if (level === Level.PARAM && m === "format_map" && exposesAll(ctx, ctx.resolve(ctx.args(node)[0])))
      report({
        node,
        severity: "LOW",
        message: "format_map() of a caller's format string with a whole object or the configuration in reach",
      });
    else if (level === Level.PARAM) {
      const everything = namedChildren(args)
        .filter((a) => a.type === "dictionary_splat")
        .map((a) => ctx.callee(namedChildren(a)[0] ?? a))
        .find((q) => /^(globals|locals|vars)$/.test(q));
      if (everything)
        report({
          node,
          severity: "LOW",
          message: `${m}() of a caller's format string with every name of **${everything}() in reach`,
        });
    }
  },
  cases: {
    valid: [
      "def receipt(order, fmt):\n    return fmt % (order.id, order.total)",
      "def row(fmt, a):\n    rec = {'name': a.name, 'email': a.email}\n    return fmt % rec",
      // The operator's own command line in a file the `__dict__` form lets in: no request, no input().
      "import sys\nclass Row:\n    def __init__(self, d):\n        self.__dict__ = d\ndef show(row):\n    fmt = sys.argv[1]\n    return fmt % {'id': row.id}",
      "def line(fmt, row):\n    return fmt.format_map(row)",
      "import string\nfrom flask import request\ndef f(user):\n    return string.Formatter().vformat('Hi {user.name} {q}', (), {'user': user, 'q': request.args['q']})",
      "from flask import request\ndef f(user):\n    return 'Hello {}'.format(request.args['name'])",
      "from flask import request\ndef f():\n    return '%s items' % request.args['n']",
      "import logging\nfrom flask import request\ndef f():\n    logging.Formatter(request.form['fmt'], style='$')\n    logging.Formatter('{message}', style='{')\n    return str.format('{}', request.args['n'])",
      "def f(fmt, user):\n    return fmt.format(user=user)",
      "NAME = 'x'\ndef f():\n    return '{NAME}'.format(**globals())",
      "import string\nfrom flask import request\ndef f(u):\n    return string.Template(request.args['t']).safe_substitute(name=u)",
      "from flask import request\ndef f():\n    n = int(request.args['n'])\n    return n % 7",
    ],
    invalid: [
      { code: "def receipt(order, fmt):\n    return fmt % vars(order)", line: 2, severity: "LOW" },
      {
        code: "def row(fmt, a):\n    rec = {'name': a.name, 'api_key': a.api_key}\n    return fmt % rec",
        line: 3,
        severity: "LOW",
      },
      {
        code: "def line(cfg, environ):\n    return cfg['log_format'].format_map(environ)",
        line: 2,
        severity: "LOW",
      },
      {
        code: "import string\nfrom . import settings\ndef banner(template, user):\n    return string.Formatter().vformat(template, (), {'user': user, 'settings': settings})",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import string\nfrom flask import request\ndef f(user):\n    return string.Formatter().vformat(request.args['t'], (), {'user': user})",
        line: 4,
      },
      {
        code: "class R:\n    def on_post(self, req, resp):\n        body = req.get_media()\n        resp.text = body['subject'].format(user=req.context.user)",
        line: 4,
      },
      "from flask import request\ndef f(user):\n    t = request.args.get('t', 'Hi {user.name}')\n    return t.format(user=user)",
      "from flask import request\ndef f(ev):\n    return request.form['fmt'] % ev",
      {
        code: "SECRET_KEY = 'k'\ndef render_banner(fmt):\n    return fmt.format(**globals())",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from flask import request\ndef greet(user):\n    return request.args['tpl'].format(user=user)",
        line: 3,
      },
      {
        code: "from flask import request\ndef greet(user):\n    return str.format(request.args['tpl'], user)",
        line: 3,
      },
      {
        code: "import logging\nfrom flask import request\ndef f():\n    h = logging.StreamHandler()\n    h.setFormatter(logging.Formatter(request.form['fmt'], style='{'))",
        line: 5,
      },
      {
        code: "from flask import request\ndef greet(user):\n    tpl = request.args.get('tpl', '{u.name}')\n    return tpl.format_map({'u': user})",
        line: 4,
      },
    ],
  },
});
