// Dev suite "js-ts", batch 69: written blind, before any fix for it (own code). More framework-shaped handlers:
// Next.js Pages API routes, NestJS parameter decorators into downloads, Sequelize/TypeORM/sqlite3 queries, Angular's
// DomSanitizer bypass, node http/https clients, multer's server-side versus client-side names, TLS agents,
// timing-unsafe key compares, token randomness, node-serialize, libxmljs; each insecure line with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch69", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch69", cwe, note, src, "typescript");

export const BATCH69: DevCase[] = [
  ...ts(
    "CWE-22",
    "NestJS @Param file into res.download vs a filename regex guard",
    `import { BadRequestException, Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { join } from 'path';

const INVOICES = '/srv/invoices';

@Controller('invoices')
export class InvoicesController {
  @Get('raw/:file')
  raw(@Param('file') file: string, @Res() res: Response) {
@@    res.download(join(INVOICES, file));
  }

  @Get(':file')
  get(@Param('file') file: string, @Res() res: Response) {
    if (!/^[\\w-]+\\.pdf$/.test(file)) throw new BadRequestException();
@ok    res.download(join(INVOICES, file));
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js Pages API res.redirect(req.query.to) vs a constant redirect",
    `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.to) {
@@    return res.redirect(req.query.to as string);
  }
@ok  res.redirect(307, '/login');
}
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js Pages API: pg query with a template id vs @vercel/postgres sql tag",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { sql } from '@vercel/postgres';
import { db } from '../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = req.query.id as string;
@@  const legacy = await db.query(\`SELECT * FROM posts WHERE id = '\${id}'\`);
@ok  const { rows } = await sql\`SELECT * FROM posts WHERE id = \${id}\`;
  res.json({ legacy: legacy.rows, rows });
}
`,
  ),
  ...ts(
    "CWE-89",
    "Sequelize query with interpolation vs replacements; TypeORM QueryBuilder where with a template vs a parameter",
    `import express from 'express';
import { Sequelize, QueryTypes } from 'sequelize';
import { AppDataSource } from './data-source';
import { User } from './entity/User';

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const app = express();

app.get('/search', async (req, res) => {
  const name = String(req.query.name);
@@  const a = await sequelize.query(\`SELECT * FROM users WHERE name = '\${name}'\`, { type: QueryTypes.SELECT });
@ok  const b = await sequelize.query('SELECT * FROM users WHERE name = :name', { replacements: { name }, type: QueryTypes.SELECT });
  res.json({ a, b });
});

app.get('/qb', async (req, res) => {
  const name = String(req.query.name);
  const repo = AppDataSource.getRepository(User);
@@  const a = await repo.createQueryBuilder('user').where(\`user.name = '\${name}'\`).getMany();
@ok  const b = await repo.createQueryBuilder('user').where('user.name = :name', { name }).getMany();
  res.json({ a, b });
});
`,
  ),
  ...js(
    "CWE-89",
    "sqlite3 db.all with a quoted route param vs a unary-plus number",
    `const express = require('express');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('app.db');
const app = express();

app.get('/tags/:name', (req, res) => {
@@  db.all(\`SELECT * FROM tags WHERE name = '\${req.params.name}'\`, (err, rows) => res.json(rows));
});

app.get('/tags/id/:id', (req, res) => {
@ok  db.all(\`SELECT * FROM tags WHERE id = \${+req.params.id}\`, (err, rows) => res.json(rows));
});
`,
  ),
  ...ts(
    "CWE-79",
    "Angular bypassSecurityTrustHtml of a query param vs DomSanitizer.sanitize",
    `import { Component, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({
  selector: 'app-notice',
  template: '<div [innerHTML]="notice"></div><div [innerHTML]="clean"></div>',
})
export class NoticeComponent {
  notice: SafeHtml;
  clean: string | null;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const msg = route.snapshot.queryParamMap.get('msg') ?? '';
@@    this.notice = sanitizer.bypassSecurityTrustHtml(msg);
@ok    this.clean = sanitizer.sanitize(SecurityContext.HTML, msg);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "React effect writing location.hash into innerHTML vs textContent",
    `import { useEffect, useRef } from 'react';

export function Flash() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const text = decodeURIComponent(window.location.hash.slice(1));
    if (!ref.current) return;
@@    ref.current.innerHTML = text;
@ok    ref.current.textContent = text;
  }, []);
  return <div ref={ref} />;
}
`,
  ),
  ...js(
    "CWE-918",
    "node http.get on a query URL vs https.get to a fixed host with an encoded path",
    `const express = require('express');
const http = require('http');
const https = require('https');

const app = express();

app.get('/fetch', (req, res) => {
@@  http.get(req.query.target, (up) => up.pipe(res));
});

app.get('/items/:id', (req, res) => {
@ok  https.get({ host: 'api.internal.example.com', path: '/v1/items/' + encodeURIComponent(req.params.id) }, (up) => up.pipe(res));
});
`,
  ),
  ...js(
    "CWE-78",
    "exec with multer's client-side originalname vs its server-side path",
    `const express = require('express');
const multer = require('multer');
const { exec } = require('child_process');

const upload = multer({ dest: '/tmp/uploads' });
const app = express();

app.post('/identify', upload.single('img'), (req, res) => {
@@  exec(\`identify "\${req.file.originalname}"\`, (err, out) => res.send(out));
});

app.post('/identify2', upload.single('img'), (req, res) => {
@ok  exec(\`identify \${req.file.path}\`, (err, out) => res.send(out));
});
`,
  ),
  ...js(
    "CWE-22",
    "createReadStream of a query date vs a date-format regex guard",
    `const express = require('express');
const fs = require('fs');

const app = express();

app.get('/logs', (req, res) => {
@@  fs.createReadStream(\`./logs/\${req.query.date}.log\`).pipe(res);
});

app.get('/logs2', (req, res) => {
  const date = String(req.query.date);
  if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(date)) return res.status(400).end();
@ok  fs.createReadStream(\`./logs/\${date}.log\`).pipe(res);
});
`,
  ),
  ...js(
    "CWE-94",
    "eval of a body JSON string vs JSON.parse",
    `const express = require('express');
const app = express();
app.use(express.text());

app.post('/import', (req, res) => {
@@  const data = eval('(' + req.body + ')');
  res.json(data);
});

app.post('/import2', (req, res) => {
@ok  const data = JSON.parse(req.body);
  res.json(data);
});
`,
  ),
  ...js(
    "CWE-502",
    "node-serialize unserialize of a cookie vs JSON.parse",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  const profile = serialize.unserialize(raw);
@ok  const safe = JSON.parse(raw);
  res.json({ profile, safe });
});
`,
  ),
  ...js(
    "CWE-611",
    "libxmljs parseXml of the body with noent vs default options",
    `const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/xml', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
@ok  const doc2 = libxmljs.parseXml(req.body);
  res.send(doc.root().name() + doc2.root().name());
});
`,
  ),
  ...ts(
    "CWE-338",
    "password reset token from Math.random vs crypto.randomBytes",
    `import crypto from 'crypto';

export function resetToken(): string {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function resetTokenSafe(): string {
@ok  return crypto.randomBytes(32).toString('hex');
}
`,
  ),
  ...js(
    "CWE-295",
    "https.Agent rejectUnauthorized false and NODE_TLS_REJECT_UNAUTHORIZED vs an agent with a CA",
    `const https = require('https');
const fs = require('fs');
const axios = require('axios');

@@const insecure = new https.Agent({ rejectUnauthorized: false });
@ok const pinned = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

function disableChecks() {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

module.exports = { a: axios.create({ httpsAgent: insecure }), b: axios.create({ httpsAgent: pinned }), disableChecks };
`,
  ),
  ...ts(
    "CWE-208",
    "API key compared with === vs timingSafeEqual after a length check",
    `import crypto from 'crypto';
import type { NextFunction, Request, Response } from 'express';

export function requireKey(req: Request, res: Response, next: NextFunction) {
  const given = String(req.headers['x-api-key'] ?? '');
@@  if (given === process.env.API_KEY) return next();
  res.status(401).end();
}

export function requireKeySafe(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers['x-api-key'] ?? ''));
  const expected = Buffer.from(process.env.API_KEY ?? '');
@ok  if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return next();
  res.status(401).end();
}
`,
  ),
  ...ts(
    "CWE-798",
    "pg Client with a literal password vs the environment",
    `import { Client } from 'pg';

@@export const admin = new Client({ host: 'db.internal', user: 'admin', password: 'Pa55w0rd!2024', database: 'app' });
@ok export const app = new Client({ host: 'db.internal', user: 'app', password: process.env.PGPASSWORD, database: 'app' });
`,
  ),
  ...js(
    "CWE-1333",
    "nested-quantifier regex on a body field vs a linear one",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/check', (req, res) => {
  const sku = String(req.body.sku);
@@  const bad = /^([a-zA-Z0-9]+)*-x$/.test(sku);
@ok  const good = /^[a-zA-Z0-9]+-x$/.test(sku);
  res.json({ bad, good });
});
`,
  ),
  ...js(
    "CWE-601",
    "Location header from the query with a 302 vs Koa back-to-home constant",
    `const http = require('http');

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/out') {
      res.statusCode = 302;
@@      res.setHeader('Location', url.searchParams.get('next'));
      return res.end();
    }
    res.statusCode = 302;
@ok    res.setHeader('Location', '/home');
    res.end();
  })
  .listen(8080);
`,
  ),
];
