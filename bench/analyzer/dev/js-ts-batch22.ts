// Dev suite "js-ts", batch 22: server-side Node, written blind (before reading the rules) and measured before any
// fix that followed it. Same shape as batches 5-21. zx's escaping `$` template next to shells built by hand and
// execa with `shell: true`; Prisma's raw helpers (`Prisma.raw`, `$executeRawUnsafe`) next to `Prisma.sql`; knex
// `orderByRaw`; axios instances whose baseURL an absolute request URL overrides, got's prefixUrl; archive entries
// written where their names point; vm and Function over request text; hard-coded secrets handed to clients;
// TLS checks switched off per agent; API keys compared with `===`; mass assignment through Sequelize and Mongoose;
// Koa/Fastify/hapi HTML responses.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch22", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch22", cwe, note, src, "typescript");

export const BATCH22: DevCase[] = [
  ...ts(
    "CWE-78",
    "zx's escaping template vs shells built by hand; execa with shell: true",
    `import Fastify from 'fastify';
import { $ } from 'zx';
import { execa } from 'execa';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';

const sh = promisify(exec);
const app = Fastify();

app.get<{ Querystring: { branch: string } }>('/deploy', async (request) => {
@ok  const out = await $\`git checkout \${request.query.branch}\`;
  return out.stdout;
});

app.get<{ Querystring: { branch: string } }>('/deploy-raw', async (request) => {
@@  const { stdout } = await sh(\`git checkout \${request.query.branch} && npm run build\`);
  return stdout;
});

app.get<{ Querystring: { file: string } }>('/lines', async (request) => {
@@  const { stdout } = await execa(\`wc -l \${request.query.file}\`, { shell: true });
  return stdout;
});

app.get<{ Querystring: { file: string } }>('/lines-args', async (request) => {
@ok  const { stdout } = await execa('wc', ['-l', '--', request.query.file]);
  return stdout;
});

app.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-89",
    "Prisma raw helpers and knex orderByRaw from the request vs Prisma.sql and bindings",
    `import express from 'express';
import { Prisma, PrismaClient } from '@prisma/client';
import knex from 'knex';

const prisma = new PrismaClient();
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

app.delete('/sessions', async (req, res) => {
@@  await prisma.$executeRawUnsafe(\`DELETE FROM "Session" WHERE "userId" = '\${req.body.userId}'\`);
  res.sendStatus(204);
});

app.delete('/sessions-bound', async (req, res) => {
@ok  await prisma.$executeRaw(Prisma.sql\`DELETE FROM "Session" WHERE "userId" = \${req.body.userId}\`);
  res.sendStatus(204);
});

app.get('/sorted', async (req, res) => {
@@  const rows = await prisma.$queryRaw(Prisma.sql\`SELECT * FROM "Post" ORDER BY \${Prisma.raw(String(req.query.sort))}\`);
  res.json(rows);
});

app.get('/posts', async (req, res) => {
@@  const rows = await db('posts').select('*').orderByRaw(String(req.query.order));
  res.json(rows);
});

app.get('/posts-bound', async (req, res) => {
@ok  const rows = await db('posts').select('*').orderByRaw('?? desc', [String(req.query.column)]);
  res.json(rows);
});
`,
  ),
  ...js(
    "CWE-918",
    "axios instances with a base URL (absolute request URLs override it), got with prefixUrl, http.get",
    `const express = require('express');
const axios = require('axios');
const got = require('got');
const http = require('http');

const api = axios.create({ baseURL: 'https://api.internal.example.com/v1/' });
const client = got.extend({ prefixUrl: 'https://api.internal.example.com/v1' });
const app = express();

app.get('/proxy', async (req, res) => {
@@  const { data } = await api.get(req.query.path);
  res.json(data);
});

app.get('/proxy-encoded', async (req, res) => {
@ok  const { data } = await api.get(\`items/\${encodeURIComponent(req.query.id)}\`);
  res.json(data);
});

app.get('/proxy-got', async (req, res) => {
@ok  const body = await client.get(\`items/\${encodeURIComponent(req.query.id)}\`).json();
  res.json(body);
});

app.get('/status', (req, res) => {
@@  http.get(\`http://\${req.query.host}:8080/health\`, (r) => r.pipe(res));
});

app.get('/status-fixed', (req, res) => {
@ok  http.get('http://localhost:8080/health', (r) => r.pipe(res));
});
`,
  ),
  ...js(
    "CWE-22",
    "unzipper and adm-zip entries written where their names point vs names kept inside the target",
    `const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');
const AdmZip = require('adm-zip');

function extract(zipPath, dest) {
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractChecked(zipPath, dest) {
  const root = path.resolve(dest);
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const target = path.resolve(root, entry.path);
      if (!target.startsWith(root + path.sep)) return entry.autodrain();
@ok      entry.pipe(fs.createWriteStream(target));
    });
}

function extractAdm(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  for (const e of zip.getEntries()) {
    if (e.isDirectory) continue;
@@    fs.writeFileSync(path.join(dest, e.entryName), e.getData());
  }
}

function extractAdmBase(zipPath, dest) {
  const zip = new AdmZip(zipPath);
  for (const e of zip.getEntries()) {
    if (e.isDirectory) continue;
@ok    fs.writeFileSync(path.join(dest, path.basename(e.entryName)), e.getData());
  }
}

module.exports = { extract, extractChecked, extractAdm, extractAdmBase };
`,
  ),
  ...js(
    "CWE-94",
    "vm and Function over request text vs vm over fixed code with request data as context",
    `const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expression, { Math });
  res.json({ result });
});

app.post('/calc-fixed', (req, res) => {
  const ctx = { a: Number(req.body.a), b: Number(req.body.b) };
@ok  const result = vm.runInNewContext('a * b + 1', ctx);
  res.json({ result });
});

app.post('/rule', (req, res) => {
@@  const check = new Function('order', 'return ' + req.body.condition);
  res.json({ ok: check(req.body.order) });
});

app.post('/rule-fixed', (req, res) => {
@ok  const check = new Function('order', 'return order.total > 100');
  res.json({ ok: check(req.body.order) });
});

app.get('/later', (req, res) => {
@@  setTimeout('notify(' + JSON.stringify(req.query.id) + ', "' + req.query.msg + '")', 1000);
  res.sendStatus(202);
});

function notify() {}
`,
  ),
  ...ts(
    "CWE-798",
    "secrets written into client constructors and signing calls vs read from the environment",
    `import jwt from 'jsonwebtoken';
import mongoose from 'mongoose';
import Stripe from 'stripe';
import { S3Client } from '@aws-sdk/client-s3';

@@const stripe = new Stripe('sk_live_51HxQ2bKk3mPq8sTz0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV', { apiVersion: '2023-10-16' });
@ok const stripeEnv = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });

export function sign(userId: string) {
@@  return jwt.sign({ sub: userId }, 'my-super-secret-signing-key-2024', { expiresIn: '1h' });
}

export function signEnv(userId: string) {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '1h' });
}

@@mongoose.connect('mongodb://admin:Tr0ub4dor%263@db.example.com:27017/prod?authSource=admin');
@ok mongoose.connect(process.env.MONGO_URL!);

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAQX3VJ5ZL7MNB2K4D',
@@    secretAccessKey: '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',
  },
});

@ok export const s3Default = new S3Client({ region: 'eu-west-1' });

export { stripe, stripeEnv };
`,
  ),
  ...js(
    "CWE-295",
    "TLS verification switched off per agent and process-wide vs a pinned CA",
    `const https = require('https');
const fs = require('fs');
const axios = require('axios');
const { Agent } = require('undici');

@@const insecure = new https.Agent({ rejectUnauthorized: false });
@ok const pinned = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

async function fetchReport(url) {
  return axios.get(url, { httpsAgent: insecure });
}

async function fetchReportPinned(url) {
  return axios.get(url, { httpsAgent: pinned });
}

@@const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });

if (process.env.NODE_ENV === 'development') {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

module.exports = { fetchReport, fetchReportPinned, dispatcher };
`,
  ),
  ...js(
    "CWE-208",
    "API keys and webhook signatures compared with === vs timingSafeEqual",
    `const express = require('express');
const crypto = require('crypto');
const app = express();

app.use('/admin', (req, res, next) => {
@@  if (req.get('x-api-key') !== process.env.ADMIN_API_KEY) return res.sendStatus(401);
  next();
});

app.use('/internal', (req, res, next) => {
  const given = Buffer.from(String(req.get('x-api-key') || ''));
  const expected = Buffer.from(process.env.INTERNAL_API_KEY || '');
@ok  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401);
  next();
});

app.post('/webhook', express.raw({ type: '*/*' }), (req, res) => {
  const digest = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
@@  if (digest !== req.get('x-signature')) return res.sendStatus(400);
  res.sendStatus(200);
});
`,
  ),
  ...js(
    "CWE-915",
    "Sequelize create/update and Mongoose constructors from the whole body vs picked fields",
    `const express = require('express');
const { User } = require('./models');
const Account = require('./models/account');
const app = express();
app.use(express.json());

app.post('/users', async (req, res) => {
@@  const user = await User.create(req.body);
  res.status(201).json(user);
});

app.post('/users-picked', async (req, res) => {
  const { name, email } = req.body;
@ok  const user = await User.create({ name, email });
  res.status(201).json(user);
});

app.put('/users/:id', async (req, res) => {
@@  await User.update(req.body, { where: { id: req.params.id } });
  res.sendStatus(204);
});

app.put('/users/:id/fields', async (req, res) => {
@ok  await User.update(req.body, { where: { id: req.params.id }, fields: ['name', 'email'] });
  res.sendStatus(204);
});

app.post('/accounts', async (req, res) => {
@@  const account = new Account(req.body);
  await account.save();
  res.status(201).json(account);
});
`,
  ),
  ...js(
    "CWE-79",
    "Koa, Fastify and hapi HTML responses built from request text vs escaped",
    `const Koa = require('koa');
const Router = require('@koa/router');
const fastify = require('fastify')();
const Hapi = require('@hapi/hapi');
const escapeHtml = require('escape-html');

const router = new Router();
router.get('/search', (ctx) => {
@@  ctx.body = '<p>Results for ' + ctx.query.q + '</p>';
});
router.get('/search-escaped', (ctx) => {
@ok  ctx.body = '<p>Results for ' + escapeHtml(ctx.query.q) + '</p>';
});
router.get('/search-json', (ctx) => {
@ok  ctx.body = { q: ctx.query.q, results: [] };
});

fastify.get('/hi', (request, reply) => {
@@  reply.type('text/html').send(\`<h1>Hi \${request.query.name}</h1>\`);
});
fastify.get('/hi-escaped', (request, reply) => {
@ok  reply.type('text/html').send(\`<h1>Hi \${escapeHtml(request.query.name)}</h1>\`);
});

const server = Hapi.server({ port: 3001 });
server.route({
  method: 'GET',
  path: '/tag/{name}',
  handler: (request, h) => {
@@    return h.response('<b>' + request.params.name + '</b>').type('text/html');
  },
});
server.route({
  method: 'GET',
  path: '/tag-escaped/{name}',
  handler: (request, h) => {
@ok    return h.response('<b>' + escapeHtml(request.params.name) + '</b>').type('text/html');
  },
});

const app = new Koa();
app.use(router.routes());
`,
  ),
];
