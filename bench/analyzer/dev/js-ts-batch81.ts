// Dev suite "js-ts", batch 81: written blind, before any fix for it (own code), the second round of line-level API
// variants: argument injection into git/curl through execFile next to the `--` separator, res.download with and
// without its root option, fs.unlink of request names, createDecipher, 3DES and a zero IV next to random IVs,
// numeric one-time codes from Math.random next to crypto.randomInt, bcrypt cost and bare SHA-256 for passwords,
// jwt.sign with 'none' and jose's decodeJwt used as a check, hand-written Set-Cookie headers, CORS origin callbacks
// that accept all with credentials next to a public wildcard without them, helmet's frameguard off, state serialised
// into an inline script with JSON.stringify next to serialize-javascript, insertAdjacentHTML and link hrefs from the
// URL, knex.raw/better-sqlite3/TypeORM query builders with and without bindings, pg-format identifiers, mysql
// escape(), $where and JSON.parse filters, vm.Script, setInterval strings, String.prototype.match/search with a
// request string, js-yaml with the js-types schema, and ldap-escape.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch81", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch81", cwe, note, src, "typescript");

export const BATCH81: DevCase[] = [
  ...js(
    "CWE-88",
    "git clone of a body URL without -- vs with the separator; curl with a URL that may start with a dash",
    `const { execFile } = require('child_process');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/mirror', (req, res) => {
@@  execFile('git', ['clone', '--depth', '1', req.body.repo, '/tmp/mirror'], (e) => res.sendStatus(e ? 500 : 201));
});

app.post('/mirror-safe', (req, res) => {
@ok  execFile('git', ['clone', '--depth', '1', '--', String(req.body.repo), '/tmp/mirror'], (e) => res.sendStatus(e ? 500 : 201));
});

app.post('/fetch', (req, res) => {
@@  execFile('curl', ['-s', req.body.url], (e, out) => res.send(out));
});
`,
  ),
  ...js(
    "CWE-22",
    "res.download of a query path vs res.download with a root; fs.unlink of a route name vs basename",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
const EXPORTS = path.join(__dirname, 'exports');

app.get('/export', (req, res) => {
@@  res.download(path.join(EXPORTS, req.query.file));
});

app.get('/export-safe', (req, res) => {
@ok  res.download(String(req.query.file), { root: EXPORTS });
});

app.delete('/export/:name', (req, res) => {
@@  fs.unlink(EXPORTS + '/' + req.params.name, (e) => res.sendStatus(e ? 404 : 204));
});

app.delete('/export-safe/:name', (req, res) => {
@ok  fs.unlink(path.join(EXPORTS, path.basename(req.params.name)), (e) => res.sendStatus(e ? 404 : 204));
});
`,
  ),
  ...ts(
    "CWE-22",
    "fs.promises.writeFile under a tenant folder from a header vs an id checked by a pattern",
    `import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';

const ROOT = '/var/app/tenants';

export async function saveNote(req: Request, res: Response) {
  const tenant = req.get('X-Tenant') ?? 'default';
@@  await fsp.writeFile(path.join(ROOT, tenant, 'note.txt'), String(req.body.text));
  res.sendStatus(204);
}

export async function saveNoteSafe(req: Request, res: Response) {
  const tenant = req.get('X-Tenant') ?? 'default';
  if (!/^[a-z0-9-]{1,32}$/.test(tenant)) return res.sendStatus(400);
@ok  await fsp.writeFile(path.join(ROOT, tenant, 'note.txt'), String(req.body.text));
  res.sendStatus(204);
}
`,
  ),
  ...js(
    "CWE-327",
    "createDecipher and 3DES vs AES-256-GCM",
    `const crypto = require('crypto');

function decryptLegacy(hex, password) {
@@  const d = crypto.createDecipher('aes192', password);
  return d.update(hex, 'hex', 'utf8') + d.final('utf8');
}

function encrypt3des(buf, key, iv) {
@@  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(buf), c.final()]);
}

function decrypt(data, key, iv, tag) {
@ok  const d = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]);
}

module.exports = { decryptLegacy, encrypt3des, decrypt };
`,
  ),
  ...js(
    "CWE-329",
    "AES-CBC with a zero IV and with a constant IV vs a random IV",
    `const crypto = require('crypto');
const KEY = Buffer.from(process.env.DATA_KEY, 'hex');
const FIXED_IV = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');

function sealZero(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function sealFixed(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, FIXED_IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function seal(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('base64') + ':' + c.update(text, 'utf8', 'base64') + c.final('base64');
}

module.exports = { sealZero, sealFixed, seal };
`,
  ),
  ...ts(
    "CWE-338",
    "six-digit login code from Math.random vs crypto.randomInt",
    `import { randomInt } from 'node:crypto';

export function loginCode(): string {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

export function loginCodeSafe(): string {
@ok  return String(randomInt(100000, 1000000));
}
`,
  ),
  ...js(
    "CWE-916",
    "bcrypt with cost 4 and bare SHA-256 of a password vs bcrypt cost 12 and argon2",
    `const bcrypt = require('bcrypt');
const argon2 = require('argon2');
const crypto = require('crypto');

async function storeFast(db, user, password) {
@@  const hash = await bcrypt.hash(password, 4);
  await db.save(user, hash);
}

async function storeSha(db, user, password) {
@@  const hash = crypto.createHash('sha256').update(password).digest('hex');
  await db.save(user, hash);
}

async function store(db, user, password) {
@ok  const hash = await bcrypt.hash(password, 12);
  await db.save(user, hash);
}

async function storeArgon(db, user, password) {
@ok  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await db.save(user, hash);
}

module.exports = { storeFast, storeSha, store, storeArgon };
`,
  ),
  ...ts(
    "CWE-347",
    "jwt.sign with algorithm 'none' and jose decodeJwt as the check vs jwtVerify",
    `import jwt from 'jsonwebtoken';
import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose';

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export function issueGuest(sub: string): string {
@@  return jwt.sign({ sub, role: 'guest' }, '', { algorithm: 'none' });
}

export async function currentUser(authorization: string) {
  const token = authorization.replace(/^Bearer /, '');
@@  const claims = decodeJwt(token);
  return claims.sub;
}

export async function currentUserSafe(authorization: string) {
  const token = authorization.replace(/^Bearer /, '');
@ok  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com' });
  return payload.sub;
}
`,
  ),
  ...js(
    "CWE-614",
    "hand-written Set-Cookie for a session id without Secure vs with Secure; HttpOnly",
    `const http = require('http');
const crypto = require('crypto');

http.createServer((req, res) => {
  const sid = crypto.randomBytes(24).toString('hex');
  if (req.url === '/old-login') {
@@    res.setHeader('Set-Cookie', \`sid=\${sid}; Path=/; HttpOnly\`);
  } else {
@ok    res.setHeader('Set-Cookie', \`sid=\${sid}; Path=/; Secure; HttpOnly; SameSite=Lax\`);
  }
  res.end('ok');
}).listen(8080);
`,
  ),
  ...js(
    "CWE-942",
    "cors origin callback accepting everyone with credentials vs a public wildcard without credentials",
    `const express = require('express');
const cors = require('cors');
const app = express();
const pub = express();

@@app.use(cors({ origin: (origin, cb) => cb(null, true), credentials: true }));
@ok pub.use(cors({ origin: '*', methods: ['GET'] }));
`,
  ),
  ...js(
    "CWE-1021",
    "helmet with frameguard off vs frameguard deny",
    `const express = require('express');
const helmet = require('helmet');
const app = express();
const admin = express();

@@app.use(helmet({ frameguard: false }));
@ok admin.use(helmet({ frameguard: { action: 'deny' } }));
`,
  ),
  ...js(
    "CWE-79",
    "initial state in an inline script with JSON.stringify vs serialize-javascript",
    `const express = require('express');
const serialize = require('serialize-javascript');
const app = express();

app.get('/app', (req, res) => {
  const state = { search: req.query.q, page: 1 };
@@  res.send(\`<html><body><div id="root"></div><script>window.__STATE__ = \${JSON.stringify(state)}</script></body></html>\`);
});

app.get('/app2', (req, res) => {
  const state = { search: req.query.q, page: 1 };
@ok  res.send(\`<html><body><div id="root"></div><script>window.__STATE__ = \${serialize(state, { isJSON: true })}</script></body></html>\`);
});
`,
  ),
  ...js(
    "CWE-79",
    "insertAdjacentHTML and a link href from the URL vs insertAdjacentText and an encoded path",
    `const params = new URLSearchParams(location.search);
const name = params.get('name') || '';
const site = params.get('site') || '';
const list = document.getElementById('list');

@@list.insertAdjacentHTML('beforeend', '<li>' + name + '</li>');
@ok list.insertAdjacentText('beforeend', name);

const a = document.createElement('a');
@@a.href = site;
const b = document.createElement('a');
@ok b.href = '/users/' + encodeURIComponent(name);
document.body.append(a, b);
`,
  ),
  ...js(
    "CWE-89",
    "knex.raw concatenation vs bindings; better-sqlite3 prepare of a template vs a placeholder",
    `const express = require('express');
const knex = require('knex')({ client: 'sqlite3', connection: { filename: './app.db' } });
const Database = require('better-sqlite3');
const db = new Database('./app.db');
const app = express();

app.get('/u', async (req, res) => {
@@  const r = await knex.raw('select * from users where id = ' + req.query.id);
@ok  const r2 = await knex.raw('select * from users where id = ?', [req.query.id]);
  res.json([r, r2]);
});

app.get('/v', (req, res) => {
@@  const row = db.prepare(\`SELECT * FROM users WHERE email = '\${req.query.email}'\`).get();
@ok  const row2 = db.prepare('SELECT * FROM users WHERE email = ?').get(req.query.email);
  res.json([row, row2]);
});
`,
  ),
  ...ts(
    "CWE-89",
    "TypeORM where with a template vs named parameters; pg-format %L vs string concatenation",
    `import { DataSource } from 'typeorm';
import format from 'pg-format';
import { Pool } from 'pg';
import type { Request, Response } from 'express';

declare const ds: DataSource;
const pool = new Pool();

export async function find(req: Request, res: Response) {
  const name = String(req.query.name);
  const qb = ds.getRepository('User').createQueryBuilder('user');
@@  const a = await qb.where(\`user.name = '\${name}'\`).getMany();
@ok  const b = await qb.where('user.name = :name', { name }).getMany();
  res.json([a, b]);
}

export async function byCity(req: Request, res: Response) {
  const city = String(req.query.city);
@ok  const a = await pool.query(format('SELECT * FROM shops WHERE city = %L', city));
@@  const b = await pool.query("SELECT * FROM shops WHERE city = '" + city + "'");
  res.json([a.rows, b.rows]);
}
`,
  ),
  ...js(
    "CWE-89",
    "mysql query with escape() vs plain concatenation",
    `const mysql = require('mysql');
const express = require('express');
const conn = mysql.createConnection({ host: 'db', user: 'app', password: process.env.DB_PASS, database: 'shop' });
const app = express();

app.get('/item', (req, res) => {
@ok  conn.query('SELECT * FROM items WHERE name = ' + mysql.escape(req.query.name), (e, rows) => res.json(rows));
});

app.get('/item2', (req, res) => {
@@  conn.query('SELECT * FROM items WHERE name = "' + req.query.name + '"', (e, rows) => res.json(rows));
});
`,
  ),
  ...js(
    "CWE-943",
    "$where from the query and a JSON.parse filter vs a Number-cast $gt",
    `const express = require('express');
const { MongoClient } = require('mongodb');
const client = new MongoClient(process.env.MONGO_URL);
const app = express();

app.get('/older', async (req, res) => {
  const users = client.db('app').collection('users');
@@  const a = await users.find({ $where: 'this.age > ' + req.query.age }).toArray();
@ok  const b = await users.find({ age: { $gt: Number(req.query.age) } }).toArray();
  res.json([a, b]);
});

app.get('/search', async (req, res) => {
@@  const r = await client.db('app').collection('items').find(JSON.parse(req.query.filter)).toArray();
  res.json(r);
});
`,
  ),
  ...js(
    "CWE-94",
    "new vm.Script from the body vs a constant script",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

const TOTAL = new vm.Script('items.reduce((s, i) => s + i.price * i.qty, 0)');

app.post('/rule', (req, res) => {
@@  const script = new vm.Script(req.body.rule);
  res.json({ ok: script.runInNewContext({ order: req.body.order }) });
});

app.post('/total', (req, res) => {
@ok  const total = TOTAL.runInNewContext({ items: Array.isArray(req.body.items) ? req.body.items : [] });
  res.json({ total });
});
`,
  ),
  ...js(
    "CWE-94",
    "setInterval with a string built from the query vs a function",
    `const params = new URLSearchParams(location.search);
const feed = params.get('feed') || 'news';

function poll(name) {
  fetch('/api/feed/' + encodeURIComponent(name)).then((r) => r.json()).then(render);
}

function render(items) {
  document.getElementById('count').textContent = String(items.length);
}

if (params.has('legacy')) {
@@  setInterval('poll("' + feed + '")', 5000);
} else {
@ok  setInterval(() => poll(feed), 5000);
}
`,
  ),
  ...js(
    "CWE-1333",
    "String match/search with a query string (compiled to a RegExp) vs includes and an escaped prefix",
    `const express = require('express');
const _ = require('lodash');
const app = express();
const titles = ['Intro', 'Setup', 'Usage'];

app.get('/m', (req, res) => {
@@  res.json(titles.filter((t) => t.match(req.query.q)));
});

app.get('/s', (req, res) => {
@@  res.json(titles.filter((t) => t.search(req.query.q) >= 0));
});

app.get('/i', (req, res) => {
@ok  res.json(titles.filter((t) => t.includes(String(req.query.q))));
});

app.get('/p', (req, res) => {
@ok  const re = new RegExp('^' + _.escapeRegExp(String(req.query.prefix)));
  res.json(titles.filter((t) => re.test(t)));
});
`,
  ),
  ...js(
    "CWE-502",
    "js-yaml with the js-types schema vs the JSON schema",
    `const yaml = require('js-yaml');
const types = require('js-yaml-js-types');
const express = require('express');
const app = express();
app.use(express.text({ type: '*/yaml' }));

const UNSAFE = yaml.DEFAULT_SCHEMA.extend(types.all);

app.post('/pipeline', (req, res) => {
@@  const spec = yaml.load(req.body, { schema: UNSAFE });
  res.json({ steps: Object.keys(spec || {}).length });
});

app.post('/pipeline-safe', (req, res) => {
@ok  const spec = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ steps: Object.keys(spec || {}).length });
});
`,
  ),
  ...js(
    "CWE-90",
    "ldapjs filter from a template vs ldap-escape's filter tag",
    `const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');
const client = ldap.createClient({ url: 'ldaps://dir.example.com' });

function groupsOf(user, cb) {
@@  client.search('ou=groups,dc=example,dc=com', { filter: \`(&(objectClass=group)(member=uid=\${user}))\` }, cb);
}

function groupsOfSafe(user, cb) {
@ok  client.search('ou=groups,dc=example,dc=com', { filter: ldapEscape.filter\`(&(objectClass=group)(memberUid=\${user}))\` }, cb);
}

module.exports = (app) => {
  app.get('/g', (req, res) => groupsOf(req.query.user, () => res.end()));
  app.get('/g2', (req, res) => groupsOfSafe(req.query.user, () => res.end()));
};
`,
  ),
  ...js(
    "CWE-601",
    "window.open of a query URL vs an allow-listed host",
    `const params = new URLSearchParams(location.search);
const target = params.get('to') || '';
const ALLOWED_HOSTS = ['docs.example.com', 'status.example.com'];

document.getElementById('go').addEventListener('click', () => {
@@  window.open(target, '_blank');
});

document.getElementById('go-safe').addEventListener('click', () => {
  const u = new URL(target, location.href);
  if (u.protocol === 'https:' && ALLOWED_HOSTS.includes(u.hostname)) {
@ok    window.open(u.href, '_blank', 'noopener');
  }
});
`,
  ),
  ...js(
    "CWE-78",
    "socket.io event running a shell command vs execFile with the value as an argument",
    `const { Server } = require('socket.io');
const { exec, execFile } = require('child_process');
const io = new Server(3001);

io.on('connection', (socket) => {
  socket.on('whois', (domain, ack) => {
@@    exec(\`whois \${domain}\`, (e, out) => ack(out));
  });
  socket.on('whois-safe', (domain, ack) => {
@ok    execFile('whois', ['--', String(domain)], (e, out) => ack(out));
  });
});
`,
  ),
];
