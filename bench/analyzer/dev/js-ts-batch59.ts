// Dev suite "js-ts", batch 59: written blind, before any fix for it (own code). Template engines and Markdown
// renderers told not to escape (Handlebars noEscape and triple-stash, Mustache's escape hook, nunjucks/swig
// autoescape off and `| safe`, lodash `<%=`, ejs `<%-`, pug `!=`, doT `{{=`, markdown-it/Remarkable html: true,
// marked/showdown output sent as HTML) with request data in them, and credentialed CORS that trusts an origin it
// did not check (Koa's reflecting default, loose regular expressions and suffix tests, the null origin,
// socket.io), each with a safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch59", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch59", cwe, note, src, "typescript");

export const BATCH59: DevCase[] = [
  ...js(
    "CWE-79",
    "Handlebars compiled with noEscape: true vs the default, rendering a query parameter",
    `const express = require('express');
const Handlebars = require('handlebars');
const app = express();
const source = '<h1>Results for {{term}}</h1>';

@@const rawPage = Handlebars.compile(source, { noEscape: true });
@ok const page = Handlebars.compile(source);

app.get('/search', (req, res) => {
  res.send(rawPage({ term: req.query.q }));
});

app.get('/search2', (req, res) => {
  res.send(page({ term: req.query.q }));
});
`,
  ),
  ...js(
    "CWE-79",
    "Handlebars triple-stash vs double-stash over a request body field",
    `const express = require('express');
const Handlebars = require('handlebars');
const app = express();
app.use(express.json());

app.post('/profile/preview', (req, res) => {
@@  const html = Handlebars.compile('<section>{{{bio}}}</section>')({ bio: req.body.bio });
  res.send(html);
});

app.post('/profile/preview-safe', (req, res) => {
@ok  const html = Handlebars.compile('<section>{{bio}}</section>')({ bio: req.body.bio });
  res.send(html);
});
`,
  ),
  ...js(
    "CWE-79",
    "Handlebars.SafeString around a raw query value vs around escapeExpression",
    `const express = require('express');
const Handlebars = require('handlebars');
const app = express();
const tpl = Handlebars.compile('<div class="banner">{{banner}}</div>');

app.get('/promo', (req, res) => {
@@  res.send(tpl({ banner: new Handlebars.SafeString('<b>' + req.query.banner + '</b>') }));
});

app.get('/promo-safe', (req, res) => {
@ok  res.send(tpl({ banner: new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(req.query.banner) + '</b>') }));
});
`,
  ),
  ...js(
    "CWE-79",
    "Mustache's escape hook replaced by the identity function before rendering a query value",
    `const express = require('express');
const Mustache = require('mustache');
const app = express();

@@Mustache.escape = (text) => text;

app.get('/hello', (req, res) => {
  res.send(Mustache.render('<p>Hello {{name}}</p>', { name: req.query.name }));
});
`,
  ),
  ...js(
    "CWE-79",
    "Mustache triple mustache vs double mustache with a query value",
    `const express = require('express');
const Mustache = require('mustache');
const app = express();

app.get('/note', (req, res) => {
@@  res.send(Mustache.render('<p>{{{note}}}</p>', { note: req.query.note }));
});

app.get('/note-safe', (req, res) => {
@ok  res.send(Mustache.render('<p>{{note}}</p>', { note: req.query.note }));
});
`,
  ),
  ...js(
    "CWE-79",
    "nunjucks configured with autoescape: false rendering a query value",
    `const express = require('express');
const nunjucks = require('nunjucks');
const app = express();

@@nunjucks.configure('views', { autoescape: false, express: app });

app.get('/welcome', (req, res) => {
  res.render('welcome.njk', { visitor: req.query.visitor });
});
`,
  ),
  ...js(
    "CWE-79",
    "nunjucks configured with autoescape: true (safe twin)",
    `const express = require('express');
const nunjucks = require('nunjucks');
const app = express();

@ok nunjucks.configure('views', { autoescape: true, express: app });

app.get('/welcome', (req, res) => {
  res.render('welcome.njk', { visitor: req.query.visitor });
});
`,
  ),
  ...js(
    "CWE-79",
    "nunjucks renderString with the | safe filter vs without it",
    `const express = require('express');
const nunjucks = require('nunjucks');
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/bio', (req, res) => {
@@  res.send(nunjucks.renderString('<p>{{ bio | safe }}</p>', { bio: req.body.bio }));
});

app.post('/bio-safe', (req, res) => {
@ok  res.send(nunjucks.renderString('<p>{{ bio }}</p>', { bio: req.body.bio }));
});
`,
  ),
  ...js(
    "CWE-79",
    "swig defaults with autoescape off vs on",
    `const swig = require('swig');
const express = require('express');
const app = express();

@@swig.setDefaults({ autoescape: false, cache: false });

app.get('/card', (req, res) => {
  res.send(swig.render('<div>{{ title }}</div>', { locals: { title: req.query.title } }));
});
`,
  ),
  ...js(
    "CWE-79",
    "lodash template: <%= interpolates raw, <%- escapes",
    `const express = require('express');
const _ = require('lodash');
const app = express();

app.get('/title', (req, res) => {
@@  res.send(_.template('<h1><%= title %></h1>')({ title: req.query.title }));
});

app.get('/title-safe', (req, res) => {
@ok  res.send(_.template('<h1><%- title %></h1>')({ title: req.query.title }));
});
`,
  ),
  ...js(
    "CWE-79",
    "ejs.render: <%- outputs raw, <%= escapes",
    `const express = require('express');
const ejs = require('ejs');
const app = express();
app.use(express.json());

app.post('/about', (req, res) => {
@@  res.send(ejs.render('<p><%- about %></p>', { about: req.body.about }));
});

app.post('/about-safe', (req, res) => {
@ok  res.send(ejs.render('<p><%= about %></p>', { about: req.body.about }));
});
`,
  ),
  ...js(
    "CWE-79",
    "pug.render: != is unescaped, = is escaped",
    `const express = require('express');
const pug = require('pug');
const app = express();

app.get('/flash', (req, res) => {
@@  res.send(pug.render('p!= msg', { msg: req.query.msg }));
});

app.get('/flash-safe', (req, res) => {
@ok  res.send(pug.render('p= msg', { msg: req.query.msg }));
});
`,
  ),
  ...js(
    "CWE-79",
    "doT template: {{= is raw, {{! is encoded",
    `const express = require('express');
const doT = require('dot');
const app = express();

app.get('/tag', (req, res) => {
@@  res.send(doT.template('<span>{{=it.tag}}</span>')({ tag: req.query.tag }));
});

app.get('/tag-safe', (req, res) => {
@ok  res.send(doT.template('<span>{{!it.tag}}</span>')({ tag: req.query.tag }));
});
`,
  ),
  ...js(
    "CWE-79",
    "markdown-it with html: true vs the default on a posted comment",
    `const express = require('express');
const MarkdownIt = require('markdown-it');
const app = express();
app.use(express.json());

@@const rich = new MarkdownIt({ html: true });
@ok const plain = new MarkdownIt();

app.post('/comments/preview', (req, res) => {
  res.send(rich.render(req.body.comment));
});

app.post('/comments/preview-plain', (req, res) => {
  res.send(plain.render(req.body.comment));
});
`,
  ),
  ...js(
    "CWE-79",
    "Remarkable with html: true vs html: false on a posted description",
    `const express = require('express');
const { Remarkable } = require('remarkable');
const app = express();
app.use(express.json());

@@const permissive = new Remarkable({ html: true });
@ok const strict = new Remarkable({ html: false });

app.post('/describe', (req, res) => {
  res.send(permissive.render(req.body.description));
});

app.post('/describe-strict', (req, res) => {
  res.send(strict.render(req.body.description));
});
`,
  ),
  ...js(
    "CWE-79",
    "marked output of a posted Markdown body sent as HTML vs purified first",
    `const express = require('express');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const DOMPurify = createDOMPurify(new JSDOM('').window);
const app = express();
app.use(express.json());

app.post('/render', (req, res) => {
@@  res.send(marked.parse(req.body.markdown));
});

app.post('/render-safe', (req, res) => {
@ok  res.send(DOMPurify.sanitize(marked.parse(req.body.markdown)));
});
`,
  ),
  ...ts(
    "CWE-79",
    "showdown makeHtml of a query value vs passed through sanitize-html",
    `import express, { Request, Response } from 'express';
import showdown from 'showdown';
import sanitizeHtml from 'sanitize-html';

const app = express();
const converter = new showdown.Converter();

app.get('/md', (req: Request, res: Response) => {
  const text = String(req.query.text ?? '');
@@  res.send(converter.makeHtml(text));
});

app.get('/md-safe', (req: Request, res: Response) => {
  const text = String(req.query.text ?? '');
@ok  res.send(sanitizeHtml(converter.makeHtml(text)));
});
`,
  ),
  ...js(
    "CWE-79",
    "React preview: marked output of a URL parameter in dangerouslySetInnerHTML vs purified",
    `import React from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export function Preview() {
  const text = new URLSearchParams(window.location.search).get('preview') || '';
  return (
    <div>
@@      <article dangerouslySetInnerHTML={{ __html: marked.parse(text) }} />
@ok      <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(text)) }} />
    </div>
  );
}
`,
  ),
  ...js(
    "CWE-942",
    "@koa/cors with credentials and no origin (reflects the caller) vs a pinned origin",
    `const Koa = require('koa');
const cors = require('@koa/cors');

const api = new Koa();
@@api.use(cors({ credentials: true }));

const admin = new Koa();
@ok admin.use(cors({ origin: 'https://admin.example.com', credentials: true }));

module.exports = { api, admin };
`,
  ),
  ...js(
    "CWE-942",
    "cors origin regular expression without anchors vs anchored to the scheme and host",
    `const express = require('express');
const cors = require('cors');
const app = express();

@@app.use('/api', cors({ origin: /example\\.com/, credentials: true }));
@ok app.use('/v2', cors({ origin: /^https:\\/\\/(www|app)\\.example\\.com$/, credentials: true }));
`,
  ),
  ...js(
    "CWE-942",
    "hand-written CORS: suffix test without a dot vs an allow-list, both with credentials",
    `const express = require('express');
const app = express();
const ALLOWED = new Set(['https://app.example.com', 'https://www.example.com']);

app.use('/api', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.endsWith('example.com')) {
@@    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.use('/v2', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.has(origin)) {
@ok    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
`,
  ),
  ...js(
    "CWE-942",
    "hand-written CORS: substring test with includes vs strict equality",
    `const express = require('express');
const app = express();

app.use((req, res, next) => {
  const origin = req.get('origin') || '';
  if (origin.includes('trusted-partner.com')) {
@@    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  if (origin === 'https://portal.trusted-partner.com') {
@ok    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
`,
  ),
  ...js(
    "CWE-942",
    "the null origin allowed with credentials vs a fixed origin",
    `const http = require('http');

http.createServer((req, res) => {
  if (req.url.startsWith('/legacy')) {
@@    res.writeHead(200, { 'Access-Control-Allow-Origin': 'null', 'Access-Control-Allow-Credentials': 'true' });
  } else {
@ok    res.writeHead(200, { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' });
  }
  res.end(JSON.stringify({ ok: true }));
}).listen(8080);
`,
  ),
  ...js(
    "CWE-942",
    "writeHead reflecting the Origin header with credentials vs an allow-list check",
    `const http = require('http');
const TRUSTED = ['https://shop.example.com'];

http.createServer((req, res) => {
  const origin = req.headers.origin;
  if (req.url === '/cart') {
@@    res.writeHead(200, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
  } else if (TRUSTED.includes(origin)) {
@ok    res.writeHead(200, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
  }
  res.end('{}');
}).listen(8081);
`,
  ),
  ...ts(
    "CWE-942",
    "socket.io server with origin: true and credentials vs a listed origin",
    `import { createServer } from 'http';
import { Server } from 'socket.io';

const httpServer = createServer();
@@export const open = new Server(httpServer, { cors: { origin: true, credentials: true } });
@ok export const closed = new Server(httpServer, { cors: { origin: ['https://chat.example.com'], credentials: true } });
`,
  ),
];
