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

describe("JavaScript value propagation (batch 156)", () => {
  it("reads BigInt(x) and Boolean(x) as holding no request text", () => {
    const code =
      HEAD +
      "app.get('/a', async (req, res) => {\n" +
      "  const id = BigInt(req.params.id);\n" +
      "  await pool.query(`SELECT * FROM t WHERE id = ${id}`);\n" +
      "  await pool.query(`SELECT * FROM t WHERE name = '${req.params.name}'`);\n" +
      "  res.setHeader('X-Debug', String(Boolean(req.query.debug)));\n" +
      "});";
    expect(lines(code, "JS-SQLI-001")).toEqual([6]);
    expect(lines(code, "JS-HDR-001")).toEqual([]);
  });

  it("reads o['k'] of an Object.assign / spread merge as o.k: the last literal key wins", () => {
    const code =
      HEAD +
      "app.post('/h', (req, res) => {\n" +
      "  const extra = Object.assign({}, req.body.headers, { 'X-Mode': 'safe' });\n" +
      "  res.setHeader('X-Mode', extra['X-Mode']);\n" +
      "  res.setHeader('X-Other', extra['X-Other']);\n" +
      "});";
    expect(lines(code, "JS-HDR-001")).toEqual([6]);
  });

  it("moves a literal array's items by a shift() under a TypeScript non-null assertion", () => {
    const code =
      "import express from 'express';\nconst app = express();\n" +
      "app.get('/p', async (req, res) => {\n" +
      "  const q = ['https://api.example.com/status', String(req.query.url)];\n" +
      "  const first = q.shift()!;\n" +
      "  await fetch(first);\n" +
      "  const r = ['https://api.example.com/status', String(req.query.url)];\n" +
      "  const last = r.pop()!;\n" +
      "  await fetch(last);\n" +
      "});";
    expect(lines(code, "JS-SSRF-001", "typescript")).toEqual([9]);
  });

  it("drops what a local Map held under a key once a set() before the read stores there unconditionally", () => {
    const code =
      HEAD +
      "const fs = require('fs');\n" +
      "app.get('/a', (req, res) => {\n" +
      "  const m = new Map([['page', req.query.page]]);\n" +
      "  m.set('page', 'index.html');\n" +
      "  res.send(fs.readFileSync(m.get('page')));\n" +
      "});\n" +
      "app.get('/b', (req, res) => {\n" +
      "  const m = new Map([['page', 'index.html']]);\n" +
      "  if (req.query.x) m.set('page', req.query.page);\n" +
      "  res.send(fs.readFileSync(m.get('page')));\n" +
      "});\n" +
      "app.get('/c', (req, res) => {\n" +
      "  const m = new Map();\n" +
      "  m.set('page', 'index.html');\n" +
      "  m.set('page', req.query.page);\n" +
      "  res.send(fs.readFileSync(m.get('page')));\n" +
      "});";
    expect(lines(code, "JS-PATH-001")).toEqual([12, 18]);
  });

  it("reads results[k] of await Promise.all([...]) as the k-th promise's value", () => {
    const code =
      HEAD +
      "const { execSync } = require('child_process');\n" +
      "app.get('/p', async (req, res) => {\n" +
      "  const r = await Promise.all([Promise.resolve('v2'), Promise.resolve(req.query.image)]);\n" +
      "  execSync('docker pull app:' + r[0]);\n" +
      "  execSync('docker pull ' + r[1]);\n" +
      "});";
    expect(lines(code, "JS-CMDI-001")).toEqual([7]);
  });

  it("destructures a key written after the spreads of an object literal bound to a name", () => {
    const code =
      HEAD +
      "const vm = require('vm');\n" +
      "app.post('/t', (req, res) => {\n" +
      "  const b = { ...req.body, code: 'input.trim()' };\n" +
      "  const { code } = b;\n" +
      "  vm.runInNewContext(code, {});\n" +
      "  const c = { code: 'input.trim()', ...req.body };\n" +
      "  const { code: other } = c;\n" +
      "  vm.runInNewContext(other, {});\n" +
      "});";
    expect(lines(code, "JS-CODE-001")).toEqual([10]);
  });

  it("reads rest.k of `const { id, ...rest } = { ...req.body, k: 'api' }` as the literal's k", () => {
    const code =
      HEAD +
      "const { execSync } = require('child_process');\n" +
      "app.put('/a', (req, res) => {\n" +
      "  const { id, ...changes } = { ...req.body, by: 'api' };\n" +
      "  execSync(`echo ${changes.bio}`);\n" +
      "});\n" +
      "app.put('/b', (req, res) => {\n" +
      "  const { id, ...changes } = { ...req.body, by: 'api' };\n" +
      "  execSync(`echo ${changes.by}`);\n" +
      "  execSync(`echo ${changes.id}`);\n" +
      "});";
    expect(lines(code, "JS-CMDI-001")).toEqual([6]);
  });

  it("pins a module helper's parameters when every call passes constants, object literals and destructured ones included", () => {
    const code =
      "const { execSync } = require('child_process');\n" +
      "function a(opts) {\n  return execSync(`dig ${opts.type}`);\n}\na({ type: 'MX' });\n" +
      "function b({ type = 'A' }, name) {\n  return execSync(`dig ${type} ${name}`);\n}\nb({}, 'example.com');\n" +
      "function c({ type = 'A' }, name) {\n  return execSync(`dig ${type} ${name}`);\n}\nc({}, process.argv[2]);\n" +
      "function d({ type = process.argv[3] }) {\n  return execSync(`dig ${type}`);\n}\nd({});";
    expect(lines(code, "JS-CMDI-001")).toEqual([11, 15]);
  });

  it("keeps a constant-index store into a copied array and reads the other items as the copy's", () => {
    const code =
      "import express from 'express';\nconst app = express();\n" +
      "const HOSTS = ['eu.example.com', 'us.example.com'] as const;\n" +
      "type Host = (typeof HOSTS)[number];\n" +
      "const known = (h: string): h is Host => (HOSTS as readonly string[]).includes(h);\n" +
      "app.get('/r', async (req, res) => {\n" +
      "  const hosts: string[] = [...HOSTS];\n" +
      "  hosts[1] = req.query.host as string;\n" +
      "  await fetch(`https://${hosts[1]}/ping`);\n" +
      "  await fetch(`https://${hosts[0]}/ping`);\n" +
      "});";
    expect(lines(code, "JS-SSRF-001", "typescript")).toEqual([9]);
  });

  it("reads a .then step's destructured key from the object literal the step before returns", () => {
    const code =
      HEAD +
      "const vm = require('vm');\n" +
      "app.post('/a', (req, res) => {\n" +
      "  Promise.resolve(req.body)\n" +
      "    .then((b) => ({ ...b, code: 'input.trim()' }))\n" +
      "    .then(({ code }) => vm.runInNewContext(code, {}));\n" +
      "  Promise.resolve(req.body)\n" +
      "    .then((b) => ({ code: 'input.trim()', ...b }))\n" +
      "    .then(({ code }) => vm.runInNewContext(code, {}));\n" +
      "});";
    expect(lines(code, "JS-CODE-001")).toEqual([10]);
  });

  it("reads a helper's call of its function parameter as constant when the callback handed over returns constants", () => {
    const code =
      HEAD +
      "const { execSync } = require('child_process');\n" +
      "const apply = (v, f) => f(v);\n" +
      "app.post('/a', (req, res) => {\n" +
      "  execSync(apply(req.body.x, () => 'uptime'));\n" +
      "  execSync(apply(req.body.x, (x) => 'ls ' + x));\n" +
      "});";
    expect(lines(code, "JS-CMDI-001")).toEqual([7]);
  });
});
