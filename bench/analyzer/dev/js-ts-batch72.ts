// Dev suite "js-ts", batch 72: hard-coded credentials, written blind (own code, before any fix for it). Session and
// cookie signing secrets (express-session, cookie-parser, cookie-session), jsonwebtoken sign/verify keys, passport
// strategies, mongoose/Sequelize/pg/mysql/knex credentials, nodemailer and axios auth, AWS SDK v3 credentials, HMAC
// and cipher keys, provider tokens with recognisable formats (Stripe, GitHub, Slack, Google, PEM private keys),
// TypeScript class fields and default parameters; each beside its look-alike: environment variables, files read at
// start-up, placeholders, empty strings, labels and field names, public keys, hashes compared in tests.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch72", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch72", cwe, note, src, "typescript");

export const BATCH72: DevCase[] = [
  ...js(
    "CWE-798",
    "express-session, cookie-parser and cookie-session secrets: literals vs environment",
    `const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');

const app = express();
app.use(
  session({
@@    secret: 'sess-Signing-Secret-7Qx2',
    resave: false,
    saveUninitialized: false,
  }),
);
app.use(
  session({
@ok    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);
@@app.use(cookieParser('c00kie-Parser-Secret-91'));
@ok app.use(cookieParser(process.env.COOKIE_SECRET));
@@app.use(cookieSession({ name: 'sid', keys: ['cs-Key-One-Lm82', 'cs-Key-Two-Qz19'] }));
@ok app.use(cookieSession({ name: 'sid', keys: [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2] }));
module.exports = app;
`,
  ),
  ...js(
    "CWE-798",
    "jsonwebtoken sign/verify with a literal key vs env and a key file",
    `const fs = require('fs');
const jwt = require('jsonwebtoken');

const PRIVATE_KEY = fs.readFileSync('/etc/app/jwt-private.pem');

function issue(user) {
@@  return jwt.sign({ sub: user.id, role: user.role }, 'jwt-Hs256-Secret-9xQ', { expiresIn: '15m' });
}

function issueEnv(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
}

function issueRs(user) {
@ok  return jwt.sign({ sub: user.id }, PRIVATE_KEY, { algorithm: 'RS256' });
}

function check(token) {
@@  return jwt.verify(token, 'jwt-Hs256-Secret-9xQ');
}

module.exports = { issue, issueEnv, issueRs, check };
`,
  ),
  ...ts(
    "CWE-798",
    "passport JWT and OAuth strategies with literal secrets vs config",
    `import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { Strategy as GitHubStrategy } from 'passport-github2';

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@@      secretOrKey: 'passport-Jwt-Key-4Lm9',
    },
    (payload: { sub: string }, done: (e: unknown, u?: unknown) => void) => done(null, { id: payload.sub }),
  ),
);

passport.use(
  new GitHubStrategy(
    {
      clientID: 'Iv1.8a61f9b3a7aba766',
@@      clientSecret: '3f9c2e7a1b8d4c6e0f5a9b2c7d1e8f4a6b3c9d0e',
      callbackURL: 'https://app.example.com/auth/github/callback',
    },
    (_a: string, _r: string, profile: unknown, done: (e: unknown, u?: unknown) => void) => done(null, profile),
  ),
);

passport.use(
  'github-env',
  new GitHubStrategy(
    {
      clientID: process.env.GITHUB_CLIENT_ID as string,
@ok      clientSecret: process.env.GITHUB_CLIENT_SECRET as string,
      callbackURL: 'https://app.example.com/auth/github/callback',
    },
    (_a: string, _r: string, profile: unknown, done: (e: unknown, u?: unknown) => void) => done(null, profile),
  ),
);
`,
  ),
  ...js(
    "CWE-798",
    "mongoose, Sequelize, pg, mysql2 and knex credentials",
    `const mongoose = require('mongoose');
const { Sequelize } = require('sequelize');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const knex = require('knex');

@@mongoose.connect('mongodb://catalog:Cat4log-Mongo!@mongo.internal:27017/catalog');
@ok mongoose.connect('mongodb://127.0.0.1:27017/catalog');
@ok mongoose.connect(process.env.MONGODB_URI);
@@const sequelize = new Sequelize('shop', 'shop_admin', 'Sh0p-Admin-Pw-2024', { host: 'pg.internal', dialect: 'postgres' });
@ok const sequelizeEnv = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });
const pool = new Pool({
  host: 'pg.internal',
  user: 'reports',
@@  password: 'Rep0rts-Pg-Pw-88',
  database: 'reports',
});
const poolEnv = new Pool({
  host: 'pg.internal',
  user: 'reports',
@ok  password: process.env.PGPASSWORD,
  database: 'reports',
});
@@const my = mysql.createPool({ host: 'mysql.internal', user: 'api', password: 'Api-MySQL-pw-31', database: 'api' });
const db = knex({
  client: 'pg',
@@  connection: 'postgres://ledger:L3dger-Pw-552@pg.internal:5432/ledger',
});
const dbEnv = knex({
  client: 'pg',
@ok  connection: { host: 'pg.internal', user: 'ledger', password: process.env.LEDGER_DB_PASSWORD, database: 'ledger' },
});
module.exports = { sequelize, sequelizeEnv, pool, poolEnv, my, db, dbEnv };
`,
  ),
  ...js(
    "CWE-798",
    "nodemailer SMTP auth and axios basic/bearer auth",
    `const nodemailer = require('nodemailer');
const axios = require('axios');

const transport = nodemailer.createTransport({
  host: 'smtp.mailprovider.example',
  port: 587,
@@  auth: { user: 'alerts@example.com', pass: 'Smtp-Alerts-Pw-6621' },
});
const transportEnv = nodemailer.createTransport({
  host: 'smtp.mailprovider.example',
  port: 587,
@ok  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

const partner = axios.create({
  baseURL: 'https://partner.example.com/api',
@@  headers: { Authorization: 'Bearer 7c1e9a4f2b8d6e3a0c5f9b1d7e2a4c8f' },
});

async function listOrders(token) {
@ok  return axios.get('https://partner.example.com/api/orders', { headers: { Authorization: \`Bearer \${token}\` } });
}

async function legacyExport() {
  return axios.get('https://legacy.example.com/export', {
@@    auth: { username: 'exporter', password: 'Exp0rt-Basic-Pw-19' },
  });
}

module.exports = { transport, transportEnv, partner, listOrders, legacyExport };
`,
  ),
  ...ts(
    "CWE-798",
    "AWS SDK v3 credentials object vs the default provider chain",
    `import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
@@    accessKeyId: 'AKIA5XQ2WZ7LM4RT9NVB',
    secretAccessKey: 'q7Wz2Lm9Xp4Rt1Vn6Bc3Hd8Kf5Gj0As2Dq8Zx7L',
  },
});
@ok export const dynamo = new DynamoDBClient({ region: 'eu-west-1' });
`,
  ),
  ...js(
    "CWE-321",
    "HMAC and cipher keys: literals vs derived/env keys",
    `const crypto = require('crypto');

function signWebhook(body) {
@@  return crypto.createHmac('sha256', 'whk-Signing-Key-Pq72').update(body).digest('hex');
}

function signWebhookEnv(body) {
@ok  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

function encrypt(text) {
  const iv = crypto.randomBytes(16);
@@  const cipher = crypto.createCipheriv('aes-256-cbc', 'b7f2c9e1a4d8f6c3e0a9b5d2f7c1e8a4', iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final()]);
}

function encryptDerived(text) {
  const iv = crypto.randomBytes(16);
  const key = crypto.scryptSync(process.env.APP_PASSPHRASE, process.env.APP_SALT, 32);
@ok  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final()]);
}

module.exports = { signWebhook, signWebhookEnv, encrypt, encryptDerived };
`,
  ),
  ...js(
    "CWE-798",
    "provider tokens with recognisable formats: Stripe, GitHub, Slack, Google",
    `const Stripe = require('stripe');
const { Octokit } = require('@octokit/rest');
const { WebClient } = require('@slack/web-api');

@@const stripe = Stripe('sk_live_51Mz3Kq8Wx2Lm7Pn4Rt1Vb6Hc9Kd3Fj5');
@ok const stripeEnv = Stripe(process.env.STRIPE_SECRET_KEY);
@ok const STRIPE_PUBLISHABLE = 'pk_live_51Mz3Kq8Wx2Lm7Pn4Rt1Vb6Hc9Kd3Fj5';
@@const octokit = new Octokit({ auth: 'ghp_Zx8Wq2Lm7Pn4Rt1Vb6Hc9Kd3Fj5Gs0Ay2Bt4' });
@ok const octokitEnv = new Octokit({ auth: process.env.GITHUB_TOKEN });
@@const slack = new WebClient('xoxb-5520394857-6630495968-Tq7Wz2Lm9Xp4Rv1Nb6Hc3Kd8');
@@const GEOCODER_URL = 'https://maps.googleapis.com/maps/api/geocode/json?key=AIzaSyR8wZ2lM9xP4rT1vN6bC3hD8kF5gJ0aS2d';
module.exports = { stripe, stripeEnv, STRIPE_PUBLISHABLE, octokit, octokitEnv, slack, GEOCODER_URL };
`,
  ),
  ...ts(
    "CWE-798",
    "PEM private key in a template literal vs a public key and a certificate",
    `import { createPrivateKey, createPublicKey } from 'crypto';

@@const SIGNING_KEY_PEM = \`-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDQ7wZ2lM9xP4rT
1vN6bC3hD8kF5gJ0aS2dQw8Zx2Lm7Pn4Rt1Vb6Hc9Kd3Fj5Gs0Ay2Bt4Wq8Zx2Lm
-----END PRIVATE KEY-----\`;

@ok const VERIFY_KEY_PEM = \`-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0O8GdpTPcT+K0+9bzes
-----END PUBLIC KEY-----\`;

export const signingKey = createPrivateKey(SIGNING_KEY_PEM);
export const verifyKey = createPublicKey(VERIFY_KEY_PEM);
`,
  ),
  ...ts(
    "CWE-798",
    "TypeScript class fields and default parameters",
    `export class BillingClient {
@@  private readonly apiKey = 'bill_live_Qx7Wz2Lm9Xp4Rt1Vn6Bc3H';
@ok  private readonly apiKeyFromEnv = process.env.BILLING_API_KEY ?? '';
@ok  private static readonly PASSWORD_MIN_LENGTH = 12;

  constructor(private readonly baseUrl: string) {}

  headers() {
    return { 'X-Api-Key': this.apiKey || this.apiKeyFromEnv };
  }
}

@@export function connectAdmin(host: string, user = 'admin', password = 'Adm1n-Console-Pw!') {
  return { host, user, password };
}

@ok export function connectUser(host: string, user: string, password = '') {
  return { host, user, password };
}
`,
  ),
  ...ts(
    "CWE-798",
    "names about passwords and tokens that hold no secret",
    `@ok export const PASSWORD_RESET_URL = '/account/password-reset';
@ok export const TOKEN_STORAGE_KEY = 'auth_token';
@ok export const API_KEY_HEADER = 'X-API-Key';
@ok export const TOKEN_ENDPOINT = 'https://login.example.com/oauth2/token';
export const messages = {
@ok  password: 'Password',
@ok  passwordHint: 'At least 12 characters, one digit',
@ok  apiToken: 'API token',
@ok  secretQuestion: 'What was the name of your first pet?',
};
export const formFields = [
@ok  { name: 'password', type: 'password', autocomplete: 'current-password' },
];
export const example = {
@ok  apiKey: 'YOUR_API_KEY',
@ok  password: '<your-password>',
@ok  token: '',
};
@ok export const DB_PASSWORD = process.env.DB_PASSWORD || '';
@ok export const SECRET_NAME = 'projects/acme/secrets/db-password/versions/latest';
`,
  ),
  ...ts(
    "CWE-798",
    "test fixtures: a hash compared in a test and a seeded test user",
    `import bcrypt from 'bcryptjs';
import { createHash } from 'crypto';
import { describe, expect, it } from 'vitest';
import { createUser, login } from '../src/auth';

describe('auth', () => {
  it('hashes tokens with sha256', () => {
    const h = createHash('sha256').update('abc').digest('hex');
@ok    expect(h).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('logs a seeded user in', async () => {
@ok    await createUser({ email: 'alice@test.local', password: 'alice-test-pw' });
@ok    const ok = await login('alice@test.local', 'alice-test-pw');
    expect(ok).toBe(true);
  });

  it('compares bcrypt hashes', async () => {
    const hash = await bcrypt.hash('pw', 4);
@ok    expect(await bcrypt.compare('pw', hash)).toBe(true);
  });
});
`,
  ),
];
