// Dev suite "js-ts", batch 64: written blind after a probe of DevSkim's and Horusec's labelled JavaScript samples,
// before any fix for it (own code). Raw Set-Cookie headers without Secure/HttpOnly next to ones that carry them or
// only clear a cookie, negotiating TLS methods against pinned old ones, permissions widened through chmod, mode
// options and umask, MongoDB filters built from request bodies, redirects through Next.js/Remix/Koa helpers,
// postMessage of secrets to any origin, and template engines with escaping switched off.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch64", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch64", cwe, note, src, "typescript");

export const BATCH64: DevCase[] = [
  ...js(
    "CWE-614",
    "raw Set-Cookie session headers without flags vs with Secure/HttpOnly/SameSite",
    `const http = require('http');

http.createServer((req, res) => {
  const sid = newSessionId();
  if (req.url === '/login') {
@@    res.setHeader('Set-Cookie', \`sid=\${sid}; Path=/\`);
    return res.end('ok');
  }
  if (req.url === '/login2') {
@ok    res.setHeader('Set-Cookie', \`sid=\${sid}; Path=/; Secure; HttpOnly; SameSite=Lax\`);
    return res.end('ok');
  }
  if (req.url === '/token') {
@@    res.writeHead(200, { 'Set-Cookie': 'token=' + sid + '; HttpOnly; Path=/', 'Content-Type': 'text/plain' });
    return res.end('ok');
  }
  if (req.url === '/logout') {
@ok    res.setHeader('Set-Cookie', 'sid=; Path=/; Max-Age=0');
    return res.end('bye');
  }
  res.end();
}).listen(8080);
`,
  ),
  ...js(
    "CWE-1004",
    "Secure-only auth cookie header (script-readable) vs Secure plus HttpOnly",
    `const express = require('express');
const app = express();

app.post('/api/session', (req, res) => {
  const token = issueToken(req.body.user);
@@  res.set('Set-Cookie', 'auth=' + token + '; Secure; SameSite=Strict; Path=/');
  res.json({ ok: true });
});

app.post('/api/session2', (req, res) => {
  const token = issueToken(req.body.user);
@ok  res.set('Set-Cookie', 'auth=' + token + '; Secure; HttpOnly; SameSite=Strict; Path=/');
  res.json({ ok: true });
});
`,
  ),
  ...ts(
    "CWE-614",
    "route handler Response with a literal Set-Cookie header vs one built by a helper adding the flags",
    `import { NextRequest } from 'next/server';

function sessionCookie(id: string): string {
  return \`session=\${id}; Path=/; Secure; HttpOnly; SameSite=Lax\`;
}

export async function POST(req: NextRequest) {
  const id = await createSession(await req.json());
  return new Response('ok', {
@@    headers: { 'Set-Cookie': \`session=\${id}; Path=/\` },
  });
}

export async function PUT(req: NextRequest) {
  const id = await createSession(await req.json());
  return new Response('ok', {
@ok    headers: { 'Set-Cookie': sessionCookie(id) },
  });
}
`,
  ),
  ...js(
    "CWE-614",
    "express res.cookie with httpOnly only vs httpOnly and secure",
    `const express = require('express');
const app = express();

app.post('/remember', (req, res) => {
  const value = rememberToken(req.body.user);
@@  res.cookie('remember', value, { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 });
  res.sendStatus(204);
});

app.post('/remember2', (req, res) => {
  const value = rememberToken(req.body.user);
@ok  res.cookie('remember', value, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 30 * 24 * 3600 * 1000 });
  res.sendStatus(204);
});
`,
  ),
  ...js(
    "CWE-327",
    "tls/https servers pinned to TLSv1 methods or a TLSv1 floor vs negotiating methods and a 1.2 floor",
    `const https = require('https');
const tls = require('tls');
const fs = require('fs');

const key = fs.readFileSync('/etc/app/key.pem');
const cert = fs.readFileSync('/etc/app/cert.pem');

@@https.createServer({ key, cert, secureProtocol: 'TLSv1_method' }, handler).listen(443);
@ok https.createServer({ key, cert, secureProtocol: 'TLS_method' }, handler).listen(8443);
@ok https.createServer({ key, cert, secureProtocol: 'SSLv23_method' }, handler).listen(9443);

@@const legacy = tls.createSecureContext({ key, cert, minVersion: 'TLSv1' });
@ok const modern = tls.createSecureContext({ key, cert, minVersion: 'TLSv1.2' });
@@const capped = tls.connect({ host: 'billing.internal', port: 443, maxVersion: 'TLSv1.1' });
`,
  ),
  ...js(
    "CWE-732",
    "chmod through fs and shell commands, mkdir/writeFile modes and umask: wide vs owner-only",
    `const fs = require('fs');
const { execSync } = require('child_process');

function installKey(path, pem) {
  fs.writeFileSync(path, pem);
@@  fs.chmodSync(path, 0o666);
}

function installKeySafe(path, pem) {
  fs.writeFileSync(path, pem);
@ok  fs.chmodSync(path, 0o600);
}

function prepareUploads() {
@@  execSync('chmod -R 777 /var/www/uploads');
@ok  execSync('chmod -R 750 /var/www/uploads');
}

function makeCache(dir) {
@@  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
@ok  fs.mkdirSync(dir + '-private', { recursive: true, mode: 0o700 });
}

function saveSecret(path, secret) {
@@  fs.writeFileSync(path, secret, { mode: 0o666 });
@ok  fs.writeFileSync(path + '.safe', secret, { mode: 0o600 });
}

@@process.umask(0);
`,
  ),
  ...js(
    "CWE-732",
    "process.umask restrictive value",
    `const fs = require('fs');

@ok process.umask(0o077);
fs.writeFileSync('/var/run/app/state.json', JSON.stringify({ started: Date.now() }));
`,
  ),
  ...js(
    "CWE-943",
    "mongoose login with body fields as filter values vs cast to strings; $where template vs equality",
    `const express = require('express');
const User = require('./models/user');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
@@  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: !!user });
});

app.post('/login2', async (req, res) => {
@ok  const user = await User.findOne({ email: String(req.body.email) });
  const ok = user && (await user.verifyPassword(String(req.body.password)));
  res.json({ ok: !!ok });
});

app.get('/notes', async (req, res) => {
  const db = req.app.locals.db;
@@  const notes = await db.collection('notes').find({ $where: \`this.owner == '\${req.query.owner}'\` }).toArray();
  res.json(notes);
});

app.get('/notes2', async (req, res) => {
  const db = req.app.locals.db;
@ok  const notes = await db.collection('notes').find({ owner: String(req.query.owner) }).toArray();
  res.json(notes);
});

app.get('/orders', async (req, res) => {
@@  const orders = await Order.find(req.query);
  res.json(orders);
});
`,
  ),
  ...ts(
    "CWE-601",
    "Next.js redirect() from a search param vs a relative-path check",
    `import { redirect } from 'next/navigation';

export default function LoginDone({ searchParams }: { searchParams: { next?: string } }) {
  const next = searchParams.next ?? '/';
@@  redirect(next);
}

export function LoginDoneSafe({ searchParams }: { searchParams: { next?: string } }) {
  const next = searchParams.next ?? '/';
  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
@ok  redirect(target);
}
`,
  ),
  ...ts(
    "CWE-601",
    "Remix loader redirects to redirectTo from the URL vs an allow-listed path",
    `import { redirect, type LoaderFunctionArgs } from '@remix-run/node';

const ALLOWED = new Set(['/dashboard', '/settings', '/billing']);

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const to = url.searchParams.get('redirectTo') || '/dashboard';
  if (url.pathname.endsWith('/safe')) {
@ok    return redirect(ALLOWED.has(to) ? to : '/dashboard');
  }
@@  return redirect(to);
}
`,
  ),
  ...js(
    "CWE-601",
    "Koa ctx.redirect to returnTo from the query vs a fixed path",
    `const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  if (ctx.path === '/sso/done') {
@@    ctx.redirect(ctx.query.returnTo);
  } else if (ctx.path === '/logout') {
@ok    ctx.redirect('/');
  }
});
`,
  ),
  ...js(
    "CWE-201",
    "postMessage of a token to any origin vs to the known opener origin",
    `function finishLogin(accessToken) {
@@  window.opener.postMessage({ type: 'auth', token: accessToken }, '*');
}

function finishLoginSafe(accessToken) {
@ok  window.opener.postMessage({ type: 'auth', token: accessToken }, 'https://app.example.com');
}

function shareSession(frame, session) {
@@  frame.contentWindow.postMessage(JSON.stringify(session), '*');
}
`,
  ),
  ...js(
    "CWE-79",
    "Mustache/Handlebars with escaping turned off render request data vs default escaping",
    `const express = require('express');
const Mustache = require('mustache');
const Handlebars = require('handlebars');
const app = express();

const page = '<h1>Hello {{name}}</h1>';

app.get('/m', (req, res) => {
  Mustache.escape = (text) => text;
@@  res.send(Mustache.render(page, { name: req.query.name }));
});

app.get('/h', (req, res) => {
  const tpl = Handlebars.compile(page, { noEscape: true });
@@  res.send(tpl({ name: req.query.name }));
});

app.get('/h2', (req, res) => {
  const tpl = Handlebars.compile(page);
@ok  res.send(tpl({ name: req.query.name }));
});
`,
  ),
  ...js(
    "CWE-79",
    "Mustache with default escaping renders request data",
    `const express = require('express');
const Mustache = require('mustache');
const app = express();

app.get('/m2', (req, res) => {
@ok  res.send(Mustache.render('<h1>Hello {{name}}</h1>', { name: req.query.name }));
});
`,
  ),
  ...js(
    "CWE-79",
    "markdown-it with html enabled renders a posted comment vs html disabled",
    `const express = require('express');
const MarkdownIt = require('markdown-it');
const app = express();
app.use(express.json());

const unsafeMd = new MarkdownIt({ html: true });
const safeMd = new MarkdownIt({ html: false });

app.post('/preview', (req, res) => {
@@  res.send(unsafeMd.render(req.body.text));
});

app.post('/preview2', (req, res) => {
@ok  res.send(safeMd.render(req.body.text));
});
`,
  ),
];
