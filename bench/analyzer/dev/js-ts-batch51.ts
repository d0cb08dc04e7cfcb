// Dev suite "js-ts", batch 51: written blind, before any fix for it (own code), the second half of the idioms a
// probe on a deliberately insecure shop's snippets pointed at: Sequelize literal()/where fragments vs operators,
// Angular ElementRef/Renderer2 writes and the remaining DomSanitizer bypasses, prefix checks on redirect targets
// with and without the host's trailing slash, express static dotfiles, upload type checks, JWT secrets.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch51", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch51", cwe, note, src, "typescript");

export const BATCH51: DevCase[] = [
  ...ts(
    "CWE-89",
    "Sequelize literal() and where fragments vs Op operators",
    `import { Op, Sequelize } from 'sequelize';
import { Request, Response } from 'express';
import { Ticket } from './models';

export async function search(req: Request, res: Response) {
  const q = String(req.query.q ?? '');
@@  const rows = await Ticket.findAll({ where: Sequelize.literal(\`subject LIKE '%\${q}%'\`) });
  res.json(rows);
}

export async function searchSafe(req: Request, res: Response) {
  const q = String(req.query.q ?? '');
@ok  const rows = await Ticket.findAll({ where: { subject: { [Op.like]: \`%\${q}%\` } } });
  res.json(rows);
}

export async function ordered(req: Request, res: Response) {
@@  const rows = await Ticket.findAll({ order: Sequelize.literal(req.query.order as string) });
  res.json(rows);
}

export async function orderedSafe(req: Request, res: Response) {
  const dir = req.query.dir === 'asc' ? 'ASC' : 'DESC';
@ok  const rows = await Ticket.findAll({ order: [['createdAt', dir]] });
  res.json(rows);
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular ElementRef/Renderer2 innerHTML and bypassSecurityTrustScript/Url from route data",
    `import { Component, ElementRef, Renderer2, ViewChild, AfterViewInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';

@Component({ selector: 'app-profile', template: '<div #box></div><a [href]="link">home</a>' })
export class ProfileComponent implements AfterViewInit {
  @ViewChild('box') box!: ElementRef<HTMLDivElement>;
  link: any;
  constructor(private route: ActivatedRoute, private renderer: Renderer2, private s: DomSanitizer) {}

  ngAfterViewInit() {
    const bio = this.route.snapshot.queryParamMap.get('bio') ?? '';
@@    this.box.nativeElement.innerHTML = bio;
@@    this.renderer.setProperty(this.box.nativeElement, 'innerHTML', '<p>' + bio + '</p>');
@ok    this.renderer.setProperty(this.box.nativeElement, 'textContent', bio);
    const home = this.route.snapshot.queryParamMap.get('home') ?? '';
@@    this.link = this.s.bypassSecurityTrustUrl(home);
@ok    this.link = this.s.bypassSecurityTrustUrl('/profile/' + encodeURIComponent(home));
  }
}
`,
  ),
  ...js(
    "CWE-601",
    "redirect target prefix-checked with and without the host's trailing slash",
    `const express = require('express');
const app = express();

app.get('/continue', (req, res) => {
  const next = String(req.query.next || '');
  if (next.startsWith('https://app.example.com')) {
@@    return res.redirect(next);
  }
  res.redirect('/');
});

app.get('/continue2', (req, res) => {
  const next = String(req.query.next || '');
  if (next.startsWith('https://app.example.com/')) {
@ok    return res.redirect(next);
  }
  res.redirect('/');
});

app.get('/continue3', (req, res) => {
  const next = String(req.query.next || '');
  if (next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\\\')) {
@ok    return res.redirect(next);
  }
  res.redirect('/');
});

app.get('/continue4', (req, res) => {
  const next = String(req.query.next || '');
  if (next.endsWith('.example.com') || next.includes('//app.example.com')) {
@@    return res.redirect(next);
  }
  res.redirect('/');
});
`,
  ),
  ...ts(
    "CWE-22",
    "download route: file name from the path checked by extension only vs resolved under the root",
    `import express from 'express';
import path from 'path';

const router = express.Router();
const ROOT = path.resolve('public/downloads');

router.get('/dl/:name', (req, res) => {
  const name = req.params.name;
  if (!name.endsWith('.pdf')) return res.status(403).end();
@@  res.sendFile(path.join(ROOT, decodeURIComponent(name)));
});

router.get('/dl2/:name', (req, res) => {
  const full = path.resolve(ROOT, req.params.name);
  if (!full.startsWith(ROOT + path.sep)) return res.status(403).end();
@ok  res.sendFile(full);
});

router.get('/dl3/:name', (req, res) => {
@ok  res.sendFile(req.params.name, { root: ROOT, dotfiles: 'deny' });
});

export default router;
`,
  ),
  ...js(
    "CWE-798",
    "express-jwt / cookie-parser / session secrets in the source vs from the environment",
    `const express = require('express');
const { expressjwt } = require('express-jwt');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const app = express();

@@app.use(expressjwt({ secret: 'shhh-very-secret-value', algorithms: ['HS256'] }));
@@app.use(cookieParser('c00kie-signing-k3y'));
@@app.use(session({ secret: 'keyboard cat dog mouse', resave: false, saveUninitialized: false }));
@ok app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
@ok app.use(cookieParser(process.env.COOKIE_SECRET));
`,
  ),
  ...ts(
    "CWE-347",
    "JWT verified with a key taken from the token's own header vs a fixed key",
    `import jwt from 'jsonwebtoken';

export function check(token: string, keys: Record<string, string>) {
  const decoded = jwt.decode(token, { complete: true }) as any;
@@  return jwt.verify(token, decoded.payload.key, { algorithms: ['HS256'] });
}

export function checkByKid(token: string, keys: Record<string, string>) {
  const decoded = jwt.decode(token, { complete: true }) as any;
  const key = keys[decoded.header.kid];
  if (!key) throw new Error('unknown key');
@ok  return jwt.verify(token, key, { algorithms: ['RS256'] });
}
`,
  ),
  ...js(
    "CWE-1333",
    "search pattern built from the query: new RegExp raw vs escaped",
    `const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();

app.get('/filter', (req, res) => {
@@  const re = new RegExp('^' + req.query.prefix + '.*$', 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});

app.get('/filter2', (req, res) => {
@ok  const re = new RegExp('^' + escapeStringRegexp(String(req.query.prefix)), 'i');
  res.json(NAMES.filter((n) => re.test(n)));
});
`,
  ),
];
