// Dev suite "js-ts", batch 90: false alarms on real library code, fifth round. Written after a seeded sample
// (seed 3838) of the analyzer's MEDIUM+ findings on server/web/DB/auth/CLI packages fetched with `npm pack` and
// never analysed before (web frameworks and their middleware, proxies, static servers, drivers, browser automation,
// shell helpers), in the same shapes but new code: header maps that are plain objects, arrays or a mock request
// rather than a response; header values fixed by middleware options, numbers, dates and digests; the proxy's own
// X-Forwarded-* bookkeeping on the request; browser-automation wrappers handing their caller's page function on;
// structured loggers, raw request URLs and objects passed as separate console arguments; fresh-object copies and
// key guards that throw; a header regex anchored to a list separator; message constants named *_ERROR and PEM
// markers tested with indexOf; comparisons of algorithm names and of two cached tokens; mkdir with the default mode;
// new Buffer with an encoding; a callback parameter named request; template files read from disk; a port regex.
// Each kind has a positive twin of the same API that must stay reported. Own code, never taken from a corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch90", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch90", cwe, note, src, "typescript");

export const BATCH90: DevCase[] = [
  // --- CWE-113: header maps that are not a response, values that are options, numbers, dates, digests ---
  ...js(
    "CWE-113",
    "multipart part parser filling a plain header map of the part it reads",
    `class PartReader {
  constructor(encoding) {
    this.encoding = encoding || 'utf8';
  }

  onChunk(part, kind, buf, start, end) {
    if (kind === 'field') {
      this.field += buf.toString(this.encoding, start, end);
    } else if (kind === 'value') {
      this.value += buf.toString(this.encoding, start, end);
    } else if (kind === 'end') {
      const name = this.field.toLowerCase();
@ok      part.headers[name] = this.value;
      this.field = '';
      this.value = '';
    }
  }
}

module.exports = { PartReader };
`,
  ),
  ...js(
    "CWE-113",
    "cache helper merging one header into a plain object, and trimming a split list in an array named headers",
    `function addHeader(headers, key, val) {
  const lower = key.toLowerCase();
  const existing = headers[lower];
  if (existing === undefined) {
@ok    headers[lower] = Array.isArray(val) ? val.slice() : val;
  } else if (Array.isArray(existing)) {
    existing.push(val);
  } else {
@ok    headers[lower] = [existing, val];
  }
}

function varyFields(fieldList) {
  const headers = fieldList.split(',');
  for (let j = 0; j < headers.length; j++) {
@ok    headers[j] = headers[j].trim();
  }
  return headers;
}

module.exports = { addHeader, varyFields };
`,
  ),
  ...ts(
    "CWE-113",
    "browser response wrapper keeping the protocol's headers in a private map",
    `export class RecordedResponse {
  #headers: Record<string, string> = {};
  #status: number;

  constructor(payload: { status: number; headers: Record<string, string> }) {
    this.#status = payload.status;
    for (const [key, value] of Object.entries(payload.headers)) {
@ok      this.#headers[key.toLowerCase()] = value;
    }
  }

  headers(): Record<string, string> {
    return { ...this.#headers };
  }
}
`,
  ),
  ...js(
    "CWE-113",
    "a mock request built for in-process routing, its header map filled from the caller's options",
    `function FakeRequest(opts) {
  const self = this;
  self.headers = {};
  self.rawHeaders = [];
  Object.keys(opts.headers || {}).forEach(function (key) {
    let val = opts.headers[key];
    if (val !== undefined) {
      if (typeof val !== 'string') val += '';
@ok      self.headers[key.toLowerCase()] = val;
      self.rawHeaders.push(key, val);
    }
  });
  self.url = opts.url;
  self.method = opts.method || 'GET';
}

module.exports = FakeRequest;
`,
  ),
  ...js(
    "CWE-113",
    "a header value copied from the query string onto the response (positive)",
    `const express = require('express');
const app = express();

app.get('/download', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.sendFile('/srv/exports/latest.csv');
});
`,
  ),
  ...js(
    "CWE-113",
    "security-header middleware factories whose values come from their options",
    `function frameGuard(options = {}) {
  const action = String(options.action || 'sameorigin').toUpperCase();
  if (action !== 'DENY' && action !== 'SAMEORIGIN') {
    throw new Error('bad frameguard action');
  }
  return function frameGuardMiddleware(_req, res, next) {
@ok    res.setHeader('X-Frame-Options', action);
    next();
  };
}

function transportSecurity(options = {}) {
  const parts = ['max-age=' + Math.round(options.maxAge || 15552000)];
  if (options.includeSubDomains !== false) parts.push('includeSubDomains');
  const headerValue = parts.join('; ');
  return function hstsMiddleware(_req, res, next) {
@ok    res.setHeader('Strict-Transport-Security', headerValue);
    next();
  };
}

function policy(options) {
  const policyText = buildPolicy(options);
  return function policyMiddleware(req, res, next) {
@ok    res.setHeader(options.reportOnly ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy', policyText);
    next();
  };
}

function buildPolicy(options) {
  return Object.entries(options.directives || {}).map(([k, v]) => k + ' ' + v).join('; ');
}

module.exports = { frameGuard, transportSecurity, policy };
`,
  ),
  ...js(
    "CWE-113",
    "middleware echoing a query parameter into a custom header (positive)",
    `function traceHeader() {
  return function traceMiddleware(req, res, next) {
@@    res.setHeader('X-Trace-Label', req.query.label);
    next();
  };
}

module.exports = traceHeader;
`,
  ),
  ...js(
    "CWE-113",
    "rate-limit, timing and static-file headers carrying numbers, dates and option-built digests",
    `const fs = require('fs');
const mime = require('mime');

function limiter(options) {
  const burst = options.burst;
  const rate = options.rate;
  return function limit(req, res, next) {
    const bucket = takeBucket(req.connection.remoteAddress);
    res.header('X-RateLimit-Remaining', Math.floor(bucket.tokens));
@ok    res.header('X-RateLimit-Limit', burst);
@ok    res.header('X-RateLimit-Rate', rate);
    next();
  };
}

function serveFile(file, opts, req, res) {
  fs.stat(file, (err, stats) => {
    if (err) return res.end();
    res.set('Content-Length', stats.size);
@ok    res.set('Last-Modified', stats.mtime);
    if (opts.etag) {
@ok      res.set('ETag', opts.etag(stats, opts));
    }
    if (opts.charSet) {
      const type = mime.getType(file) + '; charset=' + opts.charSet;
@ok      res.setHeader('Content-Type', type);
    }
    fs.createReadStream(file).pipe(res);
  });
}

function takeBucket() {
  return { tokens: 10 };
}

module.exports = { limiter, serveFile };
`,
  ),
  ...js(
    "CWE-113",
    "a proxy appending its X-Forwarded-* values to the outgoing request's headers",
    `function addForwarded(req, encrypted) {
  const values = {
    for: req.connection.remoteAddress || req.socket.remoteAddress,
    port: req.socket.localPort,
    proto: encrypted ? 'https' : 'http',
  };
  ['for', 'port', 'proto'].forEach(function (name) {
@ok    req.headers['x-forwarded-' + name] =
      (req.headers['x-forwarded-' + name] || '') +
      (req.headers['x-forwarded-' + name] ? ',' : '') +
      values[name];
  });
@ok  req.headers['x-forwarded-host'] = req.headers['x-forwarded-host'] || req.headers['host'] || '';
}

module.exports = { addForwarded };
`,
  ),
  ...js(
    "CWE-113",
    "a redirect Location rebuilt from a query parameter (positive)",
    `const http = require('http');
const { URL } = require('url');

http.createServer((req, res) => {
  const u = new URL(req.url, 'http://localhost');
  res.statusCode = 302;
@@  res.setHeader('Location', '/welcome?from=' + u.searchParams.get('from'));
  res.end();
}).listen(8080);
`,
  ),
  ...ts(
    "CWE-113",
    "a standalone server copying the handler's own response headers onto the node response",
    `import { createServer } from 'http';

interface HandlerResult {
  status?: number;
  headers: Map<string, string>;
  body: string;
}

export function serve(handle: (body: string) => Promise<HandlerResult>) {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const result = await handle(body);
      for (const [key, value] of result.headers) {
@ok        res.setHeader(key, value);
      }
      res.statusCode = result.status || 200;
      res.end(result.body);
    });
  });
}
`,
  ),

  // --- CWE-94: browser-automation wrappers handing their caller's page function on ---
  ...ts(
    "CWE-94",
    "page and element wrappers forwarding the caller's page function to the frame",
    `import type { Protocol } from 'puppeteer-core';

type PageFn = ((...args: any[]) => unknown) | string;

interface Frame {
  evaluate(fn: PageFn, ...args: unknown[]): Promise<unknown>;
  evaluateHandle(fn: PageFn, ...args: unknown[]): Promise<unknown>;
  $eval(selector: string, fn: PageFn, ...args: unknown[]): Promise<unknown>;
  addScriptTag(options: { content?: string; url?: string }): Promise<unknown>;
}

function tagSource(name: string, fn: PageFn): PageFn {
  return typeof fn === 'string' ? fn + '\\n//# sourceURL=' + name : fn;
}

export class AutomationPage {
  constructor(private frame: Frame) {}

  async evaluate(pageFunction: PageFn, ...args: unknown[]) {
    pageFunction = tagSource('evaluate', pageFunction);
@ok    return await this.frame.evaluate(pageFunction, ...args);
  }

  async evaluateHandle(pageFunction: PageFn, ...args: unknown[]) {
@ok    return await this.frame.evaluateHandle(pageFunction, ...args);
  }

  async $eval(selector: string, pageFunction: PageFn, ...args: unknown[]) {
@ok    return await this.frame.$eval(selector, pageFunction, ...args);
  }

  async addScriptTag(options: { content?: string; url?: string }) {
@ok    return await this.frame.addScriptTag(options);
  }
}
`,
  ),
  ...js(
    "CWE-94",
    "a scraping endpoint evaluating a script sent in the request body (positive)",
    `const express = require('express');
const puppeteer = require('puppeteer');
const app = express();
app.use(express.json());

app.post('/scrape', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://example.com');
@@  const result = await page.evaluate(req.body.script);
  await browser.close();
  res.json({ result });
});
`,
  ),

  // --- CWE-117: structured loggers, raw URLs, objects as separate arguments ---
  ...js(
    "CWE-117",
    "an audit plugin logging a record object through a JSON logger",
    `function auditLogger(opts) {
  const log = opts.log;
  return function audit(req, res) {
    const record = {
      remoteAddress: req.connection.remoteAddress,
      method: req.method,
      url: req.url,
      query: req.query,
      userAgent: req.headers['user-agent'],
    };
    if (opts.event === 'after') {
@ok      log.info(record, 'handled: %d', res.statusCode);
    } else {
@ok      log.info(record, 'pre');
    }
  };
}

module.exports = auditLogger;
`,
  ),
  ...js(
    "CWE-117",
    "fallback handlers logging the raw request URL and path",
    `function notFound(app) {
  return function (req, res) {
@ok    app.log.verbose('A request (%s) did not match any route.', req.url);
    res.sendStatus(404);
  };
}

function badUrl(app) {
  return function (err, req, res, next) {
    if (err.status === 400) {
@ok      app.log.verbose('Bad request: could not decode the URL (' + req.path + ')');
      return res.status(400).send('Bad request');
    }
    next(err);
  };
}

module.exports = { notFound, badUrl };
`,
  ),
  ...js(
    "CWE-117",
    "a decoded route parameter glued into a log line (positive)",
    `const express = require('express');
const app = express();

app.get('/records/:id', (req, res) => {
@@  console.log('record not found: ' + req.params.id);
  res.status(404).end();
});
`,
  ),
  ...js(
    "CWE-117",
    "a broadcast payload object handed to the logger as its own argument",
    `function publisher(app, room) {
  return function publish(req, res) {
    const payload = { verb: 'created', data: req.body, id: req.body.id };
@ok    app.log.silly('Published message to ', room, ': ', payload);
    app.sockets.broadcast(room, 'created', payload);
    res.ok();
  };
}

module.exports = publisher;
`,
  ),

  // --- CWE-1321: fresh-object copies, key guards that throw ---
  ...js(
    "CWE-1321",
    "a deep JSON clone writing each key into a fresh object",
    `function cloneJson(obj) {
  if (obj === null || typeof obj !== 'object') return obj;
  const result = Array.isArray(obj) ? [] : {};
  for (const key in obj) {
    const value = obj[key];
    if (typeof value === 'object') {
@ok      result[key] = cloneJson(value);
    } else {
@ok      result[key] = value;
    }
  }
  return result;
}

module.exports = { cloneJson };
`,
  ),
  ...js(
    "CWE-1321",
    "a recursive merge into an existing target (positive)",
    `function mergeInto(target, source) {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      mergeInto(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

module.exports = { mergeInto };
`,
  ),
  ...js(
    "CWE-1321",
    "row builder nesting by table name, every name passed through a helper that throws on prototype keys",
    `const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

function checkName(name) {
  if (forbidden.has(name)) {
    throw new Error('column name ' + name + ' is not allowed');
  }
  return name;
}

function buildRow(fields, values, nest) {
  const row = {};
  fields.forEach((field, i) => {
    if (nest) {
      const table = checkName(field.table);
      if (!row[table]) row[table] = {};
@ok      row[table][checkName(field.name)] = values[i];
    } else {
      row[checkName(field.name)] = values[i];
    }
  });
  return row;
}

module.exports = { buildRow };
`,
  ),
  ...js(
    "CWE-1321",
    "row builder nesting by names from the wire with no check (positive)",
    `function buildNested(fields, values) {
  const row = {};
  fields.forEach((field, i) => {
    if (!row[field.table]) row[field.table] = {};
@@    row[field.table][field.name] = values[i];
  });
  return row;
}

module.exports = { buildNested };
`,
  ),
  ...js(
    "CWE-1321",
    "websocket client options copying the caller's headers into a fresh map, lower-cased",
    `function redirectOptions(options) {
  const headers = options && options.headers;
  options = { ...options, headers: {} };
  if (headers) {
    for (const [key, value] of Object.entries(headers)) {
@ok      options.headers[key.toLowerCase()] = value;
    }
  }
  return options;
}

module.exports = { redirectOptions };
`,
  ),

  // --- CWE-1333: a header regex anchored to a list separator; a real quadratic split ---
  ...js(
    "CWE-1333",
    "a Connection-header token test anchored to the start or a comma",
    `const upgradeToken = /(^|,)\\s*upgrade\\s*($|,)/i;

function keepAlive(req, outgoing) {
  const conn = req.headers.connection;
@ok  if (typeof conn !== 'string' || !upgradeToken.test(conn)) {
    outgoing.headers.connection = 'close';
  }
}

module.exports = { keepAlive };
`,
  ),
  ...js(
    "CWE-1333",
    "If-None-Match split on a comma with optional spaces on both sides (positive: quadratic on long runs of spaces)",
    `function conditional(req, res, next) {
  const given = req.headers['if-none-match'];
  if (given) {
@@    const tags = given.split(/\\s*,\\s*/);
    if (tags.includes(res.getHeader('etag'))) {
      res.statusCode = 304;
      return res.end();
    }
  }
  next();
}

module.exports = conditional;
`,
  ),

  // --- CWE-798: message constants and PEM markers ---
  ...ts(
    "CWE-798",
    "error-message constants whose names mention a token, and a PEM header tested with indexOf",
    `@ok const TOKEN_RESOURCE_MISSING_ERROR =
  'TOKEN_RESOURCE must be set in the auth properties when ENVIRONMENT is azure.';
@ok const TOKEN_FILE_MISSING_ERROR = 'OIDC_TOKEN_FILE must be set in the environment.';

export function requireToken(env: Record<string, string | undefined>) {
  if (!env.OIDC_TOKEN_FILE) throw new Error(TOKEN_FILE_MISSING_ERROR);
  if (!env.TOKEN_RESOURCE) throw new Error(TOKEN_RESOURCE_MISSING_ERROR);
  return env.OIDC_TOKEN_FILE;
}

export function importPkcs8(pem: string) {
@ok  if (typeof pem !== 'string' || pem.indexOf('-----BEGIN PRIVATE KEY-----') !== 0) {
    throw new TypeError('"pkcs8" must be a PKCS#8 formatted string');
  }
  return pem;
}
`,
  ),
  ...ts(
    "CWE-798",
    "a service token committed in source (positive)",
    `import axios from 'axios';

@@const DEPLOY_TOKEN = 'glpat-4f9Kx2LmQ8rTz7WvB3nY';

export async function triggerDeploy(project: string) {
  return axios.post('https://gitlab.example.com/api/v4/projects/' + encodeURIComponent(project) + '/trigger', null, {
    headers: { 'PRIVATE-TOKEN': DEPLOY_TOKEN },
  });
}
`,
  ),

  // --- CWE-208: comparisons that are not credential checks ---
  ...js(
    "CWE-208",
    "a key's hash algorithm name checked against the expected one, and two cached access tokens compared",
    `function checkKey(key, expected) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name) throw new TypeError('unusable key');
@ok  if (expected.hash && algorithm.hash?.name !== expected.hash) throw new TypeError('unusable hash');
  return key;
}

class TokenWorkflow {
  constructor(cache) {
    this.cache = cache;
  }

  reauthenticate(connection) {
@ok    if (connection.accessToken === this.cache.getAccessToken()) {
      this.cache.removeAccessToken();
      connection.accessToken = null;
    }
  }
}

module.exports = { checkKey, TokenWorkflow };
`,
  ),
  ...js(
    "CWE-208",
    "an API key header compared with the configured key by === (positive)",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
@@  if (req.get('x-api-key') === process.env.ADMIN_API_KEY) return next();
  res.status(401).end();
});
`,
  ),

  // --- CWE-732: mkdir with the default mode vs chmod ---
  ...js(
    "CWE-732",
    "mkdir helpers passing 0777, the mode mkdir uses anyway before the umask",
    `const fs = require('fs');
const path = require('path');

function mkdirp(dir) {
  if (fs.existsSync(dir)) return;
  mkdirp(path.dirname(dir));
@ok  fs.mkdirSync(dir, parseInt('0777', 8));
}

function ensureDir(dir) {
@ok  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
}

module.exports = { mkdirp, ensureDir };
`,
  ),
  ...js(
    "CWE-732",
    "chmod of an upload folder to 0777 (positive)",
    `const fs = require('fs');

function openUploads(dir) {
  fs.mkdirSync(dir, { recursive: true });
@@  fs.chmodSync(dir, 0o777);
}

module.exports = { openUploads };
`,
  ),

  // --- CWE-770: Buffer with an encoding ---
  ...js(
    "CWE-770",
    "basic-auth parsing decoding the header's base64 part with new Buffer(str, 'base64')",
    `function parseBasic(req) {
  const header = req.headers.authorization || '';
  const pieces = header.split(' ');
  if (pieces.length !== 2) return null;
@ok  const decoded = new Buffer(pieces[1], 'base64').toString('utf8');
  const idx = decoded.indexOf(':');
  return { user: decoded.slice(0, idx), pass: decoded.slice(idx + 1) };
}

module.exports = { parseBasic };
`,
  ),
  ...js(
    "CWE-770",
    "new Buffer() sized by a JSON body field (positive)",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/pad', (req, res) => {
@@  const buf = new Buffer(req.body.size);
  buf.fill(0);
  res.send(buf.toString('hex'));
});
`,
  ),

  // --- CWE-918: a callback parameter named request ---
  ...ts(
    "CWE-918",
    "a callback registry calling its request callback with a message id",
    `export class CallbackRegistry {
  #callbacks = new Map<number, (v: unknown) => void>();
  #lastId = 0;

  create(label: string, request: (id: number) => void): Promise<unknown> {
    const id = ++this.#lastId;
    const done = new Promise((resolve) => this.#callbacks.set(id, resolve));
    try {
@ok      request(id);
    } catch (error) {
      this.#callbacks.delete(id);
      throw error;
    }
    return done;
  }
}
`,
  ),
  ...js(
    "CWE-918",
    "the request library fetching a URL from the query string (positive)",
    `const express = require('express');
const request = require('request');
const app = express();

app.get('/preview', (req, res) => {
@@  request(req.query.url).pipe(res);
});
`,
  ),

  // --- CWE-1336: template files read from disk vs request text ---
  ...js(
    "CWE-1336",
    "a template helper compiling a template file it reads from disk",
    `const fs = require('fs');
const ejs = require('ejs');

const cache = {};

function template(file) {
  const str = cache[file] || (cache[file] = fs.readFileSync(file, 'utf8'));
@ok  return ejs.compile(str, { filename: file });
}

function renderPartial(file, locals) {
  const source = fs.readFileSync(file, 'utf8');
@ok  return ejs.render(source, locals);
}

module.exports = { template, renderPartial };
`,
  ),
  ...js(
    "CWE-1336",
    "ejs.render of a template posted in the body (positive)",
    `const express = require('express');
const ejs = require('ejs');
const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: 'guest' }));
});
`,
  ),

  // --- CWE-20: host pattern that is not a trust decision ---
  ...js(
    "CWE-20",
    "a port read out of the Host header with a regex",
    `function getPort(req) {
@ok  const m = req.headers.host ? req.headers.host.match(/:(\\d+)/) : null;
  return m ? m[1] : req.connection.encrypted ? '443' : '80';
}

module.exports = { getPort };
`,
  ),
  ...js(
    "CWE-20",
    "a postMessage origin checked by an unanchored host pattern (positive)",
    `window.addEventListener('message', (event) => {
@@  if (event.origin.match(/https:\\/\\/app\\.example\\.com/)) {
    document.getElementById('status').textContent = String(event.data.status);
  }
});
`,
  ),
];
