// Dev suite "js-ts", batch 6: written after batch 5's fixes, measured before the fixes that followed it. Same
// shape as batch 5 (one small file per API family, `@@` lines to report, `@ok` look-alikes), with other sources
// (socket and WebSocket messages, GraphQL resolver arguments, Electron IPC, destructured request parameters,
// Next.js route handlers) and other library calls.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch6", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch6", cwe, note, src, "typescript");

export const BATCH6: DevCase[] = [
  ...js(
    "CWE-79",
    "destructured request parameters in Express handlers",
    `const express = require('express');
const router = express.Router();

router.get('/profile', ({ query }, res) => {
@@  res.send('<h2>' + query.display + '</h2>');
});

router.post('/note', async ({ body: { text } }, res) => {
@@  res.send(\`<article>\${text}</article>\`);
});

router.get('/count', ({ query }, res) => {
@ok  res.send('<p>' + Number(query.n) * 2 + '</p>');
});
module.exports = router;
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route handlers returning HTML",
    `import { NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q');
@@  return new Response(\`<h1>Results for \${q}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request: NextRequest) {
  const { q } = await request.json();
@ok  return Response.json({ results: [], q });
}
`,
  ),
  ...js(
    "CWE-79",
    "DOM and jQuery sinks fed from the URL",
    `const params = new URLSearchParams(location.search);

@@$('#list').append('<li>' + location.hash.slice(1) + '</li>');
@ok $('#list').append($('<li>').text(location.hash.slice(1)));
@@document.getElementById('title').innerHTML = \`<b>\${params.get('title')}</b>\`;
@ok document.getElementById('title').innerText = params.get('title');
const frame = document.createElement('iframe');
@@frame.srcdoc = params.get('preview');
document.body.appendChild(frame);
`,
  ),
  ...ts(
    "CWE-79",
    "Angular element refs and Renderer2 with route data",
    `import { Component, ElementRef, Renderer2, ViewChild, AfterViewInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-msg', template: '<div #box></div><p [innerHTML]="safe"></p>' })
export class MsgComponent implements AfterViewInit {
  @ViewChild('box') box!: ElementRef;
  safe = '';
  constructor(private route: ActivatedRoute, private renderer: Renderer2) {}

  ngAfterViewInit() {
    const m = this.route.snapshot.queryParamMap.get('m');
@@    this.box.nativeElement.innerHTML = m;
@@    this.renderer.setProperty(this.box.nativeElement, 'innerHTML', m);
@ok    this.renderer.setProperty(this.box.nativeElement, 'textContent', m);
@ok    this.safe = m ?? '';
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "React components rendering markdown and props",
    `import React from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export function Readme({ md }: { md: string }) {
@@  return <div dangerouslySetInnerHTML={{ __html: marked(md) }} />;
}

export function ReadmeSafe({ md }: { md: string }) {
@ok  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked(md) as string) }} />;
}

export function Embed({ url }: { url: string }) {
@@  return <iframe src={url} title="embed" />;
}

export function Avatar({ id }: { id: number }) {
@ok  return <img src={\`/avatars/\${id}.png\`} alt="" />;
}
`,
  ),
  ...js(
    "CWE-78",
    "socket, WebSocket and IPC messages into commands",
    `const { exec, execFile } = require('child_process');
const { ipcMain } = require('electron');
const WebSocket = require('ws');

module.exports = (io) => {
  io.on('connection', (socket) => {
    socket.on('ping-host', (data) => {
@@      exec('ping -c 1 ' + data.host, (e, out) => socket.emit('result', out));
    });
    socket.on('ping-host-safe', (data) => {
@ok      execFile('ping', ['-c', '1', String(data.host)], (e, out) => socket.emit('result', out));
    });
  });
};

ipcMain.on('open-file', (event, file) => {
@@  exec(\`xdg-open "\${file}"\`);
});

const wss = new WebSocket.Server({ port: 8081 });
wss.on('connection', (ws) => {
  ws.on('message', (msg) => {
@@    exec('git ' + msg.toString(), (e, out) => ws.send(out));
  });
});
`,
  ),
  ...js(
    "CWE-78",
    "uploaded file names and spawnSync",
    `const { exec, spawnSync } = require('child_process');
const multer = require('multer');
const upload = multer({ dest: '/tmp/up' });
const app = require('express')();

app.post('/thumb', upload.single('img'), (req, res) => {
@@  exec(\`convert "\${req.file.originalname}" -resize 64x64 thumb.png\`, () => res.end());
});

app.post('/thumb2', upload.single('img'), (req, res) => {
@ok  spawnSync('convert', [req.file.path, '-resize', '64x64', 'thumb.png']);
  res.end();
});

app.post('/tool', (req, res) => {
@@  const r = spawnSync(req.body.tool, ['--help']);
  res.send(r.stdout);
});
`,
  ),
  ...js(
    "CWE-89",
    "GraphQL resolvers and WebSocket handlers building SQL",
    `const { knex } = require('./db');
const mysql = require('mysql2/promise');

const resolvers = {
  Query: {
    user: async (_, { id }) => {
@@      const [rows] = await knex.raw(\`SELECT * FROM users WHERE id = '\${id}'\`);
      return rows[0];
    },
    users: async (_, args) => {
@ok      return knex('users').where('name', args.name);
    },
    search: async (parent, args, context) => {
@@      return context.db.query("SELECT * FROM items WHERE title LIKE '%" + args.term + "%'");
    },
  },
};

async function onMessage(conn, raw) {
  const msg = JSON.parse(raw);
@@  await conn.query('UPDATE players SET score = ' + msg.score + ' WHERE id = ' + msg.id);
}
module.exports = { resolvers, onMessage };
`,
  ),
  ...js(
    "CWE-89",
    "sqlite3, prisma and objection raw queries",
    `const sqlite3 = require('sqlite3');
const { PrismaClient } = require('@prisma/client');
const db = new sqlite3.Database('app.db');
const prisma = new PrismaClient();

module.exports.add = (req, res) => {
@@  db.run("INSERT INTO notes (body) VALUES ('" + req.body.note + "')", () => res.end());
};

module.exports.addSafe = (req, res) => {
@ok  db.run('INSERT INTO notes (body) VALUES (?)', [req.body.note], () => res.end());
};

module.exports.purge = async (req, res) => {
@@  await prisma.$executeRawUnsafe(\`DELETE FROM sessions WHERE user_id = \${req.query.uid}\`);
  res.end();
};

module.exports.purgeSafe = async (req, res) => {
@ok  await prisma.$executeRaw\`DELETE FROM sessions WHERE user_id = \${req.query.uid}\`;
  res.end();
};

module.exports.byTag = async (req, res) => {
  const Post = req.app.locals.Post;
@@  res.json(await Post.query().whereRaw("tags LIKE '%" + req.query.tag + "%'"));
};
`,
  ),
  ...js(
    "CWE-943",
    "Mongo aggregation and update from request objects",
    `const Order = require('./models/order');

module.exports.report = async (req, res) => {
@@  const rows = await Order.aggregate([{ $match: req.body.match }, { $group: { _id: '$status', n: { $sum: 1 } } }]);
  res.json(rows);
};

module.exports.byId = async (req, res) => {
@ok  res.json(await Order.findById(req.params.id));
};

module.exports.mine = async (req, res) => {
@@  res.json(await Order.find({ owner: req.query.owner }));
};
`,
  ),
  ...js(
    "CWE-22",
    "raw http servers and upload headers",
    `const http = require('http');
const fs = require('fs');
const path = require('path');
const ROOT = path.join(__dirname, 'public');

http.createServer((req, res) => {
@@  fs.createReadStream('.' + req.url).pipe(res);
}).listen(8080);

http.createServer((req, res) => {
  const file = path.normalize(path.join(ROOT, decodeURIComponent(req.url)));
  if (!file.startsWith(ROOT + path.sep)) { res.statusCode = 403; return res.end(); }
@ok  fs.createReadStream(file).pipe(res);
}).listen(8081);

module.exports.put = (req, res) => {
@@  req.pipe(fs.createWriteStream(path.join('/srv/uploads', req.headers['x-file-name'])));
  req.on('end', () => res.end());
};

module.exports.rm = async (req, res) => {
@@  await fs.promises.rm(req.body.path, { recursive: true, force: true });
  res.end();
};
`,
  ),
  ...js(
    "CWE-22",
    "Electron IPC handlers touching files",
    `const { ipcMain, app } = require('electron');
const fs = require('fs');
const path = require('path');

ipcMain.handle('read-note', async (event, name) => {
@@  return fs.promises.readFile(path.join(app.getPath('userData'), 'notes', name), 'utf8');
});

ipcMain.handle('read-settings', async () => {
@ok  return fs.promises.readFile(path.join(app.getPath('userData'), 'settings.json'), 'utf8');
});
`,
  ),
  ...js(
    "CWE-918",
    "server-side fetches from request URLs",
    `const got = require('got');
const https = require('https');
const request = require('request');

module.exports.preview = async (req, res) => {
  const target = new URL(req.query.u);
@@  const page = await fetch(target);
  res.send(await page.text());
};

module.exports.api = async (req, res) => {
@@  const body = await got.get(\`\${req.body.base}/api/v1/status\`).text();
  res.send(body);
};

module.exports.img = (req, res) => {
@@  https.get(new URL(req.query.src), (r) => r.pipe(res));
};

module.exports.legacy = (req, res) => {
@@  request.get({ url: req.query.feed, json: true }, (e, r, data) => res.json(data));
};

const ALLOWED = new Set(['api.partner.com', 'cdn.partner.com']);
module.exports.partner = async (req, res) => {
  const u = new URL(req.query.u);
  if (!ALLOWED.has(u.hostname)) return res.status(400).end();
@ok  res.send(await (await fetch(u)).text());
};
`,
  ),
  ...js(
    "CWE-601",
    "more redirect shapes",
    `const params = new URLSearchParams(window.location.search);

@@window.location.replace(params.get('url'));
@ok window.location.replace('/login?next=' + encodeURIComponent(location.pathname));

module.exports.koa = async (ctx) => {
@@  ctx.response.redirect(ctx.query.r);
};

module.exports.referer = (req, res) => {
@ok  res.redirect('/');
};
`,
  ),
  ...js(
    "CWE-94",
    "evaluating request text",
    `const express = require('express');
const vm = require('vm');
const { Worker } = require('worker_threads');
const app = express();

app.post('/calc', (req, res) => {
@@  res.json({ v: eval('(' + req.body.expr + ')') });
});

app.post('/calc2', (req, res) => {
@@  const f = new Function('return ' + req.query.expr);
  res.json({ v: f() });
});

app.post('/job', (req, res) => {
@@  new Worker(req.body.code, { eval: true });
  res.end();
});

app.post('/tpl', (req, res) => {
  const sandbox = vm.createContext({});
@@  res.json({ v: vm.runInContext(req.body.script, sandbox) });
});

app.get('/cb', (req, res) => {
@@  setTimeout(req.query.cb, 10);
  res.end();
});

app.post('/parse', (req, res) => {
@ok  res.json({ v: JSON.parse(req.body.expr) });
});
`,
  ),
  ...js(
    "CWE-94",
    "browser script loading from the URL",
    `const params = new URLSearchParams(location.search);

@@$.getScript(params.get('plugin'));
@ok $.getScript('/static/plugins/chart.js');
const s = document.createElement('script');
@@s.src = location.hash.slice(1);
document.head.appendChild(s);
@@const w = new Worker(URL.createObjectURL(new Blob([params.get('code')])));
`,
  ),
  ...js(
    "CWE-1333",
    "regexes built from the request",
    `const validator = require('validator');
const _ = require('lodash');

module.exports.replace = (req, res) => {
@@  res.send(req.body.text.replace(new RegExp(req.query.find, 'g'), req.query.with));
};

module.exports.replaceSafe = (req, res) => {
@ok  res.send(req.body.text.replace(new RegExp(_.escapeRegExp(req.query.find), 'g'), req.query.with));
};

module.exports.check = (req, res) => {
@@  res.json({ ok: validator.matches(req.body.value, req.body.pattern) });
};

@@const EMAIL = /^([\\w.-]+)+@([\\w-]+\\.)+[\\w]{2,}$/;
@ok const PHONE = /^\\+?\\d{1,3}[ -]?\\d{3}[ -]?\\d{4}$/;
module.exports.EMAIL = EMAIL;
module.exports.PHONE = PHONE;
`,
  ),
  ...js(
    "CWE-328",
    "weak hashes for integrity and signatures",
    `const crypto = require('crypto');
const CryptoJS = require('crypto-js');

function sign(body, key) {
@ok  return crypto.createHmac('sha256', key).update(body).digest('hex');
}

function fingerprint(cert) {
@@  return crypto.createHash('md5').update(cert).digest('hex');
}

function tokenHash(token) {
@@  return CryptoJS.SHA1(token).toString();
}

function cacheKey(url) {
@ok  return crypto.createHash('sha256').update(url).digest('hex');
}
module.exports = { sign, fingerprint, tokenHash, cacheKey };
`,
  ),
  ...js(
    "CWE-916",
    "password hashing choices",
    `const crypto = require('crypto');
const CryptoJS = require('crypto-js');
const argon2 = require('argon2');

async function save(user, password) {
@@  user.passwordHash = CryptoJS.MD5(password).toString();
@@  user.pw2 = crypto.createHash('sha256').update(password).digest('hex');
@ok  user.pw3 = await argon2.hash(password);
  return user;
}
module.exports = { save };
`,
  ),
  ...js(
    "CWE-760",
    "constant salts",
    `const crypto = require('crypto');

function derive(password) {
@@  return crypto.scryptSync(password, 'app-salt', 64);
}

function derive2(password) {
  const salt = crypto.randomBytes(16);
@ok  return { salt, key: crypto.scryptSync(password, salt, 64) };
}
module.exports = { derive, derive2 };
`,
  ),
  ...js(
    "CWE-327",
    "legacy TLS versions",
    `const tls = require('tls');
const https = require('https');

@@const socket = tls.connect({ host: 'mail.example.com', port: 465, secureProtocol: 'TLSv1_method' });
@@const server = https.createServer({ minVersion: 'TLSv1', key: process.env.KEY, cert: process.env.CERT });
@ok const modern = https.createServer({ minVersion: 'TLSv1.2', key: process.env.KEY, cert: process.env.CERT });
module.exports = { socket, server, modern };
`,
  ),
  ...js(
    "CWE-329",
    "zero and constant IVs",
    `const crypto = require('crypto');

function enc(key, text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function enc2(key, text) {
  const iv = crypto.randomBytes(16);
@ok  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + c.update(text, 'utf8', 'hex') + c.final('hex');
}
module.exports = { enc, enc2 };
`,
  ),
  ...js(
    "CWE-798",
    "credentials with literal fallbacks and in client configs",
    `const { Pool } = require('pg');
const basicAuth = require('express-basic-auth');
const axios = require('axios');

@@const API_KEY = process.env.API_KEY || 'dev-key-8f3a9c2b71d4e6f0';
@ok const API_URL = process.env.API_URL || 'https://api.example.com';
@@const pool = new Pool({ host: 'db', user: 'app', password: 'S3cretPassw0rd!' });
@@const guard = basicAuth({ users: { admin: 'supersecret' } });
@@const client = axios.create({ headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk' } });
@ok const client2 = axios.create({ headers: { Authorization: \`Bearer \${process.env.TOKEN}\` } });
module.exports = { API_KEY, API_URL, pool, guard, client, client2 };
`,
  ),
  ...js(
    "CWE-347",
    "unverified JWTs",
    `const jose = require('jose');
const jwt = require('jsonwebtoken');

async function claims(token) {
@@  const { payload } = jose.UnsecuredJWT.decode(token);
  return payload;
}

function role(token) {
@@  const decoded = jwt.decode(token, { complete: true });
  return decoded.payload.role;
}

async function verified(token, key) {
@ok  const { payload } = await jose.jwtVerify(token, key, { algorithms: ['ES256'] });
  return payload;
}
module.exports = { claims, role, verified };
`,
  ),
  ...js(
    "CWE-1321",
    "one-level copies versus deep writes",
    `function copyFields(req, res) {
  const config = {};
  for (const [k, v] of Object.entries(req.body)) {
@ok    config[k] = v;
  }
  res.json(config);
}

function setNested(req, res) {
  const store = req.app.locals.store;
@@  store[req.body.section][req.body.key] = req.body.value;
  res.end();
}

function deepAssign(target, src) {
  for (const k in src) {
    if (typeof src[k] === 'object' && src[k] !== null) {
      target[k] = target[k] || {};
      deepAssign(target[k], src[k]);
    } else {
@@      target[k] = src[k];
    }
  }
  return target;
}
module.exports = { copyFields, setNested, deepAssign };
`,
  ),
  ...js(
    "CWE-611",
    "XML parsers with and without entity expansion",
    `const libxmljs = require('libxmljs');
const xml2js = require('xml2js');

module.exports.import = (req, res) => {
@@  const doc = libxmljs.parseXmlString(req.body.toString(), { noent: true });
  res.json({ items: doc.find('//item').length });
};

module.exports.importSafe = (req, res) => {
@ok  xml2js.parseString(req.body.toString(), (err, result) => res.json(result));
};

module.exports.importLib = (req, res) => {
@ok  const doc = libxmljs.parseXmlString(req.body.toString());
  res.json({ items: doc.find('//item').length });
};
`,
  ),
  ...js(
    "CWE-502",
    "YAML and serialised objects from requests",
    `const yaml = require('js-yaml');
const serialize = require('node-serialize');

module.exports.config = (req, res) => {
@ok  res.json(yaml.load(req.body, { schema: yaml.FAILSAFE_SCHEMA }));
};

module.exports.profile = (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  res.json(serialize.unserialize(raw));
};
`,
  ),
  ...js(
    "CWE-693",
    "Electron preferences and permission handlers",
    `const { BrowserWindow, session } = require('electron');

function worker() {
  return new BrowserWindow({
@@    webPreferences: { nodeIntegrationInWorker: true, contextIsolation: true },
  });
}

function viewer() {
  return new BrowserWindow({
@@    webPreferences: { webviewTag: true, sandbox: false },
  });
}

function plain() {
  return new BrowserWindow({
@ok    webPreferences: { preload: __dirname + '/preload.js' },
  });
}
module.exports = { worker, viewer, plain };
`,
  ),
  ...js(
    "CWE-117",
    "log lines in other frameworks",
    `const pino = require('pino')();
const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
@@  pino.info('request for ' + ctx.query.page + ' by ' + ctx.get('user-agent'));
@ok  pino.info({ page: ctx.query.page }, 'request');
  await next();
});

exports.handler = async (event) => {
@@  console.warn(\`bad login for \${event.queryStringParameters.user}\`);
@ok  console.warn('bad login', JSON.stringify(event.queryStringParameters.user));
  return { statusCode: 401 };
};
`,
  ),
  ...js(
    "CWE-614",
    "session cookies in other frameworks",
    `const Koa = require('koa');
const session = require('koa-session');
const app = new Koa();

@@app.use(session({ key: 'sid', secure: false, httpOnly: true }, app));

app.use(async (ctx) => {
@@  ctx.cookies.set('token', ctx.state.token, { secure: false, httpOnly: true });
@ok  ctx.cookies.set('token2', ctx.state.token, { secure: true, httpOnly: true });
});
`,
  ),
  ...js(
    "CWE-942",
    "CORS headers set by hand",
    `const http = require('http');

http.createServer((req, res) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end('{}');
}).listen(3000);

module.exports.fastify = async (fastify) => {
@@  fastify.register(require('@fastify/cors'), { origin: true, credentials: true });
@ok  fastify.register(require('@fastify/cors'), { origin: ['https://app.example.com'], credentials: true });
};
`,
  ),
  ...js(
    "CWE-770",
    "unbounded request bodies and repeats",
    `const express = require('express');
const app = express();

@@app.use(express.urlencoded({ extended: true, limit: '10gb' }));
@ok app.use(express.json({ limit: '100kb' }));

app.get('/pad', (req, res) => {
@@  res.send('x'.repeat(req.query.n));
});

app.get('/pad2', (req, res) => {
@ok  res.send('x'.repeat(Math.min(Number(req.query.n) || 0, 1000)));
});
`,
  ),
];
