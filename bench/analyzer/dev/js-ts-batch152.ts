// Dev suite "js-ts", batch 152: the data layer, template engines, parsers and serialisation formats in Node/TS,
// shaped like a rule set's own line-level tests and written blind (before reading the rules of the area): query
// builders' raw spellings and ORMs' string APIs, MongoDB stages and operator objects, Cypher/CQL/Elasticsearch/
// DynamoDB/PartiQL text, Redis Lua, less common template engines and their raw-output tags, libxmljs entity
// options and XPath spellings, code-bearing deserialisers, LDAP filters and DNs, regexes into queries, and CSV or
// spreadsheet exports of submitted cells (CWE-1236). Each positive beside look-alikes. Own code.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch152", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch152", cwe, note, src, "typescript");

export const BATCH152: DevCase[] = [
  ...js(
    "CWE-1236",
    "CSV and spreadsheet exports (json2csv, papaparse, csv-stringify, fast-csv) of submitted rows vs formula-escaped or numeric cells",
    `const express = require('express');
const { Parser } = require('json2csv');
const Papa = require('papaparse');
const { stringify } = require('csv-stringify/sync');
const fastcsv = require('fast-csv');

const app = express();
app.use(express.json());

function neutralise(value) {
  const s = String(value ?? '');
  return /^[=+\\-@\\t\\r]/.test(s) ? "'" + s : s;
}

app.post('/export/contacts', (req, res) => {
  const parser = new Parser({ fields: ['name', 'email', 'note'] });
@@  const csv = parser.parse(req.body.contacts);
  res.attachment('contacts.csv');
  res.send(csv);
});

app.post('/export/contacts-safe', (req, res) => {
  const rows = req.body.contacts.map((c) => ({ name: neutralise(c.name), email: neutralise(c.email), note: neutralise(c.note) }));
  const parser = new Parser({ fields: ['name', 'email', 'note'] });
@ok  const csv = parser.parse(rows);
  res.attachment('contacts.csv');
  res.send(csv);
});

app.post('/export/papa', (req, res) => {
@@  const csv = Papa.unparse(req.body.rows);
  res.type('text/csv').send(csv);
});

app.post('/export/papa-escaped', (req, res) => {
@ok  const csv = Papa.unparse(req.body.rows, { escapeFormulae: true });
  res.type('text/csv').send(csv);
});

app.post('/export/papa-fields', (req, res) => {
  const { comment, author } = req.body;
@@  const csv = Papa.unparse({ fields: ['author', 'comment'], data: [[author, comment]] });
  res.setHeader('Content-Disposition', 'attachment; filename="feedback.csv"');
  res.end(csv);
});

app.get('/export/search', (req, res) => {
  const term = req.query.q;
@@  const out = stringify([['query', 'at'], [term, new Date().toISOString()]]);
  res.type('text/csv').send(out);
});

app.get('/export/search-safe', (req, res) => {
  const term = neutralise(req.query.q);
@ok  const out = stringify([['query', 'at'], [term, new Date().toISOString()]]);
  res.type('text/csv').send(out);
});

app.get('/export/totals', (req, res) => {
  const qty = parseInt(req.query.qty, 10);
  const price = Number(req.query.price);
@ok  const out = stringify([['qty', 'price', 'total'], [qty, price, qty * price]]);
  res.type('text/csv').send(out);
});

app.post('/export/fast', (req, res) => {
  res.setHeader('Content-Type', 'text/csv');
  const stream = fastcsv.format({ headers: true });
  stream.pipe(res);
  for (const item of req.body.items) {
@@    stream.write({ sku: item.sku, label: item.label });
  }
  stream.end();
});

app.post('/export/fast-safe', (req, res) => {
  res.setHeader('Content-Type', 'text/csv');
  const stream = fastcsv.format({ headers: true });
  stream.pipe(res);
  for (const item of req.body.items) {
@ok    stream.write({ sku: neutralise(item.sku), label: neutralise(item.label) });
  }
  stream.end();
});

app.post('/export/manual', (req, res) => {
  const header = 'name,city\\n';
@@  const body = req.body.people.map((p) => [p.name, p.city].join(',')).join('\\n');
  res.type('text/csv').send(header + body);
});

app.get('/export/ids', (req, res) => {
  const ids = String(req.query.ids || '').split(',').map((x) => parseInt(x, 10)).filter(Number.isFinite);
@ok  res.type('text/csv').send('id\\n' + ids.join('\\n'));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-1236",
    "ExcelJS and SheetJS workbooks filled from a request (cell values, addRow, formula cells, json_to_sheet) vs sanitised or typed cells",
    `import express, { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';

const app = express();
app.use(express.json());

const FORMULA_START = /^[=+\\-@\\t\\r]/;
function safeCell(v: unknown): string {
  const s = String(v ?? '');
  return FORMULA_START.test(s) ? \`'\${s}\` : s;
}

interface Order {
  customer: string;
  product: string;
  qty: number;
}

app.post('/orders.xlsx', async (req: Request, res: Response) => {
  const orders = req.body.orders as Order[];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  ws.columns = [
    { header: 'Customer', key: 'customer' },
    { header: 'Product', key: 'product' },
    { header: 'Qty', key: 'qty' },
  ];
  for (const o of orders) {
@ok    ws.addRow({ customer: o.customer, product: o.product, qty: o.qty });
  }
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await wb.xlsx.write(res);
});

app.post('/orders-safe.xlsx', async (req: Request, res: Response) => {
  const orders = req.body.orders as Order[];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  for (const o of orders) {
@ok    ws.addRow([safeCell(o.customer), safeCell(o.product), Number(o.qty)]);
  }
  await wb.xlsx.write(res);
});

app.post('/cell.xlsx', async (req: Request, res: Response) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Note');
@ok  ws.getCell('A1').value = req.body.note;
@ok  ws.getCell('B1').value = new Date();
@@  ws.getCell('C1').value = { formula: req.body.expr };
  await wb.xlsx.write(res);
});

app.post('/cell-safe.xlsx', async (req: Request, res: Response) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Note');
@ok  ws.getCell('A1').value = safeCell(req.body.note);
@ok  ws.getCell('C1').value = { formula: 'SUM(A2:A10)' };
  await wb.xlsx.write(res);
});

app.post('/sheet', (req: Request, res: Response) => {
@ok  const sheet = XLSX.utils.json_to_sheet(req.body.records);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  res.send(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
});

app.post('/sheet-rows', (req: Request, res: Response) => {
  const { title, owner } = req.body as { title: string; owner: string };
@@  const sheet = XLSX.utils.aoa_to_sheet([['Title', 'Owner'], [title, owner]]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  res.send(XLSX.write(book, { type: 'buffer', bookType: 'csv' }));
});

app.post('/sheet-safe', (req: Request, res: Response) => {
  const records = (req.body.records as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safeCell(v)])),
  );
@ok  const sheet = XLSX.utils.json_to_sheet(records);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  res.send(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
});

app.get('/template.xlsx', (_req: Request, res: Response) => {
@ok  const sheet = XLSX.utils.aoa_to_sheet([['Name', 'Email'], ['', '']]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Import');
  res.send(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
});

export default app;
`,
  ),
  ...js(
    "CWE-943",
    "MongoDB driver: aggregation stages, $function/$accumulator bodies, mapReduce and whole-object filters from the request vs fixed pipelines and cast values",
    `const express = require('express');
const { MongoClient, ObjectId } = require('mongodb');

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('shop');

app.post('/report', async (req, res) => {
@@  const rows = await db.collection('orders').aggregate(req.body.pipeline).toArray();
  res.json(rows);
});

app.post('/report/join', async (req, res) => {
  const { from, localField } = req.body;
  const rows = await db
    .collection('orders')
@@    .aggregate([{ $lookup: { from, localField, foreignField: '_id', as: 'joined' } }])
    .toArray();
  res.json(rows);
});

app.post('/report/join-safe', async (req, res) => {
  const status = String(req.body.status);
  const rows = await db
    .collection('orders')
@ok    .aggregate([{ $match: { status } }, { $lookup: { from: 'customers', localField: 'customerId', foreignField: '_id', as: 'customer' } }])
    .toArray();
  res.json(rows);
});

app.post('/report/stage', async (req, res) => {
  const stage = JSON.parse(req.body.stage);
  const pipeline = [{ $match: { archived: false } }, stage];
@@  const rows = await db.collection('orders').aggregate(pipeline).toArray();
  res.json(rows);
});

app.get('/score', async (req, res) => {
  const body = req.query.fn;
@@  const docs = await db.collection('players').find({ $expr: { $function: { body, args: ['$points'], lang: 'js' } } }).toArray();
  res.json(docs);
});

app.get('/score-safe', async (req, res) => {
  const min = Number(req.query.min);
@ok  const docs = await db.collection('players').find({ $expr: { $gt: ['$points', min] } }).toArray();
  res.json(docs);
});

app.post('/rollup', async (req, res) => {
  const init = req.body.init;
  const pipeline = [
    {
      $group: {
        _id: '$team',
@@        total: { $accumulator: { init, accumulate: 'function(s, v) { return s + v; }', accumulateArgs: ['$points'], merge: 'function(a, b) { return a + b; }', lang: 'js' } },
      },
    },
  ];
  res.json(await db.collection('players').aggregate(pipeline).toArray());
});

app.post('/mapreduce', async (req, res) => {
  const map = 'function () { emit(this.' + req.body.key + ', 1); }';
  const reduce = 'function (k, vals) { return Array.sum(vals); }';
@@  const out = await db.collection('events').mapReduce(map, reduce, { out: { inline: 1 } });
  res.json(out);
});

app.post('/mapreduce-safe', async (req, res) => {
  const map = function () { emit(this.type, 1); };
  const reduce = function (k, vals) { return Array.sum(vals); };
@ok  const out = await db.collection('events').mapReduce(map, reduce, { out: { inline: 1 }, query: { owner: String(req.body.owner) } });
  res.json(out);
});

app.post('/login', async (req, res) => {
@@  const user = await db.collection('users').findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login-safe', async (req, res) => {
  const username = String(req.body.username);
  const password = String(req.body.password);
@ok  const user = await db.collection('users').findOne({ username, passwordHash: password });
  res.json({ ok: !!user });
});

app.post('/search', async (req, res) => {
@@  const docs = await db.collection('products').find(req.body).limit(50).toArray();
  res.json(docs);
});

app.get('/item/:id', async (req, res) => {
@ok  const doc = await db.collection('products').findOne({ _id: new ObjectId(req.params.id) });
  res.json(doc);
});

app.delete('/items', async (req, res) => {
@@  const r = await db.collection('products').deleteMany(req.body.filter);
  res.json({ deleted: r.deletedCount });
});

app.put('/items/:sku', async (req, res) => {
@@  await db.collection('products').updateOne({ sku: req.params.sku }, req.body.update);
  res.sendStatus(204);
});

app.put('/items-safe/:sku', async (req, res) => {
@ok  await db.collection('products').updateOne({ sku: req.params.sku }, { $set: { price: Number(req.body.price) } });
  res.sendStatus(204);
});

app.get('/where', async (req, res) => {
@@  const docs = await db.collection('products').find({ $where: \`this.stock < \${req.query.max}\` }).toArray();
  res.json(docs);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-943",
    "Mongoose queries: $where chains, sort/select/populate and filters taken whole from the request vs cast and allow-listed values",
    `import express, { Request, Response } from 'express';
import mongoose, { Schema, model } from 'mongoose';
import mongoSanitize from 'mongo-sanitize';

const User = model('User', new Schema({ name: String, email: String, role: String, age: Number }));
const app = express();
app.use(express.json());

app.get('/users/older', async (req: Request, res: Response) => {
@@  const users = await User.find().$where(\`this.age > \${req.query.age}\`).exec();
  res.json(users);
});

app.get('/users/older-safe', async (req: Request, res: Response) => {
@ok  const users = await User.find().where('age').gt(Number(req.query.age)).exec();
  res.json(users);
});

app.get('/users/where', async (req: Request, res: Response) => {
  const cond = 'this.name == "' + req.query.name + '"';
@@  const users = await User.$where(cond).exec();
  res.json(users);
});

app.post('/users/find', async (req: Request, res: Response) => {
  const filter = req.body.filter;
@@  const users = await User.find(filter).lean();
  res.json(users);
});

app.post('/users/find-clean', async (req: Request, res: Response) => {
  const filter = mongoSanitize(req.body.filter);
@ok  const users = await User.find(filter).lean();
  res.json(users);
});

app.post('/users/by-email', async (req: Request, res: Response) => {
  const { email } = req.body;
@@  const user = await User.findOne({ email }).exec();
  res.json(user);
});

app.post('/users/by-email-safe', async (req: Request, res: Response) => {
  const email = typeof req.body.email === 'string' ? req.body.email : '';
@ok  const user = await User.findOne({ email }).exec();
  res.json(user);
});

app.post('/users/role', async (req: Request, res: Response) => {
@@  await User.updateMany({ role: req.body.role }, { $set: { active: false } });
  res.sendStatus(204);
});

app.post('/users/role-safe', async (req: Request, res: Response) => {
@ok  await User.updateMany({ role: { $eq: req.body.role } }, { $set: { active: false } });
  res.sendStatus(204);
});

app.get('/users/count', async (req: Request, res: Response) => {
@@  const n = await User.countDocuments(JSON.parse(String(req.query.q)));
  res.json({ n });
});

app.get('/users/aggregate', async (req: Request, res: Response) => {
  const group = req.query.by as string;
@@  const rows = await User.aggregate([{ $group: { _id: \`$\${group}\`, n: { $sum: 1 } } }, { $out: req.query.into as string }]);
  res.json(rows);
});

const GROUPABLE = new Set(['role', 'age']);
app.get('/users/aggregate-safe', async (req: Request, res: Response) => {
  const group = String(req.query.by);
  if (!GROUPABLE.has(group)) return res.sendStatus(400);
@ok  const rows = await User.aggregate([{ $group: { _id: \`$\${group}\`, n: { $sum: 1 } } }]);
  res.json(rows);
});

app.get('/users/:id', async (req: Request, res: Response) => {
@ok  const user = await User.findById(req.params.id).exec();
  res.json(user);
});

app.get('/users', async (req: Request, res: Response) => {
  const name = String(req.query.name ?? '');
@ok  const users = await User.find({ name }).sort({ name: 1 }).limit(20).exec();
  res.json(users);
});

export { app, mongoose };
`,
  ),
  ...js(
    "CWE-943",
    "Cypher, CQL and Elasticsearch queries built from request text (neo4j-driver, cassandra-driver, @elastic/elasticsearch) vs parameters",
    `const express = require('express');
const neo4j = require('neo4j-driver');
const cassandra = require('cassandra-driver');
const { Client: Elastic } = require('@elastic/elasticsearch');

const app = express();
app.use(express.json());
const driver = neo4j.driver(process.env.NEO4J_URL, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD));
const cass = new cassandra.Client({ contactPoints: ['db1'], localDataCenter: 'dc1', keyspace: 'app' });
const es = new Elastic({ node: process.env.ES_URL });

app.get('/friends', async (req, res) => {
  const session = driver.session();
  try {
@@    const result = await session.run(\`MATCH (p:Person {name: '\${req.query.name}'})-[:KNOWS]->(f) RETURN f.name AS name\`);
    res.json(result.records.map((r) => r.get('name')));
  } finally {
    await session.close();
  }
});

app.get('/friends-safe', async (req, res) => {
  const session = driver.session();
  try {
@ok    const result = await session.run('MATCH (p:Person {name: $name})-[:KNOWS]->(f) RETURN f.name AS name', { name: req.query.name });
    res.json(result.records.map((r) => r.get('name')));
  } finally {
    await session.close();
  }
});

app.post('/tag', async (req, res) => {
  const label = req.body.label;
  const session = driver.session();
@@  await session.executeWrite((tx) => tx.run('MATCH (n) WHERE id(n) = $id SET n:' + label, { id: neo4j.int(req.body.id) }));
  await session.close();
  res.sendStatus(204);
});

app.get('/path', async (req, res) => {
  const cypher = 'MATCH p = shortestPath((a {id: ' + req.query.from + '})-[*]-(b {id: ' + req.query.to + '})) RETURN p';
@@  const { records } = await driver.executeQuery(cypher);
  res.json(records.length);
});

app.get('/path-safe', async (req, res) => {
@ok  const { records } = await driver.executeQuery('MATCH p = shortestPath((a {id: $from})-[*]-(b {id: $to})) RETURN p', { from: Number(req.query.from), to: Number(req.query.to) });
  res.json(records.length);
});

app.get('/events', async (req, res) => {
@@  const rs = await cass.execute("SELECT * FROM events WHERE device_id = '" + req.query.device + "'");
  res.json(rs.rows);
});

app.get('/events-safe', async (req, res) => {
@ok  const rs = await cass.execute('SELECT * FROM events WHERE device_id = ?', [req.query.device], { prepare: true });
  res.json(rs.rows);
});

app.post('/events/batch', async (req, res) => {
  const queries = req.body.ids.map((id) => ({ query: \`DELETE FROM events WHERE id = \${id}\` }));
@@  await cass.batch(queries);
  res.sendStatus(204);
});

app.get('/search', async (req, res) => {
@@  const r = await es.search({ index: 'products', query: { query_string: { query: req.query.q } } });
  res.json(r.hits.hits);
});

app.get('/search-safe', async (req, res) => {
@ok  const r = await es.search({ index: 'products', query: { match: { title: req.query.q } } });
  res.json(r.hits.hits);
});

app.get('/search/simple', async (req, res) => {
@ok  const r = await es.search({ index: 'products', query: { simple_query_string: { query: String(req.query.q), fields: ['title'] } } });
  res.json(r.hits.hits);
});

app.post('/search/raw', async (req, res) => {
@@  const r = await es.search({ index: 'products', body: req.body.query });
  res.json(r.hits.hits);
});

app.post('/rescore', async (req, res) => {
  const factor = req.body.factor;
@@  const r = await es.search({ index: 'products', query: { script_score: { query: { match_all: {} }, script: { source: "doc['rating'].value * " + factor } } } });
  res.json(r.hits.hits);
});

app.post('/rescore-safe', async (req, res) => {
@ok  const r = await es.search({ index: 'products', query: { script_score: { query: { match_all: {} }, script: { source: "doc['rating'].value * params.f", params: { f: Number(req.body.factor) } } } } });
  res.json(r.hits.hits);
});

app.post('/reindex', async (req, res) => {
@@  await es.updateByQuery({ index: 'products', script: { source: req.body.script, lang: 'painless' }, query: { match_all: {} } });
  res.sendStatus(202);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-943",
    "DynamoDB expressions and PartiQL statements, CouchDB selectors built from the request (AWS SDK v3, nano) vs placeholders",
    `import express, { Request, Response } from 'express';
import { DynamoDBClient, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import Nano from 'nano';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const raw = new DynamoDBClient({});
const couch = Nano(process.env.COUCH_URL as string).use<{ owner: string }>('notes');
const app = express();
app.use(express.json());

app.get('/items', async (req: Request, res: Response) => {
  const field = String(req.query.field);
  const out = await ddb.send(
    new ScanCommand({
      TableName: 'items',
@@      FilterExpression: \`\${field} = :v\`,
      ExpressionAttributeValues: { ':v': req.query.value },
    }),
  );
  res.json(out.Items);
});

app.get('/items-safe', async (req: Request, res: Response) => {
  const out = await ddb.send(
    new ScanCommand({
      TableName: 'items',
@ok      FilterExpression: '#f = :v',
      ExpressionAttributeNames: { '#f': 'category' },
      ExpressionAttributeValues: { ':v': String(req.query.value) },
    }),
  );
  res.json(out.Items);
});

app.get('/orders', async (req: Request, res: Response) => {
  const cond = 'customerId = :c AND ' + req.query.range;
  const out = await ddb.send(
    new QueryCommand({
      TableName: 'orders',
@@      KeyConditionExpression: cond,
      ExpressionAttributeValues: { ':c': req.query.customer },
    }),
  );
  res.json(out.Items);
});

app.post('/items/:id', async (req: Request, res: Response) => {
  const attr = req.body.attr as string;
  await ddb.send(
    new UpdateCommand({
      TableName: 'items',
      Key: { id: req.params.id },
@@      UpdateExpression: 'SET ' + attr + ' = :v',
      ExpressionAttributeValues: { ':v': req.body.value },
    }),
  );
  res.sendStatus(204);
});

app.post('/items-safe/:id', async (req: Request, res: Response) => {
  await ddb.send(
    new UpdateCommand({
      TableName: 'items',
      Key: { id: req.params.id },
@ok      UpdateExpression: 'SET #a = :v',
      ExpressionAttributeNames: { '#a': 'title' },
      ExpressionAttributeValues: { ':v': req.body.value },
    }),
  );
  res.sendStatus(204);
});

app.get('/partiql', async (req: Request, res: Response) => {
@@  const out = await raw.send(new ExecuteStatementCommand({ Statement: \`SELECT * FROM "items" WHERE owner = '\${req.query.owner}'\` }));
  res.json(out.Items);
});

app.get('/partiql-safe', async (req: Request, res: Response) => {
@ok  const out = await raw.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM "items" WHERE owner = ?', Parameters: [{ S: String(req.query.owner) }] }));
  res.json(out.Items);
});

app.post('/notes/find', async (req: Request, res: Response) => {
@@  const found = await couch.find({ selector: req.body.selector, limit: 20 });
  res.json(found.docs);
});

app.post('/notes/mine', async (req: Request, res: Response) => {
@ok  const found = await couch.find({ selector: { owner: { $eq: String(req.body.owner) } }, limit: 20 });
  res.json(found.docs);
});

app.get('/notes/view', async (req: Request, res: Response) => {
@ok  const body = await couch.view('notes', 'by_owner', { key: String(req.query.owner) });
  res.json(body.rows);
});

export default app;
`,
  ),
  ...js(
    "CWE-89",
    "knex joinRaw/havingRaw/groupByRaw/fromRaw, objection raw, pg-promise :raw and ^ filters, better-sqlite3 exec/pragma, mysql2 execute with interpolation vs bindings",
    `const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { raw } = require('objection');
const pgp = require('pg-promise')();
const Database = require('better-sqlite3');
const mysql = require('mysql2/promise');

const db = pgp(process.env.DATABASE_URL);
const lite = new Database('app.db');
const app = express();
app.use(express.json());

app.get('/k/join', async (req, res) => {
  const rows = await knex('orders')
@@    .joinRaw(\`LEFT JOIN customers c ON c.id = orders.customer_id AND c.region = '\${req.query.region}'\`)
    .select('orders.*');
  res.json(rows);
});

app.get('/k/join-safe', async (req, res) => {
  const rows = await knex('orders')
@ok    .joinRaw('LEFT JOIN customers c ON c.id = orders.customer_id AND c.region = ?', [req.query.region])
    .select('orders.*');
  res.json(rows);
});

app.get('/k/having', async (req, res) => {
  const rows = await knex('orders')
    .select('customer_id')
    .count('* as n')
    .groupBy('customer_id')
@@    .havingRaw('count(*) > ' + req.query.min);
  res.json(rows);
});

app.get('/k/having-safe', async (req, res) => {
  const rows = await knex('orders')
    .select('customer_id')
    .count('* as n')
    .groupBy('customer_id')
@ok    .havingRaw('count(*) > ?', [Number(req.query.min)]);
  res.json(rows);
});

app.get('/k/group', async (req, res) => {
@@  const rows = await knex('sales').select(knex.raw(\`\${req.query.dim}, sum(amount) as total\`)).groupByRaw(req.query.dim);
  res.json(rows);
});

app.get('/k/group-safe', async (req, res) => {
@ok  const rows = await knex('sales').select(knex.raw('??, sum(amount) as total', [req.query.dim])).groupBy(req.query.dim);
  res.json(rows);
});

app.get('/k/from', async (req, res) => {
@@  const rows = await knex.select('*').fromRaw(\`(SELECT * FROM \${req.query.table}) AS t\`);
  res.json(rows);
});

app.get('/k/order', async (req, res) => {
@ok  const rows = await knex('users').select('id', 'name').orderBy(req.query.sort || 'name', req.query.dir === 'desc' ? 'desc' : 'asc');
  res.json(rows);
});

app.get('/o/people', async (req, res) => {
  const Person = req.app.get('Person');
@@  const people = await Person.query().select(raw(\`concat(first_name, ' ', \${req.query.suffix}) as label\`));
  res.json(people);
});

app.get('/o/people-safe', async (req, res) => {
  const Person = req.app.get('Person');
@ok  const people = await Person.query().select(raw('concat(first_name, ?, last_name) as label', [' '])).where('age', '>', Number(req.query.age));
  res.json(people);
});

app.get('/p/by-name', async (req, res) => {
@@  const rows = await db.any('SELECT * FROM users WHERE name = $1:raw', [req.query.name]);
  res.json(rows);
});

app.get('/p/sorted', async (req, res) => {
@@  const rows = await db.any('SELECT * FROM users ORDER BY \${col^}', { col: req.query.col });
  res.json(rows);
});

app.get('/p/sorted-safe', async (req, res) => {
@ok  const rows = await db.any('SELECT * FROM users ORDER BY $1:name', [req.query.col]);
  res.json(rows);
});

app.get('/p/format', async (req, res) => {
  const where = pgp.as.format('WHERE $1:raw', [req.query.where]);
@@  const rows = await db.any('SELECT * FROM users ' + where);
  res.json(rows);
});

app.get('/p/by-id', async (req, res) => {
@ok  const row = await db.oneOrNone('SELECT * FROM users WHERE id = $1', [req.query.id]);
  res.json(row);
});

app.get('/p/by-email', async (req, res) => {
@@  const row = await db.oneOrNone(\`SELECT * FROM users WHERE email = '\${req.query.email}'\`);
  res.json(row);
});

app.post('/s/archive', (req, res) => {
@@  lite.exec(\`UPDATE notes SET archived = 1 WHERE folder = '\${req.body.folder}'\`);
  res.sendStatus(204);
});

app.post('/s/archive-safe', (req, res) => {
@ok  lite.prepare('UPDATE notes SET archived = 1 WHERE folder = ?').run(req.body.folder);
  res.sendStatus(204);
});

app.get('/s/columns', (req, res) => {
@@  const cols = lite.pragma(\`table_info(\${req.query.table})\`);
  res.json(cols);
});

app.get('/s/notes', (req, res) => {
@@  const stmt = lite.prepare('SELECT * FROM notes WHERE title LIKE ' + "'%" + req.query.q + "%'");
  res.json(stmt.all());
});

app.get('/s/notes-safe', (req, res) => {
  const stmt = lite.prepare("SELECT * FROM notes WHERE title LIKE '%' || @q || '%'");
@ok  res.json(stmt.all({ q: req.query.q }));
});

app.get('/m/user', async (req, res) => {
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
@@  const [rows] = await conn.execute(\`SELECT * FROM users WHERE login = '\${req.query.login}'\`);
  res.json(rows);
});

app.get('/m/user-safe', async (req, res) => {
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
@ok  const [rows] = await conn.execute('SELECT * FROM users WHERE login = ?', [req.query.login]);
  res.json(rows);
});

app.get('/m/escaped', async (req, res) => {
  const pool = mysql.createPool(process.env.MYSQL_URL);
@ok  const [rows] = await pool.query('SELECT * FROM users WHERE login = ' + pool.escape(req.query.login) + ' ORDER BY ' + pool.escapeId(req.query.sort));
  res.json(rows);
});

app.get('/m/format', async (req, res) => {
  const pool = mysql.createPool(process.env.MYSQL_URL);
@ok  const [rows] = await pool.query(mysql.format('SELECT * FROM ?? WHERE id = ?', ['users', req.query.id]));
  res.json(rows);
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "TypeORM query builder (addSelect, orWhere, Brackets, orderBy), MikroORM execute, Kysely sql.raw, Drizzle sql.raw, Prisma.raw and Sequelize literal/fn with request text vs parameters",
    `import express, { Request, Response } from 'express';
import { DataSource, Brackets } from 'typeorm';
import { MikroORM } from '@mikro-orm/postgresql';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql as dsql, eq } from 'drizzle-orm';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
import { PrismaClient, Prisma } from '@prisma/client';
import { Sequelize, Op } from 'sequelize';
import { Pool } from 'pg';

const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const orm = await MikroORM.init({ clientUrl: process.env.DATABASE_URL });
const kdb = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) });
const users = pgTable('users', { id: serial('id').primaryKey(), name: text('name') });
const ddb = drizzle(new Pool());
const prisma = new PrismaClient();
const seq = new Sequelize(process.env.DATABASE_URL as string);
const app = express();

app.get('/t/users', async (req: Request, res: Response) => {
  const rows = await ds
    .getRepository('User')
    .createQueryBuilder('u')
@@    .addSelect(\`u.score * \${req.query.weight}\`, 'weighted')
    .getRawMany();
  res.json(rows);
});

app.get('/t/users-or', async (req: Request, res: Response) => {
  const rows = await ds
    .getRepository('User')
    .createQueryBuilder('u')
    .where('u.active = :a', { a: true })
@@    .orWhere(\`u.email = '\${req.query.email}'\`)
    .getMany();
  res.json(rows);
});

app.get('/t/users-or-safe', async (req: Request, res: Response) => {
  const rows = await ds
    .getRepository('User')
    .createQueryBuilder('u')
    .where('u.active = :a', { a: true })
@ok    .orWhere('u.email = :email', { email: req.query.email })
    .getMany();
  res.json(rows);
});

app.get('/t/brackets', async (req: Request, res: Response) => {
  const q = String(req.query.q);
  const rows = await ds
    .getRepository('User')
    .createQueryBuilder('u')
    .where(
      new Brackets((qb) => {
@@        qb.where(\`u.first LIKE '%\${q}%'\`).orWhere('u.last LIKE :q', { q: \`%\${q}%\` });
      }),
    )
    .getMany();
  res.json(rows);
});

app.get('/t/brackets-safe', async (req: Request, res: Response) => {
  const q = String(req.query.q);
  const rows = await ds
    .getRepository('User')
    .createQueryBuilder('u')
@ok    .where(new Brackets((qb) => qb.where('u.first LIKE :q', { q: \`%\${q}%\` }).orWhere('u.last LIKE :q')))
    .getMany();
  res.json(rows);
});

app.get('/t/sorted', async (req: Request, res: Response) => {
  const rows = await ds
    .getRepository('User')
    .createQueryBuilder('u')
@@    .orderBy(\`u.\${req.query.sort}\`, 'ASC')
    .getMany();
  res.json(rows);
});

const SORTABLE: Record<string, string> = { name: 'u.name', created: 'u.createdAt' };
app.get('/t/sorted-safe', async (req: Request, res: Response) => {
  const col = SORTABLE[String(req.query.sort)] ?? 'u.name';
@ok  const rows = await ds.getRepository('User').createQueryBuilder('u').orderBy(col, 'ASC').getMany();
  res.json(rows);
});

app.get('/t/param', async (req: Request, res: Response) => {
  const rows = await ds
    .createQueryBuilder()
    .select('u')
    .from('User', 'u')
@ok    .where('u.tenant = :tenant')
    .setParameter('tenant', req.query.tenant)
    .getMany();
  res.json(rows);
});

app.get('/mikro/stats', async (req: Request, res: Response) => {
  const em = orm.em.fork();
@@  const rows = await em.execute(\`SELECT count(*) FROM orders WHERE status = '\${req.query.status}'\`);
  res.json(rows);
});

app.get('/mikro/stats-safe', async (req: Request, res: Response) => {
  const em = orm.em.fork();
@ok  const rows = await em.execute('SELECT count(*) FROM orders WHERE status = ?', [req.query.status]);
  res.json(rows);
});

app.get('/mikro/conn', async (req: Request, res: Response) => {
  const conn = orm.em.getConnection();
@@  const rows = await conn.execute('DELETE FROM sessions WHERE user_id = ' + req.query.uid);
  res.json(rows);
});

app.get('/ky/raw', async (req: Request, res: Response) => {
@@  const rows = await kdb.selectFrom('person').selectAll().where(sql.raw(\`first_name = '\${req.query.name}'\`)).execute();
  res.json(rows);
});

app.get('/ky/tag', async (req: Request, res: Response) => {
@ok  const rows = await kdb.selectFrom('person').selectAll().where(sql\`first_name = \${req.query.name}\`).execute();
  res.json(rows);
});

app.get('/ky/exec', async (req: Request, res: Response) => {
  const order = String(req.query.order);
@@  const result = await sql.raw(\`SELECT * FROM person ORDER BY \${order}\`).execute(kdb);
  res.json(result.rows);
});

app.get('/ky/ref', async (req: Request, res: Response) => {
@ok  const rows = await kdb.selectFrom('person').select(sql.ref(\`person.\${['first_name', 'last_name'].includes(String(req.query.col)) ? req.query.col : 'id'}\`).as('v')).execute();
  res.json(rows);
});

app.get('/dz/raw', async (req: Request, res: Response) => {
@@  const rows = await ddb.select().from(users).where(dsql.raw(\`name = '\${req.query.name}'\`));
  res.json(rows);
});

app.get('/dz/tag', async (req: Request, res: Response) => {
@ok  const rows = await ddb.select().from(users).where(dsql\`\${users.name} = \${req.query.name}\`);
  res.json(rows);
});

app.get('/dz/eq', async (req: Request, res: Response) => {
@ok  const rows = await ddb.select().from(users).where(eq(users.name, String(req.query.name)));
  res.json(rows);
});

app.get('/dz/exec', async (req: Request, res: Response) => {
@@  const result = await ddb.execute(dsql.raw('SELECT * FROM users WHERE id IN (' + req.query.ids + ')'));
  res.json(result.rows);
});

app.get('/pr/raw', async (req: Request, res: Response) => {
@@  const rows = await prisma.$queryRaw(Prisma.raw(\`SELECT * FROM "User" WHERE name = '\${req.query.name}'\`));
  res.json(rows);
});

app.get('/pr/sql', async (req: Request, res: Response) => {
@ok  const rows = await prisma.$queryRaw(Prisma.sql\`SELECT * FROM "User" WHERE name = \${req.query.name}\`);
  res.json(rows);
});

app.get('/pr/join', async (req: Request, res: Response) => {
  const ids = String(req.query.ids).split(',').map(Number);
@ok  const rows = await prisma.$queryRaw\`SELECT * FROM "User" WHERE id IN (\${Prisma.join(ids)})\`;
  res.json(rows);
});

app.get('/pr/unsafe-positional', async (req: Request, res: Response) => {
@ok  const rows = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', req.query.email);
  res.json(rows);
});

app.post('/pr/exec', async (req: Request, res: Response) => {
@@  await prisma.$executeRawUnsafe(\`UPDATE "User" SET role = '\${req.body.role}' WHERE id = \${req.body.id}\`);
  res.sendStatus(204);
});

app.get('/sq/literal', async (req: Request, res: Response) => {
  const User = seq.models.User;
@@  const rows = await User.findAll({ where: Sequelize.literal(\`lower(email) = '\${req.query.email}'\`) });
  res.json(rows);
});

app.get('/sq/attr', async (req: Request, res: Response) => {
  const User = seq.models.User;
@@  const rows = await User.findAll({ attributes: ['id', [seq.literal(\`(SELECT count(*) FROM posts WHERE posts.tag = '\${req.query.tag}')\`), 'n']] });
  res.json(rows);
});

app.get('/sq/fn', async (req: Request, res: Response) => {
  const User = seq.models.User;
@ok  const rows = await User.findAll({ where: seq.where(seq.fn('lower', seq.col('email')), Op.eq, String(req.query.email).toLowerCase()) });
  res.json(rows);
});

app.get('/sq/query', async (req: Request, res: Response) => {
@@  const [rows] = await seq.query(\`SELECT * FROM users WHERE name LIKE '%\${req.query.q}%'\`);
  res.json(rows);
});

app.get('/sq/query-safe', async (req: Request, res: Response) => {
@ok  const [rows] = await seq.query('SELECT * FROM users WHERE name LIKE :q', { replacements: { q: \`%\${req.query.q}%\` } });
  res.json(rows);
});

app.get('/sq/bind', async (req: Request, res: Response) => {
@ok  const [rows] = await seq.query('SELECT * FROM users WHERE id = $1', { bind: [req.query.id] });
  res.json(rows);
});

export default app;
`,
  ),
  ...js(
    "CWE-1336",
    "template source from the request compiled by less common engines (liquidjs, eta, squirrelly, twig, hogan, dust, art-template, velocityjs, underscore) vs fixed templates given request data",
    `const express = require('express');
const { Liquid } = require('liquidjs');
const { Eta } = require('eta');
const Sqrl = require('squirrelly');
const Twig = require('twig');
const Hogan = require('hogan.js');
const dust = require('dustjs-linkedin');
const artTemplate = require('art-template');
const Velocity = require('velocityjs');
const _ = require('underscore');

const app = express();
app.use(express.json());
const liquid = new Liquid({ root: 'views', extname: '.liquid' });
const eta = new Eta({ views: 'views' });

app.post('/liquid/preview', async (req, res) => {
@@  const html = await liquid.parseAndRender(req.body.template, { user: req.user });
  res.send(html);
});

app.get('/liquid/page', async (req, res) => {
@ok  const html = await liquid.renderFile('profile', { name: req.query.name });
  res.send(html);
});

app.post('/liquid/parse', async (req, res) => {
@@  const tpl = liquid.parse(req.body.layout);
  res.send(await liquid.render(tpl, { site: 'x' }));
});

app.get('/liquid/fixed', async (req, res) => {
@ok  const html = await liquid.parseAndRender('Hello {{ name | escape }}', { name: req.query.name });
  res.send(html);
});

app.post('/eta', (req, res) => {
@@  res.send(eta.renderString(req.body.tpl, { items: [] }));
});

app.get('/eta/file', (req, res) => {
@ok  res.send(eta.render('./list', { q: req.query.q }));
});

app.post('/sqrl', (req, res) => {
  const { source } = req.body;
@@  res.send(Sqrl.render(source, { title: 'Report' }));
});

app.get('/sqrl/fixed', (req, res) => {
@ok  res.send(Sqrl.render('<h1>{{it.title}}</h1>', { title: req.query.title }));
});

app.post('/twig', (req, res) => {
@@  const tpl = Twig.twig({ data: req.body.body });
  res.send(tpl.render({ now: Date.now() }));
});

app.get('/twig/file', (req, res) => {
@ok  Twig.renderFile('views/page.twig', { q: req.query.q }, (err, html) => res.send(err ? 'error' : html));
});

app.post('/hogan', (req, res) => {
@@  const t = Hogan.compile(req.body.mustache);
  res.send(t.render({ name: 'x' }));
});

app.get('/hogan/fixed', (req, res) => {
  const t = Hogan.compile('<p>{{name}}</p>');
@ok  res.send(t.render({ name: req.query.name }));
});

app.post('/dust', (req, res) => {
@@  dust.renderSource(req.body.source, { a: 1 }, (err, out) => res.send(out));
});

app.post('/dust/compile', (req, res) => {
@@  const compiled = dust.compile(req.body.source, 'user-tpl');
  dust.loadSource(compiled);
  dust.render('user-tpl', {}, (err, out) => res.send(out));
});

app.post('/art', (req, res) => {
@@  const html = artTemplate.render(req.body.tpl, { list: [] });
  res.send(html);
});

app.get('/art/fixed', (req, res) => {
@ok  const html = artTemplate.render('<p>{{name}}</p>', { name: req.query.name });
  res.send(html);
});

app.post('/velocity', (req, res) => {
@@  res.send(Velocity.render(req.body.vm, { user: 'x' }));
});

app.post('/underscore', (req, res) => {
  const text = req.body.greeting;
@@  const compiled = _.template(text);
  res.send(compiled({ name: 'friend' }));
});

app.get('/underscore/fixed', (req, res) => {
  const compiled = _.template('<p>Hello <%- name %></p>');
@ok  res.send(compiled({ name: req.query.name }));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-1336",
    "user-supplied templates in TypeScript services (nunjucks Environment, lodash/template, Mustache, ejs.compile, pug.compileClient, Vue SSR, es6 template strings) vs fixed templates",
    `import express, { Request, Response } from 'express';
import nunjucks from 'nunjucks';
import template from 'lodash/template';
import Mustache from 'mustache';
import ejs from 'ejs';
import pug from 'pug';
import Handlebars from 'handlebars';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });
const app = express();
app.use(express.json());

interface MailBody {
  subject: string;
  body: string;
}

app.post('/mail/preview', (req: Request, res: Response) => {
  const mail = req.body as MailBody;
@@  res.send(env.renderString(mail.body, { user: { name: 'Ada' } }));
});

app.post('/mail/preview-safe', (req: Request, res: Response) => {
  const mail = req.body as MailBody;
@ok  res.send(env.render('mail.njk', { subject: mail.subject, body: mail.body }));
});

function buildGreeting(tpl: string): (data: object) => string {
@@  return template(tpl);
}
app.post('/greeting', (req: Request, res: Response) => {
  res.send(buildGreeting(req.body.tpl)({ name: 'x' }));
});

app.get('/greeting-safe', (req: Request, res: Response) => {
  const render = template('Hello <%- name %>!');
@ok  res.send(render({ name: req.query.name }));
});

app.post('/mustache', (req: Request, res: Response) => {
  const view = { company: 'Acme' };
@@  res.send(Mustache.render(String(req.body.template), view));
});

app.get('/mustache-safe', (req: Request, res: Response) => {
@ok  res.send(Mustache.render('<p>{{q}}</p>', { q: req.query.q }));
});

app.post('/ejs/compile', (req: Request, res: Response) => {
@@  const fn = ejs.compile(req.body.source, { client: false });
  res.send(fn({}));
});

app.post('/pug/client', (req: Request, res: Response) => {
@@  const js = pug.compileClient(req.body.pug, { name: 'tpl' });
  res.type('application/javascript').send(js);
});

app.get('/pug/fixed', (req: Request, res: Response) => {
@ok  res.send(pug.render('p= msg', { msg: req.query.msg }));
});

app.post('/hbs/precompile', (req: Request, res: Response) => {
@@  const spec = Handlebars.precompile(req.body.hbs);
  res.type('application/javascript').send(\`Handlebars.template(\${spec})\`);
});

app.post('/vue', async (req: Request, res: Response) => {
@@  const vm = createSSRApp({ template: req.body.template, data: () => ({ n: 1 }) });
  res.send(await renderToString(vm));
});

app.get('/vue-safe', async (req: Request, res: Response) => {
@ok  const vm = createSSRApp({ template: '<p>{{ q }}</p>', data: () => ({ q: String(req.query.q) }) });
  res.send(await renderToString(vm));
});

app.post('/es6tpl', (req: Request, res: Response) => {
  const tpl: string = req.body.tpl;
@@  const render = new Function('ctx', 'with (ctx) { return \`' + tpl + '\`; }');
  res.send(render({ name: 'x' }));
});

app.get('/es6tpl-safe', (req: Request, res: Response) => {
  const name = String(req.query.name);
@ok  const render = (ctx: { name: string }) => \`Hello \${ctx.name.replace(/[<>&"]/g, '')}\`;
  res.send(render({ name }));
});

export default app;
`,
  ),
  ...js(
    "CWE-79",
    "unescaped output tags in inline server templates fed request data (ejs <%-, lodash <%=, doT {{=, eta <%~, Mustache {{{, pug !=, nunjucks | safe, Handlebars noEscape) vs their escaping tags",
    `const express = require('express');
const ejs = require('ejs');
const _ = require('lodash');
const doT = require('dot');
const { Eta } = require('eta');
const Mustache = require('mustache');
const pug = require('pug');
const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');

const app = express();
const eta = new Eta();

app.get('/ejs', (req, res) => {
@@  res.send(ejs.render('<p>Hi <%- name %></p>', { name: req.query.name }));
});

app.get('/ejs-safe', (req, res) => {
@ok  res.send(ejs.render('<p>Hi <%= name %></p>', { name: req.query.name }));
});

app.get('/lodash', (req, res) => {
  const tpl = _.template('<h2><%= title %></h2>');
@@  res.send(tpl({ title: req.query.title }));
});

app.get('/lodash-safe', (req, res) => {
  const tpl = _.template('<h2><%- title %></h2>');
@ok  res.send(tpl({ title: req.query.title }));
});

app.get('/dot', (req, res) => {
  const tpl = doT.template('<div>{{=it.msg}}</div>');
@@  res.send(tpl({ msg: req.query.msg }));
});

app.get('/dot-safe', (req, res) => {
  const tpl = doT.template('<div>{{!it.msg}}</div>');
@ok  res.send(tpl({ msg: req.query.msg }));
});

app.get('/eta', (req, res) => {
@@  res.send(eta.renderString('<span><%~ it.note %></span>', { note: req.query.note }));
});

app.get('/eta-safe', (req, res) => {
@ok  res.send(eta.renderString('<span><%= it.note %></span>', { note: req.query.note }));
});

app.get('/mustache', (req, res) => {
@@  res.send(Mustache.render('<b>{{{bio}}}</b>', { bio: req.query.bio }));
});

app.get('/mustache-safe', (req, res) => {
@ok  res.send(Mustache.render('<b>{{bio}}</b>', { bio: req.query.bio }));
});

app.get('/mustache-amp', (req, res) => {
@@  res.send(Mustache.render('<b>{{& bio}}</b>', { bio: req.query.bio }));
});

app.get('/pug', (req, res) => {
@@  res.send(pug.render('div!= comment', { comment: req.query.comment }));
});

app.get('/pug-interp', (req, res) => {
@@  res.send(pug.render('p Welcome !{who}', { who: req.query.who }));
});

app.get('/pug-safe', (req, res) => {
@ok  res.send(pug.render('p Welcome #{who}', { who: req.query.who }));
});

app.get('/nunjucks', (req, res) => {
  nunjucks.configure({ autoescape: true });
@@  res.send(nunjucks.renderString('<p>{{ text | safe }}</p>', { text: req.query.text }));
});

app.get('/nunjucks-safe', (req, res) => {
  nunjucks.configure({ autoescape: true });
@ok  res.send(nunjucks.renderString('<p>{{ text }}</p>', { text: req.query.text }));
});

app.get('/nunjucks-env', (req, res) => {
  const env = new nunjucks.Environment(null, { autoescape: false });
@@  res.send(env.renderString('<p>{{ text }}</p>', { text: req.query.text }));
});

app.get('/hbs', (req, res) => {
  const tpl = Handlebars.compile('<p>{{name}}</p>', { noEscape: true });
@@  res.send(tpl({ name: req.query.name }));
});

app.get('/hbs-triple', (req, res) => {
  const tpl = Handlebars.compile('<p>{{{name}}}</p>');
@@  res.send(tpl({ name: req.query.name }));
});

app.get('/hbs-safe', (req, res) => {
  const tpl = Handlebars.compile('<p>{{name}}</p>');
@ok  res.send(tpl({ name: req.query.name }));
});

app.get('/hbs-helper', (req, res) => {
  Handlebars.registerHelper('bold', (text) => new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(text) + '</b>'));
  const tpl = Handlebars.compile('<p>{{bold name}}</p>');
@ok  res.send(tpl({ name: req.query.name }));
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-611",
    "XML from the request parsed with entity substitution (libxmljs/libxmljs2 noent, replaceEntities, Document.fromXml, xmllint --noent) vs parsers that do not load external entities",
    `const express = require('express');
const libxmljs = require('libxmljs2');
const libxml = require('libxmljs');
const { DOMParser } = require('@xmldom/xmldom');
const { XMLParser } = require('fast-xml-parser');
const xml2js = require('xml2js');
const sax = require('sax');
const { execFileSync } = require('child_process');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false });
  res.json({ root: doc.root().name() });
});

app.post('/import-safe', (req, res) => {
@ok  const doc = libxmljs.parseXml(req.body, { nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import/string', (req, res) => {
  const opts = { noblanks: true, noent: true, dtdload: true };
@@  const doc = libxml.parseXmlString(req.body, opts);
  res.json({ items: doc.find('//item').length });
});

app.post('/import/string-safe', (req, res) => {
  const opts = { noblanks: true, noent: false };
@ok  const doc = libxml.parseXmlString(req.body, opts);
  res.json({ items: doc.find('//item').length });
});

app.post('/import/replace', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { replaceEntities: true });
  res.json({ root: doc.root().name() });
});

app.post('/import/doc', (req, res) => {
@@  const doc = libxmljs.Document.fromXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/import/validate', (req, res) => {
  const xsd = libxmljs.parseXml(require('fs').readFileSync('schema.xsd', 'utf8'));
@@  const doc = libxmljs.parseXml(req.body, { dtdvalid: true, noent: true });
  res.json({ valid: doc.validate(xsd) });
});

app.post('/import/lint', (req, res) => {
  require('fs').writeFileSync('/tmp/upload.xml', req.body);
@@  const out = execFileSync('xmllint', ['--noent', '--xpath', '//title/text()', '/tmp/upload.xml']);
  res.send(out.toString());
});

app.post('/import/lint-safe', (req, res) => {
  require('fs').writeFileSync('/tmp/upload.xml', req.body);
@ok  const out = execFileSync('xmllint', ['--nonet', '--xpath', '//title/text()', '/tmp/upload.xml']);
  res.send(out.toString());
});

app.post('/import/dom', (req, res) => {
@ok  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ root: doc.documentElement.nodeName });
});

app.post('/import/fxp', (req, res) => {
  const parser = new XMLParser({ processEntities: true, ignoreAttributes: false });
@ok  res.json(parser.parse(req.body));
});

app.post('/import/xml2js', async (req, res) => {
@ok  const obj = await xml2js.parseStringPromise(req.body, { explicitArray: false });
  res.json(obj);
});

app.post('/import/sax', (req, res) => {
  const parser = sax.parser(true);
  const names = [];
  parser.onopentag = (node) => names.push(node.name);
@ok  parser.write(req.body).close();
  res.json(names);
});

app.post('/import/html', (req, res) => {
@ok  const doc = libxmljs.parseHtml(req.body);
  res.json({ title: doc.get('//title')?.text() });
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-643",
    "XPath expressions built from request text (libxmljs doc.get/find, xpath.select1/evaluate/useNamespaces, fontoxpath) vs XPath variables and fixed paths",
    `import express, { Request, Response } from 'express';
import { readFileSync } from 'fs';
import * as libxmljs from 'libxmljs2';
import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import { evaluateXPathToNodes, evaluateXPathToString } from 'fontoxpath';

const usersXml = readFileSync('users.xml', 'utf8');
const lx = libxmljs.parseXml(usersXml);
const dom = new DOMParser().parseFromString(usersXml, 'text/xml');
const app = express();
app.use(express.json());

app.post('/login', (req: Request, res: Response) => {
  const { user, pass } = req.body as { user: string; pass: string };
@@  const node = lx.get(\`//user[name/text()='\${user}' and password/text()='\${pass}']\`);
  res.json({ ok: !!node });
});

app.get('/users/by-role', (req: Request, res: Response) => {
@@  const nodes = lx.find("//user[@role='" + req.query.role + "']");
  res.json(nodes.length);
});

app.get('/users/all', (_req: Request, res: Response) => {
@ok  const nodes = lx.find('//user[@active="true"]');
  res.json(nodes.length);
});

app.get('/users/email', (req: Request, res: Response) => {
@@  const n = xpath.select1(\`//user[@id=\${req.query.id}]/email/text()\`, dom as any);
  res.json(String(n));
});

app.get('/users/email-var', (req: Request, res: Response) => {
  const expr = xpath.parse('//user[@id=$id]/email/text()');
@ok  const n = expr.select1({ node: dom as any, variables: { id: String(req.query.id) } });
  res.json(String(n));
});

app.get('/users/eval', (req: Request, res: Response) => {
  const name = String(req.query.name);
@@  const result = xpath.evaluate("//user[name='" + name + "']", dom as any, null, xpath.XPathResult.ANY_TYPE, null);
  res.json(result.numberValue);
});

app.get('/users/ns', (req: Request, res: Response) => {
  const select = xpath.useNamespaces({ u: 'urn:users' });
@@  const nodes = select(\`//u:user[u:dept='\${req.query.dept}']\`, dom as any);
  res.json((nodes as unknown[]).length);
});

app.get('/users/ns-safe', (req: Request, res: Response) => {
  const select = xpath.useNamespaces({ u: 'urn:users' });
  const depts = ['sales', 'eng'];
  const dept = depts.includes(String(req.query.dept)) ? String(req.query.dept) : 'sales';
@ok  const nodes = select(\`//u:user[u:dept='\${dept}']\`, dom as any);
  res.json((nodes as unknown[]).length);
});

app.get('/users/fonto', (req: Request, res: Response) => {
@@  const nodes = evaluateXPathToNodes(\`//user[name = "\${req.query.name}"]\`, dom);
  res.json(nodes.length);
});

app.get('/users/fonto-var', (req: Request, res: Response) => {
@ok  const nodes = evaluateXPathToNodes('//user[name = $name]', dom, null, { name: String(req.query.name) });
  res.json(nodes.length);
});

app.get('/users/count', (req: Request, res: Response) => {
  const id = Number.parseInt(String(req.query.id), 10);
@ok  const s = evaluateXPathToString(\`string(//user[@id=\${id}]/name)\`, dom);
  res.json(s);
});

export default app;
`,
  ),
  ...js(
    "CWE-502",
    "network data through code-bearing deserialisers (v8.deserialize, cryo, serialize-to-js, js-yaml full schema and js types, php-serialize with classes, node-serialize) vs data-only formats",
    `const express = require('express');
const net = require('net');
const v8 = require('v8');
const Cryo = require('cryo');
const { deserialize: s2jDeserialize } = require('serialize-to-js');
const yaml = require('js-yaml');
const jsTypes = require('js-yaml-js-types');
const phpSerialize = require('php-serialize');
const nodeSerialize = require('node-serialize');
const JSON5 = require('json5');
const Hjson = require('hjson');
const YAML = require('yaml');
const { decode } = require('@msgpack/msgpack');

const app = express();
app.use(express.text({ type: '*/*' }));
app.use(express.raw({ type: 'application/octet-stream' }));

net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (c) => chunks.push(c));
  socket.on('end', () => {
@@    const msg = v8.deserialize(Buffer.concat(chunks));
    socket.end(String(msg && msg.id));
  });
}).listen(9000);

net.createServer((socket) => {
  socket.on('data', (buf) => {
@ok    const msg = decode(buf);
    socket.write(JSON.stringify(msg));
  });
}).listen(9001);

app.post('/state', (req, res) => {
@@  const state = Cryo.parse(req.body);
  res.json(Object.keys(state));
});

app.post('/state/s2j', (req, res) => {
@@  const obj = s2jDeserialize(req.body);
  res.json(obj);
});

app.post('/config/full', (req, res) => {
@@  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(cfg);
});

app.post('/config/types', (req, res) => {
  const schema = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);
@@  const cfg = yaml.load(req.body, { schema });
  res.json(cfg);
});

app.post('/config/core', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.CORE_SCHEMA });
  res.json(cfg);
});

app.post('/config/json-schema', (req, res) => {
@ok  const cfg = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(cfg);
});

app.post('/config/yaml', (req, res) => {
@ok  const cfg = YAML.parse(req.body);
  res.json(cfg);
});

class Cart {
  constructor() {
    this.items = [];
  }
}

app.post('/cart', (req, res) => {
@@  const cart = phpSerialize.unserialize(req.body, { Cart });
  res.json(cart);
});

app.post('/cart/plain', (req, res) => {
@ok  const cart = phpSerialize.unserialize(req.body, {}, { strict: true });
  res.json(cart);
});

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString('utf8');
@@  const profile = nodeSerialize.unserialize(raw);
  res.send('Hello ' + String(profile.username).length);
});

app.post('/settings/json5', (req, res) => {
@ok  res.json(JSON5.parse(req.body));
});

app.post('/settings/hjson', (req, res) => {
@ok  res.json(Hjson.parse(req.body));
});

app.post('/binary', (req, res) => {
@@  const value = v8.deserialize(req.body);
  res.json({ type: typeof value });
});

app.post('/binary/own', (req, res) => {
  const snapshot = v8.serialize({ at: Date.now(), size: req.body.length });
@ok  res.json(v8.deserialize(snapshot));
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-502",
    "TypeScript handlers: js-yaml load/loadAll with unsafe schemas, serialize-javascript output evaluated, funcster and node-serialize on request data vs JSON, superjson and devalue",
    `import express, { Request, Response } from 'express';
import yaml from 'js-yaml';
import serialize from 'serialize-javascript';
import funcster from 'funcster';
import { unserialize } from 'node-serialize';
import superjson from 'superjson';
import * as devalue from 'devalue';

const app = express();
app.use(express.json());
app.use(express.text({ type: 'text/*' }));

const FULL = yaml.DEFAULT_FULL_SCHEMA;

app.post('/docs', (req: Request, res: Response) => {
  const docs: unknown[] = [];
@@  yaml.loadAll(String(req.body), (d) => docs.push(d), { schema: FULL });
  res.json(docs);
});

app.post('/docs-safe', (req: Request, res: Response) => {
  const docs: unknown[] = [];
@ok  yaml.loadAll(String(req.body), (d) => docs.push(d), { schema: yaml.FAILSAFE_SCHEMA });
  res.json(docs);
});

app.post('/rules', (req: Request, res: Response) => {
  const text = req.body.rules as string;
@@  const rules = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA, json: true });
  res.json(rules);
});

app.get('/state', (req: Request, res: Response) => {
  const data = serialize({ q: req.query.q, at: new Date() }, { isJSON: true });
@ok  res.type('application/javascript').send(\`window.__STATE__ = \${data};\`);
});

app.post('/restore', (req: Request, res: Response) => {
@@  const restored = funcster.deepDeserialize(req.body.payload);
  res.json(Object.keys(restored));
});

app.post('/session', (req: Request, res: Response) => {
  const token: string = req.body.session;
  const decoded = Buffer.from(token, 'base64').toString();
@@  const session = unserialize(decoded);
  res.json({ user: session.user });
});

app.post('/super', (req: Request, res: Response) => {
@ok  const value = superjson.parse<{ when: Date }>(req.body.data);
  res.json({ when: value.when.toISOString() });
});

app.post('/devalue', (req: Request, res: Response) => {
@ok  const value = devalue.parse(req.body.data);
  res.json(value);
});

app.post('/json', (req: Request, res: Response) => {
@ok  const value = JSON.parse(req.body.data, (k, v) => (k === '__proto__' ? undefined : v));
  res.json(value);
});

export default app;
`,
  ),
  ...ts(
    "CWE-90",
    "LDAP filters and DNs from the request (ldapts search/bind, ldapjs parseFilter and modify DNs, activedirectory find) vs escaped values and filter objects",
    `import express, { Request, Response } from 'express';
import { Client as LdapClient } from 'ldapts';
import ldap from 'ldapjs';
import ActiveDirectory from 'activedirectory2';
import { filter as escFilter, dn as escDn } from 'ldap-escape';

const client = new LdapClient({ url: 'ldaps://ldap.example.org' });
const lj = ldap.createClient({ url: 'ldaps://ldap.example.org' });
const ad = new ActiveDirectory({ url: 'ldaps://dc.example.org', baseDN: 'dc=example,dc=org' });
const app = express();
app.use(express.json());

app.get('/people', async (req: Request, res: Response) => {
  const name = String(req.query.name);
@@  const { searchEntries } = await client.search('ou=people,dc=example,dc=org', { scope: 'sub', filter: \`(&(objectClass=person)(cn=\${name}))\` });
  res.json(searchEntries);
});

app.get('/people-safe', async (req: Request, res: Response) => {
  const name = String(req.query.name);
@ok  const { searchEntries } = await client.search('ou=people,dc=example,dc=org', { scope: 'sub', filter: escFilter\`(&(objectClass=person)(cn=\${name}))\` });
  res.json(searchEntries);
});

app.post('/login', async (req: Request, res: Response) => {
  const { username, password } = req.body as { username: string; password: string };
@@  await client.bind(\`uid=\${username},ou=people,dc=example,dc=org\`, password);
  res.sendStatus(204);
});

app.post('/login-safe', async (req: Request, res: Response) => {
  const { username, password } = req.body as { username: string; password: string };
@ok  await client.bind(escDn\`uid=\${username},ou=people,dc=example,dc=org\`, password);
  res.sendStatus(204);
});

app.get('/groups', (req: Request, res: Response) => {
@@  const f = ldap.parseFilter('(&(objectClass=group)(member=' + req.query.member + '))');
  lj.search('ou=groups,dc=example,dc=org', { filter: f, scope: 'sub' }, (err, out) => {
    const names: string[] = [];
    out.on('searchEntry', (e) => names.push(String(e.pojo.objectName)));
    out.on('end', () => res.json(names));
  });
});

app.get('/groups-safe', (req: Request, res: Response) => {
  const f = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectClass', value: 'group' }),
@ok      new ldap.EqualityFilter({ attribute: 'member', value: String(req.query.member) }),
    ],
  });
  lj.search('ou=groups,dc=example,dc=org', { filter: f, scope: 'sub' }, (err, out) => {
    out.on('end', () => res.sendStatus(200));
  });
});

app.post('/rename', (req: Request, res: Response) => {
@@  lj.modifyDN(\`cn=\${req.body.cn},ou=people,dc=example,dc=org\`, \`cn=\${req.body.newCn}\`, (err) => res.sendStatus(err ? 500 : 204));
});

app.get('/ad/find', (req: Request, res: Response) => {
@@  ad.find(\`(&(mail=\${req.query.mail})(objectClass=user))\`, (err: unknown, results: unknown) => res.json(results ?? null));
});

app.get('/ad/user', (req: Request, res: Response) => {
@ok  ad.findUser(String(req.query.sam), (err: unknown, user: unknown) => res.json(user ?? null));
});

app.get('/ad/search', (req: Request, res: Response) => {
  const opts = { filter: '(&(objectCategory=person)(sn=' + req.query.sn + '))', attributes: ['cn', 'mail'] };
@@  ad.findUsers(opts, (err: unknown, users: unknown) => res.json(users ?? []));
});

export default app;
`,
  ),
  ...js(
    "CWE-1333",
    "regular expressions from the request in database queries (MongoDB $regex, RegExp in mongoose filters, knex ~ operator) vs escaped patterns and text search",
    `const express = require('express');
const mongoose = require('mongoose');
const escapeStringRegexp = require('escape-string-regexp');
const _ = require('lodash');

const Post = mongoose.model('Post', new mongoose.Schema({ title: String, body: String }));
const app = express();

app.get('/posts', async (req, res) => {
@@  const posts = await Post.find({ title: { $regex: req.query.q, $options: 'i' } });
  res.json(posts);
});

app.get('/posts-escaped', async (req, res) => {
@ok  const posts = await Post.find({ title: { $regex: escapeStringRegexp(String(req.query.q)), $options: 'i' } });
  res.json(posts);
});

app.get('/posts/prefix', async (req, res) => {
  const q = req.query.q;
@@  const posts = await Post.find({ title: new RegExp('^' + q) });
  res.json(posts);
});

app.get('/posts/prefix-safe', async (req, res) => {
  const q = _.escapeRegExp(String(req.query.q));
@ok  const posts = await Post.find({ title: new RegExp('^' + q) });
  res.json(posts);
});

app.get('/posts/body', async (req, res) => {
  const pattern = String(req.query.pattern);
@@  const posts = await Post.find().where('body').regex(new RegExp(pattern, 'i'));
  res.json(posts);
});

app.get('/posts/text', async (req, res) => {
@ok  const posts = await Post.find({ $text: { $search: String(req.query.q) } });
  res.json(posts);
});

app.get('/posts/agg', async (req, res) => {
@@  const rows = await Post.aggregate([{ $match: { body: { $regex: String(req.query.re) } } }, { $count: 'n' }]);
  res.json(rows);
});

app.get('/posts/agg-safe', async (req, res) => {
  const word = String(req.query.word).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
@ok  const rows = await Post.aggregate([{ $match: { body: { $regex: \`\\\\b\${word}\\\\b\` } } }, { $count: 'n' }]);
  res.json(rows);
});

module.exports = app;
`,
  ),
  ...js(
    "CWE-94",
    "Redis Lua scripts assembled from request text (ioredis eval/defineCommand, node-redis EVAL) vs fixed scripts given KEYS and ARGV",
    `const express = require('express');
const Redis = require('ioredis');
const { createClient } = require('redis');

const redis = new Redis(process.env.REDIS_URL);
const nr = createClient({ url: process.env.REDIS_URL });
const app = express();
app.use(express.json());

app.post('/counter', async (req, res) => {
  const key = req.body.key;
@@  const n = await redis.eval(\`return redis.call('INCRBY', '\${key}', 1)\`, 0);
  res.json({ n });
});

app.post('/counter-safe', async (req, res) => {
@ok  const n = await redis.eval("return redis.call('INCRBY', KEYS[1], ARGV[1])", 1, String(req.body.key), 1);
  res.json({ n });
});

app.post('/script', async (req, res) => {
@@  const out = await redis.eval(req.body.script, 0);
  res.json({ out });
});

app.post('/define', async (req, res) => {
  const op = req.body.op;
@@  redis.defineCommand('userOp', { numberOfKeys: 1, lua: 'return redis.call("' + op + '", KEYS[1])' });
  res.json({ out: await redis.userOp('k') });
});

app.post('/define-safe', async (req, res) => {
@ok  redis.defineCommand('getKey', { numberOfKeys: 1, lua: 'return redis.call("GET", KEYS[1])' });
  res.json({ out: await redis.getKey(String(req.body.key)) });
});

app.post('/nr/eval', async (req, res) => {
  const field = req.body.field;
@@  const out = await nr.eval(\`return redis.call('HGET', KEYS[1], '\${field}')\`, { keys: ['profile:1'] });
  res.json({ out });
});

app.post('/nr/eval-safe', async (req, res) => {
@ok  const out = await nr.eval("return redis.call('HGET', KEYS[1], ARGV[1])", { keys: ['profile:1'], arguments: [String(req.body.field)] });
  res.json({ out });
});

app.post('/nr/send', async (req, res) => {
@@  const out = await nr.sendCommand(['EVAL', \`return '\${req.body.msg}'\`, '0']);
  res.json({ out });
});

app.get('/cache', async (req, res) => {
@ok  const v = await redis.get(\`cache:\${req.query.key}\`);
  res.json({ v });
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-89",
    "a repository layer whose methods build SQL from arguments a controller passes from the request (knex, TypeORM manager.query, pg Pool, Sequelize) vs bound parameters",
    `import express, { Request, Response } from 'express';
import knexFactory, { Knex } from 'knex';
import { DataSource } from 'typeorm';
import { Pool } from 'pg';
import { Sequelize, QueryTypes } from 'sequelize';

class ReportRepo {
  constructor(
    private readonly knex: Knex,
    private readonly ds: DataSource,
    private readonly pool: Pool,
    private readonly seq: Sequelize,
  ) {}

  byRegion(region: string) {
@@    return this.knex('sales').whereRaw(\`region = '\${region}'\`);
  }

  byRegionSafe(region: string) {
@ok    return this.knex('sales').whereRaw('region = ?', [region]);
  }

  sorted(column: string, dir: string) {
@@    return this.knex('sales').orderByRaw(column + ' ' + dir);
  }

  async top(limit: string) {
@@    return this.ds.manager.query(\`SELECT * FROM sales ORDER BY amount DESC LIMIT \${limit}\`);
  }

  async topSafe(limit: string) {
@ok    return this.ds.manager.query('SELECT * FROM sales ORDER BY amount DESC LIMIT $1', [Number(limit)]);
  }

  async customer(id: string) {
    const text = 'SELECT * FROM customers WHERE id = ' + id;
@@    const { rows } = await this.pool.query(text);
    return rows[0];
  }

  async customerSafe(id: string) {
@ok    const { rows } = await this.pool.query({ text: 'SELECT * FROM customers WHERE id = $1', values: [id] });
    return rows[0];
  }

  async search(term: string) {
@@    return this.seq.query(\`SELECT * FROM products WHERE name ILIKE '%\${term}%'\`, { type: QueryTypes.SELECT });
  }

  async searchSafe(term: string) {
@ok    return this.seq.query('SELECT * FROM products WHERE name ILIKE $term', { bind: { term: \`%\${term}%\` }, type: QueryTypes.SELECT });
  }

  async tables(schema: string) {
@@    return this.knex.raw(\`SELECT table_name FROM information_schema.tables WHERE table_schema = '\${schema}'\`);
  }

  async tablesSafe(schema: string) {
@ok    return this.knex.raw('SELECT table_name FROM information_schema.tables WHERE table_schema = :schema', { schema });
  }
}

const repo = new ReportRepo(
  knexFactory({ client: 'pg' }),
  new DataSource({ type: 'postgres' }),
  new Pool(),
  new Sequelize('postgres://localhost/db'),
);
const app = express();

app.get('/sales', async (req: Request, res: Response) => res.json(await repo.byRegion(String(req.query.region))));
app.get('/sales-safe', async (req: Request, res: Response) => res.json(await repo.byRegionSafe(String(req.query.region))));
app.get('/sales/sorted', async (req: Request, res: Response) => res.json(await repo.sorted(String(req.query.col), String(req.query.dir))));
app.get('/sales/top', async (req: Request, res: Response) => res.json(await repo.top(String(req.query.n))));
app.get('/sales/top-safe', async (req: Request, res: Response) => res.json(await repo.topSafe(String(req.query.n))));
app.get('/customers/:id', async (req: Request, res: Response) => res.json(await repo.customer(req.params.id)));
app.get('/customers-safe/:id', async (req: Request, res: Response) => res.json(await repo.customerSafe(req.params.id)));
app.get('/products', async (req: Request, res: Response) => res.json(await repo.search(String(req.query.q))));
app.get('/products-safe', async (req: Request, res: Response) => res.json(await repo.searchSafe(String(req.query.q))));
app.get('/tables', async (req: Request, res: Response) => res.json(await repo.tables(String(req.query.schema))));
app.get('/tables-safe', async (req: Request, res: Response) => res.json(await repo.tablesSafe(String(req.query.schema))));

export default app;
`,
  ),
  ...ts(
    "CWE-1236",
    "NestJS and Koa exports writing submitted fields to CSV (csv-writer, @json2csv/plainjs, hand-built lines, ExcelJS rows) vs escaped fields",
    `import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { createObjectCsvStringifier } from 'csv-writer';
import { Parser } from '@json2csv/plainjs';
import ExcelJS from 'exceljs';

class ExportDto {
  rows!: { name: string; comment: string }[];
}

function escapeCsvFormula(value: string): string {
  return /^[=+\\-@\\t\\r]/.test(value) ? \`'\${value}\` : value;
}

@Controller('export')
export class ExportController {
  @Post('feedback')
  feedback(@Body() dto: ExportDto, @Res() res: Response) {
    const csv = createObjectCsvStringifier({ header: [{ id: 'name', title: 'Name' }, { id: 'comment', title: 'Comment' }] });
@@    res.type('text/csv').send(csv.getHeaderString() + csv.stringifyRecords(dto.rows));
  }

  @Post('feedback-safe')
  feedbackSafe(@Body() dto: ExportDto, @Res() res: Response) {
    const csv = createObjectCsvStringifier({ header: [{ id: 'name', title: 'Name' }, { id: 'comment', title: 'Comment' }] });
    const rows = dto.rows.map((r) => ({ name: escapeCsvFormula(r.name), comment: escapeCsvFormula(r.comment) }));
@ok    res.type('text/csv').send(csv.getHeaderString() + csv.stringifyRecords(rows));
  }

  @Post('plain')
  plain(@Body() dto: ExportDto, @Res() res: Response) {
    const parser = new Parser();
@@    res.attachment('rows.csv').send(parser.parse(dto.rows));
  }

  @Post('lines')
  lines(@Body() dto: ExportDto, @Res() res: Response) {
@@    const text = dto.rows.map((r) => \`"\${r.name.replace(/"/g, '""')}","\${r.comment.replace(/"/g, '""')}"\`).join('\\r\\n');
    res.type('text/csv').send('Name,Comment\\r\\n' + text);
  }

  @Post('lines-safe')
  linesSafe(@Body() dto: ExportDto, @Res() res: Response) {
    const q = (s: string) => \`"\${escapeCsvFormula(s).replace(/"/g, '""')}"\`;
@ok    const text = dto.rows.map((r) => \`\${q(r.name)},\${q(r.comment)}\`).join('\\r\\n');
    res.type('text/csv').send('Name,Comment\\r\\n' + text);
  }
}

const koa = new Koa();
const router = new Router();
koa.use(bodyParser());

router.post('/sheet', async (ctx) => {
  const body = ctx.request.body as { title: string; cells: string[] };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet');
@ok  ws.addRow([body.title]);
@ok  ws.addRows(body.cells.map((c) => [c]));
  ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  ctx.body = await wb.xlsx.writeBuffer();
});

router.post('/sheet-safe', async (ctx) => {
  const body = ctx.request.body as { title: string; cells: string[] };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet');
@ok  ws.addRow([escapeCsvFormula(body.title)]);
@ok  ws.addRows(body.cells.map((c) => [escapeCsvFormula(c)]));
  ctx.body = await wb.xlsx.writeBuffer();
});

router.get('/report.csv', async (ctx) => {
  const days = Math.min(90, Number(ctx.query.days) || 7);
  ctx.type = 'text/csv';
@ok  ctx.body = \`days\\n\${days}\\n\`;
});

router.post('/report.csv', async (ctx) => {
  const { label } = ctx.request.body as { label: string };
  ctx.type = 'text/csv';
@@  ctx.body = \`label,created\\n\${label},\${new Date().toISOString()}\\n\`;
});

koa.use(router.routes());
export default koa;
`,
  ),
  ...ts(
    "CWE-943",
    "NestJS services querying MongoDB with request bodies (untyped bodies, $where, aggregate stages) vs class-validator DTOs with string fields",
    `import { Body, Controller, Get, Injectable, Post, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { IsString, IsInt, Min } from 'class-validator';
import { Model } from 'mongoose';

interface Account {
  email: string;
  plan: string;
  seats: number;
}

class FindAccountDto {
  @IsString()
  email!: string;
}

class SeatsDto {
  @IsInt()
  @Min(1)
  seats!: number;
}

@Injectable()
export class AccountService {
  constructor(@InjectModel('Account') private readonly accounts: Model<Account>) {}

  findRaw(filter: Record<string, unknown>) {
@@    return this.accounts.find(filter).lean();
  }

  byEmail(email: string) {
@ok    return this.accounts.findOne({ email: { $eq: email } }).lean();
  }

  wherePlan(plan: string) {
@@    return this.accounts.find({ $where: "this.plan === '" + plan + "'" }).lean();
  }

  grouped(field: string) {
@@    return this.accounts.aggregate([{ $group: { _id: '$' + field, n: { $sum: 1 } } }, { $sort: { n: -1 } }]);
  }

  atLeast(seats: number) {
@ok    return this.accounts.find({ seats: { $gte: seats } }).lean();
  }
}

@Controller('accounts')
export class AccountController {
  constructor(private readonly svc: AccountService) {}

  @Post('search')
  search(@Body() body: any) {
    return this.svc.findRaw(body);
  }

  @Post('by-email')
  byEmail(@Body() dto: FindAccountDto) {
    return this.svc.byEmail(dto.email);
  }

  @Get('plan')
  plan(@Query('plan') plan: string) {
    return this.svc.wherePlan(plan);
  }

  @Get('grouped')
  grouped(@Query('by') by: string) {
    return this.svc.grouped(by);
  }

  @Post('seats')
  seats(@Body() dto: SeatsDto) {
    return this.svc.atLeast(dto.seats);
  }
}

@Controller('accounts2')
export class DirectAccountController {
  constructor(@InjectModel('Account') private readonly accounts: Model<Account>) {}

  @Post('login')
  login(@Body() body: { email: string; password: string }) {
@@    return this.accounts.findOne({ email: body.email, password: body.password });
  }

  @Post('login-dto')
  loginDto(@Body() dto: FindAccountDto) {
@ok    return this.accounts.findOne({ email: dto.email });
  }

  @Post('delete')
  remove(@Body('filter') filter: object) {
@@    return this.accounts.deleteMany(filter);
  }

  @Post('update')
  update(@Body() body: { id: string; changes: Record<string, unknown> }) {
@@    return this.accounts.updateOne({ _id: body.id }, body.changes);
  }

  @Post('update-safe')
  updateSafe(@Body() body: { id: string; plan: string }) {
@ok    return this.accounts.updateOne({ _id: String(body.id) }, { $set: { plan: String(body.plan) } });
  }
}
`,
  ),
];
