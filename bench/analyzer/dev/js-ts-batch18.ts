// Dev suite "js-ts", batch 18: server-side Node code, written blind (before reading the rules) and measured before
// any fix that followed it. Same shape as batches 5-17. Mass assignment through Mongoose/Sequelize/Object.assign
// with picked twins, response headers built from request data (CRLF, header names), weak randomness for reset
// tokens and session ids, session cookies without flags, zip extraction with unzipper/adm-zip, uploads joined to
// request-chosen folders, GraphQL resolvers, Socket.IO/ws handlers, Next.js getServerSideProps and route
// handlers, fetch-style Request handlers, worker_threads eval and child_process calls with a shell.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch18", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch18", cwe, note, src, "typescript");

export const BATCH18: DevCase[] = [
  ...js(
    "CWE-915",
    "Mongoose models created and updated from the whole body",
    `const express = require('express');
const _ = require('lodash');
const User = require('./models/user');
const Account = require('./models/account');
const app = express();
app.use(express.json());

app.post('/users', async (req, res) => {
@@  const user = await User.create(req.body);
  res.status(201).json(user);
});

app.post('/users-picked', async (req, res) => {
@ok  const user = await User.create(_.pick(req.body, ['name', 'email']));
  res.status(201).json(user);
});

app.put('/users/:id', async (req, res) => {
@@  const user = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });
  res.json(user);
});

app.put('/users/:id/profile', async (req, res) => {
  const { name, bio } = req.body;
@ok  const user = await User.findByIdAndUpdate(req.params.id, { name, bio }, { new: true });
  res.json(user);
});

app.patch('/accounts/:id', async (req, res) => {
@@  await Account.updateOne({ _id: req.params.id }, { $set: req.body });
  res.sendStatus(204);
});

app.patch('/accounts/:id/email', async (req, res) => {
@ok  await Account.updateOne({ _id: req.params.id }, { $set: { email: String(req.body.email) } });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-915",
    "Sequelize instances and Object.assign fed the request body",
    `import express, { Request, Response } from 'express';
import { User } from './models';

const router = express.Router();

router.put('/me', async (req: Request, res: Response) => {
  const user = await User.findByPk(req.session.userId);
  if (!user) return res.sendStatus(404);
@@  await user.update(req.body);
  res.json(user);
});

router.put('/me/name', async (req: Request, res: Response) => {
  const user = await User.findByPk(req.session.userId);
  if (!user) return res.sendStatus(404);
@ok  await user.update(req.body, { fields: ['displayName', 'locale'] });
  res.json(user);
});

router.post('/me/settings', async (req: Request, res: Response) => {
  const user = await User.findByPk(req.session.userId);
  if (!user) return res.sendStatus(404);
@@  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

router.post('/me/theme', async (req: Request, res: Response) => {
  const user = await User.findByPk(req.session.userId);
  if (!user) return res.sendStatus(404);
@ok  Object.assign(user, { theme: req.body.theme === 'dark' ? 'dark' : 'light' });
  await user.save();
  res.json(user);
});

export default router;
`,
  ),
  ...js(
    "CWE-113",
    "Express and Koa headers carrying request values",
    `const express = require('express');
const Koa = require('koa');
const contentDisposition = require('content-disposition');
const app = express();

app.get('/download', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.sendFile('/srv/reports/latest.pdf');
});

app.get('/download-safe', (req, res) => {
@ok  res.setHeader('Content-Disposition', contentDisposition(String(req.query.name)));
  res.sendFile('/srv/reports/latest.pdf');
});

app.get('/trace', (req, res) => {
@ok  res.set('X-Trace-Id', req.get('x-client-trace'));
  res.end();
});

app.get('/trace-clean', (req, res) => {
  const trace = String(req.get('x-client-trace') || '').replace(/[^A-Za-z0-9-]/g, '');
@ok  res.set('X-Trace-Id', trace);
  res.end();
});

app.get('/echo-header', (req, res) => {
@@  res.header(req.query.h, 'enabled');
  res.end();
});

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.set('X-Locale', ctx.query.locale);
@ok  ctx.set('X-Locale-Safe', encodeURIComponent(ctx.query.locale || 'en'));
  ctx.body = 'ok';
});

app.listen(3000);
koa.listen(3001);
`,
  ),
  ...js(
    "CWE-338",
    "reset tokens and session ids from predictable values",
    `const crypto = require('crypto');
const { v1: uuidv1, v4: uuidv4 } = require('uuid');
const db = require('./db');

async function createResetToken(userId) {
@@  const token = Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
  await db.resetTokens.insert({ userId, token, expires: Date.now() + 3600e3 });
  return token;
}

async function createResetTokenSecure(userId) {
@ok  const token = crypto.randomBytes(32).toString('hex');
  await db.resetTokens.insert({ userId, token, expires: Date.now() + 3600e3 });
  return token;
}

function newSessionId() {
@@  return uuidv1();
}

function newSessionIdSecure() {
@ok  return crypto.randomUUID();
}

function apiKeyFor(user) {
@@  const apiKey = crypto.createHash('sha256').update(user.email + Date.now()).digest('hex');
  return apiKey;
}

function requestId() {
@ok  return uuidv4();
}

function retryDelay(attempt) {
@ok  return 2 ** attempt * 100 + Math.floor(Math.random() * 100);
}

module.exports = { createResetToken, createResetTokenSecure, newSessionId, newSessionIdSecure, apiKeyFor, requestId, retryDelay };
`,
  ),
  ...ts(
    "CWE-338",
    "a TypeScript invite-code service using Math.random",
    `import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export class InviteService {
  generateCode(length = 12): string {
    let code = '';
    for (let i = 0; i < length; i++) {
@@      code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
    }
    return code;
  }

  generateCodeSecure(length = 12): string {
    let code = '';
    for (let i = 0; i < length; i++) {
@ok      code += ALPHABET[randomInt(ALPHABET.length)];
    }
    return code;
  }
}
`,
  ),
  ...js(
    "CWE-614",
    "session cookies set without the secure flag",
    `const express = require('express');
const session = require('express-session');
const crypto = require('crypto');
const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@@  cookie: { httpOnly: true, secure: false, maxAge: 3600000 },
}));

app.post('/login', (req, res) => {
  const sid = crypto.randomBytes(24).toString('hex');
@@  res.cookie('sid', sid, { httpOnly: true, maxAge: 3600000 });
  res.redirect('/');
});

app.post('/login-secure', (req, res) => {
  const sid = crypto.randomBytes(24).toString('hex');
@ok  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 });
  res.redirect('/');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1004",
    "auth cookies readable from scripts",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const app = express();

app.post('/token', (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
@@  res.cookie('access_token', token, { secure: true, httpOnly: false });
  res.json({ ok: true });
});

app.post('/token-safe', (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
@ok  res.cookie('access_token', token, { secure: true, httpOnly: true, sameSite: 'strict' });
  res.json({ ok: true });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-942",
    "CORS reflecting any origin with credentials",
    `const express = require('express');
const cors = require('cors');
const app = express();

@@app.use('/api', cors({ origin: true, credentials: true }));

@ok app.use('/public', cors({ origin: ['https://app.example.com'], credentials: true }));

app.use('/v2', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);
app.use('/v3', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "uploads written under folders and names the client chose",
    `const express = require('express');
const fileUpload = require('express-fileupload');
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');
const app = express();
app.use(fileUpload());
const UPLOADS = path.join(__dirname, 'uploads');

app.post('/upload', async (req, res) => {
  const file = req.files.document;
@@  await file.mv(path.join(UPLOADS, req.body.folder, file.name));
  res.sendStatus(201);
});

app.post('/upload-safe', async (req, res) => {
  const file = req.files.document;
  const ext = path.extname(file.name).toLowerCase() === '.pdf' ? '.pdf' : '.bin';
@ok  await file.mv(path.join(UPLOADS, crypto.randomUUID() + ext));
  res.sendStatus(201);
});

app.put('/raw', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
@@  fs.writeFileSync(path.join(UPLOADS, req.get('x-file-name')), req.body);
  res.sendStatus(201);
});

app.put('/raw-safe', express.raw({ type: '*/*', limit: '5mb' }), (req, res) => {
  const name = path.basename(String(req.get('x-file-name')));
@ok  fs.writeFileSync(path.join(UPLOADS, name), req.body);
  res.sendStatus(201);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "zip archives extracted entry by entry (zip slip)",
    `const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');

function extractAdm(archivePath, dest) {
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractAdmSafe(archivePath, dest) {
  const root = path.resolve(dest);
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error('bad entry ' + entry.entryName);
    if (entry.isDirectory) continue;
@ok    fs.writeFileSync(target, entry.getData());
  }
}

function extractStream(archivePath, dest) {
  fs.createReadStream(archivePath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractStreamFlat(archivePath, dest) {
  fs.createReadStream(archivePath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@ok      entry.pipe(fs.createWriteStream(path.join(dest, path.basename(entry.path))));
    });
}

module.exports = { extractAdm, extractAdmSafe, extractStream, extractStreamFlat };
`,
  ),
  ...ts(
    "CWE-78",
    "child_process with a shell turned on",
    `import express from 'express';
import { execFileSync, spawn, fork } from 'node:child_process';

const app = express();

app.get('/log', (req, res) => {
  const ref = String(req.query.ref);
@@  const out = execFileSync('git', ['log', '--oneline', ref], { shell: true, encoding: 'utf8' });
  res.type('text').send(out);
});

app.get('/log-safe', (req, res) => {
  const ref = String(req.query.ref);
@ok  const out = execFileSync('git', ['log', '--oneline', '--', ref], { encoding: 'utf8' });
  res.type('text').send(out);
});

app.post('/convert', (req, res) => {
  const { input, format } = req.body as { input: string; format: string };
@@  const child = spawn(\`convert \${input} out.\${format}\`, { shell: true });
  child.on('close', (code) => res.json({ code }));
});

app.post('/convert-safe', (req, res) => {
  const { input } = req.body as { input: string };
@ok  const child = spawn('convert', [input, 'out.png']);
  child.on('close', (code) => res.json({ code }));
});

app.post('/job', (req, res) => {
@ok  const worker = fork('./jobs/report.js', [String(req.body.reportId)]);
  worker.on('exit', () => res.sendStatus(202));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "GraphQL resolvers building SQL from arguments",
    `import { ApolloServer } from '@apollo/server';
import { Pool } from 'pg';

const pool = new Pool();

const typeDefs = \`#graphql
  type Product { id: ID!, name: String! }
  type Query { products(search: String, sort: String): [Product!]! product(id: ID!): Product }
\`;

const resolvers = {
  Query: {
    products: async (_parent: unknown, args: { search?: string; sort?: string }) => {
@@      const { rows } = await pool.query(\`SELECT id, name FROM products WHERE name ILIKE '%\${args.search}%'\`);
      return rows;
    },
    product: async (_parent: unknown, { id }: { id: string }) => {
@ok      const { rows } = await pool.query('SELECT id, name FROM products WHERE id = $1', [id]);
      return rows[0];
    },
  },
};

export const server = new ApolloServer({ typeDefs, resolvers });
`,
  ),
  ...js(
    "CWE-78",
    "GraphQL mutation resolvers running shell commands",
    `const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(exec);
const runFile = promisify(execFile);

module.exports.resolvers = {
  Mutation: {
    async ping(parent, { host }) {
@@      const { stdout } = await run('ping -c 1 ' + host);
      return stdout;
    },
    async pingSafe(parent, { host }) {
@ok      const { stdout } = await runFile('ping', ['-c', '1', host]);
      return stdout;
    },
  },
};
`,
  ),
  ...js(
    "CWE-89",
    "Socket.IO events querying with message data",
    `const { Server } = require('socket.io');
const mysql = require('mysql2/promise');

const io = new Server(3000);
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'chat' });

io.on('connection', (socket) => {
  socket.on('history', async (data) => {
@@    const [rows] = await pool.query("SELECT * FROM messages WHERE room = '" + data.room + "' ORDER BY id DESC LIMIT 50");
    socket.emit('history', rows);
  });

  socket.on('history-safe', async (data) => {
@ok    const [rows] = await pool.query('SELECT * FROM messages WHERE room = ? ORDER BY id DESC LIMIT 50', [data.room]);
    socket.emit('history', rows);
  });
});
`,
  ),
  ...ts(
    "CWE-94",
    "ws messages evaluated and handed to workers",
    `import { WebSocketServer } from 'ws';
import { Worker } from 'node:worker_threads';
import vm from 'node:vm';

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString());
    if (msg.type === 'calc') {
@@      const result = vm.runInNewContext(msg.expression, {});
      ws.send(String(result));
    } else if (msg.type === 'task') {
@@      const worker = new Worker(msg.source, { eval: true });
      worker.on('message', (m) => ws.send(JSON.stringify(m)));
    } else if (msg.type === 'report') {
@ok      const worker = new Worker('./report-worker.js', { workerData: msg.params });
      worker.on('message', (m) => ws.send(JSON.stringify(m)));
    }
  });
});
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js getServerSideProps fetching a URL from the query",
    `import type { GetServerSideProps } from 'next';

type Props = { preview: string };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const target = context.query.url as string;
@@  const res = await fetch(target);
  return { props: { preview: await res.text() } };
};

export default function Preview({ preview }: Props) {
  return preview;
}
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js route handlers reading files named in the search params",
    `import { NextRequest, NextResponse } from 'next/server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DOCS = path.join(process.cwd(), 'docs');

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('file') ?? 'index.md';
@@  const text = await readFile(path.join(DOCS, name), 'utf8');
  return new NextResponse(text, { headers: { 'content-type': 'text/markdown' } });
}

export async function HEAD(request: NextRequest) {
  const name = path.basename(request.nextUrl.searchParams.get('file') ?? 'index.md');
@ok  const text = await readFile(path.join(DOCS, name), 'utf8');
  return new NextResponse(null, { headers: { 'content-length': String(text.length) } });
}
`,
  ),
  ...ts(
    "CWE-601",
    "fetch-style Request handlers redirecting to a query parameter",
    `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/out') {
      const next = url.searchParams.get('next') ?? '/';
@@      return Response.redirect(next, 302);
    }
    if (url.pathname === '/back') {
      const next = url.searchParams.get('next') ?? '/';
      const safe = next.startsWith('/') && !next.startsWith('//') ? next : '/';
@ok      return Response.redirect(new URL(safe, url.origin).toString(), 302);
    }
    return new Response('not found', { status: 404 });
  },
};
`,
  ),
  ...ts(
    "CWE-78",
    "a Bun/Deno-style server running a shell command from the query",
    `import { execSync } from 'node:child_process';

Bun.serve({
  port: 3000,
  fetch(req) {
    const host = new URL(req.url).searchParams.get('host') ?? 'localhost';
@@    const out = execSync(\`nslookup \${host}\`).toString();
    return new Response(out);
  },
});
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS controller with decorated parameters and raw queries",
    `import { Controller, Get, Query, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

class SearchDto {
  term!: string;
  limit?: number;
}

@Controller('orders')
export class OrdersController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get('search')
  search(@Query() dto: SearchDto) {
@@    return this.ds.query(\`SELECT * FROM orders WHERE customer LIKE '%\${dto.term}%'\`);
  }

  @Get(':id')
  one(@Param('id') id: string) {
@ok    return this.ds.query('SELECT * FROM orders WHERE id = $1', [id]);
  }
}
`,
  ),
  ...js(
    "CWE-611",
    "XML parsers that do not resolve external entities",
    `const express = require('express');
const { XMLParser } = require('fast-xml-parser');
const xml2js = require('xml2js');
const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/feed', (req, res) => {
@ok  const doc = new XMLParser({ ignoreAttributes: false }).parse(req.body);
  res.json(doc);
});

app.post('/feed2', async (req, res) => {
@ok  const doc = await xml2js.parseStringPromise(req.body);
  res.json(doc);
});

app.listen(3000);
`,
  ),
];
