// Dev suite "js-ts", batch 104: idioms a re-probe of CodeQL's public JavaScript query tests showed missed (own code,
// written blind, before any fix): format strings through util.formatWithOptions / console.warn / sprintf-js, XPath
// text compiled with xpath.parse or a useNamespaces selector, vm.SourceTextModule, rejectUnauthorized folded from a
// constant, express's lowercase sendfile / the send module / a request-chosen root, request options naming the host,
// markdown converted to HTML and sent, whole environments and password getters logged, a nested write under a
// request-chosen key, predictable files under os.tmpdir(), the "null" origin with credentials, allow-list checks
// before a redirect, short HMAC keys and a shell picked by platform. Each file holds the lines that must be reported
// and look-alikes that must not.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch104", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch104", cwe, note, src, "typescript");

export const BATCH104: DevCase[] = [
  ...js(
    "CWE-134",
    "request text as the format of util.formatWithOptions, console.warn and sprintf-js vs passed as an argument",
    `const express = require('express');
const util = require('util');
const { sprintf, vsprintf } = require('sprintf-js');

const app = express();

app.post('/audit', (req, res) => {
  const template = req.body.template;
@@  const line = util.formatWithOptions({ colors: false }, template, req.ip);
@@  console.warn(req.query.msg, req.ip);
@@  const label = sprintf(req.query.fmt, req.user.name);
@@  const labels = vsprintf(template, [req.user.name, req.ip]);
@ok  console.warn('%s from %s', req.query.msg, req.ip);
@ok  const safe = util.formatWithOptions({ colors: false }, 'audit %s', template);
@ok  const safeLabel = sprintf('%s (%s)', req.query.fmt, req.user.name);
  res.json({ line, label, labels, safe, safeLabel });
});
`,
  ),
  ...ts(
    "CWE-643",
    "xpath.parse over concatenated request text and a useNamespaces selector vs a parsed expression with variables",
    `import express from 'express';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

declare const catalogXml: string;
const app = express();
const doc = new DOMParser().parseFromString(catalogXml, 'text/xml');
const select = xpath.useNamespaces({ c: 'urn:catalog' });

app.get('/items', (req, res) => {
  const sku = String(req.query.sku);
@@  const expr = xpath.parse("//c:item[@sku='" + sku + "']");
  const nodes = expr.select({ node: doc, namespaces: { c: 'urn:catalog' } });
@@  const byName = select("//c:item[c:name='" + req.query.name + "']", doc);
@ok  const bound = xpath.parse('//c:item[@sku=$sku]').select({ node: doc, namespaces: { c: 'urn:catalog' }, variables: { sku } });
@ok  const all = select('//c:item', doc);
  res.json({ count: [nodes, byName, bound, all].map((n) => (n as unknown[]).length) });
});
`,
  ),
  ...js(
    "CWE-94",
    "vm.SourceTextModule compiled from a request body vs from a file shipped with the app",
    `const express = require('express');
const vm = require('vm');
const fs = require('fs');

const app = express();
app.use(express.text());

app.post('/plugins/eval', async (req, res) => {
  const context = vm.createContext({ result: null });
@@  const mod = new vm.SourceTextModule(req.body, { context });
  await mod.link(() => {});
  await mod.evaluate();
  res.json(context.result);
});

app.post('/plugins/builtin', async (req, res) => {
  const context = vm.createContext({ result: null });
@ok  const mod = new vm.SourceTextModule(fs.readFileSync(__dirname + '/plugins/default.mjs', 'utf8'), { context });
  await mod.link(() => {});
  await mod.evaluate();
  res.json(context.result);
});
`,
  ),
  ...js(
    "CWE-295",
    "rejectUnauthorized from a constant folded through a variable or negation vs true ones",
    `const https = require('https');
const tls = require('tls');

const VERIFY = false;
const STRICT = true;

@@const relaxed = new https.Agent({ rejectUnauthorized: VERIFY });
@@const negated = new https.Agent({ rejectUnauthorized: !true });
@@const doubled = tls.connect({ host: 'ledger.internal', port: 7443, rejectUnauthorized: !!0 });
@ok const strict = new https.Agent({ rejectUnauthorized: STRICT });
@ok const notFalse = new https.Agent({ rejectUnauthorized: !false });

module.exports = { relaxed, negated, doubled, strict, notFalse };
`,
  ),
  ...js(
    "CWE-22",
    "express's lowercase sendfile, the send module and a root chosen by the request vs a fixed root",
    `const express = require('express');
const send = require('send');
const path = require('path');

const app = express();
const PUBLIC = path.join(__dirname, 'public');

app.get('/legacy/download', (req, res) => {
@@  res.sendfile(req.query.file);
});

app.get('/static/*', (req, res) => {
@@  send(req, req.query.path).pipe(res);
});

app.get('/themes/:name', (req, res) => {
@@  res.sendFile(req.params.name, { root: req.query.base });
});

app.get('/assets/*', (req, res) => {
@ok  send(req, req.params[0], { root: PUBLIC }).pipe(res);
});

app.get('/docs/:name', (req, res) => {
@ok  res.sendFile(req.params.name, { root: PUBLIC, dotfiles: 'deny' });
});
`,
  ),
  ...js(
    "CWE-918",
    "http.get / https.request with a request-chosen host option vs a host looked up in a fixed table",
    `const express = require('express');
const http = require('http');
const https = require('https');

const app = express();
const REGIONS = { eu: 'api.eu.example.com', us: 'api.us.example.com' };

app.get('/probe', (req, res) => {
@@  http.get({ host: req.query.host, path: '/health', timeout: 2000 }, (r) => res.sendStatus(r.statusCode));
});

app.get('/relay', (req, res) => {
  const target = req.query.target;
@@  const out = https.request({ hostname: target, port: 443, path: '/v1/relay', method: 'POST' });
  out.end(JSON.stringify(req.query));
  res.sendStatus(202);
});

app.get('/region-status', (req, res) => {
  const host = REGIONS[req.query.region] || REGIONS.eu;
@ok  https.get({ hostname: host, path: '/health' }, (r) => res.sendStatus(r.statusCode));
});
`,
  ),
  ...js(
    "CWE-79",
    "markdown from the request converted to HTML (showdown, snarkdown, marked) and sent vs sanitised first",
    `const express = require('express');
const showdown = require('showdown');
const snarkdown = require('snarkdown');
const { marked } = require('marked');
const sanitizeHtml = require('sanitize-html');

const app = express();
const converter = new showdown.Converter();

app.get('/preview', (req, res) => {
@@  res.send(converter.makeHtml(req.query.md));
});

app.get('/preview/lite', (req, res) => {
  const html = snarkdown(String(req.query.md));
@@  res.send('<article>' + html + '</article>');
});

app.post('/preview/full', express.text(), (req, res) => {
@@  res.send(marked.parse(req.body));
});

app.post('/preview/safe', express.text(), (req, res) => {
@ok  res.send(sanitizeHtml(marked.parse(req.body)));
});
`,
  ),
  ...js(
    "CWE-532",
    "the whole environment and a password getter logged vs one named variable and a non-secret field",
    `const logger = require('./logger');

function startup(user, config) {
@@  console.log('environment', process.env);
@@  logger.info('env: ' + JSON.stringify(process.env));
@@  console.debug('login for', user.name, user.getPassword());
@@  console.log({ user: user.name, password: config.dbPassword });
@ok  console.log('mode', process.env.NODE_ENV);
@ok  console.log({ user: user.name, region: config.region });
@ok  console.log('password policy min length', config.passwordMinLength);
}

module.exports = { startup };
`,
  ),
  ...js(
    "CWE-1321",
    "a nested write under request-chosen keys vs guarded keys and a prototype-less store",
    `const express = require('express');

const app = express();
app.use(express.json());

const settings = {};
const prefs = Object.create(null);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
@@  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/settings/flag', (req, res) => {
@@  settings[req.query.section].enabled = req.query.on === '1';
  res.sendStatus(204);
});

app.post('/settings/checked', (req, res) => {
  const { section, key, value } = req.body;
  if (FORBIDDEN.has(section) || FORBIDDEN.has(key)) return res.sendStatus(400);
  settings[section] = settings[section] || {};
@ok  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
  const { section, key, value } = req.body;
  prefs[section] = prefs[section] || Object.create(null);
@ok  prefs[section][key] = value;
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-377",
    "files at predictable names under os.tmpdir() vs a private mkdtemp directory and an exclusive create",
    `const fs = require('fs');
const os = require('os');
const path = require('path');

function exportReport(id, csv) {
  const file = path.join(os.tmpdir(), 'report-' + id + '.csv');
@@  fs.writeFileSync(file, csv);
  return file;
}

function cacheToken(token) {
@@  fs.writeFileSync(os.tmpdir() + '/app-token.json', JSON.stringify({ token }));
}

function exportReportSafely(id, csv) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
@ok  fs.writeFileSync(path.join(dir, id + '.csv'), csv);
  return dir;
}

function cacheTokenSafely(token) {
@ok  fs.writeFileSync(path.join(os.tmpdir(), 'app-token.json'), JSON.stringify({ token }), { flag: 'wx', mode: 0o600 });
}

module.exports = { exportReport, cacheToken, exportReportSafely, cacheTokenSafely };
`,
  ),
  ...js(
    "CWE-942",
    "the null origin allowed with credentials vs an origin echoed only when it is in an allow-list object",
    `const http = require('http');

const ALLOWED = { 'https://app.example.com': true, 'https://admin.example.com': true };

http.createServer((req, res) => {
  if (req.url.startsWith('/sandbox')) {
@@    res.setHeader('Access-Control-Allow-Origin', 'null');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    return res.end('{}');
  }
  const origin = req.headers.origin;
  if (Object.prototype.hasOwnProperty.call(ALLOWED, origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.end('{}');
}).listen(8080);
`,
  ),
  ...js(
    "CWE-601",
    "a redirect target checked against a table of known paths vs the branch the check does not cover",
    `const express = require('express');

const app = express();
const DESTINATIONS = { '/home': 1, '/account': 1, '/orders': 1 };

app.get('/go', (req, res) => {
  const target = req.query.to;
  if (Object.prototype.hasOwnProperty.call(DESTINATIONS, target)) {
@ok    return res.redirect(target);
  }
  res.redirect('/home');
});

app.get('/jump', (req, res) => {
  const target = req.query.to;
  if (DESTINATIONS[target] !== undefined) {
@ok    res.redirect(target);
  } else {
@@    res.redirect(target);
  }
});
`,
  ),
  ...js(
    "CWE-326",
    "generateKeySync for HMAC with a 64-bit key vs 256 bits",
    `const crypto = require('crypto');

@@const weakMac = crypto.generateKeySync('hmac', { length: 64 });
@ok const macKey = crypto.generateKeySync('hmac', { length: 256 });
@ok const aesKey = crypto.generateKeySync('aes', { length: 256 });

module.exports = { weakMac, macKey, aesKey };
`,
  ),
  ...js(
    "CWE-78",
    "a shell chosen by platform run with request text after -c vs a fixed command line",
    `const express = require('express');
const { spawn } = require('child_process');

const app = express();
const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
const flag = process.platform === 'win32' ? '/c' : '-c';

app.post('/run', (req, res) => {
@@  const child = spawn(shell, [flag, req.body.script]);
  child.stdout.pipe(res);
});

app.get('/uptime', (req, res) => {
@ok  const child = spawn(shell, [flag, 'uptime']);
  child.stdout.pipe(res);
});
`,
  ),
];
