// Dev suite "js-ts", batch 85: written blind, before any fix for it (own code). Hard data flow in plain Node/Express
// JavaScript (CommonJS and ESM) idioms batches 77, 78 and 80 did not use: closures returned from factories and called
// at once (makeHandler(db)(req, res)), module.exports = { fn } then module.exports.fn in the same file, prototype
// methods, bind/call/apply, async.waterfall callbacks, util.promisify(exec), Object.entries(req.query).forEach with a
// destructured pair, arguments[0], default-parameter objects, getters on plain objects, JSON.parse(JSON.stringify(..)),
// URLSearchParams over req.url, new URL(req.url, base).searchParams, querystring.parse, a body accumulated from
// req.on('data'), nested template strings, ternaries choosing a sanitiser or not. (The suite has no multi-file case,
// so the module.exports case uses one file.) Each insecure line has a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch85", cwe, note, src, "javascript");

export const BATCH85: DevCase[] = [
  ...js(
    "CWE-78",
    "factory returns a handler closing over a prefix; the returned handler execs a query value vs execFile with an argv",
    `const express = require('express');
const { exec, execFile } = require('child_process');
const app = express();

function makePinger(bin) {
  return function (req, res) {
    const host = req.query.host;
@@    exec(bin + ' -c 1 ' + host, (err, out) => res.send(String(out)));
  };
}

function makeSafePinger(bin) {
  return (req, res) => {
@ok    execFile(bin, ['-c', '1', String(req.query.host)], (err, out) => res.type('text/plain').send(String(out)));
  };
}

app.get('/ping', (req, res) => makePinger('ping')(req, res));
app.get('/ping-safe', makeSafePinger('ping'));
`,
  ),
  ...js(
    "CWE-89",
    "module.exports = { fn } and the route calls module.exports.fn with a query value: concatenated SQL vs a placeholder",
    `const mysql = require('mysql');
const express = require('express');
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

function findByName(name, cb) {
@@  pool.query("SELECT * FROM products WHERE name = '" + name + "'", cb);
}

function findById(id, cb) {
@ok  pool.query('SELECT * FROM products WHERE id = ?', [id], cb);
}

module.exports = { findByName, findById };

const router = express.Router();
router.get('/products', (req, res) => {
  module.exports.findByName(req.query.name, (err, rows) => res.json(rows));
});
router.get('/products/:id', (req, res) => {
  module.exports.findById(req.params.id, (err, rows) => res.json(rows));
});
module.exports.router = router;
`,
  ),
  ...js(
    "CWE-22",
    "prototype method reads a file under a root named by a field set in the constructor from the request vs path.basename",
    `const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();

function Loader(req) {
  this.name = req.query.doc;
  this.root = '/srv/docs';
}

Loader.prototype.load = function () {
@@  return fs.readFileSync(path.join(this.root, this.name), 'utf8');
};

Loader.prototype.loadSafe = function () {
@ok  return fs.readFileSync(path.join(this.root, path.basename(this.name)), 'utf8');
};

app.get('/doc', (req, res) => res.type('text/plain').send(new Loader(req).load()));
app.get('/doc-safe', (req, res) => res.type('text/plain').send(new Loader(req).loadSafe()));
`,
  ),
  ...js(
    "CWE-78",
    "function.call and apply hand a body value to a function that runs execSync vs one that uses spawnSync without a shell",
    `const express = require('express');
const { execSync, spawnSync } = require('child_process');
const app = express();
app.use(express.json());

function archive(dir) {
@@  return execSync('tar czf /tmp/out.tgz ' + dir);
}

function archiveSafe(dir) {
@ok  return spawnSync('tar', ['czf', '/tmp/out.tgz', '--', dir]);
}

app.post('/archive', (req, res) => {
  archive.call(null, req.body.dir);
  archiveSafe.apply(null, [req.body.dir]);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-79",
    "bind pre-fills a response helper whose second argument (a query value) goes into HTML vs the helper escaping it",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

function greet(prefix, name, res) {
@@  res.send('<h1>' + prefix + ' ' + name + '</h1>');
}

function greetSafe(prefix, name, res) {
@ok  res.send('<h1>' + prefix + ' ' + escapeHtml(name) + '</h1>');
}

const hello = greet.bind(null, 'Hello');
const helloSafe = greetSafe.bind(null, 'Hello');

app.get('/hi', (req, res) => hello(req.query.name, res));
app.get('/hi-safe', (req, res) => helloSafe(req.query.name, res));
`,
  ),
  ...js(
    "CWE-89",
    "async.waterfall passes a query value from the first step to a step that builds SQL vs a step that binds it",
    `const async = require('async');
const sqlite3 = require('sqlite3');
const express = require('express');
const db = new sqlite3.Database('app.db');
const app = express();

app.get('/orders', (req, res) => {
  async.waterfall(
    [
      (next) => next(null, req.query.customer),
      (customer, next) => {
@@        db.all(\`SELECT * FROM orders WHERE customer = '\${customer}'\`, next);
      },
    ],
    (err, rows) => res.json(rows),
  );
});

app.get('/orders-safe', (req, res) => {
  async.waterfall(
    [
      (next) => next(null, req.query.customer),
      (customer, next) => {
@ok        db.all('SELECT * FROM orders WHERE customer = ?', [customer], next);
      },
    ],
    (err, rows) => res.json(rows),
  );
});
`,
  ),
  ...js(
    "CWE-78",
    "util.promisify(exec) awaited with a template of a route param vs promisify(execFile) with the param as an argument",
    `import express from 'express';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(exec);
const runFile = promisify(execFile);
const app = express();

app.get('/log/:unit', async (req, res) => {
@@  const { stdout } = await run(\`journalctl -u \${req.params.unit} -n 50\`);
  res.type('text/plain').send(stdout);
});

app.get('/log-safe/:unit', async (req, res) => {
@ok  const { stdout } = await runFile('journalctl', ['-u', req.params.unit, '-n', '50']);
  res.type('text/plain').send(stdout);
});
`,
  ),
  ...js(
    "CWE-89",
    "Object.entries(req.query).forEach(([k, v]) => ...) appends quoted values to a WHERE vs pushing placeholders and params",
    `const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const app = express();

app.get('/search', async (req, res) => {
  const clauses = [];
  Object.entries(req.query).forEach(([k, v]) => {
    if (['city', 'state'].includes(k)) clauses.push(k + " = '" + v + "'");
  });
@@  const r = await pool.query('SELECT * FROM stores WHERE ' + clauses.join(' AND '));
  res.json(r.rows);
});

app.get('/search-safe', async (req, res) => {
  const clauses = [];
  const params = [];
  Object.entries(req.query).forEach(([k, v]) => {
    if (['city', 'state'].includes(k)) {
      params.push(String(v));
      clauses.push(k + ' = $' + params.length);
    }
  });
@ok  const r = await pool.query('SELECT * FROM stores WHERE ' + clauses.join(' AND '), params);
  res.json(r.rows);
});
`,
  ),
  ...js(
    "CWE-94",
    "a helper reads arguments[0] and evals it, called with a body field vs a helper that reads arguments[0] as a number",
    `const express = require('express');
const app = express();
app.use(express.json());

function compute() {
  const expr = arguments[0];
@@  return eval(expr);
}

function computeSafe() {
  const n = Number(arguments[0]);
@ok  return eval('2 * ' + n);
}

app.post('/calc', (req, res) => res.json({ v: compute(req.body.expr) }));
app.post('/calc-safe', (req, res) => res.json({ v: computeSafe(req.body.expr) }));
`,
  ),
  ...js(
    "CWE-22",
    "default-parameter options object { dir = ..., file } destructured from the query into a write path vs basename",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
app.use(express.text());

function save({ dir = '/srv/notes', file } = {}, text) {
@@  fs.writeFileSync(path.join(dir, file), text);
}

function saveSafe({ dir = '/srv/notes', file } = {}, text) {
@ok  fs.writeFileSync(path.join('/srv/notes', path.basename(file)), text);
}

app.put('/note', (req, res) => {
  save(req.query, req.body);
  res.sendStatus(204);
});
app.put('/note-safe', (req, res) => {
  saveSafe(req.query, req.body);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-601",
    "a getter on a plain object returns the query's next URL for res.redirect vs a getter that keeps only local paths",
    `const express = require('express');
const app = express();

app.get('/login/done', (req, res) => {
  const flow = {
    get target() {
      return req.query.next;
    },
  };
@@  res.redirect(flow.target);
});

app.get('/login/done-safe', (req, res) => {
  const flow = {
    get target() {
      const n = String(req.query.next || '');
      return n.startsWith('/') && !n.startsWith('//') && !n.startsWith('/\\\\') ? n : '/';
    },
  };
@ok  res.redirect(flow.target);
});
`,
  ),
  ...js(
    "CWE-79",
    "JSON.parse(JSON.stringify(req.body)) deep copy rendered into HTML vs the copy's field escaped",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/preview', (req, res) => {
  const draft = JSON.parse(JSON.stringify(req.body));
@@  res.send(\`<article><h2>\${draft.title}</h2></article>\`);
});

app.post('/preview-safe', (req, res) => {
  const draft = JSON.parse(JSON.stringify(req.body));
@ok  res.send(\`<article><h2>\${escapeHtml(draft.title)}</h2></article>\`);
});
`,
  ),
  ...js(
    "CWE-918",
    "raw http server: URLSearchParams over req.url's query feeds http.get vs a key looked up in a fixed table",
    `const http = require('http');

const UPSTREAMS = { a: 'http://10.0.0.5/status', b: 'http://10.0.0.6/status' };

http
  .createServer((req, res) => {
    const params = new URLSearchParams(req.url.split('?')[1] || '');
    if (req.url.startsWith('/proxy')) {
@@      http.get(params.get('u'), (up) => up.pipe(res));
    } else {
      const u = UPSTREAMS[params.get('k')] || UPSTREAMS.a;
@ok      http.get(u, (up) => up.pipe(res));
    }
  })
  .listen(8080);
`,
  ),
  ...js(
    "CWE-78",
    "raw http server: new URL(req.url, base).searchParams value in spawn with shell: true vs spawn without a shell",
    `import http from 'node:http';
import { spawn } from 'node:child_process';

http
  .createServer((req, res) => {
    const { searchParams, pathname } = new URL(req.url, 'http://localhost');
    const name = searchParams.get('name') ?? '';
    if (pathname === '/greet') {
@@      spawn(\`figlet \${name}\`, { shell: true }).stdout.pipe(res);
    } else {
@ok      spawn('figlet', [name]).stdout.pipe(res);
    }
  })
  .listen(8081);
`,
  ),
  ...js(
    "CWE-22",
    "querystring.parse of the raw query names a file for createReadStream vs the name checked against a manifest",
    `const http = require('http');
const fs = require('fs');
const querystring = require('querystring');

const MANIFEST = new Set(['a.pdf', 'b.pdf']);

http
  .createServer((req, res) => {
    const q = querystring.parse(req.url.slice(req.url.indexOf('?') + 1));
    const file = String(q.file);
    if (req.url.startsWith('/raw')) {
@@      fs.createReadStream('/srv/files/' + file).pipe(res);
    } else if (MANIFEST.has(file)) {
@ok      fs.createReadStream('/srv/files/' + file).pipe(res);
    } else {
      res.statusCode = 404;
      res.end();
    }
  })
  .listen(8082);
`,
  ),
  ...js(
    "CWE-94",
    "body accumulated from req.on('data') chunks and parsed on 'end' runs through vm.runInNewContext vs JSON.parse only",
    `const http = require('http');
const vm = require('vm');

http
  .createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const msg = JSON.parse(body);
      if (req.url === '/rule') {
@@        const out = vm.runInNewContext(msg.rule, { x: 1 });
        res.end(JSON.stringify({ out }));
      } else {
@ok        const out = vm.runInNewContext('x + 1', { x: Number(msg.rule) });
        res.end(JSON.stringify({ out }));
      }
    });
  })
  .listen(8083);
`,
  ),
  ...js(
    "CWE-79",
    "a template string nested in another template string wraps a query value in HTML vs the inner value escaped",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/tags', (req, res) => {
  const tags = String(req.query.tags || '').split(',');
@@  res.send(\`<ul>\${tags.map((t) => \`<li>\${t}</li>\`).join('')}</ul>\`);
});

app.get('/tags-safe', (req, res) => {
  const tags = String(req.query.tags || '').split(',');
@ok  res.send(\`<ul>\${tags.map((t) => \`<li>\${escapeHtml(t)}</li>\`).join('')}</ul>\`);
});
`,
  ),
  ...js(
    "CWE-79",
    "a ternary escapes only when a flag is set (the other branch is raw) vs a ternary choosing between two escapers",
    `const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/echo', (req, res) => {
  const strict = req.query.strict === '1';
  const text = strict ? escapeHtml(req.query.msg) : req.query.msg;
@@  res.send('<p>' + text + '</p>');
});

app.get('/echo-safe', (req, res) => {
  const attr = req.query.attr === '1';
  const text = attr ? encodeURIComponent(req.query.msg) : escapeHtml(req.query.msg);
@ok  res.send('<p>' + text + '</p>');
});
`,
  ),
  ...js(
    "CWE-918",
    "factory closes over axios and the handler it returns fetches a body URL vs a handler that fetches a fixed host path",
    `const express = require('express');
const axios = require('axios');
const app = express();
app.use(express.json());

const makeFetcher = (client) => async (req, res) => {
  const { url } = req.body;
@@  const r = await client.get(url);
  res.json(r.data);
};

const makeSafeFetcher = (client) => async (req, res) => {
  const id = encodeURIComponent(String(req.body.id));
@ok  const r = await client.get('https://api.internal.example/items/' + id);
  res.json(r.data);
};

app.post('/fetch', makeFetcher(axios));
app.post('/fetch-safe', makeSafeFetcher(axios));
`,
  ),
  ...js(
    "CWE-89",
    "prototype method on a repository interpolates its argument into db.query, called with a route param, vs parameters",
    `const express = require('express');
const mysql = require('mysql2');
const app = express();

function UserRepo(conn) {
  this.conn = conn;
}
UserRepo.prototype.byEmail = function (email, cb) {
@@  this.conn.query(\`SELECT * FROM users WHERE email = '\${email}'\`, cb);
};
UserRepo.prototype.byEmailSafe = function (email, cb) {
@ok  this.conn.query('SELECT * FROM users WHERE email = ?', [email], cb);
};

const repo = new UserRepo(mysql.createConnection({ host: 'db' }));
app.get('/u/:email', (req, res) => repo.byEmail(req.params.email, (e, rows) => res.json(rows)));
app.get('/v/:email', (req, res) => repo.byEmailSafe(req.params.email, (e, rows) => res.json(rows)));
`,
  ),
  ...js(
    "CWE-601",
    "a redirect target built through Function.prototype.call on a helper vs a helper that maps the value to a route",
    `const express = require('express');
const app = express();

function back(res, to) {
@@  res.redirect(302, to);
}

const ROUTES = { home: '/', cart: '/cart' };
function backSafe(res, key) {
@ok  res.redirect(302, ROUTES[key] || '/');
}

app.get('/back', (req, res) => back.call(null, res, req.query.to));
app.get('/back-safe', (req, res) => backSafe.call(null, res, req.query.to));
`,
  ),
  ...js(
    "CWE-94",
    "new Function built from a query value inside a factory-made validator vs a factory that picks from fixed predicates",
    `const express = require('express');
const app = express();

function makeFilter(src) {
@@  return new Function('row', 'return ' + src);
}

const PREDICATES = { adults: (row) => row.age >= 18, all: () => true };
function makeSafeFilter(name) {
@ok  return PREDICATES[name] || PREDICATES.all;
}

const rows = [{ age: 10 }, { age: 30 }];
app.get('/rows', (req, res) => res.json(rows.filter(makeFilter(req.query.where))));
app.get('/rows-safe', (req, res) => res.json(rows.filter(makeSafeFilter(req.query.where))));
`,
  ),
];
