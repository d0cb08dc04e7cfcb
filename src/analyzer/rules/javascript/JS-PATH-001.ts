import { Level } from "../../dataflow/python.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { typeTestModule } from "./JS-CRED-001.js";
import type { Report } from "../../rule.js";
import { containmentChecked, helperContained, traversalFinding } from "./fs-paths.js";

export default jsRule({
  meta: {
    id: "JS-PATH-001",
    title: "Path traversal: file path from untrusted input",
    cwe: ["CWE-22", "CWE-73"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "a caller-supplied name (not request data) is joined onto a directory without a containment check",
      },
      {
        severity: "MEDIUM",
        when: "request data is joined into a path (path.join/resolve) that is not checked against its base",
      },
      {
        severity: "LOW",
        when: "in a type-assertion test module (tstyche, tsd, expect-type): type-checked, never run",
      },
    ],
    docs: {
      what_it_does:
        "Flags fs calls and res.sendFile whose path comes from request data, node-tar extraction with preservePaths: true, and (LOW) paths joined from a caller-supplied name without a containment check.",
      why_bad:
        "../ sequences or absolute names escape the intended directory and read or overwrite arbitrary files.",
      example_bad:
        "const fs = require('fs');\nconst path = require('path');\nfunction read(name) {\n  return fs.readFileSync(path.join('/srv/docs', name), 'utf8');\n}",
      example_good:
        "const fs = require('fs');\nconst path = require('path');\nconst BASE = '/srv/docs';\nfunction read(name) {\n  const p = path.resolve(BASE, name);\n  if (!p.startsWith(BASE + path.sep)) throw new Error('outside base');\n  return fs.readFileSync(p, 'utf8');\n}",
    },
    fix_hint:
      "Resolve the path and check it starts with the base directory plus a separator, or reduce names with path.basename.",
  },
  trigger:
    /fs|Deno\.|Bun\.|sendFile|sendfile|\bsend\(|download|path\.(join|resolve)|join\(|resolve\(|h\.file\(|\.render\(|\.view\(|\.mv\(|preservePaths|[sS]tatic\(|chdir\(|cwd\s*:|koa-send/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, emit) {
    // A type-assertion test module (tstyche, tsd) only type-checks the handler: its upload is never written.
    const report = (r: Report) => emit(typeTestModule(ctx) ? { ...r, severity: "LOW" } : r);
    // node-tar's `tar.x({ file, cwd, preservePaths: true })`: entries named `/etc/cron.d/x` or `../x` are written
    // where they point instead of under cwd (by default tar strips the leading `/` and refuses `..`).
    if (/^(tar\.)?(x|extract)$/.test(ctx.callee(node)) && sourceHas(ctx.tree, /['"]tar['"]/)) {
      const first = ctx.args(node)[0];
      const opts = first?.type === "identifier" ? ctx.resolve(first) : first;
      const keep = opts?.type === "object" ? ctx.prop(opts, "preservePaths") : undefined;
      if (keep && ctx.text(keep) === "true")
        report({
          node,
          severity: "MEDIUM",
          message:
            "archive extracted with preservePaths: absolute and `..` entry names are written where they point",
        });
      return;
    }
    if (/^(path|node:path|path\.posix|path\.win32)\.(join|resolve)$/.test(ctx.callee(node))) {
      // The join itself, where the path is built: reported unless a file call around it already is.
      const call = node.parent?.type === "arguments" ? node.parent.parent : undefined;
      if (call && traversalFinding(call, ctx)) return;
      // `super.resolve(path.join(this.tenant, key))`, `confine(path.join(dir, name))`: handed to a helper that
      // checks containment of what it returns.
      if (call && helperContained(call, ctx)) return;
      if (containmentChecked(node, ctx, true)) return;
      // Request data anywhere (`path.resolve(req.query.p)` is the client's path itself); a caller's name only
      // past the first argument, which is usually the caller's own base directory.
      const all = ctx.args(node);
      const args = all.slice(1);
      const level = Math.max(Level.CONST, ...args.map((a) => ctx.level(a, "path")));
      if (level === Level.SOURCE || (all[0] && ctx.level(all[0], "path") === Level.SOURCE))
        report({
          node,
          severity: "MEDIUM",
          message: "path joined from request data without a containment check",
        });
      else if (
        level === Level.PARAM &&
        args.some((a) => a.type === "identifier" || a.type === "member_expression")
      )
        report({
          node,
          severity: "LOW",
          message: "path joined from a caller-supplied name without a containment check",
        });
      return;
    }
    // `res.render(req.params.page)`: the view engine reads (and runs) whatever template file the name reaches.
    if (/^(res|response|ctx|reply)\.(render|view)$/.test(ctx.callee(node))) {
      const view = ctx.args(node)[0];
      if (view && ctx.level(view, "path") === Level.SOURCE && !ctx.guardedBefore(node))
        report({
          node,
          message: "template chosen by the request: any file the view engine can reach is rendered",
        });
      return;
    }
    const finding = traversalFinding(node, ctx);
    // A call split over lines (`fsp\n  .readFile(p)`): the finding goes on the line of the method.
    const callee = field(node, "function");
    const prop = callee?.type === "member_expression" ? field(callee, "property") : undefined;
    if (finding) report({ node: prop && prop.startRow !== node.startRow ? prop : node, ...finding });
  },
  cases: {
    valid: [
      // The joined path tested against an anchored pattern of the root (startsWith as a RegExp).
      "const fs = require('fs');\nconst path = require('path');\nconst esc = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nfunction serve(root) {\n  const base = path.normalize(root);\n  const inside = new RegExp('^' + esc(base) + '(/|$)');\n  return (req, res) => {\n    const file = path.join(base, decodeURIComponent(req.path));\n    if (!inside.test(file)) return res.end();\n    fs.createReadStream(file).pipe(res);\n  };\n}\nmodule.exports = serve;",
      // Deno's standard path module is node's path under another name.
      "import { basename, join } from 'jsr:@std/path';\nDeno.serve(async (req) => {\n  const n = new URL(req.url).searchParams.get('p') ?? 'index';\n  return new Response(await Deno.readTextFile(join('./pages', basename(n) + '.md')));\n});",
      // An Object.create copy of an object-literal store with its own checking resolve (and a copy of that copy).
      "const fs = require('fs');\nconst path = require('path');\nconst store = {\n  dir: 'pub',\n  resolve(n) {\n    return path.join('/srv', this.dir, path.basename(n));\n  },\n};\nconst safe = Object.create(store);\nsafe.resolve = function (n) {\n  const p = path.resolve('/srv', String(n));\n  if (!p.startsWith('/srv/')) throw new Error('bad');\n  return p;\n};\napp.get('/a', (req, res) => {\n  const s = Object.create(safe);\n  res.send(fs.readFileSync(s.resolve(req.query.n)));\n});",
      // A subclass's resolve hands a joined path to super.resolve, which checks containment.
      "const fs = require('fs');\nconst path = require('path');\nclass Store {\n  resolve(k) {\n    const t = path.resolve('/srv', k);\n    if (!t.startsWith('/srv/')) throw new Error('out');\n    return t;\n  }\n}\nclass Tenant extends Store {\n  resolve(k) {\n    return super.resolve(path.join('main', k));\n  }\n}\nconst s = new Tenant();\napp.get('/b', (req, res) => res.send(fs.readFileSync(s.resolve(req.query.k))));",
      // The uuid package's validate, under its import alias: only a UUID reaches the path.
      "import fs from 'fs';\nimport { validate as isUuid } from 'uuid';\napp.get('/a/:id', (req, res) => {\n  const id = req.params.id;\n  if (!isUuid(id)) return res.sendStatus(400);\n  fs.createReadStream(`/srv/avatars/${id}.png`).pipe(res);\n});",
      "const fs = require('fs');\nconst path = require('path');\nconst BASE = '/srv/docs';\nfunction confine(name) {\n  const full = path.resolve(BASE, name);\n  if (!full.startsWith(BASE + path.sep)) return null;\n  return full;\n}\napp.get('/d', (req, res) => {\n  const p = confine(req.query.f);\n  if (!p) return res.sendStatus(400);\n  res.send(fs.readFileSync(p));\n});",
      "const fs = require('fs');\nconst path = require('path');\napp.get('/d', (req, res) => {\n  const p = ((n) => {\n    const full = path.resolve('/srv', n);\n    if (!full.startsWith('/srv/')) throw new Error('outside');\n    return full;\n  })(req.query.f);\n  res.send(fs.readFileSync(p));\n});",
      "const fs = require('fs');\nconst path = require('path');\nconst ROOT = path.resolve('public');\nhttp.createServer((req, res) => {\n  const { pathname } = new URL(req.url, 'http://x');\n  let file = path.join(ROOT, decodeURIComponent(pathname));\n  if (pathname.endsWith('/')) file = path.join(file, 'index.html');\n  if (!path.resolve(file).startsWith(ROOT + path.sep)) return res.end();\n  fs.createReadStream(file).pipe(res);\n});",
      "const tar = require('tar');\nasync function f(a, d) {\n  await tar.x({ file: a, cwd: d, strip: 1 });\n}",
      "app.get('/e', (req, res) => res.download(String(req.query.file), { root: __dirname + '/exports' }));",
      "const root = path.join(__dirname, 'public');\napp.get('/a/:n', (req, res) => res.sendFile(req.params.n, { root, dotfiles: 'deny' }));",
      "const send = require('send');\napp.get('/f', (req, res) => send(req, req.query.p, { root: __dirname + '/public' }).pipe(res));",
      "const fastifyStatic = require('@fastify/static');\nfastify.get('/f/*', (request, reply) => reply.sendFile(request.params['*']));",
      "const express = require('express');\napp.use('/s', express.static(path.join(__dirname, 'public')));",
      "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/r/:name', async (request, reply) => reply.sendFile(request.params.name));",
      "const server = Hapi.server({ routes: { files: { relativeTo: '/srv/docs' } } });\nserver.route({ method: 'GET', path: '/d/{n}', handler: (request, h) => h.file(request.params.n) });",
      "const fs = require('fs');\nconst crypto = require('crypto');\napp.post('/u', (req, res) => { fs.copyFile(req.files.a.tempFilePath, 'up/' + crypto.randomUUID(), () => res.end()); });",
      "const path = require('path');\nconst fs = require('fs');\napp.get('/f', (req, res) => {\n  const full = path.resolve('/srv', req.query.f);\n  if (!full.startsWith('/srv/')) return res.sendStatus(403);\n  res.send(fs.readFileSync(full));\n});",
      "const RE = /^[a-z0-9-]{1,32}$/;\napp.post('/a', (req, res) => {\n  if (!RE.test(req.body.alias)) return res.status(400).end();\n  fs.symlinkSync('/srv/cur', path.join('/srv/links', req.body.alias));\n});",
      "const fs = require('fs');\napp.post('/u', (req, res) => { fs.renameSync(req.file.path, 'uploads/' + Date.now()); });",
      "const fs = require('fs');\nfunction f(p) { return fs.readFileSync(p); }",
      "const fsp = require('fs/promises');\nconst path = require('path');\napp.get('/d/*', async (req, res) => {\n  const rel = decodeURIComponent(req.path.slice(3));\n  if (rel.includes('..')) return res.sendStatus(400);\n  res.send(await fsp.readFile(path.join('/srv', rel)));\n});",
      "import send from 'koa-send';\nexport async function dl(ctx) { await send(ctx, ctx.path, { root: '/srv/public' }); }",
      "const { spawn } = require('child_process');\napp.post('/b', (req, res) => { spawn('make', [req.body.target === 'test' ? 'test' : 'all'], { cwd: '/srv/repos/main' }); });",
      "app.post('/cd', (req, res) => { process.chdir(__dirname); res.json(req.body); });",
      "const fs = require('fs');\nfs.readFileSync('./config.json');",
      "app.get('/p', (req, res) => { res.render('index', { title: req.query.title }); });",
      "app.get('/p', (req, res) => {\n  if (!PAGES.has(req.query.p)) return res.sendStatus(404);\n  res.render(req.query.p);\n});",
      "const path = require('path');\napp.get('/f', (req, res) => { res.send(path.join('/srv', path.basename(req.query.f))); });",
      "const path = require('path');\nmodule.exports = async (request, response, config = {}) => {\n  const root = path.resolve(process.cwd(), config.public || '.');\n  response.setHeader('X-Root', path.basename(root));\n};",
      "const path = require('path');\nconst fs = require('fs');\nconst isPathInside = require('path-is-inside');\nmodule.exports = (root) => (req, res) => {\n  const abs = path.join(root, decodeURIComponent(req.url));\n  if (!isPathInside(abs, root)) return res.end();\n  fs.createReadStream(abs).pipe(res);\n};",
      "const fs = require('fs');\nconst path = require('path');\nclass Doc {\n  constructor(n) { this.n = n; }\n  get safePath() {\n    const p = path.resolve(ROOT, this.n);\n    if (!p.startsWith(ROOT + path.sep)) throw new Error('outside');\n    return p;\n  }\n}\napp.get('/d', (req, res) => { fs.readFile(new Doc(req.query.n).safePath, (e, t) => res.send(t)); });",
      "const fs = require('fs');\nconst path = require('path');\nclass Note {\n  constructor(s) { this.s = s; }\n  get file() {\n    const t = path.resolve(BASE, this.s + '.md');\n    if (path.dirname(t) !== BASE) throw new Error('nested');\n    return t;\n  }\n}\napp.put('/n', (req, res) => { const n = new Note(req.body.s); fs.writeFileSync(n.file, 'x'); });",
      "const fs = require('fs');\nconst path = require('path');\napp.post('/u', (req, res) => { fs.writeFileSync(path.join('/srv/up', Date.now() + path.extname(req.body.name)), req.body.data); });",
      "const fs = require('fs');\nconst util = require('util');\nconst read = util.promisify(fs.readFile);\napp.get('/v', async (req, res) => { res.send(await read('/srv/VERSION')); });",
      // a `..` segment regex tested in both branches before the use; startsWith spelled out with substr
      "const fs = require('fs');\nconst { join, normalize, resolve, sep } = require('path');\nconst CLIMB = /(?:^|[\\\\/])\\.\\.(?:[\\\\/]|$)/;\nhttp.createServer((req, res) => {\n  let p = decodeURIComponent(req.url.split('?')[0]);\n  if (ROOT) {\n    p = normalize('.' + sep + p);\n    if (CLIMB.test(p)) { res.statusCode = 403; return res.end(); }\n    p = normalize(join(ROOT, p));\n  } else {\n    if (CLIMB.test(p)) { res.statusCode = 403; return res.end(); }\n    p = resolve(p);\n  }\n  fs.createReadStream(p).pipe(res);\n});",
      "const fs = require('fs');\nconst { join, normalize, sep } = require('path');\nconst root = normalize('/srv/files' + sep);\napp.get('/ls/*', (req, res, next) => {\n  const dir = normalize(join(root, req.params[0]));\n  if ((dir + sep).substr(0, root.length) !== root) return res.sendStatus(403);\n  fs.readdir(dir, (err, names) => (err ? next(err) : res.json(names)));\n});",
    ],
    invalid: [
      {
        code: "const fs = require('fs');\nconst path = require('path');\nfunction serve(base) {\n  const inside = new RegExp(base);\n  return (req, res) => {\n    const file = path.join(base, decodeURIComponent(req.path));\n    if (!inside.test(file)) return res.end();\n    fs.createReadStream(file).pipe(res);\n  };\n}\nmodule.exports = serve;",
        line: 8,
      },
      "import { join } from 'jsr:@std/path';\nDeno.serve(async (req) => {\n  const n = new URL(req.url).searchParams.get('p') ?? 'index';\n  return new Response(await Deno.readTextFile(join('./pages', n + '.md')));\n});",
      // (a copy of the base store: its resolve joins the name; a descriptor may define resolve itself)
      "const fs = require('fs');\nconst path = require('path');\nconst store = {\n  dir: 'pub',\n  resolve(n) {\n    return path.join('/srv', this.dir, n);\n  },\n};\nconst safe = Object.create(store);\nsafe.resolve = function (n) {\n  const p = path.resolve('/srv', String(n));\n  if (!p.startsWith('/srv/')) throw new Error('bad');\n  return p;\n};\napp.get('/a', (req, res) => {\n  const s = Object.create(store, { dir: { value: 'x' } });\n  res.send(fs.readFileSync(s.resolve(req.query.n)));\n});",
      // (the override drops the base's check: super.resolve is not called)
      "const fs = require('fs');\nconst path = require('path');\nclass Store {\n  resolve(k) {\n    const t = path.resolve('/srv', k);\n    if (!t.startsWith('/srv/')) throw new Error('out');\n    return t;\n  }\n}\nclass Fast extends Store {\n  resolve(k) {\n    return path.join('/srv', k);\n  }\n}\nconst s = new Fast();\napp.get('/b', (req, res) => res.send(fs.readFileSync(s.resolve(req.query.k))));",
      // (a validate of this project's own module says nothing about what it admits)
      "import fs from 'fs';\nimport { validate as isUuid } from './check';\napp.get('/a/:id', (req, res) => {\n  const id = req.params.id;\n  if (!isUuid(id)) return res.sendStatus(400);\n  fs.createReadStream(`/srv/avatars/${id}.png`).pipe(res);\n});",
      // (a regex test for something else than `..`; a prefix cut of the raw, unnormalised path; the test in one branch only)
      "const fs = require('fs');\nconst { join } = require('path');\nconst NUL = /\\0/;\napp.get('/f', (req, res) => {\n  if (NUL.test(req.query.f)) return res.sendStatus(400);\n  fs.createReadStream(join('/srv', req.query.f)).pipe(res);\n});",
      "const fs = require('fs');\nconst root = '/srv/files/';\napp.get('/ls', (req, res) => {\n  const dir = root + req.query.d;\n  if (dir.substr(0, root.length) !== root) return res.sendStatus(403);\n  fs.readdir(dir, (e, n) => res.json(n));\n});",
      "const fs = require('fs');\nconst { normalize, sep } = require('path');\nconst CLIMB = /(?:^|[\\\\/])\\.\\.(?:[\\\\/]|$)/;\napp.get('/f', (req, res) => {\n  let p = req.query.f;\n  if (req.query.strict) {\n    if (CLIMB.test(normalize('.' + sep + p))) return res.sendStatus(403);\n  } else {\n    p = p.trim();\n  }\n  fs.createReadStream('/srv/' + p).pipe(res);\n});",
      "const fs = require('fs');\nconst path = require('path');\nfunction under(name) {\n  const full = path.resolve('/srv', name);\n  if (!full.startsWith('/srv/')) console.warn('outside', full);\n  return full;\n}\napp.get('/d', (req, res) => res.send(fs.readFileSync(under(req.query.f))));",
      // Promisified fs functions are the functions they wrap.
      "const fs = require('fs');\nconst util = require('util');\nconst read = util.promisify(fs.readFile);\napp.get('/d', async (req, res) => { res.send(await read(req.query.f)); });",
      "const fs = require('fs');\nconst { promisify } = require('util');\napp.post('/rm', async (req, res) => { await promisify(fs.unlink)(req.body.p); res.end(); });",
      "const fs = require('fs');\nconst pify = require('pify');\nconst pfs = pify(fs);\napp.get('/d', async (req, res) => { res.send(await pfs.readFile(req.query.f)); });",
      "const fs = require('fs');\nconst Promise = require('bluebird');\nconst bfs = Promise.promisifyAll(fs);\napp.get('/d', async (req, res) => { res.send(await bfs.readFileAsync(req.query.f)); });",
      {
        // A type test (tstyche) of an upload plugin: kept visible, at LOW.
        code: "import * as fs from 'node:fs';\nimport { expect } from 'tstyche';\napp.post('/u', async (req) => {\n  const data = await req.file();\n  expect(data).type.not.toBeUndefined();\n  data.file.pipe(fs.createWriteStream(data.filename));\n});",
        line: 6,
        severity: "LOW",
      },
      "const fs = require('fs');\nconst path = require('path');\nconst ROOT = path.resolve('public');\nhttp.createServer((req, res) => {\n  const { pathname } = new URL(req.url, 'http://x');\n  let file = path.join(ROOT, decodeURIComponent(pathname));\n  if (pathname.endsWith('/')) file = path.join(file, 'index.html');\n  fs.createReadStream(file).pipe(res);\n});",
      "const tar = require('tar');\nasync function f(a, d) {\n  await tar.x({ file: a, cwd: d, preservePaths: true });\n}",
      {
        code: "const fs = require('fs');\nconst path = require('path');\nclass Doc {\n  constructor(n) { this.n = n; }\n  get joined() {\n    return path.join(ROOT, this.n);\n  }\n}\napp.get('/d', (req, res) => { fs.readFile(new Doc(req.query.n).joined, (e, t) => res.send(t)); });",
        line: 9,
      },
      "const path = require('path');\napp.get('/p', (req, res) => {\n  res.json({ at: path.resolve(req.query.p) });\n});",
      "Deno.serve(async (req) => {\n  const name = new URL(req.url).searchParams.get('name');\n  return new Response(await Deno.readTextFile('/srv/' + name));\n});",
      {
        // A check in another route's branch guards nothing here.
        code: "const path = require('path');\nconst fs = require('fs');\napp.get('/f', (req, res) => {\n  if (req.query.mode === 'a') {\n    const full = path.resolve('/srv', req.query.f);\n    if (!full.startsWith('/srv/')) return res.sendStatus(403);\n    return res.send(fs.readFileSync(full));\n  }\n  res.send(fs.readFileSync(path.join('/srv', req.query.f)));\n});",
        line: 9,
      },
      "import fs from 'fs/promises';\napp.get('/d', async (req, res) => { res.json(await fs.readdir(req.query.dir)); });",
      "const fs = require('fs');\nconst path = require('path');\nfunction f(d, n) { return fs.readFileSync(path.join(d, n)); }",
      // (a `..` test of the raw text, decoded only afterwards)
      {
        code: "const fsp = require('fs/promises');\nconst path = require('path');\napp.get('/d/*', async (req, res) => {\n  const raw = req.path.slice(3);\n  if (raw.includes('..')) return res.sendStatus(400);\n  res.send(await fsp.readFile(path.join('/srv', decodeURIComponent(raw))));\n});",
        line: 6,
      },
      "const fse = require('fs-extra');\nconst path = require('path');\napp.post('/c/:p', (req, res) => {\n  const file = path.join('/srv', req.params.p + '.json');\n  fse.outputJsonSync(file, req.body);\n});",
      "app.post('/cd', (req, res) => { process.chdir(req.body.dir); res.end(); });",
      "const { spawn } = require('child_process');\napp.post('/b', (req, res) => { spawn('make', ['all'], { cwd: '/srv/repos/' + req.body.project }); });",
      "import send from 'koa-send';\nexport async function dl(ctx) { await send(ctx, ctx.path, { root: String(ctx.query.base) }); }",
      "app.get('/f', (req, res) => { res.sendFile(req.query.name); });",
      "app.get('/f', (req, res) => { res.sendfile(req.query.name); });",
      "app.get('/f', (req, res) => { res.sendFile(req.params.n, { root: req.query.base }); });",
      "app.get('/f', (req, res) => { const root = req.query.base; res.sendFile(req.params.n, { root }); });",
      // A root at the filesystem's top confines nothing.
      "app.get('/f', (req, res) => { res.sendFile(req.query.f, { root: '/' }); });",
      "const send = require('send');\napp.get('/f', (req, res) => send(req, req.query.p).pipe(res));",
      "app.get('/e', (req, res) => res.download(__dirname + '/exports/' + req.query.file));",
      {
        // A containment test whose branch only logs lets the path through.
        code: "const path = require('path');\napp.get('/f', (req, res) => {\n  const full = path.resolve('/srv', req.query.f);\n  if (!full.startsWith('/srv/')) {\n    console.warn('outside', full);\n  }\n  res.sendFile(full);\n});",
        line: 7,
      },
      {
        code: "const fsp = require('fs/promises');\napp.get('/n', (req, res) => {\n  fsp\n    .readFile(req.query.n)\n    .then((t) => res.send(t));\n});",
        line: 4,
      },
      "const fs = require('fs');\napp.post('/u', (req, res) => { fs.copyFile(req.files.a.tempFilePath, 'up/' + req.files.a.name, () => res.end()); });",
      "const fastifyStatic = require('@fastify/static');\nfastify.get('/f', (request, reply) => reply.sendFile('x.txt', request.query.root));",
      "const fastifyStatic = require('@fastify/static');\nfastify.get('/f', (request, reply) => reply.sendFile(request.query.p, '/'));",
      "app.post('/u', (req, res) => {\n  const file = req.files.upload;\n  file.mv('/srv/uploads/' + file.name);\n});",
      "const fs = require('fs');\napp.post('/u', (req, res) => { fs.renameSync(req.file.path, 'uploads/' + req.file.originalname); });",
      "server.route({ method: 'GET', path: '/s/{p}', handler: (request, h) => h.file('/srv/' + request.params.p) });",
      "const express = require('express');\napp.use('/t', (req, res, next) => express.static(req.query.root)(req, res, next));",
      "const serveStatic = require('serve-static');\napp.use('/t', (req, res, next) => serveStatic(String(req.headers['x-root']))(req, res, next));",
      "const server = Hapi.server({ routes: { files: { relativeTo: '/srv/docs' } } });\nserver.route({ method: 'GET', path: '/d/{n}', handler: (request, h) => h.file(request.params.n, { confine: false }) });",
      {
        code: "const path = require('path');\napp.get('/f', (req, res) => {\n  const p = path.join('/srv/files', req.query.f);\n  stream(p).pipe(res);\n});",
        line: 3,
        severity: "MEDIUM",
      },
    ],
  },
});
