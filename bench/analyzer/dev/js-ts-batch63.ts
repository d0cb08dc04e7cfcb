// Dev suite "js-ts", batch 63: written blind, before any fix for it (own code). Training-app flaw kinds, third
// round, in other shapes: helpers sharing one name in several handlers (one safe, one not), password writes and
// compares in account routes, expression engines and template compilers fed by the body, MongoDB server-side
// functions, shell wrappers, deferred callbacks, hard-coded session secrets, and validators that check syntax
// but not the host; each with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch63", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch63", cwe, note, src, "typescript");

export const BATCH63: DevCase[] = [
  ...js(
    "CWE-89",
    "two handlers each declare a local query builder of the same name: the first splices, the second binds",
    `const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const router = express.Router();

router.get('/invoices', async (req, res) => {
  const status = req.query.status;
  function build() {
    return "SELECT * FROM invoices WHERE status = '" + status + "'";
  }
@@  const { rows } = await pool.query(build());
  res.json(rows);
});

router.get('/invoices/bound', async (req, res) => {
  const status = req.query.status;
  function build() {
    return 'SELECT * FROM invoices WHERE status = $1';
  }
@ok  const { rows } = await pool.query(build(), [status]);
  res.json(rows);
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-78",
    "deferred callbacks (setImmediate, process.nextTick) run a captured shell string vs spawn with arguments",
    `const express = require('express');
const { exec, spawn } = require('child_process');
const app = express();
app.use(express.json());

app.post('/convert', (req, res) => {
  const file = req.body.file;
  setImmediate(() => {
@@    exec('convert ' + file + ' out.png');
  });
  res.sendStatus(202);
});

app.post('/archive', (req, res) => {
  const dir = req.body.dir;
  process.nextTick(() => {
@@    spawn('sh', ['-c', 'tar czf backup.tgz ' + dir]);
  });
  res.sendStatus(202);
});

app.post('/archive/safe', (req, res) => {
  const dir = req.body.dir;
  process.nextTick(() => {
@ok    spawn('tar', ['czf', 'backup.tgz', '--', dir]);
  });
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-943",
    "server-side JavaScript in $function / mapReduce from the body vs fixed functions",
    `const express = require('express');
const { MongoClient } = require('mongodb');
const client = new MongoClient(process.env.MONGO_URL);
const app = express();
app.use(express.json());

app.post('/stats/custom', async (req, res) => {
  const col = client.db('app').collection('events');
  const out = await col
    .aggregate([
@@      { $addFields: { score: { $function: { body: req.body.scorer, args: ['$weight'], lang: 'js' } } } },
    ])
    .toArray();
  res.json(out);
});

app.post('/stats/fixed', async (req, res) => {
  const col = client.db('app').collection('events');
  const out = await col
    .aggregate([
@ok      { $addFields: { score: { $function: { body: 'function (w) { return w * 2; }', args: ['$weight'], lang: 'js' } } } },
      { $match: { kind: String(req.body.kind) } },
    ])
    .toArray();
  res.json(out);
});
`,
  ),
  ...js(
    "CWE-256",
    "password change writes the new password with $set vs the hashed one; a hint field is no password",
    `const express = require('express');
const bcrypt = require('bcryptjs');
const { MongoClient, ObjectId } = require('mongodb');
const client = new MongoClient(process.env.MONGO_URL);
const app = express();
app.use(express.json());
const users = client.db('app').collection('users');

app.post('/account/password', async (req, res) => {
@@  await users.updateOne({ _id: new ObjectId(req.user.id) }, { $set: { password: req.body.newPassword } });
  res.sendStatus(204);
});

app.post('/account/password/v2', async (req, res) => {
  const hashed = await bcrypt.hash(req.body.newPassword, 12);
@ok  await users.updateOne({ _id: new ObjectId(req.user.id) }, { $set: { password: hashed } });
  res.sendStatus(204);
});

app.post('/account/hint', async (req, res) => {
@ok  await users.updateOne({ _id: new ObjectId(req.user.id) }, { $set: { passwordHint: String(req.body.hint) } });
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-256",
    "repository helper inserts users with insertMany as given vs through a hashing helper",
    `import type { Db } from 'mongodb';
import { hashPassword } from './crypto';

export async function importUsers(db: Db, rows: { email: string; password: string }[]) {
  const users = db.collection('users');
  for (const { email, password } of rows) {
@@    await users.insertMany([{ email, password, imported: true }]);
  }
}

export async function importUsersHashed(db: Db, rows: { email: string; password: string }[]) {
  const users = db.collection('users');
  for (const { email, password } of rows) {
    const digest = await hashPassword(password);
@ok    await users.insertMany([{ email, password: digest, imported: true }]);
  }
}
`,
  ),
  ...js(
    "CWE-208",
    "login compares the stored password with the submitted one vs a hash verify; password vs password_confirmation",
    `const express = require('express');
const bcrypt = require('bcrypt');
const db = require('./db');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const user = await db.users.findByEmail(String(req.body.email));
@@  if (!user || user.password !== req.body.password) return res.status(401).send('no');
  res.send('welcome');
});

app.post('/login/v2', async (req, res) => {
  const user = await db.users.findByEmail(String(req.body.email));
@ok  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).send('no');
  res.send('welcome');
});

app.post('/register', async (req, res) => {
@ok  if (req.body.password !== req.body.password_confirmation) return res.status(422).send('mismatch');
  res.send('ok');
});
`,
  ),
  ...js(
    "CWE-208",
    "CSRF and invite tokens compared with === vs timingSafeEqual",
    `const crypto = require('crypto');

function checkCsrf(req, res, next) {
@@  if (req.body._csrf !== req.session.csrfToken) return res.status(403).end();
  next();
}

function checkInvite(invite, given) {
  const a = Buffer.from(String(given));
  const b = Buffer.from(invite.token);
@ok  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { checkCsrf, checkInvite };
`,
  ),
  ...js(
    "CWE-94",
    "mathjs imported by name evaluates a body formula with a scope vs a formula picked from a fixed table",
    `const express = require('express');
const { evaluate } = require('mathjs');
const app = express();
app.use(express.json());

const FORMULAS = { area: 'w * h', perimeter: '2 * (w + h)' };

app.post('/shape', (req, res) => {
  const scope = { w: Number(req.body.w), h: Number(req.body.h) };
@@  res.json({ value: evaluate(req.body.formula, scope) });
});

app.post('/shape/named', (req, res) => {
  const scope = { w: Number(req.body.w), h: Number(req.body.h) };
  const formula = Object.hasOwn(FORMULAS, req.body.name) ? FORMULAS[req.body.name] : FORMULAS.area;
@ok  res.json({ value: evaluate(formula, scope) });
});
`,
  ),
  ...js(
    "CWE-94",
    "template source from the body compiled by ejs / pug / lodash vs a template file rendered with body data",
    `const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const _ = require('lodash');
const app = express();
app.use(express.json());

app.post('/render/ejs', (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: req.user }));
});

app.post('/render/pug', (req, res) => {
@@  res.send(pug.compile(req.body.template)({ user: req.user }));
});

app.post('/render/lodash', (req, res) => {
@@  res.send(_.template(req.body.template)({ user: req.user }));
});

app.post('/render/file', async (req, res) => {
@ok  res.send(await ejs.renderFile('views/card.ejs', { name: req.body.name }));
});
`,
  ),
  ...js(
    "CWE-798",
    "session and cookie-parser secrets written in the code vs read from the environment",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const app = express();

@@app.use(cookieParser('s3cr3t-cookie-signing'));
app.use(
  session({
@@    secret: 'keyboard cat',
    resave: false,
    saveUninitialized: true,
  }),
);

const api = express();
@ok api.use(cookieParser(process.env.COOKIE_SECRET));
api.use(
  session({
@ok    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);
`,
  ),
  ...js(
    "CWE-601",
    "redirect behind validator.isURL (any host passes) vs behind a host allow-list",
    `const express = require('express');
const validator = require('validator');
const app = express();

const HOSTS = new Set(['app.example.com']);

app.get('/out', (req, res) => {
  const target = String(req.query.to || '');
  if (validator.isURL(target)) {
@@    return res.redirect(target);
  }
  res.redirect('/');
});

app.get('/out/allowed', (req, res) => {
  const target = String(req.query.to || '');
  let host = '';
  try {
    host = new URL(target).hostname;
  } catch {
    return res.redirect('/');
  }
  if (HOSTS.has(host)) {
@ok    return res.redirect(target);
  }
  res.redirect('/');
});
`,
  ),
  ...js(
    "CWE-117",
    "util.format and error logs carrying a header vs the header JSON-quoted",
    `const util = require('util');
const express = require('express');
const app = express();

app.use((req, res, next) => {
  const agent = req.get('user-agent');
@@  process.stdout.write(util.format('request from %s\\n', agent));
@@  console.error('blocked agent ' + agent);
@ok  console.error('blocked agent ' + JSON.stringify(agent));
  next();
});
`,
  ),
  ...ts(
    "CWE-22",
    "Koa static-ish handler with a nested reader closure vs a resolved path checked against the root",
    `import Koa from 'koa';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve('public');
const app = new Koa();

app.use(async (ctx, next) => {
  if (!ctx.path.startsWith('/files/')) return next();
  const rel = String(ctx.query.name ?? '');
  const read = async () => {
@@    return fs.readFile(path.join(ROOT, rel));
  };
  ctx.body = await read();
});

app.use(async (ctx) => {
  const rel = String(ctx.query.name ?? '');
  const full = path.resolve(ROOT, rel);
  if (!full.startsWith(ROOT + path.sep)) {
    ctx.status = 404;
    return;
  }
@ok  ctx.body = await fs.readFile(full);
});
`,
  ),
];
