// Dev suite "js-ts", batch 53: written blind, before any fix for it (own code). Koa, Fastify and hapi handlers;
// values carried through array methods (map/join/reduce/Object.entries), promise chains and callbacks; SQL through
// mysql2/knex/sequelize with IN-lists, ORDER BY and schema-coerced numbers; archive entries and upload names as
// paths; libxmljs entities; node-serialize; vm scripts; child_process execFile with a shell.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch53", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch53", cwe, note, src, "typescript");

export const BATCH53: DevCase[] = [
  ...js(
    "CWE-79",
    "Koa: ctx.body HTML from the query and from a JSON body vs escaped",
    `const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const escape = require('escape-html');

const app = new Koa();
const router = new Router();

router.get('/search', async (ctx) => {
  const { q = '' } = ctx.query;
  ctx.type = 'html';
@@  ctx.body = \`<h2>Results for \${q}</h2><ul id="r"></ul>\`;
});

router.get('/search-safe', async (ctx) => {
  const { q = '' } = ctx.query;
  ctx.type = 'html';
@ok  ctx.body = \`<h2>Results for \${escape(q)}</h2><ul id="r"></ul>\`;
});

router.post('/comments/preview', async (ctx) => {
  const { author, text } = ctx.request.body;
  const lines = String(text).split('\\n').map((l) => \`<p>\${l}</p>\`).join('');
@@  ctx.body = '<article><b>' + author + '</b>' + lines + '</article>';
});

router.post('/comments/preview-safe', async (ctx) => {
  const { author, text } = ctx.request.body;
  const lines = String(text).split('\\n').map((l) => \`<p>\${escape(l)}</p>\`).join('');
@ok  ctx.body = '<article><b>' + escape(author) + '</b>' + lines + '</article>';
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "Koa and hapi redirects to a query target vs a same-site path check",
    `const Router = require('@koa/router');
const router = new Router();

router.get('/sso/done', (ctx) => {
  const returnTo = ctx.query.returnTo || '/';
@@  ctx.redirect(returnTo);
});

router.get('/sso/done-safe', (ctx) => {
  const returnTo = String(ctx.query.returnTo || '/');
  const local = /^\\/[^/\\\\]/.test(returnTo) ? returnTo : '/';
@ok  ctx.redirect(local);
});

const hapiRoutes = [
  {
    method: 'GET',
    path: '/out',
@@    handler: (request, h) => h.redirect(request.query.to),
  },
  {
    method: 'GET',
    path: '/out-safe',
@ok    handler: (request, h) => h.redirect('/go?to=' + encodeURIComponent(request.query.to)),
  },
];

module.exports = { router, hapiRoutes };
`,
  ),
  ...ts(
    "CWE-89",
    "mysql2 IN-list built with map/join vs the array placeholder; ORDER BY from the query vs allow-list",
    `import mysql from 'mysql2/promise';
import type { Request, Response } from 'express';

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const SORTABLE: Record<string, string> = { price: 'price', name: 'name', newest: 'created_at' };

export async function byIds(req: Request, res: Response) {
  const ids = String(req.query.ids ?? '').split(',');
  const list = ids.map((id) => \`'\${id.trim()}'\`).join(', ');
@@  const [rows] = await pool.query(\`SELECT * FROM products WHERE id IN (\${list})\`);
  res.json(rows);
}

export async function byIdsSafe(req: Request, res: Response) {
  const ids = String(req.query.ids ?? '').split(',').map((id) => id.trim());
@ok  const [rows] = await pool.query('SELECT * FROM products WHERE id IN (?)', [ids]);
  res.json(rows);
}

export async function sorted(req: Request, res: Response) {
  const order = (req.query.order as string) || 'name';
@@  const [rows] = await pool.execute(\`SELECT * FROM products ORDER BY \${order}\`);
  res.json(rows);
}

export async function sortedSafe(req: Request, res: Response) {
  const order = SORTABLE[String(req.query.order)] ?? 'name';
@ok  const [rows] = await pool.execute(\`SELECT * FROM products ORDER BY \${order}\`);
  res.json(rows);
}
`,
  ),
  ...ts(
    "CWE-89",
    "Fastify: SQL from an uncoerced query vs a schema-coerced integer; knex.raw with template vs bindings",
    `import Fastify from 'fastify';
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = Fastify();

app.get('/invoice', async (request) => {
  const { id } = request.query as { id: string };
@@  return knex.raw(\`SELECT * FROM invoices WHERE id = \${id}\`);
});

app.get(
  '/invoice-typed',
  { schema: { querystring: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } } },
  async (request) => {
    const { id } = request.query as { id: number };
@ok    return knex.raw('SELECT * FROM invoices WHERE id = ?', [id]);
  },
);

app.get('/invoice-by-ref', async (request) => {
  const { ref } = request.query as { ref: string };
@ok  return knex('invoices').where({ ref }).first();
});

app.get('/invoice-search', async (request) => {
  const { ref } = request.query as { ref: string };
@@  return knex('invoices').whereRaw("ref LIKE '" + ref + "%'");
});

app.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-78",
    "options object reduced into a command line vs an argument array; execFile with shell: true",
    `const express = require('express');
const { exec, execFile, spawn } = require('child_process');

const app = express();
app.use(express.json());

app.post('/transcode', (req, res) => {
  const { input, options = {} } = req.body;
  const cmd = Object.entries(options).reduce((acc, [k, v]) => \`\${acc} -\${k} \${v}\`, \`ffmpeg -i \${input}\`);
@@  exec(cmd + ' out.mp4', (err) => res.json({ ok: !err }));
});

app.post('/transcode-safe', (req, res) => {
  const { input, options = {} } = req.body;
  const args = Object.entries(options).flatMap(([k, v]) => [\`-\${k}\`, String(v)]);
@ok  const p = spawn('ffmpeg', ['-i', String(input), ...args, 'out.mp4']);
  p.on('close', (code) => res.json({ ok: code === 0 }));
});

app.get('/log', (req, res) => {
  const branch = req.query.branch;
@@  execFile('git', ['log', '--oneline', branch], { shell: true }, (err, out) => res.type('text').send(out));
});

app.get('/log-safe', (req, res) => {
  const branch = req.query.branch;
@ok  execFile('git', ['log', '--oneline', '--end-of-options', branch], (err, out) => res.type('text').send(out));
});
`,
  ),
  ...js(
    "CWE-22",
    "adm-zip and unzipper entries written under a directory vs a resolved-prefix check",
    `const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const fs = require('fs');
const path = require('path');

function extractAll(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  zip.getEntries().forEach((entry) => {
    if (entry.isDirectory) return;
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  });
}

function extractAllSafe(zipPath, dest) {
  const root = path.resolve(dest);
  for (const entry of new AdmZip(zipPath).getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error('bad entry ' + entry.entryName);
@ok    fs.writeFileSync(target, entry.getData());
  }
}

function streamExtract(stream, out) {
  return stream.pipe(unzipper.Parse()).on('entry', (entry) => {
@@    entry.pipe(fs.createWriteStream(path.join(out, entry.path)));
  });
}

function streamExtractSafe(stream, out) {
  return stream.pipe(unzipper.Parse()).on('entry', (entry) => {
    const name = path.basename(entry.path);
@ok    entry.pipe(fs.createWriteStream(path.join(out, name)));
  });
}

module.exports = { extractAll, extractAllSafe, streamExtract, streamExtractSafe };
`,
  ),
  ...ts(
    "CWE-22",
    "Fastify: wildcard path into createReadStream vs @fastify/static's rooted sendFile; promise-chained readFile",
    `import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { createReadStream, promises as fsp } from 'fs';
import path from 'path';

const ASSETS = path.join(__dirname, 'assets');
const app = Fastify();
app.register(fastifyStatic, { root: ASSETS, serve: false });

app.get('/assets/*', (request, reply) => {
  const rel = (request.params as { '*': string })['*'];
@@  reply.send(createReadStream(path.join(ASSETS, rel)));
});

app.get('/assets2/*', (request, reply) => {
  const rel = (request.params as { '*': string })['*'];
@ok  return reply.sendFile(rel);
});

app.get('/notes', (request, reply) => {
  const { name } = request.query as { name: string };
  fsp
@@    .readFile(path.resolve(ASSETS, 'notes', name), 'utf8')
    .then((text) => reply.type('text/plain').send(text))
    .catch(() => reply.code(404).send());
});

app.get('/notes-safe', (request, reply) => {
  const { name } = request.query as { name: string };
  if (!/^[\\w-]+\\.md$/.test(name)) return reply.code(400).send();
  fsp
@ok    .readFile(path.resolve(ASSETS, 'notes', name), 'utf8')
    .then((text) => reply.type('text/plain').send(text));
});
`,
  ),
  ...js(
    "CWE-22",
    "Koa multipart upload saved under the client's file name vs a generated name",
    `const Koa = require('koa');
const { koaBody } = require('koa-body');
const fs = require('fs/promises');
const path = require('path');
const crypto = require('crypto');

const app = new Koa();
const UPLOADS = path.join(__dirname, 'uploads');
app.use(koaBody({ multipart: true }));

app.use(async (ctx) => {
  const file = ctx.request.files.avatar;
  if (ctx.path === '/upload') {
@@    await fs.copyFile(file.filepath, path.join(UPLOADS, file.originalFilename));
    ctx.body = 'ok';
  } else if (ctx.path === '/upload-safe') {
    const ext = path.extname(file.originalFilename || '').toLowerCase() === '.png' ? '.png' : '.bin';
@ok    await fs.copyFile(file.filepath, path.join(UPLOADS, crypto.randomUUID() + ext));
    ctx.body = 'ok';
  }
});
`,
  ),
  ...ts(
    "CWE-611",
    "libxmljs parseXml with noent: true on the raw body vs entities off",
    `import express from 'express';
import libxmljs from 'libxmljs';

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});
`,
  ),
  ...js(
    "CWE-502",
    "node-serialize unserialize of a cookie vs JSON.parse",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/prefs', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString();
@@  const prefs = serialize.unserialize(raw);
  res.json(prefs);
});

app.get('/prefs-safe', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString();
@ok  const prefs = JSON.parse(raw || '{}');
  res.json(prefs);
});
`,
  ),
  ...js(
    "CWE-94",
    "hapi payload: eval of a loose JSON body and vm.Script of a template vs JSON.parse and a fixed script",
    `const Hapi = require('@hapi/hapi');
const vm = require('vm');

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'POST',
  path: '/config',
  options: { payload: { parse: false } },
  handler: (request) => {
    const text = request.payload.toString();
@@    const cfg = eval('(' + text + ')');
    return { keys: Object.keys(cfg) };
  },
});

server.route({
  method: 'POST',
  path: '/config-safe',
  options: { payload: { parse: false } },
  handler: (request) => {
@ok    const cfg = JSON.parse(request.payload.toString());
    return { keys: Object.keys(cfg) };
  },
});

server.route({
  method: 'GET',
  path: '/render',
  handler: (request) => {
    const { tpl = '' } = request.query;
@@    const script = new vm.Script('\`' + tpl + '\`');
    return script.runInNewContext({ user: request.auth.credentials });
  },
});

server.route({
  method: 'GET',
  path: '/render-safe',
  handler: (request) => {
    const script = new vm.Script('user.name.toUpperCase()');
@ok    return script.runInNewContext({ user: { name: String(request.query.name) } });
  },
});

server.start();
`,
  ),
  ...ts(
    "CWE-918",
    "Koa webhook tester: fetch of a body URL and axios config object vs a resolved host allow-list",
    `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import axios from 'axios';

const router = new Router();
const HOOK_HOSTS = ['hooks.slack.com', 'discord.com'];

router.post('/hooks/test', async (ctx) => {
  const { webhook } = ctx.request.body as { webhook: string };
@@  const r = await fetch(webhook, { method: 'POST', body: JSON.stringify({ text: 'ping' }) });
  ctx.body = { status: r.status };
});

router.post('/hooks/test2', async (ctx) => {
  const body = ctx.request.body as { webhook: string; payload?: unknown };
@@  const r = await axios({ method: 'post', url: body.webhook, data: body.payload ?? {} });
  ctx.body = { status: r.status };
});

router.post('/hooks/test-safe', async (ctx) => {
  const { webhook } = ctx.request.body as { webhook: string };
  const u = new URL(webhook);
  if (u.protocol !== 'https:' || !HOOK_HOSTS.includes(u.hostname)) ctx.throw(400, 'host not allowed');
@ok  const r = await fetch(u, { method: 'POST', body: JSON.stringify({ text: 'ping' }) });
  ctx.body = { status: r.status };
});

new Koa().use(bodyParser()).use(router.routes()).listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "Koa + mongoose: find with the whole body and $where from reduce vs fields cast",
    `const Router = require('@koa/router');
const Order = require('./models/order');

const router = new Router();

router.post('/orders/search', async (ctx) => {
@@  ctx.body = await Order.find(ctx.request.body).limit(50);
});

router.post('/orders/search-safe', async (ctx) => {
  const { status, customer } = ctx.request.body;
@ok  ctx.body = await Order.find({ status: String(status), customer: String(customer) }).limit(50);
});

router.get('/orders/total', async (ctx) => {
  const min = ctx.query.min;
@@  ctx.body = await Order.find({ $where: 'this.total > ' + min });
});

router.get('/orders/total-safe', async (ctx) => {
  const min = Number(ctx.query.min) || 0;
@ok  ctx.body = await Order.find({ total: { $gt: min } });
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-79",
    "hapi: h.response of HTML with a query value vs a view with auto-escaping",
    `const Hapi = require('@hapi/hapi');
const Hoek = require('@hapi/hoek');

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/welcome',
  handler: (request, h) => {
    const who = request.query.who || 'friend';
@@    return h.response('<html><body>Hello ' + who + '</body></html>').type('text/html');
  },
});

server.route({
  method: 'GET',
  path: '/welcome-safe',
  handler: (request, h) => {
    const who = request.query.who || 'friend';
@ok    return h.response('<html><body>Hello ' + Hoek.escapeHtml(who) + '</body></html>').type('text/html');
  },
});

server.start();
`,
  ),
];
