// Dev suite "js-ts", batch 11: written after batch 9's fixes, measured before any fix that followed it. Same shape
// as batches 5-9. More database drivers (sqlite3, better-sqlite3, mssql, oracledb, pg-promise, cassandra, DynamoDB),
// values that arrive as function parameters rather than request fields, dynamic method calls and property writes,
// JWT misuse beyond verify(), file modes, Mustache's escape switched off, XML parsers other than libxmljs, headless
// renderers and incomplete escaping.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch11", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch11", cwe, note, src, "typescript");

export const BATCH11: DevCase[] = [
  ...js(
    "CWE-89",
    "sqlite3, better-sqlite3 and mssql with spliced values",
    `const sqlite3 = require('sqlite3');
const Database = require('better-sqlite3');
const sql = require('mssql');
const db = new sqlite3.Database('app.db');
const bdb = new Database('cache.db');

module.exports.note = (req, res) => {
@@  db.all("SELECT * FROM notes WHERE owner = '" + req.query.owner + "'", (e, rows) => res.json(rows));
};

module.exports.note2 = (req, res) => {
@ok  db.all('SELECT * FROM notes WHERE owner = ?', [req.query.owner], (e, rows) => res.json(rows));
};

module.exports.tag = (req, res) => {
@@  res.json(bdb.prepare(\`SELECT * FROM tags WHERE name = '\${req.params.tag}'\`).all());
};

module.exports.tag2 = (req, res) => {
@ok  res.json(bdb.prepare('SELECT * FROM tags WHERE name = ?').all(req.params.tag));
};

module.exports.invoice = async (req, res) => {
  const pool = await sql.connect(process.env.MSSQL_URL);
@@  const r = await pool.request().query(\`SELECT * FROM Invoices WHERE Number = '\${req.query.no}'\`);
  res.json(r.recordset);
};

module.exports.invoice2 = async (req, res) => {
  const pool = await sql.connect(process.env.MSSQL_URL);
@ok  const r = await pool.request().input('no', sql.NVarChar, req.query.no).query('SELECT * FROM Invoices WHERE Number = @no');
  res.json(r.recordset);
};

module.exports.wipe = (req, res) => {
@@  db.exec('DELETE FROM sessions WHERE id = ' + req.body.id, () => res.end());
};
`,
  ),
  ...ts(
    "CWE-89",
    "oracledb, pg-promise and cassandra",
    `import oracledb from 'oracledb';
import pgp from 'pg-promise';
import { Client } from 'cassandra-driver';
import type { Request, Response } from 'express';

const pg = pgp()(process.env.PG_URL as string);
const cass = new Client({ contactPoints: ['cass'], localDataCenter: 'dc1' });

export async function emp(req: Request, res: Response) {
  const conn = await oracledb.getConnection();
@@  const r = await conn.execute(\`SELECT * FROM emp WHERE ename = '\${req.query.name}'\`);
  res.json(r.rows);
}

export async function emp2(req: Request, res: Response) {
  const conn = await oracledb.getConnection();
@ok  const r = await conn.execute('SELECT * FROM emp WHERE ename = :name', { name: String(req.query.name) });
  res.json(r.rows);
}

export async function city(req: Request, res: Response) {
@@  res.json(await pg.any("SELECT * FROM cities WHERE country = '" + req.query.c + "'"));
}

export async function city2(req: Request, res: Response) {
@ok  res.json(await pg.any('SELECT * FROM cities WHERE country = $1', [req.query.c]));
}

export async function events(req: Request, res: Response) {
@@  const r = await cass.execute(\`SELECT * FROM events WHERE device = '\${req.params.id}'\`);
  res.json(r.rows);
}
`,
  ),
  ...js(
    "CWE-89",
    "query helpers whose text comes from the caller",
    `const { Pool } = require('pg');
const pool = new Pool();

async function findBy(column, value) {
@@  return pool.query(\`SELECT * FROM users WHERE \${column} = $1\`, [value]);
}

async function findById(id) {
@ok  return pool.query('SELECT * FROM users WHERE id = $1', [id]);
}

async function countWhere(filter) {
@@  const { rows } = await pool.query('SELECT count(*) FROM users WHERE ' + filter);
  return rows[0].count;
}
module.exports = { findBy, findById, countWhere };
`,
  ),
  ...js(
    "CWE-943",
    "DynamoDB requests built from the event",
    `const { DynamoDBClient, ScanCommand, GetItemCommand } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({});

exports.search = async (event) => {
  const body = JSON.parse(event.body);
@@  const out = await client.send(new ScanCommand({ TableName: 'Orders', ScanFilter: body.filter }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.get = async (event) => {
@ok  const out = await client.send(new GetItemCommand({ TableName: 'Orders', Key: { id: { S: String(event.pathParameters.id) } } }));
  return { statusCode: 200, body: JSON.stringify(out.Item) };
};
`,
  ),
  ...js(
    "CWE-78",
    "commands from function parameters and the environment of a CLI",
    `const { exec, execSync } = require('child_process');
const shell = require('shelljs');

function compress(dir) {
@@  return execSync('tar czf backup.tgz ' + dir);
}

function open(url) {
@@  exec(\`xdg-open \${url}\`);
}

function cleanup() {
@ok  shell.exec('rm -rf ./build/tmp');
}

const target = process.argv[2];
@@shell.exec('git push origin ' + target);
module.exports = { compress, open, cleanup };
`,
  ),
  ...js(
    "CWE-94",
    "code strings built from parameters",
    `function makeGetter(field) {
@@  return new Function('obj', 'return obj.' + field + ';');
}

function later(code) {
@@  setTimeout(code, 100);
}

function later2(fn) {
@ok  setTimeout(() => fn(), 100);
}

function calc(expr) {
@@  return eval('(' + expr + ')');
}

function parse(text) {
@ok  return JSON.parse(text);
}
module.exports = { makeGetter, later, later2, calc, parse };
`,
  ),
  ...js(
    "CWE-94",
    "methods and modules picked by the request",
    `const handlers = require('./handlers');

module.exports.rpc = (req, res) => {
@@  res.json(handlers[req.body.method](req.body.params));
};

module.exports.rpc2 = (req, res) => {
  const name = req.body.method;
  if (!Object.prototype.hasOwnProperty.call(handlers, name) || typeof handlers[name] !== 'function')
    return res.status(404).end();
@ok  res.json(handlers[name](req.body.params));
};

module.exports.load = (req, res) => {
@@  const mod = require(req.query.module);
  res.json(Object.keys(mod));
};
`,
  ),
  ...js(
    "CWE-915",
    "request objects copied onto records",
    `const User = require('./models/user');

module.exports.update = async (req, res) => {
  const user = await User.findById(req.user.id);
@@  Object.assign(user, req.body);
  await user.save();
  res.json(user);
};

module.exports.update2 = async (req, res) => {
  const user = await User.findById(req.user.id);
  const { displayName, bio } = req.body;
@ok  Object.assign(user, { displayName: String(displayName), bio: String(bio) });
  await user.save();
  res.json(user);
};

module.exports.create = async (req, res) => {
@@  res.json(await User.create(req.body));
};
`,
  ),
  ...js(
    "CWE-347",
    "tokens decoded instead of verified",
    `const jwt = require('jsonwebtoken');
const jwtSimple = require('jwt-simple');

function currentUser(req) {
  const token = req.headers.authorization.split(' ')[1];
@@  const payload = jwt.decode(token);
  return payload.sub;
}

function currentUser2(req) {
  const token = req.headers.authorization.split(' ')[1];
@ok  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] }).sub;
}

function currentUser3(req) {
@@  return jwtSimple.decode(req.cookies.t, process.env.JWT_SECRET, true).sub;
}

function currentUser4(req) {
@@  return jwt.verify(req.cookies.t, process.env.JWT_SECRET, { ignoreExpiration: true }).sub;
}
module.exports = { currentUser, currentUser2, currentUser3, currentUser4 };
`,
  ),
  ...js(
    "CWE-522",
    "credentials placed inside tokens",
    `const jwt = require('jsonwebtoken');

function issue(user) {
@@  return jwt.sign({ id: user.id, email: user.email, password: user.password }, process.env.JWT_SECRET);
}

function issue2(user) {
@ok  return jwt.sign({ id: user.id, email: user.email }, process.env.JWT_SECRET);
}
module.exports = { issue, issue2 };
`,
  ),
  ...js(
    "CWE-732",
    "file modes open to everyone",
    `const fs = require('fs');

function saveKey(pem) {
@@  fs.writeFileSync('/etc/app/private.pem', pem, { mode: 0o666 });
}

function saveKey2(pem) {
@ok  fs.writeFileSync('/etc/app/private.pem', pem, { mode: 0o600 });
}

function share(dir) {
@@  fs.chmodSync(dir, 0o777);
}

function mk(dir) {
@@  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
}
module.exports = { saveKey, saveKey2, share, mk };
`,
  ),
  ...js(
    "CWE-79",
    "template escaping turned off and raw output",
    `const Mustache = require('mustache');
const Handlebars = require('handlebars');
const ejs = require('ejs');

@@Mustache.escape = function (text) { return text; };

module.exports.card = (req, res) => {
@@  res.send(Handlebars.compile('<div>{{bio}}</div>', { noEscape: true })({ bio: req.query.bio }));
};

module.exports.card2 = (req, res) => {
@ok  res.send(Handlebars.compile('<div>{{bio}}</div>')({ bio: req.query.bio }));
};

module.exports.card3 = (req, res) => {
@@  res.send(ejs.render('<div><%- bio %></div>', { bio: req.query.bio }));
};
`,
  ),
  ...js(
    "CWE-611",
    "XML parsers configured to expand entities",
    `const libxmljs = require('libxmljs2');
const expat = require('node-expat');
const { XMLParser } = require('fast-xml-parser');

module.exports.importFeed = (req, res) => {
@@  const doc = libxmljs.parseXml(req.body.toString(), { noent: true, nocdata: true });
  res.json({ title: doc.get('//title').text() });
};

module.exports.importFeed2 = (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body.toString(), { noent: false, nonet: true });
  res.json({ title: doc.get('//title').text() });
};

module.exports.sax = (req, res) => {
  const parser = new expat.Parser('UTF-8');
  parser.on('text', (t) => res.write(t));
@@  parser.write(req.body);
  res.end();
};

module.exports.fast = (req, res) => {
@ok  res.json(new XMLParser().parse(req.body.toString()));
};
`,
  ),
  ...js(
    "CWE-918",
    "headless renderers loading user pages",
    `const wkhtmltopdf = require('wkhtmltopdf');
const phantom = require('phantom');
const { chromium } = require('playwright');

module.exports.pdf = (req, res) => {
@@  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
};

module.exports.shot = async (req, res) => {
  const instance = await phantom.create();
  const page = await instance.createPage();
@@  await page.open(req.query.url);
  res.send(await page.renderBase64('PNG'));
};

module.exports.shot2 = async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
@@  await page.goto(req.body.target);
  res.type('png').send(await page.screenshot());
};

module.exports.shot3 = async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
@ok  await page.goto('https://status.example.com/' + encodeURIComponent(req.query.view));
  res.type('png').send(await page.screenshot());
};
`,
  ),
  ...js(
    "CWE-116",
    "escaping that only replaces the first match",
    `function escapeQuotes(s) {
@@  return s.replace("'", "\\\\'");
}

function escapeHtmlOnce(s) {
@@  return s.replace('<', '&lt;').replace('>', '&gt;');
}

function escapeAll(s) {
@ok  return s.replace(/'/g, "\\\\'");
}

function escapeAll2(s) {
@ok  return s.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
module.exports = { escapeQuotes, escapeHtmlOnce, escapeAll, escapeAll2 };
`,
  ),
  ...js(
    "CWE-798",
    "keys written into crypto and client calls",
    `const crypto = require('crypto');
const { S3Client } = require('@aws-sdk/client-s3');
const mysql = require('mysql2');

function sign(body) {
@@  return crypto.createHmac('sha256', 'hmac-signing-key-8f2a1c').update(body).digest('hex');
}

function sign2(body) {
@ok  return crypto.createHmac('sha256', process.env.HMAC_KEY).update(body).digest('hex');
}

const s3 = new S3Client({
  region: 'us-east-1',
@@  credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
});

const conn = mysql.createConnection({
  host: 'db.internal',
  user: 'app',
@@  password: 'Pr0duction!2024',
});
module.exports = { sign, sign2, s3, conn };
`,
  ),
  ...js(
    "CWE-327",
    "GCM without a tag length and weak hashes",
    `const crypto = require('crypto');

function open(key, iv, data, tag) {
@@  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]);
}

function open2(key, iv, data, tag) {
@ok  const d = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]);
}

function fingerprint(cert) {
@@  return crypto.createHash('md5').update(cert).digest('hex');
}

function fingerprint2(cert) {
@ok  return crypto.createHash('sha256').update(cert).digest('hex');
}
module.exports = { open, open2, fingerprint, fingerprint2 };
`,
  ),
  ...js(
    "CWE-338",
    "predictable randomness for secrets",
    `const crypto = require('crypto');

function resetToken() {
@@  return crypto.pseudoRandomBytes(16).toString('hex');
}

function resetToken2() {
@ok  return crypto.randomBytes(16).toString('hex');
}

function otp() {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

function otp2() {
@ok  return String(crypto.randomInt(100000, 1000000));
}
module.exports = { resetToken, resetToken2, otp, otp2 };
`,
  ),
  ...js(
    "CWE-22",
    "paths joined from function parameters",
    `const fs = require('fs');
const path = require('path');
const ROOT = '/srv/app/templates';

function loadTemplate(name) {
@@  return fs.readFileSync(path.join(ROOT, name), 'utf8');
}

function loadTemplate2(name) {
  const p = path.resolve(ROOT, name);
  if (!p.startsWith(ROOT + path.sep)) throw new Error('bad template');
@ok  return fs.readFileSync(p, 'utf8');
}

function remove(file) {
@@  fs.unlinkSync(path.resolve('/var/uploads', file));
}
module.exports = { loadTemplate, loadTemplate2, remove };
`,
  ),
  ...js(
    "CWE-319",
    "plain-text sockets and servers",
    `const WebSocket = require('ws');
const net = require('net');

@@const feed = new WebSocket('ws://feed.example.com/prices');
@ok const secureFeed = new WebSocket('wss://feed.example.com/prices');
@ok const local = new WebSocket('ws://127.0.0.1:8080/dev');
module.exports = { feed, secureFeed, local, net };
`,
  ),
];
