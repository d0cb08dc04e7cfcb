// Dev suite "js-ts", batch 156: what happens to a value between source and sink, in JavaScript and TypeScript,
// written blind (before reading the data flow): destructuring with renames/defaults/rest, spreads where a later
// constant key wins vs the tainted key, Object.assign/structuredClone/JSON round-trips, Map/Set/WeakMap by key,
// array positions (push/pop/shift/unshift/splice/at), callbacks (map/filter/reduce/find/flatMap), escaping vs
// raw template tags, String.prototype chains, class fields/#private/getters/static/parameter properties, closures,
// async/await and promise chains, generators, switch/try/early returns/constant ternaries, TS allow-lists (as const,
// enums, satisfies, type guards), numeric narrowing and module-level state. Each positive beside look-alikes where
// the value is replaced, read at another key or narrowed. Own code.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch156", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch156", cwe, note, src, "typescript");

export const BATCH156: DevCase[] = [
  ...js(
    "CWE-78",
    "destructuring with renames, defaults, rest, nesting, swaps and parameters into exec/execSync/spawn with a shell vs names rebound to constants or numbers",
    `const express = require('express');
const { exec, execSync, spawn } = require('child_process');

const app = express();
app.use(express.json());

const DEFAULTS = { host: 'localhost', count: 3, iface: 'eth0' };

app.get('/ping', (req, res) => {
  const { host: target = 'localhost', ...rest } = req.query;
@@  exec('ping -c 1 ' + target, (err, out) => res.type('text').send(out));
});

app.get('/ping-iface', (req, res) => {
  const { host, ...rest } = req.query;
@@  exec(\`ping -c 1 -I \${rest.iface} example.com\`, (err, out) => res.type('text').send(out));
});

app.get('/ping-defaults', (req, res) => {
  const { host: target = 'localhost', iface } = DEFAULTS;
@ok  exec(\`ping -c 1 -I \${iface} \${target}\`, (err, out) => res.type('text').send(out));
});

app.get('/ping-count', (req, res) => {
  const { count = '3' } = req.query;
  const n = Number.parseInt(count, 10) || 3;
@ok  exec(\`ping -c \${n} localhost\`, (err, out) => res.type('text').send(out));
});

app.post('/archive', (req, res) => {
  const { options: { dir, level = 6 } = {} } = req.body;
@@  execSync(\`tar -czf /tmp/out.tgz -C \${dir} .\`);
  res.sendStatus(204);
});

app.post('/archive-level', (req, res) => {
  const { options: { level = 6 } = {} } = req.body;
  const lvl = Math.min(9, Math.max(1, Number(level)));
@ok  execSync(\`GZIP=-\${lvl} tar -czf /tmp/out.tgz -C /srv/data .\`);
  res.sendStatus(204);
});

app.post('/run', (req, res) => {
  const [cmd, ...args] = req.body.argv;
@@  const child = spawn(cmd, args, { shell: true });
  child.stdout.pipe(res);
});

app.get('/swap', (req, res) => {
  let [a, b] = [req.query.cmd, 'uptime'];
  [a, b] = [b, a];
@ok  exec(a, (err, out) => res.send(out));
});

app.get('/swap-other', (req, res) => {
  let [a, b] = [req.query.cmd, 'uptime'];
  [a, b] = [b, a];
@@  exec(b, (err, out) => res.send(out));
});

app.get('/health', (req, res) => {
  let { host } = req.query;
  host = 'status.internal';
@ok  execSync('curl -s http://' + host + '/health');
  res.send('ok');
});

app.get('/health-any', (req, res) => {
  let { host } = req.query;
  if (!host) host = 'status.internal';
@@  execSync('curl -s http://' + host + '/health');
  res.send('ok');
});

function lookup({ name, type = 'A' }) {
@@  return execSync(\`dig +short \${type} \${name}\`).toString();
}
app.get('/lookup', (req, res) => res.send(lookup(req.query)));

function lookupFixed({ type = 'A' }, name) {
@ok  return execSync(\`dig +short \${type} \${name}\`).toString();
}
app.get('/lookup-fixed', (req, res) => res.send(lookupFixed({}, 'example.com')));

app.post('/convert', (req, res) => {
  const [{ src }, { dest = 'out.png' } = {}] = req.body.files;
@@  exec(\`convert \${src} /tmp/\${dest}\`, () => res.sendStatus(202));
});

app.post('/convert-sample', (req, res) => {
  const [{ src }] = [{ src: 'sample.jpg' }, ...req.body.files];
@ok  exec(\`convert /srv/samples/\${src} /tmp/out.png\`, () => res.sendStatus(202));
});

app.post('/git-config', (req, res) => {
  for (const [key, value] of Object.entries(req.body.settings)) {
@@    execSync('git config --global ' + key + ' "' + value + '"');
  }
  res.sendStatus(204);
});

app.post('/git-config-count', (req, res) => {
  const { length } = Object.keys(req.body.settings);
@ok  execSync('echo ' + length + ' >> /var/log/config-count');
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-89",
    "spread where a later constant key wins vs the tainted key wins, Object.assign, structuredClone, JSON round-trips, optional chaining and ?? / || defaults into mysql2 string queries",
    `import express, { Request, Response } from 'express';
import mysql from 'mysql2/promise';

const app = express();
app.use(express.json());
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

const DEFAULT_FILTER = { sort: 'created_at', dir: 'DESC', status: 'active' };

app.get('/products', async (req: Request, res: Response) => {
  const filter = { ...DEFAULT_FILTER, ...req.query };
@@  const [rows] = await pool.query(\`SELECT * FROM products ORDER BY \${filter.sort} \${filter.dir}\`);
  res.json(rows);
});

app.get('/products/fixed-order', async (req: Request, res: Response) => {
  const filter = { ...req.query, sort: 'created_at', dir: 'DESC' };
@ok  const [rows] = await pool.query(\`SELECT * FROM products ORDER BY \${filter.sort} \${filter.dir}\`);
  res.json(rows);
});

app.get('/products/by-status', async (req: Request, res: Response) => {
  const filter = { ...req.query, sort: 'created_at' };
@@  const [rows] = await pool.query(\`SELECT * FROM products WHERE status = '\${filter.status}' ORDER BY \${filter.sort}\`);
  res.json(rows);
});

app.post('/orders/search', async (req: Request, res: Response) => {
  const opts = Object.assign({}, DEFAULT_FILTER, req.body);
@@  const [rows] = await pool.query('SELECT * FROM orders WHERE status = "' + opts.status + '"');
  res.json(rows);
});

app.post('/orders/active', async (req: Request, res: Response) => {
  const opts = Object.assign({}, req.body, { status: 'active' });
@ok  const [rows] = await pool.query('SELECT * FROM orders WHERE status = "' + opts.status + '"');
  res.json(rows);
});

app.post('/reports/purge', async (req: Request, res: Response) => {
  const copy = structuredClone(req.body);
@@  await pool.execute(\`DELETE FROM reports WHERE owner = '\${copy.owner}'\`);
  res.sendStatus(204);
});

app.post('/reports/purge-id', async (req: Request, res: Response) => {
  const copy = structuredClone(req.body);
  const owner = Number(copy.owner);
@ok  await pool.execute(\`DELETE FROM reports WHERE owner_id = \${owner}\`);
  res.sendStatus(204);
});

app.get('/logs', async (req: Request, res: Response) => {
  const snapshot = JSON.parse(JSON.stringify(req.query));
@@  const [rows] = await pool.query("SELECT * FROM logs WHERE level = '" + snapshot.level + "'");
  res.json(rows);
});

app.get('/logs/info', async (req: Request, res: Response) => {
  const snapshot = JSON.parse(JSON.stringify({ level: 'info', q: req.query.q }));
@ok  const [rows] = await pool.query("SELECT * FROM logs WHERE level = '" + snapshot.level + "'");
  res.json(rows);
});

app.post('/visits', async (req: Request, res: Response) => {
  const name = req.body?.customer?.name ?? 'guest';
@@  await pool.query(\`INSERT INTO visits (name) VALUES ('\${name}')\`);
  res.sendStatus(201);
});

app.get('/visits', async (req: Request, res: Response) => {
  const limit = Number(req.query?.limit ?? 20);
@ok  const [rows] = await pool.query(\`SELECT * FROM visits ORDER BY id DESC LIMIT \${limit}\`);
  res.json(rows);
});

app.get('/visits/count', async (req: Request, res: Response) => {
  const table = req.query.archived ? 'visits_archive' : 'visits';
@ok  const [rows] = await pool.query(\`SELECT COUNT(*) AS n FROM \${table}\`);
  res.json(rows);
});

app.get('/visits/column', async (req: Request, res: Response) => {
  const col = (req.query.col as string) || 'id';
@@  const [rows] = await pool.query(\`SELECT \${col} FROM visits\`);
  res.json(rows);
});

app.post('/export', async (req: Request, res: Response) => {
  const cols: string[] = [...req.body.columns, 'id'];
@@  const [rows] = await pool.query(\`SELECT \${cols.join(', ')} FROM customers\`);
  res.json(rows);
});

app.post('/export/default', async (req: Request, res: Response) => {
  const cols = [...['name', 'email'], 'id'];
  const requested = req.body.columns?.length ?? 0;
@ok  const [rows] = await pool.query(\`SELECT \${cols.join(', ')} FROM customers LIMIT \${requested + 10}\`);
  res.json(rows);
});

app.put('/profile', async (req: Request, res: Response) => {
  const { id, ...changes } = { ...req.body, updated_by: 'api' };
@@  await pool.query(\`UPDATE users SET bio = '\${changes.bio}' WHERE id = ?\`, [id]);
  res.sendStatus(204);
});

app.put('/profile/touch', async (req: Request, res: Response) => {
  const { id, ...changes } = { ...req.body, updated_by: 'api' };
@ok  await pool.query(\`UPDATE users SET updated_by = '\${changes.updated_by}' WHERE id = ?\`, [id]);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-22",
    "Map, Set and WeakMap get/set by constant key (the tainted key vs a different or overwritten key), constant lookup tables and Set allow-lists into fs paths",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());

const DOCS = new Map([
  ['terms', 'terms.md'],
  ['privacy', 'privacy.md'],
]);
const ALLOWED = new Set(['report.pdf', 'summary.pdf']);
const meta = new WeakMap();

app.get('/files', (req, res) => {
  const params = new Map();
  params.set('name', req.query.name);
  params.set('root', '/srv/files');
@@  res.send(fs.readFileSync(path.join(params.get('root'), params.get('name'))));
});

app.get('/files/list', (req, res) => {
  const params = new Map();
  params.set('name', req.query.name);
  params.set('root', '/srv/files');
@ok  res.json(fs.readdirSync(params.get('root')));
});

app.get('/files/overwritten', (req, res) => {
  const params = new Map([['page', req.query.page]]);
  params.set('page', 'index.html');
@ok  res.send(fs.readFileSync(path.join('/srv/site', params.get('page'))));
});

app.get('/files/entries', (req, res) => {
  const params = new Map([['dir', req.query.dir], ['base', '/var/www']]);
@@  res.json(fs.readdirSync(path.resolve(params.get('base'), params.get('dir'))));
});

app.get('/docs', (req, res) => {
  const file = DOCS.get(req.query.doc);
  if (!file) return res.sendStatus(404);
@ok  res.type('text/markdown').send(fs.readFileSync(path.join(__dirname, 'docs', file), 'utf8'));
});

app.get('/docs/extra', (req, res) => {
  const docs = new Map(DOCS);
  docs.set('custom', req.query.custom);
@@  res.send(fs.readFileSync(path.join(__dirname, 'docs', docs.get('custom')), 'utf8'));
});

app.get('/download', (req, res) => {
  if (!ALLOWED.has(req.query.f)) return res.sendStatus(403);
@ok  res.download(path.join('/srv/reports', req.query.f));
});

app.get('/download/logged', (req, res) => {
  if (!ALLOWED.has(req.query.f)) console.warn('unexpected report', req.query.f);
@@  res.download(path.join('/srv/reports', req.query.f));
});

app.delete('/uploads', (req, res) => {
  const targets = new Set(req.body.paths);
  for (const p of targets) {
@@    fs.unlinkSync(path.join('/srv/uploads', p));
  }
  res.sendStatus(204);
});

app.delete('/uploads/first', (req, res) => {
  const [first] = [...new Set(req.body.paths)];
@@  fs.rmSync(first, { force: true });
  res.sendStatus(204);
});

app.delete('/uploads/known', (req, res) => {
  const wanted = new Set(req.body.paths);
  for (const p of ALLOWED) {
@ok    if (wanted.has(p)) fs.rmSync(path.join('/srv/reports', p), { force: true });
  }
  res.sendStatus(204);
});

app.use((req, res, next) => {
  meta.set(req, { upload: req.body && req.body.tmp, scratch: '/tmp/scratch' });
  next();
});

app.post('/finish', (req, res) => {
@@  fs.renameSync(meta.get(req).upload, '/srv/uploads/latest');
  res.sendStatus(204);
});

app.post('/finish/scratch', (req, res) => {
@ok  fs.mkdirSync(meta.get(req).scratch, { recursive: true });
  res.sendStatus(204);
});

app.post('/settings', (req, res) => {
  const settings = new Map(Object.entries(req.body));
  for (const [key, value] of settings) {
@@    fs.writeFileSync(path.join('/etc/app', key), String(value));
  }
  res.sendStatus(204);
});

app.post('/settings/count', (req, res) => {
  const settings = new Map(Object.entries(req.body));
@ok  fs.writeFileSync('/var/lib/app/settings-count', String(settings.size));
  res.sendStatus(204);
});
`,
  ),
  ...ts(
    "CWE-918",
    "arrays: push/pop/shift/unshift/splice/at/index reads at a known position, constant host tables indexed by the request, concat and allow-list includes into fetch/axios",
    `import express, { Request, Response } from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

const HOSTS = ['eu.api.example.com', 'us.api.example.com'] as const;

app.get('/probe', async (req: Request, res: Response) => {
  const urls: string[] = [];
  urls.push('https://api.example.com/status');
  urls.push(String(req.query.url));
@@  const probe = await fetch(urls[1]);
@ok  const status = await fetch(urls[0]);
  res.json({ probe: probe.status, status: status.status });
});

app.get('/probe/last', async (req: Request, res: Response) => {
  const queue = ['https://api.example.com/status', String(req.query.url)];
  const last = queue.pop()!;
@@  const r = await axios.get(last);
  res.json(r.data);
});

app.get('/probe/first', async (req: Request, res: Response) => {
  const queue = ['https://api.example.com/status', String(req.query.url)];
  const first = queue.shift()!;
@ok  const r = await axios.get(first);
  res.json(r.data);
});

app.get('/probe/unshift', async (req: Request, res: Response) => {
  const queue: string[] = ['https://api.example.com/status'];
  queue.unshift(req.query.url as string);
@@  const a = await fetch(queue[0]);
@ok  const b = await fetch(queue[1]);
  res.json([a.status, b.status]);
});

app.get('/probe/splice', async (req: Request, res: Response) => {
  const list = ['https://a.example.com/', 'https://b.example.com/'];
  list.splice(1, 0, req.query.url as string);
@@  const mid = await fetch(list[1]);
@ok  const end = await fetch(list[2]);
  res.json([mid.status, end.status]);
});

app.get('/probe/at', async (req: Request, res: Response) => {
  const pair = ['https://api.example.com/v1', req.query.url as string];
@@  const r1 = await axios.get(pair.at(-1)!);
@ok  const r2 = await axios.get(pair.at(0)!);
  res.json([r1.status, r2.status]);
});

app.get('/region', async (req: Request, res: Response) => {
  const host = HOSTS[Number(req.query.i) === 1 ? 1 : 0];
@ok  const r = await fetch(\`https://\${host}/v1/ping\`);
  res.json({ ok: r.ok });
});

app.get('/region/index', async (req: Request, res: Response) => {
  const i = HOSTS.indexOf(req.query.host as (typeof HOSTS)[number]);
  if (i < 0) return res.sendStatus(400);
@ok  const r = await fetch(\`https://\${HOSTS[i]}/v1/ping\`);
  res.json({ ok: r.ok });
});

app.get('/region/check', async (req: Request, res: Response) => {
  const host = req.query.host as string;
  const target = (HOSTS as readonly string[]).includes(host) ? host : HOSTS[0];
@ok  const r = await fetch(\`https://\${target}/v1/ping\`);
  res.json({ ok: r.ok });
});

app.get('/region/raw', async (req: Request, res: Response) => {
  const hosts: string[] = [...HOSTS];
  hosts[1] = req.query.host as string;
@@  const r = await fetch(\`https://\${hosts[1]}/v1/ping\`);
@ok  const s = await fetch(\`https://\${hosts[0]}/v1/ping\`);
  res.json({ ok: r.ok && s.ok });
});

app.post('/mirrors', async (req: Request, res: Response) => {
  const [primary, backup] = req.body.mirrors as string[];
@@  const r = await axios.get(backup, { timeout: 2000 });
  res.json({ primary, status: r.status });
});

app.post('/webhooks/test', async (req: Request, res: Response) => {
  const targets = ['https://hooks.example.com/audit'].concat(req.body.extra ?? []);
  for (const t of targets) {
@@    await axios.post(t, { ping: true });
  }
  res.sendStatus(204);
});

app.post('/webhooks/count', async (req: Request, res: Response) => {
  const targets = ['https://hooks.example.com/audit'].concat(req.body.extra ?? []);
@ok  await axios.post('https://hooks.example.com/audit', { targets: targets.length });
  res.sendStatus(204);
});

app.get('/proxy/segments', async (req: Request, res: Response) => {
  const segs = String(req.query.p).split('/');
  const host = segs[0];
@@  const r = await fetch('http://' + host + '/' + segs.slice(1).join('/'));
  res.send(await r.text());
});

app.get('/proxy/path', async (req: Request, res: Response) => {
  const segs = String(req.query.p).split('/').map(encodeURIComponent);
@ok  const r = await fetch('https://files.example.com/' + segs.join('/'));
  res.send(await r.text());
});
`,
  ),
  ...js(
    "CWE-601",
    "map/filter/reduce/find/flatMap/Array.from/join callbacks over request data into res.redirect vs callbacks that return constants, allow-list predicates and numbers",
    `const express = require('express');

const app = express();
const ALLOWED = ['/home', '/account', '/billing'];
const SITES = [
  { id: 'docs', url: '/docs' },
  { id: 'blog', url: '/blog' },
];

app.get('/go', (req, res) => {
  const targets = [req.query.next].map((u) => String(u).trim());
@@  res.redirect(targets[0]);
});

app.get('/go/home', (req, res) => {
  const targets = [req.query.next].map(() => '/home');
@ok  res.redirect(targets[0]);
});

app.get('/site', (req, res) => {
  const site = SITES.find((s) => s.id === req.query.site) ?? SITES[0];
@ok  res.redirect(site.url);
});

app.get('/site/first-http', (req, res) => {
  const candidates = String(req.query.urls).split(',');
  const first = candidates.find((u) => u.startsWith('http'));
@@  res.redirect(first || '/');
});

app.get('/return', (req, res) => {
  const target = Object.entries(req.query).reduce((acc, [k, v]) => (k === 'return_to' ? v : acc), '/');
@@  res.redirect(target);
});

app.get('/cart', (req, res) => {
  const count = String(req.query.items || '').split(',').reduce((n) => n + 1, 0);
@ok  res.redirect('/cart?count=' + count);
});

app.get('/either', (req, res) => {
  const nexts = [req.query.a, req.query.b].filter(Boolean);
@@  res.redirect(nexts[0] || '/');
});

app.get('/either/allowed', (req, res) => {
  const ok = [req.query.next].filter((u) => ALLOWED.includes(u));
@ok  res.redirect(ok[0] ?? '/home');
});

app.get('/path', (req, res) => {
  const parts = [req.query.path].flatMap((p) => String(p).split('|'));
@@  res.redirect(parts.join('/'));
});

app.get('/path/constant', (req, res) => {
  const parts = [req.query.path].flatMap(() => ['', 'help', 'index']);
@ok  res.redirect(parts.join('/'));
});

app.post('/hops', express.urlencoded({ extended: true }), (req, res) => {
  const hops = Array.from(new Set([].concat(req.body.hop)));
@@  res.redirect(hops[hops.length - 1]);
});

app.get('/page', (req, res) => {
  const pages = Array.from({ length: 5 }, (_, i) => \`/page/\${i + 1}\`);
@ok  res.redirect(pages[Number(req.query.p)] || pages[0]);
});

app.get('/search', (req, res) => {
@ok  res.redirect(['/search', encodeURIComponent(req.query.q)].join('?q='));
});

app.get('/welcome', (req, res) => {
@@  res.redirect([req.query.base, 'welcome'].join('/'));
});

app.get('/lang', (req, res) => {
  const [lang] = String(req.headers['accept-language'] || 'en').split(',').map((s) => s.slice(0, 2));
@ok  res.redirect(\`/\${['en', 'de', 'fr'].includes(lang) ? lang : 'en'}/start\`);
});

app.get('/continue', (req, res) => {
  const url = ['continue', 'next', 'redirect'].map((k) => req.query[k]).find(Boolean);
@@  res.redirect(url ?? '/');
});

app.get('/continue/known', (req, res) => {
  const key = ['continue', 'next'].find((k) => k in req.query) || 'home';
@ok  res.redirect('/' + (key === 'continue' ? 'resume' : 'home'));
});

app.get('/sorted', (req, res) => {
  const urls = [].concat(req.query.u).sort((a, b) => a.length - b.length);
@@  res.location(urls[0]).sendStatus(302);
});

app.get('/sorted/size', (req, res) => {
  const urls = [].concat(req.query.u).sort((a, b) => a.length - b.length);
@ok  res.location(\`/list?n=\${urls.length}\`).sendStatus(302);
});
`,
  ),
  ...ts(
    "CWE-79",
    "template literals, a tag that escapes vs one that does not, String.prototype chains (trim/lowercase/slice, global allow-list replace vs one-shot replace, split/join, length) into res.send HTML",
    `import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const app = express();

function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? escapeHtml(String(values[i])) : ''), '');
}

function raw(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
}

const dedent = (strings: TemplateStringsArray, ...values: unknown[]) =>
  String.raw({ raw: strings }, ...values).replace(/^\\s+/gm, '');

app.get('/hi', (req: Request, res: Response) => {
@ok  res.send(html\`<h1>Hello \${req.query.name}</h1>\`);
});

app.get('/hi/raw', (req: Request, res: Response) => {
@@  res.send(raw\`<h1>Hello \${req.query.name}</h1>\`);
});

app.get('/hi/dedent', (req: Request, res: Response) => {
@@  res.send(dedent\`<div>
    <p>\${req.query.msg}</p>
  </div>\`);
});

app.get('/results', (req: Request, res: Response) => {
  const q = String(req.query.q).trim().toLowerCase().slice(0, 40);
@@  res.send(\`<p>Results for \${q}</p>\`);
});

app.get('/results/clean', (req: Request, res: Response) => {
  const q = String(req.query.q).replace(/[^a-z0-9 ]/gi, '');
@ok  res.send(\`<p>Results for \${q}</p>\`);
});

app.get('/results/once', (req: Request, res: Response) => {
  const q = String(req.query.q).replace('<', '&lt;');
@@  res.send(\`<p>Results for \${q}</p>\`);
});

app.get('/results/count', (req: Request, res: Response) => {
  const words = String(req.query.q).split(/\\s+/).length;
@ok  res.send(\`<p>\${words} words, \${String(req.query.q).length} characters</p>\`);
});

app.get('/tags', (req: Request, res: Response) => {
  const items = String(req.query.tags).split(',').map((t) => \`<li>\${t}</li>\`).join('');
@@  res.send(\`<ul>\${items}</ul>\`);
});

app.get('/tags/safe', (req: Request, res: Response) => {
  const items = String(req.query.tags).split(',').map((t) => \`<li>\${escapeHtml(t)}</li>\`).join('');
@ok  res.send(\`<ul>\${items}</ul>\`);
});

app.get('/card', (req: Request, res: Response) => {
  const inner = \`<b>\${req.query.title}</b>\`;
  const outer = \`<div class="card">\${inner}</div>\`;
@@  res.send(outer);
});

app.get('/card/fixed', (req: Request, res: Response) => {
  let inner = \`<b>\${req.query.title}</b>\`;
  inner = '<b>Untitled</b>';
@ok  res.send(\`<div class="card">\${inner}</div>\`);
});

app.get('/shout', (req: Request, res: Response) => {
  const loud = String(req.query.msg ?? '').normalize('NFC').toUpperCase().padEnd(10, '!');
@@  res.type('html').send('<marquee>' + loud + '</marquee>');
});

app.get('/link', (req: Request, res: Response) => {
  const q = String(req.query.q ?? '');
@ok  res.send(\`<a href="/search?q=\${encodeURIComponent(q)}">search again</a>\`);
});

app.get('/slug', (req: Request, res: Response) => {
  const slug = String(req.query.title).toLowerCase().split(' ').join('-');
@@  res.send(\`<h2 id="\${slug}">\${slug}</h2>\`);
});

app.get('/slug/safe', (req: Request, res: Response) => {
  const slug = String(req.query.title).toLowerCase().replace(/[^a-z0-9]+/g, '-');
@ok  res.send(\`<h2 id="\${slug}">\${slug}</h2>\`);
});

app.get('/initials', (req: Request, res: Response) => {
  const initials = String(req.query.name).split(' ').map((w) => w.charAt(0)).join('');
@@  res.end(\`<span class="avatar">\${initials}</span>\`);
});

app.get('/initials/code', (req: Request, res: Response) => {
  const code = String(req.query.name).charCodeAt(0) % 8;
@ok  res.end(\`<span class="avatar color-\${code}">?</span>\`);
});
`,
  ),
  ...ts(
    "CWE-94",
    "class fields, private #fields, getters, static members and constructor parameter properties carrying request data into eval / new Function / vm vs members that hold constants",
    `import express, { Request, Response } from 'express';
import vm from 'node:vm';

const app = express();
app.use(express.json());

class Formula {
  #source: string;
  readonly fallback = '(a, b) => a + b';
  static readonly IDENTITY = '(x) => x';

  constructor(source: string) {
    this.#source = source;
  }

  compile(): (x: number) => number {
@@    return new Function('x', 'return ' + this.#source) as (x: number) => number;
  }

  compileFallback(): (a: number, b: number) => number {
@ok    return new Function('return ' + this.fallback)() as (a: number, b: number) => number;
  }

  static identity(): (x: number) => number {
@ok    return vm.runInNewContext(Formula.IDENTITY);
  }
}

app.post('/formula', (req: Request, res: Response) => {
  const f = new Formula(req.body.expr);
  res.json({ y: f.compile()(2), sum: f.compileFallback()(1, 2), id: Formula.identity()(3) });
});

class Rule {
  constructor(
    private readonly condition: string,
    private readonly name: string = 'rule',
  ) {}

  test(ctx: Record<string, unknown>): boolean {
@@    return vm.runInNewContext(this.condition, { ...ctx }) === true;
  }

  describe(): string {
@ok    return vm.runInNewContext('"rule " + n', { n: this.name });
  }
}

app.post('/rules/check', (req: Request, res: Response) => {
  const rule = new Rule(String(req.body.condition), String(req.body.name));
  res.json({ ok: rule.test({ user: req.body.user }), label: rule.describe() });
});

class Settings {
  constructor(private data: Record<string, string>) {}
  get transform(): string {
    return this.data.transform ?? '(v) => v';
  }
  get version(): string {
    return '1.0';
  }
}

app.post('/settings/apply', (req: Request, res: Response) => {
  const s = new Settings(req.body);
@@  const fn = eval(s.transform);
@ok  const v = vm.runInNewContext(\`'\${s.version}'.split('.').map(Number)\`);
  res.json({ out: fn(req.body.value), v });
});

class Hooks {
  static onSave = 'void 0';
  static readonly onLoad = 'void 0';
}

app.post('/hooks', (req: Request, res: Response) => {
  Hooks.onSave = req.body.code;
  res.sendStatus(204);
});

app.post('/save', (_req: Request, res: Response) => {
@@  vm.runInThisContext(Hooks.onSave);
@ok  vm.runInThisContext(Hooks.onLoad);
  res.sendStatus(204);
});

class Sandbox {
  private code = '0';
  private readonly ctx = vm.createContext({});
  load(code: string): this {
    this.code = code;
    return this;
  }
  reset(): this {
    this.code = '0';
    return this;
  }
  run(): unknown {
    return new vm.Script(this.code).runInContext(this.ctx);
  }
}

app.post('/sandbox', (req: Request, res: Response) => {
  const box = new Sandbox();
@@  const script = new vm.Script(String(req.body.code));
  res.json({ out: script.runInContext(vm.createContext({})), empty: box.reset().run() });
});

class Template {
  private parts: string[] = [];
  add(part: string): this {
    this.parts.push(part);
    return this;
  }
  toFunction(): () => string {
    const body = 'return \`' + this.parts.join('') + '\`;';
@@    return new Function(body) as () => string;
  }
}

app.post('/render', (req: Request, res: Response) => {
  const t = new Template().add('<p>').add(req.body.text).add('</p>');
  res.send(t.toFunction()());
});

class Counter {
  static #count = 0;
  static next(): number {
    return ++Counter.#count;
  }
}

app.get('/tick', (req: Request, res: Response) => {
  const n = Counter.next();
@ok  res.json({ tick: eval(String(n) + ' * 2'), q: req.query.q });
});

class Job {
  public readonly kind = 'report';
  constructor(public payload: string) {}
}

app.post('/jobs', (req: Request, res: Response) => {
  const job = new Job(req.body.payload);
@@  setTimeout(job.payload, 10);
@ok  setTimeout(() => console.log(job.kind), 10);
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-78",
    "closures, higher-order functions, async/await, Promise.then chains, Promise.all results by index and callbacks carrying request data into exec/execSync vs values the chain replaces with constants",
    `import express, { Request, Response } from 'express';
import { exec, execSync } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const app = express();
app.use(express.json());

async function branchOf(q: Record<string, unknown>): Promise<string> {
  return String(q.branch);
}
async function defaultBranch(_q: Record<string, unknown>): Promise<string> {
  return 'main';
}

app.get('/log', async (req: Request, res: Response) => {
  const ref = await Promise.resolve(req.query.ref as string);
@@  const { stdout } = await execAsync(\`git log --oneline \${ref}\`);
  res.type('text').send(stdout);
});

app.get('/log/head', async (req: Request, res: Response) => {
  const ref = await Promise.resolve('HEAD');
@ok  const { stdout } = await execAsync(\`git log --oneline -n 5 \${ref}\`);
  res.type('text').send(stdout);
});

app.post('/checkout', async (req: Request, res: Response) => {
  const b = await branchOf(req.body);
@@  execSync('git checkout ' + b);
  res.sendStatus(204);
});

app.post('/checkout/default', async (req: Request, res: Response) => {
  const b = await defaultBranch(req.body);
@ok  execSync('git checkout ' + b);
  res.sendStatus(204);
});

app.post('/count', (req: Request, res: Response) => {
  Promise.resolve(req.body.file)
    .then((f: string) => f.trim())
    .then((f) => {
@@      exec('wc -l ' + f, (err, out) => res.send(out));
    });
});

app.post('/count/readme', (req: Request, res: Response) => {
  Promise.resolve(req.body.file)
    .then(() => 'README.md')
    .then((f) => {
@ok      exec('wc -l ' + f, (err, out) => res.send(out));
    });
});

app.get('/pull', async (req: Request, res: Response) => {
  const [user, tag] = await Promise.all([Promise.resolve('deploy'), Promise.resolve(String(req.query.tag))]);
@@  execSync(\`docker pull registry.local/app:\${tag}\`);
@ok  execSync(\`sudo -u \${user} systemctl restart app\`);
  res.sendStatus(204);
});

app.get('/pull/results', async (req: Request, res: Response) => {
  const results = await Promise.all([fetch('http://meta.local/version').then(() => 'v2'), Promise.resolve(req.query.image)]);
@ok  execSync('docker pull registry.local/app:' + results[0]);
@@  execSync('docker pull ' + results[1]);
  res.sendStatus(204);
});

function withHost(host: string) {
@@  return () => execSync('ping -c 1 ' + host).toString();
}
app.get('/ping', (req: Request, res: Response) => {
  const run = withHost(String(req.query.host));
  res.send(run());
});

function counter() {
  let n = 0;
  return () => ++n;
}
const nextId = counter();
app.get('/stamp', (_req: Request, res: Response) => {
@ok  execSync('touch /tmp/stamp-' + nextId());
  res.sendStatus(204);
});

app.post('/convert', (req: Request, res: Response) => {
  const steps = [(s: string) => s.trim(), (s: string) => s.replace(/\\s+/g, ' ')];
  const args = steps.reduce((v, f) => f(v), String(req.body.args));
@@  execSync(\`convert \${args}\`);
  res.sendStatus(204);
});

const apply = <T,>(v: T, f: (x: T) => string) => f(v);
app.post('/identify', (req: Request, res: Response) => {
  const cmd = apply(req.body.file, () => 'identify /tmp/in.png');
@ok  execSync(cmd);
  res.sendStatus(204);
});

function withDir(req: Request, cb: (dir: string) => void) {
  cb(String(req.query.dir));
}
app.get('/ls', (req: Request, res: Response) => {
  withDir(req, (dir) => {
@@    exec('ls -la ' + dir, (err, out) => res.send(out));
  });
});

app.get('/ls/home', (req: Request, res: Response) => {
  withDir(req, () => {
@ok    exec('ls -la /home/app', (err, out) => res.send(out));
  });
});

app.get('/tail', async (req: Request, res: Response) => {
  const lines = await new Promise<number>((resolve) => resolve(parseInt(String(req.query.n), 10) || 20));
@ok  const { stdout } = await execAsync(\`tail -n \${lines} /var/log/app.log\`);
  res.type('text').send(stdout);
});

app.get('/grep', async (req: Request, res: Response) => {
  const pattern = await new Promise<string>((resolve) => setImmediate(() => resolve(String(req.query.p))));
@@  const { stdout } = await execAsync(\`grep -r "\${pattern}" /var/log/app\`);
  res.type('text').send(stdout);
});
`,
  ),
  ...js(
    "CWE-89",
    "generators and for...of, switch on a constant and on the input, try/catch/finally paths, early returns and ternaries with constant conditions into pg string queries",
    `const express = require('express');
const { Pool } = require('pg');

const app = express();
app.use(express.json());
const pool = new Pool();
const DEBUG = false;
const USE_REQUEST_TABLE = true;

function* terms(q) {
  for (const t of String(q).split(',')) yield t.trim();
}
function* ids(q) {
  for (const t of String(q).split(',')) yield parseInt(t, 10);
}

app.post('/tags', async (req, res) => {
  for (const t of terms(req.query.tags)) {
@@    await pool.query(\`INSERT INTO tag_hits (tag) VALUES ('\${t}')\`);
  }
  res.sendStatus(204);
});

app.delete('/tags', async (req, res) => {
  for (const id of ids(req.query.ids)) {
@ok    await pool.query(\`DELETE FROM tag_hits WHERE id = \${id}\`);
  }
  res.sendStatus(204);
});

app.get('/items', async (req, res) => {
  let column;
  switch (req.query.sort) {
    case 'name':
      column = 'name';
      break;
    case 'date':
      column = 'created_at';
      break;
    default:
      column = 'id';
  }
@ok  const { rows } = await pool.query(\`SELECT * FROM items ORDER BY \${column}\`);
  res.json(rows);
});

app.get('/items/any-sort', async (req, res) => {
  let column;
  switch (req.query.sort) {
    case 'date':
      column = 'created_at';
      break;
    default:
      column = req.query.sort;
  }
@@  const { rows } = await pool.query(\`SELECT * FROM items ORDER BY \${column}\`);
  res.json(rows);
});

app.get('/items/search', async (req, res) => {
  const MODE = 'search';
  let where = '1=1';
  switch (MODE) {
    case 'search':
      where = \`name LIKE '%\${req.query.q}%'\`;
      break;
    default:
      where = '1=1';
  }
@@  const { rows } = await pool.query('SELECT * FROM items WHERE ' + where);
  res.json(rows);
});

app.get('/items/filter', async (req, res) => {
  let filter = 'true';
  try {
    filter = JSON.parse(String(req.query.f)).where;
  } catch {
    filter = 'true';
  }
@@  const { rows } = await pool.query('SELECT * FROM items WHERE ' + filter);
  res.json(rows);
});

app.get('/items/:id', async (req, res) => {
  let id;
  try {
    id = BigInt(req.params.id);
  } catch {
    return res.status(400).end();
  }
@ok  const { rows } = await pool.query(\`SELECT * FROM items WHERE id = \${id}\`);
  res.json(rows);
});

app.get('/items/label', async (req, res) => {
  let label = req.query.label;
  try {
    await pool.query('SELECT 1');
  } finally {
    label = 'default';
  }
@ok  const { rows } = await pool.query(\`SELECT * FROM items WHERE label = '\${label}'\`);
  res.json(rows);
});

app.get('/items/label-fallback', async (req, res) => {
  let label = 'default';
  try {
    label = decodeURIComponent(String(req.query.label));
  } finally {
    console.log('label parsed');
  }
@@  const { rows } = await pool.query(\`SELECT * FROM items WHERE label = '\${label}'\`);
  res.json(rows);
});

app.get('/columns', async (req, res) => {
  if (!/^[a-z_]+$/.test(String(req.query.col))) return res.status(400).end();
@ok  const { rows } = await pool.query(\`SELECT \${req.query.col} FROM items\`);
  res.json(rows);
});

app.get('/columns/present', async (req, res) => {
  if (!req.query.col) return res.status(400).end();
@@  const { rows } = await pool.query(\`SELECT \${req.query.col} FROM items\`);
  res.json(rows);
});

app.get('/table', async (req, res) => {
  const table = DEBUG ? req.query.table : 'items';
@ok  const { rows } = await pool.query(\`SELECT * FROM \${table} LIMIT 10\`);
  res.json(rows);
});

app.get('/table/any', async (req, res) => {
  const table = USE_REQUEST_TABLE ? req.query.table : 'items';
@@  const { rows } = await pool.query(\`SELECT * FROM \${table} LIMIT 10\`);
  res.json(rows);
});

app.post('/bulk', async (req, res) => {
  for (const row of req.body.rows) {
    if (typeof row.qty !== 'number') continue;
@@    await pool.query(\`INSERT INTO stock (sku, qty) VALUES ('\${row.sku}', \${row.qty})\`);
  }
  res.sendStatus(204);
});

app.post('/bulk/qty', async (req, res) => {
  for (const row of req.body.rows) {
    if (typeof row.qty !== 'number' || !Number.isInteger(row.sku)) continue;
@ok    await pool.query(\`INSERT INTO stock (sku, qty) VALUES (\${row.sku}, \${row.qty})\`);
  }
  res.sendStatus(204);
});

app.get('/since', async (req, res) => {
  let since = req.query.since;
  while (!since) since = '1970-01-01';
@@  const { rows } = await pool.query(\`SELECT * FROM events WHERE at > '\${since}'\`);
  res.json(rows);
});

app.get('/since/days', async (req, res) => {
  let days = 0;
  for (const ch of String(req.query.days)) days = days * 10 + (ch.charCodeAt(0) - 48);
@ok  const { rows } = await pool.query(\`SELECT * FROM events WHERE at > now() - interval '\${days} days'\`);
  res.json(rows);
});
`,
  ),
  ...ts(
    "CWE-22",
    "as const unions, TS enums and satisfies tables as allow-lists, type guards that check membership vs guards that check only the type, casts that narrow nothing, into fs paths",
    `import express, { Request, Response } from 'express';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const app = express();

const THEMES = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];
function isTheme(x: unknown): x is Theme {
  return typeof x === 'string' && (THEMES as readonly string[]).includes(x);
}
function isString(x: unknown): x is string {
  return typeof x === 'string';
}

enum Report {
  Daily = 'daily.csv',
  Weekly = 'weekly.csv',
}

const DOCS = { terms: 'terms.md', privacy: 'privacy.md' } satisfies Record<string, string>;

type SafeName = string & { readonly __brand: 'SafeName' };
function isSafeName(x: string): x is SafeName {
  return /^[\\w-]+\\.txt$/.test(x);
}

app.get('/theme', async (req: Request, res: Response) => {
  const t = req.query.t;
  if (!isTheme(t)) return res.status(400).end();
@ok  res.type('css').send(await fs.readFile(path.join(__dirname, 'themes', \`\${t}.css\`), 'utf8'));
});

app.get('/theme/any', async (req: Request, res: Response) => {
  const t = req.query.t;
  if (!isString(t)) return res.status(400).end();
@@  res.type('css').send(await fs.readFile(path.join(__dirname, 'themes', \`\${t}.css\`), 'utf8'));
});

app.get('/theme/cast', async (req: Request, res: Response) => {
  const t = req.query.t as Theme;
@@  res.type('css').send(await fs.readFile(path.join(__dirname, 'themes', t + '.css'), 'utf8'));
});

app.get('/report', async (req: Request, res: Response) => {
  const file = req.query.kind === 'weekly' ? Report.Weekly : Report.Daily;
@ok  res.send(await fs.readFile(path.join('/srv/reports', file)));
});

app.get('/report/cast', async (req: Request, res: Response) => {
  const file = req.query.kind as Report;
@@  res.send(await fs.readFile(path.join('/srv/reports', file)));
});

app.get('/report/lookup', async (req: Request, res: Response) => {
  const key = String(req.query.kind) as keyof typeof Report;
  const file = Report[key];
  if (!Object.values(Report).includes(file)) return res.sendStatus(404);
@ok  res.send(await fs.readFile(path.join('/srv/reports', file)));
});

app.get('/docs', async (req: Request, res: Response) => {
  const key = String(req.query.doc);
  if (!Object.hasOwn(DOCS, key)) return res.sendStatus(404);
  const name = DOCS[key as keyof typeof DOCS];
@ok  res.send(await fs.readFile(path.join('/srv/docs', name), 'utf8'));
});

app.get('/docs/raw', async (req: Request, res: Response) => {
  const key = String(req.query.doc) as keyof typeof DOCS;
  const name = DOCS[key] ?? key;
@@  res.send(await fs.readFile(path.join('/srv/docs', name), 'utf8'));
});

app.get('/notes', async (req: Request, res: Response) => {
  const n = String(req.query.n);
  if (isSafeName(n)) {
@ok    res.send(await fs.readFile(path.join('/srv/notes', n), 'utf8'));
  } else {
    res.sendStatus(400);
  }
});

app.get('/notes/warn', async (req: Request, res: Response) => {
  const n = String(req.query.n);
  if (!isSafeName(n)) console.warn('odd note name', n);
@@  res.send(await fs.readFile(path.join('/srv/notes', n), 'utf8'));
});

enum Slot {
  A,
  B,
  C,
}
app.get('/slot', async (req: Request, res: Response) => {
  const slot = Number(req.query.s) as Slot;
@ok  res.send(await fs.readFile(\`/srv/slots/\${slot}.bin\`));
});

const FORMATS = { png: 'image/png', jpg: 'image/jpeg' } as const;
type Format = keyof typeof FORMATS;
app.get('/image', async (req: Request, res: Response) => {
  const fmt = req.query.fmt as string;
  const ext: Format = fmt === 'jpg' ? 'jpg' : 'png';
@ok  res.type(FORMATS[ext]).send(await fs.readFile(\`/srv/images/logo.\${ext}\`));
});

app.get('/image/named', async (req: Request, res: Response) => {
  const { name, fmt } = req.query as { name: string; fmt: Format };
@@  res.type(FORMATS[fmt] ?? 'image/png').send(await fs.readFile(\`/srv/images/\${name}.\${fmt}\`));
});

app.post('/upload/:kind', express.raw(), async (req: Request, res: Response) => {
  const kind = req.params.kind satisfies string;
@@  await fs.writeFile(path.join('/srv/uploads', kind, 'latest.bin'), req.body);
  res.sendStatus(201);
});

app.post('/upload-known/:kind', express.raw(), async (req: Request, res: Response) => {
  const KINDS = ['avatars', 'banners'] as const;
  const kind = KINDS.find((k) => k === req.params.kind);
  if (!kind) return res.sendStatus(404);
@ok  await fs.writeFile(path.join('/srv/uploads', kind, 'latest.bin'), req.body);
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-113",
    "response headers from request data through destructuring, defaults, spreads and string chains vs values narrowed by Number/parseInt/unary plus/Boolean, encodeURIComponent or an allow-list",
    `const express = require('express');

const app = express();
const LANGS = new Set(['en', 'de', 'fr']);

app.get('/download', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.send('data');
});

app.get('/download/encoded', (req, res) => {
@ok  res.setHeader('Content-Disposition', "attachment; filename*=UTF-8''" + encodeURIComponent(req.query.name));
  res.send('data');
});

app.get('/page', (req, res) => {
@ok  res.setHeader('X-Page', Number(req.query.page));
@ok  res.setHeader('X-Per-Page', +req.query.per);
@ok  res.setHeader('X-Debug', String(Boolean(req.query.debug)));
@ok  res.set('X-Trace-Depth', parseInt(req.get('x-trace-depth'), 10) || 0);
  res.json([]);
});

app.get('/lang', (req, res) => {
@@  res.setHeader('Content-Language', req.query.lang || 'en');
  res.end();
});

app.get('/lang/known', (req, res) => {
  const lang = LANGS.has(req.query.lang) ? req.query.lang : 'en';
@ok  res.setHeader('Content-Language', lang);
  res.end();
});

app.get('/list', (req, res) => {
  const { next: cursor = '' } = req.query;
@@  res.setHeader('Link', \`</list?cursor=\${cursor}>; rel="next"\`);
  res.json([]);
});

app.get('/list/encoded', (req, res) => {
  const { next: cursor = '' } = req.query;
@ok  res.setHeader('Link', \`</list?cursor=\${encodeURIComponent(cursor)}>; rel="next"\`);
  res.json([]);
});

app.get('/cache', (req, res) => {
  const opts = { ...req.query, maxAge: 60 };
@ok  res.setHeader('Cache-Control', \`public, max-age=\${opts.maxAge}\`);
@@  res.setHeader('Vary', opts.vary);
  res.end();
});

app.get('/echo', (req, res) => {
  const id = String(req.headers['x-request-id'] ?? '').trim().slice(0, 64);
@@  res.header('X-Request-Id', id);
  res.end();
});

app.get('/echo/hex', (req, res) => {
  const id = String(req.headers['x-request-id'] ?? '').replace(/[^0-9a-f-]/gi, '').slice(0, 64);
@ok  res.header('X-Request-Id', id);
  res.end();
});

app.get('/echo/once', (req, res) => {
  const id = String(req.headers['x-request-id'] ?? '').replace('\\r\\n', '');
@@  res.header('X-Request-Id', id);
  res.end();
});

app.post('/headers', express.json(), (req, res) => {
  const extra = Object.assign({ 'X-Powered-By': 'app' }, req.body.headers);
  for (const [k, v] of Object.entries(extra)) {
@@    res.setHeader(k, v);
  }
  res.end();
});

app.post('/headers/fixed', express.json(), (req, res) => {
  const extra = Object.assign({}, req.body.headers, { 'X-Frame-Options': 'DENY' });
@ok  res.setHeader('X-Frame-Options', extra['X-Frame-Options']);
  res.end();
});

app.get('/multi', (req, res) => {
  const tags = [].concat(req.query.tag || []);
@@  res.setHeader('X-Tags', tags.join(','));
@ok  res.setHeader('X-Tag-Count', tags.length);
  res.end();
});

app.get('/redirect-hint', (req, res) => {
  const url = new URL(String(req.query.u), 'https://example.com');
@ok  res.setHeader('X-Host-Port', url.port || '443');
@@  res.writeHead(200, { 'X-Original': req.query.u });
  res.end();
});

app.get('/writehead', (req, res) => {
  const { ref } = req.query;
@@  res.writeHead(302, { Location: '/next', 'X-Ref': ref });
  res.end();
});
`,
  ),
  ...js(
    "CWE-918",
    "module-level let state and objects set by one handler and read by another, Fastify and Express, vs state another handler resets to a constant or that only a config file sets",
    `const express = require('express');
const fastify = require('fastify')();
const axios = require('axios');
const http = require('http');

let upstream = 'https://api.example.com';
let lastCallback;
const config = { reportUrl: 'https://reports.example.com/ingest', webhook: 'https://hooks.example.com' };
const registry = {};
let fixedMirror = 'https://mirror.example.com';

const app = express();
app.use(express.json());

app.post('/admin/upstream', (req, res) => {
  upstream = req.body.upstream;
  res.sendStatus(204);
});

app.get('/data', async (req, res) => {
@@  const r = await axios.get(upstream + '/data');
  res.json(r.data);
});

app.post('/callbacks', (req, res) => {
  lastCallback = req.body.callback;
  res.sendStatus(202);
});

app.post('/notify', async (req, res) => {
@@  await fetch(lastCallback, { method: 'POST', body: JSON.stringify({ done: true }) });
  res.sendStatus(204);
});

app.post('/report', async (req, res) => {
@ok  await axios.post(config.reportUrl, { count: req.body.count });
  res.sendStatus(204);
});

app.post('/admin/webhook', (req, res) => {
  config.webhook = req.body.url;
  res.sendStatus(204);
});

app.post('/ping-webhook', async (req, res) => {
@@  await axios.post(config.webhook, { ping: true });
  res.sendStatus(204);
});

app.post('/register', (req, res) => {
  registry[req.body.name] = { url: req.body.url, interval: 60 };
  res.sendStatus(201);
});

app.post('/poll/:name', async (req, res) => {
  const entry = registry[req.params.name];
@@  const r = await fetch(entry.url);
  res.json({ status: r.status, every: entry.interval });
});

app.post('/mirror/reset', (req, res) => {
  fixedMirror = 'https://mirror.example.com';
  res.json({ requested: req.body.url });
});

app.get('/mirror', async (req, res) => {
@ok  const r = await axios.get(fixedMirror + '/index.json');
  res.json(r.data);
});

fastify.post('/fy/target', async (request, reply) => {
  upstream = request.body.target;
  return { ok: true };
});

fastify.get('/fy/fetch', async (request, reply) => {
@@  const r = await fetch(\`\${upstream}/items/\${encodeURIComponent(request.query.id)}\`);
  return r.json();
});

fastify.get('/fy/item', async (request, reply) => {
@ok  const r = await fetch(\`https://api.example.com/items/\${encodeURIComponent(request.query.id)}\`);
  return r.json();
});

fastify.get('/fy/avatar', async (request, reply) => {
  const { user = 'anon', size = 64 } = request.query;
@ok  const r = await fetch(\`https://avatars.example.com/\${encodeURIComponent(user)}?s=\${Number(size)}\`);
  reply.type('image/png');
  return Buffer.from(await r.arrayBuffer());
});

fastify.get('/fy/avatar-host', async (request, reply) => {
  const { host = 'avatars.example.com', user = 'anon' } = request.query;
@@  const r = await fetch(\`https://\${host}/\${encodeURIComponent(user)}\`);
  reply.type('image/png');
  return Buffer.from(await r.arrayBuffer());
});

const cache = new Map();
fastify.post('/fy/feeds', async (request) => {
  cache.set(request.body.id, request.body.feedUrl);
  return { ok: true };
});

fastify.get('/fy/feeds/:id', async (request) => {
  const url = cache.get(request.params.id);
@@  return new Promise((resolve) => http.get(url, (r) => resolve({ status: r.statusCode })));
});

let requestCount = 0;
app.use((req, res, next) => {
  requestCount += req.query.weight ? Number(req.query.weight) : 1;
  next();
});

app.get('/stats', async (req, res) => {
@ok  await axios.post('https://metrics.example.com/count?n=' + requestCount);
  res.json({ requestCount });
});
`,
  ),
  ...ts(
    "CWE-1333",
    "RegExp built from request data after destructuring, spreads, Map state, string chains and callbacks vs patterns escaped globally, replaced by constants or chosen from a constant table",
    `import express, { Request, Response } from 'express';
import escapeStringRegexp from 'escape-string-regexp';

const app = express();
app.use(express.json());

const PATTERNS = { email: '^[^@\\\\s]+@[^@\\\\s]+$', zip: '^\\\\d{5}$' } as const;
const escapeRe = (s: string) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
const names = ['alice', 'bob', 'carol'];

app.get('/search', (req: Request, res: Response) => {
  const { q: term = '', flags = 'i' } = req.query as Record<string, string>;
@@  const re = new RegExp(term, flags);
  res.json(names.filter((n) => re.test(n)));
});

app.get('/search/escaped', (req: Request, res: Response) => {
  const { q: term = '' } = req.query as Record<string, string>;
@ok  const re = new RegExp(escapeRe(term), 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/search/lib', (req: Request, res: Response) => {
  const term = String(req.query.q ?? '').trim();
@ok  const re = new RegExp('^' + escapeStringRegexp(term));
  res.json(names.filter((n) => re.test(n)));
});

app.get('/search/once', (req: Request, res: Response) => {
  const term = String(req.query.q ?? '').replace('*', '\\\\*');
@@  const re = new RegExp('^' + term);
  res.json(names.filter((n) => re.test(n)));
});

app.post('/validate', (req: Request, res: Response) => {
  const kind = req.body.kind === 'zip' ? 'zip' : 'email';
@ok  const re = new RegExp(PATTERNS[kind]);
  res.json({ ok: re.test(String(req.body.value)) });
});

app.post('/validate/custom', (req: Request, res: Response) => {
  const rules = { ...PATTERNS, ...req.body.patterns };
@@  const re = new RegExp(rules[req.body.kind]);
  res.json({ ok: re.test(String(req.body.value)) });
});

app.post('/validate/pinned', (req: Request, res: Response) => {
  const rules = { ...req.body.patterns, email: PATTERNS.email };
@ok  const re = new RegExp(rules.email);
  res.json({ ok: re.test(String(req.body.value)) });
});

const userPatterns = new Map<string, string>();
app.post('/patterns', (req: Request, res: Response) => {
  userPatterns.set('highlight', req.body.pattern);
  userPatterns.set('default', '\\\\bTODO\\\\b');
  res.sendStatus(204);
});

app.get('/highlight', (req: Request, res: Response) => {
@@  const re = new RegExp(userPatterns.get('highlight') ?? '', 'g');
@ok  const todo = new RegExp(userPatterns.get('default') ?? '', 'g');
  res.json({ re: re.source, todo: todo.source });
});

app.get('/words', (req: Request, res: Response) => {
  const words = String(req.query.words).split(',').map((w) => w.trim());
@@  const re = new RegExp(\`\\\\b(\${words.join('|')})\\\\b\`, 'gi');
  res.json({ source: re.source });
});

app.get('/words/escaped', (req: Request, res: Response) => {
  const words = String(req.query.words).split(',').map((w) => escapeRe(w.trim()));
@ok  const re = new RegExp(\`\\\\b(\${words.join('|')})\\\\b\`, 'gi');
  res.json({ source: re.source });
});

app.get('/prefix', async (req: Request, res: Response) => {
  const prefix = await Promise.resolve(String(req.query.prefix));
@@  const matches = names.filter((n) => n.match(prefix));
  res.json(matches);
});

app.get('/prefix/literal', (req: Request, res: Response) => {
  const prefix = String(req.query.prefix);
@ok  const matches = names.filter((n) => n.startsWith(prefix) || n.includes(prefix));
  res.json(matches);
});

class Matcher {
  readonly #pattern: RegExp;
  constructor(source: string) {
@@    this.#pattern = new RegExp(source);
  }
  test(s: string): boolean {
    return this.#pattern.test(s);
  }
}
app.get('/match', (req: Request, res: Response) => {
  res.json({ ok: new Matcher(String(req.query.p)).test('x') });
});

app.get('/count', (req: Request, res: Response) => {
  const n = Math.min(10, parseInt(String(req.query.n), 10) || 1);
@ok  const re = new RegExp(\`^\\\\d{\${n}}$\`);
  res.json({ ok: re.test('12345') });
});

app.get('/split', (req: Request, res: Response) => {
  const sep = String(req.query.sep ?? ',');
@@  res.json(String(req.query.text).split(new RegExp(sep)));
});

app.get('/split/char', (req: Request, res: Response) => {
  const sep = [',', ';', '|'].includes(String(req.query.sep)) ? String(req.query.sep) : ',';
@ok  res.json(String(req.query.text).split(new RegExp(escapeRe(sep))));
});
`,
  ),
  ...js(
    "CWE-79",
    "Fastify and Express HTML replies through Object.assign, structuredClone, optional chaining, ?? and || defaults, class instances and getters vs values read at another key or narrowed to numbers",
    `const express = require('express');
const fastify = require('fastify')({ logger: false });
const escape = require('escape-html');

const app = express();
app.use(express.urlencoded({ extended: false }));

class Greeting {
  #name;
  static prefix = 'Hello';
  constructor(name) {
    this.#name = name;
    this.created = Date.now();
  }
  get name() {
    return this.#name;
  }
  get age() {
    return Date.now() - this.created;
  }
}

fastify.get('/fy/greet', async (request, reply) => {
  const g = new Greeting(request.query.name);
  reply.type('text/html');
@@  return \`<p>\${Greeting.prefix}, \${g.name}</p>\`;
});

fastify.get('/fy/greet-age', async (request, reply) => {
  const g = new Greeting(request.query.name);
  reply.type('text/html');
@ok  return \`<p>\${Greeting.prefix}, visitor \${Math.round(g.age)}</p>\`;
});

fastify.get('/fy/profile', async (request, reply) => {
  const profile = Object.assign({ title: 'Profile' }, request.query);
@@  reply.type('text/html').send(\`<h1>\${profile.title}</h1>\`);
});

fastify.get('/fy/profile-fixed', async (request, reply) => {
  const profile = Object.assign({}, request.query, { title: 'Profile' });
@ok  reply.type('text/html').send(\`<h1>\${profile.title}</h1>\`);
});

fastify.post('/fy/comment', async (request, reply) => {
  const draft = structuredClone(request.body);
  draft.preview = draft.text?.slice(0, 100) ?? '';
@@  reply.header('content-type', 'text/html').send('<blockquote>' + draft.preview + '</blockquote>');
});

fastify.post('/fy/comment-len', async (request, reply) => {
  const draft = structuredClone(request.body);
  const size = draft.text?.length ?? 0;
@ok  reply.header('content-type', 'text/html').send('<p>' + size + ' characters</p>');
});

app.get('/welcome', (req, res) => {
  const who = req.query.user?.name ?? req.query.name ?? 'friend';
@@  res.send('<h2>Welcome back, ' + who + '</h2>');
});

app.get('/welcome/escaped', (req, res) => {
  const who = escape(req.query.user?.name ?? req.query.name ?? 'friend');
@ok  res.send('<h2>Welcome back, ' + who + '</h2>');
});

app.get('/status', (req, res) => {
  const level = req.query.level || 'info';
@@  res.send(\`<span class="badge">\${level}</span>\`);
});

app.get('/status/known', (req, res) => {
  const level = { info: 'info', warn: 'warn' }[req.query.level] || 'info';
@ok  res.send(\`<span class="badge badge-\${level}">\${level}</span>\`);
});

app.post('/cart', (req, res) => {
  const { items = [], coupon } = req.body;
  const total = items.reduce((sum, it) => sum + Number(it.price) * Number(it.qty), 0);
@ok  res.send(\`<p>Total: \${total.toFixed(2)}</p>\`);
@@  res.write(\`<p>Coupon: \${coupon}</p>\`);
  res.end();
});

app.post('/cart/lines', (req, res) => {
  const lines = (req.body.items || []).map((it) => \`<li>\${it.name} x \${Number(it.qty)}</li>\`);
@@  res.send('<ul>' + lines.join('') + '</ul>');
});

app.post('/cart/lines-safe', (req, res) => {
  const lines = (req.body.items || []).map((it) => \`<li>\${escape(it.name)} x \${Number(it.qty)}</li>\`);
@ok  res.send('<ul>' + lines.join('') + '</ul>');
});

function layout(title, body) {
  return \`<!doctype html><title>\${title}</title><main>\${body}</main>\`;
}

app.get('/article', (req, res) => {
@@  res.send(layout('Article', req.query.body));
});

app.get('/article/plain', (req, res) => {
@ok  res.send(layout('Article', escape(req.query.body)));
});

let banner = '';
app.post('/admin/banner', (req, res) => {
  banner = req.body.banner;
  res.sendStatus(204);
});

app.get('/home', (req, res) => {
@@  res.send(\`<header>\${banner}</header><p>home</p>\`);
});

let visits = 0;
app.get('/counter', (req, res) => {
  visits += 1;
@ok  res.send(\`<p>\${visits} visits</p>\`);
});
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js route handlers and API routes: searchParams and body values through destructuring, spread, ?? defaults, URL objects and allow-lists into redirects vs paths kept on the site",
    `import { NextRequest, NextResponse } from 'next/server';
import type { NextApiRequest, NextApiResponse } from 'next';
import { redirect } from 'next/navigation';

const SAFE_PATHS = ['/dashboard', '/settings', '/billing'] as const;
type SafePath = (typeof SAFE_PATHS)[number];
const isSafePath = (p: string | null): p is SafePath => SAFE_PATHS.includes(p as SafePath);

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
@@  return NextResponse.redirect(new URL(next, request.url));
}

export async function HEAD(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next');
  const target: SafePath = isSafePath(next) ? next : '/dashboard';
@ok  return NextResponse.redirect(new URL(target, request.url));
}

export async function POST(request: NextRequest) {
  const { returnTo = '/', ...rest } = await request.json();
@@  return NextResponse.redirect(returnTo, { status: 303 });
}

export async function PUT(request: NextRequest) {
  const { returnTo = '/', ...rest } = await request.json();
  const url = new URL('/done', request.url);
  url.searchParams.set('from', String(returnTo));
@ok  return NextResponse.redirect(url, { status: 303 });
}

export async function PATCH(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const opts = { ...params, home: '/' };
@ok  return NextResponse.redirect(new URL(opts.home, request.url));
}

export async function DELETE(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const opts = { home: '/', ...params };
@@  return NextResponse.redirect(new URL(opts.home, request.url));
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { callbackUrl } = req.query;
  const target = Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl;
  if (req.method === 'GET') {
@@    return res.redirect(302, target ?? '/');
  }
  const page = Math.max(1, Number(req.query.page) || 1);
@ok  return res.redirect(302, \`/results?page=\${page}\`);
}

export async function signOut(request: NextRequest) {
  const back = request.headers.get('referer');
@@  return NextResponse.redirect(back || new URL('/', request.url));
}

export async function signOutHome(request: NextRequest) {
  const back = request.headers.get('referer');
  const url = new URL(back ?? '/', request.url);
@@  return NextResponse.redirect(new URL(url.pathname, request.url));
}

export async function gotoAction(formData: FormData) {
  'use server';
  const dest = String(formData.get('dest'));
@@  redirect(dest);
}

export async function gotoTab(formData: FormData) {
  'use server';
  const tab = String(formData.get('tab'));
@ok  redirect(\`/settings/\${encodeURIComponent(tab)}\`);
}

export async function locale(request: NextRequest) {
  const [, lang = 'en', ...rest] = request.nextUrl.pathname.split('/');
  const known = ['en', 'de'].includes(lang) ? lang : 'en';
@ok  return NextResponse.redirect(new URL(\`/\${known}/home\`, request.url));
}

export async function external(request: NextRequest) {
  const links = new Map<string, string>([['docs', 'https://docs.example.com'], ['status', 'https://status.example.com']]);
  const key = request.nextUrl.searchParams.get('to') ?? 'docs';
@ok  return NextResponse.redirect(links.get(key) ?? 'https://docs.example.com');
}

export async function externalAny(request: NextRequest) {
  const links = new Map<string, string>([['docs', 'https://docs.example.com']]);
  links.set('custom', request.nextUrl.searchParams.get('url') ?? '');
@@  return NextResponse.redirect(links.get('custom')!);
}
`,
  ),
  ...js(
    "CWE-94",
    "eval, new Function and vm on request data through callbacks, promise chains, generators, array positions, switch and try/finally vs code strings the flow replaces with constants",
    `const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

const SNIPPETS = { double: 'x * 2', square: 'x * x', negate: '-x' };

app.post('/calc', (req, res) => {
  const [first, ...others] = req.body.exprs;
@@  res.json({ value: eval(first) });
});

app.post('/calc/preset', (req, res) => {
  const body = SNIPPETS[req.body.op] || SNIPPETS.double;
@ok  const fn = new Function('x', 'return ' + body);
  res.json({ value: fn(Number(req.body.x)) });
});

app.post('/calc/custom', (req, res) => {
  const snippets = { ...SNIPPETS, custom: req.body.expr };
@@  const fn = new Function('x', 'return ' + snippets.custom);
  res.json({ value: fn(Number(req.body.x)) });
});

app.post('/calc/known', (req, res) => {
  const snippets = { ...SNIPPETS, custom: req.body.expr };
@ok  const fn = new Function('x', 'return ' + snippets.square);
  res.json({ value: fn(Number(req.body.x)) });
});

app.post('/transform', (req, res) => {
  Promise.resolve(req.body)
    .then((b) => b.code)
    .then((code) => {
@@      res.json({ out: vm.runInNewContext(code, { input: req.body.input }) });
    });
});

app.post('/transform/fixed', (req, res) => {
  Promise.resolve(req.body)
    .then((b) => ({ ...b, code: 'input.toUpperCase()' }))
    .then(({ code }) => {
@ok      res.json({ out: vm.runInNewContext(code, { input: String(req.body.input) }) });
    });
});

function* stages(body) {
  yield 'input.trim()';
  yield body.stage;
}

app.post('/pipeline', (req, res) => {
  const [builtin, custom] = [...stages(req.body)];
  let v = String(req.body.input);
@ok  v = vm.runInNewContext(builtin, { input: v });
@@  v = vm.runInNewContext(custom, { input: v });
  res.json({ v });
});

app.post('/op', (req, res) => {
  let code;
  switch (req.body.op) {
    case 'inc':
      code = 'n + 1';
      break;
    case 'dec':
      code = 'n - 1';
      break;
    default:
      return res.sendStatus(400);
  }
@ok  res.json({ n: vm.runInNewContext(code, { n: Number(req.body.n) }) });
});

app.post('/op/fallthrough', (req, res) => {
  let code = 'n';
  switch (req.body.op) {
    case 'inc':
      code = 'n + 1';
      break;
    default:
      code = req.body.op;
  }
@@  res.json({ n: vm.runInNewContext(code, { n: Number(req.body.n) }) });
});

app.post('/script', (req, res) => {
  let src = req.body.src;
  try {
    vm.runInNewContext('1');
  } finally {
    src = '"ok"';
  }
@ok  res.json({ out: eval(src) });
});

app.post('/script/catch', (req, res) => {
  let src = '"ok"';
  try {
    src = JSON.parse(req.body.payload).script;
  } catch (e) {
    src = '"bad payload"';
  }
@@  res.json({ out: eval(src) });
});

app.post('/filter', (req, res) => {
@@  const preds = req.body.filters.map((f) => new Function('item', 'return ' + f));
  res.json(req.body.items.filter((it) => preds.every((p) => p(it))));
@@  const check = new Function('item', \`return \${req.body.filters.join(' && ')}\`);
  res.end(String(check));
});

app.post('/filter/count', (req, res) => {
  const n = req.body.filters.filter((f) => typeof f === 'string').length;
@ok  const check = new Function('item', \`return item.tags.length >= \${n}\`);
  res.json(req.body.items.filter(check));
});

app.get('/timer', (req, res) => {
  const { cb = 'void 0' } = req.query;
@@  setTimeout(cb, 100);
  res.sendStatus(202);
});

app.get('/timer/delay', (req, res) => {
  const { delay = '100' } = req.query;
@ok  setTimeout(() => console.log('tick'), Math.min(5000, Number(delay)));
  res.sendStatus(202);
});
`,
  ),
  ...ts(
    "CWE-22",
    "async functions, Promise.all by index, async generators and for await, reduce over path parts, closures over a base directory and early returns into fs/promises paths vs basename, numeric ids and fixed names",
    `import express, { Request, Response } from 'express';
import { readFile, writeFile, unlink, readdir, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';

const app = express();
app.use(express.json());
const ROOT = '/srv/data';

async function resolveName(req: Request): Promise<string> {
  return String(req.query.file);
}
async function fixedName(_req: Request): Promise<string> {
  return 'index.json';
}

app.get('/read', async (req: Request, res: Response) => {
  const name = await resolveName(req);
@@  res.send(await readFile(path.join(ROOT, name)));
});

app.get('/read/index', async (req: Request, res: Response) => {
  const name = await fixedName(req);
@ok  res.send(await readFile(path.join(ROOT, name)));
});

app.get('/read/base', async (req: Request, res: Response) => {
  const name = path.basename(await resolveName(req));
@ok  res.send(await readFile(path.join(ROOT, name)));
});

app.get('/pair', async (req: Request, res: Response) => {
  const [meta, body] = await Promise.all([readFile(path.join(ROOT, 'meta.json'), 'utf8'), Promise.resolve(String(req.query.body))]);
@@  const content = await readFile(path.join(ROOT, body), 'utf8');
  res.json({ meta, content });
});

app.get('/pair/fixed', async (req: Request, res: Response) => {
  const names = await Promise.all([Promise.resolve('a.json'), Promise.resolve(String(req.query.other))]);
@ok  const content = await readFile(path.join(ROOT, names[0]), 'utf8');
  res.json({ content, other: names[1].length });
});

async function* lines(text: string) {
  for (const l of text.split('\\n')) yield l.trim();
}

app.post('/cleanup', async (req: Request, res: Response) => {
  for await (const p of lines(String(req.body.list))) {
@@    await unlink(path.join(ROOT, p));
  }
  res.sendStatus(204);
});

app.post('/cleanup/ids', async (req: Request, res: Response) => {
  for await (const p of lines(String(req.body.list))) {
    const id = Number.parseInt(p, 10);
    if (!Number.isSafeInteger(id)) continue;
@ok    await unlink(path.join(ROOT, \`\${id}.tmp\`));
  }
  res.sendStatus(204);
});

app.get('/nested', async (req: Request, res: Response) => {
  const parts = String(req.query.p).split('.');
  const full = parts.reduce((acc, part) => path.join(acc, part), ROOT);
@@  res.json(await readdir(full));
});

app.get('/nested/depth', async (req: Request, res: Response) => {
  const depth = String(req.query.p).split('.').reduce((n) => n + 1, 0);
@ok  res.json(await readdir(path.join(ROOT, 'levels', String(depth))));
});

function under(base: string) {
  return (rel: string) => path.join(base, rel);
}
const inData = under(ROOT);

app.get('/stat', async (req: Request, res: Response) => {
@@  res.json(await stat(inData(String(req.query.rel))));
});

app.get('/stat/root', async (req: Request, res: Response) => {
  const rel = req.query.rel ? 'present' : 'absent';
@ok  res.json(await stat(inData(rel)));
});

app.post('/save', async (req: Request, res: Response) => {
  const target = path.resolve(ROOT, String(req.body.name));
  if (!target.startsWith(ROOT + path.sep)) return res.sendStatus(400);
@ok  await writeFile(target, String(req.body.content));
  res.sendStatus(201);
});

app.post('/save/loose', async (req: Request, res: Response) => {
  const target = path.resolve(ROOT, String(req.body.name));
  if (!target) return res.sendStatus(400);
@@  await writeFile(target, String(req.body.content));
  res.sendStatus(201);
});

app.get('/stream', (req: Request, res: Response) => {
  const file = (req.query.f as string | undefined)?.replace(/^\\//, '') ?? 'default.log';
@@  createReadStream(path.join('/var/log/app', file)).pipe(res);
});

app.get('/stream/clean', (req: Request, res: Response) => {
  const file = (req.query.f as string | undefined)?.replace(/[^\\w.-]|\\.\\./g, '') ?? 'default.log';
@ok  createReadStream(path.join('/var/log/app', file)).pipe(res);
});

app.get('/user/:id/avatar', async (req: Request, res: Response) => {
  const id = Number(req.params.id);
  if (Number.isNaN(id)) return res.sendStatus(400);
@ok  res.type('png').send(await readFile(path.join(ROOT, 'avatars', \`\${id}.png\`)));
});

app.get('/user/:name/photo', async (req: Request, res: Response) => {
  const { name } = req.params;
@@  res.type('png').send(await readFile(\`\${ROOT}/photos/\${name}.png\`));
});
`,
  ),
  ...ts(
    "CWE-89",
    "repository classes with constructor parameter properties, private fields, static defaults and builder chains, Fastify handlers and Map caches carrying request data into SQL strings vs members fixed to constants or numbers",
    `import Fastify, { FastifyRequest } from 'fastify';
import Database from 'better-sqlite3';
import { Sequelize, QueryTypes } from 'sequelize';

const db = new Database('app.db');
const sequelize = new Sequelize('sqlite::memory:');
const fastify = Fastify();

class UserRepo {
  static readonly TABLE = 'users';
  #orderBy = 'id';
  constructor(
    private readonly tenant: string,
    private readonly pageSize: number = 20,
  ) {}

  sortBy(col: string): this {
    this.#orderBy = col;
    return this;
  }

  list() {
@@    return db.prepare(\`SELECT * FROM \${UserRepo.TABLE} WHERE tenant = '\${this.tenant}' ORDER BY \${this.#orderBy}\`).all();
  }

  count() {
@ok    return db.prepare(\`SELECT COUNT(*) AS n FROM \${UserRepo.TABLE} LIMIT \${this.pageSize}\`).get();
  }
}

type Q = FastifyRequest<{ Querystring: { tenant: string; sort?: string; page?: string } }>;

fastify.get('/users', async (request: Q) => {
  return new UserRepo(request.query.tenant).sortBy(request.query.sort ?? 'id').list();
});

fastify.get('/users/count', async (request: Q) => {
  return new UserRepo('public', Number(request.query.page) || 20).count();
});

class Search {
  private terms: string[] = [];
  private limitValue = 50;
  where(term: string): this {
    this.terms.push(term);
    return this;
  }
  limit(n: number): this {
    this.limitValue = Math.min(100, Math.trunc(n));
    return this;
  }
  sql(): string {
    const conds = this.terms.map((t) => \`title LIKE '%\${t}%'\`).join(' OR ');
    return \`SELECT * FROM posts WHERE \${conds || '1=1'} LIMIT \${this.limitValue}\`;
  }
  limitOnly(): string {
    return \`SELECT * FROM posts LIMIT \${this.limitValue}\`;
  }
}

fastify.get('/posts', async (request: FastifyRequest<{ Querystring: { q: string; n: string } }>) => {
  const s = new Search().where(request.query.q).limit(Number(request.query.n));
@@  return sequelize.query(s.sql(), { type: QueryTypes.SELECT });
});

fastify.get('/posts/latest', async (request: FastifyRequest<{ Querystring: { q: string; n: string } }>) => {
  const s = new Search().where(request.query.q).limit(Number(request.query.n));
@ok  return sequelize.query(s.limitOnly(), { type: QueryTypes.SELECT });
});

const savedFilters = new Map<string, string>([['recent', 'created_at > date("now", "-7 day")']]);

fastify.post('/filters', async (request: FastifyRequest<{ Body: { name: string; where: string } }>) => {
  savedFilters.set(request.body.name, request.body.where);
  return { ok: true };
});

fastify.get('/filters/:name', async (request: FastifyRequest<{ Params: { name: string } }>) => {
  const where = savedFilters.get(request.params.name);
@@  return db.prepare('SELECT * FROM posts WHERE ' + where).all();
});

fastify.get('/filters-recent', async () => {
  const fixed = new Map<string, string>([['recent', 'created_at > date("now", "-7 day")']]);
@ok  return db.prepare('SELECT * FROM posts WHERE ' + fixed.get('recent')).all();
});

fastify.delete('/posts/:id', async (request: FastifyRequest<{ Params: { id: string } }>) => {
  const id = parseInt(request.params.id, 10);
  if (!Number.isFinite(id)) return { ok: false };
@ok  db.exec(\`DELETE FROM posts WHERE id = \${id}\`);
  return { ok: true };
});

fastify.delete('/posts/by-slug/:slug', async (request: FastifyRequest<{ Params: { slug: string } }>) => {
  const { slug } = request.params;
@@  db.exec(\`DELETE FROM posts WHERE slug = '\${slug}'\`);
  return { ok: true };
});

fastify.post('/posts/tags', async (request: FastifyRequest<{ Body: { tags: string[] } }>) => {
  const values = request.body.tags.map((t) => \`('\${t}')\`).join(',');
@@  db.exec('INSERT INTO tags (name) VALUES ' + values);
  return { ok: true };
});

fastify.post('/posts/tags-bound', async (request: FastifyRequest<{ Body: { tags: string[] } }>) => {
  const placeholders = request.body.tags.map(() => '(?)').join(',');
@ok  db.prepare('INSERT INTO tags (name) VALUES ' + placeholders).run(...request.body.tags);
  return { ok: true };
});

fastify.get('/report', async (request: FastifyRequest<{ Querystring: Record<string, string> }>) => {
  const { from, to, ...dims } = request.query;
  const groupBy = Object.keys(dims).join(', ') || 'day';
@@  return sequelize.query(\`SELECT \${groupBy}, SUM(total) FROM sales WHERE day BETWEEN ? AND ? GROUP BY \${groupBy}\`, { replacements: [from, to] });
});

fastify.get('/report/fixed', async (request: FastifyRequest<{ Querystring: Record<string, string> }>) => {
  const { from, to } = request.query;
@ok  return sequelize.query('SELECT day, SUM(total) FROM sales WHERE day BETWEEN ? AND ? GROUP BY day', { replacements: [from, to] });
});

let lastSort = 'id';
fastify.post('/prefs', async (request: FastifyRequest<{ Body: { sort: string } }>) => {
  lastSort = request.body.sort;
  return { ok: true };
});

fastify.get('/prefs/list', async () => {
@@  return db.prepare(\`SELECT * FROM items ORDER BY \${lastSort}\`).all();
});
`,
  ),
  ...js(
    "CWE-78",
    "Object.values/entries/keys, spread arguments, String.raw and tagged command builders, optional chaining and ?? into execSync/exec/spawn with shell vs builders that quote every value or values narrowed to numbers",
    `const express = require('express');
const cp = require('child_process');
const shellQuote = require('shell-quote');

const app = express();
app.use(express.json());

function sh(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? shellQuote.quote([String(values[i])]) : ''), '');
}
function cmd(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? values[i] : ''), '');
}

app.post('/zip', (req, res) => {
@ok  cp.execSync(sh\`zip -r /tmp/out.zip \${req.body.dir}\`);
  res.sendStatus(204);
});

app.post('/zip/raw', (req, res) => {
@@  cp.execSync(cmd\`zip -r /tmp/out.zip \${req.body.dir}\`);
  res.sendStatus(204);
});

app.post('/zip/string-raw', (req, res) => {
@@  cp.execSync(String.raw\`zip -r C:\\tmp\\out.zip \${req.body.dir}\`);
  res.sendStatus(204);
});

app.post('/flags', (req, res) => {
  const flags = Object.values(req.body.flags ?? {}).join(' ');
@@  cp.exec('rsync ' + flags + ' /srv/a /srv/b', (e, out) => res.send(out));
});

app.post('/flags/count', (req, res) => {
  const n = Object.keys(req.body.flags ?? {}).length;
@ok  cp.exec('rsync -v --max-delete=' + n + ' /srv/a /srv/b', (e, out) => res.send(out));
});

app.post('/flags/names', (req, res) => {
  const names = Object.keys(req.body.flags ?? {}).map((k) => '--' + k);
@@  cp.exec(\`rsync \${names.join(' ')} /srv/a /srv/b\`, (e, out) => res.send(out));
});

app.post('/spawn', (req, res) => {
  const args = [...req.body.args];
@@  cp.spawnSync('ffmpeg', args, { shell: true });
  res.sendStatus(204);
});

app.post('/spawn/quoted', (req, res) => {
  const args = [...req.body.args].map((a) => shellQuote.quote([String(a)]));
@ok  cp.spawnSync('ffmpeg ' + args.join(' '), { shell: true });
  res.sendStatus(204);
});

app.get('/whois', (req, res) => {
  const domain = req.query?.domain?.toString().toLowerCase() ?? 'example.com';
@@  cp.exec(\`whois \${domain}\`, (e, out) => res.type('text').send(out));
});

app.get('/whois/len', (req, res) => {
  const len = req.query?.domain?.toString().length ?? 0;
@ok  cp.exec(\`echo \${len} >> /var/log/whois-lengths\`, () => res.sendStatus(204));
});

app.get('/resize', (req, res) => {
  const { w = 100, h = 100, file } = req.query;
@ok  cp.execSync(\`convert /srv/in.png -resize \${parseInt(w, 10)}x\${parseInt(h, 10)} /srv/out.png\`);
@@  cp.execSync(\`convert /srv/in/\${file} -resize 100x100 /srv/out.png\`);
  res.sendStatus(204);
});

app.post('/env', (req, res) => {
  const env = { ...process.env, TARGET: req.body.target };
@ok  cp.execSync('deploy.sh', { env });
@@  cp.execSync('deploy.sh ' + env.TARGET);
  res.sendStatus(204);
});

app.post('/bool', (req, res) => {
  const verbose = Boolean(req.body.verbose);
@ok  cp.execSync('make build' + (verbose ? ' V=1' : ''));
  res.sendStatus(204);
});
`,
  ),
];
