// Mechanisms from js-ts batch 165 (almost-right fixes): each test fails without its fix.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";
import type { Language } from "../../types.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (rule: string, code: string, language: Language = "javascript") =>
  analyzeSync(code, { language, rules: [rule] })
    .findings.map((f) => f.line)
    .sort((a, b) => a - b);

describe("JS-XSS-001: an escape the text around it makes useless", () => {
  it("flags DOMPurify output in a quoted attribute, not escape-html there", () => {
    const code = [
      "const escapeHtml = require('escape-html');",
      "const DOMPurify = require('isomorphic-dompurify');",
      "app.get('/a', (req, res) => res.send('<img alt=\"' + DOMPurify.sanitize(req.query.alt) + '\">'));",
      "app.get('/b', (req, res) => res.send('<img alt=\"' + escapeHtml(req.query.alt) + '\">'));",
      "app.get('/c', (req, res) => res.send(`<p>${DOMPurify.sanitize(req.query.html)}</p>`));",
    ].join("\n");
    expect(lines("JS-XSS-001", code)).toEqual([3]);
  });

  it("flags an HTML escaper at the start of an href unless the scheme was tested", () => {
    const code = [
      "const escapeHtml = require('escape-html');",
      "app.get('/a', (req, res) => res.send(`<a href=\"${escapeHtml(req.query.u)}\">go</a>`));",
      "app.get('/b', (req, res) => res.send(`<a href=\"/s?q=${escapeHtml(req.query.u)}\">go</a>`));",
      "app.get('/c', (req, res) => {",
      "  const u = new URL(String(req.query.u));",
      "  if (u.protocol !== 'https:') return res.end();",
      '  res.send(`<a href="${escapeHtml(u.href)}">go</a>`);',
      "});",
    ].join("\n");
    expect(lines("JS-XSS-001", code)).toEqual([2]);
  });

  it("flags encodeURIComponent inside a single-quoted script string, not in a URL attribute", () => {
    const code = [
      "app.get('/a', (req, res) => res.send(`<script>var q = '${encodeURIComponent(req.query.q)}';</script>`));",
      "app.get('/b', (req, res) => res.send(`<a href=\"/s?q=${encodeURIComponent(req.query.q)}\">x</a>`));",
      "app.get('/c', (req, res) => res.send(`<script>var q = \"${encodeURIComponent(req.query.q)}\";</script>`));",
    ].join("\n");
    expect(lines("JS-XSS-001", code)).toEqual([1]);
  });
});

describe("JS-PATH-001: containment checks that do not hold", () => {
  it("does not count a prefix test of a path decoded after it", () => {
    const code = [
      "const fs = require('fs');",
      "const path = require('path');",
      "const ROOT = '/srv/files';",
      "app.use('/a', (req, res) => {",
      "  const t = path.join(ROOT, req.path);",
      "  if (!t.startsWith(ROOT + path.sep)) return res.end();",
      "  fs.createReadStream(decodeURIComponent(t)).pipe(res);",
      "});",
      "app.use('/b', (req, res) => {",
      "  const t = path.join(ROOT, decodeURIComponent(req.path));",
      "  if (!t.startsWith(ROOT + path.sep)) return res.end();",
      "  fs.createReadStream(t).pipe(res);",
      "});",
    ].join("\n");
    expect(lines("JS-PATH-001", code)).toEqual([7]);
  });

  it("does not count includes('..') before path.resolve (an absolute name replaces the root)", () => {
    const code = [
      "const path = require('path');",
      "app.get('/a', (req, res) => {",
      "  const n = String(req.query.f);",
      "  if (n.includes('..')) return res.end();",
      "  res.download(path.resolve('/srv', n));",
      "});",
      "app.get('/b', (req, res) => {",
      "  const n = String(req.query.f);",
      "  if (n.includes('..')) return res.end();",
      "  res.download(path.join('/srv', n));",
      "});",
    ].join("\n");
    expect(lines("JS-PATH-001", code)).toEqual([5]);
  });

  it("takes a zod field with a narrow anchored regex as pinned, not an unanchored one", () => {
    const code = [
      "import path from 'node:path';",
      "import { z } from 'zod';",
      "const Loose = z.object({ file: z.string().regex(/[\\w-]+\\.pdf/) });",
      "const Strict = z.object({ file: z.string().regex(/^[\\w-]+\\.pdf$/) });",
      "app.get('/a', (req, res) => res.sendFile(path.join('/srv', Loose.parse(req.query).file)));",
      "app.get('/b', (req, res) => res.sendFile(path.join('/srv', Strict.parse(req.query).file)));",
    ].join("\n");
    expect(lines("JS-PATH-001", code, "typescript")).toEqual([5]);
  });

  it("takes path.normalize('/' + p).slice(1) as a relative path with no '..'", () => {
    const code = [
      "const fs = require('fs');",
      "const path = require('path');",
      "app.get('/a', (req, res) => res.send(fs.readFileSync(path.join('/srv', path.normalize(req.query.n)))));",
      "app.get('/b', (req, res) => {",
      "  const n = path.normalize('/' + req.query.n).slice(1);",
      "  res.send(fs.readFileSync(path.join('/srv', n)));",
      "});",
    ].join("\n");
    expect(lines("JS-PATH-001", code)).toEqual([3]);
  });
});

describe("JS-PROTO-001: a path walk that keeps whatever a step finds", () => {
  it("flags a '__proto__'-only guard over `cur[p] = cur[p] || {}`, not over a step into objects only", () => {
    const keep = [
      "function setPath(obj, dotted, value) {",
      "  const parts = dotted.split('.');",
      "  if (parts.includes('__proto__')) throw new Error('bad');",
      "  let cur = obj;",
      "  for (const p of parts.slice(0, -1)) {",
      "    cur[p] = cur[p] || {};",
      "    cur = cur[p];",
      "  }",
      "  cur[parts[parts.length - 1]] = value;",
      "}",
    ];
    expect(lines("JS-PROTO-001", keep.join("\n"))).toEqual([6, 9]);
    const objectsOnly = [...keep];
    objectsOnly[5] = "    if (typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};";
    expect(lines("JS-PROTO-001", objectsOnly.join("\n"))).toEqual([]);
  });
});

describe("JS-ARGI-001: option injection through argument lists", () => {
  it("flags a startsWith('--') check (single-dash options pass), not a startsWith('-') one", () => {
    const code = [
      "const { spawn } = require('child_process');",
      "app.get('/a', (req, res) => {",
      "  if (req.query.t.startsWith('--')) return res.end();",
      "  spawn('git', ['grep', '-n', req.query.t]);",
      "});",
      "app.get('/b', (req, res) => {",
      "  if (req.query.t.startsWith('-')) return res.end();",
      "  spawn('git', ['grep', '-n', req.query.t]);",
      "});",
    ].join("\n");
    expect(lines("JS-ARGI-001", code)).toEqual([4]);
  });

  it("takes the value after grep's -e as the pattern; flags rg and a spread of request items", () => {
    const code = [
      "const { execFile } = require('child_process');",
      "app.get('/a', (req, res) => execFile('rg', ['--json', req.query.q, '/srv']));",
      "app.get('/b', (req, res) => execFile('rg', ['--json', '-e', req.query.q, '--', '/srv']));",
      "app.post('/c', (req, res) => execFile('tar', ['-czf', '/srv/o.tgz', ...req.body.files]));",
      "app.post('/d', (req, res) => {",
      "  const files = req.body.files.map((f) => './' + f);",
      "  execFile('tar', ['-czf', '/srv/o.tgz', ...files]);",
      "});",
    ].join("\n");
    expect(lines("JS-ARGI-001", code)).toEqual([2, 4]);
  });
});

describe("JS-CONF-001: helmet's COEP", () => {
  it("does not flag crossOriginEmbedderPolicy: false (helmet 7's default), still flags the CSP off", () => {
    const code = [
      "const helmet = require('helmet');",
      "app.use(helmet({ crossOriginEmbedderPolicy: false }));",
      "other.use(helmet({ contentSecurityPolicy: false }));",
    ].join("\n");
    expect(lines("JS-CONF-001", code)).toEqual([3]);
  });
});

describe("JS-JWT-001: jwt.decode as the fallback of a failed verify", () => {
  it("flags a decode in the catch of the try that verifies, not a decode for the kid before the verify", () => {
    const code = [
      "const jwt = require('jsonwebtoken');",
      "function a(req, res, next) {",
      "  let p;",
      "  try {",
      "    p = jwt.verify(req.headers.authorization, process.env.K, { algorithms: ['HS256'] });",
      "  } catch (err) {",
      "    p = jwt.decode(req.headers.authorization);",
      "  }",
      "  req.user = p;",
      "  next();",
      "}",
      "function b(req, res, next) {",
      "  const kid = jwt.decode(req.headers.authorization, { complete: true }).header.kid;",
      "  req.user = jwt.verify(req.headers.authorization, KEYS[kid], { algorithms: ['RS256'] });",
      "  next();",
      "}",
    ].join("\n");
    expect(lines("JS-JWT-001", code)).toEqual([7]);
  });
});

describe("JS-SQLI-001: Prisma.raw in a helper", () => {
  it("flags Prisma.raw of a helper's parameter the route fills from the query, not of a constant", () => {
    const code = [
      "import { Prisma, PrismaClient } from '@prisma/client';",
      "const prisma = new PrismaClient();",
      "async function sorted(sort: string) {",
      '  return prisma.$queryRaw`SELECT * FROM "Post" ORDER BY ${Prisma.raw(sort)} DESC`;',
      "}",
      "async function newest() {",
      '  return prisma.$queryRaw`SELECT * FROM "Post" ORDER BY ${Prisma.raw(\'"createdAt"\')} DESC`;',
      "}",
      "export async function GET(req: Request) {",
      "  const sort = new URL(req.url).searchParams.get('sort') ?? 'new';",
      "  return Response.json([await sorted(sort), await newest()]);",
      "}",
    ].join("\n");
    expect(lines("JS-SQLI-001", code, "typescript")).toEqual([4]);
  });
});

describe("JS-COOKIE-001: a session cookie's options without httpOnly", () => {
  it("flags options written out with secure but no httpOnly, not a CSRF token or a theme", () => {
    const code = [
      "app.post('/a', (req, res) => res.cookie('access_token', t, { secure: true, sameSite: 'strict' }));",
      "app.post('/b', (req, res) => res.cookie('access_token', t, { secure: true, httpOnly: true }));",
      "app.post('/c', (req, res) => res.cookie('csrf_token', t, { secure: true, sameSite: 'strict' }));",
      "app.post('/d', (req, res) => res.cookie('theme', 'dark', { secure: true }));",
    ].join("\n");
    const found = analyzeSync(code, { language: "javascript", rules: ["JS-COOKIE-001"] }).findings;
    expect(found.map((f) => [f.line, f.cwe])).toEqual([[1, ["CWE-1004"]]]);
  });
});

describe("JS-CRYPTO-004: one configured salt for every password", () => {
  it("flags a password salt from the environment with a literal fallback, not a per-password salt", () => {
    const code = [
      "const crypto = require('crypto');",
      "const SALT = Buffer.from(process.env.PASSWORD_SALT ?? 'default-salt');",
      "const a = (password) => crypto.scryptSync(password, SALT, 64);",
      "const b = (password) => crypto.scryptSync(password, crypto.randomBytes(16), 64);",
      "const KEY_SALT = Buffer.from(process.env.KEY_SALT);",
      "const c = (secret) => crypto.scryptSync(secret, KEY_SALT, 32);",
    ].join("\n");
    expect(lines("JS-CRYPTO-004", code)).toEqual([3]);
  });
});

describe("JS-REDIR-001: an origin ternary against the request's own origin", () => {
  it("takes `u.origin === req.nextUrl.origin ? u : new URL('/', req.url)` as checked, not a query-chosen origin", () => {
    const code = [
      "import { NextResponse } from 'next/server';",
      "export function a(req) {",
      "  const cb = new URL(req.nextUrl.searchParams.get('cb') ?? '/', req.url);",
      "  return NextResponse.redirect(cb.origin === req.nextUrl.origin ? cb : new URL('/', req.url));",
      "}",
      "export function b(req) {",
      "  const cb = new URL(req.nextUrl.searchParams.get('cb') ?? '/', req.url);",
      "  return NextResponse.redirect(cb.origin === req.nextUrl.searchParams.get('o') ? cb : new URL('/', req.url));",
      "}",
    ].join("\n");
    expect(lines("JS-REDIR-001", code)).toEqual([8]);
  });
});

describe("JS-SSRF-001: a filtering agent", () => {
  it("takes a request through request-filtering-agent's useAgent as checked, not one without it", () => {
    const code = [
      "const axios = require('axios');",
      "const { useAgent } = require('request-filtering-agent');",
      "app.post('/a', async (req, res) => {",
      "  const agent = useAgent(req.body.url);",
      "  res.json((await axios.get(req.body.url, { httpAgent: agent, httpsAgent: agent })).status);",
      "});",
      "app.post('/b', async (req, res) => res.json((await axios.get(req.body.url)).status));",
    ].join("\n");
    expect(lines("JS-SSRF-001", code)).toEqual([7]);
  });
});
