// Dev suite "js-ts", batch 157: written blind (before reading the rules or the data flow of the area) for the
// wave on how a sink or source is named and where the code lives. The same sinks reached through CommonJS
// destructuring and renames, node: specifiers, fs/promises spellings, namespace and default imports, dynamic
// import(), module.require and createRequire, local barrel objects, aliases, bound and Reflect.apply / .call /
// .apply calls, computed and optional member calls, indirect eval and Function-constructor routes, Bun and Deno
// globals; safe same-named functions (a regex exec, db.exec of a constant, a parameterising query helper) as
// look-alikes. File kinds: .mjs, .cjs, .mts, .cts, .ts with decorators and namespaces, .tsx/.jsx, Vue and
// Svelte components, Angular components. Each case carries its file name (markup kinds are read as markup).
import type { Language } from "../../../src/analyzer/types.js";
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

/** The language a file name is read as; component files go through markup.ts in the dev runner. */
function languageOf(file: string): Language {
  return /\.(?:ts|mts|cts|tsx)$/.test(file) ? "typescript" : "javascript";
}
const kind = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch157", cwe, `${file}: ${note}`, src, languageOf(file)).map((c) => ({ ...c, file }));

export const BATCH157: DevCase[] = [
  ...kind(
    "jobs.cjs",
    "CWE-78",
    "CommonJS require with destructuring, renames, node: prefix, computed and optional member calls",
    `'use strict';
const express = require('express');
const { exec: runShell, execSync, spawn } = require('child_process');
const cp = require('node:child_process');
const { execFile } = require('child_process');

const app = express();

app.get('/log', (req, res) => {
@@  runShell('git log --oneline ' + req.query.ref, (err, out) => res.send(out));
});

app.get('/head', (req, res) => {
@ok  runShell('git rev-parse HEAD', (err, out) => res.send(out));
});

app.get('/du', (req, res) => {
@@  const out = execSync(\`du -sh \${req.query.dir}\`);
  res.send(out);
});

app.get('/ping', (req, res) => {
@@  cp.exec('ping -c 1 ' + req.query.host, () => res.end());
});

app.get('/ping2', (req, res) => {
@ok  execFile('ping', ['-c', '1', 'localhost'], () => res.end());
});

app.post('/archive', (req, res) => {
@@  spawn('sh', ['-c', 'tar czf out.tgz ' + req.body.path]);
  res.end();
});

app.post('/archive2', (req, res) => {
@ok  spawn('tar', ['czf', 'out.tgz', '--', String(req.body.path)]);
  res.end();
});

app.get('/lookup', (req, res) => {
@@  cp['exec']('nslookup ' + req.query.name, (e, out) => res.send(out));
});

app.get('/whois', (req, res) => {
@@  const out = cp.execSync?.('whois ' + req.query.domain);
  res.send(out);
});

app.get('/uptime', (req, res) => {
@ok  res.send(cp['execSync']('uptime').toString());
});

module.exports = app;
`,
  ),
  ...kind(
    "tasks.mjs",
    "CWE-78",
    "ESM namespace, default and renamed named imports of child_process, util.promisify",
    `import * as cp from 'child_process';
import childProcess from 'node:child_process';
import { exec as sh, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import util from 'util';
import express from 'express';

const app = express();
const execAsync = promisify(cp.exec);
const shAsync = util.promisify(sh);
const execFileAsync = promisify(execFile);

app.get('/ls', async (req, res) => {
@@  const { stdout } = await execAsync('ls -la ' + req.query.dir);
  res.send(stdout);
});

app.get('/uptime', async (req, res) => {
@ok  const { stdout } = await execAsync('uptime');
  res.send(stdout);
});

app.get('/convert', (req, res) => {
@@  childProcess.execSync('convert ' + req.query.file + ' out.png');
  res.end();
});

app.get('/grep', (req, res) => {
@@  sh(\`grep -n \${req.query.pattern} /var/log/app.log\`, (err, out) => res.send(out));
});

app.post('/zip', async (req, res) => {
@@  await shAsync('zip -r backup.zip ' + req.body.folder);
  res.end();
});

app.get('/identify', async (req, res) => {
@ok  const { stdout } = await execFileAsync('identify', ['--', String(req.query.file)]);
  res.send(stdout);
});

app.get('/spawn', (req, res) => {
@@  const child = cp.spawn(\`ffmpeg -i \${req.query.src} out.mp4\`, { shell: true });
  child.on('close', () => res.end());
});

app.get('/spawn2', (req, res) => {
@ok  const child = cp.spawn('ffmpeg', ['-i', 'input.mp4', 'out.mp4'], { shell: false });
  child.on('close', () => res.end());
});

export default app;
`,
  ),
  ...kind(
    "loader.mjs",
    "CWE-78",
    "dynamic import(), createRequire(import.meta.url), module namespace default member",
    `import { createRequire } from 'node:module';
import express from 'express';

const require = createRequire(import.meta.url);
const cp = require('child_process');
const app = express();

app.get('/echo', async (req, res) => {
  const { exec } = await import('node:child_process');
@@  exec('echo ' + req.query.msg, (e, out) => res.send(out));
});

app.get('/make', (req, res) => {
@@  cp.execSync('make ' + req.query.target);
  res.end();
});

app.get('/cat', async (req, res) => {
  const mod = await import('child_process');
@@  mod.default.exec('cat ' + req.params.name);
@@  mod.execSync('cat ' + req.params.name);
  res.end();
});

app.get('/cat2', async (req, res) => {
  const { execFile: ef } = await import('node:child_process');
@ok  ef('cat', ['--', String(req.params.name)], (e, out) => res.send(out));
});

app.get('/date', async (req, res) => {
  const { execSync: run } = await import('node:child_process');
@ok  res.send(run('date -u').toString());
});

app.get('/late', (req, res) => {
  import('child_process').then(({ exec }) => {
@@    exec('host ' + req.query.name, (e, out) => res.send(out));
  });
});

export default app;
`,
  ),
  ...kind(
    "legacy.cjs",
    "CWE-78",
    "module.require, require('child_process') inline, and require held in a variable name",
    `const express = require('express');
const shell = module.require('child_process');
const app = express();

app.get('/a', (req, res) => {
@@  shell.exec('ls ' + req.query.path, (e, out) => res.send(out));
});

app.get('/b', (req, res) => {
@@  require('child_process').exec('df -h ' + req.query.mount, (e, out) => res.send(out));
});

app.get('/c', (req, res) => {
@@  require('node:child_process').execSync(\`kill -9 \${req.query.pid}\`);
  res.end();
});

app.get('/d', (req, res) => {
@ok  require('child_process').execFile('df', ['-h'], (e, out) => res.send(out));
});

app.get('/e', (req, res) => {
  const pid = parseInt(req.query.pid, 10);
@ok  require('node:child_process').execSync(\`kill -9 \${pid}\`);
  res.end();
});

module.exports = app;
`,
  ),
  ...kind(
    "aliases.js",
    "CWE-78",
    "sink aliased into a variable, bound off the module, Reflect.apply, .call and .apply",
    `const express = require('express');
const cp = require('child_process');
const app = express();

const run = cp.exec;
const runSync = cp.execSync.bind(cp);
const { spawnSync } = cp;

app.get('/1', (req, res) => {
@@  run('ls ' + req.query.d, (e, out) => res.send(out));
});

app.get('/2', (req, res) => {
@@  res.send(runSync('ls ' + req.query.d).toString());
});

app.get('/3', (req, res) => {
@@  Reflect.apply(cp.exec, cp, ['ls ' + req.query.d, () => res.end()]);
});

app.get('/4', (req, res) => {
@@  cp.exec.call(null, 'ls ' + req.query.d, () => res.end());
});

app.get('/5', (req, res) => {
@@  res.send(cp.execSync.apply(cp, ['ls ' + req.query.d]).toString());
});

app.get('/6', (req, res) => {
@@  spawnSync('bash', ['-c', 'ls ' + req.query.d]);
  res.end();
});

app.get('/7', (req, res) => {
@ok  spawnSync('ls', ['--', String(req.query.d)]);
  res.end();
});

app.get('/8', (req, res) => {
@ok  run('ls /tmp', (e, out) => res.send(out));
});

module.exports = app;
`,
  ),
  ...kind(
    "lookalikes.js",
    "CWE-78",
    "same-named safe functions: a regex exec, a database exec of a constant, RegExp.prototype.exec, a job queue's exec",
    `const express = require('express');
const Database = require('better-sqlite3');
const cp = require('child_process');
const app = express();
const db = new Database('app.db');

function exec(re, s) {
  return re.exec(s);
}

const queue = {
  exec(job) {
    return Promise.resolve({ job, status: 'queued' });
  },
};

app.get('/m', (req, res) => {
@ok  const m = exec(/^(\\d+)-(\\w+)$/, req.query.code);
  res.json(m);
});

app.get('/n', (req, res) => {
  const re = /([a-z]+)@([a-z.]+)/i;
@ok  const m = re.exec(req.query.email);
  res.json(m);
});

app.get('/o', (req, res) => {
@ok  const m = RegExp.prototype.exec.call(/\\w+/, req.query.word);
  res.json(m);
});

app.post('/init', (req, res) => {
@ok  db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)');
  res.end();
});

app.post('/job', async (req, res) => {
@ok  res.json(await queue.exec(req.body.name));
});

app.post('/job2', (req, res) => {
@@  cp.exec('./run-job.sh ' + req.body.name, () => res.end());
});

module.exports = app;
`,
  ),
  ...kind(
    "process-binding.js",
    "CWE-78",
    "process.binding('spawn_sync') reached directly vs a process.binding look-alike that reads constants",
    `const express = require('express');
const app = express();
const spawnSync = process.binding('spawn_sync');

app.get('/raw', (req, res) => {
@@  const r = spawnSync.spawn({ file: '/bin/sh', args: ['/bin/sh', '-c', 'id ' + req.query.user], stdio: [{ type: 'pipe', readable: true, writable: false }, { type: 'pipe', readable: true, writable: true }, { type: 'pipe', readable: true, writable: true }] });
  res.json(r.status);
});

app.get('/consts', (req, res) => {
  const constants = process.binding('constants');
@ok  res.json(constants.os.signals[req.query.sig] ?? null);
});

module.exports = app;
`,
  ),
  ...kind(
    "server.ts",
    "CWE-78",
    "Bun and Deno process APIs reached from a request's URL",
    `import { $ } from 'bun';

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    const dir = url.searchParams.get('dir') ?? '.';
    if (url.pathname === '/ls') {
@@      const proc = Bun.spawn(['sh', '-c', 'ls ' + dir]);
      return new Response(proc.stdout);
    }
    if (url.pathname === '/ls2') {
@ok      const proc = Bun.spawn(['ls', '--', dir]);
      return new Response(proc.stdout);
    }
    if (url.pathname === '/du') {
@@      const r = Bun.spawnSync(['bash', '-c', \`du -sh \${dir}\`]);
      return new Response(r.stdout);
    }
    if (url.pathname === '/shell') {
@ok      const out = await $\`ls -la \${dir}\`.text();
      return new Response(out);
    }
    if (url.pathname === '/raw') {
@@      const out = await $\`sh -c \${'ls ' + dir}\`.text();
      return new Response(out);
    }
    return new Response('not found', { status: 404 });
  },
});

Deno.serve(async (req: Request) => {
  const host = new URL(req.url).searchParams.get('host') ?? '';
@@  const out = await new Deno.Command('sh', { args: ['-c', 'ping -c 1 ' + host] }).output();
@ok  const out2 = await new Deno.Command('ping', { args: ['-c', '1', '--', host] }).output();
@@  const p = Deno.run({ cmd: ['bash', '-c', 'nslookup ' + host] });
  return new Response(String(out.code + out2.code + (await p.status()).code));
});
`,
  ),
  ...kind(
    "calc.js",
    "CWE-94",
    "eval spellings: globalThis.eval, indirect (0, eval), aliased eval, Function constructor routes",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/1', (req, res) => {
@@  res.json(globalThis.eval(req.body.expr));
});

app.post('/2', (req, res) => {
@@  res.json((0, eval)(req.body.expr));
});

app.post('/3', (req, res) => {
  const ev = eval;
@@  res.json(ev(req.body.expr));
});

app.post('/4', (req, res) => {
@@  const fn = new Function('x', req.body.code);
  res.json(fn(1));
});

app.post('/5', (req, res) => {
@@  const fn = Function.prototype.constructor('return ' + req.body.code);
  res.json(fn());
});

app.post('/6', (req, res) => {
@@  res.json(Function(req.body.code)());
});

app.post('/7', (req, res) => {
@@  res.json(global.eval(req.body.expr));
});

app.post('/8', (req, res) => {
  const AsyncFunction = (async () => {}).constructor;
@@  const fn = new AsyncFunction('db', req.body.code);
  fn(null).then((r) => res.json(r));
});

app.post('/9', (req, res) => {
@@  setTimeout(req.body.code, 10);
  res.end();
});

app.post('/10', (req, res) => {
@ok  setTimeout(() => console.log(req.body.code), 10);
  res.end();
});

app.post('/11', (req, res) => {
@ok  res.json(JSON.parse(req.body.expr));
});

app.post('/12', (req, res) => {
@ok  res.json(eval('2 + 2'));
});

app.post('/13', (req, res) => {
@ok  const add = new Function('a', 'b', 'return a + b');
  res.json(add(Number(req.body.a), Number(req.body.b)));
});

module.exports = app;
`,
  ),
  ...kind(
    "evallike.js",
    "CWE-94",
    "methods named eval on other objects: a calculator, Redis Lua scripts, a math library",
    `const express = require('express');
const { createClient } = require('redis');
const math = require('mathjs');
const app = express();
const redis = createClient();

const calculator = {
  eval(text) {
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  },
};

app.get('/calc', (req, res) => {
@ok  res.json(calculator.eval(req.query.n));
});

app.get('/incr', async (req, res) => {
@ok  const r = await redis.eval("return redis.call('INCR', KEYS[1])", { keys: [String(req.query.key)] });
  res.json(r);
});

app.get('/math', (req, res) => {
@ok  res.json(math.evaluate(String(req.query.expr)));
});

app.get('/js', (req, res) => {
@@  res.json(eval(req.query.expr));
});

module.exports = app;
`,
  ),
  ...kind(
    "sandbox.mts",
    "CWE-94",
    "node:vm through default, named and namespace imports",
    `import vm from 'node:vm';
import { runInNewContext, Script } from 'vm';
import * as vmNs from 'node:vm';
import express from 'express';

const app = express();
app.use(express.json());

app.post('/a', (req, res) => {
@@  res.json(vm.runInThisContext(req.body.code));
});

app.post('/b', (req, res) => {
@@  res.json(runInNewContext(req.body.code, { x: 1 }));
});

app.post('/c', (req, res) => {
@@  const s = new Script(req.body.code);
  res.json(s.runInNewContext({}));
});

app.post('/d', (req, res) => {
@@  res.json(vmNs.runInContext(req.body.code, vmNs.createContext({})));
});

app.post('/e', (req, res) => {
@@  const fn = vm.compileFunction(req.body.code, ['input']);
  res.json(fn(1));
});

app.post('/f', (req, res) => {
@ok  res.json(vm.runInNewContext('a + b', { a: Number(req.body.a), b: Number(req.body.b) }));
});

app.post('/g', (req, res) => {
@ok  const s = new Script('Math.max(a, b)');
  res.json(s.runInNewContext({ a: Number(req.body.a), b: Number(req.body.b) }));
});

export default app;
`,
  ),
  ...kind(
    "files.cjs",
    "CWE-22",
    "fs through node:fs/promises, require('fs').promises, destructured promises and renamed members",
    `const express = require('express');
const path = require('path');
const fsp = require('node:fs/promises');
const { promises: fsP } = require('fs');
const fs2 = require('fs').promises;
const { readFile: rf, createReadStream } = require('fs');

const ROOT = '/srv/files';
const app = express();

app.get('/a', async (req, res) => {
@@  res.send(await fsp.readFile(path.join(ROOT, req.query.name), 'utf8'));
});

app.get('/b', async (req, res) => {
@ok  res.send(await fsp.readFile(path.join(ROOT, path.basename(req.query.name)), 'utf8'));
});

app.get('/c', async (req, res) => {
@@  res.send(await fsP.readFile(ROOT + '/' + req.query.name));
});

app.delete('/d', async (req, res) => {
@@  await fs2.unlink(req.body.path);
  res.end();
});

app.get('/e', (req, res) => {
@@  rf(req.query.file, 'utf8', (err, data) => res.send(data));
});

app.get('/f', (req, res) => {
@@  createReadStream(\`uploads/\${req.params.file}\`).pipe(res);
});

app.get('/g', async (req, res) => {
@ok  res.send(await fsp.readFile(path.join(__dirname, 'config.json'), 'utf8'));
});

app.get('/h', (req, res) => {
@ok  res.sendFile(String(req.params.name), { root: '/srv/public' });
});

app.post('/i', async (req, res) => {
@@  await fsP['writeFile'](path.resolve(ROOT, req.body.name), req.body.content);
  res.end();
});

app.get('/j', async (req, res) => {
  const store = { readFile: async (key) => cache.get(key) };
@ok  res.send(await store.readFile(req.query.name));
});

const cache = new Map();
module.exports = app;
`,
  ),
  ...kind(
    "files.mjs",
    "CWE-22",
    "fs via namespace, default and named ESM imports, dynamic import and optional calls",
    `import * as fs from 'node:fs';
import fsDefault from 'fs';
import { readFile, rm } from 'fs/promises';
import path from 'node:path';
import express from 'express';

const app = express();
const BASE = '/var/app/data';

app.get('/a', (req, res) => {
@@  res.send(fs.readFileSync(path.join(BASE, req.query.f)));
});

app.get('/b', (req, res) => {
@@  fsDefault.readFile(BASE + '/' + req.query.f, (e, d) => res.send(d));
});

app.get('/c', async (req, res) => {
@@  res.send(await readFile(\`\${BASE}/\${req.params.f}\`));
});

app.delete('/d', async (req, res) => {
@@  await rm(path.join(BASE, req.body.dir), { recursive: true });
  res.end();
});

app.get('/e', async (req, res) => {
  const { readFile: load } = await import('node:fs/promises');
@@  res.send(await load(path.join(BASE, req.query.f)));
});

app.get('/f', async (req, res) => {
  const name = path.basename(String(req.query.f));
@ok  res.send(await readFile(path.join(BASE, name)));
});

app.get('/g', (req, res) => {
  const full = path.resolve(BASE, String(req.query.f));
  if (!full.startsWith(BASE + path.sep)) return res.status(400).end();
@ok  res.send(fs.readFileSync(full));
});

app.get('/h', (req, res) => {
@@  res.send(fs.promises?.readFile?.(path.join(BASE, req.query.f)));
});

app.get('/i', (req, res) => {
@ok  res.send(fs.readFileSync(new URL('./banner.txt', import.meta.url)));
});

export default app;
`,
  ),
  ...kind(
    "storage.js",
    "CWE-22",
    "a local barrel object re-exporting fs members under other names",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const io = {
  read: fs.readFileSync,
  write: fs.writeFileSync,
  remove: fs.unlinkSync,
};
module.exports.io = io;

const app = express();

app.get('/read', (req, res) => {
@@  res.send(io.read(path.join('/data', req.query.file)));
});

app.post('/write', (req, res) => {
@@  io.write('/data/' + req.body.name, req.body.text);
  res.end();
});

app.delete('/rm', (req, res) => {
@@  io.remove(req.query.target);
  res.end();
});

app.get('/motd', (req, res) => {
@ok  res.send(io.read('/etc/motd', 'utf8'));
});

module.exports.app = app;
`,
  ),
  ...kind(
    "tools.js",
    "CWE-78",
    "a local barrel object re-exporting child_process members under other names",
    `const express = require('express');
const cp = require('child_process');

const sys = { shell: cp.exec, shellSync: cp.execSync, ...require('child_process') };
const app = express();

app.get('/a', (req, res) => {
@@  sys.shell('ls ' + req.query.d, (e, out) => res.send(out));
});

app.get('/b', (req, res) => {
@@  res.send(sys.shellSync('ls ' + req.query.d).toString());
});

app.get('/c', (req, res) => {
@@  res.send(sys.execSync('stat ' + req.query.d).toString());
});

app.get('/d', (req, res) => {
@ok  res.send(sys.shellSync('ls /tmp').toString());
});

module.exports = { sys, app };
`,
  ),
  ...kind(
    "users.ts",
    "CWE-89",
    "pg and mysql2 query methods bound, destructured and called by computed name",
    `import express from 'express';
import { Pool } from 'pg';
import mysql from 'mysql2/promise';

const app = express();
const pool = new Pool();
const q = pool.query.bind(pool);

app.get('/u/:id', async (req, res) => {
@@  const r = await q('SELECT * FROM users WHERE id = ' + req.params.id);
  res.json(r.rows);
});

app.get('/v/:id', async (req, res) => {
@ok  const r = await q('SELECT * FROM users WHERE id = $1', [req.params.id]);
  res.json(r.rows);
});

app.get('/w', async (req, res) => {
  const conn = await mysql.createConnection({ host: 'db' });
@@  const [rows] = await conn.execute(\`SELECT * FROM items WHERE name = '\${req.query.name}'\`);
@ok  const [rows2] = await conn.execute('SELECT * FROM items WHERE name = ?', [req.query.name]);
  res.json([rows, rows2]);
});

app.post('/x', async (req, res) => {
@@  await pool['query']("DELETE FROM sessions WHERE token = '" + req.body.token + "'");
  res.end();
});

app.get('/y', async (req, res) => {
  const client = await pool.connect();
@@  const r = await client.query?.(\`SELECT * FROM orders WHERE status = '\${req.query.status}'\`);
  client.release();
  res.json(r?.rows);
});

app.get('/z', async (req, res) => {
  const { query } = { query: (text: string, values?: unknown[]) => pool.query(text, values) };
@@  const r = await query('SELECT * FROM t WHERE a = ' + req.query.a);
@ok  const r2 = await query('SELECT * FROM t WHERE a = $1', [req.query.a]);
  res.json([r.rows, r2.rows]);
});

export default app;
`,
  ),
  ...kind(
    "orm.mjs",
    "CWE-89",
    "knex, sequelize, prisma, better-sqlite3 raw vs parameterised spellings",
    `import express from 'express';
import knexFactory from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';
import { PrismaClient } from '@prisma/client';
import Database from 'better-sqlite3';

const app = express();
const knex = knexFactory({ client: 'pg' });
const sequelize = new Sequelize('postgres://localhost/db');
const prisma = new PrismaClient();
const db = new Database('app.db');

app.get('/k1', async (req, res) => {
@ok  res.json(await knex('users').where({ id: req.query.id }));
});

app.get('/k2', async (req, res) => {
@@  res.json(await knex.raw(\`select * from users where id = \${req.query.id}\`));
});

app.get('/k3', async (req, res) => {
@ok  res.json(await knex.raw('select * from users where id = ?', [req.query.id]));
});

app.get('/k4', async (req, res) => {
@@  res.json(await knex('users').whereRaw("name = '" + req.query.name + "'"));
});

app.get('/s1', async (req, res) => {
@@  res.json(await sequelize.query(\`SELECT * FROM posts WHERE tag = '\${req.query.tag}'\`, { type: QueryTypes.SELECT }));
});

app.get('/s2', async (req, res) => {
@ok  res.json(await sequelize.query('SELECT * FROM posts WHERE tag = :tag', { replacements: { tag: req.query.tag }, type: QueryTypes.SELECT }));
});

app.get('/p1', async (req, res) => {
@@  res.json(await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = '\${req.query.email}'\`));
});

app.get('/p2', async (req, res) => {
@ok  res.json(await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${req.query.email}\`);
});

app.post('/p3', async (req, res) => {
@@  res.json(await prisma.$executeRawUnsafe('UPDATE "User" SET name = \\'' + req.body.name + '\\' WHERE id = 1'));
});

app.post('/b1', (req, res) => {
@@  db.exec(\`INSERT INTO log (msg) VALUES ('\${req.body.msg}')\`);
  res.end();
});

app.post('/b2', (req, res) => {
@ok  db.prepare('INSERT INTO log (msg) VALUES (?)').run(req.body.msg);
  res.end();
});

app.post('/b3', (req, res) => {
@@  const row = db.prepare('SELECT * FROM log WHERE id = ' + req.body.id).get();
  res.json(row);
});

app.post('/b4', (req, res) => {
@ok  db.exec('CREATE TABLE IF NOT EXISTS log (id INTEGER PRIMARY KEY, msg TEXT)');
  res.end();
});

export default app;
`,
  ),
  ...kind(
    "repo.ts",
    "CWE-89",
    "a local query helper that parameterises vs one that concatenates, sqlite3 callbacks",
    `import express from 'express';
import sqlite3 from 'sqlite3';

const app = express();
const db = new sqlite3.Database(':memory:');

function query(sql: string, params: unknown[] = []): Promise<unknown[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (e, rows) => (e ? reject(e) : resolve(rows))));
}

const select = (table: 'users' | 'posts', id: unknown) => query(\`SELECT * FROM \${table} WHERE id = ?\`, [id]);

app.get('/a', async (req, res) => {
@ok  res.json(await query('SELECT * FROM users WHERE name = ?', [req.query.name]));
});

app.get('/b', async (req, res) => {
@@  res.json(await query("SELECT * FROM users WHERE name = '" + req.query.name + "'"));
});

app.get('/c', async (req, res) => {
@ok  res.json(await select('posts', req.query.id));
});

app.get('/d', (req, res) => {
@@  db.all(\`SELECT * FROM posts WHERE author = '\${req.query.author}'\`, (e, rows) => res.json(rows));
});

app.get('/e', (req, res) => {
  const run = db.get.bind(db);
@@  run('SELECT * FROM posts WHERE id = ' + req.query.id, (e: Error | null, row: unknown) => res.json(row));
});

app.get('/f', (req, res) => {
@ok  db.get('SELECT * FROM posts WHERE id = ?', [req.query.id], (e, row) => res.json(row));
});

export default app;
`,
  ),
  ...kind(
    "Profile.tsx",
    "CWE-79",
    "React TSX: dangerouslySetInnerHTML and href from URL parameters, refs' innerHTML",
    `import React, { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import DOMPurify from 'dompurify';

export function Profile(): JSX.Element {
  const [params] = useSearchParams();
  const bio = params.get('bio') ?? '';
  const next = params.get('next') ?? '/';
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
@@    if (box.current) box.current.innerHTML = window.location.hash.slice(1);
  }, []);

  useEffect(() => {
@ok    if (box.current) box.current.textContent = window.location.hash.slice(1);
  }, []);

  const html = { __html: bio };
  return (
    <section>
@@      <div dangerouslySetInnerHTML={{ __html: params.get('msg') ?? '' }} />
@ok      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(params.get('msg') ?? '') }} />
@ok      <div>{params.get('msg')}</div>
@@      <p dangerouslySetInnerHTML={html} />
@@      <a href={next}>Continue</a>
@ok      <a href={'/users/' + encodeURIComponent(bio)}>Profile</a>
@@      <iframe srcDoc={params.get('preview') ?? ''} title="preview" />
@ok      <iframe src={'https://www.youtube.com/embed/' + encodeURIComponent(params.get('v') ?? '')} title="video" />
@ok      <div dangerouslySetInnerHTML={{ __html: '<b>Welcome</b>' }} />
      <div ref={box} />
    </section>
  );
}
`,
  ),
  ...kind(
    "Comment.jsx",
    "CWE-79",
    "React JSX without TypeScript: createElement props, spread props, document.write",
    `import React from 'react';
import { createElement } from 'react';
import { useRouter } from 'next/router';

export default function Comment() {
  const { query } = useRouter();
  const props = { dangerouslySetInnerHTML: { __html: query.body } };
  const safe = { children: query.body };
  if (query.legacy) {
@@    document.write('<h2>' + query.title + '</h2>');
  }
  return (
    <div>
@@      {React.createElement('div', { dangerouslySetInnerHTML: { __html: query.body } })}
@@      {createElement('span', { dangerouslySetInnerHTML: { __html: query.sig } })}
@@      <div {...props} />
@ok      <div {...safe} />
@ok      {createElement('span', null, query.sig)}
@@      <a href={query.returnTo}>Back</a>
@ok      <a href="/">Home</a>
    </div>
  );
}
`,
  ),
  ...kind(
    "Message.vue",
    "CWE-79",
    "Vue SFC with script setup: v-html of route data, v-bind:href, mustache and sanitised look-alikes",
    `<template>
  <main>
@@    <div class="body" v-html="route.query.body"></div>
@ok    <div class="body">{{ route.query.body }}</div>
@@    <div class="note" v-html="note"></div>
@ok    <div class="note" v-html="clean"></div>
@ok    <div class="note" v-text="note"></div>
@@    <a :href="route.query.next">Next</a>
@ok    <a :href="'/posts/' + encodeURIComponent(note)">Post</a>
@ok    <p v-html="'<em>static</em>'"></p>
  </main>
</template>

<script setup lang="ts">
import { computed } from 'vue';
import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';

const route = useRoute();
const note = computed(() => String(route.query.note ?? ''));
const clean = computed(() => DOMPurify.sanitize(note.value));
</script>
`,
  ),
  ...kind(
    "Search.vue",
    "CWE-79",
    "Vue SFC options API: v-html of $route.query and data filled from location",
    `<template>
  <div>
@@    <h1 v-html="$route.query.q"></h1>
@ok    <h1>{{ $route.query.q }}</h1>
@@    <section v-html="banner"></section>
  </div>
</template>

<script>
export default {
  data() {
    return { banner: new URLSearchParams(window.location.search).get('banner') };
  },
};
</script>
`,
  ),
  ...kind(
    "Result.svelte",
    "CWE-79",
    "Svelte {@html} of page URL data vs escaped text and sanitised HTML",
    `<script>
  import { page } from '$app/stores';
  import DOMPurify from 'dompurify';
  const fromHash = decodeURIComponent(location.hash.slice(1));
  $: q = $page.url.searchParams.get('q') ?? '';
  $: safeQ = DOMPurify.sanitize(q);
</script>

@@<h1>{@html q}</h1>
@ok<h1>{q}</h1>
@ok<h2>{@html safeQ}</h2>
@@<div>{@html fromHash}</div>
@ok<div>{@html '<hr/>'}</div>
@@<a href={q}>again</a>
`,
  ),
  ...kind(
    "note.component.ts",
    "CWE-79",
    "Angular component: bypassSecurityTrust* of route data, nativeElement.innerHTML, Renderer2",
    `import { Component, ElementRef, OnInit, Renderer2, SecurityContext, ViewChild } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-note',
  template: \`<div [innerHTML]="body"></div><a [href]="link">go</a><iframe [src]="frame"></iframe><div #host></div>\`,
})
export class NoteComponent implements OnInit {
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;
  body: SafeHtml = '';
  link: SafeUrl = '';
  frame: SafeResourceUrl = '';

  constructor(
    private readonly sanitizer: DomSanitizer,
    private readonly route: ActivatedRoute,
    private readonly renderer: Renderer2,
  ) {}

  ngOnInit(): void {
    const msg = this.route.snapshot.queryParamMap.get('msg') ?? '';
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(msg);
@ok    this.body = this.sanitizer.bypassSecurityTrustHtml('<b>Notes</b>');
@@    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.params['u']);
@@    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl(msg);
@ok    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/' + encodeURIComponent(msg));
@ok    const cleaned = this.sanitizer.sanitize(SecurityContext.HTML, msg);
@@    this.host.nativeElement.innerHTML = msg;
@ok    this.host.nativeElement.textContent = msg;
@@    this.renderer.setProperty(this.host.nativeElement, 'innerHTML', msg);
@ok    this.renderer.setProperty(this.host.nativeElement, 'textContent', cleaned);
    this.route.queryParams.subscribe((p) => {
@@      this.host.nativeElement.insertAdjacentHTML('beforeend', p['extra']);
    });
  }
}
`,
  ),
  ...kind(
    "widget.mjs",
    "CWE-79",
    "DOM sinks through aliases: destructured element methods, Reflect.set, computed property names",
    `const params = new URLSearchParams(location.search);
const msg = params.get('msg') ?? '';
const out = document.getElementById('out');
const prop = 'innerHTML';

@@out[prop] = msg;
@@Reflect.set(out, 'innerHTML', msg);
@@Object.assign(out, { innerHTML: msg });
@ok Object.assign(out, { textContent: msg });
@@out.insertAdjacentHTML?.('afterbegin', msg);
const write = document.write.bind(document);
@@write(msg);
@ok write('<p>static footer</p>');
@@document.body.outerHTML = \`<main>\${msg}</main>\`;
@ok out.innerText = msg;
const range = document.createRange();
@@out.appendChild(range.createContextualFragment(msg));
@ok out.append(document.createTextNode(msg));
`,
  ),
  ...kind(
    "proxy.mjs",
    "CWE-918",
    "HTTP clients by many names: destructured axios, node:https, undici, got, aliased fetch",
    `import express from 'express';
import axios from 'axios';
import * as https from 'node:https';
import { request as undiciRequest, fetch as undiciFetch } from 'undici';
import got from 'got';
import nodeFetch from 'node-fetch';

const app = express();
const { get } = axios;
const http = axios.create({ baseURL: 'https://api.example.com' });
const doFetch = globalThis.fetch;

app.get('/a', async (req, res) => {
@@  res.send((await get(req.query.url)).data);
});

app.get('/b', (req, res) => {
@@  https.get(req.query.url, (r) => r.pipe(res));
});

app.get('/c', async (req, res) => {
@@  const { body } = await undiciRequest(req.query.url);
  res.send(await body.text());
});

app.get('/d', async (req, res) => {
@@  res.send(await undiciFetch(String(req.query.url)).then((r) => r.text()));
});

app.get('/e', async (req, res) => {
@@  res.send(await got(req.query.url).text());
});

app.get('/f', async (req, res) => {
@@  res.send(await doFetch(req.query.url).then((r) => r.text()));
});

app.get('/g', async (req, res) => {
@@  res.send(await nodeFetch(\`http://\${req.query.host}/status\`).then((r) => r.text()));
});

app.get('/h', async (req, res) => {
@ok  res.send((await http.get('/users', { params: { q: req.query.q } })).data);
});

app.get('/i', async (req, res) => {
@ok  res.send(await doFetch('https://api.example.com/users/' + encodeURIComponent(String(req.query.id))).then((r) => r.text()));
});

app.get('/j', async (req, res) => {
@ok  res.send((await axios['get']('https://status.example.com/health')).data);
});

app.get('/k', async (req, res) => {
@@  res.send((await axios['post'](req.body.callback, { ok: true })).data);
});

app.get('/l', async (req, res) => {
  const hosts = new Set(['a.example.com', 'b.example.com']);
  const u = new URL(String(req.query.url));
  if (!hosts.has(u.hostname)) return res.status(400).end();
@ok  res.send(await got(u).text());
});

export default app;
`,
  ),
  ...kind(
    "redirects.cjs",
    "CWE-601",
    "redirect spellings: express, computed member, writeHead Location, koa and fastify replies",
    `const express = require('express');
const Koa = require('koa');
const fastify = require('fastify')();

const app = express();

app.get('/a', (req, res) => {
@@  res.redirect(req.query.next);
});

app.get('/b', (req, res) => {
@@  res['redirect'](302, req.query.to);
});

app.get('/c', (req, res) => {
@@  res.writeHead(302, { Location: req.query.u });
  res.end();
});

app.get('/d', (req, res) => {
@@  res.location(req.query.u).sendStatus(302);
});

app.get('/e', (req, res) => {
@ok  res.redirect('/home');
});

app.get('/f', (req, res) => {
  const allowed = ['/home', '/account'];
@ok  res.redirect(allowed.includes(req.query.n) ? req.query.n : '/');
});

app.get('/g', (req, res) => {
@ok  res.redirect('/search?q=' + encodeURIComponent(req.query.q));
});

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.redirect(ctx.query.back);
});

fastify.get('/h', async (request, reply) => {
@@  return reply.redirect(request.query.dest);
});

fastify.get('/i', async (request, reply) => {
@ok  return reply.redirect('/login');
});

module.exports = { app, koa, fastify };
`,
  ),
  ...kind(
    "session.js",
    "CWE-502",
    "unserialize reached through destructuring, renames and namespace objects",
    `const express = require('express');
const serialize = require('node-serialize');
const { unserialize: decode } = require('node-serialize');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/a', (req, res) => {
@@  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json(profile);
});

app.get('/b', (req, res) => {
@@  res.json(decode(req.query.state));
});

app.get('/c', (req, res) => {
@ok  res.json(JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString()));
});

app.get('/d', (req, res) => {
@ok  res.send(serialize.serialize({ user: 'guest' }));
});

module.exports = app;
`,
  ),
  ...kind(
    "hashing.cts",
    "CWE-327",
    "node:crypto through renamed named imports, namespaces and require in a .cts file",
    `import express = require('express');
import * as nodeCrypto from 'node:crypto';
import { createHash as hash, createCipheriv as cipher, randomBytes } from 'crypto';
const { createHash } = require('node:crypto');

const app = express();

app.post('/a', (req, res) => {
@@  res.send(hash('md5').update(req.body.password).digest('hex'));
});

app.post('/b', (req, res) => {
@@  res.send(nodeCrypto.createHash('sha1').update(req.body.password).digest('hex'));
});

app.post('/c', (req, res) => {
@@  const c = cipher('des-ede3-cbc', randomBytes(24), randomBytes(8));
  res.send(c.update(req.body.text, 'utf8', 'hex') + c.final('hex'));
});

app.post('/d', (req, res) => {
@ok  res.send(hash('sha256').update(req.body.text).digest('hex'));
});

app.post('/e', (req, res) => {
@ok  const c = cipher('aes-256-gcm', randomBytes(32), randomBytes(12));
  res.send(c.update(req.body.text, 'utf8', 'hex') + c.final('hex'));
});

app.post('/f', (req, res) => {
@@  res.send(createHash('md5').update(req.body.password).digest('base64'));
});

app.post('/g', (req, res) => {
@@  const c = nodeCrypto['createCipheriv']('rc4', randomBytes(16), null);
  res.send(c.update(req.body.text, 'utf8', 'hex'));
});

export = app;
`,
  ),
  ...kind(
    "tokens.ts",
    "CWE-338",
    "Math.random aliased and bound vs crypto randomness under other names",
    `import { randomBytes as rb, randomUUID, webcrypto } from 'node:crypto';

const rnd = Math.random;
const { random } = Math;

export function resetToken(): string {
@@  return rnd().toString(36).slice(2);
}

export function sessionId(): string {
@@  return Math.floor(random() * 1e16).toString(16);
}

export function apiKey(): string {
@ok  return rb(32).toString('hex');
}

export function csrf(): string {
@ok  return randomUUID();
}

export function otp(): string {
  const a = new Uint32Array(1);
  webcrypto.getRandomValues(a);
@ok  return String(a[0] % 1000000).padStart(6, '0');
}

export function inviteCode(): string {
@@  return Reflect.apply(Math.random, Math, []).toString(36).substring(2, 10);
}

export function jitterMs(): number {
@ok  return Math.floor(Math.random() * 250);
}
`,
  ),
  ...kind(
    "client.mts",
    "CWE-295",
    "TLS verification off through aliased modules, option objects and process.env spellings",
    `import { Agent } from 'node:https';
import * as tls from 'node:tls';
import https from 'https';
import axios from 'axios';

@@process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';

@@export const insecure = new Agent({ rejectUnauthorized: false });
@@export const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
@ok export const strict = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: true }) });

const opts = { host: 'db.internal', port: 6379, rejectUnauthorized: false };
@@export const sock = tls.connect(opts);
@ok export const sock2 = tls.connect({ host: 'db.internal', port: 6379, ca: process.env.DB_CA });

export function get(url: string) {
@@  return https.request(url, { rejectUnauthorized: false });
}

@ok process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
`,
  ),
  ...kind(
    "users.controller.ts",
    "CWE-89",
    "NestJS decorators: @Query/@Param/@Body values into raw queries vs repository look-alikes",
    `import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  @Get('search')
  search(@Query('name') name: string) {
@@    return this.dataSource.query(\`SELECT * FROM "user" WHERE name = '\${name}'\`);
  }

  @Get('search2')
  search2(@Query('name') name: string) {
@ok    return this.dataSource.query('SELECT * FROM "user" WHERE name = $1', [name]);
  }

  @Get(':id')
  one(@Param('id') id: string) {
@@    return this.users.query('SELECT * FROM "user" WHERE id = ' + id);
  }

  @Get(':id/posts')
  posts(@Param('id') id: string) {
@ok    return this.users.findOne({ where: { id: Number(id) } });
  }

  @Post('filter')
  filter(@Body() body: { order: string }) {
@@    return this.users.createQueryBuilder('u').orderBy(body.order).where(\`u.active = \${body.order}\`).getMany();
  }

  @Post('filter2')
  filter2(@Body() body: { name: string }) {
@ok    return this.users.createQueryBuilder('u').where('u.name = :name', { name: body.name }).getMany();
  }
}
`,
  ),
  ...kind(
    "admin.ts",
    "CWE-78",
    "TypeScript namespaces, decorators and class members holding child_process functions",
    `import { exec, execSync } from 'child_process';
import * as cp from 'node:child_process';
import { Controller, Get, Query } from '@nestjs/common';

namespace Shell {
  export const run = cp.exec;
  export function runSync(cmd: string): string {
    return execSync(cmd).toString();
  }
}

@Controller('admin')
export class AdminController {
  private readonly sh = exec;

  @Get('ping')
  ping(@Query('host') host: string) {
@@    return new Promise((r) => this.sh('ping -c 1 ' + host, (e, out) => r(out)));
  }

  @Get('ls')
  ls(@Query('dir') dir: string) {
@@    Shell.run('ls ' + dir);
  }

  @Get('ls2')
  ls2(@Query('dir') dir: string) {
@ok    cp.execFile('ls', ['--', dir]);
  }

  @Get('uptime')
  uptime() {
@ok    return Shell.runSync('uptime');
  }

  @Get('kill')
  kill(@Query('pid') pid: string) {
@@    return execSync(\`kill \${pid}\`).toString();
  }
}
`,
  ),
  ...kind(
    "download.cts",
    "CWE-22",
    "CommonJS TypeScript: import = require, fs via require('fs').promises, stream pipes",
    `import express = require('express');
import path = require('path');
import fs = require('fs');
const fsp = require('fs').promises as typeof import('fs/promises');

const app = express();
const ROOT = path.resolve('public');

app.get('/dl', (req, res) => {
@@  fs.createReadStream(path.join(ROOT, String(req.query.file))).pipe(res);
});

app.get('/dl2', async (req, res) => {
@@  res.send(await fsp.readFile(ROOT + '/' + req.query.file));
});

app.get('/dl3', async (req, res) => {
  const target = path.normalize(path.join(ROOT, String(req.query.file)));
  if (!target.startsWith(ROOT + path.sep)) {
    res.status(403).end();
    return;
  }
@ok  res.send(await fsp.readFile(target));
});

app.get('/dl4', (req, res) => {
@@  res.download(req.query.file as string);
});

app.get('/dl5', (req, res) => {
@ok  res.download(path.join(ROOT, 'manual.pdf'));
});

export = app;
`,
  ),
  ...kind(
    "mongo.mjs",
    "CWE-943",
    "MongoDB via destructured collection methods, computed names and $where strings",
    `import express from 'express';
import { MongoClient } from 'mongodb';

const app = express();
app.use(express.json());
const client = new MongoClient('mongodb://localhost');
const users = client.db('app').collection('users');
const findOne = users.findOne.bind(users);

app.post('/login', async (req, res) => {
@@  const u = await findOne({ user: req.body.user, pass: req.body.pass });
  res.json(!!u);
});

app.post('/login2', async (req, res) => {
@ok  const u = await findOne({ user: String(req.body.user), pass: String(req.body.pass) });
  res.json(!!u);
});

app.get('/w', async (req, res) => {
@@  res.json(await users['find']({ $where: \`this.name === '\${req.query.name}'\` }).toArray());
});

app.get('/x', async (req, res) => {
@ok  res.json(await users['find']({ name: String(req.query.name) }).toArray());
});

export default app;
`,
  ),
  ...kind(
    "render.cjs",
    "CWE-79",
    "express responses through bound send, res[method] and a template literal helper",
    `const express = require('express');
const escape = require('escape-html');
const app = express();

const page = (body) => \`<!doctype html><body>\${body}</body>\`;

app.get('/a', (req, res) => {
  const send = res.send.bind(res);
@@  send(page('<h1>' + req.query.title + '</h1>'));
});

app.get('/b', (req, res) => {
@ok  res.send(page('<h1>' + escape(req.query.title) + '</h1>'));
});

app.get('/c', (req, res) => {
  const method = 'send';
@@  res[method](\`<p>\${req.query.msg}</p>\`);
});

app.get('/d', (req, res) => {
@@  res.type('html').end?.(\`<p>\${req.query.msg}</p>\`);
});

app.get('/e', (req, res) => {
@ok  res.type('text').send(String(req.query.msg));
});

app.get('/f', (req, res) => {
@ok  res.json({ msg: req.query.msg });
});

app.get('/g', (req, res) => {
@@  res.write('<div>' + req.params.name + '</div>');
  res.end();
});

module.exports = app;
`,
  ),
  ...kind(
    "board.js",
    "CWE-79",
    "jQuery by other names: jQuery, a renamed $, computed html method, .html on a cached wrapper",
    `import jq from 'jquery';

const params = new URLSearchParams(window.location.search);
const title = params.get('title') ?? '';
const $box = jq('#box');

@@$box.html(title);
@ok $box.text(title);
@@jQuery('#head')['html'](title);
@@jq('#list').append('<li>' + title + '</li>');
@ok jq('#list').append(jq('<li>').text(title));
@@jq(\`<div class="t">\${title}</div>\`).appendTo('body');
@ok jq('<div class="t">').text(title).appendTo('body');
@@$box.prepend?.(title);
@ok $box.attr('data-title', title);
`,
  ),
];
