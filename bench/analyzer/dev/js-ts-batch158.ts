// Dev suite "js-ts", batch 158: the twenty-first real-code false-alarm sample (372 npm packages: crypto and
// hashing utilities, archive tools, monorepo tooling, Electron helpers, IoT/Bluetooth/serial libraries, media,
// CLIs, file-system helpers, e-mail, template engines, proxies/websockets, cloud SDKs; 150 MEDIUM+ findings
// judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside
// a nearby real weakness of the same rule.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch158", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch158", cwe, note, src, "typescript");

export const BATCH158: DevCase[] = [
  // --- (1) curve test vectors: scalars that are a run of zeros with a short tail ---
  ...js(
    "CWE-798",
    "key-derivation vectors whose secret scalars are zero runs ending in one byte vs a service config with a real-looking signing secret",
    `module.exports.vectors = [
  {
    pub: '6B2F0D94A1C3E87755019EAB34C8D2F1906A7E3B5C4D1827F03A9E6B12C4D5E7',
@ok    secret_hex: '00000000000000000000000000000000000000000000000000000000000000A3',
  },
  {
    pub: '1E7C44B09D3A6F82C5E1B7046D9A2F3C88E0B51D7A4C6E2F9013B8D7C5A6E4F2',
@ok    privateKey: '0x0000000000000000000000000000000000000000000000000000000000000007',
  },
];

module.exports.service = {
@@  signingSecret: 'f3a91c07d2be4856a0e7c3b19d548e2f6a07b3c9e1d45f28',
};
`,
  ),
  // --- (2) constants whose value is their own name ---
  ...js(
    "CWE-798",
    "filter-type and event-name constants whose value spells their own name vs a database password constant",
    `const LOWPASS = 'lowpass';
@ok const HIGHPASS = 'highpass';
const NOTCH = 'notch';

const EVENTS = {
  SERVICE_STARTED: 'RECEIVER:::SERVICE_STARTED',
@ok  TOKEN_REFRESHED: 'RECEIVER:::TOKEN_REFRESHED',
@ok  SECRET_ROTATED: 'secret-rotated',
};

@@ const DB_PASSWORD = 'Wq8#rT2!vLp9zK';

module.exports = { LOWPASS, HIGHPASS, NOTCH, EVENTS, DB_PASSWORD };
`,
  ),
  // --- (3) format placeholders and type-name placeholders under credential keys ---
  ...ts(
    "CWE-798",
    "a progress bar's :token placeholders and a generated sample's 'string' secret vs a client with a live token",
    `export function renderBar(template: string, done: number, total: number): string {
  const fields = [
@ok    { token: ':bar', value: '#'.repeat(done) + '-'.repeat(total - done) },
@ok    { token: ':percent', value: String(Math.round((done / total) * 100)) },
  ];
  return fields.reduce((out, f) => out.split(f.token).join(f.value), template);
}

export const sampleDatastore = {
  credentials: {
    clientId: '00000000-1111-2222-3333-444444444444',
@ok    secrets: { clientSecret: 'string', kind: 'ServicePrincipal' },
  },
};

export const liveClient = {
@@  token: 'ghp_R7kd92LmQzXw81vBtYc04NpHsUe3JfaG6oqI',
};
`,
  ),
  // --- (4) innerHTML of a <style> element holds CSS, not HTML ---
  ...js(
    "CWE-79",
    "a frame helper setting a <style> element's innerHTML from a message vs a div's innerHTML from the message",
    `class FrameHelper {
  applyStyle(e) {
    const styleEl = document.createElement('style');
@ok    styleEl.innerHTML = e.data.css;
    document.head.appendChild(styleEl);
  }

  showBanner(e) {
    const banner = document.createElement('div');
@@    banner.innerHTML = e.data.banner;
    document.body.appendChild(banner);
  }
}

const helper = new FrameHelper();
window.addEventListener('message', (e) => {
  if (e.data.kind === 'style') helper.applyStyle(e);
  else helper.showBanner(e);
});
`,
  ),
  // --- (5) an allowlist check on the key before a copy ---
  ...js(
    "CWE-1321",
    "copying option keys that appear in the class's field list vs copying every key of a parsed body",
    `const express = require('express');

function Header(options) {
  var self = this;
  if (options != null) Object.keys(options).forEach(function (k, v) {
    if (Header.fields.indexOf(k) !== -1) {
@ok      self[k] = options[k];
    }
  });
}
Header.fields = ['version', 'algorithm', 'domain', 'selector'];

const app = express();
app.use(express.json());
const settings = {};
app.post('/settings/:group', (req, res) => {
  for (const k of Object.keys(req.body)) {
@@    settings[req.params.group][k] = req.body[k];
  }
  res.json(new Header(req.body));
});
`,
  ),
  // --- (6) a fresh per-item object written by title ---
  ...js(
    "CWE-1321",
    "results recorded per test title into a fresh object per spec vs a merge into a shared cache by request keys",
    `const express = require('express');

function collect(on) {
  const allResults = {};
  on('after:spec', (spec, results) => {
    allResults[spec.relative] = {};
    const r = allResults[spec.relative];
    results.tests.forEach((t) => {
@ok      r[t.title.join(' ')] = t.state;
    });
  });
  return allResults;
}

const cache = {};
const app = express();
app.use(express.json());
app.put('/cache/:ns/:key', (req, res) => {
  cache[req.params.ns] = cache[req.params.ns] || {};
@@  cache[req.params.ns][req.params.key] = req.body.value;
  res.end();
});

module.exports = { collect, app };
`,
  ),
  // --- (7) structured logger metadata vs a concatenated request field ---
  ...js(
    "CWE-117",
    "a report engine's logger given the render request as its meta argument vs a route concatenating a query field into the log line",
    `const express = require('express');
const logger = require('./logger');

async function runOperation(reporter, operation, req) {
@ok  reporter.logger.debug('running pdf operation ' + operation.type, req);
  return reporter.render(operation.template, req);
}

const app = express();
app.get('/sign', (req, res) => {
@@  logger.info('signing request for ' + req.query.subject);
  res.send('ok');
});

module.exports = { runOperation, app };
`,
  ),
  // --- (8) Electron windows that only load the package's own page ---
  ...js(
    "CWE-693",
    "a test-runner window with node integration that loads its own bundled page vs a window with node integration loading a remote site",
    `const { BrowserWindow } = require('electron');
const path = require('path');
const url = require('url');

function openRunner() {
  const win = new BrowserWindow({
    show: false,
@ok    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  win.loadURL(url.format({ pathname: path.join(__dirname, 'runner.html'), protocol: 'file:', slashes: true }));
  return win;
}

function openPortal() {
  const win = new BrowserWindow({
@@    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  win.loadURL('https://portal.example.com/');
  return win;
}

module.exports = { openRunner, openPortal };
`,
  ),
  // --- (9) a regex over Object.prototype.toString's fixed output ---
  ...js(
    "CWE-1333",
    "a tag regex on Object.prototype.toString's '[object X]' vs a nested-quantifier regex on a request header",
    `const express = require('express');
const tagRegex = /\\[([^ ]+) +([^[]+)]/;

function typeOf(value) {
  const tag = Object.prototype.toString.call(value);
@ok  const [, , name] = tagRegex.exec(tag);
  return name;
}

const app = express();
app.get('/lang', (req, res) => {
@@  const ok = /^([a-z]+-?)+$/.test(req.headers['accept-language']);
  res.json({ ok, type: typeOf(req.query) });
});
`,
  ),
  // --- (10) eval after an isNaN guard ---
  ...js(
    "CWE-95",
    "eval of an option only after !isNaN proved it numeric vs eval of a query expression",
    `const express = require('express');

function isInt(x) {
@ok  return !isNaN(x) && String(eval(x)).length === String(parseInt(eval(x), 10)).length;
}

const app = express();
app.get('/calc', (req, res) => {
@@  res.json({ value: eval(req.query.expr), int: isInt(req.query.n) });
});
`,
  ),
  // --- (11) AES-ECB as a one-block primitive of a Bluetooth pairing toolbox ---
  ...js(
    "CWE-327",
    "AES-128 in ECB mode as the single-block e() function of a pairing protocol (no padding, one block) vs ECB encrypting a whole document",
    `const crypto = require('crypto');
const zeroIv = Buffer.alloc(0);

function e(key, block) {
@ok  const c = crypto.createCipheriv('aes-128-ecb', Buffer.from(key).reverse(), zeroIv);
  c.setAutoPadding(false);
  return Buffer.from(c.update(Buffer.from(block).reverse())).reverse();
}

function sealDocument(key, doc) {
@@  const c = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(JSON.stringify(doc)), c.final()]);
}

module.exports = { e, sealDocument };
`,
  ),
];
