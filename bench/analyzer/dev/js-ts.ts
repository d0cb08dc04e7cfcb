// Dev suite "js-ts": see bench/analyzer/dev/index.ts. Cases written here, never taken from a held-out corpus.
// Line-level: a line starting with `@@` (after indentation) is the labelled line; the marker is removed and the
// case's `line` set to it. On a vulnerable case the finding must be there; on a safe case none may be there.
import type { Language } from "../../../src/analyzer/types.js";
import type { DevCase } from "./cases.js";

function mk(cwe: string, vulnerable: boolean, note: string, src: string, language: Language): DevCase {
  const lines = src.replace(/^\n/, "").split("\n");
  const at = lines.findIndex((l) => /^\s*@@/.test(l));
  if (at < 0) throw new Error(`js-ts case "${note}": no @@ line`);
  lines[at] = lines[at]!.replace("@@", "");
  return { cwe, language, vulnerable, note, code: lines.join("\n"), line: at + 1 };
}
/** Vulnerable / safe, JavaScript / TypeScript (TypeScript with JSX parses with the TSX grammar). */
export const v = (cwe: string, note: string, src: string) => mk(cwe, true, note, src, "javascript");
export const s = (cwe: string, note: string, src: string) => mk(cwe, false, note, src, "javascript");
export const vt = (cwe: string, note: string, src: string) => mk(cwe, true, note, src, "typescript");
export const st = (cwe: string, note: string, src: string) => mk(cwe, false, note, src, "typescript");

const EXPRESS = "const express = require('express');\nconst app = express();\n";
const EXPRESS_TS = "import express, { Request, Response } from 'express';\nconst app = express();\n";

export const CASES: DevCase[] = [
  // ---------------- CWE-79: XSS (server side) ----------------
  v(
    "CWE-79",
    "res.send of a template with a query param",
    `${EXPRESS}
app.get('/greet', (req, res) => {
  const name = req.query.name;
@@  res.send(\`<h1>Hello \${name}</h1>\`);
});
`,
  ),
  v(
    "CWE-79",
    "res.write of concatenated body field",
    `${EXPRESS}
app.post('/comment', function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.write('<p>' + req.body.comment + '</p>');
  res.end();
});
`,
  ),
  v(
    "CWE-79",
    "res.send of the raw param (no concatenation)",
    `${EXPRESS}
app.get('/echo/:msg', (req, res) => {
@@  res.send(req.params.msg);
});
`,
  ),
  v(
    "CWE-79",
    "destructured query into res.send",
    `${EXPRESS}
app.get('/search', (req, res) => {
  const { q } = req.query;
@@  res.status(200).send('<div>Results for ' + q + '</div>');
});
`,
  ),
  vt(
    "CWE-79",
    "TS handler with typed req, html built in a helper variable",
    `${EXPRESS_TS}
app.get('/profile', async (req: Request, res: Response) => {
  const bio = req.query.bio as string;
  const html = '<section>' + bio + '</section>';
@@  res.send(html);
});
`,
  ),
  v(
    "CWE-79",
    "res.end with header-controlled value",
    `const http = require('http');
http.createServer((req, res) => {
  const ua = req.headers['user-agent'];
@@  res.end('<html><body>' + ua + '</body></html>');
}).listen(8080);
`,
  ),
  s(
    "CWE-79",
    "escape-html on the query param",
    `${EXPRESS}const escapeHtml = require('escape-html');
app.get('/greet', (req, res) => {
@@  res.send(\`<h1>Hello \${escapeHtml(req.query.name)}</h1>\`);
});
`,
  ),
  s(
    "CWE-79",
    "res.json of request data",
    `${EXPRESS}
app.get('/api/echo', (req, res) => {
@@  res.json({ echo: req.query.msg });
});
`,
  ),
  s(
    "CWE-79",
    "res.render with a template engine that escapes",
    `${EXPRESS}
app.get('/hello', (req, res) => {
@@  res.render('hello', { name: req.query.name });
});
`,
  ),
  st(
    "CWE-79",
    "number parsed from the query",
    `${EXPRESS_TS}
app.get('/page', (req: Request, res: Response) => {
  const n = parseInt(req.query.page as string, 10);
@@  res.send('<p>Page ' + n + '</p>');
});
`,
  ),
  s(
    "CWE-79",
    "plain text content type",
    `${EXPRESS}
app.get('/t', (req, res) => {
  res.type('text/plain');
@@  res.send('You said: ' + String(Number(req.query.n)));
});
`,
  ),
  // ---------------- CWE-79: DOM XSS ----------------
  v(
    "CWE-79",
    "innerHTML from location.hash",
    `const target = document.getElementById('out');
const frag = decodeURIComponent(window.location.hash.slice(1));
@@target.innerHTML = '<b>' + frag + '</b>';
`,
  ),
  v(
    "CWE-79",
    "document.write of location.search",
    `const params = new URLSearchParams(location.search);
const ref = params.get('ref');
@@document.write('<a href="' + ref + '">back</a>');
`,
  ),
  v(
    "CWE-79",
    "insertAdjacentHTML with message data",
    `window.addEventListener('message', (event) => {
  const list = document.querySelector('#list');
@@  list.insertAdjacentHTML('beforeend', '<li>' + event.data.text + '</li>');
});
`,
  ),
  v(
    "CWE-79",
    "outerHTML from a function parameter",
    `export function renderBadge(el, label) {
@@  el.outerHTML = \`<span class="badge">\${label}</span>\`;
}
`,
  ),
  v(
    "CWE-79",
    "jQuery .html() with URL data",
    `$(function () {
  const q = new URLSearchParams(window.location.search).get('q');
@@  $('#results').html('<h2>' + q + '</h2>');
});
`,
  ),
  v(
    "CWE-79",
    "jQuery append of fetched html",
    `async function load(id) {
  const r = await fetch('/api/items/' + id);
  const item = await r.json();
@@  $('#item').append('<div>' + item.description + '</div>');
}
`,
  ),
  vt(
    "CWE-79",
    "TS DOM: innerHTML with an as-cast input value",
    `const input = document.getElementById('name') as HTMLInputElement;
const preview = document.querySelector('.preview') as HTMLElement;
input.addEventListener('input', () => {
@@  preview.innerHTML = input.value;
});
`,
  ),
  s(
    "CWE-79",
    "textContent instead of innerHTML",
    `const params = new URLSearchParams(location.search);
const el = document.getElementById('msg');
@@el.textContent = params.get('msg');
`,
  ),
  s(
    "CWE-79",
    "DOMPurify before innerHTML",
    `import DOMPurify from 'dompurify';
export function show(el, html) {
@@  el.innerHTML = DOMPurify.sanitize(html);
}
`,
  ),
  s(
    "CWE-79",
    "jQuery .text() with URL data",
    `$(function () {
  const q = new URLSearchParams(window.location.search).get('q');
@@  $('#results').text(q);
});
`,
  ),
  s(
    "CWE-79",
    "innerHTML of a constant template",
    `const el = document.getElementById('spinner');
const SIZE = 32;
@@el.innerHTML = \`<div class="spin" style="width:\${SIZE}px"></div>\`;
`,
  ),
  st(
    "CWE-79",
    "insertAdjacentHTML with sanitize-html",
    `import sanitizeHtml from 'sanitize-html';
export function addRow(tbody: HTMLElement, note: string): void {
@@  tbody.insertAdjacentHTML('beforeend', '<tr><td>' + sanitizeHtml(note) + '</td></tr>');
}
`,
  ),
  // ---------------- CWE-79: React / Angular ----------------
  vt(
    "CWE-79",
    "React dangerouslySetInnerHTML with a prop",
    `import React from 'react';
type Props = { body: string };
export const Article = ({ body }: Props) => (
  <div className="article"
@@    dangerouslySetInnerHTML={{ __html: body }}
  />
);
`,
  ),
  v(
    "CWE-79",
    "React dangerouslySetInnerHTML with state from fetch",
    `import React, { useEffect, useState } from 'react';
export function Comment({ id }) {
  const [html, setHtml] = useState('');
  useEffect(() => { fetch('/c/' + id).then((r) => r.text()).then(setHtml); }, [id]);
@@  return <p dangerouslySetInnerHTML={{ __html: html }} />;
}
`,
  ),
  vt(
    "CWE-79",
    "href from a user-supplied URL prop",
    `import React from 'react';
interface LinkProps { user: { website: string; name: string } }
export function UserLink({ user }: LinkProps) {
@@  return <a href={user.website}>{user.name}</a>;
}
`,
  ),
  v(
    "CWE-79",
    "href from the query string",
    `import React from 'react';
export default function Back() {
  const next = new URLSearchParams(window.location.search).get('next');
@@  return <a href={next}>Continue</a>;
}
`,
  ),
  st(
    "CWE-79",
    "dangerouslySetInnerHTML with DOMPurify",
    `import React from 'react';
import DOMPurify from 'dompurify';
export const Post = ({ html }: { html: string }) => (
@@  <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />
);
`,
  ),
  st(
    "CWE-79",
    "dangerouslySetInnerHTML with a constant",
    `import React from 'react';
const LOGO = '<svg width="10" height="10"></svg>';
export const Logo = () => (
@@  <span dangerouslySetInnerHTML={{ __html: LOGO }} />
);
`,
  ),
  s(
    "CWE-79",
    "JSX text child (escaped by React)",
    `import React from 'react';
export function Hello({ name }) {
@@  return <h1 className="title">{name}</h1>;
}
`,
  ),
  st(
    "CWE-79",
    "href with a constant path",
    `import React from 'react';
export const Nav = ({ id }: { id: number }) => (
@@  <a href={\`/items/\${id}\`}>Item</a>
);
`,
  ),
  vt(
    "CWE-79",
    "Angular bypassSecurityTrustHtml of route data",
    `import { Component } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';
@Component({ selector: 'app-msg', template: '<div [innerHTML]="msg"></div>' })
export class MsgComponent {
  msg: SafeHtml;
  constructor(private sanitizer: DomSanitizer, route: ActivatedRoute) {
    const raw = route.snapshot.queryParamMap.get('m') ?? '';
@@    this.msg = this.sanitizer.bypassSecurityTrustHtml(raw);
  }
}
`,
  ),
  v(
    "CWE-79",
    "AngularJS $sce.trustAsHtml of $routeParams",
    `angular.module('app').controller('ViewCtrl', function ($scope, $sce, $routeParams) {
@@  $scope.content = $sce.trustAsHtml($routeParams.body);
});
`,
  ),
  vt(
    "CWE-79",
    "Angular bypassSecurityTrustUrl of an input",
    `import { Component, Input } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-link', template: '<a [href]="url">x</a>' })
export class LinkComponent {
  @Input() set target(value: string) {
@@    this.url = this.sanitizer.bypassSecurityTrustUrl(value);
  }
  url: any;
  constructor(private sanitizer: DomSanitizer) {}
}
`,
  ),
  st(
    "CWE-79",
    "Angular bypassSecurityTrustResourceUrl of a constant",
    `import { Component } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-video', template: '<iframe [src]="src"></iframe>' })
export class VideoComponent {
  src: any;
  constructor(sanitizer: DomSanitizer) {
@@    this.src = sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/abc');
  }
}
`,
  ),
  // ---------------- CWE-78: command injection ----------------
  v(
    "CWE-78",
    "exec of a template with a query param",
    `${EXPRESS}const { exec } = require('child_process');
app.get('/ping', (req, res) => {
@@  exec(\`ping -c 1 \${req.query.host}\`, (err, out) => res.send(out));
});
`,
  ),
  v(
    "CWE-78",
    "execSync via a destructured body field",
    `${EXPRESS}const cp = require('child_process');
app.post('/convert', (req, res) => {
  const { file, format } = req.body;
  const cmd = 'convert ' + file + ' out.' + format;
@@  const out = cp.execSync(cmd);
  res.send(out);
});
`,
  ),
  v(
    "CWE-78",
    "spawn with shell: true",
    `const { spawn } = require('child_process');
function runUserScript(req, res) {
@@  const child = spawn(req.body.script, { shell: true });
  child.stdout.pipe(res);
}
`,
  ),
  vt(
    "CWE-78",
    "TS import of execSync, argv",
    `import { execSync } from 'child_process';
const target: string = process.argv[2];
@@execSync('git clone ' + target, { stdio: 'inherit' });
`,
  ),
  vt(
    "CWE-78",
    "TS async exec via util.promisify",
    `import { exec } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(exec);
export async function archive(req: any, res: any) {
  const dir: string = req.params.dir;
@@  const { stdout } = await run(\`tar czf /tmp/out.tgz \${dir}\`);
  res.send(stdout);
}
`,
  ),
  v(
    "CWE-78",
    "execa command string",
    `const execa = require('execa');
module.exports = async function handler(event) {
  const q = event.queryStringParameters.q;
@@  const { stdout } = await execa.command('grep -r ' + q + ' /data');
  return { statusCode: 200, body: stdout };
};
`,
  ),
  v(
    "CWE-78",
    "shelljs exec",
    `const shell = require('shelljs');
const app = require('express')();
app.get('/ls', (req, res) => {
@@  const r = shell.exec('ls ' + req.query.dir);
  res.send(r.stdout);
});
`,
  ),
  s(
    "CWE-78",
    "execFile with an argument array",
    `${EXPRESS}const { execFile } = require('child_process');
app.get('/ping', (req, res) => {
@@  execFile('ping', ['-c', '1', req.query.host], (err, out) => res.send(out));
});
`,
  ),
  s(
    "CWE-78",
    "spawn without a shell",
    `const { spawn } = require('child_process');
function list(req, res) {
@@  const ls = spawn('ls', ['-l', req.query.dir]);
  ls.stdout.pipe(res);
}
`,
  ),
  s(
    "CWE-78",
    "exec of a constant command",
    `const { exec } = require('child_process');
const CMD = 'uptime';
@@exec(CMD, (err, stdout) => console.log(stdout));
`,
  ),
  st(
    "CWE-78",
    "regex.exec is not a shell",
    `const PATTERN = /user=(\\w+)/;
export function user(req: { url: string }): string | undefined {
@@  const m = PATTERN.exec(req.url);
  return m?.[1];
}
`,
  ),
  s(
    "CWE-78",
    "allow-listed command",
    `${EXPRESS}const { exec } = require('child_process');
const ALLOWED = new Set(['uptime', 'df -h']);
app.get('/run', (req, res) => {
  if (!ALLOWED.has(req.query.cmd)) return res.status(400).end();
@@  exec(req.query.cmd, (e, out) => res.send(out));
});
`,
  ),
  // ---------------- CWE-94/95: code injection ----------------
  v(
    "CWE-94",
    "eval of a body field",
    `${EXPRESS}
app.post('/calc', (req, res) => {
@@  const result = eval(req.body.expr);
  res.json({ result });
});
`,
  ),
  v(
    "CWE-94",
    "new Function with query text",
    `${EXPRESS}
app.get('/f', (req, res) => {
@@  const fn = new Function('x', 'return ' + req.query.body);
  res.send(String(fn(1)));
});
`,
  ),
  v(
    "CWE-94",
    "setTimeout with a string from the query",
    `${EXPRESS}
app.get('/later', (req, res) => {
@@  setTimeout('console.log(' + req.query.msg + ')', 1000);
  res.end();
});
`,
  ),
  v(
    "CWE-94",
    "vm.runInNewContext of request code",
    `const vm = require('vm');
${EXPRESS}
app.post('/sandbox', (req, res) => {
  const code = req.body.code;
@@  const out = vm.runInNewContext(code, { console });
  res.json(out);
});
`,
  ),
  vt(
    "CWE-94",
    "vm2 VM.run of request code",
    `import { VM } from 'vm2';
${EXPRESS_TS}
app.post('/run', (req: Request, res: Response) => {
  const vm = new VM({ timeout: 1000 });
@@  res.json(vm.run(req.body.src));
});
`,
  ),
  v(
    "CWE-94",
    "new vm.Script from request",
    `const vm = require('vm');
module.exports = (req, res) => {
@@  const script = new vm.Script(req.query.js);
  res.send(String(script.runInThisContext()));
};
`,
  ),
  v(
    "CWE-95",
    "eval of JSON text from the body",
    `${EXPRESS}
app.post('/import', (req, res) => {
  const text = req.body.payload;
@@  const data = eval('(' + text + ')');
  res.json(data);
});
`,
  ),
  s(
    "CWE-95",
    "JSON.parse instead of eval",
    `${EXPRESS}
app.post('/import', (req, res) => {
@@  const data = JSON.parse(req.body.payload);
  res.json(data);
});
`,
  ),
  s(
    "CWE-94",
    "setTimeout with a function",
    `${EXPRESS}
app.get('/later', (req, res) => {
@@  setTimeout(() => console.log(req.query.msg), 1000);
  res.end();
});
`,
  ),
  s(
    "CWE-94",
    "vm.runInNewContext of a constant script",
    `const vm = require('vm');
const ctx = { a: 1, b: 2 };
@@const r = vm.runInNewContext('a + b', ctx);
console.log(r);
`,
  ),
  st(
    "CWE-94",
    "a method named eval on a math parser",
    `import { create, all } from 'mathjs';
const math = create(all);
export function calc(expr: string): number {
@@  return math.evaluate(expr.replace(/[^0-9+*\\/() -]/g, ''));
}
`,
  ),
  // ---------------- CWE-1336/94: template injection ----------------
  v(
    "CWE-94",
    "ejs.render of a template from the body",
    `const ejs = require('ejs');
${EXPRESS}
app.post('/preview', (req, res) => {
@@  const html = ejs.render(req.body.template, { user: 'x' });
  res.send(html);
});
`,
  ),
  v(
    "CWE-94",
    "pug.compile of query text",
    `const pug = require('pug');
${EXPRESS}
app.get('/p', (req, res) => {
@@  const fn = pug.compile(req.query.tpl);
  res.send(fn({}));
});
`,
  ),
  vt(
    "CWE-94",
    "Handlebars.compile of request data",
    `import Handlebars from 'handlebars';
${EXPRESS_TS}
app.post('/mail', (req: Request, res: Response) => {
  const { layout } = req.body;
@@  const tpl = Handlebars.compile(layout);
  res.send(tpl({ name: 'x' }));
});
`,
  ),
  v(
    "CWE-94",
    "lodash _.template of a query param",
    `const _ = require('lodash');
${EXPRESS}
app.get('/t', (req, res) => {
@@  const compiled = _.template('Hello ' + req.query.who);
  res.send(compiled({}));
});
`,
  ),
  s(
    "CWE-94",
    "ejs.renderFile with data only",
    `const ejs = require('ejs');
${EXPRESS}
app.get('/p', (req, res) => {
@@  ejs.renderFile('views/page.ejs', { q: req.query.q }, (err, html) => res.send(html));
});
`,
  ),
  st(
    "CWE-94",
    "Handlebars.compile of a constant template",
    `import Handlebars from 'handlebars';
const TPL = '<p>Hello {{name}}</p>';
export function greet(name: string): string {
@@  return Handlebars.compile(TPL)({ name });
}
`,
  ),
  // ---------------- CWE-89: SQL injection ----------------
  v(
    "CWE-89",
    "mysql query with concatenated param",
    `const mysql = require('mysql');
const connection = mysql.createConnection({ host: 'db' });
${EXPRESS}
app.get('/user', (req, res) => {
@@  connection.query('SELECT * FROM users WHERE id = ' + req.query.id, (err, rows) => res.json(rows));
});
`,
  ),
  v(
    "CWE-89",
    "pg query with template literal in async handler",
    `const { Pool } = require('pg');
const pool = new Pool();
${EXPRESS}
app.get('/orders', async (req, res) => {
  const status = req.query.status;
  const sql = \`SELECT * FROM orders WHERE status = '\${status}'\`;
@@  const { rows } = await pool.query(sql);
  res.json(rows);
});
`,
  ),
  vt(
    "CWE-89",
    "TS sequelize.query with interpolation",
    `import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
export async function find(req: { params: { name: string } }) {
  const name = req.params.name;
@@  return sequelize.query(\`SELECT * FROM users WHERE name = '\${name}'\`, { type: QueryTypes.SELECT });
}
`,
  ),
  v(
    "CWE-89",
    "knex.raw with concatenation",
    `const knex = require('knex')({ client: 'pg' });
${EXPRESS}
app.get('/items', async (req, res) => {
@@  const rows = await knex.raw('SELECT * FROM items ORDER BY ' + req.query.sort);
  res.json(rows);
});
`,
  ),
  vt(
    "CWE-89",
    "typeorm query with interpolation in a class method",
    `import { DataSource } from 'typeorm';
export class UserRepo {
  constructor(private ds: DataSource) {}
  async byEmail(email: string) {
@@    return this.ds.query(\`SELECT * FROM "user" WHERE email = '\${email}'\`);
  }
}
`,
  ),
  v(
    "CWE-89",
    "mysql2 execute with SQL built over several lines",
    `const mysql = require('mysql2/promise');
async function search(req, res) {
  const db = await mysql.createConnection({ host: 'localhost' });
  let sql = 'SELECT id, title FROM posts';
  sql += " WHERE title LIKE '%" + req.query.term + "%'";
@@  const [rows] = await db.execute(sql);
  res.json(rows);
}
`,
  ),
  v(
    "CWE-89",
    "sqlite3 db.all with a route param",
    `const sqlite3 = require('sqlite3');
const db = new sqlite3.Database('app.db');
${EXPRESS}
app.get('/notes/:id', (req, res) => {
@@  db.all(\`SELECT * FROM notes WHERE id = \${req.params.id}\`, (e, rows) => res.json(rows));
});
`,
  ),
  vt(
    "CWE-89",
    "prisma $queryRawUnsafe",
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function handler(req: any, res: any) {
@@  const users = await prisma.$queryRawUnsafe('SELECT * FROM User WHERE name = "' + req.query.name + '"');
  res.json(users);
}
`,
  ),
  s(
    "CWE-89",
    "mysql placeholder",
    `const mysql = require('mysql');
const connection = mysql.createConnection({ host: 'db' });
${EXPRESS}
app.get('/user', (req, res) => {
@@  connection.query('SELECT * FROM users WHERE id = ?', [req.query.id], (err, rows) => res.json(rows));
});
`,
  ),
  s(
    "CWE-89",
    "pg parameterised",
    `const { Pool } = require('pg');
const pool = new Pool();
async function byStatus(req, res) {
@@  const { rows } = await pool.query('SELECT * FROM orders WHERE status = $1', [req.query.status]);
  res.json(rows);
}
`,
  ),
  st(
    "CWE-89",
    "sequelize replacements",
    `import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
export async function find(name: string) {
@@  return sequelize.query('SELECT * FROM users WHERE name = :name', { replacements: { name } });
}
`,
  ),
  s(
    "CWE-89",
    "knex query builder",
    `const knex = require('knex')({ client: 'pg' });
async function items(req, res) {
@@  const rows = await knex('items').where({ owner: req.query.owner }).select('*');
  res.json(rows);
}
`,
  ),
  s(
    "CWE-89",
    "SQL built from a constant table name only",
    `const { Pool } = require('pg');
const pool = new Pool();
const TABLE = 'audit_log';
async function recent() {
@@  return pool.query(\`SELECT * FROM \${TABLE} ORDER BY ts DESC LIMIT 10\`);
}
`,
  ),
  st(
    "CWE-89",
    "integer-coerced id in SQL text",
    `import { Pool } from 'pg';
const pool = new Pool();
export async function get(req: { query: { id: string } }) {
  const id = Number(req.query.id);
@@  return pool.query('SELECT * FROM t WHERE id = ' + id);
}
`,
  ),
  // ---------------- CWE-943: NoSQL injection ----------------
  v(
    "CWE-943",
    "mongoose find with the whole body as query",
    `const User = require('./models/user');
${EXPRESS}
app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});
`,
  ),
  v(
    "CWE-943",
    "mongodb $where with a query param",
    `const { MongoClient } = require('mongodb');
async function search(req, res) {
  const db = (await MongoClient.connect('mongodb://localhost')).db('app');
@@  const docs = await db.collection('posts').find({ $where: "this.author == '" + req.query.author + "'" }).toArray();
  res.json(docs);
}
`,
  ),
  v(
    "CWE-943",
    "collection.find of req.query",
    `${EXPRESS}
app.get('/products', async (req, res) => {
  const products = req.app.locals.db.collection('products');
@@  const list = await products.find(req.query).toArray();
  res.json(list);
});
`,
  ),
  s(
    "CWE-943",
    "mongoose find with a String() cast",
    `const User = require('./models/user');
${EXPRESS}
app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ username: String(req.body.username) });
  res.json({ ok: !!user });
});
`,
  ),
  s(
    "CWE-943",
    "mongo-sanitize before the query",
    `const sanitize = require('mongo-sanitize');
const User = require('./models/user');
async function find(req, res) {
  const name = sanitize(req.body.name);
@@  res.json(await User.find({ name }));
}
`,
  ),
  // ---------------- CWE-22: path traversal ----------------
  v(
    "CWE-22",
    "res.sendFile with path.join of a param",
    `const path = require('path');
${EXPRESS}
app.get('/files/:name', (req, res) => {
@@  res.sendFile(path.join(__dirname, 'uploads', req.params.name));
});
`,
  ),
  v(
    "CWE-22",
    "fs.readFile of a query param",
    `const fs = require('fs');
${EXPRESS}
app.get('/read', (req, res) => {
  const file = req.query.file;
@@  fs.readFile('/var/data/' + file, 'utf8', (err, data) => res.send(data));
});
`,
  ),
  vt(
    "CWE-22",
    "fs/promises readFile with path.resolve in TS",
    `import { readFile } from 'fs/promises';
import path from 'path';
${EXPRESS_TS}
app.get('/doc', async (req: Request, res: Response) => {
  const p = path.resolve('./docs', req.query.name as string);
@@  res.send(await readFile(p, 'utf8'));
});
`,
  ),
  v(
    "CWE-22",
    "createReadStream piped to the response",
    `const fs = require('fs');
const http = require('http');
const url = require('url');
http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
@@  fs.createReadStream('static/' + q.f).pipe(res);
}).listen(3000);
`,
  ),
  v(
    "CWE-22",
    "res.download of a body field",
    `${EXPRESS}
app.post('/export', (req, res) => {
@@  res.download('/srv/exports/' + req.body.report);
});
`,
  ),
  v(
    "CWE-22",
    "fs.unlinkSync of a param",
    `const fs = require('fs');
${EXPRESS}
app.delete('/avatar/:file', (req, res) => {
@@  fs.unlinkSync(\`./public/avatars/\${req.params.file}\`);
  res.sendStatus(204);
});
`,
  ),
  vt(
    "CWE-22",
    "fs.writeFileSync with a filename from the body",
    `import * as fs from 'fs';
${EXPRESS_TS}
app.post('/save', (req: Request, res: Response) => {
  const { filename, content } = req.body;
@@  fs.writeFileSync('/tmp/notes/' + filename, content);
  res.end();
});
`,
  ),
  s(
    "CWE-22",
    "path.basename before join",
    `const path = require('path');
${EXPRESS}
app.get('/files/:name', (req, res) => {
  const safe = path.basename(req.params.name);
@@  res.sendFile(path.join(__dirname, 'uploads', safe));
});
`,
  ),
  s(
    "CWE-22",
    "sendFile with root option",
    `${EXPRESS}
app.get('/files/:name', (req, res) => {
@@  res.sendFile(req.params.name, { root: '/srv/public' });
});
`,
  ),
  st(
    "CWE-22",
    "resolved path checked with startsWith",
    `import fs from 'fs';
import path from 'path';
const ROOT = path.resolve('/srv/files');
export function read(req: { query: { f: string } }): string {
  const p = path.resolve(ROOT, req.query.f);
  if (!p.startsWith(ROOT + path.sep)) throw new Error('bad path');
@@  return fs.readFileSync(p, 'utf8');
}
`,
  ),
  s(
    "CWE-22",
    "constant file path",
    `const fs = require('fs');
const path = require('path');
@@const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
module.exports = cfg;
`,
  ),
  // ---------------- CWE-601: open redirect ----------------
  v(
    "CWE-601",
    "res.redirect to a query param",
    `${EXPRESS}
app.get('/login/done', (req, res) => {
@@  res.redirect(req.query.returnTo);
});
`,
  ),
  v(
    "CWE-601",
    "redirect with a status code and body field",
    `${EXPRESS}
app.post('/go', (req, res) => {
  const target = req.body.url;
@@  res.redirect(302, target);
});
`,
  ),
  vt(
    "CWE-601",
    "Location header set from the query",
    `${EXPRESS_TS}
app.get('/out', (req: Request, res: Response) => {
@@  res.setHeader('Location', req.query.to as string);
  res.status(302).end();
});
`,
  ),
  v(
    "CWE-601",
    "window.location assigned from the URL",
    `const params = new URLSearchParams(window.location.search);
const dest = params.get('redirect');
@@window.location.href = dest;
`,
  ),
  v(
    "CWE-601",
    "koa ctx.redirect",
    `const Koa = require('koa');
const app = new Koa();
app.use(async (ctx) => {
@@  ctx.redirect(ctx.query.next);
});
`,
  ),
  s(
    "CWE-601",
    "redirect to a constant path",
    `${EXPRESS}
app.get('/logout', (req, res) => {
  req.session.destroy(() => {});
@@  res.redirect('/login?bye=' + encodeURIComponent(req.query.user));
});
`,
  ),
  s(
    "CWE-601",
    "allow-listed redirect target",
    `${EXPRESS}
const ALLOWED = ['/home', '/account'];
app.get('/go', (req, res) => {
  const to = req.query.to;
  if (!ALLOWED.includes(to)) return res.redirect('/');
@@  res.redirect(to);
});
`,
  ),
  st(
    "CWE-601",
    "same-origin check before redirect",
    `${EXPRESS_TS}
app.get('/next', (req: Request, res: Response) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/') || next.startsWith('//')) return res.redirect('/');
@@  res.redirect(next);
});
`,
  ),
  // ---------------- CWE-918: SSRF ----------------
  v(
    "CWE-918",
    "axios.get of a query URL",
    `const axios = require('axios');
${EXPRESS}
app.get('/proxy', async (req, res) => {
@@  const r = await axios.get(req.query.url);
  res.send(r.data);
});
`,
  ),
  vt(
    "CWE-918",
    "fetch of a URL built with a user host",
    `${EXPRESS_TS}
app.get('/avatar', async (req: Request, res: Response) => {
  const host = req.query.host as string;
@@  const r = await fetch(\`https://\${host}/avatar.png\`);
  res.send(Buffer.from(await r.arrayBuffer()));
});
`,
  ),
  v(
    "CWE-918",
    "got with a body URL",
    `const got = require('got');
module.exports.hook = async (req, res) => {
  const { callback } = req.body;
@@  await got.post(callback, { json: { ok: true } });
  res.end();
};
`,
  ),
  v(
    "CWE-918",
    "http.get of a param",
    `const http = require('http');
${EXPRESS}
app.get('/check', (req, res) => {
@@  http.get('http://' + req.query.target + '/health', (r) => res.sendStatus(r.statusCode));
});
`,
  ),
  v(
    "CWE-918",
    "request() legacy library",
    `const request = require('request');
${EXPRESS}
app.get('/img', (req, res) => {
@@  request(req.query.src).pipe(res);
});
`,
  ),
  v(
    "CWE-918",
    "puppeteer goto of a query URL",
    `const puppeteer = require('puppeteer');
${EXPRESS}
app.get('/shot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.goto(req.query.url);
  res.type('png').send(await page.screenshot());
});
`,
  ),
  vt(
    "CWE-918",
    "puppeteer setContent with body HTML",
    `import puppeteer from 'puppeteer';
${EXPRESS_TS}
app.post('/pdf', async (req: Request, res: Response) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
@@  await page.setContent(req.body.html);
  res.send(await page.pdf());
});
`,
  ),
  vt(
    "CWE-918",
    "playwright goto in a class",
    `import { chromium, Page } from 'playwright';
export class Renderer {
  private page!: Page;
  async init() { this.page = await (await chromium.launch()).newPage(); }
  async render(req: { query: { target: string } }) {
    const target = req.query.target;
@@    await this.page.goto(target, { waitUntil: 'networkidle' });
    return this.page.content();
  }
}
`,
  ),
  s(
    "CWE-918",
    "axios to a constant API with a query param",
    `const axios = require('axios');
${EXPRESS}
app.get('/weather', async (req, res) => {
@@  const r = await axios.get('https://api.weather.example/v1', { params: { city: req.query.city } });
  res.json(r.data);
});
`,
  ),
  s(
    "CWE-918",
    "fetch with the user value only in the path, encoded",
    `${EXPRESS}
app.get('/user/:id', async (req, res) => {
@@  const r = await fetch('https://api.example.com/users/' + encodeURIComponent(req.params.id));
  res.json(await r.json());
});
`,
  ),
  st(
    "CWE-918",
    "host allow-list before fetch",
    `const ALLOWED_HOSTS = new Set(['images.example.com']);
export async function proxy(req: { query: { u: string } }) {
  const u = new URL(req.query.u);
  if (!ALLOWED_HOSTS.has(u.hostname)) throw new Error('host not allowed');
@@  return fetch(u.toString());
}
`,
  ),
  s(
    "CWE-918",
    "puppeteer goto of a constant URL",
    `const puppeteer = require('puppeteer');
async function snap() {
  const page = await (await puppeteer.launch()).newPage();
@@  await page.goto('https://status.example.com');
  return page.screenshot();
}
`,
  ),
  // ---------------- CWE-798: hard-coded secrets ----------------
  v(
    "CWE-798",
    "express-session secret literal",
    `const session = require('express-session');
${EXPRESS}
app.use(session({
@@  secret: 'keyboard cat 1234',
  resave: false,
  saveUninitialized: true,
}));
`,
  ),
  v(
    "CWE-798",
    "jwt.sign with a literal key",
    `const jwt = require('jsonwebtoken');
function issue(user) {
@@  return jwt.sign({ sub: user.id }, 'my-super-secret', { expiresIn: '1h' });
}
`,
  ),
  vt(
    "CWE-798",
    "jwt.verify with a literal key via a const",
    `import jwt from 'jsonwebtoken';
const JWT_KEY = 'Sup3rS3cretSigningKey';
export function check(token: string) {
@@  return jwt.verify(token, JWT_KEY);
}
`,
  ),
  v(
    "CWE-798",
    "passport strategy clientSecret",
    `const GoogleStrategy = require('passport-google-oauth20').Strategy;
passport.use(new GoogleStrategy({
  clientID: '12345.apps.googleusercontent.com',
@@  clientSecret: 'GOCSPX-abcdEFGHijkl',
  callbackURL: '/auth/cb',
}, (at, rt, profile, done) => done(null, profile)));
`,
  ),
  v(
    "CWE-798",
    "createHmac with a literal key",
    `const crypto = require('crypto');
function sign(body) {
@@  return crypto.createHmac('sha256', 'webhook-signing-key').update(body).digest('hex');
}
`,
  ),
  vt(
    "CWE-798",
    "AWS credentials in the SDK config",
    `import AWS from 'aws-sdk';
AWS.config.update({
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
@@  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
});
`,
  ),
  v(
    "CWE-798",
    "passport-jwt secretOrKey",
    `const { Strategy, ExtractJwt } = require('passport-jwt');
const opts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
@@  secretOrKey: 'jwt_secret_value',
};
passport.use(new Strategy(opts, (payload, done) => done(null, payload)));
`,
  ),
  v(
    "CWE-798",
    "cookie-parser with a literal secret",
    `const cookieParser = require('cookie-parser');
${EXPRESS}
@@app.use(cookieParser('s3cr3t-cookie-signing'));
`,
  ),
  s(
    "CWE-798",
    "session secret from the environment",
    `const session = require('express-session');
${EXPRESS}
app.use(session({
@@  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
}));
`,
  ),
  st(
    "CWE-798",
    "jwt.sign with a key from config",
    `import jwt from 'jsonwebtoken';
import { config } from './config';
export function issue(id: string): string {
@@  return jwt.sign({ sub: id }, config.jwtSecret, { expiresIn: '15m' });
}
`,
  ),
  s(
    "CWE-798",
    "createHmac with an env key",
    `const crypto = require('crypto');
const KEY = process.env.WEBHOOK_KEY;
function sign(body) {
@@  return crypto.createHmac('sha256', KEY).update(body).digest('hex');
}
`,
  ),
  s(
    "CWE-798",
    "password field label, not a password",
    `const form = {
  username: '#user',
@@  passwordSelector: 'input[type=password]',
};
module.exports = form;
`,
  ),
  // ---------------- CWE-347: JWT ----------------
  v(
    "CWE-347",
    "jwt.verify allowing the none algorithm",
    `const jwt = require('jsonwebtoken');
function auth(req, res, next) {
@@  req.user = jwt.verify(req.headers.authorization, process.env.KEY, { algorithms: ['none', 'HS256'] });
  next();
}
`,
  ),
  v(
    "CWE-347",
    "jwt.decode used for authorisation",
    `const jwt = require('jsonwebtoken');
${EXPRESS}
app.get('/admin', (req, res) => {
@@  const claims = jwt.decode(req.cookies.token);
  if (claims && claims.role === 'admin') return res.send('welcome');
  res.sendStatus(403);
});
`,
  ),
  vt(
    "CWE-347",
    "jose-style decode without verify in middleware",
    `import jwt from 'jsonwebtoken';
export function requireUser(req: any, res: any, next: () => void) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
@@  const payload = jwt.decode(token) as { sub: string } | null;
  if (!payload) return res.status(401).end();
  req.userId = payload.sub;
  next();
}
`,
  ),
  s(
    "CWE-347",
    "jwt.verify with a fixed algorithm list",
    `const jwt = require('jsonwebtoken');
function auth(req, res, next) {
@@  req.user = jwt.verify(req.headers.authorization, process.env.KEY, { algorithms: ['HS256'] });
  next();
}
`,
  ),
  // ---------------- CWE-327 / 328 / 916: weak crypto and hashing ----------------
  v(
    "CWE-327",
    "crypto.createCipher (no IV)",
    `const crypto = require('crypto');
function encrypt(text, password) {
@@  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}
`,
  ),
  v(
    "CWE-327",
    "DES cipher",
    `const crypto = require('crypto');
function enc(key, iv, data) {
@@  const c = crypto.createCipheriv('des-cbc', key, iv);
  return Buffer.concat([c.update(data), c.final()]);
}
`,
  ),
  vt(
    "CWE-327",
    "RC4 cipher in TS",
    `import { createCipheriv } from 'crypto';
export function enc(key: Buffer, data: string): Buffer {
@@  const c = createCipheriv('rc4', key, null);
  return Buffer.concat([c.update(data), c.final()]);
}
`,
  ),
  v(
    "CWE-327",
    "AES in ECB mode",
    `const crypto = require('crypto');
function enc(key, data) {
@@  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return c.update(data, 'utf8', 'base64') + c.final('base64');
}
`,
  ),
  v(
    "CWE-328",
    "md5 of a password",
    `const crypto = require('crypto');
async function register(db, username, password) {
@@  const hash = crypto.createHash('md5').update(password).digest('hex');
  await db.insert({ username, hash });
}
`,
  ),
  vt(
    "CWE-328",
    "sha1 for a password in TS",
    `import { createHash } from 'crypto';
export function hashPassword(pw: string): string {
@@  return createHash('sha1').update(pw).digest('hex');
}
`,
  ),
  s(
    "CWE-327",
    "AES-256-GCM with a random IV",
    `const crypto = require('crypto');
function enc(key, data) {
  const iv = crypto.randomBytes(12);
@@  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}
`,
  ),
  s(
    "CWE-328",
    "sha256 checksum of a file",
    `const crypto = require('crypto');
const fs = require('fs');
function checksum(file) {
@@  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
`,
  ),
  st(
    "CWE-328",
    "bcrypt for passwords",
    `import bcrypt from 'bcrypt';
export async function hashPassword(pw: string): Promise<string> {
@@  return bcrypt.hash(pw, 12);
}
`,
  ),
  // ---------------- CWE-338: weak randomness ----------------
  v(
    "CWE-338",
    "Math.random for a reset token",
    `function createResetToken() {
@@  const token = Math.random().toString(36).substring(2);
  return token;
}
`,
  ),
  vt(
    "CWE-338",
    "Math.random for a session id",
    `export function newSessionId(): string {
  let id = '';
@@  for (let i = 0; i < 32; i++) id += Math.floor(Math.random() * 16).toString(16);
  return id;
}
`,
  ),
  v(
    "CWE-338",
    "Math.random password generator",
    `function generatePassword(len) {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let pw = '';
@@  for (let i = 0; i < len; i++) pw += chars[Math.floor(Math.random() * chars.length)];
  return pw;
}
`,
  ),
  s(
    "CWE-338",
    "Math.random for animation jitter",
    `function jitter(el) {
@@  el.style.left = Math.random() * 10 + 'px';
}
`,
  ),
  s(
    "CWE-338",
    "crypto.randomBytes for a token",
    `const crypto = require('crypto');
function createResetToken() {
@@  return crypto.randomBytes(32).toString('hex');
}
`,
  ),
  // ---------------- CWE-295: TLS ----------------
  v(
    "CWE-295",
    "https.Agent with rejectUnauthorized false",
    `const https = require('https');
@@const agent = new https.Agent({ rejectUnauthorized: false });
module.exports = agent;
`,
  ),
  v(
    "CWE-295",
    "NODE_TLS_REJECT_UNAUTHORIZED set to 0",
    `require('dotenv').config();
@@process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const axios = require('axios');
`,
  ),
  vt(
    "CWE-295",
    "tls.connect with rejectUnauthorized false",
    `import tls from 'tls';
export function connect(host: string) {
@@  return tls.connect({ host, port: 443, rejectUnauthorized: false });
}
`,
  ),
  s(
    "CWE-295",
    "rejectUnauthorized true",
    `const https = require('https');
@@const agent = new https.Agent({ rejectUnauthorized: true, ca: process.env.CA });
module.exports = agent;
`,
  ),
  // ---------------- CWE-611: XXE ----------------
  v(
    "CWE-611",
    "libxmljs parseXml with noent",
    `const libxmljs = require('libxmljs');
${EXPRESS}
app.post('/xml', (req, res) => {
@@  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.send(doc.root().text());
});
`,
  ),
  vt(
    "CWE-611",
    "libxmljs parseXmlString with noent in TS",
    `import libxmljs from 'libxmljs2';
export function parse(xml: string) {
@@  return libxmljs.parseXmlString(xml, { noent: true, nocdata: true });
}
`,
  ),
  s(
    "CWE-611",
    "libxmljs parseXml without noent",
    `const libxmljs = require('libxmljs');
function parse(xml) {
@@  return libxmljs.parseXml(xml, { noblanks: true });
}
`,
  ),
  // ---------------- CWE-1321: prototype pollution ----------------
  v(
    "CWE-1321",
    "nested assignment with keys from the body",
    `${EXPRESS}
const settings = {};
app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
@@  settings[section][key] = value;
  res.end();
});
`,
  ),
  v(
    "CWE-1321",
    "recursive merge without a __proto__ check",
    `function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
@@      target[key] = source[key];
    }
  }
  return target;
}
`,
  ),
  vt(
    "CWE-1321",
    "path-based setter from a query",
    `export function setPath(obj: any, path: string, value: unknown) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) cur = cur[parts[i]] ??= {};
@@  cur[parts[parts.length - 1]] = value;
}
`,
  ),
  v(
    "CWE-1321",
    "lodash merge of the request body",
    `const _ = require('lodash');
${EXPRESS}
app.post('/prefs', (req, res) => {
@@  const prefs = _.merge({}, defaults, req.body);
  res.json(prefs);
});
`,
  ),
  s(
    "CWE-1321",
    "merge that skips __proto__ and constructor",
    `function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
@@    target[key] = source[key];
  }
  return target;
}
`,
  ),
  s(
    "CWE-1321",
    "Map instead of a plain object",
    `const store = new Map();
function put(req) {
@@  store.set(req.body.key, req.body.value);
}
`,
  ),
  // ---------------- CWE-1333: ReDoS / regex injection ----------------
  v(
    "CWE-1333",
    "new RegExp of a query param",
    `${EXPRESS}
app.get('/filter', (req, res) => {
@@  const re = new RegExp(req.query.pattern);
  res.json(items.filter((i) => re.test(i.name)));
});
`,
  ),
  vt(
    "CWE-1333",
    "RegExp from a destructured body field",
    `${EXPRESS_TS}
app.post('/match', (req: Request, res: Response) => {
  const { term } = req.body;
@@  const rx = new RegExp('^' + term + '$', 'i');
  res.json({ ok: rx.test('x') });
});
`,
  ),
  v(
    "CWE-1333",
    "catastrophic literal pattern",
    `function isValidEmail(s) {
@@  return /^([a-zA-Z0-9]+)*@example\\.com$/.test(s);
}
`,
  ),
  s(
    "CWE-1333",
    "escaped term in RegExp",
    `const escapeRegExp = require('lodash/escapeRegExp');
${EXPRESS}
app.get('/filter', (req, res) => {
@@  const re = new RegExp(escapeRegExp(req.query.q), 'i');
  res.json(items.filter((i) => re.test(i.name)));
});
`,
  ),
  s(
    "CWE-1333",
    "constant RegExp",
    `const DATE = new RegExp('^\\\\d{4}-\\\\d{2}-\\\\d{2}$');
function isDate(s) {
@@  return DATE.test(s);
}
`,
  ),
  // ---------------- CWE-502: deserialisation ----------------
  v(
    "CWE-502",
    "node-serialize unserialize of a cookie",
    `const serialize = require('node-serialize');
${EXPRESS}
app.get('/', (req, res) => {
@@  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  res.send('Hi ' + profile.username);
});
`,
  ),
  vt(
    "CWE-502",
    "js-yaml load of the body (pre-4 API)",
    `import yaml from 'js-yaml';
export function parseConfig(req: { body: string }) {
@@  return yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
}
`,
  ),
  s(
    "CWE-502",
    "JSON.parse of a cookie",
    `${EXPRESS}
app.get('/', (req, res) => {
@@  const profile = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());
  res.send('Hi');
});
`,
  ),
  // ---------------- CWE-345: postMessage ----------------
  v(
    "CWE-345",
    "message listener without an origin check",
    `window.addEventListener('message', function (e) {
  const data = JSON.parse(e.data);
@@  document.getElementById('status').innerText = data.status;
  localStorage.setItem('token', data.token);
});
`,
  ),
  v(
    "CWE-345",
    "postMessage to any origin with a token",
    `function sendToken(frame, token) {
@@  frame.contentWindow.postMessage({ token }, '*');
}
`,
  ),
  s(
    "CWE-345",
    "postMessage to a fixed origin",
    `function sendToken(frame, token) {
@@  frame.contentWindow.postMessage({ token }, 'https://app.example.com');
}
`,
  ),
  // ---------------- CWE-614 / 1004: cookies, sessions ----------------
  v(
    "CWE-614",
    "session cookie without secure",
    `const session = require('express-session');
${EXPRESS}
app.use(session({
  secret: process.env.SECRET,
@@  cookie: { secure: false, httpOnly: true },
}));
`,
  ),
  v(
    "CWE-1004",
    "res.cookie with httpOnly false",
    `${EXPRESS}
app.post('/login', (req, res) => {
@@  res.cookie('sid', createSession(req.body.user), { httpOnly: false, secure: true });
  res.end();
});
`,
  ),
  s(
    "CWE-614",
    "res.cookie with secure and httpOnly",
    `${EXPRESS}
app.post('/login', (req, res) => {
@@  res.cookie('sid', createSession(req.body.user), { httpOnly: true, secure: true, sameSite: 'strict' });
  res.end();
});
`,
  ),
  // ---------------- CWE-942: CORS ----------------
  v(
    "CWE-942",
    "cors with origin reflecting any request",
    `const cors = require('cors');
${EXPRESS}
@@app.use(cors({ origin: true, credentials: true }));
`,
  ),
  v(
    "CWE-942",
    "Access-Control-Allow-Origin from the request header",
    `${EXPRESS}
app.use((req, res, next) => {
@@  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
`,
  ),
  s(
    "CWE-942",
    "cors with a fixed origin",
    `const cors = require('cors');
${EXPRESS}
@@app.use(cors({ origin: 'https://app.example.com', credentials: true }));
`,
  ),
  // ---------------- CWE-693 / CWE-400: helmet, body limits ----------------
  v(
    "CWE-693",
    "helmet with CSP switched off",
    `const helmet = require('helmet');
${EXPRESS}
@@app.use(helmet({ contentSecurityPolicy: false }));
`,
  ),
  v(
    "CWE-400",
    "body-parser with a huge limit",
    `const bodyParser = require('body-parser');
${EXPRESS}
@@app.use(bodyParser.json({ limit: '500mb' }));
`,
  ),
  s(
    "CWE-400",
    "body-parser with a small limit",
    `const bodyParser = require('body-parser');
${EXPRESS}
@@app.use(bodyParser.json({ limit: '100kb' }));
`,
  ),
  // ---------------- CWE-770: Buffer ----------------
  v(
    "CWE-770",
    "new Buffer of a request number",
    `${EXPRESS}
app.get('/buf', (req, res) => {
@@  const b = new Buffer(req.query.size);
  res.send(b);
});
`,
  ),
  s(
    "CWE-770",
    "Buffer.from of a string",
    `${EXPRESS}
app.get('/buf', (req, res) => {
@@  const b = Buffer.from(String(req.query.text), 'utf8');
  res.send(b.toString('base64'));
});
`,
  ),
  // ---------------- more data-flow variety ----------------
  vt(
    "CWE-78",
    "class member stores request data, method runs it",
    `import { exec } from 'child_process';
export class Job {
  private cmd: string;
  constructor(req: { body: { cmd: string } }) {
    this.cmd = req.body.cmd;
  }
  run() {
@@    exec(this.cmd);
  }
}
`,
  ),
  v(
    "CWE-89",
    "router.get with named function handler",
    `const router = require('express').Router();
const db = require('../db');
async function show(req, res) {
  const id = req.params.id;
@@  const rows = await db.query("SELECT * FROM users WHERE id = '" + id + "'");
  res.json(rows);
}
router.get('/:id', show);
`,
  ),
  v(
    "CWE-79",
    "object property carries the query into res.send",
    `${EXPRESS}
app.get('/card', (req, res) => {
  const view = { title: req.query.title, color: 'blue' };
@@  res.send('<h1 style="color:' + view.color + '">' + view.title + '</h1>');
});
`,
  ),
  s(
    "CWE-79",
    "object property read at a constant key other than the tainted one",
    `${EXPRESS}
app.get('/card', (req, res) => {
  const view = { title: req.query.title, color: 'blue' };
@@  res.send('<h1 style="color:' + view.color + '">card</h1>');
});
`,
  ),
  vt(
    "CWE-22",
    "NestJS controller param into readFileSync",
    `import { Controller, Get, Param } from '@nestjs/common';
import { readFileSync } from 'fs';
@Controller('files')
export class FilesController {
  @Get(':name')
  get(@Param('name') name: string) {
@@    return readFileSync('/data/' + name, 'utf8');
  }
}
`,
  ),
  vt(
    "CWE-89",
    "NestJS query param into raw SQL",
    `import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
@Controller('users')
export class UsersController {
  constructor(private readonly ds: DataSource) {}
  @Get()
  find(@Query('name') name: string) {
@@    return this.ds.query("SELECT * FROM users WHERE name = '" + name + "'");
  }
}
`,
  ),
  v(
    "CWE-78",
    "tainted value passed through an async helper",
    `const { exec } = require('child_process');
${EXPRESS}
const lookup = async (host) => host.trim();
app.get('/dig', async (req, res) => {
  const h = await lookup(req.query.host);
@@  exec('dig ' + h, (e, out) => res.send(out));
});
`,
  ),
  v(
    "CWE-79",
    "fastify reply.send of a html string",
    `const fastify = require('fastify')();
fastify.get('/hi', async (request, reply) => {
  reply.type('text/html');
@@  reply.send('<p>' + request.query.name + '</p>');
});
`,
  ),
  v(
    "CWE-601",
    "redirect via a helper variable in a koa router",
    `const Router = require('@koa/router');
const router = new Router();
router.get('/sso', (ctx) => {
  const back = ctx.request.query.back;
@@  ctx.redirect(back);
});
`,
  ),
  s(
    "CWE-78",
    "exec of a command whose only variable is Number()-coerced",
    `const { exec } = require('child_process');
${EXPRESS}
app.get('/kill', (req, res) => {
  const pid = Number(req.query.pid);
@@  exec('kill -9 ' + pid, () => res.end());
});
`,
  ),
  s(
    "CWE-79",
    "res.send of a number from the body",
    `${EXPRESS}
app.post('/sum', (req, res) => {
  const total = req.body.items.length;
@@  res.send('<p>' + total + ' items</p>');
});
`,
  ),
  v(
    "CWE-22",
    "path.join root check missing: normalize is not a check",
    `const fs = require('fs');
const path = require('path');
${EXPRESS}
app.get('/static', (req, res) => {
  const p = path.normalize(path.join('/srv/static', req.query.p));
@@  fs.createReadStream(p).pipe(res);
});
`,
  ),
  s(
    "CWE-89",
    "SQL text from a constant map chosen by a user key",
    `const { Pool } = require('pg');
const pool = new Pool();
const ORDER = { asc: 'ASC', desc: 'DESC' };
async function list(req, res) {
  const dir = ORDER[req.query.dir] === 'DESC' ? 'DESC' : 'ASC';
@@  const { rows } = await pool.query('SELECT * FROM t ORDER BY created ' + dir);
  res.json(rows);
}
`,
  ),
  // ================= batch2: written after the first round of fixes, measured before any further fix =========
  v(
    "CWE-79",
    "batch2: Hapi handler returns html with request.query",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/hello',
  handler: (request, h) => {
@@    return h.response('<p>Hello ' + request.query.name + '</p>').type('text/html');
  },
});
`,
  ),
  v(
    "CWE-79",
    "batch2: Next.js API route writes query into html",
    `export default function handler(req, res) {
  const { title } = req.query;
  res.setHeader('Content-Type', 'text/html');
@@  res.end(\`<html><title>\${title}</title></html>\`);
}
`,
  ),
  v(
    "CWE-79",
    "batch2: innerHTML inside a forEach callback",
    `function renderList(items) {
  const ul = document.querySelector('#list');
  items.forEach((item) => {
    const li = document.createElement('li');
@@    li.innerHTML = item.label;
    ul.appendChild(li);
  });
}
`,
  ),
  s(
    "CWE-79",
    "batch2: innerText inside a callback",
    `function renderList(items) {
  const ul = document.querySelector('#list');
  items.forEach((item) => {
    const li = document.createElement('li');
@@    li.innerText = item.label;
    ul.appendChild(li);
  });
}
`,
  ),
  vt(
    "CWE-79",
    "batch2: Vue-style v-html equivalent via element.innerHTML in a TS class",
    `export class Preview {
  constructor(private root: HTMLElement) {}
  update(markdownHtml: string): void {
@@    this.root.innerHTML = markdownHtml;
  }
}
`,
  ),
  st(
    "CWE-79",
    "batch2: res.send of a JSON.stringify'd object",
    `import express from 'express';
const app = express();
app.get('/state', (req, res) => {
@@  res.type('json').send(JSON.stringify({ q: req.query.q }));
});
`,
  ),
  v(
    "CWE-78",
    "batch2: exec inside a promise wrapper with a route param",
    `const express = require('express');
const { exec } = require('child_process');
const router = express.Router();
router.get('/whois/:domain', (req, res) => {
  new Promise((resolve, reject) => {
@@    exec('whois ' + req.params.domain, (err, out) => (err ? reject(err) : resolve(out)));
  }).then((o) => res.send(o));
});
`,
  ),
  v(
    "CWE-78",
    "batch2: child_process.spawnSync with shell option from a helper",
    `const child_process = require('child_process');
function runTool(toolArgs) {
@@  return child_process.spawnSync('tool ' + toolArgs, { shell: true, encoding: 'utf8' });
}
module.exports = { runTool };
`,
  ),
  vt(
    "CWE-78",
    "batch2: Lambda event into execSync",
    `import { execSync } from 'child_process';
export const handler = async (event: any, context: any) => {
  const repo = JSON.parse(event.body).repo;
@@  const out = execSync(\`git ls-remote \${repo}\`).toString();
  return { statusCode: 200, body: out };
};
`,
  ),
  s(
    "CWE-78",
    "batch2: execFileSync with args from the request",
    `const { execFileSync } = require('child_process');
module.exports = (req, res) => {
@@  const out = execFileSync('git', ['log', '--oneline', req.query.branch]);
  res.send(out);
};
`,
  ),
  v(
    "CWE-89",
    "batch2: mssql request.query with template",
    `const sql = require('mssql');
async function getOrder(req, res) {
  const pool = await sql.connect(process.env.DB);
@@  const result = await pool.request().query(\`SELECT * FROM Orders WHERE Id = \${req.params.id}\`);
  res.json(result.recordset);
}
`,
  ),
  v(
    "CWE-89",
    "batch2: SQL helper called with a body field",
    `const db = require('./db');
function findByName(name) {
@@  return db.query("SELECT * FROM users WHERE name LIKE '%" + name + "%'");
}
app.post('/find', async (req, res) => res.json(await findByName(req.body.name)));
`,
  ),
  vt(
    "CWE-89",
    "batch2: knex whereRaw with template",
    `import knex from 'knex';
const db = knex({ client: 'mysql2' });
export async function byTag(req: { query: { tag: string } }) {
@@  return db('posts').whereRaw(\`tags LIKE '%\${req.query.tag}%'\`);
}
`,
  ),
  s(
    "CWE-89",
    "batch2: knex whereRaw with bindings",
    `const knex = require('knex')({ client: 'pg' });
async function byTag(req) {
@@  return knex('posts').whereRaw('tags LIKE ?', [\`%\${req.query.tag}%\`]);
}
`,
  ),
  st(
    "CWE-89",
    "batch2: typeorm query builder with parameters",
    `import { getRepository } from 'typeorm';
import { User } from './user';
export async function find(email: string) {
@@  return getRepository(User).createQueryBuilder('u').where('u.email = :email', { email }).getOne();
}
`,
  ),
  v(
    "CWE-22",
    "batch2: koa ctx.params into fs.readFileSync",
    `const fs = require('fs');
const Router = require('@koa/router');
const router = new Router();
router.get('/logs/:name', (ctx) => {
@@  ctx.body = fs.readFileSync('/var/log/app/' + ctx.params.name, 'utf8');
});
`,
  ),
  vt(
    "CWE-22",
    "batch2: res.sendFile of path.resolve on a query",
    `import path from 'path';
import { Request, Response } from 'express';
export function download(req: Request, res: Response) {
  const file = path.resolve('uploads', String(req.query.file));
@@  res.sendFile(file);
}
`,
  ),
  s(
    "CWE-22",
    "batch2: file name from a fixed lookup table",
    `const fs = require('fs');
const REPORTS = { daily: 'daily.csv', weekly: 'weekly.csv' };
app.get('/report', (req, res) => {
  const name = REPORTS[req.query.kind] === 'weekly.csv' ? 'weekly.csv' : 'daily.csv';
@@  res.send(fs.readFileSync('/srv/reports/' + name, 'utf8'));
});
`,
  ),
  v(
    "CWE-601",
    "batch2: redirect with a referer header",
    `const express = require('express');
const app = express();
app.post('/vote', (req, res) => {
@@  res.redirect(req.get('referer'));
});
`,
  ),
  vt(
    "CWE-601",
    "batch2: location.replace from a hash parameter",
    `const hash = new URLSearchParams(window.location.hash.substring(1));
const target = hash.get('return_to') as string;
@@window.location.replace(target);
`,
  ),
  s(
    "CWE-601",
    "batch2: redirect to a path under a fixed host",
    `const express = require('express');
const app = express();
app.get('/docs', (req, res) => {
@@  res.redirect(\`https://docs.example.com/\${encodeURIComponent(req.query.page)}\`);
});
`,
  ),
  v(
    "CWE-918",
    "batch2: axios.post to a webhook URL from the body",
    `const axios = require('axios');
exports.register = async (req, res) => {
  const hook = req.body.webhookUrl;
@@  await axios.post(hook, { event: 'registered' });
  res.sendStatus(201);
};
`,
  ),
  vt(
    "CWE-918",
    "batch2: fetch in a NestJS service called with a query param",
    `import { Controller, Get, Query } from '@nestjs/common';
@Controller('preview')
export class PreviewController {
  @Get()
  async preview(@Query('url') url: string) {
@@    const r = await fetch(url);
    return r.text();
  }
}
`,
  ),
  s(
    "CWE-918",
    "batch2: got with a fixed host and encoded id",
    `const got = require('got');
exports.user = async (req, res) => {
@@  const body = await got(\`https://api.github.com/users/\${encodeURIComponent(req.params.login)}\`).json();
  res.json(body);
};
`,
  ),
  v(
    "CWE-94",
    "batch2: eval of a value from localStorage",
    `const saved = localStorage.getItem('calc');
function restore() {
  const params = new URLSearchParams(location.search);
@@  return eval(params.get('expr') || saved);
}
`,
  ),
  v(
    "CWE-94",
    "batch2: Function constructor in an Express handler via variable",
    `const express = require('express');
const app = express();
app.post('/rule', (req, res) => {
  const body = 'return ' + req.body.condition + ';';
@@  const check = Function('user', body);
  res.json({ ok: check({ admin: false }) });
});
`,
  ),
  st(
    "CWE-94",
    "batch2: vm.runInNewContext of a fixed expression with user data in the context",
    `import vm from 'vm';
export function total(req: { body: { prices: number[] } }): number {
@@  return vm.runInNewContext('prices.reduce((a, b) => a + b, 0)', { prices: req.body.prices });
}
`,
  ),
  v(
    "CWE-798",
    "batch2: express-jwt secret literal",
    `const { expressjwt } = require('express-jwt');
const app = require('express')();
@@app.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));
`,
  ),
  vt(
    "CWE-798",
    "batch2: database password in a connection config",
    `import { createPool } from 'mysql2';
export const pool = createPool({
  host: 'db.internal',
  user: 'app',
@@  password: 'Pr0d-P@ssw0rd!',
  database: 'shop',
});
`,
  ),
  s(
    "CWE-798",
    "batch2: password taken from a secrets manager",
    `const { createPool } = require('mysql2');
const secrets = require('./secrets');
module.exports = createPool({
  host: 'db.internal',
@@  password: secrets.get('DB_PASSWORD'),
});
`,
  ),
  v(
    "CWE-327",
    "batch2: createDecipher with a passphrase",
    `const crypto = require('crypto');
function decrypt(data, pass) {
@@  const d = crypto.createDecipher('aes192', pass);
  return d.update(data, 'hex', 'utf8') + d.final('utf8');
}
`,
  ),
  v(
    "CWE-328",
    "batch2: md5 for a stored password in a class",
    `const crypto = require('crypto');
class Users {
  async create(name, password) {
@@    const digest = crypto.createHash('md5').update(password + name).digest('hex');
    return this.db.insert({ name, digest });
  }
}
`,
  ),
  v(
    "CWE-338",
    "batch2: Math.random for an API key",
    `function newApiKey() {
@@  return 'key_' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}
`,
  ),
  v(
    "CWE-295",
    "batch2: axios with an insecure https agent inline",
    `const axios = require('axios');
const https = require('https');
async function get(url) {
@@  return axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
}
`,
  ),
  v(
    "CWE-1333",
    "batch2: search term into RegExp in a filter callback",
    `app.get('/users', (req, res) => {
  const term = req.query.term;
@@  const matches = users.filter((u) => new RegExp(term, 'i').test(u.name));
  res.json(matches);
});
`,
  ),
  s(
    "CWE-1333",
    "batch2: includes() instead of a regex",
    `app.get('/users', (req, res) => {
  const term = String(req.query.term).toLowerCase();
@@  const matches = users.filter((u) => u.name.toLowerCase().includes(term));
  res.json(matches);
});
`,
  ),
  v(
    "CWE-1321",
    "batch2: Object.assign-like loop with request keys",
    `app.post('/config', (req, res) => {
  const cfg = {};
  for (const k of Object.keys(req.body)) {
@@    cfg[k.split('.')[0]][k.split('.')[1]] = req.body[k];
  }
  res.json(cfg);
});
`,
  ),
  v(
    "CWE-502",
    "batch2: node-serialize of a body field",
    `const { unserialize } = require('node-serialize');
app.post('/restore', (req, res) => {
@@  const state = unserialize(req.body.state);
  res.json(state);
});
`,
  ),
  v(
    "CWE-611",
    "batch2: libxmljs2 parse with noent from upload",
    `const libxml = require('libxmljs2');
app.post('/upload', (req, res) => {
  const xml = req.files.doc.data.toString();
@@  const doc = libxml.parseXml(xml, { noent: true, dtdload: true });
  res.send(doc.get('//title').text());
});
`,
  ),
  v(
    "CWE-943",
    "batch2: mongoose where with a query object",
    `const Post = require('../models/post');
exports.list = async (req, res) => {
@@  const posts = await Post.find({ author: req.query.author }).limit(20);
  res.json(posts);
};
`,
  ),
  s(
    "CWE-943",
    "batch2: mongoose find with an ObjectId cast",
    `const { Types } = require('mongoose');
const Post = require('../models/post');
exports.one = async (req, res) => {
@@  const post = await Post.findOne({ _id: new Types.ObjectId(String(req.query.id)) });
  res.json(post);
};
`,
  ),
  v(
    "CWE-347",
    "batch2: jwt.verify without a key check: decode used then trusted",
    `const jwt = require('jsonwebtoken');
module.exports = function auth(req, res, next) {
  const token = req.headers['x-token'];
@@  const { userId } = jwt.decode(token);
  req.userId = userId;
  next();
};
`,
  ),
  v(
    "CWE-345",
    "batch2: postMessage of user data to '*'",
    `function share(profile) {
@@  window.parent.postMessage(JSON.stringify(profile), '*');
}
`,
  ),
  v(
    "CWE-942",
    "batch2: cors with origin '*' and credentials",
    `const cors = require('cors');
const app = require('express')();
@@app.use(cors({ origin: '*', credentials: true }));
`,
  ),
  v(
    "CWE-614",
    "batch2: cookie-session with secure false",
    `const cookieSession = require('cookie-session');
const app = require('express')();
app.use(cookieSession({
  name: 'session',
  keys: [process.env.K1],
  cookie: {
@@    secure: false,
  },
}));
`,
  ),
  vt(
    "CWE-79",
    "batch2: React component renders html from an API response",
    `import React, { useEffect, useState } from 'react';
export default function Bio({ userId }: { userId: string }) {
  const [bio, setBio] = useState<string>('');
  useEffect(() => { fetch(\`/api/u/\${userId}\`).then((r) => r.json()).then((d) => setBio(d.bioHtml)); }, [userId]);
@@  return <section dangerouslySetInnerHTML={{ __html: bio }} />;
}
`,
  ),
  st(
    "CWE-79",
    "batch2: React renders a sanitised bio",
    `import React from 'react';
import sanitizeHtml from 'sanitize-html';
export default function Bio({ html }: { html: string }) {
  const clean = sanitizeHtml(html, { allowedTags: ['b', 'i'] });
@@  return <section dangerouslySetInnerHTML={{ __html: clean }} />;
}
`,
  ),
  v(
    "CWE-79",
    "batch2: document.write of document.referrer",
    `(function () {
  var ref = document.referrer;
@@  document.write('<p>You came from ' + ref + '</p>');
})();
`,
  ),
  s(
    "CWE-94",
    "batch2: setInterval with a function reference",
    `function tick() { console.log(Date.now()); }
@@setInterval(tick, 1000);
`,
  ),
];
