// Dev suite "js-ts", batch 114: line-level cases over server-side TypeScript/JavaScript frameworks and runtimes that
// earlier batches covered less (own code, written blind, before any fix): NestJS controllers (@Query/@Body/@Param/@Req
// with class-validator DTOs as safe twins, @Res() + res.send, guards), Next.js App Router route handlers (NextRequest
// searchParams / json(), NextResponse.redirect), Server Actions reading FormData, getServerSideProps context.query,
// next/headers cookies, Remix loaders and actions, Hono (c.req.query/param, c.html, c.redirect), tRPC procedures with
// and without zod input, Deno (Deno.Command, Deno.readTextFile, Deno.serve), Bun (Bun.spawn, Bun.file, Bun.serve,
// bun:sqlite template strings vs $param bindings), Elysia, Koa (ctx.query, ctx.request.body, ctx.params), AWS Lambda
// and Cloudflare Workers handlers, GraphQL resolvers, Socket.IO events, drizzle sql.raw vs sql``, Prisma
// $queryRawUnsafe / $executeRawUnsafe vs $queryRaw``, kysely sql.raw; injections of every kind, crypto, secrets,
// cookies and JWT.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch114", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch114", cwe, note, src, "typescript");
/** A .tsx file (read as TypeScript, JSX included); the name is recorded for the reader. */
const tsx = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch114", cwe, `${file}: ${note}`, src, "typescript").map((c) => ({ ...c, file }));

export const BATCH114: DevCase[] = [
  // --- NestJS ---
  ...ts(
    "CWE-89",
    "NestJS: @Query() and @Param() into a TypeORM DataSource.query string vs bound parameters and a DTO-validated number",
    `import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IsInt, Min } from 'class-validator';
import { Type } from 'class-transformer';

class PageDto {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset!: number;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('by-status')
  async byStatus(@Query('status') status: string) {
@@    return this.dataSource.query(\`SELECT * FROM orders WHERE status = '\${status}'\`);
  }

  @Get(':customerId')
  async forCustomer(@Param('customerId') customerId: string) {
@@    return this.dataSource.query('SELECT * FROM orders WHERE customer_id = ' + customerId);
  }

  @Get('by-status-safe')
  async byStatusSafe(@Query('status') status: string) {
@ok    return this.dataSource.query('SELECT * FROM orders WHERE status = $1', [status]);
  }

  @Get('page')
  async page(@Query() q: PageDto) {
@ok    return this.dataSource.query(\`SELECT * FROM orders ORDER BY id LIMIT 50 OFFSET \${Number(q.offset)}\`);
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS: @Body() field into exec and a shell string vs execFile with an argument array and a class-validator allow-list",
    `import { Body, Controller, Post } from '@nestjs/common';
import { exec, execFile } from 'node:child_process';
import { IsIn, IsString } from 'class-validator';

class PingDto {
  @IsString()
  host!: string;
}

class FormatDto {
  @IsIn(['png', 'jpg', 'webp'])
  format!: 'png' | 'jpg' | 'webp';
}

@Controller('tools')
export class ToolsController {
  @Post('ping')
  ping(@Body() body: PingDto) {
@@    exec('ping -c 1 ' + body.host, (err, out) => console.log(out));
  }

  @Post('ping-safe')
  pingSafe(@Body() body: PingDto) {
@ok    execFile('ping', ['-c', '1', body.host], (err, out) => console.log(out));
  }

  @Post('convert')
  convert(@Body() body: FormatDto) {
@ok    execFile('convert', ['in.tiff', \`out.\${body.format}\`]);
  }

  @Post('lookup')
  lookup(@Body('domain') domain: string) {
@@    exec(\`nslookup \${domain}\`);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "NestJS: @Req() query and @Headers() echoed with @Res() res.send vs res.json and a sanitised value",
    `import { Controller, Get, Headers, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import sanitizeHtml from 'sanitize-html';

@Controller('greet')
export class GreetController {
  @Get()
  greet(@Req() req: Request, @Res() res: Response) {
    const name = req.query.name as string;
@@    res.send('<p>Hello, ' + name + '!</p>');
  }

  @Get('agent')
  agent(@Headers('user-agent') ua: string, @Res() res: Response) {
@@    res.type('html').send(\`<pre>\${ua}</pre>\`);
  }

  @Get('json')
  json(@Req() req: Request, @Res() res: Response) {
@ok    res.json({ hello: req.query.name });
  }

  @Get('clean')
  clean(@Req() req: Request, @Res() res: Response) {
@ok    res.send('<p>' + sanitizeHtml(String(req.query.name ?? '')) + '</p>');
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS: @Param() file name into res.sendFile / fs.createReadStream vs basename with a root and a StreamableFile of a fixed file",
    `import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'node:fs';
import * as path from 'node:path';

const UPLOADS = path.resolve('uploads');

@Controller('files')
export class FilesController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
@@    res.sendFile(path.join(UPLOADS, name));
  }

  @Get('stream/:name')
  stream(@Param('name') name: string) {
@@    return new StreamableFile(createReadStream(\`./uploads/\${name}\`));
  }

  @Get('safe/:name')
  safe(@Param('name') name: string, @Res() res: Response) {
@ok    res.sendFile(path.basename(name), { root: UPLOADS });
  }

  @Get('terms')
  terms() {
@ok    return new StreamableFile(createReadStream(path.join(UPLOADS, 'terms.pdf')));
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "NestJS: @Query() return URL into res.redirect and @Redirect's returned url vs a same-site path check",
    `import { Controller, Get, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('auth')
export class AuthController {
  @Get('done')
  done(@Query('returnTo') returnTo: string, @Res() res: Response) {
@@    res.redirect(returnTo);
  }

  @Get('next')
  @Redirect('/', 302)
  next(@Query('next') next: string) {
@@    return { url: next };
  }

  @Get('done-safe')
  doneSafe(@Query('returnTo') returnTo: string, @Res() res: Response) {
    const target = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
@ok    res.redirect(target);
  }

  @Get('home')
  home(@Res() res: Response) {
@ok    res.redirect('/dashboard');
  }
}
`,
  ),
  ...ts(
    "CWE-798",
    "NestJS: JwtModule.register with a literal secret and a guard comparing a literal API key vs ConfigService secrets",
    `import { CanActivate, ExecutionContext, Injectable, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ConfigModule, ConfigService } from '@nestjs/config';

@Module({
  imports: [
@@    JwtModule.register({ secret: 'nest-jwt-secret-2024', signOptions: { expiresIn: '1h' } }),
  ],
})
export class AuthModule {}

@Module({
  imports: [
    ConfigModule.forRoot(),
    JwtModule.registerAsync({
      inject: [ConfigService],
@ok      useFactory: (config: ConfigService) => ({ secret: config.getOrThrow<string>('JWT_SECRET') }),
    }),
  ],
})
export class SafeAuthModule {}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest();
@@    return req.headers['x-api-key'] === 'sk_live_51HxQe2Kd8s9f0Lk3Xy';
  }
}
`,
  ),
  // --- Next.js ---
  ...ts(
    "CWE-89",
    "Next.js route.ts: NextRequest searchParams into a pg query string vs placeholders",
    `import { NextRequest, NextResponse } from 'next/server';
import { Pool } from 'pg';

const pool = new Pool();

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
@@  const { rows } = await pool.query(\`SELECT id, title FROM posts WHERE title ILIKE '%\${q}%'\`);
  return NextResponse.json(rows);
}

export async function DELETE(request: NextRequest) {
  const { searchParams } = new URL(request.url);
  const id = searchParams.get('id');
@@  await pool.query('DELETE FROM posts WHERE id = ' + id);
  return new NextResponse(null, { status: 204 });
}

export async function PUT(request: NextRequest) {
  const id = request.nextUrl.searchParams.get('id');
@ok  await pool.query('UPDATE posts SET views = views + 1 WHERE id = $1', [id]);
  return new NextResponse(null, { status: 204 });
}
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js route.ts: request.json() body into Prisma $queryRawUnsafe / $executeRawUnsafe vs tagged $queryRaw and a bound Unsafe call",
    `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function POST(req: Request) {
  const { email, sort } = await req.json();
@@  const users = await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = '\${email}'\`);
@@  await prisma.$executeRawUnsafe('UPDATE "User" SET "lastSort" = \\'' + sort + '\\' WHERE email = \\'' + email + '\\'');
@ok  const same = await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
@ok  const bound = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  return NextResponse.json({ users, same, bound });
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js: NextResponse.redirect to a searchParams URL and redirect() in a route vs a relative path joined to the request origin",
    `import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

export async function GET(request: NextRequest) {
  const callback = request.nextUrl.searchParams.get('callbackUrl');
  if (callback) {
@@    return NextResponse.redirect(callback);
  }
  const to = request.nextUrl.searchParams.get('to') ?? '/';
@@  redirect(to);
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const next = String(form.get('next') ?? '/');
  const safe = next.startsWith('/') && !next.startsWith('//') ? next : '/';
@ok  return NextResponse.redirect(new URL(safe, request.url));
}
`,
  ),
  ...ts(
    "CWE-78",
    "Next.js Server Action: FormData field into execSync vs spawn with an argument array",
    `'use server';
import { execSync, spawn } from 'node:child_process';

export async function generateThumbnail(formData: FormData) {
  const file = formData.get('file') as string;
@@  execSync(\`ffmpeg -i uploads/\${file} -vframes 1 thumbs/\${file}.png\`);
}

export async function generateThumbnailSafe(formData: FormData) {
  const file = String(formData.get('file'));
@ok  spawn('ffmpeg', ['-i', \`uploads/\${file}\`, '-vframes', '1', \`thumbs/\${file}.png\`]);
}
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js Server Action and route: FormData / params path into fs.writeFile and readFile vs a resolved-prefix check",
    `'use server';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const DOCS = path.join(process.cwd(), 'content');

export async function saveDraft(formData: FormData) {
  const slug = formData.get('slug') as string;
  const body = formData.get('body') as string;
@@  await fs.writeFile(path.join(DOCS, slug + '.md'), body);
}

export async function readDoc(slug: string) {
@@  return fs.readFile(\`\${DOCS}/\${slug}.md\`, 'utf8');
}

export async function readDocSafe(slug: string) {
  const target = path.resolve(DOCS, slug + '.md');
  if (!target.startsWith(DOCS + path.sep)) throw new Error('bad slug');
@ok  return fs.readFile(target, 'utf8');
}
`,
  ),
  ...tsx(
    "pages/notice.tsx",
    "CWE-79",
    "Next.js pages: getServerSideProps context.query into dangerouslySetInnerHTML vs a text child",
    `import type { GetServerSideProps } from 'next';

type Props = { message: string };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const message = (context.query.msg as string) ?? '';
  return { props: { message } };
};

export default function Notice({ message }: Props) {
  return (
    <div>
@@      <div dangerouslySetInnerHTML={{ __html: message }} />
@ok      <p>{message}</p>
    </div>
  );
}
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route.ts: searchParams into a text/html Response vs a JSON Response",
    `export async function GET(request: Request) {
  const name = new URL(request.url).searchParams.get('name') ?? '';
@@  return new Response(\`<h1>Hi \${name}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function HEAD(request: Request) {
  const name = new URL(request.url).searchParams.get('name') ?? '';
@ok  return new Response(JSON.stringify({ name }), { headers: { 'Content-Type': 'application/json' } });
}
`,
  ),
  ...ts(
    "CWE-614",
    "Next.js next/headers cookies().set for a session without httpOnly/secure vs a hardened set",
    `'use server';
import { cookies } from 'next/headers';

export async function login(token: string) {
@@  cookies().set('session', token, { httpOnly: false, secure: false, path: '/' });
}

export async function loginSafe(token: string) {
@ok  cookies().set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
}

export async function setTheme(theme: 'dark' | 'light') {
@ok  cookies().set('theme', theme);
}
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js route: fetch of a searchParams URL (image proxy) vs a fixed host allow-list",
    `import { NextRequest } from 'next/server';

const ALLOWED = new Set(['images.example.com', 'cdn.example.com']);

export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src')!;
@@  const upstream = await fetch(src);
  return new Response(upstream.body, { headers: { 'Content-Type': upstream.headers.get('content-type') ?? '' } });
}

export async function POST(req: NextRequest) {
  const { src } = await req.json();
  const url = new URL(src);
  if (url.protocol !== 'https:' || !ALLOWED.has(url.hostname)) {
    return new Response('forbidden', { status: 403 });
  }
@ok  const upstream = await fetch(url);
  return new Response(upstream.body);
}
`,
  ),
  // --- Remix ---
  ...ts(
    "CWE-89",
    "Remix loader: params and URL searchParams into a better-sqlite3 string vs prepared ? bindings",
    `import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import Database from 'better-sqlite3';

const db = new Database('app.db');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const tag = url.searchParams.get('tag');
@@  const posts = db.prepare(\`SELECT * FROM posts WHERE author = '\${params.author}'\`).all();
@@  const tagged = db.prepare("SELECT * FROM posts WHERE tag = '" + tag + "'").all();
@ok  const safe = db.prepare('SELECT * FROM posts WHERE author = ? AND tag = ?').all(params.author, tag);
  return json({ posts, tagged, safe });
}
`,
  ),
  ...ts(
    "CWE-601",
    "Remix action: formData redirectTo into redirect() vs a safeRedirect helper that keeps local paths",
    `import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';

function safeRedirect(to: FormDataEntryValue | null, fallback = '/') {
  if (!to || typeof to !== 'string') return fallback;
  if (!to.startsWith('/') || to.startsWith('//')) return fallback;
  return to;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const redirectTo = form.get('redirectTo') as string;
  if (form.get('intent') === 'unsafe') {
@@    return redirect(redirectTo);
  }
@ok  return redirect(safeRedirect(form.get('redirectTo'), '/notes'));
}
`,
  ),
  ...ts(
    "CWE-79",
    "Remix resource route: loader returns an HTML Response of a search param vs an escaped one",
    `import type { LoaderFunctionArgs } from '@remix-run/node';
import escapeHtml from 'escape-html';

export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  if (q.length > 100) {
@ok    return new Response('<p>' + escapeHtml(q.slice(0, 100)) + '</p>', { headers: { 'Content-Type': 'text/html' } });
  }
@@  return new Response('<p>No results for ' + q + '</p>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
`,
  ),
  // --- Hono ---
  ...ts(
    "CWE-79",
    "Hono: c.req.query() and c.req.param() into c.html vs the html tagged template (escapes) and c.text",
    `import { Hono } from 'hono';
import { html, raw } from 'hono/html';

const app = new Hono();

app.get('/hello', (c) => {
  const name = c.req.query('name');
@@  return c.html('<h1>Hello ' + name + '</h1>');
});

app.get('/u/:user', (c) => {
  const user = c.req.param('user');
@@  return c.html(raw(\`<p>Profile of \${user}</p>\`));
});

app.get('/safe', (c) => {
  const name = c.req.query('name');
@ok  return c.html(html\`<h1>Hello \${name}</h1>\`);
});

app.get('/text', (c) => {
@ok  return c.text('Hello ' + c.req.query('name'));
});

export default app;
`,
  ),
  ...ts(
    "CWE-601",
    "Hono: c.redirect to a query URL vs a fixed map of destinations",
    `import { Hono } from 'hono';

const app = new Hono();
const DESTS: Record<string, string> = { docs: '/docs', home: '/' };

app.get('/go', (c) => {
  const url = c.req.query('url')!;
@@  return c.redirect(url);
});

app.get('/go-safe', (c) => {
  const key = c.req.query('to') ?? 'home';
@ok  return c.redirect(DESTS[key] ?? '/');
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "Hono on Cloudflare D1: c.req.param into D1 prepare string vs .bind()",
    `import { Hono } from 'hono';

type Bindings = { DB: D1Database };
const app = new Hono<{ Bindings: Bindings }>();

app.get('/items/:id', async (c) => {
  const id = c.req.param('id');
@@  const row = await c.env.DB.prepare(\`SELECT * FROM items WHERE id = \${id}\`).first();
  return c.json(row);
});

app.get('/items-safe/:id', async (c) => {
  const id = c.req.param('id');
@ok  const row = await c.env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
  return c.json(row);
});

app.post('/search', async (c) => {
  const body = await c.req.json<{ term: string }>();
@@  const { results } = await c.env.DB.prepare("SELECT * FROM items WHERE name LIKE '%" + body.term + "%'").all();
  return c.json(results);
});

export default app;
`,
  ),
  ...ts(
    "CWE-918",
    "Hono: fetch of a query URL (webhook test) vs a parsed URL with an allow-listed host",
    `import { Hono } from 'hono';

const app = new Hono();

app.post('/webhook/test', async (c) => {
  const { target } = await c.req.json();
@@  const res = await fetch(target, { method: 'POST', body: '{}' });
  return c.json({ status: res.status });
});

app.get('/avatar', async (c) => {
  const u = new URL(c.req.query('u') ?? '', 'https://avatars.example.com');
  if (u.hostname !== 'avatars.example.com') return c.text('no', 400);
@ok  return fetch(u.toString());
});

export default app;
`,
  ),
  // --- tRPC ---
  ...ts(
    "CWE-89",
    "tRPC: input from a zod string into a raw knex query vs a query builder, and a z.number() id",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const t = initTRPC.create();

export const appRouter = t.router({
  search: t.procedure.input(z.object({ term: z.string() })).query(async ({ input }) => {
@@    return db.raw(\`SELECT * FROM products WHERE name LIKE '%\${input.term}%'\`);
  }),
  searchSafe: t.procedure.input(z.object({ term: z.string() })).query(async ({ input }) => {
@ok    return db('products').whereILike('name', \`%\${input.term}%\`);
  }),
  byId: t.procedure.input(z.object({ id: z.number().int() })).query(async ({ input }) => {
@ok    return db.raw(\`SELECT * FROM products WHERE id = \${input.id}\`);
  }),
  byRawBound: t.procedure.input(z.string()).query(async ({ input }) => {
@ok    return db.raw('SELECT * FROM products WHERE sku = ?', [input]);
  }),
});
`,
  ),
  ...ts(
    "CWE-78",
    "tRPC: unvalidated input (no zod) into exec vs z.enum into execFile",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { exec, execFile } from 'child_process';

const t = initTRPC.create();

export const opsRouter = t.router({
  restart: t.procedure
    .input((raw: unknown) => raw as { service: string })
    .mutation(({ input }) => {
@@      exec('systemctl restart ' + input.service);
    }),
  restartSafe: t.procedure
    .input(z.object({ service: z.enum(['web', 'worker', 'cron']) }))
    .mutation(({ input }) => {
@ok      execFile('systemctl', ['restart', input.service]);
    }),
});
`,
  ),
  ...ts(
    "CWE-943",
    "tRPC: input object passed whole into a Mongo find (operator injection) vs a z.string() field",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { MongoClient } from 'mongodb';

const users = new MongoClient(process.env.MONGO_URL!).db('app').collection('users');
const t = initTRPC.create();

export const userRouter = t.router({
  login: t.procedure.input(z.any()).mutation(async ({ input }) => {
@@    return users.findOne({ username: input.username, password: input.password });
  }),
  loginSafe: t.procedure.input(z.object({ username: z.string(), password: z.string() })).mutation(async ({ input }) => {
@ok    return users.findOne({ username: input.username });
  }),
});
`,
  ),
  // --- Deno ---
  ...ts(
    "CWE-78",
    "Deno: new Deno.Command with sh -c and a query string vs argument array",
    `Deno.serve(async (req) => {
  const url = new URL(req.url);
  const host = url.searchParams.get('host') ?? '';
  if (url.pathname === '/ping') {
@@    const cmd = new Deno.Command('sh', { args: ['-c', \`ping -c 1 \${host}\`] });
    const { stdout } = await cmd.output();
    return new Response(stdout);
  }
  if (url.pathname === '/ping2') {
@ok    const cmd = new Deno.Command('ping', { args: ['-c', '1', host] });
    const { stdout } = await cmd.output();
    return new Response(stdout);
  }
  if (url.pathname === '/dig') {
@@    const p = Deno.run({ cmd: ['bash', '-c', 'dig ' + host], stdout: 'piped' });
    return new Response(await p.output());
  }
  return new Response('not found', { status: 404 });
});
`,
  ),
  ...ts(
    "CWE-22",
    "Deno: Deno.readTextFile / Deno.open of a path from the URL vs a normalized, prefix-checked path",
    `import { join, normalize } from 'jsr:@std/path';

const ROOT = '/srv/public';

Deno.serve(async (req) => {
  const url = new URL(req.url);
  const name = url.searchParams.get('file') ?? 'index.html';
  if (url.pathname === '/raw') {
@@    const text = await Deno.readTextFile(\`\${ROOT}/\${name}\`);
    return new Response(text);
  }
  if (url.pathname === '/dl') {
@@    const file = await Deno.open(join(ROOT, name), { read: true });
    return new Response(file.readable);
  }
  const full = normalize(join(ROOT, name));
  if (!full.startsWith(ROOT + '/')) return new Response('forbidden', { status: 403 });
@ok  return new Response(await Deno.readTextFile(full));
});
`,
  ),
  ...ts(
    "CWE-79",
    "Deno.serve: an HTML Response built from a query value vs a text/plain Response",
    `Deno.serve((req: Request) => {
  const who = new URL(req.url).searchParams.get('who') ?? 'world';
  if (req.headers.get('accept')?.includes('text/html')) {
@@    return new Response(\`<!doctype html><p>Hello \${who}</p>\`, { headers: { 'content-type': 'text/html' } });
  }
@ok  return new Response(\`Hello \${who}\`, { headers: { 'content-type': 'text/plain' } });
});
`,
  ),
  // --- Bun ---
  ...ts(
    "CWE-78",
    "Bun.serve: Bun.spawn with sh -c and a query value, and Bun $ shell raw vs argument array and $ interpolation",
    `import { $ } from 'bun';

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    const repo = url.searchParams.get('repo') ?? '';
    if (url.pathname === '/clone') {
@@      const proc = Bun.spawn(['sh', '-c', \`git clone \${repo} /tmp/work\`]);
      await proc.exited;
      return new Response('ok');
    }
    if (url.pathname === '/clone2') {
@ok      const proc = Bun.spawn(['git', 'clone', '--', repo, '/tmp/work']);
      await proc.exited;
      return new Response('ok');
    }
    if (url.pathname === '/ls') {
@@      const out = await $\`ls \${{ raw: repo }}\`.text();
      return new Response(out);
    }
@ok    const out = await $\`ls -- \${repo}\`.text();
    return new Response(out);
  },
});
`,
  ),
  ...ts(
    "CWE-22",
    "Bun.serve: Bun.file of a URL path vs a resolved path under the public root",
    `import { resolve } from 'node:path';

const PUBLIC = resolve('./public');

Bun.serve({
  fetch(req) {
    const url = new URL(req.url);
    if (url.pathname.startsWith('/static/')) {
@@      return new Response(Bun.file('./public/' + url.searchParams.get('f')));
    }
    const p = resolve(PUBLIC, '.' + decodeURIComponent(url.pathname));
    if (!p.startsWith(PUBLIC + '/')) return new Response('forbidden', { status: 403 });
@ok    return new Response(Bun.file(p));
  },
});
`,
  ),
  ...ts(
    "CWE-89",
    "bun:sqlite: db.query with a template string vs $param bindings and ? placeholders",
    `import { Database } from 'bun:sqlite';

const db = new Database('app.sqlite');

Bun.serve({
  async fetch(req) {
    const url = new URL(req.url);
    const name = url.searchParams.get('name') ?? '';
    if (url.pathname === '/a') {
@@      return Response.json(db.query(\`SELECT * FROM users WHERE name = '\${name}'\`).all());
    }
    if (url.pathname === '/b') {
@ok      return Response.json(db.query('SELECT * FROM users WHERE name = $name').all({ $name: name }));
    }
    if (url.pathname === '/c') {
@@      db.run("DELETE FROM sessions WHERE user = '" + name + "'");
      return new Response('ok');
    }
@ok    return Response.json(db.prepare('SELECT * FROM users WHERE name = ?').get(name));
  },
});
`,
  ),
  // --- Elysia ---
  ...ts(
    "CWE-78",
    "Elysia: query and params into execSync vs t.Numeric-validated value and execFileSync",
    `import { Elysia, t } from 'elysia';
import { execSync, execFileSync } from 'node:child_process';

new Elysia()
  .get('/whois', ({ query }) => {
@@    return execSync('whois ' + query.domain).toString();
  })
  .get('/kill/:pid', ({ params }) => {
@@    execSync(\`kill -9 \${params.pid}\`);
    return 'ok';
  })
  .get(
    '/kill-safe/:pid',
    ({ params }) => {
@ok      execSync(\`kill -9 \${params.pid}\`);
      return 'ok';
    },
    { params: t.Object({ pid: t.Numeric() }) },
  )
  .get('/whois-safe', ({ query }) => {
@ok    return execFileSync('whois', [String(query.domain)]).toString();
  })
  .listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "Elysia: body value returned with a text/html header vs returned as JSON",
    `import { Elysia } from 'elysia';

new Elysia()
  .post('/preview', ({ body, set }) => {
    set.headers['content-type'] = 'text/html';
@@    return \`<div class="preview">\${(body as { md: string }).md}</div>\`;
  })
  .post('/echo', ({ body }) => {
@ok    return { received: body };
  })
  .listen(3000);
`,
  ),
  // --- Koa ---
  ...js(
    "CWE-89",
    "Koa: ctx.query and ctx.params into mysql2 query strings vs ? placeholders and execute()",
    `const Koa = require('koa');
const Router = require('@koa/router');
const mysql = require('mysql2/promise');

const app = new Koa();
const router = new Router();
const pool = mysql.createPool({ uri: process.env.MYSQL_URL });

router.get('/products', async (ctx) => {
@@  const [rows] = await pool.query("SELECT * FROM products WHERE category = '" + ctx.query.category + "'");
  ctx.body = rows;
});

router.get('/products/:id', async (ctx) => {
@@  const [rows] = await pool.query(\`SELECT * FROM products WHERE id = \${ctx.params.id}\`);
  ctx.body = rows[0];
});

router.get('/products-safe', async (ctx) => {
@ok  const [rows] = await pool.execute('SELECT * FROM products WHERE category = ?', [ctx.query.category]);
  ctx.body = rows;
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "Koa: ctx.body HTML string from ctx.request.body and ctx.query vs ctx.body object (JSON) and escaped",
    `const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { escape } = require('html-escaper');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx, next) => {
  if (ctx.path === '/comment') {
    ctx.type = 'html';
@@    ctx.body = '<div class="comment">' + ctx.request.body.text + '</div>';
    return;
  }
  if (ctx.path === '/search') {
    ctx.type = 'text/html';
@@    ctx.body = \`<p>You searched for \${ctx.query.q}</p>\`;
    return;
  }
  if (ctx.path === '/api') {
@ok    ctx.body = { q: ctx.query.q };
    return;
  }
  ctx.type = 'html';
@ok  ctx.body = \`<p>You searched for \${escape(String(ctx.query.q || ''))}</p>\`;
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "Koa: ctx.redirect to ctx.query.next vs a local-path check",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  if (ctx.path === '/logout') {
@@    ctx.redirect(ctx.query.next);
    return;
  }
  const next = typeof ctx.query.next === 'string' && /^\\/(?!\\/)/.test(ctx.query.next) ? ctx.query.next : '/';
@ok  ctx.redirect(next);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "Koa: fs read of ctx.params path vs koa-send with root",
    `const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('fs');
const path = require('path');
const send = require('koa-send');

const app = new Koa();
const router = new Router();

router.get('/logs/:file', async (ctx) => {
@@  ctx.body = fs.createReadStream(path.join(__dirname, 'logs', ctx.params.file));
});

router.get('/assets/:file', async (ctx) => {
@ok  await send(ctx, ctx.params.file, { root: path.join(__dirname, 'public') });
});

app.use(router.routes());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-113",
    "Koa: ctx.set header from a query value vs encodeURIComponent",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  const lang = ctx.query.lang;
  if (ctx.path === '/a') {
@@    ctx.set('Content-Language', lang);
  } else {
@ok    ctx.set('Content-Language', encodeURIComponent(String(lang)));
  }
  ctx.body = 'ok';
});

app.listen(3000);
`,
  ),
  // --- Serverless ---
  ...ts(
    "CWE-89",
    "AWS Lambda: event.queryStringParameters and pathParameters into a pg query vs parameters",
    `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { Client } from 'pg';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const client = new Client();
  await client.connect();
  const name = event.queryStringParameters?.name;
  const id = event.pathParameters?.id;
@@  const a = await client.query(\`SELECT * FROM customers WHERE name = '\${name}'\`);
@@  const b = await client.query('SELECT * FROM invoices WHERE customer_id = ' + id);
@ok  const c = await client.query('SELECT * FROM invoices WHERE customer_id = $1', [id]);
  await client.end();
  return { statusCode: 200, body: JSON.stringify({ a: a.rows, b: b.rows, c: c.rows }) };
};
`,
  ),
  ...ts(
    "CWE-78",
    "AWS Lambda: JSON body field into execSync vs an allow-list",
    `import type { APIGatewayProxyHandler } from 'aws-lambda';
import { execSync } from 'child_process';

const FORMATS = new Set(['pdf', 'png']);

export const handler: APIGatewayProxyHandler = async (event) => {
  const body = JSON.parse(event.body ?? '{}');
  if (!FORMATS.has(body.format)) {
@@    execSync('convert /tmp/in.svg /tmp/out.' + body.format);
  }
  if (FORMATS.has(body.format)) {
@ok    execSync('convert /tmp/in.svg /tmp/out.' + body.format);
  }
  return { statusCode: 200, body: 'done' };
};
`,
  ),
  ...ts(
    "CWE-79",
    "AWS Lambda: an HTML body of a query parameter vs escaped",
    `import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import escapeHtml from 'escape-html';

export async function handler(event: APIGatewayProxyEventV2) {
  const q = event.queryStringParameters?.q ?? '';
  if (event.rawPath === '/raw') {
@@    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: \`<h1>\${q}</h1>\` };
  }
@ok  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: \`<h1>\${escapeHtml(q)}</h1>\` };
}
`,
  ),
  ...ts(
    "CWE-918",
    "Cloudflare Worker: fetch of a target taken from request.url, and of the request path resolved against a fixed origin (a path //evil.example/x resolves to another host) vs the fixed origin with the path appended",
    `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const target = url.searchParams.get('target');
    if (target) {
@@      return fetch(target, { headers: request.headers });
    }
    if (url.searchParams.has('v1')) {
      const upstream = new URL(url.pathname, 'https://api.internal.example.com');
@@      return fetch(upstream.toString());
    }
@ok    return fetch('https://api.internal.example.com' + url.pathname + url.search);
  },
};
`,
  ),
  ...ts(
    "CWE-601",
    "Cloudflare Worker: Response.redirect to a query value vs a same-origin URL",
    `export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const dest = url.searchParams.get('dest') ?? '/';
    if (url.pathname === '/out') {
@@      return Response.redirect(dest, 302);
    }
    const local = new URL(dest, url.origin);
    if (local.origin !== url.origin) return new Response('bad', { status: 400 });
@ok    return Response.redirect(local.toString(), 302);
  },
};
`,
  ),
  // --- GraphQL ---
  ...ts(
    "CWE-89",
    "GraphQL resolvers: args into a sequelize.query string vs replacements",
    `import { Sequelize, QueryTypes } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL!);

export const resolvers = {
  Query: {
    books: async (_parent: unknown, args: { author: string }) => {
@@      return sequelize.query(\`SELECT * FROM books WHERE author = '\${args.author}'\`, { type: QueryTypes.SELECT });
    },
    booksSafe: async (_parent: unknown, { author }: { author: string }) => {
@ok      return sequelize.query('SELECT * FROM books WHERE author = :author', {
        replacements: { author },
        type: QueryTypes.SELECT,
      });
    },
  },
  Mutation: {
    deleteBook: async (_: unknown, { id }: { id: string }) => {
@@      await sequelize.query('DELETE FROM books WHERE id = ' + id);
      return true;
    },
  },
};
`,
  ),
  ...ts(
    "CWE-943",
    "GraphQL resolver: args.filter (JSON scalar) straight into mongoose find vs picked string fields",
    `import { Product } from './models';

export const resolvers = {
  Query: {
    products: async (_: unknown, args: { filter: Record<string, unknown> }) => {
@@      return Product.find(args.filter);
    },
    productsByName: async (_: unknown, args: { name: string }) => {
@ok      return Product.find({ name: String(args.name) });
    },
    productWhere: async (_: unknown, args: { where: string }) => {
@@      return Product.find({ $where: 'this.name == "' + args.where + '"' });
    },
  },
};
`,
  ),
  ...ts(
    "CWE-918",
    "GraphQL resolver: args.url fetched (link preview) vs an allow-listed host",
    `import axios from 'axios';

const HOSTS = ['youtube.com', 'www.youtube.com'];

export const resolvers = {
  Query: {
    preview: async (_: unknown, args: { url: string }) => {
@@      const { data } = await axios.get(args.url);
      return String(data).slice(0, 200);
    },
    videoPreview: async (_: unknown, args: { url: string }) => {
      const u = new URL(args.url);
      if (!HOSTS.includes(u.hostname)) throw new Error('unsupported');
@ok      const { data } = await axios.get(u.toString());
      return String(data).slice(0, 200);
    },
  },
};
`,
  ),
  // --- Socket.IO ---
  ...js(
    "CWE-94",
    "Socket.IO: event payload into eval / new Function vs JSON.parse",
    `const { Server } = require('socket.io');
const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('calc', (expr) => {
@@    socket.emit('result', eval(expr));
  });
  socket.on('filter', (data) => {
@@    const fn = new Function('item', 'return ' + data.predicate);
    socket.emit('filtered', [1, 2, 3].filter(fn));
  });
  socket.on('state', (payload) => {
@ok    socket.emit('state', JSON.parse(payload));
  });
});
`,
  ),
  ...js(
    "CWE-89",
    "Socket.IO: event data into a sqlite3 db.all string vs ? parameters",
    `const { Server } = require('socket.io');
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database('chat.db');
const io = new Server(3001);

io.on('connection', (socket) => {
  socket.on('history', (room, cb) => {
@@    db.all("SELECT * FROM messages WHERE room = '" + room + "'", (err, rows) => cb(rows));
  });
  socket.on('history-safe', (room, cb) => {
@ok    db.all('SELECT * FROM messages WHERE room = ?', [room], (err, rows) => cb(rows));
  });
});
`,
  ),
  ...js(
    "CWE-22",
    "Socket.IO: event file name into fs.readFile vs a basename under a root",
    `const { Server } = require('socket.io');
const fs = require('fs');
const path = require('path');
const io = new Server(3002);
const DIR = path.join(__dirname, 'shared');

io.on('connection', (socket) => {
  socket.on('open', (name) => {
@@    fs.readFile(DIR + '/' + name, 'utf8', (err, text) => socket.emit('file', text));
  });
  socket.on('open-safe', (name) => {
@ok    fs.readFile(path.join(DIR, path.basename(String(name))), 'utf8', (err, text) => socket.emit('file', text));
  });
});
`,
  ),
  // --- ORMs: drizzle, kysely, Prisma ---
  ...ts(
    "CWE-89",
    "drizzle: sql.raw of a request value vs the sql tagged template and eq()",
    `import { Hono } from 'hono';
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql, eq } from 'drizzle-orm';
import { users } from './schema';

const db = drizzle(process.env.DATABASE_URL!);
const app = new Hono();

app.get('/users', async (c) => {
  const sort = c.req.query('sort') ?? 'id';
  const name = c.req.query('name') ?? '';
@@  const a = await db.execute(sql.raw(\`SELECT * FROM users ORDER BY \${sort}\`));
@@  const b = await db.select().from(users).where(sql.raw(\`name = '\${name}'\`));
@ok  const c1 = await db.execute(sql\`SELECT * FROM users WHERE name = \${name}\`);
@ok  const d = await db.select().from(users).where(eq(users.name, name));
  return c.json({ a, b, c1, d });
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "kysely: sql.raw and sql.lit of input vs sql tagged values and sql.ref of an allow-listed column",
    `import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import express from 'express';

const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) });
const app = express();
const SORTABLE = ['created_at', 'title'] as const;

app.get('/posts', async (req, res) => {
  const q = String(req.query.q ?? '');
  const col = String(req.query.sort ?? 'created_at');
@@  const a = await sql\`SELECT * FROM posts WHERE title = \${sql.raw("'" + q + "'")}\`.execute(db);
@@  const b = await db.selectFrom('posts').selectAll().where(sql.raw(\`title LIKE '%\${q}%'\`)).execute();
@ok  const c = await sql\`SELECT * FROM posts WHERE title = \${q}\`.execute(db);
  const sortCol = (SORTABLE as readonly string[]).includes(col) ? col : 'created_at';
@ok  const d = await db.selectFrom('posts').selectAll().orderBy(sql.ref(sortCol)).execute();
  res.json({ a: a.rows, b, c: c.rows, d });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "Prisma in an Express handler: $queryRawUnsafe with concatenated ORDER BY vs Prisma.sql / Prisma.join",
    `import express from 'express';
import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();

app.get('/reports', async (req, res) => {
  const order = req.query.order as string;
  const ids = String(req.query.ids ?? '').split(',').map(Number);
@@  const rows = await prisma.$queryRawUnsafe('SELECT * FROM "Report" ORDER BY ' + order);
@@  const raw = await prisma.$queryRaw(Prisma.raw(\`SELECT * FROM "Report" WHERE owner = '\${req.query.owner}'\`));
@ok  const some = await prisma.$queryRaw(Prisma.sql\`SELECT * FROM "Report" WHERE id IN (\${Prisma.join(ids)})\`);
@ok  const mine = await prisma.report.findMany({ where: { owner: String(req.query.owner) } });
  res.json({ rows, raw, some, mine });
});

app.listen(3000);
`,
  ),
  // --- Crypto, secrets, cookies and JWT in these frameworks ---
  ...ts(
    "CWE-327",
    "NestJS service: createCipheriv aes-256-ecb and DES vs aes-256-gcm with a random IV",
    `import { Injectable } from '@nestjs/common';
import { createCipheriv, randomBytes } from 'node:crypto';

@Injectable()
export class CryptoService {
  private readonly key = Buffer.from(process.env.DATA_KEY!, 'hex');

  encryptLegacy(plain: string) {
@@    const cipher = createCipheriv('aes-256-ecb', this.key, null);
    return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
  }

  encryptOld(plain: string, key8: Buffer, iv8: Buffer) {
@@    const cipher = createCipheriv('des-cbc', key8, iv8);
    return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  }

  encrypt(plain: string) {
    const iv = randomBytes(12);
@ok    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return { iv, data, tag: cipher.getAuthTag() };
  }
}
`,
  ),
  ...ts(
    "CWE-328",
    "Next.js route: password hashed with md5 / sha1 before storing vs bcrypt and sha256 of a file for an ETag",
    `import { NextRequest, NextResponse } from 'next/server';
import { createHash } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { db } from '@/lib/db';

export async function POST(req: NextRequest) {
  const { email, password } = await req.json();
@@  const digest = createHash('md5').update(password).digest('hex');
  await db.user.create({ data: { email, passwordHash: digest } });
  return NextResponse.json({ ok: true });
}

export async function PUT(req: NextRequest) {
  const { email, password } = await req.json();
@@  const passwordHash = createHash('sha1').update(password).digest('hex');
  await db.user.update({ where: { email }, data: { passwordHash } });
@ok  const strong = await bcrypt.hash(password, 12);
  await db.user.update({ where: { email }, data: { passwordHash: strong } });
  return NextResponse.json({ ok: true });
}

export async function GET() {
  const body = JSON.stringify(await db.post.findMany());
@ok  const etag = createHash('sha256').update(body).digest('base64url');
  return new NextResponse(body, { headers: { ETag: etag } });
}
`,
  ),
  ...ts(
    "CWE-330",
    "Hono: Math.random reset token and session id vs crypto.randomUUID / getRandomValues",
    `import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';

const app = new Hono();

app.post('/reset', async (c) => {
@@  const resetToken = Math.random().toString(36).slice(2);
  return c.json({ sent: true, debug: resetToken.length });
});

app.post('/login', (c) => {
@@  const sessionId = Date.now().toString(36) + Math.random().toString(36).substring(2, 10);
  setCookie(c, 'sid', sessionId, { httpOnly: true, secure: true });
  return c.text('ok');
});

app.post('/login2', (c) => {
@ok  const sessionId = crypto.randomUUID();
  setCookie(c, 'sid', sessionId, { httpOnly: true, secure: true, sameSite: 'Lax' });
  return c.text('ok');
});

app.get('/jitter', (c) => {
@ok  const delay = Math.floor(Math.random() * 250);
  return c.json({ delay });
});

export default app;
`,
  ),
  ...ts(
    "CWE-614",
    "Hono setCookie / Koa ctx.cookies.set of a session without secure and httpOnly vs hardened options",
    `import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';

const app = new Hono();

app.post('/session', (c) => {
  const token = crypto.randomUUID();
@@  setCookie(c, 'session', token, { httpOnly: false, secure: false });
@ok  setCookie(c, 'session2', token, { httpOnly: true, secure: true, sameSite: 'Strict' });
  return c.text('ok');
});
`,
  ),
  // Split from the case above on reflection: Koa's cookies default `secure` to the connection's (true over HTTPS),
  // so a session cookie set with `httpOnly: false` alone is readable by page scripts (CWE-1004), not CWE-614.
  ...ts(
    "CWE-1004",
    "Hono setCookie / Koa ctx.cookies.set of a session without secure and httpOnly vs hardened options (Koa part)",
    `import Koa from 'koa';

const koa = new Koa();
koa.use(async (ctx) => {
  const token = crypto.randomUUID();
@@  ctx.cookies.set('auth', token, { httpOnly: false });
@ok  ctx.cookies.set('auth2', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  ctx.body = 'ok';
});
`,
  ),
  ...ts(
    "CWE-347",
    "JWT in Hono/Elysia middleware: jwt.decode trusted and algorithms 'none' vs jwt.verify with a pinned algorithm",
    `import { Hono } from 'hono';
import jwt from 'jsonwebtoken';

const app = new Hono();
const SECRET = process.env.JWT_SECRET!;

app.use('/api/*', async (c, next) => {
  const token = c.req.header('authorization')?.replace('Bearer ', '') ?? '';
@@  const claims = jwt.decode(token) as { sub: string; role: string };
  c.set('user', claims);
  await next();
});

app.use('/admin/*', async (c, next) => {
  const token = c.req.header('authorization')?.slice(7) ?? '';
@@  const claims = jwt.verify(token, SECRET, { algorithms: ['none', 'HS256'] });
  c.set('user', claims);
  await next();
});

app.use('/v2/*', async (c, next) => {
  const token = c.req.header('authorization')?.slice(7) ?? '';
@ok  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'] });
  c.set('user', claims);
  await next();
});

export default app;
`,
  ),
  ...ts(
    "CWE-798",
    "hono/jwt and jose with literal secrets vs env bindings",
    `import { Hono } from 'hono';
import { jwt, sign } from 'hono/jwt';
import { SignJWT } from 'jose';

type Env = { Bindings: { JWT_SECRET: string } };
const app = new Hono<Env>();

@@app.use('/api/*', jwt({ secret: 'my-super-secret-hono-key' }));
@ok app.use('/v2/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.post('/token', async (c) => {
@@  const token = await sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }, 'hardcoded-signing-secret-42');
  return c.json({ token });
});

app.post('/token2', async (c) => {
  const key = new TextEncoder().encode('jose-static-secret-value-0123456789');
@@  const token = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).sign(key);
  return c.json({ token });
});

app.post('/token3', async (c) => {
@ok  const token = await sign({ sub: 'u1' }, c.env.JWT_SECRET);
  return c.json({ token });
});

export default app;
`,
  ),
  ...ts(
    "CWE-798",
    "Prisma / drizzle / Deno connection strings with embedded passwords vs env",
    `import { PrismaClient } from '@prisma/client';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

export const prisma = new PrismaClient({
@@  datasources: { db: { url: 'postgresql://admin:S3cr3tPassw0rd!@db.internal:5432/app' } },
});

@@const client = postgres('postgres://app:hunter2hunter2@10.0.0.5:5432/prod');
export const db = drizzle(client);

@ok export const db2 = drizzle(postgres(process.env.DATABASE_URL!));
@ok export const db3 = drizzle(postgres(Deno.env.get('DATABASE_URL')!));
`,
  ),
  ...js(
    "CWE-1004",
    "Express-session / Fastify cookie in a Remix-like server: session cookie with httpOnly false vs defaults",
    `const express = require('express');
const session = require('express-session');
const { createRequestHandler } = require('@remix-run/express');

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
@@    cookie: { httpOnly: false, secure: true },
    resave: false,
    saveUninitialized: false,
  }),
);
app.use(
  '/v2',
  session({
    secret: process.env.SESSION_SECRET,
@ok    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
    resave: false,
    saveUninitialized: false,
  }),
);
app.all('*', createRequestHandler({ build: require('./build') }));
app.listen(3000);
`,
  ),
  // --- Code injection ---
  ...ts(
    "CWE-94",
    "Next.js Server Action and Hono: formula from FormData / query into eval, vm.runInNewContext vs a number parse",
    `'use server';
import vm from 'node:vm';

export async function evaluate(formData: FormData) {
  const formula = String(formData.get('formula'));
@@  return eval(formula);
}

export async function evaluateVm(formData: FormData) {
  const formula = String(formData.get('formula'));
@@  return vm.runInNewContext(formula, { Math });
}

export async function evaluateSafe(formData: FormData) {
  const n = Number(formData.get('amount'));
@ok  return Number.isFinite(n) ? n * 1.2 : 0;
}
`,
  ),
  ...ts(
    "CWE-94",
    "Koa / Elysia: template compiled from the request (lodash template, setTimeout string) vs a fixed template with data",
    `import Koa from 'koa';
import _ from 'lodash';

const app = new Koa();
const fixed = _.template('Hello <%- name %>');

app.use(async (ctx) => {
  if (ctx.path === '/tpl') {
@@    ctx.body = _.template(String(ctx.query.tpl))({ user: 'x' });
    return;
  }
  if (ctx.path === '/later') {
@@    setTimeout('console.log(' + ctx.query.msg + ')', 10);
  }
@ok  ctx.body = fixed({ name: ctx.query.name });
});

app.listen(3000);
`,
  ),
  // --- NoSQL ---
  ...ts(
    "CWE-943",
    "Next.js route / Koa: request JSON object into mongoose findOne (operator injection) vs String() casts",
    `import { NextRequest, NextResponse } from 'next/server';
import { User } from '@/models/user';

export async function POST(req: NextRequest) {
  const body = await req.json();
@@  const user = await User.findOne({ email: body.email, password: body.password });
  return NextResponse.json({ ok: Boolean(user) });
}

export async function PUT(req: NextRequest) {
  const body = await req.json();
@ok  const user = await User.findOne({ email: String(body.email) });
  return NextResponse.json({ ok: Boolean(user) });
}

export async function DELETE(req: NextRequest) {
  const where = await req.json();
@@  await User.deleteMany(where);
  return NextResponse.json({ ok: true });
}
`,
  ),
  // --- Header / response splitting and misc ---
  ...ts(
    "CWE-113",
    "Next.js / Hono: a response header from a query value vs a value from a fixed set",
    `import { NextRequest, NextResponse } from 'next/server';
import { Hono } from 'hono';

export async function GET(req: NextRequest) {
  const filename = req.nextUrl.searchParams.get('filename') ?? 'report.csv';
  const res = new NextResponse('a,b\\n1,2');
@@  res.headers.set('Content-Disposition', 'attachment; filename="' + filename + '"');
  return res;
}

const app = new Hono();
const ORIGINS = ['https://app.example.com', 'https://admin.example.com'];
app.get('/x', (c) => {
@@  c.header('X-Request-Source', c.req.query('src') ?? '');
  const origin = c.req.header('origin') ?? '';
@ok  c.header('Access-Control-Allow-Origin', ORIGINS.includes(origin) ? origin : ORIGINS[0]);
  return c.text('ok');
});
`,
  ),
  ...ts(
    "CWE-942",
    "Hono cors / NestJS enableCors: reflect any origin with credentials vs a fixed allow-list",
    `import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

const app = new Hono();
@@app.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));
@ok app.use('/public/*', cors({ origin: ['https://app.example.com'], credentials: true }));

async function bootstrap() {
  const nest = await NestFactory.create(AppModule);
@@  nest.enableCors({ origin: true, credentials: true });
  await nest.listen(3000);
}

async function bootstrapSafe() {
  const nest = await NestFactory.create(AppModule);
@ok  nest.enableCors({ origin: ['https://app.example.com'], credentials: true });
  await nest.listen(3000);
}
bootstrap();
bootstrapSafe();
`,
  ),
  ...ts(
    "CWE-1333",
    "Hono / Express: a RegExp built from a query value vs an escaped one",
    `import { Hono } from 'hono';

const app = new Hono();
const NAMES = ['alice', 'bob', 'carol'];
const escapeRe = (s: string) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

app.get('/filter', (c) => {
  const pattern = c.req.query('p') ?? '';
@@  const re = new RegExp(pattern);
  return c.json(NAMES.filter((n) => re.test(n)));
});

app.get('/filter-safe', (c) => {
  const pattern = c.req.query('p') ?? '';
@ok  const re = new RegExp(escapeRe(pattern), 'i');
  return c.json(NAMES.filter((n) => re.test(n)));
});

export default app;
`,
  ),
  ...ts(
    "CWE-1321",
    "Koa: deep merge of a request body into a settings object and a two-level write under client-chosen keys (section '__proto__' writes Object.prototype) vs a fixed field",
    `import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import _ from 'lodash';

const settings: Record<string, unknown> = { theme: 'light' };
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path === '/settings') {
@@    _.merge(settings, ctx.request.body);
  } else if (ctx.path === '/set') {
    const { section, key, value } = ctx.request.body as { section: string; key: string; value: unknown };
@@    (settings as any)[section][key] = value;
  } else {
    const { theme } = ctx.request.body as { theme?: string };
@ok    settings.theme = theme === 'dark' ? 'dark' : 'light';
  }
  ctx.body = settings;
});
`,
  ),
  ...ts(
    "CWE-502",
    "Hono / Lambda: node-serialize unserialize of a cookie vs JSON.parse",
    `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import serialize from 'node-serialize';

const app = new Hono();

app.get('/prefs', (c) => {
  const raw = Buffer.from(getCookie(c, 'prefs') ?? '', 'base64').toString();
@@  const prefs = serialize.unserialize(raw);
  return c.json(prefs);
});

app.get('/prefs2', (c) => {
  const raw = Buffer.from(getCookie(c, 'prefs') ?? 'e30=', 'base64').toString();
@ok  const prefs = JSON.parse(raw);
  return c.json(prefs);
});

export default app;
`,
  ),
  ...ts(
    "CWE-611",
    "Next.js route: libxmljs parseXml with noent on an uploaded body vs the default options",
    `import { NextRequest, NextResponse } from 'next/server';
import libxmljs from 'libxmljs';

export async function POST(req: NextRequest) {
  const xml = await req.text();
@@  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true });
  return NextResponse.json({ root: doc.root()?.name() });
}

export async function PUT(req: NextRequest) {
  const xml = await req.text();
@ok  const doc = libxmljs.parseXml(xml);
  return NextResponse.json({ root: doc.root()?.name() });
}
`,
  ),
  // --- Part 2 (notes with "p2", written after part 1's fixes, new shapes): Remix session storage, Next.js
  // middleware rewrites, Socket.IO handshake data, Bun request bodies, Deno KV keys and file writes, Hono headers,
  // GraphQL context, Workers HTMLRewriter-free HTML.
  ...ts(
    "CWE-798",
    "p2: Remix createCookieSessionStorage with a literal secret vs process.env",
    `import { createCookieSessionStorage } from '@remix-run/node';

export const storage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    secure: true,
@@    secrets: ['r3mix-s3ssion-secret-2024'],
  },
});

export const storage2 = createCookieSessionStorage({
  cookie: {
    name: '__session2',
    httpOnly: true,
    secure: true,
@ok    secrets: [process.env.SESSION_SECRET!],
  },
});
`,
  ),
  ...ts(
    "CWE-918",
    "p2: Next.js middleware rewriting to a URL from the query vs a path on the app's own origin",
    `import { NextRequest, NextResponse } from 'next/server';

export function middleware(req: NextRequest) {
  const upstream = req.nextUrl.searchParams.get('upstream');
  if (upstream) {
@@    return NextResponse.rewrite(new URL(upstream));
  }
  const url = req.nextUrl.clone();
  url.pathname = '/maintenance';
@ok  return NextResponse.rewrite(url);
}
`,
  ),
  ...js(
    "CWE-78",
    "p2: Socket.IO handshake query into exec vs execFile",
    `const { Server } = require('socket.io');
const { exec, execFile } = require('child_process');
const io = new Server(3003);

io.on('connection', (socket) => {
  const room = socket.handshake.query.room;
@@  exec('mkdir -p /var/rooms/' + room);
@ok  execFile('mkdir', ['-p', '/var/rooms/' + String(room)]);
});
`,
  ),
  ...ts(
    "CWE-943",
    "p2: Bun.serve JSON body into a Mongo filter vs String casts",
    `import { MongoClient } from 'mongodb';

const users = new MongoClient(Bun.env.MONGO_URL!).db('app').collection('users');

Bun.serve({
  async fetch(req) {
    const { email, token } = await req.json();
    if (new URL(req.url).pathname === '/a') {
@@      return Response.json(await users.findOne({ email, resetToken: token }));
    }
@ok    return Response.json(await users.findOne({ email: String(email), resetToken: String(token) }));
  },
});
`,
  ),
  ...ts(
    "CWE-22",
    "p2: Deno.writeTextFile of an uploaded name vs a UUID name",
    `Deno.serve(async (req) => {
  const form = await req.formData();
  const file = form.get('file') as File;
  const name = String(form.get('name'));
  if (new URL(req.url).pathname === '/a') {
@@    await Deno.writeTextFile('./uploads/' + name, await file.text());
    return new Response('ok');
  }
@ok  await Deno.writeTextFile(\`./uploads/\${crypto.randomUUID()}.txt\`, await file.text());
  return new Response('ok');
});
`,
  ),
  ...ts(
    "CWE-79",
    "p2: Hono c.req.header() and a cookie echoed in c.html vs c.json",
    `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';

const app = new Hono();

app.get('/whoami', (c) => {
  const ref = c.req.header('referer') ?? '';
@@  return c.html(\`<a href="\${ref}">back</a>\`);
});

app.get('/name', (c) => {
@@  return c.html('<p>' + getCookie(c, 'display') + '</p>');
});

app.get('/api', (c) => {
@ok  return c.json({ ref: c.req.header('referer'), display: getCookie(c, 'display') });
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "p2: GraphQL resolver through a data-source class into a raw knex string vs bindings",
    `import knex from 'knex';

const db = knex({ client: 'pg' });

class Products {
  search(term: string) {
@@    return db.raw(\`SELECT * FROM products WHERE name ILIKE '%\${term}%'\`);
  }
  searchSafe(term: string) {
@ok    return db.raw('SELECT * FROM products WHERE name ILIKE ?', [\`%\${term}%\`]);
  }
}

const products = new Products();

export const resolvers = {
  Query: {
    search: (_: unknown, args: { term: string }) => products.search(args.term),
    searchSafe: (_: unknown, args: { term: string }) => products.searchSafe(args.term),
  },
};
`,
  ),
  ...ts(
    "CWE-601",
    "p2: Hono OAuth callback redirecting to a state-carried URL vs an allow-listed host",
    `import { Hono } from 'hono';

const app = new Hono();
const HOSTS = new Set(['app.example.com']);

app.get('/oauth/callback', (c) => {
  const state = JSON.parse(atob(c.req.query('state') ?? 'e30='));
  if (c.req.query('v') === '1') {
@@    return c.redirect(state.returnTo);
  }
  const to = new URL(state.returnTo, 'https://app.example.com');
  if (!HOSTS.has(to.hostname)) return c.redirect('/');
@ok  return c.redirect(to.toString());
});

export default app;
`,
  ),
];
