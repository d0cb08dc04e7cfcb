// Dev suite "js-ts", batch 143: the seventeenth real-code false-alarm sample (378 npm packages: TypeScript backend
// frameworks and their plugins, ORM plugins, commerce SDKs, chat bots, browser-extension kits, maps, media,
// AI wrappers, monorepo tools, config loaders, feature flags, caches, schedulers, SSH/FTP, mail servers, proxies,
// CLI frameworks, worker libraries; 150 MEDIUM+ findings judged by reading). Own code in the shape of what was
// misjudged, each false-alarm shape as a safe case beside a nearby real weakness of the same rule.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch143", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch143", cwe, note, src, "typescript");

export const BATCH143: DevCase[] = [
  // --- (1) "message" events that are not cross-window messages ---
  ...js(
    "CWE-345",
    "message listeners on a WebSocket client and a dedicated worker's port vs a window listener without an origin check",
    `function ledgerQuery(url, method) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', () => socket.send(JSON.stringify({ method })));
@ok    socket.addEventListener('message', (msg) => {
      try {
        const { result } = JSON.parse(msg.data);
        resolve(result);
      } catch (err) {
        reject(err);
      }
      socket.close();
    });
  });
}

function startEncoder(onPage) {
  const encoder = new Worker('/encoder.js');
  const handler = (e) => onPage(e.data.page);
@ok  encoder.addEventListener('message', handler);
  encoder.postMessage({ command: 'init' });
  return encoder;
}

@@window.addEventListener('message', (event) => {
  document.getElementById('banner').innerHTML = event.data.html;
});

module.exports = { ledgerQuery, startEncoder };
`,
  ),
  ...js(
    "CWE-345",
    "a worker script listening on self vs a page listening on window and running what it receives",
    `const handlers = {
  sum: (nums) => nums.reduce((a, b) => a + b, 0),
  max: (nums) => Math.max(...nums),
};

@okself.addEventListener('message', (event) => {
  const { id, action, args } = event.data;
  const fn = handlers[action];
  self.postMessage({ id, result: fn ? fn(args) : null });
});

function installBridge() {
@@  window.addEventListener('message', function (e) {
    if (e.data && e.data.type === 'run') {
      new Function(e.data.source)();
    }
  });
}
`,
  ),
  ...js(
    "CWE-201",
    "a content script posting to its own window vs posting a session token to an embedded frame with '*'",
    `const bridge = {
  send(data) {
    const payload = { ...data, from: 'extension-dom' };
@ok    window.postMessage(payload, '*');
  },
};

function shareSession(frame, session) {
@@  frame.contentWindow.postMessage({ token: session.accessToken }, '*');
}

module.exports = { bridge, shareSession };
`,
  ),
  // --- (2) digests that label content, and MACs a protocol fixes ---
  ...js(
    "CWE-328",
    "md5 as a node's content digest, sha1 of a query as a cache key, CRAM-MD5's HMAC vs sha1 of a secret as a reset token",
    `const crypto = require('crypto');

function toNode(job, type) {
  return {
    ...job,
    id: String(job.id),
    internal: {
      type,
@ok      contentDigest: crypto.createHash('md5').update(JSON.stringify(job)).digest('hex'),
    },
  };
}

function queryCacheKey(query) {
  const text = JSON.stringify(query, Object.keys(query).sort());
@ok  return crypto.createHash('sha1').update(text).digest('hex');
}

function cramResponse(user, password, challenge) {
@ok  const digest = crypto.createHmac('md5', password).update(challenge).digest('hex');
  return Buffer.from(user + ' ' + digest).toString('base64');
}

function resetToken(user, secret) {
@@  return crypto.createHash('sha1').update(user.email + secret + Date.now()).digest('hex');
}

module.exports = { toNode, queryCacheKey, cramResponse, resetToken };
`,
  ),
  // --- (3) CBC run as a MAC ---
  ...ts(
    "CWE-329",
    "AES-CBC with a zero IV computing a CBC-MAC (last block kept) vs AES-CBC encrypting with a fixed IV",
    `import crypto from 'node:crypto';

const BLOCK = 16;

export function cbcMac(key: Buffer, data: Buffer): Buffer {
  const padded = Buffer.concat([data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)]);
@ok  const cipher = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(BLOCK, 0));
  cipher.setAutoPadding(false);
  const out = Buffer.concat([cipher.update(padded), cipher.final()]);
  return out.subarray(out.length - BLOCK);
}

const FIXED_IV = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');

export function sealNote(key: Buffer, note: string): string {
@@  const cipher = crypto.createCipheriv('aes-128-cbc', key, FIXED_IV);
  return Buffer.concat([cipher.update(note, 'utf8'), cipher.final()]).toString('base64');
}
`,
  ),
  // --- (4) a "pass" that is a verdict, not a password ---
  ...js(
    "CWE-798",
    "a mail plugin recording which check passed vs an SMTP transport with a literal password",
    `const nodemailer = require('nodemailer');

exports.hook_rcpt = function (next, connection, params) {
  const txn = connection.transaction;
  const domain = params[0].host.toLowerCase();
  if (this.cfg.domains.includes(domain)) {
@ok    txn.results.add(this, { pass: 'rcpt_to.local_domain' });
    return next(OK);
  }
@ok  txn.results.add(this, { fail: 'rcpt_to.local_domain', pass: 'relaying' });
  return next();
};

exports.transport = nodemailer.createTransport({
  host: 'smtp.example.org',
  port: 587,
@@  auth: { user: 'reports', pass: 'Xq7!mR2#kd9Lw' },
});
`,
  ),
  // --- (5) running a script file with node, and generated wasm glue ---
  ...js(
    "CWE-94",
    "node running the resolved tsc script with arguments vs node -e with posted source",
    `const { spawnSync } = require('child_process');
const express = require('express');

function emitDeclarations(tsConfigPath) {
  const tscPath = require.resolve('typescript/bin/tsc', { paths: [process.cwd()] });
@ok  const result = spawnSync(process.execPath, [tscPath, '--emitDeclarationOnly', '-p', tsConfigPath], { stdio: 'inherit' });
  return result.status === 0;
}

const app = express();
app.use(express.json());
app.post('/snippet', (req, res) => {
@@  const out = spawnSync(process.execPath, ['-e', req.body.source], { encoding: 'utf8' });
  res.send(out.stdout);
});

module.exports = { emitDeclarations, app };
`,
  ),
  ...js(
    "CWE-94",
    "wasm-bindgen style glue building a function from text the wasm module wrote vs a function from the query",
    `let wasm;
const heap = new Array(128).fill(undefined);
let heapNext = heap.length;
const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return decoder.decode(new Uint8Array(wasm.memory.buffer).subarray(ptr, ptr + len));
}

function addHeapObject(obj) {
  const idx = heapNext;
  heapNext = heap[idx];
  heap[idx] = obj;
  return idx;
}

module.exports.__wbg_newnoargs_5d1a = function (arg0, arg1) {
@ok  const ret = new Function(getStringFromWasm0(arg0, arg1));
  return addHeapObject(ret);
};

module.exports.calc = function (req, res) {
@@  const f = new Function('x', 'return ' + req.query.expr);
  res.json({ value: f(Number(req.query.x)) });
};
`,
  ),
  // --- (6) a key-value store's batch is not SQL ---
  ...js(
    "CWE-89",
    "a LevelDB batch of put/del operations vs a SQLite query concatenating a name",
    `const sqlite3 = require('sqlite3');

function putCached(cache, key, value, callback) {
  const operations = [
    { type: 'del', key: 'lru!' + key },
    { type: 'put', key: 'data!' + key, value: JSON.stringify(value) },
  ];
@ok  cache.level.batch(operations, callback);
}

const db = new sqlite3.Database('app.db');
function findUser(name, cb) {
@@  db.all("SELECT id, name FROM users WHERE name = '" + name + "'", cb);
}

module.exports = { putCached, findUser };
`,
  ),
  // --- (7) a list of header names is not a header ---
  ...js(
    "CWE-113",
    "a proxy lowercasing its option's list of header names vs a download route setting Content-Disposition from the query",
    `const express = require('express');

function proxy(options) {
  if (Array.isArray(options.suppressRequestHeaders)) {
    options.suppressRequestHeaders.forEach(function (h, i) {
@ok      options.suppressRequestHeaders[i] = h.toLowerCase();
    });
  }
  return function (req, res, next) {
    next();
  };
}

const app = express();
app.get('/download', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.send('...');
});

module.exports = { proxy, app };
`,
  ),
  // --- (8) first-occurrence replace that normalises rather than escapes ---
  ...ts(
    "CWE-116",
    "line-ending normalisation before counting and an option name's -- prefix strip vs quoting that doubles only the first quote",
    `const PER_LINE = 63;

export function countLines(text: string): number {
@ok  text = text.replace('\\r\\n', '\\n');
  const lines = text.split('\\n');
  return lines.reduce((n, line) => n + Math.max(1, Math.ceil(line.length / PER_LINE)), 0);
}

export class Option {
  constructor(public long: string) {}
  attributeName(): string {
@ok    return this.long.replace('--', '').replace('no-', '');
  }
}

export function pwdReply(cwd: string): string {
@@  return '257 "' + cwd.replace('"', '""') + '" is the current directory';
}
`,
  ),
  // --- (9) a local serveStatic wrapper that resolves into a public folder ---
  ...js(
    "CWE-552",
    "a local serveStatic helper rooted at the build's public folder vs express.static of the project root",
    `const express = require('express');
const { join } = require('path');

const publicFolder = join(__dirname, 'www');
const serveStatic = (path, opts = {}) => express.static(join(publicFolder, path), { ...opts, maxAge: opts.maxAge ?? 3600 });

const app = express();
@okapp.use('/', serveStatic('.'));

const admin = express();
@@admin.use(express.static(__dirname, { dotfiles: 'allow' }));

module.exports = { app, admin };
`,
  ),
  // --- (10) equality on values that are not secrets ---
  ...js(
    "CWE-208",
    "a cache entry's content hash and a playlist item token compared with === vs an API key compared with ===",
    `const express = require('express');

function readCache(entry, hash) {
@ok  if (hash && entry.hash !== hash) {
    return null;
  }
  return entry.data;
}

function findPlayable(list, token) {
@ok  return list.find((playable) => token === playable.token);
}

const app = express();
app.use((req, res, next) => {
@@  if (req.get('x-api-key') === process.env.API_KEY) return next();
  res.sendStatus(401);
});

module.exports = { readCache, findPlayable, app };
`,
  ),
  // --- (11) a command line the operator typed ---
  ...js(
    "CWE-78",
    "a CLI command handler running the npm script its user named vs a web route running a posted script name",
    `const { execSync } = require('child_process');
const express = require('express');

class RunProjectCommand {
  constructor() {
    this.command = 'run';
    this.describe = 'Run the project';
    this.builder = { script: { type: 'string', default: 'start' } };
  }

  async handler(args) {
    const env = { ...process.env, APP_PURGE: args.purge ? '1' : '0' };
@ok    execSync(\`npm run \${args.script}\`, { stdio: 'inherit', env });
  }
}

const app = express();
app.use(express.json());
app.post('/run', (req, res) => {
@@  execSync(\`npm run \${req.body.script}\`, { stdio: 'inherit' });
  res.sendStatus(204);
});

module.exports = { RunProjectCommand, app };
`,
  ),
];
