// Dev suite "js-ts", batch 96: written blind, before any fix for it (own code), with batch 94 (split from it for
// size). Browser and desktop code beyond HTML sinks: client-side redirects (location.href/assign/replace, window.location,
// message-driven navigation) next to same-origin checks and route tables, string code (eval, Function, string timers,
// importScripts in a worker), tokens and share keys from Math.random, tokens and passwords kept in localStorage, a bearer
// token sent to an API base from the query, window.open without noopener, postMessage of a token to '*', and Electron
// windows (nodeIntegration, contextIsolation, webSecurity) and shell.openExternal.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch96", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch96", cwe, note, src, "typescript");

export const BATCH96: DevCase[] = [
  ...js(
    "CWE-601",
    "login page: next param into location.href and location.replace vs a same-origin URL check",
    `const params = new URLSearchParams(window.location.search);

export function afterLogin() {
  const next = params.get('next') || '/';
@@  window.location.href = next;
}

export function afterLogout() {
@@  window.location.replace(params.get('redirect_uri'));
}

export function afterLoginSafe() {
  const next = new URL(params.get('next') || '/', window.location.origin);
  if (next.origin === window.location.origin) {
@ok    window.location.assign(next.href);
  }
}
`,
  ),
  ...ts(
    "CWE-601",
    "window.location assigned the query url vs a relative search path with an encoded term; pushState of a query path",
    `const params = new URLSearchParams(location.search);

export function go(): void {
@@  (window as any).location = params.get('url');
}

export function search(): void {
@ok  window.location.href = '/search?q=' + encodeURIComponent(params.get('q') ?? '');
}

export function syncHistory(): void {
@ok  history.pushState({}, '', params.get('path') ?? '/');
}
`,
  ),
  ...ts(
    "CWE-601",
    "location.assign of a hash destination vs a lookup in a fixed route table",
    `const ROUTES: Record<string, string> = { home: '/', billing: '/settings/billing', team: '/settings/team' };

export function jump(): void {
  const dest = decodeURIComponent(location.hash.slice(1));
@@  location.assign(dest);
}

export function jumpSafe(): void {
  const key = decodeURIComponent(location.hash.slice(1));
@ok  location.assign(ROUTES[key] ?? '/');
}
`,
  ),
  ...js(
    "CWE-601",
    "message listener navigating to event.data.url without an origin check vs with one",
    `window.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'navigate') {
@@    window.location.href = event.data.url;
  }
});

window.addEventListener('message', function (event) {
  if (event.origin !== 'https://portal.example.com') return;
  if (event.data && event.data.type === 'navigate') {
@ok    window.location.href = event.data.url;
  }
});
`,
  ),
  ...js(
    "CWE-95",
    "eval of the fragment as an object literal vs JSON.parse",
    `function loadState() {
  const raw = decodeURIComponent(location.hash.slice(1));
@@  return eval('(' + raw + ')');
}

function loadStateSafe() {
  const raw = decodeURIComponent(location.hash.slice(1));
@ok  return JSON.parse(raw);
}

window.appState = location.hash.startsWith('#{') ? loadState() : loadStateSafe();
`,
  ),
  ...js(
    "CWE-95",
    "setTimeout with a string built from the query vs a closure",
    `const params = new URLSearchParams(location.search);
const tz = params.get('tz') || 'UTC';

function updateClock(zone) {
  document.getElementById('clock').textContent = new Date().toLocaleTimeString('en-GB', { timeZone: zone });
}

@@setTimeout('updateClock("' + tz + '")', 1000);
@ok setTimeout(() => updateClock(tz), 1000);
`,
  ),
  ...ts(
    "CWE-95",
    "calculator widget: new Function over a query expression and over message data vs a constant body and parseFloat",
    `const params = new URLSearchParams(window.location.search);
const out = document.getElementById('out')!;

export function compute(): void {
  const expr = params.get('expr') ?? '0';
@@  const value = new Function('return (' + expr + ')')();
  out.textContent = String(value);
}

window.addEventListener('message', (event: MessageEvent) => {
@@  const fn = new Function('row', event.data.formula);
  out.textContent = String(fn({}));
});

export function computeSafe(): void {
  const n = Number.parseFloat(params.get('expr') ?? '0');
@ok  const add = new Function('a', 'b', 'return a + b');
  out.textContent = String(add(n, 1));
}
`,
  ),
  ...js(
    "CWE-94",
    "web worker: importScripts of a plugin URL from its own query string vs a fixed plugin set",
    `// plugin-worker.js, started as new Worker('/plugin-worker.js?plugin=' + name)
const params = new URLSearchParams(self.location.search);
const plugin = params.get('plugin');
const ALLOWED = new Set(['charts', 'maps', 'tables']);

if (params.has('dev')) {
@@  importScripts(plugin);
} else if (ALLOWED.has(plugin)) {
@ok  importScripts('/plugins/' + plugin + '.js');
}

self.onmessage = (e) => self.postMessage(self.run ? self.run(e.data) : null);
`,
  ),
  ...js(
    "CWE-338",
    "OAuth state and CSRF token from Math.random vs crypto.getRandomValues; a random hue",
    `function randomHex(bytes) {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function startLogin() {
@@  const state = Math.random().toString(36).substring(2) + Date.now().toString(36);
  sessionStorage.setItem('oauth_state', state);
  location.assign('https://auth.example.com/authorize?client_id=web&state=' + state);
}

export function startLoginSafe() {
@ok  const state = randomHex(16);
  sessionStorage.setItem('oauth_state', state);
  location.assign('https://auth.example.com/authorize?client_id=web&state=' + state);
}

export function avatarColor() {
@ok  const hue = Math.floor(Math.random() * 360);
  return \`hsl(\${hue}, 70%, 50%)\`;
}
`,
  ),
  ...ts(
    "CWE-338",
    "end-to-end encrypted share link: the secret key in the fragment from Math.random vs crypto.getRandomValues",
    `export function shareLink(docId: string): string {
@@  const shareKey = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return \`\${location.origin}/d/\${docId}#key=\${shareKey}\`;
}

export function shareLinkSafe(docId: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
@ok  const shareKey = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return \`\${location.origin}/d/\${docId}#key=\${shareKey}\`;
}
`,
  ),
  ...js(
    "CWE-922",
    "SPA login: access and refresh tokens kept in localStorage vs a theme preference",
    `async function login(email, password) {
  const res = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const data = await res.json();
@@  localStorage.setItem('access_token', data.access_token);
@@  localStorage.setItem('refreshToken', data.refresh_token);
@ok  localStorage.setItem('theme', data.preferences.theme);
  return data;
}
`,
  ),
  ...ts(
    "CWE-312",
    "remember-me: the password kept in localStorage vs only the email",
    `const form = document.querySelector<HTMLFormElement>('#login')!;

form.addEventListener('submit', () => {
  const email = (form.elements.namedItem('email') as HTMLInputElement).value;
  const password = (form.elements.namedItem('password') as HTMLInputElement).value;
  if ((form.elements.namedItem('remember') as HTMLInputElement).checked) {
@ok    localStorage.setItem('rememberedEmail', email);
@@    localStorage.setItem('rememberedPassword', password);
  }
});
`,
  ),
  ...ts(
    "CWE-918",
    "bearer token sent with fetch to an API base taken from the query vs a base from an allow-list",
    `const params = new URLSearchParams(window.location.search);
const API_BASES = ['https://api.example.com', 'https://api.staging.example.com'];

export async function loadProfile(): Promise<unknown> {
  const token = sessionStorage.getItem('token') ?? '';
  const api = params.get('api') ?? 'https://api.example.com';
@@  const res = await fetch(api + '/v1/me', { headers: { Authorization: 'Bearer ' + token }, credentials: 'include' });
  return res.json();
}

export async function loadProfileSafe(): Promise<unknown> {
  const token = sessionStorage.getItem('token') ?? '';
  const wanted = params.get('api') ?? '';
  const api = API_BASES.includes(wanted) ? wanted : API_BASES[0];
@ok  const res = await fetch(api + '/v1/me', { headers: { Authorization: 'Bearer ' + token }, credentials: 'include' });
  return res.json();
}
`,
  ),
  ...js(
    "CWE-1022",
    "external link opened with window.open _blank without noopener vs with noopener,noreferrer",
    `document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-external]');
  if (!a) return;
  e.preventDefault();
  if (a.dataset.legacy) {
@@    window.open(a.href, '_blank');
  } else {
@ok    window.open(a.href, '_blank', 'noopener,noreferrer');
  }
});
`,
  ),
  ...js(
    "CWE-201",
    "embedded login frame posting the session token to '*' vs to the known parent origin",
    `const PARENT_ORIGIN = 'https://app.example.com';

export function reportLogin(token) {
@@  window.parent.postMessage({ type: 'auth', token: token }, '*');
}

export function reportLoginSafe(token) {
@ok  window.parent.postMessage({ type: 'auth', token: token }, PARENT_ORIGIN);
}

export function reportResize() {
@ok  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
}
`,
  ),
  ...js(
    "CWE-693",
    "Electron main: a window with nodeIntegration and no context isolation vs a sandboxed, isolated one",
    `const { app, BrowserWindow } = require('electron');
const path = require('path');

app.whenReady().then(() => {
@@  const legacy = new BrowserWindow({ width: 900, height: 600, webPreferences: { nodeIntegration: true, contextIsolation: false } });
  legacy.loadURL('https://legacy.example.com/');

@ok  const main = new BrowserWindow({ width: 1200, height: 800, webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true, sandbox: true } });
  main.loadFile('index.html');
});
`,
  ),
  ...ts(
    "CWE-693",
    "Electron: a viewer window with webSecurity off vs the default",
    `import { BrowserWindow } from 'electron';

export function openViewer(url: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1024,
    height: 768,
    webPreferences: {
@@      webSecurity: false,
      allowRunningInsecureContent: false,
    },
  });
  win.loadURL(url);
  return win;
}

export function openHelp(): BrowserWindow {
  const win = new BrowserWindow({
    width: 640,
    height: 480,
    webPreferences: {
@ok      contextIsolation: true,
    },
  });
  win.loadFile('help.html');
  return win;
}
`,
  ),
  ...ts(
    "CWE-78",
    "Electron: shell.openExternal of a renderer URL and of a page's window.open URL vs an https check",
    `import { app, BrowserWindow, ipcMain, shell } from 'electron';

ipcMain.handle('open-link', async (_event, url: string) => {
@@  await shell.openExternal(url);
});

ipcMain.handle('open-link-checked', async (_event, url: string) => {
  const u = new URL(url);
  if (u.protocol === 'https:') {
@ok    await shell.openExternal(u.href);
  }
});

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
@@    shell.openExternal(url);
    return { action: 'deny' };
  });
});

export function createWindow(): BrowserWindow {
  return new BrowserWindow({ webPreferences: { contextIsolation: true } });
}
`,
  ),
];
