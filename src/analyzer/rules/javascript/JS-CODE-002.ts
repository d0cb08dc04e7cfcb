import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { anchoredPath } from "./fs-paths.js";

/** Whether a program-fixed path hangs off `process.cwd()` (directly or through a name bound to it). */
function fromWorkingDir(node: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  if (!node || depth > 8) return false;
  if (node.type === "call_expression") {
    const q = ctx.callee(node);
    if (q === "process.cwd") return true;
    return /^path\.(join|resolve|normalize)$/.test(q) && fromWorkingDir(ctx.args(node)[0], ctx, depth + 1);
  }
  if (node.type === "identifier") {
    const r = ctx.resolve(node, 1);
    return r !== undefined && r !== node && fromWorkingDir(r, ctx, depth + 1);
  }
  if (node.type === "binary_expression") return fromWorkingDir(field(node, "left"), ctx, depth + 1);
  if (node.type === "parenthesized_expression") return fromWorkingDir(namedChildren(node)[0], ctx, depth + 1);
  if (node.type === "template_string") {
    // Only the leading substitution decides where the path starts.
    const first = node.children.find((c) => c.named);
    return first?.type === "template_substitution" && fromWorkingDir(namedChildren(first)[0], ctx, depth + 1);
  }
  return false;
}

/**
 * `new Worker(url)` / `new SharedWorker(url)` in page code: the script at the URL runs as the worker. Not Node's
 * worker_threads (a file path, or code with `eval: true`), nor a blob URL the page made from code of its own.
 * The URL argument.
 */
export function browserWorkerUrl(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  if (node.type !== "new_expression") return undefined;
  if (!/^((window|self|globalThis)\.)?(Worker|SharedWorker)$/.test(ctx.callee(node))) return undefined;
  if (sourceHas(ctx.tree, /worker_threads/)) return undefined;
  const [url, options] = ctx.args(node);
  if (!url || ctx.prop(options, "eval")) return undefined;
  const made = ctx.resolve(url) ?? url;
  if (made.type === "call_expression" && /createObjectURL$/.test(ctx.callee(made))) return undefined;
  return url;
}

/**
 * jQuery's `$.ajax({ url, dataType: 'script' })` (or `'jsonp'`, and `$.ajax(url, { dataType })`): jQuery runs
 * what the URL serves as script. The URL argument.
 */
function jqueryScriptAjax(call: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  if (!/^(\$|jQuery|jquery)\.ajax$/.test(ctx.callee(call))) return undefined;
  const args = ctx.args(call);
  const options = args[args.length - 1];
  if (options?.type !== "object") return undefined;
  if (!/^(script|jsonp)$/.test(ctx.stringValue(ctx.prop(options, "dataType")) ?? "")) return undefined;
  return args.length > 1 ? args[0] : (ctx.prop(options, "url") ?? undefined);
}

/** The page's own location: `location`, `window.location`, `document.location`, `self.location`. */
const PAGE_LOCATION = /^((window|document|self)\.)?location$/;

/**
 * A URL on the page's own host (`"http://" + window.location.hostname + ":8988/js/app.js"`,
 * `location.origin + "/js/" + name`, `` `${location.protocol}//${location.host}/js/x.js` ``): the host part is the
 * one the page was served from, which no one else picks; what follows is a path on that host.
 */
function ownHost(url: SyntaxNode, ctx: JsContext): boolean {
  const parts: SyntaxNode[] = [];
  const flatten = (n: SyntaxNode) => {
    if (n.type === "binary_expression" && n.children.find((c) => !c.named)?.type === "+") {
      flatten(field(n, "left")!);
      flatten(field(n, "right")!);
    } else parts.push(n);
  };
  if (url.type === "template_string") {
    const subs = namedChildren(url).filter((c) => c.type === "template_substitution");
    const text = ctx.text(url);
    const first = subs[0];
    if (!first) return false;
    const lead = text.slice(1, first.start - url.start);
    const hostExpr = namedChildren(first)[0];
    const second = subs[1];
    // The text after the host sub must close the authority itself (`:8988/js/`): `${location.hostname}${x}` lets x
    // extend the host name (`.evil.example`).
    const after = (sub: SyntaxNode) => {
      const next = subs[subs.indexOf(sub) + 1];
      return !next || AUTHORITY_END.test(text.slice(sub.end - url.start, next.start - url.start));
    };
    return (
      (/^((https?:)?\/\/)?$/.test(lead) &&
        !!hostExpr &&
        locationPart(hostExpr, ctx, lead === "") &&
        after(first)) ||
      (!!second &&
        lead === "" &&
        !!hostExpr &&
        /^(window\.|document\.|self\.)?location\.protocol$/.test(ctx.text(hostExpr)) &&
        text.slice(first.end - url.start, second.start - url.start) === "//" &&
        locationPart(namedChildren(second)[0], ctx, false) &&
        after(second))
    );
  }
  flatten(url);
  // The part after the host must close the authority (see above).
  const closes = (i: number) => {
    const next = parts[i + 1];
    if (!next) return true;
    const v = ctx.stringValue(next);
    return v !== undefined && (AUTHORITY_END.test(v) || (i + 2 === parts.length && !v.includes("@")));
  };
  const [a, b, c] = parts;
  if (!a) return false;
  if (locationPart(a, ctx, true)) return closes(0);
  const lead = ctx.stringValue(a);
  if (lead !== undefined && /^(https?:)?\/\/$/.test(lead))
    return !!b && locationPart(b, ctx, false) && closes(1);
  // `location.protocol + "//" + location.host + ...`
  return (
    /^(window\.|document\.|self\.)?location\.protocol$/.test(ctx.text(a)) &&
    !!b &&
    ctx.stringValue(b) === "//" &&
    !!c &&
    locationPart(c, ctx, false) &&
    closes(2)
  );
}

/** Text that closes a URL's authority: an optional port, then the path's first slash (`:8988/js/`, `/static/`). */
const AUTHORITY_END = /^(?::[^/@?#\s]*)?\//;

/** `location.hostname` / `.host` (or, where the URL starts with it, `location.origin`) of the page. */
function locationPart(n: SyntaxNode | undefined, ctx: JsContext, atStart: boolean): boolean {
  if (n?.type !== "member_expression") return false;
  const prop = ctx.text(field(n, "property") ?? n);
  const obj = ctx.text(field(n, "object") ?? n);
  return (
    PAGE_LOCATION.test(obj) && (prop === "hostname" || prop === "host" || (atStart && prop === "origin"))
  );
}

/**
 * A script the page or worker loads from a URL: `s.src = u` / `s.setAttribute('src', u)` on
 * `s = document.createElement('script')`, a worker's `importScripts(u)`, `navigator.serviceWorker.register(u)`,
 * jQuery's `$.getScript(u)`. The URL argument when its origin is not fixed by the program.
 */
function scriptUrl(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  let url: SyntaxNode | undefined;
  let el: SyntaxNode | undefined;
  const worker = browserWorkerUrl(node, ctx);
  if (worker)
    return !ctx.fixedOrigin(worker) && ctx.level(worker, "url") === Level.SOURCE ? worker : undefined;
  if (node.type === "new_expression") return undefined;
  if (node.type === "assignment_expression") {
    const left = field(node, "left");
    if (left?.type !== "member_expression" || ctx.text(field(left, "property") ?? left) !== "src")
      return undefined;
    el = field(left, "object") ?? undefined;
    url = field(node, "right") ?? undefined;
  } else {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    // importScripts loads every argument; register() only its first (the second is options: the scope).
    if (/^(self\.)?importScripts$|^(window\.)?navigator\.serviceWorker\.register$/.test(q))
      return (q.endsWith("register") ? args.slice(0, 1) : args).find(
        (a) => !ctx.fixedOrigin(a) && ctx.level(a, "url") === Level.SOURCE,
      );
    if (/^(\$|jQuery|jquery)\.getScript$/.test(q)) url = args[0];
    else if (jqueryScriptAjax(node, ctx)) url = jqueryScriptAjax(node, ctx);
    else if (ctx.method(node) === "setAttribute" && ctx.stringValue(args[0])?.toLowerCase() === "src") {
      const fn = field(node, "function");
      el = fn?.type === "member_expression" ? (field(fn, "object") ?? undefined) : undefined;
      url = args[1];
    } else return undefined;
  }
  if (el) {
    const made = ctx.resolve(el);
    if (made?.type !== "call_expression" || ctx.method(made) !== "createElement") return undefined;
    if (ctx.stringValue(ctx.args(made)[0])?.toLowerCase() !== "script") return undefined;
  }
  // A path on the page's own origin (`'/plugins/' + name + '.js'`) loads the site's own scripts.
  if (!url || ctx.fixedOrigin(url) || ownHost(url, ctx)) return undefined;
  return ctx.level(url, "url") === Level.SOURCE ? url : undefined;
}

export default jsRule({
  meta: {
    id: "JS-CODE-002",
    title: "Module or script loaded from a non-literal path or URL",
    cwe: ["CWE-94", "CWE-829", "CWE-427"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "no request data was traced to the module path (a caller's value, configuration, or an untraced name): an audit hint",
      },
      {
        severity: "LOW",
        when: "the path is fixed by the program but starts at process.cwd(): the code loaded depends on the directory the process runs in",
      },
    ],
    docs: {
      what_it_does:
        "Flags require() whose module path is not a literal (nor literal parts anchored at __dirname), and a page or worker loading a script from a URL the page's input names (a script element's src, importScripts, navigator.serviceWorker.register, $.getScript). HIGH when request data reaches the path; otherwise LOW, an audit hint for a reviewer to trace. A path made of literals under process.cwd() is LOW too: the program fixes the name, but the working directory decides which file runs.",
      why_bad:
        "require() runs the module's top-level code. A path an attacker can steer loads any .js/.json file reachable on disk (an upload, a file in node_modules with side effects), which is code execution. A path under the working directory is an uncontrolled search path (CWE-427): run the tool inside a directory someone else prepared (a cloned repository, a shared folder) and it executes their file.",
      example_bad:
        "app.get('/plugin', (req, res) => {\n  const plugin = require('./plugins/' + req.query.name);\n  res.json(plugin.describe());\n});",
      example_good:
        "const PLUGINS = { csv: require('./plugins/csv'), json: require('./plugins/json') };\napp.get('/plugin', (req, res) => {\n  const plugin = PLUGINS[req.query.name];\n  if (!plugin) return res.status(404).end();\n  res.json(plugin.describe());\n});",
    },
    fix_hint:
      "Map names to modules required with literal paths (an allow-list object) instead of building the path.",
  },
  trigger:
    /require\s*\(|createRequire|import\s*\(|fork\(|importScripts|serviceWorker|getScript|\.src\s*=|setAttribute|Worker|dataType/,
  nodeTypes: ["call_expression", "assignment_expression", "new_expression"],
  detect(node, ctx, report) {
    // A script loaded from a URL runs with the page's (or worker's) rights: whoever picks the URL picks the code.
    const url =
      node.type === "assignment_expression" ||
      !/^(require|import)$/.test(ctx.text(field(node, "function") ?? node))
        ? scriptUrl(node, ctx)
        : undefined;
    if (url) {
      report({ node, message: "script loaded from a URL taken from user input" });
      return;
    }
    if (node.type !== "call_expression") return;
    const fn = field(node, "function");
    // `child_process.fork(modulePath)`: a new Node process runs the module the path names (JS-CMDI-001 reports
    // it as a program chosen by the request as well).
    if (/^(child_process\.)?fork$|child_process\.fork$/.test(ctx.callee(node))) {
      const mod = ctx.args(node)[0];
      if (
        mod &&
        !(fn?.type === "identifier" && !sourceHas(ctx.tree, /child_process/)) &&
        !anchoredPath(mod, ctx) &&
        !ctx.guardedBefore(node) &&
        ctx.level(mod, "module") === Level.SOURCE
      )
        report({ node, message: "fork() runs a module whose path is taken from request data" });
      return;
    }
    // `require(x)` and the dynamic `import(x)`: both load and run the module the specifier names.
    // (`const req = createRequire(import.meta.url); req(x)`: the require function an ES module makes for itself)
    const made = fn?.type === "identifier" && ctx.text(fn) !== "require" ? ctx.resolve(fn) : undefined;
    const created =
      made?.type === "call_expression" && /^((node:)?module\.)?createRequire$/.test(ctx.callee(made));
    if (!fn || !((fn.type === "identifier" && ctx.text(fn) === "require") || fn.type === "import" || created))
      return;
    const spec = ctx.args(node)[0];
    if (!spec || ctx.guardedBefore(node)) return;
    if (anchoredPath(spec, ctx)) {
      if (fromWorkingDir(spec, ctx))
        report({
          node,
          severity: "LOW",
          reason:
            "the path is fixed by the program but starts at process.cwd(): the code loaded depends on the directory the process runs in",
          message:
            "require() loads code from the working directory: which file runs depends on where the process starts",
        });
      return;
    }
    const level = ctx.level(spec, "module");
    if (level === Level.CONST) return;
    if (level === Level.SOURCE)
      report({ node, message: `${ctx.text(fn)}() loads a module path taken from request data` });
    // The LOW audit hint is for require(); a dynamic import() of a computed name is the ESM way to load plugins
    // and files named on the command line.
    else if (fn.type !== "import")
      report({
        node,
        severity: "LOW",
        message: `require() loads a module whose path is not a literal (${level === Level.PARAM ? "a caller's value" : "origin not traced"})`,
      });
  },
  cases: {
    valid: [
      "const { fork } = require('child_process');\napp.post('/j', (req, res) => {\n  fork(path.join(__dirname, 'jobs', 'report.js'), [req.body.month]);\n});",
      "export async function load(file) {\n  return import(pathToFileURL(file).href);\n}",
      "const m = await import('./plugins/csv.js');",
      "const fs = require('fs');",
      "const logger = require(__dirname + '/libs/logger');",
      "const path = require('path');\nconst cfg = require(path.join(__dirname, 'config.json'));",
      "const p = require(`${__dirname}/plugins/csv`);",
      "module.exports = require(4);",
      "$.getScript('/static/plugins/chart.js');",
      // The page's own host, its authority closed by the program's literal (a port, then the path).
      "const v = new URLSearchParams(location.search).get('v');\n$.getScript('http://' + window.location.hostname + ':8988/js/mpl.js?v=' + v);",
      "const v = new URLSearchParams(location.search).get('v');\n$.getScript(`${location.origin}/js/${v}.js`);",
      "const s = document.createElement('script');\ns.src = '/js/app.js?v=' + location.hash.slice(1);",
      "importScripts('/sw-helpers.js');",
      "navigator.serviceWorker.register('/sw.js', { scope: '/' });",
      "const scope = new URLSearchParams(location.search).get('scope');\nnavigator.serviceWorker.register('/sw.js', { scope });",
      "const w = new Worker(new URL('./render.worker.js', import.meta.url), { type: 'module' });",
      "$.ajax({ url: location.hash.slice(1), dataType: 'json' });",
      "jQuery.ajax({ url: '/static/theme.js', dataType: 'script' });",
      "const p = new URLSearchParams(location.search).get('p');\nconst s = document.createElement('script');\ns.setAttribute('src', '/plugins/' + p + '.js');",
      "const img = document.createElement('img');\nimg.src = location.hash.slice(1);",
      "const ALLOWED = new Set(['csv', 'json']);\nfunction load(name) {\n  if (!ALLOWED.has(name)) throw new Error('unknown');\n  return require('./plugins/' + name);\n}",
      "import { createRequire } from 'module';\nconst load = createRequire(import.meta.url);\nconst PLUGINS = { csv: './plugins/csv.js' };\napp.get('/p', (req, res) => {\n  const t = PLUGINS[String(req.query.name)];\n  if (!t) return res.sendStatus(404);\n  res.json(load(t).describe());\n});",
    ],
    invalid: [
      "const { fork } = require('child_process');\napp.post('/j', (req, res) => {\n  fork(path.join(__dirname, 'jobs', req.body.job));\n});",
      "app.get('/p', async (req, res) => {\n  const mod = await import(req.query.module);\n  res.json(Object.keys(mod));\n});",
      "importScripts(new URL(self.location).searchParams.get('lib'));",
      "navigator.serviceWorker.register(new URLSearchParams(location.search).get('sw'));",
      "self.addEventListener('message', (e) => importScripts(e.data.url));",
      "$.getScript(new URLSearchParams(location.search).get('plugin'));",
      // ... but a value right after the host can extend it (`.evil.example`) or replace it (`@evil.example`).
      "const h = new URLSearchParams(location.search).get('h');\n$.getScript('https://' + location.hostname + h + '/x.js');",
      "const p = new URLSearchParams(location.search).get('p');\n$.getScript(location.origin + p);",
      // A page's worker runs the script its URL serves; jQuery runs a script- or jsonp-typed response.
      "const w = new Worker(new URLSearchParams(location.search).get('worker'));",
      "const shared = new SharedWorker(location.hash.slice(1));",
      "jQuery.ajax({ url: location.hash.slice(1), dataType: 'script' });",
      "$.ajax(new URLSearchParams(location.search).get('feed'), { dataType: 'jsonp' });",
      "const s = document.createElement('script');\ns.src = location.hash.slice(1);",
      "const s = document.createElement('script');\ns.setAttribute('src', decodeURIComponent(location.hash.substring(1)));\ndocument.body.appendChild(s);",
      {
        code: "app.get('/p', (req, res) => { const m = require('./plugins/' + req.query.name); res.send(m.name); });",
        severity: "HIGH",
      },
      {
        code: "function load(command) {\n  return require(`./commands/${command}`);\n}",
        line: 2,
        severity: "LOW",
      },
      {
        code: "const CWD = process.cwd();\nconst siteConfig = require(`${CWD}/siteConfig.js`);",
        line: 2,
        severity: "LOW",
        message: "working directory",
      },
      { code: "const DEPS = setup.depsFolder;\nconst del = require(DEPS + 'del');", severity: "LOW" },
      "import { createRequire } from 'module';\nconst load = createRequire(import.meta.url);\napp.get('/p', (req, res) => res.json(load(req.query.name).describe()));",
      "import { createRequire } from 'node:module';\nconst r = createRequire(import.meta.url);\napp.get('/p', (req, res) => res.json(r('./plugins/' + req.query.name).describe()));",
    ],
  },
});
