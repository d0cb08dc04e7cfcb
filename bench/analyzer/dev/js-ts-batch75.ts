// Dev suite "js-ts", batch 75: false alarms on real code, third round. Written after a seeded sample (seed 777) of
// the analyzer's MEDIUM+ findings on installed npm code not sampled before (a package manager's CLI and its fetch,
// cache and proxy libraries, an HTTP client, a schema library's sources and tests, a linter's rules, a bundler,
// a dev server), in the same shapes but new code: header maps a client builds for the request it sends, cache
// metadata copied from request and response headers, headers parsed from a proxy's reply, mailto URI "headers";
// TypeScript enums compiled to E["Name"] = "Name", lists of field names, test data handed to a validator and
// connection strings parsed in tests; lint rules compiling the patterns of their own options; integrity digests
// compared with ===; SHA-1/MD5 as cache keys and temp-file names. Each shape has a marked vulnerable twin (a server
// response header from the request, real secrets in a connection or a signer, a request-supplied pattern, an API key
// compared with ===, a password digest) so recall is guarded. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch75", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch75", cwe, note, src, "typescript");

export const BATCH75: DevCase[] = [
  // ------------------------------------------------------------------ CWE-113
  ...js(
    "CWE-113",
    "a registry client building the headers of the request it sends",
    `const fetch = require('make-fetch-happen');

function getHeaders(uri, auth, opts) {
  const headers = Object.assign({ 'user-agent': opts.userAgent }, opts.headers || {});
  if (opts.authType) {
@ok    headers['npm-auth-type'] = opts.authType;
  }
  if (opts.scope) {
@ok    headers['npm-scope'] = opts.scope;
  }
  if (opts.otp) {
@ok    headers['npm-otp'] = opts.otp;
  }
  if (auth.token) {
    headers.authorization = \`Bearer \${auth.token}\`;
  }
  return headers;
}

module.exports = async function regFetch(uri, opts = {}) {
  const headers = getHeaders(uri, opts.auth || {}, opts);
  let body = opts.body;
  if (body && typeof body !== 'string' && !Buffer.isBuffer(body)) {
@ok    headers['content-type'] = headers['content-type'] || 'application/json';
    body = JSON.stringify(body);
  }
  return fetch(uri, { ...opts, headers, body });
};
`,
  ),
  ...js(
    "CWE-113",
    "cache metadata and revalidation headers copied from the request and the cached response",
    `const KEEP_REQUEST_HEADERS = ['accept-charset', 'accept-encoding', 'accept-language', 'accept'];

function buildMetadata(request, response, options) {
  const metadata = { url: request.url, reqHeaders: {}, resHeaders: {} };
  for (const name of KEEP_REQUEST_HEADERS) {
    if (request.headers.has(name)) {
@ok      metadata.reqHeaders[name] = request.headers.get(name);
    }
  }
  for (const name of options.cacheAdditionalHeaders || []) {
    if (response.headers.has(name)) {
@ok      metadata.resHeaders[name] = response.headers.get(name);
    }
  }
  return metadata;
}

class CachePolicy {
  constructor(resHeaders) {
    this._resHeaders = resHeaders;
  }

  revalidationHeaders(incomingReq) {
    const headers = {};
    for (const name in incomingReq.headers) {
      if (name === 'connection' || name === 'keep-alive') continue;
@ok      headers[name] = incomingReq.headers[name];
    }
    if (this._resHeaders['last-modified'] && !headers['if-modified-since']) {
@ok      headers['if-modified-since'] = this._resHeaders['last-modified'];
    }
    return headers;
  }
}

module.exports = { buildMetadata, CachePolicy };
`,
  ),
  ...ts(
    "CWE-113",
    "headers parsed from a proxy's CONNECT reply, HTTP/2 pseudo-headers and mailto URI fields",
    `export function parseProxyReply(buffered: string) {
  const lines = buffered.split('\\r\\n');
  const statusLine = lines.shift() ?? '';
  const headers: Record<string, string | string[]> = {};
  for (const line of lines) {
    if (!line) continue;
    const idx = line.indexOf(':');
    const key = line.slice(0, idx).toLowerCase();
    const value = line.slice(idx + 1).trimStart();
    const current = headers[key];
    if (typeof current === 'string') {
@ok      headers[key] = [current, value];
    } else if (Array.isArray(current)) {
      current.push(value);
    } else {
@ok      headers[key] = value;
    }
  }
  return { statusCode: Number(statusLine.split(' ')[1]), headers };
}

export function h2RequestHeaders(method: string, path: string, authority: string) {
  const headers: Record<string, string> = {};
@ok  headers[':authority'] = authority;
@ok  headers[':method'] = method;
@ok  headers[':path'] = path;
  return headers;
}

export function serializeMailto(components: { subject?: string; body?: string; headers?: Record<string, string> }) {
  const headers = (components.headers = components.headers || {});
@ok  if (components.subject) headers['subject'] = components.subject;
@ok  if (components.body) headers['body'] = components.body;
  return Object.keys(headers)
    .map((k) => \`\${encodeURIComponent(k)}=\${encodeURIComponent(headers[k])}\`)
    .join('&');
}
`,
  ),
  ...ts(
    "CWE-113",
    "an API client adding its idempotency header",
    `export class ApiClient {
  idempotencyHeader = 'Idempotency-Key';

  defaultIdempotencyKey(): string {
    return \`stainless-node-retry-\${crypto.randomUUID()}\`;
  }

  buildHeaders(options: { method: string; idempotencyKey?: string; headers?: Record<string, string> }) {
    const idempotencyHeaders: Record<string, string> = {};
    if (options.method.toLowerCase() !== 'get') {
      if (!options.idempotencyKey) options.idempotencyKey = this.defaultIdempotencyKey();
@ok      idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey;
    }
    return { ...idempotencyHeaders, ...options.headers };
  }
}
`,
  ),
  ...js(
    "CWE-113",
    "vulnerable twins: response headers set from the request in a server",
    `const express = require('express');
const http = require('http');
const app = express();

app.get('/export', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename=' + req.query.file);
@ok  res.setHeader('Cache-Control', 'no-store');
  res.send('a,b,c');
});

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const headers = { 'Content-Type': 'text/plain' };
@@  headers['X-Requested-Lang'] = url.searchParams.get('lang');
  res.writeHead(200, headers);
  res.end('ok');
}).listen(8080);
`,
  ),
  // ------------------------------------------------------------------ CWE-798
  ...js(
    "CWE-798",
    "TypeScript enums compiled to assignments, and lists of field names",
    `var TokenType;
(function (TokenType) {
@ok  TokenType["Identifier"] = "Identifier";
@ok  TokenType["PrivateIdentifier"] = "PrivateIdentifier";
@ok  TokenType["Keyword"] = "Keyword";
})(TokenType || (exports.TokenType = TokenType = {}));

var AuthMethod;
(function (AuthMethod) {
  AuthMethod[AuthMethod["NoAuth"] = 0] = "NoAuth";
@ok  AuthMethod[AuthMethod["UserPass"] = 2] = "UserPass";
@ok  AuthMethod[AuthMethod["ApiKey"] = 3] = "ApiKey";
})(AuthMethod || (exports.AuthMethod = AuthMethod = {}));

@okconst keys = ['name', 'license', 'funding', 'realpath', 'packageName'];
module.exports.indexed = (pkg) => keys.map((k) => pkg[k]);
`,
  ),
  ...ts(
    "CWE-798",
    "test data handed to a schema validator and connection strings a parser is tested on",
    `import { expect, test } from 'vitest';
import * as z from '../index.js';

const signup = z
  .object({ email: z.string().email(), password: z.string(), confirmPassword: z.string() })
  .refine((d) => d.password === d.confirmPassword, { path: ['confirmPassword'] });

test('passwords must match', () => {
  const result = signup.safeParse({
    email: 'someone@example.com',
@ok    password: 'aaaaaaaa',
@ok    confirmPassword: 'bbbbbbbb',
  });
  expect(result.success).toBe(false);
@ok  expect(signup.safeParse({ email: 'a@b.co', password: 'abc', confirmPassword: 'abc' }).success).toBe(true);
});

test('connection strings', () => {
  const conn = z.string().regex(/^mongodb:\\/\\//);
@ok  conn.parse('mongodb://username:password@host:1234/defaultauthdb');
@ok  expect(conn.safeParse('mongodb://user:pass@example.com:27017').success).toBe(true);
});
`,
  ),
  ...js(
    "CWE-798",
    "vulnerable twins: real secrets in a connection string, a signer and a login",
    `const { MongoClient } = require('mongodb');
const jwt = require('jsonwebtoken');

@@const client = new MongoClient('mongodb://billing:Xq7!rT29vLp@db.prod.internal:27017/billing');

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'k9F2vQ8zL1mX7rT4wB6nY3pH', { expiresIn: '1h' });
}

async function loginService(api) {
@@  return api.login({ username: 'svc-backup', password: 'Backup#2024-Prod' });
}

module.exports = { client, issue, loginService };
`,
  ),
  // ------------------------------------------------------------------ CWE-1333 / CWE-400
  ...js(
    "CWE-1333",
    "lint rules compiling the patterns given in their own options",
    `module.exports = {
  meta: { type: 'suggestion', schema: [{ type: 'object', properties: { ignorePattern: { type: 'string' } } }] },
  create(context) {
    const [{ ignorePattern }] = context.options;
@ok    const customIgnoreRegExp = ignorePattern && new RegExp(ignorePattern, 'u');
    const options = context.options[0] || {};
@ok    const allowPatterns = (options.allow || []).map((pattern) => new RegExp(pattern, 'u'));
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (customIgnoreRegExp && customIgnoreRegExp.test(comment.value)) continue;
          if (allowPatterns.some((p) => p.test(comment.value))) continue;
          context.report({ loc: comment.loc, message: 'Unexpected comment.' });
        }
      },
    };
  },
};
`,
  ),
  ...ts(
    "CWE-1333",
    "naming-convention options parsed into RegExps",
    `interface Selector {
  custom?: { regex: string; match: boolean };
  filter?: string | { regex: string; match: boolean };
}

export function parseOptions(context: { options: Selector[] }) {
  return context.options.map((option) => ({
@ok    custom: option.custom ? { match: option.custom.match, regex: new RegExp(option.custom.regex, 'u') } : null,
    filter:
      option.filter === undefined
        ? null
        : typeof option.filter === 'string'
@ok          ? { match: true, regex: new RegExp(option.filter, 'u') }
@ok          : { match: option.filter.match, regex: new RegExp(option.filter.regex, 'u') },
  }));
}
`,
  ),
  ...js(
    "CWE-1333",
    "vulnerable twin: a pattern from the request body",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/lint', (req, res) => {
@@  const re = new RegExp(req.body.ignorePattern, 'u');
  res.json(req.body.lines.filter((l) => !re.test(l)));
});
`,
  ),
  // ------------------------------------------------------------------ CWE-208
  ...js(
    "CWE-208",
    "integrity digests and cache checksums compared with ===",
    `class Hash {
  constructor(algorithm, digest) {
    this.algorithm = algorithm;
    this.digest = digest;
  }
}

function match(integrity, other) {
  const algo = integrity.pickAlgorithm();
  return (
    !!algo &&
    integrity[algo].find((hash) =>
@ok      (other[algo] || []).find((otherhash) => hash.digest === otherhash.digest),
    )
  );
}

function changed(baseline, result, useCheckSumValue) {
@ok  return useCheckSumValue && baseline.hash !== result.meta?.hash;
}

module.exports = { Hash, match, changed };
`,
  ),
  ...js(
    "CWE-208",
    "vulnerable twin: an API key from the request compared with ===",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
@@  if (req.get('x-api-key') === process.env.ADMIN_API_KEY) return next();
  res.status(401).end();
});
`,
  ),
  // ------------------------------------------------------------------ CWE-328
  ...js(
    "CWE-328",
    "SHA-1 and MD5 as cache keys, path-safe names and temp-file names",
    `const crypto = require('crypto');
const path = require('path');

// sha1 because it is fast and collisions are unlikely enough for a directory name
const pathSafeHash = (s) =>
@ok  crypto.createHash('sha1').update(s).digest('base64').replace(/[^a-zA-Z0-9]+/g, '').slice(0, 8);

function retirePath(from) {
  return path.join(path.dirname(from), \`.\${path.basename(from)}-\${pathSafeHash(from)}\`);
}

function getTmpname(filename, invocations) {
  return (
    filename +
    '.' +
@ok    crypto.createHash('sha1').update(__filename).update(String(process.pid)).update(String(invocations)).digest('hex').slice(0, 8)
  );
}

const fileCache = {
  getHash(buffer) {
@ok    return crypto.createHash('md5').update(buffer).digest('hex');
  },
};

module.exports = { retirePath, getTmpname, fileCache };
`,
  ),
  ...js(
    "CWE-328",
    "vulnerable twin: a password stored as an MD5 digest",
    `const crypto = require('crypto');

async function register(db, username, password) {
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  await db.query('INSERT INTO users (name, pw) VALUES ($1, $2)', [username, hash]);
}

module.exports = { register };
`,
  ),
];
