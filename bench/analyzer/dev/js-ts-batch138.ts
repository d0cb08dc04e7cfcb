// Dev suite "js-ts", batch 138: the fifteenth real-code false-alarm sample (224 npm packages: CLI tools, bundler and
// lint plugins, test reporters, query builders and drivers, queues, OAuth/OIDC clients, loggers, HTTP middleware,
// template engines, CMS plugins, wallets, serial/MQTT, game engines, charts, editors, i18n; 134 MEDIUM+ findings
// judged by reading). Own code in the shape of what was misjudged, each false-alarm shape as a safe case beside a
// nearby real weakness.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch138", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch138", cwe, note, src, "typescript");

export const BATCH138: DevCase[] = [
  // --- (1) `token` as the tag of a tagged value or a lexer's token kind, and a query-string marker ---
  ...ts(
    "CWE-798",
    "a SQL helper's tagged values ({token: 'identifier'}), a lexer rule's token kind and a '$filter=' marker vs a client built with a live key",
    `import { Client } from './client';

type Tagged = { token: string; args: unknown[] };

export const helpers = {
@ok  identifier: (...args: unknown[]): Tagged => ({ token: 'identifier', args }),
@ok  interval: (...args: unknown[]): Tagged => ({ token: 'interval', args }),
@ok  jsonb: (...args: unknown[]): Tagged => ({ token: 'jsonb', args }),
};

export function query(text: string) {
  return {
    text,
@ok    token: 'sql',
    values: [] as unknown[],
  };
}

export const lexerRules = {
@ok  space: { token: "whitespace", optional: true },
  word: { pattern: /\\w+/ },
};

export function lastFilter(urls: string[]): string[] {
  return urls.map((u) => {
@ok    const token = '$filter=';
    const at = u.lastIndexOf(token);
    return at < 0 ? '' : u.slice(at + token.length);
  });
}

export const client = new Client({
@@  token: 'xoxb-2914407730-8130462216519-Hq7vZk2pX9mWcR4tLbN8sJfE',
});
`,
  ),
  // --- (2) jQuery wrapping a DOM node looked up by id, and a version string prepended ---
  ...js(
    "CWE-79",
    "jQuery of document.getElementById(hash) and a prepend of the library's version vs jQuery of HTML built from the hash",
    `$(function () {
  var target = decodeURIComponent(location.hash.slice(1));
  var $el;
  if (target) {
@ok    $el = $(document.getElementById(target));
    if (!$el.length) {
@ok      $el = $(document.getElementsByName(target));
    }
    if ($el.length) window.scrollTo(0, $el.offset().top);
  }
@ok  $('#footer').prepend('Charts ' + $.plot.version + ' &ndash; ');
@@  $('#crumb').append('<span>' + target + '</span>');
});
`,
  ),
  // --- (3) innerHTML from markup already in the page, and from a number ---
  ...js(
    "CWE-79",
    "innerHTML copied from another element's innerHTML and a percentage vs innerHTML of a query parameter",
    `function wrapCheckbox(label, input) {
  const p = document.createElement('p');
  const span = document.createElement('span');
@ok  span.innerHTML = label.innerHTML;
  label.innerHTML = '';
  label.appendChild(input);
  label.appendChild(span);
  p.appendChild(label);
  return p;
}

function setProgress(bar, done) {
  const pct = \`\${Math.round(done * 100)}%\`;
  bar.style.width = pct;
@ok  bar.innerHTML = pct;
}

function showNotice() {
  const params = new URLSearchParams(window.location.search);
@@  document.getElementById('notice').innerHTML = params.get('msg');
}

module.exports = { wrapCheckbox, setProgress, showNotice };
`,
  ),
  // --- (4) React.createElement of a component with spread props ---
  ...js(
    "CWE-79",
    "React.createElement of an own component with spread props and a key from the route vs dangerouslySetInnerHTML from the route",
    `import React from 'react';
import { useRouter } from 'next/router';
import CardGrid from './CardGrid';

export function withRouteKey(Component) {
  return function Inner(props) {
    const router = useRouter();
    const key = \`\${router.asPath}:\${props.name}\`;
@ok    return React.createElement(Component, Object.assign({}, props, { key: key }));
  };
}

export function Cards(props) {
  const { query } = useRouter();
@ok  return React.createElement(CardGrid, Object.assign({ layout: query.layout }, props));
}

export function Banner() {
  const { query } = useRouter();
@@  return React.createElement('div', { dangerouslySetInnerHTML: { __html: query.banner } });
}
`,
  ),
  // --- (5) a poll helper's sleep in seconds ---
  ...js(
    "CWE-770",
    "a device-flow poller sleeping the interval the server returned vs a handler's timer from the query",
    `const express = require('express');

async function wait(seconds) {
@ok  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

async function pollForToken(request, deviceCode, interval) {
  for (;;) {
    const res = await request('POST /login/oauth/access_token', { device_code: deviceCode });
    if (res.access_token) return res.access_token;
    if (res.error === 'slow_down') interval += 5;
    await wait(interval);
  }
}

const app = express();
app.get('/later', (req, res) => {
@@  setTimeout(() => res.send('ok'), parseInt(req.query.ms, 10));
});

module.exports = { pollForToken, app };
`,
  ),
  // --- (6) prototype pollution: array index from forEach, keys the object already owns ---
  ...js(
    "CWE-1321",
    "writes at a forEach index of an array and at keys the written object owns vs a recursive merge of a request body",
    `const express = require('express');

function clean(target) {
  if (Array.isArray(target)) {
    target.forEach((val, ind) => {
@ok      target[ind] = clean(target[ind]);
    });
  } else if (target && typeof target === 'object') {
    for (const k in target) {
      if (Object.prototype.hasOwnProperty.call(target, k)) {
@ok        target[k] = clean(target[k]);
      }
    }
  }
  return target;
}

function merge(dst, src) {
  for (const key of Object.keys(src)) {
    if (src[key] && typeof src[key] === 'object') {
      if (!dst[key]) dst[key] = {};
      merge(dst[key], src[key]);
    } else {
@@      dst[key] = src[key];
    }
  }
  return dst;
}

const app = express();
app.use(express.json());
const settings = {};
app.post('/settings', (req, res) => {
  merge(settings, clean(req.body));
  res.json(settings);
});
`,
  ),
  // --- (7) postMessage('*') of nothing secret ---
  ...js(
    "CWE-345",
    "a setImmediate shim posting its own random token to itself and a loader posting an error to its iframe vs a session token to any origin",
    `const nextTick = ((token, callbacks) => {
  window.addEventListener('message', ({ source, data }) => {
    if (source === window && data === token) callbacks.length && callbacks.shift()();
  }, false);
  return (cb) => {
    callbacks.push(cb);
@ok    window.postMessage(token, '*');
  };
})('shim@' + Math.random(), []);

function attachLoader(frame) {
  window.addEventListener('error', (error) => {
@ok    frame.contentWindow.postMessage(JSON.stringify({ error: String(error.message) }), '*');
  });
}

function shareSession(session) {
@@  window.parent.postMessage({ accessToken: session.accessToken }, '*');
}

module.exports = { nextTick, attachLoader, shareSession };
`,
  ),
  // --- (8) a client-side template read from the page's own <script> element ---
  ...js(
    "CWE-1336",
    "a template compiled from the page's own <script type=text/template> vs one compiled from the request",
    `const express = require('express');
const dot = require('dot');

function renderInPage(data) {
@ok  const fn = dot.template(document.getElementById('row-tmpl').text);
  document.getElementById('rows').textContent = fn(data);
}

const app = express();
app.post('/preview', (req, res) => {
@@  const fn = dot.template(req.body.layout);
  res.send(fn({ user: req.user }));
});

module.exports = { renderInPage, app };
`,
  ),
  // --- (9) a language-preference cookie readable by scripts ---
  ...js(
    "CWE-1004",
    "a koa language cookie set without httpOnly vs a session cookie set without httpOnly",
    `const Koa = require('koa');
const app = new Koa();

function setLanguage(ctx, lng, cookieName) {
  ctx.state.lng = lng;
  ctx.set('Content-Language', lng);
@ok  ctx.cookies.set(cookieName, lng, { httpOnly: false, signed: false });
}

app.use(async (ctx, next) => {
  setLanguage(ctx, ctx.query.lng || 'en', 'i18next');
  await next();
});

app.use(async (ctx) => {
  const sid = await ctx.sessions.create(ctx.state.user);
@@  ctx.cookies.set('session_id', sid, { httpOnly: false });
  ctx.body = 'ok';
});
`,
  ),
  // --- (10) Math.random ids for DOM elements ---
  ...js(
    "CWE-338",
    "a form builder's Math.random UUID for element ids vs Math.random for a password-reset token",
    `function elementId() {
  let d = Date.now();
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
@ok    const r = (d + Math.random() * 16) % 16 | 0;
    d = Math.floor(d / 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

function addField(form, label) {
  const input = document.createElement('input');
  input.id = elementId();
  form.appendChild(input);
  return input;
}

async function startReset(db, email) {
@@  const resetToken = Math.random().toString(36).slice(2);
  await db.saveReset(email, resetToken);
  return resetToken;
}

module.exports = { addField, startReset };
`,
  ),
  // --- (11) a request id echoed back ---
  ...js(
    "CWE-113",
    "koa middleware echoing the X-Request-Id header (or a uuid) vs a header from the query",
    `const { randomUUID } = require('crypto');

function requestId(options = {}) {
  const header = options.header || 'X-Request-Id';
  const expose = options.expose || 'X-Request-Id';
  return async (ctx, next) => {
    let id = ctx.get(header);
    if (!id) id = randomUUID();
@ok    ctx.set(expose, id);
    ctx.state.id = id;
    await next();
  };
}

function downloadAs() {
  return async (ctx) => {
@@    ctx.set('Content-Disposition', 'attachment; filename=' + ctx.query.name);
    ctx.body = 'data';
  };
}

module.exports = { requestId, downloadAs };
`,
  ),
];
