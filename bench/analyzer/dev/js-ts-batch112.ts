// Dev suite "js-ts", batch 112: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). A fifth wave of value twins in the style of a generated benchmark for Node: small Express
// handlers that read one request value, pass it through value-level plumbing and hand the result to a sink
// (exec, SQL, HTML, fs, eval, outbound HTTP, redirects, Mongo filters, token randomness, digests, ciphers, cookie
// options, nested writes, the session). The plumbing is what earlier waves did not stress: class instances with
// private (#) fields and accessors, closures returning the value or a constant, Array.from / map / filter / find over
// literal arrays read at a constant index, object spread overriding a key or being overridden, Object.entries /
// fromEntries round trips, Promise.resolve(x).then and await chains, default parameters, || / ?? fallbacks with a
// constant left side, optional chaining, tagged templates, Maps built from entries, labelled break, do/while(false)
// and typeof / Number.isInteger guards. Each safe twin differs from its positive in the one thing that makes it safe.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch112", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch112", cwe, note, src, "typescript");

export const BATCH112: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of a value kept in a class with private fields and accessors, and of closures returning the value or a constant",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();

class CommandHolder {
  #value;
  #fallback = 'uptime';

  constructor(value) {
    this.#value = value;
  }

  get value() {
    return this.#value;
  }

  set value(v) {
    this.#value = v;
  }

  get fallback() {
    return this.#fallback;
  }
}

app.get('/cmd/holder', (req, res) => {
  const holder = new CommandHolder(req.query.cmd);
@@  exec(holder.value, () => res.sendStatus(204));
});

app.get('/cmd/holder-fallback', (req, res) => {
  const holder = new CommandHolder(req.query.cmd);
@ok  exec(holder.fallback, () => res.sendStatus(204));
});

app.get('/cmd/holder-set', (req, res) => {
  const holder = new CommandHolder('date');
  holder.value = req.query.cmd;
@@  exec(holder.value, () => res.sendStatus(204));
});

app.get('/cmd/holder-reset', (req, res) => {
  const holder = new CommandHolder(req.query.cmd);
  holder.value = 'date';
@ok  exec(holder.value, () => res.sendStatus(204));
});

const capture = (v) => () => v;

app.get('/cmd/closure', (req, res) => {
  const param = req.query.host;
  const getHost = capture(param);
@@  exec('ping -c 1 ' + getHost(), () => res.sendStatus(204));
});

app.get('/cmd/closure-const', (req, res) => {
  const param = req.query.host;
  const getHost = capture('127.0.0.1');
@ok  exec('ping -c 1 ' + getHost(), () => res.sendStatus(204));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "ORDER BY / WHERE built from Array.from, map, filter and find over literal arrays mixing the request value with constants",
    `const express = require('express');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'shop', database: 'shop' });

app.get('/sql/from', (req, res) => {
  const param = req.query.sort;
  const columns = Array.from([param, 'name', 'price']);
@@  db.query('SELECT id, name, price FROM products ORDER BY ' + columns[0], (err, rows) => res.json(rows));
});

app.get('/sql/from-const', (req, res) => {
  const param = req.query.sort;
  const columns = Array.from([param, 'name', 'price']);
@ok  db.query('SELECT id, name, price FROM products ORDER BY ' + columns[1], (err, rows) => res.json(rows));
});

app.get('/sql/map', (req, res) => {
  const param = req.query.id;
  const ids = ['1', param, '3'].map((s) => String(s).trim());
@@  db.query("SELECT * FROM products WHERE id = '" + ids[1] + "'", (err, rows) => res.json(rows));
});

app.get('/sql/map-const', (req, res) => {
  const param = req.query.id;
  const ids = ['1', param, '3'].map((s) => String(s).trim());
@ok  db.query("SELECT * FROM products WHERE id = '" + ids[2] + "'", (err, rows) => res.json(rows));
});

app.get('/sql/find', (req, res) => {
  const param = req.query.col;
  const col = [param, 'name', 'email'].find((c) => c !== 'name');
@@  db.query('SELECT id FROM users ORDER BY ' + col, (err, rows) => res.json(rows));
});

app.get('/sql/find-const', (req, res) => {
  const param = req.query.col;
  const col = [param, 'name', 'email'].find((c) => c === 'email');
@ok  db.query('SELECT id FROM users ORDER BY ' + col, (err, rows) => res.json(rows));
});

app.get('/sql/filter', (req, res) => {
  const param = req.query.status;
  const wanted = [param, 'active'].filter(Boolean);
@@  db.query(\`SELECT id FROM users WHERE status = '\${wanted[0]}'\`, (err, rows) => res.json(rows));
});

app.get('/sql/filter-const', (req, res) => {
  const param = req.query.status;
  const wanted = ['active', 'pending', param].filter(Boolean);
@ok  db.query(\`SELECT id FROM users WHERE status = '\${wanted[0]}'\`, (err, rows) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "HTML from objects whose key is overridden by spread, or overrides the spread, and Object.entries / fromEntries round trips",
    `const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/page/spread-over', (req, res) => {
  const view = { ...req.query, title: 'Welcome' };
@ok  res.send('<h1>' + view.title + '</h1>');
});

app.get('/page/spread-under', (req, res) => {
  const view = { title: 'Welcome', ...req.query };
@@  res.send('<h1>' + view.title + '</h1>');
});

app.get('/page/entries', (req, res) => {
  const view = Object.fromEntries(Object.entries({ greeting: 'Hello', name: req.query.name }));
@@  res.send(\`<p>\${view.greeting}, \${view.name}</p>\`);
});

app.get('/page/entries-const', (req, res) => {
  const view = Object.fromEntries(Object.entries({ greeting: 'Hello', name: req.query.name }));
@ok  res.send(\`<p>\${view.greeting}, guest</p>\`);
});

app.get('/page/entries-mapped', (req, res) => {
  const view = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, String(v).trim()]));
@@  res.send('<p>Results for ' + view.q + '</p>');
});

app.get('/page/entries-escaped', (req, res) => {
  const view = Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, escapeHtml(String(v))]));
@ok  res.send('<p>Results for ' + view.q + '</p>');
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "TypeScript: HTML through optional chaining, ?? and || fallbacks with a constant left side, and Number.isInteger guards",
    `import express, { Request, Response } from 'express';

const app = express();

app.get('/greet/nullish', (req: Request, res: Response) => {
  const name = (null as string | null) ?? String(req.query.name);
@@  res.send(\`<b>\${name}</b>\`);
});

app.get('/greet/nullish-const', (req: Request, res: Response) => {
  const name = 'friend' ?? String(req.query.name);
@ok  res.send(\`<b>\${name}</b>\`);
});

app.get('/greet/or-empty', (req: Request, res: Response) => {
  const name = '' || String(req.query.name);
@@  res.send(\`<b>\${name}</b>\`);
});

app.get('/greet/or-const', (req: Request, res: Response) => {
  const name = 'friend' || String(req.query.name);
@ok  res.send(\`<b>\${name}</b>\`);
});

app.post('/profile/optional', express.json(), (req: Request, res: Response) => {
  const city = req.body?.address?.city ?? 'unknown';
@@  res.send('<span class="city">' + city + '</span>');
});

app.get('/page/number', (req: Request, res: Response) => {
  const n = parseInt(String(req.query.page), 10);
  const page = Number.isInteger(n) ? n : 1;
@ok  res.send('<p>Page ' + page + '</p>');
});

app.get('/page/number-raw', (req: Request, res: Response) => {
  const n = parseInt(String(req.query.page), 10);
  const page = Number.isInteger(n) ? req.query.page : 1;
@@  res.send('<p>Page ' + page + '</p>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "file reads after Promise.resolve(x).then chains, await of async helpers and default parameters",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const ROOT = '/srv/files';

app.get('/file/then', (req, res) => {
  Promise.resolve(req.query.name)
    .then((name) => path.join(ROOT, name))
    .then((p) => {
@@      fs.readFile(p, 'utf8', (err, data) => res.type('text/plain').send(data));
    });
});

app.get('/file/then-const', (req, res) => {
  Promise.resolve(req.query.name)
    .then(() => path.join(ROOT, 'readme.txt'))
    .then((p) => {
@ok      fs.readFile(p, 'utf8', (err, data) => res.type('text/plain').send(data));
    });
});

async function lookup(name) {
  return name;
}

async function lookupDefault(name) {
  return 'index.txt';
}

app.get('/file/await', async (req, res) => {
  const name = await lookup(req.query.name);
@@  const data = await fs.promises.readFile(path.join(ROOT, name), 'utf8');
  res.type('text/plain').send(data);
});

app.get('/file/await-const', async (req, res) => {
  const name = await lookupDefault(req.query.name);
@ok  const data = await fs.promises.readFile(path.join(ROOT, name), 'utf8');
  res.type('text/plain').send(data);
});

function filePath(name, fallback = 'index.txt') {
  return path.join(ROOT, name || fallback);
}

function filePathFixed(name, fallback = 'index.txt') {
  return path.join(ROOT, fallback);
}

app.get('/file/default', (req, res) => {
@@  res.type('text/plain').send(fs.readFileSync(filePath(req.query.name), 'utf8'));
});

app.get('/file/default-fixed', (req, res) => {
@ok  res.type('text/plain').send(fs.readFileSync(filePathFixed(req.query.name), 'utf8'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "eval and new Function of || / ?? / && results with a constant on one side",
    `const express = require('express');

const app = express();

app.get('/calc/or', (req, res) => {
  const expr = '' || req.query.expr;
@@  res.json({ result: eval(expr) });
});

app.get('/calc/or-const', (req, res) => {
  const expr = '1 + 1' || req.query.expr;
@ok  res.json({ result: eval(expr) });
});

app.get('/calc/nullish', (req, res) => {
  const expr = undefined ?? req.query.expr;
@@  res.json({ result: new Function('return ' + expr)() });
});

app.get('/calc/nullish-const', (req, res) => {
  const expr = '6 * 7' ?? req.query.expr;
@ok  res.json({ result: new Function('return ' + expr)() });
});

app.get('/calc/and', (req, res) => {
  const expr = 'true' && req.query.expr;
@@  res.json({ result: eval(expr) });
});

app.get('/calc/and-const', (req, res) => {
  const expr = req.query.expr && '40 + 2';
@ok  res.json({ result: eval(expr) });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "outbound requests to URLs from optional chains over the body vs a constant table, and tagged templates",
    `const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const HOOKS = {
  build: { url: 'https://ci.example.com/hooks/build' },
  deploy: { url: 'https://ci.example.com/hooks/deploy' },
};

app.post('/hook/body', async (req, res) => {
  const target = req.body?.hooks?.[req.body.kind]?.url;
@@  const r = await axios.post(target, { ok: true });
  res.json({ status: r.status });
});

app.post('/hook/table', async (req, res) => {
  const target = HOOKS?.[req.body.kind]?.url;
  if (!target) return res.sendStatus(404);
@ok  const r = await axios.post(target, { ok: true });
  res.json({ status: r.status });
});

function join(strings, ...values) {
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? values[i] : ''), '');
}

app.get('/health/host', async (req, res) => {
  const target = join\`http://\${req.query.host}/health\`;
@@  const r = await axios.get(target);
  res.json({ status: r.status });
});

app.get('/health/query', async (req, res) => {
  const target = join\`http://status.example.com/health?service=\${encodeURIComponent(req.query.host)}\`;
@ok  const r = await axios.get(target);
  res.json({ status: r.status });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "redirects to Map values built from entries at constant keys, and a labelled block left by break",
    `const express = require('express');

const app = express();
const ALLOWED = ['/account', '/orders', '/help'];

app.get('/go/map', (req, res) => {
  const m = new Map([['home', '/'], ['next', req.query.next]]);
@@  res.redirect(m.get('next'));
});

app.get('/go/map-home', (req, res) => {
  const m = new Map([['home', '/'], ['next', req.query.next]]);
@ok  res.redirect(m.get('home'));
});

app.get('/go/entries', (req, res) => {
  const m = new Map(Object.entries({ home: '/', back: req.get('referer') }));
@@  res.redirect(m.get('back') ?? '/');
});

app.get('/go/label', (req, res) => {
  let dest = '/';
  pick: {
    if (!req.query.next) break pick;
    dest = req.query.next;
  }
@@  res.redirect(dest);
});

app.get('/go/label-allowed', (req, res) => {
  let dest = '/';
  pick: {
    if (!ALLOWED.includes(req.query.next)) break pick;
    dest = req.query.next;
  }
@ok  res.redirect(dest);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "Mongo filters set inside do/while(false) blocks with and without a typeof guard",
    `const express = require('express');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const client = new MongoClient('mongodb://localhost:27017');
const users = client.db('app').collection('users');

app.post('/user/find', async (req, res) => {
  let name = 'guest';
  do {
    if (!req.body.name) break;
    name = req.body.name;
  } while (false);
@@  const user = await users.findOne({ name });
  res.json({ found: Boolean(user) });
});

app.post('/user/find-typed', async (req, res) => {
  let name = 'guest';
  do {
    if (typeof req.body.name !== 'string') break;
    name = req.body.name;
  } while (false);
@ok  const user = await users.findOne({ name });
  res.json({ found: Boolean(user) });
});

app.post('/user/age', async (req, res) => {
  const age = req.body.age;
@@  const docs = await users.find({ $where: 'this.age > ' + age }).toArray();
  res.json(docs.length);
});

app.post('/user/age-int', async (req, res) => {
  const age = req.body.age;
  if (!Number.isInteger(age)) return res.sendStatus(400);
@ok  const docs = await users.find({ $where: 'this.age > ' + age }).toArray();
  res.json(docs.length);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "reset and session tokens from generators held in private fields and default parameters",
    `const express = require('express');
const crypto = require('crypto');

const app = express();

class TokenFactory {
  #gen;

  constructor(gen) {
    this.#gen = gen;
  }

  next() {
    return this.#gen();
  }
}

app.post('/reset', (req, res) => {
@@  const factory = new TokenFactory(() => Math.random().toString(36).slice(2));
  res.json({ resetToken: factory.next() });
});

app.post('/reset-strong', (req, res) => {
@ok  const factory = new TokenFactory(() => crypto.randomBytes(24).toString('hex'));
  res.json({ resetToken: factory.next() });
});

function sessionToken(rand = Math.random) {
@@  return Array.from({ length: 4 }, () => Math.floor(rand() * 0xffffffff).toString(16)).join('');
}

@okfunction sessionTokenStrong(size = 32) {
  return crypto.randomBytes(size).toString('base64url');
}

app.post('/login', (req, res) => {
  res.cookie('sid', sessionToken(), { httpOnly: true, secure: true });
  res.cookie('sid2', sessionTokenStrong(), { httpOnly: true, secure: true });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-328",
    "API-key fingerprints with algorithms from a Map built from entries and optional chains",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const ALGOS = new Map(Object.entries({ legacy: 'md5', current: 'sha256' }));

app.post('/keys', express.json(), (req, res) => {
  const apiKey = crypto.randomBytes(32).toString('hex');
@@  const stored = crypto.createHash(ALGOS.get('legacy')).update(apiKey).digest('hex');
  res.json({ apiKey, stored });
});

app.post('/keys-current', express.json(), (req, res) => {
  const apiKey = crypto.randomBytes(32).toString('hex');
@ok  const stored = crypto.createHash(ALGOS.get('current')).update(apiKey).digest('hex');
  res.json({ apiKey, stored });
});

const SETTINGS = { tokens: { algorithm: 'sha1' } };

app.post('/tokens', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  const algorithm = SETTINGS?.tokens?.algorithm ?? 'sha256';
@@  const digest = crypto.createHash(algorithm).update(token).digest('hex');
  res.json({ token, digest });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-327",
    "ciphers picked by find over a literal list and by template literals of constants",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt', 32);
const MODES = ['des-cbc', 'aes-256-gcm', 'rc4'];

app.post('/seal', express.text(), (req, res) => {
  const algo = MODES.find((m) => m.startsWith('des'));
  const iv = crypto.randomBytes(8);
@@  const cipher = crypto.createCipheriv(algo, KEY.subarray(0, 8), iv);
  res.send(Buffer.concat([iv, cipher.update(req.body), cipher.final()]).toString('base64'));
});

app.post('/seal-gcm', express.text(), (req, res) => {
  const algo = MODES.find((m) => m.startsWith('aes'));
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv(algo, KEY, iv);
  res.send(Buffer.concat([iv, cipher.update(req.body), cipher.final(), cipher.getAuthTag()]).toString('base64'));
});

const BITS = 256;

app.post('/wrap', express.text(), (req, res) => {
@@  const cipher = crypto.createCipheriv(\`aes-\${BITS}-ecb\`, KEY, null);
  res.send(Buffer.concat([cipher.update(req.body), cipher.final()]).toString('base64'));
});

app.post('/wrap-gcm', express.text(), (req, res) => {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv(\`aes-\${BITS}-gcm\`, KEY, iv);
  res.send(Buffer.concat([iv, cipher.update(req.body), cipher.final(), cipher.getAuthTag()]).toString('base64'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-614",
    "session cookies whose options spread a secure base before or after secure:false, and an entries round trip",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const BASE = { httpOnly: true, secure: true, sameSite: 'lax' };

app.post('/login/a', (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
@@  res.cookie('sid', sid, { ...BASE, secure: false });
  res.sendStatus(204);
});

app.post('/login/b', (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
@ok  res.cookie('sid', sid, { secure: false, ...BASE });
  res.sendStatus(204);
});

app.post('/login/c', (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
  const opts = Object.fromEntries([...Object.entries(BASE), ['secure', false]]);
@@  res.cookie('sid', sid, opts);
  res.sendStatus(204);
});

app.post('/login/d', (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
  const opts = Object.fromEntries([['secure', false], ...Object.entries(BASE)]);
@ok  res.cookie('sid', sid, opts);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1321",
    "nested writes under a request-chosen section vs a section found among the store's own keys",
    `const express = require('express');

const app = express();
app.use(express.json());
const settings = { ui: {}, mail: {} };

app.post('/settings/:section', (req, res) => {
  for (const [k, v] of Object.entries(req.body)) {
@@    settings[req.params.section][k] = v;
  }
  res.sendStatus(204);
});

app.post('/settings-safe/:section', (req, res) => {
  const section = Object.keys(settings).find((s) => s === req.params.section);
  if (!section) return res.sendStatus(404);
  for (const [k, v] of Object.entries(req.body)) {
@ok    settings[section][k] = v;
  }
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
  const keys = String(req.body.path).split('.');
  let cur = settings;
  for (let i = 0; i < keys.length - 1; i++) {
    cur = cur[keys[i]] ??= {};
  }
@@  cur[keys[keys.length - 1]] = req.body.value;
  res.sendStatus(204);
});

app.post('/prefs-safe', (req, res) => {
  const keys = String(req.body.path).split('.');
  let ok = true;
  check: for (const k of keys) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') {
      ok = false;
      break check;
    }
  }
  if (!ok) return res.sendStatus(400);
  let cur = settings;
  for (let i = 0; i < keys.length - 1; i++) {
    cur = cur[keys[i]] ??= {};
  }
@ok  cur[keys[keys.length - 1]] = req.body.value;
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-501",
    "session attributes set from request values through arrays and promise chains vs constants",
    `const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/remember', (req, res) => {
@@  req.session.username = [req.query.user, 'guest'][0];
  res.sendStatus(204);
});

app.get('/remember-guest', (req, res) => {
@ok  req.session.username = [req.query.user, 'guest'][1];
  res.sendStatus(204);
});

app.get('/role', (req, res) => {
  Promise.resolve(req.query.role).then((role) => {
@@    req.session.role = role;
    res.sendStatus(204);
  });
});

app.get('/role-default', (req, res) => {
  Promise.resolve(req.query.role).then(() => {
@ok    req.session.role = 'viewer';
    res.sendStatus(204);
  });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "TypeScript: execFile/exec of values through private-field services, typeof guards and awaited helpers",
    `import express, { Request, Response } from 'express';
import { exec, execFile } from 'child_process';

const app = express();

class Archiver {
  #target: string;
  readonly #tool = 'tar';

  constructor(target: string) {
    this.#target = target;
  }

  get command(): string {
    return \`\${this.#tool} czf /tmp/out.tgz \${this.#target}\`;
  }

  get safeCommand(): string {
    return \`\${this.#tool} czf /tmp/out.tgz /srv/data\`;
  }
}

app.get('/archive', (req: Request, res: Response) => {
  const a = new Archiver(String(req.query.dir));
@@  exec(a.command, () => res.sendStatus(204));
});

app.get('/archive-fixed', (req: Request, res: Response) => {
  const a = new Archiver(String(req.query.dir));
@ok  exec(a.safeCommand, () => res.sendStatus(204));
});

async function resolveCount(raw: unknown): Promise<number | string> {
  return typeof raw === 'number' ? raw : String(raw);
}

async function resolveCountNum(raw: unknown): Promise<number> {
  return typeof raw === 'number' ? raw : 4;
}

app.post('/ping', express.json(), async (req: Request, res: Response) => {
  const count = await resolveCount(req.body.count);
@@  exec('ping -c ' + count + ' 127.0.0.1', () => res.sendStatus(204));
});

app.post('/ping-num', express.json(), async (req: Request, res: Response) => {
  const count = await resolveCountNum(req.body.count);
@ok  exec('ping -c ' + count + ' 127.0.0.1', () => res.sendStatus(204));
});

app.get('/grep', (req: Request, res: Response) => {
  const pattern = req.query.q;
  if (typeof pattern !== 'string') return res.sendStatus(400);
@ok  execFile('grep', ['-rF', '--', pattern, '/srv/docs'], () => res.sendStatus(204));
});

app.get('/grep-shell', (req: Request, res: Response) => {
  const pattern = req.query.q;
  if (typeof pattern !== 'string') return res.sendStatus(400);
@@  exec(\`grep -rF -- \${pattern} /srv/docs\`, () => res.sendStatus(204));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "TypeScript: pg queries of values from closures, default parameters and Promise.resolve chains",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();

function whereFor(field = 'name') {
  return (value: string) => \`SELECT * FROM customers WHERE \${field} = '\${value}'\`;
}

function whereForBound(field = 'name') {
  return (_value: string) => \`SELECT * FROM customers WHERE \${field} = $1\`;
}

app.get('/customers', async (req: Request, res: Response) => {
  const q = String(req.query.name);
@@  const { rows } = await pool.query(whereFor()(q));
  res.json(rows);
});

app.get('/customers-bound', async (req: Request, res: Response) => {
  const q = String(req.query.name);
@ok  const { rows } = await pool.query(whereForBound()(q), [q]);
  res.json(rows);
});

app.get('/orders', (req: Request, res: Response) => {
  Promise.resolve(req.query.status)
@@    .then((s) => \`SELECT id FROM orders WHERE status = '\${s}'\`)
    .then((sql) => pool.query(sql))
    .then((r) => res.json(r.rows));
});

app.get('/orders-const', (req: Request, res: Response) => {
  Promise.resolve(req.query.status)
    .then(() => "SELECT id FROM orders WHERE status = 'open'")
@ok    .then((sql) => pool.query(sql))
    .then((r) => res.json(r.rows));
});

app.get('/orders/:id', async (req: Request, res: Response) => {
  const id = parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
@ok  const { rows } = await pool.query('SELECT * FROM orders WHERE id = ' + id);
  res.json(rows);
});

app.get('/orders-raw/:id', async (req: Request, res: Response) => {
  const id = parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
@@  const { rows } = await pool.query('SELECT * FROM orders WHERE id = ' + req.params.id);
  res.json(rows);
});

app.listen(3000);
`,
  ),
];
