// Dev suite "js-ts", batch 55: written blind, before any fix for it (own code). Idioms that a probe on CodeQL's
// experimental JavaScript query tests and ESLint security plugins' rule tests pointed at: CORS options kept in a
// variable or reflected from the request, client-supplied IP headers used in access checks, request objects passed
// whole as template locals, request-sized timers/arrays/buffers with and without a bound, aliased fs imports,
// JWT decode followed by verify, and file paths anchored on the module's own directory.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch55", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch55", cwe, note, src, "typescript");

export const BATCH55: DevCase[] = [
  ...js(
    "CWE-942",
    "cors() options object held in a variable: wildcard vs explicit allowlist",
    `const express = require('express');
const cors = require('cors');

const publicApi = express();
const openPolicy = { origin: '*', methods: ['GET', 'POST'] };
@@publicApi.use(cors(openPolicy));

const partnerApi = express();
const partnerPolicy = { origin: ['https://partner.example.org', 'https://admin.example.org'], credentials: true };
@ok partnerApi.use(cors(partnerPolicy));
module.exports = { publicApi, partnerApi };
`,
  ),
  ...js(
    "CWE-942",
    "cors origin callback that accepts every origin with credentials vs an allowlist lookup",
    `const express = require('express');
const cors = require('cors');
const app = express();
const TRUSTED = new Set(['https://app.example.com']);

@@app.use('/v1', cors({ origin: (origin, done) => done(null, origin), credentials: true }));
@ok app.use('/v2', cors({ origin: (origin, done) => done(null, TRUSTED.has(origin)), credentials: true }));
`,
  ),
  ...js(
    "CWE-942",
    "Koa middleware echoing the Origin header into Access-Control-Allow-Origin",
    `const Koa = require('koa');
const app = new Koa();
const allowList = ['https://dash.example.net'];

app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
@@  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});

app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (allowList.includes(origin)) {
@ok    ctx.set('Access-Control-Allow-Origin', origin);
  }
  await next();
});
`,
  ),
  ...js(
    "CWE-348",
    "admin gate keyed on X-Forwarded-For / X-Real-IP vs the socket address",
    `const express = require('express');
const app = express();

app.get('/internal/metrics', (req, res) => {
  const caller = req.headers['x-forwarded-for'] || req.socket.remoteAddress;
@@  if (caller === '127.0.0.1') {
    return res.json(collectMetrics());
  }
  res.sendStatus(403);
});

app.get('/internal/flags', (req, res) => {
  const viaProxy = req.get('X-Real-IP');
@@  if (viaProxy && viaProxy.startsWith('10.')) {
    return res.json(loadFlags());
  }
  res.sendStatus(403);
});

app.get('/internal/health', (req, res) => {
  const peer = req.socket.remoteAddress;
@ok  if (peer === '127.0.0.1') {
    return res.json({ ok: true });
  }
  res.sendStatus(403);
});
`,
  ),
  ...ts(
    "CWE-348",
    "first X-Forwarded-For entry trusted for an allowlist vs the last (proxy-appended) entry",
    `import type { Request, Response, NextFunction } from 'express';
const OFFICE = ['203.0.113.7', '203.0.113.8'];

export function officeOnly(req: Request, res: Response, next: NextFunction) {
  const chain = String(req.headers['x-forwarded-for'] ?? '');
  const client = chain.split(',')[0].trim();
@@  if (OFFICE.includes(client)) return next();
  res.status(403).end();
}

export function officeOnlyBehindProxy(req: Request, res: Response, next: NextFunction) {
  const chain = String(req.headers['x-forwarded-for'] ?? '');
  const hops = chain.split(',');
  const client = hops[hops.length - 1].trim();
@ok  if (OFFICE.includes(client)) return next();
  res.status(403).end();
}
`,
  ),
  ...js(
    "CWE-73",
    "whole request body / query passed as the template's locals (view options override) vs picked fields",
    `const express = require('express');
const app = express();
app.set('view engine', 'hbs');

app.post('/preview', (req, res) => {
@@  res.render('preview', req.body);
});

app.get('/card', (req, res) => {
  const opts = req.query;
@@  res.render('card', opts);
});

app.get('/card2', (req, res) => {
@ok  res.render('card', { title: String(req.query.title || ''), theme: 'light' });
});
`,
  ),
  ...js(
    "CWE-770",
    "timer delay and array length taken from the query, with and without a clamp",
    `const http = require('http');
const { URL } = require('url');

http.createServer((req, res) => {
  const q = new URL(req.url, 'http://localhost').searchParams;
  const wait = parseInt(q.get('wait'), 10);
@@  setTimeout(() => res.end('done'), wait);
}).listen(8080);

http.createServer((req, res) => {
  const q = new URL(req.url, 'http://localhost').searchParams;
  const wait = Math.min(parseInt(q.get('wait'), 10) || 0, 2000);
@ok  setTimeout(() => res.end('done'), wait);
}).listen(8081);

http.createServer((req, res) => {
  const q = new URL(req.url, 'http://localhost').searchParams;
  const size = Number(q.get('size'));
@@  const grid = new Array(size).fill('.');
  res.end(grid.join(''));
}).listen(8082);
`,
  ),
  ...js(
    "CWE-770",
    "Buffer.alloc / repeat sized by the request, unguarded vs guarded by an upper bound",
    `const express = require('express');
const app = express();

app.get('/pad', (req, res) => {
  const n = parseInt(req.query.n, 10);
@@  res.send('x'.repeat(n));
});

app.get('/pad-safe', (req, res) => {
  const n = parseInt(req.query.n, 10);
  if (!Number.isInteger(n) || n < 0 || n > 256) return res.sendStatus(400);
@ok  res.send('x'.repeat(n));
});

app.get('/blob', (req, res) => {
  const bytes = Number(req.query.bytes);
  if (bytes > 0 && bytes <= 4096) {
@ok    res.send(Buffer.alloc(bytes));
  } else {
    res.sendStatus(400);
  }
});
`,
  ),
  ...ts(
    "CWE-22",
    "renamed imports from fs/promises and fs-extra reading a request-named file vs a basename under a root",
    `import express from 'express';
import path from 'node:path';
import { readFile as load } from 'node:fs/promises';
import { outputFile as save } from 'fs-extra';

const app = express();
const ROOT = path.resolve('data');

app.get('/doc', async (req, res) => {
  const name = String(req.query.name);
@@  res.send(await load(name, 'utf8'));
});

app.post('/doc', async (req, res) => {
@@  await save(path.join(ROOT, req.body.name), req.body.text);
  res.sendStatus(204);
});

app.get('/doc2', async (req, res) => {
  const name = path.basename(String(req.query.name));
@ok  res.send(await load(path.join(ROOT, name), 'utf8'));
});
`,
  ),
  ...js(
    "CWE-22",
    "files anchored on the module directory (import.meta.url, require.resolve) are not request-controlled",
    `import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
@ok const shell = fs.readFileSync(path.resolve(here, './shell.html'), 'utf8');
@ok const manifest = fs.readFileSync(require.resolve('./manifest.json'), 'utf8');
export function page(title) {
  return shell.replace('%TITLE%', title).replace('%M%', manifest.length);
}
`,
  ),
  ...js(
    "CWE-347",
    "jwt.decode used only to read the kid before jwt.verify on the same token vs decode alone",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const app = express();
const keys = { a1: process.env.KEY_A1, b2: process.env.KEY_B2 };

app.get('/me', (req, res) => {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
@ok  const header = jwt.decode(token, { complete: true }).header;
  const claims = jwt.verify(token, keys[header.kid], { algorithms: ['HS256'] });
  res.json({ user: claims.sub });
});

app.get('/whoami', (req, res) => {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
@@  const claims = jwt.decode(token);
  res.json({ user: claims.sub, admin: claims.admin });
});
`,
  ),
  ...js(
    "CWE-347",
    "jose decodeJwt trusted for the user id vs jwtVerify against a key",
    `import { decodeJwt, jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.SESSION_KEY);

export async function userFrom(req) {
  const raw = req.cookies.session;
@@  const payload = decodeJwt(raw);
  return payload.uid;
}

export async function userFromVerified(req) {
  const raw = req.cookies.session;
@ok  const { payload } = await jwtVerify(raw, secret, { algorithms: ['HS256'] });
  return payload.uid;
}
`,
  ),
  ...js(
    "CWE-918",
    "outbound URL whose host comes from a query parameter vs a fixed host with an encoded path segment",
    `const express = require('express');
const axios = require('axios');
const app = express();

app.get('/avatar', async (req, res) => {
  const host = req.query.cdn;
@@  const r = await axios.get(\`https://\${host}/avatars/\${req.query.id}.png\`, { responseType: 'arraybuffer' });
  res.type('png').send(r.data);
});

app.get('/avatar2', async (req, res) => {
@ok  const r = await axios.get(\`https://cdn.example.com/avatars/\${encodeURIComponent(req.query.id)}.png\`, { responseType: 'arraybuffer' });
  res.type('png').send(r.data);
});
`,
  ),
  ...js(
    "CWE-94",
    "worker and dynamic import whose specifier is the request value vs a name looked up in a fixed map",
    `const { Worker } = require('node:worker_threads');
const express = require('express');
const app = express();
const JOBS = { resize: './jobs/resize.js', thumb: './jobs/thumb.js' };

app.post('/run', (req, res) => {
@@  const w = new Worker(new URL(req.body.script));
  w.on('message', (m) => res.json(m));
});

app.post('/plugin', async (req, res) => {
@@  const mod = await import(req.body.module);
  res.json(await mod.default(req.body.args));
});

app.post('/job', (req, res) => {
  const file = JOBS[req.body.job];
  if (!file) return res.sendStatus(404);
@ok  const w = new Worker(file, { workerData: req.body.args });
  w.on('message', (m) => res.json(m));
});
`,
  ),
  ...js(
    "CWE-614",
    "express-session cookie with secure:false vs secure:true",
    `const express = require('express');
const session = require('express-session');
const app = express();

@@app.use(session({ secret: process.env.SID_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: true } }));

const admin = express();
@ok admin.use(session({ secret: process.env.SID_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'strict' } }));
module.exports = { app, admin };
`,
  ),
  ...js(
    "CWE-295",
    "TLS verification switched off process-wide vs a custom CA",
    `const https = require('https');
const fs = require('fs');

function insecureMode() {
@@  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
}

@ok const agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true });
module.exports = { insecureMode, agent };
`,
  ),
  ...js(
    "CWE-79",
    "serialize-javascript with unsafe:true embedding request data in a script tag vs the default escaping",
    `const express = require('express');
const serialize = require('serialize-javascript');
const app = express();

app.get('/boot', (req, res) => {
  const state = { search: req.query.q, page: 1 };
@@  res.send(\`<script>window.__BOOT__ = \${serialize(state, { unsafe: true })}</script>\`);
});

app.get('/boot2', (req, res) => {
  const state = { search: req.query.q, page: 1 };
@ok  res.send(\`<script>window.__BOOT__ = \${serialize(state, { isJSON: true })}</script>\`);
});
`,
  ),
];
