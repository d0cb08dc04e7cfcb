// Dev suite "js-ts", batch 83: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Regular-expression denial of service (CWE-1333) from a FIXED pattern whose matching time is
// super-linear in the input: exponential shapes (a quantified group whose body can match one run of characters in
// more than one way: `(\w+\s?)*`, `(\d+)+`, `([a-z0-9]+[._-]?)*`) and polynomial ones (two unbounded quantifiers in
// sequence over overlapping characters with a suffix that can fail: `^(.*)\s+(\S+)$`, `\s*[<>=]*\s*v?\d`, `.*=.*;`,
// a lazy capture before `\s*$`), applied to request data or to a parameter of an exported parse/validate function.
// Safe twins: the same pattern on a constant, on an input capped in length before a quadratic pattern (never before
// an exponential one: a cap of 200 does not help 2^200), linear rewrites with a required separator, an atomic
// rewrite by lookahead and back-reference, and the `re2` engine.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch83", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch83", cwe, note, src, "typescript");

export const BATCH83: DevCase[] = [
  ...js(
    "CWE-1333",
    "title check with an optional separator under a star vs a flat character class",
    `const express = require('express');
const app = express();

app.get('/books', (req, res) => {
  const title = String(req.query.title || '');
@@  if (!/^(\\w+\\s?)*$/.test(title)) return res.status(400).send('bad title');
  res.json({ title });
});

app.get('/films', (req, res) => {
  const title = String(req.query.title || '');
@ok  if (!/^[\\w\\s]*$/.test(title)) return res.status(400).send('bad title');
  res.json({ title });
});
`,
  ),
  ...js(
    "CWE-1333",
    "e-mail local part with optional separators nested under a star vs the same with a required separator",
    `const express = require('express');
const router = express.Router();
router.use(express.json());

router.post('/invite', (req, res) => {
  const { email } = req.body;
@@  const ok = /^([a-z0-9]+[._-]?)*[a-z0-9]+@example\\.com$/i.test(email);
  res.json({ ok });
});

router.post('/invite2', (req, res) => {
  const { email } = req.body;
@ok  const ok = /^[a-z0-9]+(?:[._-][a-z0-9]+)*@example\\.com$/i.test(email);
  res.json({ ok });
});

module.exports = router;
`,
  ),
  ...js(
    "CWE-1333",
    "exported duration parser with a doubly quantified digit group vs a single quantifier",
    `'use strict';

function parseDuration(str) {
@@  const m = /^(\\d+)+ms$/.exec(str);
  return m ? Number(m[1]) : NaN;
}

function parseSeconds(str) {
@ok  const m = /^(\\d+)s$/.exec(str);
  return m ? Number(m[1]) * 1000 : NaN;
}

module.exports = { parseDuration, parseSeconds };
`,
  ),
  ...js(
    "CWE-1333",
    "header split on the last run of blanks: request header vs the same header cut to 256 characters",
    `const express = require('express');
const app = express();

app.get('/meta', (req, res) => {
  const raw = String(req.headers['x-meta'] || '');
@@  const m = /^(.*)\\s+(\\S+)$/.exec(raw);
  res.json(m ? { key: m[1], value: m[2] } : {});
});

app.get('/meta-short', (req, res) => {
  const raw = String(req.headers['x-meta'] || '').slice(0, 256);
@ok  const m = /^(.*)\\s+(\\S+)$/.exec(raw);
  res.json(m ? { key: m[1], value: m[2] } : {});
});
`,
  ),
  ...js(
    "CWE-1333",
    "lazy capture before trailing blanks on a body line vs a guarded length",
    `const express = require('express');
const app = express();
app.use(express.text());

app.post('/note', (req, res) => {
  const line = req.body;
@@  const m = line.match(/^\\s*(\\S.*?)\\s*$/);
  res.send(m ? m[1] : '');
});

app.post('/note2', (req, res) => {
  const line = req.body;
  if (typeof line !== 'string' || line.length > 1000) return res.sendStatus(413);
@ok  const m = line.match(/^\\s*(\\S.*?)\\s*$/);
  res.send(m ? m[1] : '');
});
`,
  ),
  ...js(
    "CWE-1333",
    "version range parser exported by a library: blanks on both sides of an optional operator",
    `/**
 * Parse a single comparator such as ">= 1.2.3".
 * @param {string} range
 */
function parseComparator(range) {
@@  const m = range.match(/^\\s*([<>=~^]*)\\s*v?(\\d+)(\\.\\d+)*\\s*$/);
  if (!m) throw new TypeError('Invalid comparator: ' + range);
  return { op: m[1] || '=', major: Number(m[2]) };
}

function parseExact(range) {
@ok  const m = range.match(/^([<>=~^]*)v?(\\d+)(\\.\\d+)*$/);
  if (!m) throw new TypeError('Invalid version: ' + range);
  return { op: m[1] || '=', major: Number(m[2]) };
}

module.exports = parseComparator;
module.exports.parseExact = parseExact;
`,
  ),
  ...js(
    "CWE-1333",
    "an exponential pattern behind a length check still explodes vs a quadratic one behind the same check",
    `const express = require('express');
const app = express();

app.get('/tags', (req, res) => {
  const tags = String(req.query.tags || '');
  if (tags.length > 200) return res.status(400).end();
@@  const ok = /^(\\s*[\\w-]+\\s*,?)+$/.test(tags);
  res.json({ ok });
});

app.get('/pair', (req, res) => {
  const pair = String(req.query.pair || '');
  if (pair.length > 200) return res.status(400).end();
@ok  const ok = /^(.*)=(.*)$/.test(pair);
  res.json({ ok });
});
`,
  ),
  ...js(
    "CWE-1333",
    "the same exponential pattern run by re2 vs by the built-in engine",
    `const express = require('express');
const RE2 = require('re2');
const app = express();

const slow = /^((?:[a-z]|\\d|-)+\\.?)+$/i;
const fast = new RE2('^((?:[a-z]|\\\\d|-)+\\\\.?)+$', 'i');

app.get('/host', (req, res) => {
  const host = req.query.host;
@@  if (!slow.test(host)) return res.status(400).send('bad host');
  res.send('ok');
});

app.get('/host2', (req, res) => {
  const host = req.query.host;
@ok  if (!fast.test(host)) return res.status(400).send('bad host');
  res.send('ok');
});
`,
  ),
  ...js(
    "CWE-1333",
    "a constant default checked against a backtracking pattern vs the request value",
    `const express = require('express');
const app = express();
const DEFAULT_SLUG = 'hello-world';
const SLUG = /^([a-z0-9]+-?)+$/;

app.get('/default', (req, res) => {
@ok  res.json({ ok: SLUG.test(DEFAULT_SLUG) });
});

app.get('/post/:slug', (req, res) => {
@@  res.json({ ok: SLUG.test(req.params.slug) });
});
`,
  ),
  ...js(
    "CWE-1333",
    "RegExp built from a constant string with a nested quantifier, applied to a route parameter",
    `const express = require('express');
const app = express();
const VERSION = new RegExp('^(\\\\d+\\\\.?)+$');
const LINEAR = new RegExp('^\\\\d+(?:\\\\.\\\\d+)*$');

app.get('/pkg/:ver', (req, res) => {
@@  if (!VERSION.test(req.params.ver)) return res.sendStatus(400);
  res.sendStatus(204);
});

app.get('/pkg2/:ver', (req, res) => {
@ok  if (!LINEAR.test(req.params.ver)) return res.sendStatus(400);
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-1333",
    "naive script filter with three dot-stars over the body vs an indexOf check",
    `const express = require('express');
const app = express();
app.use(express.text({ limit: '1mb' }));

app.post('/comment', (req, res) => {
  const html = req.body;
@@  if (/.*<script.*>.*<\\/script>/i.test(html)) return res.status(400).send('no scripts');
  res.send('saved');
});

app.post('/comment2', (req, res) => {
  const html = req.body;
@ok  if (html.toLowerCase().indexOf('<script') !== -1) return res.status(400).send('no scripts');
  res.send('saved');
});
`,
  ),
  ...js(
    "CWE-1333",
    "cookie pair split by greedy captures: request cookie vs a fixed test string",
    `const express = require('express');
const app = express();

function firstPair(header) {
  return /(.*)=(.*);(.*)/.exec(header);
}

app.get('/prefs', (req, res) => {
@@  const m = /(.*)=(.*);(.*)/.exec(req.headers.cookie || '');
  res.json(m ? { name: m[1] } : {});
});

app.get('/selftest', (req, res) => {
@ok  const m = firstPair('theme=dark; path=/');
  res.json(m ? { name: m[1] } : {});
});
`,
  ),
  ...js(
    "CWE-1333",
    "Koa query value under an optional-separator star vs an atomic rewrite by lookahead and back-reference",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path === '/words') {
    const q = String(ctx.query.q || '');
@@    ctx.body = { ok: /^(\\w+\\s?)*$/.test(q) };
    return;
  }
  if (ctx.path === '/words2') {
    const q = String(ctx.query.q || '');
@ok    ctx.body = { ok: /^(?:(?=(\\w+))\\1\\s?)*$/.test(q) };
    return;
  }
  await next();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "markdown heading trimmed with a lazy capture and optional closing hashes: posted text vs a capped line",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/render', (req, res) => {
  const lines = String(req.body.markdown).split('\\n');
  const out = [];
  for (const line of lines) {
@@    const h = /^#+\\s*(.*?)\\s*#*\\s*$/.exec(line);
    out.push(h ? '<h1>' + h[1].length + '</h1>' : '');
  }
  res.json(out);
});

app.post('/render-title', (req, res) => {
  const line = String(req.body.title).slice(0, 120);
@ok  const h = /^#+\\s*(.*?)\\s*#*\\s*$/.exec(line);
  res.json({ len: h ? h[1].length : 0 });
});
`,
  ),
  ...js(
    "CWE-1333",
    "trailing-blank strip on request text vs String.prototype.trimEnd",
    `const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/bio', (req, res) => {
@@  const bio = String(req.body.bio).replace(/\\s+$/, '');
  res.send(bio.length.toString());
});

app.post('/bio2', (req, res) => {
@ok  const bio = String(req.body.bio).trimEnd();
  res.send(bio.length.toString());
});
`,
  ),
  ...ts(
    "CWE-1333",
    "exported slug validator in a TypeScript library vs its linear rewrite",
    `export function isSlug(slug: string): boolean {
@@  return /^([a-z0-9]+-?)+$/.test(slug);
}

export function isStrictSlug(slug: string): boolean {
@ok  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
`,
  ),
  ...ts(
    "CWE-1333",
    "exported key=value line parser: uncapped vs a thrown length guard",
    `export interface Entry {
  key: string;
  value: string;
}

export function parseLine(input: string): Entry | null {
@@  const m = /^([\\w.]+)=(.*?)\\s*$/.exec(input);
  return m ? { key: m[1], value: m[2] } : null;
}

export function parseShortLine(input: string): Entry | null {
  if (input.length > 512) throw new RangeError('line too long');
@ok  const m = /^([\\w.]+)=(.*?)\\s*$/.exec(input);
  return m ? { key: m[1], value: m[2] } : null;
}
`,
  ),
  ...ts(
    "CWE-1333",
    "NestJS controller checking a body field against a nested quantifier vs re2",
    `import { Body, Controller, Post, BadRequestException } from '@nestjs/common';
import RE2 from 're2';

const PATH_RE = /^(\\/?[\\w.-]+)*\\/?$/;
const PATH_RE2 = new RE2('^(/?[\\\\w.-]+)*/?$');

@Controller('files')
export class FilesController {
  @Post('check')
  check(@Body() body: { path: string }) {
@@    if (!PATH_RE.test(body.path)) throw new BadRequestException('bad path');
    return { ok: true };
  }

  @Post('check2')
  check2(@Body() body: { path: string }) {
@ok    if (!PATH_RE2.test(body.path)) throw new BadRequestException('bad path');
    return { ok: true };
  }
}
`,
  ),
  ...ts(
    "CWE-1333",
    "overlapping alternatives under a plus on a query value vs disjoint alternatives",
    `import express, { Request, Response } from 'express';

const app = express();

app.get('/code', (req: Request, res: Response) => {
  const code = String(req.query.code ?? '');
@@  const ok = /^(?:\\w|\\d|_)+!$/.test(code);
  res.json({ ok });
});

app.get('/code2', (req: Request, res: Response) => {
  const code = String(req.query.code ?? '');
@ok  const ok = /^(?:[a-z]|[0-9])+!$/.test(code);
  res.json({ ok });
});

export default app;
`,
  ),
  ...ts(
    "CWE-1333",
    "internal helper called only with literals vs the exported wrapper taking the caller's string",
    `const WORDS = /^(\\w+\\s?)*$/;

function check(text: string): boolean {
  return WORDS.test(text);
}

export const BUILTIN_OK = check('alpha beta gamma');

export function validateCaption(caption: string): boolean {
@@  return /^(\\w+\\s?)*$/.test(caption);
}

export function validateFixed(): boolean {
@ok  return /^(\\w+\\s?)*$/.test('caption text');
}
`,
  ),
  ...js(
    "CWE-1333",
    "path-like quantified group in an Express query vs the same pattern on a string cut to 64 characters (still exponential)",
    `const express = require('express');
const app = express();

app.get('/a', (req, res) => {
  const p = String(req.query.p).slice(0, 64);
@@  res.json({ ok: /^([a-z]+\\/?)*\\.json$/.test(p) });
});

app.get('/b', (req, res) => {
  const p = String(req.query.p).slice(0, 64);
@ok  res.json({ ok: /^(?:[a-z]+\\/)*[a-z]+\\.json$/.test(p) });
});
`,
  ),
  ...js(
    "CWE-1333",
    "Fastify handler: adjacent digit runs before a required letter vs a single run",
    `const fastify = require('fastify')();

fastify.get('/ticket', async (request, reply) => {
  const id = request.query.id;
@@  if (!/^\\d*\\d*[A-Z]$/.test(id)) return reply.code(400).send();
  return { id };
});

fastify.get('/ticket2', async (request, reply) => {
  const id = request.query.id;
@ok  if (!/^\\d*[A-Z]$/.test(id)) return reply.code(400).send();
  return { id };
});

fastify.listen({ port: 3000 });
`,
  ),
];
