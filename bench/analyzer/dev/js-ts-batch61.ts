// Dev suite "js-ts", batch 61: written blind, before any fix for it (own code). The kinds of flaw that deliberately
// vulnerable Node.js training apps document (server-side expression evaluators, NoSQL server-side JavaScript reached
// through a data-access helper, log forging and the encoders that stop it, confirmation-password checks, redirects
// behind a validator, raw-driver password storage, archive extraction), in Express, Koa, Fastify and Next.js
// handlers, each with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch61", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch61", cwe, note, src, "typescript");

export const BATCH61: DevCase[] = [
  ...js(
    "CWE-94",
    "mathjs evaluate of a request expression vs a constant expression",
    `const express = require('express');
const math = require('mathjs');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  res.json({ result: math.evaluate(req.body.expression) });
});

app.get('/calc/demo', (req, res) => {
@ok  res.json({ result: math.evaluate('sqrt(16) + 2') });
});
`,
  ),
  ...js(
    "CWE-94",
    "Koa mathjs instance evaluating a query formula vs one checked against an arithmetic-only pattern",
    `const Koa = require('koa');
const Router = require('@koa/router');
const { create, all } = require('mathjs');

const math = create(all);
const router = new Router();

router.get('/formula', (ctx) => {
  const formula = String(ctx.query.f || '');
@@  ctx.body = String(math.evaluate(formula));
});

router.get('/formula/checked', (ctx) => {
  const formula = String(ctx.query.f || '');
  if (!/^[0-9+\\-*/(). ]{1,64}$/.test(formula)) {
    ctx.status = 400;
    return;
  }
@ok  ctx.body = String(math.evaluate(formula));
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "mathjs compile / parse of a body field (old eval alias too)",
    `const router = require('express').Router();
const mathjs = require('mathjs');

router.post('/plot', (req, res) => {
@@  const code = mathjs.compile(req.body.formula);
  const ys = [0, 1, 2, 3].map((x) => code.evaluate({ x }));
  res.json(ys);
});

router.post('/legacy', (req, res) => {
@@  res.render('calc', { output: mathjs.eval(req.body.eqn) });
});

router.post('/tree', (req, res) => {
@@  const node = mathjs.parse(req.body.expr);
  res.json({ value: node.compile().evaluate() });
});

router.get('/fixed', (req, res) => {
@ok  res.json({ value: mathjs.add(Number(req.query.a), Number(req.query.b)) });
});

module.exports = router;
`,
  ),
  ...ts(
    "CWE-94",
    "Fastify handler: new Function / vm on body text vs JSON.parse",
    `import Fastify from 'fastify';
import vm from 'node:vm';

const app = Fastify();

app.post('/rules/run', async (request) => {
  const body = request.body as { rule: string; input: number };
@@  const rule = new Function('x', 'return ' + body.rule);
  return { ok: rule(body.input) };
});

app.post('/rules/sandbox', async (request) => {
  const body = request.body as { script: string };
@@  return { out: vm.runInNewContext(body.script, { Math }) };
});

app.post('/rules/data', async (request) => {
  const body = request.body as { rule: string };
@ok  const parsed = JSON.parse(body.rule);
  return { ok: Array.isArray(parsed) };
});

app.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-94",
    "string timer built from a query value vs a function timer",
    `const express = require('express');
const app = express();

function tick(n) { console.log('tick', n); }

app.get('/schedule', (req, res) => {
@@  setTimeout('tick(' + req.query.n + ')', 100);
  res.sendStatus(202);
});

app.get('/schedule/safe', (req, res) => {
  const n = Number.parseInt(req.query.n, 10) || 0;
@ok  setTimeout(() => tick(n), 100);
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-94",
    "Next.js API route evaluating a filter expression vs parsing JSON",
    `import type { NextApiRequest, NextApiResponse } from 'next';

const rows = [{ price: 3 }, { price: 12 }];

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
@@    const pred = eval('(' + req.body.filter + ')');
    return res.json(rows.filter(pred));
  }
  const max = JSON.parse(String(req.query.max ?? '10'));
@ok  return res.json(rows.filter((r) => r.price <= Number(max)));
}
`,
  ),
  ...js(
    "CWE-943",
    "DAO class builds a $where from an argument the route fills from the query vs typed operators",
    `const express = require('express');
const router = express.Router();

class OrderDao {
  constructor(db) {
    this.col = db.collection('orders');
  }

  byMinTotal(owner, min) {
@@    return this.col.find({ $where: \`this.owner == '\${owner}' && this.total > \${min}\` }).toArray();
  }

  byMinTotalTyped(owner, min) {
    const n = Number.parseInt(min, 10);
@ok    return this.col.find({ owner: String(owner), total: { $gt: n } }).toArray();
  }
}

router.get('/orders', async (req, res) => {
  const dao = new OrderDao(req.app.locals.db);
  res.json(await dao.byMinTotal(req.session.user, req.query.min));
});

router.get('/orders/typed', async (req, res) => {
  const dao = new OrderDao(req.app.locals.db);
  res.json(await dao.byMinTotalTyped(req.session.user, req.query.min));
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-943",
    "constructor-function store with this.method = function building $where from a search term",
    `const escapeStringRegexp = require('escape-string-regexp');

function ReportStore(db) {
  const reports = db.collection('reports');

  this.search = function (tenant, term, cb) {
@@    reports.find({ $where: "this.tenant == " + tenant + " && this.title.indexOf('" + term + "') >= 0" }).toArray(cb);
  };

  this.searchSafe = function (tenant, term, cb) {
@ok    reports.find({ tenant: Number(tenant), title: { $regex: escapeStringRegexp(String(term)) } }).toArray(cb);
  };
}

module.exports = function mount(app, db) {
  const store = new ReportStore(db);
  app.get('/reports', (req, res, next) => {
    store.search(req.user.tenant, req.query.q, (err, docs) => (err ? next(err) : res.json(docs)));
  });
  app.get('/reports/safe', (req, res, next) => {
    store.searchSafe(req.user.tenant, req.query.q, (err, docs) => (err ? next(err) : res.json(docs)));
  });
};
`,
  ),
  ...js(
    "CWE-943",
    "mongoose $where string with a query value vs a numeric $lt",
    `const express = require('express');
const mongoose = require('mongoose');
const Item = mongoose.model('Item', new mongoose.Schema({ qty: Number }));
const app = express();

app.get('/low-stock', async (req, res) => {
@@  const items = await Item.find({ $where: 'this.qty < ' + req.query.max });
  res.json(items);
});

app.get('/low-stock/safe', async (req, res) => {
@ok  const items = await Item.find({ qty: { $lt: Number(req.query.max) } });
  res.json(items);
});
`,
  ),
  ...js(
    "CWE-943",
    "login query with body values that may be operator objects vs values forced to strings",
    `const express = require('express');
const bcrypt = require('bcrypt');
const User = require('./models/user');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  if (!user) return res.status(401).end();
  res.json({ id: user.id });
});

app.post('/login/safe', async (req, res) => {
@ok  const user = await User.findOne({ email: String(req.body.email) });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).end();
  res.json({ id: user.id });
});
`,
  ),
  ...js(
    "CWE-943",
    "Koa passes a whole body filter object to the driver vs one fixed field",
    `const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const tickets = client.db('help').collection('tickets');
  if (ctx.path === '/search') {
@@    ctx.body = await tickets.find(ctx.request.body.filter).toArray();
  } else {
@ok    ctx.body = await tickets.find({ status: String(ctx.request.body.status) }).toArray();
  }
});
`,
  ),
  ...js(
    "CWE-117",
    "failed-login logging of a raw user name vs encoded / stripped / JSON-quoted",
    `const express = require('express');
const winston = require('winston');
const querystring = require('querystring');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
  const name = req.body.username;
@@  console.warn('login failed for user: ' + name);
@@  logger.info(\`login failed for \${name}\`);
@ok  console.warn('login failed for user: %s', encodeURIComponent(name));
@ok  logger.info('login failed for ' + String(name).replace(/[\\r\\n]+/g, ' '));
@ok  logger.info('login failed for ' + JSON.stringify(name));
@ok  console.warn('login failed for user: ' + querystring.escape(name));
  res.status(401).send('Invalid credentials');
});
`,
  ),
  ...js(
    "CWE-117",
    "ESAPI-style encoder and the legacy escape() before logging vs the raw value",
    `const router = require('express').Router();
const ESAPI = require('node-esapi');

router.post('/reset', (req, res) => {
  const account = req.body.account;
@@  console.log('reset requested for', account);
@ok  console.log('reset requested for %s', ESAPI.encoder().encodeForHTML(account));
@ok  console.log('reset requested for %s', ESAPI.encoder().encodeForURL(account));
@ok  console.log('reset requested for ' + escape(account));
  res.redirect('/login');
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-208",
    "new password vs its confirmation (both from the form) is no secret comparison; an API key check is",
    `const express = require('express');
const crypto = require('crypto');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/account/password', (req, res) => {
@ok  if (req.body.password !== req.body.confirmPassword) {
    return res.status(400).send('Passwords do not match');
  }
  res.send('ok');
});

app.post('/hooks/deploy', (req, res) => {
@@  if (req.get('x-api-key') === process.env.DEPLOY_KEY) {
    return res.send('deploying');
  }
  res.sendStatus(403);
});

app.post('/hooks/deploy/safe', (req, res) => {
  const given = Buffer.from(String(req.get('x-api-key') || ''));
  const want = Buffer.from(process.env.DEPLOY_KEY || '');
@ok  if (given.length === want.length && crypto.timingSafeEqual(given, want)) {
    return res.send('deploying');
  }
  res.sendStatus(403);
});
`,
  ),
  ...ts(
    "CWE-208",
    "Koa signup: repeated password compared with the first entry",
    `import Koa from 'koa';
import bodyParser from 'koa-bodyparser';

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { newPassword, repeatPassword } = ctx.request.body as Record<string, string>;
@ok  if (newPassword != repeatPassword) {
    ctx.status = 422;
    ctx.body = 'Passwords must match';
    return;
  }
  ctx.body = 'saved';
});
`,
  ),
  ...js(
    "CWE-601",
    "redirect to a query value vs the same value behind an in-file relative-path validator",
    `const express = require('express');
const app = express();

function isSafeRedirect(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\\\');
}

app.get('/go', (req, res) => {
@@  res.redirect(req.query.next);
});

app.get('/go/checked', (req, res) => {
  if (isSafeRedirect(req.query.next)) {
@ok    return res.redirect(req.query.next);
  }
  res.redirect('/');
});
`,
  ),
  ...js(
    "CWE-601",
    "redirect behind an imported validator module vs a helper that redirects whatever it is given",
    `const express = require('express');
const validators = require('./validators');
const app = express();
app.use(express.urlencoded({ extended: false }));

function finishLogin(res, target) {
  if (target) {
@@    return res.redirect(target);
  }
  return res.redirect('/home');
}

app.post('/login', (req, res) => {
  finishLogin(res, req.body.returnTo);
});

app.post('/login/checked', (req, res) => {
  if (validators.isRelativeUrl(req.body.returnTo)) {
@ok    return res.redirect(req.body.returnTo);
  }
  res.redirect('/home');
});
`,
  ),
  ...js(
    "CWE-601",
    "Koa ctx.redirect and Fastify reply.redirect from the query vs fixed paths",
    `const Koa = require('koa');
const fastify = require('fastify')();

const koa = new Koa();
koa.use(async (ctx) => {
  if (ctx.path === '/out') {
@@    ctx.redirect(ctx.query.returnUrl);
  } else {
@ok    ctx.redirect('/home');
  }
});

fastify.get('/jump', async (request, reply) => {
@@  return reply.redirect(request.query.to);
});

fastify.get('/jump/home', async (request, reply) => {
@ok  return reply.redirect('/dashboard');
});
`,
  ),
  ...js(
    "CWE-256",
    "raw MongoDB driver: a DAO stores the password argument as given vs a bcrypt hash",
    `const bcrypt = require('bcrypt');

function AccountDao(db) {
  const accounts = db.collection('accounts');

  this.add = function (name, password, cb) {
@@    accounts.insertOne({ name: name, password: password, created: new Date() }, cb);
  };

  this.addHashed = function (name, password, cb) {
@ok    accounts.insertOne({ name: name, password: bcrypt.hashSync(password, 12), created: new Date() }, cb);
  };
}

module.exports = AccountDao;
`,
  ),
  ...js(
    "CWE-256",
    "knex insert of the signup password as typed vs argon2",
    `const express = require('express');
const argon2 = require('argon2');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const { email, password } = req.body;
@@  await knex('users').insert({ email, password });
  res.sendStatus(201);
});

app.post('/signup/safe', async (req, res) => {
  const { email, password } = req.body;
  const hash = await argon2.hash(password);
@ok  await knex('users').insert({ email, password: hash });
  res.sendStatus(201);
});
`,
  ),
  ...ts(
    "CWE-256",
    "node-postgres INSERT with the plain password parameter vs its scrypt hash",
    `import express from 'express';
import { Pool } from 'pg';
import { randomBytes, scryptSync } from 'node:crypto';

const pool = new Pool();
const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  const { email, password } = req.body as { email: string; password: string };
@@  await pool.query('INSERT INTO users (email, password) VALUES ($1, $2)', [email, password]);
  res.sendStatus(201);
});

app.post('/register/safe', async (req, res) => {
  const { email, password } = req.body as { email: string; password: string };
  const salt = randomBytes(16);
  const digest = salt.toString('hex') + ':' + scryptSync(password, salt, 64).toString('hex');
@ok  await pool.query('INSERT INTO users (email, password) VALUES ($1, $2)', [email, digest]);
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-22",
    "uploaded zip entries written under their own names vs names checked to stay inside the folder",
    `const express = require('express');
const fileUpload = require('express-fileupload');
const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(fileUpload());
const dest = path.resolve('/srv/imports');

app.post('/import', (req, res) => {
  const zip = new AdmZip(req.files.archive.data);
  for (const entry of zip.getEntries()) {
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
  res.sendStatus(204);
});

app.post('/import/safe', (req, res) => {
  const zip = new AdmZip(req.files.archive.data);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(dest, entry.entryName);
    if (!target.startsWith(dest + path.sep)) continue;
@ok    fs.writeFileSync(target, entry.getData());
  }
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-22",
    "unzipper entry stream written to its archive path vs to its base name",
    `const unzipper = require('unzipper');
const fs = require('fs');
const path = require('path');

module.exports = function extractUpload(req, res) {
  req
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join('/var/uploads', entry.path)));
    })
    .on('close', () => res.end('done'));
};

module.exports.flat = function extractFlat(req, res) {
  req
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@ok      entry.pipe(fs.createWriteStream(path.join('/var/uploads', path.basename(entry.path))));
    })
    .on('close', () => res.end('done'));
};
`,
  ),
  ...js(
    "CWE-918",
    "superagent / undici fetch a query URL vs a URL whose host is on an allow-list",
    `const express = require('express');
const superagent = require('superagent');
const { request } = require('undici');
const app = express();

const ALLOWED = new Set(['api.example.com', 'cdn.example.com']);

app.get('/feed', async (req, res) => {
@@  const r = await superagent.get(req.query.feed);
  res.send(r.text);
});

app.post('/hook', express.json(), async (req, res) => {
@@  const { body } = await request(req.body.callback, { method: 'POST' });
  res.send(await body.text());
});

app.get('/feed/safe', async (req, res) => {
  const u = new URL(String(req.query.feed));
  if (u.protocol !== 'https:' || !ALLOWED.has(u.hostname)) return res.sendStatus(400);
@ok  const r = await superagent.get(u.toString());
  res.send(r.text);
});
`,
  ),
];
