// Dev suite "js-ts", batch 91: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Gaps the previous round named: request bodies read by hand (`req.on('data', c => body += c)`,
// `for await (const chunk of req)`) and JSON.parse'd into sinks; HTTP clients injected by a constructor
// (NestJS HttpService), made by axios.create() (whose baseURL does NOT hold an absolute URL back) or got.extend()
// (whose prefixUrl does); raw SQL built from a parameter of an exported data-access function (reported: the
// function is the library's API and its callers pass request data); mongoose queries whose filter object or
// $where string comes from the body; header pass-through (Node's setHeader/writeHead reject CR/LF, so a copied
// header is not CWE-113 there, but a response written to a raw socket is, and a reflected Origin with credentials
// is a CORS hole); escaped values in UNQUOTED attributes built with + and template literals; a redirect whose
// fallback absolute URL is built from input; ReDoS with alternations of words longer than three characters that
// overlap, and quadratic unanchored searches with a repeated word before `$` (their anchored twins are linear).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch91", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch91", cwe, note, src, "typescript");

export const BATCH91: DevCase[] = [
  // --- bodies read by hand ---
  ...js(
    "CWE-89",
    "body collected with req.on('data') and JSON.parse'd: name concatenated into SQL vs bound",
    `const http = require('http');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const { name, city } = JSON.parse(body);
@@    pool.query("SELECT id FROM customers WHERE name = '" + name + "'", (err, rows) => {
      if (err) return res.end('error');
@ok      pool.query('SELECT id FROM stores WHERE city = ?', [city], (err2, stores) => {
        res.end(JSON.stringify({ rows, stores }));
      });
    });
  });
}).listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "body read with for await over req, concatenated and parsed: file name into exec vs execFile argv",
    `const http = require('http');
const { exec, execFile } = require('child_process');

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

http.createServer(async (req, res) => {
  const job = await readJson(req);
  if (req.url === '/thumb') {
@@    exec('convert ' + job.file + ' -resize 64x64 /tmp/thumb.png', () => res.end('queued'));
  } else {
@ok    execFile('convert', [job.file, '-resize', '64x64', '/tmp/thumb.png'], () => res.end('queued'));
  }
}).listen(8080);
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript: body string from 'data' events parsed, path joined raw vs basename under the root",
    `import { createServer, IncomingMessage } from 'http';
import { readFile } from 'fs/promises';
import * as path from 'path';

const ROOT = '/srv/files';

function collect(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => resolve(text));
  });
}

createServer(async (req, res) => {
  const payload = JSON.parse(await collect(req)) as { file: string; name: string };
@@  const raw = await readFile(path.join(ROOT, payload.file), 'utf8');
@ok  const safe = await readFile(path.join(ROOT, path.basename(payload.name)), 'utf8');
  res.end(raw + safe);
}).listen(4000);
`,
  ),
  // --- injected / configured HTTP clients ---
  ...ts(
    "CWE-918",
    "NestJS: HttpService injected by the constructor fetches the query URL vs a path on a fixed base",
    `import { Controller, Get, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Controller('preview')
export class PreviewController {
  constructor(private readonly http: HttpService) {}

  @Get()
  async preview(@Query('url') url: string) {
@@    const res = await firstValueFrom(this.http.get(url));
    return res.data;
  }

  @Get('item')
  async item(@Query('id') id: string) {
@ok    const res = await firstValueFrom(this.http.get('https://catalog.example.com/items/' + encodeURIComponent(id)));
    return res.data;
  }
}
`,
  ),
  ...js(
    "CWE-918",
    "axios.create() instance with a baseURL given the raw query path (an absolute URL overrides baseURL) vs an encoded id",
    `const express = require('express');
const axios = require('axios');

const app = express();
const api = axios.create({ baseURL: 'https://inventory.internal/api/', timeout: 3000 });

app.get('/proxy', async (req, res) => {
@@  const r = await api.get(req.query.path);
  res.json(r.data);
});

app.get('/sku', async (req, res) => {
@ok  const r = await api.get('/skus/' + encodeURIComponent(req.query.sku));
  res.json(r.data);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-918",
    "got.extend() without a prefix fetches the posted webhook URL vs an extended client with prefixUrl and an encoded path",
    `const express = require('express');
const got = require('got');

const app = express();
app.use(express.json());
const plain = got.extend({ timeout: { request: 5000 }, retry: { limit: 1 } });
const billing = got.extend({ prefixUrl: 'https://billing.internal/v2' });

app.post('/hooks/test', async (req, res) => {
@@  await plain.post(req.body.webhook, { json: { ping: true } });
  res.sendStatus(204);
});

app.get('/invoice', async (req, res) => {
@ok  const body = await billing.get('invoices/' + encodeURIComponent(req.query.id)).json();
  res.json(body);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "class given an axios instance in its constructor; a route passes the body URL to it vs a constant health URL",
    `import express from 'express';
import axios, { AxiosInstance } from 'axios';

class Fetcher {
  constructor(private client: AxiosInstance) {}

  fetch(url: string) {
    return this.client.get(url);
  }
}

const fetcher = new Fetcher(axios.create({ timeout: 2000 }));
const app = express();
app.use(express.json());

app.post('/unfurl', async (req, res) => {
@@  const r = await fetcher.fetch(req.body.link);
  res.json({ status: r.status });
});

app.get('/health', async (_req, res) => {
@ok  const r = await fetcher.fetch('https://status.example.com/ping');
  res.json({ status: r.status });
});

app.listen(3000);
`,
  ),
  // --- SQL from an exported data-access API ---
  ...ts(
    "CWE-89",
    "exported repository function interpolates its parameter into sequelize.query vs replacements",
    `import { QueryTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL as string);

export async function findByEmail(email: string) {
@@  return sequelize.query(\`SELECT id, name FROM users WHERE email = '\${email}'\`, { type: QueryTypes.SELECT });
}

export async function findByTeam(team: string) {
@ok  return sequelize.query('SELECT id, name FROM users WHERE team = :team', {
    replacements: { team },
    type: QueryTypes.SELECT,
  });
}
`,
  ),
  ...js(
    "CWE-89",
    "exported knex helper: whereRaw with a concatenated parameter vs whereRaw with a binding",
    `const knex = require('knex')({ client: 'pg', connection: process.env.PG_URL });

exports.ordersSince = function ordersSince(day) {
@@  return knex('orders').whereRaw("created_at > '" + day + "'");
};

exports.ordersBefore = function ordersBefore(day) {
@ok  return knex('orders').whereRaw('created_at < ?', [day]);
};
`,
  ),
  // --- mongoose ---
  ...js(
    "CWE-943",
    "mongoose: body value used as a filter value (an object like {$ne: null} matches anyone) vs String()",
    `const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ name: String, token: String }));
const app = express();
app.use(express.json());

app.post('/reset', async (req, res) => {
@@  const user = await User.findOne({ token: req.body.token });
  res.json({ ok: Boolean(user) });
});

app.post('/lookup', async (req, res) => {
@ok  const user = await User.findOne({ name: String(req.body.name) });
  res.json({ found: Boolean(user) });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "mongoose: $where string built from the query vs a plain equality on the cast number",
    `const express = require('express');
const mongoose = require('mongoose');

const Item = mongoose.model('Item', new mongoose.Schema({ qty: Number }));
const app = express();

app.get('/low', async (req, res) => {
@@  const items = await Item.find({ $where: 'this.qty < ' + req.query.max });
  res.json(items);
});

app.get('/exact', async (req, res) => {
@ok  const items = await Item.find({ qty: Number(req.query.qty) });
  res.json(items);
});

app.listen(3000);
`,
  ),
  // --- header pass-through ---
  ...js(
    "CWE-113",
    "net server writes the raw query language into a hand-built response head vs Node's setHeader (which rejects CR/LF)",
    `const net = require('net');
const http = require('http');
const { URL } = require('url');

net.createServer((socket) => {
  socket.once('data', (buf) => {
    const target = buf.toString('latin1').split(' ')[1] || '/';
    const lang = new URL(target, 'http://x').searchParams.get('lang') || 'en';
@@    socket.end('HTTP/1.1 200 OK\\r\\nContent-Language: ' + lang + '\\r\\nContent-Length: 2\\r\\n\\r\\nok');
  });
}).listen(9000);

http.createServer((req, res) => {
  const lang = new URL(req.url, 'http://x').searchParams.get('lang') || 'en';
@ok  res.setHeader('Content-Language', lang);
  res.end('ok');
}).listen(9001);
`,
  ),
  ...js(
    "CWE-113",
    "Express copies a request header into a response header with res.set (Node validates the value)",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
@ok  res.set('X-Request-Id', req.headers['x-request-id'] || 'none');
  next();
});

app.get('/', (req, res) => res.send('hi'));
app.listen(3000);
`,
  ),
  ...js(
    "CWE-942",
    "CORS: the request Origin reflected with credentials allowed vs checked against an allow-list first",
    `const express = require('express');
const app = express();
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use('/api', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v2', (req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.listen(3000);
`,
  ),
  // --- unquoted attributes ---
  ...js(
    "CWE-79",
    "escape-html'd value concatenated into an unquoted class attribute vs a quoted one",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/tag', (req, res) => {
  const tone = String(req.query.tone || 'plain');
@@  res.send('<span class=' + escapeHtml(tone) + '>tag</span>');
});

app.get('/tag2', (req, res) => {
  const tone = String(req.query.tone || 'plain');
@ok  res.send('<span class="' + escapeHtml(tone) + '">tag</span>');
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "template literal puts a lodash-escaped title into an unquoted title= vs a quoted one",
    `import express from 'express';
import _ from 'lodash';

const app = express();

app.get('/card', (req, res) => {
  const title = String(req.query.title ?? '');
@@  res.send(\`<div class=card title=\${_.escape(title)}>card</div>\`);
});

app.get('/card2', (req, res) => {
  const title = String(req.query.title ?? '');
@ok  res.send(\`<div class="card" title="\${_.escape(title)}">card</div>\`);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "browser: escaped text set by innerHTML into an unquoted alt attribute vs set with setAttribute",
    `function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const caption = new URLSearchParams(location.search).get('caption') || '';
const box = document.getElementById('photo');
@@box.innerHTML = '<img src=/img/p.png alt=' + escapeText(caption) + '>';

const img = document.createElement('img');
img.src = '/img/p.png';
@okimg.setAttribute('alt', caption);
document.getElementById('photo2').appendChild(img);
`,
  ),
  // --- redirect fallback ---
  ...js(
    "CWE-601",
    "next checked to be a local path, fallback absolute URL built from the query's tenant raw vs a validated slug",
    `const express = require('express');
const app = express();

const isLocal = (p) => typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\\\');

app.get('/signed-in', (req, res) => {
  const next = req.query.next;
  if (isLocal(next)) return res.redirect(next);
@@  return res.redirect(\`https://\${req.query.tenant}.example.com/dashboard\`);
});

app.get('/signed-in-2', (req, res) => {
  const next = req.query.next;
  if (isLocal(next)) return res.redirect(next);
  const tenant = String(req.query.tenant || '');
  if (!/^[a-z0-9-]{1,32}$/.test(tenant)) return res.redirect('/');
@ok  return res.redirect(\`https://\${tenant}.example.com/dashboard\`);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-601",
    "Koa: ctx.redirect fallback is 'https://' + a query host vs the app's own origin",
    `import Koa from 'koa';

const app = new Koa();

app.use(async (ctx) => {
  const back = ctx.query.back as string | undefined;
  if (back && back.startsWith('/') && !back.startsWith('//')) {
    ctx.redirect(back);
  } else if (ctx.path === '/a') {
@@    ctx.redirect('https://' + (ctx.query.host as string) + '/');
  } else {
@ok    ctx.redirect(ctx.origin + '/');
  }
});

app.listen(3000);
`,
  ),
  // --- ReDoS ---
  ...js(
    "CWE-1333",
    "overlapping alternation of four-letter words under + (exponential) vs disjoint words",
    `const express = require('express');
const app = express();

app.get('/chant', (req, res) => {
  const s = String(req.query.s || '');
@@  const ok = /^(?:tick|tic\\w)+!$/.test(s);
  res.json({ ok });
});

app.get('/chant2', (req, res) => {
  const s = String(req.query.s || '');
@ok  const ok = /^(?:tick|tock)+!$/.test(s);
  res.json({ ok });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "unanchored search with a repeated word before $ (quadratic: every start is retried) vs the same pattern anchored",
    `const express = require('express');
const app = express();
app.use(express.text({ limit: '1mb' }));

app.post('/tail', (req, res) => {
@@  const m = /(?:abcd|abce)+$/.exec(req.body);
  res.json({ tail: m ? m[0].length : 0 });
});

app.post('/whole', (req, res) => {
@ok  const m = /^(?:abcd|abce)+$/.exec(req.body);
  res.json({ whole: Boolean(m) });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "exported trimmer: unanchored run of a word then spaces to the end vs trimEnd() and a bounded word count",
    `export function stripTrailingFillers(text: string): string {
@@  return text.replace(/(?:\\s*filler)+\\s*$/, '');
}

export function stripTrailing(text: string): string {
@ok  return text.trimEnd();
}
`,
  ),
  ...js(
    "CWE-1333",
    "possessive-style loop emulated with a lookahead and back-reference (linear) vs the plain nested quantifier",
    `const express = require('express');
const app = express();

app.get('/ids', (req, res) => {
  const list = String(req.query.list || '');
@ok  const atomic = /^(?:(?=(\\d+))\\1,?)+$/.test(list);
@@  const nested = /^(?:\\d+,?)+$/.test(list);
  res.json({ atomic, nested });
});

app.listen(3000);
`,
  ),
];
