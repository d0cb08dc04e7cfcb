// Dev suite "js-ts", batch 10: the browser side (DOM sinks fed from URL, referrer, window.name, storage and
// message sources), written blind after batch 8 and measured before any fix that followed it. Same shape as
// batches 5-8: `@@` lines must be reported with the file's CWE, `@ok` look-alikes must not be.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch10", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch10", cwe, note, src, "typescript");

export const BATCH10: DevCase[] = [
  ...js(
    "CWE-79",
    "element HTML properties from the URL fragment and query",
    `function showWelcome() {
  const name = decodeURIComponent(window.location.hash.substring(1));
  const box = document.getElementById('welcome');
@@  box.innerHTML = '<b>Welcome, ' + name + '</b>';
@ok  box.textContent = 'Welcome, ' + name;
}

function showTab() {
  const params = new URLSearchParams(window.location.search);
  const tab = params.get('tab');
  const header = document.querySelector('.tab-header');
@@  header.outerHTML = \`<h2 class="tab-header">\${tab}</h2>\`;
}

function showError() {
  const msg = new URL(document.URL).searchParams.get('error');
@@  document.body.insertAdjacentHTML('beforeend', '<div class="err">' + msg + '</div>');
@ok  document.body.insertAdjacentHTML('beforeend', '<div class="spinner"></div>');
}

function showSafe() {
  const raw = location.hash.slice(1);
@ok  document.getElementById('out').innerHTML = DOMPurify.sanitize(raw);
}
`,
  ),
  ...js(
    "CWE-79",
    "document.write and writeln of referrer, URL and window.name",
    `(function () {
  var ref = document.referrer;
@@  document.write('<a href="' + ref + '">Back</a>');
  var u = document.location.href;
  var idx = u.indexOf('lang=');
  var lang = idx > -1 ? u.substring(idx + 5) : 'en';
@@  document.writeln("<script src='/i18n/" + lang + ".js'></script>");
@@  document.write(window.name);
@ok  document.write('<p>Loaded at ' + new Date().toISOString() + '</p>');
})();
`,
  ),
  ...js(
    "CWE-79",
    "fragments built by Range and DOMParser from message data",
    `function renderWidget() {
  const range = document.createRange();
@@  const frag = range.createContextualFragment(decodeURIComponent(location.hash.slice(1)));
  document.getElementById('widget').appendChild(frag);
}

window.addEventListener('message', (ev) => {
  const doc = new DOMParser().parseFromString(ev.data, 'text/html');
@@  document.getElementById('panel').innerHTML = doc.body.innerHTML;
});

function preview(html) {
  const frame = document.createElement('iframe');
@ok  frame.srcdoc = '<p>' + html.length + ' characters</p>';
  document.body.appendChild(frame);
}
`,
  ),
  ...ts(
    "CWE-79",
    "attributes and handlers set from search parameters",
    `const qs = new URLSearchParams(location.search);

export function decorate(btn: HTMLButtonElement): void {
  const action = qs.get('onclick') ?? '';
@@  btn.setAttribute('onclick', action);
@ok  btn.setAttribute('data-action', action);
}

export function link(anchor: HTMLAnchorElement): void {
  const dest = qs.get('dest') || '/';
@@  anchor.href = dest;
@ok  anchor.href = '/search?q=' + encodeURIComponent(dest);
}

export function frame(el: HTMLIFrameElement): void {
@@  el.src = qs.get('embed') as string;
}

export function loadScript(): void {
  const s = document.createElement('script');
@@  s.src = qs.get('plugin') + '.js';
  document.head.appendChild(s);
}
`,
  ),
  ...js(
    "CWE-79",
    "stored values read back from localStorage and sessionStorage into the DOM",
    `function renderDraft() {
  const draft = localStorage.getItem('draft');
@@  document.querySelector('#editor-preview').innerHTML = draft;
}

function renderBanner() {
  const banner = sessionStorage.getItem('banner');
  const el = document.getElementById('banner');
@ok  el.innerText = banner;
}
`,
  ),
  ...js(
    "CWE-601",
    "client-side redirects to a next parameter",
    `function afterLogin() {
  const next = new URLSearchParams(window.location.search).get('next');
@@  window.location.href = next;
}

function afterLogout() {
  const target = location.hash.substr(1);
@@  window.location.assign(target);
}

function goBack() {
  const r = new URL(location.href).searchParams.get('return');
@@  location.replace(r);
}

function goHome() {
@ok  window.location.href = '/dashboard';
}

function safeNext() {
  const next = new URLSearchParams(location.search).get('next') || '/';
  if (next.startsWith('/') && !next.startsWith('//')) {
@@    window.location.href = next;
  }
}

function popup() {
  const u = new URLSearchParams(location.search).get('popup');
@@  window.open(u, '_blank');
@ok  window.open('/help', '_blank', 'noopener');
}
`,
  ),
  ...ts(
    "CWE-601",
    "redirect through location assignment in TypeScript",
    `export function redirectFromQuery(): void {
  const params = new URLSearchParams(document.location.search);
  const url = params.get('redirect_uri');
  if (url) {
@@    document.location = url;
  }
}

const ALLOWED = new Set(['/home', '/settings', '/billing']);
export function redirectAllowed(): void {
  const p = new URLSearchParams(location.search).get('to') ?? '/home';
@ok  if (ALLOWED.has(p)) location.href = p;
}
`,
  ),
  ...js(
    "CWE-95",
    "code strings built from the URL and message data",
    `window.addEventListener('message', function (e) {
@@  eval(e.data);
});

function runCallback() {
  var cb = new URLSearchParams(location.search).get('callback');
@@  setTimeout(cb + '()', 0);
@@  var f = new Function('x', 'return ' + location.hash.slice(1));
  return f;
}

function jsonFromHash() {
@ok  return JSON.parse(decodeURIComponent(location.hash.slice(1)));
}

@ok setInterval(function () { refresh(); }, 1000);
`,
  ),
  ...js(
    "CWE-345",
    "message listeners with and without an origin check",
    `@@window.addEventListener('message', (event) => {
  const { action, payload } = event.data;
  store.dispatch({ type: action, payload });
});

@okwindow.addEventListener('message', (event) => {
  if (event.origin !== 'https://pay.example.com') return;
  const { action, payload } = event.data;
  store.dispatch({ type: action, payload });
});

@@window.onmessage = function (msg) {
  document.cookie = 'theme=' + msg.data.theme;
};
`,
  ),
  ...js(
    "CWE-345",
    "postMessage to any origin",
    `function notifyParent(user) {
@@  window.parent.postMessage({ type: 'login', user: user, token: user.token }, '*');
@ok  window.parent.postMessage({ type: 'login', user: user.id }, 'https://portal.example.com');
}

function replyToOpener(data) {
@@  window.opener.postMessage(JSON.stringify(data), '*');
}

function toWorker(worker, data) {
@ok  worker.postMessage(data);
}
`,
  ),
  ...js(
    "CWE-79",
    "message payload written to the page without an origin check",
    `window.addEventListener('message', function (e) {
  var data = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
  if (data.type === 'notice') {
@@    document.getElementById('notice').innerHTML = data.html;
@ok    document.getElementById('notice-count').textContent = String(data.count);
  }
});
`,
  ),
];
