// Dev suite "js-ts", batch 65: written blind after the batch 64 fixes, before any fix for it (own code); the
// themes are the rest of the DevSkim/Horusec probe's JavaScript rule families. CORS reflecting any origin with
// credentials, stack traces and error objects sent to the client, secrets in logs, short RSA/DSA/DH keys through
// node:crypto, node-forge and node-rsa, credentials written into database and JWT calls, dotfiles and directory
// listings served, helmet protections switched off, script URLs from the page's query, and legacy ciphers.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch65", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch65", cwe, note, src, "typescript");

export const BATCH65: DevCase[] = [
  ...js(
    "CWE-942",
    "cors() reflecting every origin with credentials vs an allow-list; a hand-written reflecting header",
    `const express = require('express');
const cors = require('cors');
const app = express();

@@app.use('/api', cors({ origin: true, credentials: true }));
@ok app.use('/partner', cors({ origin: ['https://partner.example.com'], credentials: true }));

app.use('/legacy', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const TRUSTED = new Set(['https://app.example.com']);
app.use('/v2', (req, res, next) => {
  const origin = req.headers.origin;
  if (TRUSTED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
`,
  ),
  ...ts(
    "CWE-942",
    "cors origin callback that approves every origin vs one that checks a list",
    `import cors from 'cors';
import express from 'express';

const app = express();
const allowed = ['https://app.example.com'];

app.use(
  cors({
@@    origin: (origin, cb) => cb(null, true),
    credentials: true,
  }),
);

app.use(
  '/v2',
  cors({
@ok    origin: (origin, cb) => cb(null, !origin || allowed.includes(origin)),
    credentials: true,
  }),
);
`,
  ),
  ...js(
    "CWE-209",
    "error middleware sending the stack or the whole error vs a generic message",
    `const express = require('express');
const app = express();

app.use('/a', (err, req, res, next) => {
@@  res.status(500).json({ message: err.message, stack: err.stack });
});

app.use('/b', (err, req, res, next) => {
@@  res.status(500).send(\`<pre>\${err.stack}</pre>\`);
});

app.use((err, req, res, next) => {
  console.error(err);
@ok  res.status(500).json({ message: 'Internal error' });
});
`,
  ),
  ...js(
    "CWE-532",
    "logging a password and a bearer token vs logging only who and when",
    `const logger = require('./logger');

async function login(req, res) {
  const { username, password } = req.body;
@@  logger.info(\`login attempt \${username} with password \${password}\`);
@ok  logger.info(\`login attempt \${username}\`);
  const token = await authenticate(username, password);
@@  console.log('issued token', token);
  res.json({ token });
}
`,
  ),
  ...js(
    "CWE-326",
    "short RSA, DSA and DH keys vs 3072-bit RSA and a 2048-bit group",
    `const crypto = require('crypto');
const forge = require('node-forge');
const NodeRSA = require('node-rsa');

@@const weak = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
@ok const strong = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
@@const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
@@const dh = crypto.createDiffieHellman(512);
@ok const dh2 = crypto.getDiffieHellman('modp15');
@@const forgeKeys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
@ok const forgeKeys2 = forge.pki.rsa.generateKeyPair({ bits: 4096, e: 0x10001 });
@@const rsa = new NodeRSA({ b: 512 });
@ok const rsa2 = new NodeRSA({ b: 2048 });
`,
  ),
  ...js(
    "CWE-798",
    "database and JWT credentials written into the code vs read from the environment",
    `const { Sequelize } = require('sequelize');
const mongoose = require('mongoose');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');

@@const sequelize = new Sequelize('shop', 'shop_admin', 'Sh0p!Admin2024', { host: 'db', dialect: 'mysql' });
@ok const sequelize2 = new Sequelize('shop', process.env.DB_USER, process.env.DB_PASS, { host: 'db', dialect: 'mysql' });
@@mongoose.connect('mongodb://admin:Mongo-Pa55@mongo.internal:27017/app');
@ok mongoose.connect(process.env.MONGO_URL);
@@const pool = new Pool({ host: 'db', user: 'reporter', password: 'r3p0rt-pw!', database: 'stats' });
@ok const pool2 = new Pool({ host: 'db', user: 'reporter', password: process.env.PGPASSWORD, database: 'stats' });

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'my-super-secret-signing-key', { expiresIn: '1h' });
}

function issue2(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}
`,
  ),
  ...js(
    "CWE-548",
    "serve-index listing the uploads folder vs static files only",
    `const express = require('express');
const serveIndex = require('serve-index');
const app = express();

@@app.use('/uploads', express.static('uploads'), serveIndex('uploads', { icons: true }));
@ok app.use('/assets', express.static('public'));
`,
  ),
  ...js(
    "CWE-552",
    "express.static serving dotfiles vs ignoring them",
    `const express = require('express');
const app = express();

@@app.use(express.static(__dirname, { dotfiles: 'allow' }));
@ok app.use('/static', express.static('public', { dotfiles: 'ignore' }));
`,
  ),
  ...js(
    "CWE-1021",
    "helmet with frameguard and CSP (frame-ancestors) turned off vs default helmet",
    `const express = require('express');
const helmet = require('helmet');
const app = express();
const admin = express();

@@admin.use(helmet({ frameguard: false, contentSecurityPolicy: false }));
@ok app.use(helmet());
`,
  ),
  ...js(
    "CWE-829",
    "script element src from the page's query vs from an allow-list",
    `const params = new URLSearchParams(window.location.search);
const plugins = { chart: '/plugins/chart.js', map: '/plugins/map.js' };

function loadPlugin() {
  const s = document.createElement('script');
@@  s.src = params.get('plugin');
  document.head.appendChild(s);
}

function loadPluginSafe() {
  const s = document.createElement('script');
  const src = plugins[params.get('plugin')];
  if (!src) return;
@ok  s.src = src;
  document.head.appendChild(s);
}
`,
  ),
  ...js(
    "CWE-327",
    "legacy ciphers through createCipheriv vs AES-GCM",
    `const crypto = require('crypto');

function seal(key, iv, data) {
@@  const a = crypto.createCipheriv('bf-cbc', key, iv);
@@  const b = crypto.createCipheriv('des-ede3-cbc', key, iv);
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
@ok  const d = crypto.createCipheriv('aes-256-gcm', key, iv);
  return [a, b, c, d].map((x) => Buffer.concat([x.update(data), x.final()]));
}
`,
  ),
  ...ts(
    "CWE-347",
    "jsonwebtoken verify allowing alg none, and decode used as verification, vs verify with one algorithm",
    `import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

export function auth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace('Bearer ', '');
@@  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256', 'none'] });
  (req as any).user = claims;
  next();
}

export function authDecode(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace('Bearer ', '');
@@  const claims = jwt.decode(token) as { sub: string };
  (req as any).user = { id: claims.sub };
  next();
}

export function authSafe(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace('Bearer ', '');
@ok  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'] });
  (req as any).user = claims;
  next();
}
`,
  ),
];
