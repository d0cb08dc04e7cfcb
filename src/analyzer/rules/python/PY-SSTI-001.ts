import type { Report } from "../../rule.js";
import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import {
  ancestor,
  descendants,
  field,
  namedChildren,
  nodesOfType,
  perTree,
  sourceMatches,
  sourceHas,
} from "../../parse/nodes.js";
import { inTestScope, pyRule, TEST_SCOPE_REASON } from "./common.js";

/**
 * Constructors and render functions whose first argument (or `text=`/`source=`/`template=`) is template source:
 * Flask/Quart render_template_string, Jinja2, Mako, Django, Tornado, Chameleon, Genshi, Cheetah, Bottle
 * (SimpleTemplate, and template() which compiles any argument that looks like source), airspeed, TRender.
 * Chevron (logic-less Mustache) is not among them: it evaluates no expressions.
 */
const ENGINES =
  /^((flask|quart)\.)?render_template_string$|^(jinja2\.Template|Template|mako\.template\.Template|jinja2\.Environment\.from_string|django\.template\.Template|django\.template\.base\.Template|tornado\.template\.Template|chameleon\.(PageTemplate|PageTextTemplate|zpt\.template\.PageTemplate)|genshi\.template\.(markup\.|text\.)?(MarkupTemplate|TextTemplate|NewTextTemplate|OldTextTemplate)|Cheetah\.Template\.Template|bottle\.(SimpleTemplate|template|jinja2_template|mako_template|cheetah_template)|airspeed\.Template|trender\.TRender)$/;

// `class Page(Template): ...` in this file, `Template` one of the engines: `Page(src)` compiles src too. The file's
// engine subclasses are found once per tree: asked for every call, a source scan each time was
// quadratic (CPython's test_typing.py: seconds in one regular expression per called name).
const engineSubclasses = perTree((ctx: PythonContext): Set<string> => {
  const found = new Set<string>();
  const seen = new Set<string>();
  if (sourceHas(ctx.tree, /^\s*class\s/m))
    for (const n of nodesOfType(ctx.tree, "class_definition")) {
      const name = ctx.text(field(n, "name") ?? n);
      // The first definition of a name decides, as a lookup of the name's class would.
      if (seen.has(name)) continue;
      seen.add(name);
      const bases = field(n, "superclasses");
      if (
        bases &&
        namedChildren(bases).some((b) => ENGINES.test(ctx.qname(b)) && ctx.qname(b) !== "Template")
      )
        found.add(name);
    }
  return found;
});

/** Whether a path expression names a template directory: `app.template_folder`, a "templates" literal, or a
 * name bound to such an expression (a few hops). */
function templatePath(ctx: PythonContext, node: SyntaxNode, depth: number): boolean {
  if (/template_folder|(['"])[^'"]*\btemplates\b[^'"]*\1/.test(ctx.text(node))) return true;
  if (depth >= 3) return false;
  const ids = node.type === "identifier" ? [node] : descendants(node).filter((d) => d.type === "identifier");
  return ids.some((id) => {
    const v = ctx.resolve(id);
    return v !== undefined && v !== id && templatePath(ctx, v, depth + 1);
  });
}

/** `import a.b` / `import a.b as n` / `from a import b` binding the dotted or plain name `mod` in this file. */
function importedModule(ctx: PythonContext, mod: string): boolean {
  const esc = mod.replace(/\./g, "\\.");
  if (
    sourceMatches(
      ctx.tree,
      `^[ \\t]*import[ \\t]+${esc}[ \\t]*$|^[ \\t]*import[ \\t]+[\\w.]+[ \\t]+as[ \\t]+${esc}\\b`,
      "m",
    )
  )
    return true;
  return (
    !mod.includes(".") &&
    sourceMatches(
      ctx.tree,
      `^[ \\t]*from[ \\t]+[\\w.]+[ \\t]+import[ \\t]+([\\w \\t,]*,[ \\t]*)?${esc}\\b`,
      "m",
    )
  );
}

/** The file defines a `from_string` method in some class and names no template engine (jinja, Environment,
 * Template): a bare `x.from_string(...)` on an unknown receiver there is the file's own parser. Once per tree. */
const ownFromStringOnly = perTree(
  (ctx: PythonContext): boolean =>
    sourceMatches(ctx.tree, "^[ \\t]+def[ \\t]+from_string[ \\t]*\\(", "m") &&
    !sourceMatches(ctx.tree, "[Jj]inja|\\bEnvironment\\b|\\bTemplate\\b|[Mm]ako|render_template"),
);

export default pyRule({
  meta: {
    id: "PY-SSTI-001",
    title: "Server-side template built from non-literal data",
    cwe: ["CWE-1336", "CWE-94", "CWE-79"],
    severity: "HIGH",
    severity_variants: [
      { severity: "LOW", when: TEST_SCOPE_REASON },
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
  trigger: /render_template_string|Template|from_string|bottle|TRender|template_folder|templates|DictLoader/,
  nodeTypes: ["call"],
  detect(node, ctx, emit) {
    // A test's own fixtures and data: a LOW reminder.
    const report = (r: Report) =>
      emit(inTestScope(ctx, r.node) ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON } : r);
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (m === "write") {
      // Stored template injection: request data written into a file under the template folder, which the app
      // later renders as a template (`{{ ... }}` in a post body runs on the server).
      if (!sourceHas(ctx.tree, /\brequest\b/) || !sourceHas(ctx.tree, /render_template\b|get_template\(/))
        return;
      const fn = field(node, "function");
      const handle = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      if (handle?.type !== "call" || !/^(open|io\.open|codecs\.open)$/.test(ctx.callee(handle))) return;
      const mode = ctx.stringValue(ctx.arg(handle, 1, "mode")) ?? "r";
      const path = ctx.arg(handle, 0, "file");
      if (!/[wax]/.test(mode) || !path || !templatePath(ctx, path, 0)) return;
      const data = ctx.args(node)[0];
      if (data && ctx.level(data, "template") >= Level.PARAM)
        report({ node, message: "caller-controlled text is written into a template file the app renders" });
      return;
    }
    // jinja2.DictLoader({name: source}): each value is template source the environment compiles on get_template().
    if (/^jinja2\.(loaders\.)?DictLoader$/.test(q)) {
      const map = ctx.resolve(ctx.arg(node, 0, "mapping"));
      const values =
        map?.type === "dictionary"
          ? namedChildren(map)
              .filter((p) => p.type === "pair")
              .map((p) => field(p, "value"))
          : map
            ? [map]
            : [];
      if (values.some((v) => v && ctx.level(v, "template") === Level.SOURCE))
        report({ node, message: "DictLoader holds template source from untrusted input" });
      return;
    }
    if (!ENGINES.test(q) && m !== "from_string" && !engineSubclasses(ctx).has(q)) return;
    if (q === "Template" && !sourceHas(ctx.tree, /jinja2|mako/)) return;
    if (q === "string.Template") return;
    if (m === "from_string") {
      // jinja2's SandboxedEnvironment (and ImmutableSandboxedEnvironment) block attribute escapes to Python.
      const fn = field(node, "function");
      const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      if (recv?.type === "call" && /Sandboxed\w*Environment$/.test(ctx.callee(recv))) return;
      // `cls.from_string(text)` in a class that defines its own from_string (a key blob, a config record): a
      // parser of that class, not a template engine's.
      // Likewise `super().from_string(text)` in such a class, and `Policy.from_string(text)` naming a class this
      // file defines with its own from_string.
      const recvNode = fn?.type === "attribute" ? field(fn, "object") : undefined;
      const own = recvNode ? ctx.text(recvNode) : "";
      // `SigningKey.from_string(raw)`, `objects.Blob.from_string(data)`: an alternate constructor called on a class
      // (jinja2's from_string is a method of an Environment instance), unless the class is a template engine's.
      // `self.value_cls.from_string(val)`, `self.key_class.from_string(raw)`: the same, on a class kept in a field.
      if (/\.(\w+_)?(cls|class|klass)$/.test(own)) return;
      // `ovs.ovsuuid.from_string(s)`, `uuidutil.from_string(s)`: a function of a module this file imports (a parser
      // of UUIDs or keys); jinja2's from_string is a method of an Environment instance, never a module's.
      // `qcel.molparse.from_string(xyz)` after `import qcelemental as qcel`: a submodule's function, the same.
      if (
        /^[a-z_][\w.]*$/.test(own) &&
        !/jinja|env/i.test(own) &&
        (importedModule(ctx, own) || importedModule(ctx, own.split(".")[0] ?? own))
      )
        return;
      // `cls.from_string(text)`, `klass.from_string(...)` in a classmethod: an alternate constructor of a class
      // (inherited or own); jinja2's from_string needs an Environment instance. Not in a template engine's subclass.
      if (/^(cls|klass|kls)$/.test(own)) {
        const host = ancestor(node, ["class_definition"]);
        const hostBases = host ? field(host, "superclasses") : undefined;
        if (!(hostBases && /Environment|Template|jinja/i.test(ctx.text(hostBases)))) return;
      }
      // `context.from_string(s)` on a name (not an env) in a file that defines its own from_string method and never names
      // a template engine: that method, not jinja2's.
      if (recvNode?.type === "identifier" && !/env|jinja/i.test(own) && ownFromStringOnly(ctx)) return;
      const last = /^(?:\w+\.)*([A-Z]\w*)$/.exec(own)?.[1];
      if (last && !/Environment|Template|Jinja|Loader/i.test(last) && !engineSubclasses(ctx).has(last))
        return;
      const named =
        recvNode?.type === "identifier" && !/^(cls|self)$/.test(own)
          ? ctx.tree.nodes.find(
              (d) => d.type === "class_definition" && ctx.text(field(d, "name") ?? d) === own,
            )
          : undefined;
      const isSuper = recvNode?.type === "call" && ctx.callee(recvNode) === "super";
      const cls = /^(cls|self)$/.test(own) || isSuper ? ancestor(node, ["class_definition"]) : named;
      const bases = cls ? field(cls, "superclasses") : undefined;
      if (
        cls &&
        !engineSubclasses(ctx).has(ctx.text(field(cls, "name") ?? cls)) &&
        !(bases && /Environment|Template|jinja/.test(ctx.text(bases))) &&
        descendants(field(cls, "body") ?? cls).some(
          (d) => d.type === "function_definition" && ctx.text(field(d, "name") ?? d) === "from_string",
        )
      )
        return;
    }
    const first = ctx.args(node)[0];
    const src =
      // Template(uri=name, filename=path, **options): the `**` splat is options, not the source.
      (first && !/splat|keyword_argument/.test(first.type) ? first : undefined) ??
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
      // A function of an imported module that parses a UUID.
      "import ovs.ovsuuid\ndef rows(update):\n    return {ovs.ovsuuid.from_string(k): v for k, v in update.items()}",
      "class DateField:\n    value_cls = None\n    def from_xml(self, val):\n        return self.value_cls.from_string(val)",
      "from flask import render_template_string\nrender_template_string('Hi {{ n }}', n=x)",
      "import jinja2\ndef env(templates):\n    return jinja2.Environment(loader=jinja2.DictLoader(templates))",
      "import json, os\nfrom flask import Flask, request, render_template\napp = Flask(__name__)\n@app.route('/p', methods=['POST'])\ndef p():\n    with open(os.path.join('/srv/posts', 'p.json'), 'w') as fh:\n        fh.write(json.dumps({'b': request.form['body']}))\n    return render_template('post.html', b=request.form['body'])",
      "from string import Template\nTemplate(s)",
      "import chevron\nfrom flask import request\ndef f():\n    return chevron.render(request.args['t'], {'n': 'guest'})",
      "from bottle import template\ndef f(src):\n    return template('page', src=src)",
      "from Cheetah.Template import Template\ndef f(v):\n    return Template(file='/t/page.tmpl', searchList=[{'v': v}])",
      "from jinja2.sandbox import SandboxedEnvironment\nfrom flask import request\nenv = SandboxedEnvironment()\nenv.from_string(request.args['t'])",
      "class Blob:\n    @classmethod\n    def from_file(cls, fn):\n        with open(fn) as f:\n            return cls.from_string(f.read())\n    @classmethod\n    def from_string(cls, s):\n        return cls(s.split())",
      "from mako.template import Template\ndef f(name, path, **options):\n    return Template(uri=name, filename=path, **options)",
      "class Hash(Base):\n    @classmethod\n    def from_string(cls, h):\n        return super(Hash, cls).from_string(h[4:])",
      "class Policy:\n    @classmethod\n    def from_string(cls, s):\n        return cls(s)\ndef load(src):\n    return Policy.from_string(src)",
      "from ecdsa import SigningKey\ndef load(raw, curve):\n    return SigningKey.from_string(raw, curve=curve)",
      "from dulwich import objects\ndef blob(cmd):\n    return objects.Blob.from_string(cmd.data)",
      // A submodule's parser under an aliased import; a classmethod's inherited constructor; the file's own method.
      "import chemlib as cl\ndef atoms(xyz):\n    return cl.parse.from_string(xyz, dtype='xyz')",
      "class Fmt(Base):\n    @classmethod\n    def find(cls, blob):\n        return cls.from_string(blob.decode())",
      "class Ctx:\n    def from_string(self, s):\n        return Ctx()\ndef entry(context, s):\n    return context.from_string(s)",
    ],
    invalid: [
      "from flask import request\ndef render(env):\n    return env.from_string(request.args['t']).render()",
      "import myapp as ma\nfrom flask import request\ndef render():\n    return ma.jinja_env.from_string(request.args['t']).render()",
      {
        code: "from jinja2 import Environment\nfrom flask import request\nclass Env(Environment):\n    @classmethod\n    def make(cls):\n        return cls.from_string(request.args['t'])",
        line: 6,
      },
      "from flask import request\nclass Ctx:\n    def from_string(self, s):\n        return Ctx()\ndef page(env):\n    return env.from_string(request.args['t']).render()",
      {
        code: "from jinja2 import Environment\nfrom flask import request\nclass Env(Environment):\n    def from_string(self, s):\n        return super().from_string(s)\ndef f():\n    return Env().from_string(request.args['t'])",
        line: 7,
      },
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
      {
        code: "import jinja2\nfrom flask import request\ndef f():\n    env = jinja2.Environment(loader=jinja2.DictLoader({'x': request.form['t']}))\n    return env.get_template('x').render()",
        line: 4,
      },
      "import jinja2\ndef f(src):\n    return jinja2.Template(src).render()",
      "from mako.template import Template\ndef f(src):\n    return Template(text='<p>' + src).render()",
      "from bottle import SimpleTemplate\ndef f(src):\n    return SimpleTemplate(src).render()",
      "from bottle import template, request\ndef f():\n    return template(request.forms.get('t'))",
      "from genshi.template import TextTemplate\ndef f(src):\n    return TextTemplate('Dear ' + src)",
      "from Cheetah.Template import Template\ndef f(src):\n    return Template(source=src)",
      "import airspeed\ndef f(src):\n    return airspeed.Template(src)",
      "from quart import render_template_string, request\nasync def f():\n    return await render_template_string((await request.form)['b'])",
      "import os\nfrom flask import Flask, request, render_template\napp = Flask(__name__)\n@app.route('/p', methods=['POST'])\ndef p():\n    with open(os.path.join(app.template_folder, 'p.html'), 'w') as fh:\n        fh.write(request.form['body'])\n    return render_template('p.html')",
    ],
  },
});
