// Dev suite "js-ts", batch 105: written blind, before any fix for it (own code, never taken from an advisory or a
// held-out corpus). Line-level, per-rule-test style cases of client-side browser code: DOM XSS and related flows from
// location.hash/search/href, document.URL, document.referrer, window.name, URLSearchParams, postMessage data, web
// storage written from the URL, and fetches of an attacker-chosen URL into innerHTML/outerHTML/insertAdjacentHTML/
// document.write/srcdoc/createContextualFragment/DOMParser-then-insert, jQuery ($(html), .html(), .append(),
// .attr('href'), $.parseHTML), string code (eval, string timers, new Function), navigation (location = x,
// location.assign, window.open), script.src, iframe.src and a.href with javascript: URLs. Safe twins use what real code
// uses: textContent, innerText, createTextNode, DOMPurify.sanitize, encodeURIComponent in a URL context, allow-lists,
// new URL(x, location.origin) with an origin or protocol check, event.origin checks, Number()/parseInt, template
// elements filled with textContent. A fetch of the app's own API (a fixed same-origin path) is the app's own markup,
// not attacker data, so those lines are labelled clean.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch105", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch105", cwe, note, src, "typescript");

export const BATCH105: DevCase[] = [
  ...js(
    "CWE-79",
    "search page: the q parameter into innerHTML vs textContent and innerText",
    `(function () {
  var params = new URLSearchParams(window.location.search);
  var q = params.get('q') || '';
  var heading = document.getElementById('results-title');
  var crumb = document.getElementById('crumb');
  if (q.length > 200) {
@@    heading.innerHTML = 'Results for <b>' + q + '</b> (truncated)';
  } else {
@ok    heading.textContent = 'Results for ' + q;
  }
@ok  crumb.innerText = q;
})();
`,
  ),
  ...js(
    "CWE-79",
    "hash tab router: the decoded fragment into insertAdjacentHTML vs the same after an allow-list of tab names",
    `const TABS = ['overview', 'activity', 'settings'];

function renderCrumb() {
  const tab = decodeURIComponent(location.hash.substring(1));
  const nav = document.getElementById('breadcrumbs');
@@  nav.insertAdjacentHTML('beforeend', '<li class="active">' + tab + '</li>');
}

function renderCrumbChecked() {
  const tab = decodeURIComponent(location.hash.substring(1));
  if (!TABS.includes(tab)) return;
  const nav = document.getElementById('breadcrumbs');
@ok  nav.insertAdjacentHTML('beforeend', '<li class="active">' + tab + '</li>');
}

window.addEventListener('hashchange', renderCrumb);
window.addEventListener('hashchange', renderCrumbChecked);
`,
  ),
  ...js(
    "CWE-79",
    "legacy tracking snippet: document.write of document.referrer vs an encoded referrer in a pixel URL",
    `if (document.referrer) {
@@  document.write('<p class="from">You came from ' + document.referrer + '</p>');
}
@ok document.write('<img src="/pixel.gif?ref=' + encodeURIComponent(document.referrer) + '" width="1" height="1" alt="">');
`,
  ),
  ...js(
    "CWE-79",
    "popup return flow: window.name into innerHTML vs parsed and written with textContent",
    `function showReturnBanner() {
  var banner = document.getElementById('banner');
  var state = window.name;
  if (state) {
@@    banner.innerHTML = '<span class="notice">' + state + '</span>';
  }
}

function showReturnBannerSafe() {
  var banner = document.getElementById('banner');
  try {
    var data = JSON.parse(window.name || '{}');
@ok    banner.textContent = data.message || '';
  } catch (e) {
    banner.textContent = '';
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "preview frame messages: event.data.html into innerHTML without an origin check vs with one vs DOMPurify",
    `import DOMPurify from 'dompurify';

const TRUSTED_ORIGIN = 'https://editor.example.com';
const panel = document.getElementById('preview') as HTMLDivElement;
const side = document.getElementById('side') as HTMLDivElement;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.data?.type !== 'render') return;
@@  panel.innerHTML = event.data.html;
});

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== TRUSTED_ORIGIN) return;
@ok  side.innerHTML = event.data.html;
});

export function listenSanitized(target: HTMLElement): void {
  window.addEventListener('message', (event: MessageEvent<{ html: string }>) => {
@ok    target.innerHTML = DOMPurify.sanitize(event.data.html);
  });
}
`,
  ),
  ...ts(
    "CWE-79",
    "markdown preview iframe: srcdoc from the query vs srcdoc of sanitized markup",
    `import DOMPurify from 'dompurify';

export function mountPreview(frame: HTMLIFrameElement): void {
  const params = new URLSearchParams(location.search);
  const body = params.get('body') ?? '';
@@  frame.srcdoc = '<!doctype html><html><body>' + body + '</body></html>';
}

export function mountPreviewClean(frame: HTMLIFrameElement): void {
  const params = new URLSearchParams(location.search);
  const clean = DOMPurify.sanitize(params.get('body') ?? '');
@ok  frame.srcdoc = \`<!doctype html><html><body>\${clean}</body></html>\`;
}
`,
  ),
  ...js(
    "CWE-79",
    "snippet loader: createContextualFragment of the fragment vs of a constant template",
    `export function injectSnippet(container) {
  const snippet = decodeURIComponent(window.location.hash.slice(1));
  const range = document.createRange();
  range.selectNode(container);
@@  container.appendChild(range.createContextualFragment(snippet));
}

const EMPTY_STATE = '<div class="empty"><p>No items yet.</p></div>';

export function showEmpty(container) {
  const range = document.createRange();
  range.selectNode(container);
@ok  container.appendChild(range.createContextualFragment(EMPTY_STATE));
}
`,
  ),
  ...ts(
    "CWE-79",
    "DOMParser over message markup (reported at the parse) then moved into the page vs its text only",
    `export function attachNotes(target: HTMLElement): void {
  window.addEventListener('message', (event: MessageEvent) => {
@@    const doc = new DOMParser().parseFromString(String(event.data), 'text/html');
    target.replaceChildren(...Array.from(doc.body.childNodes));
  });
}

export function attachNotesText(target: HTMLElement): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const doc = new DOMParser().parseFromString(String(event.data), 'text/html');
@ok    target.textContent = doc.body.textContent ?? '';
  });
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery plugin: flash message from the query through .html() vs .text() on a built element",
    `(function ($) {
  function flashParam() {
    return new URLSearchParams(window.location.search).get('flash');
  }

  $.fn.flashMessage = function () {
    var msg = flashParam();
    if (!msg) return this;
@@    return this.html('<div class="alert alert-info">' + msg + '</div>');
  };

  $.fn.flashMessageSafe = function () {
    var msg = flashParam();
    if (!msg) return this;
@ok    return this.empty().append($('<div class="alert alert-info">').text(msg));
  };
})(jQuery);
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: $() of the decoded hash vs $('#' + id) selector and .find()",
    `$(function () {
  var target = decodeURIComponent(window.location.hash.slice(1));
@@  $(target).addClass('highlight');
});

$(function () {
  var id = window.location.hash.slice(1).replace(/[^\\w-]/g, '');
  if (!id) return;
@ok  $('#' + id).addClass('highlight');
});
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: referrer appended as markup, return URL into attr('href') vs an encoded profile path",
    `$(document).ready(function () {
  var params = new URLSearchParams(location.search);
@@  $('#came-from').append('<em>' + document.referrer + '</em>');
@@  $('#back-link').attr('href', params.get('return'));
@ok  $('#profile-link').attr('href', '/users/' + encodeURIComponent(params.get('user') || ''));
@ok  $('#came-from-text').text(document.referrer);
});
`,
  ),
  ...js(
    "CWE-79",
    "chat widget: $.parseHTML and $(markup) of message data vs a paragraph built with .text()",
    `window.addEventListener('message', function (e) {
  var msg = e.data || {};
  if (msg.kind === 'rich') {
@@    $('#chat').append($.parseHTML(msg.markup));
  } else if (msg.kind === 'card') {
@@    $(msg.markup).appendTo('#chat');
  } else {
@ok    $('<p class="line">').text(msg.text).appendTo('#chat');
  }
});
`,
  ),
  ...js(
    "CWE-79",
    "badge: outerHTML with a query tag vs with Number() of the query count",
    `const params = new URLSearchParams(location.search);

export function renderBadges() {
  const tagEl = document.querySelector('.tag-placeholder');
  const countEl = document.querySelector('.count-placeholder');
@@  tagEl.outerHTML = '<span class="tag">' + params.get('tag') + '</span>';
  const n = Number(params.get('n'));
@ok  countEl.outerHTML = '<span class="count">' + (Number.isFinite(n) ? n : 0) + '</span>';
}
`,
  ),
  ...ts(
    "CWE-79",
    "plugin loader: script.src from the query vs a locale script under a fixed path with an encoded name",
    `const params = new URLSearchParams(window.location.search);

export function loadPlugin(): void {
  const script = document.createElement('script');
@@  script.src = params.get('plugin') ?? '';
  document.head.appendChild(script);
}

export function loadLocale(): void {
  const lang = params.get('lang') ?? 'en';
  const script = document.createElement('script');
@ok  script.src = '/static/i18n/' + encodeURIComponent(lang) + '.js';
  document.head.appendChild(script);
}
`,
  ),
  ...js(
    "CWE-79",
    "embed page: iframe.src from the query (javascript: URL) vs a video id under a fixed embed origin",
    `const params = new URLSearchParams(location.search);
const frame = document.createElement('iframe');

if (params.has('embed')) {
@@  frame.src = params.get('embed');
} else {
@ok  frame.src = 'https://www.youtube-nocookie.com/embed/' + encodeURIComponent(params.get('v') || '');
}
document.getElementById('player').appendChild(frame);
`,
  ),
  ...ts(
    "CWE-79",
    "share link: a.href from the fragment vs after a protocol allow-list via new URL",
    `export function buildLink(anchor: HTMLAnchorElement): void {
  const dest = decodeURIComponent(location.hash.slice(1));
@@  anchor.href = dest;
  anchor.textContent = 'Continue';
}

export function buildLinkChecked(anchor: HTMLAnchorElement): void {
  const dest = new URL(decodeURIComponent(location.hash.slice(1)), location.origin);
  if (!['http:', 'https:'].includes(dest.protocol)) return;
@ok  anchor.href = dest.href;
@ok  anchor.textContent = dest.hostname;
}
`,
  ),
  ...js(
    "CWE-79",
    "row template: template element filled with textContent from the query and appended",
    `const params = new URLSearchParams(window.location.search);
const tpl = document.getElementById('row-template');
const list = document.getElementById('recent');

for (const term of params.getAll('recent')) {
  const row = tpl.content.cloneNode(true);
@ok  row.querySelector('.term').textContent = term;
@ok  list.appendChild(row);
}

const li = document.createElement('li');
@ok li.appendChild(document.createTextNode(decodeURIComponent(location.hash.slice(1))));
list.appendChild(li);
`,
  ),
  ...js(
    "CWE-79",
    "draft restore: a query draft kept in sessionStorage then rendered with innerHTML vs a stored name into textContent",
    `const params = new URLSearchParams(location.search);
if (params.has('draft')) {
  sessionStorage.setItem('draft', params.get('draft'));
}

export function restoreDraft(editor) {
  const saved = sessionStorage.getItem('draft');
  if (saved) {
@@    editor.innerHTML = saved;
  }
}

export function greet(el) {
  const name = localStorage.getItem('displayName') || 'there';
@ok  el.textContent = 'Hi, ' + name;
}
`,
  ),
  ...ts(
    "CWE-79",
    "widget host: fetch of a query-chosen URL into innerHTML vs the app's own partial and JSON API",
    `const params = new URLSearchParams(location.search);

export async function loadWidget(slot: HTMLElement): Promise<void> {
  const res = await fetch(params.get('widget') ?? '/widgets/default.html');
  const html = await res.text();
@@  slot.innerHTML = html;
}

export async function loadCart(slot: HTMLElement): Promise<void> {
  const res = await fetch('/partials/cart', { credentials: 'same-origin' });
@ok  slot.innerHTML = await res.text();
}

export async function loadMe(nameEl: HTMLElement): Promise<void> {
  const me = await (await fetch('/api/me')).json();
@ok  nameEl.textContent = me.displayName;
}
`,
  ),
  ...js(
    "CWE-79",
    "language switcher: document.URL split for a value into innerHTML vs a page number through parseInt",
    `function renderLang() {
  var raw = document.URL.split('lang=')[1] || 'en';
  var lang = decodeURIComponent(raw.split('&')[0]);
@@  document.getElementById('lang').innerHTML = 'Language: <strong>' + lang + '</strong>';
}

function renderPage() {
  var page = parseInt(new URL(document.URL).searchParams.get('page'), 10) || 1;
@ok  document.getElementById('pager').innerHTML = '<span class="page">Page ' + page + '</span>';
}

function renderConsent() {
  var consent = document.cookie.split('; ').find(function (c) { return c.indexOf('consent=') === 0; });
@ok  document.getElementById('consent-state').textContent = consent ? consent.slice(8) : 'unset';
}
`,
  ),
  ...js(
    "CWE-79",
    "location.href hash parameter into innerHTML via a regex match vs escaped with a helper",
    `function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

var m = /[?&]user=([^&#]*)/.exec(location.href);
var user = m ? decodeURIComponent(m[1]) : 'guest';
@@document.querySelector('.welcome').innerHTML = 'Welcome, ' + user;
@ok document.querySelector('.welcome-safe').innerHTML = 'Welcome, ' + escapeHtml(user);
`,
  ),
  ...js(
    "CWE-95",
    "state in the fragment: eval vs JSON.parse; JSONP-style callback name into a string timer vs a table of functions",
    `const params = new URLSearchParams(location.search);
const CALLBACKS = { refresh: () => location.reload(), close: () => window.close() };

export function restoreState() {
  const raw = decodeURIComponent(location.hash.slice(1));
@@  window.appState = eval('(' + raw + ')');
}

export function restoreStateSafe() {
  const raw = decodeURIComponent(location.hash.slice(1));
@ok  window.appState = JSON.parse(raw || '{}');
}

export function scheduleCallback() {
@@  setTimeout(params.get('callback') + '()', 100);
}

export function scheduleCallbackSafe() {
  const cb = CALLBACKS[params.get('callback')];
  const delay = parseInt(params.get('delay'), 10) || 100;
@ok  if (typeof cb === 'function') setTimeout(cb, delay);
}
`,
  ),
  ...ts(
    "CWE-95",
    "formula cells: new Function over window.name and over message data vs JSON.parse of message data",
    `export function runSavedFormula(): unknown {
@@  const fn = new Function('row', 'return ' + window.name);
  return fn({});
}

window.addEventListener('message', (event: MessageEvent) => {
  if (typeof event.data !== 'string') return;
@@  setInterval(event.data, 5000);
});

window.addEventListener('message', (event: MessageEvent) => {
  if (typeof event.data !== 'string') return;
@ok  const payload = JSON.parse(event.data) as { value: number };
  document.title = String(payload.value);
});
`,
  ),
  ...js(
    "CWE-601",
    "login page: returnTo into location and location.assign, and a same-origin URL's pathname (/.//evil.com), vs the checked URL's href",
    `const params = new URLSearchParams(window.location.search);

function finishLogin() {
  const returnTo = params.get('returnTo');
  if (returnTo) {
@@    location = returnTo;
  }
}

function finishSignup() {
@@  window.location.assign(params.get('next') || '/');
}

function finishLoginPath() {
  const target = new URL(params.get('returnTo') || '/', location.origin);
  if (target.origin !== location.origin) {
    location.assign('/');
    return;
  }
  // returnTo=/.//evil.com: same origin, but the pathname '//evil.com' navigates off-site on its own.
@@  location.assign(target.pathname + target.search);
}

function finishLoginSafe() {
  const target = new URL(params.get('returnTo') || '/', location.origin);
  if (target.origin !== location.origin) {
    location.assign('/');
    return;
  }
@ok  location.assign(target.href);
}
`,
  ),
  ...js(
    "CWE-601",
    "relative-path check that only rejects '//' (a backslash still escapes) vs an allow-list of paths",
    `const ALLOWED = ['/', '/dashboard', '/settings', '/billing'];

function goNext() {
  const next = new URLSearchParams(location.search).get('next') || '/';
  if (next.startsWith('/') && !next.startsWith('//')) {
@@    window.location.href = next;
  }
}

function goNextListed() {
  const next = new URLSearchParams(location.search).get('next') || '/';
@ok  window.location.href = ALLOWED.includes(next) ? next : '/';
}
`,
  ),
  ...ts(
    "CWE-601",
    "help popups: window.open of message data and of the query url vs an encoded topic under /help",
    `window.addEventListener('message', (event: MessageEvent) => {
  if (event.data?.action === 'open') {
@@    window.open(event.data.url, '_blank');
  }
});

export function openFromQuery(): void {
  const url = new URLSearchParams(location.search).get('url');
@@  if (url) window.open(url);
}

export function openHelp(topic: string): void {
@ok  window.open('/help/' + encodeURIComponent(topic), '_blank', 'noopener');
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
@ok  window.location.href = event.data.url;
});
`,
  ),
  ...js(
    "CWE-79",
    "search suggestions: encodeURIComponent only in the href while the raw term is link text vs both safe",
    `const list = document.getElementById('suggestions');
const params = new URLSearchParams(location.search);

export function addSuggestion(term) {
  const q = term || params.get('q') || '';
@@  list.innerHTML += '<li><a href="/search?q=' + encodeURIComponent(q) + '">' + q + '</a></li>';
}

export function addSuggestionSafe(term) {
  const q = term || params.get('q') || '';
  const a = document.createElement('a');
@ok  a.setAttribute('href', '/search?q=' + encodeURIComponent(q));
@ok  a.textContent = q;
  const li = document.createElement('li');
  li.appendChild(a);
  list.appendChild(li);
}

export function addRaw() {
@@  document.querySelector('#back').setAttribute('href', params.get('back'));
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: fragment into .html()/.prepend()/.replaceWith() vs DOMPurify, .val() and .text()",
    `jQuery(function ($) {
  var note = decodeURIComponent(location.hash.replace(/^#/, ''));
@@  $('#note').html(note);
@@  $('#notes-list').prepend('<li>' + note + '</li>');
@@  $('#placeholder').replaceWith('<div class="note">' + note + '</div>');
@ok  $('#note-clean').html(DOMPurify.sanitize(note));
@ok  $('#note-input').val(note);
@ok  $('#note-title').text(note.slice(0, 40));
});
`,
  ),
  ...ts(
    "CWE-79",
    "message origin checks: a substring test (example.com.attacker.net passes) vs an exact list and a dot-suffix test",
    `const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);
const box = document.getElementById('inbox') as HTMLElement;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin.indexOf('example.com') === -1) return;
@@  box.innerHTML = event.data.body;
});

window.addEventListener('message', (event: MessageEvent) => {
  if (!ALLOWED_ORIGINS.has(event.origin)) return;
@ok  box.innerHTML = event.data.body;
});

window.addEventListener('message', (event: MessageEvent) => {
  if (!event.origin.endsWith('.example.com') || !event.origin.startsWith('https://')) return;
@ok  box.insertAdjacentHTML('beforeend', event.data.body);
});
`,
  ),
  ...js(
    "CWE-95",
    "analytics hook: template-string timer with the page name from the hash vs a closure",
    `function track(page) {
  navigator.sendBeacon('/analytics', JSON.stringify({ page: page }));
}

window.addEventListener('hashchange', function () {
  var page = location.hash.slice(1);
@@  setTimeout(\`track('\${page}')\`, 0);
@ok  setTimeout(function () { track(page); }, 0);
});
`,
  ),
];
