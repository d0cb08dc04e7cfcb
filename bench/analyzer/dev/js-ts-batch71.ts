// Dev suite "js-ts", batch 71: written blind, before any fix for it (own code). Shaped like a community rule set's
// test files, one file per rule topic with several flagged and clean lines: Koa/Fastify/Hapi responses, NestJS
// controllers handing request values to services, Next.js route handlers and server components, XML parsers,
// React/Angular/Vue HTML sinks, client-side redirects, postMessage, ReDoS, prototype pollution, SSRF clients, Buffer
// constructors, hard-coded credentials, log injection, node-serialize and js-yaml, zip slip; idioms are class
// fields, helper functions, promise chains, renamed destructuring, for..of loops.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch71", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch71", cwe, note, src, "typescript");

export const BATCH71: DevCase[] = [
  ...ts(
    "CWE-79",
    "koa/fastify/hapi reflected HTML: ctx.body, reply.send and h.response of request values vs escaping and JSON",
    `import Koa from 'koa';
import Router from '@koa/router';
import Fastify from 'fastify';
import Hapi from '@hapi/hapi';
import { escapeHtml } from '@hapi/hoek';
import escape from 'escape-html';

const router = new Router();

router.get('/hello/:name', (ctx) => {
@@  ctx.body = \`<h1>Hello \${ctx.params.name}</h1>\`;
});

router.get('/hello-safe/:name', (ctx) => {
@ok  ctx.body = \`<h1>Hello \${escape(ctx.params.name)}</h1>\`;
});

router.get('/search', async (ctx) => {
  const { q: term = '' } = ctx.query as { q?: string };
  ctx.type = 'html';
@@  ctx.body = '<p>No results for ' + term + '</p>';
});

router.get('/api/search', (ctx) => {
@ok  ctx.body = { q: ctx.query.q, results: [] };
});

new Koa().use(router.routes()).listen(3000);

const fastify = Fastify();
fastify.get<{ Querystring: { name: string } }>('/greet', async (request, reply) => {
  const { name } = request.query;
@@  return reply.type('text/html').send(\`<p>Hi \${name}</p>\`);
});
fastify.get<{ Querystring: { name: string } }>('/greet.json', async (request, reply) => {
@ok  return reply.send({ greeting: \`Hi \${request.query.name}\` });
});

const server = Hapi.server({ port: 3001 });
server.route({
  method: 'GET',
  path: '/user/{user}',
  handler: (request, h) => {
@@    return h.response('<div>' + request.params.user + '</div>').type('text/html');
  },
});
server.route({
  method: 'GET',
  path: '/user-safe/{user}',
  handler: (request, h) => {
@ok    return h.response('<div>' + escapeHtml(request.params.user) + '</div>').type('text/html');
  },
});
`,
  ),
  ...ts(
    "CWE-601",
    "koa/fastify/Next.js redirects of query values vs 'back', fixed routes and same-origin checks",
    `import Router from '@koa/router';
import Fastify from 'fastify';
import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

const router = new Router();

router.get('/sso/done', (ctx) => {
  const returnUrl = ctx.query.returnUrl as string;
@@  ctx.redirect(returnUrl);
});

router.get('/cancel', (ctx) => {
@ok  ctx.redirect('back');
});

const app = Fastify();
app.get<{ Querystring: { next?: string } }>('/auth/finish', async (request, reply) => {
@@  return reply.redirect(request.query.next ?? '/');
});

export async function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  if (to) {
@@    return NextResponse.redirect(new URL(to, request.url));
  }
@ok  return NextResponse.redirect(new URL('/login', request.url));
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const dest = String(form.get('dest') ?? '/');
  const url = new URL(dest, request.nextUrl.origin);
  if (url.origin !== request.nextUrl.origin) {
    return NextResponse.redirect(new URL('/', request.url));
  }
@ok  return NextResponse.redirect(url);
}

export default async function Page({ searchParams }: { searchParams: { callbackUrl?: string } }) {
  if (searchParams.callbackUrl) {
@@    redirect(searchParams.callbackUrl);
  }
  return null;
}
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS controller params through a service into TypeORM raw queries vs repository find and parameters",
    `import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly dataSource: DataSource,
  ) {}

  byCustomer(customer: string) {
@@    return this.dataSource.query(\`SELECT * FROM orders WHERE customer = '\${customer}'\`);
  }

  byCustomerSafe(customer: string) {
@ok    return this.dataSource.query('SELECT * FROM orders WHERE customer = $1', [customer]);
  }

  byStatus(status: string) {
@ok    return this.orders.find({ where: { status } });
  }

  search(term: string) {
    return this.orders
      .createQueryBuilder('o')
@@      .where("o.note ILIKE '%" + term + "%'")
      .getMany();
  }

  searchSafe(term: string) {
    return this.orders
      .createQueryBuilder('o')
@ok      .where('o.note ILIKE :term', { term: \`%\${term}%\` })
      .getMany();
  }
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly service: OrdersService) {}

  @Get('customer/:customer')
  byCustomer(@Param('customer') customer: string) {
    return this.service.byCustomer(customer);
  }

  @Get('safe/:customer')
  byCustomerSafe(@Param('customer') customer: string) {
    return this.service.byCustomerSafe(customer);
  }

  @Get()
  list(@Query('status') status: string, @Query('q') q?: string) {
    return q ? this.service.search(q) : this.service.byStatus(status);
  }

  @Get('s')
  listSafe(@Query('q') q: string) {
    return this.service.searchSafe(q);
  }
}
`,
  ),
  ...ts(
    "CWE-78",
    "Next.js API route and NestJS service running shell commands built from request values vs execFile argv",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import { exec, execFileSync, execSync } from 'child_process';
import util from 'util';

const run = util.promisify(exec);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { repo, branch } = req.query as { repo: string; branch: string };
@@  const { stdout } = await run(\`git ls-remote \${repo} \${branch}\`);
  res.status(200).send(stdout);
}

@Injectable()
export class MediaService {
  thumbnail(source: string): Buffer {
@@    return execSync(\`ffmpeg -i "\${source}" -vframes 1 -f image2 pipe:1\`);
  }

  thumbnailSafe(source: string): Buffer {
@ok    return execFileSync('ffmpeg', ['-i', source, '-vframes', '1', '-f', 'image2', 'pipe:1']);
  }

  version(): string {
@ok    return execSync('ffmpeg -version').toString().split('\\n')[0];
  }
}

@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post('thumb')
  thumb(@Body() body: { url: string }) {
    return this.media.thumbnail(body.url);
  }

  @Post('thumb2')
  thumb2(@Body('url') url: string) {
    return this.media.thumbnailSafe(url);
  }
}
`,
  ),
  ...ts(
    "CWE-918",
    "SSRF: axios/got/node-fetch/request and Next.js fetch with request URLs vs fixed hosts and a host allow-list",
    `import express from 'express';
import axios from 'axios';
import got from 'got';
import fetch from 'node-fetch';
import request from 'request';
import type { NextRequest } from 'next/server';

const app = express();
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

app.get('/preview', async (req, res) => {
  const { url } = req.query as { url: string };
@@  const { data } = await axios.get(url, { timeout: 5000 });
  res.send(data);
});

app.get('/proxy', async (req, res) => {
  const target = new URL(String(req.query.src));
  if (!ALLOWED_HOSTS.has(target.hostname) || target.protocol !== 'https:') return res.sendStatus(400);
@ok  const body = await got(target.toString()).buffer();
  res.type('image/png').send(body);
});

app.post('/status', async (req, res) => {
  const host: string = req.body.host;
@@  const r = await fetch(\`http://\${host}:8080/health\`);
  res.json({ up: r.ok });
});

app.get('/user/:login', async (req, res) => {
@ok  const { data } = await axios.get(\`https://api.github.com/users/\${encodeURIComponent(req.params.login)}\`);
  res.json(data);
});

app.post('/hook', (req, res) => {
  const { callback } = req.body;
@@  request.post({ url: callback, json: { ok: true } }, () => res.end());
});

app.get('/feed', async (req, res) => {
@@  const text = await got(req.query.feed as string).text();
  res.type('application/xml').send(text);
});

export async function GET(req: NextRequest) {
  const target = req.nextUrl.searchParams.get('url')!;
@@  const upstream = await fetch(target);
  return new Response(await upstream.text());
}
`,
  ),
  ...js(
    "CWE-611",
    "XXE: libxmljs parseXml with noent/dtdload on request bodies vs defaults, xml2js and fast-xml-parser",
    `const express = require('express');
const libxmljs = require('libxmljs');
const libxmljs2 = require('libxmljs2');
const xml2js = require('xml2js');
const { XMLParser } = require('fast-xml-parser');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
@@  const doc = libxmljs2.parseXmlString(req.body, { noent: true, dtdload: true, nonet: false });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-default', (req, res) => {
@ok  const doc = libxmljs.parseXmlString(req.body);
  res.json({ root: doc.root().name() });
});

app.post('/import-js', async (req, res) => {
@ok  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false });
@ok  const fast = new XMLParser({ ignoreAttributes: false }).parse(req.body);
  res.json({ parsed, fast });
});
`,
  ),
  ...ts(
    "CWE-79",
    "React/Angular/Vue HTML sinks: dangerouslySetInnerHTML, bypassSecurityTrustHtml, nativeElement.innerHTML, Vue innerHTML vs sanitizers and text bindings",
    `import React from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';
import { Component, ElementRef, ViewChild, AfterViewInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { defineComponent, h } from 'vue';
import { useRoute } from 'vue-router';

export function Preview(): JSX.Element {
  const [params] = useSearchParams();
  const html = params.get('html') ?? '';
  return (
    <article>
@@      <div dangerouslySetInnerHTML={{ __html: html }} />
@ok      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />
@ok      <p>{html}</p>
    </article>
  );
}

@Component({ selector: 'app-bio', template: '<div [innerHTML]="bio"></div><div #raw></div>' })
export class BioComponent implements AfterViewInit {
  @ViewChild('raw') raw!: ElementRef<HTMLDivElement>;
  bio: SafeHtml = '';

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngAfterViewInit(): void {
    const text = this.route.snapshot.queryParams['bio'] as string;
@@    this.bio = this.sanitizer.bypassSecurityTrustHtml(text);
@@    this.raw.nativeElement.innerHTML = text;
@ok    this.raw.nativeElement.innerText = text;
  }
}

export const Banner = defineComponent({
  setup() {
    const route = useRoute();
    const msg = String(route.query.msg ?? '');
@@    return () => h('div', { innerHTML: msg });
  },
});

export const SafeBanner = defineComponent({
  setup() {
    const route = useRoute();
@ok    return () => h('div', String(route.query.msg ?? ''));
  },
});
`,
  ),
  ...ts(
    "CWE-601",
    "client-side redirects: location.href/assign/replace and window.open from the query or hash vs same-origin paths and encoded values",
    `const params = new URLSearchParams(window.location.search);

export function afterLogin(): void {
  const redirect = params.get('redirect');
@@  if (redirect) window.location.href = redirect;
}

export function fromHash(): void {
  const target = location.hash.slice(1);
@@  window.location.assign(target);
}

export function fromHashSafe(): void {
  const url = new URL(location.hash.slice(1), location.origin);
@@  if (url.origin === location.origin) location.replace(url.pathname + url.search);
}

export function openHelp(): void {
@@  window.open(params.get('help') ?? '/help', '_blank', 'noopener');
}

export function search(q: string): void {
@ok  location.href = '/search?q=' + encodeURIComponent(q);
}

export function next(): void {
  const step = Number(params.get('step') ?? 0) + 1;
@ok  window.location.assign(\`/wizard/\${step}\`);
}
`,
  ),
  ...ts(
    "CWE-345",
    "postMessage listeners acting on data without an origin check vs listeners that check event.origin",
    `type Msg = { type: 'navigate' | 'resize' | 'token'; url?: string; height?: number; value?: string };

const TRUSTED_ORIGIN = 'https://app.example.com';

@@window.addEventListener('message', (event: MessageEvent<Msg>) => {
  const { data } = event;
  if (data.type === 'navigate' && data.url) location.href = data.url;
  if (data.type === 'token' && data.value) localStorage.setItem('token', data.value);
});

@ok window.addEventListener('message', ({ origin, data }: MessageEvent<Msg>) => {
  if (origin !== TRUSTED_ORIGIN) return;
  if (data.type === 'resize') document.body.style.height = \`\${data.height}px\`;
});

@@window.onmessage = function (e) {
  document.getElementById('frame-title')!.textContent = e.data.title;
  (window as any)[e.data.fn]?.(e.data.args);
};

export function listen(frame: HTMLIFrameElement): void {
@ok  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || e.origin !== TRUSTED_ORIGIN) return;
    frame.style.height = \`\${Number(e.data.height)}px\`;
  });
}
`,
  ),
  ...ts(
    "CWE-201",
    "postMessage of secrets to '*' vs to a fixed target origin",
    `const parentOrigin = 'https://portal.example.com';

export function sendToken(token: string): void {
@@  window.parent.postMessage({ type: 'auth', token }, '*');
@ok  window.parent.postMessage({ type: 'auth', token }, parentOrigin);
}

export function sendSession(frame: HTMLIFrameElement, sessionId: string): void {
@@  frame.contentWindow?.postMessage(\`session:\${sessionId}\`, '*');
@ok  frame.contentWindow?.postMessage({ type: 'ready' }, '*');
}
`,
  ),
  ...ts(
    "CWE-1333",
    "ReDoS: RegExp from request text and catastrophic literals on input vs escaped patterns and linear regexes",
    `import express from 'express';
import escapeStringRegexp from 'escape-string-regexp';
import _ from 'lodash';

const app = express();

app.get('/filter', (req, res) => {
  const pattern = req.query.pattern as string;
@@  const re = new RegExp(pattern, 'i');
@ok  const safe = new RegExp(escapeStringRegexp(pattern), 'i');
  res.json({ a: re.test('x'), b: safe.test('x') });
});

app.get('/prefix', (req, res) => {
  const { prefix } = req.query as { prefix: string };
  const names = ['alice', 'bob'];
@@  res.json(names.filter((n) => n.match(new RegExp(\`^\${prefix}\`))));
});

app.get('/prefix-safe', (req, res) => {
  const prefix = _.escapeRegExp(String(req.query.prefix));
@ok  res.json(['alice', 'bob'].filter((n) => new RegExp('^' + prefix).test(n)));
});

app.post('/signup', (req, res) => {
  const email: string = req.body.email;
@@  const valid = /^([a-zA-Z0-9_.-]+)+@example\\.com$/.test(email);
@ok  const simple = /^[^@\\s]+@example\\.com$/.test(email);
  res.json({ valid, simple });
});
`,
  ),
  ...ts(
    "CWE-1321",
    "prototype pollution: lodash merge/set/defaultsDeep of request bodies and a recursive bracket-assignment merge vs key guards and constant merges",
    `import express from 'express';
import _ from 'lodash';
import merge from 'lodash.merge';

const app = express();
app.use(express.json());

const settings: Record<string, any> = { theme: 'light', limits: { upload: 10 } };

app.post('/settings', (req, res) => {
@@  _.merge(settings, req.body);
  res.json(settings);
});

app.post('/settings2', (req, res) => {
@@  const next = merge({}, settings, req.body.patch);
  res.json(next);
});

app.post('/prefs', (req, res) => {
  const { path: keyPath, value } = req.body as { path: string; value: unknown };
@@  _.set(settings, keyPath, value);
  res.json(settings);
});

app.post('/defaults', (req, res) => {
@@  const cfg = _.defaultsDeep({}, req.body, settings);
  res.json(cfg);
});

@ok const base = _.merge({}, settings, { limits: { upload: 20 } });

function deepAssign(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] ?? {};
      deepAssign(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function deepAssignSafe(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] ?? {};
      deepAssignSafe(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

app.post('/merge', (req, res) => res.json(deepAssign({}, req.body)));
app.post('/merge-safe', (req, res) => res.json(deepAssignSafe({}, req.body)));
export { base };
`,
  ),
  ...js(
    "CWE-676",
    "deprecated Buffer constructor with request values vs Buffer.from/Buffer.alloc",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/encode', (req, res) => {
@@  const buf = new Buffer(req.body.data);
@ok  const safe = Buffer.from(String(req.body.data), 'utf8');
  res.send(buf.toString('base64') + safe.toString('base64'));
});

app.get('/pad', (req, res) => {
  const size = req.query.size;
@@  const pad = new Buffer(size);
@ok  const zeroed = Buffer.alloc(Math.min(Number(size) || 0, 1024));
  res.send(Buffer.concat([pad, zeroed]));
});

function fromHex(hex) {
@@  return Buffer(hex, 'hex');
}

module.exports = { app, fromHex };
`,
  ),
  ...ts(
    "CWE-798",
    "hard-coded credentials: DB passwords, connection strings and AWS keys in source vs environment variables",
    `import mysql from 'mysql2';
import mongoose from 'mongoose';
import { Sequelize } from 'sequelize';
import { S3Client } from '@aws-sdk/client-s3';
import nodemailer from 'nodemailer';

@@export const pool = mysql.createPool({ host: 'db.internal', user: 'root', password: 'Sup3rS3cret!', database: 'shop' });
@ok export const pool2 = mysql.createPool({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

@@export const sequelize = new Sequelize('shop', 'admin', 'hunter2-prod', { host: 'db.internal', dialect: 'postgres' });
@ok export const sequelize2 = new Sequelize(process.env.DB_NAME!, process.env.DB_USER!, process.env.DB_PASS, { dialect: 'postgres' });

export async function connectMongo(): Promise<void> {
@@  await mongoose.connect('mongodb://admin:m0ng0pass@mongo.internal:27017/app?authSource=admin');
@ok  await mongoose.connect(process.env.MONGO_URI ?? 'mongodb://localhost:27017/app');
}

export const s3 = new S3Client({
  region: 'eu-west-1',
@@  credentials: { accessKeyId: 'AKIAZ3MSJQ7K2R4T6W8Y', secretAccessKey: 'q9VbX2m7LkP4rT8sW1nZ6yC3eH5jA0dF9gU2iO7p' },
});

export const mailer = nodemailer.createTransport({
  host: 'smtp.example.com',
@ok  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});
`,
  ),
  ...ts(
    "CWE-117",
    "log injection: request values interpolated into log lines vs structured fields and newline stripping",
    `import express from 'express';
import winston from 'winston';
import pino from 'pino';

const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });
const log = pino();
const app = express();

app.post('/login', (req, res) => {
  const { username } = req.body as { username: string };
@@  logger.info(\`Login failed for user \${username}\`);
@ok  log.info({ username }, 'login failed');
  res.sendStatus(401);
});

app.use((req, res, next) => {
@@  console.log('UA: ' + req.headers['user-agent'] + ' path: ' + req.path);
  next();
});

app.get('/item/:id', (req, res) => {
  const id = req.params.id.replace(/[\\r\\n]/g, '');
@ok  logger.warn(\`item lookup \${id}\`);
@ok  console.log('item lookup %d', Number(req.params.id));
  res.end();
});
`,
  ),
  ...js(
    "CWE-502",
    "unsafe deserialization: node-serialize unserialize of a cookie, js-yaml v3 load of a body vs JSON.parse, safeLoad and JSON_SCHEMA",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser());
app.use(express.text({ type: ['application/yaml', 'text/yaml'] }));

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@@  const profile = serialize.unserialize(raw);
@ok  const profile2 = JSON.parse(raw || '{}');
  res.json({ name: profile.name, name2: profile2.name });
});

app.post('/config', (req, res) => {
@@  const cfg = yaml.load(req.body);
@ok  const cfg2 = yaml.safeLoad(req.body);
@ok  const cfg3 = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ cfg, cfg2, cfg3 });
});
`,
  ),
  ...ts(
    "CWE-22",
    "zip slip: adm-zip entries, unzipper entries and tar entries written under entry names vs containment checks and extractAllTo/tar.x",
    `import AdmZip from 'adm-zip';
import unzipper from 'unzipper';
import tar from 'tar-stream';
import * as nodeTar from 'tar';
import fs from 'node:fs';
import path from 'node:path';

export function extractZip(file: string, dest: string): void {
  const zip = new AdmZip(file);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

export function extractZipSafe(file: string, dest: string): void {
  const root = path.resolve(dest);
  for (const entry of new AdmZip(file).getEntries()) {
    const out = path.resolve(root, entry.entryName);
    if (!out.startsWith(root + path.sep)) throw new Error(\`bad entry \${entry.entryName}\`);
@ok    fs.writeFileSync(out, entry.getData());
  }
}

export function extractAll(file: string, dest: string): void {
@ok  new AdmZip(file).extractAllTo(dest, true);
}

export function unzipStream(src: string, dest: string): Promise<void> {
  return fs
    .createReadStream(src)
    .pipe(unzipper.Parse())
    .on('entry', (entry: unzipper.Entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    })
    .promise();
}

export function untar(src: string, dest: string): void {
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
@@    stream.pipe(fs.createWriteStream(\`\${dest}/\${header.name}\`)).on('finish', next);
  });
  fs.createReadStream(src).pipe(extract);
}

export async function untarSafe(src: string, dest: string): Promise<void> {
@ok  await nodeTar.x({ file: src, cwd: dest, strict: true });
}
`,
  ),
];
