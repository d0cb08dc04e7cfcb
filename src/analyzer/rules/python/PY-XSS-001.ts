import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

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
    if (!fn || !ctx.isEntryFunction(fn)) return;
    const value = node.children.find((c) => c.named);
    // `html = '<p>%s</p>' % v; return html`: the markup is where the name was built.
    const built = value?.type === "identifier" ? ctx.resolve(value) : value;
    if (
      !value ||
      !built ||
      (built.type !== "binary_operator" && built.type !== "string" && built.type !== "call")
    )
      return;
    if (built.type === "call" && ctx.method(built) !== "format") return;
    if (!/<\w/.test(ctx.text(built))) return;
    if (ctx.level(value, "html") === Level.SOURCE)
      report({ node, message: "HTML response built from request data without escaping" });
  },
  cases: {
    valid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return {'q': request.args.get('q')}",
      "from flask import Response, request\ndef f():\n    return Response(request.args['q'], mimetype='text/plain')",
    ],
    invalid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return f\"<p>{request.args.get('q')}</p>\"",
      "from flask import make_response, request\nmake_response(request.args['x'])",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    html = '<b>%s</b>' % request.args['q']\n    return html",
      "from flask import Response, request\ndef f():\n    return Response('<p>' + request.args['q'] + '</p>')",
    ],
  },
});
