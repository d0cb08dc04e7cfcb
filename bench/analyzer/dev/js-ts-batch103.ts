// Dev suite "js-ts", batch 103: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Line-level rule-test style around Node and browser security APIs written the many ways real
// code writes them: destructured and namespace imports, aliases, util.promisify, .call/.apply, optional chaining,
// method chains, template literals and small wrappers that forward their arguments. Areas: child_process (shell vs
// argv), vm/Function/eval/string timers, fs with request paths (join vs resolve-then-check, sendFile/download with
// and without root), zip slip (adm-zip, unzipper, tar-stream vs node-tar), SSRF (axios, got, node-fetch, needle,
// request, http.get; fixed host with a request path vs a request host), open redirects (server and browser),
// prototype pollution (nested assignment from the body, lodash merge/set/defaultsDeep), NoSQL injection, crypto
// (createCipher, ECB, static IVs, fast password hashes, Math.random tokens, pseudoRandomBytes, TLS checks), JWT,
// hard-coded secrets, cookie flags, CORS, postMessage, DOM sinks fed from the URL, RegExp from input, XXE and
// unsafe deserialisation (node-serialize, funcster, js-yaml 3's full-schema load).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch103", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch103", cwe, note, src, "typescript");

export const BATCH103: DevCase[] = [
  // --- command injection ---
  ...js(
    "CWE-78",
    "destructured child_process, util.promisify(exec), a forwarding wrapper (its sink labelled), exec.call and spawnSync shell:true vs argv forms",
    `const { exec, execFile, spawnSync } = require('child_process');
const util = require('util');
const express = require('express');

const app = express();
app.use(express.json());
const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

function runShell(cmd, cb) {
@@  return exec(cmd, { timeout: 5000 }, cb);
}

app.get('/whois', async (req, res) => {
  const domain = req.query.domain;
@@  const { stdout } = await execAsync(\`whois \${domain}\`);
  res.type('text').send(stdout);
});

app.get('/whois-safe', async (req, res) => {
@ok  const { stdout } = await execFileAsync('whois', ['--', String(req.query.domain)]);
  res.type('text').send(stdout);
});

app.get('/dig', (req, res) => {
  runShell('dig +short ' + req.query.name, (err, out) => res.type('text').send(out));
});

app.get('/dig-fixed', (req, res) => {
@ok  runShell('dig +short example.com', (err, out) => res.type('text').send(out));
});

app.get('/tail', (req, res) => {
@@  exec.call(null, 'tail -n 20 /var/log/app/' + req.query.file, (e, out) => res.type('text').send(out));
});

app.post('/gzip', (req, res) => {
  const { file } = req.body;
@@  const r = spawnSync('gzip', ['-k', file], { shell: true });
  res.json({ ok: r.status === 0 });
});

app.post('/gzip-safe', (req, res) => {
  const { file } = req.body;
@ok  const r = spawnSync('gzip', ['-k', '--', String(file)]);
  res.json({ ok: r.status === 0 });
});

app.get('/lines', (req, res) => {
  const n = parseInt(req.query.n, 10) || 20;
@ok  exec(\`tail -n \${n} /var/log/app/app.log\`, (e, out) => res.type('text').send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "TypeScript: import * as cp, optional-chained body values, sh -c, execFileSync with shell:true vs shell-quote, lookup table and regex guard",
    `import * as cp from 'child_process';
import { quote } from 'shell-quote';
import type { Request, Response } from 'express';

export function fileLog(req: Request, res: Response) {
  const file = req.body?.file as string;
@@  const out = cp.execSync(\`git log --oneline -- \${file}\`, { cwd: '/srv/repo' });
  res.type('text').send(out.toString());
}

export function fileLogQuoted(req: Request, res: Response) {
  const file = req.body?.file as string;
@ok  const out = cp.execSync(\`git log --oneline -- \${quote([file])}\`, { cwd: '/srv/repo' });
  res.type('text').send(out.toString());
}

export function runHook(req: Request, res: Response) {
  const script = String(req.query.script);
@@  const child = cp.spawn('sh', ['-c', script]);
  child.on('close', (code) => res.json({ code }));
}

const HOOKS: Record<string, string> = { build: 'npm run build', test: 'npm test' };

export function runNamedHook(req: Request, res: Response) {
  const cmd = HOOKS[String(req.query.script)];
  if (typeof cmd !== 'string') return res.status(400).end();
@ok  const child = cp.spawn('sh', ['-c', cmd]);
  child.on('close', (code) => res.json({ code }));
}

export function pack(req: Request, res: Response) {
  const name = req.params.name;
  const opts = { shell: true, cwd: '/srv/exports' };
@@  cp.execFileSync('tar', ['czf', \`\${name}.tgz\`, name], opts);
  res.sendStatus(204);
}

export function packSafe(req: Request, res: Response) {
  const name = req.params.name;
@ok  cp.execFileSync('tar', ['czf', \`\${name}.tgz\`, '--', name], { cwd: '/srv/exports' });
  res.sendStatus(204);
}

export function ping(req: Request, res: Response) {
  const host = String(req.query.host ?? '');
  if (!/^[a-z0-9.]+$/i.test(host)) return res.status(400).end();
@ok  cp.exec(\`ping -c 1 \${host}\`, (err, out) => res.type('text').send(out));
}

export function pingRaw(req: Request, res: Response) {
  const host = String(req.query.host ?? '');
@@  cp.exec(\`ping -c 1 \${host}\`, (err, out) => res.type('text').send(out));
}
`,
  ),
  ...js(
    "CWE-78",
    "router module: require('child_process').exec chained, args joined into a command, exec.apply, shelljs vs execFile and constants",
    `const childProcess = require('child_process');
const shell = require('shelljs');

module.exports = function mount(router) {
  router.post('/backup', (req, res) => {
@@    require('child_process').exec('pg_dump ' + req.body.db + ' > /tmp/db.sql', (err) => res.sendStatus(err ? 500 : 204));
  });

  router.post('/backup-safe', (req, res) => {
    const args = ['-f', '/tmp/db.sql', '--', String(req.body.db)];
@ok    childProcess.execFile('pg_dump', args, (err) => res.sendStatus(err ? 500 : 204));
  });

  router.get('/search', (req, res) => {
    const argv = ['grep', '-rn', req.query.q, '/srv/docs'];
@@    const out = childProcess.execSync(argv.join(' '));
    res.type('text').send(out);
  });

  router.get('/du', (req, res) => {
@@    childProcess.exec.apply(childProcess, ['du -sh /srv/' + req.query.dir, (e, out) => res.send(out)]);
  });

  router.get('/thumb', (req, res) => {
@@    const r = shell.exec(\`convert \${req.query.src} -resize 64x64 /tmp/thumb.png\`, { silent: true });
    res.json({ code: r.code });
  });

  router.get('/disk', (req, res) => {
@ok    const r = shell.exec('df -h /srv', { silent: true });
    res.type('text').send(r.stdout);
  });

  router.get('/which', (req, res) => {
@ok    const found = shell.which('convert');
    res.json({ found: Boolean(found) });
  });
};
`,
  ),
  // --- code injection ---
  ...js(
    "CWE-94",
    "vm.runInNewContext/Script/runInThisContext alias, new Function, (0, eval) and eval?.() with request code vs constant code and data-only sandboxes",
    `const vm = require('vm');
const express = require('express');

const app = express();
app.use(express.json());
const runHere = vm.runInThisContext;

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expr, { Math });
  res.json({ result });
});

app.post('/calc-safe', (req, res) => {
  const a = Number(req.body.a);
  const b = Number(req.body.b);
@ok  const result = vm.runInNewContext('a + b', { a, b });
  res.json({ result });
});

app.post('/rule', (req, res) => {
@@  const script = new vm.Script(\`result = (\${req.body.rule})\`);
  const ctx = vm.createContext({ result: null });
  script.runInContext(ctx);
  res.json(ctx);
});

app.post('/here', (req, res) => {
@@  res.json({ v: runHere(req.body.code) });
});

app.post('/fn', (req, res) => {
  const { params, body } = req.body;
@@  const fn = new Function(...params, body);
  res.json({ v: fn(1, 2) });
});

app.post('/indirect', (req, res) => {
@@  res.json({ v: (0, eval)(req.body.src) });
});

app.post('/optional', (req, res) => {
@@  res.json({ v: globalThis.eval?.(req.query.src) });
});

app.get('/global', (req, res) => {
@ok  const getGlobal = new Function('return this');
  res.json({ ok: typeof getGlobal() === 'object' });
});

app.post('/json', (req, res) => {
@ok  const data = JSON.parse(req.body.payload);
  res.json(data);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-94",
    "browser TypeScript: string timers, eval and Function fed from location/window.name vs function callbacks and constants",
    `const params = new URLSearchParams(window.location.search);

export function scheduleFromUrl(): void {
  const action = params.get('onload') ?? '';
@@  setTimeout(action, 100);
}

export function scheduleSafe(): void {
  const action = params.get('onload') ?? '';
@ok  setTimeout(() => console.log('loaded', action), 100);
}

export function poll(): void {
  const cb = location.hash.slice(1);
@@  setInterval('refresh(' + cb + ')', 5000);
}

export function pollConstant(): void {
@ok  window.setInterval(refreshAll, 5000);
}

export function restoreState(): unknown {
@@  return eval('(' + window.name + ')');
}

export function restoreStateSafe(): unknown {
@ok  return JSON.parse(window.name || '{}');
}

export function compileFormula(): (x: number) => number {
  const formula = params.get('f') ?? 'x';
@@  return new Function('x', 'return ' + formula) as (x: number) => number;
}

declare function refreshAll(): void;
`,
  ),
  // --- path traversal ---
  ...js(
    "CWE-22",
    "fs/promises, createReadStream and sendFile/download on joined request paths vs resolve+startsWith, root option and basename; prefix check on the raw input",
    `const fs = require('fs');
const { readFile } = require('fs/promises');
const path = require('path');
const express = require('express');

const app = express();
const DOCS = path.resolve(__dirname, 'docs');
const UPLOADS = '/var/app/uploads';

app.get('/doc', async (req, res) => {
@@  const body = await readFile(path.join(DOCS, req.query.name), 'utf8');
  res.type('text').send(body);
});

app.get('/doc-checked', async (req, res) => {
  const target = path.resolve(DOCS, String(req.query.name));
  if (!target.startsWith(DOCS + path.sep)) return res.sendStatus(403);
@ok  const body = await readFile(target, 'utf8');
  res.type('text').send(body);
});

app.get('/report', async (req, res) => {
  const name = String(req.query.name);
  if (!name.startsWith('reports/')) return res.sendStatus(403);
@@  const body = await fs.promises.readFile(path.join(DOCS, name), 'utf8');
  res.type('text').send(body);
});

app.get('/files/:id', (req, res) => {
@@  fs.createReadStream(\`\${UPLOADS}/\${req.params.id}\`).pipe(res);
});

app.get('/static', (req, res) => {
@@  res.sendFile(path.join(__dirname, 'public', req.query.file));
});

app.get('/static-root', (req, res) => {
@ok  res.sendFile(String(req.query.file), { root: path.join(__dirname, 'public') });
});

app.get('/dl', (req, res) => {
@@  res.download(path.join(UPLOADS, req.query.f), 'attachment.bin');
});

app.get('/dl-safe', (req, res) => {
@ok  res.download(path.join(UPLOADS, path.basename(String(req.query.f))));
});

app.delete('/upload', (req, res) => {
@@  fs.unlink(path.join(UPLOADS, req.body.name), () => res.sendStatus(204));
});

app.get('/avatar', (req, res) => {
  const ALLOWED = new Set(['a.png', 'b.png', 'c.png']);
  const file = String(req.query.file);
  if (!ALLOWED.has(file)) return res.sendStatus(404);
@ok  fs.createReadStream(path.join(UPLOADS, 'avatars', file)).pipe(res);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript: fs.promises alias, normalise-then-strip, writeFile and stat with request paths vs an id lookup",
    `import { promises as fsp, createWriteStream } from 'fs';
import * as path from 'path';
import type { Request, Response } from 'express';

const ROOT = path.resolve('/srv/site');

export async function readPage(req: Request, res: Response) {
  const page = req.params.page;
@@  const html = await fsp.readFile(path.resolve(ROOT, page + '.html'), 'utf8');
  res.send(html);
}

export async function readPageSafe(req: Request, res: Response) {
  const page = path.normalize(req.params.page).replace(/^(\\.\\.(\\/|\\\\|$))+/, '');
@ok  const html = await fsp.readFile(path.join(ROOT, page + '.html'), 'utf8');
  res.send(html);
}

export async function saveNote(req: Request, res: Response) {
  const { title, text } = req.body as { title: string; text: string };
@@  await fsp.writeFile(path.join(ROOT, 'notes', title), text);
  res.sendStatus(201);
}

export function upload(req: Request, res: Response) {
  const name = req.headers['x-file-name'] as string;
@@  const out = createWriteStream(\`/srv/site/uploads/\${name}\`);
  req.pipe(out).on('finish', () => res.sendStatus(201));
}

const FILES: Record<string, string> = { terms: 'terms.pdf', privacy: 'privacy.pdf' };

export async function legal(req: Request, res: Response) {
  const file = FILES[req.params.doc];
  if (typeof file !== 'string') return res.sendStatus(404);
@ok  const buf = await fsp.readFile(path.join(ROOT, 'legal', file));
  res.type('pdf').send(buf);
}

export async function size(req: Request, res: Response) {
@@  const st = await fsp.stat(path.join(ROOT, String(req.query.p)));
  res.json({ size: st.size });
}
`,
  ),
  // --- zip slip ---
  ...js(
    "CWE-22",
    "archive extraction: adm-zip entries, unzipper Parse and tar-stream joined with entry names vs extractAllTo, node-tar and a resolve check",
    `const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const tarStream = require('tar-stream');
const tar = require('tar');

const DEST = path.resolve('/srv/imports');

function importZip(req, res) {
  const zip = new AdmZip(req.file.path);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
@@    fs.writeFileSync(path.join(DEST, entry.entryName), entry.getData());
  }
  res.sendStatus(204);
}

function importZipAll(req, res) {
  const zip = new AdmZip(req.file.path);
@ok  zip.extractAllTo(DEST, true);
  res.sendStatus(204);
}

function importStream(req, res) {
  req
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(DEST, entry.path)));
    })
    .on('close', () => res.sendStatus(204));
}

function importStreamChecked(req, res) {
  req
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const out = path.resolve(DEST, entry.path);
      if (!out.startsWith(DEST + path.sep)) return entry.autodrain();
@ok      entry.pipe(fs.createWriteStream(out));
    })
    .on('close', () => res.sendStatus(204));
}

function importTar(req, res) {
  const extract = tarStream.extract();
  extract.on('entry', (header, stream, next) => {
@@    stream.pipe(fs.createWriteStream(DEST + '/' + header.name));
    stream.on('end', next);
  });
  extract.on('finish', () => res.sendStatus(204));
  req.pipe(extract);
}

function importTarSafe(req, res) {
@ok  req.pipe(tar.x({ cwd: DEST, strict: true })).on('finish', () => res.sendStatus(204));
}

module.exports = { importZip, importZipAll, importStream, importStreamChecked, importTar, importTarSafe };
`,
  ),
  // --- SSRF ---
  ...js(
    "CWE-918",
    "axios/got/needle/request/http.get with request URLs or hosts vs fixed host with a request path and a host allow-list",
    `const axios = require('axios');
const got = require('got');
const needle = require('needle');
const request = require('request');
const http = require('http');
const https = require('https');
const express = require('express');

const app = express();
app.use(express.json());
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

app.get('/preview', async (req, res) => {
@@  const { data } = await axios.get(req.query.url);
  res.send(data);
});

app.post('/hook-test', async (req, res) => {
@@  const r = await axios({ method: 'post', url: req.body.target, data: { ping: true } });
  res.json({ status: r.status });
});

app.get('/repos/:user', async (req, res) => {
@ok  const { data } = await axios.get(\`https://api.github.com/users/\${encodeURIComponent(req.params.user)}/repos\`);
  res.json(data);
});

app.get('/img', async (req, res) => {
  let u;
  try {
    u = new URL(String(req.query.src));
  } catch {
    return res.sendStatus(400);
  }
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(403);
@ok  const body = await got(u.href).buffer();
  res.type('image/png').send(body);
});

app.get('/img-raw', async (req, res) => {
@@  const body = await got(String(req.query.src)).buffer();
  res.type('image/png').send(body);
});

app.get('/feed', (req, res) => {
@@  needle('get', req.query.feed).then((r) => res.send(r.body));
});

app.get('/legacy', (req, res) => {
@@  request(req.query.u, (err, resp, body) => res.send(body));
});

app.get('/status', (req, res) => {
@@  http.get(req.query.endpoint, (r) => r.pipe(res));
});

app.get('/status-host', (req, res) => {
@@  https.get({ hostname: req.query.host, path: '/health' }, (r) => r.pipe(res));
});

app.get('/status-fixed', (req, res) => {
  const id = encodeURIComponent(String(req.query.id));
@ok  https.get({ hostname: 'status.internal.example.com', path: '/svc/' + id }, (r) => r.pipe(res));
});

app.get('/proxy', async (req, res) => {
@@  const r = await axios.get('https://api.example.com' + req.query.path);
  res.json(r.data);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "TypeScript: node-fetch, axios instance with baseURL given a request URL, superagent and got.stream vs fixed origins",
    `import fetch from 'node-fetch';
import axios from 'axios';
import superagent from 'superagent';
import got from 'got';
import type { Request, Response } from 'express';

const api = axios.create({ baseURL: 'https://billing.internal.example.com/v1/' });

export async function unfurl(req: Request, res: Response) {
  const target = req.body?.link as string;
@@  const r = await fetch(target, { redirect: 'follow' });
  res.send(await r.text());
}

export async function invoice(req: Request, res: Response) {
  const id = encodeURIComponent(req.params.id);
@ok  const r = await fetch(\`https://billing.internal.example.com/v1/invoices/\${id}\`);
  res.json(await r.json());
}

export async function billingProxy(req: Request, res: Response) {
@@  const r = await api.get(String(req.query.path));
  res.json(r.data);
}

export async function billingProxySafe(req: Request, res: Response) {
  const id = Number(req.query.id);
@ok  const r = await api.get(\`customers/\${id}\`);
  res.json(r.data);
}

export async function avatar(req: Request, res: Response) {
@@  const r = await superagent.get(req.query.avatar as string);
  res.type(r.type).send(r.body);
}

export function mirror(req: Request, res: Response) {
@@  got.stream(\`\${req.query.origin}/file.bin\`).pipe(res);
}

export function mirrorFixed(req: Request, res: Response) {
  const name = encodeURIComponent(String(req.query.name));
@ok  got.stream(\`https://downloads.example.com/files/\${name}\`).pipe(res);
}
`,
  ),
  // --- open redirect ---
  ...js(
    "CWE-601",
    "Express redirect/location/writeHead with request URLs vs encoded relative paths, an allow-list and an origin check",
    `const express = require('express');
const app = express();

const BASE = 'https://shop.example.com';
const SAFE_TARGETS = ['/home', '/account', '/orders'];

app.get('/login/done', (req, res) => {
@@  res.redirect(req.query.next);
});

app.get('/go', (req, res) => {
@@  res.redirect(301, req.query.to);
});

app.get('/out', (req, res) => {
@@  res.location(req.query.u).sendStatus(302);
});

app.get('/raw', (req, res) => {
@@  res.writeHead(302, { Location: req.query.url });
  res.end();
});

app.get('/back', (req, res) => {
  const target = req.query.returnTo || '/';
@@  return res.redirect(\`\${target}\`);
});

app.get('/login', (req, res) => {
@ok  res.redirect('/auth?next=' + encodeURIComponent(req.originalUrl));
});

app.get('/home-go', (req, res) => {
  const next = String(req.query.next);
@ok  res.redirect(SAFE_TARGETS.includes(next) ? next : '/home');
});

app.get('/same-origin', (req, res) => {
  const u = new URL(String(req.query.next || '/'), BASE);
  if (u.origin !== BASE) return res.redirect('/');
@ok  res.redirect(u.href);
});

app.get('/lang/:code', (req, res) => {
@ok  res.redirect('/' + encodeURIComponent(req.params.code) + '/index.html');
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "browser TypeScript: location.href/assign/replace and window.open from the query or hash vs same-origin check and encoded paths",
    `const qs = new URLSearchParams(window.location.search);

export function afterLogin(): void {
  const returnUrl = qs.get('returnUrl');
@@  if (returnUrl) window.location.href = returnUrl;
}

export function afterLoginSafe(): void {
  const u = new URL(qs.get('returnUrl') ?? '/', window.location.origin);
@ok  if (u.origin === window.location.origin) window.location.href = u.href;
}

export function jump(): void {
@@  window.location.assign(qs.get('to') as string);
}

export function hashNav(): void {
  const dest = decodeURIComponent(location.hash.substring(1));
@@  location.replace(dest);
}

export function openHelp(): void {
@@  window.open(qs.get('help') ?? '/help', '_blank');
}

export function search(term: string): void {
@ok  location.href = '/search?q=' + encodeURIComponent(term);
}

export function openDocs(): void {
  const page = encodeURIComponent(qs.get('page') ?? 'index');
@ok  window.open(\`/docs/\${page}\`, '_blank', 'noopener');
}
`,
  ),
  // --- prototype pollution ---
  ...js(
    "CWE-1321",
    "nested computed assignment from the body, lodash merge/set/defaultsDeep with request objects vs key checks, scalar fields and Map",
    `const _ = require('lodash');
const express = require('express');

const app = express();
app.use(express.json());
const settings = {};
const DEFAULTS = { theme: 'light', lang: 'en' };

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  settings[section] = settings[section] || {};
@@  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/settings-safe', (req, res) => {
  const { section, key, value } = req.body;
  if ([section, key].some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) {
    return res.sendStatus(400);
  }
  settings[section] = settings[section] || {};
@ok  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
@@  const prefs = _.merge({}, DEFAULTS, req.body);
  res.json(prefs);
});

app.post('/prefs-picked', (req, res) => {
@ok  const prefs = _.merge({}, DEFAULTS, { theme: String(req.body.theme), lang: String(req.body.lang) });
  res.json(prefs);
});

app.post('/prefs-defaults', (req, res) => {
@@  const prefs = _.defaultsDeep(req.body.prefs, DEFAULTS);
  res.json(prefs);
});

app.post('/field', (req, res) => {
  const doc = {};
@@  _.set(doc, req.body.path, req.body.value);
  res.json(doc);
});

app.post('/field-map', (req, res) => {
  const store = new Map();
@ok  store.set(String(req.body.path), req.body.value);
  res.json(Object.fromEntries(store));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1321",
    "TypeScript: a dotted-path setter and a recursive merge over request keys vs guarded versions",
    `import type { Request, Response } from 'express';

type Bag = Record<string, any>;
const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(obj: Bag, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    cur = cur[parts[i]] = cur[parts[i]] || {};
  }
@@  cur[parts[parts.length - 1]] = value;
}

function setPathSafe(obj: Bag, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  if (parts.some((p) => BLOCKED.has(p))) throw new Error('bad path');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    cur = cur[parts[i]] = cur[parts[i]] || {};
  }
@ok  cur[parts[parts.length - 1]] = value;
}

function deepMerge(target: Bag, src: Bag): Bag {
  for (const key of Object.keys(src)) {
    if (src[key] && typeof src[key] === 'object') {
      target[key] = target[key] || {};
      deepMerge(target[key], src[key]);
    } else {
@@      target[key] = src[key];
    }
  }
  return target;
}

function deepMergeSafe(target: Bag, src: Bag): Bag {
  for (const key of Object.keys(src)) {
    if (BLOCKED.has(key)) continue;
    if (src[key] && typeof src[key] === 'object') {
      target[key] = target[key] || {};
      deepMergeSafe(target[key], src[key]);
    } else {
@ok      target[key] = src[key];
    }
  }
  return target;
}

export function update(req: Request, res: Response) {
  const cfg: Bag = {};
  setPath(cfg, req.body.path, req.body.value);
  setPathSafe(cfg, req.body.path, req.body.value);
  deepMerge(cfg, req.body.patch);
  deepMergeSafe(cfg, req.body.patch);
  res.json(cfg);
}
`,
  ),
  // --- NoSQL injection ---
  ...js(
    "CWE-943",
    "mongodb $where template, find(req.body), query-object fields vs String() casts, $eq and type checks",
    `const express = require('express');
const { MongoClient } = require('mongodb');
const User = require('./models/user');

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const users = client.db('app').collection('users');

app.get('/by-name', async (req, res) => {
@@  const docs = await users.find({ $where: \`this.name == '\${req.query.name}'\` }).toArray();
  res.json(docs);
});

app.post('/search', async (req, res) => {
@@  const docs = await users.find(req.body).limit(20).toArray();
  res.json(docs);
});

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: Boolean(user) });
});

app.post('/login-safe', async (req, res) => {
  const username = String(req.body.username);
@ok  const user = await User.findOne({ username, active: true });
  res.json({ ok: Boolean(user) });
});

app.get('/email', async (req, res) => {
@@  const doc = await users.findOne({ email: req.query.email });
  res.json(doc);
});

app.get('/email-eq', async (req, res) => {
@ok  const doc = await users.findOne({ email: { $eq: req.query.email } });
  res.json(doc);
});

app.get('/email-typed', async (req, res) => {
  const { email } = req.query;
  if (typeof email !== 'string') return res.sendStatus(400);
@ok  const doc = await users.findOne({ email });
  res.json(doc);
});

app.get('/fixed-where', async (req, res) => {
@ok  const docs = await users.find({ $where: 'this.credits > this.debits' }).toArray();
  res.json(docs);
});

app.listen(3000);
`,
  ),
  // --- crypto ---
  ...ts(
    "CWE-327",
    "TypeScript: createCipher, ECB and DES/RC4 ciphers through aliases vs AES-GCM with random IVs",
    `import crypto, { createCipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.DATA_KEY ?? '', 'hex');

export function sealLegacy(text: string, password: string): string {
@@  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

export function sealEcb(text: string): string {
@@  const c = createCipheriv('aes-256-ecb', KEY, null);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

export function sealDes(text: string, key: Buffer, iv: Buffer): Buffer {
@@  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(text), c.final()]);
}

const ALGO = 'rc4';

export function sealStream(data: Buffer, key: Buffer): Buffer {
@@  const c = crypto.createCipheriv(ALGO, key, '');
  return Buffer.concat([c.update(data), c.final()]);
}

export function seal(text: string): string {
  const iv = randomBytes(12);
@ok  const c = createCipheriv('aes-256-gcm', KEY, iv);
  const enc = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), enc]).toString('base64');
}

export function sealChaCha(text: string): Buffer {
  const nonce = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('chacha20-poly1305', KEY, nonce, { authTagLength: 16 });
  return Buffer.concat([nonce, c.update(text), c.final(), c.getAuthTag()]);
}
`,
  ),
  ...js(
    "CWE-329",
    "static or zero IVs passed to createCipheriv vs a fresh randomBytes IV",
    `const crypto = require('crypto');

const KEY = crypto.scryptSync(process.env.APP_SECRET, 'app-salt-v1', 32);
const ZERO_IV = Buffer.alloc(16, 0);
const FIXED_IV = Buffer.from('0123456789abcdef');

function encA(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, ZERO_IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function encB(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, FIXED_IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function encC(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, 'abcdefghijklmnop');
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function encD(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('base64') + ':' + c.update(text, 'utf8', 'base64') + c.final('base64');
}

function decD(payload) {
  const [ivB64, body] = payload.split(':');
@ok  const d = crypto.createDecipheriv('aes-256-cbc', KEY, Buffer.from(ivB64, 'base64'));
  return d.update(body, 'base64', 'utf8') + d.final('utf8');
}

module.exports = { encA, encB, encC, encD, decD };
`,
  ),
  ...js(
    "CWE-328",
    "md5/sha1 of passwords (crypto and the md5 package) vs scrypt/bcrypt, and md5/sha1 for ETags and HMAC signatures",
    `const crypto = require('crypto');
const md5 = require('md5');
const bcrypt = require('bcrypt');

async function register(db, req) {
  const { email, password } = req.body;
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  await db.insert({ email, hash });
}

async function registerSha1(db, req) {
@@  const digest = crypto.createHash('sha1').update(req.body.password + 'pepper').digest('base64');
  await db.insert({ email: req.body.email, digest });
}

function checkPin(user, pin) {
@@  return md5(pin) === user.pinHash;
}

async function registerBcrypt(db, req) {
@ok  const hash = await bcrypt.hash(req.body.password, 12);
  await db.insert({ email: req.body.email, hash });
}

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
@ok  const key = crypto.scryptSync(password, salt, 64);
  return salt.toString('hex') + ':' + key.toString('hex');
}

function etag(body) {
@ok  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

function verifyHook(secret, payload, signature) {
@ok  const expected = 'sha1=' + crypto.createHmac('sha1', secret).update(payload).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

module.exports = { register, registerSha1, checkPin, registerBcrypt, hashPassword, etag, verifyHook };
`,
  ),
  ...js(
    "CWE-338",
    "Math.random and pseudoRandomBytes for tokens/reset codes vs randomBytes, randomInt, randomUUID and non-security jitter",
    `const crypto = require('crypto');

function sessionToken() {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function resetCode() {
@@  const code = Math.floor(100000 + Math.random() * 900000);
  return String(code);
}

function apiKey() {
@@  return crypto.pseudoRandomBytes(24).toString('hex');
}

function csrfToken() {
@ok  return crypto.randomBytes(32).toString('hex');
}

function otp() {
@ok  return String(crypto.randomInt(100000, 1000000));
}

function requestId() {
@ok  return crypto.randomUUID();
}

function backoff(attempt) {
@ok  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);
}

function inviteCode() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 10; i++) {
@@    out += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return out;
}

module.exports = { sessionToken, resetCode, apiKey, csrfToken, otp, requestId, backoff, inviteCode };
`,
  ),
  ...js(
    "CWE-295",
    "rejectUnauthorized:false in https.request/Agent/axios, NODE_TLS_REJECT_UNAUTHORIZED=0 and a no-op checkServerIdentity vs a custom CA",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function getStatus(cb) {
@@  https.request({ host: 'internal.example.com', path: '/status', rejectUnauthorized: false }, cb).end();
}

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
const client = axios.create({ httpsAgent: insecureAgent });

function connect() {
  return tls.connect({
    host: 'db.example.com',
    port: 6380,
@@    checkServerIdentity: () => undefined,
  });
}

const caAgent = new https.Agent({
@ok  ca: fs.readFileSync('/etc/ssl/internal-ca.pem'),
  rejectUnauthorized: true,
});

function getSecure(cb) {
@ok  https.get({ host: 'internal.example.com', path: '/status', agent: caAgent }, cb);
}

function strictConnect() {
@ok  return tls.connect({ host: 'db.example.com', port: 6380, servername: 'db.example.com' });
}

module.exports = { getStatus, client, connect, getSecure, strictConnect };
`,
  ),
  // --- JWT ---
  ...ts(
    "CWE-347",
    "TypeScript: jwt.verify allowing 'none', jwt.decode and jose.decodeJwt used as authentication vs verify with a pinned algorithm",
    `import jwt from 'jsonwebtoken';
import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose';
import type { Request, Response, NextFunction } from 'express';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;
const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export function authLoose(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
@@  (req as any).user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  next();
}

export function authDecode(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies?.token as string;
@@  const claims = jwt.decode(token) as { sub: string; admin?: boolean } | null;
  if (!claims?.admin) return res.sendStatus(403);
  next();
}

export async function authJose(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-id-token']);
@@  const { sub } = decodeJwt(token);
  (req as any).userId = sub;
  next();
}

export function authStrict(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
@ok  (req as any).user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  next();
}

export async function authJwks(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-id-token']);
@ok  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com' });
  (req as any).userId = payload.sub;
  next();
}

export function tokenExpiry(token: string): number {
@ok  const claims = jwt.decode(token) as { exp?: number } | null;
  return claims?.exp ?? 0;
}
`,
  ),
  // --- hard-coded secrets ---
  ...js(
    "CWE-798",
    "literal secrets in jwt.sign/verify, express-session, cookie-parser and a secret constant vs environment and key files",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const app = express();
const TOKEN_SECRET = 'c0ffee-s3cret-2021';

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@@app.use(cookieParser('cookie-signing-secret'));

app.post('/token', (req, res) => {
@@  res.json({ token: jwt.sign({ sub: req.body.user }, 'my-super-secret-key', { expiresIn: '1h' }) });
});

app.get('/me', (req, res) => {
@@  const claims = jwt.verify(req.get('x-token'), TOKEN_SECRET, { algorithms: ['HS256'] });
  res.json(claims);
});

const privateKey = fs.readFileSync(process.env.JWT_KEY_FILE);

app.post('/token-rs', (req, res) => {
@ok  res.json({ token: jwt.sign({ sub: req.body.user }, privateKey, { algorithm: 'RS256', expiresIn: '1h' }) });
});

app.get('/me-env', (req, res) => {
@ok  const claims = jwt.verify(req.get('x-token'), process.env.TOKEN_SECRET, { algorithms: ['HS256'] });
  res.json(claims);
});

const admin = express();
@ok admin.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
@ok admin.use(cookieParser(process.env.COOKIE_SECRET));

app.listen(3000);
`,
  ),
  // --- cookies ---
  ...js(
    "CWE-614",
    "session and auth cookies with secure:false vs secure:true and production-gated secure",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
@@    cookie: { secure: false, httpOnly: true, maxAge: 3600000 },
  }),
);

@@app.use(cookieSession({ name: 'sess', keys: [process.env.K1], secure: false, httpOnly: true }));

app.post('/login', (req, res) => {
@@  res.cookie('auth_token', req.user.token, { httpOnly: true, secure: false, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/login2', (req, res) => {
@ok  res.cookie('auth_token', req.user.token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

const api = express();
api.use(
  session({
    secret: process.env.SESSION_SECRET,
@ok    cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true },
  }),
);

@ok api.use(cookieSession({ name: 'sess', keys: [process.env.K1], secure: true, httpOnly: true }));

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1004",
    "session/token cookies with httpOnly:false vs httpOnly session cookies and a JS-readable preference cookie",
    `const express = require('express');
const session = require('express-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
@@    cookie: { httpOnly: false, secure: true },
  }),
);

app.post('/login', (req, res) => {
@@  res.cookie('session_id', req.session.id, { httpOnly: false, secure: true });
  res.sendStatus(204);
});

app.post('/refresh', (req, res) => {
  const opts = { secure: true, httpOnly: false, sameSite: 'strict' };
@@  res.cookie('refresh_token', req.body.refresh, opts);
  res.sendStatus(204);
});

app.post('/login-safe', (req, res) => {
@ok  res.cookie('session_id', req.session.id, { httpOnly: true, secure: true });
  res.sendStatus(204);
});

app.post('/theme', (req, res) => {
@ok  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { httpOnly: false, maxAge: 31536000000 });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  // --- CORS ---
  ...js(
    "CWE-942",
    "cors origin '*' or reflected with credentials, manual Access-Control-Allow-Origin from the Origin header vs allow-lists and a credential-less public API",
    `const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

@@app.use('/api', cors({ origin: '*', credentials: true }));
@@app.use('/v2', cors({ origin: true, credentials: true }));

app.use('/legacy', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/legacy2', (req, res, next) => {
@@  res.set({ 'Access-Control-Allow-Origin': req.get('origin'), 'Access-Control-Allow-Credentials': 'true' });
  next();
});

@ok app.use('/account', cors({ origin: ALLOWED, credentials: true }));

app.use('/checked', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.includes(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

@ok app.use('/public-data', cors({ origin: '*', methods: ['GET'] }));

app.listen(3000);
`,
  ),
  // --- postMessage ---
  ...ts(
    "CWE-201",
    "browser TypeScript: postMessage of tokens/user data to '*' vs a pinned target origin",
    `const PARENT_ORIGIN = 'https://portal.example.com';

export function sendToken(token: string): void {
@@  window.parent.postMessage({ type: 'auth', token }, '*');
}

export function sendProfile(frame: HTMLIFrameElement, profile: { email: string }): void {
@@  frame.contentWindow?.postMessage(JSON.stringify(profile), '*');
}

export function notifyOpener(sessionId: string): void {
@@  window.opener?.postMessage({ sessionId }, '*');
}

export function sendTokenPinned(token: string): void {
@ok  window.parent.postMessage({ type: 'auth', token }, PARENT_ORIGIN);
}

export function sendProfilePinned(frame: HTMLIFrameElement, profile: { email: string }): void {
@ok  frame.contentWindow?.postMessage(JSON.stringify(profile), 'https://widgets.example.com');
}
`,
  ),
  ...js(
    "CWE-345",
    "message handlers acting on event data without checking event.origin vs handlers that check it first",
    `const TRUSTED = 'https://portal.example.com';

@@window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'navigate') {
    window.location.href = event.data.url;
  }
});

@@window.onmessage = function (e) {
  localStorage.setItem('token', e.data.token);
};

@@addEventListener('message', function handle(msg) {
  document.getElementById('status').innerHTML = msg.data.html;
});

@ok window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED) return;
  if (event.data && event.data.type === 'navigate') {
    window.location.href = event.data.url;
  }
});

@ok window.addEventListener('message', function (e) {
  if (!['https://a.example.com', 'https://b.example.com'].includes(e.origin)) {
    return;
  }
  localStorage.setItem('token', e.data.token);
});
`,
  ),
  // --- DOM XSS ---
  ...js(
    "CWE-79",
    "document.write/insertAdjacentHTML/outerHTML/innerHTML fed from location.hash and the query vs textContent, insertAdjacentText and DOMPurify",
    `import DOMPurify from 'dompurify';

const params = new URLSearchParams(location.search);
const fragment = decodeURIComponent(location.hash.substring(1));

@@document.write('<h2>' + fragment + '</h2>');

const box = document.querySelector('#box');
@@box.insertAdjacentHTML('beforeend', \`<p>\${params.get('msg')}</p>\`);

const banner = document.getElementById('banner');
@@banner.outerHTML = '<div class="banner">' + location.hash.slice(1) + '</div>';

const title = document.querySelector('h1');
@@title.innerHTML = params.get('title');

@ok document.write('<script src="/static/app.js"></script>');
@ok box.insertAdjacentText('beforeend', params.get('msg') ?? '');
@ok title.textContent = params.get('title');
@ok banner.innerHTML = DOMPurify.sanitize(fragment);

const el = document.createElement('span');
@ok el.innerText = fragment;
document.body.appendChild(el);
`,
  ),
  // --- RegExp from input ---
  ...js(
    "CWE-1333",
    "new RegExp / RegExp() / String#match/search with request strings vs escaped input, includes and split",
    `const express = require('express');
const _ = require('lodash');

const app = express();
const NAMES = ['alice', 'bob', 'carol'];

app.get('/filter', (req, res) => {
@@  const re = new RegExp(req.query.q, 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/prefix', (req, res) => {
@@  const re = RegExp('^' + req.query.prefix);
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/match', (req, res) => {
@@  res.json(NAMES.filter((n) => n.match(req.query.pattern)));
});

app.get('/search', (req, res) => {
@@  res.json(NAMES.map((n) => n.search(String(req.query.s))));
});

app.get('/filter-escaped', (req, res) => {
@ok  const re = new RegExp(_.escapeRegExp(String(req.query.q)), 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/filter-manual', (req, res) => {
  const q = String(req.query.q).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  const re = new RegExp('^' + q);
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/contains', (req, res) => {
@ok  res.json(NAMES.filter((n) => n.includes(String(req.query.q))));
});

app.get('/split', (req, res) => {
@ok  res.json(String(req.query.list).split(String(req.query.sep)));
});

app.listen(3000);
`,
  ),
  // --- XXE ---
  ...js(
    "CWE-611",
    "libxmljs parseXml/parseXmlString with noent:true on request bodies vs default options and xml2js",
    `const libxmljs = require('libxmljs');
const { parseXml } = require('libxmljs');
const xml2js = require('xml2js');
const express = require('express');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
  const opts = { noent: true, nonet: true };
@@  const doc = libxmljs.parseXmlString(req.body, opts);
  res.json({ root: doc.root().name() });
});

app.post('/import3', (req, res) => {
@@  const doc = parseXml(req.body.toString(), { noblanks: true, noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.json({ root: doc.root().name() });
});

app.post('/import-safe2', (req, res) => {
@ok  const doc = parseXml(req.body, { noent: false, nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-xml2js', async (req, res) => {
@ok  const obj = await xml2js.parseStringPromise(req.body);
  res.json(obj);
});

app.listen(3000);
`,
  ),
  // --- deserialisation ---
  ...js(
    "CWE-502",
    "node-serialize unserialize (namespace and destructured), funcster and js-yaml 3 load on request data vs JSON.parse, safeLoad and JSON_SCHEMA",
    `// package.json pins js-yaml@3.14.1
const serialize = require('node-serialize');
const { unserialize } = require('node-serialize');
const funcster = require('funcster');
const yaml = require('js-yaml');
const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());
app.use(express.json());
app.use(express.text({ type: 'application/yaml' }));

app.get('/profile', (req, res) => {
@@  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json(profile);
});

app.post('/restore', (req, res) => {
@@  const state = unserialize(req.body.state);
  res.json(state);
});

app.post('/fn', (req, res) => {
@@  const obj = funcster.deepDeserialize(req.body.payload);
  res.json(Object.keys(obj));
});

app.post('/config', (req, res) => {
@@  const cfg = yaml.load(req.body);
  res.json(cfg);
});

app.get('/profile-json', (req, res) => {
@ok  const profile = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json(profile);
});

app.post('/config-safe', (req, res) => {
@ok  const cfg = yaml.safeLoad(req.body);
  res.json(cfg);
});

app.post('/config-json-schema', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
});

app.get('/save', (req, res) => {
@ok  res.type('text').send(serialize.serialize({ user: req.query.user }));
});

app.listen(3000);
`,
  ),
];
