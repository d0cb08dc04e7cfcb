// Dev suite "js-ts", batch 20: server-side TypeScript and Node, written blind (before reading the rules) and measured
// before any fix that followed it. Same shape as batches 5-19: `@@` lines must be reported with the file's CWE, `@ok`
// look-alikes must not be. NestJS controllers calling execa/shelljs/spawn with a shell, with `as const` allow-lists
// (which sanitise) next to type-only guards (which do not); Electron IPC handlers; Next.js server actions ('use
// server': FormData and the action's own parameters) reaching raw SQL; Koa with mysql2/sequelize literals; Mongo
// operator and $where injection; prototype pollution through lodash set/setWith and hand-written deep merges; Bun
// and Deno request handlers (new URL(req.url).searchParams) reaching files; GraphQL resolver arguments fetched
// server-side; regexes built from Fastify queries; template engines compiling request text.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch20", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch20", cwe, note, src, "typescript");

export const BATCH20: DevCase[] = [
  ...ts(
    "CWE-78",
    "NestJS controller: execa/shelljs/spawn with a shell, as-const allow-list vs type-only guard",
    `import { BadRequestException, Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { execa, execaCommand } from 'execa';
import * as shell from 'shelljs';
import { quote } from 'shell-quote';
import { spawn } from 'node:child_process';

const FORMATS = ['png', 'jpeg', 'webp'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(v: string): v is Format {
  return (FORMATS as readonly string[]).includes(v);
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

@Controller('tools')
export class ToolsController {
  @Get('ping')
  async ping(@Query('host') host: string) {
@@    const { stdout } = await execaCommand(\`ping -c 1 \${host}\`);
    return stdout;
  }

  @Get('ping-args')
  async pingArgs(@Query('host') host: string) {
@ok    const { stdout } = await execa('ping', ['-c', '1', host]);
    return stdout;
  }

  @Post('archive')
  archive(@Body() body: { dir: string }) {
@@    shell.exec('tar czf /tmp/out.tgz ' + body.dir, { silent: true });
    return { ok: true };
  }

  @Post('archive-quoted')
  archiveQuoted(@Body() body: { dir: string }) {
@ok    shell.exec('tar czf /tmp/out.tgz ' + quote([body.dir]), { silent: true });
    return { ok: true };
  }

  @Get('convert/:name')
  convert(@Param('name') name: string, @Query('fmt') fmt: string) {
@@    const child = spawn('convert', [name, \`out.\${fmt}\`], { shell: true });
    return new Promise((resolve) => child.on('close', resolve));
  }

  @Get('convert-plain/:name')
  convertPlain(@Param('name') name: string) {
@ok    const child = spawn('convert', ['--', name, 'out.png']);
    return new Promise((resolve) => child.on('close', resolve));
  }

  @Get('thumb')
  thumb(@Query('fmt') fmt: string) {
    if (!isFormat(fmt)) throw new BadRequestException('bad format');
@ok    return shell.exec(\`convert in.png -thumbnail 64x64 out.\${fmt}\`).stdout;
  }

  @Get('grep')
  grep(@Query('q') q: unknown) {
    if (!isNonEmptyString(q)) throw new BadRequestException('q required');
@@    return shell.exec(\`grep -rn "\${q}" ./logs\`).stdout;
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "Electron main process: IPC handler arguments reaching a shell",
    `import { app, BrowserWindow, ipcMain } from 'electron';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

ipcMain.handle('git:log', async (_event, repoPath: string) => {
@@  const { stdout } = await execAsync(\`git -C \${repoPath} log --oneline -n 20\`);
  return stdout;
});

ipcMain.handle('git:log-args', async (_event, repoPath: string) => {
@ok  const { stdout } = await execFileAsync('git', ['-C', repoPath, 'log', '--oneline', '-n', '20']);
  return stdout;
});

ipcMain.on('open-terminal', (_event, args: { cwd: string }) => {
@@  exec('open -a Terminal ' + args.cwd);
});

ipcMain.on('open-logs', () => {
@ok  exec('open -a Console ' + app.getPath('logs'));
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { preload: __dirname + '/preload.js' } });
  win.loadFile('index.html');
});
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js server actions reaching raw SQL (Prisma, @vercel/postgres, knex)",
    `'use server';
import { prisma } from '@/lib/prisma';
import { sql } from '@vercel/postgres';
import { db } from '@/lib/knex';

export async function searchProducts(formData: FormData) {
  const term = formData.get('term') as string;
@@  return prisma.$queryRawUnsafe(\`SELECT * FROM "Product" WHERE name ILIKE '%\${term}%'\`);
}

export async function searchProductsBound(formData: FormData) {
  const term = formData.get('term') as string;
@ok  return prisma.$queryRaw\`SELECT * FROM "Product" WHERE name ILIKE \${'%' + term + '%'}\`;
}

export async function sortedOrders(column: string) {
@@  return prisma.$queryRawUnsafe('SELECT * FROM "Order" ORDER BY ' + column);
}

const SORTABLE = ['createdAt', 'total', 'status'] as const;

export async function sortedOrdersAllowed(column: string) {
  const col = (SORTABLE as readonly string[]).includes(column) ? column : 'createdAt';
@ok  return prisma.$queryRawUnsafe(\`SELECT * FROM "Order" ORDER BY "\${col}"\`);
}

export async function findUser(formData: FormData) {
  const email = String(formData.get('email'));
@@  const { rows } = await sql.query(\`SELECT id FROM users WHERE email = '\${email}'\`);
  return rows[0];
}

export async function findUserBound(formData: FormData) {
  const email = String(formData.get('email'));
@ok  const { rows } = await sql\`SELECT id FROM users WHERE email = \${email}\`;
  return rows[0];
}

export async function postsByTag(formData: FormData) {
  const tag = formData.get('tag');
@@  return db('posts').whereRaw(\`tags @> ARRAY['\${tag}']\`);
}

export async function postsByTagBound(formData: FormData) {
  const tag = formData.get('tag');
@ok  return db('posts').whereRaw('tags @> ARRAY[?]', [tag]);
}
`,
  ),
  ...js(
    "CWE-89",
    "Koa router with mysql2 and sequelize: concatenation, literal() and their bound twins",
    `const Koa = require('koa');
const Router = require('@koa/router');
const mysql = require('mysql2/promise');
const { Sequelize, QueryTypes, Op } = require('sequelize');
const Item = require('./models/item');

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const sequelize = new Sequelize(process.env.DATABASE_URL);
const router = new Router();

router.get('/items', async (ctx) => {
  const text = mysql.format('SELECT * FROM items WHERE category = ? AND price < ?', [ctx.query.cat, ctx.query.max]);
@ok  const [rows] = await pool.query(text);
  ctx.body = rows;
});

router.get('/items/by-owner', async (ctx) => {
@@  const [rows] = await pool.query("SELECT * FROM items WHERE owner = '" + ctx.query.owner + "'");
  ctx.body = rows;
});

router.get('/reports/:year', async (ctx) => {
@@  const rows = await sequelize.query(\`SELECT * FROM reports WHERE year = \${ctx.params.year}\`, { type: QueryTypes.SELECT });
  ctx.body = rows;
});

router.get('/reports-bound/:year', async (ctx) => {
  const rows = await sequelize.query('SELECT * FROM reports WHERE year = :year', {
@ok    replacements: { year: ctx.params.year },
    type: QueryTypes.SELECT,
  });
  ctx.body = rows;
});

router.get('/search', async (ctx) => {
@@  const rows = await Item.findAll({ where: sequelize.literal(\`title LIKE '%\${ctx.query.q}%'\`) });
  ctx.body = rows;
});

router.get('/search-op', async (ctx) => {
@ok  const rows = await Item.findAll({ where: { title: { [Op.like]: \`%\${ctx.query.q}%\` } } });
  ctx.body = rows;
});

const app = new Koa();
app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "Mongo operator injection and $where built from the request",
    `const express = require('express');
const mongoose = require('mongoose');
const escapeStringRegexp = require('escape-string-regexp');
const { MongoClient } = require('mongodb');

const User = mongoose.model('User');
const client = new MongoClient(process.env.MONGO_URL);
const app = express();
app.use(express.json());

app.post('/reset', async (req, res) => {
@@  const user = await User.findOne({ resetToken: req.body.token });
  if (!user) return res.sendStatus(404);
  res.json({ id: user.id });
});

app.post('/reset-checked', async (req, res) => {
  if (typeof req.body.token !== 'string') return res.sendStatus(400);
@ok  const user = await User.findOne({ resetToken: req.body.token });
  if (!user) return res.sendStatus(404);
  res.json({ id: user.id });
});

app.get('/users/search', async (req, res) => {
@@  const users = await User.find({ $where: \`this.name.startsWith('\${req.query.prefix}')\` });
  res.json(users);
});

app.get('/users/search-regex', async (req, res) => {
  const prefix = escapeStringRegexp(String(req.query.prefix));
@ok  const users = await User.find({ name: { $regex: '^' + prefix } });
  res.json(users);
});

app.get('/events', async (req, res) => {
  const events = client.db('app').collection('events');
@@  const docs = await events.find({ $where: 'this.score > ' + req.query.min }).toArray();
  res.json(docs);
});

app.get('/events-number', async (req, res) => {
  const events = client.db('app').collection('events');
@ok  const docs = await events.find({ score: { $gt: Number(req.query.min) } }).toArray();
  res.json(docs);
});
`,
  ),
  ...ts(
    "CWE-1321",
    "prototype pollution: lodash set/setWith with request paths, nested bracket writes, a deep merge",
    `import express from 'express';
import _ from 'lodash';
import set from 'lodash.set';

const app = express();
app.use(express.json());
app.use(express.text());

const settings: Record<string, any> = {};
const prefs: Record<string, Record<string, unknown>> = { ui: {}, mail: {} };
const EDITABLE = new Set(['theme', 'locale', 'notifications.email']);

app.post('/settings', (req, res) => {
@@  _.set(settings, req.body.path, req.body.value);
  res.json(settings);
});

app.post('/settings/allowed', (req, res) => {
  const path = String(req.body.path);
  if (!EDITABLE.has(path)) return res.sendStatus(400);
@ok  _.set(settings, path, req.body.value);
  res.json(settings);
});

app.get('/settings/quick', (req, res) => {
@@  _.setWith(settings, req.query.key as string, req.query.val, Object);
  res.json(settings);
});

app.post('/config', (req, res) => {
@@  set(settings, req.body.key, req.body.val);
  res.sendStatus(204);
});

app.post('/prefs/:section', (req, res) => {
@@  (prefs as any)[req.params.section][req.body.key] = req.body.value;
  res.sendStatus(204);
});

app.post('/prefs-known/:section', (req, res) => {
  const section = req.params.section;
  if (!Object.prototype.hasOwnProperty.call(prefs, section)) return res.sendStatus(404);
@ok  prefs[section][req.body.key] = req.body.value;
  res.sendStatus(204);
});

function deepMerge(target: any, source: any) {
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

function deepMergeSafe(target: any, source: any) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMergeSafe(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

app.post('/import', (req, res) => {
  deepMerge(settings, JSON.parse(req.body));
  res.sendStatus(204);
});

app.post('/import-safe', (req, res) => {
  deepMergeSafe(settings, JSON.parse(req.body));
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-22",
    "Bun.serve fetch handler: search params joined, resolved and normalised into paths",
    `import { basename, join, normalize, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';

const ROOT = resolve('./public');

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === '/file') {
      const name = url.searchParams.get('name') ?? '';
@@      return new Response(Bun.file(join(ROOT, name)));
    }
    if (url.pathname === '/file-checked') {
      const name = url.searchParams.get('name') ?? '';
      const full = resolve(ROOT, name);
      if (!full.startsWith(ROOT + '/')) return new Response('forbidden', { status: 403 });
@ok      return new Response(Bun.file(full));
    }
    if (url.pathname === '/raw') {
      const p = url.searchParams.get('p') ?? '';
@@      const text = await readFile(\`./data/\${p}\`, 'utf8');
      return new Response(text);
    }
    if (url.pathname === '/raw-base') {
      const p = basename(url.searchParams.get('p') ?? '');
@ok      const text = await readFile(join('./data', p), 'utf8');
      return new Response(text);
    }
    if (url.pathname === '/normalized') {
      const p = normalize(url.searchParams.get('p') ?? '');
@@      return new Response(await readFile(join(ROOT, p)));
    }
    return new Response('not found', { status: 404 });
  },
});
`,
  ),
  ...ts(
    "CWE-22",
    "Deno.serve handler: path.resolve without a containment check vs with one",
    `import { resolve, relative, isAbsolute } from 'node:path';

const DOCS = '/srv/docs';

Deno.serve(async (req: Request) => {
  const { searchParams, pathname } = new URL(req.url);
  const doc = searchParams.get('doc') ?? 'index.md';
  if (pathname === '/docs') {
@@    const body = await Deno.readTextFile(resolve(DOCS, doc));
    return new Response(body, { headers: { 'content-type': 'text/markdown' } });
  }
  if (pathname === '/docs-checked') {
    const full = resolve(DOCS, doc);
    const rel = relative(DOCS, full);
    if (rel.startsWith('..') || isAbsolute(rel)) return new Response('forbidden', { status: 403 });
@ok    const body = await Deno.readTextFile(full);
    return new Response(body, { headers: { 'content-type': 'text/markdown' } });
  }
  if (pathname === '/upload') {
    const name = searchParams.get('name') ?? 'upload.bin';
@@    await Deno.writeFile(\`/srv/uploads/\${name}\`, new Uint8Array(await req.arrayBuffer()));
    return new Response('ok');
  }
  return new Response('not found', { status: 404 });
});
`,
  ),
  ...js(
    "CWE-918",
    "GraphQL resolvers fetching URLs and hosts from their arguments",
    `const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const axios = require('axios');
const { request } = require('undici');
const typeDefs = require('./schema');

const ALLOWED_HOSTS = new Set(['api.github.com', 'gitlab.com']);

const resolvers = {
  Query: {
    preview: async (_parent, { url }) => {
@@      const res = await fetch(url);
      return res.text();
    },
    previewAllowed: async (_parent, { url }) => {
      const u = new URL(url);
      if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) throw new Error('host not allowed');
@ok      const res = await fetch(u);
      return res.text();
    },
    avatar: async (_parent, args) => {
@@      const { data } = await axios.get(\`https://\${args.host}/avatar.png\`, { responseType: 'arraybuffer' });
      return Buffer.from(data).toString('base64');
    },
    repo: async (_parent, args) => {
      const path = \`\${encodeURIComponent(args.owner)}/\${encodeURIComponent(args.name)}\`;
@ok      const { data } = await axios.get(\`https://api.github.com/repos/\${path}\`);
      return data;
    },
  },
  Mutation: {
    registerWebhook: async (_parent, { input }) => {
@@      const { statusCode } = await request(input.callbackUrl, { method: 'POST', body: JSON.stringify({ ping: true }) });
      return statusCode === 200;
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
startStandaloneServer(server, { listen: { port: 4000 } });
`,
  ),
  ...ts(
    "CWE-1333",
    "Fastify: regexes built from query and body text, escaped twins, a nested quantifier on input",
    `import Fastify from 'fastify';
import escapeStringRegexp from 'escape-string-regexp';
import _ from 'lodash';

const app = Fastify();
const names = ['alice', 'bob', 'carol'];

app.get<{ Querystring: { q: string } }>('/filter', async (request) => {
@@  const re = new RegExp(request.query.q, 'i');
  return names.filter((n) => re.test(n));
});

app.get<{ Querystring: { q: string } }>('/filter-escaped', async (request) => {
@ok  const re = new RegExp(escapeStringRegexp(request.query.q), 'i');
  return names.filter((n) => re.test(n));
});

app.get<{ Querystring: { prefix: string } }>('/prefix', async (request) => {
@ok  const re = new RegExp('^' + _.escapeRegExp(request.query.prefix));
  return names.filter((n) => re.test(n));
});

app.post<{ Body: { pattern: string; value: string } }>('/validate', async (request) => {
  const { pattern, value } = request.body;
@@  return { ok: RegExp(pattern).test(value) };
});

app.get<{ Querystring: { name: string } }>('/name', async (request) => {
@@  if (/^(\\w+\\s?)*$/.test(request.query.name)) return { ok: true };
  return { ok: false };
});

app.get<{ Querystring: { name: string } }>('/name-bounded', async (request) => {
@ok  if (/^[\\w\\s]{1,64}$/.test(request.query.name)) return { ok: true };
  return { ok: false };
});

app.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-94",
    "template engines compiling request text (ejs, pug, Handlebars, nunjucks) vs rendering fixed templates",
    `const express = require('express');
const fs = require('fs');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');

const app = express();
app.use(express.json());

app.post('/render/ejs', (req, res) => {
@@  const fn = ejs.compile(req.body.template);
  res.send(fn({ user: req.user }));
});

app.post('/render/ejs-fixed', (req, res) => {
@ok  res.send(ejs.render('<p>Hello <%= name %></p>', { name: req.body.name }));
});

app.get('/greet', (req, res) => {
@@  res.send(pug.render('p Hello ' + req.query.name));
});

app.get('/greet-fixed', (req, res) => {
@ok  res.send(pug.render('p Hello #{name}', { name: req.query.name }));
});

app.post('/email-preview', (req, res) => {
@@  const tpl = Handlebars.compile(req.body.source);
  res.send(tpl({}));
});

app.post('/email-preview-fixed', (req, res) => {
@ok  const tpl = Handlebars.compile(fs.readFileSync('./views/email.hbs', 'utf8'));
  res.send(tpl({ name: req.body.name }));
});

app.get('/hi', (req, res) => {
@@  res.send(nunjucks.renderString(\`Hi \${req.query.who}\`, {}));
});

app.get('/hi-fixed', (req, res) => {
@ok  res.send(nunjucks.renderString('Hi {{ who }}', { who: req.query.who }));
});

app.listen(3000);
`,
  ),
];
