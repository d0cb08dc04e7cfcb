// Dev suite "js-ts", batch 87: written blind, before any fix for it (own code). Request bodies read by hand
// (`req.on('data')` chunks joined into a string or a Buffer.concat, raw-body's getRawBody) in plain Node http
// servers and Express; HTTP clients handed to a service through its constructor or a factory (axios.create, got.extend
// with and without a prefixUrl, Nest's HttpService); guards that validate a different field than the one used, or a
// schema parsed but the raw body read afterwards; parameterised forms of each SQL client (mysql2 execute, pg $1, knex
// bindings, sequelize replacements, TypeORM parameters) beside their concatenated twins; spawn with and without a
// shell; Mongo $where and mongo-sanitize; lodash set on a request path; eval vs JSON.parse of a body; Koa redirects
// through a Map of constants; browser innerHTML vs textContent after a try/catch decode; Next.js app-router
// searchParams. Each insecure line has a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch87", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch87", cwe, note, src, "typescript");

export const BATCH87: DevCase[] = [
  // ---------------- bodies read by hand ----------------
  ...js(
    "CWE-89",
    "http server: body joined from req.on('data') chunks, JSON.parse'd, concatenated into SQL vs mysql2 execute with ?",
    `const http = require('http');
const mysql = require('mysql2');

const conn = mysql.createConnection({ host: 'db', user: 'app', database: 'users' });

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const { name } = JSON.parse(body);
@@    conn.query("SELECT id FROM users WHERE name = '" + name + "'", (err, rows) => {
      res.end(JSON.stringify(rows));
    });
@ok    conn.execute('SELECT id FROM users WHERE name = ?', [name], (err, rows) => {
      res.end(JSON.stringify(rows));
    });
  });
}).listen(8080);
`,
  ),
  ...js(
    "CWE-78",
    "Buffer.concat of pushed chunks names a host: spawn with shell: true vs spawn with an argv and no shell",
    `const http = require('http');
const { spawn } = require('child_process');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const host = Buffer.concat(chunks).toString('utf8').trim();
    if (req.url === '/ping') {
@@      spawn('ping -c 1 ' + host, { shell: true }).stdout.pipe(res);
    } else {
@ok      spawn('ping', ['-c', '1', host]).stdout.pipe(res);
    }
  });
});
server.listen(3000);
`,
  ),
  ...js(
    "CWE-22",
    "urlencoded body read from req.on('data') and querystring.parse'd names the file written vs its basename",
    `const http = require('http');
const fs = require('fs');
const path = require('path');
const querystring = require('querystring');

const NOTES = '/var/lib/notes';

http.createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (d) => (raw += d));
  req.on('end', () => {
    const form = querystring.parse(raw);
    if (form.mode === 'keep') {
@@      fs.writeFileSync(path.join(NOTES, form.title), form.text);
    } else {
@ok      fs.writeFileSync(path.join(NOTES, path.basename(String(form.title))), String(form.text));
    }
    res.end('saved');
  });
}).listen(8081);
`,
  ),
  ...js(
    "CWE-79",
    "Express route reading its own body with req.on('data'): echoed into text/html vs escaped first",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
  });
}

app.post('/echo', async (req, res) => {
  const text = await readBody(req);
  res.type('html');
@@  res.send('<pre>' + text + '</pre>');
});

app.post('/echo-safe', async (req, res) => {
  const text = await readBody(req);
  res.type('html');
@ok  res.send('<pre>' + escapeHtml(text) + '</pre>');
});
`,
  ),
  ...js(
    "CWE-94",
    "body accumulated from req.on('data') evaluated with eval vs parsed with JSON.parse",
    `const http = require('http');

http.createServer((req, res) => {
  let payload = '';
  req.on('data', (chunk) => {
    payload += chunk.toString();
  });
  req.on('end', () => {
    let cfg;
    if (req.headers['x-legacy']) {
@@      cfg = eval('(' + payload + ')');
    } else {
@ok      cfg = JSON.parse(payload);
    }
    res.end(JSON.stringify({ keys: Object.keys(cfg) }));
  });
}).listen(9000);
`,
  ),
  ...ts(
    "CWE-89",
    "raw-body's getRawBody(req) parsed as JSON and spliced into a pg query vs a $1 parameter",
    `import express from 'express';
import getRawBody from 'raw-body';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();

app.post('/search', async (req, res) => {
  const buf = await getRawBody(req, { limit: '100kb' });
  const { term } = JSON.parse(buf.toString('utf8'));
@@  const a = await pool.query(\`SELECT id FROM docs WHERE title ILIKE '%\${term}%'\`);
@ok  const b = await pool.query('SELECT id FROM docs WHERE title ILIKE $1', [\`%\${term}%\`]);
  res.json({ a: a.rows, b: b.rows });
});
`,
  ),
  ...js(
    "CWE-1321",
    "recursive merge of a JSON body read from req.on('data') with no key check vs one rejecting keys through a helper",
    `const http = require('http');

function isSafeKey(k) {
  return k !== '__proto__' && k !== 'constructor' && k !== 'prototype';
}

function mergeChecked(dst, src) {
  for (const k of Object.keys(src)) {
    if (!isSafeKey(k)) continue;
    if (src[k] && typeof src[k] === 'object') mergeChecked((dst[k] = dst[k] || {}), src[k]);
@ok    else dst[k] = src[k];
  }
}

function mergeAll(dst, src) {
  for (const k in src) {
    if (src[k] && typeof src[k] === 'object') mergeAll((dst[k] = dst[k] || {}), src[k]);
@@    else dst[k] = src[k];
  }
}

const config = {};
http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const patch = JSON.parse(body);
    if (req.url === '/v2') mergeChecked(config, patch);
    else mergeAll(config, patch);
    res.end('ok');
  });
}).listen(8082);
`,
  ),
  // ---------------- HTTP clients injected ----------------
  ...js(
    "CWE-918",
    "service gets an axios instance through its constructor: one method GETs a caller's URL, another a fixed origin",
    `const express = require('express');
const axios = require('axios');

class PreviewService {
  constructor(http) {
    this.http = http;
  }

  async preview(url) {
@@    const r = await this.http.get(url);
    return r.data;
  }

  async item(id) {
@ok    const r = await this.http.get('https://api.example.com/items/' + encodeURIComponent(id));
    return r.data;
  }
}

const svc = new PreviewService(axios.create({ timeout: 2000 }));
const app = express();
app.get('/preview', async (req, res) => res.json(await svc.preview(req.query.url)));
app.get('/item', async (req, res) => res.json(await svc.item(req.query.id)));
`,
  ),
  ...js(
    "CWE-918",
    "factory returns a fetcher closing over an injected client: called with a query URL vs with a fixed status URL",
    `const express = require('express');
const got = require('got');

function makeFetcher(client) {
  return async function fetchText(target) {
@@    return (await client.get(target)).body;
  };
}

function makeStatusFetcher(client) {
  return async () => {
@ok    return (await client.get('https://status.example.com/api/v2/status.json')).body;
  };
}

const fetchText = makeFetcher(got.extend({ timeout: { request: 3000 } }));
const fetchStatus = makeStatusFetcher(got);
const app = express();
app.get('/fetch', async (req, res) => res.send(await fetchText(req.query.u)));
app.get('/status', async (req, res) => res.send(await fetchStatus()));
`,
  ),
  ...js(
    "CWE-918",
    "got.extend with a prefixUrl: a request path appended under the API vs got.extend without one given a full URL",
    `const express = require('express');
const got = require('got');

const api = got.extend({ prefixUrl: 'https://api.example.com/v1', responseType: 'json' });
const plain = got.extend({ timeout: { request: 5000 }, responseType: 'json' });
const app = express();

app.get('/api/users/:id', async (req, res) => {
@ok  const { body } = await api.get('users/' + encodeURIComponent(req.params.id));
  res.json(body);
});

app.get('/hook', async (req, res) => {
@@  const { body } = await plain.get(String(req.query.target));
  res.json(body);
});
`,
  ),
  ...ts(
    "CWE-918",
    "Nest service with an injected HttpService: a @Query url fetched vs a path under a fixed base URL",
    `import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class LinkService {
  constructor(private readonly http: HttpService) {}

  async unfurl(url: string) {
@@    return (await firstValueFrom(this.http.get(url))).data;
  }

  async weather(city: string) {
@ok    return (await firstValueFrom(this.http.get(\`https://weather.example.com/v1/\${encodeURIComponent(city)}\`))).data;
  }
}

@Controller('links')
export class LinkController {
  constructor(private readonly links: LinkService) {}

  @Get('unfurl')
  unfurl(@Query('url') url: string) {
    return this.links.unfurl(url);
  }

  @Get('weather')
  weather(@Query('city') city: string) {
    return this.links.weather(city);
  }
}
`,
  ),
  // ---------------- guards on a different field, schema parsed then raw body used ----------------
  ...js(
    "CWE-22",
    "the route validates req.query.id with an anchored pattern but downloads req.query.name vs validating the name itself",
    `const express = require('express');
const path = require('path');

const FILES = path.join(__dirname, 'exports');
const app = express();

app.get('/dl', (req, res) => {
  if (!/^[\\w-]+$/.test(req.query.id)) return res.sendStatus(400);
@@  res.download(path.join(FILES, req.query.name));
});

app.get('/dl2', (req, res) => {
  if (!/^[\\w-]+$/.test(req.query.name)) return res.sendStatus(400);
@ok  res.download(path.join(FILES, req.query.name + '.zip'));
});
`,
  ),
  ...ts(
    "CWE-89",
    "zod parses the body, then one query uses the parsed id and the other reads req.body.owner directly",
    `import express from 'express';
import { z } from 'zod';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();
app.use(express.json());

const DeleteBody = z.object({ id: z.number().int().positive(), owner: z.string() });

app.post('/items/delete', async (req, res) => {
  const { id } = DeleteBody.parse(req.body);
@ok  await pool.query(\`DELETE FROM items WHERE id = \${id}\`);
@@  await pool.query(\`DELETE FROM items WHERE owner = '\${req.body.owner}'\`);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-89",
    "knex.raw: a LIMIT from Number.parseInt with an early 400 on NaN vs a level interpolated as text",
    `const express = require('express');
const knex = require('knex')({ client: 'mysql2', connection: process.env.DB });

const app = express();

app.get('/logs', async (req, res) => {
  const n = Number.parseInt(req.query.limit, 10);
  if (Number.isNaN(n)) return res.status(400).end();
@ok  const recent = await knex.raw(\`SELECT * FROM logs ORDER BY at DESC LIMIT \${n}\`);
@@  const byLevel = await knex.raw(\`SELECT * FROM logs WHERE level = '\${req.query.level}'\`);
@ok  const bound = await knex.raw('SELECT * FROM logs WHERE level = ?', [req.query.level]);
  res.json({ recent, byLevel, bound });
});
`,
  ),
  ...ts(
    "CWE-89",
    "sequelize replacements and TypeORM parameters vs the same statements built with template strings",
    `import express from 'express';
import { Sequelize, QueryTypes } from 'sequelize';
import { DataSource } from 'typeorm';

const sequelize = new Sequelize(process.env.DB_URL as string);
const ds = new DataSource({ type: 'postgres', url: process.env.DB_URL });
const app = express();

app.get('/a', async (req, res) => {
  const tag = String(req.query.tag);
@ok  const x = await sequelize.query('SELECT * FROM posts WHERE tag = :tag', { replacements: { tag }, type: QueryTypes.SELECT });
@@  const y = await sequelize.query(\`SELECT * FROM posts WHERE tag = '\${tag}'\`, { type: QueryTypes.SELECT });
  res.json({ x, y });
});

app.get('/b', async (req, res) => {
  const email = String(req.query.email);
@ok  const x = await ds.query('SELECT id FROM accounts WHERE email = $1', [email]);
@@  const y = await ds.query(\`SELECT id FROM accounts WHERE email = '\${email}'\`);
  res.json({ x, y });
});
`,
  ),
  // ---------------- NoSQL, prototype pollution, code ----------------
  ...js(
    "CWE-943",
    "Mongo $where built from a query string vs $eq on the String() of it",
    `const express = require('express');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const users = client.db('app').collection('users');
const app = express();

app.get('/users', async (req, res) => {
@@  const a = await users.find({ $where: \`this.name == '\${req.query.name}'\` }).toArray();
@ok  const b = await users.find({ name: { $eq: String(req.query.name) } }).toArray();
  res.json({ a, b });
});
`,
  ),
  ...js(
    "CWE-943",
    "mongoose findOne with the JSON body's email vs the email passed through mongo-sanitize",
    `const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');

const User = mongoose.model('User', new mongoose.Schema({ email: String, token: String }));
const app = express();
app.use(express.json());

app.post('/reset', async (req, res) => {
@@  const u = await User.findOne({ email: req.body.email });
  res.json({ found: !!u });
});

app.post('/reset-safe', async (req, res) => {
@ok  const u = await User.findOne({ email: sanitize(req.body.email) });
  res.json({ found: !!u });
});
`,
  ),
  ...js(
    "CWE-1321",
    "lodash set at a path from the body vs the same set after an allow-list check of the path",
    `const express = require('express');
const _ = require('lodash');

const prefs = {};
const KEYS = ['theme', 'lang', 'notifications.email'];
const app = express();
app.use(express.json());

app.post('/prefs', (req, res) => {
@@  _.set(prefs, req.body.path, req.body.value);
  res.json(prefs);
});

app.post('/prefs-safe', (req, res) => {
  if (!KEYS.includes(req.body.path)) return res.status(400).end();
@ok  _.set(prefs, req.body.path, req.body.value);
  res.json(prefs);
});
`,
  ),
  ...js(
    "CWE-94",
    "vm.runInNewContext on a formula chosen by a switch over constant formulas vs the posted formula itself",
    `const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

function formulaFor(kind) {
  switch (kind) {
    case 'area':
      return 'w * h';
    case 'perimeter':
      return '2 * (w + h)';
    default:
      return '0';
  }
}

app.post('/shape', (req, res) => {
  const ctx = { w: Number(req.body.w), h: Number(req.body.h) };
@ok  const a = vm.runInNewContext(formulaFor(req.body.kind), ctx);
@@  const b = vm.runInNewContext(req.body.formula, ctx);
  res.json({ a, b });
});
`,
  ),
  // ---------------- redirects and browser code ----------------
  ...ts(
    "CWE-601",
    "Koa: ctx.redirect to a Map lookup of constant paths with a fallback vs to the returnTo query value",
    `import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

const DEST = new Map([
  ['home', '/'],
  ['account', '/account'],
  ['billing', '/account/billing'],
]);

router.get('/after-login', (ctx) => {
@ok  ctx.redirect(DEST.get(String(ctx.query.to)) ?? '/');
});

router.get('/after-logout', (ctx) => {
@@  ctx.redirect(String(ctx.query.returnTo));
});

app.use(router.routes());
`,
  ),
  ...js(
    "CWE-79",
    "browser: the hash decoded in a try/catch with a constant fallback, written with innerHTML vs textContent",
    `function showQuery() {
  let q;
  try {
    q = decodeURIComponent(window.location.hash.slice(1));
  } catch (e) {
    q = '';
  }
  const out = document.getElementById('results-title');
  const alt = document.getElementById('results-sub');
@@  out.innerHTML = 'Results for ' + q;
@ok  alt.textContent = 'Results for ' + q;
}

window.addEventListener('hashchange', showQuery);
showQuery();
`,
  ),
  ...js(
    "CWE-79",
    "Next.js app-router page: a searchParams value in dangerouslySetInnerHTML vs rendered as a text child",
    `export default function Page({ searchParams }) {
  const msg = searchParams.msg ?? '';
  return (
    <main>
@@      <p className="flash" dangerouslySetInnerHTML={{ __html: msg }} />
@ok      <p className="flash-text">{msg}</p>
    </main>
  );
}
`,
  ),
  ...js(
    "CWE-78",
    "execFile('sh', ['-c', cmd]) with a command from the body vs execFile of a fixed binary with the value as an argument",
    `const express = require('express');
const { execFile } = require('child_process');

const app = express();
app.use(express.json());

app.post('/run', (req, res) => {
@@  execFile('sh', ['-c', 'du -sh ' + req.body.dir], (err, out) => res.send(out));
});

app.post('/run-safe', (req, res) => {
@ok  execFile('du', ['-sh', '--', String(req.body.dir)], (err, out) => res.send(out));
});
`,
  ),
];
