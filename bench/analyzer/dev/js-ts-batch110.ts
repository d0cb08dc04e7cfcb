// Dev suite "js-ts", batch 110: not blind, gaps a previous helper named in the JavaScript data flow (own code, never
// taken from an advisory or a held-out corpus): overwrites inside try / catch / finally, generators yielding request
// data, localeCompare(...) === 0 as an equality guard, Map / WeakMap reads by key, String.prototype.replace with a
// callback or a stripping pattern, and an allow-list check on a different variable than the one reaching exec.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch110", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch110", cwe, note, src, "typescript");

export const BATCH110: DevCase[] = [
  ...js(
    "CWE-78",
    "try/catch/finally overwrites: the try body always overwrites, a catch only sometimes, finally always",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/run-try', (req, res) => {
  let cmd = req.query.c;
  try {
    cmd = 'ls -la';
  } finally {
    console.log('done');
  }
@ok  exec(cmd, (err, out) => res.send(out));
});

app.get('/run-catch', (req, res) => {
  let cmd = req.query.c;
  try {
    JSON.parse(req.query.opts);
  } catch (e) {
    cmd = 'uptime';
  }
@@  exec(cmd, (err, out) => res.send(out));
});

app.get('/run-finally', (req, res) => {
  let cmd = req.query.c;
  try {
    JSON.parse(req.query.opts);
  } catch (e) {
    console.error(e);
  } finally {
    cmd = 'df -h';
  }
@ok  exec(cmd, (err, out) => res.send(out));
});

app.get('/run-try-tainted', (req, res) => {
  let cmd = 'uptime';
  try {
    cmd = 'ls ' + req.query.dir;
  } catch (e) {
    console.error(e);
  }
@@  exec(cmd, (err, out) => res.send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "try/catch/finally overwrites of a path (TypeScript, fs.readFile)",
    `import express, { Request, Response } from 'express';
import fs from 'fs';

const app = express();

app.get('/doc', (req: Request, res: Response) => {
  let file: string = String(req.query.f);
  try {
    file = '/srv/docs/index.txt';
  } catch {
    res.status(500).end();
    return;
  }
@ok  fs.readFile(file, 'utf8', (err, data) => res.send(data));
});

app.get('/doc-fallback', (req: Request, res: Response) => {
  let file: string = String(req.query.f);
  try {
    fs.accessSync(file);
  } catch {
    file = '/srv/docs/missing.txt';
  }
@@  fs.readFile(file, 'utf8', (err, data) => res.send(data));
});

app.get('/doc-finally', (req: Request, res: Response) => {
  let file: string = String(req.query.f);
  try {
    fs.accessSync('/srv/docs');
  } finally {
    file = '/srv/docs/index.txt';
  }
@ok  fs.readFile(file, 'utf8', (err, data) => res.send(data));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "a generator yielding request data, spread or iterated with for..of into exec",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/batch', (req, res) => {
  function* targets() {
    yield req.query.a;
    yield req.query.b;
  }
  const hosts = [...targets()];
@@  exec('ping -c 1 ' + hosts.join(' '), (err, out) => res.send(out));
});

app.get('/batch-loop', (req, res) => {
  function* targets() {
    yield req.query.a;
  }
  for (const host of targets()) {
@@    exec('ping -c 1 ' + host, () => {});
  }
  res.end();
});

app.get('/batch-const', (req, res) => {
  function* targets() {
    yield 'localhost';
    yield '127.0.0.1';
  }
  const hosts = [...targets()];
@ok  exec('ping -c 1 ' + hosts.join(' '), (err, out) => res.send(out));
});

app.get('/batch-const-loop', (req, res) => {
  function* targets() {
    yield 'localhost';
  }
  for (const host of targets()) {
@ok    exec('ping -c 1 ' + host, () => {});
  }
  res.end();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "a top-level generator function of the module yielding request fields into a SQL string",
    `const express = require('express');
const mysql = require('mysql');

const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const app = express();
app.use(express.json());

function* columns(body) {
  yield body.sort;
  yield body.dir;
}

function* fixedColumns() {
  yield 'name';
  yield 'price';
}

app.post('/items', (req, res) => {
  const [sort] = [...columns(req.body)];
@@  db.query('SELECT * FROM items ORDER BY ' + sort, (err, rows) => res.json(rows));
});

app.post('/items-fixed', (req, res) => {
  const [sort] = [...fixedColumns()];
@ok  db.query('SELECT * FROM items ORDER BY ' + sort, (err, rows) => res.json(rows));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "localeCompare(...) === 0 as an equality guard: the value is the constant inside, and !== 0 exits",
    `const express = require('express');

const app = express();

app.get('/role', (req, res) => {
  const role = req.query.role;
  if (role.localeCompare('admin') === 0) {
@ok    res.send('<h1>' + role + '</h1>');
  }
@@  res.send('<p>' + role + '</p>');
});

app.get('/role-exit', (req, res) => {
  const role = req.query.role;
  if (role.localeCompare('guest') !== 0) {
    return res.status(403).end();
  }
@ok  res.send('<h1>Welcome ' + role + '</h1>');
});

app.get('/role-sort', (req, res) => {
  const role = req.query.role;
  if (role.localeCompare('guest') < 0) {
@@    res.send('<h1>' + role + '</h1>');
  }
  res.end();
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "localeCompare with a reversed comparison (0 === a.localeCompare(b)) before exec",
    `import express, { Request, Response } from 'express';
import { exec } from 'child_process';

const app = express();

app.get('/svc', (req: Request, res: Response) => {
  const name = String(req.query.name);
  if (0 !== name.localeCompare('nginx')) {
    res.status(400).send('unknown');
    return;
  }
@ok  exec('systemctl status ' + name, (err, out) => res.send(out));
});

app.get('/svc-any', (req: Request, res: Response) => {
  const name = String(req.query.name);
  if (name.localeCompare('nginx') === 0) {
    console.log('nginx');
  }
@@  exec('systemctl status ' + name, (err, out) => res.send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "Map/WeakMap reads by key: the key that was set with request data versus another constant key",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/map', (req, res) => {
  const m = new Map();
  m.set('user', req.query.u);
  m.set('cmd', 'whoami');
@ok  exec(m.get('cmd'), (err, out) => res.send(out));
});

app.get('/map-user', (req, res) => {
  const m = new Map();
  m.set('user', req.query.u);
  m.set('cmd', 'whoami');
@@  exec('id ' + m.get('user'), (err, out) => res.send(out));
});

app.get('/weak', (req, res) => {
  const meta = new WeakMap();
  meta.set(req, req.query.cmd);
@@  exec(meta.get(req), (err, out) => res.send(out));
});

app.get('/weak-other', (req, res) => {
  const meta = new WeakMap();
  const fixed = {};
  meta.set(req, req.query.cmd);
  meta.set(fixed, 'uptime');
@ok  exec(meta.get(fixed), (err, out) => res.send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "a typed Map<string, string> read at a constant key other than the tainted one",
    `import express, { Request, Response } from 'express';

const app = express();

app.get('/labels', (req: Request, res: Response) => {
  const labels = new Map<string, string>([['title', 'Report']]);
  labels.set('query', String(req.query.q));
@ok  res.send('<h1>' + labels.get('title') + '</h1>');
@@  res.send('<p>' + labels.get('query') + '</p>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "String.prototype.replace: a callback returning request data taints, a stripping class or a constant callback cleans",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/tpl', (req, res) => {
  const cmd = 'echo NAME'.replace(/NAME/g, () => req.query.v);
@@  exec(cmd, (err, out) => res.send(out));
});

app.get('/tpl-fn', (req, res) => {
  const cmd = 'echo NAME'.replace(/NAME/g, function () {
    return req.query.v;
  });
@@  exec(cmd, (err, out) => res.send(out));
});

app.get('/strip', (req, res) => {
  const host = req.query.host.replace(/[^a-z0-9.]/g, '');
@ok  exec('ping -c 1 ' + host, (err, out) => res.send(out));
});

app.get('/const-cb', (req, res) => {
  const cmd = 'echo NAME'.replace(/NAME/g, () => 'world');
@ok  exec(cmd, (err, out) => res.send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "replace with a callback into a path, and a stripping replaceAll before readFile",
    `import express, { Request, Response } from 'express';
import { readFile } from 'fs';

const app = express();

app.get('/file', (req: Request, res: Response) => {
  const p = '/srv/data/FILE.txt'.replace('FILE', () => String(req.query.name));
@@  readFile(p, (err, buf) => res.send(buf));
});

app.get('/file-clean', (req: Request, res: Response) => {
  const name = String(req.query.name).replace(/[^a-zA-Z0-9_-]/g, '');
@ok  readFile('/srv/data/' + name + '.txt', (err, buf) => res.send(buf));
});

app.get('/file-const', (req: Request, res: Response) => {
  const p = '/srv/data/FILE.txt'.replace('FILE', (m: string) => m.toLowerCase());
@ok  readFile(p, (err, buf) => res.send(buf));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "an allow-list check on a different variable does not exempt exec of another request value",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();
const FORMATS = ['json', 'text'];
const FILES = ['a.txt', 'b.txt'];

app.get('/cat', (req, res) => {
  const format = req.query.format;
  const name = req.query.name;
  if (!FORMATS.includes(format)) return res.status(400).end();
@@  exec('cat ' + name, (err, out) => res.send(out));
});

app.get('/cat-checked', (req, res) => {
  const format = req.query.format;
  const name = req.query.name;
  if (!FILES.includes(name)) return res.status(400).end();
@ok  exec('cat ' + name, (err, out) => res.send(out));
});

app.get('/cat-derived', (req, res) => {
  const base = req.query.name;
  if (FILES.indexOf(base) === -1) {
    return res.status(400).end();
  }
  const path = '/srv/files/' + base;
@ok  exec('cat ' + path, (err, out) => res.send(out));
});

app.get('/cat-other-indexof', (req, res) => {
  const format = req.query.format;
  if (FORMATS.indexOf(format) < 0) {
    return res.status(400).end();
  }
@@  exec('cat /srv/files/' + req.query.name, (err, out) => res.send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "an allow-list Set.has on another field of the body, then execSync with the unchecked one",
    `import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();
app.use(express.json());
const ALLOWED = new Set(['gzip', 'bzip2']);

app.post('/pack', (req: Request, res: Response) => {
  const { tool, file } = req.body;
  if (!ALLOWED.has(tool)) {
    res.status(400).send('bad tool');
    return;
  }
@@  res.send(execSync(tool + ' -k ' + file).toString());
});

app.post('/pack-tool', (req: Request, res: Response) => {
  const { tool } = req.body;
  if (!ALLOWED.has(tool)) {
    res.status(400).send('bad tool');
    return;
  }
@ok  res.send(execSync(tool + ' -k /srv/archive.tar').toString());
});

app.listen(3000);
`,
  ),
];
