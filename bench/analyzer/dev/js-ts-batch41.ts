// Dev suite "js-ts", batch 41: the second round after the lint-plugin probe, written before any fix for it (own
// code): newer and framework HTML sinks in the browser (Lit's unsafeHTML, createElement props, setHTMLUnsafe,
// shadow roots, DOMParser output adopted into the page, React srcDoc), jQuery's remaining builders, workers and
// scripts and modules loaded from page input, message handlers that navigate, secrets posted to any origin, client-side
// tokens from Math.random, cleartext endpoints through other clients, and the safe twin of each.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch41", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch41", cwe, note, src, "typescript");

export const BATCH41: DevCase[] = [
  ...js(
    "CWE-79",
    "Lit templates with unsafeHTML of query data",
    `import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

class ReleaseNotes extends LitElement {
  render() {
    const notes = new URLSearchParams(location.search).get('notes') ?? '';
@@    return html\`<section>\${unsafeHTML(notes)}</section>\`;
  }
}

class ReleaseNotesPlain extends LitElement {
  render() {
    const notes = new URLSearchParams(location.search).get('notes') ?? '';
@ok    return html\`<section>\${notes}</section>\`;
  }
}
customElements.define('release-notes', ReleaseNotes);
customElements.define('release-notes-plain', ReleaseNotesPlain);
`,
  ),
  ...js(
    "CWE-79",
    "React.createElement with HTML props and an iframe srcDoc",
    `import React from 'react';

const query = new URLSearchParams(window.location.search);

export function Teaser() {
  const blurb = query.get('blurb');
@@  return React.createElement('p', { dangerouslySetInnerHTML: { __html: blurb } });
}

export function TeaserText() {
  const blurb = query.get('blurb');
@ok  return React.createElement('p', null, blurb);
}

export function SnippetFrame() {
  const snippet = query.get('snippet');
@@  return <iframe title="snippet" srcDoc={snippet} />;
}
`,
  ),
  ...ts(
    "CWE-79",
    "shadow roots and setHTMLUnsafe fed from the fragment",
    `class ProfileCard extends HTMLElement {
  connectedCallback(): void {
    const root = this.attachShadow({ mode: 'open' });
    const nick = decodeURIComponent(window.location.hash.slice(1));
@@    root.innerHTML = \`<style>b{color:teal}</style><b>\${nick}</b>\`;
  }
}

class ProfileCardText extends HTMLElement {
  connectedCallback(): void {
    const root = this.attachShadow({ mode: 'open' });
    const b = document.createElement('b');
@ok    b.textContent = decodeURIComponent(window.location.hash.slice(1));
    root.appendChild(b);
  }
}

function showNotice(el: Element): void {
  const text = new URLSearchParams(location.search).get('notice') ?? '';
@@  (el as any).setHTMLUnsafe('<p>' + text + '</p>');
}

customElements.define('profile-card', ProfileCard);
customElements.define('profile-card-text', ProfileCardText);
`,
  ),
  ...js(
    "CWE-79",
    "DOMParser output moved into the live page",
    `const parser = new DOMParser();
const target = document.getElementById('article');

function importArticle() {
  const raw = new URLSearchParams(location.search).get('article');
@@  const doc = parser.parseFromString(raw, 'text/html');
  target.replaceChildren(...doc.body.childNodes);
}

function countWords() {
  const raw = new URLSearchParams(location.search).get('article');
@ok  const doc = parser.parseFromString(raw, 'text/html');
  return doc.body.textContent.split(/\\s+/).length;
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery attribute, wrap and replace builders",
    `const q = new URLSearchParams(window.location.search);

$(document).ready(function () {
  const link = q.get('site');
@@  $('#homepage').attr('href', link);
@ok  $('#homepage').attr('title', link);
@@  $('.quote').wrap('<blockquote cite="' + q.get('cite') + '"></blockquote>');
@@  $('#old-banner').replaceWith(q.get('banner'));
@@  $('#status').before('<em>' + q.get('status') + '</em>');
@ok  $('#status').before($('<em></em>').text(q.get('status')));
});
`,
  ),
  ...js(
    "CWE-94",
    "jQuery globalEval, setInterval and Function over page input",
    `function runSnippet() {
  const code = atob(location.hash.slice(1));
@@  $.globalEval(code);
}

function poll() {
  const expr = new URLSearchParams(location.search).get('poll');
@@  setInterval(expr, 5000);
}

function pollSafe() {
  const ms = Number(new URLSearchParams(location.search).get('ms')) || 5000;
@ok  setInterval(refreshCounts, ms);
}

window.addEventListener('message', (ev) => {
@@  const handler = new Function('payload', ev.data.body);
  handler(ev.data.payload);
});
`,
  ),
  ...js(
    "CWE-829",
    "workers and scripts loaded from a page-supplied URL",
    `const opts = new URLSearchParams(location.search);

export function loadPlugin() {
@@  return import(opts.get('plugin'));
}

export function startWorkerFixed() {
@ok  return new Worker('/static/worker.js');
}

export function addTheme() {
  const link = document.createElement('script');
@@  link.setAttribute('src', opts.get('theme'));
  document.head.appendChild(link);
}
`,
  ),
  ...js(
    "CWE-601",
    "message handlers and fragments that navigate",
    `window.addEventListener('message', (e) => {
  if (e.data && e.data.kind === 'navigate') {
@@    window.location.href = e.data.url;
  }
});

window.addEventListener('message', (e) => {
  if (e.origin !== 'https://portal.example.net') return;
  const routes = { home: '/', account: '/account', billing: '/billing' };
@ok  window.location.href = routes[e.data.route] || '/';
});

function jumpFromHash() {
  const dest = decodeURIComponent(location.hash.substring(1));
@@  location.replace(dest);
}

function jumpToSection() {
  const id = location.hash.substring(1);
@ok  location.replace('#' + encodeURIComponent(id));
}
`,
  ),
  ...js(
    "CWE-345",
    "tokens posted to any origin",
    `function shareSession(frame, session) {
@@  frame.contentWindow.postMessage({ token: session.accessToken }, '*');
}

function notifyParent(user) {
@@  window.parent.postMessage(JSON.stringify({ type: 'login', jwt: user.jwt }), '*');
}

function shareSessionPinned(frame, session) {
@ok  frame.contentWindow.postMessage({ token: session.accessToken }, 'https://embed.example.net');
}

function resizeParent(height) {
@ok  window.parent.postMessage({ type: 'resize', height }, '*');
}
`,
  ),
  ...js(
    "CWE-338",
    "OAuth state and CSRF nonces from Math.random in the browser",
    `export function beginLogin() {
@@  const state = Math.random().toString(36).slice(2);
  sessionStorage.setItem('oauth_state', state);
  location.assign('https://id.example.com/authorize?client_id=web&state=' + state);
}

export function beginLoginStrong() {
  const bytes = new Uint8Array(16);
@ok  const state = Array.from(crypto.getRandomValues(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
  sessionStorage.setItem('oauth_state', state);
  location.assign('https://id.example.com/authorize?client_id=web&state=' + state);
}

export function shuffleTiles(tiles) {
@ok  return tiles.sort(() => Math.random() - 0.5);
}
`,
  ),
  ...js(
    "CWE-319",
    "other HTTP clients given cleartext URLs",
    `import axios from 'axios';

export function loadProfile(id) {
@@  return axios.get('http://profiles.corp-services.com/api/users/' + id);
}

export function loadProfileTls(id) {
@ok  return axios.get('https://profiles.corp-services.com/api/users/' + id);
}

export function sendLogin(user, pass) {
  const xhr = new XMLHttpRequest();
@@  xhr.open('POST', 'http://auth.corp-services.com/login');
  xhr.send(JSON.stringify({ user, pass }));
}

export function sendLoginRelative(user, pass) {
  const xhr = new XMLHttpRequest();
@ok  xhr.open('POST', '/login');
  xhr.send(JSON.stringify({ user, pass }));
}

export function trackClick(ev) {
@@  navigator.sendBeacon('http://metrics.corp-services.com/click', JSON.stringify({ x: ev.clientX }));
}

export function checkLocal() {
@ok  return axios.get('http://127.0.0.1:9000/status');
}
`,
  ),
  ...ts(
    "CWE-79",
    "TypeScript casts around DOM HTML sinks",
    `const params = new URLSearchParams(window.location.search);

export function render(): void {
  const box = document.getElementById('box') as HTMLDivElement;
@@  box.innerHTML = params.get('content')!;
}

export function renderFixed(): void {
  const box = document.getElementById('box') as HTMLDivElement;
@ok  box.innerHTML = '<p>' + (params.get('count') ? Number(params.get('count')) : 0) + ' items</p>';
}

export function renderAppend(list: HTMLUListElement): void {
@@  list.innerHTML += \`<li>\${params.get('entry') as string}</li>\`;
}
`,
  ),
  ...js(
    "CWE-1022",
    "anchors built in script that open new tabs",
    `export function addPartnerLink(container, href) {
  const a = document.createElement('a');
  a.href = 'https://partners.example-network.com/' + encodeURIComponent(href);
@@  a.target = '_blank';
  a.textContent = 'Partner';
  container.appendChild(a);
}

export function addPartnerLinkSafe(container, href) {
  const a = document.createElement('a');
  a.href = 'https://partners.example-network.com/' + encodeURIComponent(href);
@ok  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = 'Partner';
  container.appendChild(a);
}
`,
  ),
];
