// Dev suite "js-ts", batch 57: written blind, before any fix for it (own code). Browser and library idioms from the
// ESLint security plugins' rule tests (no-unsanitized's DOM methods and properties, eslint-plugin-security's
// timing, randomness, regexp, require and template-escaping checks), each with a concrete attacker-controlled
// source and a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch57", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch57", cwe, note, src, "typescript");

export const BATCH57: DevCase[] = [
  ...js(
    "CWE-79",
    "message event data into insertAdjacentHTML / outerHTML without and with an origin check",
    `const panel = document.querySelector('#panel');

window.addEventListener('message', (event) => {
  const card = event.data.card;
@@  panel.insertAdjacentHTML('beforeend', card);
});

window.addEventListener('message', (event) => {
@@  panel.outerHTML = '<section>' + event.data.body + '</section>';
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
@ok  panel.textContent = event.data.body;
});
`,
  ),
  ...js(
    "CWE-79",
    "Range.createContextualFragment and iframe srcdoc fed from location.hash vs static markup",
    `const raw = decodeURIComponent(location.hash.slice(1));
const range = document.createRange();
range.selectNode(document.body);
@@document.body.appendChild(range.createContextualFragment(raw));
@ok document.body.appendChild(range.createContextualFragment('<p class="hint">Ready</p>'));

const frame = document.createElement('iframe');
@@frame.srcdoc = '<h2>' + raw + '</h2>';
@ok frame.setAttribute('sandbox', '');
document.body.appendChild(frame);
`,
  ),
  ...ts(
    "CWE-79",
    "document.writeln / window.document.write of a search param vs an escaped template",
    `const params = new URLSearchParams(window.location.search);
const campaign = params.get('utm_campaign') ?? '';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

@@document.writeln('<div class="banner">' + campaign + '</div>');
@@window.document.write(\`<span>\${params.get('ref')}</span>\`);
@ok document.writeln('<div class="banner">' + escapeText(campaign) + '</div>');
`,
  ),
  ...js(
    "CWE-79",
    "marked output from a textarea-free source (query) rendered raw vs sanitized with DOMPurify",
    `import { marked } from 'marked';
import DOMPurify from 'dompurify';

const md = new URLSearchParams(location.search).get('note') || '';
const view = document.getElementById('note');
@@view.innerHTML = marked.parse(md);
@ok view.innerHTML = DOMPurify.sanitize(marked.parse(md));
`,
  ),
  ...js(
    "CWE-79",
    "jQuery html()/append() with a hash value vs text()",
    `const $ = require('jquery');
const tab = decodeURIComponent(window.location.hash.substring(1));

@@$('#title').html('<em>' + tab + '</em>');
@@$('#list').append(\`<li>\${tab}</li>\`);
@ok $('#title').text(tab);
`,
  ),
  ...js(
    "CWE-79",
    "Handlebars compiled with noEscape and Mustache.escape overridden vs defaults, server side",
    `const express = require('express');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const app = express();
const rawCard = Handlebars.compile('<div>{{name}}</div>', { noEscape: true });
const safeCard = Handlebars.compile('<div>{{name}}</div>');

app.get('/card', (req, res) => {
@@  res.send(rawCard({ name: req.query.name }));
});

app.get('/card2', (req, res) => {
@ok  res.send(safeCard({ name: req.query.name }));
});

app.get('/badge', (req, res) => {
@@  Mustache.escape = (text) => text;
  res.send(Mustache.render('<b>{{who}}</b>', { who: req.query.who }));
});
`,
  ),
  ...js(
    "CWE-601",
    "location assigned from a query parameter (javascript: URLs, open redirect) vs a same-origin check",
    `const next = new URLSearchParams(location.search).get('next');

function go() {
@@  window.location.href = next;
}

function goSafe() {
  const target = new URL(next, location.origin);
  if (target.origin === location.origin) {
@@    window.location.assign(target.pathname + target.search);
  }
}
export { go, goSafe };
`,
  ),
  ...js(
    "CWE-94",
    "new Function / string setTimeout from message data vs a dispatch table",
    `const handlers = { refresh: () => location.reload(), close: () => window.close() };

window.addEventListener('message', (e) => {
@@  const fn = new Function('ctx', e.data.code);
  fn(window);
});

window.addEventListener('message', (e) => {
@@  setTimeout('render(' + e.data.arg + ')', 10);
});

window.addEventListener('message', (e) => {
  const h = handlers[e.data.action];
@ok  if (typeof h === 'function' && Object.hasOwn(handlers, e.data.action)) h();
});
`,
  ),
  ...js(
    "CWE-208",
    "webhook signature compared with === vs crypto.timingSafeEqual",
    `const crypto = require('crypto');
const express = require('express');
const app = express();

app.post('/hook', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.body).digest('hex');
  const given = req.get('X-Signature') || '';
@@  if (given === expected) return res.sendStatus(204);
  res.sendStatus(401);
});

app.post('/hook2', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.body).digest();
  const given = Buffer.from(req.get('X-Signature') || '', 'hex');
@ok  if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return res.sendStatus(204);
  res.sendStatus(401);
});
`,
  ),
  ...js(
    "CWE-338",
    "reset token from crypto.pseudoRandomBytes / Math.random vs randomBytes",
    `const crypto = require('crypto');

function resetToken() {
@@  return crypto.pseudoRandomBytes(24).toString('base64url');
}

function inviteCode() {
@@  return Math.random().toString(36).slice(2, 10);
}

function resetTokenSafe() {
@ok  return crypto.randomBytes(24).toString('base64url');
}
module.exports = { resetToken, inviteCode, resetTokenSafe };
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp built from a request value vs one built after escaping it",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();
const names = ['alice', 'bob', 'carol'];

app.get('/filter', (req, res) => {
@@  const re = new RegExp('^' + req.query.prefix);
  res.json(names.filter((n) => re.test(n)));
});

app.get('/filter2', (req, res) => {
@ok  const re = new RegExp('^' + escapeStringRegexp(String(req.query.prefix)));
  res.json(names.filter((n) => re.test(n)));
});
`,
  ),
  ...js(
    "CWE-94",
    "require() of a request-chosen module vs a fixed plugin registry",
    `const express = require('express');
const app = express();
const PLUGINS = { csv: './exporters/csv', xlsx: './exporters/xlsx' };

app.get('/export', (req, res) => {
@@  const exporter = require('./exporters/' + req.query.format);
  res.send(exporter(req.query));
});

app.get('/export2', (req, res) => {
  const file = PLUGINS[req.query.format];
  if (!file || !Object.prototype.hasOwnProperty.call(PLUGINS, req.query.format)) return res.sendStatus(400);
@ok  const exporter = require(file);
  res.send(exporter(req.query));
});
`,
  ),
  ...js(
    "CWE-943",
    "MongoDB $where string built from the body vs a comparison operator",
    `const express = require('express');
const { MongoClient } = require('mongodb');
const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);

app.post('/churn', async (req, res) => {
  const users = client.db('shop').collection('users');
@@  const rows = await users.find({ $where: 'this.cancelled > ' + req.body.min }).toArray();
  res.json(rows);
});

app.post('/churn2', async (req, res) => {
  const users = client.db('shop').collection('users');
@ok  const rows = await users.find({ cancelled: { $gt: Number(req.body.min) } }).toArray();
  res.json(rows);
});
`,
  ),
  ...js(
    "CWE-117",
    "request field logged raw vs with line breaks stripped",
    `const express = require('express');
const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
@@  logger.info('login attempt for ' + req.body.username);
  res.sendStatus(202);
});

app.post('/login2', (req, res) => {
  const who = String(req.body.username).replace(/[\\r\\n]/g, '');
@ok  logger.info('login attempt for ' + who);
  res.sendStatus(202);
});
`,
  ),
];
