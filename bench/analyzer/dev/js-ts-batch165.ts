// Dev suite "js-ts", batch 165: almost-right fixes written the way a coding assistant answers, written blind
// (before reading the rules or the data flow of the area). Each answer attempts the secure pattern and gets it
// subtly wrong, beside the version that gets it right: parameterised SQL with the identifier, ORDER BY or LIMIT
// still in a template literal (vs an allow-list), knex.raw with ${} vs ??, Prisma $queryRawUnsafe vs the tagged
// $queryRaw; execFile with shell: true, a blacklist regex that misses $(), shell-quote on one argument of two,
// option injection through spawn arguments (vs "--"); path checks without the separator, decoded after the
// check, normalize without containment, includes('..') before path.resolve; DOMPurify output in an attribute,
// escape-html in a script block or a javascript: href, marked() into dangerouslySetInnerHTML, encodeURIComponent
// as an HTML escaper; redirect and SSRF host checks by prefix, substring or suffix; jwt.decode as verification,
// ignoreExpiration; === on signatures, Math.random tokens, weak work factors, constant salts; cookie, CORS,
// helmet and resource-limit settings one flag short; prototype-pollution guards that stop __proto__ but not
// constructor.prototype; vm as a sandbox; js-yaml 4 (load is safe by default; the JS types are opt-in).
// Object.assign({}, JSON.parse(x)) is labelled clean: its __proto__ key replaces the copy's own prototype and
// reaches no shared prototype.
import type { Language } from "../../../src/analyzer/types.js";
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch165", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch165", cwe, note, src, "typescript");
const languageOf = (file: string): Language =>
  /\.(?:ts|mts|cts|tsx)$/.test(file) ? "typescript" : "javascript";
const kind = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch165", cwe, `${file}: ${note}`, src, languageOf(file)).map((c) => ({ ...c, file }));

export const BATCH165: DevCase[] = [
  ...ts(
    "CWE-89",
    "pg repository: ORDER BY / OFFSET in the template beside $1 parameters vs an allow-list map and a parsed integer",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';
import { z } from 'zod';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const router = express.Router();

const listQuery = z.object({
  orgId: z.coerce.number().int(),
  sort: z.string().default('created_at'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  offset: z.string().default('0'),
});

const SORT_COLUMNS = new Map<string, string>([
  ['name', 'name'],
  ['created', 'created_at'],
  ['updated', 'updated_at'],
]);

export async function listProjects(orgId: number, sort: string, dir: 'asc' | 'desc') {
  const { rows } = await pool.query(
@@    \`SELECT id, name, created_at FROM projects WHERE org_id = $1 ORDER BY \${sort} \${dir}\`,
    [orgId],
  );
  return rows;
}

export async function listProjectsSafe(orgId: number, sortKey: string, dir: 'asc' | 'desc') {
  const column = SORT_COLUMNS.get(sortKey) ?? 'created_at';
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await pool.query(
@ok    \`SELECT id, name, created_at FROM projects WHERE org_id = $1 ORDER BY \${column} \${direction}\`,
    [orgId],
  );
  return rows;
}

export async function auditPage(orgId: number, offset: string) {
@@  return pool.query(\`SELECT * FROM audit_log WHERE org_id = $1 ORDER BY id OFFSET \${offset} LIMIT 20\`, [orgId]);
}

export async function auditPageSafe(orgId: number, offset: string) {
  const n = Number.parseInt(offset, 10);
  const start = Number.isSafeInteger(n) && n > 0 ? n : 0;
@ok  return pool.query(\`SELECT * FROM audit_log WHERE org_id = $1 ORDER BY id OFFSET \${start} LIMIT 20\`, [orgId]);
}

router.get('/projects', async (req: Request, res: Response) => {
  const q = listQuery.parse(req.query);
  res.json(req.query.v === '2' ? await listProjectsSafe(q.orgId, q.sort, q.dir) : await listProjects(q.orgId, q.sort, q.dir));
});

router.get('/audit', async (req: Request, res: Response) => {
  const q = listQuery.parse(req.query);
  const a = await auditPage(q.orgId, q.offset);
  const b = await auditPageSafe(q.orgId, q.offset);
  res.json({ a: a.rows, b: b.rows });
});
`,
  ),
  ...js(
    "CWE-89",
    "knex: raw() with ${} identifiers vs ?? bindings, orderByRaw / whereRaw with template literals vs bindings",
    `const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();
app.use(express.json());

async function findByColumn(table, column, value) {
@@  return knex.raw(\`SELECT * FROM \${table} WHERE \${column} = ?\`, [value]);
}

async function findByColumnSafe(table, column, value) {
@ok  return knex.raw('SELECT * FROM ?? WHERE ?? = ?', [table, column, value]);
}

app.get('/customers', async (req, res) => {
  const { field = 'email', value } = req.query;
  const result = req.query.v === '2'
    ? await findByColumnSafe('customers', field, value)
    : await findByColumn('customers', field, value);
  res.json(result.rows);
});

app.get('/orders', async (req, res) => {
  const { status, sort = 'created_at' } = req.query;
  const rows = await knex('orders')
    .where({ status })
@@    .orderByRaw(\`\${sort} DESC NULLS LAST\`)
    .limit(50);
  res.json(rows);
});

app.get('/orders/v2', async (req, res) => {
  const allowed = { created: 'created_at', total: 'total_cents' };
  const column = Object.hasOwn(allowed, req.query.sort) ? allowed[req.query.sort] : 'created_at';
@ok  const rows = await knex('orders').where({ status: req.query.status }).orderBy(column, 'desc').limit(50);
  res.json(rows);
});

app.get('/search', async (req, res) => {
  const term = String(req.query.q || '');
@@  const rows = await knex('products').whereRaw(\`name ILIKE '%\${term}%'\`).limit(50);
  res.json(rows);
});

app.get('/search/v2', async (req, res) => {
  const term = String(req.query.q || '').replace(/[%_\\\\]/g, (c) => '\\\\' + c);
@ok  const rows = await knex('products').whereRaw('name ILIKE ?', [\`%\${term}%\`]).limit(50);
  res.json(rows);
});

app.get('/stats', async (req, res) => {
@@  const rows = await knex.select(knex.raw(\`count(*) filter (where region = '\${req.query.region}') as n\`)).from('sales');
  res.json(rows);
});

app.get('/stats/v2', async (req, res) => {
@ok  const rows = await knex.select(knex.raw('count(*) filter (where region = ?) as n', [req.query.region])).from('sales');
  res.json(rows);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "Prisma: $queryRawUnsafe / $executeRawUnsafe with template literals and Prisma.raw vs the tagged $queryRaw, Prisma.sql and Prisma.join",
    `import { Prisma, PrismaClient } from '@prisma/client';
import { NextRequest, NextResponse } from 'next/server';

const prisma = new PrismaClient();

export async function searchUsers(email: string) {
@@  return prisma.$queryRawUnsafe(\`SELECT id, email FROM "User" WHERE email ILIKE '%\${email}%'\`);
}

export async function searchUsersSafe(email: string) {
@ok  return prisma.$queryRaw\`SELECT id, email FROM "User" WHERE email ILIKE \${'%' + email + '%'}\`;
}

export async function searchUsersPositional(email: string) {
@ok  return prisma.$queryRawUnsafe('SELECT id, email FROM "User" WHERE email ILIKE $1', \`%\${email}%\`);
}

export async function renameUser(id: number, name: string) {
@@  return prisma.$executeRawUnsafe(\`UPDATE "User" SET name = '\${name}' WHERE id = \${id}\`);
}

export async function renameUserSafe(id: number, name: string) {
@ok  return prisma.$executeRaw\`UPDATE "User" SET name = \${name} WHERE id = \${id}\`;
}

export async function postsSorted(sort: string) {
@@  return prisma.$queryRaw\`SELECT * FROM "Post" ORDER BY \${Prisma.raw(sort)} DESC\`;
}

const POST_SORT = new Map([
  ['new', Prisma.sql\`"createdAt"\`],
  ['top', Prisma.sql\`"score"\`],
]);

export async function postsSortedSafe(sort: string) {
  const order = POST_SORT.get(sort) ?? Prisma.sql\`"createdAt"\`;
@ok  return prisma.$queryRaw\`SELECT * FROM "Post" ORDER BY \${order} DESC\`;
}

export async function postsByIds(ids: string[]) {
@ok  return prisma.$queryRaw\`SELECT * FROM "Post" WHERE id IN (\${Prisma.join(ids)})\`;
}

export async function postsByIdsUnsafe(ids: string[]) {
@@  return prisma.$queryRawUnsafe(\`SELECT * FROM "Post" WHERE id IN (\${ids.map((i) => \`'\${i}'\`).join(',')})\`);
}

export async function GET(req: NextRequest) {
  const p = req.nextUrl.searchParams;
  const email = p.get('email') ?? '';
  const sort = p.get('sort') ?? 'new';
  const ids = p.getAll('id');
  const found = await Promise.all([
    searchUsers(email),
    searchUsersSafe(email),
    searchUsersPositional(email),
    postsSorted(sort),
    postsSortedSafe(sort),
    postsByIds(ids),
    postsByIdsUnsafe(ids),
  ]);
  return NextResponse.json(found);
}

export async function PATCH(req: NextRequest) {
  const body = (await req.json()) as { id: number; name: string };
  await renameUser(body.id, body.name);
  await renameUserSafe(body.id, body.name);
  return NextResponse.json({ ok: true });
}
`,
  ),
  ...js(
    "CWE-89",
    "mysql2 and Sequelize under Fastify: IN lists joined from the body vs numbers or ? arrays, one value escaped of two, replacements",
    `const mysql = require('mysql2/promise');
const { Sequelize, QueryTypes } = require('sequelize');
const fastify = require('fastify')({ logger: true });

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
const sequelize = new Sequelize(process.env.MYSQL_URL);

fastify.post('/cart/items', async (request) => {
  const { ids } = request.body;
@@  const [rows] = await pool.query(\`SELECT * FROM items WHERE id IN (\${ids.join(',')})\`);
  return rows;
});

fastify.post('/cart/items/v2', async (request) => {
  const ids = request.body.ids.map(Number).filter(Number.isInteger);
  if (!ids.length) return [];
@ok  const [rows] = await pool.query(\`SELECT * FROM items WHERE id IN (\${ids.join(',')})\`);
  return rows;
});

fastify.post('/cart/items/v3', async (request) => {
  const { ids } = request.body;
@ok  const [rows] = await pool.query('SELECT * FROM items WHERE id IN (?)', [ids]);
  return rows;
});

fastify.get('/users/:id', async (request) => {
@ok  const [rows] = await pool.execute('SELECT id, name FROM users WHERE id = ?', [request.params.id]);
  return rows[0];
});

fastify.get('/users/by-name', async (request) => {
  const { first, last } = request.query;
@@  const [rows] = await pool.query('SELECT id FROM users WHERE first = ' + pool.escape(first) + " AND last = '" + last + "'");
  return rows;
});

fastify.get('/users/by-name/v2', async (request) => {
  const { first, last } = request.query;
@ok  const [rows] = await pool.query('SELECT id FROM users WHERE first = ' + pool.escape(first) + ' AND last = ' + pool.escape(last));
  return rows;
});

fastify.get('/reports', async (request) => {
  const { from, to } = request.query;
@@  return sequelize.query(\`SELECT * FROM reports WHERE created_at BETWEEN '\${from}' AND '\${to}'\`, { type: QueryTypes.SELECT });
});

fastify.get('/reports/v2', async (request) => {
  const { from, to } = request.query;
@ok  return sequelize.query('SELECT * FROM reports WHERE created_at BETWEEN :from AND :to', {
    replacements: { from, to },
    type: QueryTypes.SELECT,
  });
});

fastify.listen({ port: 3000 });
`,
  ),
  ...ts(
    "CWE-89",
    "table names: an unanchored regex vs a Set, pg-format %I/%L vs %s, escapeIdentifier vs quote-doubling with the column left raw",
    `import { Router } from 'express';
import format from 'pg-format';
import { Pool } from 'pg';

const pool = new Pool();
export const admin = Router();

const EXPORTABLE = new Set(['invoices', 'customers', 'payments']);

async function dumpTable(table: string) {
  if (!/[a-z_]+/.test(table)) throw new Error('invalid table');
@@  return pool.query(\`SELECT * FROM \${table} LIMIT 1000\`);
}

async function dumpTableChecked(table: string) {
  if (!EXPORTABLE.has(table)) throw new Error('invalid table');
@ok  return pool.query(\`SELECT * FROM \${table} LIMIT 1000\`);
}

async function dumpSince(table: string, since: string) {
@ok  return pool.query(format('SELECT * FROM %I WHERE updated_at > %L LIMIT 1000', table, since));
}

async function dumpSinceWrong(table: string, since: string) {
@@  return pool.query(format('SELECT * FROM %I WHERE updated_at > %s LIMIT 1000', table, since));
}

async function countRows(table: string) {
  const client = await pool.connect();
  try {
@ok    return await client.query(\`SELECT count(*) FROM \${client.escapeIdentifier(table)}\`);
  } finally {
    client.release();
  }
}

async function countWhere(table: string, column: string, value: string) {
  const ident = table.replace(/"/g, '""');
@@  return pool.query(\`SELECT count(*) FROM "\${ident}" WHERE \${column} = $1\`, [value]);
}

admin.get('/export/:table', async (req, res) => {
  const { table } = req.params;
  const since = String(req.query.since ?? '1970-01-01');
  res.json({
    a: (await dumpTable(table)).rows,
    b: (await dumpTableChecked(table)).rows,
    c: (await dumpSince(table, since)).rows,
    d: (await dumpSinceWrong(table, since)).rows,
    e: (await countRows(table)).rows,
    f: (await countWhere(table, String(req.query.column), String(req.query.value))).rows,
  });
});
`,
  ),
  ...js(
    "CWE-78",
    "Express file tools: execFile with shell: true, shell-quote / shell-escape on one argument of two, a blacklist regex without $(), an unanchored allow-list, JSON.stringify as quoting vs real single-quote escaping",
    `const express = require('express');
const net = require('net');
const path = require('path');
const { exec, execFile, spawn } = require('child_process');
const { quote } = require('shell-quote');
const shellescape = require('shell-escape');

const app = express();
app.use(express.json());
const UPLOAD_DIR = '/srv/uploads';

app.post('/thumbnail', (req, res) => {
  const input = path.join(UPLOAD_DIR, path.basename(req.body.file));
@@  execFile('convert', [input, '-resize', req.body.size, input + '.thumb.png'], { shell: true }, (err) => {
    res.status(err ? 500 : 201).end();
  });
});

app.post('/thumbnail/v2', (req, res) => {
  const input = path.join(UPLOAD_DIR, path.basename(req.body.file));
  const size = /^\\d{1,4}x\\d{1,4}$/.test(req.body.size) ? req.body.size : '128x128';
@ok  execFile('convert', [input, '-resize', size, input + '.thumb.png'], (err) => {
    res.status(err ? 500 : 201).end();
  });
});

app.post('/archive', (req, res) => {
  const { name, dir } = req.body;
@@  exec(\`tar -czf \${quote([name + '.tgz'])} \${dir}\`, { cwd: UPLOAD_DIR }, (err) => res.status(err ? 500 : 201).end());
});

app.post('/archive/v2', (req, res) => {
  const { name, dir } = req.body;
@ok  exec(\`tar -czf \${quote([name + '.tgz', '--', path.basename(dir)])}\`, { cwd: UPLOAD_DIR }, (err) => res.status(err ? 500 : 201).end());
});

app.get('/git/log', (req, res) => {
  const branch = req.query.branch;
@@  exec('git log --oneline ' + shellescape(['-n', '20']) + ' ' + branch, { cwd: '/srv/repo' }, (err, out) => res.type('text/plain').send(out));
});

app.get('/git/log/v2', (req, res) => {
  const branch = String(req.query.branch);
  if (branch.startsWith('-')) return res.status(400).end();
@ok  exec('git log --oneline -n 20 ' + shellescape([branch]) + ' --', { cwd: '/srv/repo' }, (err, out) => res.type('text/plain').send(out));
});

app.get('/convert', (req, res) => {
  const file = String(req.query.file);
  if (/[;&|<>]/.test(file)) return res.status(400).send('bad name');
@@  exec(\`convert \${file} \${file}.pdf\`, { cwd: UPLOAD_DIR }, (err) => res.status(err ? 500 : 200).end());
});

app.get('/convert/v2', (req, res) => {
  const file = String(req.query.file);
  if (!/^[\\w.-]+$/.test(file) || file.startsWith('-')) return res.status(400).send('bad name');
@ok  exec(\`convert \${file} \${file}.pdf\`, { cwd: UPLOAD_DIR }, (err) => res.status(err ? 500 : 200).end());
});

app.get('/ping', (req, res) => {
  const host = String(req.query.host);
  if (!/[a-zA-Z0-9.-]+/.test(host)) return res.status(400).end();
@@  exec(\`ping -c 1 \${host}\`, (err, out) => res.type('text/plain').send(out));
});

app.get('/ping/v2', (req, res) => {
  const host = String(req.query.host);
  if (!net.isIP(host)) return res.status(400).end();
@ok  exec(\`ping -c 1 \${host}\`, (err, out) => res.type('text/plain').send(out));
});

app.post('/notify', (req, res) => {
@@  exec(\`notify-send \${JSON.stringify(req.body.message)}\`, () => res.end());
});

app.post('/notify/v2', (req, res) => {
  const msg = String(req.body.message);
@ok  exec(\`notify-send -- '\${msg.replace(/'/g, "'\\\\''")}'\`, () => res.end());
});

app.post('/audio', (req, res) => {
  const file = path.join(UPLOAD_DIR, path.basename(String(req.body.file)));
@@  const child = spawn(\`ffmpeg -i \${file} -f mp3 pipe:1\`, { shell: true });
  child.stdout.pipe(res);
});

app.post('/audio/v2', (req, res) => {
  const file = path.join(UPLOAD_DIR, path.basename(String(req.body.file)));
@ok  const child = spawn('ffmpeg', ['-i', file, '-f', 'mp3', 'pipe:1']);
  child.stdout.pipe(res);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS service: promisified exec with a dig domain vs a strict hostname regex, a character blacklist missing $(), double quotes around input vs execFileSync",
    `import { BadRequestException, Controller, Get, Injectable, Query } from '@nestjs/common';
import { exec as execCb, execFileSync, execSync } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execCb);
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$/i;

@Injectable()
export class DnsService {
  async lookup(domain: string) {
@@    const { stdout } = await exec(\`dig +short \${domain}\`);
    return stdout;
  }

  async lookupSafe(domain: string) {
    if (!HOSTNAME.test(domain)) throw new BadRequestException('invalid domain');
@ok    const { stdout } = await exec(\`dig +short \${domain}\`);
    return stdout;
  }

  whois(domain: string) {
@ok    return execFileSync('whois', ['--', domain], { encoding: 'utf8', timeout: 5000 });
  }

  whoisShell(domain: string) {
    const cleaned = domain.replace(/[;&|\`]/g, '');
@@    return execSync('whois ' + cleaned, { encoding: 'utf8' });
  }

  traceroute(host: string) {
@@    return execSync(\`traceroute "\${host}"\`, { encoding: 'utf8', timeout: 10000 });
  }

  tracerouteSafe(host: string) {
@ok    return execFileSync('traceroute', ['--', host], { encoding: 'utf8', timeout: 10000 });
  }
}

@Controller('net')
export class NetController {
  constructor(private readonly dns: DnsService) {}

  @Get('dig')
  dig(@Query('domain') domain: string) {
    return this.dns.lookup(domain);
  }

  @Get('dig2')
  dig2(@Query('domain') domain: string) {
    return this.dns.lookupSafe(domain);
  }

  @Get('whois')
  whois(@Query('domain') domain: string) {
    return this.dns.whois(domain);
  }

  @Get('whois2')
  whois2(@Query('domain') domain: string) {
    return this.dns.whoisShell(domain);
  }

  @Get('trace')
  trace(@Query('host') host: string) {
    return this.dns.traceroute(host);
  }

  @Get('trace2')
  trace2(@Query('host') host: string) {
    return this.dns.tracerouteSafe(host);
  }
}
`,
  ),
  ...ts(
    "CWE-88",
    'spawn / execFile without a shell but with request data where an option may go: git clone, rg, git diff, tar file lists vs "--", -e and ./ prefixes',
    `import express from 'express';
import path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { z } from 'zod';

const app = express();
app.use(express.json({ limit: '10kb' }));

const cloneBody = z.object({ repo: z.string().min(1), dest: z.string().regex(/^[\\w-]+$/) });

app.post('/clone', (req, res) => {
  const { repo, dest } = cloneBody.parse(req.body);
@@  const git = spawn('git', ['clone', '--depth', '1', repo, \`/srv/checkouts/\${dest}\`]);
  git.on('close', (code) => res.json({ code }));
});

app.post('/clone/v2', (req, res) => {
  const { repo, dest } = cloneBody.parse(req.body);
@ok  const git = spawn('git', ['clone', '--depth', '1', '--', repo, \`/srv/checkouts/\${dest}\`]);
  git.on('close', (code) => res.json({ code }));
});

app.get('/search', (req, res) => {
  const pattern = String(req.query.q ?? '');
@@  execFile('rg', ['--json', pattern, '/srv/docs'], (err, out) => res.type('application/json').send(out));
});

app.get('/search/v2', (req, res) => {
  const pattern = String(req.query.q ?? '');
@ok  execFile('rg', ['--json', '-e', pattern, '--', '/srv/docs'], (err, out) => res.type('application/json').send(out));
});

app.get('/diff', (req, res) => {
  const { from, to } = req.query as Record<string, string>;
@@  execFile('git', ['diff', from, to], { cwd: '/srv/repo' }, (err, out) => res.type('text/plain').send(out));
});

app.get('/diff/v2', (req, res) => {
  const { from, to } = req.query as Record<string, string>;
  const ref = /^[0-9a-f]{7,40}$/;
  if (!ref.test(from) || !ref.test(to)) return res.status(400).end();
@ok  execFile('git', ['diff', from, to], { cwd: '/srv/repo' }, (err, out) => res.type('text/plain').send(out));
});

app.post('/bundle', (req, res) => {
  const files: string[] = req.body.files;
@@  execFile('tar', ['-czf', '/srv/bundles/out.tgz', ...files], { cwd: '/srv/uploads' }, (err) => res.status(err ? 500 : 204).end());
});

app.post('/bundle/v2', (req, res) => {
  const files = (req.body.files as string[]).map((f) => './' + path.basename(f));
@ok  execFile('tar', ['-czf', '/srv/bundles/out.tgz', ...files], { cwd: '/srv/uploads' }, (err) => res.status(err ? 500 : 204).end());
});

export default app;
`,
  ),
  ...js(
    "CWE-88",
    "option checks: startsWith('--') misses -O, ssh host first vs user@host, git grep with -e and --",
    `const express = require('express');
const { spawn } = require('child_process');

const app = express();
app.use(express.json());

app.get('/grep', (req, res) => {
  const term = String(req.query.term);
  if (term.startsWith('--')) return res.status(400).send('no options');
@@  const git = spawn('git', ['grep', '-n', term], { cwd: '/srv/repo' });
  git.stdout.pipe(res.type('text/plain'));
});

app.get('/grep/v2', (req, res) => {
  const term = String(req.query.term);
@ok  const git = spawn('git', ['grep', '-n', '-e', term, '--'], { cwd: '/srv/repo' });
  git.stdout.pipe(res.type('text/plain'));
});

app.get('/grep/v3', (req, res) => {
  const term = String(req.query.term);
  if (term.startsWith('-')) return res.status(400).send('no options');
@ok  const git = spawn('git', ['grep', '-n', term], { cwd: '/srv/repo' });
  git.stdout.pipe(res.type('text/plain'));
});

app.post('/uptime', (req, res) => {
  const { host } = req.body;
@@  const ssh = spawn('ssh', ['-o', 'BatchMode=yes', host, 'uptime']);
  ssh.stdout.pipe(res);
});

app.post('/uptime/v2', (req, res) => {
  const { host } = req.body;
@ok  const ssh = spawn('ssh', ['-o', 'BatchMode=yes', \`deploy@\${host}\`, 'uptime']);
  ssh.stdout.pipe(res);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-22",
    "Express file routes: startsWith(root) without the separator, a check before decodeURIComponent, normalize without containment, includes('..') before path.resolve, an unanchored zod regex vs the right versions",
    `import express from 'express';
import path from 'node:path';
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { z } from 'zod';

const app = express();
const ROOT = path.resolve('/srv/files');

app.get('/files/:name', async (req, res) => {
  const full = path.resolve(ROOT, req.params.name);
  if (!full.startsWith(ROOT)) return res.status(403).end();
@@  res.type('application/octet-stream').send(await fs.readFile(full));
});

app.get('/v2/files/:name', async (req, res) => {
  const full = path.resolve(ROOT, req.params.name);
  if (!full.startsWith(ROOT + path.sep)) return res.status(403).end();
@ok  res.type('application/octet-stream').send(await fs.readFile(full));
});

app.get('/v3/files/*', (req, res, next) => {
  const rel = path.relative(ROOT, path.resolve(ROOT, req.params[0]));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.status(403).end();
@ok  createReadStream(path.join(ROOT, rel)).on('error', next).pipe(res);
});

app.use('/static', (req, res, next) => {
  const target = path.join(ROOT, req.path);
  if (!target.startsWith(ROOT + path.sep)) return res.status(403).end();
@@  createReadStream(decodeURIComponent(target)).on('error', next).pipe(res);
});

app.use('/static2', (req, res, next) => {
  const target = path.join(ROOT, decodeURIComponent(req.path));
  if (!target.startsWith(ROOT + path.sep)) return res.status(403).end();
@ok  createReadStream(target).on('error', next).pipe(res);
});

app.get('/docs', async (req, res) => {
  const name = path.normalize(String(req.query.name));
@@  res.type('text/plain').send(await fs.readFile(path.join(ROOT, 'docs', name), 'utf8'));
});

app.get('/docs/v2', async (req, res) => {
  const name = path.normalize('/' + String(req.query.name)).slice(1);
@ok  res.type('text/plain').send(await fs.readFile(path.join(ROOT, 'docs', name), 'utf8'));
});

app.get('/download', (req, res) => {
  const name = String(req.query.file);
  if (name.includes('..')) return res.status(400).end();
@@  res.download(path.resolve(ROOT, name));
});

app.get('/download/v2', (req, res) => {
  const name = String(req.query.file);
  if (name.includes('..')) return res.status(400).end();
@ok  res.download(path.join(ROOT, name));
});

const invoiceQuery = z.object({ file: z.string().regex(/[\\w-]+\\.pdf/) });
const invoiceQueryStrict = z.object({ file: z.string().regex(/^[\\w-]+\\.pdf$/) });

app.get('/invoices', (req, res) => {
  const { file } = invoiceQuery.parse(req.query);
@@  res.sendFile(path.join(ROOT, 'invoices', file));
});

app.get('/invoices/v2', (req, res) => {
  const { file } = invoiceQueryStrict.parse(req.query);
@ok  res.sendFile(path.join(ROOT, 'invoices', file));
});

app.get('/avatars/:file', (req, res) => {
@ok  res.sendFile(req.params.file, { root: path.join(ROOT, 'avatars') });
});

export default app;
`,
  ),
  ...js(
    "CWE-22",
    "uploads and deletes: replace('../') once over, indexOf(root) === 0 without the separator, a log name with a suffix vs basename, a list and path.relative",
    `const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const DEST = '/srv/uploads';

app.post('/upload', upload.single('file'), (req, res) => {
  const name = req.body.name.replace(/\\.\\.\\//g, '');
@@  fs.writeFileSync(path.join(DEST, name), req.file.buffer);
  res.status(201).end();
});

app.post('/upload/v2', upload.single('file'), (req, res) => {
  const name = path.basename(req.body.name);
@ok  fs.writeFileSync(path.join(DEST, name), req.file.buffer);
  res.status(201).end();
});

app.get('/logs/:service', (req, res) => {
  const file = path.join('/var/log/app', req.params.service + '.log');
@@  fs.createReadStream(file).pipe(res.type('text/plain'));
});

const SERVICES = ['api', 'worker', 'scheduler'];
app.get('/v2/logs/:service', (req, res) => {
  if (!SERVICES.includes(req.params.service)) return res.sendStatus(404);
@ok  fs.createReadStream(path.join('/var/log/app', req.params.service + '.log')).pipe(res.type('text/plain'));
});

app.delete('/files', (req, res) => {
  const target = path.normalize(path.join(DEST, String(req.query.path)));
  if (target.indexOf(DEST) !== 0) return res.sendStatus(403);
@@  fs.rmSync(target, { recursive: true, force: true });
  res.sendStatus(204);
});

app.delete('/v2/files', (req, res) => {
  const target = path.resolve(DEST, String(req.query.path));
  const rel = path.relative(DEST, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return res.sendStatus(403);
@ok  fs.rmSync(target, { recursive: true, force: true });
  res.sendStatus(204);
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-79",
    "Express HTML: one value escaped of two, DOMPurify output in an attribute, escape-html in a script block and a javascript: href, encodeURIComponent inside a script string vs the right encoders",
    `const express = require('express');
const escapeHtml = require('escape-html');
const DOMPurify = require('isomorphic-dompurify');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/profile', (req, res) => {
  const { name, bio } = req.query;
@@  res.send(\`<section><h2>\${escapeHtml(name)}</h2><p>\${bio}</p></section>\`);
});

app.get('/profile/v2', (req, res) => {
  const { name, bio } = req.query;
@ok  res.send(\`<section><h2>\${escapeHtml(name)}</h2><p>\${escapeHtml(bio)}</p></section>\`);
});

app.get('/avatar', (req, res) => {
  const alt = req.query.alt;
@@  res.send('<img src="/img/me.png" alt="' + DOMPurify.sanitize(alt) + '">');
});

app.get('/avatar/v2', (req, res) => {
@ok  res.send('<img src="/img/me.png" alt="' + escapeHtml(req.query.alt) + '">');
});

app.get('/widget', (req, res) => {
  const id = req.query.id;
@@  res.send(\`<div id="w"></div><script>initWidget(\${escapeHtml(id)});</script>\`);
});

app.get('/widget/v2', (req, res) => {
  const config = { id: String(req.query.id) };
@ok  res.send(\`<div id="w"></div><script>initWidget(\${JSON.stringify(config).replace(/</g, '\\\\u003c')});</script>\`);
});

app.get('/link', (req, res) => {
  const url = req.query.url;
@@  res.send(\`<a href="\${escapeHtml(url)}">Continue</a>\`);
});

app.get('/link/v2', (req, res) => {
  const url = new URL(String(req.query.url), 'https://example.com');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return res.status(400).end();
@ok  res.send(\`<a href="\${escapeHtml(url.href)}">Continue</a>\`);
});

app.get('/search', (req, res) => {
  const q = req.query.q;
@@  res.send(\`<script>window.__QUERY__ = '\${encodeURIComponent(q)}';</script><div id="results"></div>\`);
});

app.get('/search/v2', (req, res) => {
  const q = String(req.query.q);
@ok  res.send(\`<a href="/search?q=\${encodeURIComponent(q)}">Search again</a>\`);
});

app.post('/preview', (req, res) => {
@ok  res.send(\`<article>\${DOMPurify.sanitize(req.body.html)}</article>\`);
});

app.post('/preview/v2', (req, res) => {
  const html = String(req.body.html).replace(/<script[\\s\\S]*?<\\/script>/gi, '');
@@  res.send(\`<article>\${html}</article>\`);
});

module.exports = app;
`,
  ),
  ...kind(
    "PostView.tsx",
    "CWE-79",
    "React: marked() output into dangerouslySetInnerHTML vs DOMPurify.sanitize(marked()), a stored website in href vs a scheme check, innerHTML with a script-stripping regex vs textContent",
    `import React from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { useQuery } from '@tanstack/react-query';

type Post = { id: string; title: string; body: string; website: string };

async function fetchPost(id: string): Promise<Post> {
  const res = await fetch(\`/api/posts/\${encodeURIComponent(id)}\`);
  return res.json();
}

export function PostView({ id }: { id: string }) {
  const { data } = useQuery({ queryKey: ['post', id], queryFn: () => fetchPost(id) });
  if (!data) return null;
  return (
    <article>
      <h1>{data.title}</h1>
@@      <div className="prose" dangerouslySetInnerHTML={{ __html: marked.parse(data.body) as string }} />
@ok      <div className="prose" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(data.body) as string) }} />
@@      <a href={data.website}>Author's site</a>
@ok      <a href={/^https?:\\/\\//i.test(data.website) ? data.website : '#'}>Author's site</a>
    </article>
  );
}

export function Preview() {
  const params = new URLSearchParams(window.location.search);
  const md = params.get('md') ?? '';
  const html = marked(md) as string;
  const clean = DOMPurify.sanitize(html);
  return (
    <>
@@      <div dangerouslySetInnerHTML={{ __html: html }} />
@ok      <div dangerouslySetInnerHTML={{ __html: clean }} />
@ok      <pre>{md}</pre>
    </>
  );
}

export function renderComment(el: HTMLElement, comment: string) {
@@  el.innerHTML = comment.replace(/<script[^>]*>[\\s\\S]*?<\\/script>/gi, '');
}

export function renderCommentSafe(el: HTMLElement, comment: string) {
@ok  el.textContent = comment;
}

const hash = decodeURIComponent(window.location.hash.slice(1));
renderComment(document.getElementById('comment')!, hash);
renderCommentSafe(document.getElementById('comment-safe')!, hash);
`,
  ),
  ...ts(
    "CWE-79",
    "Next.js route handlers and Fastify: a class attribute from the query beside an escaped name, '<' replaced but not '\"' in a value attribute vs an allow-list and he.encode",
    `import { NextRequest } from 'next/server';
import escapeHtml from 'escape-html';
import Fastify from 'fastify';
import he from 'he';

export async function GET(req: NextRequest) {
  const name = req.nextUrl.searchParams.get('name') ?? 'friend';
  const theme = req.nextUrl.searchParams.get('theme') ?? 'light';
@@  return new Response(\`<!doctype html><body class="\${theme}"><p>Hello \${escapeHtml(name)}</p></body>\`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const title = String(form.get('title') ?? '');
  const theme = form.get('theme') === 'dark' ? 'dark' : 'light';
@ok  return new Response(\`<!doctype html><body class="\${theme}"><h1>\${escapeHtml(title)}</h1></body>\`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const fastify = Fastify();

fastify.get('/edit', async (request, reply) => {
  const { name } = request.query as { name: string };
@@  reply.type('text/html').send(\`<form><input name="n" value="\${name.replace(/</g, '&lt;')}"></form>\`);
});

fastify.get('/edit/v2', async (request, reply) => {
  const { name } = request.query as { name: string };
@ok  reply.type('text/html').send(\`<form><input name="n" value="\${he.encode(name)}"></form>\`);
});

export default fastify;
`,
  ),
  ...ts(
    "CWE-601",
    "login returns: startsWith('/') lets //evil through (and /\\evil where the framework does not percent-encode the Location, as Fastify's reply.redirect; Express's res.redirect does), the pathname of a same-origin URL (/.//evil parses to the path //evil), includes() and endsWith() host checks, Next.js new URL(cb, req.url) vs an origin comparison and an exact host set",
    `import express from 'express';
import Fastify from 'fastify';
import { NextRequest, NextResponse } from 'next/server';

const app = express();
const BASE = 'https://app.example.com';

app.get('/login/done', (req, res) => {
  const next = String(req.query.next ?? '/');
@@  if (next.startsWith('/')) return res.redirect(next);
  res.redirect('/');
});

const fastify = Fastify();

fastify.get('/login/done2', async (request, reply) => {
  const next = String((request.query as { next?: string }).next ?? '/');
@@  if (next.startsWith('/') && !next.startsWith('//')) return reply.redirect(next);
  return reply.redirect('/');
});

fastify.get('/login/done2b', async (request, reply) => {
  const next = String((request.query as { next?: string }).next ?? '/');
@ok  if (next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\')) return reply.redirect(next);
  return reply.redirect('/');
});

app.get('/login/done3', (req, res) => {
  const target = new URL(String(req.query.next ?? '/'), BASE);
@@  if (target.origin === BASE) return res.redirect(target.pathname + target.search);
  res.redirect('/');
});

app.get('/login/done4', (req, res) => {
  const target = new URL(String(req.query.next ?? '/'), BASE);
@ok  if (target.origin === BASE) return res.redirect(target.href);
  res.redirect('/');
});

function safeNext(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : '/';
  return /^\\/(?![\\/\\\\])/.test(s) ? s : '/';
}

app.get('/sso/return', (req, res) => {
@ok  res.redirect(safeNext(req.query.returnTo));
});

app.get('/out', (req, res) => {
  const url = String(req.query.url);
@@  if (url.includes('example.com')) return res.redirect(url);
  res.status(400).end();
});

const PARTNER_HOSTS = new Set(['docs.example.com', 'status.example.com']);

app.get('/out2', (req, res) => {
  let url: URL;
  try {
    url = new URL(String(req.query.url));
  } catch {
    return res.status(400).end();
  }
@ok  if (url.protocol === 'https:' && PARTNER_HOSTS.has(url.hostname)) return res.redirect(url.toString());
  res.status(400).end();
});

app.get('/out3', (req, res) => {
  const url = new URL(String(req.query.url));
@@  if (url.hostname.endsWith('example.com')) return res.redirect(url.href);
  res.status(400).end();
});

export function middleware(req: NextRequest) {
  const cb = req.nextUrl.searchParams.get('callbackUrl') ?? '/';
@@  return NextResponse.redirect(new URL(cb, req.url));
}

export function middlewareChecked(req: NextRequest) {
  const cb = new URL(req.nextUrl.searchParams.get('callbackUrl') ?? '/', req.url);
@ok  return NextResponse.redirect(cb.origin === req.nextUrl.origin ? cb : new URL('/', req.url));
}

export { app, fastify };
`,
  ),
  ...ts(
    "CWE-918",
    "outbound fetches: a substring host check, a private-address regex on the hostname, a DNS check then a second resolution, a sub-domain built from the query, new URL(path, base) vs exact hosts, a filtering agent and an origin check",
    `import express from 'express';
import dns from 'node:dns/promises';
import axios from 'axios';
import ipaddr from 'ipaddr.js';
import { useAgent } from 'request-filtering-agent';

const app = express();
app.use(express.json({ limit: '16kb' }));

app.post('/preview', async (req, res) => {
  const url = String(req.body.url);
  if (!url.includes('images.example.com')) return res.status(400).end();
@@  const r = await fetch(url);
  res.json({ status: r.status, bytes: (await r.arrayBuffer()).byteLength });
});

const IMAGE_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

app.post('/preview/v2', async (req, res) => {
  const url = new URL(String(req.body.url));
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname)) return res.status(400).end();
@ok  const r = await fetch(url, { redirect: 'error' });
  res.json({ status: r.status, bytes: (await r.arrayBuffer()).byteLength });
});

function isPrivateHost(hostname: string) {
  return hostname === 'localhost' || /^(10|127)\\./.test(hostname) || /^192\\.168\\./.test(hostname) || hostname === '169.254.169.254';
}

app.post('/webhook-test', async (req, res) => {
  const target = new URL(String(req.body.url));
  if (isPrivateHost(target.hostname)) return res.status(400).end();
@@  const r = await axios.post(target.toString(), { ping: true }, { timeout: 5000 });
  res.json({ status: r.status });
});

app.post('/webhook-test/v2', async (req, res) => {
  const target = new URL(String(req.body.url));
  const { address } = await dns.lookup(target.hostname);
  if (ipaddr.parse(address).range() !== 'unicast') return res.status(400).end();
@@  const r = await axios.post(target.toString(), { ping: true }, { timeout: 5000, maxRedirects: 0 });
  res.json({ status: r.status });
});

app.post('/webhook-test/v3', async (req, res) => {
  const target = String(req.body.url);
  if (!/^https?:\\/\\//.test(target)) return res.status(400).end();
  const agent = useAgent(target);
@ok  const r = await axios.post(target, { ping: true }, { httpAgent: agent, httpsAgent: agent, timeout: 5000, maxRedirects: 0 });
  res.json({ status: r.status });
});

app.get('/quote', async (req, res) => {
  const region = String(req.query.region);
@@  const r = await axios.get(\`https://\${region}.pricing.example.com/v1/quote\`);
  res.json(r.data);
});

app.get('/quote/v2', async (req, res) => {
  const region = String(req.query.region);
  if (!['eu', 'us', 'ap'].includes(region)) return res.status(400).end();
@ok  const r = await axios.get(\`https://\${region}.pricing.example.com/v1/quote\`);
  res.json(r.data);
});

app.get('/users/:login', async (req, res) => {
@ok  const r = await axios.get(\`https://api.github.com/users/\${encodeURIComponent(req.params.login)}\`);
  res.json({ name: r.data.name });
});

app.get('/proxy', async (req, res) => {
@@  const r = await fetch(new URL(String(req.query.path), 'https://internal-api.example.com'));
  res.json(await r.json());
});

app.get('/proxy/v2', async (req, res) => {
  const base = 'https://internal-api.example.com';
  const u = new URL(String(req.query.path), base);
  if (u.origin !== base || !u.pathname.startsWith('/public/')) return res.status(400).end();
@ok  const r = await fetch(u, { redirect: 'manual' });
  res.json(await r.json());
});

export default app;
`,
  ),
  ...ts(
    "CWE-347",
    "JWT middleware: jwt.decode as the check, a verify failure that falls back to decode, jose.decodeJwt vs jwt.verify with algorithms, decode only for the kid, jose.jwtVerify",
    `import express, { NextFunction, Request, Response } from 'express';
import jwt, { JwtPayload } from 'jsonwebtoken';
import * as jose from 'jose';

const SECRET = process.env.JWT_SECRET!;
const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
const KEYS: Record<string, string> = { k1: process.env.JWT_PUBLIC_K1!, k2: process.env.JWT_PUBLIC_K2! };

type Authed = Request & { userId?: string };

export function requireUser(req: Authed, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
@@  const payload = jwt.decode(token) as JwtPayload | null;
  if (!payload?.sub) return res.status(401).end();
  req.userId = payload.sub;
  next();
}

export function requireUserVerified(req: Authed, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  try {
@ok    const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'api.example.com' }) as JwtPayload;
    req.userId = payload.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export function requireUserLenient(req: Authed, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  let payload: JwtPayload;
  try {
    payload = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) as JwtPayload;
  } catch (err) {
    console.warn('token verification failed, using claims', err);
@@    payload = jwt.decode(token) as JwtPayload;
  }
  req.userId = payload.sub;
  next();
}

export function requireUserByKid(req: Authed, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
@ok  const header = jwt.decode(token, { complete: true })?.header;
  const key = header?.kid && Object.hasOwn(KEYS, header.kid) ? KEYS[header.kid] : undefined;
  if (!key) return res.status(401).end();
  try {
@ok    req.userId = (jwt.verify(token, key, { algorithms: ['RS256'] }) as JwtPayload).sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export async function requireUserJose(req: Authed, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
@@  const claims = jose.decodeJwt(token);
  if (!claims.sub) return res.status(401).end();
  req.userId = claims.sub;
  next();
}

export async function requireUserJoseVerified(req: Authed, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  try {
@ok    const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/', audience: 'api' });
    req.userId = payload.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

const app = express();
app.get('/a', requireUser, (req: Authed, res) => res.json({ id: req.userId }));
app.get('/b', requireUserVerified, (req: Authed, res) => res.json({ id: req.userId }));
app.get('/c', requireUserLenient, (req: Authed, res) => res.json({ id: req.userId }));
app.get('/d', requireUserByKid, (req: Authed, res) => res.json({ id: req.userId }));
app.get('/e', requireUserJose, (req: Authed, res) => res.json({ id: req.userId }));
app.get('/f', requireUserJoseVerified, (req: Authed, res) => res.json({ id: req.userId }));
export default app;
`,
  ),
  ...js(
    "CWE-613",
    "session lifetime: ignoreExpiration, a token signed without expiry, a ten-year session cookie, logout that only clears the cookie vs clockTolerance, expiresIn, hours and session.destroy",
    `const express = require('express');
const session = require('express-session');
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;
const app = express();
app.use(express.json());

app.use('/legacy', session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@@  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 10 * 365 * 24 * 60 * 60 * 1000 },
}));

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@ok  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
}));

function readToken(token) {
@@  return jwt.verify(token, SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
}

function readTokenChecked(token) {
@ok  return jwt.verify(token, SECRET, { algorithms: ['HS256'], clockTolerance: 30 });
}

app.post('/token', (req, res) => {
  const user = req.session.user;
  if (!user) return res.status(401).end();
@@  const token = jwt.sign({ sub: user.id, role: user.role }, SECRET, { algorithm: 'HS256' });
  res.json({ token });
});

app.post('/token/v2', (req, res) => {
  const user = req.session.user;
  if (!user) return res.status(401).end();
@ok  const token = jwt.sign({ sub: user.id, role: user.role }, SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token });
});

app.get('/me', (req, res) => res.json(readToken(req.get('authorization').slice(7))));
app.get('/me/v2', (req, res) => res.json(readTokenChecked(req.get('authorization').slice(7))));

app.post('/logout', (req, res) => {
@@  res.clearCookie('connect.sid');
  res.redirect('/login');
});

app.post('/logout/v2', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
@ok    res.clearCookie('connect.sid');
    res.redirect('/login');
  });
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-208",
    "webhook and API-key checks: !== on an HMAC, Buffer.compare, !== on an API key vs timingSafeEqual with a length check, over two SHA-256 digests, a non-secret header compared with ===",
    `const crypto = require('crypto');
const express = require('express');

const app = express();

function safeEqual(a, b) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ab.length !== bb.length) return false;
  return crypto.timingSafeEqual(ab, bb);
}

app.post('/hooks/a', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
  const given = req.get('x-signature') || '';
@@  if (given !== expected) return res.status(401).end();
  res.status(204).end();
});

app.post('/hooks/b', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
@ok  if (!safeEqual(req.get('x-signature') || '', expected)) return res.status(401).end();
  res.status(204).end();
});

app.post('/hooks/c', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest();
  const given = Buffer.from(req.get('x-signature') || '', 'hex');
@@  if (Buffer.compare(given, expected) !== 0) return res.status(401).end();
  res.status(204).end();
});

app.post('/hooks/d', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest();
  const given = Buffer.from(req.get('x-signature') || '', 'hex');
@ok  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.status(401).end();
  res.status(204).end();
});

function requireApiKey(req, res, next) {
  const key = req.get('x-api-key');
@@  if (!key || key !== process.env.INTERNAL_API_KEY) return res.status(401).end();
  next();
}

function requireApiKeyHashed(req, res, next) {
  const given = crypto.createHash('sha256').update(req.get('x-api-key') || '').digest();
  const wanted = crypto.createHash('sha256').update(process.env.INTERNAL_API_KEY).digest();
@ok  if (!crypto.timingSafeEqual(given, wanted)) return res.status(401).end();
  next();
}

app.get('/internal/a', requireApiKey, (req, res) => res.json({ ok: true }));
app.get('/internal/b', requireApiKeyHashed, (req, res) => {
@ok  if (req.get('x-client') === 'mobile') return res.json({ ok: true, compact: true });
  res.json({ ok: true });
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-338",
    "token helpers: Math.random reset codes, session ids, API keys and a hashed Math.random vs crypto.randomInt, randomBytes, nanoid, randomUUID and backoff jitter",
    `import crypto, { randomUUID } from 'node:crypto';
import { nanoid } from 'nanoid';

export function resetCode(): string {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

export function resetCodeSecure(): string {
@ok  return String(crypto.randomInt(100000, 1000000));
}

export function sessionId(): string {
@@  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

export function sessionIdSecure(): string {
@ok  return crypto.randomBytes(32).toString('base64url');
}

export function inviteToken(): string {
@ok  return nanoid(32);
}

export function apiKey(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
@@  for (let i = 0; i < 24; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}

export function apiKeySecure(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
@ok  for (let i = 0; i < 24; i++) out += alphabet[crypto.randomInt(alphabet.length)];
  return out;
}

export function retryDelay(attempt: number): number {
@ok  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);
}

export function csrfToken(): string {
@@  return crypto.createHash('sha256').update(String(Date.now()) + Math.random()).digest('hex');
}

export function uploadId(): string {
@ok  return randomUUID();
}
`,
  ),
  ...js(
    "CWE-916",
    "password hashing: bcrypt cost 8 and genSalt(6), pbkdf2 with 1000 iterations, salted SHA-256 vs cost 12, 210000 iterations, argon2id, scrypt; an ETag hash",
    `const bcrypt = require('bcrypt');
const crypto = require('crypto');
const argon2 = require('argon2');
const express = require('express');

async function hashPassword(password) {
@@  return bcrypt.hash(password, 8);
}

async function hashPasswordStrong(password) {
@ok  return bcrypt.hash(password, 12);
}

async function hashPasswordGenSalt(password) {
@@  return bcrypt.hash(password, await bcrypt.genSalt(6));
}

function derivePassword(password) {
  const salt = crypto.randomBytes(16);
@@  const key = crypto.pbkdf2Sync(password, salt, 1000, 64, 'sha512');
  return \`\${salt.toString('hex')}:\${key.toString('hex')}\`;
}

function derivePasswordStrong(password) {
  const salt = crypto.randomBytes(16);
@ok  const key = crypto.pbkdf2Sync(password, salt, 210000, 64, 'sha512');
  return \`\${salt.toString('hex')}:\${key.toString('hex')}\`;
}

function shaPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
@@  return salt + ':' + crypto.createHash('sha256').update(salt + password).digest('hex');
}

async function argonPassword(password) {
@ok  return argon2.hash(password, { type: argon2.argon2id });
}

function scryptPassword(password) {
  const salt = crypto.randomBytes(16);
@ok  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
}

function etag(buf) {
@ok  return '"' + crypto.createHash('sha256').update(buf).digest('base64url') + '"';
}

const app = express();
app.use(express.json());
app.post('/register', async (req, res) => {
  const { password } = req.body;
  const hashes = [
    await hashPassword(password),
    await hashPasswordStrong(password),
    await hashPasswordGenSalt(password),
    derivePassword(password),
    derivePasswordStrong(password),
    shaPassword(password),
    await argonPassword(password),
    scryptPassword(password),
  ];
  res.set('ETag', etag(Buffer.from(hashes.join()))).status(201).end();
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-760",
    "a constant or shared salt in pbkdf2 / scrypt vs a salt per password",
    `import crypto from 'node:crypto';

const SHARED_SALT = Buffer.from(process.env.PASSWORD_SALT ?? 'default-salt');

export function hashPin(pin: string): string {
@@  return crypto.pbkdf2Sync(pin, 'static-salt', 600000, 32, 'sha256').toString('hex');
}

export function hashPinSalted(pin: string): string {
  const salt = crypto.randomBytes(16);
@ok  return salt.toString('hex') + ':' + crypto.pbkdf2Sync(pin, salt, 600000, 32, 'sha256').toString('hex');
}

export function hashPassword(password: string): string {
@@  return crypto.scryptSync(password, SHARED_SALT, 64).toString('hex');
}

export function hashPasswordSalted(password: string): string {
  const salt = crypto.randomBytes(16);
@ok  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
}
`,
  ),
  ...ts(
    "CWE-614",
    "session and auth cookies: httpOnly but secure: false, sameSite 'none' without secure, Next.js cookies().set without secure vs secure, secure in production",
    `import express from 'express';
import session from 'express-session';
import { cookies } from 'next/headers';
import { randomBytes } from 'node:crypto';

const app = express();
app.use(express.json());

app.use(session({
  secret: process.env.SESSION_SECRET!,
  resave: false,
  saveUninitialized: false,
@@  cookie: { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 3600_000 },
}));

function issueToken(email: string): string {
  return \`\${Buffer.from(email).toString('base64url')}.\${randomBytes(24).toString('base64url')}\`;
}

app.post('/login', (req, res) => {
  const token = issueToken(req.body.email);
@@  res.cookie('auth', token, { httpOnly: true, sameSite: 'none' });
  res.json({ ok: true });
});

app.post('/login/v2', (req, res) => {
  const token = issueToken(req.body.email);
@ok  res.cookie('auth', token, { httpOnly: true, secure: true, sameSite: 'none' });
  res.json({ ok: true });
});

app.post('/login/v3', (req, res) => {
@ok  res.cookie('auth', issueToken(req.body.email), { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'strict' });
  res.json({ ok: true });
});

export async function setSession(token: string) {
@@  cookies().set('session', token, { httpOnly: true, path: '/' });
}

export async function setSessionSecure(token: string) {
@ok  cookies().set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
}

export default app;
`,
  ),
  ...js(
    "CWE-1004",
    "a bearer token in a cookie without httpOnly, httpOnly: false vs httpOnly: true and a theme cookie scripts may read",
    `const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

function signToken(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
}

app.post('/session', (req, res) => {
@@  res.cookie('access_token', signToken(req.user), { secure: true, sameSite: 'strict', maxAge: 900000 });
  res.end();
});

app.post('/session/v2', (req, res) => {
@ok  res.cookie('access_token', signToken(req.user), { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 900000 });
  res.end();
});

app.post('/refresh', (req, res) => {
  const refresh = jwt.sign({ sub: req.user.id, kind: 'refresh' }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '7d' });
@@  res.cookie('refresh_token', refresh, { httpOnly: false, secure: true, sameSite: 'strict', path: '/auth' });
  res.end();
});

app.post('/prefs', (req, res) => {
@ok  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { secure: true, sameSite: 'lax', maxAge: 31536000000 });
  res.end();
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-942",
    "CORS with credentials: origin: true, a callback that allows all, an unanchored origin regex, the request Origin reflected vs allow lists, an anchored regex and a Set check",
    `const express = require('express');
const cors = require('cors');
const Fastify = require('fastify');
const fastifyCors = require('@fastify/cors');

const app = express();
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

@@app.use('/api', cors({ origin: true, credentials: true }));
@ok app.use('/api2', cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));

app.use('/api3', cors({
@@  origin: (origin, cb) => cb(null, true),
  credentials: true,
}));

app.use('/api4', cors({
@ok  origin: (origin, cb) => cb(null, !origin || ALLOWED.has(origin)),
  credentials: true,
}));

@@app.use('/api5', cors({ origin: /example\\.com$/, credentials: true }));
@ok app.use('/api6', cors({ origin: /^https:\\/\\/([a-z0-9-]+\\.)?example\\.com$/, credentials: true }));

app.use('/api7', (req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/api8', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

const fastify = Fastify();
@@fastify.register(fastifyCors, { origin: true, credentials: true });
const fastify2 = Fastify();
@ok fastify2.register(fastifyCors, { origin: [...ALLOWED], credentials: true });

module.exports = { app, fastify, fastify2 };
`,
  ),
  ...ts(
    "CWE-693",
    "helmet with the CSP switched off or with 'unsafe-inline' scripts vs a CSP with directives, COEP off",
    `import express from 'express';
import helmet from 'helmet';

export const site = express();
@@site.use(helmet({ contentSecurityPolicy: false }));

export const site2 = express();
@ok site2.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], objectSrc: ["'none'"] } } }));

export const site3 = express();
@@site3.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"] } } }));

export const site4 = express();
@ok site4.use(helmet({ crossOriginEmbedderPolicy: false }));
`,
  ),
  ...ts(
    "CWE-770",
    "limits: multer with no file-size limit, a Prisma take from the query, a body read with no cap, Buffer.alloc from the query vs limits, caps and a size check",
    `import express from 'express';
import multer from 'multer';
import http from 'node:http';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
@ok app.use(express.json());

@@const uploadAny = multer({ storage: multer.memoryStorage() });
@ok const uploadSmall = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024, files: 1 } });

app.post('/avatar', uploadAny.single('file'), (req, res) => res.json({ size: req.file?.size }));
app.post('/avatar/v2', uploadSmall.single('file'), (req, res) => res.json({ size: req.file?.size }));

app.get('/events', async (req, res) => {
@@  const rows = await prisma.event.findMany({ take: Number(req.query.take), skip: Number(req.query.skip) || 0 });
  res.json(rows);
});

app.get('/events/v2', async (req, res) => {
  const take = Math.min(Math.max(Number(req.query.take) || 20, 1), 100);
@ok  const rows = await prisma.event.findMany({ take, skip: Number(req.query.skip) || 0 });
  res.json(rows);
});

app.get('/pad', (req, res) => {
@@  const buf = Buffer.alloc(Number(req.query.size));
  res.send(buf);
});

app.get('/pad/v2', (req, res) => {
  const size = Math.min(Number(req.query.size) || 0, 64 * 1024);
@ok  const buf = Buffer.alloc(size);
  res.send(buf);
});

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
@@    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function readBodyLimited(req: http.IncomingMessage, max = 1_000_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
@ok      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

http.createServer(async (req, res) => {
  const body = req.url === '/v2' ? await readBodyLimited(req) : await readBody(req);
  res.end(String(body.length));
}).listen(8080);

export default app;
`,
  ),
  ...js(
    "CWE-1321",
    "merge and set-by-path helpers that stop __proto__ but not constructor.prototype, a two-level counter on {} vs a full key guard, Map, Object.create(null), Object.assign of parsed JSON",
    `const express = require('express');

const app = express();
app.use(express.json());

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue;
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], value);
    } else {
@@      target[key] = value;
    }
  }
  return target;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function deepMergeSafe(target, source) {
  for (const key of Object.keys(source)) {
    if (BLOCKED.has(key)) continue;
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      deepMergeSafe(target[key], value);
    } else {
@ok      target[key] = value;
    }
  }
  return target;
}

function setPath(obj, dotted, value) {
  const parts = String(dotted).split('.');
  if (parts.includes('__proto__')) throw new Error('invalid path');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    cur[p] = cur[p] || {};
    cur = cur[p];
  }
@@  cur[parts[parts.length - 1]] = value;
}

function setPathSafe(obj, dotted, value) {
  const parts = String(dotted).split('.');
  if (parts.some((p) => BLOCKED.has(p))) throw new Error('invalid path');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (!Object.hasOwn(cur, p)) cur[p] = {};
    cur = cur[p];
  }
@ok  cur[parts[parts.length - 1]] = value;
}

const settings = {};
app.patch('/settings', (req, res) => res.json(deepMerge(settings, req.body)));
app.patch('/settings/v2', (req, res) => res.json(deepMergeSafe(settings, req.body)));

const prefs = {};
app.post('/prefs', (req, res) => {
  setPath(prefs, req.body.path, req.body.value);
  res.json(prefs);
});
app.post('/prefs/v2', (req, res) => {
  setPathSafe(prefs, req.body.path, req.body.value);
  res.json(prefs);
});

const counters = {};
app.post('/count', (req, res) => {
  const { bucket, key } = req.body;
  counters[bucket] = counters[bucket] || {};
@@  counters[bucket][key] = (counters[bucket][key] || 0) + 1;
  res.end();
});

const counters2 = new Map();
app.post('/count/v2', (req, res) => {
  const { bucket, key } = req.body;
  if (!counters2.has(bucket)) counters2.set(bucket, new Map());
  const inner = counters2.get(bucket);
@ok  inner.set(key, (inner.get(key) || 0) + 1);
  res.end();
});

const counters3 = Object.create(null);
app.post('/count/v3', (req, res) => {
  const { bucket, key } = req.body;
  counters3[bucket] = counters3[bucket] || Object.create(null);
@ok  counters3[bucket][key] = (counters3[bucket][key] || 0) + 1;
  res.end();
});

const DEFAULTS = { theme: 'light', pageSize: 20 };
app.post('/config', express.text(), (req, res) => {
@ok  const config = Object.assign({}, DEFAULTS, JSON.parse(req.body));
  res.json(config);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-94",
    "expression evaluation: node:vm with host objects in the context, vm2, new Function over a filter vs isolated-vm, an operator table, mathjs",
    `import express from 'express';
import vm from 'node:vm';
import ivm from 'isolated-vm';
import { VM } from 'vm2';
import { evaluate } from 'mathjs';

const app = express();
app.use(express.json({ limit: '8kb' }));

app.post('/formula', (req, res) => {
  const { expr, vars } = req.body;
  const context = vm.createContext({ ...vars, Math });
@@  const result = vm.runInContext(String(expr), context, { timeout: 50 });
  res.json({ result });
});

app.post('/formula/v2', async (req, res) => {
  const isolate = new ivm.Isolate({ memoryLimit: 16 });
  try {
    const context = await isolate.createContext();
@ok    const result = await context.eval(String(req.body.expr), { timeout: 50, copy: true });
    res.json({ result });
  } finally {
    isolate.dispose();
  }
});

app.post('/formula/v3', (req, res) => {
@@  const result = new VM({ timeout: 50, sandbox: {} }).run(String(req.body.expr));
  res.json({ result });
});

const OPS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};

app.post('/formula/v4', (req, res) => {
  const { a, b, op } = req.body;
  const fn = Object.hasOwn(OPS, op) ? OPS[op] : undefined;
  if (!fn) return res.status(400).end();
@ok  res.json({ result: fn(Number(a), Number(b)) });
});

app.post('/filter', (req, res) => {
  const rows: Array<Record<string, number>> = req.body.rows;
@@  const pred = new Function('row', \`return (\${req.body.filter});\`) as (r: Record<string, number>) => boolean;
  res.json(rows.filter(pred));
});

app.post('/calc', (req, res) => {
@ok  res.json({ result: evaluate(String(req.body.expr)) });
});

export default app;
`,
  ),
  ...js(
    "CWE-502",
    "YAML and cookie state: js-yaml 4 load (safe default schema) vs load with the JS types added back, node-serialize vs JSON.parse",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const yaml = require('js-yaml');
const jsTypes = require('js-yaml-js-types').all;
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.post('/pipeline', express.text({ type: '*/*', limit: '64kb' }), (req, res) => {
@ok  const doc = yaml.load(req.body);
  res.json(doc);
});

app.post('/pipeline/v2', express.text({ type: '*/*', limit: '64kb' }), (req, res) => {
@@  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_SCHEMA.extend(jsTypes) });
  res.json(doc);
});

app.get('/restore', (req, res) => {
@@  const state = serialize.unserialize(Buffer.from(req.cookies.state, 'base64').toString());
  res.json(state);
});

app.get('/restore/v2', (req, res) => {
@ok  const state = JSON.parse(Buffer.from(req.cookies.state, 'base64').toString());
  res.json(state);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS + TypeORM: query-builder where / orderBy strings with interpolation and repository.query vs :named parameters, an allow-listed sort and $1",
    `import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';

const USER_SORT: Record<string, string> = { name: 'user.name', joined: 'user.createdAt' };

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findByName(name: string) {
@@    return this.users.createQueryBuilder('user').where(\`user.name = '\${name}'\`).getMany();
  }

  findByNameSafe(name: string) {
@ok    return this.users.createQueryBuilder('user').where('user.name = :name', { name }).getMany();
  }

  sorted(sort: string) {
@@    return this.users.createQueryBuilder('user').orderBy(\`user.\${sort}\`, 'ASC').getMany();
  }

  sortedSafe(sort: string) {
    const column = Object.hasOwn(USER_SORT, sort) ? USER_SORT[sort] : 'user.createdAt';
@ok    return this.users.createQueryBuilder('user').orderBy(column, 'ASC').getMany();
  }

  byDomain(domain: string) {
@@    return this.users.query(\`SELECT id, email FROM "user" WHERE email LIKE '%@\${domain}'\`);
  }

  byDomainSafe(domain: string) {
@ok    return this.users.query('SELECT id, email FROM "user" WHERE email LIKE $1', [\`%@\${domain}\`]);
  }
}

@Controller('users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  list(@Query('name') name: string, @Query('sort') sort: string, @Query('domain') domain: string) {
    return Promise.all([
      this.service.findByName(name),
      this.service.findByNameSafe(name),
      this.service.sorted(sort),
      this.service.sortedSafe(sort),
      this.service.byDomain(domain),
      this.service.byDomainSafe(domain),
    ]);
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "templates and sanitiser options: EJS <%- %> vs <%= %>, Pug !{} vs #{}, DOMPurify with event attributes added back, sanitize-html allowing javascript: vs the defaults",
    `const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const DOMPurify = require('isomorphic-dompurify');
const sanitizeHtml = require('sanitize-html');

const app = express();
app.use(express.json());

const cardTpl = '<div class="card"><h3><%- title %></h3></div>';
const cardTplSafe = '<div class="card"><h3><%= title %></h3></div>';
const bannerTpl = pug.compile('div.banner !{message}');
const bannerTplSafe = pug.compile('div.banner #{message}');

app.get('/card', (req, res) => {
@@  res.send(ejs.render(cardTpl, { title: req.query.title }));
});

app.get('/card/v2', (req, res) => {
@ok  res.send(ejs.render(cardTplSafe, { title: req.query.title }));
});

app.get('/banner', (req, res) => {
@@  res.send(bannerTpl({ message: req.query.message }));
});

app.get('/banner/v2', (req, res) => {
@ok  res.send(bannerTplSafe({ message: req.query.message }));
});

app.post('/comment', (req, res) => {
@@  res.send(\`<div class="comment">\${DOMPurify.sanitize(req.body.html, { ADD_ATTR: ['onclick', 'onerror'] })}</div>\`);
});

app.post('/comment/v2', (req, res) => {
@ok  res.send(\`<div class="comment">\${DOMPurify.sanitize(req.body.html, { ADD_ATTR: ['target'] })}</div>\`);
});

app.post('/bio', (req, res) => {
  const clean = sanitizeHtml(req.body.bio, { allowedTags: ['a', 'b', 'i'], allowedAttributes: { a: ['href'] }, allowedSchemes: ['http', 'https', 'javascript'] });
@@  res.send(\`<div class="bio">\${clean}</div>\`);
});

app.post('/bio/v2', (req, res) => {
  const clean = sanitizeHtml(req.body.bio, { allowedTags: ['a', 'b', 'i'], allowedAttributes: { a: ['href'] } });
@ok  res.send(\`<div class="bio">\${clean}</div>\`);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-78",
    "execa and spawnSync: sh -c with a template, bash -c with a concatenation, a stripped name vs an argument array and a replace that keeps only word characters",
    `import express from 'express';
import { execa } from 'execa';
import { spawnSync, execSync } from 'node:child_process';

const app = express();
app.use(express.json());

app.post('/build', async (req, res) => {
  const { target } = req.body as { target: string };
@@  const { stdout } = await execa('sh', ['-c', \`make \${target}\`], { cwd: '/srv/app' });
  res.type('text/plain').send(stdout);
});

app.post('/build/v2', async (req, res) => {
  const { target } = req.body as { target: string };
  if (!/^[a-z][a-z0-9-]*$/.test(target)) return res.status(400).end();
@ok  const { stdout } = await execa('make', [target], { cwd: '/srv/app' });
  res.type('text/plain').send(stdout);
});

app.post('/echo', (req, res) => {
@@  const out = spawnSync('bash', ['-c', 'echo ' + req.body.text], { encoding: 'utf8' });
  res.type('text/plain').send(out.stdout);
});

app.post('/service/restart', (req, res) => {
  const name = String(req.body.name).trim().replace(/\\s+/g, '-');
@@  execSync(\`systemctl restart \${name}.service\`);
  res.status(204).end();
});

app.post('/service/restart/v2', (req, res) => {
  const name = String(req.body.name).replace(/[^\\w-]/g, '');
  if (!name || name.startsWith('-')) return res.status(400).end();
@ok  execSync(\`systemctl restart \${name}.service\`);
  res.status(204).end();
});

export default app;
`,
  ),
  ...ts(
    "CWE-22",
    "Next.js content loader: a slug joined under content/ vs a slug pattern; Fastify wildcard read vs @fastify/static sendFile",
    `import fs from 'node:fs/promises';
import path from 'node:path';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { NextRequest, NextResponse } from 'next/server';

const CONTENT = path.join(process.cwd(), 'content');

export async function GET(_req: NextRequest, { params }: { params: { slug: string } }) {
@@  const md = await fs.readFile(path.join(CONTENT, \`\${params.slug}.md\`), 'utf8');
  return NextResponse.json({ md });
}

export async function HEAD(_req: NextRequest, { params }: { params: { slug: string } }) {
  if (!/^[a-z0-9-]+$/.test(params.slug)) return new NextResponse(null, { status: 404 });
@ok  const stat = await fs.stat(path.join(CONTENT, \`\${params.slug}.md\`));
  return new NextResponse(null, { headers: { 'Content-Length': String(stat.size) } });
}

const fastify = Fastify();
fastify.register(fastifyStatic, { root: path.join(process.cwd(), 'public'), serve: false });

fastify.get('/raw/*', async (request, reply) => {
  const rel = (request.params as { '*': string })['*'];
@@  return reply.type('text/plain').send(await fs.readFile(path.join(process.cwd(), 'public', rel)));
});

fastify.get('/files/*', async (request, reply) => {
  const rel = (request.params as { '*': string })['*'];
@ok  return reply.sendFile(rel);
});

export default fastify;
`,
  ),
  ...js(
    "CWE-1333",
    "search over posted text: a RegExp from a wildcard pattern that turns * into .* and escapes nothing else vs a pattern with every metacharacter escaped, a RegExp from the body vs a plain substring test",
    `const express = require('express');
const app = express();

app.use(express.json({ limit: '256kb' }));

app.post('/match', (req, res) => {
  const pattern = String(req.body.p).replace(/\\*/g, '.*');
@@  const re = new RegExp('^' + pattern + '$', 'i');
  res.json(String(req.body.text).split('\\n').filter((line) => re.test(line)));
});

app.post('/match/v2', (req, res) => {
  const literal = String(req.body.p).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  const re = new RegExp(literal, 'i');
  res.json(String(req.body.text).split('\\n').filter((line) => re.test(line)));
});

app.post('/find', (req, res) => {
@@  const re = new RegExp(req.body.q);
  res.json(String(req.body.text).split('\\n').filter((line) => re.test(line)));
});

app.post('/find/v2', (req, res) => {
  const q = String(req.body.q).toLowerCase();
@ok  res.json(String(req.body.text).split('\\n').filter((line) => line.toLowerCase().includes(q)));
});

module.exports = app;
`,
  ),
];
