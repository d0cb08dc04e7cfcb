// Dev suite "js-ts", batch 25: false alarms on real library code. Written after a seeded sample of the analyzer's
// MEDIUM+ findings on installed, never-tuned npm packages (a dev server and its bundled middleware, a WebSocket
// library, an API client, a config loader, a parquet reader), in the same shapes but new code: Map.get/set and
// caches that are no SQL or header; outgoing request headers and numeric response headers; clones into fresh
// objects, merges into a spread copy and a dot-path setter with a forbidden-key guard; tokenizer state strings and
// env-name tables; RegExps from escaped text or from another RegExp; sticky tokenizer regexes; spawning the
// package's own binary; the WebSocket accept hash and ETags; cache-hash comparisons; IPv6 bracket checks; a
// WebSocket client's message listener. A few marked positives beside them guard recall. Own code, never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch25", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch25", cwe, note, src, "typescript");

export const BATCH25: DevCase[] = [
  ...js(
    "CWE-89",
    "Map and cache lookups that are no SQL, beside a query that is",
    `const modules = new Map();
const bundles = new Map();

function stripQuery(id) {
  return id.replace(/[?#].*$/, '');
}

export function getModuleById(id) {
@ok  return modules.get(stripQuery(id));
}

export function removeBundle(file) {
@ok  const bundle = bundles.get(file);
  if (!bundle) return;
  bundles.delete(file);
}

export function htmlFor(cache, config, url, index) {
@ok  return cache.get(config).get(url)?.[index];
}

export async function find(db, req, res) {
@@  const rows = await db.query(\`SELECT * FROM items WHERE owner = '\${req.query.owner}'\`);
  res.json(rows);
}
`,
  ),
  ...js(
    "CWE-113",
    "Map.set, outgoing client headers and numeric response headers",
    `const fs = require('fs');

function probabilities(pairs) {
  const res = new Map();
  for (let i = 1; i < pairs.length; i += 2) {
    const token = pairs[i - 1];
@ok    res.set(token, pairs[i]);
  }
  return res;
}

async function getJson(url, options) {
  const headers = { Accept: 'application/json' };
  if (options.token) headers.Authorization = 'Bearer ' + options.token;
@ok  if (options.userAgent) headers['User-Agent'] = options.userAgent;
  const r = await fetch(url, { headers });
  return r.json();
}

function sendRange(req, res, file, stats) {
  const headers = {};
  const [a, b] = String(req.headers.range || '').replace('bytes=', '').split('-');
  let start = parseInt(a, 10) || 0;
  let end = parseInt(b, 10) || stats.size - 1;
  if (end >= stats.size) end = stats.size - 1;
@ok  headers['Content-Range'] = \`bytes \${start}-\${end}/\${stats.size}\`;
@ok  headers['Content-Length'] = end - start + 1;
  res.writeHead(206, headers);
  fs.createReadStream(file, { start, end }).pipe(res);
}

function sendBody(res, body) {
@ok  res.setHeader('Content-Length', Buffer.byteLength(body, 'utf8'));
@ok  res.setHeader('ETag', \`W/"\${body.length}"\`);
  res.end(body);
}

const express = require('express');
const app = express();
app.get('/dl', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename=' + req.query.name);
  res.send('x');
});

module.exports = { probabilities, getJson, sendRange, sendBody };
`,
  ),
  ...js(
    "CWE-1321",
    "clones into fresh objects, a merge into a spread copy, a guarded dot-path setter",
    `function isPlain(v) {
  return Object.prototype.toString.call(v) === '[object Object]';
}

export function toJson(obj) {
  if (Array.isArray(obj)) return obj.map(toJson);
  if (isPlain(obj)) {
    const out = {};
    for (const key of Object.keys(obj)) {
@ok      out[key] = toJson(obj[key]);
    }
    return out;
  }
  return obj;
}

export function mergeCopy(defaults, overrides) {
  const merged = { ...defaults };
  for (const key in overrides) {
    const value = overrides[key];
    const existing = merged[key];
    if (isPlain(existing) && isPlain(value)) {
@ok      merged[key] = mergeCopy(existing, value);
      continue;
    }
@ok    merged[key] = value;
  }
  return merged;
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export function setDotted(obj, keys, val) {
  if (keys.some((k) => FORBIDDEN.has(k))) return;
  let cur = obj;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (i === keys.length - 1) {
@ok      cur[k] = val;
      return;
    }
@ok    if (cur[k] == null) cur[k] = {};
    cur = cur[k];
  }
}

export function lowerHeaders(headers) {
  const out = { ...headers, extra: {} };
  for (const [k, v] of Object.entries(headers)) {
@ok    out.extra[k.toLowerCase()] = v;
  }
  return out;
}

export function deepAssign(target, source) {
  for (const key in source) {
    if (isPlain(source[key])) {
      if (!isPlain(target[key])) target[key] = {};
      deepAssign(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

export function setPath(obj, path, value) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    cur[parts[i]] = cur[parts[i]] || {};
    cur = cur[parts[i]];
  }
@@  cur[parts[parts.length - 1]] = value;
}
`,
  ),
  ...js(
    "CWE-798",
    "tokenizer state strings and env-name tables vs a real key",
    `export function* tokens(input) {
  let lastSignificantToken = '';
  let i = 0;
  while (i < input.length) {
    if (input.startsWith('\${', i)) {
@ok      lastSignificantToken = '?InterpolationInTemplate';
      i += 2;
      continue;
    }
    lastSignificantToken = input[i];
    yield { type: 'char', value: input[i++], after: lastSignificantToken };
  }
}

export const UNSAFE_ENV = {
  editor: 'allowUnsafeEditor',
@ok  git_askpass: 'allowUnsafeAskPass',
@ok  ssh_askpass: 'allowUnsafeAskPass',
};

@@const stripeSecretKey = 'sk_live_51HqT9aKd83LmQpZr7XvB2nW4yC6eF0gJ';
export function charge(amount) {
  return fetch('https://api.stripe.com/v1/charges', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + stripeSecretKey },
    body: 'amount=' + amount,
  });
}
`,
  ),
  ...ts(
    "CWE-117",
    "a dev server's logger fed file names and error messages vs a request field",
    `import type { Request, Response } from 'express';

interface Logger {
  info(msg: string, opts?: object): void;
  error(msg: string, opts?: object): void;
}

export function onReload(logger: Logger, file: string, reason?: string) {
@ok  logger.info('page reload ' + file + (reason ? \` (\${reason})\` : ''), { timestamp: true });
}

export function onError(logger: Logger, err: Error) {
@ok  logger.error(\`Internal server error: \${err.message}\`, { timestamp: true });
}

export function login(req: Request, res: Response) {
@@  console.log('login attempt for ' + req.body.user);
  res.sendStatus(401);
}
`,
  ),
  ...js(
    "CWE-1333",
    "RegExps from escaped text or another RegExp vs one from the query",
    `function escapeRegex(s) {
  return s.replace(/[|\\\\{}()[\\]^$+*?.]/g, '\\\\$&');
}

export function entryFilter(clientEntry, envEntry) {
@ok  return new RegExp(\`^(?:\${escapeRegex(clientEntry)}|\${escapeRegex(envEntry)})(?:\\\\?.*)?$\`);
}

export function globalise(searchValue) {
@ok  return new RegExp(searchValue.source, searchValue.flags + 'g');
}

export function sensitive(extra) {
@ok  return new RegExp('^(?:' + ['authorization', 'cookie'].concat(extra).map(escapeRegex).join('|') + ')$', 'i');
}

const express = require('express');
const app = express();
app.get('/grep', (req, res) => {
@@  const re = new RegExp(req.query.pattern);
  res.json(['a', 'b'].filter((x) => re.test(x)));
});
`,
  ),
  ...js(
    "CWE-1333",
    "sticky tokenizer regexes with disjoint alternatives vs a nested quantifier on input",
    `@okconst MultiLineComment = /\\/\\*(?:[^*]+|\\*(?!\\/))*(\\*\\/)?/y;
@okconst StringLiteral = /(['"])(?:[^'"\\\\\\n\\r]+|(?!\\1)['"]|\\\\(?:\\r\\n|[^]))*(\\1)?/y;
@okconst TemplateChunk = /[\`}](?:[^\`\\\\$]+|\\\\[^]|\\$(?!\\{))*(\`|\\$\\{)?/y;

export function comment(input, at) {
  MultiLineComment.lastIndex = at;
  return MultiLineComment.exec(input) || StringLiteral.exec(input) || TemplateChunk.exec(input);
}

const express = require('express');
const app = express();
app.get('/check', (req, res) => {
@@  res.json({ ok: /^(\\w+\\s?)*$/.test(req.query.text) });
});
`,
  ),
  ...js(
    "CWE-78",
    "spawning the package's own binary or a system tool by fixed path vs a request-built shell command",
    `const child_process = require('child_process');
const path = require('path');

function binaryPath() {
  return path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'tool.exe' : 'tool');
}

function startService() {
  const command = binaryPath();
@ok  return child_process.spawn(command, ['--service', '--ping'], { stdio: ['pipe', 'pipe', 'inherit'] });
}

function regQuery(key, value) {
  const reg = path.join(process.env.SystemRoot || 'C:\\\\Windows', 'System32', 'reg.exe');
@ok  return child_process.execFileSync(reg, ['query', key, '/v', value], { encoding: 'utf8' });
}

const app = require('express')();
app.get('/log', (req, res) => {
@@  child_process.exec('git log --oneline ' + req.query.branch, (err, out) => res.send(out));
});

module.exports = { startService, regQuery };
`,
  ),
  ...js(
    "CWE-327",
    "the WebSocket accept hash and ETags vs a password hash",
    `const crypto = require('crypto');
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function acceptKey(key) {
@ok  return crypto.createHash('sha1').update(key + GUID).digest('base64');
}

function etag(body) {
@ok  const hash = crypto.createHash('sha1').update(body, 'utf8').digest('base64').substring(0, 27);
  return '"' + Buffer.byteLength(body).toString(16) + '-' + hash + '"';
}

function storePassword(db, user, password) {
@@  const digest = crypto.createHash('md5').update(password).digest('hex');
  return db.save(user, digest);
}

module.exports = { acceptKey, etag, storePassword };
`,
  ),
  ...js(
    "CWE-208",
    "cache and lockfile hash comparisons vs an API key check",
    `export function needsReload(metadata, next) {
@ok  return metadata.hash !== next.hash || Object.keys(metadata.optimized).some((dep) => metadata.optimized[dep].fileHash !== next.optimized[dep].fileHash);
}

export function outdated(info, browserHash) {
@ok  return Boolean(browserHash && info.browserHash !== browserHash);
}

export function stale(cached, lockfileHash) {
@ok  if (cached.lockfileHash !== lockfileHash) return true;
  return false;
}

export function requireKey(req, res, next) {
@@  if (req.headers['x-api-key'] === process.env.API_KEY) return next();
  res.sendStatus(403);
}
`,
  ),
  ...js(
    "CWE-20",
    "IPv6 bracket checks and slash suffixes vs a host suffix allow-list",
    `export function validateUrl(input) {
@ok  if (/^\\[/.test(input.hostname) && !/^\\[[:0-9a-f]+\\]$/i.test(input.hostname)) throw new Error('bad host');
  return input;
}

export function unbracket(outgoing) {
@ok  if (outgoing.hostname?.startsWith('[') && outgoing.hostname.endsWith(']')) outgoing.hostname = outgoing.hostname.slice(1, -1);
  return outgoing;
}

export function trimOrigin(server) {
@ok  if (server.origin?.endsWith('/')) server.origin = server.origin.slice(0, -1);
  return server;
}

export function allowed(urlString) {
  const u = new URL(urlString);
@@  return u.hostname.endsWith('example.com');
}
`,
  ),
  ...ts(
    "CWE-345",
    "a WebSocket client's message listener vs a window message listener",
    `export class Realtime {
  socket: WebSocket;
  constructor(url: string, onEvent: (e: unknown) => void) {
    this.socket = new WebSocket(url);
@ok    this.socket.addEventListener('message', (ev: MessageEvent) => {
      onEvent(JSON.parse(String(ev.data)));
    });
  }
}

@@window.addEventListener('message', (ev: MessageEvent) => {
  document.getElementById('out')!.innerHTML = ev.data.html;
});
`,
  ),
];
