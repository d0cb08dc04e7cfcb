// Dev suite "js-ts", batch 146: the eighteenth real-code false-alarm sample (456 npm packages: accessibility and
// animation kits, renderers, routers, HTTP clients, SIP/STOMP/AMQP/DNS protocol code, parsers, polyfills,
// compression, binary formats, terminal UIs, git and package-manager tooling, build plugins, Electron, React Native,
// WebRTC, wallets and pure-JS crypto; 150 MEDIUM+ findings judged by reading). Own code in the shape of what was
// misjudged, each false-alarm shape as a safe case beside a nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch146", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch146", cwe, note, src, "typescript");

export const BATCH146: DevCase[] = [
  // --- (1) a computed key that ends in a constant suffix can never spell __proto__ ---
  ...js(
    "CWE-1321",
    "a code generator's table keyed by name + '.size' / '.offset' vs a dotted-path setter walking caller keys",
    `function emitAccessors(table, fields) {
  let offset = 0;
  for (const field of fields) {
    const name = field.name;
@ok    table[name + '.offset'] = { body: 'offset := ' + offset, needs: [] };
@ok    table[\`\${name}.size\`] = { body: 'size := ' + field.width, needs: [name + '.offset'] };
    offset += field.width;
  }
  return table;
}

function setPath(target, dotted, value) {
  const parts = dotted.split('.');
  const last = parts.pop();
  let node = target;
  for (const part of parts) {
    if (!node[part]) node[part] = {};
    node = node[part];
  }
@@  node[last] = value;
}

module.exports = { emitAccessors, setPath };
`,
  ),
  // --- (2) keys taken from a schema the developer wrote, recursion on the input's own values ---
  ...ts(
    "CWE-1321",
    "coercing an input against the properties its schema declares vs a deep merge over the source's own keys",
    `type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema };

export function coerceDates(input: Record<string, any>, schema: Schema): Record<string, any> {
  const props = schema.properties || {};
  for (const [key, def] of Object.entries(props)) {
    const value = input[key];
    if (def.type === 'object' && def.properties && value && typeof value === 'object') {
@ok      input[key] = coerceDates(value, def);
      continue;
    }
    if (def.type === 'date' && typeof value === 'string') {
@ok      input[key] = new Date(value);
    }
  }
  return input;
}

export function deepAssign(target: any, source: any): any {
  for (const key in source) {
    const value = source[key];
    if (value && typeof value === 'object') {
      if (!target[key]) target[key] = {};
      deepAssign(target[key], value);
    } else {
@@      target[key] = value;
    }
  }
  return target;
}
`,
  ),
  // --- (3) an outer key from a fixed list, its slot just set to a fresh object ---
  ...js(
    "CWE-1321",
    "translating capability tables for three fixed sections vs copying a nested request body into a shared registry",
    `const express = require('express');

function translate(info, aliases) {
  const out = {};
  ['flags', 'numbers', 'strings'].forEach(function (section) {
    out[section] = {};
    Object.keys(info[section]).forEach(function (cap) {
@ok      out[section][aliases[cap] || cap] = info[section][cap];
    });
  });
  return out;
}

const registry = {};
const app = express();
app.use(express.json());
app.post('/prefs/:group', (req, res) => {
  registry[req.params.group] = registry[req.params.group] || {};
@@  registry[req.params.group][req.body.name] = req.body.value;
  res.sendStatus(204);
});

module.exports = { translate, app };
`,
  ),
  // --- (4) a credential-named property holding a list of method names or an event name ---
  ...js(
    "CWE-798",
    "a polyfill remover's keys: [method names] and a bridge's SECRET_* event names vs a hard-coded signing secret",
    `const removals = [
  {
    target: Number,
@ok    keys: ['isFinite', 'isInteger', 'isNaN', 'isSafeInteger', 'parseFloat'],
  },
  {
    target: Array.prototype,
@ok    keys: ['includes', 'fill', 'findIndex', 'find'],
  },
];

const BridgeEvents = {
@ok  SECRET_FIELDS_REQUEST: 'conversationSecretFieldsRequest',
@ok  SECRET_FIELDS_RESPONSE: 'conversationSecretFieldsResponse',
  DISPLAY_FIELDS_REQUEST: 'conversationDisplayFieldsRequest',
};

const jwt = require('jsonwebtoken');
@@const SIGNING_SECRET = 'q8Zr2Lw0vXp7Tn4Yb1Kc9Hd3';

function issue(userId) {
  return jwt.sign({ sub: userId }, SIGNING_SECRET);
}

module.exports = { removals, BridgeEvents, issue };
`,
  ),
  // --- (5) a timestamp as a history entry's key vs as a reset token ---
  ...js(
    "CWE-330",
    "a router's history state key from Date.now() vs a password-reset token from Date.now()",
    `function createHistory(source) {
  return {
    navigate(to, { state, replace = false } = {}) {
@ok      state = Object.assign({}, state, { key: Date.now() + '' });
      if (replace) source.history.replaceState(state, null, to);
      else source.history.pushState(state, null, to);
    },
  };
}

function createResetLink(user, store) {
@@  const resetToken = Date.now().toString(36);
  store.save(user.id, resetToken);
  return '/reset?token=' + resetToken;
}

module.exports = { createHistory, createResetLink };
`,
  ),
  // --- (6) a Node-integrated window that loads the package's own file:// page ---
  ...ts(
    "CWE-693",
    "a test runner's window loading file://<its own index.html> vs one loading the URL it is sent",
    `import { BrowserWindow, ipcMain } from 'electron';

export async function runInWindow(testData: unknown): Promise<void> {
  const win = new BrowserWindow({ show: false, webPreferences: { nodeIntegration: true, contextIsolation: false } });
@ok  await win.loadURL(\`file://\${require.resolve('../static/runner.html')}\`);
  win.webContents.send('run', testData);
}

ipcMain.handle('preview', async (_event, target: string) => {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });
@@  await win.loadURL(target);
});
`,
  ),
  // --- (7) replace('&', ...) that expands a CSS parent selector, not HTML escaping ---
  ...js(
    "CWE-116",
    "a CSS-in-JS nester replacing '&' with the class selector vs an escaper replacing only the first '&'",
    `function nest(rule, className) {
  let output = rule;
@ok  output = output.replace('&', '.' + className);
  return output;
}

function escapeAttr(text) {
@@  return String(text).replace('&', '&amp;').replace(/"/g, '&quot;');
}

module.exports = { nest, escapeAttr };
`,
  ),
  // --- (8) a RegExp built through a helper that escapes what goes into a character class ---
  ...js(
    "CWE-1333",
    "a URI-template matcher's character class built by an escaping helper vs a search route compiling the query",
    `const express = require('express');

const classEscape = /[\\\\\\]^-]/g;
function charClass(chars) {
  return '(?:[' + chars.replace(classEscape, '\\\\$&') + ']|%[0-9A-Fa-f]{2})';
}

function Variable(range, separator) {
  this.range = range;
  this.separator = separator;
}
Variable.prototype.toRegex = function () {
@ok  return new RegExp('(' + charClass(this.range + this.separator) + '*)', 'u');
};

const app = express();
app.get('/find', (req, res) => {
@@  const rx = new RegExp(req.query.pattern);
  res.json(['alpha', 'beta'].filter((w) => rx.test(w)));
});

module.exports = { Variable, app };
`,
  ),
  // --- (9) a git command line is not SQL; a test's fixed column types ---
  ...js(
    "CWE-89",
    "a release script's git push --delete and a test's CREATE TABLE over fixed types vs a DELETE built from the route",
    `const { execFile } = require('child_process');
const express = require('express');

class Release {
  async exec(command) {
    return new Promise((resolve) => execFile('sh', ['-c', command], (e, out) => resolve(out)));
  }
  async dropBranch(ref) {
    const branch = 'release-base/' + ref.replace(/[^\\w.-]/g, '');
@ok    await this.exec(\`git push origin --delete \${branch}\`);
  }
}

async function setUp(client) {
  for (const type of ['int4', 'text', 'bool']) {
@ok    await client.query('CREATE TEMP TABLE sample_' + type + ' (col1 ' + type + '[])');
  }
}

const app = express();
app.delete('/items/:id', async (req, res) => {
@@  await req.app.locals.db.query(\`DELETE FROM items WHERE id = \${req.params.id}\`);
  res.sendStatus(204);
});

module.exports = { Release, setUp, app };
`,
  ),
  // --- (10) decrypting with the IV stored beside the ciphertext ---
  ...js(
    "CWE-329",
    "a decrypt that reads the IV from the stored 'iv:data' string vs an encrypt with an all-zero IV",
    `const crypto = require('crypto');

function decrypt(key, stored) {
  const [ivHex, dataHex] = stored.split(':');
  const iv = Buffer.from(ivHex, 'hex');
@ok  const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
  return decipher.update(dataHex, 'hex', 'utf8') + decipher.final('utf8');
}

function encrypt(key, text) {
  const iv = Buffer.alloc(16, 0);
@@  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { decrypt, encrypt };
`,
  ),
  // --- (11) a header map of a non-HTTP frame vs an HTTP response header from the query ---
  ...js(
    "CWE-113",
    "a STOMP client's CONNECT frame heart-beat header from numbers vs an HTTP header copied from the query",
    `const express = require('express');

class StompClient {
  constructor(ws, heartbeat) {
    this.ws = ws;
    this.heartbeat = heartbeat;
  }
  connect(headers = {}) {
    if (!headers['heart-beat']) {
@ok      headers['heart-beat'] = [this.heartbeat.outgoing, this.heartbeat.incoming].join(',');
    }
    this.ws.send('CONNECT\\n' + Object.entries(headers).map(([k, v]) => k + ':' + v).join('\\n') + '\\n\\n\\0');
  }
}

const app = express();
app.get('/lang', (req, res) => {
@@  res.setHeader('Content-Language', req.query.lang);
  res.end();
});

module.exports = { StompClient, app };
`,
  ),
  // --- (12) a Worker's own message listener vs a window listener writing HTML ---
  ...js(
    "CWE-345",
    "a compression worker's listener inside a Worker scope vs a page listener rendering any sender's HTML",
    `if (typeof self !== 'undefined' && 'importScripts' in self) {
@ok  addEventListener('message', function (e) {
    const job = e.data;
    postMessage({ id: job.id, result: job.action === 'pack' ? pack(job.data) : unpack(job.data) });
  });
}

function pack(data) { return data; }
function unpack(data) { return data; }

function listen(panel) {
@@  window.addEventListener('message', function (event) {
    panel.innerHTML = event.data.html;
  });
}
`,
  ),
  // --- (13) innerHTML of text a local formatter builds from numbers ---
  ...js(
    "CWE-79",
    "a recorder demo's status line from a byte-size formatter vs the location hash written as HTML",
    `function bytesToSize(bytes) {
  const units = ['Bytes', 'KB', 'MB', 'GB'];
  if (bytes === 0) return '0 Bytes';
  const i = Math.floor(Math.log(bytes) / Math.log(1024));
  return (bytes / Math.pow(1024, i)).toFixed(1) + ' ' + units[i];
}

function showStopped(header, blob) {
  let html = 'Recording status: stopped';
  html += '<br>Size: ' + bytesToSize(blob.size);
@ok  header.innerHTML = html;
}

function showSection(header) {
@@  header.innerHTML = decodeURIComponent(location.hash.slice(1));
}
`,
  ),
];
