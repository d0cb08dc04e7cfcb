// Dev suite "js-ts", batch 76: written before any fix for it (own code). The idioms CyberSecEval's JavaScript rows
// label, each with a real weakness next to the look-alike its detector also labels: child_process.exec of a command
// built from request data next to literal commands and build-script constants, require() of a request-chosen module
// next to __dirname paths, RegExp from a query next to an escaped one, new Buffer(number from the body) next to a
// typed copy, secret compares next to a password/confirmation check, Math.random tokens next to Web Crypto,
// dangerouslySetInnerHTML of a prop next to literal markup, noAssert reads next to checked ones, and paths from a
// request next to a test's literal build paths.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch76", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch76", cwe, note, src, "typescript");

export const BATCH76: DevCase[] = [
  ...js(
    "CWE-78",
    "exec of a request-built convert command vs a literal 'which' probe",
    `const express = require('express');
const childProcess = require('child_process');
const app = express();

app.post('/thumb', (req, res) => {
  const name = req.body.file;
@@  childProcess.exec('convert uploads/' + name + ' -resize 64x64 thumbs/' + name, (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

app.get('/health', (req, res) => {
@ok  childProcess.exec('which convert', (err, stdout) => {
    res.json({ convert: !err && stdout.trim() });
  });
});
`,
  ),
  ...js(
    "CWE-78",
    "exec of a template with a query value vs execFile with an argument array",
    `const { exec, execFile } = require('child_process');
const http = require('http');
const url = require('url');

http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
  if (q.mode === 'unsafe') {
@@    exec(\`git log --author=\${q.author} --oneline\`, (e, out) => res.end(out));
  } else {
@ok    execFile('git', ['log', '--author=' + q.author, '--oneline'], (e, out) => res.end(out));
  }
}).listen(8080);
`,
  ),
  ...js(
    "CWE-78",
    "build script: exec with constants defined in the script vs a package name from argv",
    `const child_process = require('child_process');

const signingIdentity = 'Developer ID Application: Example Ltd';
const pkgName = process.argv[2];

@ok child_process.exec('codesign --force --sign "' + signingIdentity + '" App.app', { cwd: './dist' }, (err) => {
  if (err) console.error(err);
});
@@ child_process.exec('dpkg-deb --build ' + pkgName, { cwd: './dist' }, (err) => {
  if (err) console.error(err);
});
`,
  ),
  ...ts(
    "CWE-78",
    "Next.js API route runs a ping with the host from the query vs spawn without a shell",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { exec, spawn } from 'child_process';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const host = String(req.query.host);
  if (req.query.fast) {
@@    exec('ping -c 1 ' + host, (err, stdout) => res.status(200).send(stdout));
    return;
  }
@ok  const p = spawn('ping', ['-c', '1', host]);
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.on('close', () => res.status(200).send(out));
}
`,
  ),
  ...js(
    "CWE-94",
    "require of a plugin named in the query vs require of a __dirname path",
    `const express = require('express');
const path = require('path');
const app = express();

@ok const config = require(path.join(__dirname, 'config', 'default.json'));
@ok const helpers = require(__dirname + '/lib/helpers');

app.get('/plugin', (req, res) => {
@@  const plugin = require('./plugins/' + req.query.name);
  res.json(plugin.describe(config, helpers));
});
`,
  ),
  ...ts(
    "CWE-94",
    "dynamic import of a locale chosen by the request vs an allow-listed map",
    `import express from 'express';

const app = express();
const LOCALES: Record<string, () => Promise<unknown>> = {
  en: () => import('./locales/en.js'),
  de: () => import('./locales/de.js'),
};

app.get('/strings', async (req, res) => {
  const lang = String(req.query.lang);
  if (req.query.raw) {
@@    const mod = await import('./locales/' + lang + '.js');
    return res.json(mod);
  }
  const load = LOCALES[lang] ?? LOCALES.en;
@ok  res.json(await load());
});
`,
  ),
  ...js(
    "CWE-400",
    "RegExp from a search box vs the same text escaped first",
    `const express = require('express');
const app = express();
const ITEMS = ['apple', 'banana', 'cherry'];

function escapeRegExp(s) {
  return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
}

app.get('/search', (req, res) => {
  const q = req.query.q || '';
@@  const re = new RegExp(q, 'i');
@ok  const safe = new RegExp(escapeRegExp(q), 'i');
  res.json({ raw: ITEMS.filter((i) => re.test(i)), escaped: ITEMS.filter((i) => safe.test(i)) });
});
`,
  ),
  ...ts(
    "CWE-400",
    "Koa highlight route builds a RegExp from ctx.query vs from a fixed word list",
    `import Koa from 'koa';

const app = new Koa();
const STOP_WORDS = ['the', 'and', 'for'];

app.use(async (ctx) => {
  const term = String(ctx.query.term ?? '');
@@  const highlight = new RegExp('(' + term + ')', 'g');
@ok  const stop = new RegExp('\\\\b(' + STOP_WORDS.join('|') + ')\\\\b', 'g');
  ctx.body = String(ctx.query.text ?? '').replace(stop, '').replace(highlight, '<mark>$1</mark>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-770",
    "new Buffer of a size taken from the JSON body vs a copy of a string",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/pad', (req, res) => {
@@  const buf = new Buffer(req.body.length);
  buf.fill(0);
  res.send(buf);
});

function toBytes(chunk) {
@ok  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return chunk;
}
module.exports = { app, toBytes };
`,
  ),
  ...js(
    "CWE-208",
    "API key compared with === vs crypto.timingSafeEqual",
    `const crypto = require('crypto');
const API_KEY = process.env.API_KEY;

function checkFast(req) {
  const supplied = req.headers['x-api-key'];
@@  return supplied === API_KEY;
}

function checkSafe(req) {
  const supplied = Buffer.from(String(req.headers['x-api-key'] || ''));
  const expected = Buffer.from(API_KEY);
@ok  return supplied.length === expected.length && crypto.timingSafeEqual(supplied, expected);
}
module.exports = { checkFast, checkSafe };
`,
  ),
  ...js(
    "CWE-208",
    "webhook signature compared with !== vs a signup form's password confirmation check",
    `const crypto = require('crypto');

function verifyWebhook(req, secret) {
  const sig = crypto.createHmac('sha256', secret).update(req.rawBody).digest('hex');
@@  if (req.headers['x-signature'] !== sig) throw new Error('bad signature');
}

function validateSignup(form) {
  const { password, repeatPassword } = form;
@ok  if (password !== repeatPassword) {
    return 'The two passwords do not match';
  }
  return null;
}
module.exports = { verifyWebhook, validateSignup };
`,
  ),
  ...js(
    "CWE-208",
    "reset token compared with == vs path tokens compared with '.' and '..'",
    `function resetAllowed(user, token) {
@@  return user.resetToken == token;
}

function normalise(parts) {
  const out = [];
  for (const token of parts) {
@ok    if (token === '..') out.pop();
@ok    else if (token !== '.' && token !== '') out.push(token);
  }
  return out.join('/');
}
module.exports = { resetAllowed, normalise };
`,
  ),
  ...js(
    "CWE-338",
    "session id from Math.random vs from crypto.getRandomValues",
    `function newSessionId() {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function newCsrfToken() {
  const bytes = new Uint8Array(16);
@ok  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
export { newSessionId, newCsrfToken };
`,
  ),
  ...ts(
    "CWE-338",
    "invite code from Math.random vs a jitter delay from Math.random",
    `import { randomBytes } from 'crypto';

export function inviteCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) {
@@    code += 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 32)];
  }
  return code;
}

export function retryDelayMs(attempt: number): number {
@ok  return 2 ** attempt * 100 + Math.floor(Math.random() * 50);
}

export function inviteCodeSafe(): string {
  return randomBytes(6).toString('base64url');
}
`,
  ),
  ...js(
    "CWE-79",
    "dangerouslySetInnerHTML of a comment body prop vs literal markup",
    `import React from 'react';

export function Comment({ comment }) {
@@  return React.createElement('div', { className: 'body', dangerouslySetInnerHTML: { __html: comment.body } });
}

export function Badge() {
  return React.createElement('span', {
@ok    dangerouslySetInnerHTML: { __html: '<b>new</b>' },
  });
}
`,
  ),
  ...ts(
    "CWE-79",
    "TSX: bio from props into dangerouslySetInnerHTML vs DOMPurify.sanitize",
    `import DOMPurify from 'dompurify';

type Props = { bio: string };

export function Bio({ bio }: Props) {
@@  return <section dangerouslySetInnerHTML={{ __html: bio }} />;
}

export function SafeBio({ bio }: Props) {
@ok  return <section dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />;
}
`,
  ),
  ...js(
    "CWE-119",
    "Buffer read with noAssert at a packet offset vs a checked read",
    `function parseHeader(packet, offset) {
@@  const len = packet.readUInt32LE(offset, true);
@ok  const kind = packet.readUInt8(offset + 4);
  return { len, kind };
}
module.exports = { parseHeader };
`,
  ),
  ...js(
    "CWE-22",
    "download path joined with a request parameter vs a test checking literal build output",
    `const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();

app.get('/files/:name', (req, res) => {
@@  res.send(fs.readFileSync(path.join(__dirname, 'files', req.params.name)));
});

function buildProducedControllers(test) {
@ok  test.ok(fs.existsSync(path.join('build', 'controllers')));
  test.done();
}
module.exports = { app, buildProducedControllers };
`,
  ),
];
