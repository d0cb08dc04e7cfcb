// Dev suite "js-ts", batch 78: written blind, before any fix for it (own code). Hard data flow in TypeScript server
// code that earlier batches did not cover: NestJS controllers handing DTOs and decorated parameters to services
// injected through the constructor (pipes that convert, @Header text/html returns), Koa and Fastify handlers whose
// safety comes from a route schema or a typeof check, Next.js route handlers reading `await request.json()` through
// Promise.all, Hono and Express routers built by a function that receives a service, type guards and zod schemas
// used as validators (a real one and a hollow one), class private fields behind setters and getters, optional
// chaining with ?? defaults, destructuring with renames and defaults in the parameter list, Map storage read by a
// later request, Array.flatMap/reduce query builders, tagged sql templates vs their raw escape hatches, for await
// over a request stream, and an in-memory job queue drained by a timer. Each insecure line has a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const ts = (cwe: string, note: string, src: string) => fileCases("batch78", cwe, note, src, "typescript");
const js = (cwe: string, note: string, src: string) => fileCases("batch78", cwe, note, src, "javascript");

export const BATCH78: DevCase[] = [
  ...ts(
    "CWE-89",
    "NestJS controller passes a @Body DTO to an injected service that destructures it into $executeRawUnsafe vs the tagged $executeRaw",
    `import { Body, Controller, Injectable, Post } from '@nestjs/common';
import { PrismaService } from './prisma.service';

export class RenameDto {
  id!: number;
  title!: string;
}

@Injectable()
export class AlbumService {
  constructor(private readonly prisma: PrismaService) {}

  async rename({ id, title: newTitle = 'untitled' }: RenameDto) {
@@    return this.prisma.$executeRawUnsafe(\`UPDATE albums SET title = '\${newTitle}' WHERE id = \${id}\`);
  }

  async renameSafe({ id, title: newTitle = 'untitled' }: RenameDto) {
@ok    return this.prisma.$executeRaw\`UPDATE albums SET title = \${newTitle} WHERE id = \${id}\`;
  }
}

@Controller('albums')
export class AlbumController {
  constructor(private readonly albums: AlbumService) {}

  @Post('rename')
  rename(@Body() dto: RenameDto) {
    return this.albums.rename(dto);
  }

  @Post('rename-safe')
  renameSafe(@Body() dto: RenameDto) {
    return this.albums.renameSafe(dto);
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS @Param through ParseIntPipe into knex.raw vs a @Param slug without a pipe",
    `import { Controller, Get, Inject, Param, ParseIntPipe } from '@nestjs/common';
import type { Knex } from 'knex';

@Controller('invoices')
export class InvoiceController {
  constructor(@Inject('KNEX') private readonly knex: Knex) {}

  @Get('by-id/:id')
  async byId(@Param('id', ParseIntPipe) id: number) {
@ok    const r = await this.knex.raw(\`SELECT * FROM invoices WHERE id = \${id}\`);
    return r.rows;
  }

  @Get('by-ref/:ref')
  async byRef(@Param('ref') ref: string) {
@@    const r = await this.knex.raw(\`SELECT * FROM invoices WHERE reference = '\${ref}'\`);
    return r.rows;
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "NestJS handler with @Header text/html returns a template of a @Query value vs the value escaped",
    `import { Controller, Get, Header, Query } from '@nestjs/common';
import escapeHtml from 'escape-html';

@Controller('greet')
export class GreetController {
  @Get()
  @Header('Content-Type', 'text/html')
  hello(@Query('name') name = 'guest'): string {
@@    return \`<html><body><h1>Hello \${name}</h1></body></html>\`;
  }

  @Get('safe')
  @Header('Content-Type', 'text/html')
  helloSafe(@Query('name') name = 'guest'): string {
@ok    return \`<html><body><h1>Hello \${escapeHtml(name)}</h1></body></html>\`;
  }
}
`,
  ),
  ...ts(
    "CWE-918",
    "NestJS @Body('url') handed to an injected preview service that calls axios vs a service that fetches a fixed host by id",
    `import { Body, Controller, Injectable, Post } from '@nestjs/common';
import axios from 'axios';

@Injectable()
export class PreviewService {
  async load(target: string) {
@@    const { data } = await axios.get<string>(target, { timeout: 3000 });
    return data.slice(0, 500);
  }

  async loadVideo(videoId: string) {
@ok    const { data } = await axios.get('https://www.youtube.com/oembed', { params: { url: 'https://youtu.be/' + encodeURIComponent(videoId) } });
    return data;
  }
}

@Controller('preview')
export class PreviewController {
  constructor(private readonly previews: PreviewService) {}

  @Post()
  preview(@Body('url') url: string) {
    return this.previews.load(url);
  }

  @Post('video')
  video(@Body('id') id: string) {
    return this.previews.loadVideo(id);
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "Koa: ctx.query name with a ?? default joined under a root into a read stream vs path.basename",
    `import Koa from 'koa';
import Router from '@koa/router';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = '/srv/reports';
const router = new Router();

router.get('/reports', async (ctx) => {
  const name = (ctx.query.name as string | undefined) ?? 'latest.pdf';
  ctx.type = 'application/pdf';
@@  ctx.body = fs.createReadStream(path.join(ROOT, name));
});

router.get('/reports/safe', async (ctx) => {
  const name = path.basename((ctx.query.name as string | undefined) ?? 'latest.pdf');
  ctx.type = 'application/pdf';
@ok  ctx.body = fs.createReadStream(path.join(ROOT, name));
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
  ...ts(
    "CWE-943",
    "Koa service with a #db private field builds a $where from ctx.request.body vs a numeric $gt",
    `import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { Db, MongoClient } from 'mongodb';

class PlayerService {
  #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  olderThan(minAge: string) {
@@    return this.#db.collection('players').find({ $where: \`this.age > \${minAge}\` }).toArray();
  }

  olderThanSafe(minAge: string) {
@ok    return this.#db.collection('players').find({ age: { $gt: Number(minAge) } }).toArray();
  }
}

const client = new MongoClient(process.env.MONGO_URL!);
const players = new PlayerService(client.db('league'));
const app = new Koa();
app.use(bodyParser());
app.use(async (ctx) => {
  const { minAge, strict } = ctx.request.body as { minAge: string; strict?: boolean };
  ctx.body = strict ? await players.olderThanSafe(minAge) : await players.olderThan(minAge);
});
`,
  ),
  ...ts(
    "CWE-943",
    "Koa reset-password lookup with body fields that may be operator objects vs a typeof string guard that throws",
    `import Router from '@koa/router';
import { User } from './models/user';

export const router = new Router();

router.post('/reset', async (ctx) => {
  const { email, token } = ctx.request.body as Record<string, unknown>;
@@  const user = await User.findOne({ email, resetToken: token });
  ctx.body = { ok: Boolean(user) };
});

router.post('/reset-safe', async (ctx) => {
  const { email, token } = ctx.request.body as Record<string, unknown>;
  if (typeof email !== 'string' || typeof token !== 'string') ctx.throw(400, 'bad input');
@ok  const user = await User.findOne({ email, resetToken: token });
  ctx.body = { ok: Boolean(user) };
});
`,
  ),
  ...ts(
    "CWE-601",
    "Koa: ctx.params key looked up in a Map of destinations vs ctx.query value redirected directly",
    `import Router from '@koa/router';

const DESTINATIONS = new Map<string, string>([
  ['docs', 'https://docs.example.com/'],
  ['status', 'https://status.example.com/'],
]);

export const router = new Router();

router.get('/go/:key', (ctx) => {
  const dest = DESTINATIONS.get(ctx.params.key) ?? '/';
@ok  ctx.redirect(dest);
});

router.get('/out', (ctx) => {
  const { to: dest = '/' } = ctx.query as { to?: string };
@@  ctx.redirect(dest);
});
`,
  ),
  ...ts(
    "CWE-78",
    "Fastify route whose querystring schema only types the host as a string vs a schema enum of hosts",
    `import Fastify from 'fastify';
import { execSync } from 'node:child_process';

const app = Fastify();

app.get<{ Querystring: { host: string } }>(
  '/ping',
  { schema: { querystring: { type: 'object', required: ['host'], properties: { host: { type: 'string' } } } } },
  async (request, reply) => {
@@    const out = execSync(\`ping -c 1 \${request.query.host}\`).toString();
    return reply.type('text/plain').send(out);
  },
);

app.get<{ Querystring: { host: 'db' | 'cache' } }>(
  '/ping-internal',
  {
    schema: {
      querystring: {
        type: 'object',
        required: ['host'],
        properties: { host: { type: 'string', enum: ['db', 'cache'] } },
        additionalProperties: false,
      },
    },
  },
  async (request, reply) => {
@ok    const out = execSync(\`ping -c 1 \${request.query.host}.internal\`).toString();
    return reply.type('text/plain').send(out);
  },
);

app.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-79",
    "Fastify: a page helper in the same module renders a destructured query with reply.type('text/html') vs the helper escaping it",
    `import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { escape } from 'html-escaper';

function page(title: string, body: string): string {
  return \`<!doctype html><title>\${title}</title><main>\${body}</main>\`;
}

const app = Fastify();

app.get('/search', async (request: FastifyRequest<{ Querystring: { q?: string } }>, reply: FastifyReply) => {
  const { q: term = '' } = request.query;
@@  return reply.type('text/html').send(page('Search', \`<p>No results for \${term}</p>\`));
});

app.get('/search-safe', async (request: FastifyRequest<{ Querystring: { q?: string } }>, reply: FastifyReply) => {
  const { q: term = '' } = request.query;
@ok  return reply.type('text/html').send(page('Search', \`<p>No results for \${escape(term)}</p>\`));
});
`,
  ),
  ...ts(
    "CWE-22",
    "Fastify wildcard param written under the uploads folder vs a resolve + startsWith containment check",
    `import Fastify from 'fastify';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const UPLOADS = path.resolve('uploads');
const app = Fastify();
app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

app.put('/files/*', async (request, reply) => {
  const rel = (request.params as Record<string, string>)['*'];
@@  await writeFile(path.join(UPLOADS, rel), request.body as Buffer);
  return reply.code(201).send();
});

app.put('/safe-files/*', async (request, reply) => {
  const rel = (request.params as Record<string, string>)['*'];
  const dest = path.resolve(UPLOADS, rel);
  if (!dest.startsWith(UPLOADS + path.sep)) return reply.code(400).send();
@ok  await writeFile(dest, request.body as Buffer);
  return reply.code(201).send();
});
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js route handler: Promise.all destructures await request.json() and fetches its url vs a host checked against a Set",
    `import { NextResponse } from 'next/server';
import { getSession } from '@/lib/session';

const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

export async function POST(request: Request) {
  const [{ url }, session] = await Promise.all([request.json() as Promise<{ url: string }>, getSession()]);
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
@@  const upstream = await fetch(url);
  return new NextResponse(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') ?? '' } });
}

export async function PUT(request: Request) {
  const [{ url }, session] = await Promise.all([request.json() as Promise<{ url: string }>, getSession()]);
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 });
  }
@ok  const upstream = await fetch(parsed);
  return new NextResponse(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') ?? '' } });
}
`,
  ),
  ...ts(
    "CWE-918",
    "a hostname substring check (includes) before axios is no allow-list vs an exact hostname comparison",
    `import express from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req, res) => {
  const target: string = req.body?.target ?? '';
  if (!target.includes('hooks.example.com')) return res.status(400).send('bad target');
@@  const r = await axios.post(target, { ping: true });
  res.json({ status: r.status });
});

app.post('/webhooks/test-safe', async (req, res) => {
  const target: string = req.body?.target ?? '';
  let u: URL;
  try {
    u = new URL(target);
  } catch {
    return res.status(400).send('bad target');
  }
  if (u.protocol !== 'https:' || u.hostname !== 'hooks.example.com') return res.status(400).send('bad target');
@ok  const r = await axios.post(u.toString(), { ping: true });
  res.json({ status: r.status });
});
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route handler returns text/html built from a Promise.all-destructured JSON body vs the field escaped",
    `import escapeHtml from 'escape-html';

async function loadTheme() {
  return { color: '#333' };
}

export async function POST(request: Request) {
  const [{ message }, theme] = await Promise.all([request.json(), loadTheme()]);
  const html = \`<div style="color:\${theme.color}">\${message}</div>\`;
@@  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

export async function PATCH(request: Request) {
  const [{ message }, theme] = await Promise.all([request.json(), loadTheme()]);
  const html = \`<div style="color:\${theme.color}">\${escapeHtml(String(message))}</div>\`;
@ok  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js pages API: req.query cast with a default read as markdown vs a slug regex guard that returns",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTENT = path.join(process.cwd(), 'content');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { page = 'index', mode } = req.query as { page?: string; mode?: string };
  if (mode === 'strict') {
    if (!/^[a-z0-9-]+$/.test(page)) return res.status(400).end();
@ok    const md = await fs.readFile(path.join(CONTENT, \`\${page}.md\`), 'utf8');
    return res.status(200).send(md);
  }
@@  const md = await fs.readFile(path.join(CONTENT, \`\${page}.md\`), 'utf8');
  res.status(200).send(md);
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js middleware redirects to a searchParams value vs a cloned nextUrl with a fixed pathname",
    `import { NextRequest, NextResponse } from 'next/server';

export function middleware(req: NextRequest) {
  const session = req.cookies.get('sid')?.value;
  if (!session) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.search = '';
@ok    return NextResponse.redirect(url);
  }
  const to = req.nextUrl.searchParams.get('continue');
  if (to) {
@@    return NextResponse.redirect(to);
  }
  return NextResponse.next();
}
`,
  ),
  ...ts(
    "CWE-89",
    "Hono router built by a function that receives a service; the service interpolates the term into knex.raw vs whereILike",
    `import { Hono } from 'hono';
import type { Knex } from 'knex';

export class UserService {
  constructor(private readonly db: Knex) {}

  search(term: string) {
@@    return this.db.raw(\`SELECT id, name FROM users WHERE name ILIKE '%\${term}%'\`);
  }

  searchSafe(term: string) {
@ok    return this.db('users').select('id', 'name').whereILike('name', \`%\${term}%\`);
  }
}

export function userRoutes(svc: UserService) {
  const r = new Hono();
  r.get('/users', async (c) => c.json(await svc.search(c.req.query('q') ?? '')));
  r.get('/users/safe', async (c) => c.json(await svc.searchSafe(c.req.query('q') ?? '')));
  return r;
}
`,
  ),
  ...ts(
    "CWE-22",
    "Express Router factory receiving a file store; store.read joins the route name vs a store that checks containment",
    `import { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';

export class FileStore {
  constructor(private readonly root: string) {}

  read(name: string) {
@@    return fs.createReadStream(path.join(this.root, name));
  }

  readContained(name: string) {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error('outside root');
@ok    return fs.createReadStream(full);
  }
}

export default function makeFilesRouter(files: FileStore): Router {
  const router = Router();
  router.get('/raw/:name', (req, res) => {
    files.read(req.params.name).pipe(res);
  });
  router.get('/contained/:name', (req, res) => {
    try {
      files.readContained(req.params.name).pipe(res);
    } catch {
      res.sendStatus(404);
    }
  });
  return router;
}
`,
  ),
  ...ts(
    "CWE-89",
    "a type guard that checks a UUID pattern before interpolation vs a hollow guard that only checks non-empty",
    `import express from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();

function isUuid(x: unknown): x is string {
  return typeof x === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(x);
}

function isNonEmpty(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0;
}

app.get('/sessions/:id', async (req, res) => {
  const { id } = req.params;
  if (!isUuid(id)) return res.status(400).end();
@ok  const { rows } = await pool.query(\`SELECT * FROM sessions WHERE id = '\${id}'\`);
  res.json(rows);
});

app.get('/teams/:slug', async (req, res) => {
  const { slug } = req.params;
  if (!isNonEmpty(slug)) return res.status(400).end();
@@  const { rows } = await pool.query(\`SELECT * FROM teams WHERE slug = '\${slug}'\`);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-89",
    "zod: z.coerce.number().int() field interpolated into sequelize.query vs a z.string() field",
    `import express from 'express';
import { QueryTypes, Sequelize } from 'sequelize';
import { z } from 'zod';

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const app = express();

const ById = z.object({ id: z.coerce.number().int().positive() });
const ByName = z.object({ name: z.string().min(1).max(64) });

app.get('/products/by-id', async (req, res) => {
  const { id } = ById.parse(req.query);
@ok  const rows = await sequelize.query(\`SELECT * FROM products WHERE id = \${id}\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/products/by-name', async (req, res) => {
  const { name } = ByName.parse(req.query);
@@  const rows = await sequelize.query(\`SELECT * FROM products WHERE name = '\${name}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-601",
    "class with a #target private field behind a setter: one setter stores anything, the other keeps only local paths",
    `import express from 'express';

class LoginFlow {
  #target = '/';
  set target(v: string) {
    this.#target = v;
  }
  get target() {
    return this.#target;
  }
}

class SafeLoginFlow {
  #target = '/';
  set target(v: string) {
    if (v.startsWith('/') && !v.startsWith('//') && !v.includes('\\\\')) this.#target = v;
  }
  get target() {
    return this.#target;
  }
}

const app = express();

app.get('/login/done', (req, res) => {
  const flow = new LoginFlow();
  flow.target = String(req.query.next ?? '/');
@@  res.redirect(flow.target);
});

app.get('/login/done-safe', (req, res) => {
  const flow = new SafeLoginFlow();
  flow.target = String(req.query.next ?? '/');
@ok  res.redirect(flow.target);
});
`,
  ),
  ...ts(
    "CWE-89",
    "a getter reads the sort from the request it keeps; one getter returns it raw, the other through an allow-list",
    `import express, { Request } from 'express';
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const SORTS = ['created_at', 'title', 'price'] as const;

class ListQuery {
  constructor(private readonly req: Request) {}
  get sort(): string {
    return (this.req.query.sort as string) ?? 'created_at';
  }
  get safeSort(): string {
    const s = this.req.query.sort as string;
    return (SORTS as readonly string[]).includes(s) ? s : 'created_at';
  }
}

const app = express();

app.get('/listings', async (req, res) => {
  const q = new ListQuery(req);
@@  const r = await knex.raw(\`SELECT * FROM listings ORDER BY \${q.sort} DESC LIMIT 50\`);
  res.json(r.rows);
});

app.get('/listings/safe', async (req, res) => {
  const q = new ListQuery(req);
@ok  const r = await knex.raw(\`SELECT * FROM listings ORDER BY \${q.safeSort} DESC LIMIT 50\`);
  res.json(r.rows);
});
`,
  ),
  ...ts(
    "CWE-78",
    "optional chaining with a ?? default into execSync vs the same value as an argv element of spawnSync",
    `import express from 'express';
import { execSync, spawnSync } from 'node:child_process';

const app = express();
app.use(express.json());

app.post('/disk-usage', (req, res) => {
  const dir: string = req.body?.options?.dir ?? '/var/data';
@@  const out = execSync(\`du -sh \${dir}\`, { encoding: 'utf8' });
  res.type('text/plain').send(out);
});

app.post('/disk-usage-safe', (req, res) => {
  const dir: string = req.body?.options?.dir ?? '/var/data';
@ok  const out = spawnSync('du', ['-sh', '--', dir], { encoding: 'utf8' }).stdout;
  res.type('text/plain').send(out);
});
`,
  ),
  ...ts(
    "CWE-79",
    "handler destructures the request in its parameter list (rename + default) and sends HTML vs escaping it",
    `import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const app = express();

function welcome({ query: { who: visitor = 'friend' } }: Request, res: Response) {
@@  res.send(\`<p>Welcome back, \${visitor}!</p>\`);
}

function welcomeSafe({ query: { who: visitor = 'friend' } }: Request, res: Response) {
@ok  res.send(\`<p>Welcome back, \${escapeHtml(String(visitor))}!</p>\`);
}

app.get('/welcome', welcome);
app.get('/welcome-safe', welcomeSafe);
`,
  ),
  ...ts(
    "CWE-78",
    "a command stored in a Map by one request and run by a later one vs a Map that stores a parsed count",
    `import express from 'express';
import { exec } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const pending = new Map<string, string>();
const counts = new Map<string, number>();
const app = express();
app.use(express.json());

app.post('/jobs', (req, res) => {
  const id = randomUUID();
  pending.set(id, req.body.command);
  res.status(201).json({ id });
});

app.post('/jobs/:id/run', (req, res) => {
  const cmd = pending.get(req.params.id);
  if (!cmd) return res.sendStatus(404);
@@  exec(cmd, (err, stdout) => res.json({ ok: !err, stdout }));
});

app.post('/pings', (req, res) => {
  const id = randomUUID();
  const n = Number.parseInt(String(req.body.count), 10);
  counts.set(id, Number.isFinite(n) ? Math.min(Math.max(n, 1), 10) : 1);
  res.status(201).json({ id });
});

app.post('/pings/:id/run', (req, res) => {
  const n = counts.get(req.params.id);
  if (n === undefined) return res.sendStatus(404);
@ok  exec(\`ping -c \${n} 127.0.0.1\`, (err, stdout) => res.json({ ok: !err, stdout }));
});
`,
  ),
  ...ts(
    "CWE-89",
    "flatMap over filterable fields builds quoted clauses from the query vs placeholder clauses with a parallel flatMap of values",
    `import express from 'express';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
const FIELDS = ['city', 'country', 'zip'] as const;
const app = express();

app.get('/addresses', async (req, res) => {
  const q = req.query as Record<string, string | undefined>;
  const clauses = FIELDS.flatMap((f) => (q[f] ? [\`\${f} = '\${q[f]}'\`] : []));
  const where = clauses.length ? 'WHERE ' + clauses.join(' AND ') : '';
@@  const [rows] = await pool.query(\`SELECT * FROM addresses \${where}\`);
  res.json(rows);
});

app.get('/addresses/safe', async (req, res) => {
  const q = req.query as Record<string, string | undefined>;
  const used = FIELDS.filter((f) => q[f]);
  const where = used.length ? 'WHERE ' + used.map((f) => \`\${f} = ?\`).join(' AND ') : '';
  const values = used.flatMap((f) => [q[f]]);
@ok  const [rows] = await pool.query(\`SELECT * FROM addresses \${where}\`, values);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-89",
    "Array.reduce folds ctx.query entries into a WHERE string for sequelize.query vs reduce into replacements",
    `import Koa from 'koa';
import { QueryTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const COLUMNS = new Set(['status', 'owner', 'priority']);
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path !== '/tickets') return next();
  const where = Object.entries(ctx.query).reduce(
    (acc, [k, v]) => (COLUMNS.has(k) ? \`\${acc} AND \${k} = '\${v}'\` : acc),
    '1=1',
  );
@@  ctx.body = await sequelize.query(\`SELECT * FROM tickets WHERE \${where}\`, { type: QueryTypes.SELECT });
});

app.use(async (ctx) => {
  const { sql, replacements } = Object.entries(ctx.query).reduce(
    (acc, [k, v]) =>
      COLUMNS.has(k) ? { sql: \`\${acc.sql} AND \${k} = :\${k}\`, replacements: { ...acc.replacements, [k]: v } } : acc,
    { sql: '1=1', replacements: {} as Record<string, unknown> },
  );
@ok  ctx.body = await sequelize.query(\`SELECT * FROM tickets WHERE \${sql}\`, { replacements, type: QueryTypes.SELECT });
});
`,
  ),
  ...ts(
    "CWE-89",
    "drizzle: sql.raw of a template with a query value vs the sql tagged template binding it",
    `import express from 'express';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';

const db = drizzle(new Pool());
const app = express();

app.get('/tags', async (req, res) => {
  const prefix = String(req.query.prefix ?? '');
@@  const r = await db.execute(sql.raw(\`SELECT name FROM tags WHERE name LIKE '\${prefix}%'\`));
  res.json(r.rows);
});

app.get('/tags/safe', async (req, res) => {
  const prefix = String(req.query.prefix ?? '');
@ok  const r = await db.execute(sql\`SELECT name FROM tags WHERE name LIKE \${prefix + '%'}\`);
  res.json(r.rows);
});
`,
  ),
  ...ts(
    "CWE-89",
    "postgres.js: sql.unsafe with an interpolated route param vs the tagged sql call",
    `import postgres from 'postgres';
import { Hono } from 'hono';

const sql = postgres(process.env.DATABASE_URL!);
const app = new Hono();

app.get('/orgs/:org/members', async (c) => {
  const org = c.req.param('org');
@@  const rows = await sql.unsafe(\`SELECT * FROM members WHERE org = '\${org}'\`);
  return c.json(rows);
});

app.get('/orgs/:org/admins', async (c) => {
  const org = c.req.param('org');
@ok  const rows = await sql\`SELECT * FROM members WHERE org = \${org} AND role = 'admin'\`;
  return c.json(rows);
});
`,
  ),
  ...ts(
    "CWE-94",
    "raw http server reads the body with for await, then vm.runInNewContext of a field vs Number() of it",
    `import http from 'node:http';
import vm from 'node:vm';

async function readJson(req: http.IncomingMessage): Promise<any> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || '{}');
}

http
  .createServer(async (req, res) => {
    const body = await readJson(req);
    if (req.url === '/calc') {
@@      const result = vm.runInNewContext(String(body.formula), { Math });
      res.end(JSON.stringify({ result }));
    } else {
      const n = Number(body.formula);
@ok      const result = vm.runInNewContext('Math.sqrt(n)', { Math, n });
      res.end(JSON.stringify({ result }));
    }
  })
  .listen(8080);
`,
  ),
  ...ts(
    "CWE-94",
    "async generator yields request lines that are each compiled with new Function vs parsed as numbers",
    `import express from 'express';
import type { Readable } from 'node:stream';

async function* lines(stream: Readable): AsyncGenerator<string> {
  let buf = '';
  for await (const chunk of stream) {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf('\\n')) >= 0) {
      yield buf.slice(0, i);
      buf = buf.slice(i + 1);
    }
  }
  if (buf) yield buf;
}

const app = express();

app.post('/rules/compile', async (req, res) => {
  const compiled: Array<(x: number) => boolean> = [];
  for await (const line of lines(req)) {
@@    compiled.push(new Function('x', \`return (\${line});\`) as (x: number) => boolean);
  }
  res.json({ count: compiled.length });
});

app.post('/numbers/sum', async (req, res) => {
  let total = 0;
  for await (const line of lines(req)) {
@ok    total += Number.parseFloat(line) || 0;
  }
  res.json({ total });
});
`,
  ),
  ...ts(
    "CWE-94",
    "Hono handler builds a predicate with new Function from c.req.query vs a lookup table of operators",
    `import { Hono } from 'hono';

type Row = { price: number };
const ROWS: Row[] = [{ price: 5 }, { price: 50 }];
const OPS: Record<string, (a: number, b: number) => boolean> = {
  lt: (a, b) => a < b,
  gt: (a, b) => a > b,
};

const app = new Hono();

app.get('/filter', (c) => {
  const expr = c.req.query('where') ?? 'true';
@@  const pred = new Function('row', \`return \${expr};\`) as (row: Row) => boolean;
  return c.json(ROWS.filter(pred));
});

app.get('/filter-safe', (c) => {
  const op = c.req.query('op') ?? 'lt';
  const limit = Number(c.req.query('limit') ?? '10');
  const fn = Object.hasOwn(OPS, op) ? OPS[op] : OPS.lt;
@ok  return c.json(ROWS.filter((row) => fn(row.price, limit)));
});
`,
  ),
  ...ts(
    "CWE-79",
    "raw http JSONP: searchParams.get('callback') wraps the JSON vs an identifier-only callback check",
    `import http from 'node:http';

const data = { version: '2.4.1' };

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const cb = url.searchParams.get('callback') ?? 'cb';
    res.setHeader('Content-Type', 'text/javascript');
    if (url.pathname === '/v.js') {
@@      res.end(\`\${cb}(\${JSON.stringify(data)});\`);
      return;
    }
    const safe = /^[A-Za-z_$][\\w$]{0,63}$/.test(cb) ? cb : 'cb';
@ok    res.end(\`\${safe}(\${JSON.stringify(data)});\`);
  })
  .listen(8081);
`,
  ),
  ...ts(
    "CWE-918",
    "in-memory queue: a handler pushes a body URL and a timer drains it into got() vs a queue of numeric ids fetched from a fixed host",
    `import express from 'express';
import got from 'got';

type FetchJob = { url: string };
type ItemJob = { id: number };
const fetchJobs: FetchJob[] = [];
const itemJobs: ItemJob[] = [];

const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  fetchJobs.push({ url: req.body.source });
  res.sendStatus(202);
});

app.post('/refresh/:id', (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isSafeInteger(id)) return res.sendStatus(400);
  itemJobs.push({ id });
  res.sendStatus(202);
});

setInterval(async () => {
  const job = fetchJobs.shift();
  if (job) {
@@    await got(job.url).text();
  }
  const item = itemJobs.shift();
  if (item) {
@ok    await got(\`https://api.internal.example.com/items/\${item.id}\`).json();
  }
}, 1000);
`,
  ),
  ...ts(
    "CWE-22",
    "typed EventEmitter subclass: a handler emits the query file and a listener deletes it under the data dir vs a basename",
    `import { EventEmitter } from 'node:events';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import express from 'express';

const DATA = '/var/lib/app/exports';

class ExportBus extends EventEmitter {
  emitPurge(file: string) {
    this.emit('purge', { file });
  }
}

const bus = new ExportBus();

bus.on('purge', async ({ file }: { file: string }) => {
@@  await unlink(path.join(DATA, file));
});

bus.on('purge-safe', async ({ file }: { file: string }) => {
@ok  await unlink(path.join(DATA, path.basename(file)));
});

const app = express();
app.delete('/exports', (req, res) => {
  const file = String(req.query.file ?? '');
  bus.emitPurge(file);
  bus.emit('purge-safe', { file });
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-1321",
    "settings[section] ??= {} then Object.assign of the body (section may be __proto__) vs an own-section check",
    `import express from 'express';

const settings: Record<string, Record<string, unknown>> = { ui: {}, mail: {} };
const app = express();
app.use(express.json());

app.patch('/settings/:section', (req, res) => {
  const { section } = req.params;
  settings[section] ??= {};
@@  Object.assign(settings[section], req.body);
  res.json(settings[section]);
});

app.patch('/settings-safe/:section', (req, res) => {
  const { section } = req.params;
  if (!Object.hasOwn(settings, section)) return res.sendStatus(404);
@ok  Object.assign(settings[section], req.body);
  res.json(settings[section]);
});
`,
  ),
  ...ts(
    "CWE-943",
    "NestJS @Query() object passed whole to a Mongoose find in a service vs a service that picks String() fields",
    `import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

interface Article {
  author: string;
  tag: string;
}

@Injectable()
export class ArticleService {
  constructor(@InjectModel('Article') private readonly articles: Model<Article>) {}

  list(filter: Record<string, unknown>) {
@@    return this.articles.find(filter).limit(20).lean();
  }

  listSafe(filter: Record<string, unknown>) {
@ok    return this.articles.find({ author: String(filter.author ?? ''), tag: String(filter.tag ?? '') }).limit(20).lean();
  }
}

@Controller('articles')
export class ArticleController {
  constructor(private readonly svc: ArticleService) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.svc.list(query);
  }

  @Get('safe')
  listSafe(@Query() query: Record<string, unknown>) {
    return this.svc.listSafe(query);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js page: searchParams prop into dangerouslySetInnerHTML vs the same value as a JSX child",
    `type Props = { searchParams: { q?: string } };

export default function SearchPage({ searchParams }: Props) {
  const q = searchParams.q ?? '';
  return (
    <main>
@@      <h1 dangerouslySetInnerHTML={{ __html: \`Results for <em>\${q}</em>\` }} />
@ok      <p>Showing results for {q}</p>
    </main>
  );
}
`,
  ),
  ...ts(
    "CWE-79",
    "Koa keeps recent searches in a Set and renders them all into ctx.body vs escaping inside the map",
    `import Koa from 'koa';
import escapeHtml from 'escape-html';

const recent = new Set<string>();
const app = new Koa();

app.use(async (ctx) => {
  const q = typeof ctx.query.q === 'string' ? ctx.query.q : '';
  if (q) recent.add(q);
  ctx.type = 'html';
  if (ctx.path === '/recent') {
@@    ctx.body = \`<ul>\${[...recent].map((t) => \`<li>\${t}</li>\`).join('')}</ul>\`;
  } else {
@ok    ctx.body = \`<ul>\${[...recent].map((t) => \`<li>\${escapeHtml(t)}</li>\`).join('')}</ul>\`;
  }
});
`,
  ),
  ...ts(
    "CWE-78",
    "class keeps the repo URL in a #private field from the constructor and a method shells out vs execFile with an argv",
    `import express from 'express';
import { exec, execFile } from 'node:child_process';

class Mirror {
  #url: string;
  constructor(url: string) {
    this.#url = url;
  }
  clone(cb: (err: Error | null) => void) {
@@    exec(\`git clone --depth 1 \${this.#url} /tmp/mirror\`, cb);
  }
  cloneSafe(cb: (err: Error | null) => void) {
@ok    execFile('git', ['clone', '--depth', '1', '--', this.#url, '/tmp/mirror'], cb);
  }
}

const app = express();
app.use(express.json());

app.post('/mirror', (req, res) => {
  const m = new Mirror(req.body.repo);
  const done = (err: Error | null) => res.sendStatus(err ? 500 : 201);
  if (req.body.safe) m.cloneSafe(done);
  else m.clone(done);
});
`,
  ),
  ...ts(
    "CWE-601",
    "Express: redirect to the Referer header's ?? default, and to the pathname of a same-origin Referer (a pathname //evil.example is protocol-relative)",
    `import express from 'express';

const ORIGIN = 'https://shop.example.com';
const app = express();

app.post('/cart/add', (req, res) => {
  const back = req.get('referer') ?? '/cart';
@@  res.redirect(303, back);
});

app.post('/cart/add-safe', (req, res) => {
  const raw = req.get('referer') ?? '/cart';
  const u = new URL(raw, ORIGIN);
  const back = u.origin === ORIGIN ? u.pathname + u.search : '/cart';
@@  res.redirect(303, back);
});
`,
  ),
  ...ts(
    "CWE-89",
    "Promise.all destructures two query-derived values into a TypeORM dataSource.query template vs parameters",
    `import express from 'express';
import { DataSource } from 'typeorm';

const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const app = express();

async function resolveRegion(code: string) {
  return code.toUpperCase();
}

app.get('/stores', async (req, res) => {
  const [region, kind] = await Promise.all([resolveRegion(String(req.query.region)), Promise.resolve(String(req.query.kind))]);
@@  const rows = await ds.query(\`SELECT * FROM stores WHERE region = '\${region}' AND kind = '\${kind}'\`);
  res.json(rows);
});

app.get('/stores/safe', async (req, res) => {
  const [region, kind] = await Promise.all([resolveRegion(String(req.query.region)), Promise.resolve(String(req.query.kind))]);
@ok  const rows = await ds.query('SELECT * FROM stores WHERE region = $1 AND kind = $2', [region, kind]);
  res.json(rows);
});
`,
  ),
  ...js(
    "CWE-918",
    "axios with a baseURL is given the query value as the path (an absolute URL overrides the base) vs an encoded id under a fixed path",
    `const express = require('express');
const axios = require('axios');

const api = axios.create({ baseURL: 'https://api.partner.example.com/v2/' });
const app = express();

app.get('/proxy', async (req, res) => {
@@  const { data } = await api.get(req.query.path);
  res.json(data);
});

app.get('/proxy/users/:id', async (req, res) => {
@ok  const { data } = await api.get('users/' + encodeURIComponent(req.params.id));
  res.json(data);
});
`,
  ),
  ...js(
    "CWE-22",
    "fs.readFile of a file: URL resolved from the query against a base vs the resolved pathname checked to stay under the base",
    `const express = require('express');
const fs = require('fs/promises');

const BASE = new URL('file:///srv/public/');
const app = express();

app.get('/pub', async (req, res) => {
  const target = new URL(String(req.query.f), BASE);
@@  res.type('text/plain').send(await fs.readFile(target, 'utf8'));
});

app.get('/pub-safe', async (req, res) => {
  const target = new URL(String(req.query.f), BASE);
  if (target.protocol !== 'file:' || !target.pathname.startsWith(BASE.pathname)) return res.sendStatus(400);
@ok  res.type('text/plain').send(await fs.readFile(target, 'utf8'));
});
`,
  ),
  ...js(
    "CWE-89",
    "Sequelize where: sequelize.literal with an interpolated query value vs a plain attribute filter",
    `const express = require('express');
const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const Book = sequelize.define('Book', { title: DataTypes.STRING, author: DataTypes.STRING });
const app = express();

app.get('/books', async (req, res) => {
  const { author = '' } = req.query;
@@  const books = await Book.findAll({ where: sequelize.literal(\`author = '\${author}'\`) });
  res.json(books);
});

app.get('/books/safe', async (req, res) => {
  const { author = '' } = req.query;
@ok  const books = await Book.findAll({ where: { author: String(author) } });
  res.json(books);
});
`,
  ),
  ...js(
    "CWE-601",
    "returnTo stored in the session by one route and redirected to by another vs a session value picked from fixed routes",
    `const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
const ROUTES = { home: '/', orders: '/orders', profile: '/me' };

app.get('/login', (req, res) => {
  req.session.returnTo = req.query.returnTo;
  req.session.section = Object.prototype.hasOwnProperty.call(ROUTES, req.query.section) ? ROUTES[req.query.section] : '/';
  res.render('login');
});

app.post('/login/callback', (req, res) => {
@@  res.redirect(req.session.returnTo || '/');
});

app.post('/login/callback-section', (req, res) => {
@ok  res.redirect(req.session.section || '/');
});
`,
  ),
  ...js(
    "CWE-78",
    "Koa: spawn of sh -c with a route param in the script vs spawn of the tool with the param as an argument",
    `const Koa = require('koa');
const Router = require('@koa/router');
const { spawn } = require('child_process');

const router = new Router();

router.post('/thumbs/:name', async (ctx) => {
  const { name } = ctx.params;
@@  const p = spawn('sh', ['-c', 'convert /srv/img/' + name + ' -resize 128x128 /srv/thumbs/out.png']);
  ctx.status = await new Promise((r) => p.on('close', (code) => r(code === 0 ? 201 : 500)));
});

router.post('/thumbs-safe/:name', async (ctx) => {
  const { name } = ctx.params;
@ok  const p = spawn('convert', ['/srv/img/' + name.replace(/[^\\w.-]/g, ''), '-resize', '128x128', '/srv/thumbs/out.png']);
  ctx.status = await new Promise((r) => p.on('close', (code) => r(code === 0 ? 201 : 500)));
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
];
