// Dev suite "js-ts", batch 160: values that cross function boundaries inside one file, written blind (before
// reading the data-flow code). The source is read in one function and the sink sits in a helper two or three
// calls deep, a service class (field set by the constructor or a setter), a closure or factory, a callback handed
// to a helper, Express middleware that copies input into req.* / res.locals, router.param, Koa ctx.state, Fastify
// hooks and request decorations, NestJS controller -> service -> repository, event emitters, timer and queue
// callbacks, recursion, default and rest parameters, `arguments`, functions exported and used in the same file,
// and async helpers awaited or .then-ed. Each positive sits beside a look-alike a careless tool would flag: a
// helper that ignores its argument, the constant argument position, a real sanitiser, a validator that throws.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch160", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch160", cwe, note, src, "typescript");

export const BATCH160: DevCase[] = [
  ...js(
    "CWE-78",
    "command helpers two and three calls deep: the tainted argument vs a constant one, a helper that ignores its argument",
    `const express = require('express');
const path = require('path');
const { exec, execSync } = require('child_process');
const app = express();

function shell(command, options) {
@@  return execSync(command, options).toString();
}

function gitLog(repo) {
  return shell('git log --oneline ' + repo, { encoding: 'utf8' });
}

function runInDir(dir, command) {
@ok  return execSync(command, { cwd: path.join('/srv/repos', path.basename(dir)) }).toString();
}

function listing(dir) {
  return runInDir(dir, 'ls -la');
}

function execAsync(c) {
  return new Promise((resolve, reject) => {
@@    exec(c, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

async function ping(host) {
  return execAsync('ping -c 1 ' + host);
}

async function diagnose(target) {
  return ping(target);
}

function diskUsage(ignoredPath) {
@ok  return execSync('df -h /').toString();
}

app.get('/log', (req, res) => res.type('text').send(gitLog(req.query.repo)));
app.get('/ls', (req, res) => res.type('text').send(listing(req.query.dir)));
app.get('/diag', async (req, res) => res.type('text').send(await diagnose(req.query.host)));
app.get('/df', (req, res) => res.type('text').send(diskUsage(req.query.path)));
`,
  ),
  ...ts(
    "CWE-89",
    "helpers that return their argument, a transformed argument, a constant, or a checked integer, feeding pg queries",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();

function passthrough<T>(v: T): T {
  return v;
}

function upper(s: string): string {
  return s.toUpperCase();
}

function fixedColumn(_requested: string): string {
  return 'created_at';
}

function asId(v: unknown): number {
  const n = Number.parseInt(String(v), 10);
  if (!Number.isSafeInteger(n)) throw new Error('bad id');
  return n;
}

app.get('/a', async (req: Request, res: Response) => {
  const name = passthrough(req.query.name as string);
@@  const r = await pool.query("SELECT * FROM users WHERE name = '" + name + "'");
  res.json(r.rows);
});

app.get('/b', async (req: Request, res: Response) => {
  const code = upper(String(req.query.code));
@@  const r = await pool.query(\`SELECT * FROM countries WHERE code = '\${code}'\`);
  res.json(r.rows);
});

app.get('/c', async (req: Request, res: Response) => {
  const col = fixedColumn(String(req.query.sort));
@ok  const r = await pool.query(\`SELECT * FROM posts ORDER BY \${col} DESC\`);
  res.json(r.rows);
});

app.get('/d', async (req: Request, res: Response) => {
  const id = asId(req.query.id);
@ok  const r = await pool.query('SELECT * FROM orders WHERE id = ' + id);
  res.json(r.rows);
});

app.get('/e', async (req: Request, res: Response) => {
@ok  const r = await pool.query('SELECT * FROM users WHERE name = $1', [passthrough(req.query.name)]);
  res.json(r.rows);
});

app.get('/f', async (req: Request, res: Response) => {
  const tag = passthrough(passthrough(String(req.query.tag)));
@@  const r = await pool.query('DELETE FROM tags WHERE label = \\'' + tag + "'");
  res.json(r.rowCount);
});
`,
  ),
  ...js(
    "CWE-22",
    "local path sanitisers that really check vs ones that look like it (trim, a first-only replace, an ignored allow-list, a validator that only warns)",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
const ROOT = path.resolve(__dirname, 'public');
const ALLOWED = new Set(['terms.txt', 'privacy.txt']);

function clean(s) {
  return String(s).trim();
}

function stripDots(s) {
  return s.replace('../', '');
}

function safeJoin(base, name) {
  const full = path.resolve(base, name);
  if (!full.startsWith(base + path.sep)) throw new Error('outside root');
  return full;
}

function baseOnly(name) {
  return path.basename(String(name));
}

function isAllowed(name) {
  return ALLOWED.has(name);
}

function checkName(name) {
  if (typeof name !== 'string') return false;
  if (name.includes('..')) {
    console.warn('suspicious name', name);
  }
  return true;
}

function assertPlain(name) {
  if (!/^[a-z0-9_-]+[.]txt$/.test(name)) throw new Error('bad name');
}

app.get('/f1', (req, res) => {
@@  fs.readFile(path.join(ROOT, clean(req.query.file)), (err, data) => res.type('text').send(data));
});

app.get('/f2', (req, res) => {
@@  res.type('text').send(fs.readFileSync(ROOT + '/' + stripDots(req.query.file)));
});

app.get('/f3', (req, res) => {
@ok  res.sendFile(safeJoin(ROOT, req.query.file));
});

app.get('/f4', (req, res) => {
@ok  fs.createReadStream(path.join(ROOT, baseOnly(req.query.file))).pipe(res);
});

app.get('/f5', (req, res) => {
  isAllowed(req.query.file);
@@  res.sendFile(path.join(ROOT, req.query.file));
});

app.get('/f6', (req, res) => {
  if (!isAllowed(req.query.file)) return res.sendStatus(403);
@ok  res.sendFile(path.join(ROOT, req.query.file));
});

app.get('/f7', (req, res) => {
  if (!checkName(req.query.file)) return res.sendStatus(400);
@@  res.sendFile(path.join(ROOT, req.query.file));
});

app.get('/f8', (req, res) => {
  assertPlain(req.query.file);
@ok  res.sendFile(path.join(ROOT, req.query.file));
});
`,
  ),
  ...ts(
    "CWE-918",
    "service classes holding the URL in a field set by the constructor, a parameter property or a setter vs fixed hosts",
    `import express from 'express';
import axios from 'axios';
import got from 'got';

class Fetcher {
  private base: string;
  constructor(base: string) {
    this.base = base;
  }
  async get(path: string) {
@@    return axios.get(this.base + path);
  }
}

class WebhookClient {
  private target = 'https://hooks.internal.example.com/notify';
  private payload: unknown = null;
  setPayload(p: unknown) {
    this.payload = p;
  }
  async send() {
@ok    return axios.post(this.target, this.payload);
  }
}

class Probe {
  url = '';
  setUrl(u: string) {
    this.url = u;
  }
  async run() {
@@    const r = await fetch(this.url);
    return r.status;
  }
}

class Api {
  constructor(private readonly token: string) {}
  async me() {
@ok    return fetch('https://api.example.com/me', { headers: { authorization: 'Bearer ' + this.token } });
  }
}

class Mirror {
  constructor(private readonly origin: string) {}
  pull(file: string) {
@@    return got(\`\${this.origin}/\${file}\`).text();
  }
}

const app = express();
app.use(express.json());

app.get('/proxy', async (req, res) => {
  const f = new Fetcher(String(req.query.host));
  res.json((await f.get('/status')).data);
});

app.post('/notify', async (req, res) => {
  const w = new WebhookClient();
  w.setPayload(req.body);
  await w.send();
  res.sendStatus(204);
});

app.get('/probe', async (req, res) => {
  const p = new Probe();
  p.setUrl(req.query.u as string);
  res.json({ status: await p.run() });
});

app.get('/me', async (req, res) => {
  const a = new Api(String(req.headers.authorization));
  res.json(await (await a.me()).json());
});

app.get('/mirror', async (req, res) => {
  res.type('text').send(await new Mirror(String(req.query.origin)).pull('index.json'));
});
`,
  ),
  ...js(
    "CWE-78",
    "closures and factories: makeRunner(cmd)(), curried arrows, a closure variable set by one method and run by another",
    `const express = require('express');
const { exec, execSync, spawn } = require('child_process');
const app = express();
app.use(express.json());

function makeRunner(cmd) {
  return function () {
@@    return exec(cmd);
  };
}

function makeFixedRunner(label) {
  return () => {
    console.log('running', label);
@ok    return exec('npm run build');
  };
}

const makeGrep = (pattern) => (file) => {
@@  spawn('sh', ['-c', 'grep ' + pattern + ' ' + file]);
};

const makeSafeGrep = (pattern) => (file) => {
@ok  spawn('grep', ['-e', pattern, '--', file]);
};

function commandSlot() {
  let last = 'true';
  return {
    set(c) {
      last = c;
    },
    run() {
@@      return execSync(last);
    },
  };
}

function fixedSlot() {
  const cmd = 'date -u';
  return {
    run(note) {
      console.log(note);
@ok      return execSync(cmd);
    },
  };
}

app.post('/run', (req, res) => {
  makeRunner(req.body.cmd)();
  makeFixedRunner(req.body.label)();
  makeGrep(req.body.pattern)('/var/log/app.log');
  makeSafeGrep(req.body.pattern)('/var/log/app.log');
  const slot = commandSlot();
  slot.set(req.body.cmd);
  slot.run();
  fixedSlot().run(req.body.note);
  res.end();
});
`,
  ),
  ...ts(
    "CWE-89",
    "callbacks handed to helpers: withUser(req, u => db.query(...)), a retry wrapper, Promise.all over request arrays",
    `import { Request, Router } from 'express';
import mysql from 'mysql2/promise';

const db = mysql.createPool({ uri: process.env.DATABASE_URL });
const router = Router();

function withUser<T>(req: Request, fn: (name: string) => Promise<T>): Promise<T> {
  return fn(String(req.query.user));
}

function withTenant<T>(_req: Request, fn: (tenant: string) => Promise<T>): Promise<T> {
  return fn('default');
}

async function withRetry<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= tries) throw e;
    }
  }
}

router.get('/u', async (req, res) => {
@@  const rows = await withUser(req, (u) => db.query("SELECT * FROM profiles WHERE login = '" + u + "'"));
  res.json(rows);
});

router.get('/t', async (req, res) => {
@ok  const rows = await withTenant(req, (t) => db.query("SELECT * FROM settings WHERE tenant = '" + t + "'"));
  res.json(rows);
});

router.get('/r', async (req, res) => {
  const q = String(req.query.q);
@@  const rows = await withRetry(() => db.query(\`SELECT id FROM items WHERE title LIKE '%\${q}%'\`));
  res.json(rows);
});

router.get('/r2', async (req, res) => {
  const q = String(req.query.q);
@ok  const rows = await withRetry(() => db.query('SELECT id FROM items WHERE title LIKE ?', ['%' + q + '%']));
  res.json(rows);
});

router.post('/bulk', async (req, res) => {
  const names: string[] = req.body.names;
@@  await Promise.all(names.map((n) => db.query("DELETE FROM tags WHERE name = '" + n + "'")));
  res.sendStatus(204);
});

router.post('/bulk2', async (req, res) => {
  const ids = (req.body.ids as unknown[]).map(Number).filter(Number.isInteger);
@ok  await Promise.all(ids.map((id) => db.query('DELETE FROM tags WHERE id = ' + id)));
  res.sendStatus(204);
});

export default router;
`,
  ),
  ...js(
    "CWE-79",
    "Express middleware copying input into res.locals / req.* and a later handler writing it into HTML",
    `const express = require('express');
const escape = require('escape-html');
const app = express();

app.use((req, res, next) => {
  res.locals.greeting = req.query.greet;
  res.locals.safeGreeting = escape(req.query.greet || '');
  req.banner = req.query.banner;
  req.lang = escape(String(req.headers['accept-language'] || 'en').slice(0, 2));
  next();
});

function loadQuery(req, res, next) {
  req.search = req.query.q;
  next();
}

function setTitle(req, res, next) {
  res.locals.title = 'Search';
  next();
}

app.get('/hi', (req, res) => {
@@  res.send('<h1>' + res.locals.greeting + '</h1>');
});

app.get('/hi-safe', (req, res) => {
@ok  res.send('<h1>' + res.locals.safeGreeting + '</h1>');
});

app.get('/banner', (req, res) => {
@@  res.send(\`<div class="banner">\${req.banner}</div>\`);
});

app.get('/lang', (req, res) => {
@ok  res.send('<html lang="' + req.lang + '"><body>ok</body></html>');
});

app.get('/search', loadQuery, (req, res) => {
@@  res.send('<p>Results for ' + req.search + '</p>');
});

app.get('/title', setTitle, (req, res) => {
@ok  res.send('<title>' + res.locals.title + '</title>');
});
`,
  ),
  ...ts(
    "CWE-22",
    "router.param handlers storing the parameter on the request, one checking it first",
    `import express from 'express';
import fs from 'fs/promises';
import path from 'path';

const router = express.Router();
const DOCS = '/srv/docs';

router.param('doc', (req, _res, next, value) => {
  (req as any).docName = value;
  next();
});

router.param('slug', (req, res, next, slug: string) => {
  if (!/^[a-z0-9-]+$/.test(slug)) return res.status(400).end();
  (req as any).slug = slug;
  next();
});

router.get('/docs/:doc', async (req, res) => {
@@  const body = await fs.readFile(path.join(DOCS, (req as any).docName), 'utf8');
  res.type('text/plain').send(body);
});

router.get('/pages/:slug', async (req, res) => {
@ok  const body = await fs.readFile(path.join(DOCS, (req as any).slug + '.md'), 'utf8');
  res.type('text/plain').send(body);
});

router.delete('/raw/:name', async (req, res) => {
@@  await fs.unlink(path.join(DOCS, req.params.name));
  res.sendStatus(204);
});

router.get('/index/:doc', async (req, res) => {
  console.log('index for', (req as any).docName);
@ok  const body = await fs.readFile(path.join(DOCS, 'index.md'), 'utf8');
  res.type('text/plain').send(body);
});

export default router;
`,
  ),
  ...js(
    "CWE-601",
    "Koa middleware putting the return URL on ctx.state, later handlers redirecting to it, one through a local-path check",
    `const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const app = new Koa();
const router = new Router();

app.use(koaBody());
app.use(async (ctx, next) => {
  ctx.state.returnTo = ctx.query.returnTo;
  ctx.state.home = '/dashboard';
  await next();
});

function safeReturn(url) {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

async function setNext(ctx, next) {
  ctx.state.next = ctx.request.body.next;
  await next();
}

router.get('/login/done', (ctx) => {
@@  ctx.redirect(ctx.state.returnTo);
});

router.get('/logout', (ctx) => {
@ok  ctx.redirect(ctx.state.home);
});

router.get('/after', (ctx) => {
@ok  ctx.redirect(safeReturn(ctx.state.returnTo));
});

router.post('/go', setNext, (ctx) => {
@@  ctx.redirect(ctx.state.next);
});

app.use(router.routes());
`,
  ),
  ...ts(
    "CWE-79",
    "Fastify preHandler hooks decorating the request, a route-level preHandler, an allow-listed decoration",
    `import Fastify, { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    displayName: string;
    theme: string;
  }
}

const app = Fastify();
app.decorateRequest('displayName', '');
app.decorateRequest('theme', 'light');

app.addHook('preHandler', async (request) => {
  const q = request.query as Record<string, string>;
  request.displayName = q.name;
  request.theme = ['light', 'dark'].includes(q.theme) ? q.theme : 'light';
});

app.get('/welcome', async (request, reply) => {
@@  reply.type('text/html').send('<h1>Welcome ' + request.displayName + '</h1>');
});

app.get('/theme', async (request, reply) => {
@ok  reply.type('text/html').send('<body class="' + request.theme + '">hi</body>');
});

async function attachNote(request: FastifyRequest) {
  (request as any).note = (request.body as any).note;
}

app.post('/note', { preHandler: attachNote }, async (request, reply) => {
@@  return reply.header('content-type', 'text/html').send(\`<p>\${(request as any).note}</p>\`);
});

app.post('/note-json', { preHandler: attachNote }, async (request, reply) => {
@ok  return reply.send({ note: (request as any).note });
});
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS controller -> service -> repository: the query parameter interpolated vs bound, a constant column position",
    `import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class UserRepository {
  constructor(private readonly ds: DataSource) {}

  findByName(name: string) {
@@    return this.ds.query(\`SELECT * FROM users WHERE name = '\${name}'\`);
  }

  findById(id: number) {
@ok    return this.ds.query('SELECT * FROM users WHERE id = $1', [id]);
  }

  search(column: string, term: string) {
@ok    return this.ds.query(\`SELECT * FROM users WHERE \${column} ILIKE $1\`, ['%' + term + '%']);
  }

  sorted(column: string) {
@@    return this.ds.query(\`SELECT * FROM users ORDER BY \${column}\`);
  }
}

@Injectable()
export class UserService {
  constructor(private readonly repo: UserRepository) {}

  byName(name: string) {
    return this.repo.findByName(name);
  }

  byId(id: string) {
    return this.repo.findById(Number(id));
  }

  search(term: string) {
    return this.repo.search('name', term);
  }

  list(sort: string) {
    return this.repo.sorted(sort);
  }
}

@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get('by-name')
  byName(@Query('name') name: string) {
    return this.users.byName(name);
  }

  @Get('search')
  search(@Query('q') q: string) {
    return this.users.search(q);
  }

  @Get(':id')
  byId(@Param('id') id: string) {
    return this.users.byId(id);
  }

  @Get()
  list(@Query('sort') sort: string) {
    return this.users.list(sort);
  }
}
`,
  ),
  ...js(
    "CWE-78",
    "event emitters: emit('job', req.body...) and the on('job') listener running a command, listeners that ignore the payload",
    `const express = require('express');
const EventEmitter = require('events');
const { exec } = require('child_process');

const jobs = new EventEmitter();
const app = express();
app.use(express.json());

jobs.on('convert', (file) => {
@@  exec('convert ' + file + ' out.png');
});

jobs.on('cleanup', (_ignored) => {
@ok  exec('rm -rf /tmp/app-cache/*');
});

jobs.on('archive', ({ name }) => {
@@  exec(\`tar czf /backups/\${name}.tgz /srv/data\`);
});

jobs.once('notify', function (msg) {
@ok  exec('logger job-finished', () => console.log(msg));
});

class Worker extends EventEmitter {
  constructor() {
    super();
    this.on('thumb', this.thumb);
  }
  thumb(src) {
@@    exec('ffmpeg -i ' + src + ' -vframes 1 thumb.jpg');
  }
}
const worker = new Worker();

app.post('/convert', (req, res) => {
  jobs.emit('convert', req.body.file);
  res.sendStatus(202);
});
app.post('/cleanup', (req, res) => {
  jobs.emit('cleanup', req.body);
  res.sendStatus(202);
});
app.post('/archive', (req, res) => {
  jobs.emit('archive', { name: req.body.name });
  res.sendStatus(202);
});
app.post('/notify', (req, res) => {
  jobs.emit('notify', req.body.msg);
  res.sendStatus(202);
});
app.post('/thumb', (req, res) => {
  worker.emit('thumb', req.body.src);
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-94",
    "timer, microtask and queue callbacks running request code later vs running fixed code over request data",
    `import express from 'express';
import vm from 'vm';
import Queue from 'bull';

const app = express();
app.use(express.json());
const scripts = new Queue('scripts');

app.post('/later', (req, res) => {
  const expr = req.body.expr;
@@  setTimeout(() => eval(expr), 10);
  res.sendStatus(202);
});

app.post('/soon', (req, res) => {
  const code = String(req.body.code);
  setImmediate(() => {
@@    vm.runInNewContext(code, {});
  });
  res.sendStatus(202);
});

app.post('/tick', (req, res) => {
  const { formula } = req.body;
  process.nextTick((f: string) => {
@@    const fn = new Function('x', 'return ' + f);
    fn(1);
  }, formula);
  res.sendStatus(202);
});

app.post('/tick2', (req, res) => {
  const n = Number(req.body.n);
  process.nextTick(() => {
@ok    const fn = new Function('x', 'return x * 2');
    fn(n);
  });
  res.sendStatus(202);
});

app.post('/micro', (req, res) => {
  queueMicrotask(() => {
@ok    vm.runInNewContext('total + 1', { total: Number(req.body.total) });
  });
  res.sendStatus(202);
});

scripts.process(async (job) => {
@@  return vm.runInThisContext(job.data.source);
});

app.post('/enqueue', async (req, res) => {
  await scripts.add({ source: req.body.source });
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-22",
    "recursion, default parameters, arguments and rest parameters carrying a file name (or a constant one)",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
const PUBLIC = path.join(__dirname, 'public');
const UPLOADS = path.join(__dirname, 'uploads');

function resolveUp(p, levels) {
  if (levels <= 0) return p;
  return resolveUp(path.dirname(p), levels - 1);
}

function loadFile(name = 'index.html') {
@@  return fs.readFileSync(path.join(PUBLIC, name), 'utf8');
}

function loadDefault(name = 'index.html') {
@ok  return fs.readFileSync(path.join(PUBLIC, name), 'utf8');
}

function readFirst() {
@@  return fs.readFileSync(arguments[0], 'utf8');
}

function readAll(...names) {
@@  return names.map((n) => fs.readFileSync(path.join(PUBLIC, n), 'utf8')).join('\\n');
}

function logAndRead(label, ...files) {
  console.log(label);
@ok  return fs.readFileSync(files[0], 'utf8');
}

app.get('/up', (req, res) => {
  const target = resolveUp(path.join(UPLOADS, req.query.p), 1);
@@  res.json(fs.readdirSync(target));
});

app.get('/page', (req, res) => res.type('text').send(loadFile(req.query.page)));
app.get('/home', (req, res) => res.type('text').send(loadDefault()));
app.get('/first', (req, res) => res.type('text').send(readFirst(req.query.file)));
app.get('/cat', (req, res) => res.type('text').send(readAll(...[].concat(req.query.f))));
app.get('/motd', (req, res) => res.type('text').send(logAndRead(req.query.label, '/srv/motd.txt')));
`,
  ),
  ...ts(
    "CWE-918",
    "exported async helpers used in the same file, awaited or .then-ed, vs a fixed host and a lookup table",
    `import express from 'express';
import axios from 'axios';
import got from 'got';

export async function fetchJson(url: string) {
@@  const r = await fetch(url);
  return r.json();
}

export async function fetchConfig(env: string) {
@ok  const r = await fetch('https://config.example.com/' + encodeURIComponent(env));
  return r.json();
}

export const download = async (target: string): Promise<Buffer> => {
@@  return got(target).buffer();
};

export function urlFrom(q: any): Promise<string> {
  return Promise.resolve(String(q.url));
}

async function lookupMirror(name: string): Promise<string> {
  const mirrors: Record<string, string> = { eu: 'https://eu.mirror.example.com', us: 'https://us.mirror.example.com' };
  return mirrors[name] ?? mirrors.eu;
}

const app = express();

app.get('/j', async (req, res) => res.json(await fetchJson(req.query.src as string)));
app.get('/c', async (req, res) => res.json(await fetchConfig(String(req.query.env))));

app.get('/d', (req, res) => {
  urlFrom(req.query)
    .then((u) => download(u))
    .then((buf) => res.type('application/octet-stream').send(buf));
});

app.get('/e', (req, res) => {
  urlFrom(req.query)
    .then((u) => {
@@      return axios.get(u);
    })
    .then((r) => res.json(r.data));
});

app.get('/f', (req, res) => {
  lookupMirror(String(req.query.name))
    .then((m) => {
@ok      return axios.get(m);
    })
    .then((r) => res.json(r.data));
});
`,
  ),
  ...js(
    "CWE-79",
    "DOM helpers fed from location / URLSearchParams / postMessage: innerHTML and insertAdjacentHTML vs textContent, a fixed string, a real and a fake escaper",
    `const params = new URLSearchParams(window.location.search);

function setContent(el, html) {
@@  el.innerHTML = html;
}

function setText(el, text) {
@ok  el.textContent = text;
}

function showStatus(el, _msg) {
@ok  el.innerHTML = '<span class="ok">Saved</span>';
}

function renderTitle(t) {
  const h = document.getElementById('title');
@@  h.insertAdjacentHTML('beforeend', '<b>' + t + '</b>');
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function renderNote(n) {
@ok  document.getElementById('note').innerHTML = '<i>' + escapeHtml(n) + '</i>';
}

function fakeEscape(s) {
  return s.replace('<', '&lt;');
}

function renderTag(t) {
@@  document.getElementById('tag').innerHTML = fakeEscape(t);
}

function show(h) {
@@  $('#msg').html(h);
}

setContent(document.getElementById('main'), params.get('content'));
setText(document.getElementById('side'), params.get('side'));
showStatus(document.getElementById('status'), params.get('msg'));
renderTitle(decodeURIComponent(location.hash.slice(1)));
renderNote(params.get('note'));
renderTag(params.get('tag'));
window.addEventListener('message', (e) => show(e.data.html));
`,
  ),
  ...ts(
    "CWE-113",
    "header helpers: the request value in the header value vs encoded, a fixed value, an allow-listed one",
    `import express, { Response } from 'express';

function setDownloadName(res: Response, name: string) {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + name + '"');
}

function setSafeDownloadName(res: Response, name: string) {
@ok  res.setHeader('Content-Disposition', 'attachment; filename="' + encodeURIComponent(name) + '"');
}

function tagResponse(res: Response, _reqId: string) {
@ok  res.setHeader('X-Served-By', 'api-1');
}

function echoHeader(res: Response, key: string, value: string) {
@@  res.set(key, value);
}

function setLanguage(res: Response, lang: string) {
@ok  res.setHeader('Content-Language', ['en', 'de', 'fr'].includes(lang) ? lang : 'en');
}

function trace(res: Response, id: string) {
@@  res.writeHead(200, { 'X-Trace-Id': id });
}

const app = express();
app.get('/dl', (req, res) => {
  setDownloadName(res, String(req.query.name));
  res.send('x');
});
app.get('/dl2', (req, res) => {
  setSafeDownloadName(res, String(req.query.name));
  res.send('x');
});
app.get('/t', (req, res) => {
  tagResponse(res, String(req.query.id));
  res.send('x');
});
app.get('/echo', (req, res) => {
  echoHeader(res, 'X-Echo', String(req.query.v));
  res.end();
});
app.get('/lang', (req, res) => {
  setLanguage(res, String(req.query.lang));
  res.end();
});
app.get('/trace', (req, res) => {
  trace(res, String(req.headers['x-request-id']));
  res.end();
});
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp helpers: the request pattern compiled vs escaped with lodash, a fixed pattern whose argument is ignored",
    `const express = require('express');
const _ = require('lodash');
const app = express();
const ITEMS = ['alpha', 'beta', 'gamma'];

function matcher(pattern) {
@@  return new RegExp(pattern, 'i');
}

function literalMatcher(text) {
@ok  return new RegExp(_.escapeRegExp(text), 'i');
}

function wordMatcher(_w) {
@ok  return new RegExp('^[a-z]+$');
}

function prefixMatcher(prefix) {
@@  return RegExp('^' + prefix);
}

app.get('/s', (req, res) => {
  const re = matcher(req.query.q);
  res.json(ITEMS.filter((i) => re.test(i)));
});
app.get('/lit', (req, res) => {
  const re = literalMatcher(req.query.q);
  res.json(ITEMS.filter((i) => re.test(i)));
});
app.get('/w', (req, res) => {
  const re = wordMatcher(req.query.q);
  res.json(ITEMS.filter((i) => re.test(i)));
});
app.get('/p', (req, res) => {
  const re = prefixMatcher(req.query.prefix);
  res.json(ITEMS.filter((i) => re.test(i)));
});
`,
  ),
  ...ts(
    "CWE-943",
    "NoSQL filters built in helpers: the raw body value as a field, a helper building { [field]: value }, $where text vs String() and a type check",
    `import { Router } from 'express';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL as string);
const users = client.db('app').collection('users');
const router = Router();

function byLogin(login: unknown) {
@@  return users.findOne({ login: login });
}

function byLoginStr(login: unknown) {
@ok  return users.findOne({ login: String(login) });
}

function buildFilter(field: string, value: unknown) {
  return { [field]: value };
}

function requireString(v: unknown): string {
  if (typeof v !== 'string') throw new TypeError('expected a string');
  return v;
}

function whereClause(expr: string) {
  return { $where: 'this.score > ' + expr };
}

router.post('/login', async (req, res) => {
  const u = await byLogin(req.body.login);
  res.json({ ok: !!u });
});

router.post('/login2', async (req, res) => {
  const u = await byLoginStr(req.body.login);
  res.json({ ok: !!u });
});

router.post('/f', async (req, res) => {
@@  res.json(await users.find(buildFilter('email', req.body.email)).toArray());
});

router.post('/g', async (req, res) => {
@ok  res.json(await users.find({ email: requireString(req.body.email) }).toArray());
});

router.get('/w', async (req, res) => {
@@  res.json(await users.find(whereClause(String(req.query.min))).toArray());
});

export default router;
`,
  ),
  ...js(
    "CWE-502",
    "deserialiser helpers: node-serialize on a cookie or body through a decode helper vs JSON.parse, a fixture from the package",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const fs = require('fs');
const path = require('path');
const app = express();
app.use(cookieParser());
app.use(express.text());

function decodeSession(cookie) {
@@  return serialize.unserialize(Buffer.from(cookie, 'base64').toString());
}

function decodePrefs(raw) {
@ok  return JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
}

function loadFixture() {
@ok  return serialize.unserialize(fs.readFileSync(path.join(__dirname, 'fixture.txt'), 'utf8'));
}

function importState(text) {
  const trimmed = text.trim();
@@  return serialize.unserialize(trimmed);
}

app.get('/me', (req, res) => {
  const s = decodeSession(req.cookies.session);
  res.json({ user: s.user });
});
app.get('/prefs', (req, res) => res.json(decodePrefs(req.cookies.prefs)));
app.get('/fixture', (req, res) => res.json(loadFixture()));
app.post('/import', (req, res) => res.json(importState(req.body)));
`,
  ),
  ...ts(
    "CWE-78",
    "spawn with a shell inside helpers vs argv without a shell, a fixed shell line, a shell wrapper via execFile",
    `import express from 'express';
import path from 'path';
import { spawn, execFile } from 'child_process';

const UPLOADS = '/srv/uploads';

function sh(line: string) {
@@  return spawn(line, { shell: true, stdio: 'inherit' });
}

function identify(file: string) {
@ok  return spawn('identify', ['-format', '%wx%h', path.resolve(UPLOADS, path.basename(file))], { shell: false });
}

function queueLength(_: string) {
@ok  return spawn('ls -1 /var/spool/jobs | wc -l', { shell: true });
}

function fileType(name: string) {
@@  return execFile('/bin/sh', ['-c', 'file ' + name]);
}

const app = express();
app.use(express.json());
app.post('/x', (req, res) => {
  sh(\`convert \${req.body.src} out.png\`);
  identify(req.body.src);
  queueLength(req.body.src);
  fileType(req.body.src);
  res.end();
});
`,
  ),
  ...js(
    "CWE-89",
    "repository classes: an order column set by a setter vs through an allow-list, knex.raw with the request where clause vs the builder",
    `const express = require('express');
const { Sequelize } = require('sequelize');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();

class ReportService {
  constructor(db) {
    this.db = db;
    this.orderBy = 'id';
  }
  setOrder(col) {
    this.orderBy = col;
  }
  run() {
@@    return this.db.query('SELECT * FROM reports ORDER BY ' + this.orderBy);
  }
}

class SafeReportService {
  constructor(db) {
    this.db = db;
    this.orderBy = 'id';
  }
  setOrder(col) {
    this.orderBy = ['id', 'name', 'created_at'].includes(col) ? col : 'id';
  }
  run() {
@ok    return this.db.query('SELECT * FROM reports ORDER BY ' + this.orderBy);
  }
}

class Repo {
  constructor(db, table) {
    this.db = db;
    this.table = table;
  }
  find(where) {
@@    return this.db.raw('SELECT * FROM ' + this.table + ' WHERE ' + where);
  }
  findById(id) {
@ok    return this.db(this.table).where({ id }).first();
  }
}

const repo = new Repo(knex, 'products');

app.get('/reports', async (req, res) => {
  const svc = new ReportService(sequelize);
  svc.setOrder(req.query.sort);
  res.json(await svc.run());
});
app.get('/reports2', async (req, res) => {
  const svc = new SafeReportService(sequelize);
  svc.setOrder(req.query.sort);
  res.json(await svc.run());
});
app.get('/p', async (req, res) => res.json(await repo.find(req.query.where)));
app.get('/p/:id', async (req, res) => res.json(await repo.findById(req.params.id)));
`,
  ),
  ...ts(
    "CWE-601",
    "redirect helpers taking the response: the target vs a fixed one, a local-path check, a host check that only warns, res.location",
    `import express, { Response } from 'express';

function goBack(res: Response, to: string) {
@@  res.redirect(to);
}

function goHome(res: Response, _to: string) {
@ok  res.redirect('/');
}

function isLocal(u: string) {
  return u.startsWith('/') && !u.startsWith('//');
}

function goLocal(res: Response, to: string) {
@ok  res.redirect(isLocal(to) ? to : '/');
}

function checkHost(u: string) {
  const h = new URL(u).hostname;
  if (h !== 'example.com') console.warn('foreign host', h);
  return u;
}

function goChecked(res: Response, to: string) {
@@  res.redirect(checkHost(to));
}

function goVia(res: Response, to: string) {
@@  res.location(to).status(302).end();
}

const app = express();
app.get('/back', (req, res) => goBack(res, String(req.query.to)));
app.get('/home', (req, res) => goHome(res, String(req.query.to)));
app.get('/local', (req, res) => goLocal(res, String(req.query.to)));
app.get('/checked', (req, res) => goChecked(res, String(req.query.to)));
app.get('/via', (req, res) => goVia(res, String(req.query.to)));
`,
  ),
  ...js(
    "CWE-95",
    "eval helpers: Function of the argument vs fixed code, vm with request code vs request data as the context, eval through an identity helper",
    `const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.json());

function compute(expr) {
@@  return Function('"use strict"; return (' + expr + ')')();
}

function computeFixed(_expr) {
@ok  return Function('return 6 * 7')();
}

function sandbox(code, ctx) {
@@  return vm.runInNewContext(code, ctx, { timeout: 50 });
}

function runWith(ctx, code) {
@ok  return vm.runInNewContext(code, ctx, { timeout: 50 });
}

function evalTemplate(name) {
  const templates = { sum: 'a + b', product: 'a * b' };
@ok  return vm.runInNewContext(templates[name] || 'a', { a: 2, b: 3 });
}

function ident(x) {
  return x;
}

app.post('/compute', (req, res) => res.json({ v: compute(req.body.expr) }));
app.post('/fixed', (req, res) => res.json({ v: computeFixed(req.body.expr) }));
app.post('/sandbox', (req, res) => res.json({ v: sandbox(req.body.code, {}) }));
app.post('/len', (req, res) => res.json({ v: runWith({ input: req.body.input }, 'input.length') }));
app.post('/tpl', (req, res) => res.json({ v: evalTemplate(req.body.name) }));
app.post('/calc', (req, res) => {
@@  res.json({ v: eval(ident(req.body.expr)) });
});
`,
  ),
  ...ts(
    "CWE-79",
    "HTML built in renderer classes and template helpers: a constructor field from the query vs one escaped in the constructor",
    `import express, { Response } from 'express';
import escapeHtml from 'escape-html';

class PageRenderer {
  constructor(private title: string) {}
  header() {
    return '<h1>' + this.title + '</h1>';
  }
  render(res: Response) {
@@    res.send('<html>' + this.header() + '</html>');
  }
}

class SafeRenderer {
  private title: string;
  constructor(title: string) {
    this.title = escapeHtml(title);
  }
  render(res: Response) {
@ok    res.send('<html><h1>' + this.title + '</h1></html>');
  }
}

const card = (name: string) => \`<div class="card">\${name}</div>\`;
const safeCard = (name: string) => \`<div class="card">\${escapeHtml(name)}</div>\`;

const app = express();
app.get('/page', (req, res) => new PageRenderer(String(req.query.title)).render(res));
app.get('/page2', (req, res) => new SafeRenderer(String(req.query.title)).render(res));

app.get('/card', (req, res) => {
@@  res.send(card(String(req.query.name)));
});

app.get('/card2', (req, res) => {
@ok  res.send(safeCard(String(req.query.name)));
});

app.get('/count', (req, res) => {
@ok  res.send(card(String(Number(req.query.n) || 0)));
});
`,
  ),
  ...js(
    "CWE-22",
    "upload helpers three calls deep: the client's original name vs a generated one, normalize vs a containment check that throws",
    `const express = require('express');
const multer = require('multer');
const crypto = require('crypto');
const fsp = require('fs/promises');
const path = require('path');
const app = express();
const upload = multer({ storage: multer.memoryStorage() });
const AVATARS = path.join(__dirname, 'avatars');
const UPLOADS = path.join(__dirname, 'uploads');

async function saveUpload(dir, name, data) {
@@  await fsp.writeFile(path.join(dir, name), data);
}

async function storeAvatar(userId, file) {
  return saveUpload(AVATARS, userId + '-' + file.originalname, file.buffer);
}

async function handleAvatar(req) {
  return storeAvatar(req.user.id, req.file);
}

async function saveNamed(dir, name, data) {
@ok  await fsp.writeFile(path.join(dir, name), data);
}

async function storeAvatarSafe(file) {
  return saveNamed(AVATARS, crypto.randomUUID() + '.png', file.buffer);
}

function normal(p) {
  return path.normalize(p);
}

function inside(p) {
  const full = path.resolve(UPLOADS, p);
  if (path.relative(UPLOADS, full).startsWith('..')) throw new Error('outside uploads');
  return full;
}

app.post('/avatar', upload.single('avatar'), async (req, res) => {
  await handleAvatar(req);
  res.sendStatus(201);
});
app.post('/avatar2', upload.single('avatar'), async (req, res) => {
  await storeAvatarSafe(req.file);
  res.sendStatus(201);
});
app.delete('/f', async (req, res) => {
@@  await fsp.rm(path.join(UPLOADS, normal(req.query.name)), { force: true });
  res.sendStatus(204);
});
app.delete('/g', async (req, res) => {
@ok  await fsp.rm(inside(req.query.name), { force: true });
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-918",
    "NestJS controller -> service with HttpService and axios: the query URL and a body callback URL vs a fixed host with an encoded segment",
    `import { Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import axios from 'axios';

class HookDto {
  callbackUrl!: string;
  event!: string;
}

@Injectable()
export class PreviewService {
  constructor(private readonly http: HttpService) {}

  preview(url: string) {
@@    return firstValueFrom(this.http.get(url));
  }

  avatar(user: string) {
@ok    return firstValueFrom(this.http.get('https://avatars.example.com/' + encodeURIComponent(user)));
  }

  callHook(target: string, event: string) {
@@    return axios.post(target, { event });
  }

  audit(_target: string, event: string) {
@ok    return axios.post('https://audit.internal.example.com/events', { event });
  }
}

@Controller('preview')
export class PreviewController {
  constructor(private readonly svc: PreviewService) {}

  @Get()
  get(@Query('url') url: string) {
    return this.svc.preview(url);
  }

  @Get('avatar')
  avatar(@Query('user') user: string) {
    return this.svc.avatar(user);
  }

  @Post('hook')
  hook(@Body() dto: HookDto) {
    this.svc.audit(dto.callbackUrl, dto.event);
    return this.svc.callHook(dto.callbackUrl, dto.event);
  }
}
`,
  ),
  ...js(
    "CWE-89",
    "a where-clause helper quoting the value vs one emitting a placeholder, a query builder object vs a fixed condition",
    `const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const app = express();

function where(field, value) {
  return field + " = '" + value + "'";
}

function whereParam(field, idx) {
  return field + ' = $' + idx;
}

class Query {
  constructor(table) {
    this.sql = 'SELECT * FROM ' + table;
  }
  where(cond) {
    this.sql += ' WHERE ' + cond;
    return this;
  }
  toString() {
    return this.sql;
  }
}

app.get('/a', async (req, res) => {
@@  const r = await pool.query('SELECT * FROM accounts WHERE ' + where('email', req.query.email));
  res.json(r.rows);
});

app.get('/b', async (req, res) => {
@ok  const r = await pool.query('SELECT * FROM accounts WHERE ' + whereParam('email', 1), [req.query.email]);
  res.json(r.rows);
});

app.get('/c', async (req, res) => {
  const q = new Query('logs').where("level = '" + req.query.level + "'");
@@  const r = await pool.query(q.toString());
  res.json(r.rows);
});

app.get('/d', async (req, res) => {
  const q = new Query('logs').where('level = 3');
@ok  const r = await pool.query(q.toString());
  res.json(r.rows);
});
`,
  ),
  ...ts(
    "CWE-78",
    "Koa: a git service class with the branch as a method argument, ctx.state set by a loader middleware vs a validating loader",
    `import Koa, { Context, Next } from 'koa';
import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { execSync } from 'child_process';

class GitService {
  constructor(private readonly repoDir: string) {}
  checkout(branch: string) {
@@    return execSync(\`git -C \${this.repoDir} checkout \${branch}\`);
  }
  status() {
@ok    return execSync('git status --porcelain', { cwd: this.repoDir });
  }
}

const app = new Koa();
const router = new Router();
const git = new GitService('/srv/app');

async function loadBranch(ctx: Context, next: Next) {
  ctx.state.branch = ctx.query.branch;
  await next();
}

async function loadSafeBranch(ctx: Context, next: Next) {
  const b = String(ctx.query.branch);
  if (!/^[a-z0-9._/-]+$/i.test(b) || b.startsWith('-')) ctx.throw(400, 'bad branch');
  ctx.state.safeBranch = b;
  await next();
}

router.post('/checkout', async (ctx: Context) => {
  ctx.body = git.checkout((ctx.request as any).body.branch).toString();
});

router.get('/status', async (ctx: Context) => {
  ctx.body = git.status().toString();
});

router.get('/diff', loadBranch, async (ctx: Context) => {
@@  ctx.body = execSync('git diff ' + ctx.state.branch).toString();
});

router.get('/log', loadSafeBranch, async (ctx: Context) => {
@ok  ctx.body = execSync('git log --oneline ' + ctx.state.safeBranch).toString();
});

app.use(koaBody());
app.use(router.routes());
`,
  ),
  ...js(
    "CWE-79",
    "Koa: ctx.state.user built from the query (its name field) and written as HTML vs its constant id field, a helper rendering ctx.params",
    `const Koa = require('koa');
const Router = require('@koa/router');
const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  ctx.state.user = { name: ctx.query.name, id: 1 };
  await next();
});

function page(ctx, inner) {
  ctx.type = 'html';
@@  ctx.body = '<!doctype html><main>' + inner + '</main>';
}

function staticPage(ctx, _inner) {
  ctx.type = 'html';
@ok  ctx.body = '<!doctype html><main>Not found</main>';
}

router.get('/me', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = '<p>Signed in as ' + ctx.state.user.name + '</p>';
});

router.get('/id', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = '<p>User #' + ctx.state.user.id + '</p>';
});

router.get('/tag/:tag', (ctx) => page(ctx, '<h2>' + ctx.params.tag + '</h2>'));
router.get('/missing/:what', (ctx) => staticPage(ctx, ctx.params.what));

app.use(router.routes());
`,
  ),
  ...ts(
    "CWE-22",
    "Fastify request decorations from a hook: a fixed asset directory joined with a constant vs the query's file name",
    `import Fastify from 'fastify';
import fs from 'fs/promises';
import { createReadStream } from 'fs';
import path from 'path';

declare module 'fastify' {
  interface FastifyRequest {
    assetDir: string;
    tenantDir: string;
  }
}

const ASSETS = '/srv/assets';
const app = Fastify();
app.decorateRequest('assetDir', '');
app.decorateRequest('tenantDir', '');

app.addHook('onRequest', async (request) => {
  request.assetDir = ASSETS;
  request.tenantDir = path.join('/srv/tenants', String(request.headers['x-tenant'] ?? 'default'));
});

app.get('/logo', async (request, reply) => {
@ok  return reply.type('image/png').send(await fs.readFile(path.join(request.assetDir, 'logo.png')));
});

app.get('/asset', async (request, reply) => {
  const { file } = request.query as { file: string };
@@  return reply.send(createReadStream(path.join(request.assetDir, file)));
});

app.get('/tenant/readme', async (request, reply) => {
@@  return reply.type('text/plain').send(await fs.readFile(path.join(request.tenantDir, 'README.md'), 'utf8'));
});

app.get('/asset-safe', async (request, reply) => {
  const { file } = request.query as { file: string };
@ok  return reply.send(createReadStream(path.join(request.assetDir, path.basename(file))));
});
`,
  ),
  ...js(
    "CWE-78",
    "exports.* and module.exports.* functions used in the same file, default parameters, recursion building a command vs one returning a constant",
    `const express = require('express');
const path = require('path');
const { exec, execSync, execFileSync } = require('child_process');
const app = express();
app.use(express.json());
const UPLOADS = '/srv/uploads';

exports.compress = function compress(file, level = 6) {
@@  return execSync('gzip -' + level + ' ' + file);
};

exports.compressFixed = function (file) {
  const level = 9;
@ok  return execFileSync('gzip', ['-' + level, '--', path.resolve(UPLOADS, path.basename(file))]);
};

module.exports.tail = (file, n = 10) => {
@@  return execSync(\`tail -n \${n} \${file}\`).toString();
};

module.exports.head = (file, n = 10) => {
@ok  return execFileSync('head', ['-n', String(parseInt(n, 10) || 10), file]).toString();
};

function buildCmd(parts, i = 0, acc = 'echo') {
  if (i >= parts.length) return acc;
  return buildCmd(parts, i + 1, acc + ' ' + parts[i]);
}

function countDown(n) {
  return n <= 0 ? 'true' : countDown(n - 1);
}

app.post('/gz', (req, res) => {
  exports.compress(req.body.file);
  exports.compressFixed(req.body.file);
  res.end();
});
app.get('/tail', (req, res) => res.type('text').send(module.exports.tail('/var/log/app.log', req.query.n)));
app.get('/head', (req, res) => res.type('text').send(module.exports.head('/var/log/app.log', req.query.n)));
app.post('/echo', (req, res) => {
@@  exec(buildCmd(req.body.words), (e, out) => res.type('text').send(out));
});
app.post('/noop', (req, res) => {
@ok  exec(countDown(Number(req.body.n)), () => res.end());
});
`,
  ),
  ...ts(
    "CWE-89",
    "async helpers .then-ed and awaited: the value through a promise into a query vs through a character filter",
    `import { Request, Router } from 'express';
import mysql from 'mysql2/promise';

const db = mysql.createPool({ uri: process.env.DATABASE_URL });
const router = Router();

function getParam(req: Request, name: string): Promise<string> {
  return Promise.resolve(String(req.query[name]));
}

async function region(_req: Request): Promise<string> {
  return 'eu-west';
}

router.get('/x', (req, res) => {
  getParam(req, 'city')
    .then((city) => {
@@      return db.query("SELECT * FROM stores WHERE city = '" + city + "'");
    })
    .then((rows) => res.json(rows));
});

router.get('/y', (req, res) => {
  getParam(req, 'city')
    .then((city) => city.replace(/[^A-Za-z ]/g, ''))
    .then((city) => {
@ok      return db.query("SELECT * FROM stores WHERE city = '" + city + "'");
    })
    .then((rows) => res.json(rows));
});

router.delete('/z', async (req, res) => {
  const city = await getParam(req, 'city');
@@  const [r] = await db.execute(\`DELETE FROM carts WHERE city = '\${city}'\`);
  res.json(r);
});

router.get('/r', async (req, res) => {
  const r = await region(req);
@ok  const [rows] = await db.query(\`SELECT * FROM stores WHERE region = '\${r}'\`);
  res.json(rows);
});

export default router;
`,
  ),
  ...js(
    "CWE-943",
    "Mongoose: a middleware building req.filter from the query vs one casting with String(), a login helper receiving the body fields",
    `const express = require('express');
const mongoose = require('mongoose');
const app = express();
app.use(express.json());

const Order = mongoose.model('Order', new mongoose.Schema({ owner: String, status: String }));
const User = mongoose.model('User', new mongoose.Schema({ username: String, passwordHash: String }));

function buildQuery(req, res, next) {
  req.filter = { owner: req.user.id, status: req.query.status };
  next();
}

function buildSafe(req, res, next) {
  req.safeFilter = { owner: req.user.id, status: String(req.query.status) };
  next();
}

async function findUser(name) {
@@  return User.findOne({ username: name });
}

async function findUserSafe(name) {
@ok  return User.findOne({ username: { $eq: String(name) } });
}

app.get('/orders', buildQuery, async (req, res) => {
@@  res.json(await Order.find(req.filter));
});

app.get('/orders2', buildSafe, async (req, res) => {
@ok  res.json(await Order.find(req.safeFilter));
});

app.post('/login', async (req, res) => {
  const user = await findUser(req.body.username);
  res.json({ found: !!user });
});

app.post('/login2', async (req, res) => {
  const user = await findUserSafe(req.body.username);
  res.json({ found: !!user });
});
`,
  ),
  ...js(
    "CWE-918",
    "callbacks given the target by a helper (withTarget) vs a helper giving a configured URL, http.get of a host argument vs a lookup table",
    `const express = require('express');
const http = require('http');
const request = require('request');
const app = express();
const KNOWN = { billing: 'billing.internal', search: 'search.internal' };

function withTarget(req, cb) {
  const t = req.query.target;
  return cb(t);
}

function withDefaultTarget(req, cb) {
  return cb(process.env.UPSTREAM_URL);
}

function pingHost(host, done) {
@@  http.get({ host, path: '/health', timeout: 2000 }, (r) => done(r.statusCode));
}

function pingKnown(name, done) {
  const host = KNOWN[name];
  if (!host) return done(404);
@ok  http.get({ host, path: '/health' }, (r) => done(r.statusCode));
}

app.get('/a', (req, res) =>
  withTarget(req, (t) => {
@@    request.get(t).pipe(res);
  }),
);

app.get('/b', (req, res) =>
  withDefaultTarget(req, (t) => {
@ok    request.get(t).pipe(res);
  }),
);

app.get('/ping', (req, res) => pingHost(req.query.host, (code) => res.json({ code })));
app.get('/ping2', (req, res) => pingKnown(req.query.name, (code) => res.json({ code })));
`,
  ),
  ...ts(
    "CWE-1333",
    "a search service compiling the query in a setter vs escaping it, a highlighter helper with the term vs a fixed pattern",
    `import express from 'express';
import escapeStringRegexp from 'escape-string-regexp';

class SearchService {
  private pattern: RegExp | null = null;
  setQuery(q: string) {
@@    this.pattern = new RegExp(q, 'gi');
  }
  setLiteral(q: string) {
@ok    this.pattern = new RegExp(escapeStringRegexp(q), 'gi');
  }
  matches(text: string) {
    return this.pattern ? this.pattern.test(text) : false;
  }
}

function highlight(text: string, term: string) {
@@  return text.replace(new RegExp('(' + term + ')', 'g'), '<mark>$1</mark>');
}

function highlightFixed(text: string, _term: string) {
@ok  return text.replace(new RegExp('(TODO|FIXME)', 'g'), '<mark>$1</mark>');
}

const DOC = 'TODO: write the docs';
const app = express();
app.get('/q', (req, res) => {
  const svc = new SearchService();
  svc.setQuery(String(req.query.q));
  res.json({ hit: svc.matches(DOC) });
});
app.get('/lit', (req, res) => {
  const svc = new SearchService();
  svc.setLiteral(String(req.query.q));
  res.json({ hit: svc.matches(DOC) });
});
app.get('/h', (req, res) => {
  res.json({ out: highlight(DOC, String(req.query.term)), fixed: highlightFixed(DOC, String(req.query.term)) });
});
`,
  ),
  ...js(
    "CWE-79",
    "a plain http server routing the parsed query into helper functions writing HTML: the name and the path vs a parsed number and an escaped path",
    `const http = require('http');
const url = require('url');
const escapeHtml = require('escape-html');

function hello(res, name) {
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.end('<h1>Hello, ' + name + '</h1>');
}

function count(res, n) {
  res.writeHead(200, { 'Content-Type': 'text/html' });
@ok  res.end('<p>' + (parseInt(n, 10) || 0) + '</p>');
}

function notFound(res, p) {
  res.writeHead(404, { 'Content-Type': 'text/html' });
@@  res.write('<p>No page at ' + p + '</p>');
  res.end();
}

function gone(res, p) {
  res.writeHead(410, { 'Content-Type': 'text/html' });
@ok  res.end('<p>' + escapeHtml(p) + ' was removed</p>');
}

function route(req, res, q) {
  if (q.page === 'hello') return hello(res, q.name);
  if (q.page === 'count') return count(res, q.n);
  if (q.page === 'old') return gone(res, req.url);
  return notFound(res, req.url);
}

http
  .createServer((req, res) => {
    const { query } = url.parse(req.url, true);
    route(req, res, query);
  })
  .listen(8080);
`,
  ),
  ...ts(
    "CWE-22",
    "static methods and getters: a storage class reading the relative path it is given vs a fixed manifest, a download class's raw vs basename getter",
    `import express, { Request, Response } from 'express';
import fs from 'fs';
import path from 'path';

const DIR = '/srv/downloads';

class Storage {
  static root = '/srv/storage';
  static read(rel: string) {
@@    return fs.readFileSync(path.join(Storage.root, rel));
  }
  static readManifest(_rel: string) {
@ok    return fs.readFileSync(path.join(Storage.root, 'manifest.json'));
  }
}

class Download {
  constructor(private req: Request) {}
  get file() {
    return String(this.req.query.file);
  }
  get safeFile() {
    return path.basename(this.file);
  }
  send(res: Response) {
@@    res.download(path.join(DIR, this.file));
  }
  sendSafe(res: Response) {
@ok    res.download(path.join(DIR, this.safeFile));
  }
}

const app = express();
app.get('/s/*', (req, res) => res.type('application/octet-stream').send(Storage.read(req.params[0])));
app.get('/manifest', (req, res) => res.type('json').send(Storage.readManifest(String(req.query.v))));
app.get('/dl', (req, res) => new Download(req).send(res));
app.get('/dl2', (req, res) => new Download(req).sendSafe(res));
`,
  ),
  ...js(
    "CWE-78",
    "promisified exec inside helpers taking an options object: a destructured field vs a helper ignoring the object, shelljs through a service",
    `const express = require('express');
const util = require('util');
const shell = require('shelljs');
const execP = util.promisify(require('child_process').exec);
const app = express();
app.use(express.json());

async function convert({ input, outdir = '/tmp/out' }) {
@@  return execP(\`libreoffice --headless --convert-to pdf \${input} --outdir \${outdir}\`);
}

async function version({ tool }) {
  console.log('version of', tool);
@ok  return execP('libreoffice --version');
}

const archiver = {
  dest: '/backups',
  pack(dir) {
@@    return shell.exec('tar czf ' + this.dest + '/x.tgz ' + dir);
  },
  list() {
@ok    return shell.exec('ls ' + this.dest);
  },
};

app.post('/convert', async (req, res) => {
  await convert(req.body);
  await version(req.body);
  res.end();
});
app.post('/pack', (req, res) => {
  archiver.pack(req.body.dir);
  archiver.list();
  res.end();
});
`,
  ),
  ...ts(
    "CWE-95",
    "a rules engine class: the expression stored by the constructor and compiled in a method vs an operator chosen from a table",
    `import express from 'express';

type Op = (a: number, b: number) => number;
const OPS: Record<string, Op> = { add: (a, b) => a + b, mul: (a, b) => a * b };

class Rule {
  constructor(private readonly expr: string) {}
  compile() {
@@    return new Function('ctx', 'return ' + this.expr);
  }
}

class TableRule {
  private op: Op;
  constructor(name: string) {
    this.op = OPS[name] ?? OPS.add;
  }
  compile() {
    const op = this.op;
@ok    return new Function('a', 'b', 'return a + b').call(null, 0, 0) + op(1, 2);
  }
}

function evaluate(source: string, ctx: object) {
  // eslint-disable-next-line no-eval
@@  return eval('(function(ctx){ return ' + source + '; })')(ctx);
}

const app = express();
app.use(express.json());
app.post('/rule', (req, res) => res.json({ ok: typeof new Rule(req.body.expr).compile() === 'function' }));
app.post('/table', (req, res) => res.json({ v: new TableRule(req.body.op).compile() }));
app.post('/eval', (req, res) => res.json({ v: evaluate(req.body.source, { user: 1 }) }));
`,
  ),
  ...ts(
    "CWE-79",
    "NestJS controller -> service building HTML: the query name vs an escaped one, a service method ignoring its argument",
    `import { Controller, Get, Header, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import escapeHtml from 'escape-html';

@Injectable()
export class GreetingService {
  banner(name: string) {
    return '<div class="banner">Hi ' + name + '</div>';
  }
  safeBanner(name: string) {
    return '<div class="banner">Hi ' + escapeHtml(name) + '</div>';
  }
  footer(_name: string) {
    return '<footer>(c) Example</footer>';
  }
}

@Controller('greet')
export class GreetingController {
  constructor(private readonly greetings: GreetingService) {}

  @Get('raw')
  raw(@Query('name') name: string, @Res() res: Response) {
@@    res.send(this.greetings.banner(name));
  }

  @Get('safe')
  safe(@Query('name') name: string, @Res() res: Response) {
@ok    res.send(this.greetings.safeBanner(name));
  }

  @Get('footer')
  footer(@Query('name') name: string, @Res() res: Response) {
@ok    res.send(this.greetings.footer(name));
  }

  @Get('inline')
  @Header('Content-Type', 'text/html')
  inline(@Query('name') name: string) {
@@    return '<p>' + name + '</p>';
  }
}
`,
  ),
  ...js(
    "CWE-89",
    "event emitters and deferred callbacks running SQL: the emitted body value vs a listener using only a constant, setImmediate with a bound value",
    `const express = require('express');
const EventEmitter = require('events');
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database('app.db');
const bus = new EventEmitter();
const app = express();
app.use(express.json());

bus.on('audit', (user, action) => {
@@  db.run("INSERT INTO audit (user, action) VALUES ('" + user + "', '" + action + "')");
});

bus.on('audit-safe', (user, action) => {
@ok  db.run('INSERT INTO audit (user, action) VALUES (?, ?)', [user, action]);
});

bus.on('purge', () => {
@ok  db.run("DELETE FROM audit WHERE created < date('now', '-30 days')");
});

app.post('/act', (req, res) => {
  bus.emit('audit', req.body.user, req.body.action);
  bus.emit('audit-safe', req.body.user, req.body.action);
  bus.emit('purge', req.body.user);
  res.sendStatus(202);
});

app.post('/later', (req, res) => {
  const name = req.body.name;
  setImmediate(() => {
@@    db.all('SELECT * FROM people WHERE name = "' + name + '"', (err, rows) => console.log(rows));
  });
  setTimeout(
    (n) => {
@ok      db.all('SELECT * FROM people WHERE name = ?', [n], (err, rows) => console.log(rows));
    },
    100,
    name,
  );
  setTimeout(
    (n) => {
@@      db.exec('UPDATE people SET seen = 1 WHERE name = \\'' + n + "'");
    },
    100,
    name,
  );
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-78",
    "Fastify: a preHandler putting the body's host on the request, a plugin closure running ping with it vs a fixed command",
    `import Fastify, { FastifyInstance, FastifyRequest } from 'fastify';
import { exec, execFile } from 'child_process';

declare module 'fastify' {
  interface FastifyRequest {
    target: string;
  }
}

const app = Fastify();
app.decorateRequest('target', '');

async function pickTarget(request: FastifyRequest) {
  request.target = (request.body as { host: string }).host;
}

async function tools(inst: FastifyInstance) {
  inst.post('/ping', { preHandler: pickTarget }, async (request) => {
    return new Promise((resolve) => {
@@      exec('ping -c 2 ' + request.target, (_e, out) => resolve(out));
    });
  });

  inst.post('/trace', { preHandler: pickTarget }, async (request) => {
    return new Promise((resolve) => {
@ok      execFile('traceroute', ['-m', '5', '--', request.target], (_e, out) => resolve(out));
    });
  });

  inst.post('/uptime', { preHandler: pickTarget }, async (request) => {
    request.log.info({ target: request.target }, 'uptime asked');
    return new Promise((resolve) => {
@ok      exec('uptime', (_e, out) => resolve(out));
    });
  });

  inst.post('/dig', async (request) => {
    const { name } = request.body as { name: string };
    return new Promise((resolve) => {
@@      exec(\`dig +short \${name}\`, (_e, out) => resolve(out));
    });
  });
}

app.register(tools, { prefix: '/tools' });
`,
  ),
  ...js(
    "CWE-918",
    "Express middleware storing the upstream on res.locals / req, later handlers fetching it, vs an allow-listed upstream",
    `const express = require('express');
const axios = require('axios');
const app = express();

const UPSTREAMS = { a: 'https://a.internal.example.com', b: 'https://b.internal.example.com' };

function chooseUpstream(req, res, next) {
  res.locals.upstream = req.get('x-upstream');
  next();
}

function chooseKnown(req, res, next) {
  req.upstream = UPSTREAMS[req.query.u] || UPSTREAMS.a;
  next();
}

function takeCallback(req, res, next) {
  req.callback = req.query.callback;
  next();
}

app.get('/data', chooseUpstream, async (req, res) => {
@@  const r = await axios.get(res.locals.upstream + '/data');
  res.json(r.data);
});

app.get('/known', chooseKnown, async (req, res) => {
@ok  const r = await axios.get(req.upstream + '/data');
  res.json(r.data);
});

app.post('/job', takeCallback, async (req, res) => {
  res.sendStatus(202);
@@  await fetch(req.callback, { method: 'POST', body: JSON.stringify({ done: true }) });
});

app.post('/job2', takeCallback, async (req, res) => {
  res.sendStatus(202);
@ok  await fetch('https://status.example.com/jobs', { method: 'POST', body: JSON.stringify({ cb: req.callback }) });
});
`,
  ),
  ...ts(
    "CWE-601",
    "redirects decided by services: a NestJS service returning the query URL for @Redirect-style handlers, Fastify reply.redirect via a helper vs an allow-list",
    `import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import Fastify, { FastifyReply } from 'fastify';

@Injectable()
export class LinkService {
  resolve(target: string) {
    return target;
  }
  resolveKnown(target: string) {
    const known: Record<string, string> = { docs: 'https://docs.example.com', blog: 'https://blog.example.com' };
    return known[target] ?? '/';
  }
}

@Controller('out')
export class OutController {
  constructor(private readonly links: LinkService) {}

  @Get()
  go(@Query('to') to: string, @Res() res: Response) {
@@    return res.redirect(this.links.resolve(to));
  }

  @Get('known')
  known(@Query('to') to: string, @Res() res: Response) {
@ok    return res.redirect(this.links.resolveKnown(to));
  }
}

const fastify = Fastify();

function sendTo(reply: FastifyReply, url: string) {
@@  return reply.redirect(url);
}

function sendHome(reply: FastifyReply, _url: string) {
@ok  return reply.redirect('/home');
}

fastify.get('/jump', async (request, reply) => sendTo(reply, (request.query as { next: string }).next));
fastify.get('/home-jump', async (request, reply) => sendHome(reply, (request.query as { next: string }).next));
`,
  ),
  ...js(
    "CWE-22",
    "event emitter and stream callbacks writing files: the emitted name vs a generated one, a helper receiving the body name at the second position",
    `const express = require('express');
const EventEmitter = require('events');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const app = express();
app.use(express.json());
const EXPORTS = path.join(__dirname, 'exports');
const exporter = new EventEmitter();

exporter.on('export', (name, data) => {
@@  fs.writeFile(path.join(EXPORTS, name), JSON.stringify(data), () => {});
});

exporter.on('export-id', (data) => {
  const id = crypto.randomBytes(8).toString('hex');
@ok  fs.writeFile(path.join(EXPORTS, id + '.json'), JSON.stringify(data), () => {});
});

function writeReport(data, name) {
@@  fs.appendFileSync(path.join(EXPORTS, name + '.csv'), data);
}

function writeDaily(name, data) {
  const day = new Date().toISOString().slice(0, 10);
@ok  fs.appendFileSync(path.join(EXPORTS, day + '.csv'), data + ',' + String(name).length);
}

app.post('/export', (req, res) => {
  exporter.emit('export', req.body.name, req.body.rows);
  exporter.emit('export-id', req.body.rows);
  writeReport('a,b\\n', req.body.name);
  writeDaily(req.body.name, 'a,b');
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-943",
    "NestJS with a Mongoose model: the DTO field passed down to a repository's find vs cast to string, a filter object from the whole query",
    `import { Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

interface Product {
  name: string;
  price: number;
}

@Injectable()
export class ProductRepo {
  constructor(@InjectModel('Product') private readonly model: Model<Product>) {}

  findByName(name: unknown) {
@@    return this.model.find({ name }).exec();
  }

  findByNameStr(name: unknown) {
@ok    return this.model.find({ name: String(name) }).exec();
  }

  findWhere(filter: Record<string, unknown>) {
@@    return this.model.find(filter).exec();
  }

  cheap(_filter: Record<string, unknown>) {
@ok    return this.model.find({ price: { $lt: 10 } }).exec();
  }
}

@Controller('products')
export class ProductController {
  constructor(private readonly repo: ProductRepo) {}

  @Post('by-name')
  byName(@Body() body: { name: unknown }) {
    return this.repo.findByName(body.name);
  }

  @Post('by-name-str')
  byNameStr(@Body() body: { name: unknown }) {
    return this.repo.findByNameStr(body.name);
  }

  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.repo.findWhere(query);
  }

  @Get('cheap')
  cheap(@Query() query: Record<string, unknown>) {
    return this.repo.cheap(query);
  }
}
`,
  ),
  ...js(
    "CWE-113",
    "Koa and Express: a header value carried in ctx.state / res.locals from the request vs a constant, set in a helper",
    `const Koa = require('koa');
const express = require('express');

const koa = new Koa();
koa.use(async (ctx, next) => {
  ctx.state.origin = ctx.get('origin');
  ctx.state.version = '1.4.2';
  await next();
});
koa.use(async (ctx) => {
@@  ctx.set('Access-Control-Allow-Origin-Echo', ctx.state.origin);
@ok  ctx.set('X-Version', ctx.state.version);
  ctx.body = 'ok';
});

const app = express();
app.use((req, res, next) => {
  res.locals.lang = req.query.lang;
  res.locals.safeLang = /^[a-z]{2}$/.test(String(req.query.lang)) ? String(req.query.lang) : 'en';
  next();
});

function applyLang(res) {
@@  res.setHeader('Content-Language', res.locals.lang);
}

function applySafeLang(res) {
@ok  res.setHeader('Content-Language', res.locals.safeLang);
}

app.get('/a', (req, res) => {
  applyLang(res);
  res.end();
});
app.get('/b', (req, res) => {
  applySafeLang(res);
  res.end();
});
app.get('/c', (req, res) => {
  const name = req.query.file;
@@  res.append('Link', '</files/' + name + '>; rel=preload');
  res.end();
});
`,
  ),
  ...js(
    "CWE-1333",
    "a middleware compiling req.query.pattern into req.matcher vs a fixed matcher, callbacks passing the term to a filter helper",
    `const express = require('express');
const app = express();
const NAMES = ['ann', 'bob', 'cyd'];

function compilePattern(req, res, next) {
@@  req.matcher = new RegExp(req.query.pattern);
  next();
}

function defaultPattern(req, res, next) {
@ok  req.matcher = new RegExp('^[a-z]{3}$');
  next();
}

function filterBy(list, term, cb) {
@@  cb(list.filter((x) => new RegExp(term).test(x)));
}

function filterFixed(list, term, cb) {
@ok  cb(list.filter((x) => /^a/.test(x) && x.length >= String(term).length));
}

app.get('/a', compilePattern, (req, res) => res.json(NAMES.filter((n) => req.matcher.test(n))));
app.get('/b', defaultPattern, (req, res) => res.json(NAMES.filter((n) => req.matcher.test(n))));
app.get('/c', (req, res) => filterBy(NAMES, req.query.t, (out) => res.json(out)));
app.get('/d', (req, res) => filterFixed(NAMES, req.query.t, (out) => res.json(out)));
`,
  ),
  ...ts(
    "CWE-502",
    "a session store class decoding what the constructor or a setter was given vs a JSON codec, Fastify body through a helper",
    `import express from 'express';
import Fastify from 'fastify';
import serialize from 'node-serialize';
import yaml from 'js-yaml';

class CookieSession {
  private raw: string;
  constructor(raw: string) {
    this.raw = raw;
  }
  load() {
@@    return serialize.unserialize(this.raw);
  }
}

class JsonSession {
  constructor(private readonly raw: string) {}
  load() {
@ok    return JSON.parse(this.raw);
  }
}

function readSpec(text: string) {
@@  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function readSpecSafe(text: string) {
@ok  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

const app = express();
app.get('/s', (req, res) => res.json(new CookieSession(String(req.headers.cookie)).load()));
app.get('/j', (req, res) => res.json(new JsonSession(String(req.headers.cookie)).load()));

const fastify = Fastify();
fastify.post('/spec', async (request) => readSpec(request.body as string));
fastify.post('/spec-safe', async (request) => readSpecSafe(request.body as string));
`,
  ),
  ...js(
    "CWE-94",
    "code run by listeners and closures: a socket message handed to a helper that runs it vs one that parses it, a factory closing over the body's code",
    `const express = require('express');
const vm = require('vm');
const { Server } = require('socket.io');
const app = express();
app.use(express.json());
const io = new Server(3001);

function runScript(src) {
@@  return new vm.Script(src).runInNewContext({});
}

function parseScript(src) {
@ok  return JSON.parse(src);
}

function makeFilter(body) {
  return (item) => {
@@    return vm.runInNewContext(body, { item });
  };
}

function makeFieldFilter(field) {
  return (item) => {
@ok    return vm.runInNewContext('item[field] != null', { item, field });
  };
}

io.on('connection', (socket) => {
  socket.on('run', (msg) => runScript(msg));
  socket.on('parse', (msg) => parseScript(msg));
});

app.post('/filter', (req, res) => {
  res.json(req.body.items.filter(makeFilter(req.body.filter)));
});

app.post('/filter2', (req, res) => {
  res.json(req.body.items.filter(makeFieldFilter(req.body.field)));
});
`,
  ),
  ...ts(
    "CWE-89",
    "a base repository class running SQL with subclasses passing a constant table and the request value, protected helpers, a generic run(sql)",
    `import express from 'express';
import { Pool } from 'pg';

abstract class BaseRepo {
  constructor(protected readonly pool: Pool, protected readonly table: string) {}
  protected run(sql: string, params: unknown[] = []) {
@@    return this.pool.query(sql, params);
  }
  count() {
@ok    return this.pool.query('SELECT count(*) FROM ' + this.table);
  }
}

class ArticleRepo extends BaseRepo {
  constructor(pool: Pool) {
    super(pool, 'articles');
  }
  bySlug(slug: string) {
    return this.run("SELECT * FROM articles WHERE slug = '" + slug + "'");
  }
  byAuthor(author: string) {
    return this.run('SELECT * FROM articles WHERE author = $1', [author]);
  }
}

class TagRepo extends BaseRepo {
  constructor(pool: Pool) {
    super(pool, 'tags');
  }
  search(q: string) {
@@    return this.pool.query(\`SELECT * FROM \${this.table} WHERE name LIKE '\${q}%'\`);
  }
  popular(_q: string) {
@ok    return this.pool.query(\`SELECT * FROM \${this.table} ORDER BY uses DESC LIMIT 10\`);
  }
}

const pool = new Pool();
const articles = new ArticleRepo(pool);
const tags = new TagRepo(pool);
const app = express();
app.get('/a/:slug', async (req, res) => res.json((await articles.bySlug(req.params.slug)).rows));
app.get('/by/:author', async (req, res) => res.json((await articles.byAuthor(req.params.author)).rows));
app.get('/tags', async (req, res) => res.json((await tags.search(String(req.query.q))).rows));
app.get('/popular', async (req, res) => res.json((await tags.popular(String(req.query.q))).rows));
app.get('/count', async (req, res) => res.json((await tags.count()).rows));
`,
  ),
  ...js(
    "CWE-79",
    "callbacks given to helpers: withUser(req, u => res.send(...)), a loader passing a fixed record, an array forEach writing rows into HTML",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();
app.use(express.urlencoded({ extended: false }));

function withUser(req, fn) {
  return fn({ name: req.query.user, role: 'viewer' });
}

function withSystemUser(req, fn) {
  return fn({ name: 'system', role: 'admin' });
}

app.get('/u', (req, res) =>
  withUser(req, (u) => {
@@    res.send('<h2>' + u.name + '</h2>');
  }),
);

app.get('/role', (req, res) =>
  withUser(req, (u) => {
@ok    res.send('<h2>' + u.role + '</h2>');
  }),
);

app.get('/sys', (req, res) =>
  withSystemUser(req, (u) => {
@ok    res.send('<h2>' + u.name + '</h2>');
  }),
);

app.post('/list', (req, res) => {
  let html = '<ul>';
  [].concat(req.body.item).forEach((item) => {
    html += '<li>' + item + '</li>';
  });
@@  res.send(html + '</ul>');
});

app.post('/list-safe', (req, res) => {
  let html = '<ul>';
  [].concat(req.body.item).forEach((item) => {
    html += '<li>' + escapeHtml(item) + '</li>';
  });
@ok  res.send(html + '</ul>');
});
`,
  ),
  ...ts(
    "CWE-918",
    "router.param loading a webhook URL onto the request, a service method fetching it, vs a param that selects from a fixed table",
    `import express, { Request } from 'express';
import axios from 'axios';

const router = express.Router();
const REGIONS: Record<string, string> = { eu: 'https://eu.api.example.com', us: 'https://us.api.example.com' };

interface HookRequest extends Request {
  hookUrl?: string;
  regionBase?: string;
}

router.param('hook', (req: HookRequest, _res, next, value: string) => {
  req.hookUrl = decodeURIComponent(value);
  next();
});

router.param('region', (req: HookRequest, res, next, value: string) => {
  if (!(value in REGIONS)) return res.sendStatus(404);
  req.regionBase = REGIONS[value];
  next();
});

class Notifier {
  async ping(url: string) {
@@    return axios.head(url, { timeout: 3000 });
  }
  async pingRegion(base: string) {
@ok    return axios.head(base + '/health', { timeout: 3000 });
  }
}

const notifier = new Notifier();

router.post('/hooks/:hook/test', async (req: HookRequest, res) => {
  await notifier.ping(req.hookUrl as string);
  res.sendStatus(204);
});

router.get('/regions/:region/health', async (req: HookRequest, res) => {
  await notifier.pingRegion(req.regionBase as string);
  res.sendStatus(204);
});

router.get('/hooks/:hook/preview', async (req: HookRequest, res) => {
@@  const r = await fetch(req.hookUrl as string);
  res.json({ status: r.status });
});

export default router;
`,
  ),
  ...js(
    "CWE-78",
    "job queues: async.queue and p-queue workers running the pushed body field vs workers running a fixed command, setTimeout's extra arguments",
    `const express = require('express');
const async = require('async');
const { default: PQueue } = require('p-queue');
const { exec, execFile } = require('child_process');
const app = express();
app.use(express.json());

const q = async.queue((task, done) => {
@@  exec('wkhtmltopdf ' + task.url + ' /tmp/out.pdf', done);
}, 2);

const fixedQ = async.queue((task, done) => {
  console.log('rebuild requested by', task.user);
@ok  exec('make -C /srv/site', done);
}, 1);

const pq = new PQueue({ concurrency: 1 });

function render(url) {
@@  return new Promise((resolve) => exec(\`chromium --headless --print-to-pdf \${url}\`, resolve));
}

function renderArgv(url) {
@ok  return new Promise((resolve) => execFile('chromium', ['--headless', '--print-to-pdf', '--', String(url)], resolve));
}

app.post('/pdf', (req, res) => {
  q.push({ url: req.body.url });
  fixedQ.push({ user: req.body.user });
  pq.add(() => render(req.body.url));
  pq.add(() => renderArgv(req.body.url));
  setTimeout(
    (name) => {
@@      exec('touch /srv/flags/' + name);
    },
    0,
    req.body.flag,
  );
  setTimeout(
    (name) => {
@ok      exec('touch /srv/flags/ready', () => console.log(name));
    },
    0,
    req.body.flag,
  );
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-918",
    "URL validators in helpers: an allow-list whose answer is ignored, one that throws, one that returns early on one branch only",
    `import express from 'express';
import axios from 'axios';

const ALLOWED_HOSTS = new Set(['api.partner.com', 'cdn.partner.com']);

function isAllowedUrl(raw: string): boolean {
  try {
    return ALLOWED_HOSTS.has(new URL(raw).hostname);
  } catch {
    return false;
  }
}

function assertAllowedUrl(raw: string): URL {
  const u = new URL(raw);
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) throw new Error('host not allowed');
  return u;
}

function looseCheck(raw: string): string {
  const u = new URL(raw);
  if (u.protocol === 'https:') return raw;
  return raw;
}

const app = express();

app.get('/a', async (req, res) => {
  const url = String(req.query.url);
  isAllowedUrl(url);
@@  const r = await axios.get(url);
  res.json(r.data);
});

app.get('/b', async (req, res) => {
  const url = String(req.query.url);
  if (!isAllowedUrl(url)) return res.sendStatus(403);
@ok  const r = await axios.get(url);
  res.json(r.data);
});

app.get('/c', async (req, res) => {
  const u = assertAllowedUrl(String(req.query.url));
@ok  const r = await axios.get(u.toString());
  res.json(r.data);
});

app.get('/d', async (req, res) => {
  const u = looseCheck(String(req.query.url));
@@  const r = await axios.get(u);
  res.json(r.data);
});

app.get('/e', async (req, res) => {
  const url = String(req.query.url);
  const ok = isAllowedUrl(url);
  console.log('allowed?', ok);
@@  const r = await fetch(url);
  res.json(await r.json());
});
`,
  ),
  ...js(
    "CWE-601",
    "Express: middleware saving the next URL on the session object and req, router.param for a short link, a handler redirecting later",
    `const express = require('express');
const session = require('express-session');
const app = express();
const router = express.Router();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const SHORT = { gh: 'https://github.com/example', docs: 'https://docs.example.com' };

function rememberNext(req, res, next) {
  req.nextUrl = req.query.next;
  next();
}

function rememberDefault(req, res, next) {
  req.nextUrl = '/account';
  next();
}

router.param('code', (req, res, next, code) => {
  req.target = SHORT[code] || '/';
  next();
});

router.param('raw', (req, res, next, raw) => {
  req.rawTarget = raw;
  next();
});

app.get('/login/callback', rememberNext, (req, res) => {
@@  res.redirect(req.nextUrl);
});

app.get('/login/callback2', rememberDefault, (req, res) => {
@ok  res.redirect(req.nextUrl);
});

router.get('/s/:code', (req, res) => {
@ok  res.redirect(301, req.target);
});

router.get('/r/:raw', (req, res) => {
@@  res.redirect(301, req.rawTarget);
});

app.use(router);
`,
  ),
  ...ts(
    "CWE-79",
    "browser TypeScript: a widget class keeping the hash fragment in a field and rendering it vs rendering a counter, a helper returning sanitised HTML",
    `import DOMPurify from 'dompurify';

class Banner {
  private message: string;
  private shown = 0;
  constructor(private readonly root: HTMLElement) {
    this.message = decodeURIComponent(window.location.hash.slice(1));
  }
  render() {
    this.shown++;
@@    this.root.innerHTML = '<div class="msg">' + this.message + '</div>';
  }
  renderCount() {
@ok    this.root.innerHTML = '<div class="count">' + this.shown + '</div>';
  }
}

function clean(html: string): string {
  return DOMPurify.sanitize(html);
}

function trimmed(html: string): string {
  return html.trim();
}

function mount(el: HTMLElement, html: string) {
@@  el.innerHTML = trimmed(html);
}

function mountClean(el: HTMLElement, html: string) {
@ok  el.innerHTML = clean(html);
}

const params = new URLSearchParams(location.search);
const banner = new Banner(document.getElementById('banner') as HTMLElement);
banner.render();
banner.renderCount();
mount(document.getElementById('a') as HTMLElement, params.get('a') ?? '');
mountClean(document.getElementById('b') as HTMLElement, params.get('b') ?? '');
document.write('<p>' + trimmed(params.get('c') ?? '') + '</p>');
`,
  ),
  ...js(
    "CWE-89",
    "rest parameters and arguments forwarded to a query helper: the request value among the spread arguments vs a helper binding them",
    `const express = require('express');
const mysql = require('mysql');
const conn = mysql.createConnection(process.env.DATABASE_URL);
const app = express();

function findBy(table, ...conds) {
@@  return conn.query('SELECT * FROM ' + table + ' WHERE ' + conds.join(' AND '));
}

function findBound(table, ...values) {
@ok  return conn.query('SELECT * FROM ' + table + ' WHERE a = ? AND b = ?', values);
}

function legacyFind() {
  const sql = 'SELECT * FROM ' + arguments[0] + " WHERE name = '" + arguments[1] + "'";
@@  return conn.query(sql);
}

function legacyCount() {
@ok  return conn.query('SELECT count(*) FROM ' + arguments[0], [arguments[1]]);
}

app.get('/a', (req, res) => res.json(findBy('users', 'active = 1', "name = '" + req.query.name + "'")));
app.get('/b', (req, res) => res.json(findBound('users', req.query.a, req.query.b)));
app.get('/c', (req, res) => res.json(legacyFind('users', req.query.name)));
app.get('/d', (req, res) => res.json(legacyCount('users', req.query.name)));
`,
  ),
];
