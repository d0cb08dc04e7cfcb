// Dev suite "js-ts", batch 94: written blind, before any fix for it (own code). Browser and front-end code: DOM
// sinks fed from the URL, referrer, window.name, web storage and message events (with the escaping, text-node and
// protocol allow-list twins), jQuery builders, React (raw HTML props, javascript: links, refs, createElement with
// parsed props), Angular (DomSanitizer bypasses, ElementRef, AngularJS $sce), Vue and Svelte components and render
// functions, iframe srcdoc with and without a sandbox, and script elements loaded from the query. Batch 96 holds the
// rest of what was written with it (redirects, string code, tokens, storage, popups, postMessage, Electron).
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch94", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch94", cwe, note, src, "typescript");
/** A component file (.vue, .svelte) read through the markup front end; marks as in fileCases. */
const comp = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch94", cwe, `${file}: ${note}`, src, "javascript").map((c) => ({ ...c, file }));

export const BATCH94: DevCase[] = [
  ...js(
    "CWE-79",
    "hash-routed tabs: decoded fragment into a heading's innerHTML vs textContent",
    `const panel = document.querySelector('.tab-panel');

function renderTab() {
  const tab = decodeURIComponent(window.location.hash.replace(/^#/, ''));
@@  panel.innerHTML = '<h2 class="tab-title">' + tab + '</h2><div class="tab-body"></div>';
}

function renderTabSafe() {
  const tab = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  panel.innerHTML = '<h2 class="tab-title"></h2><div class="tab-body"></div>';
@ok  panel.querySelector('.tab-title').textContent = tab;
}

window.addEventListener('hashchange', renderTab);
window.addEventListener('load', renderTabSafe);
`,
  ),
  ...ts(
    "CWE-79",
    "search page: URLSearchParams term into insertAdjacentHTML vs DOMPurify.sanitize",
    `import DOMPurify from 'dompurify';

const results = document.getElementById('results') as HTMLElement;
const query = new URLSearchParams(window.location.search);

export function showNoResults(): void {
  const term = query.get('q') ?? '';
@@  results.insertAdjacentHTML('afterbegin', \`<p class="empty">No results for <em>\${term}</em></p>\`);
}

export function showNoResultsSafe(): void {
  const term = query.get('q') ?? '';
  const html = DOMPurify.sanitize(\`<p class="empty">No results for <em>\${term}</em></p>\`);
@ok  results.insertAdjacentHTML('afterbegin', html);
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: query name into .html() and referrer into .append() vs .text()",
    `$(function () {
  var params = new URLSearchParams(location.search);
  var name = params.get('name') || 'guest';
@@  $('#welcome').html('Hi ' + name + ', welcome back');
@ok  $('#welcome-plain').text('Hi ' + name + ', welcome back');

@@  $('#back').append('<a class="back-link" href="' + document.referrer + '">Back</a>');
@ok  $('#came-from').text(document.referrer);
});
`,
  ),
  ...js(
    "CWE-79",
    "jQuery $() of the decoded fragment (parsed as HTML when it starts with <) vs an id selector escaped with CSS.escape",
    `$(window).on('hashchange', function () {
@@  $(decodeURIComponent(location.hash.slice(1))).addClass('highlight');
});

$(window).on('load', function () {
  var id = location.hash.slice(1);
@ok  $('#' + CSS.escape(id)).addClass('highlight');
});
`,
  ),
  ...js(
    "CWE-79",
    "document.write of window.name vs the same value through an escaping helper",
    `function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function greetFromOpener() {
@@  document.write('<p>Returning from ' + window.name + '</p>');
}

function greetFromOpenerSafe() {
@ok  document.write('<p>Returning from ' + escapeHtml(window.name) + '</p>');
}

greetFromOpener();
greetFromOpenerSafe();
`,
  ),
  ...js(
    "CWE-79",
    "message listener: event data into innerHTML and outerHTML without an origin check vs checked and written as text",
    `const preview = document.getElementById('preview');
const status = document.getElementById('status');

window.addEventListener('message', (event) => {
  if (event.data && event.data.kind === 'preview') {
@@    preview.innerHTML = event.data.html;
  }
  if (event.data && event.data.kind === 'status') {
@@    status.outerHTML = '<span id="status">' + event.data.text + '</span>';
  }
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://editor.example.com') return;
  if (event.data && event.data.kind === 'title') {
@ok    document.getElementById('title').textContent = event.data.text;
  }
});
`,
  ),
  ...ts(
    "CWE-79",
    "saved draft from localStorage into innerHTML vs innerText",
    `const editor = document.querySelector<HTMLDivElement>('#editor')!;
const mirror = document.querySelector<HTMLDivElement>('#mirror')!;

export function restoreDraft(): void {
  const draft = localStorage.getItem('post-draft');
  if (draft) {
@@    editor.innerHTML = draft;
  }
}

export function restoreMirror(): void {
  const draft = localStorage.getItem('post-draft');
  if (draft) {
@ok    mirror.innerText = draft;
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "React Router: search param into dangerouslySetInnerHTML vs DOMPurify",
    `import React from 'react';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'react-router-dom';

export function Flash() {
  const [params] = useSearchParams();
  const message = params.get('flash') ?? '';
@@  return <div className="flash" dangerouslySetInnerHTML={{ __html: message }} />;
}

export function FlashSafe() {
  const [params] = useSearchParams();
  const message = params.get('flash') ?? '';
@ok  return <div className="flash" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(message) }} />;
}
`,
  ),
  ...ts(
    "CWE-79",
    "React link whose href is a returnTo search param (javascript: URLs) vs a protocol allow-list",
    `import React from 'react';
import { useSearchParams } from 'react-router-dom';

function safeHref(raw: string | null): string {
  if (!raw) return '/';
  try {
    const u = new URL(raw, window.location.origin);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '/';
  } catch {
    return '/';
  }
}

export function ContinueLink() {
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo');
  return (
    <p>
@@      <a href={returnTo ?? '/'}>Continue</a>
@ok      <a href={safeHref(returnTo)}>Continue safely</a>
    </p>
  );
}
`,
  ),
  ...ts(
    "CWE-79",
    "React ref: banner text from the query string written to ref.current.innerHTML vs textContent",
    `import React, { useEffect, useRef } from 'react';

export function PromoBanner() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const promo = new URLSearchParams(window.location.search).get('promo');
    if (ref.current && promo) {
@@      ref.current.innerHTML = promo;
    }
  }, []);
  return <div ref={ref} className="promo" />;
}

export function PromoBannerSafe() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const promo = new URLSearchParams(window.location.search).get('promo');
    if (ref.current && promo) {
@ok      ref.current.textContent = promo;
    }
  }, []);
  return <div ref={ref} className="promo" />;
}
`,
  ),
  ...js(
    "CWE-79",
    "React.createElement with props parsed from the fragment and a raw-HTML prop from the query vs a fixed prop set",
    `import React from 'react';
import { createRoot } from 'react-dom/client';

const query = new URLSearchParams(location.search);
const fromHash = JSON.parse(decodeURIComponent(location.hash.slice(1) || '{}'));

function Card() {
  return React.createElement(
    'section',
    null,
@@    React.createElement('a', fromHash, 'Open'),
@@    React.createElement('div', { dangerouslySetInnerHTML: { __html: query.get('note') } }),
@ok    React.createElement('a', { href: '/help', title: String(fromHash.title || '') }, 'Help'),
  );
}

createRoot(document.getElementById('root')).render(React.createElement(Card));
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: query param through bypassSecurityTrustHtml vs DomSanitizer.sanitize",
    `import { Component, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({
  selector: 'app-notice',
  template: '<div [innerHTML]="notice"></div><div [innerHTML]="cleanNotice"></div>',
})
export class NoticeComponent {
  notice: SafeHtml;
  cleanNotice: string | null;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const msg = route.snapshot.queryParamMap.get('msg') ?? '';
@@    this.notice = sanitizer.bypassSecurityTrustHtml(msg);
@ok    this.cleanNotice = sanitizer.sanitize(SecurityContext.HTML, msg);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: embed URL from a route param trusted as a resource URL vs an id checked by a pattern",
    `import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-embed',
  template: '<iframe [src]="frameUrl"></iframe><iframe [src]="videoUrl"></iframe>',
})
export class EmbedComponent implements OnInit {
  frameUrl?: SafeResourceUrl;
  videoUrl?: SafeResourceUrl;

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.route.queryParams.subscribe((q) => {
@@      this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(q['src']);
      const id = /^[A-Za-z0-9_-]{11}$/.test(q['v']) ? q['v'] : 'dQw4w9WgXcQ';
@ok      this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + id);
    });
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: route param written to ElementRef.nativeElement.innerHTML vs Renderer2.setProperty textContent",
    `import { Component, ElementRef, OnInit, Renderer2, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-title', template: '<h1 #heading></h1><h2 #sub></h2>' })
export class TitleComponent implements OnInit {
  @ViewChild('heading', { static: true }) heading!: ElementRef<HTMLHeadingElement>;
  @ViewChild('sub', { static: true }) sub!: ElementRef<HTMLHeadingElement>;

  constructor(private route: ActivatedRoute, private renderer: Renderer2) {}

  ngOnInit(): void {
    const title = this.route.snapshot.paramMap.get('title') ?? '';
@@    this.heading.nativeElement.innerHTML = title;
@ok    this.renderer.setProperty(this.sub.nativeElement, 'textContent', title);
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: query URL through bypassSecurityTrustUrl for a link vs left to Angular's URL sanitiser",
    `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-download',
  template: '<a [href]="trusted">Download</a> <a [href]="plain">Mirror</a>',
})
export class DownloadComponent {
  trusted: SafeUrl;
  plain: string;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const link = route.snapshot.queryParams['file'];
@@    this.trusted = sanitizer.bypassSecurityTrustUrl(link);
@ok    this.plain = link;
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "AngularJS: $location.search() value through $sce.trustAsHtml vs bound to ng-bind-html unmarked",
    `angular.module('inbox', ['ngSanitize']).controller('MessageCtrl', function ($scope, $location, $sce) {
  var body = $location.search().body || '';
@@  $scope.trustedBody = $sce.trustAsHtml(body);
@ok  $scope.body = body;
});
`,
  ),
  ...comp(
    "ArticleBody.vue",
    "CWE-79",
    "Vue options API: v-html of a computed that returns the route query vs a DOMPurify computed",
    `<template>
  <article>
@@    <div class="body" v-html="body"></div>
@ok    <div class="clean" v-html="cleanBody"></div>
  </article>
</template>
<script>
import DOMPurify from 'dompurify';
export default {
  computed: {
    body() {
      return this.$route.query.body || '';
    },
    cleanBody() {
      return DOMPurify.sanitize(this.$route.query.body || '');
    },
  },
};
</script>
`,
  ),
  ...js(
    "CWE-79",
    "Vue 2 render function: domProps innerHTML from the route query vs domProps textContent",
    `import Vue from 'vue';

export const Highlight = Vue.extend({
  render(h) {
    return h('div', [
@@      h('span', { domProps: { innerHTML: this.$route.query.hl } }),
@ok      h('span', { domProps: { textContent: this.$route.query.hl } }),
    ]);
  },
});
`,
  ),
  ...ts(
    "CWE-79",
    "Vue 3 render function: h() innerHTML prop from useRoute().query vs the query as a text child",
    `import { defineComponent, h } from 'vue';
import { useRoute } from 'vue-router';

export default defineComponent({
  setup() {
    const route = useRoute();
    const tip = String(route.query.tip ?? '');
    return () =>
      h('aside', [
@@        h('p', { class: 'tip', innerHTML: tip }),
@ok        h('p', { class: 'tip' }, tip),
      ]);
  },
});
`,
  ),
  ...comp(
    "Search.svelte",
    "CWE-79",
    "Svelte: {@html} of a page URL search param and of marked() output vs text and DOMPurify",
    `<script>
  import { page } from '$app/stores';
  import { marked } from 'marked';
  import DOMPurify from 'dompurify';
  $: q = $page.url.searchParams.get('q') || '';
</script>

@@<h1>{@html q}</h1>
@ok<h2>{q}</h2>
@@<div class="preview">{@html marked.parse(q)}</div>
@ok<div class="preview">{@html DOMPurify.sanitize(marked.parse(q))}</div>
`,
  ),
  ...js(
    "CWE-79",
    "encodeURIComponent in the URL part but the raw term in the link text vs escaped text",
    `const params = new URLSearchParams(location.search);
const related = document.getElementById('related');
const htmlEscape = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function relatedLink() {
  const q = params.get('q') || '';
@@  related.innerHTML = '<a href="/search?q=' + encodeURIComponent(q) + '">More about ' + q + '</a>';
}

function relatedLinkSafe() {
  const q = params.get('q') || '';
@ok  related.innerHTML = '<a href="/search?q=' + encodeURIComponent(q) + '">More about ' + htmlEscape(q) + '</a>';
}

relatedLink();
relatedLinkSafe();
`,
  ),
  ...ts(
    "CWE-79",
    "link and iframe URLs from the query: raw setAttribute/src vs an http(s) allow-list and a fixed embed origin",
    `const params = new URLSearchParams(window.location.search);
const link = document.querySelector<HTMLAnchorElement>('#homepage')!;
const frame = document.querySelector<HTMLIFrameElement>('#player')!;

export function setHomepage(): void {
  const raw = params.get('site') ?? '';
@@  link.setAttribute('href', raw);
  const u = new URL(raw, window.location.href);
  if (u.protocol === 'https:' || u.protocol === 'http:') {
@ok    link.href = u.href;
  }
}

export function setPlayer(): void {
  const embed = params.get('embed') ?? '';
@@  frame.src = embed;
@ok  frame.src = 'https://player.example.com/embed/' + encodeURIComponent(embed);
}
`,
  ),
  ...js(
    "CWE-79",
    "list items from the hash into innerHTML vs createTextNode",
    `const list = document.getElementById('filters');
const items = decodeURIComponent(location.hash.slice(1)).split('|');

for (const item of items) {
  const li = document.createElement('li');
@@  li.innerHTML = item;
  list.appendChild(li);
}

for (const item of items) {
  const li = document.createElement('li');
@ok  li.appendChild(document.createTextNode(item));
  list.appendChild(li);
}
`,
  ),
  ...js(
    "CWE-79",
    "toast from a hand-split query string into insertAdjacentHTML vs document.title",
    `const raw = location.search.split('msg=')[1] || '';
const msg = decodeURIComponent(raw.split('&')[0]);
@@document.body.insertAdjacentHTML('beforeend', \`<div class="toast">\${msg}</div>\`);
@ok document.title = msg + ' - Dashboard';
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: message event text built into an element string vs $('<div>').text()",
    `window.addEventListener('message', function (e) {
  var msg = e.data && e.data.line;
@@  $('<div class="log-line">' + msg + '</div>').appendTo('#log');
@ok  $('<div class="log-line">').text(msg).appendTo('#log-safe');
});
`,
  ),
  ...ts(
    "CWE-79",
    "outerHTML from the page URL vs the textContent-then-innerHTML escaping idiom",
    `function escapeForHtml(s: string): string {
  const d = document.createElement('div');
  d.textContent = s;
  return d.innerHTML;
}

export function renderBadge(el: HTMLElement): void {
  const user = new URL(window.location.href).searchParams.get('user') ?? 'anonymous';
@@  el.outerHTML = \`<span class="badge">\${user}</span>\`;
}

export function renderBadgeSafe(el: HTMLElement): void {
  const user = new URL(window.location.href).searchParams.get('user') ?? 'anonymous';
@ok  el.outerHTML = \`<span class="badge">\${escapeForHtml(user)}</span>\`;
}
`,
  ),
  ...js(
    "CWE-79",
    "iframe srcdoc of a snippet from a message event, without a sandbox (parent's origin) vs sandbox=''",
    `const preview = document.getElementById('snippet-preview');

function showSnippet(html) {
  const frame = document.createElement('iframe');
@@  frame.srcdoc = html;
  preview.replaceChildren(frame);
}

function showSnippetSandboxed(html) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
@ok  frame.srcdoc = html;
  preview.replaceChildren(frame);
}

window.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'snippet') {
    showSnippet(e.data.html);
    showSnippetSandboxed(e.data.html);
  }
});
`,
  ),
  ...ts(
    "CWE-94",
    "script element src from the query string vs a locale picked from a fixed set",
    `const params = new URLSearchParams(window.location.search);
const LOCALES = new Set(['en', 'de', 'fr', 'ja']);

export function loadWidget(): void {
  const s = document.createElement('script');
@@  s.src = params.get('widget') ?? '/js/widget.js';
  document.head.appendChild(s);
}

export function loadLocale(): void {
  const lang = params.get('lang') ?? 'en';
  const s = document.createElement('script');
@ok  s.src = '/js/locale/' + (LOCALES.has(lang) ? lang : 'en') + '.js';
  document.head.appendChild(s);
}
`,
  ),
];
