// Dev suite "js-ts", batch 56: written blind, before any fix for it (own code). Request sources and response sinks
// of the server frameworks other than Express that CodeQL's framework library tests catalogue (Koa, Fastify, Hapi,
// restify, connect, NestJS, Next.js API routes and getServerSideProps), each reaching a classic sink, with a safe
// twin that encodes, parameterises or pins the value.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch56", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch56", cwe, note, src, "typescript");

export const BATCH56: DevCase[] = [
  ...js(
    "CWE-79",
    "Koa ctx.body HTML built from ctx.query / ctx.params vs escaped",
    `const Koa = require('koa');
const Router = require('@koa/router');
const escapeHtml = require('escape-html');
const app = new Koa();
const router = new Router();

router.get('/greet', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = '<h1>Hi ' + ctx.query.who + '</h1>';
});

router.get('/tag/:tag', (ctx) => {
  ctx.type = 'text/html';
@@  ctx.body = \`<p>Posts tagged \${ctx.params.tag}</p>\`;
});

router.get('/greet2', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = '<h1>Hi ' + escapeHtml(ctx.query.who) + '</h1>';
});
app.use(router.routes());
`,
  ),
  ...js(
    "CWE-89",
    "Koa request body into a knex raw query vs bindings",
    `const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const knex = require('knex')({ client: 'pg', connection: process.env.PG_URL });
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { sku } = ctx.request.body;
  if (ctx.path === '/stock') {
@@    ctx.body = await knex.raw(\`select qty from stock where sku = '\${sku}'\`);
  } else if (ctx.path === '/stock2') {
@ok    ctx.body = await knex.raw('select qty from stock where sku = ?', [sku]);
  }
});
`,
  ),
  ...js(
    "CWE-601",
    "Koa ctx.redirect to a query value vs a relative-path check",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path === '/out') {
@@    return ctx.redirect(ctx.query.to);
  }
  if (ctx.path === '/back') {
    const to = String(ctx.query.to || '/');
    const local = to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\\\');
@ok    return ctx.redirect(local ? to : '/');
  }
  await next();
});
`,
  ),
  ...ts(
    "CWE-79",
    "Fastify reply typed text/html with request.query vs reply.send of an object",
    `import Fastify from 'fastify';
const app = Fastify();

app.get<{ Querystring: { q: string } }>('/search', async (request, reply) => {
  reply.type('text/html');
@@  return reply.send(\`<div>No results for \${request.query.q}</div>\`);
});

app.get<{ Querystring: { q: string } }>('/api/search', async (request, reply) => {
@ok  return reply.send({ query: request.query.q, results: [] });
});
`,
  ),
  ...js(
    "CWE-78",
    "Fastify route params into exec vs execFile with an argument list",
    `const fastify = require('fastify')();
const { exec, execFile } = require('node:child_process');

fastify.get('/ping/:host', (request, reply) => {
@@  exec('ping -c 1 ' + request.params.host, (err, out) => reply.send(out));
});

fastify.get('/ping2/:host', (request, reply) => {
@ok  execFile('ping', ['-c', '1', request.params.host], (err, out) => reply.send(out));
});
`,
  ),
  ...js(
    "CWE-22",
    "Fastify body names a file to read vs a root-relative check",
    `const fastify = require('fastify')();
const fs = require('node:fs/promises');
const path = require('node:path');
const BASE = '/srv/reports';

fastify.post('/report', async (request) => {
@@  return fs.readFile(path.join(BASE, request.body.file), 'utf8');
});

fastify.post('/report2', async (request, reply) => {
  const target = path.resolve(BASE, request.body.file);
  if (!target.startsWith(BASE + path.sep)) return reply.code(400).send();
@ok  return fs.readFile(target, 'utf8');
});
`,
  ),
  ...js(
    "CWE-79",
    "Hapi handler returning HTML from request.query vs h.response of JSON",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/hello',
@@  handler: (request, h) => h.response('<b>Hello ' + request.query.name + '</b>').type('text/html'),
});

server.route({
  method: 'GET',
  path: '/hello.json',
@ok  handler: (request, h) => h.response({ hello: request.query.name }).type('application/json'),
});
`,
  ),
  ...js(
    "CWE-89",
    "Hapi request.params into a mysql2 query string vs placeholders",
    `const Hapi = require('@hapi/hapi');
const mysql = require('mysql2/promise');
const pool = mysql.createPool({ uri: process.env.DB_URL });
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/orders/{id}',
  handler: async (request) => {
@@    const [rows] = await pool.query('SELECT * FROM orders WHERE id = ' + request.params.id);
    return rows;
  },
});

server.route({
  method: 'GET',
  path: '/orders2/{id}',
  handler: async (request) => {
@ok    const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [request.params.id]);
    return rows;
  },
});
`,
  ),
  ...js(
    "CWE-601",
    "Hapi h.redirect to request.query.next vs a fixed path",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/login/done',
@@  handler: (request, h) => h.redirect(request.query.next),
});

server.route({
  method: 'GET',
  path: '/logout/done',
@ok  handler: (request, h) => h.redirect('/goodbye'),
});
`,
  ),
  ...js(
    "CWE-918",
    "restify req.query url fetched server-side vs a fixed upstream",
    `const restify = require('restify');
const fetch = require('node-fetch');
const server = restify.createServer();
server.use(restify.plugins.queryParser());

server.get('/proxy', async (req, res, next) => {
@@  const upstream = await fetch(req.query.url);
  res.send(await upstream.json());
  next();
});

server.get('/weather', async (req, res, next) => {
@ok  const upstream = await fetch('https://api.weather.example/v1?city=' + encodeURIComponent(req.query.city));
  res.send(await upstream.json());
  next();
});
`,
  ),
  ...js(
    "CWE-79",
    "connect middleware writing the raw URL query into an HTML response vs text/plain",
    `const connect = require('connect');
const { parse } = require('node:querystring');
const app = connect();

app.use('/echo', (req, res) => {
  const params = parse(req.url.split('?')[1] || '');
  res.setHeader('Content-Type', 'text/html');
@@  res.end('<pre>' + params.msg + '</pre>');
});

app.use('/echo.txt', (req, res) => {
  const params = parse(req.url.split('?')[1] || '');
  res.setHeader('Content-Type', 'text/plain');
@ok  res.end(String(params.msg));
});
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS @Query/@Param into TypeORM query strings vs parameters",
    `import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('books')
export class BooksController {
  constructor(private readonly ds: DataSource) {}

  @Get('search')
  search(@Query('title') title: string) {
@@    return this.ds.query(\`SELECT * FROM book WHERE title LIKE '%\${title}%'\`);
  }

  @Get(':id')
  one(@Param('id') id: string) {
@ok    return this.ds.query('SELECT * FROM book WHERE id = $1', [id]);
  }

  @Get('by-author')
  byAuthor(@Query('author') author: string) {
@@    return this.ds.createQueryBuilder().select('b').from('book', 'b').where("b.author = '" + author + "'").getMany();
  }

  @Get('by-author2')
  byAuthor2(@Query('author') author: string) {
@ok    return this.ds.createQueryBuilder().select('b').from('book', 'b').where('b.author = :author', { author }).getMany();
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS @Body DTO field into execSync vs spawn with an argument array",
    `import { Body, Controller, Post } from '@nestjs/common';
import { execSync, spawnSync } from 'node:child_process';

class ConvertDto {
  source!: string;
}

@Controller('convert')
export class ConvertController {
  @Post()
  convert(@Body() dto: ConvertDto) {
@@    return execSync(\`convert \${dto.source} out.png\`).toString();
  }

  @Post('safe')
  convertSafe(@Body() dto: ConvertDto) {
@ok    return spawnSync('convert', [dto.source, 'out.png']).stdout.toString();
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "NestJS @Res redirect to a @Query value vs @Redirect with a constant",
    `import { Controller, Get, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('sso')
export class SsoController {
  @Get('callback')
  callback(@Query('return_to') returnTo: string, @Res() res: Response) {
@@    res.redirect(returnTo);
  }

  @Get('home')
  @Redirect('/dashboard', 302)
@ok  home() {}
}
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js API route streaming a file named by req.query vs a whitelisted name",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'node:fs';
import path from 'node:path';

const DOCS = path.join(process.cwd(), 'docs');
const ALLOWED = new Set(['terms.pdf', 'privacy.pdf']);

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const file = req.query.file as string;
  if (req.query.mode === 'raw') {
@@    fs.createReadStream(path.join(DOCS, file)).pipe(res);
    return;
  }
  if (!ALLOWED.has(file)) return res.status(404).end();
@ok  fs.createReadStream(path.join(DOCS, file)).pipe(res);
}
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js API route res.send of HTML from req.query vs res.json",
    `import type { NextApiRequest, NextApiResponse } from 'next';

export default function preview(req: NextApiRequest, res: NextApiResponse) {
  const title = String(req.query.title ?? '');
  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
@@    return res.send(\`<html><body><h1>\${title}</h1></body></html>\`);
  }
@ok  res.status(200).json({ title });
}
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js getServerSideProps fetching a URL from context.query vs a fixed API with the id encoded",
    `import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async (context) => {
  const feed = context.query.feed as string;
@@  const res = await fetch(feed);
  const items = await res.json();
@ok  const meta = await fetch(\`https://api.example.com/feeds/\${encodeURIComponent(String(context.query.id))}\`);
  return { props: { items, meta: await meta.json() } };
};
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route handler (app router) returning text/html built from searchParams vs Response.json",
    `export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const name = searchParams.get('name') ?? '';
  if (searchParams.has('html')) {
@@    return new Response('<p>Welcome ' + name + '</p>', { headers: { 'content-type': 'text/html' } });
  }
@ok  return Response.json({ welcome: name });
}
`,
  ),
];
