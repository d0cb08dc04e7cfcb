// Dev suite "js-ts", batch 70: written blind, before any fix for it (own code). Shaped like a community rule set's
// test files: one file per rule topic, several flagged and several clean lines each. Express responses, redirects,
// file sends and static roots, cookie and session options, CORS, helmet, child_process/execa/shelljs, fs paths,
// eval/vm/vm2/Function/setTimeout(string), SQL drivers and ORMs, NoSQL operators, jsonwebtoken, node crypto, TLS
// verification and DOM sinks, written in TypeScript idioms (types, destructuring, async/await, optional chaining).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch70", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch70", cwe, note, src, "typescript");

export const BATCH70: DevCase[] = [
  ...ts(
    "CWE-79",
    "express-xss: res.send/res.end of destructured query, body and params vs escaped, json and text/plain",
    `import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const router = express.Router();

router.get('/greet', (req: Request, res: Response) => {
  const { name = 'guest' } = req.query as { name?: string };
@@  res.send(\`<h1>Welcome back, \${name}!</h1>\`);
});

router.get('/greet-safe', (req: Request, res: Response) => {
  const name = escapeHtml(String(req.query.name ?? 'guest'));
@ok  res.send(\`<h1>Welcome back, \${name}!</h1>\`);
});

router.post('/comment', async (req: Request<{}, {}, { body?: string }>, res: Response) => {
  const text = req.body?.body;
  if (!text || text.length > 500) {
@@    return res.status(400).send('<p>Invalid comment: ' + text + '</p>');
  }
  res.sendStatus(201);
});

router.get('/search', (req, res) => {
  const term = req.query.q as string;
@ok  res.json({ term, results: [] });
});

router.get('/err/:code', (req, res) => {
@@  res.type('html').end(\`<p>Error \${req.params.code}</p>\`);
});

router.get('/count/:n', (req, res) => {
  const n = Number.parseInt(req.params.n, 10);
@ok  res.send(\`<p>\${n} items</p>\`);
});

export default router;
`,
  ),
  ...ts(
    "CWE-601",
    "express-open-redirect: res.redirect/res.location of next/url/returnTo vs allow-list, encoded path and fixed host",
    `import { Router } from 'express';

const router = Router();
const ALLOWED = new Set(['/dashboard', '/settings', '/billing']);

router.get('/login/callback', (req, res) => {
  const next = req.query.next as string | undefined;
@@  res.redirect(next ?? '/');
});

router.get('/login/callback2', (req, res) => {
  const next = String(req.query.next ?? '');
@ok  res.redirect(ALLOWED.has(next) ? next : '/');
});

router.get('/out', ({ query: { url } }, res) => {
@@  res.redirect(302, url as string);
});

router.get('/go/:slug', (req, res) => {
@ok  res.redirect(\`/articles/\${encodeURIComponent(req.params.slug)}\`);
});

router.post('/logout', (req, res) => {
  const { returnTo } = req.body as { returnTo: string };
@@  res.location(returnTo).status(303).end();
});

router.get('/docs', (req, res) => {
  const page = String(req.query.page ?? 'index');
@ok  res.redirect('https://docs.example.com/' + encodeURIComponent(page));
});

export default router;
`,
  ),
  ...ts(
    "CWE-22",
    "express-path-traversal: sendFile/download of joined request names and express.static with a user root vs root option, basename, prefix check",
    `import express from 'express';
import path from 'node:path';

const app = express();
const UPLOADS = path.resolve(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
@@  res.sendFile(path.join(UPLOADS, req.params.name));
});

app.get('/files-safe/:name', (req, res) => {
@ok  res.sendFile(req.params.name, { root: UPLOADS, dotfiles: 'deny' });
});

app.get('/export', (req, res) => {
  const { file } = req.query as Record<string, string>;
@@  res.download(\`\${UPLOADS}/\${file}\`);
});

app.get('/export-safe', (req, res) => {
  const file = path.basename(String(req.query.file));
@ok  res.download(path.join(UPLOADS, file));
});

app.get('/report', (req, res) => {
  const target = path.resolve(UPLOADS, String(req.query.p));
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.sendStatus(403);
  }
@ok  res.sendFile(target);
});

app.use('/themes', (req, res, next) => {
  const theme = req.query.theme as string;
@@  express.static(path.join(__dirname, 'themes', theme))(req, res, next);
});

@ok app.use('/static', express.static(path.join(__dirname, 'public'), { maxAge: '1d' }));

export default app;
`,
  ),
  ...ts(
    "CWE-614",
    "express-cookie-secure: res.cookie with secure: false or no secure for a session token vs secure: true",
    `import express from 'express';
import { issueToken } from './auth';

const app = express();

app.post('/login', async (req, res) => {
  const token = await issueToken(req.body.user);
@@  res.cookie('session', token, { httpOnly: true, secure: false, sameSite: 'lax' });
@ok  res.cookie('__Host-session', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
@@  res.cookie('remember_me', token, { maxAge: 30 * 24 * 3600 * 1000, httpOnly: true });
  res.json({ ok: true });
});

app.post('/refresh', async (req, res) => {
  const refresh = await issueToken(req.body.user, { refresh: true });
  const opts = { httpOnly: true, secure: true, sameSite: 'none' as const };
@ok  res.cookie('refresh_token', refresh, opts);
  res.end();
});
`,
  ),
  ...ts(
    "CWE-1004",
    "express-cookie-httponly: session/auth cookies with httpOnly: false vs httpOnly: true",
    `import express from 'express';
import session from 'express-session';

const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: false } }));
@ok app.use('/v2', session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post('/sso', (req, res) => {
  const { accessToken } = req.body as { accessToken: string };
@@  res.cookie('access_token', accessToken, { secure: true, httpOnly: false });
@ok  res.cookie('auth_token', accessToken, { secure: true, httpOnly: true });
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-798",
    "hardcoded-secret: express-session/cookie-parser/jwt.sign literal secrets vs environment and config",
    `import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import { config } from './config';

const app = express();

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
@ok app.use('/api', session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));
@@app.use(cookieParser('s3cr3t-cookie-signing-key'));
@ok app.use('/api', cookieParser(config.cookieSecret));

export const signAccess = (userId: string) =>
@@  jwt.sign({ sub: userId }, 'my-super-secret-jwt-key-2024', { expiresIn: '15m' });

export const signRefresh = (userId: string) =>
@ok  jwt.sign({ sub: userId }, process.env.JWT_REFRESH_SECRET!, { expiresIn: '7d' });
`,
  ),
  ...ts(
    "CWE-942",
    "cors-misconfig: origin true / reflected origin / callback accepting all with credentials vs an allow-list",
    `import express from 'express';
import cors from 'cors';

const app = express();
const TRUSTED = ['https://app.example.com', 'https://admin.example.com'];

@@app.use(cors({ origin: true, credentials: true }));
@ok app.use('/partner', cors({ origin: TRUSTED, credentials: true }));
@@app.use('/legacy', cors({ origin: (origin, cb) => cb(null, true), credentials: true }));
@ok app.use('/v2', cors({ origin: (origin, cb) => cb(null, !origin || TRUSTED.includes(origin)), credentials: true }));

app.use('/raw', (req, res, next) => {
  const origin = req.headers.origin as string;
@@  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/raw2', (req, res, next) => {
  const origin = req.get('origin') ?? '';
  if (TRUSTED.includes(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
`,
  ),
  ...js(
    "CWE-693",
    "helmet-disabled: helmet with CSP/frameguard switched off vs defaults and explicit directives",
    `const express = require('express');
const helmet = require('helmet');

const app = express();
@ok app.disable('x-powered-by');
@@app.use(helmet({ contentSecurityPolicy: false }));
@ok app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"] } } }));

const embed = express();
@@embed.use(helmet({ frameguard: false, hsts: false }));
@ok embed.use(helmet());

module.exports = { app, embed };
`,
  ),
  ...ts(
    "CWE-78",
    "child-process-injection: exec/execSync/spawn shell:true/execa.command/shelljs with request data vs argv forms and constants",
    `import { exec, execFile, execSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { execa, execaCommand } from 'execa';
import shell from 'shelljs';
import type { Request, Response } from 'express';

const execAsync = promisify(exec);

export async function convert(req: Request, res: Response) {
  const { input, format } = req.body as { input: string; format: string };
@@  const { stdout } = await execAsync(\`convert \${input} out.\${format}\`);
@ok  await execa('convert', [input, \`out.\${format}\`]);
  res.send(stdout);
}

export function ping(req: Request, res: Response) {
  const host = req.query.host as string;
@@  const out = execSync('ping -c 1 ' + host).toString();
@ok  execFile('ping', ['-c', '1', host], (err, stdout) => res.send(err ? 'down' : stdout));
  console.log(out);
}

export function grep(req: Request, res: Response) {
  const pattern = req.query.pattern as string;
@@  const child = spawn('grep', ['-rn', pattern, 'logs/'], { shell: true });
@ok  const safe = spawn('grep', ['-rn', '--', pattern, 'logs/']);
  child.stdout.pipe(res);
  safe.kill();
}

export async function history(req: Request, res: Response) {
  const author = req.params.author;
@@  const { stdout } = await execaCommand(\`git log --author=\${author} --oneline\`);
  res.send(stdout);
}

export function backup(req: Request, res: Response) {
  const dir = req.body?.dir;
@@  shell.exec(\`tar czf /backups/site.tgz \${dir}\`);
@ok  shell.exec('npm run build', { silent: true });
@ok  const rev = execSync('git rev-parse HEAD').toString().trim();
  res.json({ rev });
}
`,
  ),
  ...ts(
    "CWE-22",
    "fs-path-traversal: fs/promises readFile, createReadStream, writeFile and unlink with request names vs basename, numeric id and a prefix check",
    `import { promises as fs, createReadStream } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';

const BASE = '/var/app/data';

export async function readNote(req: Request, res: Response) {
  const { id } = req.params;
@@  const body = await fs.readFile(path.join(BASE, 'notes', id), 'utf8');
  res.type('text/plain').send(body);
}

export async function readNoteSafe(req: Request, res: Response) {
  const id = path.basename(req.params.id);
@ok  const body = await fs.readFile(path.join(BASE, 'notes', id), 'utf8');
  res.type('text/plain').send(body);
}

export function stream(req: Request, res: Response) {
@@  createReadStream(\`\${BASE}/\${req.query.file}\`).pipe(res);
}

export async function save(req: Request, res: Response) {
  const { name, content } = req.body as { name: string; content: string };
@@  await fs.writeFile(path.resolve(BASE, name), content);
  res.sendStatus(201);
}

export async function remove(req: Request, res: Response) {
  const target = path.normalize(path.join(BASE, String(req.query.name)));
  if (!target.startsWith(BASE + path.sep)) {
    res.sendStatus(400);
    return;
  }
@ok  await fs.unlink(target);
  res.sendStatus(204);
}

export async function byNumber(req: Request, res: Response) {
  const n = Number(req.params.n);
@ok  res.json(JSON.parse(await fs.readFile(path.join(BASE, \`\${n}.json\`), 'utf8')));
}
`,
  ),
  ...js(
    "CWE-94",
    "code-injection: eval/new Function/vm.runInNewContext/vm2/setTimeout string with request data vs JSON.parse, closures and constant scripts",
    `const express = require('express');
const vm = require('node:vm');
const { VM } = require('vm2');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const { expr } = req.body;
@@  const result = eval(expr);
  res.json({ result });
});

app.post('/calc-json', (req, res) => {
@ok  const data = JSON.parse(req.body.json);
  res.json(data);
});

app.post('/formula', (req, res) => {
  const formula = req.body?.formula;
@@  const fn = new Function('x', \`return \${formula};\`);
  res.json({ y: fn(2) });
});

app.post('/sandbox', (req, res) => {
@@  const out = vm.runInNewContext(req.body.code, { Math });
@ok  const sum = vm.runInNewContext('a + b', { a: 1, b: 2 });
  res.json({ out, sum });
});

app.post('/vm2', (req, res) => {
@@  const value = new VM({ timeout: 100 }).run(req.body.script);
  res.json({ value });
});

app.get('/notify', (req, res) => {
  const user = req.query.user;
@@  setTimeout(\`notify('\${user}')\`, 1000);
@ok  setTimeout(() => notify(user), 1000);
  res.end();
});

function notify(u) {
  console.log('notify', u);
}
`,
  ),
  ...ts(
    "CWE-89",
    "sql-injection drivers: mysql2 query/pg pool.query with templates and concatenation vs placeholders and config objects",
    `import mysql from 'mysql2/promise';
import { Pool } from 'pg';
import type { Request, Response } from 'express';

const conn = await mysql.createConnection({ host: 'db', user: 'app', database: 'shop' });
const pool = new Pool();

export async function product(req: Request, res: Response) {
  const { id } = req.params;
@@  const [rows] = await conn.query(\`SELECT * FROM products WHERE id = '\${id}'\`);
@ok  const [safe] = await conn.execute('SELECT * FROM products WHERE id = ?', [id]);
  res.json({ rows, safe });
}

export async function byEmail(req: Request, res: Response) {
  const email = req.query.email as string;
@@  const r = await pool.query("SELECT id FROM users WHERE email = '" + email + "'");
@ok  const s = await pool.query({ text: 'SELECT id FROM users WHERE email = $1', values: [email] });
  res.json({ r: r.rows, s: s.rows });
}

export async function sorted(req: Request, res: Response) {
  const dir = req.query.dir === 'desc' ? 'DESC' : 'ASC';
@ok  const { rows } = await pool.query(\`SELECT * FROM products ORDER BY price \${dir}\`);
  const col = req.query.col as string;
@@  const other = await pool.query(\`SELECT * FROM products ORDER BY \${col}\`);
  res.json({ rows, other: other.rows });
}
`,
  ),
  ...ts(
    "CWE-89",
    "sql-injection ORMs: knex.raw, sequelize.query, TypeORM query and Prisma $queryRawUnsafe vs bindings and tagged templates",
    `import knexFactory from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';
import { DataSource } from 'typeorm';
import { PrismaClient } from '@prisma/client';
import type { Request, Response } from 'express';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL!);
const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const prisma = new PrismaClient();

export async function search(req: Request, res: Response) {
  const { term, col, tenant } = req.query as Record<string, string>;
@@  const a = await knex.raw(\`SELECT * FROM posts WHERE title LIKE '%\${term}%'\`);
@ok  const b = await knex.raw('SELECT * FROM posts WHERE ?? = ?', [col, term]);
@@  const c = await sequelize.query('SELECT * FROM posts WHERE tenant = ' + tenant, { type: QueryTypes.SELECT });
@ok  const d = await sequelize.query('SELECT * FROM posts WHERE tenant = $tenant', { bind: { tenant }, type: QueryTypes.SELECT });
@@  const e = await dataSource.query(\`DELETE FROM drafts WHERE owner = '\${tenant}'\`);
@ok  const f = await dataSource.manager.query('SELECT * FROM drafts WHERE owner = $1', [tenant]);
@@  const g = await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE name = '\${term}'\`);
@ok  const h = await prisma.$queryRaw\`SELECT * FROM "User" WHERE name = \${term}\`;
@ok  const i = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE name = $1', term);
  res.json({ a, b, c, d, e, f, g, h, i });
}
`,
  ),
  ...ts(
    "CWE-943",
    "nosql-injection: $where with request text, findOne with raw body fields, find(req.query) vs casts, $eq and mongo-sanitize",
    `import type { Request, Response } from 'express';
import sanitize from 'mongo-sanitize';
import { MongoClient } from 'mongodb';
import { User } from './models/user';

const client = new MongoClient(process.env.MONGO_URL!);
const users = client.db('app').collection('users');

export async function byName(req: Request, res: Response) {
@@  const docs = await User.find({ $where: \`this.name === '\${req.query.name}'\` });
@ok  const same = await User.find({ name: String(req.query.name) });
  res.json({ docs, same });
}

export async function login(req: Request, res: Response) {
  const { username, password } = req.body;
@@  const user = await User.findOne({ username, password });
@ok  const user2 = await User.findOne({ username: { $eq: String(username) } });
  res.json({ ok: !!user, ok2: !!user2 });
}

export async function filter(req: Request, res: Response) {
@@  const rows = await users.find(req.query).toArray();
@ok  const rows2 = await users.find(sanitize(req.query)).toArray();
  res.json({ rows, rows2 });
}
`,
  ),
  ...ts(
    "CWE-347",
    "jwt-verification: algorithms with none, sign with none, decode as authentication vs verify with a pinned algorithm",
    `import jwt, { JwtPayload } from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const publicKey = process.env.JWT_PUBLIC_KEY!;

export function authLoose(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
@@  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] });
  (req as any).user = claims;
  next();
}

export function authDecode(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies?.token;
@@  const payload = jwt.decode(token) as JwtPayload;
  if (payload?.role !== 'admin') return res.sendStatus(403);
  next();
}

export function authStrict(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
@ok  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'https://id.example.com' });
  (req as any).user = claims;
  next();
}

@@export const unsigned = (sub: string) => jwt.sign({ sub }, '', { algorithm: 'none' });
@ok export const signed = (sub: string) => jwt.sign({ sub }, process.env.JWT_PRIVATE_KEY!, { algorithm: 'RS256' });
`,
  ),
  ...js(
    "CWE-327",
    "weak-cipher: createCipher, ECB mode, DES and RC4 vs aes-256-gcm with createCipheriv",
    `const crypto = require('crypto');

const key = crypto.scryptSync(process.env.MASTER_PASSWORD, process.env.SALT, 32);

function encryptLegacy(text) {
@@  const cipher = crypto.createCipher('aes-256-cbc', process.env.MASTER_PASSWORD);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(buf) {
@@  const c = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encryptDes(buf, desKey, iv) {
@@  const c = crypto.createCipheriv('des-cbc', desKey, iv);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encrypt(buf) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([c.update(buf), c.final()]);
  return { iv, enc, tag: c.getAuthTag() };
}

module.exports = { encryptLegacy, encryptEcb, encryptDes, encrypt };
`,
  ),
  ...ts(
    "CWE-328",
    "weak-hash: md5/sha1 for passwords vs bcrypt/scrypt, and md5 for a cache key",
    `import { createHash, scryptSync, randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';

export function hashPasswordLegacy(password: string): string {
@@  return createHash('md5').update(password).digest('hex');
}

export function hashPasswordSha1(password: string, salt: string): string {
@@  return createHash('sha1').update(salt + password).digest('base64');
}

export async function hashPassword(password: string): Promise<string> {
@ok  return bcrypt.hash(password, 12);
}

export function hashPasswordScrypt(password: string): string {
  const salt = randomBytes(16);
@ok  return salt.toString('hex') + ':' + scryptSync(password, salt, 64).toString('hex');
}

export const integrity = (body: Buffer) =>
@ok  createHash('sha256').update(body).digest('base64');
`,
  ),
  ...ts(
    "CWE-338",
    "insecure-randomness: Math.random and pseudoRandomBytes for tokens/reset codes vs randomBytes/randomUUID/randomInt",
    `import crypto from 'node:crypto';

export function resetToken(): string {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function otp(): string {
@@  const code = Math.floor(100000 + Math.random() * 900000);
  return String(code);
}

export function sessionId(): string {
@@  return crypto.pseudoRandomBytes(16).toString('hex');
}

export function apiKey(): string {
@ok  return crypto.randomBytes(32).toString('base64url');
}

export const requestId = () =>
@ok  crypto.randomUUID();

export function otpSafe(): string {
@ok  return String(crypto.randomInt(100000, 1000000));
}

export function jitter(ms: number): number {
@ok  return ms + Math.floor(Math.random() * 250);
}
`,
  ),
  ...js(
    "CWE-326",
    "weak-key-size: RSA 1024 / DSA 1024 generateKeyPair vs 3072 and ec P-256",
    `const { generateKeyPairSync, generateKeyPair } = require('crypto');

@@const legacy = generateKeyPairSync('rsa', { modulusLength: 1024 });
@ok const modern = generateKeyPairSync('rsa', { modulusLength: 3072 });
@ok const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });

function makeDsa(cb) {
@@  generateKeyPair('dsa', { modulusLength: 1024, divisorLength: 160 }, cb);
}

module.exports = { legacy, modern, ec, makeDsa };
`,
  ),
  ...ts(
    "CWE-295",
    "tls-verification: rejectUnauthorized false agents, NODE_TLS_REJECT_UNAUTHORIZED=0, no-op checkServerIdentity vs CA pinning",
    `import https from 'node:https';
import tls from 'node:tls';
import fs from 'node:fs';
import axios from 'axios';

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const pinnedAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

export const api = axios.create({ baseURL: 'https://internal.example.com', httpsAgent: pinnedAgent });
export const legacyApi = axios.create({ baseURL: 'https://legacy.example.com', httpsAgent: insecureAgent });

if (process.env.NODE_ENV !== 'production') {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export function connect(host: string, port: number) {
@ok  return tls.connect({ host, port, servername: host, rejectUnauthorized: true });
}

export function connectLoose(host: string, port: number) {
@@  return tls.connect({ host, port, checkServerIdentity: () => undefined });
}
`,
  ),
  ...ts(
    "CWE-79",
    "dom-xss: innerHTML/outerHTML/insertAdjacentHTML/document.write/jQuery html from location vs textContent, DOMPurify and text()",
    `import DOMPurify from 'dompurify';
import $ from 'jquery';

const params = new URLSearchParams(location.search);
const hash = decodeURIComponent(location.hash.substring(1));

export function renderBanner(): void {
  const el = document.getElementById('banner')!;
@@  el.innerHTML = \`<strong>\${params.get('msg')}</strong>\`;
@ok  el.textContent = params.get('msg') ?? '';
}

export function renderTab(): void {
  const tab = document.querySelector<HTMLElement>('.tab');
@@  tab!.outerHTML = '<div class="tab">' + hash + '</div>';
}

export function appendNote(list: HTMLUListElement): void {
@@  list.insertAdjacentHTML('beforeend', \`<li>\${params.get('note')}</li>\`);
@ok  list.insertAdjacentHTML('beforeend', DOMPurify.sanitize(\`<li>\${params.get('note')}</li>\`));
}

export function legacyWelcome(): void {
@@  document.write('<h2>Hello ' + params.get('user') + '</h2>');
}

export function jq(): void {
  const q = params.get('q') ?? '';
@@  $('#results-title').html('Results for ' + q);
@ok  $('#results-title').text('Results for ' + q);
@ok  $('#count').html('<b>' + $('li.result').length + '</b>');
}
`,
  ),
];
