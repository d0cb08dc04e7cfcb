// Dev suite "js-ts", batch 43: the fourth round after the lint-plugin probe, written before any fix for it (own
// code): Electron windows in snippets that do not show their import, Node digests and signatures named by their
// OpenSSL aliases, Trusted Types policies that pass HTML through, and HTML sanitisers configured to let script
// back in, each with its safe twin.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch43", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch43", cwe, note, src, "typescript");

export const BATCH43: DevCase[] = [
  ...js(
    "CWE-693",
    "Electron windows created in a snippet without its import",
    `function createEditorWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
@@      nodeIntegration: true,
@@      contextIsolation: false,
    },
  });
  win.loadFile('editor.html');
  return win;
}

function createViewerWindow() {
  const win = new BrowserWindow({
    webPreferences: {
@ok      nodeIntegration: false,
@ok      contextIsolation: true,
      preload: path.join(__dirname, 'preload.js'),
    },
  });
  win.loadFile('viewer.html');
  return win;
}
`,
  ),
  ...ts(
    "CWE-693",
    "Electron BrowserView with web security switched off, import not shown",
    `export function attachPreview(win: BrowserWindow, url: string): BrowserView {
  const view = new BrowserView({
    webPreferences: {
@@      webSecurity: false,
      sandbox: true,
    },
  });
  win.setBrowserView(view);
  view.webContents.loadURL(url);
  return view;
}

export function attachHelp(win: BrowserWindow): BrowserView {
  const view = new BrowserView({
    webPreferences: {
@ok      webSecurity: true,
      sandbox: true,
    },
  });
  win.setBrowserView(view);
  return view;
}
`,
  ),
  ...js(
    "CWE-328",
    "Node digests and signatures named by OpenSSL aliases",
    `const crypto = require('crypto');

function legacyEtag(body) {
@@  return crypto.createHash('RSA-MD5').update(body).digest('hex');
}

function tlsStyleDigest(body) {
@@  return crypto.createHash('md5-sha1').update(body).digest('hex');
}

function signManifest(manifest, privateKey) {
@@  const signer = crypto.createSign('RSA-SHA1');
  signer.update(manifest);
  return signer.sign(privateKey, 'base64');
}

function verifyManifest(manifest, sig, publicKey) {
@@  return crypto.verify('sha1', Buffer.from(manifest), publicKey, Buffer.from(sig, 'base64'));
}

function modernEtag(body) {
@ok  return crypto.createHash('sha512-256').update(body).digest('hex');
}

function signManifestStrong(manifest, privateKey) {
@ok  const signer = crypto.createSign('RSA-SHA256');
  signer.update(manifest);
  return signer.sign(privateKey, 'base64');
}
`,
  ),
  ...js(
    "CWE-79",
    "Trusted Types policies that pass markup through",
    `import DOMPurify from 'dompurify';

if (window.trustedTypes && window.trustedTypes.createPolicy) {
@@  window.trustedTypes.createPolicy('default', { createHTML: (input) => input });
}

@@export const passthrough = trustedTypes.createPolicy('legacy-widgets', { createHTML: function (s) { return s; } });

@ok export const sanitizing = trustedTypes.createPolicy('app-html', { createHTML: (s) => DOMPurify.sanitize(s) });

@ok export const urls = trustedTypes.createPolicy('app-urls', { createScriptURL: (s) => new URL(s, location.origin).origin === location.origin ? s : '' });
`,
  ),
  ...js(
    "CWE-79",
    "HTML sanitisers configured to keep script and handlers",
    `import DOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';

const incoming = new URLSearchParams(location.search).get('card');
const card = document.getElementById('card');

export function renderLoose() {
@@  card.innerHTML = DOMPurify.sanitize(incoming, { ADD_TAGS: ['script'], ADD_ATTR: ['onerror', 'onload'] });
}

export function renderStrict() {
@ok  card.innerHTML = DOMPurify.sanitize(incoming, { ALLOWED_TAGS: ['b', 'i', 'a'], ALLOWED_ATTR: ['href'] });
}

export function renderEverything() {
@@  card.innerHTML = sanitizeHtml(incoming, { allowedTags: false, allowedAttributes: false });
}

export function renderDefaults() {
@ok  card.innerHTML = sanitizeHtml(incoming);
}
`,
  ),
];
