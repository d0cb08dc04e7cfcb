// Dev suite "js-ts", batch 125: class hierarchies and object-oriented value flow, each positive with a safe twin
// written before reading any analyzer code (own code, never taken from an advisory or a held-out corpus): a base
// method that builds a query/command/path/HTML from `this.x` where a subclass overrides a getter or field; `super(...)`
// with a constant vs request data; abstract template methods; static factories; mixins; prototype-style classes and
// `Object.create` overrides; methods passed as callbacks; arrow-function class fields; sanitising vs plain getters;
// instances kept on `app.locals` or a module singleton and read in another handler.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch125", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch125", cwe, note, src, "typescript");

export const BATCH125: DevCase[] = [
  ...ts(
    "CWE-89",
    "pg query built by a base class from an abstract table getter and an overridable orderBy getter: a subclass returning request data, one allow-listing it, one with constants only",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();
const SORTABLE = ['id', 'created_at', 'total'];

abstract class ListQuery {
  protected abstract get table(): string;
  protected get orderBy(): string {
    return 'id';
  }
  sql(): string {
    return 'SELECT * FROM ' + this.table + ' ORDER BY ' + this.orderBy + ' LIMIT 50';
  }
}

class UserList extends ListQuery {
  protected get table() {
    return 'users';
  }
}

class OrderList extends ListQuery {
  constructor(private readonly sort: string) {
    super();
  }
  protected get table() {
    return 'orders';
  }
  protected get orderBy() {
    return this.sort;
  }
}

class CheckedOrderList extends ListQuery {
  constructor(private readonly sort: string) {
    super();
  }
  protected get table() {
    return 'orders';
  }
  protected get orderBy() {
    return SORTABLE.includes(this.sort) ? this.sort : 'id';
  }
}

class AuditList extends ListQuery {
  protected table = 'audit_log';
  protected orderBy = 'created_at DESC';
}

class CustomList extends ListQuery {
  protected table: string;
  constructor(table: string) {
    super();
    this.table = table;
  }
}

app.get('/lists', async (req: Request, res: Response) => {
  const list: ListQuery = req.query.kind === 'orders' ? new CheckedOrderList(String(req.query.sort)) : new UserList();
@ok  const { rows } = await pool.query(list.sql());
  res.json(rows);
});

app.get('/orders', async (req: Request, res: Response) => {
  const list = new OrderList(String(req.query.sort));
@@  const { rows } = await pool.query(list.sql());
  res.json(rows);
});

app.get('/audit', async (req: Request, res: Response) => {
  const page = Number(req.query.page) || 0;
@ok  const { rows } = await pool.query(new AuditList().sql() + ' OFFSET $1', [page * 50]);
  res.json(rows);
});

app.get('/custom', async (req: Request, res: Response) => {
@@  const { rows } = await pool.query(new CustomList(String(req.query.table)).sql());
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "exec of a command object whose subclass passes a constant, request data, or a checked host to super(...), also through a static factory and String()/template conversion",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();

class ShellCommand {
  constructor(bin, arg) {
    this.bin = bin;
    this.arg = arg;
  }
  toString() {
    return this.bin + ' ' + this.arg;
  }
}

class DiskUsage extends ShellCommand {
  constructor() {
    super('du', '-sh /var/data');
  }
}

class Ping extends ShellCommand {
  constructor(host) {
    super('ping -c 1', host);
  }
  static fromQuery(query) {
    return new Ping(query.host);
  }
  static local() {
    return new Ping('127.0.0.1');
  }
}

class SafePing extends ShellCommand {
  constructor(host) {
    super('ping -c 1', /^[a-z0-9][a-z0-9.-]*$/i.test(host) ? host : 'localhost');
  }
}

app.get('/du', (req, res) => {
  const cmd = new DiskUsage();
@ok  exec(cmd.toString(), (err, out) => res.type('text/plain').send(out));
});

app.get('/ping', (req, res) => {
  const cmd = new Ping(req.query.host);
@@  exec(cmd.toString(), (err, out) => res.type('text/plain').send(out));
});

app.get('/ping-safe', (req, res) => {
  const cmd = new SafePing(req.query.host);
@ok  exec(cmd.toString(), (err, out) => res.type('text/plain').send(out));
});

app.get('/ping-factory', (req, res) => {
@@  exec(String(Ping.fromQuery(req.query)), (err, out) => res.type('text/plain').send(out));
});

app.get('/ping-local', (req, res) => {
  const cmd = req.query.verbose ? Ping.local() : new DiskUsage();
@ok  exec(\`\${cmd}\`, (err, out) => res.type('text/plain').send(out));
});

app.get('/ping-tpl', (req, res) => {
  const cmd = new Ping(req.query.host);
@@  exec(\`\${cmd} -W 2\`, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "file read through an abstract key() template method: subclasses built by static factories with a raw or parsed id, a basename'd name, and a raw name",
    `import express from 'express';
import * as fs from 'fs';
import * as path from 'path';

const app = express();
const ROOT = '/srv/files';

abstract class Storage {
  protected abstract key(): string;
  location(): string {
    return path.join(ROOT, this.key());
  }
}

class ReportStorage extends Storage {
  private constructor(private readonly name: string) {
    super();
  }
  static named(name: string) {
    return new ReportStorage(name);
  }
  protected key() {
    return 'reports/' + this.name;
  }
}

class InvoiceStorage extends Storage {
  private constructor(private readonly id: number) {
    super();
  }
  static forId(id: string) {
    return new InvoiceStorage(parseInt(id, 10));
  }
  protected key() {
    return 'invoices/' + this.id + '.pdf';
  }
}

class DocStorage extends Storage {
  constructor(private readonly name: string) {
    super();
  }
  protected key() {
    return 'docs/' + path.basename(this.name);
  }
}

class RawDocStorage extends Storage {
  constructor(private readonly name: string) {
    super();
  }
  protected key() {
    return 'docs/' + this.name;
  }
}

app.get('/reports', (req, res) => {
@@  fs.createReadStream(ReportStorage.named(String(req.query.name)).location()).pipe(res);
});

app.get('/invoices', (req, res) => {
@ok  fs.createReadStream(InvoiceStorage.forId(String(req.query.id)).location()).pipe(res);
});

app.get('/docs', (req, res) => {
  const store = new DocStorage(String(req.query.name));
@ok  res.type('text/plain').send(fs.readFileSync(store.location(), 'utf8'));
});

app.get('/docs/raw', (req, res) => {
  const store = new RawDocStorage(String(req.query.name));
@@  res.type('text/plain').send(fs.readFileSync(store.location(), 'utf8'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "html from a widget class through mixins (one escaping the heading, one only adding a timestamp, a subclass with a constant heading) and a list view mapping items through this.escape vs this.identity",
    `const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

class Widget {
  constructor(title) {
    this.title = title;
  }
  heading() {
    return this.title;
  }
  render() {
    return '<h2>' + this.heading() + '</h2>';
  }
}

const Escaped = (Base) =>
  class extends Base {
    heading() {
      return escapeHtml(String(super.heading()));
    }
  };

const Timestamped = (Base) =>
  class extends Base {
    render() {
      return super.render() + '<small>' + new Date().toISOString() + '</small>';
    }
  };

class Card extends Timestamped(Widget) {}
class SafeCard extends Escaped(Timestamped(Widget)) {}
class Banner extends Timestamped(Widget) {
  heading() {
    return 'Welcome back';
  }
}

class ListView {
  constructor(items) {
    this.items = items;
  }
  escape(s) {
    return escapeHtml(String(s));
  }
  identity(s) {
    return String(s);
  }
  html() {
    return '<ul>' + this.items.map(this.escape).map((s) => '<li>' + s + '</li>').join('') + '</ul>';
  }
  rawHtml() {
    return '<ul>' + this.items.map(this.identity).map((s) => '<li>' + s + '</li>').join('') + '</ul>';
  }
}

app.get('/card', (req, res) => {
@@  res.send(new Card(req.query.title).render());
});

app.get('/card-safe', (req, res) => {
@ok  res.send(new SafeCard(req.query.title).render());
});

app.get('/banner', (req, res) => {
@ok  res.send(new Banner(req.query.title).render());
});

app.get('/tags', (req, res) => {
  const view = new ListView([].concat(req.query.tag || []));
@ok  res.send(view.html());
});

app.get('/tags-raw', (req, res) => {
  const view = new ListView([].concat(req.query.tag || []));
@@  res.send(view.rawHtml());
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "mysql with a prototype-style repository (findSql concatenating the value vs find binding it) and Object.create copies whose table is set from request data or from an allow-list",
    `const express = require('express');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const YEARS = ['2023', '2024', '2025'];

function Repo(table) {
  this.table = table;
}
Repo.prototype.findSql = function (col, value) {
  return 'SELECT * FROM ' + this.table + ' WHERE ' + col + " = '" + value + "'";
};
Repo.prototype.find = function (col, value, cb) {
@ok  db.query('SELECT * FROM ' + this.table + ' WHERE ' + col + ' = ?', [value], cb);
};
Repo.prototype.countSql = function () {
  return 'SELECT COUNT(*) AS n FROM ' + this.table;
};

const products = new Repo('products');

const auditRepo = Object.create(Repo.prototype);
auditRepo.table = 'audit_log';
auditRepo.findSql = function (col, value) {
  return 'SELECT * FROM audit_log WHERE ' + col + ' = ' + Number(value);
};

app.get('/products', (req, res) => {
@@  db.query(products.findSql('name', req.query.name), (err, rows) => res.json(rows));
});

app.get('/products/bound', (req, res) => {
  products.find('name', req.query.name, (err, rows) => res.json(rows));
});

app.get('/audit', (req, res) => {
@ok  db.query(auditRepo.findSql('user_id', req.query.user), (err, rows) => res.json(rows));
});

app.get('/archive/count', (req, res) => {
  const repo = Object.create(products);
  repo.table = req.query.year ? 'products_' + req.query.year : 'products';
@@  db.query(repo.countSql(), (err, rows) => res.json(rows[0]));
});

app.get('/archive/count-checked', (req, res) => {
  const repo = Object.create(products);
  repo.table = YEARS.includes(req.query.year) ? 'products_' + req.query.year : 'products';
@ok  db.query(repo.countSql(), (err, rows) => res.json(rows[0]));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "redirect to a getter on a request-wrapping class vs a subclass getter that allow-lists, and arrow-function class fields redirecting to a constant field vs a caller's argument",
    `import express, { Request, Response } from 'express';

const app = express();
const NEXT_PAGES = new Set(['/', '/dashboard', '/settings', '/billing']);

class LoginFlow {
  constructor(protected readonly req: Request) {}
  get next(): string {
    return String(this.req.query.next || '/');
  }
}

class CheckedLoginFlow extends LoginFlow {
  get next(): string {
    const n = super.next;
    return NEXT_PAGES.has(n) ? n : '/';
  }
}

class Redirector {
  home = '/dashboard';
@ok  toHome = (res: Response) => res.redirect(this.home);
@@  toTarget = (res: Response, target: string) => res.redirect(target);
}

const redirector = new Redirector();

app.post('/login', (req, res) => {
  const flow = new LoginFlow(req);
@@  res.redirect(flow.next);
});

app.post('/login/checked', (req, res) => {
  const flow = new CheckedLoginFlow(req);
@ok  res.redirect(flow.next);
});

app.get('/logout', (req, res) => {
  redirector.toHome(res);
});

app.get('/go', (req, res) => {
  redirector.toTarget(res, String(req.query.url));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "new Function over a rule class's source(): subclasses pass super(...) a numeric threshold, the raw expression, a raw field name, or a JSON-quoted field name",
    `const express = require('express');

const app = express();
app.use(express.json());

class Rule {
  constructor(expr) {
    this.expr = expr;
  }
  source() {
    return 'return (' + this.expr + ');';
  }
}

class ThresholdRule extends Rule {
  constructor(limit) {
    super('ctx.total > ' + Number(limit));
  }
}

class CustomRule extends Rule {
  constructor(expr) {
    super(expr);
  }
}

class FieldRule extends Rule {
  constructor(field) {
    super('ctx.' + field + ' != null');
  }
}

class QuotedFieldRule extends Rule {
  constructor(field) {
    super('ctx[' + JSON.stringify(String(field)) + '] != null');
  }
}

app.post('/rules/threshold', (req, res) => {
  const rule = new ThresholdRule(req.body.limit);
@ok  const fn = new Function('ctx', rule.source());
  res.json({ match: fn(req.body.ctx) });
});

app.post('/rules/custom', (req, res) => {
  const rule = new CustomRule(req.body.expr);
@@  const fn = new Function('ctx', rule.source());
  res.json({ match: fn(req.body.ctx) });
});

app.post('/rules/field', (req, res) => {
  const rule = new FieldRule(req.body.field);
@@  const fn = new Function('ctx', rule.source());
  res.json({ match: fn(req.body.ctx) });
});

app.post('/rules/field-quoted', (req, res) => {
  const rule = new QuotedFieldRule(req.body.field);
@ok  const fn = new Function('ctx', rule.source());
  res.json({ match: fn(req.body.ctx) });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "axios/fetch to a URL built by an API-client base class from an abstract baseUrl getter: a constant host, a host from the query, a host looked up in a tenant table",
    `import express from 'express';
import axios from 'axios';

const app = express();
const TENANTS: Record<string, string> = { acme: 'acme.api.example.com', globex: 'globex.api.example.com' };

abstract class ApiClient {
  protected abstract get baseUrl(): string;
  url(p: string): string {
    return this.baseUrl + p;
  }
}

class BillingClient extends ApiClient {
  protected get baseUrl() {
    return 'https://billing.internal.example.com';
  }
}

class TenantClient extends ApiClient {
  constructor(private readonly host: string) {
    super();
  }
  protected get baseUrl() {
    return 'https://' + this.host;
  }
}

class KnownTenantClient extends ApiClient {
  constructor(private readonly tenant: string) {
    super();
  }
  protected get baseUrl() {
    if (!Object.prototype.hasOwnProperty.call(TENANTS, this.tenant)) throw new Error('unknown tenant');
    return 'https://' + TENANTS[this.tenant];
  }
}

app.get('/invoices/:id', async (req, res) => {
  const client = new BillingClient();
@ok  const r = await axios.get(client.url('/invoices/' + encodeURIComponent(req.params.id)));
  res.json(r.data);
});

app.get('/tenant/status', async (req, res) => {
  const client = new TenantClient(String(req.query.host));
@@  const r = await fetch(client.url('/status'));
  res.json(await r.json());
});

app.get('/tenant/known', async (req, res) => {
  const client = new KnownTenantClient(String(req.query.tenant));
@ok  const r = await fetch(client.url('/status'));
  res.json(await r.json());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "tar command from a class mapping file names through this.quote / a bound sanitiser / an arrow-field cleaner vs this.passthrough",
    `import express from 'express';
import { exec } from 'child_process';

const app = express();
app.use(express.json());
const SQ = "'";

class Archiver {
  private prefix = 'tar czf /tmp/out.tgz -- ';
  clean = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '');
  quote(s: string): string {
    return SQ + s.split(SQ).join(SQ + '"' + SQ + '"' + SQ) + SQ;
  }
  passthrough(s: string): string {
    return s;
  }
  quoted(files: string[]): string {
    return this.prefix + files.map(this.quote).join(' ');
  }
  bound(files: string[]): string {
    return this.prefix + files.map(this.quote.bind(this)).join(' ');
  }
  cleaned(files: string[]): string {
    return this.prefix + files.map(this.clean).join(' ');
  }
  raw(files: string[]): string {
    return this.prefix + files.map(this.passthrough).join(' ');
  }
}

const archiver = new Archiver();

app.post('/archive', (req, res) => {
  const files: string[] = req.body.files;
@ok  exec(archiver.quoted(files), () => res.sendStatus(204));
});

app.post('/archive/bound', (req, res) => {
  const files: string[] = req.body.files;
@ok  exec(archiver.bound(files), () => res.sendStatus(204));
});

app.post('/archive/clean', (req, res) => {
  const files: string[] = req.body.files;
@ok  exec(archiver.cleaned(files), () => res.sendStatus(204));
});

app.post('/archive/raw', (req, res) => {
  const files: string[] = req.body.files;
@@  exec(archiver.raw(files), () => res.sendStatus(204));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "html from instances kept on app.locals and in a module singleton, one field set from request data in another handler, one escaped before it is stored",
    `import express from 'express';
import escapeHtml from 'escape-html';

const app = express();
app.use(express.urlencoded({ extended: false }));

class Greeter {
  constructor(public greeting: string) {}
  html(name: string): string {
    return '<p>' + this.greeting + ', ' + escapeHtml(name) + '</p>';
  }
}

class Motd {
  text = 'Nothing new today';
  html(): string {
    return '<div class="motd">' + this.text + '</div>';
  }
}

class SiteSettings {
  banner = 'Welcome';
  footer = 'Example Corp';
  render(): string {
    return '<header>' + this.banner + '</header><footer>' + this.footer + '</footer>';
  }
}

export const settings = new SiteSettings();
app.locals.greeter = new Greeter('Hello');
app.locals.motd = new Motd();

app.get('/hi', (req, res) => {
  const g: Greeter = req.app.locals.greeter;
@ok  res.send(g.html(String(req.query.name)));
});

app.post('/motd', (req, res) => {
  (req.app.locals.motd as Motd).text = String(req.body.text);
  res.sendStatus(204);
});

app.get('/motd', (req, res) => {
@@  res.send((req.app.locals.motd as Motd).html());
});

app.post('/banner', (req, res) => {
  settings.banner = String(req.body.banner);
  res.sendStatus(204);
});

app.post('/footer', (req, res) => {
  settings.footer = escapeHtml(String(req.body.footer));
  res.sendStatus(204);
});

app.get('/', (req, res) => {
@@  res.send(settings.render());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "html from a module singleton whose only request-data field is escaped when it is set",
    `import express from 'express';
import escapeHtml from 'escape-html';

const app = express();
app.use(express.urlencoded({ extended: false }));

class SiteSettings {
  banner = 'Welcome';
  render(): string {
    return '<header>' + this.banner + '</header>';
  }
}

export const settings = new SiteSettings();

app.post('/banner', (req, res) => {
  settings.banner = escapeHtml(String(req.body.banner));
  res.sendStatus(204);
});

app.get('/', (req, res) => {
@ok  res.send(settings.render());
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "koa + knex.raw over static methods that read this.table (overridden by static fields on subclasses) and a static factory building the table name from a raw or parsed route param",
    `const Koa = require('koa');
const Router = require('@koa/router');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = new Koa();
const router = new Router();

class Model {
  static table = 'models';
  static selectSql(where) {
    return 'SELECT * FROM ' + this.table + ' WHERE ' + where;
  }
}

class Article extends Model {
  static table = 'articles';
}

class Draft extends Model {
  static table = 'drafts';
}

class TableView {
  constructor(table) {
    this.table = table;
  }
  static forTenant(ctx) {
    return new this('t_' + ctx.params.tenant + '_events');
  }
  static forTenantId(ctx) {
    return new this('t_' + parseInt(ctx.params.tenant, 10) + '_events');
  }
  countSql() {
    return 'SELECT COUNT(*) AS n FROM ' + this.table;
  }
}

class EventView extends TableView {}

router.get('/articles', async (ctx) => {
@@  const r = await knex.raw(Article.selectSql("title LIKE '%" + ctx.query.q + "%'"));
  ctx.body = r.rows;
});

router.get('/articles/by-id', async (ctx) => {
@ok  const r = await knex.raw(Article.selectSql('id = ?'), [ctx.query.id]);
  ctx.body = r.rows;
});

router.get('/mine', async (ctx) => {
  const Cls = ctx.query.kind === 'draft' ? Draft : Article;
@ok  const r = await knex.raw(Cls.selectSql('author_id = ?'), [ctx.query.author]);
  ctx.body = r.rows;
});

router.get('/t/:tenant/count', async (ctx) => {
@@  const r = await knex.raw(EventView.forTenant(ctx).countSql());
  ctx.body = r.rows[0];
});

router.get('/t/:tenant/count-id', async (ctx) => {
@ok  const r = await knex.raw(EventView.forTenantId(ctx).countSql());
  ctx.body = r.rows[0];
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "koa file reads through an object-literal store and Object.create copies: the base resolve joining the name, an override checking containment, and copies changing dir",
    `const Koa = require('koa');
const fs = require('fs/promises');
const path = require('path');

const app = new Koa();
const BASE = '/var/app/uploads';

const fileStore = {
  dir: 'public',
  resolve(name) {
    return path.join(BASE, this.dir, name);
  },
};

const safeStore = Object.create(fileStore);
safeStore.resolve = function (name) {
  const root = path.join(BASE, this.dir);
  const p = path.resolve(root, String(name));
  if (!p.startsWith(root + path.sep)) throw new Error('bad path');
  return p;
};

app.use(async (ctx, next) => {
  if (ctx.path === '/raw') {
@@    ctx.body = await fs.readFile(fileStore.resolve(ctx.query.name));
    return;
  }
  if (ctx.path === '/safe') {
@ok    ctx.body = await fs.readFile(safeStore.resolve(ctx.query.name));
    return;
  }
  if (ctx.path === '/private') {
    const store = Object.create(fileStore, { dir: { value: 'private' } });
@@    ctx.body = await fs.readFile(store.resolve(ctx.query.name));
    return;
  }
  if (ctx.path === '/thumbs') {
    const store = Object.create(safeStore);
    store.dir = 'thumbs';
@ok    ctx.body = await fs.readFile(store.resolve(ctx.query.name));
    return;
  }
  await next();
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "koa pages from an abstract Page whose render() escapes the title but not body(): a search page echoing the query in body(), a subclass escaping it, a not-found page echoing the path only in the title",
    `import Koa from 'koa';
import escapeHtml from 'escape-html';

const app = new Koa();

abstract class Page {
  abstract title(): string;
  abstract body(): string;
  render(): string {
    return '<html><head><title>' + escapeHtml(this.title()) + '</title></head><body>' + this.body() + '</body></html>';
  }
}

class SearchPage extends Page {
  constructor(protected readonly q: string) {
    super();
  }
  title() {
    return 'Search: ' + this.q;
  }
  body() {
    return '<p>No results for ' + this.q + '</p>';
  }
}

class SafeSearchPage extends SearchPage {
  body() {
    return '<p>No results for ' + escapeHtml(this.q) + '</p>';
  }
}

class NotFoundPage extends Page {
  constructor(private readonly missing: string) {
    super();
  }
  title() {
    return 'Not found: ' + this.missing;
  }
  body() {
    return '<p>The page could not be found.</p>';
  }
}

app.use(async (ctx) => {
  ctx.type = 'html';
  if (ctx.path === '/search') {
@@    ctx.body = new SearchPage(String(ctx.query.q)).render();
  } else if (ctx.path === '/search2') {
@ok    ctx.body = new SafeSearchPage(String(ctx.query.q)).render();
  } else {
@ok    ctx.body = new NotFoundPage(ctx.path).render();
  }
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "deploy commands from a class getter: module-level deployer singletons replaced in one handler (raw branch vs allow-listing subclass) and exec'd in another, plus direct construction",
    `import express from 'express';
import { exec } from 'child_process';

const app = express();
app.use(express.json());
const BRANCHES = new Set(['main', 'develop', 'release']);

class Deployer {
  constructor(protected readonly branch: string) {}
  get command(): string {
    return 'git -C /srv/app checkout ' + this.branch + ' && npm ci';
  }
}

class CheckedDeployer extends Deployer {
  get command(): string {
    return BRANCHES.has(this.branch) ? super.command : 'true';
  }
}

class MainDeployer extends Deployer {
  constructor() {
    super('main');
  }
}

let pending: Deployer = new MainDeployer();
let approved: Deployer = new MainDeployer();

app.post('/deploy/pending', (req, res) => {
  pending = new Deployer(String(req.body.branch));
  res.sendStatus(202);
});

app.post('/deploy/approved', (req, res) => {
  approved = new CheckedDeployer(String(req.body.branch));
  res.sendStatus(202);
});

app.post('/deploy/run-pending', (req, res) => {
@@  exec(pending.command, (err, out) => res.type('text/plain').send(out));
});

app.post('/deploy/run-approved', (req, res) => {
@ok  exec(approved.command, (err, out) => res.type('text/plain').send(out));
});

app.post('/deploy/main', (req, res) => {
@ok  exec(new MainDeployer().command, (err, out) => res.type('text/plain').send(out));
});

app.post('/deploy/now', (req, res) => {
@@  exec(new Deployer(String(req.body.branch)).command, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "pg query with a WHERE clause from TypeScript mixins: a soft-delete mixin over a finder concatenating the value vs over a finder using a placeholder",
    `import express from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();

type Ctor<T = object> = new (...args: any[]) => T;

const SoftDelete = <B extends Ctor<{ where(): string }>>(Base: B) =>
  class extends Base {
    where(): string {
      return super.where() + ' AND deleted_at IS NULL';
    }
  };

class ValueFinder {
  constructor(
    protected readonly col: string,
    protected readonly val: string,
  ) {}
  where(): string {
    return this.col + " = '" + this.val + "'";
  }
}

class ParamFinder {
  constructor(protected readonly col: string) {}
  where(): string {
    return this.col + ' = $1';
  }
}

const SoftValueFinder = SoftDelete(ValueFinder);
const SoftParamFinder = SoftDelete(ParamFinder);

app.get('/posts', async (req, res) => {
  const f = new SoftValueFinder('slug', String(req.query.slug));
@@  const { rows } = await pool.query('SELECT * FROM posts WHERE ' + f.where());
  res.json(rows);
});

app.get('/posts/param', async (req, res) => {
  const f = new SoftParamFinder('slug');
@ok  const { rows } = await pool.query('SELECT * FROM posts WHERE ' + f.where(), [req.query.slug]);
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "axios inside a prototype method reading this.base, constructed with an origin from the query",
    `const express = require('express');
const axios = require('axios');

const app = express();

function Upstream(base) {
  this.base = base;
}
Upstream.prototype.fetchPath = function (p) {
@@  return axios.get(this.base + p);
};

app.get('/proxy/health', async (req, res) => {
  const up = new Upstream(String(req.query.origin));
  const r = await up.fetchPath('/health');
  res.json(r.data);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "axios inside a prototype method reading this.base, constructed with a constant origin and an encoded path segment from the query",
    `const express = require('express');
const axios = require('axios');

const app = express();

function Upstream(base) {
  this.base = base;
}
Upstream.prototype.fetchPath = function (p) {
@ok  return axios.get(this.base + p);
};

const status = new Upstream('https://status.example.com');

app.get('/proxy/health', async (req, res) => {
  const r = await status.fetchPath('/health/' + encodeURIComponent(String(req.query.service)));
  res.json(r.data);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "koa redirect to a link class's href getter vs a subclass getter allow-listing local targets",
    `import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();
const LOCAL = new Set(['/', '/docs', '/pricing']);

class Link {
  constructor(readonly target: string) {}
  get href(): string {
    return this.target;
  }
}

class LocalLink extends Link {
  get href(): string {
    return LOCAL.has(this.target) ? this.target : '/';
  }
}

router.get('/out', (ctx) => {
@@  ctx.redirect(new Link(String(ctx.query.to)).href);
});

router.get('/local', (ctx) => {
@ok  ctx.redirect(new LocalLink(String(ctx.query.to)).href);
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "eval of a formula class's expression getter: raw operands and operator vs a subclass whose super(...) call coerces operands to numbers and allow-lists the operator",
    `const express = require('express');

const app = express();
const OPS = ['+', '-', '*', '/'];

class Formula {
  constructor(a, op, b) {
    this.a = a;
    this.op = op;
    this.b = b;
  }
  get expression() {
    return this.a + ' ' + this.op + ' ' + this.b;
  }
}

class SafeFormula extends Formula {
  constructor(a, op, b) {
    super(Number(a), OPS.includes(op) ? op : '+', Number(b));
  }
}

app.get('/calc', (req, res) => {
  const f = new Formula(req.query.a, req.query.op, req.query.b);
@@  res.json({ value: eval(f.expression) });
});

app.get('/calc-safe', (req, res) => {
  const f = new SafeFormula(req.query.a, req.query.op, req.query.b);
@ok  res.json({ value: eval(f.expression) });
});

app.listen(3000);
`,
  ),
];
