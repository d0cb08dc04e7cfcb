// Dev suite "js-ts", batch 54: written blind, before any fix for it (own code). Browser code (location, URLSearchParams,
// postMessage, jQuery, string timers), React/Next.js client components, Vue 3 render functions, Angular sanitizer
// bypasses, client-side redirects and query parsers, and the configuration sinks of Node services: cookies, CORS with
// credentials, JWT verification, hard-coded secrets, legacy ciphers and hashes, Math.random tokens, TLS checks off.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch54", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch54", cwe, note, src, "typescript");

export const BATCH54: DevCase[] = [
  ...js(
    "CWE-79",
    "browser: hash and search parameters into innerHTML, insertAdjacentHTML, document.write and jQuery html() vs text",
    `const params = new URLSearchParams(window.location.search);
const banner = document.getElementById('banner');
const list = document.querySelector('#tags');

function showWelcome() {
  const who = decodeURIComponent(window.location.hash.slice(1));
@@  banner.innerHTML = \`<strong>Welcome back, \${who}!</strong>\`;
}

function showWelcomeSafe() {
  const who = decodeURIComponent(window.location.hash.slice(1));
  const strong = document.createElement('strong');
@ok  strong.textContent = \`Welcome back, \${who}!\`;
  banner.replaceChildren(strong);
}

function showTags() {
  const tags = (params.get('tags') || '').split(',');
@@  list.insertAdjacentHTML('beforeend', tags.map((t) => \`<li>\${t}</li>\`).join(''));
}

function showTagsSafe() {
  const tags = (params.get('tags') || '').split(',');
  for (const t of tags) {
    const li = document.createElement('li');
@ok    li.innerText = t;
    list.appendChild(li);
  }
}

function legacyRef() {
@@  document.write('<p>Referred by ' + params.get('ref') + '</p>');
}

function jqNotice() {
  const msg = params.get('msg') ?? '';
@@  $('#notice').html('<em>' + msg + '</em>');
@ok  $('#notice-text').text(msg);
}

showWelcome();
showWelcomeSafe();
showTags();
showTagsSafe();
legacyRef();
jqNotice();
`,
  ),
  ...js(
    "CWE-79",
    "postMessage listener writing data to the DOM without and with an origin check",
    `const frame = document.getElementById('preview');

window.addEventListener('message', (event) => {
  const { html } = event.data || {};
@@  frame.innerHTML = html;
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://editor.example.com') return;
  const { text } = event.data || {};
@ok  frame.textContent = text;
});
`,
  ),
  ...js(
    "CWE-94",
    "browser timers and Function with strings from the URL vs functions",
    `const params = new URLSearchParams(location.search);

function scheduleRefresh() {
  const action = params.get('onload') || 'refresh()';
@@  setTimeout(action, 500);
}

function scheduleRefreshSafe() {
  const delay = Number(params.get('delay')) || 500;
@ok  setTimeout(() => refresh(), delay);
}

function computed() {
  const formula = location.hash.slice(1);
@@  const fn = Function('x', 'return ' + formula);
  return fn(2);
}

function refresh() {
  location.reload();
}

scheduleRefresh();
scheduleRefreshSafe();
computed();
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js client component: search param into dangerouslySetInnerHTML and an iframe srcDoc vs sanitised and sandboxed",
    `'use client';
import { useSearchParams } from 'next/navigation';
import DOMPurify from 'dompurify';

export function Announcement() {
  const params = useSearchParams();
  const note = params.get('note') ?? '';
@@  return <div className="note" dangerouslySetInnerHTML={{ __html: note }} />;
}

export function AnnouncementSafe() {
  const params = useSearchParams();
  const note = params.get('note') ?? '';
@ok  return <div className="note" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note) }} />;
}

export function Preview() {
  const draft = useSearchParams().get('draft') ?? '';
@@  return <iframe title="preview" srcDoc={draft} />;
}

export function PreviewSandboxed() {
  const draft = useSearchParams().get('draft') ?? '';
@ok  return <iframe title="preview" sandbox="" srcDoc={draft} />;
}
`,
  ),
  ...js(
    "CWE-79",
    "Vue 3 render function: innerHTML from the route query vs textContent",
    `import { h, defineComponent } from 'vue';
import { useRoute } from 'vue-router';

export const Motd = defineComponent({
  setup() {
    const route = useRoute();
@@    return () => h('div', { class: 'motd', innerHTML: route.query.motd });
  },
});

export const MotdSafe = defineComponent({
  setup() {
    const route = useRoute();
@ok    return () => h('div', { class: 'motd', textContent: String(route.query.motd ?? '') });
  },
});
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: bypassSecurityTrustHtml of a query param vs sanitize(SecurityContext.HTML)",
    `import { Component, OnInit, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({ selector: 'app-note', template: '<div [innerHTML]="body"></div><div [innerHTML]="clean"></div>' })
export class NoteComponent implements OnInit {
  body: SafeHtml = '';
  clean: string | null = '';
  constructor(private readonly route: ActivatedRoute, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.route.queryParams.subscribe((p) => {
@@      this.body = this.sanitizer.bypassSecurityTrustHtml(p['body']);
@ok      this.clean = this.sanitizer.sanitize(SecurityContext.HTML, p['body']);
    });
  }
}
`,
  ),
  ...js(
    "CWE-601",
    "client-side redirect to a query target vs same-origin check",
    `const params = new URLSearchParams(window.location.search);

function afterLogin() {
  const next = params.get('next');
@@  if (next) window.location.href = next;
}

function afterLoginSafe() {
  const next = params.get('next') || '/';
  const target = new URL(next, window.location.origin);
@ok  if (target.origin === window.location.origin) window.location.assign(target.href);
}

afterLogin();
afterLoginSafe();
`,
  ),
  ...js(
    "CWE-1321",
    "client query-string parser assigning dotted keys vs a key guard",
    `function parseQuery(search) {
  const out = {};
  for (const part of search.replace(/^\\?/, '').split('&')) {
    const [path, value] = part.split('=').map(decodeURIComponent);
    const keys = path.split('.');
    let cur = out;
    keys.slice(0, -1).forEach((k) => {
      cur = cur[k] = cur[k] || {};
    });
@@    cur[keys[keys.length - 1]] = value;
  }
  return out;
}

const BAD = ['__proto__', 'constructor', 'prototype'];
function parseQuerySafe(search) {
  const out = Object.create(null);
  for (const part of search.replace(/^\\?/, '').split('&')) {
    const [path, value] = part.split('=').map(decodeURIComponent);
    const keys = path.split('.');
    if (keys.some((k) => BAD.includes(k))) continue;
    let cur = out;
    keys.slice(0, -1).forEach((k) => {
      cur = cur[k] = cur[k] || Object.create(null);
    });
@ok    cur[keys[keys.length - 1]] = value;
  }
  return out;
}

window.filters = parseQuery(location.search);
window.filters2 = parseQuerySafe(location.search);
`,
  ),
  ...js(
    "CWE-614",
    "express cookies and express-session without secure vs secure cookies",
    `const express = require('express');
const session = require('express-session');

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { secure: false, httpOnly: true, maxAge: 3600000 },
  }),
);

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('auth', token, { httpOnly: true, sameSite: 'lax' });
@ok  res.cookie('auth2', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});
`,
  ),
  ...js(
    "CWE-1004",
    "session cookie readable by scripts (httpOnly: false) vs httpOnly",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path === '/login') {
    const sid = await createSession(ctx.request.body);
@@    ctx.cookies.set('sid', sid, { httpOnly: false, secure: true, sameSite: 'strict' });
@ok    ctx.cookies.set('sid2', sid, { httpOnly: true, secure: true, sameSite: 'strict' });
  }
  await next();
});
`,
  ),
  ...js(
    "CWE-942",
    "CORS: origin reflected with credentials (cors package and by hand) vs an allow-list",
    `const express = require('express');
const cors = require('cors');

const api = express();
const admin = express();
const TRUSTED = ['https://app.example.com', 'https://admin.example.com'];

@@api.use(cors({ origin: true, credentials: true }));
@ok admin.use(cors({ origin: TRUSTED, credentials: true }));

api.use((req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

admin.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && TRUSTED.includes(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
`,
  ),
  ...ts(
    "CWE-347",
    "JWT: decode used as verification and the none algorithm allowed vs verify with a fixed algorithm",
    `import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export function authLoose(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
@@  const claims = jwt.decode(token) as { sub?: string } | null;
  if (!claims?.sub) return res.sendStatus(401);
  (req as any).user = claims.sub;
  next();
}

export function authNone(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
@@  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] }) as jwt.JwtPayload;
  (req as any).user = claims.sub;
  next();
}

export function authStrict(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
@ok  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'api' }) as jwt.JwtPayload;
  (req as any).user = claims.sub;
  next();
}
`,
  ),
  ...ts(
    "CWE-798",
    "hard-coded JWT signing secret and database password vs environment configuration",
    `import jwt from 'jsonwebtoken';
import { Sequelize } from 'sequelize';

@@const JWT_SECRET = 'n0t-so-s3cret-signing-key-2024';
@ok const JWT_SECRET_ENV = process.env.JWT_SECRET ?? '';

export const sign = (sub: string) => jwt.sign({ sub }, JWT_SECRET, { expiresIn: '1h' });
export const signEnv = (sub: string) => jwt.sign({ sub }, JWT_SECRET_ENV, { expiresIn: '1h' });

@@export const db = new Sequelize('shop', 'shop_admin', 'Pa55w0rd!shop', { host: 'db.internal', dialect: 'postgres' });
@ok export const db2 = new Sequelize('shop', 'shop_admin', process.env.DB_PASSWORD, { host: 'db.internal', dialect: 'postgres' });
`,
  ),
  ...js(
    "CWE-327",
    "crypto.createCipher (key-derived IV) and DES vs createCipheriv with AES-GCM",
    `const crypto = require('crypto');

function encryptLegacy(text, password) {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptDes(text, key, iv) {
@@  const cipher = crypto.createCipheriv('des-cbc', key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

module.exports = { encryptLegacy, encryptDes, encrypt };
`,
  ),
  ...js(
    "CWE-328",
    "password stored as md5/sha1 vs scrypt with a salt",
    `const crypto = require('crypto');

async function register(db, user, password) {
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  await db.query('INSERT INTO users (name, pw) VALUES ($1, $2)', [user, hash]);
}

async function registerSha1(db, user, password) {
@@  const hash = crypto.createHash('sha1').update(password).digest('hex');
  await db.query('INSERT INTO users (name, pw) VALUES ($1, $2)', [user, hash]);
}

async function registerSafe(db, user, password) {
  const salt = crypto.randomBytes(16);
@ok  const hash = crypto.scryptSync(password, salt, 64);
  await db.query('INSERT INTO users (name, pw, salt) VALUES ($1, $2, $3)', [user, hash.toString('hex'), salt.toString('hex')]);
}

function etag(body) {
@ok  return crypto.createHash('md5').update(body).digest('hex');
}

module.exports = { register, registerSha1, registerSafe, etag };
`,
  ),
  ...ts(
    "CWE-338",
    "password-reset and API tokens from Math.random vs crypto.randomBytes / randomUUID",
    `import crypto from 'crypto';

export function resetToken(): string {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function apiKey(len = 32): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
@@  return Array.from({ length: len }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

export function resetTokenSafe(): string {
@ok  return crypto.randomBytes(32).toString('hex');
}

export function jitterMs(): number {
@ok  return Math.floor(Math.random() * 250);
}
`,
  ),
  ...js(
    "CWE-295",
    "TLS verification off: https.Agent, request options and the environment switch vs a pinned CA",
    `const https = require('https');
const fs = require('fs');
const axios = require('axios');

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
const client = axios.create({ baseURL: 'https://billing.internal', httpsAgent: insecureAgent });

@ok const pinnedAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });
const pinned = axios.create({ baseURL: 'https://billing.internal', httpsAgent: pinnedAgent });

function health(cb) {
@@  https.get({ host: 'billing.internal', path: '/health', rejectUnauthorized: false }, (r) => cb(r.statusCode));
}

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

module.exports = { client, pinned, health };
`,
  ),
  ...js(
    "CWE-1333",
    "express: prefix pattern from the query compiled into a RegExp vs startsWith",
    `const express = require('express');
const app = express();
const users = require('./users.json');

app.get('/users', (req, res) => {
  const prefix = req.query.prefix || '';
@@  const re = new RegExp('^' + prefix + '.*$', 'i');
  res.json(users.filter((u) => re.test(u.name)));
});

app.get('/users-safe', (req, res) => {
  const prefix = String(req.query.prefix || '').toLowerCase();
@ok  res.json(users.filter((u) => u.name.toLowerCase().startsWith(prefix)));
});
`,
  ),
];
