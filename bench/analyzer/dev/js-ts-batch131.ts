// Dev suite "js-ts", batch 131: the twelfth real-code false-alarm sample (141 npm packages, 150 MEDIUM+ findings
// judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside a
// nearby real weakness: a command on a mkdtemp directory or the package's own CLI (ESM's __dirname, process.argv[0]);
// credential-named entries that hold a name, a user-name prefix, a stand-in or an error code; a class's toString;
// encodeURI before a header; Sails' req.options; a merge into a copy made on entry and a key with a fixed prefix;
// a message listener that checks the destructured source.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch131", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch131", cwe, note, src, "typescript");

export const BATCH131: DevCase[] = [
  // --- (1) paths the program makes for itself ---
  ...js(
    "CWE-78",
    "test helpers running git on a mkdtemp directory and node on the package's own CLI vs a route building the command from the query",
    `import { execSync, exec, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path, { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

const __dirname = dirname(fileURLToPath(import.meta.url));
const cli = resolve(__dirname, 'cli.mjs');
const mkTmpDir = () => mkdtempSync(path.join(os.tmpdir(), 'repo-'));

export function initBare() {
  const bare = mkTmpDir();
@ok  execSync(\`git init --bare \${bare}\`);
  return bare;
}

export function printHelp(done) {
@ok  exec(\`node \${cli} --help\`, done);
}

export function detach(configFile) {
@ok  return spawn(process.argv[0], [resolve(__dirname, 'worker.js'), configFile], { detached: true, stdio: 'ignore' });
}

const app = express();
app.get('/clone', (req, res) => {
  const dir = mkTmpDir();
@@  exec(\`git clone \${req.query.repo} \${dir}\`, (err) => res.send(err ? 'failed' : dir));
});
`,
  ),
  // --- (2) credential-named entries that hold no credential ---
  ...js(
    "CWE-798",
    "compiled enum members, field-name maps, git user-name prefixes, fake nonces and error codes vs a live key in a client config",
    `var CardTypeEnum;
(function (CardTypeEnum) {
@ok  CardTypeEnum["Token"] = "token";
  CardTypeEnum["Manual"] = "manual";
})(CardTypeEnum || (CardTypeEnum = {}));

const INSTRUMENTS = {
@ok  WalletToken: 'wallet_token',
  CreditCard: 'credit_card',
};

const GIT_USERS = {
@ok  CI_JOB_TOKEN: 'gitlab-ci-token:',
  BB_TOKEN: 'x-token-auth:',
};

const TEST_NONCES = {
@ok  WalletToken: 'fake-wallet-token-nonce',
};

const ERROR_CODES = {
@ok  InvalidToken: '81520',
  ApiKeyMissing: '81521',
};

const client = {
  endpoint: 'https://api.payments.example/v2',
@@  apiKey: 'pk_9f3c2b7a41d8e6f0a5b4c3d2',
};

module.exports = { CardTypeEnum, INSTRUMENTS, GIT_USERS, TEST_NONCES, ERROR_CODES, client };
`,
  ),
  // --- (3) a class's text form ---
  ...ts(
    "CWE-79",
    "a reply's toString describing itself in angle brackets vs its card() building page markup from the query",
    `import express from 'express';

const app = express();
app.get('/reply', (req, res) => {
  const reply = {
    toString() {
@ok      return \`<Reply q=\${req.query.q} at=\${Date.now()}>\`;
    },
    card() {
@@      return \`<div class="reply">\${req.query.q}</div>\`;
    },
  };
  console.debug(String(reply).length);
  res.json({ html: reply.card() });
});
`,
  ),
  // --- (4) encodeURI before a header ---
  ...js(
    "CWE-113",
    "static-site middleware naming an encodeURI'd path in a header vs echoing the decoded path",
    `module.exports = function route(root) {
  return function (req, res, next) {
    let url = decodeURIComponent(req.url);
    if (url.endsWith('/index.html')) {
      url = encodeURI(url.replace(/index\\.html$/i, ''));
@ok      res.setHeader('Content-Location', root + url);
      return next();
    }
@@    res.setHeader('X-Requested-Path', root + url);
    next();
  };
};
`,
  ),
  // --- (5) Sails' req.options, a merge into a copy, a prefixed key ---
  ...js(
    "CWE-1321",
    "Sails blueprint writing under the route's configured alias vs under a query-chosen alias",
    `module.exports = function populate(req, res) {
  const queryOptions = { populates: {} };
  queryOptions.populates[req.options.alias] = queryOptions.populates[req.options.alias] || {};
@ok  queryOptions.populates[req.options.alias].limit = 30;
  const extra = req.param('extra');
  if (extra) {
    queryOptions.populates[extra] = queryOptions.populates[extra] || {};
@@    queryOptions.populates[req.query.alias].select = extra.split(',');
  }
  return res.json(queryOptions);
};
`,
  ),
  ...js(
    "CWE-1321",
    "a deep merge that clones its target on entry vs one that merges into the caller's object",
    `function isObject(v) { return v && typeof v === 'object' && !Array.isArray(v); }
function deepClone(v) {
  if (Array.isArray(v)) return v.map(deepClone);
  if (isObject(v)) { const r = {}; for (const k in v) r[k] = deepClone(v[k]); return r; }
  return v;
}
function mergeOptions(target, ...sources) {
  if (!isObject(target)) return target;
  target = deepClone(target);
  for (const source of sources) {
    for (const key in source) {
      if (isObject(source[key])) {
@ok        target[key] = mergeOptions(target[key] || {}, source[key]);
      } else if (source[key] !== undefined) {
        target[key] = deepClone(source[key]);
      }
    }
  }
  return target;
}
function mergeInto(target, source) {
  for (const key in source) {
    if (isObject(source[key])) {
      if (!target[key]) target[key] = {};
      mergeInto(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}
module.exports = { mergeOptions, mergeInto };
`,
  ),
  ...js(
    "CWE-1321",
    "a report tree keyed by a fixed prefix plus the suite title vs one keyed by the bare title",
    `var SUITE_PREFIX = '$';
function toc(suite, obj) {
  var key = SUITE_PREFIX + suite.title;
@ok  obj = obj[key] = obj[key] || { suite: suite };
  suite.suites.forEach(function (s) { toc(s, obj); });
}
function tree(suite, obj) {
  var key = suite.title;
@@  obj = obj[key] = obj[key] || { suite: suite };
  suite.suites.forEach(function (s) { tree(s, obj); });
}
module.exports = { toc, tree };
`,
  ),
  // --- (6) a page's messages to itself ---
  ...js(
    "CWE-345",
    "a setImmediate shim whose listener checks the destructured source is its own window vs a listener trusting any frame",
    `const root = typeof window !== 'undefined' ? window : globalThis;
export const nextTick = ((token, queue) => {
@ok  root.addEventListener('message', ({ source, data }) => {
    if (source === root && data === token) queue.length && queue.shift()();
  }, false);
  return (cb) => { queue.push(cb); root.postMessage(token, root.location.origin); };
})('tick@' + Date.now(), []);

@@window.addEventListener('message', ({ data }) => {
  document.getElementById('preview').innerHTML = data.html;
});
`,
  ),
];
