// Dev suite "js-ts", batch 124: request data kept in an instance container field (a Map, a plain object or an array
// set in the constructor or as a class field, public or #private) that one method fills and another reads back,
// each as a positive and a safe twin written before any fix (own code, never taken from an advisory or a held-out
// corpus): the tainted key is not the one read, the container only ever holds constants, the value is escaped
// before it is stored.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch124", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch124", cwe, note, src, "typescript");

export const BATCH124: DevCase[] = [
  ...js(
    "CWE-79",
    "a Map field set in the constructor, filled by one method and read by another, at the request's key or a constant one",
    `const express = require('express');

const app = express();

class Slots {
  constructor() {
    this.values = new Map();
  }
  fill(name, value) {
    this.values.set(name, value);
  }
  read(name) {
    return this.values.get(name) || '';
  }
}

app.get('/greet', (req, res) => {
  const slots = new Slots();
  slots.fill('title', 'Welcome');
  slots.fill('who', req.query.who);
@@  res.send('<h1>' + slots.read('title') + ', ' + slots.read('who') + '</h1>');
});

app.get('/greet-title', (req, res) => {
  const slots = new Slots();
  slots.fill('title', 'Welcome');
  slots.fill('who', req.query.who);
@ok  res.send('<h1>' + slots.read('title') + '</h1>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-79",
    "a plain-object field filled by key in one method and read by key in another vs one that only ever holds constants",
    `const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

class Bag {
  constructor() {
    this.data = {};
  }
  put(key, value) {
    this.data[key] = value;
    return this;
  }
  get(key) {
    return this.data[key];
  }
}

class Labels {
  constructor() {
    this.text = {};
  }
  defaults() {
    this.text.save = 'Save';
    this.text.cancel = 'Cancel';
  }
  label(key) {
    return this.text[key];
  }
}

app.get('/bag', (req, res) => {
  const bag = new Bag().put('note', req.query.note);
@@  res.send('<p>' + bag.get('note') + '</p>');
});

app.get('/bag-escaped', (req, res) => {
  const bag = new Bag().put('note', escapeHtml(req.query.note));
@ok  res.send('<p>' + bag.get('note') + '</p>');
});

app.get('/labels', (req, res) => {
  const l = new Labels();
  l.defaults();
@ok  res.send('<button>' + l.label(req.query.which) + '</button>');
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "an array field pushed to by one method and read back with at() or join() by another vs one pushed only constants",
    `const express = require('express');
const { exec } = require('child_process');

const app = express();

class Argv {
  constructor() {
    this.parts = [];
  }
  add(part) {
    this.parts.push(part);
  }
  first() {
    return this.parts.at(0);
  }
  line() {
    return this.parts.join(' ');
  }
}

class Fixed {
  constructor() {
    this.parts = ['ls'];
  }
  long() {
    this.parts.push('-l');
  }
  line() {
    return this.parts.join(' ');
  }
}

app.get('/grep', (req, res) => {
  const argv = new Argv();
  argv.add('grep');
  argv.add(req.query.pattern);
  argv.add('/var/log/app.log');
@@  exec(argv.line(), (err, out) => res.type('text/plain').send(out));
});

app.get('/run', (req, res) => {
  const argv = new Argv();
  argv.add(req.query.cmd);
@@  exec(argv.first(), (err, out) => res.type('text/plain').send(out));
});

app.get('/list', (req, res) => {
  const f = new Fixed();
  if (req.query.long) f.long();
@ok  exec(f.line(), (err, out) => res.type('text/plain').send(out));
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "a generic cache class with a #private Map field and a fluent put(): this, read by the request's key or a constant one",
    `import express from 'express';

const app = express();

class Cache<T> {
  #items = new Map<string, T>();

  put(key: string, value: T): this {
    this.#items.set(key, value);
    return this;
  }

  take(key: string): T | undefined {
    return this.#items.get(key);
  }
}

app.get('/card', (req, res) => {
  const cache = new Cache<string>().put('user', String(req.query.name)).put('site', 'Docs');
@@  res.send(\`<div>\${cache.take('user')!}</div>\`);
});

app.get('/card-site', (req, res) => {
  const cache = new Cache<string>().put('user', String(req.query.name)).put('site', 'Docs');
@ok  res.send(\`<div>\${cache.take('site')!}</div>\`);
});

app.get('/card-split', (req, res) => {
  const cache = new Cache<string>();
  cache.put('user', String(req.query.name));
@@  res.send(\`<div>\${cache.take('user')!}</div>\`);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "a query builder whose private record field collects conditions in one method and joins them in another vs one whose conditions are constants",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();

class Where {
  private clauses: Record<string, string> = {};

  eq(column: string, value: string): this {
    this.clauses[column] = \`\${column} = '\${value}'\`;
    return this;
  }

  sql(): string {
    const parts = Object.values(this.clauses);
    return parts.length ? ' WHERE ' + parts.join(' AND ') : '';
  }
}

class Flags {
  private on: string[] = [];

  active(): this {
    this.on.push('active = true');
    return this;
  }

  sql(): string {
    return this.on.length ? ' WHERE ' + this.on.join(' AND ') : '';
  }
}

app.get('/users', async (req: Request, res: Response) => {
  const where = new Where().eq('name', String(req.query.name));
@@  const { rows } = await pool.query('SELECT id FROM users' + where.sql());
  res.json(rows);
});

app.get('/users/active', async (req: Request, res: Response) => {
  const flags = new Flags();
  if (req.query.active) flags.active();
@ok  const { rows } = await pool.query('SELECT id FROM users' + flags.sql());
  res.json(rows);
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-79",
    "a form-state class whose Map field is written in an event method and rendered by another, the value escaped or not before it is stored",
    `import express from 'express';
import escapeHtml from 'escape-html';

const app = express();

class FormState {
  private readonly errors: Map<string, string>;

  constructor() {
    this.errors = new Map();
  }

  reject(field: string, shown: string): void {
    this.errors.set(field, 'Invalid value: ' + shown);
  }

  render(field: string): string {
    return '<span class="err">' + (this.errors.get(field) ?? '') + '</span>';
  }
}

app.post('/signup', express.urlencoded({ extended: false }), (req, res) => {
  const form = new FormState();
  if (!/^[a-z]+$/.test(req.body.login)) form.reject('login', req.body.login);
@@  res.send(form.render('login'));
});

app.post('/signup-safe', express.urlencoded({ extended: false }), (req, res) => {
  const form = new FormState();
  if (!/^[a-z]+$/.test(req.body.login)) form.reject('login', escapeHtml(req.body.login));
@ok  res.send(form.render('login'));
});

app.listen(3000);
`,
  ),
];
