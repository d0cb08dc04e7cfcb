// Dev suite "js-ts", batch 50: written blind, before any fix for it (own code), around the idioms a probe on a
// deliberately insecure shop's labelled snippets showed: Sequelize/Knex/TypeORM raw queries built with template
// literals vs replacements/bind parameters, NoSQL filters from the body with and without a type check, redirect
// allow-lists checked by substring vs by exact membership, Angular DomSanitizer bypasses, express directory
// listings (serve-index), upload names and archive entries as paths, JWT verification, vm and SSRF.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch50", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch50", cwe, note, src, "typescript");

export const BATCH50: DevCase[] = [
  ...ts(
    "CWE-89",
    "Sequelize raw query: template literal vs replacements and bind",
    `import { Request, Response } from 'express';
import { QueryTypes } from 'sequelize';
import { db } from './db';

export async function findBooks(req: Request, res: Response) {
  const title = String(req.query.title ?? '').slice(0, 100);
@@  const rows = await db.sequelize.query(\`SELECT id, title FROM books WHERE title LIKE '%\${title}%'\`, { type: QueryTypes.SELECT });
  res.json(rows);
}

export async function findBooksSafely(req: Request, res: Response) {
  const title = String(req.query.title ?? '');
@ok  const rows = await db.sequelize.query('SELECT id, title FROM books WHERE title LIKE :pattern', { replacements: { pattern: \`%\${title}%\` }, type: QueryTypes.SELECT });
  res.json(rows);
}

export async function byAuthor(req: Request, res: Response) {
@ok  const rows = await db.sequelize.query('SELECT * FROM books WHERE author_id = $1', { bind: [req.params.authorId], type: QueryTypes.SELECT });
  res.json(rows);
}

export async function sorted(req: Request, res: Response) {
  const column = req.query.sort as string;
  const sql = 'SELECT * FROM books ORDER BY ' + column;
@@  const [rows] = await db.sequelize.query(sql);
  res.json(rows);
}
`,
  ),
  ...ts(
    "CWE-89",
    "Knex raw/whereRaw and TypeORM query: interpolation vs placeholders",
    `import express from 'express';
import knex from 'knex';
import { DataSource } from 'typeorm';

const pg = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const router = express.Router();

router.get('/orders', async (req, res) => {
@@  const rows = await pg.raw(\`select * from orders where customer = '\${req.query.customer}'\`);
  res.json(rows.rows);
});

router.get('/orders/safe', async (req, res) => {
@ok  const rows = await pg.raw('select * from orders where customer = ?', [req.query.customer]);
  res.json(rows.rows);
});

router.get('/orders/status', async (req, res) => {
@@  const rows = await pg('orders').whereRaw("status = '" + req.query.status + "'");
  res.json(rows);
});

router.get('/invoices/:id', async (req, res) => {
@@  const rows = await source.query(\`SELECT * FROM invoices WHERE id = \${req.params.id}\`);
  res.json(rows);
});

router.get('/invoices/safe/:id', async (req, res) => {
@ok  const rows = await source.query('SELECT * FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

export default router;
`,
  ),
  ...ts(
    "CWE-943",
    "Mongo update/find filter from the body: blocklist check vs typeof string check",
    `import { Request, Response } from 'express';
import { comments } from './mongo';

export async function editComment(req: Request, res: Response) {
  if (req.body.id && req.body.id.$gt !== undefined) {
    return res.status(400).end();
  }
@@  const result = await comments.updateOne({ _id: req.body.id }, { $set: { text: String(req.body.text) } });
  res.json(result);
}

export async function editCommentChecked(req: Request, res: Response) {
  if (typeof req.body.id !== 'string') {
    res.status(400).end();
    return;
  }
@ok  const result = await comments.updateOne({ _id: req.body.id }, { $set: { text: String(req.body.text) } });
  res.json(result);
}

export async function byAuthor(req: Request, res: Response) {
@ok  const docs = await comments.find({ author: String(req.body.author) }).toArray();
  res.json(docs);
}

export async function byAuthorRaw(req: Request, res: Response) {
@@  const docs = await comments.find({ author: req.body.author }).toArray();
  res.json(docs);
}
`,
  ),
  ...js(
    "CWE-601",
    "redirect allow-list checked with includes/indexOf vs exact membership",
    `const express = require('express');
const app = express();

const TRUSTED = ['https://docs.example.org', 'https://status.example.org'];
const TRUSTED_SET = new Set(TRUSTED);

function looksTrusted(target) {
  return TRUSTED.some((prefix) => target.includes(prefix));
}

function isExactlyTrusted(target) {
  return TRUSTED_SET.has(target);
}

app.get('/out', (req, res) => {
  const target = req.query.url;
  if (looksTrusted(target)) {
@@    res.redirect(target);
  } else {
    res.status(400).send('bad target');
  }
});

app.get('/out2', (req, res) => {
  const target = req.query.url;
  if (target.indexOf('https://docs.example.org') !== -1) {
@@    return res.redirect(target);
  }
  res.sendStatus(400);
});

app.get('/out3', (req, res) => {
  const target = req.query.url;
  if (isExactlyTrusted(target)) {
@ok    return res.redirect(target);
  }
  res.sendStatus(400);
});

app.get('/out4', (req, res) => {
  const target = req.query.url;
  if (TRUSTED.includes(target)) {
@ok    return res.redirect(target);
  }
  res.sendStatus(400);
});

app.get('/out5', (req, res) => {
  const target = req.query.url;
  if (target.includes('example.org')) {
@@    return res.redirect(target);
  }
  res.sendStatus(400);
});
`,
  ),
  ...ts(
    "CWE-601",
    "redirect by key from a fixed map vs URL host allow-list",
    `import { Request, Response } from 'express';

const DESTINATIONS: Record<string, string> = {
  docs: 'https://docs.example.org',
  blog: 'https://blog.example.org',
};
const HOSTS = new Set(['docs.example.org', 'blog.example.org']);

export function go(req: Request, res: Response) {
  const key = String(req.query.to);
  const dest = DESTINATIONS[key];
  if (dest) {
@ok    res.redirect(dest);
  } else {
    res.status(404).end();
  }
}

export function goUrl(req: Request, res: Response) {
  let parsed: URL;
  try {
    parsed = new URL(String(req.query.to));
  } catch {
    return res.status(400).end();
  }
  if (parsed.protocol === 'https:' && HOSTS.has(parsed.hostname)) {
@ok    return res.redirect(parsed.toString());
  }
  res.status(400).end();
}

export function goAnywhere(req: Request, res: Response) {
@@  res.redirect(302, req.query.to as string);
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular DomSanitizer bypassSecurityTrust* with route and input values vs constants",
    `import { Component, OnInit, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Component({ selector: 'app-results', template: '<div [innerHTML]="banner"></div><iframe [src]="frame"></iframe>' })
export class ResultsComponent implements OnInit {
  banner: SafeHtml = '';
  frame: SafeResourceUrl = '';
  note: string | null = '';

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngOnInit() {
    const term = this.route.snapshot.queryParams['term'];
@@    this.banner = this.sanitizer.bypassSecurityTrustHtml('<b>Results for ' + term + '</b>');
    const video = this.route.snapshot.paramMap.get('video');
@@    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl(\`https://player.example.net/embed/\${video}\`);
  }

  showStatic() {
@ok    this.banner = this.sanitizer.bypassSecurityTrustHtml('<b>Welcome</b>');
  }

  showNote() {
    const raw = this.route.snapshot.queryParamMap.get('note');
@ok    this.note = this.sanitizer.sanitize(SecurityContext.HTML, raw);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular component: bypassSecurityTrustHtml of a subscribed query param",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';

@Component({ selector: 'app-search', template: '<span [innerHTML]="echo"></span>' })
export class SearchComponent {
  echo: any;
  constructor(route: ActivatedRoute, private readonly dom: DomSanitizer) {
    route.queryParams.subscribe((params) => {
      const q: string = params.q ?? '';
@@      this.echo = this.dom.bypassSecurityTrustHtml(q.trim());
    });
  }
}
`,
  ),
  ...js(
    "CWE-548",
    "express directory listing with serve-index vs static files only",
    `const express = require('express');
const serveIndex = require('serve-index');
const path = require('path');
const app = express();

@@app.use('/files', serveIndex(path.join(__dirname, 'public/files'), { icons: true }));
app.use('/files', express.static(path.join(__dirname, 'public/files')));

@ok app.use('/assets', express.static(path.join(__dirname, 'assets'), { index: false }));

module.exports = app;
`,
  ),
  ...ts(
    "CWE-548",
    "serve-index imported in TypeScript and mounted on a backups folder",
    `import express from 'express';
import serveIndex from 'serve-index';

const app = express();
@@app.use('/backups', express.static('backups'), serveIndex('backups', { view: 'details' }));
@ok app.use('/public', express.static('public'));
app.listen(8080);
`,
  ),
  ...ts(
    "CWE-22",
    "multer upload: original file name in the destination path vs basename / generated name",
    `import express from 'express';
import multer from 'multer';
import path from 'path';
import fs from 'fs';
import crypto from 'crypto';

const upload = multer({ storage: multer.memoryStorage() });
const app = express();
const DIR = path.resolve('uploads');

app.post('/avatar', upload.single('file'), (req, res) => {
  const name = req.file!.originalname;
@@  fs.writeFileSync(path.join(DIR, name), req.file!.buffer);
  res.sendStatus(201);
});

app.post('/avatar2', upload.single('file'), (req, res) => {
  const name = path.basename(req.file!.originalname);
@ok  fs.writeFileSync(path.join(DIR, name), req.file!.buffer);
  res.sendStatus(201);
});

app.post('/avatar3', upload.single('file'), (req, res) => {
  const ext = path.extname(req.file!.originalname).replace(/[^a-z]/gi, '').slice(0, 5);
@ok  fs.writeFileSync(path.join(DIR, crypto.randomUUID() + '.' + ext), req.file!.buffer);
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-22",
    "zip entries written under their own path vs checked against the target root",
    `const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');

function extractUnsafe(archive, dest) {
  fs.createReadStream(archive)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractChecked(archive, dest) {
  const root = path.resolve(dest);
  fs.createReadStream(archive)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const target = path.resolve(root, entry.path);
      if (!target.startsWith(root + path.sep)) {
        entry.autodrain();
        return;
      }
@ok      entry.pipe(fs.createWriteStream(target));
    });
}

module.exports = { extractUnsafe, extractChecked };
`,
  ),
  ...ts(
    "CWE-347",
    "jsonwebtoken: decode trusted as verification, algorithms none vs verify with key",
    `import jwt from 'jsonwebtoken';
import { Request, Response, NextFunction } from 'express';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
@@  const claims = jwt.decode(token) as { sub?: string; role?: string } | null;
  if (!claims?.sub) return res.status(401).end();
  (req as any).user = claims;
  next();
}

export function requireUserLoose(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-token'] ?? '');
@@  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  (req as any).user = claims;
  next();
}

export function requireUserStrict(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-token'] ?? '');
  try {
@ok    (req as any).user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}
`,
  ),
  ...ts(
    "CWE-798",
    "JWT and HMAC keys written in the source vs read from the environment",
    `import jwt from 'jsonwebtoken';
import crypto from 'crypto';

export function issue(userId: string) {
@@  return jwt.sign({ sub: userId }, 'k3y-f0r-signing-t0kens-2024', { expiresIn: '1h' });
}

export function issueFromEnv(userId: string) {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
}

export function tag(data: string) {
@@  return crypto.createHmac('sha256', 'Zq8vT3nW0pLk9sRb').update(data).digest('hex');
}

export function tagFromEnv(data: string) {
@ok  return crypto.createHmac('sha256', process.env.TAG_KEY ?? '').update(data).digest('hex');
}
`,
  ),
  ...js(
    "CWE-94",
    "vm with request code vs request data passed as a context value to fixed code",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.formula, { Math }, { timeout: 100 });
  res.json({ result });
});

app.post('/calc2', (req, res) => {
@@  const script = new vm.Script('total = ' + req.body.expr);
  const ctx = vm.createContext({ total: 0 });
  script.runInContext(ctx);
  res.json({ total: ctx.total });
});

app.post('/sum', (req, res) => {
  const values = Array.isArray(req.body.values) ? req.body.values.map(Number) : [];
@ok  const total = vm.runInNewContext('values.reduce((a, b) => a + b, 0)', { values }, { timeout: 100 });
  res.json({ total });
});
`,
  ),
  ...ts(
    "CWE-918",
    "profile image fetched from a user URL vs from a fixed host",
    `import axios from 'axios';
import { Request, Response } from 'express';

export async function setAvatarFromUrl(req: Request, res: Response) {
  const url: string = req.body.imageUrl;
@@  const img = await axios.get(url, { responseType: 'arraybuffer' });
  res.type('image/png').send(img.data);
}

export async function setAvatarFromGravatar(req: Request, res: Response) {
  const hash = String(req.body.hash).replace(/[^a-f0-9]/g, '');
@ok  const img = await axios.get(\`https://gravatar.example.com/avatar/\${hash}\`, { responseType: 'arraybuffer' });
  res.type('image/png').send(img.data);
}
`,
  ),
];
