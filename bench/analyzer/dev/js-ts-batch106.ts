// Dev suite "js-ts", batch 106: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Value-level twins in Express handlers: request data passes through value-level code before a
// sink (exec, SQL, HTML responses, fs paths, redirects, eval, hash/cipher/random chosen by a value), and each safe
// twin differs in the value that decides safety: constant conditions, ternaries and switches on constants, arrays
// read at constant indices after push/shift/splice/unshift, Map set/get at constant keys, object spread and
// Object.assign where a later key wins, destructuring defaults and renames, class fields and getters, closures,
// map/filter/find over literal arrays, JSON and base64 round trips, template literals, optional chaining with ??
// defaults, Number()/parseInt guards, allow-list includes/Set.has and anchored vs unanchored regex guards.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch106", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch106", cwe, note, src, "typescript");

export const BATCH106: DevCase[] = [
  ...js(
    "CWE-78",
    "exec after constant conditions, constant ternaries and a switch on a constant: the live branch decides",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/cond', (req, res) => {
  let cmd = 'ls -l /srv';
  if (7 * 3 > 20) cmd = 'ls -l ' + req.query.dir;
@@  exec(cmd, (err, out) => res.type('text').send(out));
});

app.get('/cond-safe', (req, res) => {
  let cmd = 'ls -l /srv';
  if (7 * 3 < 20) cmd = 'ls -l ' + req.query.dir;
@ok  exec(cmd, (err, out) => res.type('text').send(out));
});

app.get('/tern', (req, res) => {
  const dir = 'abc'.length === 3 ? req.query.dir : '/tmp';
@@  exec('du -sh ' + dir, (err, out) => res.type('text').send(out));
});

app.get('/tern-safe', (req, res) => {
  const dir = 'abc'.length === 4 ? req.query.dir : '/tmp';
@ok  exec('du -sh ' + dir, (err, out) => res.type('text').send(out));
});

app.get('/switch', (req, res) => {
  let target;
  switch ('b') {
    case 'a':
      target = '/var/log';
      break;
    case 'b':
      target = req.query.dir;
      break;
    default:
      target = '/tmp';
  }
@@  exec(\`ls \${target}\`, (err, out) => res.type('text').send(out));
});

app.get('/switch-safe', (req, res) => {
  let target;
  switch ('a') {
    case 'a':
      target = '/var/log';
      break;
    case 'b':
      target = req.query.dir;
      break;
    default:
      target = '/tmp';
  }
@ok  exec(\`ls \${target}\`, (err, out) => res.type('text').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "exec on array elements read at constant indices after push/shift/splice/unshift",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/push', (req, res) => {
  const parts = ['hello'];
  parts.push(req.query.arg);
@@  exec('echo ' + parts[1], (e, out) => res.type('text').send(out));
});

app.get('/push-safe', (req, res) => {
  const parts = ['hello'];
  parts.push(req.query.arg);
@ok  exec('echo ' + parts[0], (e, out) => res.type('text').send(out));
});

app.get('/shift', (req, res) => {
  const list = ['uptime', req.query.arg];
  list.shift();
@@  exec('echo ' + list[0], (e, out) => res.type('text').send(out));
});

app.get('/shift-safe', (req, res) => {
  const list = [req.query.arg, 'uptime'];
  list.shift();
@ok  exec(list[0], (e, out) => res.type('text').send(out));
});

app.get('/splice', (req, res) => {
  const argv = ['date', req.query.fmt, 'whoami'];
  argv.splice(0, 1);
@@  exec('date ' + argv[0], (e, out) => res.type('text').send(out));
});

app.get('/splice-safe', (req, res) => {
  const argv = ['date', req.query.fmt, 'whoami'];
  argv.splice(1, 1);
@ok  exec(argv[1], (e, out) => res.type('text').send(out));
});

app.get('/unshift', (req, res) => {
  const q = ['date'];
  q.unshift(req.query.first);
@@  exec(q[0], (e, out) => res.type('text').send(out));
});

app.get('/unshift-safe', (req, res) => {
  const q = ['date'];
  q.unshift(req.query.first);
@ok  exec(q[1], (e, out) => res.type('text').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "exec on Map entries at constant keys, object spread and Object.assign where a later key wins, destructuring defaults",
    `const { exec, execSync } = require('child_process');
const express = require('express');

const app = express();
app.use(express.json());

app.get('/map', (req, res) => {
  const m = new Map();
  m.set('user', req.query.cmd);
  m.set('fixed', 'whoami');
@@  exec(m.get('user'), (e, out) => res.type('text').send(out));
});

app.get('/map-safe', (req, res) => {
  const m = new Map();
  m.set('user', req.query.cmd);
  m.set('fixed', 'whoami');
@ok  exec(m.get('fixed'), (e, out) => res.type('text').send(out));
});

app.get('/spread', (req, res) => {
  const opts = { cmd: 'ls', ...req.query };
@@  res.type('text').send(execSync(opts.cmd).toString());
});

app.get('/spread-safe', (req, res) => {
  const opts = { ...req.query, cmd: 'ls' };
@ok  res.type('text').send(execSync(opts.cmd).toString());
});

app.post('/assign', (req, res) => {
  const cfg = Object.assign({ cmd: 'date' }, req.body);
@@  res.type('text').send(execSync(cfg.cmd).toString());
});

app.post('/assign-safe', (req, res) => {
  const cfg = Object.assign({}, req.body, { cmd: 'date' });
@ok  res.type('text').send(execSync(cfg.cmd).toString());
});

app.get('/destructure', (req, res) => {
  const { dir: where = '/tmp' } = req.query;
@@  res.type('text').send(execSync('ls ' + where).toString());
});

app.get('/destructure-safe', (req, res) => {
  const { tool: program = 'uptime' } = { verbose: req.query.v };
@ok  res.type('text').send(execSync(program).toString());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "TypeScript: SQL built from class fields and getters, closures and map/filter/find over literal arrays",
    `import express, { Request, Response } from 'express';
import mysql from 'mysql2';

const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const app = express();

class Repo {
  table = 'orders';
  owner: string;
  constructor(owner: string) {
    this.owner = owner;
  }
  get listSql(): string {
    return \`SELECT * FROM \${this.table} WHERE owner = '\${this.owner}'\`;
  }
  get countSql(): string {
    return \`SELECT COUNT(*) AS n FROM \${this.table}\`;
  }
}

app.get('/orders', (req: Request, res: Response) => {
  const repo = new Repo(String(req.query.owner));
@@  db.query(repo.listSql, (err, rows) => res.json(rows));
});

app.get('/orders/count', (req: Request, res: Response) => {
  const repo = new Repo(String(req.query.owner));
@ok  db.query(repo.countSql, (err, rows) => res.json(rows));
});

app.get('/orders/field', (req: Request, res: Response) => {
  const repo = new Repo(String(req.query.owner));
@@  db.query(\`SELECT * FROM \${repo.table} WHERE owner = '\${repo.owner}'\`, (err, rows) => res.json(rows));
});

app.get('/orders/field-safe', (req: Request, res: Response) => {
  const repo = new Repo(String(req.query.owner));
@ok  db.query(\`SELECT * FROM \${repo.table} WHERE owner = ?\`, [repo.owner], (err, rows) => res.json(rows));
});

app.get('/items', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const build = () => "SELECT * FROM items WHERE name = '" + name + "'";
@@  db.query(build(), (err, rows) => res.json(rows));
});

app.get('/items-safe', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const build = () => 'SELECT * FROM items WHERE name = ?';
@ok  db.query(build(), [name], (err, rows) => res.json(rows));
});

app.get('/items/sorted', (req: Request, res: Response) => {
  const col = ['id', 'name', 'price'].find((c) => c === req.query.sort) ?? 'id';
@ok  db.query(\`SELECT * FROM items ORDER BY \${col}\`, (err, rows) => res.json(rows));
});

app.get('/items/sorted-raw', (req: Request, res: Response) => {
  const cols = [String(req.query.sort)].map((c) => c.trim());
@@  db.query(\`SELECT * FROM items ORDER BY \${cols[0]}\`, (err, rows) => res.json(rows));
});

app.get('/items/filtered', (req: Request, res: Response) => {
  const allowed = ['id', 'name'].filter((c) => c === req.query.sort);
@ok  db.query('SELECT * FROM items ORDER BY ' + (allowed[0] || 'id'), (err, rows) => res.json(rows));
});

app.get('/items/upper', (req: Request, res: Response) => {
  const cols = ['id', 'name'].map((c) => c.toUpperCase());
@ok  db.query(\`SELECT \${cols.join(', ')} FROM items WHERE id = ?\`, [req.query.id], (err, rows) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "HTML responses after JSON/base64 round trips, template literals, ?? defaults and Number/parseInt guards",
    `const express = require('express');

const app = express();

app.get('/hello', (req, res) => {
  const copy = JSON.parse(JSON.stringify({ name: req.query.name }));
@@  res.send('<h1>Hello ' + copy.name + '</h1>');
});

app.get('/hello-safe', (req, res) => {
  const copy = JSON.parse(JSON.stringify({ name: req.query.name, greeting: 'Hello' }));
@ok  res.send('<h1>' + copy.greeting + '</h1>');
});

app.get('/b64', (req, res) => {
  const encoded = Buffer.from(String(req.query.msg)).toString('base64');
@ok  res.send(\`<p>Token: \${encoded}</p>\`);
});

app.get('/unb64', (req, res) => {
  const decoded = Buffer.from(String(req.query.data), 'base64').toString('utf8');
@@  res.send(\`<p>Data: \${decoded}</p>\`);
});

app.get('/search', (req, res) => {
  const html = \`<div class="q">Results for \${req.query.q}</div>\`;
@@  res.send(html);
});

app.get('/search-len', (req, res) => {
  const q = String(req.query.q ?? '');
  const html = \`<div class="q">Query of \${q.length} characters</div>\`;
@ok  res.send(html);
});

app.get('/profile', (req, res) => {
  const name = req.query?.name ?? 'guest';
@@  res.send(\`<b>\${name}</b>\`);
});

app.get('/title', (req, res) => {
  const settings = { title: 'Home' };
  const title = settings?.title ?? req.query.title;
@ok  res.send(\`<title>\${title}</title>\`);
});

app.get('/num', (req, res) => {
  const n = Number(req.query.n);
  if (Number.isNaN(n)) return res.status(400).send('bad');
@ok  res.send(\`<p>Double: \${n * 2}</p>\`);
});

app.get('/page', (req, res) => {
  const page = parseInt(req.query.page, 10) || 1;
@ok  res.send(\`<p>Page \${page}</p>\`);
});

app.get('/page-raw', (req, res) => {
  const page = req.query.page;
  if (isNaN(parseInt(page, 10))) return res.status(400).send('bad');
@@  res.send(\`<p>Page \${page}</p>\`);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "fs reads after allow-list includes / Set.has and anchored vs unanchored regex guards",
    `const fs = require('fs');
const path = require('path');
const express = require('express');

const app = express();
const BASE = path.join(__dirname, 'docs');
const ALLOWED = ['intro.txt', 'faq.txt'];
const IMAGES = new Set(['logo.png', 'banner.png']);

app.get('/doc', (req, res) => {
  const name = req.query.name;
  if (!ALLOWED.includes(name)) return res.status(404).end();
@ok  fs.readFile(path.join(BASE, name), 'utf8', (err, text) => res.type('text').send(text));
});

app.get('/doc-logged', (req, res) => {
  const name = req.query.name;
  if (ALLOWED.includes(name)) console.log('known document', name);
@@  fs.readFile(path.join(BASE, name), 'utf8', (err, text) => res.type('text').send(text));
});

app.get('/img/:img', (req, res) => {
  if (IMAGES.has(req.params.img)) {
@ok    return fs.createReadStream(path.join(BASE, req.params.img)).pipe(res);
  }
  res.status(404).end();
});

app.get('/img-any/:img', (req, res) => {
  if (!IMAGES.has(req.params.img)) res.set('X-Unknown', '1');
@@  fs.createReadStream(path.join(BASE, req.params.img)).pipe(res);
});

app.get('/note', (req, res) => {
  const name = String(req.query.name);
  if (!/^[a-z0-9_-]+\\.txt$/.test(name)) return res.status(400).end();
@ok  res.type('text').send(fs.readFileSync(path.join(BASE, name), 'utf8'));
});

app.get('/note-loose', (req, res) => {
  const name = String(req.query.name);
  if (!/[a-z0-9_-]+\\.txt/.test(name)) return res.status(400).end();
@@  res.type('text').send(fs.readFileSync(path.join(BASE, name), 'utf8'));
});

app.get('/note-idx', (req, res) => {
  const files = ['intro.txt', req.query.name];
@ok  res.type('text').send(fs.readFileSync(path.join(BASE, files[0]), 'utf8'));
@@  res.type('text').send(fs.readFileSync(path.join(BASE, files[1]), 'utf8'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "redirects on request values vs constant ternaries, constant maps, allow-lists and later-key spreads",
    `const express = require('express');

const app = express();
const ROUTES = new Map([
  ['home', '/'],
  ['profile', '/me'],
]);

app.get('/go', (req, res) => {
@@  res.redirect(req.query.next);
});

app.get('/go-tern', (req, res) => {
  const dest = 'abc'.length === 3 ? '/home' : req.query.next;
@ok  res.redirect(dest);
});

app.get('/go-tern-live', (req, res) => {
  const dest = 'abc'.length === 3 ? req.query.next : '/home';
@@  res.redirect(dest);
});

app.get('/go-named', (req, res) => {
@ok  res.redirect(ROUTES.get(req.query.to) ?? '/');
});

app.get('/go-default', (req, res) => {
  const { next: url = '/' } = req.query;
@@  res.redirect(url);
});

app.get('/go-listed', (req, res) => {
  const next = String(req.query.next);
@ok  if (['/', '/me', '/settings'].includes(next)) return res.redirect(next);
  res.redirect('/');
});

app.get('/go-spread', (req, res) => {
  const state = { ...req.query, next: '/dashboard' };
@ok  res.redirect(state.next);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "eval on array elements, closures, Number() values and anchored vs unanchored regex guards",
    `const express = require('express');

const app = express();
app.use(express.json());

app.get('/calc-idx', (req, res) => {
  const exprs = [req.query.expr, '1 + 1'];
@ok  const fixed = eval(exprs[1]);
@@  const user = eval(exprs[0]);
  res.json({ fixed, user });
});

app.post('/run', (req, res) => {
@@  const run = (code) => eval(code);
  res.json({ out: run(req.body.code) });
});

app.post('/run-fixed', (req, res) => {
  const code = req.body.code;
  const run = () => eval('6 * 7');
@ok  res.json({ out: run(), len: code.length });
});

app.get('/double', (req, res) => {
  const n = Number(req.query.n);
@ok  res.json({ out: eval(\`\${n} * 2\`) });
});

app.get('/scale', (req, res) => {
  const x = String(req.query.x);
  if (!/^\\d+(\\.\\d+)?$/.test(x)) return res.status(400).end();
@ok  res.json({ out: eval(x + ' * 10') });
});

app.get('/scale-loose', (req, res) => {
  const x = String(req.query.x);
  if (!/\\d+/.test(x)) return res.status(400).end();
@@  res.json({ out: eval(x + ' * 10') });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-328",
    "API-token digest algorithm chosen by constant conditions and Maps at constant keys",
    `const crypto = require('crypto');
const express = require('express');

const app = express();
const ALG = new Map([
  ['fast', 'md5'],
  ['strong', 'sha512'],
]);

app.get('/token-id', (req, res) => {
  const algo = 7 * 3 > 20 ? 'md5' : 'sha256';
@@  const digest = crypto.createHash(algo).update(String(req.query.token)).digest('hex');
  res.json({ digest });
});

app.get('/token-id-safe', (req, res) => {
  const algo = 7 * 3 > 20 ? 'sha256' : 'md5';
@ok  const digest = crypto.createHash(algo).update(String(req.query.token)).digest('hex');
  res.json({ digest });
});

app.get('/digest', (req, res) => {
@@  const a = crypto.createHash(ALG.get('fast')).update(String(req.query.token)).digest('hex');
@ok  const b = crypto.createHash(ALG.get('strong')).update(String(req.query.token)).digest('hex');
  res.json({ a, b });
});
`,
  ),
  ...js(
    "CWE-327",
    "cipher chosen from an array after unshift and a switch on a constant",
    `const crypto = require('crypto');
const express = require('express');

const app = express();
const key8 = crypto.randomBytes(8);
const key32 = crypto.randomBytes(32);

app.post('/seal', express.text(), (req, res) => {
  const algs = ['aes-256-gcm'];
  algs.unshift('des-cbc');
@@  const weak = crypto.createCipheriv(algs[0], key8, crypto.randomBytes(8));
@ok  const strong = crypto.createCipheriv(algs[1], key32, crypto.randomBytes(12));
  res.json({ a: weak.update(req.body, 'utf8', 'hex'), b: strong.update(req.body, 'utf8', 'hex') });
});

app.post('/seal2', express.text(), (req, res) => {
  let alg;
  switch ('modern') {
    case 'legacy':
      alg = 'des-ede-cbc';
      break;
    default:
      alg = 'aes-256-cbc';
  }
@ok  const c = crypto.createCipheriv(alg, key32, crypto.randomBytes(16));
  res.send(c.update(req.body, 'utf8', 'hex') + c.final('hex'));
});
`,
  ),
  ...js(
    "CWE-338",
    "session tokens from Math.random in a live vs dead constant branch",
    `const crypto = require('crypto');
const express = require('express');

const app = express();

app.post('/login', (req, res) => {
  const secure = 'abc'.length === 3;
@ok  const token = secure ? crypto.randomBytes(24).toString('hex') : Math.random().toString(36).slice(2);
  res.cookie('sid', token, { httpOnly: true, secure: true });
  res.end();
});

app.post('/login-weak', (req, res) => {
  const secure = 'abc'.length === 4;
@@  const token = secure ? crypto.randomBytes(24).toString('hex') : Math.random().toString(36).slice(2);
  res.cookie('sid', token, { httpOnly: true, secure: true });
  res.end();
});
`,
  ),
];
