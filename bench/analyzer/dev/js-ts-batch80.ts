// Dev suite "js-ts", batch 80: written blind, before any fix for it (own code). More hard data flow in TypeScript
// server code, shapes batches 77-78 left out: Hono's validated input (c.req.valid after zValidator), tRPC procedures
// whose input is a zod string vs a zod enum, GraphQL resolvers' args handed to a data source class, Remix actions
// reading formData, curried helpers (a function returning the function that runs the sink), static class methods,
// Object.fromEntries / structuredClone / JSON.parse copies of the body, Array.from over Map values, worker_threads
// messages, generator functions yielding request values, String.raw and template helpers, a WeakMap keyed by the
// request. Each insecure line has a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const ts = (cwe: string, note: string, src: string) => fileCases("batch80", cwe, note, src, "typescript");
const js = (cwe: string, note: string, src: string) => fileCases("batch80", cwe, note, src, "javascript");

export const BATCH80: DevCase[] = [
  ...ts(
    "CWE-78",
    "Hono zValidator: c.req.valid('json') field typed z.string() into exec vs a z.enum() field",
    `import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { exec } from 'node:child_process';

const app = new Hono();
const Free = z.object({ target: z.string() });
const Fixed = z.object({ target: z.enum(['web', 'worker']) });

app.post('/restart', zValidator('json', Free), (c) => {
  const { target } = c.req.valid('json');
@@  exec(\`systemctl restart \${target}\`);
  return c.text('ok');
});

app.post('/restart-safe', zValidator('json', Fixed), (c) => {
  const { target } = c.req.valid('json');
@ok  exec(\`systemctl restart app-\${target}\`);
  return c.text('ok');
});
`,
  ),
  ...ts(
    "CWE-89",
    "tRPC procedure: input z.string() interpolated into $queryRawUnsafe vs z.enum() input",
    `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const t = initTRPC.create();

export const router = t.router({
  byCity: t.procedure.input(z.object({ city: z.string() })).query(async ({ input }) => {
@@    return prisma.$queryRawUnsafe(\`SELECT * FROM venues WHERE city = '\${input.city}'\`);
  }),
  byKind: t.procedure.input(z.object({ kind: z.enum(['bar', 'cafe']) })).query(async ({ input }) => {
@ok    return prisma.$queryRawUnsafe(\`SELECT * FROM venues WHERE kind = '\${input.kind}'\`);
  }),
});
`,
  ),
  ...ts(
    "CWE-89",
    "GraphQL resolver passes args to a data source class that concatenates SQL vs one that binds",
    `import { Pool } from 'pg';

class BookSource {
  constructor(private readonly pool: Pool) {}
  async byAuthor(author: string) {
@@    const r = await this.pool.query("SELECT * FROM books WHERE author = '" + author + "'");
    return r.rows;
  }
  async byIsbn(isbn: string) {
@ok    const r = await this.pool.query('SELECT * FROM books WHERE isbn = $1', [isbn]);
    return r.rows;
  }
}

const books = new BookSource(new Pool());

export const resolvers = {
  Query: {
    booksByAuthor: (_parent: unknown, args: { author: string }) => books.byAuthor(args.author),
    bookByIsbn: (_parent: unknown, { isbn }: { isbn: string }) => books.byIsbn(isbn),
  },
};
`,
  ),
  ...ts(
    "CWE-22",
    "Remix action: formData name joined into a write path vs a randomUUID file name",
    `import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const DIR = '/srv/notes';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const name = String(form.get('name') ?? 'note.txt');
  const body = String(form.get('body') ?? '');
  if (form.get('mode') === 'named') {
@@    await writeFile(path.join(DIR, name), body);
    return json({ ok: true });
  }
  const id = randomUUID();
@ok  await writeFile(path.join(DIR, id + '.txt'), body);
  return json({ id });
}
`,
  ),
  ...js(
    "CWE-78",
    "curried helper: runner(prefix) returns a function that execs prefix + arg, called with a query value vs a curried execFileSync runner",
    `const { execSync, execFileSync } = require('child_process');
const express = require('express');
const app = express();

@@const runner = (prefix) => (arg) => execSync(prefix + ' ' + arg).toString();
@okconst argvRunner = (bin) => (arg) => execFileSync(bin, [arg]).toString();

const lookup = runner('host');
const dig = argvRunner('dig');

app.get('/host', (req, res) => {
  res.type('text/plain').send(lookup(req.query.name));
});

app.get('/dig', (req, res) => {
  res.type('text/plain').send(dig(req.query.name));
});
`,
  ),
  ...ts(
    "CWE-601",
    "static class method builds the redirect target from its argument vs a static method that maps a key",
    `import express from 'express';

class Links {
  static external(to: string): string {
    return to;
  }
  static internal(key: string): string {
    return key === 'billing' ? '/settings/billing' : '/';
  }
}

const app = express();

app.get('/away', (req, res) => {
@@  res.redirect(Links.external(String(req.query.to)));
});

app.get('/inside', (req, res) => {
@ok  res.redirect(Links.internal(String(req.query.to)));
});
`,
  ),
  ...ts(
    "CWE-943",
    "Object.fromEntries / structuredClone copies of the body used as a Mongo filter vs String() of one field",
    `import express from 'express';
import { MongoClient } from 'mongodb';

const users = new MongoClient(process.env.MONGO_URL!).db('app').collection('users');
const app = express();
app.use(express.json());

app.post('/find', async (req, res) => {
  const filter = Object.fromEntries(Object.entries(req.body));
@@  res.json(await users.findOne(filter));
});

app.post('/find-clone', async (req, res) => {
  const copy = structuredClone(req.body);
@@  res.json(await users.findOne({ email: copy.email }));
});

app.post('/find-safe', async (req, res) => {
@ok  res.json(await users.findOne({ email: String(req.body.email) }));
});
`,
  ),
  ...ts(
    "CWE-79",
    "Array.from over a Map's values written into HTML vs the same list escaped",
    `import express from 'express';
import escapeHtml from 'escape-html';

const names = new Map<string, string>();
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/guests', (req, res) => {
  names.set(req.ip ?? 'anon', req.body.name);
  res.redirect('/guests');
});

app.get('/guests', (_req, res) => {
@@  res.send('<ul>' + Array.from(names.values()).map((n) => '<li>' + n + '</li>').join('') + '</ul>');
});

app.get('/guests-safe', (_req, res) => {
@ok  res.send('<ul>' + Array.from(names.values()).map((n) => '<li>' + escapeHtml(n) + '</li>').join('') + '</ul>');
});
`,
  ),
  ...ts(
    "CWE-94",
    "worker_threads: the handler posts a body expression to a worker that evals it vs a worker sent a number",
    `import express from 'express';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

if (!isMainThread) {
  parentPort!.on('message', (msg: { expr?: string; n?: number }) => {
    if (msg.expr !== undefined) {
@@      parentPort!.postMessage(eval(msg.expr));
    } else {
@ok      parentPort!.postMessage(Math.sqrt(Number(msg.n)));
    }
  });
} else {
  const worker = new Worker(__filename);
  const app = express();
  app.use(express.json());
  app.post('/calc', (req, res) => {
    worker.once('message', (v) => res.json({ v }));
    worker.postMessage({ expr: req.body.expr });
  });
  app.post('/sqrt', (req, res) => {
    worker.once('message', (v) => res.json({ v }));
    worker.postMessage({ n: Number(req.body.n) });
  });
  app.listen(3000);
}
`,
  ),
  ...ts(
    "CWE-22",
    "generator yields request file names that are each read vs a generator over a fixed manifest",
    `import express from 'express';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = '/srv/docs';
const MANIFEST = ['intro.md', 'setup.md'];

function* requested(list: string): Generator<string> {
  for (const name of list.split(',')) yield name.trim();
}

function* shipped(): Generator<string> {
  yield* MANIFEST;
}

const app = express();

app.get('/bundle', (req, res) => {
  const parts: string[] = [];
@@  for (const f of requested(String(req.query.files))) parts.push(readFileSync(path.join(ROOT, f), 'utf8'));
  res.type('text/plain').send(parts.join('\\n'));
});

app.get('/bundle-all', (_req, res) => {
  const parts: string[] = [];
@ok  for (const f of shipped()) parts.push(readFileSync(path.join(ROOT, f), 'utf8'));
  res.type('text/plain').send(parts.join('\\n'));
});
`,
  ),
  ...ts(
    "CWE-918",
    "WeakMap keyed by the request carries a body URL to a later middleware that fetches it vs a fixed health URL",
    `import express, { NextFunction, Request, Response } from 'express';

const targets = new WeakMap<Request, string>();
const app = express();
app.use(express.json());

app.use((req: Request, _res: Response, next: NextFunction) => {
  targets.set(req, req.body?.callback ?? 'https://status.example.com/ping');
  next();
});

app.post('/notify', async (req: Request, res: Response) => {
  const url = targets.get(req)!;
@@  const r = await fetch(url, { method: 'POST' });
  res.json({ status: r.status });
});

app.post('/health', async (_req: Request, res: Response) => {
@ok  const r = await fetch('https://status.example.com/ping', { method: 'POST' });
  res.json({ status: r.status });
});
`,
  ),
  ...js(
    "CWE-89",
    "String.raw template with a query value passed to knex.raw vs String.raw with only a constant",
    `const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();

app.get('/logs', async (req, res) => {
@@  const r = await knex.raw(String.raw\`SELECT * FROM logs WHERE message ~ '\${req.query.pattern}'\`);
  res.json(r.rows);
});

app.get('/logs/paths', async (req, res) => {
@ok  const r = await knex.raw(String.raw\`SELECT * FROM logs WHERE message ~ '^/api/\\d+'\`);
  res.json(r.rows);
});
`,
  ),
  ...ts(
    "CWE-79",
    "JSON.parse of a body string field then an HTML response vs the parsed value sent as JSON",
    `import express from 'express';

const app = express();
app.use(express.text());

app.post('/preview', (req, res) => {
  const doc = JSON.parse(req.body) as { title: string };
@@  res.send(\`<h1>\${doc.title}</h1>\`);
});

app.post('/preview.json', (req, res) => {
  const doc = JSON.parse(req.body) as { title: string };
@ok  res.json({ title: doc.title });
});
`,
  ),
  ...ts(
    "CWE-78",
    "request value passed through two helper layers (controller -> service -> runner) into spawn with shell: true vs without a shell",
    `import express from 'express';
import { spawn } from 'node:child_process';

function runShell(line: string) {
@@  return spawn(line, { shell: true });
}

function runArgv(bin: string, args: string[]) {
@ok  return spawn(bin, args);
}

class ArchiveService {
  pack(dir: string) {
    return runShell('tar czf /tmp/a.tgz ' + dir);
  }
  packSafe(dir: string) {
    return runArgv('tar', ['czf', '/tmp/a.tgz', '--', dir]);
  }
}

const svc = new ArchiveService();
const app = express();
app.post('/pack', (req, res) => {
  svc.pack(String(req.query.dir)).on('close', (code) => res.sendStatus(code ? 500 : 200));
});
app.post('/pack-safe', (req, res) => {
  svc.packSafe(String(req.query.dir)).on('close', (code) => res.sendStatus(code ? 500 : 200));
});
`,
  ),
];
