import { Level } from "../../dataflow/python.js";
import { field, namedChildren, sourceHas, sourceMatches } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { jsRule } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

/** Template engines' compile/render-from-string entry points: the template text is code. */
const COMPILERS =
  /^(ejs\.(render|compile)|pug\.(compile|render|compileClient)|jade\.(compile|render)|(Handlebars|handlebars|hbs)\.(compile|precompile)|(_|lodash)\.template|lodash\.template|nunjucks\.(renderString|compile)|(Mustache|mustache)\.render|(doT|dot)\.(template|compile)|(Hogan|hogan|hogan\.js)\.(compile|scan)|whiskers\.(render|compile)|(jsrender|\$)\.templates|(Template7|template7)\.compile|(swig|twig)\.(render|compile)|(dust|dustjs|dustjs-linkedin|dustjs-helpers)\.(compile|renderSource)|(underscore|_)\.template|(Twig|twig)\.twig|nunjucks\.Template|(Eta|eta)\.(render|compile)|(Sqrl|squirrelly)\.(render|compile)|(velocityjs|Velocity)\.render|(art|artTemplate|art-template|template)\.(render|compile)|lodash\/template|lodash\.template\/index)$/;

/** A name the file binds itself: a parameter of a function around `at`, or a declaration (var/let/const). */
function boundHere(ctx: Ctx, id: SyntaxNode, at: SyntaxNode): boolean {
  const name = ctx.text(id);
  const word = new RegExp(`(^|[^\\w$])${name.replace(/\$/g, "\\$")}([^\\w$]|$)`);
  for (let fn = ctx.enclosingFunction(at); fn; fn = ctx.enclosingFunction(fn)) {
    const params = field(fn, "parameters") ?? field(fn, "parameter");
    if (params && word.test(ctx.text(params))) return true;
  }
  return sourceMatches(ctx.tree, `\\b(var|let|const)\\s+${name.replace(/\$/g, "\\$")}\\b`);
}

/**
 * The engine's own implementation, specs or plugins: the object the entry point is called on is a parameter
 * (a UMD factory's `function (dust)`, a plugin handed the engine) or an object the file builds itself
 * (`var mustache = {}; mustache.render = function (template, view) {...}`), not the package required by name
 * (whose binding the callee already names: `require('dustjs-linkedin')` reads as `dustjs-linkedin.compile`).
 * There the template text is the caller's by design; request data reaching it is still reported.
 */
function ownEngine(ctx: Ctx, node: SyntaxNode): boolean {
  const f = field(node, "function");
  let root = f?.type === "member_expression" ? field(f, "object") : undefined;
  while (root?.type === "member_expression") root = field(root, "object");
  if (root?.type !== "identifier") return false;
  if (!boundHere(ctx, root, node)) return false;
  const v = ctx.resolve(root);
  // `const hb = window.Handlebars`, a require of the package under a name the callee does not show: the library.
  if (
    v &&
    v !== root &&
    (v.type === "member_expression" ||
      (v.type === "call_expression" && /^(require|import)$/.test(ctx.callee(v))))
  )
    return false;
  return true;
}

/**
 * `const str = cache[file] || (cache[file] = fs.readFileSync(file, 'utf8'))`: template text read from a file, the
 * application's own view (a path chosen by the client is path traversal, reported as such), not text written by
 * whoever calls the function. A cache lookup may stand beside the read.
 */
function readFromFile(ctx: Ctx, n: SyntaxNode | undefined, depth = 0): boolean {
  const v = n && depth < 6 ? (n.type === "identifier" ? ctx.resolve(n) : n) : undefined;
  // A helper's parameter (`const compile = (content) => template(content)`): file text when every call of the
  // file passes some.
  if (n?.type === "identifier" && depth < 6 && (!v || v === n)) {
    const passed = ctx.argsAtCallers(n);
    return passed.length > 0 && passed.every((a) => readFromFile(ctx, a, depth + 1));
  }
  if (!v) return false;
  const sub = (x: SyntaxNode | undefined) => readFromFile(ctx, x, depth + 1);
  switch (v.type) {
    case "call_expression":
      // (`(await readFile(p)).toString()`, `buf.toString('utf8')`: the file's bytes as text)
      if (ctx.method(v) === "toString") return sub(field(field(v, "function") ?? v, "object") ?? undefined);
      return /(^|\.)(readFileSync|readFile)$/.test(ctx.callee(v));
    case "await_expression":
    case "parenthesized_expression":
      return sub(namedChildren(v)[0]);
    case "assignment_expression":
      return sub(field(v, "right"));
    case "ternary_expression":
      return sub(field(v, "consequence")) && sub(field(v, "alternative"));
    case "binary_expression": {
      const l = field(v, "left");
      const r = field(v, "right");
      const cached = (x: SyntaxNode | undefined) =>
        x?.type === "subscript_expression" || x?.type === "member_expression";
      return (sub(l) || cached(l)) && sub(r);
    }
    default:
      return false;
  }
}

/**
 * `document.getElementById('row-tmpl').text`, `document.querySelector('#t').innerHTML`, `$('#tmpl').html()`: the text
 * of an element the page names by a literal id or selector - a `<script type="text/template">` shipped with the
 * page, as a view file is with a server.
 */
function pageTemplate(ctx: Ctx, n: SyntaxNode | undefined): boolean {
  const v = n?.type === "identifier" ? ctx.resolve(n) : n;
  if (!v) return false;
  const lookup = (c: SyntaxNode | null | undefined): boolean =>
    c?.type === "call_expression" &&
    (/^document\.(getElementById|querySelector)$/.test(ctx.callee(c)) ||
      /^(\$|jQuery)$/.test(ctx.callee(c))) &&
    ctx.args(c).length === 1 &&
    ctx.args(c)[0]?.type === "string";
  if (v.type === "member_expression")
    return (
      /^(text|innerHTML|textContent|innerText)$/.test(ctx.text(field(v, "property") ?? v)) &&
      lookup(field(v, "object"))
    );
  if (v.type === "call_expression" && /^(html|text)$/.test(ctx.method(v)) && ctx.args(v).length === 0) {
    const f = field(v, "function");
    return f?.type === "member_expression" && lookup(field(f, "object"));
  }
  return false;
}

/** `n` is, as written, one of the enclosing function's own parameters (not reassigned, not a part of one). */
function wholeParameter(ctx: Ctx, n: SyntaxNode): boolean {
  if (n.type !== "identifier") return false;
  const v = ctx.resolve(n);
  if (v && v !== n) return false;
  const fn = ctx.enclosingFunction(n);
  const ps = fn && (field(fn, "parameters") ?? field(fn, "parameter"));
  if (!ps) return false;
  const name = ctx.text(n);
  return (ps.type === "identifier" ? [ps] : namedChildren(ps)).some((p) => {
    const id = /^(required|optional)_parameter$/.test(p.type) ? field(p, "pattern") : p;
    return id?.type === "identifier" && ctx.text(id) === name;
  });
}

export default jsRule({
  meta: {
    id: "JS-SSTI-001",
    title: "Template compiled from non-literal text (server-side template injection)",
    // CWE-73: with the request as a view's locals the client also names the files the engine loads (`layout`,
    // `settings['views']`).
    cwe: ["CWE-1336", "CWE-94", "CWE-73"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "a helper compiles its own parameter, as passed (the caller's template by the helper's contract)",
      },
    ],
    docs: {
      what_it_does:
        "Flags ejs/pug/Handlebars/lodash/nunjucks/Mustache/doT templates compiled or rendered from a template string that is not a literal, and views rendered with the request's body or query as their locals (`res.render('page', req.body)`), through which the client sets the engine's options and the layout file it loads.",
      why_bad:
        "Template syntax is code: whoever writes the template reads server data, calls helpers and, in ejs, pug or lodash, runs arbitrary JavaScript.",
      example_bad:
        "const ejs = require('ejs');\napp.post('/preview', (req, res) => {\n  res.send(ejs.render(req.body.template, { user: 'x' }));\n});",
      example_good:
        "const ejs = require('ejs');\napp.post('/preview', (req, res) => {\n  ejs.renderFile('views/preview.ejs', { text: req.body.text }, (e, html) => res.send(html));\n});",
    },
    fix_hint: "Compile only templates shipped with the code; pass user text as data to them.",
  },
  trigger: /render|compile|template|Template|twig|scan|Liquid/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // Vue rendered on the server (`createSSRApp({ template })`, `new Vue({ template })` beside a server renderer):
    // the full build compiles the template text there, and its `{{ }}` expressions run in Node.
    if (
      /^(vue\.(createSSRApp|createApp|defineComponent)|vue|Vue)$/.test(q) &&
      sourceHas(ctx.tree, /['"](vue\/server-renderer|@vue\/server-renderer|vue-server-renderer)['"]/)
    ) {
      const opts = ctx.args(node)[0];
      const obj = opts && (ctx.resolve(opts) ?? opts);
      const tpl = obj?.type === "object" ? ctx.prop(obj, "template") : undefined;
      if (tpl && ctx.level(tpl, "code") === Level.SOURCE)
        report({
          node,
          severity: taintSeverity(Level.SOURCE),
          message: "Vue template compiled for server rendering from request data",
        });
      return;
    }
    // (`new nunjucks.Template(text, env)` compiles the text; no other constructor is a compiler here)
    if (node.type === "new_expression" && q !== "nunjucks.Template") return;
    // `res.render('page', req.query)`: the client writes the view's locals, and with them the engine's options
    // (ejs `outputFunctionName`, `settings['view options']`, Handlebars `layout`), which run or load code.
    // koa-views: `await ctx.render('page', ctx.query)` is the same.
    if (/^(res|response|ctx)\.render$/.test(q)) {
      const locals = ctx.args(node)[1];
      const whole = (n: typeof locals) =>
        !!n &&
        // a field of them too (`req.body.opts`): a JSON body or a `?o[layout]=x` query makes it an object.
        /^((req|request|ctx\.request)\.(body|query)|ctx\.query)(\.[\w$]+|\[['"][\w$-]+['"]\])*$/.test(
          ctx.qname(ctx.resolve(n) ?? n).replace(/\s+/g, ""),
        );
      const obj = locals && (ctx.resolve(locals) ?? locals);
      if (
        whole(locals) ||
        (obj?.type === "object" &&
          namedChildren(obj).some((c) => c.type === "spread_element" && whole(namedChildren(c)[0])))
      )
        report({
          node,
          severity: taintSeverity(Level.SOURCE),
          message: "view rendered with the request object as its locals: template options injectable",
        });
      return;
    }
    // liquidjs: `const engine = new Liquid(); engine.parseAndRender(text, scope)` parses the text as a template.
    const recv = field(field(node, "function") ?? node, "object");
    const made = recv ? ctx.resolve(recv) : undefined;
    const liquid =
      made?.type === "new_expression" &&
      /(^|\.)Liquid$/.test(ctx.callee(made)) &&
      /^(parse|parseAndRender|parseAndRenderSync)$/.test(ctx.method(node));
    // An engine instance: `new nunjucks.Environment(loader)` / `nunjucks.configure(...)` then `env.renderString(text)`,
    // `Handlebars.create().compile(text)`, `new Eta().renderString(text)`: the text is a template as well.
    const instance =
      made &&
      /^(new_expression|call_expression)$/.test(made.type) &&
      ((/^(nunjucks\.Environment|nunjucks\.configure)$/.test(ctx.callee(made)) &&
        /^(renderString|compile)$/.test(ctx.method(node))) ||
        (/^(Handlebars|handlebars)\.create$/.test(ctx.callee(made)) &&
          /^(compile|precompile)$/.test(ctx.method(node))) ||
        // (Eta from npm, from jsr:@eta-dev/eta or deno.land/x/eta in Deno)
        (/^(Eta|eta\.Eta|(jsr:|npm:)?@eta-dev\/eta(@[^/]*)?\.Eta|\S*\/x\/eta(@[^/]*)?\/[\w/.-]*\.Eta)$/.test(
          ctx.callee(made),
        ) &&
          /^(renderString|renderStringAsync|compile)$/.test(ctx.method(node))));
    // ejs's third argument is its options: from the request, the client sets `outputFunctionName`,
    // `escapeFunction` or `client`, which ejs writes into the function it compiles.
    if (/^ejs\.(render|compile)$/.test(q)) {
      const opts = ctx.args(node)[q === "ejs.render" ? 2 : 1];
      const held = opts && (ctx.resolve(opts) ?? opts);
      let bare = held;
      while (bare?.type === "as_expression" || bare?.type === "parenthesized_expression")
        bare = namedChildren(bare)[0];
      if (
        bare &&
        /^(req|request|ctx\.request|ctx)\.(body|query)(\.[\w$]+)*$/.test(ctx.qname(bare).replace(/\s+/g, ""))
      ) {
        report({
          node,
          severity: taintSeverity(Level.SOURCE),
          message: "ejs options come from the request: they are written into the compiled template function",
        });
        return;
      }
    }
    if (!COMPILERS.test(q) && !liquid && !instance) return;
    // twig.js takes the template text as the `data` of its options (`Twig.twig({ data: text })`).
    const first = ctx.args(node)[0];
    const firstObj = first && (ctx.resolve(first) ?? first);
    const tpl = /(^|\.)twig$/i.test(q)
      ? firstObj?.type === "object"
        ? ctx.prop(firstObj, "data")
        : undefined
      : first;
    if (!tpl) return;
    const level = ctx.level(tpl, "code");
    if (level === Level.CONST) return;
    if (level < Level.SOURCE && !liquid && !instance && ownEngine(ctx, node)) return;
    if (level < Level.SOURCE && readFromFile(ctx, tpl)) return;
    if (level < Level.SOURCE && pageTemplate(ctx, tpl)) return;
    // A helper whose own parameter is the whole template (`function renderWith(template, data) { return
    // _.template(template)(data); }`): compiling the caller's template is what it is for; where that text comes from
    // is the caller's to show. A LOW reminder; a parameter spliced into template text stays reported.
    if (level === Level.PARAM && wholeParameter(ctx, tpl)) {
      report({ node, severity: "LOW", message: `${q}() compiles the template its caller passes` });
      return;
    }
    report({
      node,
      severity: taintSeverity(level),
      message: `${q}() compiles a template from ${level === Level.SOURCE ? "request data" : "non-literal text"}`,
    });
  },
  cases: {
    valid: [
      "const ejs = require('ejs');\nconst cache = {};\nfunction template(file) {\n  const str = cache[file] || (cache[file] = fs.readFileSync(file, 'utf8'));\n  return ejs.compile(str, { filename: file });\n}",
      "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment(null, { autoescape: true });\napp.get('/n', (req, res) => res.send(env.renderString('<h1>{{ t }}</h1>', { t: req.query.t })));",
      "const { Liquid } = require('liquidjs');\nconst e = new Liquid();\napp.get('/p', async (req, res) => res.send(await e.renderFile('p', { n: req.query.n })));",
      "const views = require('koa-views');\nrouter.get('/p', async (ctx) => { await ctx.render('index', { q: ctx.query.q }); });",
      "const Handlebars = require('handlebars');\nconst T = '<p>{{name}}</p>';\nconst out = Handlebars.compile(T)({ name: 'x' });",
      "const ejs = require('ejs');\nfunction f(q) { return ejs.renderFile('v.ejs', { q }); }",
      "app.get('/p', (req, res) => res.render('profile', { name: String(req.query.name) }));",
      "var mustache = { tags: ['{{', '}}'] };\nmustache.to_html = function (template, view) {\n  return mustache.render(template, view);\n};",
      "(function (root, factory) { module.exports = factory(require('./dust')); })(this, function (dust) {\n  return function compileFn(source, name) { return dust.loadSource(dust.compile(source, name)); };\n});",
      "var template = require('./lib/hogan.js').compile(fs.readFileSync(f, 'utf8'));\nfunction show(data) { return template.render(data); }",
      "const ejs = require('ejs');\napp.get('/p', (req, res) => res.send(ejs.render('<p><%= n %></p>', { n: req.query.n }, { rmWhitespace: true })));",
      "const Twig = require('twig');\napp.get('/t', (req, res) => res.send(Twig.twig({ data: '<p>{{ q }}</p>' }).render({ q: req.query.q })));",
      "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment();\napp.get('/n', (req, res) => res.send(new nunjucks.Template('<p>{{ q }}</p>', env).render({ q: req.query.q })));",
    ],
    invalid: [
      "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment(null, { autoescape: true });\napp.get('/n', (req, res) => res.send(env.renderString(String(req.query.tpl), {})));",
      "const nunjucks = require('nunjucks');\nconst env = nunjucks.configure('views');\napp.post('/n', (req, res) => res.send(env.renderString(req.body.tpl, {})));",
      "import { Eta } from 'jsr:@eta-dev/eta';\nconst eta = new Eta({ views: './views' });\nDeno.serve(async (req) => new Response(eta.renderString(await req.text(), {})));",
      "const Handlebars = require('handlebars');\nconst hb = Handlebars.create();\napp.post('/h', (req, res) => res.send(hb.compile(req.body.tpl)({})));",
      "const { Liquid } = require('liquidjs');\nconst e = new Liquid();\napp.post('/p', async (req, res) => res.send(await e.parseAndRender(req.body.t, {})));",
      "const Hogan = require('hogan.js');\napp.post('/p', (req, res) => res.send(Hogan.compile(req.body.t).render({})));",
      "const whiskers = require('whiskers');\napp.post('/p', (req, res) => res.send(whiskers.render(req.body.t, {})));",
      "const views = require('koa-views');\nrouter.get('/p', async (ctx) => { await ctx.render('index', ctx.query); });",
      {
        code: "const pug = require('pug');\napp.get('/p', (req, res) => {\n  res.send(pug.compile(req.query.t)({}));\n});",
        line: 3,
        severity: "CRITICAL",
      },
      "const _ = require('lodash');\nfunction greet(who) { return _.template('Hello ' + who)({}); }",
      {
        code: "const _ = require('lodash');\nfunction renderWith(template, data) {\n  return _.template(template)(data);\n}\nmodule.exports = { renderWith };",
        severity: "LOW",
      },
      "const template = require('art-template');\napp.post('/p', (req, res) => res.send(template.render(req.body.src, {})));",
      "module.exports = function mount(app, dust) {\n  app.post('/r', (req, res) => dust.renderSource(req.body.t, {}, (e, o) => res.send(o)));\n};",
      { code: "app.get('/p', (req, res) => res.render('profile', req.query));", severity: "CRITICAL" },
      "app.post('/p', (req, res) => res.render('profile', { ...req.body, user: req.user }));",
      "app.post('/p', (req, res) => { const opts = req.body.opts; res.render('profile', opts); });",
      "const ejs = require('ejs');\napp.get('/p', (req, res) => res.send(ejs.render('<p><%= n %></p>', { n: 'x' }, req.query)));",
      "const Twig = require('twig');\napp.post('/t', (req, res) => res.send(Twig.twig({ data: req.body.layout }).render({})));",
      "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment();\napp.post('/n', (req, res) => res.send(new nunjucks.Template(req.body.njk, env).render({})));",
      "const underscore = require('underscore');\napp.get('/u', (req, res) => res.send(underscore.template(String(req.query.tpl))({})));",
      "const dust = require('dustjs-linkedin');\napp.post('/d', (req, res) => { dust.loadSource(dust.compile(req.body.dust, 'p')); res.end(); });",
    ],
  },
});
