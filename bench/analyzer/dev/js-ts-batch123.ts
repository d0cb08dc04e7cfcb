// Dev suite "js-ts", batch 123: the tenth real-code false-alarm sample (136 npm packages, 150 MEDIUM+ findings judged
// by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside a nearby
// real weakness: prototype-pollution writes at a numeric loop counter, at keys of the object written, into a slot just
// reset to a fresh object, into an accumulator a recursion hands on unchanged, at names from a fixed list.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch123", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch123", cwe, note, src, "typescript");

export const BATCH123: DevCase[] = [
  // --- (1) prototype pollution: writes whose key cannot be a caller's '__proto__' ---
  ...js(
    "CWE-1321",
    "packet decoder rebuilding arrays by a numeric loop counter vs a merge walking the source's key list by index",
    `function rebuildPacket(data, attachments) {
  if (!data) return data;
  if (data && data._ref === true) return attachments[data.at];
  if (Array.isArray(data)) {
    for (var i = 0; i < data.length; i++) {
@ok      data[i] = rebuildPacket(data[i], attachments);
    }
  } else if (typeof data === 'object') {
    for (var key in data) {
      if (Object.prototype.hasOwnProperty.call(data, key)) {
        data[key] = rebuildPacket(data[key], attachments);
      }
    }
  }
  return data;
}

function deepFill(target, source) {
  const names = Object.keys(source);
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    if (source[name] && typeof source[name] === 'object') {
      deepFill(target[name] ??= {}, source[name]);
    } else {
@@      target[name] = source[name];
    }
  }
  return target;
}

module.exports = { rebuildPacket, deepFill };
`,
  ),
  ...js(
    "CWE-1321",
    "debug formatter rewriting the clone's own keys through keys[i] vs a copier writing the source's keys into a caller's object",
    `function formatForShell(doc, nested) {
  let x = nested ? doc : structuredClone(doc);
  const keys = Object.keys(x);
  const count = keys.length;
  let key;
  for (let i = 0; i < count; ++i) {
    key = keys[i];
    if (x[key] && typeof x[key] === 'object') {
@ok      x[key] = formatForShell(x[key], true);
    }
  }
  return x;
}

function copyInto(into, from) {
  const keys = Object.keys(from);
  let key;
  for (let i = 0; i < keys.length; ++i) {
    key = keys[i];
    if (from[key] && typeof from[key] === 'object') {
@@      into[key] = copyInto(into[key] || {}, from[key]);
    } else {
      into[key] = from[key];
    }
  }
  return into;
}

module.exports = { formatForShell, copyInto };
`,
  ),
  ...js(
    "CWE-1321",
    "schema converter filling a slot it just reset to {} vs one that keeps an existing slot and recurses into it",
    `function toOpenApi(opts, schema) {
  const result = { ...schema };
  for (const key of Object.keys(result)) {
    const value = result[key];
    if (key === 'properties') {
      result[key] = {};
      for (const prop of Object.keys(value)) {
        const converted = toOpenApi(opts, value[prop]);
@ok        result[key][prop] = converted;
      }
    }
  }
  return result;
}

function overlay(base, patch) {
  for (const section of Object.keys(patch)) {
    if (!base[section]) base[section] = {};
    for (const field of Object.keys(patch[section])) {
@@      base[section][field] = patch[section][field];
    }
    overlay(base[section], patch[section]);
  }
  return base;
}

module.exports = { toOpenApi, overlay };
`,
  ),
  ...js(
    "CWE-1321",
    "import flattener passing its accumulator on unchanged vs a nested registry setter handing on the slot",
    `function flattenImports(flat, value, name) {
  if (Array.isArray(value)) {
    value.forEach((item) => flattenImports(flat, item));
  } else if (value && typeof value === 'object') {
    for (const key in value) flattenImports(flat, value[key], key);
  } else if (name !== undefined) {
    if (flat[name] !== undefined && flat[name] !== value) {
      throw new Error('Cannot import "' + name + '" twice');
    }
@ok    flat[name] = value;
  }
  return flat;
}

function register(tree, value) {
  for (const key in value) {
    if (value[key] && typeof value[key] === 'object') {
      register(tree[key] || (tree[key] = {}), value[key]);
    } else {
@@      tree[key] = value[key];
    }
  }
  return tree;
}

module.exports = { flattenImports, register };
`,
  ),
  ...js(
    "CWE-1321",
    "query-builder proxies installed under names from the library's own method list vs under the caller's keys",
    `const METHOD_NAMES = require('./method-names');

function installProxies(client, emitter) {
  for (let i = 0; i < METHOD_NAMES.length; i++) {
    const method = METHOD_NAMES[i];
@ok    client[method] = function () {
      const builder = this.queryBuilder();
      return builder[method].apply(builder, arguments);
    };
  }
  for (const key in emitter) {
    if (typeof emitter[key] === 'function') client.on(key, emitter[key]);
  }
  if (client.parent) installProxies(client.parent, emitter);
}

function installAliases(client, aliases) {
  for (const group in aliases) {
    if (aliases[group] && typeof aliases[group] === 'object') {
      installAliases(client[group], aliases[group]);
    } else {
@@      client[group] = aliases[group];
    }
  }
}

module.exports = { installProxies, installAliases };
`,
  ),
  ...ts(
    "CWE-1321",
    "typed row decoder filling columns by a numeric counter vs a nested settings patcher keyed by the caller",
    `type Row = Record<string, unknown>;

export function decodeRows(rows: unknown[][], columns: string[], decode: (v: unknown) => unknown): Row[][] {
  const out: Row[][] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r]!;
    const decoded: Row[] = [];
    for (let c = 0; c < cells.length; c++) {
      decoded[c] = { [columns[c]!]: decode(cells[c]) };
    }
@ok    out[r] = decoded;
  }
  return out;
}

export function patchSettings(store: Record<string, Record<string, unknown>>, patch: Record<string, Record<string, unknown>>): void {
  for (const group of Object.keys(patch)) {
    for (const name of Object.keys(patch[group]!)) {
@@      store[group]![name] = patch[group]![name];
    }
    patchSettings(store[group] as never, patch[group] as never);
  }
}
`,
  ),

  // --- (2) ReDoS: a loop entered only at the start or after a separator ---
  ...js(
    "CWE-1333",
    "proxy testing the Connection header with (^|,)\\s*upgrade vs a CORS preflight splitting a request header on \\s*,\\s*",
    `const http = require('http');

const upgradeToken = /(^|,)\\s*upgrade\\s*($|,)/i;

function wantsUpgrade(req) {
  const connection = req.headers.connection;
@ok  return typeof connection === 'string' && upgradeToken.test(connection);
}

function preflightHeaders(req) {
  const asked = req.headers['access-control-request-headers'] || '';
@@  return asked.toLowerCase().split(/\\s*,\\s*/);
}

http
  .createServer((req, res) => {
    res.setHeader('x-upgrade', wantsUpgrade(req) ? 'yes' : 'no');
    res.end(JSON.stringify(preflightHeaders(req)));
  })
  .listen(8080);
`,
  ),
  ...ts(
    "CWE-1333",
    "cookie parser finding a name after (?:^|;)\\s* vs a file id taken with an unanchored ([^/]+)\\/?$ from the URL",
    `import { createServer, type IncomingMessage } from 'node:http';

const sessionCookie = /(?:^|;)\\s*sid=([^;]*)/;
const fileIdPattern = /([^/]+)\\/?$/;

function sessionId(req: IncomingMessage): string | undefined {
@ok  const m = sessionCookie.exec(req.headers.cookie ?? '');
  return m?.[1];
}

function fileId(req: IncomingMessage): string | undefined {
@@  const m = fileIdPattern.exec(req.url ?? '');
  return m?.[1];
}

createServer((req, res) => {
  res.end(JSON.stringify({ session: sessionId(req), file: fileId(req) }));
}).listen(8081);
`,
  ),

  // --- (3) path traversal: static servers' own containment checks ---
  ...js(
    "CWE-22",
    "file sender rejecting a '..' segment by regex in both root branches vs one that strips NUL bytes only",
    `const fs = require('fs');
const { join, normalize, resolve, sep } = require('path');

const PARENT_SEGMENT = /(?:^|[\\\\/])\\.\\.(?:[\\\\/]|$)/;
const NUL_BYTES = /\\0/g;

function sendFromRoot(req, res, root) {
  let file = decodeURIComponent(new URL(req.url, 'http://local').pathname);
  if (root) {
    file = normalize('.' + sep + file);
    if (PARENT_SEGMENT.test(file)) {
      res.statusCode = 403;
      return res.end();
    }
@ok    file = normalize(join(root, file));
  } else {
    if (PARENT_SEGMENT.test(file)) {
      res.statusCode = 403;
      return res.end();
    }
    file = resolve(file);
  }
@ok  fs.createReadStream(file).pipe(res);
}

function sendLoose(req, res, root) {
  const name = decodeURIComponent(new URL(req.url, 'http://local').pathname).replace(NUL_BYTES, '');
@@  fs.createReadStream(join(root, name)).pipe(res);
}

module.exports = { sendFromRoot, sendLoose };
`,
  ),
  ...js(
    "CWE-22",
    "directory index comparing (path + sep).substr(0, root.length) with the root vs a prefix cut of the raw joined text",
    `const fs = require('fs');
const express = require('express');
const { join, normalize, sep } = require('path');

const app = express();
const rootPath = normalize('/srv/share' + sep);

app.get('/browse/*', (req, res, next) => {
  const dir = normalize(join(rootPath, req.params[0]));
  if ((dir + sep).substr(0, rootPath.length) !== rootPath) return res.sendStatus(403);
  fs.stat(dir, (err, st) => {
    if (err || !st.isDirectory()) return next();
@ok    fs.readdir(dir, (e, names) => (e ? next(e) : res.json(names)));
  });
});

app.get('/raw', (req, res) => {
  const dir = rootPath + req.query.dir;
  if (dir.slice(0, rootPath.length) !== rootPath) return res.sendStatus(403);
@@  fs.readdir(dir, (e, names) => res.json(names || []));
});

app.listen(3000);
`,
  ),

  // --- (4) hard-coded credentials: the fixed text around a token ---
  ...ts(
    "CWE-798",
    "webhook client recognising its versioned token prefix vs a fallback token written into the source",
    `import { createHmac } from 'node:crypto';

@ok const SETUP_TOKEN_PREFIX_V1 = 'setup_v1_';
@@ const FALLBACK_SETUP_TOKEN = 'setup_v1_4b9e0c7d2a61f358';

export function parseSetupToken(raw: string | undefined): { appId: string; secret: string } {
  const token = raw ?? FALLBACK_SETUP_TOKEN;
  if (!token.startsWith(SETUP_TOKEN_PREFIX_V1)) throw new Error('not a setup token');
  const body = Buffer.from(token.slice(SETUP_TOKEN_PREFIX_V1.length), 'base64url').toString('utf8');
  const [appId, secret] = body.split(':');
  return { appId: appId ?? '', secret: secret ?? '' };
}

export function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}
`,
  ),

  // --- (5) header values the response already holds, or digits ---
  ...js(
    "CWE-113",
    "static sender copying headers back from res.getHeader() into its header map vs taking the type from the query",
    `const fs = require('fs');
const http = require('http');

function sendFile(req, res, file, stats, headers) {
  let tmp;
  headers = { ...headers };
  for (const key in headers) {
    tmp = res.getHeader(key);
@ok    if (tmp) headers[key] = tmp;
  }
  if ((tmp = res.getHeader('content-type'))) {
    headers['Content-Type'] = tmp;
  }
  headers['Content-Length'] = stats.size;
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}

function sendTyped(req, res, file) {
  const headers = {};
  const type = new URL(req.url, 'http://local').searchParams.get('type');
@@  if (type) headers['Content-Type'] = type;
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}

http.createServer((req, res) => sendFile(req, res, '/srv/index.html', fs.statSync('/srv/index.html'), {})).listen(8082);
module.exports = { sendFile, sendTyped };
`,
  ),
  ...ts(
    "CWE-113",
    "resumable-upload HEAD answer with lengths typed as numbers vs the client's own metadata echoed back",
    `type Upload = { id: string; size?: unknown; offset: number; metadata?: string };

export async function headUpload(req: Request, load: (id: string) => Promise<Upload>): Promise<Response> {
  const id = new URL(req.url).pathname.split('/').pop() ?? '';
  const upload = await load(id);
  const res = new Response(null, { status: 200 });
  res.headers.set('Cache-Control', 'no-store');
@ok  res.headers.set('Upload-Length', (upload.size as number).toString());
@@  res.headers.set('Upload-Echo', req.headers.get('x-upload-echo') + '; id=' + id);
  return res;
}
`,
  ),

  // --- (6) open redirect: util.format with a fixed local path first ---
  ...js(
    "CWE-601",
    "OAuth example sending anonymous users to /login with util.format vs one formatting the redirect_uri first",
    `const util = require('util');
const express = require('express');

const app = express();

app.get('/oauth/authorize', (req, res) => {
  if (!req.session.user) {
@ok    return res.redirect(util.format('/login?client_id=%s&redirect_uri=%s', req.query.client_id, req.query.redirect_uri));
  }
  res.render('authorize', { client: req.query.client_id });
});

app.post('/oauth/authorize', (req, res) => {
  const code = req.session.pendingCode;
@@  res.redirect(util.format('%s?code=%s&state=%s', req.query.redirect_uri, code, req.query.state));
});

app.listen(3000);
`,
  ),

  // --- (7) module loading: the operator's environment and command line ---
  ...js(
    "CWE-94",
    "test runner loading the build named by environment variables vs a plugin route requiring the module the query names",
    `const path = require('path');
const express = require('express');

@ok const engine = require(process.env.ENGINE_BUILD_PATH);
const helpers = require(path.join(path.dirname(process.env.ENGINE_BUILD_PATH), 'lib', 'helpers'));

const app = express();

app.get('/render/:plugin', (req, res) => {
@@  const plugin = require(path.join(__dirname, 'plugins', req.params.plugin));
  res.send(engine.render(plugin.template, helpers));
});

app.listen(3000);
`,
  ),
];
