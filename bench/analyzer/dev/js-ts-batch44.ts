// Dev suite "js-ts", batch 44: written blind, before any fix for it (own code), around the items the previous
// round left open: document.domain relaxing the same-origin policy, regex/object methods named `exec` in files
// that also import child_process, fs functions renamed on import, React links with and without a scheme check,
// the HTML Sanitizer API and escaping tagged templates, and postMessage to '*' of harmless data vs credentials.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch44", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch44", cwe, note, src, "typescript");

export const BATCH44: DevCase[] = [
  ...js(
    "CWE-346",
    "document.domain assigned to relax the same-origin policy vs read",
    `export function joinParentDomain() {
@@  document.domain = 'example.com';
}

export function relaxToRegistrableDomain() {
  const parts = location.hostname.split('.');
@@  document.domain = parts.slice(-2).join('.');
}

export function relaxViaWindow() {
@@  window.document.domain = 'corp.example.net';
}

export function currentDomain() {
@ok  const d = document.domain;
  return d;
}

export function logDomain() {
@ok  console.log('running on', document.domain, document.domain === 'example.com');
}
`,
  ),
  ...js(
    "CWE-78",
    "regex and object methods named exec next to child_process exec",
    `const { exec } = require('child_process');
const express = require('express');
const app = express();

const VERSION_RE = /^v(\\d+)\\.(\\d+)\\.(\\d+)$/;
const jobs = {
  queue: [],
  exec(name) {
    this.queue.push(name);
    return this.queue.length;
  },
};

app.get('/version', (req, res) => {
@ok  const m = VERSION_RE.exec(req.query.v);
  res.json(m ? { major: Number(m[1]) } : null);
});

app.get('/tags', (req, res) => {
  const tagPattern = /#([a-z0-9_]+)/g;
  const out = [];
  let hit;
@ok  while ((hit = tagPattern.exec(req.query.text)) !== null) out.push(hit[1]);
  res.json(out);
});

app.post('/jobs', (req, res) => {
@ok  const position = jobs.exec(req.body.name);
  res.json({ position });
});

function extractTicket(text) {
  const exec = (s) => /([A-Z]+-\\d+)/.exec(s);
@ok  const m = exec(text);
  return m && m[1];
}

app.get('/ticket', (req, res) => res.json({ id: extractTicket(req.query.title) }));

app.get('/ping', (req, res) => {
@@  exec('ping -c 1 ' + req.query.host, (err, stdout) => res.send(stdout));
});

app.post('/convert', (req, res) => {
  const cmd = 'convert ';
@@  exec(cmd + req.body.file + ' out.png', (err) => res.sendStatus(err ? 500 : 204));
});

app.get('/uptime', (req, res) => {
@ok  exec('uptime', (err, stdout) => res.send(stdout));
});
`,
  ),
  ...ts(
    "CWE-78",
    "TypeScript: child_process exec imported, RegExp exec on request data",
    `import { exec } from 'child_process';
import type { Request, Response } from 'express';

const SEMVER = new RegExp('^(\\\\d+)\\\\.(\\\\d+)\\\\.(\\\\d+)$');

export function parseVersion(req: Request, res: Response) {
@ok  const parts = SEMVER.exec(String(req.query.version));
  res.json(parts ? parts.slice(1).map(Number) : []);
}

export function gitLog(req: Request, res: Response) {
@@  exec(\`git log --oneline \${req.query.branch}\`, (err, stdout) => res.type('text/plain').send(stdout));
}

export function gitStatus(_req: Request, res: Response) {
@ok  exec('git status --porcelain', (err, stdout) => res.type('text/plain').send(stdout));
}
`,
  ),
  ...ts(
    "CWE-22",
    "fs/promises readFile renamed on import, request-derived path",
    `import { readFile as load, writeFile as save } from 'fs/promises';
import * as path from 'path';
import express from 'express';

const app = express();
const ROOT = path.resolve('/srv/docs');

app.get('/doc', async (req, res) => {
@@  const body = await load(path.join(ROOT, String(req.query.name)), 'utf8');
  res.type('text/plain').send(body);
});

app.get('/doc-base', async (req, res) => {
@ok  const body = await load(path.join(ROOT, path.basename(String(req.query.name))), 'utf8');
  res.type('text/plain').send(body);
});

app.get('/doc-checked', async (req, res) => {
  const target = path.resolve(ROOT, String(req.query.name));
  if (!target.startsWith(ROOT + path.sep)) {
    res.status(400).end();
    return;
  }
@ok  res.send(await load(target, 'utf8'));
});

app.post('/notes', express.json(), async (req, res) => {
@@  await save(path.join(ROOT, 'notes', req.body.title + '.md'), req.body.text);
  res.sendStatus(201);
});
`,
  ),
  ...js(
    "CWE-22",
    "fs functions renamed by destructuring require, request-derived path",
    `const { createReadStream: open, unlink: remove } = require('fs');
const path = require('path');
const express = require('express');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
@@  open(path.join(UPLOADS, req.params.name)).pipe(res);
});

app.get('/files-safe/:name', (req, res) => {
@ok  open(path.join(UPLOADS, path.basename(req.params.name))).pipe(res);
});

app.delete('/files/:name', (req, res) => {
@@  remove(UPLOADS + '/' + req.params.name, (err) => res.sendStatus(err ? 500 : 204));
});

app.delete('/files-safe/:name', (req, res) => {
  const target = path.resolve(UPLOADS, req.params.name);
  if (path.relative(UPLOADS, target).startsWith('..')) return res.sendStatus(400);
@ok  remove(target, (err) => res.sendStatus(err ? 500 : 204));
});
`,
  ),
  ...js(
    "CWE-79",
    "React href from query data vs scheme-checked",
    `import React from 'react';
import { useRouter } from 'next/router';

export function ProfileLink() {
  const { query } = useRouter();
  const userUrl = String(query.site || '');
@@  return <a href={userUrl}>Website</a>;
}

export function ProfileLinkTernary() {
  const { query } = useRouter();
  const raw = String(query.site || '');
@ok  return <a href={raw.startsWith('https://') ? raw : '#'}>Website</a>;
}

export function ProfileLinkParsed() {
  const { query } = useRouter();
  let href = '#';
  try {
    const u = new URL(String(query.site), window.location.origin);
    if (u.protocol === 'https:' || u.protocol === 'http:') href = u.href;
  } catch (e) {
    href = '#';
  }
@ok  return <a href={href}>Website</a>;
}

export function ContinueLink() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
@@  return <a href={next ? next : '/'}>Continue</a>;
}

export function ContinueLinkChecked() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next') || '/';
  const allowed = /^https?:\\/\\//i.test(next);
@ok  return <a href={allowed ? next : '/'}>Continue</a>;
}
`,
  ),
  ...js(
    "CWE-79",
    "HTML Sanitizer API and escaping tagged templates",
    `const params = new URLSearchParams(location.search);
const comment = params.get('comment');
const name = params.get('name');
const box = document.querySelector('#comment');
const badge = document.querySelector('#badge');

export function showSanitized() {
@ok  box.setHTML(comment);
}

export function showWithSanitizer() {
  const sanitizer = new Sanitizer({ elements: ['b', 'i', 'p'] });
@ok  box.setHTML(comment, { sanitizer });
}

export function showUnsafe() {
@@  box.setHTMLUnsafe(comment);
}

export function showRaw() {
@@  box.innerHTML = comment;
}

export function badgeEscaped() {
@ok  badge.innerHTML = Sanitizer.escapeHTML\`<span class="user">\${name}</span>\`;
}

export function badgeUnwrapped() {
  const safe = Sanitizer.escapeHTML\`<b>\${name}</b>\`;
@ok  badge.innerHTML = Sanitizer.unwrapSafeHTML(safe);
}

export function badgeTagged() {
@ok  badge.insertAdjacentHTML('beforeend', escapeHTML\`<li>\${name}</li>\`);
}

export function badgeTemplate() {
@@  badge.innerHTML = \`<span class="user">\${name}</span>\`;
}
`,
  ),
  ...js(
    "CWE-345",
    "postMessage to '*' of harmless data vs tokens and credentials",
    `const frame = document.getElementById('widget');

export function reportHeight() {
@ok  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
}

export function announceReady() {
@ok  window.parent.postMessage('ready', '*');
}

export function trackCheckout() {
@ok  window.parent.postMessage({ event: 'checkout_started', ts: Date.now() }, '*');
}

export function shareSession(session) {
@@  frame.contentWindow.postMessage({ type: 'session', accessToken: session.accessToken }, '*');
}

export function shareSessionPinned(session) {
@ok  frame.contentWindow.postMessage({ type: 'session', accessToken: session.accessToken }, 'https://widgets.example.com');
}

export function returnCredentials(user, password) {
@@  window.opener.postMessage({ user, password }, '*');
}

export function sendCookie() {
@@  parent.postMessage(document.cookie, '*');
}

export function sendStoredJwt() {
  const jwt = localStorage.getItem('jwt');
@@  window.top.postMessage({ jwt }, '*');
}
`,
  ),
];
