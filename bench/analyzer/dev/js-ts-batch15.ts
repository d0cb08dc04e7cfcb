// Dev suite "js-ts", batch 15: server-side Node beyond express, written blind (before reading the rules) and
// measured before any fix that followed it. Same shape as batches 5-14: `@@` lines must be reported with the
// file's CWE, `@ok` look-alikes must not be. Fastify, koa, hapi, NestJS controllers (decorated parameters), Next.js
// API routes and AWS Lambda handlers (event.body, queryStringParameters, pathParameters) feeding child_process,
// fs/path, vm and Function, core http/net clients and zlib.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch15", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch15", cwe, note, src, "typescript");

export const BATCH15: DevCase[] = [
  ...ts(
    "CWE-78",
    "fastify routes with typed querystring and body reaching child_process",
    `import Fastify, { FastifyRequest } from 'fastify';
import { exec, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const app = Fastify({ logger: true });
const run = promisify(exec);
const runFile = promisify(execFile);

interface PingQuery {
  host: string;
  count?: string;
}

app.get('/ping', async (req: FastifyRequest<{ Querystring: PingQuery }>) => {
  const { host } = req.query;
@@  const { stdout } = await run(\`ping -c 1 \${host}\`);
  return stdout;
});

app.get('/ping2', async (req: FastifyRequest<{ Querystring: PingQuery }>) => {
@ok  const { stdout } = await runFile('ping', ['-c', '1', req.query.host]);
  return stdout;
});

app.post('/convert', async (req: FastifyRequest<{ Body: { file: string } }>) => {
  const file = req.body.file;
@@  spawn('convert', [file, 'out.png'], { shell: true });
@ok  spawn('convert', [file, 'out.png']);
  return { ok: true };
});

app.listen({ port: 3000 });
`,
  ),
  ...js(
    "CWE-78",
    "koa and hapi handlers building shell strings",
    `const Koa = require('koa');
const Router = require('@koa/router');
const Hapi = require('@hapi/hapi');
const cp = require('child_process');

const router = new Router();
router.post('/unpack', async (ctx) => {
  const { archive } = ctx.request.body;
@@  cp.execSync(\`tar -xzf uploads/\${archive} -C /tmp/out\`);
  ctx.body = 'done';
});

router.get('/whois/:domain', async (ctx) => {
@@  const out = cp.execSync('whois ' + ctx.params.domain, { encoding: 'utf8' });
  ctx.body = out;
});

router.get('/uptime', async (ctx) => {
@ok  ctx.body = cp.execSync('uptime', { encoding: 'utf8' });
});

const server = Hapi.server({ port: 4000 });
server.route({
  method: 'GET',
  path: '/lookup',
  handler: (request, h) => {
    const name = request.query.name;
@@    const res = cp.spawnSync('sh', ['-c', 'nslookup ' + name]);
    return h.response(res.stdout.toString()).type('text/plain');
  },
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS controller parameters and a Next.js API route",
    `import { Controller, Get, Post, Query, Body, Param } from '@nestjs/common';
import { execSync, execFileSync, exec } from 'child_process';
import type { NextApiRequest, NextApiResponse } from 'next';

class ScanDto {
  target!: string;
}

@Controller('tools')
export class ToolsController {
  @Get('dig')
  dig(@Query('domain') domain: string): string {
@@    return execSync(\`dig +short \${domain}\`).toString();
  }

  @Get('dig-safe')
  digSafe(@Query('domain') domain: string): string {
@ok    return execFileSync('dig', ['+short', domain]).toString();
  }

  @Post('scan')
  scan(@Body() dto: ScanDto): string {
@@    return execSync('nmap -sV ' + dto.target).toString();
  }

  @Get('log/:service')
  log(@Param('service') service: string): string {
@@    return execSync(\`journalctl -u \${service} -n 50\`).toString();
  }
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const repo = req.query.repo as string;
@@  exec(\`git ls-remote \${repo}\`, (err, stdout) => {
    res.status(200).json({ refs: stdout.split('\\n') });
  });
}
`,
  ),
  ...js(
    "CWE-78",
    "Lambda handlers running commands from the event",
    `const { execSync, execFileSync } = require('child_process');

exports.whois = async (event) => {
  const name = event.queryStringParameters?.name;
@@  const out = execSync('whois ' + name).toString();
  return { statusCode: 200, body: out };
};

exports.thumb = async (event) => {
  const { key } = JSON.parse(event.body);
@@  execSync(\`convert /tmp/\${key} -resize 200x200 /tmp/thumb-\${key}\`);
  return { statusCode: 204 };
};

exports.safeThumb = async (event) => {
  const { key } = JSON.parse(event.body);
@ok  execFileSync('convert', ['/tmp/' + key, '-resize', '200x200', '/tmp/thumb.png']);
  return { statusCode: 204 };
};

exports.version = async () => {
@ok  const v = execSync('node --version').toString().trim();
  return { statusCode: 200, body: v };
};
`,
  ),
  ...js(
    "CWE-22",
    "koa and hapi serving files named by the request",
    `const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('fs');
const path = require('path');

const router = new Router();
const UPLOADS = path.join(__dirname, 'uploads');

router.get('/files/:name', async (ctx) => {
@@  ctx.body = fs.createReadStream(path.join(UPLOADS, ctx.params.name));
});

router.get('/safe/:name', async (ctx) => {
@ok  ctx.body = fs.createReadStream(path.join(UPLOADS, path.basename(ctx.params.name)));
});

router.get('/doc', async (ctx) => {
  const file = ctx.query.file;
@@  ctx.body = await fs.promises.readFile(\`./docs/\${file}\`, 'utf8');
});

router.delete('/files', async (ctx) => {
@@  await fs.promises.unlink(path.resolve(UPLOADS, ctx.request.body.path));
  ctx.status = 204;
});

router.get('/checked', async (ctx) => {
  const root = path.resolve(UPLOADS);
  const target = path.resolve(root, String(ctx.query.file));
  if (!target.startsWith(root + path.sep)) {
    ctx.status = 403;
    return;
  }
@ok  ctx.body = await fs.promises.readFile(target);
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
  ...ts(
    "CWE-22",
    "NestJS downloads and fastify writes",
    `import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import Fastify from 'fastify';
import * as fs from 'fs';
import { join } from 'path';

@Controller('reports')
export class ReportsController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
@@    return res.download(\`reports/\${name}\`);
  }

  @Get('rooted/:name')
  rooted(@Param('name') name: string, @Res() res: Response) {
@ok    return res.sendFile(name, { root: 'reports' });
  }

  @Get('raw')
  raw(@Query('p') p: string): string {
@@    return fs.readFileSync(join(process.cwd(), 'data', p), 'utf8');
  }
}

const app = Fastify();
app.put<{ Params: { name: string }; Body: string }>('/notes/:name', async (req) => {
@@  await fs.promises.writeFile(join('/var/notes', req.params.name), req.body);
  return { saved: true };
});

app.put<{ Body: string }>('/notes-fixed', async (req) => {
@ok  await fs.promises.writeFile(join('/var/notes', 'latest.txt'), req.body);
  return { saved: true };
});
`,
  ),
  ...js(
    "CWE-22",
    "Lambda handlers reading local files by path parameter",
    `const fs = require('fs');
const path = require('path');

module.exports.get = async (event) => {
  const key = event.pathParameters.key;
@@  const data = fs.readFileSync(\`/tmp/cache/\${key}\`);
  return { statusCode: 200, body: data.toString('base64'), isBase64Encoded: true };
};

module.exports.getSafe = async (event) => {
  const key = path.basename(event.pathParameters.key);
@ok  const data = fs.readFileSync(path.join('/tmp/cache', key));
  return { statusCode: 200, body: data.toString('base64'), isBase64Encoded: true };
};
`,
  ),
  ...js(
    "CWE-94",
    "vm and Function with request text",
    `const express = require('express');
const vm = require('vm');
const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
@@  const result = vm.runInNewContext(req.body.expr, { Math });
  res.json({ result });
});

app.post('/calc-safe', (req, res) => {
@ok  const result = vm.runInNewContext('a * b', { a: Number(req.body.a), b: Number(req.body.b) });
  res.json({ result });
});

app.post('/script', (req, res) => {
  const source = req.body.source;
@@  const script = new vm.Script(source);
  res.json({ out: script.runInNewContext({}) });
});

app.get('/fn', (req, res) => {
@@  const fn = new Function('x', req.query.body);
  res.json({ out: fn(1) });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-94",
    "Lambda and koa evaluating expressions from the payload",
    `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import Koa from 'koa';
import vm from 'node:vm';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { formula } = JSON.parse(event.body ?? '{}');
@@  const value = eval(formula);
  return { statusCode: 200, body: JSON.stringify({ value }) };
};

export const parseOnly = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
@ok  const payload = JSON.parse(event.body ?? '{}');
  return { statusCode: 200, body: JSON.stringify(payload) };
};

const app = new Koa();
app.use(async (ctx) => {
  const code = ctx.query.code as string;
@@  ctx.body = vm.runInThisContext(code);
});
`,
  ),
  ...js(
    "CWE-918",
    "core http, https and net clients aimed by the request",
    `const express = require('express');
const http = require('http');
const https = require('https');
const net = require('net');
const app = express();

app.get('/proxy', (req, res) => {
@@  http.get({ host: req.query.host, path: '/status' }, (r) => r.pipe(res));
});

app.get('/fetch', (req, res) => {
@@  https.get(req.query.url, (r) => r.pipe(res));
});

app.get('/status', (req, res) => {
@ok  https.get('https://status.example.com/api/v2/summary.json', (r) => r.pipe(res));
});

app.get('/port', (req, res) => {
@@  const sock = net.connect({ host: req.query.host, port: Number(req.query.port) });
  sock.on('connect', () => res.send('open'));
  sock.on('error', () => res.send('closed'));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "Lambda and Next.js API routes fetching URLs from the caller",
    `import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';

export const preview = async (event: APIGatewayProxyEvent) => {
  const target = event.queryStringParameters?.url ?? '';
@@  const page = await axios.get<string>(target);
  return { statusCode: 200, body: page.data.slice(0, 500) };
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { avatar } = req.body as { avatar: string };
@@  const img = await fetch(avatar);
  res.setHeader('Content-Type', 'image/png');
  res.send(Buffer.from(await img.arrayBuffer()));
}

export async function weather(req: NextApiRequest, res: NextApiResponse) {
  const city = encodeURIComponent(String(req.query.city));
@ok  const r = await fetch(\`https://api.weather.example.com/v1/current?city=\${city}\`);
  res.json(await r.json());
}
`,
  ),
  ...js(
    "CWE-400",
    "zlib inflating request bodies without an output limit",
    `const express = require('express');
const zlib = require('zlib');
const app = express();
app.use(express.raw({ type: 'application/octet-stream', limit: '1mb' }));

app.post('/upload', (req, res) => {
@@  const data = zlib.gunzipSync(req.body);
  res.json({ size: data.length });
});

app.post('/upload-limited', (req, res) => {
@ok  const data = zlib.gunzipSync(req.body, { maxOutputLength: 10 * 1024 * 1024 });
  res.json({ size: data.length });
});

app.post('/inflate', (req, res) => {
@@  zlib.inflate(req.body, (err, out) => res.json({ size: out ? out.length : 0 }));
});

app.listen(3000);
`,
  ),
];
