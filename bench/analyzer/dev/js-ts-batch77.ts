// Dev suite "js-ts", batch 77: written blind, before any fix for it (own code). Every label here is decided by the
// data flow rather than by the sink's name: class fields set in a constructor and read in another method, closures
// over request values, promise chains, fs callbacks, event emitters, map/reduce/forEach, spread and rest, renamed and
// defaulted destructuring, Object.assign and Object.entries loops, Map get/set by constant key, optional chaining and
// nullish defaults, a sanitiser whose result is dropped or applied to another variable, a variable overwritten by a
// constant, guards that return vs guards that only log, typeof/Number/parseInt conversions, allow-list includes,
// middleware filling res.locals, TypeScript generics and `as string` assertions.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch77", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch77", cwe, note, src, "typescript");

export const BATCH77: DevCase[] = [
  ...js(
    "CWE-78",
    "class field set from the request in the constructor, run by another method vs a constant field",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();
app.use(express.json());

class Archiver {
  constructor(req) {
    this.target = req.body.dir;
    this.tool = 'tar';
  }

  run(cb) {
@@    exec('tar czf /tmp/out.tgz ' + this.target, cb);
  }

  version(cb) {
@ok    exec(this.tool + ' --version', cb);
  }
}

app.post('/archive', (req, res) => {
  const a = new Archiver(req);
  a.version(() => {});
  a.run((err) => res.sendStatus(err ? 500 : 200));
});
`,
  ),
  ...js(
    "CWE-78",
    "promise chain hands a query value to a promisified exec vs a chain that replaces it with a constant",
    `const util = require('util');
const { exec } = require('child_process');
const express = require('express');
const execP = util.promisify(exec);
const app = express();

app.get('/lookup', (req, res) => {
  Promise.resolve(req.query.domain)
@@    .then((d) => execP('nslookup ' + d))
    .then(({ stdout }) => res.json({ out: stdout }))
    .catch(() => res.sendStatus(500));
});

app.get('/uptime', (req, res) => {
  Promise.resolve(req.query.domain)
    .then(() => 'uptime -p')
@ok    .then((cmd) => execP(cmd))
    .then(({ stdout }) => res.json({ out: stdout }))
    .catch(() => res.sendStatus(500));
});
`,
  ),
  ...js(
    "CWE-78",
    "closure captures a body field and runs it vs a closure over an allow-listed value",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/convert', (req, res) => {
  const fmt = req.body.format;
  const convert = (file, done) => {
@@    exec(\`pandoc \${file} -t \${fmt} -o /tmp/out\`, done);
  };
  convert('input.md', (err) => res.sendStatus(err ? 500 : 200));
});

const FORMATS = ['html', 'docx', 'pdf'];

app.post('/convert-safe', (req, res) => {
  const fmt = FORMATS.includes(req.body.format) ? req.body.format : 'html';
  const convert = (file, done) => {
@ok    exec(\`pandoc \${file} -t \${fmt} -o /tmp/out\`, done);
  };
  convert('input.md', (err) => res.sendStatus(err ? 500 : 200));
});
`,
  ),
  ...ts(
    "CWE-78",
    "rest parameters joined into a shell line, a generic identity and an as-string assertion vs parseInt",
    `import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();

function sh(...args: string[]): string {
@@  return execSync(args.join(' ')).toString();
}

function pass<T>(v: T): T {
  return v;
}

app.get('/ls', (req: Request, res: Response) => {
  const dir = pass(req.query.dir as string);
  res.type('text/plain').send(sh('ls', '-la', dir));
});

app.get('/probe', (req: Request, res: Response) => {
  const port = parseInt(req.query.port as string, 10);
@ok  const out = execSync('nc -z 127.0.0.1 ' + port + ' && echo open').toString();
  res.type('text/plain').send(out);
});
`,
  ),
  ...js(
    "CWE-78",
    "event emitter carries a request value to a listener that runs git vs a listener fed a constant",
    `const { EventEmitter } = require('events');
const { exec } = require('child_process');
const express = require('express');

const bus = new EventEmitter();
const app = express();

bus.on('checkout', (branch) => {
@@  exec('git checkout ' + branch, { cwd: '/srv/repo' }, () => {});
});

bus.on('gc', (level) => {
@ok  exec('git gc --' + level, { cwd: '/srv/repo' }, () => {});
});

app.post('/deploy', (req, res) => {
  bus.emit('checkout', req.query.branch);
  bus.emit('gc', 'aggressive');
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-89",
    "renamed and defaulted destructuring into a template query vs an allow-listed sort column and a placeholder",
    `const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const app = express();

app.get('/orders', async (req, res) => {
  const { status: st = 'open', limit = 10 } = req.query;
@@  const r = await pool.query(\`SELECT * FROM orders WHERE status = '\${st}' LIMIT \${limit}\`);
  res.json(r.rows);
});

const SORTABLE = ['id', 'created_at', 'total'];

app.get('/orders/sorted', async (req, res) => {
  const { sort: sortKey = 'id', status: st = 'open' } = req.query;
  const col = SORTABLE.includes(sortKey) ? sortKey : 'id';
@ok  const r = await pool.query(\`SELECT * FROM orders WHERE status = $1 ORDER BY \${col}\`, [st]);
  res.json(r.rows);
});
`,
  ),
  ...js(
    "CWE-89",
    "Object.entries over a spread of the body builds the WHERE vs keys checked against a Set and values bound",
    `const express = require('express');
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database('shop.db');
const app = express();
app.use(express.json());

app.post('/search', (req, res) => {
  const filters = { ...req.body };
  const where = [];
  for (const [k, v] of Object.entries(filters)) {
    where.push(\`\${k} = '\${v}'\`);
  }
@@  db.all('SELECT * FROM products WHERE ' + where.join(' AND '), (err, rows) => res.json(rows));
});

const ALLOWED = new Set(['brand', 'color', 'size']);

app.post('/search-safe', (req, res) => {
  const clauses = [];
  const params = [];
  for (const [k, v] of Object.entries(req.body)) {
    if (!ALLOWED.has(k)) continue;
    clauses.push(\`\${k} = ?\`);
    params.push(v);
  }
@ok  db.all('SELECT * FROM products WHERE ' + clauses.join(' AND '), params, (err, rows) => res.json(rows));
});
`,
  ),
  ...js(
    "CWE-89",
    "escape() called with its result dropped vs its result used, and a variable overwritten by a constant",
    `const express = require('express');
const mysql = require('mysql');
const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'app' });
const app = express();

app.get('/user', (req, res) => {
  const id = req.query.id;
  mysql.escape(id);
@@  db.query('SELECT * FROM users WHERE id = ' + id, (err, rows) => res.json(rows));
});

app.get('/user-safe', (req, res) => {
  const id = mysql.escape(req.query.id);
@ok  db.query('SELECT * FROM users WHERE id = ' + id, (err, rows) => res.json(rows));
});

app.get('/report', (req, res) => {
  let table = req.query.table;
  table = 'monthly_report';
@ok  db.query('SELECT * FROM ' + table, (err, rows) => res.json(rows));
});
`,
  ),
  ...ts(
    "CWE-89",
    "repository class keeps the tenant from the request in a field and interpolates it later vs Number()",
    `import { Request, Response, Router } from 'express';
import knex from 'knex';

const db = knex({ client: 'pg' });
const router = Router();

class InvoiceRepo {
  private tenant: string;
  private page: number;

  constructor(req: Request) {
    this.tenant = String(req.headers['x-tenant'] ?? 'public');
    this.page = Number(req.query.page) || 0;
  }

  list() {
@@    return db.raw(\`SELECT * FROM invoices WHERE tenant = '\${this.tenant}'\`);
  }

  paged() {
@ok    return db.raw(\`SELECT * FROM invoices ORDER BY id LIMIT 20 OFFSET \${this.page * 20}\`);
  }
}

router.get('/invoices', async (req: Request, res: Response) => {
  const repo = new InvoiceRepo(req);
  res.json(req.query.page ? await repo.paged() : await repo.list());
});

export default router;
`,
  ),
  ...js(
    "CWE-22",
    "nested fs.readFile callbacks: the inner path joins a captured query value vs a name from the manifest",
    `const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();

app.get('/page', (req, res) => {
  const name = req.query.page;
  fs.readFile(path.join(__dirname, 'manifest.json'), 'utf8', (err, data) => {
    const base = JSON.parse(data).root;
@@    fs.readFile(path.join(base, name), 'utf8', (e, body) => res.json({ body }));
  });
});

app.get('/index', (req, res) => {
  fs.readFile(path.join(__dirname, 'manifest.json'), 'utf8', (err, data) => {
    const manifest = JSON.parse(data);
@ok    fs.readFile(path.join(__dirname, 'docs', manifest.index), 'utf8', (e, body) => res.json({ body }));
  });
});
`,
  ),
  ...js(
    "CWE-22",
    "a containment check that only logs vs the same check that returns",
    `const path = require('path');
const express = require('express');
const app = express();
const UPLOADS = path.resolve(__dirname, 'uploads');

app.get('/download', (req, res) => {
  const full = path.resolve(UPLOADS, req.query.file);
  if (!full.startsWith(UPLOADS + path.sep)) {
    console.warn('outside uploads', full);
  }
@@  res.sendFile(full);
});

app.get('/download-safe', (req, res) => {
  const full = path.resolve(UPLOADS, req.query.file);
  if (!full.startsWith(UPLOADS + path.sep)) {
    return res.status(403).end();
  }
@ok  res.sendFile(full);
});
`,
  ),
  ...ts(
    "CWE-22",
    "for await over request file names mapped to reads vs names filtered through a manifest Set",
    `import express, { Request, Response } from 'express';
import { promises as fsp } from 'fs';
import path from 'path';

const app = express();
app.use(express.json());
const ASSETS = path.join(__dirname, 'assets');
const MANIFEST = new Set(['app.css', 'theme.css', 'print.css']);

app.post('/bundle', async (req: Request, res: Response) => {
  const names: string[] = req.body.files;
  let out = '';
@@  for await (const part of names.map((n) => fsp.readFile(path.join(ASSETS, n), 'utf8'))) {
    out += part;
  }
  res.type('text/css').send(out);
});

app.post('/bundle-safe', async (req: Request, res: Response) => {
  const names: string[] = (req.body.files as string[]).filter((n) => MANIFEST.has(n));
  let out = '';
  for (const n of names) {
@ok    out += await fsp.readFile(path.join(ASSETS, n), 'utf8');
  }
  res.type('text/css').send(out);
});
`,
  ),
  ...js(
    "CWE-22",
    "Object.assign merges query options into defaults and the merged root is read vs an option kept from defaults",
    `const fs = require('fs');
const express = require('express');
const app = express();

const DEFAULTS = { root: '/var/www/static', encoding: 'utf8', file: 'index.html' };

app.get('/static', (req, res) => {
  const opts = Object.assign({}, DEFAULTS, req.query);
@@  fs.createReadStream(opts.root + '/' + opts.file).pipe(res);
});

app.get('/static-safe', (req, res) => {
  const opts = Object.assign({}, DEFAULTS, { encoding: req.query.encoding });
@ok  fs.createReadStream(opts.root + '/' + opts.file, { encoding: opts.encoding }).pipe(res);
});
`,
  ),
  ...js(
    "CWE-79",
    "middleware copies a query value into res.locals and a later handler writes it into HTML vs a server-set local",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
  res.locals.ref = req.query.ref || '';
  res.locals.year = new Date().getFullYear();
  next();
});

app.get('/', (req, res) => {
@@  res.send('<footer>Referred by ' + res.locals.ref + '</footer>');
});

app.get('/about', (req, res) => {
@ok  res.send('<footer>&copy; ' + res.locals.year + '</footer>');
});
`,
  ),
  ...js(
    "CWE-79",
    "Map set under two constant keys, one from the query: the tainted key is written, the constant one too",
    `const express = require('express');
const app = express();

app.get('/greet', (req, res) => {
  const vals = new Map();
  vals.set('name', req.query.name);
  vals.set('site', 'Example Shop');
@ok  res.write(\`<title>\${vals.get('site')}</title>\`);
@@  res.end(\`<h1>Hi \${vals.get('name')}</h1>\`);
});
`,
  ),
  ...js(
    "CWE-79",
    "reduce concatenates query tags into list items vs map with escaping, and a count",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/tags', (req, res) => {
  const tags = String(req.query.tags || '').split(',');
  const html = tags.reduce((acc, t) => acc + '<li>' + t + '</li>', '');
@@  res.send('<ul>' + html + '</ul>');
});

app.get('/tags-safe', (req, res) => {
  const tags = String(req.query.tags || '').split(',');
  const html = tags.map((t) => '<li>' + escapeHtml(t) + '</li>').join('');
@ok  res.send('<ul>' + html + '</ul>');
@ok  res.end('<p>' + tags.length + ' tags</p>');
});
`,
  ),
  ...js(
    "CWE-79",
    "validator.escape result dropped vs assigned, and escaping applied to the other variable",
    `const express = require('express');
const validator = require('validator');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/comment', (req, res) => {
  let body = req.body.text;
  validator.escape(body);
@@  res.send('<div class="c">' + body + '</div>');
});

app.post('/comment-safe', (req, res) => {
  let body = req.body.text;
  body = validator.escape(body);
@ok  res.send('<div class="c">' + body + '</div>');
});

app.get('/results', (req, res) => {
  const q = req.query.q;
  const section = req.query.section;
  const safeQ = validator.escape(q);
@@  res.send(\`<p>Results for \${safeQ} in \${section}</p>\`);
});
`,
  ),
  ...ts(
    "CWE-79",
    "DOM: class field read from location.hash in the constructor and rendered by another method vs a label field",
    `class SearchBox {
  private query: string;
  private label = 'Search';

  constructor(private el: HTMLElement) {
    this.query = decodeURIComponent(location.hash.slice(1));
  }

  render(): void {
@@    this.el.innerHTML = '<span class="q">' + this.query + '</span>';
  }

  renderLabel(): void {
@ok    this.el.innerHTML = '<span class="l">' + this.label + '</span>';
  }

  renderText(): void {
@ok    this.el.textContent = this.query;
  }
}

const box = new SearchBox(document.getElementById('search')!);
box.renderLabel();
box.render();
box.renderText();
`,
  ),
  ...js(
    "CWE-79",
    "DOM: URLSearchParams value with a nullish default into innerHTML vs a Number() count",
    `const params = new URLSearchParams(window.location.search);
const msg = params.get('msg') ?? 'Welcome back';
const count = Number(params.get('n') ?? 0);

const banner = document.querySelector('#banner');
@@ banner.innerHTML = '<strong>' + msg + '</strong>';
@ok document.querySelector('#count').innerHTML = '<b>' + count + '</b> new';
`,
  ),
  ...js(
    "CWE-601",
    "optional chaining and ?? default into res.redirect vs a Set allow-list",
    `const express = require('express');
const app = express();

app.get('/login/done', (req, res) => {
  const target = req.query?.returnTo ?? '/';
@@  res.redirect(target);
});

const DESTS = new Set(['/', '/account', '/orders']);

app.get('/logout', (req, res) => {
  const target = req.query?.returnTo ?? '/';
  const dest = DESTS.has(target) ? target : '/';
@ok  res.redirect(dest);
});
`,
  ),
  ...ts(
    "CWE-601",
    "login flow object keeps the next URL from the query and redirects later vs one that keeps only a path id",
    `import { Request, Response, Router } from 'express';

const router = Router();

class LoginFlow {
  private dest: string;
  private step: string;

  constructor(req: Request) {
    this.dest = (req.query.next as string) || '/';
    this.step = '/login/otp';
  }

  finish(res: Response): void {
@@    res.redirect(this.dest);
  }

  nextStep(res: Response): void {
@ok    res.redirect(this.step);
  }
}

router.post('/login', (req: Request, res: Response) => {
  const flow = new LoginFlow(req);
  if (req.body.otp) flow.nextStep(res);
  else flow.finish(res);
});

export default router;
`,
  ),
  ...js(
    "CWE-918",
    "promise chain fetches a renamed query URL vs a service base looked up by key with a fixed path",
    `const express = require('express');
const axios = require('axios');
const app = express();

app.get('/preview', (req, res) => {
  const { url: link } = req.query;
  Promise.resolve()
@@    .then(() => axios.get(link))
    .then((r) => res.json({ status: r.status }))
    .catch(() => res.sendStatus(502));
});

const SERVICES = { users: 'http://users.internal:8080', orders: 'http://orders.internal:8080' };

app.get('/health/:svc', async (req, res) => {
  const base = SERVICES[req.params.svc];
  if (!base) return res.sendStatus(404);
@ok  const r = await axios.get(base + '/health');
  res.json({ status: r.status });
});
`,
  ),
  ...ts(
    "CWE-918",
    "new URL with a request path against a base (an absolute value replaces the host) vs an encoded id under a fixed path",
    `import express, { Request, Response } from 'express';

const app = express();
const API = 'https://api.internal.example';

app.get('/proxy', async (req: Request, res: Response) => {
@@  const r = await fetch(new URL(req.query.path as string, API));
  res.status(r.status).json(await r.json());
});

app.get('/item', async (req: Request, res: Response) => {
  const id = encodeURIComponent(String(req.query.id));
@ok  const r = await fetch(new URL('/v1/items/' + id, API));
  res.status(r.status).json(await r.json());
});
`,
  ),
  ...js(
    "CWE-94",
    "forEach evals each posted formula vs a Function built from a typeof-checked number",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const formulas = req.body.formulas || [];
  const results = [];
  formulas.forEach((f) => {
@@    results.push(eval(f));
  });
  res.json(results);
});

app.post('/scale', (req, res) => {
  const n = typeof req.body.factor === 'number' ? req.body.factor : 1;
@ok  const scale = new Function('x', 'return x * ' + n);
  res.json((req.body.values || []).map((v) => scale(Number(v))));
});
`,
  ),
  ...js(
    "CWE-94",
    "event listener compiles a rule emitted from the body vs a vm script from a constant",
    `const { EventEmitter } = require('events');
const vm = require('vm');
const express = require('express');

const rules = [];
const bus = new EventEmitter();
const app = express();
app.use(express.json());

bus.on('rule', (src) => {
@@  rules.push(new Function('row', 'return ' + src));
});

const TOTAL = 'row.qty * row.price';
@ok const totalScript = new vm.Script('(' + 'function (row) { return ' + TOTAL + '; }' + ')');

app.post('/rules', (req, res) => {
  bus.emit('rule', req.body.expr);
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-943",
    "spread of the body and Object.assign of the query into Mongo filters vs String() and typeof-checked fields",
    `const express = require('express');
const User = require('./models/user');
const Product = require('./models/product');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ ...req.body, active: true });
  res.json({ ok: !!user });
});

app.post('/login-safe', async (req, res) => {
@ok  const user = await User.findOne({ email: String(req.body.email), active: true });
  res.json({ ok: !!user });
});

app.get('/products', async (req, res) => {
  const filter = Object.assign({}, req.query);
@@  res.json(await Product.find(filter));
});

app.get('/products-safe', async (req, res) => {
  const category = typeof req.query.category === 'string' ? req.query.category : 'all';
@ok  res.json(await Product.find({ category }));
});
`,
  ),
  ...ts(
    "CWE-943",
    "service class stores a query value in a field and builds $where from it vs an $eq on the same field",
    `import { Request, Response } from 'express';
import { Collection } from 'mongodb';

export class NoteSearch {
  private owner: string;

  constructor(private notes: Collection, req: Request) {
    this.owner = req.query.owner as string;
  }

  byWhere() {
@@    return this.notes.find({ $where: "this.owner == '" + this.owner + "'" }).toArray();
  }

  byEq() {
@ok    return this.notes.find({ owner: { $eq: String(this.owner) } }).toArray();
  }
}

export async function handler(req: Request, res: Response, notes: Collection) {
  const s = new NoteSearch(notes, req);
  res.json(req.query.fast ? await s.byEq() : await s.byWhere());
}
`,
  ),
  ...js(
    "CWE-1321",
    "dotted-path setter fed body values vs the same setter refusing __proto__/constructor/prototype",
    `const express = require('express');
const app = express();
app.use(express.json());
const settings = {};

function setPath(obj, dotted, value) {
  const keys = dotted.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur = cur[keys[i]] = cur[keys[i]] || {};
  }
@@  cur[keys[keys.length - 1]] = value;
}

function setPathSafe(obj, dotted, value) {
  const keys = dotted.split('.');
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) return;
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur = cur[keys[i]] = cur[keys[i]] || {};
  }
@ok  cur[keys[keys.length - 1]] = value;
}

app.post('/settings', (req, res) => {
  setPath(settings, req.body.path, req.body.value);
  setPathSafe(settings, req.body.path, req.body.value);
  res.json(settings);
});
`,
  ),
  ...js(
    "CWE-1321",
    "two-level write keyed by body fields on a plain object vs a Map of Maps",
    `const express = require('express');
const app = express();
app.use(express.json());

const prefs = {};
const prefMap = new Map();

app.post('/prefs', (req, res) => {
  const { section, key, value } = req.body;
  prefs[section] = prefs[section] || {};
@@  prefs[section][key] = value;
  res.sendStatus(204);
});

app.post('/prefs-safe', (req, res) => {
  const { section, key, value } = req.body;
  if (!prefMap.has(section)) prefMap.set(section, new Map());
@ok  prefMap.get(section).set(key, value);
  res.sendStatus(204);
});
`,
  ),
];
