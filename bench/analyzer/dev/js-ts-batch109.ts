// Dev suite "js-ts", batch 109: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Line-level rule-test style: each file exercises one rule family with the lines that must be
// reported and safe look-alikes, written the many ways real code spells the APIs (destructured and namespace
// imports, require aliases, method chains, optional chaining, TS annotations, async/await, arrow handlers).
// Areas: Express/Koa/Fastify/Hapi/NestJS responses, redirects, sendFile and fs with request paths, header values,
// CORS with credentials, cookie flags (no helmet is not a finding), child_process, raw SQL through
// sequelize/knex/typeorm/pg/mysql2, Mongo operator injection and $where, eval/vm/Function/string timers, weak
// ciphers and password hashes, Math.random tokens, hard-coded keys and IVs, jsonwebtoken options, XXE,
// SSRF, prototype pollution, RegExp from input, TLS verification, DOM sinks, postMessage, React, Angular, Vue.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch109", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch109", cwe, note, src, "typescript");
/** A .tsx/.jsx file (JSX included); the name is recorded for the reader. */
const tsx = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch109", cwe, `${file}: ${note}`, src, "typescript").map((c) => ({ ...c, file }));
const jsx = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch109", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH109: DevCase[] = [
  ...js(
    "CWE-79",
    "Express: res.send/write/end/status().send of query and body values vs escaped, numeric, JSON and res.render locals",
    `const express = require('express');
const escape = require('escape-html');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/greet', (req, res) => {
@@  res.send(\`<h1>Hello \${req.query.name}</h1>\`);
});

app.get('/greet-safe', (req, res) => {
@ok  res.send(\`<h1>Hello \${escape(req.query.name)}</h1>\`);
});

app.get('/stream', (req, res) => {
  res.setHeader('Content-Type', 'text/html');
@@  res.write('<p>' + req.query.msg + '</p>');
  res.end();
});

app.get('/stream-json', (req, res) => {
  res.setHeader('Content-Type', 'application/json');
@ok  res.write(JSON.stringify({ msg: req.query.msg }));
  res.end();
});

app.get('/profile', (req, res) => {
@ok  res.render('profile', { name: req.query.name, title: 'Profile' });
});

app.post('/comment', (req, res) => {
  const { body: text, author } = req.body;
@@  res.status(201).send('<div class="c"><b>' + author + '</b>: ' + text + '</div>');
});

app.get('/count', (req, res) => {
@ok  res.send(\`<p>\${Number(req.query.n)} results</p>\`);
});

app.get('/missing/:slug', (req, res) => {
@@  res.status(404).end(\`<pre>No page called \${req.params.slug}</pre>\`);
});

app.get('/missing-safe/:slug', (req, res) => {
@ok  res.status(404).type('text/plain').end(\`No page called \${req.params.slug}\`);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "Koa, Fastify, Hapi and NestJS HTML responses from query/params vs escaped text and JSON bodies",
    `import Router from '@koa/router';
import Fastify from 'fastify';
import * as Hapi from '@hapi/hapi';
import { Controller, Get, Header, Query } from '@nestjs/common';
import escapeHtml from 'escape-html';

const router = new Router();
router.get('/k/search', async (ctx) => {
  ctx.type = 'text/html';
@@  ctx.body = \`<p>Results for \${ctx.query.q}</p>\`;
});
router.get('/k/search-safe', async (ctx) => {
  ctx.type = 'text/html';
@ok  ctx.body = \`<p>Results for \${escapeHtml(String(ctx.query.q))}</p>\`;
});
router.get('/k/api', async (ctx) => {
@ok  ctx.body = { q: ctx.query.q };
});

const fastify = Fastify();
fastify.get('/f/hello', async (request: any, reply) => {
@@  reply.type('text/html').send('<b>' + request.query.who + '</b>');
});
fastify.get('/f/hello-json', async (request: any, reply) => {
@ok  return reply.send({ who: request.query.who });
});

const server = Hapi.server({ port: 4000 });
server.route({
  method: 'GET',
  path: '/h/{name}',
  handler: (request, h) => {
@@    return h.response(\`<h2>\${request.params.name}</h2>\`).type('text/html');
  },
});
server.route({
  method: 'GET',
  path: '/h-safe/{name}',
  handler: (request, h) => {
@ok    return h.response({ name: request.params.name });
  },
});

@Controller('n')
export class GreetController {
  @Get('hi')
  @Header('Content-Type', 'text/html')
  hi(@Query('name') name: string): string {
@@    return \`<p>Hi \${name}</p>\`;
  }

  @Get('hi-safe')
  @Header('Content-Type', 'text/html')
  hiSafe(@Query('name') name: string): string {
@ok    return \`<p>Hi \${escapeHtml(name)}</p>\`;
  }
}
`,
  ),
  ...js(
    "CWE-601",
    "Express: redirect/location/writeHead Location from query and body vs allow-list, relative-path check and encoded path",
    `const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));
const ALLOWED = new Set(['/home', '/account', '/settings']);

app.get('/login/done', (req, res) => {
@@  res.redirect(req.query.next);
});

app.get('/login/done2', (req, res) => {
  const next = req.query.next;
  if (ALLOWED.has(next)) {
@ok    return res.redirect(next);
  }
  res.redirect('/home');
});

app.get('/out', (req, res) => {
@@  res.redirect(302, req.query.url);
});

app.get('/back', (req, res) => {
  const target = String(req.query.to || '/');
  if (target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\\\')) {
@ok    return res.redirect(target);
  }
  return res.redirect('/');
});

app.get('/go', (req, res) => {
@@  res.location(req.query.dest).status(302).end();
});

app.get('/go2', (req, res) => {
@@  res.writeHead(301, { Location: req.query.dest });
  res.end();
});

app.get('/page/:id', (req, res) => {
@ok  res.redirect('/pages/' + encodeURIComponent(req.params.id));
});

app.post('/logout', (req, res) => {
  const { returnTo } = req.body;
@@  res.redirect(returnTo || '/');
});
`,
  ),
  ...ts(
    "CWE-601",
    "Koa ctx.redirect, Fastify reply.redirect, Hapi h.redirect and NestJS @Res() redirect vs same-origin URL check and a fixed @Redirect prefix",
    `import Koa from 'koa';
import * as Hapi from '@hapi/hapi';
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
import { Controller, Get, Query, Res, Redirect } from '@nestjs/common';
import type { Response } from 'express';

const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.path === '/sso/return') {
@@    ctx.redirect(ctx.query.returnUrl as string);
    return;
  }
  if (ctx.path === '/sso/home') {
@ok    ctx.redirect('/dashboard');
    return;
  }
  await next();
});

type Q = { Querystring: { u: string } };
export async function routes(f: FastifyInstance) {
  f.get('/r', async (req: FastifyRequest<Q>, reply: FastifyReply) => {
@@    return reply.redirect(req.query.u);
  });
  f.get('/r-safe', async (req: FastifyRequest<Q>, reply: FastifyReply) => {
    const u = new URL(req.query.u, 'https://app.example.com');
    if (u.origin !== 'https://app.example.com') return reply.code(400).send('bad');
@@    return reply.redirect(u.pathname + u.search);
  });
  f.get('/r-href', async (req: FastifyRequest<Q>, reply: FastifyReply) => {
    const u = new URL(req.query.u, 'https://app.example.com');
    if (u.origin !== 'https://app.example.com') return reply.code(400).send('bad');
@ok    return reply.redirect(u.href);
  });
}

const server = Hapi.server({ port: 3001 });
server.route({
  method: 'GET',
  path: '/h/go',
@@  handler: (request, h) => h.redirect(request.query.to as string),
});

@Controller('auth')
export class AuthController {
  @Get('callback')
  callback(@Query('redirect') redirect: string, @Res() res: Response) {
@@    return res.redirect(redirect);
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version: string) {
@ok    return { url: \`https://docs.example.com/v\${encodeURIComponent(version)}/\` };
  }
}
`,
  ),
  ...js(
    "CWE-22",
    "Express: sendFile/download/fs reads, streams, writes and unlinks of request paths vs sendFile root, resolve+startsWith, basename and a name pattern",
    `const express = require('express');
const path = require('path');
const fs = require('fs');
const fsp = require('fs/promises');
const app = express();
app.use(express.json());
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/file', (req, res) => {
@@  res.sendFile(path.join(UPLOADS, req.query.name));
});

app.get('/file-root', (req, res) => {
@ok  res.sendFile(String(req.query.name), { root: UPLOADS });
});

app.get('/download/:file', (req, res) => {
@@  res.download(UPLOADS + '/' + req.params.file);
});

app.get('/read', async (req, res) => {
@@  const data = await fsp.readFile(path.join(UPLOADS, req.query.f), 'utf8');
  res.type('text/plain').send(data);
});

app.get('/read-safe', async (req, res) => {
  const full = path.resolve(UPLOADS, String(req.query.f));
  if (!full.startsWith(UPLOADS + path.sep)) return res.status(403).end();
@ok  const data = await fsp.readFile(full, 'utf8');
  res.type('text/plain').send(data);
});

app.get('/read-base', (req, res) => {
@ok  fs.createReadStream(path.join(UPLOADS, path.basename(req.query.f))).pipe(res);
});

app.get('/stream', (req, res) => {
@@  fs.createReadStream(\`\${UPLOADS}/\${req.query.f}\`).pipe(res);
});

app.post('/save', (req, res) => {
@@  fs.writeFileSync(path.join(UPLOADS, req.body.filename), req.body.content);
  res.sendStatus(204);
});

app.delete('/file/:name', (req, res) => {
@@  fs.unlink(path.resolve(UPLOADS, req.params.name), () => res.sendStatus(204));
});

app.delete('/file-safe/:name', (req, res) => {
  const name = req.params.name;
  if (!/^[\\w-]+\\.(png|jpg)$/.test(name)) return res.sendStatus(400);
@ok  fs.unlink(path.join(UPLOADS, name), () => res.sendStatus(204));
});
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript handlers: concatenation after a leading-slash check, a single replace('../'), sendFile(resolve()) vs resolve+startsWith(root+sep), join+startsWith and basename",
    `import type { Request, Response } from 'express';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { readFile } from 'node:fs/promises';

const ROOT = path.resolve('/srv/app/docs');

export async function viewDoc(req: Request, res: Response) {
  const rel = req.query.doc as string;
  if (rel.startsWith('/')) return res.status(400).end();
@@  const text = await readFile(ROOT + '/' + rel, 'utf8');
  res.type('text/plain').send(text);
}

export async function viewDocSafe(req: Request, res: Response) {
  const target = path.resolve(ROOT, String(req.query.doc));
  if (!target.startsWith(ROOT + path.sep)) {
    return res.status(403).json({ error: 'forbidden' });
  }
@ok  const text = await fs.readFile(target, 'utf8');
  res.type('text/plain').send(text);
}

export async function viewDocJoin(req: Request, res: Response) {
  const target = path.join(ROOT, req.params.doc);
  if (!target.startsWith(ROOT + path.sep)) return res.sendStatus(403);
@ok  res.type('text/plain').send(await fs.readFile(target, 'utf8'));
}

export const attachment = async ({ params }: Request, res: Response) => {
@@  res.sendFile(path.resolve(ROOT, params.name));
};

export async function stripped(req: Request, res: Response) {
  const name = String(req.query.name).replace('../', '');
@@  const buf = await fs.readFile(path.join(ROOT, name));
  res.type('application/octet-stream').send(buf);
}

export async function strippedAll(req: Request, res: Response) {
  const name = path.basename(String(req.query.name));
@ok  const buf = await fs.readFile(path.join(ROOT, name));
  res.type('application/octet-stream').send(buf);
}
`,
  ),
  ...js(
    "CWE-113",
    "Express response headers from the query (Content-Disposition filename, custom header) vs encoded values",
    `const express = require('express');
const contentDisposition = require('content-disposition');
const app = express();

app.get('/export', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '.csv"');
  res.send('a,b\\n1,2\\n');
});

app.get('/export-safe', (req, res) => {
@ok  res.setHeader('Content-Disposition', contentDisposition(\`\${req.query.name}.csv\`));
  res.send('a,b\\n1,2\\n');
});

app.get('/lang', (req, res) => {
@@  res.set('Content-Language', req.query.lang);
  res.send('ok');
});

app.get('/lang-safe', (req, res) => {
@ok  res.set('X-Requested-Lang', encodeURIComponent(String(req.query.lang)));
  res.send('ok');
});
`,
  ),
  ...js(
    "CWE-942",
    "CORS: reflected origin and origin:true with credentials, an unanchored origin regexp vs public cors(), an origin list and a checked Origin header; no helmet is not a finding",
    `const express = require('express');
const cors = require('cors');
@okconst app = express();

@okapp.use('/api/public', cors());
@@app.use('/api/private', cors({ origin: true, credentials: true }));
@okapp.use('/api/partner', cors({ origin: ['https://partner.example.com'], credentials: true }));
@@app.use('/api/legacy', cors({ origin: /example\\.com/, credentials: true }));

app.use('/api/v1', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const TRUSTED = ['https://app.example.com', 'https://admin.example.com'];
app.use('/api/v2', (req, res, next) => {
  const origin = req.get('Origin');
  if (TRUSTED.includes(origin)) {
@ok    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

@okapp.listen(8080);
`,
  ),
  ...js(
    "CWE-614",
    "cookie flags: express-session secure:false, res.cookie of a session token without secure, Koa cookies.set secure:false vs secure cookies and a non-sensitive preference cookie",
    `const express = require('express');
const session = require('express-session');
const Koa = require('koa');
const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@@  cookie: { secure: false, httpOnly: true, maxAge: 3600000 },
}));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('session', token, { httpOnly: true, secure: false });
@ok  res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });
@ok  res.cookie('theme', 'dark', { maxAge: 86400000 });
  res.sendStatus(204);
});

app.post('/login2', (req, res) => {
@@  res.cookie('auth_token', issueToken(req.body.user));
  res.sendStatus(204);
});

const koa = new Koa();
koa.use(async (ctx) => {
  const token = issueToken(ctx.request.body.user);
@@  ctx.cookies.set('session', token, { secure: false, httpOnly: true });
@ok  ctx.cookies.set('session2', token, { secure: true, httpOnly: true, sameSite: 'strict' });
  ctx.status = 204;
});

function issueToken(u) {
  return require('crypto').randomBytes(24).toString('hex') + ':' + u;
}
`,
  ),
  ...js(
    "CWE-1004",
    "cookie flags: a JWT access token cookie readable by scripts vs a CSRF double-submit token meant to be read",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const app = express();

app.post('/session', (req, res) => {
  const access = jwt.sign({ sub: req.body.user }, process.env.JWT_SECRET, { expiresIn: '15m' });
  const csrf = crypto.randomBytes(16).toString('hex');
@@  res.cookie('access_token', access, { httpOnly: false, secure: true, sameSite: 'lax' });
@ok  res.cookie('csrf_token', csrf, { httpOnly: false, secure: true, sameSite: 'strict' });
@ok  res.cookie('refresh_token', access, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-78",
    "child_process: exec template, execSync concatenation, spawn shell:true, execFile('/bin/sh','-c') and a route param vs execFile argv, a hex-validated ref and fixed commands",
    `const cp = require('child_process');
const { execSync, spawn, execFile } = require('node:child_process');
const express = require('express');
const router = express.Router();

router.get('/ping', (req, res) => {
@@  cp.exec(\`ping -c 1 \${req.query.host}\`, (err, stdout) => res.type('text/plain').send(stdout));
});

router.get('/ping-safe', (req, res) => {
@ok  execFile('ping', ['-c', '1', String(req.query.host)], (err, stdout) => res.type('text/plain').send(stdout));
});

router.post('/convert', (req, res) => {
  const { input, output } = req.body;
@@  execSync('convert ' + input + ' ' + output);
  res.sendStatus(200);
});

router.post('/archive', (req, res) => {
@@  const child = spawn('tar', ['-czf', req.body.name + '.tgz', 'data'], { shell: true });
  child.on('close', (code) => res.json({ code }));
});

router.post('/archive-safe', (req, res) => {
@ok  const child = spawn('tar', ['-czf', \`\${Date.now()}.tgz\`, '--', 'data']);
  child.on('close', (code) => res.json({ code }));
});

router.get('/run', (req, res) => {
@@  execFile('/bin/sh', ['-c', req.query.cmd], (e, out) => res.type('text/plain').send(out));
});

router.get('/git-show', (req, res) => {
  const ref = String(req.query.ref);
  if (!/^[0-9a-f]{7,40}$/.test(ref)) return res.sendStatus(400);
@ok  const out = execSync(\`git show --stat \${ref}\`, { encoding: 'utf8' });
  res.type('text/plain').send(out);
});

router.get('/uptime', (req, res) => {
@ok  cp.exec('uptime', (e, out) => res.type('text/plain').send(out));
});

router.get('/du/:dir', (req, res) => {
@@  const out = cp.execSync(\`du -sh /data/\${req.params.dir}\`).toString();
  res.type('text/plain').send(out);
});

module.exports = router;
`,
  ),
  ...ts(
    "CWE-78",
    "TypeScript: promisified exec with optional-chained body, spawn of a whole command line with shell:true, spawnSync('sh','-c') vs a validated domain, an argv spawn with a parsed number",
    `import { exec as execCb, spawn, spawnSync } from 'child_process';
import { promisify } from 'util';
import type { Request, Response } from 'express';

const exec = promisify(execCb);

export const lookup = async (req: Request, res: Response): Promise<void> => {
  const domain: string = req.body?.domain;
@@  const { stdout } = await exec(\`nslookup \${domain}\`);
  res.type('text/plain').send(stdout);
};

export const lookupSafe = async (req: Request, res: Response): Promise<void> => {
  const domain = String(req.body?.domain ?? '');
  if (!/^[a-z0-9.-]+$/i.test(domain)) {
    res.sendStatus(400);
    return;
  }
@ok  const { stdout } = await exec(\`nslookup \${domain}\`);
  res.type('text/plain').send(stdout);
};

export function thumbnail(req: Request, res: Response): void {
  const size = req.query.size as string;
@@  const p = spawn(\`magick input.png -resize \${size} out.png\`, { shell: true });
  p.on('exit', () => res.end());
}

export function thumbnailSafe(req: Request, res: Response): void {
  const size = \`\${parseInt(req.query.size as string, 10) || 100}x\`;
@ok  const p = spawn('magick', ['input.png', '-resize', size, 'out.png']);
  p.on('exit', () => res.end());
}

export function lineCount(req: Request, res: Response): void {
@@  const r = spawnSync('sh', ['-c', 'wc -l ' + req.params.file]);
  res.type('text/plain').send(String(r.stdout));
}
`,
  ),
  ...js(
    "CWE-89",
    "raw SQL: sequelize.query, knex.raw/whereRaw, pg pool.query and mysql2 execute with interpolated request values vs replacements, bindings, $1/? parameters and an allow-listed ORDER BY column",
    `const { Sequelize, QueryTypes } = require('sequelize');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const mysql = require('mysql2/promise');
const { Pool } = require('pg');
const express = require('express');
const app = express();
app.use(express.json());
const sequelize = new Sequelize(process.env.DATABASE_URL);
const pool = new Pool();

app.get('/users', async (req, res) => {
@@  const rows = await sequelize.query(\`SELECT * FROM users WHERE name = '\${req.query.name}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/users-safe', async (req, res) => {
@ok  const rows = await sequelize.query('SELECT * FROM users WHERE name = :name', { replacements: { name: req.query.name }, type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/orders', async (req, res) => {
@@  const result = await knex.raw(\`select * from orders where status = '\${req.query.status}'\`);
  res.json(result.rows);
});

app.get('/orders-safe', async (req, res) => {
@ok  const result = await knex.raw('select * from orders where status = ?', [req.query.status]);
  res.json(result.rows);
});

app.get('/items', async (req, res) => {
@@  const rows = await knex('items').whereRaw(\`price > \${req.query.min}\`).select('*');
  res.json(rows);
});

app.get('/items-safe', async (req, res) => {
@ok  const rows = await knex('items').where('price', '>', Number(req.query.min)).select('*');
  res.json(rows);
});

app.get('/accounts', async (req, res) => {
@@  const { rows } = await pool.query('SELECT * FROM accounts WHERE id = ' + req.query.id);
  res.json(rows);
});

app.get('/accounts-safe', async (req, res) => {
@ok  const { rows } = await pool.query('SELECT * FROM accounts WHERE id = $1', [req.query.id]);
  res.json(rows);
});

app.post('/logs', async (req, res) => {
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
@@  const [rows] = await conn.execute(\`SELECT * FROM logs WHERE level = "\${req.body.level}" LIMIT 50\`);
  res.json(rows);
});

app.post('/logs-safe', async (req, res) => {
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
@ok  const [rows] = await conn.execute('SELECT * FROM logs WHERE level = ? LIMIT 50', [req.body.level]);
  res.json(rows);
});

app.get('/sorted', async (req, res) => {
  const col = ['name', 'created_at'].includes(req.query.sort) ? req.query.sort : 'name';
@ok  const { rows } = await pool.query(\`SELECT * FROM users ORDER BY \${col}\`);
  res.json(rows);
});

app.get('/sorted-bad', async (req, res) => {
@@  const { rows } = await pool.query(\`SELECT * FROM users ORDER BY \${req.query.sort} ASC\`);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS + TypeORM: DataSource.query and repository.query with interpolation, createQueryBuilder().where template vs parameters and findOne",
    `import { Controller, Get, Query, Param } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Controller('users')
export class UsersController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly repo: Repository<User>,
  ) {}

  @Get('search')
  async search(@Query('q') q: string) {
@@    return this.dataSource.query(\`SELECT id, name FROM users WHERE name LIKE '%\${q}%'\`);
  }

  @Get('search-safe')
  async searchSafe(@Query('q') q: string) {
@ok    return this.dataSource.query('SELECT id, name FROM users WHERE name LIKE $1', [\`%\${q}%\`]);
  }

  @Get('by-email')
  async byEmail(@Query('email') email: string) {
    return this.repo
      .createQueryBuilder('u')
@@      .where(\`u.email = '\${email}'\`)
      .getOne();
  }

  @Get('by-email-safe')
  async byEmailSafe(@Query('email') email: string) {
    return this.repo
      .createQueryBuilder('u')
@ok      .where('u.email = :email', { email })
      .getOne();
  }

  @Get(':id')
  async one(@Param('id') id: string) {
@ok    return this.repo.findOne({ where: { id: Number(id) } });
  }

  @Get(':id/raw')
  async oneRaw(@Param('id') id: string) {
@@    return this.repo.query('SELECT * FROM users WHERE id = ' + id);
  }
}
`,
  ),
  ...js(
    "CWE-943",
    "Mongo: request-body objects as query values, $where strings, a whole query object from the query string vs String() casts, mongo-sanitize, $eq and template coercion",
    `const express = require('express');
const mongoose = require('mongoose');
const { MongoClient } = require('mongodb');
const sanitize = require('mongo-sanitize');

const User = mongoose.model('User', new mongoose.Schema({ username: String, passwordHash: String, owner: String }));
const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const users = client.db('app').collection('users');

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: req.body.username, active: true });
  res.json({ found: !!user });
});

app.post('/login-safe', async (req, res) => {
@ok  const user = await User.findOne({ username: String(req.body.username), active: true });
  res.json({ found: !!user });
});

app.post('/login-sanitized', async (req, res) => {
@ok  const user = await User.findOne({ username: sanitize(req.body.username) });
  res.json({ found: !!user });
});

app.get('/search', async (req, res) => {
@@  const docs = await User.find({ $where: \`this.username == '\${req.query.u}'\` });
  res.json(docs);
});

app.get('/older', async (req, res) => {
@@  const docs = await users.find({ $where: 'this.age > ' + req.query.age }).toArray();
  res.json(docs);
});

app.get('/by-name', async (req, res) => {
@ok  const docs = await users.find({ username: { $eq: req.query.u } }).toArray();
  res.json(docs);
});

app.post('/purge', async (req, res) => {
@@  await User.deleteMany({ owner: req.body.owner });
  res.sendStatus(204);
});

app.get('/filter', async (req, res) => {
@@  const docs = await User.find(req.query.filter).lean();
  res.json(docs);
});

app.get('/count', async (req, res) => {
@ok  const n = await User.countDocuments({ username: \`\${req.query.u}\` });
  res.json({ n });
});
`,
  ),
  ...js(
    "CWE-95",
    "Node code injection: eval, vm.runInNewContext, new vm.Script, new Function of request values vs arithmetic, a constant function body, JSON.parse and constant vm code",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = eval(req.body.expr);
  res.json({ result });
});

app.post('/calc-safe', (req, res) => {
  const { a, b } = req.body;
@ok  const result = Number(a) + Number(b);
  res.json({ result });
});

app.post('/sandbox', (req, res) => {
@@  const out = vm.runInNewContext(req.body.code, { Math });
  res.json({ out });
});

app.post('/script', (req, res) => {
@@  const script = new vm.Script(req.body.src);
  res.json({ out: script.runInNewContext({}) });
});

app.get('/fn', (req, res) => {
@@  const f = new Function('x', 'return ' + req.query.formula);
  res.json({ y: f(2) });
});

app.get('/fn-safe', (req, res) => {
@ok  const f = new Function('x', 'return x * 2');
  res.json({ y: f(Number(req.query.x)) });
});

app.post('/parse', (req, res) => {
@ok  const data = JSON.parse(req.body.json);
  res.json(data);
});

app.post('/vm-fixed', (req, res) => {
@ok  const out = vm.runInNewContext('a + b', { a: Number(req.body.a), b: Number(req.body.b) });
  res.json({ out });
});

app.post('/tmpl', async (req, res) => {
  const { field } = req.body;
@@  const getter = eval(\`(row) => row.\${field}\`);
  res.json({ v: getter({ a: 1 }) });
});
`,
  ),
  ...js(
    "CWE-95",
    "browser: string setTimeout/setInterval, eval of the hash, Function() of a query parameter vs function timers and JSON.parse",
    `const params = new URLSearchParams(window.location.search);

function showBanner(text) {
  document.getElementById('banner').textContent = text;
}

@@setTimeout('showBanner("' + params.get('banner') + '")', 500);
@oksetTimeout(() => showBanner(params.get('banner')), 500);
@@eval('var cfg = ' + decodeURIComponent(location.hash.slice(1)));
@okconst cfg = JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}');
@@setInterval(params.get('tick'), 1000);
@oksetInterval(function () { showBanner(cfg.msg); }, 1000);
@@const cb = Function(params.get('cb'));
@okwindow.setTimeout(showBanner, 10, params.get('banner'));
`,
  ),
  ...js(
    "CWE-327",
    "Node ciphers: createCipher/createDecipher, ECB, DES, RC4 vs AES-GCM and AES-CBC with random IVs",
    `const crypto = require('crypto');
const { createCipheriv, randomBytes } = require('node:crypto');

function encryptLegacy(text, password) {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decryptLegacy(hex, password) {
@@  const d = crypto.createDecipher('aes192', password);
  return d.update(hex, 'hex', 'utf8') + d.final('utf8');
}

function encryptEcb(buf, key) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encryptDes(buf, key, iv) {
@@  const c = createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encryptRc4(buf, key) {
@@  const c = crypto.createCipheriv('rc4', key, '');
  return c.update(buf);
}

function encryptGcm(buf, key) {
  const iv = randomBytes(12);
@ok  const c = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(buf), c.final()]);
  return { iv, data, tag: c.getAuthTag() };
}

function encryptCbc(buf, key) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, c.update(buf), c.final()]);
}

module.exports = { encryptLegacy, decryptLegacy, encryptEcb, encryptDes, encryptRc4, encryptGcm, encryptCbc };
`,
  ),
  ...ts(
    "CWE-328",
    "password hashing: md5/sha1/sha256 of passwords, the md5 package, a one-iteration PBKDF2 vs bcrypt, scrypt, a strong PBKDF2 and md5/sha256 for ETags and checksums",
    `import { createHash, pbkdf2Sync, scryptSync, randomBytes } from 'node:crypto';
import * as bcrypt from 'bcrypt';
import md5 from 'md5';

export function hashPasswordLegacy(password: string): string {
@@  return createHash('md5').update(password).digest('hex');
}

export function hashPasswordSha1(password: string, salt: string): string {
@@  return createHash('sha1').update(salt + password).digest('hex');
}

export const sha256Password = (password: string): string =>
@@  createHash('sha256').update(password).digest('hex');

export function legacyPw(pw: string): string {
@@  return md5(pw);
}

export function pbkdfWeak(pw: string, salt: Buffer): Buffer {
@@  return pbkdf2Sync(pw, salt, 1, 32, 'sha1');
}

export async function hashPasswordBcrypt(password: string): Promise<string> {
@ok  return bcrypt.hash(password, 12);
}

export function hashPasswordScrypt(password: string): string {
  const salt = randomBytes(16);
@ok  return salt.toString('hex') + ':' + scryptSync(password, salt, 64).toString('hex');
}

export function pbkdfOk(pw: string, salt: Buffer): Buffer {
@ok  return pbkdf2Sync(pw, salt, 600000, 32, 'sha256');
}

export function etag(body: Buffer): string {
@ok  return '"' + createHash('md5').update(body).digest('base64') + '"';
}

export function fileChecksum(data: Buffer): string {
@ok  return createHash('sha256').update(data).digest('hex');
}
`,
  ),
  ...js(
    "CWE-338",
    "randomness: Math.random reset tokens, OTPs and invite codes, pseudoRandomBytes API keys vs randomBytes/randomInt/randomUUID and Math.random for shuffles and jitter",
    `const crypto = require('crypto');
const express = require('express');
const app = express();

function resetToken() {
@@  return Math.random().toString(36).slice(2);
}

function sessionId() {
@ok  return crypto.randomBytes(32).toString('hex');
}

function apiKey() {
@@  return crypto.pseudoRandomBytes(16).toString('hex');
}

function otp() {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

function otpSafe() {
@ok  return String(crypto.randomInt(100000, 1000000));
}

function shuffleCards(cards) {
@ok  return cards.map((c) => ({ c, r: Math.random() })).sort((a, b) => a.r - b.r).map((x) => x.c);
}

function backoff(attempt) {
@ok  return 2 ** attempt * 100 + Math.floor(Math.random() * 100);
}

app.post('/invite', (req, res) => {
@@  const code = [...Array(8)].map(() => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 32)]).join('');
  res.json({ code });
});

app.post('/invite-safe', (req, res) => {
@ok  const code = crypto.randomUUID();
  res.json({ code });
});

module.exports = { resetToken, sessionId, apiKey, otp, otpSafe, shuffleCards, backoff };
`,
  ),
  ...js(
    "CWE-798",
    "hard-coded secrets: literal cipher key, JWT signing secret, HMAC key and express-session secret vs environment and config values",
    `const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const session = require('express-session');
const express = require('express');
const config = require('./config');
const app = express();

function encryptField(text, iv) {
@@  const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from('0123456789abcdef0123456789abcdef'), iv);
  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');
}

function encryptFieldSafe(text, iv) {
@ok  const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from(process.env.FIELD_KEY, 'hex'), iv);
  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');
}

function issue(user) {
@@  return jwt.sign({ sub: user.id, role: user.role }, 'super-secret-key-123', { expiresIn: '1h' });
}

function issueSafe(user) {
@ok  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

function signWebhook(body) {
@@  return crypto.createHmac('sha256', 'whsec_9f8e7d6c5b4a39281706').update(body).digest('hex');
}

function signWebhookSafe(body) {
@ok  return crypto.createHmac('sha256', config.webhookSecret).update(body).digest('hex');
}

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
`,
  ),
  ...js(
    "CWE-329",
    "static IVs: zero-filled and literal IV buffers for CBC vs a random IV per message",
    `const crypto = require('crypto');
const KEY = Buffer.from(process.env.DATA_KEY, 'hex');

function seal(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function seal2(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.from('1234567890abcdef'));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealSafe(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('hex') + ':' + c.update(text, 'utf8', 'hex') + c.final('hex');
}

module.exports = { seal, seal2, sealSafe };
`,
  ),
  ...ts(
    "CWE-347",
    "jsonwebtoken: algorithms including 'none', decode() trusted for authorisation vs pinned HS256/RS256, decode only for the kid before verify, and an HS secret without algorithms",
    `import jwt, { JwtPayload } from 'jsonwebtoken';
import * as jsonwebtoken from 'jsonwebtoken';
import { readFileSync } from 'fs';
import type { Request, Response, NextFunction } from 'express';

const PUBLIC_KEY = readFileSync('/etc/keys/jwt.pub');
const SECRET = process.env.JWT_SECRET as string;
const KEYS: Record<string, Buffer> = { k1: PUBLIC_KEY };

export function authNone(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
@@  const payload = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
  (req as any).user = payload;
  next();
}

export function authDecode(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-token']);
@@  const claims = jwt.decode(token) as JwtPayload | null;
  if (!claims?.admin) return res.sendStatus(403);
  next();
}

export function authPinned(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
@ok  const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as JwtPayload;
  (req as any).user = payload;
  next();
}

export function authKid(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
@ok  const header = jwt.decode(token, { complete: true })?.header;
  const key = KEYS[header?.kid ?? ''];
  if (!key) return res.sendStatus(401);
  jsonwebtoken.verify(token, key, { algorithms: ['RS256'], audience: 'api' }, (err, decoded) => {
    if (err) return res.sendStatus(401);
    (req as any).user = decoded;
    next();
  });
}

export function authHs(req: Request, res: Response, next: NextFunction) {
  const token = String(req.cookies?.token ?? '');
@ok  const payload = jwt.verify(token, SECRET);
  (req as any).user = payload;
  next();
}
`,
  ),
  ...js(
    "CWE-613",
    "jsonwebtoken: ignoreExpiration on an access-token check vs the default expiry check",
    `const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
@@    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
  } catch (e) {
    return res.sendStatus(401);
  }
  next();
}

function requireUserSafe(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
@ok    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], maxAge: '1h' });
  } catch (e) {
    return res.sendStatus(401);
  }
  next();
}

module.exports = { requireUser, requireUserSafe };
`,
  ),
  ...js(
    "CWE-611",
    "XML: libxmljs/libxmljs2 with noent:true on a request body vs default options, noent:false, xml2js and xmldom",
    `const express = require('express');
const libxmljs = require('libxmljs');
const libxml = require('libxmljs2');
const xml2js = require('xml2js');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { noblanks: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
@@  const doc = libxml.parseXmlString(req.body, { noent: true, dtdload: true });
  res.json({ n: doc.find('//item').length });
});

app.post('/import2-safe', (req, res) => {
@ok  const doc = libxml.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ n: doc.find('//item').length });
});

app.post('/xml2js', (req, res) => {
@ok  xml2js.parseString(req.body, (err, result) => res.json(result));
});

app.post('/xml2js-promise', async (req, res) => {
@ok  const result = await new xml2js.Parser({ explicitArray: false }).parseStringPromise(req.body);
  res.json(result);
});

app.post('/xmldom', (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ tag: doc.documentElement.tagName });
});
`,
  ),
  ...js(
    "CWE-918",
    "SSRF: axios.get/axios({url}), node-fetch, got, needle and http.get with request URLs or hosts vs a host allow-list, fixed origins with encoded paths and an axios baseURL",
    `const express = require('express');
const axios = require('axios');
const got = require('got');
const needle = require('needle');
const http = require('http');
const https = require('node:https');
const fetch = require('node-fetch');

const app = express();
app.use(express.json());
const ALLOWED_HOSTS = new Set(['hooks.slack.com', 'api.github.com']);

app.get('/preview', async (req, res) => {
@@  const { data } = await axios.get(req.query.url);
  res.json({ length: String(data).length });
});

app.post('/webhook/test', async (req, res) => {
@@  const r = await fetch(req.body.webhookUrl, { method: 'POST', body: '{}' });
  res.json({ status: r.status });
});

app.post('/webhook/test-safe', async (req, res) => {
  const u = new URL(req.body.webhookUrl);
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(400);
@ok  const r = await fetch(u.toString(), { method: 'POST', body: '{}' });
  res.json({ status: r.status });
});

app.get('/avatar', async (req, res) => {
@@  const body = await got(req.query.src).buffer();
  res.type('png').send(body);
});

app.get('/gh/:user', async (req, res) => {
@ok  const { data } = await axios.get(\`https://api.github.com/users/\${encodeURIComponent(req.params.user)}\`);
  res.json(data);
});

app.get('/probe', (req, res) => {
@@  needle.get(req.query.target, (err, resp) => res.json({ code: resp && resp.statusCode }));
});

app.get('/status', (req, res) => {
@@  http.get(\`http://\${req.query.host}/status\`, (r) => r.pipe(res));
});

app.get('/status-safe', (req, res) => {
@ok  https.get('https://status.example.com/v1/' + encodeURIComponent(req.query.svc), (r) => r.pipe(res));
});

app.post('/callback', async (req, res) => {
@@  await axios({ method: 'post', url: req.body.callback, data: { ok: true } });
  res.sendStatus(202);
});

const api = axios.create({ baseURL: 'https://api.example.com' });
app.get('/item', async (req, res) => {
@ok  const { data } = await api.get(\`/items/\${encodeURIComponent(req.query.id)}\`);
  res.json(data);
});
`,
  ),
  ...ts(
    "CWE-1321",
    "prototype pollution: lodash merge/set of body values and paths, a recursive merge helper, nested assignment with two request keys vs a key-guarded helper, a Map and a pick of known fields",
    `import _ from 'lodash';
import { set } from 'lodash';
import type { Request, Response } from 'express';

const settings: Record<string, any> = {};
const prefs: Record<string, any> = {};
const prefMap = new Map<string, Map<string, unknown>>();

export function updateSettings(req: Request, res: Response) {
@@  _.merge(settings, req.body);
  res.json(settings);
}

export function setPath(req: Request, res: Response) {
@@  set(settings, req.body.path, req.body.value);
  res.json(settings);
}

function deepMerge(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

export function importConfig(req: Request, res: Response) {
  deepMerge(settings, JSON.parse(req.body.config));
  safeMerge(settings, JSON.parse(req.body.config));
  res.sendStatus(204);
}

export function setPref(req: Request, res: Response) {
  const { section, key, value } = req.body;
  if (!prefs[section]) prefs[section] = {};
@@  prefs[section][key] = value;
  res.sendStatus(204);
}

export function setPrefMap(req: Request, res: Response) {
  const { section, key, value } = req.body;
  if (!prefMap.has(section)) prefMap.set(section, new Map());
@ok  prefMap.get(section)!.set(String(key), value);
  res.sendStatus(204);
}

export function updateProfile(req: Request, res: Response) {
@ok  Object.assign(settings, _.pick(req.body, ['displayName', 'locale']));
  res.json(settings);
}
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp from input: new RegExp/RegExp() of query values, String.match of a query pattern vs lodash escapeRegExp, escape-string-regexp and a literal pattern",
    `const express = require('express');
const _ = require('lodash');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();
const items = [{ name: 'alpha' }, { name: 'beta' }];

app.get('/search', (req, res) => {
@@  const re = new RegExp(req.query.q, 'i');
  res.json(items.filter((i) => re.test(i.name)));
});

app.get('/search-safe', (req, res) => {
@ok  const re = new RegExp(_.escapeRegExp(req.query.q), 'i');
  res.json(items.filter((i) => re.test(i.name)));
});

app.get('/prefix', (req, res) => {
@ok  const re = new RegExp('^' + escapeStringRegexp(String(req.query.prefix)));
  res.json(items.filter((i) => re.test(i.name)));
});

app.get('/prefix-bad/:prefix', (req, res) => {
@@  const re = RegExp(\`^\${req.params.prefix}.*$\`);
  res.json(items.filter((i) => re.test(i.name)));
});

app.get('/match', (req, res) => {
@@  const m = String(req.query.text).match(req.query.pattern);
  res.json({ matched: !!m });
});

app.get('/username', (req, res) => {
@ok  const ok = /^[a-z0-9_-]{3,16}$/.test(String(req.query.username));
  res.json({ ok });
});
`,
  ),
  ...js(
    "CWE-295",
    "TLS: rejectUnauthorized:false on https.Agent, https.request, tls.connect and an axios agent, NODE_TLS_REJECT_UNAUTHORIZED='0' vs a pinned CA, explicit true and reading the variable",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@okconst caAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
@okconst strictTls = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';

function getPartner(cb) {
@@  https.request({ hostname: 'api.partner.com', path: '/v1', method: 'GET', rejectUnauthorized: false }, cb).end();
}

function getPartnerSafe(cb) {
@ok  https.request({ hostname: 'api.partner.com', path: '/v1', method: 'GET', rejectUnauthorized: true }, cb).end();
}

@@const sock = tls.connect(8443, 'db.internal', { rejectUnauthorized: false });
@okconst sock2 = tls.connect(8443, 'db.internal', { ca: [fs.readFileSync('/etc/ssl/db-ca.pem')], servername: 'db.internal' });

async function fetchMetrics(url) {
@@  const r = await axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
  return r.data;
}

module.exports = { insecureAgent, caAgent, strictTls, getPartner, getPartnerSafe, sock, sock2, fetchMetrics };
`,
  ),
  ...js(
    "CWE-79",
    "browser DOM: innerHTML/outerHTML/insertAdjacentHTML/document.write and jQuery html/append/$() from the query string and hash vs textContent, DOMPurify, an escaper and jQuery text()",
    `const params = new URLSearchParams(location.search);
const q = params.get('q');

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

@@document.getElementById('results-title').innerHTML = 'Results for ' + q;
@okdocument.getElementById('results-title').textContent = 'Results for ' + q;
@@document.querySelector('#banner').outerHTML = \`<div id="banner">\${decodeURIComponent(location.hash.slice(1))}</div>\`;
@@document.body.insertAdjacentHTML('beforeend', \`<p class="msg">\${params.get('msg')}</p>\`);
@okdocument.body.insertAdjacentHTML('beforeend', \`<p class="msg">\${DOMPurify.sanitize(params.get('msg'))}</p>\`);
@@document.write('<h2>' + params.get('title') + '</h2>');
@okdocument.write('<h2>' + escapeHtml(params.get('title')) + '</h2>');
@@$('#greeting').html('Hi ' + params.get('name'));
@ok$('#greeting').text('Hi ' + params.get('name'));
@@$(decodeURIComponent(window.location.hash.substring(1))).appendTo('#panel');
@@$('#list').append('<li>' + q + '</li>');
@ok$('#list').append($('<li>').text(q));
@okdocument.getElementById('count').innerHTML = String(parseInt(params.get('n'), 10) || 0);
`,
  ),
  ...js(
    "CWE-79",
    "postMessage listeners writing event data into the page without an origin check vs ones that check event.origin",
    `const TRUSTED_ORIGIN = 'https://app.example.com';

window.addEventListener('message', (event) => {
@@  document.getElementById('widget').innerHTML = event.data.html;
});

window.addEventListener('message', function (e) {
  if (e.origin !== TRUSTED_ORIGIN) return;
@ok  document.getElementById('widget2').innerHTML = e.data.html;
});

window.onmessage = ({ data }) => {
@@  $('#toast').html(data.message);
};

window.addEventListener('message', (e) => {
@ok  document.getElementById('toast2').textContent = e.data.message;
});
`,
  ),
  ...js(
    "CWE-345",
    "postMessage: listeners acting on messages (navigation, stored tokens) with no origin check vs an origin allow-list",
    `const ALLOWED = ['https://app.example.com', 'https://help.example.com'];

@@window.addEventListener('message', (event) => {
  if (event.data.type === 'navigate') {
    window.location.href = event.data.url;
  }
});

@@window.addEventListener('message', function (e) {
  localStorage.setItem('auth_token', e.data.token);
});

@okwindow.addEventListener('message', (event) => {
  if (!ALLOWED.includes(event.origin)) return;
  localStorage.setItem('auth_token', event.data.token);
});
`,
  ),
  ...jsx(
    "components/Profile.jsx",
    "CWE-79",
    "React: dangerouslySetInnerHTML of profile fields and a search param, href from a user URL vs DOMPurify, a scheme check, JSX text and a constant",
    `import React from 'react';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'react-router-dom';

export function Profile({ user }) {
  const [params] = useSearchParams();
  const safeSite = /^https?:\\/\\//i.test(user.website) ? user.website : '#';
  return (
    <div>
@@      <div dangerouslySetInnerHTML={{ __html: user.bio }} />
@ok      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(user.bio) }} />
@@      <a href={user.website}>website</a>
@ok      <a href={safeSite}>website</a>
@@      <p dangerouslySetInnerHTML={{ __html: params.get('note') ?? '' }} />
@ok      <p>{params.get('note')}</p>
@ok      <div dangerouslySetInnerHTML={{ __html: '<hr class="sep"/>' }} />
    </div>
  );
}
`,
  ),
  ...tsx(
    "components/Comment.tsx",
    "CWE-79",
    "React TS: props HTML through dangerouslySetInnerHTML and a ref's innerHTML vs a sanitised memo and textContent",
    `import { useEffect, useMemo, useRef } from 'react';
import DOMPurify from 'dompurify';

type Props = { html: string; text: string };

export default function Comment({ html, text }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const clean = useMemo(() => DOMPurify.sanitize(html), [html]);
  useEffect(() => {
    if (ref.current) {
@@      ref.current.innerHTML = html;
    }
  }, [html]);
  useEffect(() => {
@ok    if (ref.current) ref.current.textContent = text;
  }, [text]);
  return (
    <>
@@      <section dangerouslySetInnerHTML={{ __html: html }} />
@ok      <section dangerouslySetInnerHTML={{ __html: clean }} />
      <div ref={ref} />
    </>
  );
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: bypassSecurityTrustHtml/ResourceUrl/Url of route parameters vs plain binding, a constant and a fixed embed prefix",
    `import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-msg',
  template: '<div [innerHTML]="html"></div><iframe [src]="frame"></iframe><a [href]="link">next</a><p>{{ plain }}</p>',
})
export class MsgComponent implements OnInit {
  html!: SafeHtml;
  frame!: SafeResourceUrl;
  link!: SafeUrl;
  plain = '';

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const qp = this.route.snapshot.queryParamMap;
@@    this.html = this.sanitizer.bypassSecurityTrustHtml(qp.get('m') ?? '');
@ok    this.plain = qp.get('m') ?? '';
@@    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl(qp.get('embed')!);
@ok    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl('https://player.example.com/embed/' + encodeURIComponent(qp.get('id') ?? ''));
    this.route.queryParams.subscribe((p) => {
@@      this.link = this.sanitizer.bypassSecurityTrustUrl(p['next']);
    });
@ok    this.html = this.sanitizer.bypassSecurityTrustHtml('<b>Welcome</b>');
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "Vue render functions: h() innerHTML of a query value and a prop, Vue 2 domProps.innerHTML from $route vs DOMPurify, text children and domProps.textContent; v-html in a string template",
    `import { h, defineComponent } from 'vue';
import DOMPurify from 'dompurify';

export const Notice = defineComponent({
  props: { comment: String },
  setup(props) {
    const msg = new URLSearchParams(window.location.search).get('msg') || '';
    return () => [
@@      h('div', { innerHTML: msg }),
@ok      h('div', { innerHTML: DOMPurify.sanitize(msg) }),
@ok      h('div', msg),
@@      h('section', { innerHTML: props.comment }),
    ];
  },
});

export const Legacy = {
  render(createElement) {
@@    return createElement('div', { domProps: { innerHTML: this.$route.query.banner } });
  },
};

export const LegacySafe = {
  render(createElement) {
@ok    return createElement('div', { domProps: { textContent: this.$route.query.banner } });
  },
};

export const Tpl = {
@@  template: '<div class="n" v-html="$route.query.notice"></div>',
};

export const TplSafe = {
@ok  template: '<div class="n">{{ $route.query.notice }}</div>',
};
`,
  ),
  ...js(
    "CWE-78",
    "p2 child_process spellings: renamed destructuring, require(...).exec inline, import * as, a class method wrapper, .then() callback and Promise.all vs argv forms",
    `const { exec: run, execFile: runFile } = require('child_process');
const express = require('express');
const app = express();

class Git {
  constructor(dir) {
    this.dir = dir;
  }
  log(ref) {
@@    return require('child_process').execSync(\`git -C \${this.dir} log \${ref}\`).toString();
  }
  logSafe(ref) {
@ok    return require('child_process').execFileSync('git', ['-C', this.dir, 'log', '--', ref]).toString();
  }
}
const git = new Git('/srv/repo');

app.get('/log', (req, res) => {
  res.type('text/plain').send(git.log(req.query.ref));
});

app.get('/log-safe', (req, res) => {
  res.type('text/plain').send(git.logSafe(String(req.query.ref)));
});

app.get('/host', (req, res) => {
@@  run('host ' + req.query?.name, (e, out) => res.type('text/plain').send(out));
});

app.get('/host-safe', (req, res) => {
@ok  runFile('host', [String(req.query?.name)], (e, out) => res.type('text/plain').send(out));
});

app.post('/batch', async (req, res) => {
  const names = req.body.names || [];
  const outs = await Promise.all(
    names.map(
      (n) =>
        new Promise((resolve) => {
@@          run(\`file /uploads/\${n}\`, (e, out) => resolve(out));
        }),
    ),
  );
  res.json(outs);
});

app.get('/chain', (req, res) => {
  Promise.resolve(req.query.target)
    .then((t) => {
@@      run('traceroute ' + t, (e, out) => res.type('text/plain').send(out));
    });
});
`,
  ),
  ...ts(
    "CWE-78",
    "p2 TypeScript: import * as cp, a typed options object with shell: true, a promisified exec template vs argv without a shell and a command from the operator's environment",
    `import * as cp from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';
import type { Request, Response } from 'express';

const shellOpts: SpawnOptions = { shell: true, stdio: 'pipe' };

export function zip(req: Request, res: Response): void {
  const name = (req.body as { name: string }).name;
@@  const p = cp.spawn('zip', ['-r', \`\${name}.zip\`, 'data'], shellOpts);
  p.on('close', () => res.end());
}

export function zipSafe(req: Request, res: Response): void {
  const name = (req.body as { name: string }).name.replace(/[^\\w-]/g, '');
@ok  const p = cp.spawn('zip', ['-r', \`\${name}.zip\`, 'data'], { stdio: 'pipe' });
  p.on('close', () => res.end());
}

export function backup(): void {
@ok  cp.execSync(process.env.BACKUP_CMD ?? 'tar czf /tmp/b.tgz /srv', { stdio: 'inherit' });
}

export async function convert(req: Request, res: Response): Promise<void> {
  const { from, to } = req.query as Record<string, string>;
  await new Promise<void>((resolve, reject) =>
@@    cp.exec(\`pandoc -f \${from} -t \${to} in.md -o out\`, (err) => (err ? reject(err) : resolve())),
  );
  res.sendStatus(204);
}
`,
  ),
  ...js(
    "CWE-89",
    "p2 SQL spellings: a query-builder helper that returns text, mysql (callback) query with concatenation across lines, sequelize.query with a bind array vs literal(), knex.raw with named bindings, an identifier escaped by knex",
    `const mysql = require('mysql');
const { Sequelize } = require('sequelize');
const knex = require('knex')({ client: 'mysql2' });
const express = require('express');
const app = express();
const db = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const sequelize = new Sequelize(process.env.DB);

function whereName(name) {
  return "WHERE name = '" + name + "'";
}

app.get('/p', (req, res) => {
  const sql = 'SELECT * FROM products ' +
    whereName(req.query.name);
@@  db.query(sql, (err, rows) => res.json(rows));
});

app.get('/p-safe', (req, res) => {
@ok  db.query('SELECT * FROM products WHERE name = ?', [req.query.name], (err, rows) => res.json(rows));
});

app.get('/p-escaped', (req, res) => {
@ok  db.query('SELECT * FROM products WHERE name = ' + db.escape(req.query.name), (err, rows) => res.json(rows));
});

app.get('/s', async (req, res) => {
@ok  const rows = await sequelize.query('SELECT * FROM t WHERE id = $1', { bind: [req.query.id] });
  res.json(rows);
});

app.get('/s-literal', async (req, res) => {
  const Product = sequelize.models.Product;
@@  const rows = await Product.findAll({ where: sequelize.literal(\`price < \${req.query.max}\`) });
  res.json(rows);
});

app.get('/k', async (req, res) => {
@ok  const rows = await knex.raw('select * from t where a = :a and b = :b', { a: req.query.a, b: req.query.b });
  res.json(rows);
});

app.get('/k-ident', async (req, res) => {
@ok  const rows = await knex.raw('select ?? from t', [req.query.col]);
  res.json(rows);
});

app.get('/k-order', async (req, res) => {
@@  const rows = await knex('t').select('*').orderByRaw(req.query.order);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-22",
    "p2 path spellings: a NestJS @Param into createReadStream through a service, fs.promises via destructured import, path.normalize without a root check vs a root check on the normalized path",
    `import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';

const BASE = resolve('/var/app/files');

@Injectable()
export class FilesService {
  open(name: string) {
@@    return createReadStream(join(BASE, name));
  }
  openChecked(name: string) {
    const full = resolve(BASE, name);
    if (!full.startsWith(BASE + sep)) throw new Error('bad path');
@ok    return createReadStream(full);
  }
}

@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Get(':name')
  get(@Param('name') name: string) {
    return new StreamableFile(this.files.open(name));
  }

  @Get('checked/:name')
  getChecked(@Param('name') name: string) {
    return new StreamableFile(this.files.openChecked(name));
  }

  @Get('meta/:name')
  async meta(@Param('name') name: string) {
    const p = normalize(\`\${BASE}/\${name}\`);
@@    return fsp.stat(p);
  }

  @Get('meta-safe/:name')
  async metaSafe(@Param('name') name: string) {
    const p = normalize(\`\${BASE}/\${name}\`);
    if (!p.startsWith(BASE + sep)) return null;
@ok    return fsp.stat(p);
  }
}
`,
  ),
  ...js(
    "CWE-918",
    "p2 SSRF spellings: an axios instance without baseURL, fetch of a URL built from a host param, got.post with url option, a superagent chain vs a URL whose hostname is checked against an allow-list",
    `const axios = require('axios');
const got = require('got');
const superagent = require('superagent');
const express = require('express');
const app = express();
app.use(express.json());
const http = axios.create({ timeout: 3000 });
const ALLOW = ['images.example.com', 'cdn.example.com'];

app.get('/thumb', async (req, res) => {
@@  const r = await http.get(req.query.src, { responseType: 'arraybuffer' });
  res.type('png').send(r.data);
});

app.get('/thumb-safe', async (req, res) => {
  const url = new URL(String(req.query.src));
  if (!ALLOW.includes(url.hostname)) return res.sendStatus(400);
@ok  const r = await http.get(url.href, { responseType: 'arraybuffer' });
  res.type('png').send(r.data);
});

app.get('/health/:host', async (req, res) => {
@@  const r = await fetch(\`https://\${req.params.host}/healthz\`);
  res.json({ ok: r.ok });
});

app.post('/notify', async (req, res) => {
@@  await got.post({ url: req.body.endpoint, json: { event: 'ping' } });
  res.sendStatus(202);
});

app.get('/sa', async (req, res) => {
@@  const r = await superagent.get(req.query.u).set('Accept', 'application/json');
  res.json(r.body);
});

app.get('/sa-safe', async (req, res) => {
@ok  const r = await superagent.get('https://api.example.com/v2/search').query({ q: req.query.q });
  res.json(r.body);
});
`,
  ),
  ...js(
    "CWE-943",
    "p2 Mongo spellings: a filter built up in a variable, aggregate $match of the body, findOneAndUpdate with the body's selector vs a String() cast filter bound to a name, an ObjectId and an allow-listed sort key",
    `const express = require('express');
const { MongoClient, ObjectId } = require('mongodb');
const app = express();
app.use(express.json());
const col = new MongoClient(process.env.MONGO).db('x').collection('orders');

app.post('/mine', async (req, res) => {
  const filter = {};
  filter.customer = req.body.customer;
@@  const docs = await col.find(filter).toArray();
  res.json(docs);
});

app.post('/mine-safe', async (req, res) => {
  const filter = { customer: String(req.body.customer) };
@ok  const docs = await col.find(filter).toArray();
  res.json(docs);
});

app.post('/report', async (req, res) => {
@@  const docs = await col.aggregate([{ $match: req.body.match }, { $limit: 100 }]).toArray();
  res.json(docs);
});

app.post('/cancel', async (req, res) => {
@@  await col.findOneAndUpdate({ _id: req.body.id, status: req.body.status }, { $set: { status: 'cancelled' } });
  res.sendStatus(204);
});

app.post('/cancel-safe', async (req, res) => {
@ok  await col.findOneAndUpdate({ _id: new ObjectId(String(req.body.id)) }, { $set: { status: 'cancelled' } });
  res.sendStatus(204);
});

app.get('/sorted', async (req, res) => {
  const key = ['createdAt', 'total'].includes(req.query.sort) ? req.query.sort : 'createdAt';
@ok  const docs = await col.find({}).sort({ [key]: -1 }).limit(20).toArray();
  res.json(docs);
});
`,
  ),
  ...ts(
    "CWE-1321",
    "p2 prototype pollution spellings: a path setter splitting a dotted key from the query and Object.assign into a nested target chosen by the body vs the path setter with a key denylist",
    `import type { Request, Response } from 'express';

const config: Record<string, any> = { ui: {}, api: {} };

function setByPath(obj: any, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur[keys[i]] = cur[keys[i]] ?? {};
    cur = cur[keys[i]];
  }
@@  cur[keys[keys.length - 1]] = value;
}

function setByPathSafe(obj: any, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) return;
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur[keys[i]] = cur[keys[i]] ?? {};
    cur = cur[keys[i]];
  }
@ok  cur[keys[keys.length - 1]] = value;
}

export function patch(req: Request, res: Response) {
  setByPath(config, String(req.query.key), req.query.value);
  setByPathSafe(config, String(req.query.key), req.query.value);
  res.json(config);
}

export function section(req: Request, res: Response) {
  const { name, values } = req.body;
@@  Object.assign(config[name], values);
  res.json(config);
}
`,
  ),
  ...js(
    "CWE-95",
    "p2 code injection spellings: vm.compileFunction, a Function built with spread params, require() of a request module name, eval through an alias vs a fixed module map",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());
const run = eval;
const PLUGINS = { csv: require('./plugins/csv'), json: require('./plugins/json') };

app.post('/compile', (req, res) => {
@@  const fn = vm.compileFunction(req.body.body, ['input']);
  res.json({ out: fn(1) });
});

app.post('/fn', (req, res) => {
  const { params, body } = req.body;
@@  const fn = new Function(...params, body);
  res.json({ out: fn(1, 2) });
});

app.get('/plugin', (req, res) => {
@@  const plugin = require(\`./plugins/\${req.query.name}\`);
  res.json(plugin.describe());
});

app.get('/plugin-safe', (req, res) => {
@ok  const plugin = PLUGINS[req.query.name === 'csv' ? 'csv' : 'json'];
  res.json(plugin.describe());
});

app.post('/alias', (req, res) => {
@@  res.json({ v: run(req.body.expr) });
});
`,
  ),
  ...ts(
    "CWE-347",
    "p2 JWT spellings: verify through a promisified helper with algorithms none, jose's decodeJwt trusted for roles vs jose jwtVerify with a key and express-jwt with algorithms",
    `import { promisify } from 'node:util';
import jwt from 'jsonwebtoken';
import { decodeJwt, jwtVerify } from 'jose';
import { expressjwt } from 'express-jwt';
import type { Request, Response, NextFunction } from 'express';

const verifyAsync = promisify(jwt.verify) as (t: string, k: string, o: object) => Promise<any>;
const KEY = new TextEncoder().encode(process.env.JWT_SECRET!);

export async function a(req: Request, res: Response, next: NextFunction) {
  const t = req.get('authorization')?.slice(7) ?? '';
@@  (req as any).user = await verifyAsync(t, process.env.JWT_SECRET!, { algorithms: ['none'] });
  next();
}

export function roles(req: Request, res: Response, next: NextFunction) {
  const t = req.get('authorization')?.slice(7) ?? '';
@@  const claims = decodeJwt(t);
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
}

export async function rolesSafe(req: Request, res: Response, next: NextFunction) {
  const t = req.get('authorization')?.slice(7) ?? '';
@ok  const { payload } = await jwtVerify(t, KEY, { algorithms: ['HS256'] });
  if (payload.role !== 'admin') return res.sendStatus(403);
  next();
}

@ok export const guard = expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] });
`,
  ),
  ...js(
    "CWE-1333",
    "p2 RegExp spellings: a pattern from the body compiled in a helper, String.search with a request pattern vs an escaped needle and a fixed alternation",
    `const express = require('express');
const app = express();
app.use(express.json());

function compile(p, flags) {
@@  return new RegExp(p, flags);
}

app.post('/filter', (req, res) => {
  const re = compile(req.body.pattern, 'g');
  res.json({ n: (req.body.text.match(re) || []).length });
});

app.get('/find', (req, res) => {
@@  const at = String(req.query.text).search(req.query.needle);
  res.json({ at });
});

app.get('/find-safe', (req, res) => {
  const needle = String(req.query.needle).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  const at = String(req.query.text).search(new RegExp(needle));
  res.json({ at });
});

app.get('/kind', (req, res) => {
@ok  const ok = /^(csv|json|xml)$/.test(req.query.kind);
  res.json({ ok });
});
`,
  ),
  ...js(
    "CWE-79",
    "p2 server XSS spellings: an HTML helper mapped over query parts, ejs.render with <%- %>, an inline map/join vs the helper over escaped parts and <%= %>",
    `const express = require('express');
const ejs = require('ejs');
const escapeHtml = require('escape-html');
const app = express();

function card(title) {
  return \`<div class="card"><h3>\${title}</h3></div>\`;
}

app.get('/cards', (req, res) => {
  const titles = String(req.query.t || '').split(',');
@@  res.send(titles.map(card).join(''));
});

app.get('/cards-safe', (req, res) => {
  const titles = String(req.query.t || '').split(',');
@ok  res.send(titles.map((t) => card(escapeHtml(t))).join(''));
});

app.get('/ejs', (req, res) => {
@@  res.send(ejs.render('<p><%- name %></p>', { name: req.query.name }));
});

app.get('/ejs-safe', (req, res) => {
@ok  res.send(ejs.render('<p><%= name %></p>', { name: req.query.name }));
});

app.get('/list', (req, res) => {
  const items = [].concat(req.query.item || []);
@@  res.send('<ul>' + items.map((i) => '<li>' + i + '</li>').join('') + '</ul>');
});
`,
  ),
  ...js(
    "CWE-89",
    "p3 SQL through request carriers: Hapi request.payload, Koa ctx.request.body, req.get() header, a base64-decoded cookie and util.format vs a UUID check, Number.isInteger and a zod enum",
    `const Hapi = require('@hapi/hapi');
const Router = require('@koa/router');
const express = require('express');
const util = require('util');
const validator = require('validator');
const { z } = require('zod');
const { Pool } = require('pg');
const pool = new Pool();
const app = express();
const router = new Router();
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'POST',
  path: '/h/notes',
  handler: async (request) => {
@@    const r = await pool.query(\`SELECT * FROM notes WHERE owner = '\${request.payload.owner}'\`);
    return r.rows;
  },
});

router.post('/k/notes', async (ctx) => {
  const { tag } = ctx.request.body;
@@  const r = await pool.query("SELECT * FROM notes WHERE tag = '" + tag + "'");
  ctx.body = r.rows;
});

app.get('/tenant', async (req, res) => {
@@  const r = await pool.query(util.format("SELECT * FROM t WHERE tenant = '%s'", req.get('X-Tenant')));
  res.json(r.rows);
});

app.get('/pref', async (req, res) => {
  const user = Buffer.from(req.cookies.u || '', 'base64').toString('utf8');
@@  const r = await pool.query(\`SELECT * FROM prefs WHERE username = '\${user}'\`);
  res.json(r.rows);
});

app.get('/doc/:id', async (req, res) => {
  if (!validator.isUUID(req.params.id)) return res.sendStatus(400);
@ok  const r = await pool.query(\`SELECT * FROM docs WHERE id = '\${req.params.id}'\`);
  res.json(r.rows);
});

app.get('/page', async (req, res) => {
  const n = Number(req.query.n);
  if (!Number.isInteger(n)) return res.sendStatus(400);
@ok  const r = await pool.query(\`SELECT * FROM items LIMIT 20 OFFSET \${n * 20}\`);
  res.json(r.rows);
});

const Sort = z.enum(['name', 'created_at']);
app.get('/sorted', async (req, res) => {
  const col = Sort.parse(req.query.sort);
@ok  const r = await pool.query(\`SELECT * FROM items ORDER BY \${col}\`);
  res.json(r.rows);
});
`,
  ),
  ...ts(
    "CWE-78",
    "p3 command through class fields and helpers: a job object holding the request value, Object.entries of the query into flags, a JSON body field vs a validated enum field",
    `import { exec } from 'node:child_process';
import type { Request, Response } from 'express';

class Job {
  constructor(private readonly target: string) {}
  run(cb: (out: string) => void): void {
@@    exec(\`nmap -sV \${this.target}\`, (e, out) => cb(out));
  }
}

export function scan(req: Request, res: Response): void {
  new Job(String(req.query.target)).run((out) => res.type('text/plain').send(out));
}

export function curlFlags(req: Request, res: Response): void {
  const flags = Object.entries(req.query)
    .map(([k, v]) => \`--\${k} \${v}\`)
    .join(' ');
@@  exec('curl ' + flags + ' https://example.com', (e, out) => res.type('text/plain').send(out));
}

export function fromJson(req: Request, res: Response): void {
  const { image } = JSON.parse(req.body.spec);
@@  exec(\`docker pull \${image}\`, () => res.end());
}

const MODES = ['fast', 'full'] as const;
export function mode(req: Request, res: Response): void {
  const m = req.query.mode as string;
  if (!(MODES as readonly string[]).includes(m)) {
    res.sendStatus(400);
    return;
  }
@ok  exec(\`scanner --mode \${m}\`, () => res.end());
}
`,
  ),
  ...js(
    "CWE-918",
    "p3 SSRF through carriers: a header-chosen upstream, a JSON body's nested URL, a redirect-following webhook built from a query host vs a fixed upstream map and a Set of allowed hosts",
    `const express = require('express');
const axios = require('axios');
const app = express();
app.use(express.json());
const UPSTREAMS = { eu: 'https://eu.api.example.com', us: 'https://us.api.example.com' };
const HOSTS = new Set(['hooks.example.com']);

app.get('/proxy/*', async (req, res) => {
  const upstream = req.header('x-upstream');
@@  const r = await axios.get(upstream + req.params[0]);
  res.json(r.data);
});

app.get('/proxy2/*', async (req, res) => {
  const base = UPSTREAMS[req.query.region] || UPSTREAMS.eu;
@ok  const r = await axios.get(base + '/v1/' + encodeURIComponent(req.params[0]));
  res.json(r.data);
});

app.post('/import', async (req, res) => {
  const { source: { url } } = req.body;
@@  const r = await fetch(url);
  res.json({ size: (await r.text()).length });
});

app.post('/hook', async (req, res) => {
  const target = new URL(req.body.url);
  if (!HOSTS.has(target.hostname) || target.protocol !== 'https:') return res.sendStatus(400);
@ok  await fetch(target, { method: 'POST', redirect: 'error', body: JSON.stringify({ ok: 1 }) });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-22",
    "p3 path through carriers: a decoded piece of req.url and an archive entry name vs a generated upload name and an entry resolve check",
    `const express = require('express');
const multer = require('multer');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const AdmZip = require('adm-zip');
const upload = multer({ storage: multer.memoryStorage() });
const app = express();
const DIR = '/srv/uploads';

app.post('/up-safe', upload.single('f'), (req, res) => {
  const name = crypto.randomUUID() + path.extname(req.file.originalname);
@ok  fs.writeFileSync(path.join(DIR, name), req.file.buffer);
  res.json({ name });
});

app.get('/raw', (req, res) => {
  const p = decodeURIComponent(req.url.split('?f=')[1] || '');
@@  fs.readFile(DIR + '/' + p, (e, d) => res.type('application/octet-stream').send(d));
});

app.post('/unzip', upload.single('z'), (req, res) => {
  const zip = new AdmZip(req.file.buffer);
  for (const entry of zip.getEntries()) {
@@    fs.writeFileSync(path.join(DIR, entry.entryName), entry.getData());
  }
  res.sendStatus(201);
});

app.post('/unzip-safe', upload.single('z'), (req, res) => {
  const zip = new AdmZip(req.file.buffer);
  for (const entry of zip.getEntries()) {
    const out = path.resolve(DIR, entry.entryName);
    if (!out.startsWith(DIR + path.sep)) continue;
@ok    fs.writeFileSync(out, entry.getData());
  }
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-601",
    "p3 redirects through carriers: a base64 state parameter and a URL object's href from the query vs a state looked up server-side and a host check on the parsed URL",
    `const express = require('express');
const app = express();
const pending = new Map();

app.get('/oauth/cb', (req, res) => {
  const state = JSON.parse(Buffer.from(String(req.query.state), 'base64url').toString());
@@  res.redirect(state.returnTo);
});

app.get('/oauth/cb2', (req, res) => {
  const entry = pending.get(String(req.query.state));
  if (!entry) return res.sendStatus(400);
@ok  res.redirect(entry.returnTo);
});

app.get('/jump', (req, res) => {
  const u = new URL(String(req.query.to));
@@  res.redirect(u.href);
});

app.get('/jump-safe', (req, res) => {
  const u = new URL(String(req.query.to));
  if (u.hostname !== 'www.example.com') return res.redirect('/');
@ok  res.redirect(u.href);
});
`,
  ),
  ...ts(
    "CWE-295",
    "p4 TLS spellings: a typed https.RequestOptions object, got's https.rejectUnauthorized, an Agent made in a helper for axios.create, a ws client vs CA bundles",
    `import https from 'node:https';
import got from 'got';
import axios from 'axios';
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';

@@const opts: https.RequestOptions = { host: 'billing.internal', port: 443, rejectUnauthorized: false };
@ok const safeOpts: https.RequestOptions = { host: 'billing.internal', port: 443, ca: readFileSync('/etc/pki/internal.pem') };

export async function charges() {
@@  return got('https://billing.internal/v1/charges', { https: { rejectUnauthorized: false } }).json();
}

export async function chargesSafe() {
@ok  return got('https://billing.internal/v1/charges', { https: { certificateAuthority: readFileSync('/etc/pki/internal.pem') } }).json();
}

function lax() {
@@  return new https.Agent({ keepAlive: true, rejectUnauthorized: false });
}

export const billing = axios.create({ baseURL: 'https://billing.internal', httpsAgent: lax() });

@@export const feed = new WebSocket('wss://feed.internal/stream', { rejectUnauthorized: false });
@ok export const feed2 = new WebSocket('wss://feed.internal/stream', { ca: readFileSync('/etc/pki/internal.pem') });

export function req() {
  return https.request(opts);
}
`,
  ),
  ...js(
    "CWE-338",
    "p4 randomness spellings: Math.random in a token helper's loop, uuid v1 for a reset key, Math.random for a CSRF value vs nanoid, uuid v4 and crypto.getRandomValues",
    `const { v1: uuidv1, v4: uuidv4 } = require('uuid');
const { nanoid } = require('nanoid');

function randomString(len) {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < len; i++) {
@@    out += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return out;
}

function newApiToken() {
  return randomString(32);
}

function newApiTokenSafe() {
@ok  return nanoid(32);
}

function newSessionKey() {
@ok  return uuidv4();
}

function newResetKey() {
@@  return uuidv1();
}

function csrfBrowser() {
  const a = new Uint8Array(16);
@ok  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

function csrfBrowserWeak() {
@@  return (Math.random() * 1e18).toString(16);
}

module.exports = { newApiToken, newApiTokenSafe, newSessionKey, newResetKey, csrfBrowser, csrfBrowserWeak };
`,
  ),
  ...js(
    "CWE-798",
    "p4 hard-coded credentials spellings: a DB connection string with a password, a config object's password field, Basic auth header from literals, an AWS key pair vs environment and secrets-manager values",
    `const { Pool } = require('pg');
const mysql = require('mysql2');
const axios = require('axios');
const AWS = require('aws-sdk');

@@const pool = new Pool({ connectionString: 'postgres://admin:Pr0dPassw0rd!@db.internal:5432/app' });
@ok const pool2 = new Pool({ connectionString: process.env.DATABASE_URL });

@@const conn = mysql.createConnection({ host: 'db', user: 'root', password: 'hunter2hunter2', database: 'shop' });
@ok const conn2 = mysql.createConnection({ host: 'db', user: 'root', password: process.env.MYSQL_PASSWORD, database: 'shop' });

async function report() {
@@  return axios.get('https://reports.internal/api', { headers: { Authorization: 'Basic ' + Buffer.from('reporter:s3cr3t-Report').toString('base64') } });
}

@@AWS.config.update({ accessKeyId: 'AKIA2E0A8F3B244C9986', secretAccessKey: 'Xb7p2Qk9vR4mT1sLw8Zc3Nd6Hy0Jf5Ga2Ue7Io4q' });
@ok AWS.config.update({ region: 'eu-west-1' });

module.exports = { pool, pool2, conn, conn2, report };
`,
  ),
  ...js(
    "CWE-79",
    "p4 browser DOM spellings: setAttribute('srcdoc'), a template element's innerHTML, DOMParser nodes moved into the page, range.createContextualFragment and the decoded hash into an anchor's href vs textContent, a checked scheme and a title attribute",
    `const params = new URLSearchParams(window.location.search);
const frame = document.createElement('iframe');
@@frame.setAttribute('srcdoc', params.get('preview'));
document.body.appendChild(frame);

const tpl = document.createElement('template');
@@tpl.innerHTML = params.get('snippet');
document.body.appendChild(tpl.content.cloneNode(true));

@@const doc = new DOMParser().parseFromString(params.get('frag') || '', 'text/html');
document.getElementById('out').append(...doc.body.childNodes);

@@const frag = document.createRange().createContextualFragment(decodeURIComponent(location.hash.slice(1)));
document.body.appendChild(frag);

const link = document.getElementById('back');
const target = decodeURIComponent(location.hash.slice(1));
@@link.href = target;
@ok link.href = /^https:\\/\\//.test(target) ? target : '/';
@ok document.getElementById('note').textContent = params.get('note');
@ok frame.setAttribute('title', params.get('preview') || '');
`,
  ),
];
