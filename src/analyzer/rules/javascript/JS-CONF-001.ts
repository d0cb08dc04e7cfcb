import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import type { JsContext } from "../../dataflow/javascript.js";

/**
 * helmet() protections whose `false` leaves a browser defence off. (Not crossOriginEmbedderPolicy: helmet 7 sends
 * no COEP header by default, and COEP only opts the page into cross-origin isolation - `false` is the default.)
 */
const HELMET_OFF =
  /^(contentSecurityPolicy|frameguard|hsts|strictTransportSecurity|noSniff|xContentTypeOptions|xssFilter|xFrameOptions|crossOriginOpenerPolicy|crossOriginResourcePolicy|referrerPolicy)$/;

/** `'500mb'`, `'1gb'`, `50 * 1024 * 1024`: a request body limit in bytes, when it can be read. */
function limitBytes(text: string): number | undefined {
  const m = /^['"`]?\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*['"`]?$/i.exec(text);
  if (m)
    return (
      Number(m[1]) * ({ b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? "b").toLowerCase()] ?? 1)
    );
  if (/^[\d\s*]+$/.test(text)) return text.split("*").reduce((a, b) => a * Number(b.trim() || 1), 1);
  // `limit: Infinity`: no limit at all.
  if (/^(Infinity|Number\.MAX_SAFE_INTEGER|Number\.POSITIVE_INFINITY)$/.test(text)) return Infinity;
  return undefined;
}

/** `fastify.register(require('@fastify/static'), opts)` / `register(fastifyStatic, opts)`: the plugin's options. */
function registered(node: SyntaxNode, ctx: JsContext): boolean {
  if (ctx.method(node) !== "register") return false;
  const plugin = ctx.args(node)[0];
  if (!plugin) return false;
  const t = plugin.type === "call_expression" ? ctx.callee(plugin) : ctx.qname(plugin);
  return (
    /^(require\.)?(@fastify\/static|fastify-static)$/.test(t) ||
    /['"](@fastify\/static|fastify-static)['"]/.test(ctx.text(plugin))
  );
}

/** `__dirname`, `'.'` / `'./'`, `process.cwd()`, or path.join / resolve of one of them alone (or with `'..'`). */
function appDirectory(n: SyntaxNode, ctx: JsContext): boolean {
  const t = ctx.text(n).replace(/\s+/g, "");
  if (/^(__dirname|process\.cwd\(\)|(['"`])\.\/?\2)$/.test(t)) return true;
  return /^path\.(join|resolve)\((__dirname|process\.cwd\(\))(,(['"`])\.\.?\/?\4)*\)$/.test(t);
}

/**
 * `new Server(http, { maxHttpBufferSize: 1e9 })` (socket.io; the default is 1 MB) and `new Ajv({ allErrors: true })`
 * (every error of a hostile document is collected, which Ajv's own security notes warn against for untrusted data).
 */
function unboundedServer(
  node: SyntaxNode,
  q: string,
  ctx: JsContext,
  report: (r: { node: SyntaxNode; severity?: "LOW"; message: string }) => void,
): void {
  const args = ctx.args(node);
  if (/^socket\.io(\.Server)?$/.test(q)) {
    const opts = args.find((a) => a.type === "object");
    const v = opts && ctx.prop(opts, "maxHttpBufferSize");
    const bytes = v
      ? limitBytes(
          ctx.text(v).replace(/^(\d+(?:\.\d+)?)e(\d+)$/i, (_, a, b) => String(Number(a) * 10 ** Number(b))),
        )
      : undefined;
    if (bytes !== undefined && bytes > 10 * 1024 ** 2)
      report({ node, severity: "LOW", message: `socket.io accepts messages of ${ctx.text(v!)} bytes` });
    return;
  }
  // ws's maxPayload (default 100 MiB): 0 turns the check off, Infinity the same.
  if (/^ws(\.(WebSocketServer|Server|WebSocket\.Server|default\.Server))?$/.test(q)) {
    const opts = args.find((a) => a.type === "object");
    const v = opts && ctx.prop(opts, "maxPayload");
    if (v && (ctx.text(v) === "0" || limitBytes(ctx.text(v)) === Infinity))
      report({
        node,
        severity: "LOW",
        message: `ws accepts messages of any size (maxPayload: ${ctx.text(v)})`,
      });
    return;
  }
  if (/^(ajv|ajv\.default|ajv\.Ajv|ajv\/dist\/2019|ajv\/dist\/2020)$/.test(q)) {
    const opts = args[0]?.type === "object" ? args[0] : undefined;
    if (opts && ctx.prop(opts, "allErrors")?.type === "true")
      report({
        node,
        severity: "LOW",
        message: "Ajv allErrors: true collects every error of an untrusted document",
      });
  }
}

export default jsRule({
  meta: {
    id: "JS-CONF-001",
    title:
      "Security middleware switched off or unbounded (helmet protections, body size limits, directory listings)",
    cwe: ["CWE-693", "CWE-400", "CWE-770", "CWE-548", "CWE-1021", "CWE-552", "CWE-538"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a request body limit above 10 MB, or an upload parser's size limit set to Infinity or, for multer and express-fileupload, left at its Infinity default, a socket.io message limit above 10 MB, or Ajv collecting all errors (resource use, not a direct exposure)",
      },
    ],
    docs: {
      what_it_does:
        "Flags helmet() options that turn a protection off (contentSecurityPolicy, frameguard, hsts, noSniff ... set to false) body-parser / express.json limits above 10 MB, upload parsers (formidable, busboy, multer, express-fileupload) whose size limits are Infinity, serve-index directory listings, and express.static / serve-static with dotfiles: 'allow' or rooted at the application's own directory (__dirname, '.', process.cwd()).",
      why_bad:
        "Without CSP or frame protection the page is open to script injection and clickjacking; a huge body limit lets a few requests exhaust the server's memory.",
      example_bad:
        "app.use(helmet({ contentSecurityPolicy: false }));\napp.use(express.json({ limit: '500mb' }));",
      example_good: "app.use(helmet());\napp.use(express.json({ limit: '100kb' }));",
    },
    fix_hint:
      "Keep helmet's defaults (configure CSP rather than disabling it); keep body limits small per route.",
  },
  trigger:
    /helmet|limit|Limit|showDir|fastify-static|fastify\/static|koa-static|koa-send|dotfiles|maxPayload|serve-index|dotfiles|express\.static|serve-static|serveStatic|maxFileSize|maxTotalFileSize|maxFieldsSize|multer|express-fileupload|busboy|Busboy|maxHttpBufferSize|allErrors/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const opts = ctx.args(node)[0];
    if (node.type === "new_expression") {
      unboundedServer(node, q, ctx, report);
      return;
    }
    // express-fileupload with no options keeps busboy's default fileSize of Infinity, like multer without limits.
    if (q === "express-fileupload" && !opts) {
      report({
        node,
        severity: "LOW",
        message: "express-fileupload without limits.fileSize accepts files of any size",
      });
      return;
    }
    // serve-index lists a directory's files to anyone who asks (backups, keys, uploads of other users).
    if (q === "serve-index") {
      report({ node, message: "serve-index exposes a directory listing" });
      return;
    }
    // ecstatic / http-server's `showDir: true` and @fastify/static's `list` answer a directory with its listing.
    if (
      /^(ecstatic|http-server\.createServer|@fastify\/static|fastify-static)$/.test(q) ||
      registered(node, ctx)
    ) {
      const o = registered(node, ctx) ? ctx.args(node)[1] : opts;
      if (o?.type !== "object") return;
      const list = ctx.prop(o, "showDir") ?? ctx.prop(o, "list");
      if (list && list.type !== "false" && list.type !== "null" && ctx.text(list) !== "undefined")
        report({ node, message: "directory listing served" });
      else if (ctx.prop(o, "serveDotFiles")?.type === "true")
        report({ node, message: "static files served with serveDotFiles: true (.env, .git, keys)" });
      return;
    }
    // koa-static / koa-send `hidden: true` serves dot-files; koa-static rooted at the application's directory.
    if (/^(koa-static|koa-send)$/.test(q)) {
      const o = ctx.args(node)[q === "koa-send" ? 2 : 1];
      if (o?.type === "object" && ctx.prop(o, "hidden")?.type === "true")
        report({ node, message: "static files served with hidden: true (.env, .git, keys)" });
      else if (q === "koa-static" && opts && appDirectory(opts, ctx))
        report({
          node,
          message: "static files served from the application's own directory (source, config)",
        });
      return;
    }
    // `res.sendFile(name, { root, dotfiles: 'allow' })` / `res.download`: a name like .env is sent.
    if (/^(sendFile|sendfile|download)$/.test(ctx.method(node))) {
      const o = ctx.args(node).find((a) => a.type === "object");
      if (o && ctx.constValue(ctx.prop(o, "dotfiles")) === "allow")
        report({ node, message: "file sent with dotfiles: 'allow' (.env, .git, keys)" });
      return;
    }
    // raw-body's `limit: Infinity`: the whole request stream is buffered.
    if (q === "raw-body") {
      const o = ctx.args(node)[1];
      const v = o?.type === "object" ? ctx.prop(o, "limit") : undefined;
      if (v && limitBytes(ctx.text(v)) === Infinity)
        report({ node, severity: "LOW", message: "raw-body reads a request of any size (limit: Infinity)" });
      return;
    }
    // express.static / serve-static with dotfiles: 'allow' serves .env, .git/config, .htpasswd and the like.
    if (/^(express\.static|serve-static|serveStatic)$/.test(q)) {
      // `const serveStatic = (path, opts) => express.static(join(publicFolder, path), opts)`: this file's own
      // helper, rooted where its body says (the express.static inside it is judged there).
      const callee = field(node, "function");
      if (callee?.type === "identifier") {
        const own = ctx.functionNamed(ctx.text(callee)) ?? ctx.resolve(callee);
        if (
          own &&
          own !== callee &&
          /^(arrow_function|function_expression|function|function_declaration)$/.test(own.type)
        )
          return;
      }
      const o = ctx.args(node)[1];
      if (o?.type === "object" && ctx.constValue(ctx.prop(o, "dotfiles")) === "allow")
        report({ node, message: "static files served with dotfiles: 'allow' (.env, .git, keys)" });
      // The application's own directory as the static root (`express.static(__dirname)`, `'.'`,
      // `process.cwd()`): its source, package.json and configuration files are served to anyone.
      else if (opts && appDirectory(opts, ctx))
        report({
          node,
          message: "static files served from the application's own directory (source, config)",
        });
      return;
    }
    if (/^helmet$/.test(q) && opts?.type === "object") {
      for (const p of namedChildren(opts)) {
        if (p.type !== "pair") continue;
        const key = ctx.text(field(p, "key") ?? p).replace(/['"]/g, "");
        if (HELMET_OFF.test(key) && field(p, "value")?.type === "false") {
          report({ node, message: `helmet protection '${key}' switched off` });
          return;
        }
      }
      return;
    }
    // Upload parsers: formidable's maxFileSize / maxTotalFileSize / maxFieldsSize, and busboy's, multer's and
    // express-fileupload's limits.fileSize / fieldSize, set to Infinity: one request may fill the disk or memory.
    if (
      opts?.type === "object" &&
      /^(formidable|busboy|Busboy|multer|fileUpload|express-fileupload)$/.test(q) &&
      sourceHas(ctx.tree, /['"](formidable|busboy|multer|express-fileupload)['"]/)
    ) {
      const limits = ctx.prop(opts, "limits");
      const keys: [SyntaxNode | undefined, string][] = [
        ...["maxFileSize", "maxTotalFileSize", "maxFieldsSize"].map((k): [SyntaxNode | undefined, string] => [
          opts,
          k,
        ]),
        ...["fileSize", "fieldSize"].map((k): [SyntaxNode | undefined, string] => [limits, k]),
      ];
      for (const [o, k] of keys) {
        const v = o?.type === "object" ? ctx.prop(o, k) : undefined;
        if (v && limitBytes(ctx.text(v)) === Infinity) {
          report({ node, severity: "LOW", message: `upload size limit ${k} set to ${ctx.text(v)}` });
          return;
        }
      }
      // multer's, express-fileupload's and busboy's fileSize default to Infinity: leaving the limits out is the
      // same as writing it.
      if (/^(multer|express-fileupload|busboy|Busboy)$/.test(q) && !limits)
        report({
          node,
          severity: "LOW",
          message: `${q} without limits.fileSize accepts files of any size`,
        });
      return;
    }
    // Fastify's `bodyLimit` (default 1 MB), koa-body's and koa-bodyparser's jsonLimit / formLimit / textLimit, and
    // the formidable options koa-body passes on (`formidable: { maxFileSize: Infinity }`).
    const koaParser = /^(koa-body|koa-bodyparser)(\.(koaBody|default))?$/.test(q);
    const fastifyApp = /^fastify(\.(fastify|default))?$/.test(q) && sourceHas(ctx.tree, /['"]fastify['"]/);
    if ((koaParser || fastifyApp) && opts?.type === "object") {
      const keys = fastifyApp ? ["bodyLimit"] : ["jsonLimit", "formLimit", "textLimit", "xmlLimit"];
      const form = koaParser ? ctx.prop(opts, "formidable") : undefined;
      const pairs: [SyntaxNode | undefined, string][] = [
        ...keys.map((k): [SyntaxNode | undefined, string] => [ctx.prop(opts, k), k]),
        ...(form?.type === "object"
          ? ["maxFileSize", "maxTotalFileSize", "maxFieldsSize"].map(
              (k): [SyntaxNode | undefined, string] => [ctx.prop(form, k), k],
            )
          : []),
      ];
      for (const [v, k] of pairs) {
        const bytes = v ? limitBytes(ctx.text(v)) : undefined;
        // A file upload's size is a disk budget, not a buffered body: hundreds of MB is a common video or archive
        // limit; only above 1 GB (or Infinity) is it unbounded in practice.
        const cap = /^max(Total)?FileSize$/.test(k) ? 1024 ** 3 : 10 * 1024 ** 2;
        if (bytes !== undefined && bytes > cap) {
          report({
            node,
            severity: "LOW",
            message: `request body limit ${k}: ${ctx.text(v!)} lets a client tie up memory`,
          });
          return;
        }
      }
      return;
    }
    if (
      /^(body-parser|bodyParser|express)\.(json|urlencoded|raw|text)$|^(json|urlencoded)$/.test(q) &&
      opts?.type === "object"
    ) {
      const limit = ctx.prop(opts, "limit");
      const bytes = limit ? limitBytes(ctx.text(limit)) : undefined;
      if (bytes !== undefined && bytes > 10 * 1024 ** 2)
        report({
          node,
          severity: "LOW",
          message: `request body limit ${ctx.text(limit!)} lets a client tie up memory`,
        });
    }
  },
  cases: {
    valid: [
      "const multer = require('multer');\nconst upload = multer({ dest: 'up/', limits: { fileSize: 5 * 1024 * 1024 } });",
      "const busboy = require('busboy');\napp.post('/u', (req, res) => { const bb = busboy({ headers: req.headers, limits: { fileSize: 1e6 } }); req.pipe(bb); });",
      "const Fastify = require('fastify');\nconst app = Fastify({ logger: true, bodyLimit: 1048576 });",
      "const { koaBody } = require('koa-body');\napp.use(koaBody({ jsonLimit: '1mb', formidable: { maxFileSize: 5 * 1024 * 1024 } }));",
      "const helmet = require('helmet');\napp.use(helmet());",
      "const express = require('express');\napp.use(express.static('public', { dotfiles: 'ignore' }));",
      "const express = require('express');\napp.use(express.static(path.join(__dirname, 'public')));",
      "const express = require('express');\napp.use(express.static('dist'));",
      "const helmet = require('helmet');\napp.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: [\"'self'\"] } } }));",
      "const bodyParser = require('body-parser');\napp.use(bodyParser.json({ limit: '100kb' }));",
      "const formidable = require('formidable');\nconst form = formidable({ maxFileSize: 10 * 1024 * 1024 });",
      "const busboy = require('busboy');\nconst bb = busboy({ headers: req.headers, limits: { fileSize: 1024 * 1024 } });",
      "const fileUpload = require('express-fileupload');\napp.use(fileUpload({ limits: { fileSize: 10 * 1024 * 1024 } }));",
      "const { Server } = require('socket.io');\nconst io = new Server(srv, { maxHttpBufferSize: 1e6 });",
      "const Ajv = require('ajv');\nconst ajv = new Ajv({ allErrors: false, strict: true });",
      "const ecstatic = require('ecstatic');\napp.use(ecstatic({ root: 'public', showDir: false }));",
      "const fastify = require('fastify')();\nfastify.register(require('@fastify/static'), { root: '/srv/assets', prefix: '/assets/' });",
      "const koaStatic = require('koa-static');\napp.use(koaStatic('public', { hidden: false }));",
      "app.get('/f/:n', (req, res) => res.sendFile(req.params.n, { root: 'files', dotfiles: 'deny' }));",
      "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080, maxPayload: 65536 });",
      "const getRawBody = require('raw-body');\ngetRawBody(req, { limit: '1mb' });",
      "const { koaBody } = require('koa-body');\napp.use(koaBody({ multipart: true, formidable: { maxFileSize: 200 * 1024 * 1024 } }));",
    ],
    invalid: [
      {
        code: "const multer = require('multer');\nconst upload = multer({ dest: '/tmp/uploads' });",
        severity: "LOW",
      },
      {
        code: "const busboy = require('busboy');\napp.post('/u', (req, res) => { const bb = busboy({ headers: req.headers }); req.pipe(bb); });",
        severity: "LOW",
      },
      "const Fastify = require('fastify');\nconst app = Fastify({ logger: true, bodyLimit: 1024 * 1024 * 1024 });",
      "import Fastify from 'fastify';\nexport const app = Fastify({ bodyLimit: 500 * 1024 * 1024 });",
      "const { koaBody } = require('koa-body');\napp.use(koaBody({ multipart: true, jsonLimit: '2gb' }));",
      "import { koaBody } from 'koa-body';\napp.use(koaBody({ multipart: true, formidable: { maxFileSize: Infinity } }));",
      "const bodyParser = require('koa-bodyparser');\napp.use(bodyParser({ formLimit: '200mb' }));",
      "const serveIndex = require('serve-index');\napp.use('/f', serveIndex('uploads'));",
      "const express = require('express');\napp.use(express.static('public', { dotfiles: 'allow' }));",
      "const express = require('express');\napp.use(express.static(__dirname));",
      "const express = require('express');\napp.use('/', express.static(path.join(__dirname, '..')));",
      "const helmet = require('helmet');\napp.use(helmet({ frameguard: false }));",
      {
        code: "const express = require('express');\napp.use(express.json({ limit: '500mb' }));",
        severity: "LOW",
      },
      {
        code: "const bodyParser = require('body-parser');\napp.use(bodyParser.raw({ limit: Infinity }));",
        severity: "LOW",
      },
      {
        code: "const formidable = require('formidable');\nconst form = formidable({ maxFileSize: Infinity });",
        severity: "LOW",
      },
      {
        code: "const multer = require('multer');\nconst upload = multer({ dest: 'up/', limits: { fileSize: Infinity } });",
        severity: "LOW",
      },
      {
        code: "const fileUpload = require('express-fileupload');\nrouter.use(fileUpload());",
        severity: "LOW",
      },
      {
        code: "const { Server } = require('socket.io');\nconst io = new Server(srv, { maxHttpBufferSize: 1e9 });",
        severity: "LOW",
      },
      { code: "const Ajv = require('ajv');\nconst ajv = new Ajv({ allErrors: true });", severity: "LOW" },
      "const ecstatic = require('ecstatic');\napp.use(ecstatic({ root: 'public', showDir: true }));",
      "const fastify = require('fastify')();\nfastify.register(require('@fastify/static'), { root: '/srv/files', list: true });",
      "import fastifyStatic from '@fastify/static';\nfastify.register(fastifyStatic, { root: '/srv', serveDotFiles: true });",
      "const koaStatic = require('koa-static');\napp.use(koaStatic('public', { hidden: true }));",
      "const koaStatic = require('koa-static');\napp.use(koaStatic(__dirname));",
      "app.get('/f/:n', (req, res) => res.sendFile(req.params.n, { root: 'files', dotfiles: 'allow' }));",
      {
        code: "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080, maxPayload: 0 });",
        severity: "LOW",
      },
      {
        code: "const getRawBody = require('raw-body');\ngetRawBody(req, { limit: Infinity });",
        severity: "LOW",
      },
    ],
  },
});
