// Dev suite "js-ts", batch 102: line-level cases over TypeScript server frameworks and front-end frameworks (own
// code, written blind, before any fix): NestJS controllers (@Query/@Body/@Param/@Headers/@Req sources into
// res.send, TypeORM query() and createQueryBuilder().where(), child_process, fs, res.redirect), Next.js API routes
// and getServerSideProps, Koa, Hapi, Fastify, AWS Lambda handlers, Electron window preferences and
// shell.openExternal, Angular's DomSanitizer bypasses and ElementRef/Renderer2 writes, React
// dangerouslySetInnerHTML / javascript: hrefs / ref.current.innerHTML, Vue v-html and $el.innerHTML, Svelte
// {@html}. Each file holds the lines that must be reported and look-alikes that must not. Part 2 (notes with "p2",
// written blind after part 1's fixes): taint through a Nest service, uploads, Next.js App Router handlers and server
// actions, SSRF, eval/vm in handlers, API Gateway v2 events, S3 keys, Electron executeJavaScript and file protocols,
// Renderer2.setAttribute, an Angular pipe, client-side redirects, Vue script setup, Svelte hrefs, a deep merge.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch102", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch102", cwe, note, src, "typescript");
/** A .tsx file (read as TypeScript, JSX included); the name is recorded for the reader. */
const tsx = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch102", cwe, `${file}: ${note}`, src, "typescript").map((c) => ({ ...c, file }));
/** A component file (.vue, .svelte) read through the markup front end; marks as in fileCases. */
const comp = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch102", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH102: DevCase[] = [
  ...ts(
    "CWE-79",
    "NestJS: @Query() into res.send HTML and a text/html string return vs JSON, escaped and numeric",
    `import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import escapeHtml from 'escape-html';

@Controller('search')
export class SearchController {
  @Get()
  search(@Query('q') q: string, @Res() res: Response) {
@@    res.send(\`<h1>Results for \${q}</h1>\`);
  }

  @Get('banner')
  @Header('Content-Type', 'text/html')
  banner(@Query('title') title: string): string {
@@    return '<div class="banner">' + title + '</div>';
  }

  @Get('safe')
  safe(@Query('q') q: string, @Res() res: Response) {
@ok    res.send(\`<h1>Results for \${escapeHtml(q)}</h1>\`);
  }

  @Get('json')
  json(@Query('q') q: string) {
@ok    return { query: q, results: [] };
  }

  @Get('page')
  page(@Query('page') page: string, @Res() res: Response) {
@ok    res.send(\`<p>Page \${parseInt(page, 10) || 1}</p>\`);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "NestJS: @Body() DTO field and @Param() into res.status().send / res.write vs res.json and a fixed page",
    `import { Body, Controller, Param, Post, Get, Res } from '@nestjs/common';
import type { Response } from 'express';

class CommentDto {
  author!: string;
  text!: string;
}

@Controller('comments')
export class CommentsController {
  @Post('preview')
  preview(@Body() dto: CommentDto, @Res() res: Response) {
@@    res.status(200).send('<article><b>' + dto.author + '</b><p>' + dto.text + '</p></article>');
  }

  @Get(':slug/embed')
  embed(@Param('slug') slug: string, @Res() res: Response) {
    res.setHeader('Content-Type', 'text/html');
@@    res.write(\`<iframe src="/embed/\${slug}"></iframe>\`);
    res.end();
  }

  @Post('save')
  save(@Body() dto: CommentDto, @Res() res: Response) {
@ok    res.status(201).json({ author: dto.author, text: dto.text });
  }

  @Get(':slug/help')
  help(@Param('slug') slug: string, @Res() res: Response) {
@ok    res.send('<p>Embedding help</p>');
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS + TypeORM: repository.query and dataSource.query with interpolated input vs $1 parameters",
    `import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  @Get('by-name')
  byName(@Query('name') name: string) {
@@    return this.users.query(\`SELECT * FROM "user" WHERE name = '\${name}'\`);
  }

  @Get('by-name-safe')
  byNameSafe(@Query('name') name: string) {
@ok    return this.users.query('SELECT * FROM "user" WHERE name = $1', [name]);
  }

  @Get(':id/orders')
  orders(@Param('id') id: string) {
@@    return this.dataSource.query('SELECT * FROM orders WHERE user_id = ' + id);
  }

  @Get(':id/orders-safe')
  ordersSafe(@Param('id') id: string) {
@ok    return this.dataSource.query('SELECT * FROM orders WHERE user_id = $1', [id]);
  }

  @Get('count')
  count() {
@ok    return this.dataSource.query('SELECT count(*) FROM "user"');
  }
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS service: createQueryBuilder().where / andWhere / orderBy with template strings vs named parameters and an allow-listed column",
    `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Product } from './product.entity';

export interface ProductFilter {
  category?: string;
  maxPrice?: string;
  sort?: string;
}

const SORTABLE: Record<string, string> = { price: 'p.price', name: 'p.name' };

@Injectable()
export class ProductsService {
  constructor(@InjectRepository(Product) private readonly repo: Repository<Product>) {}

  findUnsafe(filter: ProductFilter) {
    return this.repo
      .createQueryBuilder('p')
@@      .where(\`p.category = '\${filter.category}'\`)
@@      .andWhere('p.price <= ' + filter.maxPrice)
      .getMany();
  }

  findSafe(filter: ProductFilter) {
    return this.repo
      .createQueryBuilder('p')
@ok      .where('p.category = :category', { category: filter.category })
@ok      .andWhere('p.price <= :maxPrice', { maxPrice: Number(filter.maxPrice) })
@ok      .orderBy(SORTABLE[filter.sort ?? ''] ?? 'p.id', 'ASC')
      .getMany();
  }
}

import { Controller, Get, Query } from '@nestjs/common';

@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  list(@Query() filter: ProductFilter) {
    return this.products.findUnsafe(filter);
  }

  @Get('safe')
  listSafe(@Query() filter: ProductFilter) {
    return this.products.findSafe(filter);
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS: @Body() host into exec and @Param() branch into execSync vs execFile with an argument array",
    `import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { exec, execFile, execSync } from 'child_process';
import { promisify } from 'util';

const execFileAsync = promisify(execFile);

class PingDto {
  host!: string;
}

@Controller('tools')
export class ToolsController {
  @Post('ping')
  ping(@Body() dto: PingDto) {
    return new Promise((resolve) => {
@@      exec(\`ping -c 1 \${dto.host}\`, (err, stdout) => resolve({ ok: !err, stdout }));
    });
  }

  @Post('ping-safe')
  async pingSafe(@Body() dto: PingDto) {
@ok    const { stdout } = await execFileAsync('ping', ['-c', '1', dto.host]);
    return { stdout };
  }

  @Get('log/:branch')
  log(@Param('branch') branch: string) {
@@    return execSync('git log --oneline -n 20 ' + branch, { cwd: '/srv/repo' }).toString();
  }

  @Get('status')
  status() {
@ok    return execSync('git status --short', { cwd: '/srv/repo' }).toString();
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS: @Headers() value into spawn with shell: true and @Query() into exec through a helper vs spawn without a shell",
    `import { Controller, Get, Headers, Query } from '@nestjs/common';
import { exec, spawn } from 'child_process';

function run(cmd: string): Promise<string> {
  return new Promise((resolve, reject) => {
@@    exec(cmd, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

@Controller('convert')
export class ConvertController {
  @Get('thumb')
  thumb(@Query('file') file: string) {
    return run('convert /data/in/' + file + ' -resize 128x128 /data/thumbs/out.png');
  }

  @Get('lang')
  lang(@Headers('x-locale') locale: string) {
@@    const child = spawn(\`locale-gen \${locale}\`, { shell: true });
    return new Promise((r) => child.on('close', r));
  }

  @Get('lang-safe')
  langSafe(@Headers('x-locale') locale: string) {
@ok    const child = spawn('locale-gen', [locale]);
    return new Promise((r) => child.on('close', r));
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS: @Param() file name into res.sendFile(join()) and readFile vs basename and a resolved-root check",
    `import { Controller, ForbiddenException, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'fs';
import { readFile } from 'fs/promises';
import { basename, join, resolve, sep } from 'path';

const UPLOADS = '/var/app/uploads';

@Controller('files')
export class FilesController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
@@    res.sendFile(join(UPLOADS, name));
  }

  @Get(':name/text')
  async text(@Param('name') name: string) {
@@    return readFile(join(UPLOADS, name), 'utf8');
  }

  @Get(':name/stream')
  stream(@Param('name') name: string): StreamableFile {
@@    return new StreamableFile(createReadStream(\`\${UPLOADS}/\${name}\`));
  }

  @Get(':name/safe')
  safe(@Param('name') name: string, @Res() res: Response) {
@ok    res.sendFile(join(UPLOADS, basename(name)));
  }

  @Get(':name/checked')
  async checked(@Param('name') name: string) {
    const full = resolve(UPLOADS, name);
    if (!full.startsWith(UPLOADS + sep)) throw new ForbiddenException();
@ok    return readFile(full, 'utf8');
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "NestJS: @Query() next and the Referer header into res.redirect vs a relative-path check and a fixed target",
    `import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('auth')
export class AuthController {
  @Get('callback')
  callback(@Query('next') next: string, @Res() res: Response) {
@@    res.redirect(next || '/');
  }

  @Get('back')
  back(@Headers('referer') referer: string, @Res() res: Response) {
@@    res.redirect(302, referer);
  }

  @Get('callback-safe')
  callbackSafe(@Query('next') next: string, @Res() res: Response) {
    const target = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/';
@ok    res.redirect(target);
  }

  @Get('logout')
  logout(@Res() res: Response) {
@ok    res.redirect('/login');
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "NestJS: @Redirect() handler returning { url } from the query vs a map of known destinations",
    `import { Controller, Get, Query, Redirect } from '@nestjs/common';

const DOCS: Record<string, string> = {
  v1: 'https://docs.example.com/v1/',
  v2: 'https://docs.example.com/v2/',
};

@Controller('go')
export class GoController {
  @Get()
  @Redirect('/', 302)
  go(@Query('to') to: string) {
@@    return { url: to };
  }

  @Get('docs')
  @Redirect('https://docs.example.com/', 302)
  docs(@Query('version') version: string) {
@ok    return { url: DOCS[version] ?? 'https://docs.example.com/' };
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS @Req(): req.query and req.body fields into execSync / exec vs a numeric conversion",
    `import { Controller, Get, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { exec, execSync } from 'child_process';

@Controller('admin')
export class AdminController {
  @Get('du')
  du(@Req() req: Request) {
    const dir = req.query.dir as string;
@@    return execSync(\`du -sh \${dir}\`).toString();
  }

  @Post('backup')
  backup(@Req() req: Request) {
@@    exec('pg_dump ' + req.body.database + ' > /backups/latest.sql');
    return { started: true };
  }

  @Get('tail')
  tail(@Req() req: Request) {
    const lines = Number.parseInt(String(req.query.lines), 10) || 50;
@ok    return execSync(\`tail -n \${lines} /var/log/app.log\`).toString();
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "NestJS @Req(): req.params and req.headers into res.send HTML vs res.type('text/plain') and res.json",
    `import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

@Controller('greet')
export class GreetController {
  @Get(':name')
  greet(@Req() req: Request, @Res() res: Response) {
@@    res.send('<h2>Welcome back, ' + req.params.name + '</h2>');
  }

  @Get('agent/info')
  agent(@Req() req: Request, @Res() res: Response) {
@@    res.send(\`<pre>\${req.headers['user-agent']}</pre>\`);
  }

  @Get('agent/plain')
  agentPlain(@Req() req: Request, @Res() res: Response) {
@ok    res.type('text/plain').send(String(req.headers['user-agent']));
  }

  @Get('agent/json')
  agentJson(@Req() req: Request, @Res() res: Response) {
@ok    res.json({ agent: req.headers['user-agent'] });
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js API route: req.query into an HTML response vs JSON and an escaped value",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import escapeHtml from 'escape-html';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { name, format } = req.query;
  if (format === 'json') {
@ok    res.status(200).json({ hello: name });
    return;
  }
  if (format === 'safe') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
@ok    res.status(200).send(\`<p>Hello \${escapeHtml(String(name))}</p>\`);
    return;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@@  res.status(200).send(\`<p>Hello \${name}</p>\`);
}
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js API routes: Prisma $queryRawUnsafe and pg pool.query with req.query vs tagged $queryRaw and placeholders",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';

const prisma = new PrismaClient();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const email = String(req.query.email ?? '');
  const team = req.query.team as string;

@@  const a = await prisma.$queryRawUnsafe(\`SELECT id, email FROM "User" WHERE email = '\${email}'\`);
@ok  const b = await prisma.$queryRaw\`SELECT id, email FROM "User" WHERE email = \${email}\`;
@ok  const c = await prisma.$queryRawUnsafe('SELECT id, email FROM "User" WHERE email = $1', email);
@@  const d = await pool.query("SELECT * FROM members WHERE team = '" + team + "'");
@ok  const e = await pool.query('SELECT * FROM members WHERE team = $1', [team]);
  res.json({ a, b, c, d: d.rows, e: e.rows });
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js: API route res.redirect of req.query.returnTo and getServerSideProps redirect destination from context.query vs fixed and checked targets",
    `import type { GetServerSideProps, NextApiRequest, NextApiResponse } from 'next';

export default function login(req: NextApiRequest, res: NextApiResponse) {
  const returnTo = req.query.returnTo as string;
  if (req.query.mode === 'strict') {
    const safe = returnTo?.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\\\') ? returnTo : '/';
@ok    res.redirect(307, safe);
    return;
  }
@@  res.redirect(307, returnTo);
}

export const getServerSideProps: GetServerSideProps = async (context) => {
  const next = context.query.next as string | undefined;
  if (!context.req.cookies.session) {
@ok    return { redirect: { destination: '/login', permanent: false } };
  }
  if (next) {
@@    return { redirect: { destination: next, permanent: false } };
  }
  return { props: {} };
};
`,
  ),
  ...tsx(
    "pages/profile.tsx",
    "CWE-79",
    "Next.js page: getServerSideProps passes context.query into a prop rendered with dangerouslySetInnerHTML vs text and DOMPurify",
    `import type { GetServerSideProps } from 'next';
import DOMPurify from 'isomorphic-dompurify';

type Props = { bio: string; motto: string };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const bio = (context.query.bio as string) ?? '';
  const motto = (context.query.motto as string) ?? '';
  return { props: { bio, motto } };
};

export default function Profile({ bio, motto }: Props) {
  return (
    <main>
@@      <section dangerouslySetInnerHTML={{ __html: bio }} />
@ok      <section dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(motto) }} />
@ok      <p>{bio}</p>
    </main>
  );
}
`,
  ),
  ...ts(
    "CWE-78",
    "Next.js API route: req.query and req.body into exec / execSync vs execFile",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { exec, execFile, execSync } from 'child_process';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const { url } = req.body;
@@    exec(\`curl -sI \${url}\`, (err, stdout) => res.status(err ? 500 : 200).send(stdout));
    return;
  }
  if (req.query.raw) {
@@    const out = execSync('whois ' + req.query.domain);
    res.send(out.toString());
    return;
  }
@ok  execFile('whois', [String(req.query.domain)], (err, stdout) => res.send(stdout));
}
`,
  ),
  ...js(
    "CWE-79",
    "Koa: ctx.body HTML from ctx.query / ctx.request.body / ctx.params vs an object body, escaping and ctx.type text",
    `const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const escapeHtml = require('escape-html');

const app = new Koa();
const router = new Router();

router.get('/hello', (ctx) => {
@@  ctx.body = \`<h1>Hello \${ctx.query.name}</h1>\`;
});

router.post('/guestbook', (ctx) => {
  const { message } = ctx.request.body;
  ctx.type = 'html';
@@  ctx.body = '<li>' + message + '</li>';
});

router.get('/tags/:tag', (ctx) => {
@@  ctx.body = '<h2>Posts tagged ' + ctx.params.tag + '</h2>';
});

router.get('/hello.json', (ctx) => {
@ok  ctx.body = { hello: ctx.query.name };
});

router.post('/guestbook-safe', (ctx) => {
  ctx.type = 'html';
@ok  ctx.body = '<li>' + escapeHtml(ctx.request.body.message) + '</li>';
});

router.get('/echo', (ctx) => {
  ctx.type = 'text/plain';
@ok  ctx.body = String(ctx.query.text);
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Koa: ctx.redirect from ctx.query.url and ctx.request.body vs a fixed path and an allow-list",
    `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';

const app = new Koa();
const router = new Router();
const ALLOWED = new Set(['/dashboard', '/settings', '/billing']);

router.get('/out', (ctx) => {
@@  ctx.redirect(ctx.query.url as string);
});

router.post('/login', async (ctx) => {
  const { username, returnUrl } = ctx.request.body as { username: string; returnUrl: string };
  ctx.session = { user: username };
@@  ctx.redirect(returnUrl);
});

router.get('/home', (ctx) => {
@ok  ctx.redirect('/dashboard');
});

router.get('/goto', (ctx) => {
  const to = String(ctx.query.to);
@ok  ctx.redirect(ALLOWED.has(to) ? to : '/dashboard');
});

app.use(bodyParser()).use(router.routes());
`,
  ),
  ...js(
    "CWE-89",
    "Koa + knex: knex.raw and whereRaw with ctx.params / ctx.query vs bindings and the query builder",
    `const Router = require('@koa/router');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const router = new Router();

router.get('/invoices/:id', async (ctx) => {
@@  const { rows } = await knex.raw(\`SELECT * FROM invoices WHERE id = \${ctx.params.id}\`);
  ctx.body = rows;
});

router.get('/invoices', async (ctx) => {
@@  ctx.body = await knex('invoices').whereRaw("status = '" + ctx.query.status + "'");
});

router.get('/invoices/:id/safe', async (ctx) => {
@ok  const { rows } = await knex.raw('SELECT * FROM invoices WHERE id = ?', [ctx.params.id]);
  ctx.body = rows;
});

router.get('/invoices-safe', async (ctx) => {
@ok  ctx.body = await knex('invoices').where({ status: ctx.query.status });
});

router.get('/invoices-raw-safe', async (ctx) => {
@ok  ctx.body = await knex('invoices').whereRaw('status = ?', [ctx.query.status]);
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-22",
    "Koa: ctx.params file into fs.createReadStream / readFile vs koa-send with a root and a basename",
    `const path = require('path');
const fs = require('fs');
const send = require('koa-send');
const Router = require('@koa/router');

const router = new Router();
const PUBLIC = path.join(__dirname, 'public');

router.get('/download/:file', (ctx) => {
  ctx.attachment(ctx.params.file);
@@  ctx.body = fs.createReadStream(path.join(PUBLIC, ctx.params.file));
});

router.get('/raw', async (ctx) => {
@@  ctx.body = await fs.promises.readFile(PUBLIC + '/' + ctx.query.path, 'utf8');
});

router.get('/static/:file', async (ctx) => {
@ok  await send(ctx, ctx.params.file, { root: PUBLIC });
});

router.get('/avatar/:file', (ctx) => {
@ok  ctx.body = fs.createReadStream(path.join(PUBLIC, 'avatars', path.basename(ctx.params.file)));
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-78",
    "Koa: ctx.request.body and ctx.query into exec / execSync vs execFile and a fixed command",
    `const Router = require('@koa/router');
const { exec, execSync, execFile } = require('child_process');

const router = new Router();

router.post('/archive', async (ctx) => {
  const { dir } = ctx.request.body;
  await new Promise((resolve, reject) => {
@@    exec(\`tar -czf /tmp/archive.tgz \${dir}\`, (err) => (err ? reject(err) : resolve()));
  });
  ctx.body = { ok: true };
});

router.get('/dns', (ctx) => {
@@  ctx.body = execSync('dig +short ' + ctx.query.host).toString();
});

router.get('/dns-safe', async (ctx) => {
  ctx.body = await new Promise((resolve) => {
@ok    execFile('dig', ['+short', String(ctx.query.host)], (err, out) => resolve(out));
  });
});

router.get('/uptime', (ctx) => {
@ok  ctx.body = execSync('uptime').toString();
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-79",
    "Hapi: h.response HTML and a returned HTML string from request.query / request.params vs JSON and escaping",
    `const Hapi = require('@hapi/hapi');
const Hoek = require('@hapi/hoek');

const init = async () => {
  const server = Hapi.server({ port: 3000 });

  server.route({
    method: 'GET',
    path: '/hello',
    handler: (request, h) => {
@@      return h.response('<p>Hello ' + request.query.name + '</p>').type('text/html');
    },
  });

  server.route({
    method: 'GET',
    path: '/items/{id}',
    handler: (request) => {
@@      return \`<h1>Item \${request.params.id}</h1>\`;
    },
  });

  server.route({
    method: 'GET',
    path: '/hello.json',
    handler: (request, h) => {
@ok      return h.response({ hello: request.query.name }).code(200);
    },
  });

  server.route({
    method: 'GET',
    path: '/hello-safe',
    handler: (request, h) => {
@ok      return h.response('<p>Hello ' + Hoek.escapeHtml(request.query.name) + '</p>').type('text/html');
    },
  });

  await server.start();
};

init();
`,
  ),
  ...ts(
    "CWE-601",
    "Hapi: h.redirect of request.query.next vs a relative path check",
    `import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 4000 });

server.route({
  method: 'GET',
  path: '/sso/done',
  handler: (request, h) => {
    const next = request.query.next as string;
@@    return h.redirect(next);
  },
});

server.route({
  method: 'GET',
  path: '/sso/done-safe',
  handler: (request, h) => {
    const next = String(request.query.next ?? '/');
    const target = /^\\/(?![\\/\\\\])/.test(next) ? next : '/';
@ok    return h.redirect(target);
  },
});

server.route({
  method: 'GET',
  path: '/old-home',
  handler: (_request, h) => {
@ok    return h.redirect('/home').permanent();
  },
});
`,
  ),
  ...js(
    "CWE-89",
    "Hapi + Sequelize: sequelize.query with request.params / payload vs replacements and bind",
    `const Hapi = require('@hapi/hapi');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/accounts/{id}',
  handler: async (request) => {
@@    return sequelize.query(\`SELECT * FROM accounts WHERE id = \${request.params.id}\`, { type: QueryTypes.SELECT });
  },
});

server.route({
  method: 'POST',
  path: '/accounts/search',
  handler: async (request) => {
    const { owner } = request.payload;
@@    return sequelize.query("SELECT * FROM accounts WHERE owner LIKE '%" + owner + "%'", { type: QueryTypes.SELECT });
  },
});

server.route({
  method: 'GET',
  path: '/accounts/{id}/safe',
  handler: async (request) => {
@ok    return sequelize.query('SELECT * FROM accounts WHERE id = :id', { replacements: { id: request.params.id }, type: QueryTypes.SELECT });
  },
});

server.route({
  method: 'POST',
  path: '/accounts/search-safe',
  handler: async (request) => {
@ok    return sequelize.query('SELECT * FROM accounts WHERE owner LIKE $1', { bind: ['%' + request.payload.owner + '%'], type: QueryTypes.SELECT });
  },
});
`,
  ),
  ...ts(
    "CWE-79",
    "Fastify: reply.type('text/html').send and a header-set return of request.query / request.body vs reply.send of an object and escaping",
    `import Fastify from 'fastify';
import escapeHtml from 'escape-html';

const app = Fastify({ logger: true });

app.get<{ Querystring: { q: string } }>('/search', async (request, reply) => {
@@  reply.type('text/html').send(\`<h1>Search: \${request.query.q}</h1>\`);
});

app.post<{ Body: { name: string } }>('/card', async (request, reply) => {
  reply.header('Content-Type', 'text/html; charset=utf-8');
@@  return '<div class="card">' + request.body.name + '</div>';
});

app.get<{ Querystring: { q: string } }>('/search.json', async (request, reply) => {
@ok  reply.send({ q: request.query.q, hits: [] });
});

app.get<{ Querystring: { q: string } }>('/search-safe', async (request, reply) => {
@ok  reply.type('text/html').send(\`<h1>Search: \${escapeHtml(request.query.q)}</h1>\`);
});

app.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-601",
    "Fastify: reply.redirect of request.query.to vs URL host check",
    `import Fastify from 'fastify';

const app = Fastify();

app.get<{ Querystring: { to: string } }>('/r', async (request, reply) => {
@@  return reply.redirect(request.query.to);
});

app.get<{ Querystring: { to: string } }>('/r-safe', async (request, reply) => {
  const url = new URL(request.query.to, 'https://app.example.com');
  if (url.origin !== 'https://app.example.com') {
@ok    return reply.redirect('/');
  }
@ok  return reply.redirect(url.toString());
});

app.listen({ port: 3001 });
`,
  ),
  ...js(
    "CWE-22",
    "Fastify: request.params into fs.readFile / createReadStream vs @fastify/static sendFile and a basename",
    `const fastify = require('fastify')();
const fs = require('fs');
const path = require('path');

const DATA_DIR = path.join(__dirname, 'data');
fastify.register(require('@fastify/static'), { root: DATA_DIR, serve: false });

fastify.get('/reports/:name', async (request, reply) => {
@@  const content = await fs.promises.readFile(path.join(DATA_DIR, request.params.name), 'utf8');
  return content;
});

fastify.get('/exports/:name', (request, reply) => {
@@  reply.send(fs.createReadStream(DATA_DIR + '/exports/' + request.params.name));
});

fastify.get('/static/:name', (request, reply) => {
@ok  return reply.sendFile(request.params.name);
});

fastify.get('/reports-safe/:name', async (request) => {
@ok  return fs.promises.readFile(path.join(DATA_DIR, path.basename(request.params.name)), 'utf8');
});

fastify.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-79",
    "AWS Lambda: event.queryStringParameters into an HTML body vs a JSON body and escaping",
    `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import escapeHtml from 'escape-html';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.queryStringParameters?.name ?? 'world';
  if (event.queryStringParameters?.format === 'json') {
@ok    return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ hello: name }) };
  }
  if (event.queryStringParameters?.format === 'safe') {
@ok    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: \`<h1>Hello \${escapeHtml(name)}</h1>\` };
  }
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@@    body: \`<h1>Hello \${name}</h1>\`,
  };
};
`,
  ),
  ...js(
    "CWE-78",
    "AWS Lambda (Node): queryStringParameters and the JSON body into execSync / exec vs execFileSync",
    `const { execSync, exec, execFileSync } = require('child_process');

exports.lookup = async (event) => {
  const host = event.queryStringParameters.host;
@@  const out = execSync('nslookup ' + host).toString();
  return { statusCode: 200, body: out };
};

exports.resize = async (event) => {
  const { key, width } = JSON.parse(event.body);
  await new Promise((resolve, reject) =>
@@    exec(\`convert /tmp/\${key} -resize \${width} /tmp/out-\${key}\`, (err) => (err ? reject(err) : resolve())),
  );
  return { statusCode: 204 };
};

exports.lookupSafe = async (event) => {
@ok  const out = execFileSync('nslookup', [event.queryStringParameters.host]).toString();
  return { statusCode: 200, body: out };
};
`,
  ),
  ...ts(
    "CWE-89",
    "AWS Lambda: pathParameters and the parsed body into mysql2 query strings vs execute() with placeholders",
    `import type { APIGatewayProxyEvent } from 'aws-lambda';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DB_URL });

export const getItem = async (event: APIGatewayProxyEvent) => {
  const id = event.pathParameters?.id;
@@  const [rows] = await pool.query(\`SELECT * FROM items WHERE id = \${id}\`);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const search = async (event: APIGatewayProxyEvent) => {
  const body = JSON.parse(event.body ?? '{}');
@@  const [rows] = await pool.query("SELECT * FROM items WHERE title LIKE '%" + body.term + "%'");
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const getItemSafe = async (event: APIGatewayProxyEvent) => {
@ok  const [rows] = await pool.execute('SELECT * FROM items WHERE id = ?', [event.pathParameters?.id]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};
`,
  ),
  ...js(
    "CWE-601",
    "AWS Lambda: a 302 Location header from queryStringParameters vs a fixed Location",
    `exports.handler = async (event) => {
  const params = event.queryStringParameters || {};
  if (params.next) {
    return {
      statusCode: 302,
@@      headers: { Location: params.next },
    };
  }
  return {
    statusCode: 302,
@ok    headers: { Location: '/index.html' },
  };
};
`,
  ),
  ...ts(
    "CWE-693",
    "Electron: BrowserWindow webPreferences with nodeIntegration, contextIsolation off, webSecurity off and insecure content vs hardened settings",
    `import { app, BrowserWindow } from 'electron';
import path from 'path';

function createEditor(): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    webPreferences: {
@@      nodeIntegration: true,
@@      contextIsolation: false,
    },
  });
}

function createPreview(): BrowserWindow {
  return new BrowserWindow({
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
@@      webSecurity: false,
@@      allowRunningInsecureContent: true,
    },
  });
}

function createMain(): BrowserWindow {
  return new BrowserWindow({
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
@ok      nodeIntegration: false,
@ok      contextIsolation: true,
@ok      sandbox: true,
@ok      webSecurity: true,
    },
  });
}

app.whenReady().then(() => {
  createMain();
  createEditor();
  createPreview();
});
`,
  ),
  ...js(
    "CWE-693",
    "Electron: a webPreferences object built apart and a webview tag vs an allowRunningInsecureContent: false default",
    `const { BrowserWindow } = require('electron');

const legacyPrefs = {
@@  nodeIntegration: true,
@ok  enableRemoteModule: false,
@ok  allowRunningInsecureContent: false,
};

function openLegacy(url) {
  const win = new BrowserWindow({ webPreferences: legacyPrefs });
  win.loadURL(url);
  return win;
}

module.exports = { openLegacy };
`,
  ),
  ...ts(
    "CWE-78",
    "Electron: shell.openExternal of renderer-sent and window-open URLs vs a protocol check and an allow-listed origin",
    `import { BrowserWindow, ipcMain, shell } from 'electron';

ipcMain.on('open-link', (_event, url: string) => {
@@  shell.openExternal(url);
});

ipcMain.handle('open-link-safe', async (_event, url: string) => {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
@ok  await shell.openExternal(parsed.toString());
  return true;
});

export function harden(win: BrowserWindow): void {
  win.webContents.setWindowOpenHandler((details) => {
@@    shell.openExternal(details.url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (new URL(url).origin === 'https://help.example.com') {
@ok      shell.openExternal(url);
    }
  });
}

@ok shell.openExternal('https://example.com/docs');
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: DomSanitizer bypassSecurityTrustHtml / Url / ResourceUrl of route parameters vs sanitize() and a fixed embed prefix",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { SecurityContext } from '@angular/core';

@Component({
  selector: 'app-message',
  template: \`
    <div [innerHTML]="message"></div>
    <a [href]="link">continue</a>
    <iframe [src]="frame"></iframe>
    <div [innerHTML]="cleaned"></div>
    <iframe [src]="video"></iframe>
  \`,
})
export class MessageComponent {
  message: SafeHtml;
  link: SafeUrl;
  frame: SafeResourceUrl;
  cleaned: string | null;
  video: SafeResourceUrl;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const params = route.snapshot.queryParamMap;
@@    this.message = sanitizer.bypassSecurityTrustHtml(params.get('msg') ?? '');
@@    this.link = sanitizer.bypassSecurityTrustUrl(params.get('next') ?? '/');
@@    this.frame = sanitizer.bypassSecurityTrustResourceUrl(params.get('src') ?? '');
@ok    this.cleaned = sanitizer.sanitize(SecurityContext.HTML, params.get('msg') ?? '');
@ok    this.video = sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(params.get('v') ?? ''));
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: [innerHTML] binding of an HttpClient comment in an inline template vs bypass of the same comment",
    `import { Component, OnInit } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

interface Comment {
  id: number;
  body: string;
}

@Component({
  selector: 'app-comment',
  template: \`
@ok    <p class="body" [innerHTML]="comment?.body"></p>
    <p class="trusted" [innerHTML]="trusted"></p>
@ok    <span>{{ comment?.body }}</span>
  \`,
})
export class CommentComponent implements OnInit {
  comment?: Comment;
  trusted?: SafeHtml;

  constructor(private http: HttpClient, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.http.get<Comment>('/api/comments/latest').subscribe((c) => {
      this.comment = c;
@@      this.trusted = this.sanitizer.bypassSecurityTrustHtml(c.body);
    });
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: ElementRef.nativeElement.innerHTML and Renderer2.setProperty innerHTML from the route vs textContent",
    `import { AfterViewInit, Component, ElementRef, Renderer2, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-notice',
  template: \`<div #box></div><div #plain></div><div #other></div>\`,
})
export class NoticeComponent implements AfterViewInit {
  @ViewChild('box') box!: ElementRef<HTMLDivElement>;
  @ViewChild('plain') plain!: ElementRef<HTMLDivElement>;
  @ViewChild('other') other!: ElementRef<HTMLDivElement>;

  constructor(private route: ActivatedRoute, private renderer: Renderer2, private host: ElementRef) {}

  ngAfterViewInit(): void {
    const text = this.route.snapshot.queryParams['notice'];
@@    this.box.nativeElement.innerHTML = text;
@ok    this.plain.nativeElement.textContent = text;
@@    this.renderer.setProperty(this.other.nativeElement, 'innerHTML', text);
@ok    this.renderer.setProperty(this.other.nativeElement, 'textContent', text);
    this.route.fragment.subscribe((frag) => {
@@      this.host.nativeElement.querySelector('.anchor').innerHTML = frag;
    });
  }
}
`,
  ),
  ...tsx(
    "components/Bio.tsx",
    "CWE-79",
    "React: dangerouslySetInnerHTML of URL search params and a fetched field vs DOMPurify and plain text",
    `import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';

export function Bio() {
  const [params] = useSearchParams();
  const intro = params.get('intro') ?? '';
  const [about, setAbout] = useState('');

  useEffect(() => {
    fetch('/api/me')
      .then((r) => r.json())
      .then((me: { about: string }) => setAbout(me.about));
  }, []);

  return (
    <div>
@@      <p dangerouslySetInnerHTML={{ __html: intro }} />
@ok      <p dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(intro) }} />
@ok      <p>{intro}</p>
@ok      <p>{about}</p>
    </div>
  );
}
`,
  ),
  ...tsx(
    "components/ReturnLink.tsx",
    "CWE-79",
    "React: href from a query parameter (javascript: URL) vs a fixed path prefix and a protocol check",
    `import { useRouter } from 'next/router';

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export default function ReturnLink() {
  const { query } = useRouter();
  const back = typeof query.back === 'string' ? query.back : '/';
  const site = typeof query.site === 'string' ? query.site : '';
  const user = typeof query.user === 'string' ? query.user : '';
  return (
    <nav>
@@      <a href={back}>Go back</a>
@ok      <a href={\`/users/\${encodeURIComponent(user)}\`}>Profile</a>
@ok      <a href={isHttpUrl(site) ? site : '#'}>Website</a>
    </nav>
  );
}
`,
  ),
  ...tsx(
    "components/Preview.tsx",
    "CWE-79",
    "React: ref.current.innerHTML of location.hash and a prop from the server vs textContent",
    `import { useEffect, useRef } from 'react';

export function Preview() {
  const ref = useRef<HTMLDivElement>(null);
  const plainRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    if (ref.current) {
@@      ref.current.innerHTML = fragment;
    }
    if (plainRef.current) {
@ok      plainRef.current.textContent = fragment;
    }
  }, []);

  return (
    <>
      <div ref={ref} />
      <div ref={plainRef} />
    </>
  );
}
`,
  ),
  ...comp(
    "Notice.vue",
    "CWE-79",
    "Vue SFC: v-html of the route query and of data from it vs mustache text and a sanitised computed",
    `<template>
  <section>
@@    <div class="notice" v-html="$route.query.notice"></div>
@ok    <div class="notice-text">{{ $route.query.notice }}</div>
@@    <div class="detail" v-html="detail"></div>
@ok    <div class="detail" v-html="safeDetail"></div>
  </section>
</template>

<script>
import DOMPurify from 'dompurify';

export default {
  data() {
    return { detail: this.$route.query.detail || '' };
  },
  computed: {
    safeDetail() {
      return DOMPurify.sanitize(this.detail);
    },
  },
};
</script>
`,
  ),
  ...comp(
    "Banner.vue",
    "CWE-79",
    "Vue SFC: this.$el.innerHTML and this.$refs innerHTML from the route in mounted() vs innerText",
    `<template>
  <div>
    <div ref="title"></div>
    <div ref="subtitle"></div>
  </div>
</template>

<script>
export default {
  mounted() {
    const { title, subtitle } = this.$route.query;
@@    this.$refs.title.innerHTML = title;
@ok    this.$refs.subtitle.innerText = subtitle;
    if (this.$route.query.replace) {
@@      this.$el.innerHTML = '<h1>' + this.$route.query.replace + '</h1>';
    }
  },
};
</script>
`,
  ),
  ...comp(
    "Message.svelte",
    "CWE-79",
    "Svelte: {@html} of a URL parameter and of fetched markdown vs text and DOMPurify",
    `<script>
  import { onMount } from 'svelte';
  import { marked } from 'marked';
  import DOMPurify from 'dompurify';

  let msg = new URLSearchParams(window.location.search).get('msg') || '';
  let body = '';

  onMount(async () => {
    const res = await fetch('/api/post?id=' + encodeURIComponent(new URLSearchParams(window.location.search).get('id') || ''));
    body = (await res.json()).markdown;
  });
</script>

@@<p>{@html msg}</p>
@ok<p>{msg}</p>
@@<article>{@html marked(body)}</article>
@ok<article>{@html DOMPurify.sanitize(marked(body))}</article>
`,
  ),
  ...ts(
    "CWE-89",
    "p2 NestJS: @Query() into a service method that builds a TypeORM raw query vs the service's parameterised twin",
    `import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ReportsService {
  constructor(private readonly ds: DataSource) {}

  byRegion(region: string) {
    const sql = \`SELECT region, SUM(total) AS total FROM sales WHERE region = '\${region}' GROUP BY region\`;
@@    return this.ds.query(sql);
  }

  byRegionSafe(region: string) {
@ok    return this.ds.query('SELECT region, SUM(total) AS total FROM sales WHERE region = $1 GROUP BY region', [region]);
  }

  byYear(year: number) {
@ok    return this.ds.query(\`SELECT * FROM sales WHERE year = \${Number(year)}\`);
  }
}

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('region')
  region(@Query('region') region: string) {
    return this.reports.byRegion(region);
  }

  @Get('region-safe')
  regionSafe(@Query('region') region: string) {
    return this.reports.byRegionSafe(region);
  }

  @Get('year')
  year(@Query('year') year: string) {
    return this.reports.byYear(Number(year));
  }
}
`,
  ),
  ...ts(
    "CWE-22",
    "p2 NestJS: @UploadedFile() originalname into writeFile and @Body() path into unlink vs a generated name",
    `import { Body, Controller, Delete, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { randomUUID } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

const STORE = '/srv/store';

@Controller('uploads')
export class UploadsController {
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(@UploadedFile() file: Express.Multer.File) {
@@    await fs.writeFile(path.join(STORE, file.originalname), file.buffer);
    return { name: file.originalname };
  }

  @Post('safe')
  @UseInterceptors(FileInterceptor('file'))
  async uploadSafe(@UploadedFile() file: Express.Multer.File) {
    const name = \`\${randomUUID()}\${path.extname(file.originalname).replace(/[^.\\w]/g, '')}\`;
@ok    await fs.writeFile(path.join(STORE, name), file.buffer);
    return { name };
  }

  @Delete()
  async remove(@Body('path') p: string) {
@@    await fs.unlink(path.resolve(STORE, p));
    return { removed: p };
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "p2 Next.js App Router: route handler returning new Response(html) from nextUrl.searchParams vs NextResponse.json",
    `import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? 'guest';
  if (request.nextUrl.searchParams.has('json')) {
@ok    return NextResponse.json({ name });
  }
@@  return new Response(\`<!doctype html><h1>Hi \${name}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const title = String(form.get('title') ?? '');
@@  return new NextResponse('<h2>' + title + '</h2>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
`,
  ),
  ...ts(
    "CWE-601",
    "p2 Next.js App Router: NextResponse.redirect and redirect() from next/navigation with a search param vs same-origin URLs",
    `import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

export async function GET(request: NextRequest) {
  const dest = request.nextUrl.searchParams.get('dest');
  if (!dest) {
@ok    return NextResponse.redirect(new URL('/home', request.url));
  }
@@  return NextResponse.redirect(dest);
}

export async function continueAction(formData: FormData) {
  'use server';
  const next = String(formData.get('next') ?? '/');
@@  redirect(next);
}

export async function continueSafe(formData: FormData) {
  'use server';
  const section = String(formData.get('section') ?? '');
@ok  redirect(\`/settings/\${encodeURIComponent(section)}\`);
}
`,
  ),
  ...ts(
    "CWE-89",
    "p2 Next.js server action: formData value into postgres sql.unsafe vs the tagged sql template",
    `import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!);

export async function searchNotes(formData: FormData) {
  'use server';
  const term = String(formData.get('term') ?? '');
@@  const rows = await sql.unsafe(\`SELECT * FROM notes WHERE body ILIKE '%\${term}%'\`);
@ok  const rows2 = await sql\`SELECT * FROM notes WHERE body ILIKE \${'%' + term + '%'}\`;
  return [rows, rows2];
}
`,
  ),
  ...js(
    "CWE-79",
    "p2 Koa: ctx.request.query and the decoded ctx.path into ctx.body HTML with ctx.set('Content-Type') vs ctx.body text after ctx.type = 'text/plain'",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path === '/welcome') {
    ctx.set('Content-Type', 'text/html');
@@    ctx.body = '<p>Welcome, ' + ctx.request.query.user + '</p>';
    return;
  }
  if (ctx.path.startsWith('/hello/')) {
@@    ctx.body = \`<p>Hello \${decodeURIComponent(ctx.path.slice('/hello/'.length))}</p>\`;
    return;
  }
  if (ctx.path === '/plain') {
    ctx.type = 'text/plain';
@ok    ctx.body = 'Welcome, ' + ctx.request.query.user;
    return;
  }
  await next();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "p2 Koa and Fastify: a request URL parameter fetched server-side vs a fixed host with the value as a path segment",
    `const Router = require('@koa/router');
const axios = require('axios');
const fastify = require('fastify')();

const router = new Router();

router.get('/preview', async (ctx) => {
@@  const { data } = await axios.get(ctx.query.url);
  ctx.body = { length: data.length };
});

router.get('/repo/:name', async (ctx) => {
@ok  const { data } = await axios.get(\`https://api.github.com/repos/acme/\${encodeURIComponent(ctx.params.name)}\`);
  ctx.body = data;
});

fastify.get('/proxy', async (request) => {
@@  const res = await fetch(request.query.target);
  return res.text();
});

module.exports = { router, fastify };
`,
  ),
  ...js(
    "CWE-94",
    "p2 Hapi and Lambda: request.payload / event body into eval, new Function and vm vs JSON.parse",
    `const vm = require('vm');

const routes = [
  {
    method: 'POST',
    path: '/calc',
    handler: (request) => {
@@      return { result: eval(request.payload.expression) };
    },
  },
  {
    method: 'POST',
    path: '/calc-safe',
    handler: (request) => {
@ok      return { result: JSON.parse(request.payload.numbers).reduce((a, b) => a + b, 0) };
    },
  },
];

exports.transform = async (event) => {
  const { code, input } = JSON.parse(event.body);
@@  const fn = new Function('input', code);
@@  const out = vm.runInNewContext(event.queryStringParameters.expr, { input });
  return { statusCode: 200, body: JSON.stringify({ a: fn(input), b: out }) };
};

module.exports.routes = routes;
`,
  ),
  ...ts(
    "CWE-79",
    "p2 Lambda: API Gateway v2 event (rawQueryString, pathParameters) into an HTML body vs text/plain",
    `import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export const page = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const slug = event.pathParameters?.slug ?? '';
  const params = new URLSearchParams(event.rawQueryString);
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
@@    body: '<h1>' + slug + '</h1><p>' + params.get('ref') + '</p>',
  };
};

export const plain = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/plain' },
@ok    body: 'slug=' + (event.pathParameters?.slug ?? ''),
  };
};
`,
  ),
  ...ts(
    "CWE-22",
    "p2 Lambda: an S3 key from the event used as a local /tmp path vs basename",
    `import type { S3Event } from 'aws-lambda';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { writeFile } from 'fs/promises';
import path from 'path';

const s3 = new S3Client({});

export const onUpload = async (event: S3Event) => {
  for (const record of event.Records) {
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
    const obj = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: key }));
    const bytes = await obj.Body!.transformToByteArray();
@@    await writeFile(\`/tmp/\${key}\`, bytes);
@ok    await writeFile(path.join('/tmp', path.basename(key)), bytes);
  }
};
`,
  ),
  ...ts(
    "CWE-94",
    "p2 Electron: webContents.executeJavaScript of IPC text vs a fixed script and loadFile",
    `import { BrowserWindow, ipcMain } from 'electron';
import path from 'path';

export function wire(win: BrowserWindow): void {
  ipcMain.on('run-snippet', (_e, snippet: string) => {
@@    win.webContents.executeJavaScript(snippet);
  });
  ipcMain.on('highlight', () => {
@ok    win.webContents.executeJavaScript('document.body.classList.add("hl")');
  });
  ipcMain.on('apply-theme', (_e, theme: string) => {
@@    win.webContents.executeJavaScript(\`applyTheme("\${theme}")\`);
  });
  ipcMain.on('home', () => {
@ok    win.loadFile(path.join(__dirname, 'index.html'));
  });
}
`,
  ),
  ...js(
    "CWE-22",
    "p2 Electron: protocol.registerFileProtocol serving request.url paths vs a normalised path inside the app directory",
    `const { protocol, app } = require('electron');
const path = require('path');

const ROOT = path.join(__dirname, 'assets');

app.whenReady().then(() => {
  protocol.registerFileProtocol('app', (request, callback) => {
    const rel = decodeURIComponent(request.url.slice('app://'.length));
@@    callback({ path: path.join(ROOT, rel) });
  });
  protocol.registerFileProtocol('safe', (request, callback) => {
    const rel = decodeURIComponent(new URL(request.url).pathname);
    const full = path.normalize(path.join(ROOT, rel));
    if (!full.startsWith(ROOT + path.sep)) return callback({ error: -6 });
@ok    callback({ path: full });
  });
});
`,
  ),
  ...ts(
    "CWE-79",
    "p2 Angular: Renderer2.setAttribute href and a DOM insertAdjacentHTML from route params vs setAttribute on a fixed attribute",
    `import { Component, ElementRef, OnInit, Renderer2 } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-link', template: '<a #a>open</a><div class="out"></div>' })
export class LinkComponent implements OnInit {
  constructor(private route: ActivatedRoute, private r: Renderer2, private el: ElementRef<HTMLElement>) {}

  ngOnInit(): void {
    this.route.queryParamMap.subscribe((params) => {
      const target = params.get('target') ?? '';
      const anchor = this.el.nativeElement.querySelector('a')!;
@@      this.r.setAttribute(anchor, 'href', target);
@ok      this.r.setAttribute(anchor, 'title', target);
      const out = this.el.nativeElement.querySelector('.out')!;
@@      out.insertAdjacentHTML('beforeend', \`<span>\${params.get('note')}</span>\`);
    });
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "p2 Angular: a pipe that returns bypassSecurityTrustHtml of its input and a fixed-markup bypass",
    `import { Pipe, PipeTransform } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Pipe({ name: 'trusted' })
export class TrustedPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeHtml {
@@    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Pipe({ name: 'icon' })
export class IconPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(name: 'check' | 'cross'): SafeHtml {
    const svg = name === 'check' ? '<svg><path d="M1 5l3 3 6-6"/></svg>' : '<svg><path d="M1 1l8 8M9 1l-8 8"/></svg>';
@ok    return this.sanitizer.bypassSecurityTrustHtml(svg);
  }
}
`,
  ),
  ...tsx(
    "app/Search.tsx",
    "CWE-601",
    "p2 React/Next client: window.location from a search param vs router.push of a relative path",
    `'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

export function AfterLogin() {
  const params = useSearchParams();
  const router = useRouter();
  useEffect(() => {
    const next = params.get('next');
    if (params.get('mode') === 'hard' && next) {
@@      window.location.href = next;
      return;
    }
    if (next) {
@@      window.location.assign(next);
      return;
    }
@ok    router.push('/dashboard');
  }, [params, router]);
  return null;
}
`,
  ),
  ...tsx(
    "components/Markdown.tsx",
    "CWE-79",
    "p2 React: marked output of a prop from the URL into dangerouslySetInnerHTML vs react-markdown and DOMPurify",
    `import { marked } from 'marked';
import ReactMarkdown from 'react-markdown';
import DOMPurify from 'dompurify';

export function Note() {
  const text = new URLSearchParams(window.location.search).get('note') ?? '';
  return (
    <>
@@      <div dangerouslySetInnerHTML={{ __html: marked.parse(text) as string }} />
@ok      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(text) as string) }} />
@ok      <ReactMarkdown>{text}</ReactMarkdown>
    </>
  );
}
`,
  ),
  ...comp(
    "Redirect.vue",
    "CWE-601",
    "p2 Vue: window.location.href from $route.query.redirect vs $router.push of a named route",
    `<template>
  <button @click="go">Continue</button>
</template>

<script>
export default {
  methods: {
    go() {
      const target = this.$route.query.redirect;
      if (target && this.$route.query.external) {
@@        window.location.href = target;
        return;
      }
@ok      this.$router.push({ name: 'home' });
    },
  },
};
</script>
`,
  ),
  ...comp(
    "Comment.vue",
    "CWE-79",
    "p2 Vue 3 script setup: v-html of a ref filled from fetch and of a prop vs text",
    `<script setup>
import { ref, onMounted } from 'vue';
import { useRoute } from 'vue-router';

const route = useRoute();
const props = defineProps({ signature: String });
const preview = ref('');

onMounted(() => {
  preview.value = route.query.preview || '';
});
</script>

<template>
@@  <div class="preview" v-html="preview"></div>
@ok  <div class="preview-text">{{ preview }}</div>
@ok  <footer>{{ props.signature }}</footer>
</template>
`,
  ),
  ...comp(
    "Share.svelte",
    "CWE-79",
    "p2 Svelte: an href from a page param and {@html} of a store vs a fixed prefix",
    `<script>
  import { page } from '$app/stores';
  $: link = $page.url.searchParams.get('link') ?? '';
  $: title = $page.url.searchParams.get('title') ?? '';
</script>

@@<a href={link}>Shared link</a>
@ok<a href={\`/share/\${encodeURIComponent(link)}\`}>Share page</a>
@@<h3>{@html $page.url.searchParams.get('title')}</h3>
@ok<h3>{title}</h3>
`,
  ),
  ...ts(
    "CWE-78",
    "p2 Fastify: request.body fields into spawn('sh', ['-c', ...]) and execa with shell vs execa with an argument array",
    `import Fastify from 'fastify';
import { spawn } from 'child_process';
import { execa, execaCommand } from 'execa';

const app = Fastify();

app.post<{ Body: { repo: string } }>('/clone', async (request) => {
@@  spawn('sh', ['-c', \`git clone \${request.body.repo} /tmp/work\`]);
  return { ok: true };
});

app.post<{ Body: { pkg: string } }>('/install', async (request) => {
@@  await execaCommand(\`npm view \${request.body.pkg} version\`, { shell: true });
@ok  await execa('npm', ['view', request.body.pkg, 'version']);
  return { ok: true };
});
`,
  ),
  ...ts(
    "CWE-1321",
    "p2 NestJS: @Body() object merged into settings by a hand-written deep merge vs the same merge skipping __proto__/constructor/prototype",
    `import { Body, Controller, Post } from '@nestjs/common';

type Obj = Record<string, any>;

function deepMerge(target: Obj, src: Obj): Obj {
  for (const key of Object.keys(src)) {
    if (src[key] && typeof src[key] === 'object') {
      target[key] = target[key] ?? {};
      deepMerge(target[key], src[key]);
    } else {
@@      target[key] = src[key];
    }
  }
  return target;
}

function safeMerge(target: Obj, src: Obj): Obj {
  for (const key of Object.keys(src)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (src[key] && typeof src[key] === 'object') {
      target[key] = target[key] ?? {};
      safeMerge(target[key], src[key]);
    } else {
@ok      target[key] = src[key];
    }
  }
  return target;
}

const settings: Obj = { theme: 'light' };
const prefs: Obj = { lang: 'en' };

@Controller('settings')
export class SettingsController {
  @Post()
  update(@Body() patch: Obj) {
    return deepMerge(settings, patch);
  }

  @Post('prefs')
  prefs(@Body() patch: Obj) {
    return safeMerge(prefs, patch);
  }
}
`,
  ),
];
