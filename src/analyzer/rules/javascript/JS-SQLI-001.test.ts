import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-SQLI-001"] }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-SQLI-001", () => {
  it("takes a table name the instance holds from its options for configuration (LOW), a value beside it not", () => {
    const code = [
      "function Store(options) {",
      "  this.table = options.table || 'sessions';",
      "  this.db = options.db;",
      "}",
      "Store.prototype.clear = function (fn) {",
      "  this.db.exec('DELETE FROM ' + this.table, fn);",
      "};",
      "Store.prototype.find = function (sid, fn) {",
      "  this.db.all('SELECT * FROM ' + this.table + ' WHERE sid = ' + sid, fn);",
      "};",
      "module.exports = Store;",
    ].join("\n");
    expect(found(code)).toEqual([
      [6, "LOW"],
      [9, "HIGH"],
    ]);
  });

  it("keeps a table name the class takes from the request critical", () => {
    const code = [
      "class Repo {",
      "  constructor(req) { this.table = req.query.t; }",
      "  all() { return db.query('SELECT * FROM ' + this.table); }",
      "}",
      "app.get('/x', (req, res) => { res.json(new Repo(req).all()); });",
    ].join("\n");
    expect(found(code)).toEqual([[3, "CRITICAL"]]);
  });
});

describe("JS-SQLI-001: a table or database named by an option or a configuration object", () => {
  it("takes an option with a literal default and a config field in the name slot for LOW, a caller's id beside it not", () => {
    const code = [
      "DB.prototype.migrate = function ({ force, table = 'migrations' } = {}) {",
      '  this.exec(`CREATE TABLE IF NOT EXISTS "${table}" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`);',
      '  this.run(`DELETE FROM "${table}" WHERE id = ${force}`);',
      "};",
      "exports.drop = function drop(options) {",
      "  const dbConfig = options.dbConfig;",
      "  return options.connection.raw('DROP DATABASE `' + dbConfig.connection.database + '`;');",
      "};",
    ].join("\n");
    expect(found(code)).toEqual([
      [2, "LOW"],
      [3, "HIGH"],
      [7, "LOW"],
    ]);
  });

  it("takes quote doubling for a string literal's escape except under MySQL without backslash doubling", () => {
    const query = (driver: string, clean: string) =>
      found(
        `const db = require('${driver}').createPool({});\nconst app = require('express')();\n` +
          `app.get('/p', (req, res) => {\n  const n = String(req.query.n)${clean};\n` +
          `  db.query("SELECT * FROM t WHERE name = '" + n + "'", (e, r) => res.json(r));\n});\n`,
      ).length > 0;
    const doubled = `.replace(/'/g, "''")`;
    expect(query("pg", doubled)).toBe(false);
    expect(query("mysql", doubled)).toBe(true);
    expect(query("mysql2", `.replace(/\\\\/g, '\\\\\\\\')${doubled}`)).toBe(false);
  });
});

describe("JS-SQLI-001 (NestJS)", () => {
  it("takes a NestJS @Body/@Query parameter read whole as a TypeORM orderBy expression, a fixed choice not", () => {
    const ctl = (expr: string) =>
      [
        "import { Body, Controller, Post } from '@nestjs/common';",
        "import { Repository } from 'typeorm';",
        "@Controller('o')",
        "export class C {",
        "  constructor(private readonly orders: Repository<any>) {}",
        "  @Post('s')",
        "  search(@Body() body: { sort: string }) {",
        `    return this.orders.createQueryBuilder('o').orderBy(${expr}).getMany();`,
        "  }",
        "}",
      ].join("\n");
    const ts = (code: string) =>
      analyzeSync(code, { language: "typescript", rules: ["JS-SQLI-001"] }).findings.map((f) => f.line);
    expect(ts(ctl("body.sort"))).toEqual([8]);
    expect(ts(ctl("body.sort === 'total' ? 'o.total' : 'o.createdAt'"))).toEqual([]);
  });

  it("takes a whole SQL fragment from a GraphQL @Args / @Arg parameter or a tRPC input field", () => {
    const ts = (code: string) =>
      analyzeSync(code, { language: "typescript", rules: ["JS-SQLI-001"] }).findings.map((f) => f.line);
    const resolver = (decorator: string) =>
      `@Resolver()\nexport class R {\n  rows(${decorator} where: string) {\n    return this.knex.whereRaw(where);\n  }\n}\n`;
    expect(ts(resolver("@Args('where')"))).toEqual([4]);
    expect(ts(resolver("@Arg('where')"))).toEqual([4]);
    expect(ts(resolver(""))).toEqual([]);
    const trpc = (schema: string) =>
      `import { sql } from 'kysely';\nimport { z } from 'zod';\nexport const r = t.router({\n  a: t.procedure.input(z.object({ q: ${schema} })).query(({ input }) => db.selectFrom('t').where(sql.raw(input.q)).execute()),\n});\n`;
    expect(ts(trpc("z.string()"))).toEqual([4]);
    expect(ts(trpc("z.enum(['a', 'b'])"))).toEqual([]);
  });
});

describe("JS-SQLI-001: key-value batches", () => {
  it("leaves a LevelDB batch of operations, not mssql's batch of statement text", () => {
    const code = [
      "function put(cache, keys, key, value, cb) {",
      "  const ops = keys.map((k) => ({ type: 'del', key: k })).concat({ type: 'put', key, value });",
      "  cache.level.batch(ops, cb);",
      "}",
      "const sql = require('mssql');",
      "app.delete('/u/:id', async (req, res) => {",
      "  await new sql.Request().batch(`DELETE FROM Users WHERE Id = ${req.params.id}`);",
      "});",
    ].join("\n");
    expect(found(code).map((f) => f[0])).toEqual([7]);
  });
});

describe("JS-SQLI-001: driver spellings without a SQL keyword at the call", () => {
  it("reads better-sqlite3's pragma text, which needs no SQL keyword", () => {
    const code = [
      "const Database = require('better-sqlite3');",
      "const db = new Database('a.db');",
      "app.post('/b', async (req, res) => {",
      "  res.json(db.pragma(`table_info(${req.query.t})`));",
      "  res.json(db.pragma('journal_mode = WAL'));",
      "});",
    ].join("\n");
    expect(found(code).map((f) => f[0])).toEqual([4]);
  });
});
