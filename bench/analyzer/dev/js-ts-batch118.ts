// Dev suite "js-ts", batch 118: false alarms on real package code, ninth round (own code, written before any fix).
// Written after a stratified seeded sample (seed 4242; at most 10 findings per package, 25 per rule) of the
// analyzer's MEDIUM+ findings on 135 npm packages never analysed before (framework middleware and plugins for
// fastify, koa, hapi, express and feathers; template engines; SQL, document, queue and time-series clients and two
// ORMs; passport strategies, JWT/JOSE/CSRF/OTP helpers; CLI and process tools; HTTP clients and proxy agents;
// parsers, validators, beautifiers and expression evaluators), in the same shapes but new code: a Django admin
// template marking numeric ids |safe; a type-test module (tstyche) writing uploads to the client's file name; a
// hand-written lexer calling a regex table's exec(); one-level rewrites keyed by an object's own keys, prefixed
// environment keys, a null-prototype accumulator and option defaults; headers a middleware builds itself; a pattern
// on the client's own outgoing Host header; two copies of the same token and a cache file's integrity hash compared;
// a decode of the token just signed; Math.random for AMQP link ids; a generated row parser whose property names go
// through JSON.stringify; a static server that rejects any path normalize() would change. Marked positives beside
// them guard recall (a raw comment body in a template, a server route writing to the client's file name, sqlite's
// exec of a query-string id, a recursive copy with no key check, quadratic splits of the Authorization and
// X-Forwarded-Proto headers, an API key compared with !==, a decode used for authorisation, a Math.random session id,
// a Function built from the request, a per-request lodash template of the URL, a join with no containment check,
// libpq-style sslmode=require turning verification off).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch118", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch118", cwe, note, src, "typescript");
/** A template file read through the markup front end; marks as in fileCases. */
const tpl = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch118", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH118: DevCase[] = [
  // --- CWE-79: |safe on numeric ids in a Django admin template ---
  ...tpl(
    "obj_perms_manage.html",
    "CWE-79",
    "Django admin template marking user and group primary keys |safe in edit links",
    `{% extends "admin/change_form.html" %}
{% load i18n %}
{% block content %}
<table>
  {% for user, perms in users_perms.items %}
  <tr>
    <td>{{ user.username }}</td>
@ok    <td><a href="user-manage/{{ user.id|safe }}/">{% trans "Edit" %}</a></td>
  </tr>
  {% endfor %}
  {% for group, perms in groups_perms.items %}
  <tr>
@ok    <td><a href="group-manage/{{ group.pk|safe }}/">{% trans "Edit" %}</a></td>
  </tr>
  {% endfor %}
</table>
{% endblock %}
`,
  ),
  ...tpl(
    "comment_detail.html",
    "CWE-79",
    "Django template marking a visitor's comment body |safe (positive)",
    `{% extends "base.html" %}
{% block content %}
<article>
  <h2>{{ comment.author.username }}</h2>
@@  <div class="body">{{ comment.body|safe }}</div>
</article>
{% endblock %}
`,
  ),
  // --- CWE-22: a type-test module of an upload plugin ---
  ...ts(
    "CWE-22",
    "type test (tstyche) of a multipart plugin piping uploads to the part's file name",
    `import fastify from 'fastify';
import * as fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { expect } from 'tstyche';
import multipart, { type MultipartFile } from '..';

const app = fastify();
app.register(multipart);

app.post('/upload', async (req, reply) => {
  const data = await req.file();
  if (!data) throw new Error('missing file');
  expect(data).type.toBe<MultipartFile>();
@ok  await pipeline(data.file, fs.createWriteStream(data.filename));
  reply.send();
});
`,
  ),
  ...ts(
    "CWE-22",
    "server route piping an upload to the client's file name (positive)",
    `import fastify from 'fastify';
import * as fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';

const app = fastify();
app.register(multipart);

app.post('/upload', async (req, reply) => {
  const data = await req.file();
  if (!data) return reply.code(400).send();
@@  await pipeline(data.file, fs.createWriteStream('/srv/uploads/' + data.filename));
  reply.send({ ok: true });
});

app.listen({ port: 3000 });
`,
  ),
  // --- CWE-89: a regex table's exec() in a lexer ---
  ...js(
    "CWE-89",
    "indentation-template lexer trying each rule's RegExp.exec on the remaining source",
    `const rules = {
  indent: /^\\n( *)(?! *-#)/,
  tag: /^%([-a-zA-Z][-a-zA-Z0-9:]*)/,
  code: /^-([^\\n]+)/,
  text: /^([^\\n]+)/,
};

function tokenize(str) {
  const tokens = [];
  let captures;
  while (str.length) {
    let matched = false;
    for (const type in rules) {
@ok      if ((captures = rules[type].exec(str))) {
        tokens.push({ type, match: captures[1], text: captures[0] });
        str = str.slice(captures[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) throw new Error('unexpected input');
  }
  return tokens;
}

module.exports = { tokenize };
`,
  ),
  ...js(
    "CWE-89",
    "express route running sqlite exec with an id from the query string (positive)",
    `const express = require('express');
const Database = require('better-sqlite3');

const db = new Database('app.db');
const app = express();

app.post('/notes/purge', (req, res) => {
@@  db.exec('DELETE FROM notes WHERE owner = ' + req.query.owner);
  res.sendStatus(204);
});

app.listen(3000);
`,
  ),
  // --- CWE-1321: one-level writes that cannot reach Object.prototype ---
  ...js(
    "CWE-1321",
    "template resolver replacing each resolved value in place, keyed by the object's own keys",
    `function finish(values, html, replaceValue) {
  Object.keys(values).forEach(function (key) {
@ok    values[key] = replaceValue(values, values[key]);
  });
  return replaceValue(values, html);
}

function convertPseudotypes(obj, convert) {
  if (obj && typeof obj === 'object') {
    for (const key in obj) {
@ok      obj[key] = convertPseudotypes(obj[key], convert);
    }
    return convert(obj);
  }
  return obj;
}

module.exports = { finish, convertPseudotypes };
`,
  ),
  ...js(
    "CWE-1321",
    "package.json values flattened into prefixed environment variables",
    `const packageEnvs = (vals, prefix, env = {}) => {
  for (const [key, val] of Object.entries(vals)) {
    if (val === undefined) continue;
    if (val === null || val === false) {
@ok      env[\`\${prefix}\${key}\`] = '';
    } else if (typeof val === 'object') {
      packageEnvs(val, \`\${prefix}\${key}_\`, env);
    } else {
@ok      env[\`\${prefix}\${key}\`] = String(val);
    }
  }
  return env;
};

module.exports = (pkg) => packageEnvs(pkg, 'npm_package_');
`,
  ),
  ...js(
    "CWE-1321",
    "query-string parser grouping bracketed keys under a null-prototype accumulator",
    `function parseBracketed(input) {
  const accumulator = Object.create(null);
  for (const part of input.split('&')) {
    const [rawKey, value = ''] = part.split('=');
    const match = /^(.*?)\\[(.*?)\\]$/.exec(decodeURIComponent(rawKey));
    if (!match) {
      accumulator[decodeURIComponent(rawKey)] = decodeURIComponent(value);
      continue;
    }
    const key = match[1];
    if (accumulator[key] === undefined) {
      accumulator[key] = Object.create(null);
    }
@ok    accumulator[key][match[2]] = decodeURIComponent(value);
  }
  return accumulator;
}

module.exports = { parseBracketed };
`,
  ),
  ...js(
    "CWE-1321",
    "recursive copy of a message's fields into the target with no key check (positive)",
    `function copy(src, tgt) {
  for (const k in src) {
    const v = src[k];
    if (typeof v === 'object') {
      copy(v, tgt[k]);
    } else {
@@      tgt[k] = v;
    }
  }
}

module.exports = function handle(req, res) {
  const msg = { headers: {}, body: null };
  copy(JSON.parse(req.body), msg);
  res.end('ok');
};
`,
  ),
  // --- CWE-113: headers a middleware builds itself ---
  ...js(
    "CWE-113",
    "favicon and static middlewares writing headers they built from the file and a fixed encoding list",
    `const ENCODINGS = ['br', 'gzip'];

function createIcon(buf, maxAge) {
  return {
    body: buf,
    headers: {
      'Cache-Control': 'public, max-age=' + Math.floor(maxAge / 1000),
      ETag: '"' + buf.length.toString(16) + '"',
    },
  };
}

function sendIcon(req, res, icon) {
  const keys = Object.keys(icon.headers);
  for (let i = 0; i < keys.length; i++) {
@ok    res.setHeader(keys[i], icon.headers[keys[i]]);
  }
  res.end(icon.body);
}

function pickEncoding(req) {
  const accepted = String(req.headers['accept-encoding'] || '');
  return ENCODINGS.find((e) => accepted.includes(e));
}

function sendCompressed(req, res, stream) {
  const encoding = pickEncoding(req);
  if (encoding) {
@ok    res.setHeader('Content-Encoding', encoding);
  }
  stream.pipe(res);
}

module.exports = { createIcon, sendIcon, sendCompressed };
`,
  ),
  // --- CWE-1333: header splits ---
  ...js(
    "CWE-1333",
    "JWT strategy splitting the Authorization header with a backtracking pattern (positive)",
    `const SPLIT_HEADER = /(\\S+)\\s+(\\S+)/;

class JwtStrategy {
  parse(req) {
    const headerValue = req.headers && req.headers.authorization;
    if (!headerValue || typeof headerValue !== 'string') return null;
@@    const [, scheme, value] = headerValue.match(SPLIT_HEADER) || [];
    if (!scheme || scheme.toLowerCase() !== 'bearer') return null;
    return { strategy: 'jwt', accessToken: value };
  }
}

module.exports = JwtStrategy;
`,
  ),
  ...js(
    "CWE-1333",
    "original-URL helper splitting X-Forwarded-Proto with a space-eating pattern (positive)",
    `function originalURL(req, options = {}) {
  const trustProxy = options.proxy;
  const proto = (req.headers['x-forwarded-proto'] || '').toLowerCase();
@@  const tls = req.connection.encrypted || (trustProxy && proto.split(/\\s*,\\s*/)[0] === 'https');
  const host = (trustProxy && req.headers['x-forwarded-host']) || req.headers.host;
  return (tls ? 'https' : 'http') + '://' + host + (req.url || '');
}

module.exports = { originalURL };
`,
  ),
  ...js(
    "CWE-1333",
    "tunnelling agent stripping the port from its own outgoing Host header; a comma split with trim",
    `function tlsOptionsFor(request, host) {
  const hostHeader = request.getHeader('host');
  return {
@ok    servername: hostHeader ? hostHeader.replace(/:.*$/, '') : host,
  };
}

function firstProto(req) {
  const raw = String(req.headers['x-forwarded-proto'] || '');
@ok  return raw.split(',').map((s) => s.trim())[0];
}

module.exports = { tlsOptionsFor, firstProto };
`,
  ),
  // --- CWE-208: comparisons of non-secrets ---
  ...js(
    "CWE-208",
    "logout checking the id against the caller's own access token; a cache file's integrity hash",
    `const fs = require('fs');
const crypto = require('crypto');

class AuthenticationService {
  async remove(id, params) {
    const { authentication } = params;
@ok    if (id !== null && id !== authentication.accessToken) {
      throw new Error('Invalid access token');
    }
    return this.revoke(authentication.accessToken);
  }
}

function readCache(path, origin) {
  const payload = JSON.parse(fs.readFileSync(path, 'utf8'));
  const hash = crypto.createHash('sha256').update(fs.readFileSync(origin)).digest('hex');
@ok  if (!hash || payload.hash !== hash) {
    return null;
  }
  return payload.data;
}

module.exports = { AuthenticationService, readCache };
`,
  ),
  ...js(
    "CWE-208",
    "API key middleware comparing the header with !== (positive)",
    `module.exports = function apiKey(req, res, next) {
  const supplied = req.headers['x-api-key'];
@@  if (supplied !== process.env.API_KEY) {
    return res.status(401).end();
  }
  next();
};
`,
  ),
  // --- CWE-347: decode without verify ---
  ...js(
    "CWE-347",
    "login service decoding the token it has just signed to return its payload",
    `const jsonwebtoken = require('jsonwebtoken');

async function login(user, secret) {
  const accessToken = jsonwebtoken.sign({ sub: user.id }, secret, { expiresIn: '1h' });
  return {
    accessToken,
@ok    payload: jsonwebtoken.decode(accessToken),
  };
}

module.exports = { login };
`,
  ),
  ...js(
    "CWE-347",
    "route trusting the role of a decoded, unverified bearer token (positive)",
    `const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.get('/admin', (req, res) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'admin') return res.sendStatus(403);
  res.send('welcome');
});
app.listen(3000);
`,
  ),
  // --- CWE-338: Math.random ---
  ...js(
    "CWE-338",
    "AMQP client generating link and container ids with Math.random",
    `function uuid4() {
  const bytes = Buffer.alloc(16);
  for (let i = 0; i < bytes.length; i++) {
@ok    bytes[i] = (Math.random() * 255) | 0;
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return bytes;
}

function linkName(prefix) {
  return prefix + '-' + uuid4().toString('hex');
}

module.exports = { uuid4, linkName };
`,
  ),
  ...js(
    "CWE-338",
    "session id drawn from Math.random (positive)",
    `const express = require('express');
const app = express();
app.post('/login', (req, res) => {
@@  const sid = Math.random().toString(36).slice(2);
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.end();
});
app.listen(3000);
`,
  ),
  // --- CWE-94: generated code ---
  ...js(
    "CWE-94",
    "row parser generated from result column names passed through JSON.stringify",
    `function key(name) {
  const x = JSON.stringify(String(name));
  return name === '__proto__' ? '[' + x + ']' : x;
}

function compileRowParser(columns) {
  const body = columns.map((c, j) => key(c.name) + ': parse' + j + '(x[' + j + '])').join(',\\n');
  const locals = columns.map((c, j) => 'parse' + j).join(', ');
@ok  return new Function(locals, 'return function row(x) { return {' + body + '} }')(
    ...columns.map((c) => c.parser || String),
  );
}

module.exports = { compileRowParser };
`,
  ),
  ...js(
    "CWE-94",
    "report endpoint building a Function from a query-string formula (positive)",
    `const express = require('express');
const app = express();
app.get('/calc', (req, res) => {
@@  const fn = new Function('row', 'return ' + req.query.formula);
  res.json([{ a: 1, b: 2 }].map(fn));
});
app.listen(3000);
`,
  ),
  // --- CWE-1336: per-request lodash template ---
  ...js(
    "CWE-1336",
    "request logger compiling a lodash template from a message that embeds the URL (positive)",
    `const _ = require('lodash');

module.exports = function requestLogger(logger) {
  return function (req, res, next) {
    const msg = 'HTTP ' + req.method + ' ' + req.url + ' {{res.statusCode}}';
    res.on('finish', () => {
@@      logger.info(_.template(msg, { interpolate: /\\{\\{(.+?)\\}\\}/g })({ req, res }));
    });
    next();
  };
};
`,
  ),
  // --- CWE-22: normalised-path guard ---
  ...js(
    "CWE-22",
    "static handler rejecting any path that normalize() would change before joining it to the root",
    `const path = require('path');
const fs = require('fs');

function isNonCanonical(pathname) {
  if (pathname.includes('\\\\') || pathname.includes('\\0')) return true;
  return path.posix.normalize(pathname) !== pathname;
}

module.exports = function serveIndex(root) {
  return function (req, res) {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (isNonCanonical(pathname)) {
      res.statusCode = 403;
      return res.end();
    }
@ok    const file = path.join(root, pathname, 'index.html');
    fs.createReadStream(file).pipe(res);
  };
};
`,
  ),
  ...js(
    "CWE-22",
    "download route joining the request path under the root with no check (positive)",
    `const path = require('path');
const fs = require('fs');
const express = require('express');
const app = express();
app.get('/files/*', (req, res) => {
@@  const file = path.join(__dirname, 'public', req.params[0]);
  fs.createReadStream(file).pipe(res);
});
app.listen(3000);
`,
  ),
  // --- CWE-295: libpq-style sslmode ---
  ...js(
    "CWE-295",
    "driver mapping sslmode=require/prefer to unverified TLS (positive: reported as before)",
    `const tls = require('tls');

function secureOptions(ssl) {
  if (ssl === 'require' || ssl === 'prefer') {
@@    return { rejectUnauthorized: false };
  }
  return typeof ssl === 'object' ? ssl : {};
}

module.exports = function connect(host, port, ssl) {
  return tls.connect({ host, port, ...secureOptions(ssl) });
};
`,
  ),
];
