// Dev suite "js-ts", batch 46: written blind (own code), the second batch around what a probe of public
// JavaScript/TypeScript rule tests left open: raw request fields echoed through parameters typed as the request
// or destructured out of it, redirects and links through header objects, format strings built as template
// literals, fs link/rename calls with request paths, dynamic require/import of request text, crypto-js reached
// through namespace and destructured imports, cookie options spread from a shared object, SSRF and command
// injection from a destructured Lambda body, cleartext HTTP through http.get/got/WebSocket.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch46", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch46", cwe, note, src, "typescript");

export const BATCH46: DevCase[] = [
  ...ts(
    "CWE-79",
    "request fields echoed raw through a typed or destructured request",
    `import { Request, Response, Router } from 'express';

export const notes = Router();

notes.get('/echo/:word', (call: Request, reply: Response) => {
@@  reply.send(call.params.word);
});

notes.get('/search', ({ query }: Request, res: Response) => {
@@  res.send(query.term);
});

notes.post('/preview', (req: Request, res: Response) => {
  const { body } = req;
@@  res.send(body.draft);
});

notes.get('/count', (call: Request, reply: Response) => {
@ok  reply.send({ words: String(call.query.text).split(' ').length });
});

notes.get('/plain', (call: Request, reply: Response) => {
@ok  reply.type('text/plain').send(String(call.query.text));
});
`,
  ),
  ...js(
    "CWE-601",
    "redirects written as a Location header in a header object",
    `const http = require('http');
const { URL } = require('url');

http.createServer((req, res) => {
  const target = new URL(req.url, 'http://localhost').searchParams.get('to');
  if (req.url.startsWith('/bounce')) {
@@    res.writeHead(302, { Location: target });
    return res.end();
  }
  if (req.url.startsWith('/home')) {
@ok    res.writeHead(302, { Location: '/dashboard' });
    return res.end();
  }
  const safe = target && target.startsWith('/') && !target.startsWith('//') && !target.includes('\\\\') ? target : '/';
@ok  res.writeHead(302, { Location: safe });
  res.end();
}).listen(8081);
`,
  ),
  ...js(
    "CWE-134",
    "format strings made as template literals from request data",
    `const express = require('express');
const util = require('util');

const app = express();

app.get('/greet', (req, res) => {
@@  const line = util.format(\`Hello \${req.query.name}, you have %d messages\`, 3);
  res.type('text/plain').send(line);
});

app.get('/greet-args', (req, res) => {
@ok  const line = util.format('Hello %s, you have %d messages', req.query.name, 3);
  res.type('text/plain').send(line);
});
`,
  ),
  ...js(
    "CWE-22",
    "fs rename, link and copy with request paths",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());
const STORE = '/srv/store';

app.post('/move', async (req, res) => {
@@  await fs.promises.rename(path.join(STORE, req.body.from), path.join(STORE, 'archive', 'latest'));
  res.sendStatus(204);
});

app.post('/hardlink', (req, res) => {
@@  fs.linkSync(path.join(STORE, 'template.txt'), path.join(STORE, req.body.name));
  res.sendStatus(201);
});

app.post('/copy', (req, res) => {
  const name = path.basename(String(req.body.name));
@ok  fs.copyFileSync(path.join(STORE, 'template.txt'), path.join(STORE, name));
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-94",
    "modules loaded by a name the request picks",
    `const express = require('express');

const app = express();
const PLUGINS = { csv: './plugins/csv', xml: './plugins/xml' };

app.get('/plugin', (req, res) => {
  const { plugin } = req.query;
@@  const mod = require(plugin);
  res.json(mod.describe());
});

app.get('/plugin-async', async (req, res) => {
@@  const mod = await import(\`./plugins/\${req.query.kind}.js\`);
  res.json(mod.describe());
});

app.get('/plugin-known', (req, res) => {
  const file = PLUGINS[req.query.kind];
  if (!file) return res.status(404).end();
@ok  const mod = require(file);
  res.json(mod.describe());
});
`,
  ),
  ...js(
    "CWE-327",
    "crypto-js ciphers through namespace and destructured imports",
    `import * as CJS from 'crypto-js';
const { TripleDES, AES } = require('crypto-js');

export function wrapOld(text, pass) {
@@  return CJS.DES.encrypt(text, pass).toString();
}

export function wrapTriple(text, pass) {
@@  return TripleDES.encrypt(text, pass).toString();
}

export function wrap(text, pass) {
@ok  return AES.encrypt(text, pass).toString();
}
`,
  ),
  ...js(
    "CWE-614",
    "cookie options spread from a shared object that turns secure off",
    `const express = require('express');
const session = require('express-session');
const csrf = require('csurf');

const app = express();
const baseCookie = { sameSite: 'lax', secure: false, domain: 'shop.example.com' };
const hardenedCookie = { sameSite: 'lax', secure: true, domain: 'shop.example.com' };

@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { ...baseCookie, httpOnly: true } }));

@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { ...hardenedCookie, httpOnly: true } }));

@ok app.use(csrf({ cookie: { ...hardenedCookie, httpOnly: true } }));
`,
  ),
  ...js(
    "CWE-918",
    "Lambda handlers fetching a URL from the parsed body",
    `const axios = require('axios');

const ALLOWED_HOSTS = new Set(['api.partner.example', 'cdn.partner.example']);

exports.preview = async (event) => {
  const { link } = JSON.parse(event.body);
@@  const page = await axios.get(link);
  return { statusCode: 200, body: String(page.data).slice(0, 200) };
};

exports.previewChecked = async (event) => {
  const { link } = JSON.parse(event.body);
  const url = new URL(link);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return { statusCode: 400, body: 'no' };
@ok  const page = await axios.get(url.href);
  return { statusCode: 200, body: String(page.data).slice(0, 200) };
};
`,
  ),
  ...js(
    "CWE-78",
    "shell commands from a destructured Lambda body",
    `const { exec, execFile } = require('child_process');

exports.thumb = async (event) => {
  const { file } = JSON.parse(event.body);
@@  exec(\`convert /tmp/in/\${file} -resize 64x64 /tmp/out/thumb.png\`, () => {});
  return { statusCode: 202, body: '' };
};

exports.thumbSafe = async (event) => {
  const { file } = JSON.parse(event.body);
@ok  execFile('convert', ['/tmp/in/' + file, '-resize', '64x64', '/tmp/out/thumb.png'], () => {});
  return { statusCode: 202, body: '' };
};
`,
  ),
  ...js(
    "CWE-319",
    "cleartext HTTP through http.get, got and WebSocket",
    `const http = require('http');
const got = require('got');

@@http.get('http://billing.partner-network.net/v1/invoices', (res) => res.resume());

async function submit(invoice) {
@@  return got.post('http://billing.partner-network.net/v1/invoices', { json: invoice });
}

@@const feed = new WebSocket('ws://quotes.partner-network.net/stream');

@ok const secureFeed = new WebSocket('wss://quotes.partner-network.net/stream');

@ok http.get('http://localhost:8080/health', (res) => res.resume());

module.exports = { submit, feed, secureFeed };
`,
  ),
];
