// Dev suite "js-ts", batch 8: written after batch 7's fixes, measured before any fix that followed it. Same shape
// as batches 5-7; guards and escapes next to their unguarded twins, templates compiled from the request.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch8", cwe, note, src, "javascript");

export const BATCH8: DevCase[] = [
  ...js(
    "CWE-22",
    "download and resolve with and without normalising",
    `const fs = require('fs');
const path = require('path');
const BASE = path.join(__dirname, 'files');

module.exports.dl = (req, res) => {
@@  res.download(path.join(BASE, req.params.name), (err) => err && res.status(404).end());
};

module.exports.read = (req, res) => {
@@  fs.readFile(path.resolve(BASE, req.query.p), 'utf8', (e, d) => res.send(d));
};

module.exports.readSafe = (req, res) => {
  const rel = path.normalize(req.query.p).replace(/^(\\.\\.(\\/|\\\\|$))+/, '');
@ok  fs.readFile(path.join(BASE, rel), 'utf8', (e, d) => res.send(d));
};
`,
  ),
  ...js(
    "CWE-79",
    "values inside script blocks and untyped bodies",
    `const express = require('express');
const app = express();

app.get('/boot', (req, res) => {
@@  res.send(\`<script>var q = "\${req.query.q}";</script>\`);
});

app.get('/raw', (req, res) => {
@@  res.end(String(req.query.q));
});

app.get('/page', (req, res) => {
@ok  res.render('page', { html: req.query.h });
});
`,
  ),
  ...js(
    "CWE-78",
    "guarded and unguarded branch names",
    `const { execSync, spawn } = require('child_process');

module.exports.checkout = (req, res) => {
  const branch = req.body.branch;
  if (!/^[\\w.-]+$/.test(branch)) return res.status(400).end();
@ok  execSync(\`git checkout \${branch}\`);
  res.end();
};

module.exports.checkout2 = (req, res) => {
@@  execSync(\`git checkout \${req.body.branch}\`);
  res.end();
};

module.exports.echo = (req, res) => {
@@  spawn('sh', ['-c', \`echo \${req.query.msg}\`]).stdout.pipe(res);
};
`,
  ),
  ...js(
    "CWE-89",
    "identifiers and literals in mysql and sequelize",
    `const mysql = require('mysql');
const { sequelize, User } = require('./db');
const conn = mysql.createConnection({ host: 'db' });

module.exports.col = (req, res) => {
@ok  conn.query('SELECT ?? FROM users', [req.query.col], (e, rows) => res.json(rows));
};

module.exports.byId = async (req, res) => {
@@  res.json(await User.findAll({ where: sequelize.literal(\`id = \${req.query.id}\`) }));
};
`,
  ),
  ...js(
    "CWE-601",
    "redirects with defaults",
    `module.exports.next = (req, res) => {
@@  res.redirect(req.query.next || '/');
};

module.exports.home = (req, res) => {
@ok  res.redirect(req.query.admin ? '/admin' : '/');
};
`,
  ),
  ...js(
    "CWE-918",
    "fixed hosts with user paths",
    `const axios = require('axios');

module.exports.hook = async (req, res) => {
@ok  await axios.post('https://hooks.slack.com/services/' + encodeURIComponent(req.body.hook), { text: 'hi' });
  res.end();
};

module.exports.any = async (req, res) => {
@@  await axios.post(req.body.callbackUrl, { status: 'done' });
  res.end();
};
`,
  ),
  ...js(
    "CWE-347",
    "mixed algorithm families",
    `const jwt = require('jsonwebtoken');

function verify(token, key) {
@@  return jwt.verify(token, key, { algorithms: ['RS256', 'HS256'] });
}

function verify2(token, key) {
@ok  return jwt.verify(token, key, { algorithms: ['RS256', 'ES256'] });
}
module.exports = { verify, verify2 };
`,
  ),
  ...js(
    "CWE-614",
    "cookies secure in production only",
    `module.exports.login = (req, res) => {
@ok  res.cookie('session', req.session.id, { httpOnly: true, secure: process.env.NODE_ENV === 'production' });
@@  res.cookie('remember', req.session.token, { httpOnly: true, secure: false, maxAge: 2592000000 });
  res.end();
};
`,
  ),
  ...js(
    "CWE-1336",
    "templates compiled from the request",
    `const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');

module.exports.preview = (req, res) => {
@@  res.send(nunjucks.renderString(req.body.tpl, { user: req.user }));
};

module.exports.preview2 = (req, res) => {
@@  const t = Handlebars.compile(req.body.template);
  res.send(t({ user: req.user }));
};

module.exports.preview3 = (req, res) => {
@ok  res.send(nunjucks.render('preview.njk', { body: req.body.text }));
};
`,
  ),
  ...js(
    "CWE-942",
    "origin checked against a list",
    `module.exports = (allowed) => (req, res, next) => {
  const origin = req.headers.origin;
@ok  res.setHeader('Access-Control-Allow-Origin', allowed.includes(origin) ? origin : 'null');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
};
`,
  ),
  ...js(
    "CWE-943",
    "JSON cookies as filters",
    `const User = require('./models/user');

module.exports.me = async (req, res) => {
@@  res.json(await User.findOne({ token: req.cookies.token }));
};

module.exports.me2 = async (req, res) => {
@ok  res.json(await User.findOne({ token: String(req.cookies.token) }));
};
`,
  ),
];
