import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A literal that is HTML markup: an opening or closing tag of a common element. */
const HTML_TAG =
  /<\/?\s*(html|body|head|title|div|p|span|a|h[1-6]|li|ul|ol|td|th|tr|table|b|i|em|strong|pre|code|img|form|input|label|section|article|small|blockquote|option|textarea)\b[^<>]*>/i;

/** Calls that make a value safe for HTML (or a number): what is interpolated through them is not raw text. */
const SAFE_WRAP =
  /^((html|cgi|markupsafe|flask|jinja2|bleach|django\.utils\.html|xml\.sax\.saxutils)\.)?(escape|conditional_escape|clean|quote|quoteattr|urlencode|int|float|len|round|abs|bool|format_html|striptags)$|\.(escape|clean)$/;

/** The values a returned string interpolates: f-string fields, `%` operands, `+` operands, `.format()` arguments. */
function interpolated(ctx: PythonContext, v: SyntaxNode): { parts: SyntaxNode[]; literal: string } {
  const parts: SyntaxNode[] = [];
  let literal = "";
  const visit = (n: SyntaxNode | undefined, depth: number): void => {
    if (!n || depth > 6) return;
    if (n.type === "parenthesized_expression") return visit(namedChildren(n)[0], depth + 1);
    if (n.type === "string" || n.type === "concatenated_string") {
      for (const d of [n, ...descendants(n)]) {
        if (d.type === "string_content") literal += ctx.text(d);
        // `{name}` but not `{n:d}`: a numeric format spec renders no markup.
        if (d.type === "interpolation" && !namedChildren(d).some((c) => c.type === "format_specifier"))
          parts.push(field(d, "expression") ?? namedChildren(d)[0]!);
      }
      return;
    }
    if (n.type === "binary_operator") {
      const op = n.children.find((c) => !c.named)?.type;
      if (op === "+") {
        for (const side of [field(n, "left"), field(n, "right")]) {
          if (!side) continue;
          if (/^(string|concatenated_string|binary_operator|parenthesized_expression|call)$/.test(side.type))
            visit(side, depth + 1);
          if (
            side.type !== "string" &&
            side.type !== "concatenated_string" &&
            side.type !== "binary_operator"
          )
            parts.push(side);
        }
        return;
      }
      if (op === "%") {
        const fmt = field(n, "left");
        visit(fmt, depth + 1);
        // `%d` / `%i` / `%f` render numbers only; a template of those alone interpolates no text.
        if (fmt && !/%[-#0 +]*\d*(\.\d+)?[sr]/.test(ctx.text(fmt))) return;
        const r = field(n, "right");
        if (r?.type === "tuple" || r?.type === "parenthesized_expression") parts.push(...namedChildren(r));
        else if (r) parts.push(r);
        return;
      }
      return;
    }
    if (n.type === "call" && ctx.method(n) === "format") {
      const fn = field(n, "function");
      visit(fn ? field(fn, "object") : undefined, depth + 1);
      for (const a of ctx.args(n)) parts.push(a.type === "keyword_argument" ? (field(a, "value") ?? a) : a);
    }
  };
  visit(v, 0);
  return { parts, literal };
}

/** A parameter of `fn` (or an attribute read off one) that reaches the markup unescaped. */
function rawParam(ctx: PythonContext, fn: SyntaxNode, n: SyntaxNode): string | undefined {
  let root = n;
  while (root.type === "attribute") root = field(root, "object") ?? root;
  if (root.type !== "identifier") return undefined;
  const name = ctx.text(root);
  if (name === "self" || name === "cls" || !ctx.paramNames(fn).includes(name)) return undefined;
  // A parameter declared as a number, or with a numeric default, holds no markup.
  for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
    const id =
      p.type === "identifier"
        ? p
        : (field(p, "name") ?? namedChildren(p).find((c) => c.type === "identifier"));
    if (!id || ctx.text(id) !== name) continue;
    if (/^(int|float|bool|Decimal)$/.test(ctx.text(field(p, "type") ?? id).trim())) return undefined;
    if (/^(integer|float|true|false)$/.test(field(p, "value")?.type ?? "")) return undefined;
  }
  // Escaped (or re-bound) anywhere in the function: `name = html.escape(name)`.
  const body = ctx.text(field(fn, "body") ?? fn);
  if (
    new RegExp(
      `\\b(escape|clean|quote|conditional_escape)\\(\\s*${name}\\b|^\\s*${name}\\s*=(?!=)`,
      "m",
    ).test(body)
  )
    return undefined;
  return name;
}

export default pyRule({
  meta: {
    id: "PY-XSS-002",
    title: "HTML built from a function's parameter without escaping",
    cwe: ["CWE-79", "CWE-80"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags functions outside web handlers that return an HTML string (a literal with markup tags) built by an f-string, `%`, `+` or `.format()` from one of their parameters with no html.escape (LOW: the callers decide whether the text is the user's; handlers that return it are PY-XSS-001's).",
      why_bad:
        "An HTML fragment helper is called with comments, names and messages that users typed: every caller has to remember to escape first, and one that forgets serves the user's <script> to everyone who views the page.",
      example_bad: 'def render_comment(author, text):\n    return f"<p><b>{author}</b>: {text}</p>"',
      example_good:
        'import html\ndef render_comment(author, text):\n    return f"<p><b>{html.escape(author)}</b>: {html.escape(text)}</p>"',
    },
    fix_hint:
      "Escape each value where the markup is built (html.escape, markupsafe.escape) or render through an autoescaping template.",
  },
  // A tag name after `<` or `</` (literals the one scan can find; HTML_TAG decides on the string itself).
  trigger:
    /(?<=<\/?)(?:html|body|head|title|div|p |p>|span|a |a>|h1|h2|h3|h4|h5|h6|li|ul|ol|td|th|tr|table|b>|i>|em>|strong|pre|code|img|form|input|label|section|article|small|blockquote|option|textarea)/i,
  nodeTypes: ["return_statement"],
  detect(node, ctx, report) {
    const fn = ctx.enclosingFunction(node);
    if (!fn || ctx.isEntryFunction(fn)) return;
    // __repr__/__str__ and friends describe the object for developers, not pages.
    const fname = ctx.text(field(fn, "name") ?? fn);
    if (/^__\w+__$/.test(fname)) return;
    // A template filter or tag: the engine autoescapes a plain str it returns (Django's simple_tag, Jinja2's filters).
    const up = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    if (
      up &&
      /@[\w.]*(filter|simple_tag|template_global|tag)\b/.test(ctx.text(up).slice(0, fn.start - up.start))
    )
      return;
    let v = namedChildren(node)[0];
    if (v?.type === "identifier") {
      const r = ctx.resolve(v);
      if (r && r !== v) v = r;
    }
    if (!v) return;
    const { parts, literal } = interpolated(ctx, v);
    if (!HTML_TAG.test(literal)) return;
    // A helper this file calls: the data flow judges what its callers pass (PY-XSS-001 follows a view's helper
    // and its arguments). Only a helper whose callers are out of sight (library code) is flagged here.
    if ((ctx.tree.source.match(new RegExp(`\\b${fname}\\s*\\(`, "g")) ?? []).length > 1) return;
    for (const p of parts) {
      if (p.type === "call" && SAFE_WRAP.test(ctx.callee(p))) continue;
      const name = rawParam(ctx, fn, p);
      if (!name) continue;
      report({
        node,
        message: `HTML is built from the parameter ${name} without escaping: a caller passing user text injects markup`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "import html\ndef page(msg):\n    return f'<div class=\"error\">{html.escape(msg)}</div>'",
      "def row(n: int):\n    return f'<td>{n}</td>'",
      "def row(count):\n    return '<td>%d</td>' % count",
      "def head(title):\n    return f'# {title}\\n'",
      "from markupsafe import escape\ndef card(name):\n    name = escape(name)\n    return '<b>' + name + '</b>'",
      "class U:\n    def __repr__(self):\n        return f'<User {self.name}>'",
      "def link(n):\n    return f'<a href=\"/p/{n:d}\">next</a>'",
      "from django import template\nregister = template.Library()\n@register.simple_tag\ndef badge(label):\n    return f'<span class=\"badge\">{label}</span>'",
      // Called in this file with a constant: the data flow decides.
      "def page(msg):\n    return f'<div>{msg}</div>'\nBODY = page('Not found')",
    ],
    invalid: [
      "def page(msg):\n    return f'<div class=\"error\">{msg}</div>'",
      "def card(user):\n    return '<b>' + user.name + '</b>'",
      "def item(label, url):\n    html = '<li><a href=\"{}\">{}</a></li>'.format(url, label)\n    return html",
      "def greet(name):\n    return '<h1>Hello %s</h1>' % name",
    ],
  },
});
