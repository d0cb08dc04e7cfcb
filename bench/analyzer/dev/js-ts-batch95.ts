// Dev suite "js-ts", batch 95: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Line-level rule-test style again, in the shapes batch 93 left out: AWS Lambda handlers
// (event.queryStringParameters, pathParameters, JSON.parse(event.body)) into shells, SQL, files, HTML bodies and
// HTTP clients; browser sources (location.search/hash, URLSearchParams, postMessage data) into DOM sinks and
// navigations; exported helpers that evaluate or load what their caller hands them (eval, new Function, require);
// vm2 sandboxes and puppeteer's page.evaluate/goto; NestJS and hapi handlers returning HTML strings; raw ORDER BY
// fragments; String.prototype.search/match with a request string; driver TLS options (pg, Sequelize, MongoDB,
// got, request's strictSSL); ws:// sockets and insecure gRPC credentials; hard-coded HMAC, passport-jwt, jose and
// cloud keys; RSA/DH key sizes, PKCS#1 v1.5 padding, SHA-1 signatures and GCM without a tag length; jwt-simple's
// noVerify and ignored verify errors; mass assignment of request bodies; hand-written recursive merges; session
// cookies without Secure. Each insecure line has a near-miss of the same API that must stay clean.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch95", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch95", cwe, note, src, "typescript");

export const BATCH95: DevCase[] = [
  // --- AWS Lambda handlers ---
  ...js(
    "CWE-78",
    "Lambda: query parameter into execSync and a shell exec vs execFileSync argv",
    `const { execSync, execFileSync, exec } = require('child_process');

exports.lookup = async (event) => {
  const host = event.queryStringParameters.host;
@@  const out = execSync('nslookup ' + host).toString();
@ok  const out2 = execFileSync('nslookup', [host]).toString();
  return { statusCode: 200, body: JSON.stringify({ out, out2 }) };
};

exports.convert = async (event) => {
  const { file, size } = JSON.parse(event.body);
  await new Promise((resolve) => {
@@    exec(\`convert /tmp/\${file} -resize \${size} /tmp/out.png\`, resolve);
  });
@ok  await new Promise((resolve) => exec('convert /tmp/in.png -resize 50% /tmp/out.png', resolve));
  return { statusCode: 204 };
};
`,
  ),
  ...js(
    "CWE-89",
    "Lambda: path parameter and parsed body interpolated into mysql2 query vs execute with placeholders",
    `const mysql = require('mysql2/promise');

exports.handler = async (event) => {
  const conn = await mysql.createConnection(process.env.DATABASE_URL);
  const id = event.pathParameters.id;
@@  const [rows] = await conn.query(\`SELECT * FROM orders WHERE id = \${id}\`);
@ok  const [rows2] = await conn.execute('SELECT * FROM orders WHERE id = ?', [id]);
  const body = JSON.parse(event.body || '{}');
@@  await conn.query('UPDATE orders SET note = "' + body.note + '" WHERE id = ' + conn.escape(id));
@ok  await conn.execute('UPDATE orders SET note = ? WHERE id = ?', [body.note, id]);
  return { statusCode: 200, body: JSON.stringify({ rows, rows2 }) };
};
`,
  ),
  ...js(
    "CWE-79",
    "Lambda: HTML body built from a query parameter vs a JSON body and an escaped HTML body",
    `const escape = require('escape-html');

exports.greet = async (event) => {
  const name = event.queryStringParameters?.name ?? 'guest';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@@    body: \`<h1>Hello \${name}</h1>\`,
  };
};

exports.greetJson = async (event) => {
  const name = event.queryStringParameters?.name ?? 'guest';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
@ok    body: JSON.stringify({ greeting: 'Hello ' + name }),
  };
};

exports.greetEscaped = async (event) => {
  const name = event.queryStringParameters?.name ?? 'guest';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@ok    body: '<h1>Hello ' + escape(name) + '</h1>',
  };
};
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript Lambda and Koa: path parameter and multer originalname into fs vs basename and a generated name",
    `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { promises as fsp, createReadStream } from 'fs';
import path from 'path';
import crypto from 'crypto';
import Router from '@koa/router';

export async function report(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const name = event.pathParameters?.name ?? '';
@@  const data = await fsp.readFile(\`/opt/reports/\${name}\`, 'utf8');
@ok  const data2 = await fsp.readFile(path.join('/opt/reports', path.basename(name)), 'utf8');
  return { statusCode: 200, body: data + data2 };
}

const ROOT = '/srv/invoices';
const UPLOADS = '/srv/uploads';
export const router = new Router();

router.get('/invoice/:file', (ctx) => {
@@  ctx.body = createReadStream(path.join(ROOT, ctx.params.file));
});

router.get('/invoice-safe/:file', (ctx) => {
  const id = ctx.params.file.replace(/[^a-z0-9_-]/gi, '');
@ok  ctx.body = createReadStream(path.join(ROOT, id + '.pdf'));
});

router.post('/upload', async (ctx) => {
  const file = (ctx as any).file as { originalname: string; buffer: Buffer };
@@  await fsp.writeFile(path.resolve(UPLOADS, file.originalname), file.buffer);
@ok  await fsp.writeFile(path.join(UPLOADS, crypto.randomUUID() + path.extname(file.originalname)), file.buffer);
  ctx.status = 201;
});
`,
  ),
  ...js(
    "CWE-918",
    "Lambda and Express: fetch/http.get/puppeteer goto on caller URLs vs a fixed host with an encoded path",
    `const http = require('http');
const https = require('https');
const puppeteer = require('puppeteer');
const express = require('express');

exports.unfurl = async (event) => {
@@  const r = await fetch(event.queryStringParameters.url);
  return { statusCode: 200, body: await r.text() };
};

exports.ping = (event, context, cb) => {
  const target = JSON.parse(event.body).target;
@@  http.get(target, (res) => cb(null, { statusCode: res.statusCode }));
};

exports.item = (event, context, cb) => {
@ok  https.get({ host: 'api.example.com', path: '/v1/items/' + encodeURIComponent(event.pathParameters.id) }, (res) =>
    cb(null, { statusCode: res.statusCode }),
  );
};

const app = express();
app.get('/screenshot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.goto(req.query.url);
@ok  await page.goto('https://status.example.com/report/' + encodeURIComponent(req.query.id));
  res.type('png').send(await page.screenshot());
  await browser.close();
});
`,
  ),
  // --- browser sources ---
  ...js(
    "CWE-79",
    "browser: URLSearchParams, location.hash and postMessage data into innerHTML, document.write, jQuery html and insertAdjacentHTML vs text sinks and DOMPurify",
    `import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const greet = document.getElementById('greet');

@@greet.innerHTML = 'Hi ' + params.get('name');
@ok greet.textContent = 'Hi ' + params.get('name');
@ok document.getElementById('bio').innerHTML = DOMPurify.sanitize(params.get('bio'));

@@document.write('<img src="' + location.hash.slice(1) + '">');

const fragment = decodeURIComponent(location.hash.substring(1));
@@$('#msg').html(fragment);
@ok $('#msg').text(fragment);

window.addEventListener('message', (e) => {
@@  document.body.insertAdjacentHTML('beforeend', e.data.html);
});
`,
  ),
  ...js(
    "CWE-601",
    "browser: next/returnUrl query values assigned to location, location.assign and window.open vs constants and an allow-list",
    `const params = new URLSearchParams(location.search);
const next = params.get('next');
const SAFE = ['/dashboard', '/settings'];

function afterLogin() {
@@  window.location.href = next;
}

function afterLoginSafe() {
@ok  window.location.href = SAFE.includes(next) ? next : '/dashboard';
}

function back() {
@@  location.assign(params.get('returnUrl'));
}

function home() {
@ok  location.assign('/home');
}

function popout() {
@@  window.open(params.get('u'), '_blank');
}
`,
  ),
  ...js(
    "CWE-79",
    "React: dangerouslySetInnerHTML and href from the query string vs DOMPurify and a relative link",
    `import React from 'react';
import DOMPurify from 'dompurify';

export function Banner() {
  const q = new URLSearchParams(window.location.search);
  const msg = q.get('msg') || '';
  const site = q.get('site') || '';
  return (
    <div>
@@      <div dangerouslySetInnerHTML={{ __html: msg }} />
@ok      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(msg) }} />
@@      <a href={site}>your site</a>
@ok      <a href={'/profile/' + encodeURIComponent(site)}>profile</a>
    </div>
  );
}
`,
  ),
  // --- code the caller hands over ---
  ...js(
    "CWE-94",
    "exported evaluators and loaders (eval, new Function, setInterval string, require of a request name) vs JSON and a plugin map",
    `const express = require('express');

module.exports.calculate = function calculate(expression) {
@@  return eval(expression);
};

module.exports.compileRule = (body) => {
@@  return new Function('ctx', body);
};

module.exports.poll = (code, ms) => {
@@  return setInterval(code, ms);
};

module.exports.parseConfig = (text) => {
@ok  return JSON.parse(text);
};

const PLUGINS = { csv: require('./plugins/csv'), xml: require('./plugins/xml') };
const app = express();

app.get('/plugin/:name', (req, res) => {
@@  const plugin = require(\`./plugins/\${req.params.name}\`);
  res.json(plugin.describe());
});

app.get('/plugin-safe/:name', (req, res) => {
@ok  const plugin = Object.hasOwn(PLUGINS, req.params.name) ? PLUGINS[req.params.name] : PLUGINS.csv;
  res.json(plugin.describe());
});
`,
  ),
  ...js(
    "CWE-94",
    "vm2 VM/NodeVM running body code and puppeteer page.evaluate of a body string vs constant code with data and evaluate(fn, arg)",
    `const express = require('express');
const { VM, NodeVM } = require('vm2');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json());

app.post('/run', (req, res) => {
@@  const out = new VM({ timeout: 1000, sandbox: {} }).run(req.body.code);
@ok  const out2 = new VM({ timeout: 1000, sandbox: { x: Number(req.body.x) } }).run('x * 2');
  res.json({ out, out2 });
});

app.post('/module', (req, res) => {
  const vm = new NodeVM({ require: { external: true } });
@@  const m = vm.run(req.body.script, 'user.js');
  res.json({ keys: Object.keys(m || {}) });
});

app.post('/scrape', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://example.com');
@@  const a = await page.evaluate(req.body.snippet);
@ok  const b = await page.evaluate((sel) => document.querySelector(sel)?.textContent, req.body.selector);
  await browser.close();
  res.json({ a, b });
});
`,
  ),
  // --- framework responses ---
  ...ts(
    "CWE-79",
    "NestJS handlers returning or sending HTML strings with query values vs objects; hapi h.response string vs object",
    `import { Controller, Get, Query, Res, Header } from '@nestjs/common';
import type { Response } from 'express';
import Hapi from '@hapi/hapi';

@Controller('hello')
export class HelloController {
  @Get()
  hello(@Query('name') name: string) {
@@    return \`<p>Hello \${name}</p>\`;
  }

  @Get('json')
  helloJson(@Query('name') name: string) {
@ok    return { greeting: \`Hello \${name}\` };
  }

  @Get('page')
  @Header('Content-Type', 'text/html')
  page(@Query('title') title: string, @Res() res: Response) {
@@    res.send('<title>' + title + '</title>');
  }
}

export async function start() {
  const server = Hapi.server({ port: 3000 });
  server.route({
    method: 'GET',
    path: '/hi',
@@    handler: (request, h) => h.response('<b>' + request.query.name + '</b>').type('text/html'),
  });
  server.route({
    method: 'GET',
    path: '/hi.json',
@ok    handler: (request, h) => h.response({ name: request.query.name }),
  });
  await server.start();
}
`,
  ),
  // --- SQL fragments ---
  ...ts(
    "CWE-89",
    "TypeScript: ORDER BY from the query through knex orderByRaw, Sequelize literal and a query wrapper vs allow-listed columns",
    `import express, { Request, Response } from 'express';
import knexFactory from 'knex';
import { Sequelize, Model } from 'sequelize';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL as string);
class Product extends Model {}
const COLUMNS: Record<string, string> = { name: 'name', price: 'price' };
const runSql = (sql: string) => sequelize.query(sql);

const app = express();

app.get('/products', async (req: Request, res: Response) => {
  const sort = String(req.query.sort ?? 'name');
@@  const a = await knex('products').orderByRaw(sort);
@ok  const b = await knex('products').orderBy(COLUMNS[sort] ?? 'name');
@@  const c = await Product.findAll({ order: sequelize.literal(sort) });
@ok  const d = await Product.findAll({ order: [[COLUMNS[sort] ?? 'name', 'ASC']] });
  res.json({ a, b, c, d });
});

app.get('/count', async (req: Request, res: Response) => {
@@  const [rows] = await runSql(\`SELECT count(*) FROM products WHERE category = '\${req.query.cat}'\`);
@ok  const [rows2] = await sequelize.query('SELECT count(*) FROM products WHERE category = $1', { bind: [req.query.cat] });
  res.json({ rows, rows2 });
});
`,
  ),
  // --- regex from input ---
  ...js(
    "CWE-400",
    "String search/match/replace with request strings turned into regexes vs includes, split and replaceAll with strings",
    `const express = require('express');

const app = express();
const TEXT = 'the quick brown fox jumps over the lazy dog';

app.get('/search', (req, res) => {
@@  const at = TEXT.search(req.query.s);
@ok  const has = TEXT.includes(req.query.s);
  res.json({ at, has });
});

app.get('/match', (req, res) => {
@@  const m = TEXT.match(new RegExp(req.query.q + '$'));
@ok  const parts = TEXT.split(String(req.query.sep));
  res.json({ m, parts });
});

app.get('/replace', (req, res) => {
@@  const out = TEXT.replace(new RegExp(req.query.from, 'g'), '*');
@ok  const out2 = TEXT.replaceAll(String(req.query.from), '*');
  res.json({ out, out2 });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "validators with overlapping optional parts under a star (email, comma lists) vs linear equivalents",
    `const EMAIL_BAD =
@@  /^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$/;
@@const LIST_BAD = /^(\\s*,?\\s*\\w+)*$/;
@ok const LIST_OK = /^\\w+(,\\w+)*$/;
@ok const ZIP = /^\\d{5}(-\\d{4})?$/;

module.exports = function validate(body) {
  return {
    email: EMAIL_BAD.test(body.email),
    tags: LIST_BAD.test(body.tags),
    tags2: LIST_OK.test(body.tags),
    zip: ZIP.test(body.zip),
  };
};
`,
  ),
  // --- transport ---
  ...js(
    "CWE-295",
    "driver TLS checks off: pg ssl, Sequelize dialectOptions, MongoDB tlsAllowInvalidCertificates, got and request strictSSL vs CA files",
    `const fs = require('fs');
const { Pool } = require('pg');
const { Sequelize } = require('sequelize');
const { MongoClient } = require('mongodb');
const got = require('got');
const request = require('request');

@@const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
@ok const pool2 = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString() } });

const sequelize = new Sequelize(process.env.DATABASE_URL, {
@@  dialectOptions: { ssl: { require: true, rejectUnauthorized: false } },
});

async function mongo(uri) {
@@  const a = await MongoClient.connect(uri, { tls: true, tlsAllowInvalidCertificates: true });
@ok  const b = await MongoClient.connect(uri, { tls: true, tlsCAFile: '/etc/ssl/mongo-ca.pem' });
  return [a, b];
}

async function status(url) {
@@  const a = await got(url, { https: { rejectUnauthorized: false } }).json();
@ok  const b = await got(url, { https: { certificateAuthority: fs.readFileSync('/etc/ssl/ca.pem') } }).json();
  return [a, b];
}

function legacy(url, cb) {
@@  request({ url, strictSSL: false }, cb);
}

module.exports = { pool, pool2, sequelize, mongo, status, legacy };
`,
  ),
  ...js(
    "CWE-319",
    "ws:// socket, insecure gRPC credentials and a bearer token over http:// vs wss://, TLS credentials and localhost",
    `const grpc = require('@grpc/grpc-js');
const WebSocket = require('ws');

function chat() {
@@  const socket = new WebSocket('ws://chat.example.com/socket');
@ok  const socket2 = new WebSocket('wss://chat.example.com/socket');
  return [socket, socket2];
}

function client(Greeter) {
@@  const a = new Greeter('api.example.com:50051', grpc.credentials.createInsecure());
@ok  const b = new Greeter('api.example.com:50051', grpc.credentials.createSsl());
  return [a, b];
}

async function me(token) {
@@  const a = await fetch('http://api.example.com/v1/me', { headers: { Authorization: \`Bearer \${token}\` } });
@ok  const b = await fetch('http://localhost:3000/v1/me', { headers: { Authorization: \`Bearer \${token}\` } });
  return [a, b];
}

module.exports = { chat, client, me };
`,
  ),
  // --- secrets ---
  ...js(
    "CWE-798",
    "hard-coded passport-jwt secretOrKey, HMAC key, jose secret, Stripe key and AWS keys vs environment values",
    `const crypto = require('crypto');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const AWS = require('aws-sdk');

const verify = (payload, done) => done(null, payload);
passport.use(
@@  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'jwt-s3cret-k3y-2023' }, verify),
);
passport.use(
  'env',
@ok  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verify),
);

function sign(body) {
@@  return crypto.createHmac('sha256', 'whsec_9f8e7d6c5b4a3f2e1d0c').update(body).digest('hex');
}

function signEnv(body) {
@ok  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

@@const joseSecret = new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2');
@ok const joseSecret2 = new TextEncoder().encode(process.env.JOSE_SECRET);

@@const stripe = require('stripe')('sk_live_51Mz3kQ2eZvKYlo2C8f7Hn1xR');

AWS.config.update({
  region: 'eu-west-1',
  accessKeyId: 'AKIA2OGYBAH6RT7XQZ4N',
@@  secretAccessKey: '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',
});

module.exports = { sign, signEnv, joseSecret, joseSecret2, stripe };
`,
  ),
  // --- crypto strength ---
  ...ts(
    "CWE-327",
    "TypeScript: GCM decipher without authTagLength, SHA-1 signatures and PKCS#1 v1.5 encryption vs their strong forms",
    `import { createDecipheriv, createSign, publicEncrypt, constants } from 'crypto';

export function open(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer): Buffer {
@@  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]);
}

export function openStrict(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer): Buffer {
@ok  const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]);
}

export function signSha1(privateKey: string, data: string): string {
@@  return createSign('RSA-SHA1').update(data).sign(privateKey, 'base64');
}

export function signSha256(privateKey: string, data: string): string {
@ok  return createSign('sha256').update(data).sign(privateKey, 'base64');
}

export function wrapLegacy(publicKey: string, secret: Buffer): Buffer {
@@  return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, secret);
}

export function wrapOaep(publicKey: string, secret: Buffer): Buffer {
@ok  return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, secret);
}
`,
  ),
  ...js(
    "CWE-326",
    "RSA keys of 512/1024 bits and the 1024-bit modp2 DH group vs 2048/3072 bits and modp14",
    `const crypto = require('crypto');

function weakKeys() {
@@  const a = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
@ok  const b = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
  return [a, b];
}

function weakKeysAsync(cb) {
@@  crypto.generateKeyPair('rsa', { modulusLength: 512, publicExponent: 0x10001 }, cb);
}

function strongKeysAsync(cb) {
@ok  crypto.generateKeyPair('rsa', { modulusLength: 2048 }, cb);
}

function dh() {
@@  const weak = crypto.getDiffieHellman('modp2');
@ok  const strong = crypto.getDiffieHellman('modp14');
  return [weak.generateKeys(), strong.generateKeys()];
}

module.exports = { weakKeys, weakKeysAsync, strongKeysAsync, dh };
`,
  ),
  // --- JWT ---
  ...js(
    "CWE-347",
    "jwt-simple decode with noVerify and jsonwebtoken's verify error ignored vs checked verification",
    `const jwtSimple = require('jwt-simple');
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;

function userFromSimple(token) {
@@  return jwtSimple.decode(token, SECRET, true);
}

function userFromSimpleChecked(token) {
@ok  return jwtSimple.decode(token, SECRET);
}

function middleware(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  jwt.verify(token, SECRET, { algorithms: ['HS256'] }, (err) => {
@@    req.user = jwt.decode(token);
    next();
  });
}

function middlewareChecked(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  jwt.verify(token, SECRET, { algorithms: ['HS256'] }, (err, decoded) => {
    if (err) return res.sendStatus(401);
@ok    req.user = decoded;
    next();
  });
}

module.exports = { userFromSimple, userFromSimpleChecked, middleware, middlewareChecked };
`,
  ),
  // --- mass assignment and merges ---
  ...js(
    "CWE-915",
    "request bodies assigned onto models (Object.assign, mongoose set/create, Sequelize update) vs picked fields",
    `const express = require('express');
const _ = require('lodash');
const User = require('./models/user');

const app = express();
app.use(express.json());

app.put('/me', async (req, res) => {
  const user = await User.findById(req.session.userId);
@@  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

app.put('/me-safe', async (req, res) => {
  const user = await User.findById(req.session.userId);
@ok  Object.assign(user, _.pick(req.body, ['displayName', 'bio']));
  await user.save();
  res.json(user);
});

app.post('/signup', async (req, res) => {
@@  const user = await User.create(req.body);
@ok  const user2 = await User.create({ email: req.body.email, displayName: req.body.displayName });
  res.json([user, user2]);
});

app.patch('/me', async (req, res) => {
  const user = await User.findById(req.session.userId);
@@  user.set(req.body);
  await user.save();
  res.json(user);
});
`,
  ),
  ...js(
    "CWE-1321",
    "hand-written recursive merge of a JSON-parsed body vs the same merge skipping __proto__/constructor/prototype",
    `const express = require('express');

const app = express();
app.use(express.json());
const prefs = {};

function deepMerge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
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

app.post('/prefs', (req, res) => {
  deepMerge(prefs, JSON.parse(req.body.raw));
  safeMerge(prefs, JSON.parse(req.body.raw2));
  res.json(prefs);
});
`,
  ),
  // --- cookies and CORS ---
  ...js(
    "CWE-614",
    "express-session relying on the default cookie (no Secure) and res.cookie of a token with no options vs secure cookies",
    `const express = require('express');
const session = require('express-session');

const app = express();
app.set('trust proxy', 1);

@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true }));
@ok app.use('/admin', session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post('/login', (req, res) => {
  const token = String(req.body.token);
@@  res.cookie('token', token);
@ok  res.cookie('token2', token, { secure: true, httpOnly: true, sameSite: 'strict' });
  res.end();
});
`,
  ),
  ...ts(
    "CWE-942",
    "NestJS enableCors and @fastify/cors reflecting every origin with credentials vs fixed origins",
    `import { NestFactory } from '@nestjs/core';
import Fastify from 'fastify';
import cors from '@fastify/cors';

export async function bootstrap(AppModule: unknown) {
  const app = await NestFactory.create(AppModule as never);
@@  app.enableCors({ origin: true, credentials: true });
  await app.listen(3000);
}

export async function bootstrapSafe(AppModule: unknown) {
  const app = await NestFactory.create(AppModule as never);
@ok  app.enableCors({ origin: ['https://admin.example.com'], credentials: true });
  await app.listen(3001);
}

export async function fastifyApp() {
  const fastify = Fastify();
@@  await fastify.register(cors, { origin: (origin, cb) => cb(null, true), credentials: true });
  const other = Fastify();
@ok  await other.register(cors, { origin: 'https://app.example.com', credentials: true });
  return [fastify, other];
}
`,
  ),
];
