// Dev suite "js-ts", batch 4: written after batch 3's fixes, with other libraries again, measured before the
// fixes that followed it. Same conventions as js-ts.ts (`@@` marks the labelled line).
import type { DevCase } from "./cases.js";
import { s, st, v, vt } from "./js-ts.js";

export const BATCH4: DevCase[] = [
  v(
    "CWE-89",
    "batch4: mysql connection.query with an options object holding concatenated sql",
    `const mysql = require('mysql');
const connection = mysql.createConnection({ host: 'db' });
module.exports = (req, res) => {
@@  connection.query({ sql: 'SELECT * FROM logs WHERE level = "' + req.query.level + '"', timeout: 4000 }, (e, rows) => res.json(rows));
};
`,
  ),
  v(
    "CWE-89",
    "batch4: sql text built with util.format",
    `const util = require('util');
const { pool } = require('./db');
module.exports = async (req, res) => {
  const sql = util.format("DELETE FROM carts WHERE owner = '%s'", req.body.owner);
@@  await pool.query(sql);
  res.end();
};
`,
  ),
  s(
    "CWE-89",
    "batch4: sql-template-strings SQL tag",
    `const SQL = require('sql-template-strings');
const { pool } = require('./db');
module.exports = async (req, res) => {
@@  const r = await pool.query(SQL\`SELECT * FROM books WHERE author = \${req.query.author}\`);
  res.json(r.rows);
};
`,
  ),
  v(
    "CWE-89",
    "batch4: postgres.js sql.unsafe with a class field",
    `import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL);
export class Reports {
  constructor(table) { this.table = table; }
  async all() {
@@    return sql.unsafe('SELECT * FROM ' + this.table);
  }
}
`,
  ),
  v(
    "CWE-89",
    "batch4: sequelize.literal in an order clause from the query",
    `const { Sequelize } = require('sequelize');
const { Post } = require('./models');
module.exports = async (req, res) => {
  const posts = await Post.findAll({
@@    order: Sequelize.literal(req.query.sort + ' DESC'),
  });
  res.json(posts);
};
`,
  ),
  v(
    "CWE-943",
    "batch4: mongoose find with a JSON.parse'd query filter",
    `const Order = require('./models/order');
module.exports = async (req, res) => {
  const filter = JSON.parse(req.query.filter || '{}');
@@  res.json(await Order.find(filter));
};
`,
  ),
  s(
    "CWE-943",
    "batch4: mongo filter built from a validated string",
    `const Order = require('./models/order');
module.exports = async (req, res) => {
  const status = typeof req.query.status === 'string' ? req.query.status : 'open';
@@  res.json(await Order.find({ status }));
};
`,
  ),
  v(
    "CWE-78",
    "batch4: execa command string from the body",
    `const { execaCommand } = require('execa');
module.exports = async (req, res) => {
@@  const { stdout } = await execaCommand('convert ' + req.body.args);
  res.send(stdout);
};
`,
  ),
  v(
    "CWE-78",
    "batch4: spawnSync bash -c with a template",
    `const { spawnSync } = require('child_process');
function run(task) {
@@  return spawnSync('bash', ['-c', \`make \${task}\`], { encoding: 'utf8' }).stdout;
}
module.exports = run;
`,
  ),
  v(
    "CWE-78",
    "batch4: promisified exec with a Koa route param",
    `const util = require('util');
const exec = util.promisify(require('child_process').exec);
const Router = require('@koa/router');
const router = new Router();
router.get('/whois/:domain', async (ctx) => {
@@  const { stdout } = await exec(\`whois \${ctx.params.domain}\`);
  ctx.body = stdout;
});
`,
  ),
  s(
    "CWE-78",
    "batch4: spawn with an argument array and no shell",
    `const { spawn } = require('child_process');
module.exports = (req, res) => {
@@  const p = spawn('git', ['log', '--format=%H', '--', req.query.file]);
  p.stdout.pipe(res);
};
`,
  ),
  v(
    "CWE-78",
    "batch4: child_process.fork of a module path from the request",
    `const { fork } = require('child_process');
module.exports = (req, res) => {
@@  const worker = fork('./jobs/' + req.body.job);
  worker.on('exit', () => res.end());
};
`,
  ),
  v(
    "CWE-22",
    "batch4: multer originalname used as the destination file name",
    `const fs = require('fs');
const multer = require('multer');
const upload = multer({ dest: 'tmp/' });
const app = require('express')();
app.post('/up', upload.single('f'), (req, res) => {
@@  fs.renameSync(req.file.path, 'uploads/' + req.file.originalname);
  res.end();
});
`,
  ),
  v(
    "CWE-22",
    "batch4: fs.readdir of a directory from the query",
    `const fs = require('fs');
module.exports = (req, res) => {
@@  fs.readdir(req.query.dir, (err, files) => res.json(files));
};
`,
  ),
  v(
    "CWE-22",
    "batch4: fs-extra copy with a body field",
    `const fse = require('fs-extra');
module.exports = async (req, res) => {
@@  await fse.copy('/srv/templates/' + req.body.template, '/srv/sites/new');
  res.end();
};
`,
  ),
  s(
    "CWE-22",
    "batch4: path.normalize then a rejection of '..'",
    `const fs = require('fs');
const path = require('path');
module.exports = (req, res) => {
  const rel = path.normalize(req.query.f);
  if (rel.includes('..') || path.isAbsolute(rel)) return res.status(400).end();
@@  res.send(fs.readFileSync(path.join('/srv/pub', rel)));
};
`,
  ),
  v(
    "CWE-79",
    "batch4: setAttribute href from a URL parameter",
    `const u = new URLSearchParams(location.search).get('home');
const a = document.querySelector('#home');
@@a.setAttribute('href', u);
`,
  ),
  v(
    "CWE-79",
    "batch4: iframe srcdoc from a message payload",
    `const frame = document.getElementById('preview');
function render(markup) {
@@  frame.srcdoc = markup;
}
window.addEventListener('message', (e) => render(e.data.html));
`,
  ),
  v(
    "CWE-79",
    "batch4: document.body innerHTML += with a cookie value",
    `const name = document.cookie.replace(/(?:(?:^|.*;\\s*)user\\s*=\\s*([^;]*).*$)|^.*$/, '$1');
@@document.body.innerHTML += '<footer>Signed in as ' + name + '</footer>';
`,
  ),
  v(
    "CWE-79",
    "batch4: lit unsafeHTML of a property",
    `import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
class Note extends LitElement {
  static properties = { body: {} };
  render() {
@@    return html\`<div>\${unsafeHTML(this.body)}</div>\`;
  }
}
customElements.define('x-note', Note);
`,
  ),
  s(
    "CWE-79",
    "batch4: lit html template with an escaped property",
    `import { LitElement, html } from 'lit';
class Note extends LitElement {
  static properties = { body: {} };
  render() {
@@    return html\`<div>\${this.body}</div>\`;
  }
}
customElements.define('x-note', Note);
`,
  ),
  v(
    "CWE-79",
    "batch4: http server writes a query value into html",
    `const http = require('http');
const url = require('url');
http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.end('<h2>' + q.title + '</h2>');
}).listen(8080);
`,
  ),
  s(
    "CWE-79",
    "batch4: res.render passes the query to an escaping template",
    `module.exports = (req, res) => {
@@  res.render('search', { term: req.query.q });
};
`,
  ),
  v(
    "CWE-79",
    "batch4: Vue render function with innerHTML domProps",
    `export default {
  props: ['html'],
  render(h) {
@@    return h('div', { domProps: { innerHTML: this.html } });
  },
};
`,
  ),
  v(
    "CWE-918",
    "batch4: axios config object with a url from the body",
    `const axios = require('axios');
module.exports = async (req, res) => {
@@  const r = await axios({ method: 'get', url: req.body.feed, timeout: 3000 });
  res.send(r.data);
};
`,
  ),
  v(
    "CWE-918",
    "batch4: superagent get of a query URL",
    `const superagent = require('superagent');
module.exports = async (req, res) => {
@@  const r = await superagent.get(req.query.image);
  res.type(r.type).send(r.body);
};
`,
  ),
  v(
    "CWE-918",
    "batch4: undici request with a URL through a destructured rename",
    `const { request } = require('undici');
module.exports = async (req, res) => {
  const { target: endpoint } = req.body;
@@  const { body } = await request(endpoint);
  res.send(await body.text());
};
`,
  ),
  s(
    "CWE-918",
    "batch4: needle to a fixed host with a query id",
    `const needle = require('needle');
module.exports = (req, res) => {
  const id = Number(req.query.id);
@@  needle.get('https://api.example.com/users/' + id, (err, r) => res.json(r.body));
};
`,
  ),
  v(
    "CWE-601",
    "batch4: writeHead Location from the query",
    `const http = require('http');
const { URL } = require('url');
http.createServer((req, res) => {
  const to = new URL(req.url, 'http://localhost').searchParams.get('to');
@@  res.writeHead(302, { Location: to });
  res.end();
}).listen(3000);
`,
  ),
  v(
    "CWE-601",
    "batch4: fastify reply.redirect of a query value",
    `const fastify = require('fastify')();
fastify.get('/leave', async (request, reply) => {
@@  return reply.redirect(request.query.to);
});
`,
  ),
  vt(
    "CWE-601",
    "batch4: Next.js middleware redirect to a search param",
    `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
export function middleware(request: NextRequest) {
  const dest = request.nextUrl.searchParams.get('dest');
  if (dest) {
@@    return NextResponse.redirect(dest);
  }
  return NextResponse.next();
}
`,
  ),
  v(
    "CWE-94",
    "batch4: new vm.Script from the body",
    `const vm = require('vm');
module.exports = (req, res) => {
@@  const script = new vm.Script(req.body.source);
  res.json(script.runInNewContext({}));
};
`,
  ),
  v(
    "CWE-94",
    "batch4: safe-eval of a query expression",
    `const safeEval = require('safe-eval');
module.exports = (req, res) => {
@@  res.json({ v: safeEval(req.query.expr) });
};
`,
  ),
  v(
    "CWE-94",
    "batch4: jQuery globalEval of a hash value",
    `$(function () {
  const code = location.hash.slice(1);
@@  $.globalEval(code);
});
`,
  ),
  v(
    "CWE-94",
    "batch4: script element text from a URL parameter",
    `const cb = new URLSearchParams(location.search).get('callback');
const s = document.createElement('script');
@@s.text = cb + '(window.__DATA__)';
document.head.appendChild(s);
`,
  ),
  s(
    "CWE-94",
    "batch4: Function constructor over a constant body",
    `const add = new Function('a', 'b', 'return a + b');
@@module.exports = add;
`,
  ),
  v(
    "CWE-326",
    "batch4: RSA key pair of 1024 bits",
    `const crypto = require('crypto');
@@const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
module.exports = { publicKey, privateKey };
`,
  ),
  v(
    "CWE-329",
    "batch4: AES-CBC with an all-zero IV",
    `const crypto = require('crypto');
const IV = Buffer.alloc(16, 0);
function enc(key, text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, IV);
  return Buffer.concat([c.update(text), c.final()]);
}
module.exports = enc;
`,
  ),
  v(
    "CWE-760",
    "batch4: pbkdf2 with a literal salt",
    `const crypto = require('crypto');
function hashPassword(pw) {
@@  return crypto.pbkdf2Sync(pw, 'static-salt', 100000, 64, 'sha512').toString('hex');
}
module.exports = hashPassword;
`,
  ),
  v(
    "CWE-916",
    "batch4: md5 of a password in a TS user service",
    `import { createHash } from 'crypto';
export class UserService {
  hash(password: string): string {
@@    return createHash('md5').update(password).digest('hex');
  }
}
`,
  ),
  v(
    "CWE-338",
    "batch4: Math.random toString(36) for a one-time code",
    `function otp() {
@@  const code = Math.random().toString(36).slice(2, 8);
  return code;
}
module.exports = { otp };
`,
  ),
  s(
    "CWE-338",
    "batch4: crypto.randomInt for a one-time code",
    `const { randomInt } = require('crypto');
function otp() {
@@  return String(randomInt(0, 1000000)).padStart(6, '0');
}
module.exports = { otp };
`,
  ),
  v(
    "CWE-295",
    "batch4: request with strictSSL false",
    `const request = require('request');
@@request({ url: 'https://billing.internal/api', strictSSL: false }, (e, r, body) => console.log(body));
`,
  ),
  v(
    "CWE-295",
    "batch4: checkServerIdentity that accepts anything",
    `const tls = require('tls');
const socket = tls.connect({
  host: 'ledger.example.com',
  port: 443,
@@  checkServerIdentity: () => undefined,
});
module.exports = socket;
`,
  ),
  v(
    "CWE-798",
    "batch4: mongoose connect with credentials in the URI",
    `const mongoose = require('mongoose');
@@mongoose.connect('mongodb://admin:Sup3rS3cret@db.example.com:27017/app');
`,
  ),
  v(
    "CWE-798",
    "batch4: nodemailer transport with a literal password",
    `const nodemailer = require('nodemailer');
const transport = nodemailer.createTransport({
  host: 'smtp.example.com',
  auth: {
    user: 'noreply@example.com',
@@    pass: 'mailpass-9281',
  },
});
module.exports = transport;
`,
  ),
  v(
    "CWE-798",
    "batch4: Stripe client with a live secret key literal",
    `const Stripe = require('stripe');
@@const stripe = Stripe('sk_live_51H8xQzK2eZvKYlo2C0aBcDeFgHiJkLmNoPqRsTuV');
module.exports = stripe;
`,
  ),
  s(
    "CWE-798",
    "batch4: Redis client with a password from the environment",
    `const Redis = require('ioredis');
@@const redis = new Redis({ host: 'cache', password: process.env.REDIS_PASSWORD });
module.exports = redis;
`,
  ),
  v(
    "CWE-614",
    "batch4: res.cookie of a session token without options",
    `module.exports = (req, res) => {
  const token = req.session.token;
@@  res.cookie('auth', token);
  res.end();
};
`,
  ),
  v(
    "CWE-942",
    "batch4: Access-Control-Allow-Origin * with credentials via res.header",
    `module.exports = (req, res, next) => {
@@  res.header('Access-Control-Allow-Origin', '*');
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
};
`,
  ),
  v(
    "CWE-90",
    "batch4: ldapjs search filter built from a login name",
    `const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldap://ldap.internal' });
module.exports = (req, res) => {
@@  client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + req.body.user + ')', scope: 'sub' }, (err, r) => res.end());
};
`,
  ),
  v(
    "CWE-643",
    "batch4: xpath.select with a concatenated name",
    `const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
module.exports = (req, res, xml) => {
  const doc = new DOMParser().parseFromString(xml);
@@  const nodes = xpath.select("//user[name='" + req.query.name + "']", doc);
  res.json(nodes.length);
};
`,
  ),
  v(
    "CWE-1333",
    "batch4: alternation with overlapping branches under a star",
    `export function isSlug(s) {
@@  return /^(a|aa|[a-z0-9-])*$/.test(s);
}
`,
  ),
  v(
    "CWE-79",
    "batch4: marked output of a body field sent as html",
    `const { marked } = require('marked');
module.exports = (req, res) => {
@@  res.send(marked.parse(req.body.markdown));
};
`,
  ),
  // data-flow idioms
  v(
    "CWE-78",
    "batch4: private class field holds a body value",
    `const { execSync } = require('child_process');
class Job {
  #cmd;
  constructor(body) { this.#cmd = body.cmd; }
  run() {
@@    return execSync(this.#cmd).toString();
  }
}
module.exports = (req, res) => res.send(new Job(req.body).run());
`,
  ),
  v(
    "CWE-22",
    "batch4: closure factory returns a reader for a user path",
    `const fs = require('fs');
function makeReader(base) {
@@  return (name) => fs.readFileSync(base + '/' + name, 'utf8');
}
const read = makeReader('/srv/notes');
module.exports = (req, res) => res.send(read(req.params.note));
`,
  ),
  v(
    "CWE-89",
    "batch4: object of methods calling this.build with a query value",
    `const db = require('./db');
module.exports = {
  build(name) {
    return \`SELECT * FROM tags WHERE name = '\${name}'\`;
  },
  async handle(req, res) {
@@    res.json(await db.query(this.build(req.query.tag)));
  },
};
`,
  ),
  s(
    "CWE-78",
    "batch4: tainted condition picks between constant commands",
    `const { exec } = require('child_process');
module.exports = (req, res) => {
  const cmd = req.query.verbose ? 'ls -la' : 'ls';
@@  exec(cmd, (e, out) => res.send(out));
};
`,
  ),
  v(
    "CWE-79",
    "batch4: Object.values of the body joined into html",
    `module.exports = (req, res) => {
  const row = Object.values(req.body).join('</td><td>');
@@  res.send('<table><tr><td>' + row + '</td></tr></table>');
};
`,
  ),
  v(
    "CWE-22",
    "batch4: nullish default around a query value in try/catch",
    `const fs = require('fs');
module.exports = (req, res) => {
  try {
    const f = req.query.file ?? 'index.html';
@@    res.send(fs.readFileSync('public/' + f));
  } catch (e) {
    res.status(404).end();
  }
};
`,
  ),
  s(
    "CWE-22",
    "batch4: file picked by a switch, request only chooses the case",
    `const fs = require('fs');
module.exports = (req, res) => {
  let file;
  switch (req.query.page) {
    case 'about': file = 'about.html'; break;
    default: file = 'index.html';
  }
@@  res.send(fs.readFileSync('public/' + file));
};
`,
  ),
  v(
    "CWE-918",
    "batch4: Promise.all over user URLs",
    `const fetch = require('node-fetch');
module.exports = async (req, res) => {
  const urls = req.body.urls;
@@  const pages = await Promise.all(urls.map((u) => fetch(u).then((r) => r.text())));
  res.json(pages.map((p) => p.length));
};
`,
  ),
  vt(
    "CWE-79",
    "batch4: React component passes a prop through a helper to dangerouslySetInnerHTML",
    `import React from 'react';
function toHtml(text: string): string {
  return text.replace(/\\n/g, '<br>');
}
export function Post({ body }: { body: string }) {
@@  return <article dangerouslySetInnerHTML={{ __html: toHtml(body) }} />;
}
`,
  ),
  st(
    "CWE-79",
    "batch4: React renders a prop as text",
    `import React from 'react';
export function Post({ body }: { body: string }) {
@@  return <article className="post">{body}</article>;
}
`,
  ),
  // safe look-alikes
  s(
    "CWE-89",
    "batch4: mysql connection.query options object with values",
    `const mysql = require('mysql');
const connection = mysql.createConnection({ host: 'db' });
module.exports = (req, res) => {
@@  connection.query({ sql: 'SELECT * FROM logs WHERE level = ?', values: [req.query.level] }, (e, rows) => res.json(rows));
};
`,
  ),
  s(
    "CWE-78",
    "batch4: execa with an argument array",
    `const { execa } = require('execa');
module.exports = async (req, res) => {
@@  const { stdout } = await execa('convert', [req.body.input, 'out.png']);
  res.send(stdout);
};
`,
  ),
  s(
    "CWE-22",
    "batch4: multer file stored under a generated name",
    `const fs = require('fs');
const crypto = require('crypto');
const app = require('express')();
app.post('/up', (req, res) => {
  const name = crypto.randomUUID() + '.bin';
@@  fs.renameSync(req.file.path, 'uploads/' + name);
  res.end();
});
`,
  ),
  s(
    "CWE-79",
    "batch4: setAttribute href with a path-only check",
    `const u = new URLSearchParams(location.search).get('home') || '/';
const a = document.querySelector('#home');
@@if (/^\\/[a-z0-9/_-]*$/i.test(u)) a.setAttribute('href', u);
`,
  ),
  s(
    "CWE-79",
    "batch4: http server escapes the query value",
    `const http = require('http');
const url = require('url');
const escapeHtml = require('escape-html');
http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.end('<h2>' + escapeHtml(q.title) + '</h2>');
}).listen(8080);
`,
  ),
  s(
    "CWE-918",
    "batch4: axios config object with a fixed url and user params",
    `const axios = require('axios');
module.exports = async (req, res) => {
@@  const r = await axios({ method: 'get', url: 'https://feeds.example.com/v1/items', params: { q: req.body.q } });
  res.send(r.data);
};
`,
  ),
  s(
    "CWE-601",
    "batch4: fastify redirect to a path-only target",
    `const fastify = require('fastify')();
fastify.get('/leave', async (request, reply) => {
  const to = String(request.query.to || '/');
@@  return reply.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/');
});
`,
  ),
  s(
    "CWE-94",
    "batch4: vm.Script over a file shipped with the app",
    `const vm = require('vm');
const fs = require('fs');
const path = require('path');
@@const script = new vm.Script(fs.readFileSync(path.join(__dirname, 'bootstrap.js'), 'utf8'));
module.exports = script;
`,
  ),
  s(
    "CWE-326",
    "batch4: RSA key pair of 3072 bits",
    `const crypto = require('crypto');
@@const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
module.exports = { publicKey, privateKey };
`,
  ),
  s(
    "CWE-760",
    "batch4: pbkdf2 with a random salt",
    `const crypto = require('crypto');
function hashPassword(pw) {
  const salt = crypto.randomBytes(16);
@@  return salt.toString('hex') + ':' + crypto.pbkdf2Sync(pw, salt, 100000, 64, 'sha512').toString('hex');
}
module.exports = hashPassword;
`,
  ),
  s(
    "CWE-643",
    "batch4: xpath.select with a variable resolver",
    `const xpath = require('xpath');
module.exports = (req, res, doc) => {
@@  const nodes = xpath.evaluate('//user[name=$name]', doc, null, xpath.XPathResult.ANY_TYPE, null, { variables: { name: req.query.name } });
  res.json(!!nodes);
};
`,
  ),
  s(
    "CWE-614",
    "batch4: res.cookie of a session token with secure and httpOnly",
    `module.exports = (req, res) => {
@@  res.cookie('auth', req.session.token, { secure: true, httpOnly: true, sameSite: 'strict' });
  res.end();
};
`,
  ),
];
