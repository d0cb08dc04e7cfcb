// Dev suite "js-ts", batch 68: written blind, before any fix for it (own code). Framework-shaped handlers as real
// TypeScript/JavaScript services write them: Next.js App Router route handlers and server actions, NestJS
// controllers with parameter decorators, Express/Koa/Fastify/Hono handlers with typed and destructured requests,
// React components, browser DOM sinks and Node sinks; each insecure line has a safe look-alike whose value is
// constrained (allow-lists, constant branches, new URL() origin checks, path.resolve + startsWith, numeric casts,
// zod enums) or whose API is the parameterised/escaping one.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch68", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch68", cwe, note, src, "typescript");

export const BATCH68: DevCase[] = [
  ...ts(
    "CWE-22",
    "Next.js route handler reads an upload named by searchParams vs formData name behind path.resolve + startsWith",
    `import { NextRequest, NextResponse } from 'next/server';
import { promises as fs } from 'fs';
import path from 'path';

const UPLOAD_DIR = path.join(process.cwd(), 'uploads');

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('file') ?? '';
@@  const data = await fs.readFile(path.join(UPLOAD_DIR, name));
  return new NextResponse(data);
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const name = String(form.get('file') ?? '');
  const target = path.resolve(UPLOAD_DIR, name);
  if (!target.startsWith(UPLOAD_DIR + path.sep)) {
    return NextResponse.json({ error: 'bad path' }, { status: 400 });
  }
@ok  const data = await fs.readFile(target);
  return new NextResponse(data);
}
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js server action: prisma $queryRawUnsafe with an interpolated form field vs the tagged $queryRaw and a bound $1",
    `'use server';
import { prisma } from '@/lib/prisma';

export async function searchProducts(formData: FormData) {
  const term = formData.get('q') as string;
@@  return prisma.$queryRawUnsafe(\`SELECT id, name FROM "Product" WHERE name ILIKE '%\${term}%'\`);
}

export async function searchProductsTagged(formData: FormData) {
  const term = formData.get('q') as string;
@ok  return prisma.$queryRaw\`SELECT id, name FROM "Product" WHERE name ILIKE \${'%' + term + '%'}\`;
}

export async function productById(formData: FormData) {
  const id = formData.get('id') as string;
@ok  return prisma.$queryRawUnsafe('SELECT id, name FROM "Product" WHERE id = $1', id);
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS @Query sort column into a TypeORM query vs an allow-listed column and a bound @Param",
    `import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

const SORTABLE = ['name', 'created_at', 'email'];

@Controller('users')
export class UsersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  list(@Query('sort') sort: string) {
@@    return this.dataSource.query(\`SELECT id, name FROM users ORDER BY \${sort}\`);
  }

  @Get('sorted')
  sorted(@Query('sort') sort: string) {
    const column = SORTABLE.includes(sort) ? sort : 'created_at';
@ok    return this.dataSource.query(\`SELECT id, name FROM users ORDER BY \${column}\`);
  }

  @Get(':id')
  one(@Param('id') id: string) {
@ok    return this.dataSource.query('SELECT id, name FROM users WHERE id = $1', [id]);
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS @Body DTO host into promisified exec vs promisified execFile with an argument vector",
    `import { Body, Controller, Post } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';

class PingDto {
  host!: string;
}

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Controller('diag')
export class DiagController {
  @Post('ping')
  async ping(@Body() dto: PingDto) {
@@    const { stdout } = await execAsync(\`ping -c 1 \${dto.host}\`);
    return stdout;
  }

  @Post('ping-safe')
  async pingSafe(@Body() dto: PingDto) {
@ok    const { stdout } = await execFileAsync('ping', ['-c', '1', dto.host]);
    return stdout;
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "Express + zod: a z.string() field into exec vs a z.enum() field into the same command",
    `import express from 'express';
import { exec } from 'child_process';
import { z } from 'zod';

const app = express();
app.use(express.json());

const LooseBody = z.object({ region: z.string() });
const StrictBody = z.object({ region: z.enum(['eu-west-1', 'us-east-1', 'ap-south-1']) });

app.post('/buckets', (req, res) => {
  const { region } = LooseBody.parse(req.body);
@@  exec(\`aws s3api list-buckets --region \${region}\`, (err, out) => res.send(out));
});

app.post('/buckets-safe', (req, res) => {
  const { region } = StrictBody.parse(req.body);
@ok  exec(\`aws s3api list-buckets --region \${region}\`, (err, out) => res.send(out));
});
`,
  ),
  ...js(
    "CWE-78",
    "spawn with shell: true and a query argument vs spawn without a shell",
    `const express = require('express');
const { spawn } = require('child_process');

const app = express();

app.get('/grep', (req, res) => {
  const term = req.query.term;
@@  const child = spawn('grep', ['-rn', '--', term, '/srv/docs'], { shell: true });
  child.stdout.pipe(res);
});

app.get('/grep-safe', (req, res) => {
  const term = req.query.term;
@ok  const child = spawn('grep', ['-rn', '--', String(term), '/srv/docs']);
  child.stdout.pipe(res);
});
`,
  ),
  ...ts(
    "CWE-22",
    "Express typed query into res.sendFile(path.join(...)) vs sendFile with the root option; multer body field vs basename",
    `import express, { Request, Response } from 'express';
import path from 'path';
import fs from 'fs';
import multer from 'multer';

const app = express();
const upload = multer({ storage: multer.memoryStorage() });
const PUBLIC = path.join(__dirname, 'public');

app.get('/download', (req: Request<{}, {}, {}, { name: string }>, res: Response) => {
  const { name } = req.query;
@@  res.sendFile(path.join(PUBLIC, name));
});

app.get('/download-safe', (req: Request<{}, {}, {}, { name: string }>, res: Response) => {
  const { name } = req.query;
@ok  res.sendFile(name, { root: PUBLIC });
});

app.post('/avatar', upload.single('avatar'), (req, res) => {
  const file = req.file!;
@@  fs.writeFileSync(path.join('/var/app/avatars', req.body.filename), file.buffer);
@ok  fs.writeFileSync(path.join('/var/app/avatars', path.basename(req.body.filename)), file.buffer);
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-918",
    "Koa proxy: got() on a query URL vs new URL() with a protocol and host allow-list check",
    `import Koa from 'koa';
import Router from '@koa/router';
import got from 'got';

const app = new Koa();
const router = new Router();
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

router.get('/proxy', async (ctx) => {
  const target = ctx.query.url as string;
@@  ctx.body = await got(target).buffer();
});

router.get('/proxy-safe', async (ctx) => {
  const target = new URL(String(ctx.query.url));
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    ctx.status = 400;
    return;
  }
@ok  ctx.body = await got(target.toString()).buffer();
});

app.use(router.routes());
`,
  ),
  ...ts(
    "CWE-918",
    "Express axios webhook test to a body URL vs a fixed host with an encoded path segment; Next.js fetch of a param",
    `import express from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req, res) => {
  const { webhookUrl } = req.body as { webhookUrl: string };
@@  const r = await axios.post(webhookUrl, { ping: true });
  res.json({ status: r.status });
});

app.get('/github/:user', async (req, res) => {
@ok  const r = await axios.get(\`https://api.github.com/users/\${encodeURIComponent(req.params.user)}\`);
  res.json(r.data);
});
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js route handler fetches searchParams url vs a constant upstream with the param as a query value",
    `import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const url = searchParams.get('url')!;
@@  const upstream = await fetch(url, { cache: 'no-store' });
  return new NextResponse(upstream.body);
}

export async function POST(request: NextRequest) {
  const { city } = (await request.json()) as { city: string };
  const q = new URLSearchParams({ q: city, appid: process.env.OWM_KEY! });
@ok  const upstream = await fetch(\`https://api.openweathermap.org/data/2.5/weather?\${q}\`);
  return NextResponse.json(await upstream.json());
}
`,
  ),
  ...ts(
    "CWE-943",
    "Fastify login: destructured JSON body straight into findOne vs String() casts",
    `import Fastify from 'fastify';
import { MongoClient } from 'mongodb';

const app = Fastify();
const client = new MongoClient(process.env.MONGO_URL!);
const users = client.db('app').collection('users');

app.post('/login', async (request, reply) => {
  const { username, password } = request.body as { username: string; password: string };
@@  const user = await users.findOne({ username, password });
  return user ? { ok: true } : reply.code(401).send();
});

app.post('/login-safe', async (request, reply) => {
  const body = request.body as Record<string, unknown>;
@ok  const user = await users.findOne({ username: String(body.username), password: String(body.password) });
  return user ? { ok: true } : reply.code(401).send();
});
`,
  ),
  ...js(
    "CWE-943",
    "Express: a whole filter object from the body into find() vs fixed fields with $eq on a cast value",
    `const express = require('express');
const mongoose = require('mongoose');

const Order = mongoose.model('Order', new mongoose.Schema({ owner: String, status: String }));
const app = express();
app.use(express.json());

app.post('/orders/search', async (req, res) => {
@@  const orders = await Order.find(req.body.filter);
  res.json(orders);
});

app.post('/orders/by-status', async (req, res) => {
@ok  const orders = await Order.find({ owner: req.user.id, status: { $eq: String(req.body.status) } });
  res.json(orders);
});
`,
  ),
  ...ts(
    "CWE-601",
    "Hono redirect to a query parameter vs new URL() resolved against the app origin and compared",
    `import { Hono } from 'hono';

const app = new Hono();
const APP_ORIGIN = 'https://app.example.com';

app.get('/login/callback', (c) => {
  const next = c.req.query('next') ?? '/';
@@  return c.redirect(next);
});

app.get('/logout', (c) => {
  const url = new URL(c.req.query('next') ?? '/', APP_ORIGIN);
  if (url.origin !== APP_ORIGIN) return c.redirect('/');
@ok  return c.redirect(url.toString());
});
`,
  ),
  ...js(
    "CWE-601",
    "Express res.redirect(returnTo) vs a Map of named destinations",
    `const express = require('express');
const app = express();

const DESTINATIONS = new Map([
  ['home', '/'],
  ['billing', '/account/billing'],
  ['docs', 'https://docs.example.com'],
]);

app.get('/sso/done', (req, res) => {
@@  res.redirect(req.query.returnTo);
});

app.get('/go', (req, res) => {
  const dest = DESTINATIONS.get(String(req.query.to)) ?? '/';
@ok  res.redirect(dest);
});
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js NextResponse.redirect(new URL(param, request.url)) vs a constant path",
    `import { NextRequest, NextResponse } from 'next/server';

export function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
@@  return NextResponse.redirect(new URL(next, request.url));
}

export function POST(request: NextRequest) {
@ok  return NextResponse.redirect(new URL('/dashboard', request.url));
}
`,
  ),
  ...ts(
    "CWE-601",
    "client-side window.location assignment from URLSearchParams vs a same-origin check",
    `export function finishLogin(): void {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next') || '/';
@@  window.location.href = next;
}

export function finishLoginSafe(): void {
  const params = new URLSearchParams(window.location.search);
  const target = new URL(params.get('next') || '/', window.location.origin);
  if (target.origin === window.location.origin) {
@ok    window.location.assign(target.href);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "React: useSearchParams into dangerouslySetInnerHTML vs DOMPurify and plain JSX text",
    `'use client';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'next/navigation';

export function SearchHeading() {
  const q = useSearchParams().get('q') ?? '';
  return (
    <div>
@@      <h2 dangerouslySetInnerHTML={{ __html: \`Results for <b>\${q}</b>\` }} />
@ok      <h2 dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(\`Results for <b>\${q}</b>\`) }} />
@ok      <p>Results for {q}</p>
    </div>
  );
}
`,
  ),
  ...ts(
    "CWE-79",
    "React: href from a URL parameter (javascript: scheme) vs an http(s) scheme test",
    `import { useLocation } from 'react-router-dom';

export function BackLink() {
  const params = new URLSearchParams(useLocation().search);
  const back = params.get('back') ?? '/';
  const safeBack = /^https?:\\/\\//i.test(back) || back.startsWith('/') ? back : '/';
  return (
    <nav>
@@      <a href={back}>Back</a>
@ok      <a href={safeBack}>Back</a>
    </nav>
  );
}
`,
  ),
  ...ts(
    "CWE-79",
    "Hono c.html with an interpolated query vs hono's escaping html tag",
    `import { Hono } from 'hono';
import { html } from 'hono/html';

const app = new Hono();

app.get('/greet', (c) => {
  const name = c.req.query('name') ?? 'guest';
@@  return c.html(\`<p>Hello \${name}</p>\`);
});

app.get('/greet-safe', (c) => {
  const name = c.req.query('name') ?? 'guest';
@ok  return c.html(html\`<p>Hello \${name}</p>\`);
});
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route handler returns text/html with a param vs NextResponse.json",
    `import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const msg = request.nextUrl.searchParams.get('msg') ?? '';
@@  return new Response(\`<html><body><p>\${msg}</p></body></html>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
@ok  return NextResponse.json({ msg: form.get('msg') });
}
`,
  ),
  ...js(
    "CWE-79",
    "Koa ctx.body HTML string with a query value vs a Number() cast",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  if (ctx.path === '/hello') {
@@    ctx.body = '<h1>Hello ' + ctx.query.name + '</h1>';
  } else if (ctx.path === '/page') {
    const page = Number(ctx.query.page) || 1;
@ok    ctx.body = '<h1>Page ' + page + '</h1>';
  }
});
`,
  ),
  ...js(
    "CWE-79",
    "document.write of a script tag built from a URL parameter vs a constant-branch choice",
    `const params = new URLSearchParams(location.search);
const lib = params.get('lib');

@@document.write('<script src="' + lib + '"></script>');

const theme = params.get('theme') === 'dark' ? 'dark.css' : 'light.css';
@ok document.write('<link rel="stylesheet" href="/css/' + theme + '">');
`,
  ),
  ...js(
    "CWE-94",
    "postMessage handler: new Function on event data without an origin check vs origin check and JSON.parse",
    `window.addEventListener('message', (event) => {
@@  const fn = new Function('ctx', event.data.expr);
  fn({ user: window.currentUser });
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://studio.example.com') return;
@ok  const cfg = JSON.parse(event.data.config);
  window.applyConfig(cfg);
});
`,
  ),
  ...js(
    "CWE-94",
    "setTimeout with a string built from the hash vs a function looked up in an own-property table",
    `const handlers = {
  refresh: () => location.reload(),
  top: () => window.scrollTo(0, 0),
};
const cb = location.hash.slice(1);

@@setTimeout(cb + '()', 100);
@ok setTimeout(() => Object.prototype.hasOwnProperty.call(handlers, cb) && handlers[cb](), 100);
`,
  ),
  ...ts(
    "CWE-94",
    "vm.runInNewContext on a body expression vs a constant script with numeric context values",
    `import express from 'express';
import vm from 'node:vm';

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expr, { Math });
  res.json({ result });
});

app.post('/calc-sum', (req, res) => {
  const ctx = { a: Number(req.body.a), b: Number(req.body.b) };
@ok  const result = vm.runInNewContext('a + b', ctx);
  res.json({ result });
});
`,
  ),
  ...js(
    "CWE-89",
    "mysql2 query with a concatenated query value vs execute with ? and a parseInt-cast interpolation",
    `const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

app.get('/orders', async (req, res) => {
@@  const [rows] = await pool.query("SELECT * FROM orders WHERE customer = '" + req.query.customer + "'");
  res.json(rows);
});

app.get('/orders/:id', async (req, res) => {
@ok  const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [req.params.id]);
  res.json(rows);
});

app.get('/orders/page/:n', async (req, res) => {
  const page = parseInt(req.params.n, 10) || 0;
@ok  const [rows] = await pool.query(\`SELECT * FROM orders ORDER BY id LIMIT 50 OFFSET \${page * 50}\`);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-89",
    "knex raw/whereRaw with interpolated values vs bindings",
    `import express from 'express';
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();

app.get('/people', async (req, res) => {
  const { name } = req.query as { name: string };
@@  const rows = await knex.raw(\`select * from people where name = '\${name}'\`);
@ok  const bound = await knex.raw('select * from people where name = ?', [name]);
  res.json({ rows, bound });
});

app.get('/people/by-email', async (req, res) => {
  const email = String(req.query.email);
@@  const rows = await knex('people').whereRaw(\`email = '\${email}'\`);
@ok  const same = await knex('people').whereRaw('email = ?', [email]);
  res.json({ rows, same });
});
`,
  ),
  ...ts(
    "CWE-89",
    "pg pool.query with a cookie value vs a Number()-defaulted LIMIT",
    `import express from 'express';
import cookieParser from 'cookie-parser';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();
app.use(cookieParser());

app.post('/logout', async (req, res) => {
@@  await pool.query(\`DELETE FROM sessions WHERE token = '\${req.cookies.token}'\`);
  res.sendStatus(204);
});

app.get('/events', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 20, 100);
@ok  const { rows } = await pool.query(\`SELECT * FROM events ORDER BY ts DESC LIMIT \${limit}\`);
  res.json(rows);
});
`,
  ),
  ...js(
    "CWE-347",
    "jsonwebtoken decode() and jwt-simple decode(noVerify) trusted for auth vs verify pinned to HS256",
    `const jwt = require('jsonwebtoken');
const jwtSimple = require('jwt-simple');

function currentUser(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
@@  const claims = jwt.decode(token);
  return claims && claims.sub;
}

function currentUserLoose(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
@@  return jwtSimple.decode(token, process.env.JWT_SECRET, true).sub;
}

function currentUserSafe(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
@ok  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }).sub;
}

module.exports = { currentUser, currentUserLoose, currentUserSafe };
`,
  ),
  ...ts(
    "CWE-798",
    "jwt.sign and createCipheriv with hard-coded secrets vs secrets from the environment",
    `import jwt from 'jsonwebtoken';
import crypto from 'crypto';

export function issue(userId: string): string {
@@  return jwt.sign({ sub: userId }, 'super-secret-signing-key', { expiresIn: '1h' });
}

export function issueSafe(userId: string): string {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '1h' });
}

export function seal(plain: string) {
  const iv = crypto.randomBytes(12);
@@  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from('8f3a1c9e7b2d4f6a8c0e1b3d5f7a9c2e', 'utf8'), iv);
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
}

export function sealSafe(plain: string) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY!, 'base64'), iv);
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
}
`,
  ),
  ...ts(
    "CWE-327",
    "createCipheriv with aes-128-ecb and des-ede3-cbc vs aes-256-gcm",
    `import crypto from 'crypto';

const key16 = crypto.scryptSync(process.env.PASSPHRASE!, 'salt-from-config', 16);
const key24 = crypto.scryptSync(process.env.PASSPHRASE!, 'salt-from-config', 24);
const key32 = crypto.scryptSync(process.env.PASSPHRASE!, 'salt-from-config', 32);

export function encryptEcb(data: Buffer) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key16, null);
  return Buffer.concat([c.update(data), c.final()]);
}

export function encrypt3des(data: Buffer) {
@@  const c = crypto.createCipheriv('des-ede3-cbc', key24, crypto.randomBytes(8));
  return Buffer.concat([c.update(data), c.final()]);
}

export function encryptGcm(data: Buffer) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key32, iv);
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}
`,
  ),
  ...js(
    "CWE-328",
    "md5 of a password for storage vs sha1 as a static-file ETag",
    `const crypto = require('crypto');
const fs = require('fs');

async function register(db, username, password) {
@@  const digest = crypto.createHash('md5').update(password).digest('hex');
  await db.query('INSERT INTO users (username, password_hash) VALUES ($1, $2)', [username, digest]);
}

function etagFor(filePath) {
@ok  return '"' + crypto.createHash('sha1').update(fs.readFileSync(filePath)).digest('base64') + '"';
}

module.exports = { register, etagFor };
`,
  ),
  ...ts(
    "CWE-614",
    "session cookie without secure (Express res.cookie, Next.js cookies().set) vs secure flags",
    `import express from 'express';
import { cookies } from 'next/headers';

const app = express();

app.post('/login', (req, res) => {
  const token = createSession(req.body.user);
@@  res.cookie('session', token, { httpOnly: true, maxAge: 3600_000 });
@ok  res.cookie('session_v2', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600_000 });
  res.sendStatus(204);
});

export async function loginAction(formData: FormData) {
  'use server';
  const token = createSession(String(formData.get('user')));
@@  cookies().set('session', token, { httpOnly: true });
@ok  cookies().set({ name: 'session_v2', value: token, httpOnly: true, secure: true, sameSite: 'lax' });
}

declare function createSession(user: string): string;
`,
  ),
  ...js(
    "CWE-1004",
    "session cookie readable by script (httpOnly: false) vs httpOnly",
    `const express = require('express');
const app = express();

app.post('/login', (req, res) => {
  const sid = req.session.id;
@@  res.cookie('sid', sid, { secure: true, httpOnly: false });
@ok  res.cookie('sid2', sid, { secure: true, httpOnly: true, sameSite: 'strict' });
  res.end();
});
`,
  ),
  ...js(
    "CWE-942",
    "CORS middleware reflecting Origin with credentials vs an allow-list; cors({ origin: true }) vs a list",
    `const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

app.use('/api', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

@@app.use('/v3', cors({ origin: true, credentials: true }));
@ok app.use('/v4', cors({ origin: ALLOWED_ORIGINS, credentials: true }));
`,
  ),
  ...js(
    "CWE-1321",
    "settings[section][key] = value from params/body vs an own-section check and a key allow-list",
    `const express = require('express');
const app = express();
app.use(express.json());

const store = { ui: { theme: 'light' }, mail: { digest: 'weekly' } };
const FIELDS = ['theme', 'digest', 'language'];

app.patch('/settings/:section', (req, res) => {
  const { key, value } = req.body;
@@  store[req.params.section][key] = value;
  res.json(store);
});

app.patch('/v2/settings/:section', (req, res) => {
  const { key, value } = req.body;
  const section = req.params.section;
  if (!Object.prototype.hasOwnProperty.call(store, section) || !FIELDS.includes(key)) {
    return res.status(400).end();
  }
@ok  store[section][key] = String(value);
  res.json(store);
});
`,
  ),
  ...ts(
    "CWE-1333",
    "new RegExp from a query pattern vs an escaped term",
    `import express from 'express';

const app = express();
const titles = ['Alpha', 'Beta', 'Gamma'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
}

app.get('/filter', (req, res) => {
  const pattern = String(req.query.pattern ?? '');
@@  const re = new RegExp(pattern, 'i');
  res.json(titles.filter((t) => re.test(t)));
});

app.get('/search', (req, res) => {
  const term = String(req.query.q ?? '');
@ok  const re = new RegExp(escapeRegExp(term), 'i');
  res.json(titles.filter((t) => re.test(t)));
});
`,
  ),
];
