// Dev suite "js-ts", batch 132: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). A second line-level rule-test wave aimed at what a broad rule set tests and a first wave of
// Express/React/crypto shapes leaves out. Five parts: (1) less common server frameworks and runtimes (hapi, restify,
// sails, LoopBack, AdonisJS, Meteor, Deno, Bun, Lambda, Next.js route handlers and server actions, GraphQL
// resolvers); (2) ORMs and query APIs used unsafely; (3) Electron, browser extensions, DOM and template engines;
// (4) crypto and auth edge APIs; (5) Node internals and miscellany. Each flagged line is marked @@ (reported with the
// case's CWE) and each safe look-alike @ok (clean at that line).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch132", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch132", cwe, note, src, "typescript");
/** A template or component file read through the markup front end; marks as in fileCases. */
const comp = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch132", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

// --- part 1: less common server frameworks and runtimes ---
const PART1: DevCase[] = [
  ...js(
    "CWE-79",
    "part1 hapi: h.response html strings, legacy reply(), and JSON / escaped twins",
    `const Hapi = require('@hapi/hapi');
const Hoek = require('@hapi/hoek');

const server = Hapi.server({ port: 8080 });

server.route({
  method: 'GET',
  path: '/greet/{name}',
  handler(request, h) {
@@    return h.response('<h2>Hi ' + request.params.name + '</h2>').type('text/html');
  },
});

server.route({
  method: 'GET',
  path: '/greet-safe/{name}',
  handler(request, h) {
@ok    return h.response('<h2>Hi ' + Hoek.escapeHtml(request.params.name) + '</h2>').type('text/html');
  },
});

server.route({
  method: 'GET',
  path: '/search',
  handler: (request, h) => {
    const term = request.query.term;
@@    return \`<p>No results for \${term}</p>\`;
  },
});

server.route({
  method: 'GET',
  path: '/search.json',
  handler: (request, h) => {
@ok    return h.response({ term: request.query.term, results: [] });
  },
});

// hapi < 17 style handler
function legacyHandler(request, reply) {
@@  reply('<div class="note">' + request.payload.note + '</div>');
}

function legacyCount(request, reply) {
@ok  reply('<div>' + Number(request.payload.count) + ' notes</div>');
}

module.exports = { server, legacyHandler, legacyCount };
`,
  ),
  ...js(
    "CWE-601",
    "part1 hapi: h.redirect to a query value vs a fixed path",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 8080 });

server.route({
  method: 'GET',
  path: '/login/done',
  handler(request, h) {
@@    return h.redirect(request.query.returnTo);
  },
});

server.route({
  method: 'GET',
  path: '/logout',
  handler(request, h) {
    request.cookieAuth.clear();
@ok    return h.redirect('/');
  },
});
`,
  ),
  ...js(
    "CWE-78",
    "part1 hapi: payload host into exec vs execFile argv",
    `const { exec, execFile } = require('child_process');

exports.plugin = {
  name: 'diag',
  register(server) {
    server.route({
      method: 'POST',
      path: '/diag/ping',
      handler: async (request, h) => {
        const { host } = request.payload;
        const out = await new Promise((resolve) =>
@@          exec('ping -c 2 ' + host, (err, stdout) => resolve(stdout)),
        );
        return h.response(out).type('text/plain');
      },
    });
    server.route({
      method: 'POST',
      path: '/diag/ping2',
      handler: async (request, h) => {
        const { host } = request.payload;
        const out = await new Promise((resolve) =>
@ok          execFile('ping', ['-c', '2', '--', host], (err, stdout) => resolve(stdout)),
        );
        return h.response(out).type('text/plain');
      },
    });
  },
};
`,
  ),
  ...js(
    "CWE-89",
    "part1 restify: req.params / req.query into mysql query strings vs placeholders",
    `const restify = require('restify');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const server = restify.createServer();
server.use(restify.plugins.queryParser());

server.get('/products/:id', (req, res, next) => {
@@  pool.query('SELECT * FROM products WHERE id = ' + req.params.id, (err, rows) => {
    res.send(rows);
    next();
  });
});

server.get('/products-safe/:id', (req, res, next) => {
@ok  pool.query('SELECT * FROM products WHERE id = ?', [req.params.id], (err, rows) => {
    res.send(rows);
    next();
  });
});

server.get('/products', async (req, res) => {
  const sort = req.query.sort;
@@  const [rows] = await pool.promise().query(\`SELECT * FROM products ORDER BY \${sort}\`);
  res.send(rows);
});

server.get('/products-sorted', async (req, res) => {
  const sort = ['name', 'price'].includes(req.query.sort) ? req.query.sort : 'name';
@ok  const [rows] = await pool.promise().query(\`SELECT * FROM products ORDER BY \${sort}\`);
  res.send(rows);
});
`,
  ),
  ...js(
    "CWE-78",
    "part1 restify: branch name into execSync vs spawnSync argv",
    `const restify = require('restify');
const { execSync, spawnSync } = require('child_process');
const server = restify.createServer();

server.get('/log/:branch', (req, res, next) => {
@@  const log = execSync(\`git log --oneline \${req.params.branch}\`, { cwd: '/repo' }).toString();
  res.send({ log });
  return next();
});

server.get('/log2/:branch', (req, res, next) => {
@ok  const log = spawnSync('git', ['log', '--oneline', '--end-of-options', req.params.branch], { cwd: '/repo' }).stdout.toString();
  res.send({ log });
  return next();
});
`,
  ),
  ...js(
    "CWE-79",
    "part1 restify: html written with res.write / sendRaw after a text/html header",
    `const restify = require('restify');
const server = restify.createServer();

server.get('/hello', (req, res, next) => {
  res.setHeader('Content-Type', 'text/html');
  res.writeHead(200);
@@  res.write('<h1>Hello ' + req.query.name + '</h1>');
  res.end();
  next();
});

server.get('/hello-json', (req, res, next) => {
@ok  res.send(200, { hello: req.query.name });
  next();
});
`,
  ),
  ...js(
    "CWE-89",
    "part1 sails: sendNativeQuery with a concatenated req.param vs bound $1",
    `module.exports = {
  search: async function (req, res) {
    const name = req.param('name');
@@    const result = await sails.sendNativeQuery("SELECT * FROM user WHERE name = '" + name + "'");
    return res.json(result.rows);
  },

  searchSafe: async function (req, res) {
    const name = req.param('name');
@ok    const result = await sails.sendNativeQuery('SELECT * FROM user WHERE name = $1', [name]);
    return res.json(result.rows);
  },

  byEmail: async function (req, res) {
    const ds = User.getDatastore();
@@    const result = await ds.sendNativeQuery(\`SELECT id FROM user WHERE email = '\${req.body.email}'\`);
    return res.ok(result.rows);
  },
};
`,
  ),
  ...js(
    "CWE-601",
    "part1 sails: res.redirect to req.param vs a relative path check",
    `module.exports = {
  afterLogin: function (req, res) {
@@    return res.redirect(req.param('next'));
  },

  afterLoginSafe: function (req, res) {
    const next = req.param('next');
    if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\\\')) {
@ok      return res.redirect(next);
    }
    return res.redirect('/');
  },
};
`,
  ),
  ...ts(
    "CWE-89",
    "part1 LoopBack 4: repository.execute with an interpolated query param vs positional params",
    `import { get, param } from '@loopback/rest';
import { repository } from '@loopback/repository';
import { OrderRepository } from '../repositories';

export class OrderController {
  constructor(@repository(OrderRepository) public orders: OrderRepository) {}

  @get('/orders/by-customer')
  async byCustomer(@param.query.string('customer') customer: string) {
@@    return this.orders.execute(\`SELECT * FROM orders WHERE customer = '\${customer}'\`);
  }

  @get('/orders/by-customer-safe')
  async byCustomerSafe(@param.query.string('customer') customer: string) {
@ok    return this.orders.execute('SELECT * FROM orders WHERE customer = $1', [customer]);
  }
}
`,
  ),
  ...js(
    "CWE-89",
    "part1 LoopBack 3: remote method argument into connector.execute",
    `module.exports = function (Order) {
  Order.totals = function (region, cb) {
    const ds = Order.dataSource;
@@    ds.connector.execute('SELECT SUM(total) AS t FROM orders WHERE region = "' + region + '"', [], cb);
  };
  Order.totalsSafe = function (region, cb) {
    const ds = Order.dataSource;
@ok    ds.connector.execute('SELECT SUM(total) AS t FROM orders WHERE region = ?', [region], cb);
  };
  Order.remoteMethod('totals', { accepts: { arg: 'region', type: 'string' }, http: { verb: 'get' } });
  Order.remoteMethod('totalsSafe', { accepts: { arg: 'region', type: 'string' }, http: { verb: 'get' } });
};
`,
  ),
  ...ts(
    "CWE-89",
    "part1 AdonisJS: Database.rawQuery with request.input interpolated vs bindings",
    `import Route from '@ioc:Adonis/Core/Route';
import Database from '@ioc:Adonis/Lucid/Database';

Route.get('/posts/search', async ({ request }) => {
  const q = request.input('q');
@@  return Database.rawQuery(\`SELECT * FROM posts WHERE title LIKE '%\${q}%'\`);
});

Route.get('/posts/search-safe', async ({ request }) => {
  const q = request.input('q');
@ok  return Database.rawQuery('SELECT * FROM posts WHERE title LIKE ?', [\`%\${q}%\`]);
});

Route.get('/posts/by-author', async ({ request }) => {
  const { author } = request.qs();
@@  return Database.from('posts').whereRaw("author = '" + author + "'");
});

Route.get('/posts/by-author-safe', async ({ request }) => {
  const { author } = request.qs();
@ok  return Database.from('posts').whereRaw('author = ?', [author]);
});
`,
  ),
  ...ts(
    "CWE-601",
    "part1 AdonisJS: response.redirect().toPath(request input) vs a named route",
    `import Route from '@ioc:Adonis/Core/Route';

Route.get('/continue', async ({ request, response }) => {
@@  return response.redirect().toPath(request.input('to'));
});

Route.get('/continue-home', async ({ response }) => {
@ok  return response.redirect().toRoute('home');
});
`,
  ),
  ...js(
    "CWE-22",
    "part1 Meteor: method argument into fs.readFileSync vs basename",
    `import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import fs from 'fs';
import path from 'path';

const ROOT = '/var/app/reports';

Meteor.methods({
  'reports.read'(name) {
    check(name, String);
@@    return fs.readFileSync(ROOT + '/' + name, 'utf8');
  },
  'reports.readSafe'(name) {
    check(name, String);
@ok    return fs.readFileSync(path.join(ROOT, path.basename(name)), 'utf8');
  },
});
`,
  ),
  ...js(
    "CWE-943",
    "part1 Meteor: $where built from a method argument vs a plain field match",
    `import { Meteor } from 'meteor/meteor';
import { Mongo } from 'meteor/mongo';
import { check } from 'meteor/check';

const Players = new Mongo.Collection('players');

Meteor.methods({
  'players.byTeam'(team) {
@@    return Players.find({ $where: "this.team == '" + team + "'" }).fetch();
  },
  'players.byTeamSafe'(team) {
    check(team, String);
@ok    return Players.find({ team }).fetch();
  },
});
`,
  ),
  ...js(
    "CWE-78",
    "part1 Meteor: WebApp connect handler query into exec",
    `import { WebApp } from 'meteor/webapp';
import { exec } from 'child_process';
import url from 'url';

WebApp.connectHandlers.use('/thumb', (req, res) => {
  const { file } = url.parse(req.url, true).query;
@@  exec('convert /uploads/' + file + ' -resize 64x64 /tmp/thumb.png', () => res.end('ok'));
});

WebApp.connectHandlers.use('/thumb-default', (req, res) => {
@ok  exec('convert /uploads/default.png -resize 64x64 /tmp/thumb.png', () => res.end('ok'));
});
`,
  ),
  ...ts(
    "CWE-78",
    "part1 Deno: Deno.Command / Deno.run with a shell string vs an argv",
    `Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  const dir = url.searchParams.get('dir') ?? '.';
  if (url.pathname === '/ls') {
@@    const cmd = new Deno.Command('sh', { args: ['-c', 'ls -la ' + dir] });
    const { stdout } = await cmd.output();
    return new Response(stdout);
  }
  if (url.pathname === '/ls2') {
@ok    const cmd = new Deno.Command('ls', { args: ['-la', '--', dir] });
    const { stdout } = await cmd.output();
    return new Response(stdout);
  }
  if (url.pathname === '/du') {
@@    const p = Deno.run({ cmd: ['bash', '-c', \`du -sh \${dir}\`], stdout: 'piped' });
    return new Response(await p.output());
  }
  return new Response('not found', { status: 404 });
});
`,
  ),
  ...ts(
    "CWE-22",
    "part1 Deno: Deno.readTextFile / Deno.open with a query path vs basename",
    `import { basename, join } from 'jsr:@std/path';

Deno.serve(async (req) => {
  const name = new URL(req.url).searchParams.get('page') ?? 'index';
@@  const body = await Deno.readTextFile('./pages/' + name + '.md');
@ok  const body2 = await Deno.readTextFile(join('./pages', basename(name) + '.md'));
  return new Response(body + body2);
});

export async function download(req: Request): Promise<Response> {
  const file = new URL(req.url).searchParams.get('f')!;
@@  const f = await Deno.open(join('/srv/files', file), { read: true });
  return new Response(f.readable);
}
`,
  ),
  ...ts(
    "CWE-79",
    "part1 Deno: html Response built from searchParams vs escaped",
    `import { escape } from 'jsr:@std/html';

Deno.serve((req) => {
  const who = new URL(req.url).searchParams.get('who') ?? 'world';
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  if (req.url.includes('/raw')) {
@@    return new Response(\`<h1>Hello \${who}</h1>\`, { headers });
  }
@ok  return new Response(\`<h1>Hello \${escape(who)}</h1>\`, { headers });
});
`,
  ),
  ...ts(
    "CWE-918",
    "part1 Deno: fetch of a query URL vs a fixed API host",
    `Deno.serve(async (req) => {
  const params = new URL(req.url).searchParams;
  const target = params.get('url')!;
@@  const upstream = await fetch(target);
  const id = encodeURIComponent(params.get('id') ?? '');
@ok  const api = await fetch(\`https://api.example.com/items/\${id}\`);
  return new Response(JSON.stringify({ a: await upstream.text(), b: await api.json() }));
});
`,
  ),
  ...ts(
    "CWE-78",
    "part1 Bun: Bun.spawn with sh -c, Bun shell raw vs escaped interpolation",
    `import { $ } from 'bun';

Bun.serve({
  port: 3000,
  async fetch(req) {
    const url = new URL(req.url);
    const file = url.searchParams.get('file') ?? '';
    if (url.pathname === '/resize') {
@@      const proc = Bun.spawn(['sh', '-c', \`convert \${file} -resize 50% out.png\`]);
      await proc.exited;
      return new Response('ok');
    }
    if (url.pathname === '/resize2') {
@ok      const proc = Bun.spawn(['convert', file, '-resize', '50%', 'out.png']);
      await proc.exited;
      return new Response('ok');
    }
    if (url.pathname === '/wc') {
@ok      const out = await $\`wc -l \${file}\`.text();
      return new Response(out);
    }
    if (url.pathname === '/wc-raw') {
@@      const out = await $\`wc -l \${{ raw: file }}\`.text();
      return new Response(out);
    }
    return new Response('nope', { status: 404 });
  },
});
`,
  ),
  ...ts(
    "CWE-22",
    "part1 Bun: Bun.file / Bun.write with a request path vs a normalised, checked path",
    `import path from 'node:path';

const ROOT = path.resolve('./public');

Bun.serve({
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p.startsWith('/raw/')) {
@@      return new Response(Bun.file('./public/' + p.slice(5)));
    }
    const full = path.resolve(ROOT, '.' + p);
    if (!full.startsWith(ROOT + path.sep)) return new Response('forbidden', { status: 403 });
@ok    return new Response(Bun.file(full));
  },
});

export async function saveUpload(req: Request) {
  const form = await req.formData();
  const name = form.get('name') as string;
@@  await Bun.write(\`./uploads/\${name}\`, form.get('data') as Blob);
}
`,
  ),
  ...ts(
    "CWE-89",
    "part1 Bun: bun:sqlite query / run with interpolation vs bound parameters",
    `import { Database } from 'bun:sqlite';

const db = new Database('app.db');

Bun.serve({
  fetch(req) {
    const id = new URL(req.url).searchParams.get('id');
@@    const row = db.query(\`SELECT * FROM users WHERE id = \${id}\`).get();
@ok    const row2 = db.query('SELECT * FROM users WHERE id = ?').get(id);
    return Response.json({ row, row2 });
  },
});

export async function rename(req: Request) {
  const { oldName, newName } = await req.json();
@@  db.run("UPDATE tags SET name = '" + newName + "' WHERE name = '" + oldName + "'");
@ok  db.run('UPDATE tags SET name = ?1 WHERE name = ?2', [newName, oldName]);
}
`,
  ),
  ...js(
    "CWE-601",
    "part1 Lambda: Location header from a query parameter vs an allow-listed host",
    `const ALLOWED = new Set(['app.example.com', 'docs.example.com']);

exports.handler = async (event) => {
  const next = event.queryStringParameters && event.queryStringParameters.next;
@@  return { statusCode: 302, headers: { Location: next } };
};

exports.safeHandler = async (event) => {
  const next = event.queryStringParameters?.next ?? '';
  let host = '';
  try {
    host = new URL(next).host;
  } catch {
    host = '';
  }
@ok  return { statusCode: 302, headers: { Location: ALLOWED.has(host) ? next : 'https://app.example.com/' } };
};
`,
  ),
  ...js(
    "CWE-89",
    "part1 Lambda: multiValueQueryStringParameters and headers into pg queries",
    `const { Client } = require('pg');

exports.handler = async (event) => {
  const client = new Client();
  await client.connect();
  const tags = event.multiValueQueryStringParameters.tag;
@@  const res = await client.query("SELECT * FROM items WHERE tag IN ('" + tags.join("','") + "')");
@ok  const res2 = await client.query('SELECT * FROM items WHERE tag = ANY($1)', [tags]);
  const tenant = event.headers['x-tenant'];
@@  await client.query(\`SET search_path TO \${tenant}\`);
  return { statusCode: 200, body: JSON.stringify([res.rows, res2.rows]) };
};
`,
  ),
  ...js(
    "CWE-94",
    "part1 Lambda: body expression into eval vs JSON.parse",
    `exports.calc = async (event) => {
  const { expr } = JSON.parse(event.body);
@@  const value = eval(expr);
  return { statusCode: 200, body: String(value) };
};

exports.parse = async (event) => {
@ok  const value = JSON.parse(event.body).value;
  return { statusCode: 200, body: String(value) };
};
`,
  ),
  ...ts(
    "CWE-22",
    "part1 Next.js route handler: nextUrl.searchParams into readFile vs basename",
    `import { NextRequest, NextResponse } from 'next/server';
import { readFile } from 'fs/promises';
import path from 'path';

export async function GET(request: NextRequest) {
  const file = request.nextUrl.searchParams.get('file')!;
@@  const data = await readFile(path.join(process.cwd(), 'content', file), 'utf8');
@ok  const data2 = await readFile(path.join(process.cwd(), 'content', path.basename(file)), 'utf8');
  return NextResponse.json({ data, data2 });
}
`,
  ),
  ...ts(
    "CWE-601",
    "part1 Next.js: NextResponse.redirect(new URL(param, req.url)) and redirect() vs fixed paths",
    `import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

export async function GET(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to') ?? '/';
@@  return NextResponse.redirect(new URL(to, req.url));
}

export async function POST(req: NextRequest) {
@ok  return NextResponse.redirect(new URL('/login', req.url));
}

export default function Page({ searchParams }: { searchParams: { callbackUrl?: string } }) {
  if (searchParams.callbackUrl) {
@@    redirect(searchParams.callbackUrl);
  }
@ok  redirect('/dashboard');
}
`,
  ),
  ...ts(
    "CWE-89",
    "part1 Next.js server action: FormData into sql.query vs the tagged sql template",
    `'use server';
import { sql } from '@vercel/postgres';
import { revalidatePath } from 'next/cache';

export async function deletePost(formData: FormData) {
  const id = formData.get('id');
@@  await sql.query(\`DELETE FROM posts WHERE id = \${id}\`);
  revalidatePath('/posts');
}

export async function deletePostSafe(formData: FormData) {
  const id = formData.get('id') as string;
@ok  await sql\`DELETE FROM posts WHERE id = \${id}\`;
  revalidatePath('/posts');
}
`,
  ),
  ...ts(
    "CWE-78",
    "part1 Next.js: new URL(request.url).searchParams into execSync vs execFileSync",
    `import { execSync, execFileSync } from 'child_process';

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const pkg = searchParams.get('pkg') ?? '';
@@  const info = execSync('npm view ' + pkg + ' version').toString();
@ok  const info2 = execFileSync('npm', ['view', '--', pkg, 'version']).toString();
  return Response.json({ info, info2 });
}
`,
  ),
  ...js(
    "CWE-89",
    "part1 GraphQL resolvers: args into SQL strings vs placeholders",
    `const { ApolloServer } = require('@apollo/server');
const db = require('./db');

const resolvers = {
  Query: {
    user: async (_parent, args, ctx) => {
@@      const rows = await ctx.db.query(\`SELECT * FROM users WHERE id = \${args.id}\`);
      return rows[0];
    },
    userSafe: async (_parent, args, ctx) => {
@ok      const rows = await ctx.db.query('SELECT * FROM users WHERE id = $1', [args.id]);
      return rows[0];
    },
    search: (parent, { term }) => {
@@      return db.all("SELECT * FROM books WHERE title LIKE '%" + term + "%'");
    },
    searchSafe: (parent, { term }) => {
@ok      return db.all('SELECT * FROM books WHERE title LIKE ?', ['%' + term + '%']);
    },
  },
};

module.exports = new ApolloServer({ typeDefs: require('./schema'), resolvers });
`,
  ),
  ...js(
    "CWE-78",
    "part1 GraphQL mutation: args into execSync vs execFileSync",
    `const { execSync, execFileSync } = require('child_process');

const resolvers = {
  Mutation: {
    ping: (_root, { host }) => {
@@      return execSync('ping -c 1 ' + host).toString();
    },
    pingSafe: (_root, { host }) => {
@ok      return execFileSync('ping', ['-c', '1', host]).toString();
    },
  },
};

module.exports = { resolvers };
`,
  ),
];

// --- part 2: ORMs and query APIs used unsafely ---
const PART2: DevCase[] = [
  ...js(
    "CWE-89",
    "part2 sequelize: query with interpolation vs replacements / bind, literal() with request data vs constants",
    `const express = require('express');
const { Sequelize, QueryTypes, Op } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = require('./models/user')(sequelize);
const router = express.Router();

router.get('/users/by-name', async (req, res) => {
  const { name } = req.query;
@@  const users = await sequelize.query(\`SELECT * FROM users WHERE name = '\${name}'\`, { type: QueryTypes.SELECT });
@ok  const users2 = await sequelize.query('SELECT * FROM users WHERE name = :name', { replacements: { name }, type: QueryTypes.SELECT });
@ok  const users3 = await sequelize.query('SELECT * FROM users WHERE name = $1', { bind: [name], type: QueryTypes.SELECT });
  res.json({ users, users2, users3 });
});

router.get('/users/by-status', async (req, res) => {
  const users = await User.findAll({
@@    where: sequelize.literal(\`status = '\${req.query.status}'\`),
  });
  res.json(users);
});

router.get('/users/recent', async (req, res) => {
  const users = await User.findAll({
@ok    where: { createdAt: { [Op.gt]: sequelize.literal("NOW() - INTERVAL '7 days'") } },
  });
  res.json(users);
});

router.get('/users/sorted', async (req, res) => {
@@  const users = await User.findAll({ order: sequelize.literal(req.query.sort) });
  res.json(users);
});

router.get('/users/lower', async (req, res) => {
  const users = await User.findAll({
@ok    where: Sequelize.where(Sequelize.fn('lower', Sequelize.col('name')), String(req.query.name).toLowerCase()),
  });
  res.json(users);
});

router.get('/users/count', async (req, res) => {
  const users = await User.findAll({
    attributes: [
      'id',
@@      [sequelize.literal(\`(SELECT COUNT(*) FROM posts WHERE posts.user_id = \${req.query.uid})\`), 'postCount'],
    ],
  });
  res.json(users);
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-89",
    "part2 knex: whereRaw / orderByRaw / raw / havingRaw with request data vs bindings and allow-lists",
    `const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.PG_URL });
const app = express();

app.get('/a', async (req, res) => {
@@  res.json(await knex('accounts').whereRaw(\`owner = '\${req.query.owner}'\`));
});

app.get('/b', async (req, res) => {
@ok  res.json(await knex('accounts').whereRaw('owner = ?', [req.query.owner]));
});

app.get('/c', async (req, res) => {
@@  res.json(await knex('accounts').select('*').orderByRaw(req.query.order));
});

app.get('/d', async (req, res) => {
  const col = ['owner', 'balance'].includes(req.query.col) ? req.query.col : 'owner';
  const dir = req.query.dir === 'desc' ? 'desc' : 'asc';
@ok  res.json(await knex('accounts').orderBy(col, dir));
});

app.get('/e/:id', async (req, res) => {
@@  const r = await knex.raw('SELECT * FROM accounts WHERE id = ' + req.params.id);
@ok  const r2 = await knex.raw('SELECT * FROM accounts WHERE id = ?', [req.params.id]);
@ok  const r3 = await knex.raw('SELECT ?? FROM accounts WHERE id = :id', { id: req.params.id });
  res.json([r.rows, r2.rows, r3.rows]);
});

app.get('/f', async (req, res) => {
  const min = req.query.min;
@@  res.json(await knex('orders').groupBy('customer').havingRaw('SUM(total) > ' + min));
});

app.get('/g', async (req, res) => {
  const field = req.query.field;
@@  res.json(await knex('orders').select(knex.raw(\`count(\${field}) as n\`)));
});
`,
  ),
  ...ts(
    "CWE-89",
    "part2 TypeORM: createQueryBuilder where / andWhere with template literals vs named parameters, query() with params",
    `import { Request, Response } from 'express';
import { AppDataSource } from './data-source';
import { User } from './entity/User';

export async function listUsers(req: Request, res: Response) {
  const name = req.query.name as string;
  const minAge = req.query.minAge as string;
  const users = await AppDataSource.getRepository(User)
    .createQueryBuilder('u')
@@    .where(\`u.name = '\${name}'\`)
@@    .andWhere('u.age > ' + minAge)
    .getMany();
  res.json(users);
}

export async function listUsersSafe(req: Request, res: Response) {
  const name = req.query.name as string;
  const users = await AppDataSource.getRepository(User)
    .createQueryBuilder('u')
@ok    .where('u.name = :name', { name })
@ok    .andWhere('u.age > :minAge', { minAge: Number(req.query.minAge) })
    .getMany();
  res.json(users);
}

export async function rawCount(req: Request, res: Response) {
@@  const rows = await AppDataSource.manager.query(\`SELECT COUNT(*) FROM users WHERE team = '\${req.params.team}'\`);
@ok  const rows2 = await AppDataSource.manager.query('SELECT COUNT(*) FROM users WHERE team = $1', [req.params.team]);
  res.json({ rows, rows2 });
}

export async function removeUser(req: Request, res: Response) {
  await AppDataSource.createQueryBuilder()
    .delete()
    .from(User)
@@    .where('id IN (' + req.body.ids.join(',') + ')')
    .execute();
  await AppDataSource.createQueryBuilder()
    .delete()
    .from(User)
@ok    .where('id IN (:...ids)', { ids: req.body.ids })
    .execute();
  res.sendStatus(204);
}
`,
  ),
  ...ts(
    "CWE-89",
    "part2 MikroORM and Objection: execute / raw with interpolation vs bound values",
    `import { Request, Response } from 'express';
import { MikroORM } from '@mikro-orm/postgresql';
import { raw } from 'objection';
import { Person } from './models/Person';

export async function books(orm: MikroORM, req: Request, res: Response) {
  const em = orm.em.fork();
  const title = req.query.title as string;
@@  const a = await em.getConnection().execute(\`select * from book where title = '\${title}'\`);
@ok  const b = await em.getConnection().execute('select * from book where title = ?', [title]);
@@  const c = await em.execute("select * from book where author = '" + req.query.author + "'");
  res.json({ a, b, c });
}

export async function people(req: Request, res: Response) {
  const age = req.query.age as string;
@@  const a = await Person.query().where(raw(\`age > \${age}\`));
@ok  const b = await Person.query().where(raw('age > ?', [age]));
@@  const c = await Person.query().whereRaw('lower(name) = ' + "'" + req.query.name + "'");
@ok  const d = await Person.query().where('name', req.query.name as string);
  res.json({ a, b, c, d });
}
`,
  ),
  ...ts(
    "CWE-89",
    "part2 Prisma: $queryRawUnsafe / $executeRawUnsafe / Prisma.raw vs tagged $queryRaw, Prisma.sql and positional args",
    `import express from 'express';
import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.get('/by-email', async (req, res) => {
  const email = req.query.email as string;
@@  const a = await prisma.$queryRawUnsafe(\`SELECT * FROM "User" WHERE email = '\${email}'\`);
@ok  const b = await prisma.$queryRaw\`SELECT * FROM "User" WHERE email = \${email}\`;
@ok  const c = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  res.json({ a, b, c });
});

app.post('/logout', async (req, res) => {
  const token = req.body.token;
@@  await prisma.$executeRawUnsafe("DELETE FROM \\"Session\\" WHERE token = '" + token + "'");
@ok  await prisma.$executeRaw\`DELETE FROM "Session" WHERE token = \${token}\`;
  res.sendStatus(204);
});

app.get('/sorted', async (req, res) => {
  const col = req.query.col as string;
@@  const a = await prisma.$queryRaw(Prisma.raw(\`SELECT * FROM "Post" ORDER BY \${col}\`));
@ok  const b = await prisma.$queryRaw(Prisma.sql\`SELECT * FROM "Post" WHERE "authorId" = \${Number(req.query.author)}\`);
  res.json({ a, b });
});
`,
  ),
  ...js(
    "CWE-89",
    "part2 pg-promise: interpolated text, :raw / ^ filters vs default formatting",
    `const express = require('express');
const pgp = require('pg-promise')();
const db = pgp(process.env.DATABASE_URL);
const app = express();

app.get('/items', async (req, res) => {
@@  const a = await db.any(\`SELECT * FROM items WHERE cat = '\${req.query.cat}'\`);
@ok  const b = await db.any('SELECT * FROM items WHERE cat = $1', [req.query.cat]);
@@  const c = await db.any('SELECT * FROM items WHERE $1:raw', [req.query.filter]);
@ok  const d = await db.any('SELECT $1:name FROM items', [req.query.col]);
@ok  const e = await db.oneOrNone('SELECT * FROM items WHERE id = \${id}', { id: req.query.id });
  res.json({ a, b, c, d, e });
});
`,
  ),
  ...js(
    "CWE-943",
    "part2 mongoose / mongodb: $where strings, request objects as filters vs cast and $eq values",
    `const express = require('express');
const mongoose = require('mongoose');
const User = mongoose.model('User');
const app = express();
app.use(express.json());

app.get('/older', async (req, res) => {
@@  const users = await User.find({ $where: \`this.age > \${req.query.age}\` });
@ok  const users2 = await User.find({ age: { $gt: Number(req.query.age) } });
  res.json({ users, users2 });
});

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login-safe', async (req, res) => {
  const username = String(req.body.username);
  const password = String(req.body.password);
@ok  const user = await User.findOne({ username, passwordHash: await hash(password) });
  res.json({ ok: !!user });
});

app.post('/search', async (req, res) => {
@@  const docs = await User.find(req.body);
  res.json(docs);
});

app.post('/search-eq', async (req, res) => {
@ok  const docs = await User.find({ email: { $eq: req.body.email } });
  res.json(docs);
});

app.get('/cheap', async (req, res) => {
  const col = mongoose.connection.db.collection('products');
@@  const docs = await col.find({ $where: 'this.price < ' + req.query.max }).toArray();
  res.json(docs);
});

app.post('/report', async (req, res) => {
  const col = mongoose.connection.db.collection('orders');
@@  const docs = await col.aggregate([{ $match: req.body.match }, { $limit: 50 }]).toArray();
  res.json(docs);
});

async function hash(p) {
  return require('crypto').createHash('sha256').update(p).digest('hex');
}
`,
  ),
  ...js(
    "CWE-94",
    "part2 redis EVAL: key interpolated into the Lua script vs KEYS / ARGV",
    `const express = require('express');
const Redis = require('ioredis');
const redis = new Redis();
const app = express();

app.get('/counter/:name', async (req, res) => {
@@  const v = await redis.eval(\`return redis.call('INCR', '\${req.params.name}')\`, 0);
@ok  const w = await redis.eval("return redis.call('INCR', KEYS[1])", 1, req.params.name);
  res.json({ v, w });
});
`,
  ),
  ...js(
    "CWE-94",
    "part2 Elasticsearch: painless script source built from a query value vs params",
    `const express = require('express');
const { Client } = require('@elastic/elasticsearch');
const es = new Client({ node: 'http://localhost:9200' });
const app = express();

app.get('/boost', async (req, res) => {
  const result = await es.search({
    index: 'products',
    query: {
      script_score: {
        query: { match_all: {} },
@@        script: { source: \`doc['price'].value * \${req.query.factor}\` },
      },
    },
  });
  res.json(result.hits.hits);
});

app.get('/boost-safe', async (req, res) => {
  const result = await es.search({
    index: 'products',
    query: {
      script_score: {
        query: { match_all: {} },
@ok        script: { source: "doc['price'].value * params.factor", params: { factor: Number(req.query.factor) } },
      },
    },
  });
  res.json(result.hits.hits);
});

app.post('/bulk-update', async (req, res) => {
  await es.updateByQuery({
    index: 'products',
@@    script: { source: 'ctx._source.tag = "' + req.body.tag + '"', lang: 'painless' },
    query: { term: { category: 'sale' } },
  });
  await es.updateByQuery({
    index: 'products',
@ok    script: { source: 'ctx._source.tag = params.tag', params: { tag: String(req.body.tag) }, lang: 'painless' },
    query: { term: { category: 'sale' } },
  });
  res.sendStatus(204);
});
`,
  ),
];

// --- part 3: Electron, browser extensions, DOM sinks and template engines ---
const PART3: DevCase[] = [
  ...js(
    "CWE-94",
    "part3 Electron: nodeIntegration / contextIsolation off for remote content vs a hardened window",
    `const { app, BrowserWindow } = require('electron');
const path = require('path');

function createForumWindow() {
  const win = new BrowserWindow({
    width: 1000,
    height: 700,
    webPreferences: {
@@      nodeIntegration: true,
@@      contextIsolation: false,
    },
  });
  win.loadURL('https://forum.example.com');
  return win;
}

function createMainWindow() {
  const win = new BrowserWindow({
    width: 1000,
    height: 700,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
@ok      nodeIntegration: false,
@ok      contextIsolation: true,
      sandbox: true,
    },
  });
  win.loadFile('index.html');
  return win;
}

app.whenReady().then(() => {
  createMainWindow();
  createForumWindow();
});
`,
  ),
  ...js(
    "CWE-346",
    "part3 Electron: webSecurity off vs default",
    `const { BrowserWindow } = require('electron');

function openPreview(url) {
  const win = new BrowserWindow({
    webPreferences: {
@@      webSecurity: false,
    },
  });
  win.loadURL(url);
}

function openHelp() {
  const win = new BrowserWindow({
    webPreferences: {
@ok      webSecurity: true,
    },
  });
  win.loadURL('https://help.example.com');
}

module.exports = { openPreview, openHelp };
`,
  ),
  ...js(
    "CWE-78",
    "part3 Electron: shell.openExternal with a page-supplied URL vs a protocol check; ipcMain args into exec",
    `const { app, BrowserWindow, shell, ipcMain } = require('electron');
const { exec, execFile } = require('child_process');

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
@@    shell.openExternal(url);
    return { action: 'deny' };
  });
});

function hardenedOpen(url) {
  const u = new URL(url);
  if (u.protocol === 'https:' || u.protocol === 'mailto:') {
@ok    shell.openExternal(u.toString());
  }
}

ipcMain.handle('open-link', (_event, url) => {
@@  return shell.openExternal(url);
});

ipcMain.on('convert', (event, file) => {
@@  exec('ffmpeg -i "' + file + '" out.mp4', (err) => event.reply('converted', !err));
});

ipcMain.on('convert-safe', (event, file) => {
@ok  execFile('ffmpeg', ['-i', file, 'out.mp4'], (err) => event.reply('converted', !err));
});

module.exports = { hardenedOpen };
`,
  ),
  ...js(
    "CWE-94",
    "part3 browser extension: tabs.executeScript code strings and eval of external messages vs scripting.executeScript func/args",
    `chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (msg.type === 'retitle') {
@@    chrome.tabs.executeScript(sender.tab.id, { code: 'document.title = "' + msg.title + '";' });
  }
  if (msg.type === 'retitle2') {
    chrome.scripting.executeScript({
      target: { tabId: sender.tab.id },
      func: (t) => {
        document.title = t;
      },
@ok      args: [msg.title],
    });
  }
  sendResponse({ ok: true });
});

chrome.runtime.onMessageExternal.addListener((request, sender, sendResponse) => {
@@  const result = eval(request.snippet);
  sendResponse({ result });
});

chrome.runtime.onMessageExternal.addListener((request, sender, sendResponse) => {
@ok  sendResponse({ result: JSON.parse(request.payload) });
});
`,
  ),
  ...js(
    "CWE-79",
    "part3 extension content script and message handlers: innerHTML from messages without an origin check vs textContent / checked origin",
    `chrome.runtime.onMessage.addListener((msg) => {
  const box = document.getElementById('ext-banner');
@@  box.innerHTML = msg.html;
@ok  box.textContent = msg.text;
});

window.addEventListener('message', (event) => {
  const el = document.querySelector('#preview');
@@  el.innerHTML = event.data.markup;
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
  const el = document.querySelector('#status');
@ok  el.textContent = event.data.status;
});
`,
  ),
  ...js(
    "CWE-201",
    "part3 postMessage of a token to any origin vs a fixed target origin",
    `function shareSession(token) {
@@  window.parent.postMessage({ type: 'session', token }, '*');
}

function shareSessionSafe(token) {
@ok  window.parent.postMessage({ type: 'session', token }, 'https://app.example.com');
}

export { shareSession, shareSessionSafe };
`,
  ),
  ...js(
    "CWE-601",
    "part3 window.open / location.assign with a query URL, a same-origin check that then drops the origin, vs the checked full URL",
    `const params = new URLSearchParams(window.location.search);

document.getElementById('go').addEventListener('click', () => {
@@  window.open(params.get('target'), '_blank');
});

document.getElementById('back').addEventListener('click', () => {
@@  window.location.assign(params.get('return'));
});

document.getElementById('back-safe').addEventListener('click', () => {
  const ret = params.get('return') || '/';
  const u = new URL(ret, window.location.origin);
  if (u.origin === window.location.origin) {
@@    window.location.assign(u.pathname + u.search);
  }
});

document.getElementById('back-href').addEventListener('click', () => {
  const u = new URL(params.get('return') || '/', window.location.origin);
  if (u.origin === window.location.origin) {
@ok    window.location.assign(u.href);
  }
});
`,
  ),
  ...js(
    "CWE-79",
    "part3 iframe srcdoc / src from location, createContextualFragment and Trusted Types pass-through policies",
    `import DOMPurify from 'dompurify';

const frame = document.getElementById('viewer');
const q = new URLSearchParams(location.search);

@@frame.srcdoc = q.get('html');
@ok frame.srcdoc = DOMPurify.sanitize(q.get('html'));
@@frame.src = location.hash.slice(1);
@ok frame.src = '/embed/' + encodeURIComponent(location.hash.slice(1));

function renderSnippet(markup) {
  const range = document.createRange();
@@  const frag = range.createContextualFragment(markup);
  document.body.appendChild(frag);
}
renderSnippet(q.get('snippet'));

function renderClean(markup) {
  const range = document.createRange();
@ok  const frag = range.createContextualFragment(DOMPurify.sanitize(markup));
  document.body.appendChild(frag);
}
renderClean(q.get('snippet'));

if (window.trustedTypes && trustedTypes.createPolicy) {
@@  trustedTypes.createPolicy('default', {
    createHTML: (s) => s,
  });
@ok  trustedTypes.createPolicy('sanitizing', {
    createHTML: (s) => DOMPurify.sanitize(s, { RETURN_TRUSTED_TYPE: false }),
  });
}
`,
  ),
  ...comp(
    "Comment.svelte",
    "CWE-79",
    "part3 Svelte {@html} of a prop vs text interpolation and a sanitised value",
    `<script>
  import DOMPurify from 'dompurify';
  export let comment;
  $: clean = DOMPurify.sanitize(comment.body);
</script>

<article>
  <h3>{comment.author}</h3>
@@  <div class="body">{@html comment.body}</div>
@ok  <div class="plain">{comment.body}</div>
@ok  <div class="clean">{@html clean}</div>
</article>
`,
  ),
  ...ts(
    "CWE-79",
    "part3 Lit: unsafeHTML of a property vs plain interpolation and a sanitised value",
    `import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import DOMPurify from 'dompurify';

@customElement('user-bio')
export class UserBio extends LitElement {
  @property() bio = '';

  render() {
    return html\`
@@      <div class="bio">\${unsafeHTML(this.bio)}</div>
@ok      <div class="bio-text">\${this.bio}</div>
@ok      <div class="bio-clean">\${unsafeHTML(DOMPurify.sanitize(this.bio))}</div>
    \`;
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "part3 Handlebars: SafeString of concatenated request data vs escapeExpression, compile with noEscape",
    `const express = require('express');
const Handlebars = require('handlebars');
const app = express();

Handlebars.registerHelper('link', function (text, url) {
@@  return new Handlebars.SafeString('<a href="' + url + '">' + text + '</a>');
});

Handlebars.registerHelper('safeLink', function (text, url) {
  const t = Handlebars.escapeExpression(text);
  const u = Handlebars.escapeExpression(url);
@ok  return new Handlebars.SafeString('<a href="' + u + '">' + t + '</a>');
});

app.get('/card', (req, res) => {
@@  const tpl = Handlebars.compile('<div>{{name}}</div>', { noEscape: true });
@ok  const tpl2 = Handlebars.compile('<div>{{name}}</div>');
  res.send(tpl({ name: req.query.name }) + tpl2({ name: req.query.name }));
});
`,
  ),
  ...comp(
    "profile.hbs",
    "CWE-79",
    "part3 Handlebars template: triple-stash vs double-stash",
    `<section class="profile">
  <h1>{{user.displayName}}</h1>
@@  <div class="about">{{{user.about}}}</div>
@ok  <div class="about-text">{{user.about}}</div>
</section>
`,
  ),
  ...comp(
    "post.ejs",
    "CWE-79",
    "part3 EJS template: <%- of a field vs <%= and <%- include",
    `<%- include('partials/header') %>
<article>
@@  <div class="content"><%- post.content %></div>
@ok  <h2><%= post.title %></h2>
</article>
`,
  ),
  ...comp(
    "message.mustache",
    "CWE-79",
    "part3 Mustache template: triple braces and {{& }} vs double braces",
    `<div class="message">
@@  <p>{{{body}}}</p>
@@  <p>{{&signature}}</p>
@ok  <p>{{subject}}</p>
</div>
`,
  ),
  ...comp(
    "bio.pug",
    "CWE-79",
    "part3 Pug template: != and !{} vs = and #{}",
    `div.profile
@@  p.bio!= user.bio
@ok  p.name= user.name
@@  p.sig Signed: !{user.signature}
@ok  p.loc From #{user.city}
`,
  ),
  ...js(
    "CWE-94",
    "part3 server-side template injection: request text compiled as a template vs a fixed template with request data",
    `const express = require('express');
const pug = require('pug');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const app = express();
app.use(express.json());

app.post('/preview/pug', (req, res) => {
@@  res.send(pug.render(req.body.template, { user: req.user }));
});

app.post('/preview/pug-safe', (req, res) => {
@ok  res.send(pug.renderFile('views/preview.pug', { text: req.body.template }));
});

app.post('/preview/ejs', (req, res) => {
@@  res.send(ejs.render(req.body.template, { user: req.user }));
});

app.post('/preview/hbs', (req, res) => {
@@  const tpl = Handlebars.compile(req.body.template);
  res.send(tpl({ user: req.user }));
});

app.get('/preview/njk', (req, res) => {
@@  res.send(nunjucks.renderString(req.query.tpl, { now: Date.now() }));
});

app.get('/preview/njk-safe', (req, res) => {
@ok  res.send(nunjucks.renderString('<p>{{ text }}</p>', { text: req.query.tpl }));
});
`,
  ),
];

// --- part 4: crypto and auth edge APIs ---
const PART4: DevCase[] = [
  ...ts(
    "CWE-798",
    "part4 WebCrypto: raw HMAC key bytes written in the source vs a key from the environment",
    `const enc = new TextEncoder();

export async function signingKey(): Promise<CryptoKey> {
@@  return crypto.subtle.importKey(
    'raw',
    enc.encode('k3y-f0r-w3bh00k-s1gn1ng-2024'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

export async function signingKeyFromEnv(): Promise<CryptoKey> {
@ok  return crypto.subtle.importKey(
    'raw',
    enc.encode(process.env.WEBHOOK_SECRET!),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}
`,
  ),
  ...ts(
    "CWE-327",
    "part4 WebCrypto: AES-CBC encryption with no MAC vs AES-GCM",
    `export async function seal(key: CryptoKey, data: Uint8Array) {
  const iv = crypto.getRandomValues(new Uint8Array(16));
@@  const ct = await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, data);
  return { iv, ct };
}

export async function sealGcm(key: CryptoKey, data: Uint8Array) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
@ok  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
  return { iv, ct };
}
`,
  ),
  ...js(
    "CWE-327",
    "part4 Node RSA: PKCS#1 v1.5 encryption padding vs OAEP",
    `const crypto = require('crypto');

function wrapKey(publicKey, secret) {
@@  return crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, secret);
}

function wrapKeyOaep(publicKey, secret) {
@ok  return crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, secret);
}

module.exports = { wrapKey, wrapKeyOaep };
`,
  ),
  ...js(
    "CWE-916",
    "part4 password hashing: pbkdf2 with few iterations, scrypt with a tiny N, bcrypt with low cost vs modern parameters",
    `const crypto = require('crypto');
const bcrypt = require('bcrypt');

function hashA(password, salt) {
@@  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

function hashB(password, salt) {
@ok  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256').toString('hex');
}

function hashC(password, salt, cb) {
@@  crypto.pbkdf2(password, salt, 500, 64, 'sha512', cb);
}

function hashD(password, salt) {
@@  return crypto.scryptSync(password, salt, 64, { N: 1024, r: 8, p: 1 });
}

function hashE(password, salt) {
@ok  return crypto.scryptSync(password, salt, 64, { N: 131072, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
}

async function hashF(password) {
@@  return bcrypt.hash(password, 4);
}

async function hashG(password) {
@ok  return bcrypt.hash(password, 12);
}

module.exports = { hashA, hashB, hashC, hashD, hashE, hashF, hashG };
`,
  ),
  ...ts(
    "CWE-916",
    "part4 WebCrypto PBKDF2 deriveKey with a low iteration count vs a high one",
    `export async function deriveWeak(password: string, salt: Uint8Array) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
@@  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: 1000, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function deriveStrong(password: string, salt: Uint8Array) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
@ok  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: 600000, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
`,
  ),
  ...js(
    "CWE-328",
    "part4 WebCrypto SHA-1 digest of a password vs SHA-256 of a file body",
    `async function passwordDigest(password) {
@@  const d = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password));
  return Buffer.from(d).toString('hex');
}

async function fileEtag(body) {
@ok  const d = await crypto.subtle.digest('SHA-256', body);
  return Buffer.from(d).toString('hex');
}

module.exports = { passwordDigest, fileEtag };
`,
  ),
  ...js(
    "CWE-329",
    "part4 AES-CBC with a fixed zero IV vs a random IV",
    `const crypto = require('crypto');

function encryptFixed(key, text) {
@@  const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
}

function encryptRandom(key, text) {
  const iv = crypto.randomBytes(16);
@ok  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final()]);
}

module.exports = { encryptFixed, encryptRandom };
`,
  ),
  ...js(
    "CWE-208",
    "part4 API keys and HMAC signatures compared with === vs timingSafeEqual",
    `const crypto = require('crypto');
const express = require('express');
const app = express();

app.use('/internal', (req, res, next) => {
@@  if (req.headers['x-api-key'] === process.env.INTERNAL_API_KEY) return next();
  res.sendStatus(401);
});

app.post('/webhook', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
  const given = req.get('x-signature') || '';
@@  if (given !== expected) return res.sendStatus(401);
  res.sendStatus(204);
});

app.post('/webhook-safe', express.raw({ type: '*/*' }), (req, res) => {
  const expected = Buffer.from(crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex'));
  const given = Buffer.from(req.get('x-signature') || '');
@ok  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-347",
    "part4 jsonwebtoken / jose: decode without verify, 'none' allowed vs verify with a pinned algorithm",
    `const jwt = require('jsonwebtoken');
const jose = require('jose');

function currentUser(req) {
  const token = req.headers.authorization.split(' ')[1];
@@  const claims = jwt.decode(token);
  return claims.sub;
}

function currentUserLoose(req) {
  const token = req.headers.authorization.split(' ')[1];
@@  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256', 'none'] }).sub;
}

function currentUserSafe(req) {
  const token = req.headers.authorization.split(' ')[1];
@ok  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }).sub;
}

async function joseUser(req) {
  const token = req.cookies.session;
@@  const claims = jose.decodeJwt(token);
  return claims.sub;
}

async function joseUserSafe(req) {
  const token = req.cookies.session;
  const key = new TextEncoder().encode(process.env.JWT_SECRET);
@ok  const { payload } = await jose.jwtVerify(token, key, { algorithms: ['HS256'], issuer: 'urn:app' });
  return payload.sub;
}

function unsecured(req) {
@@  const { payload } = jose.UnsecuredJWT.decode(req.query.t);
  return payload.role;
}

module.exports = { currentUser, currentUserLoose, currentUserSafe, joseUser, joseUserSafe, unsecured };
`,
  ),
  ...js(
    "CWE-613",
    "part4 jsonwebtoken: ignoreExpiration vs clock tolerance",
    `const jwt = require('jsonwebtoken');

function readToken(token) {
@@  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
}

function readTokenTolerant(token) {
@ok  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], clockTolerance: 30 });
}

module.exports = { readToken, readTokenTolerant };
`,
  ),
  ...js(
    "CWE-798",
    "part4 passport strategies and jwt.sign with secrets written in the source vs environment",
    `const passport = require('passport');
const GoogleStrategy = require('passport-google-oauth20').Strategy;
const GitHubStrategy = require('passport-github2').Strategy;
const jwt = require('jsonwebtoken');

passport.use(
  new GoogleStrategy(
    {
      clientID: '40392847-abc.apps.googleusercontent.com',
@@      clientSecret: 'GOCSPX-9fJk2LmN4pQr7StUvWx1Yz3A',
      callbackURL: '/auth/google/callback',
    },
    (accessToken, refreshToken, profile, done) => done(null, profile),
  ),
);

passport.use(
  new GitHubStrategy(
    {
      clientID: process.env.GITHUB_CLIENT_ID,
@ok      clientSecret: process.env.GITHUB_CLIENT_SECRET,
      callbackURL: '/auth/github/callback',
    },
    (accessToken, refreshToken, profile, done) => done(null, profile),
  ),
);

function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'my-sup3r-s3cret-jwt-k3y', { expiresIn: '1h' });
}

function issueSafe(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

module.exports = { issue, issueSafe };
`,
  ),
  ...js(
    "CWE-352",
    "part4 OAuth authorize redirect without state vs with a session-bound state; csurf with POST ignored",
    `const crypto = require('crypto');
const express = require('express');
const csrf = require('csurf');
const app = express();

app.get('/auth/github', (req, res) => {
  const params = new URLSearchParams({ client_id: process.env.GH_ID, redirect_uri: 'https://app.example.com/cb', scope: 'repo' });
@@  res.redirect('https://github.com/login/oauth/authorize?' + params.toString());
});

app.get('/auth/github-safe', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.oauthState = state;
  const params = new URLSearchParams({ client_id: process.env.GH_ID, redirect_uri: 'https://app.example.com/cb', scope: 'repo', state });
@ok  res.redirect('https://github.com/login/oauth/authorize?' + params.toString());
});

@@app.use(csrf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));
@ok app.use(csrf({ cookie: true }));
`,
  ),
  ...js(
    "CWE-614",
    "part4 express-session / cookie-session and res.cookie: secure false vs secure true",
    `const express = require('express');
const session = require('express-session');
const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { secure: false, httpOnly: true, sameSite: 'lax' },
  }),
);

const admin = express();
admin.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@ok    cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
  }),
);

app.post('/login', (req, res) => {
@@  res.cookie('sid', req.session.id, { secure: false, httpOnly: true });
@ok  res.cookie('sid2', req.session.id, { secure: true, httpOnly: true });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-1004",
    "part4 session cookies readable by scripts: httpOnly false vs true",
    `const express = require('express');
const session = require('express-session');
const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
@@    cookie: { secure: true, httpOnly: false },
  }),
);

app.post('/token', (req, res) => {
@@  res.cookie('auth_token', req.user.token, { secure: true, httpOnly: false });
@ok  res.cookie('auth_token2', req.user.token, { secure: true, httpOnly: true });
  res.end();
});
`,
  ),
  ...js(
    "CWE-942",
    "part4 CORS: reflected Origin with credentials, origin true with credentials vs an allow-list",
    `const express = require('express');
const cors = require('cors');
const app = express();

app.use('/api', (req, res, next) => {
@@  cors({ origin: req.header('Origin'), credentials: true })(req, res, next);
});

@@app.use('/v2', cors({ origin: true, credentials: true }));
@ok app.use('/v3', cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));

app.use('/legacy', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

const ALLOWED = new Set(['https://app.example.com']);
app.use('/legacy2', (req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
`,
  ),
  ...js(
    "CWE-295",
    "part4 TLS: checkServerIdentity that accepts anything, rejectUnauthorized false in an https.Agent vs a CA bundle",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');

const loose = new https.Agent({
@@  checkServerIdentity: () => undefined,
});

@@const insecure = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
@ok const pinned = axios.create({ httpsAgent: new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') }) });

const sock = tls.connect({
  host: 'internal.example.com',
  port: 8443,
@ok  checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert),
});

module.exports = { loose, insecure, pinned, sock };
`,
  ),
];

// --- part 5: Node internals and miscellany ---
const PART5: DevCase[] = [
  ...js(
    "CWE-94",
    "part5 vm: runInContext / runInNewContext / Script with request code vs a fixed script over request data",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const ctx = vm.createContext({ Math });
@@  const value = vm.runInContext(req.body.expr, ctx, { timeout: 50 });
  res.json({ value });
});

app.post('/calc2', (req, res) => {
@@  res.json({ value: vm.runInNewContext('(' + req.body.expr + ')', {}) });
});

app.post('/calc3', (req, res) => {
@@  const script = new vm.Script(req.body.source);
  res.json({ value: script.runInNewContext({}) });
});

app.post('/sum', (req, res) => {
  const ctx = vm.createContext({ nums: req.body.nums.map(Number) });
@ok  res.json({ value: vm.runInContext('nums.reduce((a, b) => a + b, 0)', ctx) });
});
`,
  ),
  ...js(
    "CWE-94",
    "part5 Module._compile / new Function / setTimeout strings from request data vs fixed code",
    `const Module = require('module');
const express = require('express');
const app = express();
app.use(express.json());

app.post('/plugin', (req, res) => {
  const m = new Module('plugin');
@@  m._compile(req.body.source, 'plugin.js');
  res.json(Object.keys(m.exports));
});

app.get('/pick', (req, res) => {
@@  const getter = new Function('obj', 'return obj.' + req.query.field);
  res.json({ v: getter({ a: 1 }) });
});

app.get('/pick-safe', (req, res) => {
  const obj = { a: 1, b: 2 };
@ok  res.json({ v: Object.prototype.hasOwnProperty.call(obj, req.query.field) ? obj[req.query.field] : null });
});

app.get('/later', (req, res) => {
@@  setTimeout(req.query.callback, 10);
@ok  setTimeout(() => res.end('done'), Math.min(Number(req.query.delay) || 10, 1000));
});
`,
  ),
  ...js(
    "CWE-94",
    "part5 require / import() of request-chosen modules vs an allow-list",
    `const express = require('express');
const app = express();

app.get('/render/:format', (req, res) => {
@@  const renderer = require('./renderers/' + req.params.format);
  res.send(renderer.render(req.query));
});

const RENDERERS = ['csv', 'json', 'xml'];
app.get('/render-safe/:format', (req, res) => {
  if (!RENDERERS.includes(req.params.format)) return res.sendStatus(404);
@ok  const renderer = require('./renderers/' + req.params.format);
  res.send(renderer.render(req.query));
});

app.get('/i18n', async (req, res) => {
@@  const messages = await import(\`./locales/\${req.query.lang}.js\`);
  res.json(messages.default);
});

app.get('/i18n-safe', async (req, res) => {
  const lang = /^[a-z]{2}$/.test(req.query.lang) ? req.query.lang : 'en';
@ok  const messages = await import(\`./locales/\${lang}.js\`);
  res.json(messages.default);
});
`,
  ),
  ...js(
    "CWE-78",
    "part5 child_process: fork of a request-chosen module, spawn with shell: true vs fixed module and no shell",
    `const { fork, spawn } = require('child_process');
const path = require('path');
const express = require('express');
const app = express();

app.post('/jobs/:worker', (req, res) => {
@@  const child = fork(path.join(__dirname, 'workers', req.params.worker));
  child.on('exit', (code) => res.json({ code }));
});

app.post('/jobs-safe/resize', (req, res) => {
@ok  const child = fork(path.join(__dirname, 'workers', 'resize.js'), [String(req.query.file)]);
  child.on('exit', (code) => res.json({ code }));
});

app.post('/clone', (req, res) => {
@@  const p = spawn('git', ['clone', req.body.repo, '/tmp/work'], { shell: true });
  p.on('close', (code) => res.json({ code }));
});

app.post('/clone-safe', (req, res) => {
@ok  const p = spawn('git', ['clone', '--', req.body.repo, '/tmp/work']);
  p.on('close', (code) => res.json({ code }));
});
`,
  ),
  ...js(
    "CWE-22",
    "part5 fs.createWriteStream with a header file name vs basename; tar.x with preservePaths vs the default",
    `const fs = require('fs');
const path = require('path');
const tar = require('tar');
const express = require('express');
const app = express();
const UPLOADS = '/srv/uploads';

app.put('/upload', (req, res) => {
@@  const out = fs.createWriteStream(path.join(UPLOADS, req.headers['x-filename']));
  req.pipe(out).on('finish', () => res.sendStatus(201));
});

app.put('/upload-safe', (req, res) => {
@ok  const out = fs.createWriteStream(path.join(UPLOADS, path.basename(String(req.headers['x-filename']))));
  req.pipe(out).on('finish', () => res.sendStatus(201));
});

async function unpack(file, dest) {
@@  await tar.x({ file, cwd: dest, preservePaths: true });
@ok  await tar.x({ file, cwd: dest });
}

module.exports = { unpack };
`,
  ),
  ...js(
    "CWE-22",
    "part5 zip slip: adm-zip entries and unzipper entry paths written under dest vs a resolved-prefix check",
    `const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');

function extractAdm(zipFile, dest) {
  const zip = new AdmZip(zipFile);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
@@    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractAdmSafe(zipFile, dest) {
  const root = path.resolve(dest);
  const zip = new AdmZip(zipFile);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) continue;
@ok    fs.writeFileSync(target, entry.getData());
  }
}

function extractStream(zipPath, dest) {
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
@@      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    });
}

function extractStreamSafe(zipPath, dest) {
  const root = path.resolve(dest);
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const target = path.resolve(root, entry.path);
      if (!target.startsWith(root + path.sep)) return entry.autodrain();
@ok      entry.pipe(fs.createWriteStream(target));
    });
}

module.exports = { extractAdm, extractAdmSafe, extractStream, extractStreamSafe };
`,
  ),
  ...js(
    "CWE-611",
    "part5 XML: libxmljs noent / dtdload on request bodies vs the defaults, xml2js and xmldom",
    `const express = require('express');
const libxmljs = require('libxmljs2');
const xml2js = require('xml2js');
const { DOMParser } = require('@xmldom/xmldom');
const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
@ok  xml2js.parseString(req.body, (err, result) => res.json(result));
});

app.post('/import3', (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ root: doc.documentElement.nodeName });
});
`,
  ),
  ...js(
    "CWE-1321",
    "part5 prototype pollution: hand-written deep merge and path setter fed JSON from the request vs key filters",
    `const express = require('express');
const app = express();
app.use(express.text());

function merge(target, source) {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);
function mergeSafe(target, source) {
  for (const key of Object.keys(source)) {
    if (BLOCKED.has(key)) continue;
    if (source[key] && typeof source[key] === 'object') {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      mergeSafe(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, dotted, value) {
  const keys = dotted.split('.');
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    cur = cur[k] = cur[k] || {};
  }
@@  cur[keys[keys.length - 1]] = value;
}

const settings = {};
app.post('/settings', (req, res) => {
  merge(settings, JSON.parse(req.body));
  res.json(settings);
});
app.post('/settings-safe', (req, res) => {
  mergeSafe(settings, JSON.parse(req.body));
  res.json(settings);
});
app.post('/settings/:path', (req, res) => {
  setPath(settings, req.params.path, req.query.value);
  res.json(settings);
});
`,
  ),
  ...js(
    "CWE-1333",
    "part5 new RegExp from request text vs escaped text",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const _ = require('lodash');
const app = express();
const names = ['alice', 'bob', 'carol'];

app.get('/filter', (req, res) => {
@@  const re = new RegExp(req.query.pattern, 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/filter-safe', (req, res) => {
@ok  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/filter-lodash', (req, res) => {
@ok  const re = new RegExp('^' + _.escapeRegExp(String(req.query.q)));
  res.json(names.filter((n) => re.test(n)));
});
`,
  ),
  ...js(
    "CWE-89",
    "part5 String.raw tagged SQL with interpolation vs String.raw with a placeholder",
    `const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const app = express();

app.get('/files', async (req, res) => {
@@  const { rows } = await pool.query(String.raw\`SELECT * FROM files WHERE path ~ '^/data/\${req.query.dir}/\\d+'\`);
@ok  const { rows: rows2 } = await pool.query(String.raw\`SELECT * FROM files WHERE path ~ ('^/data/' || $1 || '/\\d+')\`, [req.query.dir]);
  res.json({ rows, rows2 });
});
`,
  ),
  ...js(
    "CWE-117",
    "part5 log injection: util.format / template with raw request text vs JSON.stringify",
    `const util = require('util');
const express = require('express');
const logger = require('./logger');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
@@  logger.warn(util.format('failed login for user %s', req.body.username));
@ok  logger.warn(util.format('failed login for user %s', JSON.stringify(String(req.body.username))));
@@  console.log(\`[auth] failed login: \${req.body.username}\`);
  res.sendStatus(401);
});
`,
  ),
  ...js(
    "CWE-908",
    "part5 Buffer.allocUnsafe sized by the request and sent back vs Buffer.alloc",
    `const express = require('express');
const app = express();

app.get('/pad', (req, res) => {
@@  const buf = Buffer.allocUnsafe(Number(req.query.size));
  res.end(buf);
});

app.get('/pad-safe', (req, res) => {
@ok  const buf = Buffer.alloc(Math.min(Number(req.query.size) || 0, 4096));
  res.end(buf);
});
`,
  ),
  ...js(
    "CWE-732",
    "part5 world-writable modes on files and directories vs owner-only",
    `const fs = require('fs');

function saveKey(pem) {
  fs.writeFileSync('/etc/app/key.pem', pem);
@@  fs.chmodSync('/etc/app/key.pem', 0o777);
}

function saveKeySafe(pem) {
@ok  fs.writeFileSync('/etc/app/key2.pem', pem, { mode: 0o600 });
}

function makeShared() {
@@  fs.mkdirSync('/var/app/shared', { recursive: true, mode: 0o777 });
@ok  fs.mkdirSync('/var/app/private', { recursive: true, mode: 0o700 });
}

module.exports = { saveKey, saveKeySafe, makeShared };
`,
  ),
];

// --- part 6 (written after parts 1-5 were measured, still before reading the rules it touches): more frameworks'
// HTML responses, configuration switches and library calls a broad rule set tests ---
const PART6: DevCase[] = [
  ...ts(
    "CWE-79",
    "part6 Hono c.html / Fastify reply.type('text/html') with query text vs escaped / JSON",
    `import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import Fastify from 'fastify';
import escapeHtml from 'escape-html';

const app = new Hono();
app.get('/hi', (c) => {
  const name = c.req.query('name') ?? '';
@@  return c.html(\`<h1>Hello \${name}</h1>\`);
});
app.get('/hi-safe', (c) => {
  const name = c.req.query('name') ?? '';
@ok  return c.html(html\`<h1>Hello \${name}</h1>\`);
});
app.get('/hi-raw', (c) => {
  const name = c.req.query('name') ?? '';
@@  return c.html(html\`<h1>Hello \${raw(name)}</h1>\`);
});

const fastify = Fastify();
fastify.get('/page', async (request, reply) => {
  const { title } = request.query as { title: string };
@@  reply.type('text/html').send('<title>' + title + '</title>');
});
fastify.get('/page-safe', async (request, reply) => {
  const { title } = request.query as { title: string };
@ok  reply.type('text/html').send('<title>' + escapeHtml(title) + '</title>');
});
`,
  ),
  ...js(
    "CWE-79",
    "part6 markdown rendered into innerHTML without a sanitiser vs with DOMPurify; nunjucks autoescape off",
    `import { marked } from 'marked';
import DOMPurify from 'dompurify';
import nunjucks from 'nunjucks';

const params = new URLSearchParams(location.search);
const md = params.get('md') ?? '';
@@document.getElementById('preview').innerHTML = marked.parse(md);
@ok document.getElementById('preview2').innerHTML = DOMPurify.sanitize(marked.parse(md));

@@nunjucks.configure('views', { autoescape: false });
@ok nunjucks.configure('templates', { autoescape: true });
`,
  ),
  ...ts(
    "CWE-79",
    "part6 Angular DomSanitizer bypass of a route parameter vs sanitize()",
    `import { Component, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({ selector: 'app-note', template: '<div [innerHTML]="body"></div>' })
export class NoteComponent {
  body: SafeHtml | string | null = '';
  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {
    const text = this.route.snapshot.queryParamMap.get('text') ?? '';
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(text);
@ok    this.body = this.sanitizer.sanitize(SecurityContext.HTML, text);
  }
}
`,
  ),
  ...js(
    "CWE-693",
    "part6 helmet with the content security policy switched off vs defaults",
    `const express = require('express');
const helmet = require('helmet');
const app = express();
const admin = express();

@@app.use(helmet({ contentSecurityPolicy: false }));
@ok admin.use(helmet());
`,
  ),
  ...js(
    "CWE-327",
    "part6 createCipher without an IV, jwt signed with alg none vs createCipheriv and HS256",
    `const crypto = require('crypto');
const jwt = require('jsonwebtoken');

function seal(text, password) {
@@  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

function sealIv(text, key) {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final(), c.getAuthTag()]).toString('base64');
}

function token(user) {
@@  return jwt.sign({ sub: user.id }, null, { algorithm: 'none' });
}

function tokenSigned(user) {
@ok  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
}

module.exports = { seal, sealIv, token, tokenSigned };
`,
  ),
  ...js(
    "CWE-643",
    "part6 XPath built from a query value vs a variable-free lookup",
    `const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');
const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');

app.get('/user', (req, res) => {
@@  const nodes = xpath.select(\`//user[name/text()='\${req.query.name}']/email/text()\`, doc);
  res.json(nodes.map(String));
});

app.get('/users', (req, res) => {
@ok  const nodes = xpath.select('//user/name/text()', doc);
  res.json(nodes.map(String).filter((n) => n === req.query.name));
});
`,
  ),
  ...js(
    "CWE-90",
    "part6 LDAP filter built from a login name vs escaped",
    `const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });

function findUser(req, res) {
@@  client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + req.body.username + ')', scope: 'sub' }, (err, r) => res.end());
}

function escapeFilter(s) {
  return String(s).replace(/[\\\\*()\\0]/g, (c) => '\\\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function findUserSafe(req, res) {
@ok  client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + escapeFilter(req.body.username) + ')', scope: 'sub' }, (err, r) => res.end());
}

module.exports = { findUser, findUserSafe };
`,
  ),
  ...js(
    "CWE-502",
    "part6 node-serialize of a cookie and js-yaml 3 full-schema load of a body vs JSON and the safe schema",
    `const express = require('express');
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const cookieParser = require('cookie-parser');
const app = express();
app.use(cookieParser());
app.use(express.text());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.json(profile);
});

app.get('/profile-json', (req, res) => {
@ok  const profile = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json(profile);
});

app.post('/config', (req, res) => {
@@  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
});

app.post('/config-safe', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
});
`,
  ),
  ...js(
    "CWE-922",
    "part6 access token kept in localStorage vs kept in memory",
    `let accessToken = null;

export async function login(username, password) {
  const r = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ username, password }) });
  const { token } = await r.json();
@@  localStorage.setItem('access_token', token);
@ok  accessToken = token;
@ok  localStorage.setItem('theme', 'dark');
}
`,
  ),
  ...js(
    "CWE-532",
    "part6 passwords and tokens written to the log vs the user name only",
    `const logger = require('./logger');

async function login(req, res) {
  const { username, password } = req.body;
@@  console.log('login attempt', username, password);
@ok  console.log('login attempt', username);
@@  logger.info(\`issued token \${req.session.token} for \${username}\`);
  res.end();
}

module.exports = { login };
`,
  ),
  ...js(
    "CWE-319",
    "part6 credentials posted over plain http vs https",
    `async function signIn(user, pass) {
@@  const r = await fetch('http://auth.example.com/api/login', { method: 'POST', body: JSON.stringify({ user, pass }) });
  return r.json();
}

async function signInTls(user, pass) {
@ok  const r = await fetch('https://auth.example.com/api/login', { method: 'POST', body: JSON.stringify({ user, pass }) });
  return r.json();
}

module.exports = { signIn, signInTls };
`,
  ),
  ...js(
    "CWE-22",
    "part6 multer diskStorage with preservePath keeping the client's original name vs a generated one",
    `const multer = require('multer');
const path = require('path');
const crypto = require('crypto');

const keepName = multer.diskStorage({
  destination: '/srv/uploads',
  filename: (req, file, cb) => {
@@    cb(null, file.originalname);
  },
});

const randomName = multer.diskStorage({
  destination: '/srv/uploads',
  filename: (req, file, cb) => {
@ok    cb(null, crypto.randomUUID() + path.extname(file.originalname).replace(/[^.a-z0-9]/gi, ''));
  },
});

// preservePath keeps the directories of the client's file name (busboy strips them by default)
module.exports = { a: multer({ storage: keepName, preservePath: true }), b: multer({ storage: randomName, preservePath: true }) };
`,
  ),
  ...js(
    "CWE-209",
    "part6 error stack sent to the client vs a generic message",
    `const express = require('express');
const app = express();

app.use((err, req, res, next) => {
  if (req.path.startsWith('/api')) {
@@    return res.status(500).json({ error: err.message, stack: err.stack });
  }
@ok  res.status(500).send('Something went wrong');
});
`,
  ),
  ...js(
    "CWE-942",
    "part6 socket.io CORS: any origin with credentials vs a fixed origin",
    `const { Server } = require('socket.io');

const io = new Server(3000, {
@@  cors: { origin: '*', credentials: true },
});

const io2 = new Server(3001, {
@ok  cors: { origin: 'https://app.example.com', credentials: true },
});

module.exports = { io, io2 };
`,
  ),
  ...js(
    "CWE-347",
    "part6 jwt.verify callback that ignores the error vs one that rejects",
    `const jwt = require('jsonwebtoken');

function auth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
@@  jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }, (err, decoded) => {
    req.user = jwt.decode(token);
    next();
  });
}

function authStrict(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
@ok  jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }, (err, decoded) => {
    if (err) return res.sendStatus(401);
    req.user = decoded;
    next();
  });
}

module.exports = { auth, authStrict };
`,
  ),
];

// --- part 7 (written after part 6 was measured, before reading the rules it touches): more drivers, command
// runners, HTTP clients and configuration switches ---
const PART7: DevCase[] = [
  ...js(
    "CWE-89",
    "part7 mssql, oracledb, cassandra-driver, better-sqlite3 and postgres.js: concatenation vs binds and tagged templates",
    `const express = require('express');
const mssql = require('mssql');
const oracledb = require('oracledb');
const cassandra = require('cassandra-driver');
const Database = require('better-sqlite3');
const postgres = require('postgres');
const app = express();
const lite = new Database('app.db');
const pg = postgres(process.env.PG_URL);
const cql = new cassandra.Client({ contactPoints: ['db'], localDataCenter: 'dc1', keyspace: 'app' });

app.get('/ms/:id', async (req, res) => {
  const pool = await mssql.connect(process.env.MSSQL_URL);
@@  const a = await pool.request().query('SELECT * FROM orders WHERE id = ' + req.params.id);
@ok  const b = await pool.request().input('id', mssql.Int, req.params.id).query('SELECT * FROM orders WHERE id = @id');
@ok  const c = await mssql.query\`SELECT * FROM orders WHERE id = \${req.params.id}\`;
  res.json([a.recordset, b.recordset, c.recordset]);
});

app.get('/ora', async (req, res) => {
  const conn = await oracledb.getConnection();
@@  const a = await conn.execute(\`SELECT * FROM emp WHERE ename = '\${req.query.name}'\`);
@ok  const b = await conn.execute('SELECT * FROM emp WHERE ename = :name', { name: req.query.name });
  res.json([a.rows, b.rows]);
});

app.get('/cql', async (req, res) => {
@@  const a = await cql.execute("SELECT * FROM users WHERE email = '" + req.query.email + "'");
@ok  const b = await cql.execute('SELECT * FROM users WHERE email = ?', [req.query.email], { prepare: true });
  res.json([a.rows, b.rows]);
});

app.get('/lite', (req, res) => {
@@  const a = lite.prepare(\`SELECT * FROM notes WHERE tag = '\${req.query.tag}'\`).all();
@ok  const b = lite.prepare('SELECT * FROM notes WHERE tag = ?').all(req.query.tag);
@@  lite.exec('DELETE FROM notes WHERE tag = ' + "'" + req.query.tag + "'");
  res.json([a, b]);
});

app.get('/pg', async (req, res) => {
@@  const a = await pg.unsafe(\`SELECT * FROM items WHERE name = '\${req.query.name}'\`);
@ok  const b = await pg\`SELECT * FROM items WHERE name = \${req.query.name}\`;
  res.json([a, b]);
});
`,
  ),
  ...js(
    "CWE-943",
    "part7 DynamoDB FilterExpression built from a query value vs expression attribute values",
    `const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');
const ddb = new DynamoDBClient({});

exports.handler = async (event) => {
  const owner = event.queryStringParameters.owner;
  const a = await ddb.send(
    new ScanCommand({
      TableName: 'docs',
@@      FilterExpression: "owner = '" + owner + "' AND published = :t",
      ExpressionAttributeValues: { ':t': { BOOL: true } },
    }),
  );
  const b = await ddb.send(
    new ScanCommand({
      TableName: 'docs',
@ok      FilterExpression: 'owner = :o AND published = :t',
      ExpressionAttributeValues: { ':o': { S: owner }, ':t': { BOOL: true } },
    }),
  );
  return { statusCode: 200, body: JSON.stringify([a.Items, b.Items]) };
};
`,
  ),
  ...js(
    "CWE-78",
    "part7 promisified exec, spawn of a whole command line with shell: true, execa with shell, shelljs and ssh2 vs argv forms",
    `const express = require('express');
const { promisify } = require('util');
const { exec, spawn, execFile } = require('child_process');
const execa = require('execa');
const path = require('path');
const shell = require('shelljs');
const { Client } = require('ssh2');
const app = express();
const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

app.get('/du', async (req, res) => {
@@  const { stdout } = await execAsync('du -sh /data/' + req.query.dir);
@ok  const { stdout: out2 } = await execFileAsync('du', ['-sh', '--', '/data/' + req.query.dir]);
  res.send(stdout + out2);
});

app.get('/log', (req, res) => {
@@  const p = spawn(\`git log --oneline \${req.query.ref}\`, { shell: true });
  p.stdout.pipe(res);
});

app.get('/conv', async (req, res) => {
@@  await execa('convert ' + req.query.file + ' out.png', { shell: true });
@ok  await execa('convert', [path.join('/uploads', path.basename(String(req.query.file))), 'out.png']);
  res.end();
});

app.get('/grep', (req, res) => {
@@  const out = shell.exec('grep -r ' + req.query.q + ' /srv/docs', { silent: true }).stdout;
@ok  const out2 = shell.grep('-l', 'TODO', '/srv/docs/*.md').stdout;
  res.send(out + out2);
});

app.post('/remote', (req, res) => {
  const conn = new Client();
  conn.on('ready', () => {
@@    conn.exec('tail -n 50 /var/log/' + req.body.service + '.log', (err, stream) => stream.pipe(res));
  });
  conn.connect({ host: 'ops.internal', username: 'ops', privateKey: process.env.SSH_KEY });
});
`,
  ),
  ...js(
    "CWE-94",
    "part7 lodash template compiled from request text vs a fixed template fed request data",
    `const express = require('express');
const _ = require('lodash');
const app = express();
app.use(express.json());

app.post('/mail/preview', (req, res) => {
@@  const render = _.template(req.body.template);
  res.send(render({ user: req.user }));
});

const WELCOME = _.template('<p>Welcome <%- name %></p>');
app.get('/welcome', (req, res) => {
@ok  res.send(WELCOME({ name: req.query.name }));
});
`,
  ),
  ...js(
    "CWE-918",
    "part7 undici, superagent and http.request with a request-chosen host vs a fixed host",
    `const express = require('express');
const { request } = require('undici');
const superagent = require('superagent');
const http = require('http');
const app = express();

app.get('/u', async (req, res) => {
@@  const { body } = await request(req.query.url);
  res.send(await body.text());
});

app.get('/s', async (req, res) => {
@@  const r = await superagent.get(req.query.feed);
@ok  const r2 = await superagent.get('https://feeds.example.com/latest').query({ q: req.query.q });
  res.send(r.text + r2.text);
});

app.get('/h', (req, res) => {
@@  http.request({ host: req.query.host, path: '/status', port: 80 }, (r) => r.pipe(res)).end();
});

app.get('/h2', (req, res) => {
@ok  http.request({ host: 'status.internal', path: '/status/' + encodeURIComponent(req.query.svc), port: 80 }, (r) => r.pipe(res)).end();
});
`,
  ),
  ...js(
    "CWE-1321",
    "part7 two-level assignment with request keys vs a Map and an own-key check",
    `const express = require('express');
const app = express();
app.use(express.json());
const settings = { ui: {}, mail: {} };
const store = new Map();

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
@@  settings[section][key] = value;
  res.json(settings);
});

app.post('/settings-safe', (req, res) => {
  const { section, key, value } = req.body;
  if (!Object.prototype.hasOwnProperty.call(settings, section) || ['__proto__', 'constructor', 'prototype'].includes(key))
    return res.sendStatus(400);
@ok  settings[section][key] = value;
  res.json(settings);
});

app.post('/kv', (req, res) => {
@ok  store.set(req.body.key, req.body.value);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-614",
    "part7 session cookie set with no options vs secure / httpOnly options",
    `const express = require('express');
const app = express();

app.post('/login', (req, res) => {
  const sid = require('crypto').randomBytes(24).toString('hex');
@@  res.cookie('session_id', sid);
@ok  res.cookie('session_id', sid, { secure: true, httpOnly: true, sameSite: 'lax' });
@ok  res.cookie('theme', 'dark');
  res.end();
});
`,
  ),
  ...js(
    "CWE-327",
    "part7 TLS servers and clients pinned to TLS 1.0 vs TLS 1.2+",
    `const tls = require('tls');
const https = require('https');
const fs = require('fs');
const opts = { key: fs.readFileSync('k.pem'), cert: fs.readFileSync('c.pem') };

@@const legacy = tls.createServer({ ...opts, minVersion: 'TLSv1' });
@ok const modern = tls.createServer({ ...opts, minVersion: 'TLSv1.2' });
@@const old = https.request({ host: 'api.example.com', secureProtocol: 'TLSv1_method' });
@ok const cur = https.request({ host: 'api.example.com', minVersion: 'TLSv1.2' });

module.exports = { legacy, modern, old, cur };
`,
  ),
  ...js(
    "CWE-601",
    "part7 redirects to the Referer header and Koa ctx.redirect of a query value vs fixed targets",
    `const express = require('express');
const Koa = require('koa');
const app = express();
const koa = new Koa();

app.post('/vote', (req, res) => {
@@  res.redirect(req.get('Referer'));
});

app.post('/vote-home', (req, res) => {
@ok  res.redirect('/');
});

koa.use(async (ctx) => {
  if (ctx.path === '/go') {
@@    ctx.redirect(ctx.query.next);
  } else {
@ok    ctx.redirect('/home');
  }
});
`,
  ),
];

// --- part 8 (written after part 7 was measured, before reading the rules it touches): socket and IPC sources,
// legacy crypto names, render paths, mass assignment ---
const PART8: DevCase[] = [
  ...js(
    "CWE-78",
    "part8 raw TCP socket data into exec vs a fixed command per known verb",
    `const net = require('net');
const { exec } = require('child_process');

net
  .createServer((socket) => {
    socket.on('data', (buf) => {
      const line = buf.toString().trim();
@@      exec('ping -c 1 ' + line, (err, out) => socket.write(out));
      if (line === 'uptime') {
@ok        exec('uptime', (err, out) => socket.write(out));
      }
    });
  })
  .listen(7000);
`,
  ),
  ...js(
    "CWE-94",
    "part8 WebSocket message evaluated vs parsed as JSON",
    `const { WebSocketServer } = require('ws');
const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (ws) => {
  ws.on('message', (data) => {
@@    const result = eval(data.toString());
@ok    const msg = JSON.parse(data.toString());
    ws.send(JSON.stringify({ result, echo: msg.text }));
  });
});
`,
  ),
  ...js(
    "CWE-89",
    "part8 socket.io event payload into a SQL string vs placeholders",
    `const { Server } = require('socket.io');
const db = require('./db');
const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('history', async (room, ack) => {
@@    const rows = await db.query(\`SELECT * FROM messages WHERE room = '\${room}' ORDER BY ts DESC LIMIT 50\`);
@ok    const rows2 = await db.query('SELECT * FROM messages WHERE room = $1 ORDER BY ts DESC LIMIT 50', [room]);
    ack([rows, rows2]);
  });
});
`,
  ),
  ...js(
    "CWE-749",
    "part8 Electron preload exposing ipcRenderer whole vs named channels",
    `const { contextBridge, ipcRenderer } = require('electron');

@@contextBridge.exposeInMainWorld('ipc', ipcRenderer);
@ok contextBridge.exposeInMainWorld('api', { openFile: () => ipcRenderer.invoke('dialog:open') });
`,
  ),
  ...js(
    "CWE-327",
    "part8 legacy ciphers and signatures: DES / RC4 / ECB, RSA-SHA1 signing, 512-bit DH vs AES-GCM, SHA-256, 2048-bit",
    `const crypto = require('crypto');

function legacy(key, iv, data) {
@@  const a = crypto.createCipheriv('des-ede3-cbc', key, iv);
@@  const b = crypto.createCipheriv('rc4', key, null);
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
@ok  const d = crypto.createCipheriv('aes-256-gcm', key, iv);
  return [a, b, c, d].map((x) => x.update(data));
}

function signIt(pem, data) {
@@  return crypto.createSign('RSA-SHA1').update(data).sign(pem, 'base64');
}

function signIt2(pem, data) {
@ok  return crypto.createSign('SHA256').update(data).sign(pem, 'base64');
}

module.exports = { legacy, signIt, signIt2 };
`,
  ),
  ...js(
    "CWE-326",
    "part8 Diffie-Hellman and RSA keys too short vs adequate sizes",
    `const crypto = require('crypto');

@@const dh = crypto.createDiffieHellman(512);
@ok const dh2 = crypto.createDiffieHellman(2048);
@@const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
@ok const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });

module.exports = { dh, dh2, publicKey, pair };
`,
  ),
  ...js(
    "CWE-338",
    "part8 pseudoRandomBytes and Math.random tokens vs randomBytes",
    `const crypto = require('crypto');

function resetToken() {
@@  return crypto.pseudoRandomBytes(32).toString('hex');
}

function resetToken2() {
@@  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function resetToken3() {
@ok  return crypto.randomBytes(32).toString('hex');
}

module.exports = { resetToken, resetToken2, resetToken3 };
`,
  ),
  ...js(
    "CWE-295",
    "part8 NODE_TLS_REJECT_UNAUTHORIZED switched off vs a CA bundle",
    `if (process.env.DEV_PROXY) {
@@  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}
@ok process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/internal-ca.pem';
`,
  ),
  ...js(
    "CWE-22",
    "part8 res.render of a request-chosen view vs an allow-listed view",
    `const express = require('express');
const app = express();
app.set('view engine', 'ejs');

app.get('/page', (req, res) => {
@@  res.render(req.query.page, { user: req.user });
});

const PAGES = new Set(['about', 'pricing', 'faq']);
app.get('/page-safe', (req, res) => {
  const page = PAGES.has(req.query.page) ? req.query.page : 'about';
@ok  res.render(page, { user: req.user });
});
`,
  ),
  ...js(
    "CWE-915",
    "part8 mass assignment: request body into create / new Model / update vs picked fields",
    `const express = require('express');
const { User } = require('./models');
const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
@@  const user = await User.create(req.body);
  res.json(user);
});

app.post('/signup2', async (req, res) => {
@@  const user = new User(req.body);
  await user.save();
  res.json(user);
});

app.put('/me', async (req, res) => {
@@  await User.update(req.body, { where: { id: req.user.id } });
  res.sendStatus(204);
});

app.post('/signup-safe', async (req, res) => {
  const { email, name, password } = req.body;
@ok  const user = await User.create({ email, name, password });
  res.json(user);
});
`,
  ),
  ...js(
    "CWE-732",
    "part8 a file chmod-ed world-writable vs created owner-only",
    `const fs = require('fs');

function writeConfig(cfg) {
  fs.writeFileSync('/etc/app/config.json', JSON.stringify(cfg));
@@  fs.chmodSync('/etc/app/config.json', 0o666);
@ok  fs.writeFileSync('/etc/app/config2.json', JSON.stringify(cfg), { mode: 0o640 });
}

module.exports = { writeConfig };
`,
  ),
  ...js(
    "CWE-532",
    "part8 authorization header and card number logged vs a request id",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
@@  console.log('auth header', req.headers.authorization);
@ok  console.log('request', req.method, req.path);
  next();
});

app.post('/pay', (req, res) => {
@@  console.info(\`charging card \${req.body.cardNumber}\`);
  res.end();
});
`,
  ),
];

// --- part 9 (written after part 8 was measured, before reading the rules it touches): client-side frameworks'
// navigation and DOM attribute sinks ---
const PART9: DevCase[] = [
  ...ts(
    "CWE-601",
    "part9 Next.js client router push / Vue and Angular window.location from the query vs same-site checks",
    `'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

export function AfterLogin() {
  const router = useRouter();
  const params = useSearchParams();
  useEffect(() => {
    const next = params.get('next') ?? '/';
@@    window.location.href = next;
  }, [params]);
  useEffect(() => {
    const next = params.get('next') ?? '/';
@ok    router.push(next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/');
  }, [params, router]);
  return null;
}
`,
  ),
  ...js(
    "CWE-601",
    "part9 Vue component assigning window.location from $route.query vs $router.push of a named route",
    `export default {
  name: 'Continue',
  mounted() {
    const target = this.$route.query.redirect;
    if (target) {
@@      window.location.href = target;
    } else {
@ok      this.$router.push({ name: 'home' });
    }
  },
};
`,
  ),
  ...ts(
    "CWE-601",
    "part9 Angular component assigning window.location from the query map vs navigateByUrl of an app path",
    `import { Component, OnInit } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

@Component({ selector: 'app-return', template: '' })
export class ReturnComponent implements OnInit {
  constructor(private route: ActivatedRoute, private router: Router) {}
  ngOnInit() {
    const url = this.route.snapshot.queryParamMap.get('returnUrl');
    if (url) {
@@      window.location.href = url;
    } else {
@ok      this.router.navigateByUrl('/dashboard');
    }
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "part9 DOM attributes: event-handler attribute and javascript:-capable href from the query vs data attributes and checked URLs",
    `const q = new URLSearchParams(location.search);
const btn = document.getElementById('act');
@@btn.setAttribute('onclick', q.get('action'));
@ok btn.setAttribute('data-action', q.get('action'));

const link = document.getElementById('profile');
@@link.setAttribute('href', q.get('site'));
const site = q.get('site') || '';
@ok link.setAttribute('href', /^https:\\/\\//.test(site) ? site : '#');

const s = document.createElement('script');
@@s.src = q.get('callback_url');
document.head.appendChild(s);
`,
  ),
  ...js(
    "CWE-94",
    "part9 Worker script URL and dynamic import from the query vs fixed modules",
    `const q = new URLSearchParams(location.search);
@@const w = new Worker(q.get('worker'));
@ok const w2 = new Worker('/static/js/resize-worker.js');

async function loadPlugin() {
@@  const mod = await import(q.get('plugin'));
  return mod.default;
}

async function loadLocale() {
  const lang = ['en', 'fr', 'de'].includes(q.get('lang')) ? q.get('lang') : 'en';
@ok  const mod = await import(\`/locales/\${lang}.js\`);
  return mod.default;
}

export { w, w2, loadPlugin, loadLocale };
`,
  ),
];

// --- part 10 (written after part 9 was measured, before reading the rules it touches): sockets as SSRF, programs
// chosen by the request, destructive file calls ---
const PART10: DevCase[] = [
  ...js(
    "CWE-918",
    "part10 net.connect / tls.connect / WebSocket to a request-chosen host vs a fixed host",
    `const express = require('express');
const net = require('net');
const tls = require('tls');
const WebSocket = require('ws');
const app = express();

app.get('/probe', (req, res) => {
@@  const sock = net.connect(Number(req.query.port), req.query.host, () => sock.end());
  sock.on('close', () => res.end());
});

app.get('/probe-tls', (req, res) => {
@@  const s = tls.connect({ host: req.query.host, port: 443, servername: req.query.host }, () => s.end());
@ok  const s2 = tls.connect({ host: 'status.example.com', port: 443 }, () => s2.end());
  res.end();
});

app.get('/relay', (req, res) => {
@@  const ws = new WebSocket(req.query.url);
@ok  const ws2 = new WebSocket('wss://events.example.com/stream?topic=' + encodeURIComponent(req.query.topic));
  res.end();
});
`,
  ),
  ...js(
    "CWE-78",
    "part10 the program itself chosen by the request vs a fixed program",
    `const express = require('express');
const { execFileSync, spawn } = require('child_process');
const app = express();

app.get('/tool', (req, res) => {
@@  const out = execFileSync(req.query.tool, ['--version']).toString();
  res.send(out);
});

const TOOLS = { node: 'node', git: 'git' };
app.get('/tool-safe', (req, res) => {
  const bin = Object.hasOwn(TOOLS, req.query.tool) ? TOOLS[req.query.tool] : 'node';
@ok  const out = execFileSync(bin, ['--version']).toString();
  res.send(out);
});

app.post('/run', (req, res) => {
@@  spawn(req.body.cmd, req.body.args).on('close', (code) => res.json({ code }));
});
`,
  ),
  ...js(
    "CWE-22",
    "part10 rmSync / unlink / symlink / copyFile with request paths vs basename and a fixed target",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
const ROOT = '/srv/files';

app.delete('/dir', (req, res) => {
@@  fs.rmSync(path.join(ROOT, req.query.dir), { recursive: true, force: true });
@ok  fs.rmSync(path.join(ROOT, path.basename(req.query.dir)), { recursive: true, force: true });
  res.sendStatus(204);
});

app.delete('/file', async (req, res) => {
@@  await fs.promises.unlink(ROOT + '/' + req.params.name);
  res.sendStatus(204);
});

app.post('/link', (req, res) => {
@@  fs.symlinkSync(req.body.target, path.join(ROOT, 'current'));
  res.sendStatus(201);
});

app.post('/copy', (req, res) => {
@@  fs.copyFileSync(path.join(ROOT, 'template.txt'), req.body.dest);
@ok  fs.copyFileSync(path.join(ROOT, 'template.txt'), path.join(ROOT, 'copies', path.basename(req.body.dest)));
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-538",
    "part10 express.static of the application's own directory vs a public folder",
    `const express = require('express');
const path = require('path');
const app = express();

@@app.use(express.static(__dirname));
@ok app.use(express.static(path.join(__dirname, 'public')));
`,
  ),
];

export const BATCH132: DevCase[] = [
  ...PART1,
  ...PART2,
  ...PART3,
  ...PART4,
  ...PART5,
  ...PART6,
  ...PART7,
  ...PART8,
  ...PART9,
  ...PART10,
];
