// Dev suite "js-ts", batch 97: written before any fix for it (own code), over the gaps the previous round named,
// the rules read first. Class getters that contain a path under a root vs getters that only join; fetchers made by
// factories and HTTP clients injected into classes (axios instances, got) given request URLs vs allow-listed ones;
// ReDoS: RegExps built from word lists and configuration vs from request text, nested quantifiers over multi-char
// pieces applied to request data vs unambiguous rewrites; sails actions, routes and policies, Apollo Server
// resolvers, context and data sources, http-proxy / http-proxy-middleware targets and the headers they pass through;
// Math.random for shuffles, jitter, sampling and UI ids vs for tokens, passwords and session ids; postMessage of
// pings and layout vs of tokens; string evaluators over constants vs over request text; NestJS class-validator DTOs
// with and without a ValidationPipe in the file that bootstraps the app.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch97", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch97", cwe, note, src, "typescript");

export const BATCH97: DevCase[] = [
  // ---------------- path getters ----------------
  ...ts(
    "CWE-22",
    "TS class: safePath getter resolves under the root and throws outside it, read with fs.readFile vs a getter that only joins",
    `import express from 'express';
import fs from 'fs';
import path from 'path';

const root = path.resolve(process.env.DOCS_DIR || './docs');

class DocRequest {
  constructor(public readonly name: string) {}

  get safePath(): string {
    const p = path.resolve(root, this.name);
    if (!p.startsWith(root + path.sep)) throw new Error('path escapes the docs folder');
    return p;
  }

  get filePath(): string {
    return path.join(root, this.name);
  }
}

const app = express();

app.get('/docs/:name', (req, res) => {
  const doc = new DocRequest(req.params.name);
@ok  fs.readFile(doc.safePath, 'utf8', (err, text) => (err ? res.sendStatus(404) : res.type('text/plain').send(text)));
});

app.get('/raw-docs/:name', (req, res) => {
  const doc = new DocRequest(req.params.name);
@@  fs.readFile(doc.filePath, 'utf8', (err, text) => (err ? res.sendStatus(404) : res.type('text/plain').send(text)));
});
`,
  ),
  ...js(
    "CWE-22",
    "JS class: a getter checks path.relative for '..' and absolute paths vs a getter that only normalises",
    `const express = require('express');
const fs = require('fs');
const path = require('path');

const UPLOADS = path.resolve(__dirname, 'uploads');

class Upload {
  constructor(name) {
    this.name = name;
  }

  get location() {
    const full = path.resolve(UPLOADS, this.name);
    const rel = path.relative(UPLOADS, full);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error('bad name');
    return full;
  }

  get normalised() {
    return path.normalize(UPLOADS + '/' + this.name);
  }
}

const app = express();
app.get('/files', (req, res) => {
  const up = new Upload(String(req.query.file));
  try {
@ok    res.send(fs.readFileSync(up.location));
  } catch {
    res.sendStatus(400);
  }
});
app.get('/files-old', (req, res) => {
  const up = new Upload(String(req.query.file));
@@  res.send(fs.readFileSync(up.normalised));
});
`,
  ),
  ...ts(
    "CWE-22",
    "getter strips one leading '../' with replace (still escapes with ....//) vs a getter that keeps the basename",
    `import { Router } from 'express';
import { createReadStream } from 'fs';
import { join, basename } from 'path';

const AVATARS = '/var/app/avatars';

class AvatarFile {
  constructor(private readonly requested: string) {}

  get stripped(): string {
    return join(AVATARS, this.requested.replace('../', ''));
  }

  get flat(): string {
    return join(AVATARS, basename(this.requested));
  }
}

export const avatars = Router();

avatars.get('/avatar', (req, res) => {
  const f = new AvatarFile(String(req.query.f));
@@  createReadStream(f.stripped).pipe(res);
});

avatars.get('/avatar2', (req, res) => {
  const f = new AvatarFile(String(req.query.f));
@ok  createReadStream(f.flat).pipe(res);
});
`,
  ),
  ...ts(
    "CWE-22",
    "getter resolves the real path and checks it stays under the root before writeFile vs a getter returning path.resolve unchecked",
    `import express from 'express';
import { promises as fsp, realpathSync } from 'fs';
import path from 'path';

const BASE = realpathSync('/srv/notes');

class NoteTarget {
  constructor(private readonly slug: string) {}

  get checked(): string {
    const target = path.resolve(BASE, this.slug + '.md');
    if (path.dirname(target) !== BASE) throw new Error('nested or escaping note name');
    return target;
  }

  get resolved(): string {
    return path.resolve(BASE, this.slug + '.md');
  }
}

const app = express();
app.use(express.json());

app.put('/notes/:slug', async (req, res) => {
  const t = new NoteTarget(req.params.slug);
@ok  await fsp.writeFile(t.checked, String(req.body.text));
  res.sendStatus(204);
});

app.put('/notes-legacy/:slug', async (req, res) => {
  const t = new NoteTarget(req.params.slug);
@@  await fsp.writeFile(t.resolved, String(req.body.text));
  res.sendStatus(204);
});
`,
  ),
  // ---------------- injected HTTP clients ----------------
  ...js(
    "CWE-918",
    "arrow factory makeFetcher = (client) => (url) => client.get(url), called with the query URL (sink line in the factory)",
    `const express = require('express');
const axios = require('axios');

@@const makeFetcher = (client) => (url) => client.get(url, { timeout: 3000 });
const fetchPage = makeFetcher(axios);

const app = express();
app.get('/preview', async (req, res) => {
  const r = await fetchPage(req.query.url);
  res.json({ status: r.status, length: String(r.data).length });
});
`,
  ),
  ...js(
    "CWE-918",
    "arrow factory makeFetcher = (client) => (url) => client.get(url), called only after the host is allow-listed (sink line in the factory)",
    `const express = require('express');
const axios = require('axios');

const ALLOWED_HOSTS = new Set(['api.github.com', 'gitlab.com']);
@okconst makeFetcher = (client) => (url) => client.get(url, { timeout: 3000 });
const fetchPage = makeFetcher(axios);

const app = express();
app.get('/preview', async (req, res) => {
  let u;
  try {
    u = new URL(String(req.query.url));
  } catch {
    return res.sendStatus(400);
  }
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(403);
  const r = await fetchPage(u.toString());
  res.json({ status: r.status, length: String(r.data).length });
});
`,
  ),
  ...ts(
    "CWE-918",
    "TS class given an AxiosInstance in its constructor: a handler method passes req.query.url to this.http.get",
    `import express, { Request, Response } from 'express';
import axios, { AxiosInstance } from 'axios';

class LinkPreviewController {
  constructor(private http: AxiosInstance) {}

  preview = async (req: Request, res: Response) => {
@@    const r = await this.http.get(String(req.query.url), { responseType: 'text' });
    res.json({ title: /<title>([^<]*)<\\/title>/i.exec(r.data)?.[1] ?? null });
  };
}

const ctrl = new LinkPreviewController(axios.create({ timeout: 5000, maxRedirects: 0 }));
const app = express();
app.get('/preview', ctrl.preview);
app.listen(3000);
`,
  ),
  ...ts(
    "CWE-918",
    "TS class given an AxiosInstance in its constructor: the handler checks the URL's host against an allow-list first",
    `import express, { Request, Response } from 'express';
import axios, { AxiosInstance } from 'axios';

const ALLOWED = ['www.youtube.com', 'vimeo.com'];

class EmbedController {
  constructor(private readonly http: AxiosInstance) {}

  oembed = async (req: Request, res: Response) => {
    const target = new URL(String(req.query.url));
    if (!ALLOWED.includes(target.hostname)) {
      res.status(400).json({ error: 'unsupported provider' });
      return;
    }
@ok    const r = await this.http.get(target.href);
    res.json(r.data);
  };
}

const ctrl = new EmbedController(axios.create({ timeout: 5000 }));
const app = express();
app.get('/oembed', ctrl.oembed);
`,
  ),
  ...ts(
    "CWE-918",
    "NestJS controller injecting an AxiosInstance provider: @Query('url') fetched vs an id placed in a fixed API path",
    `import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { AxiosInstance } from 'axios';

@Controller('import')
export class ImportController {
  constructor(@Inject('HTTP') private readonly client: AxiosInstance) {}

  @Get('feed')
  async feed(@Query('url') url: string) {
@@    const { data } = await this.client.get(url);
    return data;
  }

  @Get('repo')
  async repo(@Query('id') id: string) {
@ok    const { data } = await this.client.get('https://api.github.com/repositories/' + encodeURIComponent(id));
    return data;
  }
}
`,
  ),
  ...js(
    "CWE-918",
    "factory returns an object of methods closing over an HTTP client; fetchJson gets a body URL vs a fixed host path",
    `const express = require('express');
const got = require('got');

function createApi(http) {
  return {
@@    fetchJson: (u) => http.get(u).json(),
@ok    fetchItem: (id) => http.get('https://inventory.internal.example/items/' + encodeURIComponent(id)).json(),
  };
}

const api = createApi(got);
const app = express();
app.use(express.json());

app.post('/webhook-test', async (req, res) => {
  res.json(await api.fetchJson(req.body.callbackUrl));
});

app.post('/item', async (req, res) => {
  res.json(await api.fetchItem(req.body.id));
});
`,
  ),
  ...js(
    "CWE-918",
    "JS class keeps an injected got client on this; fetch(url) called with the query value vs with a URL from a fixed map",
    `const express = require('express');
const got = require('got');

class Mirror {
  constructor(client) {
    this.client = client;
  }

  fetch(url) {
    return this.client(url).text();
  }
}

const SOURCES = { npm: 'https://registry.npmjs.org/', pypi: 'https://pypi.org/simple/' };
const mirror = new Mirror(got.extend({ timeout: { request: 4000 } }));
const app = express();

app.get('/mirror', async (req, res) => {
@@  res.send(await mirror.fetch(req.query.src));
});

app.get('/mirror-known', async (req, res) => {
  const base = SOURCES[req.query.src];
  if (typeof base !== 'string') return res.sendStatus(404);
@ok  res.send(await mirror.fetch(base));
});
`,
  ),
  // ---------------- ReDoS ----------------
  ...js(
    "CWE-1333",
    "RegExp built from a constant list of multi-char stop words, applied to the query vs a RegExp built from the query",
    `const express = require('express');
const app = express();

const STOP_WORDS = ['the', 'and', 'for', 'with', 'from'];
const stopRe = new RegExp('\\\\b(?:' + STOP_WORDS.join('|') + ')\\\\b', 'gi');

app.get('/search', (req, res) => {
  const q = String(req.query.q || '');
@ok  const cleaned = q.replace(stopRe, ' ').trim();
  res.json({ cleaned });
});

app.get('/grep', (req, res) => {
@@  const re = new RegExp(String(req.query.pattern));
  res.json({ hit: re.test(String(req.query.text || '')) });
});
`,
  ),
  ...ts(
    "CWE-1333",
    "RegExp from configuration (env and a config object) tested on request data vs a RegExp from the request body",
    `import express from 'express';
import config from './config.json';

const usernameRe = new RegExp(config.usernamePattern);
const originRe = new RegExp(process.env.CORS_ORIGIN_PATTERN ?? '^https://app\\\\.example\\\\.com$');

const app = express();
app.use(express.json());

app.post('/signup', (req, res) => {
@ok  if (!usernameRe.test(String(req.body.username))) return res.status(400).end();
  res.status(201).end();
});

app.get('/cors-check', (req, res) => {
@ok  res.json({ allowed: originRe.test(String(req.headers.origin ?? '')) });
});

app.post('/filter', (req, res) => {
@@  const rule = new RegExp(req.body.rule, 'i');
  res.json((req.body.items as string[]).filter((s) => rule.test(s)));
});
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp built from keywords mapped through escapeRegExp inside a library function vs from the caller's raw keyword",
    `const escapeRegExp = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

function highlighter(keywords) {
@ok  return new RegExp('(' + keywords.map(escapeRegExp).join('|') + ')', 'gi');
}

const express = require('express');
const app = express();
app.get('/hl', (req, res) => {
  const words = String(req.query.words || '').split(',');
  const re = highlighter(words);
  res.send(String(req.query.text || '').replace(re, '<mark>$1</mark>'));
});

app.get('/hl-raw', (req, res) => {
@@  const re = new RegExp('(' + String(req.query.words || '').split(',').join('|') + ')', 'gi');
  res.json({ n: (String(req.query.text || '').match(re) || []).length });
});
`,
  ),
  ...js(
    "CWE-1333",
    "name validator (\\\\w+\\\\s?)+$ on a body field (exponential) vs words separated by required single spaces",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/profile', (req, res) => {
  const name = String(req.body.displayName || '');
@@  if (!/^(\\w+\\s?)+$/.test(name)) return res.status(400).json({ error: 'invalid name' });
  res.json({ ok: true });
});

app.post('/profile2', (req, res) => {
  const name = String(req.body.displayName || '');
@ok  if (!/^\\w+(?: \\w+)*$/.test(name)) return res.status(400).json({ error: 'invalid name' });
  res.json({ ok: true });
});
`,
  ),
  ...ts(
    "CWE-1333",
    "hostname check ([\\\\w-]+\\\\.?)+ on the query (exponential: the dot is optional) vs labels each ending in a required dot",
    `import express from 'express';
const app = express();

app.get('/dns', (req, res) => {
  const host = String(req.query.host ?? '');
@@  const valid = /^([\\w-]+\\.?)+$/.test(host);
  res.json({ valid });
});

app.get('/dns2', (req, res) => {
  const host = String(req.query.host ?? '');
@ok  const valid = host.length <= 253 && /^(?:[\\w-]{1,63}\\.)*[\\w-]{1,63}$/.test(host);
  res.json({ valid });
});
`,
  ),
  ...js(
    "CWE-1333",
    "unanchored two-char alternation (\\r\\n|\\n\\r)+$ over a large text body (quadratic: each start retried) vs the same pattern anchored with ^",
    `const express = require('express');
const app = express();
app.use(express.text({ limit: '2mb' }));

app.post('/suffix', (req, res) => {
@@  const m = /(?:\\r\\n|\\n\\r)+$/.exec(req.body);
  res.json({ trailing: m ? m[0].length : 0 });
});

app.post('/only-newlines', (req, res) => {
@ok  const m = /^(?:\\r\\n|\\n\\r)+$/.exec(req.body);
  res.json({ blank: Boolean(m) });
});
`,
  ),
  ...ts(
    "CWE-1333",
    "email-ish ([\\\\w.+-]+)+@ nested quantifier on a body field (exponential) vs the flat character class",
    `import { Router } from 'express';

export const invites = Router();

invites.post('/invite', (req, res) => {
  const email = String(req.body?.email ?? '');
@@  if (!/^([\\w.+-]+)+@example\\.com$/.test(email)) return res.status(400).end();
  res.status(202).end();
});

invites.post('/invite2', (req, res) => {
  const email = String(req.body?.email ?? '');
@ok  if (!/^[\\w.+-]+@example\\.com$/.test(email)) return res.status(400).end();
  res.status(202).end();
});
`,
  ),
  ...js(
    "CWE-1333",
    "overlapping multi-char alternation (ab|a|b)+ anchored to the end on the query (exponential) vs a single class",
    `const express = require('express');
const app = express();

app.get('/seq', (req, res) => {
  const s = String(req.query.s || '');
@@  res.json({ ok: /^(ab|a|b)+$/.test(s) });
});

app.get('/seq2', (req, res) => {
  const s = String(req.query.s || '');
@ok  res.json({ ok: /^[ab]+$/.test(s) });
});
`,
  ),
  // ---------------- sails ----------------
  ...js(
    "CWE-22",
    "sails controller action: req.param('file') joined under the uploads folder and streamed vs its basename",
    `// api/controllers/FileController.js
const path = require('path');
const fs = require('fs');

const UPLOADS = path.resolve(sails.config.appPath, '.tmp/uploads');

module.exports = {
  download: function (req, res) {
    const file = req.param('file');
@@    return fs.createReadStream(path.join(UPLOADS, file)).pipe(res);
  },

  downloadFlat: function (req, res) {
    const file = path.basename(req.param('file'));
@ok    return fs.createReadStream(path.join(UPLOADS, file)).pipe(res);
  },
};
`,
  ),
  ...js(
    "CWE-89",
    "sails action: sendNativeQuery with req.param concatenated vs the value bound as $1",
    `// api/controllers/UserController.js
module.exports = {
  search: async function (req, res) {
    const name = req.param('name');
@@    const result = await sails.sendNativeQuery("SELECT id, email FROM user WHERE name = '" + name + "'");
    return res.json(result.rows);
  },

  searchSafe: async function (req, res) {
    const name = req.param('name');
@ok    const result = await sails.sendNativeQuery('SELECT id, email FROM user WHERE name = $1', [name]);
    return res.json(result.rows);
  },
};
`,
  ),
  ...js(
    "CWE-601",
    "sails login action redirects to req.param('returnTo') vs to a local path it checked",
    `// api/controllers/AuthController.js
module.exports = {
  login: async function (req, res) {
    req.session.userId = (await User.findOne({ email: req.param('email') })).id;
@@    return res.redirect(req.param('returnTo'));
  },

  loginSafe: async function (req, res) {
    req.session.userId = (await User.findOne({ email: req.param('email') })).id;
    const to = String(req.param('returnTo') || '/');
@ok    return res.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/');
  },
};
`,
  ),
  ...js(
    "CWE-918",
    "sails actions2: the declared url input is fetched (inputs come from the request) vs an input limited with isIn",
    `// api/controllers/webhooks/ping.js
module.exports = {
  friendlyName: 'Ping webhook',
  inputs: {
    url: { type: 'string', required: true },
  },
  fn: async function ({ url }) {
@@    const response = await fetch(url, { method: 'POST', body: '{}' });
    return { status: response.status };
  },
};
`,
  ),
  ...js(
    "CWE-918",
    "sails actions2: the region input is checked with isIn and only picks a fixed host",
    `// api/controllers/status/region.js
const HOSTS = { eu: 'https://eu.status.example.com', us: 'https://us.status.example.com' };

module.exports = {
  inputs: {
    region: { type: 'string', isIn: ['eu', 'us'], required: true },
  },
  fn: async function ({ region }) {
@ok    const response = await fetch(HOSTS[region] + '/health');
    return { status: response.status };
  },
};
`,
  ),
  ...js(
    "CWE-113",
    "sails policy copies the caller's request id header onto the response (Node's setHeader rejects CR/LF)",
    `// api/policies/requestId.js
const { randomUUID } = require('crypto');

module.exports = async function (req, res, proceed) {
  const id = req.get('x-request-id') || randomUUID();
@ok  res.set('X-Request-Id', id);
  return proceed();
};
`,
  ),
  ...js(
    "CWE-79",
    "sails action sends req.param('q') inside HTML vs renders it through res.view (EJS escapes <%= %>)",
    `// api/controllers/SearchController.js
module.exports = {
  results: function (req, res) {
@@    return res.send('<h1>Results for ' + req.param('q') + '</h1>');
  },

  resultsView: function (req, res) {
@ok    return res.view('pages/search', { q: req.param('q') });
  },
};
`,
  ),
  // ---------------- Apollo Server ----------------
  ...ts(
    "CWE-918",
    "Apollo Server resolver fetches the url argument vs a resolver that places the id argument in a fixed API path",
    `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const typeDefs = \`#graphql
  type Query { preview(url: String!): String, product(id: ID!): String }
\`;

const resolvers = {
  Query: {
    preview: async (_: unknown, { url }: { url: string }) => {
@@      const r = await fetch(url);
      return (await r.text()).slice(0, 200);
    },
    product: async (_: unknown, { id }: { id: string }) => {
@ok      const r = await fetch(\`https://catalog.example.com/products/\${encodeURIComponent(id)}\`);
      return r.text();
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
await startStandaloneServer(server, { listen: { port: 4000 } });
`,
  ),
  ...js(
    "CWE-89",
    "Apollo resolver interpolates a filter argument into SQL vs passes it as a parameter",
    `const { ApolloServer, gql } = require('apollo-server-express');
const { Pool } = require('pg');

const db = new Pool();
const typeDefs = gql\`
  type User { id: ID!, name: String }
  type Query { users(filter: String): [User], usersSafe(filter: String): [User] }
\`;

const resolvers = {
  Query: {
    async users(parent, args) {
@@      const { rows } = await db.query(\`SELECT id, name FROM users WHERE name LIKE '%\${args.filter}%'\`);
      return rows;
    },
    async usersSafe(parent, args) {
@ok      const { rows } = await db.query('SELECT id, name FROM users WHERE name LIKE $1', ['%' + args.filter + '%']);
      return rows;
    },
  },
};

module.exports = new ApolloServer({ typeDefs, resolvers });
`,
  ),
  ...ts(
    "CWE-113",
    "Apollo context forwards the Authorization header to a RESTDataSource's backend request (header pass-through)",
    `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { RESTDataSource, AugmentedRequest } from '@apollo/datasource-rest';

class OrdersAPI extends RESTDataSource {
  override baseURL = 'https://orders.internal.example/';
  constructor(private readonly token: string) {
    super();
  }
  override willSendRequest(_path: string, request: AugmentedRequest) {
@ok    request.headers['authorization'] = this.token;
  }
  getOrder(id: string) {
    return this.get(\`orders/\${encodeURIComponent(id)}\`);
  }
}

const server = new ApolloServer({ typeDefs: 'type Query { order(id: ID!): String }', resolvers: {} });
await startStandaloneServer(server, {
  context: async ({ req }) => ({ dataSources: { orders: new OrdersAPI(req.headers.authorization ?? '') } }),
});
`,
  ),
  ...ts(
    "CWE-918",
    "Apollo context builds a RESTDataSource whose baseURL is a request header vs one whose tenant header picks from a fixed map",
    `import { RESTDataSource } from '@apollo/datasource-rest';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServer } from '@apollo/server';

class TenantAPI extends RESTDataSource {
  constructor(base: string) {
    super();
    this.baseURL = base;
  }
  profile() {
    return this.get('profile');
  }
}

const TENANTS: Record<string, string> = { acme: 'https://acme.api.example.com/', globex: 'https://globex.api.example.com/' };
const server = new ApolloServer({ typeDefs: 'type Query { me: String }', resolvers: {} });

await startStandaloneServer(server, {
  context: async ({ req }) => {
    const fromHeader = String(req.headers['x-backend-url'] ?? '');
    const tenant = TENANTS[String(req.headers['x-tenant'] ?? '')] ?? TENANTS.acme;
    return {
@@      direct: new TenantAPI(fromHeader),
@ok      pinned: new TenantAPI(tenant),
    };
  },
});
`,
  ),
  // ---------------- http-proxy ----------------
  ...js(
    "CWE-918",
    "http-proxy: proxy.web with a target from the query (open proxy) vs a fixed upstream, request headers passed through",
    `const http = require('http');
const httpProxy = require('http-proxy');
const { URL } = require('url');

const proxy = httpProxy.createProxyServer({});

http
  .createServer((req, res) => {
    const target = new URL(req.url, 'http://localhost').searchParams.get('target');
    if (req.url.startsWith('/open')) {
@@      proxy.web(req, res, { target });
      return;
    }
@ok    proxy.web(req, res, { target: 'http://127.0.0.1:4000', changeOrigin: true });
  })
  .listen(8080);
`,
  ),
  ...js(
    "CWE-113",
    "http-proxy proxyReq/proxyRes hooks copy request and upstream headers (setHeader validates the values)",
    `const httpProxy = require('http-proxy');
const express = require('express');

const proxy = httpProxy.createProxyServer({ target: 'http://api:3000' });
proxy.on('proxyReq', (proxyReq, req) => {
@ok  proxyReq.setHeader('X-Forwarded-User', req.headers['x-user'] || 'anonymous');
});
proxy.on('proxyRes', (proxyRes, req, res) => {
@ok  res.setHeader('X-Upstream-Server', proxyRes.headers['server'] || 'unknown');
});

const app = express();
app.use('/api', (req, res) => proxy.web(req, res));
app.listen(8080);
`,
  ),
  ...ts(
    "CWE-918",
    "http-proxy-middleware router returning a host from the query vs a static router table",
    `import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

const app = express();

app.use(
  '/dyn',
  createProxyMiddleware({
    target: 'http://api.internal:3000',
    changeOrigin: true,
@@    router: (req) => String(req.query.backend),
  }),
);

app.use(
  '/static',
  createProxyMiddleware({
    target: 'http://api.internal:3000',
@ok    router: { 'eu.example.com': 'http://eu-api.internal:3000', 'us.example.com': 'http://us-api.internal:3000' },
  }),
);
`,
  ),
  // ---------------- Math.random ----------------
  ...js(
    "CWE-338",
    "Math.random: sort-comparator shuffle, Fisher-Yates, sampling rate and retry jitter vs a password and a session id",
    `export function shuffleDeck(deck) {
@ok  return deck.slice().sort(() => Math.random() - 0.5);
}

export function shuffleQuestions(qs) {
  const out = [...qs];
  for (let i = out.length - 1; i > 0; i--) {
@ok    const k = Math.floor(Math.random() * (i + 1));
    [out[i], out[k]] = [out[k], out[i]];
  }
  return out;
}

export function maybeTrace(span) {
@ok  if (Math.random() < 0.05) span.setAttribute('sampled', true);
}

export async function withRetry(fn, attempts = 5) {
  for (let n = 0; ; n++) {
    try {
      return await fn();
    } catch (e) {
      if (n >= attempts) throw e;
@ok      await new Promise((r) => setTimeout(r, 200 * 2 ** n + Math.random() * 100));
    }
  }
}

export function temporaryPassword(len = 12) {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  let out = '';
@@  for (let i = 0; i < len; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

export function newSessionId() {
@@  return Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
}
`,
  ),
  ...ts(
    "CWE-338",
    "Math.random: DOM element ids, a random avatar colour and a sampled log vs an email-verification code and a CSRF nonce",
    `let counter = 0;

export function fieldId(prefix: string): string {
@ok  return \`\${prefix}-\${Math.random().toString(36).slice(2, 8)}\`;
}

export function tooltip(target: HTMLElement, text: string): void {
  const tipId = 'tip-' + (++counter).toString(36);
@ok  const el = Object.assign(document.createElement('div'), { id: tipId + Math.random().toString(36).slice(2, 6), textContent: text });
  target.setAttribute('aria-describedby', el.id);
  document.body.append(el);
}

const COLOURS = ['#e57373', '#64b5f6', '#81c784', '#ffb74d'];
export function avatarColour(): string {
@ok  return COLOURS[Math.floor(Math.random() * COLOURS.length)];
}

export function verificationCode(): string {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

export function csrfNonce(): string {
@@  return Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
}
`,
  ),
  ...js(
    "CWE-338",
    "Math.random id stored as the session cookie value (an id used as a secret) vs the same helper naming a temp element",
    `const express = require('express');
const app = express();

function randomId() {
  return Math.random().toString(36).slice(2);
}

app.post('/login', (req, res) => {
@@  const id = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  sessions.set(id, { user: req.body.user });
  res.cookie('sid', id, { httpOnly: true });
  res.end();
});

app.get('/widget', (req, res) => {
@ok  const domId = 'w' + Math.random().toString(36).slice(2, 7);
  res.type('html').send('<div id="' + domId + '"></div><script>mount(' + JSON.stringify(domId) + ')</script>');
});

module.exports = { app, randomId };
`,
  ),
  ...js(
    "CWE-338",
    "canvas particles and a UI toast position from Math.random vs an API key generator",
    `export function spawnParticles(ctx, n) {
  const particles = [];
  for (let i = 0; i < n; i++) {
@ok    particles.push({ x: Math.random() * ctx.canvas.width, y: Math.random() * ctx.canvas.height, vx: Math.random() - 0.5 });
  }
  return particles;
}

export function randomDelayMs(min, max) {
@ok  return min + Math.floor(Math.random() * (max - min));
}

export function generateApiKey() {
@@  return 'ak_' + Array.from({ length: 40 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}
`,
  ),
  // ---------------- postMessage ----------------
  ...js(
    "CWE-345",
    "postMessage to '*': a ready ping and an embed height passed in vs an id token and the user's email",
    `export function announceReady() {
@ok  window.parent.postMessage({ type: 'widget:ready', version: 2 }, '*');
}

export function reportSize(height) {
@ok  window.parent.postMessage({ type: 'widget:resize', height }, '*');
}

export function finishLogin(resp) {
@@  window.opener.postMessage({ type: 'oauth:done', idToken: resp.id_token }, '*');
}

export function shareProfile(profile) {
@@  window.parent.postMessage({ type: 'profile', email: profile.email, name: profile.name }, '*');
}
`,
  ),
  // ---------------- string evaluators ----------------
  ...js(
    "CWE-94",
    "new Function over constant code in a request handler vs over a posted expression",
    `const express = require('express');
const app = express();
app.use(express.json());

const discount = new Function('total', 'return total > 100 ? total * 0.9 : total');

app.post('/price', (req, res) => {
@ok  const f = new Function('o', 'return o.qty * o.unit');
  res.json({ total: discount(f(req.body)) });
});

app.post('/calc', (req, res) => {
@@  const f = new Function('o', 'return ' + req.body.formula);
  res.json({ value: f(req.body.vars) });
});
`,
  ),
  ...js(
    "CWE-94",
    "setTimeout with a function vs setTimeout with a string built from the query",
    `const express = require('express');
const app = express();

app.get('/later', (req, res) => {
@ok  setTimeout(() => console.log('tick', req.query.label), 1000);
  res.end();
});

app.get('/later-str', (req, res) => {
@@  setTimeout('console.log(' + req.query.label + ')', 1000);
  res.end();
});
`,
  ),
  // ---------------- NestJS ValidationPipe ----------------
  ...ts(
    "CWE-89",
    "single-file NestJS app without any ValidationPipe: @IsIn on sortBy does nothing, the DTO field reaches ORDER BY",
    `import { Controller, Get, Module, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';

class ListDto {
  @IsOptional()
  @IsIn(['name', 'createdAt'])
  sortBy?: string;
}

@Controller('products')
class ProductsController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  list(@Query() q: ListDto) {
@@    return this.ds.query(\`SELECT id, name FROM product ORDER BY \${q.sortBy ?? 'name'}\`);
  }
}

@Module({ controllers: [ProductsController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
`,
  ),
  ...ts(
    "CWE-89",
    "single-file NestJS app installing a global ValidationPipe: @IsIn on sortBy rejects other values before ORDER BY",
    `import { Controller, Get, Module, Query, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';

class ListDto {
  @IsOptional()
  @IsIn(['name', 'createdAt'])
  sortBy?: string;
}

@Controller('products')
class ProductsController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  list(@Query() q: ListDto) {
@ok    return this.ds.query(\`SELECT id, name FROM product ORDER BY \${q.sortBy ?? 'name'}\`);
  }
}

@Module({ controllers: [ProductsController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  await app.listen(3000);
}
bootstrap();
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS app bootstrapped without a global pipe: a route with @UsePipes(new ValidationPipe()) vs one without",
    `import { Body, Controller, Module, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsInt, Min } from 'class-validator';
import { DataSource } from 'typeorm';

class PageDto {
  @IsInt()
  @Min(0)
  offset!: number;
}

@Controller('audit')
class AuditController {
  constructor(private readonly ds: DataSource) {}

  @Post('page')
  @UsePipes(new ValidationPipe({ transform: true }))
  page(@Body() dto: PageDto) {
@ok    return this.ds.query('SELECT * FROM audit_log ORDER BY id LIMIT 50 OFFSET ' + dto.offset);
  }

  @Post('page-raw')
  pageRaw(@Body() dto: PageDto) {
@@    return this.ds.query('SELECT * FROM audit_log ORDER BY id LIMIT 50 OFFSET ' + dto.offset);
  }
}

@Module({ controllers: [AuditController] })
class AppModule {}

NestFactory.create(AppModule).then((app) => app.listen(3000));
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS app without a global pipe: @Body(new ValidationPipe()) on one handler vs a plain @Body() on another",
    `import { Body, Controller, Module, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsIn } from 'class-validator';
import { DataSource } from 'typeorm';

class ReportDto {
  @IsIn(['daily', 'weekly'])
  period!: string;
}

@Controller('reports')
class ReportsController {
  constructor(private readonly ds: DataSource) {}

  @Post('checked')
  checked(@Body(new ValidationPipe()) dto: ReportDto) {
@ok    return this.ds.query("SELECT * FROM report_" + dto.period);
  }

  @Post('unchecked')
  unchecked(@Body() dto: ReportDto) {
@@    return this.ds.query("SELECT * FROM report_" + dto.period);
  }
}

@Module({ controllers: [ReportsController] })
class AppModule {}

async function main() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
void main();
`,
  ),
  ...ts(
    "CWE-89",
    "NestJS controller file alone (the app's main.ts installs the global ValidationPipe): an @IsIn DTO field in ORDER BY",
    `import { Controller, Get, Query } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export class OrdersQuery {
  @IsOptional()
  @IsIn(['total', 'placedAt'])
  sort?: string;
}

@Controller('orders')
export class OrdersController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  list(@Query() q: OrdersQuery) {
@ok    return this.ds.query(\`SELECT id, total FROM orders ORDER BY \${q.sort ?? 'placedAt'} DESC\`);
  }
}
`,
  ),
];
