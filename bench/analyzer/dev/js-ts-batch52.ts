// Dev suite "js-ts", batch 52: written blind, before any fix for it (own code). NestJS controllers with decorated
// parameters (@Query/@Param/@Body), Next.js API routes and getServerSideProps, express routers behind middleware
// chains, and the TypeScript shapes around tainted values: generic helpers returning the query, type assertions,
// destructuring with defaults and renames, class-field arrow handlers, promise chains and callbacks.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch52", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch52", cwe, note, src, "typescript");

export const BATCH52: DevCase[] = [
  ...ts(
    "CWE-78",
    "NestJS controller: promisified exec and spawn with shell: true vs execFile/spawn without a shell",
    `import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { exec, execFile, spawn } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);

interface TraceDto {
  host: string;
  hops?: number;
}

@Controller('net')
export class NetController {
  @Get('ping')
  async ping(@Query('host') host: string) {
@@    const { stdout } = await execAsync(\`ping -c 1 \${host}\`);
    return stdout;
  }

  @Get('ping-safe')
  pingSafe(@Query('host') host: string) {
    return new Promise((resolve) => {
@ok      execFile('ping', ['-c', '1', '--', host], (_err, out) => resolve(out));
    });
  }

  @Post('trace')
  trace(@Body() dto: TraceDto) {
    const { host, hops = 8 } = dto;
@@    const child = spawn('traceroute', ['-m', String(hops), host], { shell: true });
    return { pid: child.pid };
  }

  @Post('trace-safe')
  traceSafe(@Body() dto: TraceDto) {
    const { host, hops = 8 } = dto;
@ok    const child = spawn('traceroute', ['-m', String(hops), host]);
    return { pid: child.pid };
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS + TypeORM: DataSource.query and QueryBuilder.where with interpolation vs parameters and an allow-listed column",
    `import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Controller('users')
export class UsersController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Get(':id')
  findOne(@Param('id') id: string) {
@@    return this.dataSource.query(\`SELECT * FROM users WHERE id = \${id}\`);
  }

  @Get(':id/safe')
  findOneSafe(@Param('id') id: string) {
@ok    return this.dataSource.query('SELECT * FROM users WHERE id = $1', [id]);
  }

  @Get()
  search(@Query() q: { name?: string }) {
    const name = q.name ?? '';
@@    return this.users.createQueryBuilder('u').where(\`u.name LIKE '%\${name}%'\`).getMany();
  }

  @Get('search/safe')
  searchSafe(@Query() q: { name?: string }) {
@ok    return this.users.createQueryBuilder('u').where('u.name LIKE :name', { name: \`%\${q.name ?? ''}%\` }).getMany();
  }

  @Get('sorted')
  sorted(@Query('sort') sort = 'name') {
    const col = ['name', 'email', 'createdAt'].includes(sort) ? sort : 'name';
@ok    return this.users.createQueryBuilder('u').orderBy(\`u.\${col}\`).getMany();
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS files: res.sendFile / StreamableFile of a joined request name vs basename with root and a containment check",
    `import { Controller, ForbiddenException, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'fs';
import { basename, join, resolve, sep } from 'path';

const UPLOADS = resolve(__dirname, '..', 'uploads');

@Controller('files')
export class FilesController {
  @Get('raw/:name')
  raw(@Param('name') name: string, @Res() res: Response) {
@@    return res.sendFile(join(UPLOADS, name));
  }

  @Get('safe/:name')
  safe(@Param('name') name: string, @Res() res: Response) {
@ok    return res.sendFile(basename(name), { root: UPLOADS });
  }

  @Get('stream')
  stream(@Query('path') p: string): StreamableFile {
@@    return new StreamableFile(createReadStream(join(UPLOADS, p)));
  }

  @Get('stream-safe')
  streamSafe(@Query('path') p: string): StreamableFile {
    const full = resolve(UPLOADS, p);
    if (!full.startsWith(UPLOADS + sep)) throw new ForbiddenException();
@ok    return new StreamableFile(createReadStream(full));
  }
}
`,
  ),
  ...ts(
    "CWE-943",
    "NestJS + mongoose: @Body typed as strings still carries operators; $where with the query vs escaped $regex",
    `import { Body, Controller, Get, Post, Query, UnauthorizedException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as bcrypt from 'bcrypt';
import { UserDoc } from './user.schema';

@Controller('auth')
export class AuthController {
  constructor(@InjectModel('User') private readonly userModel: Model<UserDoc>) {}

  @Post('login')
  async login(@Body() body: { username: string; password: string }) {
@@    const user = await this.userModel.findOne({ username: body.username, password: body.password });
    if (!user) throw new UnauthorizedException();
    return { id: user.id };
  }

  @Post('login-safe')
  async loginSafe(@Body() body: { username: string; password: string }) {
@ok    const user = await this.userModel.findOne({ username: String(body.username) });
    if (!user || !(await bcrypt.compare(String(body.password), user.hash))) throw new UnauthorizedException();
    return { id: user.id };
  }

  @Get('search')
  search(@Query('q') q: string) {
@@    return this.userModel.find({ $where: \`this.name.indexOf('\${q}') >= 0\` });
  }

  @Get('search-safe')
  searchSafe(@Query('q') q: string) {
    const escaped = String(q).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok    return this.userModel.find({ name: { $regex: escaped, $options: 'i' } });
  }
}
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js API route: axios.get of the query URL vs URL parsed and host allow-listed",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';

const ALLOWED_HOSTS = new Set(['api.github.com', 'api.stripe.com']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { url } = req.query as { url: string };
@@  const upstream = await axios.get(url, { timeout: 5000 });
  res.status(200).json(upstream.data);
}

export async function proxySafe(req: NextApiRequest, res: NextApiResponse) {
  const target = new URL(String(req.query.url));
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
@ok  const upstream = await fetch(target.toString());
  res.status(200).json(await upstream.json());
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js getServerSideProps: redirect destination from the query vs an allow-list",
    `import type { GetServerSideProps } from 'next';

const LANDING = ['/', '/account', '/cart'];

export const getServerSideProps: GetServerSideProps = async ({ query, req }) => {
  const next = (query.next as string) || '/';
  if (!req.cookies.session) {
@@    return { redirect: { destination: next, permanent: false } };
  }
  return { props: {} };
};

export const getServerSidePropsSafe: GetServerSideProps = async ({ query, req }) => {
  const next = (query.next as string) || '/';
  const dest = LANDING.includes(next) ? next : '/';
  if (!req.cookies.session) {
@ok    return { redirect: { destination: dest, permanent: false } };
  }
  return { props: {} };
};
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js API route: HTML built from the query sent with res.send vs escaped and vs JSON",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import escapeHtml from 'escape-html';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const term = Array.isArray(req.query.q) ? req.query.q[0] : req.query.q;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@@  res.send(\`<p>No results for <b>\${term}</b></p>\`);
}

export function handlerSafe(req: NextApiRequest, res: NextApiResponse) {
  const term = Array.isArray(req.query.q) ? req.query.q[0] : req.query.q;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@ok  res.send(\`<p>No results for <b>\${escapeHtml(term ?? '')}</b></p>\`);
}
`,
  ),
  ...ts(
    "CWE-89",
    "generic helper returning the query as T, destructured with defaults and a rename, into pg",
    `import { Pool } from 'pg';
import type { Request, Response } from 'express';

const pool = new Pool();

interface Filters {
  status?: string;
  owner?: string;
  limit?: string;
}

function params<T>(req: Request): T {
  return req.query as unknown as T;
}

export async function listOrders(req: Request, res: Response) {
  const { status = 'open', owner: ownerId, limit = '20' } = params<Filters>(req);
  const sql = \`SELECT * FROM orders WHERE status = '\${status}' AND owner_id = \${ownerId} LIMIT \${parseInt(limit, 10)}\`;
@@  const { rows } = await pool.query(sql);
  res.json(rows);
}

export async function listOrdersSafe(req: Request, res: Response) {
  const { status = 'open', owner: ownerId, limit = '20' } = params<Filters>(req);
@ok  const { rows } = await pool.query('SELECT * FROM orders WHERE status = $1 AND owner_id = $2 LIMIT $3', [status, ownerId, parseInt(limit, 10)]);
  res.json(rows);
}
`,
  ),
  ...ts(
    "CWE-79",
    "class-field arrow handlers: HTML with the query vs text/plain",
    `import express, { Request, Response } from 'express';

class GreetingController {
  private readonly prefix = '<h1>Welcome';

  handle = (req: Request, res: Response) => {
    const name = req.query.name as string | undefined;
@@    res.send(\`\${this.prefix}, \${name ?? 'guest'}</h1>\`);
  };

  handlePlain = (req: Request, res: Response) => {
    const name = req.query.name as string | undefined;
@ok    res.type('text/plain').send(\`Welcome, \${name ?? 'guest'}\`);
  };
}

const ctl = new GreetingController();
const app = express();
app.get('/hi', ctl.handle);
app.get('/hi.txt', ctl.handlePlain);
app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "express router behind middleware: vm.runInNewContext and new Function of body/query text vs an operator table",
    `const express = require('express');
const vm = require('vm');
const { requireAuth, rateLimit } = require('../middleware');
const rows = require('../data/rows.json');

const router = express.Router();

router.post('/calc', requireAuth, rateLimit({ max: 10 }), (req, res) => {
  const { expr = '0' } = req.body;
@@  const result = vm.runInNewContext(expr, { Math });
  res.json({ result });
});

router.post('/calc-safe', requireAuth, (req, res) => {
  const { a, b, op } = req.body;
  const ops = { add: (x, y) => x + y, mul: (x, y) => x * y };
  const fn = Object.prototype.hasOwnProperty.call(ops, op) ? ops[op] : null;
  if (!fn) return res.status(400).end();
@ok  res.json({ result: fn(Number(a), Number(b)) });
});

router.get('/filter', requireAuth, (req, res) => {
  const { where: predicate = 'true' } = req.query;
@@  const test = new Function('row', \`return (\${predicate});\`);
  res.json(rows.filter(test));
});

router.get('/filter-safe', requireAuth, (req, res) => {
  const { field = 'name', value = '' } = req.query;
  if (!['name', 'city'].includes(field)) return res.status(400).end();
@ok  const test = new Function('row', 'field', 'value', 'return row[field] === value;');
  res.json(rows.filter((row) => test(row, field, value)));
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-918",
    "promise chains: got() of the query and http.get of a URL built in a .then vs a host table",
    `const express = require('express');
const got = require('got');
const http = require('http');

const app = express();
const NODES = new Map([['a', 'http://10.0.0.5:8080'], ['b', 'http://10.0.0.6:8080']]);

app.get('/avatar', (req, res) => {
  const src = req.query.src;
@@  got(src).buffer().then((buf) => res.type('png').send(buf)).catch(() => res.sendStatus(502));
});

app.get('/status', (req, res) => {
  Promise.resolve(req.query.host)
    .then((host) => \`http://\${host}:8080/health\`)
@@    .then((u) => http.get(u, (r) => res.sendStatus(r.statusCode)));
});

app.get('/status-safe', (req, res) => {
  const base = NODES.get(String(req.query.node));
  if (!base) return res.sendStatus(404);
@ok  http.get(\`\${base}/health\`, (r) => res.sendStatus(r.statusCode));
});
`,
  ),
  ...ts(
    "CWE-1321",
    "recursive merge of the body into settings vs object spread and a key guard",
    `import express from 'express';

const app = express();
app.use(express.json());

const settings: Record<string, any> = { theme: { dark: false }, locale: 'en' };

function deepMerge<T extends Record<string, any>>(target: T, source: any): T {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) (target as any)[key] = {};
      deepMerge(target[key], source[key]);
    } else {
@@      (target as any)[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target: Record<string, any>, source: any) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
}

app.patch('/settings', (req, res) => {
  deepMerge(settings, req.body);
  res.json(settings);
});

app.patch('/settings2', (req, res) => {
  safeMerge(settings, req.body);
  res.json({ ...settings, ...req.body });
});
`,
  ),
  ...js(
    "CWE-1321",
    "lodash set/merge with request-chosen paths vs an allow-listed key",
    `const express = require('express');
const _ = require('lodash');

const app = express();
app.use(express.json());
const prefs = {};
const EDITABLE = ['theme', 'fontSize', 'language'];

app.post('/prefs', (req, res) => {
  const { path: keyPath, value } = req.body;
@@  _.set(prefs, keyPath, value);
  res.json(prefs);
});

app.post('/prefs-safe', (req, res) => {
  const { key, value } = req.body;
  if (!EDITABLE.includes(key)) return res.status(400).end();
@ok  _.set(prefs, ['user', key], String(value));
  res.json(prefs);
});

app.post('/prefs-bulk', (req, res) => {
@@  _.merge(prefs, req.body.patch);
  res.json(prefs);
});
`,
  ),
  ...ts(
    "CWE-1333",
    "Koa search: RegExp from the query vs escaped with lodash escapeRegExp",
    `import Koa from 'koa';
import Router from '@koa/router';
import escapeRegExp from 'lodash/escapeRegExp';
import { products } from './catalog';

const router = new Router();

router.get('/grep', (ctx) => {
  const { pattern = '' } = ctx.query as { pattern?: string };
@@  const re = new RegExp(pattern, 'i');
  ctx.body = products.filter((p) => re.test(p.name));
});

router.get('/grep-safe', (ctx) => {
  const { pattern = '' } = ctx.query as { pattern?: string };
@ok  const re = new RegExp(escapeRegExp(pattern), 'i');
  ctx.body = products.filter((p) => re.test(p.name));
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "Prisma: $queryRawUnsafe with a template vs the tagged $queryRaw, behind optional chaining",
    `import { PrismaClient } from '@prisma/client';
import type { Request, Response } from 'express';

const prisma = new PrismaClient();

export async function byEmail(req: Request, res: Response) {
  const email = req.body?.user?.email ?? '';
@@  const users = await prisma.$queryRawUnsafe(\`SELECT id, email FROM "User" WHERE email = '\${email}'\`);
  res.json(users);
}

export async function byEmailSafe(req: Request, res: Response) {
  const email = req.body?.user?.email ?? '';
@ok  const users = await prisma.$queryRaw\`SELECT id, email FROM "User" WHERE email = \${email}\`;
  res.json(users);
}

export async function byEmailUnsafeParams(req: Request, res: Response) {
  const email = req.body?.user?.email ?? '';
@ok  const users = await prisma.$queryRawUnsafe('SELECT id, email FROM "User" WHERE email = $1', email);
  res.json(users);
}
`,
  ),
  ...ts(
    "CWE-78",
    "Fastify route: execSync of an array joined from the body vs execFileSync with the array",
    `import Fastify from 'fastify';
import { execSync, execFileSync } from 'child_process';

const app = Fastify();

interface ConvertBody {
  files: string[];
  format?: string;
}

app.post<{ Body: ConvertBody }>('/convert', async (request) => {
  const { files, format = 'png' } = request.body;
  const args = files.map((f) => \`"\${f}"\`).join(' ');
@@  return execSync(\`convert \${args} out.\${format}\`).toString();
});

app.post<{ Body: ConvertBody }>('/convert-safe', async (request) => {
  const { files } = request.body;
@ok  return execFileSync('convert', [...files.map(String), 'out.png']).toString();
});

app.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-79",
    "React + Next.js page: prop from getServerSideProps into dangerouslySetInnerHTML vs DOMPurify",
    `import type { GetServerSideProps } from 'next';
import DOMPurify from 'isomorphic-dompurify';

type Props = { bio: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  return { props: { bio: String(query.bio ?? '') } };
};

export default function Profile({ bio }: Props) {
@@  return <section className="bio" dangerouslySetInnerHTML={{ __html: bio }} />;
}

export function ProfileSafe({ bio }: Props) {
@ok  return <section className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />;
}
`,
  ),
  ...js(
    "CWE-22",
    "Hapi route: h.file / fs.readFile of a path param vs path.normalize prefix check",
    `const Hapi = require('@hapi/hapi');
const fs = require('fs/promises');
const path = require('path');

const DOCS = path.join(__dirname, 'docs');

const init = async () => {
  const server = Hapi.server({ port: 3000 });
  await server.register(require('@hapi/inert'));

  server.route({
    method: 'GET',
    path: '/docs/{name}',
    handler: async (request, h) => {
      const { name } = request.params;
@@      const text = await fs.readFile(path.join(DOCS, name), 'utf8');
      return h.response(text).type('text/plain');
    },
  });

  server.route({
    method: 'GET',
    path: '/docs-safe/{name}',
    handler: async (request, h) => {
      const target = path.normalize(path.join(DOCS, request.params.name));
      if (!target.startsWith(DOCS + path.sep)) return h.response().code(403);
@ok      const text = await fs.readFile(target, 'utf8');
      return h.response(text).type('text/plain');
    },
  });

  server.route({
    method: 'GET',
    path: '/dl',
    handler: (request, h) => {
@@      return h.file(path.join(DOCS, request.query.f), { confine: false });
    },
  });

  await server.start();
};

init();
`,
  ),
];
