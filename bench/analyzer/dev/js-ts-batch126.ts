// Dev suite "js-ts", batch 126: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Shaped like a rule set's own line-level tests: small files with several short handlers or
// functions each, `@@` on a line that must be reported with the file's CWE and `@ok` on a look-alike that must stay
// clean. Four parts, measured one at a time: p1 server API routes (Express / Koa / Fastify / Hapi / NestJS /
// Next.js: SQL, NoSQL, command, code, path, SSRF, redirect, XSS, header, ReDoS), p2 browser / React / Angular / Vue /
// DOM sinks, p3 crypto, secrets, TLS, cookies, CORS and JWT settings, p4 prototype pollution, deserialisation, XXE,
// zip slip, temp files, Buffer, Electron, sandboxes and log injection; p5 (written after p1-p4 came out near
// complete, still before any look at the rules it exercises) the same families through less common clients,
// engines and idioms, plus mass assignment, timing-unsafe compares, LDAP / XPath, WebSocket origins and secrets in logs.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch126", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch126", cwe, note, src, "typescript");

export const BATCH126: DevCase[] = [
  ...js(
    "CWE-89",
    "p1 Express routes querying through pg, mysql2, knex, sequelize and prisma: concatenated or interpolated request values against placeholders, bindings and tagged templates",
    `const express = require('express');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Sequelize, QueryTypes } = require('sequelize');
const { PrismaClient } = require('@prisma/client');

const app = express();
const pool = new Pool();
const sequelize = new Sequelize(process.env.DATABASE_URL);
const prisma = new PrismaClient();

app.get('/users/:id', async (req, res) => {
@@  const { rows } = await pool.query(\`SELECT * FROM users WHERE id = \${req.params.id}\`);
  res.json(rows);
});

app.get('/users/by-id/:id', async (req, res) => {
@ok  const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [req.params.id]);
  res.json(rows);
});

app.get('/orders', async (req, res) => {
  const conn = await mysql.createConnection({ host: 'db', user: 'app', database: 'shop' });
@@  const [rows] = await conn.query("SELECT * FROM orders WHERE status = '" + req.query.status + "'");
@ok  const [count] = await conn.execute('SELECT COUNT(*) AS n FROM orders WHERE status = ?', [req.query.status]);
  res.json({ rows, count });
});

app.get('/products', async (req, res) => {
@@  const rows = await knex.raw(\`SELECT * FROM products WHERE name LIKE '%\${req.query.q}%'\`);
@ok  const safe = await knex.raw('SELECT * FROM products WHERE name LIKE ?', [\`%\${req.query.q}%\`]);
@@  const sorted = await knex('products').orderByRaw(req.query.sort);
@ok  const byName = await knex('products').where('name', req.query.q);
  res.json({ rows, safe, sorted, byName });
});

app.get('/reports', async (req, res) => {
@@  const rows = await sequelize.query(\`SELECT * FROM reports WHERE owner = '\${req.query.owner}'\`, { type: QueryTypes.SELECT });
@ok  const same = await sequelize.query('SELECT * FROM reports WHERE owner = :owner', { replacements: { owner: req.query.owner }, type: QueryTypes.SELECT });
  res.json({ rows, same });
});

app.get('/audit', async (req, res) => {
@@  const rows = await prisma.$queryRawUnsafe(\`SELECT * FROM audit WHERE actor = '\${req.query.actor}'\`);
@ok  const same = await prisma.$queryRaw\`SELECT * FROM audit WHERE actor = \${req.query.actor}\`;
@ok  const third = await prisma.$queryRawUnsafe('SELECT * FROM audit WHERE actor = $1', req.query.actor);
@@  await prisma.$executeRawUnsafe('DELETE FROM audit WHERE id = ' + req.query.id);
  res.json({ rows, same, third });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "p1 NestJS controller with TypeORM: DataSource.query and query-builder where clauses built from @Query / @Param values against named parameters",
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

  @Get('search')
  async search(@Query('name') name: string) {
@@    return this.dataSource.query(\`SELECT * FROM "user" WHERE name = '\${name}'\`);
  }

  @Get('lookup')
  async lookup(@Query('name') name: string) {
@ok    return this.dataSource.query('SELECT * FROM "user" WHERE name = $1', [name]);
  }

  @Get('role/:role')
  async byRole(@Param('role') role: string) {
@@    return this.users.createQueryBuilder('u').where(\`u.role = '\${role}'\`).getMany();
  }

  @Get('role-safe/:role')
  async byRoleSafe(@Param('role') role: string) {
@ok    return this.users.createQueryBuilder('u').where('u.role = :role', { role }).getMany();
  }

  @Get('count')
  async count() {
@ok    return this.dataSource.query(\`SELECT COUNT(*) FROM "user" WHERE active = \${true}\`);
  }
}
`,
  ),
  ...js(
    "CWE-943",
    "p1 Express with mongoose and the MongoDB driver: $where built from the request, request objects used whole as query values against String() casts and constant $where",
    `const express = require('express');
const mongoose = require('mongoose');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ name: String, age: Number, password: String }));
const client = new MongoClient(process.env.MONGO_URL);

app.get('/users/older', async (req, res) => {
@@  const users = await User.find({ $where: \`this.age > \${req.query.age}\` });
  res.json(users);
});

app.get('/users/adults', async (req, res) => {
@ok  const users = await User.find({ $where: 'this.age >= 18' });
  res.json(users);
});

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ name: req.body.name, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login2', async (req, res) => {
@ok  const user = await User.findOne({ name: String(req.body.name), password: String(req.body.password) });
  res.json({ ok: !!user });
});

app.post('/sessions', async (req, res) => {
  const sessions = client.db('app').collection('sessions');
@@  const found = await sessions.findOne({ token: req.body.token });
  res.json({ ok: !!found });
});

app.post('/notes', async (req, res) => {
  const notes = client.db('app').collection('notes');
@@  const rows = await notes.find({ $where: 'this.owner == "' + req.body.owner + '"' }).toArray();
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "p1 Express and Koa routes running commands through child_process exec / execSync / spawn with a shell, execa and shelljs against argument arrays without a shell",
    `const express = require('express');
const Koa = require('koa');
const Router = require('@koa/router');
const { exec, execSync, execFile, spawn } = require('child_process');
const { execa, execaCommand } = require('execa');
const shell = require('shelljs');

const app = express();

app.get('/ping', (req, res) => {
@@  exec(\`ping -c 1 \${req.query.host}\`, (err, out) => res.type('text/plain').send(out));
});

app.get('/ping-safe', (req, res) => {
@ok  execFile('ping', ['-c', '1', req.query.host], (err, out) => res.type('text/plain').send(out));
});

app.post('/convert', express.json(), (req, res) => {
@@  execSync('convert ' + req.body.input + ' /tmp/out.png');
  res.sendStatus(204);
});

app.post('/archive', express.json(), (req, res) => {
@@  const child = spawn('tar -czf /tmp/a.tgz ' + req.body.dir, { shell: true });
  child.on('close', () => res.sendStatus(204));
});

app.post('/archive-safe', express.json(), (req, res) => {
@ok  const child = spawn('tar', ['-czf', '/tmp/a.tgz', '--', req.body.dir]);
  child.on('close', () => res.sendStatus(204));
});

app.get('/log', async (req, res) => {
@@  const { stdout } = await execaCommand(\`git log -n 5 \${req.query.ref}\`, { shell: true });
@ok  const { stdout: safe } = await execa('git', ['log', '-n', '5', '--end-of-options', req.query.ref]);
  res.type('text/plain').send(stdout + safe);
});

app.get('/disk', (req, res) => {
@@  const out = shell.exec('du -sh ' + req.query.path, { silent: true }).stdout;
@ok  const total = shell.exec('df -h /', { silent: true }).stdout;
  res.type('text/plain').send(out + total);
});

const koa = new Koa();
const router = new Router();
router.get('/whois', async (ctx) => {
@@  ctx.body = execSync(\`whois \${ctx.query.domain}\`).toString();
});
router.get('/uptime', async (ctx) => {
@ok  ctx.body = execSync('uptime').toString();
});
koa.use(router.routes());

app.listen(3000);
koa.listen(3001);
`,
  ),
  ...js(
    "CWE-94",
    "p1 Fastify and Hapi routes evaluating request text with eval, Function, vm and string timers against JSON.parse, constants and values passed as sandbox data",
    `const fastify = require('fastify')();
const Hapi = require('@hapi/hapi');
const vm = require('vm');

fastify.post('/calc', async (request) => {
@@  return { result: eval(request.body.expression) };
});

fastify.post('/calc-safe', async (request) => {
@ok  return { result: JSON.parse(request.body.expression) };
});

fastify.post('/rule', async (request) => {
@@  const check = new Function('user', request.body.rule);
  return { allowed: check({ role: 'guest' }) };
});

fastify.post('/sum', async (request) => {
  const a = Number(request.body.a);
  const b = Number(request.body.b);
@ok  return { result: vm.runInNewContext('a + b', { a, b }) };
});

fastify.post('/template', async (request) => {
@@  return { result: vm.runInNewContext(request.body.code, {}) };
});

fastify.post('/later', async (request) => {
@@  setTimeout('notify(' + request.body.id + ')', 1000);
  return { queued: true };
});

async function start() {
  const server = Hapi.server({ port: 3001 });
  server.route({
    method: 'POST',
    path: '/script',
    handler: (request) => {
@@      const script = new vm.Script(request.payload.source);
      return script.runInThisContext();
    },
  });
  server.route({
    method: 'GET',
    path: '/version',
    handler: () => {
@ok      return eval('1 + 1');
    },
  });
  await server.start();
}

fastify.listen({ port: 3000 });
start();
`,
  ),
  ...js(
    "CWE-22",
    "p1 Express routes reading, streaming and sending files named by the request against basename, a root option and a resolved-prefix check",
    `const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
@@  fs.readFile(path.join(UPLOADS, req.params.name), (err, data) => res.send(data));
});

app.get('/files-safe/:name', (req, res) => {
@ok  fs.readFile(path.join(UPLOADS, path.basename(req.params.name)), (err, data) => res.send(data));
});

app.get('/download', (req, res) => {
@@  res.download(req.query.path);
});

app.get('/static', (req, res) => {
@ok  res.sendFile(req.query.file, { root: UPLOADS });
});

app.get('/raw', (req, res) => {
@@  fs.createReadStream(\`./files/\${req.query.f}\`).pipe(res);
});

app.get('/doc', async (req, res) => {
  const target = path.resolve(UPLOADS, req.query.doc);
  if (!target.startsWith(UPLOADS + path.sep)) return res.sendStatus(403);
@ok  res.send(await fsp.readFile(target, 'utf8'));
});

app.post('/save', express.json(), async (req, res) => {
@@  await fsp.writeFile(path.join(UPLOADS, req.body.filename), req.body.content);
  res.sendStatus(201);
});

app.delete('/files/:name', async (req, res) => {
@@  await fsp.unlink(UPLOADS + '/' + req.params.name);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "p1 Express and Next.js routes fetching request-chosen URLs through axios, got, node-fetch, undici and http.get against a host allow-list and a fixed host with an encoded path",
    `const express = require('express');
const axios = require('axios');
const got = require('got');
const fetch = require('node-fetch');
const { request } = require('undici');
const http = require('http');

const app = express();
const ALLOWED_HOSTS = new Set(['api.example.com', 'cdn.example.com']);

app.get('/proxy', async (req, res) => {
@@  const r = await axios.get(req.query.url);
  res.send(r.data);
});

app.get('/proxy-safe', async (req, res) => {
  const u = new URL(req.query.url);
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(400);
@ok  const r = await axios.get(u.toString());
  res.send(r.data);
});

app.post('/webhook-test', express.json(), async (req, res) => {
@@  const body = await got.post(req.body.target, { json: { ping: true } }).text();
  res.send(body);
});

app.get('/status', async (req, res) => {
@@  const r = await fetch(\`http://\${req.query.host}/health\`);
  res.status(r.status).end();
});

app.get('/item', async (req, res) => {
@ok  const r = await fetch(\`https://api.example.com/items/\${encodeURIComponent(req.query.id)}\`);
  res.json(await r.json());
});

app.get('/undici', async (req, res) => {
@@  const { body } = await request(req.query.endpoint);
  res.send(await body.text());
});

app.get('/legacy', (req, res) => {
@@  http.get(req.query.u, (r) => r.pipe(res));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-918",
    "p1 Next.js pages and app-router API handlers fetching a URL from the query string against a fixed origin",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { NextRequest, NextResponse } from 'next/server';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const url = req.query.url as string;
@@  const upstream = await fetch(url);
  res.status(upstream.status).send(await upstream.text());
}

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('target') ?? '';
@@  const r = await fetch(target, { cache: 'no-store' });
  return new NextResponse(await r.text());
}

export async function POST(request: NextRequest) {
  const { slug } = await request.json();
@ok  const r = await fetch('https://cms.example.com/api/pages?slug=' + encodeURIComponent(slug));
  return NextResponse.json(await r.json());
}
`,
  ),
  ...js(
    "CWE-601",
    "p1 Express, Koa and Next.js redirects to a request-supplied target against an allow-list and a same-site path check",
    `const express = require('express');
const Koa = require('koa');

const app = express();
const SAFE_TARGETS = ['/home', '/account', '/orders'];

app.get('/login/done', (req, res) => {
@@  res.redirect(req.query.next);
});

app.get('/login/done-safe', (req, res) => {
  const next = req.query.next;
@ok  res.redirect(SAFE_TARGETS.includes(next) ? next : '/home');
});

app.get('/go', (req, res) => {
  const to = String(req.query.to || '/');
  if (!to.startsWith('/') || to.startsWith('//') || to.includes('\\\\')) return res.redirect('/');
@ok  res.redirect(to);
});

app.get('/out', (req, res) => {
@@  res.writeHead(302, { Location: req.query.url });
  res.end();
});

app.get('/back', (req, res) => {
@@  res.location(req.get('referer') ? req.query.return_to : '/').sendStatus(302);
});

const koa = new Koa();
koa.use(async (ctx) => {
  if (ctx.path === '/sso/callback') {
@@    ctx.redirect(ctx.query.returnTo);
  } else if (ctx.path === '/sso/done') {
@ok    ctx.redirect('/dashboard');
  }
});

export default function handler(req, res) {
@@  res.redirect(307, req.query.dest);
}

app.listen(3000);
koa.listen(3001);
`,
  ),
  ...js(
    "CWE-79",
    "p1 Express, Koa and Fastify handlers writing request values into HTML responses against escape-html, JSON and text/plain responses",
    `const express = require('express');
const escapeHtml = require('escape-html');
const Koa = require('koa');
const fastify = require('fastify')();

const app = express();

app.get('/hello', (req, res) => {
@@  res.send(\`<h1>Hello \${req.query.name}</h1>\`);
});

app.get('/hello-safe', (req, res) => {
@ok  res.send(\`<h1>Hello \${escapeHtml(req.query.name)}</h1>\`);
});

app.get('/hello-json', (req, res) => {
@ok  res.json({ greeting: 'Hello ' + req.query.name });
});

app.post('/comment', express.urlencoded({ extended: false }), (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.write('<p>' + req.body.comment + '</p>');
  res.end();
});

app.get('/echo', (req, res) => {
@ok  res.type('text/plain').send(req.query.msg);
});

app.get('/error', (req, res) => {
@@  res.status(404).send('No page named ' + req.query.page);
});

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.body = \`<div class="search">Results for \${ctx.query.q}</div>\`;
});

fastify.get('/f', async (request, reply) => {
@@  reply.type('text/html').send(\`<title>\${request.query.title}</title>\`);
});

fastify.get('/f-safe', async (request, reply) => {
@ok  reply.type('text/html').send(\`<title>\${escapeHtml(request.query.title)}</title>\`);
});

app.listen(3000);
koa.listen(3001);
`,
  ),
  ...js(
    "CWE-113",
    "p1 Express handlers putting request text into response header values (Content-Disposition parameters, cookies) against the content-disposition encoder and a constant",
    `const express = require('express');
const contentDisposition = require('content-disposition');

const app = express();

app.get('/export', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.send('a,b,c');
});

app.get('/export-safe', (req, res) => {
@ok  res.setHeader('Content-Disposition', contentDisposition(req.query.name));
  res.send('a,b,c');
});

app.get('/theme', (req, res) => {
@@  res.setHeader('Set-Cookie', \`theme=\${req.query.theme}; Path=/\`);
  res.sendStatus(204);
});

app.get('/lang', (req, res) => {
@ok  res.setHeader('Content-Language', 'en');
  res.set('X-Request-Id', require('crypto').randomUUID());
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "p1 Express handlers compiling request text into regular expressions against escaped input and constant patterns",
    `import express, { Request, Response } from 'express';
import escapeStringRegexp from 'escape-string-regexp';
import _ from 'lodash';

const app = express();
const items: string[] = ['alpha', 'beta', 'gamma'];

app.get('/search', (req: Request, res: Response) => {
@@  const re = new RegExp(req.query.pattern as string, 'i');
  res.json(items.filter((i) => re.test(i)));
});

app.get('/search-safe', (req: Request, res: Response) => {
@ok  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(items.filter((i) => re.test(i)));
});

app.get('/prefix', (req: Request, res: Response) => {
@@  const re = RegExp('^' + req.query.prefix);
  res.json(items.filter((i) => re.test(i)));
});

app.get('/prefix-safe', (req: Request, res: Response) => {
@ok  const re = RegExp('^' + _.escapeRegExp(String(req.query.prefix)));
  res.json(items.filter((i) => re.test(i)));
});

app.get('/fixed', (req: Request, res: Response) => {
@ok  const re = new RegExp('^[a-z]+$');
  res.json({ ok: re.test(String(req.query.v)) });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "p2 browser script writing location, referrer, window.name and query-string values into innerHTML / outerHTML / insertAdjacentHTML / document.write / createContextualFragment against textContent, DOMPurify, a local escaper and constants",
    `import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);

function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function showTab() {
  const out = document.getElementById('out');
@@  out.innerHTML = decodeURIComponent(location.hash.slice(1));
}

function showTabSafe() {
  const out = document.getElementById('out');
@ok  out.textContent = decodeURIComponent(location.hash.slice(1));
}

function greet() {
  const name = params.get('name');
  const badge = document.querySelector('.badge');
@@  badge.outerHTML = '<span class="badge">' + name + '</span>';
}

function greetSafe() {
  const name = params.get('name');
  const badge = document.querySelector('.badge');
@ok  badge.innerHTML = '<span class="badge">' + escapeHtml(name) + '</span>';
}

function addMessage() {
  const msg = params.get('msg');
  const list = document.getElementById('messages');
@@  list.insertAdjacentHTML('beforeend', \`<li>\${msg}</li>\`);
@ok  list.insertAdjacentHTML('beforeend', DOMPurify.sanitize(\`<li>\${msg}</li>\`));
}

function trackReferrer() {
@@  document.write('<img src="/pixel?from=' + document.referrer + '">');
@ok  document.write('<script src="/static/analytics.js"></script>');
}

function restoreName() {
@@  document.getElementById('who').innerHTML = window.name;
}

function renderSnippet() {
  const range = document.createRange();
@@  const frag = range.createContextualFragment(params.get('snippet'));
  document.body.appendChild(frag);
}

function renderCount() {
  const n = parseInt(params.get('n'), 10) || 0;
@ok  document.getElementById('count').innerHTML = \`<b>\${n}</b> results\`;
}

showTab();
showTabSafe();
greet();
greetSafe();
addMessage();
trackReferrer();
restoreName();
renderSnippet();
renderCount();
`,
  ),
  ...js(
    "CWE-79",
    "p2 React components passing query-string, hash and user-authored values to dangerouslySetInnerHTML and ref.innerHTML against DOMPurify, constants and plain children",
    `import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

export function SearchBanner() {
  const q = new URLSearchParams(window.location.search).get('q') || '';
@@  return <div className="banner" dangerouslySetInnerHTML={{ __html: \`Results for <b>\${q}</b>\` }} />;
}

export function SearchBannerSafe() {
  const q = new URLSearchParams(window.location.search).get('q') || '';
@ok  return <div className="banner">Results for <b>{q}</b></div>;
}

export function Preview() {
  const html = decodeURIComponent(window.location.hash.slice(1));
@ok  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}

export function Notice() {
@ok  return <p dangerouslySetInnerHTML={{ __html: '<strong>Maintenance</strong> tonight at 22:00' }} />;
}

export function Bio({ user }) {
@@  return <section className="bio" dangerouslySetInnerHTML={{ __html: user.bioHtml }} />;
}

export function Hash() {
  const ref = useRef(null);
  useEffect(() => {
@@    ref.current.innerHTML = decodeURIComponent(window.location.hash.slice(1));
  }, []);
  return <div ref={ref} />;
}

export function HashSafe() {
  const ref = useRef(null);
  useEffect(() => {
@ok    ref.current.textContent = decodeURIComponent(window.location.hash.slice(1));
  }, []);
  return <div ref={ref} />;
}
`,
  ),
  ...ts(
    "CWE-79",
    "p2 Angular components calling DomSanitizer.bypassSecurityTrust* on route parameters and writing nativeElement.innerHTML, against constant markup, an encoded id on a fixed embed origin and sanitize()",
    `import { Component, ElementRef, SecurityContext, ViewChild } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-preview', template: '<div [innerHTML]="html"></div><a [href]="link">go</a>' })
export class PreviewComponent {
  html: SafeHtml;
  link: SafeUrl;
  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {
    const raw = this.route.snapshot.queryParamMap.get('html') ?? '';
@@    this.html = this.sanitizer.bypassSecurityTrustHtml(raw);
    const next = this.route.snapshot.queryParamMap.get('next') ?? '/';
@@    this.link = this.sanitizer.bypassSecurityTrustUrl(next);
  }
}

@Component({ selector: 'app-video', template: '<iframe [src]="src"></iframe><div [innerHTML]="footer"></div>' })
export class VideoComponent {
  src: SafeResourceUrl;
  footer: SafeHtml;
  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {
    const id = this.route.snapshot.paramMap.get('id') ?? '';
@ok    this.src = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(id));
@ok    this.footer = this.sanitizer.bypassSecurityTrustHtml('<small>&copy; Example Ltd</small>');
  }
}

@Component({ selector: 'app-note', template: '<div #box></div>' })
export class NoteComponent {
  @ViewChild('box', { static: true }) box!: ElementRef<HTMLDivElement>;
  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  render() {
    const note = this.route.snapshot.queryParamMap.get('note') ?? '';
@@    this.box.nativeElement.innerHTML = note;
  }

  renderSafe() {
    const note = this.route.snapshot.queryParamMap.get('note') ?? '';
@ok    this.box.nativeElement.innerHTML = this.sanitizer.sanitize(SecurityContext.HTML, note) ?? '';
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "p2 Vue 3 components rendering query-string text through v-html templates, innerHTML render props and directives against mustache text and text children",
    `import { createApp, h } from 'vue';

const params = new URLSearchParams(location.search);

const Banner = {
  data() {
    return { msg: params.get('msg') || '' };
  },
@@  template: '<div class="banner" v-html="msg"></div>',
};

const BannerSafe = {
  data() {
    return { msg: params.get('msg') || '' };
  },
@ok  template: '<div class="banner">{{ msg }}</div>',
};

const Title = {
  setup() {
    const title = params.get('title') || '';
@@    return () => h('h1', { innerHTML: title });
  },
};

const TitleSafe = {
  setup() {
    const title = params.get('title') || '';
@ok    return () => h('h1', title);
  },
};

const app = createApp({ components: { Banner, BannerSafe, Title, TitleSafe } });
app.directive('html', {
  mounted(el, binding) {
@@    el.innerHTML = binding.value;
  },
});
app.mount('#app');
`,
  ),
  ...js(
    "CWE-601",
    "p2 browser navigation to targets read from location.hash and the query string through location.href / assign / replace / window.open against an encoded query value, a lookup table and a same-site path check",
    `const params = new URLSearchParams(window.location.search);
const ROUTES = { home: '/', cart: '/cart', account: '/account' };

function afterLogin() {
@@  window.location.href = params.get('next');
}

function jump() {
@@  location.assign(decodeURIComponent(location.hash.substring(1)));
}

function search(term) {
@ok  window.location.href = '/search?q=' + encodeURIComponent(term);
}

function goNamed() {
@ok  location.replace(ROUTES[params.get('to')] || '/');
}

function popup() {
@@  window.open(params.get('url'), '_blank');
}

function goLocal() {
  const next = params.get('next') || '/';
  if (next.startsWith('/') && !next.startsWith('//') && !next.includes('\\\\')) {
@ok    window.location.href = next;
  }
}

function legacy() {
@@  document.location = params.get('return');
}

afterLogin();
jump();
search('shoes');
goNamed();
popup();
goLocal();
legacy();
`,
  ),
  ...js(
    "CWE-346",
    "p2 message listeners acting on event.data without an origin check or with a substring check, against exact origin comparisons",
    `const TRUSTED = 'https://app.example.com';

@@window.addEventListener('message', (event) => {
  localStorage.setItem('session', event.data.token);
});

@ok window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED) return;
  localStorage.setItem('session', event.data.token);
});

window.addEventListener('message', function (e) {
@@  if (e.origin.indexOf('example.com') !== -1) {
    document.cookie = 'prefs=' + encodeURIComponent(JSON.stringify(e.data));
  }
});
`,
  ),
  ...js(
    "CWE-201",
    "p2 postMessage of a session token to any origin ('*') against a fixed target origin",
    `const TRUSTED = 'https://app.example.com';

function sendToken(frame, token) {
@@  frame.contentWindow.postMessage({ token }, '*');
}

function sendTokenSafe(frame, token) {
@ok  frame.contentWindow.postMessage({ token }, TRUSTED);
}
`,
  ),
  ...js(
    "CWE-79",
    "p2 message handler writing event.data into innerHTML without checking the sender, against an exact origin check with textContent",
    `@@window.onmessage = (event) => { document.getElementById('chat').innerHTML += event.data.html; };

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
@ok  document.getElementById('status').textContent = event.data.text;
});
`,
  ),
  ...js(
    "CWE-79",
    "p2 jQuery writing hash and query-string values through html(), append(), prepend() and $(html) against text(), element builders and a constant",
    `const q = new URLSearchParams(location.search).get('q') || '';

$(function () {
@@  $('#out').html(decodeURIComponent(location.hash.slice(1)));
@ok  $('#out-text').text(decodeURIComponent(location.hash.slice(1)));
@@  $('#list').append('<li>' + q + '</li>');
@ok  $('#list').append($('<li>').text(q));
@@  $(decodeURIComponent(location.hash.slice(1))).appendTo('#panel');
@ok  $('<div class="empty">No results</div>').appendTo('#panel');
@@  $('#box').prepend(\`<p class="q">\${q}</p>\`);
@ok  $('#count').html('<b>' + $('#list li').length + '</b>');
});
`,
  ),
  ...js(
    "CWE-327",
    "p3 Node crypto ciphers: ECB mode, DES / 3DES / RC4 / Blowfish and the IV-less createCipher, against AES-GCM and AES-CBC with a random IV",
    `const crypto = require('crypto');

const key = crypto.scryptSync(process.env.APP_KEY, 'app-salt', 32);
const key16 = key.subarray(0, 16);
const key24 = key.subarray(0, 24);

function sealEcb(text) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key16, null);
  return Buffer.concat([c.update(text, 'utf8'), c.final()]).toString('base64');
}

function sealDes(text) {
  const iv = crypto.randomBytes(8);
@@  const c = crypto.createCipheriv('des-ede3-cbc', key24, iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final()]).toString('base64');
}

function sealRc4(text) {
@@  const c = crypto.createCipheriv('rc4', key16, '');
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealLegacy(text) {
@@  const c = crypto.createCipher('aes-256-cbc', process.env.APP_KEY);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealBlowfish(text) {
  const iv = crypto.randomBytes(8);
@@  const c = crypto.createCipheriv('bf-cbc', key16, iv);
  return Buffer.concat([iv, c.update(text), c.final()]).toString('base64');
}

function sealGcm(text) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

function sealCbc(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final()]).toString('base64');
}

function openEcb(b64) {
@@  const d = crypto.createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([d.update(Buffer.from(b64, 'base64')), d.final()]).toString('utf8');
}

module.exports = { sealEcb, sealDes, sealRc4, sealLegacy, sealBlowfish, sealGcm, sealCbc, openEcb };
`,
  ),
  ...ts(
    "CWE-329",
    "p3 AES-CBC / CTR / GCM with a fixed all-zero, constant-string or reused module-level IV against a fresh random IV per message",
    `import { createCipheriv, randomBytes } from 'crypto';

const key = Buffer.from(process.env.DATA_KEY ?? '', 'hex');
const FIXED_IV = Buffer.from('0123456789abcdef');
const SHARED_IV = randomBytes(16);

export function encryptZero(plain: string): string {
@@  const c = createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return c.update(plain, 'utf8', 'base64') + c.final('base64');
}

export function encryptConst(plain: string): string {
@@  const c = createCipheriv('aes-256-ctr', key, FIXED_IV);
  return c.update(plain, 'utf8', 'base64') + c.final('base64');
}

export function encryptFresh(plain: string): string {
  const iv = randomBytes(16);
@ok  const c = createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('base64') + ':' + c.update(plain, 'utf8', 'base64') + c.final('base64');
}

export function encryptLiteral(plain: string): string {
@@  const c = createCipheriv('aes-256-gcm', key, Buffer.from('000000000000', 'utf8'));
  const out = c.update(plain, 'utf8', 'base64') + c.final('base64');
  return out + ':' + c.getAuthTag().toString('base64');
}
`,
  ),
  ...js(
    "CWE-326",
    "p3 key generation with short RSA / DSA moduli and small Diffie-Hellman primes against 2048 / 3072-bit keys and named curves",
    `const crypto = require('crypto');

function makeWeakRsa() {
@@  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

function makeRsa() {
@ok  return crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
}

function makeWeakDsa(cb) {
@@  crypto.generateKeyPair('dsa', { modulusLength: 512, divisorLength: 160 }, cb);
}

function makeDh() {
@@  const dh = crypto.createDiffieHellman(512);
  return dh.generateKeys();
}

function makeEc() {
@ok  return crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

function makeDhGroup() {
@ok  const dh = crypto.getDiffieHellman('modp14');
  return dh.generateKeys();
}

module.exports = { makeWeakRsa, makeRsa, makeWeakDsa, makeDh, makeEc, makeDhGroup };
`,
  ),
  ...js(
    "CWE-328",
    "p3 md5 / sha1 digests of passwords through crypto.createHash and the md5 package against scrypt for passwords and md5 / sha256 for cache keys and ETags",
    `const crypto = require('crypto');
const md5 = require('md5');

async function register(db, username, password) {
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  await db.insert({ username, hash });
}

async function registerSha1(db, username, password) {
@@  const hash = crypto.createHash('sha1').update(password + username).digest('hex');
  await db.insert({ username, hash });
}

function checkPassword(user, password) {
@@  return md5(password) === user.passwordHash;
}

async function registerSafe(db, username, password) {
  const salt = crypto.randomBytes(16);
@ok  const hash = crypto.scryptSync(password, salt, 64).toString('hex');
  await db.insert({ username, hash, salt: salt.toString('hex') });
}

function etag(body) {
@ok  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

function cacheKey(url) {
@ok  return crypto.createHash('sha256').update(url).digest('hex');
}

module.exports = { register, registerSha1, checkPassword, registerSafe, etag, cacheKey };
`,
  ),
  ...js(
    "CWE-916",
    "p3 password hashing with too few bcrypt rounds and too few PBKDF2 iterations against the library defaults and current iteration counts",
    `const bcrypt = require('bcrypt');
const crypto = require('crypto');

async function hashQuick(password) {
@@  return bcrypt.hash(password, 4);
}

async function hashOk(password) {
@ok  return bcrypt.hash(password, 12);
}

function hashSyncQuick(password) {
@@  const salt = bcrypt.genSaltSync(5);
  return bcrypt.hashSync(password, salt);
}

function derive(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1').toString('hex');
}

function deriveOk(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256').toString('hex');
}

module.exports = { hashQuick, hashOk, hashSyncQuick, derive, deriveOk };
`,
  ),
  ...ts(
    "CWE-338",
    "p3 Math.random for session ids, reset codes, API keys and CSRF tokens against crypto.randomBytes / randomInt / randomUUID and Math.random for a UI shuffle",
    `import crypto from 'crypto';
import express from 'express';

const app = express();

export function newSessionId(): string {
@@  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

export function newSessionIdSafe(): string {
@ok  return crypto.randomBytes(32).toString('hex');
}

export function resetCode(): string {
@@  const code = Math.floor(100000 + Math.random() * 900000);
  return String(code);
}

export function resetCodeSafe(): string {
@ok  return String(crypto.randomInt(100000, 1000000));
}

app.post('/api-keys', (req, res) => {
  let key = '';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
@@  for (let i = 0; i < 32; i++) key += alphabet[Math.floor(Math.random() * alphabet.length)];
  res.json({ key });
});

app.get('/csrf', (req, res) => {
@ok  res.json({ token: crypto.randomUUID() });
});

export function shuffle<T>(items: T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
@ok    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
`,
  ),
  ...js(
    "CWE-798",
    "p3 hard-coded JWT, session, HMAC, database and cloud credentials against values read from the environment and a secrets file",
    `const express = require('express');
const session = require('express-session');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const mysql = require('mysql2');
const { S3Client } = require('@aws-sdk/client-s3');

const app = express();

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'my-super-secret-jwt-key', { expiresIn: '1h' });
}

function issueSafe(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

const WEBHOOK_KEY = 'whsec_4f9a8b7c6d5e4f3a2b1c';
function sign(body) {
@@  return crypto.createHmac('sha256', WEBHOOK_KEY).update(body).digest('hex');
}

function signSafe(body) {
@ok  return crypto.createHmac('sha256', require('fs').readFileSync('/run/secrets/webhook_key')).update(body).digest('hex');
}

const db = mysql.createConnection({
  host: 'db.internal',
  user: 'app',
@@  password: 'Sup3rS3cret!',
  database: 'shop',
});

const db2 = mysql.createConnection({
  host: 'db.internal',
  user: 'app',
@ok  password: process.env.DB_PASSWORD,
  database: 'shop',
});

const s3 = new S3Client({
  region: 'eu-west-1',
@@  credentials: { accessKeyId: 'AKIAZ7EXAMPLEKEY0001', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
});

module.exports = { app, issue, issueSafe, sign, signSafe, db, db2, s3 };
`,
  ),
  ...ts(
    "CWE-347",
    "p3 JWTs accepted without verification (jwt.decode, jose decodeJwt), verify allowing the none algorithm or with verification switched off, against verify pinned to HS256 / RS256",
    `import express from 'express';
import jwt from 'jsonwebtoken';
import { decodeJwt, jwtVerify } from 'jose';

const app = express();
const SECRET = process.env.JWT_SECRET as string;
const KEY = new TextEncoder().encode(process.env.JWT_SECRET);

app.get('/me', (req, res) => {
  const token = String(req.headers.authorization).replace('Bearer ', '');
@@  const claims = jwt.decode(token) as { sub: string };
  res.json({ user: claims.sub });
});

app.get('/me2', (req, res) => {
  const token = String(req.headers.authorization).replace('Bearer ', '');
@@  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] }) as { sub: string };
  res.json({ user: claims.sub });
});

app.get('/me3', (req, res) => {
  const token = String(req.headers.authorization).replace('Bearer ', '');
@ok  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as { sub: string };
  res.json({ user: claims.sub });
});

app.get('/me4', async (req, res) => {
  const token = String(req.headers.authorization).replace('Bearer ', '');
@@  const claims = decodeJwt(token);
  res.json({ user: claims.sub });
});

app.get('/me5', async (req, res) => {
  const token = String(req.headers.authorization).replace('Bearer ', '');
@ok  const { payload } = await jwtVerify(token, KEY, { algorithms: ['HS256'] });
  res.json({ user: payload.sub });
});

export function issueUnsigned(sub: string): string {
@@  return jwt.sign({ sub }, '', { algorithm: 'none' });
}
`,
  ),
  ...js(
    "CWE-295",
    "p3 TLS certificate checks switched off (rejectUnauthorized false on https / tls / agents / axios, NODE_TLS_REJECT_UNAUTHORIZED, an empty checkServerIdentity) against a pinned CA and the defaults",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');

function getStatus(cb) {
@@  https.get({ host: 'api.example.com', path: '/status', rejectUnauthorized: false }, cb);
}

function getStatusSafe(cb) {
@ok  https.get({ host: 'api.example.com', path: '/status', ca: fs.readFileSync('/etc/ssl/internal-ca.pem') }, cb);
}

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const agent = new https.Agent({ keepAlive: true });

const client = axios.create({
  baseURL: 'https://billing.internal',
@@  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function connect() {
@@  return tls.connect({ host: 'mq.internal', port: 5671, checkServerIdentity: () => undefined });
}

function connectSafe() {
@ok  return tls.connect({ host: 'mq.internal', port: 5671, servername: 'mq.internal' });
}

module.exports = { getStatus, getStatusSafe, insecureAgent, agent, client, connect, connectSafe };
`,
  ),
  ...js(
    "CWE-614",
    "p3 session and auth cookies set without the Secure flag (res.cookie, express-session, cookie-session) against secure cookies",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: true } }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

@@app.use(cookieSession({ name: 'sess', keys: [process.env.COOKIE_KEY], secure: false }));

app.post('/login', (req, res) => {
  const token = req.app.locals.issue(req.body);
@@  res.cookie('auth', token, { httpOnly: true, maxAge: 3600000 });
@ok  res.cookie('auth_secure', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 });
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-942",
    "p3 CORS reflecting any origin with credentials (cors origin true, a callback that allows all, a hand-written reflected header) against an allow-list and a public credential-less API",
    `const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

@@app.use('/api', cors({ origin: true, credentials: true }));
@ok app.use('/v2', cors({ origin: ALLOWED, credentials: true }));
@ok app.use('/public', cors());
@@app.use('/v3', cors({ origin: (origin, cb) => cb(null, true), credentials: true }));

app.use('/legacy', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/legacy2', (req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.includes(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-693",
    "p3 helmet with its content security policy or frame guard switched off against the defaults and a configured policy",
    `const express = require('express');
const helmet = require('helmet');

const app = express();
@@app.use(helmet({ contentSecurityPolicy: false }));
@@app.use(helmet({ frameguard: false }));
@ok app.use(helmet());
@ok app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"] } } }));
app.listen(3000);
`,
  ),
  ...js(
    "CWE-1321",
    "p4 recursive merges and set-by-path helpers fed request JSON, and two-level computed writes, against key checks, null-prototype targets and Maps",
    `const express = require('express');

const app = express();
app.use(express.json());
const settings = {};

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur[keys[i]] = cur[keys[i]] || {};
    cur = cur[keys[i]];
  }
@@  cur[keys[keys.length - 1]] = value;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);
function setPathSafe(obj, path, value) {
  const keys = path.split('.');
  if (keys.some((k) => BLOCKED.has(k))) throw new Error('bad path');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    cur[keys[i]] = cur[keys[i]] || {};
    cur = cur[keys[i]];
  }
@ok  cur[keys[keys.length - 1]] = value;
}

app.post('/settings', (req, res) => {
  merge(settings, req.body);
  safeMerge(settings, req.body);
  res.json(settings);
});

app.post('/settings/path', (req, res) => {
  setPath(settings, req.body.path, req.body.value);
  setPathSafe(settings, req.body.path, req.body.value);
  res.json(settings);
});

const groups = {};
app.post('/groups', (req, res) => {
  const { group, key, value } = req.body;
  groups[group] = groups[group] || {};
@@  groups[group][key] = value;
  res.sendStatus(204);
});

const store = new Map();
app.post('/groups2', (req, res) => {
  const { group, key, value } = req.body;
  if (!store.has(group)) store.set(group, new Map());
@ok  store.get(group).set(key, value);
  res.sendStatus(204);
});

const flat = Object.create(null);
app.post('/groups3', (req, res) => {
  const { group, key, value } = req.body;
  flat[group] = flat[group] || Object.create(null);
@ok  flat[group][key] = value;
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-502",
    "p4 node-serialize unserialize and js-yaml load with the full schema on request and cookie data, against JSON.parse, js-yaml's JSON / safe schema and safeLoad",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const app = express();
app.use(cookieParser());
app.use(express.text({ type: '*/*' }));

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.json({ name: profile.name });
});

app.get('/profile-safe', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@ok  const profile = JSON.parse(raw);
  res.json({ name: profile.name });
});

app.post('/config', (req, res) => {
@@  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
});

app.post('/config-json', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
});

app.post('/config-legacy', (req, res) => {
@ok  const cfg = yaml.safeLoad(req.body);
  res.json(cfg);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-611",
    "p4 libxmljs / libxmljs2 parsing request XML with entity substitution on, against the defaults and noent false",
    `const express = require('express');
const libxmljs = require('libxmljs');
const libxmljs2 = require('libxmljs2');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { noblanks: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
@@  const doc = libxmljs2.parseXmlString(req.body, { noent: true, dtdload: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2-safe', (req, res) => {
@ok  const doc = libxmljs2.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ root: doc.root().name() });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "p4 archive extraction writing entries to paths joined from entry names (adm-zip, unzipper, tar-stream) against a resolved-prefix check",
    `const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const tar = require('tar-stream');

function extractAll(zipFile, dest) {
  const zip = new AdmZip(zipFile);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractAllSafe(zipFile, dest) {
  const zip = new AdmZip(zipFile);
  const root = path.resolve(dest);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error('zip slip: ' + entry.entryName);
@ok    fs.writeFileSync(target, entry.getData());
  }
}

function extractStream(zipPath, dest) {
  return fs
    .createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractTar(stream, dest) {
  const ex = tar.extract();
  ex.on('entry', (header, body, next) => {
@@    body.pipe(fs.createWriteStream(dest + '/' + header.name)).on('finish', next);
  });
  stream.pipe(ex);
}

function extractTarSafe(stream, dest) {
  const ex = tar.extract();
  ex.on('entry', (header, body, next) => {
@ok    body.pipe(fs.createWriteStream(path.join(dest, path.basename(header.name)))).on('finish', next);
  });
  stream.pipe(ex);
}

module.exports = { extractAll, extractAllSafe, extractStream, extractTar, extractTarSafe };
`,
  ),
  ...js(
    "CWE-377",
    "p4 temporary files at fixed or predictable names in the shared temp directory against mkdtemp, the tmp package and exclusive creation at a random name",
    `const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const tmp = require('tmp');

function saveUpload(data) {
@@  const file = '/tmp/upload-' + Date.now() + '.bin';
  fs.writeFileSync(file, data);
  return file;
}

function saveReport(pdf) {
@@  const file = path.join(os.tmpdir(), 'report.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

function saveUploadSafe(data) {
@ok  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-'));
  const file = path.join(dir, 'data.bin');
  fs.writeFileSync(file, data);
  return file;
}

function saveWithTmp(data) {
@ok  const t = tmp.fileSync({ prefix: 'report-', postfix: '.pdf' });
  fs.writeSync(t.fd, data);
  return t.name;
}

function saveRandom(data) {
  const file = path.join(os.tmpdir(), 'job-' + crypto.randomBytes(16).toString('hex'));
@ok  fs.writeFileSync(file, data, { flag: 'wx', mode: 0o600 });
  return file;
}

module.exports = { saveUpload, saveReport, saveUploadSafe, saveWithTmp, saveRandom };
`,
  ),
  ...js(
    "CWE-908",
    "p4 uninitialised buffers sent to clients (new Buffer(n), Buffer.allocUnsafe without a fill) against Buffer.alloc and a filled allocUnsafe, sizes capped so only the initialisation differs",
    `const express = require('express');

const app = express();

app.get('/pad', (req, res) => {
  const n = Math.min(parseInt(req.query.n, 10) || 0, 4096);
@@  const buf = new Buffer(n);
  res.send(buf);
});

app.get('/pad2', (req, res) => {
  const n = Math.min(parseInt(req.query.n, 10) || 0, 4096);
@@  const buf = Buffer.allocUnsafe(n);
  res.send(buf);
});

app.get('/pad3', (req, res) => {
  const n = Math.min(parseInt(req.query.n, 10) || 0, 4096);
@ok  const buf = Buffer.alloc(n);
  res.send(buf);
});

app.get('/pad4', (req, res) => {
  const n = Math.min(parseInt(req.query.n, 10) || 0, 4096);
@ok  const buf = Buffer.allocUnsafe(n).fill(0);
  res.send(buf);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "p4 Electron main process running shell commands and shell.openExternal with values from renderer IPC, against execFile with an argument list and an https-only URL check",
    `const { app, BrowserWindow, ipcMain, shell } = require('electron');
const { exec, execFile } = require('child_process');

ipcMain.handle('open-folder', (event, dir) => {
@@  exec('xdg-open "' + dir + '"');
});

ipcMain.handle('open-folder-safe', (event, dir) => {
@ok  execFile('xdg-open', [dir]);
});

ipcMain.on('open-link', (event, url) => {
@@  shell.openExternal(url);
});

ipcMain.on('open-link-safe', (event, url) => {
  const u = new URL(url);
  if (u.protocol !== 'https:') return;
@ok  shell.openExternal(u.toString());
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { contextIsolation: true } });
  win.loadFile('index.html');
});
`,
  ),
  ...js(
    "CWE-693",
    "p4 Electron windows with node integration on, context isolation off or web security off, against hardened webPreferences",
    `const { app, BrowserWindow } = require('electron');
const path = require('path');

app.whenReady().then(() => {
@@  const a = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
  a.loadURL('https://example.com');
@@  const b = new BrowserWindow({ webPreferences: { webSecurity: false } });
  b.loadFile('index.html');
@ok  const c = new BrowserWindow({ webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true, sandbox: true } });
  c.loadFile('index.html');
});
`,
  ),
  ...js(
    "CWE-94",
    'p4 user code run in in-process "sandboxes" (vm2, safe-eval, node:vm contexts) that are escapable, against isolated-vm and a plain number parse',
    `const express = require('express');
const { VM } = require('vm2');
const safeEval = require('safe-eval');
const vm = require('node:vm');
const ivm = require('isolated-vm');

const app = express();
app.use(express.json());

app.post('/run', (req, res) => {
@@  res.json({ out: new VM({ timeout: 100 }).run(req.body.code) });
});

app.post('/run2', (req, res) => {
@@  res.json({ out: safeEval(req.body.expr, { x: 1 }) });
});

app.post('/run3', (req, res) => {
  const ctx = vm.createContext({ input: req.body.input });
@@  res.json({ out: vm.runInContext(req.body.code, ctx, { timeout: 100 }) });
});

app.post('/run4', async (req, res) => {
  const isolate = new ivm.Isolate({ memoryLimit: 16 });
  const context = await isolate.createContext();
@ok  const out = await context.eval(String(req.body.code), { timeout: 100 });
  res.json({ out });
});

app.post('/run5', (req, res) => {
@ok  res.json({ out: Number.parseFloat(req.body.expr) * 2 });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-117",
    "p4 request values written into log lines (console, winston, a printf-style call) against structured pino fields, JSON.stringify and CR/LF stripping",
    `import express from 'express';
import winston from 'winston';
import pino from 'pino';

const app = express();
app.use(express.json());
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const plog = pino();

app.post('/login', (req, res) => {
@@  console.log('Login failed for ' + req.body.username);
@ok  console.log('Login failed for ' + JSON.stringify(String(req.body.username)));
  res.sendStatus(401);
});

app.get('/search', (req, res) => {
@@  logger.info(\`search by \${req.query.user}: \${req.query.q}\`);
@ok  plog.info({ user: req.query.user, q: req.query.q }, 'search');
  res.sendStatus(204);
});

app.post('/reset', (req, res) => {
  const email = String(req.body.email).replace(/[\\r\\n]+/g, ' ');
@ok  logger.warn('password reset for ' + email);
@@  console.warn('reset token requested by %s', req.body.email);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "p5 less common SQL clients and raw fragments: pg-promise, better-sqlite3, sqlite3, mssql, sequelize.literal, knex whereRaw, drizzle sql.raw, the pg query-object form, against their placeholder forms",
    `const express = require('express');
const pgp = require('pg-promise')();
const Database = require('better-sqlite3');
const sqlite3 = require('sqlite3');
const mssql = require('mssql');
const { Sequelize, Op } = require('sequelize');
const knex = require('knex')({ client: 'mysql2' });
const { sql } = require('drizzle-orm');
const { Pool } = require('pg');

const app = express();
const db = pgp(process.env.DATABASE_URL);
const lite = new Database('app.db');
const old = new sqlite3.Database('legacy.db');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const pool = new Pool();
const Item = sequelize.define('item', {});

app.get('/a', async (req, res) => {
@@  res.json(await db.any('SELECT * FROM items WHERE tag = \\'' + req.query.tag + '\\''));
});
app.get('/a2', async (req, res) => {
@ok  res.json(await db.any('SELECT * FROM items WHERE tag = $1', [req.query.tag]));
});
app.get('/b', (req, res) => {
@@  res.json(lite.prepare(\`SELECT * FROM notes WHERE author = '\${req.query.author}'\`).all());
});
app.get('/b2', (req, res) => {
@ok  res.json(lite.prepare('SELECT * FROM notes WHERE author = ?').all(req.query.author));
});
app.get('/c', (req, res) => {
@@  old.all('SELECT * FROM logs WHERE level = ' + req.query.level, (err, rows) => res.json(rows));
});
app.get('/c2', (req, res) => {
@ok  old.all('SELECT * FROM logs WHERE level = ?', [req.query.level], (err, rows) => res.json(rows));
});
app.get('/d', async (req, res) => {
  const p = await mssql.connect(process.env.MSSQL_URL);
@@  const r = await p.request().query(\`SELECT * FROM accounts WHERE region = '\${req.query.region}'\`);
@ok  const r2 = await p.request().input('region', mssql.NVarChar, req.query.region).query('SELECT * FROM accounts WHERE region = @region');
  res.json([r.recordset, r2.recordset]);
});
app.get('/e', async (req, res) => {
@@  const rows = await Item.findAll({ where: sequelize.literal(\`price < \${req.query.max}\`) });
@ok  const rows2 = await Item.findAll({ where: { price: { [Op.lt]: Number(req.query.max) } } });
  res.json([rows, rows2]);
});
app.get('/f', async (req, res) => {
@@  const rows = await knex('users').whereRaw(\`email = '\${req.query.email}'\`);
@ok  const rows2 = await knex('users').whereRaw('email = ?', [req.query.email]);
  res.json([rows, rows2]);
});
app.get('/g', async (req, res) => {
@@  const rows = await req.app.locals.drizzle.execute(sql.raw(\`SELECT * FROM t WHERE c = '\${req.query.c}'\`));
@ok  const rows2 = await req.app.locals.drizzle.execute(sql\`SELECT * FROM t WHERE c = \${req.query.c}\`);
  res.json([rows, rows2]);
});
app.get('/h', async (req, res) => {
@@  const r = await pool.query({ text: 'SELECT * FROM t WHERE name = \\'' + req.query.name + '\\'' });
@ok  const r2 = await pool.query({ text: 'SELECT * FROM t WHERE name = $1', values: [req.query.name] });
  res.json([r.rows, r2.rows]);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "p5 MongoDB filters parsed whole from the query string, $regex from the request and mongoose where(req.body), against a typed filter and an escaped regex",
    `const express = require('express');
const mongoose = require('mongoose');
const escapeRegExp = require('lodash/escapeRegExp');

const app = express();
app.use(express.json());
const Post = mongoose.model('Post', new mongoose.Schema({ title: String, author: String }));

app.get('/posts', async (req, res) => {
@@  res.json(await Post.find(JSON.parse(req.query.filter)));
});
app.get('/posts2', async (req, res) => {
@ok  res.json(await Post.find({ author: String(req.query.author) }));
});
app.post('/posts/search', async (req, res) => {
@@  res.json(await Post.find().where(req.body));
});
app.get('/posts/like', async (req, res) => {
@@  res.json(await Post.find({ title: { $regex: req.query.q } }));
});
app.get('/posts/like2', async (req, res) => {
@ok  res.json(await Post.find({ title: { $regex: escapeRegExp(String(req.query.q)), $options: 'i' } }));
});
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "p5 commands built with util.format, array join, a sh -c argument list, child_process required inline, and fork of a request-chosen module, against zx's escaped interpolation and spawn without a shell",
    `import express from 'express';
import util from 'util';
import cp from 'child_process';
import { $ } from 'zx';

const app = express();

app.get('/a', (req, res) => {
@@  cp.exec(util.format('nslookup %s', req.query.name), (e, out) => res.send(out));
});
app.get('/b', (req, res) => {
@@  const out = cp.execSync(['git', 'clone', String(req.query.repo)].join(' '));
  res.send(out);
});
app.get('/c', (req, res) => {
@@  const r = cp.spawnSync('sh', ['-c', \`convert \${req.query.file} out.png\`]);
  res.send(r.stdout);
});
app.get('/d', (req, res) => {
@@  res.send(require('child_process').execSync('cat ' + req.query.log).toString());
});
app.get('/e', async (req, res) => {
@ok  const out = await $\`git log -n 1 \${String(req.query.ref)}\`;
  res.send(out.stdout);
});
app.get('/f', (req, res) => {
@ok  const r = cp.spawnSync('convert', [String(req.query.file), 'out.png']);
  res.send(r.stdout);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-94",
    "p5 request text reaching require, dynamic import, vm.compileFunction, setInterval strings and template engines compiling request-supplied templates (ejs, pug, handlebars, lodash, nunjucks), against fixed templates rendered with request data",
    `const express = require('express');
const vm = require('vm');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const _ = require('lodash');
const nunjucks = require('nunjucks');

const app = express();
app.use(express.json());

app.get('/plugin', (req, res) => {
@@  const plugin = require(req.query.name);
  res.json(plugin.info());
});
app.get('/plugin2', async (req, res) => {
@@  const mod = await import(req.query.path);
  res.json(mod.default());
});
app.post('/fn', (req, res) => {
@@  const f = vm.compileFunction(req.body.src, ['x']);
  res.json({ out: f(1) });
});
app.post('/poll', (req, res) => {
@@  setInterval(req.body.tick, 1000);
  res.sendStatus(204);
});
app.post('/ejs', (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: 'x' }));
});
app.post('/ejs-safe', (req, res) => {
@ok  res.send(ejs.render('<p>Hello <%= name %></p>', { name: req.body.name }));
});
app.post('/pug', (req, res) => {
@@  res.send(pug.compile(req.body.tpl)({}));
});
app.post('/hbs', (req, res) => {
@@  res.send(Handlebars.compile(req.body.tpl)({ name: 'x' }));
});
app.post('/hbs-safe', (req, res) => {
@ok  res.send(Handlebars.compile('<p>{{name}}</p>')({ name: req.body.name }));
});
app.post('/lodash', (req, res) => {
@@  res.send(_.template(req.body.tpl)({ name: 'x' }));
});
app.get('/nj', (req, res) => {
@@  res.send(nunjucks.renderString(req.query.t, { name: 'x' }));
});
app.get('/nj-safe', (req, res) => {
@ok  res.send(nunjucks.renderString('Hi {{ name }}', { name: req.query.name }));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "p5 request paths reaching sendFile joined with __dirname, readdir, rmSync, copyFile and Hapi / Fastify file replies, against a fixed map of names and a normalised-prefix check",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const BASE = '/srv/app/files';
const DOCS = { terms: 'terms.pdf', privacy: 'privacy.pdf' };

app.get('/f/*', (req, res) => {
@@  res.sendFile(path.join(__dirname, 'public', req.params[0]));
});
app.get('/ls', (req, res) => {
@@  res.json(fs.readdirSync(path.join(BASE, req.query.dir)));
});
app.post('/rm', express.json(), (req, res) => {
@@  fs.rmSync(path.resolve(BASE, req.body.p), { recursive: true, force: true });
  res.sendStatus(204);
});
app.post('/cp', express.json(), (req, res) => {
@@  fs.copyFileSync(path.join(BASE, 'templates', 'default.json'), path.join(BASE, req.body.dest));
  res.sendStatus(204);
});
app.get('/doc/:name', (req, res) => {
  const file = DOCS[req.params.name];
  if (!file) return res.sendStatus(404);
@ok  res.sendFile(path.join(BASE, file));
});
app.get('/n', (req, res) => {
  const p = path.normalize(path.join(BASE, String(req.query.p)));
  if (!p.startsWith(BASE + path.sep)) return res.sendStatus(400);
@ok  fs.createReadStream(p).pipe(res);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "p5 outbound requests through superagent, needle, request, https.request(new URL(...)), ky, axios config objects and base URLs, and fetch(new URL(path, base)), against a fixed base with a validated path segment",
    `const express = require('express');
const superagent = require('superagent');
const needle = require('needle');
const request = require('request');
const https = require('https');
const axios = require('axios');

const app = express();

app.get('/a', async (req, res) => {
@@  const r = await superagent.get(req.query.url);
  res.send(r.text);
});
app.get('/b', (req, res) => {
@@  needle.get(req.query.url, (err, r) => res.send(r.body));
});
app.get('/c', (req, res) => {
@@  request(req.query.url).pipe(res);
});
app.get('/d', (req, res) => {
@@  https.request(new URL(req.query.u), (r) => r.pipe(res)).end();
});
app.get('/e', async (req, res) => {
@@  const r = await axios({ method: 'get', url: req.query.url });
  res.send(r.data);
});
app.get('/f', async (req, res) => {
@@  const api = axios.create({ baseURL: req.query.base });
  res.send((await api.get('/status')).data);
});
app.get('/g', async (req, res) => {
@@  const r = await fetch(new URL(req.query.path, 'https://api.example.com'));
  res.send(await r.text());
});
app.get('/h', async (req, res) => {
  const id = String(req.query.id);
  if (!/^[0-9a-f]{24}$/.test(id)) return res.sendStatus(400);
@ok  const r = await fetch(new URL('/v1/items/' + id, 'https://api.example.com'));
  res.send(await r.text());
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "p5 HTML written with res.end after a text/html header, Hapi h.response().type('text/html'), Fastify reply.header, and a res.render with a trusted-HTML local, against an escaped value and a render with auto-escaped locals",
    `const express = require('express');
const Hapi = require('@hapi/hapi');
const fastify = require('fastify')();
const he = require('he');

const app = express();
app.set('view engine', 'ejs');

app.get('/a', (req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@@  res.end('<div>' + req.query.msg + '</div>');
});
app.get('/a2', (req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@ok  res.end('<div>' + he.encode(String(req.query.msg)) + '</div>');
});
app.get('/r', (req, res) => {
@ok  res.render('profile', { name: req.query.name });
});
fastify.get('/f', async (request, reply) => {
@@  reply.header('Content-Type', 'text/html').send('<p>' + request.query.q + '</p>');
});

async function start() {
  const server = Hapi.server({ port: 3001 });
  server.route({
    method: 'GET',
    path: '/h',
@@    handler: (request, h) => h.response('<h1>' + request.query.title + '</h1>').type('text/html'),
  });
  await server.start();
}
start();
app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "p5 browser sinks beyond innerHTML: srcdoc, javascript: hrefs via setAttribute, script.src, inline event-handler attributes, DOMParser output appended, setHTMLUnsafe, document.writeln, against a sanitised srcdoc, an https-checked href and a data attribute",
    `const params = new URLSearchParams(location.search);
const frame = document.getElementById('preview');
const link = document.getElementById('profile-link');

function preview() {
@@  frame.srcdoc = params.get('html');
@ok  frame.srcdoc = DOMPurify.sanitize(params.get('html'));
}

function profile() {
@@  link.setAttribute('href', params.get('site'));
  const site = params.get('site');
  const u = new URL(site, location.origin);
@ok  if (u.protocol === 'https:') link.setAttribute('href', u.href);
}

function loadWidget() {
  const s = document.createElement('script');
@@  s.src = params.get('widget');
  document.head.appendChild(s);
}

function button() {
  const b = document.createElement('button');
@@  b.setAttribute('onclick', params.get('action'));
@ok  b.setAttribute('data-action', params.get('action'));
  document.body.appendChild(b);
}

function parsed() {
  const doc = new DOMParser().parseFromString(params.get('card'), 'text/html');
@@  document.getElementById('cards').append(...doc.body.childNodes);
}

function unsafe() {
@@  document.getElementById('box').setHTMLUnsafe(params.get('box'));
}

function writeln() {
@@  document.writeln('<p>' + params.get('p') + '</p>');
}

preview();
profile();
loadWidget();
button();
parsed();
unsafe();
writeln();
`,
  ),
  ...js(
    "CWE-94",
    "p5 browser code strings taken from the hash and query string (eval, setTimeout string, new Function, a javascript: location) against JSON.parse and a named-handler lookup",
    `const params = new URLSearchParams(location.search);
const HANDLERS = { refresh: () => location.reload(), top: () => window.scrollTo(0, 0) };

function runHash() {
@@  setTimeout(decodeURIComponent(location.hash.slice(1)), 0);
}
function runExpr() {
@@  return eval(params.get('expr'));
}
function runFn() {
@@  return new Function('ctx', params.get('body'))({});
}
function parseState() {
@ok  return JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}');
}
function dispatch() {
  const h = HANDLERS[params.get('do')];
@ok  if (typeof h === 'function') h();
}
runHash();
runExpr();
runFn();
parseState();
dispatch();
`,
  ),
  ...js(
    "CWE-327",
    "p5 crypto-js / node-forge DES, TripleDES, RC4 and ECB, and TLS contexts allowing TLS 1.0 or SSLv3, against AES with a random IV and TLS 1.2 minimums",
    `const CryptoJS = require('crypto-js');
const forge = require('node-forge');
const tls = require('tls');
const https = require('https');

function a(text, key) {
@@  return CryptoJS.DES.encrypt(text, key).toString();
}
function b(text, key) {
@@  return CryptoJS.TripleDES.encrypt(text, key).toString();
}
function c(text, key) {
@@  return CryptoJS.RC4.encrypt(text, key).toString();
}
function d(text, key) {
@@  return CryptoJS.AES.encrypt(text, CryptoJS.enc.Hex.parse(key), { mode: CryptoJS.mode.ECB }).toString();
}
function e(text, key) {
  const iv = CryptoJS.lib.WordArray.random(16);
@ok  return CryptoJS.AES.encrypt(text, CryptoJS.enc.Hex.parse(key), { iv, mode: CryptoJS.mode.CBC }).toString();
}
function f(bytes, key) {
@@  const cipher = forge.cipher.createCipher('DES-ECB', key);
  cipher.start();
  cipher.update(forge.util.createBuffer(bytes));
  cipher.finish();
  return cipher.output.getBytes();
}
function g(bytes, key) {
  const iv = forge.random.getBytesSync(12);
@ok  const cipher = forge.cipher.createCipher('AES-GCM', key);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(bytes));
  cipher.finish();
  return iv + cipher.output.getBytes() + cipher.mode.tag.getBytes();
}
@@const oldCtx = tls.createSecureContext({ minVersion: 'TLSv1' });
@@const oldAgent = new https.Agent({ secureProtocol: 'SSLv3_method' });
@ok const ctx = tls.createSecureContext({ minVersion: 'TLSv1.2' });
module.exports = { a, b, c, d, e, f, g, oldCtx, oldAgent, ctx };
`,
  ),
  ...js(
    "CWE-328",
    "p5 passwords hashed with crypto-js MD5 / SHA1, node-forge md5 and a plain sha256 without salt or stretching, against bcrypt and argon2",
    `const CryptoJS = require('crypto-js');
const forge = require('node-forge');
const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const argon2 = require('argon2');

function h1(password) {
@@  return CryptoJS.MD5(password).toString();
}
function h2(password) {
@@  return CryptoJS.SHA1(password).toString();
}
function h3(password) {
  const md = forge.md.md5.create();
@@  md.update(password);
  return md.digest().toHex();
}
function h4(password) {
@@  return crypto.createHash('sha256').update(password).digest('hex');
}
async function h5(password) {
@ok  return bcrypt.hash(password, 12);
}
async function h6(password) {
@ok  return argon2.hash(password);
}
module.exports = { h1, h2, h3, h4, h5, h6 };
`,
  ),
  ...js(
    "CWE-760",
    "p5 password hashes with a constant salt (pbkdf2, scrypt) against a random per-user salt",
    `const crypto = require('crypto');

const SALT = 'app-static-salt';

function derive(password) {
@@  return crypto.pbkdf2Sync(password, SALT, 310000, 32, 'sha256').toString('hex');
}
function derive2(password) {
@@  return crypto.scryptSync(password, 'salt', 64).toString('hex');
}
function derive3(password) {
  const salt = crypto.randomBytes(16);
@ok  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
}
module.exports = { derive, derive2, derive3 };
`,
  ),
  ...js(
    "CWE-347",
    "p5 JWT checks that accept unsigned or unverified tokens: express-jwt without algorithms pinned to HS, verify with none, a decode-then-trust, and jwt-simple decode with verification off, against a pinned algorithm",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const jwtSimple = require('jwt-simple');

const app = express();
const SECRET = process.env.JWT_SECRET;

app.get('/a', (req, res) => {
  const token = req.cookies && req.cookies.jwt;
@@  const { payload } = jwt.decode(token, { complete: true });
  if (payload.admin) return res.send('admin');
  res.sendStatus(403);
});
app.get('/b', (req, res) => {
@@  const claims = jwtSimple.decode(req.query.token, SECRET, true);
  res.json(claims);
});
app.get('/c', (req, res) => {
@ok  const claims = jwtSimple.decode(req.query.token, SECRET, false, 'HS256');
  res.json(claims);
});
app.get('/d', (req, res) => {
@@  jwt.verify(req.query.token, SECRET, { algorithms: ['none'] }, (err, claims) => res.json(claims));
});
app.get('/e', (req, res) => {
@ok  jwt.verify(req.query.token, SECRET, { algorithms: ['HS512'] }, (err, claims) => res.json(err ? {} : claims));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-295",
    "p5 certificate checks switched off in got, fetch agents, undici, request strictSSL and the ws client, against a custom CA",
    `const got = require('got');
const https = require('https');
const fs = require('fs');
const { Agent, fetch: ufetch } = require('undici');
const request = require('request');
const WebSocket = require('ws');

async function a(url) {
@@  return got(url, { https: { rejectUnauthorized: false } }).json();
}
async function b(url) {
@@  return fetch(url, { agent: new https.Agent({ rejectUnauthorized: false }) });
}
async function c(url) {
@@  return ufetch(url, { dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) });
}
function d(url, cb) {
@@  request({ url, strictSSL: false }, cb);
}
function e() {
@@  return new WebSocket('wss://feed.internal/stream', { rejectUnauthorized: false });
}
async function f(url) {
@ok  return got(url, { https: { certificateAuthority: fs.readFileSync('/etc/ssl/internal-ca.pem') } }).json();
}
module.exports = { a, b, c, d, e, f };
`,
  ),
  ...js(
    "CWE-1004",
    "p5 session and token cookies readable from script (httpOnly false in Express, Koa and the cookie package) against httpOnly cookies",
    `const express = require('express');
const Koa = require('koa');
const cookie = require('cookie');

const app = express();
app.post('/login', (req, res) => {
@@  res.cookie('session', req.app.locals.newSession(), { secure: true, httpOnly: false });
@ok  res.cookie('session2', req.app.locals.newSession(), { secure: true, httpOnly: true });
@ok  res.cookie('theme', 'dark', { secure: true, httpOnly: false });
  res.sendStatus(204);
});
const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.cookies.set('auth_token', ctx.state.token, { httpOnly: false, secure: true });
@@  ctx.set('Set-Cookie', cookie.serialize('sid', ctx.state.sid, { secure: true, httpOnly: false }));
});
app.listen(3000);
koa.listen(3001);
`,
  ),
  ...js(
    "CWE-942",
    "p5 CORS in Koa (default origin reflection with credentials), Fastify (origin true with credentials), a suffix regex, and a wildcard header set by hand, against exact origins",
    `const Koa = require('koa');
const koaCors = require('@koa/cors');
const fastify = require('fastify')();
const express = require('express');
const cors = require('cors');

const koa = new Koa();
@@koa.use(koaCors({ credentials: true }));
@ok koa.use(koaCors({ origin: 'https://app.example.com', credentials: true }));

@@fastify.register(require('@fastify/cors'), { origin: true, credentials: true });

const app = express();
@@app.use(cors({ origin: /example\\.com$/, credentials: true }));
@ok app.use(cors({ origin: /^https:\\/\\/(app|admin)\\.example\\.com$/, credentials: true }));
app.use((req, res, next) => {
@@  res.header('Access-Control-Allow-Origin', req.header('Origin') || '*');
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});
koa.listen(3001);
fastify.listen({ port: 3002 });
app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "p5 redirects through a Refresh header, a hand-set Location header, Fastify reply.redirect, Hapi h.redirect and a NestJS @Redirect handler's returned url, against 'back' and a lookup table",
    `const express = require('express');
const fastify = require('fastify')();
const Hapi = require('@hapi/hapi');

const app = express();
const TARGETS = { docs: '/docs', blog: '/blog' };

app.get('/a', (req, res) => {
@@  res.set('Refresh', '0; url=' + req.query.u).send('Redirecting...');
});
app.get('/b', (req, res) => {
@@  res.set('Location', req.query.u);
  res.status(302).end();
});
app.get('/c', (req, res) => {
@ok  res.redirect('back');
});
app.get('/d', (req, res) => {
@ok  res.redirect(TARGETS[req.query.t] || '/');
});
fastify.get('/e', async (request, reply) => {
@@  return reply.redirect(request.query.url);
});
async function start() {
  const server = Hapi.server({ port: 3001 });
  server.route({
    method: 'GET',
    path: '/f',
@@    handler: (request, h) => h.redirect(request.query.next),
  });
  await server.start();
}
start();
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "p5 NestJS redirects: @Redirect handlers returning a url from the query and res.redirect in a controller, against a fixed url",
    `import { Controller, Get, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('auth')
export class AuthController {
  @Get('done')
  @Redirect('/', 302)
  done(@Query('next') next: string) {
@@    return { url: next };
  }

  @Get('home')
  @Redirect('/', 302)
  home() {
@ok    return { url: '/dashboard' };
  }

  @Get('out')
  out(@Query('to') to: string, @Res() res: Response) {
@@    res.redirect(to);
  }
}
`,
  ),
  ...js(
    "CWE-1333",
    "p5 request strings used as patterns through String.match / search / replace with new RegExp and validator.matches, against split / includes / indexOf with the same string",
    `const express = require('express');
const validator = require('validator');

const app = express();
const text = 'lorem ipsum dolor sit amet';

app.get('/a', (req, res) => {
@@  res.json({ found: text.match(req.query.q) });
});
app.get('/b', (req, res) => {
@@  res.json({ at: text.search(req.query.q) });
});
app.get('/c', (req, res) => {
@@  res.json({ out: text.replace(new RegExp(req.query.q, 'g'), '*') });
});
app.get('/d', (req, res) => {
@@  res.json({ ok: validator.matches(String(req.query.v), req.query.pattern) });
});
app.get('/e', (req, res) => {
@ok  res.json({ parts: text.split(String(req.query.q)) });
});
app.get('/f', (req, res) => {
@ok  res.json({ has: text.includes(String(req.query.q)), at: text.indexOf(String(req.query.q)) });
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-915",
    "p5 request bodies written whole into models (create, Object.assign then save, update with the body, spread into a document) against picked fields",
    `const express = require('express');
const mongoose = require('mongoose');
const _ = require('lodash');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ name: String, email: String, isAdmin: Boolean }));

app.post('/users', async (req, res) => {
@@  res.json(await User.create(req.body));
});
app.put('/users/:id', async (req, res) => {
  const user = await User.findById(req.params.id);
@@  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});
app.patch('/users/:id', async (req, res) => {
@@  res.json(await User.findByIdAndUpdate(req.params.id, req.body, { new: true }));
});
app.post('/users2', async (req, res) => {
@ok  res.json(await User.create(_.pick(req.body, ['name', 'email'])));
});
app.put('/users2/:id', async (req, res) => {
  const { name, email } = req.body;
@ok  res.json(await User.findByIdAndUpdate(req.params.id, { name, email }, { new: true }));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-208",
    "p5 API keys, HMAC signatures and reset tokens compared with === / !==, against crypto.timingSafeEqual",
    `const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

app.use('/admin', (req, res, next) => {
@@  if (req.get('x-api-key') !== process.env.ADMIN_API_KEY) return res.sendStatus(401);
  next();
});
app.post('/hook', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.body).digest('hex');
@@  if (req.get('x-signature') === expected) return res.sendStatus(204);
  res.sendStatus(401);
});
app.post('/hook2', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.body).digest();
  const given = Buffer.from(String(req.get('x-signature')), 'hex');
@ok  if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return res.sendStatus(204);
  res.sendStatus(401);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-90",
    "p5 ldapjs search filters built from login input against ldap-escape and an EqualityFilter object",
    `const express = require('express');
const ldap = require('ldapjs');
const { filter: ldapEscape } = require('ldap-escape');

const app = express();
app.use(express.json());
const client = ldap.createClient({ url: 'ldaps://ldap.internal' });

app.post('/find', (req, res) => {
@@  client.search('ou=people,dc=example,dc=com', { filter: \`(uid=\${req.body.user})\`, scope: 'sub' }, (err, r) => r.on('end', () => res.end()));
});
app.post('/find2', (req, res) => {
@ok  client.search('ou=people,dc=example,dc=com', { filter: ldapEscape\`(uid=\${req.body.user})\`, scope: 'sub' }, (err, r) => r.on('end', () => res.end()));
});
app.post('/find3', (req, res) => {
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: String(req.body.user) });
@ok  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub' }, (err, r) => r.on('end', () => res.end()));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-643",
    "p5 xpath expressions built from request values (xpath.select, document.evaluate) against a parameterised xpath with variables",
    `const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');

app.get('/u', (req, res) => {
@@  const nodes = xpath.select(\`//user[name='\${req.query.name}']/email/text()\`, doc);
  res.json(nodes.map(String));
});
app.get('/u2', (req, res) => {
@ok  const nodes = xpath.parse('//user[name=$name]/email/text()').select({ node: doc, variables: { name: String(req.query.name) } });
  res.json(nodes.map(String));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-1385",
    "p5 ws and socket.io servers accepting connections from any origin for cookie-authenticated sessions, against a verifyClient origin check and a cors allow-list",
    `const http = require('http');
const { WebSocketServer } = require('ws');
const { Server } = require('socket.io');

const server = http.createServer();
@@const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (ws, req) => {
  const sid = req.headers.cookie;
  ws.on('message', (m) => ws.send(String(sid && m)));
});

@ok const wss2 = new WebSocketServer({
  server,
  path: '/live2',
  verifyClient: ({ origin }) => origin === 'https://app.example.com',
});
wss2.on('connection', (ws) => ws.send('hi'));

@@const io = new Server(server, { cors: { origin: true, credentials: true } });
@ok const io2 = new Server(server, { path: '/io2', cors: { origin: ['https://app.example.com'], credentials: true } });
io.on('connection', (s) => s.emit('hi'));
io2.on('connection', (s) => s.emit('hi'));
server.listen(3000);
`,
  ),
  ...js(
    "CWE-532",
    "p5 passwords, tokens and card numbers written to logs against redacted and non-secret fields",
    `const express = require('express');
const logger = require('./logger');

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
@@  console.log('login attempt', req.body.username, req.body.password);
@ok  console.log('login attempt', req.body.username);
  res.sendStatus(204);
});
app.post('/pay', (req, res) => {
@@  logger.info(\`charging card \${req.body.cardNumber} for \${req.body.amount}\`);
@ok  logger.info(\`charging card ending \${String(req.body.cardNumber).slice(-4)} for \${req.body.amount}\`);
  res.sendStatus(204);
});
app.get('/token', (req, res) => {
  const token = req.app.locals.issue();
@@  logger.debug('issued token ' + token);
  res.json({ token });
});
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-798",
    "p5 hard-coded API keys and bearer tokens in client constructors and headers, a pg Client password, and a Stripe key, against environment lookups",
    `import Stripe from 'stripe';
import { Client } from 'pg';
import axios from 'axios';

@@const stripe = new Stripe('sk_live_51Hx9ExAmPlEkEy0000aBcDeFgHiJkLmN', { apiVersion: '2023-10-16' });
@ok const stripe2 = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2023-10-16' });

@@const pg = new Client({ host: 'db.internal', user: 'report', password: 'r3p0rt!2024', database: 'dw' });
@ok const pg2 = new Client({ host: 'db.internal', user: 'report', password: process.env.PGPASSWORD, database: 'dw' });

export const github = axios.create({
  baseURL: 'https://api.github.com',
@@  headers: { Authorization: 'token ghp_R4nd0mT0k3nV4lu3F0rT3st1ng000000000' },
});

export { stripe, stripe2, pg, pg2 };
`,
  ),
  ...js(
    "CWE-94",
    "p5 Electron main process executing renderer-supplied script text with webContents.executeJavaScript and loading renderer-chosen URLs with node integration, against a fixed script with JSON-encoded data",
    `const { BrowserWindow, ipcMain } = require('electron');

ipcMain.on('run', (event, code) => {
@@  event.sender.executeJavaScript(code);
});
ipcMain.on('set-title', (event, title) => {
@ok  event.sender.executeJavaScript('document.title = ' + JSON.stringify(String(title)));
});
ipcMain.on('open', (event, url) => {
  const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
@@  w.loadURL(url);
});
`,
  ),
  ...ts(
    "CWE-78",
    "p6 commands from less common request sources: a Lambda event body, a Hono query, a Next.js server action's formData, a socket.io event and a ws message, promisified exec, against shell-quote and integer parsing",
    `import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { Hono } from 'hono';
import { Server } from 'socket.io';
import { WebSocketServer } from 'ws';
import { quote } from 'shell-quote';
import type { APIGatewayProxyEvent } from 'aws-lambda';

const run = promisify(exec);

export async function handler(event: APIGatewayProxyEvent) {
  const { host } = JSON.parse(event.body ?? '{}');
@@  const { stdout } = await run(\`dig +short \${host}\`);
  return { statusCode: 200, body: stdout };
}

export async function handlerSafe(event: APIGatewayProxyEvent) {
  const { host } = JSON.parse(event.body ?? '{}');
@ok  const { stdout } = await run(\`dig +short \${quote([String(host)])}\`);
  return { statusCode: 200, body: stdout };
}

const app = new Hono();
app.get('/trace', async (c) => {
@@  const { stdout } = await run('traceroute ' + c.req.query('target'));
  return c.text(stdout);
});
app.get('/count', async (c) => {
  const n = parseInt(c.req.query('n') ?? '1', 10);
@ok  const { stdout } = await run(\`seq \${n}\`);
  return c.text(stdout);
});

export async function archive(formData: FormData) {
  'use server';
  const dir = formData.get('dir') as string;
@@  await run(\`zip -r /tmp/out.zip \${dir}\`);
}

const io = new Server(3001);
io.on('connection', (socket) => {
  socket.on('ping-host', (host: string) => {
@@    exec('ping -c 1 ' + host, (e, out) => socket.emit('result', out));
  });
  socket.on('ping-host-safe', (host: string) => {
@ok    execFile('ping', ['-c', '1', String(host)], (e, out) => socket.emit('result', out));
  });
});

const wss = new WebSocketServer({ port: 3002 });
wss.on('connection', (ws) => {
  ws.on('message', (msg) => {
@@    exec(msg.toString(), (e, out) => ws.send(out));
  });
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "p6 SQL from GraphQL resolver args, tRPC input, SvelteKit and Remix handlers, pg-format %s and a Koa body, against pg-format %L, mysql escape and an integer",
    `import format from 'pg-format';
import mysql from 'mysql2';
import { Pool } from 'pg';
import Router from '@koa/router';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { RequestHandler } from '@sveltejs/kit';
import type { LoaderFunctionArgs } from '@remix-run/node';

const pool = new Pool();
const t = initTRPC.create();

export const resolvers = {
  Query: {
    user: async (_: unknown, args: { name: string }) => {
@@      const { rows } = await pool.query(\`SELECT * FROM users WHERE name = '\${args.name}'\`);
      return rows[0];
    },
    userSafe: async (_: unknown, args: { name: string }) => {
@ok      const { rows } = await pool.query('SELECT * FROM users WHERE name = $1', [args.name]);
      return rows[0];
    },
  },
};

export const router = t.router({
  byTag: t.procedure.input(z.object({ tag: z.string() })).query(async ({ input }) => {
@@    return (await pool.query("SELECT * FROM posts WHERE tag = '" + input.tag + "'")).rows;
  }),
  byId: t.procedure.input(z.object({ id: z.number().int() })).query(async ({ input }) => {
@ok    return (await pool.query(\`SELECT * FROM posts WHERE id = \${input.id}\`)).rows;
  }),
});

export const GET: RequestHandler = async ({ url }) => {
  const sort = url.searchParams.get('sort') ?? 'id';
@@  const { rows } = await pool.query(format('SELECT * FROM items ORDER BY %s', sort));
  return new Response(JSON.stringify(rows));
};

export const POST: RequestHandler = async ({ request }) => {
  const { name } = await request.json();
@ok  const { rows } = await pool.query(format('SELECT * FROM items WHERE name = %L', name));
  return new Response(JSON.stringify(rows));
};

export async function loader({ params }: LoaderFunctionArgs) {
@@  return (await pool.query(\`SELECT * FROM pages WHERE slug = '\${params.slug}'\`)).rows;
}

const r = new Router();
r.post('/search', async (ctx) => {
  const body = ctx.request.body as { q: string };
@@  ctx.body = (await pool.query('SELECT * FROM docs WHERE title LIKE \\'%' + body.q + '%\\'')).rows;
});
r.post('/search-safe', async (ctx) => {
  const body = ctx.request.body as { q: string };
@ok  ctx.body = (await pool.query('SELECT * FROM docs WHERE title LIKE ' + mysql.escape('%' + body.q + '%'))).rows;
});
`,
  ),
  ...js(
    "CWE-601",
    "p6 links and redirects built from the Host / X-Forwarded-Host headers (password-reset link poisoning, canonical redirects) against a configured base URL",
    `const express = require('express');
const mailer = require('./mailer');

const app = express();
app.use(express.json());

app.post('/forgot', async (req, res) => {
  const token = await req.app.locals.newResetToken(req.body.email);
@@  const link = \`https://\${req.headers['x-forwarded-host']}/reset?token=\${token}\`;
  await mailer.send(req.body.email, 'Reset your password', link);
  res.sendStatus(204);
});

app.post('/forgot-safe', async (req, res) => {
  const token = await req.app.locals.newResetToken(req.body.email);
@ok  const link = \`\${process.env.PUBLIC_BASE_URL}/reset?token=\${encodeURIComponent(token)}\`;
  await mailer.send(req.body.email, 'Reset your password', link);
  res.sendStatus(204);
});

app.use((req, res, next) => {
  if (req.protocol === 'http') {
@@    return res.redirect(301, 'https://' + req.get('host') + req.originalUrl);
  }
  next();
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "p6 file paths from a Hono param, a NestJS @Param, a Lambda path parameter and res.attachment, against sanitize-filename, a uuid check and path.basename",
    `import fs from 'fs';
import path from 'path';
import { Hono } from 'hono';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import sanitize from 'sanitize-filename';
import { validate as isUuid } from 'uuid';
import type { APIGatewayProxyEvent } from 'aws-lambda';

const ROOT = '/srv/uploads';
const app = new Hono();

app.get('/files/:name', (c) => {
@@  return c.body(fs.readFileSync(path.join(ROOT, c.req.param('name'))));
});
app.get('/files-safe/:name', (c) => {
@ok  return c.body(fs.readFileSync(path.join(ROOT, sanitize(c.req.param('name')))));
});

@Controller('avatars')
export class AvatarController {
  @Get(':file')
  get(@Param('file') file: string, @Res() res: Response) {
@@    fs.createReadStream(\`\${ROOT}/avatars/\${file}\`).pipe(res);
  }

  @Get('by-id/:id')
  byId(@Param('id') id: string, @Res() res: Response) {
    if (!isUuid(id)) return res.sendStatus(400);
@ok    fs.createReadStream(\`\${ROOT}/avatars/\${id}.png\`).pipe(res);
  }
}

export async function download(event: APIGatewayProxyEvent) {
  const name = event.pathParameters?.name ?? '';
@@  const body = fs.readFileSync(path.resolve(ROOT, name)).toString('base64');
  return { statusCode: 200, body, isBase64Encoded: true };
}

export async function downloadSafe(event: APIGatewayProxyEvent) {
  const name = path.basename(event.pathParameters?.name ?? '');
@ok  const body = fs.readFileSync(path.resolve(ROOT, name)).toString('base64');
  return { statusCode: 200, body, isBase64Encoded: true };
}
export default app;
`,
  ),
  ...ts(
    "CWE-79",
    "p6 TSX and server-rendered HTML: a Hono c.html with a raw helper, Next.js route handler HTML, a React component with a query value in dangerouslySetInnerHTML after a type cast, and a Svelte-style {@html} equivalent via innerHTML, against JSX text, Hono html escaping and escape-html",
    `import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { NextRequest } from 'next/server';
import escapeHtml from 'escape-html';
import { useSearchParams } from 'next/navigation';

const app = new Hono();
app.get('/h', (c) => {
  const q = c.req.query('q') ?? '';
@@  return c.html(html\`<p>\${raw(q)}</p>\`);
});
app.get('/h2', (c) => {
  const q = c.req.query('q') ?? '';
@ok  return c.html(html\`<p>\${q}</p>\`);
});

export async function GET(req: NextRequest) {
  const name = req.nextUrl.searchParams.get('name') ?? '';
@@  return new Response(\`<h1>\${name}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(req: NextRequest) {
  const { name } = (await req.json()) as { name: string };
@ok  return new Response(\`<h1>\${escapeHtml(name)}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export function Greeting() {
  const params = useSearchParams();
  const who = params.get('who') as string;
@@  return <div dangerouslySetInnerHTML={{ __html: \`Hi \${who}!\` }} />;
}

export function GreetingSafe() {
  const params = useSearchParams();
  const who = params.get('who') as string;
@ok  return <div>Hi {who}!</div>;
}
export default app;
`,
  ),
  ...ts(
    "CWE-918",
    "p6 fetches to URLs from tRPC input, a NestJS @Body DTO through HttpService, a webhook URL stored per user and an image proxy in a SvelteKit handler, against a zod url restricted to one host",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { Body, Controller, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { RequestHandler } from '@sveltejs/kit';

const t = initTRPC.create();
export const router = t.router({
  preview: t.procedure.input(z.object({ url: z.string().url() })).query(async ({ input }) => {
@@    return (await fetch(input.url)).text();
  }),
  previewSafe: t.procedure
    .input(z.object({ url: z.string().url().refine((u) => new URL(u).hostname === 'images.example.com') }))
    .query(async ({ input }) => {
@ok      return (await fetch(input.url)).text();
    }),
});

class HookDto {
  url!: string;
}

@Controller('hooks')
export class HooksController {
  constructor(private readonly http: HttpService) {}

  @Post('test')
  async test(@Body() dto: HookDto) {
@@    const r = await firstValueFrom(this.http.post(dto.url, { ping: true }));
    return r.status;
  }
}

export const GET: RequestHandler = async ({ url }) => {
  const src = url.searchParams.get('src') ?? '';
@@  const img = await fetch(src);
  return new Response(img.body, { headers: { 'Content-Type': img.headers.get('Content-Type') ?? 'image/png' } });
};
`,
  ),
  ...ts(
    "CWE-1321",
    "p6 prototype pollution through hand-written path setters (a reduce over dotted keys, a loop over bracket paths with ??=) fed from the request, against an allow-listed single key",
    `import express from 'express';

const app = express();
app.use(express.json());
const prefs: Record<string, any> = {};
const ALLOWED_KEYS = new Set(['theme', 'language', 'timezone']);

function setByPath(obj: any, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((o, k) => (o[k] = o[k] || {}), obj);
@@  parent[last] = value;
}

function assignPath(target: any, parts: string[], value: unknown) {
  let cur = target;
  for (const p of parts.slice(0, -1)) cur = cur[p] ??= {};
@@  cur[parts[parts.length - 1]] = value;
}

app.post('/prefs', (req, res) => {
  setByPath(prefs, String(req.body.path), req.body.value);
  res.json(prefs);
});

app.post('/deep', (req, res) => {
  assignPath(prefs, String(req.body.path).split(/[.[\\]]+/).filter(Boolean), req.body.value);
  res.json(prefs);
});

app.post('/prefs-safe', (req, res) => {
  const key = String(req.body.key);
  if (!ALLOWED_KEYS.has(key)) return res.sendStatus(400);
@ok  prefs[key] = req.body.value;
  res.json(prefs);
});
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-502",
    "p6 deserialising request data with funcster (functions revived from their source) against JSON.parse with a schema check",
    `import express from 'express';
import funcster from 'funcster';
import { z } from 'zod';

const app = express();
app.use(express.text());

app.post('/jobs', (req, res) => {
@@  const job = funcster.deepDeserialize(JSON.parse(req.body));
  res.json(job.run());
});

const Settings = z.object({ theme: z.enum(['light', 'dark']), size: z.number().int() });
app.post('/settings', (req, res) => {
@ok  const s = Settings.parse(JSON.parse(req.body));
  res.json(s);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-732",
    "p7 files and directories made world-writable or world-readable secrets (chmod 0o777 / 0o666, writeFile with mode 0o666, mkdir 0o777, umask 0) against owner-only modes",
    `const fs = require('fs');

function saveKey(pem) {
@@  fs.writeFileSync('/etc/app/private.pem', pem, { mode: 0o666 });
@ok  fs.writeFileSync('/etc/app/private2.pem', pem, { mode: 0o600 });
}
function share(dir) {
@@  fs.chmodSync(dir, 0o777);
@ok  fs.chmodSync(dir, 0o750);
}
function makeSpool() {
@@  fs.mkdirSync('/var/spool/app', { recursive: true, mode: 0o777 });
@ok  fs.mkdirSync('/var/spool/app2', { recursive: true, mode: 0o700 });
}
@@process.umask(0);
module.exports = { saveKey, share, makeSpool };
`,
  ),
  ...js(
    "CWE-319",
    "p7 credentials and tokens sent over plain http:// and ws:// against https:// / wss:// and localhost",
    `const axios = require('axios');
const WebSocket = require('ws');

async function login(user, password) {
@@  return axios.post('http://auth.example.com/api/login', { user, password });
}
async function loginSafe(user, password) {
@ok  return axios.post('https://auth.example.com/api/login', { user, password });
}
function stream(token) {
@@  return new WebSocket('ws://feed.example.com/live?token=' + token);
}
function streamSafe(token) {
@ok  return new WebSocket('wss://feed.example.com/live?token=' + token);
}
async function local(token) {
@ok  return fetch('http://localhost:8080/internal/health', { headers: { Authorization: \`Bearer \${token}\` } });
}
async function report(apiKey, data) {
@@  return fetch('http://metrics.example.com/v1/ingest', { method: 'POST', headers: { 'x-api-key': apiKey }, body: JSON.stringify(data) });
}
module.exports = { login, loginSafe, stream, streamSafe, local, report };
`,
  ),
  ...js(
    "CWE-613",
    "p7 JWTs accepted past expiry (ignoreExpiration) or issued without an expiry, against verify with defaults and tokens with expiresIn",
    `const jwt = require('jsonwebtoken');
const SECRET = process.env.JWT_SECRET;

function check(token) {
@@  return jwt.verify(token, SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
}
function checkSafe(token) {
@ok  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}
function issue(user) {
@@  return jwt.sign({ sub: user.id, role: user.role }, SECRET);
}
function issueSafe(user) {
@ok  return jwt.sign({ sub: user.id, role: user.role }, SECRET, { expiresIn: '15m' });
}
module.exports = { check, checkSafe, issue, issueSafe };
`,
  ),
  ...js(
    "CWE-209",
    "p7 Express error handlers sending stack traces and raw error objects to clients against a generic message with the detail logged",
    `const express = require('express');

const app = express();

app.get('/a', async (req, res) => {
  try {
    await req.app.locals.work();
  } catch (err) {
@@    res.status(500).send(err.stack);
  }
});
app.get('/b', async (req, res) => {
  try {
    await req.app.locals.work();
  } catch (err) {
    console.error(err);
@ok    res.status(500).json({ error: 'internal error' });
  }
});
app.use((err, req, res, next) => {
@@  res.status(500).json({ message: err.message, stack: err.stack });
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-400",
    "p7 unbounded request bodies and uploads (express.json with a huge limit, multer without limits, zlib inflate of the body without maxOutputLength), against bounded settings",
    `const express = require('express');
const multer = require('multer');
const zlib = require('zlib');

const app = express();
@@app.use('/bulk', express.json({ limit: '2gb' }));
@ok app.use('/api', express.json({ limit: '100kb' }));
@@const upload = multer({ dest: '/tmp/uploads' });
@ok const upload2 = multer({ dest: '/tmp/uploads', limits: { fileSize: 5 * 1024 * 1024, files: 1 } });

app.post('/gz', express.raw({ type: 'application/gzip', limit: '1mb' }), (req, res) => {
@@  const text = zlib.gunzipSync(req.body).toString();
  res.json({ size: text.length });
});
app.post('/gz2', express.raw({ type: 'application/gzip', limit: '1mb' }), (req, res) => {
@ok  const text = zlib.gunzipSync(req.body, { maxOutputLength: 10 * 1024 * 1024 }).toString();
  res.json({ size: text.length });
});
app.post('/up', upload.single('f'), (req, res) => res.sendStatus(204));
app.post('/up2', upload2.single('f'), (req, res) => res.sendStatus(204));
app.listen(3000);
`,
  ),
  ...js(
    "CWE-548",
    "p7 serving directory listings and the project root (serve-index, express.static on the app directory and dotfiles allowed) against a public folder with dotfiles ignored",
    `const express = require('express');
const serveIndex = require('serve-index');
const path = require('path');

const app = express();
@@app.use('/files', express.static('/srv/files'), serveIndex('/srv/files', { icons: true }));
@@app.use(express.static(__dirname, { dotfiles: 'allow' }));
@ok app.use(express.static(path.join(__dirname, 'public'), { dotfiles: 'ignore' }));
app.listen(3000);
`,
  ),
  ...js(
    "CWE-352",
    "p7 cookie-session apps with state-changing routes and no CSRF protection, a SameSite=None session cookie, against SameSite=Strict and a csrf middleware",
    `const express = require('express');
const session = require('express-session');
const { doubleCsrf } = require('csrf-csrf');

const app = express();
app.use(express.urlencoded({ extended: false }));
@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'none' } }));

app.post('/transfer', (req, res) => {
  req.session.balance -= Number(req.body.amount);
  res.redirect('/');
});

const other = express();
@ok other.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'strict' } }));
const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET });
other.use(doubleCsrfProtection);
other.post('/transfer', (req, res) => {
  req.session.balance -= Number(req.body.amount);
  res.redirect('/');
});
app.listen(3000);
other.listen(3001);
`,
  ),
  ...js(
    "CWE-94",
    "p7 request text run as worker code (new Worker with eval: true), child_process.fork of a request-chosen module, and vm.SourceTextModule, against a fixed worker file receiving data",
    `const express = require('express');
const { Worker } = require('worker_threads');
const { fork } = require('child_process');
const path = require('path');

const app = express();
app.use(express.json());

app.post('/w', (req, res) => {
@@  const w = new Worker(req.body.code, { eval: true });
  w.on('message', (m) => res.json(m));
});
app.post('/w2', (req, res) => {
@ok  const w = new Worker(path.join(__dirname, 'workers', 'resize.js'), { workerData: req.body });
  w.on('message', (m) => res.json(m));
});
app.post('/task', (req, res) => {
@@  const child = fork(req.body.module, [String(req.body.arg)]);
  child.on('exit', () => res.sendStatus(204));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "p7 weak randomness for secrets: crypto.pseudoRandomBytes, Math.random-based uuid and nanoid/non-secure, a seeded PRNG, against crypto.randomUUID and nanoid",
    `const crypto = require('crypto');
const { nanoid } = require('nanoid');
const { nanoid: insecureId } = require('nanoid/non-secure');
const seedrandom = require('seedrandom');

function apiKey() {
@@  return crypto.pseudoRandomBytes(32).toString('hex');
}
function resetToken() {
@@  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => ((Math.random() * 16) | 0).toString(16));
}
function inviteCode() {
@@  return insecureId(21);
}
function sessionSecret() {
  const rng = seedrandom(String(Date.now()));
@@  return Math.floor(rng() * 1e16).toString(36);
}
function apiKeySafe() {
@ok  return crypto.randomUUID();
}
function inviteCodeSafe() {
@ok  return nanoid(21);
}
module.exports = { apiKey, resetToken, inviteCode, sessionSecret, apiKeySafe, inviteCodeSafe };
`,
  ),
  ...js(
    "CWE-79",
    "p8 browser rendering through markdown and template helpers that do not escape (marked, Handlebars triple-stash, lodash <%= %>), execCommand insertHTML, and a value scraped from location.search by regex, against DOMPurify over marked, double-stash, <%- %> and textContent",
    `import { marked } from 'marked';
import Handlebars from 'handlebars';
import _ from 'lodash';
import DOMPurify from 'dompurify';

const params = new URLSearchParams(location.search);
const box = document.getElementById('box');

function md() {
@@  box.innerHTML = marked.parse(params.get('md') || '');
@ok  box.innerHTML = DOMPurify.sanitize(marked.parse(params.get('md') || ''));
}
function hbs() {
@@  box.innerHTML = Handlebars.compile('<p>{{{bio}}}</p>')({ bio: params.get('bio') });
@ok  box.innerHTML = Handlebars.compile('<p>{{bio}}</p>')({ bio: params.get('bio') });
}
function lodashTpl() {
@@  box.innerHTML = _.template('<p><%= name %></p>')({ name: params.get('name') });
@ok  box.innerHTML = _.template('<p><%- name %></p>')({ name: params.get('name') });
}
function editor() {
@@  document.execCommand('insertHTML', false, params.get('snippet'));
}
function scraped() {
  const m = location.search.match(/[?&]q=([^&]*)/);
  const q = m ? decodeURIComponent(m[1]) : '';
@@  document.getElementById('title').innerHTML = 'Search: ' + q;
@ok  document.getElementById('title2').textContent = 'Search: ' + q;
}
md();
hbs();
lodashTpl();
editor();
scraped();
`,
  ),
  ...js(
    "CWE-22",
    "p8 a plain http server serving '.' + req.url, res.render of a request-chosen view, res.sendFile(path.resolve(query)), against a fixed view and a decoded, normalised and prefix-checked URL path",
    `const http = require('http');
const fs = require('fs');
const path = require('path');
const express = require('express');

const ROOT = path.resolve('public');

http.createServer((req, res) => {
@@  fs.createReadStream('.' + req.url).pipe(res);
}).listen(8080);

http.createServer((req, res) => {
  const p = path.normalize(path.join(ROOT, decodeURIComponent(new URL(req.url, 'http://localhost').pathname)));
  if (!p.startsWith(ROOT + path.sep)) { res.statusCode = 403; return res.end(); }
@ok  fs.createReadStream(p).pipe(res);
}).listen(8081);

const app = express();
app.get('/page', (req, res) => {
@@  res.render(req.query.view, { user: req.user });
});
app.get('/home', (req, res) => {
@ok  res.render('home', { user: req.user, tab: req.query.tab });
});
app.get('/get', (req, res) => {
@@  res.sendFile(path.resolve(req.query.f));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "p8 identifiers and clauses from the request (ORDER BY column, LIMIT text, table name) against an allow-list map, parseInt, knex ?? identifier bindings and pg-format %I",
    `const express = require('express');
const { Pool } = require('pg');
const knex = require('knex')({ client: 'pg' });
const format = require('pg-format');

const app = express();
const pool = new Pool();
const SORTS = { name: 'name', created: 'created_at' };

app.get('/a', async (req, res) => {
@@  res.json((await pool.query(\`SELECT * FROM items ORDER BY \${req.query.sort}\`)).rows);
});
app.get('/b', async (req, res) => {
  const col = SORTS[req.query.sort] || 'id';
@ok  res.json((await pool.query(\`SELECT * FROM items ORDER BY \${col}\`)).rows);
});
app.get('/c', async (req, res) => {
@ok  res.json((await pool.query(\`SELECT * FROM items LIMIT \${parseInt(req.query.limit, 10) || 20}\`)).rows);
});
app.get('/d', async (req, res) => {
@@  res.json((await pool.query('SELECT * FROM ' + req.query.table + ' LIMIT 10')).rows);
});
app.get('/e', async (req, res) => {
@ok  res.json(await knex.raw('SELECT * FROM items ORDER BY ?? ASC', [req.query.sort]));
});
app.get('/f', async (req, res) => {
@ok  res.json((await pool.query(format('SELECT * FROM %I LIMIT 10', req.query.table))).rows);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "p8 shell commands from request values escaped with shell-escape / shell-quote or checked against a strict pattern, against the same commands built raw and a pattern without anchors",
    `const express = require('express');
const { exec, execSync } = require('child_process');
const shellescape = require('shell-escape');

const app = express();

app.get('/a', (req, res) => {
@ok  exec('ls -la ' + shellescape([String(req.query.dir)]), (e, out) => res.send(out));
});
app.get('/b', (req, res) => {
@@  exec('ls -la "' + req.query.dir + '"', (e, out) => res.send(out));
});
app.get('/c', (req, res) => {
  const host = String(req.query.host);
  if (!/^[a-z0-9.-]+$/i.test(host)) return res.sendStatus(400);
@ok  res.send(execSync('host ' + host).toString());
});
app.get('/d', (req, res) => {
  const host = String(req.query.host);
  if (!/[a-z0-9.-]+/i.test(host)) return res.sendStatus(400);
@@  res.send(execSync('host ' + host).toString());
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "p9 more jQuery sinks: before / after / replaceWith / wrap with markup strings, $('<div>' + q + '</div>'), and .html(fn), against .text() and constant markup",
    `const q = new URLSearchParams(location.search).get('q') || '';
const h = decodeURIComponent(location.hash.slice(1));

$(function () {
@@  $('#a').after('<span>' + q + '</span>');
@@  $('#b').before(\`<em>\${h}</em>\`);
@@  $('#c').replaceWith('<div id="c">' + q + '</div>');
@@  $('#d').wrap('<section title="' + q + '"></section>');
@@  $('<div class="note">' + h + '</div>').appendTo('body');
@@  $('#e').html(() => q);
@ok  $('#f').text(q);
@ok  $('#g').after('<hr class="sep">');
@ok  $('<div class="note"></div>').text(h).appendTo('body');
});
`,
  ),
  ...js(
    "CWE-94",
    "p9 jQuery's globalEval of the URL fragment (script text run in the page) against a constant",
    `const h = decodeURIComponent(location.hash.slice(1));

$(function () {
@@  $.globalEval(h);
@ok  $.globalEval('window.appReady = true;');
});
`,
  ),
  ...js(
    "CWE-79",
    "p9 React sinks without JSX's escaping: createElement with dangerouslySetInnerHTML, iframe srcDoc and an anchor href from the query string, ref outerHTML, against a scheme-checked href and text children",
    `import React, { useEffect, useRef } from 'react';

const params = new URLSearchParams(window.location.search);

export function A() {
@@  return React.createElement('div', { dangerouslySetInnerHTML: { __html: params.get('html') } });
}
export function B() {
@@  return <iframe title="preview" srcDoc={params.get('doc')} />;
}
export function C() {
@@  return <a href={params.get('site')}>website</a>;
}
export function D() {
  const site = params.get('site') || '';
@ok  return <a href={/^https:\\/\\//.test(site) ? site : '#'}>website</a>;
}
export function E() {
  const ref = useRef(null);
  useEffect(() => {
@@    ref.current.outerHTML = '<p>' + params.get('p') + '</p>';
  }, []);
  return <p ref={ref} />;
}
export function F() {
@ok  return React.createElement('div', null, params.get('html'));
}
`,
  ),
  ...ts(
    "CWE-79",
    "p9 Angular: bypassSecurityTrustScript / Style / ResourceUrl on route input, Renderer2.setProperty innerHTML and nativeElement.insertAdjacentHTML, against sanitize() and a constant resource URL",
    `import { Component, ElementRef, Renderer2, SecurityContext, ViewChild } from '@angular/core';
import { DomSanitizer, SafeResourceUrl, SafeScript, SafeStyle } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-x', template: '<div #host></div><iframe [src]="frame"></iframe>' })
export class XComponent {
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLElement>;
  script!: SafeScript;
  style!: SafeStyle;
  frame!: SafeResourceUrl;

  constructor(private s: DomSanitizer, private route: ActivatedRoute, private r: Renderer2) {}

  load() {
    const p = this.route.snapshot.queryParamMap;
@@    this.script = this.s.bypassSecurityTrustScript(p.get('js') ?? '');
@@    this.style = this.s.bypassSecurityTrustStyle(p.get('css') ?? '');
@@    this.frame = this.s.bypassSecurityTrustResourceUrl(p.get('embed') ?? '');
@ok    this.frame = this.s.bypassSecurityTrustResourceUrl('https://maps.example.com/embed');
@@    this.r.setProperty(this.host.nativeElement, 'innerHTML', p.get('html'));
@ok    this.r.setProperty(this.host.nativeElement, 'innerHTML', this.s.sanitize(SecurityContext.HTML, p.get('html')));
@@    this.host.nativeElement.insertAdjacentHTML('beforeend', p.get('extra') ?? '');
  }
}
`,
  ),
  ...js(
    "CWE-798",
    "p10 cipher and HMAC keys written into the source (a hex literal, Buffer.from of a string, a CryptoJS passphrase) against keys from the environment and a KMS-decrypted buffer",
    `const crypto = require('crypto');
const CryptoJS = require('crypto-js');

@@const KEY = Buffer.from('4f1c2a9b7e3d5c6a8b0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566', 'hex');
@ok const KEY2 = Buffer.from(process.env.DATA_KEY_HEX, 'hex');

function seal(text) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  return Buffer.concat([iv, c.update(text), c.final(), c.getAuthTag()]).toString('base64');
}
function sign(body) {
@@  return crypto.createHmac('sha256', Buffer.from('webhook-signing-key-2024')).update(body).digest('hex');
}
function legacy(text) {
@@  return CryptoJS.AES.encrypt(text, 'my secret passphrase 123').toString();
}
function legacySafe(text) {
@ok  return CryptoJS.AES.encrypt(text, process.env.LEGACY_PASSPHRASE).toString();
}
module.exports = { seal, sign, legacy, legacySafe, KEY2 };
`,
  ),
  ...js(
    "CWE-326",
    "p10 short RSA keys through node-rsa and node-forge, against 2048-bit and larger",
    `const NodeRSA = require('node-rsa');
const forge = require('node-forge');

@@const k1 = new NodeRSA({ b: 512 });
@ok const k2 = new NodeRSA({ b: 2048 });
@@const k3 = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
@ok const k4 = forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 });
module.exports = { k1, k2, k3, k4 };
`,
  ),
  ...js(
    "CWE-327",
    "p10 signatures over SHA-1 / MD5 (createSign, createVerify) and TLS servers offering RC4 / 3DES / export ciphers, against SHA-256 signatures and the default cipher list",
    `const crypto = require('crypto');
const https = require('https');
const fs = require('fs');

function signDoc(doc, key) {
@@  return crypto.createSign('RSA-SHA1').update(doc).sign(key, 'base64');
}
function verifyDoc(doc, sig, pub) {
@@  return crypto.createVerify('md5').update(doc).verify(pub, sig, 'base64');
}
function signDocSafe(doc, key) {
@ok  return crypto.createSign('sha256').update(doc).sign(key, 'base64');
}
const opts = { key: fs.readFileSync('k.pem'), cert: fs.readFileSync('c.pem') };
@@https.createServer({ ...opts, ciphers: 'RC4-SHA:DES-CBC3-SHA:EXP-RC4-MD5' }, (q, r) => r.end()).listen(8443);
@ok https.createServer({ ...opts, minVersion: 'TLSv1.2' }, (q, r) => r.end()).listen(8444);
module.exports = { signDoc, verifyDoc, signDocSafe };
`,
  ),
  ...js(
    "CWE-94",
    "p10 server-side code from the request through doT templates, vm.runInThisContext, the Function constructor reached via a constructor chain, and a MongoDB $function body, against fixed templates and data-only values",
    `const express = require('express');
const dot = require('dot');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/dot', (req, res) => {
@@  res.send(dot.template(req.body.tpl)({ name: 'x' }));
});
app.post('/dot-safe', (req, res) => {
@ok  res.send(dot.template('<p>{{!it.name}}</p>')({ name: req.body.name }));
});
app.post('/this', (req, res) => {
@@  res.json({ out: vm.runInThisContext(req.body.code) });
});
app.post('/ctor', (req, res) => {
@@  res.json({ out: [].constructor.constructor(req.body.code)() });
});
app.post('/agg', async (req, res) => {
  const coll = req.app.locals.db.collection('items');
@@  const rows = await coll.find({ $expr: { $function: { body: req.body.fn, args: ['$price'], lang: 'js' } } }).toArray();
  res.json(rows);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "p10 query languages other than SQL built from request text: libxmljs XPath find, an ldapjs parseFilter, a Cypher query string and an Elasticsearch query_string, against parameters and escaped values",
    `const express = require('express');
const libxmljs = require('libxmljs');
const ldap = require('ldapjs');
const neo4j = require('neo4j-driver');
const { Client } = require('@elastic/elasticsearch');

const app = express();
const doc = libxmljs.parseXml('<users><user name="a"/></users>');
const driver = neo4j.driver('neo4j://db', neo4j.auth.basic('neo4j', process.env.NEO4J_PW));
const es = new Client({ node: 'http://es:9200' });

app.get('/x', (req, res) => {
@@  res.json(doc.find(\`//user[@name='\${req.query.name}']\`).length);
});
app.get('/l', (req, res) => {
@@  res.json(ldap.parseFilter('(cn=' + req.query.cn + ')').toString());
});
app.get('/c', async (req, res) => {
  const s = driver.session();
@@  const r = await s.run(\`MATCH (u:User) WHERE u.name = '\${req.query.name}' RETURN u\`);
@ok  const r2 = await s.run('MATCH (u:User) WHERE u.name = $name RETURN u', { name: String(req.query.name) });
  res.json([r.records.length, r2.records.length]);
});
app.get('/e', async (req, res) => {
@ok  const r = await es.search({ index: 'docs', query: { match: { title: String(req.query.q) } } });
  res.json(r.hits.hits);
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-329",
    "p11 IVs derived from the key or from a counter that restarts, against crypto.randomBytes per message",
    `const crypto = require('crypto');

const key = crypto.scryptSync(process.env.APP_SECRET, 'derivation-salt', 32);

function seal1(text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  return Buffer.concat([c.update(text), c.final()]).toString('base64');
}
function seal2(text) {
  const iv = crypto.createHash('md5').update(key).digest();
@@  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([c.update(text), c.final()]).toString('base64');
}
function seal3(text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, c.update(text), c.final()]).toString('base64');
}
module.exports = { seal1, seal2, seal3 };
`,
  ),
  ...js(
    "CWE-916",
    "p11 password hashing that is too fast: a salted sha256, scrypt with a tiny cost, argon2 with minimal time and memory, against the libraries' defaults",
    `const crypto = require('crypto');
const argon2 = require('argon2');

function h1(password, salt) {
@@  return crypto.createHash('sha256').update(salt + password).digest('hex');
}
function h2(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { N: 1024 }).toString('hex');
}
async function h3(password) {
@@  return argon2.hash(password, { timeCost: 1, memoryCost: 1024, parallelism: 1 });
}
function h4(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64).toString('hex');
}
async function h5(password) {
@ok  return argon2.hash(password);
}
module.exports = { h1, h2, h3, h4, h5 };
`,
  ),
  ...js(
    "CWE-79",
    "p11 server HTML from Koa ctx.type html, Express res.format html branch and res.end without a content type, against escaped values and a JSON branch",
    `const Koa = require('koa');
const express = require('express');
const escapeHtml = require('escape-html');

const koa = new Koa();
koa.use(async (ctx) => {
  ctx.type = 'html';
@@  ctx.body = '<h2>' + ctx.query.title + '</h2>';
});

const app = express();
app.get('/n', (req, res) => {
  res.format({
@@    html: () => res.send('<p>' + req.query.note + '</p>'),
@ok    json: () => res.json({ note: req.query.note }),
  });
});
app.get('/m', (req, res) => {
  res.format({
@ok    html: () => res.send('<p>' + escapeHtml(String(req.query.note)) + '</p>'),
  });
});
koa.listen(3001);
app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "p12 redirect targets that only look relative ('/' + input, a protocol-relative template, a decoded path parameter, a POST body field) against a fixed path prefix and an encoded query value",
    `const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/a', (req, res) => {
@@  res.redirect('/' + req.query.p);
});
app.get('/b', (req, res) => {
@@  res.redirect(\`//\${req.query.host}/welcome\`);
});
app.get('/c/*', (req, res) => {
@@  res.redirect(decodeURIComponent(req.params[0]));
});
app.post('/login', (req, res) => {
@@  res.redirect(303, req.body.returnUrl);
});
app.get('/d', (req, res) => {
@ok  res.redirect('/app/' + encodeURIComponent(req.query.p));
});
app.get('/e', (req, res) => {
@ok  res.redirect('/search?q=' + encodeURIComponent(req.query.q));
});
app.listen(3000);
`,
  ),
  ...js(
    "CWE-601",
    "p12 browser navigation through new URL(target, location.origin) (an absolute target keeps its own origin) against the same URL checked to stay on this origin",
    `const params = new URLSearchParams(location.search);

function go() {
@@  location.href = new URL(params.get('next') || '/', location.origin).href;
}
function goSafe() {
  const u = new URL(params.get('next') || '/', location.origin);
@ok  if (u.origin === location.origin) location.href = u.href;
}
go();
goSafe();
`,
  ),
];
