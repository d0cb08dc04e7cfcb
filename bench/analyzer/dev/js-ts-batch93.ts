// Dev suite "js-ts", batch 93: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Line-level rule-test style: each file holds several lines that must be reported and several
// near-misses of the same API that must not, across Node core (child_process with and without a shell, fs with
// request paths and resolve-then-check guards, vm, crypto ciphers/IVs/hashes/pbkdf2/Math.random, TLS checks,
// cleartext http, zlib bombs), Express/Koa/Fastify/Nest responses (send, redirect, sendFile/download, cookie
// flags, CORS, session secrets, x-powered-by), SQL drivers and ORMs (mysql, pg, sequelize, knex, TypeORM, Prisma),
// mongoose filters, template engines (ejs, pug, Handlebars, Mustache, nunjucks, lodash), JWT (jsonwebtoken, jose),
// XML (libxmljs noent vs xml2js), deserialisation (node-serialize, funcster, js-yaml's full schema), regexes built
// from input and catastrophic patterns, SSRF through the common HTTP clients, prototype pollution (lodash
// merge/set/defaultsDeep, hand-written path setters) and hard-coded secrets; TypeScript types, decorators,
// optional chaining, destructuring, aliased imports and async/await throughout.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch93", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch93", cwe, note, src, "typescript");

export const BATCH93: DevCase[] = [
  // --- command injection ---
  ...js(
    "CWE-78",
    "child_process exec/execSync/spawn(shell: true) with query values vs execFile, spawn argv and constants",
    `const cp = require('child_process');
const { spawn, execSync } = require('child_process');
const express = require('express');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
@@  cp.exec(\`ping -c 1 \${host}\`, (err, out) => res.type('text').send(out));
});

app.get('/ping-safe', (req, res) => {
@ok  cp.execFile('ping', ['-c', '1', String(req.query.host)], (err, out) => res.type('text').send(out));
});

app.get('/du', (req, res) => {
@@  const out = execSync('du -sh ' + req.query.dir);
  res.type('text').send(out.toString());
});

app.get('/ls', (req, res) => {
@@  const child = spawn('ls', ['-l', req.query.dir], { shell: true });
  child.stdout.pipe(res);
});

app.get('/ls-safe', (req, res) => {
@ok  const child = spawn('ls', ['-l', '--', String(req.query.dir)]);
  child.stdout.pipe(res);
});

app.get('/uptime', (req, res) => {
@ok  res.type('text').send(execSync('uptime').toString());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "TypeScript: aliased promisified exec and shelljs with body/query values vs promisified execFile and a constant command",
    `import { promisify } from 'util';
import { exec as execCb, execFile as execFileCb } from 'child_process';
import shell from 'shelljs';
import type { Request, Response } from 'express';

const run = promisify(execCb);
const runFile = promisify(execFileCb);

interface ArchiveBody {
  name: string;
}

export async function archive(req: Request<{}, {}, ArchiveBody>, res: Response) {
  const { name } = req.body;
@@  await run(\`tar czf /tmp/\${name}.tgz /srv/data\`);
@ok  await runFile('tar', ['czf', \`/tmp/\${name}.tgz\`, '/srv/data']);
  res.sendStatus(204);
}

export function history(req: Request, res: Response) {
  const branch = req.query?.branch as string;
@@  const log = shell.exec('git log --oneline ' + branch, { silent: true });
@ok  const count = shell.exec('git rev-list --count HEAD', { silent: true });
  res.json({ log: log.stdout, count: count.stdout });
}
`,
  ),
  // --- path traversal ---
  ...js(
    "CWE-22",
    "fs calls on joined/resolved request paths vs resolve-then-startsWith check and basename",
    `const fs = require('fs');
const path = require('path');
const express = require('express');

const router = express.Router();
const BASE = path.resolve(__dirname, 'uploads');

router.get('/file', (req, res) => {
@@  fs.readFile(path.join(BASE, req.query.name), (err, data) => res.end(data));
});

router.get('/file-checked', (req, res) => {
  const target = path.resolve(BASE, String(req.query.name));
  if (!target.startsWith(BASE + path.sep)) return res.status(403).end();
@ok  fs.readFile(target, (err, data) => res.end(data));
});

router.delete('/file', (req, res) => {
@@  fs.unlinkSync(\`\${BASE}/\${req.body.file}\`);
  res.sendStatus(204);
});

router.get('/stream/:p', (req, res) => {
@@  fs.createReadStream(path.resolve(BASE, req.params.p)).pipe(res);
});

router.get('/icon', (req, res) => {
  const name = path.basename(String(req.query.icon));
@ok  fs.createReadStream(path.join(BASE, 'icons', name)).pipe(res);
});

router.post('/notes', (req, res) => {
@@  fs.writeFile(path.join('/var/app/notes', req.body.title), req.body.text, () => res.end());
});

module.exports = router;
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript Express: res.download/sendFile on joined request paths vs basename and sendFile's root option",
    `import express, { Request, Response } from 'express';
import path from 'path';

const app = express();
const FILES = path.join(__dirname, 'files');

app.get('/download', (req: Request, res: Response) => {
@@  res.download(path.join(FILES, req.query.f as string));
});

app.get('/download-safe', (req: Request, res: Response) => {
@ok  res.download(path.join(FILES, path.basename(String(req.query.f))));
});

app.get('/view/:name', (req: Request, res: Response) => {
@@  res.sendFile(path.join(FILES, req.params.name));
});

app.get('/static/:name', (req: Request, res: Response) => {
@ok  res.sendFile(req.params.name, { root: FILES, dotfiles: 'deny' });
});

app.listen(8080);
`,
  ),
  // --- code injection ---
  ...js(
    "CWE-94",
    "vm.runInNewContext / vm.Script / new Function / eval / setTimeout string with request text vs data-only contexts",
    `const vm = require('vm');
const express = require('express');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expr, {});
  res.json({ result });
});

app.post('/double', (req, res) => {
  const n = Number(req.body.n);
@ok  const result = vm.runInNewContext('n * 2', { n });
  res.json({ result });
});

app.post('/script', (req, res) => {
@@  const script = new vm.Script(req.body.code);
  res.json({ out: script.runInThisContext() });
});

app.get('/fn', (req, res) => {
@@  const f = new Function('x', 'return ' + req.query.body);
  res.json({ out: f(1) });
});

app.get('/parse', (req, res) => {
@@  const a = eval('(' + req.query.obj + ')');
@ok  const b = JSON.parse(req.query.obj);
  res.json({ a, b });
});

app.get('/later', (req, res) => {
@@  setTimeout('refresh(' + req.query.id + ')', 100);
@ok  setTimeout(() => refresh(req.query.id), 100);
  res.end();
});

function refresh(id) {
  return id;
}

app.listen(3000);
`,
  ),
  // --- crypto ---
  ...js(
    "CWE-327",
    "createCipher, ECB, DES/3DES and RC4 vs AES-GCM with a random IV",
    `const crypto = require('crypto');

function encryptLegacy(text, password) {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(buf, key) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encryptDes(buf, key, iv) {
@@  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encryptRc4(buf, key) {
@@  const c = crypto.createCipheriv('rc4', key, '');
  return c.update(buf);
}

function encryptGcm(buf, key) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([c.update(buf), c.final()]);
  return { iv, enc, tag: c.getAuthTag() };
}

function decryptGcm({ iv, enc, tag }, key) {
@ok  const d = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  d.setAuthTag(tag);
  return Buffer.concat([d.update(enc), d.final()]);
}

module.exports = { encryptLegacy, encryptEcb, encryptDes, encryptRc4, encryptGcm, decryptGcm };
`,
  ),
  ...ts(
    "CWE-329",
    "TypeScript: AES-CBC with a zero-filled or literal IV vs a fresh randomBytes IV",
    `import { createCipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.DATA_KEY ?? '', 'hex');
const FIXED_IV = Buffer.alloc(16, 0);

export function sealA(plain: string): string {
@@  const c = createCipheriv('aes-256-cbc', KEY, FIXED_IV);
  return Buffer.concat([c.update(plain, 'utf8'), c.final()]).toString('base64');
}

export function sealB(plain: string): string {
@@  const c = createCipheriv('aes-256-cbc', KEY, Buffer.from('1234567890abcdef'));
  return Buffer.concat([c.update(plain, 'utf8'), c.final()]).toString('base64');
}

export function sealC(plain: string): string {
  const iv = randomBytes(16);
@ok  const c = createCipheriv('aes-256-cbc', KEY, iv);
  return Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]).toString('base64');
}
`,
  ),
  ...js(
    "CWE-328",
    "md5/sha1 of passwords and reset tokens vs sha256 and HMAC-SHA256",
    `const crypto = require('crypto');

function hashPassword(pw) {
@@  return crypto.createHash('md5').update(pw).digest('hex');
}

function storeResetToken(db, userId, token) {
@@  const digest = crypto.createHash('sha1').update(token).digest('hex');
  return db.query('UPDATE users SET reset = ? WHERE id = ?', [digest, userId]);
}

function contentHash(body) {
@ok  return crypto.createHash('sha256').update(body).digest('base64');
}

function signPayload(secret, payload) {
@ok  return crypto.createHmac('sha256', secret).update(payload).digest('hex');
}

module.exports = { hashPassword, storeResetToken, contentHash, signPayload };
`,
  ),
  ...js(
    "CWE-916",
    "pbkdf2 with 1000 / 10000 iterations and bcrypt cost 4 vs 600000 iterations, scrypt and bcrypt cost 12",
    `const crypto = require('crypto');
const bcrypt = require('bcrypt');

function deriveWeak(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256');
}

function deriveStrong(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
}

function deriveCb(password, salt, cb) {
@@  crypto.pbkdf2(password, salt, 10000, 64, 'sha1', cb);
}

function deriveScrypt(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64);
}

async function hashFast(password) {
@@  return bcrypt.hash(password, 4);
}

async function hashSlow(password) {
@ok  return bcrypt.hash(password, 12);
}

module.exports = { deriveWeak, deriveStrong, deriveCb, deriveScrypt, hashFast, hashSlow };
`,
  ),
  ...js(
    "CWE-338",
    "Math.random for reset tokens, OTPs and API keys vs crypto.randomBytes/randomInt/randomUUID and retry jitter",
    `const crypto = require('crypto');

function resetToken() {
@@  return Math.random().toString(36).slice(2);
}

function sessionId() {
@ok  return crypto.randomBytes(32).toString('hex');
}

function otpCode() {
@@  const code = Math.floor(100000 + Math.random() * 900000).toString();
  return code;
}

function otpCodeSafe() {
@ok  return crypto.randomInt(100000, 1000000).toString();
}

function newApiKey() {
@@  const apiKey = 'key_' + Math.random().toString(16).substring(2);
  return apiKey;
}

function backoff(attempt) {
@ok  return 2 ** attempt * 100 + Math.floor(Math.random() * 100);
}

function requestId() {
@ok  return crypto.randomUUID();
}

module.exports = { resetToken, sessionId, otpCode, otpCodeSafe, newApiKey, backoff, requestId };
`,
  ),
  // --- transport ---
  ...js(
    "CWE-295",
    "rejectUnauthorized: false on https.Agent, tls.connect and axios, NODE_TLS_REJECT_UNAUTHORIZED=0 vs a pinned CA",
    `const fs = require('fs');
const https = require('https');
const tls = require('tls');
const axios = require('axios');

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const strictAgent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

function connectBroker(host) {
@@  return tls.connect(8883, host, { rejectUnauthorized: false });
}

function connectBrokerSafe(host) {
@ok  return tls.connect(8883, host, { ca: fs.readFileSync('/etc/ssl/broker-ca.pem'), servername: host });
}

async function fetchReport(url) {
@@  const r = await axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
  return r.data;
}

if (process.env.DEV_MODE) {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

module.exports = { insecureAgent, strictAgent, connectBroker, connectBrokerSafe, fetchReport };
`,
  ),
  ...js(
    "CWE-319",
    "credentials and card data posted to http:// URLs vs https:// and a localhost health check",
    `const axios = require('axios');
const http = require('http');

async function login(username, password) {
@@  return axios.post('http://auth.example.com/api/login', { username, password });
}

async function loginSecure(username, password) {
@ok  return axios.post('https://auth.example.com/api/login', { username, password });
}

async function charge(card) {
@@  const res = await fetch('http://payments.example.com/v1/charge', { method: 'POST', body: JSON.stringify(card) });
  return res.json();
}

function health(cb) {
@ok  http.get('http://localhost:8080/healthz', (res) => cb(res.statusCode));
}

module.exports = { login, loginSecure, charge, health };
`,
  ),
  ...js(
    "CWE-409",
    "zlib inflate/gunzip of a request body without maxOutputLength vs with a bound",
    `const zlib = require('zlib');
const express = require('express');

const app = express();
app.use(express.raw({ type: 'application/octet-stream', limit: '1mb' }));

app.post('/upload', (req, res) => {
@@  const out = zlib.gunzipSync(req.body);
  res.json({ size: out.length });
});

app.post('/upload-bounded', (req, res) => {
@ok  const out = zlib.gunzipSync(req.body, { maxOutputLength: 10 * 1024 * 1024 });
  res.json({ size: out.length });
});

app.post('/inflate', (req, res) => {
@@  zlib.inflate(req.body, (err, out) => res.json({ size: err ? 0 : out.length }));
});

app.post('/inflate-bounded', (req, res) => {
@ok  zlib.inflate(req.body, { maxOutputLength: 1 << 20 }, (err, out) => res.json({ size: err ? 0 : out.length }));
});

app.listen(3000);
`,
  ),
  // --- XSS and redirects ---
  ...js(
    "CWE-79",
    "res.send/write/end of request text as HTML vs escaped, text/plain and JSON",
    `const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/search', (req, res) => {
@@  res.send('<h1>Results for ' + req.query.q + '</h1>');
});

app.get('/search-safe', (req, res) => {
@ok  res.send('<h1>Results for ' + escapeHtml(req.query.q) + '</h1>');
});

app.get('/item/:id', (req, res) => {
  res.setHeader('Content-Type', 'text/html');
@@  res.write(\`<p>Item \${req.params.id}</p>\`);
  res.end();
});

app.post('/comment', (req, res) => {
@@  res.type('html').send(req.body.comment);
});

app.post('/comment-text', (req, res) => {
@ok  res.type('text/plain').send(req.body.comment);
});

app.get('/api/echo', (req, res) => {
@ok  res.json({ q: req.query.q });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "template engines: ejs <%-, Handlebars triple-stash, Mustache triple, pug !=, lodash <%= and nunjucks autoescape off vs their escaping forms",
    `const ejs = require('ejs');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const pug = require('pug');
const _ = require('lodash');
const nunjucks = require('nunjucks');
const express = require('express');

const app = express();
app.use(express.json());

app.get('/ejs', (req, res) => {
@@  res.send(ejs.render('<p><%- name %></p>', { name: req.query.name }));
});

app.get('/ejs-safe', (req, res) => {
@ok  res.send(ejs.render('<p><%= name %></p>', { name: req.query.name }));
});

app.post('/bio', (req, res) => {
@@  res.send(Handlebars.compile('<div>{{{bio}}}</div>')({ bio: req.body.bio }));
});

app.post('/bio-safe', (req, res) => {
@ok  res.send(Handlebars.compile('<div>{{bio}}</div>')({ bio: req.body.bio }));
});

app.post('/note', (req, res) => {
@@  res.send(Mustache.render('<div>{{{note}}}</div>', { note: req.body.note }));
});

app.get('/pug', (req, res) => {
@@  res.send(pug.render('p!= msg', { msg: req.query.msg }));
@ok  res.send(pug.render('p= msg', { msg: req.query.msg }));
});

app.get('/lodash', (req, res) => {
@@  res.send(_.template('<b><%= user %></b>')({ user: req.query.user }));
});

app.get('/lodash-safe', (req, res) => {
@ok  res.send(_.template('<b><%- user %></b>')({ user: req.query.user }));
});

@@nunjucks.configure('views', { autoescape: false });
@ok const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "serialize-javascript with unsafe: true embedded in a script tag vs the default escaping",
    `const serialize = require('serialize-javascript');
const express = require('express');

const app = express();

app.get('/app', (req, res) => {
  const state = { user: req.query.user, theme: req.query.theme };
@@  const unsafeState = serialize(state, { unsafe: true });
@ok  const safeState = serialize(state);
  res.send(\`<script>window.__A__ = \${unsafeState}; window.__B__ = \${safeState};</script>\`);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Express, Koa and Fastify redirects to query values vs a constant and an allow-list",
    `import express, { Request, Response } from 'express';
import Koa from 'koa';
import Fastify from 'fastify';

const app = express();
const ALLOWED = new Set(['/home', '/profile', '/settings']);

app.get('/login/done', (req: Request, res: Response) => {
@@  res.redirect(req.query.next as string);
});

app.get('/logout', (req: Request, res: Response) => {
@ok  res.redirect('/home');
});

app.get('/go', (req: Request, res: Response) => {
  const { returnTo } = req.query as { returnTo?: string };
@@  res.redirect(302, \`\${returnTo}\`);
});

app.get('/go-safe', (req: Request, res: Response) => {
  const next = String(req.query.next);
@ok  res.redirect(ALLOWED.has(next) ? next : '/home');
});

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.redirect(ctx.query.url as string);
});

const fastify = Fastify();
fastify.get<{ Querystring: { to: string } }>('/bounce', async (request, reply) => {
@@  return reply.redirect(request.query.to);
});
`,
  ),
  // --- cookies, CORS, sessions, headers ---
  ...js(
    "CWE-614",
    "session cookies set without secure (res.cookie, express-session, cookie-session) vs secure: true",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { httpOnly: true, secure: false, maxAge: 3600000 },
  }),
);

@@app.use(cookieSession({ name: 'sess', keys: [process.env.K1], secure: false, httpOnly: true }));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('auth', token, { httpOnly: true, secure: false, sameSite: 'lax' });
@ok  res.cookie('auth2', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.end();
});

function issueToken(user) {
  return String(user);
}

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1004",
    "session cookies with httpOnly: false vs httpOnly: true",
    `const express = require('express');
const session = require('express-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { httpOnly: false, secure: true },
  }),
);

app.post('/login', (req, res) => {
  const sid = req.sessionID;
@@  res.cookie('sid', sid, { httpOnly: false, secure: true });
@ok  res.cookie('sid2', sid, { httpOnly: true, secure: true });
  res.end();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-942",
    "cors reflecting any origin with credentials and a reflected Origin header vs an allow-list",
    `const express = require('express');
const cors = require('cors');

const app = express();

@@app.use('/api', cors({ origin: true, credentials: true }));
@ok app.use('/public', cors({ origin: ['https://app.example.com'], credentials: true }));

app.use('/legacy', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin === 'https://app.example.com') {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-798",
    "hard-coded express-session, cookie-parser and JWT secrets and a DB password vs environment values",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2');

const app = express();
@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
@@app.use(cookieParser('s3cr3t-c00kie-k3y'));

@@const db = mysql.createConnection({ host: 'db', user: 'root', password: 'Tr0ub4dor&3' });
@ok const db2 = mysql.createConnection({ host: 'db', user: 'app', password: process.env.DB_PASSWORD });

app.post('/token', (req, res) => {
@@  const token = jwt.sign({ sub: req.body.user }, 'my-super-secret-jwt-key', { expiresIn: '1h' });
@ok  const token2 = jwt.sign({ sub: req.body.user }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.json({ token, token2, up: Boolean(db && db2) });
});

app.listen(3000);
`,
  ),
  // --- SQL ---
  ...js(
    "CWE-89",
    "mysql/pg queries concatenating params, cookies and body vs placeholders and connection.escape",
    `const express = require('express');
const mysql = require('mysql');
const { Pool } = require('pg');

const app = express();
const connection = mysql.createConnection({ host: 'db', user: 'app', database: 'shop' });
const pool = new Pool();

app.get('/users/:id', (req, res) => {
@@  connection.query('SELECT * FROM users WHERE id = ' + req.params.id, (err, rows) => res.json(rows));
});

app.get('/users2/:id', (req, res) => {
@ok  connection.query('SELECT * FROM users WHERE id = ?', [req.params.id], (err, rows) => res.json(rows));
});

app.get('/by-name', (req, res) => {
@ok  connection.query('SELECT * FROM users WHERE name = ' + connection.escape(req.query.name), (e, r) => res.json(r));
});

app.post('/logout', async (req, res) => {
@@  await pool.query(\`DELETE FROM sessions WHERE token = '\${req.cookies.sid}'\`);
@ok  await pool.query('DELETE FROM sessions WHERE token = $1', [req.cookies.sid]);
  res.end();
});

app.post('/search', async (req, res) => {
  const { term } = req.body;
@@  const r = await pool.query({ text: "SELECT * FROM products WHERE name LIKE '%" + term + "%'" });
  res.json(r.rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "sequelize.query / literal and knex raw / whereRaw with interpolated input vs replacements and bindings",
    `const express = require('express');
const { Sequelize, Op } = require('sequelize');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const sequelize = new Sequelize(process.env.DATABASE_URL);
const Order = sequelize.define('Order', {});
const app = express();

app.get('/orders', async (req, res) => {
  const status = req.query.status;
@@  const rows = await sequelize.query(\`SELECT * FROM orders WHERE status = '\${status}'\`);
@ok  const rows2 = await sequelize.query('SELECT * FROM orders WHERE status = :status', { replacements: { status } });
  res.json([rows, rows2]);
});

app.get('/big-orders', async (req, res) => {
@@  const rows = await Order.findAll({ where: sequelize.literal(\`total > \${req.query.min}\`) });
@ok  const rows2 = await Order.findAll({ where: { total: { [Op.gt]: Number(req.query.min) } } });
  res.json([rows, rows2]);
});

app.get('/users', async (req, res) => {
  const email = req.query.email;
@@  const a = await knex('users').whereRaw(\`email = '\${email}'\`);
@ok  const b = await knex('users').whereRaw('email = ?', [email]);
@@  const c = await knex.raw('select * from users where id = ' + req.query.id);
@ok  const d = await knex.raw('select * from users where id = ?', [req.query.id]);
  res.json({ a, b, c, d });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS service: TypeORM query / query builder and Prisma raw-unsafe with DTO fields vs parameters and tagged $queryRaw",
    `import { Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PrismaClient } from '@prisma/client';

class SearchDto {
  name!: string;
  email!: string;
}

@Injectable()
export class UserService {
  private prisma = new PrismaClient();

  constructor(private readonly dataSource: DataSource) {}

  async byName(name: string) {
@@    const a = await this.dataSource.createQueryBuilder().select('u').from('users', 'u').where(\`u.name = '\${name}'\`).getMany();
@ok    const b = await this.dataSource.createQueryBuilder().select('u').from('users', 'u').where('u.name = :name', { name }).getMany();
    return [a, b];
  }

  async byEmail(email: string) {
@@    const a = await this.prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = '\${email}'\`);
@ok    const b = await this.prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
@ok    const c = await this.prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
    return [a, b, c];
  }

  async touch(id: string) {
@@    await this.prisma.$executeRawUnsafe('UPDATE "User" SET seen = now() WHERE id = ' + id);
@@    await this.dataSource.query(\`UPDATE audit SET seen = now() WHERE user_id = \${id}\`);
@ok    await this.dataSource.query('UPDATE audit SET seen = now() WHERE user_id = $1', [id]);
  }
}

@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Post('search')
  search(@Body() dto: SearchDto) {
    return Promise.all([this.users.byName(dto.name), this.users.byEmail(dto.email)]);
  }

  @Get('touch')
  touch(@Query('id') id: string) {
    return this.users.touch(id);
  }
}
`,
  ),
  ...js(
    "CWE-943",
    "mongoose $where string and filters taken whole from the body vs $eq, String() and mongo-sanitize",
    `const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');

const User = mongoose.model('User', new mongoose.Schema({ username: String, name: String }));
const app = express();
app.use(express.json());

app.get('/by-name', async (req, res) => {
@@  const users = await User.find({ $where: \`this.name == '\${req.query.name}'\` });
@ok  const users2 = await User.find({ name: { $eq: req.query.name } });
  res.json([users, users2]);
});

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: req.body.username, token: req.body.token });
@ok  const user2 = await User.findOne({ username: String(req.body.username), token: String(req.body.token) });
  res.json({ ok: Boolean(user && user2) });
});

app.post('/filter', async (req, res) => {
@@  const items = await mongoose.connection.db.collection('items').find(req.body.filter).toArray();
@ok  const items2 = await mongoose.connection.db.collection('items').find(sanitize(req.body.filter)).toArray();
  res.json([items, items2]);
});

app.listen(3000);
`,
  ),
  // --- JWT ---
  ...js(
    "CWE-347",
    "jsonwebtoken: algorithms ['none'], decode trusted for authorisation, jose.decodeJwt vs verify with a pinned algorithm",
    `const jwt = require('jsonwebtoken');
const jose = require('jose');

const KEY = process.env.JWT_PUBLIC_KEY;

function authNone(token) {
@@  return jwt.verify(token, KEY, { algorithms: ['none', 'RS256'] });
}

function authStrict(token) {
@ok  return jwt.verify(token, KEY, { algorithms: ['RS256'] });
}

function isAdmin(req) {
@@  const claims = jwt.decode(req.headers.authorization.split(' ')[1]);
  return claims.role === 'admin';
}

function tokenHeader(token) {
  jwt.verify(token, KEY, { algorithms: ['RS256'] });
@ok  return jwt.decode(token, { complete: true }).header;
}

async function joseUser(req) {
@@  const payload = jose.decodeJwt(req.headers['x-token']);
  return payload.sub;
}

async function joseUserSafe(req, keySet) {
@ok  const { payload } = await jose.jwtVerify(req.headers['x-token'], keySet, { algorithms: ['ES256'] });
  return payload.sub;
}

module.exports = { authNone, authStrict, isAdmin, tokenHeader, joseUser, joseUserSafe };
`,
  ),
  // --- XML / deserialisation ---
  ...js(
    "CWE-611",
    "libxmljs parseXml with noent: true on the body vs default options and xml2js",
    `const express = require('express');
const libxmljs = require('libxmljs');
const xml2js = require('xml2js');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-dtd', (req, res) => {
@@  const doc = libxmljs.parseXmlString(req.body, { noent: true, dtdload: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-js', (req, res) => {
@ok  xml2js.parseString(req.body, (err, out) => res.json(out));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-502",
    "node-serialize unserialize of a cookie, funcster and js-yaml's full schema vs JSON.parse and safeLoad",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const funcster = require('funcster');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser());
app.use(express.json());
app.use(express.text({ type: 'text/yaml' }));

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  const profile = serialize.unserialize(raw);
@ok  const profile2 = JSON.parse(raw);
  res.json([profile, profile2]);
});

app.post('/restore', (req, res) => {
@@  const obj = funcster.deepDeserialize(req.body.state);
  res.json({ keys: Object.keys(obj) });
});

app.post('/config', (req, res) => {
@@  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
@ok  const cfg2 = yaml.safeLoad(req.body);
  res.json([cfg, cfg2]);
});

app.listen(3000);
`,
  ),
  // --- regex ---
  ...js(
    "CWE-400",
    "new RegExp from query values vs escaped with lodash/escape-string-regexp",
    `const express = require('express');
const _ = require('lodash');
const escapeStringRegexp = require('escape-string-regexp');

const app = express();
const NAMES = ['alice', 'bob', 'carol'];

app.get('/grep', (req, res) => {
@@  const re = new RegExp(req.query.pattern);
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/find', (req, res) => {
@ok  const re = new RegExp(_.escapeRegExp(req.query.term), 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/prefix/:p', (req, res) => {
@@  const re = new RegExp('^' + req.params.p + '.*$');
@ok  const re2 = new RegExp('^' + escapeStringRegexp(req.params.p));
  res.json(NAMES.filter((n) => re.test(n) || re2.test(n)));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "TypeScript validators with nested quantifiers tested on input vs linear patterns",
    `import type { Request, Response } from 'express';

@@const WORDS = /^(\\w+\\s?)*$/;
@ok const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
@@const DOMAIN = /^([a-zA-Z0-9]+)*\\.example\\.com$/;
@ok const USERNAME = /^[a-z0-9_-]{3,16}$/;

export function validate(req: Request, res: Response) {
  const { title, slug, host, user } = req.body as Record<string, string>;
  res.json({
    title: WORDS.test(title),
    slug: SLUG.test(slug),
    host: DOMAIN.test(host),
    user: USERNAME.test(user),
  });
}
`,
  ),
  // --- SSRF ---
  ...js(
    "CWE-918",
    "axios, node-fetch and got on query/body URLs vs a fixed host with an encoded id",
    `const express = require('express');
const axios = require('axios');
const fetch = require('node-fetch');
const got = require('got');

const app = express();
app.use(express.json());

app.get('/preview', async (req, res) => {
@@  const r = await axios.get(req.query.url);
  res.send(r.status);
});

app.get('/item', async (req, res) => {
@ok  const r = await axios.get('https://api.example.com/v1/items/' + encodeURIComponent(req.query.id));
  res.json(r.data);
});

app.post('/hook', async (req, res) => {
  const { webhook } = req.body;
@@  await fetch(webhook, { method: 'POST', body: JSON.stringify({ ok: true }) });
  res.end();
});

app.get('/status', async (req, res) => {
@@  const body = await got(\`\${req.query.host}/status\`).text();
@ok  const body2 = await got('status', { prefixUrl: 'https://internal.example.com', searchParams: { host: req.query.host } }).text();
  res.json({ body, body2 });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "NestJS controller: undici request, superagent and needle on @Query URLs vs a constant map lookup",
    `import { Controller, Get, Query } from '@nestjs/common';
import { request } from 'undici';
import superagent from 'superagent';
import needle from 'needle';

const FEEDS: Record<string, string> = {
  news: 'https://feeds.example.com/news.xml',
  blog: 'https://feeds.example.com/blog.xml',
};

@Controller('fetch')
export class FetchController {
  @Get('raw')
  async raw(@Query('target') target: string) {
@@    const { body } = await request(target);
    return body.text();
  }

  @Get('feed')
  async feed(@Query('feed') feed?: string) {
@@    const res = await superagent.get(feed ?? '');
    return res.text;
  }

  @Get('needle')
  async viaNeedle(@Query('url') url: string) {
@@    const res = await needle('get', url);
    return res.body;
  }

  @Get('known')
  async known(@Query('name') name: string) {
    const target = Object.prototype.hasOwnProperty.call(FEEDS, name) ? FEEDS[name] : FEEDS.news;
@ok    const res = await needle('get', target);
    return res.body;
  }
}
`,
  ),
  // --- prototype pollution ---
  ...js(
    "CWE-1321",
    "lodash merge/defaultsDeep/set with body objects and a hand-written path setter vs picked scalar fields and a key guard",
    `const express = require('express');
const _ = require('lodash');

const app = express();
app.use(express.json());
const config = { theme: 'light', features: {} };

app.post('/config', (req, res) => {
@@  _.merge(config, req.body);
  res.json(config);
});

app.post('/config-safe', (req, res) => {
@ok  _.merge(config, { theme: String(req.body.theme) });
  res.json(config);
});

app.post('/defaults', (req, res) => {
@@  const settings = _.defaultsDeep({}, req.body.settings, config);
  res.json(settings);
});

app.post('/set', (req, res) => {
@@  _.set(config, req.body.path, req.body.value);
@ok  _.set(config, ['features', 'beta'], Boolean(req.body.value));
  res.json(config);
});

function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur = cur[keys[i]] = cur[keys[i]] || {};
  }
@@  cur[keys[keys.length - 1]] = value;
}

function setPathSafe(obj, path, value) {
  const keys = path.split('.');
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) throw new Error('bad key');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur = cur[keys[i]] = cur[keys[i]] || {};
  }
@ok  cur[keys[keys.length - 1]] = value;
}

app.post('/path', (req, res) => {
  setPath(config, req.query.key, req.query.val);
  setPathSafe(config, req.query.key2, req.query.val2);
  res.json(config);
});

app.listen(3000);
`,
  ),
  // --- information exposure ---
  ...js(
    "CWE-200",
    "Express app created without disabling x-powered-by or using helmet",
    `const express = require('express');

@@const app = express();

app.get('/', (req, res) => res.send('hello'));
app.listen(3000);
`,
  ),
  ...js(
    "CWE-200",
    "Express app with x-powered-by disabled",
    `const express = require('express');

@ok const app = express();
app.disable('x-powered-by');

app.get('/', (req, res) => res.send('hello'));
app.listen(3000);
`,
  ),
];
