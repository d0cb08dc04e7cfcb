// Dev suite "js-ts", batch 92: written blind, before any fix for it (own code). Request sources of JS/TS server
// frameworks beyond Express, each into a common sink next to the same source made safe: Next.js app-router route
// handlers (nextUrl.searchParams, await req.json(), dynamic-segment params), Next.js pages API routes (req.query),
// server actions taking FormData, Remix loaders/actions (new URL(request.url).searchParams, request.formData(),
// params), SvelteKit +server.ts (url.searchParams, params, request.json()), Nuxt/h3 (getQuery, readBody,
// getRouterParam), Hono (c.req.query/param/json), NestJS controller parameters (@Query, @Param, @Body), Koa
// (ctx.query, ctx.request.body, ctx.params), hapi (request.query, request.payload), AWS Lambda
// (event.queryStringParameters, JSON.parse(event.body), pathParameters), Cloudflare Workers and Deno.serve.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch92", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch92", cwe, note, src, "typescript");

export const BATCH92: DevCase[] = [
  ...ts(
    "CWE-89",
    "Next.js app-router GET: nextUrl.searchParams value into pg query by concatenation vs a $1 parameter",
    `import { NextRequest, NextResponse } from 'next/server';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function GET(req: NextRequest) {
  const category = req.nextUrl.searchParams.get('category') ?? '';
@@  const a = await pool.query("SELECT id, title FROM posts WHERE category = '" + category + "'");
@ok  const b = await pool.query('SELECT id, title FROM posts WHERE category = $1', [category]);
  return NextResponse.json({ a: a.rows, b: b.rows });
}
`,
  ),
  ...ts(
    "CWE-78",
    "Next.js app-router POST: await req.json() host into exec vs execFile after net.isIP",
    `import { NextResponse } from 'next/server';
import { exec, execFile } from 'node:child_process';
import { isIP } from 'node:net';

export async function POST(req: Request) {
  const { host } = await req.json();
@@  exec(\`ping -c 1 \${host}\`, (err, out) => console.log(out));
  if (isIP(host)) {
@ok    execFile('ping', ['-c', '1', host], (err, out) => console.log(out));
  }
  return NextResponse.json({ ok: true });
}
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js catch-all segment params joined into a file path vs basename under the docs folder",
    `import { NextRequest, NextResponse } from 'next/server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DOCS = path.join(process.cwd(), 'content', 'docs');

export async function GET(req: NextRequest, { params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
@@  const body = await readFile(path.join(DOCS, slug.join('/')), 'utf8');
@ok  const other = await readFile(path.join(DOCS, path.basename(slug[slug.length - 1]) + '.md'), 'utf8');
  return new NextResponse(body + other);
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js middleware-style redirect to nextUrl.searchParams callbackUrl vs a same-site relative path check",
    `import { NextRequest, NextResponse } from 'next/server';

export async function GET(req: NextRequest) {
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') || '/';
  if (req.nextUrl.searchParams.has('legacy')) {
@@    return NextResponse.redirect(callbackUrl);
  }
  const safe = callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') && !callbackUrl.startsWith('/\\\\') ? callbackUrl : '/';
@ok  return NextResponse.redirect(new URL(safe, req.nextUrl.origin));
}
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route handler returning an HTML Response built from a search param vs escaped",
    `import escapeHtml from 'escape-html';

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const name = searchParams.get('name') ?? 'guest';
  if (searchParams.get('v') === '2') {
@ok    return new Response(\`<h1>Welcome \${escapeHtml(name)}</h1>\`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
@@  return new Response(\`<h1>Welcome \${name}</h1>\`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js pages API route: req.query id into mysql2 query by template vs execute with a placeholder",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import mysql from 'mysql2/promise';

const db = mysql.createPool(process.env.MYSQL_URL as string);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { id } = req.query;
@@  const [rows] = await db.query(\`SELECT * FROM invoices WHERE id = \${id}\`);
@ok  const [rows2] = await db.execute('SELECT * FROM invoices WHERE id = ?', [id]);
  res.status(200).json({ rows, rows2 });
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js pages API route: res.redirect to req.query.returnTo vs an allow-list of paths",
    `import type { NextApiRequest, NextApiResponse } from 'next';

const ALLOWED = ['/dashboard', '/settings', '/'];

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const returnTo = String(req.query.returnTo ?? '/');
  if (req.method === 'POST') {
@ok    return res.redirect(302, ALLOWED.includes(returnTo) ? returnTo : '/');
  }
@@  res.redirect(302, returnTo);
}
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js server action: FormData value into prisma.$queryRawUnsafe vs the tagged $queryRaw",
    `'use server';

import { prisma } from '@/lib/prisma';

export async function searchProducts(formData: FormData) {
  const term = formData.get('term') as string;
@@  const a = await prisma.$queryRawUnsafe(\`SELECT * FROM "Product" WHERE name LIKE '%\${term}%'\`);
@ok  const b = await prisma.$queryRaw\`SELECT * FROM "Product" WHERE name LIKE \${'%' + term + '%'}\`;
  return { a, b };
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js server action: redirect() from next/navigation to a FormData field vs a relative-path check",
    `'use server';

import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';

export async function login(formData: FormData) {
  const next = String(formData.get('next') ?? '/');
  (await cookies()).set('session', 'x');
  if (formData.get('remember')) {
@@    redirect(next);
  }
  const dest = /^\\/(?!\\/)[\\w\\-/]*$/.test(next) ? next : '/';
@ok  redirect(dest);
}
`,
  ),
  ...ts(
    "CWE-78",
    "Next.js server action: FormData repo URL into execSync shell string vs spawn with an args array and no shell",
    `'use server';

import { execSync, spawn } from 'child_process';

export async function cloneRepo(formData: FormData) {
  const repo = formData.get('repo')?.toString() ?? '';
@@  execSync('git clone --depth 1 ' + repo + ' /tmp/work');
@ok  spawn('git', ['clone', '--depth', '1', '--', repo, '/tmp/work'], { stdio: 'ignore' });
}
`,
  ),
  ...ts(
    "CWE-918",
    "Remix loader: new URL(request.url).searchParams into fetch vs an allow-listed host",
    `import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';

const HOSTS = new Set(['images.example.com', 'cdn.example.com']);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const src = url.searchParams.get('src') ?? '';
  const target = new URL(src);
  if (HOSTS.has(target.hostname) && target.protocol === 'https:') {
@ok    const ok = await fetch(target);
    return json({ size: (await ok.arrayBuffer()).byteLength });
  }
@@  const res = await fetch(src);
  return json({ size: (await res.arrayBuffer()).byteLength });
}
`,
  ),
  ...ts(
    "CWE-22",
    "Remix action: await request.formData() file name into fs.writeFile path vs a generated name",
    `import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const UPLOADS = '/srv/app/uploads';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const name = String(form.get('filename'));
  const content = String(form.get('content'));
@@  await fs.writeFile(path.join(UPLOADS, name), content);
@ok  await fs.writeFile(path.join(UPLOADS, randomUUID() + path.extname(path.basename(name))), content);
  return json({ ok: true });
}
`,
  ),
  ...ts(
    "CWE-601",
    "Remix action: redirect() to a redirectTo search param vs a same-origin check",
    `import { redirect, type ActionFunctionArgs } from '@remix-run/node';

function safeRedirect(to: string | null, fallback = '/') {
  if (!to || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\\\')) return fallback;
  return to;
}

export async function action({ request }: ActionFunctionArgs) {
  const redirectTo = new URL(request.url).searchParams.get('redirectTo');
  if (request.headers.get('x-old-client')) {
@@    return redirect(redirectTo ?? '/');
  }
@ok  return redirect(safeRedirect(redirectTo));
}
`,
  ),
  ...js(
    "CWE-89",
    "Remix loader: route params into a pg query by concatenation vs a parameter",
    `import { json } from '@remix-run/node';
import { db } from '~/db.server';

export async function loader({ params }) {
@@  const user = await db.query('SELECT * FROM users WHERE handle = \\'' + params.handle + '\\'');
@ok  const user2 = await db.query('SELECT * FROM users WHERE handle = $1', [params.handle]);
  return json({ user: user.rows[0], user2: user2.rows[0] });
}
`,
  ),
  ...ts(
    "CWE-78",
    "SvelteKit +server.ts GET: url.searchParams into exec vs execFile with a fixed program",
    `import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(exec);
const runFile = promisify(execFile);

export const GET: RequestHandler = async ({ url }) => {
  const domain = url.searchParams.get('domain') ?? 'example.com';
@@  const { stdout } = await run('nslookup ' + domain);
@ok  const { stdout: out2 } = await runFile('nslookup', ['--', domain]);
  return json({ stdout, out2 });
};
`,
  ),
  ...ts(
    "CWE-89",
    "SvelteKit +server.ts: route params into a mysql2 query vs a placeholder",
    `import { json, type RequestEvent } from '@sveltejs/kit';
import { pool } from '$lib/server/db';

export async function GET({ params }: RequestEvent) {
@@  const [rows] = await pool.query(\`SELECT * FROM articles WHERE slug = '\${params.slug}'\`);
@ok  const [rows2] = await pool.query('SELECT * FROM articles WHERE slug = ?', [params.slug]);
  return json({ rows, rows2 });
}
`,
  ),
  ...ts(
    "CWE-94",
    "SvelteKit +server.ts POST: await request.json() expression evaluated vs a number parse",
    `import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
  const { formula, value } = await request.json();
@@  const result = eval(formula);
@ok  const parsed = Number.parseFloat(value);
  return json({ result, parsed });
};
`,
  ),
  ...ts(
    "CWE-601",
    "SvelteKit: throw redirect to a url.searchParams value vs a relative-path check",
    `import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, cookies }) => {
  const to = url.searchParams.get('to') ?? '/';
  cookies.delete('session', { path: '/' });
  if (url.searchParams.has('sso')) {
@@    redirect(302, to);
  }
@ok  redirect(302, to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\\\') ? to : '/');
};
`,
  ),
  ...ts(
    "CWE-89",
    "Nuxt/h3: getQuery(event) value into a pg query vs a parameter",
    `import { Pool } from 'pg';

const pool = new Pool();

export default defineEventHandler(async (event) => {
  const query = getQuery(event);
@@  const a = await pool.query(\`SELECT * FROM orders WHERE status = '\${query.status}'\`);
@ok  const b = await pool.query('SELECT * FROM orders WHERE status = $1', [String(query.status)]);
  return { a: a.rows, b: b.rows };
});
`,
  ),
  ...ts(
    "CWE-78",
    "Nuxt/h3: readBody(event) field into exec vs execFile with an args array",
    `import { defineEventHandler, readBody } from 'h3';
import { exec, execFile } from 'node:child_process';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
@@  exec('convert ' + body.input + ' -resize 200x200 /tmp/thumb.png');
@ok  execFile('convert', [String(body.input), '-resize', '200x200', '/tmp/thumb.png']);
  return { ok: true };
});
`,
  ),
  ...ts(
    "CWE-22",
    "Nuxt/h3: getRouterParam(event) into a readFile path vs basename",
    `import { defineEventHandler, getRouterParam } from 'h3';
import { readFileSync } from 'node:fs';
import { join, basename } from 'node:path';

export default defineEventHandler((event) => {
  const name = getRouterParam(event, 'name') as string;
@@  const a = readFileSync(join('/srv/reports', decodeURIComponent(name)), 'utf8');
@ok  const b = readFileSync(join('/srv/reports', basename(decodeURIComponent(name))), 'utf8');
  return a + b;
});
`,
  ),
  ...ts(
    "CWE-601",
    "h3: sendRedirect to a getQuery value vs an allow-list",
    `import { defineEventHandler, getQuery, sendRedirect } from 'h3';

const OK = new Set(['/home', '/account']);

export default defineEventHandler(async (event) => {
  const { next } = getQuery(event) as { next?: string };
  if (!next) return 'missing';
  if (OK.has(next)) {
@ok    return sendRedirect(event, next, 302);
  }
@@  return sendRedirect(event, next, 302);
});
`,
  ),
  ...ts(
    "CWE-79",
    "Hono: c.req.query() into c.html with a string template vs the hono/html tagged template",
    `import { Hono } from 'hono';
import { html } from 'hono/html';

const app = new Hono();

app.get('/greet', (c) => {
  const name = c.req.query('name') ?? '';
  if (c.req.query('safe')) {
@ok    return c.html(html\`<p>Hello \${name}</p>\`);
  }
@@  return c.html(\`<p>Hello \${name}</p>\`);
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "Hono: c.req.param() into a D1 prepare by concatenation vs bind",
    `import { Hono } from 'hono';

type Bindings = { DB: D1Database };
const app = new Hono<{ Bindings: Bindings }>();

app.get('/users/:id', async (c) => {
  const id = c.req.param('id');
@@  const a = await c.env.DB.prepare('SELECT * FROM users WHERE id = ' + id).first();
@ok  const b = await c.env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(id).first();
  return c.json({ a, b });
});

export default app;
`,
  ),
  ...ts(
    "CWE-918",
    "Hono: await c.req.json() url fetched vs an https allow-listed host",
    `import { Hono } from 'hono';

const app = new Hono();
const ALLOWED_HOSTS = ['api.github.com', 'api.gitlab.com'];

app.post('/proxy', async (c) => {
  const { url } = await c.req.json<{ url: string }>();
@@  const r = await fetch(url);
  const u = new URL(url);
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.includes(u.hostname)) return c.text('forbidden', 403);
@ok  const r2 = await fetch(u.toString());
  return c.json({ a: await r.text(), b: await r2.text() });
});

export default app;
`,
  ),
  ...ts(
    "CWE-601",
    "Hono: c.redirect to c.req.query('next') vs a relative-path check",
    `import { Hono } from 'hono';

const app = new Hono();

app.get('/logout', (c) => {
  const next = c.req.query('next') || '/';
  if (c.req.header('x-legacy')) {
@@    return c.redirect(next);
  }
  const target = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/';
@ok  return c.redirect(target);
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS controller: @Query() value into TypeORM dataSource.query by template vs $1",
    `import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('products')
export class ProductsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('search')
  async search(@Query('q') q: string) {
@@    return this.dataSource.query(\`SELECT * FROM product WHERE name ILIKE '%\${q}%'\`);
  }

  @Get('search2')
  async search2(@Query('q') q: string) {
@ok    return this.dataSource.query('SELECT * FROM product WHERE name ILIKE $1', [\`%\${q}%\`]);
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS controller: @Param() file name into res.sendFile with a root vs a path joined outside it",
    `import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'fs';
import { join } from 'path';

@Controller('files')
export class FilesController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
@@    createReadStream(join(__dirname, '..', 'uploads', name)).pipe(res);
  }

  @Get('safe/:name')
  downloadSafe(@Param('name') name: string, @Res() res: Response) {
@ok    res.sendFile(name, { root: join(__dirname, '..', 'uploads'), dotfiles: 'deny' });
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS controller: @Body() dto field into exec vs execFile with an args array",
    `import { Body, Controller, Post } from '@nestjs/common';
import { exec, execFile } from 'child_process';

class BackupDto {
  database: string;
}

@Controller('admin')
export class AdminController {
  @Post('backup')
  backup(@Body() dto: BackupDto) {
@@    exec(\`pg_dump \${dto.database} > /backups/db.sql\`);
  }

  @Post('backup2')
  backup2(@Body() dto: BackupDto) {
@ok    execFile('pg_dump', ['--dbname', dto.database, '--file', '/backups/db.sql']);
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "Koa: ctx.query into an HTML ctx.body vs escaped",
    `const Koa = require('koa');
const Router = require('@koa/router');
const escape = require('escape-html');

const app = new Koa();
const router = new Router();

router.get('/search', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = '<h2>Results for ' + ctx.query.q + '</h2>';
});

router.get('/search2', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = '<h2>Results for ' + escape(ctx.query.q) + '</h2>';
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "Koa: ctx.request.body field into child_process.exec vs execFile",
    `const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { exec, execFile } = require('child_process');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { branch } = ctx.request.body;
  if (ctx.path === '/deploy') {
@@    exec('git checkout ' + branch + ' && npm run build');
  } else if (ctx.path === '/deploy2') {
@ok    execFile('git', ['checkout', '--', branch]);
  }
  ctx.body = 'ok';
});
`,
  ),
  ...js(
    "CWE-89",
    "Koa router: ctx.params into a mysql query vs a placeholder",
    `const Router = require('@koa/router');
const mysql = require('mysql2');

const conn = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const router = new Router();

router.get('/orders/:id', async (ctx) => {
@@  const [rows] = await conn.promise().query('SELECT * FROM orders WHERE id = ' + ctx.params.id);
@ok  const [rows2] = await conn.promise().query('SELECT * FROM orders WHERE id = ?', [ctx.params.id]);
  ctx.body = { rows, rows2 };
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-601",
    "Koa: ctx.redirect to ctx.query.url vs a relative-path check",
    `const Router = require('@koa/router');
const router = new Router();

router.get('/go', (ctx) => {
  const url = String(ctx.query.url || '/');
  if (ctx.query.raw) {
@@    return ctx.redirect(url);
  }
@ok  ctx.redirect(/^\\/[\\w\\-/]*$/.test(url) && !url.startsWith('//') ? url : '/');
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-22",
    "hapi: request.query file into fs.readFile vs basename in the reports folder",
    `const Hapi = require('@hapi/hapi');
const fs = require('fs');
const path = require('path');

const init = async () => {
  const server = Hapi.server({ port: 3000 });
  server.route({
    method: 'GET',
    path: '/report',
    handler: (request, h) => {
      const file = request.query.file;
@@      const a = fs.readFileSync('/var/reports/' + file, 'utf8');
@ok      const b = fs.readFileSync(path.join('/var/reports', path.basename(file)), 'utf8');
      return h.response(a + b);
    },
  });
  await server.start();
};
init();
`,
  ),
  ...js(
    "CWE-94",
    "hapi: request.payload expression into vm.runInNewContext vs JSON.parse",
    `const Hapi = require('@hapi/hapi');
const vm = require('vm');

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/calc',
  handler: (request) => {
    const { expr, data } = request.payload;
@@    const out = vm.runInNewContext(expr, {});
@ok    const obj = JSON.parse(data);
    return { out, obj };
  },
});
server.start();
`,
  ),
  ...js(
    "CWE-601",
    "hapi: h.redirect to request.query.next vs an allow-list",
    `const Hapi = require('@hapi/hapi');

const server = Hapi.server({ port: 3000 });
const ALLOWED = ['/home', '/profile'];
server.route({
  method: 'GET',
  path: '/continue',
  handler: (request, h) => {
    const next = request.query.next;
    if (ALLOWED.includes(next)) {
@ok      return h.redirect(next);
    }
@@    return h.redirect(next);
  },
});
server.start();
`,
  ),
  ...ts(
    "CWE-89",
    "AWS Lambda: event.queryStringParameters into a pg query vs a parameter",
    `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { Client } from 'pg';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const client = new Client();
  await client.connect();
  const email = event.queryStringParameters?.email ?? '';
@@  const a = await client.query("SELECT id FROM accounts WHERE email = '" + email + "'");
@ok  const b = await client.query('SELECT id FROM accounts WHERE email = $1', [email]);
  await client.end();
  return { statusCode: 200, body: JSON.stringify({ a: a.rows, b: b.rows }) };
};
`,
  ),
  ...js(
    "CWE-918",
    "AWS Lambda: JSON.parse(event.body) url fetched vs an allow-listed host",
    `const axios = require('axios');

const ALLOWED = new Set(['hooks.slack.com']);

exports.handler = async (event) => {
  const { webhook, message } = JSON.parse(event.body);
  const u = new URL(webhook);
  if (ALLOWED.has(u.hostname) && u.protocol === 'https:') {
@ok    await axios.post(u.href, { text: message });
  }
@@  await axios.post(webhook, { text: message });
  return { statusCode: 204 };
};
`,
  ),
  ...js(
    "CWE-22",
    "AWS Lambda: event.pathParameters key into a /tmp file path vs basename",
    `const fs = require('fs');
const path = require('path');

exports.handler = async (event) => {
  const key = event.pathParameters.key;
@@  const data = fs.readFileSync(path.join('/tmp/cache', key));
@ok  const data2 = fs.readFileSync(path.join('/tmp/cache', path.basename(key)));
  return { statusCode: 200, body: data.toString('base64') + data2.toString('base64'), isBase64Encoded: true };
};
`,
  ),
  ...ts(
    "CWE-918",
    "Cloudflare Worker: new URL(request.url) search param fetched vs an allow-listed origin",
    `export interface Env {}

const ORIGINS = ['https://assets.example.com'];

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const target = url.searchParams.get('url');
    if (!target) return new Response('missing', { status: 400 });
    if (ORIGINS.includes(new URL(target).origin)) {
@ok      return fetch(new URL(target).toString());
    }
@@    return fetch(target);
  },
};
`,
  ),
  ...ts(
    "CWE-94",
    "Cloudflare Worker: await request.text() into new Function vs JSON.parse",
    `export default {
  async fetch(request: Request): Promise<Response> {
    const body = await request.text();
    if (request.headers.get('content-type') === 'application/json') {
@ok      const data = JSON.parse(body);
      return Response.json(data);
    }
@@    const fn = new Function('return (' + body + ')');
    return Response.json(fn());
  },
};
`,
  ),
  ...ts(
    "CWE-79",
    "Deno.serve: search param echoed into a text/html Response vs escaped",
    `import { escape } from 'jsr:@std/html';

Deno.serve((req: Request) => {
  const u = new URL(req.url);
  const q = u.searchParams.get('q') ?? '';
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  if (u.pathname === '/safe') {
@ok    return new Response(\`<p>You searched for \${escape(q)}</p>\`, { headers });
  }
@@  return new Response(\`<p>You searched for \${q}</p>\`, { headers });
});
`,
  ),
  ...ts(
    "CWE-78",
    "Deno.serve: await req.json() into Deno.Command with sh -c vs a fixed program with args",
    `Deno.serve(async (req) => {
  const { file } = await req.json();
@@  const p = new Deno.Command('sh', { args: ['-c', \`wc -l \${file}\`] }).outputSync();
@ok  const p2 = new Deno.Command('wc', { args: ['-l', '--', String(file)] }).outputSync();
  return new Response(new TextDecoder().decode(p.stdout) + new TextDecoder().decode(p2.stdout));
});
`,
  ),
];
