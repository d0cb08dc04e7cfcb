// Dev suite "js-ts", batch 107: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Value-level twins in Express and Koa handlers, in shapes batch 106 did not use: for...of over
// literal arrays building a string, reduce, Array.from / Object.entries / Object.fromEntries of literals, arr.at(-1),
// String.prototype.replace with a function, localeCompare-based choices, early returns in helpers, try/finally,
// generators, async helpers returning a constant vs the value, Promise.resolve(x).then, WeakMap, class static fields,
// Symbol keys, getters on object literals, tagged templates, includes guards on a copied value and Number.isInteger
// guards. Each safe twin differs from its positive in the one value fact that decides safety.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch107", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch107", cwe, note, src, "typescript");

export const BATCH107: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of a command built by for...of over literal arrays, reduce and at(-1)",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/ls', (req, res) => {
  let args = '';
  for (const flag of ['-l', '-a', '-h']) {
    if (flag === req.query.flag) args += ' ' + flag;
  }
@ok  exec('ls' + args + ' /srv/public', (err, out) => res.type('text').send(out));
});

app.get('/ls-raw', (req, res) => {
  let args = '';
  for (const flag of ['-l', '-a', '-h']) {
    if (flag !== req.query.skip) args += ' ' + flag;
  }
  args += ' ' + req.query.skip;
@@  exec('ls' + args + ' /srv/public', (err, out) => res.type('text').send(out));
});

app.get('/log', (req, res) => {
  const cmd = ['git', 'log', '--oneline', req.query.rev].reduce((acc, part) => acc + ' ' + part);
@@  exec(cmd, { cwd: '/srv/repo' }, (err, out) => res.type('text').send(out));
});

app.get('/log-safe', (req, res) => {
  const n = Number.parseInt(String(req.query.n), 10);
  const cmd = ['git', 'log', '--oneline'].reduce((acc, part) => \`\${acc} \${part}\`, '');
@ok  exec(cmd + ' -n ' + (Number.isInteger(n) ? n : 20), { cwd: '/srv/repo' }, (err, out) => res.type('text').send(out));
});

app.get('/du', (req, res) => {
  const parts = ['/srv/app', req.query.sub];
@@  exec('du -sh ' + parts.at(-1), (err, out) => res.type('text').send(out));
});

app.get('/du-safe', (req, res) => {
  const parts = [req.query.sub, '/srv/app'];
@ok  exec('du -sh ' + parts.at(-1), (err, out) => res.type('text').send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "Koa: helpers with early returns, try/finally overrides and generators feeding execSync",
    `import Koa from 'koa';
import Router from '@koa/router';
import { execSync } from 'child_process';

const app = new Koa();
const router = new Router();

function archiveRoot(kind: string): string {
  if (kind === 'logs') return '/var/log';
  return '/var/backups';
}

function archiveRootLoose(kind: string): string {
  if (kind === 'logs') return '/var/log';
  return kind;
}

function settle(raw: string): string {
  let target = raw;
  try {
    target = raw.trim();
  } finally {
    target = '/srv/data';
  }
  return target;
}

function settleLogged(raw: string): string {
  let target = '/srv/data';
  try {
    target = raw.trim();
  } finally {
    console.log('target', target);
  }
  return target;
}

function* tarFlags(verbose: string) {
  yield '-czf';
  yield '-';
  if (verbose === '1') yield '-v';
}

function* tarFlagsWith(extra: string) {
  yield '-czf';
  yield '-';
  yield extra;
}

router.get('/archive', (ctx) => {
@ok  ctx.body = execSync(\`tar -czf - \${archiveRoot(String(ctx.query.kind))}\`);
});

router.get('/archive-any', (ctx) => {
@@  ctx.body = execSync(\`tar -czf - \${archiveRootLoose(String(ctx.query.kind))}\`);
});

router.get('/sync', (ctx) => {
@ok  ctx.body = execSync('rsync -a ' + settle(String(ctx.query.dir)) + ' /mnt/mirror');
});

router.get('/sync-any', (ctx) => {
@@  ctx.body = execSync('rsync -a ' + settleLogged(String(ctx.query.dir)) + ' /mnt/mirror');
});

router.get('/pack', (ctx) => {
  const flags = [...tarFlags(String(ctx.query.v))].join(' ');
@ok  ctx.body = execSync(\`tar \${flags} /srv/site\`);
});

router.get('/pack-any', (ctx) => {
  const flags = [...tarFlagsWith(String(ctx.query.extra))].join(' ');
@@  ctx.body = execSync(\`tar \${flags} /srv/site\`);
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "SQL built from Object.entries/fromEntries of literals, async helpers and Promise.resolve(x).then",
    `const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const SORTS = Object.fromEntries([
  ['new', 'created_at DESC'],
  ['old', 'created_at ASC'],
]);

app.get('/posts', async (req, res) => {
  const order = Object.hasOwn(SORTS, String(req.query.sort)) ? SORTS[req.query.sort] : 'id';
@ok  const [rows] = await pool.query(\`SELECT id, title FROM posts ORDER BY \${order}\`);
  res.json(rows);
});

app.get('/columns', async (req, res) => {
  const cols = Object.entries({ name: 'p.name', price: 'p.price' }).map(([, col]) => col);
  cols.push(req.query.extra);
@@  const [rows] = await pool.query(\`SELECT \${cols.join(', ')} FROM products p\`);
  res.json(rows);
});

app.get('/columns-safe', async (req, res) => {
  const cols = Object.entries({ name: 'p.name', price: 'p.price' })
    .filter(([key]) => key !== req.query.hide)
    .map(([, col]) => col);
@ok  const [rows] = await pool.query(\`SELECT \${cols.join(', ')} FROM products p\`);
  res.json(rows);
});

async function auditTable(kind) {
  return kind === 'login' ? 'audit_login' : 'audit_misc';
}

async function auditTableRaw(kind) {
  return kind;
}

app.get('/audit', async (req, res) => {
  const t = await auditTable(req.query.kind);
@ok  const [a] = await pool.query(\`SELECT * FROM \${t} ORDER BY at DESC LIMIT 50\`);
  const t2 = await auditTableRaw(req.query.kind);
@@  const [b] = await pool.query(\`SELECT * FROM \${t2} ORDER BY at DESC LIMIT 50\`);
  res.json({ a, b });
});

app.get('/order', (req, res) => {
  Promise.resolve(req.query.id)
@@    .then((id) => pool.query('SELECT * FROM orders WHERE id = ' + id))
    .then(([rows]) => res.json(rows));
});

app.get('/order-safe', (req, res) => {
  Promise.resolve(req.query.id)
    .then((id) => (Number.isInteger(Number(id)) ? Number(id) : 0))
@ok    .then((id) => pool.query('SELECT * FROM orders WHERE id = ' + id))
    .then(([rows]) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "Koa HTML bodies: replace with an escaping function vs a whitespace one, tagged templates, getters",
    `const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
const squash = (s) => String(s).replace(/\\s+/g, (m) => (m.includes('\\n') ? ' ' : m));

function html(strings, ...values) {
  return strings.reduce((out, s, i) => out + escapeHtml(values[i - 1]) + s);
}

function raw(strings, ...values) {
  return strings.reduce((out, s, i) => out + values[i - 1] + s);
}

router.get('/search', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = \`<p>Results for \${escapeHtml(ctx.query.q)}</p>\`;
});

router.get('/search-squashed', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = \`<p>Results for \${squash(ctx.query.q)}</p>\`;
});

router.get('/greet', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = html\`<h1>Hello \${ctx.query.name}</h1>\`;
});

router.get('/greet-raw', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = raw\`<h1>Hello \${ctx.query.name}</h1>\`;
});

router.get('/panel', (ctx) => {
  const view = {
    get title() {
      return 'Dashboard';
    },
    query: ctx.query.q,
  };
  ctx.type = 'html';
@ok  ctx.body = \`<h1>\${view.title}</h1>\`;
});

router.get('/panel-echo', (ctx) => {
  const view = {
    get title() {
      return ctx.query.q;
    },
    query: 'none',
  };
  ctx.type = 'html';
@@  ctx.body = \`<h1>\${view.title}</h1>\`;
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "file reads behind an includes guard on a copied value, WeakMap roots, Symbol keys and class static fields",
    `import express from 'express';
import fs from 'fs';
import path from 'path';

const app = express();
const ALLOWED = ['report.pdf', 'terms.pdf'];
const roots = new WeakMap<object, string>();
const PUBLIC = {};
roots.set(PUBLIC, '/srv/static');
const ROOT = Symbol('root');

class Paths {
  static base = '/srv/uploads';
  static last = '';
}

app.get('/doc', (req, res) => {
  const name = String(req.query.name);
  const wanted = name;
  if (!ALLOWED.includes(wanted)) return res.status(404).end();
@ok  fs.createReadStream(path.join('/srv/docs', name)).pipe(res);
});

app.get('/doc-logged', (req, res) => {
  const name = String(req.query.name);
  const wanted = name;
  if (!ALLOWED.includes(wanted)) console.warn('unlisted document', wanted);
@@  fs.createReadStream(path.join('/srv/docs', name)).pipe(res);
});

app.get('/static', (req, res) => {
  const mine = {};
  roots.set(mine, String(req.query.dir));
@@  fs.readFile(path.join(roots.get(mine)!, 'index.html'), (err, buf) => res.send(buf));
@ok  fs.readFile(path.join(roots.get(PUBLIC)!, 'index.html'), (err, buf) => res.send(buf));
});

app.get('/file', (req, res) => {
  const cfg: { [ROOT]: string; user: string } = { [ROOT]: '/srv/files', user: '' };
  cfg.user = String(req.query.f);
@ok  const list = fs.readdirSync(cfg[ROOT]);
@@  const body = fs.readFileSync(path.join('/srv/files', cfg.user));
  res.json({ list, size: body.length });
});

app.get('/upload', (req, res) => {
  Paths.last = String(req.query.file);
@ok  const index = fs.readFileSync(Paths.base + '/index.json', 'utf8');
@@  const data = fs.readFileSync(Paths.base + '/' + Paths.last);
  res.json({ index, size: data.length });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "Koa redirects chosen by localeCompare, Number.isInteger and at(-1)",
    `const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/home', (ctx) => {
  const next = String(ctx.query.next);
@ok  ctx.redirect(next.localeCompare('/dashboard') === 0 ? next : '/home');
});

router.get('/home-any', (ctx) => {
  const next = String(ctx.query.next);
@@  ctx.redirect(next.localeCompare('/') > 0 ? next : '/home');
});

router.get('/list', (ctx) => {
  const page = Number(ctx.query.page);
@ok  ctx.redirect(Number.isInteger(page) ? \`/items?page=\${page}\` : '/items');
});

router.get('/list-back', (ctx) => {
  const page = Number(ctx.query.page);
  if (Number.isInteger(page)) {
@@    ctx.redirect(\`\${ctx.query.back}?page=\${page}\`);
  }
});

router.get('/trail', (ctx) => {
  const trail = ['/home', '/settings'];
  trail.push(String(ctx.query.from));
@@  ctx.redirect(trail.at(-1));
@ok  ctx.redirect(trail.at(0));
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "eval and new Function over Array.from of literals and replace with a function",
    `const express = require('express');

const app = express();
app.use(express.json());

const TEMPLATE = 'return {{a}} * {{b}};';

app.post('/warmup', (req, res) => {
  const exprs = Array.from({ length: 3 }, (_, i) => \`\${i} + \${i}\`);
@ok  res.json({ user: req.body.note, out: exprs.map((e) => eval(e)) });
});

app.post('/calc', (req, res) => {
  const exprs = Array.from([req.body.expr, '1 + 1']);
@@  res.json(exprs.map((e) => eval(e)));
});

app.post('/mul', (req, res) => {
  const body = TEMPLATE.replace(/\\{\\{(\\w+)\\}\\}/g, (_, k) => String(Number(req.body[k]) || 0));
@ok  res.json({ value: new Function(body)() });
});

app.post('/mul-raw', (req, res) => {
  const body = TEMPLATE.replace(/\\{\\{(\\w+)\\}\\}/g, (_, k) => req.body[k]);
@@  res.json({ value: new Function(body)() });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-328",
    "token digests with the algorithm from class statics, at() on a literal array and reduce",
    `const crypto = require('crypto');
const express = require('express');

const app = express();

class Digest {
  static CURRENT = 'sha256';
  static LEGACY = 'md5';
}

const ALGS = ['md5', 'sha1', 'sha512'];

app.get('/fingerprint', (req, res) => {
  const token = String(req.query.token);
@ok  const a = crypto.createHash(Digest.CURRENT).update(token).digest('hex');
@@  const b = crypto.createHash(Digest.LEGACY).update(token).digest('hex');
  res.json({ a, b });
});

app.get('/fingerprint2', (req, res) => {
  const token = String(req.query.token);
@ok  const a = crypto.createHash(ALGS.at(-1)).update(token).digest('hex');
@@  const b = crypto.createHash(ALGS.at(0)).update(token).digest('hex');
  res.json({ a, b });
});

app.get('/fingerprint3', (req, res) => {
  const strongest = ['sha1', 'sha384', 'sha256'].reduce((best, alg) => (alg === 'sha384' ? alg : best), 'sha512');
@ok  res.json({ d: crypto.createHash(strongest).update(String(req.query.token)).digest('hex') });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-327",
    "ciphers picked from Object.entries of a literal and a generator",
    `import crypto from 'crypto';
import express from 'express';

const app = express();
const CIPHERS = { legacy: 'des-cbc', modern: 'aes-256-gcm' };
const key8 = crypto.randomBytes(8);
const key32 = crypto.randomBytes(32);

function* preferred() {
  yield 'aes-256-gcm';
  yield 'des-cbc';
}

app.post('/seal', express.text(), (req, res) => {
  const [, modern] = Object.entries(CIPHERS).find(([k]) => k === 'modern')!;
@ok  const c = crypto.createCipheriv(modern, key32, crypto.randomBytes(12));
  res.send(c.update(req.body, 'utf8', 'hex') + c.final('hex'));
});

app.post('/seal-first', express.text(), (req, res) => {
  const [, first] = Object.entries(CIPHERS)[0];
@@  const c = crypto.createCipheriv(first, key8, crypto.randomBytes(8));
  res.send(c.update(req.body, 'utf8', 'hex') + c.final('hex'));
});

app.post('/seal-gen', express.text(), (req, res) => {
  const gen = preferred();
  const best = gen.next().value as string;
@ok  const c = crypto.createCipheriv(best, key32, crypto.randomBytes(12));
  const fallback = gen.next().value as string;
@@  const d = crypto.createCipheriv(fallback, key8, crypto.randomBytes(8));
  res.json({ a: c.update(req.body, 'utf8', 'hex'), b: d.update(req.body, 'utf8', 'hex') });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "session tokens from async helpers and a getter choosing randomBytes vs Math.random",
    `const crypto = require('crypto');
const express = require('express');

const app = express();

const tokens = {
  strong: true,
  get next() {
    return this.strong ? crypto.randomBytes(24).toString('hex') : Math.random().toString(36).slice(2);
  },
};

async function issueToken() {
  return crypto.randomBytes(24).toString('base64url');
}

async function issueTokenQuick() {
@@  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

async function retryDelay(attempt) {
@ok  return 2 ** attempt * 100 + Math.floor(Math.random() * 50);
}

app.post('/login', async (req, res) => {
  const sid = await issueToken();
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.json({ retryIn: await retryDelay(1), csrf: tokens.next });
});

app.post('/login-quick', async (req, res) => {
  const sid = await issueTokenQuick();
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.end();
});

app.listen(3000);
`,
  ),
];
