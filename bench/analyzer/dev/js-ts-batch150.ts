// Dev suite "js-ts", batch 150: the nineteenth real-code false-alarm sample (261 npm packages: express / koa /
// fastify / hapi plugins, database drivers and ORMs, queue runners, logging and monitoring agents, OAuth / OpenID /
// NTLM clients, CMS plugins, i18n, validation and mocking libraries; 150 MEDIUM+ findings judged by reading). Own
// code in the shape of what was misjudged, each false-alarm shape as a safe case beside a nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch150", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch150", cwe, note, src, "typescript");

export const BATCH150: DevCase[] = [
  // --- (1) a savepoint named from a local counter ---
  ...js(
    "CWE-89",
    "a test helper naming savepoints from a counter vs a route naming one from the body",
    `let depth = 0;

async function nested(tx, work) {
  const name = \`sp_level_\${depth++}\`;
@ok  await tx.$executeRawUnsafe(\`SAVEPOINT \${name}\`);
  try {
    const out = await work(tx);
@ok    await tx.$executeRawUnsafe(\`RELEASE SAVEPOINT \${name}\`);
    return out;
  } catch (e) {
@ok    await tx.$executeRawUnsafe(\`ROLLBACK TO SAVEPOINT \${name}\`);
    throw e;
  } finally {
    depth--;
  }
}

function register(app, prisma) {
  app.post('/tx/mark', async (req, res) => {
@@    await prisma.$executeRawUnsafe(\`SAVEPOINT \${req.body.label}\`);
    res.sendStatus(204);
  });
}

module.exports = { nested, register };
`,
  ),
  // --- (2) a host prefix test that only picks the dev hostname ---
  ...ts(
    "CWE-346",
    "a locale router keeping localhost in development vs a CORS check trusting any origin that starts with the site",
    `import type { Request, Response, NextFunction } from 'express';

export function localizeHost(url: URL, domain: string, dev: boolean): URL {
  if (!dev) {
@ok    if (!domain.startsWith('localhost')) url.hostname = domain;
    else url.port = '5173';
  }
  return url;
}

export function hostOf(route: { hostname: string; host: string }): string {
@ok  return !route.hostname.startsWith('localhost') ? route.hostname : route.host;
}

export function allowSite(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin ?? '';
@@  if (origin.startsWith('https://shop.example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
}
`,
  ),
  // --- (3) browser XHR status / parsed URLs / header values / env values written to a log ---
  ...js(
    "CWE-117",
    "a browser JSON client logging its XMLHttpRequest status and error field vs a server logging a query value",
    `const log = require('./log');

function getJson(url) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.onload = function () {
@ok      log.debug('getJson: response status', xhr.status);
      if (xhr.status !== 200) {
        const body = JSON.parse(xhr.responseText);
@ok        log.error('getJson: server said', body.error);
        return reject(new Error(body.error));
      }
      resolve(JSON.parse(xhr.responseText));
    };
    xhr.send();
  });
}

function audit(app) {
  app.get('/find', (req, res) => {
@@    log.info('search for ' + req.query.term);
    res.json([]);
  });
}

module.exports = { getJson, audit };
`,
  ),
  ...ts(
    "CWE-117",
    "a mock server and an ACL middleware logging a parsed URL's path, a header digest and a startup path vs a logged body field",
    `import express from 'express';
import path from 'node:path';

export function onUnhandled({ request }: { request: Request }) {
  const url = new URL(request.url);
@ok  console.warn(\`[mock] no handler for \${request.method} \${url.pathname}\`);
@ok  console.warn(\`[mock] unhandled call \${url.toString()}\`);
}

export function verifySignature(req: express.Request): boolean {
  const sent = Buffer.from(String(req.headers['x-signature'] ?? ''), 'utf8');
@ok  console.warn('signature header did not match: ' + sent);
  return false;
}

export function start(app: express.Express) {
  const root = path.resolve(process.env.CONTENT_DIR || process.cwd());
@ok  console.info(\`content server serving \${root}\`);
  app.post('/notes', (req, res) => {
@@    console.info('new note titled ' + req.body.title);
    res.sendStatus(201);
  });
}
`,
  ),
  // --- (4) RegExp from escaped pieces or from the library's own pattern table ---
  ...js(
    "CWE-1333",
    "a robots matcher escaping each wildcard piece and a draft table of constant patterns vs a search regex from the query",
    `const escapeRegExp = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

function compileRule(rule) {
  const body = rule.split(/\\*+/).map(escapeRegExp).join('.*');
@ok  return new RegExp('^' + body);
}

function compileLiteral(rule) {
  const body = escapeRegExp(rule);
@ok  return new RegExp(body, 'i');
}

const DRAFTS = [
  { id: 'draft-04', idPattern: '^https?://json-schema\\\\.org/draft-04/schema#?$' },
  { id: 'draft-07', idPattern: '^https?://json-schema\\\\.org/draft-07/schema#?$' },
];

function draftFor(uri) {
@ok  return DRAFTS.find((d) => new RegExp(d.idPattern).test(uri)) || DRAFTS[DRAFTS.length - 1];
}

function search(app, items) {
  app.get('/grep', (req, res) => {
@@    const re = new RegExp(req.query.q);
    res.json(items.filter((x) => re.test(x)));
  });
}

module.exports = { compileRule, compileLiteral, draftFor, search };
`,
  ),
  // --- (5) credential-looking names holding versions or message text ---
  ...js(
    "CWE-798",
    "a CLI's minimum server version for token auth and a validator's message table vs a committed API token",
    `const MIN_VERSION_FOR_TOKEN_AUTH = '5.129.0';
const TOKEN_AUTH_MIN_VERSION = '6.2.1';

const messages = {
  'string.min': '{{#label}} must have at least {{#limit}} characters',
@ok  'string.token': '{{#label}} may only hold letters, digits and underscores',
@ok  'password.weak': '{{#label}} is too easy to guess',
};

function canUseToken(version) {
@ok  return version >= TOKEN_AUTH_MIN_VERSION && version >= MIN_VERSION_FOR_TOKEN_AUTH;
}

const client = {
@@  apiToken: 'pk_live_51Hf0aXc9ZrT2mQeLw8VbNcK3sD7yUu1',
};

module.exports = { messages, canUseToken, client };
`,
  ),
  // --- (6) innerHTML through a sanitiser ---
  ...js(
    "CWE-79",
    "an editor injecting saved markup through safeHTML / DOMPurify vs raw markup from the hash",
    `import { safeHTML } from './dom-utils';
import DOMPurify from 'dompurify';

export function renderSaved(container, html) {
@ok  container.innerHTML = safeHTML(html);
}

export function renderNote(el, markup) {
@ok  el.innerHTML = DOMPurify.sanitize(markup);
}

export function renderHash(el) {
@@  el.innerHTML = decodeURIComponent(location.hash.slice(1));
}
`,
  ),
  // --- (7) HMAC-MD5 in a protocol, MD5 naming ids ---
  ...js(
    "CWE-328",
    "an NTLMv2 response keyed with HMAC-MD5 vs an MD5 digest used as a password hash",
    `const crypto = require('crypto');

function ntlmv2Key(ntHash, user, domain) {
@ok  const mac = crypto.createHmac('md5', ntHash);
  mac.update(Buffer.from(user.toUpperCase() + domain, 'utf16le'));
  return mac.digest();
}

function storePassword(db, user, password) {
@@  const digest = crypto.createHash('md5').update(password).digest('hex');
  return db.users.update({ user }, { password: digest });
}

module.exports = { ntlmv2Key, storePassword };
`,
  ),
  // --- (8) git arguments with a constant head ---
  ...ts(
    "CWE-88",
    "a git CMS proxy reading a branch description config key and deleting a prefixed branch vs checking out a body branch",
    `import type { SimpleGit } from 'simple-git';
import express from 'express';

const describeKey = (branch: string) => \`branch.\${branch}.description\`;
const draftBranch = (slug: string) => \`drafts/\${slug}\`;

export function routes(app: express.Express, git: SimpleGit) {
  app.post('/entry/status', async (req, res) => {
    const draft = draftBranch(req.body.slug);
@ok    const label = await git.raw(['config', describeKey(draft)]);
@ok    await git.branch(['-D', draft]);
    res.json({ label });
  });
  app.post('/entry/open', async (req, res) => {
@@    await git.checkout(req.body.branch);
    res.sendStatus(204);
  });
}
`,
  ),
  // --- (9) CORS from the environment ---
  ...js(
    "CWE-942",
    "a local proxy allowing the configured origin or localhost vs reflecting any origin with credentials",
    `const cors = require('cors');

function configure(app) {
@ok  app.use(cors({ origin: process.env.ALLOWED_ORIGIN || /^https?:\\/\\/(localhost|127\\.0\\.0\\.1)(:\\d+)?$/ }));
}

function configureOpen(app) {
  app.use((req, res, next) => {
@@    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    next();
  });
}

module.exports = { configure, configureOpen };
`,
  ),
  // --- (10) a shell command picked from a constant table ---
  ...js(
    "CWE-78",
    "a doctor command running one of its own check commands vs one that appends a query value",
    `const execa = require('execa');
const { exec } = require('child_process');

const CHECKS = {
  files: { command: 'find ./ -type f ! -perm 664 -print' },
  folders: { command: 'find ./ -type d ! -perm 775 -print' },
};

function runCheck(kind) {
@ok  return execa.shell(CHECKS[kind].command, { maxBuffer: Infinity });
}

function routes(app) {
  app.get('/du', (req, res) => {
@@    exec('du -sh ' + req.query.dir, (err, out) => res.send(out));
  });
}

module.exports = { runCheck, routes };
`,
  ),
  // --- (11) ECB with the empty IV it requires ---
  ...js(
    "CWE-329",
    "DES-ECB in an NTLM hash given the empty IV ECB takes vs CBC with a zero IV",
    `const crypto = require('crypto');

function desBlock(key7, block) {
  const key = expandKey(key7);
@ok  const des = crypto.createCipheriv('DES-ECB', key, '');
  return des.update(block);
}

function sealConfig(key, text) {
@@  const c = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return Buffer.concat([c.update(text, 'utf8'), c.final()]);
}

function expandKey(k) {
  return Buffer.concat([k, Buffer.alloc(1)]);
}

module.exports = { desBlock, sealConfig };
`,
  ),
  // --- (12) the CSRF cookie that page scripts must read ---
  ...js(
    "CWE-1004",
    "a double-submit CSRF cookie readable by scripts vs a session cookie readable by scripts",
    `function setAuthCookies(res, token, csrfToken) {
@ok  res.cookie('XSRF-TOKEN', csrfToken, { httpOnly: false, secure: true, sameSite: 'strict' });
@@  res.cookie('session', token, { httpOnly: false, secure: true, sameSite: 'strict' });
}

module.exports = { setAuthCookies };
`,
  ),
  // --- (13) a timestamp kept as the time of the last check ---
  ...js(
    "CWE-330",
    "an auth SDK remembering when it last checked the session vs a session id made from the clock",
    `class SessionWatcher {
  check() {
@ok    this.lastSessionCheck = Date.now();
@ok    this.sessionCheckedAt = Date.now();
    return this.lastSessionCheck;
  }

  open(res) {
@@    const sessionId = Date.now().toString(36);
    res.cookie('sid', sessionId);
  }
}

module.exports = { SessionWatcher };
`,
  ),
  // --- (14) a job queue's update() ---
  ...js(
    "CWE-943",
    "a queue dashboard replacing a job's data vs a Mongo update filtered by the body",
    `async function updateJobData(req, res, queue) {
  const job = await queue.getJob(req.params.id);
  const data = req.body;
  if (job.updateData) {
@ok    await job.updateData(data);
  } else {
@ok    await job.update(data);
  }
  res.sendStatus(200);
}

async function rename(req, res, Users) {
@@  await Users.updateOne(req.body, { $set: { name: 'anonymous' } });
  res.sendStatus(200);
}

module.exports = { updateJobData, rename };
`,
  ),
  // --- (15) a one-occurrence replace that is not a sanitiser ---
  ...js(
    "CWE-116",
    "re-joining pieces split on escaped commas vs escaping the first quote only",
    `function splitArgs(text) {
  const parts = text ? text.split(',') : [];
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    let value = parts[i].trim();
    while (value.endsWith('\\\\')) {
      i++;
@ok      value = value.replace('\\\\', ',') + parts[i];
    }
    out.push(value);
  }
  return out;
}

function quote(name) {
@@  return "'" + name.replace("'", "''") + "'";
}

module.exports = { splitArgs, quote };
`,
  ),
  // --- (16) copying own keys of a context onto a record ---
  ...js(
    "CWE-1321",
    "a logger copying a context's own keys onto its record meta vs a recursive merge of the body",
    `function attach(record, context, extra) {
  const meta = record.meta;
  for (const key of Object.keys(context)) {
@ok    meta[key] = context[key];
  }
  for (const key of Object.keys(extra)) {
@ok    meta[key] = extra[key];
  }
  return record;
}

function merge(target, src) {
  for (const k in src) {
    if (typeof src[k] === 'object' && src[k]) {
      target[k] = target[k] || {};
      merge(target[k], src[k]);
    } else {
@@      target[k] = src[k];
    }
  }
  return target;
}

function routes(app, settings) {
  app.post('/settings', (req, res) => res.json(merge(settings, req.body)));
}

module.exports = { attach, merge, routes };
`,
  ),
  // --- added after the fixes (not blind): the sample's own spellings of two shapes above ---
  ...js(
    "CWE-117",
    "an OpenID client's XMLHttpRequest held as req (constructor injected) logging its status vs a handler's req",
    `class JsonClient {
  constructor(Xhr) {
    this._XMLHttpRequest = Xhr;
  }

  get(url) {
    return new Promise((resolve) => {
      const req = new this._XMLHttpRequest();
      req.open('GET', url);
      req.onload = () => {
@ok        console.debug('JsonClient.get: status ' + req.status);
        resolve(req.responseText);
      };
      req.send();
    });
  }
}

function mount(app) {
  app.get('/who', (req, res) => {
@@    console.info('lookup of ' + req.query.name);
    res.end();
  });
}

module.exports = { JsonClient, mount };
`,
  ),
  ...js(
    "CWE-79",
    "a CMS plugin turning HTML into blocks in a script-less jsdom vs writing the body into the page",
    `const { JSDOM } = require('jsdom');
const dom = new JSDOM();

function toBlocks(html) {
  const root = dom.window.document.createElement('div');
@ok  root.innerHTML = html;
  return [...root.children].map((el) => ({ type: el.tagName.toLowerCase(), text: el.textContent }));
}

function routes(app) {
  app.post('/preview', (req, res) => {
@@    res.send('<div class="preview">' + req.body.html + '</div>');
  });
}

module.exports = { toBlocks, routes };
`,
  ),
];
