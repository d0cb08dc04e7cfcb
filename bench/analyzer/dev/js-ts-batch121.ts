// Dev suite "js-ts", batch 121: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). An eighth wave of value twins for Node: Express / Koa handlers, a plain http server, a browser
// script and exported handler modules where the safe twin differs from its positive only in the value that reaches
// the sink. The plumbing this wave leans on: classes with #private fields set by a constructor or an initialiser,
// getters and (validating) setters, static members; Map / Set / WeakMap get/set at the constant or the request key;
// array find / indexOf / map / filter / at / splice / with / toSorted / flatMap; spread and Object.assign merges in
// both orders; ?. / ?? / ||= / ??= / &&; switch with fallthrough and default; do...while and labelled continue;
// tagged templates; Promise chains and Promise.all destructuring; closures and IIFEs; try/catch/finally that replace
// the value; URLSearchParams, Buffer base64 / hex and JSON round trips; string replace / replaceAll / padStart /
// split / join / slice; TS generics, as casts, non-null assertions and type guards.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch121", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch121", cwe, note, src, "typescript");

export const BATCH121: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of commands held in #private fields set by a constructor or a field initialiser, read through getters, written through a validating or a trimming setter, and static members",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();

class ArchiveJob {
  #command;
  constructor(dir) {
    this.#command = 'tar czf /tmp/backup.tgz ' + dir;
  }
  get command() {
    return this.#command;
  }
}

class StatusJob {
  #command = 'uptime';
  #requestedBy;
  constructor(user) {
    this.#requestedBy = user;
  }
  get command() {
    return this.#command;
  }
  get requestedBy() {
    return this.#requestedBy;
  }
}

class PingTarget {
  #host = 'localhost';
  set host(value) {
    if (/^[a-z0-9.-]+$/i.test(value)) this.#host = value;
  }
  get host() {
    return this.#host;
  }
}

class LooseTarget {
  #host = 'localhost';
  set host(value) {
    this.#host = String(value).trim();
  }
  get host() {
    return this.#host;
  }
}

class Paths {
  static root = '/srv/data';
  static custom = null;
}

app.post('/backup', express.json(), (req, res) => {
  const job = new ArchiveJob(req.body.dir);
@@  exec(job.command, (err) => res.sendStatus(err ? 500 : 204));
});

app.get('/status', (req, res) => {
  const job = new StatusJob(req.query.user);
  console.log('status requested by', job.requestedBy);
@ok  exec(job.command, (err, out) => res.type('text/plain').send(out));
});

app.get('/ping', (req, res) => {
  const target = new PingTarget();
  target.host = req.query.host;
@ok  exec('ping -c 1 ' + target.host, (err, out) => res.type('text/plain').send(out));
});

app.get('/ping-loose', (req, res) => {
  const target = new LooseTarget();
  target.host = req.query.host;
@@  exec('ping -c 1 ' + target.host, (err, out) => res.type('text/plain').send(out));
});

app.get('/du', (req, res) => {
  Paths.custom = req.query.dir;
@ok  exec('du -sh ' + Paths.root, (err, out) => res.type('text/plain').send(out));
});

app.get('/du-custom', (req, res) => {
  Paths.custom = req.query.dir;
@@  exec('du -sh ' + Paths.custom, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "spawn with shell and execSync of values from a Map read at the constant or the request key, a Set allow-list used as a guard or only logged, and a WeakMap keyed by the request",
    `const express = require('express');
const { spawn, execSync } = require('child_process');

const app = express();
app.use(express.json());
const SERVICES = new Set(['nginx', 'redis', 'postgres']);
const perRequest = new WeakMap();

app.use((req, res, next) => {
  perRequest.set(req, { label: req.query.label, cmd: 'git log -1 --oneline' });
  next();
});

app.get('/disk', (req, res) => {
  const dirs = new Map();
  dirs.set('base', '/var/www');
  dirs.set('user', req.query.dir);
@@  spawn('du -sh ' + dirs.get('user'), { shell: true }).stdout.pipe(res);
});

app.get('/disk-base', (req, res) => {
  const dirs = new Map();
  dirs.set('base', '/var/www');
  dirs.set('user', req.query.dir);
@ok  spawn('du -sh ' + dirs.get('base'), { shell: true }).stdout.pipe(res);
});

app.post('/restart', (req, res) => {
  const name = SERVICES.has(req.body.service) ? req.body.service : 'nginx';
@ok  execSync('systemctl restart ' + name);
  res.sendStatus(204);
});

app.post('/restart-warn', (req, res) => {
  if (!SERVICES.has(req.body.service)) console.warn('unknown service', req.body.service);
@@  execSync('systemctl restart ' + req.body.service);
  res.sendStatus(204);
});

app.get('/git', (req, res) => {
@ok  res.type('text/plain').send(execSync(perRequest.get(req).cmd).toString());
});

app.get('/git-tag', (req, res) => {
@@  res.type('text/plain').send(execSync('git tag -l ' + perRequest.get(req).label).toString());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "exec of commands picked by a switch with fallthrough and default, a do...while that skips the tainted or a constant element with continue, and a labelled continue over groups",
    `import express, { Request, Response } from 'express';
import { exec } from 'child_process';

const app = express();

app.get('/export', (req: Request, res: Response) => {
  const path = String(req.query.path);
  let cmd: string;
  switch (req.query.format) {
    case 'gz':
    case 'tgz':
      cmd = 'tar czf /tmp/export.tgz /data';
      break;
    case 'zip':
      cmd = 'zip -r /tmp/export.zip /data';
      break;
    default:
      cmd = 'tar cf /tmp/export.tar ' + path;
  }
@@  exec(cmd, (err) => res.sendStatus(err ? 500 : 202));
});

app.get('/export-fixed', (req: Request, res: Response) => {
  const path = String(req.query.path);
  let cmd: string;
  let note = '';
  switch (req.query.format) {
    case 'custom':
      note = path;
    // falls through
    case 'zip':
      cmd = 'zip -r /tmp/export.zip /data';
      break;
    default:
      cmd = 'tar cf /tmp/export.tar /data';
  }
  console.log('export requested', note);
@ok  exec(cmd, (err) => res.sendStatus(err ? 500 : 202));
});

app.get('/export-extra', (req: Request, res: Response) => {
  let extra = '';
  let cmd = 'tar cf /tmp/export.tar /data';
  switch (req.query.format) {
    case 'custom':
      extra = ' ' + String(req.query.path);
    // falls through
    case 'zip':
      cmd = 'zip -r /tmp/export.zip /data' + extra;
      break;
  }
@@  exec(cmd, (err) => res.sendStatus(err ? 500 : 202));
});

app.get('/tail', (req: Request, res: Response) => {
  const files = [String(req.query.file), 'app.log', 'error.log'];
  const picked: string[] = [];
  let i = 0;
  do {
    if (i === 0) {
      i++;
      continue;
    }
    picked.push(files[i]);
    i++;
  } while (i < files.length);
@ok  exec('tail -n 20 ' + picked.join(' '), (err, out) => res.type('text/plain').send(out));
});

app.get('/tail-all', (req: Request, res: Response) => {
  const files = [String(req.query.file), 'app.log', 'error.log'];
  const picked: string[] = [];
  let i = 0;
  do {
    if (i === 2) {
      i++;
      continue;
    }
    picked.push(files[i]);
    i++;
  } while (i < files.length);
@@  exec('tail -n 20 ' + picked.join(' '), (err, out) => res.type('text/plain').send(out));
});

app.get('/grep', (req: Request, res: Response) => {
  const groups = [['access.log', 'error.log'], [String(req.query.extra)]];
  const chosen: string[] = [];
  outer: for (const [g, group] of groups.entries()) {
    for (const name of group) {
      if (g === 1) continue outer;
      chosen.push(name);
    }
  }
@ok  exec('grep -h ERROR ' + chosen.join(' '), (err, out) => res.type('text/plain').send(out));
});

app.get('/grep-extra', (req: Request, res: Response) => {
  const groups = [['access.log', 'error.log'], [String(req.query.extra)]];
  const chosen: string[] = [];
  outer: for (const [g, group] of groups.entries()) {
    for (const name of group) {
      if (g === 0) continue outer;
      chosen.push(name);
    }
  }
@@  exec('grep -h ERROR ' + chosen.join(' '), (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "execSync / exec where a catch replaces a parsed number or only the thrown path of a logged check, split/join vs a replace of every unsafe character, and a then chain that keeps the domain or swaps in an allow-listed one",
    `const express = require('express');
const { execSync, exec } = require('child_process');

const app = express();
app.use(express.json());
const KNOWN_DOMAINS = new Set(['example.com', 'example.org']);

app.post('/convert', (req, res) => {
  let quality;
  try {
    quality = Number.parseInt(req.body.quality, 10);
    if (Number.isNaN(quality)) throw new Error('not a number');
  } catch {
    quality = 80;
  }
@ok  execSync(\`convert /tmp/in.png -quality \${quality} /tmp/out.jpg\`);
  res.sendStatus(204);
});

app.post('/convert-size', (req, res) => {
  let size = req.body.size;
  try {
    if (!/^\\d+x\\d+$/.test(size)) console.warn('odd size', size);
  } catch {
    size = '100x100';
  }
@@  execSync(\`convert /tmp/in.png -resize \${size} /tmp/out.jpg\`);
  res.sendStatus(204);
});

app.post('/git/log', (req, res) => {
  const branch = String(req.body?.branch ?? 'main').split(/\\s+/).join('-');
@@  exec(\`git log --oneline \${branch}\`, (err, out) => res.type('text/plain').send(out));
});

app.post('/git/log-clean', (req, res) => {
  const branch = String(req.body?.branch ?? 'main').replace(/[^\\w./-]/g, '');
@ok  exec(\`git log --oneline \${branch}\`, (err, out) => res.type('text/plain').send(out));
});

app.get('/whois', (req, res) => {
  Promise.resolve(req.query.domain)
@@    .then((d) => new Promise((resolve) => exec(\`whois \${d}\`, (err, out) => resolve(out))))
    .then((out) => res.type('text/plain').send(out));
});

app.get('/whois-known', (req, res) => {
  Promise.resolve(req.query.domain)
    .then((d) => (KNOWN_DOMAINS.has(d) ? d : 'example.com'))
@ok    .then((d) => new Promise((resolve) => exec(\`whois \${d}\`, (err, out) => resolve(out))))
    .then((out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "mysql queries from array lookups: find and indexOf over an allow-list, split/map vs map(Number)/filter, splice keeping or removing the request element, at(-1) vs at(0), with() replacing it vs toSorted() keeping it, flatMap read at a constant or the tainted index",
    `const express = require('express');
const mysql = require('mysql2');

const app = express();
const db = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop' });
const SORTABLE = ['name', 'price', 'created_at'];

app.get('/products', (req, res) => {
  const column = SORTABLE.find((c) => c === req.query.sort) ?? 'name';
@ok  db.query(\`SELECT id, name, price FROM products ORDER BY \${column}\`, (err, rows) => res.json(rows));
});

app.get('/products/by-index', (req, res) => {
  const idx = SORTABLE.indexOf(req.query.sort);
@ok  db.query(\`SELECT id, name, price FROM products ORDER BY \${SORTABLE[idx === -1 ? 0 : idx]}\`, (err, rows) => res.json(rows));
});

app.get('/products/ids', (req, res) => {
  const ids = String(req.query.ids).split(',').map((s) => s.trim());
@@  db.query(\`SELECT * FROM products WHERE id IN (\${ids.join(',')})\`, (err, rows) => res.json(rows));
});

app.get('/products/ids-num', (req, res) => {
  const ids = String(req.query.ids).split(',').map(Number).filter(Number.isInteger);
@ok  db.query(\`SELECT * FROM products WHERE id IN (\${ids.join(',')})\`, (err, rows) => res.json(rows));
});

app.get('/report', (req, res) => {
  const columns = ['id', req.query.extra, 'total'];
  const removed = columns.splice(1, 1);
@ok  db.query(\`SELECT \${columns.join(', ')} FROM orders\`, (err, rows) => res.json({ rows, ignored: removed }));
});

app.get('/report-extra', (req, res) => {
  const columns = ['id', req.query.extra, 'total'];
  const removed = columns.splice(1, 1);
@@  db.query(\`SELECT id, \${removed[0]} FROM orders\`, (err, rows) => res.json(rows));
});

app.get('/report-last', (req, res) => {
  const columns = ['id', 'total', req.query.extra];
@@  db.query(\`SELECT \${columns.at(-1)} FROM orders\`, (err, rows) => res.json(rows));
});

app.get('/report-first', (req, res) => {
  const columns = ['id', 'total', req.query.extra];
@ok  db.query(\`SELECT \${columns.at(0)} FROM orders\`, (err, rows) => res.json(rows));
});

app.get('/report-with', (req, res) => {
  const columns = ['id', req.query.extra];
  const fixed = columns.with(1, 'total');
@ok  db.query(\`SELECT \${fixed.join(', ')} FROM orders\`, (err, rows) => res.json(rows));
});

app.get('/report-sorted', (req, res) => {
  const columns = ['id', req.query.extra];
@@  db.query(\`SELECT \${columns.toSorted().join(', ')} FROM orders\`, (err, rows) => res.json(rows));
});

app.get('/report-flat', (req, res) => {
  const groups = [['id', 'total'], [req.query.extra]];
@ok  db.query(\`SELECT \${groups.flatMap((g) => g)[1]} FROM orders\`, (err, rows) => res.json(rows));
});

app.get('/report-flat-extra', (req, res) => {
  const groups = [['id', 'total'], [req.query.extra]];
@@  db.query(\`SELECT \${groups.flatMap((g) => g)[2]} FROM orders\`, (err, rows) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "pg queries from spread merges where the defaults come first or last, Object.assign with the body before or after the constant overrides, and a generic pick<T, K> at the constant or the request key",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
app.use(express.json());
const pool = new Pool();

interface ListOptions {
  table: string;
  orderBy: string;
  limit: number;
}

const DEFAULTS: ListOptions = { table: 'orders', orderBy: 'created_at', limit: 50 };

function pick<T, K extends keyof T>(obj: T, key: K): T[K] {
  return obj[key];
}

app.get('/list', async (req: Request, res: Response) => {
  const opts = { ...DEFAULTS, ...(req.query as Record<string, string>) };
@@  const { rows } = await pool.query(\`SELECT * FROM orders ORDER BY \${opts.orderBy} LIMIT 50\`);
  res.json(rows);
});

app.get('/list-fixed', async (req: Request, res: Response) => {
  const opts = { ...(req.query as Record<string, string>), ...DEFAULTS };
@ok  const { rows } = await pool.query(\`SELECT * FROM orders ORDER BY \${opts.orderBy} LIMIT 50\`);
  res.json(rows);
});

app.post('/search', async (req: Request, res: Response) => {
  const opts = Object.assign({}, DEFAULTS, req.body as Partial<ListOptions>);
@@  const { rows } = await pool.query(\`SELECT * FROM \${opts.table} LIMIT \${opts.limit}\`);
  res.json(rows);
});

app.post('/search-fixed', async (req: Request, res: Response) => {
  const opts = Object.assign({}, req.body as Partial<ListOptions>, { table: 'orders', limit: 50 });
@ok  const { rows } = await pool.query(\`SELECT * FROM \${opts.table} LIMIT \${opts.limit}\`);
  res.json(rows);
});

app.get('/field', async (req: Request, res: Response) => {
  const row = { name: req.query.name as string, column: 'email' };
@ok  const { rows } = await pool.query(\`SELECT \${pick(row, 'column')} FROM users WHERE name = $1\`, [pick(row, 'name')]);
  res.json(rows);
});

app.get('/field-name', async (req: Request, res: Response) => {
  const row = { name: req.query.name as string, column: 'email' };
@@  const { rows } = await pool.query(\`SELECT email FROM users WHERE name = '\${pick(row, 'name')}'\`);
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "sqlite and knex.raw with values from ??= and ||= on a null, empty or constant field, optional chaining with ?? into a template or a binding, and && with a constant right side",
    `const express = require('express');
const sqlite3 = require('sqlite3');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();
app.use(express.json());
const db = new sqlite3.Database('app.db');

app.get('/tasks', (req, res) => {
  const filter = { status: null };
  filter.status ??= req.query.status;
@@  db.all(\`SELECT * FROM tasks WHERE status = '\${filter.status}'\`, (err, rows) => res.json(rows));
});

app.get('/tasks-default', (req, res) => {
  const filter = { status: 'open' };
  filter.status ??= req.query.status;
@ok  db.all(\`SELECT * FROM tasks WHERE status = '\${filter.status}'\`, (err, rows) => res.json(rows));
});

app.get('/tasks-or', (req, res) => {
  const filter = { status: '' };
  filter.status ||= req.query.status;
@@  db.all(\`SELECT * FROM tasks WHERE status = '\${filter.status}'\`, (err, rows) => res.json(rows));
});

app.get('/tasks-or-const', (req, res) => {
  const filter = { status: 'open' };
  filter.status ||= req.query.status;
@ok  db.all(\`SELECT * FROM tasks WHERE status = '\${filter.status}'\`, (err, rows) => res.json(rows));
});

app.post('/users/find', async (req, res) => {
  const name = req.body?.user?.name ?? 'guest';
@@  const result = await knex.raw(\`SELECT * FROM users WHERE name = '\${name}'\`);
  res.json(result.rows);
});

app.post('/users/find-bound', async (req, res) => {
  const name = req.body?.user?.name ?? 'guest';
@ok  const result = await knex.raw('SELECT * FROM users WHERE name = ?', [name]);
  res.json(result.rows);
});

app.post('/users/members', async (req, res) => {
  const role = req.body?.settings?.role && 'member';
@ok  const result = await knex.raw(\`SELECT * FROM users WHERE role = '\${role}'\`);
  res.json(result.rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "sequelize.query with an ORDER BY from try/catch where the catch only replaces a failed parse or a Map miss, and try/finally or try/catch around an unrelated call",
    `const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const app = express();
const sequelize = new Sequelize(process.env.DATABASE_URL);
const SORTS = new Map([
  ['newest', 'created_at DESC'],
  ['oldest', 'created_at ASC'],
]);

app.get('/posts', async (req, res) => {
  let order;
  try {
    order = JSON.parse(req.query.order).column;
  } catch {
    order = 'created_at';
  }
@@  const posts = await sequelize.query(\`SELECT * FROM posts ORDER BY \${order}\`, { type: QueryTypes.SELECT });
  res.json(posts);
});

app.get('/posts-mapped', async (req, res) => {
  let order;
  try {
    order = SORTS.get(req.query.order);
    if (!order) throw new Error('unknown sort');
  } catch {
    order = 'created_at DESC';
  }
@ok  const posts = await sequelize.query(\`SELECT * FROM posts ORDER BY \${order}\`, { type: QueryTypes.SELECT });
  res.json(posts);
});

app.get('/posts-finally', async (req, res) => {
  let order = req.query.order;
  try {
    await sequelize.authenticate();
  } finally {
    order = 'created_at DESC';
  }
@ok  const posts = await sequelize.query(\`SELECT * FROM posts ORDER BY \${order}\`, { type: QueryTypes.SELECT });
  res.json(posts);
});

app.get('/posts-catch', async (req, res) => {
  let order = req.query.order;
  try {
    await sequelize.authenticate();
  } catch {
    order = 'created_at DESC';
  }
@@  const posts = await sequelize.query(\`SELECT * FROM posts ORDER BY \${order}\`, { type: QueryTypes.SELECT });
  res.json(posts);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "pg queries in exported handlers: Promise.all destructuring into a template or a bound parameter, and IIFE-built table helpers that map the kind to a constant or append it",
    `const { Pool } = require('pg');

const pool = new Pool();

const tableFor = (() => {
  const tables = { open: 'tickets_open', closed: 'tickets_closed' };
  return (kind) => (kind === 'closed' ? tables.closed : tables.open);
})();

const tableForRaw = (() => {
  const prefix = 'tickets_';
  return (kind) => prefix + kind;
})();

async function listByStatus(req, res) {
  const [count, status] = await Promise.all([pool.query('SELECT count(*) FROM tickets'), Promise.resolve(req.query.status)]);
@@  const { rows } = await pool.query(\`SELECT * FROM tickets WHERE status = '\${status}'\`);
  res.json({ total: count.rows[0].count, rows });
}

async function listByStatusBound(req, res) {
  const [count, status] = await Promise.all([pool.query('SELECT count(*) FROM tickets'), Promise.resolve(req.query.status)]);
@ok  const { rows } = await pool.query('SELECT * FROM tickets WHERE status = $1', [status]);
  res.json({ total: count.rows[0].count, rows });
}

async function listTable(req, res) {
@ok  const { rows } = await pool.query(\`SELECT * FROM \${tableFor(req.query.kind)} LIMIT 100\`);
  res.json(rows);
}

async function listTableRaw(req, res) {
@@  const { rows } = await pool.query(\`SELECT * FROM \${tableForRaw(req.query.kind)} LIMIT 100\`);
  res.json(rows);
}

module.exports = { listByStatus, listByStatusBound, listTable, listTableRaw };
`,
  ),
  ...js(
    "CWE-22",
    "fs reads after Promise.all destructuring (the request name or the constant extension) and .then chains that trim, basename or drop the file name",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const DOCS = path.join(__dirname, 'docs');

app.get('/docs/:name', async (req, res) => {
  const [name, ext] = await Promise.all([Promise.resolve(req.params.name), Promise.resolve('.md')]);
@@  res.type('text/plain').send(await fs.promises.readFile(path.join(DOCS, name + ext), 'utf8'));
});

app.get('/docs-index/:name', async (req, res) => {
  const [name, ext] = await Promise.all([Promise.resolve(req.params.name), Promise.resolve('.md')]);
  console.log('docs index requested for', name);
@ok  res.type('text/plain').send(await fs.promises.readFile(path.join(DOCS, 'index' + ext), 'utf8'));
});

app.get('/files', (req, res) => {
  Promise.resolve(req.query.file)
    .then((f) => String(f).trim())
@@    .then((f) => fs.promises.readFile(path.join(DOCS, f)))
    .then((buf) => res.type('text/plain').send(buf))
    .catch(() => res.sendStatus(404));
});

app.get('/files-base', (req, res) => {
  Promise.resolve(req.query.file)
    .then((f) => path.basename(String(f)))
@ok    .then((f) => fs.promises.readFile(path.join(DOCS, f)))
    .then((buf) => res.type('text/plain').send(buf))
    .catch(() => res.sendStatus(404));
});

app.get('/files-default', (req, res) => {
  Promise.resolve(req.query.file)
    .then(() => 'README.md')
@ok    .then((f) => fs.promises.readFile(path.join(DOCS, f)))
    .then((buf) => res.type('text/plain').send(buf))
    .catch(() => res.sendStatus(404));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "Koa downloads through an IIFE-built resolver, an IIFE that confines the path or returns a constant, and closures whose captured variable is reassigned before or after they are made",
    `import Koa from 'koa';
import Router from '@koa/router';
import fs from 'fs';
import path from 'path';

const app = new Koa();
const router = new Router();
const UPLOADS = '/srv/uploads';

const resolveIn = ((base: string) => (name: string) => path.join(base, name))(UPLOADS);

router.get('/uploads/:file', (ctx) => {
@@  ctx.body = fs.createReadStream(resolveIn(ctx.params.file));
});

router.get('/uploads-readme/:file', (ctx) => {
  const target = (() => {
    ctx.set('X-Requested', encodeURIComponent(ctx.params.file));
    return resolveIn('README.md');
  })();
@ok  ctx.body = fs.createReadStream(target);
});

router.get('/uploads-checked/:file', (ctx) => {
  const target = ((name: string) => {
    const full = path.resolve(UPLOADS, name);
    if (!full.startsWith(UPLOADS + path.sep)) throw new Error('bad path');
    return full;
  })(ctx.params.file);
@ok  ctx.body = fs.createReadStream(target);
});

router.get('/logs', (ctx) => {
  let name = String(ctx.query.name);
@ok  const read = () => fs.readFileSync(path.join('/var/log/app', name), 'utf8');
  name = 'current.log';
  ctx.body = read();
});

router.get('/logs-late', (ctx) => {
  let name = 'current.log';
@@  const read = () => fs.readFileSync(path.join('/var/log/app', name), 'utf8');
  name = String(ctx.query.name);
  ctx.body = read();
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "plain http server reading files named by a base64-decoded or hex-encoded parameter and by a JSON round trip read at the request or the constant key",
    `const http = require('http');
const fs = require('fs');
const path = require('path');

const ROOT = '/srv/static';

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const params = url.searchParams;
    if (url.pathname === '/file') {
      const name = Buffer.from(params.get('id') ?? '', 'base64').toString();
@@      fs.createReadStream(path.join(ROOT, name)).pipe(res);
      return;
    }
    if (url.pathname === '/file-hex') {
      const name = Buffer.from(params.get('id') ?? '').toString('hex');
@ok      fs.createReadStream(path.join(ROOT, name + '.bin')).pipe(res);
      return;
    }
    if (url.pathname === '/meta') {
      const meta = JSON.parse(JSON.stringify({ file: params.get('file'), dir: 'meta' }));
@ok      fs.createReadStream(path.join(ROOT, meta.dir, 'index.json')).pipe(res);
      return;
    }
    if (url.pathname === '/meta-file') {
      const meta = JSON.parse(JSON.stringify({ file: params.get('file'), dir: 'meta' }));
@@      fs.createReadStream(path.join(ROOT, meta.dir, meta.file)).pipe(res);
      return;
    }
    res.statusCode = 404;
    res.end();
  })
  .listen(8080);
`,
  ),
  ...js(
    "CWE-79",
    "Express HTML escaped by a global character-class replace, a replace of the first < only, replaceAll of each character, a </>-only replace inside an attribute, padStart on the raw or the parsed id, split/join vs the count, slice",
    `const express = require('express');

const app = express();
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

app.get('/search', (req, res) => {
  const q = String(req.query.q ?? '');
@ok  res.send(\`<p>Results for \${q.replace(/[&<>"']/g, (c) => ESC[c])}</p>\`);
});

app.get('/search-first', (req, res) => {
  const q = String(req.query.q ?? '');
@@  res.send(\`<p>Results for \${q.replace('<', '&lt;')}</p>\`);
});

app.get('/search-all', (req, res) => {
  const q = String(req.query.q ?? '');
@ok  res.send(\`<p>Results for \${q.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>\`);
});

app.get('/search-attr', (req, res) => {
  const q = String(req.query.q ?? '');
@@  res.send(\`<input name="q" value="\${q.replace(/</g, '&lt;').replace(/>/g, '&gt;')}">\`);
});

app.get('/order/:id', (req, res) => {
@@  res.send(\`<h1>Order #\${String(req.params.id).padStart(8, '0')}</h1>\`);
});

app.get('/order-num/:id', (req, res) => {
@ok  res.send(\`<h1>Order #\${String(parseInt(req.params.id, 10) || 0).padStart(8, '0')}</h1>\`);
});

app.get('/tags', (req, res) => {
  const tags = String(req.query.tags ?? '').split(',');
@@  res.send(\`<p>Tags: \${tags.join(' / ')}</p>\`);
});

app.get('/tags-count', (req, res) => {
  const tags = String(req.query.tags ?? '').split(',');
@ok  res.send(\`<p>\${tags.length} tags</p>\`);
});

app.get('/teaser', (req, res) => {
@@  res.send('<blockquote>' + String(req.query.text).slice(0, 80) + '</blockquote>');
});

app.get('/teaser-length', (req, res) => {
@ok  res.send('<p>' + String(req.query.text).slice(0, 80).length + ' characters</p>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "Koa HTML from a WeakMap keyed by the context read at the name or the title, a Map read by the request key with or without a request-set entry, and a Set shown joined or counted",
    `const Koa = require('koa');

const app = new Koa();
const GREETINGS = new Map([
  ['en', 'Hello'],
  ['fr', 'Bonjour'],
  ['de', 'Hallo'],
]);
const pageState = new WeakMap();

app.use(async (ctx, next) => {
  pageState.set(ctx, { title: 'Profile', name: ctx.query.name });
  await next();
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/profile') return next();
  ctx.type = 'html';
@@  ctx.body = \`<h1>\${pageState.get(ctx).name}</h1>\`;
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/title') return next();
  ctx.type = 'html';
@ok  ctx.body = \`<h1>\${pageState.get(ctx).title}</h1>\`;
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/greet') return next();
  ctx.type = 'html';
@ok  ctx.body = \`<p>\${GREETINGS.get(ctx.query.lang) ?? 'Hello'}</p>\`;
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/greet-custom') return next();
  const greetings = new Map(GREETINGS);
  greetings.set('custom', ctx.query.text);
  ctx.type = 'html';
@@  ctx.body = \`<p>\${greetings.get(ctx.query.lang) ?? 'Hello'}</p>\`;
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/tags') return next();
  const seen = new Set([].concat(ctx.query.tag ?? []));
  ctx.type = 'html';
@@  ctx.body = \`<p>\${[...seen].join(', ')}</p>\`;
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/tag-count') return next();
  const seen = new Set([].concat(ctx.query.tag ?? []));
  ctx.type = 'html';
@ok  ctx.body = \`<p>\${seen.size} distinct tags</p>\`;
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "browser script rendering URLSearchParams values through an escaping tagged template or a raw one, textContent, and insertAdjacentHTML of a count or a join",
    `function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const html = (strings, ...values) => strings.reduce((out, s, i) => out + escapeHtml(values[i - 1]) + s);
const raw = (strings, ...values) => strings.reduce((out, s, i) => out + values[i - 1] + s);

const params = new URLSearchParams(window.location.search);
const banner = document.getElementById('banner');
const heading = document.querySelector('h1');
const results = document.getElementById('results');

@ok banner.innerHTML = html\`<strong>Welcome back, \${params.get('user')}</strong>\`;
@@ heading.innerHTML = raw\`<em>\${params.get('title')}</em>\`;
@ok document.getElementById('query').textContent = params.get('q');
@@ results.innerHTML = \`<li>No results for \${params.get('q')}</li>\`;
@ok results.insertAdjacentHTML('beforeend', \`<li>\${params.getAll('tag').length} tags</li>\`);
@@ results.insertAdjacentHTML('beforeend', \`<li>\${params.getAll('tag').join(', ')}</li>\`);
`,
  ),
  ...ts(
    "CWE-79",
    "Express TypeScript pages from a class with a #private title set in the constructor and an escaping body setter, a generic cache class read with ! at the constant or the request key, and a type guard vs an as cast",
    `import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const app = express();
app.use(express.json());

class Page {
  static readonly footer = '<footer>ACME</footer>';
  #title: string;
  #body = '<p>No content</p>';
  constructor(title: string) {
    this.#title = title;
  }
  set body(text: string) {
    this.#body = \`<p>\${escapeHtml(text)}</p>\`;
  }
  get html(): string {
    return \`<h1>\${this.#title}</h1>\${this.#body}\${Page.footer}\`;
  }
}

class Cache<T> {
  #items = new Map<string, T>();
  put(key: string, value: T): this {
    this.#items.set(key, value);
    return this;
  }
  take(key: string): T | undefined {
    return this.#items.get(key);
  }
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

app.get('/page', (req: Request, res: Response) => {
  const page = new Page(req.query.title as string);
@@  res.send(page.html);
});

app.get('/page-body', (req: Request, res: Response) => {
  const page = new Page('Notes');
  page.body = req.query.text as string;
@ok  res.send(page.html);
});

app.get('/cache', (req: Request, res: Response) => {
  const cache = new Cache<string>().put('motd', 'Welcome!').put('user', String(req.query.name));
@ok  res.send(\`<div>\${cache.take('motd')!}</div>\`);
});

app.get('/cache-user', (req: Request, res: Response) => {
  const cache = new Cache<string>().put('motd', 'Welcome!').put('user', String(req.query.name));
@@  res.send(\`<div>\${cache.take('user')!}</div>\`);
});

app.post('/score', (req: Request, res: Response) => {
  const { score } = req.body as { score: unknown };
@ok  if (isFiniteNumber(score)) return res.send(\`<b>\${score}</b>\`);
  res.status(400).send('bad score');
});

app.post('/score-any', (req: Request, res: Response) => {
  const { score } = req.body as { score: unknown };
@@  if (score !== undefined) return res.send(\`<b>\${score as number}</b>\`);
  res.status(400).send('bad score');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "Express redirects after find over an allow-list vs || a default, a URL parsed against the app origin and checked by origin or only by protocol, and a switch whose default is a constant or the query URL",
    `const express = require('express');

const app = express();
const ORIGIN = 'https://app.example.com';
const AFTER_LOGIN = ['/dashboard', '/account', '/orders'];

app.get('/login/done', (req, res) => {
  const next = AFTER_LOGIN.find((p) => p === req.query.next) ?? '/dashboard';
@ok  res.redirect(next);
});

app.get('/login/done-raw', (req, res) => {
@@  res.redirect(req.query.next || '/dashboard');
});

app.get('/continue', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.to), ORIGIN);
  } catch {
    return res.redirect('/');
  }
  if (target.origin !== ORIGIN) return res.redirect('/');
@ok  res.redirect(target.href);
});

app.get('/continue-https', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.to), ORIGIN);
  } catch {
    return res.redirect('/');
  }
  if (target.protocol !== 'https:') return res.redirect('/');
@@  res.redirect(target.href);
});

app.get('/go/:where', (req, res) => {
  let dest;
  switch (req.params.where) {
    case 'docs':
      dest = '/docs';
      break;
    case 'help':
    case 'support':
      dest = '/support';
      break;
    default:
      dest = '/';
  }
@ok  res.redirect(dest);
});

app.get('/go-ext/:where', (req, res) => {
  let dest;
  switch (req.params.where) {
    case 'docs':
      dest = '/docs';
      break;
    default:
      dest = req.query.url;
  }
@@  res.redirect(dest);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Koa TypeScript redirects behind a type guard that checks a local path or only the type, an as cast with a non-null assertion, and static class members read at the constant or the request-set field",
    `import Koa, { Context, Next } from 'koa';

const app = new Koa();

function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && /^\\/(?!\\/)[\\w\\-/]*$/.test(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

class Routes {
  static readonly home = '/home';
  static lastRequested: string | undefined;
}

app.use(async (ctx: Context, next: Next) => {
  const back = ctx.query.back;
  if (ctx.path === '/back') {
@ok    if (isLocalPath(back)) return ctx.redirect(back);
    return ctx.redirect('/');
  }
  if (ctx.path === '/back-any') {
@@    if (isString(back)) return ctx.redirect(back);
    return ctx.redirect('/');
  }
  if (ctx.path === '/return') {
@@    return ctx.redirect((ctx.query.returnTo as string)!);
  }
  if (ctx.path === '/home') {
    Routes.lastRequested = ctx.query.returnTo as string;
@ok    return ctx.redirect(Routes.home);
  }
  if (ctx.path === '/last') {
    Routes.lastRequested = ctx.query.returnTo as string;
@@    return ctx.redirect(Routes.lastRequested!);
  }
  await next();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "vm / Function / eval of a base64-decoded script vs a hex-encoded value in a string literal, a JSON round trip read at the expression or used only as data, and a formula table read with Object.hasOwn or with ?? falling back to the name",
    `const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());
const FORMULAS = { total: 'a + b', diff: 'a - b' };

app.post('/rules/run', (req, res) => {
  const source = Buffer.from(String(req.body.script), 'base64').toString('utf8');
@@  const result = vm.runInNewContext(source, { input: req.body.input });
  res.json({ result });
});

app.post('/rules/decode', (req, res) => {
  const encoded = Buffer.from(String(req.body.script)).toString('hex');
@ok  const result = vm.runInNewContext(\`decode('\${encoded}')\`, { decode: (h) => Buffer.from(h, 'hex').length });
  res.json({ result });
});

app.post('/calc', (req, res) => {
  const payload = JSON.parse(JSON.stringify(req.body));
@@  const fn = new Function('row', 'return ' + payload.expression);
  res.json({ value: fn(payload.row) });
});

app.post('/calc-fixed', (req, res) => {
  const payload = JSON.parse(JSON.stringify(req.body));
@ok  const fn = new Function('row', 'return row.price * row.quantity');
  res.json({ value: fn(payload.row) });
});

app.get('/formula', (req, res) => {
  const expr = Object.hasOwn(FORMULAS, req.query.name) ? FORMULAS[req.query.name] : FORMULAS.total;
@ok  const fn = eval(\`(function (a, b) { return \${expr}; })\`);
  res.json({ value: fn(Number(req.query.a), Number(req.query.b)) });
});

app.get('/formula-raw', (req, res) => {
  const expr = FORMULAS[req.query.name] ?? req.query.name;
@@  const fn = eval(\`(function (a, b) { return \${expr}; })\`);
  res.json({ value: fn(Number(req.query.a), Number(req.query.b)) });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "outbound requests after Promise.all destructuring (the request URL or a constant-host avatar URL), URLSearchParams in the query vs the region as the host, and http.get on a URL resolved against an internal base from the raw or the encoded path",
    `const express = require('express');
const axios = require('axios');
const http = require('http');

const app = express();
const API = 'https://api.example.com';
const INTERNAL = 'http://inventory.internal:8080';

async function loadSettings(userId) {
  return { region: 'eu', avatarUrl: \`https://cdn.example.com/u/\${encodeURIComponent(userId)}.png\` };
}

app.get('/preview', async (req, res) => {
  const [settings, target] = await Promise.all([loadSettings(req.query.user), Promise.resolve(req.query.url)]);
@@  const r = await fetch(target);
  res.json({ region: settings.region, status: r.status });
});

app.get('/preview-avatar', async (req, res) => {
  const [settings, target] = await Promise.all([loadSettings(req.query.user), Promise.resolve(req.query.url)]);
@ok  const r = await fetch(settings.avatarUrl);
  res.json({ requested: target, status: r.status });
});

app.get('/search', async (req, res) => {
  const qs = new URLSearchParams({ q: String(req.query.q), page: '1' });
@ok  const { data } = await axios.get(\`\${API}/search?\${qs}\`);
  res.json(data);
});

app.get('/regional', async (req, res) => {
@@  const { data } = await axios.get(\`https://\${req.query.region}.api.example.com/v1/status\`);
  res.json(data);
});

app.get('/regional-known', async (req, res) => {
  const region = ['eu', 'us'].includes(req.query.region) ? req.query.region : 'eu';
@ok  const { data } = await axios.get(\`https://\${region}.api.example.com/v1/status\`);
  res.json(data);
});

app.get('/stock', (req, res) => {
@@  http.get(new URL(String(req.query.path), INTERNAL), (r) => r.pipe(res));
});

app.get('/stock-item', (req, res) => {
@ok  http.get(new URL('/stock/' + encodeURIComponent(String(req.query.path)), INTERNAL), (r) => r.pipe(res));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "Mongo lookups of a body token through ?. and ?? vs a template string, a filter spread from the body vs Object.assign of constants and a String(), a query field set from the query string vs a numeric bound, and $where with a number or a name",
    `const express = require('express');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('app');

app.post('/reset', async (req, res) => {
  const token = req.body?.token ?? '';
@@  const user = await db.collection('users').findOne({ resetToken: token });
  res.json({ ok: !!user });
});

app.post('/reset-str', async (req, res) => {
  const token = \`\${req.body?.token ?? ''}\`;
@ok  const user = await db.collection('users').findOne({ resetToken: token });
  res.json({ ok: !!user });
});

app.post('/orders', async (req, res) => {
  const filter = { status: 'open', ...req.body.filter };
@@  const rows = await db.collection('orders').find(filter).toArray();
  res.json(rows);
});

app.post('/orders-owner', async (req, res) => {
  const filter = Object.assign({}, { status: 'open' }, { owner: String(req.body.owner) });
@ok  const rows = await db.collection('orders').find(filter).toArray();
  res.json(rows);
});

app.get('/products', async (req, res) => {
  const where = {};
  where.category = req.query.category;
@@  const rows = await db.collection('products').find(where).toArray();
  res.json(rows);
});

app.get('/products-cheap', async (req, res) => {
  const where = {};
  where.price = { $lt: Number(req.query.max) || 100 };
@ok  const rows = await db.collection('products').find(where).toArray();
  res.json(rows);
});

app.get('/stock', async (req, res) => {
@ok  const rows = await db.collection('products').find({ $where: \`this.stock > \${Number(req.query.min) || 0}\` }).toArray();
  res.json(rows);
});

app.get('/stock-name', async (req, res) => {
@@  const rows = await db.collection('products').find({ $where: \`this.name == '\${req.query.name}'\` }).toArray();
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1321",
    "settings writes through a dotted-path setter with or without a banned-key check, a recursive merge with or without a labelled-continue skip of __proto__ / constructor / prototype, and sections kept in a plain object, a null-prototype object or a Map",
    `const express = require('express');

const app = express();
app.use(express.json());
const settings = {};
const prefs = {};

function setPath(obj, path, value) {
  const keys = String(path).split('.');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    cur = cur[key] ??= {};
  }
@@  cur[keys.at(-1)] = value;
}

function setPathChecked(obj, path, value) {
  const keys = String(path).split('.');
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) throw new Error('bad key');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    cur = cur[key] ??= {};
  }
@ok  cur[keys.at(-1)] = value;
}

function merge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object') {
      target[key] ??= {};
      merge(target[key], value);
    } else {
@@      target[key] = value;
    }
  }
  return target;
}

function mergeSafe(target, source) {
  keys: for (const key of Object.keys(source)) {
    for (const banned of ['__proto__', 'constructor', 'prototype']) {
      if (key === banned) continue keys;
    }
    const value = source[key];
    if (value && typeof value === 'object') {
      target[key] ??= {};
      mergeSafe(target[key], value);
    } else {
@ok      target[key] = value;
    }
  }
  return target;
}

app.post('/settings', (req, res) => {
  setPath(settings, req.body.path, req.body.value);
  res.sendStatus(204);
});

app.post('/settings-checked', (req, res) => {
  setPathChecked(settings, req.body.path, req.body.value);
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
  res.json(merge(prefs, req.body));
});

app.post('/prefs-safe', (req, res) => {
  res.json(mergeSafe(prefs, req.body));
});

const sections = {};
const nullSections = Object.create(null);
const mapSections = new Map();

app.post('/sections', (req, res) => {
  const { section, key, value } = req.body;
@@  (sections[section] ??= {})[key] = value;
  res.sendStatus(204);
});

app.post('/sections-null', (req, res) => {
  const { section, key, value } = req.body;
@ok  (nullSections[section] ??= Object.create(null))[key] = value;
  res.sendStatus(204);
});

app.post('/sections-map', (req, res) => {
  const { section, key, value } = req.body;
  if (!mapSections.has(section)) mapSections.set(section, new Map());
@ok  mapSections.get(section).set(key, value);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp from the query escaped by a full metacharacter replace or by a one-dot replace, from a literal array at the constant or the request index, and from a Map at the constant or the request-set key",
    `const express = require('express');

const app = express();
const NAMES = ['alice', 'bob', 'carol'];
const escapeRegExp = (s) => String(s).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

app.get('/users', (req, res) => {
@ok  const re = new RegExp(escapeRegExp(req.query.q), 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/users-dot', (req, res) => {
@@  const re = new RegExp(String(req.query.q).replace('.', '\\\\.'), 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/users-shape', (req, res) => {
  const patterns = [String(req.query.q), '^[a-z]+$'];
@ok  const re = new RegExp(patterns[1]);
  res.json(NAMES.filter((n) => re.test(n) && n.includes(patterns[0])));
});

app.get('/users-shape-first', (req, res) => {
  const patterns = [String(req.query.q), '^[a-z]+$'];
@@  const re = new RegExp(patterns.at(0));
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/users-filter', (req, res) => {
  const filters = new Map([['prefix', '^a']]);
  filters.set('user', String(req.query.q));
@ok  const re = new RegExp(filters.get('prefix'));
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/users-filter-user', (req, res) => {
  const filters = new Map([['prefix', '^a']]);
  filters.set('user', String(req.query.q));
@@  const re = new RegExp(filters.get('user'));
  res.json(NAMES.filter((n) => re.test(n)));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-113",
    "response headers from a ?? default vs encodeURIComponent, spread merges where the constant name comes last or first, and a trace id stripped of every CR/LF or only of the first CRLF pair",
    `const express = require('express');

const app = express();

app.get('/download', (req, res) => {
  const name = req.query.name ?? 'report.csv';
@@  res.setHeader('Content-Disposition', \`attachment; filename="\${name}"\`);
  res.send('a,b\\n');
});

app.get('/download-encoded', (req, res) => {
  const name = encodeURIComponent(req.query.name ?? 'report.csv');
@ok  res.setHeader('Content-Disposition', \`attachment; filename*=UTF-8''\${name}\`);
  res.send('a,b\\n');
});

app.get('/export', (req, res) => {
  const opts = { ...req.query, name: 'export.csv' };
@ok  res.setHeader('Content-Disposition', \`attachment; filename="\${opts.name}"\`);
  res.send('a,b\\n');
});

app.get('/export-custom', (req, res) => {
  const opts = { name: 'export.csv', ...req.query };
@@  res.setHeader('Content-Disposition', \`attachment; filename="\${opts.name}"\`);
  res.send('a,b\\n');
});

app.get('/trace', (req, res) => {
  const id = String(req.query.trace ?? '').replace(/[\\r\\n]/g, '');
@ok  res.set('X-Trace-Id', id);
  res.sendStatus(204);
});

app.get('/trace-first', (req, res) => {
  const id = String(req.query.trace ?? '').replace('\\r\\n', '');
@@  res.set('X-Trace-Id', id);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
];
