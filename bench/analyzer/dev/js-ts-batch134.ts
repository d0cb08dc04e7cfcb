// Dev suite "js-ts", batch 134: the thirteenth real-code false-alarm sample (162 npm packages, 150 MEDIUM+ findings
// judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside a
// nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch134", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch134", cwe, note, src, "typescript");
// A template or page file (markup.ts lowers its raw-HTML bindings), one case per @@ / @ok line.
const markup = (name: string, note: string, src: string): DevCase[] =>
  fileCases("batch134", "CWE-79", `markup: ${note}`, src, "javascript").map((c) => ({ ...c, file: name }));

export const BATCH134: DevCase[] = [
  // --- (1) a merge() of the file's own that writes no key ---
  ...ts(
    "CWE-1321",
    "a local git merge(git, from, to) helper called with request branch names vs lodash merge of the request body",
    `import express from 'express';
import _ from 'lodash';
import simpleGit, { SimpleGit } from 'simple-git';

const app = express();
app.use(express.json());
const prefs: Record<string, unknown> = {};

async function merge(git: SimpleGit, from: string, to: string) {
  await git.checkout(to);
  await git.mergeFromTo(from, to);
}

app.post('/publish', async (req, res) => {
  const { branch, cmsBranch } = req.body.params;
@ok  await merge(simpleGit(process.cwd()), cmsBranch, branch);
  res.json({ message: 'merged' });
});

app.post('/prefs', (req, res) => {
@@  _.merge(prefs, req.body);
  res.json(prefs);
});
`,
  ),
  // --- (2) match() given a RegExp object, an object's own search({...}) ---
  ...js(
    "CWE-1333",
    "a slug matched against a RegExp object built from quoted text and a provider's search({ query }) vs match() of the raw query",
    `const express = require('express');
const util = require('./util');

const app = express();
app.use(express.json());

app.post('/pages/move', (req, res) => {
  const oldPrefix = new RegExp('^' + util.regExpQuote(req.body.oldParentSlug));
@ok  if (String(req.body.slug).match(oldPrefix)) return res.json({ moved: true });
  res.json({ moved: false });
});

app.get('/search/:provider', async (req, res) => {
  const provider = req.app.locals.providers[req.params.provider];
@ok  const data = await provider.search({ query: req.query, token: req.headers.authorization });
  res.json(data);
});

app.get('/grep', (req, res) => {
  const lines = String(req.body.text || '').split('\\n');
@@  res.json(lines.filter((l) => l.match(req.query.q)));
});
`,
  ),
  // --- (3) the request id and an error's stack in a log line ---
  ...js(
    "CWE-117",
    "request-id middleware ids and error stacks in log lines vs a route logging a query value",
    `const express = require('express');
const { randomUUID } = require('node:crypto');
const logger = require('./logger');

const app = express();
app.use((req, res, next) => {
  req.id = req.get('x-request-id') || randomUUID();
  next();
});

app.get('/import', (req, res) => {
@ok  logger.debug('URL import handler running for request ' + req.id);
  res.json({ ok: true });
});

app.get('/find', (req, res) => {
@@  logger.info('find by ' + req.query.name + ' (request ' + req.id + ')');
  res.json([]);
});

app.use((err, req, res, next) => {
@ok  logger.error(err.stack);
  res.status(500).json({ error: 'internal' });
});
`,
  ),
  // --- (3) the request id and an error's stack in a log line ---
  ...js(
    "CWE-117",
    "request-id middleware ids and error stacks in log lines vs a route logging a query value",
    `const express = require('express');
const { randomUUID } = require('node:crypto');
const logger = require('./logger');

const app = express();
app.use((req, res, next) => {
  req.id = req.get('x-request-id') || randomUUID();
  next();
});

app.get('/import', (req, res) => {
@ok  logger.debug('URL import handler running for request ' + req.id);
  res.json({ ok: true });
});

app.get('/find', (req, res) => {
@@  logger.info('find by ' + req.query.name + ' (request ' + req.id + ')');
  res.json([]);
});

app.use((err, req, res, next) => {
@ok  logger.error(err.stack);
  res.status(500).json({ error: 'internal' });
});
`,
  ),
  // --- (4) template slots the engine fills with rendered markup ---
  ...markup(
    "layout.hbs",
    "handlebars-layouts block helper vs a raw user field in the same layout",
    `<!DOCTYPE html>
<html>
  <body>
    <ul class="nav">
@ok      {{{block "sidebar"}}}
    </ul>
    <main>{{{block "content"}}}</main>
@@    <footer>{{{ user.signature }}}</footer>
  </body>
</html>
`,
  ),
  ...markup(
    "index.ssr.html",
    "vue-server-renderer page template slots vs a page without the SSR outlet",
    `<!DOCTYPE html>
<html lang="{{ lang }}">
  <head>
    <title>{{ title }}</title>
@ok    {{{ userHeadTags }}}
    {{{ renderResourceHints() }}}
    {{{ renderStyles() }}}
  </head>
  <body>
    <!--vue-ssr-outlet-->
    {{{ renderScripts() }}}
  </body>
</html>
`,
  ),
  ...markup(
    "profile.mustache",
    "a mustache page's triple-stash of a profile field",
    `<html>
  <head><title>{{ name }}</title></head>
  <body>
@@    <section class="about">{{{ about }}}</section>
  </body>
</html>
`,
  ),
  // --- (5) namespaced names ending in the entry's own ---
  ...js(
    "CWE-798",
    "a compiled enum of protocol login types, i18n placeholder keys and a property-path default vs a live password",
    `export var LoginType = /*#__PURE__*/ (function (LoginType) {
  LoginType["Email"] = "m.login.email.identity";
@ok  LoginType["Password"] = "m.login.password";
  LoginType["RegistrationToken"] = "m.login.registration_token";
  return LoginType;
})({});

export const loginOptions = {
  placeholder: {
    username: 'cms:enterUsername',
@ok    password: 'cms:enterPassword',
  },
};

export function defaults(node) {
@ok  if (typeof node.token === 'undefined') node.token = 'oauth2Response.access_token';
}

export const smtp = {
  host: 'smtp.example.com',
  user: 'mailer',
@@  password: 'Qm7.vR2xT9pLw4Zs',
};
`,
  ),
  // --- (6) digests cut to a shard, named for a path, URL or file they stand for ---
  ...js(
    "CWE-328",
    "md5 cut to a two-character directory shard, sha1 of long path parts and of a URL as a row key, an md5File checksum vs md5 of a password",
    `const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function shardDir(fileName) {
@ok  return crypto.createHash('md5').update(fileName).digest('hex').slice(0, 2);
}

function sanitisePath(p) {
  return p
    .split('/')
@ok    .map((part) => (part.length >= 250 ? crypto.createHash('sha1').update(part).digest('hex') : part))
    .join('/');
}

async function remember(db, url) {
@ok  const urlHash = crypto.createHash('sha1').update(url).digest('hex');
  await db.put(urlHash, { url });
}

function md5File(file) {
  return new Promise((resolve, reject) => {
@ok    const md5 = crypto.createHash('md5');
    fs.createReadStream(file)
      .on('data', (d) => md5.update(d))
      .on('end', () => resolve(md5.digest('hex')))
      .on('error', reject);
  });
}

function storePassword(db, user, password) {
@@  const hashed = crypto.createHash('md5').update(password).digest('hex');
  return db.users.update({ id: user.id }, { password: hashed, dir: path.join('users', shardDir(user.name)) });
}

module.exports = { shardDir, sanitisePath, remember, md5File, storePassword };
`,
  ),
  // --- (7) the program's own unserialize ---
  ...js(
    "CWE-502",
    "a WebDAV server's own unserialize() dispatching to its resource managers vs node-serialize over a cookie",
    `const fs = require('node:fs');
const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

function unserialize(obj, managers, callback) {
  for (const m of managers)
    if (m.uid === obj.managerUID) {
@ok      const resource = m.unserialize(obj.data, obj);
      return process.nextTick(() => callback(null, resource));
    }
  callback(new Error('no manager for ' + obj.managerUID));
}

function loadState(file, managers, callback) {
  const obj = JSON.parse(fs.readFileSync(file, 'utf8'));
@ok  unserialize(obj, managers, callback);
}

const app = express();
app.use(cookieParser());
app.get('/profile', (req, res) => {
@@  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json(profile);
});

module.exports = { loadState, app };
`,
  ),
  // --- (8) a table or database named by an option or the configuration ---
  ...js(
    "CWE-89",
    "a migration helper's table option with a literal default and a reset dropping the configured database vs a caller's id spliced in",
    `const Database = require('better-sqlite3');

class DB {
  constructor(file) {
    this.db = new Database(file);
  }

  migrate({ force = false, table = 'migrations' } = {}) {
@ok    this.db.exec(\`CREATE TABLE IF NOT EXISTS "\${table}" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)\`);
    return force;
  }

  forget(id) {
@@    return this.db.exec(\`DELETE FROM migrations WHERE id = \${id}\`);
  }
}

exports.drop = function drop(options) {
  const { connection, dbConfig } = options;
@ok  return connection.raw('DROP DATABASE \`' + dbConfig.connection.database + '\`;');
};
exports.DB = DB;
`,
  ),
  // --- (9) a pattern from the operator's environment ---
  ...js(
    "CWE-1333",
    "allowed-origins pattern from an environment variable vs one from the query",
    `const express = require('express');
const cors = require('cors');

function clientOrigins() {
  if (process.env.CLIENT_ORIGINS) return process.env.CLIENT_ORIGINS.split(',');
@ok  if (process.env.CLIENT_ORIGINS_REGEX) return new RegExp(process.env.CLIENT_ORIGINS_REGEX);
  return undefined;
}

const app = express();
app.use(cors({ origin: clientOrigins(), credentials: true }));
app.get('/filter', (req, res) => {
@@  const re = new RegExp(req.query.pattern);
  res.json(['alpha', 'beta'].filter((n) => re.test(n)));
});
`,
  ),
  // --- (10) numbers made by arithmetic ---
  ...js(
    "CWE-79",
    "a load-test page writing rates computed by division into innerHTML vs the raw form value",
    `const stats = { good: 0, bad: 0, requests: 0 };
let start = Date.now();

function report() {
  const clients = document.getElementById('numClients').value;
  const delta = (Date.now() - start) / 1000;
  const secPerReq = (delta / stats.requests) * clients;
@ok  document.getElementById('report.secPerReq').innerHTML = secPerReq;
@ok  document.getElementById('report.percentGood').innerHTML = Math.round((stats.good / (stats.good + stats.bad)) * 100);
@@  document.getElementById('report.clients').innerHTML = clients;
}

document.getElementById('run').addEventListener('click', report);
`,
  ),
  // --- (11) a key that is a position ---
  ...js(
    "CWE-1321",
    "an ORM transformer replacing select entries at the index indexOf found vs a nested write at a body key",
    `const _ = require('lodash');
const express = require('express');

function transformSelect(obj, transformations) {
  _.each(obj.select, (prop) => {
    if (_.has(transformations, prop)) {
      const idx = _.indexOf(obj.select, prop);
@ok      if (idx > -1) obj['select'][idx] = transformations[prop];
    }
  });
  return obj;
}

const settings = {};
const app = express();
app.use(express.json());
app.post('/settings/:section', (req, res) => {
  settings[req.params.section] = settings[req.params.section] || {};
@@  settings[req.params.section][req.body.key] = req.body.value;
  res.json(transformSelect({ select: Object.keys(settings) }, {}));
});
`,
  ),
  // --- (12) an upstream response's headers copied by a listed name ---
  ...js(
    "CWE-113",
    "a stream proxy copying listed headers from the upstream fetch response vs a header from the query",
    `module.exports = async function streamProxy(req, url) {
  const res = req.res;
  const response = await fetch(url);
  for (const header of ['content-type', 'etag', 'last-modified', 'content-disposition', 'cache-control']) {
    const result = response.headers.get(header);
@ok    if (result != null) res.header(header, result);
  }
@@  res.header('X-Download-Label', req.query.label);
  res.status(response.status);
  res.end(Buffer.from(await response.arrayBuffer()));
};
`,
  ),
  // --- (13) a piece cut from the raw request target ---
  ...js(
    "CWE-117",
    "a websocket server logging the token cut from req.url vs the decoded path",
    `const { WebSocketServer } = require('ws');
const logger = require('./logger');

const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => {
  const fullPath = req.url;
  const token = fullPath.replace(/^.*\\/api\\//, '');
@ok  logger.info(\`connection received from \${token}\`);
  const route = decodeURIComponent(fullPath.split('?')[0]);
@@  logger.info('route ' + route);
  ws.send('ok');
});
`,
  ),
  // --- (14) the URL the operator configures ---
  ...js(
    "CWE-918",
    "an app SDK posting to the REST URL from its config or an environment variable named through a table vs a webhook URL from the body",
    `const express = require('express');

const VARIABLES = { UPSTASH_TOKEN: 'UPSTASH_TOKEN', UPSTASH_URL: 'UPSTASH_URL' };

class UpstashStore {
  constructor(config) {
    this.restURL = config?.restURL || process.env[VARIABLES.UPSTASH_URL];
    this.restToken = config?.restToken || process.env[VARIABLES.UPSTASH_TOKEN];
  }

  async send(command) {
@ok    const response = await fetch(this.restURL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${this.restToken}\` },
      body: JSON.stringify(command),
    });
    return response.json();
  }
}

const store = new UpstashStore();
const app = express();
app.use(express.json());
app.post('/hooks/test', async (req, res) => {
@@  const r = await fetch(req.body.webhookUrl, { method: 'POST', body: JSON.stringify({ ping: true }) });
  res.json({ status: r.status, saved: await store.send(['SET', 'last', String(r.status)]) });
});
`,
  ),
];
