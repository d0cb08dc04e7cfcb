// Dev suite "js-ts", batch 133: written blind, before any fix for it and without reading the analyzer's rules or
// batches 126 / 132 (own code, never taken from an advisory or a held-out corpus). A third wave shaped like a broad
// rule set's own line-level tests, aimed at the code shapes a rule tuned on tidy code misses: module aliasing
// (renamed destructuring, `cp['exec']`, `import * as`, default imports), util.promisify and fs/promises, event
// emitter callbacks (req.on('data'), ws / net sockets), streams, destructured and renamed request fields with
// defaults, spreads into options objects, ?. / ??, computed member sinks, .call / .apply / .bind / Reflect.apply,
// class fields and arrow methods, TypeScript syntax (decorators, generics, as any, !, enums, satisfies, namespaces),
// NestJS / Koa / Fastify handlers, Angular / Vue / jQuery / DOM sinks. `@@` lines must be reported with the file's
// CWE, `@ok` lines (the safe twins) must stay clean.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch133", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch133", cwe, note, src, "typescript");

export const BATCH133: DevCase[] = [
  // ---------------------------------------------------------------- part 1: command and code injection
  ...js(
    "CWE-78",
    "child_process aliased: the module in a variable, renamed destructuring, computed member with a constant key, .call / .apply / .bind / Reflect.apply on the sink",
    `const cp = require('child_process');
const { exec: run, execSync } = cp;
const express = require('express');
const app = express();

app.get('/ls', (req, res) => {
@@  cp['exec']('ls -la ' + req.query.dir, (e, out) => res.json({ out }));
});

app.get('/du', (req, res) => {
  const { dir = '.' } = req.query;
@@  run(\`du -sh \${dir}\`, (e, out) => res.json({ out }));
});

app.get('/du-logs', (req, res) => {
@ok  run('du -sh /var/log', (e, out) => res.json({ out }));
});

app.post('/grep', express.json(), (req, res) => {
  const { filter: { name: needle } = {} } = req.body || {};
@@  const out = execSync('grep -rl ' + needle + ' /srv/data');
  res.json({ out: String(out) });
});

app.get('/cat', (req, res) => {
  const method = 'execSync';
@@  const out = cp[method]('cat /srv/notes/' + req.query.file);
  res.json({ out: String(out) });
});

app.get('/whois', (req, res) => {
@@  run.call(null, 'whois ' + req.query.domain, (e, out) => res.json({ out }));
});

app.get('/host', (req, res) => {
@@  Reflect.apply(run, cp, ['host ' + req.query.domain]);
  res.end();
});

app.get('/dig', (req, res) => {
  const dig = execSync.bind(cp);
@@  dig('dig +short ' + req.query.domain);
  res.end();
});

app.get('/dig2/:domain', (req, res) => {
@@  execSync.apply(cp, ['dig +short ' + req.params.domain]);
  res.end();
});

app.get('/dig3/:domain', (req, res) => {
  const domain = req.params.domain;
  if (!/^[a-z0-9.]+$/i.test(domain)) return res.sendStatus(400);
@ok  execSync.apply(cp, ['dig +short ' + domain]);
  res.end();
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "import * as / default import of child_process, util.promisify of exec and execFile, spreads of defaults into spawn options with shell: true, request bodies cast with as any",
    `import * as child from 'child_process';
import cp from 'node:child_process';
import { promisify } from 'util';
import util from 'node:util';
import express, { Request, Response } from 'express';

const execP = promisify(child.exec);
const execFileP = util.promisify(cp.execFile);
const app = express();
app.use(express.json());

app.get('/ping', async (req: Request, res: Response) => {
  const host = req.query.host as string;
@@  const { stdout } = await execP(\`ping -c 1 \${host}\`);
  res.json({ stdout });
});

app.get('/ping-safe', async (req: Request, res: Response) => {
  const host = String(req.query.host ?? 'localhost');
@ok  const { stdout } = await execFileP('ping', ['-c', '1', '--', host]);
  res.json({ stdout });
});

app.post('/thumb', async (req: Request, res: Response) => {
  const opts = { ...(req.body as any) };
@@  await execP('gm convert ' + opts.src + ' -resize 64x64 /tmp/thumb.png');
  res.end();
});

const defaults = { cwd: '/tmp', env: process.env };

app.post('/gzip', (req: Request, res: Response) => {
  const name: string = req.body!.name;
@@  const p = cp.spawn('gzip', ['-k', name], { ...defaults, shell: true });
  p.on('close', () => res.end());
});

app.post('/gzip-safe', (req: Request, res: Response) => {
  const name: string = req.body!.name;
@ok  const p = cp.spawn('gzip', ['-k', '--', name], { ...defaults, shell: false });
  p.on('close', () => res.end());
});

app.post('/tool', (req: Request, res: Response) => {
  const { tool } = req.body as { tool: string };
@@  const p = child.spawnSync(tool, { ...defaults, shell: true });
  res.json({ status: p.status });
});

app.post('/fork-arg', async (req: Request, res: Response) => {
  const opts = { shell: '/bin/bash', ...defaults };
@@  await execFileP('tar', ['-czf', '/tmp/out.tgz', req.body.dir], opts);
  res.end();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "event-emitter sources: a raw http request body read with req.on('data'), a ws message, a net socket's data, with a constant-table twin",
    `const http = require('http');
const net = require('net');
const WebSocket = require('ws');
const { exec, execSync } = require('child_process');

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const { target } = JSON.parse(body);
@@    exec('traceroute -m 8 ' + target, (e, out) => res.end(JSON.stringify({ out })));
  });
}).listen(3000);

const wss = new WebSocket.Server({ port: 8080 });
wss.on('connection', (ws) => {
  ws.on('message', (msg) => {
    const cmd = JSON.parse(msg.toString());
@@    exec('git log --oneline ' + cmd.branch, (err, out) => ws.send(JSON.stringify({ out })));
  });
});

const LOOKUPS = { a: 'nslookup example.com', b: 'nslookup example.org' };
net.createServer((socket) => {
  socket.on('data', (buf) => {
    const name = buf.toString().trim();
@@    execSync(\`nslookup \${name}\`);
@ok    execSync(LOOKUPS[name === 'b' ? 'b' : 'a']);
    socket.end('ok');
  });
}).listen(9000);
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS controller: @Query() / @Body() / @Param() parameters into exec and execSync through a class field alias and an arrow-function method",
    `import { Controller, Get, Post, Query, Body, Param } from '@nestjs/common';
import { exec, execSync, execFileSync } from 'child_process';

class ExportDto {
  format!: string;
  table!: string;
}

enum Tool {
  Uptime = 'uptime',
  Df = 'df -h',
}

@Controller('ops')
export class OpsController {
  private readonly shell = execSync;

  @Get('logs')
  logs(@Query('unit') unit: string) {
@@    return this.shell(\`journalctl -u \${unit} -n 50\`).toString();
  }

  @Post('export')
  exportTable(@Body() dto: ExportDto) {
@@    exec('pg_dump -t ' + dto.table + ' --format=' + dto.format + ' app');
    return { started: true };
  }

  @Get('kill/:pid')
  kill(@Param('pid') pid: string) {
@@    return execSync('kill -9 ' + pid).toString();
  }

  @Get('kill-safe/:pid')
  killSafe(@Param('pid') pid: string) {
    const n = parseInt(pid, 10);
@ok    return execSync('kill -9 ' + n).toString();
  }

  @Get('tool')
  tool(@Query('which') which: string) {
    const cmd = which === 'df' ? Tool.Df : Tool.Uptime;
@ok    return this.shell(cmd).toString();
  }

  count = (name: string) => execFileSync('grep', ['-cF', '--', name, '/srv/data/index.txt']);

  @Get('count')
  hits(@Query('name') name: string) {
@ok    return { hits: Number(this.count(name)) };
  }
}
`,
  ),
  ...js(
    "CWE-94",
    "code injection: eval / indirect eval / new Function / setTimeout with a string / vm with request data, and their constant or function twins",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

function tick(n) { return n; }

app.post('/calc', (req, res) => {
  const { expr = '0' } = req.body;
@@  const result = eval(expr);
  res.json({ result });
});

app.get('/calc2', (req, res) => {
@@  const result = (0, eval)(req.query.js);
  res.json({ result });
});

app.get('/body', (req, res) => {
@@  const v = Function('n', req.query.body)(1);
  res.json({ v });
});

app.get('/timer-safe', (req, res) => {
  const n = Number(req.query.n);
@ok  setTimeout(() => tick(n), 10);
  res.end();
});

app.get('/fn', (req, res) => {
@@  const f = new Function('a', 'return a ' + req.query.op + ' 2');
  res.json({ v: f(3) });
});

app.get('/fn-safe', (req, res) => {
  const op = req.query.op === 'mul' ? 'mul' : 'add';
@ok  const f = new Function('a', op === 'mul' ? 'return a * 2' : 'return a + 2');
  res.json({ v: f(3) });
});

app.post('/vm', (req, res) => {
@@  const out = vm.runInNewContext(req.body.code, { Math });
  res.json({ out });
});

app.post('/vm-safe', (req, res) => {
  const script = new vm.Script('Math.max(a, b)');
@ok  const out = script.runInNewContext({ a: Number(req.body.a), b: Number(req.body.b) });
  res.json({ out });
});

app.post('/script', (req, res) => {
  const { source: src } = req.body;
@@  const s = new vm.Script(src);
  res.json({ out: s.runInThisContext() });
});

const sandbox = vm.createContext({ total: 0 });
app.get('/ctx', (req, res) => {
  const code = req.query.cb ?? 'total';
@@  const v = vm.runInContext(code, sandbox, { timeout: 50 });
  res.json({ v });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-94",
    "browser code injection from location.hash / postMessage data: eval, Function via .call, setTimeout string, script element text, jQuery's $.globalEval, with JSON.parse twins",
    `import $ from 'jquery';

const params = new URLSearchParams(location.search);

export function runHash(): void {
  const code = decodeURIComponent(location.hash.slice(1));
@@  eval(code);
}

export function parseHash(): unknown {
  const data = decodeURIComponent(location.hash.slice(1));
@ok  return JSON.parse(data);
}

window.addEventListener('message', (ev: MessageEvent) => {
  const { action } = ev.data as { action: string };
@@  Function.call(null, action)();
});

window.addEventListener('message', (ev: MessageEvent) => {
  if (ev.origin !== 'https://app.example.com') return;
  const n = Number((ev.data as any).delay);
@ok  setTimeout(() => console.log('done'), n);
});

export function later(): void {
  const cb = params.get('cb')!;
@@  window.setTimeout(cb + '()', 100);
}

export function loadWidget(): void {
  const s = document.createElement('script');
@@  s.textContent = params.get('init');
  document.head.appendChild(s);
}

export function plugin(): void {
@@  $.globalEval(params.get('code') ?? '');
}
`,
  ),
  // ---------------------------------------------------------------- part 2: cross-site scripting
  ...js(
    "CWE-79",
    "DOM sinks reached through computed members, insertAdjacentHTML, outerHTML, document.write, iframe srcdoc, with textContent / sanitiser twins",
    `import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const q = params.get('q') ?? '';
const box = document.getElementById('results');

function showResults() {
@@  box['inner' + 'HTML'] = '<h2>Results for ' + q + '</h2>';
}

function showResultsSafe() {
@ok  box['text' + 'Content'] = 'Results for ' + q;
}

function banner() {
  const prop = 'innerHTML';
@@  document.querySelector('.banner')[prop] = decodeURIComponent(location.hash.slice(1));
}

function addRow(table) {
@@  table.insertAdjacentHTML('beforeend', \`<tr><td>\${params.get('name')}</td></tr>\`);
}

function addRowSafe(table) {
@ok  table.insertAdjacentHTML('beforeend', \`<tr><td>\${DOMPurify.sanitize(params.get('name') ?? '')}</td></tr>\`);
}

function replaceTitle() {
  const el = document.querySelector('h1');
@@  el.outerHTML = '<h1>' + params.get('title') + '</h1>';
}

function legacyWrite() {
@@  document.write('<p>Welcome back, ' + params.get('from') + '</p>');
}

function legacyWriteSafe() {
@ok  document.write('<p>Welcome back</p>');
}

function preview(frame) {
@@  frame.srcdoc = params.get('html');
}

function previewSafe(frame) {
@ok  frame.srcdoc = DOMPurify.sanitize(params.get('html') ?? '');
}

const op = 'write';
function opened() {
@@  document[op](decodeURIComponent(location.hash.substring(1)));
}

function viaCall(el) {
  const setter = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML').set;
@@  setter.call(el, params.get('msg'));
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: $() of a user string, .html / .append / .prepend / .after / .replaceWith and $.parseHTML, with .text() / .attr() twins",
    `import $ from 'jquery';

const hash = decodeURIComponent(window.location.hash.substring(1));
const search = new URL(location.href).searchParams;

$(function () {
@@  $(hash).appendTo('#main');
@ok  $('#main').text(hash);
@@  $('#greeting').html('Hi ' + search.get('user'));
@ok  $('#greeting').text('Hi ' + search.get('user'));
@@  $('#list').append('<li>' + search.get('item') + '</li>');
@ok  $('#list').append($('<li>').text(search.get('item')));
@@  $('.note').prepend(search.get('note'));
@@  $('.note').after(\`<span>\${search.get('tag')}</span>\`);
@@  $('#old').replaceWith(search.get('replacement'));
@@  const nodes = $.parseHTML(search.get('snippet'), document, true);
  $('#snip').append(nodes);
@ok  $('#link').attr('title', search.get('title'));
});

window.addEventListener('message', (e) => {
@@  $('#chat').html(e.data.text);
});

window.addEventListener('message', (e) => {
  if (e.origin !== 'https://chat.example.com') return;
@ok  $('#chat').text(e.data.text);
});
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: DomSanitizer.bypassSecurityTrust* of route / query values, ElementRef.nativeElement.innerHTML, Renderer2.setProperty innerHTML, with sanitize() and constant twins",
    `import { Component, ElementRef, Renderer2, ViewChild, OnInit, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-article',
  template: '<div [innerHTML]="body"></div><iframe [src]="embed"></iframe><a [href]="link">open</a><div #host></div>',
})
export class ArticleComponent implements OnInit {
  body!: SafeHtml | string;
  link!: SafeUrl;
  embed!: SafeResourceUrl;
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;

  constructor(
    private route: ActivatedRoute,
    private sanitizer: DomSanitizer,
    private renderer: Renderer2,
    private el: ElementRef,
  ) {}

  ngOnInit(): void {
    const qp = this.route.snapshot.queryParamMap;
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(qp.get('body')!);
@@    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(qp.get('video') as string);
@ok    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/intro');
@ok    this.body = this.sanitizer.sanitize(SecurityContext.HTML, qp.get('body')) ?? '';
@@    this.host.nativeElement.innerHTML = qp.get('note') ?? '';
@ok    this.host.nativeElement.textContent = qp.get('note') ?? '';
@@    this.renderer.setProperty(this.el.nativeElement, 'innerHTML', this.route.snapshot.params['title']);
@ok    this.renderer.setProperty(this.el.nativeElement, 'textContent', this.route.snapshot.params['title']);
  }

  openLink = () => {
@@    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.fragment ?? '');
  };
}
`,
  ),
  ...js(
    "CWE-79",
    "Vue render functions and directives: h() with innerHTML / domProps.innerHTML from route query or props, v-html from a computed, with textContent / domProps.textContent twins",
    `import { h, defineComponent } from 'vue';
import { useRoute } from 'vue-router';

export const Preview = defineComponent({
  setup() {
    const route = useRoute();
@@    return () => h('div', { class: 'preview', innerHTML: route.query.html });
  },
});

export const PreviewSafe = defineComponent({
  setup() {
    const route = useRoute();
@ok    return () => h('div', { class: 'preview', textContent: route.query.html });
  },
});

export const Legacy = {
  render(createElement) {
@@    return createElement('div', { domProps: { innerHTML: this.$route.query.msg } });
  },
};

export const LegacySafe = {
  render(createElement) {
@ok    return createElement('div', { domProps: { textContent: this.$route.query.msg } });
  },
};

export const Spread = {
  render(createElement) {
    const props = { innerHTML: decodeURIComponent(window.location.hash.slice(1)) };
@@    return createElement('section', { domProps: { ...props } });
  },
};
`,
  ),
  ...ts(
    "CWE-79",
    "server-side reflected XSS: Koa ctx.body with text/html, Fastify reply.type('text/html').send, NestJS @Res() send, Express res.write / res.end, with escaped / JSON twins",
    `import Koa from 'koa';
import Router from '@koa/router';
import Fastify from 'fastify';
import escapeHtml from 'escape-html';
import http from 'http';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

const app = new Koa();
const router = new Router();

router.get('/hello', (ctx) => {
  const { name = 'guest' } = ctx.query;
  ctx.type = 'html';
@@  ctx.body = \`<h1>Hello \${name}</h1>\`;
});

router.get('/hello-safe', (ctx) => {
  const name = String(ctx.query.name ?? 'guest');
  ctx.type = 'html';
@ok  ctx.body = \`<h1>Hello \${escapeHtml(name)}</h1>\`;
});

router.post('/echo', (ctx) => {
  const body = ctx.request.body as any;
@@  ctx.body = '<pre>' + body?.text + '</pre>';
});

app.use(router.routes());

const fastify = Fastify();

fastify.get<{ Querystring: { q?: string } }>('/search', async (request, reply) => {
  const q = request.query.q ?? '';
@@  return reply.type('text/html').send('<p>No results for ' + q + '</p>');
});

fastify.get<{ Querystring: { q?: string } }>('/search.json', async (request, reply) => {
@ok  return reply.send({ q: request.query.q ?? '' });
});

fastify.get('/p/:slug', async (request, reply) => {
  const { slug } = request.params as { slug: string };
  reply.header('Content-Type', 'text/html; charset=utf-8');
@@  reply.send(\`<a href="/p/\${slug}">permalink</a>\`);
});

@Controller('pages')
export class PagesController {
  @Get('welcome')
  welcome(@Query('user') user: string, @Res() res: Response) {
@@    res.send('<div>Welcome ' + user + '</div>');
  }

  @Get('welcome-safe')
  welcomeSafe(@Query('user') user: string, @Res() res: Response) {
@ok    res.send('<div>Welcome ' + escapeHtml(user) + '</div>');
  }

  @Get('hi')
  hi(@Query('user') user: string) {
@@    return \`<p>hi \${user}</p>\`;
  }
}

http.createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://localhost');
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.write('<title>' + u.searchParams.get('t') + '</title>');
@ok  res.end('<p>' + escapeHtml(u.searchParams.get('t') ?? '') + '</p>');
}).listen(8081);
`,
  ),
  // ---------------------------------------------------------------- part 3: SQL, NoSQL and path injection
  ...js(
    "CWE-89",
    "SQL through mysql2/promise, pg, knex.raw and better-sqlite3 with destructured and renamed request fields, optional chaining and defaults, with placeholder and tagged-template twins",
    `const express = require('express');
const mysql = require('mysql2/promise');
const { Pool } = require('pg');
const knex = require('knex')({ client: 'pg' });
const Database = require('better-sqlite3');
const SQL = require('sql-template-strings');

const app = express();
app.use(express.json());
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const pg = new Pool();
const db = new Database('app.db');

app.get('/users/:id', async (req, res) => {
  const { id: userId = '0' } = req.params;
@@  const [rows] = await pool.query('SELECT * FROM users WHERE id = ' + userId);
  res.json(rows);
});

app.get('/users-safe/:id', async (req, res) => {
  const { id: userId = '0' } = req.params;
@ok  const [rows] = await pool.query('SELECT * FROM users WHERE id = ?', [userId]);
  res.json(rows);
});

app.get('/orders', async (req, res) => {
  const status = req.query?.status ?? 'open';
@@  const { rows } = await pg.query(\`SELECT * FROM orders WHERE status = '\${status}'\`);
  res.json(rows);
});

app.get('/orders-safe', async (req, res) => {
  const status = req.query?.status ?? 'open';
@ok  const { rows } = await pg.query(SQL\`SELECT * FROM orders WHERE status = \${status}\`);
  res.json(rows);
});

app.get('/sorted', async (req, res) => {
  const { sort = 'name', dir = 'asc' } = req.query;
@@  const rows = await knex.raw(\`SELECT * FROM items ORDER BY \${sort} \${dir}\`);
  res.json(rows);
});

app.get('/sorted-safe', async (req, res) => {
  const col = req.query.sort === 'price' ? 'price' : 'name';
@ok  const rows = await knex.raw('SELECT * FROM items ORDER BY ??', [col]);
  res.json(rows);
});

app.post('/search', (req, res) => {
  const { filters: { term } = {} } = req.body;
  const stmt = 'SELECT * FROM notes WHERE body LIKE "%' + term + '%"';
@@  res.json(db.prepare(stmt).all());
});

app.post('/search-safe', (req, res) => {
  const { filters: { term } = {} } = req.body;
@ok  res.json(db.prepare('SELECT * FROM notes WHERE body LIKE ?').all('%' + term + '%'));
});

app.delete('/items', async (req, res) => {
  const ids = [].concat(req.body.ids);
@@  await pool.execute(\`DELETE FROM items WHERE id IN (\${ids.join(',')})\`);
  res.sendStatus(204);
});

app.get('/count', async (req, res) => {
  const q = { ...req.query };
@@  const { rows } = await pg.query.call(pg, 'SELECT count(*) FROM logs WHERE level = ' + q.level);
  res.json(rows[0]);
});
`,
  ),
  ...ts(
    "CWE-89",
    "TypeORM / Sequelize / Prisma in NestJS and Koa: query builder where strings, sequelize.query, $queryRawUnsafe, with parameter objects and Prisma.sql / tagged $queryRaw twins",
    `import { Controller, Get, Query, Param, Body, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, DataSource } from 'typeorm';
import { Sequelize, QueryTypes } from 'sequelize';
import { PrismaClient, Prisma } from '@prisma/client';
import Koa from 'koa';

class User {
  id!: number;
  name!: string;
}

const prisma = new PrismaClient();
const sequelize = new Sequelize('postgres://localhost/app');

@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly ds: DataSource,
  ) {}

  @Get()
  find(@Query('name') name: string) {
@@    return this.repo.createQueryBuilder('u').where(\`u.name = '\${name}'\`).getMany();
  }

  @Get('safe')
  findSafe(@Query('name') name: string) {
@ok    return this.repo.createQueryBuilder('u').where('u.name = :name', { name }).getMany();
  }

  @Get(':id')
  one(@Param('id') id: string) {
@@    return this.ds.query('SELECT * FROM "user" WHERE id = ' + id);
  }

  @Get('safe/:id')
  oneSafe(@Param('id') id: string) {
@ok    return this.ds.query('SELECT * FROM "user" WHERE id = $1', [id]);
  }

  @Post('report')
  report(@Body() body: { month: string }) {
@@    return sequelize.query(\`SELECT * FROM sales WHERE month = '\${body.month}'\`, { type: QueryTypes.SELECT });
  }

  @Post('report-safe')
  reportSafe(@Body() body: { month: string }) {
@ok    return sequelize.query('SELECT * FROM sales WHERE month = :month', { replacements: { month: body.month }, type: QueryTypes.SELECT });
  }
}

const app = new Koa();
app.use(async (ctx) => {
  const email = ctx.query.email as string;
@@  const a = await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = '\${email}'\`);
@ok  const b = await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
@ok  const c = await prisma.$queryRaw(Prisma.sql\`SELECT * FROM "User" WHERE email = \${email}\`);
  const { table } = ctx.request.body as any;
@@  const d = await prisma.$executeRawUnsafe('TRUNCATE ' + table);
  ctx.body = { a, b, c, d };
});
`,
  ),
  ...js(
    "CWE-943",
    "MongoDB / Mongoose: request objects as filters (operator injection), $where strings, spreads of the query into a filter, with String() casts and sanitised twins",
    `const express = require('express');
const mongoose = require('mongoose');
const { MongoClient } = require('mongodb');
const mongoSanitize = require('express-mongo-sanitize');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ name: String, pass: String }));
const client = new MongoClient('mongodb://localhost');
const col = client.db('app').collection('accounts');

app.post('/login', async (req, res) => {
  const { user, pass } = req.body;
@@  const found = await User.findOne({ name: user, pass: pass });
  res.json({ ok: !!found });
});

app.post('/login-safe', async (req, res) => {
  const { user, pass } = req.body;
@ok  const found = await User.findOne({ name: String(user), pass: String(pass) });
  res.json({ ok: !!found });
});

app.get('/accounts', async (req, res) => {
@@  const docs = await col.find({ ...req.query, deleted: false }).toArray();
  res.json(docs);
});

app.get('/accounts-clean', async (req, res) => {
  const filter = mongoSanitize.sanitize({ ...req.query });
@ok  const docs = await col.find({ ...filter, deleted: false }).toArray();
  res.json(docs);
});

app.get('/older', async (req, res) => {
@@  const docs = await col.find({ $where: 'this.age > ' + req.query.age }).toArray();
  res.json(docs);
});

app.get('/older-safe', async (req, res) => {
@ok  const docs = await col.find({ age: { $gt: Number(req.query.age) } }).toArray();
  res.json(docs);
});

app.post('/reset', async (req, res) => {
@@  await col.updateOne({ token: req.body.token }, { $set: { pass: req.body.pass } });
  res.end();
});
`,
  ),
  ...js(
    "CWE-22",
    "path traversal through import * as fs, fs/promises, util.promisify(fs.readFile), streams piped to and from requests, with basename / resolve-and-prefix / sendFile root twins",
    `import * as fs from 'fs';
import { readFile, unlink } from 'fs/promises';
import fsp from 'node:fs/promises';
import path from 'path';
import util from 'util';
import express from 'express';

const app = express();
const ROOT = '/srv/uploads';
const readFileP = util.promisify(fs.readFile);

app.get('/a', async (req, res) => {
  const { file = 'index.txt' } = req.query;
@@  res.send(await readFile(path.join(ROOT, file), 'utf8'));
});

app.get('/a-safe', async (req, res) => {
  const { file = 'index.txt' } = req.query;
@ok  res.type('text/plain').send(await readFile(path.join(ROOT, path.basename(String(file))), 'utf8'));
});

app.get('/b', async (req, res) => {
@@  const data = await readFileP(ROOT + '/' + req.query.name);
  res.type('application/octet-stream').send(data);
});

app.get('/c', (req, res) => {
@@  fs.createReadStream(path.resolve(ROOT, req.params[0] ?? req.query.p)).pipe(res);
});

app.get('/c-safe', (req, res) => {
  const full = path.resolve(ROOT, String(req.query.p));
  if (!full.startsWith(ROOT + path.sep)) return res.sendStatus(403);
@ok  fs.createReadStream(full).pipe(res);
});

app.put('/upload/:name', (req, res) => {
@@  req.pipe(fs.createWriteStream(path.join(ROOT, req.params.name)));
  req.on('end', () => res.sendStatus(201));
});

app.put('/upload-safe/:name', (req, res) => {
  const name = path.basename(req.params.name);
@ok  req.pipe(fs.createWriteStream(path.join(ROOT, name)));
  req.on('end', () => res.sendStatus(201));
});

app.delete('/files', async (req, res) => {
@@  await unlink(\`\${ROOT}/\${req.body?.name}\`);
  res.sendStatus(204);
});

app.get('/d', (req, res) => {
@@  res.sendFile(req.query.f, { root: '/' });
});

app.get('/d-safe', (req, res) => {
@ok  res.sendFile(String(req.query.f), { root: ROOT });
});

app.get('/e', async (req, res) => {
  const { dir } = req.query;
@@  res.json(await fsp.readdir(path.join(ROOT, dir)));
});

app.get('/g', (req, res) => {
@@  fs.readFile.call(fs, path.join(ROOT, req.query.n), (err, buf) => {
    res.type('text/plain').send(buf);
  });
@@  fs.stat(ROOT + req.query.n, (err, st) => res.json(st));
});
`,
  ),
  ...ts(
    "CWE-22",
    "path traversal in Koa (ctx.params, ctx.body = stream), Fastify (request.params, reply.send of a stream) and NestJS (StreamableFile, @Res download), with allow-list twins",
    `import Koa from 'koa';
import Router from '@koa/router';
import Fastify from 'fastify';
import { createReadStream, promises as fsPromises } from 'fs';
import { join, normalize } from 'path';
import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

const BASE = '/var/app/docs';
const router = new Router();

router.get('/docs/:name', (ctx) => {
@@  ctx.body = createReadStream(join(BASE, ctx.params.name));
});

const ALLOWED = new Set(['intro.md', 'faq.md']);
router.get('/docs-safe/:name', (ctx) => {
  if (!ALLOWED.has(ctx.params.name)) ctx.throw(404);
@ok  ctx.body = createReadStream(join(BASE, ctx.params.name));
});

router.post('/save', async (ctx) => {
  const { name, text } = ctx.request.body as { name: string; text: string };
@@  await fsPromises.writeFile(normalize(BASE + '/' + name), text);
  ctx.status = 204;
});

new Koa().use(router.routes());

const fastify = Fastify();
fastify.get('/raw/*', async (request, reply) => {
  const rest = (request.params as any)['*'];
@@  return reply.send(createReadStream(\`\${BASE}/\${rest}\`));
});

@Controller('files')
export class FilesController {
  @Get(':name')
  get(@Param('name') name: string): StreamableFile {
@@    return new StreamableFile(createReadStream(join(BASE, name)));
  }

  @Get('dl/:name')
  download(@Param('name') name: string, @Res() res: Response) {
@@    res.download(join(BASE, name));
  }

  @Get('dl-safe/:name')
  downloadSafe(@Param('name') name: string, @Res() res: Response) {
    const safe = name.replace(/[^a-z0-9_.-]/gi, '').replace(/\\.\\.+/g, '.');
@ok    res.download(join(BASE, safe));
  }
}
`,
  ),
  // ---------------------------------------------------------------- part 4: SSRF, open redirect, header and log injection
  ...js(
    "CWE-918",
    "SSRF through axios (call form, config object, instance, spread config), got, undici request/fetch, http.request options objects and fetch, with fixed-host and allow-list twins",
    `const express = require('express');
const axios = require('axios');
const got = require('got');
const { request: undiciRequest, fetch: undiciFetch } = require('undici');
const http = require('http');
const https = require('node:https');

const app = express();
app.use(express.json());
const api = axios.create({ baseURL: 'https://api.internal.example.com', timeout: 2000 });
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

app.get('/proxy', async (req, res) => {
  const { url: target } = req.query;
@@  const r = await axios({ method: 'get', url: target, responseType: 'stream' });
  r.data.pipe(res);
});

app.get('/proxy2', async (req, res) => {
  const base = { timeout: 3000, headers: { accept: 'application/json' } };
@@  const r = await axios.request({ ...base, url: req.query.u });
  res.json(r.data);
});

app.get('/proxy-safe', async (req, res) => {
  const u = new URL(String(req.query.u));
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(400);
@ok  const r = await axios.get(u.toString(), { maxRedirects: 0 });
  res.json(r.data);
});

app.get('/user/:id', async (req, res) => {
@ok  const r = await api.get('/users/' + encodeURIComponent(req.params.id));
  res.json(r.data);
});

app.post('/hook', async (req, res) => {
  const { callback } = req.body;
@@  await got.post(callback, { json: { ok: true } });
  res.end();
});

app.get('/meta', async (req, res) => {
@@  const { body } = await undiciRequest(req.query.endpoint ?? 'http://localhost');
  res.json(await body.json());
});

app.get('/f', async (req, res) => {
@@  const r = await undiciFetch(\`http://\${req.query.host}/status\`);
  res.json(await r.json());
});

app.get('/opts', (req, res) => {
  const options = { hostname: req.query.host, port: 80, path: '/health', method: 'GET' };
@@  http.request(options, (up) => up.pipe(res)).end();
});

app.get('/opts-safe', (req, res) => {
  const options = { hostname: 'health.internal', port: 80, path: '/v1/' + encodeURIComponent(String(req.query.svc)), method: 'GET' };
@ok  http.request(options, (up) => up.pipe(res)).end();
});

app.get('/g', (req, res) => {
@@  https.get(new URL(req.query.feed), (up) => up.pipe(res));
});

app.get('/fetch', async (req, res) => {
  const target = req.query?.target ?? 'https://example.com';
@@  const r = await fetch(target, { redirect: 'follow' });
  res.send(await r.text());
});
`,
  ),
  ...ts(
    "CWE-918",
    "SSRF in NestJS HttpService / Koa / Fastify handlers with typed DTOs, non-null assertions and a wrapper arrow method, with a constant-origin twin",
    `import { Controller, Get, Query, Post, Body } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import Koa from 'koa';
import Fastify from 'fastify';
import axios, { AxiosRequestConfig } from 'axios';

interface ImportDto {
  source?: string;
}

@Controller('import')
export class ImportController {
  constructor(private readonly http: HttpService) {}

  private fetchJson = <T>(url: string) => firstValueFrom(this.http.get<T>(url));

  @Post()
  async run(@Body() dto: ImportDto) {
@@    const r = await this.fetchJson<unknown[]>(dto.source!);
    return r.data;
  }

  @Get('avatar')
  async avatar(@Query('src') src: string) {
@@    const r = await firstValueFrom(this.http.get(src, { responseType: 'arraybuffer' }));
    return r.data;
  }

  @Get('weather')
  async weather(@Query('city') city: string) {
@ok    const r = await this.fetchJson('https://api.weather.example.com/v1?city=' + encodeURIComponent(city));
    return r.data;
  }
}

const app = new Koa();
app.use(async (ctx) => {
  const cfg: AxiosRequestConfig = { url: ctx.query.link as string, method: 'GET' };
@@  const r = await axios(cfg);
  ctx.body = r.data;
});

const fastify = Fastify();
fastify.post<{ Body: { webhook: string } }>('/notify', async (request) => {
@@  await axios.post(request.body.webhook, { event: 'ping' });
  return { ok: true };
});
`,
  ),
  ...js(
    "CWE-601",
    "open redirect: Express res.redirect / res.location / Location header, Koa ctx.redirect, Fastify reply.redirect, browser location assignments, with relative-path and allow-list twins",
    `const express = require('express');
const Koa = require('koa');
const fastify = require('fastify')();

const app = express();
const SAFE = ['/home', '/profile', '/settings'];

app.get('/login', (req, res) => {
  const { next = '/' } = req.query;
@@  res.redirect(next);
});

app.get('/login-safe', (req, res) => {
  const next = String(req.query.next ?? '/');
@ok  res.redirect(SAFE.includes(next) ? next : '/');
});

app.get('/go', (req, res) => {
@@  res.location(req.query.to).sendStatus(302);
});

app.get('/go2', (req, res) => {
  res.statusCode = 302;
@@  res.setHeader('Location', req.query.dest);
  res.end();
});

app.get('/go3', (req, res) => {
  const url = new URL(String(req.query.dest), 'https://app.example.com');
  if (url.origin !== 'https://app.example.com') return res.sendStatus(400);
@ok  res.redirect(url.href);
});

const koa = new Koa();
koa.use(async (ctx) => {
  const returnTo = ctx.query.returnTo || '/';
@@  ctx.redirect(returnTo);
});

koa.use(async (ctx) => {
@ok  ctx.redirect('/dashboard?from=' + encodeURIComponent(String(ctx.query.from ?? '')));
});

fastify.get('/out', async (request, reply) => {
  const { u } = request.query;
@@  return reply.redirect(u);
});

function clientRedirect() {
  const target = new URLSearchParams(window.location.search).get('redirect');
@@  window.location.href = target;
}

function clientRedirect2() {
  const target = new URLSearchParams(location.search).get('redirect') ?? '/';
@ok  location.assign(target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\\\') ? target : '/');
}

function clientRedirect3() {
@@  location.replace(decodeURIComponent(location.hash.slice(1)));
}
`,
  ),
  ...js(
    "CWE-113",
    "HTTP header injection: res.setHeader / res.set / writeHead / res.header / Koa ctx.set with request values, with encodeURIComponent and CR/LF-stripping twins",
    `const express = require('express');
const http = require('http');
const Koa = require('koa');

const app = express();

app.get('/dl', (req, res) => {
  const { name = 'file.txt' } = req.query;
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + name + '"');
  res.end('data');
});

app.get('/dl-safe', (req, res) => {
  const { name = 'file.txt' } = req.query;
@ok  res.setHeader('Content-Disposition', "attachment; filename*=UTF-8''" + encodeURIComponent(name));
  res.end('data');
});

app.get('/lang', (req, res) => {
@@  res.set({ 'Content-Language': req.query.lang, 'Cache-Control': 'no-store' });
  res.end();
});

app.get('/trace', (req, res) => {
  const id = String(req.headers['x-trace-id'] ?? '').replace(/[\\r\\n]/g, '');
@ok  res.header('X-Trace-Id', id);
  res.end();
});

http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
@@  res.writeHead(200, { 'X-Request-Path': u.searchParams.get('p') });
  res.end();
}).listen(8000);

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.set('X-Tenant', ctx.query.tenant);
  ctx.body = 'ok';
});
`,
  ),
  ...ts(
    "CWE-117",
    "log injection: console / winston / pino / a NestJS Logger field with request values, with JSON-structured and newline-escaped twins",
    `import express, { Request, Response } from 'express';
import winston from 'winston';
import pino from 'pino';
import { Controller, Get, Query, Logger } from '@nestjs/common';

const app = express();
const logger = winston.createLogger({
  format: winston.format.simple(),
  transports: [new winston.transports.File({ filename: 'app.log' })],
});
const log = pino({ transport: { target: 'pino-pretty' } });

app.get('/login', (req: Request, res: Response) => {
  const { user = '' } = req.query as Record<string, string>;
@@  logger.info('login attempt for ' + user);
@ok  logger.info('login attempt', { user: JSON.stringify(user) });
@@  console.log(\`failed login: \${user}\`);
@ok  console.log('failed login: %s', user.replace(/[\\r\\n]/g, ''));
@@  log.warn('bad referrer ' + req.query.ref);
  res.end();
});

@Controller('audit')
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  @Get()
  audit(@Query('action') action: string) {
@@    this.logger.log(\`action=\${action}\`);
@ok    this.logger.log(\`action=\${encodeURIComponent(action)}\`);
    return { ok: true };
  }
}
`,
  ),
  // ---------------------------------------------------------------- part 5: deserialization, crypto, config and the rest
  ...js(
    "CWE-502",
    "unsafe deserialization: node-serialize unserialize of a cookie / body, js-yaml v3 load, serialize-javascript output eval'd back, funcster, with JSON.parse / safeLoad / yaml v4 load twins",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const { unserialize: unser } = require('node-serialize');
const yaml = require('js-yaml');
const serializeJs = require('serialize-javascript');

const app = express();
app.use(cookieParser());
app.use(express.text());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile ?? '', 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.json({ name: profile.name });
});

app.get('/profile-safe', (req, res) => {
  const raw = Buffer.from(req.cookies.profile ?? '', 'base64').toString();
@ok  const profile = JSON.parse(raw);
  res.json({ name: profile.name });
});

app.post('/state', (req, res) => {
@@  const state = unser(req.body);
  res.json({ ok: !!state });
});

app.post('/config', (req, res) => {
@@  const cfg = yaml.load(req.body);
  res.json(cfg);
});

app.post('/config-safe', (req, res) => {
@ok  const cfg = yaml.safeLoad(req.body);
  res.json(cfg);
});

app.post('/config-schema', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
});

app.post('/restore', express.json(), (req, res) => {
@@  const obj = serialize.unserialize(JSON.stringify(req.body.session ?? {}));
  res.json({ restored: Object.keys(obj) });
});

app.post('/restore-safe', (req, res) => {
  const text = serializeJs({ note: String(req.body) }, { isJSON: true });
@ok  res.json({ text, obj: JSON.parse(text) });
});
`,
  ),
  ...ts(
    "CWE-327",
    "weak ciphers and modes through a crypto namespace import and a class field: des / rc4 / aes-ecb / aes without auth, createCipher without IV, algorithm names held in enums and constants, with aes-256-gcm twins",
    `import * as crypto from 'crypto';
import { createCipheriv, randomBytes } from 'node:crypto';

enum Algo {
  Legacy = 'des-ede3-cbc',
  Modern = 'aes-256-gcm',
}

const STREAM = 'rc4';

export class Vault {
  private readonly algorithm = 'aes-128-ecb';
  constructor(private key: Buffer) {}

  sealLegacy(data: string): string {
@@    const c = createCipheriv(Algo.Legacy, this.key.subarray(0, 24), randomBytes(8));
    return c.update(data, 'utf8', 'hex') + c.final('hex');
  }

  sealEcb(data: string): string {
@@    const c = crypto.createCipheriv(this.algorithm, this.key.subarray(0, 16), null);
    return c.update(data, 'utf8', 'hex') + c.final('hex');
  }

  sealStream(data: string): string {
@@    const c = crypto.createCipheriv(STREAM, this.key, '');
    return c.update(data, 'utf8', 'hex') + c.final('hex');
  }

  sealOld(data: string, password: string): string {
@@    const c = (crypto as any).createCipher('aes-256-cbc', password);
    return c.update(data, 'utf8', 'hex') + c.final('hex');
  }

  seal(data: string): string {
    const iv = randomBytes(12);
@ok    const c = createCipheriv(Algo.Modern, this.key, iv);
    const body = Buffer.concat([c.update(data, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
  }
}
`,
  ),
  ...js(
    "CWE-328",
    "weak hashes for passwords and tokens: md5 / sha1 through an aliased createHash, a hash name from a config object and crypto-js, with bcrypt / scrypt and a non-security checksum twin",
    `const { createHash: hash } = require('crypto');
const crypto = require('crypto');
const CryptoJS = require('crypto-js');
const bcrypt = require('bcrypt');

const cfg = { passwordHash: 'sha1' };

function storePassword(db, user, password) {
@@  const digest = hash('md5').update(password).digest('hex');
  return db.users.update(user, { password: digest });
}

function storePassword2(db, user, password) {
@@  const digest = crypto.createHash(cfg.passwordHash).update(password).digest('hex');
  return db.users.update(user, { password: digest });
}

function storePassword3(db, user, password) {
@@  return db.users.update(user, { password: CryptoJS.MD5(password).toString() });
}

async function storePasswordSafe(db, user, password) {
@ok  const digest = await bcrypt.hash(password, 12);
  return db.users.update(user, { password: digest });
}

function storePasswordScrypt(db, user, password) {
  const salt = crypto.randomBytes(16);
@ok  const key = crypto.scryptSync(password, salt, 64);
  return db.users.update(user, { password: salt.toString('hex') + ':' + key.toString('hex') });
}

function etag(body) {
@ok  return '"' + hash('sha1').update(body).digest('base64') + '"';
}
`,
  ),
  ...ts(
    "CWE-338",
    "Math.random for tokens, session ids, OTPs and reset links through helpers and class arrow methods, with crypto.randomBytes / randomUUID / randomInt twins and a UI jitter",
    `import { randomBytes, randomUUID, randomInt } from 'crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export class Tokens {
  static resetToken = (): string => {
@@    return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  };

  static resetTokenSafe = (): string => {
@ok    return randomBytes(24).toString('base64url');
  };

  otp(): string {
@@    return String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  }

  otpSafe(): string {
@ok    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }

  sessionId(): string {
    let id = '';
    for (let i = 0; i < 32; i++) {
@@      id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
    }
    return id;
  }

  apiKey = () => randomUUID();
}

export function retryDelay(attempt: number): number {
@ok  return 2 ** attempt * 100 + Math.floor(Math.random() * 100);
}
`,
  ),
  ...ts(
    "CWE-798",
    "hard-coded credentials: JWT secrets, a DB password in a config object with satisfies, an AWS key in a namespace, a session secret and a Basic auth header, with environment twins",
    `import jwt from 'jsonwebtoken';
import session from 'express-session';
import { Sequelize } from 'sequelize';
import express from 'express';

interface DbConfig {
  user: string;
  password: string;
  host: string;
}

const dbConfig = {
  user: 'app',
@@  password: 'Pr0d-DB-pa55!',
  host: 'db.internal',
} satisfies DbConfig;

const dbConfigSafe = {
  user: 'app',
@ok  password: process.env.DB_PASSWORD ?? '',
  host: 'db.internal',
} satisfies DbConfig;

export namespace Aws {
@@  export const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9';
}

export function sign(userId: string): string {
@@  return jwt.sign({ sub: userId }, 'my-super-secret-jwt-key-2024', { expiresIn: '1h' });
}

export function signSafe(userId: string): string {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '1h' });
}

const app = express();
app.use(
  session({
@@    secret: 'keyboard cat session secret 42',
    resave: false,
    saveUninitialized: false,
  }),
);

export const seq = new Sequelize('shop', dbConfig.user, dbConfig.password, { host: dbConfig.host });
export const seqSafe = new Sequelize('shop', dbConfigSafe.user, dbConfigSafe.password, { host: dbConfigSafe.host });

export async function callPartner(): Promise<Response> {
  return fetch('https://partner.example.com/api', {
@@    headers: { Authorization: 'Basic ' + Buffer.from('svc-user:Sup3rS3cret!').toString('base64') },
  });
}
`,
  ),
  ...js(
    "CWE-295",
    "TLS verification off: https.Agent / axios / got / tls.connect / undici Agent options, a spread of insecure defaults, NODE_TLS_REJECT_UNAUTHORIZED, with CA-pinning twins",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');
const got = require('got');
const { Agent } = require('undici');

const insecure = { rejectUnauthorized: false };

@@const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
@ok const pinned = new https.Agent({ keepAlive: true, ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

@@const client = axios.create({ baseURL: 'https://billing.internal', httpsAgent: new https.Agent({ ...insecure }) });

async function fetchReport() {
@@  return got('https://reports.internal/latest', { https: { rejectUnauthorized: false } });
}

function connect(host) {
@@  return tls.connect({ host, port: 8443, ...insecure });
}

@@const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function connectSafe(host) {
@ok  return tls.connect({ host, port: 8443, ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), servername: host });
}

module.exports = { agent, pinned, client, fetchReport, connect, dispatcher, connectSafe };
`,
  ),
  ...js(
    "CWE-614",
    "cookies without Secure: res.cookie options spread from defaults, express-session cookie config, Koa ctx.cookies.set, with secure: true twins",
    `const express = require('express');
const session = require('express-session');
const Koa = require('koa');

const app = express();
const base = { httpOnly: true, sameSite: 'lax' };

app.post('/login', (req, res) => {
@@  res.cookie('sid', req.sessionID, { ...base, secure: false });
@ok  res.cookie('sid2', req.sessionID, { ...base, secure: true });
  res.end();
});

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { httpOnly: true, secure: false, maxAge: 3600000 },
  }),
);

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.cookies.set('token', ctx.state.token, { httpOnly: true, secure: false });
@ok  ctx.cookies.set('token2', ctx.state.token, { httpOnly: true, secure: true, sameSite: 'strict' });
  ctx.body = 'ok';
});
`,
  ),
  ...js(
    "CWE-942",
    "permissive CORS: cors() with origin: true / reflected callback plus credentials, manual Access-Control-Allow-Origin from the request, Koa and Fastify plugins, with allow-list twins",
    `const express = require('express');
const cors = require('cors');
const Koa = require('koa');
const koaCors = require('@koa/cors');

const app = express();
const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

@@app.use(cors({ origin: true, credentials: true }));

@@app.use(cors({ origin: (origin, cb) => cb(null, origin), credentials: true }));

@ok app.use(cors({ origin: (origin, cb) => cb(null, ALLOWED.includes(origin)), credentials: true }));

app.use((req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use((req, res, next) => {
  const origin = req.headers.origin;
@ok  if (ALLOWED.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});

const koa = new Koa();
@@koa.use(koaCors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
`,
  ),
  ...js(
    "CWE-1333",
    "ReDoS: nested quantifiers in literals and new RegExp, user-built patterns via the RegExp constructor, with escaped-input and linear twins",
    `const express = require('express');
const escapeRegExp = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

const app = express();

app.get('/email', (req, res) => {
@@  const ok = /^([a-zA-Z0-9_.+-]+)+@example\\.com$/.test(req.query.email);
  res.json({ ok });
});

app.get('/email-safe', (req, res) => {
@ok  const ok = /^[a-zA-Z0-9_.+-]+@example\\.com$/.test(String(req.query.email));
  res.json({ ok });
});

app.get('/search', (req, res) => {
@@  const re = new RegExp(req.query.pattern, 'i');
  res.json({ hit: re.test('some document text') });
});

app.get('/search-safe', (req, res) => {
@ok  const re = new RegExp(escapeRegExp(String(req.query.pattern)), 'i');
  res.json({ hit: re.test('some document text') });
});

app.get('/tags', (req, res) => {
@@  res.json({ ok: new RegExp('^(\\\\w+\\\\s?)*$').test(req.query.tags) });
});

app.get('/ids', (req, res) => {
@@  const m = String(req.query.ids).match(/^(\\d+,?)*$/);
  res.json({ m: !!m });
});
`,
  ),
  ...js(
    "CWE-611",
    "XXE: libxmljs parseXml / parseXmlString with noent: true on request bodies, xml2js twin without entity expansion",
    `const express = require('express');
const libxmljs = require('libxmljs');
const { parseXml } = require('libxmljs2');
const xml2js = require('xml2js');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXmlString(req.body, { noent: true, noblanks: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
  const opts = { noent: true };
@@  const doc = parseXml(req.body, opts);
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-js', async (req, res) => {
@ok  const doc = await xml2js.parseStringPromise(req.body);
  res.json(doc);
});
`,
  ),
  ...js(
    "CWE-1321",
    "prototype pollution: recursive merge of a request body, a path-based setter with user keys, computed assignment obj[a][b] = v, Object.assign into a user-keyed slot, with __proto__ guards and Object.create(null) / Map twins",
    `const express = require('express');

const app = express();
app.use(express.json());

function merge(target, src) {
  for (const key in src) {
    if (typeof src[key] === 'object' && src[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], src[key]);
    } else {
@@      target[key] = src[key];
    }
  }
  return target;
}

function mergeSafe(target, src) {
  for (const key of Object.keys(src)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof src[key] === 'object' && src[key] !== null) {
      if (!Object.hasOwn(target, key)) target[key] = {};
      mergeSafe(target[key], src[key]);
    } else {
@ok      target[key] = src[key];
    }
  }
  return target;
}

const settings = {};
app.post('/settings', (req, res) => {
  merge(settings, req.body);
  mergeSafe({}, req.body);
  res.end();
});

app.post('/prefs', (req, res) => {
  const { section, key, value } = req.body;
  const prefs = {};
  prefs[section] = prefs[section] || {};
@@  prefs[section][key] = value;
  res.json(prefs);
});

app.post('/prefs-safe', (req, res) => {
  const { section, key, value } = req.body;
  const prefs = new Map();
  if (!prefs.has(section)) prefs.set(section, new Map());
@ok  prefs.get(section).set(key, value);
  res.json(Object.fromEntries(prefs));
});

function setPath(obj, path, value) {
  const parts = String(path).split('.');
  let cur = obj;
  while (parts.length > 1) {
    const p = parts.shift();
    cur = cur[p] ??= {};
  }
@@  cur[parts[0]] = value;
}

app.post('/set', (req, res) => {
  const obj = {};
  setPath(obj, req.body.path, req.body.value);
  res.json(obj);
});

const registry = {};
const registrySafe = Object.create(null);

app.post('/register', (req, res) => {
  const { ns, values } = req.body;
@@  Object.assign(registry[ns] ??= {}, values);
@ok  Object.assign(registrySafe[ns] ??= Object.create(null), values);
  res.end();
});
`,
  ),
  ...ts(
    "CWE-209",
    "information exposure: error stacks and messages sent to the client from Express / Koa / Fastify / NestJS error paths, with generic-message twins",
    `import express, { Request, Response, NextFunction } from 'express';
import Koa from 'koa';
import Fastify from 'fastify';
import { Catch, ExceptionFilter, ArgumentsHost } from '@nestjs/common';

const app = express();

app.get('/report', async (req: Request, res: Response) => {
  try {
    throw new Error('db down');
  } catch (err: any) {
@@    res.status(500).send(err.stack);
  }
});

app.get('/report2', async (req: Request, res: Response) => {
  try {
    throw new Error('db down');
  } catch (err) {
    console.error(err);
@ok    res.status(500).json({ error: 'internal error' });
  }
});

app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
@@  res.status(500).json({ message: err.message, stack: err.stack });
});

const koa = new Koa();
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (e) {
    ctx.status = 500;
@@    ctx.body = (e as Error).stack;
  }
});

const fastify = Fastify();
fastify.setErrorHandler((error, request, reply) => {
@@  reply.status(500).send({ error: error.stack });
});

@Catch()
export class AllErrors implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse();
@@    res.status(500).json({ detail: (exception as Error)?.stack });
  }
}

@Catch()
export class QuietErrors implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse();
    console.error(exception);
@ok    res.status(500).json({ detail: 'Something went wrong' });
  }
}
`,
  ),
];
