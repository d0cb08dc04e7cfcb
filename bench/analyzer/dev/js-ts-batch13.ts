// Dev suite "js-ts", batch 13: written after batch 11's fixes, measured before any fix that followed it. Same shape
// as batches 5-11, server configuration and less common sinks: session and cookie flags, CORS in koa/fastify/hapi,
// body limits, directory listings, LDAP/XPath filters, templates and template options from the request, YAML and
// v8 deserialisation, upload file names, TLS protocol and cipher settings, error details and secrets in logs,
// query builders' raw fragments, regex operators in Mongo filters and SSRF through option objects.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch13", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch13", cwe, note, src, "typescript");

export const BATCH13: DevCase[] = [
  ...js(
    "CWE-614",
    "session cookies sent over plain HTTP",
    `const session = require('express-session');
const cookieSession = require('cookie-session');
const express = require('express');
const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@@  cookie: { httpOnly: true, secure: false, maxAge: 3600000 },
}));

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@ok  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));

@@app.use(cookieSession({ name: 'sess', keys: [process.env.K1], secure: false }));
module.exports = app;
`,
  ),
  ...js(
    "CWE-1004",
    "cookies readable from scripts",
    `module.exports.login = (req, res) => {
@@  res.cookie('sid', req.session.id, { httpOnly: false, secure: true });
@ok  res.cookie('theme', 'dark', { httpOnly: false, secure: true });
@ok  res.cookie('sid2', req.session.id, { httpOnly: true, secure: true });
  res.end();
};
`,
  ),
  ...js(
    "CWE-942",
    "CORS in koa, fastify and hapi",
    `const Koa = require('koa');
const cors = require('@koa/cors');
const fastify = require('fastify')();
const Hapi = require('@hapi/hapi');

const app = new Koa();
@@app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
@ok app.use(cors({ origin: 'https://app.example.com', credentials: true }));

@@fastify.register(require('@fastify/cors'), { origin: true, credentials: true });

const server = Hapi.server({
  port: 3000,
@@  routes: { cors: { origin: ['*'], credentials: true } },
});
module.exports = { app, fastify, server };
`,
  ),
  ...js(
    "CWE-770",
    "request bodies without a sensible limit",
    `const express = require('express');
const bodyParser = require('body-parser');
const app = express();

@@app.use(express.json({ limit: '500mb' }));
@ok app.use(express.urlencoded({ extended: false, limit: '100kb' }));
@@app.use(bodyParser.raw({ type: '*/*', limit: Infinity }));
module.exports = app;
`,
  ),
  ...js(
    "CWE-548",
    "directory listings",
    `const express = require('express');
const serveIndex = require('serve-index');
const app = express();

@@app.use('/uploads', express.static('uploads'), serveIndex('uploads', { icons: true }));
@ok app.use('/assets', express.static('public', { index: false, dotfiles: 'ignore' }));
module.exports = app;
`,
  ),
  ...js(
    "CWE-1021",
    "framing allowed",
    `const express = require('express');
const helmet = require('helmet');
const app = express();

@@app.use(helmet({ frameguard: false }));
@ok app.use(helmet.frameguard({ action: 'deny' }));

app.use((req, res, next) => {
@@  res.removeHeader('X-Frame-Options');
  next();
});
module.exports = app;
`,
  ),
  ...js(
    "CWE-90",
    "LDAP filters from the request",
    `const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });

module.exports.lookup = (req, res) => {
@@  client.search('ou=people,dc=example,dc=com', { filter: \`(uid=\${req.body.username})\`, scope: 'sub' }, (e, r) => r.on('end', () => res.end()));
};

module.exports.lookup2 = (req, res) => {
  const f = new ldap.EqualityFilter({ attribute: 'uid', value: req.body.username });
@ok  client.search('ou=people,dc=example,dc=com', { filter: f, scope: 'sub' }, (e, r) => r.on('end', () => res.end()));
};
`,
  ),
  ...js(
    "CWE-643",
    "XPath expressions from the request",
    `const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const doc = new DOMParser().parseFromString(require('fs').readFileSync('users.xml', 'utf8'));

module.exports.find = (req, res) => {
@@  const nodes = xpath.select(\`//user[name/text()='\${req.query.name}']/email/text()\`, doc);
  res.json(nodes.map(String));
};

module.exports.find2 = (req, res) => {
@ok  const nodes = xpath.select('//user/email/text()', doc);
  res.json(nodes.map(String));
};
`,
  ),
  ...js(
    "CWE-1336",
    "templates and template options from the request",
    `const pug = require('pug');
const ejs = require('ejs');
const _ = require('lodash');

module.exports.preview = (req, res) => {
@@  res.send(pug.render(req.body.template, { user: req.user }));
};

module.exports.preview2 = (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: req.user }));
};

module.exports.greet = (req, res) => {
@@  const t = _.template(req.query.msg);
  res.send(t({ name: req.user.name }));
};

module.exports.greet2 = (req, res) => {
@ok  res.send(ejs.render('<p>Hi <%= name %></p>', { name: req.query.name }));
};
`,
  ),
  ...js(
    "CWE-94",
    "template options written by the client",
    `module.exports.page = (req, res) => {
@@  res.render('profile', req.query);
};

module.exports.page2 = (req, res) => {
@ok  res.render('profile', { name: String(req.query.name) });
};

module.exports.page3 = (req, res) => {
@@  res.render('profile', { ...req.body, user: req.user });
};
`,
  ),
  ...js(
    "CWE-502",
    "YAML and v8 payloads",
    `const yaml = require('js-yaml');
const v8 = require('v8');

module.exports.importCfg = (req, res) => {
@@  const cfg = yaml.load(req.body.config, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
};

module.exports.importCfg2 = (req, res) => {
@ok  const cfg = yaml.load(req.body.config, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
};

module.exports.restore = (req, res) => {
  const state = v8.deserialize(Buffer.from(req.body.state, 'base64'));
  res.json(Object.keys(state));
};
`,
  ),
  ...js(
    "CWE-22",
    "upload names and koa streams",
    `const multer = require('multer');
const fs = require('fs');
const path = require('path');

const storage = multer.diskStorage({
  destination: '/srv/uploads',
  filename: (req, file, cb) => cb(null, file.originalname),
});

const storage2 = multer.diskStorage({
  destination: '/srv/uploads',
@ok  filename: (req, file, cb) => cb(null, Date.now() + '-' + path.basename(file.originalname)),
});

module.exports.get = async (ctx) => {
@@  ctx.body = fs.createReadStream(path.join('/srv/uploads', ctx.query.file));
};

module.exports.rename = (req, res) => {
@@  fs.rename('/srv/uploads/tmp', '/srv/uploads/' + req.body.newName, () => res.end());
};
module.exports.upload = multer({ storage });
module.exports.upload2 = multer({ storage: storage2 });
`,
  ),
  ...js(
    "CWE-327",
    "TLS protocol versions and cipher lists",
    `const tls = require('tls');
const https = require('https');

@@const ctx1 = tls.createSecureContext({ secureProtocol: 'TLSv1_method' });
@ok const ctx2 = tls.createSecureContext({ minVersion: 'TLSv1.2' });
@@const srv = https.createServer({ key: process.env.KEY, cert: process.env.CERT, ciphers: 'RC4-SHA:DES-CBC3-SHA' });
@@const agent = new https.Agent({ maxVersion: 'TLSv1.1' });
module.exports = { ctx1, ctx2, srv, agent };
`,
  ),
  ...js(
    "CWE-329",
    "fixed IVs",
    `const crypto = require('crypto');
const KEY = crypto.scryptSync(process.env.PASSPHRASE, process.env.SALT, 32);
const IV = Buffer.from('a1b2c3d4e5f6a7b8');

function enc(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function enc2(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('hex') + ':' + c.update(text, 'utf8', 'hex') + c.final('hex');
}

function enc3(text) {
@@  const c = crypto.createCipheriv('aes-256-ctr', KEY, Buffer.alloc(16, 0));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}
module.exports = { enc, enc2, enc3 };
`,
  ),
  ...js(
    "CWE-209",
    "error details sent to the client",
    `const express = require('express');
const app = express();

app.use((err, req, res, next) => {
@@  res.status(500).send(err.stack);
});

app.use((err, req, res, next) => {
@@  res.status(500).json({ error: err.message, stack: err.stack });
});

app.use((err, req, res, next) => {
  console.error(err);
@ok  res.status(500).json({ error: 'Internal error', id: req.id });
});
module.exports = app;
`,
  ),
  ...js(
    "CWE-532",
    "secrets written to logs",
    `const logger = require('./logger');

module.exports.login = async (req, res) => {
  const { username, password } = req.body;
@@  logger.debug(\`login \${username} with password \${password}\`);
@ok  logger.info(\`login \${username.replace(/[\\r\\n]/g, '')}\`);
  res.end();
};

module.exports.connect = (cfg) => {
@@  console.log('connecting with token', cfg.apiToken);
};
`,
  ),
  ...ts(
    "CWE-89",
    "query builders with raw fragments",
    `import { getRepository } from 'typeorm';
import knex from 'knex';
import mysql from 'mysql2';
import type { Request, Response } from 'express';
import { User } from './entity/User';

const db = knex({ client: 'mysql2' });
const conn = mysql.createConnection({ host: 'db' });

export async function byName(req: Request, res: Response) {
@@  const u = await getRepository(User).createQueryBuilder('user').where(\`user.name = '\${req.query.name}'\`).getMany();
  res.json(u);
}

export async function byName2(req: Request, res: Response) {
@ok  const u = await getRepository(User).createQueryBuilder('user').where('user.name = :name', { name: req.query.name }).getMany();
  res.json(u);
}

export async function sorted(req: Request, res: Response) {
@@  res.json(await db('users').orderByRaw(req.query.sort as string));
}

export function byId(req: Request, res: Response) {
@@  conn.query({ sql: 'SELECT * FROM users WHERE id = ' + req.params.id }, (e: unknown, rows: unknown) => res.json(rows));
}

export function byId2(req: Request, res: Response) {
@ok  conn.execute('SELECT * FROM users WHERE id = ?', [req.params.id], (e: unknown, rows: unknown) => res.json(rows));
}
`,
  ),
  ...js(
    "CWE-943",
    "regex operators in Mongo filters",
    `const Product = require('./models/product');

module.exports.search = async (req, res) => {
@@  res.json(await Product.find({ name: { $regex: req.query.q, $options: 'i' } }));
};

module.exports.search2 = async (req, res) => {
  const q = String(req.query.q).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  res.json(await Product.find({ name: { $regex: q, $options: 'i' } }));
};

module.exports.byPrice = async (req, res) => {
@@  res.json(await Product.find({ price: { $lt: req.query.max } }).where(req.query.extra));
};
`,
  ),
  ...js(
    "CWE-918",
    "target hosts inside option objects",
    `const http = require('http');
const axios = require('axios');
const superagent = require('superagent');

module.exports.probe = (req, res) => {
@@  http.get({ hostname: req.query.host, port: 80, path: '/status' }, (r) => r.pipe(res));
};

module.exports.probe2 = async (req, res) => {
@@  const r = await axios({ method: 'get', url: req.body.url, timeout: 2000 });
  res.json(r.data);
};

module.exports.probe3 = async (req, res) => {
@@  const r = await superagent.get(req.query.feed);
  res.send(r.text);
};

module.exports.probe4 = async (req, res) => {
@ok  const r = await axios({ method: 'get', baseURL: 'https://api.example.com', url: '/v1/items/' + encodeURIComponent(req.query.id) });
  res.json(r.data);
};
`,
  ),
  ...js(
    "CWE-601",
    "redirects through headers and hapi",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });

module.exports.out = (req, res) => {
@@  res.writeHead(302, { Location: req.query.to });
  res.end();
};

module.exports.out2 = (req, res) => {
@@  res.location(req.body.next).sendStatus(302);
};

server.route({
  method: 'GET',
  path: '/go',
@@  handler: (request, h) => h.redirect(request.query.url),
});

server.route({
  method: 'GET',
  path: '/home',
@ok  handler: (request, h) => h.redirect('/dashboard?tab=' + encodeURIComponent(request.query.tab)),
});
`,
  ),
];
