// Dev suite "js-ts", batch 17: server-side parsing, outbound calls and output, written blind (before reading the
// rules) and measured before any fix that followed it. Same shape as batches 5-16. Deserialisers (node-serialize,
// js-yaml schemas, serialize-javascript state), libxmljs entity expansion, SSRF through got/needle/superagent/
// request/undici and axios configs, redirects in koa/fastify/NestJS/Lambda, regex injection and catastrophic
// patterns, template engines printing raw values or compiling request templates, and log lines built from input;
// values reach the sinks through class methods, destructuring with renames, optional chaining and small helpers.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch17", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch17", cwe, note, src, "typescript");

export const BATCH17: DevCase[] = [
  ...js(
    "CWE-502",
    "node-serialize and js-yaml full schemas on cookies and bodies",
    `const express = require('express');
const cookieParser = require('cookie-parser');
const nodeSerialize = require('node-serialize');
const yaml = require('js-yaml');
const fs = require('fs');
const app = express();
app.use(cookieParser());
app.use(express.text({ type: 'application/x-yaml' }));

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@@  const profile = nodeSerialize.unserialize(raw);
  res.json({ name: profile.name });
});

app.get('/profile-json', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
@ok  const profile = JSON.parse(raw);
  res.json({ name: profile.name });
});

app.post('/import', (req, res) => {
@@  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(doc);
});

app.post('/import-safe', (req, res) => {
@ok  const doc = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(doc);
});

@ok const config = yaml.load(fs.readFileSync('./config.yml', 'utf8'));

app.listen(config.port);
`,
  ),
  ...ts(
    "CWE-502",
    "a session store class unserialising what the client sent",
    `import { unserialize } from 'node-serialize';
import type { Request } from 'express';

export class CookieStore {
  constructor(private readonly name: string) {}

  read(req: Request): Record<string, unknown> {
    const { [this.name]: encoded = '' } = req.cookies as Record<string, string>;
    const text = Buffer.from(encoded, 'base64').toString('utf8');
@@    return unserialize(text);
  }

  readJson(req: Request): Record<string, unknown> {
    const encoded: string = req.cookies?.[this.name] ?? '';
@ok    return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "server state serialised into inline scripts",
    `const express = require('express');
const serialize = require('serialize-javascript');
const app = express();

app.get('/app', (req, res) => {
  const state = { user: req.query.user, theme: req.query.theme };
@@  res.send(\`<html><body><div id="root"></div><script>window.__STATE__ = \${serialize(state, { unsafe: true })}</script></body></html>\`);
});

app.get('/app-escaped', (req, res) => {
  const state = { user: req.query.user, theme: req.query.theme };
@ok  res.send(\`<html><body><div id="root"></div><script>window.__STATE__ = \${serialize(state)}</script></body></html>\`);
});

app.get('/app-json', (req, res) => {
  const state = { user: req.query.user };
@@  res.send('<script>window.__STATE__ = ' + JSON.stringify(state) + '</script>');
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-611",
    "libxmljs parsing uploads with entity substitution",
    `import express from 'express';
import * as libxmljs from 'libxmljs2';
import libxml from 'libxmljs';
import { DOMParser } from '@xmldom/xmldom';

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/invoice', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ total: doc.get('//total')?.text() });
});

app.post('/invoice-plain', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.json({ total: doc.get('//total')?.text() });
});

app.post('/feed', (req, res) => {
  const options = { noent: true, dtdload: true, nonet: false };
@@  const doc = libxml.parseXmlString(req.body, options);
  res.json({ items: doc.find('//item').length });
});

app.post('/dom', (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ root: doc.documentElement?.nodeName });
});
`,
  ),
  ...js(
    "CWE-918",
    "got, needle, superagent, request and undici aimed by the request",
    `const Koa = require('koa');
const Router = require('@koa/router');
const got = require('got');
const needle = require('needle');
const superagent = require('superagent');
const request = require('request');
const { request: undiciRequest } = require('undici');

const router = new Router();

router.get('/preview', async (ctx) => {
  const { url: target } = ctx.query;
@@  const body = await got(target).text();
  ctx.body = body.slice(0, 200);
});

router.get('/needle', async (ctx) => {
@@  const resp = await needle('get', ctx.query.feed);
  ctx.body = resp.body;
});

router.post('/hook', async (ctx) => {
  const { callbackUrl } = ctx.request.body;
@@  await superagent.post(callbackUrl).send({ status: 'done' });
  ctx.status = 204;
});

router.get('/legacy', (ctx) => {
@@  request(\`http://\${ctx.query.host}/api/status\`).pipe(ctx.res);
});

router.get('/undici', async (ctx) => {
@@  const { body } = await undiciRequest(ctx.query.target);
  ctx.body = await body.text();
});

router.get('/user/:id', async (ctx) => {
@ok  const body = await got(\`https://api.example.com/users/\${encodeURIComponent(ctx.params.id)}\`).json();
  ctx.body = body;
});

new Koa().use(router.routes()).listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "axios calls from a service class and a webhook sender",
    `import axios, { AxiosRequestConfig } from 'axios';
import type { Request, Response } from 'express';

const ALLOWED_HOSTS = ['hooks.slack.com', 'hooks.example.com'];

export class WebhookService {
  async deliver(target: string, payload: unknown): Promise<number> {
    const config: AxiosRequestConfig = { method: 'post', url: target, data: payload, timeout: 5000 };
@@    const res = await axios.request(config);
    return res.status;
  }

  async deliverChecked(target: string, payload: unknown): Promise<number> {
    const { hostname, protocol } = new URL(target);
    if (protocol !== 'https:' || !ALLOWED_HOSTS.includes(hostname)) throw new Error('host not allowed');
@ok    const res = await axios.post(target, payload, { timeout: 5000 });
    return res.status;
  }
}

const service = new WebhookService();

export async function register(req: Request, res: Response) {
  const status = await service.deliver(req.body?.webhook, { event: 'registered' });
  res.json({ status });
}

export async function image(req: Request, res: Response) {
@@  const r = await axios({ url: String(req.query.src), responseType: 'arraybuffer' });
  res.type('image/png').send(r.data);
}
`,
  ),
  ...ts(
    "CWE-601",
    "redirects in koa, fastify, NestJS and Lambda",
    `import Koa from 'koa';
import Fastify from 'fastify';
import { Controller, Get, Query, Redirect } from '@nestjs/common';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const koa = new Koa();
koa.use(async (ctx) => {
  const returnTo = ctx.query.returnTo as string | undefined;
@@  if (returnTo) return ctx.redirect(returnTo);
@ok  ctx.redirect('/home');
});

const fastify = Fastify();
fastify.get<{ Querystring: { next?: string } }>('/login/done', async (req, reply) => {
  const next = req.query.next ?? '/';
@@  return reply.redirect(next);
});

fastify.get<{ Querystring: { next?: string } }>('/login/done-local', async (req, reply) => {
  const next = req.query.next ?? '/';
  const local = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\') ? next : '/';
@ok  return reply.redirect(local);
});

@Controller('go')
export class GoController {
  @Get()
  @Redirect()
  go(@Query('to') to: string) {
@@    return { url: to, statusCode: 302 };
  }
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const next = event.queryStringParameters?.next ?? '/';
@@  return { statusCode: 302, headers: { Location: next }, body: '' };
};

export const fixedHandler = async (): Promise<APIGatewayProxyResult> => {
@ok  return { statusCode: 302, headers: { Location: 'https://www.example.com/' }, body: '' };
};
`,
  ),
  ...js(
    "CWE-400",
    "regular expressions built from request text",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();

app.get('/search', (req, res) => {
  const { q } = req.query;
@@  const re = new RegExp(q, 'i');
  res.json(items.filter((i) => re.test(i.name)));
});

app.get('/search-escaped', (req, res) => {
@ok  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(items.filter((i) => re.test(i.name)));
});

app.get('/prefix', (req, res) => {
  const prefix = req.query.prefix;
@@  const hits = items.filter((i) => i.name.match('^' + prefix));
  res.json(hits);
});

app.get('/split', (req, res) => {
@@  res.json(String(req.body.text).split(new RegExp(req.query.sep)));
});

const items = [{ name: 'alpha' }, { name: 'beta' }];
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "validators with nested quantifiers run on request fields",
    `import { Request, Response } from 'express';

const EMAIL = /^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+.)+([a-zA-Z0-9]{2,4})+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function signup(req: Request, res: Response) {
  const email: string = req.body.email;
@@  if (!/^(\\w+\\s?)*$/.test(req.body.displayName)) return res.status(400).send('bad name');
@ok  if (!SLUG.test(req.body.slug)) return res.status(400).send('bad slug');
  res.json({ ok: EMAIL.test(email) });
}

export function tags(req: Request, res: Response) {
@@  const ok = /^(a|aa)+$/.test(String(req.query.tag));
@ok  const short = /^[a-z]{1,32}$/.test(String(req.query.tag));
  res.json({ ok, short });
}
`,
  ),
  ...js(
    "CWE-79",
    "template engines printing request values unescaped",
    `const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const app = express();

app.get('/ejs', (req, res) => {
@@  res.send(ejs.render('<h1>Hello <%- name %></h1>', { name: req.query.name }));
});

app.get('/ejs-escaped', (req, res) => {
@ok  res.send(ejs.render('<h1>Hello <%= name %></h1>', { name: req.query.name }));
});

app.get('/pug', (req, res) => {
@@  res.send(pug.render('p!= message', { message: req.query.message }));
});

const bioTemplate = Handlebars.compile('<div class="bio">{{{bio}}}</div>');
app.get('/bio', (req, res) => {
@@  res.send(bioTemplate({ bio: req.query.bio }));
});

app.get('/comment', (req, res) => {
@@  res.send(Mustache.render('<p>{{{comment}}}</p>', { comment: req.query.comment }));
});

app.get('/comment-escaped', (req, res) => {
@ok  res.send(Mustache.render('<p>{{comment}}</p>', { comment: req.query.comment }));
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1336",
    "templates compiled from request text",
    `const express = require('express');
const pug = require('pug');
const ejs = require('ejs');
const nunjucks = require('nunjucks');
const app = express();
app.use(express.json());
nunjucks.configure('views', { autoescape: true });

app.post('/preview/pug', (req, res) => {
@@  res.send(pug.render(req.body.template, { user: req.user }));
});

app.post('/preview/ejs', (req, res) => {
  const { template: tpl, data } = req.body;
@@  res.send(ejs.render(tpl, data));
});

app.post('/preview/njk', (req, res) => {
@@  res.send(nunjucks.renderString(req.body.source, { name: 'guest' }));
});

app.get('/page', (req, res) => {
@ok  res.send(nunjucks.render('page.njk', { name: req.query.name }));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-117",
    "log lines built from request values",
    `import express from 'express';
import winston from 'winston';
import pino from 'pino';

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const log = pino();
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const { username: user } = req.body;
@@  logger.warn(\`login failed for \${user}\`);
@ok  log.warn({ user }, 'login failed');
  res.status(401).end();
});

app.get('/audit', (req, res) => {
@@  console.log('audit lookup by ' + req.query.actor);
  const actor = String(req.query.actor).replace(/[\\r\\n]/g, '');
@ok  console.log('audit lookup by ' + actor);
  res.end();
});
`,
  ),
];
