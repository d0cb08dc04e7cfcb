// Dev suite "js-ts", batch 45: written blind, before any fix for it (own code), around idioms a probe of public
// rule tests for JavaScript/TypeScript showed as open: request fields reached through destructuring and through
// parameters typed as the framework's Request, shorthand properties in query objects, headers set through
// writeHead, weak ciphers and hashes through crypto-js, cleartext HTTP through fetch and axios config objects,
// more template engines compiling request text, DynamoDB queries taken whole from the event, key material as
// literals, util.format with a request-made format string, a TLS flag held in a constant, and fs.symlink.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch45", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch45", cwe, note, src, "typescript");

export const BATCH45: DevCase[] = [
  ...ts(
    "CWE-79",
    "express handlers whose request parameter is typed Request under another name",
    `import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const router = express.Router();

export function showBanner(incoming: Request, out: Response) {
@@  out.send('<div class="banner">' + incoming.query.headline + '</div>');
}

export const showTag = (_ctx: unknown, msg: Request, reply: Response) => {
@@  reply.send(\`<span class="tag">\${msg.params.tag}</span>\`);
};

export function showTagSafely(incoming: Request, out: Response) {
@ok  out.send('<span class="tag">' + escapeHtml(String(incoming.params.tag)) + '</span>');
}

export function countTags(incoming: Request, out: Response) {
@ok  out.json({ tags: String(incoming.query.list).split(',').length });
}

router.get('/banner', showBanner);
router.get('/tag/:tag', showTag.bind(null, null));
`,
  ),
  ...ts(
    "CWE-79",
    "request fields taken apart by destructuring, in a parameter and in the body",
    `import { Request, Response } from 'express';

export class ProfileController {
  card({ query }: Request, res: Response) {
@@    res.send('<h3>' + query.displayName + '</h3>');
  }

  motto(req: Request, res: Response) {
    const { body } = req;
    const { motto } = body;
@@    res.send(\`<blockquote>\${motto}</blockquote>\`);
  }

  mottoLength(req: Request, res: Response) {
    const { body } = req;
@ok    res.send(\`<p>\${String(body.motto).length} characters</p>\`);
  }
}
`,
  ),
  ...js(
    "CWE-22",
    "file names destructured from the query string and joined or resolved",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const { resolve } = require('path');

const app = express();
const REPORTS = '/srv/reports';

app.get('/report', (req, res) => {
  const { file } = req.query;
@@  fs.readFile(path.join(REPORTS, file), 'utf8', (err, text) => res.send(err ? 'missing' : text));
});

app.get('/report-resolved', (req, res) => {
  const { name } = req.params;
@@  const stream = fs.createReadStream(resolve(REPORTS, name));
  stream.pipe(res);
});

app.get('/report-base', (req, res) => {
  const { file } = req.query;
@ok  fs.readFile(path.join(REPORTS, path.basename(String(file))), 'utf8', (err, text) => res.send(err ? 'missing' : text));
});

app.get('/report-checked', (req, res) => {
  const wanted = resolve(REPORTS, String(req.query.file));
  if (!wanted.startsWith(REPORTS + path.sep)) return res.status(400).end();
@ok  fs.createReadStream(wanted).pipe(res);
});
`,
  ),
  ...js(
    "CWE-22",
    "symlinks named after request data",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());
const LINK_DIR = '/var/app/links';
const ALIAS_RE = /^[a-z0-9-]{1,32}$/;

app.post('/alias', (req, res) => {
@@  fs.symlinkSync('/var/app/current', path.join(LINK_DIR, req.body.alias));
  res.sendStatus(201);
});

app.post('/alias-promise', async (req, res) => {
@@  await fs.promises.symlink(req.body.target, path.join(LINK_DIR, 'latest'));
  res.sendStatus(201);
});

app.post('/alias-checked', (req, res) => {
  if (!ALIAS_RE.test(req.body.alias)) return res.status(400).end();
@ok  fs.symlinkSync('/var/app/current', path.join(LINK_DIR, req.body.alias));
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-943",
    "mongoose filters built with shorthand properties from the request body",
    `const express = require('express');
const Account = require('./models/account');
const Coupon = require('./models/coupon');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { email, pin } = req.body;
@@  const account = await Account.findOne({ email, pin });
  res.json({ ok: Boolean(account) });
});

app.post('/redeem', async (req, res) => {
  const code = req.body.code;
@@  const coupon = await Coupon.findOneAndUpdate({ code }, { $set: { used: true } });
  res.json({ ok: Boolean(coupon) });
});

app.post('/login-strict', async (req, res) => {
  const { email, pin } = req.body;
@ok  const account = await Account.findOne({ email: String(email), pin: String(pin) });
  res.json({ ok: Boolean(account) });
});

app.post('/redeem-strict', async (req, res) => {
  const code = \`\${req.body.code}\`;
@ok  const coupon = await Coupon.findOneAndUpdate({ code }, { $set: { used: true } });
  res.json({ ok: Boolean(coupon) });
});
`,
  ),
  ...js(
    "CWE-943",
    "DynamoDB queries passed whole from the Lambda event",
    `const { DynamoDBClient, QueryCommand, ScanCommand } = require('@aws-sdk/client-dynamodb');
const AWS = require('aws-sdk');

const client = new DynamoDBClient({});
const documents = new AWS.DynamoDB.DocumentClient();

exports.search = async (event) => {
  const request = JSON.parse(event.body);
@@  const out = await client.send(new ScanCommand(request));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.legacySearch = async (event) => {
@@  const out = await documents.query(event.queryStringParameters).promise();
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.byOwner = async (event) => {
  const owner = event.pathParameters.owner;
@ok  const out = await client.send(new QueryCommand({
    TableName: 'notes',
    KeyConditionExpression: 'ownerId = :o',
    ExpressionAttributeValues: { ':o': { S: owner } },
  }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};
`,
  ),
  ...js(
    "CWE-942",
    "origin echoed through writeHead with credentials",
    `const http = require('http');

const TRUSTED = new Set(['https://shop.example.com', 'https://admin.example.com']);

http.createServer((req, res) => {
  if (req.url === '/api/cart') {
@@    res.writeHead(200, {
      'Access-Control-Allow-Origin': req.headers.origin,
      'Access-Control-Allow-Credentials': 'true',
      'Content-Type': 'application/json',
    });
    return res.end('{"items":[]}');
  }
  const origin = TRUSTED.has(req.headers.origin) ? req.headers.origin : 'https://shop.example.com';
@ok  res.writeHead(200, {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  });
  res.end('{}');
}).listen(8080);
`,
  ),
  ...js(
    "CWE-327",
    "crypto-js block and stream ciphers",
    `import CryptoJS from 'crypto-js';

const SHARED = process.env.VAULT_PASSPHRASE;

export function sealLegacy(note) {
@@  return CryptoJS.DES.encrypt(note, SHARED).toString();
}

export function sealTriple(note) {
@@  return CryptoJS.TripleDES.encrypt(note, SHARED).toString();
}

export function sealStream(note) {
@@  return CryptoJS.RC4.encrypt(note, SHARED).toString();
}

export function seal(note) {
@ok  return CryptoJS.AES.encrypt(note, SHARED).toString();
}
`,
  ),
  ...js(
    "CWE-328",
    "crypto-js digests of passwords and tokens",
    `import CryptoJS from 'crypto-js';

export function storedPassword(password) {
@@  return CryptoJS.MD5(password).toString();
}

export function legacyPasswordDigest(password, salt) {
@@  return CryptoJS.SHA1(salt + password).toString(CryptoJS.enc.Hex);
}

export function storedPasswordStrong(password, salt) {
@ok  return CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 310000, hasher: CryptoJS.algo.SHA256 }).toString();
}

export function contentEtag(body) {
@ok  return CryptoJS.SHA256(body).toString();
}
`,
  ),
  ...js(
    "CWE-319",
    "cleartext HTTP endpoints reached with fetch and axios config objects",
    `const axios = require('axios');

const RATES_URL = 'http://rates.example-partner.com/v2/latest';
const LOCAL_HEALTH = 'http://127.0.0.1:9000/health';

async function loadRates() {
@@  const reply = await fetch(RATES_URL, { headers: { Authorization: 'Bearer ' + process.env.RATES_TOKEN } });
  return reply.json();
}

async function pushOrder(order) {
  const options = {
    method: 'post',
    url: 'http://orders.example-partner.com/v1/orders',
    data: order,
  };
@@  return axios(options);
}

async function loadRatesSecure() {
@ok  const reply = await fetch('https://rates.example-partner.com/v2/latest');
  return reply.json();
}

async function health() {
@ok  const reply = await fetch(LOCAL_HEALTH);
  return reply.ok;
}

module.exports = { loadRates, pushOrder, loadRatesSecure, health };
`,
  ),
  ...js(
    "CWE-1336",
    "template engines compiling request-supplied template text",
    `const express = require('express');
const { Liquid } = require('liquidjs');
const Hogan = require('hogan.js');
const whiskers = require('whiskers');
const jsrender = require('jsrender');

const app = express();
app.use(express.json());
const liquid = new Liquid({ root: './views' });

app.post('/preview/liquid', async (req, res) => {
@@  res.send(await liquid.parseAndRender(req.body.template, { user: req.user }));
});

app.post('/preview/mustache', (req, res) => {
@@  const tpl = Hogan.compile(req.body.template);
  res.send(tpl.render({ name: 'guest' }));
});

app.post('/preview/whiskers', (req, res) => {
@@  res.send(whiskers.render(req.body.template, { name: 'guest' }));
});

app.post('/preview/jsrender', (req, res) => {
@@  const tmpl = jsrender.templates(req.body.markup);
  res.send(tmpl.render({ name: 'guest' }));
});

app.get('/profile', async (req, res) => {
@ok  res.send(await liquid.renderFile('profile', { name: req.query.name }));
});

app.get('/card', (req, res) => {
@ok  res.send(Hogan.compile('<b>{{name}}</b>').render({ name: req.query.name }));
});
`,
  ),
  ...js(
    "CWE-798",
    "key material handed to node:crypto as literals",
    `const crypto = require('crypto');
const fs = require('fs');

@@const dataKey = crypto.createSecretKey(Buffer.from('4f1c9a7e2b3d5f60718293a4b5c6d7e8', 'hex'));

@@const signingKey = crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIGq3hWm9bq0l0vZpXn5mJ4c1k2x8t7r6s5q4p3o2n1m0\\n-----END PRIVATE KEY-----');

@ok const envKey = crypto.createSecretKey(Buffer.from(process.env.DATA_KEY_HEX, 'hex'));

@ok const fileKey = crypto.createPrivateKey(fs.readFileSync(process.env.SIGNING_KEY_PATH));

module.exports = { dataKey, signingKey, envKey, fileKey };
`,
  ),
  ...js(
    "CWE-134",
    "util.format with a format string taken from the request",
    `const express = require('express');
const util = require('util');

const app = express();

app.get('/label', (req, res) => {
@@  const text = util.format(req.query.pattern, req.query.count);
  res.type('text/plain').send(text);
});

app.get('/label-fixed', (req, res) => {
@ok  const text = util.format('%s items in %s', req.query.count, req.query.bucket);
  res.type('text/plain').send(text);
});
`,
  ),
  ...js(
    "CWE-295",
    "certificate checks switched off through a constant",
    `const https = require('https');
const tls = require('tls');

const VERIFY_PEER = false;
const STRICT = true;

@@const insecureAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: VERIFY_PEER });

@ok const strictAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: STRICT });

function openFeed(host) {
  const skipChecks = false;
@@  return tls.connect({ host, port: 6514, rejectUnauthorized: skipChecks });
}

module.exports = { insecureAgent, strictAgent, openFeed };
`,
  ),
  ...js(
    "CWE-601",
    "redirects in hapi, koa and fastify handlers",
    `const Hapi = require('@hapi/hapi');
const Koa = require('koa');
const fastify = require('fastify')();

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/out',
  handler: (request, h) => {
@@    return h.redirect(request.query.next);
  },
});
server.route({
  method: 'GET',
  path: '/home',
@ok  handler: (request, h) => h.redirect('/dashboard'),
});

const koa = new Koa();
koa.use(async (ctx) => {
@@  if (ctx.path === '/continue') ctx.redirect(ctx.query.returnTo);
});

fastify.get('/go', async (request, reply) => {
@@  return reply.redirect(request.query.url);
});

fastify.get('/go-local', async (request, reply) => {
  const next = String(request.query.url || '/');
@ok  return reply.redirect(/^\\/[a-z0-9/_-]*$/i.test(next) && !next.startsWith('//') ? next : '/');
});
`,
  ),
];
