// Dev suite "js-ts", batch 129: written blind, before any fix for it and without reading the analyzer's rules or the
// previous class batch (own code, never taken from an advisory or a held-out corpus). A second wave of JS/TS class
// hierarchies the way Node services are organised: NestJS-style controllers -> services -> repositories with
// constructor parameter properties, abstract base classes whose template methods call hooks overridden by subclasses
// (two levels deep, with super.method() calls that add or skip validation), getters/setters that sanitise or not,
// fluent builders (query and URL), static registries keyed by constants vs request data, EventEmitter queues fed by
// routes, instances cached across requests, bound methods and class-field arrows as route handlers, mixins, and
// classes exported at the top of a module and used further down. Sinks across CWE-89/78/22/79/601/918/94/1333.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch129", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch129", cwe, note, src, "typescript");

export const BATCH129: DevCase[] = [
  ...ts(
    "CWE-89",
    "NestJS-style controller -> service -> repository in layers with constructor parameter properties; the repository interpolates the argument into SQL, or binds it, or maps the sort key through a constant allow-list",
    `import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import { Pool } from 'pg';

@Injectable()
export class UserRepository {
  constructor(private readonly pool: Pool) {}

  findByName(name: string) {
@@    return this.pool.query(\`SELECT id, name, email FROM users WHERE name = '\${name}'\`);
  }

  findById(id: string) {
@ok    return this.pool.query('SELECT id, name, email FROM users WHERE id = $1', [id]);
  }

  listSorted(sort: string) {
    const columns: Record<string, string> = { name: 'name', created: 'created_at' };
    const column = Object.prototype.hasOwnProperty.call(columns, sort) ? columns[sort] : 'id';
@ok    return this.pool.query('SELECT id, name FROM users ORDER BY ' + column);
  }

  listSortedRaw(sort: string) {
@@    return this.pool.query('SELECT id, name FROM users ORDER BY ' + sort);
  }
}

@Injectable()
export class UserService {
  constructor(private readonly users: UserRepository) {}

  search(name: string) {
    return this.users.findByName(name.trim());
  }

  get(id: string) {
    return this.users.findById(id);
  }

  list(sort: string, raw: boolean) {
    return raw ? this.users.listSortedRaw(sort) : this.users.listSorted(sort);
  }
}

@Controller('users')
export class UserController {
  constructor(private readonly service: UserService) {}

  @Get('search')
  search(@Query('name') name: string) {
    return this.service.search(name);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.service.get(id);
  }

  @Get()
  list(@Query('sort') sort: string, @Query('raw') raw: string) {
    return this.service.list(sort, raw === '1');
  }
}
`,
  ),
  ...js(
    "CWE-89",
    "fluent query builder class (where/orderBy/limit/build) whose where() binds values as placeholders but orderBy() inlines the column unless it checks an allow-list; built by Express handlers and run through a cached pool",
    `const express = require('express');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

class SelectBuilder {
  constructor(table) {
    this.table = table;
    this.clauses = [];
    this.params = [];
    this.order = '';
    this.max = 50;
  }
  where(column, value) {
    this.clauses.push(column + ' = ?');
    this.params.push(value);
    return this;
  }
  whereRaw(fragment) {
    this.clauses.push(fragment);
    return this;
  }
  orderBy(column) {
    this.order = ' ORDER BY ' + column;
    return this;
  }
  limit(n) {
    this.max = Math.min(parseInt(n, 10) || 50, 100);
    return this;
  }
  build() {
    const where = this.clauses.length ? ' WHERE ' + this.clauses.join(' AND ') : '';
    return 'SELECT * FROM ' + this.table + where + this.order + ' LIMIT ' + this.max;
  }
}

class SafeSelectBuilder extends SelectBuilder {
  orderBy(column) {
    const allowed = ['price', 'name', 'created_at'];
    return super.orderBy(allowed.includes(column) ? column : 'id');
  }
}

const app = express();

app.get('/products', async (req, res) => {
  const qb = new SelectBuilder('products').where('category', req.query.category).limit(req.query.limit);
@ok  const [rows] = await pool.query(qb.build(), qb.params);
  res.json(rows);
});

app.get('/products/sorted', async (req, res) => {
  const qb = new SelectBuilder('products').where('category', req.query.category).orderBy(req.query.sort);
@@  const [rows] = await pool.query(qb.build(), qb.params);
  res.json(rows);
});

app.get('/products/sorted-safe', async (req, res) => {
  const qb = new SafeSelectBuilder('products').where('category', req.query.category).orderBy(req.query.sort);
@ok  const [rows] = await pool.query(qb.build(), qb.params);
  res.json(rows);
});

app.get('/products/search', async (req, res) => {
  const qb = new SelectBuilder('products').whereRaw("name LIKE '%" + req.query.q + "%'");
@@  const [rows] = await pool.query(qb.build(), qb.params);
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "abstract job base class with a template method commandLine() that joins a hook args() overridden by subclasses: arguments from the request, arguments validated by a two-level subclass calling super, and constant arguments",
    `import express from 'express';
import { exec } from 'child_process';

abstract class ShellJob {
  protected abstract binary(): string;
  protected abstract args(): string[];
  commandLine(): string {
    return [this.binary(), ...this.args()].join(' ');
  }
}

class ConvertJob extends ShellJob {
  constructor(protected readonly input: string, protected readonly size: string) {
    super();
  }
  protected binary() {
    return 'convert';
  }
  protected args() {
    return [this.input, '-resize', this.size, '/tmp/out.png'];
  }
}

class CheckedConvertJob extends ConvertJob {
  protected args() {
    if (!/^\\w[\\w.-]*\\.png$/.test(this.input) || !/^\\d{1,4}x\\d{1,4}$/.test(this.size)) {
      throw new Error('bad arguments');
    }
    return super.args();
  }
}

class DiskUsageJob extends ShellJob {
  protected binary() {
    return 'df';
  }
  protected args() {
    return ['-h', '/var/data'];
  }
}

const app = express();

app.post('/resize', (req, res) => {
  const job = new ConvertJob(String(req.body.file), String(req.body.size));
@@  exec(job.commandLine(), (err) => res.sendStatus(err ? 500 : 204));
});

app.post('/resize-checked', (req, res) => {
  const job = new CheckedConvertJob(String(req.body.file), String(req.body.size));
@ok  exec(job.commandLine(), (err) => res.sendStatus(err ? 500 : 204));
});

app.get('/disk', (req, res) => {
  const job = new DiskUsageJob();
@ok  exec(job.commandLine(), (err, stdout) => res.type('text').send(err ? 'error' : stdout));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "upload/download entities whose name setter applies path.basename (or not) and whose getter joins it under the storage root; a subclass that overrides the setter and skips the parent's sanitising",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const STORAGE = '/srv/app/storage';

class StoredFile {
  constructor(name) {
    this.name = name;
  }
  set name(value) {
    this._name = path.basename(String(value));
  }
  get name() {
    return this._name;
  }
  get fullPath() {
    return path.join(STORAGE, this._name);
  }
}

class LegacyFile extends StoredFile {
  set name(value) {
    this._name = String(value);
  }
  get name() {
    return this._name;
  }
}

class TrimmedFile extends StoredFile {
  set name(value) {
    super.name = String(value).trim();
  }
  get name() {
    return super.name;
  }
}

const app = express();

app.get('/files/:name', (req, res) => {
  const file = new StoredFile(req.params.name);
@ok  fs.createReadStream(file.fullPath).pipe(res);
});

app.get('/legacy/:name', (req, res) => {
  const file = new LegacyFile(req.query.name);
@@  fs.createReadStream(file.fullPath).pipe(res);
});

app.get('/trimmed', (req, res) => {
  const file = new TrimmedFile(req.query.name);
@ok  fs.createReadStream(file.fullPath).pipe(res);
});

app.delete('/files', (req, res) => {
  const file = new StoredFile('x');
  file._name = req.body.name;
@@  fs.unlink(file.fullPath, (err) => res.sendStatus(err ? 404 : 204));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "storage classes two levels deep where resolve() checks containment in the base and a subclass calls super.resolve() or replaces it with a bare path.join; the store instance is created once and cached across requests",
    `import express from 'express';
import * as fs from 'fs/promises';
import * as path from 'path';

export class DiskStore {
  constructor(protected readonly root: string) {}

  resolve(key: string): string {
    const target = path.resolve(this.root, key);
    if (!target.startsWith(this.root + path.sep)) {
      throw new Error('outside of store');
    }
    return target;
  }

  read(key: string) {
    return fs.readFile(this.resolve(key), 'utf8');
  }
}

export class TenantStore extends DiskStore {
  constructor(root: string, private readonly tenant: string) {
    super(root);
  }
  resolve(key: string): string {
    return super.resolve(path.join(this.tenant, key));
  }
}

export class FastTenantStore extends TenantStore {
  resolve(key: string): string {
    return path.join(this.root, key);
  }
}

const stores = new Map<string, DiskStore>();
function storeFor(kind: string): DiskStore {
  let store = stores.get(kind);
  if (!store) {
    store = kind === 'fast' ? new FastTenantStore('/srv/blobs', 'main') : new TenantStore('/srv/blobs', 'main');
    stores.set(kind, store);
  }
  return store;
}

const safeStore = new TenantStore('/srv/blobs', 'main');
const fastStore = new FastTenantStore('/srv/blobs', 'main');

const app = express();

app.get('/blob', async (req, res) => {
@ok  res.send(await fs.readFile(safeStore.resolve(String(req.query.key)), 'utf8'));
});

app.get('/blob-fast', async (req, res) => {
@@  res.send(await fs.readFile(fastStore.resolve(String(req.query.key)), 'utf8'));
});

app.get('/blob-cached', async (req, res) => {
  const store = storeFor('default');
@ok  res.send(await fs.readFile(store.resolve(String(req.query.key)), 'utf8'));
});

app.put('/blob-fast', express.text(), async (req, res) => {
@@  await fs.writeFile(fastStore.resolve(String(req.query.key)), req.body);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "page classes with a template method render() that wraps a body() hook; subclasses escape their fields or not, one escapes in a getter, and a two-level subclass calls super.body() after replacing the field",
    `import express, { Request } from 'express';
import escapeHtml from 'escape-html';

abstract class Page {
  protected abstract title(): string;
  protected abstract body(): string;
  render(): string {
    return '<!doctype html><html><head><title>' + this.title() + '</title></head><body>' + this.body() + '</body></html>';
  }
}

class SearchPage extends Page {
  constructor(private readonly query: string) {
    super();
  }
  protected title() {
    return 'Search';
  }
  protected body() {
    return '<h1>Results for ' + this.query + '</h1>';
  }
}

class SafeSearchPage extends Page {
  constructor(private readonly query: string) {
    super();
  }
  protected title() {
    return 'Search';
  }
  protected body() {
    return '<h1>Results for ' + escapeHtml(this.query) + '</h1>';
  }
}

class ProfilePage extends Page {
  constructor(protected readonly req: Request) {
    super();
  }
  get displayName(): string {
    return escapeHtml(String(this.req.query.name ?? 'guest'));
  }
  protected title() {
    return 'Profile';
  }
  protected body() {
    return '<p>Hello ' + this.displayName + '</p>';
  }
}

class RawProfilePage extends ProfilePage {
  get displayName(): string {
    return String(this.req.query.name ?? 'guest');
  }
}

const app = express();

app.get('/search', (req, res) => {
@@  res.send(new SearchPage(String(req.query.q)).render());
});

app.get('/search-safe', (req, res) => {
@ok  res.send(new SafeSearchPage(String(req.query.q)).render());
});

app.get('/profile', (req, res) => {
  const page = new ProfilePage(req);
@ok  res.send(page.render());
});

app.get('/profile-raw', (req, res) => {
  const page = new RawProfilePage(req);
@@  res.send(page.render());
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "redirect service class injected into a controller class whose methods are bound in the constructor or passed as arrow callbacks: a host allow-list, a relative-path check, and a passthrough",
    `const express = require('express');

class RedirectService {
  constructor(allowedHosts) {
    this.allowedHosts = new Set(allowedHosts);
  }
  safeTarget(next) {
    try {
      const url = new URL(next, 'https://app.example.com');
      return this.allowedHosts.has(url.host) ? url.toString() : '/';
    } catch {
      return '/';
    }
  }
  localPath(next) {
    return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\\\') ? next : '/';
  }
  target(next) {
    return next || '/';
  }
}

class AuthController {
  constructor(redirects) {
    this.redirects = redirects;
    this.afterLogin = this.afterLogin.bind(this);
  }
  afterLogin(req, res) {
@@    res.redirect(this.redirects.target(req.query.next));
  }
  afterLoginChecked(req, res) {
@ok    res.redirect(this.redirects.safeTarget(req.query.next));
  }
  afterLogout(req, res) {
@ok    res.redirect(302, this.redirects.localPath(req.query.returnTo));
  }
  afterSignup(req, res) {
    const next = req.body.next;
@@    res.redirect(301, next ? next : '/welcome');
  }
}

const controller = new AuthController(new RedirectService(['app.example.com', 'docs.example.com']));
const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/login/done', controller.afterLogin);
app.get('/login/done-checked', (req, res) => controller.afterLoginChecked(req, res));
app.get('/logout', controller.afterLogout.bind(controller));
app.post('/signup', (req, res) => controller.afterSignup(req, res));

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "NestJS-style injectable HTTP client services: one fetches whatever URL the controller passes, one builds the URL from a fixed base and an encoded id, one checks the host against an allow-list before fetching",
    `import { Controller, Get, Injectable, Query, Param } from '@nestjs/common';
import axios from 'axios';

const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

@Injectable()
export class PreviewService {
  private readonly timeout = 3000;

  fetchPreview(url: string) {
@@    return axios.get(url, { timeout: this.timeout });
  }

  fetchAvatar(userId: string) {
    const url = 'https://avatars.example.com/u/' + encodeURIComponent(userId) + '.png';
@ok    return axios.get(url, { timeout: this.timeout, responseType: 'arraybuffer' });
  }

  fetchImage(raw: string) {
    const url = new URL(raw);
    if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
      throw new Error('host not allowed');
    }
@ok    return axios.get(url.toString(), { timeout: this.timeout, responseType: 'arraybuffer' });
  }
}

@Injectable()
export class WebhookService {
  constructor(private readonly previews: PreviewService) {}

  async ping(target: string) {
@@    const res = await fetch(target, { method: 'POST', body: '{}' });
    return res.status;
  }
}

@Controller('media')
export class MediaController {
  constructor(
    private readonly previews: PreviewService,
    private readonly hooks: WebhookService,
  ) {}

  @Get('preview')
  async preview(@Query('url') url: string) {
    return (await this.previews.fetchPreview(url)).data;
  }

  @Get('avatar/:id')
  async avatar(@Param('id') id: string) {
    return (await this.previews.fetchAvatar(id)).data;
  }

  @Get('image')
  async image(@Query('src') src: string) {
    return (await this.previews.fetchImage(src)).data;
  }

  @Get('ping')
  ping(@Query('hook') hook: string) {
    return this.hooks.ping(hook);
  }
}
`,
  ),
  ...js(
    "CWE-94",
    "job queue built on an EventEmitter subclass: the route emits a job, a handler registered with on() evaluates the job's expression with vm or new Function, or looks up a constant script by a constant-keyed Map",
    `const express = require('express');
const EventEmitter = require('events');
const vm = require('vm');

const REPORTS = new Map([
  ['daily', 'rows.filter((r) => r.day === today).length'],
  ['total', 'rows.length'],
]);

class JobQueue extends EventEmitter {
  submit(kind, payload) {
    setImmediate(() => this.emit(kind, payload));
  }
}

const queue = new JobQueue();
const results = new Map();

queue.on('formula', (job) => {
@@  results.set(job.id, vm.runInNewContext(job.expression, { rows: [], today: 1 }));
});

queue.on('filter', function (job) {
@@  const predicate = new Function('row', 'return ' + job.where);
  results.set(job.id, [].filter(predicate));
});

queue.on('report', (job) => {
  const script = REPORTS.get('daily');
@ok  results.set(job.id, vm.runInNewContext(script, { rows: job.rows, today: job.today }));
});

queue.on('total', (job) => {
@ok  results.set(job.id, vm.runInNewContext(REPORTS.get('total'), { rows: job.rows }));
});

const app = express();
app.use(express.json());

app.post('/jobs/formula', (req, res) => {
  queue.submit('formula', { id: req.body.id, expression: req.body.expression });
  res.sendStatus(202);
});

app.post('/jobs/filter', (req, res) => {
  queue.submit('filter', { id: req.body.id, where: req.body.where });
  res.sendStatus(202);
});

app.post('/jobs/report', (req, res) => {
  queue.submit('report', { id: req.body.id, rows: req.body.rows, today: req.body.today });
  queue.submit('total', { id: req.body.id + '-t', rows: req.body.rows });
  res.sendStatus(202);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "mixins that add a matches() method to entity classes, building a RegExp from the search term as given, from the escaped term, or from a pattern chosen by a constant key in a static registry",
    `import express from 'express';

type Ctor<T = object> = new (...args: any[]) => T;

const escapeRegExp = (s: string) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

function Searchable<TBase extends Ctor<{ name: string }>>(Base: TBase) {
  return class extends Base {
    matches(term: string): boolean {
@@      return new RegExp(term, 'i').test(this.name);
    }
  };
}

function SafeSearchable<TBase extends Ctor<{ name: string }>>(Base: TBase) {
  return class extends Base {
    matches(term: string): boolean {
@ok      return new RegExp(escapeRegExp(term), 'i').test(this.name);
    }
  };
}

class Product {
  constructor(public name: string) {}
}

class Validators {
  static readonly patterns: Record<string, string> = {
    sku: '^[A-Z]{3}-\\\\d{4}$',
    slug: '^[a-z0-9-]+$',
  };
  static forKind(kind: string): RegExp {
@ok    return new RegExp(Validators.patterns[kind] ?? '^$');
  }
  static custom(source: string): RegExp {
@@    return new RegExp(source);
  }
}

const SearchableProduct = Searchable(Product);
const SafeProduct = SafeSearchable(Product);
const catalog = ['red shirt', 'blue shirt', 'green hat'];

const app = express();

app.get('/products', (req, res) => {
  const term = String(req.query.q ?? '');
  res.json(catalog.map((n) => new SearchableProduct(n)).filter((p) => p.matches(term)));
});

app.get('/products-safe', (req, res) => {
  const term = String(req.query.q ?? '');
  res.json(catalog.map((n) => new SafeProduct(n)).filter((p) => p.matches(term)));
});

app.get('/validate/sku', (req, res) => {
  res.json({ ok: Validators.forKind('sku').test(String(req.query.value)) });
});

app.get('/validate', (req, res) => {
  res.json({ ok: Validators.custom(String(req.query.pattern)).test(String(req.query.value)) });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "repository instance cached at module level and an audit EventEmitter: login/search events carry request fields to listeners that write SQL by concatenation or with placeholders; a static handler registry keyed by a constant or by the request's action",
    `const express = require('express');
const EventEmitter = require('events');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('/var/lib/app/app.db');

class AuditRepository {
  constructor(database) {
    this.db = database;
  }
  recordLogin(user, ip) {
@ok    this.db.run('INSERT INTO audit (user, ip, kind) VALUES (?, ?, ?)', [user, ip, 'login']);
  }
  recordSearch(user, term) {
@@    this.db.run("INSERT INTO audit (user, detail, kind) VALUES ('" + user + "', '" + term + "', 'search')");
  }
}

const audit = new AuditRepository(db);
const events = new EventEmitter();
events.on('login', ({ user, ip }) => audit.recordLogin(user, ip));
events.on('search', ({ user, term }) => audit.recordSearch(user, term));

class ReportHandlers {
  static handlers = {
    count: (table) => 'SELECT COUNT(*) AS n FROM ' + table,
    latest: (table) => 'SELECT * FROM ' + table + ' ORDER BY id DESC LIMIT 10',
  };
  static build(action, table) {
    const handler = ReportHandlers.handlers[action];
    return handler ? handler(table) : null;
  }
}

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  events.emit('login', { user: req.body.user, ip: req.ip });
  res.sendStatus(204);
});

app.get('/search', (req, res) => {
  events.emit('search', { user: req.query.user, term: req.query.q });
  res.json([]);
});

app.get('/reports/orders', (req, res) => {
  const sql = ReportHandlers.build(req.query.action === 'latest' ? 'latest' : 'count', 'orders');
@ok  db.all(sql, (err, rows) => res.json(err ? [] : rows));
});

app.get('/reports', (req, res) => {
  const sql = ReportHandlers.build(req.query.action, req.query.table);
@@  db.all(sql, (err, rows) => res.json(err ? [] : rows));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "deploy controller whose methods are bound in the constructor and registered as route handlers: exec with the branch in a shell string, execFile with a validated branch in an argument array, a class-field arrow method, and a constant command",
    `const express = require('express');
const { exec, execFile } = require('child_process');

const REPO = '/srv/app';
const BRANCH_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;

class DeployController {
  constructor(repoDir) {
    this.repoDir = repoDir;
    this.checkout = this.checkout.bind(this);
    this.checkoutSafe = this.checkoutSafe.bind(this);
  }

  checkout(req, res) {
    const branch = req.body.branch;
@@    exec('git -C ' + this.repoDir + ' checkout ' + branch, (err) => res.sendStatus(err ? 500 : 204));
  }

  checkoutSafe(req, res) {
    const branch = String(req.body.branch);
    if (!BRANCH_RE.test(branch)) return res.status(400).send('bad branch');
@ok    execFile('git', ['-C', this.repoDir, 'checkout', branch], (err) => res.sendStatus(err ? 500 : 204));
  }

  tag = (req, res) => {
@@    exec(\`git -C \${this.repoDir} tag \${req.body.tag}\`, (err) => res.sendStatus(err ? 500 : 204));
  };

  status = (req, res) => {
@ok    exec(\`git -C \${this.repoDir} status --short\`, (err, out) => res.type('text').send(err ? '' : out));
  };
}

const deploy = new DeployController(REPO);
const app = express();
app.use(express.json());

app.post('/deploy/checkout', deploy.checkout);
app.post('/deploy/checkout-safe', deploy.checkoutSafe);
app.post('/deploy/tag', deploy.tag);
app.get('/deploy/status', deploy.status);

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "ES module whose formatter and widget classes are exported near the top and used by handlers further down: an escaping formatter, a formatter subclass whose override drops the escape, a setter that escapes, and innerHTML-free JSON",
    `import express from 'express';
import escapeHtml from 'escape-html';

export class Formatter {
  cell(value) {
    return '<td>' + escapeHtml(String(value)) + '</td>';
  }
  row(values) {
    return '<tr>' + values.map((v) => this.cell(v)).join('') + '</tr>';
  }
}

export class RichFormatter extends Formatter {
  cell(value) {
    return '<td>' + value + '</td>';
  }
}

export class Banner {
  #text = '';
  set text(value) {
    this.#text = escapeHtml(String(value));
  }
  get html() {
    return '<div class="banner">' + this.#text + '</div>';
  }
}

export class RawBanner {
  #text = '';
  set text(value) {
    this.#text = String(value);
  }
  get html() {
    return '<div class="banner">' + this.#text + '</div>';
  }
}

const plain = new Formatter();
const rich = new RichFormatter();
const app = express();

app.get('/table', (req, res) => {
@ok  res.send('<table>' + plain.row([req.query.a, req.query.b]) + '</table>');
});

app.get('/table-rich', (req, res) => {
@@  res.send('<table>' + rich.row([req.query.a, req.query.b]) + '</table>');
});

app.get('/banner', (req, res) => {
  const banner = new Banner();
  banner.text = req.query.msg;
@ok  res.send(banner.html);
});

app.get('/banner-raw', (req, res) => {
  const banner = new RawBanner();
  banner.text = req.query.msg;
@@  res.send(banner.html);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "fluent URL builder class (host/path/query/toString) used by a gateway service: the host from the request, the host from a constant-keyed service registry with the request value only in an encoded path segment or query parameter",
    `import express from 'express';
import axios from 'axios';

class UrlBuilder {
  private segments: string[] = [];
  private params = new URLSearchParams();
  constructor(private base: string) {}
  host(base: string): this {
    this.base = base;
    return this;
  }
  path(segment: string): this {
    this.segments.push(encodeURIComponent(segment));
    return this;
  }
  query(key: string, value: string): this {
    this.params.set(key, value);
    return this;
  }
  toString(): string {
    const qs = this.params.toString();
    return this.base.replace(/\\/$/, '') + '/' + this.segments.join('/') + (qs ? '?' + qs : '');
  }
}

class Gateway {
  private static readonly services: Record<string, string> = {
    users: 'http://users.internal:8080',
    billing: 'http://billing.internal:8080',
  };
  static url(service: string): UrlBuilder {
    return new UrlBuilder(Gateway.services[service]);
  }
}

const app = express();

app.get('/users/:id', async (req, res) => {
  const url = Gateway.url('users').path('v1').path(req.params.id).query('expand', String(req.query.expand ?? ''));
@ok  const upstream = await axios.get(url.toString());
  res.json(upstream.data);
});

app.get('/proxy', async (req, res) => {
  const url = new UrlBuilder('http://localhost').host(String(req.query.upstream)).path('status');
@@  const upstream = await axios.get(url.toString());
  res.json(upstream.data);
});

app.get('/billing', async (req, res) => {
  const url = Gateway.url('billing').path('invoices').query('customer', String(req.query.customer));
@ok  const upstream = await axios.get(url.toString());
  res.json(upstream.data);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "static registry of command handlers keyed by a constant or by the request's tool name; handlers build shell strings from the target argument, one validates it as an IP literal first",
    `import express from 'express';
import { execSync } from 'child_process';
import { isIP } from 'net';

type Handler = (target: string) => string;

class Diagnostics {
  private static registry = new Map<string, Handler>();
  static register(name: string, handler: Handler) {
    Diagnostics.registry.set(name, handler);
  }
  static run(name: string, target: string): string {
    const handler = Diagnostics.registry.get(name);
    if (!handler) throw new Error('unknown tool');
    return handler(target);
  }
}

Diagnostics.register('ping', (target) => {
  if (isIP(target) === 0) throw new Error('not an IP address');
@ok  return execSync('ping -c 1 ' + target, { encoding: 'utf8' });
});

Diagnostics.register('dig', (target) => {
@@  return execSync('dig +short ' + target, { encoding: 'utf8' });
});

Diagnostics.register('uptime', () => {
@ok  return execSync('uptime', { encoding: 'utf8' });
});

const app = express();

app.get('/diag/:tool', (req, res) => {
  try {
    res.type('text').send(Diagnostics.run(req.params.tool, String(req.query.target ?? '')));
  } catch (e) {
    res.status(400).send('failed');
  }
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS-style report service injected into a controller: the service resolves the requested file under its root and checks containment, or uses basename, or joins the raw name; paths reach res.sendFile / fs.readFileSync",
    `import { Controller, Get, Injectable, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';

@Injectable()
export class ReportFiles {
  private readonly root = path.resolve('/var/reports');

  contained(name: string): string {
    const full = path.resolve(this.root, name);
    if (path.relative(this.root, full).startsWith('..') || path.isAbsolute(path.relative(this.root, full))) {
      throw new Error('forbidden');
    }
    return full;
  }

  flat(name: string): string {
    return path.join(this.root, path.basename(name));
  }

  joined(name: string): string {
    return path.join(this.root, name);
  }
}

@Controller('reports')
export class ReportController {
  constructor(private readonly files: ReportFiles) {}

  @Get('view/:name')
  view(@Param('name') name: string, @Res() res: Response) {
@ok    res.sendFile(this.files.contained(name));
  }

  @Get('raw/:name')
  raw(@Param('name') name: string) {
@ok    return fs.readFileSync(this.files.flat(name), 'utf8');
  }

  @Get('legacy/:name')
  legacy(@Param('name') name: string) {
@@    return fs.readFileSync(this.files.joined(name), 'utf8');
  }
}
`,
  ),
  ...js(
    "CWE-89",
    "generic base repository with findBy(column, value) that binds the value but inlines the column; a subclass validates the column against its own list and calls super.findBy, another subclass just forwards, both two levels under the base",
    `const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();

class BaseRepository {
  constructor(table) {
    this.table = table;
  }
  findBy(column, value) {
@@    return pool.query('SELECT * FROM ' + this.table + ' WHERE ' + column + ' = $1', [value]);
  }
  findAll() {
@ok    return pool.query('SELECT * FROM ' + this.table + ' LIMIT 100');
  }
}

class AccountRepository extends BaseRepository {
  constructor() {
    super('accounts');
  }
}

class OrderRepository extends BaseRepository {
  constructor() {
    super('orders');
  }
  findBy(column, value) {
    return super.findBy(column, value);
  }
}

class CheckedOrderRepository extends OrderRepository {
  findBy(column, value) {
    if (!['status', 'customer_id'].includes(column)) throw new Error('bad column');
    return super.findBy(column, value);
  }
}

const accounts = new AccountRepository();
const orders = new OrderRepository();
const checked = new CheckedOrderRepository();
const app = express();

app.get('/accounts', async (req, res) => {
  res.json((await accounts.findAll()).rows);
});

app.get('/orders', async (req, res) => {
  res.json((await orders.findBy(req.query.field, req.query.value)).rows);
});

app.get('/orders-checked', async (req, res) => {
  res.json((await checked.findBy(req.query.field, req.query.value)).rows);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "session-flow class hierarchy where returnUrl is a getter on the base that reads the query string, a subclass's getter validates it as a same-site path via super, and handlers redirect to it or to a constant",
    `import express, { Request, Response } from 'express';

class Flow {
  constructor(protected readonly req: Request) {}
  get returnUrl(): string {
    return String(this.req.query.return_url ?? '/');
  }
}

class SafeFlow extends Flow {
  get returnUrl(): string {
    const candidate = super.returnUrl;
    return /^\\/(?![\\/\\\\])/.test(candidate) ? candidate : '/';
  }
}

class DashboardFlow extends Flow {
  get returnUrl(): string {
    return '/dashboard';
  }
}

function finish(flow: Flow, res: Response) {
@ok  res.redirect(flow.returnUrl);
}

const app = express();

app.get('/oauth/callback', (req, res) => {
  const flow = new Flow(req);
@@  res.redirect(flow.returnUrl);
});

app.get('/oauth/callback-safe', (req, res) => {
  const flow = new SafeFlow(req);
@ok  res.redirect(flow.returnUrl);
});

app.get('/oauth/callback-dashboard', (req, res) => {
  const flow = new DashboardFlow(req);
@ok  res.redirect(flow.returnUrl);
});

app.get('/oauth/done', (req, res) => finish(new DashboardFlow(req), res));

app.listen(3000);
`,
  ),
];
