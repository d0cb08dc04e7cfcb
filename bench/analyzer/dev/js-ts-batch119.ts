// Dev suite "js-ts", batch 119: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). A seventh wave of value twins for Node: small Express / Koa / NestJS / Next.js handlers and Node
// scripts where the safe twin differs from its positive only in a value the analyzer has to know. The plumbing this
// wave leans on: nested destructuring, object rest then a key read, class inheritance with super calls and overridden
// getters, static factories, Map / Set / WeakMap round trips, Array at / findLast / toSorted / with, tagged templates
// and String.raw, Symbol-keyed properties, Reflect.get / Object.fromEntries / Object.entries, async generators read
// with for await, event emitters with constant payloads, module-level config objects frozen or mutated by a handler,
// labelled loops with break / continue, do...while, comma expressions, void, typeof guards, TS enums, as const,
// satisfies and discriminated unions narrowed by a switch on their kind.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch119", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch119", cwe, note, src, "typescript");

export const BATCH119: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of a value read through nested destructuring, an object rest then a key read, a comma expression and void",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();

app.get('/ping/nested', (req, res) => {
  const { user: { host } } = { cfg: { host: 'localhost' }, user: { host: req.query.host } };
@@  exec('ping -c 1 ' + host, (err, out) => res.type('text/plain').send(out));
});

app.get('/ping/nested-const', (req, res) => {
  const { cfg: { host } } = { cfg: { host: 'localhost' }, user: { host: req.query.host } };
@ok  exec('ping -c 1 ' + host, (err, out) => res.type('text/plain').send(out));
});

app.get('/ls/rest', (req, res) => {
  const { dir, ...rest } = { token: req.query.cmd, dir: '/srv' };
@@  exec('ls -la ' + rest.token, (err, out) => res.type('text/plain').send(out));
});

app.get('/ls/rest-const', (req, res) => {
  const { token, ...rest } = { token: req.query.cmd, dir: '/srv' };
@ok  exec('ls -la ' + rest.dir, (err, out) => res.type('text/plain').send(out));
});

app.get('/ls/comma', (req, res) => {
  const cmd = ('ls -la /srv', 'ls -la ' + req.query.dir);
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/ls/comma-const', (req, res) => {
  const cmd = ('ls -la ' + req.query.dir, 'ls -la /srv');
@ok  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/du', (req, res) => {
  const dir = req.query.dir ?? '/var/log';
@@  exec('du -sh ' + dir, (err, out) => res.type('text/plain').send(out));
});

app.get('/du-const', (req, res) => {
  const dir = void req.query.dir ?? '/var/log';
@ok  exec('du -sh ' + dir, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "exec of a command set inside a labelled loop (break outer on a matching or never-matching item) and a do...while whose counter does or does not reach the tainted branch",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();
const GROUPS = [['status', 'logs'], ['disk']];

app.get('/ops/label', (req, res) => {
  let cmd = 'uptime';
  outer: for (const group of GROUPS) {
    for (const item of group) {
      if (item === 'logs') {
        cmd = 'tail -n 50 ' + req.query.file;
        break outer;
      }
    }
  }
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/ops/label-const', (req, res) => {
  let cmd = 'uptime';
  outer: for (const group of GROUPS) {
    for (const item of group) {
      if (item === 'network') {
        cmd = 'tail -n 50 ' + req.query.file;
        break outer;
      }
    }
  }
@ok  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/ops/loop', (req, res) => {
  let i = 0;
  let cmd = 'date';
  do {
    if (i === 2) cmd = 'echo ' + req.query.msg;
    i++;
  } while (i < 3);
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/ops/loop-const', (req, res) => {
  let i = 0;
  let cmd = 'date';
  do {
    if (i === 2) cmd = 'echo ' + req.query.msg;
    i++;
  } while (i < 2);
@ok  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "execSync of commands from a TS enum chosen by a constant mode, an as const object and a satisfies-checked job table",
    `import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();
app.use(express.json());

enum Mode {
  Fixed,
  Custom,
}

const MODE_CUSTOM = Mode.Custom as Mode;
const MODE_FIXED = Mode.Fixed as Mode;

app.get('/disk', (req: Request, res: Response) => {
  const target = MODE_CUSTOM === Mode.Custom ? String(req.query.mount) : '/srv';
@@  res.type('text/plain').send(execSync(\`df -h \${target}\`).toString());
});

app.get('/disk-const', (req: Request, res: Response) => {
  const target = MODE_FIXED === Mode.Custom ? String(req.query.mount) : '/srv';
@ok  res.type('text/plain').send(execSync(\`df -h \${target}\`).toString());
});

app.get('/size', (req: Request, res: Response) => {
  const DIRS = { logs: '/var/log/app', user: String(req.query.dir) } as const;
@@  res.type('text/plain').send(execSync(\`du -sh \${DIRS.user}\`).toString());
});

app.get('/size-const', (req: Request, res: Response) => {
  const DIRS = { logs: '/var/log/app', user: String(req.query.dir) } as const;
@ok  res.type('text/plain').send(execSync(\`du -sh \${DIRS.logs}\`).toString());
});

app.post('/jobs', (req: Request, res: Response) => {
  const jobs = {
    backup: { cmd: 'tar czf /backup/db.tgz /var/lib/db' },
    custom: { cmd: \`tar czf /backup/extra.tgz \${req.body.path}\` },
  } satisfies Record<string, { cmd: string }>;
@@  execSync(jobs.custom.cmd);
  res.sendStatus(202);
});

app.post('/jobs-const', (req: Request, res: Response) => {
  const jobs = {
    backup: { cmd: 'tar czf /backup/db.tgz /var/lib/db' },
    custom: { cmd: \`tar czf /backup/extra.tgz \${req.body.path}\` },
  } satisfies Record<string, { cmd: string }>;
@ok  execSync(jobs.backup.cmd);
  res.sendStatus(202);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "ORDER BY columns from a base class getter or a subclass's overridden getter, a subclass super call with the value or a constant, and static factories",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();

class SortQuery {
  constructor(protected readonly value: string) {}
  get column(): string {
    return this.value;
  }
  sql(): string {
    return \`SELECT id, title FROM items ORDER BY \${this.column}\`;
  }
}

class FixedSortQuery extends SortQuery {
  override get column(): string {
    return 'created_at';
  }
}

class NameSort extends SortQuery {
  constructor(_requested: string) {
    super('title');
  }
}

class PassThroughSort extends SortQuery {
  constructor(requested: string) {
    super(requested);
  }
}

class Filter {
  private constructor(readonly clause: string) {}
  static byOwner(_owner: string): Filter {
    return new Filter('owner = $1');
  }
  static rawOwner(owner: string): Filter {
    return new Filter(\`owner = '\${owner}'\`);
  }
}

app.get('/items', async (req: Request, res: Response) => {
@@  const { rows } = await pool.query(new SortQuery(String(req.query.sort)).sql());
  res.json(rows);
});

app.get('/items-fixed', async (req: Request, res: Response) => {
@ok  const { rows } = await pool.query(new FixedSortQuery(String(req.query.sort)).sql());
  res.json(rows);
});

app.get('/items-name', async (req: Request, res: Response) => {
@ok  const { rows } = await pool.query(new NameSort(String(req.query.sort)).sql());
  res.json(rows);
});

app.get('/items-pass', async (req: Request, res: Response) => {
@@  const { rows } = await pool.query(new PassThroughSort(String(req.query.sort)).sql());
  res.json(rows);
});

app.get('/docs', async (req: Request, res: Response) => {
  const owner = String(req.query.owner);
@ok  const { rows } = await pool.query('SELECT * FROM docs WHERE ' + Filter.byOwner(owner).clause, [owner]);
  res.json(rows);
});

app.get('/docs-raw', async (req: Request, res: Response) => {
  const owner = String(req.query.owner);
@@  const { rows } = await pool.query('SELECT * FROM docs WHERE ' + Filter.rawOwner(owner).clause);
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "WHERE clauses from a discriminated union narrowed by a switch on kind, built with a numeric id or a string name",
    `import express, { Request, Response } from 'express';
import mysql from 'mysql2/promise';

type Lookup = { kind: 'id'; id: number } | { kind: 'name'; name: string } | { kind: 'all' };

function whereOf(f: Lookup): string {
  switch (f.kind) {
    case 'id':
      return \`id = \${f.id}\`;
    case 'name':
      return \`name = '\${f.name}'\`;
    case 'all':
      return '1 = 1';
  }
}

const app = express();
const db = mysql.createPool({ host: 'localhost', user: 'app', database: 'app' });

app.get('/users/by-id', async (req: Request, res: Response) => {
  const f: Lookup = { kind: 'id', id: Number(req.query.q) };
@ok  const [rows] = await db.query('SELECT * FROM users WHERE ' + whereOf(f));
  res.json(rows);
});

app.get('/users/by-name', async (req: Request, res: Response) => {
  const f: Lookup = { kind: 'name', name: String(req.query.q) };
@@  const [rows] = await db.query('SELECT * FROM users WHERE ' + whereOf(f));
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "sqlite queries in event listeners, one emitted with the request value and one with a constant payload",
    `const express = require('express');
const { EventEmitter } = require('events');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('app.db');
const bus = new EventEmitter();
const app = express();

bus.on('audit', (actor, done) => {
@ok  db.run("INSERT INTO audit (actor, at) VALUES ('" + actor + "', datetime('now'))", done);
});

bus.on('lookup', (name, done) => {
@@  db.all("SELECT * FROM users WHERE name = '" + name + "'", done);
});

app.get('/users', (req, res) => {
  bus.emit('audit', 'system', () => {});
  bus.emit('lookup', req.query.name, (err, rows) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS controller ordering by a column read from a Map at the requested key with a default, or at a key the handler set from the query",
    `import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('reports')
export class ReportsController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  async list(@Query('sort') sort: string) {
    const cols = new Map<string, string>([
      ['date', 'created_at'],
      ['name', 'title'],
    ]);
    const col = cols.get(sort) ?? 'created_at';
@ok    return this.ds.query(\`SELECT * FROM reports ORDER BY \${col}\`);
  }

  @Get('custom')
  async custom(@Query('sort') sort: string) {
    const cols = new Map<string, string>([
      ['date', 'created_at'],
      ['name', 'title'],
    ]);
    cols.set('custom', sort);
    const col = cols.get('custom') ?? 'created_at';
@@    return this.ds.query(\`SELECT * FROM reports ORDER BY \${col}\`);
  }
}
`,
  ),
  ...js(
    "CWE-22",
    "file reads through Map, WeakMap and Set round trips and Map values spread into an array read with at()",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const ROOT = path.join(__dirname, 'public');
const ALLOWED = new Set(['terms.txt', 'privacy.txt']);
const perRequest = new WeakMap();

app.get('/map', (req, res) => {
  const m = new Map();
  m.set('user', req.query.file);
  m.set('def', 'index.txt');
@@  fs.readFile(path.join(ROOT, m.get('user')), 'utf8', (err, data) => res.send(data));
});

app.get('/map-const', (req, res) => {
  const m = new Map();
  m.set('user', req.query.file);
  m.set('def', 'index.txt');
@ok  fs.readFile(path.join(ROOT, m.get('def')), 'utf8', (err, data) => res.send(data));
});

app.get('/weak', (req, res) => {
  perRequest.set(req, { file: req.query.file });
@@  fs.readFile(path.join(ROOT, perRequest.get(req).file), 'utf8', (err, data) => res.send(data));
});

app.get('/weak-const', (req, res) => {
  perRequest.set(req, { file: 'readme.txt' });
@ok  fs.readFile(path.join(ROOT, perRequest.get(req).file), 'utf8', (err, data) => res.send(data));
});

app.get('/set', (req, res) => {
  const name = req.query.file;
  const names = new Set(ALLOWED);
  names.add(name);
  if (!names.has(name)) return res.sendStatus(404);
@@  res.send(fs.readFileSync(path.join(ROOT, name), 'utf8'));
});

app.get('/set-const', (req, res) => {
  const name = req.query.file;
  if (!ALLOWED.has(name)) return res.sendStatus(404);
@ok  res.send(fs.readFileSync(path.join(ROOT, name), 'utf8'));
});

app.get('/values', (req, res) => {
  const files = [...new Map([['x', req.query.file], ['y', 'about.txt']]).values()];
@@  res.send(fs.readFileSync(path.join(ROOT, files.at(0)), 'utf8'));
});

app.get('/values-const', (req, res) => {
  const files = [...new Map([['x', req.query.file], ['y', 'about.txt']]).values()];
@ok  res.send(fs.readFileSync(path.join(ROOT, files.at(-1)), 'utf8'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "log reads from a module-level config object frozen (assignment ignored) or left mutable and overwritten by an admin handler",
    `const express = require('express');
const fs = require('fs');

const app = express();
app.use(express.json());

const FROZEN = Object.freeze({ reportFile: '/srv/reports/summary.txt' });
const settings = { logFile: '/var/log/app/app.log' };

app.post('/admin/settings', (req, res) => {
  try {
    FROZEN.reportFile = req.body.file;
  } catch (e) {}
  settings.logFile = req.body.file;
  res.sendStatus(204);
});

app.get('/logs', (req, res) => {
@@  res.type('text/plain').send(fs.readFileSync(settings.logFile, 'utf8'));
});

app.get('/reports', (req, res) => {
@ok  res.type('text/plain').send(fs.readFileSync(FROZEN.reportFile, 'utf8'));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "Koa downloads where the filename comes from Object.fromEntries over a literal list or over the query's entries",
    `import Koa from 'koa';
import Router from '@koa/router';
import { createReadStream } from 'fs';
import { join } from 'path';

const app = new Koa();
const router = new Router();
const BASE = '/srv/files';

router.get('/dl', (ctx) => {
  const q = Object.fromEntries(Object.entries(ctx.query).map(([k, v]) => [k, String(v)]));
@@  ctx.body = createReadStream(join(BASE, q.name));
});

router.get('/dl-const', (ctx) => {
  const q = Object.fromEntries([
    ['name', 'catalog.pdf'],
    ['requested', String(ctx.query.name)],
  ]);
@ok  ctx.body = createReadStream(join(BASE, q.name));
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "HTML built from arrays changed with with(), read with at(), findLast() on a constant key, and toSorted() indexed or counted",
    `import express, { Request, Response } from 'express';

const app = express();

app.get('/with', (req: Request, res: Response) => {
  const parts = ['<b>', String(req.query.name), '</b>'];
@@  res.send(parts.with(0, '<i>').join(''));
});

app.get('/with-const', (req: Request, res: Response) => {
  const parts = ['<b>', String(req.query.name), '</b>'];
@ok  res.send(parts.with(1, 'guest').join(''));
});

app.get('/at', (req: Request, res: Response) => {
  const vals = [String(req.query.a), 'x', 'y'];
@@  res.send(\`<p>\${vals.at(-3)}</p>\`);
});

app.get('/at-const', (req: Request, res: Response) => {
  const vals = [String(req.query.a), 'x', 'y'];
@ok  res.send(\`<p>\${vals.at(-1)}</p>\`);
});

app.get('/last', (req: Request, res: Response) => {
  const items = [
    { k: 'user', v: String(req.query.msg) },
    { k: 'sys', v: 'All systems normal' },
  ];
  const it = items.findLast((i) => i.k === 'user');
@@  res.send('<p>' + it?.v + '</p>');
});

app.get('/last-const', (req: Request, res: Response) => {
  const items = [
    { k: 'user', v: String(req.query.msg) },
    { k: 'sys', v: 'All systems normal' },
  ];
  const it = items.findLast((i) => i.k === 'sys');
@ok  res.send('<p>' + it?.v + '</p>');
});

app.get('/sorted', (req: Request, res: Response) => {
  const arr = [String(req.query.a), 'zzz'];
@@  res.send('<p>' + arr.toSorted()[0] + '</p>');
});

app.get('/sorted-count', (req: Request, res: Response) => {
  const arr = [String(req.query.a), 'zzz'];
@ok  res.send('<p>' + arr.toSorted().length + '</p>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "browser innerHTML of parsed JSON behind a typeof number or typeof string guard",
    `const params = new URLSearchParams(location.search);
const out = document.getElementById('out');

function showCount() {
  const v = JSON.parse(params.get('count') || '0');
  if (typeof v === 'number') {
@ok    out.innerHTML = '<b>' + v + '</b> results';
  }
}

function showTitle() {
  const v = JSON.parse(params.get('title') || '""');
  if (typeof v === 'string') {
@@    out.innerHTML = '<h2>' + v + '</h2>';
  }
}

showCount();
showTitle();
`,
  ),
  ...js(
    "CWE-79",
    "Koa HTML list built in a labelled loop that skips the tainted first element or a constant one with continue",
    `const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/team', (ctx) => {
  const names = [ctx.query.name, 'alice', 'bob'];
  let html = '';
  rows: for (let i = 0; i < names.length; i++) {
    if (i === 2) continue rows;
    html += '<li>' + names[i] + '</li>';
  }
  ctx.type = 'html';
@@  ctx.body = '<ul>' + html + '</ul>';
});

router.get('/team-const', (ctx) => {
  const names = [ctx.query.name, 'alice', 'bob'];
  let html = '';
  rows: for (let i = 0; i < names.length; i++) {
    if (i === 0) continue rows;
    html += '<li>' + names[i] + '</li>';
  }
  ctx.type = 'html';
@ok  ctx.body = '<ul>' + html + '</ul>';
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js pages API handler rendering a notice from a discriminated union narrowed by switch, with the message or a fixed string",
    `import type { NextApiRequest, NextApiResponse } from 'next';

type Notice = { kind: 'error'; message: string } | { kind: 'info'; code: number };

function render(n: Notice): string {
  switch (n.kind) {
    case 'error':
      return \`<div class="err">\${n.message}</div>\`;
    case 'info':
      return \`<div class="info">Code \${n.code}</div>\`;
  }
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Content-Type', 'text/html');
  if (req.method === 'POST') {
    const n: Notice = { kind: 'error', message: String(req.query.msg) };
@@    return res.status(400).send(render(n));
  }
  const n: Notice = { kind: 'info', code: Number(req.query.msg) };
@ok  res.status(200).send(render(n));
}
`,
  ),
  ...js(
    "CWE-94",
    "eval of tagged templates whose tag keeps or drops the interpolated values, new Function over String.raw, and vm over a Symbol-keyed property",
    `const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());
const LIMIT = 100;
const CODE = Symbol('code');

function interleave(strings, ...vals) {
  return strings.reduce((acc, s, i) => acc + s + (i < vals.length ? vals[i] : ''), '');
}

function staticOnly(strings) {
  return strings.raw.join('0');
}

app.get('/calc', (req, res) => {
@@  res.json({ value: eval(interleave\`1 + \${req.query.n}\`) });
});

app.get('/calc-const', (req, res) => {
@ok  res.json({ value: eval(staticOnly\`1 + \${req.query.n}\`) });
});

app.get('/limit', (req, res) => {
@@  const f = new Function('x', String.raw\`return Math.min(x, \${req.query.max});\`);
  res.json({ value: f(Number(req.query.x)) });
});

app.get('/limit-const', (req, res) => {
@ok  const f = new Function('x', String.raw\`return Math.min(x, \${LIMIT});\`);
  res.json({ value: f(Number(req.query.x)) });
});

app.post('/job', (req, res) => {
  const job = { [CODE]: req.body.script, name: '6 * 7' };
@@  res.json({ result: vm.runInNewContext(job[CODE], {}) });
});

app.post('/job-const', (req, res) => {
  const job = { [CODE]: req.body.script, name: '6 * 7' };
@ok  res.json({ result: vm.runInNewContext(job.name, {}) });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Koa redirects through Reflect.get on a target table, Object.entries pairs and Object.fromEntries at the tainted or constant key",
    `import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

router.get('/go', (ctx) => {
  const targets = { home: '/home', back: String(ctx.query.back) };
@@  ctx.redirect(Reflect.get(targets, 'back'));
});

router.get('/go-const', (ctx) => {
  const targets = { home: '/home', back: String(ctx.query.back) };
@ok  ctx.redirect(Reflect.get(targets, 'home'));
});

router.get('/pair', (ctx) => {
  const pairs = Object.entries({ a: '/dashboard', b: String(ctx.query.url) });
@@  ctx.redirect(String(pairs[1][1]));
});

router.get('/pair-const', (ctx) => {
  const pairs = Object.entries({ a: '/dashboard', b: String(ctx.query.url) });
@ok  ctx.redirect(String(pairs[0][1]));
});

router.get('/next', (ctx) => {
  const q = Object.fromEntries([
    ['next', '/account'],
    ['from', String(ctx.query.next)],
  ]);
@@  ctx.redirect(q.from);
});

router.get('/next-const', (ctx) => {
  const q = Object.fromEntries([
    ['next', '/account'],
    ['from', String(ctx.query.next)],
  ]);
@ok  ctx.redirect(q.next);
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "Express redirects through a Symbol-keyed property set on the request or on a constant fallback object",
    `const express = require('express');

const app = express();
const NEXT = Symbol('next');

app.use((req, res, next) => {
  req[NEXT] = req.query.next;
  next();
});

app.get('/login/done', (req, res) => {
@@  res.redirect(req[NEXT]);
});

app.get('/logout/done', (req, res) => {
  const fallback = { [NEXT]: '/goodbye', other: req.query.next };
@ok  res.redirect(fallback[NEXT]);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js route handlers fetching the last or the first value of an async generator read with for await",
    `import { NextRequest, NextResponse } from 'next/server';

async function* candidates(user: string) {
  yield 'https://status.internal.example/health';
  yield user;
}

export async function GET(req: NextRequest) {
  const url = req.nextUrl.searchParams.get('url') ?? '';
  let chosen = '';
  for await (const c of candidates(url)) {
    chosen = c;
  }
@@  const r = await fetch(chosen);
  return NextResponse.json({ status: r.status });
}

export async function HEAD(req: NextRequest) {
  const url = req.nextUrl.searchParams.get('url') ?? '';
  let chosen = '';
  for await (const c of candidates(url)) {
    chosen = c;
    break;
  }
@ok  const r = await fetch(chosen);
  return new NextResponse(null, { status: r.status });
}
`,
  ),
  ...js(
    "CWE-918",
    "axios requests to a URL cached in a WeakMap per request, from the body or a constant, and an async generator ignoring its argument",
    `const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());
const upstream = new WeakMap();

async function* mirrors(_requested) {
  yield 'https://mirror-a.example.com/feed';
  yield 'https://mirror-b.example.com/feed';
}

app.post('/hook', async (req, res) => {
  upstream.set(req, req.body.callback);
@@  const r = await axios.post(upstream.get(req), { ok: true });
  res.json({ status: r.status });
});

app.post('/hook-const', async (req, res) => {
  upstream.set(req, 'https://hooks.example.com/notify');
@ok  const r = await axios.post(upstream.get(req), { ok: true });
  res.json({ status: r.status });
});

app.get('/feed', async (req, res) => {
  for await (const m of mirrors(req.query.url)) {
@ok    const r = await axios.get(m, { timeout: 2000 });
    if (r.status === 200) return res.json(r.data);
  }
  res.sendStatus(502);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "Mongo lookups of a nested-destructured body field behind a typeof string guard or a typeof undefined check",
    `const express = require('express');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const users = new MongoClient('mongodb://localhost:27017').db('app').collection('users');

app.post('/login', async (req, res) => {
  const { creds: { user, pass } } = req.body;
  if (typeof user === 'undefined' || typeof pass === 'undefined') return res.sendStatus(400);
@@  const found = await users.findOne({ user, pass });
  res.json({ ok: !!found });
});

app.post('/login-strict', async (req, res) => {
  const { creds: { user, pass } } = req.body;
  if (typeof user !== 'string' || typeof pass !== 'string') return res.sendStatus(400);
@ok  const found = await users.findOne({ user, pass });
  res.json({ ok: !!found });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp from String.raw around the request value or a constant, and from a Set allow-list check with the branches swapped",
    `const express = require('express');

const app = express();
const SUFFIX = '[a-z]{2,8}';
const KNOWN = new Set(['^[a-z]+$', '^\\\\d{1,6}$']);

app.get('/match', (req, res) => {
@@  const re = new RegExp(String.raw\`^\${req.query.p}$\`);
  res.json({ ok: re.test(String(req.query.s)) });
});

app.get('/match-const', (req, res) => {
@ok  const re = new RegExp(String.raw\`^\\d{4}-\${SUFFIX}$\`);
  res.json({ ok: re.test(String(req.query.s)) });
});

app.get('/known', (req, res) => {
  const pat = String(req.query.p);
@ok  const re = new RegExp(KNOWN.has(pat) ? pat : '^$');
  res.json({ ok: re.test(String(req.query.s)) });
});

app.get('/known-swapped', (req, res) => {
  const pat = String(req.query.p);
@@  const re = new RegExp(KNOWN.has(pat) ? '^$' : pat);
  res.json({ ok: re.test(String(req.query.s)) });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-338",
    "session tokens from a base class getter using Math.random (the subclass is never used)",
    `import express, { Request, Response } from 'express';
import { randomBytes } from 'crypto';

class TokenSource {
  get token(): string {
@@    return Math.random().toString(36).slice(2);
  }
}

class SecureTokenSource extends TokenSource {
  override get token(): string {
    return randomBytes(24).toString('hex');
  }
}

const app = express();
const sessions = new Map<string, string>();

app.post('/login', (req: Request, res: Response) => {
  const sid = new TokenSource().token;
  sessions.set(sid, String(req.body?.user));
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.sendStatus(204);
});

export { SecureTokenSource };
`,
  ),
  ...ts(
    "CWE-338",
    "session tokens from a subclass whose overridden getter uses randomBytes (the base Math.random getter is never reached)",
    `import express, { Request, Response } from 'express';
import { randomBytes } from 'crypto';

class TokenSource {
  get token(): string {
@ok    return Math.random().toString(36).slice(2);
  }
}

class SecureTokenSource extends TokenSource {
  override get token(): string {
    return randomBytes(24).toString('hex');
  }
}

const app = express();
const sessions = new Map<string, string>();

app.post('/login', (req: Request, res: Response) => {
  const sid = new SecureTokenSource().token;
  sessions.set(sid, String(req.body?.user));
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-338",
    "password reset tokens from a static factory called with the weak kind (reaches Math.random)",
    `const express = require('express');
const crypto = require('crypto');

class Tokens {
  static create(kind) {
    if (kind === 'secure') return crypto.randomUUID();
@@    return Math.random().toString(16).slice(2);
  }
}

const app = express();
app.use(express.json());
const resets = new Map();

app.post('/reset', (req, res) => {
  const resetToken = Tokens.create('weak');
  resets.set(resetToken, req.body.email);
  res.sendStatus(202);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "password reset tokens from a static factory called only with the secure kind (Math.random never reached)",
    `const express = require('express');
const crypto = require('crypto');

class Tokens {
  static create(kind) {
    if (kind === 'secure') return crypto.randomUUID();
@ok    return Math.random().toString(16).slice(2);
  }
}

const app = express();
app.use(express.json());
const resets = new Map();

app.post('/reset', (req, res) => {
  const resetToken = Tokens.create('secure');
  resets.set(resetToken, req.body.email);
  res.sendStatus(202);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-328",
    "API key digests with the algorithm from an as const table or a TS string enum",
    `import express, { Request, Response } from 'express';
import { createHash } from 'crypto';

const ALGS = { legacy: 'md5', current: 'sha256' } as const;

enum Digest {
  Old = 'sha1',
  New = 'sha512',
}

const app = express();
app.use(express.json());

app.post('/keys', (req: Request, res: Response) => {
@@  const digest = createHash(ALGS.legacy).update(String(req.body.apiKey)).digest('hex');
  res.json({ digest });
});

app.post('/keys-const', (req: Request, res: Response) => {
@ok  const digest = createHash(ALGS.current).update(String(req.body.apiKey)).digest('hex');
  res.json({ digest });
});

app.post('/keys-enum', (req: Request, res: Response) => {
@@  const digest = createHash(Digest.Old).update(String(req.body.apiKey)).digest('hex');
  res.json({ digest });
});

app.post('/keys-enum-const', (req: Request, res: Response) => {
@ok  const digest = createHash(Digest.New).update(String(req.body.apiKey)).digest('hex');
  res.json({ digest });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-327",
    "ciphers named through a Map read at the legacy or the modern key in a Node script",
    `const crypto = require('crypto');
const fs = require('fs');

const CIPHERS = new Map([
  ['legacy', 'des-ede3-cbc'],
  ['modern', 'aes-256-gcm'],
]);
const key24 = crypto.randomBytes(24);
const key32 = crypto.randomBytes(32);

function sealLegacy(buf) {
  const iv = crypto.randomBytes(8);
@@  const c = crypto.createCipheriv(CIPHERS.get('legacy'), key24, iv);
  return Buffer.concat([iv, c.update(buf), c.final()]);
}

function sealModern(buf) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv(CIPHERS.get('modern'), key32, iv);
  const body = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

const data = fs.readFileSync(process.argv[2]);
fs.writeFileSync('out.legacy', sealLegacy(data));
fs.writeFileSync('out.modern', sealModern(data));
`,
  ),
  ...js(
    "CWE-614",
    "session cookies whose options come from a frozen base with secure dropped by a rest pattern or with sameSite dropped and re-added",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
const BASE = Object.freeze({ httpOnly: true, secure: true, sameSite: 'lax' });

app.post('/login', (req, res) => {
  const sid = crypto.randomBytes(24).toString('hex');
  const { secure, ...rest } = BASE;
@@  res.cookie('sid', sid, rest);
  res.sendStatus(204);
});

app.post('/login-strict', (req, res) => {
  const sid = crypto.randomBytes(24).toString('hex');
  const { sameSite, ...rest } = BASE;
@ok  res.cookie('sid', sid, { ...rest, sameSite: 'strict' });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1004",
    "session cookies with options from a static factory for server-only or script-readable cookies",
    `import express, { Request, Response, CookieOptions } from 'express';
import { randomBytes } from 'crypto';

class CookieOpts {
  static session(): CookieOptions {
    return { httpOnly: true, secure: true, sameSite: 'lax' };
  }
  static client(): CookieOptions {
    return { httpOnly: false, secure: true, sameSite: 'lax' };
  }
}

const app = express();

app.post('/login', (req: Request, res: Response) => {
  const sid = randomBytes(24).toString('hex');
@@  res.cookie('session', sid, CookieOpts.client());
  res.sendStatus(204);
});

app.post('/login-safe', (req: Request, res: Response) => {
  const sid = randomBytes(24).toString('hex');
@ok  res.cookie('session', sid, CookieOpts.session());
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
];
