// Dev suite "js-ts", batch 31: the second round after the probe against public JavaScript query tests, written
// before any fix for it (own code): archive entries written where their names point (jszip, fstream, tar-stream,
// adm-zip), nested writes keyed by request data (prototype pollution), raw Location headers and koa redirects
// with their guards, and the checks that make each safe.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch31", cwe, note, src, "javascript");

export const BATCH31: DevCase[] = [
  ...js(
    "CWE-22",
    "jszip entries written under their own names",
    `const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

async function unpackAll(buf, dest) {
  const bundle = await JSZip.loadAsync(buf);
  for (const entryName in bundle.files) {
    const data = await bundle.files[entryName].async('nodebuffer');
@@    fs.writeFileSync(path.join(dest, entryName), data);
  }
}

async function unpackEach(buf, dest) {
  const bundle = await JSZip.loadAsync(buf);
  bundle.forEach(async (relPath, item) => {
@@    fs.createWriteStream(path.join(dest, relPath)).end(await item.async('nodebuffer'));
  });
}

async function unpackFlat(buf, dest) {
  const bundle = await JSZip.loadAsync(buf);
  for (const entryName in bundle.files) {
    const data = await bundle.files[entryName].async('nodebuffer');
@ok    fs.writeFileSync(path.join(dest, path.basename(entryName)), data);
  }
}
`,
  ),
  ...js(
    "CWE-22",
    "tar-stream and fstream writers given entry names",
    `const fs = require('fs');
const path = require('path');
const tar = require('tar-stream');
const fstream = require('fstream');
const unzipper = require('unzipper');

function untar(input, dest) {
  const ex = tar.extract();
  ex.on('entry', (header, stream, next) => {
@@    stream.pipe(fs.createWriteStream(path.join(dest, header.name)));
    stream.on('end', next);
  });
  input.pipe(ex);
}

function unzipTo(input, dest) {
  input.pipe(unzipper.Parse()).on('entry', (entry) => {
@@    entry.pipe(fstream.Writer({ path: path.join(dest, entry.path) }));
  });
}

function untarChecked(input, dest) {
  const root = path.resolve(dest);
  const ex = tar.extract();
  ex.on('entry', (header, stream, next) => {
    const target = path.resolve(root, header.name);
    if (!target.startsWith(root + path.sep)) return next(new Error('entry escapes ' + root));
@ok    stream.pipe(fs.createWriteStream(target));
    stream.on('end', next);
  });
  input.pipe(ex);
}
`,
  ),
  ...js(
    "CWE-22",
    "adm-zip entry names",
    `const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');

function restore(file, dest) {
  const archive = new AdmZip(file);
  for (const e of archive.getEntries()) {
@@    fs.writeFileSync(dest + '/' + e.entryName, e.getData());
  }
}

function restoreSafe(file, dest) {
  const archive = new AdmZip(file);
  for (const e of archive.getEntries()) {
    const out = path.resolve(dest, e.entryName);
    if (path.relative(dest, out).startsWith('..')) continue;
@ok    fs.writeFileSync(out, e.getData());
  }
}
`,
  ),
  ...js(
    "CWE-1321",
    "nested writes keyed by request data",
    `const express = require('express');
const app = express();
const settings = {};

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
@@  settings[section][key] = value;
  res.end();
});

app.post('/settings2', (req, res) => {
  const group = String(req.query.group);
@@  settings[group].updatedBy = req.query.user;
  res.end();
});

app.post('/settings3', (req, res) => {
  const { section, key, value } = req.body;
  if (!Object.prototype.hasOwnProperty.call(settings, section)) return res.status(404).end();
@ok  settings[section][key] = value;
  res.end();
});

const byUser = Object.create(null);
app.post('/prefs', (req, res) => {
  byUser[req.body.user] = byUser[req.body.user] || Object.create(null);
@ok  byUser[req.body.user][req.body.name] = req.body.value;
  res.end();
});

const store = new Map();
app.post('/prefs2', (req, res) => {
  if (!store.has(req.body.user)) store.set(req.body.user, new Map());
@ok  store.get(req.body.user).set(req.body.name, req.body.value);
  res.end();
});
`,
  ),
  ...js(
    "CWE-1321",
    "keys filtered with a one-shot replace",
    `const express = require('express');
const app = express();
const registry = {};

app.post('/reg', (req, res) => {
  const ns = req.body.ns.replace('__proto__', '');
@@  registry[ns][req.body.k] = req.body.v;
  res.end();
});

app.post('/reg2', (req, res) => {
  const ns = req.body.ns;
  if (ns === '__proto__' || ns === 'constructor' || ns === 'prototype') return res.status(400).end();
@ok  registry[ns][req.body.k] = req.body.v;
  res.end();
});
`,
  ),
  ...js(
    "CWE-601",
    "Location headers written with writeHead",
    `const http = require('http');

http.createServer((req, res) => {
  const next = new URL(req.url, 'http://localhost').searchParams.get('next');
@@  res.writeHead(302, { Location: next });
  res.end();
}).listen(8100);

http.createServer((req, res) => {
  const next = new URL(req.url, 'http://localhost').searchParams.get('next');
@ok  res.writeHead(302, { Location: '/account/' + encodeURIComponent(next) });
  res.end();
}).listen(8101);

http.createServer((req, res) => {
  const next = new URL(req.url, 'http://localhost').searchParams.get('next');
@@  res.writeHead(301, { 'Content-Type': 'text/plain', Location: next + '?utm=mail' });
  res.end();
}).listen(8102);

http.createServer((req, res) => {
  const next = new URL(req.url, 'http://localhost').searchParams.get('next');
@ok  res.writeHead(302, { Location: 'https://auth.example.com/continue?to=' + encodeURIComponent(next) });
  res.end();
}).listen(8103);
`,
  ),
  ...js(
    "CWE-601",
    "koa redirects behind pattern checks",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path !== '/go') return next();
  const dest = ctx.query.dest;
  if (!dest || /[^\\w\\/-]/.test(dest)) {
    ctx.redirect('/');
  } else {
@ok    ctx.redirect('/' + dest.replace(/^\\/+/, ''));
  }
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/out') return next();
@@  ctx.redirect(ctx.query.dest || '/');
});

app.use(async (ctx) => {
  const dest = ctx.query.dest;
  // Single-slash path segments only: no '//' and no '/\\' (which browsers also read as another host).
  if (typeof dest === 'string' && /^(\\/[\\w-]+)+$/.test(dest)) {
@ok    ctx.redirect(dest);
  }
});
`,
  ),
];
