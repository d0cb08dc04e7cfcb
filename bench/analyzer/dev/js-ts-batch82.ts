// Dev suite "js-ts", batch 82: false alarms on real library code, fourth round. Written after a seeded sample
// (seed 3737) of the analyzer's MEDIUM+ findings on server/web packages fetched with `npm pack` and never tuned on
// (ORMs and query builders, web frameworks, template engines, HTTP clients, mailers, upload handlers), in the same
// shapes but new code: SQL text that is all literal pieces, placeholders numbered by index, identifiers passed
// through quoting helpers, values read back from the database's own catalog; dynamic-key writes keyed by constant
// method lists, numeric indexes, single-level maps, and keys skipped by a deny-list Set; headers carrying numbers,
// digests and sanitised text; structured loggers and whole-object console output; lexer token-kind names and
// dependency-injection tokens; digests used as ETags or change detectors; a RegExp built from escaped text;
// host checks that are not trust decisions; paths the library generated or checked against its base directory or
// an allow-list. Each kind has a positive twin that keeps recall. Own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch82", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch82", cwe, note, src, "typescript");

export const BATCH82: DevCase[] = [
  ...js(
    "CWE-89",
    "catalog queries made of literal pieces only, one name given a different literal in each branch",
    `class CatalogReader {
  constructor(conn) {
    this.conn = conn;
  }

  async listTables(schemaGiven) {
    let listSql;
    if (schemaGiven) {
      listSql = \`SELECT table_name FROM information_schema.tables \` +
        \`WHERE table_schema = ? AND table_type = 'BASE TABLE'\`;
@ok      return this.conn.query(listSql, [schemaGiven]);
    }
    listSql = \`SELECT table_name FROM information_schema.tables \` +
      \`WHERE table_type = 'BASE TABLE'\`;
@ok    return this.conn.query(listSql);
  }

  async charsets() {
    const charsetSql = \`SELECT \\\`SCHEMA_NAME\\\`, \\\`DEFAULT_CHARACTER_SET_NAME\\\` AS \\\`CHARSET\\\` FROM \\\`INFORMATION_SCHEMA\\\`.\\\`SCHEMATA\\\`\`;
    const [rows] = await Promise.all([
@ok      this.conn.query(charsetSql),
    ]);
    return rows;
  }
}

module.exports = { CatalogReader };
`,
  ),
  ...js(
    "CWE-89",
    "a filter value glued into the catalog query (positive)",
    `const express = require('express');
const mysql = require('mysql2/promise');
const app = express();
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

app.get('/admin/tables', async (req, res) => {
  let sql = 'SELECT table_name FROM information_schema.tables';
  if (req.query.schema) {
    sql += \` WHERE table_schema = '\${req.query.schema}'\`;
  }
@@  const [rows] = await pool.query(sql);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-89",
    "IN lists of numbered placeholders, the values bound",
    `import type { Pool } from 'pg';

export async function loadByIds(pool: Pool, ids: number[]) {
  const marks = ids.map((_, i) => \`$\${i + 1}\`).join(', ');
  const text = \`SELECT id, title FROM notes WHERE id IN (\${marks})\`;
@ok  const result = await pool.query(text, ids);
  return result.rows;
}

export async function loadSpanner(db: { run(sql: string, params: unknown[]): Promise<unknown[]> }, names: string[]) {
  const slots = names.map((_n, idx) => '@p' + idx).join(', ');
  const stmt = 'SELECT name FROM widgets WHERE name IN (' + slots + ')';
@ok  return db.run(stmt, names);
}
`,
  ),
  ...ts(
    "CWE-89",
    "an IN list quoted from the request body (positive)",
    `import express from 'express';
import { Pool } from 'pg';

const app = express();
app.use(express.json());
const pool = new Pool();

app.post('/notes/batch', async (req, res) => {
  const list = (req.body.ids as string[]).map((id) => \`'\${id}'\`).join(', ');
@@  const result = await pool.query(\`SELECT id, title FROM notes WHERE id IN (\${list})\`);
  res.json(result.rows);
});
`,
  ),
  ...js(
    "CWE-89",
    "DDL from identifiers passed through the dialect's quoting helpers",
    `class PgSchemaCompiler {
  constructor(runner) {
    this.runner = runner;
  }

  quoteIdentifier(name) {
    return '"' + String(name).replace(/"/g, '""') + '"';
  }

  quoteTable(name) {
    return String(name).split('.').map((part) => this.quoteIdentifier(part)).join('.');
  }

  async dropNotNull(table, column) {
@ok    await this.runner.query(\`ALTER TABLE \${this.quoteTable(table)} ALTER COLUMN \${this.quoteIdentifier(column)} DROP NOT NULL\`);
  }

  async dropConstraint(table, constraint) {
    const wrapped = this.quoteIdentifier(constraint);
@ok    return this.runner.query({ sql: \`ALTER TABLE \${this.quoteTable(table)} DROP CONSTRAINT \${wrapped}\` });
  }
}

module.exports = { PgSchemaCompiler };
`,
  ),
  ...js(
    "CWE-89",
    "a table name from the route put into DDL without quoting (positive)",
    `const express = require('express');
const { Pool } = require('pg');
const app = express();
const pool = new Pool();

app.delete('/admin/tables/:name', async (req, res) => {
@@  await pool.query(\`DROP TABLE \${req.params.name}\`);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-89",
    "column and key queries built from rows the database returned for its own catalog",
    `class Introspector {
  constructor(conn) {
    this.conn = conn;
  }

  async describeAll() {
    const tables = await this.conn.query(
      "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'",
    );
    if (tables.length === 0) return [];
    const cond = tables
      .map(({ table_schema, table_name }) => \`(c.table_schema = '\${table_schema}' AND c.table_name = '\${table_name}')\`)
      .join(' OR ');
    const columnsSql = \`SELECT * FROM information_schema.columns c WHERE \${cond}\`;
    const keysSql = \`SELECT * FROM information_schema.key_column_usage c WHERE \${cond}\`;
    const [columns, keys] = await Promise.all([
@ok      this.conn.query(columnsSql),
@ok      this.conn.query(keysSql),
    ]);
    return { tables, columns, keys };
  }
}

module.exports = { Introspector };
`,
  ),
  ...js(
    "CWE-89",
    "a condition built from the request body's table list (positive)",
    `const express = require('express');
const { Pool } = require('pg');
const app = express();
app.use(express.json());
const pool = new Pool();

app.post('/describe', async (req, res) => {
  const cond = req.body.tables.map((t) => \`c.table_name = '\${t}'\`).join(' OR ');
@@  const out = await pool.query(\`SELECT * FROM information_schema.columns c WHERE \${cond}\`);
  res.json(out.rows);
});
`,
  ),
  ...js(
    "CWE-1321",
    "method shortcuts and emitter methods copied under keys from constant lists",
    `const { EventEmitter } = require('events');

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

function createClient(request) {
  const client = (url, options) => request(url, options);
  client.stream = (url, options) => request(url, { ...options, stream: true });
  for (const verb of VERBS) {
@ok    client[verb] = (url, options) => request(url, { ...options, method: verb });
@ok    client.stream[verb] = (url, options) => request(url, { ...options, method: verb, stream: true });
  }
  const emitter = new EventEmitter();
  for (const key in emitter) {
@ok    client[key] = emitter[key];
  }
  return client;
}

module.exports = { createClient };
`,
  ),
  ...js(
    "CWE-1321",
    "a two-level write keyed by request fields (positive)",
    `const express = require('express');
const app = express();
app.use(express.json());
const settings = {};

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  settings[section] = settings[section] || {};
@@  settings[section][key] = value;
  res.json({ ok: true });
});
`,
  ),
  ...js(
    "CWE-1321",
    "merge helpers that skip keys found in a deny-list Set",
    `const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlain(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(to, from) {
  for (const key of Object.keys(from)) {
    if (FORBIDDEN_KEYS.has(key)) {
      continue;
    }
    if (isPlain(from[key])) {
      if (!isPlain(to[key])) {
@ok        to[key] = {};
      }
      deepMerge(to[key], from[key]);
    } else {
@ok      to[key] = from[key];
    }
  }
  return to;
}

function copyPlain(obj) {
  const out = {};
  for (const k of Object.keys(obj)) {
    if (FORBIDDEN_KEYS.has(k)) continue;
@ok    out[k] = isPlain(obj[k]) ? copyPlain(obj[k]) : obj[k];
  }
  return out;
}

module.exports = { deepMerge, copyPlain };
`,
  ),
  ...js(
    "CWE-1321",
    "a merge whose skip-Set lists other names and leaves __proto__ through (positive)",
    `const SKIPPED = new Set(['options', 'tree', 'base']);

function isPlain(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function mergeInto(to, from) {
  for (const key of Object.keys(from)) {
    if (SKIPPED.has(key)) continue;
    if (isPlain(from[key])) {
      if (!isPlain(to[key])) to[key] = {};
      mergeInto(to[key], from[key]);
    } else {
@@      to[key] = from[key];
    }
  }
  return to;
}

module.exports = { mergeInto };
`,
  ),
  ...js(
    "CWE-1321",
    "array slots rewritten by a numeric loop counter",
    `function normalisePath(path) {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; ++i) {
    if (parts[i] === '$') {
@ok      parts[i] = '0';
    }
  }
  return parts.join('.');
}

module.exports = { normalisePath };
`,
  ),
  ...js(
    "CWE-1321",
    "single-level maps written under a caller's name",
    `class OptionErrors extends Error {
  constructor() {
    super('invalid options');
    this.errors = {};
  }

  addError(key, error) {
@ok    this.errors[key] = error;
    this.message = Object.keys(this.errors).join(', ');
  }
}

class PathStates {
  constructor() {
    this.paths = {};
    this.states = {};
  }

  mark(path, state) {
@ok    this.paths[path] = state;
    let bucket = this.states[state];
    if (bucket == null) bucket = this.states[state] = {};
@ok    bucket[path] = true;
  }
}

function stamp(obj, createdAt, updatedAt) {
  const now = new Date();
@ok  if (createdAt && obj[createdAt] == null) obj[createdAt] = now;
@ok  if (updatedAt) obj[updatedAt] = now;
  return obj;
}

module.exports = { OptionErrors, PathStates, stamp };
`,
  ),
  ...js(
    "CWE-113",
    "header values passed through a helper that strips line breaks",
    `function sanitizeHeaderValue(value) {
  return String(value).replace(/[\\r\\n]+/g, ' ').trim();
}

function normaliseHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
@ok    out[name.toLowerCase()] = sanitizeHeaderValue(value);
  }
  return out;
}

module.exports = { normaliseHeaders, sanitizeHeaderValue };
`,
  ),
  ...js(
    "CWE-113",
    "headers carrying numbers, dates, digests, MIME types and ids",
    `const crypto = require('crypto');
const mime = require('mime');

function fullResponse(req, res, body, stats, file) {
  const digest = crypto.createHash('sha256').update(body).digest('base64');
@ok  res.setHeader('ETag', '"' + digest + '"');
@ok  res.setHeader('Content-Length', Buffer.byteLength(body));
@ok  res.setHeader('Last-Modified', stats.mtime.toUTCString());
@ok  res.setHeader('Content-Type', mime.getType(file));
@ok  res.setHeader('Content-Range', 'bytes */' + stats.size);
@ok  res.setHeader('Response-Time', Date.now() - req.startedAt);
@ok  res.setHeader('X-RateLimit-Remaining', Math.max(0, 100 - req.hits));
}

module.exports = { fullResponse };
`,
  ),
  ...js(
    "CWE-113",
    "a query value echoed in a response header (positive)",
    `const express = require('express');
const app = express();

app.get('/download', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.send('data');
});
`,
  ),
  ...ts(
    "CWE-117",
    "structured loggers and whole request objects printed",
    `import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.get('/ping/:id', async (request, reply) => {
@ok  console.log(request.query);
@ok  console.log(request.params);
@ok  request.log.info(\`route \${request.method}:\${request.url} matched\`);
  if (!request.params) {
@ok    reply.log.warn(\`reply for "\${request.url}" sent twice\`);
  }
  return { pong: true };
});
`,
  ),
  ...js(
    "CWE-117",
    "a query value written raw into a console line (positive)",
    `const express = require('express');
const app = express();

app.get('/login', (req, res) => {
@@  console.log('login attempt for ' + req.query.user);
  res.send('ok');
});
`,
  ),
  ...js(
    "CWE-798",
    "lexer token-kind names",
    `const TOKEN_STRING = 'string';
const TOKEN_WHITESPACE = 'whitespace';
@ok const TOKEN_BLOCK_START = 'block-start';
@ok const TOKEN_VARIABLE_END = 'variable-end';
@ok const TOKEN_LEFT_PAREN = 'left-paren';
@ok const TOKEN_COMMA = 'comma';
@ok const TOKEN_PIPE = 'pipe';
@ok const TOKEN_NONE = 'none';

function token(type, value, line, col) {
  return { type, value, line, col };
}

module.exports = {
  TOKEN_STRING, TOKEN_WHITESPACE, TOKEN_BLOCK_START, TOKEN_VARIABLE_END,
  TOKEN_LEFT_PAREN, TOKEN_COMMA, TOKEN_PIPE, TOKEN_NONE, token,
};
`,
  ),
  ...js(
    "CWE-798",
    "an access token written into the source (positive)",
    `const axios = require('axios');

@@ const DEPLOY_TOKEN = 'dpl_7Hq2xWv9LmR4tKc8ZsYb3NfPe6Ju';

function deploy(site) {
  return axios.post('https://api.example.net/deploy', { site }, {
    headers: { Authorization: 'Bearer ' + DEPLOY_TOKEN },
  });
}

module.exports = { deploy };
`,
  ),
  ...ts(
    "CWE-798",
    "a dependency-injection token's default label in a message builder",
    `@ok export const UNKNOWN_EXPORT = (token = 'item', moduleName: string) =>
  \`Cannot export \${token} from \${moduleName}: it is neither provided nor imported.\`;
`,
  ),
  ...ts(
    "CWE-208",
    "a provider lookup comparing dependency-injection tokens",
    `interface Entry { token: unknown; instance: unknown; id: string }

export function findProvider(entries: Entry[], classRef: unknown, instance: unknown) {
@ok  return entries.find((item) => item.token === classRef || item.instance === instance)?.id;
}
`,
  ),
  ...ts(
    "CWE-532",
    "a missing dependency-injection token named in an error log",
    `export function reportMissing(logger: { error(msg: string): void }, token: string) {
@ok  return logger.error(\`"\${token}" has not been found in the modules registry\`);
}
`,
  ),
  ...js(
    "CWE-532",
    "a password-reset token from the request written to the log (positive)",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/reset', (req, res) => {
@@  console.log('reset requested with token ' + req.body.resetToken);
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-208",
    "a bearer token compared with == (positive)",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
  const supplied = req.get('authorization');
@@  if (supplied === 'Bearer ' + process.env.ADMIN_TOKEN) return next();
  res.sendStatus(401);
});
`,
  ),
  ...js(
    "CWE-328",
    "MD5 and SHA-1 digests used as an ETag and a change detector",
    `const crypto = require('crypto');

function etagFor(res, body) {
  let hash;
@ok  hash = crypto.createHash('md5');
  hash.update(body);
  res.setHeader('Etag', hash.digest('base64'));
}

function sessionFingerprint(sess) {
@ok  return crypto.createHash('sha1').update(JSON.stringify(sess), 'utf8').digest('hex');
}

function isModified(sess, saved) {
  return sessionFingerprint(sess) !== saved;
}

module.exports = { etagFor, isModified };
`,
  ),
  ...js(
    "CWE-328",
    "a password stored as an MD5 digest (positive)",
    `const crypto = require('crypto');

function storePassword(db, user, password) {
@@  const digest = crypto.createHash('md5').update(password).digest('hex');
  return db.users.update({ id: user.id }, { password: digest });
}

module.exports = { storePassword };
`,
  ),
  ...js(
    "CWE-770",
    "a timer delay and a Buffer taken from the library's own options and text",
    `function timeoutAfter(request, delay, event) {
@ok  const timer = setTimeout(() => request.destroy(new Error('timed out: ' + event)), delay);
  return () => clearTimeout(timer);
}

function binaryFormatter(req, res, body) {
  if (!Buffer.isBuffer(body)) {
@ok    body = new Buffer(body.toString());
  }
  return body;
}

module.exports = { timeoutAfter, binaryFormatter };
`,
  ),
  ...js(
    "CWE-770",
    "a buffer sized by a query value (positive)",
    `const express = require('express');
const app = express();

app.get('/pad', (req, res) => {
@@  const buf = Buffer.alloc(Number(req.query.size));
  res.send(buf);
});
`,
  ),
  ...js(
    "CWE-1336",
    "a template engine compiling the template file it read itself",
    `const fs = require('fs');
const engine = require('./engine');

function renderFile(path, data, cb) {
  fs.readFile(path, 'utf8', (err, template) => {
    if (err) return cb(err);
    let fn;
    try {
@ok      fn = engine.compile(template, { filename: path });
    } catch (e) {
      return cb(e);
    }
    cb(null, fn(data));
  });
}

module.exports = { renderFile };
`,
  ),
  ...js(
    "CWE-1336",
    "a template compiled from the request body (positive)",
    `const express = require('express');
const ejs = require('ejs');
const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
@@  const fn = ejs.compile(req.body.template);
  res.send(fn({ user: 'guest' }));
});
`,
  ),
  ...js(
    "CWE-1333",
    "a cluster-name pattern escaped before it becomes a RegExp",
    `function patternRegExp(pattern) {
  if (pattern instanceof RegExp) {
    return pattern;
  }
  const source = pattern
    .replace(/([.+?^=!:\${}()|[\\]/\\\\])/g, '\\\\$1')
    .replace(/\\*/g, '.*');
@ok  return new RegExp(\`^\${source}$\`);
}

module.exports = { patternRegExp };
`,
  ),
  ...js(
    "CWE-20",
    "host checks that reject wildcards or spot a socket path",
    `function checkOrigin(value) {
  const url = new URL(value);
@ok  if (url.host.includes('*')) {
    throw new Error('wildcards are not supported, list each origin');
  }
  return url.origin;
}

class Connection {
  constructor(host) {
    this.host = host;
  }

  target() {
@ok    if (this.host && this.host.indexOf('/') === 0) {
      return { path: this.host + '/.s.PGSQL.5432' };
    }
    return { host: this.host, port: 5432 };
  }
}

module.exports = { checkOrigin, Connection };
`,
  ),
  ...js(
    "CWE-20",
    "a redirect allowed when the host merely contains the trusted name (positive)",
    `const express = require('express');
const app = express();

app.get('/go', (req, res) => {
  const target = new URL(req.query.next);
@@  if (target.host.includes('example.com')) {
    return res.redirect(target.href);
  }
  res.redirect('/');
});
`,
  ),
  ...js(
    "CWE-22",
    "upload storage removing the file path it generated itself",
    `const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function DiskStore(dir) {
  this.dir = dir;
}

DiskStore.prototype._handleFile = function (req, file, cb) {
  const name = crypto.randomBytes(16).toString('hex');
  const dest = path.join(this.dir, name);
  const out = fs.createWriteStream(dest);
  file.stream.pipe(out);
  out.on('finish', () => cb(null, { path: dest, size: out.bytesWritten }));
};

DiskStore.prototype._removeFile = function (req, file, cb) {
  const stored = file.path;
  delete file.path;
@ok  fs.unlink(stored, cb);
};

module.exports = DiskStore;
`,
  ),
  ...js(
    "CWE-22",
    "static files joined to the root and checked with an anchored pattern of that root",
    `const fs = require('fs');
const path = require('path');

function escapeRegExp(s) {
  return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
}

function serveStatic(root) {
  const base = path.normalize(root);
  const inside = new RegExp('^' + escapeRegExp(base) + '(/|$)');
  return function (req, res, next) {
    const file = path.join(base, decodeURIComponent(req.path));
    if (!inside.test(file)) {
      res.statusCode = 403;
      return res.end();
    }
@ok    fs.createReadStream(file).pipe(res);
  };
}

module.exports = { serveStatic };
`,
  ),
  ...js(
    "CWE-22",
    "a client bundle served only when its name is in the allow-list Set",
    `const fs = require('fs');
const path = require('path');
const http = require('http');

const BUNDLES = new Set(['client.js', 'client.js.map', 'client.min.js']);

function sendBundle(name, res) {
@ok  fs.createReadStream(path.join(__dirname, 'bundles', name)).pipe(res);
}

http.createServer((req, res) => {
  const name = req.url.slice('/assets/'.length).split('?')[0];
  if (!BUNDLES.has(name)) {
    res.statusCode = 404;
    return res.end();
  }
  sendBundle(name, res);
}).listen(8080);
`,
  ),
  ...js(
    "CWE-22",
    "a download joined from the route without a check (positive)",
    `const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();

app.get('/files/:name', (req, res) => {
@@  fs.createReadStream(path.join(__dirname, 'uploads', req.params.name)).pipe(res);
});
`,
  ),
  ...js(
    "CWE-1333",
    "an error-message pattern whose overlapping alternation repeats (positive), beside a bounded one",
    `function duplicateKey(err) {
@@  const m = err.message.match(/Duplicate entry '([\\s\\S]*)' for key '?((.|\\s)*?)'?$/);
  return m ? { value: m[1], key: m[2] } : null;
}

function duplicateKeySafe(err) {
@ok  const m = err.message.match(/Duplicate entry '([^']*)' for key '([^']*)'/);
  return m ? { value: m[1], key: m[2] } : null;
}

module.exports = { duplicateKey, duplicateKeySafe };
`,
  ),
];
