// Dev suite "js-ts", batch 3: written for breadth (many libraries and idioms, one or two cases each), measured
// before the fixes that followed it. Same conventions as js-ts.ts (`@@` marks the labelled line).
import { s, st, v, vt } from "./js-ts.js";
import type { DevCase } from "./cases.js";

export const BATCH3: DevCase[] = [
  // ---------------- SQL / NoSQL ----------------
  v(
    "CWE-89",
    "batch3: sequelize.query with a template literal from a route param",
    `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DB_URL);
const router = require('express').Router();
router.get('/users/:id', async (req, res) => {
@@  const rows = await sequelize.query(\`SELECT * FROM users WHERE id = \${req.params.id}\`);
  res.json(rows);
});
module.exports = router;
`,
  ),
  s(
    "CWE-89",
    "batch3: sequelize.query with replacements",
    `const { Sequelize, QueryTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DB_URL);
async function byId(req, res) {
@@  const rows = await sequelize.query('SELECT * FROM users WHERE id = :id', { replacements: { id: req.params.id }, type: QueryTypes.SELECT });
  res.json(rows);
}
module.exports = byId;
`,
  ),
  vt(
    "CWE-89",
    "batch3: prisma $queryRawUnsafe with a concatenated filter",
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function search(term: string) {
  const sql = "SELECT id, title FROM Post WHERE title LIKE '%" + term + "%'";
@@  return prisma.$queryRawUnsafe(sql);
}
`,
  ),
  st(
    "CWE-89",
    "batch3: prisma $queryRaw tagged template (parameterised)",
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function search(term: string) {
@@  return prisma.$queryRaw\`SELECT id, title FROM Post WHERE title = \${term}\`;
}
`,
  ),
  v(
    "CWE-89",
    "batch3: mysql2 pool.execute with string built in a helper below its use",
    `const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
exports.list = async (req, res) => {
  const q = buildQuery(req.query.category);
@@  const [rows] = await pool.execute(q);
  res.json(rows);
};
function buildQuery(cat) {
  return "SELECT * FROM products WHERE category = '" + cat + "'";
}
`,
  ),
  v(
    "CWE-89",
    "batch3: pg client.query in a promise chain with a body field",
    `const { Client } = require('pg');
const client = new Client();
module.exports = function (app) {
  app.post('/login', (req, res) => {
    const user = req.body.user;
@@    client
      .query("SELECT * FROM accounts WHERE name = '" + user + "'")
      .then((r) => res.json(r.rows));
  });
};
`,
  ),
  s(
    "CWE-89",
    "batch3: pg client.query with $1 placeholder",
    `const { Pool } = require('pg');
const pool = new Pool();
module.exports = function (app) {
  app.post('/login', async (req, res) => {
@@    const r = await pool.query('SELECT * FROM accounts WHERE name = $1', [req.body.user]);
    res.json(r.rows);
  });
};
`,
  ),
  v(
    "CWE-89",
    "batch3: knex.raw with a function parameter",
    `const knex = require('knex')({ client: 'sqlite3', connection: { filename: './db.sqlite' } });
async function countBy(column) {
@@  return knex.raw('SELECT ' + column + ', COUNT(*) FROM orders GROUP BY ' + column);
}
module.exports = { countBy };
`,
  ),
  vt(
    "CWE-89",
    "batch3: typeorm repository.query with a template in a Nest controller",
    `import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
@Controller('items')
export class ItemsController {
  constructor(private readonly ds: DataSource) {}
  @Get()
  async find(@Query('sort') sort: string) {
@@    return this.ds.query(\`SELECT * FROM item ORDER BY \${sort}\`);
  }
}
`,
  ),
  st(
    "CWE-89",
    "batch3: order-by column through an allow-list",
    `const db = require('./db');
const ALLOWED = ['name', 'price', 'created_at'];
module.exports = async (req, res) => {
  const col = req.query.sort;
  if (!ALLOWED.includes(col)) return res.status(400).end();
@@  const rows = await db.query(\`SELECT * FROM product ORDER BY \${col}\`);
  res.json(rows);
};
`,
  ),
  v(
    "CWE-89",
    "batch3: sqlite3 db.all with string concat in a callback",
    `const sqlite3 = require('sqlite3');
const db = new sqlite3.Database('app.db');
function lookup(req, res) {
  const email = req.query.email;
@@  db.all("SELECT * FROM users WHERE email = '" + email + "'", (err, rows) => {
    res.json(rows);
  });
}
module.exports = lookup;
`,
  ),
  v(
    "CWE-89",
    "batch3: better-sqlite3 prepare with a template from a Lambda event",
    `const Database = require('better-sqlite3');
const db = new Database('data.db');
exports.handler = async (event) => {
  const id = event.queryStringParameters.id;
@@  const row = db.prepare(\`SELECT * FROM notes WHERE id = \${id}\`).get();
  return { statusCode: 200, body: JSON.stringify(row) };
};
`,
  ),
  vt(
    "CWE-89",
    "batch3: mssql request.query built with Array.join",
    `import sql from 'mssql';
export async function report(req: any, res: any) {
  const ids: string[] = req.body.ids;
  const query = ['SELECT * FROM invoices WHERE id IN (', ids.join(','), ')'].join('');
@@  const result = await new sql.Request().query(query);
  res.json(result.recordset);
}
`,
  ),
  s(
    "CWE-89",
    "batch3: numeric id parsed with parseInt before interpolation",
    `const db = require('./db');
module.exports = async (req, res) => {
  const id = parseInt(req.params.id, 10);
@@  const rows = await db.query('SELECT * FROM t WHERE id = ' + id);
  res.json(rows);
};
`,
  ),
  v(
    "CWE-943",
    "batch3: mongoose find with the whole body as the filter",
    `const User = require('./models/user');
module.exports = async function login(req, res) {
@@  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json(!!user);
};
`,
  ),
  v(
    "CWE-943",
    "batch3: mongodb $where with a query string",
    `const { MongoClient } = require('mongodb');
async function run(req, res, db) {
  const age = req.query.age;
@@  const docs = await db.collection('people').find({ $where: 'this.age > ' + age }).toArray();
  res.send(docs);
}
module.exports = run;
`,
  ),
  s(
    "CWE-943",
    "batch3: mongoose findOne with String() casts",
    `const User = require('./models/user');
module.exports = async function login(req, res) {
@@  const user = await User.findOne({ username: String(req.body.username) });
  res.json(!!user);
};
`,
  ),
  // ---------------- command injection ----------------
  v(
    "CWE-78",
    "batch3: exec with a function parameter (library helper)",
    `const { exec } = require('child_process');
function convert(input, output) {
@@  exec('convert ' + input + ' -resize 50% ' + output, (err) => {
    if (err) console.error(err);
  });
}
module.exports = convert;
`,
  ),
  s(
    "CWE-78",
    "batch3: execFile with argument array",
    `const { execFile } = require('child_process');
function convert(input, output) {
@@  execFile('convert', [input, '-resize', '50%', output], (err) => {
    if (err) console.error(err);
  });
}
module.exports = convert;
`,
  ),
  v(
    "CWE-78",
    "batch3: spawn with shell: true and a joined query",
    `const { spawn } = require('child_process');
const app = require('express')();
app.get('/grep', (req, res) => {
  const args = ['-r', req.query.pattern, '/srv/logs'];
@@  const p = spawn('grep ' + args.join(' '), { shell: true });
  p.stdout.pipe(res);
});
`,
  ),
  v(
    "CWE-78",
    "batch3: execFile of /bin/sh -c with a body field",
    `const cp = require('child_process');
module.exports = (req, res) => {
  const host = req.body.host;
@@  cp.execFile('/bin/sh', ['-c', 'nslookup ' + host], (e, out) => res.send(out));
};
`,
  ),
  vt(
    "CWE-78",
    "batch3: execSync in an async TS function through a template",
    `import { execSync } from 'child_process';
export async function archive(dir: string, name = 'backup'): Promise<string> {
  const target = \`/tmp/\${name}.tgz\`;
@@  execSync(\`tar czf \${target} \${dir}\`);
  return target;
}
`,
  ),
  v(
    "CWE-78",
    "batch3: shelljs exec with a koa ctx query",
    `const shell = require('shelljs');
const Koa = require('koa');
const app = new Koa();
app.use(async (ctx) => {
  const branch = ctx.query.branch;
@@  const out = shell.exec('git log --oneline ' + branch, { silent: true });
  ctx.body = out.stdout;
});
`,
  ),
  s(
    "CWE-78",
    "batch3: exec of a constant command after reassignment",
    `const { exec } = require('child_process');
module.exports = (req, res) => {
  let cmd = req.query.cmd;
  cmd = 'uptime';
@@  exec(cmd, (e, out) => res.send(out));
};
`,
  ),
  s(
    "CWE-78",
    "batch3: regex-test guard wrapping exec",
    `const { exec } = require('child_process');
module.exports = (req, res) => {
  const host = req.query.host;
  if (/^[a-z0-9.-]+$/i.test(host)) {
@@    exec('ping -c 1 ' + host, (e, out) => res.send(out));
  } else {
    res.status(400).end();
  }
};
`,
  ),
  v(
    "CWE-78",
    "batch3: child_process.exec via a destructured param in a class method",
    `const child_process = require('child_process');
class Deployer {
  run({ script, env }) {
@@    return child_process.execSync(script, { env });
  }
}
module.exports = Deployer;
`,
  ),
  // ---------------- path traversal ----------------
  v(
    "CWE-22",
    "batch3: fs.createReadStream of a path.join with a query",
    `const fs = require('fs');
const path = require('path');
const app = require('express')();
app.get('/file', (req, res) => {
  const p = path.join(__dirname, 'public', req.query.name);
@@  fs.createReadStream(p).pipe(res);
});
`,
  ),
  s(
    "CWE-22",
    "batch3: path.resolve then startsWith guard",
    `const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, 'public');
module.exports = (req, res) => {
  const p = path.resolve(ROOT, req.query.name);
  if (!p.startsWith(ROOT + path.sep)) return res.sendStatus(403);
@@  fs.createReadStream(p).pipe(res);
};
`,
  ),
  v(
    "CWE-22",
    "batch3: res.download of a route param",
    `const express = require('express');
const router = express.Router();
router.get('/dl/:file', function (req, res) {
@@  res.download('/var/uploads/' + req.params.file);
});
module.exports = router;
`,
  ),
  s(
    "CWE-22",
    "batch3: res.sendFile with root option and basename",
    `const path = require('path');
module.exports = function (req, res) {
@@  res.sendFile(path.basename(req.params.file), { root: '/var/uploads' });
};
`,
  ),
  v(
    "CWE-22",
    "batch3: fs.promises.readFile of a path helper parameter",
    `const fs = require('fs');
const path = require('path');
async function readTemplate(name) {
@@  return fs.promises.readFile(path.join('/app/templates', name), 'utf8');
}
module.exports = { readTemplate };
`,
  ),
  v(
    "CWE-22",
    "batch3: fs.unlink of a Fastify params value",
    `const fs = require('fs');
const fastify = require('fastify')();
fastify.delete('/avatars/:name', async (request, reply) => {
@@  await fs.promises.unlink('./avatars/' + request.params.name);
  return { ok: true };
});
`,
  ),
  vt(
    "CWE-22",
    "batch3: writeFileSync with a file name from a Next.js API body",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { writeFileSync } from 'fs';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { filename, content } = req.body;
@@  writeFileSync(\`./uploads/\${filename}\`, content);
  res.status(201).end();
}
`,
  ),
  v(
    "CWE-22",
    "batch3: adm-zip entries extracted by their own names (zip slip)",
    `const AdmZip = require('adm-zip');
const fs = require('fs');
function unpack(file, dest) {
  const zip = new AdmZip(file);
  zip.getEntries().forEach((entry) => {
@@    fs.writeFileSync(dest + '/' + entry.entryName, entry.getData());
  });
}
module.exports = unpack;
`,
  ),
  v(
    "CWE-22",
    "batch3: unzipper entry path joined onto the output dir",
    `const unzipper = require('unzipper');
const fs = require('fs');
const path = require('path');
fs.createReadStream('upload.zip')
  .pipe(unzipper.Parse())
  .on('entry', function (entry) {
    const out = path.join('/srv/out', entry.path);
@@    entry.pipe(fs.createWriteStream(out));
  });
`,
  ),
  s(
    "CWE-22",
    "batch3: file name chosen from a map by key",
    `const fs = require('fs');
const FILES = { terms: 'terms.html', privacy: 'privacy.html' };
module.exports = (req, res) => {
  const name = FILES[req.query.doc] || 'terms.html';
@@  res.send(fs.readFileSync('/srv/docs/' + name, 'utf8'));
};
`,
  ),
  v(
    "CWE-22",
    "batch3: hapi h.file with a request param",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/static/{p}',
  handler: (request, h) => {
@@    return h.file('/srv/static/' + request.params.p);
  },
});
`,
  ),
  // ---------------- crypto / randomness ----------------
  v(
    "CWE-328",
    "batch3: createHash sha1 chained to digest for a signature",
    `const crypto = require('crypto');
function sign(body, key) {
@@  return crypto.createHash('sha1').update(key + body).digest('hex');
}
module.exports = sign;
`,
  ),
  v(
    "CWE-328",
    "batch3: hash algorithm from a constant variable",
    `import { createHash } from 'crypto';
const ALGO = 'md5';
export function fingerprint(data) {
@@  return createHash(ALGO).update(data).digest('base64');
}
`,
  ),
  s(
    "CWE-328",
    "batch3: sha256 for a checksum",
    `const crypto = require('crypto');
module.exports = function checksum(buf) {
@@  return crypto.createHash('sha256').update(buf).digest('hex');
};
`,
  ),
  v(
    "CWE-327",
    "batch3: createCipheriv with des-ede3 in a helper",
    `const crypto = require('crypto');
function encrypt(text, key, iv) {
@@  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}
module.exports = encrypt;
`,
  ),
  v(
    "CWE-327",
    "batch3: aes-256-ecb cipher",
    `const crypto = require('crypto');
const key = crypto.randomBytes(32);
@@const c = crypto.createCipheriv('aes-256-ecb', key, null);
module.exports = c;
`,
  ),
  v(
    "CWE-327",
    "batch3: rc4 through crypto-js",
    `const CryptoJS = require('crypto-js');
function hide(msg, pass) {
@@  return CryptoJS.RC4.encrypt(msg, pass).toString();
}
module.exports = hide;
`,
  ),
  s(
    "CWE-327",
    "batch3: aes-256-gcm with a random iv",
    `const crypto = require('crypto');
function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
@@  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final(), cipher.getAuthTag()]);
}
module.exports = encrypt;
`,
  ),
  v(
    "CWE-338",
    "batch3: pseudoRandomBytes for a session id",
    `const crypto = require('crypto');
function newSessionId() {
@@  return crypto.pseudoRandomBytes(16).toString('hex');
}
module.exports = newSessionId;
`,
  ),
  v(
    "CWE-338",
    "batch3: Math.random in a reset-token generator with map/join",
    `function resetToken(len = 24) {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
@@  return Array.from({ length: len }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}
module.exports = resetToken;
`,
  ),
  s(
    "CWE-338",
    "batch3: Math.random to shuffle a UI list",
    `export function shuffle(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
@@    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
`,
  ),
  s(
    "CWE-338",
    "batch3: crypto.randomUUID for an api key",
    `const crypto = require('crypto');
function apiKey() {
@@  return crypto.randomUUID().replace(/-/g, '');
}
module.exports = apiKey;
`,
  ),
  v(
    "CWE-208",
    "batch3: api key compared with === in middleware",
    `module.exports = function auth(req, res, next) {
  const provided = req.get('x-api-key');
@@  if (provided === process.env.API_KEY) return next();
  res.status(401).end();
};
`,
  ),
  s(
    "CWE-208",
    "batch3: timingSafeEqual on digests",
    `const crypto = require('crypto');
module.exports = function auth(req, res, next) {
  const a = crypto.createHash('sha256').update(String(req.get('x-api-key'))).digest();
  const b = crypto.createHash('sha256').update(process.env.API_KEY).digest();
@@  if (crypto.timingSafeEqual(a, b)) return next();
  res.status(401).end();
};
`,
  ),
  // ---------------- JWT ----------------
  v(
    "CWE-347",
    "batch3: jwt.verify accepting the none algorithm",
    `const jwt = require('jsonwebtoken');
function check(token, key) {
@@  return jwt.verify(token, key, { algorithms: ['HS256', 'none'] });
}
module.exports = check;
`,
  ),
  v(
    "CWE-613",
    "batch3: jwt.verify with ignoreExpiration",
    `const jwt = require('jsonwebtoken');
module.exports = (req, res, next) => {
  try {
@@    req.user = jwt.verify(req.cookies.token, process.env.JWT_KEY, { ignoreExpiration: true });
    next();
  } catch (e) { res.sendStatus(401); }
};
`,
  ),
  v(
    "CWE-798",
    "batch3: jwt.sign with a literal secret in a TS service",
    `import * as jwt from 'jsonwebtoken';
export class AuthService {
  issue(userId: string): string {
@@    return jwt.sign({ sub: userId }, 'sup3r-s3cret-key', { expiresIn: '1h' });
  }
}
`,
  ),
  s(
    "CWE-798",
    "batch3: jwt.sign with a key from config",
    `import * as jwt from 'jsonwebtoken';
import { config } from './config';
export function issue(userId: string): string {
@@  return jwt.sign({ sub: userId }, config.jwtSecret, { expiresIn: '1h' });
}
`,
  ),
  v(
    "CWE-798",
    "batch3: secret held in a constant and passed to jwt.verify",
    `const jwt = require('jsonwebtoken');
const SECRET = 'changeme123';
module.exports = (req, res, next) => {
@@  jwt.verify(req.headers.authorization, SECRET, (err, payload) => {
    if (err) return res.sendStatus(401);
    req.user = payload;
    next();
  });
};
`,
  ),
  v(
    "CWE-347",
    "batch3: jose decodeJwt used for authorisation",
    `import { decodeJwt } from 'jose';
export function isAdmin(token) {
@@  const claims = decodeJwt(token);
  return claims.role === 'admin';
}
`,
  ),
  // ---------------- session / cookies / CORS / headers ----------------
  v(
    "CWE-798",
    "batch3: express-session with a hard-coded secret",
    `const session = require('express-session');
const app = require('express')();
app.use(session({
@@  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
}));
`,
  ),
  s(
    "CWE-798",
    "batch3: express-session secret from the environment",
    `const session = require('express-session');
const app = require('express')();
app.use(session({
@@  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
}));
`,
  ),
  v(
    "CWE-1004",
    "batch3: res.cookie with httpOnly false",
    `module.exports = (req, res) => {
@@  res.cookie('sid', req.sessionID, { httpOnly: false, secure: true });
  res.end();
};
`,
  ),
  v(
    "CWE-614",
    "batch3: session cookie options with secure false",
    `const session = require('express-session');
const app = require('express')();
app.use(session({
  secret: process.env.S,
@@  cookie: { secure: false, httpOnly: true, maxAge: 3600000 },
}));
`,
  ),
  v(
    "CWE-942",
    "batch3: Access-Control-Allow-Origin reflected from the request origin",
    `const app = require('express')();
app.use((req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
`,
  ),
  s(
    "CWE-942",
    "batch3: cors with a fixed origin list",
    `const cors = require('cors');
const app = require('express')();
@@app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
`,
  ),
  v(
    "CWE-693",
    "batch3: helmet with frameguard and CSP disabled",
    `const helmet = require('helmet');
const app = require('express')();
@@app.use(helmet({ contentSecurityPolicy: false, frameguard: false }));
`,
  ),
  v(
    "CWE-1021",
    "batch3: X-Frame-Options set from a query param",
    `module.exports = (req, res) => {
@@  res.set('X-Frame-Options', req.query.frame);
  res.send('ok');
};
`,
  ),
  v(
    "CWE-352",
    "batch3: csurf ignoring POST",
    `const csrf = require('csurf');
const app = require('express')();
@@app.use(csrf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));
`,
  ),
  // ---------------- XML / YAML / deserialisation ----------------
  v(
    "CWE-611",
    "batch3: libxmljs parseXml with noent from a request body",
    `const libxmljs = require('libxmljs');
module.exports = (req, res) => {
@@  const doc = libxmljs.parseXml(req.body.xml, { noent: true, noblanks: true });
  res.send(doc.root().name());
};
`,
  ),
  s(
    "CWE-611",
    "batch3: libxmljs parseXml without noent",
    `const libxmljs = require('libxmljs');
module.exports = (req, res) => {
@@  const doc = libxmljs.parseXml(req.body.xml, { noblanks: true });
  res.send(doc.root().name());
};
`,
  ),
  v(
    "CWE-611",
    "batch3: xml2json toJson of a request body with entity expansion",
    `const xml2json = require('xml2json');
module.exports = function (req, res) {
@@  const json = xml2json.toJson(req.body, { object: true, reversible: false, coerce: false, sanitize: false, trim: true, arrayNotation: false, alternateTextNode: false });
  res.json(json);
};
`,
  ),
  v(
    "CWE-502",
    "batch3: js-yaml load of an uploaded file (pre-4 API)",
    `const yaml = require('js-yaml');
const fs = require('fs');
function readConfig(file) {
@@  return yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.DEFAULT_FULL_SCHEMA });
}
module.exports = readConfig;
`,
  ),
  s(
    "CWE-502",
    "batch3: js-yaml safeLoad",
    `const yaml = require('js-yaml');
const fs = require('fs');
function readConfig(file) {
@@  return yaml.safeLoad(fs.readFileSync(file, 'utf8'));
}
module.exports = readConfig;
`,
  ),
  v(
    "CWE-502",
    "batch3: node-serialize unserialize of a cookie",
    `const serialize = require('node-serialize');
module.exports = (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.send('Hello ' + profile.username);
};
`,
  ),
  v(
    "CWE-502",
    "batch3: funcster deepDeserialize of a body",
    `const funcster = require('funcster');
module.exports = (req, res) => {
@@  const obj = funcster.deepDeserialize(req.body.payload);
  res.json(obj);
};
`,
  ),
  s(
    "CWE-502",
    "batch3: JSON.parse of a cookie",
    `module.exports = (req, res) => {
@@  const prefs = JSON.parse(req.cookies.prefs || '{}');
  res.json(prefs);
};
`,
  ),
  v(
    "CWE-94",
    "batch3: serialize-javascript output eval'd back",
    `const serialize = require('serialize-javascript');
function clone(obj) {
  const text = serialize(obj);
@@  return eval('(' + text + ')');
}
module.exports = clone;
`,
  ),
  // ---------------- templates ----------------
  v(
    "CWE-79",
    "batch3: handlebars compile with noEscape",
    `const Handlebars = require('handlebars');
@@const tpl = Handlebars.compile('<p>{{comment}}</p>', { noEscape: true });
module.exports = (req, res) => res.send(tpl({ comment: req.body.comment }));
`,
  ),
  v(
    "CWE-79",
    "batch3: Handlebars.SafeString around a user value",
    `const Handlebars = require('handlebars');
Handlebars.registerHelper('bio', function (user) {
@@  return new Handlebars.SafeString('<div>' + user.bio + '</div>');
});
`,
  ),
  s(
    "CWE-79",
    "batch3: SafeString around an escaped value",
    `const Handlebars = require('handlebars');
Handlebars.registerHelper('bio', function (user) {
@@  return new Handlebars.SafeString('<div>' + Handlebars.escapeExpression(user.bio) + '</div>');
});
`,
  ),
  v(
    "CWE-79",
    "batch3: mustache escape disabled",
    `const Mustache = require('mustache');
@@Mustache.escape = function (text) { return text; };
module.exports = (tpl, view) => Mustache.render(tpl, view);
`,
  ),
  v(
    "CWE-1336",
    "batch3: ejs.render of a template from the request",
    `const ejs = require('ejs');
module.exports = (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: req.user }));
};
`,
  ),
  v(
    "CWE-1336",
    "batch3: pug.compile of a query string",
    `const pug = require('pug');
const app = require('express')();
app.get('/preview', (req, res) => {
@@  const fn = pug.compile(req.query.src);
  res.send(fn({}));
});
`,
  ),
  s(
    "CWE-1336",
    "batch3: pug.renderFile with a fixed template and user locals",
    `const pug = require('pug');
module.exports = (req, res) => {
@@  res.send(pug.renderFile('views/profile.pug', { name: req.query.name }));
};
`,
  ),
  v(
    "CWE-79",
    "batch3: marked with sanitize false into innerHTML",
    `import { marked } from 'marked';
export function preview(el, text) {
  marked.setOptions({ sanitize: false });
@@  el.innerHTML = marked.parse(text);
}
`,
  ),
  v(
    "CWE-79",
    "batch3: nunjucks configure with autoescape off",
    `const nunjucks = require('nunjucks');
@@nunjucks.configure('views', { autoescape: false });
`,
  ),
  v(
    "CWE-1336",
    "batch3: lodash template of a body field",
    `const _ = require('lodash');
module.exports = (req, res) => {
@@  const compiled = _.template(req.body.tpl);
  res.send(compiled({ user: 'x' }));
};
`,
  ),
  v(
    "CWE-79",
    "batch3: res.render of a view with an unescaped user field through a raw-html helper",
    `module.exports = (req, res) => {
  const msg = req.query.msg;
@@  res.type('html').send('<script>var msg = "' + msg + '";</script>');
};
`,
  ),
  // ---------------- regex ----------------
  v(
    "CWE-1333",
    "batch3: new RegExp from a body field in a TS filter",
    `import { Request, Response } from 'express';
export function filter(req: Request, res: Response, items: string[]) {
  const pattern: string = req.body.pattern;
@@  const re = new RegExp(pattern, 'i');
  res.json(items.filter((x) => re.test(x)));
}
`,
  ),
  s(
    "CWE-1333",
    "batch3: escaped user input in RegExp",
    `const escapeRegExp = require('lodash/escapeRegExp');
module.exports = (req, res, items) => {
@@  const re = new RegExp('^' + escapeRegExp(req.query.q), 'i');
  res.json(items.filter((x) => re.test(x)));
};
`,
  ),
  v(
    "CWE-1333",
    "batch3: RegExp built from a function parameter",
    `function matchesAny(value, word) {
@@  return new RegExp('\\\\b' + word + '\\\\b').test(value);
}
module.exports = matchesAny;
`,
  ),
  v(
    "CWE-1333",
    "batch3: nested quantifier in an email validator",
    `export function isEmail(s) {
@@  return /^([a-zA-Z0-9_.-]+)+@([a-z]+\\.)+[a-z]{2,}$/.test(s);
}
`,
  ),
  // ---------------- code injection ----------------
  v(
    "CWE-95",
    "batch3: eval of a calculator expression from the query",
    `const app = require('express')();
app.get('/calc', (req, res) => {
  const expr = req.query.expr;
@@  const result = eval(expr);
  res.json({ result });
});
`,
  ),
  v(
    "CWE-94",
    "batch3: new Function with a body from a helper parameter",
    `function makeFilter(body) {
@@  return new Function('row', 'return ' + body + ';');
}
module.exports = makeFilter;
`,
  ),
  v(
    "CWE-94",
    "batch3: setTimeout with a string built from input",
    `function later(name) {
@@  setTimeout('greet("' + name + '")', 100);
}
window.later = later;
`,
  ),
  v(
    "CWE-94",
    "batch3: vm.runInNewContext of request code",
    `const vm = require('vm');
module.exports = (req, res) => {
  const sandbox = { result: null };
@@  vm.runInNewContext(req.body.code, sandbox, { timeout: 50 });
  res.json(sandbox.result);
};
`,
  ),
  v(
    "CWE-94",
    "batch3: vm2 NodeVM run of an uploaded script",
    `const { NodeVM } = require('vm2');
module.exports = async (req, res) => {
  const vm = new NodeVM({ sandbox: {} });
@@  const out = vm.run(req.files.script.data.toString());
  res.json(out);
};
`,
  ),
  s(
    "CWE-94",
    "batch3: JSON.parse instead of eval",
    `module.exports = (req, res) => {
@@  const data = JSON.parse(req.body.json);
  res.json(data);
};
`,
  ),
  v(
    "CWE-94",
    "batch3: require of a module name from a query",
    `const app = require('express')();
app.get('/plugin', (req, res) => {
@@  const plugin = require('./plugins/' + req.query.name);
  res.json(plugin.describe());
});
`,
  ),
  s(
    "CWE-94",
    "batch3: vm.runInNewContext of a fixed script",
    `const vm = require('vm');
function total(items) {
@@  return vm.runInNewContext('items.reduce((a, b) => a + b, 0)', { items });
}
module.exports = total;
`,
  ),
  v(
    "CWE-94",
    "batch3: puppeteer page.evaluate of a request string",
    `const puppeteer = require('puppeteer');
module.exports = async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  const out = await page.evaluate(req.body.script);
  await browser.close();
  res.json(out);
};
`,
  ),
  // ---------------- browser DOM ----------------
  v(
    "CWE-79",
    "batch3: insertAdjacentHTML of a URL search param",
    `const params = new URLSearchParams(window.location.search);
const note = params.get('note');
@@document.getElementById('notes').insertAdjacentHTML('beforeend', '<li>' + note + '</li>');
`,
  ),
  s(
    "CWE-79",
    "batch3: textContent of a URL search param",
    `const params = new URLSearchParams(window.location.search);
const li = document.createElement('li');
@@li.textContent = params.get('note');
document.getElementById('notes').appendChild(li);
`,
  ),
  v(
    "CWE-79",
    "batch3: outerHTML set from a fetched JSON field in async code",
    `async function render(id) {
  const res = await fetch('/api/cards/' + id);
  const card = await res.json();
@@  document.querySelector('#card').outerHTML = \`<div class="card">\${card.title}</div>\`;
}
`,
  ),
  v(
    "CWE-79",
    "batch3: jQuery html() of location.hash",
    `$(function () {
  var tab = decodeURIComponent(location.hash.slice(1));
@@  $('#title').html('<b>' + tab + '</b>');
});
`,
  ),
  v(
    "CWE-79",
    "batch3: jQuery append of an ajax response field",
    `$.getJSON('/api/messages', function (data) {
  data.forEach(function (m) {
@@    $('#list').append('<li>' + m.text + '</li>');
  });
});
`,
  ),
  v(
    "CWE-79",
    "batch3: jQuery selector built from location.hash",
    `$(window).on('hashchange', function () {
@@  $(location.hash).addClass('active');
});
`,
  ),
  s(
    "CWE-79",
    "batch3: jQuery text() of location.hash",
    `$(window).on('hashchange', function () {
@@  $('#title').text(location.hash.slice(1));
});
`,
  ),
  s(
    "CWE-79",
    "batch3: innerHTML of DOMPurify.sanitize output",
    `import DOMPurify from 'dompurify';
export function show(el, html) {
@@  el.innerHTML = DOMPurify.sanitize(html);
}
`,
  ),
  v(
    "CWE-79",
    "batch3: innerHTML from a helper parameter in a class field",
    `export class Toast {
  constructor(root) { this.root = root; }
  show(message) {
@@    this.root.innerHTML = '<div class="toast">' + message + '</div>';
  }
}
`,
  ),
  s(
    "CWE-79",
    "batch3: innerHTML of a constant string",
    `export function clear(el) {
  const EMPTY = '<p class="empty">Nothing here</p>';
@@  el.innerHTML = EMPTY;
}
`,
  ),
  v(
    "CWE-345",
    "batch3: message listener writes event data into the DOM",
    `@@window.addEventListener('message', function (event) {
  document.getElementById('out').innerHTML = event.data.html;
});
`,
  ),
  v(
    "CWE-345",
    "batch3: onmessage handler evals data without an origin check",
    `@@window.onmessage = (e) => {
  eval(e.data);
};
`,
  ),
  s(
    "CWE-345",
    "batch3: message listener checks the origin first",
    `window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
@@  document.getElementById('out').textContent = event.data;
});
`,
  ),
  v(
    "CWE-345",
    "batch3: iframe postMessage of a token to '*'",
    `function sendToken(frame, token) {
@@  frame.contentWindow.postMessage({ type: 'auth', token }, '*');
}
`,
  ),
  s(
    "CWE-345",
    "batch3: postMessage to a fixed origin",
    `function sendToken(frame, token) {
@@  frame.contentWindow.postMessage({ type: 'auth', token }, 'https://widgets.example.com');
}
`,
  ),
  v(
    "CWE-601",
    "batch3: location.href from a query parameter",
    `const next = new URL(window.location.href).searchParams.get('next');
if (next) {
@@  window.location.href = next;
}
`,
  ),
  v(
    "CWE-601",
    "batch3: window.open of a hash value",
    `document.getElementById('go').addEventListener('click', () => {
@@  window.open(location.hash.substring(1));
});
`,
  ),
  v(
    "CWE-601",
    "batch3: location.assign to a path-only value (relabelled: /\\evil.com passes the // test and browsers read it as //evil.com)",
    `const next = new URLSearchParams(location.search).get('next') || '/';
@@if (next.startsWith('/') && !next.startsWith('//')) location.assign(next);
`,
  ),
  vt(
    "CWE-601",
    "batch3: express redirect to a query param in a Nest-style TS controller",
    `import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
@Controller()
export class AuthController {
  @Get('callback')
  done(@Query('returnTo') returnTo: string, @Res() res: Response) {
@@    return res.redirect(returnTo);
  }
}
`,
  ),
  v(
    "CWE-601",
    "batch3: koa ctx.redirect of a query value",
    `const Router = require('@koa/router');
const router = new Router();
router.get('/out', (ctx) => {
@@  ctx.redirect(ctx.query.url);
});
module.exports = router;
`,
  ),
  s(
    "CWE-601",
    "batch3: redirect target picked from an allow-list",
    `const ALLOWED = new Set(['/home', '/account']);
module.exports = (req, res) => {
  const target = req.query.next;
@@  res.redirect(ALLOWED.has(target) ? target : '/home');
};
`,
  ),
  // ---------------- frameworks ----------------
  vt(
    "CWE-79",
    "batch3: Angular bypassSecurityTrustHtml of a route param",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
@Component({ selector: 'app-page', template: '<div [innerHTML]="body"></div>' })
export class PageComponent {
  body: SafeHtml;
  constructor(route: ActivatedRoute, private sanitizer: DomSanitizer) {
    const raw = route.snapshot.queryParamMap.get('body') ?? '';
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(raw);
  }
}
`,
  ),
  vt(
    "CWE-79",
    "batch3: Angular bypassSecurityTrustResourceUrl of an input",
    `import { Component, Input } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-embed', template: '<iframe [src]="src"></iframe>' })
export class EmbedComponent {
  @Input() url = '';
  constructor(private s: DomSanitizer) {}
  get src() {
@@    return this.s.bypassSecurityTrustResourceUrl(this.url);
  }
}
`,
  ),
  st(
    "CWE-79",
    "batch3: Angular bypassSecurityTrustHtml of a constant",
    `import { Component } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-logo', template: '<span [innerHTML]="logo"></span>' })
export class LogoComponent {
  constructor(private s: DomSanitizer) {}
@@  logo = this.s.bypassSecurityTrustHtml('<svg width="10" height="10"></svg>');
}
`,
  ),
  vt(
    "CWE-79",
    "batch3: React href from props (javascript: URL)",
    `import React from 'react';
type Props = { website: string; name: string };
export function Profile({ website, name }: Props) {
@@  return <a href={website}>{name}</a>;
}
`,
  ),
  st(
    "CWE-79",
    "batch3: React href to a fixed path with an encoded id",
    `import React from 'react';
export function UserLink({ id, name }: { id: string; name: string }) {
@@  return <a href={\`/users/\${encodeURIComponent(id)}\`}>{name}</a>;
}
`,
  ),
  vt(
    "CWE-79",
    "batch3: React dangerouslySetInnerHTML from props with spread",
    `import React from 'react';
export const Comment = (props: { body: string }) => {
  const html = { __html: props.body };
@@  return <div className="c" dangerouslySetInnerHTML={html} />;
};
`,
  ),
  v(
    "CWE-79",
    "batch3: React createElement with dangerouslySetInnerHTML",
    `const React = require('react');
function Note(props) {
@@  return React.createElement('div', { dangerouslySetInnerHTML: { __html: props.text } });
}
module.exports = Note;
`,
  ),
  vt(
    "CWE-79",
    "batch3: React ref innerHTML in useEffect",
    `import React, { useEffect, useRef } from 'react';
export function Banner({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
@@    if (ref.current) ref.current.innerHTML = message;
  }, [message]);
  return <div ref={ref} />;
}
`,
  ),
  v(
    "CWE-79",
    "batch3: AngularJS $sceProvider disabled",
    `angular.module('app', []).config(['$sceProvider', function ($sceProvider) {
@@  $sceProvider.enabled(false);
}]);
`,
  ),
  // ---------------- Electron ----------------
  v(
    "CWE-693",
    "batch3: Electron BrowserWindow with nodeIntegration and no context isolation",
    `const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({
    width: 800,
    webPreferences: {
@@      nodeIntegration: true,
      contextIsolation: false,
    },
  });
  win.loadURL('https://example.com');
});
`,
  ),
  vt(
    "CWE-693",
    "batch3: Electron webSecurity disabled in TS",
    `import { BrowserWindow } from 'electron';
export function createWindow(): BrowserWindow {
  return new BrowserWindow({
@@    webPreferences: { webSecurity: false, preload: __dirname + '/preload.js' },
  });
}
`,
  ),
  s(
    "CWE-693",
    "batch3: Electron window with safe defaults spelled out",
    `const { BrowserWindow } = require('electron');
const win = new BrowserWindow({
  webPreferences: {
@@    nodeIntegration: false,
    contextIsolation: true,
    sandbox: true,
  },
});
module.exports = win;
`,
  ),
  v(
    "CWE-78",
    "batch3: Electron shell.openExternal of a renderer-supplied URL",
    `const { ipcMain, shell } = require('electron');
ipcMain.on('open-link', (event, url) => {
@@  shell.openExternal(url);
});
`,
  ),
  s(
    "CWE-78",
    "batch3: shell.openExternal after an https-only check",
    `const { ipcMain, shell } = require('electron');
ipcMain.on('open-link', (event, url) => {
  if (new URL(url).protocol !== 'https:') return;
@@  shell.openExternal(url);
});
`,
  ),
  // ---------------- TLS / transport ----------------
  v(
    "CWE-295",
    "batch3: https.request with rejectUnauthorized false",
    `const https = require('https');
function ping(host) {
@@  const req = https.request({ host, port: 443, path: '/health', rejectUnauthorized: false }, (res) => res.resume());
  req.end();
}
module.exports = ping;
`,
  ),
  v(
    "CWE-295",
    "batch3: NODE_TLS_REJECT_UNAUTHORIZED set to 0",
    `require('dotenv').config();
@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const api = require('./api');
api.start();
`,
  ),
  v(
    "CWE-295",
    "batch3: tls.connect with rejectUnauthorized false via a variable",
    `const tls = require('tls');
const opts = { host: 'mq.internal', port: 8883, rejectUnauthorized: false };
@@const sock = tls.connect(opts, () => sock.write('hi'));
`,
  ),
  s(
    "CWE-295",
    "batch3: https agent with a pinned CA",
    `const https = require('https');
const fs = require('fs');
@@const agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true });
module.exports = agent;
`,
  ),
  v(
    "CWE-319",
    "batch3: WebSocket over ws:// to a remote host",
    `@@const socket = new WebSocket('ws://chat.example.com/socket');
socket.onopen = () => socket.send(JSON.stringify({ token: localStorage.getItem('token') }));
`,
  ),
  s(
    "CWE-319",
    "batch3: WebSocket over wss://",
    `@@const socket = new WebSocket('wss://chat.example.com/socket');
socket.onopen = () => socket.send('hello');
`,
  ),
  v(
    "CWE-319",
    "batch3: axios over http to a remote API with credentials",
    `const axios = require('axios');
async function pay(card) {
@@  return axios.post('http://payments.example.com/charge', card, { auth: { username: 'shop', password: process.env.PAY_PW } });
}
module.exports = pay;
`,
  ),
  // ---------------- SSRF ----------------
  v(
    "CWE-918",
    "batch3: got of a URL from the body via a helper below",
    `const got = require('got');
module.exports = async (req, res) => {
  const body = await fetchPreview(req.body.link);
  res.send(body);
};
async function fetchPreview(link) {
@@  const r = await got(link, { timeout: { request: 2000 } });
  return r.body;
}
`,
  ),
  v(
    "CWE-918",
    "batch3: http.get of a URL from a query in a Hapi handler",
    `const http = require('http');
const handler = (request, h) => {
  return new Promise((resolve) => {
@@    http.get(request.query.target, (r) => {
      let d = '';
      r.on('data', (c) => (d += c));
      r.on('end', () => resolve(d));
    });
  });
};
module.exports = { method: 'GET', path: '/proxy', handler };
`,
  ),
  vt(
    "CWE-918",
    "batch3: fetch with a host from a Next.js API query in a template",
    `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const host = req.query.host as string;
@@  const r = await fetch(\`https://\${host}/status\`);
  res.status(200).json(await r.json());
}
`,
  ),
  s(
    "CWE-918",
    "batch3: fetch to a fixed API with an encoded path segment",
    `export default async function handler(req, res) {
  const id = encodeURIComponent(req.query.id);
@@  const r = await fetch(\`https://api.example.com/items/\${id}\`);
  res.status(200).json(await r.json());
}
`,
  ),
  v(
    "CWE-918",
    "batch3: puppeteer page.goto of a query URL",
    `const puppeteer = require('puppeteer');
module.exports = async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.goto(req.query.url);
  res.send(await page.screenshot());
};
`,
  ),
  v(
    "CWE-918",
    "batch3: request library with a URL from the body",
    `const request = require('request');
module.exports = function (req, res) {
@@  request({ url: req.body.callback, method: 'POST', json: { ok: true } }).pipe(res);
};
`,
  ),
  s(
    "CWE-918",
    "batch3: axios to a host chosen from a map",
    `const axios = require('axios');
const HOSTS = { eu: 'https://eu.api.example.com', us: 'https://us.api.example.com' };
module.exports = async (req, res) => {
  const base = HOSTS[req.query.region] || HOSTS.us;
@@  const r = await axios.get(base + '/v1/status');
  res.json(r.data);
};
`,
  ),
  // ---------------- prototype pollution ----------------
  v(
    "CWE-1321",
    "batch3: lodash merge of the request body into a config object",
    `const _ = require('lodash');
const settings = {};
module.exports = (req, res) => {
@@  _.merge(settings, req.body);
  res.json(settings);
};
`,
  ),
  v(
    "CWE-1321",
    "batch3: lodash set with a path from the query",
    `const set = require('lodash/set');
module.exports = (req, res) => {
  const prefs = {};
@@  set(prefs, req.query.path, req.query.value);
  res.json(prefs);
};
`,
  ),
  v(
    "CWE-1321",
    "batch3: nested bracket assignment with two request keys",
    `const store = {};
module.exports = (req, res) => {
  const { section, key, value } = req.body;
  store[section] = store[section] || {};
@@  store[section][key] = value;
  res.end();
};
`,
  ),
  v(
    "CWE-1321",
    "batch3: recursive merge helper with unchecked keys",
    `function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}
module.exports = merge;
`,
  ),
  s(
    "CWE-1321",
    "batch3: merge helper skipping __proto__ and constructor",
    `function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}
module.exports = merge;
`,
  ),
  s(
    "CWE-1321",
    "batch3: bracket assignment into a Map-like null-prototype object",
    `const counts = Object.create(null);
module.exports = (req, res) => {
@@  counts[req.query.word] = (counts[req.query.word] || 0) + 1;
  res.json(counts);
};
`,
  ),
  // ---------------- hard-coded credentials ----------------
  v(
    "CWE-798",
    "batch3: AWS SDK client with literal access keys",
    `const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
@@    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  },
});
module.exports = s3;
`,
  ),
  v(
    "CWE-798",
    "batch3: passport JWT strategy with a literal secretOrKey",
    `const { Strategy, ExtractJwt } = require('passport-jwt');
const passport = require('passport');
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@@  secretOrKey: 'my_jwt_secret_2024',
}, (payload, done) => done(null, payload)));
`,
  ),
  v(
    "CWE-798",
    "batch3: createHmac with a literal key",
    `const crypto = require('crypto');
function signWebhook(body) {
@@  return crypto.createHmac('sha256', 'whsec_4f9a8b7c6d5e').update(body).digest('hex');
}
module.exports = signWebhook;
`,
  ),
  s(
    "CWE-798",
    "batch3: createHmac with a key read from the environment",
    `const crypto = require('crypto');
const KEY = process.env.WEBHOOK_KEY;
function signWebhook(body) {
@@  return crypto.createHmac('sha256', KEY).update(body).digest('hex');
}
module.exports = signWebhook;
`,
  ),
  vt(
    "CWE-798",
    "batch3: TypeORM data source with a literal password",
    `import { DataSource } from 'typeorm';
export const AppDataSource = new DataSource({
  type: 'postgres',
  host: 'db.internal',
  username: 'app',
@@  password: 'Pa55w0rd!2023',
  database: 'app',
});
`,
  ),
  s(
    "CWE-798",
    "batch3: password field in a form schema (not a secret)",
    `export const loginForm = {
  fields: [
    { name: 'username', type: 'text' },
@@    { name: 'password', type: 'password', label: 'Password' },
  ],
};
`,
  ),
  // ---------------- format strings / logging / misc ----------------
  v(
    "CWE-134",
    "batch3: util.format with a user-controlled format string",
    `const util = require('util');
module.exports = (req, res) => {
@@  const line = util.format(req.query.fmt, req.user.name, Date.now());
  res.send(line);
};
`,
  ),
  v(
    "CWE-134",
    "batch3: console.log with a template-built first argument and extra args",
    `function audit(user, action) {
@@  console.log(\`[\${user}] performed %s\`, action);
}
module.exports = audit;
`,
  ),
  s(
    "CWE-134",
    "batch3: console.log with a literal format",
    `function audit(user, action) {
@@  console.log('[%s] performed %s', user, action);
}
module.exports = audit;
`,
  ),
  v(
    "CWE-117",
    "batch3: user agent written to a log unescaped",
    `const logger = require('./logger');
module.exports = (req, res, next) => {
@@  logger.info('login from ' + req.headers['user-agent']);
  next();
};
`,
  ),
  v(
    "CWE-770",
    "batch3: Buffer allocated with a size from the request",
    `module.exports = (req, res) => {
  const n = Number(req.query.size);
@@  const buf = Buffer.alloc(n);
  res.send(buf);
};
`,
  ),
  v(
    "CWE-676",
    "batch3: new Buffer of a request field",
    `module.exports = (req, res) => {
@@  const data = new Buffer(req.body.data);
  res.send(data.toString('base64'));
};
`,
  ),
  v(
    "CWE-400",
    "batch3: express.json with an unbounded limit",
    `const express = require('express');
const app = express();
@@app.use(express.json({ limit: '500mb' }));
`,
  ),
  v(
    "CWE-548",
    "batch3: serve-index exposes a directory listing",
    `const express = require('express');
const serveIndex = require('serve-index');
const app = express();
@@app.use('/files', express.static('uploads'), serveIndex('uploads', { icons: true }));
`,
  ),
  v(
    "CWE-79",
    "batch3: fastify reply with text/html from a query",
    `const fastify = require('fastify')();
fastify.get('/hello', async (request, reply) => {
@@  reply.type('text/html').send('<h1>Hi ' + request.query.name + '</h1>');
});
`,
  ),
  s(
    "CWE-79",
    "batch3: fastify reply with escape-html",
    `const escapeHtml = require('escape-html');
const fastify = require('fastify')();
fastify.get('/hello', async (request, reply) => {
@@  reply.type('text/html').send('<h1>Hi ' + escapeHtml(request.query.name) + '</h1>');
});
`,
  ),
  v(
    "CWE-79",
    "batch3: koa ctx.body html from a param",
    `const Koa = require('koa');
const app = new Koa();
app.use(async (ctx) => {
@@  ctx.body = '<p>Welcome ' + ctx.query.user + '</p>';
});
`,
  ),
  s(
    "CWE-79",
    "batch3: res.json of a query value",
    `module.exports = (req, res) => {
@@  res.json({ echo: req.query.q });
};
`,
  ),
  v(
    "CWE-79",
    "batch3: Lambda returns html with a query parameter",
    `exports.handler = async (event) => {
  const name = event.queryStringParameters?.name ?? 'guest';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@@    body: \`<html><body>Hello \${name}</body></html>\`,
  };
};
`,
  ),
  v(
    "CWE-78",
    "batch3: Lambda event body into exec via JSON.parse",
    `const { exec } = require('child_process');
exports.handler = async (event) => {
  const { file } = JSON.parse(event.body);
  return new Promise((resolve) => {
@@    exec(\`file \${file}\`, (e, out) => resolve({ statusCode: 200, body: out }));
  });
};
`,
  ),
  v(
    "CWE-89",
    "batch3: Lambda path parameter into a mysql query",
    `const mysql = require('mysql');
const conn = mysql.createConnection({ host: process.env.DB_HOST });
exports.handler = (event, context, callback) => {
  const id = event.pathParameters.id;
@@  conn.query('SELECT * FROM orders WHERE id = ' + id, (err, rows) => callback(null, rows));
};
`,
  ),
  s(
    "CWE-89",
    "batch3: mysql query with ? placeholders and escape",
    `const mysql = require('mysql');
const conn = mysql.createConnection({ host: process.env.DB_HOST });
exports.handler = (event, context, callback) => {
@@  conn.query('SELECT * FROM orders WHERE id = ' + mysql.escape(event.pathParameters.id), (err, rows) => callback(null, rows));
};
`,
  ),
  // ---------------- data-flow idioms ----------------
  v(
    "CWE-78",
    "batch3: command built with Object.assign and a spread of the body",
    `const { execSync } = require('child_process');
module.exports = (req, res) => {
  const opts = Object.assign({ dir: '/tmp' }, { ...req.body });
@@  const out = execSync('ls -la ' + opts.dir);
  res.send(out.toString());
};
`,
  ),
  v(
    "CWE-22",
    "batch3: path from an optional-chained query with a default param",
    `const fs = require('fs');
function readLog(name = 'app.log') {
@@  return fs.readFileSync('/var/log/myapp/' + name, 'utf8');
}
module.exports = (req, res) => res.send(readLog(req.query?.file));
`,
  ),
  v(
    "CWE-89",
    "batch3: SQL built with reduce over request filters",
    `const db = require('./db');
module.exports = async (req, res) => {
  const where = Object.entries(req.query).reduce((acc, [k, v]) => acc + \` AND \${k} = '\${v}'\`, '1=1');
@@  res.json(await db.query('SELECT * FROM items WHERE ' + where));
};
`,
  ),
  v(
    "CWE-79",
    "batch3: html built with map/join over request items",
    `module.exports = (req, res) => {
  const items = req.body.items || [];
  const html = '<ul>' + items.map((i) => '<li>' + i + '</li>').join('') + '</ul>';
@@  res.send(html);
};
`,
  ),
  s(
    "CWE-79",
    "batch3: html built with map/join over escaped items",
    `const escape = require('escape-html');
module.exports = (req, res) => {
  const items = req.body.items || [];
  const html = '<ul>' + items.map((i) => '<li>' + escape(i) + '</li>').join('') + '</ul>';
@@  res.send(html);
};
`,
  ),
  v(
    "CWE-78",
    "batch3: exec in a .then callback of a promise of a header",
    `const { exec } = require('child_process');
module.exports = (req, res) => {
  Promise.resolve(req.get('X-Branch'))
    .then((branch) => {
@@      exec('git checkout ' + branch, () => res.end());
    });
};
`,
  ),
  s(
    "CWE-78",
    "batch3: exec of a constant chosen by a switch on the query",
    `const { exec } = require('child_process');
module.exports = (req, res) => {
  let cmd;
  switch (req.query.op) {
    case 'disk': cmd = 'df -h'; break;
    case 'mem': cmd = 'free -m'; break;
    default: cmd = 'uptime';
  }
@@  exec(cmd, (e, out) => res.send(out));
};
`,
  ),
  v(
    "CWE-22",
    "batch3: path through a class field set in the constructor",
    `const fs = require('fs');
class Exporter {
  constructor(req) { this.target = req.query.out; }
  save(data) {
@@    fs.writeFileSync(this.target, data);
  }
}
module.exports = Exporter;
`,
  ),
  s(
    "CWE-918",
    "batch3: URL checked against an allow-listed host before fetch",
    `const ALLOWED_HOSTS = ['api.github.com', 'api.gitlab.com'];
module.exports = async (req, res) => {
  const u = new URL(req.query.url);
  if (!ALLOWED_HOSTS.includes(u.hostname)) return res.status(400).end();
@@  const r = await fetch(u.toString());
  res.json(await r.json());
};
`,
  ),
];
