// Dev suite "js-ts", batch 5: written after batch 4's fixes, measured before the fixes that followed it. Shaped
// like a rule set's own tests: one small file per API family with several labelled lines each, `@@` on a line
// that must be reported with the file's CWE and `@ok` on a look-alike line that must not be. Each labelled line
// becomes one case over the same file.
import type { Language } from "../../../src/analyzer/types.js";
import type { DevCase } from "./cases.js";

/** The cases of one batch file: one per `@@` / `@ok` line, named `<batch>: <note> (line N, reported|clean)`. */
export function fileCases(
  batch: string,
  cwe: string,
  note: string,
  src: string,
  language: Language,
): DevCase[] {
  const lines = src.replace(/^\n/, "").split("\n");
  const marks: { at: number; vulnerable: boolean }[] = [];
  lines.forEach((l, i) => {
    const m = /^(\s*)(@@|@ok)/.exec(l);
    if (!m) return;
    marks.push({ at: i, vulnerable: m[2] === "@@" });
    lines[i] = m[1] + l.slice(m[0].length);
  });
  if (!marks.length) throw new Error(`js-ts case "${note}": no @@ or @ok line`);
  const code = lines.join("\n");
  return marks.map(({ at, vulnerable }) => ({
    cwe,
    language,
    vulnerable,
    note: `${batch}: ${note} (line ${at + 1}, ${vulnerable ? "reported" : "clean"})`,
    code,
    line: at + 1,
  }));
}
const js = (cwe: string, note: string, src: string) => fileCases("batch5", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch5", cwe, note, src, "typescript");

export const BATCH5: DevCase[] = [
  ...js(
    "CWE-79",
    "express res.send/end/status().send with request data",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/hello', (req, res) => {
@@  res.send('<p>Hello ' + req.query.name + '</p>');
});

app.get('/hello-safe', (req, res) => {
@ok  res.send('<p>Hello ' + escapeHtml(req.query.name) + '</p>');
});

app.get('/raw', function (req, res) {
  res.set('Content-Type', 'text/html');
@@  res.end(\`<div>\${req.query.msg}</div>\`);
});

app.get('/count', (req, res) => {
@ok  res.send('<p>' + parseInt(req.query.n, 10) + ' items</p>');
});

app.post('/preview', (req, res) => {
  const { title } = req.body;
@@  res.status(200).send(\`<h1>\${title}</h1>\`);
});

app.get('/api/echo', (req, res) => {
@ok  res.json({ q: req.query.q });
});
`,
  ),
  ...js(
    "CWE-79",
    "hapi and koa html responses",
    `const Hapi = require('@hapi/hapi');
const Koa = require('koa');
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/welcome',
  handler: (request, h) => {
@@    return h.response('<h1>Welcome ' + request.query.user + '</h1>');
  },
});
server.route({
  method: 'GET',
  path: '/status',
  handler: (request, h) => {
@ok    return h.response({ user: request.query.user, ok: true });
  },
});
const app = new Koa();
app.use(async (ctx) => {
  ctx.type = 'html';
@@  ctx.body = '<p>' + ctx.request.query.q + '</p>';
});
`,
  ),
  ...js(
    "CWE-22",
    "res.render / sendFile / download with user-chosen paths",
    `const path = require('path');
const express = require('express');
const app = express();

app.get('/page/:name', (req, res) => {
@@  res.render(req.params.name, { user: req.user });
});

app.get('/home', (req, res) => {
@ok  res.render('index', { title: req.query.title });
});

app.get('/file', (req, res) => {
@@  res.sendFile(path.join(__dirname, 'uploads', req.query.name));
});

app.get('/file-safe', (req, res) => {
@ok  res.sendFile(path.basename(req.query.name), { root: path.join(__dirname, 'uploads') });
});

app.get('/dl/:f', (req, res) => {
@@  res.download('/srv/reports/' + req.params.f);
});
`,
  ),
  ...js(
    "CWE-22",
    "koa-send and fs reads from request data",
    `const send = require('koa-send');
const fs = require('fs');
const Router = require('@koa/router');
const router = new Router();

router.get('/assets/:file', async (ctx) => {
@ok  await send(ctx, ctx.params.file, { root: __dirname + '/public' });
});

router.get('/logs', async (ctx) => {
@@  ctx.body = fs.readFileSync('/var/log/app/' + ctx.query.name, 'utf8');
});

router.get('/logs/today', async (ctx) => {
@ok  ctx.body = fs.readFileSync('/var/log/app/today.log', 'utf8');
});
`,
  ),
  ...js(
    "CWE-22",
    "archive entries written under their own names (zip slip)",
    `const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');
const tarStream = require('tar-stream');

function unzip(zipPath, outDir) {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    zipfile.on('entry', (entry) => {
      zipfile.openReadStream(entry, (e, stream) => {
@@        stream.pipe(fs.createWriteStream(path.join(outDir, entry.fileName)));
      });
    });
  });
}

function untar(input, outDir) {
  const extract = tarStream.extract();
  extract.on('entry', (header, stream, next) => {
    const dest = path.resolve(outDir, header.name);
    if (!dest.startsWith(path.resolve(outDir) + path.sep)) return next();
@ok    stream.pipe(fs.createWriteStream(dest)).on('finish', next);
  });
  input.pipe(extract);
}
`,
  ),
  ...js(
    "CWE-942",
    "cors origin reflection with credentials",
    `const express = require('express');
const cors = require('cors');
const app = express();

@@app.use('/api', cors({ origin: true, credentials: true }));
@okapp.use('/public', cors());
@okapp.use('/partner', cors({ origin: ['https://app.example.com'], credentials: true }));
@@app.use('/v2', cors({ origin: (origin, cb) => cb(null, origin), credentials: true }));
`,
  ),
  ...ts(
    "CWE-942",
    "NestJS enableCors reflecting every origin",
    `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
@@  app.enableCors({ origin: true, credentials: true });
  await app.listen(3000);
}

async function bootstrapAdmin() {
  const admin = await NestFactory.create(AppModule);
@ok  admin.enableCors({ origin: 'https://admin.example.com', credentials: true });
  await admin.listen(3001);
}
bootstrap();
bootstrapAdmin();
`,
  ),
  ...js(
    "CWE-614",
    "cookies without the secure flag",
    `const express = require('express');
const cookieSession = require('cookie-session');
const app = express();

@@app.use(cookieSession({ name: 'sess', keys: [process.env.COOKIE_KEY], secure: false }));

app.post('/login', (req, res) => {
  const token = req.app.locals.issue(req.body.user);
@@  res.cookie('sid', token, { secure: false, httpOnly: true });
@ok  res.cookie('sid2', token, { secure: true, httpOnly: true, sameSite: 'strict' });
  res.end();
});
`,
  ),
  ...js(
    "CWE-1004",
    "cookies readable from script",
    `const express = require('express');
const session = require('express-session');
const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false, secure: true } }));

app.post('/login', (req, res) => {
@@  res.cookie('auth', req.app.locals.sign(req.body.user), { httpOnly: false, secure: true });
@ok  res.cookie('theme', 'dark', { httpOnly: false });
@ok  res.cookie('auth2', req.app.locals.sign(req.body.user), { httpOnly: true, secure: true });
  res.end();
});
`,
  ),
  ...js(
    "CWE-798",
    "session and cookie signing secrets in source",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const cookieParser = require('cookie-parser');
const app = express();

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@@app.use(cookieSession({ name: 'sess', keys: ['s3cr3t-key-1', 's3cr3t-key-2'] }));
@okapp.use(cookieSession({ name: 'sess2', keys: [process.env.COOKIE_KEY] }));
@@app.use(cookieParser('my-cookie-signing-secret'));
@okapp.use(cookieParser(process.env.COOKIE_SECRET));
`,
  ),
  ...js(
    "CWE-693",
    "helmet protections switched off",
    `const express = require('express');
const helmet = require('helmet');
const app = express();
const admin = express();
const api = express();

@@app.use(helmet({ contentSecurityPolicy: false }));
@@admin.use(helmet({ frameguard: false }));
@okapi.use(helmet());
`,
  ),
  ...js(
    "CWE-1021",
    "X-Frame-Options from the query string",
    `const express = require('express');
const app = express();

app.get('/embed', (req, res) => {
@@  res.set('X-Frame-Options', req.query.frame);
  res.render('embed');
});

app.get('/widget', (req, res) => {
@ok  res.set('X-Frame-Options', 'DENY');
  res.render('widget');
});

app.get('/card', (req, res) => {
@@  res.setHeader('X-Frame-Options', 'ALLOW-FROM ' + req.query.parent);
  res.render('card');
});
`,
  ),
  ...ts(
    "CWE-347",
    "jsonwebtoken verify/decode misuse",
    `import jwt from 'jsonwebtoken';
import { Request, Response, NextFunction } from 'express';

const publicKey = process.env.JWT_PUBLIC_KEY as string;

export function checkLoose(token: string) {
@@  return jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] });
}

export function checkStrict(token: string) {
@ok  return jwt.verify(token, publicKey, { algorithms: ['RS256'] });
}

export function admin(req: Request, res: Response, next: NextFunction) {
@@  const claims = jwt.decode(req.headers.authorization!.slice(7)) as { admin?: boolean };
  if (claims && claims.admin) return next();
  res.status(403).end();
}

export function unsigned(payload: object) {
@@  return jwt.sign(payload, '', { algorithm: 'none' });
}
`,
  ),
  ...js(
    "CWE-347",
    "jwt-simple decode with verification skipped",
    `const jwt = require('jwt-simple');
const secret = process.env.JWT_SECRET;

module.exports = (req, res, next) => {
  const token = req.get('x-auth');
@@  req.user = jwt.decode(token, secret, true);
  next();
};

module.exports.strict = (req, res, next) => {
@ok  req.user = jwt.decode(req.get('x-auth'), secret);
  next();
};
`,
  ),
  ...js(
    "CWE-798",
    "JWT signing keys in source",
    `const jwt = require('jsonwebtoken');
const { expressjwt } = require('express-jwt');
const { SignJWT } = require('jose');

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'my$ecretK3y!2024', { expiresIn: '1h' });
}

function issueFromEnv(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

@@const guard = expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] });

async function issueJose(user) {
@@  return new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('hardcoded-jose-secret'));
}
module.exports = { issue, issueFromEnv, guard, issueJose };
`,
  ),
  ...js(
    "CWE-327",
    "ciphers: deprecated createCipher, ECB, DES",
    `const crypto = require('crypto');

function seal(text, password) {
@@  const c = crypto.createCipher('aes192', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealBlock(key, block) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([c.update(block), c.final()]);
}

function sealGcm(key, text) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final(), c.getAuthTag()]);
}

function legacy(key, iv, data) {
@@  const d = crypto.createDecipheriv('bf-cbc', key, iv);
  return Buffer.concat([d.update(data), d.final()]);
}
`,
  ),
  ...ts(
    "CWE-329",
    "static IVs",
    `import { createCipheriv, randomBytes } from 'crypto';

const IV = Buffer.from('0123456789abcdef');

export function encrypt(key: Buffer, text: string): string {
@@  const cipher = createCipheriv('aes-256-cbc', key, IV);
  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');
}

export function encrypt2(key: Buffer, text: string): string {
  const iv = randomBytes(16);
@ok  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + ':' + cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}
`,
  ),
  ...js(
    "CWE-916",
    "fast hashes for passwords",
    `const crypto = require('crypto');
const bcrypt = require('bcrypt');

async function register(db, username, password) {
@@  const hash = crypto.createHash('sha1').update(password).digest('hex');
  await db.users.insert({ username, hash });
}

async function registerMd5(db, username, password) {
@@  const passwordHash = crypto.createHash('md5').update(password + username).digest('hex');
  await db.users.insert({ username, passwordHash });
}

async function registerBcrypt(db, username, password) {
@ok  const hash = await bcrypt.hash(password, 12);
  await db.users.insert({ username, hash });
}

function etag(body) {
@ok  return crypto.createHash('sha1').update(body).digest('base64');
}
`,
  ),
  ...js(
    "CWE-338",
    "weak randomness for secrets",
    `const crypto = require('crypto');

function resetToken() {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function apiKey() {
@@  return crypto.pseudoRandomBytes(24).toString('hex');
}

function sessionId() {
@ok  return crypto.randomBytes(24).toString('hex');
}

function jitter(ms) {
@ok  return ms + Math.floor(Math.random() * 100);
}
`,
  ),
  ...js(
    "CWE-326",
    "short RSA and DSA keys",
    `const crypto = require('crypto');
const { promisify } = require('util');

@@const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 512 });
@okconst strong = crypto.generateKeyPairSync('rsa', { modulusLength: 4096 });

async function dsa() {
@@  return promisify(crypto.generateKeyPair)('dsa', { modulusLength: 1024 });
}
module.exports = { publicKey, privateKey, strong, dsa };
`,
  ),
  ...js(
    "CWE-78",
    "child_process with request data",
    `const { exec, execSync, execFile, spawn } = require('child_process');
const express = require('express');
const app = express();

app.get('/log', (req, res) => {
@@  const out = execSync('git log --oneline ' + req.query.branch);
  res.send(out);
});

app.get('/run', (req, res) => {
@@  execFile(req.query.cmd, ['--version'], (e, out) => res.send(out));
});

app.get('/ls', (req, res) => {
@ok  exec('ls -la', { cwd: '/srv/data' }, (e, out) => res.send(out));
});

app.get('/zip', (req, res) => {
@@  const p = spawn(\`zip -r out.zip \${req.query.dir}\`, { shell: true });
  p.on('close', () => res.end());
});

app.get('/zip2', (req, res) => {
@ok  const p = spawn('zip', ['-r', 'out.zip', '--', req.query.dir]);
  p.on('close', () => res.end());
});
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS controller body into exec",
    `import { Body, Controller, Post, Query, Get } from '@nestjs/common';
import { exec, execFile } from 'child_process';

@Controller('tools')
export class ToolsController {
  @Post('ping')
  ping(@Body() dto: { host: string }) {
@@    exec(\`ping -c 1 \${dto.host}\`);
    return { ok: true };
  }

  @Get('lookup')
  lookup(@Query('name') name: string) {
@@    exec('nslookup ' + name);
    return { ok: true };
  }

  @Get('lookup2')
  lookup2(@Query('name') name: string) {
@ok    execFile('nslookup', [name]);
    return { ok: true };
  }
}
`,
  ),
  ...js(
    "CWE-94",
    "code evaluation sinks",
    `const vm = require('vm');
const express = require('express');
const app = express();

app.get('/poll', (req, res) => {
@@  setInterval('refresh(' + req.query.id + ')', 1000);
  res.end();
});

app.post('/script', (req, res) => {
@@  const result = vm.runInThisContext(req.body.code);
  res.json({ result });
});

app.post('/fn', (req, res) => {
@@  const fn = vm.compileFunction(req.body.src, ['input']);
  res.json({ out: fn(1) });
});

app.get('/sum', (req, res) => {
@ok  const out = vm.runInNewContext('a + b', { a: 1, b: Number(req.query.b) });
  res.json({ out });
});

app.get('/plugin', async (req, res) => {
@@  const mod = await import(req.query.module);
  res.json(Object.keys(mod));
});

app.get('/locale', (req, res) => {
@ok  const mod = require('./locales/en.json');
  res.json(mod);
});
`,
  ),
  ...js(
    "CWE-1333",
    "regular expressions from input and catastrophic patterns",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();

app.get('/search', (req, res) => {
@@  const re = RegExp(req.query.q, 'i');
  res.json(req.app.locals.items.filter((i) => re.test(i.name)));
});

app.get('/search2', (req, res) => {
@ok  const re = new RegExp(escapeStringRegexp(req.query.q), 'i');
  res.json(req.app.locals.items.filter((i) => re.test(i.name)));
});

@@const VERSION = /^(\\d+|\\d+\\.\\d+)*$/;
@@const WORDS = /^([a-zA-Z0-9]+\\s?)*$/;
@okconst SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
@okconst DECIMAL = /^(\\d+\\.)?\\d+$/;
module.exports = { VERSION, WORDS, SLUG, DECIMAL };
`,
  ),
  ...js(
    "CWE-89",
    "query builders with raw fragments",
    `const { getRepository } = require('typeorm');
const { sql } = require('drizzle-orm');
const { db } = require('./db');

async function byName(req, res) {
  const users = await getRepository('User')
    .createQueryBuilder('user')
@@    .where(\`user.name = '\${req.query.name}'\`)
    .getMany();
  res.json(users);
}

async function byNameSafe(req, res) {
  const users = await getRepository('User')
    .createQueryBuilder('user')
@ok    .where('user.name = :name', { name: req.query.name })
    .getMany();
  res.json(users);
}

async function sorted(req, res) {
@@  const rows = await db.execute(sql.raw('SELECT * FROM posts ORDER BY ' + req.query.sort));
  res.json(rows);
}

async function byId(req, res) {
@ok  const rows = await db.execute(sql\`SELECT * FROM posts WHERE id = \${req.query.id}\`);
  res.json(rows);
}
module.exports = { byName, byNameSafe, sorted, byId };
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS query parameter into raw SQL",
    `import { Controller, Get, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('orders')
export class OrdersController {
  constructor(private readonly ds: DataSource) {}

  @Get(':id')
  async find(@Param('id') id: string) {
@@    return this.ds.query('SELECT * FROM orders WHERE id = ' + id);
  }

  @Get('by/:id')
  async findSafe(@Param('id') id: string) {
@ok    return this.ds.query('SELECT * FROM orders WHERE id = $1', [id]);
  }
}
`,
  ),
  ...js(
    "CWE-943",
    "mongo operator injection from the body",
    `const express = require('express');
const { MongoClient } = require('mongodb');
const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);

app.post('/login', async (req, res) => {
  const users = client.db('app').collection('users');
@@  const user = await users.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login2', async (req, res) => {
  const users = client.db('app').collection('users');
@ok  const user = await users.findOne({ username: String(req.body.username), password: String(req.body.password) });
  res.json({ ok: !!user });
});

app.get('/find', async (req, res) => {
  const users = client.db('app').collection('users');
@@  const list = await users.find({ $where: \`this.age > \${req.query.age}\` }).toArray();
  res.json(list);
});
`,
  ),
  ...js(
    "CWE-943",
    "DynamoDB request object from the event",
    `const AWS = require('aws-sdk');
const docClient = new AWS.DynamoDB.DocumentClient();

exports.handler = async (event) => {
  const params = JSON.parse(event.body);
@@  const data = await docClient.scan(params).promise();
  return { statusCode: 200, body: JSON.stringify(data.Items) };
};

exports.byId = async (event) => {
@ok  const data = await docClient.get({ TableName: 'items', Key: { id: String(event.pathParameters.id) } }).promise();
  return { statusCode: 200, body: JSON.stringify(data.Item) };
};
`,
  ),
  ...js(
    "CWE-611",
    "libxmljs2 entity expansion",
    `const libxmljs = require('libxmljs2');
const { DOMParser } = require('@xmldom/xmldom');

module.exports.upload = (req, res) => {
@@  const doc = libxmljs.parseXmlString(req.body, { noent: true, dtdload: true });
  res.json({ root: doc.root().name() });
};

module.exports.uploadSafe = (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ root: doc.documentElement.nodeName });
};
`,
  ),
  ...js(
    "CWE-502",
    "deserializers that run code",
    `const cryo = require('cryo');
const { BSON } = require('bson');

module.exports.restore = (req, res) => {
@@  const state = cryo.parse(req.body.state);
  res.json(state);
};

module.exports.restoreBson = (req, res) => {
@@  const doc = BSON.deserialize(req.body, { evalFunctions: true });
  res.json(doc);
};

module.exports.restoreJson = (req, res) => {
@ok  const state = JSON.parse(req.body.state);
  res.json(state);
};
`,
  ),
  ...js(
    "CWE-79",
    "templates compiled with unescaped output",
    `const Handlebars = require('handlebars');
const ejs = require('ejs');
const pug = require('pug');
const _ = require('lodash');

module.exports.profile = (req, res) => {
@@  res.send(Handlebars.compile('<div class="bio">{{{bio}}}</div>')({ bio: req.body.bio }));
};

module.exports.profileSafe = (req, res) => {
@ok  res.send(Handlebars.compile('<div class="bio">{{bio}}</div>')({ bio: req.body.bio }));
};

module.exports.card = (req, res) => {
@@  res.send(ejs.render('<p><%- name %></p>', { name: req.query.name }));
};

module.exports.cardSafe = (req, res) => {
@ok  res.send(ejs.render('<p><%= name %></p>', { name: req.query.name }));
};

module.exports.note = (req, res) => {
@@  res.send(pug.render('p!= msg', { msg: req.query.msg }));
};

module.exports.badge = (req, res) => {
@@  res.send(_.template('<b><%= label %></b>')({ label: req.query.label }));
};
`,
  ),
  ...js(
    "CWE-116",
    "escaping turned off or done partially",
    `const Mustache = require('mustache');

@@Mustache.escape = function (text) { return text; };

function clean(s) {
@@  return s.replace('<', '&lt;').replace('>', '&gt;');
}

function cleanAll(s) {
@ok  return s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
module.exports = { clean, cleanAll };
`,
  ),
  ...js(
    "CWE-79",
    "serialize-javascript with unsafe into a script tag",
    `const serialize = require('serialize-javascript');

module.exports.page = (req, res) => {
  const state = { query: req.query.q };
@@  res.send('<script>window.__STATE__ = ' + serialize(state, { unsafe: true }) + '</script>');
};

module.exports.pageSafe = (req, res) => {
  const state = { query: req.query.q };
@ok  res.send('<script>window.__STATE__ = ' + serialize(state) + '</script>');
};
`,
  ),
  ...js(
    "CWE-79",
    "DOM sinks fed from the URL",
    `const params = new URLSearchParams(window.location.search);

@@document.getElementById('greeting').innerHTML = decodeURIComponent(location.hash.slice(1));
@okdocument.getElementById('greeting').textContent = decodeURIComponent(location.hash.slice(1));
@@document.querySelector('#banner').outerHTML = '<div>' + params.get('msg') + '</div>';
@@document.write('<img src="/t.gif?ref=' + document.referrer + '">');
@okdocument.write('<p>Loaded at ' + new Date().toISOString() + '</p>');
@@document.body.insertAdjacentHTML('beforeend', params.get('note'));
`,
  ),
  ...js(
    "CWE-601",
    "client-side redirects from URL and message data",
    `const params = new URLSearchParams(window.location.search);

function afterLogin() {
@@  window.location = params.get('next');
}

function afterLoginSafe() {
  const next = params.get('next') || '/';
@@  window.location = next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

window.addEventListener('message', (event) => {
@@  location.href = event.data.url;
});
`,
  ),
  ...js(
    "CWE-601",
    "server-side redirects",
    `const express = require('express');
const app = express();

app.post('/login', (req, res) => {
@@  res.redirect(302, req.body.returnTo);
});

app.get('/go', (req, res) => {
@@  res.location(req.query.to).sendStatus(302);
});

app.get('/msg', (req, res) => {
@ok  res.redirect('/home?msg=' + encodeURIComponent(req.query.msg));
});

exports.handler = async (event) => ({
  statusCode: 302,
@@  headers: { Location: event.queryStringParameters.next },
});
`,
  ),
  ...ts(
    "CWE-601",
    "NestJS @Redirect with a query value",
    `import { Controller, Get, Query, Redirect } from '@nestjs/common';

@Controller()
export class LinksController {
  @Get('out')
  @Redirect()
  out(@Query('url') url: string) {
@@    return { url };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version: string) {
@ok    if (version === '5') return { url: 'https://docs.example.com/v5/' };
  }
}
`,
  ),
  ...js(
    "CWE-345",
    "message listeners without origin checks",
    `@@window.addEventListener('message', function (e) {
  document.getElementById('out').innerHTML = e.data.html;
});

@okwindow.addEventListener('message', (e) => {
  if (e.origin !== 'https://widgets.example.com') return;
  document.getElementById('out2').textContent = e.data.text;
});

@@window.onmessage = (e) => { localStorage.setItem('token', e.data.token); };
`,
  ),
  ...ts(
    "CWE-79",
    "Angular bypassSecurityTrust of route data",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeUrl, SafeScript } from '@angular/platform-browser';

@Component({ selector: 'app-link', template: '<a [href]="link">open</a>' })
export class LinkComponent {
  link: SafeUrl;
  script: SafeScript;
  logo: SafeUrl;
  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
@@    this.link = sanitizer.bypassSecurityTrustUrl(route.snapshot.queryParams['u']);
@@    this.script = sanitizer.bypassSecurityTrustScript(route.snapshot.paramMap.get('s') as string);
@ok    this.logo = sanitizer.bypassSecurityTrustUrl('/assets/logo.svg');
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "AngularJS $sce and angular.element",
    `angular.module('app', []).controller('MsgCtrl', function ($scope, $sce, $location, $routeParams) {
@@  $scope.msg = $sce.trustAsHtml($location.search().msg);
@ok  $scope.footer = $sce.trustAsHtml('<b>&copy; Example</b>');
@@  angular.element(document.getElementById('title')).html($routeParams.title);
@ok  angular.element(document.getElementById('title2')).text($routeParams.title);
});
`,
  ),
  ...ts(
    "CWE-79",
    "React raw HTML props",
    `import React from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import DOMPurify from 'dompurify';

export function Preview({ html }: { html: string }) {
@@  return <iframe srcDoc={html} title="preview" />;
}

export function Comment({ body }: { body: string }) {
@@  return <ReactMarkdown rehypePlugins={[rehypeRaw]}>{body}</ReactMarkdown>;
}

export function CommentSafe({ body }: { body: string }) {
@ok  return <ReactMarkdown>{body}</ReactMarkdown>;
}

export function Bio({ bio }: { bio: string }) {
@ok  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />;
}

export function Sig({ sig }: { sig: string }) {
@@  return <div dangerouslySetInnerHTML={{ __html: sig }} />;
}
`,
  ),
  ...js(
    "CWE-693",
    "Electron web preferences weakening isolation",
    `const { BrowserWindow } = require('electron');

function open(url) {
  const win = new BrowserWindow({
    webPreferences: {
@@      contextIsolation: false,
      preload: __dirname + '/preload.js',
    },
  });
  win.loadURL(url);
}

function openLegacy(url) {
  const win = new BrowserWindow({
@@    webPreferences: { allowRunningInsecureContent: true },
  });
  win.loadURL(url);
}

function openSafe() {
  const win = new BrowserWindow({
@ok    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  win.loadFile('index.html');
}
module.exports = { open, openLegacy, openSafe };
`,
  ),
  ...js(
    "CWE-918",
    "server-side requests to user URLs",
    `const axios = require('axios');
const http = require('http');
const fetch = require('node-fetch');
const { chromium } = require('playwright');

module.exports.hook = async (req, res) => {
@@  await axios.post(req.body.webhook, { event: 'ping' });
  res.end();
};

module.exports.status = (req, res) => {
@@  http.get({ host: req.query.host, path: '/health' }, (r) => r.pipe(res));
};

module.exports.user = async (req, res) => {
@ok  const r = await fetch('https://api.example.com/users/' + encodeURIComponent(req.query.id));
  res.json(await r.json());
};

module.exports.proxy = async (req, res) => {
@@  const r = await fetch(\`http://\${req.query.host}/status\`);
  res.json(await r.json());
};

module.exports.shot = async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
@@  await page.goto(req.query.url);
  res.type('png').send(await page.screenshot());
};
`,
  ),
  ...js(
    "CWE-295",
    "TLS verification disabled",
    `const https = require('https');
const axios = require('axios');
const { Sequelize } = require('sequelize');
const { Pool } = require('pg');

@@const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
@okconst strict = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: true }) });

const sequelize = new Sequelize(process.env.DB_URL, {
@@  dialectOptions: { ssl: { require: true, rejectUnauthorized: false } },
});

@@process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
@ok  ssl: { ca: process.env.DB_CA },
});
module.exports = { client, strict, sequelize, pool };
`,
  ),
  ...js(
    "CWE-319",
    "gRPC without transport security",
    `const grpc = require('@grpc/grpc-js');
const { UserService } = require('./proto');

@@const client = new UserService('users.internal.example.com:50051', grpc.credentials.createInsecure());
@okconst secure = new UserService('users.example.com:443', grpc.credentials.createSsl());

const server = new grpc.Server();
@@server.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => server.start());
module.exports = { client, secure };
`,
  ),
  ...js(
    "CWE-1321",
    "prototype pollution through deep writes",
    `const _ = require('lodash');
const $ = require('jquery');
const dotProp = require('dot-prop');

module.exports.zip = (req, res) => {
@@  const obj = _.zipObjectDeep(req.body.keys, req.body.values);
  res.json(obj);
};

module.exports.defaults = (req, res) => {
@@  const opts = _.defaultsDeep({}, req.body, { page: 1 });
  res.json(opts);
};

module.exports.extend = (req, res) => {
@@  const conf = $.extend(true, {}, JSON.parse(req.body.conf));
  res.json(conf);
};

module.exports.prop = (req, res) => {
  const settings = {};
@@  dotProp.set(settings, req.query.path, req.query.value);
  res.json(settings);
};

module.exports.shallow = (req, res) => {
@ok  const opts = Object.assign({}, { page: 1 }, { q: String(req.query.q) });
  res.json(opts);
};

function setDeep(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur[keys[i]] = cur[keys[i]] || {};
    cur = cur[keys[i]];
  }
@@  cur[keys[keys.length - 1]] = value;
}
module.exports.setDeep = setDeep;
`,
  ),
  ...js(
    "CWE-798",
    "service tokens in source",
    `const { Octokit } = require('@octokit/rest');
const { WebClient } = require('@slack/web-api');
const sgMail = require('@sendgrid/mail');

@@const octokit = new Octokit({ auth: 'ghp_4fJ8kQ2mZx9LpR7tW1vB3nC6yH0sD5eA2gKq' });
@okconst octokitEnv = new Octokit({ auth: process.env.GITHUB_TOKEN });
@@const slack = new WebClient('xoxb-2841937561-4829173650281-Qm7vKx2LpR9tW1zB3nC6yH0s');
@@sgMail.setApiKey('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');
@@const MAPS_KEY = 'AIzaSyD4kQ2mZx9LpR7tW1vB3nC6yH0sD5eA2gK';
module.exports = { octokit, octokitEnv, slack, MAPS_KEY };
`,
  ),
  ...js(
    "CWE-770",
    "buffers sized by the request",
    `const express = require('express');
const app = express();

app.get('/pad', (req, res) => {
@@  const buf = Buffer.alloc(Number(req.query.size));
  res.send(buf);
});

app.get('/pad2', (req, res) => {
@ok  const buf = Buffer.alloc(Math.min(parseInt(req.query.size, 10) || 0, 65536));
  res.send(buf);
});

app.post('/raw', (req, res) => {
@@  const buf = Buffer.allocUnsafe(req.body.length);
  res.send(buf.fill(0));
});
`,
  ),
  ...js(
    "CWE-117",
    "request data written to logs",
    `const express = require('express');
const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();

app.post('/login', (req, res) => {
@@  console.log('Login failed for ' + req.body.username);
@ok  console.log('Login failed for ' + String(req.body.username).replace(/[\\r\\n]/g, ''));
  res.status(401).end();
});

app.get('/search', (req, res) => {
@@  logger.info(\`search by \${req.query.user}: \${req.query.q}\`);
@ok  logger.info('search', { user: req.query.user, q: req.query.q });
  res.end();
});
`,
  ),
];
