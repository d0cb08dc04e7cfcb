// Dev suite "js-ts", batch 159: look-alikes of the false shapes and misses the twentieth JS sample and last round's
// blind batches left open: documentation-theme Handlebars templates, a library's own template argument, request
// events' locals, rate-limit and forwarded-cookie headers, regexes whose loop ends only at `$`, DynamoDB
// expressions, Elasticsearch scripts and xmllint run on an upload. Own code, each shape beside a real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch159", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch159", cwe, note, src, "typescript");
// A template file (markup.ts lowers its raw-HTML bindings), one case per @@ / @ok line.
const markup = (name: string, note: string, src: string): DevCase[] =>
  fileCases("batch159", "CWE-79", `markup: ${note}`, src, "javascript").map((c) => ({ ...c, file: name }));

export const BATCH159: DevCase[] = [
  ...markup(
    "partials/signature.hbs",
    "an API-docs theme partial: helper output and Markdown block sources vs a visitor's raw field",
    `<section class="api-member">
@ok  <h3 class="api-name">{{{shy signature.name}}}</h3>
@ok  <div class="api-summary">{{#markdown}}{{{signature.comment.summary}}}{{/markdown}}</div>
  {{#each signature.params}}
@ok    <dt>{{{shy this.name}}}</dt>
@ok    <dd>{{#markdown}}{{{this.comment}}}{{/markdown}}</dd>
  {{/each}}
  {{#if discussion}}
@@    <aside class="visitor-note">{{{ discussion.latestReply.body }}}</aside>
  {{/if}}
</section>
`,
  ),
  ...markup(
    "layouts/page.hbs",
    "a docs theme's full-page layout: the contents slot vs a guestbook entry rendered raw",
    `<!DOCTYPE html>
<html lang="en">
  <head><title>{{project.title}}</title></head>
  <body>
    <nav>{{> navigation}}</nav>
@ok    <main class="docs-main">{{{contents}}}</main>
@@    <footer class="guest">{{{ guestbook.lastEntry }}}</footer>
  </body>
</html>
`,
  ),
  ...js(
    "CWE-1336",
    "a formatting library whose exported helper compiles the template its caller passes vs request text spliced into a template",
    `const _ = require('lodash');
const express = require('express');

function renderWith(template, data, options) {
@ok  const compiled = _.template(template, options);
  return compiled(data);
}

function banner(who) {
@@  return _.template('<b>Welcome back, ' + who + '</b>')({});
}

const app = express();
app.post('/preview', express.json(), (req, res) => {
@@  res.send(_.template(req.body.layout)({ user: req.user }));
});

module.exports = { renderWith, banner, app };
`,
  ),
  ...ts(
    "CWE-79",
    "SvelteKit: values the server hook stores in event.locals and a load reading locals vs the query string in HTML",
    `import type { Handle, RequestHandler } from '@sveltejs/kit';
import { findAccount } from '$lib/server/accounts';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.account = await findAccount(process.env.DEFAULT_TENANT ?? 'main');
  event.locals.theme = 'dark';
  return resolve(event);
};

export const GET: RequestHandler = async (event) => {
  const q = event.url.searchParams.get('q') ?? '';
@ok  const open = '<p class="' + event.locals.theme + '">';
@@  const html = open + 'Results for ' + q + '</p>';
  return new Response(html, { headers: { 'content-type': 'text/html' } });
};

export const POST: RequestHandler = async ({ locals, request }) => {
  const form = await request.formData();
@ok  const head = '<h1>' + locals.theme + '</h1>';
@@  const body = '<div>' + form.get('comment') + '</div>';
  return new Response(head + body, { headers: { 'content-type': 'text/html' } });
};
`,
  ),
  ...js(
    "CWE-1333",
    "a repeated group that must end with a separator or the end of input vs one that may split a run two ways",
    `const ROSTER_LINE = /^(?:[A-Za-z0-9_]+(?: +[A-Za-z0-9_]+){0,2}(?: +<([^>]+)>)?(?:; |$))+$/;
const LOOSE_WORDS = /^(\\w+\\s?)+$/;

function parseRoster(line) {
@ok  if (!ROSTER_LINE.test(line)) return null;
  return line.split('; ');
}

function looksLikeWords(text) {
@@  return LOOSE_WORDS.test(text);
}

module.exports = { parseRoster, looksLikeWords };
`,
  ),
  ...ts(
    "CWE-113",
    "h3 rate limiter: counters read from storage under a key holding the client IP, and set-cookie lines copied from an upstream response vs a query value",
    `import { defineEventHandler, getRequestIP, getQuery, setResponseHeader, appendResponseHeader } from 'h3';
import { useStorage } from '#imports';

interface Bucket {
  remaining: number;
  resetAt: number;
}

export const limiter = defineEventHandler(async (event) => {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'anon';
  const store = useStorage('buckets');
  const bucket = (await store.getItem<Bucket>('bucket:' + ip)) ?? { remaining: 60, resetAt: Date.now() + 60000 };
  bucket.remaining -= 1;
  await store.setItem('bucket:' + ip, bucket);
@ok  setResponseHeader(event, 'x-ratelimit-remaining', String(bucket.remaining));
@ok  setResponseHeader(event, 'x-ratelimit-reset', String(bucket.resetAt));
  const { note } = getQuery(event);
@@  setResponseHeader(event, 'x-debug-note', String(note));
});

export const relay = defineEventHandler(async (event) => {
  const upstream = await fetch('https://accounts.internal.example/session', { headers: { accept: 'application/json' } });
  const cookies: string[] = [];
  for (const line of upstream.headers.getSetCookie()) cookies.push(line);
@ok  for (const c of cookies) appendResponseHeader(event, 'set-cookie', c);
  return upstream.json();
});
`,
  ),
  ...js(
    "CWE-113",
    "Express: a counter read from a cache keyed by req.ip and cookies forwarded from an upstream reply vs a header echoing the query",
    `const express = require('express');
const cache = require('./cache');

const app = express();

app.use(async (req, res, next) => {
  const hits = (await cache.get('hits:' + req.ip)) || 0;
  await cache.set('hits:' + req.ip, hits + 1);
@ok  res.set('X-Request-Count', String(hits + 1));
  next();
});

app.get('/proxy/login', async (req, res) => {
  const reply = await fetch('https://sso.internal.example/login');
  const forwarded = [];
  reply.headers.forEach((value, name) => {
    if (name === 'set-cookie') forwarded.push(value);
  });
@ok  res.setHeader('Set-Cookie', forwarded);
@@  res.setHeader('X-Return-To', req.query.returnTo);
  res.json(await reply.json());
});

module.exports = app;
`,
  ),
];
