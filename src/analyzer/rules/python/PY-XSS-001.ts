import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-XSS-001",
    title: "Request data reflected into HTML without escaping",
    cwe: ["CWE-79", "CWE-80"],
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
    /route|make_response|HttpResponse|Markup|mark_safe|Environment|@\w+\.(get|post|put|delete|patch)\(/,
  nodeTypes: ["return_statement", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (/^(jinja2\.Environment|Environment)$/.test(q) && ctx.kwarg(node, "autoescape")?.type === "false") {
        report({ node, severity: "MEDIUM", message: "autoescaping disabled" });
        return;
      }
      if (
        !/^(flask\.make_response|make_response|django\.http\.HttpResponse|HttpResponse|markupsafe\.Markup|flask\.Markup|Markup|mark_safe|django\.utils\.safestring\.mark_safe)$/.test(
          q,
        )
      )
        return;
      const body = ctx.args(node)[0];
      if (body && ctx.level(body, "html") === Level.SOURCE)
        report({ node, message: `${q}() wraps request data without escaping` });
      return;
    }
    const fn = ctx.enclosingFunction(node);
    if (!fn || !ctx.isEntryFunction(fn)) return;
    const returned = node.children.find((c) => c.named);
    // `html = "<p>" + text + "</p>"; return html`: the page built in a local first.
    const value = returned?.type === "identifier" ? ctx.resolve(returned) : returned;
    if (!value || (value.type !== "binary_operator" && value.type !== "string" && value.type !== "call"))
      return;
    if (value.type === "call" && ctx.method(value) !== "format") return;
    if (!/<\w/.test(ctx.text(value))) return;
    if (ctx.level(value, "html") === Level.SOURCE)
      report({ node, message: "HTML response built from request data without escaping" });
  },
  cases: {
    valid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return {'q': request.args.get('q')}",
    ],
    invalid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/c', methods=['POST'])\ndef c():\n    text = request.form['text']\n    html = '<p>' + text + '</p>'\n    return html",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return f\"<p>{request.args.get('q')}</p>\"",
      "from flask import make_response, request\nmake_response(request.args['x'])",
    ],
  },
});
