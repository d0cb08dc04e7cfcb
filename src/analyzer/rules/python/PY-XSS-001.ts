import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Expressions a view may return as its body text (not a dict/list for JSON, not a response object). */
const BODY_SHAPES = new Set([
  "binary_operator",
  "string",
  "concatenated_string",
  "call",
  "identifier",
  "subscript",
  "attribute",
  "conditional_expression",
  "parenthesized_expression",
]);
/** Calls whose result is a response, JSON or a URL rather than body text. */
const NOT_TEXT =
  /(^|\.)(jsonify|make_response|Response|render_template|redirect|send_file|send_from_directory|abort|HttpResponse\w*|JsonResponse|url_for|dumps|loads)$/;
const STRING_BUILDERS = /^(format|join|replace|strip|lstrip|rstrip|decode|lower|upper|format_map)$/;

/** Names of helpers whose result a view returns as is (`return handle_post()` inside a route), per file. */
const viewReturned = new WeakMap<PythonContext, Set<string>>();

function returnedByView(ctx: PythonContext, fn: SyntaxNode): boolean {
  const name = field(fn, "name");
  if (!name) return false;
  let names = viewReturned.get(ctx);
  if (!names) {
    // One pass per file: this runs for every return statement outside a route.
    names = new Set();
    for (const c of ctx.tree.nodes) {
      if (c.type !== "call" || c.parent?.type !== "return_statement") continue;
      const caller = ctx.enclosingFunction(c);
      if (caller && ctx.isEntryFunction(caller)) names.add(ctx.callee(c));
    }
    viewReturned.set(ctx, names);
  }
  const n = ctx.text(name);
  return names.has(n);
}

export default pyRule({
  meta: {
    id: "PY-XSS-001",
    title: "Request data reflected into HTML without escaping",
    cwe: ["CWE-79"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "autoescaping is switched off, but no request data was traced into a template",
      },
    ],
    docs: {
      what_it_does:
        "Flags web handlers that return or wrap (make_response, HttpResponse, Markup) strings built from request data without html.escape, and jinja2 environments with autoescape=False.",
      why_bad:
        "Markup in the value runs as script in other users' browsers, stealing sessions or acting on their behalf.",
      example_bad:
        "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/hi')\ndef hi():\n    return '<h1>Hello ' + request.args.get('name', '') + '</h1>'",
      example_good:
        "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/hi')\ndef hi():\n    return '<h1>Hello ' + html.escape(request.args.get('name', '')) + '</h1>'",
    },
    fix_hint:
      "Render through templates with autoescaping on, or escape values with html.escape / markupsafe.escape.",
  },
  trigger:
    /route|make_response|HttpResponse|Response\(|Markup|mark_safe|Environment|@\w+\.(get|post|put|delete|patch)\(/,
  nodeTypes: ["return_statement", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (/^(jinja2\.Environment|Environment)$/.test(q) && ctx.kwarg(node, "autoescape")?.type === "false") {
        report({ node, severity: "MEDIUM", message: "autoescaping disabled" });
        return;
      }
      if (
        !/^(flask\.make_response|make_response|django\.http\.HttpResponse|HttpResponse|markupsafe\.Markup|flask\.Markup|Markup|mark_safe|django\.utils\.safestring\.mark_safe|flask\.Response|werkzeug\.wrappers\.Response|Response)$/.test(
          q,
        )
      )
        return;
      // A body declared as something other than HTML (JSON, plain text) is not rendered as markup.
      const type = ctx.stringValue(ctx.kwarg(node, "mimetype") ?? ctx.kwarg(node, "content_type"));
      if (type !== undefined && !/html/i.test(type)) return;
      const body = ctx.args(node)[0] ?? ctx.kwarg(node, "response") ?? ctx.kwarg(node, "content");
      if (body && ctx.level(body, "html") === Level.SOURCE)
        report({ node, message: `${q}() wraps request data without escaping` });
      return;
    }
    const fn = ctx.enclosingFunction(node);
    if (!fn || !(ctx.isEntryFunction(fn) || returnedByView(ctx, fn))) return;
    let value = node.children.find((c) => c.named);
    // `return body, 200` / `return body, 200, headers`: the first element is the body.
    if (value?.type === "expression_list" || value?.type === "tuple")
      value = value.children.find((c) => c.named);
    // `html = '<p>%s</p>' % v; return html`: the shape is where the name was built. A Flask view's returned
    // string is served as text/html, markup or not; dicts and lists become JSON, other calls are responses
    // (judged by the call branch) or values we cannot see.
    if (!value || !BODY_SHAPES.has(value.type)) return;
    if (value.type === "call" && !STRING_BUILDERS.test(ctx.method(value)) && ctx.callee(value) !== "str")
      return;
    if (value.type === "identifier") {
      // A name is judged by what it was built from: not a dict/list (JSON) nor a response object.
      const built = ctx.resolve(value);
      if (!built || !BODY_SHAPES.has(built.type)) return;
      if (built.type === "call" && NOT_TEXT.test(ctx.callee(built))) return;
    }
    if (ctx.level(value, "html") === Level.SOURCE)
      report({ node, message: "HTML response built from request data without escaping" });
  },
  cases: {
    valid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return {'q': request.args.get('q')}",
      "from flask import Flask, request, jsonify\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    r = jsonify(q=request.args['q'])\n    return r",
      "from flask import Response, request\ndef f():\n    return Response(request.args['q'], mimetype='text/plain')",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    d = {'q': request.args['q']}\n    return d",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return g(request.args['q'])\ndef g(v):\n    return 'saved'",
    ],
    invalid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return f\"<p>{request.args.get('q')}</p>\"",
      "import urllib.parse\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    p = urllib.parse.unquote_plus(request.query_string.decode())\n    r = ''\n    r += p\n    return r",
      "from flask import make_response, request\nmake_response(request.args['x'])",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    html = '<b>%s</b>' % request.args['q']\n    return html",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return g()\ndef g():\n    out = ''\n    out += request.args['q']\n    return out, 200",
      "from flask import Response, request\ndef f():\n    return Response('<p>' + request.args['q'] + '</p>')",
    ],
  },
});
