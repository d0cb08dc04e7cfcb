import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-XSS-001"] }).findings.map((f) => f.line);

describe("JS-XSS-001 on TSX", () => {
  it("takes an app component's `action` prop for its own data, a form's action for a URL", () => {
    const code = [
      "import React from 'react';",
      "import { useParams, useSearchParams } from 'react-router-dom';",
      "export function Page({ actions }: { actions: { name: string }[] }) {",
      "  const { actionName } = useParams();",
      "  const [sp] = useSearchParams();",
      "  const next = sp.get('next') ?? '';",
      "  const listAction = actions.find((a) => a.name === actionName);",
      "  return (",
      "    <div>",
      "      <ActionHeader action={listAction} />",
      "      <form action={next} />",
      "    </div>",
      "  );",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([11]);
  });
});

describe("JS-XSS-001: a class's own text form", () => {
  it("takes what toString returns for a description, not page markup", () => {
    const code = [
      "const express = require('express');",
      "const app = express();",
      "app.get('/r', (req, res) => {",
      "  const r = {",
      "    toString() {",
      "      return `<Reply q=${req.query.q}>`;",
      "    },",
      "    card() {",
      '      return `<div class="r">${req.query.q}</div>`;',
      "    },",
      "  };",
      "  res.json({ text: String(r), html: r.card() });",
      "});",
    ].join("\n");
    const found = analyzeSync(code, { language: "javascript", rules: ["JS-XSS-001"] }).findings.map(
      (f) => f.line,
    );
    expect(found).toEqual([9]);
  });
});

describe("JS-XSS-001 sinks named indirectly", () => {
  const js = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-XSS-001"] }).findings.map((f) => f.line);
  it("reads innerHTML named by a constant key, and srcdoc on any element, as markup sinks", () => {
    const code = [
      "const h = decodeURIComponent(location.hash.slice(1));",
      "const prop = 'innerHTML';",
      "document.querySelector('.a')[prop] = h;",
      "document.querySelector('.b')['inner' + 'HTML'] = h;",
      "document.querySelector('.c')['text' + 'Content'] = h;",
      "function preview(frame) {",
      "  frame.srcdoc = h;",
      "}",
      "function previewSafe(frame) {",
      "  frame.srcdoc = DOMPurify.sanitize(h);",
      "}",
    ].join("\n");
    expect(js(code)).toEqual([3, 4, 7]);
  });
  it("reads jQuery imported as the module's default export as $", () => {
    const code = [
      "import $ from 'jquery';",
      "const h = decodeURIComponent(location.hash.slice(1));",
      "$(h).appendTo('#main');",
      "$.parseHTML(h, document, true);",
      "$('#l').append($('<li>').text(h));",
    ].join("\n");
    expect(js(code)).toEqual([3, 4]);
  });
});

describe("JS-XSS-001: links led by the page's own path", () => {
  const hrefs = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-XSS-001"] })
      .findings.filter((f) => /javascript: URL/.test(f.message))
      .map((f) => f.line);
  it("takes a URL led by location.pathname, a leading cut or an anchored match of it, for one with no scheme", () => {
    const code = [
      "const root = /.*\\/p\\/[^/]+/.exec(document.location.pathname) || clientVars.padId;",
      "$('#a').attr('href', `${root}/export/html`);",
      "const base = location.pathname;",
      "let h = base.split('timeslider')[0];",
      "h += `${document.body.dataset.rev}/export`;",
      "document.getElementById('b').setAttribute('href', h);",
      "const next = new URLSearchParams(location.search).get('next');",
      "$('#c').attr('href', `${next}/x`);",
      "$('#d').attr('href', /[a-z]+:.*/.exec(location.pathname));",
      "$('#e').attr('href', /.*/.exec(location.pathname) || next);",
    ].join("\n");
    expect(hrefs(code)).toEqual([8, 9, 10]);
  });
});

describe("JS-XSS-001 DOM nodes, moved markup and component props", () => {
  const js = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-XSS-001"] }).findings.map((f) => f.line);

  it("takes jQuery of a DOM lookup for no markup, jQuery of HTML built from the hash for markup", () => {
    const code = [
      "const id = location.hash.slice(1);",
      "const $a = $(document.getElementById(id));",
      "const $b = $(document.getElementsByName(id));",
      "$('#list').append(document.querySelector(id));",
      "$('#crumb').append('<b>' + id + '</b>');",
      "const $c = $(id);",
    ].join("\n");
    expect(js(code)).toEqual([5, 6]);
  });

  it("takes an element's own innerHTML moved for no new markup, a message's field for markup", () => {
    const code = [
      "function wrap(label) {",
      "  const span = document.createElement('span');",
      "  span.innerHTML = label.innerHTML;",
      "}",
      "window.addEventListener('message', (e) => {",
      "  document.getElementById('o').innerHTML = e.data.innerHTML;",
      "});",
    ].join("\n");
    expect(js(code)).toEqual([6]);
  });

  it("takes props handed to a component for no sink, props of an element or a string tag for one", () => {
    const code = [
      "import React from 'react';",
      "import Grid from './Grid';",
      "const q = Object.fromEntries(new URLSearchParams(location.search));",
      "export const A = (C) => React.createElement(C, q);",
      "export const B = () => React.createElement(Grid, q);",
      "export const D = () => React.createElement('a', q);",
      "const Tag = q.as ? 'a' : 'span';",
      "export const E = () => React.createElement(Tag, q);",
    ].join("\n");
    expect(js(code)).toEqual([6, 8]);
  });
});

describe("JS-XSS-001 the jQuery object's own constants", () => {
  it("takes literals joined with a property of $ (a plugin's version) for no data, a variable for data", () => {
    const code = [
      "$(function () {",
      "  $('#footer').prepend('Charts ' + $.plot.version + ' &ndash; ');",
      "  $('#about').append('<b>jQuery ' + jQuery.fn.jquery + '</b>');",
      "  const v = location.hash.slice(1);",
      "  $('#crumb').append('<b>' + v + '</b>');",
      "  $('#x').append('<i>' + $.cache[v] + '</i>');",
      "});",
    ].join("\n");
    expect(
      analyzeSync(code, { language: "javascript", rules: ["JS-XSS-001"] }).findings.map((f) => f.line),
    ).toEqual([5, 6]);
  });
});

describe("JS-XSS-001: an inert document's element", () => {
  it("takes innerHTML of an element a DOMParser document created for inert, the page's own elements for live", () => {
    const code = [
      "export function clean(html: string, id: string) {",
      "  const doc = new DOMParser().parseFromString(html, 'text/html');",
      "  doc.querySelectorAll('script').forEach((s) => s.remove());",
      "  const div = doc.createElement('div');",
      "  div.id = id;",
      "  div.innerHTML = doc.body.innerHTML;",
      "  return div.outerHTML;",
      "}",
      "window.addEventListener('message', (e) => {",
      "  document.getElementById('o')!.innerHTML = e.data.body.innerHTML;",
      "  const parsed = new DOMParser().parseFromString(e.data, 'text/html');",
      "  document.getElementById('p')!.innerHTML = parsed.body.innerHTML;",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([10, 11, 12]);
  });
});

describe("JS-XSS-001: exports and lodash's template function", () => {
  it("leaves request data sent as text/csv or as an attachment, not an HTML reply", () => {
    const code = [
      "app.post('/a', (req, res) => res.type('text/csv').send('n\\n' + req.body.n));",
      "app.post('/b', (req, res) => res.attachment('x.csv').send(req.body.n));",
      "app.post('/c', (req, res) => {",
      "  res.setHeader('Content-Type', 'text/csv');",
      "  res.end(req.body.n);",
      "});",
      "app.post('/d', (req, res) => res.send('<p>' + req.body.n + '</p>'));",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });

  it("reads `import template from 'lodash/template'` as lodash's: <%- escapes, <%= does not", () => {
    const code = [
      "import template from 'lodash/template';",
      "const safe = template('<p><%- q %></p>');",
      "const raw = template('<p><%= q %></p>');",
      "app.get('/a', (req, res) => res.send(safe({ q: req.query.q })));",
      "app.get('/b', (req, res) => res.send(raw({ q: req.query.q })));",
    ].join("\n");
    expect(lines(code)).toEqual([5]);
  });
});

describe("JS-XSS-001: ProseMirror positions", () => {
  it("takes $pos.before/after of a depth (arithmetic, a loop counter) for no markup, keeps jQuery .after of HTML", () => {
    const code = [
      "export function range($pos: any, $to: any, d: number) {",
      "  const out = [$pos.before(d + 1), $to.after(d - 1)];",
      "  for (let depth = $pos.depth; depth > 0; depth -= 1) out.push($pos.before(depth));",
      "  return out;",
      "}",
      "export function show($list: any, name: string) {",
      "  $list.after('<li>' + name + '</li>');",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });

  it("reads jQuery imported under another name and a constant computed method as jQuery's", () => {
    const code = [
      "import jq from 'jquery';",
      "const title = new URLSearchParams(location.search).get('t') ?? '';",
      "jq('#list').append('<li>' + title + '</li>');",
      "jq('#head')['html'](title);",
      "jq('#head')['text'](title);",
      "jq('#list').append(jq('<li>').text(title));",
    ].join("\n");
    expect(lines(code)).toEqual([3, 4]);
  });
});

describe("JS-XSS-001 on raw-text elements", () => {
  it("takes a style element's innerHTML for CSS, a div's and a script's for markup", () => {
    const code = [
      "window.addEventListener('message', (e) => {",
      "  const st = document.createElement('style');",
      "  st.innerHTML = e.data.css;",
      "  const div = document.createElement('div');",
      "  div.innerHTML = e.data.html;",
      "  const sc = document.createElement('script');",
      "  sc.innerHTML = e.data.code;",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([5, 7]);
  });
  it("takes highlight.js's output (also read through a module's default member) for escaped markup", () => {
    const code = [
      "import hljs from 'highlight.js';",
      "const hl = require('highlight.js');",
      "export function a(code: HTMLElement, lang: string) {",
      "  code.innerHTML = hljs.highlight(code.textContent || '', { language: lang }).value;",
      "  code.innerHTML = hl.default.highlight(code.textContent || '', { language: lang }).value;",
      "  code.innerHTML = code.textContent || '';",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });
});
