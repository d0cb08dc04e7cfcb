// Dev suite "js-ts", batch 86: written blind, before any fix for it (own code). Safe code whose guard lives
// somewhere other than the sink's line: a class getter that validates, a subclass overriding a method with a
// sanitising version, NestJS pipes (ParseIntPipe, ParseUUIDPipe, ValidationPipe over class-validator DTOs), zod /
// joi / yup schemas (z.enum, .parse, safeParse then .data), tRPC inputs declared with z.enum, Fastify routes with a
// JSON-schema enum or pattern, express-validator chains followed by validationResult, an early
// `return res.status(400)`, a switch mapping input to constants, a try/catch falling back to a constant. And their
// vulnerable counterparts where the guard is incomplete: it validates a different field, the schema field is a
// loose z.string(), the check comes after the use, startsWith on an un-normalised path, a switch whose default
// passes the input through. Each insecure line has a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch86", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch86", cwe, note, src, "typescript");

export const BATCH86: DevCase[] = [
  // ---------------- NestJS pipes and DTOs ----------------
  ...ts(
    "CWE-89",
    "NestJS: a ParseIntPipe id interpolated into SQL vs a plain @Query string interpolated into ORDER BY",
    `import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('orders')
export class OrdersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  async one(@Param('id', ParseIntPipe) id: number) {
@ok    return this.dataSource.query(\`SELECT * FROM orders WHERE id = \${id}\`);
  }

  @Get()
  async list(@Query('sort') sort: string) {
@@    return this.dataSource.query(\`SELECT * FROM orders ORDER BY \${sort}\`);
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS ValidationPipe over a DTO: the @IsIn column is safe in ORDER BY, the @IsString search term is not",
    `import { Body, Controller, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Repository } from 'typeorm';
import { Product } from './product.entity';

export class SearchDto {
  @IsIn(['name', 'price', 'created_at'])
  sortBy: string;

  @IsString()
  @MaxLength(64)
  term: string;
}

@Controller('products')
export class ProductsController {
  constructor(@InjectRepository(Product) private readonly repo: Repository<Product>) {}

  @Post('search')
  @UsePipes(new ValidationPipe({ whitelist: true }))
  async search(@Body() dto: SearchDto) {
@ok    const sorted = await this.repo.query(\`SELECT id, name FROM products ORDER BY \${dto.sortBy}\`);
@@    const found = await this.repo.query(\`SELECT id FROM products WHERE name LIKE '%\${dto.term}%'\`);
    return { sorted, found };
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS: ParseUUIDPipe id names a file under the upload root vs a @Param name without a pipe",
    `import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Response } from 'express';
import { join } from 'path';

const ROOT = '/var/app/uploads';

@Controller('files')
export class FilesController {
  @Get('by-id/:id')
  byId(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Res() res: Response) {
@ok    return res.sendFile(join(ROOT, id + '.bin'));
  }

  @Get('by-name/:name')
  byName(@Param('name') name: string, @Res() res: Response) {
@@    return res.sendFile(join(ROOT, name));
  }
}
`,
  ),
  // ---------------- zod ----------------
  ...ts(
    "CWE-78",
    "zod: schema.parse(req.body) gives a z.enum format (safe in a command) and a loose z.string() file name (not)",
    `import express from 'express';
import { execSync } from 'child_process';
import { z } from 'zod';

const app = express();
app.use(express.json());

const ConvertBody = z.object({
  format: z.enum(['png', 'jpg', 'webp']),
  source: z.string().min(1),
});

app.post('/convert', (req, res) => {
  const { format, source } = ConvertBody.parse(req.body);
@ok  execSync(\`convert /tmp/upload.bmp /tmp/out.\${format}\`);
@@  execSync(\`convert \${source} /tmp/out.png\`);
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-22",
    "zod safeParse then .data: a regex-restricted name vs a plain z.string() name joined onto the docs dir",
    `import express from 'express';
import path from 'path';
import { z } from 'zod';

const app = express();
const DOCS = path.join(__dirname, 'docs');

const Strict = z.object({ name: z.string().regex(/^[a-z0-9_-]+\\.pdf$/) });
const Loose = z.object({ name: z.string() });

app.get('/doc', (req, res) => {
  const parsed = Strict.safeParse(req.query);
  if (!parsed.success) return res.status(400).json(parsed.error.issues);
@ok  res.sendFile(path.join(DOCS, parsed.data.name));
});

app.get('/doc-any', (req, res) => {
  const parsed = Loose.safeParse(req.query);
  if (!parsed.success) return res.status(400).json(parsed.error.issues);
@@  res.sendFile(path.join(DOCS, parsed.data.name));
});
`,
  ),
  ...ts(
    "CWE-89",
    "tRPC: an input declared with z.enum picks the table vs a z.string() input interpolated into a WHERE clause",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { Pool } from 'pg';

const pool = new Pool();
const t = initTRPC.create();

export const appRouter = t.router({
  count: t.procedure
    .input(z.object({ table: z.enum(['users', 'orders', 'invoices']) }))
    .query(async ({ input }) => {
@ok      const r = await pool.query(\`SELECT count(*) FROM \${input.table}\`);
      return r.rows[0];
    }),
  byEmail: t.procedure
    .input(z.object({ email: z.string() }))
    .query(async ({ input }) => {
@@      const r = await pool.query(\`SELECT id FROM users WHERE email = '\${input.email}'\`);
      return r.rows;
    }),
});
`,
  ),
  ...ts(
    "CWE-918",
    "zod: z.enum region picks the API host vs a z.string().url() callback fetched as given",
    `import express from 'express';
import { z } from 'zod';

const app = express();
app.use(express.json());

const Body = z.object({
  region: z.enum(['eu', 'us', 'ap']),
  callback: z.string().url(),
});

app.post('/sync', async (req, res) => {
  const body = Body.parse(req.body);
@ok  const status = await fetch(\`https://\${body.region}.api.example.com/status\`);
@@  await fetch(body.callback, { method: 'POST', body: JSON.stringify({ ok: status.ok }) });
  res.json({ ok: true });
});
`,
  ),
  // ---------------- joi / yup ----------------
  ...js(
    "CWE-78",
    "joi: an alphanum() branch name validated with schema.validate and an early 400 vs a trim()-only tag name",
    `const express = require('express');
const Joi = require('joi');
const { exec } = require('child_process');

const app = express();
app.use(express.json());

const schema = Joi.object({
  branch: Joi.string().alphanum().max(40).required(),
  tag: Joi.string().trim().required(),
});

app.post('/deploy', (req, res) => {
  const { value, error } = schema.validate(req.body);
  if (error) return res.status(400).send(error.message);
@ok  exec('git checkout ' + value.branch, () => {});
@@  exec('git tag ' + value.tag, () => {});
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-89",
    "yup: oneOf(['asc','desc']) direction in knex.raw vs a required() string column name",
    `const express = require('express');
const yup = require('yup');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();

const listQuery = yup.object({
  dir: yup.string().oneOf(['asc', 'desc']).required(),
  col: yup.string().required(),
});

app.get('/items', async (req, res) => {
  const q = await listQuery.validate(req.query);
@ok  const a = await knex.raw(\`SELECT * FROM items ORDER BY created_at \${q.dir}\`);
@@  const b = await knex.raw(\`SELECT * FROM items ORDER BY \${q.col}\`);
  res.json({ a: a.rows, b: b.rows });
});
`,
  ),
  // ---------------- Fastify JSON schema ----------------
  ...js(
    "CWE-78",
    "Fastify: querystring schema with an enum unit vs a route whose schema only says type string",
    `const fastify = require('fastify')({ logger: true });
const { execSync } = require('child_process');

fastify.get('/sensors', {
  schema: {
    querystring: {
      type: 'object',
      required: ['unit'],
      properties: { unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
    },
  },
}, async (request) => {
@ok  return execSync('sensors --unit ' + request.query.unit).toString();
});

fastify.get('/sensors/chip', {
  schema: {
    querystring: { type: 'object', properties: { chip: { type: 'string' } } },
  },
}, async (request) => {
@@  return execSync('sensors ' + request.query.chip).toString();
});

fastify.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-22",
    "Fastify: params schema with an anchored pattern vs no schema at all, both reading a file from the same dir",
    `const fastify = require('fastify')();
const fs = require('fs/promises');
const path = require('path');

const DIR = '/srv/reports';

fastify.route({
  method: 'GET',
  url: '/reports/:id',
  schema: { params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,8}$' } } } },
  handler: async (request, reply) => {
@ok    const body = await fs.readFile(path.join(DIR, request.params.id + '.txt'), 'utf8');
    reply.type('text/plain').send(body);
  },
});

fastify.route({
  method: 'GET',
  url: '/reports/raw/:file',
  handler: async (request, reply) => {
@@    const body = await fs.readFile(path.join(DIR, request.params.file), 'utf8');
    reply.type('text/plain').send(body);
  },
});
`,
  ),
  // ---------------- express-validator ----------------
  ...js(
    "CWE-89",
    "express-validator: query('id').isInt() then validationResult with an early 400 vs the same chain used on another field",
    `const express = require('express');
const { query, validationResult } = require('express-validator');
const mysql = require('mysql2');

const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'crm' });
const app = express();

app.get('/customer', query('id').isInt(), (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
@ok  db.query('SELECT * FROM customers WHERE id = ' + req.query.id, (err, rows) => res.json(rows));
});

app.get('/customer/by-name', query('id').isInt(), (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
@@  db.query("SELECT * FROM customers WHERE name = '" + req.query.name + "'", (err, rows) => res.json(rows));
});
`,
  ),
  ...js(
    "CWE-79",
    "express-validator: body('name').escape() sanitiser chain vs body('name').notEmpty() which only validates",
    `const express = require('express');
const { body, validationResult } = require('express-validator');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/greet', body('name').trim().escape(), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
@ok  res.send('<p>Hello, ' + req.body.name + '</p>');
});

app.post('/greet-plain', body('name').notEmpty(), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
@@  res.send('<p>Hello, ' + req.body.name + '</p>');
});
`,
  ),
  // ---------------- early return / switch / try-catch ----------------
  ...js(
    "CWE-89",
    "early return res.status(400) when the id is not all digits vs an early return that only checks presence",
    `const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

app.get('/tickets/:id', async (req, res) => {
  if (!/^\\d+$/.test(req.params.id)) {
    return res.status(400).json({ error: 'bad id' });
  }
@ok  const { rows } = await pool.query('SELECT * FROM tickets WHERE id = ' + req.params.id);
  res.json(rows);
});

app.get('/tickets/by-owner/:owner', async (req, res) => {
  if (!req.params.owner) {
    return res.status(400).json({ error: 'owner required' });
  }
@@  const { rows } = await pool.query("SELECT * FROM tickets WHERE owner = '" + req.params.owner + "'");
  res.json(rows);
});
`,
  ),
  ...js(
    "CWE-89",
    "switch maps the sort key to column constants vs a switch whose default passes the raw key through",
    `const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DB_URL);
const app = express();

function column(key) {
  switch (key) {
    case 'name':
      return 'full_name';
    case 'joined':
      return 'created_at';
    default:
      return 'id';
  }
}

function columnLoose(key) {
  switch (key) {
    case 'joined':
      return 'created_at';
    default:
      return key;
  }
}

app.get('/members', async (req, res) => {
@ok  const a = await sequelize.query('SELECT * FROM members ORDER BY ' + column(req.query.sort), { type: QueryTypes.SELECT });
@@  const b = await sequelize.query('SELECT * FROM members ORDER BY ' + columnLoose(req.query.sort), { type: QueryTypes.SELECT });
  res.json({ a, b });
});
`,
  ),
  ...js(
    "CWE-79",
    "try/catch: a theme read from a cookie is kept only when in the list, otherwise a constant vs returned unchecked",
    `const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

const THEMES = ['light', 'dark', 'solarized'];

function pickTheme(raw) {
  try {
    const t = JSON.parse(raw);
    if (THEMES.includes(t.name)) return t.name;
  } catch (e) {
    // fall through
  }
  return 'light';
}

function pickThemeLoose(raw) {
  try {
    return JSON.parse(raw).name;
  } catch (e) {
    return 'light';
  }
}

app.get('/', (req, res) => {
@ok  res.send('<link rel="stylesheet" href="/themes/' + pickTheme(req.cookies.prefs) + '.css"><h1>Home</h1>');
});

app.get('/alt', (req, res) => {
@@  res.send('<link rel="stylesheet" href="/themes/' + pickThemeLoose(req.cookies.prefs) + '.css"><h1>Home</h1>');
});
`,
  ),
  ...ts(
    "CWE-943",
    "try { new ObjectId(id) } catch { return 400 } before findOne vs the JSON body's owner field used as the filter",
    `import express from 'express';
import { MongoClient, ObjectId } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL!);
const notes = client.db('app').collection('notes');
const app = express();
app.use(express.json());

app.get('/notes/:id', async (req, res) => {
  let id: ObjectId;
  try {
    id = new ObjectId(req.params.id);
  } catch {
    return res.status(400).end();
  }
@ok  res.json(await notes.findOne({ _id: id }));
});

app.post('/notes/find', async (req, res) => {
@@  res.json(await notes.find({ owner: req.body.owner }).toArray());
});
`,
  ),
  // ---------------- classes: getters and overriding subclasses ----------------
  ...js(
    "CWE-78",
    "a class getter that throws unless the format is in a list vs a getter on the same class returning the title as is",
    `const express = require('express');
const { exec } = require('child_process');

class ReportRequest {
  constructor(req) {
    this.raw = req.query;
  }

  get format() {
    const f = String(this.raw.format);
    if (!['csv', 'json', 'xlsx'].includes(f)) throw new Error('unsupported format');
    return f;
  }

  get title() {
    return this.raw.title;
  }
}

const app = express();

app.get('/report', (req, res) => {
  const r = new ReportRequest(req);
@ok  exec('report-gen --format ' + r.format, (err, out) => res.type('text/plain').send(out));
});

app.get('/report/titled', (req, res) => {
  const r = new ReportRequest(req);
@@  exec('report-gen --title ' + r.title, (err, out) => res.type('text/plain').send(out));
});
`,
  ),
  ...js(
    "CWE-79",
    "subclass overrides render() with a version escaping its argument vs the base class's render",
    `const express = require('express');
const escapeHtml = require('escape-html');

class Banner {
  render(text) {
    return '<div class="banner">' + text + '</div>';
  }
}

class SafeBanner extends Banner {
  render(text) {
    return super.render(escapeHtml(text));
  }
}

const app = express();

app.get('/banner', (req, res) => {
@@  res.send(new Banner().render(req.query.msg));
});

app.get('/banner-safe', (req, res) => {
@ok  res.send(new SafeBanner().render(req.query.msg));
});
`,
  ),
  ...ts(
    "CWE-22",
    "TS class: a getter that resolves under the root and throws when it escapes vs a getter that only joins",
    `import express, { Request } from 'express';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve('/srv/static');

class AssetRef {
  constructor(private readonly name: string) {}

  get checkedPath(): string {
    const p = path.resolve(ROOT, this.name);
    if (!p.startsWith(ROOT + path.sep)) throw new Error('outside root');
    return p;
  }

  get joinedPath(): string {
    return path.join(ROOT, this.name);
  }
}

const app = express();

app.get('/asset', (req: Request, res) => {
  const ref = new AssetRef(String(req.query.name));
@ok  fs.createReadStream(ref.checkedPath).pipe(res);
});

app.get('/asset-raw', (req: Request, res) => {
  const ref = new AssetRef(String(req.query.name));
@@  fs.createReadStream(ref.joinedPath).pipe(res);
});
`,
  ),
  // ---------------- incomplete path guards ----------------
  ...js(
    "CWE-22",
    "the containment check comes after the read vs the same check placed before it",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, 'public');
const app = express();

app.get('/late', (req, res) => {
  const file = path.resolve(ROOT, req.query.f);
@@  const data = fs.readFileSync(file);
  if (!file.startsWith(ROOT + path.sep)) return res.status(403).end();
  res.send(data);
});

app.get('/early', (req, res) => {
  const file = path.resolve(ROOT, req.query.f);
  if (!file.startsWith(ROOT + path.sep)) return res.status(403).end();
@ok  res.send(fs.readFileSync(file));
});
`,
  ),
  ...js(
    "CWE-22",
    "startsWith on a concatenated, un-normalised path vs startsWith on path.resolve's result",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const BASE = '/var/www/files';
const app = express();

app.get('/get', (req, res) => {
  const p = BASE + '/' + req.query.name;
  if (!p.startsWith(BASE)) return res.sendStatus(403);
@@  fs.createReadStream(p).pipe(res);
});

app.get('/get-safe', (req, res) => {
  const p = path.resolve(BASE, req.query.name);
  if (!p.startsWith(BASE + path.sep)) return res.sendStatus(403);
@ok  fs.createReadStream(p).pipe(res);
});
`,
  ),
  // ---------------- Next.js ----------------
  ...ts(
    "CWE-918",
    "Next.js API route: host allow-list on the parsed URL with an early 400 vs an includes() check on the raw string",
    `import type { NextApiRequest, NextApiResponse } from 'next';

const ALLOWED = new Set(['images.example.com', 'cdn.example.com']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const raw = String(req.query.url);
  if (req.query.mode === 'strict') {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      return res.status(400).end();
    }
    if (u.protocol !== 'https:' || !ALLOWED.has(u.hostname)) return res.status(400).end();
@ok    const r = await fetch(u);
    return res.send(Buffer.from(await r.arrayBuffer()));
  }
  if (!raw.includes('example.com')) return res.status(400).end();
@@  const r = await fetch(raw);
  res.send(Buffer.from(await r.arrayBuffer()));
}
`,
  ),
  ...js(
    "CWE-79",
    "Next.js page: router query rendered through marked into dangerouslySetInnerHTML vs passed through DOMPurify",
    `import { useRouter } from 'next/router';
import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

export default function Preview() {
  const { query } = useRouter();
  const md = typeof query.md === 'string' ? query.md : '';
  return (
    <main>
@@      <section dangerouslySetInnerHTML={{ __html: marked.parse(md) }} />
@ok      <section dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(md)) }} />
    </main>
  );
}
`,
  ),
  // ---------------- open redirect, prototype pollution, code injection ----------------
  ...js(
    "CWE-601",
    "switch on the target name redirecting to constant URLs vs a same-site check that only tests startsWith('/')",
    `const express = require('express');
const app = express();

app.get('/go', (req, res) => {
  let dest;
  switch (req.query.to) {
    case 'docs':
      dest = 'https://docs.example.com/';
      break;
    case 'status':
      dest = 'https://status.example.com/';
      break;
    default:
      dest = '/';
  }
@ok  res.redirect(dest);
});

app.get('/back', (req, res) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/')) return res.redirect('/');
@@  res.redirect(next);
});
`,
  ),
  ...js(
    "CWE-1321",
    "a settings merge skipping __proto__/constructor/prototype keys vs a merge skipping only __proto__",
    `const express = require('express');
const app = express();
app.use(express.json());

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function mergeSafe(target, src) {
  for (const key of Object.keys(src)) {
    if (BLOCKED.has(key)) continue;
    if (typeof src[key] === 'object' && src[key] !== null) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      mergeSafe(target[key], src[key]);
    } else {
@ok      target[key] = src[key];
    }
  }
  return target;
}

function mergeLoose(target, src) {
  for (const key of Object.keys(src)) {
    if (key === '__proto__') continue;
    if (typeof src[key] === 'object' && src[key] !== null) {
      if (!target[key]) target[key] = {};
      mergeLoose(target[key], src[key]);
    } else {
@@      target[key] = src[key];
    }
  }
  return target;
}

const settings = {};
app.post('/settings', (req, res) => res.json(mergeSafe(settings, req.body)));
app.post('/settings/legacy', (req, res) => res.json(mergeLoose(settings, req.body)));
`,
  ),
  ...js(
    "CWE-94",
    "vm.runInNewContext on a formula only after an anchored arithmetic-only test vs on the formula as posted",
    `const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const expr = String(req.body.expr);
  if (!/^[0-9+\\-*\\/(). ]{1,64}$/.test(expr)) return res.status(400).json({ error: 'bad expression' });
@ok  res.json({ value: vm.runInNewContext(expr, {}, { timeout: 50 }) });
});

app.post('/calc/raw', (req, res) => {
@@  res.json({ value: vm.runInNewContext(req.body.expr, {}, { timeout: 50 }) });
});
`,
  ),
  ...js(
    "CWE-94",
    "new Function built from an operator mapped through an object of constants vs from the posted operator",
    `const express = require('express');
const app = express();
app.use(express.json());

const OPS = { add: '+', sub: '-', mul: '*' };

app.post('/op', (req, res) => {
  const op = OPS[req.body.op];
  if (!op) return res.status(400).end();
@ok  const f = new Function('a', 'b', 'return a ' + op + ' b;');
  res.json({ r: f(Number(req.body.a), Number(req.body.b)) });
});

app.post('/op/raw', (req, res) => {
@@  const f = new Function('a', 'b', 'return a ' + req.body.op + ' b;');
  res.json({ r: f(Number(req.body.a), Number(req.body.b)) });
});
`,
  ),
  ...ts(
    "CWE-943",
    "Koa: String() on the body value before the Mongo filter vs the body value as parsed",
    `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { MongoClient } from 'mongodb';

const users = new MongoClient(process.env.MONGO_URL as string).db('app').collection('users');
const app = new Koa();
const router = new Router();

router.post('/login', async (ctx) => {
  const { username, password } = ctx.request.body as any;
@@  const user = await users.findOne({ username, password });
  ctx.body = { ok: !!user };
});

router.post('/login-safe', async (ctx) => {
  const { username, password } = ctx.request.body as any;
@ok  const user = await users.findOne({ username: String(username), password: String(password) });
  ctx.body = { ok: !!user };
});

app.use(bodyParser()).use(router.routes());
`,
  ),
];
