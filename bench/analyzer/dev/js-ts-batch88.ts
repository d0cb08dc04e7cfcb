// Dev suite "js-ts", batch 88: written blind, before any fix for it (own code). The suite's thin classes in
// line-level rule-test style: XPath (xpath, xmldom) and LDAP (ldapjs) filters built from request data vs variables
// and filter objects; tainted format strings (util.format, console.log first argument); stack traces and error
// objects sent to the client vs logged; credentials stored in clear (localStorage, cookies, plain files); CSRF
// middleware told to ignore POST; postMessage to '*' and message handlers without an origin check; weak key
// derivation (createCipher, constant salts, low pbkdf2 iterations, sha1 of a password); predictable values for
// tokens; jsonwebtoken's 'none' algorithm and decode-as-verify; TLS checks turned off by checkServerIdentity and
// by the environment; git argument injection via execFile. Each insecure line has a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch88", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch88", cwe, note, src, "typescript");

export const BATCH88: DevCase[] = [
  ...js(
    "CWE-643",
    "xpath.select with a query value spliced into the expression vs xpath.parse with a variable binding",
    `const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');
const app = express();

app.get('/user', (req, res) => {
  const name = req.query.name;
@@  const nodes = xpath.select("//user[@name='" + name + "']/email/text()", doc);
  res.json(nodes.map(String));
});

app.get('/user-safe', (req, res) => {
@ok  const nodes = xpath.parse('//user[@name=$name]/email/text()').select({ node: doc, variables: { name: String(req.query.name) } });
  res.json(nodes.map(String));
});
`,
  ),
  ...ts(
    "CWE-643",
    "document.evaluate in the browser with a location.hash value in a template literal vs a constant expression",
    `export function highlight(): void {
  const id = decodeURIComponent(location.hash.slice(1));
@@  const r = document.evaluate(\`//section[@data-id="\${id}"]\`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
  (r.singleNodeValue as HTMLElement | null)?.classList.add('active');
@ok  const all = document.evaluate('//section[@data-id]', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  console.log(all.snapshotLength, id.length);
}
`,
  ),
  ...js(
    "CWE-90",
    "ldapjs search filter built from a body field vs an EqualityFilter object",
    `const express = require('express');
const ldap = require('ldapjs');

const client = ldap.createClient({ url: 'ldaps://ldap.internal:636' });
const app = express();
app.use(express.json());

app.post('/lookup', (req, res) => {
  const uid = req.body.uid;
@@  client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter: '(&(objectClass=person)(uid=' + uid + '))' }, (err, r) => {
    const out = [];
    r.on('searchEntry', (e) => out.push(e.pojo));
    r.on('end', () => res.json(out));
  });
});

app.post('/lookup-safe', (req, res) => {
  const filter = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }),
      new ldap.EqualityFilter({ attribute: 'uid', value: String(req.body.uid) }),
    ],
  });
@ok  client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter }, (err, r) => {
    const out = [];
    r.on('searchEntry', (e) => out.push(e.pojo));
    r.on('end', () => res.json(out));
  });
});
`,
  ),
  ...ts(
    "CWE-90",
    "ldapts Client.search with a template-literal filter from a query value vs a constant filter",
    `import express from 'express';
import { Client } from 'ldapts';

const app = express();
const client = new Client({ url: 'ldaps://dir.example.com' });

app.get('/groups', async (req, res) => {
  const user = String(req.query.user);
@@  const { searchEntries } = await client.search('ou=groups,dc=example,dc=com', { filter: \`(member=uid=\${user},ou=people,dc=example,dc=com)\` });
@ok  const { searchEntries: all } = await client.search('ou=groups,dc=example,dc=com', { filter: '(objectClass=groupOfNames)' });
  res.json({ mine: searchEntries.length, all: all.length });
});
`,
  ),
  ...js(
    "CWE-134",
    "util.format and console.log with a request value as the format string vs as an argument",
    `const util = require('util');
const express = require('express');
const app = express();

app.get('/greet', (req, res) => {
@@  const line = util.format(req.query.template, req.query.name);
@ok  const safe = util.format('Hello %s', req.query.name);
  res.type('text/plain').send(line + '\\n' + safe);
});

app.post('/audit', express.json(), (req, res) => {
@@  console.log(req.body.event + ' by %s', req.body.user);
@ok  console.log('%s by %s', String(req.body.event).replace(/[\\r\\n]/g, ''), String(req.body.user).replace(/[\\r\\n]/g, ''));
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-209",
    "Express error handler sending err.stack vs a generic message with the stack only logged",
    `const express = require('express');
const app = express();

app.get('/report', async (req, res) => {
  try {
    res.json(await buildReport(req.query.id));
  } catch (err) {
@@    res.status(500).send('Report failed: ' + err.stack);
  }
});

app.get('/report2', async (req, res) => {
  try {
    res.json(await buildReport(req.query.id));
  } catch (err) {
    console.error(err.stack);
@ok    res.status(500).json({ error: 'report failed' });
  }
});

app.use((err, req, res, next) => {
@@  res.status(500).json({ message: err.message, stack: err.stack });
});

async function buildReport(id) {
  return { id };
}
`,
  ),
  ...ts(
    "CWE-209",
    "Koa middleware putting the error stack in the body vs a fixed message",
    `import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (e) {
    const err = e as Error;
    ctx.status = 500;
    if (ctx.path.startsWith('/debug')) {
@@      ctx.body = { error: err.stack };
    } else {
      ctx.app.emit('error', err, ctx);
@ok      ctx.body = { error: 'Internal Server Error' };
    }
  }
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-312",
    "browser code keeping a password and a card number in localStorage vs keeping the theme and a user id",
    `export function rememberLogin(form: HTMLFormElement): void {
  const data = new FormData(form);
  const password = String(data.get('password'));
  const theme = String(data.get('theme'));
@@  localStorage.setItem('password', password);
@ok  localStorage.setItem('theme', theme);
}

export function saveCheckout(card: { number: string; holder: string }, userId: string): void {
@@  window.localStorage.setItem('cardNumber', card.number);
@ok  sessionStorage.setItem('lastUser', userId);
}
`,
  ),
  ...js(
    "CWE-312",
    "a signup handler writing the plain password to a JSON file vs a bcrypt hash",
    `const fs = require('fs');
const bcrypt = require('bcrypt');
const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/signup', (req, res) => {
  const { username, password } = req.body;
@@  fs.appendFileSync('users.jsonl', JSON.stringify({ username, password }) + '\\n');
  res.redirect('/login');
});

app.post('/signup2', async (req, res) => {
  const { username, password } = req.body;
  const hash = await bcrypt.hash(password, 12);
@ok  fs.appendFileSync('users.jsonl', JSON.stringify({ username, hash }) + '\\n');
  res.redirect('/login');
});
`,
  ),
  ...js(
    "CWE-352",
    "csurf told to ignore POST (state-changing) vs default ignoreMethods",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const csrf = require('csurf');

const app = express();
app.use(cookieParser());
@@const weak = csrf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] });
@ok const strict = csrf({ cookie: true });

app.post('/transfer', weak, (req, res) => res.send('ok'));
app.post('/profile', strict, (req, res) => res.send('ok'));
`,
  ),
  ...js(
    "CWE-201",
    "an iframe posting the session token to parent with targetOrigin '*' vs a fixed origin",
    `function sendToken(token) {
@@  window.parent.postMessage({ type: 'auth', token }, '*');
}

function sendTokenSafe(token) {
@ok  window.parent.postMessage({ type: 'auth', token }, 'https://app.example.com');
}

function ping() {
@ok  window.parent.postMessage({ type: 'ready' }, '*');
}

sendToken(document.cookie);
sendTokenSafe(document.cookie);
ping();
`,
  ),
  ...ts(
    "CWE-79",
    "message handler writing event.data into innerHTML with no origin check vs one that checks origin and uses textContent",
    `const out = document.getElementById('out') as HTMLElement;

window.addEventListener('message', (event: MessageEvent) => {
@@  out.innerHTML = event.data.html;
});

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== 'https://widgets.example.com') return;
@ok  out.textContent = String(event.data.text);
});
`,
  ),
  ...js(
    "CWE-601",
    "message handler navigating to event.data.url with no origin check vs an origin-checked relative path",
    `window.addEventListener('message', function (e) {
  if (e.data && e.data.action === 'navigate') {
@@    window.location.href = e.data.url;
  }
});

window.addEventListener('message', function (e) {
  if (e.origin !== window.location.origin) return;
  const path = String(e.data.path || '/');
  if (path.startsWith('/') && !path.startsWith('//')) {
@ok    window.location.assign(path);
  }
});
`,
  ),
  ...js(
    "CWE-327",
    "crypto.createCipher (MD5-derived key, no IV) and aes-128-ecb vs createCipheriv with aes-256-gcm and a random IV",
    `const crypto = require('crypto');

function encryptLegacy(text, password) {
@@  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function encryptEcb(text, key) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

module.exports = { encryptLegacy, encryptEcb, encrypt };
`,
  ),
  ...ts(
    "CWE-329",
    "AES-CBC with an all-zero IV and with an IV from a constant string vs randomBytes",
    `import { createCipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.DATA_KEY ?? '', 'hex');

export function sealZero(data: string): string {
  const iv = Buffer.alloc(16, 0);
@@  const c = createCipheriv('aes-256-cbc', KEY, iv);
  return Buffer.concat([c.update(data), c.final()]).toString('base64');
}

export function sealFixed(data: string): string {
@@  const c = createCipheriv('aes-256-cbc', KEY, Buffer.from('0123456789abcdef'));
  return Buffer.concat([c.update(data), c.final()]).toString('base64');
}

export function seal(data: string): string {
  const iv = randomBytes(16);
@ok  const c = createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('hex') + ':' + Buffer.concat([c.update(data), c.final()]).toString('base64');
}
`,
  ),
  ...js(
    "CWE-916",
    "password hashed with one sha1/sha256 round and pbkdf2 with 1000 iterations vs scrypt and pbkdf2 with 600000",
    `const crypto = require('crypto');

function hashPasswordSha(password, salt) {
@@  return crypto.createHash('sha256').update(salt + password).digest('hex');
}

function hashPasswordLow(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
@ok  const key = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
  return salt.toString('hex') + ':' + key.toString('hex');
}

function hashPasswordScrypt(password) {
  const salt = crypto.randomBytes(16);
@ok  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
}

function fingerprint(fileBuffer) {
@ok  return crypto.createHash('sha256').update(fileBuffer).digest('hex');
}

module.exports = { hashPasswordSha, hashPasswordLow, hashPassword, hashPasswordScrypt, fingerprint };
`,
  ),
  ...ts(
    "CWE-760",
    "pbkdf2 and scrypt with a constant salt string vs a per-user random salt",
    `import { pbkdf2Sync, scryptSync, randomBytes } from 'crypto';

const SALT = 'app-salt-2024';

export function derive(password: string): Buffer {
@@  return pbkdf2Sync(password, SALT, 310000, 32, 'sha256');
}

export function deriveScrypt(password: string): Buffer {
@@  return scryptSync(password, 'static', 64);
}

export function deriveSalted(password: string): { salt: Buffer; key: Buffer } {
  const salt = randomBytes(16);
@ok  return { salt, key: pbkdf2Sync(password, salt, 310000, 32, 'sha256') };
}
`,
  ),
  ...js(
    "CWE-338",
    "password-reset token and session id from Math.random vs crypto.randomBytes, and Math.random for a UI shuffle",
    `const crypto = require('crypto');

function resetToken() {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function sessionId() {
@@  return Date.now().toString(16) + Math.floor(Math.random() * 1e9).toString(16);
}

function resetTokenSafe() {
@ok  return crypto.randomBytes(32).toString('hex');
}

function shuffle(cards) {
  for (let i = cards.length - 1; i > 0; i--) {
@ok    const j = Math.floor(Math.random() * (i + 1));
    [cards[i], cards[j]] = [cards[j], cards[i]];
  }
  return cards;
}

module.exports = { resetToken, sessionId, resetTokenSafe, shuffle };
`,
  ),
  ...ts(
    "CWE-338",
    "browser: an API nonce from Math.random vs crypto.getRandomValues and crypto.randomUUID",
    `export function nonce(): string {
@@  const n = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(36);
  return n;
}

export function nonceSafe(): string {
  const bytes = new Uint8Array(16);
@ok  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function requestId(): string {
@ok  return crypto.randomUUID();
}
`,
  ),
  ...js(
    "CWE-347",
    "jsonwebtoken: verify accepting 'none', decode used as verification vs verify pinned to RS256",
    `const jwt = require('jsonwebtoken');
const fs = require('fs');
const PUBLIC_KEY = fs.readFileSync('jwt.pub');

function authLoose(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  next();
}

function authDecode(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.decode(token);
  if (!claims || claims.exp * 1000 < Date.now()) return res.sendStatus(401);
  req.user = claims;
  next();
}

function auth(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
@ok    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'api' });
    next();
  } catch {
    res.sendStatus(401);
  }
}

module.exports = { authLoose, authDecode, auth };
`,
  ),
  ...ts(
    "CWE-347",
    "jose: decodeJwt trusted as the session vs jwtVerify with a remote JWKS",
    `import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose';
import type { Request, Response, NextFunction } from 'express';

const JWKS = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));

export async function trustDecoded(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization ?? '').slice(7);
@@  const payload = decodeJwt(token);
  res.locals.user = payload.sub;
  next();
}

export async function verified(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization ?? '').slice(7);
@ok  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://login.example.com', audience: 'api' });
  res.locals.user = payload.sub;
  next();
}
`,
  ),
  ...js(
    "CWE-798",
    "jsonwebtoken signing with a literal secret and a pg Pool with a literal password vs environment values",
    `const jwt = require('jsonwebtoken');
const { Pool } = require('pg');

@@const pool = new Pool({ host: 'db.internal', user: 'app', password: 'Pr0d-p4ssw0rd!', database: 'app' });
@ok const pool2 = new Pool({ host: 'db.internal', user: 'app', password: process.env.PGPASSWORD, database: 'app' });

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'super-secret-signing-key', { expiresIn: '1h' });
}

function issueSafe(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

module.exports = { pool, pool2, issue, issueSafe };
`,
  ),
  ...ts(
    "CWE-295",
    "tls.connect with checkServerIdentity returning undefined and NODE_TLS_REJECT_UNAUTHORIZED = '0' vs a pinned CA",
    `import tls from 'tls';
import fs from 'fs';

export function connectLoose(host: string) {
@@  return tls.connect({ host, port: 443, servername: host, checkServerIdentity: () => undefined });
}

export function disableGlobally() {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export function connect(host: string) {
@ok  return tls.connect({ host, port: 443, servername: host, ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });
}
`,
  ),
  ...js(
    "CWE-295",
    "axios with an https.Agent that does not reject unauthorized certificates vs the default agent",
    `const axios = require('axios');
const https = require('https');

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const agent = new https.Agent({ keepAlive: true, maxSockets: 20 });

async function fetchStatus(url) {
  const r = await axios.get(url, { httpsAgent: insecureAgent });
  const r2 = await axios.get(url, { httpsAgent: agent });
  return [r.status, r2.status];
}

module.exports = { fetchStatus };
`,
  ),
  ...js(
    "CWE-88",
    "execFile git clone with a body URL before the destination (option injection via --upload-pack) vs after '--'",
    `const express = require('express');
const { execFile } = require('child_process');
const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const repo = req.body.repo;
@@  execFile('git', ['clone', repo, '/srv/imports/tmp'], (err) => res.json({ ok: !err }));
});

app.post('/import-safe', (req, res) => {
  const repo = String(req.body.repo);
@ok  execFile('git', ['clone', '--', repo, '/srv/imports/tmp2'], (err) => res.json({ ok: !err }));
});
`,
  ),
  ...js(
    "CWE-942",
    "manual CORS: the request Origin reflected with credentials vs an allow-list Set",
    `const express = require('express');
const app = express();
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use('/api', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', (req, res, next) => {
  const origin = req.get('origin');
  if (origin && ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});
`,
  ),
  ...js(
    "CWE-532",
    "login handler logging the submitted password and the full request body vs logging only the user name length",
    `const express = require('express');
const logger = require('pino')();
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
@@  logger.info('login attempt user=%s password=%s', req.body.username, req.body.password);
@@  console.log('login body', JSON.stringify(req.body));
@ok  logger.info({ event: 'login_attempt', userLength: String(req.body.username || '').length });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-117",
    "winston logging a header and a query value verbatim vs with CR/LF stripped",
    `const express = require('express');
const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });
const app = express();

app.get('/search', (req, res) => {
@@  logger.info('search from ' + req.get('user-agent') + ': ' + req.query.q);
  const q = String(req.query.q).replace(/[\\r\\n]+/g, ' ');
@ok  logger.info('search: ' + q);
  res.json([]);
});
`,
  ),
  ...ts(
    "CWE-611",
    "libxmljs parseXml with noent: true on an uploaded document vs the default options",
    `import express from 'express';
import libxmljs from 'libxmljs';

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false });
  res.json({ root: doc.root()?.name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.json({ root: doc.root()?.name() });
});
`,
  ),
];
