// Dev suite "js-ts", batch 117: not blind, gaps the previous round named in the JavaScript analysis (own code, never
// taken from an advisory or a held-out corpus): a .then(cb) callback's parameter when the promise resolves to a
// constant, module-level helpers whose every caller passes constants, Elysia / Hono / Fastify responses with an
// explicit text/plain or JSON content type, redirects to an OAuth / OIDC library's own authorization URL, one-level
// writes keyed by a schema's or registry's own keys, and template engines compiling their own template text.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch117", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch117", cwe, note, src, "typescript");

export const BATCH117: DevCase[] = [
  // --- (1) .then(cb) parameters ---
  ...js(
    "CWE-78",
    "then(cb): the callback's parameter is the promise's constant value vs request data resolved through a promise",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

async function defaultCommand() {
  return 'uptime';
}

app.get('/health', (req, res) => {
  Promise.resolve('ls -la /srv/app').then((cmd) => {
@ok    exec(cmd, (err, out) => res.send(out));
  });
});

app.get('/uptime', (req, res) => {
  defaultCommand().then(function (cmd) {
@ok    exec(cmd, (err, out) => res.type('text/plain').send(out));
  });
});

app.get('/run', (req, res) => {
  Promise.resolve(req.query.cmd).then((cmd) => {
@@    exec(cmd, (err, out) => res.send(out));
  });
});

app.post('/job', (req, res) => {
  new Promise((resolve) => resolve(req.body.script)).then((script) => {
@@    exec(script, (err, out) => res.send(out));
  });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "then(cb) in TypeScript: a constant path from an async helper vs a fetched value keyed by the query",
    `import express, { Request, Response } from 'express';
import fs from 'fs/promises';

const app = express();

async function manifestPath(): Promise<string> {
  return '/srv/app/manifest.json';
}

async function lookupFile(name: string): Promise<string> {
  return '/srv/uploads/' + name;
}

app.get('/manifest', (req: Request, res: Response) => {
  manifestPath()
    .then((p) => {
@ok      return fs.readFile(p, 'utf8');
    })
    .then((text) => res.type('application/json').send(text));
});

app.get('/file', (req: Request, res: Response) => {
  lookupFile(String(req.query.name))
    .then((p) => {
@@      return fs.readFile(p, 'utf8');
    })
    .then((text) => res.type('text/plain').send(text));
});

app.listen(3000);
`,
  ),
  // --- (2) module-level helpers called with constants only ---
  ...js(
    "CWE-78",
    "module helper: every caller passes a constant vs a helper one caller feeds request data, and an exported helper",
    `const { exec, execSync } = require('child_process');
const express = require('express');

const app = express();

function runDiagnostic(cmd, res) {
@ok  exec(cmd, { timeout: 5000 }, (err, out) => res.type('text/plain').send(out));
}

function runTool(cmd, res) {
@@  exec(cmd, (err, out) => res.type('text/plain').send(out));
}

function gitRevision(ref) {
@@  return execSync('git rev-parse ' + ref).toString().trim();
}

app.get('/diag/disk', (req, res) => runDiagnostic('df -h', res));
app.get('/diag/mem', (req, res) => runDiagnostic('free -m', res));

app.get('/tool/uptime', (req, res) => runTool('uptime', res));
app.get('/tool/grep', (req, res) => runTool('grep -r ' + req.query.pattern + ' /var/log/app', res));

app.get('/version', (req, res) => res.json({ rev: gitRevision('HEAD') }));

module.exports = { app, gitRevision };
`,
  ),
  ...ts(
    "CWE-89",
    "module helper in TypeScript: a count query over constant table names vs one whose name comes from the path",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();

async function countRows(table: string): Promise<number> {
@ok  const r = await pool.query('SELECT count(*) AS n FROM ' + table);
  return Number(r.rows[0].n);
}

async function countIn(table: string): Promise<number> {
@@  const r = await pool.query('SELECT count(*) AS n FROM ' + table);
  return Number(r.rows[0].n);
}

app.get('/stats', async (req: Request, res: Response) => {
  const users = await countRows('users');
  const orders = await countRows('orders');
  res.json({ users, orders });
});

app.get('/stats/:table', async (req: Request, res: Response) => {
  res.json({ n: await countIn(req.params.table) });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "module helper that escapes as a value (an event handler) keeps its parameter unknown",
    `const { exec } = require('child_process');
const EventEmitter = require('events');

const jobs = new EventEmitter();

function runJob(command) {
@@  exec(command, (err) => {
    if (err) console.error(err);
  });
}

function cleanup(dir) {
@ok  exec('rm -rf ' + dir, (err) => {
    if (err) console.error(err);
  });
}

jobs.on('job', runJob);
cleanup('/tmp/app-cache');
cleanup('/tmp/app-sessions');

process.stdin.on('data', (chunk) => jobs.emit('job', chunk.toString()));
`,
  ),
  // --- (3) explicit non-HTML content types ---
  ...ts(
    "CWE-79",
    "Hono: c.body with an explicit text/plain or JSON content type vs c.html",
    `import { Hono } from 'hono';

const app = new Hono();

app.get('/greet', (c) => {
  const name = c.req.query('name') ?? 'world';
@ok  return c.body(\`Hello \${name}\`, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
});

app.get('/echo', (c) => {
  const msg = c.req.query('msg') ?? '';
  c.header('Content-Type', 'application/json');
@ok  return c.body(JSON.stringify({ msg }));
});

app.get('/page', (c) => {
  const name = c.req.query('name') ?? '';
@@  return c.html(\`<h1>Hello \${name}</h1>\`);
});

app.get('/raw', (c) => {
  const name = c.req.query('name') ?? '';
  c.header('Content-Type', 'text/html');
@@  return c.body(\`<p>\${name}</p>\`);
});

export default app;
`,
  ),
  ...js(
    "CWE-79",
    "Fastify: reply.type('text/plain') / a JSON content-type header vs reply.type('text/html')",
    `const fastify = require('fastify')({ logger: true });

fastify.get('/hello', async (request, reply) => {
@ok  reply.type('text/plain').send('Hello ' + request.query.name);
});

fastify.get('/echo', async (request, reply) => {
  reply.header('content-type', 'application/json; charset=utf-8');
@ok  return reply.send('{"echo":"' + request.query.msg + '"}');
});

fastify.get('/page', async (request, reply) => {
@@  reply.type('text/html').send('<h1>Hello ' + request.query.name + '</h1>');
});

fastify.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-79",
    "Elysia: set.headers content-type text/plain and a text/plain Response vs text/html",
    `import { Elysia } from 'elysia';

const app = new Elysia()
  .get('/greet', ({ query, set }) => {
    set.headers['content-type'] = 'text/plain; charset=utf-8';
@ok    return \`Hello \${query.name}\`;
  })
  .get('/plain', ({ query }) => {
@ok    return new Response(\`Hello \${query.name}\`, { headers: { 'Content-Type': 'text/plain' } });
  })
  .get('/page', ({ query, set }) => {
    set.headers['content-type'] = 'text/html; charset=utf-8';
@@    return \`<h1>Hello \${query.name}</h1>\`;
  })
  .get('/html', ({ query }) => {
@@    return new Response(\`<p>\${query.name}</p>\`, { headers: { 'Content-Type': 'text/html' } });
  })
  .listen(3000);

export type App = typeof app;
`,
  ),
  // --- (3) part 2, written after part 1's fixes: markup (not plain words) under an explicit non-HTML type ---
  ...ts(
    "CWE-79",
    "Hono c.text and Elysia plain-text headers around markup-looking text vs the same markup sent as HTML",
    `import { Hono } from 'hono';
import { Elysia } from 'elysia';

const app = new Hono();

app.get('/preview', (c) => {
  const tag = c.req.query('tag') ?? 'p';
@ok  return c.text(\`<\${tag}> is not rendered here\`);
});

app.get('/preview-html', (c) => {
  const tag = c.req.query('tag') ?? 'p';
@@  return c.html(\`<\${tag}>preview</\${tag}>\`);
});

export const api = new Elysia()
  .get('/snippet', ({ query, set }) => {
    set.headers['content-type'] = 'text/plain; charset=utf-8';
@ok    return \`<b>\${query.text}</b>\`;
  })
  .get('/snippet-json', ({ query, set }) => {
    set.headers = { 'content-type': 'application/json' };
@ok    return \`{"html":"<b>\${query.text}</b>"}\`;
  })
  .get('/snippet-raw', ({ query }) => {
@ok    return new Response(\`<b>\${query.text}</b>\`, { headers: new Headers({ 'Content-Type': 'text/plain' }) });
  })
  .get('/snippet-page', ({ query, set }) => {
    set.headers['content-type'] = 'text/html';
@@    return \`<b>\${query.text}</b>\`;
  });

export default app;
`,
  ),
  ...js(
    "CWE-79",
    "Express res.contentType('text/plain') before markup vs res.contentType('html')",
    `const express = require('express');

const app = express();

app.get('/debug', (req, res) => {
  res.contentType('text/plain');
@ok  res.send(\`<pre>\${req.query.q}</pre>\`);
});

app.get('/page', (req, res) => {
  res.contentType('html');
@@  res.send(\`<pre>\${req.query.q}</pre>\`);
});

app.listen(3000);
`,
  ),
  // --- (4) OAuth / OIDC authorization URLs ---
  ...js(
    "CWE-601",
    "openid-client authorizationUrl and googleapis generateAuthUrl redirects vs a returnTo taken from the query",
    `const express = require('express');
const session = require('express-session');
const { Issuer, generators } = require('openid-client');
const { google } = require('googleapis');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

let client;
Issuer.discover('https://accounts.example.com').then((issuer) => {
  client = new issuer.Client({
    client_id: process.env.OIDC_CLIENT_ID,
    client_secret: process.env.OIDC_CLIENT_SECRET,
    redirect_uris: ['https://app.example.com/callback'],
    response_types: ['code'],
  });
});

const oauth2Client = new google.auth.OAuth2(
  process.env.GOOGLE_CLIENT_ID,
  process.env.GOOGLE_CLIENT_SECRET,
  'https://app.example.com/google/callback',
);

app.get('/login', (req, res) => {
  const state = generators.state();
  const codeVerifier = generators.codeVerifier();
  req.session.state = state;
  req.session.codeVerifier = codeVerifier;
  const url = client.authorizationUrl({
    scope: 'openid email profile',
    state,
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
@ok  res.redirect(url);
});

app.get('/google/login', (req, res) => {
  const url = oauth2Client.generateAuthUrl({
    access_type: 'offline',
    scope: ['https://www.googleapis.com/auth/userinfo.email'],
  });
@ok  res.redirect(url);
});

app.get('/callback', async (req, res) => {
  const params = client.callbackParams(req);
  await client.callback('https://app.example.com/callback', params, {
    state: req.session.state,
    code_verifier: req.session.codeVerifier,
  });
@@  res.redirect(req.query.returnTo);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "node-oauth OAuth2.getAuthorizeUrl and simple-oauth2 authorizeURL redirects vs a next parameter",
    `import express, { Request, Response } from 'express';
import { OAuth2 } from 'oauth';
import { AuthorizationCode } from 'simple-oauth2';

const app = express();

const oauth2 = new OAuth2(
  process.env.GH_CLIENT_ID as string,
  process.env.GH_CLIENT_SECRET as string,
  'https://github.com/',
  'login/oauth/authorize',
  'login/oauth/access_token',
);

const authCode = new AuthorizationCode({
  client: { id: process.env.CLIENT_ID as string, secret: process.env.CLIENT_SECRET as string },
  auth: { tokenHost: 'https://auth.example.com' },
});

app.get('/auth/github', (req: Request, res: Response) => {
  const authUrl = oauth2.getAuthorizeUrl({
    redirect_uri: 'https://app.example.com/auth/github/callback',
    scope: ['read:user'],
    state: 'gh-login',
  });
@ok  res.redirect(authUrl);
});

app.get('/auth/example', (req: Request, res: Response) => {
  const authorizationUri = authCode.authorizeURL({
    redirect_uri: 'https://app.example.com/auth/example/callback',
    scope: 'profile',
  });
@ok  res.redirect(authorizationUri);
});

app.get('/auth/done', (req: Request, res: Response) => {
  const next = String(req.query.next || '/');
@@  res.redirect(next);
});

app.listen(3000);
`,
  ),
  // --- (5) one-level writes keyed by a schema's own keys ---
  ...js(
    "CWE-1321",
    "defaults from a schema's own keys and a registry copied by its own keys vs keys taken from the request body (one-level writes on a fresh object, nested writes)",
    `const express = require('express');

const app = express();
app.use(express.json());

const settingsSchema = {
  theme: { type: 'string', default: 'light' },
  pageSize: { type: 'number', default: 20 },
  locale: { type: 'string', default: 'en' },
};

const handlers = {
  csv: () => 'text/csv',
  json: () => 'application/json',
};

function withDefaults(input) {
  const out = {};
  for (const name of Object.keys(settingsSchema)) {
@ok    out[name] = input[name] !== undefined ? input[name] : settingsSchema[name].default;
  }
  return out;
}

const exported = {};
for (const key in handlers) {
@ok  exported[key] = handlers[key];
}

app.post('/settings', (req, res) => {
  res.json(withDefaults(req.body));
});

const SECTION_DEFAULTS = {
  ui: { theme: 'light', density: 'comfortable' },
  api: { timeout: 30, retries: 2 },
};

function applySectionDefaults(target) {
  for (const section of Object.keys(SECTION_DEFAULTS)) {
@ok    target[section] = Object.assign(target[section] || {}, SECTION_DEFAULTS[section]);
  }
  return target;
}

function fillFrom(target, source) {
  for (const key of Object.keys(source)) {
@@    target[key] = Object.assign(target[key] || {}, source[key]);
  }
  return target;
}

app.post('/prefs', (req, res) => {
  res.json(applySectionDefaults({}));
});

app.post('/prefs/merge', (req, res) => {
  res.json(fillFrom({}, req.body));
});

app.post('/config', (req, res) => {
  const config = { ui: {}, api: {} };
@@  config[req.body.section][req.body.name] = req.body.value;
  res.json(config);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1321",
    "TypeScript: a store's own entries copied with Object.entries vs a loop over the request body's keys into a nested map",
    `import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const featureStore: Record<string, boolean> = { search: true, beta: false, export: true };

app.get('/features', (req: Request, res: Response) => {
  const flags: Record<string, boolean> = {};
  Object.entries(featureStore).forEach(([name, enabled]) => {
@ok    flags[name] = enabled;
  });
  res.json(flags);
});

app.post('/merge', (req: Request, res: Response) => {
  const target: Record<string, Record<string, unknown>> = {};
  for (const group of Object.keys(req.body)) {
    target[group] = target[group] || {};
    for (const k of Object.keys(req.body[group])) {
@@      target[group][k] = req.body[group][k];
    }
  }
  res.json(target);
});

app.listen(3000);
`,
  ),
  // --- (6) template engines compiling their own template text ---
  ...js(
    "CWE-94",
    "a small template engine's compile (new Function over its generated source) in a library with no request source",
    `'use strict';

const cache = new Map();

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}

function generate(template) {
  let code = "let __out = '';\\n";
  let last = 0;
  const re = /\\{\\{\\s*([\\w.]+)\\s*\\}\\}/g;
  let m;
  while ((m = re.exec(template)) !== null) {
    code += '__out += ' + JSON.stringify(template.slice(last, m.index)) + ';\\n';
    code += '__out += __esc(data.' + m[1] + ');\\n';
    last = m.index + m[0].length;
  }
  code += '__out += ' + JSON.stringify(template.slice(last)) + ';\\nreturn __out;';
  return code;
}

function compile(template) {
  if (cache.has(template)) return cache.get(template);
  const source = generate(template);
@ok  const fn = new Function('data', '__esc', source);
  const render = (data) => fn(data, escapeHtml);
  cache.set(template, render);
  return render;
}

module.exports = { compile, escapeHtml };
`,
  ),
  ...ts(
    "CWE-94",
    "a code generator building a validator from its schema vs a route compiling a template from the request",
    `import express, { Request, Response } from 'express';

type FieldSpec = { type: 'string' | 'number'; required?: boolean };

export function buildValidator(schema: Record<string, FieldSpec>): (v: Record<string, unknown>) => boolean {
  const checks: string[] = [];
  for (const [field, spec] of Object.entries(schema)) {
    const ref = 'v[' + JSON.stringify(field) + ']';
    if (spec.required) checks.push(ref + ' !== undefined');
    checks.push('(' + ref + ' === undefined || typeof ' + ref + ' === ' + JSON.stringify(spec.type) + ')');
  }
  const body = 'return ' + (checks.length ? checks.join(' && ') : 'true') + ';';
@ok  return new Function('v', body) as (v: Record<string, unknown>) => boolean;
}

const app = express();
app.use(express.json());

app.post('/render', (req: Request, res: Response) => {
  const tpl = String(req.body.template);
@@  const fn = new Function('data', 'return \`' + tpl + '\`;');
  res.type('text/plain').send(fn(req.body.data));
});

app.listen(3000);
`,
  ),
];
