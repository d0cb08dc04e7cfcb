import { Level } from "../../dataflow/python.js";
import { isBuiltString, pyRule, sourceHas } from "./common.js";

const TORNADO = /^\s*(import|from)\s+tornado\b/m;

/** Calls that declare their argument to be markup: whatever it holds is emitted unescaped. */
const MARK_SAFE =
  /^(markupsafe\.Markup|flask\.Markup|jinja2\.Markup|Markup|mark_safe|django\.utils\.safestring\.(mark_safe|SafeString|SafeText)|SafeString|SafeText|django\.utils\.html\.format_html|format_html)$/;

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
      {
        severity: "LOW",
        when: "markup marked safe (or a jinja2 environment left at its autoescape=False default, or a Django filter declared is_safe) holds a caller's value, not traced to request data",
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
    /route|make_response|HttpResponse|Markup|mark_safe|Safe(String|Text)|format_html|html_message|text\/html|Environment|Template\(|is_safe|Context\(|HTMLResponse|self\.(write|finish)|@\w+\.(get|post|put|delete|patch)\(/,
  nodeTypes: ["return_statement", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (/^(jinja2\.Environment|Environment)$/.test(q) && ctx.kwarg(node, "autoescape")?.type === "false") {
        report({ node, severity: "MEDIUM", message: "autoescaping disabled" });
        return;
      }
      if (
        /^(django\.template\.Context|django\.template\.context\.Context)$/.test(q) &&
        ctx.kwarg(node, "autoescape")?.type === "false"
      ) {
        report({ node, severity: "MEDIUM", message: "autoescaping disabled" });
        return;
      }
      if (/^(filter|simple_tag)$/.test(ctx.method(node)) && ctx.kwarg(node, "is_safe")?.type === "true") {
        // Django passes a filter's output through unescaped when it declares is_safe.
        report({
          node,
          severity: "LOW",
          message: "template filter declared is_safe: its output is not escaped",
        });
        return;
      }
      if (/^(jinja2\.Environment|jinja2\.Template)$/.test(q) && !ctx.kwarg(node, "autoescape")) {
        report({
          node,
          severity: "LOW",
          message: `${q.split(".").pop()} without autoescape (jinja2's default is off)`,
        });
        return;
      }
      if (/^(django\.core\.mail\.)?(send_mail|send_mass_mail|mail_admins|mail_managers)$/.test(q)) {
        // An HTML mail body is rendered by the recipient's mail client.
        const html = ctx.kwarg(node, "html_message");
        if (html && ctx.level(html, "html") === Level.SOURCE)
          report({ node, message: "request data in an HTML e-mail body without escaping" });
        return;
      }
      if (/^(aiohttp\.web\.Response|pyramid\.response\.Response)$/.test(q)) {
        // The body is HTML only when the response says so.
        const type = ctx.stringValue(ctx.kwarg(node, "content_type")) ?? "";
        const body = ctx.kwarg(node, "text") ?? ctx.kwarg(node, "body") ?? ctx.args(node)[0];
        if (/html/i.test(type) && body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: `${q}() returns request data as HTML without escaping` });
        return;
      }
      if (MARK_SAFE.test(q)) {
        // format_html escapes its arguments but not its format string.
        const markup = ctx.args(node)[0];
        if (!markup) return;
        const level = ctx.level(markup, "html");
        if (level === Level.SOURCE) report({ node, message: `${q}() marks request data as safe markup` });
        else if (level === Level.PARAM && isBuiltString(ctx, markup))
          report({
            node,
            severity: "LOW",
            message: `${q}() marks a string built from a caller's value as safe`,
          });
        return;
      }
      if (
        !/^(flask\.make_response|make_response|django\.http\.HttpResponse|HttpResponse|fastapi\.responses\.HTMLResponse|starlette\.responses\.HTMLResponse|HTMLResponse|self\.write|self\.finish|markupsafe\.Markup|flask\.Markup|Markup|mark_safe|django\.utils\.safestring\.mark_safe)$/.test(
          q,
        )
      )
        return;
      // self.write/finish are tornado's response body only inside a tornado RequestHandler.
      if (/^self\.(write|finish)$/.test(q) && !sourceHas(ctx, TORNADO)) return;
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
      "from aiohttp import web\nasync def h(request):\n    return web.Response(text=request.query['n'])",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return {'q': request.args.get('q')}",
      "import sys\nclass Out:\n    def send(self):\n        self.write(sys.stdin.readline())",
      "from django.utils.html import format_html\ndef v(request):\n    return format_html('<b>{}</b>', request.GET['n'])",
      "from django.utils.safestring import mark_safe\nHR = mark_safe('<hr/>')",
      "import jinja2\nenv = jinja2.Environment(autoescape=jinja2.select_autoescape())",
    ],
    invalid: [
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/c', methods=['POST'])\ndef c():\n    text = request.form['text']\n    html = '<p>' + text + '</p>'\n    return html",
      {
        code: "from aiohttp import web\nasync def h(request):\n    return web.Response(text='<b>' + request.query['n'] + '</b>', content_type='text/html')",
        line: 3,
      },
      {
        code: "from django.core.mail import send_mail\ndef v(request):\n    send_mail('s', 't', 'a@x', ['b@x'], html_message=request.POST['h'])",
        line: 3,
      },
      {
        code: "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write('<b>' + self.get_argument('n') + '</b>')",
        line: 4,
      },
      {
        code: "from django import template\nregister = template.Library()\n@register.filter(is_safe=True)\ndef f(v):\n    return v",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from django.template import Context\nctx = Context({'a': 1}, autoescape=False)",
        line: 2,
        severity: "MEDIUM",
      },
      {
        code: "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    html = '<h1>%s</h1>' % request.args['u']\n    return html",
        line: 6,
      },
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return f\"<p>{request.args.get('q')}</p>\"",
      "from flask import make_response, request\nmake_response(request.args['x'])",
      {
        code: "from django.utils.html import format_html\ndef v(request):\n    n = request.GET['n']\n    return format_html('<b>' + n + '</b>')",
        line: 4,
      },
      {
        code: "from django.utils.safestring import SafeString\ndef tag(t):\n    return SafeString('<i>' + t + '</i>')",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import jinja2\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader('t'))",
        line: 2,
        severity: "LOW",
      },
    ],
  },
});
