// Dev suite "js-ts", batch 23: server-side Node, written blind (before reading the rules) and measured before any
// fix that followed it. Same shape as batches 5-22. Views rendered with the request as their data object (ejs and
// pug read options from it) next to picked data; modules loaded by request-chosen names (require, import(), fork);
// key sizes, KDF iterations and bcrypt costs too small; log lines built from request text next to structured
// fields; XPath and LDAP filters from the request; Electron handlers opening URLs the renderer names.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch23", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch23", cwe, note, src, "typescript");

export const BATCH23: DevCase[] = [
  ...js(
    "CWE-94",
    "views rendered with the whole query or body as data (engine options ride along) vs picked fields",
    `const express = require('express');
const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: true }));

app.get('/profile', (req, res) => {
@@  res.render('profile', req.query);
});

app.get('/profile-picked', (req, res) => {
@ok  res.render('profile', { name: String(req.query.name || ''), tab: String(req.query.tab || 'main') });
});

app.post('/preview', (req, res) => {
@@  res.render('preview', { ...req.body });
});

app.post('/preview-picked', (req, res) => {
  const { title, body } = req.body;
@ok  res.render('preview', { title: String(title), body: String(body) });
});
`,
  ),
  ...js(
    "CWE-94",
    "modules loaded by request-chosen names: require, dynamic import, fork",
    `const express = require('express');
const path = require('path');
const { fork } = require('child_process');
const app = express();

const PLUGINS = { csv: './plugins/csv', pdf: './plugins/pdf' };

app.get('/export/:format', (req, res) => {
@@  const exporter = require('./plugins/' + req.params.format);
  res.send(exporter.run());
});

app.get('/export-known/:format', (req, res) => {
  if (!Object.hasOwn(PLUGINS, req.params.format)) return res.sendStatus(404);
@ok  const exporter = require(PLUGINS[req.params.format]);
  res.send(exporter.run());
});

app.get('/widget', async (req, res) => {
@@  const mod = await import(req.query.module);
  res.send(mod.render());
});

app.post('/job', (req, res) => {
@@  const child = fork(path.join(__dirname, 'jobs', req.body.job));
  child.on('exit', (code) => res.json({ code }));
});

app.post('/job-fixed', (req, res) => {
@ok  const child = fork(path.join(__dirname, 'jobs', 'report.js'), [String(req.body.month)]);
  child.on('exit', (code) => res.json({ code }));
});
`,
  ),
  ...js(
    "CWE-326",
    "RSA and DH keys too short vs current sizes",
    `const crypto = require('crypto');

@@const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
@ok const strong = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });

function legacyKey(cb) {
@@  crypto.generateKeyPair('rsa', { modulusLength: 512, publicExponent: 0x10001 }, cb);
}

@ok const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });

module.exports = { publicKey, privateKey, strong, legacyKey, ec };
`,
  ),
  ...ts(
    "CWE-916",
    "password KDFs with too few iterations or a tiny bcrypt cost vs adequate settings",
    `import crypto from 'node:crypto';
import bcrypt from 'bcrypt';

export function hashPassword(password: string, salt: Buffer): Buffer {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256');
}

export function hashPasswordStrong(password: string, salt: Buffer): Buffer {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
}

export async function hashWithBcrypt(password: string): Promise<string> {
@@  return bcrypt.hash(password, 4);
}

export async function hashWithBcryptStrong(password: string): Promise<string> {
@ok  return bcrypt.hash(password, 12);
}
`,
  ),
  ...js(
    "CWE-117",
    "log lines built from request text vs structured fields",
    `const express = require('express');
const winston = require('winston');
const pino = require('pino')();

const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
@@  logger.info('login failed for user ' + req.body.username);
  res.sendStatus(401);
});

app.post('/login-structured', (req, res) => {
@ok  logger.info('login failed', { user: String(req.body.username).slice(0, 64) });
  res.sendStatus(401);
});

app.get('/search', (req, res) => {
@@  pino.warn(\`search for \${req.query.q} returned nothing\`);
  res.json([]);
});

app.get('/search-structured', (req, res) => {
@ok  pino.warn({ q: req.query.q }, 'search returned nothing');
  res.json([]);
});
`,
  ),
  ...js(
    "CWE-643",
    "XPath expressions over a document built from request text vs variables",
    `const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const doc = new DOMParser().parseFromString(fs.readFileSync('./users.xml', 'utf8'), 'text/xml');
const app = express();

app.get('/user', (req, res) => {
@@  const nodes = xpath.select(\`//user[name/text()='\${req.query.name}']/email/text()\`, doc);
  res.json(nodes.map(String));
});

app.get('/user-var', (req, res) => {
  const expr = xpath.parse("//user[name/text()=$name]/email/text()");
@ok  const nodes = expr.select({ node: doc, variables: { name: String(req.query.name) } });
  res.json(nodes.map(String));
});
`,
  ),
  ...js(
    "CWE-90",
    "ldapjs search filters from the login form vs escaped",
    `const express = require('express');
const ldap = require('ldapjs');
const { EqualityFilter } = require('ldapjs');
const app = express();
app.use(express.urlencoded({ extended: false }));
const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });

app.post('/lookup', (req, res) => {
@@  client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + req.body.uid + ')', scope: 'sub' }, (err, r) => {
    r.on('end', () => res.end());
  });
});

app.post('/lookup-safe', (req, res) => {
  const filter = new EqualityFilter({ attribute: 'uid', value: String(req.body.uid) });
@ok  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub' }, (err, r) => {
    r.on('end', () => res.end());
  });
});
`,
  ),
  ...ts(
    "CWE-78",
    "Electron: shell.openExternal and exec on URLs the renderer sends",
    `import { ipcMain, shell } from 'electron';
import { exec } from 'node:child_process';

ipcMain.handle('open-link', async (_event, url: string) => {
@@  exec(\`xdg-open "\${url}"\`);
});

ipcMain.handle('open-link-safe', async (_event, url: string) => {
  const u = new URL(url);
  if (u.protocol !== 'https:') return;
@ok  await shell.openExternal(u.toString());
});
`,
  ),
];
