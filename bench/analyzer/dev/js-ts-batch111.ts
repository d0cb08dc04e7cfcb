// Dev suite "js-ts", batch 111: false alarms on real package code, eighth round (own code, written before any fix).
// Written after a seeded sample (seed 4141) of the analyzer's MEDIUM+ findings on npm packages never analysed
// before (web framework plugins for CORS, JWT, OAuth2, rate limits, proxies and views; hapi/koa middleware; an ORM
// and a data mapper; SQL, CQL and graph drivers; template engines; XML signature and OpenID libraries; crypto
// toolkits; parsers and expression evaluators), in the same shapes but new code: type-test files that import a
// type-assertion runner and pass dummy secrets and TLS/cookie options to a plugin; an ORM's column-name transformer
// whose method is named unserialize; layout templates writing the rendered body and partial includes raw; a template
// engine's own HTML-encoding converter called html(); error codes compared with a class's constant table; Math.random
// for a replica start index, a multipart boundary and a document id; an XPath built after a branch that throws on a
// quote; a path setter that returns early on an unsafe-key helper; generated code from a class name and from the
// column names of a mapping table; CORS and rate-limit headers filled from the plugin's own options and counters.
// Marked positives beside them guard recall (a server module's literal JWT secret, a real agent skipping
// certificate checks, node-serialize on a cookie, a raw user field in a layout, jQuery .html() of the URL hash, an API
// key compared with ===, a Math.random session id, an XPath of a query value, an unguarded setter, a Function built
// from the query string, a header from the query).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch111", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch111", cwe, note, src, "typescript");
/** A template file read through the markup front end; marks as in fileCases. */
const tpl = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch111", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH111: DevCase[] = [
  // --- CWE-798 / CWE-295 / CWE-352: type-assertion tests of a plugin's options ---
  ...ts(
    "CWE-798",
    "type test (tstyche) registering a JWT plugin with a dummy secret",
    `import Fastify from 'fastify';
import { expect } from 'tstyche';
import tokenPlugin, { type TokenPluginOptions } from '..';

const app = Fastify();

const opts: TokenPluginOptions = {
@ok  secret: 'not-a-real-secret',
  sign: { expiresIn: '1h' },
};
app.register(tokenPlugin, opts);
@ok app.register(tokenPlugin, { secret: 'tenant-b', namespace: 'tenantB' });

expect(app.tokens.sign({ sub: '1' })).type.toBe<string>();
`,
  ),
  ...ts(
    "CWE-798",
    "server module registering the JWT plugin with a literal secret (positive)",
    `import Fastify from 'fastify';
import tokenPlugin from '@acme/fastify-token';

const app = Fastify({ logger: true });
@@app.register(tokenPlugin, { secret: 'prod-signing-key-2024' });

app.get('/me', { onRequest: [app.authenticate] }, async (req) => req.user);

app.listen({ port: 8080 });
`,
  ),
  ...ts(
    "CWE-295",
    "type test (tstyche) of a proxy plugin's undici options with rejectUnauthorized false",
    `import Fastify from 'fastify';
import { expect } from 'tstyche';
import proxyPlugin from '..';

const server = Fastify();
server.register(proxyPlugin, {
  upstream: 'https://backend.internal',
  undici: {
    connections: 16,
    connect: {
@ok      rejectUnauthorized: false,
    },
  },
});

expect(server.register).type.not.toBeCallableWith(proxyPlugin, { upstream: 1 });
`,
  ),
  ...js(
    "CWE-295",
    "HTTPS agent of a service client skipping certificate checks (positive)",
    `const https = require('https');

const agent = new https.Agent({
  keepAlive: true,
@@  rejectUnauthorized: false,
});

module.exports = function fetchBilling(path) {
  return new Promise((resolve, reject) => {
    https.get({ host: 'billing.example.com', path, agent }, (res) => resolve(res)).on('error', reject);
  });
};
`,
  ),
  ...ts(
    "CWE-352",
    "type test (tstyche) of the OAuth plugin's state cookie options with sameSite none",
    `import Fastify from 'fastify';
import { expect } from 'tstyche';
import oauthPlugin from '..';

const app = Fastify();
app.register(oauthPlugin, {
  name: 'githubOAuth2',
  credentials: { client: { id: 'id', secret: 'x' }, auth: oauthPlugin.GITHUB_CONFIGURATION },
  startRedirectPath: '/login/github',
  callbackUri: 'http://localhost:3000/login/github/callback',
  cookie: {
    secure: true,
@ok    sameSite: 'none',
  },
});

expect(app.githubOAuth2).type.not.toBe<undefined>();
`,
  ),

  // --- CWE-502: an ORM's column-name transformer vs node-serialize ---
  ...js(
    "CWE-502",
    "ORM mapping column names of fetched rows back to attribute names with a transformer's unserialize()",
    `function Transformer(attributes) {
  this._columnToAttr = {};
  for (const name of Object.keys(attributes)) {
    this._columnToAttr[attributes[name].columnName || name] = name;
  }
}

Transformer.prototype.unserialize = function (row) {
  const out = {};
  for (const column of Object.keys(row)) {
    const attr = this._columnToAttr[column];
    if (attr) out[attr] = row[column];
  }
  return out;
};

module.exports = async function findAll(Model, criteria) {
  const rows = await Model.adapter.find(Model.tableName, criteria);
@ok  return rows.map((row) => Model._transformer.unserialize(row));
};
`,
  ),
  ...js(
    "CWE-502",
    "node-serialize unserialize of the preferences cookie (positive)",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/prefs', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString();
@@  const prefs = serialize.unserialize(raw);
  res.json(prefs);
});
`,
  ),

  // --- CWE-79: layout templates and a template engine's own encoder ---
  ...tpl(
    "layout.ejs",
    "CWE-79",
    "EJS layout writing the rendered view body and partials raw",
    `<!DOCTYPE html>
<html>
  <head><%- include('partials/head') %></head>
  <body>
@ok    <%- body %>
    <footer><%- include('partials/footer') %></footer>
  </body>
</html>
`,
  ),
  ...tpl(
    "main.hbs",
    "CWE-79",
    "Handlebars layout with the {{{body}}} slot",
    `<!DOCTYPE html>
<html>
  <head><title>{{title}}</title></head>
  <body>
@ok    {{{body}}}
  </body>
</html>
`,
  ),
  ...tpl(
    "profile-layout.ejs",
    "CWE-79",
    "EJS layout writing a user's signature raw (positive)",
    `<!DOCTYPE html>
<html>
  <body>
    <%- body %>
@@    <aside class="sig"><%- user.signature %></aside>
  </body>
</html>
`,
  ),
  ...js(
    "CWE-79",
    "template engine encoding tag output with its own html converter",
    `const converters = {
  html(text) {
    return String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
  },
  url(text) {
    return encodeURI(String(text));
  },
};

function renderTag(tag, data) {
  let out = tag.render(data);
  if (tag.encode === 'text') {
@ok    out = converters.html(out);
  }
  return out;
}

module.exports = { converters, renderTag };
`,
  ),
  ...js(
    "CWE-79",
    "jQuery .html() of the location hash (positive)",
    `$(function () {
  const tab = decodeURIComponent(location.hash.slice(1));
@@  $('#tab-title').html(tab);
});
`,
  ),

  // --- CWE-208: constant tables vs a secret ---
  ...js(
    "CWE-208",
    "JWT plugin mapping verifier error codes to HTTP errors",
    `const { TokenError } = require('fast-jwt');

function mapError(error, callback) {
  if (
@ok    error.code === TokenError.codes.invalidSignature ||
    error.code === TokenError.codes.invalidKey
  ) {
    return callback(new Error('Authorization token is invalid'));
  }
@ok  if (error.code === TokenError.codes.expired) {
    return callback(new Error('Authorization token expired'));
  }
  return callback(error);
}

module.exports = mapError;
`,
  ),
  ...js(
    "CWE-208",
    "API key header compared with the configured key by === (positive)",
    `module.exports = function requireApiKey(req, res, next) {
  const supplied = req.get('x-api-key');
@@  if (supplied === process.env.INTERNAL_API_KEY) return next();
  res.status(401).end();
};
`,
  ),

  // --- CWE-338: Math.random where nothing is secret ---
  ...js(
    "CWE-338",
    "load-balancing policy picking a random start replica",
    `class TokenAwarePolicy {
  constructor(childPolicy) {
    this.child = childPolicy;
    this.startIndex = 0;
  }

  shuffle(replicas) {
    this.replicas = replicas;
@ok    this.startIndex = Math.floor(Math.random() * replicas.length);
  }

  *plan() {
    for (let i = 0; i < this.replicas.length; i++) {
      yield this.replicas[(this.startIndex + i) % this.replicas.length];
    }
  }
}

module.exports = TokenAwarePolicy;
`,
  ),
  ...js(
    "CWE-338",
    "multipart body boundary and a DOM document id from Math.random",
    `const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function makeBoundary() {
  let boundary = '';
  for (let i = 0; i < 24; i++) {
@ok    boundary += CHARS[Math.floor(Math.random() * CHARS.length)];
  }
  return boundary;
}

function documentId(doc) {
@ok  if (!doc.uid) doc.uid = Math.random();
  return doc.uid;
}

module.exports = { makeBoundary, documentId };
`,
  ),
  ...js(
    "CWE-338",
    "session id from Math.random (positive)",
    `module.exports = function startSession(req, res) {
@@  const sid = Math.random().toString(36).slice(2) + Date.now().toString(36);
  req.app.locals.sessions.set(sid, { user: req.user.id });
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.end();
};
`,
  ),

  // --- CWE-643: XPath after a branch that rejects quotes ---
  ...js(
    "CWE-643",
    "signature reference lookup building an XPath after an else-if that throws on a quote",
    `const xpath = require('xpath');

function findReferenced(doc, reference, idAttributes) {
  const id = reference.uri && reference.uri[0] === '#' ? reference.uri.slice(1) : reference.uri;
  if (id === '') {
    return xpath.select1('/*', doc);
  } else if (id.indexOf("'") !== -1) {
    throw new Error('reference uri must not contain quotes');
  } else {
    for (const attr of idAttributes) {
@ok      const found = xpath.select(\`//*[@*[local-name(.)='\${attr}']='\${id}']\`, doc);
      if (found.length === 1) return found[0];
    }
  }
  return null;
}

module.exports = findReferenced;
`,
  ),
  ...js(
    "CWE-643",
    "XPath of a query value in a catalogue search (positive)",
    `const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const catalog = new DOMParser().parseFromString(fs.readFileSync('catalog.xml', 'utf8'), 'text/xml');
const app = express();

app.get('/book', (req, res) => {
@@  const nodes = xpath.select("//book[author='" + req.query.author + "']/title/text()", catalog);
  res.json(nodes.map((n) => n.nodeValue));
});
`,
  ),

  // --- CWE-1321: path setters ---
  ...js(
    "CWE-1321",
    "dotted-path option setter returning early on a helper that names unsafe keys",
    `const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function isUnsafeKey(key) {
  return UNSAFE.has(key);
}

function setOption(dst, path, value) {
  const parts = path.split('.');
  let node = dst;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (isUnsafeKey(part)) return dst;
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part];
  }
  const last = parts[parts.length - 1];
  if (isUnsafeKey(last)) return dst;
@ok  node[last] = value;
  return dst;
}

module.exports = function applyOptions(req, res) {
  const opts = {};
  for (const [k, v] of Object.entries(req.body)) setOption(opts, k, v);
  res.json(opts);
};
`,
  ),
  ...js(
    "CWE-1321",
    "dotted-path setter over body keys with no key check (positive)",
    `function setOption(dst, path, value) {
  const parts = path.split('.');
  let node = dst;
  for (let i = 0; i < parts.length - 1; i++) {
    if (typeof node[parts[i]] !== 'object') node[parts[i]] = {};
    node = node[parts[i]];
  }
@@  node[parts[parts.length - 1]] = value;
  return dst;
}

module.exports = function applyOptions(req, res) {
  const opts = {};
  for (const [k, v] of Object.entries(req.body)) setOption(opts, k, v);
  res.json(opts);
};
`,
  ),

  // --- CWE-94: generated code from a class name and from mapping metadata ---
  ...js(
    "CWE-94",
    "model inheritance helper naming a generated subclass after the model class",
    `const cache = new Map();

function classInheritor(className) {
@ok  return new Function('Base', \`'use strict'; return class \${className} extends Base {}\`);
}

module.exports = function inheritModel(ModelClass) {
  let make = cache.get(ModelClass.name);
  if (!make) {
    make = classInheritor(ModelClass.name);
    cache.set(ModelClass.name, make);
  }
  return make(ModelClass);
};
`,
  ),
  ...js(
    "CWE-94",
    "mapper compiling a parameter extractor from the column names of its table metadata",
    `const vm = require('vm');

function compileExtractor(table, columns) {
  let text = '(function extract(doc) {\\n  return [\\n';
  for (const col of columns) {
    text += '    doc[' + JSON.stringify(col.property) + '],\\n';
  }
  text += '  ];\\n})';
@ok  const script = new vm.Script(text, { filename: 'mapper-' + table + '.js' });
  return script.runInThisContext();
}

module.exports = async function prepareInsert(client, keyspace, table) {
  const meta = await client.metadata.getTable(keyspace, table);
  const columns = meta.columns.map((c) => ({ name: c.name, property: c.name }));
  return compileExtractor(table, columns);
};
`,
  ),
  ...js(
    "CWE-94",
    "report filter compiled from the query string (positive)",
    `const express = require('express');
const app = express();

app.get('/report', (req, res) => {
@@  const keep = new Function('row', 'return ' + req.query.where);
  res.json(req.app.locals.rows.filter((r) => keep(r)));
});
`,
  ),

  // --- CWE-113 (JS-HDR): headers from a plugin's own options and counters ---
  ...js(
    "CWE-113",
    "CORS plugin writing preflight headers from its options object",
    `function addPreflightHeaders(req, reply, corsOptions) {
  reply.header(
    'Access-Control-Allow-Methods',
@ok    Array.isArray(corsOptions.methods) ? corsOptions.methods.join(', ') : corsOptions.methods,
  );
  if (corsOptions.maxAge != null) {
@ok    reply.header('Access-Control-Max-Age', String(corsOptions.maxAge));
  }
}

module.exports = function corsPlugin(fastify, opts, done) {
  const corsOptions = { methods: ['GET', 'POST'], maxAge: 600, ...opts };
  fastify.addHook('onRequest', (req, reply, next) => {
    if (req.method === 'OPTIONS') addPreflightHeaders(req, reply, corsOptions);
    next();
  });
  done();
};
`,
  ),
  ...js(
    "CWE-113",
    "rate limiter reporting its counters in response headers",
    `module.exports = function limiter(store, max) {
  return async function onRequest(req, reply) {
    const hits = await store.incr(req.ip);
    const remaining = Math.max(0, max - hits);
@ok    reply.header('x-ratelimit-limit', max);
@ok    reply.header('x-ratelimit-remaining', remaining);
    if (hits > max) reply.code(429).send({ error: 'Too Many Requests' });
  };
};
`,
  ),
  ...js(
    "CWE-113",
    "download header naming a file from the query string (positive)",
    `const express = require('express');
const app = express();

app.get('/export', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.send(req.app.locals.csv);
});
`,
  ),
];
