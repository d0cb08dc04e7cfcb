// Dev suite "js-ts", batch 79: written blind, before any fix for it (own code). Line-level cases across the API
// variants of the libraries real Node and browser code calls: child_process with and without a shell (spawn with
// a shell option, execFile through sh -c or shell: true, cross-spawn, shelljs, zx), sendFile with and without its
// root option, resolve-and-prefix guards next to normalize-only ones, legacy ciphers and ECB next to GCM, fast
// hashes of passwords next to cache keys, low KDF iterations, Math.random next to randomBytes, signature compares,
// JWT decode and 'none', session and cookie options, CORS, helmet, static dotfiles, libxmljs entities next to xml2js,
// node-serialize, inline Handlebars/ejs/pug templates, markdown into innerHTML, jQuery and document.write sinks,
// client-side redirects, message handlers, tokens in localStorage, WebSocket servers without an origin check,
// socket.io handlers, Mongo filters from the body (with mongoose's sanitizeFilter), Sequelize/knex/mysql2/pg raw
// SQL next to bound twins, redis EVAL, ldapjs filters, XPath with variables, RegExp from input, vm, Function and
// string timers. Each insecure line sits next to a safe look-alike.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch79", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch79", cwe, note, src, "typescript");

export const BATCH79: DevCase[] = [
  ...js(
    "CWE-78",
    "cross-spawn with shell: true and a joined command vs cross-spawn with an argument array",
    `const spawn = require('cross-spawn');
const express = require('express');
const app = express();

app.get('/search', (req, res) => {
  const pattern = req.query.q;
@@  const child = spawn('grep -rn ' + pattern + ' ./docs', { shell: true });
  child.stdout.pipe(res);
});

app.get('/search-safe', (req, res) => {
@ok  const child = spawn('grep', ['-rn', '--', String(req.query.q), './docs']);
  child.stdout.pipe(res);
});
`,
  ),
  ...ts(
    "CWE-78",
    "execSync of a template and spawnSync through sh -c vs execFileSync with an array",
    `import { execSync, execFileSync, spawnSync } from 'node:child_process';
import type { Request, Response } from 'express';

export function branchInfo(req: Request, res: Response) {
  const branch = req.params.branch;
@@  const log = execSync(\`git log -n 5 \${branch}\`, { encoding: 'utf8' });
@ok  const head = execFileSync('git', ['rev-parse', '--verify', branch], { encoding: 'utf8' });
@@  const stat = spawnSync('sh', ['-c', 'git show --stat ' + branch], { encoding: 'utf8' });
  res.json({ log, head, stat: stat.stdout });
}
`,
  ),
  ...js(
    "CWE-78",
    "execFile with shell: true and through /bin/sh -c vs plain execFile",
    `const { execFile } = require('child_process');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/ping', (req, res) => {
  const host = req.body.host;
  if (req.body.mode === 'a') {
@@    execFile('ping', ['-c', '1', host], { shell: true }, (e, out) => res.send(out));
  } else if (req.body.mode === 'b') {
@@    execFile('/bin/sh', ['-c', 'ping -c 1 ' + host], (e, out) => res.send(out));
  } else {
@ok    execFile('ping', ['-c', '1', host], (e, out) => res.send(out));
  }
});
`,
  ),
  ...js(
    "CWE-78",
    "spawn with a shell path option vs spawn with shell: false",
    `const { spawn } = require('child_process');
const express = require('express');
const app = express();

app.get('/du', (req, res) => {
  const dir = req.query.dir;
@@  const p = spawn('du -sh ' + dir, { shell: '/bin/bash' });
  p.stdout.pipe(res);
});

app.get('/du2', (req, res) => {
@ok  const p = spawn('du', ['-sh', String(req.query.dir)], { shell: false });
  p.stdout.pipe(res);
});
`,
  ),
  ...js(
    "CWE-78",
    "shelljs exec of a request-built command vs a constant one",
    `const shell = require('shelljs');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/thumbnail', (req, res) => {
  const file = req.body.file;
@@  const r = shell.exec('convert uploads/' + file + ' -resize 120x120 thumbs/out.png', { silent: true });
  res.json({ code: r.code });
});

app.get('/tools', (req, res) => {
@ok  const r = shell.exec('convert -version', { silent: true });
  res.json({ version: r.stdout.split('\\n')[0] });
});
`,
  ),
  ...js(
    "CWE-78",
    "zx template escapes its interpolations vs zx running bash -c over a joined string",
    `import { $ } from 'zx';
import express from 'express';
const app = express();

app.get('/count', async (req, res) => {
  const term = String(req.query.term);
@ok  const out = await $\`grep -c -- \${term} notes.txt\`;
  res.send(out.stdout);
});

app.get('/size', async (req, res) => {
  const dir = String(req.query.dir);
@@  const out = await $\`bash -c \${'du -sh ' + dir}\`;
  res.send(out.stdout);
});
`,
  ),
  ...js(
    "CWE-22",
    "res.sendFile with a root option vs a joined absolute path",
    `const express = require('express');
const path = require('path');
const app = express();

app.get('/docs/:name', (req, res) => {
@ok  res.sendFile(req.params.name, { root: path.join(__dirname, 'public') });
});

app.get('/download', (req, res) => {
@@  res.sendFile(path.join(__dirname, 'public', req.query.file));
});
`,
  ),
  ...js(
    "CWE-22",
    "path.resolve with a startsWith guard vs path.normalize alone vs normalize with leading ../ stripped",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
const BASE = path.resolve('/srv/uploads');

app.get('/a', (req, res) => {
  const target = path.resolve(BASE, req.query.f);
  if (!target.startsWith(BASE + path.sep)) return res.status(400).end();
@ok  fs.createReadStream(target).pipe(res);
});

app.get('/b', (req, res) => {
  const p = path.normalize(req.query.f);
@@  fs.readFile(path.join(BASE, p), (e, d) => res.type('text/plain').send(d));
});

app.get('/c', (req, res) => {
  const p = path.normalize(req.query.f).replace(/^(\\.\\.(\\/|\\\\|$))+/, '');
@ok  fs.readFile(path.join(BASE, p), (e, d) => res.type('text/plain').send(d));
});
`,
  ),
  ...ts(
    "CWE-22",
    "prefix check on the raw relative path vs basename",
    `import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';

const ROOT = '/var/app/data';

export async function report(req: Request, res: Response) {
  const file = String(req.query.file);
  if (!file.startsWith('reports/')) return res.sendStatus(400);
@@  const body = await readFile(path.join(ROOT, file), 'utf8');
  res.type('text/plain').send(body);
}

export async function invoice(req: Request, res: Response) {
  const name = path.basename(String(req.query.file));
@ok  const body = await readFile(path.join(ROOT, 'invoices', name), 'utf8');
  res.type('text/plain').send(body);
}
`,
  ),
  ...js(
    "CWE-327",
    "createCipher and AES-ECB vs AES-GCM with a random IV",
    `const crypto = require('crypto');

function encryptLegacy(text, password) {
@@  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function encryptBlock(buf, key) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encrypt(buf, key) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(buf), c.final()]);
  return { iv, data, tag: c.getAuthTag() };
}

module.exports = { encryptLegacy, encryptBlock, encrypt };
`,
  ),
  ...js(
    "CWE-328",
    "md5 and salted sha1 of passwords vs md5 as a template cache key and scrypt",
    `const crypto = require('crypto');

async function register(db, user, password) {
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  await db.query('INSERT INTO users (name, hash) VALUES (?, ?)', [user, hash]);
}

function hashPassword(password, salt) {
@@  return crypto.createHash('sha1').update(salt + password).digest('hex');
}

function templateCacheKey(source) {
@ok  return crypto.createHash('md5').update(source).digest('hex');
}

function hashPasswordSafe(password) {
  const salt = crypto.randomBytes(16);
@ok  const key = crypto.scryptSync(password, salt, 64);
  return salt.toString('hex') + ':' + key.toString('hex');
}

module.exports = { register, hashPassword, templateCacheKey, hashPasswordSafe };
`,
  ),
  ...js(
    "CWE-916",
    "pbkdf2 with a hundred iterations vs 600000",
    `const crypto = require('crypto');

function deriveWeak(password, salt, cb) {
@@  crypto.pbkdf2(password, salt, 100, 64, 'sha512', cb);
}

function derive(password, salt, cb) {
@ok  crypto.pbkdf2(password, salt, 600000, 64, 'sha512', cb);
}

module.exports = { deriveWeak, derive };
`,
  ),
  ...js(
    "CWE-338",
    "Math.random reset token vs randomBytes token, randomUUID session id and a UI shuffle",
    `const crypto = require('crypto');

function resetToken() {
@@  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function csrfToken() {
@ok  return crypto.randomBytes(32).toString('hex');
}

function newSessionId() {
@ok  return crypto.randomUUID();
}

function shuffleTips(tips) {
  const a = tips.slice();
  for (let i = a.length - 1; i > 0; i--) {
@ok    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

module.exports = { resetToken, csrfToken, newSessionId, shuffleTips };
`,
  ),
  ...js(
    "CWE-338",
    "browser OAuth state from Math.random vs crypto.getRandomValues",
    `function startLogin() {
@@  const state = Math.random().toString(36).substring(2);
  sessionStorage.setItem('oauth_state', state);
  location.assign('https://auth.example.com/authorize?client_id=web&state=' + state);
}

function startLoginSafe() {
  const bytes = new Uint8Array(16);
@ok  crypto.getRandomValues(bytes);
  const state = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  sessionStorage.setItem('oauth_state', state);
  location.assign('https://auth.example.com/authorize?client_id=web&state=' + state);
}
`,
  ),
  ...js(
    "CWE-208",
    "webhook signature compared with === vs timingSafeEqual",
    `const crypto = require('crypto');
const SECRET = process.env.WEBHOOK_SECRET;

function verify(req) {
  const sig = req.get('X-Signature');
  const expected = crypto.createHmac('sha256', SECRET).update(req.rawBody).digest('hex');
@@  return sig === expected;
}

function verifySafe(req) {
  const a = Buffer.from(req.get('X-Signature') || '', 'hex');
  const b = crypto.createHmac('sha256', SECRET).update(req.rawBody).digest();
@ok  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verify, verifySafe };
`,
  ),
  ...ts(
    "CWE-347",
    "jwt.decode used as the check and 'none' allowed vs verify pinned to RS256",
    `import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export function authDecode(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.decode(token) as { sub?: string } | null;
  if (!claims?.sub) return res.sendStatus(401);
  (req as any).user = claims.sub;
  next();
}

export function authLoose(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  (req as any).user = claims;
  next();
}

export function auth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@ok  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  (req as any).user = claims;
  next();
}
`,
  ),
  ...js(
    "CWE-614",
    "express-session cookie with secure: false vs secure, and res.cookie of a session id without Secure",
    `const express = require('express');
const session = require('express-session');
const app = express();

const admin = express.Router();
@@admin.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: true } }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.post('/login', (req, res) => {
  const sid = require('crypto').randomBytes(24).toString('hex');
@@  res.cookie('sid', sid, { httpOnly: true, secure: false });
@ok  res.cookie('lang', 'en', { maxAge: 86400000 });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-1004",
    "auth cookie with httpOnly: false vs a preference cookie",
    `const express = require('express');
const app = express();

app.post('/session', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('auth_token', token, { httpOnly: false, secure: true, sameSite: 'strict' });
@ok  res.cookie('theme', 'dark', { httpOnly: false, secure: true });
  res.sendStatus(204);
});

function issueToken(u) {
  return require('crypto').randomBytes(32).toString('hex') + '.' + u;
}
`,
  ),
  ...js(
    "CWE-798",
    "express-session and cookie-parser with literal secrets vs secrets from the environment",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const app = express();

@@app.use(cookieParser('s3cr3t-cookie-key'));
@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));

const api = express();
@ok api.use(cookieParser(process.env.COOKIE_SECRET));
@ok api.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
`,
  ),
  ...js(
    "CWE-942",
    "cors origin: true with credentials and a hand-reflected origin vs an allow-list",
    `const express = require('express');
const cors = require('cors');
const app = express();
const api = express();

@@app.use(cors({ origin: true, credentials: true }));
@ok api.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));

const legacy = express();
legacy.use((req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
`,
  ),
  ...js(
    "CWE-693",
    "helmet with contentSecurityPolicy: false vs helmet defaults",
    `const express = require('express');
const helmet = require('helmet');

const site = express();
@@site.use(helmet({ contentSecurityPolicy: false }));

const api = express();
@ok api.use(helmet());
`,
  ),
  ...js(
    "CWE-552",
    "express.static with dotfiles: 'allow' vs 'ignore'",
    `const express = require('express');
const path = require('path');
const app = express();

@@app.use('/files', express.static(path.join(__dirname, 'shared'), { dotfiles: 'allow' }));
@ok app.use('/assets', express.static(path.join(__dirname, 'assets'), { dotfiles: 'ignore', maxAge: '1d' }));
`,
  ),
  ...js(
    "CWE-611",
    "libxmljs with noent: true vs libxmljs defaults and xml2js",
    `const express = require('express');
const libxmljs = require('libxmljs');
const xml2js = require('xml2js');
const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.json({ items: doc.find('//item').length });
});

app.post('/import-js', async (req, res) => {
@ok  const obj = await xml2js.parseStringPromise(req.body);
  res.json(obj);
});
`,
  ),
  ...js(
    "CWE-502",
    "node-serialize unserialize of a cookie vs JSON.parse",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.send('Hello ' + encodeURIComponent(profile.name));
});

app.get('/prefs', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString();
@ok  const prefs = JSON.parse(raw);
  res.json({ theme: prefs.theme === 'dark' ? 'dark' : 'light' });
});
`,
  ),
  ...js(
    "CWE-79",
    "inline Handlebars/ejs/pug templates: raw output vs escaped output",
    `const express = require('express');
const Handlebars = require('handlebars');
const ejs = require('ejs');
const pug = require('pug');
const app = express();
app.use(express.urlencoded({ extended: false }));

const bioRaw = Handlebars.compile('<p class="bio">{{{bio}}}</p>');
const bioSafe = Handlebars.compile('<p class="bio">{{bio}}</p>');

app.post('/preview', (req, res) => {
@@  res.send(bioRaw({ bio: req.body.bio }));
});
app.post('/preview-safe', (req, res) => {
@ok  res.send(bioSafe({ bio: req.body.bio }));
});
app.get('/greet', (req, res) => {
@@  res.send(ejs.render('<h1>Hi <%- name %></h1>', { name: req.query.name }));
});
app.get('/greet-safe', (req, res) => {
@ok  res.send(ejs.render('<h1>Hi <%= name %></h1>', { name: req.query.name }));
});
app.get('/note', (req, res) => {
@@  res.send(pug.render('p Note: !{msg}', { msg: req.query.msg }));
});
app.get('/note-safe', (req, res) => {
@ok  res.send(pug.render('p Note: #{msg}', { msg: req.query.msg }));
});
`,
  ),
  ...js(
    "CWE-79",
    "marked and markdown-it(html: true) into innerHTML vs DOMPurify and markdown-it defaults",
    `import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

const md = new URLSearchParams(location.search).get('preview') || '';
const out = document.getElementById('out');
const side = document.getElementById('side');

if (md.startsWith('#')) {
@@  out.innerHTML = marked.parse(md);
} else {
@ok  out.innerHTML = DOMPurify.sanitize(marked.parse(md));
}

const rich = new MarkdownIt({ html: true, linkify: true });
const plain = new MarkdownIt();
@@side.innerHTML = rich.render(md);
@ok side.innerHTML = plain.render(md);
`,
  ),
  ...js(
    "CWE-79",
    "jQuery .html() and document.write of URL data vs .text() and encoded writes",
    `const params = new URLSearchParams(window.location.search);
const msg = params.get('msg') || '';
const q = params.get('q') || '';

@@$('#banner').html('<strong>' + msg + '</strong>');
@ok $('#banner-text').text(msg);
@@$('<li>' + q + '</li>').appendTo('#recent');
@ok $('<li>').text(q).appendTo('#recent-safe');

@@document.write('<p>Results for ' + q + '</p>');
@ok document.write('<a href="/search?q=' + encodeURIComponent(q) + '">again</a>');
`,
  ),
  ...ts(
    "CWE-601",
    "location.href from the next parameter vs a same-origin check",
    `export function finishLogin(): void {
  const next = new URLSearchParams(window.location.search).get('next') ?? '/';
  if (document.body.dataset.mode === 'legacy') {
@@    window.location.href = next;
    return;
  }
  const u = new URL(next, window.location.origin);
  if (u.origin === window.location.origin) {
@ok    window.location.href = u.href;
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "message listener writing event data as HTML without an origin check vs origin-checked text",
    `window.addEventListener('message', (event) => {
  if (event.data && event.data.kind === 'notice') {
@@    document.getElementById('notice').innerHTML = event.data.html;
  }
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
@ok  document.getElementById('status').textContent = String(event.data.text);
});
`,
  ),
  ...js(
    "CWE-922",
    "access token kept in localStorage vs a UI preference",
    `async function login(user, password) {
  const r = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user, password }),
  });
  const data = await r.json();
@@  localStorage.setItem('accessToken', data.access_token);
@ok  localStorage.setItem('sidebarCollapsed', 'true');
  return data.user;
}
`,
  ),
  ...js(
    "CWE-1385",
    "ws server trusting cookies without checking Origin vs verifyClient with an allow-list",
    `const http = require('http');
const { WebSocketServer } = require('ws');
const cookie = require('cookie');
const sessions = require('./sessions');

const server = http.createServer();
@@const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (ws, req) => {
  const sid = cookie.parse(req.headers.cookie || '').sid;
  const user = sessions.get(sid);
  if (!user) return ws.close();
  ws.on('message', (m) => sessions.handle(user, m));
});

const ALLOWED = ['https://app.example.com'];
const server2 = http.createServer();
@ok const wss2 = new WebSocketServer({ server: server2, path: '/live', verifyClient: (info) => ALLOWED.includes(info.origin) });
wss2.on('connection', (ws, req) => {
  const sid = cookie.parse(req.headers.cookie || '').sid;
  ws.on('message', (m) => sessions.handle(sessions.get(sid), m));
});
`,
  ),
  ...js(
    "CWE-22",
    "socket.io event names a file to read vs basename",
    `const { Server } = require('socket.io');
const fs = require('fs');
const path = require('path');
const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('open', (name, ack) => {
@@    fs.readFile(path.join(__dirname, 'shared', name), 'utf8', (e, d) => ack(e ? null : d));
  });
  socket.on('open-safe', (name, ack) => {
@ok    fs.readFile(path.join(__dirname, 'shared', path.basename(String(name))), 'utf8', (e, d) => ack(e ? null : d));
  });
});
`,
  ),
  ...js(
    "CWE-78",
    "ws message handed to exec vs mapped to a fixed command",
    `const { WebSocketServer } = require('ws');
const { exec } = require('child_process');
const wss = new WebSocketServer({ port: 8081 });
const COMMANDS = { uptime: 'uptime', disk: 'df -h' };

wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.raw) {
@@      exec('tail -n 50 /var/log/' + msg.raw, (e, out) => ws.send(out));
    } else if (Object.prototype.hasOwnProperty.call(COMMANDS, msg.cmd)) {
@ok      exec(COMMANDS[msg.cmd], (e, out) => ws.send(out));
    }
  });
});
`,
  ),
  ...js(
    "CWE-943",
    "mongoose findOne with body values vs String() casts",
    `const express = require('express');
const User = require('./models/user');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login-safe', async (req, res) => {
@ok  const user = await User.findOne({ email: String(req.body.email) });
  res.json({ ok: !!user && (await user.checkPassword(String(req.body.password))) });
});
`,
  ),
  ...js(
    "CWE-943",
    "mongoose with sanitizeFilter on vs a raw collection without it",
    `const mongoose = require('mongoose');
const express = require('express');
mongoose.set('sanitizeFilter', true);
const Account = mongoose.model('Account', new mongoose.Schema({ name: String, token: String }));
const app = express();
app.use(express.json());

app.post('/account', async (req, res) => {
@ok  const acc = await Account.findOne({ name: req.body.name, token: req.body.token });
  res.json({ ok: !!acc });
});

app.post('/raw', async (req, res) => {
@@  const acc = await mongoose.connection.db.collection('accounts').findOne({ name: req.body.name, token: req.body.token });
  res.json({ ok: !!acc });
});
`,
  ),
  ...ts(
    "CWE-89",
    "sequelize literal and knex whereRaw with templates vs replacements and bindings",
    `import { Sequelize, QueryTypes } from 'sequelize';
import knexFactory from 'knex';
import type { Request, Response } from 'express';

const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

export async function byTag(req: Request, res: Response) {
  const tag = String(req.query.tag);
@@  const rows = await knex('posts').whereRaw(\`tags @> ARRAY['\${tag}']\`);
@ok  const rows2 = await knex('posts').whereRaw('tags @> ARRAY[?]', [tag]);
  res.json([rows, rows2]);
}

export async function byAuthor(req: Request, res: Response) {
  const author = String(req.query.author);
@@  const a = await sequelize.query(\`SELECT * FROM posts WHERE author = '\${author}'\`, { type: QueryTypes.SELECT });
@ok  const b = await sequelize.query('SELECT * FROM posts WHERE author = :author', { replacements: { author }, type: QueryTypes.SELECT });
  res.json([a, b]);
}

export async function ordered(req: Request, res: Response) {
@@  const rows = await sequelize.models.Post.findAll({ order: sequelize.literal(String(req.query.sort)) });
  res.json(rows);
}
`,
  ),
  ...js(
    "CWE-89",
    "mysql2 query with a template vs execute with placeholders; pg with a template vs $1",
    `const mysql = require('mysql2/promise');
const { Pool } = require('pg');
const express = require('express');
const app = express();
const my = mysql.createPool({ host: 'db', user: 'app', database: 'shop', password: process.env.DB_PASS });
const pg = new Pool();

app.get('/product', async (req, res) => {
  const sku = req.query.sku;
@@  const [rows] = await my.query(\`SELECT * FROM products WHERE sku = '\${sku}'\`);
@ok  const [rows2] = await my.execute('SELECT * FROM products WHERE sku = ?', [sku]);
  res.json([rows, rows2]);
});

app.get('/order/:id', async (req, res) => {
@@  const a = await pg.query(\`SELECT * FROM orders WHERE id = \${req.params.id}\`);
@ok  const b = await pg.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json([a.rows, b.rows]);
});
`,
  ),
  ...js(
    "CWE-94",
    "redis EVAL of a script from the body vs a constant script with request data as ARGV",
    `const express = require('express');
const Redis = require('ioredis');
const redis = new Redis();
const app = express();
app.use(express.json());

const INCR_CAPPED = "local v = redis.call('INCR', KEYS[1]); if v > tonumber(ARGV[1]) then return -1 end; return v";

app.post('/admin/script', async (req, res) => {
@@  const out = await redis.eval(req.body.script, 0);
  res.json({ out });
});

app.post('/hit', async (req, res) => {
@ok  const out = await redis.eval(INCR_CAPPED, 1, 'hits:' + req.body.page, req.body.cap);
  res.json({ out });
});
`,
  ),
  ...js(
    "CWE-90",
    "ldapjs search filter built from the username vs an EqualityFilter object",
    `const ldap = require('ldapjs');
const { EqualityFilter } = require('ldapjs');
const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });

function findUser(username, cb) {
@@  client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + username + ')', scope: 'sub' }, cb);
}

function findUserSafe(username, cb) {
  const filter = new EqualityFilter({ attribute: 'uid', value: username });
@ok  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub' }, cb);
}

module.exports = (app) => {
  app.get('/u', (req, res) => findUser(req.query.name, (e, r) => r.on('end', () => res.end())));
  app.get('/u2', (req, res) => findUserSafe(req.query.name, (e, r) => r.on('end', () => res.end())));
};
`,
  ),
  ...js(
    "CWE-643",
    "xpath.select over a built expression vs xpath.parse with variables",
    `const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');
const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');

app.get('/user', (req, res) => {
@@  const nodes = xpath.select("//user[name='" + req.query.name + "']/email/text()", doc);
  res.json(nodes.map(String));
});

app.get('/user-safe', (req, res) => {
@ok  const nodes = xpath.parse('//user[name=$name]/email/text()').select({ node: doc, variables: { name: String(req.query.name) } });
  res.json(nodes.map(String));
});
`,
  ),
  ...js(
    "CWE-1333",
    "new RegExp from a query vs an escaped pattern",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();
const names = ['alice', 'bob', 'carol'];

app.get('/filter', (req, res) => {
@@  const re = new RegExp(req.query.q, 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/filter-safe', (req, res) => {
@ok  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(names.filter((n) => re.test(n)));
});
`,
  ),
  ...js(
    "CWE-94",
    "vm.runInNewContext and new Function over request text vs a constant script with numeric context",
    `const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expr, { Math });
  res.json({ result });
});

app.get('/formula', (req, res) => {
@@  const f = new Function('x', 'return ' + req.query.formula);
  res.json({ y: f(2) });
});

app.get('/add', (req, res) => {
@ok  const result = vm.runInNewContext('a + b', { a: Number(req.query.a), b: Number(req.query.b) });
  res.json({ result });
});
`,
  ),
  ...js(
    "CWE-94",
    "string timer built from the fragment vs a function timer",
    `function showTab(name) {
  document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t.id === name));
}

const tab = decodeURIComponent(location.hash.slice(1));
if (tab.length > 20) {
@@  setTimeout('showTab("' + tab + '")', 0);
} else {
@ok  setTimeout(() => showTab(tab), 0);
}
`,
  ),
];
