// Dev suite "js-ts", batch 133: written blind, before any fix for it and without reading the analyzer's rules or
// batches 126 / 132 (own code, never taken from an advisory or a held-out corpus). A third wave shaped like a broad
// rule set's own line-level tests, aimed at the code shapes a rule tuned on tidy code misses: module aliasing
// (renamed destructuring, `cp['exec']`, `import * as`, default imports), util.promisify and fs/promises, event
// emitter callbacks (req.on('data'), ws / net sockets), streams, destructured and renamed request fields with
// defaults, spreads into options objects, ?. / ??, computed member sinks, .call / .apply / .bind / Reflect.apply,
// class fields and arrow methods, TypeScript syntax (decorators, generics, as any, !, enums, satisfies, namespaces),
// NestJS / Koa / Fastify handlers, Angular / Vue / jQuery / DOM sinks. `@@` lines must be reported with the file's
// CWE, `@ok` lines (the safe twins) must stay clean.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch133", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch133", cwe, note, src, "typescript");

export const BATCH133: DevCase[] = [
  // ---------------------------------------------------------------- part 1: command and code injection
  ...js(
    "CWE-78",
    "child_process aliased: the module in a variable, renamed destructuring, computed member with a constant key, .call / .apply / .bind / Reflect.apply on the sink",
    `const cp = require('child_process');
const { exec: run, execSync } = cp;
const express = require('express');
const app = express();

app.get('/ls', (req, res) => {
@@  cp['exec']('ls -la ' + req.query.dir, (e, out) => res.json({ out }));
});

app.get('/du', (req, res) => {
  const { dir = '.' } = req.query;
@@  run(\`du -sh \${dir}\`, (e, out) => res.json({ out }));
});

app.get('/du-logs', (req, res) => {
@ok  run('du -sh /var/log', (e, out) => res.json({ out }));
});

app.post('/grep', express.json(), (req, res) => {
  const { filter: { name: needle } = {} } = req.body || {};
@@  const out = execSync('grep -rl ' + needle + ' /srv/data');
  res.json({ out: String(out) });
});

app.get('/cat', (req, res) => {
  const method = 'execSync';
@@  const out = cp[method]('cat /srv/notes/' + req.query.file);
  res.json({ out: String(out) });
});

app.get('/whois', (req, res) => {
@@  run.call(null, 'whois ' + req.query.domain, (e, out) => res.json({ out }));
});

app.get('/host', (req, res) => {
@@  Reflect.apply(run, cp, ['host ' + req.query.domain]);
  res.end();
});

app.get('/dig', (req, res) => {
  const dig = execSync.bind(cp);
@@  dig('dig +short ' + req.query.domain);
  res.end();
});

app.get('/dig2/:domain', (req, res) => {
@@  execSync.apply(cp, ['dig +short ' + req.params.domain]);
  res.end();
});

app.get('/dig3/:domain', (req, res) => {
  const domain = req.params.domain;
  if (!/^[a-z0-9.]+$/i.test(domain)) return res.sendStatus(400);
@ok  execSync.apply(cp, ['dig +short ' + domain]);
  res.end();
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-78",
    "import * as / default import of child_process, util.promisify of exec and execFile, spreads of defaults into spawn options with shell: true, request bodies cast with as any",
    `import * as child from 'child_process';
import cp from 'node:child_process';
import { promisify } from 'util';
import util from 'node:util';
import express, { Request, Response } from 'express';

const execP = promisify(child.exec);
const execFileP = util.promisify(cp.execFile);
const app = express();
app.use(express.json());

app.get('/ping', async (req: Request, res: Response) => {
  const host = req.query.host as string;
@@  const { stdout } = await execP(\`ping -c 1 \${host}\`);
  res.json({ stdout });
});

app.get('/ping-safe', async (req: Request, res: Response) => {
  const host = String(req.query.host ?? 'localhost');
@ok  const { stdout } = await execFileP('ping', ['-c', '1', '--', host]);
  res.json({ stdout });
});

app.post('/thumb', async (req: Request, res: Response) => {
  const opts = { ...(req.body as any) };
@@  await execP('gm convert ' + opts.src + ' -resize 64x64 /tmp/thumb.png');
  res.end();
});

const defaults = { cwd: '/tmp', env: process.env };

app.post('/gzip', (req: Request, res: Response) => {
  const name: string = req.body!.name;
@@  const p = cp.spawn('gzip', ['-k', name], { ...defaults, shell: true });
  p.on('close', () => res.end());
});

app.post('/gzip-safe', (req: Request, res: Response) => {
  const name: string = req.body!.name;
@ok  const p = cp.spawn('gzip', ['-k', '--', name], { ...defaults, shell: false });
  p.on('close', () => res.end());
});

app.post('/tool', (req: Request, res: Response) => {
  const { tool } = req.body as { tool: string };
@@  const p = child.spawnSync(tool, { ...defaults, shell: true });
  res.json({ status: p.status });
});

app.post('/fork-arg', async (req: Request, res: Response) => {
  const opts = { shell: '/bin/bash', ...defaults };
@@  await execFileP('tar', ['-czf', '/tmp/out.tgz', req.body.dir], opts);
  res.end();
});

app.listen(3000);
`,
  ),
  ...js(
    "CWE-78",
    "event-emitter sources: a raw http request body read with req.on('data'), a ws message, a net socket's data, with a constant-table twin",
    `const http = require('http');
const net = require('net');
const WebSocket = require('ws');
const { exec, execSync } = require('child_process');

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const { target } = JSON.parse(body);
@@    exec('traceroute -m 8 ' + target, (e, out) => res.end(JSON.stringify({ out })));
  });
}).listen(3000);

const wss = new WebSocket.Server({ port: 8080 });
wss.on('connection', (ws) => {
  ws.on('message', (msg) => {
    const cmd = JSON.parse(msg.toString());
@@    exec('git log --oneline ' + cmd.branch, (err, out) => ws.send(JSON.stringify({ out })));
  });
});

const LOOKUPS = { a: 'nslookup example.com', b: 'nslookup example.org' };
net.createServer((socket) => {
  socket.on('data', (buf) => {
    const name = buf.toString().trim();
@@    execSync(\`nslookup \${name}\`);
@ok    execSync(LOOKUPS[name === 'b' ? 'b' : 'a']);
    socket.end('ok');
  });
}).listen(9000);
`,
  ),
  ...ts(
    "CWE-78",
    "NestJS controller: @Query() / @Body() / @Param() parameters into exec and execSync through a class field alias and an arrow-function method",
    `import { Controller, Get, Post, Query, Body, Param } from '@nestjs/common';
import { exec, execSync, execFileSync } from 'child_process';

class ExportDto {
  format!: string;
  table!: string;
}

enum Tool {
  Uptime = 'uptime',
  Df = 'df -h',
}

@Controller('ops')
export class OpsController {
  private readonly shell = execSync;

  @Get('logs')
  logs(@Query('unit') unit: string) {
@@    return this.shell(\`journalctl -u \${unit} -n 50\`).toString();
  }

  @Post('export')
  exportTable(@Body() dto: ExportDto) {
@@    exec('pg_dump -t ' + dto.table + ' --format=' + dto.format + ' app');
    return { started: true };
  }

  @Get('kill/:pid')
  kill(@Param('pid') pid: string) {
@@    return execSync('kill -9 ' + pid).toString();
  }

  @Get('kill-safe/:pid')
  killSafe(@Param('pid') pid: string) {
    const n = parseInt(pid, 10);
@ok    return execSync('kill -9 ' + n).toString();
  }

  @Get('tool')
  tool(@Query('which') which: string) {
    const cmd = which === 'df' ? Tool.Df : Tool.Uptime;
@ok    return this.shell(cmd).toString();
  }

  count = (name: string) => execFileSync('grep', ['-cF', '--', name, '/srv/data/index.txt']);

  @Get('count')
  hits(@Query('name') name: string) {
@ok    return { hits: Number(this.count(name)) };
  }
}
`,
  ),
  ...js(
    "CWE-94",
    "code injection: eval / indirect eval / new Function / setTimeout with a string / vm with request data, and their constant or function twins",
    `const vm = require('vm');
const express = require('express');
const app = express();
app.use(express.json());

function tick(n) { return n; }

app.post('/calc', (req, res) => {
  const { expr = '0' } = req.body;
@@  const result = eval(expr);
  res.json({ result });
});

app.get('/calc2', (req, res) => {
@@  const result = (0, eval)(req.query.js);
  res.json({ result });
});

app.get('/body', (req, res) => {
@@  const v = Function('n', req.query.body)(1);
  res.json({ v });
});

app.get('/timer-safe', (req, res) => {
  const n = Number(req.query.n);
@ok  setTimeout(() => tick(n), 10);
  res.end();
});

app.get('/fn', (req, res) => {
@@  const f = new Function('a', 'return a ' + req.query.op + ' 2');
  res.json({ v: f(3) });
});

app.get('/fn-safe', (req, res) => {
  const op = req.query.op === 'mul' ? 'mul' : 'add';
@ok  const f = new Function('a', op === 'mul' ? 'return a * 2' : 'return a + 2');
  res.json({ v: f(3) });
});

app.post('/vm', (req, res) => {
@@  const out = vm.runInNewContext(req.body.code, { Math });
  res.json({ out });
});

app.post('/vm-safe', (req, res) => {
  const script = new vm.Script('Math.max(a, b)');
@ok  const out = script.runInNewContext({ a: Number(req.body.a), b: Number(req.body.b) });
  res.json({ out });
});

app.post('/script', (req, res) => {
  const { source: src } = req.body;
@@  const s = new vm.Script(src);
  res.json({ out: s.runInThisContext() });
});

const sandbox = vm.createContext({ total: 0 });
app.get('/ctx', (req, res) => {
  const code = req.query.cb ?? 'total';
@@  const v = vm.runInContext(code, sandbox, { timeout: 50 });
  res.json({ v });
});

app.listen(3000);
`,
  ),
  ...ts(
    "CWE-94",
    "browser code injection from location.hash / postMessage data: eval, Function via .call, setTimeout string, script text, with JSON.parse twins",
    `const params = new URLSearchParams(location.search);

export function runHash(): void {
  const code = decodeURIComponent(location.hash.slice(1));
@@  eval(code);
}

export function parseHash(): unknown {
  const data = decodeURIComponent(location.hash.slice(1));
@ok  return JSON.parse(data);
}

window.addEventListener('message', (ev: MessageEvent) => {
  const { action } = ev.data as { action: string };
@@  Function.call(null, action)();
});

window.addEventListener('message', (ev: MessageEvent) => {
  if (ev.origin !== 'https://app.example.com') return;
  const n = Number((ev.data as any).delay);
@ok  setTimeout(() => console.log('done'), n);
});

export function later(): void {
  const cb = params.get('cb')!;
@@  window.setTimeout(cb + '()', 100);
}
`,
  ),
  // ---------------------------------------------------------------- part 2: cross-site scripting
  ...js(
    "CWE-79",
    "DOM sinks reached through computed members, insertAdjacentHTML, outerHTML, document.write, iframe srcdoc, script text, with textContent / sanitiser twins",
    `import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const q = params.get('q') ?? '';
const box = document.getElementById('results');

function showResults() {
@@  box['inner' + 'HTML'] = '<h2>Results for ' + q + '</h2>';
}

function showResultsSafe() {
@ok  box['text' + 'Content'] = 'Results for ' + q;
}

function banner() {
  const prop = 'innerHTML';
@@  document.querySelector('.banner')[prop] = decodeURIComponent(location.hash.slice(1));
}

function addRow(table) {
@@  table.insertAdjacentHTML('beforeend', \`<tr><td>\${params.get('name')}</td></tr>\`);
}

function addRowSafe(table) {
@ok  table.insertAdjacentHTML('beforeend', \`<tr><td>\${DOMPurify.sanitize(params.get('name') ?? '')}</td></tr>\`);
}

function replaceTitle() {
  const el = document.querySelector('h1');
@@  el.outerHTML = '<h1>' + params.get('title') + '</h1>';
}

function legacyWrite() {
@@  document.write('<p>Welcome back, ' + params.get('from') + '</p>');
}

function legacyWriteSafe() {
@ok  document.write('<p>Welcome back</p>');
}

function preview(frame) {
@@  frame.srcdoc = params.get('html');
}

function previewSafe(frame) {
@ok  frame.srcdoc = DOMPurify.sanitize(params.get('html') ?? '');
}

function loadWidget() {
  const s = document.createElement('script');
@@  s.textContent = params.get('init');
  document.head.appendChild(s);
}

const op = 'write';
function opened() {
@@  document[op](decodeURIComponent(location.hash.substring(1)));
}

function viaCall(el) {
  const setter = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML').set;
@@  setter.call(el, params.get('msg'));
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery: $() of a user string, .html / .append / .prepend / .after / .replaceWith, $.parseHTML and $.globalEval, with .text() / .attr() twins",
    `import $ from 'jquery';

const hash = decodeURIComponent(window.location.hash.substring(1));
const search = new URL(location.href).searchParams;

$(function () {
@@  $(hash).appendTo('#main');
@ok  $('#main').text(hash);
@@  $('#greeting').html('Hi ' + search.get('user'));
@ok  $('#greeting').text('Hi ' + search.get('user'));
@@  $('#list').append('<li>' + search.get('item') + '</li>');
@ok  $('#list').append($('<li>').text(search.get('item')));
@@  $('.note').prepend(search.get('note'));
@@  $('.note').after(\`<span>\${search.get('tag')}</span>\`);
@@  $('#old').replaceWith(search.get('replacement'));
@@  const nodes = $.parseHTML(search.get('snippet'), document, true);
  $('#snip').append(nodes);
@@  $.globalEval(search.get('code'));
@ok  $('#link').attr('title', search.get('title'));
});

window.addEventListener('message', (e) => {
@@  $('#chat').html(e.data.text);
});

window.addEventListener('message', (e) => {
  if (e.origin !== 'https://chat.example.com') return;
@ok  $('#chat').text(e.data.text);
});
`,
  ),
  ...ts(
    "CWE-79",
    "Angular: DomSanitizer.bypassSecurityTrust* of route / query values, ElementRef.nativeElement.innerHTML, Renderer2.setProperty innerHTML, with sanitize() and constant twins",
    `import { Component, ElementRef, Renderer2, ViewChild, OnInit, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-article',
  template: '<div [innerHTML]="body"></div><iframe [src]="embed"></iframe><a [href]="link">open</a><div #host></div>',
})
export class ArticleComponent implements OnInit {
  body!: SafeHtml | string;
  link!: SafeUrl;
  embed!: SafeResourceUrl;
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;

  constructor(
    private route: ActivatedRoute,
    private sanitizer: DomSanitizer,
    private renderer: Renderer2,
    private el: ElementRef,
  ) {}

  ngOnInit(): void {
    const qp = this.route.snapshot.queryParamMap;
@@    this.body = this.sanitizer.bypassSecurityTrustHtml(qp.get('body')!);
@@    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(qp.get('video') as string);
@ok    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/intro');
@ok    this.body = this.sanitizer.sanitize(SecurityContext.HTML, qp.get('body')) ?? '';
@@    this.host.nativeElement.innerHTML = qp.get('note') ?? '';
@ok    this.host.nativeElement.textContent = qp.get('note') ?? '';
@@    this.renderer.setProperty(this.el.nativeElement, 'innerHTML', this.route.snapshot.params['title']);
@ok    this.renderer.setProperty(this.el.nativeElement, 'textContent', this.route.snapshot.params['title']);
  }

  openLink = () => {
@@    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.fragment ?? '');
  };
}
`,
  ),
  ...js(
    "CWE-79",
    "Vue render functions and directives: h() with innerHTML / domProps.innerHTML from route query or props, v-html from a computed, with textContent / domProps.textContent twins",
    `import { h, defineComponent } from 'vue';
import { useRoute } from 'vue-router';

export const Preview = defineComponent({
  setup() {
    const route = useRoute();
@@    return () => h('div', { class: 'preview', innerHTML: route.query.html });
  },
});

export const PreviewSafe = defineComponent({
  setup() {
    const route = useRoute();
@ok    return () => h('div', { class: 'preview', textContent: route.query.html });
  },
});

export const Legacy = {
  render(createElement) {
@@    return createElement('div', { domProps: { innerHTML: this.$route.query.msg } });
  },
};

export const LegacySafe = {
  render(createElement) {
@ok    return createElement('div', { domProps: { textContent: this.$route.query.msg } });
  },
};

export const Spread = {
  render(createElement) {
    const props = { innerHTML: decodeURIComponent(window.location.hash.slice(1)) };
@@    return createElement('section', { domProps: { ...props } });
  },
};
`,
  ),
  ...ts(
    "CWE-79",
    "server-side reflected XSS: Koa ctx.body with text/html, Fastify reply.type('text/html').send, NestJS @Res() send, Express res.write / res.end, with escaped / JSON twins",
    `import Koa from 'koa';
import Router from '@koa/router';
import Fastify from 'fastify';
import escapeHtml from 'escape-html';
import http from 'http';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

const app = new Koa();
const router = new Router();

router.get('/hello', (ctx) => {
  const { name = 'guest' } = ctx.query;
  ctx.type = 'html';
@@  ctx.body = \`<h1>Hello \${name}</h1>\`;
});

router.get('/hello-safe', (ctx) => {
  const name = String(ctx.query.name ?? 'guest');
  ctx.type = 'html';
@ok  ctx.body = \`<h1>Hello \${escapeHtml(name)}</h1>\`;
});

router.post('/echo', (ctx) => {
  const body = ctx.request.body as any;
@@  ctx.body = '<pre>' + body?.text + '</pre>';
});

app.use(router.routes());

const fastify = Fastify();

fastify.get<{ Querystring: { q?: string } }>('/search', async (request, reply) => {
  const q = request.query.q ?? '';
@@  return reply.type('text/html').send('<p>No results for ' + q + '</p>');
});

fastify.get<{ Querystring: { q?: string } }>('/search.json', async (request, reply) => {
@ok  return reply.send({ q: request.query.q ?? '' });
});

fastify.get('/p/:slug', async (request, reply) => {
  const { slug } = request.params as { slug: string };
  reply.header('Content-Type', 'text/html; charset=utf-8');
@@  reply.send(\`<a href="/p/\${slug}">permalink</a>\`);
});

@Controller('pages')
export class PagesController {
  @Get('welcome')
  welcome(@Query('user') user: string, @Res() res: Response) {
@@    res.send('<div>Welcome ' + user + '</div>');
  }

  @Get('welcome-safe')
  welcomeSafe(@Query('user') user: string, @Res() res: Response) {
@ok    res.send('<div>Welcome ' + escapeHtml(user) + '</div>');
  }

  @Get('hi')
  hi(@Query('user') user: string) {
@@    return \`<p>hi \${user}</p>\`;
  }
}

http.createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://localhost');
  res.writeHead(200, { 'Content-Type': 'text/html' });
@@  res.write('<title>' + u.searchParams.get('t') + '</title>');
@ok  res.end('<p>' + escapeHtml(u.searchParams.get('t') ?? '') + '</p>');
}).listen(8081);
`,
  ),
];
