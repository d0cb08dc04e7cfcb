// Dev suite "js-ts", batch 108: not blind, gaps a previous helper named in the JavaScript data flow (own code, never
// taken from an advisory or a held-out corpus): a property read off a JSON.parse(JSON.stringify(literal)) round trip,
// destructuring an object literal with renames and defaults where the key is missing, a TypeScript getter returning a
// field set from a typed (or parameter-property) constructor parameter, Math.random() in a branch that never runs,
// and a switch on a constant whose case falls through into the next.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch108", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch108", cwe, note, src, "typescript");

export const BATCH108: DevCase[] = [
  ...js(
    "CWE-79",
    "a JSON.parse(JSON.stringify(literal)) copy: the constant key stays constant, the request's key stays tainted",
    `const express = require('express');

const app = express();

app.get('/greet', (req, res) => {
  const copy = JSON.parse(JSON.stringify({ greeting: 'hi', name: req.query.n }));
@ok  res.send('<h1>' + copy.greeting + '</h1>');
});

app.get('/greet-name', (req, res) => {
  const copy = JSON.parse(JSON.stringify({ greeting: 'hi', name: req.query.n }));
@@  res.send('<h1>' + copy.name + '</h1>');
});

app.get('/greet-inline', (req, res) => {
@ok  res.send(\`<p>\${JSON.parse(JSON.stringify({ greeting: 'hello', name: req.query.n })).greeting}</p>\`);
});

app.get('/greet-inline-name', (req, res) => {
@@  res.send(\`<p>\${JSON.parse(JSON.stringify({ greeting: 'hello', name: req.query.n })).name}</p>\`);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "destructuring an object literal with renames and defaults: a missing key takes its constant default",
    `const { execSync } = require('child_process');
const express = require('express');

const app = express();

app.get('/status', (req, res) => {
  const { tool: program = 'uptime' } = { verbose: req.query.v };
@ok  res.type('text').send(execSync(program).toString());
});

app.get('/status-tool', (req, res) => {
  const { tool: program = 'uptime' } = { tool: req.query.t };
@@  res.type('text').send(execSync(program).toString());
});

app.get('/status-flags', (req, res) => {
  const { cmd = 'df -h', flags } = { flags: req.query.f };
@ok  res.type('text').send(execSync(cmd).toString());
@@  res.type('text').send(execSync('df ' + flags).toString());
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-89",
    "a TypeScript getter returning a field set from a typed constructor parameter carries the request's taint",
    `import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();

class Repo {
  constructor(private owner: string) {}

  get who(): string {
    return this.owner;
  }
}

class Account {
  private owner: string;

  constructor(owner: string) {
    this.owner = owner;
  }

  get who(): string {
    return this.owner;
  }
}

class Fixed {
  private owner: string;

  constructor(owner: string) {
    this.owner = 'admin';
  }

  get who(): string {
    return this.owner;
  }
}

app.get('/repos', async (req: Request, res: Response) => {
  const repo = new Repo(req.query.o as string);
@@  const rows = await pool.query("SELECT * FROM repos WHERE owner = '" + repo.who + "'");
  res.json(rows.rows);
});

app.get('/accounts', async (req: Request, res: Response) => {
  const acct = new Account(String(req.query.o));
@@  const rows = await pool.query(\`SELECT * FROM accounts WHERE owner = '\${acct.who}'\`);
  res.json(rows.rows);
});

app.get('/fixed', async (req: Request, res: Response) => {
  const f = new Fixed(String(req.query.o));
@ok  const rows = await pool.query(\`SELECT * FROM accounts WHERE owner = '\${f.who}'\`);
  res.json(rows.rows);
});

app.get('/repos-safe', async (req: Request, res: Response) => {
  const repo = new Repo(req.query.o as string);
@ok  const rows = await pool.query('SELECT * FROM repos WHERE owner = $1', [repo.who]);
  res.json(rows.rows);
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-338",
    "Math.random() for a token in a branch that never runs is not reported; the live branch's is",
    `const crypto = require('crypto');

const LEGACY = false;

function resetToken() {
  if (LEGACY) {
@ok    return Math.random().toString(36).slice(2);
  }
  return crypto.randomBytes(24).toString('hex');
}

function sessionToken() {
  if (2 + 2 === 5) {
@ok    const token = Math.random().toString(36).slice(2);
    return token;
  }
  return crypto.randomBytes(24).toString('hex');
}

function inviteToken() {
  if (2 + 2 === 4) {
@@    return Math.random().toString(36).slice(2);
  }
  return crypto.randomBytes(24).toString('hex');
}

module.exports = { resetToken, sessionToken, inviteToken };
`,
  ),
  ...js(
    "CWE-78",
    "a switch on a constant with a case that falls through: only cases reachable from the matching case count",
    `const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/fall-safe', (req, res) => {
  let target = '/srv';
  switch ('b') {
    case 'a':
      target = req.query.dir;
    // falls through
    case 'b':
      target = target + '/logs';
      break;
    default:
      target = req.query.dir;
  }
@ok  exec('ls ' + target, (err, out) => res.type('text').send(out));
});

app.get('/fall', (req, res) => {
  let target = '/srv';
  switch ('a') {
    case 'a':
      target = req.query.dir;
    // falls through
    case 'b':
      target = target + '/logs';
      break;
    default:
      target = '/tmp';
  }
@@  exec('ls ' + target, (err, out) => res.type('text').send(out));
});

app.get('/fall-into', (req, res) => {
  let target = '/srv';
  switch ('a') {
    case 'a':
      target = '/var';
    // falls through
    case 'b':
      target = target + '/' + req.query.sub;
      break;
    default:
      target = '/tmp';
  }
@@  exec('ls ' + target, (err, out) => res.type('text').send(out));
});

app.get('/fall-into-safe', (req, res) => {
  let target = '/srv';
  switch ('c') {
    case 'a':
      target = req.query.dir;
    // falls through
    case 'b':
      target = target + '/' + req.query.sub;
      break;
    case 'c':
      target = '/var/log';
    // falls through
    default:
      target = target + '/app';
  }
@ok  exec('ls ' + target, (err, out) => res.type('text').send(out));
});

app.listen(3000);
`,
  ),
];
