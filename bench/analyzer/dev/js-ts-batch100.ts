// Dev suite "js-ts", batch 100: ReDoS between multi-character alternatives, written from the shapes real
// validators and cleaners have (own code, never taken from an advisory or a held-out corpus). Vulnerable: a
// repeated group whose alternatives can split one word two ways (`foo|bar|foobar`, `/api|/v1|/api/v1`,
// `item|ite\w`) under a failing end, exponential; and an unanchored search for a repeated multi-character word
// before `$` or a fixed tail (`(?:<br>)+$`, `(?:\.\.\/)+etc`), quadratic through the retry at every start, on a
// request body. Safe twins: alternatives that cannot split a word two ways (disjoint continuations, words of
// fixed distinct shapes), the same search anchored at the start, or without a tail that can fail.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch100", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch100", cwe, note, src, "typescript");

export const BATCH100: DevCase[] = [
  ...js(
    "CWE-1333",
    "word list where one word is two others joined (foo|bar|foobar)+ vs three words no two of which make a third",
    `const express = require('express');
const app = express();
app.use(express.text());

app.post('/words', (req, res) => {
@@  const ok = /^(?:foo|bar|foobar)+\\.$/.test(req.body);
  res.json({ ok });
});

app.post('/words2', (req, res) => {
@ok  const ok = /^(?:foo|bar|baz)+\\.$/.test(req.body);
  res.json({ ok });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "route prefix list where /api/v1 is also /api then /v1 vs the two prefixes alone",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
  const path = String(req.query.path || '');
@@  if (/^(?:\\/api|\\/v1|\\/api\\/v1)+$/.test(path)) return next();
@ok  if (/^(?:\\/api|\\/v1)+$/.test(path)) return next();
  res.status(404).end();
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "laughter check (ha|hah|h)+ where hah splits two ways vs syllables with distinct second letters",
    `import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.post('/laugh', (req: Request, res: Response) => {
  const text: string = req.body.text;
@@  const laughing = /^(?:ha|hah|h)+!$/.test(text);
  res.json({ laughing });
});

app.post('/syllables', (req: Request, res: Response) => {
  const text: string = req.body.text;
@ok  const sung = /^(?:ha|ho|hi)+!$/.test(text);
  res.json({ sung });
});
`,
  ),
  ...js(
    "CWE-1333",
    "item codes (item|ite\\w)+ where item matches both alternatives vs ite followed by a digit (never m)",
    `const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/cart', (req, res) => {
  const codes = String(req.body.codes || '');
@@  const valid = /^(?:item|ite\\w)+,$/.test(codes);
@ok  const numbered = /^(?:item|ite\\d)+,$/.test(codes);
  res.json({ valid, numbered });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "comment closer tokens (-->|--|>)+ where --> splits two ways vs (--|>)+ which reads it one way only",
    `const express = require('express');
const app = express();
app.use(express.text());

app.post('/closers', (req, res) => {
@@  const onlyClosers = /^(?:-->|--|>)+$/.test(req.body);
@ok  const dashes = /^(?:--|>)+$/.test(req.body);
  res.json({ onlyClosers, dashes });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "unanchored strip of trailing <br> tags from a posted body (quadratic) vs the leading ones, anchored",
    `const express = require('express');
const app = express();
app.use(express.text({ limit: '1mb' }));

app.post('/tidy', (req, res) => {
@@  const tail = req.body.replace(/(?:<br>)+$/, '');
@ok  const head = req.body.replace(/^(?:<br>)+/, '');
  res.json({ tail, head });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "unanchored test for trailing &nbsp; entities (quadratic) vs replacing every run of them (no tail to fail)",
    `const express = require('express');
const app = express();
app.use(express.text({ limit: '1mb' }));

app.post('/nbsp', (req, res) => {
@@  const padded = /(?:&nbsp;)+$/.test(req.body);
@ok  const clean = req.body.replace(/(?:&nbsp;)+/g, ' ');
  res.json({ padded, clean });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-1333",
    "traversal probe searched anywhere in a posted path (quadratic on ../../..) vs the same probe anchored",
    `import express from 'express';

const app = express();
app.use(express.json({ limit: '1mb' }));

app.post('/probe', (req, res) => {
  const p = String(req.body.path);
@@  const hostile = /(?:\\.\\.\\/)+etc\\/passwd/.test(p);
@ok  const leading = /^(?:\\.\\.\\/)+etc\\/passwd/.test(p);
  res.json({ hostile, leading });
});
`,
  ),
  ...js(
    "CWE-1333",
    "SQL keyword firewall (select|sel|ect)+ where select splits two ways vs whole keywords only",
    `const express = require('express');
const app = express();

app.get('/firewall', (req, res) => {
  const q = String(req.query.q || '').toLowerCase();
@@  const keywords = /^(?:select|sel|ect)+;$/.test(q);
@ok  const statements = /^(?:select|insert|update)+;$/.test(q);
  res.json({ keywords, statements });
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-1333",
    "record tags (data|dat|a)+ where data splits two ways vs data|date, which differ only in the last letter",
    `const express = require('express');
const app = express();
app.use(express.json());

app.post('/tags', (req, res) => {
  const tags = String(req.body.tags);
@@  const raw = /^(?:data|dat|a)+$/.test(tags);
@ok  const dated = /^(?:data|date)+$/.test(tags);
  res.json({ raw, dated });
});

app.listen(3000);
`,
  ),
];
