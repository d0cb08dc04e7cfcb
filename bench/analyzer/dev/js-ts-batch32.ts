// Dev suite "js-ts", batch 32: the third probe round, written before its fixes (own code): markdown converted to
// HTML by libraries that keep raw HTML (showdown, markdown-it with html enabled, remark/rehype with raw HTML,
// snarkdown) and sent as the response, next to their sanitised or HTML-disabled twins; hapi handlers returning
// request text.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch32", cwe, note, src, "javascript");

export const BATCH32: DevCase[] = [
  ...js(
    "CWE-79",
    "showdown and snarkdown output sent as HTML",
    `const express = require('express');
const showdown = require('showdown');
const snarkdown = require('snarkdown');
const sanitizeHtml = require('sanitize-html');
const app = express();
app.use(express.json());
const conv = new showdown.Converter({ tables: true });

app.post('/wiki/preview', (req, res) => {
@@  res.send(conv.makeHtml(req.body.source));
});

app.post('/wiki/preview-clean', (req, res) => {
@ok  res.send(sanitizeHtml(conv.makeHtml(req.body.source)));
});

app.post('/chat/render', (req, res) => {
  const html = snarkdown(req.body.message);
@@  res.send('<div class="msg">' + html + '</div>');
});
`,
  ),
  ...js(
    "CWE-79",
    "markdown-it with and without raw HTML",
    `const express = require('express');
const markdownIt = require('markdown-it');
const app = express();
app.use(express.json());
const unsafeMd = markdownIt({ html: true, breaks: true });
const strictMd = markdownIt({ html: false, linkify: true });

app.post('/post/preview', (req, res) => {
@@  res.send(unsafeMd.render(req.body.text));
});

app.post('/post/preview-strict', (req, res) => {
@ok  res.send(strictMd.render(req.body.text));
});

app.post('/post/inline', (req, res) => {
@@  res.send('<p>' + unsafeMd.renderInline(req.body.text) + '</p>');
});
`,
  ),
  ...js(
    "CWE-79",
    "remark pipelines that keep raw HTML",
    `const express = require('express');
const { remark } = require('remark');
const remarkRehype = require('remark-rehype');
const rehypeRaw = require('rehype-raw');
const rehypeSanitize = require('rehype-sanitize');
const rehypeStringify = require('rehype-stringify');
const app = express();
app.use(express.json());

app.post('/doc/raw', async (req, res) => {
  const out = await remark().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify).process(req.body.md);
@@  res.send(String(out));
});

app.post('/doc/safe', async (req, res) => {
  const out = await remark().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).process(req.body.md);
@ok  res.send(String(out));
});
`,
  ),
  ...js(
    "CWE-79",
    "hapi handlers returning request text",
    `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 4000 });

server.route({
  method: 'GET',
  path: '/echo',
  handler: (request) => {
@@    return request.query.text;
  },
});

server.route({
  method: 'GET',
  path: '/echo-typed',
  handler: (request, h) => {
@ok    return h.response(String(request.query.text)).type('text/plain');
  },
});

server.route({
  method: 'GET',
  path: '/echo-len',
  handler: (request) => {
@ok    return { length: String(request.query.text || '').length };
  },
});
`,
  ),
];
