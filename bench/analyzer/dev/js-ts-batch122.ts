// Dev suite "js-ts", batch 122: the gaps named after batch 119, each as a positive and a safe twin written before any
// fix (own code, never taken from an advisory or a held-out corpus): reachability after a labelled `continue` and in
// a `do...while` whose counter does or does not reach a branch; per-class instance fields (a field set from request
// data in one method and read in another on the same instance vs a field only ever set to constants); a per-request
// WeakMap keyed by `req`; tagged templates from a parameterising SQL library vs a hand-written tag that concatenates.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch122", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch122", cwe, note, src, "typescript");

export const BATCH122: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of a command set after a labelled continue that skips every step but one that exists or one that does not, and in a do...while whose counter does or does not reach the branch",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();
const STEPS = ['status', 'disk', 'logs'];

app.get('/steps', (req, res) => {
  let cmd = 'uptime';
  steps: for (const step of STEPS) {
    if (step !== 'logs') continue steps;
    cmd = 'tail -n 50 ' + req.query.file;
  }
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/steps-const', (req, res) => {
  let cmd = 'uptime';
  steps: for (const step of STEPS) {
    if (step !== 'custom') continue steps;
    cmd = 'sh -c ' + req.query.script;
  }
@ok  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/retry', (req, res) => {
  let attempt = 0;
  let cmd = 'date';
  do {
    attempt++;
    if (attempt === 3) cmd = 'logger ' + req.query.msg;
  } while (attempt < 3);
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/retry-const', (req, res) => {
  let attempt = 0;
  let cmd = 'date';
  do {
    attempt++;
    if (attempt > 3) cmd = 'logger ' + req.query.msg;
  } while (attempt < 3);
@ok  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/grid', (req, res) => {
  let cmd = 'ls /srv';
  rows: for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      if (c > r) continue rows;
      if (r === 2 && c === 2) cmd = 'ls ' + req.query.dir;
    }
  }
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.get('/grid-const', (req, res) => {
  let cmd = 'ls /srv';
  rows: for (let r = 0; r < 3; r++) {
    if (r < 5) continue rows;
    cmd = 'ls ' + req.query.dir;
  }
@ok  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "HTML cells read by index in a labelled loop that continues past the request's cell or a constant one, and in a do...while that stops before or at the request's cell",
    `const express = require('express');

const app = express();

app.get('/row', (req, res) => {
  const cells = ['id', 'name', req.query.note];
  let html = '';
  cols: for (let i = 0; i < cells.length; i++) {
    if (i === 0) continue cols;
    html += '<td>' + cells[i] + '</td>';
  }
@@  res.send('<tr>' + html + '</tr>');
});

app.get('/row-const', (req, res) => {
  const cells = ['id', 'name', req.query.note];
  let html = '';
  cols: for (let i = 0; i < cells.length; i++) {
    if (i === 2) continue cols;
    html += '<td>' + cells[i] + '</td>';
  }
@ok  res.send('<tr>' + html + '</tr>');
});

app.get('/head', (req, res) => {
  const cells = ['id', 'name', req.query.note];
  let html = '';
  let i = 0;
  do {
    html += '<th>' + cells[i] + '</th>';
    i++;
  } while (i < 3);
@@  res.send('<tr>' + html + '</tr>');
});

app.get('/head-const', (req, res) => {
  const cells = ['id', 'name', req.query.note];
  let html = '';
  let i = 0;
  do {
    html += '<th>' + cells[i] + '</th>';
    i++;
  } while (i < 2);
@ok  res.send('<tr>' + html + '</tr>');
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "a query class whose filter field is set from the request in one method and read in another vs its table field only ever set to constants",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();

class ReportQuery {
  private table = 'reports';
  private filter = 'true';

  archived(): void {
    this.table = 'reports_archive';
  }

  scope(req: Request): void {
    this.filter = \`owner = '\${req.query.owner}'\`;
  }

  listSql(): string {
    return \`SELECT id, title FROM \${this.table} ORDER BY id\`;
  }

  scopedSql(): string {
    return \`SELECT id, title FROM \${this.table} WHERE \${this.filter}\`;
  }
}

app.get('/reports', async (req: Request, res: Response) => {
  const q = new ReportQuery();
  q.scope(req);
  if (req.query.archived) q.archived();
@@  const { rows } = await pool.query(q.scopedSql());
  res.json(rows);
});

app.get('/reports/all', async (req: Request, res: Response) => {
  const q = new ReportQuery();
  q.scope(req);
  if (req.query.archived) q.archived();
@ok  const { rows } = await pool.query(q.listSql());
  res.json(rows);
});

class Pager {
  limit = 20;
  sort = 'id';
  constructor(private readonly req: Request) {}
  load(): this {
    this.sort = String(this.req.query.sort);
    return this;
  }
  sortSql(): string {
    return \`SELECT * FROM items ORDER BY \${this.sort}\`;
  }
  limitSql(): string {
    return \`SELECT * FROM items LIMIT \${this.limit}\`;
  }
}

app.get('/items', async (req: Request, res: Response) => {
@@  const { rows } = await pool.query(new Pager(req).load().sortSql());
  res.json(rows);
});

app.get('/items/page', async (req: Request, res: Response) => {
@ok  const { rows } = await pool.query(new Pager(req).load().limitSql());
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "a per-request WeakMap keyed by req filled by a middleware with a header value and a fixed health URL, read back by the handler",
    `const express = require('express');
const axios = require('axios');

const app = express();
const perRequest = new WeakMap();
const tenants = new WeakMap();

app.use((req, res, next) => {
  perRequest.set(req, { target: req.get('x-upstream'), health: 'https://status.example.com/ping' });
  tenants.set(req, 'https://api.example.com/v1');
  next();
});

app.get('/proxy', async (req, res) => {
@@  const r = await axios.get(perRequest.get(req).target, { timeout: 2000 });
  res.json(r.data);
});

app.get('/health', async (req, res) => {
@ok  const r = await axios.get(perRequest.get(req).health, { timeout: 2000 });
  res.json(r.data);
});

app.get('/tenant', async (req, res) => {
@ok  const r = await axios.get(tenants.get(req) + '/status', { timeout: 2000 });
  res.json(r.data);
});

app.get('/tenant-override', async (req, res) => {
  tenants.set(req, req.query.base);
@@  const r = await axios.get(tenants.get(req) + '/status', { timeout: 2000 });
  res.json(r.data);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "tagged templates: sql-template-strings and the postgres client parameterise the values vs a hand-written sql tag that concatenates them with a loop or map/join",
    `const express = require('express');
const SQL = require('sql-template-strings');
const postgres = require('postgres');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();
const db = postgres(process.env.DATABASE_URL);

function sql(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += values[i] + strings[i + 1];
  return out;
}

function q(strings, ...values) {
  return strings.map((s, i) => s + (i < values.length ? values[i] : '')).join('');
}

app.get('/users', async (req, res) => {
@ok  const { rows } = await pool.query(SQL\`SELECT * FROM users WHERE name = \${req.query.name}\`);
  res.json(rows);
});

app.get('/users/pg', async (req, res) => {
@ok  const rows = await db\`SELECT * FROM users WHERE name = \${req.query.name}\`;
  res.json(rows);
});

app.get('/users/loop', async (req, res) => {
@@  const { rows } = await pool.query(sql\`SELECT * FROM users WHERE name = '\${req.query.name}'\`);
  res.json(rows);
});

app.get('/users/map', async (req, res) => {
@@  const { rows } = await pool.query(q\`SELECT * FROM users WHERE name = '\${req.query.name}'\`);
  res.json(rows);
});

app.listen(3000);
`,
  ),
];
