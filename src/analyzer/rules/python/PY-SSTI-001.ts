import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/**
 * Constructors and render functions whose first argument (or `text=`/`source=`/`template=`) is template source:
 * Flask/Quart render_template_string, Jinja2, Mako, Django, Tornado, Chameleon, Genshi, Cheetah, Bottle
 * (SimpleTemplate, and template() which compiles any argument that looks like source), airspeed, TRender.
 * Chevron (logic-less Mustache) is not among them: it evaluates no expressions.
 */
const ENGINES =
  /^((flask|quart)\.)?render_template_string$|^(jinja2\.Template|Template|mako\.template\.Template|jinja2\.Environment\.from_string|django\.template\.Template|django\.template\.base\.Template|tornado\.template\.Template|chameleon\.(PageTemplate|PageTextTemplate|zpt\.template\.PageTemplate)|genshi\.template\.(markup\.|text\.)?(MarkupTemplate|TextTemplate|NewTextTemplate|OldTextTemplate)|Cheetah\.Template\.Template|bottle\.(SimpleTemplate|template|jinja2_template|mako_template|cheetah_template)|airspeed\.Template|trender\.TRender)$/;

/** `class Page(Template): ...` in this file, `Template` one of the engines: `Page(src)` compiles src too. */
function engineSubclass(ctx: PythonContext, q: string): boolean {
  if (!/^\w+$/.test(q) || !new RegExp(`^\\s*class\\s+${q}\\s*\\(`, "m").test(ctx.tree.source)) return false;
  for (const n of ctx.tree.nodes) {
    if (n.type !== "class_definition" || ctx.text(field(n, "name") ?? n) !== q) continue;
    const bases = field(n, "superclasses");
    return (
      !!bases && namedChildren(bases).some((b) => ENGINES.test(ctx.qname(b)) && ctx.qname(b) !== "Template")
    );
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-SSTI-001",
    title: "Server-side template built from non-literal data",
    cwe: ["CWE-1336", "CWE-94", "CWE-79"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "the template source is not a constant, but no caller or untrusted input was traced to it",
      },
    ],
    docs: {
      what_it_does:
        "Flags render_template_string (Flask, Quart), jinja2.Template, Environment.from_string, and the Mako, Django, Tornado, Chameleon, Genshi, Cheetah, Bottle, airspeed and TRender template constructors whose template source is not a literal.",
      why_bad:
        "Template syntax in user data ({{ ... }}) is executed by the engine; Jinja2 payloads reach os.popen through object attributes (SSTI → RCE).",
      example_bad:
        "from flask import render_template_string, request\ndef hello():\n    return render_template_string('Hello ' + request.args['name'])",
      example_good:
        "from flask import render_template_string, request\ndef hello():\n    return render_template_string('Hello {{ name }}', name=request.args['name'])",
    },
    fix_hint: "Keep templates constant and pass data as context variables.",
  },
  trigger: /render_template_string|Template|from_string|bottle|TRender/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (!ENGINES.test(q) && m !== "from_string" && !engineSubclass(ctx, q)) return;
    if (q === "Template" && !/jinja2|mako/.test(ctx.tree.source)) return;
    if (q === "string.Template") return;
    if (m === "from_string") {
      // jinja2's SandboxedEnvironment (and ImmutableSandboxedEnvironment) block attribute escapes to Python.
      const fn = field(node, "function");
      const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      if (recv?.type === "call" && /Sandboxed\w*Environment$/.test(ctx.callee(recv))) return;
    }
    const src =
      ctx.args(node)[0] ??
      ctx.kwarg(node, "text") ??
      ctx.kwarg(node, "source") ??
      ctx.kwarg(node, "template");
    if (!src) return;
    const level = ctx.level(src, "template");
    if (level >= Level.PARAM)
      report({ node, message: "template source is built from caller-controlled data" });
    else if (level === Level.UNKNOWN && q.includes("render_template_string"))
      report({ node, severity: "MEDIUM", message: "template source is not a constant" });
  },
  cases: {
    valid: [
      "from flask import render_template_string\nrender_template_string('Hi {{ n }}', n=x)",
      "from string import Template\nTemplate(s)",
      "import chevron\nfrom flask import request\ndef f():\n    return chevron.render(request.args['t'], {'n': 'guest'})",
      "from bottle import template\ndef f(src):\n    return template('page', src=src)",
      "from Cheetah.Template import Template\ndef f(v):\n    return Template(file='/t/page.tmpl', searchList=[{'v': v}])",
      "from jinja2.sandbox import SandboxedEnvironment\nfrom flask import request\nenv = SandboxedEnvironment()\nenv.from_string(request.args['t'])",
    ],
    invalid: [
      {
        code: "from Cheetah.Template import Template\nfrom flask import request\nclass Page(Template):\n    title = 'x'\ndef f():\n    return Page(request.args['t'])",
        line: 6,
      },
      {
        code: "import tornado.web, tornado.template\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        t = tornado.template.Template(self.get_argument('tpl'))",
        line: 4,
      },
      {
        code: "from django.template import Template\ndef v(request):\n    return Template(request.POST['t'])",
        line: 3,
      },
      "from flask import render_template_string, request\nrender_template_string(request.args['t'])",
      "import jinja2\ndef f(src):\n    return jinja2.Template(src).render()",
      "from mako.template import Template\ndef f(src):\n    return Template(text='<p>' + src).render()",
      "from bottle import SimpleTemplate\ndef f(src):\n    return SimpleTemplate(src).render()",
      "from bottle import template, request\ndef f():\n    return template(request.forms.get('t'))",
      "from genshi.template import TextTemplate\ndef f(src):\n    return TextTemplate('Dear ' + src)",
      "from Cheetah.Template import Template\ndef f(src):\n    return Template(source=src)",
      "import airspeed\ndef f(src):\n    return airspeed.Template(src)",
      "from quart import render_template_string, request\nasync def f():\n    return await render_template_string((await request.form)['b'])",
    ],
  },
});
