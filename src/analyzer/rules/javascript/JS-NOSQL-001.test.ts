import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string, language: "javascript" | "typescript" = "javascript") =>
  analyzeSync(code, { language, rules: ["JS-NOSQL-001"] }).findings.map((f) => f.line);

describe("JS-NOSQL-001", () => {
  it("reports a pipeline naming a collection or spelling a field path from the request, not fixed ones", () => {
    const code = [
      "app.post('/j', async (req, res) => {",
      "  const { from } = req.body;",
      "  res.json(await db.collection('o').aggregate([",
      "    { $lookup: { from, localField: 'c', foreignField: '_id', as: 'x' } },",
      "  ]).toArray());",
      "});",
      "app.get('/g', async (req, res) => res.json(await Order.aggregate([{ $group: { _id: '$' + req.query.by } }])));",
      "app.get('/o', async (req, res) => res.json(await Order.aggregate([{ $match: { s: String(req.query.s) } }, { $out: req.query.into }])));",
      "app.get('/k', async (req, res) => res.json(await Order.aggregate([{ $lookup: { from: 'c', localField: 'c', foreignField: '_id', as: 'x' } }, { $group: { _id: '$status' } }])));",
    ].join("\n");
    expect(lines(code)).toEqual([4, 7, 8]);
  });

  it("follows a service's field-path parameter to what its callers pass from the request", () => {
    const code = [
      "class Svc {",
      "  grouped(field) { return this.m.aggregate([{ $group: { _id: `$${field}` } }]); }",
      "}",
      "const svc = new Svc();",
      "app.get('/a', (req, res) => svc.grouped(req.query.by));",
      "app.get('/b', (req, res) => svc.grouped('status'));",
    ].join("\n");
    expect(lines(code)).toEqual([2]);
  });

  it("walks a pipeline held in a local for a stage parsed from the request", () => {
    const code = [
      "app.post('/s', async (req, res) => {",
      "  const stage = JSON.parse(req.body.stage);",
      "  const pipeline = [{ $match: { archived: false } }, stage];",
      "  res.json(await db.collection('o').aggregate(pipeline).toArray());",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([4]);
  });

  it("reports $function code in a find filter and a driver update document from the request", () => {
    const code = [
      "app.get('/f', async (req, res) => {",
      "  const body = req.query.fn;",
      "  res.json(await db.collection('p').find({ $expr: { $function: { body, args: [], lang: 'js' } } }).toArray());",
      "});",
      "app.put('/u/:id', async (req, res) => {",
      "  await db.collection('p').updateOne({ sku: req.params.id }, req.body.update);",
      "  await db.collection('p').updateOne({ sku: req.params.id }, { $set: { price: Number(req.body.price) } });",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([3, 6]);
  });

  it("reports an Elasticsearch query written by the client or query_string text from it, not match", () => {
    const code = [
      "const { Client } = require('@elastic/elasticsearch');",
      "const es = new Client({ node: 'http://es:9200' });",
      "app.get('/a', async (req, res) => res.json(await es.search({ index: 'p', query: { query_string: { query: req.query.q } } })));",
      "app.post('/b', async (req, res) => res.json(await es.search({ index: 'p', body: req.body.query })));",
      "app.get('/c', async (req, res) => res.json(await es.search({ index: 'p', query: { match: { title: req.query.q } } })));",
    ].join("\n");
    expect(lines(code)).toEqual([3, 4]);
  });

  it("reads a constant computed method, skips another module's function held under a filter name and knex chains", () => {
    const code = [
      "const fs = require('fs');",
      "const knex = require('knex')({ client: 'pg' });",
      "const io = { remove: fs.unlinkSync };",
      "app.get('/a', async (req, res) => {",
      "  await users['find']({ $where: `this.name === '${req.query.name}'` }).toArray();",
      "  await users['find']({ name: String(req.query.name) }).toArray();",
      "  io.remove(req.query.target);",
      "  await knex('users').where({ id: req.query.id }).first();",
      "  await User.findOne({ id: req.query.id });",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([5, 9]);
  });
  it("takes chai's assert.exists for no query, a model's exists() stays", () => {
    const code = [
      "const { assert } = require('chai');",
      "const User = require('./models/user');",
      "app.post('/check', async (req, res) => {",
      "  assert.exists(req.body.name);",
      "  res.json(await User.exists(req.body.filter));",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([5]);
  });
});
