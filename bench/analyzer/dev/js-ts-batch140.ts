// Dev suite "js-ts", batch 140: written blind, aimed at the families with the fewest js-ts cases by a count of the
// notes per CWE and per library: CSRF middleware switched off or loosened, access checks on client-supplied IP
// headers, body / upload / message size limits lifted, directory listings and dot-files served, Electron renderer
// options, Next.js pages / route handlers / middleware (XSS, redirects, SSRF), JWT expiry ignored and tokens
// trusted unverified, crypto-js / node-forge weak ciphers and hashes, SameSite off, framing allowed, tabnabbing and
// rarer code-evaluation sinks. Rule-test shape: several small variants per file beside safe look-alikes.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch140", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch140", cwe, note, src, "typescript");

export const BATCH140: DevCase[] = [
  // --- (1) CSRF protection loosened or switched off ---
  ...js(
    "CWE-352",
    "csurf ignoring POST, lusca and hapi crumb with csrf off vs the defaults",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const csrf = require('csurf');
const lusca = require('lusca');

const app = express();
app.use(cookieParser());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

@@const csrfLoose = csrf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] });
@ok const csrfStrict = csrf({ cookie: { httpOnly: true, secure: true, sameSite: 'strict' } });
@ok const csrfReadOnly = csrf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] });

@@app.use(lusca({ csrf: false, xframe: 'SAMEORIGIN', hsts: { maxAge: 31536000 } }));
@ok app.use(lusca({ csrf: true, xframe: 'SAMEORIGIN' }));
@@app.use(lusca.csrf({ blocklist: ['/'] }));
@ok app.use(lusca.csrf({ blocklist: ['/webhooks/stripe'] }));

app.post('/transfer', csrfLoose, (req, res) => {
  req.session.pending = { to: req.body.to, amount: Number(req.body.amount) };
  res.redirect('/confirm');
});

app.post('/profile', csrfStrict, (req, res) => {
  res.redirect('/profile');
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-352",
    "hapi crumb skipped for every request or a state-changing route vs crumb on",
    `const Hapi = require('@hapi/hapi');
const Crumb = require('@hapi/crumb');

async function start() {
  const server = Hapi.server({ port: 3000 });
@@  await server.register({ plugin: Crumb, options: { skip: () => true } });
@ok  await server.register({ plugin: Crumb, options: { cookieOptions: { isSecure: true } } });

  server.route({
    method: 'POST',
    path: '/account/email',
@@    options: { plugins: { crumb: false } },
    handler: (request, h) => h.response({ ok: true }),
  });

  server.route({
    method: 'GET',
    path: '/account',
@ok    options: { plugins: { crumb: false } },
    handler: (request, h) => h.view('account'),
  });

  server.route({
    method: 'DELETE',
    path: '/account',
@ok    options: { plugins: { crumb: true } },
    handler: (request, h) => h.response().code(204),
  });
  await server.start();
}

module.exports = { start };
`,
  ),
  ...ts(
    "CWE-352",
    "NestJS csurf loosened and Angular XSRF module disabled vs configured",
    `import { NestFactory } from '@nestjs/core';
import { NgModule } from '@angular/core';
import { HttpClientModule, HttpClientXsrfModule } from '@angular/common/http';
import * as csurf from 'csurf';
import { AppModule } from './app.module';

export async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
@@  app.use(csurf({ cookie: true, ignoreMethods: ['GET', 'POST', 'PUT', 'DELETE'] }));
@ok  app.use(csurf({ cookie: { key: '_csrf', sameSite: 'strict', secure: true } }));
  await app.listen(3000);
}

@NgModule({
  imports: [
    HttpClientModule,
@@    HttpClientXsrfModule.disable(),
  ],
})
export class LegacyModule {}

@NgModule({
  imports: [
    HttpClientModule,
@ok    HttpClientXsrfModule.withOptions({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
  ],
})
export class ClientModule {}
`,
  ),

  // --- (2) access decisions on client-supplied IP headers ---
  ...js(
    "CWE-348",
    "admin allow-lists, rate-limit keys and lockouts keyed on X-Forwarded-For / X-Real-IP vs the socket address",
    `const express = require('express');
const rateLimit = require('express-rate-limit');
const requestIp = require('request-ip');

const app = express();
const ADMIN_IPS = ['10.0.0.5', '10.0.0.6'];
const failures = new Map();

function adminOnly(req, res, next) {
@@  if (ADMIN_IPS.includes(req.headers['x-forwarded-for'])) return next();
  res.status(403).end();
}

function adminOnlySocket(req, res, next) {
@ok  if (ADMIN_IPS.includes(req.socket.remoteAddress)) return next();
  res.status(403).end();
}

function internalOnly(req, res, next) {
@@  const client = req.get('X-Real-IP') || req.connection.remoteAddress;
  if (!client.startsWith('10.')) return res.sendStatus(403);
  next();
}

function clientIpAllowed(req, res, next) {
@@  const ip = requestIp.getClientIp(req);
  if (ADMIN_IPS.indexOf(ip) === -1) return res.sendStatus(403);
  next();
}

const limiter = rateLimit({
  windowMs: 60 * 1000,
  max: 10,
@@  keyGenerator: (req) => req.headers['x-forwarded-for'] || req.ip,
});

const limiterSocket = rateLimit({
  windowMs: 60 * 1000,
  max: 10,
@ok  keyGenerator: (req) => req.socket.remoteAddress,
});

app.post('/login', limiter, (req, res) => {
@@  const who = req.header('x-forwarded-for') || req.ip;
  const n = (failures.get(who) || 0) + 1;
  failures.set(who, n);
  if (n > 5) return res.status(429).send('locked');
  res.send('try again');
});

app.get('/whoami', (req, res) => {
@ok  console.log('request from', req.headers['x-forwarded-for']);
  res.json({ via: req.headers['x-forwarded-for'] || null });
});

app.use('/admin', adminOnly, adminOnlySocket, internalOnly, clientIpAllowed, limiterSocket);
module.exports = app;
`,
  ),
  ...ts(
    "CWE-348",
    "koa and fastify IP checks on forwarded headers vs the connection address",
    `import Koa from 'koa';
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const ALLOW = new Set(['127.0.0.1', '::1']);
const app = new Koa();

app.use(async (ctx, next) => {
@@  const forwarded = ctx.get('X-Forwarded-For').split(',')[0].trim();
  if (!ALLOW.has(forwarded)) ctx.throw(403);
  await next();
});

app.use(async (ctx, next) => {
@ok  const peer = ctx.req.socket.remoteAddress ?? '';
  if (!ALLOW.has(peer)) ctx.throw(403);
  await next();
});

const server = Fastify();
server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
@@  const ip = request.headers['x-client-ip'] as string;
  if (!ALLOW.has(ip)) return reply.code(403).send();
});

server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
  const ip = request.headers['cf-connecting-ip'];
@@  if (ip !== '203.0.113.9') return reply.code(403).send();
});

server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
@ok  if (!ALLOW.has(request.socket.remoteAddress ?? '')) return reply.code(403).send();
});

server.get('/ping', async (request) => {
@ok  const ua = request.headers['user-agent'];
  return { pong: true, ua };
});

export { app, server };
`,
  ),

  // --- (3) body, upload and message size limits lifted ---
  ...js(
    "CWE-770",
    "body-parser, express and raw-body limits set to Infinity or gigabytes vs small limits",
    `const express = require('express');
const bodyParser = require('body-parser');
const getRawBody = require('raw-body');

const app = express();
@@app.use(bodyParser.json({ limit: Infinity }));
@ok app.use(bodyParser.json({ limit: '100kb' }));
@@app.use(bodyParser.urlencoded({ extended: true, limit: '2gb', parameterLimit: 1000000 }));
@ok app.use(bodyParser.urlencoded({ extended: false, limit: '1mb' }));
@@app.use(express.json({ limit: '1gb' }));
@ok app.use(express.json());
@@app.use(express.text({ type: 'text/*', limit: Number.MAX_SAFE_INTEGER }));
@ok app.use(express.raw({ type: 'application/octet-stream', limit: '5mb' }));

app.post('/ingest', async (req, res) => {
@@  const body = await getRawBody(req, { encoding: 'utf8', limit: Infinity });
  res.json({ size: body.length });
});

app.post('/ingest-small', async (req, res) => {
@ok  const body = await getRawBody(req, { length: req.headers['content-length'], limit: '1mb', encoding: true });
  res.json({ size: body.length });
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-770",
    "multer, busboy, formidable, socket.io and ws without bounds vs bounded",
    `const http = require('http');
const multer = require('multer');
const busboy = require('busboy');
const formidable = require('formidable');
const { Server } = require('socket.io');
const { WebSocketServer } = require('ws');

@@const uploadAny = multer({ dest: '/var/uploads', limits: { fileSize: Infinity, files: Infinity } });
@ok const uploadSmall = multer({ dest: '/var/uploads', limits: { fileSize: 5 * 1024 * 1024, files: 3 } });

function parse(req, cb) {
@@  const bb = busboy({ headers: req.headers, limits: { fileSize: Infinity } });
  bb.on('finish', cb);
  req.pipe(bb);
}

function parseBounded(req, cb) {
@ok  const bb = busboy({ headers: req.headers, limits: { fileSize: 10 * 1024 * 1024, fields: 20 } });
  bb.on('finish', cb);
  req.pipe(bb);
}

@@const form = formidable({ maxFileSize: Infinity, maxFields: 0 });
@ok const formSmall = formidable({ maxFileSize: 20 * 1024 * 1024, maxFields: 50 });

const server = http.createServer();
@@const io = new Server(server, { maxHttpBufferSize: 1e10 });
@ok const ioSmall = new Server(server, { maxHttpBufferSize: 1e6 });
@@const wss = new WebSocketServer({ server, maxPayload: 0 });
@ok const wssSmall = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

module.exports = { uploadAny, uploadSmall, parse, parseBounded, form, formSmall, io, ioSmall, wss, wssSmall };
`,
  ),
  ...ts(
    "CWE-770",
    "fastify bodyLimit and koa-body limits lifted vs defaults",
    `import Fastify from 'fastify';
import Koa from 'koa';
import { koaBody } from 'koa-body';

@@export const big = Fastify({ logger: true, bodyLimit: Number.MAX_SAFE_INTEGER });
@ok export const small = Fastify({ logger: true, bodyLimit: 1048576 });

big.post('/upload', { bodyLimit: 1024 * 1024 * 1024 * 4 }, async (request) => {
  return { received: JSON.stringify(request.body).length };
});

export const app = new Koa();
@@app.use(koaBody({ jsonLimit: '10gb', formLimit: '10gb', textLimit: '10gb' }));
@ok app.use(koaBody({ jsonLimit: '1mb', formLimit: '56kb' }));
@@app.use(koaBody({ multipart: true, formidable: { maxFileSize: Infinity } }));
@ok app.use(koaBody({ multipart: true, formidable: { maxFileSize: 200 * 1024 * 1024 } }));
`,
  ),

  // --- (4) directory listings and dot-files served ---
  ...js(
    "CWE-548",
    "serve-index, fastify-static list and ecstatic showDir vs plain static serving",
    `const express = require('express');
const serveIndex = require('serve-index');
const ecstatic = require('ecstatic');
const fastify = require('fastify')();
const path = require('path');

const app = express();
@@app.use('/files', serveIndex(path.join(__dirname, 'public/files'), { icons: true }));
@ok app.use('/files', express.static(path.join(__dirname, 'public/files')));
@@app.use('/logs', express.static('/var/log/app'), serveIndex('/var/log/app', { view: 'details' }));
@ok app.use('/docs', express.static('/srv/docs', { index: 'index.html' }));
@@app.use(ecstatic({ root: path.join(__dirname, 'public'), showDir: true }));
@ok app.use(ecstatic({ root: path.join(__dirname, 'public'), showDir: false, autoIndex: true }));

@@fastify.register(require('@fastify/static'), { root: path.join(__dirname, 'downloads'), list: true });
@ok fastify.register(require('@fastify/static'), { root: path.join(__dirname, 'assets'), prefix: '/assets/', decorateReply: false });

module.exports = { app, fastify };
`,
  ),
  ...js(
    "CWE-538",
    "static servers told to serve dot-files (.env, .git) vs ignoring or denying them",
    `const express = require('express');
const serveStatic = require('serve-static');
const Koa = require('koa');
const koaStatic = require('koa-static');
const path = require('path');

const app = express();
const root = path.join(__dirname, 'public');
@@app.use(express.static(root, { dotfiles: 'allow' }));
@ok app.use(express.static(root, { dotfiles: 'ignore' }));
@@app.use('/static', serveStatic(root, { dotfiles: 'allow', maxAge: '1d' }));
@ok app.use('/static', serveStatic(root, { dotfiles: 'deny', maxAge: '1d' }));

const koa = new Koa();
@@koa.use(koaStatic(root, { hidden: true }));
@ok koa.use(koaStatic(root, { hidden: false, maxage: 86400000 }));
@@koa.use(koaStatic(__dirname));
@@app.use('/', express.static(process.cwd()));
@ok app.use('/public', express.static(path.join(process.cwd(), 'public')));

app.get('/download/:name', (req, res) => {
@@  res.sendFile(req.params.name, { root, dotfiles: 'allow' });
});

app.get('/asset/:name', (req, res) => {
@ok  res.sendFile(req.params.name, { root, dotfiles: 'deny' });
});

module.exports = { app, koa };
`,
  ),

  // --- (5) Electron renderer options ---
  ...ts(
    "CWE-749",
    "BrowserWindow / webview with Node integration, isolation or the sandbox off vs hardened options",
    `import { app, BrowserWindow, session, WebContents } from 'electron';
import * as path from 'path';

export function createMain(): BrowserWindow {
@@  const win = new BrowserWindow({ width: 1200, height: 800, webPreferences: { nodeIntegration: true } });
  win.loadURL('https://app.example.com');
  return win;
}

export function createLegacy(): BrowserWindow {
  const win = new BrowserWindow({
    width: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
@@      contextIsolation: false,
    },
  });
  win.loadFile('index.html');
  return win;
}

export function createUnsandboxed(): BrowserWindow {
  return new BrowserWindow({
    webPreferences: {
@@      sandbox: false,
@@      nodeIntegrationInSubFrames: true,
    },
  });
}

export function createWorkerWindow(): BrowserWindow {
@@  return new BrowserWindow({ webPreferences: { nodeIntegrationInWorker: true, preload: path.join(__dirname, 'p.js') } });
}

export function createSafe(): BrowserWindow {
  const win = new BrowserWindow({
    webPreferences: {
@ok      nodeIntegration: false,
@ok      contextIsolation: true,
@ok      sandbox: true,
      preload: path.join(__dirname, 'preload.js'),
    },
  });
  return win;
}

app.on('web-contents-created', (_e, contents: WebContents) => {
  contents.on('will-attach-webview', (_event, webPreferences, params) => {
@@    webPreferences.nodeIntegration = true;
    params.src = params.src || 'about:blank';
  });
});

app.on('web-contents-created', (_e, contents: WebContents) => {
  contents.on('will-attach-webview', (_event, webPreferences) => {
@ok    webPreferences.nodeIntegration = false;
    delete webPreferences.preload;
  });
});

app.whenReady().then(() => {
@@  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(true));
@ok  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'notifications'));
});
`,
  ),
  ...js(
    "CWE-749",
    "Electron web security, insecure content and experimental features switched on vs off",
    `const { BrowserWindow } = require('electron');

function viewer(url) {
@@  const win = new BrowserWindow({ webPreferences: { webSecurity: false } });
  win.loadURL(url);
}

function mixed(url) {
@@  const win = new BrowserWindow({ webPreferences: { allowRunningInsecureContent: true } });
  win.loadURL(url);
}

function labs() {
  const win = new BrowserWindow({
    webPreferences: {
@@      experimentalFeatures: true,
@@      enableBlinkFeatures: 'CSSVariables,KeyboardEventKey',
    },
  });
  return win;
}

function hardened(url) {
@ok  const win = new BrowserWindow({ webPreferences: { webSecurity: true, allowRunningInsecureContent: false } });
  win.loadURL(url);
}

function plain() {
@ok  const win = new BrowserWindow({ width: 640, height: 480, show: false, webPreferences: { spellcheck: true } });
  return win;
}

module.exports = { viewer, mixed, labs, hardened, plain };
`,
  ),

  // --- (6) Next.js pages, route handlers and middleware ---
  ...ts(
    "CWE-79",
    "Next.js getServerSideProps / route handler output of query text as HTML vs escaped or text",
    `import type { GetServerSideProps, NextApiRequest, NextApiResponse } from 'next';
import { NextRequest } from 'next/server';
import DOMPurify from 'isomorphic-dompurify';

type Props = { bio: string; title: string };

export const getServerSideProps: GetServerSideProps<Props> = async (ctx) => {
  const bio = String(ctx.query.bio ?? '');
  const title = String(ctx.query.title ?? '');
  return { props: { bio, title } };
};

export default function Profile({ bio, title }: Props) {
  return (
    <main>
@ok      <h1>{title}</h1>
@@      <section dangerouslySetInnerHTML={{ __html: bio }} />
@ok      <section dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />
    </main>
  );
}

export function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = req.query.name as string;
  res.setHeader('Content-Type', 'text/html');
@@  res.status(200).send(\`<h1>Hello \${name}</h1>\`);
}

export function handlerJson(req: NextApiRequest, res: NextApiResponse) {
@ok  res.status(200).json({ hello: req.query.name });
}

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
@@  return new Response('<p>Results for ' + q + '</p>', { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request: Request) {
  const form = await request.formData();
  const msg = String(form.get('msg'));
@ok  return new Response(JSON.stringify({ msg }), { headers: { 'Content-Type': 'application/json' } });
}
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js app-router page reading searchParams into innerHTML and a client component writing the hash vs text",
    `'use client';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

export function Banner() {
  const params = useSearchParams();
  const msg = params.get('msg') ?? '';
@@  return <div className="banner" dangerouslySetInnerHTML={{ __html: msg }} />;
}

export function SafeBanner() {
  const params = useSearchParams();
@ok  return <div className="banner">{params.get('msg')}</div>;
}

export function HashNote() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const note = decodeURIComponent(window.location.hash.slice(1));
@@    if (ref.current) ref.current.innerHTML = note;
  }, []);
  return <div ref={ref} />;
}

export function HashNoteText() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const note = decodeURIComponent(window.location.hash.slice(1));
@ok    if (ref.current) ref.current.textContent = note;
  }, []);
  return <div ref={ref} />;
}

export default function Page({ searchParams }: { searchParams: { html?: string } }) {
@@  return <article dangerouslySetInnerHTML={{ __html: searchParams.html ?? '' }} />;
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js redirects from the query: getServerSideProps, API routes, middleware, next/navigation vs relative paths",
    `import type { GetServerSideProps, NextApiRequest, NextApiResponse } from 'next';
import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

export const getServerSideProps: GetServerSideProps = async ({ query }) => {
  const returnTo = query.returnTo as string;
  if (returnTo) {
@@    return { redirect: { destination: returnTo, permanent: false } };
  }
  return { props: {} };
};

export const getServerSidePropsSafe: GetServerSideProps = async ({ query }) => {
  const returnTo = String(query.returnTo ?? '/');
  if (returnTo.startsWith('/') && !returnTo.startsWith('//')) {
@ok    return { redirect: { destination: returnTo, permanent: false } };
  }
  return { props: {} };
};

export function login(req: NextApiRequest, res: NextApiResponse) {
@@  res.redirect(307, req.query.next as string);
}

export function loginFixed(req: NextApiRequest, res: NextApiResponse) {
@ok  res.redirect(307, '/dashboard');
}

export function middleware(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  if (to) {
@@    return NextResponse.redirect(new URL(to));
  }
  return NextResponse.next();
}

export function middlewareSafe(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to') ?? '';
@ok  return NextResponse.redirect(new URL('/app/' + encodeURIComponent(to), request.url));
}

export default async function Callback({ searchParams }: { searchParams: { next?: string } }) {
@@  redirect(searchParams.next ?? '/');
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const dest = url.searchParams.get('dest');
@@  return Response.redirect(dest!, 302);
}

export async function GETSafe(request: Request) {
@ok  return Response.redirect(new URL('/home', request.url), 302);
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js client router push / replace from the query vs a fixed route",
    `import { useRouter } from 'next/router';
import { useEffect } from 'react';

export function AfterLogin() {
  const router = useRouter();
  useEffect(() => {
    const next = router.query.next as string | undefined;
@@    if (next) router.push(next);
  }, [router]);
  return null;
}

export function AfterLogout() {
  const router = useRouter();
  useEffect(() => {
@ok    router.replace('/goodbye');
  }, [router]);
  return null;
}

export function Bounce() {
  useEffect(() => {
    const target = new URLSearchParams(window.location.search).get('target');
@@    if (target) window.location.assign(target);
  }, []);
  return null;
}

export function BounceKnown() {
  useEffect(() => {
    const tab = new URLSearchParams(window.location.search).get('tab');
@ok    window.location.assign('/settings?tab=' + encodeURIComponent(tab ?? 'general'));
  }, []);
  return null;
}
`,
  ),
  ...ts(
    "CWE-918",
    "Next.js route handlers, API routes and server actions fetching a URL from the request vs a fixed host",
    `'use server';
import type { NextApiRequest, NextApiResponse } from 'next';
import { NextRequest, NextResponse } from 'next/server';
import axios from 'axios';

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url')!;
@@  const upstream = await fetch(target, { cache: 'no-store' });
  return new NextResponse(upstream.body);
}

export async function POST(request: NextRequest) {
  const { webhook } = await request.json();
@@  await fetch(webhook, { method: 'POST', body: JSON.stringify({ ok: true }) });
  return NextResponse.json({ sent: true });
}

export async function PUT(request: NextRequest) {
  const { id } = await request.json();
@ok  const r = await fetch('https://api.example.com/items/' + encodeURIComponent(id));
  return NextResponse.json(await r.json());
}

export default async function preview(req: NextApiRequest, res: NextApiResponse) {
@@  const { data } = await axios.get(req.query.src as string, { responseType: 'arraybuffer' });
  res.send(data);
}

export async function previewKnown(req: NextApiRequest, res: NextApiResponse) {
@ok  const { data } = await axios.get('https://cdn.example.com/img/' + Number(req.query.id));
  res.send(data);
}

export async function importFeed(formData: FormData) {
  const feedUrl = formData.get('feedUrl') as string;
@@  const res = await fetch(feedUrl);
  return res.text();
}

export async function importKnownFeed(formData: FormData) {
  const name = formData.get('name') as string;
  const feeds: Record<string, string> = { news: 'https://example.com/news.xml', blog: 'https://example.com/blog.xml' };
@ok  const res = await fetch(feeds[name] ?? feeds.news);
  return res.text();
}
`,
  ),

  // --- (7) JWT expiry ignored, tokens trusted without verification ---
  ...js(
    "CWE-613",
    "jsonwebtoken / passport-jwt / express-jwt told to ignore expiry vs the default checks",
    `const jwt = require('jsonwebtoken');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { expressjwt } = require('express-jwt');

const KEY = process.env.JWT_KEY;

function readUser(token) {
@@  return jwt.verify(token, KEY, { ignoreExpiration: true });
}

function readUserChecked(token) {
@ok  return jwt.verify(token, KEY, { algorithms: ['HS256'], maxAge: '1h' });
}

function readAsync(token, cb) {
@@  jwt.verify(token, KEY, { algorithms: ['HS256'], ignoreExpiration: true }, cb);
}

const opts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: KEY,
@@  ignoreExpiration: true,
};
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)));

passport.use(
  'strict',
@ok  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: KEY, ignoreExpiration: false }, (p, done) => done(null, p)),
);

@@const auth = expressjwt({ secret: KEY, algorithms: ['HS256'], ignoreExpiration: true });
@ok const authStrict = expressjwt({ secret: KEY, algorithms: ['HS256'] });

function issue(user) {
@ok  return jwt.sign({ sub: user.id }, KEY, { expiresIn: '15m' });
}

module.exports = { readUser, readUserChecked, readAsync, auth, authStrict, issue };
`,
  ),
  ...ts(
    "CWE-613",
    "NestJS JwtStrategy and JwtModule ignoring expiry vs checking it",
    `import { Injectable, Module } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { ExtractJwt, Strategy } from 'passport-jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@@      ignoreExpiration: true,
      secretOrKey: process.env.JWT_SECRET,
    });
  }
  validate(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}

@Injectable()
export class StrictJwtStrategy extends PassportStrategy(Strategy, 'strict') {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@ok      ignoreExpiration: false,
      secretOrKey: process.env.JWT_SECRET,
    });
  }
}

@Module({
  imports: [
@@    JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { ignoreExpiration: true } }),
  ],
})
export class LegacyAuthModule {}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  read(token: string) {
@@    return this.jwt.verify(token, { ignoreExpiration: true });
  }
  readChecked(token: string) {
@ok    return this.jwt.verify(token, { algorithms: ['HS256'] });
  }
}
`,
  ),
  ...js(
    "CWE-347",
    "jsonwebtoken decode / jwt-decode / jose decodeJwt trusted for access, alg none allowed vs verified",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const { jwtDecode } = require('jwt-decode');
const jose = require('jose');

const app = express();
const KEY = process.env.JWT_KEY;

app.use((req, res, next) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'admin') return res.sendStatus(403);
  next();
});

app.use((req, res, next) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@ok  const claims = jwt.verify(token, KEY, { algorithms: ['HS256'] });
  req.user = claims;
  next();
});

app.get('/me', (req, res) => {
@@  const { sub } = jwtDecode(req.cookies.id_token);
  res.json({ user: sub });
});

app.get('/me2', async (req, res) => {
@@  const payload = jose.decodeJwt(req.cookies.token);
  req.user = payload.sub;
  res.json({ user: req.user });
});

app.get('/me3', async (req, res) => {
@ok  const { payload } = await jose.jwtVerify(req.cookies.token, new TextEncoder().encode(KEY), { algorithms: ['HS256'] });
  res.json({ user: payload.sub });
});

app.get('/legacy', (req, res) => {
@@  const user = jwt.verify(req.query.t, KEY, { algorithms: ['HS256', 'none'] });
  res.json(user);
});

app.get('/unsigned', (req, res) => {
@@  const user = jwt.verify(req.query.t, '', { algorithms: ['none'] });
  res.json(user);
});

app.get('/header', (req, res) => {
@ok  const { header } = jwt.decode(req.query.t, { complete: true });
  res.json({ kid: header.kid });
});

module.exports = app;
`,
  ),

  // --- (8) crypto-js / node-forge ---
  ...js(
    "CWE-327",
    "crypto-js DES / TripleDES / RC4 / ECB and node-forge DES / ECB vs AES-GCM or CBC",
    `const CryptoJS = require('crypto-js');
const forge = require('node-forge');

function encLegacy(text, key) {
@@  return CryptoJS.DES.encrypt(text, key).toString();
}

function encTriple(text, key) {
@@  return CryptoJS.TripleDES.encrypt(text, key).toString();
}

function encStream(text, key) {
@@  return CryptoJS.RC4.encrypt(text, key).toString();
}

function encEcb(text, key) {
@@  return CryptoJS.AES.encrypt(text, CryptoJS.enc.Utf8.parse(key), { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString();
}

function encCbc(text, key) {
  const iv = CryptoJS.lib.WordArray.random(16);
@ok  return CryptoJS.AES.encrypt(text, CryptoJS.enc.Utf8.parse(key), { iv, mode: CryptoJS.mode.CBC }).toString();
}

function decDefault(cipher, passphrase) {
@ok  return CryptoJS.AES.decrypt(cipher, passphrase).toString(CryptoJS.enc.Utf8);
}

function forgeDes(key, data) {
@@  const cipher = forge.cipher.createCipher('DES-CBC', key);
  cipher.start({ iv: forge.random.getBytesSync(8) });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forgeEcb(key, data) {
@@  const cipher = forge.cipher.createCipher('AES-ECB', key);
  cipher.start();
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forgeGcm(key, data) {
  const iv = forge.random.getBytesSync(12);
@ok  const cipher = forge.cipher.createCipher('AES-GCM', key);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return { iv, data: cipher.output.getBytes(), tag: cipher.mode.tag.getBytes() };
}

function forgeRc2(key, data) {
@@  const cipher = forge.rc2.createEncryptionCipher(key);
  cipher.start(forge.random.getBytesSync(8));
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forge3des(key, data) {
@@  const cipher = forge.cipher.createCipher('3DES-CBC', key);
  cipher.start({ iv: forge.random.getBytesSync(8) });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forgeRsa(publicKey, data) {
@@  return publicKey.encrypt(data, 'RSAES-PKCS1-V1_5');
}

function forgeRsaOaep(publicKey, data) {
@ok  return publicKey.encrypt(data, 'RSA-OAEP', { md: forge.md.sha256.create() });
}

module.exports = { encLegacy, encTriple, encStream, encEcb, encCbc, decDefault, forgeDes, forgeEcb, forgeGcm, forgeRc2, forge3des, forgeRsa, forgeRsaOaep };
`,
  ),
  ...js(
    "CWE-328",
    "crypto-js / node-forge MD5 and SHA-1 over passwords and signatures vs SHA-256 / PBKDF2",
    `const CryptoJS = require('crypto-js');
const forge = require('node-forge');

function storePassword(user, password) {
@@  user.passwordHash = CryptoJS.MD5(password).toString();
}

function storePassword2(user, password) {
@@  user.passwordHash = CryptoJS.SHA1(user.salt + password).toString(CryptoJS.enc.Hex);
}

function storePassword3(user, password) {
@ok  user.passwordHash = CryptoJS.PBKDF2(password, user.salt, { keySize: 8, iterations: 310000, hasher: CryptoJS.algo.SHA256 }).toString();
}

function signRequest(body, secret) {
@@  return CryptoJS.HmacMD5(body, secret).toString();
}

function signRequest2(body, secret) {
@ok  return CryptoJS.HmacSHA256(body, secret).toString();
}

function forgeDigest(password) {
@@  const md = forge.md.md5.create();
  md.update(password);
  return md.digest().toHex();
}

function forgeDigest2(password) {
@@  const md = forge.md.sha1.create();
  md.update(password, 'utf8');
  return md.digest().toHex();
}

function forgeSign(privateKey, data) {
@ok  const md = forge.md.sha256.create();
  md.update(data, 'utf8');
  return privateKey.sign(md);
}

function forgeHmac(secret, data) {
  const hmac = forge.hmac.create();
@@  hmac.start('md5', secret);
  hmac.update(data);
  return hmac.digest().toHex();
}

function forgeHmac256(secret, data) {
  const hmac = forge.hmac.create();
@ok  hmac.start('sha256', secret);
  hmac.update(data);
  return hmac.digest().toHex();
}

module.exports = { storePassword, storePassword2, storePassword3, signRequest, signRequest2, forgeDigest, forgeDigest2, forgeSign, forgeHmac, forgeHmac256 };
`,
  ),

  // --- (9) SameSite off on session cookies ---
  ...js(
    "CWE-1275",
    "session and auth cookies with SameSite None or switched off vs Lax / Strict",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
@@    cookie: { secure: true, httpOnly: true, sameSite: 'none' },
  }),
);
@ok app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
@@app.use(cookieSession({ name: 'sess', keys: [process.env.K1], secure: true, sameSite: 'none' }));
@ok app.use(cookieSession({ name: 'sess', keys: [process.env.K1], secure: true, sameSite: 'strict' }));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('auth_token', token, { httpOnly: true, secure: true, sameSite: 'None' });
  res.redirect('/');
});

app.post('/login2', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.cookie('session_id', token, { httpOnly: true, secure: true, sameSite: false });
  res.redirect('/');
});

app.post('/login3', (req, res) => {
  const token = issueToken(req.body.user);
@ok  res.cookie('session_id', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.redirect('/');
});

app.get('/theme', (req, res) => {
@ok  res.cookie('theme', 'dark', { sameSite: 'none', secure: true });
  res.end();
});

app.post('/login4', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.setHeader('Set-Cookie', \`sid=\${token}; Path=/; HttpOnly; Secure; SameSite=None\`);
  res.redirect('/');
});

app.post('/login5', (req, res) => {
  const token = issueToken(req.body.user);
@ok  res.setHeader('Set-Cookie', \`sid=\${token}; Path=/; HttpOnly; Secure; SameSite=Lax\`);
  res.redirect('/');
});

function issueToken(user) {
  return require('crypto').randomBytes(32).toString('hex') + String(user).length;
}
module.exports = app;
`,
  ),

  // --- (10) framing allowed ---
  ...js(
    "CWE-1021",
    "helmet frameguard off, X-Frame-Options ALLOWALL and frame-ancestors * vs DENY / 'self'",
    `const express = require('express');
const helmet = require('helmet');

const app = express();
@@app.use(helmet({ frameguard: false }));
@ok app.use(helmet({ frameguard: { action: 'deny' } }));
@@app.use(helmet({ xFrameOptions: false, contentSecurityPolicy: false }));
@ok app.use(helmet.frameguard({ action: 'sameorigin' }));
@@app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], frameAncestors: ['*'] } }));
@ok app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], frameAncestors: ["'self'"] } }));

app.get('/widget', (req, res) => {
@@  res.setHeader('X-Frame-Options', 'ALLOWALL');
  res.render('widget');
});

app.get('/embed', (req, res) => {
@@  res.set('Content-Security-Policy', "default-src 'self'; frame-ancestors *");
  res.render('embed');
});

app.get('/page', (req, res) => {
@ok  res.set('X-Frame-Options', 'DENY');
  res.render('page');
});

app.get('/partner', (req, res) => {
@ok  res.set('Content-Security-Policy', "frame-ancestors 'self' https://partner.example.com");
  res.render('partner');
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-1021",
    "next.config.js security headers allowing framing vs denying it",
    `/** @type {import('next').NextConfig} */
module.exports = {
  async headers() {
    return [
      {
        source: '/embed/:path*',
@@        headers: [{ key: 'X-Frame-Options', value: 'ALLOWALL' }],
      },
      {
        source: '/widgets/:path*',
@@        headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *;' }],
      },
      {
        source: '/:path*',
@ok        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
      {
        source: '/app/:path*',
@ok        headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none';" }],
      },
    ];
  },
};
`,
  ),

  // --- (11) tabnabbing ---
  ...ts(
    "CWE-1022",
    "links and windows opened in a new tab without noopener vs with it",
    `import React from 'react';

export function External({ href }: { href: string }) {
@@  return <a href={href} target="_blank">Open</a>;
}

export function ExternalSafe({ href }: { href: string }) {
@ok  return <a href={href} target="_blank" rel="noopener noreferrer">Open</a>;
}

export function Internal() {
@ok  return <a href="/help" target="_self">Help</a>;
}

export function openDoc(url: string): void {
@@  window.open(url, '_blank');
}

export function openDocSafe(url: string): void {
@ok  window.open(url, '_blank', 'noopener,noreferrer');
}

export function addLink(container: HTMLElement, url: string): void {
  const a = document.createElement('a');
  a.href = url;
@@  a.target = '_blank';
  container.appendChild(a);
}

export function addLinkSafe(container: HTMLElement, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.target = '_blank';
@ok  a.rel = 'noopener noreferrer';
  container.appendChild(a);
}

export function renderHtml(url: string): string {
@@  return '<a href="' + encodeURI(url) + '" target="_blank">source</a>';
}

export function renderHtmlSafe(url: string): string {
@ok  return '<a href="' + encodeURI(url) + '" target="_blank" rel="noopener">source</a>';
}
`,
  ),

  // --- (12) rarer code-evaluation sinks ---
  ...js(
    "CWE-94",
    "redis EVAL, vm.compileFunction, vm.Script, eval-mode Workers and dynamic import of request text vs sandboxes and fixed code",
    `const express = require('express');
const vm = require('vm');
const { Worker } = require('worker_threads');
const { createClient } = require('redis');
const ivm = require('isolated-vm');

const app = express();
app.use(express.json());
const redis = createClient();

app.post('/lua', async (req, res) => {
@@  const out = await redis.eval(req.body.script, { keys: ['k'] });
  res.json(out);
});

app.post('/lua-fixed', async (req, res) => {
@ok  const out = await redis.eval('return redis.call("GET", KEYS[1])', { keys: [String(req.body.key)] });
  res.json(out);
});

app.post('/fn', (req, res) => {
@@  const fn = vm.compileFunction(req.body.code, ['input']);
  res.json({ out: fn(req.body.input) });
});

app.post('/script', (req, res) => {
@@  const script = new vm.Script(req.body.source);
  res.json({ out: script.runInNewContext({}) });
});

app.post('/script-fixed', (req, res) => {
@ok  const script = new vm.Script('x * 2');
  res.json({ out: script.runInNewContext({ x: Number(req.body.x) }) });
});

app.post('/worker', (req, res) => {
@@  const w = new Worker(req.body.job, { eval: true });
  w.on('message', (m) => res.json(m));
});

app.post('/worker-file', (req, res) => {
@ok  const w = new Worker(require('path').join(__dirname, 'job.js'), { workerData: req.body });
  w.on('message', (m) => res.json(m));
});

app.get('/plugin', async (req, res) => {
@@  const mod = await import(req.query.name);
  res.json(mod.describe());
});

app.post('/isolate', async (req, res) => {
  const isolate = new ivm.Isolate({ memoryLimit: 32 });
  const context = await isolate.createContext();
@ok  const out = await context.eval(String(req.body.expr), { timeout: 50 });
  res.json({ out });
});

app.post('/interval', (req, res) => {
@@  setInterval('poll(' + req.body.id + ')', 1000);
  res.end();
});

app.post('/interval-fn', (req, res) => {
  const id = Number(req.body.id);
@ok  setInterval(() => poll(id), 1000);
  res.end();
});

app.post('/fn-ctor', (req, res) => {
@@  const f = new Function('row', 'return ' + req.body.expr);
  res.json({ out: f({ a: 1 }) });
});

function poll() {}
module.exports = app;
`,
  ),
  // --- (13) session fixation ---
  ...js(
    "CWE-384",
    "login handlers writing the user into the existing session vs after regenerate()",
    `const express = require('express');
const session = require('express-session');
const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true }));

app.post('/login', async (req, res) => {
  const user = await users.check(req.body.username, req.body.password);
  if (!user) return res.status(401).send('bad credentials');
@@  req.session.userId = user.id;
  res.redirect('/');
});

app.post('/login-renew', async (req, res, next) => {
  const user = await users.check(req.body.username, req.body.password);
  if (!user) return res.status(401).send('bad credentials');
  req.session.regenerate((err) => {
    if (err) return next(err);
@ok    req.session.userId = user.id;
    res.redirect('/');
  });
});

app.post('/signin', async (req, res) => {
  const account = await users.check(req.body.email, req.body.password);
  if (account) {
@@    req.session.user = { id: account.id, role: account.role };
    return res.redirect('/home');
  }
  res.sendStatus(401);
});

app.post('/signin-renew', async (req, res) => {
  const account = await users.check(req.body.email, req.body.password);
  if (!account) return res.sendStatus(401);
  await new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
@ok  req.session.user = { id: account.id, role: account.role };
  res.redirect('/home');
});

app.post('/preferences', (req, res) => {
@ok  req.session.theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.redirect('/settings');
});

app.post('/sso/callback', async (req, res) => {
  const profile = await sso.exchange(req.body.code);
@@  Object.assign(req.session, { authenticated: true, userId: profile.sub });
  res.redirect('/');
});

const users = { check: async () => null };
const sso = { exchange: async () => ({ sub: 'x' }) };
module.exports = app;
`,
  ),

  // --- (14) debug code left on ---
  ...js(
    "CWE-489",
    "errorhandler, GraphQL debug / GraphiQL and the inspector on in every environment vs development only",
    `const express = require('express');
const errorhandler = require('errorhandler');
const { graphqlHTTP } = require('express-graphql');
const { ApolloServer } = require('apollo-server-express');
const inspector = require('inspector');
const schema = require('./schema');

const app = express();
@@app.use(errorhandler());
if (process.env.NODE_ENV === 'development') {
@ok  app.use(errorhandler({ log: true }));
}

@@app.use('/graphql', graphqlHTTP({ schema, graphiql: true }));
@ok app.use('/graphql2', graphqlHTTP({ schema, graphiql: process.env.NODE_ENV !== 'production' }));

@@const apollo = new ApolloServer({ schema, debug: true });
@ok const apolloProd = new ApolloServer({ schema, debug: false });

@@inspector.open(9229, '0.0.0.0');
if (process.env.DEBUG_INSPECT === '1') {
@ok  inspector.open(9229, '127.0.0.1');
}

module.exports = { app, apollo, apolloProd };
`,
  ),

  // --- (15) message handlers and origin checks ---
  ...js(
    "CWE-346",
    "message listeners with no or a substring origin check vs an exact origin",
    `const TRUSTED = 'https://app.example.com';

@@window.addEventListener('message', (event) => {
  document.getElementById('out').innerHTML = event.data.html;
});

window.addEventListener('message', (event) => {
@@  if (event.origin.indexOf('example.com') === -1) return;
  applySettings(event.data);
});

window.addEventListener('message', (event) => {
@@  if (!event.origin.startsWith('https://app.example.com')) return;
  applySettings(event.data);
});

window.addEventListener('message', (event) => {
@@  if (!event.origin.endsWith('example.com')) return;
  applySettings(event.data);
});

window.addEventListener('message', (event) => {
@@  if (!/https:\\/\\/.*example.com/.test(event.origin)) return;
  applySettings(event.data);
});

window.addEventListener('message', (event) => {
@ok  if (event.origin !== TRUSTED) return;
  applySettings(event.data);
});

window.addEventListener('message', (event) => {
@ok  if (!['https://app.example.com', 'https://admin.example.com'].includes(event.origin)) return;
  applySettings(event.data);
});

window.onmessage = function (e) {
@ok  if (e.origin === TRUSTED && e.source === window.parent) applySettings(e.data);
};

@@window.onmessage = function (e) {
  eval(e.data.code);
};

function applySettings(data) {
  localStorage.setItem('theme', String(data.theme));
}
`,
  ),

  // --- (16) incomplete escaping ---
  ...js(
    "CWE-116",
    "replace() of the first quote / bracket only vs global replacements",
    `function attr(value) {
@@  return '"' + value.replace('"', '&quot;') + '"';
}

function attrAll(value) {
@ok  return '"' + value.replace(/"/g, '&quot;') + '"';
}

function html(text) {
@@  return text.replace('<', '&lt;').replace('>', '&gt;');
}

function htmlAll(text) {
@ok  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function jsString(s) {
@@  return "'" + s.replace("'", "\\\\'") + "'";
}

function stripTags(s) {
@@  return s.replace(/<script>/, '');
}

function stripTagsAll(s) {
@ok  return s.replace(/<[^>]*>/g, '');
}

function slug(s) {
@ok  return s.replace(' ', '-').toLowerCase();
}

function shellArg(s) {
@@  return "'" + s.replace(/'/, "'\\\\''") + "'";
}

module.exports = { attr, attrAll, html, htmlAll, jsString, stripTags, stripTagsAll, slug, shellArg };
`,
  ),

  // --- (17) credentials in token payloads or over cleartext ---
  ...js(
    "CWE-522",
    "passwords placed in JWT payloads and basic auth over http vs ids only and https",
    `const jwt = require('jsonwebtoken');
const axios = require('axios');

function issue(user) {
@@  return jwt.sign({ id: user.id, email: user.email, password: user.password }, process.env.JWT_KEY, { expiresIn: '1h' });
}

function issueHash(user) {
@@  return jwt.sign({ sub: user.id, pwd: user.passwordHash }, process.env.JWT_KEY);
}

function issueIds(user) {
@ok  return jwt.sign({ sub: user.id, email: user.email }, process.env.JWT_KEY, { expiresIn: '1h' });
}

async function report(username, password) {
@@  return axios.get('http://reports.example.com/api/daily', { auth: { username, password } });
}

async function reportTls(username, password) {
@ok  return axios.get('https://reports.example.com/api/daily', { auth: { username, password } });
}

async function legacyLogin(user, pass) {
@@  return fetch('http://auth.example.com/login', { method: 'POST', headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + pass).toString('base64') } });
}

async function localLogin(user, pass) {
@ok  return fetch('http://localhost:8080/login', { method: 'POST', headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + pass).toString('base64') } });
}

module.exports = { issue, issueHash, issueIds, report, reportTls, legacyLogin, localLogin };
`,
  ),

  // --- (18) template engines rendering request data unescaped ---
  ...js(
    "CWE-79",
    "inline templates of ejs / pug / Handlebars / Mustache / nunjucks / doT / eta / Squirrelly with raw output of request data vs escaped output",
    `const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const nunjucks = require('nunjucks');
const doT = require('dot');
const { Eta } = require('eta');
const Sqrl = require('squirrelly');

const app = express();
const eta = new Eta();

app.get('/ejs', (req, res) => {
@@  res.send(ejs.render('<p><%- bio %></p>', { bio: req.query.bio }));
});
app.get('/ejs-safe', (req, res) => {
@ok  res.send(ejs.render('<p><%= bio %></p>', { bio: req.query.bio }));
});
app.get('/pug', (req, res) => {
@@  res.send(pug.render('p!= bio', { bio: req.query.bio }));
});
app.get('/pug-safe', (req, res) => {
@ok  res.send(pug.render('p= bio', { bio: req.query.bio }));
});
app.get('/hbs', (req, res) => {
@@  res.send(Handlebars.compile('<p>{{{bio}}}</p>')({ bio: req.query.bio }));
});
app.get('/hbs-safe', (req, res) => {
@ok  res.send(Handlebars.compile('<p>{{bio}}</p>')({ bio: req.query.bio }));
});
app.get('/hbs-string', (req, res) => {
@@  const bio = new Handlebars.SafeString(req.query.bio);
  res.send(Handlebars.compile('<p>{{bio}}</p>')({ bio }));
});
app.get('/mustache', (req, res) => {
@@  res.send(Mustache.render('<p>{{&bio}}</p>', { bio: req.query.bio }));
});
app.get('/mustache-safe', (req, res) => {
@ok  res.send(Mustache.render('<p>{{bio}}</p>', { bio: req.query.bio }));
});
app.get('/njk', (req, res) => {
@@  res.send(nunjucks.renderString('<p>{{ bio | safe }}</p>', { bio: req.query.bio }));
});
app.get('/njk-safe', (req, res) => {
@ok  res.send(nunjucks.renderString('<p>{{ bio }}</p>', { bio: req.query.bio }));
});
app.get('/dot', (req, res) => {
@@  res.send(doT.template('<p>{{=it.bio}}</p>')({ bio: req.query.bio }));
});
app.get('/dot-safe', (req, res) => {
@ok  res.send(doT.template('<p>{{!it.bio}}</p>')({ bio: req.query.bio }));
});
app.get('/eta', (req, res) => {
@@  res.send(eta.renderString('<p><%~ it.bio %></p>', { bio: req.query.bio }));
});
app.get('/eta-safe', (req, res) => {
@ok  res.send(eta.renderString('<p><%= it.bio %></p>', { bio: req.query.bio }));
});
app.get('/sqrl', (req, res) => {
@@  res.send(Sqrl.render('<p>{{it.bio | safe}}</p>', { bio: req.query.bio }));
});
app.get('/sqrl-safe', (req, res) => {
@ok  res.send(Sqrl.render('<p>{{it.bio}}</p>', { bio: req.query.bio }));
});

module.exports = app;
`,
  ),

  // --- (19) Next.js configuration ---
  ...js(
    "CWE-918",
    "next.config.js image optimizer allowing any remote host vs listed hosts",
    `/** @type {import('next').NextConfig} */
const open = {
  images: {
@@    remotePatterns: [{ protocol: 'https', hostname: '**' }],
  },
};

const legacy = {
  images: {
@ok    domains: ['*'],
  },
};

const listed = {
  images: {
@ok    remotePatterns: [{ protocol: 'https', hostname: 'images.example.com', pathname: '/uploads/**' }],
  },
};

const subdomains = {
  images: {
@ok    remotePatterns: [{ protocol: 'https', hostname: '*.cdn.example.com' }],
  },
};

module.exports = process.env.LEGACY ? legacy : process.env.OPEN ? open : process.env.SUB ? subdomains : listed;
`,
  ),
  // --- (20) escaping switched off in template engine configuration ---
  ...js(
    "CWE-79",
    "nunjucks / swig autoescape off, Handlebars noEscape, Mustache.escape and ejs escape replaced vs defaults",
    `const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const ejs = require('ejs');
const swig = require('swig');

@@const env = nunjucks.configure('views', { autoescape: false, watch: false });
@ok const envSafe = nunjucks.configure('views', { autoescape: true, watch: false });
@@const env2 = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates'), { autoescape: false });
@ok const env3 = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates'));
@@const page = Handlebars.compile(require('fs').readFileSync('page.hbs', 'utf8'), { noEscape: true });
@ok const pageSafe = Handlebars.compile(require('fs').readFileSync('page.hbs', 'utf8'), { strict: true });
@@Mustache.escape = (text) => text;
@@swig.setDefaults({ autoescape: false });
@ok swig.setDefaults({ autoescape: true, cache: 'memory' });

function renderEjs(tpl, data) {
@@  return ejs.render(tpl, data, { escape: (s) => String(s) });
}

module.exports = { env, envSafe, env2, env3, page, pageSafe, renderEjs };
`,
  ),

  // --- (21) NestJS controllers fetching a URL from the request ---
  ...ts(
    "CWE-918",
    "NestJS HttpService / got / axios of a @Query or @Body URL vs a configured base URL",
    `import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import got from 'got';
import axios from 'axios';

class WebhookDto {
  callbackUrl!: string;
  event!: string;
}

@Controller('fetch')
export class FetchController {
  constructor(private readonly http: HttpService) {}

  @Get('preview')
  async preview(@Query('url') url: string) {
@@    const res = await firstValueFrom(this.http.get(url));
    return res.data;
  }

  @Get('item')
  async item(@Query('id') id: string) {
@ok    const res = await firstValueFrom(this.http.get(\`https://api.example.com/items/\${encodeURIComponent(id)}\`));
    return res.data;
  }

  @Post('hook')
  async hook(@Body() dto: WebhookDto) {
@@    await axios.post(dto.callbackUrl, { event: dto.event });
    return { ok: true };
  }

  @Post('hook-known')
  async hookKnown(@Body() dto: WebhookDto) {
@ok    await axios.post(process.env.HOOK_URL as string, { event: dto.event });
    return { ok: true };
  }

  @Get('feed')
  async feed(@Query() query: { src: string }) {
@@    return got(query.src).text();
  }

  @Get('avatar')
  async avatar(@Query('host') host: string) {
@@    const res = await fetch(\`https://\${host}/avatar.png\`);
    return Buffer.from(await res.arrayBuffer());
  }

  @Get('avatar-fixed')
  async avatarFixed(@Query('user') user: string) {
@ok    const res = await fetch(\`https://avatars.example.com/\${encodeURIComponent(user)}.png\`);
    return Buffer.from(await res.arrayBuffer());
  }
}
`,
  ),
];
