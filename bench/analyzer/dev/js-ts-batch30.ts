// Dev suite "js-ts", batch 30: written after a probe of the analyzer against a public labelled suite of JavaScript
// query tests, covering the idioms it missed there (new code, own names): outbound requests built from options
// objects and sockets, pg-promise query methods, vm entry points reached through aliases, XPath in the DOM,
// permissive CORS, literal credentials handed to client libraries, cookies without Secure, markdown rendered into
// responses, shells chosen through variables, paths read before a later sanitising reassignment, YAML schemas held
// in a variable, and loggers reached through an alias. Each positive sits next to a safe look-alike.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch30", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch30", cwe, note, src, "typescript");

export const BATCH30: DevCase[] = [
  ...js(
    "CWE-918",
    "request options objects, host fields and scheme-prefixed hosts",
    `const http = require('http');
const request = require('request');
const { URL } = require('url');

http.createServer((req, res) => {
  const target = new URL(req.url, 'http://localhost').searchParams.get('feed');
  const opts = {};
  opts.uri = target;
@@  request(opts, (err, r, body) => res.end(body));
}).listen(8081);

http.createServer((req, res) => {
  const mirror = new URL(req.url, 'http://localhost').searchParams.get('mirror');
@@  http.get({ host: mirror, path: '/status' }, (r) => r.pipe(res));
}).listen(8082);

http.createServer((req, res) => {
  const node = new URL(req.url, 'http://localhost').searchParams.get('node');
@@  request('https://' + node + '/health', (e, r, b) => res.end(b));
}).listen(8083);

http.createServer((req, res) => {
  const term = new URL(req.url, 'http://localhost').searchParams.get('term');
@ok  request('https://search.internal.example/find?q=' + encodeURIComponent(term), (e, r, b) => res.end(b));
}).listen(8084);
`,
  ),
  ...js(
    "CWE-918",
    "axios config objects, sockets and jsdom in express and koa handlers",
    `const express = require('express');
const axios = require('axios');
const WebSocket = require('ws');
const { JSDOM } = require('jsdom');
const Router = require('@koa/router');
const app = express();
const router = new Router();

app.post('/hooks/test', async (req, res) => {
  const hookUrl = req.body.callback;
@@  const reply = await axios({ method: 'post', url: hookUrl, data: { ping: true } });
  res.json({ status: reply.status });
});

app.get('/hooks/fixed', async (req, res) => {
  const id = encodeURIComponent(req.query.id);
@ok  const reply = await axios({ method: 'get', url: \`https://hooks.example.org/v1/\${id}\` });
  res.json(reply.data);
});

app.get('/relay', (req, res) => {
@@  const sock = new WebSocket(req.query.upstream);
  sock.on('message', (m) => res.write(m));
});

router.get('/preview/:site', async (ctx) => {
@@  const dom = await JSDOM.fromURL(ctx.params.site);
  ctx.body = dom.window.document.title;
});

router.get('/preview-home', async (ctx) => {
@ok  const dom = await JSDOM.fromURL('https://www.example.org/');
  ctx.body = dom.window.document.title;
});
`,
  ),
  ...js(
    "CWE-89",
    "pg-promise query methods on concatenated SQL",
    `const pgp = require('pg-promise')();
const express = require('express');
const db = pgp(process.env.PG_URL);
const app = express();

app.get('/orders', async (req, res) => {
  const sql = "SELECT id, total FROM orders WHERE region = '" + req.query.region + "'";
@@  const rows = await db.manyOrNone(sql);
  res.json(rows);
});

app.get('/orders/:id', async (req, res) => {
@@  const row = await db.oneOrNone(\`SELECT * FROM orders WHERE id = \${req.params.id}\`);
  res.json(row);
});

app.get('/orders-by-customer', async (req, res) => {
  const filter = 'customer = ' + req.query.customer;
@@  const rows = await db.any('SELECT * FROM orders WHERE ' + filter);
  res.json(rows);
});

app.get('/orders-safe', async (req, res) => {
@ok  const rows = await db.any('SELECT * FROM orders WHERE region = $1', [req.query.region]);
  res.json(rows);
});

app.get('/orders-named', async (req, res) => {
@ok  const row = await db.oneOrNone('SELECT * FROM orders WHERE id = \${id}', { id: req.query.id });
  res.json(row);
});
`,
  ),
  ...js(
    "CWE-94",
    "vm entry points reached through require chains, aliases and node -e",
    `const express = require('express');
const { execFileSync } = require('child_process');
const app = express();

app.post('/calc', (req, res) => {
@@  const out = require('vm').runInThisContext('(' + req.body.formula + ')');
  res.json({ out });
});

const evaluateIn = require('vm').runInNewContext;
app.post('/calc2', (req, res) => {
@@  res.json({ out: evaluateIn(req.body.formula, { Math }) });
});

app.post('/calc3', (req, res) => {
  const vm = require('vm');
@@  const script = new vm.Script(req.body.source);
  res.json({ out: script.runInNewContext({}) });
});

app.post('/node-eval', (req, res) => {
@@  const out = execFileSync(process.execPath, ['-e', req.body.snippet]);
  res.send(out);
});

app.post('/node-print', (req, res) => {
  const msg = JSON.stringify(String(req.body.msg));
@ok  const out = execFileSync(process.execPath, ['-e', 'console.log(' + msg + ')']);
  res.send(out);
});
`,
  ),
  ...js(
    "CWE-643",
    "XPath expressions evaluated in the DOM",
    `function findNode() {
  const expr = decodeURIComponent(window.location.hash.slice(1));
@@  const hit = document.evaluate(expr, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
  return hit.singleNodeValue;
}

function compileFromQuery() {
  const expr = new URLSearchParams(location.search).get('xp');
@@  return document.createExpression(expr, null);
}

function findHeadings() {
@ok  return document.evaluate('//h2', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
}
`,
  ),
  ...js(
    "CWE-643",
    "xpath package with request data",
    `const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const express = require('express');
const app = express();
const catalog = new DOMParser().parseFromString(require('fs').readFileSync('catalog.xml', 'utf8'));

app.get('/book', (req, res) => {
@@  const nodes = xpath.select("//book[title='" + req.query.title + "']", catalog);
  res.json(nodes.length);
});

app.get('/book-safe', (req, res) => {
  const wanted = String(req.query.title);
@ok  const nodes = xpath.select('//book', catalog).filter((n) => n.getAttribute('title') === wanted);
  res.json(nodes.length);
});
`,
  ),
  ...js(
    "CWE-942",
    "cors middleware reflecting any origin with credentials",
    `const express = require('express');
const cors = require('cors');
const api = express();
const admin = express();
const pub = express();

@@api.use(cors({ origin: true, credentials: true }));

admin.use((req, res, next) => {
@@  cors({ origin: req.query.allow, credentials: true })(req, res, next);
});

@ok pub.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));
`,
  ),
  ...js(
    "CWE-942",
    "Access-Control headers echoing the request origin",
    `const http = require('http');

http.createServer((req, res) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end('{}');
}).listen(9001);

const TRUSTED = new Set(['https://app.example.com']);
http.createServer((req, res) => {
  const origin = req.headers.origin;
  if (TRUSTED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.end('{}');
}).listen(9002);
`,
  ),
  ...js(
    "CWE-798",
    "literal passwords and keys handed to client libraries",
    `const { Pool } = require('pg');
const AWS = require('aws-sdk');
const request = require('request');
const cookieSession = require('cookie-session');
const crypto = require('crypto');

@@const pool = new Pool({ host: 'db.internal', user: 'reporting', password: 'Tr1ckyPassw0rd!' });
@ok const pool2 = new Pool({ host: 'db.internal', user: 'reporting', password: process.env.PGPASSWORD });

@@AWS.config.update({ region: 'eu-west-1', accessKeyId: 'AKIAEXAMPLE7Q2', secretAccessKey: 'wJalrXUtnFEMI9K7MDENGbPxRfiCYzq' });
@ok AWS.config.update({ region: 'eu-west-1' });

function fetchReport(cb) {
@@  request.get('https://reports.example.net/daily').auth('svc-reports', 'n0t-s0-s3cret-99', true).pipe(cb);
}

@@const sessions = cookieSession({ name: 'sid', keys: ['k3y-one-fixed-in-code'] });
@ok const sessions2 = cookieSession({ name: 'sid', keys: [process.env.SESSION_KEY] });

function sign(payload) {
@@  return crypto.createHmac('sha256', 'hmac-4f9a1c22be07d1e8').update(payload).digest('hex');
}
function sign2(payload) {
@ok  return crypto.createHmac('sha256', process.env.HMAC_KEY).update(payload).digest('hex');
}
`,
  ),
  ...js(
    "CWE-798",
    "basic-auth user tables and login helpers with literal secrets",
    `const basicAuth = require('express-basic-auth');
const express = require('express');
const app = express();

@@app.use('/ops', basicAuth({ users: { operator: 'Winter2024-ops' }, challenge: true }));

@ok app.use('/ops2', basicAuth({ users: { operator: process.env.OPS_PASS }, challenge: true }));
`,
  ),
  ...js(
    "CWE-614",
    "session and auth cookies without the Secure attribute",
    `const express = require('express');
const session = require('express-session');
const app = express();

@@app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { secure: false, httpOnly: true } }));

@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { secure: true, httpOnly: true } }));

app.post('/login', (req, res) => {
@@  res.cookie('auth_token', issueToken(req.body.user), { httpOnly: true, secure: false });
  res.end();
});

app.post('/login2', (req, res) => {
@ok  res.cookie('auth_token', issueToken(req.body.user), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.end();
});
`,
  ),
  ...js(
    "CWE-614",
    "raw Set-Cookie headers with and without Secure",
    `const http = require('http');

http.createServer((req, res) => {
  const sid = newSessionId();
@@  res.setHeader('Set-Cookie', \`session_id=\${sid}; Path=/; HttpOnly\`);
  res.end('hi');
}).listen(7001);

http.createServer((req, res) => {
  const sid = newSessionId();
@ok  res.setHeader('Set-Cookie', \`session_id=\${sid}; Path=/; HttpOnly; Secure; SameSite=Strict\`);
  res.end('hi');
}).listen(7002);
`,
  ),
  ...js(
    "CWE-79",
    "request bodies and rendered markdown sent as HTML",
    `const express = require('express');
const { marked } = require('marked');
const MarkdownIt = require('markdown-it');
const DOMPurify = require('isomorphic-dompurify');
const app = express();
app.use(express.text({ type: 'text/*' }));

app.post('/echo', (req, res) => {
  res.type('html');
@@  res.send(req.body);
});

app.post('/render', (req, res) => {
@@  res.send(marked.parse(req.body.markdown));
});

app.post('/render-clean', (req, res) => {
@ok  res.send(DOMPurify.sanitize(marked.parse(req.body.markdown)));
});

const richMd = new MarkdownIt({ html: true, linkify: true });
app.post('/notes', (req, res) => {
@@  res.send('<article>' + richMd.render(req.body.note) + '</article>');
});

app.post('/echo-json', (req, res) => {
@ok  res.json({ received: req.body });
});
`,
  ),
  ...js(
    "CWE-79",
    "hapi handlers returning request values",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/greet',
  handler: (request, h) => {
@@    return '<h1>Hi ' + request.query.who + '</h1>';
  },
});

server.route({
  method: 'GET',
  path: '/greet-json',
  handler: (request, h) => {
@ok    return { greeting: 'Hi', who: request.query.who };
  },
});
`,
  ),
  ...js(
    "CWE-78",
    "shells chosen through variables and promisified exec",
    `const cp = require('child_process');
const util = require('util');
const express = require('express');
const app = express();
const run = util.promisify(cp.exec);

app.get('/lookup', async (req, res) => {
@@  const { stdout } = await run('nslookup ' + req.query.domain);
  res.send(stdout);
});

app.get('/lookup2', async (req, res) => {
  const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
  const flag = process.platform === 'win32' ? '/c' : '-c';
@@  cp.spawn(shell, [flag, 'dig ' + req.query.domain]).stdout.pipe(res);
});

app.get('/lookup3', (req, res) => {
@@  cp.execFile('cmd.exe', ['/d', '/s', '/c'].concat(['ping', req.query.host]), (e, out) => res.send(out));
});

app.get('/lookup4', (req, res) => {
@ok  cp.execFile('dig', ['+short', '--', String(req.query.domain)], (e, out) => res.send(out));
});
`,
  ),
  ...js(
    "CWE-22",
    "paths read before a later sanitising reassignment",
    `const fs = require('fs');
const path = require('path');
const http = require('http');
const sanitizeFilename = require('sanitize-filename');

http.createServer((req, res) => {
  let name = new URL(req.url, 'http://x').searchParams.get('doc');
@@  const raw = fs.readFileSync(path.join('/srv/docs', name));
  name = sanitizeFilename(name);
@ok  const clean = fs.readFileSync(path.join('/srv/docs', name));
  res.end(raw + clean);
}).listen(8090);

http.createServer((req, res) => {
  const name = new URL(req.url, 'http://x').searchParams.get('doc');
@@  fs.createReadStream(path.dirname(name) + '/index.html').pipe(res);
}).listen(8091);
`,
  ),
  ...js(
    "CWE-502",
    "js-yaml schemas held in a variable",
    `const yaml = require('js-yaml');
const express = require('express');
const app = express();

const fullLoad = { schema: yaml.DEFAULT_FULL_SCHEMA };
app.post('/import', (req, res) => {
@@  const doc = yaml.load(req.body.yaml, fullLoad);
  res.json(doc);
});

const coreLoad = { schema: yaml.CORE_SCHEMA };
app.post('/import-core', (req, res) => {
@ok  const doc = yaml.load(req.body.yaml, coreLoad);
  res.json(doc);
});
`,
  ),
  ...js(
    "CWE-117",
    "loggers reached through an alias",
    `const http = require('http');
const logLine = console.log;
const audit = { write: console.info };

http.createServer((req, res) => {
  const who = new URL(req.url, 'http://x').searchParams.get('user');
@@  logLine('login attempt for ' + who);
@@  audit.write('login attempt for ' + who);
@ok  logLine('login attempt for ' + JSON.stringify(who));
  res.end();
}).listen(8092);
`,
  ),
  ...ts(
    "CWE-918",
    "typed fetch helpers given the request URL",
    `import express, { Request, Response } from 'express';
import got from 'got';

const app = express();

app.get('/unfurl', async (req: Request, res: Response) => {
  const link = String(req.query.link);
  const target = new URL(link);
@@  const page = await got(target.href);
  res.send(page.body.length.toString());
});

app.get('/unfurl-safe', async (req: Request, res: Response) => {
  const target = new URL(String(req.query.link));
  if (target.hostname !== 'cdn.example.com') return res.status(400).end();
@ok  const page = await got(target.href);
  res.send(page.body.length.toString());
});
`,
  ),
];
