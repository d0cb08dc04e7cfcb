import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";
import type { Language } from "../types.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const lines = (code: string, rule: string, language: Language = "javascript") =>
  analyzeSync(code, { language, rules: [rule] })
    .findings.filter((f) => f.rule_id === rule)
    .map((f) => f.line);

const HEAD = "const express = require('express');\nconst app = express();\n";

describe("JavaScript value propagation across functions (batch 160)", () => {
  it("reads a request decoration as what the file's middleware stores under it", () => {
    const code =
      HEAD +
      "app.use((req, res, next) => {\n" +
      "  req.banner = req.query.banner;\n" +
      "  req.lang = escape(String(req.query.lang));\n" +
      "  next();\n" +
      "});\n" +
      "app.get('/a', (req, res) => res.send('<b>' + req.banner + '</b>'));\n" +
      "app.get('/b', (req, res) => res.send('<b>' + req.lang + '</b>'));\n" +
      "app.get('/c', (req, res) => res.send('<b>' + req.other + '</b>'));";
    expect(lines(code, "JS-XSS-001")).toEqual([8, 10]);
  });

  it("reads Koa's ctx.state.x (and a key of an object literal stored there) as what the file stores", () => {
    const code =
      "const Koa = require('koa');\nconst app = new Koa();\n" +
      "app.use(async (ctx, next) => {\n" +
      "  ctx.state.returnTo = ctx.query.returnTo;\n" +
      "  ctx.state.home = '/dashboard';\n" +
      "  ctx.state.user = { name: ctx.query.name, id: 1 };\n" +
      "  await next();\n" +
      "});\n" +
      "app.use(async (ctx) => {\n" +
      "  if (ctx.path === '/a') return ctx.redirect(ctx.state.returnTo);\n" +
      "  if (ctx.path === '/b') return ctx.redirect(ctx.state.home);\n" +
      "  ctx.type = 'html';\n" +
      "  ctx.body = ctx.path === '/c' ? '<p>' + ctx.state.user.name : '<p>' + ctx.state.user.id;\n" +
      "});";
    expect(lines(code, "JS-REDIR-001")).toEqual([10]);
  });

  it("reads `(request as any).x` through the type assertion, and no decoration when the request is written wholesale", () => {
    const code =
      "import Fastify from 'fastify';\nconst app = Fastify();\n" +
      "app.addHook('preHandler', async (request) => {\n" +
      "  (request as any).dir = '/srv/assets';\n" +
      "});\n" +
      "app.get('/a', async (request, reply) => reply.send(fs.readFileSync(path.join(request.dir, 'x.png'))));\n";
    expect(lines(code, "JS-PATH-001", "typescript")).toEqual([]);
    const opaque =
      code + "app.addHook('onRequest', async (request) => { Object.assign(request, request.query); });\n";
    expect(lines(opaque, "JS-PATH-001", "typescript")).toEqual([6]);
  });

  it("reads a class member declared without a value (`private base: string;`) as its constructor's store", () => {
    const code =
      "import axios from 'axios';\nimport express from 'express';\nconst app = express();\n" +
      "class Fetcher {\n" +
      "  private base: string;\n" +
      "  constructor(base: string) {\n" +
      "    this.base = base;\n" +
      "  }\n" +
      "  async load(path: string) {\n" +
      "    return axios.get(this.base + path);\n" +
      "  }\n" +
      "}\n" +
      "app.get('/p', async (req, res) => res.json((await new Fetcher(String(req.query.host)).load('/s')).data));\n";
    expect(lines(code, "JS-SSRF-001", "typescript")).toEqual([10]);
  });

  it("reads a callback's parameter as what the local helper it is handed to passes when calling it", () => {
    const code =
      HEAD +
      "function withUser(req, fn) {\n" +
      "  return fn({ name: req.query.user, role: 'viewer' });\n" +
      "}\n" +
      "function withTenant(req, fn) {\n" +
      "  return fn('default');\n" +
      "}\n" +
      "app.get('/u', (req, res) => withUser(req, (u) => res.send('<b>' + u.name + '</b>')));\n" +
      "app.get('/r', (req, res) => withUser(req, (u) => res.send('<b>' + u.role + '</b>')));\n" +
      "app.get('/t', (req, res) => withTenant(req, (t) => db.query(\"SELECT * FROM s WHERE t = '\" + t + \"'\")));\n" +
      "app.get('/q', (req, res) => withTenant(req, (t) => db.query(\"SELECT * FROM s WHERE t = '\" + req.query.t + \"'\")));";
    expect(lines(code, "JS-XSS-001")).toEqual([9]);
    expect(lines(code, "JS-SQLI-001")).toEqual([12]);
  });

  it("reads an options object's shorthand `{ host }` as the request target (JS-SSRF-001)", () => {
    const code =
      HEAD +
      "const http = require('http');\n" +
      "function ping(host, done) {\n" +
      "  http.get({ host, path: '/health' }, (r) => done(r.statusCode));\n" +
      "}\n" +
      "function pingFixed(path, done) {\n" +
      "  const host = 'status.internal';\n" +
      "  http.get({ host, path }, (r) => done(r.statusCode));\n" +
      "}\n" +
      "app.get('/p', (req, res) => ping(req.query.host, (c) => res.json(c)));\n" +
      "app.get('/f', (req, res) => pingFixed(req.query.path, (c) => res.json(c)));";
    expect(lines(code, "JS-SSRF-001")).toEqual([5]);
  });

  it("reads a helper called inside a helper's frame with its own arguments (`wrap(wrap(q))`)", () => {
    const code =
      HEAD +
      "function wrap(v) {\n" +
      "  return v;\n" +
      "}\n" +
      "app.get('/a', (req, res) => {\n" +
      "  const tag = wrap(wrap(String(req.query.tag)));\n" +
      "  const fixed = wrap(wrap('news'));\n" +
      '  db.query("DELETE FROM tags WHERE label = \'" + tag + "\'");\n' +
      '  db.query("DELETE FROM tags WHERE label = \'" + fixed + "\'");\n' +
      "});";
    expect(lines(code, "JS-SQLI-001")).toEqual([9]);
  });

  it("follows a recursive helper: its base case and an accumulator built by the recursive call", () => {
    const code =
      HEAD +
      "const { exec } = require('child_process');\nconst fs = require('fs');\nconst path = require('path');\n" +
      "function up(p, n) {\n" +
      "  if (n <= 0) return p;\n" +
      "  return up(path.dirname(p), n - 1);\n" +
      "}\n" +
      "function build(parts, i = 0, acc = 'echo') {\n" +
      "  if (i >= parts.length) return acc;\n" +
      "  return build(parts, i + 1, acc + ' ' + parts[i]);\n" +
      "}\n" +
      "function countDown(n) {\n" +
      "  return n <= 0 ? 'true' : countDown(n - 1);\n" +
      "}\n" +
      "app.get('/a', (req, res) => res.json(fs.readdirSync(up(path.join('/srv', req.query.p), 1))));\n" +
      "app.post('/b', (req, res) => exec(build(req.body.words)));\n" +
      "app.post('/c', (req, res) => exec(countDown(Number(req.body.n))));";
    expect(lines(code, "JS-PATH-001").filter((l) => l === 17)).toEqual([17]);
    expect(lines(code, "JS-CMDI-001")).toEqual([18]);
  });

  it("reads arguments[k] as what the callers pass there, and a method's callers only on receivers of its class", () => {
    const code =
      HEAD +
      "function count() {\n" +
      "  return db.query('SELECT count(*) FROM ' + arguments[0], [arguments[1]]);\n" +
      "}\n" +
      "function find() {\n" +
      "  return db.query('SELECT * FROM t WHERE name = ' + arguments[0]);\n" +
      "}\n" +
      "class Repo {\n" +
      "  search(column, term) {\n" +
      "    return db.query(`SELECT * FROM users WHERE ${column} LIKE $1`, [term]);\n" +
      "  }\n" +
      "}\n" +
      "class Service {\n" +
      "  constructor() {\n" +
      "    this.repo = new Repo();\n" +
      "  }\n" +
      "  search(term) {\n" +
      "    return this.repo.search('name', term);\n" +
      "  }\n" +
      "}\n" +
      "const svc = new Service();\n" +
      "app.get('/a', (req, res) => res.json(count('users', req.query.n)));\n" +
      "app.get('/b', (req, res) => res.json(find(req.query.n)));\n" +
      "app.get('/c', (req, res) => res.json(svc.search(req.query.q)));";
    expect(lines(code, "JS-SQLI-001").filter((l) => l !== 11)).toEqual([7]);
    // (the column: a method parameter, no longer the request's query through another class's `search`)
    const column = analyzeSync(code, { language: "javascript", rules: ["JS-SQLI-001"] }).findings.filter(
      (f) => f.line === 11,
    );
    expect(column.map((f) => f.severity)).not.toContain("CRITICAL");
  });
});
