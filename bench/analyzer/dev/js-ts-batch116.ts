// Dev suite "js-ts", batch 116: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Line-level rule-test style: one file per rule idea, the lines that must be reported and safe
// look-alikes that differ in the one thing that makes them safe. Four parts, each measured on its own before any
// fix (--match "batch116: p1" ... "p4"):
// p1 Node core: child_process with shell: true / execFile of sh -c, fs and fs/promises and streams with request
//    paths, zlib decompression bombs, http.createServer responses, tls verification, crypto (createCipher, ECB, weak
//    hashes, static IVs, short keys), vm and worker_threads eval.
// p2 Express/Koa/Hapi/Fastify: redirects, render with request template names, express.static roots, cookies, CORS
//    reflection, body limits, JWT (jsonwebtoken, jose), Mongo/Mongoose operator injection and $where, raw SQL through
//    sequelize/knex/typeorm.
// p3 Browser DOM and front-end frameworks: innerHTML/outerHTML/insertAdjacentHTML/document.write, location
//    assignment, postMessage and message handlers, window.open, string timers, jQuery, React/Vue/Angular/Svelte.
// p4 XML/YAML/serialisation, Math.random secrets, hard-coded secrets, Function/string timers, ReDoS, prototype
//    pollution.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (part: string, cwe: string, note: string, src: string) =>
  fileCases("batch116", cwe, `${part} ${note}`, src, "javascript");
const ts = (part: string, cwe: string, note: string, src: string) =>
  fileCases("batch116", cwe, `${part} ${note}`, src, "typescript");
/** A .tsx/.jsx file (JSX included); the name is recorded for the reader. */
const tsx = (part: string, file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch116", cwe, `${part} ${file}: ${note}`, src, "typescript").map((c) => ({ ...c, file }));
const jsx = (part: string, file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch116", cwe, `${part} ${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

const PART1: DevCase[] = [
  ...js(
    "p1",
    "CWE-78",
    "child_process: spawn/execFile with shell: true, execFile of sh -c / bash -c / cmd /c, promisified exec vs argument arrays without a shell",
    `const { spawn, spawnSync, execFile, execFileSync, exec } = require('child_process');
const util = require('util');
const express = require('express');

const execAsync = util.promisify(exec);
const app = express();
app.use(express.json());

app.get('/thumb', (req, res) => {
  const { input, size } = req.query;
@@  const child = spawn(\`convert \${input} -resize \${size} thumb.png\`, { shell: true });
  child.on('close', (code) => res.json({ code }));
});

app.get('/thumb-safe', (req, res) => {
  const { input, size } = req.query;
@ok  const child = spawn('convert', [String(input), '-resize', String(size), 'thumb.png']);
  child.on('close', (code) => res.json({ code }));
});

app.post('/search', (req, res) => {
@@  const grep = spawn('grep', ['-rn', req.body.pattern, 'docs/'], { shell: true });
  grep.stdout.pipe(res);
});

app.post('/search-safe', (req, res) => {
@ok  const grep = spawn('grep', ['-rn', '--', req.body.pattern, 'docs/'], { shell: false });
  grep.stdout.pipe(res);
});

app.post('/archive', (req, res) => {
@@  execFile('sh', ['-c', \`tar czf /tmp/backup.tgz \${req.body.dir}\`], (err) => res.sendStatus(err ? 500 : 204));
});

app.post('/archive-safe', (req, res) => {
@ok  execFile('tar', ['czf', '/tmp/backup.tgz', '--', req.body.dir], (err) => res.sendStatus(err ? 500 : 204));
});

app.get('/log', (req, res) => {
  const author = req.query.author;
@@  const out = execFileSync('/bin/bash', ['-c', 'git log --oneline --author=' + author]);
  res.type('text').send(out);
});

app.get('/log-safe', (req, res) => {
  const author = req.query.author;
@ok  const out = execFileSync('git', ['log', '--oneline', \`--author=\${author}\`]);
  res.type('text').send(out);
});

app.get('/dir', (req, res) => {
@@  const r = spawnSync('cmd.exe', ['/c', 'dir ' + req.query.folder]);
  res.send(r.stdout);
});

app.get('/whois', async (req, res) => {
  const domain = req.query.domain;
@@  const { stdout } = await execAsync('whois ' + domain);
  res.type('text').send(stdout);
});

app.get('/uptime', async (req, res) => {
@ok  const { stdout } = await execAsync('uptime');
  res.type('text').send(stdout);
});

app.get('/disk', (req, res) => {
@ok  const df = spawn('df -h | tail -n +2', { shell: true });
  df.stdout.pipe(res);
});

const FORMATS = { png: 'png', jpeg: 'jpg' };
app.get('/export', (req, res) => {
  const ext = FORMATS[req.query.format] || 'png';
@ok  spawn(\`convert input.tiff output.\${ext}\`, { shell: true });
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "p1",
    "CWE-78",
    "execa and zx: command strings and shell: true from a request vs execa with arguments",
    `import { execa, execaCommand } from 'execa';
import { $ } from 'zx';
import type { Request, Response } from 'express';

export async function probe(req: Request, res: Response) {
  const url = String(req.query.url);
@@  const { stdout } = await execaCommand(\`curl -sI \${url}\`);
  res.type('text').send(stdout);
}

export async function probeShell(req: Request, res: Response) {
  const host = String(req.query.host);
@@  const { stdout } = await execa('ping -c 1 ' + host, { shell: true });
  res.type('text').send(stdout);
}

export async function probeSafe(req: Request, res: Response) {
  const host = String(req.query.host);
@ok  const { stdout } = await execa('ping', ['-c', '1', host]);
  res.type('text').send(stdout);
}

export async function branch(req: Request, res: Response) {
  const name = String(req.body.branch);
@ok  const out = await $\`git checkout -b \${name}\`;
  res.send(out.stdout);
}
`,
  ),
  ...ts(
    "p1",
    "CWE-22",
    "fs/promises, fs streams and fs.promises with request paths vs basename, a resolved-root prefix check and fixed names",
    `import { readFile, writeFile, unlink, readdir, rm } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

const ROOT = path.resolve('/srv/app/data');
const app = express();

app.get('/read', async (req, res) => {
@@  const text = await readFile(path.join(ROOT, req.query.file as string), 'utf8');
  res.type('text').send(text);
});

app.get('/read-safe', async (req, res) => {
  const name = path.basename(String(req.query.file));
@ok  const text = await readFile(path.join(ROOT, name), 'utf8');
  res.type('text').send(text);
});

app.delete('/files/:name', async (req, res) => {
@@  await unlink(\`\${ROOT}/\${req.params.name}\`);
  res.sendStatus(204);
});

app.get('/ls', async (req, res) => {
@@  const entries = await fs.promises.readdir(String(req.query.dir));
  res.json(entries);
});

app.get('/ls-safe', async (req, res) => {
@ok  const entries = await readdir(ROOT);
  res.json(entries);
});

app.get('/stream', (req, res) => {
@@  fs.createReadStream(req.query.path as string).pipe(res);
});

app.get('/stream-safe', (req, res) => {
  const target = path.resolve(ROOT, String(req.query.path));
  if (!target.startsWith(ROOT + path.sep)) {
    res.sendStatus(403);
    return;
  }
@ok  fs.createReadStream(target).pipe(res);
});

app.put('/upload', (req, res) => {
  const name = req.headers['x-file-name'] as string;
@@  req.pipe(fs.createWriteStream(path.resolve(ROOT, name)));
  req.on('end', () => res.sendStatus(201));
});

app.post('/notes', express.json(), async (req, res) => {
  const { title, body } = req.body;
@@  await writeFile(path.join(ROOT, 'notes', title + '.md'), body);
  res.sendStatus(201);
});

app.post('/notes-safe', express.json(), async (req, res) => {
  const { body } = req.body;
  const id = crypto.randomUUID();
@ok  await writeFile(path.join(ROOT, 'notes', id + '.md'), body);
  res.status(201).json({ id });
});

app.post('/purge', async (req, res) => {
@ok  await rm(path.join(ROOT, 'cache'), { recursive: true, force: true });
  res.sendStatus(204);
});

app.post('/copy', express.json(), (req, res) => {
@@  fs.copyFileSync(path.join(ROOT, 'template.docx'), req.body.destination);
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "p1",
    "CWE-22",
    "archive extraction (zip slip): unzipper / tar entry paths joined to the destination vs a checked resolved path",
    `const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');
const AdmZip = require('adm-zip');

function extractUnchecked(zipFile, dest) {
  fs.createReadStream(zipFile)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractChecked(zipFile, dest) {
  const root = path.resolve(dest);
  fs.createReadStream(zipFile)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const target = path.resolve(root, entry.path);
      if (!target.startsWith(root + path.sep)) {
        entry.autodrain();
        return;
      }
@ok      entry.pipe(fs.createWriteStream(target));
    });
}

function extractAdm(zipFile, dest) {
  const zip = new AdmZip(zipFile);
  for (const e of zip.getEntries()) {
@@    fs.writeFileSync(path.join(dest, e.entryName), e.getData());
  }
}

module.exports = { extractUnchecked, extractChecked, extractAdm };
`,
  ),
  ...js(
    "p1",
    "CWE-409",
    "zlib: gunzip/inflate/brotli of request bodies without maxOutputLength vs with a cap, compression, and a bundled fixture",
    `const zlib = require('zlib');
const fs = require('fs');
const express = require('express');
const app = express();

app.post('/ingest', express.raw({ type: '*/*', limit: '1mb' }), (req, res) => {
@@  const json = JSON.parse(zlib.gunzipSync(req.body).toString('utf8'));
  res.json({ n: json.length });
});

app.post('/ingest-safe', express.raw({ type: '*/*', limit: '1mb' }), (req, res) => {
@ok  const out = zlib.gunzipSync(req.body, { maxOutputLength: 10 * 1024 * 1024 });
  res.json({ n: JSON.parse(out.toString('utf8')).length });
});

app.post('/inflate', express.raw({ type: '*/*' }), (req, res) => {
@@  zlib.inflate(req.body, (err, out) => {
    if (err) return res.sendStatus(400);
    res.send(out.length.toString());
  });
});

app.post('/br', express.raw({ type: '*/*' }), (req, res) => {
@@  const text = zlib.brotliDecompressSync(req.body).toString();
  res.send(String(text.length));
});

app.post('/br-safe', express.raw({ type: '*/*' }), (req, res) => {
@ok  const text = zlib.brotliDecompressSync(req.body, { maxOutputLength: 1 << 20 }).toString();
  res.send(String(text.length));
});

app.get('/export', (req, res) => {
  res.set('Content-Encoding', 'gzip');
@ok  res.send(zlib.gzipSync(JSON.stringify({ items: [] })));
});

function loadSeed() {
@ok  return JSON.parse(zlib.gunzipSync(fs.readFileSync(__dirname + '/seed.json.gz')).toString());
}

app.post('/unpack', (req, res) => {
@@  req.pipe(zlib.createGunzip()).pipe(fs.createWriteStream('/tmp/upload.bin'));
  req.on('end', () => res.sendStatus(201));
});

module.exports = { app, loadSeed };
`,
  ),
  ...js(
    "p1",
    "CWE-79",
    "http.createServer: searchParams and headers written into an HTML response vs escaped, text/plain and JSON responses",
    `const http = require('http');
const escapeHtml = require('escape-html');

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const q = url.searchParams.get('q');
    if (url.pathname === '/search') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
@@      res.end('<h1>Results for ' + q + '</h1>');
    } else if (url.pathname === '/search-safe') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
@ok      res.end('<h1>Results for ' + escapeHtml(q) + '</h1>');
    } else if (url.pathname === '/ua') {
      res.setHeader('Content-Type', 'text/html');
@@      res.write(\`<p>Your browser: \${req.headers['user-agent']}</p>\`);
      res.end();
    } else if (url.pathname === '/plain') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
@ok      res.end('You searched for ' + q);
    } else if (url.pathname === '/api') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
@ok      res.end(JSON.stringify({ q }));
    } else {
      res.statusCode = 404;
@@      res.end(\`<html><body>Not found: \${decodeURIComponent(url.pathname)}</body></html>\`);
    }
  })
  .listen(8080);
`,
  ),
  ...ts(
    "p1",
    "CWE-601",
    "http.createServer: Location header and writeHead 302 from a query parameter vs a same-origin path check and a fixed target",
    `import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const next = url.searchParams.get('next') ?? '/';
  if (url.pathname === '/login/done') {
@@    res.writeHead(302, { Location: next });
    res.end();
  } else if (url.pathname === '/logout') {
    res.statusCode = 302;
@@    res.setHeader('Location', url.searchParams.get('returnTo') as string);
    res.end();
  } else if (url.pathname === '/login/done-safe') {
    const safe = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/';
@ok    res.writeHead(302, { Location: safe });
    res.end();
  } else {
@ok    res.writeHead(301, { Location: 'https://www.example.com' + '/home' });
    res.end();
  }
});
server.listen(3000);
`,
  ),
  ...js(
    "p1",
    "CWE-295",
    "tls/https: rejectUnauthorized false, NODE_TLS_REJECT_UNAUTHORIZED=0, checkServerIdentity no-op vs a pinned CA and defaults",
    `const tls = require('tls');
const https = require('https');
const fs = require('fs');
const axios = require('axios');
const { Agent } = require('undici');

@@const socket = tls.connect(8443, 'queue.internal', { rejectUnauthorized: false });

@ok const pinned = tls.connect(8443, 'queue.internal', { ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

@ok const keepAlive = new https.Agent({ keepAlive: true, maxSockets: 16 });

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function fetchStatus(hostname) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname,
        path: '/status',
        method: 'GET',
@@        rejectUnauthorized: false,
      },
      (res) => resolve(res.statusCode),
    );
    req.on('error', reject);
    req.end();
  });
}

@@const client = axios.create({ baseURL: 'https://billing.internal', httpsAgent: new https.Agent({ rejectUnauthorized: false }) });

@ok const strict = axios.create({ baseURL: 'https://billing.internal', httpsAgent: new https.Agent({ rejectUnauthorized: true }) });

@@const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });

@@const lax = tls.connect({ host: 'mq.internal', port: 5671, checkServerIdentity: () => undefined });

@ok const server = tls.createServer({ key: fs.readFileSync('k.pem'), cert: fs.readFileSync('c.pem'), requestCert: true, rejectUnauthorized: true });

module.exports = { socket, pinned, insecureAgent, keepAlive, fetchStatus, client, strict, dispatcher, lax, server };
`,
  ),
  ...ts(
    "p1",
    "CWE-327",
    "crypto: createCipher (no IV, MD5 key derivation), ECB, DES/3DES/RC4/Blowfish vs AES-GCM and ChaCha20-Poly1305",
    `import crypto from 'node:crypto';

const KEY = crypto.scryptSync(process.env.APP_SECRET ?? '', 'salt-from-config', 32);

export function legacyEncrypt(text: string, password: string): string {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

export function legacyDecrypt(hex: string, password: string): string {
@@  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

export function ecb(block: Buffer): Buffer {
@@  const c = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null);
  return Buffer.concat([c.update(block), c.final()]);
}

const LEGACY_ALGO = 'des-ede3-cbc';
export function tripleDes(data: Buffer, iv: Buffer): Buffer {
@@  const c = crypto.createCipheriv(LEGACY_ALGO, KEY.subarray(0, 24), iv);
  return Buffer.concat([c.update(data), c.final()]);
}

export function rc4(data: Buffer): Buffer {
@@  const c = crypto.createCipheriv('rc4', KEY.subarray(0, 16), '');
  return c.update(data);
}

export function blowfish(data: Buffer, iv: Buffer): Buffer {
@@  const c = crypto.createCipheriv('bf-cbc', KEY.subarray(0, 16), iv);
  return Buffer.concat([c.update(data), c.final()]);
}

export function seal(data: Buffer) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([c.update(data), c.final()]);
  return { iv, body, tag: c.getAuthTag() };
}

const MODERN = 'chacha20-poly1305';
export function seal2(data: Buffer) {
  const nonce = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv(MODERN, KEY, nonce, { authTagLength: 16 });
  return { nonce, body: Buffer.concat([c.update(data), c.final()]), tag: c.getAuthTag() };
}

export function ctr(data: Buffer) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-ctr', KEY, iv);
  return { iv, body: Buffer.concat([c.update(data), c.final()]) };
}
`,
  ),
  ...js(
    "p1",
    "CWE-328",
    "crypto.createHash md5/sha1 over passwords and signatures vs sha256 HMAC, scrypt, and md5 as a non-security ETag",
    `const crypto = require('crypto');
const fs = require('fs');

function hashPassword(password) {
@@  return crypto.createHash('md5').update(password).digest('hex');
}

function legacyCheck(password, stored) {
@@  return crypto.createHash('sha1').update(password).digest('hex') === stored;
}

function signWebhook(body, secret) {
@@  return crypto.createHmac('md5', secret).update(body).digest('hex');
}

function saltedLegacy(password, salt) {
@@  return crypto.createHash('sha1').update(salt + password).digest('base64');
}

function etag(body) {
@ok  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

function hashPasswordSafe(password) {
  const salt = crypto.randomBytes(16);
@ok  const key = crypto.scryptSync(password, salt, 64);
  return salt.toString('hex') + ':' + key.toString('hex');
}

function signWebhookSafe(body, secret) {
@ok  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

function fileDigest(path) {
@ok  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}

module.exports = { hashPassword, legacyCheck, signWebhook, saltedLegacy, etag, hashPasswordSafe, signWebhookSafe, fileDigest };
`,
  ),
  ...js(
    "p1",
    "CWE-329",
    "static and zero IVs for CBC/GCM vs randomBytes IVs stored with the ciphertext",
    `const crypto = require('crypto');

const key = Buffer.from(process.env.DATA_KEY, 'hex');
const ZERO_IV = Buffer.alloc(16, 0);
const FIXED_IV = Buffer.from('a1b2c3d4e5f60718', 'utf8');

function encryptZero(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, ZERO_IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function encryptFixed(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, FIXED_IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function encryptLiteral(text) {
@@  const c = crypto.createCipheriv('aes-256-gcm', key, Buffer.from('000000000000'));
  return { body: c.update(text, 'utf8', 'base64') + c.final('base64'), tag: c.getAuthTag() };
}

function encryptRandom(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('base64') + '.' + c.update(text, 'utf8', 'base64') + c.final('base64');
}

function decrypt(packed) {
  const [ivB64, body] = packed.split('.');
@ok  const d = crypto.createDecipheriv('aes-256-cbc', key, Buffer.from(ivB64, 'base64'));
  return d.update(body, 'base64', 'utf8') + d.final('utf8');
}

module.exports = { encryptZero, encryptFixed, encryptLiteral, encryptRandom, decrypt };
`,
  ),
  ...ts(
    "p1",
    "CWE-326",
    "short keys: RSA 1024 / DSA 1024, 512-bit DH, 64-bit HMAC key vs 2048/3072 and P-256",
    `import { generateKeyPairSync, generateKeyPair, createDiffieHellman, generateKeySync } from 'node:crypto';

@@export const rsaSmall = generateKeyPairSync('rsa', { modulusLength: 1024 });

@ok export const rsa = generateKeyPairSync('rsa', { modulusLength: 3072 });

@@export const dsaSmall = generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });

@ok export const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });

@@export const dh = createDiffieHellman(512);

@ok export const dhStrong = createDiffieHellman(2048);

@@export const macKey = generateKeySync('hmac', { length: 64 });

@ok export const macKeyStrong = generateKeySync('hmac', { length: 256 });

export function makeKeys(cb: (err: Error | null, pub: string, priv: string) => void) {
  generateKeyPair(
    'rsa',
    {
@@      modulusLength: 768,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    },
    cb,
  );
}
`,
  ),
  ...js(
    "p1",
    "CWE-94",
    "vm: runInNewContext / Script / compileFunction of request text vs fixed expressions with request numbers as context values",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expr, { Math });
  res.json({ result });
});

app.post('/calc-safe', (req, res) => {
  const a = Number(req.body.a);
  const b = Number(req.body.b);
@ok  const result = vm.runInNewContext('a * b + 1', { a, b });
  res.json({ result });
});

app.post('/script', (req, res) => {
  const source = req.body.source;
@@  const script = new vm.Script(source, { filename: 'user.js' });
  res.json({ out: script.runInNewContext({}) });
});

app.post('/template', (req, res) => {
  const ctx = vm.createContext({ data: req.body.data });
@@  const out = vm.runInContext('\`' + req.body.template + '\`', ctx);
  res.send(String(out));
});

app.post('/rule', (req, res) => {
@@  const fn = vm.compileFunction(req.body.rule, ['order']);
  res.json({ ok: fn(req.body.order) });
});

const compiled = new vm.Script('total > limit');
app.post('/limit', (req, res) => {
@ok  const over = compiled.runInNewContext({ total: Number(req.body.total), limit: 100 });
  res.json({ over });
});
`,
  ),
  ...ts(
    "p1",
    "CWE-94",
    "worker_threads: new Worker(source, { eval: true }) with request text vs a worker file and workerData",
    `import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { Request, Response } from 'express';

export function runJob(req: Request, res: Response) {
@@  const w = new Worker(req.body.script, { eval: true });
  w.on('message', (m) => res.json(m));
}

export function runExpr(req: Request, res: Response) {
  const expr = String(req.query.expr);
  const src = \`const { parentPort } = require('node:worker_threads'); parentPort.postMessage(\${expr});\`;
@@  const w = new Worker(src, { eval: true });
  w.on('message', (m) => res.json(m));
}

export function resize(req: Request, res: Response) {
@ok  const w = new Worker(path.join(__dirname, 'resize-worker.js'), { workerData: { file: req.body.file, width: 200 } });
  w.on('message', (m) => res.json(m));
}

const INLINE = \`const { parentPort, workerData } = require('node:worker_threads'); parentPort.postMessage(workerData.n * 2);\`;
export function double(req: Request, res: Response) {
@ok  const w = new Worker(INLINE, { eval: true, workerData: { n: Number(req.query.n) } });
  w.on('message', (m) => res.json(m));
}
`,
  ),
];

const PART2: DevCase[] = [
  ...js(
    "p2",
    "CWE-601",
    "Express/Koa/Hapi/Fastify redirects to query, body and header values vs relative-path checks, host allow-lists and fixed targets",
    `const express = require('express');
const Koa = require('koa');
const Router = require('@koa/router');
const Hapi = require('@hapi/hapi');
const fastify = require('fastify')();

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/go', (req, res) => {
@@  res.redirect(req.query.url);
});

app.post('/login', (req, res) => {
@@  res.redirect(303, req.body.next);
});

app.get('/back', (req, res) => {
@@  res.location(req.get('x-return-to')).sendStatus(302);
});

app.get('/go-safe', (req, res) => {
  const target = String(req.query.url || '/');
  const ok = target.startsWith('/') && !target.startsWith('//') && !target.includes('\\\\');
@ok  res.redirect(ok ? target : '/');
});

const ALLOWED_HOSTS = new Set(['docs.example.com', 'shop.example.com']);
app.get('/out', (req, res) => {
  let u;
  try {
    u = new URL(String(req.query.to));
  } catch {
    return res.sendStatus(400);
  }
  if (!ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(400);
@ok  res.redirect(u.toString());
});

app.get('/items/:id/open', (req, res) => {
@ok  res.redirect('/items/' + encodeURIComponent(req.params.id));
});

const koa = new Koa();
const router = new Router();
router.get('/sso/callback', (ctx) => {
@@  ctx.redirect(ctx.query.return_to);
});
router.get('/sso/done', (ctx) => {
@ok  ctx.redirect('/account');
});
koa.use(router.routes());

async function hapiServer() {
  const server = Hapi.server({ port: 4000 });
  server.route({
    method: 'GET',
    path: '/continue',
    handler: (request, h) => {
@@      return h.redirect(request.query.next);
    },
  });
  server.route({
    method: 'GET',
    path: '/home',
@ok    handler: (request, h) => h.redirect('/dashboard'),
  });
  await server.start();
}

fastify.get('/jump', async (request, reply) => {
@@  return reply.redirect(request.query.target);
});

fastify.get('/jump-safe', async (request, reply) => {
  const dest = ['/', '/help', '/pricing'].includes(request.query.target) ? request.query.target : '/';
@ok  return reply.redirect(dest);
});

module.exports = { app, koa, hapiServer, fastify };
`,
  ),
  ...ts(
    "p2",
    "CWE-22",
    "res.render / res.sendFile / res.download / express.static / serve-static with request-chosen names and roots vs fixed views, the root option and allow-lists",
    `import express, { type Request, type Response, type NextFunction } from 'express';
import serveStatic from 'serve-static';
import path from 'node:path';

const app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));

app.get('/page/:name', (req: Request, res: Response) => {
@@  res.render(req.params.name, { title: 'Docs' });
});

app.get('/help', (req: Request, res: Response) => {
@@  res.render('help/' + req.query.topic);
});

const PAGES = new Set(['about', 'terms', 'privacy']);
app.get('/static-page/:name', (req: Request, res: Response) => {
  if (!PAGES.has(req.params.name)) return res.sendStatus(404);
@ok  res.render(req.params.name, { title: 'Docs' });
});

app.get('/download', (req: Request, res: Response) => {
@@  res.download(path.resolve('exports', String(req.query.file)));
});

app.get('/raw', (req: Request, res: Response) => {
@@  res.sendFile(String(req.query.path));
});

app.get('/assets/*', (req: Request, res: Response) => {
@ok  res.sendFile(req.params[0], { root: path.join(__dirname, 'public') });
});

app.use('/tenant-assets', (req: Request, res: Response, next: NextFunction) => {
  const tenant = String(req.headers['x-tenant']);
@@  serveStatic(path.join('/srv/tenants', tenant, 'public'))(req, res, next);
});

app.use('/theme', (req: Request, res: Response, next: NextFunction) => {
@@  express.static(String(req.query.root))(req, res, next);
});

const TENANTS: Record<string, string> = { acme: 'acme', globex: 'globex' };
app.use('/tenant-assets-safe', (req: Request, res: Response, next: NextFunction) => {
  const tenant = TENANTS[String(req.headers['x-tenant'])];
  if (!tenant) return res.sendStatus(404);
@ok  serveStatic(path.join('/srv/tenants', tenant, 'public'))(req, res, next);
});

@ok app.use('/public', express.static(path.join(__dirname, 'public'), { dotfiles: 'deny', maxAge: '1d' }));

export default app;
`,
  ),
  ...js(
    "p2",
    "CWE-1336",
    "server-side templates compiled from request text (ejs/pug/handlebars/nunjucks) and request objects as render options vs fixed templates with request data",
    `const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');

const app = express();
app.use(express.json());
app.set('view engine', 'ejs');

app.post('/preview/ejs', (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: req.user }));
});

app.post('/preview/pug', (req, res) => {
@@  const fn = pug.compile(req.body.source);
  res.send(fn({ name: 'x' }));
});

app.post('/preview/hbs', (req, res) => {
  const { tpl, data } = req.body;
@@  const render = Handlebars.compile(tpl);
  res.send(render(data));
});

app.get('/preview/njk', (req, res) => {
@@  res.send(nunjucks.renderString('Hello ' + req.query.name, {}));
});

app.get('/search', (req, res) => {
@@  res.render('search', req.query);
});

const GREETING = ejs.compile('<p>Hello <%= name %></p>');
app.post('/greet', (req, res) => {
@ok  res.send(GREETING({ name: req.body.name }));
});

app.get('/hello', (req, res) => {
@ok  res.send(nunjucks.renderString('Hello {{ name }}', { name: req.query.name }));
});

app.get('/search-safe', (req, res) => {
@ok  res.render('search', { q: String(req.query.q || ''), page: Number(req.query.page) || 1 });
});

const card = Handlebars.compile('<div class="card">{{title}}</div>');
app.post('/card', (req, res) => {
@ok  res.send(card({ title: req.body.title }));
});
`,
  ),
  ...js(
    "p2",
    "CWE-942",
    "CORS: reflected Origin with credentials (manual headers, cors origin: true, an accept-all callback, @koa/cors, @fastify/cors) vs allow-lists and credential-free wildcards",
    `const express = require('express');
const cors = require('cors');
const koaCors = require('@koa/cors');
const Koa = require('koa');

const app = express();

app.use('/api/v1', (req, res, next) => {
@@  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});

@@app.use('/api/v2', cors({ origin: true, credentials: true }));

@@app.use('/api/v3', cors({ origin: (origin, cb) => cb(null, true), credentials: true }));

@ok app.use('/api/v4', cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));

@ok app.use('/public', cors());

const ALLOWED = new Set(['https://app.example.com']);
app.use('/api/v5', (req, res, next) => {
  const origin = req.get('origin');
  if (origin && ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.use('/api/v6', cors({
@ok  origin: (origin, cb) => cb(null, !origin || ALLOWED.has(origin)),
  credentials: true,
}));

const koa = new Koa();
@@koa.use(koaCors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));

async function plugins(fastify) {
@@  await fastify.register(require('@fastify/cors'), { origin: true, credentials: true });
@ok  await fastify.register(require('@fastify/cors'), { origin: 'https://app.example.com', credentials: true });
}

module.exports = { app, koa, plugins };
`,
  ),
  ...ts(
    "p2",
    "CWE-614",
    "cookies: session and auth cookies set without secure (res.cookie, express-session, cookie-session, Koa ctx.cookies, Fastify setCookie) vs secure flags",
    `import express from 'express';
import session from 'express-session';
import cookieSession from 'cookie-session';
import type { Context } from 'koa';
import type { FastifyReply } from 'fastify';

const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: true } }));

@ok app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

@@app.use(cookieSession({ name: 'sess', keys: [process.env.COOKIE_KEY!], secure: false }));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('auth_token', token, { httpOnly: true, secure: false });
  res.sendStatus(204);
});

app.post('/login-safe', (req, res) => {
  const token = issueToken(req.body.user);
@ok  res.cookie('auth_token', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600_000 });
  res.sendStatus(204);
});

export function koaLogin(ctx: Context, token: string) {
@@  ctx.cookies.set('sid', token, { httpOnly: true, secure: false });
}

export function fastifyLogin(reply: FastifyReply, token: string) {
@@  reply.setCookie('session', token, { path: '/', httpOnly: true, secure: false });
}

export function fastifyLoginSafe(reply: FastifyReply, token: string) {
@ok  reply.setCookie('session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
}

declare function issueToken(user: unknown): string;
export default app;
`,
  ),
  ...js(
    "p2",
    "CWE-1004",
    "cookies: session tokens readable from script (httpOnly: false) vs httpOnly and a non-sensitive UI preference cookie",
    `const express = require('express');
const session = require('express-session');
const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: false, secure: true } }));

app.post('/auth', (req, res) => {
  const jwtToken = sign(req.body);
@@  res.cookie('access_token', jwtToken, { httpOnly: false, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/auth-safe', (req, res) => {
  const jwtToken = sign(req.body);
@ok  res.cookie('access_token', jwtToken, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
@ok  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { httpOnly: false, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

function sign(body) {
  return require('jsonwebtoken').sign({ sub: body.user }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}
module.exports = app;
`,
  ),
  ...ts(
    "p2",
    "CWE-770",
    "request body limits: huge express.json/urlencoded/raw limits, Fastify bodyLimit, koa-body and multer without limits vs bounded parsers",
    `import express from 'express';
import bodyParser from 'body-parser';
import Fastify from 'fastify';
import { koaBody } from 'koa-body';
import multer from 'multer';

const app = express();
@@app.use(express.json({ limit: '500mb' }));
@@app.use(bodyParser.urlencoded({ extended: true, limit: '1gb', parameterLimit: 10_000_000 }));
@ok app.use('/small', express.json({ limit: '100kb' }));
@ok app.use('/default', express.json());

@@export const fastify = Fastify({ bodyLimit: 1024 * 1024 * 1024 });
@ok export const fastifySmall = Fastify({ bodyLimit: 1_048_576 });

@@export const koaParser = koaBody({ multipart: true, jsonLimit: '2gb', formidable: { maxFileSize: Infinity } });

@@export const upload = multer({ dest: '/tmp/uploads' });
@ok export const uploadLimited = multer({ dest: '/tmp/uploads', limits: { fileSize: 5 * 1024 * 1024, files: 3 } });

export default app;
`,
  ),
  ...js(
    "p2",
    "CWE-693",
    "helmet with protections switched off (CSP, frameguard, HSTS max-age 0) and x-powered-by vs helmet defaults and a configured CSP",
    `const express = require('express');
const helmet = require('helmet');

const admin = express();
@@admin.use(helmet({ contentSecurityPolicy: false, frameguard: false }));

const api = express();
@@api.use(helmet.hsts({ maxAge: 0 }));

const site = express();
@ok site.use(helmet());
@ok site.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], objectSrc: ["'none'"] } }));

const widget = express();
@@widget.use(helmet({ noSniff: false, xssFilter: false }));

module.exports = { admin, api, site, widget };
`,
  ),
  ...js(
    "p2",
    "CWE-348",
    "client IP from X-Forwarded-For (and trust proxy true) gating admin access vs the socket address and a pinned proxy hop count",
    `const express = require('express');
const app = express();
const ADMIN_IPS = ['10.0.0.5'];

app.use('/admin', (req, res, next) => {
  const ip = (req.headers['x-forwarded-for'] || '').split(',')[0].trim();
@@  if (!ADMIN_IPS.includes(ip)) return res.sendStatus(403);
  next();
});

const open = express();
@@open.set('trust proxy', true);
open.use('/admin', (req, res, next) => (ADMIN_IPS.includes(req.ip) ? next() : res.sendStatus(403)));

const internal = express();
internal.use('/admin', (req, res, next) => {
@ok  if (!ADMIN_IPS.includes(req.socket.remoteAddress)) return res.sendStatus(403);
  next();
});

const behindLb = express();
@ok behindLb.set('trust proxy', 1);

module.exports = { app, open, internal, behindLb };
`,
  ),
  ...ts(
    "p2",
    "CWE-347",
    "jsonwebtoken: decode used as verification, verify without algorithms on a public key, algorithms none, unsigned sign; jose decodeJwt/UnsecuredJWT vs verify with pinned algorithms",
    `import jwt from 'jsonwebtoken';
import * as jose from 'jose';
import fs from 'node:fs';
import type { Request, Response, NextFunction } from 'express';

const PUBLIC_KEY = fs.readFileSync('/etc/keys/jwt.pub', 'utf8');
const SECRET = process.env.JWT_SECRET!;
const JWKS = jose.createRemoteJWKSet(new URL('https://id.example.com/.well-known/jwks.json'));

export function authDecode(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization).replace('Bearer ', '');
@@  const claims = jwt.decode(token) as jwt.JwtPayload;
  (req as any).user = claims.sub;
  next();
}

export function authNoAlgs(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization).slice(7);
@@  (req as any).user = jwt.verify(token, PUBLIC_KEY);
  next();
}

export function authNone(req: Request, res: Response, next: NextFunction) {
  const token = String(req.cookies.session);
@@  (req as any).user = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
  next();
}

export function issueUnsigned(userId: string) {
@@  return jwt.sign({ sub: userId }, '', { algorithm: 'none' });
}

export function authPinned(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization).slice(7);
@ok  (req as any).user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://id.example.com' });
  next();
}

export function authKid(req: Request, keys: Record<string, string>) {
  const token = String(req.headers.authorization).slice(7);
@ok  const decoded = jwt.decode(token, { complete: true });
  const key = keys[String(decoded?.header.kid)];
  return jwt.verify(token, key, { algorithms: ['RS256'] });
}

export async function joseDecode(req: Request) {
  const token = String(req.headers.authorization).slice(7);
@@  const payload = jose.decodeJwt(token);
  return { userId: payload.sub, admin: payload.admin === true };
}

export async function joseUnsecured(req: Request) {
@@  const { payload } = jose.UnsecuredJWT.decode(String(req.query.t));
  return payload.sub;
}

export async function joseVerify(req: Request) {
  const token = String(req.headers.authorization).slice(7);
@ok  const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://id.example.com', audience: 'api', algorithms: ['RS256'] });
  return payload.sub;
}

export function issue(userId: string) {
@ok  return jwt.sign({ sub: userId }, SECRET, { algorithm: 'HS256', expiresIn: '15m' });
}
`,
  ),
  ...js(
    "p2",
    "CWE-943",
    "MongoDB/Mongoose: request objects as query filters (operator injection), $where strings, aggregate $match from the body vs String() casts, $eq, sanitisers and ObjectId",
    `const express = require('express');
const mongoose = require('mongoose');
const mongoSanitize = require('mongo-sanitize');
const { MongoClient, ObjectId } = require('mongodb');

const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String, age: Number }));
const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('shop');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login-safe', async (req, res) => {
@ok  const user = await User.findOne({ email: String(req.body.email), password: String(req.body.password) });
  res.json({ ok: !!user });
});

app.get('/products', async (req, res) => {
@@  const items = await db.collection('products').find(req.query).toArray();
  res.json(items);
});

app.get('/by-name', async (req, res) => {
@@  const items = await db.collection('users').find({ $where: "this.name == '" + req.query.name + "'" }).toArray();
  res.json(items);
});

app.get('/older', async (req, res) => {
@@  const users = await User.find({ $where: \`this.age > \${req.query.age}\` });
  res.json(users);
});

app.get('/older-safe', async (req, res) => {
@ok  const users = await User.find({ age: { $gt: Number(req.query.age) } });
  res.json(users);
});

app.post('/report', async (req, res) => {
@@  const rows = await db.collection('orders').aggregate([{ $match: req.body.filter }, { $group: { _id: '$status', n: { $sum: 1 } } }]).toArray();
  res.json(rows);
});

app.post('/reset', async (req, res) => {
@@  const user = await User.findOne({ resetToken: req.body.token });
  res.json({ ok: !!user });
});

app.post('/reset-safe', async (req, res) => {
@ok  const user = await User.findOne({ resetToken: { $eq: req.body.token } });
  res.json({ ok: !!user });
});

app.post('/reset-clean', async (req, res) => {
  const token = mongoSanitize(req.body.token);
@ok  const user = await User.findOne({ resetToken: token });
  res.json({ ok: !!user });
});

app.get('/orders/:id', async (req, res) => {
@ok  const order = await db.collection('orders').findOne({ _id: new ObjectId(req.params.id) });
  res.json(order);
});

app.post('/by-email', async (req, res) => {
  if (typeof req.body.email !== 'string') return res.sendStatus(400);
@ok  const user = await User.findOne({ email: req.body.email });
  res.json({ found: !!user });
});
`,
  ),
  ...ts(
    "p2",
    "CWE-89",
    "sequelize.query / literal, knex.raw / whereRaw / orderByRaw, TypeORM query builder where and manager.query with request text vs replacements, bindings and allow-listed columns",
    `import express from 'express';
import { Sequelize, QueryTypes, Op } from 'sequelize';
import knexFactory from 'knex';
import { DataSource } from 'typeorm';

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

app.get('/users', async (req, res) => {
  const name = String(req.query.name);
@@  const rows = await sequelize.query(\`SELECT id, name FROM users WHERE name = '\${name}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/users-safe', async (req, res) => {
@ok  const rows = await sequelize.query('SELECT id, name FROM users WHERE name = :name', { replacements: { name: String(req.query.name) }, type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/posts', async (req, res) => {
@@  const rows = await sequelize.models.Post.findAll({ where: sequelize.literal(\`author_id = \${req.query.author}\`) });
  res.json(rows);
});

app.get('/posts-safe', async (req, res) => {
@ok  const rows = await sequelize.models.Post.findAll({ where: { authorId: { [Op.eq]: Number(req.query.author) } } });
  res.json(rows);
});

app.get('/k/users/:id', async (req, res) => {
@@  const { rows } = await knex.raw('select * from users where id = ' + req.params.id);
  res.json(rows);
});

app.get('/k/users-safe/:id', async (req, res) => {
@ok  const { rows } = await knex.raw('select * from users where id = ?', [req.params.id]);
  res.json(rows);
});

app.get('/k/search', async (req, res) => {
@@  const rows = await knex('products').whereRaw(\`title ILIKE '%\${req.query.q}%'\`);
  res.json(rows);
});

app.get('/k/search-safe', async (req, res) => {
@ok  const rows = await knex('products').whereRaw('title ILIKE ?', [\`%\${req.query.q}%\`]);
  res.json(rows);
});

app.get('/k/sorted', async (req, res) => {
@@  const rows = await knex('products').select('*').orderByRaw(String(req.query.sort));
  res.json(rows);
});

const SORTS: Record<string, string> = { price: 'price', newest: 'created_at' };
app.get('/k/sorted-safe', async (req, res) => {
@ok  const rows = await knex('products').select('*').orderBy(SORTS[String(req.query.sort)] ?? 'id');
  res.json(rows);
});

app.get('/t/users', async (req, res) => {
@@  const users = await ds.getRepository('User').createQueryBuilder('u').where(\`u.email = '\${req.query.email}'\`).getMany();
  res.json(users);
});

app.get('/t/users-safe', async (req, res) => {
@ok  const users = await ds.getRepository('User').createQueryBuilder('u').where('u.email = :email', { email: req.query.email }).getMany();
  res.json(users);
});

app.delete('/t/users/:id', async (req, res) => {
@@  await ds.manager.query(\`DELETE FROM users WHERE id = \${req.params.id}\`);
  res.sendStatus(204);
});

app.delete('/t/users-safe/:id', async (req, res) => {
@ok  await ds.manager.query('DELETE FROM users WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});
`,
  ),
];

const PART3: DevCase[] = [
  ...ts(
    "p3",
    "CWE-79",
    "DOM sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write/writeln, createContextualFragment) fed from location, URLSearchParams, referrer and window.name vs textContent, DOMPurify and text nodes",
    `import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const q = params.get('q') ?? '';
const banner = document.getElementById('banner')!;
const results = document.querySelector<HTMLDivElement>('#results')!;

export function showQuery() {
@@  results.innerHTML = '<p>No results for <b>' + q + '</b></p>';
}

export function showQuerySafe() {
  const p = document.createElement('p');
@ok  p.textContent = \`No results for \${q}\`;
  results.replaceChildren(p);
}

export function showHash() {
  const section = decodeURIComponent(location.hash.slice(1));
@@  banner.outerHTML = \`<div id="banner">Section: \${section}</div>\`;
}

export function showRef() {
@@  document.querySelector('footer')!.insertAdjacentHTML('beforeend', '<a href="' + document.referrer + '">Back</a>');
}

export function showRefSafe() {
  const a = document.createElement('a');
@ok  a.href = document.referrer.startsWith(location.origin) ? document.referrer : '/';
  a.textContent = 'Back';
  document.querySelector('footer')!.append(a);
}

export function legacyWidget() {
@@  document.write('<script src="/widgets/' + params.get('widget') + '.js"></script>');
@@  document.writeln('<div class="greeting">' + window.name + '</div>');
}

export function fragment() {
  const range = document.createRange();
@@  results.appendChild(range.createContextualFragment(params.get('snippet') ?? ''));
}

export function sanitized() {
@ok  results.innerHTML = DOMPurify.sanitize(params.get('snippet') ?? '');
}

export function clear() {
@ok  results.innerHTML = '';
  banner.insertAdjacentText('afterbegin', q);
}

export function staticMarkup() {
@ok  results.insertAdjacentHTML('beforeend', '<hr class="divider"><p class="hint">Try another search.</p>');
}

export async function profile() {
  const res = await fetch('/api/profile/' + encodeURIComponent(params.get('user') ?? ''));
  const data = await res.json();
@@  document.getElementById('bio')!.innerHTML = data.bioHtml;
@ok  document.getElementById('name')!.textContent = data.displayName;
}
`,
  ),
  ...js(
    "p3",
    "CWE-601",
    "client-side navigation: location/location.href/assign/replace and window.open to query and hash values vs same-origin checks and fixed targets",
    `const params = new URLSearchParams(location.search);

function afterLogin() {
  const next = params.get('next');
@@  window.location.href = next;
}

function afterLoginPath() {
  const next = params.get('next') || '/';
  const url = new URL(next, location.origin);
@@  window.location.href = url.origin === location.origin ? url.pathname + url.search : '/';
}

function afterLoginSafe() {
  const next = params.get('next') || '/';
  const url = new URL(next, location.origin);
@ok  window.location.href = url.origin === location.origin ? url.href : '/';
}

function fromHash() {
@@  location.assign(decodeURIComponent(location.hash.substring(1)));
}

function replaceTo() {
@@  window.location.replace(params.get('redirect_uri'));
}

function assignWhole() {
@@  window.location = params.get('continue');
}

function openDoc() {
@@  window.open(params.get('doc'), '_blank', 'noopener');
}

function openHelp() {
@ok  window.open('https://help.example.com/articles/' + encodeURIComponent(params.get('article') || ''), '_blank', 'noopener');
}

function goHome() {
@ok  location.href = '/home';
}

function goSection() {
  const section = params.get('s');
@ok  location.hash = '#' + encodeURIComponent(section || 'top');
}
`,
  ),
  ...js(
    "p3",
    "CWE-345",
    "message handlers that act on event.data (innerHTML, navigation, storage, eval) with no origin check vs handlers that pin event.origin",
    `const TRUSTED = new Set(['https://app.example.com', 'https://checkout.example.com']);

@@window.addEventListener('message', (event) => {
  document.getElementById('status').textContent = event.data.status;
  localStorage.setItem('token', event.data.token);
});

@@window.onmessage = function (e) {
  if (e.data.type === 'navigate') location.href = e.data.url;
};

@@addEventListener('message', ({ data }) => {
  if (data.cmd === 'resize') document.body.style.height = data.h + 'px';
  if (data.cmd === 'config') Object.assign(window.appConfig, data.config);
});

@ok window.addEventListener('message', (event) => {
  if (!TRUSTED.has(event.origin)) return;
  localStorage.setItem('token', event.data.token);
});

@ok window.addEventListener('message', function (e) {
  if (e.origin !== 'https://checkout.example.com') {
    return;
  }
  if (e.data.type === 'navigate') location.href = '/orders/' + encodeURIComponent(e.data.orderId);
});

@ok window.addEventListener('resize', (event) => {
  document.body.dataset.width = String(window.innerWidth);
});
`,
  ),
  ...js(
    "p3",
    "CWE-79",
    "message handlers writing event.data into innerHTML and eval without an origin check vs textContent after an origin check",
    `window.addEventListener('message', (event) => {
@@  document.getElementById('preview').innerHTML = event.data.html;
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://editor.example.com') return;
@ok  document.getElementById('preview').textContent = event.data.text;
});
`,
  ),
  ...ts(
    "p3",
    "CWE-201",
    "postMessage of tokens and profile data to '*' vs a pinned target origin and a non-sensitive ready signal",
    `declare const session: { accessToken: string; user: { email: string; id: string } };
const PARENT_ORIGIN = 'https://portal.example.com';

export function sendToken() {
@@  window.parent.postMessage({ type: 'token', token: session.accessToken }, '*');
}

export function sendProfile(frame: HTMLIFrameElement) {
@@  frame.contentWindow?.postMessage({ email: session.user.email, id: session.user.id }, '*');
}

export function sendOpener() {
@@  window.opener.postMessage(JSON.stringify({ accessToken: session.accessToken }), '*');
}

export function sendTokenSafe() {
@ok  window.parent.postMessage({ type: 'token', token: session.accessToken }, PARENT_ORIGIN);
}

export function ready() {
@ok  window.parent.postMessage({ type: 'ready', height: document.body.scrollHeight }, '*');
}
`,
  ),
  ...js(
    "p3",
    "CWE-95",
    "string timers and Function in the browser with URL or message text vs function callbacks and constant strings",
    `const params = new URLSearchParams(location.search);

function schedule() {
  const cb = params.get('callback');
@@  setTimeout(cb + '()', 100);
}

function poll() {
@@  setInterval('refresh(' + params.get('id') + ')', 5000);
}

function jsonp() {
  const fnName = location.hash.slice(1);
@@  const fn = new Function('data', fnName + '(data)');
  fn({});
}

function runFormula(cell) {
@@  return Function('"use strict"; return (' + cell.dataset.formula + ')')();
}

function scheduleSafe() {
  const id = Number(params.get('id'));
@ok  setTimeout(() => refresh(id), 100);
}

function pollSafe() {
@ok  setInterval(refresh, 5000, Number(params.get('id')));
}

function legacyTick() {
@ok  setTimeout('tick()', 1000);
}

function refresh(id) {
  return fetch('/api/items/' + id);
}
function tick() {}
`,
  ),
  ...js(
    "p3",
    "CWE-79",
    "jQuery: .html/.append/.prepend/.after/.replaceWith and $() of HTML built from URL and response text vs .text, $('<li>').text() and sanitised HTML",
    `import $ from 'jquery';
import DOMPurify from 'dompurify';

const params = new URLSearchParams(location.search);
const msg = params.get('msg');

@@$('#flash').html(msg);

@ok $('#flash').text(msg);

@@$('#list').append('<li class="item">' + params.get('item') + '</li>');

@ok $('#list').append($('<li class="item">').text(params.get('item')));

@@$(\`<div class="toast">\${decodeURIComponent(location.hash.slice(1))}</div>\`).appendTo('body');

$.getJSON('/api/comments', (comments) => {
  comments.forEach((c) => {
@@    $('#comments').prepend('<div class="c"><b>' + c.author + '</b>: ' + c.body + '</div>');
  });
});

$.get('/api/motd').done((text) => {
@ok  $('#motd').html(DOMPurify.sanitize(text));
});

@@$('#old').replaceWith('<span>' + window.name + '</span>');

@@$('.title').after(params.get('subtitle'));

@ok $('#count').html('<b>' + Number(params.get('n')) + '</b> items');

@ok $('#search').val(params.get('q'));
`,
  ),
  ...jsx(
    "p3",
    "Article.jsx",
    "CWE-79",
    "React: dangerouslySetInnerHTML from query strings, API responses and props, ref innerHTML, javascript: URLs in href vs sanitised HTML, text children and checked URLs",
    `import React, { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Preview() {
  const [params] = useSearchParams();
@@  return <div className="preview" dangerouslySetInnerHTML={{ __html: params.get('html') }} />;
}

export function PreviewSafe() {
  const [params] = useSearchParams();
@ok  return <div className="preview" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(params.get('html') || '') }} />;
}

export function Post({ id }) {
  const [post, setPost] = useState(null);
  useEffect(() => {
    fetch('/api/posts/' + id).then((r) => r.json()).then(setPost);
  }, [id]);
  if (!post) return null;
  return (
    <article>
@ok      <h1>{post.title}</h1>
@@      <div dangerouslySetInnerHTML={{ __html: marked(post.markdown) }} />
    </article>
  );
}

export function Comment({ comment }) {
  const ref = useRef(null);
  useEffect(() => {
@@    ref.current.innerHTML = comment.body;
  }, [comment]);
  return <div ref={ref} />;
}

export function CommentText({ comment }) {
@ok  return <p className="comment">{comment.body}</p>;
}

export function Website() {
  const [params] = useSearchParams();
  const site = params.get('website');
@@  return <a href={site}>Visit website</a>;
}

export function WebsiteSafe() {
  const [params] = useSearchParams();
  const site = params.get('website') || '';
  const safe = /^https?:\\/\\//i.test(site) ? site : '#';
@ok  return <a href={safe} rel="noopener noreferrer">Visit website</a>;
}

export function UserLink({ user }) {
@ok  return <a href={\`/users/\${encodeURIComponent(user.id)}\`}>{user.name}</a>;
}

export function Legal() {
@ok  return <div dangerouslySetInnerHTML={{ __html: '<p>&copy; 2024 Example Inc.</p>' }} />;
}
`,
  ),
  ...tsx(
    "p3",
    "Profile.tsx",
    "CWE-79",
    "React/Next (TSX): router query and props rendered as HTML, iframe srcDoc, javascript: links from profile data vs text, a URL scheme check and sanitize-html",
    `import { useRouter } from 'next/router';
import sanitizeHtml from 'sanitize-html';

type Profile = { name: string; bioHtml: string; homepage: string };

export default function ProfilePage({ profile }: { profile: Profile }) {
  const router = useRouter();
  const tab = String(router.query.tab ?? '');
  return (
    <main>
@@      <h2 dangerouslySetInnerHTML={{ __html: \`Tab: \${tab}\` }} />
@ok      <h2>Tab: {tab}</h2>
@@      <section dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />
@ok      <section dangerouslySetInnerHTML={{ __html: sanitizeHtml(profile.bioHtml) }} />
@@      <a href={profile.homepage}>Homepage</a>
@ok      <a href={profile.homepage.startsWith('https://') ? profile.homepage : undefined}>Homepage</a>
@@      <iframe srcDoc={String(router.query.preview)} title="preview" />
@ok      <iframe src="/embed/card" sandbox="" title="card" />
    </main>
  );
}
`,
  ),
  ...ts(
    "p3",
    "CWE-79",
    "Angular: DomSanitizer bypassSecurityTrustHtml/Url/ResourceUrl on route and API values, nativeElement.innerHTML vs the [innerHTML] binding and bypass of a constant",
    `import { Component, ElementRef, OnInit, ViewChild, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';

@Component({
  selector: 'app-note',
  template: \`<div [innerHTML]="trusted"></div><div [innerHTML]="plain"></div><iframe [src]="video"></iframe><a [href]="link">x</a><div #host></div>\`,
})
export class NoteComponent implements OnInit {
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;
  trusted!: SafeHtml;
  plain = '';
  video!: SafeResourceUrl;
  link!: SafeUrl;
  icon!: SafeHtml;

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer, private http: HttpClient) {}

  ngOnInit() {
    const q = this.route.snapshot.queryParamMap.get('note') ?? '';
@@    this.trusted = this.sanitizer.bypassSecurityTrustHtml(q);
@ok    this.plain = q;
    const id = this.route.snapshot.paramMap.get('videoId') ?? '';
@@    this.video = this.sanitizer.bypassSecurityTrustResourceUrl(this.route.snapshot.queryParamMap.get('embed') ?? '');
@ok    this.video = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(id));
@@    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.queryParamMap.get('link') ?? '');
@ok    this.icon = this.sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>');
    this.http.get<{ html: string }>('/api/notes/1').subscribe((n) => {
@@      this.host.nativeElement.innerHTML = n.html;
@ok      this.plain = this.sanitizer.sanitize(SecurityContext.HTML, n.html) ?? '';
    });
  }
}
`,
  ),
  ...jsx(
    "p3",
    "Comment.vue",
    "CWE-79",
    "Vue SFC: v-html of a route query and of an API field vs mustache text and v-html of sanitised HTML",
    `<template>
  <div class="comment">
@@    <p v-html="$route.query.msg"></p>
@ok    <p>{{ $route.query.msg }}</p>
@@    <div class="body" v-html="comment.body"></div>
@ok    <div class="body" v-html="cleanBody"></div>
  </div>
</template>
<script>
import DOMPurify from 'dompurify';
export default {
  props: { comment: Object },
  computed: {
    cleanBody() {
      return DOMPurify.sanitize(this.comment.body);
    },
  },
};
</script>
`,
  ),
  ...js(
    "p3",
    "CWE-79",
    "Vue in JavaScript: render functions with innerHTML/domProps from the URL, templates built from input, v-html in a string template vs textContent props",
    `import { createApp, h } from 'vue';

const params = new URLSearchParams(location.search);

export const Banner = {
  render() {
@@    return h('div', { class: 'banner', innerHTML: params.get('banner') });
  },
};

export const BannerText = {
  render() {
@ok    return h('div', { class: 'banner', textContent: params.get('banner') });
  },
};

export const Legacy = {
  render(createElement) {
@@    return createElement('div', { domProps: { innerHTML: location.hash.slice(1) } });
  },
};

@@createApp({ template: '<div class="title">' + params.get('title') + '</div>' }).mount('#title');

@ok createApp({ template: '<div class="title">{{ title }}</div>', data: () => ({ title: params.get('title') }) }).mount('#title2');
`,
  ),
  ...jsx(
    "p3",
    "Post.svelte",
    "CWE-79",
    "Svelte: {@html} of a page URL parameter and of marked() output vs text interpolation and DOMPurify",
    `<script>
  import { page } from '$app/stores';
  import { marked } from 'marked';
  import DOMPurify from 'dompurify';
  export let post;
  $: note = $page.url.searchParams.get('note') ?? '';
</script>

<article>
@@  <p class="note">{@html note}</p>
@ok  <p class="note">{note}</p>
@@  <div class="body">{@html marked(post.markdown)}</div>
@ok  <div class="body">{@html DOMPurify.sanitize(marked(post.markdown))}</div>
@ok  <h1>{post.title}</h1>
</article>
`,
  ),
];

const PART4: DevCase[] = [
  ...js(
    "p4",
    "CWE-611",
    "libxmljs/libxmljs2 with noent or dtdload on request XML vs default options, noent false, xml2js and @xmldom/xmldom",
    `const express = require('express');
const libxmljs = require('libxmljs');
const libxml2 = require('libxmljs2');
const xml2js = require('xml2js');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-dtd', (req, res) => {
@@  const doc = libxml2.parseXmlString(req.body, { noent: true, dtdload: true, nonet: false });
  res.json({ items: doc.find('//item').length });
});

app.post('/import-lib', (req, res) => {
  const opts = { noblanks: true, noent: true };
@@  const doc = libxmljs.parseXmlString(req.body, opts);
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.json({ root: doc.root().name() });
});

app.post('/import-safe2', (req, res) => {
@ok  const doc = libxml2.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/import-xml2js', (req, res) => {
@ok  xml2js.parseString(req.body, { explicitArray: false }, (err, result) => res.json(result));
});

app.post('/import-xmldom', (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ root: doc.documentElement.nodeName });
});
`,
  ),
  ...ts(
    "p4",
    "CWE-502",
    "js-yaml load with the full/js-types schema or v3 load on uploads, node-serialize unserialize vs safeLoad, JSON_SCHEMA, the yaml package and JSON.parse",
    `// package.json pins "js-yaml": "^3.14.1" (load resolves !!js/function there), "node-serialize" and "serialize-javascript".
import yaml from 'js-yaml';
import YAML from 'yaml';
import nodeSerialize from 'node-serialize';
import serialize from 'serialize-javascript';
import type { Request, Response } from 'express';

export function importConfig(req: Request, res: Response) {
@@  const cfg = yaml.load(req.body.yaml);
  res.json(cfg);
}

export function importFull(req: Request, res: Response) {
@@  const cfg = yaml.load(String(req.body), { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
}

export function importSafe(req: Request, res: Response) {
@ok  const cfg = yaml.safeLoad(req.body.yaml);
  res.json(cfg);
}

export function importJsonSchema(req: Request, res: Response) {
@ok  const cfg = yaml.load(req.body.yaml, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
}

export function importYamlPkg(req: Request, res: Response) {
@ok  const cfg = YAML.parse(String(req.body.yaml));
  res.json(cfg);
}

export function restorePrefs(req: Request, res: Response) {
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
@@  const prefs = nodeSerialize.unserialize(raw);
  res.json(prefs);
}

export function restorePrefsSafe(req: Request, res: Response) {
@ok  const prefs = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString());
  res.json(prefs);
}

export function snapshot(state: object) {
@ok  return serialize(state, { isJSON: true });
}
`,
  ),
  ...js(
    "p4",
    "CWE-79",
    "SSR: request data in JSON.stringify embedded in an inline script vs serialize-javascript and a \\u003c-escaped JSON",
    `const express = require('express');
const serialize = require('serialize-javascript');
const app = express();

app.get('/app', (req, res) => {
  const state = { query: req.query.q, page: 1 };
@@  res.send(\`<!doctype html><div id="root"></div><script>window.__STATE__ = \${JSON.stringify(state)}</script>\`);
});

app.get('/app2', (req, res) => {
@@  res.send('<script>var search = "' + req.query.q + '";</script><script src="/app.js"></script>');
});

app.get('/app-safe', (req, res) => {
  const state = { query: req.query.q, page: 1 };
@ok  res.send(\`<!doctype html><div id="root"></div><script>window.__STATE__ = \${serialize(state, { isJSON: true })}</script>\`);
});

app.get('/app-safe2', (req, res) => {
  const json = JSON.stringify({ query: req.query.q }).replace(/</g, '\\\\u003c');
@ok  res.send(\`<script>window.__STATE__ = \${json}</script>\`);
});
`,
  ),
  ...ts(
    "p4",
    "CWE-338",
    "Math.random for reset tokens, session ids, API keys, OTPs and CSP nonces vs crypto.randomBytes/randomUUID/randomInt and Math.random for jitter and UI",
    `import crypto from 'node:crypto';

export function resetToken(): string {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function sessionId(): string {
  let id = '';
  for (let i = 0; i < 32; i++) {
@@    id += 'abcdef0123456789'[Math.floor(Math.random() * 16)];
  }
  return id;
}

export function otp(): string {
@@  const code = Math.floor(100000 + Math.random() * 900000);
  return String(code);
}

export function apiKey(userId: string) {
@@  const key = \`ak_\${userId}_\${Date.now().toString(36)}\${Math.random().toString(16).substring(2, 10)}\`;
  return { userId, key };
}

export function cspNonce(): string {
@@  const nonce = Buffer.from(String(Math.random())).toString('base64');
  return nonce;
}

export function resetTokenSafe(): string {
@ok  return crypto.randomBytes(32).toString('hex');
}

export function sessionIdSafe(): string {
@ok  return crypto.randomUUID();
}

export function otpSafe(): string {
@ok  return String(crypto.randomInt(100000, 1000000));
}

export function backoff(attempt: number): number {
@ok  return Math.min(30_000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);
}

export function pickColor(colors: string[]): string {
@ok  return colors[Math.floor(Math.random() * colors.length)];
}
`,
  ),
  ...js(
    "p4",
    "CWE-798",
    "hard-coded secrets: JWT signing key, AWS secret, Mongo URL with password, session secret, Stripe live key, mysql password vs environment and config lookups and non-secret constants",
    `const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');
const session = require('express-session');
const mysql = require('mysql2');
const Stripe = require('stripe');
const AWS = require('aws-sdk');

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'sup3r-s3cret-jwt-k3y!', { algorithm: 'HS256', expiresIn: '1h' });
}

function issueSafe(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

const s3 = new AWS.S3({
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
@@  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
});

@@mongoose.connect('mongodb://admin:Tr0ub4dor%263@db.internal:27017/app?authSource=admin');

@ok mongoose.connect(process.env.MONGO_URL);

@@const sessions = session({ secret: 'keyboard cat is my secret', resave: false, saveUninitialized: false });

@ok const sessions2 = session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false });

@@const stripe = new Stripe('sk_live_51HxQ2bKz8Yf3Lm9TqP0rV7wX');

@ok const stripe2 = new Stripe(process.env.STRIPE_SECRET_KEY);

const pool = mysql.createPool({
  host: 'db.internal',
  user: 'app',
@@  password: 'R00t#Passw0rd2024',
  database: 'shop',
});

const pool2 = mysql.createPool({
  host: 'db.internal',
  user: 'app',
@ok  password: process.env.DB_PASSWORD,
  database: 'shop',
});

@ok const PASSWORD_FIELD = 'password';
@ok const TOKEN_HEADER = 'x-api-token';

module.exports = { issue, issueSafe, s3, sessions, sessions2, stripe, stripe2, pool, pool2, PASSWORD_FIELD, TOKEN_HEADER };
`,
  ),
  ...ts(
    "p4",
    "CWE-95",
    "server-side eval/Function/AsyncFunction of request text vs JSON.parse, constant Function bodies and a lookup table of operations",
    `import type { Request, Response } from 'express';

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

export function calc(req: Request, res: Response) {
@@  res.json({ result: eval(String(req.query.expr)) });
}

export function filter(req: Request, res: Response) {
@@  const pred = new Function('item', 'return ' + req.body.predicate);
  res.json(req.body.items.filter(pred));
}

export async function hook(req: Request, res: Response) {
@@  const fn = new AsyncFunction('ctx', req.body.hookSource);
  res.json(await fn({ user: req.user }));
}

export function sorter(req: Request, res: Response) {
  const field = String(req.query.field);
@@  const cmp = Function('a', 'b', \`return a.\${field} < b.\${field} ? -1 : 1\`);
  res.json(req.body.rows.sort(cmp));
}

export function restoreState(req: Request, res: Response) {
@@  const state = eval('(' + req.body.state + ')');
  res.json(state);
}

export function parse(req: Request, res: Response) {
@ok  res.json(JSON.parse(String(req.body.json)));
}

const add = new Function('a', 'b', 'return a + b');
export function sum(req: Request, res: Response) {
@ok  res.json({ sum: add(Number(req.query.a), Number(req.query.b)) });
}

const OPS: Record<string, (a: number, b: number) => number> = { add: (a, b) => a + b, mul: (a, b) => a * b };
export function op(req: Request, res: Response) {
  const f = OPS[String(req.query.op)];
  if (!f) return res.sendStatus(400);
@ok  res.json({ result: f(Number(req.query.a), Number(req.query.b)) });
}
`,
  ),
  ...js(
    "p4",
    "CWE-1333",
    "ReDoS: nested and overlapping quantifiers applied to request text, RegExp built from request input vs linear patterns and escaped input",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();
app.use(express.json());

@@const EMAIL = /^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+.)+([a-zA-Z0-9]{2,4})+$/;
@@const WORDS = /^(\\w+\\s?)*$/;
@@const NUMS = /^(\\d+|\\d+\\.\\d+)*$/;
@ok const USERNAME = /^[a-z0-9_-]{3,16}$/;
@ok const DATE = /^\\d{4}-\\d{2}-\\d{2}$/;
@ok const HOST = /^(?:[a-z0-9-]+\\.)+[a-z]{2,}$/i;

app.post('/signup', (req, res) => {
  const ok = EMAIL.test(req.body.email) && WORDS.test(req.body.bio) && USERNAME.test(req.body.username);
  res.json({ ok });
});

app.post('/amounts', (req, res) => {
  res.json({ ok: NUMS.test(req.body.amounts) && DATE.test(req.body.date) && HOST.test(req.body.host) });
});

app.get('/grep', (req, res) => {
@@  const re = new RegExp(req.query.pattern, 'i');
  res.json(['alpha', 'beta'].filter((s) => re.test(s)));
});

app.get('/find', (req, res) => {
@@  const re = new RegExp('^(' + req.query.prefix + ')+$');
  res.json({ ok: re.test(String(req.query.value)) });
});

app.get('/find-safe', (req, res) => {
@ok  const re = new RegExp('^' + escapeStringRegexp(String(req.query.prefix)), 'i');
  res.json({ ok: re.test(String(req.query.value)) });
});

app.post('/trim', (req, res) => {
@@  res.json({ text: String(req.body.text).replace(/^(\\s*,)+|(,\\s*)+$/g, '') });
});

app.post('/trim-safe', (req, res) => {
@ok  res.json({ text: String(req.body.text).trim() });
});
`,
  ),
  ...ts(
    "p4",
    "CWE-1321",
    "prototype pollution: recursive merge and dotted-path setters over request JSON, obj[a][b] = v with request keys vs key guards, allow-lists, Map and null-prototype objects",
    `import type { Request, Response } from 'express';

type Obj = Record<string, any>;

function merge(target: Obj, source: Obj): Obj {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target: Obj, source: Obj): Obj {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object') {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj: Obj, path: string, value: unknown) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    cur = cur[parts[i]] ??= {};
  }
@@  cur[parts[parts.length - 1]] = value;
}

const settings: Obj = { ui: {}, mail: {} };
const SECTIONS = new Set(['ui', 'mail']);
const KEYS = new Set(['theme', 'lang', 'digest']);
const store = new Map<string, Map<string, unknown>>();

export function patchProfile(req: Request, res: Response) {
  const profile = merge({}, JSON.parse(req.body.raw));
  const clean = safeMerge({}, req.body);
  res.json({ profile, clean });
}

export function patchPath(req: Request, res: Response) {
  setPath(settings, String(req.body.path), req.body.value);
  res.sendStatus(204);
}

export function patchSetting(req: Request, res: Response) {
  const { section, key } = req.params;
@@  settings[section][key] = req.body.value;
  res.sendStatus(204);
}

export function patchSettingSafe(req: Request, res: Response) {
  const { section, key } = req.params;
  if (!SECTIONS.has(section) || !KEYS.has(key)) return res.sendStatus(400);
@ok  settings[section][key] = req.body.value;
  res.sendStatus(204);
}

export function patchMap(req: Request, res: Response) {
  const { section, key } = req.params;
  if (!store.has(section)) store.set(section, new Map());
@ok  store.get(section)!.set(key, req.body.value);
  res.sendStatus(204);
}

export function patchNullProto(req: Request, res: Response) {
  const bag: Obj = Object.create(null);
  const { group, name } = req.params;
  bag[group] ??= Object.create(null);
@ok  bag[group][name] = req.body.value;
  res.json(bag);
}

export function counters(req: Request, res: Response) {
  const tally: Obj = {};
  for (const ev of req.body.events as { type: string; field: string }[]) {
    tally[ev.type] = tally[ev.type] || {};
@@    tally[ev.type][ev.field] = (tally[ev.type][ev.field] || 0) + 1;
  }
  res.json(tally);
}
`,
  ),
  ...js(
    "p4",
    "CWE-79",
    "Koa ctx.body, Hapi h.response and Fastify reply.send of HTML built from query/params/body vs escaping and JSON",
    `const Koa = require('koa');
const Router = require('@koa/router');
const Hapi = require('@hapi/hapi');
const Fastify = require('fastify');
const he = require('he');

const koa = new Koa();
const router = new Router();

router.get('/hello', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = \`<h1>Hello \${ctx.query.name}</h1>\`;
});

router.get('/hello-safe', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = \`<h1>Hello \${he.encode(String(ctx.query.name || ''))}</h1>\`;
});

router.get('/tag/:tag', (ctx) => {
@@  ctx.body = '<ul><li>' + ctx.params.tag + '</li></ul>';
});

router.get('/api/tag/:tag', (ctx) => {
@ok  ctx.body = { tag: ctx.params.tag };
});
koa.use(router.routes());

async function hapi() {
  const server = Hapi.server({ port: 4001 });
  server.route({
    method: 'GET',
    path: '/search',
    handler: (request, h) => {
@@      return h.response('<p>Results for ' + request.query.q + '</p>').type('text/html');
    },
  });
  server.route({
    method: 'GET',
    path: '/search-safe',
    handler: (request, h) => {
@ok      return h.response('<p>Results for ' + he.escape(String(request.query.q)) + '</p>').type('text/html');
    },
  });
  return server;
}

const fastify = Fastify();
fastify.post('/preview', async (request, reply) => {
@@  reply.type('text/html').send(\`<article>\${request.body.content}</article>\`);
});

fastify.get('/echo', async (request, reply) => {
@ok  return { echo: request.query.msg };
});

module.exports = { koa, hapi, fastify };
`,
  ),
  ...ts(
    "p4",
    "CWE-22",
    "Koa and Fastify file streams from ctx.params / request.query, Hapi h.file with confine false vs koa-send with a root, @fastify/static and inert confinement",
    `import Koa from 'koa';
import Router from '@koa/router';
import send from 'koa-send';
import Fastify from 'fastify';
import Hapi from '@hapi/hapi';
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve('storage');
const app = new Koa();
const router = new Router();

router.get('/files/:file', (ctx) => {
@@  ctx.body = fs.createReadStream(path.join(DIR, ctx.params.file));
});

router.get('/safe-files/:file', async (ctx) => {
@ok  await send(ctx, ctx.params.file, { root: DIR });
});

router.get('/read', async (ctx) => {
@@  ctx.body = await fs.promises.readFile(\`\${DIR}/\${ctx.query.name}\`, 'utf8');
});
app.use(router.routes());

const fastify = Fastify();
fastify.get('/logs', async (request, reply) => {
  const { file } = request.query as { file: string };
@@  return reply.type('text/plain').send(fs.createReadStream(path.join('/var/log/app', file)));
});

fastify.get('/report/:name', async (request, reply) => {
  const { name } = request.params as { name: string };
@ok  return reply.sendFile(name);
});

export async function hapiServer() {
  const server = Hapi.server({ port: 4002, routes: { files: { relativeTo: DIR } } });
  await server.register(require('@hapi/inert'));
  server.route({
    method: 'GET',
    path: '/doc/{name}',
@@    handler: (request, h) => h.file(request.params.name, { confine: false }),
  });
  server.route({
    method: 'GET',
    path: '/doc-safe/{name}',
@ok    handler: (request, h) => h.file(request.params.name),
  });
  return server;
}

export { app, fastify };
`,
  ),
  ...js(
    "p4",
    "CWE-78",
    "Koa and Fastify handlers passing request text to exec/execSync and a shell: true spawn vs execFile with argv and a validated ref",
    `const Koa = require('koa');
const { koaBody } = require('koa-body');
const { exec, execSync, execFile, spawn } = require('child_process');
const fastify = require('fastify')();

const koa = new Koa();
koa.use(koaBody());
koa.use(async (ctx) => {
  if (ctx.path === '/clone') {
@@    exec(\`git clone \${ctx.request.body.repo} /tmp/work\`);
    ctx.status = 202;
  } else if (ctx.path === '/clone-safe') {
@ok    execFile('git', ['clone', '--', ctx.request.body.repo, '/tmp/work']);
    ctx.status = 202;
  } else if (ctx.path === '/size') {
@@    ctx.body = execSync('du -sh ' + ctx.query.dir).toString();
  }
});

fastify.post('/build', async (request) => {
@@  const p = spawn('npm', ['run', request.body.script], { shell: true, cwd: '/srv/app' });
  return { pid: p.pid };
});

fastify.post('/checkout', async (request, reply) => {
  const ref = String(request.body.ref);
  if (!/^[0-9a-f]{7,40}$/.test(ref)) return reply.code(400).send();
@ok  execSync('git checkout ' + ref, { cwd: '/srv/app' });
  return { ok: true };
});

module.exports = { koa, fastify };
`,
  ),
  ...js(
    "p4",
    "CWE-614",
    "Hapi server.state and @fastify/session cookies without isSecure/secure vs secure settings",
    `const Hapi = require('@hapi/hapi');
const Fastify = require('fastify');

async function start() {
  const server = Hapi.server({ port: 4003 });
@@  server.state('session', { ttl: 86400000, isSecure: false, isHttpOnly: true, encoding: 'base64json' });
@ok  server.state('prefs', { ttl: 86400000, isSecure: true, isHttpOnly: true, isSameSite: 'Lax', encoding: 'base64json' });
  return server;
}

const fastify = Fastify();
fastify.register(require('@fastify/cookie'));
@@fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: false } });
@ok fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } });

module.exports = { start, fastify };
`,
  ),
  ...ts(
    "p4",
    "CWE-89",
    "Koa/Fastify: pg and mysql2 queries built from ctx.query and request.params vs placeholders",
    `import Koa from 'koa';
import Fastify from 'fastify';
import { Pool } from 'pg';
import mysql from 'mysql2/promise';

const pg = new Pool();
const my = mysql.createPool({ uri: process.env.MYSQL_URL });
const koa = new Koa();

koa.use(async (ctx) => {
  if (ctx.path === '/orders') {
@@    const { rows } = await pg.query(\`SELECT * FROM orders WHERE status = '\${ctx.query.status}'\`);
    ctx.body = rows;
  } else if (ctx.path === '/orders-safe') {
@ok    const { rows } = await pg.query('SELECT * FROM orders WHERE status = $1', [ctx.query.status]);
    ctx.body = rows;
  }
});

const fastify = Fastify();
fastify.get('/customers/:id', async (request) => {
  const { id } = request.params as { id: string };
@@  const [rows] = await my.query('SELECT * FROM customers WHERE id = ' + id);
  return rows;
});

fastify.get('/customers-safe/:id', async (request) => {
  const { id } = request.params as { id: string };
@ok  const [rows] = await my.execute('SELECT * FROM customers WHERE id = ?', [id]);
  return rows;
});

fastify.get('/customers-sorted', async (request) => {
  const { col } = request.query as { col: string };
@@  const [rows] = await my.query(\`SELECT * FROM customers ORDER BY \${col}\`);
  return rows;
});

export { koa, fastify };
`,
  ),
  ...js(
    "p4",
    "CWE-943",
    "Fastify/Koa: Mongo filters from request JSON bodies and query objects vs typed casts",
    `const fastify = require('fastify')();
const Koa = require('koa');
const { koaBody } = require('koa-body');
const { MongoClient } = require('mongodb');

const db = new MongoClient(process.env.MONGO_URL).db('app');

fastify.post('/session', async (request) => {
@@  const user = await db.collection('users').findOne({ username: request.body.username, apiKey: request.body.apiKey });
  return { ok: !!user };
});

fastify.post('/session-safe', async (request) => {
@ok  const user = await db.collection('users').findOne({ username: String(request.body.username), apiKey: String(request.body.apiKey) });
  return { ok: !!user };
});

const koa = new Koa();
koa.use(koaBody());
koa.use(async (ctx) => {
@@  const count = await db.collection('events').countDocuments(ctx.request.body.filter);
  ctx.body = { count };
});

module.exports = { fastify, koa };
`,
  ),
];

export const BATCH116: DevCase[] = [...PART1, ...PART2, ...PART3, ...PART4];
