// Dev suite "js-ts", batch 144: server-side injection sinks spelled through less common libraries and APIs, in
// the shape of a rule set's own tests (several small handlers per file, each a variant): SQL through kysely,
// objection, MikroORM, pg-promise, postgres.js, better-sqlite3, mssql, oracledb, Sequelize, TypeORM and Drizzle;
// NoSQL through Mongo aggregate operators, mapReduce and qs operator objects, plus N1QL, PartiQL, Cypher, AQL and
// CQL; code evaluation through vm / vm2 / safe-eval / static-eval and module loading; user templates in less
// common engines; shell and argument injection (execa, shelljs, cross-spawn, simple-git); SSRF through undici,
// phin, ky, needle, superagent and http.request; deserialisation, header and log injection, LDAP, XPath and XXE.
// Written blind, before reading the rules of these families; each positive beside look-alikes (parameters,
// allow-lists, constant inputs, each library's escaping helper).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch144", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch144", cwe, note, src, "typescript");

export const BATCH144: DevCase[] = [
  ...js(
    "CWE-89",
    "kysely sql.raw / sql.lit, objection raw and whereRaw, MikroORM execute with request text vs bound values and identifier helpers",
    `const express = require('express');
const { sql } = require('kysely');
const { raw } = require('objection');
const { Person } = require('./models');
const { db, orm } = require('./db');

const app = express();

app.get('/kysely/search', async (req, res) => {
  const term = req.query.term;
@@  const rows = await sql.raw(\`select * from person where first_name = '\${term}'\`).execute(db);
  res.json(rows.rows);
});

app.get('/kysely/sorted', async (req, res) => {
@@  const rows = await db.selectFrom('person').selectAll().orderBy(sql.raw(req.query.sort)).execute();
  res.json(rows);
});

app.get('/kysely/lit', async (req, res) => {
@@  const rows = await db.selectFrom('pet').selectAll().where('species', '=', sql.lit(req.query.species)).execute();
  res.json(rows);
});

app.get('/kysely/tagged', async (req, res) => {
  const { name } = req.query;
@ok  const rows = await sql\`select * from person where first_name = \${name}\`.execute(db);
  res.json(rows.rows);
});

app.get('/kysely/builder', async (req, res) => {
@ok  const rows = await db.selectFrom('person').selectAll().where('id', '=', req.query.id).execute();
  res.json(rows);
});

app.get('/kysely/ref', async (req, res) => {
  const column = ['first_name', 'last_name'].includes(req.query.col) ? req.query.col : 'id';
@ok  const rows = await sql\`select \${sql.ref(column)} from person\`.execute(db);
  res.json(rows.rows);
});

app.get('/kysely/constlit', async (req, res) => {
@ok  const rows = await db.selectFrom('pet').selectAll().where('age', '>', sql.lit(3)).execute();
  res.json(rows);
});

app.get('/objection/people', async (req, res) => {
@@  const people = await Person.query().whereRaw(\`last_name like '%\${req.query.q}%'\`);
  res.json(people);
});

app.get('/objection/select', async (req, res) => {
@@  const people = await Person.query().select(raw('coalesce(sum(??), 0) as total, ' + req.query.extra, ['age']));
  res.json(people);
});

app.get('/objection/order', async (req, res) => {
  const dir = req.query.dir;
@@  const people = await Person.query().orderByRaw('age ' + dir);
  res.json(people);
});

app.get('/objection/bound', async (req, res) => {
@ok  const people = await Person.query().whereRaw('last_name like ?', [\`%\${req.query.q}%\`]);
  res.json(people);
});

app.get('/objection/having', async (req, res) => {
@@  const rows = await Person.query().select('team').groupBy('team').havingRaw(\`count(*) > \${req.query.min}\`);
  res.json(rows);
});

app.get('/mikro/users', async (req, res) => {
  const em = orm.em.fork();
@@  const users = await em.execute(\`select * from users where email = '\${req.query.email}'\`);
  res.json(users);
});

app.get('/mikro/conn', async (req, res) => {
  const conn = orm.em.getConnection();
@@  const rows = await conn.execute('select * from orders where status = "' + req.query.status + '"');
  res.json(rows);
});

app.get('/mikro/bound', async (req, res) => {
  const em = orm.em.fork();
@ok  const users = await em.execute('select * from users where email = ?', [req.query.email]);
  res.json(users);
});

app.get('/mikro/qb', async (req, res) => {
  const qb = orm.em.fork().createQueryBuilder('User');
@@  qb.select('*').where(\`lower(name) = '\${req.query.name}'\`);
  res.json(await qb.getResult());
});

app.get('/mikro/qb-safe', async (req, res) => {
  const qb = orm.em.fork().createQueryBuilder('User');
@ok  qb.select('*').where({ name: req.query.name });
  res.json(await qb.getResult());
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "pg-promise :raw and ^ filters and as.format, postgres.js / slonik unsafe, mssql and oracledb strings vs parameters",
    `import express, { Request, Response } from 'express';
import pgPromise from 'pg-promise';
import postgres from 'postgres';
import Database from 'better-sqlite3';
import mssql from 'mssql';
import oracledb from 'oracledb';

const pgp = pgPromise();
const db = pgp(process.env.DATABASE_URL as string);
const sql = postgres(process.env.DATABASE_URL as string);
const lite = new Database('notes.db');
const app = express();
app.use(express.json());

app.get('/pgp/raw', async (req: Request, res: Response) => {
@@  const rows = await db.any('SELECT * FROM products WHERE $1:raw', [req.query.filter]);
  res.json(rows);
});

app.get('/pgp/caret', async (req: Request, res: Response) => {
@@  const rows = await db.any('SELECT * FROM products ORDER BY \${sort^}', { sort: req.query.sort });
  res.json(rows);
});

app.get('/pgp/concat', async (req: Request, res: Response) => {
  const name = req.query.name as string;
@@  const rows = await db.manyOrNone("SELECT * FROM users WHERE name = '" + name + "'");
  res.json(rows);
});

app.get('/pgp/format', async (req: Request, res: Response) => {
  const where = pgp.as.format('WHERE category = $1:raw', [req.query.category]);
@@  const rows = await db.any(\`SELECT * FROM products \${where}\`);
  res.json(rows);
});

app.get('/pgp/param', async (req: Request, res: Response) => {
@ok  const rows = await db.any('SELECT * FROM products WHERE category = $1', [req.query.category]);
  res.json(rows);
});

app.get('/pgp/name', async (req: Request, res: Response) => {
@ok  const rows = await db.any('SELECT $1:name FROM products', [req.query.column]);
  res.json(rows);
});

app.get('/pgp/named', async (req: Request, res: Response) => {
@ok  const row = await db.oneOrNone('SELECT * FROM users WHERE id = \${id}', { id: req.params.id });
  res.json(row);
});

app.get('/postgres/unsafe', async (req: Request, res: Response) => {
@@  const rows = await sql.unsafe(\`select * from accounts where owner = '\${req.query.owner}'\`);
  res.json(rows);
});

app.get('/postgres/tagged', async (req: Request, res: Response) => {
@ok  const rows = await sql\`select * from accounts where owner = \${req.query.owner as string}\`;
  res.json(rows);
});

app.get('/postgres/ident', async (req: Request, res: Response) => {
  const col = req.query.col === 'created_at' ? 'created_at' : 'id';
@ok  const rows = await sql\`select * from accounts order by \${sql(col)}\`;
  res.json(rows);
});

app.get('/postgres/unsafe-params', async (req: Request, res: Response) => {
@ok  const rows = await sql.unsafe('select * from accounts where owner = $1', [req.query.owner as string]);
  res.json(rows);
});

app.post('/sqlite/exec', (req: Request, res: Response) => {
  const note = req.body.note as string;
@@  lite.exec(\`INSERT INTO notes (body) VALUES ('\${note}')\`);
  res.sendStatus(201);
});

app.get('/sqlite/prepare', (req: Request, res: Response) => {
@@  const row = lite.prepare(\`SELECT * FROM notes WHERE tag = '\${req.query.tag}'\`).get();
  res.json(row);
});

app.get('/sqlite/bound', (req: Request, res: Response) => {
@ok  const row = lite.prepare('SELECT * FROM notes WHERE tag = ?').get(req.query.tag);
  res.json(row);
});

app.get('/mssql/query', async (req: Request, res: Response) => {
  const pool = await mssql.connect(process.env.MSSQL_URL as string);
@@  const result = await pool.request().query(\`SELECT * FROM Orders WHERE CustomerId = '\${req.query.customer}'\`);
  res.json(result.recordset);
});

app.get('/mssql/request', async (req: Request, res: Response) => {
  const request = new mssql.Request();
  const q = 'SELECT * FROM Orders WHERE Region = \\'' + req.query.region + '\\'';
@@  const result = await request.query(q);
  res.json(result.recordset);
});

app.get('/mssql/input', async (req: Request, res: Response) => {
  const pool = await mssql.connect(process.env.MSSQL_URL as string);
@ok  const result = await pool.request().input('cust', mssql.NVarChar, req.query.customer).query('SELECT * FROM Orders WHERE CustomerId = @cust');
  res.json(result.recordset);
});

app.get('/oracle/exec', async (req: Request, res: Response) => {
  const conn = await oracledb.getConnection();
@@  const result = await conn.execute(\`SELECT * FROM employees WHERE last_name = '\${req.query.last}'\`);
  res.json(result.rows);
});

app.get('/oracle/bind', async (req: Request, res: Response) => {
  const conn = await oracledb.getConnection();
@ok  const result = await conn.execute('SELECT * FROM employees WHERE last_name = :last', { last: req.query.last as string });
  res.json(result.rows);
});

export default app;
`,
  ),
  ...js(
    "CWE-943",
    "MongoDB aggregate $function / $accumulator / $where, mapReduce, $expr and operator objects from the request vs fixed pipelines and cast values",
    `const express = require('express');
const { MongoClient } = require('mongodb');
const mongoose = require('mongoose');
const Order = mongoose.model('Order');

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');

app.post('/stats/score', async (req, res) => {
  const body = req.body.scoreFn;
@@  const out = await orders.aggregate([{ $addFields: { score: { $function: { body: body, args: ['$total'], lang: 'js' } } } }]).toArray();
  res.json(out);
});

app.post('/stats/custom', async (req, res) => {
  const { init, accumulate } = req.body;
  const acc = { $accumulator: { init, accumulate, accumulateArgs: ['$total'], merge: 'function(a, b) { return a + b; }', lang: 'js' } };
@@  const out = await orders.aggregate([{ $group: { _id: '$customer', value: acc } }]).toArray();
  res.json(out);
});

app.get('/stats/where', async (req, res) => {
@@  const out = await orders.aggregate([{ $match: { $where: \`this.customer == '\${req.query.customer}'\` } }]).toArray();
  res.json(out);
});

app.get('/orders/where', async (req, res) => {
  const min = req.query.min;
@@  const found = await Order.find({ $where: 'this.total > ' + min });
  res.json(found);
});

app.get('/orders/where-fn', async (req, res) => {
@@  const found = await Order.find().$where(\`this.status === '\${req.query.status}'\`);
  res.json(found);
});

app.post('/orders/mapreduce', async (req, res) => {
@@  const out = await orders.mapReduce(req.body.map, 'function (k, v) { return Array.sum(v); }', { out: { inline: 1 } });
  res.json(out);
});

app.post('/orders/expr', async (req, res) => {
@@  const found = await orders.find({ $expr: req.body.condition }).toArray();
  res.json(found);
});

app.post('/orders/filter', async (req, res) => {
@@  const found = await orders.find(req.body.filter).toArray();
  res.json(found);
});

app.post('/login', async (req, res) => {
  const users = client.db('shop').collection('users');
@@  const user = await users.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/orders/delete', async (req, res) => {
@@  await Order.deleteMany({ owner: req.body.owner });
  res.sendStatus(204);
});

app.get('/stats/fixed', async (req, res) => {
@ok  const out = await orders.aggregate([{ $match: { status: 'paid' } }, { $addFields: { score: { $function: { body: 'function (t) { return t * 2; }', args: ['$total'], lang: 'js' } } } }]).toArray();
  res.json(out);
});

app.get('/orders/by-status', async (req, res) => {
@ok  const found = await Order.find({ status: String(req.query.status) });
  res.json(found);
});

app.post('/login-safe', async (req, res) => {
  const users = client.db('shop').collection('users');
  const { username } = req.body;
  if (typeof username !== 'string') return res.sendStatus(400);
@ok  const user = await users.findOne({ username: username });
  res.json({ found: !!user });
});

app.get('/orders/eq', async (req, res) => {
@ok  const found = await orders.find({ customer: { $eq: req.query.customer } }).toArray();
  res.json(found);
});

app.get('/orders/min', async (req, res) => {
  const min = Number(req.query.min);
@ok  const found = await orders.find({ $expr: { $gt: ['$total', min] } }).toArray();
  res.json(found);
});

app.get('/orders/group', async (req, res) => {
  const field = ['customer', 'status'].includes(req.query.by) ? req.query.by : 'status';
@ok  const out = await orders.aggregate([{ $group: { _id: '$' + field, n: { $sum: 1 } } }]).toArray();
  res.json(out);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-943",
    "Couchbase N1QL, DynamoDB PartiQL, Neo4j Cypher, ArangoDB AQL and Cassandra CQL text built from request data vs named parameters",
    `import express, { Request, Response } from 'express';
import * as couchbase from 'couchbase';
import { DynamoDBClient, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
import neo4j from 'neo4j-driver';
import { Database, aql } from 'arangojs';
import { Client as CassandraClient } from 'cassandra-driver';

const app = express();
const dynamo = new DynamoDBClient({});
const driver = neo4j.driver('bolt://localhost', neo4j.auth.basic('neo4j', process.env.NEO_PW as string));
const arango = new Database({ url: 'http://localhost:8529' });
const cassandra = new CassandraClient({ contactPoints: ['127.0.0.1'], localDataCenter: 'dc1', keyspace: 'shop' });

app.get('/cb/hotels', async (req: Request, res: Response) => {
  const cluster = await couchbase.connect('couchbase://localhost');
@@  const result = await cluster.query(\`SELECT h.* FROM \\\`travel-sample\\\` h WHERE h.city = '\${req.query.city}'\`);
  res.json(result.rows);
});

app.get('/cb/scope', async (req: Request, res: Response) => {
  const cluster = await couchbase.connect('couchbase://localhost');
  const scope = cluster.bucket('travel-sample').scope('inventory');
@@  const result = await scope.query('SELECT * FROM airline WHERE name = "' + req.query.name + '"');
  res.json(result.rows);
});

app.get('/cb/params', async (req: Request, res: Response) => {
  const cluster = await couchbase.connect('couchbase://localhost');
@ok  const result = await cluster.query('SELECT h.* FROM \`travel-sample\` h WHERE h.city = $city', { parameters: { city: req.query.city } });
  res.json(result.rows);
});

app.get('/dynamo/partiql', async (req: Request, res: Response) => {
@@  const out = await dynamo.send(new ExecuteStatementCommand({ Statement: \`SELECT * FROM Users WHERE email = '\${req.query.email}'\` }));
  res.json(out.Items);
});

app.get('/dynamo/partiql2', async (req: Request, res: Response) => {
  const statement = "SELECT * FROM Orders WHERE customer = '" + req.query.customer + "'";
@@  const out = await dynamo.send(new ExecuteStatementCommand({ Statement: statement }));
  res.json(out.Items);
});

app.get('/dynamo/params', async (req: Request, res: Response) => {
@ok  const out = await dynamo.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM Users WHERE email = ?', Parameters: [{ S: String(req.query.email) }] }));
  res.json(out.Items);
});

app.get('/neo/friends', async (req: Request, res: Response) => {
  const session = driver.session();
@@  const result = await session.run(\`MATCH (p:Person {name: '\${req.query.name}'})-[:KNOWS]->(f) RETURN f\`);
  res.json(result.records);
});

app.get('/neo/tx', async (req: Request, res: Response) => {
  const session = driver.session();
@@  const result = await session.executeRead((tx) => tx.run('MATCH (m:Movie) WHERE m.title CONTAINS "' + req.query.q + '" RETURN m'));
  res.json(result.records);
});

app.get('/neo/params', async (req: Request, res: Response) => {
  const session = driver.session();
@ok  const result = await session.run('MATCH (p:Person {name: $name})-[:KNOWS]->(f) RETURN f', { name: req.query.name });
  res.json(result.records);
});

app.get('/arango/string', async (req: Request, res: Response) => {
@@  const cursor = await arango.query(\`FOR u IN users FILTER u.email == '\${req.query.email}' RETURN u\`);
  res.json(await cursor.all());
});

app.get('/arango/literal', async (req: Request, res: Response) => {
@@  const cursor = await arango.query(aql\`FOR u IN users FILTER u.role == 'admin' \${aql.literal(req.query.extra as string)} RETURN u\`);
  res.json(await cursor.all());
});

app.get('/arango/aql', async (req: Request, res: Response) => {
@ok  const cursor = await arango.query(aql\`FOR u IN users FILTER u.email == \${req.query.email} RETURN u\`);
  res.json(await cursor.all());
});

app.get('/arango/bind', async (req: Request, res: Response) => {
@ok  const cursor = await arango.query({ query: 'FOR u IN users FILTER u.email == @email RETURN u', bindVars: { email: req.query.email } });
  res.json(await cursor.all());
});

app.get('/cql/items', async (req: Request, res: Response) => {
@@  const result = await cassandra.execute(\`SELECT * FROM items WHERE sku = '\${req.query.sku}'\`);
  res.json(result.rows);
});

app.get('/cql/items-safe', async (req: Request, res: Response) => {
@ok  const result = await cassandra.execute('SELECT * FROM items WHERE sku = ?', [req.query.sku], { prepare: true });
  res.json(result.rows);
});

export default app;
`,
  ),
  ...js(
    "CWE-94",
    "vm.compileFunction / runInThisContext / Script, vm2, safe-eval, static-eval, indirect eval and Function spellings, timer strings with request text vs code fixed in source",
    `const express = require('express');
const vm = require('vm');
const { VM, NodeVM } = require('vm2');
const safeEval = require('safe-eval');
const staticEval = require('static-eval');
const { parse } = require('esprima');

const app = express();
app.use(express.json());

app.post('/rules/compile', (req, res) => {
@@  const fn = vm.compileFunction(req.body.source, ['order']);
  res.json({ result: fn(req.body.order) });
});

app.post('/rules/this', (req, res) => {
  const code = req.body.code;
@@  const out = vm.runInThisContext(code);
  res.json({ out });
});

app.post('/rules/script', (req, res) => {
@@  const script = new vm.Script(\`result = \${req.body.expr}\`);
  const ctx = vm.createContext({ result: null });
  script.runInContext(ctx);
  res.json(ctx.result);
});

app.post('/sandbox/vm2', (req, res) => {
@@  const out = new VM({ timeout: 100 }).run(req.body.code);
  res.json({ out });
});

app.post('/sandbox/nodevm', (req, res) => {
  const vmInstance = new NodeVM({ console: 'off' });
@@  const mod = vmInstance.run(req.body.module, 'plugin.js');
  res.json({ ok: !!mod });
});

app.get('/calc/safe-eval', (req, res) => {
@@  const value = safeEval(req.query.expression, { Math });
  res.json({ value });
});

app.get('/calc/static-eval', (req, res) => {
  const ast = parse(req.query.expr).body[0].expression;
@@  const value = staticEval(ast, { x: 1 });
  res.json({ value });
});

app.get('/calc/indirect', (req, res) => {
@@  const value = (0, eval)(req.query.formula);
  res.json({ value });
});

app.get('/calc/global', (req, res) => {
@@  const value = globalThis.eval('(' + req.query.obj + ')');
  res.json({ value });
});

app.post('/calc/function', (req, res) => {
  const { args, body } = req.body;
@@  const fn = Function(...args, body);
  res.json({ value: fn(1, 2) });
});

app.post('/jobs/later', (req, res) => {
@@  setTimeout(req.body.callback, 1000);
  res.sendStatus(202);
});

app.get('/jobs/poll', (req, res) => {
@@  setInterval('refresh("' + req.query.channel + '")', 5000);
  res.sendStatus(202);
});

app.post('/rules/fixed', (req, res) => {
  const ctx = vm.createContext({ total: Number(req.body.total) });
@ok  const out = vm.runInContext('total * 1.2', ctx);
  res.json({ out });
});

app.post('/rules/fixed-fn', (req, res) => {
@ok  const fn = vm.compileFunction('return a + b', ['a', 'b']);
  res.json({ result: fn(Number(req.body.a), Number(req.body.b)) });
});

app.post('/jobs/later-safe', (req, res) => {
  const id = req.body.id;
@ok  setTimeout(() => refresh(id), 1000);
  res.sendStatus(202);
});

app.get('/calc/json', (req, res) => {
@ok  const value = JSON.parse(req.query.obj);
  res.json({ value });
});

app.get('/calc/number', (req, res) => {
@ok  const value = Function('return 6 * 7')();
  res.json({ value, n: Number(req.query.n) });
});

app.post('/sandbox/fixed', (req, res) => {
  const sandbox = { input: String(req.body.input) };
@ok  const out = new VM({ timeout: 100, sandbox }).run('input.toUpperCase()');
  res.json({ out });
});

function refresh(id) {
  return id;
}

module.exports = app;
`,
  ),
  ...ts(
    "CWE-94",
    "require and import() of a module the request names vs allow-listed plugin maps and fixed specifiers",
    `import express, { Request, Response } from 'express';
import path from 'path';
import { createRequire } from 'module';

const app = express();
const requireHere = createRequire(import.meta.url);
const PLUGINS: Record<string, string> = { csv: './plugins/csv.js', xml: './plugins/xml.js' };
const LOCALES = new Set(['en', 'de', 'fr']);

app.get('/plugin/require', (req: Request, res: Response) => {
@@  const plugin = requireHere(req.query.name as string);
  res.json(plugin.describe());
});

app.get('/plugin/require-dir', (req: Request, res: Response) => {
@@  const plugin = requireHere('./plugins/' + req.query.name);
  res.json(plugin.describe());
});

app.get('/plugin/import', async (req: Request, res: Response) => {
@@  const mod = await import(req.query.module as string);
  res.json(await mod.run());
});

app.get('/plugin/import-path', async (req: Request, res: Response) => {
  const file = path.join(__dirname, 'handlers', String(req.query.handler));
@@  const mod = await import(file);
  res.json(await mod.default(req.query));
});

app.get('/plugin/import-url', async (req: Request, res: Response) => {
@@  const mod = await import(\`\${req.query.cdn}/widget.mjs\`);
  res.json(mod.version);
});

app.get('/plugin/map', (req: Request, res: Response) => {
  const target = PLUGINS[String(req.query.name)];
  if (!target) return res.sendStatus(404);
@ok  const plugin = requireHere(target);
  res.json(plugin.describe());
});

app.get('/locale', async (req: Request, res: Response) => {
  const lang = String(req.query.lang);
  if (!LOCALES.has(lang)) return res.sendStatus(400);
@ok  const messages = await import(\`./locales/\${lang}.js\`);
  res.json(messages.default);
});

app.get('/plugin/fixed', async (req: Request, res: Response) => {
@ok  const mod = await import('./plugins/csv.js');
  res.json(await mod.run(req.query));
});

export default app;
`,
  ),
  ...ts(
    "CWE-1336",
    "request-supplied templates in eta, squirrelly, doT, lodash / underscore, twig, hogan, dust, art-template and ejs options vs fixed templates with request data as values",
    `import express, { Request, Response } from 'express';
import { Eta } from 'eta';
import * as Sqrl from 'squirrelly';
import doT from 'dot';
import _ from 'lodash';
import underscore from 'underscore';
import Twig from 'twig';
import Hogan from 'hogan.js';
import dust from 'dustjs-linkedin';
import artTemplate from 'art-template';
import ejs from 'ejs';

const app = express();
app.use(express.json());
const eta = new Eta({ views: './views' });
const GREETING = '<p>Hello <%= it.name %></p>';

app.post('/eta/preview', (req: Request, res: Response) => {
@@  res.send(eta.renderString(req.body.template, { user: req.user }));
});

app.post('/sqrl/preview', (req: Request, res: Response) => {
  const tpl = req.body.tpl as string;
@@  res.send(Sqrl.render(tpl, { site: 'shop' }));
});

app.post('/dot/preview', (req: Request, res: Response) => {
@@  const fn = doT.template(req.body.source);
  res.send(fn({ items: [] }));
});

app.post('/lodash/preview', (req: Request, res: Response) => {
@@  const compiled = _.template(req.body.text, { variable: 'data' });
  res.send(compiled({ name: 'x' }));
});

app.get('/underscore/preview', (req: Request, res: Response) => {
@@  const compiled = underscore.template(String(req.query.tpl));
  res.send(compiled({}));
});

app.post('/twig/preview', (req: Request, res: Response) => {
@@  const template = Twig.twig({ data: req.body.layout });
  res.send(template.render({ title: 'Shop' }));
});

app.post('/hogan/preview', (req: Request, res: Response) => {
@@  const template = Hogan.compile(req.body.mustache);
  res.send(template.render({}));
});

app.post('/dust/preview', (req: Request, res: Response) => {
@@  const compiled = dust.compile(req.body.dust, 'preview');
  dust.loadSource(compiled);
  dust.render('preview', {}, (err: unknown, out: string) => res.send(out));
});

app.post('/art/preview', (req: Request, res: Response) => {
@@  res.send(artTemplate.render(req.body.art, { user: 'x' }));
});

app.get('/ejs/options', (req: Request, res: Response) => {
@@  res.send(ejs.render('<p><%= name %></p>', { name: 'x' }, req.query as ejs.Options));
});

app.post('/ejs/page', (req: Request, res: Response) => {
@@  res.render('page', req.body);
});

app.get('/eta/fixed', (req: Request, res: Response) => {
@ok  res.send(eta.renderString(GREETING, { name: req.query.name }));
});

app.get('/eta/file', (req: Request, res: Response) => {
@ok  res.send(eta.render('./profile', { name: req.query.name }));
});

app.get('/lodash/fixed', (req: Request, res: Response) => {
  const compiled = _.template('<b><%- name %></b>');
@ok  res.send(compiled({ name: req.query.name }));
});

app.get('/dot/fixed', (req: Request, res: Response) => {
@ok  const fn = doT.template('<div>{{!it.title}}</div>');
  res.send(fn({ title: req.query.title }));
});

app.get('/twig/file', (req: Request, res: Response) => {
@ok  Twig.renderFile('./views/page.twig', { q: req.query.q }, (err: unknown, html: string) => res.send(html));
});

app.get('/ejs/data', (req: Request, res: Response) => {
@ok  res.send(ejs.render('<p><%= name %></p>', { name: req.query.name }));
});

app.get('/ejs/page-safe', (req: Request, res: Response) => {
@ok  res.render('page', { name: req.query.name, q: req.query.q });
});

export default app;
`,
  ),
  ...js(
    "CWE-78",
    "execa with shell or execaCommand, shelljs exec, cross-spawn with shell, sh -c and cmd /c argv, execFile of a shell vs argument arrays without a shell",
    `const express = require('express');
const { execa, execaCommand, execaCommandSync } = require('execa');
const shell = require('shelljs');
const crossSpawn = require('cross-spawn');
const { spawn, execFile, spawnSync } = require('child_process');

const app = express();
app.use(express.json());

app.get('/convert', async (req, res) => {
@@  const { stdout } = await execa(\`convert \${req.query.file} out.png\`, { shell: true });
  res.send(stdout);
});

app.get('/convert2', async (req, res) => {
@@  const { stdout } = await execaCommand('ffprobe ' + req.query.media);
  res.send(stdout);
});

app.get('/convert3', (req, res) => {
@@  const { stdout } = execaCommandSync(\`du -sh \${req.query.dir}\`);
  res.send(stdout);
});

app.get('/git-log', (req, res) => {
@@  const out = shell.exec(\`git log --oneline \${req.query.branch}\`, { silent: true });
  res.send(out.stdout);
});

app.get('/grep', (req, res) => {
  const pattern = req.query.q;
@@  const out = shell.exec('grep -r "' + pattern + '" ./docs', { silent: true });
  res.send(out.stdout);
});

app.post('/build', (req, res) => {
@@  const child = crossSpawn(\`npm run \${req.body.script}\`, { shell: true });
  child.on('close', (code) => res.json({ code }));
});

app.post('/run-sh', (req, res) => {
@@  const child = spawn('sh', ['-c', \`tar czf backup.tgz \${req.body.path}\`]);
  child.on('close', (code) => res.json({ code }));
});

app.post('/run-bash', (req, res) => {
  const cmd = 'ping -c 1 ' + req.body.host;
@@  const child = spawn('/bin/bash', ['-lc', cmd]);
  child.on('close', (code) => res.json({ code }));
});

app.post('/run-cmd', (req, res) => {
@@  const child = spawn('cmd.exe', ['/c', 'dir ' + req.body.folder]);
  child.on('close', (code) => res.json({ code }));
});

app.post('/run-execfile', (req, res) => {
@@  execFile('/bin/sh', ['-c', 'nslookup ' + req.body.domain], (err, out) => res.send(out));
});

app.post('/run-sync', (req, res) => {
@@  const r = spawnSync(req.body.command, { shell: true, encoding: 'utf8' });
  res.send(r.stdout);
});

app.get('/convert-safe', async (req, res) => {
@ok  const { stdout } = await execa('convert', [req.query.file, 'out.png']);
  res.send(stdout);
});

app.get('/git-log-safe', (req, res) => {
@ok  const out = shell.exec('git log --oneline -n 20', { silent: true });
  res.send(out.stdout + req.query.branch.length);
});

app.get('/shell-which', (req, res) => {
@ok  const found = shell.which(String(req.query.tool));
  res.json({ found: !!found });
});

app.post('/build-safe', (req, res) => {
@ok  const child = crossSpawn('npm', ['run', req.body.script]);
  child.on('close', (code) => res.json({ code }));
});

app.post('/run-sh-safe', (req, res) => {
@ok  const child = spawn('sh', ['-c', 'tar czf backup.tgz "$1"', 'sh', req.body.path]);
  child.on('close', (code) => res.json({ code }));
});

app.post('/run-execfile-safe', (req, res) => {
@ok  execFile('nslookup', [req.body.domain], (err, out) => res.send(out));
});

app.get('/ping-fixed', async (req, res) => {
@ok  const { stdout } = await execaCommand('uptime');
  res.send(stdout + String(req.query.x).length);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-88",
    "simple-git clone / fetch / raw and execFile git, ssh, curl, tar with request values that can start with a dash vs '--' separators and validated values",
    `import express, { Request, Response } from 'express';
import { simpleGit } from 'simple-git';
import { execFile, spawn } from 'child_process';
import im from 'imagemagick';

const app = express();
app.use(express.json());
const git = simpleGit('/srv/repos');

app.post('/repos/clone', async (req: Request, res: Response) => {
@@  await git.clone(req.body.url, \`/srv/repos/\${Date.now()}\`);
  res.sendStatus(201);
});

app.post('/repos/clone-opts', async (req: Request, res: Response) => {
  const { url, branch } = req.body;
@@  await git.clone(url, '/srv/repos/work', ['--branch', branch]);
  res.sendStatus(201);
});

app.post('/repos/fetch', async (req: Request, res: Response) => {
@@  await git.fetch(req.body.remote, req.body.ref);
  res.sendStatus(204);
});

app.post('/repos/raw', async (req: Request, res: Response) => {
@@  const out = await git.raw(['ls-remote', req.body.remote]);
  res.send(out);
});

app.get('/repos/log', async (req: Request, res: Response) => {
@@  const out = await git.raw(['log', String(req.query.rev), '-n', '5']);
  res.send(out);
});

app.post('/repos/exec', (req: Request, res: Response) => {
@@  execFile('git', ['clone', req.body.url, '/tmp/work'], (err) => res.json({ ok: !err }));
});

app.get('/fetch-file', (req: Request, res: Response) => {
@@  const child = spawn('curl', ['-s', String(req.query.target)]);
  child.stdout.pipe(res);
});

app.get('/ssh-check', (req: Request, res: Response) => {
@@  execFile('ssh', [String(req.query.host), 'uptime'], (err, out) => res.send(out));
});

app.get('/archive', (req: Request, res: Response) => {
@@  execFile('tar', ['-xf', req.query.archive as string, '-C', '/srv/unpacked'], (err) => res.json({ ok: !err }));
});

app.get('/thumb', (req: Request, res: Response) => {
@@  im.convert([req.query.src as string, '-resize', '64x64', 'thumb.png'], (err: unknown) => res.json({ ok: !err }));
});

app.post('/repos/clone-safe', async (req: Request, res: Response) => {
@ok  await git.raw(['clone', '--', req.body.url, '/srv/repos/work']);
  res.sendStatus(201);
});

app.post('/repos/exec-safe', (req: Request, res: Response) => {
@ok  execFile('git', ['clone', '--', req.body.url, '/tmp/work'], (err) => res.json({ ok: !err }));
});

app.get('/repos/log-safe', async (req: Request, res: Response) => {
  const rev = String(req.query.rev);
  if (!/^[0-9a-f]{7,40}$/.test(rev)) return res.sendStatus(400);
@ok  const out = await git.raw(['log', rev, '-n', '5']);
  res.send(out);
});

app.get('/ssh-check-safe', (req: Request, res: Response) => {
  const host = String(req.query.host);
  if (host.startsWith('-')) return res.sendStatus(400);
@ok  execFile('ssh', [host, 'uptime'], (err, out) => res.send(out));
});

app.get('/status', async (req: Request, res: Response) => {
@ok  const out = await git.status();
  res.json({ out, q: String(req.query.q).length });
});

app.get('/fetch-file-safe', (req: Request, res: Response) => {
@ok  const child = spawn('curl', ['-s', '--', String(req.query.target)]);
  child.stdout.pipe(res);
});

export default app;
`,
  ),
  ...js(
    "CWE-918",
    "undici request / fetch / Client / stream, phin, ky, needle, superagent, node-fetch and http.request with a request-chosen host vs fixed hosts and allow-lists",
    `const express = require('express');
const undici = require('undici');
const { request, Client } = require('undici');
const phin = require('phin');
const needle = require('needle');
const superagent = require('superagent');
const fetch = require('node-fetch');
const http = require('http');
const https = require('https');

const app = express();
app.use(express.json());
const ALLOWED_HOSTS = new Set(['api.partner.example', 'cdn.partner.example']);

app.get('/proxy/undici', async (req, res) => {
@@  const { body } = await request(req.query.url);
  res.send(await body.text());
});

app.get('/proxy/undici-fetch', async (req, res) => {
@@  const r = await undici.fetch(\`https://\${req.query.host}/health\`);
  res.send(await r.text());
});

app.get('/proxy/undici-client', async (req, res) => {
@@  const client = new Client(req.query.origin);
  const { body } = await client.request({ path: '/', method: 'GET' });
  res.send(await body.text());
});

app.get('/proxy/undici-stream', async (req, res) => {
@@  await undici.stream(req.query.url, { method: 'GET' }, () => res);
});

app.post('/proxy/phin', async (req, res) => {
@@  const r = await phin({ url: req.body.webhook, method: 'POST', data: { ok: true } });
  res.send(r.body);
});

app.get('/proxy/ky', async (req, res) => {
  const { default: ky } = await import('ky');
@@  const data = await ky.get(req.query.feed).json();
  res.json(data);
});

app.get('/proxy/needle', (req, res) => {
@@  needle.get(req.query.avatar, (err, resp) => res.send(resp.body));
});

app.get('/proxy/needle-fn', async (req, res) => {
@@  const resp = await needle('get', 'http://' + req.query.host + ':8080/metrics');
  res.send(resp.body);
});

app.get('/proxy/superagent', async (req, res) => {
@@  const r = await superagent.get(req.query.image).buffer(true);
  res.send(r.body);
});

app.get('/proxy/node-fetch', async (req, res) => {
@@  const r = await fetch(\`http://\${req.query.service}.internal/status\`);
  res.send(await r.text());
});

app.get('/proxy/http', (req, res) => {
@@  const out = http.request({ host: req.query.host, port: 80, path: '/status' }, (r) => r.pipe(res));
  out.end();
});

app.get('/proxy/https-get', (req, res) => {
@@  https.get({ hostname: req.query.hostname, path: '/' }, (r) => r.pipe(res));
});

app.get('/proxy/allowed', async (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.sendStatus(403);
@ok  const { body } = await request(target);
  res.send(await body.text());
});

app.get('/proxy/fixed', async (req, res) => {
@ok  const { body } = await request(\`https://api.partner.example/users/\${encodeURIComponent(req.query.id)}\`);
  res.send(await body.text());
});

app.get('/proxy/http-fixed', (req, res) => {
@ok  const out = http.request({ host: 'inventory.internal', port: 80, path: '/items/' + encodeURIComponent(req.query.id) }, (r) => r.pipe(res));
  out.end();
});

app.get('/proxy/superagent-fixed', async (req, res) => {
@ok  const r = await superagent.get('https://api.partner.example/search').query({ q: req.query.q });
  res.send(r.body);
});

app.get('/proxy/needle-fixed', (req, res) => {
@ok  needle.get('https://cdn.partner.example/logo.png', (err, resp) => res.send(resp.body));
});

app.post('/proxy/phin-fixed', async (req, res) => {
@ok  const r = await phin({ url: 'https://hooks.partner.example/notify', method: 'POST', data: { text: req.body.text } });
  res.send(r.body);
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-502",
    "serialize-to-js, funcster, cryo, js-yaml full schema, BSON evalFunctions, v8.deserialize and node-serialize of request bodies vs data-only parsers",
    `const express = require('express');
const { deserialize: s2jDeserialize } = require('serialize-to-js');
const funcster = require('funcster');
const Cryo = require('cryo');
const yaml = require('js-yaml');
const BSON = require('bson');
const v8 = require('v8');
const serialize = require('node-serialize');
const devalue = require('devalue');

const app = express();
app.use(express.text({ type: '*/*' }));

app.post('/state/s2j', (req, res) => {
@@  const state = s2jDeserialize(req.body);
  res.json(state);
});

app.post('/state/funcster', (req, res) => {
  const payload = JSON.parse(req.body);
@@  const restored = funcster.deepDeserialize(payload);
  res.json(Object.keys(restored));
});

app.post('/state/cryo', (req, res) => {
@@  const obj = Cryo.parse(req.body);
  res.json(obj);
});

app.post('/config/yaml-full', (req, res) => {
@@  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
});

app.post('/config/yaml-v3', (req, res) => {
  const schema = yaml.DEFAULT_FULL_SCHEMA;
@@  const cfg = yaml.loadAll(req.body, null, { schema });
  res.json(cfg);
});

app.post('/state/bson', (req, res) => {
  const buf = Buffer.from(req.body, 'base64');
@@  const doc = BSON.deserialize(buf, { evalFunctions: true, cacheFunctions: true });
  res.json(doc);
});

app.post('/state/v8', (req, res) => {
  const buf = Buffer.from(req.body, 'base64');
@@  const value = v8.deserialize(buf);
  res.json(value);
});

app.post('/state/v8-deser', (req, res) => {
  const d = new v8.Deserializer(Buffer.from(req.body, 'hex'));
  d.readHeader();
@@  const value = d.readValue();
  res.json(value);
});

app.get('/state/cookie', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
@@  const profile = serialize.unserialize(raw);
  res.json(profile);
});

app.post('/config/yaml-safe', (req, res) => {
@@  const cfg = yaml.load(req.body);
  res.json(cfg);
});

app.post('/config/yaml-json', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
});

app.post('/config/yaml-safeload', (req, res) => {
@ok  const cfg = yaml.safeLoad(req.body);
  res.json(cfg);
});

app.post('/state/bson-plain', (req, res) => {
@ok  const doc = BSON.deserialize(Buffer.from(req.body, 'base64'));
  res.json(doc);
});

app.post('/state/devalue', (req, res) => {
@ok  const value = devalue.parse(req.body);
  res.json(value);
});

app.post('/state/json', (req, res) => {
@ok  const value = JSON.parse(req.body);
  res.json(value);
});

app.get('/state/v8-local', (req, res) => {
  const snapshot = v8.serialize({ at: Date.now() });
@ok  const value = v8.deserialize(snapshot);
  res.json({ value, q: String(req.query.q).length });
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-113",
    "response headers set from request text through setHeader, writeHead, res.set / header / append, koa ctx.set and fastify reply.header vs encoded or stripped values",
    `import express, { Request, Response } from 'express';
import http from 'http';
import Koa from 'koa';
import Fastify from 'fastify';
import contentDisposition from 'content-disposition';

const app = express();

app.get('/download', (req: Request, res: Response) => {
@@  res.setHeader('Content-Disposition', \`attachment; filename="\${req.query.name}"\`);
  res.send('data');
});

app.get('/trace', (req: Request, res: Response) => {
@@  res.set('X-Request-Label', req.query.label as string);
  res.end();
});

app.get('/lang', (req: Request, res: Response) => {
@@  res.header('Content-Language', String(req.query.lang));
  res.end();
});

app.get('/link', (req: Request, res: Response) => {
@@  res.append('Link', '<' + req.query.next + '>; rel="next"');
  res.end();
});

app.get('/download-safe', (req: Request, res: Response) => {
@ok  res.setHeader('Content-Disposition', contentDisposition(String(req.query.name)));
  res.send('data');
});

app.get('/trace-safe', (req: Request, res: Response) => {
  const label = String(req.query.label).replace(/[\\r\\n]/g, '');
@ok  res.set('X-Request-Label', label);
  res.end();
});

app.get('/link-safe', (req: Request, res: Response) => {
@ok  res.append('Link', '</page/' + encodeURIComponent(String(req.query.next)) + '>; rel="next"');
  res.end();
});

app.get('/count', (req: Request, res: Response) => {
@ok  res.setHeader('X-Total-Count', parseInt(String(req.query.n), 10));
  res.end();
});

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const name = url.searchParams.get('name');
@@  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Greeting': \`hello \${name}\` });
  res.end('ok');
});

const server2 = http.createServer((req, res) => {
  const agent = req.headers['x-forwarded-agent'] as string;
@@  res.setHeader('X-Upstream-Agent', agent);
  res.end('ok');
});

const server3 = http.createServer((req, res) => {
@ok  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
  res.end(req.url);
});

const koa = new Koa();
koa.use(async (ctx) => {
@@  ctx.set('X-Tenant', ctx.query.tenant as string);
@@  ctx.response.set({ 'X-Theme': String(ctx.request.query.theme) });
  ctx.body = 'ok';
});

koa.use(async (ctx) => {
@ok  ctx.set('X-Tenant-Id', encodeURIComponent(String(ctx.query.tenant)));
  ctx.body = 'ok';
});

const fastify = Fastify();
fastify.get('/fastify', async (request, reply) => {
  const q = request.query as { v: string };
@@  reply.header('X-Version', q.v);
  return 'ok';
});

fastify.get('/fastify-safe', async (request, reply) => {
@ok  reply.header('X-Version', '1.0.0');
  return { q: request.query };
});

export { app, server, server2, server3, koa, fastify };
`,
  ),
  ...js(
    "CWE-117",
    "bunyan, log4js, signale, consola, loglevel, winston and pino messages built from request text vs structured fields and stripped values",
    `const express = require('express');
const bunyan = require('bunyan');
const log4js = require('log4js');
const { Signale } = require('signale');
const consola = require('consola');
const loglevel = require('loglevel');
const winston = require('winston');
const pino = require('pino');

const app = express();
app.use(express.json());
const blog = bunyan.createLogger({ name: 'shop' });
const l4 = log4js.getLogger('auth');
const signale = new Signale();
const wlog = winston.createLogger({ transports: [new winston.transports.Console()] });
const plog = pino();

app.post('/login', (req, res) => {
@@  blog.warn('failed login for user ' + req.body.username);
  res.sendStatus(401);
});

app.post('/login2', (req, res) => {
@@  l4.info(\`login attempt from \${req.body.user} at \${new Date().toISOString()}\`);
  res.sendStatus(401);
});

app.get('/search', (req, res) => {
@@  signale.info('search: ' + req.query.q);
  res.json([]);
});

app.get('/search2', (req, res) => {
@@  consola.info(\`search term \${req.query.term}\`);
  res.json([]);
});

app.get('/search3', (req, res) => {
@@  loglevel.debug('lookup for ' + req.query.sku);
  res.json([]);
});

app.post('/order', (req, res) => {
@@  wlog.log('info', \`order placed by \${req.body.customer}\`);
  res.sendStatus(201);
});

app.post('/order2', (req, res) => {
  const note = req.body.note;
@@  plog.info('order note: %s', note);
  res.sendStatus(201);
});

app.post('/order3', (req, res) => {
  const child = plog.child({ route: 'order3' });
@@  child.error('rejected coupon ' + req.body.coupon);
  res.sendStatus(400);
});

app.get('/agent', (req, res) => {
@@  l4.warn('unusual agent: ' + req.get('user-agent'));
  res.end();
});

app.post('/login-safe', (req, res) => {
@ok  blog.warn({ username: req.body.username }, 'failed login');
  res.sendStatus(401);
});

app.post('/order-safe', (req, res) => {
@ok  plog.info({ note: req.body.note }, 'order note');
  res.sendStatus(201);
});

app.post('/order-safe2', (req, res) => {
  const customer = String(req.body.customer).replace(/[\\r\\n]+/g, ' ');
@ok  wlog.info(\`order placed by \${customer}\`);
  res.sendStatus(201);
});

app.get('/search-safe', (req, res) => {
@ok  signale.info('search: ' + JSON.stringify(req.query.q));
  res.json([]);
});

app.get('/search-count', (req, res) => {
@ok  consola.info(\`search results: \${Number(req.query.n)}\`);
  res.json([]);
});

app.post('/login-safe2', (req, res) => {
@ok  l4.info('login attempt', { user: encodeURIComponent(req.body.user) });
  res.sendStatus(401);
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-90",
    "ldapjs, ldapts and activedirectory search filters and bind DNs built from request text vs escaped values and filter objects",
    `const express = require('express');
const ldap = require('ldapjs');
const { Client: LdaptsClient, EqualityFilter, AndFilter } = require('ldapts');
const ActiveDirectory = require('activedirectory2');
const ldapEscape = require('ldap-escape');

const app = express();
app.use(express.json());
const client = ldap.createClient({ url: 'ldap://ldap.example.org' });
const ts = new LdaptsClient({ url: 'ldap://ldap.example.org' });
const ad = new ActiveDirectory({ url: 'ldap://dc.example.org', baseDN: 'dc=example,dc=org' });

app.get('/people', (req, res) => {
@@  client.search('ou=people,dc=example,dc=org', { filter: \`(uid=\${req.query.uid})\`, scope: 'sub' }, (err, r) => r.on('end', () => res.end()));
});

app.get('/people/parsed', (req, res) => {
@@  const filter = ldap.parseFilter('(&(objectClass=person)(mail=' + req.query.mail + '))');
  client.search('dc=example,dc=org', { filter }, (err, r) => r.on('end', () => res.end()));
});

app.post('/bind', (req, res) => {
@@  client.bind(\`uid=\${req.body.user},ou=people,dc=example,dc=org\`, req.body.password, (err) => res.json({ ok: !err }));
});

app.get('/ts/people', async (req, res) => {
@@  const { searchEntries } = await ts.search('dc=example,dc=org', { filter: \`(cn=\${req.query.cn})\` });
  res.json(searchEntries);
});

app.post('/ts/bind', async (req, res) => {
  const dn = 'cn=' + req.body.cn + ',ou=staff,dc=example,dc=org';
@@  await ts.bind(dn, req.body.password);
  res.sendStatus(204);
});

app.get('/ad/find', (req, res) => {
@@  ad.find(\`(sAMAccountName=\${req.query.account})\`, (err, results) => res.json(results));
});

app.get('/ad/user', (req, res) => {
@@  ad.findUsers({ filter: '(department=' + req.query.dept + ')' }, (err, users) => res.json(users));
});

app.get('/people-safe', (req, res) => {
@ok  client.search('ou=people,dc=example,dc=org', { filter: new ldap.EqualityFilter({ attribute: 'uid', value: req.query.uid }) }, (err, r) => r.on('end', () => res.end()));
});

app.get('/people-escaped', (req, res) => {
@ok  client.search('dc=example,dc=org', { filter: ldapEscape.filter\`(uid=\${req.query.uid})\` }, (err, r) => r.on('end', () => res.end()));
});

app.get('/ts/people-safe', async (req, res) => {
  const filter = new AndFilter({ filters: [new EqualityFilter({ attribute: 'objectClass', value: 'person' }), new EqualityFilter({ attribute: 'cn', value: req.query.cn })] });
@ok  const { searchEntries } = await ts.search('dc=example,dc=org', { filter });
  res.json(searchEntries);
});

app.post('/bind-safe', (req, res) => {
@ok  client.bind(ldapEscape.dn\`uid=\${req.body.user},ou=people,dc=example,dc=org\`, req.body.password, (err) => res.json({ ok: !err }));
});

app.get('/ad/user-safe', (req, res) => {
@ok  ad.findUsers({ filter: ldapEscape.filter\`(department=\${req.query.dept})\` }, (err, users) => res.json(users));
});

app.get('/groups', (req, res) => {
@ok  client.search('ou=groups,dc=example,dc=org', { filter: '(objectClass=groupOfNames)', attributes: [String(req.query.attr)] }, (err, r) => r.on('end', () => res.end()));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-643",
    "xpath select / select1 / evaluate / parse, fontoxpath and libxmljs find / get with request text in the expression vs variables and numeric values",
    `import express, { Request, Response } from 'express';
import fs from 'fs';
import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import { evaluateXPathToNodes, evaluateXPathToString } from 'fontoxpath';
import libxmljs from 'libxmljs2';

const app = express();
const xml = fs.readFileSync('users.xml', 'utf8');
const doc = new DOMParser().parseFromString(xml, 'text/xml');
const xdoc = libxmljs.parseXml(xml);

app.get('/users/select', (req: Request, res: Response) => {
@@  const nodes = xpath.select(\`//user[name='\${req.query.name}']\`, doc);
  res.json(nodes);
});

app.get('/users/select1', (req: Request, res: Response) => {
  const name = req.query.name as string;
@@  const node = xpath.select1("//user[name='" + name + "' and password='" + req.query.pw + "']", doc);
  res.json({ ok: !!node });
});

app.get('/users/evaluate', (req: Request, res: Response) => {
@@  const result = xpath.evaluate(\`//user[@id=\${req.query.id}]/email\`, doc, null, xpath.XPathResult.ANY_TYPE, null);
  res.json(result.iterateNext());
});

app.get('/users/parse', (req: Request, res: Response) => {
@@  const nodes = xpath.parse('//user[role="' + req.query.role + '"]').select({ node: doc });
  res.json(nodes);
});

app.get('/users/ns', (req: Request, res: Response) => {
  const select = xpath.useNamespaces({ u: 'urn:users' });
@@  const nodes = select(\`//u:user[u:team='\${req.query.team}']\`, doc);
  res.json(nodes);
});

app.get('/users/fonto', (req: Request, res: Response) => {
@@  const nodes = evaluateXPathToNodes(\`//user[name="\${req.query.name}"]\`, doc);
  res.json(nodes.length);
});

app.get('/users/fonto-string', (req: Request, res: Response) => {
@@  const email = evaluateXPathToString('//user[@id="' + req.query.id + '"]/email', doc);
  res.json({ email });
});

app.get('/users/libxml-find', (req: Request, res: Response) => {
@@  const nodes = xdoc.find(\`//user[name='\${req.query.name}']\`);
  res.json(nodes.length);
});

app.get('/users/libxml-get', (req: Request, res: Response) => {
@@  const node = xdoc.get('//user[@login="' + req.query.login + '"]');
  res.json({ ok: !!node });
});

app.get('/users/vars', (req: Request, res: Response) => {
@ok  const nodes = xpath.parse('//user[name=$name]').select({ node: doc, variables: { name: String(req.query.name) } });
  res.json(nodes);
});

app.get('/users/fonto-vars', (req: Request, res: Response) => {
@ok  const nodes = evaluateXPathToNodes('//user[name=$name]', doc, null, { name: String(req.query.name) });
  res.json(nodes.length);
});

app.get('/users/index', (req: Request, res: Response) => {
  const idx = parseInt(String(req.query.i), 10);
@ok  const nodes = xpath.select(\`//user[\${idx}]\`, doc);
  res.json(nodes);
});

app.get('/users/all', (req: Request, res: Response) => {
@ok  const nodes = xpath.select('//user[active="true"]', doc);
  res.json({ nodes, q: String(req.query.q).length });
});

app.get('/users/libxml-fixed', (req: Request, res: Response) => {
@ok  const nodes = xdoc.find('//user[@role="admin"]');
  res.json({ n: nodes.length, id: Number(req.query.id) });
});

app.get('/users/allow', (req: Request, res: Response) => {
  const role = ['admin', 'staff'].includes(String(req.query.role)) ? String(req.query.role) : 'staff';
@ok  const nodes = xpath.select(\`//user[role='\${role}']\`, doc);
  res.json(nodes);
});

export default app;
`,
  ),
  ...js(
    "CWE-611",
    "libxmljs / libxmljs2 parseXml and parseXmlString with noent or dtdload on request bodies, SAX push parsers and xmllint-wasm vs default options",
    `const express = require('express');
const libxmljs = require('libxmljs');
const libxmljs2 = require('libxmljs2');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import2', (req, res) => {
  const opts = { noent: true, noblanks: true };
@@  const doc = libxmljs2.parseXmlString(req.body, opts);
  res.json({ root: doc.root().name() });
});

app.post('/import3', (req, res) => {
@@  const doc = libxmljs2.parseXml(req.body, { dtdload: true, dtdvalid: true });
  res.json({ root: doc.root().name() });
});

app.post('/import4', (req, res) => {
@@  const doc = libxmljs.Document.fromXml(req.body, { noent: true, nonet: false });
  res.json({ root: doc.root().name() });
});

const ENTITY_OPTS = { noent: true, huge: true };
function parseUpload(text) {
@@  return libxmljs2.parseXml(text, ENTITY_OPTS);
}

app.post('/import5', (req, res) => {
  const doc = parseUpload(req.body);
  res.json({ root: doc.root().name() });
});

const PLAIN_OPTS = { noblanks: true };
function parsePlain(text) {
@ok  return libxmljs2.parseXml(text, PLAIN_OPTS);
}

app.post('/import6', (req, res) => {
  const doc = parsePlain(req.body);
  res.json({ root: doc.root().name() });
});

app.get('/template', (req, res) => {
  const fixed = '<!DOCTYPE r [<!ENTITY v "1.0">]><r>&v;</r>';
@ok  const doc = libxmljs.parseXml(fixed, { noent: true });
  res.json({ v: doc.root().text(), q: String(req.query.q).length });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body);
  res.json({ root: doc.root().name() });
});

app.post('/import-safe2', (req, res) => {
@ok  const doc = libxmljs2.parseXmlString(req.body, { noent: false, nonet: true, noblanks: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe3', (req, res) => {
@ok  const doc = libxmljs2.parseHtml(req.body);
  res.json({ title: doc.get('//title') && doc.get('//title').text() });
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-943",
    "mongoose and mongodb filters taking req.query / req.body values that qs can turn into operator objects, $regex from input, where() chains vs mongo-sanitize, sanitizeFilter, String casts and $eq",
    `const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');
const { User, Post } = require('./models');

const app = express();
app.use(express.json());

app.get('/users/find', async (req, res) => {
@@  const users = await User.find({ email: req.query.email });
  res.json(users);
});

app.get('/users/query', async (req, res) => {
@@  const users = await User.find(req.query);
  res.json(users);
});

app.post('/users/reset', async (req, res) => {
  const { token } = req.body;
@@  const user = await User.findOne({ resetToken: token }).exec();
  res.json({ ok: !!user });
});

app.get('/posts/regex', async (req, res) => {
@@  const posts = await Post.find({ title: { $regex: req.query.q } });
  res.json(posts);
});

app.get('/posts/regexp', async (req, res) => {
@@  const posts = await Post.find({ title: new RegExp(req.query.q, 'i') });
  res.json(posts);
});

app.get('/posts/where', async (req, res) => {
@@  const posts = await Post.where('author').equals(req.query.author);
  res.json(posts);
});

app.post('/posts/count', async (req, res) => {
@@  const n = await Post.countDocuments({ tags: req.body.tag });
  res.json({ n });
});

app.post('/users/update', async (req, res) => {
@@  await User.updateOne({ apiKey: req.body.key }, { $set: { lastSeen: new Date() } });
  res.sendStatus(204);
});

app.get('/users/find-safe', async (req, res) => {
@ok  const users = await User.find({ email: String(req.query.email) });
  res.json(users);
});

app.get('/users/query-safe', async (req, res) => {
@ok  const users = await User.find(sanitize(req.query));
  res.json(users);
});

app.post('/users/reset-safe', async (req, res) => {
@ok  const user = await User.findOne({ resetToken: { $eq: req.body.token } }).exec();
  res.json({ ok: !!user });
});

app.get('/posts/regex-safe', async (req, res) => {
  const q = String(req.query.q).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  const posts = await Post.find({ title: { $regex: q, $options: 'i' } });
  res.json(posts);
});

app.get('/posts/by-id', async (req, res) => {
  if (!mongoose.isValidObjectId(req.query.id)) return res.sendStatus(400);
@ok  const post = await Post.findById(req.query.id);
  res.json(post);
});

app.post('/posts/count-safe', async (req, res) => {
  mongoose.set('sanitizeFilter', true);
@ok  const n = await Post.countDocuments({ tags: req.body.tag });
  res.json({ n });
});

app.post('/posts/count-typed', async (req, res) => {
  if (typeof req.body.tag !== 'string') return res.sendStatus(400);
@ok  const n = await Post.countDocuments({ tags: req.body.tag });
  res.json({ n });
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "Sequelize literal / query / where(fn) and TypeORM query / QueryBuilder where / orderBy and Drizzle sql.raw with request text vs replacements and parameters",
    `import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes, Op } from 'sequelize';
import { DataSource } from 'typeorm';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Product, ProductEntity, products } from './models';

const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const db = drizzle(process.env.DATABASE_URL as string);
const app = express();

app.get('/seq/literal', async (req: Request, res: Response) => {
@@  const rows = await Product.findAll({ where: sequelize.literal(\`price > \${req.query.min}\`) });
  res.json(rows);
});

app.get('/seq/attr', async (req: Request, res: Response) => {
@@  const rows = await Product.findAll({ attributes: ['id', [sequelize.literal('(' + req.query.expr + ')'), 'score']] });
  res.json(rows);
});

app.get('/seq/where-fn', async (req: Request, res: Response) => {
@@  const rows = await Product.findAll({ where: sequelize.where(sequelize.fn('lower', sequelize.col('name')), sequelize.literal(\`'\${req.query.name}'\`)) });
  res.json(rows);
});

app.get('/seq/query', async (req: Request, res: Response) => {
@@  const rows = await sequelize.query(\`SELECT * FROM products WHERE sku = '\${req.query.sku}'\`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/seq/replacements', async (req: Request, res: Response) => {
@ok  const rows = await sequelize.query('SELECT * FROM products WHERE sku = :sku', { replacements: { sku: req.query.sku }, type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/seq/op', async (req: Request, res: Response) => {
@ok  const rows = await Product.findAll({ where: { price: { [Op.gt]: Number(req.query.min) } } });
  res.json(rows);
});

app.get('/seq/escape', async (req: Request, res: Response) => {
@ok  const rows = await Product.findAll({ where: sequelize.literal(\`name = \${sequelize.escape(String(req.query.name))}\`) });
  res.json(rows);
});

app.get('/typeorm/query', async (req: Request, res: Response) => {
@@  const rows = await dataSource.query(\`SELECT * FROM product WHERE category = '\${req.query.category}'\`);
  res.json(rows);
});

app.get('/typeorm/qb', async (req: Request, res: Response) => {
@@  const rows = await dataSource.getRepository(ProductEntity).createQueryBuilder('p').where(\`p.name LIKE '%\${req.query.q}%'\`).getMany();
  res.json(rows);
});

app.get('/typeorm/order', async (req: Request, res: Response) => {
  const qb = dataSource.getRepository(ProductEntity).createQueryBuilder('p');
@@  const rows = await qb.orderBy(\`p.\${req.query.sort}\`, 'ASC').getMany();
  res.json(rows);
});

app.get('/typeorm/qb-safe', async (req: Request, res: Response) => {
@ok  const rows = await dataSource.getRepository(ProductEntity).createQueryBuilder('p').where('p.name LIKE :q', { q: \`%\${req.query.q}%\` }).getMany();
  res.json(rows);
});

app.get('/typeorm/query-safe', async (req: Request, res: Response) => {
@ok  const rows = await dataSource.query('SELECT * FROM product WHERE category = $1', [req.query.category]);
  res.json(rows);
});

app.get('/drizzle/raw', async (req: Request, res: Response) => {
@@  const rows = await db.select().from(products).where(sql.raw(\`name = '\${req.query.name}'\`));
  res.json(rows);
});

app.get('/drizzle/execute', async (req: Request, res: Response) => {
@@  const rows = await db.execute(sql.raw('SELECT * FROM products ORDER BY ' + req.query.sort));
  res.json(rows);
});

app.get('/drizzle/tagged', async (req: Request, res: Response) => {
@ok  const rows = await db.select().from(products).where(sql\`name = \${req.query.name}\`);
  res.json(rows);
});

app.get('/drizzle/const', async (req: Request, res: Response) => {
@ok  const rows = await db.execute(sql.raw('SELECT count(*) FROM products'));
  res.json({ rows, q: String(req.query.q).length });
});

export default app;
`,
  ),
  ...js(
    "CWE-1336",
    "user-supplied templates through less common entry points of handlebars, pug and nunjucks (precompile, compileClient, Template objects, Environment.renderString) vs template files and fixed strings",
    `const express = require('express');
const Handlebars = require('handlebars');
const pug = require('pug');
const nunjucks = require('nunjucks');

const app = express();
app.use(express.json());
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });
const CARD = '<div class="card">{{title}}</div>';

app.post('/hbs/precompile', (req, res) => {
@@  const spec = Handlebars.precompile(req.body.template);
  res.type('js').send(\`Handlebars.template(\${spec})\`);
});

app.post('/hbs/env', (req, res) => {
  const hb = Handlebars.create();
@@  const render = hb.compile(req.body.layout, { noEscape: false });
  res.send(render({ user: req.user }));
});

app.post('/pug/client', (req, res) => {
@@  const fnSource = pug.compileClient(req.body.pug, { name: 'tpl' });
  res.type('js').send(fnSource);
});

app.post('/njk/template', (req, res) => {
@@  const tpl = new nunjucks.Template(req.body.njk, env);
  res.send(tpl.render({ site: 'shop' }));
});

app.post('/njk/env', (req, res) => {
  const source = req.body.source;
@@  res.send(env.renderString(source, { items: [] }));
});

app.post('/njk/compile', (req, res) => {
@@  const tpl = nunjucks.compile(req.body.text, env);
  res.send(tpl.render({}));
});

app.get('/hbs/fixed', (req, res) => {
@ok  const render = Handlebars.compile(CARD);
  res.send(render({ title: req.query.title }));
});

app.get('/pug/file', (req, res) => {
@ok  res.send(pug.renderFile('views/profile.pug', { name: req.query.name }));
});

app.get('/njk/file', (req, res) => {
@ok  res.send(env.render('search.njk', { q: req.query.q }));
});

app.get('/njk/fixed', (req, res) => {
@ok  res.send(env.renderString('<p>{{ q }}</p>', { q: req.query.q }));
});

app.get('/pug/fixed', (req, res) => {
@ok  const fn = pug.compile('p Hello #{name}');
  res.send(fn({ name: req.query.name }));
});

app.get('/hbs/partial', (req, res) => {
  const partials = { header: '<h1>{{title}}</h1>', footer: '<footer>shop</footer>' };
  const name = Object.prototype.hasOwnProperty.call(partials, req.query.p) ? req.query.p : 'footer';
@ok  Handlebars.registerPartial('slot', partials[name]);
  res.send(Handlebars.compile('{{> slot}}')({ title: 'x' }));
});

module.exports = app;
`,
  ),
];
