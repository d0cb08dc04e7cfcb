// Dev suite "js-ts", batch 42: the third round after the lint-plugin probe, written before any fix for it (own
// code): cleartext endpoints reached through base-URL constants and client factories, session cookies written
// from script, Vue and Angular components writing route data into the DOM (next to the bindings that sanitise),
// client-side redirects in Next.js, frame and form URLs from the query string, and browser Handlebars with triple
// and double stashes.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch42", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch42", cwe, note, src, "typescript");

export const BATCH42: DevCase[] = [
  ...js(
    "CWE-319",
    "API clients configured with a cleartext base URL",
    `import axios from 'axios';

@@const billingApi = axios.create({ baseURL: 'http://billing.acme-payments.com/api', timeout: 5000 });
@ok const catalogApi = axios.create({ baseURL: 'https://catalog.acme-payments.com/api', timeout: 5000 });
@ok const devApi = axios.create({ baseURL: 'http://localhost:4000/api' });

export function charge(card) {
  return billingApi.post('/charges', card);
}

export function products() {
  return catalogApi.get('/products');
}

export function ping() {
  return devApi.get('/ping');
}
`,
  ),
  ...js(
    "CWE-319",
    "base-URL constants joined into fetch calls",
    `const API_ROOT = 'http://orders.fastcart-shop.com/v1';
const SECURE_ROOT = 'https://orders.fastcart-shop.com/v1';

export async function placeOrder(order) {
@@  const r = await fetch(\`\${API_ROOT}/orders\`, { method: 'POST', body: JSON.stringify(order) });
  return r.json();
}

export async function listOrders() {
@ok  const r = await fetch(\`\${SECURE_ROOT}/orders\`);
  return r.json();
}

export async function cancel(id) {
@@  return fetch(API_ROOT + '/orders/' + id, { method: 'DELETE' });
}
`,
  ),
  ...js(
    "CWE-319",
    "socket.io and EventSource over cleartext",
    `import { io } from 'socket.io-client';

export function connectChat() {
@@  return io('http://chat.teamspace-app.com', { auth: { token: sessionStorage.getItem('t') } });
}

export function connectChatTls() {
@ok  return io('https://chat.teamspace-app.com', { auth: { token: sessionStorage.getItem('t') } });
}

export function follow() {
@@  return new EventSource('http://events.teamspace-app.com/stream');
}
`,
  ),
  ...js(
    "CWE-614",
    "session cookies written from script without Secure",
    `export function keepSession(token) {
@@  document.cookie = 'sid=' + token + '; path=/; max-age=86400';
}

export function keepSessionSecure(token) {
@ok  document.cookie = 'sid=' + token + '; path=/; max-age=86400; Secure; SameSite=Strict';
}

export function rememberLanguage(lang) {
@ok  document.cookie = 'lang=' + encodeURIComponent(lang) + '; path=/';
}
`,
  ),
  ...js(
    "CWE-79",
    "Vue component writing route query data into the DOM",
    `export default {
  name: 'SearchBanner',
  mounted() {
    const q = this.$route.query.q;
@@    this.$refs.banner.innerHTML = '<h2>Results for ' + q + '</h2>';
  },
  methods: {
    showPlain() {
@ok      this.$refs.banner.textContent = 'Results for ' + this.$route.query.q;
    },
    showRaw() {
@@      this.$el.querySelector('.hint').insertAdjacentHTML('beforeend', this.$route.query.hint);
    },
  },
};
`,
  ),
  ...ts(
    "CWE-79",
    "Angular component writing route params through ElementRef",
    `import { Component, ElementRef, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-welcome', template: '<div class="msg"></div><div [innerHTML]="safeMsg"></div>' })
export class WelcomeComponent implements OnInit {
  safeMsg = '';
  constructor(private el: ElementRef, private route: ActivatedRoute) {}

  ngOnInit(): void {
    const name = this.route.snapshot.paramMap.get('name') ?? '';
@@    this.el.nativeElement.querySelector('.msg').innerHTML = '<b>Welcome ' + name + '</b>';
@ok    this.safeMsg = '<b>Welcome ' + name + '</b>';
  }
}
`,
  ),
  ...js(
    "CWE-601",
    "Next.js pages redirecting to a query parameter",
    `import { useRouter } from 'next/router';
import { useEffect } from 'react';

export default function AfterSignIn() {
  const router = useRouter();
  useEffect(() => {
    const dest = router.query.callbackUrl;
@@    router.push(dest);
  }, [router]);
  return null;
}

export function AfterSignInChecked() {
  const router = useRouter();
  useEffect(() => {
    const dest = String(router.query.callbackUrl || '/');
    const local = dest.startsWith('/') && !dest.startsWith('//') && !dest.startsWith('/\\\\');
@ok    router.push(local ? dest : '/');
  }, [router]);
  return null;
}

export function LegacyBounce() {
  const router = useRouter();
  useEffect(() => {
@@    window.location = router.query.to;
  }, [router]);
  return null;
}
`,
  ),
  ...js(
    "CWE-79",
    "frames and forms pointed at query-string URLs",
    `const qp = new URLSearchParams(location.search);

export function embedVideo() {
  const frame = document.createElement('iframe');
@@  frame.src = qp.get('video');
  document.body.appendChild(frame);
}

export function embedVideoById() {
  const frame = document.createElement('iframe');
@ok  frame.src = 'https://www.youtube-nocookie.com/embed/' + encodeURIComponent(qp.get('id'));
  document.body.appendChild(frame);
}

export function retargetForm() {
  const form = document.querySelector('form#checkout');
@@  form.action = qp.get('post');
}
`,
  ),
  ...js(
    "CWE-79",
    "browser Handlebars templates with triple and double stashes",
    `import Handlebars from 'handlebars';

const params = new URLSearchParams(location.search);
const rawTpl = Handlebars.compile('<div class="bio">{{{bio}}}</div>');
const safeTpl = Handlebars.compile('<div class="bio">{{bio}}</div>');

export function showBio(box) {
@@  box.innerHTML = rawTpl({ bio: params.get('bio') });
}

export function showBioEscaped(box) {
@ok  box.innerHTML = safeTpl({ bio: params.get('bio') });
}
`,
  ),
  ...js(
    "CWE-79",
    "links built from a parsed URL with and without a scheme check",
    `export function addSourceLink(container) {
  const raw = new URLSearchParams(location.search).get('source');
  const a = document.createElement('a');
@@  a.href = raw;
  a.textContent = 'source';
  container.appendChild(a);
}

export function addSourceLinkChecked(container) {
  const raw = new URLSearchParams(location.search).get('source');
  const u = new URL(raw, location.origin);
  const a = document.createElement('a');
  if (u.protocol === 'https:' || u.protocol === 'http:') {
@ok    a.href = u.href;
  }
  a.textContent = 'source';
  container.appendChild(a);
}
`,
  ),
];
