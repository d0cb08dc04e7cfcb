// Dev suite "js-ts", batch 14: browser and desktop configuration (Electron web preferences and shell, cookies
// and tokens in the browser, insecure transports, weak randomness and Web Crypto, iframes, extensions and
// workers), written blind after batch 8 and measured before any fix that followed it. Same shape as batches 5-8.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch14", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch14", cwe, note, src, "typescript");

export const BATCH14: DevCase[] = [
  ...js(
    "CWE-693",
    "Electron windows and webviews with weakened isolation",
    `const { app, BrowserWindow } = require('electron');
const path = require('path');

function createMain() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
@@      contextIsolation: false,
@ok      sandbox: true,
    },
  });
  return win;
}

function createLegacy() {
  return new BrowserWindow({
    webPreferences: {
@@      allowRunningInsecureContent: true,
@@      nodeIntegrationInSubFrames: true,
    },
  });
}

function createSafe() {
  return new BrowserWindow({
    webPreferences: {
@ok      nodeIntegration: false,
@ok      webSecurity: true,
    },
  });
}

app.on('web-contents-created', (event, contents) => {
  contents.on('will-attach-webview', (e, webPreferences) => {
@@    webPreferences.nodeIntegration = true;
  });
});

app.whenReady().then(createMain);
`,
  ),
  ...ts(
    "CWE-693",
    "Electron preferences built as an object in TypeScript",
    `import { BrowserWindow, WebPreferences } from 'electron';

const prefs: WebPreferences = {
@@  nodeIntegration: true,
@@  webSecurity: false,
};

export function open(): BrowserWindow {
  return new BrowserWindow({ show: false, webPreferences: prefs });
}
`,
  ),
  ...js(
    "CWE-78",
    "Electron shell.openExternal with renderer and page URLs",
    `const { ipcMain, shell, BrowserWindow } = require('electron');

ipcMain.handle('open-url', async (_event, url) => {
@@  await shell.openExternal(url);
});

function wire(win) {
  win.webContents.setWindowOpenHandler(({ url }) => {
@@    shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e, url) => {
    e.preventDefault();
    if (url.startsWith('https://docs.example.com/')) {
@ok      shell.openExternal(url);
    }
  });
}

@ok shell.openExternal('https://example.com/help');
module.exports = wire;
`,
  ),
  ...js(
    "CWE-319",
    "Electron and browser loads over cleartext",
    `const { BrowserWindow } = require('electron');

function show() {
  const win = new BrowserWindow({ width: 800 });
@@  win.loadURL('http://app.example.com/index.html');
@ok  win.loadURL('https://app.example.com/index.html');
@ok  win.loadURL('http://localhost:3000');
}

@@const feed = new WebSocket('ws://feed.example.com/live');
@ok const dev = new WebSocket('ws://localhost:8080/hmr');

function addAnalytics() {
  const s = document.createElement('script');
@@  s.src = 'http://cdn.example.com/analytics.js';
  document.head.appendChild(s);
}

async function loadPlugin() {
@@  const res = await fetch('http://plugins.example.com/plugin.js');
  return res.text();
}
module.exports = { show, addAnalytics, loadPlugin };
`,
  ),
  ...js(
    "CWE-338",
    "Math.random for tokens, ids and nonces in the browser",
    `export function csrfToken() {
@@  return Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
}

export function resetCode() {
@@  const code = Math.floor(Math.random() * 1000000).toString().padStart(6, '0');
  return code;
}

export function sessionId() {
  const a = new Uint8Array(16);
@ok  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function jitter(ms) {
@ok  return ms + Math.floor(Math.random() * 250);
}

@ok export const requestId = crypto.randomUUID();
`,
  ),
  ...ts(
    "CWE-328",
    "Web Crypto digests with SHA-1",
    `export async function fingerprint(data: ArrayBuffer): Promise<ArrayBuffer> {
@@  return crypto.subtle.digest('SHA-1', data);
}

export async function fingerprint256(data: ArrayBuffer): Promise<ArrayBuffer> {
@ok  return crypto.subtle.digest('SHA-256', data);
}

export async function hashPassword(pw: string): Promise<ArrayBuffer> {
@@  return window.crypto.subtle.digest({ name: 'SHA-1' }, new TextEncoder().encode(pw));
}
`,
  ),
  ...ts(
    "CWE-326",
    "Web Crypto RSA keys of 1024 bits",
    `export async function keyPair(): Promise<CryptoKeyPair> {
@@  return crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function signingPair(): Promise<CryptoKeyPair> {
@ok  return crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}
`,
  ),
  ...ts(
    "CWE-329",
    "Web Crypto encryption with a fixed IV",
    `const ZERO_IV = new Uint8Array(16);

export async function encrypt(key: CryptoKey, data: ArrayBuffer): Promise<ArrayBuffer> {
@@  return crypto.subtle.encrypt({ name: 'AES-CBC', iv: ZERO_IV }, key, data);
}

export async function encryptGcm(key: CryptoKey, data: ArrayBuffer): Promise<ArrayBuffer> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
@ok  return crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
}
`,
  ),
  ...js(
    "CWE-922",
    "tokens and secrets kept in web storage",
    `async function login(user, pass) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ user, pass }) });
  const body = await res.json();
@@  localStorage.setItem('access_token', body.accessToken);
@@  sessionStorage.setItem('password', pass);
@@  window.localStorage.jwt = body.jwt;
@ok  localStorage.setItem('theme', body.preferences.theme);
@ok  sessionStorage.setItem('lastPage', location.pathname);
}
`,
  ),
  ...js(
    "CWE-614",
    "cookies written from script",
    `function remember(token) {
@@  document.cookie = 'session=' + token + '; path=/';
@ok  document.cookie = 'session=' + token + '; path=/; Secure; SameSite=Strict';
@@  document.cookie = \`auth_token=\${token}; max-age=86400\`;
@ok  document.cookie = 'consent=yes; path=/; max-age=31536000; secure';
}
`,
  ),
  ...js(
    "CWE-693",
    "sandboxed iframes that can escape their sandbox",
    `function embed(url) {
  const f = document.createElement('iframe');
@@  f.setAttribute('sandbox', 'allow-scripts allow-same-origin');
@ok  f.setAttribute('sandbox', 'allow-scripts');
  f.src = url;
  document.body.appendChild(f);
}

function embed2(url) {
  const f = document.createElement('iframe');
@@  f.sandbox = 'allow-forms allow-same-origin allow-scripts allow-popups';
  f.src = url;
  return f;
}
`,
  ),
  ...js(
    "CWE-693",
    "Content-Security-Policy meta tags and headers allowing inline script",
    `function addPolicy() {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
@@  meta.content = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'";
@ok  meta.content = "default-src 'self'; script-src 'self' 'nonce-r4nd0m'";
  document.head.appendChild(meta);
}

module.exports = (req, res, next) => {
@@  res.setHeader('Content-Security-Policy', "script-src * 'unsafe-inline'");
  next();
};
`,
  ),
  ...js(
    "CWE-94",
    "extension and worker code loaded from untrusted input",
    `chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
  if (request.type === 'run') {
@@    chrome.tabs.executeScript(sender.tab.id, { code: request.code });
@ok    chrome.tabs.executeScript(sender.tab.id, { file: 'content.js' });
  }
});

chrome.runtime.onMessageExternal.addListener((msg, sender) => {
@@  chrome.scripting.executeScript({ target: { tabId: msg.tabId }, func: new Function(msg.body) });
});
`,
  ),
  ...js(
    "CWE-94",
    "service worker importing scripts named by its URL",
    `const params = new URL(self.location).searchParams;
@@importScripts(params.get('lib'));
@ok importScripts('/sw-helpers.js');

self.addEventListener('message', (event) => {
@@  importScripts(event.data.url);
});
`,
  ),
];
