// Dev suite "js-ts", batch 167: look-alikes of js-ts 160's shapes left open (values crossing functions): a plain
// http server's dispatcher taking the parsed query after the response, a request decoration holding a whole filter
// object, a getter over the instance's request beside routes answering with res.status().send(), a bare call of an
// asserting helper before the sink, and a request property written by middlewares that are each mounted on their
// own routes. Each weakness beside safe twins. Own code.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch167", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch167", cwe, note, src, "typescript");

export const BATCH167: DevCase[] = [
  ...js(
    "CWE-79",
    "a node:http server whose dispatcher takes the searchParams after the response and hands fields to renderers: a title vs a page number and an encoded term",
    `const { createServer } = require('node:http');

function page(res, title) {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@@  res.end(\`<html><head><title>\${title}</title></head><body></body></html>\`);
}

function pager(res, n) {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@ok  res.end('<nav>page ' + Math.max(1, Number(n) | 0) + '</nav>');
}

function searchLink(res, term) {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
@ok  res.end('<a href="/s?q=' + encodeURIComponent(term) + '">again</a>');
}

function dispatch(req, res, params) {
  switch (params.get('view')) {
    case 'page':
      return page(res, params.get('title'));
    case 'pager':
      return pager(res, params.get('n'));
    default:
      return searchLink(res, params.get('q'));
  }
}

createServer((req, res) => {
  const { searchParams } = new URL(req.url, 'http://localhost');
  dispatch(req, res, searchParams);
}).listen(3000);
`,
  ),
  ...js(
    "CWE-943",
    "a route middleware putting a whole filter object on the request, read later by Model.findOne(req.where) vs one casting each field",
    `const express = require('express');
const mongoose = require('mongoose');
const router = express.Router();
const Invoice = mongoose.model('Invoice', new mongoose.Schema({ number: String, customer: String }));

function invoiceFilter(req, res, next) {
  req.where = { number: req.body.number, customer: req.user.id };
  next();
}

function invoiceFilterCast(req, res, next) {
  req.whereCast = { number: String(req.body.number), customer: req.user.id };
  next();
}

router.post('/invoices/find', invoiceFilter, async (req, res) => {
@@  res.json(await Invoice.findOne(req.where));
});

router.post('/invoices/find2', invoiceFilterCast, async (req, res) => {
@ok  res.json(await Invoice.findOne(req.whereCast));
});

module.exports = router;
`,
  ),
  ...ts(
    "CWE-22",
    "a report class whose getter reads the instance's request, beside routes answering with res.status(...).send(...): the raw name vs a basename getter",
    `import express, { Request, Response } from 'express';
import path from 'node:path';

const REPORTS = '/var/lib/reports';

class Report {
  constructor(private readonly req: Request) {}
  get fileName() {
    return String(this.req.params.name);
  }
  get plainName() {
    return path.basename(this.fileName);
  }
  send(res: Response) {
@@    res.sendFile(path.join(REPORTS, this.fileName));
  }
  sendPlain(res: Response) {
@ok    res.sendFile(path.join(REPORTS, this.plainName));
  }
}

const app = express();
app.get('/health', (req, res) => res.status(200).send('ok'));
app.get('/missing', (req, res) => res.status(404).send('no such report'));
app.get('/r/:name', (req, res) => new Report(req).send(res));
app.get('/p/:name', (req, res) => new Report(req).sendPlain(res));
`,
  ),
  ...js(
    "CWE-22",
    "a bare call of a local assert helper before sendFile: one throws unless the name matches an anchored pattern, one only logs, one returns false",
    `const express = require('express');
const path = require('path');
const app = express();
const THEMES = path.join(__dirname, 'themes');

function assertThemeName(name) {
  if (!/^[a-z][a-z0-9-]{0,31}\\.css$/.test(name)) {
    throw new Error('invalid theme');
  }
}

function noteThemeName(name) {
  if (!/^[a-z][a-z0-9-]{0,31}\\.css$/.test(name)) {
    console.warn('odd theme name', name);
  }
}

function themeNameOk(name) {
  if (!/^[a-z][a-z0-9-]{0,31}\\.css$/.test(name)) return false;
  return true;
}

app.get('/theme/a', (req, res) => {
  assertThemeName(req.query.t);
@ok  res.sendFile(path.join(THEMES, req.query.t));
});

app.get('/theme/b', (req, res) => {
  noteThemeName(req.query.t);
@@  res.sendFile(path.join(THEMES, req.query.t));
});

app.get('/theme/c', (req, res) => {
  themeNameOk(req.query.t);
@@  res.sendFile(path.join(THEMES, req.query.t));
});

app.get('/theme/d', (req, res) => {
  const t = req.query.t;
  assertThemeName(t);
@ok  res.sendFile(path.join(THEMES, t));
});
`,
  ),
  ...js(
    "CWE-601",
    "req.returnTo written by two middlewares, each mounted on its own routes: the query's value vs a fixed page; a third route mounting both",
    `const express = require('express');
const app = express();

function returnFromQuery(req, res, next) {
  req.returnTo = req.query.return_to;
  next();
}

function returnHome(req, res, next) {
  req.returnTo = '/home';
  next();
}

app.post('/signin', returnFromQuery, (req, res) => {
@@  res.redirect(req.returnTo);
});

app.post('/signout', returnHome, (req, res) => {
@ok  res.redirect(req.returnTo);
});

app.post('/switch', returnHome, returnFromQuery, (req, res) => {
@@  res.redirect(303, req.returnTo);
});
`,
  ),
];
