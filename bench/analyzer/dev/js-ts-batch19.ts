// Dev suite "js-ts", batch 19: more server-side Node code, written blind (before reading the rules) and measured
// before any fix that followed it. Same shape as batches 5-18. Mass assignment through Prisma, TypeORM, lodash
// merge and Mongoose document set; CORS origin callbacks that accept everyone with credentials; helmet with parts
// switched off; multer storage under request-chosen folders; Socket.IO and ws messages reaching the file system
// and the shell; Deno.serve handlers; Function constructors over request text; child_process fork of a module
// the client names.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch19", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch19", cwe, note, src, "typescript");

export const BATCH19: DevCase[] = [
  ...ts(
    "CWE-915",
    "Prisma and TypeORM writes taking the request body as data",
    `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { AppDataSource } from './data-source';
import { Profile } from './entity/Profile';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.put('/users/:id', async (req, res) => {
@@  const user = await prisma.user.update({ where: { id: Number(req.params.id) }, data: req.body });
  res.json(user);
});

app.put('/users/:id/bio', async (req, res) => {
@ok  const user = await prisma.user.update({ where: { id: Number(req.params.id) }, data: { bio: String(req.body.bio) } });
  res.json(user);
});

app.put('/profiles/:id', async (req, res) => {
  const repo = AppDataSource.getRepository(Profile);
@@  await repo.update(req.params.id, req.body);
  res.sendStatus(204);
});

app.put('/profiles/:id/avatar', async (req, res) => {
  const repo = AppDataSource.getRepository(Profile);
@ok  await repo.update(req.params.id, { avatarUrl: String(req.body.avatarUrl) });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-915",
    "lodash merge and Mongoose document set from the body",
    `const express = require('express');
const _ = require('lodash');
const Order = require('./models/order');
const app = express();
app.use(express.json());

app.patch('/orders/:id', async (req, res) => {
  const order = await Order.findById(req.params.id);
@@  _.merge(order, req.body);
  await order.save();
  res.json(order);
});

app.patch('/orders/:id/note', async (req, res) => {
  const order = await Order.findById(req.params.id);
@ok  order.set({ note: String(req.body.note || '') });
  await order.save();
  res.json(order);
});

app.patch('/orders/:id/all', async (req, res) => {
  const order = await Order.findById(req.params.id);
@@  order.set(req.body);
  await order.save();
  res.json(order);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-942",
    "CORS origin callbacks that accept every origin with credentials",
    `const express = require('express');
const cors = require('cors');
const app = express();

@@app.use(cors({ origin: (origin, callback) => callback(null, true), credentials: true }));

const allowed = ['https://app.example.com'];
@ok app.use('/safe', cors({ origin: (origin, callback) => callback(null, allowed.includes(origin)), credentials: true }));

@ok app.use('/public', cors({ origin: '*' }));

app.listen(3000);
`,
  ),
  ...js(
    "CWE-693",
    "helmet with protections switched off",
    `const express = require('express');
const helmet = require('helmet');
const app = express();

@@app.use(helmet({ contentSecurityPolicy: false }));

const admin = express();
@ok admin.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } }));

module.exports = { app, admin };
`,
  ),
  ...ts(
    "CWE-22",
    "multer storage under folders the client names",
    `import express from 'express';
import multer from 'multer';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const ROOT = '/srv/uploads';

const storage = multer.diskStorage({
  destination: (req, _file, cb) => {
@@    cb(null, path.join(ROOT, req.body.album));
  },
  filename: (_req, file, cb) => cb(null, file.originalname),
});

const safeStorage = multer.diskStorage({
  destination: (_req, _file, cb) => {
@ok    cb(null, path.join(ROOT, 'incoming'));
  },
  filename: (_req, file, cb) => cb(null, randomUUID() + path.extname(file.originalname)),
});

const app = express();
app.post('/photos', multer({ storage }).single('photo'), (_req, res) => res.sendStatus(201));
app.post('/photos2', multer({ storage: safeStorage }).single('photo'), (_req, res) => res.sendStatus(201));
app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "Socket.IO events reading and deleting files",
    `const { Server } = require('socket.io');
const fs = require('fs/promises');
const path = require('path');

const io = new Server(3000);
const NOTES = path.join(__dirname, 'notes');

io.on('connection', (socket) => {
  socket.on('open-note', async ({ name }, ack) => {
@@    const text = await fs.readFile(path.join(NOTES, name), 'utf8');
    ack(text);
  });

  socket.on('delete-note', async (name) => {
    const target = path.resolve(NOTES, String(name));
    if (!target.startsWith(NOTES + path.sep)) return;
@ok    await fs.unlink(target);
  });
});
`,
  ),
  ...ts(
    "CWE-78",
    "ws messages reaching the shell",
    `import { WebSocketServer } from 'ws';
import { exec, execFile } from 'node:child_process';

const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    const { host } = JSON.parse(data.toString()) as { host: string };
@@    exec('traceroute ' + host, (err, stdout) => socket.send(stdout));
  });
});

const wss2 = new WebSocketServer({ port: 8082 });
wss2.on('connection', (socket) => {
  socket.on('message', (data) => {
    const { host } = JSON.parse(data.toString()) as { host: string };
@ok    execFile('traceroute', [host], (err, stdout) => socket.send(stdout));
  });
});
`,
  ),
  ...ts(
    "CWE-89",
    "Deno.serve handlers querying with URL parameters",
    `import { Client } from 'https://deno.land/x/postgres/mod.ts';

const client = new Client(Deno.env.get('DATABASE_URL'));
await client.connect();

Deno.serve(async (req: Request) => {
  const params = new URL(req.url).searchParams;
  const tag = params.get('tag') ?? '';
  if (params.has('unsafe')) {
@@    const result = await client.queryObject(\`SELECT * FROM posts WHERE tag = '\${tag}'\`);
    return Response.json(result.rows);
  }
@ok  const result = await client.queryObject('SELECT * FROM posts WHERE tag = $1', [tag]);
  return Response.json(result.rows);
});
`,
  ),
  ...js(
    "CWE-94",
    "Function constructors and setTimeout strings over request text",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/formula', (req, res) => {
@@  const fn = new Function('row', 'return ' + req.body.formula);
  res.json(req.body.rows.map(fn));
});

app.post('/formula-safe', (req, res) => {
  const column = String(req.body.column);
@ok  const fn = new Function('row', 'return row[' + JSON.stringify(column) + ']');
  res.json(req.body.rows.map(fn));
});

app.get('/later', (req, res) => {
@@  setTimeout('notify(' + req.query.user + ')', 1000);
  res.sendStatus(202);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "child_process.fork of a module named by the client",
    `const express = require('express');
const { fork } = require('child_process');
const path = require('path');
const app = express();

const JOBS = { report: 'report.js', export: 'export.js' };

app.post('/run', (req, res) => {
@@  const child = fork(req.body.script, req.body.args || []);
  child.on('exit', (code) => res.json({ code }));
});

app.post('/run-job', (req, res) => {
  const file = JOBS[req.body.job];
  if (!Object.prototype.hasOwnProperty.call(JOBS, req.body.job)) return res.sendStatus(400);
@ok  const child = fork(path.join(__dirname, 'jobs', file));
  child.on('exit', (code) => res.json({ code }));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-113",
    "Fastify replies with headers from the request",
    `import Fastify from 'fastify';

const app = Fastify();

app.get<{ Querystring: { lang: string } }>('/page', async (request, reply) => {
@@  reply.header('Content-Language', request.query.lang);
  return 'ok';
});

app.get<{ Querystring: { lang: string } }>('/page2', async (request, reply) => {
  const lang = /^[a-z]{2}(-[A-Z]{2})?$/.test(request.query.lang) ? request.query.lang : 'en';
@ok  reply.header('Content-Language', lang);
  return 'ok';
});

app.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-915",
    "Koa handlers creating records from the parsed body",
    `const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { Member } = require('./models');

const router = new Router();

router.post('/members', async (ctx) => {
@@  ctx.body = await Member.create(ctx.request.body);
});

router.post('/members/basic', async (ctx) => {
  const { name, email } = ctx.request.body;
@ok  ctx.body = await Member.create({ name, email, role: 'member' });
});

const app = new Koa();
app.use(bodyParser()).use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "one-time passcodes from Math.random",
    `const crypto = require('crypto');
const sms = require('./sms');

async function sendLoginCode(phone) {
@@  const otp = Math.floor(100000 + Math.random() * 900000).toString();
  await sms.send(phone, 'Your code is ' + otp);
  return otp;
}

async function sendLoginCodeSecure(phone) {
@ok  const otp = crypto.randomInt(100000, 1000000).toString();
  await sms.send(phone, 'Your code is ' + otp);
  return otp;
}

module.exports = { sendLoginCode, sendLoginCodeSecure };
`,
  ),
];
