// Dev suite "js-ts", batch 21: server-side TypeScript and Node, written blind (before reading the rules) and measured
// before any fix that followed it. Same shape as batches 5-20. Open redirects in Next.js route handlers and server
// actions, Lambda Location headers, hapi and Fastify; XXE through libxmljs in Lambda and Koa; JWT guards in NestJS
// that decode without verifying or admit `none`; ciphers in ECB/DES, static and zero IVs; fast hashes of passwords
// next to digests that protect nothing secret; Math.random tokens next to harmless jitter; session cookies without
// Secure/HttpOnly in Fastify/Koa/express-session; CORS reflecting any origin with credentials; CSP that lets inline
// script back in; NestJS controllers returning HTML strings; Lambda handlers reaching a shell; TypeORM query builders.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch21", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch21", cwe, note, src, "typescript");

export const BATCH21: DevCase[] = [
  ...ts(
    "CWE-601",
    "Next.js route handlers: new URL(next, req.url) with and without a same-site check",
    `import { NextRequest, NextResponse } from 'next/server';

export async function GET(req: NextRequest) {
  const next = req.nextUrl.searchParams.get('next') ?? '/';
@@  return NextResponse.redirect(new URL(next, req.url));
}

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const next = String(form.get('next') ?? '/');
  const safe = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/';
@ok  return NextResponse.redirect(new URL(safe, req.url));
}

export async function PUT(req: NextRequest) {
  const { searchParams } = new URL(req.url);
@@  return NextResponse.redirect(searchParams.get('returnTo') as string, 303);
}

export async function DELETE(req: NextRequest) {
@ok  return NextResponse.redirect(new URL('/login', req.url));
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js server actions redirecting to a form field vs an as-const table",
    `'use server';
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { authenticate } from '@/lib/auth';

export async function signIn(formData: FormData) {
  const token = await authenticate(formData);
  cookies().set('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
@@  redirect(String(formData.get('callbackUrl') ?? '/'));
}

const DESTINATIONS = { home: '/', billing: '/settings/billing', profile: '/settings/profile' } as const;

export async function signInTo(formData: FormData) {
  const token = await authenticate(formData);
  cookies().set('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  const key = String(formData.get('dest')) as keyof typeof DESTINATIONS;
@ok  redirect(DESTINATIONS[key] ?? '/');
}
`,
  ),
  ...js(
    "CWE-601",
    "Lambda Location headers, hapi h.redirect and Fastify reply.redirect",
    `const Hapi = require('@hapi/hapi');
const fastify = require('fastify')();

exports.handler = async (event) => {
  const target = event.queryStringParameters?.returnTo;
  return {
    statusCode: 302,
@@    headers: { Location: target },
    body: '',
  };
};

exports.logout = async (event) => {
  const target = event.queryStringParameters?.returnTo || '/';
  return {
    statusCode: 302,
@ok    headers: { Location: /^\\/[\\w-]+(\\/[\\w-]+)*$/.test(target) ? target : '/' },
    body: '',
  };
};

const server = Hapi.server({ port: 3000 });
const ROUTES = new Map([
  ['docs', '/docs'],
  ['blog', '/blog'],
]);

server.route({
  method: 'GET',
  path: '/out',
  handler: (request, h) => {
@@    return h.redirect(request.query.url);
  },
});

server.route({
  method: 'GET',
  path: '/go',
  handler: (request, h) => {
@ok    return h.redirect(ROUTES.get(request.query.to) ?? '/');
  },
});

fastify.get('/sso/return', async (request, reply) => {
@@  return reply.redirect(request.query.RelayState);
});

fastify.get('/sso/return-checked', async (request, reply) => {
  const u = new URL(request.query.RelayState, 'https://app.example.com');
  if (u.origin !== 'https://app.example.com') return reply.redirect('/');
@ok  return reply.redirect(u.href);
});
`,
  ),
  ...js(
    "CWE-611",
    "libxmljs with entity substitution in a Lambda and in Koa, next to safe parsers",
    `const libxmljs = require('libxmljs2');
const { XMLParser } = require('fast-xml-parser');
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');

exports.importFeed = async (event) => {
  const xml = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
@@  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true });
  return { statusCode: 200, body: String(doc.find('//item').length) };
};

exports.importFeedSafe = async (event) => {
@ok  const doc = libxmljs.parseXml(event.body, { noent: false, nonet: true });
  return { statusCode: 200, body: String(doc.find('//item').length) };
};

exports.importFeedFast = async (event) => {
  const parser = new XMLParser({ ignoreAttributes: false });
@ok  const feed = parser.parse(event.body);
  return { statusCode: 200, body: JSON.stringify(feed) };
};

const app = new Koa();
app.use(bodyParser({ enableTypes: ['xml', 'text'] }));
app.use(async (ctx) => {
@@  const doc = libxmljs.parseXmlString(ctx.request.body, { noent: true });
  ctx.body = doc.root().name();
});
`,
  ),
  ...ts(
    "CWE-347",
    "NestJS guards: decode without verify, algorithm lists admitting none, jose",
    `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose';

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

function bearer(ctx: ExecutionContext): string {
  const req = ctx.switchToHttp().getRequest();
  return String(req.headers.authorization ?? '').replace(/^Bearer /, '');
}

@Injectable()
export class DecodeGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
@@    const payload = jwt.decode(bearer(ctx)) as jwt.JwtPayload | null;
    ctx.switchToHttp().getRequest().user = payload;
    return !!payload?.sub;
  }
}

@Injectable()
export class VerifyGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
@ok    const payload = jwt.verify(bearer(ctx), process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'] }) as jwt.JwtPayload;
    ctx.switchToHttp().getRequest().user = payload;
    return true;
  }
}

@Injectable()
export class LegacyGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
@@    const payload = jwt.verify(bearer(ctx), process.env.JWT_SECRET!, { algorithms: ['HS256', 'none'] });
    ctx.switchToHttp().getRequest().user = payload;
    return true;
  }
}

@Injectable()
export class JoseGuard implements CanActivate {
  async canActivate(ctx: ExecutionContext): Promise<boolean> {
@ok    const { payload } = await jwtVerify(bearer(ctx), JWKS, { issuer: 'https://auth.example.com' });
    ctx.switchToHttp().getRequest().user = payload;
    return true;
  }
}

@Injectable()
export class RoleGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
@@    const claims = decodeJwt(bearer(ctx));
    if (claims.role !== 'admin') throw new UnauthorizedException();
    return true;
  }
}

export function issueGuestToken(userId: string): string {
@@  return jwt.sign({ sub: userId, guest: true }, '', { algorithm: 'none' });
}

export function issueToken(userId: string): string {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_PRIVATE_KEY!, { algorithm: 'RS256', expiresIn: '15m' });
}
`,
  ),
  ...js(
    "CWE-327",
    "ciphers in ECB mode and single DES next to an authenticated mode",
    `const crypto = require('crypto');

function encryptCard(pan, key) {
@@  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]).toString('hex');
}

function encryptCardGcm(pan, key) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

function legacyToken(data, key8, iv8) {
@@  const cipher = crypto.createCipheriv('des-cbc', key8, iv8);
  return cipher.update(data, 'utf8', 'hex') + cipher.final('hex');
}

const MODE = 'aes-128-ecb';
function sealSmall(block, key) {
@@  const c = crypto.createCipheriv(MODE, key, Buffer.alloc(0));
  return Buffer.concat([c.update(block), c.final()]);
}

function sealChaCha(data, key) {
  const nonce = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  return Buffer.concat([nonce, c.update(data), c.final(), c.getAuthTag()]);
}

module.exports = { encryptCard, encryptCardGcm, legacyToken, sealSmall, sealChaCha };
`,
  ),
  ...js(
    "CWE-329",
    "CBC with a constant, zero or key-derived IV vs a random one",
    `const crypto = require('crypto');

const KEY = Buffer.from(process.env.DATA_KEY, 'hex');
const IV = Buffer.from('0123456789abcdef');

function seal(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function sealZero(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}

function sealRandom(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return iv.toString('hex') + ':' + c.update(text, 'utf8', 'hex') + c.final('hex');
}

function open(payload) {
  const [ivHex, body] = payload.split(':');
@ok  const d = crypto.createDecipheriv('aes-256-cbc', KEY, Buffer.from(ivHex, 'hex'));
  return d.update(body, 'hex', 'utf8') + d.final('utf8');
}

module.exports = { seal, sealZero, sealRandom, open };
`,
  ),
  ...ts(
    "CWE-328",
    "fast digests of passwords vs digests of public data and a real KDF",
    `import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt);

export async function register(email: string, password: string) {
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  return { email, hash };
}

export async function registerSalted(email: string, password: string) {
  const salt = crypto.randomBytes(8).toString('hex');
@@  const hash = crypto.createHash('sha1').update(salt + password).digest('hex');
  return { email, salt, hash };
}

export async function registerScrypt(email: string, password: string) {
  const salt = crypto.randomBytes(16);
@ok  const key = (await scrypt(password, salt, 64)) as Buffer;
  return { email, salt: salt.toString('hex'), hash: key.toString('hex') };
}

export function etag(body: Buffer): string {
@ok  return '"' + crypto.createHash('sha256').update(body).digest('base64url') + '"';
}

export function gravatarUrl(email: string): string {
@ok  const h = crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return \`https://www.gravatar.com/avatar/\${h}\`;
}
`,
  ),
  ...ts(
    "CWE-338",
    "Math.random for API keys, one-time codes and invite tokens vs crypto and harmless jitter",
    `import crypto from 'node:crypto';

export function newApiKey(): string {
@@  return 'sk_' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function newApiKeySafe(): string {
@ok  return 'sk_' + crypto.randomBytes(24).toString('base64url');
}

export function oneTimeCode(): string {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

export function oneTimeCodeSafe(): string {
@ok  return String(crypto.randomInt(100000, 1000000));
}

export function backoff(attempt: number): number {
@ok  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 250);
}

export class InviteService {
  create(email: string) {
@@    const inviteToken = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
    return { email, inviteToken, expires: Date.now() + 86400000 };
  }

  pickColor(): string {
    const palette = ['#f00', '#0f0', '#00f'];
@ok    return palette[Math.floor(Math.random() * palette.length)];
  }
}
`,
  ),
  ...js(
    "CWE-614",
    "session cookies without Secure in Fastify, Koa and express-session",
    `const fastify = require('fastify')();
const Koa = require('koa');
const session = require('express-session');
const express = require('express');

fastify.register(require('@fastify/cookie'), { secret: process.env.COOKIE_SECRET });

fastify.post('/login', async (request, reply) => {
  const sid = await createSession(request.body.user);
@@  reply.setCookie('sid', sid, { path: '/', httpOnly: true, secure: false });
  return { ok: true };
});

fastify.post('/login-secure', async (request, reply) => {
  const sid = await createSession(request.body.user);
@ok  reply.setCookie('sid', sid, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
  return { ok: true };
});

const koa = new Koa();
koa.use(async (ctx) => {
  const sid = await createSession(ctx.request.body.user);
@@  ctx.cookies.set('koa.sid', sid, { httpOnly: true, secure: false });
  ctx.body = 'ok';
});

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { secure: false, httpOnly: true, maxAge: 3600000 },
  }),
);

const admin = express();
admin.set('trust proxy', 1);
admin.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@ok    cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
  }),
);

async function createSession(user) {
  return require('crypto').randomUUID() + ':' + String(user);
}
`,
  ),
  ...js(
    "CWE-1004",
    "session cookies readable from script vs a harmless preference cookie",
    `const express = require('express');
const crypto = require('crypto');
const app = express();

app.post('/login', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
@@  res.cookie('session_token', token, { httpOnly: false, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/login-ok', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
@ok  res.cookie('session_token', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/theme', (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
@ok  res.cookie('theme', theme, { httpOnly: false, secure: true, sameSite: 'lax', maxAge: 31536000000 });
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-942",
    "CORS in Fastify and Koa reflecting any origin with credentials vs an allow-list",
    `import Fastify from 'fastify';
import cors from '@fastify/cors';
import Koa from 'koa';
import koaCors from '@koa/cors';

const api = Fastify();
@@api.register(cors, { origin: true, credentials: true });

const internal = Fastify();
@ok internal.register(cors, { origin: ['https://admin.example.com'], credentials: true });

const app = new Koa();
@@app.use(koaCors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));

const TRUSTED = new Set(['https://app.example.com', 'https://m.example.com']);
const partner = new Koa();
@ok partner.use(koaCors({ origin: (ctx) => (TRUSTED.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }));
`,
  ),
  ...js(
    "CWE-693",
    "helmet CSP with inline and eval script sources, frameguard off, vs a nonce policy",
    `const express = require('express');
const helmet = require('helmet');
const crypto = require('crypto');
const app = express();

app.use(
  helmet.contentSecurityPolicy({
    directives: {
      defaultSrc: ["'self'"],
@@      scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    },
  }),
);

@@app.use(helmet({ frameguard: false }));

const site = express();
site.use((req, res, next) => {
  res.locals.nonce = crypto.randomBytes(16).toString('base64');
  next();
});
site.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
@ok        scriptSrc: ["'self'", (req, res) => \`'nonce-\${res.locals.nonce}'\`],
      },
    },
  }),
);

module.exports = { app, site };
`,
  ),
  ...ts(
    "CWE-79",
    "NestJS controllers returning HTML strings built from query parameters",
    `import { Controller, Get, Header, Query, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import escapeHtml from 'escape-html';

@Controller('pages')
export class PagesController {
  @Get('hello')
  @Header('Content-Type', 'text/html')
  hello(@Query('name') name: string) {
@@    return \`<h1>Hello \${name}</h1>\`;
  }

  @Get('hello-escaped')
  @Header('Content-Type', 'text/html')
  helloEscaped(@Query('name') name: string) {
@ok    return \`<h1>Hello \${escapeHtml(name)}</h1>\`;
  }

  @Get('hello-json')
  helloJson(@Query('name') name: string) {
@ok    return { greeting: 'Hello ' + name };
  }

  @Get('item/:id')
  item(@Param('id') id: string, @Res() res: Response) {
@@    res.type('html').send('<p>No item ' + id + '</p>');
  }

  @Get('item-number/:id')
  itemNumber(@Param('id') id: string, @Res() res: Response) {
@ok    res.type('html').send('<p>No item ' + Number(id) + '</p>');
  }
}
`,
  ),
  ...js(
    "CWE-78",
    "Lambda handlers passing event fields to child_process",
    `const { exec, execFileSync, spawnSync } = require('child_process');

exports.thumbnail = async (event) => {
  const { key } = JSON.parse(event.body);
  return new Promise((resolve) => {
@@    exec(\`convert /tmp/\${key} -resize 128x128 /tmp/thumb-\${key}\`, (err) => resolve({ statusCode: err ? 500 : 200, body: '' }));
  });
};

exports.thumbnailArgs = async (event) => {
  const { key } = JSON.parse(event.body);
@ok  execFileSync('convert', ['/tmp/' + key, '-resize', '128x128', '/tmp/thumb.png']);
  return { statusCode: 200, body: '' };
};

exports.dig = async (event) => {
  const host = event.queryStringParameters.host;
@@  const out = spawnSync('dig +short ' + host, { shell: true, encoding: 'utf8' });
  return { statusCode: 200, body: out.stdout };
};

exports.digArgs = async (event) => {
  const host = event.queryStringParameters.host;
@ok  const out = spawnSync('dig', ['+short', host], { encoding: 'utf8' });
  return { statusCode: 200, body: out.stdout };
};
`,
  ),
  ...ts(
    "CWE-89",
    "TypeORM query builders and manager.query with interpolated and bound values",
    `import { Router } from 'express';
import { AppDataSource } from './data-source';
import { User } from './entity/User';

const router = Router();

router.get('/users', async (req, res) => {
  const qb = AppDataSource.getRepository(User).createQueryBuilder('u');
@@  const users = await qb.where(\`u.email = '\${req.query.email}'\`).getMany();
  res.json(users);
});

router.get('/users-bound', async (req, res) => {
  const qb = AppDataSource.getRepository(User).createQueryBuilder('u');
@ok  const users = await qb.where('u.email = :email', { email: req.query.email }).getMany();
  res.json(users);
});

router.get('/stats', async (req, res) => {
@@  const rows = await AppDataSource.manager.query('SELECT count(*) FROM orders WHERE status = ' + req.query.status);
  res.json(rows);
});

router.get('/stats-bound', async (req, res) => {
@ok  const rows = await AppDataSource.manager.query('SELECT count(*) FROM orders WHERE status = $1', [req.query.status]);
  res.json(rows);
});

export default router;
`,
  ),
];
