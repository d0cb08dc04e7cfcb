// Dev suite "js-ts", batch 120: not blind, idioms the re-probe of CodeQL's JavaScript query tests missed (own code,
// never copied from those tests): fs functions wrapped by util.promisify / pify / bluebird before the call, a shell
// picked through if/else assignments before spawn(shell, [flag, cmd]), and redirects whose request part sits after a
// constant "?" or "#" in an array join or a parenthesised concatenation (safe) next to ones that lead the URL.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch120", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch120", cwe, note, src, "typescript");

export const BATCH120: DevCase[] = [
  // --- (1) promisified fs functions ---
  ...js(
    "CWE-22",
    "util.promisify(fs.readFile) bound to a name, then called with a query path vs a fixed path",
    `const fs = require('fs');
const util = require('util');
const express = require('express');

const app = express();
const readFileAsync = util.promisify(fs.readFile);

app.get('/docs', async (req, res) => {
@@  const text = await readFileAsync(req.query.file, 'utf8');
  res.type('text/plain').send(text);
});

app.get('/licence', async (req, res) => {
@ok  const text = await readFileAsync('/srv/app/LICENSE', 'utf8');
  res.type('text/plain').send(text);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "util.promisify(fs.unlink)(p) called inline with a body path vs a path whose basename is checked",
    `const fs = require('fs');
const path = require('path');
const { promisify } = require('util');
const express = require('express');

const app = express();
app.use(express.json());

app.post('/remove', async (req, res) => {
@@  await promisify(fs.unlink)(req.body.path);
  res.sendStatus(204);
});

app.post('/remove-upload', async (req, res) => {
  const name = path.basename(String(req.body.name));
@ok  await promisify(fs.unlink)(path.join('/srv/uploads', name));
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "pify(fs) and bluebird's promisifyAll(fs) module wrappers read a request path",
    `const fs = require('fs');
const pify = require('pify');
const Promise = require('bluebird');
const express = require('express');

const app = express();
const pfs = pify(fs);
const bfs = Promise.promisifyAll(fs);

app.get('/raw', async (req, res) => {
@@  const buf = await pfs.readFile(req.query.name);
  res.type('application/octet-stream').send(buf);
});

app.get('/raw2', async (req, res) => {
@@  const buf = await bfs.readFileAsync(req.query.name);
  res.type('application/octet-stream').send(buf);
});

app.get('/version', async (req, res) => {
@ok  const buf = await pfs.readFile(__dirname + '/VERSION');
  res.type('text/plain').send(buf);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript: promisify(writeFile) imported by name, writing to a route parameter vs to a fixed cache file",
    `import express, { Request, Response } from 'express';
import { writeFile } from 'fs';
import { promisify } from 'util';

const app = express();
app.use(express.text());
const writeFileAsync = promisify(writeFile);

app.put('/notes/:name', async (req: Request, res: Response) => {
@@  await writeFileAsync(req.params.name, req.body);
  res.sendStatus(201);
});

app.put('/cache', async (req: Request, res: Response) => {
@ok  await writeFileAsync('/var/cache/app/last.txt', String(req.body));
  res.sendStatus(201);
});

app.listen(3000);
`,
  ),
  // --- (2) shell chosen through if/else assignments ---
  ...js(
    "CWE-78",
    "spawn(shell, [flag, cmd]) where shell/flag are assigned per platform: query command vs fixed command",
    `const { spawn } = require('child_process');
const express = require('express');

const app = express();

function shellFor() {
  let shell;
  let flag;
  if (process.platform === 'win32') {
    shell = 'cmd.exe';
    flag = '/c';
  } else {
    shell = '/bin/sh';
    flag = '-c';
  }
  return { shell, flag };
}

app.get('/run', (req, res) => {
  let sh, opt;
  if (process.platform === 'win32') {
    sh = 'cmd.exe';
    opt = '/c';
  } else {
    sh = '/bin/sh';
    opt = '-c';
  }
@@  const child = spawn(sh, [opt, req.query.cmd]);
  child.stdout.pipe(res);
});

app.get('/disk', (req, res) => {
  let sh, opt;
  if (process.platform === 'win32') {
    sh = 'cmd.exe';
    opt = '/c';
  } else {
    sh = '/bin/sh';
    opt = '-c';
  }
@ok  const child = spawn(sh, [opt, 'df -h']);
  child.stdout.pipe(res);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "bash -c argument list filled by index / push before execFile: request script vs a fixed script",
    `const { execFile } = require('child_process');
const express = require('express');

const app = express();

app.get('/task', (req, res) => {
  const argv = [];
  argv[0] = '-c';
  argv[1] = req.query.script;
@@  execFile('/bin/bash', argv, (err, out) => res.type('text/plain').send(out));
});

app.get('/load', (req, res) => {
  const argv = [];
  argv[0] = '-c';
  argv[1] = 'cat /proc/loadavg';
@ok  execFile('/bin/bash', argv, (err, out) => res.type('text/plain').send(out));
});

app.get('/task2', (req, res) => {
  const argv = ['-c'];
  argv.push(String(req.query.script));
@@  execFile('sh', argv, (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "chrome-remote-interface screenshot service: Page.navigate to a query URL vs to the app's own status page",
    `const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();

app.get('/shot', async (req, res) => {
  const client = await CDP({ port: 9222 });
  const { Page } = client;
  await Page.enable();
@@  await Page.navigate({ url: String(req.query.target) });
  await Page.loadEventFired();
  const { data } = await Page.captureScreenshot();
  await client.close();
  res.type('image/png').send(Buffer.from(data, 'base64'));
});

app.get('/status-shot', async (req, res) => {
  const client = await CDP({ port: 9222 });
@ok  await client.Page.navigate({ url: 'http://127.0.0.1:3000/status' });
  await client.Page.loadEventFired();
  const { data } = await client.Page.captureScreenshot();
  await client.close();
  res.type('image/png').send(Buffer.from(data, 'base64'));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "pg-promise: a sort column through the :raw filter from the query vs the same filter fed an allow-listed column",
    `const pgp = require('pg-promise')();
const express = require('express');

const app = express();
const db = pgp(process.env.DATABASE_URL);
const SORTABLE = { name: 'name', created: 'created_at' };

app.get('/items', async (req, res) => {
  const rows = await db.any('SELECT id, name FROM items ORDER BY $1:raw LIMIT 50', [
@@    req.query.sort,
  ]);
  res.json(rows);
});

app.get('/items2', async (req, res) => {
  const col = SORTABLE[req.query.sort] || 'name';
@ok  const rows = await db.any('SELECT id, name FROM items ORDER BY $1:raw LIMIT 50', [col]);
  res.json(rows);
});

app.listen(3000);
`,
  ),
  // --- (3) redirects: request data after a constant "?" / "#" ---
  ...js(
    "CWE-601",
    "redirect built by [...].join(''): query after a constant '?...=' (safe) vs the query leading the URL",
    `const express = require('express');

const app = express();

app.get('/find', (req, res) => {
@ok  res.redirect(['/search?q=', encodeURIComponent(req.query.q)].join(''));
});

app.get('/find2', (req, res) => {
@ok  res.redirect(['/search?q=', req.query.q].join(''));
});

app.get('/go', (req, res) => {
@@  res.redirect([req.query.next, '?from=login'].join(''));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "redirect to a fixed page plus (HASH + anchor) in parentheses (safe) vs a query value plus a constant hash",
    `const express = require('express');

const app = express();
const HASH = '#';

app.get('/section', (req, res) => {
@ok  res.redirect('/manual/index.html' + (HASH + req.query.anchor));
});

app.get('/jump', (req, res) => {
@@  res.redirect(req.query.page + (HASH + 'top'));
});

app.listen(3000);
`,
  ),
];
