// Dev suite "js-ts", batch 40: the first round after the probe against public lint-plugin tests (no-unsanitized,
// eslint-plugin-security, eslint-plugin-sdl, eslint-plugin-react), written before any fix for it (own code):
// browser pages that put URL, hash, referrer, window.name or message data into HTML sinks (compound innerHTML
// updates, document.write on other documents, contextual fragments, srcdoc, jQuery builders), script and
// navigation sinks, and the escaped, sanitised or checked twins of each.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch40", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch40", cwe, note, src, "typescript");

export const BATCH40: DevCase[] = [
  ...js(
    "CWE-79",
    "search results appended to a list with innerHTML +=",
    `const params = new URLSearchParams(window.location.search);
const term = params.get('q') || '';
const resultsList = document.getElementById('results');

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function showHeader() {
@@  resultsList.innerHTML += '<li class="hdr">Results for ' + term + '</li>';
}

function showHeaderSafe() {
@ok  resultsList.innerHTML += '<li class="hdr">Results for ' + escapeText(term) + '</li>';
}

function showHeaderText() {
  const li = document.createElement('li');
@ok  li.textContent = 'Results for ' + term;
  resultsList.appendChild(li);
}
`,
  ),
  ...js(
    "CWE-79",
    "hash fragment into a banner with compound and logical assignment",
    `const banner = document.querySelector('#promo');
const note = decodeURIComponent(location.hash.slice(1));

window.addEventListener('hashchange', () => {
@@  banner.innerHTML += \`<p class="flash">\${note}</p>\`;
});

function fallbackBanner() {
@@  banner.innerHTML ||= note;
}

function fixedBanner() {
@ok  banner.innerHTML ||= '<p class="flash">Welcome back</p>';
}
`,
  ),
  ...js(
    "CWE-79",
    "document.write into a popup and an iframe document",
    `const qs = new URLSearchParams(document.location.search);
const title = qs.get('title');

function openPreview() {
  const popup = window.open('', 'preview', 'width=600,height=400');
@@  popup.document.write('<h1>' + title + '</h1>');
  popup.document.close();
}

function fillFrame(frame) {
  const doc = frame.contentDocument || frame.contentWindow.document;
  doc.open();
@@  doc.write('<body>' + qs.get('body') + '</body>');
  doc.close();
}

function fillFrameFixed(frame) {
  const doc = frame.contentWindow.document;
@ok  doc.write('<body><p>Loading preview...</p></body>');
}

function legacyCounter() {
@@  window.document.writeln('<span>' + document.referrer + '</span>');
}
`,
  ),
  ...js(
    "CWE-79",
    "createContextualFragment of location data",
    `import DOMPurify from 'dompurify';

const range = document.createRange();
const host = document.getElementById('widget-host');
range.selectNode(host);

export function renderWidget() {
  const markup = new URL(window.location.href).searchParams.get('widget');
@@  const frag = range.createContextualFragment(markup);
  host.appendChild(frag);
}

export function renderWidgetClean() {
  const markup = new URL(window.location.href).searchParams.get('widget');
@ok  const frag = range.createContextualFragment(DOMPurify.sanitize(markup));
  host.appendChild(frag);
}
`,
  ),
  ...js(
    "CWE-79",
    "iframe srcdoc and outerHTML from window.name and the query string",
    `const frame = document.createElement('iframe');
frame.setAttribute('sandbox', '');
const draft = window.name;

function preview() {
@@  frame.srcdoc = '<article>' + draft + '</article>';
  document.body.appendChild(frame);
}

function previewPlain() {
@ok  frame.srcdoc = '<article>' + draft.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';') + '</article>';
}

function swapCard(card) {
  const label = new URLSearchParams(location.search).get('label');
@@  card.outerHTML = '<div class="card">' + label + '</div>';
}
`,
  ),
  ...js(
    "CWE-79",
    "insertAdjacentHTML with message data and with a sanitised copy",
    `import DOMPurify from 'dompurify';
const feed = document.querySelector('.feed');

window.addEventListener('message', (event) => {
  const item = event.data;
@@  feed.insertAdjacentHTML('beforeend', '<div class="post">' + item.html + '</div>');
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.partner.example') return;
@ok  feed.insertAdjacentHTML('beforeend', DOMPurify.sanitize(event.data.html));
});
`,
  ),
  ...js(
    "CWE-79",
    "jQuery builders fed from the URL",
    `const params = new URLSearchParams(location.search);
const who = params.get('user');

$(function () {
@@  $('#greeting').html('Hi ' + who);
@ok  $('#greeting-text').text('Hi ' + who);
@@  $('#list').append('<li>' + params.get('item') + '</li>');
@@  $('<div class="toast">' + location.hash.substring(1) + '</div>').appendTo('body');
@ok  $('<div class="toast"></div>').text(location.hash.substring(1)).appendTo('body');
@@  $('.sidebar').prepend(decodeURIComponent(location.hash.slice(1)));
});
`,
  ),
  ...js(
    "CWE-79",
    "element attributes and script nodes from the URL",
    `const p = new URLSearchParams(window.location.search);

function wireButton(btn) {
@@  btn.setAttribute('onclick', p.get('action'));
@ok  btn.setAttribute('title', p.get('action'));
}

function loadPlugin() {
  const s = document.createElement('script');
@@  s.src = p.get('plugin');
  document.head.appendChild(s);
}

function loadPluginFixed() {
  const s = document.createElement('script');
  const name = p.get('plugin');
  const allowed = { charts: '/static/charts.js', maps: '/static/maps.js' };
@ok  s.src = allowed[name] || '/static/none.js';
  document.head.appendChild(s);
}

function inlineScript() {
  const s = document.createElement('script');
@@  s.text = 'window.cfg = ' + p.get('cfg');
  document.head.appendChild(s);
}
`,
  ),
  ...js(
    "CWE-601",
    "post-login redirect from the query string",
    `const search = new URLSearchParams(window.location.search);

export function afterLogin() {
  const next = search.get('next');
@@  window.location.href = next;
}

export function afterLoginChecked() {
  const next = search.get('next') || '/';
  if (next.startsWith('/') && !next.startsWith('//')) {
@@    window.location.href = next;
  }
}

export function afterLogout() {
@@  window.location.assign(search.get('returnTo'));
}

export function openHelp() {
@@  window.open(search.get('help'), '_blank', 'noopener');
}

export function openHelpFixed() {
@ok  window.open('/help/' + encodeURIComponent(search.get('topic')), '_blank', 'noopener');
}
`,
  ),
  ...js(
    "CWE-79",
    "message handlers that run or render what they receive without an origin check",
    `const out = document.getElementById('out');

window.addEventListener('message', function (e) {
@@  out.innerHTML = e.data;
});

window.addEventListener('message', (e) => {
  if (e.origin !== window.location.origin) return;
@ok  out.textContent = e.data;
});
`,
  ),
  ...js(
    "CWE-95",
    "message handler evaluating what it receives",
    `window.onmessage = (e) => {
  if (e.data.type === 'run') {
@@    eval(e.data.code);
  }
};

window.addEventListener('message', (e) => {
  if (e.origin !== 'https://tools.example.org') return;
  const handlers = { refresh: () => location.reload(), close: () => window.close() };
  const h = handlers[e.data.type];
@ok  if (typeof h === 'function') h();
});
`,
  ),
  ...js(
    "CWE-94",
    "code strings built from the hash passed to timers and Function",
    `const frag = location.hash.substring(1);

function schedule() {
@@  setTimeout('updateView("' + frag + '")', 100);
}

function scheduleFn() {
@ok  setTimeout(() => updateView(frag), 100);
}

function compile() {
@@  const fn = new Function('ctx', 'return ' + frag);
  return fn({});
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular component trusting query-string HTML and URLs",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Component({ selector: 'app-notice', template: '<div [innerHTML]="body"></div><iframe [src]="frameUrl"></iframe>' })
export class NoticeComponent {
  body: SafeHtml;
  frameUrl: SafeResourceUrl;

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {
    const html = this.route.snapshot.queryParamMap.get('html') ?? '';
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(html);
    const embed = this.route.snapshot.queryParamMap.get('embed') ?? '';
@@    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(embed);
  }
}

@Component({ selector: 'app-map', template: '<iframe [src]="mapUrl"></iframe>' })
export class MapComponent {
  mapUrl: SafeResourceUrl;
  constructor(private sanitizer: DomSanitizer) {
@ok    this.mapUrl = this.sanitizer.bypassSecurityTrustResourceUrl('https://maps.example.org/embed?z=4');
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "AngularJS configuration that switches off strict contextual escaping",
    `angular.module('legacyApp', ['ngSanitize'])
  .config(['$sceProvider', function ($sceProvider) {
@@    $sceProvider.enabled(false);
  }])
  .config(['$compileProvider', function ($compileProvider) {
@@    $compileProvider.aHrefSanitizationTrustedUrlList(/.*/);
  }]);

angular.module('strictApp', ['ngSanitize'])
  .config(['$sceProvider', function ($sceProvider) {
@ok    $sceProvider.enabled(true);
  }])
  .config(['$compileProvider', function ($compileProvider) {
@ok    $compileProvider.aHrefSanitizationTrustedUrlList(/^\\s*(https?|mailto):/);
  }]);
`,
  ),
  ...js(
    "CWE-79",
    "React components rendering query-string HTML and links",
    `import React from 'react';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'react-router-dom';

export function Announcement() {
  const [params] = useSearchParams();
  const msg = params.get('msg') || '';
@@  return <div className="note" dangerouslySetInnerHTML={{ __html: msg }} />;
}

export function AnnouncementClean() {
  const [params] = useSearchParams();
@ok  return <div className="note" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(params.get('msg') || '') }} />;
}

export function BackLink() {
  const [params] = useSearchParams();
@@  return <a href={params.get('back')}>Back</a>;
}

export function BackLinkChecked() {
  const [params] = useSearchParams();
  const back = params.get('back') || '/';
  const safe = /^https?:\\/\\//.test(back) || back.startsWith('/') ? back : '/';
@ok  return <a href={safe}>Back</a>;
}
`,
  ),
  ...js(
    "CWE-1022",
    "links opening new tabs without noopener",
    `import React from 'react';

export function PartnerLinks() {
  return (
    <ul>
@@      <li><a href="https://partner.example.com/deals" target="_blank">Deals</a></li>
@@      <li><a href="https://partner.example.com/blog" target="_BLANK" rel="nofollow">Blog</a></li>
@ok      <li><a href="https://partner.example.com/help" target="_blank" rel="noopener noreferrer">Help</a></li>
@ok      <li><a href="/terms" target="_blank">Terms</a></li>
    </ul>
  );
}
`,
  ),
  ...js(
    "CWE-319",
    "browser clients talking to cleartext endpoints",
    `export async function submitOrder(order) {
@@  const res = await fetch('http://api.shop-backend.com/v2/orders', { method: 'POST', body: JSON.stringify(order) });
  return res.json();
}

export async function submitOrderTls(order) {
@ok  const res = await fetch('https://api.shop-backend.com/v2/orders', { method: 'POST', body: JSON.stringify(order) });
  return res.json();
}

export function liveFeed() {
@@  const sock = new WebSocket('ws://feed.shop-backend.com/live');
  return sock;
}

export function liveFeedTls() {
@ok  const sock = new WebSocket('wss://feed.shop-backend.com/live');
  return sock;
}

export function localDev() {
@ok  return fetch('http://localhost:8080/health');
}

export function drawIcon() {
@ok  return document.createElementNS('http://www.w3.org/2000/svg', 'svg');
}
`,
  ),
  ...js(
    "CWE-312",
    "credentials kept in web storage",
    `export function rememberLogin(form) {
  const password = form.elements.password.value;
@@  localStorage.setItem('password', password);
}

export function rememberCard(cardNumber) {
@@  sessionStorage.setItem('cc_number', cardNumber);
}

export function rememberTheme(theme) {
@ok  localStorage.setItem('theme', theme);
}
`,
  ),
];
