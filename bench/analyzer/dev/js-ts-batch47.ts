// Dev suite "js-ts", batch 47: written blind, before any fix for it (own code), after a probe against SonarSource's
// public rule descriptions (rspec) for JavaScript security rules: the idioms that probe showed missed or misjudged -
// ssh2 remote exec, JSON text sent with res.send, short elliptic curves, the `cookies` module with protections off,
// CORS headers in writeHead, errorhandler outside development, file-handle chmod and umask, fixed /tmp paths,
// mail/FTP clients without TLS, markdown renderers passing raw HTML, dotfiles served statically, short HSTS and
// redirects checked by a helper function. Cases written here, never copied from the probed descriptions.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch47", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch47", cwe, note, src, "typescript");

export const BATCH47: DevCase[] = [
  ...js(
    "CWE-78",
    "ssh2 client exec with request data vs validated or quoted",
    `const { Client } = require('ssh2');
const express = require('express');
const { quote } = require('shell-quote');
const app = express();
app.use(express.json());

const target = { host: 'build.internal', username: 'deploy', privateKey: process.env.DEPLOY_KEY };

app.post('/deploy', (req, res) => {
  const conn = new Client();
  conn.on('ready', () => {
@@    conn.exec('deploy.sh ' + req.body.branch, (err, stream) => {
      if (err) return res.status(500).end();
      stream.pipe(res);
    });
  }).connect(target);
});

app.post('/deploy-checked', (req, res) => {
  const branch = String(req.body.branch);
  if (!/^[\\w.-]+$/.test(branch)) return res.status(400).end();
  const conn = new Client();
  conn.on('ready', () => {
@ok    conn.exec('deploy.sh ' + branch, (err, stream) => {
      if (err) return res.status(500).end();
      stream.pipe(res);
    });
  }).connect(target);
});

app.post('/deploy-quoted', (req, res) => {
  const conn = new Client();
  conn.on('ready', () => {
@ok    conn.exec(quote(['deploy.sh', String(req.body.branch)]), (err, stream) => {
      if (err) return res.status(500).end();
      stream.pipe(res);
    });
  }).connect(target);
});
`,
  ),
  ...js(
    "CWE-79",
    "JSON text sent with res.send vs res.json or an explicit JSON type",
    `const express = require('express');
const app = express();

app.get('/api/echo', (req, res) => {
  const body = JSON.stringify({ q: req.query.q });
@@  res.send(body);
});

app.get('/api/echo-inline', (req, res) => {
@@  res.status(200).send(JSON.stringify({ q: req.query.q, at: Date.now() }));
});

app.get('/api/echo-json', (req, res) => {
@ok  res.json({ q: req.query.q });
});

app.get('/api/echo-typed', (req, res) => {
  res.type('application/json');
@ok  res.send(JSON.stringify({ q: req.query.q }));
});

app.get('/api/echo-header', (req, res) => {
  res.set('Content-Type', 'application/json; charset=utf-8');
@ok  res.send(JSON.stringify({ q: req.query.q }));
});
`,
  ),
  ...js(
    "CWE-326",
    "elliptic-curve keys on short curves",
    `const crypto = require('crypto');

export function legacyDeviceKey() {
@@  return crypto.generateKeyPairSync('ec', { namedCurve: 'secp112r1' });
}

export function oldPeerKey(cb) {
@@  crypto.generateKeyPair('ec', { namedCurve: 'prime192v1', publicKeyEncoding: { type: 'spki', format: 'pem' } }, cb);
}

export function tinyEcdh() {
@@  const ecdh = crypto.createECDH('secp160k1');
  return ecdh.generateKeys();
}

export function deviceKey() {
@ok  return crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

export function peerKey(cb) {
@ok  crypto.generateKeyPair('ec', { namedCurve: 'secp384r1' }, cb);
}

export function ecdh() {
@ok  const e = crypto.createECDH('secp521r1');
  return e.generateKeys();
}
`,
  ),
  ...js(
    "CWE-1004",
    "cookies module set with httpOnly turned off",
    `const http = require('http');
const Cookies = require('cookies');

http.createServer((req, res) => {
  const cookies = new Cookies(req, res, { keys: [process.env.COOKIE_KEY] });
  const token = require('crypto').randomBytes(24).toString('hex');
@@  cookies.set('sid', token, { httpOnly: false, secure: true, signed: true });
@ok  cookies.set('sid2', token, { httpOnly: true, secure: true, sameSite: 'lax', signed: true });
  res.end('ok');
}).listen(8080);
`,
  ),
  ...js(
    "CWE-614",
    "cookies module set with secure turned off",
    `const http = require('http');
const Cookies = require('cookies');

http.createServer((req, res) => {
  const cookies = new Cookies(req, res, { keys: [process.env.COOKIE_KEY], secure: true });
  const token = require('crypto').randomBytes(24).toString('hex');
@@  cookies.set('session', token, { secure: false, httpOnly: true, signed: true });
@ok  cookies.set('session2', token, { secure: true, httpOnly: true, signed: true });
  res.end('ok');
}).listen(8081);
`,
  ),
  ...js(
    "CWE-942",
    "CORS headers written with writeHead: reflected origin with credentials vs allowlist",
    `const http = require('http');
const TRUSTED = new Set(['https://app.example.com', 'https://admin.example.com']);

http.createServer((req, res) => {
  if (req.url === '/me') {
@@    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' });
    return res.end(JSON.stringify({ user: 'x' }));
  }
  const origin = req.headers.origin;
  if (TRUSTED.has(origin)) {
@ok    res.writeHead(200, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });
    return res.end('{}');
  }
  res.writeHead(404);
  res.end();
}).listen(3000);
`,
  ),
  ...js(
    "CWE-489",
    "errorhandler middleware used unconditionally",
    `const express = require('express');
const errorhandler = require('errorhandler');

const app = express();
app.get('/', (req, res) => res.send('ok'));
@@app.use(errorhandler());
app.listen(3000);
`,
  ),
  ...js(
    "CWE-489",
    "errorhandler middleware only in development",
    `const express = require('express');
const errorhandler = require('errorhandler');

const app = express();
app.get('/', (req, res) => res.send('ok'));
if (process.env.NODE_ENV === 'development') {
@ok  app.use(errorhandler({ log: true }));
}
if (app.get('env') === 'development') {
@ok  app.use(errorhandler());
}
app.listen(3000);
`,
  ),
  ...js(
    "CWE-732",
    "file-handle chmod, fchmod and process.umask",
    `const fs = require('fs');
const fsp = require('fs/promises');

export async function publishShared(p) {
  const fh = await fsp.open(p, 'r');
  try {
@@    await fh.chmod(0o777);
  } finally {
    await fh.close();
  }
}

export async function lockDown(p) {
  const fh = await fsp.open(p, 'r');
  try {
@ok    await fh.chmod(0o600);
  } finally {
    await fh.close();
  }
}

export function openLoose(p) {
  const fd = fs.openSync(p, 'w');
@@  fs.fchmodSync(fd, 0o666);
  return fd;
}

export function openTight(p) {
  const fd = fs.openSync(p, 'w');
@ok  fs.fchmodSync(fd, 0o640);
  return fd;
}

export function startWorker() {
@@  process.umask(0);
}

export function startWorkerTight() {
@ok  process.umask(0o077);
}
`,
  ),
  ...js(
    "CWE-377",
    "fixed file names in /tmp vs a private temporary directory",
    `const fs = require('fs');
const os = require('os');
const path = require('path');

export function writeReport(csv) {
@@  fs.writeFileSync('/tmp/report.csv', csv);
}

export function bufferUpload(chunks) {
@@  const out = fs.createWriteStream('/tmp/upload-buffer.bin');
  for (const c of chunks) out.write(c);
  out.end();
}

export function writeReportPrivate(csv) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
@ok  fs.writeFileSync(path.join(dir, 'report.csv'), csv, { mode: 0o600 });
  return dir;
}

export function readConfig() {
@ok  return fs.readFileSync('/etc/app/config.json', 'utf8');
}
`,
  ),
  ...js(
    "CWE-319",
    "mail and FTP clients told not to use TLS",
    `const nodemailer = require('nodemailer');
const FtpClient = require('ftp');

@@const plain = nodemailer.createTransport({ host: 'smtp.example.com', port: 25, secure: false, ignoreTLS: true, auth: { user: 'app', pass: process.env.SMTP_PASS } });
@ok const smtps = nodemailer.createTransport({ host: 'smtp.example.com', port: 465, secure: true, auth: { user: 'app', pass: process.env.SMTP_PASS } });
@ok const starttls = nodemailer.createTransport({ host: 'smtp.example.com', port: 587, secure: false, requireTLS: true, auth: { user: 'app', pass: process.env.SMTP_PASS } });

export function sync() {
  const c = new FtpClient();
@@  c.connect({ host: 'files.example.com', user: 'sync', password: process.env.FTP_PASS, secure: false });
  const d = new FtpClient();
@ok  d.connect({ host: 'files.example.com', user: 'sync', password: process.env.FTP_PASS, secure: true });
  return [c, d, plain, smtps, starttls];
}
`,
  ),
  ...js(
    "CWE-79",
    "markdown rendered to HTML: raw HTML allowed vs escaped or sanitised",
    `const express = require('express');
const MarkdownIt = require('markdown-it');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');

const app = express();
app.use(express.json());
const rich = new MarkdownIt({ html: true, linkify: true });
const plain = new MarkdownIt();
const DOMPurify = createDOMPurify(new JSDOM('').window);

app.post('/preview-rich', (req, res) => {
@@  res.send(rich.render(req.body.text));
});

app.post('/preview', (req, res) => {
@ok  res.send(plain.render(req.body.text));
});

app.post('/preview-marked', (req, res) => {
@@  res.send(marked.parse(req.body.text));
});

app.post('/preview-marked-clean', (req, res) => {
@ok  res.send(DOMPurify.sanitize(marked.parse(req.body.text)));
});
`,
  ),
  ...js(
    "CWE-552",
    "static files served with dotfiles allowed",
    `const express = require('express');
const path = require('path');
const serveStatic = require('serve-static');

const app = express();
@@app.use(express.static(path.join(__dirname, 'public'), { dotfiles: 'allow' }));
@@app.use('/site', serveStatic('site', { dotfiles: 'allow', index: false }));
@ok app.use('/assets', express.static(path.join(__dirname, 'assets'), { dotfiles: 'ignore' }));
@ok app.use('/docs', serveStatic('docs', { index: ['index.html'] }));
app.listen(8080);
`,
  ),
  ...js(
    "CWE-523",
    "HSTS configured with a short max-age",
    `const express = require('express');
const helmet = require('helmet');
const hsts = require('hsts');

const a = express();
@@a.use(helmet.hsts({ maxAge: 86400 }));
const b = express();
@@b.use(helmet({ hsts: { maxAge: 3600, includeSubDomains: true } }));
const c = express();
@@c.use(hsts({ maxAge: 600 }));
const d = express();
@ok d.use(helmet.hsts({ maxAge: 31536000, includeSubDomains: true }));
const e = express();
@ok e.use(helmet());
`,
  ),
  ...ts(
    "CWE-601",
    "redirects guarded by a helper function: strict prefix vs weak checks",
    `import express, { Request, Response } from 'express';

const app = express();

function isSafeRedirect(target: string): boolean {
  return target.startsWith('https://www.example.com/');
}

function isLocalPath(target: string): boolean {
  return target.startsWith('/');
}

function mentionsOurDomain(target: string): boolean {
  return target.includes('example.com');
}

app.get('/go', (req: Request, res: Response) => {
  const next = String(req.query.next);
  if (isSafeRedirect(next)) {
@ok    return res.redirect(next);
  }
  return res.redirect('/');
});

app.get('/go-local', (req: Request, res: Response) => {
  const next = String(req.query.next);
  if (isLocalPath(next)) {
@@    return res.redirect(next);
  }
  return res.redirect('/');
});

app.get('/go-domain', (req: Request, res: Response) => {
  const next = String(req.query.next);
  if (mentionsOurDomain(next)) {
@@    return res.redirect(next);
  }
  return res.redirect('/');
});
`,
  ),
];
