// Dev suite "js-ts", batch 139: the sixteenth real-code false-alarm sample (264 npm packages: UI components, state
// stores, date/time, images, PDF, e-mail, Markdown, realtime, GraphQL, serverless, cloud SDKs, scrapers, static-site
// plugins, form validation, uploads, archives, process managers, dev servers, doc generators; 138 MEDIUM+ findings
// judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside a
// nearby real weakness of the same rule.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch139", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch139", cwe, note, src, "typescript");

export const BATCH139: DevCase[] = [
  // --- (1) sibling validators that each name their pattern `re` ---
  ...js(
    "CWE-1333",
    "a validator module whose functions each declare their own `const re`: linear patterns tested beside the one nested-quantifier e-mail pattern",
    `exports.isMail = function (value) {
  const re = /^[a-z0-9]+([._-]?[a-z0-9]+)*@[a-z0-9]+([.-]?[a-z0-9]+)*\\.[a-z]{2,6}$/i;
@@  return re.test(value) ? value : false;
};

exports.isHandle = function (value) {
  const re = /^[a-z][a-z0-9]{2,15}$/i;
@ok  return re.test(value) ? value.toLowerCase() : false;
};

exports.isPin = function (value) {
  const re = /^(?=.*\\d)[0-9]{4,8}$/;
@ok  if (re.test(value)) return value;
  return false;
};

exports.isStrong = function (value) {
  const re = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?!.*\\s).{10,64}$/;
@ok  return re.test(value);
};
`,
  ),
  // --- (2) header objects that are not the response's ---
  ...js(
    "CWE-113",
    "renaming x-app-* keys of the incoming request's header object and building an outbound client's Authorization header vs a response header from the query",
    `const express = require('express');

function liftAppHeaders(headers, prefix) {
  for (const name of Object.keys(headers || {})) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('x-app-')) continue;
    const key = lower.slice('x-app-'.length);
    const value = headers[name];
    delete headers[name];
@ok    headers[key] = value;
@ok    headers[prefix + '_' + key] = value;
  }
  return headers;
}

function clientHeaders(config) {
  const headers = { accept: 'application/json' };
  const headerName = config.authHeader || 'authorization';
@ok  headers[headerName] = \`Bearer \${config.apiKey}\`;
  return headers;
}

const app = express();
app.get('/echo', (req, res) => {
  const lifted = liftAppHeaders({ ...req.headers }, 'app');
@@  res.setHeader('X-Echo-Label', req.query.label);
  res.json(lifted);
});

module.exports = { app, clientHeaders };
`,
  ),
  // --- (3) a dev server relaying the response of the function it hosts ---
  ...js(
    "CWE-113",
    "a local function emulator copying the headers and cookies its own handler returned vs a cookie header built from the query",
    `const express = require('express');

function host(handler) {
  const app = express();
  app.all('*', async (req, res) => {
    const result = await handler({ path: req.path, headers: req.headers, body: req.body });
    const { statusCode, headers = {}, cookies = [], body } = result;
    res.status(statusCode);
@ok    Object.entries(headers).forEach(([name, value]) => res.set(name, value));
@ok    cookies.forEach((cookie) => res.append('Set-Cookie', cookie));
    res.send(body);
  });
  app.get('/theme', (req, res) => {
@@    res.append('Set-Cookie', 'theme=' + req.query.theme);
    res.end();
  });
  return app;
}

module.exports = { host };
`,
  ),
  // --- (4) navigation to the page's own URL with a new fragment ---
  ...js(
    "CWE-601",
    "line links navigating to the current URL (hash cut) plus an element id, a router replacing the fragment vs navigation to a query parameter",
    `function onLineClick(e) {
  const target = e.target;
  if (!target.classList.contains('line-no')) return;
  const here = window.location.href.split('#')[0];
@ok  window.location.href = here + '#' + target.id;
}

function setFragment(fragment) {
  const href = window.location.href.replace(/#.*$/, '');
@ok  window.location.replace(href + '#' + fragment);
}

function afterLogin() {
  const params = new URLSearchParams(window.location.search);
@@  window.location.href = params.get('continue');
}

document.addEventListener('click', onLineClick);
module.exports = { setFragment, afterLogin };
`,
  ),
  // --- (5) host checks that choose nothing security-relevant ---
  ...js(
    "CWE-20",
    "hostname prefix picking how to read a video id for a fixed embed URL, hostname test picking the analytics build vs a host substring check gating a redirect",
    `const express = require('express');

function videoId(url) {
@ok  if (url.hostname.startsWith('vimeo.com') || url.hostname.startsWith('www.vimeo.com')) {
    return url.pathname.split('/')[1];
@ok  } else if (url.hostname.startsWith('player.vimeo.com')) {
    return url.pathname.split('/')[2];
  }
  return null;
}
const embedSrc = (url) => 'https://player.vimeo.com/video/' + encodeURIComponent(videoId(url) || '');

function analyticsScript() {
  let build = 'prod';
@ok  if (window.location.hostname === 'localhost' || window.location.hostname.includes('staging')) {
    build = 'dev';
  }
  return 'https://cdn.example-analytics.com/' + build + '.js';
}

const app = express();
app.get('/go', (req, res) => {
  const target = new URL(req.query.to);
@@  if (target.hostname.includes('example.com')) {
    return res.redirect(target.href);
  }
  res.status(400).end();
});

module.exports = { embedSrc, analyticsScript, app };
`,
  ),
  // --- (6) markup moved out of an inert document ---
  ...js(
    "CWE-79",
    "a sanitiser wrapping the body markup of the DOMParser document it cleaned vs the location fragment written as HTML",
    `function clean(html, id) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, iframe, object').forEach((el) => el.remove());
  const wrapper = doc.createElement('div');
  wrapper.id = id;
@ok  wrapper.innerHTML = doc.body.innerHTML;
  return wrapper.outerHTML;
}

function showGreeting() {
  const out = document.getElementById('greeting');
@@  out.innerHTML = decodeURIComponent(window.location.hash.slice(1));
}

module.exports = { clean, showGreeting };
`,
  ),
  // --- (7) dummy credentials of a local emulator, a constant named by its value ---
  ...ts(
    "CWE-798",
    "a localstack config with root/root for a localhost endpoint, a pass-name constant, a sample's key beside a <placeholder> secret vs a real-looking database password",
    `import { Client } from 'pg';

export const queues = {
  endpoint: 'http://localhost:4566',
  region: 'us-east-1',
  accessKeyId: 'root',
@ok  secretAccessKey: 'root',
};

@okconst PASS = 'pass';
const SKIP = 'skip';
export const decide = (reachable: boolean) => (reachable ? PASS : SKIP);

export const sample = {
  authenticationType: 'awsCreds',
  awsAccessKeyId: 'AKIAEXAMPLE7QW3RZT2M',
  awsSecretAccessKey: '<awsSecretAccessKey>',
};

export const db = new Client({
  host: 'db.internal',
  user: 'billing',
@@  password: 'Vq7#pLz2!kR9mW4x',
});
`,
  ),
  // --- (8) md5 as a content fingerprint ---
  ...js(
    "CWE-328",
    "a code generator fingerprinting generated nodes with an md5 hasher fed in steps and an md5 helper for file names vs md5 of a password",
    `const crypto = require('crypto');

function fingerprint(node, sourceHash) {
@ok  const hasher = crypto.createHash('md5');
  hasher.update('cache-breaker-3');
  hasher.update(JSON.stringify(node));
  hasher.update(sourceHash);
  return hasher.digest('hex');
}

function md5(text) {
@ok  return crypto.createHash('md5').update(text, 'utf8').digest('hex');
}
const fileNameFor = (doc) => md5(doc.text) + '.graphql.js';

function saveUser(db, name, password) {
@@  const digest = crypto.createHash('md5').update(password).digest('hex');
  return db.insert({ name, password: digest });
}

module.exports = { fingerprint, fileNameFor, saveUser };
`,
  ),
  // --- (9) logging whole objects and error messages ---
  ...js(
    "CWE-117",
    "a Lambda handler logging its event object, a mock handler logging a serialized request, rejected errors' name/message vs a posted user name in a log line",
    `const express = require('express');
const logger = require('./logger');

exports.consume = async (event) => {
@ok  console.log('queue event received:', event);
  return { statusCode: 200 };
};

async function logExchange(request) {
  const logged = { method: request.method, url: request.url, body: await request.clone().text() };
@ok  console.log('Request:', logged);
}

async function saveAll(items, save) {
  const results = await Promise.allSettled(items.map(save));
  const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
@ok  failed.forEach(({ name, message }) => logger.error(\`\${name}: \${message}\`));
  return failed;
}

const app = express();
app.use(express.json());
app.post('/login', (req, res) => {
@@  logger.warn('login failed for ' + req.body.user);
  res.sendStatus(401);
});

module.exports = { logExchange, saveAll, app };
`,
  ),
  // --- (10) a shell line whose values are double-quoted after escaping ---
  ...js(
    "CWE-78",
    'a PDF wrapper running sh -c with its input URL and output path double-quoted after escaping " \\\\ $ ` vs a query value in an exec line',
    `const { spawn, exec } = require('child_process');
const express = require('express');

function quote(val) {
  if (typeof val === 'string' && process.platform !== 'win32') {
    val = '"' + val.replace(/(["\\\\$\`])/g, '\\\\$1') + '"';
  }
  return val;
}

function render(input, output) {
  const args = ['weasyprint', '-f', 'pdf'];
  args.push(/^https?:\\/\\//.test(input) ? quote(input) : '-');
  args.push(output ? quote(output) : '-');
@ok  return spawn('/bin/sh', ['-c', args.join(' ') + ' | cat']);
}

const app = express();
app.get('/thumb', (req, res) => {
@@  exec('convert ' + req.query.file + ' -resize 64x64 thumb.png', () => res.end());
});

module.exports = { render, app };
`,
  ),
  // --- (11) escaped alternatives ---
  ...ts(
    "CWE-1333",
    "a bundler plugin joining regex-escaped real paths into its filter vs a search pattern from the query",
    `import express from 'express';
import fs from 'node:fs/promises';

const escapeForRegex = (s: string) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

export const exporter = (templates: string[]) => ({
  name: 'exporter',
  setup: async (build: any) => {
    const parts = await Promise.all(templates.map(async (p) => escapeForRegex(await fs.realpath(p))));
@ok    build.onLoad({ filter: new RegExp(parts.join('|')) }, async () => ({ contents: '' }));
  },
});

const app = express();
app.get('/grep', (req, res) => {
@@  const re = new RegExp(String(req.query.pattern));
  res.json({ hit: re.test('some text') });
});
export default app;
`,
  ),
  // --- (12) a separator swap that is not an escape ---
  ...js(
    "CWE-116",
    "a zip writer turning the first backslash of an entry name into a slash vs an HTML escape that only replaces the first angle bracket",
    `class ZipWriter {
  constructor() {
    this.entries = [];
  }
  add(name, bytes) {
@ok    this.entries.push({ name: name.replace('\\\\', '/'), bytes });
    return this;
  }
}

function renderNote(note) {
@@  const safe = note.replace('<', '&lt;').replace('>', '&gt;');
  document.getElementById('note').innerHTML = safe;
}

module.exports = { ZipWriter, renderNote };
`,
  ),
  // --- (13) a file in a directory the process just created ---
  ...js(
    "CWE-377",
    "a zipper copying its input into a fresh temp directory made with mkdirSync (exclusive) vs a fixed temp file name",
    `const fs = require('fs');
const os = require('os');
const path = require('path');

function stage(inPath) {
  const inFile = fs.readFileSync(inPath);
  const tmpPath = path.join(os.tmpdir(), 'zipper-' + Date.now());
  fs.mkdirSync(tmpPath);
@ok  fs.writeFileSync(path.join(tmpPath, path.basename(inPath)), inFile);
  return tmpPath;
}

function saveState(state) {
@@  fs.writeFileSync(path.join(os.tmpdir(), 'zipper-state.json'), JSON.stringify(state));
}

module.exports = { stage, saveState };
`,
  ),
  // --- (14) GUIDs for document resources ---
  ...js(
    "CWE-330",
    "a PDF library's GUID for resource names from Math.random vs a password-reset token from Math.random",
    `class Guid {
  static next() {
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
@ok      const random = (Math.random() * 16) | 0;
      const v = c === 'x' ? random : (random & 0x3) | 0x8;
      return v.toString(16);
    });
  }
}

function resetLink(user) {
@@  const token = Math.random().toString(36).slice(2);
  user.resetToken = token;
  return '/reset?token=' + token;
}

module.exports = { Guid, resetLink };
`,
  ),
  // --- (15) upload middleware's own temp paths ---
  ...js(
    "CWE-22",
    "an inbound-mail parser reading the temp files multer stored for the request vs a file named by the query",
    `const express = require('express');
const multer = require('multer');
const fs = require('fs');
const path = require('path');

class Parser {
  constructor(request) {
    this.files = request.files || [];
  }
  attachments() {
    return this.files
      .filter((file) => fs.existsSync(file.path))
@ok      .map((file) => ({ name: file.originalname, content: fs.readFileSync(file.path) }));
  }
}

const app = express();
app.post('/inbound', multer({ dest: '/tmp/in' }).any(), (req, res) => {
  res.json(new Parser(req).attachments().map((a) => a.name));
});
app.get('/raw', (req, res) => {
@@  res.send(fs.readFileSync(path.join('/srv/mail', req.query.name)));
});

module.exports = { app };
`,
  ),
  // --- (16) an expression compiled from the developer's plugin options ---
  ...js(
    "CWE-94",
    "a cache plugin compiling the `if` expression of its options once vs eval of a posted expression",
    `const express = require('express');

function compileCondition(expression) {
  return function enabled(context) {
@ok    return new Function('context', \`return \${expression}\`)(context);
  };
}

function cachePlugin(options) {
  const enabled = options.if ? compileCondition(options.if) : () => true;
  return { onRequest: (ctx) => (enabled(ctx) ? 'cache' : 'skip') };
}

const app = express();
app.use(express.json());
app.post('/calc', (req, res) => {
@@  res.json({ value: new Function('return ' + req.body.formula)() });
});

module.exports = { cachePlugin, app };
`,
  ),
];
