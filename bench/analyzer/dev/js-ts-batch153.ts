// Dev suite "js-ts", batch 153, written blind: where untrusted input enters across Node/TS frameworks and
// runtimes the earlier batches touched least (Nuxt/h3 event handlers, SvelteKit endpoints and form actions,
// Azure Functions v4, Google Cloud Functions / Firebase, Bun.serve with Bun.spawn / Bun.$ / bun:sqlite,
// Express's less common request fields, tRPC procedure input, Electron IPC arguments, Astro endpoints, Elysia),
// each reaching a classic sink, beside look-alikes: allow-lists, numeric parsing, escaping, argument arrays,
// parameterised queries, path-only redirects, schema enums.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch153", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch153", cwe, note, src, "typescript");

export const BATCH153: DevCase[] = [
  // --- (1) Nuxt / h3 ---
  ...ts(
    "CWE-78",
    "h3 event handlers: getQuery / readBody / getRouterParam into exec, execSync and spawn with a shell",
    `import { defineEventHandler, getQuery, readBody, getRouterParam, createError } from 'h3';
import { exec, execSync, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(exec);

export const ping = defineEventHandler(async (event) => {
  const { host } = getQuery(event);
@@  const { stdout } = await run(\`ping -c 1 \${host}\`);
  return { stdout };
});

export const archive = defineEventHandler(async (event) => {
  const body = await readBody(event);
@@  execSync('tar czf /tmp/out.tgz ' + body.dir);
  return { ok: true };
});

export const convert = defineEventHandler((event) => {
  const name = getRouterParam(event, 'name');
@@  const child = spawn(\`convert \${name}.png \${name}.jpg\`, { shell: true });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code })));
});

export const lookup = defineEventHandler(async (event) => {
  const query = getQuery(event);
  const domain = String(query.domain);
@@  exec('nslookup ' + domain, (err, out) => console.log(out));
  return {};
});

export const pingSafe = defineEventHandler(async (event) => {
  const { host } = getQuery(event);
@ok  execFile('ping', ['-c', '1', String(host)], () => {});
  return {};
});

const TOOLS = new Set(['uptime', 'df', 'free']);
export const tool = defineEventHandler((event) => {
  const t = getRouterParam(event, 'tool');
  if (!t || !TOOLS.has(t)) throw createError({ statusCode: 400 });
@ok  return execSync(t).toString();
});

export const wait = defineEventHandler((event) => {
  const secs = Number.parseInt(String(getQuery(event).s), 10);
  if (Number.isNaN(secs)) throw createError({ statusCode: 400 });
@ok  execSync(\`sleep \${secs}\`);
  return 'ok';
});
`,
  ),
  ...ts(
    "CWE-22",
    "Nuxt server routes (auto-imported h3 helpers) reading and writing files named by the request",
    `import { promises as fs, createReadStream } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve('./storage');

export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'file');
@@  return fs.readFile(path.join(ROOT, file!), 'utf8');
});

export const download = defineEventHandler((event) => {
  const q = getQuery(event);
@@  return sendStream(event, createReadStream(\`./uploads/\${q.name}\`));
});

export const save = defineEventHandler(async (event) => {
  const { filename, content } = await readBody<{ filename: string; content: string }>(event);
@@  await fs.writeFile(path.join(ROOT, filename), content);
  return { saved: filename };
});

export const remove = defineEventHandler(async (event) => {
  const form = await readFormData(event);
  const target = form.get('path') as string;
@@  await fs.unlink(ROOT + '/' + target);
  return { removed: true };
});

export const avatar = defineEventHandler(async (event) => {
  const user = getCookie(event, 'user') ?? 'default';
@@  return fs.readFile(path.resolve(ROOT, 'avatars', user + '.png'));
});

export const downloadSafe = defineEventHandler((event) => {
  const q = getQuery(event);
  const name = path.basename(String(q.name));
@ok  return sendStream(event, createReadStream(path.join(ROOT, name)));
});

export const readSafe = defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'file') ?? '';
  const full = path.resolve(ROOT, file);
  if (!full.startsWith(ROOT + path.sep)) throw createError({ statusCode: 403 });
@ok  return fs.readFile(full, 'utf8');
});

export const config = defineEventHandler(async () => {
@ok  return fs.readFile(path.join(ROOT, 'config.json'), 'utf8');
});
`,
  ),
  ...ts(
    "CWE-601",
    "h3 sendRedirect to a query / body / header value vs a path-only check and an allow-list",
    `import { defineEventHandler, getQuery, readBody, getHeader, sendRedirect, getRequestURL } from 'h3';

export const login = defineEventHandler(async (event) => {
  const { next } = getQuery(event);
@@  return sendRedirect(event, next as string, 302);
});

export const logout = defineEventHandler(async (event) => {
  const body = await readBody(event);
@@  await sendRedirect(event, body.returnTo);
});

export const back = defineEventHandler((event) => {
  const ref = getHeader(event, 'referer') || '/';
@@  return sendRedirect(event, ref);
});

export const go = defineEventHandler((event) => {
  const target = getRequestURL(event).searchParams.get('to') ?? '/';
@@  return sendRedirect(event, target, 301);
});

export const loginSafe = defineEventHandler((event) => {
  const next = String(getQuery(event).next ?? '/');
  const dest = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/';
@ok  return sendRedirect(event, dest);
});

const PARTNERS: Record<string, string> = { docs: 'https://docs.example.com', shop: 'https://shop.example.com' };
export const partner = defineEventHandler((event) => {
  const key = String(getQuery(event).p);
@ok  return sendRedirect(event, PARTNERS[key] ?? '/');
});

export const home = defineEventHandler((event) => {
@ok  return sendRedirect(event, '/dashboard');
});
`,
  ),
  ...ts(
    "CWE-79",
    "h3 handlers answering HTML built from the request (returned string with text/html, send) vs escaped and JSON",
    `import { defineEventHandler, getQuery, readBody, setResponseHeader, send, getRouterParam } from 'h3';
import escapeHtml from 'escape-html';

export const hello = defineEventHandler((event) => {
  const { name } = getQuery(event);
  setResponseHeader(event, 'Content-Type', 'text/html');
@@  return \`<h1>Hello \${name}</h1>\`;
});

export const preview = defineEventHandler(async (event) => {
  const body = await readBody(event);
@@  return send(event, '<article>' + body.markdown + '</article>', 'text/html');
});

export const profile = defineEventHandler((event) => {
  const user = getRouterParam(event, 'user');
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8');
@@  return '<div class="user">' + user + '</div>';
});

export const search = defineEventHandler((event) => {
  const q = getQuery(event).q as string;
@@  return new Response(\`<p>No results for \${q}</p>\`, { headers: { 'content-type': 'text/html' } });
});

export const helloSafe = defineEventHandler((event) => {
  const { name } = getQuery(event);
  setResponseHeader(event, 'Content-Type', 'text/html');
@ok  return \`<h1>Hello \${escapeHtml(String(name))}</h1>\`;
});

export const api = defineEventHandler((event) => {
  const { name } = getQuery(event);
@ok  return { greeting: 'Hello ' + name };
});

export const count = defineEventHandler((event) => {
  const n = Number(getQuery(event).n) || 0;
  setResponseHeader(event, 'Content-Type', 'text/html');
@ok  return \`<p>\${n} items</p>\`;
});
`,
  ),
  ...ts(
    "CWE-918",
    "Nuxt server routes proxying with $fetch / ofetch / fetch to a URL from the request vs a fixed base",
    `import { ofetch } from 'ofetch';

export const proxy = defineEventHandler(async (event) => {
  const { url } = getQuery(event);
@@  return await $fetch(url as string);
});

export const webhook = defineEventHandler(async (event) => {
  const body = await readBody(event);
@@  await ofetch(body.callbackUrl, { method: 'POST', body: { ok: true } });
  return 'sent';
});

export const image = defineEventHandler(async (event) => {
  const src = getRouterParam(event, 'src');
@@  const res = await fetch(decodeURIComponent(src!));
  return res.arrayBuffer();
});

export const weather = defineEventHandler(async (event) => {
  const { city } = getQuery(event);
@ok  return $fetch('https://api.weather.example.com/v1/current', { query: { city } });
});

export const repo = defineEventHandler(async (event) => {
  const name = getRouterParam(event, 'name') ?? '';
@ok  return fetch(\`https://api.github.com/repos/acme/\${encodeURIComponent(name)}\`).then((r) => r.json());
});
`,
  ),
  // --- (2) SvelteKit ---
  ...ts(
    "CWE-89",
    "SvelteKit +server.ts and form actions building SQL from url.searchParams, params and request.formData()",
    `import { json, error } from '@sveltejs/kit';
import type { RequestHandler, Actions } from '@sveltejs/kit';
import { db } from '$lib/server/db';

export const GET: RequestHandler = async ({ url }) => {
  const sort = url.searchParams.get('sort') ?? 'name';
@@  const rows = await db.query(\`SELECT * FROM products ORDER BY \${sort}\`);
  return json(rows);
};

export const DELETE: RequestHandler = async ({ params }) => {
@@  await db.query('DELETE FROM products WHERE id = ' + params.id);
  return new Response(null, { status: 204 });
};

export const actions: Actions = {
  search: async ({ request }) => {
    const data = await request.formData();
    const term = data.get('term');
@@    const rows = await db.query(\`SELECT * FROM products WHERE name LIKE '%\${term}%'\`);
    return { rows };
  },
  rename: async ({ request, params }) => {
    const body = await request.json();
@@    await db.execute("UPDATE products SET name = '" + body.name + "' WHERE id = ?", [params.id]);
    return { success: true };
  },
  safe: async ({ request }) => {
    const data = await request.formData();
@ok    const rows = await db.query('SELECT * FROM products WHERE name LIKE ?', ['%' + data.get('term') + '%']);
    return { rows };
  },
};

export const PUT: RequestHandler = async ({ params, request }) => {
  const id = Number(params.id);
  if (!Number.isInteger(id)) throw error(400, 'bad id');
  const { price } = await request.json();
@ok  await db.query(\`UPDATE products SET price = $1 WHERE id = \${id}\`, [price]);
  return json({ id });
};

const COLUMNS = ['name', 'price', 'created_at'];
export const PATCH: RequestHandler = async ({ url }) => {
  const s = url.searchParams.get('sort') ?? '';
  const col = COLUMNS.includes(s) ? s : 'name';
@ok  return json(await db.query(\`SELECT * FROM products ORDER BY \${col}\`));
};
`,
  ),
  ...ts(
    "CWE-601",
    "SvelteKit redirect() from load, actions and hooks with a searchParams / form value vs a relative-path check",
    `import { redirect, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, Handle } from '@sveltejs/kit';

export const load: PageServerLoad = async ({ url, locals }) => {
  if (locals.user) {
@@    throw redirect(302, url.searchParams.get('redirectTo') ?? '/');
  }
  return {};
};

export const actions: Actions = {
  login: async ({ request, cookies }) => {
    const form = await request.formData();
    const next = form.get('next') as string;
    cookies.set('session', 'abc', { path: '/' });
@@    redirect(303, next);
  },
  safeLogin: async ({ request }) => {
    const form = await request.formData();
    const next = String(form.get('next') ?? '/');
    if (!next.startsWith('/') || next.startsWith('//')) return fail(400, { next });
@ok    redirect(303, next);
  },
};

export const handle: Handle = async ({ event, resolve }) => {
  const to = event.url.searchParams.get('continue');
  if (to) {
@@    return Response.redirect(to, 302);
  }
  const legacy = event.cookies.get('return_url');
  if (legacy) {
@@    return new Response(null, { status: 302, headers: { Location: legacy } });
  }
@ok  if (event.url.pathname === '/old') return Response.redirect(new URL('/new', event.url), 301);
  return resolve(event);
};
`,
  ),
  ...ts(
    "CWE-79",
    "SvelteKit endpoints returning text/html Responses built from the request vs escaped text and json()",
    `import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

function esc(s: string) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export const GET: RequestHandler = ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@@  return new Response(\`<p>You searched for \${q}</p>\`, { headers: { 'Content-Type': 'text/html' } });
};

export const POST: RequestHandler = async ({ request }) => {
  const data = await request.formData();
  const comment = data.get('comment');
  const html = '<li>' + comment + '</li>';
@@  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};

export const PUT: RequestHandler = async ({ params }) => {
  const headers = new Headers();
  headers.set('Content-Type', 'text/html');
@@  return new Response('<h2>' + params.slug + '</h2>', { headers });
};

export const PATCH: RequestHandler = ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@ok  return new Response(\`<p>You searched for \${esc(q)}</p>\`, { headers: { 'Content-Type': 'text/html' } });
};

export const OPTIONS: RequestHandler = ({ url }) => {
@ok  return json({ q: url.searchParams.get('q') });
};

export const HEAD: RequestHandler = ({ url }) => {
@ok  return new Response(url.searchParams.get('q'), { headers: { 'Content-Type': 'text/plain' } });
};
`,
  ),
  ...js(
    "CWE-918",
    "SvelteKit +server.js proxy fetching a URL from searchParams / a JSON body vs a fixed origin",
    `import { error } from '@sveltejs/kit';

/** @type {import('./$types').RequestHandler} */
export async function GET({ url, fetch }) {
  const target = url.searchParams.get('url');
  if (!target) throw error(400, 'url required');
@@  const upstream = await fetch(target);
  return new Response(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') ?? '' } });
}

/** @type {import('./$types').RequestHandler} */
export async function POST({ request }) {
  const { feed } = await request.json();
@@  const res = await globalThis.fetch(new URL(feed));
  return new Response(await res.text());
}

/** @type {import('./$types').RequestHandler} */
export async function PUT({ url }) {
  const page = Number(url.searchParams.get('page') ?? 1);
@ok  const res = await fetch(\`https://api.example.com/items?page=\${page}\`);
  return new Response(await res.text());
}
`,
  ),
  // --- (3) Azure Functions v4 ---
  ...ts(
    "CWE-78",
    "Azure Functions v4 app.http handlers: request.query.get / request.json() / request.params into child_process",
    `import { app, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { exec, execSync, execFileSync } from 'child_process';

export async function diag(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const host = request.query.get('host');
@@  const out = execSync('ping -c 2 ' + host).toString();
  return { body: out };
}
app.http('diag', { methods: ['GET'], authLevel: 'anonymous', handler: diag });

app.http('build', {
  methods: ['POST'],
  handler: async (request, context) => {
    const body: any = await request.json();
    context.log('building');
@@    exec(\`git clone \${body.repo} /tmp/build\`);
    return { status: 202 };
  },
});

app.http('thumb', {
  route: 'thumb/{file}',
  handler: async (request: HttpRequest) => {
@@    execSync(\`convert /data/\${request.params.file} -resize 64x64 /tmp/t.png\`);
    return { status: 200 };
  },
});

app.http('text', {
  methods: ['POST'],
  handler: async (request: HttpRequest) => {
    const cmd = await request.text();
@@    return { body: execSync(cmd).toString() };
  },
});

app.http('diagSafe', {
  handler: async (request: HttpRequest) => {
    const host = request.query.get('host') ?? 'localhost';
@ok    return { body: execFileSync('ping', ['-c', '2', host]).toString() };
  },
});

app.http('uptime', {
  handler: async () => {
@ok    return { body: execSync('uptime').toString() };
  },
});
`,
  ),
  ...ts(
    "CWE-89",
    "Azure Functions v4 handlers building mssql / pg queries from request data vs request.input parameters",
    `import { app, HttpRequest } from '@azure/functions';
import sql from 'mssql';
import { Pool } from 'pg';

const pool = new Pool();

app.http('orders', {
  handler: async (request: HttpRequest) => {
    const customer = request.query.get('customer');
    const conn = await sql.connect(process.env.SQL_CONN!);
@@    const result = await conn.request().query(\`SELECT * FROM Orders WHERE CustomerId = '\${customer}'\`);
    return { jsonBody: result.recordset };
  },
});

app.http('order', {
  route: 'orders/{id}',
  handler: async (request: HttpRequest) => {
@@    const { rows } = await pool.query('SELECT * FROM orders WHERE id = ' + request.params.id);
    return { jsonBody: rows[0] };
  },
});

app.http('notes', {
  methods: ['POST'],
  handler: async (request: HttpRequest) => {
    const { note, user } = (await request.json()) as { note: string; user: string };
@@    await pool.query(\`INSERT INTO notes (user_name, body) VALUES ('\${user}', '\${note}')\`);
    return { status: 201 };
  },
});

app.http('ordersSafe', {
  handler: async (request: HttpRequest) => {
    const conn = await sql.connect(process.env.SQL_CONN!);
    const req = conn.request();
    req.input('customer', sql.NVarChar, request.query.get('customer'));
@ok    const result = await req.query('SELECT * FROM Orders WHERE CustomerId = @customer');
    return { jsonBody: result.recordset };
  },
});

app.http('orderSafe', {
  route: 'orders2/{id}',
  handler: async (request: HttpRequest) => {
@ok    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [request.params.id]);
    return { jsonBody: rows[0] };
  },
});
`,
  ),
  ...js(
    "CWE-79",
    "Azure Functions v4 (CommonJS) returning text/html bodies with query values vs jsonBody and escaping",
    `const { app } = require('@azure/functions');
const he = require('he');

app.http('greet', {
  methods: ['GET', 'POST'],
  authLevel: 'anonymous',
  handler: async (request, context) => {
    const name = request.query.get('name') || (await request.text()) || 'world';
    return {
      headers: { 'Content-Type': 'text/html' },
@@      body: \`<html><body><h1>Hello, \${name}!</h1></body></html>\`,
    };
  },
});

app.http('echo', {
  handler: async (request) => {
    const form = await request.formData();
@@    return { body: '<pre>' + form.get('msg') + '</pre>', headers: { 'content-type': 'text/html' } };
  },
});

app.http('greetSafe', {
  handler: async (request) => {
    const name = request.query.get('name') || 'world';
    return {
      headers: { 'Content-Type': 'text/html' },
@ok      body: \`<html><body><h1>Hello, \${he.encode(name)}!</h1></body></html>\`,
    };
  },
});

app.http('greetJson', {
  handler: async (request) => {
@ok    return { jsonBody: { hello: request.query.get('name') } };
  },
});
`,
  ),
  // --- (4) Google Cloud Functions / Firebase ---
  ...js(
    "CWE-22",
    "Cloud Functions functions.http and Firebase onRequest serving files named by req.query / req.path",
    `const functions = require('@google-cloud/functions-framework');
const { onRequest } = require('firebase-functions/v2/https');
const fs = require('fs');
const path = require('path');

const DOCS = path.join(__dirname, 'docs');

functions.http('getDoc', (req, res) => {
@@  fs.readFile(path.join(DOCS, req.query.name), 'utf8', (err, text) => {
    if (err) return res.status(404).send('not found');
    res.send(text);
  });
});

functions.http('asset', (req, res) => {
@@  fs.createReadStream(DOCS + req.path).pipe(res);
});

exports.upload = onRequest(async (req, res) => {
  const { filename, data } = req.body;
@@  fs.writeFileSync(\`/tmp/uploads/\${filename}\`, Buffer.from(data, 'base64'));
  res.json({ ok: true });
});

exports.raw = onRequest((req, res) => {
@@  fs.createReadStream(path.resolve(DOCS, req.body.path)).pipe(res);
});

functions.http('getDocSafe', (req, res) => {
  const name = path.basename(String(req.query.name));
@ok  fs.readFile(path.join(DOCS, name), 'utf8', (err, text) => res.send(err ? 'not found' : text));
});

functions.http('assetSafe', (req, res) => {
@ok  res.sendFile(req.path, { root: DOCS });
});
`,
  ),
  ...ts(
    "CWE-918",
    "Cloud Functions / Firebase v1 and v2 HTTP functions fetching a URL from the request vs a checked host",
    `import * as functions from 'firebase-functions/v1';
import { onRequest } from 'firebase-functions/v2/https';
import { http } from '@google-cloud/functions-framework';
import axios from 'axios';

export const preview = functions.https.onRequest(async (req, res) => {
@@  const page = await axios.get(req.query.url as string);
  res.send(page.data);
});

export const hook = onRequest(async (req, res) => {
  const { callback } = req.body;
@@  await fetch(callback, { method: 'POST', body: JSON.stringify({ done: true }) });
  res.sendStatus(204);
});

http('fetchImage', async (req, res) => {
  const src = req.get('x-image-url');
@@  const img = await axios({ url: src, responseType: 'arraybuffer' });
  res.type('png').send(img.data);
});

const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);
export const previewSafe = onRequest(async (req, res) => {
  const u = new URL(String(req.query.url));
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) {
    res.status(400).send('host not allowed');
    return;
  }
@ok  const page = await axios.get(u.toString());
  res.send(page.data);
});
`,
  ),
  ...js(
    "CWE-601",
    "Cloud Functions / Firebase redirecting to req.query / req.body / a header vs a path-only redirect",
    `const functions = require('@google-cloud/functions-framework');
const { onRequest } = require('firebase-functions/v2/https');

functions.http('authCallback', (req, res) => {
@@  res.redirect(req.query.continue);
});

exports.track = onRequest((req, res) => {
  const dest = req.body.url || req.query.u;
@@  res.redirect(302, dest);
});

exports.back = onRequest((req, res) => {
@@  res.set('Location', req.get('referer')).status(302).end();
});

functions.http('authCallbackSafe', (req, res) => {
  const next = String(req.query.continue || '/');
@ok  res.redirect(/^\\/(?!\\/)/.test(next) ? next : '/');
});

exports.home = onRequest((req, res) => {
@ok  res.redirect('/app');
});
`,
  ),
  // --- (5) Bun ---
  ...ts(
    "CWE-78",
    "Bun.serve fetch(req) handlers into Bun.spawn with a shell, Bun.$ raw strings and node exec vs Bun.$ interpolation",
    `import { $ } from 'bun';
import { exec } from 'node:child_process';

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === '/ping') {
      const host = url.searchParams.get('host') ?? '';
@@      const proc = Bun.spawn(['sh', '-c', \`ping -c 1 \${host}\`]);
      return new Response(proc.stdout);
    }
    if (url.pathname === '/grep') {
      const pattern = url.searchParams.get('p') ?? '';
@@      const out = await $\`grep \${{ raw: pattern }} /var/log/app.log\`.text();
      return new Response(out);
    }
    if (url.pathname === '/run') {
      const { cmd } = (await req.json()) as { cmd: string };
@@      const r = Bun.spawnSync({ cmd: ['bash', '-c', cmd] });
      return new Response(r.stdout);
    }
    if (url.pathname === '/dns') {
      const name = url.searchParams.get('name');
@@      exec('dig ' + name, () => {});
      return new Response('queued');
    }
    if (url.pathname === '/eval') {
      const script = await req.text();
@@      const out = await $\`sh -c \${script}\`.text();
      return new Response(out);
    }
    if (url.pathname === '/ls') {
      const dir = url.searchParams.get('dir') ?? '.';
@ok      const out = await $\`ls -la \${dir}\`.text();
      return new Response(out);
    }
    if (url.pathname === '/ping2') {
      const host = url.searchParams.get('host') ?? '';
@ok      const proc = Bun.spawn(['ping', '-c', '1', host]);
      return new Response(proc.stdout);
    }
    return new Response('not found', { status: 404 });
  },
});
`,
  ),
  ...ts(
    "CWE-89",
    "bun:sqlite queries interpolating Bun.serve request values vs ? and $name bindings",
    `import { Database } from 'bun:sqlite';

const db = new Database('app.sqlite');

Bun.serve({
  routes: {
    '/users/:id': (req) => {
@@      const user = db.query(\`SELECT * FROM users WHERE id = \${req.params.id}\`).get();
      return Response.json(user);
    },
    '/search': (req) => {
      const q = new URL(req.url).searchParams.get('q');
@@      const rows = db.prepare("SELECT * FROM posts WHERE title LIKE '%" + q + "%'").all();
      return Response.json(rows);
    },
    '/posts': {
      POST: async (req) => {
        const body = (await req.json()) as { title: string };
@@        db.run(\`INSERT INTO posts (title) VALUES ('\${body.title}')\`);
        return new Response('created', { status: 201 });
      },
    },
    '/safe/:id': (req) => {
@ok      return Response.json(db.query('SELECT * FROM users WHERE id = ?').get(req.params.id));
    },
    '/safe-search': (req) => {
      const q = new URL(req.url).searchParams.get('q');
@ok      return Response.json(db.query('SELECT * FROM posts WHERE title LIKE $q').all({ $q: \`%\${q}%\` }));
    },
  },
  fetch() {
    return new Response('not found', { status: 404 });
  },
});
`,
  ),
  ...ts(
    "CWE-79",
    "Bun.serve text/html responses with query values vs Bun.escapeHTML",
    `Bun.serve({
  fetch(req) {
    const url = new URL(req.url);
    const name = url.searchParams.get('name') ?? 'guest';
    if (url.pathname === '/hi') {
@@      return new Response(\`<h1>Hi \${name}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
    }
    if (url.pathname === '/hi-safe') {
@ok      return new Response(\`<h1>Hi \${Bun.escapeHTML(name)}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
    }
    if (url.pathname === '/err') {
@@      return new Response('<p>Unknown page: ' + url.searchParams.get('from') + '</p>', {
        status: 404,
        headers: { 'content-type': 'text/html;charset=utf-8' },
      });
    }
@ok    return Response.json({ name });
  },
});
`,
  ),
  // --- (6) Express: the less common request fields ---
  ...js(
    "CWE-79",
    "Express HTML built from req.hostname, originalUrl, req.get(), signedCookies, subdomains and router.param values",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const escapeHtml = require('escape-html');

const app = express();
const router = express.Router();
app.use(cookieParser('s3cr3t-from-env'));

app.use((req, res) => {
@@  res.status(404).send('<h1>Not found</h1><p>' + req.originalUrl + '</p>');
});

app.get('/where', (req, res) => {
@@  res.send(\`<p>You are on \${req.hostname}</p>\`);
});

app.get('/came-from', (req, res) => {
@@  res.send('<a href="' + req.get('Referer') + '">back</a>');
});

app.get('/welcome', (req, res) => {
@@  res.send(\`<p>Welcome back, \${req.signedCookies.displayName}</p>\`);
});

app.get('/tenant', (req, res) => {
@@  res.send('<h2>' + req.subdomains[0] + '</h2>');
});

router.param('slug', (req, res, next, slug) => {
  if (!/^[a-z-]+$/.test(slug)) {
@@    return res.status(400).send(\`<p>Bad slug: \${slug}</p>\`);
  }
  next();
});

app.get('/ua', (req, res) => {
@@  res.send('<code>' + req.header('user-agent') + '</code>');
});

app.get('/where-safe', (req, res) => {
@ok  res.send(\`<p>You are on \${escapeHtml(req.hostname)}</p>\`);
});

app.get('/welcome-json', (req, res) => {
@ok  res.json({ name: req.signedCookies.displayName });
});

app.get('/path', (req, res) => {
@ok  res.type('text/plain').send(req.originalUrl);
});

app.use('/posts', router);
module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "Express router.param callbacks, req.cookies / signedCookies and req.get() into SQL vs placeholders",
    `import express, { Request, Response, NextFunction } from 'express';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const router = express.Router();

router.param('orderId', async (req: Request, res: Response, next: NextFunction, orderId: string) => {
@@  const [rows] = await pool.query(\`SELECT * FROM orders WHERE id = '\${orderId}'\`);
  (req as any).order = (rows as any[])[0];
  next();
});

router.get('/cart', async (req: Request, res: Response) => {
  const cartId = req.signedCookies.cart;
@@  const [rows] = await pool.query('SELECT * FROM cart_items WHERE cart_id = ' + cartId);
  res.json(rows);
});

router.get('/prefs', async (req: Request, res: Response) => {
@@  const [rows] = await pool.execute(\`SELECT * FROM prefs WHERE locale = '\${req.get('Accept-Language')}'\`);
  res.json(rows);
});

router.get('/recent', async (req: Request, res: Response) => {
  const { last_seen } = req.cookies;
@@  const [rows] = await pool.query("SELECT * FROM items WHERE updated_at > '" + last_seen + "'");
  res.json(rows);
});

router.param('itemId', async (req, res, next, itemId) => {
@ok  const [rows] = await pool.query('SELECT * FROM items WHERE id = ?', [itemId]);
  (req as any).item = (rows as any[])[0];
  next();
});

router.get('/cart-safe', async (req: Request, res: Response) => {
@ok  const [rows] = await pool.execute('SELECT * FROM cart_items WHERE cart_id = ?', [req.signedCookies.cart]);
  res.json(rows);
});

export default router;
`,
  ),
  ...js(
    "CWE-601",
    "Express redirects to req.get('Referer'), a signed cookie, router.param value and req.originalUrl-derived hosts",
    `const express = require('express');
const app = express();
const router = express.Router();

app.post('/logout', (req, res) => {
  req.session = null;
@@  res.redirect(req.get('Referer') || '/');
});

app.get('/resume', (req, res) => {
@@  res.redirect(req.signedCookies.returnTo);
});

router.param('target', (req, res, next, target) => {
@@  if (target.startsWith('http')) return res.redirect(target);
  next();
});

app.get('/go', (req, res) => {
@@  res.location(req.header('x-return-to')).sendStatus(302);
});

app.get('/resume-safe', (req, res) => {
  const to = req.signedCookies.returnTo;
@ok  res.redirect(typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') ? to : '/');
});

app.use((req, res, next) => {
  if (!req.secure) {
@ok    return res.redirect(301, 'https://example.com' + req.originalUrl);
  }
  next();
});

app.use('/r', router);
module.exports = app;
`,
  ),
  // --- (7) tRPC procedures ---
  ...ts(
    "CWE-78",
    "tRPC procedures passing z.string() input to exec / execSync vs enum, number and argument arrays",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { exec, execSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const t = initTRPC.create();
const publicProcedure = t.procedure;
const sh = promisify(exec);

export const opsRouter = t.router({
  ping: publicProcedure.input(z.object({ host: z.string() })).mutation(async ({ input }) => {
@@    const { stdout } = await sh(\`ping -c 1 \${input.host}\`);
    return stdout;
  }),
  backup: publicProcedure.input(z.string().min(1)).mutation(({ input }) => {
@@    return execSync('pg_dump -f /backups/' + input + '.sql app').toString();
  }),
  logs: publicProcedure
    .input(z.object({ service: z.string(), lines: z.number() }))
    .query(({ input: { service, lines } }) => {
@@      return execSync(\`journalctl -u \${service} -n \${lines}\`).toString();
    }),
  restart: publicProcedure.input(z.object({ service: z.enum(['api', 'worker', 'cron']) })).mutation(({ input }) => {
@ok    return execSync(\`systemctl restart \${input.service}\`).toString();
  }),
  tail: publicProcedure.input(z.object({ n: z.number().int().max(1000) })).query(({ input }) => {
@ok    return execSync('tail -n ' + input.n + ' /var/log/app.log').toString();
  }),
  pingSafe: publicProcedure.input(z.object({ host: z.string() })).mutation(({ input }) => {
@ok    execFile('ping', ['-c', '1', input.host], () => {});
    return 'queued';
  }),
});
`,
  ),
  ...ts(
    "CWE-89",
    "tRPC procedures building raw SQL from input ($queryRawUnsafe, knex.raw, pg) vs tagged $queryRaw and bindings",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';
import knex from 'knex';

const t = initTRPC.context<{ userId: string }>().create();
const prisma = new PrismaClient();
const kx = knex({ client: 'pg' });

export const postRouter = t.router({
  search: t.procedure.input(z.object({ q: z.string() })).query(({ input }) => {
@@    return prisma.$queryRawUnsafe(\`SELECT * FROM "Post" WHERE title ILIKE '%\${input.q}%'\`);
  }),
  byAuthor: t.procedure.input(z.string()).query(async ({ input }) => {
@@    return kx.raw("SELECT * FROM posts WHERE author = '" + input + "'");
  }),
  sorted: t.procedure.input(z.object({ orderBy: z.string() })).query(({ input, ctx }) => {
@@    return prisma.$executeRawUnsafe('SELECT * FROM "Post" WHERE "authorId" = $1 ORDER BY ' + input.orderBy, ctx.userId);
  }),
  searchSafe: t.procedure.input(z.object({ q: z.string() })).query(({ input }) => {
@ok    return prisma.$queryRaw\`SELECT * FROM "Post" WHERE title ILIKE \${'%' + input.q + '%'}\`;
  }),
  byAuthorSafe: t.procedure.input(z.string()).query(({ input }) => {
@ok    return kx.raw('SELECT * FROM posts WHERE author = ?', [input]);
  }),
  sortedSafe: t.procedure.input(z.object({ orderBy: z.enum(['title', 'createdAt']) })).query(({ input }) => {
@ok    return prisma.$queryRawUnsafe(\`SELECT * FROM "Post" ORDER BY "\${input.orderBy}"\`);
  }),
});
`,
  ),
  ...ts(
    "CWE-22",
    "tRPC procedures reading / writing files from input paths vs basename and an enum",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join, basename } from 'node:path';

const t = initTRPC.create();
const DIR = '/srv/notes';

export const filesRouter = t.router({
  read: t.procedure.input(z.object({ name: z.string() })).query(({ input }) => {
@@    return readFile(join(DIR, input.name), 'utf8');
  }),
  write: t.procedure.input(z.object({ name: z.string(), text: z.string() })).mutation(async ({ input }) => {
@@    await writeFile(\`\${DIR}/\${input.name}\`, input.text);
    return true;
  }),
  remove: t.procedure.input(z.string()).mutation(({ input }) => {
@@    return rm(DIR + '/' + input, { recursive: true });
  }),
  readSafe: t.procedure.input(z.object({ name: z.string() })).query(({ input }) => {
@ok    return readFile(join(DIR, basename(input.name)), 'utf8');
  }),
  template: t.procedure.input(z.object({ kind: z.enum(['invoice', 'receipt']) })).query(({ input }) => {
@ok    return readFile(join(DIR, 'templates', input.kind + '.html'), 'utf8');
  }),
});
`,
  ),
  // --- (8) Electron main process ---
  ...js(
    "CWE-78",
    "Electron ipcMain.handle / ipcMain.on arguments into exec, spawn with a shell and shell.openExternal",
    `const { app, BrowserWindow, ipcMain, shell } = require('electron');
const { exec, spawn, execFile } = require('child_process');

ipcMain.handle('run-script', async (event, script) => {
  return new Promise((resolve) => {
@@    exec(script, (err, stdout) => resolve(stdout));
  });
});

ipcMain.on('open-in-editor', (event, file, line) => {
@@  spawn(\`code --goto \${file}:\${line}\`, { shell: true });
});

ipcMain.handle('git-log', async (_e, { repo, branch }) => {
  return new Promise((resolve) => {
@@    exec('git -C ' + repo + ' log ' + branch, (err, out) => resolve(out));
  });
});

ipcMain.on('open-link', (event, url) => {
@@  shell.openExternal(url);
});

ipcMain.handle('open-docs', () => {
@ok  return shell.openExternal('https://docs.example.com');
});

ipcMain.on('open-link-safe', (event, url) => {
  const u = new URL(url);
@ok  if (u.protocol === 'https:') shell.openExternal(u.toString());
});

ipcMain.handle('git-status', async (_e, repo) => {
  return new Promise((resolve) => {
@ok    execFile('git', ['-C', repo, 'status', '--porcelain'], (err, out) => resolve(out));
  });
});

app.whenReady().then(() => new BrowserWindow({ webPreferences: { contextIsolation: true } }));
`,
  ),
  ...ts(
    "CWE-94",
    "Electron main running renderer / IPC data as code: executeJavaScript, vm and new Function vs JSON.stringify",
    `import { app, BrowserWindow, ipcMain } from 'electron';
import vm from 'node:vm';

let win: BrowserWindow;

ipcMain.on('notify-other', (_event, message: string) => {
@@  win.webContents.executeJavaScript(\`window.showToast('\${message}')\`);
});

ipcMain.handle('compute', (_event, expr: string) => {
@@  return vm.runInNewContext(expr, { Math });
});

ipcMain.handle('plugin', (_event, code: string) => {
@@  const fn = new Function('api', code);
  return fn({ version: app.getVersion() });
});

ipcMain.on('set-title', (event, title: string) => {
  const target = BrowserWindow.fromWebContents(event.sender)!;
@@  target.webContents.executeJavaScript('document.title = "' + title + '"');
});

ipcMain.on('notify-other-safe', (_event, message: string) => {
@ok  win.webContents.executeJavaScript(\`window.showToast(\${JSON.stringify(message)})\`);
});

ipcMain.handle('ready', () => {
@ok  return win.webContents.executeJavaScript('document.readyState');
});

app.whenReady().then(() => {
  win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true } });
});
`,
  ),
  ...ts(
    "CWE-22",
    "Electron ipcMain handlers reading and deleting paths the renderer sends vs a dialog-chosen path and a fixed directory",
    `import { app, ipcMain, dialog } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';

const dataDir = app.getPath('userData');

ipcMain.handle('read-file', async (_event, filePath: string) => {
@@  return fs.readFile(filePath, 'utf8');
});

ipcMain.handle('save-note', async (_event, name: string, text: string) => {
@@  await fs.writeFile(path.join(dataDir, 'notes', name), text);
});

ipcMain.handle('delete', async (_event, args: { target: string }) => {
@@  await fs.rm(args.target, { recursive: true, force: true });
});

ipcMain.handle('open-file', async () => {
  const { canceled, filePaths } = await dialog.showOpenDialog({ properties: ['openFile'] });
  if (canceled) return null;
@ok  return fs.readFile(filePaths[0], 'utf8');
});

ipcMain.handle('save-note-safe', async (_event, name: string, text: string) => {
@ok  await fs.writeFile(path.join(dataDir, 'notes', path.basename(name)), text);
});

ipcMain.handle('settings', async () => {
@ok  return fs.readFile(path.join(dataDir, 'settings.json'), 'utf8');
});
`,
  ),
  // --- (9) Astro endpoints ---
  ...ts(
    "CWE-79",
    "Astro APIRoute endpoints returning text/html from url.searchParams, params and formData vs escaping",
    `import type { APIRoute } from 'astro';
import { escape } from 'html-escaper';

export const GET: APIRoute = ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@@  return new Response(\`<p>Results for \${q}</p>\`, { headers: { 'Content-Type': 'text/html' } });
};

export const POST: APIRoute = async ({ request }) => {
  const data = await request.formData();
  const name = data.get('name');
@@  return new Response('<p>Thanks, ' + name + '!</p>', { status: 200, headers: { 'content-type': 'text/html' } });
};

export const PUT: APIRoute = async ({ params }) => {
@@  return new Response(\`<h1>\${params.slug}</h1>\`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};

export const PATCH: APIRoute = ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
@ok  return new Response(\`<p>Results for \${escape(q)}</p>\`, { headers: { 'Content-Type': 'text/html' } });
};

export const DELETE: APIRoute = ({ params }) => {
@ok  return new Response(JSON.stringify({ deleted: params.slug }), { headers: { 'Content-Type': 'application/json' } });
};
`,
  ),
  ...ts(
    "CWE-601",
    "Astro endpoints and middleware redirecting to a searchParams / form / cookie value vs a same-origin check",
    `import type { APIRoute, MiddlewareHandler } from 'astro';

export const GET: APIRoute = ({ url, redirect }) => {
  const next = url.searchParams.get('next') ?? '/';
@@  return redirect(next, 302);
};

export const POST: APIRoute = async (context) => {
  const form = await context.request.formData();
@@  return context.redirect(String(form.get('returnTo')));
};

export const onRequest: MiddlewareHandler = async (context, next) => {
  const saved = context.cookies.get('after_login')?.value;
  if (saved && context.url.pathname === '/welcome') {
@@    return context.redirect(saved);
  }
  return next();
};

export const PUT: APIRoute = ({ url, redirect }) => {
  const next = url.searchParams.get('next') ?? '/';
  const dest = new URL(next, url);
@@  return redirect(dest.origin === url.origin ? dest.pathname : '/', 302);
};

export const DELETE: APIRoute = ({ redirect }) => {
@ok  return redirect('/login');
};
`,
  ),
  // --- (10) Elysia ---
  ...ts(
    "CWE-78",
    "Elysia route handlers destructuring query / body / params into exec and Bun.spawn vs an allow-list",
    `import { Elysia, t } from 'elysia';
import { execSync } from 'node:child_process';

const ALLOWED = ['status', 'version'];

new Elysia()
  .get('/ping', ({ query }) => {
@@    return execSync(\`ping -c 1 \${query.host}\`).toString();
  })
  .post('/build', ({ body }) => {
@@    Bun.spawn(['sh', '-c', 'make ' + body.target]);
    return 'started';
  }, { body: t.Object({ target: t.String() }) })
  .get('/svc/:name', ({ params: { name } }) => {
@@    return execSync('systemctl status ' + name).toString();
  })
  .get('/cmd/:op', ({ params, error }) => {
    if (!ALLOWED.includes(params.op)) return error(400, 'bad op');
@ok    return execSync('app-cli ' + params.op).toString();
  })
  .get('/ping2', ({ query }) => {
@ok    return Bun.spawnSync(['ping', '-c', '1', String(query.host)]).stdout.toString();
  })
  .listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "Elysia routes fetching a URL taken from query / body vs a fixed API host",
    `import { Elysia } from 'elysia';

export const app = new Elysia()
  .get('/fetch', async ({ query: { url } }) => {
@@    const r = await fetch(url!);
    return r.text();
  })
  .post('/unfurl', async ({ body }) => {
    const { link } = body as { link: string };
@@    const page = await fetch(new URL(link), { redirect: 'follow' });
    return { status: page.status };
  })
  .get('/user/:name', async ({ params }) => {
@ok    const r = await fetch('https://api.example.com/users/' + encodeURIComponent(params.name));
    return r.json();
  });
`,
  ),
  // --- (11) header and log injection across frameworks ---
  ...ts(
    "CWE-113",
    "h3 setResponseHeader / SvelteKit setHeaders / Azure headers from request values vs encoded values",
    `import { defineEventHandler, getQuery, setResponseHeader, setHeader } from 'h3';
import type { RequestHandler } from '@sveltejs/kit';

export const download = defineEventHandler((event) => {
  const { name } = getQuery(event);
@@  setResponseHeader(event, 'Content-Disposition', \`attachment; filename="\${name}"\`);
  return 'data';
});

export const lang = defineEventHandler((event) => {
@@  setHeader(event, 'Content-Language', getQuery(event).lang as string);
  return 'ok';
});

export const GET: RequestHandler = ({ url, setHeaders }) => {
@@  setHeaders({ 'x-trace-id': url.searchParams.get('trace') ?? '' });
  return new Response('ok');
};

export const downloadSafe = defineEventHandler((event) => {
  const { name } = getQuery(event);
@ok  setResponseHeader(event, 'Content-Disposition', \`attachment; filename*=UTF-8''\${encodeURIComponent(String(name))}\`);
  return 'data';
});
`,
  ),
  ...js(
    "CWE-117",
    "request values from h3, Cloud Functions and Electron IPC written to logs vs JSON-encoded values",
    `const { defineEventHandler, readBody, getQuery } = require('h3');
const functions = require('@google-cloud/functions-framework');
const { ipcMain } = require('electron');
const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

exports.login = defineEventHandler(async (event) => {
  const { username } = await readBody(event);
@@  logger.info('login attempt for ' + username);
  return { ok: true };
});

functions.http('audit', (req, res) => {
@@  console.log(\`audit: \${req.query.action} by \${req.get('x-user')}\`);
  res.sendStatus(204);
});

exports.search = defineEventHandler((event) => {
  const q = getQuery(event).q;
@ok  logger.info('search', { q });
  return [];
});

functions.http('audit2', (req, res) => {
@ok  console.log('audit: %s', JSON.stringify(req.query.action));
  res.sendStatus(204);
});
`,
  ),
  // --- (12) more runtimes and routers ---
  ...ts(
    "CWE-94",
    "request text evaluated as code in h3, SvelteKit, Azure Functions and Bun.serve handlers vs JSON.parse and a number",
    `import { defineEventHandler, readBody, getQuery } from 'h3';
import type { RequestHandler } from '@sveltejs/kit';
import { app, HttpRequest } from '@azure/functions';
import vm from 'node:vm';

export const calc = defineEventHandler(async (event) => {
  const { expression } = await readBody(event);
@@  return { result: eval(expression) };
});

export const filter = defineEventHandler((event) => {
  const { where } = getQuery(event);
@@  const pred = new Function('row', 'return ' + where);
  return [{ a: 1 }].filter((r) => pred(r));
});

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
@@  const out = vm.runInNewContext(String(form.get('code')), {});
  return new Response(String(out));
};

app.http('formula', {
  handler: async (request: HttpRequest) => {
@@    const value = eval('(' + request.query.get('f') + ')');
    return { jsonBody: { value } };
  },
});

Bun.serve({
  async fetch(req) {
    const src = await req.text();
@@    const mod = new Function(\`return (\${src})\`)();
    return Response.json(mod);
  },
});

export const parse = defineEventHandler(async (event) => {
  const raw = await readBody<string>(event);
@ok  return JSON.parse(raw);
});

export const scale = defineEventHandler((event) => {
  const factor = parseFloat(String(getQuery(event).k));
@ok  return { result: eval('2 * ' + factor) };
});
`,
  ),
  ...js(
    "CWE-78",
    "ws and socket.io message handlers running commands built from client messages vs execFile arrays",
    `const { WebSocketServer } = require('ws');
const { Server } = require('socket.io');
const { exec, execSync, execFile } = require('child_process');

const wss = new WebSocketServer({ port: 8081 });
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.type === 'ping') {
@@      exec('ping -c 1 ' + msg.host, (err, out) => ws.send(out));
    }
    if (msg.type === 'ping-safe') {
@ok      execFile('ping', ['-c', '1', String(msg.host)], (err, out) => ws.send(out));
    }
  });
  ws.on('message', (raw) => {
@@    ws.send(execSync(raw.toString()).toString());
  });
});

const io = new Server(3001);
io.on('connection', (socket) => {
  socket.on('tail', ({ file, lines }) => {
@@    exec(\`tail -n \${lines} \${file}\`, (err, out) => socket.emit('tail', out));
  });
  socket.on('restart', (service, ack) => {
@@    execSync('systemctl restart ' + service);
    ack('ok');
  });
  socket.on('uptime', (ack) => {
@ok    ack(execSync('uptime').toString());
  });
  socket.on('count', (n, ack) => {
    const k = Math.max(0, Math.min(100, Number(n) | 0));
@ok    ack(execSync('seq ' + k).toString());
  });
});
`,
  ),
  ...ts(
    "CWE-89",
    "GraphQL resolver args (Apollo object resolvers, type-graphql @Arg) into SQL strings vs bound parameters",
    `import { ApolloServer } from '@apollo/server';
import { Resolver, Query, Arg, Mutation } from 'type-graphql';
import { Pool } from 'pg';

const pool = new Pool();

export const resolvers = {
  Query: {
    user: async (_parent: unknown, { id }: { id: string }) => {
@@      const { rows } = await pool.query(\`SELECT * FROM users WHERE id = '\${id}'\`);
      return rows[0];
    },
    users: async (_: unknown, args: { filter: string; order: string }) => {
@@      const { rows } = await pool.query('SELECT * FROM users WHERE ' + args.filter + ' ORDER BY ' + args.order);
      return rows;
    },
    userSafe: async (_: unknown, { id }: { id: string }) => {
@ok      const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0];
    },
  },
  Mutation: {
    rename: async (_: unknown, { id, name }: { id: number; name: string }, ctx: { db: Pool }) => {
@@      await ctx.db.query("UPDATE users SET name = '" + name + "' WHERE id = " + id);
      return true;
    },
  },
};

@Resolver()
export class PostResolver {
  @Query(() => [String])
  async search(@Arg('term') term: string) {
@@    const { rows } = await pool.query(\`SELECT title FROM posts WHERE title ILIKE '%\${term}%'\`);
    return rows.map((r) => r.title);
  }

  @Query(() => [String])
  async searchSafe(@Arg('term') term: string) {
@ok    const { rows } = await pool.query('SELECT title FROM posts WHERE title ILIKE $1', ['%' + term + '%']);
    return rows.map((r) => r.title);
  }

  @Mutation(() => Boolean)
  async archive(@Arg('days') days: number) {
    const d = Math.trunc(Number(days));
@ok    await pool.query(\`UPDATE posts SET archived = true WHERE created_at < now() - interval '\${d} days'\`);
    return true;
  }
}

export const server = new ApolloServer({ typeDefs: 'type Query { user(id: ID!): String }', resolvers });
`,
  ),
  ...js(
    "CWE-22",
    "Koa handlers opening files from ctx.query, ctx.request.body, ctx.params and ctx.get() vs koa-send with a root",
    `const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const send = require('koa-send');
const fs = require('fs');
const path = require('path');

const app = new Koa();
const router = new Router();
const ROOT = path.join(__dirname, 'files');

router.get('/file', async (ctx) => {
@@  ctx.body = fs.createReadStream(path.join(ROOT, ctx.query.name));
});

router.post('/save', async (ctx) => {
  const { name, text } = ctx.request.body;
@@  await fs.promises.writeFile(ROOT + '/' + name, text);
  ctx.status = 201;
});

router.get('/raw/:name', async (ctx) => {
@@  ctx.body = await fs.promises.readFile(\`\${ROOT}/\${ctx.params.name}\`);
});

router.get('/theme', async (ctx) => {
  const theme = ctx.get('x-theme') || ctx.cookies.get('theme');
@@  ctx.body = fs.readFileSync(path.resolve(ROOT, 'themes', theme + '.css'), 'utf8');
});

router.get('/lang', async (ctx) => {
@@  ctx.body = fs.readFileSync(path.join(ROOT, 'i18n', ctx.headers['accept-language']));
});

router.get('/static/:file', async (ctx) => {
@ok  await send(ctx, ctx.params.file, { root: ROOT });
});

router.get('/file-safe', async (ctx) => {
@ok  ctx.body = fs.createReadStream(path.join(ROOT, path.basename(String(ctx.query.name))));
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
`,
  ),
  ...ts(
    "CWE-601",
    "Koa ctx.redirect and Hono c.redirect with query / header / cookie values vs relative-path checks",
    `import Koa from 'koa';
import Router from '@koa/router';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';

const koa = new Koa();
const router = new Router();

router.get('/login/done', (ctx) => {
@@  ctx.redirect(ctx.query.next as string);
});

router.post('/logout', (ctx) => {
@@  ctx.redirect(ctx.get('Referrer') || '/');
});

router.get('/out', (ctx) => {
  const url = ctx.request.query.url as string;
  ctx.status = 301;
@@  ctx.set('Location', url);
});

router.get('/login/done-safe', (ctx) => {
  const next = String(ctx.query.next || '/');
@ok  ctx.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/');
});

koa.use(router.routes());

const app = new Hono();

app.get('/sso', (c) => {
@@  return c.redirect(c.req.query('return_to')!);
});

app.post('/continue', async (c) => {
  const body = await c.req.parseBody();
@@  return c.redirect(body['next'] as string, 303);
});

app.get('/resume', (c) => {
@@  return c.redirect(getCookie(c, 'resume') ?? '/');
});

app.get('/sso-safe', (c) => {
  const to = c.req.query('return_to') ?? '/';
  const u = new URL(to, 'https://app.example.com');
@@  return c.redirect(u.host === 'app.example.com' ? u.pathname + u.search : '/');
});

app.get('/home', (c) => {
@ok  return c.redirect('/dashboard');
});

export { koa, app };
`,
  ),
  ...ts(
    "CWE-79",
    "Hono c.html / c.body with c.req.query, param, header and parseBody values vs the html tagged template and JSX",
    `import { Hono } from 'hono';
import { html, raw } from 'hono/html';

const app = new Hono();

app.get('/hello', (c) => {
  const name = c.req.query('name');
@@  return c.html('<h1>Hello ' + name + '</h1>');
});

app.get('/post/:slug', (c) => {
@@  return c.html(\`<article><h2>\${c.req.param('slug')}</h2></article>\`);
});

app.post('/comment', async (c) => {
  const { text } = await c.req.parseBody();
@@  return c.body('<li>' + text + '</li>', 200, { 'Content-Type': 'text/html' });
});

app.get('/agent', (c) => {
@@  return c.html(html\`<p>Your browser: \${raw(c.req.header('User-Agent'))}</p>\`);
});

app.post('/json', async (c) => {
  const data = await c.req.json<{ title: string }>();
  c.header('Content-Type', 'text/html');
@@  return c.body(\`<title>\${data.title}</title>\`);
});

app.get('/hello-safe', (c) => {
  const name = c.req.query('name');
@ok  return c.html(html\`<h1>Hello \${name}</h1>\`);
});

app.get('/hello-json', (c) => {
@ok  return c.json({ hello: c.req.query('name') });
});

app.get('/hello-text', (c) => {
@ok  return c.text('Hello ' + c.req.query('name'));
});

export default app;
`,
  ),
  ...ts(
    "CWE-601",
    "React Router v7 / Remix loaders and actions redirecting to searchParams / formData values vs a safeRedirect helper",
    `import { redirect } from 'react-router';
import type { Route } from './+types/login';

function safeRedirect(to: FormDataEntryValue | string | null, fallback = '/') {
  if (!to || typeof to !== 'string') return fallback;
  if (!to.startsWith('/') || to.startsWith('//')) return fallback;
  return to;
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const to = url.searchParams.get('redirectTo');
  if (to) {
@@    return redirect(to);
  }
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const next = form.get('next') as string;
@@  throw redirect(next, { headers: { 'Set-Cookie': 'session=1; HttpOnly' } });
}

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const back = request.headers.get('referer');
@@  return redirect(back ?? '/');
}

export async function safeLoader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
@ok  return redirect(safeRedirect(url.searchParams.get('redirectTo')));
}

export async function safeAction({ request }: Route.ActionArgs) {
  const form = await request.formData();
@ok  throw redirect(safeRedirect(form.get('next'), '/home'));
}
`,
  ),
  ...ts(
    "CWE-78",
    "TanStack Start createServerFn and Next.js server actions passing their data / FormData to exec vs an enum",
    `import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { execSync, execFileSync } from 'node:child_process';

export const runPing = createServerFn({ method: 'POST' })
  .validator((d: { host: string }) => d)
  .handler(async ({ data }) => {
@@    return execSync(\`ping -c 1 \${data.host}\`).toString();
  });

export const convert = createServerFn({ method: 'POST' })
  .validator(z.object({ file: z.string() }))
  .handler(async ({ data: { file } }) => {
@@    execSync('ffmpeg -i /media/' + file + ' /media/out.mp4');
    return 'done';
  });

export const restart = createServerFn({ method: 'POST' })
  .validator(z.object({ svc: z.enum(['web', 'jobs']) }))
  .handler(async ({ data }) => {
@ok    return execSync('systemctl restart ' + data.svc).toString();
  });

export async function archiveAction(formData: FormData) {
  'use server';
  const dir = formData.get('dir');
@@  execSync(\`tar czf /tmp/archive.tgz \${dir}\`);
}

export async function whoisAction(prev: unknown, formData: FormData) {
  'use server';
  const domain = String(formData.get('domain'));
@ok  return execFileSync('whois', [domain]).toString();
}
`,
  ),
  ...js(
    "CWE-918",
    "Cloudflare Workers and Deno.serve fetch(request) handlers proxying to a URL from the request vs a fixed origin",
    `export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === '/proxy') {
      const target = url.searchParams.get('target');
@@      return fetch(target, { headers: request.headers });
    }
    if (url.pathname === '/unfurl') {
      const { link } = await request.json();
@@      const page = await fetch(new Request(link));
      return new Response(await page.text());
    }
    if (url.pathname === '/forward') {
@@      return fetch(request.headers.get('x-forward-to') + url.search);
    }
    if (url.pathname === '/api') {
@ok      return fetch(new Request(env.API_ORIGIN + url.pathname + url.search, request));
    }
    if (url.pathname === '/img') {
      const id = url.searchParams.get('id') ?? '';
@ok      return fetch('https://images.example.com/' + encodeURIComponent(id));
    }
    return new Response('not found', { status: 404 });
  },
};
`,
  ),
  ...ts(
    "CWE-22",
    "Deno.serve handlers reading and writing files named by the URL vs serveDir and a basename",
    `import { serveDir } from 'jsr:@std/http/file-server';
import { join, basename } from 'jsr:@std/path';

const ROOT = './public';

Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  if (url.pathname.startsWith('/raw/')) {
@@    const text = await Deno.readTextFile(ROOT + url.pathname.slice(4));
    return new Response(text);
  }
  if (url.pathname === '/download') {
    const name = url.searchParams.get('name')!;
@@    const file = await Deno.open(join(ROOT, name), { read: true });
    return new Response(file.readable);
  }
  if (url.pathname === '/upload' && req.method === 'PUT') {
    const form = await req.formData();
    const f = form.get('file') as File;
@@    await Deno.writeFile(\`./uploads/\${form.get('name')}\`, new Uint8Array(await f.arrayBuffer()));
    return new Response('saved');
  }
  if (url.pathname === '/rm') {
@@    await Deno.remove(join(ROOT, url.searchParams.get('p') ?? ''), { recursive: true });
    return new Response('removed');
  }
  if (url.pathname === '/download-safe') {
    const name = basename(url.searchParams.get('name') ?? '');
@ok    return new Response(await Deno.readFile(join(ROOT, name)));
  }
  if (url.pathname === '/index') {
@ok    return new Response(await Deno.readTextFile(join(ROOT, 'index.html')));
  }
@ok  return serveDir(req, { fsRoot: ROOT });
});
`,
  ),
  ...js(
    "CWE-79",
    "Koa ctx.body set to HTML strings from ctx.query / params / request.body / headers vs JSON, text/plain and escaping",
    `const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const escape = require('escape-html');

const app = new Koa();
const router = new Router();

router.get('/search', (ctx) => {
@@  ctx.body = \`<p>Results for \${ctx.query.q}</p>\`;
});

router.get('/u/:name', (ctx) => {
  ctx.type = 'html';
@@  ctx.body = '<h1>' + ctx.params.name + '</h1>';
});

router.post('/preview', (ctx) => {
  ctx.set('Content-Type', 'text/html');
@@  ctx.body = ctx.request.body.content;
});

router.get('/ref', (ctx) => {
@@  ctx.body = '<a href="' + ctx.get('referer') + '">Back</a>';
});

router.get('/search-safe', (ctx) => {
@ok  ctx.body = \`<p>Results for \${escape(String(ctx.query.q))}</p>\`;
});

router.get('/search-json', (ctx) => {
@ok  ctx.body = { q: ctx.query.q };
});

router.get('/search-text', (ctx) => {
  ctx.type = 'text/plain';
@ok  ctx.body = 'Results for ' + ctx.query.q;
});

router.get('/page', (ctx) => {
  const page = parseInt(ctx.query.page, 10) || 1;
@ok  ctx.body = '<p>Page ' + page + '</p>';
});

app.use(koaBody()).use(router.routes());
module.exports = app;
`,
  ),
  ...ts(
    "CWE-22",
    "Hono c.req.param / query / parseBody and Azure request.params into file paths vs serveStatic and basename",
    `import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { app as azure, HttpRequest } from '@azure/functions';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const DIR = '/srv/files';
const app = new Hono();

app.get('/f/:name', async (c) => {
@@  return c.text(await readFile(path.join(DIR, c.req.param('name')), 'utf8'));
});

app.get('/get', async (c) => {
@@  return c.body(await readFile(DIR + '/' + c.req.query('file')));
});

app.post('/put', async (c) => {
  const body = await c.req.parseBody();
  const file = body['file'] as File;
@@  await writeFile(path.join(DIR, String(body['name'])), Buffer.from(await file.arrayBuffer()));
  return c.text('ok');
});

app.get('/f-safe/:name', async (c) => {
@ok  return c.text(await readFile(path.join(DIR, path.basename(c.req.param('name'))), 'utf8'));
});

app.use('/static/*', serveStatic({ root: './public' }));

azure.http('report', {
  route: 'reports/{name}',
  handler: async (request: HttpRequest) => {
@@    return { body: await readFile(path.join(DIR, 'reports', request.params.name)) };
  },
});

azure.http('template', {
  handler: async (request: HttpRequest) => {
    const kind = request.query.get('kind') === 'long' ? 'long' : 'short';
@ok    return { body: await readFile(path.join(DIR, 'templates', kind + '.txt'), 'utf8') };
  },
});

azure.http('report-safe', {
  route: 'reports2/{name}',
  handler: async (request: HttpRequest) => {
    const full = path.resolve(DIR, 'reports', request.params.name);
    if (!full.startsWith(path.join(DIR, 'reports') + path.sep)) return { status: 400 };
@ok    return { body: await readFile(full) };
  },
});

export default app;
`,
  ),
  ...ts(
    "CWE-89",
    "ws and socket.io handlers building SQL from client messages vs placeholders and numeric ids",
    `import { WebSocketServer } from 'ws';
import { Server } from 'socket.io';
import Database from 'better-sqlite3';

const db = new Database('chat.db');
const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
@@    const rows = db.prepare(\`SELECT * FROM messages WHERE room = '\${msg.room}'\`).all();
    ws.send(JSON.stringify(rows));
  });
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
@ok    const rows = db.prepare('SELECT * FROM messages WHERE room = ?').all(msg.room);
    ws.send(JSON.stringify(rows));
  });
});

const io = new Server(3002);
io.on('connection', (socket) => {
  socket.on('history', (room: string, cb: (rows: unknown[]) => void) => {
@@    cb(db.prepare('SELECT * FROM messages WHERE room = "' + room + '" ORDER BY id').all());
  });
  socket.on('say', ({ room, text }: { room: string; text: string }) => {
@@    db.exec(\`INSERT INTO messages (room, body) VALUES ('\${room}', '\${text}')\`);
  });
  socket.on('delete', (id: unknown) => {
    const n = Number(id);
    if (!Number.isInteger(n)) return;
@ok    db.exec(\`DELETE FROM messages WHERE id = \${n}\`);
  });
  socket.on('say-safe', ({ room, text }: { room: string; text: string }) => {
@ok    db.prepare('INSERT INTO messages (room, body) VALUES (?, ?)').run(room, text);
  });
  socket.on('search', (term: string, cb: (rows: unknown[]) => void) => {
@@    cb(db.prepare("SELECT * FROM messages WHERE body LIKE '%" + term + "%'").all());
  });
});
`,
  ),
];
