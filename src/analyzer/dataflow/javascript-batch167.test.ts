import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";
import type { Language } from "../types.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const lines = (code: string, rule: string, language: Language = "javascript") =>
  analyzeSync(code, { language, rules: [rule] })
    .findings.filter((f) => f.rule_id === rule && f.severity !== "LOW")
    .map((f) => f.line);

describe("JavaScript values across functions (open56: batch 160's open cases)", () => {
  it("reads a helper's value after the response from what the file's own calls pass", () => {
    const code =
      "const http = require('http');\nconst url = require('url');\n" +
      "function greet(res, who) {\n  res.end('<p>' + who + '</p>');\n}\n" +
      "function dispatch(req, res, q) {\n  return greet(res, q.who);\n}\n" +
      "function badge(req, res, label) {\n  res.end('<b>' + label + '</b>');\n}\n" +
      "http.createServer((req, res) => {\n  const { query } = url.parse(req.url, true);\n" +
      "  dispatch(req, res, query);\n  badge(req, res, 'new');\n}).listen(8000);\n";
    expect(lines(code, "JS-XSS-001")).toEqual([4]);
  });

  it("reads find(req.x) as the object literal the file's middleware stores there", () => {
    const code =
      "const express = require('express');\nconst app = express();\n" +
      "function scope(req, res, next) {\n  req.crit = { team: req.query.team };\n  next();\n}\n" +
      "function scopeCast(req, res, next) {\n  req.critCast = { team: String(req.query.team) };\n  next();\n}\n" +
      "app.get('/a', scope, async (req, res) => res.json(await Ticket.find(req.crit)));\n" +
      "app.get('/b', scopeCast, async (req, res) => res.json(await Ticket.find(req.critCast)));\n";
    expect(lines(code, "JS-NOSQL-001")).toEqual([11]);
  });

  it("keeps a getter over the instance's request when a route's res.send shares the method's name", () => {
    const code =
      "import express, { Request, Response } from 'express';\nimport path from 'path';\n" +
      "class Export {\n  constructor(private req: Request) {}\n" +
      "  get name() {\n    return String(this.req.query.name);\n  }\n" +
      "  send(res: Response) {\n    res.download(path.join('/srv/exports', this.name));\n  }\n}\n" +
      "const app = express();\n" +
      "app.get('/e', (req, res) => new Export(req).send(res));\n" +
      "app.get('/v', (req, res) => res.status(200).send('ok'));\n";
    expect(lines(code, "JS-PATH-001", "typescript")).toEqual([9]);
  });

  it("takes a bare call of a local helper that throws unless the value matches as a guard", () => {
    const code =
      "const express = require('express');\nconst path = require('path');\nconst app = express();\n" +
      "function mustBeSlug(s) {\n  if (!/^[a-z0-9-]+$/.test(s)) throw new Error('bad slug');\n}\n" +
      "function looksLikeSlug(s) {\n  if (!/^[a-z0-9-]+$/.test(s)) return false;\n  return true;\n}\n" +
      "app.get('/a', (req, res) => {\n  mustBeSlug(req.query.p);\n  res.sendFile(path.join('/srv/p', req.query.p));\n});\n" +
      "app.get('/b', (req, res) => {\n  looksLikeSlug(req.query.p);\n  res.sendFile(path.join('/srv/p', req.query.p));\n});\n";
    expect(lines(code, "JS-PATH-001")).toEqual([17]);
  });

  it("keeps a store made by a middleware mounted on other routes only out of a handler's decoration", () => {
    const code =
      "const express = require('express');\nconst app = express();\n" +
      "function fromQuery(req, res, next) {\n  req.back = req.query.back;\n  next();\n}\n" +
      "function fixed(req, res, next) {\n  req.back = '/home';\n  next();\n}\n" +
      "app.get('/a', fromQuery, (req, res) => res.redirect(req.back));\n" +
      "app.get('/b', fixed, (req, res) => res.redirect(req.back));\n";
    expect(lines(code, "JS-REDIR-001")).toEqual([11]);
  });
});
