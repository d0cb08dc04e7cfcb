// Dev suite "js-ts", batch 136: the fourteenth real-code false-alarm sample (135 npm packages: static-site and
// Markdown tooling, payment/e-mail/feature-flag SDKs, headless-browser test tools, chat bridges, home-automation
// clients; 150 MEDIUM+ findings judged by reading). Own code in the shape of what was misjudged, each false-alarm
// shape as a safe case beside a nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch136", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch136", cwe, note, src, "typescript");

export const BATCH136: DevCase[] = [
  // --- (1) an HTTP client's method taking the request it sends ---
  ...js(
    "CWE-918",
    "an SDK's fetch client sending the Request it is handed (with its timeout) vs a proxy route fetching the query's URL",
    `const express = require('express');

class FetchHttpClient {
  async send(request, timeout) {
    return this.withTimeout(request, timeout);
  }

  async withTimeout(request, timeout) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeout);
    try {
@ok      return await fetch(new Request(request, { signal: abort.signal }));
    } finally {
      clearTimeout(timer);
    }
  }
}

const app = express();
app.get('/proxy', async (req, res) => {
@@  const upstream = await fetch(req.query.url);
  res.send(await upstream.text());
});

module.exports = { FetchHttpClient, app };
`,
  ),
  ...js(
    "CWE-770",
    "a client's timer set from the timeout its caller passes beside the request it sends vs a handler's timer from the query",
    `const express = require('express');

class Client {
  async fetchWithTimeout(request, timeout) {
    let timer;
    const expiry = new Promise((_, reject) => {
@ok      timer = setTimeout(() => reject(new Error('timed out')), timeout);
    });
    return Promise.race([fetch(request), expiry]).finally(() => clearTimeout(timer));
  }
}

const app = express();
app.get('/slow', (req, res) => {
@@  setTimeout(() => res.send('done'), Number(req.query.delay));
});

module.exports = { Client, app };
`,
  ),
  // --- (2) a request builder's merge of its own request object ---
  ...ts(
    "CWE-1321",
    "a request builder merging a patch into a copy of the request it builds vs lodash merge of the posted body",
    `import express from 'express';
import _ from 'lodash';

type Req = { [k: string]: any };

const merge = (request: Req, modify: Req): Req => {
  const result = { ...request, ...modify };
  for (const key in modify) {
    if (modify[key] && request[key] && typeof modify[key] === 'object' && typeof request[key] === 'object') {
@ok      result[key] = merge(request[key], modify[key]);
    }
  }
  return result;
};
export const adjust = (modify: Req) => (request: Req) => merge(request, modify);

const settings: Req = {};
const app = express();
app.use(express.json());
app.post('/settings', (req, res) => {
@@  _.merge(settings, req.body);
  res.json(settings);
});
export default app;
`,
  ),
  // --- (3) digests that only label ---
  ...js(
    "CWE-328",
    "md5 naming emitted files, a uid made from a name and a 16-character protocol tag vs md5 of a password",
    `const crypto = require('crypto');

@okconst hashContent = (content) => crypto.createHash('md5').update(content).digest('hex');

function makeUid(orgId) {
@ok  return crypto.createHash('md5').update(orgId).digest('hex');
}

function tag(data) {
@ok  const md5hash = crypto.createHash('md5').update(data, 'utf8').digest('hex');
  return md5hash.slice(8, 24);
}

function storePassword(db, user, password) {
@@  const stored = crypto.createHash('md5').update(password).digest('hex');
  return db.users.update({ id: user.id }, { password: stored });
}

module.exports = { hashContent, makeUid, tag, storePassword };
`,
  ),
  // --- (4) a program the environment names ---
  ...js(
    "CWE-78",
    "python and the Windows shell named by environment variables vs a program named by the query",
    `const childProcess = require('child_process');
const { execa } = require('execa');
const express = require('express');

function npmRoot(global) {
  const args = global ? ['root', '-g'] : ['root'];
  const shell = process.env.ComSpec || 'cmd.exe';
@ok  return childProcess.spawnSync(shell, ['/d', '/s', '/c', 'npm ' + args.join(' ')]);
}

async function checkDependencies() {
@ok  return execa(process.env.PYTHON || 'python', ['visualmetrics.py', '--check']);
}

const app = express();
app.get('/run', (req, res) => {
@@  const child = childProcess.spawn(req.query.tool || 'ls', ['-la']);
  child.stdout.pipe(res);
});

module.exports = { npmRoot, checkDependencies, app };
`,
  ),
  // --- (5) links led by the page's own path ---
  ...js(
    "CWE-79",
    "export links built on location.pathname (a regex match of it, a leading split) vs a link from the query string",
    `const padRoot = /.*\\/p\\/[^/]+/.exec(document.location.pathname) || window.clientVars.padId;
@ok$('#export-html').attr('href', \`\${padRoot}/export/html\`);

const base = document.location.pathname;
document.querySelectorAll('a.export').forEach((link) => {
  let href = base.split('timeslider')[0];
  href += \`\${link.dataset.rev}/export/\${link.dataset.type}\`;
@ok  link.setAttribute('href', href);
});

const params = new URLSearchParams(location.search);
@@$('#back').attr('href', params.get('return') + '/done');
`,
  ),
  // --- (6) eval inside a function the headless page runs ---
  ...js(
    "CWE-94",
    "a test helper's page function evaluating its XPath helper's source in the browser vs eval of a posted expression",
    `const { chromium } = require('playwright');
const express = require('express');

class Helper {
  async waitEnabled(context, locator, $XPath) {
    const enabledFn = function ([selector, xpathSource]) {
@ok      eval(xpathSource);
      return $XPath(null, selector).filter((el) => !el.disabled).length > 0;
    };
    return context.waitForFunction(enabledFn, [locator, $XPath.toString()]);
  }
}

const app = express();
app.use(express.json());
app.post('/calc', (req, res) => {
@@  res.json({ value: eval(req.body.expression) });
});

module.exports = { Helper, app, chromium };
`,
  ),
];
