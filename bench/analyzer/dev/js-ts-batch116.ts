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

export const BATCH116: DevCase[] = [...PART1];
