// Dev suite "js-ts", batch 9: written after batch 8's fixes, measured before any fix that followed it. Same shape
// as batches 5-8, on the server side: AWS Lambda events as input, Prisma/TypeORM/knex raw SQL, sandboxes and
// headless-browser evaluation, NestJS and fastify handlers, argument injection into git, format strings, timing
// comparisons of secrets, zip extraction, gRPC without TLS and more crypto parameters.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch9", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch9", cwe, note, src, "typescript");

export const BATCH9: DevCase[] = [
  ...js(
    "CWE-78",
    "Lambda events and shell options in child_process",
    `const { exec, execFile, spawn } = require('child_process');
const util = require('util');
const execAsync = util.promisify(exec);

exports.thumbnail = async (event) => {
  const key = event.Records[0].s3.object.key;
@@  await execAsync(\`convert /tmp/\${key} -resize 200x200 /tmp/thumb.png\`);
};

exports.ping = async (event) => {
  const host = JSON.parse(event.body).host;
@@  execFile('ping', ['-c', '1', host], { shell: true }, () => {});
  return { statusCode: 202 };
};

exports.ping2 = async (event) => {
  const host = JSON.parse(event.body).host;
@ok  execFile('ping', ['-c', '1', host], () => {});
  return { statusCode: 202 };
};

exports.grep = (req, res) => {
@@  const p = spawn('grep', ['-r', req.query.term, '/srv/docs'], { shell: true });
  p.stdout.pipe(res);
};

exports.version = (req, res) => {
@ok  exec('node --version', (e, out) => res.send(out));
};
`,
  ),
  ...ts(
    "CWE-89",
    "Prisma, TypeORM and knex raw SQL",
    `import { PrismaClient, Prisma } from '@prisma/client';
import { DataSource } from 'typeorm';
import knex from 'knex';
import type { Request, Response } from 'express';

const prisma = new PrismaClient();
const ds = new DataSource({ type: 'postgres' });
const db = knex({ client: 'pg' });

export async function search(req: Request, res: Response) {
@@  const rows = await prisma.$queryRawUnsafe(\`SELECT * FROM "Post" WHERE title LIKE '%\${req.query.q}%'\`);
  res.json(rows);
}

export async function search2(req: Request, res: Response) {
@ok  const rows = await prisma.$queryRaw\`SELECT * FROM "Post" WHERE title LIKE \${'%' + req.query.q + '%'}\`;
  res.json(rows);
}

export async function purge(req: Request, res: Response) {
@@  await prisma.$executeRawUnsafe('DELETE FROM "Session" WHERE "userId" = ' + req.body.userId);
  res.end();
}

export async function orders(req: Request, res: Response) {
@@  res.json(await ds.query(\`SELECT * FROM orders WHERE status = '\${req.query.status}'\`));
}

export async function orders2(req: Request, res: Response) {
@ok  res.json(await ds.query('SELECT * FROM orders WHERE status = $1', [req.query.status]));
}

export async function byName(req: Request, res: Response) {
@@  res.json(await db('users').whereRaw(\`name = '\${req.query.name}'\`));
}

export async function byName2(req: Request, res: Response) {
@ok  res.json(await db('users').whereRaw('name = ?', [req.query.name]));
}
`,
  ),
  ...js(
    "CWE-94",
    "sandboxes, headless pages and module names from the request",
    `const { VM } = require('vm2');
const vm = require('vm');
const safeEval = require('safe-eval');
const puppeteer = require('puppeteer');

module.exports.calc = (req, res) => {
@@  res.json({ result: vm.runInNewContext(req.body.expr, { Math }) });
};

module.exports.calc2 = (req, res) => {
@@  res.json({ result: new VM({ timeout: 100 }).run(req.body.expr) });
};

module.exports.calc3 = (req, res) => {
@@  res.json({ result: safeEval(req.query.expr) });
};

module.exports.title = async (req, res) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.goto('https://example.com');
@@  const v = await page.evaluate(\`document.querySelector('\${req.query.sel}').textContent\`);
  res.send(String(v));
};

module.exports.title2 = async (req, res) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.goto('https://example.com');
@ok  const v = await page.evaluate((s) => document.querySelector(s).textContent, req.query.sel);
  res.json({ v });
};

module.exports.plugin = (req, res) => {
@@  const plugin = require('./plugins/' + req.params.name);
  res.json(plugin.describe());
};
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS controller serving files",
    `import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { createReadStream, promises as fsp } from 'fs';
import { join, basename } from 'path';

@Controller('files')
export class FilesController {
  @Get('download')
  download(@Query('name') name: string, @Res() res: Response) {
@@    return res.sendFile(join(process.cwd(), 'uploads', name));
  }

  @Get('raw/:file')
  raw(@Param('file') file: string, @Res() res: Response) {
@@    createReadStream('/var/data/' + file).pipe(res);
  }

  @Get('safe')
  safe(@Query('name') name: string, @Res() res: Response) {
@ok    return res.sendFile(join(process.cwd(), 'uploads', basename(name)));
  }

  @Get('remove/:file')
  async remove(@Param('file') file: string) {
@@    await fsp.unlink(join('/var/data', file));
    return { ok: true };
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "fastify and hapi HTML replies",
    `const fastify = require('fastify')();
const escapeHtml = require('escape-html');

fastify.get('/greet', async (request, reply) => {
@@  reply.type('text/html').send(\`<h1>Hello \${request.query.name}</h1>\`);
});

fastify.get('/greet2', async (request, reply) => {
@ok  reply.type('text/html').send(\`<h1>Hello \${escapeHtml(request.query.name)}</h1>\`);
});

fastify.get('/greet3', async (request, reply) => {
@ok  return { greeting: 'Hello ' + request.query.name };
});

fastify.get('/err', async (request, reply) => {
@@  reply.code(400).header('Content-Type', 'text/html; charset=utf-8').send('<p>Bad value: ' + request.query.v + '</p>');
});
`,
  ),
  ...js(
    "CWE-601",
    "koa and fastify redirects",
    `const Router = require('@koa/router');
const router = new Router();
const fastify = require('fastify')();

router.get('/out', (ctx) => {
@@  ctx.redirect(ctx.query.url);
});

router.get('/back', (ctx) => {
  const target = ctx.query.returnTo;
@ok  ctx.redirect(typeof target === 'string' && /^\\/[^/\\\\]/.test(target) ? target : '/');
});

fastify.get('/continue', async (request, reply) => {
@@  reply.redirect(request.query.next);
});

fastify.get('/docs/:page', async (request, reply) => {
@ok  reply.redirect('/documentation/' + encodeURIComponent(request.params.page));
});
`,
  ),
  ...js(
    "CWE-918",
    "got, node-fetch and undici with hosts from the request",
    `const got = require('got');
const fetch = require('node-fetch');
const { request } = require('undici');

module.exports.status = async (req, res) => {
@@  const r = await got(\`http://\${req.query.host}:8080/health\`).json();
  res.json(r);
};

module.exports.avatar = async (req, res) => {
@@  const r = await fetch(req.body.avatarUrl);
  res.type('png').send(await r.buffer());
};

module.exports.weather = async (req, res) => {
@ok  const r = await fetch('https://api.weather.example.com/v1/city/' + encodeURIComponent(req.query.city));
  res.json(await r.json());
};

module.exports.inspect = async (req, res) => {
@@  const { body } = await request(req.query.target);
  res.send(await body.text());
};
`,
  ),
  ...js(
    "CWE-502",
    "serialisers that run code",
    `const serialize = require('node-serialize');
const funcster = require('funcster');

module.exports.prefs = (req, res) => {
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
@@  const prefs = serialize.unserialize(raw);
  res.json(prefs);
};

module.exports.prefs2 = (req, res) => {
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
@ok  const prefs = JSON.parse(raw);
  res.json({ theme: String(prefs.theme) });
};

module.exports.job = (req, res) => {
@@  const fn = funcster.deepDeserialize(req.body.job);
  res.json({ queued: typeof fn });
};
`,
  ),
  ...js(
    "CWE-327",
    "ciphers without IVs and broken modes",
    `const crypto = require('crypto');
const KEY = Buffer.from(process.env.DATA_KEY, 'hex');

function seal(text, password) {
@@  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealEcb(text) {
@@  const c = crypto.createCipheriv('aes-256-ecb', KEY, null);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealDes(text, iv) {
@@  const c = crypto.createCipheriv('des-ede3-cbc', KEY.subarray(0, 24), iv);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealGcm(text) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const out = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return { iv, out, tag: c.getAuthTag() };
}
module.exports = { seal, sealEcb, sealDes, sealGcm };
`,
  ),
  ...js(
    "CWE-326",
    "key sizes",
    `const crypto = require('crypto');
const NodeRSA = require('node-rsa');

@@const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
@ok const strong = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
@@const legacy = new NodeRSA({ b: 512 });
@ok const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
module.exports = { publicKey, privateKey, strong, legacy, ec };
`,
  ),
  ...js(
    "CWE-916",
    "password hashing cost",
    `const crypto = require('crypto');
const bcrypt = require('bcrypt');

function hashPassword(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

function hashPassword2(password) {
@@  return crypto.createHash('sha256').update(password).digest('hex');
}

async function hashPassword3(password) {
@ok  return bcrypt.hash(password, 12);
}

async function hashPassword4(password) {
@@  return bcrypt.hash(password, 4);
}

function hashPassword5(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64).toString('hex');
}
module.exports = { hashPassword, hashPassword2, hashPassword3, hashPassword4, hashPassword5 };
`,
  ),
  ...js(
    "CWE-134",
    "format strings from the request",
    `const util = require('util');

module.exports.audit = (req, res) => {
@@  console.log(req.body.message, req.user.id);
  res.end();
};

module.exports.audit2 = (req, res) => {
@@  const line = util.format(req.query.template, req.user.name);
  res.send(line);
};

module.exports.audit3 = (req, res) => {
@ok  console.log('message from %s: %s', req.user.id, req.body.message);
  res.end();
};
`,
  ),
  ...js(
    "CWE-208",
    "secrets compared with ===",
    `const crypto = require('crypto');

module.exports.apiKey = (req, res, next) => {
@@  if (req.get('x-api-key') === process.env.API_KEY) return next();
  res.status(401).end();
};

module.exports.webhook = (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.rawBody).digest('hex');
@@  if (req.headers['x-signature'] !== expected) return res.status(401).end();
  res.end();
};

module.exports.webhook2 = (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(req.rawBody).digest();
  const got = Buffer.from(String(req.headers['x-signature']), 'hex');
@ok  if (got.length !== expected.length || !crypto.timingSafeEqual(got, expected)) return res.status(401).end();
  res.end();
};
`,
  ),
  ...js(
    "CWE-798",
    "secrets written into server config",
    `const session = require('express-session');
const AWS = require('aws-sdk');
const jwt = require('jsonwebtoken');
const express = require('express');
const app = express();

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const s3 = new AWS.S3({
  region: 'eu-west-1',
@@  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9x',
});

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'super-secret-signing-key-2024', { expiresIn: '1h' });
}

function issue2(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}
module.exports = { app, s3, issue, issue2 };
`,
  ),
  ...js(
    "CWE-1321",
    "nested writes with request keys",
    `const _ = require('lodash');
const settings = {};

module.exports.update = (req, res) => {
  const { section, key, value } = req.body;
  settings[section] = settings[section] || {};
@@  settings[section][key] = value;
  res.json(settings);
};

module.exports.update2 = (req, res) => {
@@  _.set(settings, req.body.path, req.body.value);
  res.json(settings);
};

module.exports.update3 = (req, res) => {
  const { section, key, value } = req.body;
  if (['__proto__', 'constructor', 'prototype'].includes(section) || ['__proto__', 'constructor', 'prototype'].includes(key))
    return res.status(400).end();
  settings[section] = settings[section] || {};
@ok  settings[section][key] = value;
  res.json(settings);
};

function deepMerge(dst, src) {
  for (const k in src) {
    if (src[k] && typeof src[k] === 'object') deepMerge((dst[k] = dst[k] || {}), src[k]);
@@    else dst[k] = src[k];
  }
  return dst;
}

module.exports.update4 = (req, res) => {
  res.json(deepMerge({}, req.body));
};
`,
  ),
  ...js(
    "CWE-117",
    "request data written to logs",
    `const winston = require('winston');
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

module.exports.login = (req, res) => {
@@  logger.info(\`login attempt for \${req.body.username}\`);
  res.end();
};

module.exports.login2 = (req, res) => {
  const user = String(req.body.username).replace(/[\\r\\n]/g, '');
@ok  logger.info(\`login attempt for \${user}\`);
  res.end();
};

module.exports.search = (req, res) => {
@@  console.warn('search: ' + req.query.q);
  res.end();
};
`,
  ),
  ...js(
    "CWE-22",
    "archive entries written where their names point",
    `const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');
const tar = require('tar-stream');

function unpack(file, dest) {
  const zip = new AdmZip(file);
  for (const entry of zip.getEntries()) {
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function unpackChecked(file, dest) {
  const zip = new AdmZip(file);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(dest, entry.entryName);
    if (!target.startsWith(path.resolve(dest) + path.sep)) continue;
@ok    fs.writeFileSync(target, entry.getData());
  }
}

function untar(stream, dest) {
  const extract = tar.extract();
  extract.on('entry', (header, s, next) => {
@@    s.pipe(fs.createWriteStream(path.join(dest, header.name)));
    s.on('end', next);
  });
  stream.pipe(extract);
}
module.exports = { unpack, unpackChecked, untar };
`,
  ),
  ...js(
    "CWE-88",
    "options smuggled into git and curl arguments",
    `const { execFile, spawn } = require('child_process');

module.exports.clone = (req, res) => {
@@  execFile('git', ['clone', req.body.repo, '/tmp/work'], (e) => res.json({ ok: !e }));
};

module.exports.clone2 = (req, res) => {
@ok  execFile('git', ['clone', '--', req.body.repo, '/tmp/work'], (e) => res.json({ ok: !e }));
};

module.exports.fetchUrl = (req, res) => {
@@  spawn('curl', ['-s', req.query.url]).stdout.pipe(res);
};
`,
  ),
  ...js(
    "CWE-943",
    "mongoose $where and operators from the query string",
    `const Post = require('./models/post');

module.exports.byAuthor = async (req, res) => {
@@  res.json(await Post.find({ $where: \`this.author == '\${req.query.author}'\` }));
};

module.exports.byAuthor2 = async (req, res) => {
@ok  res.json(await Post.find({ author: String(req.query.author) }));
};

module.exports.login = async (req, res) => {
@@  const u = await Post.db.model('User').findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: !!u });
};
`,
  ),
  ...js(
    "CWE-319",
    "gRPC and HTTP clients without TLS",
    `const grpc = require('@grpc/grpc-js');
const axios = require('axios');
const { PaymentsClient } = require('./generated/payments_grpc_pb');

@@const client = new PaymentsClient('payments.prod.example.com:443', grpc.credentials.createInsecure());
@ok const secure = new PaymentsClient('payments.prod.example.com:443', grpc.credentials.createSsl());

async function charge(card) {
@@  return axios.post('http://billing.example.com/api/charge', card, { headers: { Authorization: 'Bearer ' + process.env.TOKEN } });
}

async function health() {
@ok  return axios.get('http://localhost:9090/health');
}
module.exports = { client, secure, charge, health };
`,
  ),
  ...js(
    "CWE-1333",
    "patterns from the request",
    `module.exports.filter = (req, res) => {
@@  const re = new RegExp(req.query.pattern, 'i');
  res.json(['alpha', 'beta'].filter((n) => re.test(n)));
};

module.exports.filter2 = (req, res) => {
  const escaped = String(req.query.pattern).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  const re = new RegExp(escaped, 'i');
  res.json(['alpha', 'beta'].filter((n) => re.test(n)));
};

module.exports.email = (req, res) => {
@@  const ok = /^([a-zA-Z0-9]+)*@example\\.com$/.test(req.body.email);
  res.json({ ok });
};
`,
  ),
  ...js(
    "CWE-693",
    "helmet protections switched off",
    `const express = require('express');
const helmet = require('helmet');
const app = express();

@@app.use(helmet({ contentSecurityPolicy: false }));
@ok app.use(helmet.hsts({ maxAge: 31536000, includeSubDomains: true }));
@@app.use(helmet({ hsts: false, noSniff: false }));
module.exports = app;
`,
  ),
];
