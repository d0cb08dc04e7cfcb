// Dev suite "js-ts", batch 135: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Short files in the shape of a rule's own line-level test file: several small handlers, each
// flagged line a positive and each safe look-alike a twin that differs in the one thing that makes it safe. Part a:
// request data in other runtimes and frameworks (AWS Lambda events, Next.js API routes / route handlers / server
// actions, Remix loaders and actions, SvelteKit endpoints, Hapi, Hono). Part b: Restify, GraphQL resolvers,
// socket.io / ws messages, Deno, Bun, Electron IPC. Part c: browser sources (location, referrer, window.name,
// postMessage, storage) into DOM sinks, redirects and eval. Part d: value flow the way rule tests spell it (helpers
// in the same file, promise chains, arrays / objects / Map / Set, string methods, JSON and base64 round trips) with
// real sanitisers and fake or wrong-context ones. Part e: the remaining sink families (prototype pollution, ReDoS,
// XXE, deserialization, NoSQL operators, crypto / randomness / JWT / TLS, cookies, CORS, headers and logs, info
// exposure).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch135", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch135", cwe, note, src, "typescript");

const PART_A: DevCase[] = [
  ...js(
    "CWE-78",
    "AWS Lambda handlers: query string, JSON body, path parameters and headers into exec / execSync (promisified too) vs allow-list, execFile arrays",
    `const { exec, execFile, execSync, execFileSync, spawnSync } = require('child_process');
const util = require('util');
const path = require('path');
const execAsync = util.promisify(exec);

exports.convert = async (event) => {
  const { format } = event.queryStringParameters || {};
@@  const { stdout } = await execAsync(\`convert /tmp/in.png /tmp/out.\${format}\`);
  return { statusCode: 200, body: stdout };
};

exports.convertChecked = async (event) => {
  const { format } = event.queryStringParameters || {};
  if (!['png', 'jpg', 'webp'].includes(format)) return { statusCode: 400, body: 'bad format' };
@ok  const { stdout } = await execAsync(\`convert /tmp/in.png /tmp/out.\${format}\`);
  return { statusCode: 200, body: stdout };
};

exports.ping = async (event) => {
  const body = JSON.parse(event.body);
  return new Promise((resolve) => {
@@    exec('ping -c 1 ' + body.host, (err, out) => resolve({ statusCode: 200, body: out }));
  });
};

exports.pingArgs = async (event) => {
  const body = JSON.parse(event.body);
  return new Promise((resolve) => {
@ok    execFile('ping', ['-c', '1', '--', body.host], (err, out) => resolve({ statusCode: 200, body: out }));
  });
};

exports.report = async (event) => {
  const name = event.pathParameters.name;
@@  const out = execSync('cat /data/reports/' + name).toString();
  return { statusCode: 200, body: out };
};

exports.reportArgs = async (event) => {
  const name = event.pathParameters.name;
@ok  const out = execFileSync('cat', [path.join('/data/reports', path.basename(name))]).toString();
  return { statusCode: 200, body: out };
};

exports.trace = async (event) => {
  const agent = event.headers['user-agent'];
@@  execSync(\`logger -t api "\${agent}"\`);
  return { statusCode: 204 };
};

exports.traceArgs = async (event) => {
  const agent = event.headers['user-agent'];
@ok  spawnSync('logger', ['-t', 'api', '--', String(agent)]);
  return { statusCode: 204 };
};
`,
  ),
  ...ts(
    "CWE-89",
    "Next.js pages API route, app route handlers (nextUrl.searchParams, request.json(), dynamic params) and a server action into mysql2 / @vercel/postgres vs placeholders, the sql tag and Number",
    `import type { NextApiRequest, NextApiResponse } from 'next';
import { NextRequest, NextResponse } from 'next/server';
import mysql from 'mysql2/promise';
import { sql } from '@vercel/postgres';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { id } = req.query;
@@  const [rows] = await pool.query(\`SELECT * FROM posts WHERE id = \${id}\`);
  res.status(200).json(rows);
}

export async function listPage(req: NextApiRequest, res: NextApiResponse) {
  const page = Number(req.query.page) || 1;
@ok  const [rows] = await pool.query(\`SELECT * FROM posts ORDER BY id LIMIT 20 OFFSET \${(page - 1) * 20}\`);
  res.status(200).json(rows);
}

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q');
@@  const [rows] = await pool.query("SELECT id, title FROM posts WHERE title LIKE '%" + q + "%'");
  return NextResponse.json(rows);
}

export async function POST(request: Request) {
  const { email } = await request.json();
@ok  const [rows] = await pool.execute('SELECT id FROM users WHERE email = ?', [email]);
  return Response.json(rows);
}

export async function PUT(request: Request) {
  const body = await request.json();
@@  await pool.query(\`UPDATE users SET name = '\${body.name}' WHERE id = \${Number(body.id)}\`);
  return new Response(null, { status: 204 });
}

export async function DELETE(request: Request, { params }: { params: { id: string } }) {
@@  await pool.query('DELETE FROM posts WHERE id = ' + params.id);
  return new Response(null, { status: 204 });
}

export async function PATCH(request: Request, { params }: { params: { id: string } }) {
@ok  await sql\`UPDATE posts SET views = views + 1 WHERE id = \${params.id}\`;
  return new Response(null, { status: 204 });
}

export async function searchAction(formData: FormData) {
  'use server';
  const term = formData.get('term');
@@  return pool.query(\`SELECT * FROM products WHERE name = '\${term}'\`);
}

export async function searchActionBound(formData: FormData) {
  'use server';
  const term = String(formData.get('term') ?? '');
@ok  return pool.query('SELECT * FROM products WHERE name = ?', [term]);
}
`,
  ),
  ...ts(
    "CWE-79",
    "Remix loader / action and SvelteKit endpoint HTML responses from searchParams, params and formData vs escape-html and JSON",
    `import type { LoaderFunctionArgs, ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import type { RequestHandler } from '@sveltejs/kit';
import escapeHtml from 'escape-html';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const name = url.searchParams.get('name') ?? 'guest';
@@  return new Response(\`<h1>Hello \${name}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function loaderEscaped({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const name = url.searchParams.get('name') ?? 'guest';
@ok  return new Response(\`<h1>Hello \${escapeHtml(name)}</h1>\`, { headers: { 'Content-Type': 'text/html' } });
}

export async function slugLoader({ params }: LoaderFunctionArgs) {
  const html = '<p>No page called ' + params.slug + '</p>';
@@  return new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

export async function slugLoaderJson({ params }: LoaderFunctionArgs) {
@ok  return json({ missing: params.slug }, { status: 404 });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const comment = form.get('comment');
@@  return new Response('<div class="comment">' + comment + '</div>', { headers: { 'Content-Type': 'text/html' } });
}

export const GET: RequestHandler = ({ url }) => {
  const q = url.searchParams.get('q') || '';
@@  return new Response(\`<p>Results for \${q}</p>\`, { headers: { 'content-type': 'text/html' } });
};

export const POST: RequestHandler = async ({ request }) => {
  const data = await request.formData();
  const title = String(data.get('title'));
@ok  return new Response(\`<p>Saved \${escapeHtml(title)}</p>\`, { headers: { 'content-type': 'text/html' } });
};
`,
  ),
  ...js(
    "CWE-79",
    "Hapi handlers returning strings (text/html by default) and h.response().type('text/html') vs JSON and escaping; Hono c.html with a plain template vs hono/html's escaping tag",
    `const Hapi = require('@hapi/hapi');
const { Hono } = require('hono');
const { html } = require('hono/html');
const escapeHtml = require('escape-html');

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/hello/{name}',
  handler: (request, h) => {
@@    return '<h1>Hello ' + request.params.name + '</h1>';
  },
});

server.route({
  method: 'GET',
  path: '/hello-json/{name}',
  handler: (request, h) => {
@ok    return h.response({ greeting: 'Hello ' + request.params.name });
  },
});

server.route({
  method: 'POST',
  path: '/preview',
  handler: (request, h) => {
    const { body } = request.payload;
@@    return h.response(\`<article>\${body}</article>\`).type('text/html');
  },
});

server.route({
  method: 'GET',
  path: '/search',
  handler: (request, h) => {
@ok    return h.response('<p>' + escapeHtml(request.query.q) + '</p>').type('text/html');
  },
});

const app = new Hono();

app.get('/greet', (c) => {
  const who = c.req.query('who');
@@  return c.html(\`<p>Hi \${who}</p>\`);
});

app.get('/greet-safe', (c) => {
  const who = c.req.query('who');
@ok  return c.html(html\`<p>Hi \${who}</p>\`);
});

app.get('/user/:id', (c) => {
@@  return c.html('<h2>User ' + c.req.param('id') + '</h2>');
});

app.get('/user-text/:id', (c) => {
@ok  return c.text('User ' + c.req.param('id'));
});
`,
  ),
  ...ts(
    "CWE-601",
    "open redirects from a Lambda event, Next.js route handler and middleware, Remix action, SvelteKit load and Hono vs allow-lists and same-origin checks",
    `import { NextRequest, NextResponse } from 'next/server';
import { redirect as remixRedirect } from '@remix-run/node';
import { redirect } from '@sveltejs/kit';
import { Hono } from 'hono';
import type { APIGatewayProxyEvent } from 'aws-lambda';

const ALLOWED = new Set(['/dashboard', '/settings', '/billing']);

export const login = async (event: APIGatewayProxyEvent) => {
  const next = event.queryStringParameters?.next ?? '/';
@@  return { statusCode: 302, headers: { Location: next }, body: '' };
};

export const loginChecked = async (event: APIGatewayProxyEvent) => {
  const next = event.queryStringParameters?.next ?? '/';
@ok  return { statusCode: 302, headers: { Location: ALLOWED.has(next) ? next : '/' }, body: '' };
};

export function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('callbackUrl') || '/';
@@  return NextResponse.redirect(target);
}

export function POST(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('callbackUrl') || '/';
  const dest = new URL(target, request.url);
  if (dest.origin !== request.nextUrl.origin) return NextResponse.redirect(new URL('/', request.url));
@ok  return NextResponse.redirect(dest);
}

export async function action({ request }: { request: Request }) {
  const form = await request.formData();
  const returnTo = String(form.get('returnTo') || '/');
@@  return remixRedirect(returnTo);
}

export async function load({ url }: { url: URL }) {
  const to = url.searchParams.get('redirectTo');
@@  if (to) redirect(302, to);
  return {};
}

export async function loadChecked({ url }: { url: URL }) {
  const to = url.searchParams.get('redirectTo');
@ok  if (to && ALLOWED.has(to)) redirect(302, to);
  return {};
}

const app = new Hono();

app.get('/out', (c) => {
@@  return c.redirect(c.req.query('url') ?? '/');
});

app.get('/out-safe', (c) => {
  const url = c.req.query('url') ?? '/';
@ok  return c.redirect(ALLOWED.has(url) ? url : '/');
});
`,
  ),
  ...js(
    "CWE-918",
    "SSRF from a Lambda body, a Hono query, a Next.js route handler and a SvelteKit endpoint vs a host allow-list and a fixed host with an encoded query",
    `const axios = require('axios');
const { Hono } = require('hono');

const HOSTS = new Set(['api.github.com', 'status.example.com']);

exports.preview = async (event) => {
  const { url } = JSON.parse(event.body || '{}');
@@  const res = await axios.get(url);
  return { statusCode: 200, body: JSON.stringify({ title: res.data.slice(0, 100) }) };
};

exports.previewChecked = async (event) => {
  const { url } = JSON.parse(event.body || '{}');
  const u = new URL(url);
  if (u.protocol !== 'https:' || !HOSTS.has(u.hostname)) return { statusCode: 400, body: 'host not allowed' };
@ok  const res = await axios.get(u.toString());
  return { statusCode: 200, body: JSON.stringify({ title: res.data.slice(0, 100) }) };
};

exports.weather = async (event) => {
  const city = event.queryStringParameters.city;
@ok  const res = await fetch('https://api.weather.example.com/v1/current?city=' + encodeURIComponent(city));
  return { statusCode: 200, body: await res.text() };
};

const app = new Hono();

app.get('/proxy', async (c) => {
  const target = c.req.query('target');
@@  const upstream = await fetch(target);
  return c.body(await upstream.arrayBuffer());
});

app.get('/avatar/:user', async (c) => {
@ok  const upstream = await fetch(\`https://avatars.example.com/\${encodeURIComponent(c.req.param('user'))}.png\`);
  return c.body(await upstream.arrayBuffer());
});

async function GET(request) {
  const { searchParams } = new URL(request.url);
  const feed = searchParams.get('feed');
@@  const res = await fetch(feed, { headers: { accept: 'application/rss+xml' } });
  return new Response(await res.text());
}

async function POST({ request }) {
  const { webhook } = await request.json();
@@  await axios.post(webhook, { ok: true });
  return new Response(null, { status: 204 });
}

module.exports = { app, GET, POST };
`,
  ),
  ...ts(
    "CWE-22",
    "path traversal from Next.js dynamic params, a Hapi payload, a Lambda path parameter and a Hono param vs basename and a resolve + startsWith containment check",
    `import fs from 'fs/promises';
import { readFileSync, createReadStream } from 'fs';
import path from 'path';
import Hapi from '@hapi/hapi';
import { Hono } from 'hono';

const CONTENT = path.join(process.cwd(), 'content');

export async function GET(_req: Request, { params }: { params: { slug: string } }) {
@@  const md = await fs.readFile(path.join(CONTENT, params.slug + '.md'), 'utf8');
  return new Response(md);
}

export async function HEAD(_req: Request, { params }: { params: { slug: string } }) {
@ok  const md = await fs.readFile(path.join(CONTENT, path.basename(params.slug) + '.md'), 'utf8');
  return new Response(null, { headers: { 'content-length': String(md.length) } });
}

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/templates',
  handler: async (request) => {
    const { name, body } = request.payload as { name: string; body: string };
@@    await fs.writeFile(path.join('/srv/templates', name), body);
    return { saved: true };
  },
});

server.route({
  method: 'GET',
  path: '/templates/{name}',
  handler: (request) => {
    const file = path.resolve('/srv/templates', request.params.name);
    if (!file.startsWith('/srv/templates' + path.sep)) return { error: 'bad name' };
@ok    return readFileSync(file, 'utf8');
  },
});

export const download = async (event: { pathParameters: { key: string } }) => {
@@  const data = readFileSync('/var/task/assets/' + event.pathParameters.key);
  return { statusCode: 200, body: data.toString('base64'), isBase64Encoded: true };
};

const app = new Hono();
app.get('/files/:name', (c) => {
  const name = c.req.param('name');
@@  return c.body(createReadStream(\`./uploads/\${name}\`) as any);
});
`,
  ),
];

const PART_B: DevCase[] = [
  ...ts(
    "CWE-78",
    "Deno.Command / Deno.run and Bun.spawn / spawnSync under Deno.serve and Bun.serve request data vs argument arrays without a shell",
    `Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  const host = url.searchParams.get('host') ?? 'localhost';
  if (url.pathname === '/ping') {
@@    const cmd = new Deno.Command('sh', { args: ['-c', \`ping -c 1 \${host}\`] });
    const { stdout } = await cmd.output();
    return new Response(stdout);
  }
  if (url.pathname === '/ping2') {
@ok    const cmd = new Deno.Command('ping', { args: ['-c', '1', '--', host] });
    const { stdout } = await cmd.output();
    return new Response(stdout);
  }
  if (url.pathname === '/log') {
    const { branch } = await req.json();
@@    const p = Deno.run({ cmd: ['bash', '-c', 'git log --oneline ' + branch], stdout: 'piped' });
    return new Response(await p.output());
  }
  return new Response('not found', { status: 404 });
});

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    const name = url.searchParams.get('name') || 'out';
    if (url.pathname === '/thumb') {
@@      const proc = Bun.spawn(['sh', '-c', 'convert input.png -resize 64x64 ' + name + '.png']);
      await proc.exited;
      return new Response('ok');
    }
    if (url.pathname === '/blame') {
@ok      const proc = Bun.spawn(['git', 'blame', '--porcelain', '--', name]);
      return new Response(proc.stdout);
    }
    if (url.pathname === '/count') {
      const form = await req.formData();
      const file = form.get('file') as string;
@@      const res = Bun.spawnSync({ cmd: ['bash', '-c', \`wc -l \${file}\`] });
      return new Response(res.stdout);
    }
    return new Response('not found', { status: 404 });
  },
});
`,
  ),
  ...js(
    "CWE-78",
    "socket.io and ws messages, an Electron ipcMain.handle / ipcMain.on argument and a Restify route into exec / execSync vs execFile arrays and a fixed command",
    `const { Server } = require('socket.io');
const { WebSocketServer } = require('ws');
const { ipcMain } = require('electron');
const restify = require('restify');
const { exec, execSync, execFile, execFileSync } = require('child_process');
const path = require('path');

const io = new Server(3001);
io.on('connection', (socket) => {
  socket.on('tail', (data) => {
@@    exec('tail -n 50 /srv/logs/' + data.file, (err, out) => socket.emit('tail', out));
  });
  socket.on('tail-safe', (data) => {
@ok    execFile('tail', ['-n', '50', '--', path.join('/srv/logs', path.basename(data.file))], (err, out) => socket.emit('tail', out));
  });
});

const wss = new WebSocketServer({ port: 3002 });
wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString());
@@    const out = execSync(\`nslookup \${msg.domain}\`).toString();
    ws.send(out);
  });
});

ipcMain.handle('zip-folder', async (event, folder) => {
@@  return execSync('zip -r /tmp/export.zip "' + folder + '"').toString();
});

ipcMain.handle('git-version', async () => {
@ok  return execFileSync('git', ['--version']).toString();
});

ipcMain.on('open-in-editor', (event, file) => {
@@  exec(\`code \${file}\`);
});

const server = restify.createServer();
server.use(restify.plugins.queryParser());
server.get('/whois/:domain', (req, res, next) => {
@@  exec('whois ' + req.params.domain, (err, out) => {
    res.send(out);
    next();
  });
});
server.get('/uptime', (req, res, next) => {
@ok  exec('uptime', (err, out) => {
    res.send({ up: out, asked: req.query.who });
    next();
  });
});
`,
  ),
  ...js(
    "CWE-94",
    "GraphQL resolver args, socket.io / ws messages, a Restify param and an Electron IPC value into eval, new Function, vm.runInNewContext, setTimeout strings and webContents.executeJavaScript vs JSON.parse, a lookup table and data passed as context",
    `const vm = require('vm');
const { ApolloServer } = require('@apollo/server');
const { Server } = require('socket.io');
const { ipcMain, BrowserWindow } = require('electron');
const restify = require('restify');

const OPS = { add: (a, b) => a + b, mul: (a, b) => a * b };

const resolvers = {
  Query: {
    calc: (_parent, args) => {
@@      return eval(args.expression);
    },
    calcSafe: (_parent, { op, a, b }) => {
@ok      return OPS[op] && Object.hasOwn(OPS, op) ? OPS[op](a, b) : null;
    },
    filter: (_parent, { predicate }, ctx) => {
@@      const fn = new Function('item', 'return ' + predicate);
      return ctx.items.filter(fn);
    },
    template: async (_parent, args) => {
@@      return vm.runInNewContext('\`' + args.tpl + '\`', { user: 'guest' });
    },
    templateSafe: async (_parent, args) => {
@ok      return vm.runInNewContext('greeting + ", " + name', { greeting: 'Hello', name: String(args.name) });
    },
  },
};
const apollo = new ApolloServer({ typeDefs: 'type Query { calc(expression: String): Float }', resolvers });

const io = new Server(3003);
io.on('connection', (socket) => {
  socket.on('schedule', (msg) => {
@@    setTimeout('notify(' + msg.id + ')', 1000);
  });
  socket.on('schedule-safe', (msg) => {
@ok    setTimeout(() => socket.emit('notify', msg.id), 1000);
  });
  socket.on('config', (text) => {
@ok    const cfg = JSON.parse(text);
    socket.emit('config', cfg);
  });
});

ipcMain.on('toast', (event, message) => {
  const win = BrowserWindow.fromWebContents(event.sender);
@@  win.webContents.executeJavaScript(\`showToast('\${message}')\`);
});

ipcMain.on('toast-safe', (event, message) => {
  const win = BrowserWindow.fromWebContents(event.sender);
@ok  win.webContents.send('toast', message);
});

const server = restify.createServer();
server.get('/compute/:expr', (req, res, next) => {
@@  res.send({ value: vm.runInThisContext(req.params.expr) });
  next();
});

module.exports = { apollo, server };
`,
  ),
  ...ts(
    "CWE-89",
    "GraphQL resolvers (Apollo, type-graphql style) and a Restify route building knex.raw / sequelize.query / pg text from args vs bindings, replacements and the query builder",
    `import knex from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';
import { Pool } from 'pg';
import restify from 'restify';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const pool = new Pool();

export const resolvers = {
  Query: {
    userByName: async (_: unknown, args: { name: string }) => {
@@      const { rows } = await db.raw(\`SELECT * FROM users WHERE name = '\${args.name}'\`);
      return rows[0];
    },
    userByNameBound: async (_: unknown, args: { name: string }) => {
@ok      const { rows } = await db.raw('SELECT * FROM users WHERE name = ?', [args.name]);
      return rows[0];
    },
    orders: async (_: unknown, { status, sort }: { status: string; sort: string }) => {
@@      return sequelize.query('SELECT * FROM orders WHERE status = :status ORDER BY ' + sort, {
        replacements: { status },
        type: QueryTypes.SELECT,
      });
    },
    ordersSafe: async (_: unknown, { status }: { status: string }) => {
@ok      return sequelize.query('SELECT * FROM orders WHERE status = :status ORDER BY created_at', {
        replacements: { status },
        type: QueryTypes.SELECT,
      });
    },
    products: async (_: unknown, { category }: { category: string }) => {
@ok      return db('products').where({ category }).select('id', 'name');
    },
    productsRaw: async (_: unknown, { category }: { category: string }) => {
@@      return db('products').whereRaw("category = '" + category + "'");
    },
  },
  Mutation: {
    rename: async (_: unknown, { id, name }: { id: number; name: string }) => {
@@      await pool.query(\`UPDATE items SET name = '\${name}' WHERE id = \${id}\`);
      return true;
    },
    renameBound: async (_: unknown, { id, name }: { id: number; name: string }) => {
@ok      await pool.query('UPDATE items SET name = $1 WHERE id = $2', [name, id]);
      return true;
    },
  },
};

const server = restify.createServer();
server.get('/items/:id', async (req, res) => {
@@  const { rows } = await pool.query('SELECT * FROM items WHERE id = ' + req.params.id);
  res.send(rows);
});
`,
  ),
  ...js(
    "CWE-22",
    "file reads and writes from Bun.serve and Deno.serve requests (decoded pathname, query), an Electron IPC handler, a socket.io event and a Restify param vs basename and resolve + startsWith",
    `const fs = require('fs');
const path = require('path');
const { ipcMain, app } = require('electron');
const { Server } = require('socket.io');
const restify = require('restify');

const PUBLIC = path.resolve('./public');

Bun.serve({
  fetch(req) {
    const url = new URL(req.url);
    if (url.pathname.startsWith('/dl/')) {
      const name = decodeURIComponent(url.pathname.slice(4));
@@      return new Response(Bun.file('./downloads/' + name));
    }
    const f = url.searchParams.get('f') || 'index.html';
    const full = path.resolve(PUBLIC, f);
    if (!full.startsWith(PUBLIC + path.sep)) return new Response('forbidden', { status: 403 });
@ok    return new Response(Bun.file(full));
  },
});

Deno.serve(async (req) => {
  const url = new URL(req.url);
  const page = url.searchParams.get('page') ?? 'home';
  if (url.pathname === '/raw') {
@@    return new Response(await Deno.readTextFile(\`./pages/\${page}.md\`));
  }
@ok  return new Response(await Deno.readTextFile(\`./pages/\${path.basename(page)}.md\`));
});

ipcMain.handle('read-note', async (event, name) => {
@@  return fs.promises.readFile(path.join(app.getPath('userData'), 'notes', name), 'utf8');
});

ipcMain.handle('read-note-safe', async (event, name) => {
@ok  return fs.promises.readFile(path.join(app.getPath('userData'), 'notes', path.basename(name)), 'utf8');
});

const io = new Server(3004);
io.on('connection', (socket) => {
  socket.on('save', ({ name, content }) => {
@@    fs.writeFileSync(path.join('/srv/shared', name), content);
  });
});

const server = restify.createServer();
server.get('/docs/:file', (req, res, next) => {
@@  fs.createReadStream(path.join(__dirname, 'docs', req.params.file)).pipe(res);
});
`,
  ),
  ...ts(
    "CWE-918",
    "SSRF from GraphQL args, a socket.io message, Deno.serve and Bun.serve query values vs a fixed base URL with a path-encoded id and a host allow-list",
    `import axios from 'axios';
import got from 'got';
import { Server } from 'socket.io';

const ALLOWED_HOSTS = ['images.example.com', 'cdn.example.com'];

export const resolvers = {
  Mutation: {
    importFeed: async (_: unknown, { url }: { url: string }) => {
@@      const { data } = await axios.get(url);
      return data.length;
    },
    importFeedChecked: async (_: unknown, { url }: { url: string }) => {
      const parsed = new URL(url);
      if (!ALLOWED_HOSTS.includes(parsed.hostname)) throw new Error('host not allowed');
@ok      const { data } = await axios.get(parsed.href);
      return data.length;
    },
    repo: async (_: unknown, { name }: { name: string }) => {
@ok      const body = await got(\`https://api.github.com/repos/acme/\${encodeURIComponent(name)}\`).json();
      return body;
    },
  },
};

const io = new Server(3005);
io.on('connection', (socket) => {
  socket.on('unfurl', async (link: string) => {
@@    const html = await got(link).text();
    socket.emit('unfurl', html.slice(0, 500));
  });
});

Deno.serve(async (req) => {
  const target = new URL(req.url).searchParams.get('target');
@@  const upstream = await fetch(target!);
  return new Response(upstream.body);
});

Bun.serve({
  async fetch(req) {
    const { callback } = (await req.json()) as { callback: string };
@@    await fetch(callback, { method: 'POST', body: 'done' });
    return new Response('queued');
  },
});
`,
  ),
];

const PART_C: DevCase[] = [
  ...js(
    "CWE-79",
    "DOM XSS from location.hash / location.search / URLSearchParams / document.referrer / window.name / localStorage / postMessage data into innerHTML, document.write, insertAdjacentHTML, jQuery html, srcdoc and a.href vs textContent, DOMPurify and a protocol check",
    `import DOMPurify from 'dompurify';
import $ from 'jquery';

function showHash() {
  const out = document.getElementById('out');
@@  out.innerHTML = decodeURIComponent(location.hash.slice(1));
}

function showHashText() {
  const out = document.getElementById('out');
@ok  out.textContent = decodeURIComponent(location.hash.slice(1));
}

function showHashPurified() {
  const out = document.getElementById('out');
@ok  out.innerHTML = DOMPurify.sanitize(decodeURIComponent(location.hash.slice(1)));
}

function title() {
  const params = new URLSearchParams(window.location.search);
@@  document.write('<h1>' + params.get('title') + '</h1>');
}

function backLink() {
  const nav = document.querySelector('#nav');
@@  nav.insertAdjacentHTML('beforeend', '<span>You came from ' + document.referrer + '</span>');
}

function greet() {
@@  $('#greeting').html('Welcome back, ' + window.name);
}

function greetText() {
@ok  $('#greeting').text('Welcome back, ' + window.name);
}

function restoreBio() {
  const bio = localStorage.getItem('bio') || '';
@@  document.getElementById('bio').innerHTML = bio;
}

window.addEventListener('message', (event) => {
  if (event.data.type === 'render') {
@@    document.getElementById('frame-out').innerHTML = event.data.html;
  }
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
@ok  document.getElementById('status').textContent = event.data.text;
});

function preview() {
  const q = new URLSearchParams(location.search).get('html');
  const frame = document.createElement('iframe');
@@  frame.srcdoc = q;
  document.body.appendChild(frame);
}

function link() {
  const target = new URLSearchParams(location.search).get('link');
  const a = document.createElement('a');
@@  a.href = target;
  a.textContent = 'continue';
  document.body.appendChild(a);
}

function linkChecked() {
  const target = new URLSearchParams(location.search).get('link');
  const u = new URL(target, location.href);
  const a = document.createElement('a');
@ok  a.href = u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '#';
  document.body.appendChild(a);
}

function continueLink() {
  const next = new URLSearchParams(location.search).get('next');
@@  document.getElementById('cta').innerHTML = "<a href='" + encodeURI(next) + "'>continue</a>";
}

function fragment() {
  const range = document.createRange();
@@  const frag = range.createContextualFragment(location.search.substring(1));
  document.body.appendChild(frag);
}
`,
  ),
  ...ts(
    "CWE-79",
    "React and Vue components rendering location / URLSearchParams / postMessage values through dangerouslySetInnerHTML and v-html render functions vs plain JSX text",
    `import React, { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { h } from 'vue';

export function Banner() {
  const [params] = useSearchParams();
  const msg = params.get('msg') ?? '';
@@  return <div className="banner" dangerouslySetInnerHTML={{ __html: msg }} />;
}

export function BannerText() {
  const [params] = useSearchParams();
  const msg = params.get('msg') ?? '';
@ok  return <div className="banner">{msg}</div>;
}

export function HashNote() {
  const note = window.location.hash.substring(1);
@@  return <p dangerouslySetInnerHTML={{ __html: decodeURIComponent(note) }} />;
}

export function Inbox() {
  const [html, setHtml] = useState('');
  useEffect(() => {
    const onMsg = (e: MessageEvent) => setHtml(e.data);
    window.addEventListener('message', onMsg);
    return () => window.removeEventListener('message', onMsg);
  }, []);
@@  return <section dangerouslySetInnerHTML={{ __html: html }} />;
}

export const Note = {
  render() {
    const text = new URLSearchParams(location.search).get('note');
@@    return h('div', { innerHTML: text });
  },
};

export const NoteText = {
  render() {
    const text = new URLSearchParams(location.search).get('note');
@ok    return h('div', text);
  },
};
`,
  ),
  ...js(
    "CWE-601",
    "client-side redirects from URLSearchParams / location.hash into location.href, assign, replace and window.open vs a same-origin URL check, an anchored regex, a route table and an encoded query",
    `const ROUTES = { home: '/', profile: '/me', orders: '/orders' };

function afterLogin() {
  const next = new URLSearchParams(location.search).get('next');
@@  window.location.href = next;
}

function afterLoginChecked() {
  const next = new URLSearchParams(location.search).get('next') || '/';
  const u = new URL(next, location.origin);
@ok  if (u.origin === location.origin) window.location.href = u.href;
}

function back() {
  const params = new URLSearchParams(window.location.search);
@@  location.assign(params.get('returnUrl'));
}

function hashJump() {
@@  location.replace(location.hash.substring(1));
}

function popup() {
  const url = new URLSearchParams(location.search).get('url');
@@  window.open(url, '_blank');
}

function routeTo() {
  const key = new URLSearchParams(location.search).get('to');
@ok  location.href = ROUTES[key] || '/';
}

function search() {
  const q = new URLSearchParams(location.search).get('q');
@ok  location.href = '/search?q=' + encodeURIComponent(q);
}

function partner() {
  const next = new URLSearchParams(location.search).get('next');
@@  if (/example\\.com/.test(next)) location.href = next;
}

function partnerAnchored() {
  const next = new URLSearchParams(location.search).get('next');
@ok  if (/^https:\\/\\/(www\\.)?example\\.com\\//.test(next)) location.href = next;
}
`,
  ),
  ...js(
    "CWE-94",
    "browser eval, setTimeout strings and new Function from location.hash, URLSearchParams and postMessage data vs JSON.parse and a callback table",
    `const HANDLERS = { refresh: () => location.reload(), close: () => window.close() };

function runHash() {
@@  eval(decodeURIComponent(location.hash.slice(1)));
}

function readHashState() {
@ok  const state = JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}');
  return state;
}

function jsonp() {
  const cb = new URLSearchParams(location.search).get('callback');
@@  setTimeout(cb + '(window.__data)', 0);
}

function jsonpTable() {
  const cb = new URLSearchParams(location.search).get('callback');
  const fn = Object.hasOwn(HANDLERS, cb) ? HANDLERS[cb] : null;
@ok  if (fn) setTimeout(fn, 0);
}

window.addEventListener('message', (e) => {
  if (e.data && e.data.kind === 'plugin') {
@@    const plugin = new Function('api', e.data.code);
    plugin(window.api);
  }
});

window.addEventListener('message', (e) => {
  if (e.origin !== window.location.origin) return;
  const name = e.data && e.data.action;
@ok  if (Object.hasOwn(HANDLERS, name)) HANDLERS[name]();
});

function formula() {
  const expr = document.getElementById('formula').value;
@@  document.getElementById('result').textContent = String(eval(expr));
}
`,
  ),
];

const PART_D: DevCase[] = [
  ...js(
    "CWE-78",
    "request values reaching exec through same-file helpers, arrays joined into a command, Object.assign / spread merges in both orders, Object.entries flags, Map keys, string methods, JSON and base64 round trips and promise chains vs validators, constant keys, overriding merges and execFile",
    `const express = require('express');
const { exec, execSync, execFile } = require('child_process');

const app = express();
app.use(express.json());

const DEFAULTS = { size: '64x64', format: 'png' };
const TOOLS = new Set(['uptime', 'df', 'free']);

function pingCommand(host) {
  return 'ping -c 1 ' + host;
}

async function tidy(value) {
  return String(value).trim();
}

function onlyHostChars(value) {
  return String(value).replace(/[^a-z0-9.-]/gi, '');
}

app.get('/ping', (req, res) => {
@@  exec(pingCommand(req.query.host), (e, out) => res.send(out));
});

app.get('/ping-local', (req, res) => {
@ok  exec(pingCommand('localhost'), (e, out) => res.send(out));
});

app.get('/ping-clean', (req, res) => {
@ok  exec(pingCommand(onlyHostChars(req.query.host)), (e, out) => res.send(out));
});

app.get('/archive', (req, res) => {
  const parts = ['tar', 'czf', '/tmp/out.tgz'];
  parts.push(req.query.dir);
@@  execSync(parts.join(' '));
  res.sendStatus(204);
});

app.get('/archive-args', (req, res) => {
  const parts = ['czf', '/tmp/out.tgz', '--'];
  parts.push(req.query.dir);
@ok  execFile('tar', parts, () => res.sendStatus(204));
});

app.post('/resize', (req, res) => {
  const opts = Object.assign({}, DEFAULTS, req.body);
@@  exec('convert in.png -resize ' + opts.size + ' out.' + opts.format, () => res.sendStatus(204));
});

app.post('/resize-fixed', (req, res) => {
  const opts = Object.assign({}, req.body, DEFAULTS);
@ok  exec('convert in.png -resize ' + opts.size + ' out.' + opts.format, () => res.sendStatus(204));
});

app.post('/resize-spread', (req, res) => {
  const opts = { ...DEFAULTS, ...req.body };
@@  exec(\`convert in.png -resize \${opts.size} out.png\`, () => res.sendStatus(204));
});

app.post('/resize-spread-fixed', (req, res) => {
  const opts = { ...req.body, size: '128x128' };
@ok  exec(\`convert in.png -resize \${opts.size} out.png\`, () => res.sendStatus(204));
});

app.get('/tool', (req, res) => {
  const flags = [];
  for (const [k, v] of Object.entries(req.query)) flags.push(\`--\${k}=\${v}\`);
@@  exec('report-tool ' + flags.join(' '), (e, out) => res.send(out));
});

app.get('/map', (req, res) => {
  const m = new Map();
  m.set('dir', req.query.dir);
@@  exec('ls -la ' + m.get('dir'), (e, out) => res.send(out));
});

app.get('/map-const', (req, res) => {
  const m = new Map();
  m.set('dir', '/var/www');
  m.set('who', req.query.dir);
@ok  exec('ls -la ' + m.get('dir'), (e, out) => res.send(out));
});

app.get('/run', (req, res) => {
  const tool = req.query.tool;
@ok  if (TOOLS.has(tool)) exec(tool, (e, out) => res.send(out));
});

app.get('/strings', (req, res) => {
  const name = req.query.name.trim().toLowerCase().split(',')[0].slice(0, 40).padStart(8, '_');
@@  exec('id '.concat(name), (e, out) => res.send(out));
});

app.post('/clone', (req, res) => {
  const copy = JSON.parse(JSON.stringify(req.body));
@@  exec('git clone ' + copy.repo + ' /tmp/repo', () => res.sendStatus(202));
});

app.get('/b64', (req, res) => {
  const script = Buffer.from(req.query.s, 'base64').toString('utf8');
@@  execSync(script);
  res.sendStatus(204);
});

app.get('/then', (req, res) => {
@@  Promise.resolve(req.query.file).then((f) => exec('file ' + f, (e, out) => res.send(out)));
});

app.get('/then-int', (req, res) => {
  Promise.resolve(req.query.n)
    .then((n) => parseInt(n, 10))
@ok    .then((n) => exec('seq 1 ' + n, (e, out) => res.send(out)));
});

app.get('/await', async (req, res) => {
  const host = await tidy(req.query.host);
@@  exec('dig +short ' + host, (e, out) => res.send(out));
});

app.get('/semicolon', (req, res) => {
  const host = req.query.host.replace(';', '');
@@  exec('nslookup ' + host, (e, out) => res.send(out));
});

app.get('/regex-loose', (req, res) => {
  const host = req.query.host;
@@  if (/[a-z0-9.-]+/i.test(host)) exec('nslookup ' + host, (e, out) => res.send(out));
});

app.get('/regex-anchored', (req, res) => {
  const host = req.query.host;
@ok  if (/^[a-z0-9.-]+$/i.test(host)) exec('nslookup ' + host, (e, out) => res.send(out));
});
`,
  ),
  ...ts(
    "CWE-22",
    "file paths from Express / Koa input through helpers and string steps vs a one-shot replace of '../', startsWith without resolve, normalize alone, basename and resolve + startsWith containment",
    `import express from 'express';
import Koa from 'koa';
import fs from 'fs';
import path from 'path';

const app = express();
const ROOT = path.resolve('/srv/files');

function userFile(name: string): string {
  return path.join(ROOT, name);
}

function safeFile(name: string): string | null {
  const full = path.resolve(ROOT, name);
  return full.startsWith(ROOT + path.sep) ? full : null;
}

app.get('/a', (req, res) => {
@@  res.send(fs.readFileSync(userFile(String(req.query.name))));
});

app.get('/b', (req, res) => {
  const full = safeFile(String(req.query.name));
  if (!full) return res.sendStatus(400);
@ok  res.send(fs.readFileSync(full));
});

app.get('/c', (req, res) => {
  const name = String(req.query.name).replace('../', '');
@@  res.send(fs.readFileSync(path.join(ROOT, name)));
});

app.get('/d', (req, res) => {
  const p = String(req.query.path);
  if (!p.startsWith('/srv/files/')) return res.sendStatus(403);
@@  res.send(fs.readFileSync(p));
});

app.get('/e', (req, res) => {
  const p = path.resolve(String(req.query.path));
  if (!p.startsWith(ROOT + path.sep)) return res.sendStatus(403);
@ok  res.send(fs.readFileSync(p));
});

app.get('/f', (req, res) => {
  const p = path.normalize(String(req.query.name));
@@  res.sendFile(path.join(ROOT, p));
});

app.get('/g', (req, res) => {
@ok  res.sendFile(path.basename(String(req.query.name)), { root: ROOT });
});

app.get('/h', (req, res) => {
  const name = String(req.query.name).replace(/\\.\\.\\//g, '');
@@  fs.createReadStream(path.join(ROOT, name)).pipe(res);
});

app.delete('/i/:id', (req, res) => {
  const id = parseInt(req.params.id, 10);
@ok  fs.unlinkSync(path.join(ROOT, \`\${id}.json\`));
  res.sendStatus(204);
});

app.post('/j', express.json(), (req, res) => {
  const segments: string[] = ['uploads'];
  segments.push(req.body.folder, req.body.file);
@@  fs.writeFileSync(path.join(ROOT, ...segments), req.body.data);
  res.sendStatus(201);
});

const koa = new Koa();
koa.use(async (ctx) => {
  const file = ctx.query.file as string;
@@  ctx.body = fs.createReadStream(\`\${ROOT}/\${file}\`);
});
`,
  ),
  ...js(
    "CWE-79",
    "server-side HTML with escape-html / validator in and out of their context: inside a script block and an unquoted attribute, encodeURI taken for HTML escaping, validator.escape and isAlphanumeric, Number, through helpers and arrays",
    `const express = require('express');
const escapeHtml = require('escape-html');
const validator = require('validator');

const app = express();

function card(title) {
  return '<div class="card"><h2>' + title + '</h2></div>';
}

app.get('/card', (req, res) => {
@@  res.send(card(req.query.title));
});

app.get('/card-escaped', (req, res) => {
@ok  res.send(card(escapeHtml(req.query.title)));
});

app.get('/script', (req, res) => {
@@  res.send('<script>var page = ' + escapeHtml(req.query.page) + ';</script>');
});

app.get('/script-json', (req, res) => {
  const page = JSON.stringify(String(req.query.page)).replace(/</g, '\\\\u003c');
@ok  res.send('<script>var page = ' + page + ';</script>');
});

app.get('/img', (req, res) => {
@@  res.send(\`<img src=\${escapeHtml(req.query.src)} alt="avatar">\`);
});

app.get('/img-quoted', (req, res) => {
@ok  res.send(\`<img src="\${escapeHtml(req.query.src)}" alt="avatar">\`);
});

app.get('/uri', (req, res) => {
@@  res.send('<p>Searched: ' + encodeURI(req.query.q) + "</p><a href='" + encodeURI(req.query.q) + "'>again</a>");
});

app.get('/validator', (req, res) => {
@ok  res.send('<p>' + validator.escape(String(req.query.name)) + '</p>');
});

app.get('/alnum', (req, res) => {
  const tag = String(req.query.tag);
  if (!validator.isAlphanumeric(tag)) return res.status(400).send('bad tag');
@ok  res.send(\`<span class="tag">\${tag}</span>\`);
});

app.get('/number', (req, res) => {
@ok  res.send(\`<p>Page \${Number(req.query.page) || 1}</p>\`);
});

app.get('/list', (req, res) => {
  const items = [];
  for (const t of String(req.query.tags).split(',')) items.push('<li>' + t + '</li>');
@@  res.send('<ul>' + items.join('') + '</ul>');
});

app.get('/list-escaped', (req, res) => {
  const items = String(req.query.tags)
    .split(',')
    .map((t) => '<li>' + escapeHtml(t) + '</li>');
@ok  res.send('<ul>' + items.join('') + '</ul>');
});

app.post('/echo', express.urlencoded({ extended: false }), (req, res) => {
  const { message } = Object.assign({}, req.body);
@@  res.write(\`<blockquote>\${message}</blockquote>\`);
  res.end();
});
`,
  ),
  ...js(
    "CWE-89",
    "SQL text built in helpers, arrays and objects from request data vs mysql.escape / escapeId, placeholders, an ORDER BY allow-list, Number and a quote-doubling replace that MySQL backslashes undo",
    `const express = require('express');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const SORTABLE = ['name', 'price', 'created_at'];

function whereName(name) {
  return "WHERE name = '" + name + "'";
}

app.get('/p1', (req, res) => {
@@  db.query('SELECT * FROM products ' + whereName(req.query.name), (e, rows) => res.json(rows));
});

app.get('/p2', (req, res) => {
@ok  db.query('SELECT * FROM products ' + whereName(mysql.escape(req.query.name).slice(1, -1)), (e, rows) => res.json(rows));
});

app.get('/p3', (req, res) => {
@ok  db.query('SELECT * FROM products WHERE name = ' + mysql.escape(req.query.name), (e, rows) => res.json(rows));
});

app.get('/p4', (req, res) => {
  const conds = [];
  if (req.query.color) conds.push(\`color = '\${req.query.color}'\`);
  if (req.query.size) conds.push(\`size = '\${req.query.size}'\`);
@@  db.query('SELECT * FROM products WHERE ' + conds.join(' AND '), (e, rows) => res.json(rows));
});

app.get('/p5', (req, res) => {
  const conds = [];
  const vals = [];
  if (req.query.color) {
    conds.push('color = ?');
    vals.push(req.query.color);
  }
@ok  db.query('SELECT * FROM products WHERE ' + (conds.join(' AND ') || '1=1'), vals, (e, rows) => res.json(rows));
});

app.get('/p6', (req, res) => {
  const sort = req.query.sort;
@@  db.query(\`SELECT * FROM products ORDER BY \${sort}\`, (e, rows) => res.json(rows));
});

app.get('/p7', (req, res) => {
  const sort = SORTABLE.includes(req.query.sort) ? req.query.sort : 'name';
@ok  db.query(\`SELECT * FROM products ORDER BY \${sort}\`, (e, rows) => res.json(rows));
});

app.get('/p8', (req, res) => {
@ok  db.query('SELECT * FROM products ORDER BY ' + mysql.escapeId(String(req.query.sort)), (e, rows) => res.json(rows));
});

app.get('/p9', (req, res) => {
  const name = String(req.query.name).replace(/'/g, "''");
@@  db.query("SELECT * FROM products WHERE name = '" + name + "'", (e, rows) => res.json(rows));
});

app.get('/p10', (req, res) => {
  const limit = Number(req.query.limit) || 10;
@ok  db.query('SELECT * FROM products LIMIT ' + Math.min(limit, 100), (e, rows) => res.json(rows));
});

app.post('/p11', express.json(), (req, res) => {
  const filter = { ...req.body };
  const sql = \`SELECT * FROM orders WHERE user_id = \${filter.userId}\`;
@@  new Promise((resolve) => db.query(sql, (e, rows) => resolve(rows))).then((rows) => res.json(rows));
});
`,
  ),
  ...ts(
    "CWE-918",
    "outbound requests from request data through helpers, Object.entries / URLSearchParams query building, promise chains and a prefix check without a trailing slash vs an encoded path segment, a host allow-list via new URL and a fixed base",
    `import express from 'express';
import axios from 'axios';

const app = express();
const API = 'https://api.example.com';
const PARTNERS = new Map([
  ['acme', 'https://hooks.acme.example'],
  ['globex', 'https://hooks.globex.example'],
]);

function fetchJson(url: string) {
  return fetch(url).then((r) => r.json());
}

app.get('/s1', async (req, res) => {
@@  res.json(await fetchJson(String(req.query.url)));
});

app.get('/s2', async (req, res) => {
@ok  res.json(await fetchJson(\`\${API}/users/\${encodeURIComponent(String(req.query.id))}\`));
});

app.get('/s3', async (req, res) => {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) qs.append(k, String(v));
@ok  res.json(await fetchJson(\`\${API}/search?\${qs.toString()}\`));
});

app.get('/s4', async (req, res) => {
  const url = String(req.query.url);
  if (!url.startsWith('https://api.example.com')) return res.sendStatus(400);
@@  res.json(await axios.get(url).then((r) => r.data));
});

app.get('/s5', async (req, res) => {
  const u = new URL(String(req.query.url));
  if (u.hostname !== 'api.example.com') return res.sendStatus(400);
@ok  res.json(await axios.get(u.href).then((r) => r.data));
});

app.post('/s6', express.json(), async (req, res) => {
  const base = PARTNERS.get(req.body.partner);
  if (!base) return res.sendStatus(404);
@ok  await axios.post(base + '/events', { event: req.body.event });
  res.sendStatus(202);
});

app.post('/s7', express.json(), async (req, res) => {
  const hooks: string[] = [];
  hooks.push(...req.body.hooks);
@@  await Promise.all(hooks.map((h) => axios.post(h, { event: 'ping' })));
  res.sendStatus(202);
});

app.get('/s8', (req, res) => {
  Promise.resolve(String(req.query.host))
    .then((h) => h.toLowerCase())
@@    .then((h) => fetch(\`http://\${h}/health\`))
    .then((r) => res.sendStatus(r.status));
});
`,
  ),
];

const PART_E: DevCase[] = [
  ...js(
    "CWE-1321",
    "prototype pollution: obj[k1][k2] = v from a body, a recursive merge helper, lodash set / merge / defaultsDeep with request data vs own-property and key guards, a null-prototype target and a Map",
    `const express = require('express');
const _ = require('lodash');

const app = express();
app.use(express.json());

const settings = {};

app.post('/pref', (req, res) => {
  const { section, key, value } = req.body;
  if (!settings[section]) settings[section] = {};
@@  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/pref-guarded', (req, res) => {
  const { section, key, value } = req.body;
  if ([section, key].some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) return res.sendStatus(400);
  if (!Object.hasOwn(settings, section)) settings[section] = {};
@ok  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/pref-map', (req, res) => {
  const store = new Map();
  const { section, key, value } = req.body;
  if (!store.has(section)) store.set(section, new Map());
@ok  store.get(section).set(key, value);
  res.sendStatus(204);
});

function deepMerge(target, source) {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function deepMergeSafe(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object') {
      if (!Object.hasOwn(target, key)) target[key] = Object.create(null);
      deepMergeSafe(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

app.post('/config', (req, res) => {
  res.json(deepMerge({}, req.body));
});

app.post('/config-safe', (req, res) => {
  res.json(deepMergeSafe(Object.create(null), req.body));
});

app.post('/set', (req, res) => {
@@  _.set(settings, req.body.path, req.body.value);
  res.sendStatus(204);
});

app.post('/set-fixed', (req, res) => {
@ok  _.set(settings, ['profile', 'nickname'], String(req.body.value));
  res.sendStatus(204);
});

app.post('/merge', (req, res) => {
@@  const merged = _.merge({}, settings, req.body);
  res.json(merged);
});

app.post('/defaults', (req, res) => {
@@  const opts = _.defaultsDeep(req.body.options, { retries: 3 });
  res.json(opts);
});

app.post('/pick', (req, res) => {
@ok  const opts = Object.assign({ retries: 3 }, _.pick(req.body.options, ['retries', 'timeout']));
  res.json(opts);
});
`,
  ),
  ...ts(
    "CWE-1333",
    "regular expressions built from request data (new RegExp, String match / search with a string pattern, split on a user separator) and a nested-quantifier literal on input vs escaped patterns, includes and a linear literal",
    `import express from 'express';
import escapeStringRegexp from 'escape-string-regexp';
import _ from 'lodash';

const app = express();
const names = ['alice', 'bob', 'carol'];

app.get('/r1', (req, res) => {
@@  const re = new RegExp(String(req.query.q), 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/r2', (req, res) => {
@ok  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/r3', (req, res) => {
@ok  const re = new RegExp('^' + _.escapeRegExp(String(req.query.prefix)));
  res.json(names.filter((n) => re.test(n)));
});

app.get('/r4', (req, res) => {
  const pattern = req.query.pattern as string;
@@  res.json(names.filter((n) => n.match(pattern)));
});

app.get('/r5', (req, res) => {
  const needle = req.query.pattern as string;
@ok  res.json(names.filter((n) => n.includes(needle)));
});

app.get('/r6', (req, res) => {
  const text = String(req.query.text);
@@  res.json(text.split(new RegExp(String(req.query.sep))));
});

app.post('/r7', express.json(), (req, res) => {
@@  res.json({ ok: /^([a-z0-9]+)+@example\\.com$/.test(req.body.email) });
});

app.post('/r8', express.json(), (req, res) => {
@ok  res.json({ ok: /^[a-z0-9]+@example\\.com$/.test(req.body.email) });
});

app.get('/r9', (req, res) => {
  const term = String(req.query.term).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  res.json(names.filter((n) => new RegExp(term).test(n)));
});
`,
  ),
  ...js(
    "CWE-611",
    "XML from a request parsed by libxmljs / libxmljs2 with noent and dtdload vs default options, xml2js and @xmldom/xmldom",
    `const express = require('express');
const libxmljs = require('libxmljs');
const libxmljs2 = require('libxmljs2');
const xml2js = require('xml2js');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/x1', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.send(doc.root().text());
});

app.post('/x2', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.send(doc.root().text());
});

app.post('/x3', (req, res) => {
  const opts = { noent: true, dtdload: true, nonet: false };
@@  const doc = libxmljs2.parseXmlString(req.body, opts);
  res.send(doc.get('//title').text());
});

app.post('/x4', (req, res) => {
@ok  const doc = libxmljs2.parseXmlString(req.body, { noent: false, nonet: true });
  res.send(doc.get('//title').text());
});

app.post('/x5', async (req, res) => {
@ok  const obj = await xml2js.parseStringPromise(req.body);
  res.json(obj);
});

app.post('/x6', (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.send(doc.documentElement.nodeName);
});
`,
  ),
  ...js(
    "CWE-502",
    "node-serialize / funcster / cryo on cookies, bodies and base64-decoded headers vs JSON.parse",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const funcster = require('funcster');
const Cryo = require('cryo');

const app = express();
app.use(cookieParser());
app.use(express.json());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.send('Hello ' + String(profile.name).replace(/[<>&"']/g, ''));
});

app.get('/profile-json', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@ok  const profile = JSON.parse(raw);
  res.json({ name: profile.name });
});

app.post('/job', (req, res) => {
@@  const job = funcster.deepDeserialize(req.body.job);
  res.json({ queued: typeof job });
});

app.post('/state', (req, res) => {
  const header = req.get('x-state');
@@  const state = Cryo.parse(Buffer.from(header, 'base64').toString('utf8'));
  res.json({ keys: Object.keys(state) });
});

app.post('/state-json', (req, res) => {
@ok  const state = JSON.parse(Buffer.from(req.get('x-state'), 'base64').toString('utf8'));
  res.json({ keys: Object.keys(state) });
});
`,
  ),
  ...js(
    "CWE-943",
    "MongoDB / Mongoose queries taking request objects whole ($where strings, $regex from input, operator injection in findOne filters, a parsed filter) vs String casts, $eq, escaped regex and mongo-sanitize",
    `const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');
const escapeStringRegexp = require('escape-string-regexp');

const app = express();
app.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ user: String, pass: String, name: String }));

app.post('/login', async (req, res) => {
@@  const u = await User.findOne({ user: req.body.user, pass: req.body.pass });
  res.json({ ok: !!u });
});

app.post('/login-cast', async (req, res) => {
@ok  const u = await User.findOne({ user: String(req.body.user), pass: String(req.body.pass) });
  res.json({ ok: !!u });
});

app.post('/login-eq', async (req, res) => {
@ok  const u = await User.findOne({ user: { $eq: req.body.user }, pass: { $eq: req.body.pass } });
  res.json({ ok: !!u });
});

app.post('/login-sanitized', async (req, res) => {
  const body = sanitize(req.body);
@ok  const u = await User.findOne({ user: body.user, pass: body.pass });
  res.json({ ok: !!u });
});

app.get('/where', async (req, res) => {
@@  const users = await User.find({ $where: 'this.name == "' + req.query.name + '"' });
  res.json(users);
});

app.get('/search', async (req, res) => {
@@  const users = await User.find({ name: { $regex: req.query.q, $options: 'i' } });
  res.json(users);
});

app.get('/search-escaped', async (req, res) => {
@ok  const users = await User.find({ name: { $regex: escapeStringRegexp(String(req.query.q)), $options: 'i' } });
  res.json(users);
});

app.get('/filter', async (req, res) => {
  const filter = JSON.parse(req.query.filter);
@@  const users = await mongoose.connection.collection('users').find(filter).toArray();
  res.json(users);
});

app.delete('/user', async (req, res) => {
  const { name } = req.query;
@@  await User.deleteMany({ name });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-347",
    "JWT: jwt.decode taken for verification, algorithms ['none'], verify without a key check vs jwt.verify with a fixed algorithm list and jose's jwtVerify",
    `const express = require('express');
const jwt = require('jsonwebtoken');
const { jwtVerify, decodeJwt } = require('jose');

const app = express();
const SECRET = process.env.JWT_SECRET;
const KEY = new TextEncoder().encode(process.env.JWT_SECRET);

function bearer(req) {
  return (req.headers.authorization || '').replace(/^Bearer /, '');
}

app.get('/me', (req, res) => {
@@  const claims = jwt.decode(bearer(req));
  if (!claims || !claims.sub) return res.sendStatus(401);
  res.json({ user: claims.sub, admin: claims.admin });
});

app.get('/me-verified', (req, res) => {
  try {
@ok    const claims = jwt.verify(bearer(req), SECRET, { algorithms: ['HS256'] });
    res.json({ user: claims.sub });
  } catch {
    res.sendStatus(401);
  }
});

app.get('/legacy', (req, res) => {
@@  const claims = jwt.verify(bearer(req), SECRET, { algorithms: ['none', 'HS256'] });
  res.json({ user: claims.sub });
});

app.get('/jose', async (req, res) => {
@@  const claims = decodeJwt(bearer(req));
  if (claims.role !== 'admin') return res.sendStatus(403);
  res.json({ ok: true });
});

app.get('/jose-verified', async (req, res) => {
@ok  const { payload } = await jwtVerify(bearer(req), KEY, { algorithms: ['HS256'] });
  if (payload.role !== 'admin') return res.sendStatus(403);
  res.json({ ok: true });
});
`,
  ),
  ...ts(
    "CWE-798",
    "hard-coded secrets: a jwt.sign literal, express-session and cookie-parser secrets, an HMAC key and AWS credentials in code vs values read from the environment",
    `import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import crypto from 'crypto';
import { S3Client } from '@aws-sdk/client-s3';

const app = express();

@@app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
@ok app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));
@@app.use(cookieParser('s3cr3t-cookie-signing-key'));

export function issue(userId: string) {
@@  return jwt.sign({ sub: userId }, 'my-super-secret-jwt-key', { expiresIn: '1h' });
}

export function issueFromEnv(userId: string) {
@ok  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '1h' });
}

const WEBHOOK_KEY = 'whsec_5f2b8c1e9a7d4b3c';
export function sign(body: string) {
@@  return crypto.createHmac('sha256', WEBHOOK_KEY).update(body).digest('hex');
}

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
@@    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  },
});

export const s3FromEnv = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
@ok    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});
`,
  ),
  ...js(
    "CWE-327",
    "ciphers: DES / 3DES / RC4 / AES-ECB and the IV-less createCipher vs AES-256-GCM with a random IV",
    `const crypto = require('crypto');

const key = crypto.scryptSync(process.env.PASSPHRASE, 'salt-from-config', 32);

function encryptDes(text) {
@@  const cipher = crypto.createCipheriv('des-ede3-cbc', key.subarray(0, 24), crypto.randomBytes(8));
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(text) {
@@  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptRc4(text) {
  const algo = 'rc4';
@@  const cipher = crypto.createCipheriv(algo, key.subarray(0, 16), '');
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptLegacy(text) {
@@  const cipher = crypto.createCipher('aes-256-cbc', process.env.PASSPHRASE);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptGcm(text) {
  const iv = crypto.randomBytes(12);
@ok  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');
}

module.exports = { encryptDes, encryptEcb, encryptRc4, encryptLegacy, encryptGcm };
`,
  ),
  ...js(
    "CWE-338",
    "Math.random for reset tokens, session ids and OTPs (directly, through a helper, via toString(36)) vs crypto.randomBytes / randomUUID / randomInt",
    `const crypto = require('crypto');
const express = require('express');

const app = express();

function randomString(len) {
  let out = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
@@  for (let i = 0; i < len; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

app.post('/reset', (req, res) => {
  const token = randomString(32);
  res.json({ sent: true, id: token.length });
});

app.post('/session', (req, res) => {
@@  const sid = Math.random().toString(36).slice(2) + Date.now().toString(36);
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.sendStatus(204);
});

app.post('/session-safe', (req, res) => {
@ok  const sid = crypto.randomBytes(32).toString('hex');
  res.cookie('sid', sid, { httpOnly: true, secure: true });
  res.sendStatus(204);
});

app.post('/otp', (req, res) => {
@@  const otp = String(Math.floor(100000 + Math.random() * 900000));
  res.json({ sent: otp.length === 6 });
});

app.post('/otp-safe', (req, res) => {
@ok  const otp = String(crypto.randomInt(100000, 1000000));
  res.json({ sent: otp.length === 6 });
});

app.get('/id', (req, res) => {
@ok  res.json({ requestId: crypto.randomUUID() });
});
`,
  ),
  ...ts(
    "CWE-295",
    "TLS verification off: https.Agent / axios / tls.connect rejectUnauthorized false, NODE_TLS_REJECT_UNAUTHORIZED '0', a no-op checkServerIdentity vs a pinned CA",
    `import https from 'https';
import tls from 'tls';
import fs from 'fs';
import axios from 'axios';

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
@ok const pinnedAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

export const api = axios.create({
  baseURL: 'https://internal.example.com',
@@  httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
});

export const apiPinned = axios.create({ baseURL: 'https://internal.example.com', httpsAgent: pinnedAgent });

export function devMode() {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export function connect(host: string) {
@@  return tls.connect({ host, port: 443, checkServerIdentity: () => undefined });
}

export function connectVerified(host: string) {
@ok  return tls.connect({ host, port: 443, servername: host, rejectUnauthorized: true });
}

export function get(url: string) {
  const opts = { rejectUnauthorized: false };
@@  return https.get(url, opts);
}

export { insecureAgent };
`,
  ),
  ...js(
    "CWE-614",
    "cookies without Secure: res.cookie with only httpOnly, secure false, express-session / cookie-session configs vs secure true",
    `const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { httpOnly: true, secure: false, maxAge: 3600000 },
  }),
);

app.use(
  cookieSession({
    name: 'sess',
    keys: [process.env.COOKIE_KEY],
@ok    secure: true,
    httpOnly: true,
  }),
);

app.post('/login', (req, res) => {
@@  res.cookie('auth', 'token-value-from-store', { httpOnly: true });
  res.sendStatus(204);
});

app.post('/login-secure', (req, res) => {
@ok  res.cookie('auth', 'token-value-from-store', { httpOnly: true, secure: true, sameSite: 'strict' });
  res.sendStatus(204);
});

app.post('/remember', (req, res) => {
  const opts = { maxAge: 30 * 24 * 3600 * 1000, secure: false };
@@  res.cookie('remember', 'yes', opts);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-942",
    "CORS: reflecting the Origin header with credentials, cors({ origin: true, credentials: true }), an origin callback that accepts all vs an allow-list",
    `const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

@@app.use('/api', cors({ origin: true, credentials: true }));
@ok app.use('/partner', cors({ origin: ALLOWED_ORIGINS, credentials: true }));
app.use(
  '/v2',
  cors({
@@    origin: (origin, cb) => cb(null, true),
    credentials: true,
  }),
);

app.use('/v3', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/v4', (req, res, next) => {
  const origin = req.headers.origin;
@ok  if (ALLOWED_ORIGINS.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
`,
  ),
  ...ts(
    "CWE-117",
    "log injection: request values written raw to console, winston and pino messages vs JSON.stringify and CR/LF stripping",
    `import express from 'express';
import winston from 'winston';
import pino from 'pino';

const app = express();
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const log = pino();

app.post('/login', express.urlencoded({ extended: false }), (req, res) => {
  const user = req.body.username;
@@  console.log('Failed login for ' + user);
  res.sendStatus(401);
});

app.post('/login-json', express.urlencoded({ extended: false }), (req, res) => {
@ok  console.log('Failed login for ' + JSON.stringify(String(req.body.username)));
  res.sendStatus(401);
});

app.get('/search', (req, res) => {
@@  logger.info(\`search: \${req.query.q}\`);
  res.json([]);
});

app.get('/search-clean', (req, res) => {
  const q = String(req.query.q).replace(/[\\r\\n]/g, ' ');
@ok  logger.info(\`search: \${q}\`);
  res.json([]);
});

app.get('/visit', (req, res) => {
@@  log.warn('visit from ' + req.get('user-agent'));
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-209",
    "error details sent to the client: err.stack, the whole error object and a template with err.message in an error handler vs a generic message with the detail logged",
    `const express = require('express');

const app = express();

app.get('/a', async (req, res) => {
  try {
    await doWork(req.query.id);
    res.sendStatus(204);
  } catch (err) {
@@    res.status(500).send(err.stack);
  }
});

app.get('/b', async (req, res) => {
  try {
    await doWork(req.query.id);
    res.sendStatus(204);
  } catch (err) {
    console.error(err);
@ok    res.status(500).json({ error: 'internal error' });
  }
});

app.get('/c', async (req, res) => {
  try {
    await doWork(req.query.id);
    res.sendStatus(204);
  } catch (e) {
@@    res.status(500).json({ error: e.message, stack: e.stack });
  }
});

app.use((err, req, res, next) => {
@@  res.status(500).send(\`<pre>\${err.stack}</pre>\`);
});

async function doWork(id) {
  if (!id) throw new Error('missing id');
}
`,
  ),
];

export const BATCH135: DevCase[] = [...PART_A, ...PART_B, ...PART_C, ...PART_D, ...PART_E];
