// Dev suite "js-ts", batch 84: written blind, before any fix for it (own code). The data-flow shapes left open last
// round: a command runner received as a parameter (`function run(c, exec = child_process.exec)`, a runner handed to
// a helper, a runner stored on an object); a file's own quote()/escape()/check() helpers, which count as sanitisers
// only when they really sanitise (wrap encodeURIComponent or a full HTML-entity map, POSIX single-quoting, raise
// unless an anchored allow-list matches) - one that returns its input, trims, adds double quotes or tests an
// unanchored pattern does not; bare-parameter arrows (`app.get('/', req => ...)`, `fastify.get('/', async request
// => ...)`) vs arrows whose parameter is named req but which are not handlers (a forEach over constant jobs, an HTTP
// client interceptor); rest parameters `...args` through methods and arrows, and spread calls.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch84", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch84", cwe, note, src, "typescript");

export const BATCH84: DevCase[] = [
  // ---------------- a runner passed in as a parameter ----------------
  ...js(
    "CWE-78",
    "run(c, exec = child_process.exec) called with a query value vs with a constant command",
    `const child_process = require('child_process');
const express = require('express');
const app = express();

function run(c, exec = child_process.exec) {
  return new Promise((resolve, reject) => {
@@    exec(c, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

app.get('/ping', async (req, res) => {
  const out = await run('ping -c 1 ' + req.query.host);
  res.type('text').send(out);
});
`,
  ),
  ...js(
    "CWE-78",
    "runner default parameter only ever called with a constant command",
    `const child_process = require('child_process');
const express = require('express');
const app = express();

function run(c, exec = child_process.exec) {
  return new Promise((resolve, reject) => {
@ok    exec(c, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

app.get('/uptime', async (req, res) => {
  const out = await run('uptime');
  res.type('text').send(out + ' for ' + encodeURIComponent(req.query.who || ''));
});
`,
  ),
  ...js(
    "CWE-78",
    "arrow with runner = require('child_process').execSync default, called with a body value",
    `const express = require('express');
const app = express();
app.use(express.json());

@@const sh = (cmd, runner = require('child_process').execSync) => runner(cmd).toString();

app.post('/convert', (req, res) => {
  res.json(sh('convert ' + req.body.file + ' /tmp/out.pdf'));
});
`,
  ),
  ...js(
    "CWE-78",
    "helper receives the runner explicitly: withRunner(cp.exec, cmd) with a request value",
    `const cp = require('child_process');
const express = require('express');
const app = express();

function withRunner(runner, ...args) {
  console.log('running', args[0]);
@@  return runner(...args);
}

app.get('/log', (req, res) => {
  withRunner(cp.exec, 'git log --oneline ' + req.query.ref, (err, out) => res.send(out));
});
`,
  ),
  ...js(
    "CWE-78",
    "helper receives the runner explicitly: withRunner(cp.execFile, 'git', [args]) with a request value",
    `const cp = require('child_process');
const express = require('express');
const app = express();

function withRunner(runner, ...args) {
  console.log('running', args[0]);
@ok  return runner(...args);
}

app.get('/log', (req, res) => {
  withRunner(cp.execFile, 'git', ['log', '--oneline', '--', req.query.ref], (err, out) => res.send(out));
});
`,
  ),
  ...ts(
    "CWE-78",
    "TypeScript class stores an injected exec runner and calls it with a request value",
    `import express, { Request, Response } from 'express';
import { exec } from 'child_process';

type Runner = (cmd: string, cb: (err: Error | null, out: string) => void) => void;

class Deployer {
  constructor(private readonly runner: Runner = exec) {}

  deploy(branch: string, cb: (err: Error | null, out: string) => void) {
@@    this.runner('git checkout ' + branch + ' && npm ci', cb);
  }
}

const app = express();
app.post('/deploy', (req: Request, res: Response) => {
  new Deployer().deploy(req.body.branch as string, (err, out) => res.send(err ? 'failed' : out));
});
`,
  ),
  // ---------------- a file's own quote()/escape()/check() helpers ----------------
  ...js(
    "CWE-78",
    "local quote() does POSIX single-quoting vs local quote() that adds double quotes",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();

function quote(s) {
  return "'" + String(s).replace(/'/g, "'\\\\''") + "'";
}

function dquote(s) {
  return '"' + s + '"';
}

app.get('/size', (req, res) => {
@ok  exec('du -sh ' + quote(req.query.dir), (err, out) => res.send(out));
});

app.get('/size2', (req, res) => {
@@  exec('du -sh ' + dquote(req.query.dir), (err, out) => res.send(out));
});
`,
  ),
  ...js(
    "CWE-78",
    "local shellEscape() that only trims the value",
    `const { execSync } = require('child_process');
const express = require('express');
const app = express();

const shellEscape = (s) => s.trim();

app.get('/whois', (req, res) => {
@@  res.send(execSync('whois ' + shellEscape(req.query.domain)).toString());
});
`,
  ),
  ...js(
    "CWE-79",
    "local escapeHtml() with a full entity map vs local escapeHtml() that strips spaces",
    `const express = require('express');
const app = express();

const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => MAP[c]);
}

function squash(s) {
  return String(s).replace(/ /g, '');
}

app.get('/hi', (req, res) => {
@ok  res.send('<p>Hello ' + escapeHtml(req.query.name) + '</p>');
});

app.get('/hi2', (req, res) => {
@@  res.send('<p>Hello ' + squash(req.query.name) + '</p>');
});
`,
  ),
  ...js(
    "CWE-79",
    "local escape() that wraps encodeURIComponent in HTML text vs local escape() that returns its input",
    `const express = require('express');
const router = express.Router();

function escape(v) {
  return encodeURIComponent(v);
}

function passthrough(v) {
  return v;
}

router.get('/tag', (req, res) => {
@ok  res.send('<div>tag: ' + escape(req.query.tag) + '</div>');
});

router.get('/tag2', (req, res) => {
@@  res.send('<div>tag: ' + passthrough(req.query.tag) + '</div>');
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-78",
    "local checkName() throws unless an anchored allow-list matches vs an unanchored test",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();

function checkName(n) {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(n)) throw new Error('bad name');
  return n;
}

function looseName(n) {
  if (!/[A-Za-z0-9_.-]+/.test(n)) throw new Error('bad name');
  return n;
}

app.get('/svc', (req, res) => {
@ok  exec('systemctl status ' + checkName(req.query.name), (e, out) => res.send(out));
});

app.get('/svc2', (req, res) => {
@@  exec('systemctl status ' + looseName(req.query.name), (e, out) => res.send(out));
});
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript local safeName() uses path.basename vs local safeName() that lower-cases",
    `import express from 'express';
import path from 'path';
import fs from 'fs';

const ROOT = '/srv/files';
const app = express();

function safeName(name: string): string {
  return path.basename(name);
}

function lowerName(name: string): string {
  return name.toLowerCase();
}

app.get('/file', (req, res) => {
@ok  fs.createReadStream(path.join(ROOT, safeName(String(req.query.f)))).pipe(res);
});

app.get('/file2', (req, res) => {
@@  fs.createReadStream(path.join(ROOT, lowerName(String(req.query.f)))).pipe(res);
});
`,
  ),
  // ---------------- bare-parameter arrows ----------------
  ...js(
    "CWE-78",
    "express route with a bare req => arrow runs a command from the query",
    `const express = require('express');
const { execSync } = require('child_process');
const app = express();

@@app.get('/ls', req => execSync('ls -la ' + req.query.dir));

app.listen(3000);
`,
  ),
  ...js(
    "CWE-89",
    "fastify route with a bare async request => arrow builds SQL from the query vs a parameterised one",
    `const fastify = require('fastify')();
const { Pool } = require('pg');
const pool = new Pool();

fastify.get('/user', async request => {
@@  const { rows } = await pool.query(\`SELECT * FROM users WHERE id = '\${request.query.id}'\`);
  return rows;
});

fastify.get('/user2', async request => {
@ok  const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [request.query.id]);
  return rows;
});

fastify.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-94",
    "express route with a bare req => arrow evaluates a body field",
    `const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.json());

@@app.post('/calc', req => vm.runInNewContext(req.body.expr, {}));
`,
  ),
  ...js(
    "CWE-78",
    "arrow named req over a constant job list is not a handler",
    `const { exec } = require('child_process');

const JOBS = [
  { name: 'disk', cmd: 'df -h' },
  { name: 'load', cmd: 'uptime' },
];

function runAll(done) {
  JOBS.forEach(req => {
@ok    exec(req.cmd, (err, out) => done(req.name, out));
  });
}

module.exports = { runAll };
`,
  ),
  ...js(
    "CWE-79",
    "axios request interceptor arrow named req writes only a constant into the page",
    `import axios from 'axios';

const client = axios.create({ baseURL: '/api' });

client.interceptors.request.use(req => {
  req.headers['X-Requested-With'] = 'XMLHttpRequest';
@ok  document.getElementById('status').innerHTML = '<em>Loading ' + req.method + '</em>';
  return req;
});

export default client;
`,
  ),
  ...ts(
    "CWE-22",
    "TypeScript express route with a bare (req: Request) arrow deletes a file named by the query",
    `import express, { Request } from 'express';
import fs from 'fs';

const app = express();

@@app.delete('/raw', (req: Request) => fs.unlinkSync('/srv/data/' + req.query.name));
`,
  ),
  // ---------------- rest parameters through methods and arrows, spread calls ----------------
  ...js(
    "CWE-78",
    "class method with ...args joins them into execSync vs execFileSync with the array",
    `const { execSync, execFileSync } = require('child_process');
const express = require('express');
const app = express();

class Git {
  run(...args) {
@@    return execSync('git ' + args.join(' ')).toString();
  }

  safe(...args) {
@ok    return execFileSync('git', args).toString();
  }
}

const git = new Git();
app.get('/show', (req, res) => {
  res.send(git.run('show', req.query.rev));
});
app.get('/show2', (req, res) => {
  res.send(git.safe('show', req.query.rev));
});
`,
  ),
  ...js(
    "CWE-78",
    "arrow with ...parts reads parts[1] into exec vs one that reads the constant parts[0]",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();

const first = (...parts) => {
@ok  exec('echo ' + parts[0]);
};
const second = (...parts) => {
@@  exec('nslookup ' + parts[1]);
};

app.get('/dns', (req, res) => {
  first('starting', req.query.host);
  second('starting', req.query.host);
  res.sendStatus(202);
});
`,
  ),
  ...js(
    "CWE-78",
    "spread of a request array into a function that runs its first argument through the shell",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();
app.use(express.json());

function runPair(cmd, cb) {
@@  exec(cmd, cb);
}

app.post('/batch', (req, res) => {
  runPair(...[req.body.cmd, (err, out) => res.send(out)]);
});
`,
  ),
  ...js(
    "CWE-89",
    "method forwards ...params to a query with the SQL as a constant vs one that concatenates params[0]",
    `const mysql = require('mysql2');
const express = require('express');
const db = mysql.createConnection({ host: 'db' });
const app = express();

const repo = {
  byId(...params) {
@ok    return db.promise().query('SELECT * FROM items WHERE id = ?', params);
  },
  byName(...params) {
@@    return db.promise().query("SELECT * FROM items WHERE name = '" + params[0] + "'");
  },
};

app.get('/items', async (req, res) => {
  const [a] = await repo.byId(req.query.id);
  const [b] = await repo.byName(req.query.name);
  res.json({ a, b });
});
`,
  ),
];
