// Dev suite "js-ts", batch 62: written blind, before any fix for it (own code). Training-app flaw kinds, second
// round: request values captured by nested helpers and callbacks (a criteria builder, a retry closure, a
// promise executor) before they reach a query, a shell or a file; template engines configured without escaping;
// session cookie flags; legacy ciphers and predictable reset tokens; deep merges and path setters fed by the body;
// regexes built from input; cookies deserialised with node-serialize; each with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch62", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch62", cwe, note, src, "typescript");

export const BATCH62: DevCase[] = [
  ...js(
    "CWE-943",
    "nested criteria builder captures the outer threshold argument into a $where vs a parsed number",
    `function HoldingsDao(db) {
  const holdings = db.collection('holdings');

  this.aboveThreshold = function (accountId, threshold, cb) {
    const id = parseInt(accountId, 10);
    function criteria() {
      if (threshold) {
@@        return { $where: \`this.accountId == \${id} && this.value > '\${threshold}'\` };
      }
      return { accountId: id };
    }
    holdings.findOne(criteria(), cb);
  };

  this.aboveThresholdParsed = function (accountId, threshold, cb) {
    const id = parseInt(accountId, 10);
    const limit = parseInt(threshold, 10);
    function criteria() {
@ok      return { $where: \`this.accountId == \${id} && this.value > \${limit}\` };
    }
    holdings.findOne(criteria(), cb);
  };
}

module.exports = function routes(app, db) {
  const dao = new HoldingsDao(db);
  app.get('/holdings', (req, res, next) => {
    dao.aboveThreshold(req.session.accountId, req.query.threshold, (err, doc) => (err ? next(err) : res.json(doc)));
  });
  app.get('/holdings/parsed', (req, res, next) => {
    dao.aboveThresholdParsed(req.session.accountId, req.query.threshold, (err, doc) => (err ? next(err) : res.json(doc)));
  });
};
`,
  ),
  ...js(
    "CWE-89",
    "arrow helper inside the handler closes over a query value and builds SQL vs a placeholder",
    `const express = require('express');
const mysql = require('mysql2');
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const app = express();

app.get('/products', (req, res) => {
  const category = req.query.category;
  const buildSql = () => "SELECT id, name FROM products WHERE category = '" + category + "'";
@@  pool.query(buildSql(), (err, rows) => res.json(rows));
});

app.get('/products/safe', (req, res) => {
  const category = req.query.category;
  const buildSql = () => 'SELECT id, name FROM products WHERE category = ?';
@ok  pool.query(buildSql(), [category], (err, rows) => res.json(rows));
});
`,
  ),
  ...js(
    "CWE-78",
    "retry closure and a dns callback run a shell command with a captured host vs execFile with an argument list",
    `const express = require('express');
const { exec, execFile } = require('child_process');
const dns = require('dns');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/trace', (req, res) => {
  const host = req.body.host;
  function attempt(n) {
@@    exec('traceroute -m 10 ' + host, (err, out) => (err && n > 0 ? attempt(n - 1) : res.send(out)));
  }
  attempt(2);
});

app.post('/resolve', (req, res) => {
  const host = req.body.host;
  dns.lookup('example.com', () => {
@@    exec(\`nslookup \${host}\`, (err, out) => res.send(out));
  });
});

app.post('/trace/safe', (req, res) => {
  const host = req.body.host;
  function attempt(n) {
@ok    execFile('traceroute', ['-m', '10', '--', host], (err, out) => (err && n > 0 ? attempt(n - 1) : res.send(out)));
  }
  attempt(2);
});
`,
  ),
  ...ts(
    "CWE-22",
    "promise executor reads a file named by a captured route parameter vs its base name",
    `import express from 'express';
import fs from 'node:fs';
import path from 'node:path';

const app = express();
const DOCS = '/srv/docs';

app.get('/docs/:name', async (req, res) => {
  const name = req.params.name;
  const text = await new Promise<string>((resolve, reject) => {
@@    fs.readFile(path.join(DOCS, name), 'utf8', (err, data) => (err ? reject(err) : resolve(data)));
  });
  res.type('text/plain').send(text);
});

app.get('/docs/flat/:name', async (req, res) => {
  const name = path.basename(req.params.name);
  const text = await new Promise<string>((resolve, reject) => {
@ok    fs.readFile(path.join(DOCS, name), 'utf8', (err, data) => (err ? reject(err) : resolve(data)));
  });
  res.type('text/plain').send(text);
});
`,
  ),
  ...js(
    "CWE-79",
    "template engines configured without escaping vs with it",
    `const nunjucks = require('nunjucks');
const swig = require('swig');
const Handlebars = require('handlebars');

@@nunjucks.configure('views', { autoescape: false, express: app });
@ok nunjucks.configure('emails', { autoescape: true });

@@swig.setDefaults({ autoescape: false, cache: false });

function renderCard(tpl, data) {
@@  return Handlebars.compile(tpl, { noEscape: true })(data);
}

function renderSafeCard(tpl, data) {
@ok  return Handlebars.compile(tpl)(data);
}

module.exports = { renderCard, renderSafeCard };
`,
  ),
  ...js(
    "CWE-79",
    "user markdown rendered with raw HTML allowed and sent vs sanitised output",
    `const express = require('express');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');

const DOMPurify = createDOMPurify(new JSDOM('').window);
const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
@@  res.send('<article>' + marked.parse(req.body.markdown) + '</article>');
});

app.post('/preview/safe', (req, res) => {
@ok  res.send('<article>' + DOMPurify.sanitize(marked.parse(req.body.markdown)) + '</article>');
});
`,
  ),
  ...js(
    "CWE-1004",
    "express-session cookie readable from script vs the defaults",
    `const express = require('express');
const session = require('express-session');
const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { httpOnly: false, secure: true, sameSite: 'lax' },
  }),
);

const admin = express();
admin.use(
  session({
    secret: process.env.ADMIN_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@ok    cookie: { httpOnly: true, secure: true, sameSite: 'strict' },
  }),
);
`,
  ),
  ...js(
    "CWE-614",
    "session and remember-me cookies sent without Secure vs with it",
    `const express = require('express');
const session = require('express-session');
const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { secure: false, httpOnly: true },
  }),
);

app.post('/remember', (req, res) => {
@@  res.cookie('remember_token', req.session.token, { httpOnly: true, secure: false });
@ok  res.cookie('remember_token', req.session.token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.end();
});
`,
  ),
  ...js(
    "CWE-327",
    "profile fields encrypted with the IV-less createCipher / DES vs AES-GCM with a random IV",
    `const crypto = require('crypto');
const key = Buffer.from(process.env.PROFILE_KEY, 'hex');

function encryptLegacy(ssn) {
@@  const cipher = crypto.createCipher('aes-256-cbc', process.env.PROFILE_PASSPHRASE);
  return cipher.update(ssn, 'utf8', 'hex') + cipher.final('hex');
}

function encryptDes(ssn) {
@@  const cipher = crypto.createCipheriv('des-ede3-cbc', key.subarray(0, 24), crypto.randomBytes(8));
  return cipher.update(ssn, 'utf8', 'hex') + cipher.final('hex');
}

function encrypt(ssn) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(ssn, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

module.exports = { encryptLegacy, encryptDes, encrypt };
`,
  ),
  ...js(
    "CWE-329",
    "AES-CBC with a fixed IV from config vs a fresh IV per message",
    `const crypto = require('crypto');
const KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt-v1', 32);
const IV = Buffer.alloc(16, 0);

function seal(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function sealFresh(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('base64') + ':' + c.update(text, 'utf8', 'base64') + c.final('base64');
}

module.exports = { seal, sealFresh };
`,
  ),
  ...js(
    "CWE-330",
    "password-reset token derived from the login name vs random bytes",
    `const crypto = require('crypto');
const md5 = require('md5');
const express = require('express');
const app = express();

app.post('/forgot', async (req, res) => {
@@  const token = md5(req.body.login);
  await sendResetMail(req.body.login, '/reset?login=' + encodeURIComponent(req.body.login) + '&token=' + token);
  res.send('sent');
});

app.post('/forgot/v2', async (req, res) => {
@@  const token = crypto.createHash('sha1').update(req.body.login + Date.now()).digest('hex');
  await sendResetMail(req.body.login, '/reset?token=' + token);
  res.send('sent');
});

app.post('/forgot/v3', async (req, res) => {
@ok  const token = crypto.randomBytes(32).toString('hex');
  await sendResetMail(req.body.login, '/reset?token=' + token);
  res.send('sent');
});

async function sendResetMail(to, link) {
  console.log('mail queued');
}
`,
  ),
  ...js(
    "CWE-1321",
    "lodash deep merge / set / defaultsDeep with body data vs picked keys",
    `const express = require('express');
const _ = require('lodash');
const app = express();
app.use(express.json());

const settings = {};

app.put('/settings', (req, res) => {
@@  _.merge(settings, req.body);
  res.json(settings);
});

app.put('/settings/path', (req, res) => {
@@  _.set(settings, req.body.path, req.body.value);
  res.json(settings);
});

app.put('/settings/defaults', (req, res) => {
@@  const merged = _.defaultsDeep({}, req.body.prefs, { theme: 'light' });
  res.json(merged);
});

app.put('/settings/picked', (req, res) => {
@ok  Object.assign(settings, _.pick(req.body, ['theme', 'language']));
  res.json(settings);
});
`,
  ),
  ...js(
    "CWE-1321",
    "hand-written recursive merge of a body object vs one that skips __proto__ and constructor",
    `const express = require('express');
const app = express();
app.use(express.json());

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!Object.hasOwn(target, key)) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

const config = {};
app.post('/config', (req, res) => res.json(merge(config, req.body)));
app.post('/config/safe', (req, res) => res.json(safeMerge(config, req.body)));
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp built from the search box vs an escaped pattern",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();
const names = ['alice', 'bob', 'carol'];

app.get('/users', (req, res) => {
@@  const re = new RegExp(req.query.q, 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/users/safe', (req, res) => {
@ok  const re = new RegExp(escapeStringRegexp(String(req.query.q || '')), 'i');
  res.json(names.filter((n) => re.test(n)));
});
`,
  ),
  ...js(
    "CWE-1333",
    "validation patterns with nested quantifiers vs flat ones",
    `const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));

@@const ROUTING = /^([0-9]+)+#$/;
@@const EMAIL = /^([a-zA-Z0-9]+\\.?)+@example\\.com$/;
@ok const ROUTING_FLAT = /^[0-9]+#$/;

app.post('/bank', (req, res) => {
  if (!ROUTING.test(req.body.routing) || !ROUTING_FLAT.test(req.body.routing) || !EMAIL.test(req.body.email)) {
    return res.status(400).send('invalid');
  }
  res.send('ok');
});
`,
  ),
  ...js(
    "CWE-502",
    "profile cookie unserialised with node-serialize vs parsed as JSON",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const app = express();
app.use(cookieParser());

app.get('/welcome', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.send('Hello ' + (profile.username ? 'back' : 'guest'));
});

app.get('/welcome/json', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@ok  const profile = JSON.parse(raw);
  res.json({ known: Boolean(profile.username) });
});
`,
  ),
  ...ts(
    "CWE-611",
    "libxmljs parse of an uploaded document with entity expansion on vs off",
    `import express from 'express';
import multer from 'multer';
import libxmljs from 'libxmljs';

const upload = multer({ storage: multer.memoryStorage() });
const app = express();

app.post('/import', upload.single('feed'), (req, res) => {
  const xml = req.file!.buffer.toString('utf8');
@@  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/import/safe', upload.single('feed'), (req, res) => {
  const xml = req.file!.buffer.toString('utf8');
@ok  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});
`,
  ),
];
