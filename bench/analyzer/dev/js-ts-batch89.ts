// Dev suite "js-ts", batch 89: written blind, before any fix for it (own code). Injection sinks in line-level
// rule-test style, each next to the same API used safely: ORM raw-query variants (Sequelize literal and query,
// knex whereRaw/orderByRaw, TypeORM query builder, Prisma $queryRawUnsafe vs the tagged $queryRaw, mongoose $where),
// child_process with shell: true, Deno.Command / Bun.spawn with a shell, Bun's $ shell, DOM sinks (document.write,
// insertAdjacentHTML, outerHTML, srcdoc, location.assign), Angular bypassSecurityTrust*, React href and
// dangerouslySetInnerHTML, template engines compiling request text (Handlebars, ejs, pug, nunjucks, lodash.template),
// vm and new Function, puppeteer goto and setContent, express sendFile and download, insecure temporary files,
// recursive merges of request bodies, RegExp built from a query value.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch89", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch89", cwe, note, src, "typescript");

export const BATCH89: DevCase[] = [
  ...js(
    "CWE-89",
    "Sequelize: sequelize.literal and where string with a query value vs replacements and an operator object",
    `const express = require('express');
const { Sequelize, QueryTypes, Op } = require('sequelize');
const { Order } = require('./models');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();

app.get('/orders', async (req, res) => {
  const status = req.query.status;
@@  const rows = await Order.findAll({ where: sequelize.literal("status = '" + status + "'") });
@ok  const rows2 = await Order.findAll({ where: { status: { [Op.eq]: String(status) } } });
  res.json([rows, rows2]);
});

app.get('/totals', async (req, res) => {
@@  const t = await sequelize.query(\`SELECT SUM(amount) AS s FROM orders WHERE customer = '\${req.query.c}'\`, { type: QueryTypes.SELECT });
@ok  const t2 = await sequelize.query('SELECT SUM(amount) AS s FROM orders WHERE customer = :c', { replacements: { c: req.query.c }, type: QueryTypes.SELECT });
  res.json([t, t2]);
});
`,
  ),
  ...ts(
    "CWE-89",
    "knex whereRaw and orderByRaw with request values vs bindings and an allow-listed column",
    `import express from 'express';
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();
const SORTABLE = new Set(['name', 'created_at']);

app.get('/items', async (req, res) => {
  const q = String(req.query.q ?? '');
  const sort = String(req.query.sort ?? 'name');
@@  const a = await knex('items').whereRaw(\`name ILIKE '%\${q}%'\`);
@ok  const b = await knex('items').whereRaw('name ILIKE ?', [\`%\${q}%\`]);
@@  const c = await knex('items').orderByRaw(sort + ' DESC');
@ok  const d = await knex('items').orderBy(SORTABLE.has(sort) ? sort : 'name', 'desc');
  res.json({ a, b, c, d });
});
`,
  ),
  ...ts(
    "CWE-89",
    "TypeORM: query builder where with an interpolated param vs a named parameter; dataSource.query with concat vs $1",
    `import { Router } from 'express';
import { AppDataSource } from './data-source';
import { User } from './entity/User';

export const router = Router();

router.get('/users/by-email', async (req, res) => {
  const email = String(req.query.email);
@@  const u = await AppDataSource.getRepository(User).createQueryBuilder('u').where(\`u.email = '\${email}'\`).getOne();
@ok  const u2 = await AppDataSource.getRepository(User).createQueryBuilder('u').where('u.email = :email', { email }).getOne();
  res.json([u, u2]);
});

router.delete('/users/:id', async (req, res) => {
@@  await AppDataSource.query('DELETE FROM users WHERE id = ' + req.params.id);
@ok  await AppDataSource.query('DELETE FROM users WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-89",
    "Prisma $queryRawUnsafe and $executeRawUnsafe with template text vs the tagged $queryRaw",
    `import { PrismaClient } from '@prisma/client';
import type { Request, Response } from 'express';

const prisma = new PrismaClient();

export async function search(req: Request, res: Response) {
  const term = String(req.query.term);
@@  const rows = await prisma.$queryRawUnsafe(\`SELECT id, title FROM "Post" WHERE title LIKE '%\${term}%'\`);
@ok  const rows2 = await prisma.$queryRaw\`SELECT id, title FROM "Post" WHERE title LIKE \${'%' + term + '%'}\`;
  res.json({ rows, rows2 });
}

export async function touch(req: Request, res: Response) {
@@  await prisma.$executeRawUnsafe('UPDATE "Post" SET views = views + 1 WHERE slug = \\'' + req.params.slug + "'");
@ok  await prisma.$executeRawUnsafe('UPDATE "Post" SET views = views + 1 WHERE slug = $1', req.params.slug);
  res.sendStatus(204);
}
`,
  ),
  ...js(
    "CWE-943",
    "mongoose $where with a query value in the JS string vs a plain equality on a cast string",
    `const express = require('express');
const mongoose = require('mongoose');
const User = mongoose.model('User', new mongoose.Schema({ name: String, age: Number }));
const app = express();

app.get('/older', async (req, res) => {
@@  const users = await User.find({ $where: 'this.age > ' + req.query.age });
@ok  const users2 = await User.find({ age: { $gt: Number(req.query.age) } });
  res.json([users, users2]);
});

app.get('/named', async (req, res) => {
@@  const u = await User.findOne({ $where: \`this.name === '\${req.query.name}'\` });
@ok  const u2 = await User.findOne({ name: String(req.query.name) });
  res.json([u, u2]);
});
`,
  ),
  ...js(
    "CWE-78",
    "spawn and execFile with shell: true and a query value vs the same without a shell",
    `const express = require('express');
const { spawn, execFile, execSync } = require('child_process');
const app = express();

app.get('/zip', (req, res) => {
  const name = req.query.name;
@@  const p = spawn('zip -r /tmp/out.zip ' + name, { shell: true });
  p.on('close', () => res.download('/tmp/out.zip'));
});

app.get('/zip-safe', (req, res) => {
@ok  const p = spawn('zip', ['-r', '/tmp/out2.zip', '--', String(req.query.name)]);
  p.on('close', () => res.download('/tmp/out2.zip'));
});

app.get('/wc', (req, res) => {
@@  execFile('wc', ['-l', req.query.file], { shell: true }, (e, out) => res.send(out));
});

app.get('/uptime', (req, res) => {
@ok  res.type('text/plain').send(execSync('uptime').toString());
});
`,
  ),
  ...ts(
    "CWE-78",
    "Deno.serve handler: Deno.Command running sh -c with a search param vs the program with an argument list",
    `Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  const host = url.searchParams.get('host') ?? 'localhost';
  if (url.pathname === '/ping') {
@@    const out = await new Deno.Command('sh', { args: ['-c', \`ping -c 1 \${host}\`] }).output();
    return new Response(out.stdout);
  }
@ok  const out = await new Deno.Command('ping', { args: ['-c', '1', host] }).output();
  return new Response(out.stdout);
});
`,
  ),
  ...ts(
    "CWE-78",
    "Bun.serve handler: Bun.spawn of bash -c with a query value vs Bun's $ shell (interpolations are escaped)",
    `import { $ } from 'bun';

Bun.serve({
  port: 3000,
  async fetch(req) {
    const dir = new URL(req.url).searchParams.get('dir') ?? '.';
    if (req.url.includes('/raw')) {
@@      const proc = Bun.spawn(['bash', '-c', 'ls -la ' + dir]);
      return new Response(proc.stdout);
    }
@ok    const text = await $\`ls -la \${dir}\`.text();
    return new Response(text);
  },
});
`,
  ),
  ...js(
    "CWE-79",
    "DOM sinks fed from location: document.write, insertAdjacentHTML, outerHTML vs insertAdjacentText and textContent",
    `const params = new URLSearchParams(window.location.search);
const msg = params.get('msg') || '';
const banner = document.getElementById('banner');

@@document.write('<h1>' + msg + '</h1>');
@ok document.write('<h1>Welcome</h1>');
@@banner.insertAdjacentHTML('beforeend', '<p>' + msg + '</p>');
@ok banner.insertAdjacentText('beforeend', msg);
@@document.getElementById('slot').outerHTML = '<div id="slot">' + decodeURIComponent(location.hash.slice(1)) + '</div>';
@ok document.getElementById('title').textContent = decodeURIComponent(location.hash.slice(1));
`,
  ),
  ...ts(
    "CWE-79",
    "iframe srcdoc from a query parameter vs a sandboxed iframe with a fixed src",
    `export function preview(): void {
  const html = new URLSearchParams(location.search).get('html') ?? '';
  const frame = document.createElement('iframe');
@@  frame.srcdoc = html;
  document.body.appendChild(frame);

  const safe = document.createElement('iframe');
  safe.setAttribute('sandbox', '');
@ok  safe.src = '/static/preview.html';
  document.body.appendChild(safe);
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: bypassSecurityTrustHtml of a route query parameter vs of a constant, and sanitize()",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { SecurityContext } from '@angular/core';

@Component({ selector: 'app-note', template: '<div [innerHTML]="body"></div><div [innerHTML]="footer"></div>' })
export class NoteComponent {
  body: SafeHtml | string = '';
  footer: SafeHtml;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const raw = route.snapshot.queryParamMap.get('note') ?? '';
@@    this.body = sanitizer.bypassSecurityTrustHtml(raw);
@ok    this.body = sanitizer.sanitize(SecurityContext.HTML, raw) ?? '';
@ok    this.footer = sanitizer.bypassSecurityTrustHtml('<small>&copy; Example Ltd</small>');
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "React: href from a search param (javascript: URL) and __html from it vs a checked protocol and DOMPurify",
    `import DOMPurify from 'dompurify';
import { useSearchParams } from 'react-router-dom';

export function Landing() {
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/';
  const blurb = params.get('blurb') ?? '';
  const safeNext = /^https?:\\/\\//i.test(next) || next.startsWith('/') ? next : '/';
  return (
    <main>
@@      <a href={next}>Continue</a>
@ok      <a href={safeNext}>Continue</a>
@@      <p dangerouslySetInnerHTML={{ __html: blurb }} />
@ok      <p dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(blurb) }} />
    </main>
  );
}
`,
  ),
  ...js(
    "CWE-1336",
    "template engines compiling request text (Handlebars, ejs, pug) vs rendering fixed templates with request data",
    `const express = require('express');
const Handlebars = require('handlebars');
const ejs = require('ejs');
const pug = require('pug');
const app = express();
app.use(express.json());

app.post('/preview/hbs', (req, res) => {
@@  res.send(Handlebars.compile(req.body.template)({ user: req.body.user }));
});

app.post('/preview/ejs', (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: req.body.user }));
});

app.post('/preview/pug', (req, res) => {
@@  res.send(pug.render(req.body.source, { user: req.body.user }));
});

const card = Handlebars.compile('<div class="card">{{user}}</div>');
app.post('/card', (req, res) => {
@ok  res.send(card({ user: req.body.user }));
});

app.get('/hello', (req, res) => {
@ok  res.send(ejs.render('<p>Hello <%= name %></p>', { name: req.query.name }));
});
`,
  ),
  ...ts(
    "CWE-1336",
    "nunjucks renderString and lodash.template on a query value vs a fixed template string",
    `import express from 'express';
import nunjucks from 'nunjucks';
import _ from 'lodash';

const env = new nunjucks.Environment(null, { autoescape: true });
const app = express();

app.get('/nj', (req, res) => {
@@  res.send(env.renderString(String(req.query.tpl), { site: 'example' }));
@ok  res.send(env.renderString('<h1>{{ title }}</h1>', { title: String(req.query.tpl) }));
});

app.get('/lt', (req, res) => {
@@  const fn = _.template(String(req.query.tpl));
@ok  const fixed = _.template('<b><%- name %></b>');
  res.send(fn({}) + fixed({ name: String(req.query.name) }));
});
`,
  ),
  ...js(
    "CWE-79",
    "Handlebars triple-stash of a query value and SafeString vs double-stash",
    `const express = require('express');
const Handlebars = require('handlebars');
const app = express();

const raw = Handlebars.compile('<p>{{{bio}}}</p>');
const escaped = Handlebars.compile('<p>{{bio}}</p>');

app.get('/bio', (req, res) => {
@@  res.send(raw({ bio: req.query.bio }));
@ok  res.send(escaped({ bio: req.query.bio }));
});

app.get('/bio2', (req, res) => {
@@  res.send(escaped({ bio: new Handlebars.SafeString(req.query.bio) }));
});
`,
  ),
  ...js(
    "CWE-94",
    "vm.runInNewContext and new Function on a body expression vs a fixed script with the value in the sandbox",
    `const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const v = vm.runInNewContext(req.body.expr, { Math });
@ok  const w = vm.runInNewContext('Math.sqrt(x)', { Math, x: Number(req.body.x) });
  res.json({ v, w });
});

app.post('/rule', (req, res) => {
@@  const check = new Function('order', 'return ' + req.body.condition);
@ok  const total = new Function('order', 'return order.qty * order.price');
  res.json({ ok: check(req.body.order), total: total(req.body.order) });
});
`,
  ),
  ...ts(
    "CWE-94",
    "vm.Script compiled from a query value vs vm.Script of a constant",
    `import vm from 'node:vm';
import express from 'express';

const app = express();

app.get('/eval', (req, res) => {
@@  const script = new vm.Script(String(req.query.code));
@ok  const fixed = new vm.Script('result = a + b');
  const ctx = vm.createContext({ a: 1, b: 2, result: 0 });
  fixed.runInContext(ctx);
  res.json({ r: script.runInContext(vm.createContext({})), s: ctx.result });
});
`,
  ),
  ...js(
    "CWE-95",
    "browser: setTimeout and eval with a string taken from location.hash vs a function callback",
    `const action = decodeURIComponent(window.location.hash.substring(1));
@@setTimeout('runAction("' + action + '")', 100);
@ok setTimeout(() => runAction(action), 100);
@@eval(action);

function runAction(name) {
  console.log('action', name);
}
`,
  ),
  ...js(
    "CWE-918",
    "puppeteer page.goto with a query URL vs an allow-listed host; setContent with body HTML",
    `const express = require('express');
const puppeteer = require('puppeteer');
const app = express();
app.use(express.json());
const HOSTS = new Set(['example.com', 'www.example.com']);

app.get('/shot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.goto(req.query.url, { waitUntil: 'networkidle2' });
  res.type('png').send(await page.screenshot());
  await browser.close();
});

app.get('/shot-safe', async (req, res) => {
  const target = new URL(String(req.query.url));
  if (target.protocol !== 'https:' || !HOSTS.has(target.hostname)) return res.sendStatus(400);
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@ok  await page.goto(target.href);
  res.type('png').send(await page.screenshot());
  await browser.close();
});

app.post('/pdf', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.setContent(req.body.html);
  res.type('pdf').send(await page.pdf());
  await browser.close();
});
`,
  ),
  ...ts(
    "CWE-918",
    "playwright page.goto with a body URL vs a fixed dashboard URL",
    `import express from 'express';
import { chromium } from 'playwright';

const app = express();
app.use(express.json());

app.post('/render', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
@@  await page.goto(req.body.url);
@ok  await page.goto('https://dashboard.example.com/report');
  res.send(await page.content());
  await browser.close();
});
`,
  ),
  ...js(
    "CWE-22",
    "res.sendFile with a joined query path vs sendFile with the root option; res.download of a param vs basename",
    `const express = require('express');
const path = require('path');
const app = express();

app.get('/files', (req, res) => {
@@  res.sendFile(path.join(__dirname, 'uploads', req.query.name));
});

app.get('/files2', (req, res) => {
@ok  res.sendFile(String(req.query.name), { root: path.join(__dirname, 'uploads'), dotfiles: 'deny' });
});

app.get('/dl/:name', (req, res) => {
@@  res.download('/srv/exports/' + req.params.name);
@ok  res.download(path.join('/srv/exports', path.basename(req.params.name)));
});
`,
  ),
  ...ts(
    "CWE-22",
    "fs/promises readFile and unlink with a body path under a base vs a resolved path checked to stay under it",
    `import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import express from 'express';

const BASE = '/var/app/data';
const app = express();
app.use(express.json());

app.post('/read', async (req, res) => {
@@  res.send(await readFile(\`\${BASE}/\${req.body.file}\`, 'utf8'));
});

app.post('/delete', async (req, res) => {
  const target = path.resolve(BASE, String(req.body.file));
  if (!target.startsWith(BASE + path.sep)) return res.sendStatus(400);
@ok  await unlink(target);
  res.sendStatus(204);
});

app.post('/delete-unsafe', async (req, res) => {
@@  await unlink(path.resolve(BASE, req.body.file));
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-377",
    "temporary files at predictable /tmp names vs fs.mkdtemp under os.tmpdir()",
    `const fs = require('fs');
const os = require('os');
const path = require('path');

function saveUpload(buf) {
@@  fs.writeFileSync('/tmp/upload-' + Date.now() + '.bin', buf);
}

function savePid() {
@@  fs.writeFileSync(path.join(os.tmpdir(), 'worker.pid'), String(process.pid));
}

function saveUploadSafe(buf) {
@ok  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-'));
  const file = path.join(dir, 'data.bin');
  fs.writeFileSync(file, buf, { mode: 0o600 });
  return file;
}

module.exports = { saveUpload, savePid, saveUploadSafe };
`,
  ),
  ...ts(
    "CWE-1321",
    "a recursive merge of a request body into a config object vs one that skips __proto__/constructor/prototype",
    `import express from 'express';

const settings: Record<string, any> = { theme: { color: 'blue' } };

function merge(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target: any, source: any): any {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

const app = express();
app.use(express.json());
app.post('/settings', (req, res) => res.json(merge(settings, req.body)));
app.post('/settings2', (req, res) => res.json(safeMerge(settings, req.body)));
`,
  ),
  ...js(
    "CWE-1321",
    "path-based setter with a dotted key from the query vs a Map",
    `const express = require('express');
const app = express();
const store = {};
const safeStore = new Map();

app.get('/set', (req, res) => {
  const parts = String(req.query.path).split('.');
  let o = store;
  for (let i = 0; i < parts.length - 1; i++) {
    o = o[parts[i]] = o[parts[i]] || {};
  }
@@  o[parts[parts.length - 1]] = req.query.value;
@ok  safeStore.set(String(req.query.path), String(req.query.value));
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-400",
    "RegExp built from a query value vs one escaped first; a literal regex test on the value",
    `const express = require('express');
const app = express();
const escapeRegExp = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
const names = ['alice', 'bob', 'carol'];

app.get('/filter', (req, res) => {
@@  const re = new RegExp(req.query.pattern, 'i');
@ok  const re2 = new RegExp(escapeRegExp(String(req.query.pattern)), 'i');
@ok  const ok = /^[a-z]{1,20}$/.test(String(req.query.pattern));
  res.json({ a: names.filter((n) => re.test(n)), b: names.filter((n) => re2.test(n)), ok });
});
`,
  ),
  ...js(
    "CWE-601",
    "express redirect to a query value and to a decoded query value vs a relative-path check",
    `const express = require('express');
const app = express();

app.get('/login/done', (req, res) => {
@@  res.redirect(req.query.returnTo);
});

app.get('/r', (req, res) => {
@@  res.redirect(302, decodeURIComponent(String(req.query.r)));
});

app.get('/login/done2', (req, res) => {
  const to = String(req.query.returnTo || '/');
@ok  res.redirect(to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\\\') ? to : '/');
});
`,
  ),
];
