// Dev suite "js-ts", batch 155: look-alikes of the false shapes and misses last round left open (js-ts 148/149/150):
// header values and loop-guarded replaces, session writes of preferences vs identity, prefix containment checks
// without a separator, literal fallbacks of a session secret. Own code, each shape beside a real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch155", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch155", cwe, note, src, "typescript");

export const BATCH155: DevCase[] = [
  ...js(
    "CWE-117",
    "a webhook logging the signature header it rejected and a request id header vs a decoded header and a body field",
    `const crypto = require('crypto');

function checkHook(req, secret) {
  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(req.rawBody).digest('hex');
  const given = req.get('x-hub-signature-256') || '';
  if (given !== expected) {
@ok    console.warn('hook rejected: header ' + given + ' expected ' + expected);
    return false;
  }
@ok  console.info(\`hook \${req.headers['x-github-delivery']} accepted\`);
  return true;
}

function routes(app) {
  app.post('/hook', (req, res) => {
    if (!checkHook(req, process.env.HOOK_SECRET)) return res.sendStatus(401);
@@    console.info('hook for repo ' + req.body.repository);
@@    console.info('label ' + decodeURIComponent(req.headers['x-label']));
    res.sendStatus(204);
  });
}

module.exports = { checkHook, routes };
`,
  ),
  ...ts(
    "CWE-116",
    "an INI value reader re-joining lines split on escaped line ends and a loop that strips dot segments until none remain vs a one-shot quote escape",
    `export function readValues(text: string): string[] {
  const lines = text.split('\\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let v = lines[i];
    while (v.endsWith('\\\\') && i + 1 < lines.length) {
@ok      v = v.replace('\\\\', '') + lines[++i];
    }
    out.push(v);
  }
  return out;
}

export function stripDots(p: string): string {
  let s = p;
  while (s.includes('../')) {
@ok    s = s.replace('../', '');
  }
  return s;
}

export function attr(v: string): string {
@@  return '"' + v.replace('"', '&quot;') + '"';
}
`,
  ),
  ...js(
    "CWE-501",
    "session writes of a user's own preferences (theme, page size, cart) vs identity and role copied from the body",
    `const express = require('express');
const session = require('express-session');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/prefs', (req, res) => {
@ok  req.session.theme = req.body.theme;
@ok  req.session.pageSize = req.body.pageSize;
@ok  req.session.lastSearch = req.query.q;
  res.sendStatus(204);
});

app.post('/cart', (req, res) => {
@ok  req.session.cart = req.body.items;
  res.json({ ok: true });
});

app.post('/impersonate', (req, res) => {
@@  req.session.userId = req.body.userId;
@@  req.session.isAdmin = req.body.admin;
  res.sendStatus(204);
});

app.post('/profile', (req, res) => {
@@  req.session.account = { email: req.body.email, role: req.body.role };
  res.sendStatus(204);
});

app.post('/draft', (req, res) => {
@@  req.session.form = req.body;
  res.sendStatus(204);
});

module.exports = { app };
`,
  ),
  ...ts(
    "CWE-22",
    "prefix containment checks: a root without a trailing separator vs root + sep, a root constant ending in a slash, and path.relative",
    `import express, { Request, Response } from 'express';
import path from 'node:path';
import fs from 'node:fs';

const BASE = path.resolve(process.env.FILES_DIR || '/srv/files');
const UPLOADS = '/srv/uploads/';

export function bySlug(req: Request, res: Response) {
  const target = path.join(BASE, String(req.params.slug));
  if (!target.startsWith(BASE)) return res.sendStatus(403);
@@  fs.createReadStream(target).pipe(res);
}

export function bySlugSep(req: Request, res: Response) {
  const target = path.resolve(BASE, String(req.params.slug));
  if (!target.startsWith(BASE + path.sep)) return res.sendStatus(403);
@ok  fs.createReadStream(target).pipe(res);
}

export function upload(req: Request, res: Response) {
  const target = path.resolve(UPLOADS, String(req.query.name));
  if (!target.startsWith(UPLOADS)) return res.sendStatus(403);
@ok  res.send(fs.readFileSync(target));
}

export function relativeCheck(req: Request, res: Response) {
  const target = path.resolve(BASE, String(req.query.name));
  const rel = path.relative(BASE, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.sendStatus(403);
@ok  res.send(fs.readFileSync(target));
}

export function templateSep(req: Request, res: Response) {
  const target = path.resolve(BASE, String(req.query.name));
  if (!target.startsWith(\`\${BASE}\${path.sep}\`)) return res.sendStatus(403);
@ok  res.send(fs.readFileSync(target));
}

export function prefixIndexOf(req: Request, res: Response) {
  const target = path.resolve(BASE, String(req.query.name));
  if (target.indexOf(BASE) !== 0) return res.sendStatus(403);
@@  res.send(fs.readFileSync(target));
}
`,
  ),
  ...js(
    "CWE-798",
    "signing secrets falling back to a literal through a variable (?? and ||) vs env only or a thrown error",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');

const app = express();
const SECRET = process.env.APP_SECRET ?? 'change-me';
const COOKIE_SECRET = process.env.COOKIE_SECRET || 'changeme';
const TOKEN_KEY = process.env.TOKEN_KEY;
if (!TOKEN_KEY) throw new Error('TOKEN_KEY is required');

@@app.use(session({ secret: SECRET, resave: false, saveUninitialized: false }));
@@app.use(cookieParser(COOKIE_SECRET));
@ok app.use(session({ name: 'alt', secret: TOKEN_KEY, resave: false, saveUninitialized: false }));

function issue(user) {
@ok  return jwt.sign({ sub: user.id }, TOKEN_KEY, { expiresIn: '1h' });
}

module.exports = { app, issue };
`,
  ),
];
