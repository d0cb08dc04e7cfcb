// Dev suite "js-ts", batch 115: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). A sixth wave of value twins for Node: small Express / Koa / Fastify handlers (and a browser
// script) that read one request value, pass it through value-level plumbing and hand the result to a sink. The
// plumbing: constant conditions and ternaries (both branches), switch on a constant, shift / pop / splice / concat
// on literal arrays, Maps read at the other key, Object.assign order, object and array rest with defaults,
// structuredClone and JSON round trips, URLSearchParams / URL round trips, Buffer encodings, reduce / flatMap / find
// over literals, for...of over entries building placeholders, class getters / statics / private fields, closures
// that ignore their argument, Promise.all and .then chains, generators, ?? / ||= / optional chaining, early returns
// on a constant flag, try / finally overwriting the value. Each safe twin differs from its positive in the one value
// that makes it safe.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch115", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch115", cwe, note, src, "typescript");

export const BATCH115: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of a value chosen by an arithmetic constant ternary, a switch on a constant character, shift and splice on literal arrays",
    `const express = require('express');
const { exec, execSync } = require('child_process');

const app = express();

app.get('/cmd/ternary', (req, res) => {
  const param = req.query.dir;
  const num = 106;
  const bar = 7 * 18 + num > 200 ? 'ls -la ' + param : 'ls -la /srv';
@@  exec(bar, (err, out) => res.type('text/plain').send(out));
});

app.get('/cmd/ternary-const', (req, res) => {
  const param = req.query.dir;
  const num = 106;
  const bar = 7 * 18 - num > 200 ? 'ls -la ' + param : 'ls -la /srv';
@ok  exec(bar, (err, out) => res.type('text/plain').send(out));
});

app.get('/cmd/switch', (req, res) => {
  const param = req.query.host;
  const guess = 'ABC';
  let bar;
  switch (guess.charAt(1)) {
    case 'A':
      bar = 'ping -c 1 127.0.0.1';
      break;
    case 'B':
      bar = 'ping -c 1 ' + param;
      break;
    default:
      bar = 'ping -c 1 localhost';
  }
@@  exec(bar, () => res.sendStatus(204));
});

app.get('/cmd/switch-const', (req, res) => {
  const param = req.query.host;
  const guess = 'ABC';
  let bar;
  switch (guess.charAt(0)) {
    case 'A':
      bar = 'ping -c 1 127.0.0.1';
      break;
    case 'B':
      bar = 'ping -c 1 ' + param;
      break;
    default:
      bar = 'ping -c 1 localhost';
  }
@ok  exec(bar, () => res.sendStatus(204));
});

app.get('/cmd/shift', (req, res) => {
  const list = ['uptime', req.query.cmd, 'whoami'];
  list.shift();
@@  exec(list[0], () => res.sendStatus(204));
});

app.get('/cmd/shift-const', (req, res) => {
  const list = ['uptime', req.query.cmd, 'whoami'];
  list.shift();
@ok  exec(list[1], () => res.sendStatus(204));
});

app.post('/cmd/splice', express.json(), (req, res) => {
  const parts = ['tar', '-czf', '/tmp/out.tgz', req.body.dir];
  parts.splice(2, 1, '/tmp/backup.tgz');
@@  execSync(parts.join(' '));
  res.sendStatus(204);
});

app.post('/cmd/splice-const', express.json(), (req, res) => {
  const parts = ['tar', '-czf', '/tmp/out.tgz', req.body.dir];
  parts.splice(3, 1, '/srv/data');
@ok  execSync(parts.join(' '));
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "Koa TypeScript: object rest leaving the request value in rest, closures ignoring their argument, class private field vs static constant, Promise.all",
    `import Koa from 'koa';
import Router from '@koa/router';
import { exec } from 'child_process';
import { promisify } from 'util';

const run = promisify(exec);
const app = new Koa();
const router = new Router();

router.get('/ts/rest', async (ctx) => {
  const settings = { host: 'localhost', extra: String(ctx.query.host) };
  const { host, ...rest } = settings;
@@  const { stdout } = await run(\`nslookup \${rest.extra}\`);
  ctx.body = stdout;
});

router.get('/ts/rest-const', async (ctx) => {
  const settings = { host: 'localhost', extra: String(ctx.query.host) };
  const { host, ...rest } = settings;
@ok  const { stdout } = await run(\`nslookup \${host}\`);
  ctx.body = stdout;
});

const withPrefix = (prefix: string) => (arg: string) => \`\${prefix} \${arg}\`;
const ignoringArg = (cmd: string) => (_arg: string) => cmd;

router.get('/ts/hof', async (ctx) => {
  const build = withPrefix('git log --oneline');
@@  const { stdout } = await run(build(String(ctx.query.branch)));
  ctx.body = stdout;
});

router.get('/ts/hof-const', async (ctx) => {
  const build = ignoringArg('git log --oneline -n 5');
@ok  const { stdout } = await run(build(String(ctx.query.branch)));
  ctx.body = stdout;
});

class Job {
  static readonly DEFAULT = 'df -h';
  #cmd: string;

  constructor(cmd: string) {
    this.#cmd = cmd;
  }

  get command(): string {
    return this.#cmd;
  }

  static fallback(): string {
    return Job.DEFAULT;
  }
}

router.get('/ts/job', async (ctx) => {
  const job = new Job(String(ctx.query.cmd));
@@  const { stdout } = await run(job.command);
  ctx.body = stdout;
});

router.get('/ts/job-static', async (ctx) => {
  const job = new Job(String(ctx.query.cmd));
@ok  const { stdout } = await run(Job.fallback());
  ctx.body = { stdout, queued: job.command.length };
});

router.get('/ts/all', async (ctx) => {
  const [a, b] = await Promise.all([Promise.resolve('uname -a'), Promise.resolve(String(ctx.query.cmd))]);
@@  const { stdout } = await run(b);
  ctx.body = stdout + a;
});

router.get('/ts/all-const', async (ctx) => {
  const [a, b] = await Promise.all([Promise.resolve('uname -a'), Promise.resolve(String(ctx.query.cmd))]);
@ok  const { stdout } = await run(a);
  ctx.body = stdout + b.length;
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "pg queries from a Map read at the other key, Object.assign where the request value wins or loses, array rest vs the first element",
    `const express = require('express');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();

app.get('/sql/map', async (req, res) => {
  const map = new Map();
  map.set('keyA-1', 'a-Value');
  map.set('keyB-1', req.query.name);
  const bar = map.get('keyB-1');
@@  const { rows } = await pool.query(\`SELECT * FROM users WHERE name = '\${bar}'\`);
  res.json(rows);
});

app.get('/sql/map-const', async (req, res) => {
  const map = new Map();
  map.set('keyA-1', 'a-Value');
  map.set('keyB-1', req.query.name);
  const bar = map.get('keyA-1');
@ok  const { rows } = await pool.query(\`SELECT * FROM users WHERE name = '\${bar}'\`);
  res.json(rows);
});

app.get('/sql/assign', async (req, res) => {
  const opts = Object.assign({ order: 'created_at' }, { order: req.query.order });
@@  const { rows } = await pool.query('SELECT id, title FROM posts ORDER BY ' + opts.order);
  res.json(rows);
});

app.get('/sql/assign-const', async (req, res) => {
  const opts = Object.assign({}, { order: req.query.order }, { order: 'created_at' });
@ok  const { rows } = await pool.query('SELECT id, title FROM posts ORDER BY ' + opts.order);
  res.json(rows);
});

app.get('/sql/rest', async (req, res) => {
  const [first, ...others] = ['active', req.query.status, 'archived'];
@@  const { rows } = await pool.query(\`SELECT id FROM posts WHERE status = '\${others[0]}'\`);
  res.json({ rows, first });
});

app.get('/sql/rest-const', async (req, res) => {
  const [first, ...others] = ['active', req.query.status, 'archived'];
@ok  const { rows } = await pool.query(\`SELECT id FROM posts WHERE status = '\${first}'\`);
  res.json({ rows, others });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "knex.raw from reduce over entries with and without the request key, sequelize.query with find over literal records, sqlite placeholders built in for...of",
    `const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Sequelize, QueryTypes } = require('sequelize');
const sqlite3 = require('sqlite3');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const db = new sqlite3.Database('/var/lib/app/shop.db');
const app = express();
app.use(express.json());

app.post('/knex/reduce', async (req, res) => {
  const filters = { city: req.body.city, active: 'true' };
  const where = Object.entries(filters).reduce((acc, [k, v]) => acc + \` AND \${k} = '\${v}'\`, '1=1');
@@  const rows = await knex.raw('SELECT * FROM shops WHERE ' + where);
  res.json(rows);
});

app.post('/knex/reduce-const', async (req, res) => {
  const filters = { city: req.body.city, active: 'true' };
  const { city, ...fixed } = filters;
  const where = Object.entries(fixed).reduce((acc, [k, v]) => acc + \` AND \${k} = '\${v}'\`, '1=1');
@ok  const rows = await knex.raw('SELECT * FROM shops WHERE ' + where);
  res.json({ rows, city: typeof city });
});

app.get('/seq/find', async (req, res) => {
  const cols = [
    { key: 'name', value: req.query.name },
    { key: 'role', value: 'admin' },
  ];
  const hit = cols.find((c) => c.key === 'name');
@@  const rows = await sequelize.query(\`SELECT id FROM users WHERE name = '\${hit.value}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/seq/find-const', async (req, res) => {
  const cols = [
    { key: 'name', value: req.query.name },
    { key: 'role', value: 'admin' },
  ];
  const hit = cols.find((c) => c.key === 'role');
@ok  const rows = await sequelize.query(\`SELECT id FROM users WHERE role = '\${hit.value}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/sqlite/entries', (req, res) => {
  const clauses = [];
  for (const [k, v] of Object.entries({ id: req.query.id, status: 'open' })) {
    clauses.push(\`\${k} = '\${v}'\`);
  }
@@  db.all('SELECT * FROM orders WHERE ' + clauses.join(' AND '), (err, rows) => res.json(rows));
});

app.get('/sqlite/entries-bound', (req, res) => {
  const clauses = [];
  const args = [];
  for (const [k, v] of Object.entries({ id: req.query.id, status: 'open' })) {
    clauses.push(\`\${k} = ?\`);
    args.push(v);
  }
@ok  db.all('SELECT * FROM orders WHERE ' + clauses.join(' AND '), args, (err, rows) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "res.send of structuredClone / JSON round trips read at the tainted or the constant key, URLSearchParams round trip, Buffer decoded vs hex/base64 encoded",
    `const express = require('express');

const app = express();

app.get('/xss/clone', (req, res) => {
  const view = structuredClone({ title: 'Inbox', who: req.query.who });
@@  res.send('<h1>' + view.who + '</h1>');
});

app.get('/xss/clone-const', (req, res) => {
  const view = structuredClone({ title: 'Inbox', who: req.query.who });
@ok  res.send('<h1>' + view.title + '</h1>');
});

app.get('/xss/json', (req, res) => {
  const copy = JSON.parse(JSON.stringify({ q: req.query.q, page: 'results' }));
@@  res.send(\`<p>You searched for \${copy.q}</p>\`);
});

app.get('/xss/json-const', (req, res) => {
  const copy = JSON.parse(JSON.stringify({ q: req.query.q, page: 'results' }));
@ok  res.send(\`<p>Showing \${copy.page}</p>\`);
});

app.get('/xss/usp', (req, res) => {
  const sp = new URLSearchParams({ q: String(req.query.q), page: '1' });
@@  res.send('<a href="/next">' + sp.get('q') + '</a>');
});

app.get('/xss/usp-const', (req, res) => {
  const sp = new URLSearchParams({ q: String(req.query.q), page: '1' });
@ok  res.send('<a href="/next">page ' + sp.get('page') + '</a>');
});

app.get('/xss/b64', (req, res) => {
  const decoded = Buffer.from(String(req.query.data), 'base64').toString('utf8');
@@  res.send('<pre>' + decoded + '</pre>');
});

app.get('/xss/hex', (req, res) => {
  const encoded = Buffer.from(String(req.query.data)).toString('hex');
@ok  res.send('<code>' + encoded + '</code>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "Fastify and Koa HTML from flatMap read at a constant index, optional chaining with ?? on the tainted or a constant field, class getters",
    `const fastify = require('fastify')();
const Koa = require('koa');
const Router = require('@koa/router');

fastify.get('/fm', async (request, reply) => {
  const cells = [[request.query.q, 'x'], ['y']].flatMap((r) => r);
@@  reply.type('text/html').send(\`<td>\${cells[0]}</td>\`);
});

fastify.get('/fm-const', async (request, reply) => {
  const cells = [[request.query.q, 'x'], ['y']].flatMap((r) => r);
@ok  reply.type('text/html').send(\`<td>\${cells[2]}</td>\`);
});

const koa = new Koa();
const router = new Router();

router.get('/koa/opt', (ctx) => {
  const profile = { display: { name: ctx.query.name, title: 'Member' } };
  ctx.type = 'html';
@@  ctx.body = \`<h2>\${profile?.display?.name ?? 'anon'}</h2>\`;
});

router.get('/koa/opt-const', (ctx) => {
  const profile = { display: { name: ctx.query.name, title: 'Member' } };
  ctx.type = 'html';
@ok  ctx.body = \`<h2>\${profile?.display?.title ?? 'anon'}</h2>\`;
});

class Banner {
  constructor(user) {
    this.user = user;
  }

  get generic() {
    return '<div class="banner">Welcome back</div>';
  }

  get personal() {
    return \`<div class="banner">Welcome back, \${this.user}</div>\`;
  }
}

router.get('/koa/banner', (ctx) => {
  const b = new Banner(ctx.query.user);
  ctx.type = 'html';
@@  ctx.body = b.personal;
});

router.get('/koa/banner-const', (ctx) => {
  const b = new Banner(ctx.query.user);
  ctx.type = 'html';
@ok  ctx.body = b.generic;
});

koa.use(router.routes());
koa.listen(3001);
fastify.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-79",
    "browser innerHTML from a state object read at the tainted or the heading key, hash destructuring with a default, document.write of a number",
    `const params = new URLSearchParams(window.location.search);
const state = { query: params.get('q'), heading: 'Search results' };

const header = document.getElementById('title');
@ok header.innerHTML = state.heading;

const box = document.getElementById('results');
@@box.innerHTML = 'You searched for ' + state.query;

const [section = 'home', ...rest] = window.location.hash.slice(1).split('/');
const nav = document.querySelector('#nav .current');
@@nav.innerHTML = '<b>' + section + '</b>';

const crumbs = document.querySelector('#crumbs');
const known = ['home', 'about', 'pricing'];
@ok crumbs.innerHTML = '<b>' + (known.includes(section) ? section : 'home') + '</b>' + ' / ' + rest.length;

const page = Number(params.get('page')) || 1;
@ok document.write('<span>page ' + page + '</span>');
@@document.write('<span>page ' + params.get('page') + '</span>');
`,
  ),
  ...js(
    "CWE-22",
    "fs reads of names from ||= and ?? with a constant or an empty left side, Promise.all destructuring, then chains that keep or drop the value",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const ROOT = '/srv/files';

app.get('/fs/or-assign', (req, res) => {
  let name = '';
  name ||= req.query.file;
@@  res.sendFile(path.join(ROOT, name));
});

app.get('/fs/or-assign-const', (req, res) => {
  let name = 'readme.txt';
  name ||= req.query.file;
@ok  res.sendFile(path.join(ROOT, name));
});

app.get('/fs/nullish', (req, res) => {
  const opts = { name: 'readme.txt' };
  const file = opts.missing ?? req.query.file;
@@  fs.readFile(path.join(ROOT, file), 'utf8', (err, data) => res.type('text/plain').send(data));
});

app.get('/fs/nullish-const', (req, res) => {
  const opts = { name: 'readme.txt' };
  const file = opts.name ?? req.query.file;
@ok  fs.readFile(path.join(ROOT, file), 'utf8', (err, data) => res.type('text/plain').send(data));
});

app.get('/fs/all', async (req, res) => {
  const [a, b] = await Promise.all([Promise.resolve('doc.txt'), Promise.resolve(req.query.file)]);
@@  const data = await fs.promises.readFile(path.join(ROOT, b), 'utf8');
  res.type('text/plain').send(data + a);
});

app.get('/fs/all-const', async (req, res) => {
  const [a, b] = await Promise.all([Promise.resolve('doc.txt'), Promise.resolve(req.query.file)]);
@ok  const data = await fs.promises.readFile(path.join(ROOT, a), 'utf8');
  res.type('text/plain').send(data + String(b).length);
});

app.get('/fs/then', (req, res) => {
  Promise.resolve(req.query.file)
    .then((v) => String(v).trim())
@@    .then((name) => fs.promises.readFile(path.join(ROOT, name), 'utf8'))
    .then((data) => res.type('text/plain').send(data));
});

app.get('/fs/then-const', (req, res) => {
  Promise.resolve(req.query.file)
    .then(() => 'index.txt')
@ok    .then((name) => fs.promises.readFile(path.join(ROOT, name), 'utf8'))
    .then((data) => res.type('text/plain').send(data));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript writes and unlinks with paths from a for...of over Map entries, a getter on a class, and a concat read at a constant index",
    `import express, { Request, Response } from 'express';
import { promises as fsp } from 'fs';
import * as path from 'path';

const app = express();
app.use(express.json());
const UPLOADS = '/var/app/uploads';

class Upload {
  private readonly original: string;
  static readonly PREFIX = 'upload-';

  constructor(original: string) {
    this.original = original;
  }

  get clientName(): string {
    return this.original;
  }

  get storedName(): string {
    return Upload.PREFIX + Date.now() + '.bin';
  }
}

app.post('/ts/upload', async (req: Request, res: Response) => {
  const up = new Upload(String(req.body.filename));
@@  await fsp.writeFile(path.join(UPLOADS, up.clientName), req.body.content);
  res.sendStatus(201);
});

app.post('/ts/upload-const', async (req: Request, res: Response) => {
  const up = new Upload(String(req.body.filename));
@ok  await fsp.writeFile(path.join(UPLOADS, up.storedName), req.body.content);
  res.status(201).json({ original: up.clientName });
});

app.delete('/ts/files', async (req: Request, res: Response) => {
  const names = ['cache.tmp'].concat([String(req.query.name)]);
@@  await fsp.unlink(path.join(UPLOADS, names[1]));
  res.sendStatus(204);
});

app.delete('/ts/files-const', async (req: Request, res: Response) => {
  const names = ['cache.tmp'].concat([String(req.query.name)]);
@ok  await fsp.unlink(path.join(UPLOADS, names[0]));
  res.sendStatus(204);
});

app.get('/ts/entries', async (req: Request, res: Response) => {
  const parts = new Map<string, string>([
    ['dir', 'reports'],
    ['file', String(req.query.file)],
  ]);
  let target = UPLOADS;
  for (const [, v] of parts) {
    target = path.join(target, v);
  }
@@  res.type('text/plain').send(await fsp.readFile(target, 'utf8'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "eval / Function / vm of a generator's yielded values at the tainted or constant position, early returns on a constant flag, static class members",
    `const express = require('express');
const vm = require('vm');

const app = express();

function* exprs(userExpr) {
  yield '2 * 21';
  yield userExpr;
}

app.get('/eval/gen', (req, res) => {
  const all = [...exprs(req.query.expr)];
@@  res.json({ value: eval(all[1]) });
});

app.get('/eval/gen-const', (req, res) => {
  const all = [...exprs(req.query.expr)];
@ok  res.json({ value: eval(all[0]) });
});

const STRICT = true;
const LOOSE = false;

function pickStrict(v) {
  if (STRICT) {
    return 'return 1 + 1';
  }
  return 'return ' + v;
}

function pickLoose(v) {
  if (LOOSE) {
    return 'return 1 + 1';
  }
  return 'return ' + v;
}

app.get('/fn/loose', (req, res) => {
@@  res.json({ value: new Function(pickLoose(req.query.expr))() });
});

app.get('/fn/strict', (req, res) => {
@ok  res.json({ value: new Function(pickStrict(req.query.expr))() });
});

class Rules {
  static base = 'total > 100';

  constructor(custom) {
    this.custom = custom;
  }
}

app.post('/vm/rule', express.json(), (req, res) => {
  const r = new Rules(req.body.rule);
@@  res.json({ match: vm.runInNewContext(r.custom, { total: Number(req.body.total) }) });
});

app.post('/vm/rule-const', express.json(), (req, res) => {
  const r = new Rules(req.body.rule);
@ok  res.json({ match: vm.runInNewContext(Rules.base, { total: Number(req.body.total) }), custom: r.custom.length });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "redirects through URL round trips with the value as the URL or as an encoded query parameter, try/finally overwriting the target, a constant switch",
    `const express = require('express');

const app = express();

app.get('/go/url', (req, res) => {
  const u = new URL(String(req.query.next), 'https://shop.example.com');
@@  res.redirect(u.toString());
});

app.get('/go/url-const', (req, res) => {
  const u = new URL('/login', 'https://shop.example.com');
  u.searchParams.set('next', String(req.query.next));
@ok  res.redirect(u.toString());
});

app.get('/go/try', (req, res) => {
  let dest = '/';
  try {
    dest = JSON.parse(String(req.query.state)).next;
  } catch (e) {
    dest = '/';
  }
@@  res.redirect(dest);
});

app.get('/go/finally', (req, res) => {
  let dest = req.query.next;
  try {
    JSON.parse(String(req.query.state));
  } catch (e) {
    dest = '/error';
  } finally {
    dest = '/dashboard';
  }
@ok  res.redirect(dest);
});

const MODE = 'strict';

app.get('/go/mode', (req, res) => {
  let target;
  switch (MODE) {
    case 'open':
      target = '/home';
      break;
    case 'strict':
      target = req.query.returnTo;
      break;
    default:
      target = '/';
  }
@@  res.redirect(302, target);
});

app.get('/go/mode-const', (req, res) => {
  let target;
  switch (MODE) {
    case 'open':
      target = req.query.returnTo;
      break;
    case 'strict':
      target = '/home';
      break;
    default:
      target = req.query.returnTo;
  }
@ok  res.redirect(302, target);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Koa TypeScript ctx.redirect from pop vs the remaining constant, a class field initialiser vs a constructor argument, ?? over a tainted left side",
    `import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

router.get('/r/pop', (ctx) => {
  const stack: string[] = ['/home', String(ctx.query.next)];
  const last = stack.pop();
@@  ctx.redirect(last ?? '/');
});

router.get('/r/pop-const', (ctx) => {
  const stack: string[] = ['/home', String(ctx.query.next)];
  stack.pop();
@ok  ctx.redirect(stack[stack.length - 1]);
});

class Flow {
  home = '/account';
  back: string;

  constructor(back: string) {
    this.back = back;
  }
}

router.get('/r/flow', (ctx) => {
  const flow = new Flow(String(ctx.query.back));
@@  ctx.redirect(flow.back);
});

router.get('/r/flow-const', (ctx) => {
  const flow = new Flow(String(ctx.query.back));
@ok  ctx.redirect(flow.home);
});

router.get('/r/nullish', (ctx) => {
  const q = ctx.query as Record<string, string | undefined>;
@@  ctx.redirect(q.next ?? '/');
});

router.get('/r/nullish-const', (ctx) => {
  const fixed: Record<string, string | undefined> = { next: '/welcome' };
  const q = ctx.query as Record<string, string | undefined>;
@ok  ctx.redirect(fixed.next ?? q.next ?? '/');
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "outbound requests to a URL from pop / concat on literal arrays, a template with the value as host vs as an encoded query, http.get on a Map value",
    `const express = require('express');
const axios = require('axios');
const http = require('http');

const app = express();

app.get('/proxy/pop', async (req, res) => {
  const hosts = ['https://api.example.com/health', req.query.url];
  const target = hosts.pop();
@@  const r = await fetch(target);
  res.status(r.status).send(await r.text());
});

app.get('/proxy/pop-const', async (req, res) => {
  const hosts = ['https://api.example.com/health', req.query.url];
  hosts.pop();
@ok  const r = await fetch(hosts[0]);
  res.status(r.status).send(await r.text());
});

app.get('/proxy/concat', async (req, res) => {
  const urls = ['https://status.example.com'].concat([req.query.url]);
@@  const r = await axios.get(urls[1]);
  res.json(r.data);
});

app.get('/proxy/concat-const', async (req, res) => {
  const urls = ['https://status.example.com'].concat([req.query.url]);
@ok  const r = await axios.get(urls[0]);
  res.json(r.data);
});

app.get('/proxy/host', async (req, res) => {
@@  const r = await axios.get(\`http://\${req.query.host}/status\`);
  res.json(r.data);
});

app.get('/proxy/query', async (req, res) => {
@ok  const r = await axios.get(\`http://inventory.internal/status?host=\${encodeURIComponent(String(req.query.host))}\`);
  res.json(r.data);
});

app.get('/proxy/map', (req, res) => {
  const endpoints = new Map([
    ['metrics', 'http://metrics.internal/v1'],
    ['custom', String(req.query.endpoint)],
  ]);
@@  http.get(endpoints.get('custom'), (r) => r.pipe(res));
});

app.get('/proxy/map-const', (req, res) => {
  const endpoints = new Map([
    ['metrics', 'http://metrics.internal/v1'],
    ['custom', String(req.query.endpoint)],
  ]);
@ok  http.get(endpoints.get('metrics'), (r) => r.pipe(res));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "Mongo $where from a template with the tainted or the constant destructured field, and find filters with the object or its String()",
    `const express = require('express');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const client = new MongoClient('mongodb://localhost:27017');
const users = client.db('app').collection('users');

app.post('/m/where', async (req, res) => {
  const { minAge = '18', name } = req.body;
@@  const docs = await users.find({ $where: \`this.name == '\${name}'\` }).toArray();
  res.json({ docs, minAge });
});

app.post('/m/where-const', async (req, res) => {
  const { minAge = '18', name } = { name: req.body.name };
@ok  const docs = await users.find({ $where: \`this.age >= \${minAge}\` }).toArray();
  res.json({ docs, name });
});

app.post('/m/find', async (req, res) => {
  const filter = { name: req.body.name, active: true };
@@  const user = await users.findOne(filter);
  res.json(user);
});

app.post('/m/find-const', async (req, res) => {
  const filter = { name: String(req.body.name), active: true };
@ok  const user = await users.findOne(filter);
  res.json(user);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp built from the request value or from the constant element of a literal array, and from a value escaped through a helper",
    `const express = require('express');

const app = express();
const escapeRegExp = (s) => String(s).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
const WORDS = ['alpha', 'beta', 'gamma'];

app.get('/re/raw', (req, res) => {
  const patterns = [req.query.q, '^[a-z]+$'];
@@  const re = new RegExp(patterns[0], 'i');
  res.json(WORDS.filter((w) => re.test(w)));
});

app.get('/re/raw-const', (req, res) => {
  const patterns = [req.query.q, '^[a-z]+$'];
@ok  const re = new RegExp(patterns[1], 'i');
  res.json(WORDS.filter((w) => re.test(w) && w.includes(String(patterns[0]))));
});

app.get('/re/escaped', (req, res) => {
@ok  const re = new RegExp('^' + escapeRegExp(req.query.q));
  res.json(WORDS.filter((w) => re.test(w)));
});

app.get('/re/ternary', (req, res) => {
  const exact = 2 + 2 === 4;
@@  const re = new RegExp(exact ? req.query.q : 'beta');
  res.json(WORDS.filter((w) => re.test(w)));
});

app.get('/re/ternary-const', (req, res) => {
  const exact = 2 + 2 === 5;
@ok  const re = new RegExp(exact ? req.query.q : 'beta');
  res.json(WORDS.filter((w) => re.test(w)));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "session tokens from Math.random or crypto picked by a constant condition, and from a generator function passed to a helper",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const SECURE = 10 > 3;
const INSECURE = 10 < 3;

function makeToken(gen) {
  return gen();
}

app.post('/login', (req, res) => {
@@  const token = INSECURE ? crypto.randomBytes(16).toString('hex') : Math.random().toString(36).slice(2);
  res.json({ token });
});

app.post('/login-secure', (req, res) => {
@ok  const token = SECURE ? crypto.randomBytes(16).toString('hex') : Math.random().toString(36).slice(2);
  res.json({ token });
});

app.post('/reset', (req, res) => {
@@  const resetToken = makeToken(() => Math.floor(Math.random() * 1e9).toString(16));
  res.json({ resetToken });
});

app.post('/reset-secure', (req, res) => {
@ok  const resetToken = makeToken(() => crypto.randomBytes(20).toString('hex'));
  res.json({ resetToken });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-328",
    "API key digests with the algorithm read from a literal array, an object via Object.assign, and a switch on a constant",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());
const ALGOS = ['md5', 'sha256'];
const DEFAULTS = { algo: 'sha1' };

app.post('/hash/array', (req, res) => {
@@  const digest = crypto.createHash(ALGOS[0]).update(req.body.apiKey).digest('hex');
  res.json({ digest });
});

app.post('/hash/array-const', (req, res) => {
@ok  const digest = crypto.createHash(ALGOS[1]).update(req.body.apiKey).digest('hex');
  res.json({ digest });
});

app.post('/hash/assign', (req, res) => {
  const cfg = Object.assign({}, DEFAULTS, { encoding: 'hex' });
@@  const digest = crypto.createHash(cfg.algo).update(req.body.apiKey).digest(cfg.encoding);
  res.json({ digest });
});

app.post('/hash/assign-const', (req, res) => {
  const cfg = Object.assign({}, DEFAULTS, { algo: 'sha512', encoding: 'hex' });
@ok  const digest = crypto.createHash(cfg.algo).update(req.body.apiKey).digest(cfg.encoding);
  res.json({ digest });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-327",
    "ciphers named through a switch on a constant and a ternary on a constant",
    `const crypto = require('crypto');

const KEY = crypto.scryptSync(process.env.SECRET || 'dev', 'salt', 32);
const LEVEL = 2;

function encryptLegacy(text) {
  let algo;
  switch (LEVEL) {
    case 1:
      algo = 'aes-256-gcm';
      break;
    case 2:
      algo = 'des-ede3-cbc';
      break;
    default:
      algo = 'aes-256-gcm';
  }
  const iv = crypto.randomBytes(8);
@@  const c = crypto.createCipheriv(algo, KEY.subarray(0, 24), iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final()]).toString('base64');
}

function encryptModern(text) {
  let algo;
  switch (LEVEL) {
    case 1:
      algo = 'des-ede3-cbc';
      break;
    case 2:
      algo = 'aes-256-cbc';
      break;
    default:
      algo = 'des-ede3-cbc';
  }
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv(algo, KEY, iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final()]).toString('base64');
}

function encryptPicked(text) {
  const legacy = LEVEL > 1;
  const iv = crypto.randomBytes(legacy ? 8 : 12);
@@  const c = crypto.createCipheriv(legacy ? 'des-ede3-cbc' : 'aes-256-gcm', KEY.subarray(0, legacy ? 24 : 32), iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final()]).toString('base64');
}

function encryptTernary(text) {
  const legacy = LEVEL > 5;
  const iv = crypto.randomBytes(legacy ? 8 : 12);
@ok  const c = crypto.createCipheriv(legacy ? 'des-ede3-cbc' : 'aes-256-gcm', KEY.subarray(0, legacy ? 24 : 32), iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final()]).toString('base64');
}

module.exports = { encryptLegacy, encryptModern, encryptPicked, encryptTernary };
`,
  ),
  ...js(
    "CWE-614",
    "session cookies whose options come from a spread where secure is overridden or kept, and from ||= on an empty options object",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const BASE = { httpOnly: true, secure: true, sameSite: 'lax' };

app.post('/c/spread', (req, res) => {
  const opts = { ...BASE, ...{ secure: false } };
@@  res.cookie('sid', crypto.randomBytes(16).toString('hex'), opts);
  res.sendStatus(204);
});

app.post('/c/spread-const', (req, res) => {
  const opts = { secure: false, ...BASE };
@ok  res.cookie('sid', crypto.randomBytes(16).toString('hex'), opts);
  res.sendStatus(204);
});

app.post('/c/assign', (req, res) => {
  const opts = Object.assign({}, BASE, { maxAge: 3600000 });
@ok  res.cookie('sid', crypto.randomBytes(16).toString('hex'), opts);
  res.sendStatus(204);
});

app.post('/c/assign-off', (req, res) => {
  const opts = Object.assign({}, BASE, { secure: false, maxAge: 3600000 });
@@  res.cookie('sid', crypto.randomBytes(16).toString('hex'), opts);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1004",
    "session cookies with httpOnly from a constant ternary",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const DEBUG = 1 > 2;

app.post('/h/off', (req, res) => {
@@  res.cookie('session', crypto.randomBytes(16).toString('hex'), { secure: true, httpOnly: !DEBUG ? false : true });
  res.sendStatus(204);
});

app.post('/h/on', (req, res) => {
@ok  res.cookie('session', crypto.randomBytes(16).toString('hex'), { secure: true, httpOnly: DEBUG ? false : true });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "Express TypeScript res.send after an async helper that returns the value or a constant, reduce joining rows, template literal with a tag-free map",
    `import express, { Request, Response } from 'express';

const app = express();

async function loadTitle(raw: string, trusted: boolean): Promise<string> {
  if (!trusted) {
    return 'Untitled';
  }
  return raw;
}

app.get('/t/title', async (req: Request, res: Response) => {
  const title = await loadTitle(String(req.query.title), true);
@@  res.send(\`<title>\${title}</title>\`);
});

app.get('/t/title-const', async (req: Request, res: Response) => {
  const title = await loadTitle(String(req.query.title), false);
@ok  res.send(\`<title>\${title}</title>\`);
});

app.get('/t/list', (req: Request, res: Response) => {
  const items = [String(req.query.item), 'pears', 'plums'];
  const html = items.reduce((acc, it) => acc + \`<li>\${it}</li>\`, '');
@@  res.send('<ul>' + html + '</ul>');
});

app.get('/t/list-const', (req: Request, res: Response) => {
  const items = [String(req.query.item), 'pears', 'plums'];
  const html = items.slice(1).reduce((acc, it) => acc + \`<li>\${it}</li>\`, '');
@ok  res.send('<ul>' + html + '</ul>');
});

app.get('/t/count', (req: Request, res: Response) => {
  const tags = String(req.query.tags).split(',');
@ok  res.send(\`<p>\${tags.map((t) => t.length).join(', ')} characters</p>\`);
});

app.get('/t/tags', (req: Request, res: Response) => {
  const tags = String(req.query.tags).split(',');
@@  res.send(\`<p>\${tags.map((t) => t.trim()).join(', ')}</p>\`);
});

app.listen(3000);
`,
  ),
];
