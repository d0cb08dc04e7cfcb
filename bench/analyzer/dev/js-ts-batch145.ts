// Dev suite "js-ts", batch 145: line-level cases in rule-test style over browser-side code and front-end
// frameworks (own code, written blind, before any fix): jQuery HTML sinks (.html/.append/.prepend/.after/.before/
// .replaceWith/.wrap, $(html), $.parseHTML with scripts, $(location.hash)), $.globalEval and $.getScript /
// script-typed $.ajax with a page-controlled URL, AngularJS 1.x ($sce.trustAs*, $sceProvider.enabled(false),
// element .html() plus $compile, href sanitisation lists that let javascript: through), Chrome extension external
// message listeners without a sender check and tabs.executeScript code strings, service worker / worker /
// importScripts / script.src / dynamic import from page-controlled URLs, React server rendering of request HTML and
// of state inlined in a script tag, React Router hrefs, DOM sinks fed by postMessage data, window.name,
// document.cookie and document.referrer (Range, DOMParser adoption, srcdoc, outerHTML, document.write), URL
// attributes (href/src/action/formaction) reachable by javascript:, browser eval-likes (setTimeout/setInterval
// strings, new Function, eval of message data), Vue render/domProps/compile, Lit unsafeHTML, browser Handlebars
// triple-stash, Angular route parameters into bypassSecurityTrust* and nativeElement, document.domain.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch145", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch145", cwe, note, src, "typescript");
/** A .tsx/.jsx file (read as TypeScript, JSX included); the name is recorded for the reader. */
const tsx = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch145", cwe, `${file}: ${note}`, src, "typescript").map((c) => ({ ...c, file }));
/** A component file (.vue, .svelte) read through the markup front end; marks as in fileCases. */
const comp = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch145", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH145: DevCase[] = [
  ...js(
    "CWE-79",
    "jQuery HTML-building methods fed by the query string, the hash, the referrer and window.name vs .text() and DOM-built nodes",
    `/* global $, jQuery, DOMPurify */
$(function () {
  var params = new URLSearchParams(window.location.search);
  var term = params.get('q');
@@  $('#results-title').html('Results for ' + term);
@ok  $('#results-title-plain').text('Results for ' + term);

  var crumb = decodeURIComponent(location.hash.slice(1));
@@  $('.breadcrumb').append('<li class="crumb">' + crumb + '</li>');
@ok  $('.breadcrumb').append($('<li class="crumb"></li>').text(crumb));
@@  $('#banner').prepend(\`<span class="tag">\${params.get('tag')}</span>\`);
@ok  $('#banner').prepend('<span class="tag">featured</span>');
});

function showFlash() {
  var msg = new URL(document.location.href).searchParams.get('flash');
  if (!msg) return;
@@  $('<div class="flash">' + msg + '</div>').appendTo('body');
@ok  $('<div class="flash"></div>').text(msg).appendTo('body');
}

function renderReferrer() {
  var ref = document.referrer;
@@  $('#from').after('<p>You came from ' + ref + '</p>');
@ok  $('#from').after($('<p/>', { text: 'You came from ' + ref }));
@@  $('#from').before('<a href="' + ref + '">back</a>');
}

function restoreDraft() {
  var draft = window.name;
@@  jQuery('#draft').html(draft);
@ok  jQuery('#draft').html(DOMPurify.sanitize(draft));
@ok  jQuery('#draft-count').html(String(draft.length));
}

function previewFragment() {
  var raw = location.hash.substring(1);
@@  var nodes = $.parseHTML(decodeURIComponent(raw), document, true);
  $('#preview').empty().append(nodes);
@ok  var staticNodes = $.parseHTML('<b>Preview</b><i>mode</i>');
  $('#preview-head').append(staticNodes);
}

function swapWidget() {
  var q = new URLSearchParams(location.search);
@@  $('#widget').replaceWith(q.get('widget'));
@@  $('.card').wrap(q.get('frame'));
@ok  $('.card').wrap('<div class="card-frame"></div>');
@ok  $('#widget-name').text(q.get('widget'));
}

$(window).on('hashchange', function () {
@@  $(location.hash).addClass('active');
@@  var $panel = $(decodeURIComponent(window.location.hash));
  $panel.show();
@ok  $(document.getElementById(location.hash.slice(1))).addClass('active');
});

function listTags(tags) {
  var safe = tags.map(function (t) {
    return $('<span class="tag"></span>').text(t);
  });
@ok  $('#tags').append(safe);
@ok  $('#tags').append('<span class="tag">' + tags.length + ' tags</span>');
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery sinks fed by postMessage data (no origin check) vs the same data through text() and attr()",
    `/* global $ */
window.addEventListener('message', function (event) {
  var data = event.data;
  if (data.type === 'chat') {
@@    $('#chat-log').append('<div class="line">' + data.body + '</div>');
@ok    $('#chat-log-plain').append($('<div class="line"></div>').text(data.body));
  }
  if (data.type === 'title') {
@@    $('h1.page').html(data.title);
@ok    $('h1.page').text(data.title);
  }
  if (data.type === 'notice') {
@@    $(data.markup).insertAfter('#notices');
@ok    $('<p class="notice"></p>').text(data.markup).insertAfter('#notices');
  }
});

$(window).on('message', function (e) {
  var msg = e.originalEvent.data;
@@  $('#status').prepend(msg.status);
@ok  $('#status').attr('data-status', msg.status);
@@  $('.sidebar').html(\`<ul>\${msg.items.join('')}</ul>\`);
@ok  $('.sidebar').html('<ul>' + msg.items.length + '</ul>');
});
`,
  ),
  ...js(
    "CWE-95",
    "jQuery.globalEval and script-typed ajax of page-controlled text vs constant code",
    `/* global $, jQuery */
var params = new URLSearchParams(location.search);

function runSnippet() {
@@  $.globalEval(decodeURIComponent(location.hash.slice(1)));
@ok  $.globalEval('window.APP_READY = true;');
}

window.addEventListener('message', function (e) {
@@  jQuery.globalEval(e.data.code);
@ok  jQuery('#last-code').text(e.data.code);
});

function runInline() {
  var code = params.get('init');
  if (code) {
@@    $.globalEval(code, { nonce: 'abc123' });
  }
@ok  $.globalEval('console.log(' + JSON.stringify(params.get('init')) + ')');
}
`,
  ),
  ...js(
    "CWE-829",
    "jQuery.getScript / ajax dataType script / $.ajax jsonp from a page-controlled URL vs fixed script URLs",
    `/* global $, jQuery */
var params = new URLSearchParams(window.location.search);

function loadPlugin() {
  var url = params.get('plugin');
@@  $.getScript(url, function () { console.log('plugin loaded'); });
@ok  $.getScript('/static/plugins/' + encodeURIComponent(params.get('name')) + '.js');
}

function loadTheme() {
@@  jQuery.ajax({ url: location.hash.slice(1), dataType: 'script' });
@ok  jQuery.ajax({ url: location.hash.slice(1), dataType: 'json' });
@ok  jQuery.ajax({ url: '/static/theme.js', dataType: 'script', cache: true });
}

function loadFeed() {
@@  $.ajax({ url: params.get('feed'), dataType: 'jsonp', jsonpCallback: 'onFeed' });
@ok  $.ajax({ url: 'https://api.example.com/feed', dataType: 'jsonp', data: { q: params.get('q') } });
}

window.addEventListener('message', function (e) {
@@  $.getScript(e.data.src);
});
`,
  ),
  ...js(
    "CWE-79",
    "AngularJS 1.x: $sce.trustAs* of route and location data, $sceProvider disabled, element html + $compile, javascript: allowed in href lists",
    `/* global angular */
angular
  .module('app', ['ngSanitize', 'ngRoute'])
  .controller('ProfileCtrl', function ($scope, $sce, $location, $routeParams) {
    var bio = $location.search().bio;
@@    $scope.bioHtml = $sce.trustAsHtml(bio);
@ok    $scope.welcome = $sce.trustAsHtml('<b>Welcome back</b>');
@@    $scope.nextUrl = $sce.trustAsUrl($routeParams.next);
@@    $scope.embedSrc = $sce.trustAsResourceUrl($location.search().embed);
@ok    $scope.videoSrc = $sce.trustAsResourceUrl('https://www.youtube.com/embed/' + encodeURIComponent($routeParams.vid));
@@    $scope.note = $sce.trustAs($sce.HTML, $routeParams.note);
@ok    $scope.plainNote = $routeParams.note;
  })
  .config(function ($sceProvider) {
@@    $sceProvider.enabled(false);
  })
  .config(['$compileProvider', function ($compileProvider) {
@@    $compileProvider.aHrefSanitizationWhitelist(/^ *(https?|ftp|mailto|javascript):/);
@ok    $compileProvider.imgSrcSanitizationWhitelist(/^ *(https?|data):/);
  }])
  .directive('userTemplate', function ($compile, $location) {
    return {
      link: function (scope, element) {
        var tpl = $location.search().tpl;
@@        element.html(tpl);
        $compile(element.contents())(scope);
@ok        element.text(tpl);
      },
    };
  })
  .directive('greeting', function ($window) {
    return {
      link: function (scope, element) {
        var who = $window.location.hash.slice(1);
@@        angular.element(element[0].querySelector('.who')).html(who);
@ok        angular.element(element[0].querySelector('.who')).text(who);
@@        element.append('<span>' + $window.name + '</span>');
      },
    };
  });

angular.module('strict', []).config(function ($sceProvider) {
@ok  $sceProvider.enabled(true);
});
`,
  ),
  ...js(
    "CWE-346",
    "Chrome extension: external message/connect listeners that act without checking the sender vs listeners that check sender.id / sender.origin",
    `/* global chrome */
const TRUSTED_EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const TRUSTED_ORIGINS = ['https://app.example.com'];

@@chrome.runtime.onMessageExternal.addListener(function (request, sender, sendResponse) {
  if (request.type === 'getToken') {
    chrome.storage.local.get('token', (d) => sendResponse({ token: d.token }));
    return true;
  }
});

@@chrome.runtime.onMessageExternal.addListener((msg, sender, reply) => {
  chrome.cookies.getAll({ domain: msg.domain }, (cookies) => reply(cookies));
  return true;
});

@ok chrome.runtime.onMessageExternal.addListener((msg, sender, reply) => {
  if (sender.id !== TRUSTED_EXTENSION) return;
  chrome.storage.local.get('token', (d) => reply(d.token));
  return true;
});

@ok chrome.runtime.onMessageExternal.addListener(function (msg, sender, reply) {
  if (!TRUSTED_ORIGINS.includes(sender.origin)) {
    reply({ error: 'forbidden' });
    return;
  }
  chrome.history.search({ text: msg.text }, (items) => reply(items));
  return true;
});

@@chrome.runtime.onConnectExternal.addListener((port) => {
  port.onMessage.addListener((m) => {
    chrome.bookmarks.search(m.q, (found) => port.postMessage(found));
  });
});

@ok chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (msg.type === 'ping') reply('pong');
});
`,
  ),
  ...js(
    "CWE-94",
    "Chrome extension: tabs.executeScript / scripting.executeScript with code built from page text vs files and func+args",
    `/* global chrome, browser */
chrome.contextMenus.onClicked.addListener((info, tab) => {
@@  chrome.tabs.executeScript(tab.id, { code: 'lookup("' + info.selectionText + '")' });
@ok  chrome.tabs.executeScript(tab.id, { file: 'content/lookup.js' });
@ok  chrome.scripting.executeScript({ target: { tabId: tab.id }, func: (t) => window.lookup(t), args: [info.selectionText] });
});

chrome.runtime.onMessage.addListener((msg, sender) => {
  if (msg.type === 'run') {
@@    chrome.tabs.executeScript(sender.tab.id, { code: msg.snippet });
  }
  if (msg.type === 'title') {
@@    browser.tabs.executeScript(sender.tab.id, { code: \`document.title = "\${msg.title}"\` });
@ok    browser.tabs.executeScript(sender.tab.id, { code: 'document.title = "Saved"' });
  }
});

chrome.omnibox.onInputEntered.addListener((text) => {
  chrome.tabs.query({ active: true, currentWindow: true }, ([tab]) => {
@@    chrome.tabs.executeScript(tab.id, { code: 'window.find(' + text + ')' });
@ok    chrome.tabs.executeScript(tab.id, { code: 'window.find(' + JSON.stringify(text) + ')' });
  });
});

chrome.runtime.onMessageExternal.addListener((msg, sender) => {
@@  chrome.tabs.executeScript({ code: msg.code, allFrames: true });
});
`,
  ),
  ...ts(
    "CWE-829",
    "service worker, worker, importScripts, script.src and dynamic import from page-controlled URLs vs bundled and fixed URLs",
    `const params = new URLSearchParams(location.search);

export function registerWorker(): void {
  if (!('serviceWorker' in navigator)) return;
@@  navigator.serviceWorker.register(params.get('sw') as string);
@ok  navigator.serviceWorker.register('/sw.js', { scope: '/' });
}

export function registerFromHash(): Promise<ServiceWorkerRegistration> {
  const swPath = decodeURIComponent(window.location.hash.slice(1));
@@  return navigator.serviceWorker.register(swPath, { scope: './' });
}

export function startWorkers(): void {
@@  const w = new Worker(params.get('worker')!);
@ok  const bundled = new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module' });
@@  const shared = new SharedWorker(location.hash.slice(1));
@ok  const fixed = new SharedWorker('/workers/sync.js');
  w.postMessage('start');
  bundled.postMessage('start');
  shared.port.start();
  fixed.port.start();
}

export function injectSdk(): void {
  const s = document.createElement('script');
@@  s.src = params.get('sdk') ?? '';
  document.head.appendChild(s);
  const t = document.createElement('script');
@@  t.setAttribute('src', decodeURIComponent(location.hash.substring(1)));
  document.head.appendChild(t);
  const u = document.createElement('script');
@ok  u.src = 'https://cdn.example.com/sdk/v2.js';
@ok  u.setAttribute('data-key', params.get('sdk') ?? '');
  document.head.appendChild(u);
}

export async function loadModule(): Promise<unknown> {
  const name = params.get('module');
@@  const mod = await import(name as string);
@ok  const lazy = await import('./charts.js');
  return [mod, lazy];
}

export async function loadPlugin(kind: string): Promise<unknown> {
  const allowed: Record<string, () => Promise<unknown>> = {
    chart: () => import('./plugins/chart.js'),
    table: () => import('./plugins/table.js'),
  };
@ok  return allowed[kind] ? allowed[kind]() : null;
}
`,
  ),
  ...ts(
    "CWE-829",
    "worker scope: importScripts of message data and of the worker URL's query vs constant vendor scripts",
    `declare function importScripts(...urls: string[]): void;
const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.addEventListener('message', (e: MessageEvent) => {
  if (e.data.kind === 'lib') {
@@    importScripts(e.data.lib);
  }
@ok  importScripts('/vendor/lodash.min.js');
});

const own = new URL(self.location.href);
const dep = own.searchParams.get('dep');
if (dep) {
@@  importScripts(dep);
}
@ok importScripts('/vendor/idb-keyval.js', '/vendor/comlink.js');

ctx.onmessage = (ev: MessageEvent<{ urls: string[] }>) => {
@@  importScripts(...ev.data.urls);
};
`,
  ),
  ...tsx(
    "server/render.tsx",
    "CWE-79",
    "React server rendering: request HTML through dangerouslySetInnerHTML and request state inlined in a script tag vs children text and serialize-javascript",
    `import express from 'express';
import React from 'react';
import { renderToString, renderToStaticMarkup } from 'react-dom/server';
import serialize from 'serialize-javascript';
import App from '../src/App';

const app = express();

app.get('/preview', (req, res) => {
  const html = String(req.query.html ?? '');
@@  const body = renderToString(<div className="preview" dangerouslySetInnerHTML={{ __html: html }} />);
@ok  const plain = renderToString(<div className="preview">{html}</div>);
  res.send(body + plain);
});

app.post('/email/preview', express.json(), (req, res) => {
@@  const markup = renderToStaticMarkup(React.createElement('section', { dangerouslySetInnerHTML: { __html: req.body.content } }));
@ok  const safeMarkup = renderToStaticMarkup(React.createElement('section', null, req.body.content));
  res.send(markup + safeMarkup);
});

app.get('*', (req, res) => {
  const state = { path: req.path, search: req.query.q, user: req.query.user };
  const appHtml = renderToString(<App initialState={state} />);
@@  res.send(\`<!doctype html><div id="root">\${appHtml}</div><script>window.__STATE__ = \${JSON.stringify(state)}</script>\`);
});

app.get('/safe/*', (req, res) => {
  const state = { path: req.path, search: req.query.q };
  const appHtml = renderToString(<App initialState={state} />);
@ok  res.send(\`<!doctype html><div id="root">\${appHtml}</div><script>window.__STATE__ = \${serialize(state, { isJSON: true })}</script>\`);
});

export default app;
`,
  ),
  ...tsx(
    "src/components/Links.jsx",
    "CWE-79",
    "React client: router query values into href / iframe src / srcDoc / ref innerHTML vs protocol-checked and text rendering",
    `import React, { useEffect, useRef } from 'react';
import { useSearchParams, useLocation } from 'react-router-dom';
import DOMPurify from 'dompurify';

export function BackLink() {
  const [params] = useSearchParams();
@@  return <a className="back" href={params.get('return') ?? '/'}>Back</a>;
}

function safeHref(raw) {
  try {
    const u = new URL(raw, window.location.origin);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '/';
  } catch {
    return '/';
  }
}

export function SafeBackLink() {
  const [params] = useSearchParams();
@ok  return <a className="back" href={safeHref(params.get('return') ?? '/')}>Back</a>;
}

export function Embed() {
  const [params] = useSearchParams();
@@  return <iframe title="embed" src={params.get('embed')} />;
}

export function Preview() {
  const { search } = useLocation();
  const html = new URLSearchParams(search).get('html') ?? '';
  return (
    <div>
@@      <iframe title="preview" srcDoc={html} />
@ok      <iframe title="preview-clean" srcDoc={DOMPurify.sanitize(html)} />
@ok      <pre>{html}</pre>
    </div>
  );
}

export function HashBanner() {
  const ref = useRef(null);
  useEffect(() => {
    const msg = decodeURIComponent(window.location.hash.slice(1));
@@    ref.current.innerHTML = msg;
  }, []);
  return <div ref={ref} />;
}

export function HashBannerText() {
  const ref = useRef(null);
  useEffect(() => {
@ok    ref.current.textContent = decodeURIComponent(window.location.hash.slice(1));
  }, []);
  return <div ref={ref} />;
}

export function Greeting() {
  const [params] = useSearchParams();
@@  return <p dangerouslySetInnerHTML={{ __html: 'Hello ' + params.get('name') }} />;
}

export function GreetingText() {
  const [params] = useSearchParams();
@ok  return <p>Hello {params.get('name')}</p>;
}
`,
  ),
  ...ts(
    "CWE-79",
    "DOM sinks fed by postMessage data, window.name, document.cookie and document.referrer: Range fragments, DOMParser adoption, srcdoc, outerHTML, insertAdjacentHTML, document.write",
    `import DOMPurify from 'dompurify';

window.addEventListener('message', (event: MessageEvent) => {
  const { html, title } = event.data as { html: string; title: string };
  const range = document.createRange();
  range.selectNode(document.body);
@@  const frag = range.createContextualFragment(html);
  document.body.appendChild(frag);
@ok  const cleanFrag = range.createContextualFragment(DOMPurify.sanitize(html));
  document.body.appendChild(cleanFrag);
@ok  document.title = String(title);
});

export function greetFromCookie(): void {
  const raw = document.cookie.split('; ').find((c) => c.startsWith('display_name='));
  const name = raw ? decodeURIComponent(raw.split('=')[1]) : '';
@@  document.getElementById('greet')!.innerHTML = 'Hi ' + name;
@ok  document.getElementById('greet-text')!.textContent = 'Hi ' + name;
}

export function backLink(): void {
  const el = document.querySelector('#ref')!;
@@  el.insertAdjacentHTML('beforeend', \`<a class="back" href="\${document.referrer}">back</a>\`);
@ok  el.insertAdjacentHTML('beforeend', '<hr class="sep">');
@ok  el.insertAdjacentText('beforeend', document.referrer);
}

export function restoreFromWindowName(): void {
  const doc = new DOMParser().parseFromString(window.name, 'text/html');
  const target = document.getElementById('restored')!;
@@  target.replaceChildren(...Array.from(doc.body.childNodes));
}

export function titleFromWindowName(): string {
@ok  const doc = new DOMParser().parseFromString(window.name, 'text/html');
  return doc.body.textContent ?? '';
}

export function previewFrame(): void {
  const preview = new URLSearchParams(location.search).get('preview') ?? '';
  const frame = document.createElement('iframe');
@@  frame.srcdoc = preview;
  const clean = document.createElement('iframe');
@ok  clean.srcdoc = DOMPurify.sanitize(preview);
  document.body.append(frame, clean);
}

export function relabel(node: HTMLElement): void {
  const label = new URLSearchParams(location.search).get('label');
@@  node.outerHTML = \`<span class="label">\${label}</span>\`;
@ok  node.outerHTML = '<span class="label empty"></span>';
}

export function legacyWidgets(): void {
  const lib = new URLSearchParams(location.search).get('lib');
@@  document.write('<script src="' + lib + '"></scr' + 'ipt>');
@@  document.writeln(\`<h2>\${decodeURIComponent(location.hash.slice(1))}</h2>\`);
@ok  document.write('<p>' + encodeURIComponent(lib ?? '') + '</p>');
@ok  document.writeln('<h2>Widgets</h2>');
}

export function messageToSrcdoc(): void {
  window.onmessage = (e: MessageEvent) => {
    const iframe = document.querySelector<HTMLIFrameElement>('#sandboxed')!;
@@    iframe.setAttribute('srcdoc', e.data);
@ok    iframe.setAttribute('title', e.data);
  };
}
`,
  ),
  ...js(
    "CWE-79",
    "URL attributes reachable by javascript: (a.href, setAttribute href/src/action/formaction, iframe.src, location-derived) vs protocol allow-lists, encoded query parts and non-URL attributes",
    `const params = new URLSearchParams(window.location.search);
const link = document.getElementById('continue');
const form = document.querySelector('form.checkout');
const button = document.querySelector('button.alt');
const frame = document.getElementById('embed');

function wireUp() {
@@  link.href = params.get('next');
@@  link.setAttribute('href', params.get('next'));
@@  form.setAttribute('action', params.get('post'));
@@  form.action = decodeURIComponent(location.hash.slice(1));
@@  button.setAttribute('formaction', location.hash.substring(1));
@@  frame.src = params.get('embed');
@@  frame.setAttribute('src', decodeURIComponent(location.hash.slice(1)));
}

function safeUrl(raw) {
  try {
    const u = new URL(raw, location.origin);
    return ['http:', 'https:'].includes(u.protocol) ? u.href : '#';
  } catch (e) {
    return '#';
  }
}

function wireUpSafe() {
@ok  link.href = safeUrl(params.get('next'));
@ok  link.setAttribute('href', '/search?q=' + encodeURIComponent(params.get('q')));
@ok  frame.src = 'https://www.youtube.com/embed/' + encodeURIComponent(params.get('v'));
@ok  link.setAttribute('title', params.get('next'));
@ok  link.setAttribute('data-next', params.get('next'));
  const u = new URL(params.get('next') || '/', location.href);
  if (u.protocol === 'https:' || u.protocol === 'http:') {
@ok    link.href = u.toString();
  }
@ok  form.setAttribute('action', '/checkout/submit');
}

window.addEventListener('message', (e) => {
  const a = document.createElement('a');
@@  a.href = e.data.url;
  a.textContent = 'open';
  document.body.appendChild(a);
  const img = document.createElement('img');
@ok  img.alt = e.data.url;
  document.body.appendChild(img);
});

function linkFromName() {
  const anchor = document.querySelector('a.resume');
@@  anchor.setAttribute('href', window.name);
}
`,
  ),
  ...ts(
    "CWE-601",
    "client-side redirects from framework route parameters (Vue route query, Angular query params, React Router) vs same-site paths",
    `import { Component, OnInit } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';

@Component({ selector: 'app-login-done', template: '<p>Signing you in...</p>' })
export class LoginDoneComponent implements OnInit {
  constructor(private route: ActivatedRoute, private router: Router) {}

  ngOnInit(): void {
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl') ?? '/';
@@    window.location.href = returnUrl;
  }

  goSafe(): void {
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl') ?? '/';
@ok    this.router.navigateByUrl(returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/');
  }

  goParam(): void {
    this.route.queryParams.subscribe((p) => {
@@      window.location.assign(p['next']);
    });
  }
}

export const LogoutPage = {
  name: 'LogoutPage',
  mounted(this: { $route: { query: Record<string, string> } }) {
@@    window.location.replace(this.$route.query.redirect);
  },
  methods: {
    back(this: { $route: { query: Record<string, string> } }) {
      const r = this.$route.query.redirect || '/';
@ok      window.location.href = '/app' + (r.startsWith('/') ? r : '/');
    },
  },
};

export function afterOAuth(): void {
  const state = new URLSearchParams(window.location.search).get('state');
@@  if (state) document.location = state as unknown as Location;
@ok  document.location.href = '/dashboard?state=' + encodeURIComponent(state ?? '');
}
`,
  ),
  ...js(
    "CWE-95",
    "browser eval-likes: setTimeout/setInterval strings, new Function and eval of postMessage data or query text vs function callbacks and JSON.parse",
    `const params = new URLSearchParams(location.search);

function scheduleFromQuery() {
  const cb = params.get('onload');
@@  setTimeout(cb, 0);
@@  setTimeout('showPanel("' + location.hash.slice(1) + '")', 100);
@ok  setTimeout(function () { showPanel(location.hash.slice(1)); }, 100);
@@  window.setInterval(params.get('tick'), 1000);
@ok  window.setInterval(tick, 1000);
@ok  setTimeout('refreshClock()', 500);
}

function compileFilter() {
@@  const filter = new Function('item', 'return ' + params.get('filter'));
@ok  const add = new Function('a', 'b', 'return a + b');
  return [filter, add];
}

window.addEventListener('message', function (e) {
@@  eval(e.data.script);
@ok  const obj = JSON.parse(e.data.json);
@@  window.eval(e.data.expr);
@@  Function(e.data.code)();
  console.log(obj);
});

function jsonpReply(data) {
  const name = params.get('callback');
@@  eval(name + '(' + JSON.stringify(data) + ')');
@ok  console.log(name, JSON.stringify(data));
}

function showPanel(id) {
  document.getElementById(id).hidden = false;
}
function tick() {}
function refreshClock() {}
module.exports = { scheduleFromQuery, compileFilter, jsonpReply };
`,
  ),
  ...ts(
    "CWE-79",
    "Vue: render functions with domProps/innerHTML of route data, $el/$refs innerHTML, runtime compile of query templates vs textContent, sanitised and constant templates",
    `import Vue, { defineComponent, h, createApp } from 'vue';
import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';

export const PreviewV2 = Vue.extend({
  render(createElement) {
@@    return createElement('div', { domProps: { innerHTML: this.$route.query.html } });
  },
});

export const PreviewV2Text = Vue.extend({
  render(createElement) {
@ok    return createElement('div', { domProps: { textContent: this.$route.query.html } });
  },
});

export const PreviewV3 = defineComponent({
  setup() {
    const route = useRoute();
@@    return () => h('div', { innerHTML: route.query.html as string });
  },
});

export const PreviewV3Clean = defineComponent({
  setup() {
    const route = useRoute();
@ok    return () => h('div', { innerHTML: DOMPurify.sanitize(String(route.query.html ?? '')) });
  },
});

export const Notice = Vue.extend({
  mounted() {
@@    this.$el.innerHTML = this.$route.params.content;
@ok    (this.$refs.count as HTMLElement).textContent = this.$route.params.content;
@@    (this.$refs.box as HTMLElement).innerHTML = window.location.hash.slice(1);
  },
});

export function dynamicWidget(): void {
  const tpl = new URLSearchParams(location.search).get('tpl') ?? '';
@@  const compiled = Vue.compile(tpl);
@ok  const fixed = Vue.compile('<div class="widget">{{ title }}</div>');
@@  new Vue({ el: '#widget', template: decodeURIComponent(location.hash.slice(1)) });
@ok  new Vue({ el: '#widget2', template: '<p>{{ msg }}</p>', data: { msg: tpl } });
@@  createApp({ template: tpl }).mount('#widget3');
  void compiled;
  void fixed;
}
`,
  ),
  ...ts(
    "CWE-79",
    "Lit unsafeHTML and browser Handlebars/Mustache triple braces with query and message data vs escaped interpolation, sanitised and constant HTML",
    `import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import Handlebars from 'handlebars';
import Mustache from 'mustache';
import DOMPurify from 'dompurify';

@customElement('promo-banner')
export class PromoBanner extends LitElement {
  render() {
    const msg = new URLSearchParams(location.search).get('msg') ?? '';
    return html\`
@@      <div class="banner">\${unsafeHTML(msg)}</div>
@ok      <div class="banner-text">\${msg}</div>
@ok      <div class="banner-clean">\${unsafeHTML(DOMPurify.sanitize(msg))}</div>
@ok      <div class="banner-static">\${unsafeHTML('<b>Sale</b> today')}</div>
    \`;
  }
}

const params = new URLSearchParams(location.search);

export function renderNote(el: HTMLElement): void {
@@  el.innerHTML = Handlebars.compile('<p class="note">{{{note}}}</p>')({ note: params.get('note') });
@ok  el.innerHTML = Handlebars.compile('<p class="note">{{note}}</p>')({ note: params.get('note') });
}

export function renderFromMessage(el: HTMLElement): void {
  window.addEventListener('message', (e: MessageEvent) => {
@@    el.innerHTML = Mustache.render('<div>{{{body}}}</div>', { body: e.data.body });
@ok    el.innerHTML = Mustache.render('<div>{{body}}</div>', { body: e.data.body });
  });
}

export function renderSafeString(el: HTMLElement): void {
  const tpl = Handlebars.compile('<span>{{{label}}}</span>');
@@  el.innerHTML = tpl({ label: new Handlebars.SafeString(decodeURIComponent(location.hash.slice(1))) });
@ok  el.innerHTML = tpl({ label: Handlebars.escapeExpression(decodeURIComponent(location.hash.slice(1))) });
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: route parameters into DomSanitizer bypasses, nativeElement innerHTML and Renderer2 properties vs interpolation and sanitize()",
    `import { Component, ElementRef, OnInit, Renderer2, SecurityContext, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl, SafeStyle } from '@angular/platform-browser';

@Component({
  selector: 'app-page',
  template: '<div [innerHTML]="body"></div><iframe [src]="frame"></iframe><a [href]="link">go</a><div #host></div>',
})
export class PageComponent implements OnInit {
  body!: SafeHtml;
  frame!: SafeResourceUrl;
  link!: SafeUrl;
  style!: SafeStyle;
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;

  constructor(
    private route: ActivatedRoute,
    private sanitizer: DomSanitizer,
    private renderer: Renderer2,
    private el: ElementRef,
  ) {}

  ngOnInit(): void {
    const q = this.route.snapshot.queryParamMap;
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(q.get('html') ?? '');
@@    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl(q.get('src') ?? '');
@@    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.params['next']);
@@    this.style = this.sanitizer.bypassSecurityTrustStyle(q.get('css') ?? '');
@ok    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/' + encodeURIComponent(q.get('v') ?? ''));
@ok    this.body = this.sanitizer.sanitize(SecurityContext.HTML, q.get('html')) ?? '';
  }

  render(): void {
    this.route.queryParams.subscribe((p) => {
@@      this.host.nativeElement.innerHTML = p['banner'];
@ok      this.host.nativeElement.textContent = p['banner'];
@@      this.renderer.setProperty(this.el.nativeElement, 'innerHTML', p['footer']);
@ok      this.renderer.setProperty(this.el.nativeElement, 'textContent', p['footer']);
@@      this.el.nativeElement.querySelector('.note').insertAdjacentHTML('afterbegin', p['note']);
    });
  }
}
`,
  ),
  ...js(
    "CWE-346",
    "document.domain assignments relaxing the same-origin policy vs reads and comparisons",
    `function relaxForWidgets() {
@@  document.domain = 'example.com';
}

function relaxToParent() {
@@  document.domain = location.hostname.split('.').slice(-2).join('.');
}

function logDomain() {
@ok  const d = document.domain;
@ok  if (document.domain === 'localhost') console.log('dev mode', d);
}

module.exports = { relaxForWidgets, relaxToParent, logDomain };
`,
  ),
  ...js(
    "CWE-79",
    "vanilla DOM sinks fed by document.URL, location.href pieces, hashchange newURL and history state vs text nodes and escaping",
    `function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function showSearch() {
  const q = document.URL.split('?q=')[1] || '';
  const box = document.getElementById('search-echo');
@@  box.innerHTML = '<em>' + decodeURIComponent(q) + '</em>';
@ok  box.innerHTML = '<em>' + escapeHtml(decodeURIComponent(q)) + '</em>';
}

function showPage() {
  const page = location.href.substring(location.href.indexOf('#') + 1);
@@  document.querySelector('.page-name').innerHTML = page;
@ok  document.querySelector('.page-name').innerText = page;
}

window.addEventListener('hashchange', (ev) => {
  const frag = ev.newURL.split('#')[1];
@@  document.getElementById('section').insertAdjacentHTML('afterbegin', '<h3>' + frag + '</h3>');
@ok  document.getElementById('section').prepend(document.createTextNode(frag));
});

window.onpopstate = (ev) => {
  const title = new URLSearchParams(location.search).get('title');
@@  document.getElementById('crumb').outerHTML = '<li id="crumb">' + title + '</li>';
@ok  document.getElementById('crumb').replaceWith(Object.assign(document.createElement('li'), { textContent: title }));
  void ev;
};

function tooltip(el) {
  const tip = document.createElement('div');
  const text = new URL(location.href).searchParams.get('tip');
@@  tip.innerHTML = \`<span class="tip">\${text}</span>\`;
@ok  tip.innerHTML = '<span class="tip"></span>';
@ok  tip.firstChild.textContent = text;
  el.appendChild(tip);
}

function pathLabel() {
  const seg = location.pathname.split('/').pop();
@@  document.body.insertAdjacentHTML('beforeend', '<footer>' + decodeURIComponent(seg) + '</footer>');
}

function fromSearch() {
  const params = Object.fromEntries(new URLSearchParams(window.location.search));
  const holder = document.getElementById('holder');
@@  holder.innerHTML = params.message;
@ok  holder.setAttribute('aria-label', params.message);
@ok  holder.innerHTML = '<p>' + Number(params.count) + ' new messages</p>';
}
`,
  ),
  ...js(
    "CWE-922",
    "session tokens and credentials written to localStorage/sessionStorage vs non-secret preferences",
    `async function login(user, pass) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ user, pass }) });
  const data = await res.json();
@@  localStorage.setItem('access_token', data.accessToken);
@@  window.localStorage.setItem('refreshToken', data.refresh_token);
@@  sessionStorage.setItem('jwt', data.jwt);
@@  localStorage.password = pass;
@ok  localStorage.setItem('theme', data.preferences.theme);
@ok  sessionStorage.setItem('lastPage', location.pathname);
  return data;
}

function saveAuth(auth) {
@@  localStorage['authToken'] = auth.token;
@ok  localStorage.setItem('locale', auth.locale);
}
`,
  ),
  ...js(
    "CWE-201",
    "postMessage of tokens and session data to any origin vs a fixed target origin and non-secret pings",
    `function reportToParent(session) {
@@  window.parent.postMessage({ type: 'session', token: session.accessToken }, '*');
@ok  window.parent.postMessage({ type: 'session', token: session.accessToken }, 'https://app.example.com');
@ok  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
}

function shareCookie() {
@@  window.opener.postMessage(document.cookie, '*');
@ok  window.opener.postMessage('ready', '*');
}

function shareKey(frame, apiKey) {
@@  frame.contentWindow.postMessage({ apiKey: apiKey }, '*');
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery attribute and property writes of URLs (href/src/action/formaction) from the hash, the query and message data vs fixed URLs and encoded parts",
    `/* global $ */
var qs = new URLSearchParams(location.search);

function wireLinks() {
@@  $('a.continue').attr('href', qs.get('next'));
@@  $('#avatar-frame').attr('src', decodeURIComponent(location.hash.slice(1)));
@@  $('form#pay').attr('action', qs.get('endpoint'));
@@  $('button.preview').attr('formaction', qs.get('preview'));
@@  $('a.resume').prop('href', window.name);
@@  $('<a class="ext">open</a>').attr({ href: qs.get('url'), rel: 'noopener' }).appendTo('#links');
@ok  $('a.continue').attr('href', '/search?q=' + encodeURIComponent(qs.get('q')));
@ok  $('a.continue').attr('title', qs.get('next'));
@ok  $('#avatar-frame').attr('src', '/embed/' + encodeURIComponent(qs.get('id')));
@ok  $('a.help').attr('href', '/help');
}

window.addEventListener('message', function (e) {
@@  $('#player').attr('src', e.data.video);
@ok  $('#player').attr('data-video', e.data.video);
});
`,
  ),
  ...js(
    "CWE-79",
    "innerHTML appends (+=), body writes and table rows from URL parts and storage-restored query text vs escaped and numeric",
    `function escapeHtml(s) {
  var d = document.createElement('div');
  d.textContent = s;
  return d.innerHTML;
}

function addRow(tbody) {
  var p = new URLSearchParams(location.search);
@@  tbody.innerHTML += '<tr><td>' + p.get('name') + '</td><td>' + p.get('email') + '</td></tr>';
@ok  tbody.innerHTML += '<tr><td>' + escapeHtml(p.get('name')) + '</td><td>' + escapeHtml(p.get('email')) + '</td></tr>';
@ok  tbody.innerHTML += '<tr><td colspan="2">' + Number(p.get('total')) + '</td></tr>';
}

function notFound() {
@@  document.body.innerHTML = '<h1>Not found: ' + decodeURI(location.pathname) + '</h1>';
@ok  document.body.textContent = 'Not found: ' + decodeURI(location.pathname);
}

function searchHeader() {
  var term = location.search.replace('?term=', '');
  var h = document.querySelector('h2.results');
@@  h.innerHTML = 'Results for <b>' + unescape(term) + '</b>';
@ok  h.innerHTML = 'Results for <b>' + escapeHtml(unescape(term)) + '</b>';
}

function multi() {
  var frag = location.hash.slice(1).split('&');
  var list = document.getElementById('list');
  frag.forEach(function (item) {
@@    list.insertAdjacentHTML('beforeend', '<li>' + decodeURIComponent(item) + '</li>');
@ok    list.insertAdjacentHTML('beforeend', '<li>' + escapeHtml(decodeURIComponent(item)) + '</li>');
  });
}
`,
  ),
  ...tsx(
    "pages/go.tsx",
    "CWE-601",
    "Next.js client: router query and search params into router.push / window.location / window.open vs same-site paths",
    `import { useEffect } from 'react';
import { useRouter } from 'next/router';
import { useSearchParams } from 'next/navigation';

export default function Go() {
  const router = useRouter();
  useEffect(() => {
    const dest = router.query.dest as string;
@@    window.location.href = dest;
  }, [router.query.dest]);
  return <p>Redirecting...</p>;
}

export function After() {
  const sp = useSearchParams();
  const next = sp.get('next') ?? '/';
  const go = () => {
@@    window.open(next, '_self');
  };
  const goSafe = () => {
@@    window.location.href = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  };
  return (
    <div>
      <button onClick={go}>Continue</button>
      <button onClick={goSafe}>Continue safely</button>
    </div>
  );
}

export function Bounce() {
  const router = useRouter();
  useEffect(() => {
@@    window.location.replace(String(router.query.to));
@ok    window.location.replace('/home');
  }, [router]);
  return null;
}
`,
  ),
  // --- part 2 (notes with "p2"): written blind after part 1's fixes ---
  ...js(
    "CWE-79",
    "p2 jQuery: insertBefore/replaceAll/wrapInner/wrapAll/before and $.parseHTML without scripts then appended, from the hash and query vs text and constant markup",
    `/* global $ */
var search = new URLSearchParams(window.location.search);
var hashText = decodeURIComponent(window.location.hash.replace(/^#/, ''));

function decorate() {
@@  $('<p class="note">' + hashText + '</p>').insertBefore('#content');
@@  $(search.get('badge')).replaceAll('.badge');
@@  $('.panel').wrapInner('<div class="inner" title="' + search.get('title') + '"></div>');
@@  $('.items').wrapAll(search.get('container'));
@@  $('#content').before(hashText);
@ok  $('<p class="note"></p>').text(hashText).insertBefore('#content');
@ok  $('.panel').wrapInner('<div class="inner"></div>');
@ok  $('#content').before(document.createTextNode(hashText));
}

function fragments() {
  var nodes = $.parseHTML(search.get('snippet'));
@@  $('#snippet').append(nodes);
  var fixed = $.parseHTML('<em>none</em>');
@ok  $('#snippet-empty').append(fixed);
}

$(document).ready(function () {
  var who = search.get('user');
@@  $('#hello').html('<b>' + who + '</b> signed in');
@ok  $('#hello').html('<b></b> signed in').find('b').text(who);
});
`,
  ),
  ...comp(
    "Preview.svelte",
    "CWE-79",
    "p2 Svelte: {@html} of a page store query value and of message data vs text interpolation and sanitised markup",
    `<script>
  import { page } from '$app/stores';
  import { onMount } from 'svelte';
  import DOMPurify from 'dompurify';

  let incoming = '';
  onMount(() => {
    window.addEventListener('message', (e) => {
      incoming = e.data.html;
    });
  });
  $: note = $page.url.searchParams.get('note') ?? '';
</script>

@@<div class="note">{@html note}</div>
@ok<div class="note-text">{note}</div>
@@<section>{@html incoming}</section>
@ok<section>{@html DOMPurify.sanitize(incoming)}</section>
@ok<footer>{@html '<small>&copy; Example</small>'}</footer>
`,
  ),
  ...comp(
    "Profile.vue",
    "CWE-79",
    "p2 Vue SFC: v-html of route query and :href of a query URL vs mustache text and a checked link",
    `<template>
  <div>
@@    <div class="bio" v-html="$route.query.bio"></div>
@ok    <div class="bio-text">{{ $route.query.bio }}</div>
@@    <a class="site" :href="$route.query.site">website</a>
@ok    <a class="site-safe" :href="safeSite">website</a>
  </div>
</template>

<script>
export default {
  computed: {
    safeSite() {
      const raw = this.$route.query.site || '';
      return /^https?:\\/\\//i.test(raw) ? raw : '#';
    },
  },
};
</script>
`,
  ),
  ...tsx(
    "src/widgets/Embed.tsx",
    "CWE-79",
    "p2 React: a script element and iframe built from URL values in effects, javascript: hrefs from props of parsed query vs fixed CDN and allow-listed hosts",
    `import React, { useEffect } from 'react';

const params = new URLSearchParams(window.location.search);

export function ThirdPartyWidget(): JSX.Element {
  useEffect(() => {
    const s = document.createElement('script');
@@    s.src = params.get('widget') ?? '';
    document.body.appendChild(s);
    const fixed = document.createElement('script');
@ok    fixed.src = 'https://cdn.example.com/widget.js';
    document.body.appendChild(fixed);
  }, []);
  return <div id="widget-root" />;
}

export function Frame(): JSX.Element {
  const target = params.get('frame') ?? '';
  const host = (() => {
    try {
      return new URL(target).hostname;
    } catch {
      return '';
    }
  })();
  return (
    <div>
@@      <iframe title="t" src={target} />
@@      <iframe title="ok" src={host === 'player.vimeo.com' ? target : 'about:blank'} />
    </div>
  );
}

type LinkProps = { to: string; label: string };
function ProfileLink({ to, label }: LinkProps): JSX.Element {
@@  return <a href={to}>{label}</a>;
}

export function Links(): JSX.Element {
  return (
    <nav>
      <ProfileLink to={params.get('homepage') ?? '/'} label="Home page" />
@ok      <a href={'/users/' + encodeURIComponent(params.get('user') ?? '')}>{params.get('user')}</a>
    </nav>
  );
}
`,
  ),
  ...js(
    "CWE-346",
    "p2 extension content script and page bridge: window messages relayed to the extension without an origin check vs checked source and origin",
    `/* global chrome */
window.addEventListener('message', (event) => {
@@  chrome.runtime.sendMessage({ type: 'fetch', url: event.data.url });
});

window.addEventListener('message', (event) => {
  if (event.source !== window || event.origin !== window.location.origin) return;
@ok  chrome.runtime.sendMessage({ type: 'fetch', url: event.data.url });
});

@@chrome.runtime.onMessageExternal.addListener(async (message, _sender, sendResponse) => {
  const { token } = await chrome.storage.session.get('token');
  sendResponse({ token, for: message.app });
});

const ALLOWED = new Set(['https://dashboard.example.com']);
@ok chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {
  const origin = sender.origin || new URL(sender.url).origin;
  if (!ALLOWED.has(origin)) return false;
  sendResponse({ ok: true, for: message.app });
  return true;
});
`,
  ),
  ...js(
    "CWE-95",
    "p2 browser eval-likes: template-literal setTimeout, Function from the hash, indirect eval of storage-restored query text vs function references",
    `const q = new URLSearchParams(location.search);

function delayed() {
  const action = q.get('action');
@@  setTimeout(\`run('\${action}')\`, 250);
@ok  setTimeout(() => run(action), 250);
}

function calc() {
  const expr = decodeURIComponent(location.hash.slice(1));
@@  const result = Function('"use strict"; return (' + expr + ')')();
@ok  const num = Number.parseFloat(expr);
  return [result, num];
}

function restore() {
  const code = q.get('restore');
  const indirect = eval;
@@  indirect(code);
@ok  console.log(code);
}

window.onmessage = (e) => {
@@  setInterval(e.data.tick, 1000);
};

function run(name) {
  return name;
}
module.exports = { delayed, calc, restore };
`,
  ),
  ...ts(
    "CWE-79",
    "p2 DOM: Range/outerHTML/insertAdjacentHTML/document.write fed by location.hash segments and URLSearchParams entries vs text APIs",
    `function sanitizeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}

export function showAll(): void {
  const list = document.querySelector('#filters')!;
  for (const [key, value] of new URLSearchParams(location.search)) {
@@    list.insertAdjacentHTML('beforeend', \`<li data-key="\${key}">\${value}</li>\`);
@ok    list.insertAdjacentHTML('beforeend', \`<li>\${sanitizeText(value)}</li>\`);
  }
}

export function mountFragment(host: Element): void {
  const [, html = ''] = location.hash.split('#');
  const r = document.createRange();
  r.selectNodeContents(host);
@@  host.appendChild(r.createContextualFragment(decodeURIComponent(html)));
@ok  host.appendChild(document.createTextNode(decodeURIComponent(html)));
}

export function swapHeading(h: HTMLElement): void {
  const title = new URL(window.location.href).searchParams.get('h') ?? '';
@@  h.outerHTML = '<h1 class="t">' + title + '</h1>';
@ok  h.textContent = title;
}

export function printPage(): void {
  const w = window.open('', '_blank')!;
  const body = new URLSearchParams(location.search).get('body') ?? '';
@@  w.document.write('<html><body>' + body + '</body></html>');
@ok  w.document.write('<html><body>' + sanitizeText(body) + '</body></html>');
  w.document.close();
}
`,
  ),
  ...ts(
    "CWE-829",
    "p2 service worker script and page loaders: importScripts from the registration URL's query, a worker module URL from the hash vs versioned constants",
    `declare function importScripts(...urls: string[]): void;

const swParams = new URL(location.href).searchParams;
const version = swParams.get('v') ?? '1';
@@importScripts(swParams.get('workbox') ?? '/workbox/workbox-sw.js');
@ok importScripts('/workbox/workbox-sw.js?v=' + encodeURIComponent(version));

export function startModuleWorker(): Worker {
@@  return new Worker(decodeURIComponent(location.hash.slice(1)), { type: 'module' });
}

export function startFixedWorker(): Worker {
@ok  return new Worker('/workers/search.js', { type: 'module' });
}

export function registerSw(): void {
  const scope = new URLSearchParams(location.search).get('scope') ?? '/';
@ok  navigator.serviceWorker.register('/sw.js', { scope: scope.startsWith('/') ? scope : '/' });
@@  navigator.serviceWorker.register(\`\${new URLSearchParams(location.search).get('origin')}/sw.js\`);
}
`,
  ),
];
