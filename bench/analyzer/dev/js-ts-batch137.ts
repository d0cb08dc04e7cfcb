// Dev suite "js-ts", batch 137: written blind, aimed at the rule families our earlier waves touched least (by a
// count of the notes per CWE and per library): headless-browser drivers (chrome-remote-interface, playwright,
// puppeteer), message handlers without an origin check, cleartext and unverified-TLS options of database, queue
// and RPC clients, weak ciphers in crypto-js / node-forge / TLS options, templates compiled from request data,
// Markdown renderers and escaping switched off, rarer DOM sinks (jQuery selectors, srcdoc, ranges, lit), AngularJS
// $sce, AWS Lambda handlers as sources, JWTs read without verification, secrets in library options, session
// fixation, temporary files, script inclusion, error and secret leaks, timing compares, ORM mass assignment,
// upload / validator limits, tabnabbing and less common deserialisers.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch137", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch137", cwe, note, src, "typescript");

export const BATCH137: DevCase[] = [
  // --- (1) headless-browser drivers ---
  ...js(
    "CWE-918",
    "chrome-remote-interface and playwright navigating to a URL from the request vs fixed or allow-listed targets",
    `const express = require('express');
const CDP = require('chrome-remote-interface');
const { chromium } = require('playwright');

const app = express();
app.use(express.json());
const ALLOWED = new Set(['https://example.com/report', 'https://example.com/status']);

app.get('/snapshot', async (req, res) => {
  const client = await CDP();
  const { Page } = client;
  await Page.enable();
@@  await Page.navigate({ url: req.query.target });
  await Page.loadEventFired();
  const shot = await Page.captureScreenshot();
  await client.close();
  res.type('png').send(Buffer.from(shot.data, 'base64'));
});

app.get('/snapshot-known', async (req, res) => {
  const client = await CDP();
  const target = ALLOWED.has(req.query.target) ? req.query.target : 'https://example.com/';
@ok  await client.Page.navigate({ url: target });
  await client.close();
  res.end();
});

app.post('/tab', async (req, res) => {
  const client = await CDP({ port: 9222 });
@@  const { targetId } = await client.Target.createTarget({ url: req.body.url });
  await client.close();
  res.json({ targetId });
});

app.post('/pdf', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  const { link } = req.body;
@@  await page.goto(link, { waitUntil: 'networkidle' });
  const pdf = await page.pdf();
  await browser.close();
  res.type('pdf').send(pdf);
});

app.post('/invoice', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
@ok  await page.goto('https://billing.example.com/invoices/' + encodeURIComponent(req.body.id));
  const pdf = await page.pdf();
  await browser.close();
  res.type('pdf').send(pdf);
});

app.get('/frame', async (req, res) => {
  const browser = await chromium.launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  const frameUrl = new URL(req.query.u);
@@  await page.goto(frameUrl.href);
  res.send(await page.title());
  await browser.close();
});

module.exports = app;
`,
  ),
  ...ts(
    "CWE-94",
    "puppeteer / playwright / CDP evaluating script text from the request vs functions with data arguments",
    `import express, { Request, Response } from 'express';
import puppeteer from 'puppeteer';
import { chromium } from 'playwright';
import CDP from 'chrome-remote-interface';

const app = express();
app.use(express.json());

app.post('/scrape', async (req: Request, res: Response) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://example.com/catalogue');
@@  const out = await page.evaluate(req.body.script);
@ok  const title = await page.evaluate(() => document.title);
@ok  const count = await page.evaluate((sel: string) => document.querySelectorAll(sel).length, String(req.body.selector));
  await browser.close();
  res.json({ out, title, count });
});

app.post('/inject', async (req: Request, res: Response) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.addScriptTag({ content: req.body.js });
@ok  await page.addScriptTag({ url: 'https://cdn.example.com/lib/analytics.min.js' });
@@  const handle = await page.evaluateHandle('window.' + req.body.path);
  res.json({ ok: Boolean(handle) });
  await browser.close();
});

app.post('/init', async (req: Request, res: Response) => {
  const browser = await chromium.launch();
  const context = await browser.newContext();
@@  await context.addInitScript(req.body.bootstrap);
@ok  await context.addInitScript({ path: './scripts/polyfills.js' });
  const page = await context.newPage();
@@  await page.evaluate(\`window.__settings = \${req.body.settings}\`);
@ok  await page.evaluate((settings) => { (window as any).__settings = settings; }, req.body.settings);
  await browser.close();
  res.end();
});

app.get('/cdp-eval', async (req: Request, res: Response) => {
  const client = await CDP();
@@  const result = await client.Runtime.evaluate({ expression: String(req.query.expr) });
@ok  const ready = await client.Runtime.evaluate({ expression: 'document.readyState' });
  await client.close();
  res.json({ result, ready });
});

export default app;
`,
  ),
  // --- (2) message handlers without an origin check ---
  ...js(
    "CWE-346",
    "window message listeners acting on event.data without checking event.origin vs listeners that check it",
    `const TRUSTED = 'https://app.example.com';

@@window.addEventListener('message', (event) => {
  document.getElementById('preview').innerHTML = event.data.html;
});

@ok window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED) return;
  document.getElementById('status').textContent = event.data.status;
});

@@window.onmessage = function (e) {
  if (e.data && e.data.type === 'run') {
    eval(e.data.code);
  }
};

window.addEventListener('message', function (msg) {
@@  if (msg.origin.indexOf('example.com') > -1) {
    window.location.href = msg.data.redirect;
  }
});

@ok window.addEventListener('message', (e) => {
  if (!['https://a.example.com', 'https://b.example.com'].includes(e.origin)) return;
  window.location.href = '/tab/' + encodeURIComponent(e.data.tab);
});

@ok window.addEventListener('message', (e) => {
  if (e.data === 'ping') e.source.postMessage('pong', e.origin);
});

@@addEventListener('message', ({ data }) => {
  localStorage.setItem('authToken', data.token);
});

@ok addEventListener('message', (ev) => {
  if (ev.origin !== window.location.origin) return;
  localStorage.setItem('draft', JSON.stringify(ev.data.draft));
});
`,
  ),
  // --- (3) cleartext transports ---
  ...js(
    "CWE-319",
    "gRPC insecure credentials, ws://, mqtt://, amqp://, redis:// and http socket.io to remote hosts vs TLS and loopback",
    `const grpc = require('@grpc/grpc-js');
const WebSocket = require('ws');
const mqtt = require('mqtt');
const amqp = require('amqplib');
const { createClient } = require('redis');
const io = require('socket.io-client');
const nodemailer = require('nodemailer');
const fs = require('fs');
const proto = require('./proto');

const rootCert = fs.readFileSync('/etc/ssl/certs/internal-ca.pem');
@@const billing = new proto.billing.Billing('billing.example.com:50051', grpc.credentials.createInsecure());
@ok const billingTls = new proto.billing.Billing('billing.example.com:443', grpc.credentials.createSsl(rootCert));
@ok const sidecar = new proto.billing.Billing('localhost:50051', grpc.credentials.createInsecure());

const server = new grpc.Server();
@@server.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => server.start());

@@const feed = new WebSocket('ws://stream.example.com/prices');
@ok const feedTls = new WebSocket('wss://stream.example.com/prices');

@@const broker = mqtt.connect('mqtt://broker.example.com:1883', { username: 'sensor', password: process.env.MQTT_PASS });
@ok const brokerTls = mqtt.connect('mqtts://broker.example.com:8883', { username: 'sensor', password: process.env.MQTT_PASS });

async function queue() {
@@  const conn = await amqp.connect('amqp://mq.example.com');
@ok  const connTls = await amqp.connect('amqps://mq.example.com');
  return [conn, connTls];
}

@@const cache = createClient({ url: 'redis://cache.example.com:6379', password: process.env.REDIS_PASS });
@ok const cacheTls = createClient({ url: 'rediss://cache.example.com:6380', password: process.env.REDIS_PASS });

@@const chat = io('http://chat.example.com');
@ok const devChat = io('http://localhost:3000');

const mailer = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
@@  ignoreTLS: true,
});

module.exports = { billing, billingTls, sidecar, feed, feedTls, broker, brokerTls, queue, cache, cacheTls, chat, devChat, mailer };
`,
  ),
  // --- (4) certificate verification switched off in data-store and HTTP clients ---
  ...ts(
    "CWE-295",
    "rejectUnauthorized:false / tlsAllowInvalidCertificates in sequelize, pg, mongoose, redis, mysql2, axios, got, ws vs a pinned CA",
    `import fs from 'fs';
import https from 'https';
import tls from 'tls';
import { Sequelize } from 'sequelize';
import { Pool } from 'pg';
import mongoose from 'mongoose';
import { createClient } from 'redis';
import mysql from 'mysql2/promise';
import axios from 'axios';
import got from 'got';
import WebSocket from 'ws';

export const sequelize = new Sequelize(process.env.DATABASE_URL as string, {
  dialect: 'postgres',
  dialectOptions: {
@@    ssl: { require: true, rejectUnauthorized: false },
  },
});

export const pool = new Pool({
  connectionString: process.env.PG_URL,
@ok  ssl: { rejectUnauthorized: true, ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString() },
});

export const reports = new Pool({
  connectionString: process.env.REPORTS_URL,
@@  ssl: { rejectUnauthorized: false },
});

export async function connectStores() {
@@  await mongoose.connect(process.env.MONGO_URL as string, { tls: true, tlsAllowInvalidCertificates: true });
@@  const audit = mongoose.createConnection(process.env.AUDIT_URL as string, { tls: true, tlsInsecure: true });
@ok  const logs = mongoose.createConnection(process.env.LOGS_URL as string, { tls: true, tlsCAFile: '/etc/ssl/mongo-ca.pem' });
  return [audit, logs];
}

export const cache = createClient({
  url: process.env.REDIS_URL,
@@  socket: { tls: true, rejectUnauthorized: false },
});

@@export const db = mysql.createPool({ host: process.env.DB_HOST, user: 'app', ssl: { rejectUnauthorized: false } });
@ok export const dbCa = mysql.createPool({ host: process.env.DB_HOST, user: 'app', ssl: { ca: fs.readFileSync('/etc/ssl/mysql-ca.pem') } });

@@const insecureAgent = new https.Agent({ rejectUnauthorized: false });
export const partner = axios.create({ baseURL: 'https://partner.example.com', httpsAgent: insecureAgent });
@ok export const strict = axios.create({ baseURL: 'https://partner.example.com', httpsAgent: new https.Agent({ keepAlive: true }) });

export async function fetchStatus() {
@@  return got('https://status.example.com/api', { https: { rejectUnauthorized: false } }).json();
}

@@export const live = new WebSocket('wss://feed.example.com/live', { rejectUnauthorized: false });

export function raw(host: string) {
@@  return tls.connect({ host, port: 8443, checkServerIdentity: () => undefined });
}
`,
  ),
  // --- (5) weak ciphers and protocols outside node:crypto's common spellings ---
  ...js(
    "CWE-327",
    "crypto-js DES/TripleDES/RC4/ECB, node-forge DES, blowfish and TLSv1 options vs AES-GCM, ChaCha20 and TLS 1.2",
    `const CryptoJS = require('crypto-js');
const forge = require('node-forge');
const crypto = require('crypto');
const tls = require('tls');
const fs = require('fs');

const key = fs.readFileSync('/etc/app/tls.key');
const cert = fs.readFileSync('/etc/app/tls.crt');

function encryptNote(text, secret) {
@@  return CryptoJS.DES.encrypt(text, secret).toString();
}

function encryptNoteV2(text, secret) {
@ok  return CryptoJS.AES.encrypt(text, secret).toString();
}

function legacyNote(text, secret) {
@@  return CryptoJS.TripleDES.encrypt(text, secret).toString();
}

function streamNote(text, secret) {
@@  return CryptoJS.RC4.encrypt(text, secret).toString();
}

function blockNote(text, secret) {
@@  return CryptoJS.AES.encrypt(text, secret, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString();
}

function forgeDes(k, iv, data) {
@@  const cipher = forge.cipher.createCipher('DES-CBC', k);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function forgeGcm(k, iv, data) {
@ok  const cipher = forge.cipher.createCipher('AES-GCM', k);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes() + cipher.mode.tag.getBytes();
}

function blowfish(k, iv, data) {
@@  const c = crypto.createCipheriv('bf-cbc', k, iv);
  return Buffer.concat([c.update(data), c.final()]);
}

function chacha(k, iv, data) {
@ok  const c = crypto.createCipheriv('chacha20-poly1305', k, iv, { authTagLength: 16 });
  return Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
}

const legacyServer = tls.createServer({
  key,
  cert,
@@  secureProtocol: 'TLSv1_method',
});

const modernServer = tls.createServer({
  key,
  cert,
@ok  minVersion: 'TLSv1.2',
});

@@const oldContext = tls.createSecureContext({ key, cert, minVersion: 'TLSv1' });

module.exports = { encryptNote, encryptNoteV2, legacyNote, streamNote, blockNote, forgeDes, forgeGcm, blowfish, chacha, legacyServer, modernServer, oldContext };
`,
  ),
  // --- (6) templates compiled from request data ---
  ...js(
    "CWE-1336",
    "lodash/Handlebars/Mustache/pug/ejs/nunjucks/doT/Eta templates taken from the request vs fixed templates given request data",
    `const express = require('express');
const fs = require('fs');
const path = require('path');
const _ = require('lodash');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const pug = require('pug');
const ejs = require('ejs');
const nunjucks = require('nunjucks');
const doT = require('dot');
const { Eta } = require('eta');

const app = express();
app.use(express.json());
const eta = new Eta({ views: path.join(__dirname, 'views') });
const LAYOUT = '<h1>Results for {{q}}</h1>';

app.post('/preview/lodash', (req, res) => {
@@  const render = _.template(req.body.template);
  res.send(render({ user: req.user }));
});

app.post('/preview/card', (req, res) => {
@ok  const render = _.template(fs.readFileSync(path.join(__dirname, 'views/card.tpl'), 'utf8'));
  res.send(render({ name: _.escape(req.body.name) }));
});

app.post('/preview/hbs', (req, res) => {
@@  const tpl = Handlebars.compile(req.body.source);
  res.send(tpl(req.body.data));
});

const card = Handlebars.compile('<div class="card">{{name}}</div>');
app.post('/card', (req, res) => {
@ok  res.send(card({ name: req.body.name }));
});

app.get('/search', (req, res) => {
@@  res.send(Mustache.render(req.query.layout, { user: req.user }));
});

app.get('/search-fixed', (req, res) => {
@ok  res.send(Mustache.render(LAYOUT, { q: req.query.q }));
});

app.post('/pug', (req, res) => {
@@  res.send(pug.render(req.body.markup, { user: req.user }));
});

app.get('/pug-file', (req, res) => {
@ok  res.send(pug.renderFile(path.join(__dirname, 'views/home.pug'), { q: req.query.q }));
});

app.get('/title', (req, res) => {
@@  res.send(ejs.render(\`<h1>\${req.query.title}</h1><p><%= user.name %></p>\`, { user: req.user }));
});

app.get('/title-safe', (req, res) => {
@ok  res.send(ejs.render('<h1><%= title %></h1>', { title: req.query.title }));
});

app.post('/nunjucks', (req, res) => {
@@  res.send(nunjucks.renderString(req.body.tpl, { site: 'example' }));
});

app.post('/dot', (req, res) => {
  const { t, data } = req.body;
@@  const fn = doT.template(t);
  res.send(fn(data));
});

app.post('/eta', (req, res) => {
@@  res.send(eta.renderString(req.body.t, { user: req.user }));
});

app.get('/eta-file', (req, res) => {
@ok  res.send(eta.render('./profile', { name: req.query.name }));
});

module.exports = app;
`,
  ),
  // --- (7) Markdown renderers and escaping switched off ---
  ...ts(
    "CWE-79",
    "marked / showdown / markdown-it(html) output of request text and Handlebars noEscape or SafeString vs sanitised or escaping variants",
    `import express, { Request, Response } from 'express';
import { marked } from 'marked';
import showdown from 'showdown';
import MarkdownIt from 'markdown-it';
import Handlebars from 'handlebars';
import DOMPurify from 'isomorphic-dompurify';
import sanitizeHtml from 'sanitize-html';

const app = express();
app.use(express.json());
const md = new MarkdownIt({ html: true });
const mdPlain = new MarkdownIt({ html: false });
const converter = new showdown.Converter();

app.post('/comments/preview', (req: Request, res: Response) => {
@@  res.send(marked.parse(req.body.text));
});

app.post('/comments/preview-clean', (req: Request, res: Response) => {
@ok  res.send(DOMPurify.sanitize(marked.parse(req.body.text) as string));
});

app.post('/notes/preview', (req: Request, res: Response) => {
@@  res.send('<article>' + converter.makeHtml(req.body.note) + '</article>');
});

app.post('/notes/preview-clean', (req: Request, res: Response) => {
@ok  res.send(sanitizeHtml(converter.makeHtml(req.body.note)));
});

app.post('/wiki/preview', (req: Request, res: Response) => {
@@  res.send(md.render(req.body.page));
});

app.post('/wiki/preview-plain', (req: Request, res: Response) => {
@ok  res.send(mdPlain.render(req.body.page));
});

const greet = Handlebars.compile('<p>Hello {{name}}</p>', { noEscape: true });
const greetEscaped = Handlebars.compile('<p>Hello {{name}}</p>');

app.get('/greet', (req: Request, res: Response) => {
@@  res.send(greet({ name: req.query.name }));
});

app.get('/greet-escaped', (req: Request, res: Response) => {
@ok  res.send(greetEscaped({ name: req.query.name }));
});

Handlebars.registerHelper('bold', (text: string) => {
@@  return new Handlebars.SafeString('<b>' + text + '</b>');
});

Handlebars.registerHelper('boldEscaped', (text: string) => {
@ok  return new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(text) + '</b>');
});

export default app;
`,
  ),
  // --- (8) rarer DOM sinks ---
  ...js(
    "CWE-79",
    "jQuery selector and parseHTML, iframe srcdoc, createContextualFragment, lit unsafeHTML, writeln and outerHTML from the URL vs text and escaped variants",
    `import $ from 'jquery';
import { html, render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const params = new URLSearchParams(window.location.search);
const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export function showSection() {
@@  $(window.location.hash).addClass('active');
@ok  $('#' + CSS.escape(window.location.hash.slice(1))).addClass('active');
}

export function renderNote() {
  const note = params.get('note');
@@  $('#note').append($.parseHTML(note, document, true));
@ok  $('#note').append(document.createTextNode(note));
}

export function preview() {
  const frame = document.getElementById('preview');
@@  frame.srcdoc = params.get('body');
@ok  frame.srcdoc = '<p>' + escapeHtml(params.get('body')) + '</p>';
}

export function fragment() {
  const range = document.createRange();
@@  document.body.appendChild(range.createContextualFragment(decodeURIComponent(window.location.hash.slice(1))));
}

export function banner() {
@@  render(html\`<div class="banner">\${unsafeHTML(params.get('msg'))}</div>\`, document.body);
@ok  render(html\`<div class="banner">\${params.get('msg')}</div>\`, document.body);
}

export function heading() {
@@  document.writeln('<h2>' + params.get('title') + '</h2>');
@ok  document.writeln('<h2>' + escapeHtml(params.get('title')) + '</h2>');
}

export function swap(el) {
@@  el.outerHTML = \`<span class="tag">\${params.get('tag')}</span>\`;
}
`,
  ),
  // --- (9) AngularJS $sce ---
  ...js(
    "CWE-79",
    "AngularJS $sce switched off, trustAsHtml / trustAsResourceUrl / angular.element().html() of $location data vs constants and text",
    `angular
  .module('profile', [])
  .config(['$sceProvider', function ($sceProvider) {
@@    $sceProvider.enabled(false);
  }])
  .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
@ok    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://media.example.com/**']);
  }])
  .controller('ProfileCtrl', ['$scope', '$sce', '$location', function ($scope, $sce, $location) {
    const q = $location.search();
@@    $scope.bio = $sce.trustAsHtml(q.bio);
@ok    $scope.heading = $sce.trustAsHtml('<b>Profile</b>');
@@    $scope.video = $sce.trustAsResourceUrl(q.video);
@ok    $scope.help = $sce.trustAsResourceUrl('https://media.example.com/help/' + encodeURIComponent(q.topic) + '.mp4');
@@    angular.element(document.getElementById('motd')).html(q.motd);
@ok    angular.element(document.getElementById('motd')).text(q.motd);
  }]);
`,
  ),
  // --- (10) AWS Lambda handlers ---
  ...js(
    "CWE-89",
    "Lambda handlers building SQL from event path/query/body/SQS records (mysql2, pg, knex) vs placeholders and allow-lists",
    `const mysql = require('mysql2/promise');
const { Client } = require('pg');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

let conn;
async function db() {
  conn = conn || (await mysql.createConnection(process.env.DB_URL));
  return conn;
}

module.exports.getOrder = async (event) => {
  const id = event.pathParameters.id;
@@  const [rows] = await (await db()).query('SELECT * FROM orders WHERE id = ' + id);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

module.exports.getOrderSafe = async (event) => {
@ok  const [rows] = await (await db()).execute('SELECT * FROM orders WHERE id = ?', [event.pathParameters.id]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.search = async (event, context) => {
  const { q } = JSON.parse(event.body);
  const client = new Client();
  await client.connect();
@@  const found = await client.query(\`SELECT name FROM products WHERE name ILIKE '%\${q}%'\`);
@ok  const again = await client.query('SELECT name FROM products WHERE name ILIKE $1', [\`%\${q}%\`]);
  await client.end();
  return { statusCode: 200, body: JSON.stringify([found.rows, again.rows]) };
};

exports.report = async (event) => {
  const sort = event.queryStringParameters.sort;
@@  const rows = await knex('sales').select('*').orderByRaw(sort);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.reportSafe = async (event) => {
  const wanted = event.queryStringParameters.sort;
  const sort = ['date', 'amount'].includes(wanted) ? wanted : 'date';
@ok  const rows = await knex('sales').select('*').orderBy(sort);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.byRegion = async (event) => {
@@  const a = await knex.raw(\`select * from sales where region = '\${event.queryStringParameters.region}'\`);
@ok  const b = await knex.raw('select * from sales where region = ?', [event.queryStringParameters.region]);
  return { statusCode: 200, body: JSON.stringify([a.rows, b.rows]) };
};

exports.consume = async (event) => {
  const c = await db();
  for (const record of event.Records) {
    const msg = JSON.parse(record.body);
@@    await c.query(\`UPDATE stock SET qty = qty - \${msg.qty} WHERE sku = '\${msg.sku}'\`);
  }
};
`,
  ),
  ...ts(
    "CWE-78",
    "typed Lambda handlers running shell commands with event data (query, S3 key, body) vs argument arrays",
    `import type { APIGatewayProxyEvent, APIGatewayProxyResult, Handler, S3Event } from 'aws-lambda';
import { exec, execFile, execSync, spawn } from 'child_process';
import path from 'path';
import { promisify } from 'util';

const run = promisify(exec);
const runFile = promisify(execFile);

export const thumbnail = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const key = event.queryStringParameters?.key ?? '';
@@  await run(\`convert /tmp/\${key} -resize 200x200 /tmp/thumb.png\`);
  return { statusCode: 200, body: 'ok' };
};

export const thumbnailSafe = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const key = path.basename(event.queryStringParameters?.key ?? '');
@ok  await runFile('convert', [path.join('/tmp', key), '-resize', '200x200', '/tmp/thumb.png']);
  return { statusCode: 200, body: 'ok' };
};

export const probe: Handler<S3Event> = async (event) => {
  const name = decodeURIComponent(event.Records[0].s3.object.key.replace(/\\+/g, ' '));
@@  return execSync(\`ffprobe -v quiet -print_format json "/tmp/\${name}"\`).toString();
};

export const ping = async (event: APIGatewayProxyEvent) => {
  const { host } = JSON.parse(event.body ?? '{}');
@@  const child = spawn('sh', ['-c', \`ping -c 1 \${host}\`]);
@ok  const direct = spawn('ping', ['-c', '1', '--', String(host)]);
  return { statusCode: 202, body: String(child.pid) + String(direct.pid) };
};

export const archive = async (event: APIGatewayProxyEvent) => {
  const dir = event.pathParameters!.dir;
@@  const tar = spawn('tar czf /tmp/out.tgz ' + dir, { shell: true });
  return { statusCode: 202, body: String(tar.pid) };
};
`,
  ),
  ...js(
    "CWE-79",
    "Lambda handlers returning text/html bodies with event data vs escaped, JSON and text/plain responses",
    `const escapeHtml = require('escape-html');

exports.hello = async (event) => {
  const name = event.queryStringParameters && event.queryStringParameters.name;
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@@    body: \`<html><body><h1>Hello \${name}</h1></body></html>\`,
  };
};

exports.helloSafe = async (event) => {
  const name = event.queryStringParameters && event.queryStringParameters.name;
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@ok    body: \`<html><body><h1>Hello \${escapeHtml(name)}</h1></body></html>\`,
  };
};

exports.echo = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
@ok  body: JSON.stringify({ echo: event.queryStringParameters.q }),
});

exports.notFound = async (event) => {
  const html = '<p>No results for ' + event.pathParameters.term + '</p>';
@@  return { statusCode: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
};

exports.plain = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'text/plain' },
@ok  body: 'You searched for ' + event.queryStringParameters.q,
});

exports.handler = async function (event) {
  const params = new URLSearchParams(event.rawQuery);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
@@    body: '<div class="flash">' + params.get('msg') + '</div>',
  };
};

exports.legacy = function (event, context, callback) {
@@  callback(null, { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: '<b>' + event.body + '</b>' });
};
`,
  ),
  // --- (11) JWTs read without verification ---
  ...ts(
    "CWE-347",
    "jwt-simple noVerify, 'none' among allowed algorithms, jose UnsecuredJWT/decodeJwt and jsonwebtoken decode used for access vs verified tokens and display-only decoding",
    `import jwtSimple from 'jwt-simple';
import jwt from 'jsonwebtoken';
import * as jose from 'jose';
import { jwtDecode } from 'jwt-decode';
import type { Request, Response, NextFunction } from 'express';

const SECRET = process.env.JWT_SECRET as string;
const keys: Record<string, string> = JSON.parse(process.env.JWT_KEYS ?? '{}');

const bearer = (req: Request) => (req.headers.authorization ?? '').replace(/^Bearer /, '');

export function simpleAuth(req: Request, res: Response, next: NextFunction) {
@@  const claims = jwtSimple.decode(bearer(req), SECRET, true);
  (req as any).user = claims;
  next();
}

export function simpleAuthStrict(req: Request, res: Response, next: NextFunction) {
@ok  const claims = jwtSimple.decode(bearer(req), SECRET, false, 'HS256');
  (req as any).user = claims;
  next();
}

export function apiAuth(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-token']);
@@  const payload = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
@ok  const checked = jwt.verify(token, SECRET, { algorithms: ['HS256'] });
  (req as any).user = [payload, checked];
  next();
}

export async function joseAuth(req: Request, res: Response, next: NextFunction) {
@@  const { payload } = jose.UnsecuredJWT.decode(bearer(req));
  if (payload.role !== 'admin') return res.sendStatus(403);
  next();
}

export async function joseAuthVerified(req: Request, res: Response, next: NextFunction) {
@ok  const { payload } = await jose.jwtVerify(bearer(req), new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
  if (payload.role !== 'admin') return res.sendStatus(403);
  next();
}

export function sessionUser(req: Request, res: Response, next: NextFunction) {
@@  const user = jose.decodeJwt(req.cookies.session);
  if (!user.sub) return res.sendStatus(401);
  (req as any).userId = user.sub;
  next();
}

export function adminOnly(req: Request, res: Response, next: NextFunction) {
@@  const decoded = jwt.decode(bearer(req)) as { admin?: boolean } | null;
  if (decoded && decoded.admin) return next();
  res.sendStatus(403);
}

export function isExpired(token: string): boolean {
@ok  const { exp } = jwtDecode<{ exp: number }>(token);
  return exp * 1000 < Date.now();
}

export function keyFor(token: string): string {
@ok  const { kid } = jose.decodeProtectedHeader(token);
  return keys[kid ?? ''];
}
`,
  ),
  // --- (12) secrets written into library options ---
  ...js(
    "CWE-798",
    "literal secrets in passport-jwt, express-jwt, cookie-parser, cookie-session, createHmac and aws-sdk options vs configuration",
    `const express = require('express');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { expressjwt } = require('express-jwt');
const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');
const crypto = require('crypto');
const AWS = require('aws-sdk');
const config = require('./config');

const app = express();
const verify = (payload, done) => done(null, payload);

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@@  secretOrKey: 'sup3r-s3cret-signing-key',
}, verify));

passport.use('env-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@ok  secretOrKey: process.env.JWT_PUBLIC_KEY,
}, verify));

@@app.use('/api', expressjwt({ secret: 'shh-shared-secret-91f2', algorithms: ['HS256'] }));
@ok app.use('/v2', expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));

@@app.use(cookieParser('4f9c2a7e1b8d3c6a'));
@ok app.use(cookieParser(process.env.COOKIE_SECRET));

@@app.use(cookieSession({ name: 'sess', keys: ['k3y-one-2b8f77', 'k3y-two-9d1e55'] }));
@ok app.use(cookieSession({ name: 'sess', keys: [process.env.SESSION_KEY_1, process.env.SESSION_KEY_2] }));

function sign(body) {
@@  return crypto.createHmac('sha256', 'webhook-signing-secret-42').update(body).digest('hex');
}

function signWithConfig(body) {
@ok  return crypto.createHmac('sha256', config.webhookSecret).update(body).digest('hex');
}

@@const s3 = new AWS.S3({ accessKeyId: 'AKIA4R7QW2LMZ8XN5TQB', secretAccessKey: 'd8Fh2kLq9Zr7Vx3Nm5Pt1Wy6Bc4Jg0Hs8Ka2LeQ' });
@ok const s3Role = new AWS.S3({ region: 'eu-west-1' });

module.exports = { app, sign, signWithConfig, s3, s3Role };
`,
  ),
  // --- (13) session fixation ---
  ...js(
    "CWE-384",
    "login handlers (express-session, koa-session) that mark the session authenticated without regenerating it vs regenerate first",
    `const express = require('express');
const session = require('express-session');
const Router = require('@koa/router');
const Users = require('./users');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/login', async (req, res) => {
  const user = await Users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).send('Invalid credentials');
@@  req.session.userId = user.id;
  res.redirect('/dashboard');
});

app.post('/login-v2', async (req, res, next) => {
  const user = await Users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).send('Invalid credentials');
  req.session.regenerate((err) => {
    if (err) return next(err);
@ok    req.session.userId = user.id;
    res.redirect('/dashboard');
  });
});

app.post('/prefs', (req, res) => {
@ok  req.session.theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.sendStatus(204);
});

const router = new Router();
router.post('/signin', async (ctx) => {
  const account = await Users.authenticate(ctx.request.body.user, ctx.request.body.pass);
  if (!account) ctx.throw(401);
@@  ctx.session.accountId = account.id;
  ctx.redirect('/home');
});

router.post('/signin-v2', async (ctx) => {
  const account = await Users.authenticate(ctx.request.body.user, ctx.request.body.pass);
  if (!account) ctx.throw(401);
  await ctx.regenerateSession();
@ok  ctx.session.accountId = account.id;
  ctx.redirect('/home');
});

module.exports = { app, router };
`,
  ),
  // --- (14) temporary files ---
  ...js(
    "CWE-377",
    "files written at fixed or time-stamped names in the shared temp directory vs mkdtemp, tmp and exclusive random names",
    `const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const tmp = require('tmp');

function saveExport(data) {
  const file = path.join(os.tmpdir(), 'export.csv');
@@  fs.writeFileSync(file, data);
  return file;
}

function saveExportPrivate(data) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
@ok  fs.writeFileSync(path.join(dir, 'export.csv'), data);
  return dir;
}

function writePid() {
@@  fs.writeFileSync('/tmp/worker.pid', String(process.pid));
}

function debugLog() {
@@  return fs.createWriteStream('/tmp/app-debug.log', { flags: 'a' });
}

function stampUpload(buf) {
  const name = \`/tmp/upload-\${Date.now()}.bin\`;
@@  fs.writeFileSync(name, buf);
  return name;
}

function withTmpLib(data) {
  const f = tmp.fileSync({ postfix: '.json' });
@ok  fs.writeFileSync(f.name, JSON.stringify(data));
  return f.name;
}

function exclusive(pdf) {
  const name = path.join(os.tmpdir(), \`report-\${crypto.randomUUID()}.pdf\`);
@ok  fs.writeFileSync(name, pdf, { flag: 'wx', mode: 0o600 });
  return name;
}

function cacheIndex(index) {
  fs.mkdirSync('/tmp/app-cache', { recursive: true });
@@  fs.writeFileSync('/tmp/app-cache/index.json', JSON.stringify(index));
}

module.exports = { saveExport, saveExportPrivate, writePid, debugLog, stampUpload, withTmpLib, exclusive, cacheIndex };
`,
  ),
  // --- (15) script inclusion ---
  ...js(
    "CWE-829",
    "script src, dynamic import, importScripts and $.getScript from URL data vs allow-listed names and fixed sources",
    `import $ from 'jquery';

const params = new URLSearchParams(window.location.search);

export function loadPlugin() {
  const s = document.createElement('script');
@@  s.src = params.get('plugin');
  document.head.appendChild(s);
}

export function loadPluginByName() {
  const name = params.get('plugin');
  if (!/^[a-z-]+$/.test(name)) return;
  const s = document.createElement('script');
@ok  s.src = '/static/plugins/' + name + '.js';
  document.head.appendChild(s);
}

export function loadWidget() {
  const s = document.createElement('script');
@ok  s.src = 'https://cdn.example.com/widget.v3.js';
  s.crossOrigin = 'anonymous';
  document.head.appendChild(s);
}

export function loadTheme() {
@@  return import(window.location.hash.slice(1)).then((m) => m.init());
}

export function loadExtra() {
@@  $.getScript(params.get('extra'));
@ok  $.getScript('/js/extra.js');
}

export function addScriptTag() {
  const tag = document.createElement('script');
@@  tag.setAttribute('src', decodeURIComponent(document.location.hash.substring(1)));
  document.body.appendChild(tag);
}
`,
  ),
  ...js(
    "CWE-829",
    "a web worker importing the script named in its own URL vs a fixed script",
    `/* worker.js */
const lib = new URL(self.location.href).searchParams.get('lib');
@@importScripts(lib);
@ok importScripts('/workers/vendor/pako.min.js');

self.onmessage = (e) => {
  self.postMessage(self.pako.inflate(e.data));
};
`,
  ),
  // --- (16) error details sent to the client ---
  ...ts(
    "CWE-209",
    "stack traces and raw errors in express, koa and fastify error responses vs generic messages",
    `import express, { Request, Response, NextFunction } from 'express';
import Koa from 'koa';
import Fastify from 'fastify';
import { orders } from './orders';
import { logger } from './logger';

const app = express();

app.get('/orders/:id', async (req: Request, res: Response) => {
  try {
    res.json(await orders.find(req.params.id));
  } catch (err: any) {
@@    res.status(500).send(err.stack);
  }
});

app.get('/orders/:id/items', async (req: Request, res: Response) => {
  try {
    res.json(await orders.items(req.params.id));
  } catch (err: any) {
@@    res.status(500).json({ message: err.message, stack: err.stack });
  }
});

app.get('/orders/:id/total', async (req: Request, res: Response) => {
  try {
    res.json(await orders.total(req.params.id));
  } catch (err) {
    logger.error(err);
@ok    res.status(500).json({ message: 'Internal error' });
  }
});

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
@@  res.status(500).send(\`<h1>Error</h1><pre>\${err.stack}</pre>\`);
});

const koa = new Koa();
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = 500;
@@    ctx.body = { error: err.stack };
  }
});

const fastify = Fastify();
fastify.setErrorHandler((error, request, reply) => {
@@  reply.status(500).send({ error: error.message, stack: error.stack });
});

const api = Fastify();
api.setErrorHandler((error, request, reply) => {
  request.log.error(error);
@ok  reply.status(500).send({ error: 'Something went wrong', requestId: request.id });
});

export { app, koa, fastify, api };
`,
  ),
  // --- (17) secrets written to logs ---
  ...js(
    "CWE-532",
    "passwords, tokens, API keys and reset links in console/winston/debug logs vs redacted or identifier-only lines",
    `const express = require('express');
const winston = require('winston');
const debug = require('debug')('app:db');
const Users = require('./users');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { email, password } = req.body;
@@  console.log(\`login attempt email=\${email} password=\${password}\`);
@ok  console.log(\`login attempt email=\${email}\`);
  const user = await Users.authenticate(email, password);
  if (!user) return res.sendStatus(401);
  const token = await Users.issueToken(user);
@@  logger.info('issued token', { userId: user.id, token });
@ok  logger.info('issued token', { userId: user.id });
  res.json({ token });
});

function connect(cfg) {
@@  debug('db config %o', { host: cfg.host, user: cfg.user, password: cfg.password });
@ok  debug('db config %o', { host: cfg.host, user: cfg.user, password: '[redacted]' });
}

async function charge(amount) {
  try {
    return await Users.charge(amount);
  } catch (e) {
@@    console.error('Stripe call failed with key', process.env.STRIPE_SECRET_KEY, e.message);
    throw e;
  }
}

app.post('/forgot', async (req, res) => {
  const resetToken = await Users.createResetToken(req.body.email);
@@  logger.warn(\`reset link for \${req.body.email}: https://example.com/reset?token=\${resetToken}\`);
@ok  logger.warn('reset link sent', { email: req.body.email });
  res.sendStatus(202);
});

app.post('/password', async (req, res) => {
  await Users.setPassword(req.user.id, req.body.newPassword);
@ok  console.log('password updated for', req.user.id);
  res.sendStatus(204);
});

module.exports = { app, connect, charge };
`,
  ),
  // --- (18) secrets compared with === ---
  ...ts(
    "CWE-208",
    "API key, webhook signature and OTP compared with ===/!== vs crypto.timingSafeEqual and non-secret compares",
    `import crypto from 'crypto';
import type { Request, Response, NextFunction } from 'express';

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET ?? '';

export function checkApiKey(req: Request, res: Response, next: NextFunction) {
  const key = req.header('x-api-key');
@@  if (key !== process.env.API_KEY) return res.sendStatus(401);
  next();
}

export function checkApiKeySafe(req: Request, res: Response, next: NextFunction) {
  const key = Buffer.from(req.header('x-api-key') ?? '');
  const expected = Buffer.from(process.env.API_KEY ?? '');
@ok  if (key.length !== expected.length || !crypto.timingSafeEqual(key, expected)) return res.sendStatus(401);
  next();
}

export function verifyWebhook(req: Request & { rawBody: Buffer }): boolean {
  const sig = req.headers['x-hub-signature-256'];
  const digest = 'sha256=' + crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.rawBody).digest('hex');
@@  return sig === digest;
}

export function verifyWebhookSafe(req: Request & { rawBody: Buffer }): boolean {
  const sig = Buffer.from(String(req.headers['x-hub-signature-256'] ?? ''));
  const digest = Buffer.from('sha256=' + crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.rawBody).digest('hex'));
@ok  return sig.length === digest.length && crypto.timingSafeEqual(sig, digest);
}

export function checkOtp(req: Request, user: { otpCode: string }): boolean {
@@  return req.body.otp === user.otpCode;
}

export function isAdmin(user: { role: string }): boolean {
@ok  return user.role === 'admin';
}
`,
  ),
  // --- (19) ORM mass assignment ---
  ...js(
    "CWE-915",
    "mongoose/sequelize/prisma writes of the whole request body vs picked fields and a fields list",
    `const express = require('express');
const _ = require('lodash');
const { PrismaClient } = require('@prisma/client');
const { User } = require('./models/user');
const { Member } = require('./models/member');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.put('/users/:id', async (req, res) => {
@@  await User.findByIdAndUpdate(req.params.id, req.body);
  res.sendStatus(204);
});

app.put('/users/:id/bio', async (req, res) => {
@ok  await User.findByIdAndUpdate(req.params.id, { name: req.body.name, bio: req.body.bio });
  res.sendStatus(204);
});

app.post('/users', async (req, res) => {
@@  const user = await User.create(req.body);
  res.status(201).json(user);
});

app.post('/users/invite', async (req, res) => {
@ok  const user = await User.create(_.pick(req.body, ['name', 'email']));
  res.status(201).json(user);
});

app.patch('/members/me', async (req, res) => {
  const member = await Member.findByPk(req.user.id);
@@  await member.update(req.body);
  res.json(member);
});

app.patch('/members/me/profile', async (req, res) => {
  const member = await Member.findByPk(req.user.id);
@ok  await member.update(req.body, { fields: ['displayName', 'avatar'] });
  res.json(member);
});

app.put('/accounts/me', async (req, res) => {
@@  const account = await prisma.account.update({ where: { id: req.user.id }, data: req.body });
  res.json(account);
});

app.put('/accounts/me/nickname', async (req, res) => {
  const { nickname } = req.body;
@ok  const account = await prisma.account.update({ where: { id: req.user.id }, data: { nickname: String(nickname) } });
  res.json(account);
});

app.put('/me', async (req, res) => {
  const me = await User.findById(req.user.id);
@@  Object.assign(me, req.body);
  await me.save();
  res.json(me);
});

module.exports = app;
`,
  ),
  // --- (20) resource limits ---
  ...js(
    "CWE-400",
    "multer and express-fileupload without limits, socket.io with a huge buffer and Ajv allErrors on request bodies vs bounded settings",
    `const express = require('express');
const multer = require('multer');
const fileUpload = require('express-fileupload');
const { Server } = require('socket.io');
const Ajv = require('ajv');
const http = require('http');

const app = express();
@@const upload = multer({ dest: 'uploads/' });
@ok const avatar = multer({ dest: 'uploads/', limits: { fileSize: 2 * 1024 * 1024, files: 1 } });

app.post('/files', upload.single('file'), (req, res) => res.sendStatus(201));
app.post('/avatar', avatar.single('avatar'), (req, res) => res.sendStatus(201));

const docs = express.Router();
@@docs.use(fileUpload());
const images = express.Router();
@ok images.use(fileUpload({ limits: { fileSize: 10 * 1024 * 1024 }, abortOnLimit: true }));

const server = http.createServer(app);
@@const io = new Server(server, { maxHttpBufferSize: 1e9 });
@ok const chat = new Server(http.createServer(), { maxHttpBufferSize: 1e6 });

@@const ajv = new Ajv({ allErrors: true });
@ok const strictAjv = new Ajv({ allErrors: false, strict: true });
const validate = ajv.compile({ type: 'object', properties: { name: { type: 'string' } } });
app.post('/things', express.json(), (req, res) => res.json({ ok: validate(req.body) && strictAjv !== null }));

module.exports = { app, docs, images, io, chat };
`,
  ),
  // --- (21) tabnabbing ---
  ...ts(
    "CWE-1022",
    "links and window.open in a new tab without noopener vs rel=noopener, the noopener feature and same-site links",
    `import React from 'react';

const PARTNER_URL = 'https://partner.example.net/offers';

export function Footer() {
  return (
    <ul>
@@      <li><a href={PARTNER_URL} target="_blank">Offers</a></li>
@ok      <li><a href={PARTNER_URL} target="_blank" rel="noopener noreferrer">Offers (safe)</a></li>
@ok      <li><a href="/about" target="_blank">About</a></li>
    </ul>
  );
}

export function openPartner() {
@@  window.open(PARTNER_URL, '_blank');
}

export function openPartnerSafe() {
@ok  window.open(PARTNER_URL, '_blank', 'noopener,noreferrer');
}

export function openLink(anchor: HTMLAnchorElement) {
  anchor.href = PARTNER_URL;
@@  anchor.target = '_blank';
  anchor.click();
}
`,
  ),
  // --- (22) less common deserialisers ---
  ...js(
    "CWE-502",
    "v8.deserialize, BSON evalFunctions, js-yaml full schema and cryo on request data vs JSON and safe schemas",
    `const express = require('express');
const v8 = require('v8');
const { BSON } = require('bson');
const yaml = require('js-yaml');
const Cryo = require('cryo');
const cookieParser = require('cookie-parser');

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/state', (req, res) => {
@@  const state = v8.deserialize(Buffer.from(req.body.blob, 'base64'));
  res.json({ keys: Object.keys(state) });
});

app.post('/state-json', (req, res) => {
@ok  const state = JSON.parse(Buffer.from(req.body.blob, 'base64').toString('utf8'));
  res.json({ keys: Object.keys(state) });
});

app.post('/bson', express.raw({ type: 'application/bson' }), (req, res) => {
@@  const doc = BSON.deserialize(req.body, { evalFunctions: true });
@ok  const plain = BSON.deserialize(req.body);
  res.json({ doc: Object.keys(doc), plain: Object.keys(plain) });
});

app.post('/yaml', express.text(), (req, res) => {
@@  const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
@ok  const data = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ cfg, data });
});

app.get('/prefs', (req, res) => {
@@  const prefs = Cryo.parse(req.cookies.prefs);
  res.json(prefs);
});

app.get('/prefs-json', (req, res) => {
@ok  const prefs = JSON.parse(req.cookies.prefs || '{}');
  res.json(prefs);
});

module.exports = app;
`,
  ),
  // --- (23) sandboxes and evaluators ---
  ...js(
    "CWE-94",
    "vm2, safe-eval, static-eval, vm.compileFunction, eval-mode Worker and string timers on request data vs parsed data",
    `const express = require('express');
const vm = require('vm');
const { VM, NodeVM } = require('vm2');
const safeEval = require('safe-eval');
const staticEval = require('static-eval');
const { parse } = require('esprima');
const { Worker } = require('worker_threads');

const app = express();
app.use(express.json());

app.post('/rules/run', (req, res) => {
@@  const result = new VM({ timeout: 1000 }).run(req.body.rule);
  res.json({ result });
});

app.post('/plugins/run', (req, res) => {
  const nodeVm = new NodeVM({ require: { external: false } });
@@  const plugin = nodeVm.run(req.body.source, 'plugin.js');
  res.json({ exported: Object.keys(plugin) });
});

app.get('/calc', (req, res) => {
@@  res.json({ value: safeEval(req.query.expr, { Math }) });
});

app.get('/calc-static', (req, res) => {
  const ast = parse(String(req.query.expr)).body[0].expression;
@@  res.json({ value: staticEval(ast, { price: 10 }) });
});

app.get('/calc-number', (req, res) => {
@ok  res.json({ value: Number.parseFloat(req.query.expr) * 2 });
});

app.post('/fn', (req, res) => {
@@  const fn = vm.compileFunction(req.body.body, ['input']);
  res.json({ out: fn(req.body.input) });
});

app.post('/fn-fixed', (req, res) => {
@ok  const fn = vm.compileFunction('return input * 2', ['input']);
  res.json({ out: fn(Number(req.body.input)) });
});

app.post('/job', (req, res) => {
@@  const w = new Worker(req.body.job, { eval: true });
@ok  const fixed = new Worker('./jobs/resize.js', { workerData: req.body.job });
  res.json({ ids: [w.threadId, fixed.threadId] });
});

app.get('/later', (req, res) => {
@@  setTimeout('notify("' + req.query.user + '")', 1000);
@ok  setTimeout(() => console.log('notify', req.query.user), 1000);
  res.sendStatus(202);
});

module.exports = app;
`,
  ),
  // --- (24) command helpers other than child_process ---
  ...ts(
    "CWE-78",
    "execa command strings, shelljs.exec, cross-spawn with a shell and zx on request data vs argument arrays",
    `import express, { Request, Response } from 'express';
import { execa, execaCommand } from 'execa';
import shell from 'shelljs';
import crossSpawn from 'cross-spawn';
import { $ } from 'zx';

const app = express();
app.use(express.json());

app.post('/convert', async (req: Request, res: Response) => {
@@  const { stdout } = await execaCommand(\`pandoc -f markdown -t html \${req.body.file}\`);
  res.send(stdout);
});

app.post('/convert-args', async (req: Request, res: Response) => {
@ok  const { stdout } = await execa('pandoc', ['-f', 'markdown', '-t', 'html', '--', String(req.body.file)]);
  res.send(stdout);
});

app.post('/shell-mode', async (req: Request, res: Response) => {
@@  const { stdout } = await execa('du -sh ' + req.body.dir, { shell: true });
  res.send(stdout);
});

app.get('/lookup', (req: Request, res: Response) => {
@@  const out = shell.exec('nslookup ' + req.query.host, { silent: true }).stdout;
  res.type('text').send(out);
});

app.get('/lookup-grep', (req: Request, res: Response) => {
@ok  const out = shell.grep('-i', 'error', '/var/log/app.log').stdout;
  res.type('text').send(out);
});

app.post('/build', (req: Request, res: Response) => {
@@  const child = crossSpawn('npm run ' + req.body.script, { shell: true, stdio: 'inherit' });
@ok  const direct = crossSpawn('npm', ['run', String(req.body.script)], { stdio: 'inherit' });
  res.json({ pids: [child.pid, direct.pid] });
});

app.post('/zx', async (req: Request, res: Response) => {
  const branch = String(req.body.branch);
@ok  const out = await $\`git log --oneline -- \${branch}\`;
  res.send(out.stdout);
});

export default app;
`,
  ),
  // --- (25) paths in serverless and framework helpers ---
  ...js(
    "CWE-22",
    "Lambda, koa and fastify handlers reading files named by the request vs basename, koa-send and @fastify/static roots",
    `const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const Koa = require('koa');
const send = require('koa-send');
const Fastify = require('fastify');

const ROOT = '/var/task/docs';

exports.doc = async (event) => {
@@  const body = await fsp.readFile(path.join(ROOT, event.pathParameters.name), 'utf8');
  return { statusCode: 200, body };
};

exports.docSafe = async (event) => {
@ok  const body = await fsp.readFile(path.join(ROOT, path.basename(event.pathParameters.name)), 'utf8');
  return { statusCode: 200, body };
};

exports.download = async (event) => {
  const file = JSON.parse(event.body).file;
@@  const data = fs.readFileSync('/mnt/efs/exports/' + file);
  return { statusCode: 200, isBase64Encoded: true, body: data.toString('base64') };
};

const koa = new Koa();
koa.use(async (ctx) => {
  if (ctx.path.startsWith('/raw/')) {
@@    ctx.body = fs.createReadStream(path.resolve('/srv/public', ctx.query.file));
  } else {
@ok    await send(ctx, ctx.path, { root: '/srv/public' });
  }
});

const fastify = Fastify();
fastify.register(require('@fastify/static'), { root: '/srv/assets', serve: false });
fastify.get('/assets/:name', (request, reply) => {
@ok  return reply.sendFile(request.params.name);
});
fastify.get('/logs/:name', async (request, reply) => {
@@  return fsp.readFile(\`/var/log/app/\${request.params.name}\`, 'utf8');
});

module.exports = { koa, fastify };
`,
  ),
  // --- (26) redirects outside express ---
  ...ts(
    "CWE-601",
    "Lambda Location headers, Next.js middleware / route redirects, koa and hapi redirects to request URLs vs relative-path checks",
    `import type { APIGatewayProxyEvent } from 'aws-lambda';
import { NextRequest, NextResponse } from 'next/server';
import type Router from '@koa/router';
import type { Server } from '@hapi/hapi';

export const login = async (event: APIGatewayProxyEvent) => ({
  statusCode: 302,
@@  headers: { Location: event.queryStringParameters?.next ?? '/' },
  body: '',
});

export const loginSafe = async (event: APIGatewayProxyEvent) => {
  const next = event.queryStringParameters?.next ?? '/';
  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
@ok  return { statusCode: 302, headers: { Location: target }, body: '' };
};

export function middleware(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to');
@@  if (to) return NextResponse.redirect(new URL(to));
  return NextResponse.next();
}

export function GET(req: NextRequest) {
  const back = req.nextUrl.searchParams.get('back') ?? '/';
@ok  return NextResponse.redirect(new URL(back.startsWith('/') && !back.startsWith('//') ? back : '/', req.url));
}

export function routes(router: Router) {
  router.get('/out', (ctx) => {
@@    ctx.redirect(String(ctx.query.url));
  });
  router.get('/home', (ctx) => {
@ok    ctx.redirect('/dashboard?tab=' + encodeURIComponent(String(ctx.query.tab)));
  });
}

export function hapiRoutes(server: Server) {
  server.route({
    method: 'GET',
    path: '/leave',
@@    handler: (request, h) => h.redirect(request.query.target as string),
  });
}
`,
  ),
  // --- (27) NoSQL queries in serverless handlers ---
  ...js(
    "CWE-943",
    "DynamoDB expressions and mongo filters built from Lambda event data vs expression values and typed fields",
    `const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');
const { MongoClient } = require('mongodb');

const ddb = new DynamoDBClient({});
const mongo = new MongoClient(process.env.MONGO_URL);

exports.byOwner = async (event) => {
  const owner = event.queryStringParameters.owner;
@@  const out = await ddb.send(new ScanCommand({ TableName: 'Docs', FilterExpression: "owner = '" + owner + "'" }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.byOwnerSafe = async (event) => {
  const owner = event.queryStringParameters.owner;
  const out = await ddb.send(new ScanCommand({
    TableName: 'Docs',
@ok    FilterExpression: 'owner = :o',
    ExpressionAttributeValues: { ':o': { S: String(owner) } },
  }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.find = async (event) => {
  const filter = JSON.parse(event.body);
@@  const docs = await mongo.db('app').collection('users').find(filter).toArray();
  return { statusCode: 200, body: JSON.stringify(docs) };
};

exports.findByName = async (event) => {
  const { name } = JSON.parse(event.body);
@ok  const docs = await mongo.db('app').collection('users').find({ name: String(name) }).toArray();
  return { statusCode: 200, body: JSON.stringify(docs) };
};

exports.where = async (event) => {
  const min = event.queryStringParameters.min;
@@  const docs = await mongo.db('app').collection('orders').find({ $where: 'this.total > ' + min }).toArray();
@ok  const typed = await mongo.db('app').collection('orders').find({ total: { $gt: Number(min) } }).toArray();
  return { statusCode: 200, body: JSON.stringify([docs, typed]) };
};

exports.login = async (event) => {
  const { user, pass } = JSON.parse(event.body);
@@  const found = await mongo.db('app').collection('users').findOne({ user, pass });
  return { statusCode: found ? 200 : 401, body: '' };
};
`,
  ),
  // --- (28) CSRF ---
  ...js(
    "CWE-352",
    "csurf told to skip POST, cookie sessions with SameSite=None and method-override before csurf vs csurf on unsafe methods",
    `const express = require('express');
const csrf = require('csurf');
const session = require('express-session');
const methodOverride = require('method-override');
const cookieParser = require('cookie-parser');

const admin = express();
admin.use(cookieParser());
admin.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@@  cookie: { secure: true, httpOnly: true, sameSite: 'none' },
}));
@@admin.use(csrf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));

const shop = express();
shop.use(cookieParser());
shop.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
@ok  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));
@ok shop.use(csrf({ cookie: true }));

const legacy = express();
legacy.use(cookieParser());
legacy.use(express.urlencoded({ extended: false }));
@@legacy.use(methodOverride('_method'));
legacy.use(csrf({ cookie: true }));

const api = express();
api.use(express.urlencoded({ extended: false }));
api.use(csrf({ cookie: true }));
@ok api.use(methodOverride('_method'));

module.exports = { admin, shop, legacy, api };
`,
  ),
  // --- (29) predictable tokens ---
  ...ts(
    "CWE-338",
    "Math.random-based session ids, reset codes and API keys, nanoid/non-secure and pseudoRandomBytes vs crypto.randomBytes / randomUUID / randomInt",
    `import crypto from 'crypto';
import { nanoid as insecureId } from 'nanoid/non-secure';
import { nanoid } from 'nanoid';

export function newSessionId(): string {
@@  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

export function newSessionIdSecure(): string {
@ok  return crypto.randomBytes(24).toString('base64url');
}

export function resetCode(): string {
@@  return String(Math.floor(100000 + Math.random() * 900000));
}

export function resetCodeSecure(): string {
@ok  return String(crypto.randomInt(100000, 1000000));
}

export function apiKey(): string {
@@  return 'sk_' + insecureId(32);
}

export function apiKeySecure(): string {
@ok  return 'sk_' + nanoid(32);
}

export function csrfToken(): string {
@@  return crypto.pseudoRandomBytes(16).toString('hex');
}

export function inviteToken(): string {
@ok  return crypto.randomUUID();
}

export function jitter(ms: number): number {
@ok  return ms + Math.floor(Math.random() * 250);
}
`,
  ),
  // --- (30) part 2, written blind after the first fixes: Electron ---
  ...js(
    "CWE-693",
    "Electron windows with nodeIntegration in subframes/workers, sandbox off or contextIsolation off vs hardened preferences",
    `const { app, BrowserWindow, BrowserView, WebContentsView } = require('electron');
const path = require('path');

app.whenReady().then(() => {
  const main = new BrowserWindow({
    width: 1200,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
@@      contextIsolation: false,
    },
  });
  main.loadFile('index.html');

  const help = new BrowserWindow({
    webPreferences: {
@@      nodeIntegrationInSubFrames: true,
      preload: path.join(__dirname, 'help-preload.js'),
    },
  });
  help.loadURL('https://help.example.com');

  const view = new BrowserView({
    webPreferences: {
@@      nodeIntegrationInWorker: true,
    },
  });
  main.setBrowserView(view);

  const content = new WebContentsView({
    webPreferences: {
@@      sandbox: false,
      preload: path.join(__dirname, 'content-preload.js'),
    },
  });
  main.contentView.addChildView(content);

  const hardened = new BrowserWindow({
    webPreferences: {
@ok      contextIsolation: true,
@ok      sandbox: true,
      preload: path.join(__dirname, 'preload.js'),
    },
  });
  hardened.loadFile('settings.html');
});
`,
  ),
  ...ts(
    "CWE-78",
    "Electron main process opening paths and URLs sent by the renderer over IPC vs checked ones",
    `import { ipcMain, shell } from 'electron';
import { exec } from 'child_process';
import path from 'path';

const DOWNLOADS = '/home/user/Downloads';

ipcMain.handle('open-download', async (_event, name: string) => {
@@  exec(\`xdg-open "\${path.join(DOWNLOADS, name)}"\`);
});

ipcMain.handle('open-download-safe', async (_event, name: string) => {
@ok  await shell.openPath(path.join(DOWNLOADS, path.basename(name)));
});

ipcMain.on('run-tool', (_event, args: { tool: string }) => {
@@  exec('tools/' + args.tool + ' --quiet');
});
`,
  ),
  // --- (31) XML parsers ---
  ...js(
    "CWE-611",
    "libxmljs2 / libxmljs parse with noent or dtdload on request XML vs default options",
    `const express = require('express');
const libxml = require('libxmljs2');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
@@  const doc = libxml.parseXml(req.body, { noent: true, nonet: true });
  res.json({ root: doc.root().name() });
});

app.post('/import-default', (req, res) => {
@ok  const doc = libxml.parseXml(req.body);
  res.json({ root: doc.root().name() });
});

app.post('/feed', (req, res) => {
  const opts = { dtdload: true, dtdvalid: true, noent: true };
@@  const doc = libxmljs.parseXmlString(req.body, opts);
  res.json({ items: doc.find('//item').length });
});

app.post('/feed-safe', (req, res) => {
@ok  const doc = libxmljs.parseXmlString(req.body, { noblanks: true });
  res.json({ items: doc.find('//item').length });
});

module.exports = app;
`,
  ),
  // --- (32) prototype pollution ---
  ...ts(
    "CWE-1321",
    "path setters and recursive merges fed by request JSON (lodash set/setWith/zipObjectDeep, dot-prop, a hand-written merge) vs key checks",
    `import express from 'express';
import _ from 'lodash';
import { setProperty } from 'dot-prop';

const app = express();
app.use(express.json());
const settings: Record<string, any> = {};

app.post('/settings', (req, res) => {
@@  _.set(settings, req.body.path, req.body.value);
  res.json(settings);
});

app.post('/settings-with', (req, res) => {
@@  _.setWith(settings, req.body.path, req.body.value, Object);
  res.json(settings);
});

app.post('/zip', (req, res) => {
@@  const obj = _.zipObjectDeep(req.body.keys, req.body.values);
  res.json(obj);
});

app.post('/dot', (req, res) => {
@@  setProperty(settings, String(req.query.key), req.body.value);
  res.json(settings);
});

function merge(target: any, source: any) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      target[key] = target[key] || {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target: any, source: any) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      target[key] = target[key] || {};
      safeMerge(target[key], source[key]);
    } else {
@ok      target[key] = source[key];
    }
  }
  return target;
}

app.post('/prefs', (req, res) => {
  res.json([merge({}, req.body), safeMerge({}, req.body)]);
});

app.post('/settings-known', (req, res) => {
  const allowed = ['theme', 'lang'];
  if (!allowed.includes(req.body.path)) return res.sendStatus(400);
@ok  _.set(settings, req.body.path, req.body.value);
  res.json(settings);
});

export default app;
`,
  ),
  // --- (33) NestJS controllers ---
  ...ts(
    "CWE-89",
    "NestJS controllers passing @Query/@Param/@Body values into TypeORM query builders and raw queries vs parameters",
    `import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

@Controller('orders')
export class OrdersController {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  list(@Query('status') status: string) {
@@    return this.orders.createQueryBuilder('o').where(\`o.status = '\${status}'\`).getMany();
  }

  @Get('safe')
  listSafe(@Query('status') status: string) {
@ok    return this.orders.createQueryBuilder('o').where('o.status = :status', { status }).getMany();
  }

  @Get(':id/items')
  items(@Param('id') id: string) {
@@    return this.dataSource.query('SELECT * FROM items WHERE order_id = ' + id);
  }

  @Get(':id/items-safe')
  itemsSafe(@Param('id') id: string) {
@ok    return this.dataSource.query('SELECT * FROM items WHERE order_id = $1', [id]);
  }

  @Post('search')
  search(@Body() body: { sort: string }) {
@@    return this.orders.createQueryBuilder('o').orderBy(body.sort).getMany();
  }

  @Post('search-safe')
  searchSafe(@Body() body: { sort: string }) {
    const sort = body.sort === 'total' ? 'o.total' : 'o.createdAt';
@ok    return this.orders.createQueryBuilder('o').orderBy(sort).getMany();
  }
}
`,
  ),
  // --- (34) regular expressions from input ---
  ...js(
    "CWE-1333",
    "RegExp built from request text (template, constructor with flags, String.match/search with a string) vs escaped input",
    `const express = require('express');
const escapeRegExp = require('lodash/escapeRegExp');

const app = express();
const names = ['alice', 'bob', 'carol'];

app.get('/find', (req, res) => {
@@  const re = new RegExp(\`^\${req.query.prefix}\`, 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/find-safe', (req, res) => {
@ok  const re = new RegExp('^' + escapeRegExp(req.query.prefix), 'i');
  res.json(names.filter((n) => re.test(n)));
});

app.get('/match', (req, res) => {
@@  res.json(names.filter((n) => n.match(req.query.pattern)));
});

app.get('/search', (req, res) => {
@@  res.json(names.map((n) => n.search(req.query.q)));
});

app.get('/includes', (req, res) => {
@ok  res.json(names.filter((n) => n.includes(String(req.query.q))));
});

module.exports = app;
`,
  ),
  // --- (35) weak hashes for passwords outside node:crypto ---
  ...js(
    "CWE-916",
    "passwords hashed with crypto-js MD5/SHA1/SHA256 and node-forge md5 vs bcrypt / argon2",
    `const CryptoJS = require('crypto-js');
const forge = require('node-forge');
const bcrypt = require('bcrypt');
const argon2 = require('argon2');

async function register(db, email, password) {
@@  const hash = CryptoJS.MD5(password).toString();
  await db.users.insert({ email, hash });
}

async function registerV2(db, email, password) {
@@  const hash = CryptoJS.SHA256(password + email).toString(CryptoJS.enc.Hex);
  await db.users.insert({ email, hash });
}

async function registerV3(db, email, password) {
  const md = forge.md.sha1.create();
@@  md.update(password);
  await db.users.insert({ email, hash: md.digest().toHex() });
}

async function registerGood(db, email, password) {
@ok  const hash = await bcrypt.hash(password, 12);
  await db.users.insert({ email, hash });
}

async function registerArgon(db, email, password) {
@ok  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await db.users.insert({ email, hash });
}

function etag(body) {
@ok  return CryptoJS.SHA256(body).toString();
}

module.exports = { register, registerV2, registerV3, registerGood, registerArgon, etag };
`,
  ),
  // --- (36) part 3, written blind after part 2's fixes: key sizes, IVs and salts outside the common spellings ---
  ...js(
    "CWE-326",
    "RSA / DH keys too short through node-forge, generateKeyPairSync with a named size and createDiffieHellman primes vs 2048+ bits",
    `const crypto = require('crypto');
const forge = require('node-forge');

const LEGACY_BITS = 1024;

function forgeKeys() {
@@  return forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
}

function forgeKeysOk() {
@ok  return forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 });
}

function nodeKeys() {
@@  return crypto.generateKeyPairSync('rsa', { modulusLength: LEGACY_BITS });
}

function nodeKeysOk() {
@ok  return crypto.generateKeyPairSync('ed25519');
}

function dh() {
@@  return crypto.createDiffieHellman(768);
}

function dhGroup() {
@@  return crypto.getDiffieHellman('modp1');
}

function dhGroupOk() {
@ok  return crypto.getDiffieHellman('modp14');
}

module.exports = { forgeKeys, forgeKeysOk, nodeKeys, nodeKeysOk, dh, dhGroup, dhGroupOk };
`,
  ),
  ...ts(
    "CWE-329",
    "IVs that never change: Buffer.alloc zeros, a module-level randomBytes reused for every message, an IV from the key vs a fresh IV per message",
    `import crypto from 'crypto';

const KEY = crypto.scryptSync(process.env.APP_SECRET ?? '', 'per-app-salt-from-config', 32);
const SHARED_IV = crypto.randomBytes(16);

export function sealZero(text: string): Buffer {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return Buffer.concat([c.update(text, 'utf8'), c.final()]);
}

export function sealShared(text: string): Buffer {
@@  const c = crypto.createCipheriv('aes-256-cbc', KEY, SHARED_IV);
  return Buffer.concat([c.update(text, 'utf8'), c.final()]);
}

export function sealKeyIv(text: string): Buffer {
@@  const c = crypto.createCipheriv('aes-256-ctr', KEY, KEY.subarray(0, 16));
  return Buffer.concat([c.update(text, 'utf8'), c.final()]);
}

export function sealFresh(text: string): Buffer {
  const iv = crypto.randomBytes(12);
@ok  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  return Buffer.concat([iv, c.update(text, 'utf8'), c.final(), c.getAuthTag()]);
}

export function open(blob: Buffer): string {
  const iv = blob.subarray(0, 12);
  const tag = blob.subarray(blob.length - 16);
@ok  const d = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(blob.subarray(12, blob.length - 16)), d.final()]).toString('utf8');
}
`,
  ),
  // --- (37) JWT algorithm confusion and missing expiry checks ---
  ...js(
    "CWE-347",
    "jsonwebtoken verify with a public key and no algorithms list, ignoreExpiration, and jose with HS/RS mix vs pinned algorithms",
    `const fs = require('fs');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = fs.readFileSync('/etc/app/jwt.pub');

function authA(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
@@    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'HS256'] });
    next();
  } catch {
    res.sendStatus(401);
  }
}

function authB(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
@ok    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
    next();
  } catch {
    res.sendStatus(401);
  }
}

module.exports = { authA, authB };
`,
  ),
  // --- (38) view names from the request ---
  ...js(
    "CWE-22",
    "express res.render of a view named by the request vs a view chosen from a map",
    `const express = require('express');

const app = express();
app.set('view engine', 'ejs');
const PAGES = { about: 'about', terms: 'terms' };

app.get('/page', (req, res) => {
@@  res.render(req.query.page, { user: req.user });
});

app.get('/docs/:section', (req, res) => {
@@  res.render('docs/' + req.params.section);
});

app.get('/static-page', (req, res) => {
  const view = PAGES[req.query.page];
  if (!view) return res.sendStatus(404);
@ok  res.render(view);
});

module.exports = app;
`,
  ),
  // --- (39) Svelte and Vue markup ---
  ...ts(
    "CWE-79",
    "Vue render functions and components setting innerHTML from route data vs text",
    `import { defineComponent, h } from 'vue';
import { useRoute } from 'vue-router';

export const Preview = defineComponent({
  setup() {
    const route = useRoute();
@@    return () => h('div', { innerHTML: String(route.query.body) });
  },
});

export const PreviewText = defineComponent({
  setup() {
    const route = useRoute();
@ok    return () => h('div', { textContent: String(route.query.body) });
  },
});

export const Banner = defineComponent({
  props: { msg: String },
@@  template: '<div class="banner" v-html="msg"></div>',
});

export const BannerText = defineComponent({
  props: { msg: String },
@ok  template: '<div class="banner">{{ msg }}</div>',
});
`,
  ),
];
