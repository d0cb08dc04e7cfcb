// Dev suite "js-ts", batch 16: server-side data and auth libraries, written blind (before reading the rules) and
// measured before any fix that followed it. Same shape as batches 5-15. Raw queries in ORMs and query builders
// (sequelize, knex, TypeORM, Prisma's *Unsafe methods, mysql2, pg) next to their bound twins, Mongo operator
// filters, token signing and checking (jsonwebtoken, jose), literal session and cloud secrets (express-session,
// cookie-session, AWS SDK v2 and v3), password hashing, ciphers and TLS verification in Node.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch16", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch16", cwe, note, src, "typescript");

export const BATCH16: DevCase[] = [
  ...ts(
    "CWE-89",
    "sequelize and knex raw SQL in an express router",
    `import { Router, Request, Response } from 'express';
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db';
import knex from '../knex';

export const users = Router();

users.get('/by-email', async (req: Request, res: Response) => {
  const email = req.query.email as string;
@@  const rows = await sequelize.query(\`SELECT * FROM users WHERE email = '\${email}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

users.get('/by-email-bound', async (req: Request, res: Response) => {
  const { email } = req.query;
@ok  const rows = await sequelize.query('SELECT * FROM users WHERE email = :email', { replacements: { email }, type: QueryTypes.SELECT });
  res.json(rows);
});

users.get('/orders/:id', async (req: Request, res: Response) => {
@@  const result = await knex.raw(\`select * from orders where id = \${req.params.id}\`);
@ok  const bound = await knex.raw('select * from orders where id = ?', [req.params.id]);
  res.json({ result, bound });
});

users.get('/search', async (req: Request, res: Response) => {
  const q = String(req.query.q ?? '');
@@  const rows = await knex('users').whereRaw(\`name like '%\${q}%'\`);
@ok  const safe = await knex('users').whereRaw('name like ?', [\`%\${q}%\`]);
  res.json({ rows, safe });
});
`,
  ),
  ...ts(
    "CWE-89",
    "TypeORM and Prisma raw queries in a NestJS service",
    `import { Controller, Get, Query, Param, Delete } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

@Controller('posts')
export class PostsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('slug')
  async bySlug(@Query('slug') slug: string) {
@@    return this.dataSource.query(\`SELECT * FROM post WHERE slug = '\${slug}'\`);
  }

  @Get('slug-bound')
  async bySlugBound(@Query('slug') slug: string) {
@ok    return this.dataSource.query('SELECT * FROM post WHERE slug = $1', [slug]);
  }

  @Get('author')
  async byAuthor(@Query('name') name: string) {
    const qb = this.dataSource.getRepository('Post').createQueryBuilder('p');
@@    return qb.where(\`p.author = '\${name}'\`).getMany();
  }

  @Get('author-bound')
  async byAuthorBound(@Query('name') name: string) {
    const qb = this.dataSource.getRepository('Post').createQueryBuilder('p');
@ok    return qb.where('p.author = :name', { name }).getMany();
  }

  @Get(':id')
  async one(@Param('id') id: string) {
@@    const unsafe = await prisma.$queryRawUnsafe(\`SELECT * FROM "Post" WHERE id = \${id}\`);
@ok    const tagged = await prisma.$queryRaw\`SELECT * FROM "Post" WHERE id = \${id}\`;
    return { unsafe, tagged };
  }

  @Delete(':id')
  async remove(@Param('id') id: string) {
@@    return prisma.$executeRawUnsafe('DELETE FROM "Post" WHERE id = ' + id);
  }
}
`,
  ),
  ...js(
    "CWE-89",
    "mysql2 and pg in a Lambda handler",
    `const mysql = require('mysql2/promise');
const { Pool } = require('pg');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'app', database: 'shop' });
const pg = new Pool();

exports.handler = async (event) => {
  const id = event.pathParameters.id;
@@  const [rows] = await pool.query('SELECT * FROM products WHERE id = ' + id);
@ok  const [same] = await pool.execute('SELECT * FROM products WHERE id = ?', [id]);
  const sort = event.queryStringParameters?.sort;
@@  const listed = await pg.query(\`SELECT * FROM products ORDER BY \${sort}\`);
@ok  const named = await pg.query({ text: 'SELECT * FROM products WHERE id = $1', values: [id] });
  return { statusCode: 200, body: JSON.stringify({ rows, same, listed: listed.rows, named: named.rows }) };
};
`,
  ),
  ...js(
    "CWE-943",
    "Mongo filters taking request objects and $where strings",
    `const express = require('express');
const User = require('./models/user');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login-strict', async (req, res) => {
@ok  const user = await User.findOne({ username: String(req.body.username) });
  res.json({ ok: !!user });
});

app.get('/where', async (req, res) => {
@@  const users = await User.find({ $where: \`this.name == '\${req.query.name}'\` });
  res.json(users);
});

app.get('/by-name', async (req, res) => {
@ok  const users = await User.find({ name: { $eq: String(req.query.name) } });
  res.json(users);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-347",
    "jsonwebtoken and jose checks that accept unsigned or unverified tokens",
    `import jwt from 'jsonwebtoken';
import * as jose from 'jose';
import type { Request, Response, NextFunction } from 'express';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export function auth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
@@  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
  res.locals.user = claims;
  next();
}

export function strictAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
@ok  res.locals.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  next();
}

export function issueGuest(userId: string): string {
@@  return jwt.sign({ sub: userId, role: 'guest' }, '', { algorithm: 'none' });
}

const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function joseAuth(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-token']);
@@  const payload = jose.decodeJwt(token);
  if (payload.role !== 'admin') return res.status(403).end();
  next();
}

export async function joseVerified(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-token']);
@ok  const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://auth.example.com' });
  if (payload.role !== 'admin') return res.status(403).end();
  next();
}
`,
  ),
  ...js(
    "CWE-798",
    "literal token, session and cookie secrets",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');
const app = express();

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
@@app.use(cookieSession({ name: 'sess', keys: ['s3cr3t-key-one', 's3cr3t-key-two'] }));
@ok app.use(cookieSession({ name: 'sess', keys: process.env.COOKIE_KEYS.split(',') }));

app.post('/token', (req, res) => {
@@  const token = jwt.sign({ sub: req.body.user }, 'my-very-secret-signing-key', { expiresIn: '1h' });
@ok  const other = jwt.sign({ sub: req.body.user }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.json({ token, other });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-798",
    "AWS SDK clients given literal access keys",
    `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromEnv } from '@aws-sdk/credential-providers';

@@AWS.config.update({ region: 'us-east-1', accessKeyId: 'AKIAX66S2O4A2QPOASTV', secretAccessKey: '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' });

@@const legacy = new AWS.S3({ accessKeyId: 'AKIAX66S2O4A2QPOASTV', secretAccessKey: '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' });

@@export const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIAX66S2O4A2QPOASTV', secretAccessKey: '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' } });

@ok export const s3Default = new S3Client({ region: 'eu-west-1' });
@ok export const ddb = new DynamoDBClient({ region: 'eu-west-1', credentials: fromEnv() });
@ok export const s3Env = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: process.env.AWS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET! } });

export { legacy };
`,
  ),
  ...ts(
    "CWE-916",
    "passwords hashed with fast digests or few iterations",
    `import crypto from 'crypto';
import bcrypt from 'bcrypt';
import argon2 from 'argon2';

export function hashPassword(password: string): string {
@@  return crypto.createHash('sha256').update(password).digest('hex');
}

export function legacyHash(password: string, salt: string): string {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

export function modernPbkdf2(password: string): string {
  const salt = crypto.randomBytes(16);
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256').toString('hex') + ':' + salt.toString('hex');
}

export async function storeBcrypt(password: string): Promise<string> {
@ok  return bcrypt.hash(password, 12);
}

export async function storeArgon(password: string): Promise<string> {
@ok  return argon2.hash(password, { type: argon2.argon2id });
}

export function checksum(file: Buffer): string {
@ok  return crypto.createHash('sha256').update(file).digest('hex');
}
`,
  ),
  ...js(
    "CWE-327",
    "Node ciphers: createCipher, DES and ECB",
    `const crypto = require('crypto');

function encryptLegacy(text, password) {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptDes(text, key, iv) {
@@  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(buf, key) {
@@  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(buf), cipher.final()]);
}

function encryptGcm(buf, key) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([cipher.update(buf), cipher.final()]);
  return { iv, enc, tag: cipher.getAuthTag() };
}

module.exports = { encryptLegacy, encryptDes, encryptEcb, encryptGcm };
`,
  ),
  ...ts(
    "CWE-295",
    "TLS verification switched off in Node clients",
    `import https from 'https';
import tls from 'tls';
import fs from 'fs';
import axios from 'axios';

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const pinnedAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

export const api = axios.create({ baseURL: 'https://internal.example.com', httpsAgent: insecureAgent });
export const pinned = axios.create({ baseURL: 'https://internal.example.com', httpsAgent: pinnedAgent });

export function ping(): void {
@@  https.get({ host: 'internal.example.com', path: '/health', rejectUnauthorized: false }, (r) => r.resume());
@ok  https.get({ host: 'internal.example.com', path: '/health' }, (r) => r.resume());
}

export function raw(): tls.TLSSocket {
@@  return tls.connect({ host: 'mq.example.com', port: 5671, checkServerIdentity: () => undefined });
}

if (process.env.NODE_ENV !== 'production') {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}
`,
  ),
];
