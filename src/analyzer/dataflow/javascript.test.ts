import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

/** A command-injection finding on `cp.exec(<sink>)` inside an Express handler, after `body`. */
const cmdi = (body: string, sink: string, prelude = "") =>
  analyzeSync(
    "const cp = require('child_process');\nconst app = require('express')();\n" +
      prelude +
      `app.get('/a', (req, res) => {\n${body}\n  cp.exec(${sink});\n  res.send('ok');\n});\n`,
    { language: "javascript", rules: ["JS-CMDI-001"] },
  ).findings.length > 0;

/** Whether JS-XSS-001 reports an Express handler sending `out`: `v` is the query's text, escapeHtml is escape-html. */
function escapedXss(out: string): boolean {
  return (
    analyzeSync(
      "const escapeHtml = require('escape-html');\nconst app = require('express')();\n" +
        `app.get('/a', (req, res) => {\n  const v = String(req.query.v);\n  res.send(${out});\n});\n`,
      { language: "javascript", rules: ["JS-XSS-001"] },
    ).findings.length > 0
  );
}
describe("value-aware data flow (JavaScript)", () => {
  it("reads Vue Router's this.$route and Koa's ctx.path / ctx.url / ctx.headers as request data", () => {
    const vue = (read: string) =>
      analyzeSync(
        `export default {\n  methods: {\n    go() {\n      window.location.href = ${read};\n    },\n  },\n};\n`,
        {
          language: "javascript",
          rules: ["JS-REDIR-002"],
        },
      ).findings.length > 0;
    expect(vue("this.$route.query.next")).toBe(true);
    expect(vue("this.$route.params.to")).toBe(true);
    expect(vue("this.$route.meta.home")).toBe(false);
    const koa = (read: string, imports = "const Koa = require('koa');\n") =>
      analyzeSync(
        imports + `const app = new Koa();\napp.use((ctx) => {\n  ctx.body = '<p>' + ${read} + '</p>';\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(koa("decodeURIComponent(ctx.path)")).toBe(true);
    expect(koa("ctx.headers['x-name']")).toBe(true);
    expect(koa("decodeURIComponent(ctx.path)", "")).toBe(false);
  });

  it("reads a req property the file's own middleware sets to a literal as that literal", () => {
    const log = (middleware: string, read: string) =>
      analyzeSync(
        "const app = require('express')();\n" +
          `app.use((req, res, next) => {\n  ${middleware};\n  next();\n});\n` +
          `app.get('/', (req, res) => {\n  console.log('hit ' + ${read});\n  res.end();\n});\n`,
        { language: "javascript", rules: ["JS-LOG-001"] },
      ).findings.length > 0;
    expect(log("req.stage = 'testing'", "req.stage")).toBe(false);
    expect(log("req.stage = req.get('x-stage')", "req.stage")).toBe(true);
    expect(log("req.stage = 'testing'", "req.query.stage")).toBe(true);
    // A field the server parses stays request data whatever the file writes to it.
    expect(log("req.user = 'anonymous'", "req.user")).toBe(true);
  });

  it("reads an Angular ActivatedRoute's snapshot and observables as the page URL", () => {
    const redirect = (read: string, imports = "import { ActivatedRoute } from '@angular/router';\n") =>
      analyzeSync(
        "import { Component } from '@angular/core';\n" +
          imports +
          "@Component({ selector: 'r', template: '' })\nexport class R {\n" +
          `  constructor(private route: ActivatedRoute) {\n    ${read}\n  }\n}\n`,
        { language: "typescript", rules: ["JS-REDIR-002"] },
      ).findings.length > 0;
    expect(redirect("window.location.href = this.route.snapshot.queryParamMap.get('next');")).toBe(true);
    expect(redirect("window.location.href = this.route.snapshot.queryParams['next'];")).toBe(true);
    expect(
      redirect("this.route.queryParamMap.subscribe((p) => { window.location.href = p.get('next'); });"),
    ).toBe(true);
    // Route data is the app's own configuration; a route object of another library is not Angular's.
    expect(redirect("window.location.href = this.route.snapshot.data['next'];")).toBe(false);
    expect(redirect("window.location.href = this.route.snapshot.queryParams['next'];", "")).toBe(false);
  });

  it("trusts a class-validator DTO field only where a ValidationPipe runs", () => {
    const nest = (param: string, extra = "", boot = "") =>
      analyzeSync(
        "import { Body, Controller, Post, UsePipes, ValidationPipe } from '@nestjs/common';\n" +
          "import { NestFactory } from '@nestjs/core';\nimport { IsIn } from 'class-validator';\n" +
          "class Dto {\n  @IsIn(['a', 'b'])\n  t!: string;\n}\n" +
          "@Controller('r')\nexport class R {\n  constructor(private readonly ds: any) {}\n" +
          `  @Post()\n${extra}  run(${param} dto: Dto) {\n    return this.ds.query('SELECT * FROM t_' + dto.t);\n  }\n}\n` +
          boot,
        { language: "typescript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    const bare = "NestFactory.create(AppModule).then((app) => app.listen(3000));\n";
    const global =
      "NestFactory.create(AppModule).then((app) => {\n  app.useGlobalPipes(new ValidationPipe());\n  return app.listen(3000);\n});\n";
    // A controller file alone: main.ts conventionally installs the global pipe.
    expect(nest("@Body()")).toBe(false);
    expect(nest("@Body()", "", bare)).toBe(true);
    expect(nest("@Body()", "", global)).toBe(false);
    expect(nest("@Body(new ValidationPipe())", "", bare)).toBe(false);
    expect(nest("@Body()", "  @UsePipes(new ValidationPipe())\n", bare)).toBe(false);
  });

  it("follows only the side of a ternary a constant condition selects", () => {
    expect(cmdi("const c = 1 > 2 ? req.query.c : 'ls';", "c")).toBe(false);
    expect(cmdi("const c = 2 > 1 ? req.query.c : 'ls';", "c")).toBe(true);
    expect(cmdi("const c = MODE === 'x' ? req.query.c : 'ls';", "c", "const MODE = 'y';\n")).toBe(false);
    expect(cmdi("const c = req.query.x ? req.query.c : 'ls';", "c")).toBe(true);
    // `??` / `||` past a constant left side (a literal's own property included) never take the right one.
    expect(cmdi("  const s = { c: 'ls' };\n  const c = s?.c ?? req.query.c;", "c")).toBe(false);
    expect(cmdi("  const s = { c: null };\n  const c = s.c ?? req.query.c;", "c")).toBe(true);
    expect(cmdi("  const s = { c: '' };\n  const c = s.c || req.query.c;", "c")).toBe(true);
    expect(cmdi("  const s = { c: 'ls' };\n  s.c = req.query.d;\n  const c = s.c ?? 'pwd';", "c")).toBe(true);
    // Arithmetic and a constant string's length fold too.
    expect(cmdi("const c = 7 * 3 < 20 ? req.query.c : 'ls';", "c")).toBe(false);
    expect(cmdi("const c = 7 * 3 > 20 ? req.query.c : 'ls';", "c")).toBe(true);
    expect(cmdi("const c = 'abc'.length === 4 ? req.query.c : 'ls';", "c")).toBe(false);
    expect(cmdi("const c = 'abc'.length === 3 ? req.query.c : 'ls';", "c")).toBe(true);
    expect(cmdi("const c = req.query.x.length === 3 ? req.query.c : 'ls';", "c")).toBe(true);
  });

  it("reads a body grown by a stream's data handler, and a raw socket's bytes", () => {
    const sqli = (code: string) =>
      analyzeSync(code, { language: "javascript", rules: ["JS-SQLI-001"] }).findings.length > 0;
    const server = (ev: string, grow: string) =>
      "const http = require('http');\nconst db = require('mysql2').createPool({});\n" +
      `http.createServer((req, res) => {\n  let body = '';\n  req.on('${ev}', (c) => { ${grow}; });\n` +
      "  req.on('end', () => db.query(\"SELECT 1 FROM t WHERE n = '\" + JSON.parse(body).n + \"'\"));\n});\n";
    expect(sqli(server("data", "body += c"))).toBe(true);
    expect(sqli(server("data", "body += 'x'"))).toBe(false);
    expect(sqli(server("data", "let body = ''; body += c"))).toBe(false);
    expect(
      sqli(
        "const net = require('net');\nconst db = require('mysql2').createPool({});\n" +
          "net.createServer((s) => s.on('data', (b) => db.query(\"SELECT 1 FROM t WHERE n = '\" + b + \"'\")));\n",
      ),
    ).toBe(true);
  });

  it("takes an HTML escaper as no protection in an unquoted attribute value", () => {
    expect(escapedXss("'<b class=' + escapeHtml(v) + '>x</b>'")).toBe(true);
    expect(escapedXss("'<b class=\"' + escapeHtml(v) + '\">x</b>'")).toBe(false);
    expect(escapedXss("`<i title=${escapeHtml(v)}>x</i>`")).toBe(true);
    expect(escapedXss("`<i title='${escapeHtml(v)}'>x</i>`")).toBe(false);
    expect(escapedXss('`<meta content="0; url=${escapeHtml(v)}">`')).toBe(false);
    expect(escapedXss("'<b data-n=' + parseInt(v, 10) + '>x</b>'")).toBe(false);
  });

  it("takes an HTML escaper as no protection in script code: a <script> block outside strings, an event handler", () => {
    expect(escapedXss("'<script>var page = ' + escapeHtml(v) + ';</script>'")).toBe(true);
    expect(escapedXss("`<button onclick=\"go('${escapeHtml(v)}')\">go</button>`")).toBe(true);
    // Inside a string literal of the script (the escaper turns its quotes into entities), or after the block.
    expect(escapedXss("'<script>var page = \"' + escapeHtml(v) + '\";</script>'")).toBe(false);
    expect(escapedXss('`<script src="/app.js"></script><p>${escapeHtml(v)}</p>`')).toBe(false);
  });

  it("ignores assignments in branches a constant condition never takes", () => {
    const body = (cond: string) => `  let c = 'ls';\n  if (${cond}) {\n    c = req.query.c;\n  }`;
    expect(cmdi(body("false"), "c")).toBe(false);
    expect(cmdi(body("DEBUG"), "c", "const DEBUG = false;\n")).toBe(false);
    expect(cmdi(body("!DEBUG"), "c", "const DEBUG = false;\n")).toBe(true);
    expect(cmdi(body("req.query.x"), "c")).toBe(true);
    // `let` can change: not a constant.
    expect(cmdi(body("DEBUG"), "c", "let DEBUG = false;\nDEBUG = true;\n")).toBe(true);
  });

  it("weighs every conditional reassignment, and the declaration's value where none always runs", () => {
    expect(
      cmdi("  let t;\n  if (req.query.k) {\n    t = req.query.d;\n  } else {\n    t = 'x';\n  }", "t"),
    ).toBe(true);
    expect(
      cmdi("  let t = 'a';\n  if (req.query.k) t = req.query.d;\n  if (req.query.z) t = 'b';", "t"),
    ).toBe(true);
    expect(cmdi("  let t = req.query.d;\n  if (req.query.z) t = 'b';", "t")).toBe(true);
    expect(cmdi("  let t = req.query.d;\n  if (req.query.z) t = 'b';\n  t = 'ls';", "t")).toBe(false);
    expect(cmdi("  let t = 'a';\n  if (req.query.k) t = 'b';\n  else t = 'c';", "t")).toBe(false);
    const sw = (k: string, last = "default:\n      t = '/tmp';") =>
      cmdi(
        `  let t;\n  switch (${k}) {\n    case 'a':\n      t = '/var';\n      break;\n    case 'b':\n      t = req.query.d;\n      break;\n    ${last}\n  }`,
        "'ls ' + t",
      );
    expect(sw("req.query.k")).toBe(true);
    expect(sw("'b'")).toBe(true);
    // A switch on a constant runs only its matching case (when no case falls through).
    expect(sw("'a'")).toBe(false);
    expect(sw("'z'")).toBe(false);
    expect(sw("'a'", "case 'c':\n      t = req.query.e;")).toBe(false);
    // Where a case falls through, the cases run are the matching one and those it falls into, up to a break.
    expect(
      cmdi(
        "  let t;\n  switch ('a') {\n    case 'b':\n      t = req.query.d;\n    case 'a':\n      x = 1;\n  }",
        "t",
      ),
    ).toBe(false);
    const fall = (k: string) =>
      cmdi(
        `  let t = '/srv';\n  switch (${k}) {\n    case 'a':\n      t = '/var';\n    case 'b':\n      t = t + req.query.d;\n      break;\n    case 'c':\n      t = '/opt';\n    default:\n      t = t + '/x';\n  }`,
        "'ls ' + t",
      );
    expect(fall("'a'")).toBe(true);
    expect(fall("'b'")).toBe(true);
    expect(fall("'c'")).toBe(false);
    expect(fall("'z'")).toBe(false);
    expect(fall("req.query.k")).toBe(true);
    expect(
      cmdi(
        "  let t;\n  switch ('b') {\n    case 'b':\n      t = req.query.d;\n    case 'a':\n      x = 1;\n  }",
        "t",
      ),
    ).toBe(true);
    // A deep copy of an object literal (a JSON round trip, structuredClone) has the literal's keys and values.
    const copy = (made: string, read: string, prelude = "") => cmdi(`  const o = ${made};`, read, prelude);
    const lit = "{ a: 'uptime', b: req.query.d }";
    expect(copy(`JSON.parse(JSON.stringify(${lit}))`, "o.a")).toBe(false);
    expect(copy(`JSON.parse(JSON.stringify(${lit}))`, "o.b")).toBe(true);
    expect(copy(`structuredClone(${lit})`, "o['a']")).toBe(false);
    expect(copy(`JSON.parse(JSON.stringify(${lit}, null, 2))`, "o.b")).toBe(true);
    // (A replacer may move what a key holds: the whole copy counts.)
    expect(copy(`JSON.parse(JSON.stringify(${lit}, (k, v) => v))`, "o.a")).toBe(true);
    expect(copy("1", `JSON.parse(JSON.stringify(${lit})).a`)).toBe(false);
    // A computed key after the one read may be that key; a later duplicate wins.
    expect(copy("{ a: 'ls', [req.query.k]: req.query.v }", "o.a")).toBe(true);
    expect(copy("{ a: 'ls', a: req.query.v }", "o.a")).toBe(true);
    // The declaration in scope counts, where another handler declares the same name.
    const other = "app.get('/b', (req, res) => {\n  const o = { a: req.query.x };\n  res.send(o.a);\n});\n";
    expect(copy(`JSON.parse(JSON.stringify(${lit}))`, "o.a", other)).toBe(false);
    expect(copy(`JSON.parse(JSON.stringify(${lit}))`, "o.b", other)).toBe(true);
    // Destructuring an object literal: a name holds its key's value, or its default where the literal lacks the key.
    const pick = (pattern: string, lit: string, read: string) => cmdi(`  const ${pattern} = ${lit};`, read);
    expect(pick("{ tool: program = 'uptime' }", "{ verbose: req.query.v }", "program")).toBe(false);
    expect(pick("{ tool: program = 'uptime' }", "{ tool: req.query.t }", "program")).toBe(true);
    expect(pick("{ cmd = 'df -h', flags }", "{ flags: req.query.f }", "cmd")).toBe(false);
    expect(pick("{ cmd = 'df -h', flags }", "{ flags: req.query.f }", "'df ' + flags")).toBe(true);
    expect(pick("{ cmd = req.query.c }", "{ flags: 'x' }", "cmd")).toBe(true);
    expect(pick("{ cmd }", "JSON.parse(JSON.stringify({ flags: req.query.f }))", "cmd")).toBe(false);
    // (A spread or a shorthand entry of that name: what the key holds is not worked out.)
    expect(pick("{ cmd = 'ls' }", "{ ...req.query }", "cmd")).toBe(true);
    expect(pick("{ cmd = 'ls' }", "{ cmd: 'x', [req.query.k]: req.query.v }", "cmd")).toBe(true);
    // A default is read, not bound: `b` stays the handler's own.
    expect(cmdi("  const b = 'ls';\n  const { a = b } = req.query;", "b")).toBe(false);
    // A JSX href that may hold either a literal or a parsed URL whose scheme was tested around its assignment.
    const link = (check: string) =>
      found(
        "import { useRouter } from 'next/router';\nexport function L() {\n  const { query } = useRouter();\n" +
          `  let href = '#';\n  const u = new URL(String(query.site));\n  if (${check}) href = u.href;\n` +
          "  return <a href={href}>x</a>;\n}\n",
        "JS-XSS-001",
      ).length;
    expect(link("u.protocol === 'https:'")).toBe(0);
    expect(link("u.hostname === 'example.com'")).toBe(1);
  });

  it("reads a plain field of a file-local class instance as what the class stores in it", () => {
    const C =
      "class R {\n  t = 'ls';\n  constructor(o) {\n    this.o = o;\n  }\n  get cmd() {\n    return 'ls ' + this.o;\n  }\n}\n";
    const inst = "  const r = new R(String(req.query.o));";
    expect(cmdi(inst, "r.t", C)).toBe(false);
    expect(cmdi(inst, "r.o", C)).toBe(true);
    expect(cmdi(inst, "r.cmd", C)).toBe(true);
    // Stored into from outside: that store counts.
    expect(cmdi(inst + "\n  r.t = req.query.d;", "r.t", C)).toBe(true);
    // (An exported class changes nothing for an instance this handler makes itself: no importer holds it, and a
    // subclass elsewhere is not what `new R` made.)
    expect(cmdi(inst, "r.t", C + "module.exports = { R };\n")).toBe(false);
  });

  it("reads object and array literals at constant keys", () => {
    const obj = "  const m = { safe: 'ls', bad: req.query.c };";
    expect(cmdi(obj, "m.safe")).toBe(false);
    expect(cmdi(obj, "m['safe']")).toBe(false);
    expect(cmdi(obj, "m.bad")).toBe(true);
    expect(cmdi(obj, "m[req.query.k]")).toBe(true);
    expect(cmdi(obj + "\n  m.safe = req.query.d;", "m.safe")).toBe(true);
    const arr = "  const a = ['ls', req.query.c];";
    expect(cmdi(arr, "a[0]")).toBe(false);
    expect(cmdi(arr, "a[1]")).toBe(true);
    expect(cmdi(arr + "\n  a.reverse();", "a[0]")).toBe(true);
    // A splice at constant positions moves the items predictably; one at a computed position does not.
    const three = "  const a = ['date', req.query.c, 'id'];";
    expect(cmdi(three + "\n  a.splice(1, 1);", "a[1]")).toBe(false);
    expect(cmdi(three + "\n  a.splice(0, 1);", "a[0]")).toBe(true);
    expect(cmdi(three + "\n  a.splice(1);", "a[0]")).toBe(false);
    expect(cmdi(three + "\n  a.splice(1, 1, req.query.d);", "a[1]")).toBe(true);
    expect(cmdi(three + "\n  a.splice(Number(req.query.i), 1);", "a[1]")).toBe(true);
  });

  it("folds constant ternaries, array items and Map entries for rules that read a constant argument", () => {
    const weak = (decls: string, arg: string) =>
      analyzeSync(
        "const crypto = require('crypto');\n" +
          `function a(t) {\n${decls}\n  return crypto.createHash(${arg}).update(t).digest('hex');\n}\n` +
          "function b() {\n  const algo = 'sha256';\n  return algo;\n}\n",
        { language: "javascript", rules: ["JS-HASH-001"] },
      ).findings.length > 0;
    expect(weak("  const algo = 7 * 3 > 20 ? 'md5' : 'sha256';", "algo")).toBe(true);
    expect(weak("  const algo = 7 * 3 > 20 ? 'sha256' : 'md5';", "algo")).toBe(false);
    expect(weak("  const algs = ['sha256'];\n  algs.unshift('md5');", "algs[0]")).toBe(true);
    expect(weak("  const algs = ['sha256'];\n  algs.unshift('md5');", "algs[1]")).toBe(false);
    const map = "  const m = new Map([['fast', 'md5'], ['strong', 'sha512']]);";
    expect(weak(map, "m.get('fast')")).toBe(true);
    expect(weak(map, "m.get('strong')")).toBe(false);
    expect(weak(map + "\n  m.set(t, 'sha1');", "m.get('strong')")).toBe(false);
  });

  it("takes an early exit on a regex literal's test as a guard only when the pattern holds the whole string", () => {
    const guard = (re: string) =>
      cmdi(
        `  const d = String(req.query.d);\n  if (!${re}.test(d)) return res.sendStatus(400);`,
        "'ls ' + d",
      );
    expect(guard("/^[a-z0-9_-]+$/")).toBe(false);
    expect(guard("/[a-z0-9_-]+/")).toBe(true);
    expect(guard("/^[a-z0-9_-]+/")).toBe(true);
    expect(guard("/^[a-z0-9_-]+$/m")).toBe(true);
  });

  it("reads Maps at constant keys: a tainted entry at another key leaves the read clean", () => {
    const sets = "  const m = new Map();\n  m.set('cmd', req.query.c);\n  m.set('safe', 'ls');";
    expect(cmdi(sets, "m.get('safe')")).toBe(false);
    expect(cmdi(sets, "m.get('cmd')")).toBe(true);
    expect(cmdi(sets, "m.get(req.query.k)")).toBe(true);
    expect(cmdi(sets, "[...m.values()].join(' ')")).toBe(true);
    const init = "  const m = new Map([['cmd', req.query.c], ['safe', 'ls']]);";
    expect(cmdi(init, "m.get('safe')")).toBe(false);
    expect(cmdi(init, "m.get('cmd')")).toBe(true);
    // A write at a computed key may land on any key; a Map handed to other code may get any entry.
    expect(cmdi(sets + "\n  m.set(req.query.k, req.query.d);", "m.get('safe')")).toBe(true);
    expect(cmdi(sets + "\n  fill(m);", "m.get('safe')")).toBe(true);
    expect(cmdi("  const m = new Map();\n  m.set('safe', 'ls').set('x', req.query.c);", "m.get('x')")).toBe(
      true,
    );
    // The same name declared in another handler is another Map: each read sees its own binding's entries.
    const other =
      "app.get('/b', (req, res) => {\n  const m = new Map();\n  m.set('safe', req.query.z);\n});\n";
    expect(cmdi(sets, "m.get('safe')", other)).toBe(false);
    expect(cmdi(sets, "m.get('cmd')", other)).toBe(true);
    expect(cmdi("  const m = new Map();\n  m.set('safe', 'ls');", "m.get('safe')", other)).toBe(false);
    expect(cmdi("  const m = new Map();\n  m.set('safe', req.query.c);", "m.get('safe')", other)).toBe(true);
  });

  it("takes a value read by a literal key as vetted where a ternary tested that same read", () => {
    expect(cmdi("const c = /^[a-z]+$/.test(req.query['c']) ? req.query['c'] : 'ls';", "c")).toBe(false);
    expect(cmdi("const c = /^[a-z]+$/.test(req.query['d']) ? req.query['c'] : 'ls';", "c")).toBe(true);
  });

  it("follows array positions through push, pop, shift and unshift", () => {
    const pushed = "  const a = ['ls'];\n  a.push(req.query.c);";
    expect(cmdi(pushed, "a[0]")).toBe(false);
    expect(cmdi(pushed, "a[1]")).toBe(true);
    expect(cmdi(pushed, "a.join(' ')")).toBe(true);
    expect(cmdi(pushed + "\n  a.pop();", "a.join(' ')")).toBe(false);
    expect(cmdi(pushed + "\n  const last = a.pop();", "last")).toBe(true);
    expect(cmdi("  const a = [req.query.c, 'ls'];\n  a.shift();", "a[0]")).toBe(false);
    expect(cmdi("  const a = [req.query.c, 'ls'];\n  const first = a.shift();", "first")).toBe(true);
    expect(cmdi("  const a = ['ls', req.query.c];\n  const first = a.shift();", "first")).toBe(false);
    expect(cmdi("  const a = ['ls'];\n  a.unshift(req.query.c);", "a[0]")).toBe(true);
    expect(cmdi("  const a = ['ls'];\n  a.unshift(req.query.c);", "a[1]")).toBe(false);
    // A conditional move or a reordering: positions are unknown, any element may be read.
    expect(cmdi("  const a = ['ls', req.query.c];\n  if (req.query.x) a.shift();", "a[0]")).toBe(true);
    expect(cmdi("  const a = ['ls', req.query.c];\n  a.reverse();\n  a.shift();", "a[0]")).toBe(true);
    expect(cmdi("  const a = ['ls'];\n  a[0] = req.query.c;", "a[0]")).toBe(true);
  });

  it("reads an object literal's plain keys as code, not data", () => {
    expect(cmdi("  const ks = Object.keys({ name: 'a', size: 'b' });", "'ls ' + ks.join(' ')")).toBe(false);
    expect(cmdi("", "'ls ' + JSON.stringify({ dir: '/srv' })")).toBe(false);
    expect(cmdi("  const vs = Object.values({ name: req.query.n });", "'ls ' + vs.join(' ')")).toBe(true);
    expect(cmdi("  const o = { [req.query.k]: 1 };", "'ls ' + Object.keys(o).join(' ')")).toBe(true);
  });

  it("binds an array-pattern parameter of an array callback to the receiver's elements", () => {
    const entries = (v: string) => `  const cols = Object.entries({ name: ${v} }).map(([, col]) => col);`;
    expect(cmdi(entries("'p.name'"), "'ls ' + cols.join(' ')")).toBe(false);
    expect(cmdi(entries("req.query.c"), "'ls ' + cols.join(' ')")).toBe(true);
    // An array a call built holds what is pushed into it afterwards.
    expect(cmdi(entries("'p.name'") + "\n  cols.push(req.query.c);", "'ls ' + cols.join(' ')")).toBe(true);
    expect(cmdi(entries("'p.name'") + "\n  cols.push('p.size');", "'ls ' + cols.join(' ')")).toBe(false);
  });

  it("reads an object literal's property by its key: the literal's value or getter, and stores under that key", () => {
    const cfg = "  const cfg = { root: '/srv', user: '' };\n  cfg.user = req.query.u;";
    expect(cmdi(cfg, "'ls ' + cfg.root")).toBe(false);
    expect(cmdi(cfg, "'ls ' + cfg.user")).toBe(true);
    expect(cmdi(cfg + "\n  cfg[req.query.k] = req.query.v;", "'ls ' + cfg.root")).toBe(true);
    const sym = "const ROOT = Symbol('root');\n";
    const held = "  const o = { [ROOT]: '/srv', user: '' };\n  o.user = req.query.u;";
    expect(cmdi(held, "'ls ' + o[ROOT]", sym)).toBe(false);
    expect(cmdi(held + "\n  o[ROOT] = req.query.r;", "'ls ' + o[ROOT]", sym)).toBe(true);
    const getter = (ret: string) =>
      `  const v = {\n    get dir() {\n      return ${ret};\n    },\n    q: req.query.q,\n  };`;
    expect(cmdi(getter("'/srv'"), "'ls ' + v.dir")).toBe(false);
    expect(cmdi(getter("req.query.d"), "'ls ' + v.dir")).toBe(true);
  });

  it("reads a class's static field as its initialiser and the stores into it", () => {
    const cls = "class Paths {\n  static base = '/srv';\n  static last = '';\n}\n";
    const store = "  Paths.last = String(req.query.f);";
    expect(cmdi(store, "'ls ' + Paths.base", cls)).toBe(false);
    expect(cmdi(store, "'ls ' + Paths.last", cls)).toBe(true);
    expect(cmdi(store + "\n  Paths.base = req.query.b;", "'ls ' + Paths.base", cls)).toBe(true);
    // An exported class's statics may be set by any importer.
    expect(cmdi("", "'ls ' + Paths.base", cls + "module.exports = { Paths };\n")).toBe(true);
    const weak = (arg: string) =>
      analyzeSync(
        "const crypto = require('crypto');\nclass Digest {\n  static CURRENT = 'sha256';\n  static LEGACY = 'md5';\n}\n" +
          `function a(t) {\n  return crypto.createHash(${arg}).update(t).digest('hex');\n}\n`,
        { language: "javascript", rules: ["JS-HASH-001"] },
      ).findings.length > 0;
    expect(weak("Digest.LEGACY")).toBe(true);
    expect(weak("Digest.CURRENT")).toBe(false);
  });

  it("passes a tagged template's substitutions to the tag's rest parameter and follows reduce's accumulator", () => {
    const tag = (body: string) =>
      `function tag(strings, ...values) {\n  return strings.reduce((out, s, i) => out + ${body} + s);\n}\n`;
    expect(cmdi("", "tag`ls ${req.query.d}`", tag("values[i - 1]"))).toBe(true);
    const html = (tag: string, value: string) =>
      analyzeSync(
        "const Koa = require('koa');\nconst escapeHtml = require('escape-html');\nconst app = new Koa();\n" +
          `function ${tag}(strings, ...values) {\n  return strings.reduce((out, s, i) => out + ${value} + s);\n}\n` +
          `app.use((ctx) => {\n  ctx.type = 'html';\n  ctx.body = ${tag}\`<b>\${ctx.query.q}</b>\`;\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(html("raw", "values[i - 1]")).toBe(true);
    expect(html("safe", "escapeHtml(values[i - 1])")).toBe(false);
    // The accumulator starts from the initial value and holds what the reducer returns.
    expect(cmdi("", "['ls', '-l'].reduce((acc, p) => `${acc} ${p}`, '')")).toBe(false);
    expect(cmdi("", "['-l'].reduce((acc, p) => `${acc} ${p}`, req.query.c)")).toBe(true);
    expect(cmdi("", "['ls', req.query.c].reduce((acc, p) => acc + ' ' + p)")).toBe(true);
  });

  it("takes an allow-list exit on a const copy of a value as a check of the value", () => {
    const read = (body: string) =>
      analyzeSync(
        "const fs = require('fs');\nconst path = require('path');\nconst app = require('express')();\n" +
          "const LIST = ['a.txt', 'b.txt'];\n" +
          `app.get('/a', (req, res) => {\n  const name = String(req.query.f);\n${body}\n` +
          "  fs.createReadStream(path.join('/srv/docs', name)).pipe(res);\n});\n",
        { language: "javascript", rules: ["JS-PATH-001"] },
      ).findings.length > 0;
    expect(read("  const wanted = name;\n  if (!LIST.includes(wanted)) return res.end();")).toBe(false);
    expect(read("  const wanted = name;\n  if (!LIST.includes(wanted)) console.warn(wanted);")).toBe(true);
    expect(
      read("  const wanted = String(req.query.g);\n  if (!LIST.includes(wanted)) return res.end();"),
    ).toBe(true);
  });

  it("reads arr.at(k) as the item it counts to, from the end when k is negative", () => {
    expect(cmdi("  const a = [req.query.c, '/srv'];", "'du ' + a.at(-1)")).toBe(false);
    expect(cmdi("  const a = ['/srv', req.query.c];", "'du ' + a.at(-1)")).toBe(true);
    expect(cmdi("  const a = ['/srv'];\n  a.push(req.query.c);", "a.at(0)")).toBe(false);
    expect(cmdi("  const a = ['/srv'];\n  a.push(req.query.c);", "a.at(-1)")).toBe(true);
    // A computed position may reach any item.
    expect(cmdi("  const a = ['/srv', req.query.c];", "a.at(Number(req.query.i))")).toBe(true);
    const weak = (arg: string) =>
      analyzeSync(
        "const crypto = require('crypto');\nconst ALGS = ['md5', 'sha1', 'sha512'];\n" +
          `function a(t) {\n  return crypto.createHash(${arg}).update(t).digest('hex');\n}\n`,
        { language: "javascript", rules: ["JS-HASH-001"] },
      ).findings.length > 0;
    expect(weak("ALGS.at(0)")).toBe(true);
    expect(weak("ALGS.at(-1)")).toBe(false);
    expect(weak("ALGS[1]")).toBe(true);
  });
});

/** Findings of one rule as `line:severity`, for code in the given language. */
const found = (
  code: string,
  rule: string,
  language: "javascript" | "typescript" = "javascript",
  context: "repository" | "answer" = "repository",
) => analyzeSync(code, { language, rules: [rule], context }).findings.map((f) => `${f.line}:${f.severity}`);

describe("bindings and value shapes (JavaScript/TypeScript)", () => {
  it("reads a getter that returns a member off an instance of a file-local class as what that class stores there", () => {
    const app =
      "import express from 'express';\nimport { Pool } from 'pg';\nconst pool = new Pool();\nconst app = express();\n";
    const use = (k: string) =>
      `app.get('/a', async (req, res) => {\n  const r = new ${k}(req.query.o as string);\n  await pool.query("SELECT * FROM t WHERE o = '" + r.who + "'");\n});\n`;
    const getter = "  get who(): string {\n    return this.owner;\n  }\n";
    const prop = `class Repo {\n  constructor(private owner: string) {}\n${getter}}\n`;
    const typed = `class Acct {\n  private owner: string;\n  constructor(owner: string) {\n    this.owner = owner;\n  }\n${getter}}\n`;
    const fixed = `class Fixed {\n  private owner: string;\n  constructor(owner: string) {\n    this.owner = 'admin';\n  }\n${getter}}\n`;
    const all = app + prop + typed + fixed;
    const line = all.split("\n").length + 2;
    expect(found(all + use("Repo"), "JS-SQLI-001", "typescript")).toEqual([`${line}:CRITICAL`]);
    expect(found(all + use("Acct"), "JS-SQLI-001", "typescript")).toEqual([`${line}:CRITICAL`]);
    // Another class's store of the same member name is not this one's.
    expect(found(all + use("Fixed"), "JS-SQLI-001", "typescript")).toEqual([]);
    // A subclass's store is in its own instances, not in one `new Fixed(...)` made (that receiver's class is known).
    const sub =
      "class Sub extends Fixed {\n  constructor(o: string) {\n    super(o);\n    this.owner = o;\n  }\n}\n";
    expect(found(all + sub + use("Fixed"), "JS-SQLI-001", "typescript")).toHaveLength(0);
    expect(found(all + sub + use("Sub"), "JS-SQLI-001", "typescript")).toHaveLength(1);
  });

  it("reads a function's parameters from its call/apply/bind calls, and an array declared in several handlers per scope", () => {
    const P = "const cp = require('child_process');\nconst app = require('express')();\n";
    const fn = "function run(tag, d) { cp.exec('tar czf ' + d); }\n";
    const via = (call: string) => `${P}${fn}app.get('/a', (req, res) => ${call});\n`;
    expect(found(via("run.call(null, 'x', req.query.d)"), "JS-CMDI-001")).toEqual(["3:CRITICAL"]);
    expect(found(via("run.call(null, req.query.d, 'x')"), "JS-CMDI-001")).toEqual(["3:HIGH"]);
    expect(found(via("run.apply(null, ['x', req.query.d])"), "JS-CMDI-001")).toEqual(["3:CRITICAL"]);
    expect(found(via("run.apply(null, [req.query.d, 'x'])"), "JS-CMDI-001")).toEqual(["3:HIGH"]);
    const bound = (pre: string, call: string) =>
      `${P}${fn}const r = run.bind(null, ${pre});\napp.get('/a', (req, res) => ${call});\n`;
    expect(found(bound("'x'", "r(req.query.d)"), "JS-CMDI-001")).toEqual(["3:CRITICAL"]);
    expect(found(bound("req.query.d", "r('x')"), "JS-CMDI-001")).toEqual(["3:HIGH"]);
    const handler = (path: string, v: string) =>
      `app.get('${path}', (req, res) => {\n  const parts = [];\n  parts.push(${v});\n  cp.exec('ls ' + parts.join(' '));\n});\n`;
    expect(found(P + handler("/a", "req.query.d") + handler("/b", "'-l'"), "JS-CMDI-001")).toEqual([
      "6:CRITICAL",
    ]);
  });

  it("sees a module's function through .call/.apply/Reflect.apply, a name bound to an imported module's member, obj['member'] and (0, f)(x)", () => {
    const P =
      "const cp = require('child_process');\nconst { exec } = cp;\nconst vm = require('vm');\nconst app = require('express')();\n";
    const at = (line: string, rule = "JS-CMDI-001") =>
      found(`${P}app.get('/a', (req, res) => {\n  ${line};\n});\n`, rule).length;
    expect(at("cp.exec.call(null, 'ls ' + req.query.d)")).toBe(1);
    expect(at("cp.exec.apply(cp, ['ls ' + req.query.d, () => {}])")).toBe(1);
    expect(at("cp.exec.call(null, 'ls -l', () => res.send(req.query.d))")).toBe(0);
    expect(at("cp.exec.apply(cp, ['ls -l', () => res.send(req.query.d)])")).toBe(0);
    // No import at the root: Function.prototype's own `.call` keeps its written arguments.
    expect(at("Object.prototype.hasOwnProperty.call(req.query, 'd')")).toBe(0);
    expect(at("const run = vm.runInThisContext;\n  run(req.query.code)", "JS-CODE-001")).toBe(1);
    expect(at("const run = vm.runInThisContext;\n  run('1 + 1')", "JS-CODE-001")).toBe(0);
    expect(at("(0, eval)(req.query.code)", "JS-CODE-001")).toBe(1);
    expect(at("(0, cp.execSync)('du -sh ' + req.query.d)")).toBe(1);
    expect(at("(0, cp.execSync)('du -sh /srv')")).toBe(0);
    expect(at("cp['exec']('ls ' + req.query.d)")).toBe(1);
    expect(at("cp['exec']('ls -l')")).toBe(0);
    expect(at("Reflect.apply(cp.exec, null, ['ls ' + req.query.d])")).toBe(1);
    expect(at("Reflect.apply(cp.exec, null, ['ls -l', () => res.send(req.query.d)])")).toBe(0);
  });

  it("follows destructuring, for-in/for-of heads and compound string writes", () => {
    expect(cmdi("  const { c } = req.query;", "c")).toBe(true);
    expect(cmdi("  const { x: c } = req.body;", "c")).toBe(true);
    // A destructured variable named like a module (`path`, `crypto`) is the variable, not the module.
    expect(cmdi("  const { path } = req.query;", "path")).toBe(true);
    expect(cmdi("  const [c] = req.body.list;", "c")).toBe(true);
    expect(cmdi("  let c = 'ls';\n  for (const x of req.body.items) c = x;", "c")).toBe(true);
    expect(cmdi("  let c = 'ls ';\n  c += req.query.dir;", "c")).toBe(true);
    expect(cmdi("  let c = 'ls ';\n  c += '-l';", "c")).toBe(false);
  });

  it("reads a TypeScript cast, assertion or satisfies as the value it wraps, not its type", () => {
    const html = (v: string) =>
      analyzeSync(`const el = document.body;\nel.innerHTML = ${v};\n`, {
        language: "typescript",
        rules: ["JS-XSS-001"],
      }).findings.length > 0;
    expect(html("(5 as string)")).toBe(false);
    expect(html("('<b>hi</b>' satisfies string)")).toBe(false);
    expect(html("(location.hash as string)")).toBe(true);
    expect(html("(location.hash satisfies string)")).toBe(true);
  });

  it("keeps the condition of a ternary, comparisons and numbers out of the value", () => {
    expect(cmdi("  const c = req.query.x === 'a' ? 'ls' : 'pwd';", "c")).toBe(false);
    expect(cmdi("  const ok = req.query.x === 'a';", "'ls ' + ok")).toBe(false);
    expect(cmdi("  const n = req.query.list.length;", "'kill ' + n")).toBe(false);
    expect(cmdi("  const n = +req.query.pid;", "'kill ' + n")).toBe(false);
    expect(cmdi("  const t = typeof req.query.x;", "'echo ' + t")).toBe(false);
  });

  it("reads class members from what the class stores in them", () => {
    const cls = (value: string) =>
      found(
        `const cp = require('child_process');\nclass Job {\n  constructor(req) { this.cmd = ${value}; }\n  run() {\n    cp.exec(this.cmd);\n  }\n}\n`,
        "JS-CMDI-001",
      );
    expect(cls("req.body.cmd")).toEqual(["5:CRITICAL"]);
    // Only literals stored by a class no other module can reach, and no other write of the member in the file.
    expect(cls("'uptime'")).toEqual([]);
    // Exported, or written from outside the class: other code may store anything, so MEDIUM.
    expect(
      found(
        `const cp = require('child_process');\nclass Job {\n  constructor() { this.cmd = 'uptime'; }\n  run() {\n    cp.exec(this.cmd);\n  }\n}\nmodule.exports = { Job };\n`,
        "JS-CMDI-001",
      ),
    ).toEqual(["5:MEDIUM"]);
    expect(
      found(
        `const cp = require('child_process');\nclass Job {\n  constructor() { this.cmd = 'uptime'; }\n  run() {\n    cp.exec(this.cmd);\n  }\n}\nconst j = new Job();\nj.cmd = process.argv[2];\n`,
        "JS-CMDI-001",
        "javascript",
        // (answer mode: in a repository a command-line tool's own argv is LOW by JS-CMDI-001's policy)
        "answer",
      ),
    ).toEqual(["5:MEDIUM"]);
    // A field initialiser is a store too; a TypeScript parameter property is the caller's.
    const ts = (member: string) =>
      found(
        `import { execSync } from 'child_process';\nclass Box {\n  private tool = 'tar';\n  constructor(private dir: string) {}\n  run(): void {\n    execSync(${member} + ' --version');\n  }\n}\n`,
        "JS-CMDI-001",
        "typescript",
      );
    expect(ts("this.tool")).toEqual([]);
    expect(ts("this.dir").length).toBe(1);
  });

  it("takes a header value read from a store by key as what was stored, and the peer's address as line-free", () => {
    const hdr = (line: string) =>
      found(
        "const express = require('express');\nconst cache = require('./cache');\nconst app = express();\n" +
          `app.use(async (req, res, next) => {\n  ${line}\n  next();\n});\n`,
        "JS-HDR-001",
      );
    expect(hdr("res.set('X-N', String(await cache.get('hits:' + req.ip)));")).toEqual([]);
    expect(hdr("res.set('X-N', String(await cache.get('hits:' + req.query.k)));")).toEqual([]);
    expect(hdr("res.set('X-Ip', req.ip);")).toEqual([]);
    expect(hdr("res.set('X-H', req.get('x-note') + '');").length).toBe(1);
    expect(hdr("res.set('X-Q', String(new URLSearchParams(req.url).get('q')));").length).toBe(1);
    expect(hdr("res.set('X-Q', req.query.q);").length).toBe(1);
  });

  it("reads a request event's locals as what the app's hooks store there, not as the client's", () => {
    const sk = (body: string) =>
      found(
        "import type { Handle, RequestHandler } from '@sveltejs/kit';\n" +
          "export const handle: Handle = async ({ event, resolve }) => {\n  event.locals.theme = 'dark';\n  event.locals.ref = event.url.searchParams.get('ref');\n  return resolve(event);\n};\n" +
          body,
        "JS-XSS-001",
        "typescript",
      );
    const page = (expr: string, param = "event") =>
      `export const GET: RequestHandler = async (${param}) => {\n  return new Response('<p>' + ${expr} + '</p>', { headers: { 'content-type': 'text/html' } });\n};\n`;
    expect(sk(page("event.locals.theme"))).toEqual([]);
    expect(sk(page("locals.theme", "{ locals, url }"))).toEqual([]);
    expect(sk(page("event.locals.ref")).length).toBe(1);
    expect(sk(page("url.searchParams.get('q')", "{ locals, url }")).length).toBe(1);
  });

  it("follows res.locals, Object.assign merges, emitters, promise steps and closures to what they hold", () => {
    const xss = (code: string) =>
      found("const express = require('express');\nconst app = express();\n" + code, "JS-XSS-001");
    const mw =
      "app.use((req, res, next) => {\n  res.locals.ref = req.query.ref;\n  res.locals.year = new Date().getFullYear();\n  next();\n});\n";
    expect(xss(mw + "app.get('/', (req, res) => res.send('<p>' + res.locals.year + '</p>'));\n")).toEqual([]);
    expect(xss(mw + "app.get('/', (req, res) => res.send('<p>' + res.locals.ref + '</p>'));\n").length).toBe(
      1,
    );
    const merged = (extra: string) =>
      cmdi(`  const o = Object.assign({}, D, ${extra});`, "o.tool + ' -v'", "const D = { tool: 'tar' };\n");
    expect(merged("{ mode: req.query.m }")).toBe(false);
    expect(merged("{ tool: req.query.t }")).toBe(true);
    expect(merged("req.query")).toBe(true);
    // Sources merge left to right: a later literal key overwrites what an earlier request object could hold.
    expect(cmdi("  const o = Object.assign({}, req.body, { tool: 'tar' });", "o.tool")).toBe(false);
    expect(cmdi("  const o = Object.assign({ tool: 'tar' }, req.body);", "o.tool")).toBe(true);
    expect(cmdi("  const o = { ...req.query, tool: 'tar' };", "o.tool")).toBe(false);
    expect(cmdi("  const o = { tool: 'tar', ...req.query };", "o.tool")).toBe(true);
    expect(cmdi("  const o = { ...req.query, tool: 'tar', ...req.body };", "o.tool")).toBe(true);
    const bus = (emit: string) =>
      cmdi(
        `  bus.emit('run', ${emit});`,
        "'ls'",
        "const { EventEmitter } = require('events');\nconst bus = new EventEmitter();\nbus.on('run', (d) => cp.exec('ls ' + d));\n",
      );
    expect(bus("'/tmp'")).toBe(false);
    expect(bus("req.query.d")).toBe(true);
    const chain = (step: string) =>
      cmdi(`  Promise.resolve(req.query.d).then(${step}).then((c) => cp.exec(c));`, "'ls'");
    expect(chain("() => 'uptime'")).toBe(false);
    expect(chain("(d) => 'ls ' + d")).toBe(true);
    expect(cmdi("  Promise.resolve(req.query.d).then((d) => d).then(c => cp.exec(c));", "'ls'")).toBe(true);
    // `typeof x === 'number'`, a filter whose callback vets each element, and a `continue` past unlisted keys.
    expect(cmdi("  const n = typeof req.body.n === 'number' ? req.body.n : 1;", "'sleep ' + n")).toBe(false);
    expect(cmdi("  const n = typeof req.body.n === 'string' ? req.body.n : 1;", "'sleep ' + n")).toBe(true);
    const files = (cb: string) =>
      cmdi(`  const fs2 = req.body.files.filter(${cb});`, "'cat ' + fs2.join(' ')");
    expect(files("(f) => OK.has(f)")).toBe(false);
    expect(files("(f) => f.length > 0")).toBe(true);
    const loop = (guard: string) =>
      cmdi(
        `  const parts = [];\n  for (const [k, v] of Object.entries(req.body)) {\n    ${guard}\n    parts.push(k);\n  }`,
        "'env ' + parts.join(' ')",
      );
    expect(loop("if (!OK.has(k)) continue;")).toBe(false);
    expect(loop("if (!OK.has(k)) console.log(k);")).toBe(true);
    const closure = (arg: string) =>
      cmdi(`  const run = (f) => cp.exec('cat ' + f);\n  run(${arg});`, "'ls'");
    expect(closure("'a.txt'")).toBe(false);
    expect(closure("req.query.f")).toBe(true);
  });

  it("reads a bare arrow parameter (`x => ...`) as it reads `(x) => ...`", () => {
    // A helper bound and only called inside the handler.
    const closure = (arg: string) => cmdi(`  const run = f => cp.exec('cat ' + f);\n  run(${arg});`, "'ls'");
    expect(closure("'a.txt'")).toBe(false);
    expect(closure("req.query.f")).toBe(true);
    // A `.then` step after an inline step: what that step returned.
    const chain = (step: string) =>
      cmdi(`  Promise.resolve(req.query.d).then(${step}).then(c => cp.exec(c));`, "'ls'");
    expect(chain("d => 'uptime'")).toBe(false);
    expect(chain("d => 'ls ' + d")).toBe(true);
    // A destructured step parameter is matched to no value: it stays the caller's, never a constant.
    expect(cmdi("  Promise.resolve(req.query).then((q) => q).then(({ c }) => cp.exec(c));", "'ls'")).toBe(
      true,
    );
    // A listener of a file-owned emitter: what the file's emit() calls pass.
    const bus = (emit: string) =>
      cmdi(
        `  bus.emit('run', ${emit});`,
        "'ls'",
        "const { EventEmitter } = require('events');\nconst bus = new EventEmitter();\nbus.on('run', d => cp.exec('ls ' + d));\n",
      );
    expect(bus("'/tmp'")).toBe(false);
    expect(bus("req.query.d")).toBe(true);
    // The first step of a chain on a response, or a callback handed to an unknown function, is not pinned to a
    // constant: its parameter stays the caller's (eval of fetched text is reported). A chain on a promise settled
    // in view (`Promise.resolve('1 + 1')`) carries that constant down.
    const code = (src: string) => found(src, "JS-CODE-001").length;
    expect(
      code("fetch('http://localhost:8000/x.js')\n  .then(r => r.text())\n  .then(r => eval(r));\n"),
    ).toBe(1);
    expect(code("register('1 + 1', s => eval(s));\n")).toBe(1);
    expect(code("Promise.resolve('1 + 1').then(s => s).then(s => eval(s));\n")).toBe(0);
    expect(code("Promise.resolve(location.hash).then(s => s).then(s => eval(s));\n")).toBe(1);
  });

  it("destructures out of a TypeScript cast and through a zod schema's pinned fields", () => {
    // `const { a } = request.body as T`: the names are fields of the body, inside the type wrapper.
    const login = (rhs: string) =>
      found(
        `app.post('/l', async (request, reply) => {\n  const { username, password } = ${rhs};\n  return users.findOne({ username, password });\n});\n`,
        "JS-NOSQL-001",
        "typescript",
      );
    expect(login("request.body as { username: string; password: string }")).toEqual(["3:HIGH"]);
    expect(login("(request.body!)")).toEqual(["3:HIGH"]);
    expect(login("{ username: 'a', password: 'b' } as Creds")).toEqual([]);
    // `const { region } = Schema.parse(req.body)`: an enum field is one of its literals, a string field is not.
    const zod = (region: string) =>
      found(
        `import { exec } from 'child_process';\nimport { z } from 'zod';\nconst Body = z.object({ region: ${region} });\napp.post('/b', (req, res) => {\n  const { region } = Body.parse(req.body);\n  exec(\`aws s3 ls --region \${region}\`);\n});\n`,
        "JS-CMDI-001",
        "typescript",
      );
    expect(zod("z.string()")).toHaveLength(1);
    expect(zod("z.enum(['eu-west-1', 'us-east-1'])")).toEqual([]);
    expect(zod("z.enum(['eu-west-1', 'us-east-1']).default('eu-west-1')")).toEqual([]);
  });

  it("sees request data through TypeScript casts and Nest.js parameter decorators", () => {
    const handler = (cast: string) =>
      found(
        `app.get('/a', (req: Request, res: Response) => {\n  const n = ${cast};\n  res.send('<b>' + n + '</b>');\n});\n`,
        "JS-XSS-001",
        "typescript",
      );
    expect(handler("req.query.n as string")).toEqual(["3:HIGH"]);
    expect(handler("<string>req.query.n")).toEqual(["3:HIGH"]);
    expect(handler("req.query.n!")).toEqual(["3:HIGH"]);
    // The request destructured in a typed parameter list.
    expect(
      found(
        "app.get('/a', ({ query }: Request, res: Response) => {\n  res.send('<b>' + query.n + '</b>');\n});\n",
        "JS-XSS-001",
        "typescript",
      ),
    ).toEqual(["2:HIGH"]);
    // A parameter typed as the incoming request, whatever its name; an untyped one of that name is not.
    const typed = (params: string) =>
      found(
        `export function show(${params}) {\n  out.send('<b>' + incoming.query.n + '</b>');\n}\n`,
        "JS-XSS-001",
        "typescript",
      );
    expect(typed("incoming: Request, out: Response")).toEqual(["2:MEDIUM"]);
    expect(typed("incoming: FastifyRequest, out: FastifyReply")).toEqual(["2:MEDIUM"]);
    expect(typed("incoming: Settings, out: Response")).toEqual([]);
    const nest = (decorator: string) =>
      found(
        `import { readFileSync } from 'fs';\nclass C {\n  get(${decorator} name: string) {\n    return readFileSync('/data/' + name);\n  }\n}\n`,
        "JS-PATH-001",
        "typescript",
      );
    expect(nest("@Param('name')")).toEqual(["4:HIGH"]);
    // Nest's HttpService (an axios wrapper injected through the constructor) requesting a query's URL.
    const http = (type: string) =>
      found(
        `class P {\n  constructor(private readonly http: ${type}) {}\n  get(@Query('url') url: string) {\n    return this.http.get(url);\n  }\n}\n`,
        "JS-SSRF-001",
        "typescript",
      );
    expect(http("HttpService")).toEqual(["4:HIGH"]);
    expect(http("Cache")).toEqual([]);
    // routing-controllers and tsoa bind request values the same way.
    expect(nest("@QueryParam('name')")).toEqual(["4:HIGH"]);
    expect(nest("@HeaderParam('x-name')")).toEqual(["4:HIGH"]);
    expect(nest("@Path()")).toEqual(["4:HIGH"]);
    expect(nest("")).not.toContain("4:HIGH");
  });

  it("binds array destructuring by position, helper parameters per call, nested parameter names and Nest pipes", () => {
    const pos = (pattern: string, value: string) =>
      found(
        `app.get('/a', async (req, res) => {\n  const ${pattern} = ${value};\n  res.send('<b>' + b + '</b>');\n});\n`,
        "JS-XSS-001",
      );
    expect(pos("[a, b]", "[req.query.a, 'k']")).toEqual([]);
    expect(pos("[a, b]", "['k', req.query.a]")).toEqual(["3:HIGH"]);
    expect(pos("[a, b]", "await Promise.all([req.query.a, load()])")).toEqual([]);
    expect(pos("[a, b]", "await Promise.all([load(), req.query.a])")).toEqual(["3:HIGH"]);
    // A hole in the pattern skips a position; one in the array, or a spread, leaves the positions unknown.
    expect(pos("[, b]", "[req.query.a, 'k']")).toEqual([]);
    expect(pos("[a, b]", "['k', , req.query.a]")).toEqual(["3:HIGH"]);
    expect(pos("[a, b]", "[...req.query.a, 'k']")).toEqual(["3:HIGH"]);
    // A helper's parameters read each call's own arguments.
    const helper = (arg: string) =>
      found(
        `const esc = require('escape-html');\nfunction page(t, body = '') {\n  return '<main>' + t + body + '</main>';\n}\napp.get('/a', (req, res) => res.send(page('x', req.query.q)));\napp.get('/b', (req, res) => res.send(page('x', ${arg})));\n`,
        "JS-XSS-001",
      );
    expect(helper("esc(req.query.q)")).toContain("5:HIGH");
    expect(helper("esc(req.query.q)")).not.toContain("6:HIGH");
    expect(helper("req.query.q")).toContain("6:HIGH");
    // A renamed, defaulted name inside a request parameter's pattern.
    expect(
      found(
        "function hi({ query: { who: v = 'x' } }: Request, res: Response) {\n  res.send('<b>' + v + '</b>');\n}\n",
        "JS-XSS-001",
        "typescript",
      ),
    ).toEqual(["2:HIGH"]);
    const pipe = (decorator: string) =>
      found(
        `import { readFileSync } from 'fs';\nclass C {\n  get(${decorator} id: number) {\n    return readFileSync('/data/' + id);\n  }\n}\n`,
        "JS-PATH-001",
        "typescript",
      );
    expect(pipe("@Param('id', ParseIntPipe)")).toEqual([]);
    expect(pipe("@Param('id', new ParseUUIDPipe({ version: '4' }))")).toEqual([]);
    expect(pipe("@Param('id')")).toEqual(["4:HIGH"]);
    // A Set holds what its add() calls put in; filter/find over constants give constants, whatever the callback.
    const set = (added: string) =>
      found(
        `const seen = new Set();\napp.get('/a', (req, res) => {\n  seen.add(${added});\n  res.send('<ul>' + [...seen].join('') + '</ul>');\n});\n`,
        "JS-XSS-001",
      );
    expect(set("req.query.q")).toEqual(["4:HIGH"]);
    expect(set("'fixed'")).toEqual([]);
    const picked = (list: string) =>
      found(
        `app.get('/a', (req, res) => {\n  const used = ${list}.filter((f) => req.query[f]);\n  res.send('<p>' + used.map((f) => f + '=1').join('&') + '</p>');\n});\n`,
        "JS-XSS-001",
      );
    expect(picked("['a', 'b']")).toEqual([]);
    expect(picked("req.query.names")).toEqual(["3:HIGH"]);
  });

  it("treats a Lambda-style (event, context) handler's event as request data", () => {
    const lambda = (params: string) =>
      found(
        `const cp = require('child_process');\nexports.handler = async (${params}) => {\n  cp.exec('ls ' + event.dir);\n};\n`,
        "JS-CMDI-001",
      );
    expect(lambda("event, context")).toEqual(["3:CRITICAL"]);
    expect(lambda("event")).toEqual(["3:HIGH"]);
    // An exported `(event)` handler in a file that answers with a Lambda response, or one typed as an API event.
    const exported = (head: string, tail = "") =>
      found(
        `const cp = require('child_process');\n${head} => {\n  cp.exec('ls ' + event.dir);\n${tail}};\n`,
        "JS-CMDI-001",
        "typescript",
      );
    expect(exported("exports.handler = async (event)", "  return { statusCode: 204 };\n")).toEqual([
      "3:CRITICAL",
    ]);
    expect(exported("export const h = async (event: APIGatewayProxyEventV2)")).toEqual(["3:CRITICAL"]);
    expect(exported("const local = async (event)", "  return { statusCode: 204 };\n")).toEqual(["3:HIGH"]);
  });

  it("knows a URL whose origin the code fixes", () => {
    const redirect = (target: string) =>
      found(`app.get('/r', (req, res) => {\n  res.redirect(${target});\n});\n`, "JS-REDIR-001").length;
    expect(redirect("req.query.to")).toBe(1);
    expect(redirect("'/' + req.query.to")).toBe(1);
    expect(redirect("`https://${req.query.host}/x`")).toBe(1);
    expect(redirect("'/login?next=' + req.query.to")).toBe(0);
    expect(redirect("`https://example.com/${req.query.p}`")).toBe(0);
    expect(redirect("base() + '?target=' + req.query.to")).toBe(0);
  });
});

describe("router hooks (React/Next.js)", () => {
  it("treats the query a router hook returns as request data", () => {
    const page = (hook: string) =>
      found(
        `export default function P() {\n  const { query } = ${hook};\n  return <div dangerouslySetInnerHTML={{ __html: query.q }} />;\n}\n`,
        "JS-XSS-001",
      );
    expect(page("useRouter()")).toEqual(["3:HIGH"]);
    expect(page("loadQuery()")).toEqual(["3:MEDIUM"]);
  });
});

describe("sanitisers and validators", () => {
  it("accepts common escaping functions and a validator with an early exit", () => {
    const xss = (expr: string) =>
      found(`app.get('/a', (req, res) => {\n  res.send('<p>' + ${expr} + '</p>');\n});\n`, "JS-XSS-001")
        .length;
    expect(xss("req.query.q")).toBe(1);
    expect(xss("xss(req.query.q)")).toBe(0);
    expect(xss("he.encode(req.query.q)")).toBe(0);
    expect(
      cmdi("  if (!isValidHost(req.query.h)) return res.sendStatus(400);", "'ping ' + req.query.h"),
    ).toBe(false);
    expect(cmdi("  if (!req.query.h) return res.sendStatus(400);", "'ping ' + req.query.h")).toBe(true);
  });
});

/** A path-traversal finding from request data (MEDIUM or above; a bare parameter is a LOW hint) after `code`. */
const traversal = (code: string) =>
  analyzeSync("const fs = require('fs');\n" + code, {
    language: "javascript",
    rules: ["JS-PATH-001"],
    minSeverity: "MEDIUM",
  }).findings.length > 0;

describe("guards, callbacks and callers", () => {
  it("trusts a value only inside an allow-list or anchored-pattern test on that same value", () => {
    expect(
      cmdi("  const h = req.query.h;\n  if (/^[a-z.]+$/.test(h)) {\n    cp.exec('ping ' + h);\n  }", "'x'"),
    ).toBe(false);
    expect(
      cmdi("  const h = req.query.h;\n  if (/[a-z.]+/.test(h)) {\n    cp.exec('ping ' + h);\n  }", "'x'"),
    ).toBe(true);
    expect(
      cmdi("  const h = req.query.h;\n  if (OK.includes(h)) {\n    cp.exec('ping ' + h);\n  }", "'x'"),
    ).toBe(false);
    expect(
      cmdi("  const h = req.query.h;\n  if (OK.includes(x)) {\n    cp.exec('ping ' + h);\n  }", "'x'"),
    ).toBe(true);
    expect(cmdi("  const h = req.query.h;\n  if (!OK.has(h)) return res.end();", "'ping ' + h")).toBe(false);
    expect(cmdi("  const h = req.query.h;\n  if (!OK.has(h)) console.log(h);", "'ping ' + h")).toBe(true);
    // The list tested with the value's string form vets the value on the true side of a conditional.
    expect(
      cmdi(
        "  const h = ['a.example', 'b.example'].includes(String(req.query.h)) ? String(req.query.h) : 'a.example';",
        "'ping ' + h",
      ),
    ).toBe(false);
    expect(
      cmdi(
        "  const h = ['a.example'].includes(String(req.query.x)) ? String(req.query.h) : 'a.example';",
        "'ping ' + h",
      ),
    ).toBe(true);
    // A character class may hold a slash; a message handler's event is another window's data.
    expect(cmdi("  const h = req.query.h;\n  if (/^\\/[a-z/]*$/.test(h)) cp.exec('ls ' + h);", "'x'")).toBe(
      false,
    );
  });

  it("reads a constant lookup table at a request key as one of its values", () => {
    const table = "const DOCS = { a: 'a.html', b: 'b.html' };\n";
    expect(traversal(table + "module.exports = (req) => fs.readFileSync('/d/' + DOCS[req.query.d]);")).toBe(
      false,
    );
    expect(
      traversal(
        "const D = {};\nD.x = 1;\nmodule.exports = (req) => fs.readFileSync('/d/' + D[req.query.d]);",
      ),
    ).toBe(false);
    expect(traversal("module.exports = (req) => fs.readFileSync('/d/' + req.query[req.query.d]);")).toBe(
      true,
    );
  });

  it("gives a helper's parameter what its callers in the file pass", () => {
    const helper = "function read(name = 'a.log') {\n  return fs.readFileSync('/logs/' + name);\n}\n";
    expect(traversal(helper + "module.exports = (req, res) => res.send(read(req.query.f));")).toBe(true);
    expect(traversal(helper + "module.exports = (req, res) => res.send(read('b.log'));")).toBe(false);
    const arrow = "const read = async (dir, name) => fs.readFileSync(dir + name);\n";
    expect(traversal(arrow + "module.exports = (req) => read('/x/', req.body.n);")).toBe(true);
    expect(traversal(arrow + "module.exports = (req) => read(req.body.n, 'a');")).toBe(true);
    // The environment is the operator's: a path from it is a caller's value (LOW), not request data.
    expect(traversal(helper + "module.exports = () => read(process.env.LOG_FILE);")).toBe(false);
    // So is the command line: a CLI that opens the file it is given.
    expect(traversal(helper + "const [, , file] = process.argv;\nconsole.log(read(file));")).toBe(false);
    expect(traversal(helper + "console.log(read(process.argv.slice(2)[0]));")).toBe(false);
  });

  it("gives an inline callback's parameter the receiver's elements, and map() its callback's result", () => {
    expect(
      traversal("module.exports = (req) => req.body.files.forEach((f) => fs.readFileSync('/u/' + f));"),
    ).toBe(true);
    expect(
      traversal("module.exports = (req) => ['a', 'b'].forEach((f) => fs.readFileSync('/u/' + f));"),
    ).toBe(false);
    const xss = (map: string) =>
      analyzeSync(
        `const esc = require('escape-html');\nmodule.exports = (req, res) => res.send(req.body.items.map(${map}).join(''));`,
        {
          language: "javascript",
          rules: ["JS-XSS-001"],
        },
      ).findings.length > 0;
    expect(xss("(i) => '<li>' + i + '</li>'")).toBe(true);
    expect(xss("(i) => '<li>' + esc(i) + '</li>'")).toBe(false);
    expect(xss("function (i) { return '<li>' + esc(i) + '</li>'; }")).toBe(false);
  });
});

describe("message handlers and program files", () => {
  const xss = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-XSS-001"], minSeverity: "HIGH" }).findings
      .length > 0;
  it("treats a message handler's event as untrusted, through a helper it calls", () => {
    expect(
      xss(
        "function show(h) { $('#a').attr('href', h); }\nwindow.addEventListener('message', (e) => show(e.data));",
      ),
    ).toBe(true);
    expect(xss("window.onmessage = function (e) { $('#a').attr('href', e.data); };")).toBe(true);
    expect(xss("el.addEventListener('click', (e) => { $('#a').attr('href', e.target.value); });")).toBe(
      false,
    );
  });

  it("counts a file the program ships, read by a literal path, as its own code", () => {
    const code = (p: string) =>
      analyzeSync(
        `const vm = require('vm');\nconst fs = require('fs');\nconst path = require('path');\nnew vm.Script(fs.readFileSync(${p}, 'utf8'));`,
        {
          language: "javascript",
          rules: ["JS-CODE-001"],
        },
      ).findings.length > 0;
    expect(code("path.join(__dirname, 'boot.js')")).toBe(false);
    expect(code("process.argv[2]")).toBe(true);
  });
});

describe("helpers declared in the file", () => {
  const send = (helper: string) =>
    analyzeSync(
      `const escapeHtml = require('escape-html');\n${helper}\napp.get('/g', (req, res) => res.send('<p>' + show(req.query.q) + '</p>'));`,
      { language: "javascript", rules: ["JS-XSS-001"] },
    ).findings.length > 0;
  it("gives a call what the helper returns, its parameters bound to what callers pass", () => {
    expect(send("function show(s) { return escapeHtml(s); }")).toBe(false);
    expect(send("const show = (s) => `<b>${escapeHtml(s)}</b>`;")).toBe(false);
    expect(send("function show(s) { return '<b>' + s + '</b>'; }")).toBe(true);
    expect(send("function show(s) { if (!s) return ''; return s.trim(); }")).toBe(true);
  });
});

describe("escaping by replace()", () => {
  const send = (expr: string) =>
    analyzeSync(`app.get('/e', (req, res) => res.send('<p>' + ${expr} + '</p>'));`, {
      language: "javascript",
      rules: ["JS-XSS-001"],
    }).findings.length > 0;
  it("trusts a global replace of '<' by an entity or escape, not a partial one", () => {
    expect(send("req.query.q.replace(/</g, '&lt;')")).toBe(false);
    expect(send("JSON.stringify(req.query).replace(/</g, '\\\\u003c')")).toBe(false);
    expect(send("req.query.q.replace(/</, '&lt;')")).toBe(true);
    expect(send("req.query.q.replace(/</g, '')")).toBe(true);
  });
});

describe("request sources and sizes (JavaScript/TypeScript)", () => {
  const rule = (id: string, code: string, language: "javascript" | "typescript" = "javascript") =>
    analyzeSync(code, { language, rules: [id] }).findings.length > 0;

  it("takes a route handler's destructured first parameter as the request", () => {
    expect(
      rule(
        "JS-XSS-001",
        "router.get('/p', ({ query }, res) => {\n  res.send('<h2>' + query.name + '</h2>');\n});",
      ),
    ).toBe(true);
    expect(
      rule(
        "JS-XSS-001",
        "router.post('/n', async ({ body: { text } }, res) => {\n  res.send(`<p>${text}</p>`);\n});",
      ),
    ).toBe(true);
    // Not a handler shape: a helper's options object is a caller's value, not request data.
    expect(
      rule(
        "JS-XSS-001",
        "function card({ title }, opts) {\n  return opts.res.send('<h2>' + title + '</h2>');\n}",
      ),
    ).toBe(false);
  });

  it("reads an object shorthand property as the variable it names", () => {
    const nest = (ret: string) =>
      "class C {\n  @Get('out')\n  @Redirect()\n  out(@Query('url') url: string) {\n    const home = '/home';\n    return " +
      ret +
      ";\n  }\n}";
    expect(rule("JS-REDIR-001", nest("{ url }"), "typescript")).toBe(true);
    expect(rule("JS-REDIR-001", nest("{ url: home }"), "typescript")).toBe(false);
  });

  it("reads a Nest body/query parameter typed by an interface or a primitive as a client-written object", () => {
    const nest = (param: string, filter: string, prelude = "") =>
      rule(
        "JS-NOSQL-001",
        `${prelude}class A {\n  @Post('l')\n  l(${param}) {\n    return this.users.findOne(${filter});\n  }\n}`,
        "typescript",
      );
    const creds = "interface Creds { user: string; pass: string }\n";
    expect(nest("@Body() c: Creds", "{ user: c.user, pass: c.pass }", creds)).toBe(true);
    expect(nest("@Body() c: { user: string }", "{ user: c.user }")).toBe(true);
    expect(nest("@Query('tag') tag: string", "{ tag }")).toBe(true);
    expect(nest("@Body() c: Creds", "c", creds)).toBe(true);
    // A class type may be checked by a validation pipe; route parameters are strings; a cast removes operators.
    expect(nest("@Body() c: LoginDto", "{ user: c.user }")).toBe(false);
    expect(nest("@Param('id') id: string", "{ _id: id }")).toBe(false);
    expect(nest("@Body() c: Creds", "{ user: String(c.user) }", creds)).toBe(false);
  });

  it("keeps a number conversion's level for allocation sizes", () => {
    expect(
      rule("JS-BUF-001", "app.get('/p', (req, res) => res.send(Buffer.alloc(Number(req.query.n))));"),
    ).toBe(true);
    expect(
      rule(
        "JS-BUF-001",
        "app.get('/p', (req, res) => res.send(Buffer.alloc(Math.min(Number(req.query.n), 64))));",
      ),
    ).toBe(false);
  });
});

describe("values that are not what they seem (JavaScript)", () => {
  it("keeps a base name's shell metacharacters and drops dates", () => {
    const path = "const path = require('path');\n";
    expect(cmdi("  const f = path.basename(req.query.f);", "'tar -xzf ' + f", path)).toBe(true);
    expect(cmdi("  const d = new Date(req.query.d).toISOString();", "'touch -d ' + d + ' stamp'")).toBe(
      false,
    );
  });
});

describe("path normalisation (JavaScript)", () => {
  const traversal = (body: string) =>
    analyzeSync(
      "const fs = require('fs');\nconst path = require('path');\napp.get('/f', (req, res) => {\n" +
        body +
        "\n  res.send(fs.readFileSync(path.join('/srv/files', rel)));\n});\n",
      { language: "javascript", rules: ["JS-PATH-001"] },
    ).findings.length > 0;

  it("takes a normalised path stripped of its leading '..' segments as contained", () => {
    expect(
      traversal("  const rel = path.normalize(req.query.p).replace(/^(\\.\\.(\\/|\\\\|$))+/, '');"),
    ).toBe(false);
    // Without normalising first, '....//' survives a strip of '../'.
    expect(traversal("  const rel = req.query.p.replace(/\\.\\.\\//g, '');")).toBe(true);
  });

  it("takes text stripped to letters, digits, '_' and '-' as one plain name", () => {
    expect(traversal("  const rel = req.query.p.replace(/[^a-z0-9_-]/gi, '');")).toBe(false);
    expect(traversal("  const rel = req.query.p.replace(/[^\\w]+/g, '');")).toBe(false);
    // '.' kept ('..' climbs), a range spanning '/' and '\\', or a non-global replace: still a path.
    expect(traversal("  const rel = req.query.p.replace(/[^a-z0-9.]/gi, '');")).toBe(true);
    expect(traversal("  const rel = req.query.p.replace(/[^0-z]/g, '');")).toBe(true);
    expect(traversal("  const rel = req.query.p.replace(/[^a-z]/i, '');")).toBe(true);
  });
});

describe("allow-list guards and sources (JavaScript)", () => {
  it("takes membership in an allow-list, directly, in a ternary or through a local predicate, as vetting", () => {
    const kinds = "const KINDS = ['png', 'jpeg'];\nfunction isKind(v) {\n  return KINDS.includes(v);\n}\n";
    expect(
      cmdi("  const k = KINDS.includes(req.query.k) ? req.query.k : 'png';", "'convert x.' + k", kinds),
    ).toBe(false);
    expect(
      cmdi(
        "  const k = req.query.k;\n  if (!isKind(k)) return res.sendStatus(400);",
        "'convert x.' + k",
        kinds,
      ),
    ).toBe(false);
    // A type test vets nothing: a non-empty string may still hold `; rm -rf /`.
    const isStr = "function isStr(v) {\n  return typeof v === 'string' && v.length > 0;\n}\n";
    expect(
      cmdi(
        "  const k = req.query.k;\n  if (!isStr(k)) return res.sendStatus(400);",
        "'convert x.' + k",
        isStr,
      ),
    ).toBe(true);
    expect(cmdi("  const k = req.query.x ? req.query.k : 'png';", "'convert x.' + k")).toBe(true);
  });

  it("takes a GraphQL resolver's arguments as the client's", () => {
    const ssrf = (code: string) =>
      analyzeSync(code, { language: "javascript", rules: ["JS-SSRF-001"] }).findings.length > 0;
    const resolver = (key: string) =>
      `const axios = require('axios');\nconst resolvers = {\n  ${key}: {\n    page: async (_p, args) => (await axios.get(args.url)).data,\n  },\n};\n`;
    expect(ssrf(resolver("Query"))).toBe(true);
    expect(ssrf(resolver("Helpers"))).toBe(false);
  });

  it("reads mysql.format's statement text, not the values it escapes", () => {
    const sqli = (text: string) =>
      analyzeSync(
        `const mysql = require('mysql');\napp.get('/a', (req, res) => {\n  const q = mysql.format(${text}, [req.query.a]);\n  pool.query(q);\n});\n`,
        { language: "javascript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    expect(sqli("'SELECT * FROM t WHERE a = ?'")).toBe(false);
    expect(sqli("'SELECT * FROM t WHERE b = ' + req.query.b + ' AND a = ?'")).toBe(true);
  });
});

describe("schema validation and file-route handlers (TypeScript)", () => {
  const cmd = (code: string) =>
    analyzeSync("import { exec } from 'child_process';\nimport { z } from 'zod';\n" + code, {
      language: "typescript",
      rules: ["JS-CMDI-001"],
    }).findings.filter((f) => f.severity !== "LOW").length > 0;

  it("takes a zod enum field as one of its literals and a zod string as the client's text", () => {
    const schema = "const S = z.object({ fmt: z.enum(['zip', 'tar']), name: z.string() });\n";
    const handler = (use: string) =>
      schema +
      `app.post('/a', async (req, res) => {\n  const b = S.parse(req.body);\n  exec('pack ' + ${use});\n});\n`;
    expect(cmd(handler("b.fmt"))).toBe(false);
    expect(cmd(handler("b.name"))).toBe(true);
    expect(
      cmd(
        "const K = z.enum(['a', 'b']);\napp.get('/k', (req, res) => exec('run ' + K.parse(req.query.k)));\n",
      ),
    ).toBe(false);
  });

  it("takes an exported endpoint's destructured event (SvelteKit, Astro, Remix) as the request", () => {
    const endpoint = (exp: string) =>
      `${exp}const GET = async ({ url }) => {\n  exec('ping ' + url.searchParams.get('h'));\n  return new Response('ok');\n};\n`;
    expect(cmd(endpoint("export "))).toBe(true);
  });

  it("takes SvelteKit's exported load and a handler typed with a route event type (Remix, SvelteKit) as the request", () => {
    const redirect = (code: string) =>
      analyzeSync("import { redirect } from '@sveltejs/kit';\n" + code, {
        language: "typescript",
        rules: ["JS-REDIR-001"],
      }).findings.length > 0;
    const load =
      "function load({ url }: { url: URL }) {\n  redirect(302, url.searchParams.get('to') ?? '/');\n}\n";
    expect(redirect("export " + load)).toBe(true);
    expect(redirect(load)).toBe(false);
    const typed = (type: string) =>
      `async function next({ url }: ${type}) {\n  redirect(302, url.searchParams.get('to') ?? '/');\n}\nexport { next as load };\n`;
    expect(redirect(typed("RequestEvent"))).toBe(true);
    expect(redirect(typed("LoaderFunctionArgs"))).toBe(true);
    expect(redirect(typed("{ url: URL }"))).toBe(false);
  });

  it("takes an anchored pattern test of a value with a literal default or String() as a check of the value", () => {
    const guard = (test: string) => `  const d = req.query.d;\n  if (!${test}) return res.end();`;
    expect(cmdi(guard("/^\\d+$/.test(d ?? '')"), "'ls ' + d")).toBe(false);
    expect(cmdi(guard("/^\\d+$/.test(d || '')"), "'ls ' + d")).toBe(false);
    expect(cmdi(guard("/^\\d+$/.test(String(d))"), "'ls ' + d")).toBe(false);
    expect(cmdi(guard("/^\\d+/.test(d ?? '')"), "'ls ' + d")).toBe(true);
    expect(cmdi(guard("/^\\d+$/.test(d ?? other)"), "'ls ' + d")).toBe(true);
  });

  it("pins a field a valibot object schema admits only listed values, numbers or ids for (v.parse, Hono's vValidator)", () => {
    const sql = (field: string, read: string, route = "") =>
      analyzeSync(
        "import * as v from 'valibot';\nimport { Hono } from 'hono';\nimport { vValidator } from '@hono/valibot-validator';\nconst app = new Hono();\n" +
          `const S = v.object({ k: ${field} });\napp.post('/a', ${route}async (c) => {\n  const { k } = ${read};\n  return c.json(await pg.query(\`SELECT * FROM t WHERE k = '\${k}'\`));\n});\n`,
        { language: "typescript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    const parsed = "v.parse(S, await c.req.json())";
    expect(sql("v.picklist(['open', 'closed'])", parsed)).toBe(false);
    expect(sql("v.optional(v.number())", parsed)).toBe(false);
    expect(sql("v.pipe(v.string(), v.uuid())", parsed)).toBe(false);
    expect(sql("v.string()", parsed)).toBe(true);
    expect(sql("v.pipe(v.string(), v.minLength(1))", parsed)).toBe(true);
    const validated = "c.req.valid('json')";
    expect(sql("v.picklist(['a'])", validated, "vValidator('json', S), ")).toBe(false);
    expect(sql("v.string()", validated, "vValidator('json', S), ")).toBe(true);
  });

  it("judges an Elysia context part destructured a level deeper by the route's schema for that field", () => {
    const sql = (hook: string) =>
      analyzeSync(
        `import { Elysia, t } from 'elysia';\nnew Elysia().get('/f', ({ query: { sort } }) => pg.query(\`SELECT * FROM t ORDER BY \${sort}\`)${hook});\n`,
        { language: "typescript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    expect(sql(", { query: t.Object({ sort: t.Union([t.Literal('a'), t.Literal('b')]) }) }")).toBe(false);
    expect(sql(", { query: t.Object({ sort: t.Number() }) }")).toBe(false);
    expect(sql(", { query: t.Object({ sort: t.String() }) }")).toBe(true);
    expect(sql("")).toBe(true);
  });

  it("does not resolve a name to a declaration inside another function", () => {
    const nosql = (code: string) =>
      analyzeSync("import { Elysia, t } from 'elysia';\n" + code, {
        language: "typescript",
        rules: ["JS-NOSQL-001"],
      }).findings.length;
    const other = "export const a = async (c) => {\n  const body = await c.req.json();\n  return body;\n};\n";
    const route =
      "new Elysia().post('/p', ({ body }) => Post.find({ title: body.title }), { body: t.Object({ title: t.String() }) });\n";
    expect(nosql(other + route)).toBe(0);
    // In scope, the same declaration still resolves.
    expect(
      nosql(
        "export const a = async (c) => {\n  const body = await c.req.json();\n  return Post.find({ t: body.t });\n};\n",
      ),
    ).toBe(1);
  });

  it("pins tRPC input fields destructured in the resolver's parameter and h3 validated readers by their zod schema", () => {
    const cmd = (schema: string, read: string) =>
      analyzeSync(
        "import { z } from 'zod';\nimport { exec } from 'node:child_process';\nconst t = initTRPC.create();\n" +
          `export const r = t.router({\n  a: t.procedure.input(z.object({ w: ${schema} })).mutation(async (${read}) => {\n    exec(\`convert -resize \${w} a.png\`);\n  }),\n});\n`,
        { language: "typescript", rules: ["JS-CMDI-001"] },
      ).findings.length > 0;
    expect(cmd("z.number().int()", "{ input: { w } }")).toBe(false);
    expect(cmd("z.string()", "{ input: { w } }")).toBe(true);
    expect(cmd("z.enum(['1', '2'])", "{ input: { w = '1' } }")).toBe(false);
    expect(cmd("z.string()", "{ input: { w = '1' } }")).toBe(true);
    const sql = (schema: string, reader: string) =>
      analyzeSync(
        "import { defineEventHandler, getValidatedQuery, readValidatedBody } from 'h3';\nimport { z } from 'zod';\n" +
          `const S = z.object({ n: ${schema} });\nexport default defineEventHandler(async (event) => {\n  const { n } = await ${reader};\n  return pg.query(\`SELECT * FROM t LIMIT \${n}\`);\n});\n`,
        { language: "typescript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    expect(sql("z.coerce.number()", "getValidatedQuery(event, S.parse)")).toBe(false);
    expect(sql("z.coerce.number()", "readValidatedBody(event, (b) => S.parse(b))")).toBe(false);
    expect(sql("z.string()", "getValidatedQuery(event, S.parse)")).toBe(true);
    expect(sql("z.string()", "readValidatedBody(event, (b) => S.parse(b))")).toBe(true);
  });

  it("takes SvelteKit's form actions and handlers bound to a name typed as a route handler as the request", () => {
    const redirect = (code: string) =>
      analyzeSync("import { redirect } from '@sveltejs/kit';\n" + code, {
        language: "typescript",
        rules: ["JS-REDIR-001"],
      }).findings.length > 0;
    const action =
      "async ({ request }) => {\n    const f = await request.formData();\n    redirect(303, String(f.get('next')));\n  }";
    expect(redirect(`export const actions = {\n  login: ${action},\n};\n`)).toBe(true);
    expect(redirect(`const actions: Actions = {\n  login: ${action},\n};\n`)).toBe(true);
    expect(
      redirect(
        `export const actions = {\n  async login({ request }) {\n    redirect(303, (await request.json()).next);\n  },\n};\n`,
      ),
    ).toBe(true);
    // Some other exported object of functions taking a `request` field: not a route module's.
    expect(redirect(`export const helpers = {\n  login: ${action},\n};\n`)).toBe(false);
    const bound = (type: string) =>
      `export const search${type} = async ({ url }) => {\n  redirect(302, url.searchParams.get('to') ?? '/');\n};\n`;
    expect(redirect(bound(": APIRoute"))).toBe(true);
    expect(redirect(bound(": RequestHandler"))).toBe(true);
    expect(redirect(bound(""))).toBe(false);
  });

  it("resolves runner parameters and forwarded rest arguments, judges local sanitisers by their bodies", () => {
    const run = (code: string, rule: string, language: "javascript" | "typescript" = "javascript") =>
      analyzeSync("const cp = require('child_process');\nconst app = require('express')();\n" + code, {
        language,
        rules: [rule],
      }).findings.length > 0;
    // A runner by default, or handed by the one caller with the rest of its arguments.
    expect(
      run(
        "function r(c, exec = cp.exec) { exec(c); }\napp.get('/a', (req, res) => r('ping ' + req.query.h));\n",
        "JS-CMDI-001",
      ),
    ).toBe(true);
    const relay = (fn: string, rest: string) =>
      `function w(runner, ...args) { return runner(...args); }\napp.get('/a', (req, res) => w(${fn}, ${rest}));\n`;
    expect(run(relay("cp.exec", "'git log ' + req.query.r"), "JS-CMDI-001")).toBe(true);
    expect(run(relay("cp.execFile", "'git', ['log', req.query.r]"), "JS-CMDI-001")).toBe(false);
    // A TypeScript parameter property holding the runner.
    const deployer = (arg: string) =>
      `class D {\n  constructor(private readonly runner: any = cp.exec) {}\n  go(b: string) { this.runner('git checkout ' + b); }\n}\napp.post('/d', (req: any, res: any) => new D(${arg}).go(req.body.b));\n`;
    expect(run(deployer(""), "JS-CMDI-001", "typescript")).toBe(true);
    expect(run(deployer("console.log"), "JS-CMDI-001", "typescript")).toBe(false);
    // A local function under a sanitiser's name is what it returns.
    const esc = (body: string) =>
      `const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };\nfunction escapeHtml(s) { return ${body}; }\napp.get('/h', (req, res) => res.send('<p>' + escapeHtml(req.query.n) + '</p>'));\n`;
    expect(run(esc('String(s).replace(/[&<>"]/g, (c) => MAP[c])'), "JS-XSS-001")).toBe(false);
    expect(run(esc("String(s).trim()"), "JS-XSS-001")).toBe(true);
    const quote = (body: string) =>
      `function quote(s) { return ${body}; }\napp.get('/q', (req, res) => cp.exec('du -sh ' + quote(req.query.d)));\n`;
    expect(run(quote(`"'" + String(s).replace(/'/g, "'\\\\''") + "'"`), "JS-CMDI-001")).toBe(false);
    expect(run(quote(`'"' + s + '"'`), "JS-CMDI-001")).toBe(true);
    // A parameter named req in an array callback over literal records, or an HTTP client's interceptor.
    expect(
      run("const JOBS = [{ cmd: 'df -h' }];\nJOBS.forEach(req => cp.exec(req.cmd));\n", "JS-CMDI-001"),
    ).toBe(false);
    expect(run("app.get('/l', req => cp.execSync('ls ' + req.query.d));\n", "JS-CMDI-001")).toBe(true);
    // A function that sends the request it is given (to fetch(), or by returning a copy of it) is an HTTP client's:
    // its parameters are its caller's values, not a client's request.
    const client =
      "class C {\n  async fetchWithTimeout(request, timeout) {\n    setTimeout(() => {}, timeout);\n    return fetch(request);\n  }\n  async send(request, t) {\n    return this.fetchWithTimeout(request, t);\n  }\n}\nmodule.exports = C;\n";
    expect(run(client, "JS-SSRF-001")).toBe(false);
    expect(run(client, "JS-BUF-001")).toBe(false);
    const merge =
      "const merge = (request, patch) => {\n  const out = { ...request, ...patch };\n  for (const k in patch) if (typeof patch[k] === 'object' && typeof request[k] === 'object') out[k] = merge(request[k], patch[k]);\n  return out;\n};\nexports.adjust = (patch) => (request) => merge(request, patch);\n";
    expect(run(merge, "JS-PROTO-001")).toBe(false);
    const typed = merge
      .replace("(request, patch) =>", "(request: Req, patch: Req): Req =>")
      .replace("(request) =>", "(request: Req) =>");
    expect(run("type Req = Record<string, any>;\n" + typed, "JS-PROTO-001", "typescript")).toBe(false);
    // A handler named the same way still takes its request's fields from the client.
    expect(run("exports.h = (request) => fetch(request.query.url);\n", "JS-SSRF-001")).toBe(true);
    expect(run("exports.h = (request, timeout) => setTimeout(() => {}, timeout);\n", "JS-BUF-001")).toBe(
      true,
    );
    // One that reads or writes the request's own outgoing headers (getHeader, setHeader: http.ClientRequest's,
    // never an incoming request's) is a client's too.
    expect(
      run(
        "exports.tls = (request, ms) => {\n  request.setHeader('x-a', '1');\n  setTimeout(() => {}, ms);\n};\n",
        "JS-BUF-001",
      ),
    ).toBe(false);
    expect(
      run(
        "exports.h = (request, ms) => {\n  res.setHeader('x-a', '1');\n  setTimeout(() => {}, ms);\n};\n",
        "JS-BUF-001",
      ),
    ).toBe(true);
    // A value after the response with no `next` before it is the helper's caller's (`sendIcon(req, res, icon)`);
    // app.param's value after `next` stays the request's.
    expect(
      run(
        "exports.send = (req, res, icon) => {\n  res.setHeader(icon.name, icon.value);\n};\n",
        "JS-HDR-001",
      ),
    ).toBe(false);
    expect(
      run(
        "app.param('h', (req, res, next, h) => {\n  res.setHeader(h, '1');\n  next();\n});\n",
        "JS-HDR-001",
      ),
    ).toBe(true);
  });

  it("takes fields a schema or validator pinned as constants, and loose ones as the client's text", () => {
    const run = (code: string) =>
      analyzeSync("const { exec } = require('child_process');\n" + code, {
        language: "javascript",
        rules: ["JS-CMDI-001"],
      }).findings.length;
    // joi: validate() with the error tested; alphanum() pins, trim() does not.
    const joi = (f: string) =>
      `const Joi = require('joi');\nconst S = Joi.object({ b: ${f} });\napp.post('/d', (req, res) => {\n  const { value, error } = S.validate(req.body);\n  if (error) return res.status(400).end();\n  exec('git checkout ' + value.b);\n});\n`;
    expect(run(joi("Joi.string().alphanum().max(40)"))).toBe(0);
    expect(run(joi("Joi.string().trim()"))).toBe(1);
    // yup: the awaited validate() result; oneOf pins, a narrow anchored regex pins, a wide one does not.
    const yup = (f: string) =>
      `const yup = require('yup');\nconst S = yup.object({ b: ${f} });\napp.get('/d', async (req, res) => {\n  const q = await S.validate(req.query);\n  exec('make ' + q.b);\n});\n`;
    expect(run(yup("yup.string().oneOf(['a', 'b'])"))).toBe(0);
    expect(run(yup("yup.string().matches(/^[a-z0-9_-]+$/)"))).toBe(0);
    expect(run(yup("yup.string().matches(/^[\\w ;]+$/)"))).toBe(1);
    // zod safeParse: `.data` of a pinned field.
    const zod = (f: string) =>
      `const { z } = require('zod');\nconst S = z.object({ b: ${f} });\napp.get('/d', (req, res) => {\n  const r = S.safeParse(req.query);\n  if (!r.success) return res.status(400).end();\n  exec('make ' + r.data.b);\n});\n`;
    expect(run(zod("z.string().uuid()"))).toBe(0);
    expect(run(zod("z.string()"))).toBe(1);
    // Fastify route schema: an enum on the querystring field vs only a type.
    const fastify = (f: string) =>
      `const fastify = require('fastify')();\nfastify.get('/s', { schema: { querystring: { type: 'object', properties: { u: ${f} } } } }, async (request) => {\n  exec('sensors ' + request.query.u);\n});\n`;
    expect(run(fastify("{ type: 'string', enum: ['c', 'f'] }"))).toBe(0);
    expect(run(fastify("{ type: 'string', pattern: '^[0-9]{1,4}$' }"))).toBe(0);
    expect(run(fastify("{ type: 'string' }"))).toBe(1);
    // express-validator: a numeric check with validationResult tested, on the field used (not another one).
    const ev = (chain: string) =>
      `const { query, validationResult } = require('express-validator');\napp.get('/c', ${chain}, (req, res) => {\n  if (!validationResult(req).isEmpty()) return res.status(400).end();\n  exec('job ' + req.query.id);\n});\n`;
    expect(run(ev("query('id').isInt()"))).toBe(0);
    expect(run(ev("query('other').isInt()"))).toBe(1);
    expect(run(ev("query('id').not().isInt()"))).toBe(1);
    // A getter that returns only allow-listed values vs one that returns the stored request value.
    const getter = (body: string) =>
      `class R {\n  constructor(req) { this.raw = req.query; }\n  get f() { ${body} }\n}\napp.get('/r', (req, res) => {\n  const r = new R(req);\n  exec('gen ' + r.f);\n});\n`;
    expect(
      run(
        getter("const f = String(this.raw.f); if (!['a', 'b'].includes(f)) throw new Error('x'); return f;"),
      ),
    ).toBe(0);
    expect(run(getter("return this.raw.f;"))).toBe(1);
  });

  it("runs the method of the class a receiver was constructed from, an override before the inherited one", () => {
    const run = (cls: string) =>
      analyzeSync(
        "const express = require('express');\nconst escapeHtml = require('escape-html');\nconst app = express();\nclass A { render(t) { return '<b>' + t + '</b>'; } }\nclass B extends A { render(t) { return super.render(escapeHtml(t)); } }\nclass C extends A {}\n" +
          `app.get('/x', (req, res) => {\n  res.send(new ${cls}().render(req.query.m));\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.filter((f) => f.line === 8).length;
    expect(run("B")).toBe(0);
    expect(run("A")).toBe(1);
    expect(run("C")).toBe(1);
  });

  it("reads bodies gathered by hand: req.on('data') appends, a Promise's resolve value, a try's value beside its catch", () => {
    const xss = (code: string) =>
      analyzeSync("const express = require('express');\nconst app = express();\n" + code, {
        language: "javascript",
        rules: ["JS-XSS-001"],
      }).findings.length;
    const listener = (chunk: string) =>
      `app.post('/e', (req, res) => {\n  let body = '';\n  ${chunk}.on('data', (c) => { body += c; });\n  req.on('end', () => res.type('html').send('<pre>' + body + '</pre>'));\n});\n`;
    expect(xss(listener("req"))).toBe(1);
    expect(xss(listener("fs.createReadStream('/etc/motd')"))).toBe(0);
    const promised = (v: string) =>
      `function read(req) {\n  return new Promise((resolve) => {\n    let d = '';\n    req.on('data', (c) => (d += c));\n    req.on('end', () => resolve(${v}));\n  });\n}\napp.post('/p', async (req, res) => {\n  const t = await read(req);\n  res.type('html').send('<pre>' + t + '</pre>');\n});\n`;
    expect(xss(promised("d"))).toBe(1);
    expect(xss(promised("d.length"))).toBe(0);
    const tried = (v: string) =>
      cmdi(`  let c;\n  try {\n    c = ${v};\n  } catch (e) {\n    c = 'ls';\n  }`, "c");
    expect(tried("JSON.parse(req.query.j).cmd")).toBe(true);
    expect(tried("'ls -l'")).toBe(false);
  });

  it("reads String(x) as its argument: digits stay digits, request text stays request text", () => {
    const html = (v: string) =>
      analyzeSync(
        `const params = new URLSearchParams(location.search);\ndocument.getElementById('n').innerHTML = ${v};\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length;
    expect(html("String(parseInt(params.get('n'), 10) || 0)")).toBe(0);
    expect(html("String(42)")).toBe(0);
    expect(html("String(params.get('n'))")).toBe(1);
    // A String rebound in the file is not the built-in conversion.
    expect(
      analyzeSync(
        "const String = (x) => x + window.name;\ndocument.getElementById('n').innerHTML = String(42);\n",
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length,
    ).toBe(1);
  });

  it("reads a message handler's destructured event as the sender's data unless its bound origin is checked first", () => {
    const html = (handler: string) =>
      analyzeSync(`window.addEventListener('message', ${handler});\n`, {
        language: "javascript",
        rules: ["JS-XSS-001"],
      }).findings.length;
    expect(html("({ data }) => { $('#t').html(data.message); }")).toBe(1);
    expect(html("function ({ data: d }) { document.body.innerHTML = d.html; }")).toBe(1);
    expect(
      html(
        "({ data, origin }) => {\n  if (origin !== 'https://app.example.com') return;\n  $('#t').html(data.message);\n}",
      ),
    ).toBe(0);
    expect(
      html(
        "({ data: d, origin: o }) => {\n  if (!['https://a.example.com'].includes(o)) return;\n  $('#t').html(d.m);\n}",
      ),
    ).toBe(0);
    expect(
      analyzeSync("window.onmessage = ({ data }) => {\n  $('#t').html(data.message);\n};\n", {
        language: "javascript",
        rules: ["JS-XSS-001"],
      }).findings.length,
    ).toBe(1);
  });

  it("reads React's useMemo as what its factory returns, not its dependency list", () => {
    const memo = (factory: string, imports = "import { useMemo } from 'react';\n") =>
      analyzeSync(
        imports +
          "import DOMPurify from 'dompurify';\n" +
          `export default function C({ html }) {\n  const v = useMemo(${factory}, [html]);\n  return <div dangerouslySetInnerHTML={{ __html: v }} />;\n}\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length;
    expect(memo("() => DOMPurify.sanitize(html)")).toBe(0);
    expect(memo("() => { return DOMPurify.sanitize(html); }")).toBe(0);
    expect(memo("() => html.trim()")).toBe(1);
    expect(memo("() => DOMPurify.sanitize(html)", "import React, { useMemo } from 'react';\n")).toBe(0);
  });

  it("takes the runtime's own version, platform and architecture as constants", () => {
    const xss = (v: string, pre = "") =>
      analyzeSync(`${pre}document.write('<p>' + ${v} + '</p>');\n`, {
        language: "javascript",
        rules: ["JS-XSS-001"],
      }).findings.length;
    expect(xss("process.versions.node")).toBe(0);
    expect(xss("process.platform + process.arch + process.version")).toBe(0);
    expect(xss("process.env.GREETING")).toBe(1);
    expect(xss("process.versions.node", "const process = { versions: { node: location.hash } };\n")).toBe(1);
  });

  it("reads Vue's computed as what its getter returns", () => {
    const vue = (getter: string, imports = "import { computed } from 'vue';\n") =>
      analyzeSync(
        imports +
          "import DOMPurify from 'dompurify';\nconst q = new URLSearchParams(location.search).get('q');\n" +
          `const v = computed(${getter});\ndocument.body.innerHTML = v;\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length;
    expect(vue("() => DOMPurify.sanitize(q)")).toBe(0);
    expect(vue("function () { return DOMPurify.sanitize(q); }")).toBe(0);
    expect(vue("() => q.trim()")).toBe(1);
    // A bare `computed` is Vue's only where Nuxt auto-imports it (a file using Vue's macros).
    expect(vue("() => DOMPurify.sanitize(q)", "defineProps({ a: String });\n")).toBe(0);
    expect(vue("() => DOMPurify.sanitize(q)", "import { computed } from './store';\n")).toBe(1);
  });

  it("takes validator's strict format checks (isUUID, isInt, ...) as guards, not isEmail", () => {
    const sql = (check: string, imports = "const validator = require('validator');\n") =>
      analyzeSync(
        imports +
          "const { Pool } = require('pg');\nconst pool = new Pool();\nconst app = require('express')();\n" +
          `app.get('/d/:id', async (req, res) => {\n  if (!${check}(req.params.id)) return res.sendStatus(400);\n  res.json(await pool.query(\`SELECT * FROM d WHERE id = '\${req.params.id}'\`));\n});\n`,
        { language: "javascript", rules: ["JS-SQLI-001"] },
      ).findings.length;
    expect(sql("validator.isUUID")).toBe(0);
    expect(sql("validator.isInt")).toBe(0);
    expect(sql("validator.isEmail")).toBe(1);
    // Without the validator package, a function of that name is nobody's promise.
    expect(sql("isUUID", "const isUUID = (s) => s.length > 0;\n")).toBe(1);
  });

  it("reads x && CONST as the constant (or a falsy x, which holds no text)", () => {
    expect(cmdi("  const c = req.query.c && 'uptime';", "c")).toBe(false);
    expect(cmdi("  const c = 'uptime' && req.query.c;", "c")).toBe(true);
    expect(cmdi("  const c = req.query.c && req.query.d;", "c")).toBe(true);
  });

  it("takes Number.isInteger(x) / isSafeInteger / isFinite as a guard on x itself, not on what x was parsed from", () => {
    expect(cmdi("  const n = req.body.n;\n  if (!Number.isInteger(n)) return;", "'sleep ' + n")).toBe(false);
    expect(cmdi("  const n = req.body.n;\n  if (!Number.isFinite(n)) return;", "'sleep ' + n")).toBe(false);
    expect(
      cmdi("  const n = req.body.n;\n  if (!Number.isInteger(parseInt(n, 10))) return;", "'sleep ' + n"),
    ).toBe(true);
    // `typeof n !== 'number'` leaving first: after it, n is a number (a string check vets nothing).
    expect(cmdi("  const n = req.body.n;\n  if (typeof n !== 'number') return;", "'sleep ' + n")).toBe(false);
    expect(cmdi("  const n = req.body.n;\n  if (typeof n !== 'string') return;", "'sleep ' + n")).toBe(true);
  });

  it("reads Array.from / slice / map / filter(Boolean) copies of a literal array at a constant index as that item", () => {
    const at = (decl: string, sink: string) => cmdi(`  const p = req.query.p;\n  const a = ${decl};`, sink);
    expect(at("Array.from([p, 'name'])", "'ls ' + a[1]")).toBe(false);
    expect(at("Array.from([p, 'name'])", "'ls ' + a[0]")).toBe(true);
    expect(at("['1', p].map((s) => String(s).trim())", "'ls ' + a[0]")).toBe(false);
    expect(at("['1', p].map((s) => String(s).trim())", "'ls ' + a[1]")).toBe(true);
    expect(at("['a', 'b', p].filter(Boolean)", "'ls ' + a[1]")).toBe(false);
    expect(at("[p, 'a'].filter(Boolean)", "'ls ' + a[0]")).toBe(true);
    // A copy something is unshifted into no longer has the literal's positions.
    expect(at("Array.from(['x']);\n  a.unshift(p)", "'ls ' + a[0]")).toBe(true);
  });

  it("reads find / findLast with a vetting callback as a vetted element", () => {
    expect(cmdi("  const c = [req.query.c, 'name', 'email'].find((x) => x === 'email');", "'ls ' + c")).toBe(
      false,
    );
    expect(cmdi("  const c = [req.query.c, 'name', 'email'].find((x) => x !== 'name');", "'ls ' + c")).toBe(
      true,
    );
  });

  it("reads a key of Object.fromEntries(Object.entries(LIT)) as LIT's, and of fromEntries(entries(x).map(cb)) as cb's paired values", () => {
    const view = (decl: string, sink: string) =>
      cmdi(`  const view = Object.fromEntries(${decl});`, sink, "const shq = require('shell-quote');\n");
    expect(view("Object.entries({ a: 'ls', b: req.query.b })", "view.a")).toBe(false);
    expect(view("Object.entries({ a: 'ls', b: req.query.b })", "view.b")).toBe(true);
    expect(view("Object.entries({ a: 'ls', b: req.query.b })", "view.c")).toBe(false);
    expect(
      view("Object.entries(req.query).map(([k, v]) => [k, shq.quote([String(v)])])", "'ls ' + view.d"),
    ).toBe(false);
    expect(view("Object.entries(req.query).map(([k, v]) => [k, String(v).trim()])", "'ls ' + view.d")).toBe(
      true,
    );
  });

  it("reads a call of a function a local helper made as what that function returns, with the helper's arguments", () => {
    const prelude =
      "const capture = (v) => () => v;\nfunction flagFor(f = '-l') {\n  return (dir) => `ls ${f} ${dir}`;\n}\n";
    expect(cmdi("  const get = capture('uptime');", "get()", prelude)).toBe(false);
    expect(cmdi("  const get = capture(req.query.c);", "get()", prelude)).toBe(true);
    expect(cmdi("", "flagFor()('/srv')", prelude)).toBe(false);
    expect(cmdi("", "flagFor()(req.query.d)", prelude)).toBe(true);
    expect(cmdi("", "flagFor(req.query.f)('/srv')", prelude)).toBe(true);
    // An immediately invoked factory.
    expect(cmdi("  const get = ((v) => () => v)('uptime');", "get()")).toBe(false);
    expect(cmdi("  const get = ((v) => () => v)(req.query.c);", "get()")).toBe(true);
  });

  it("folds constants through templates, ??, nested literal objects, Maps from Object.entries and find over constants", () => {
    const algo = (prelude: string, arg: string) =>
      analyzeSync(
        `const crypto = require('crypto');\n${prelude}\nfunction f(k) {\n  return crypto.createCipheriv(${arg}, k, null);\n}\n`,
        { language: "javascript", rules: ["JS-CRYPTO-001"] },
      ).findings.length;
    expect(algo("const BITS = 256;", "`aes-${BITS}-ecb`")).toBe(1);
    expect(algo("const BITS = 256;", "`aes-${BITS}-gcm`")).toBe(0);
    expect(algo("const C = { c: { name: 'des-cbc' } };", "C?.c?.name ?? 'aes-256-gcm'")).toBe(1);
    expect(algo("const C = { c: { name: 'des-cbc' } };\nC.c.name = process.env.ALG;", "C.c.name")).toBe(0);
    expect(algo("const C = { c: { name: 'des-cbc' } };\ntune(C.c);", "C.c.name")).toBe(0);
    expect(
      algo("const M = new Map(Object.entries({ old: 'rc4', cur: 'aes-256-gcm' }));", "M.get('old')"),
    ).toBe(1);
    expect(
      algo("const M = new Map(Object.entries({ old: 'rc4', cur: 'aes-256-gcm' }));", "M.get('cur')"),
    ).toBe(0);
    expect(algo("const L = ['des-cbc', 'aes-256-gcm'];", "L.find((m) => m.startsWith('des'))")).toBe(1);
    expect(algo("const L = ['des-cbc', 'aes-256-gcm'];", "L.find((m) => !m.startsWith('des'))")).toBe(0);
    expect(algo("const L = ['des-cbc', 'aes-256-gcm'];\nL.reverse();", "L.find((m) => m !== 'x')")).toBe(0);
  });

  it("reads the literal start of a tagged template whose tag joins parts in order (String.raw, strings.reduce)", () => {
    const ssrf = (tag: string, url: string) =>
      analyzeSync(
        `const axios = require('axios');\nconst app = require('express')();\n${tag}\napp.get('/h', async (req, res) => {\n  res.json((await axios.get(${url})).data);\n});\n`,
        { language: "javascript", rules: ["JS-SSRF-001"] },
      ).findings.length;
    const join =
      "function join(strings, ...vals) {\n  return strings.reduce((a, s, i) => a + s + (vals[i] ?? ''), '');\n}";
    const shuffle = "function join(strings, ...vals) {\n  return vals.join('') + strings.join('');\n}";
    expect(ssrf(join, "join`https://status.example.com/h?s=${req.query.h}`")).toBe(0);
    expect(ssrf(join, "join`http://${req.query.h}/health`")).toBe(1);
    expect(ssrf("", "String.raw`https://status.example.com/h?s=${req.query.h}`")).toBe(0);
    expect(ssrf(shuffle, "join`https://status.example.com/h?s=${req.query.h}`")).toBe(1);
  });

  it("reads inst.p right after inst.p = v (a plain field, or a setter storing into its getter's field) as v", () => {
    const holder =
      "class Holder {\n  #v;\n  constructor(v) {\n    this.#v = v;\n  }\n  get value() {\n    return this.#v;\n  }\n  set value(v) {\n    this.#v = v;\n  }\n}\n";
    expect(cmdi("  const h = new Holder(req.query.c);\n  h.value = 'date';", "h.value", holder)).toBe(false);
    expect(cmdi("  const h = new Holder('date');\n  h.value = req.query.c;", "h.value", holder)).toBe(true);
    expect(cmdi("  const h = new Holder(req.query.c);", "h.value", holder)).toBe(true);
    // Something else done with the instance in between may change it.
    expect(
      cmdi("  const h = new Holder(req.query.c);\n  h.value = 'date';\n  reset(h);", "h.value", holder),
    ).toBe(true);
    const plain = "class Job {\n  constructor(cmd) {\n    this.cmd = cmd;\n  }\n}\n";
    expect(cmdi("  const j = new Job(req.query.c);\n  j.cmd = 'uptime';", "j.cmd", plain)).toBe(false);
  });

  it("reads a key written after every spread of an object literal as that value (destructured or round-tripped)", () => {
    expect(cmdi("  const { cmd } = { ...req.query, cmd: 'ls' };", "cmd")).toBe(false);
    expect(cmdi("  const { cmd } = { cmd: 'ls', ...req.query };", "cmd")).toBe(true);
    expect(
      cmdi("  const o = Object.fromEntries(Object.entries({ ...req.query, cmd: 'ls' }));", "o.cmd"),
    ).toBe(false);
    expect(
      cmdi("  const o = Object.fromEntries(Object.entries({ cmd: 'ls', ...req.query }));", "o.cmd"),
    ).toBe(true);
  });

  it("reads Promise.resolve(x) as x and p.then(cb) as what cb returns", () => {
    expect(cmdi("  const v = Promise.resolve(req.query.c).then(() => 'uptime');", "v")).toBe(false);
    expect(cmdi("  const v = Promise.resolve('a').then(() => req.query.c);", "v")).toBe(true);
    expect(cmdi("  const v = Promise.resolve('uptime');", "v")).toBe(false);
  });

  it("hands a then(cb) callback the constant a promise built in view settles with, and nothing else", () => {
    const then = (recv: string, cb = "(c) => { cp.exec(c); }", prelude = "") =>
      cmdi(`  ${recv}.then(${cb});`, "'ls'", prelude);
    expect(then("Promise.resolve('uptime')")).toBe(false);
    expect(then("Promise.resolve('uptime')", "function (c) { cp.exec(c); }")).toBe(false);
    expect(then("new Promise((resolve) => resolve('df -h'))")).toBe(false);
    const pick = "async function pick(n) { return 'uptime ' + n; }\n";
    expect(then("pick(1)", undefined, pick)).toBe(false);
    expect(then("pick(req.query.n)", undefined, pick)).toBe(true);
    expect(then("Promise.resolve(req.query.c)")).toBe(true);
    // Another library's promise settles with data from outside; a rejection handler gets any reason.
    expect(then("db.get('cmd')")).toBe(true);
    expect(then("Promise.resolve('uptime')", "null, (e) => { cp.exec(e); }")).toBe(true);
  });

  it("reads a regular expression's capture group of word characters and dots as holding no code or shell syntax", () => {
    const engine = (group: string) =>
      found(
        "function compile(tpl) {\n" +
          `  const re = /\\{\\{\\s*(${group})\\s*\\}\\}/g;\n` +
          "  let m;\n  let code = \"let out = '';\";\n" +
          "  while ((m = re.exec(tpl)) !== null) code += 'out += esc(data.' + m[1] + ');';\n" +
          "  return new Function('data', 'esc', code + 'return out;');\n}\nmodule.exports = { compile };\n",
        "JS-CODE-001",
      ).length;
    expect(engine("[\\w.]+")).toBe(0);
    expect(engine("[a-zA-Z_][\\w.-]*")).toBe(0);
    expect(engine("[^}]+")).toBe(1);
    expect(engine(".+?")).toBe(1);
    expect(cmdi("  const m = /^v(\\d+\\.\\d+)$/.exec(req.query.v);", "'nvm use ' + m[1]")).toBe(false);
    expect(cmdi("  const m = String(req.query.v).match(/^v(\\S+)$/);", "'nvm use ' + m[1]")).toBe(true);
    // Another group than the narrow one, or a name also bound to something else.
    expect(cmdi("  const m = /^(\\w+)=(.*)$/.exec(req.query.v);", "'echo ' + m[2]")).toBe(true);
    expect(
      cmdi("  let m = /^(\\w+)$/.exec(req.query.v);\n  m = [req.query.v, req.query.v];", "'echo ' + m[1]"),
    ).toBe(true);
  });

  it("reads arr.map(f) with a function of this file named as the callback as constant when f's result always is", () => {
    const fns =
      "function quote(a) {\n  return \"'\" + String(a).replace(/'/g, \"'\\\\''\") + \"'\";\n}\nfunction same(a) {\n  return a;\n}\n";
    expect(cmdi("", "[req.query.x].map(quote).join(' ')", fns)).toBe(false);
    expect(cmdi("", "['ls'].concat([req.query.x].map(quote)).join(' ')", fns)).toBe(false);
    expect(cmdi("", "[req.query.x].map(same).join(' ')", fns)).toBe(true);
    expect(cmdi("", "[req.query.x].map(String).join(' ')", fns)).toBe(true);
  });

  it("reads a session field as what this file's writes of it store, when every write is in view", () => {
    const redir = (write: string, extra = "") =>
      found(
        "const app = require('express')();\nconst ROUTES = { home: '/', orders: '/orders' };\n" +
          `app.get('/in', (req, res) => {\n  ${write}\n  res.end();\n});\n${extra}` +
          "app.get('/out', (req, res) => res.redirect(req.session.to || '/'));\n",
        "JS-REDIR-001",
      ).length;
    expect(redir("req.session.to = Object.hasOwn(ROUTES, req.query.s) ? ROUTES[req.query.s] : '/';")).toBe(0);
    expect(redir("req.session.to = '/orders';")).toBe(0);
    expect(redir("req.session.to = req.query.next;")).toBe(1);
    expect(redir("req.session.other = '/';")).toBe(1);
    expect(redir("req.session.to = null;")).toBe(1);
    expect(
      redir(
        "req.session.to = '/';",
        "app.post('/p', (req, res) => { Object.assign(req.session, req.body); });\n",
      ),
    ).toBe(1);
  });

  it("reads a module-level helper's parameters as what the file's calls pass when nothing else can call it", () => {
    const run = "function run(c) {\n  cp.exec(c);\n}\n";
    expect(cmdi("  run('uptime');\n  run('df -h');", "'ls'", run)).toBe(false);
    expect(cmdi("  run('uptime');\n  run('ls ' + req.query.d);", "'ls'", run)).toBe(true);
    expect(cmdi("  run('uptime');", "'ls'", "const run = (c) => cp.exec(c);\n")).toBe(false);
    // Exported, handed on as a value, or never called here: anyone's arguments.
    expect(cmdi("  run('uptime');", "'ls'", run + "module.exports = { run };\n")).toBe(true);
    expect(cmdi("  run('uptime');", "'ls'", "export " + run)).toBe(true);
    expect(cmdi("  run('uptime');", "'ls'", run + "process.on('message', run);\n")).toBe(true);
    expect(cmdi("", "'ls'", run)).toBe(true);
    // Read inside a closure of the helper, with a default beside; a default or an argument not known here.
    const viaPromise = "function run(c, ex = cp.exec) {\n  return new Promise((done) => ex(c, done));\n}\n";
    expect(cmdi("  run('uptime');", "'ls'", viaPromise)).toBe(false);
    expect(cmdi("  run();", "'ls'", "function run(c = 'uptime') {\n  cp.exec(c);\n}\n")).toBe(false);
    expect(cmdi("  run();", "'ls'", "function run(c = process.argv[2]) {\n  cp.exec(c);\n}\n")).toBe(true);
    expect(cmdi("  run(opts.tag);", "'ls'", run + "const opts = program.opts();\n")).toBe(true);
    // A rest parameter's items, by position.
    const rest = (i: number) => `const say = (...parts) => {\n  cp.exec('echo ' + parts[${i}]);\n};\n`;
    expect(cmdi("  say('starting', req.query.h);", "'ls'", rest(0))).toBe(false);
    expect(cmdi("  say('starting', req.query.h);", "'ls'", rest(1))).toBe(true);
    expect(cmdi("  say(...req.query.list);", "'ls'", rest(0))).toBe(true);
  });

  it("takes an allow-list check that breaks out of a labelled block, or a do/while(false), as a guard inside it", () => {
    const run = (body: string) => cmdi(`  let f = 'a';\n${body}`, "'ls ' + f", "const OK = ['a', 'b'];\n");
    expect(run("  pick: {\n    if (!OK.includes(req.query.f)) break pick;\n    f = req.query.f;\n  }")).toBe(
      false,
    );
    expect(run("  pick: {\n    if (!OK.includes(req.query.g)) break pick;\n    f = req.query.f;\n  }")).toBe(
      true,
    );
    expect(
      run(
        "  out: {\n    pick: {\n      if (!OK.includes(req.query.f)) break pick;\n    }\n    f = req.query.f;\n  }",
      ),
    ).toBe(true);
    expect(
      run("  do {\n    if (!OK.includes(req.query.f)) break;\n    f = req.query.f;\n  } while (false);"),
    ).toBe(false);
  });

  it("reads a getter that builds markup as a built string, and private #fields as their own class's stores", () => {
    const xss = (classes: string, read: string) =>
      analyzeSync(
        "const escapeHtml = require('escape-html');\nconst app = require('express')();\n" +
          classes +
          `app.get('/a', (req, res) => {\n  res.send(${read});\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.filter((f) => f.line === 3 + classes.split("\n").length).length;
    const raw =
      "class Raw {\n  #t;\n  constructor(t) {\n    this.#t = t;\n  }\n  get html() {\n    return '<p>' + this.#t + '</p>';\n  }\n}\n";
    const safe = raw.replace(/Raw/g, "Safe").replace("this.#t = t;", "this.#t = escapeHtml(t);");
    expect(xss(raw, "new Raw(req.query.t).html")).toBe(1);
    expect(xss(safe, "new Safe(req.query.t).html")).toBe(0);
    // Another class's `#t` holding raw text does not taint this one's.
    expect(xss(raw + safe, "new Safe(req.query.t).html")).toBe(0);
  });
});

describe("batch 110 gaps (JavaScript data flow)", () => {
  it("weighs overwrites in try, catch and finally blocks by whether they always run", () => {
    const pre = "  let c = req.query.c;\n";
    expect(cmdi(pre + "  try {\n    c = 'ls';\n  } finally {\n    log();\n  }", "c")).toBe(false);
    expect(cmdi(pre + "  try {\n    JSON.parse(o);\n  } finally {\n    c = 'ls';\n  }", "c")).toBe(false);
    expect(cmdi(pre + "  try {\n    JSON.parse(o);\n  } catch (e) {\n    c = 'ls';\n  }", "c")).toBe(true);
    // A statement before the overwrite may throw into a catch that resumes with the request's value.
    expect(
      cmdi(pre + "  try {\n    JSON.parse(o);\n    c = 'ls';\n  } catch (e) {\n    log(e);\n  }", "c"),
    ).toBe(true);
    expect(
      cmdi(pre + "  try {\n    JSON.parse(o);\n    c = 'ls';\n  } catch (e) {\n    return;\n  }", "c"),
    ).toBe(false);
  });

  it("keeps the earlier value where the overwrite in a try body may itself throw into a catch that resumes", () => {
    const pre = "  let c = req.query.c;\n";
    const pick = "const pick = (s) => {\n  if (s.length > 9) throw new Error('long');\n  return 'ls';\n};\n";
    const tried = (handler: string) =>
      pre + `  try {\n    c = pick(c);\n  } catch (e) {\n    ${handler}\n  }`;
    expect(cmdi(tried("log(e);"), "c", pick)).toBe(true);
    expect(cmdi(tried("return;"), "c", pick)).toBe(false);
    expect(cmdi(tried("c = 'pwd';"), "c", pick)).toBe(false);
    expect(cmdi(pre + "  try {\n    c = 'ls';\n  } catch (e) {\n    log(e);\n  }", "c")).toBe(false);
  });

  it("reads what a generator yields where it is spread or iterated", () => {
    const gen = (yields: string) => `  function* g() {\n${yields}\n  }\n`;
    expect(cmdi(gen("    yield req.query.a;") + "  const xs = [...g()];", "'ping ' + xs.join(' ')")).toBe(
      true,
    );
    expect(cmdi(gen("    yield 'localhost';") + "  const xs = [...g()];", "'ping ' + xs.join(' ')")).toBe(
      false,
    );
    expect(cmdi(gen("    yield req.query.a;") + "  for (const x of g()) {", "'ping ' + x);\n  }\n  (0")).toBe(
      true,
    );
    expect(cmdi(gen("    yield 'localhost';") + "  for (const x of g()) {", "'ping ' + x);\n  }\n  (0")).toBe(
      false,
    );
    const top = (yields: string) => `function* cols(b) {\n${yields}\n}\n`;
    expect(cmdi("  const [s] = [...cols(req.body)];", "'ls ' + s", top("  yield b.sort;"))).toBe(true);
    expect(cmdi("  const [s] = [...cols(req.body)];", "'ls ' + s", top("  yield 'name';"))).toBe(false);
  });
  it("exempts a command only where the exit guard before it checks the value the command carries", () => {
    const pre = "  const format = req.query.format;\n  const name = req.query.name;\n";
    const other = pre + "  if (!FORMATS.includes(format)) return res.status(400).end();";
    expect(cmdi(other, "'cat ' + name")).toBe(true);
    expect(cmdi(pre + "  if (!FILES.includes(name)) return res.status(400).end();", "'cat ' + name")).toBe(
      false,
    );
    // A value derived from the checked one, and an indexOf check.
    const derived =
      pre + "  if (FILES.indexOf(name) === -1) {\n    return res.end();\n  }\n  const p = '/srv/' + name;";
    expect(cmdi(derived, "'cat ' + p")).toBe(false);
    expect(cmdi(pre + "  if (FILES.indexOf(format) < 0) return;", "'cat ' + name")).toBe(true);
    // A validator named so, on one of two values: the other still reaches the shell.
    expect(cmdi(pre + "  if (!isValidName(name)) throw new Error('bad');", "'cat ' + name")).toBe(false);
    expect(
      cmdi(pre + "  if (!isValidName(name)) throw new Error('bad');", "'cat ' + name + ' ' + format"),
    ).toBe(true);
  });
  it("counts an exit guard on each item of a for..of loop as a check of what it iterates", () => {
    const loop = (over: string, exit: string) =>
      `  const v = req.query.e;\n  const w = req.query.w;\n  for (const ch of ${over}) {\n    if (!OK.has(ch)) ${exit};\n  }`;
    expect(cmdi(loop("v", "return res.end()"), "'expr ' + v")).toBe(false);
    expect(cmdi(loop("w", "return res.end()"), "'expr ' + v")).toBe(true);
    expect(cmdi(loop("v", "continue"), "'expr ' + v")).toBe(true);
  });

  it("reads localeCompare(...) === 0 as equality to the literal and !== 0 as its exit", () => {
    const pre = "  const r = req.query.role;\n";
    expect(cmdi(pre + "  if (r.localeCompare('admin') !== 0) return;", "'id ' + r")).toBe(false);
    expect(
      cmdi(pre + "  if (0 !== r.localeCompare('admin')) {\n    return res.end();\n  }", "'id ' + r"),
    ).toBe(false);
    expect(cmdi(pre + "  if (r.localeCompare('admin')) return;", "'id ' + r")).toBe(false);
    expect(cmdi(pre + "  if (r.localeCompare('admin') < 0) return;", "'id ' + r")).toBe(true);
    expect(cmdi(pre + "  if (r.localeCompare('admin') === 0) return;", "'id ' + r")).toBe(true);
    expect(cmdi(pre + "  if (r.localeCompare('admin') === 0) {", "'id ' + r);\n  }\n  (0")).toBe(false);
    expect(cmdi(pre + "  if (!r.localeCompare('admin')) {", "'id ' + r);\n  }\n  (0")).toBe(false);
    expect(cmdi(pre + "  if (r.localeCompare('admin') > 0) {", "'id ' + r);\n  }\n  (0")).toBe(true);
    expect(cmdi(pre, "r.localeCompare('id') === 0 ? r : 'pwd'")).toBe(false);
    expect(cmdi(pre, "r.localeCompare('id') > 0 ? r : 'pwd'")).toBe(true);
  });
  it("reads a Map or WeakMap by key: a private object key holds only its own entries", () => {
    const weak = (setup: string, key: string) =>
      cmdi(`  const meta = new WeakMap();\n  const tag = {};\n${setup}`, `meta.get(${key})`);
    expect(weak("  meta.set(req, req.query.c);\n  meta.set(tag, 'uptime');", "tag")).toBe(false);
    expect(weak("  meta.set(req, req.query.c);\n  meta.set(tag, 'uptime');", "req")).toBe(true);
    expect(weak("  meta.set(tag, req.query.c);\n  meta.set(req, 'uptime');", "tag")).toBe(true);
    // A key object that escapes (passed elsewhere) may be the same object as another key.
    expect(weak("  meta.set(req, req.query.c);\n  meta.set(tag, 'uptime');\n  keep(tag);", "tag")).toBe(true);
    const map = (setup: string, key: string) => cmdi(`  const m = new Map();\n${setup}`, `m.get(${key})`);
    expect(map("  m.set('user', req.query.u);\n  m.set('cmd', 'whoami');", "'cmd'")).toBe(false);
    expect(map("  m.set('user', req.query.u);\n  m.set('cmd', 'whoami');", "'user'")).toBe(true);
  });
  it("reads String.prototype.replace: a replacer's returns join the receiver, an allow-list strip cleans a command", () => {
    expect(cmdi("", "'echo NAME'.replace(/NAME/g, () => req.query.v)")).toBe(true);
    expect(cmdi("", "'echo NAME'.replace(/NAME/g, function () {\n    return req.query.v;\n  })")).toBe(true);
    expect(cmdi("", "'echo NAME'.replace(/NAME/g, () => 'world')")).toBe(false);
    // The replacer's parameters are pieces of the receiver.
    expect(cmdi("", "'echo NAME'.replace(/NAME/g, (m) => m.toLowerCase())")).toBe(false);
    expect(cmdi("", "req.query.v.replace(/x/g, (m) => m.toUpperCase())")).toBe(true);
    expect(cmdi("", "'ping ' + req.query.h.replace(/[^a-z0-9.-]/g, '')")).toBe(false);
    expect(cmdi("", "'ping ' + req.query.h.replace(/[^\\w.\\/]/g, '')")).toBe(false);
    // A space, a range across punctuation, or a replacement with a metacharacter leaves the shell something.
    expect(cmdi("", "'ping ' + req.query.h.replace(/[^a-z0-9 ]/g, '')")).toBe(true);
    expect(cmdi("", "'ping ' + req.query.h.replace(/[^a-z%-@]/g, '')")).toBe(true);
    expect(cmdi("", "'ping ' + req.query.h.replace(/[^a-z]/g, ';')")).toBe(true);
    // String(n) is the text of n: a number stays a number.
    expect(cmdi("", "'sleep ' + String(Number(req.query.n) || 1)")).toBe(false);
  });
  it("reads an allow-list test through a TypeScript cast of the value tested (batch113)", () => {
    const sql = (cond: string) =>
      analyzeSync(
        "const S = ['a', 'b'] as const;\napp.get('/x', async (req, res) => {\n" +
          `  const sort = ${cond} ? req.query.sort : 'a';\n  await pool.query(\`SELECT * FROM t ORDER BY \${sort}\`);\n});\n`,
        { language: "typescript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    expect(sql("S.includes(req.query.sort as (typeof S)[number])")).toBe(false);
    expect(sql("new Set<string>(S).has(req.query.sort!)")).toBe(false);
    // The cast of some other value vets nothing.
    expect(sql("S.includes(req.query.dir as (typeof S)[number])")).toBe(true);
  });
  it("takes serialize-javascript's output as HTML-safe text (batch113)", () => {
    const xss = (imp: string, expr: string) =>
      analyzeSync(
        imp +
          "app.get('*', (req, res) => {\n  const state = { q: String(req.query.q) };\n" +
          `  res.send(\`<script>window.S = \${${expr}};</script>\`);\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(xss("import serialize from 'serialize-javascript';\n", "serialize(state, { isJSON: true })")).toBe(
      false,
    );
    expect(xss("const serialize = require('serialize-javascript');\n", "serialize(state)")).toBe(false);
    // JSON.stringify leaves `</script>` as it is; a local serialize() is not the package.
    expect(xss("", "JSON.stringify(state)")).toBe(true);
    expect(xss("import serialize from './serialize';\n", "serialize(state)")).toBe(true);
  });
  it("takes react-dom/server's rendered markup as escaped HTML (batch113)", () => {
    const xss = (imp: string, expr: string) =>
      analyzeSync(
        imp +
          "app.get('*', (req, res) => {\n  const state = { q: String(req.query.q) };\n" +
          `  res.send(\`<div id="root">\${${expr}}</div>\`);\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    const react = "import { renderToString } from 'react-dom/server';\nimport App from './App';\n";
    expect(xss(react, "renderToString(createElement(App, state))")).toBe(false);
    expect(xss("const RDS = require('react-dom/server');\n", "RDS.renderToStaticMarkup(h(App, state))")).toBe(
      false,
    );
    // A renderer of the app's own is not React's.
    expect(xss("const { renderToString } = require('./render');\n", "renderToString(state.q)")).toBe(true);
  });
  it("reads an upload's server-made temp path through a name bound to it (batch113)", () => {
    const argi = (body: string, arg: string) =>
      analyzeSync(
        "const { spawnSync } = require('child_process');\napp.post('/t', (req, res) => {\n" +
          `${body}\n  spawnSync('ffmpeg', ['-y', '-i', ${arg}, 'out.mp4']);\n});\n`,
        { language: "javascript", rules: ["JS-ARGI-001"] },
      ).findings.length > 0;
    expect(argi("  const video = req.files.video;", "video.tempFilePath")).toBe(false);
    expect(argi("  const up = req.file;", "up.path")).toBe(false);
    expect(argi("", "req.files.video.tempFilePath")).toBe(false);
    // The client's own file name is still the client's.
    expect(argi("  const video = req.files.video;", "video.name")).toBe(true);
  });
});

describe("client-written objects by their declared type (TypeScript)", () => {
  it("reads a request-bound parameter's field typed as an object map as a whole client object", () => {
    const resolver = (type: string, filter: string) =>
      found(
        `export const resolvers = {\n  Query: {\n    items: (_: unknown, args: { ${type} }) => Item.find(${filter}),\n  },\n};\n`,
        "JS-NOSQL-001",
        "typescript",
      );
    expect(resolver("filter: Record<string, unknown>", "args.filter")).toEqual(["3:HIGH"]);
    expect(resolver("filter: { name?: string }", "args.filter")).toEqual(["3:HIGH"]);
    // A scalar argument is a string; picked into a literal filter it carries no operator.
    expect(resolver("name: string", "{ name: args.name }")).toEqual([]);
    expect(resolver("filter: string", "{ name: args.filter }")).toEqual([]);
    // A helper's own parameter typed so holds what its callers pass, no request data.
    expect(
      found(
        "export function list(db: Db, q: { where: Record<string, unknown> }) {\n  return db.collection('t').find(q.where);\n}\n",
        "JS-NOSQL-001",
        "typescript",
      ),
    ).toEqual([]);
  });
});

describe("Elysia route handlers", () => {
  it("reads the destructured context's query/params/body as request data, unless the route schema pins the field", () => {
    const app = (handler: string, hook = "") =>
      found(
        `import { Elysia, t } from 'elysia';\nimport { execSync } from 'node:child_process';\nnew Elysia().get('/k/:pid', ${handler}${hook});\n`,
        "JS-CMDI-001",
        "typescript",
      );
    expect(app("({ query }) => execSync('whois ' + query.d).toString()")).toEqual(["3:CRITICAL"]);
    expect(app("({ params }) => execSync(`kill ${params.pid}`).toString()")).toEqual(["3:CRITICAL"]);
    expect(
      app(
        "({ params }) => execSync(`kill ${params.pid}`).toString()",
        ", { params: t.Object({ pid: t.Numeric() }) }",
      ),
    ).toEqual([]);
    // A destructured parameter of some other call is no request context.
    expect(
      found(
        "import { Elysia } from 'elysia';\nimport { execSync } from 'node:child_process';\nexport const run = ({ query }: { query: string }) => execSync('whois ' + query);\n",
        "JS-CMDI-001",
        "typescript",
      ),
    ).toEqual(["3:HIGH"]);
  });
});

describe("Hono cookie helpers", () => {
  it("reads getCookie / getSignedCookie from hono/cookie as request data", () => {
    const page = (read: string, imports = "import { getCookie, getSignedCookie } from 'hono/cookie';\n") =>
      found(
        `import { Hono } from 'hono';\n${imports}const app = new Hono();\napp.get('/n', async (c) => c.html('<p>' + ${read} + '</p>'));\n`,
        "JS-XSS-001",
        "typescript",
      ).length > 0;
    expect(page("getCookie(c, 'display')")).toBe(true);
    expect(page("(await getSignedCookie(c, 'k', 'display'))")).toBe(true);
    // A file's own helper of that name reads nothing from the request.
    expect(page("getCookie(c, 'display')", "const getCookie = (c: unknown, n: string) => 'x';\n")).toBe(
      false,
    );
  });
});

describe("arrays derived from known arrays (batch115)", () => {
  it("reads slice / concat / flat / flatMap((r) => r) results item by item", () => {
    expect(cmdi("  const xs = ['uptime'].concat([req.query.c]);", "xs[1]")).toBe(true);
    expect(cmdi("  const xs = ['uptime'].concat([req.query.c]);", "xs[0]")).toBe(false);
    expect(cmdi("  const xs = [[req.query.c, 'id'], ['w']].flatMap((r) => r);", "xs[0]")).toBe(true);
    expect(cmdi("  const xs = [[req.query.c, 'id'], ['w']].flatMap((r) => r);", "xs[2]")).toBe(false);
    expect(cmdi("  const xs = [[req.query.c], ['w']].flat();", "xs[1]")).toBe(false);
    // An argument that is no literal may itself be an array: its items are not known.
    expect(cmdi("  const xs = ['uptime'].concat(req.query.c);", "xs[0]")).toBe(true);
    // A chained read (`xs.slice(1).join(' ')`) leaves xs's items known.
    expect(cmdi("  const xs = [req.query.c, 'ls', '-l'];", "xs.slice(1).join(' ')")).toBe(false);
    expect(cmdi("  const xs = [req.query.c, 'ls', '-l'];", "xs.slice(0, 2).join(' ')")).toBe(true);
    expect(cmdi("  const xs = [req.query.c, 'ls'].reverse();", "xs[0]")).toBe(false);
    expect(cmdi("  const xs = [req.query.c, 'ls'].reverse();", "xs[1]")).toBe(true);
    expect(cmdi("  const o = Object.freeze({ a: req.query.c, b: 'ls' });", "o.b")).toBe(false);
    expect(cmdi("  const o = Object.freeze({ a: req.query.c, b: 'ls' });", "o.a")).toBe(true);
  });

  it("knows the length of a local array whose items are known", () => {
    expect(cmdi("  const st = ['uptime', req.query.c];\n  st.pop();", "st[st.length - 1]")).toBe(false);
    expect(cmdi("  const st = ['uptime', req.query.c];", "st[st.length - 1]")).toBe(true);
  });
});

describe("constructor arguments, logical assignments and constant exits (batch115)", () => {
  it("reads a field the constructor stores from this `new` call's arguments", () => {
    const cls = "class Flow {\n  constructor(back) {\n    this.back = back;\n  }\n}\n";
    const cmd = (body: string, sink: string) =>
      analyzeSync(
        "const cp = require('child_process');\nconst app = require('express')();\n" +
          cls +
          `app.get('/a', (req, res) => {\n${body}\n  cp.exec(${sink});\n});\n`,
        { language: "javascript", rules: ["JS-CMDI-001"] },
      ).findings.map((f) => f.severity);
    expect(cmd("  const f = new Flow(String(req.query.b));", "f.back")).toEqual(["CRITICAL"]);
    expect(cmd("  const f = new Flow('uptime');", "f.back")).toEqual([]);
  });

  it("drops ||= / ??= that never store over a constant", () => {
    expect(cmdi("  let c = '';\n  c ||= req.query.c;", "c")).toBe(true);
    expect(cmdi("  let c = 'uptime';\n  c ||= req.query.c;", "c")).toBe(false);
    expect(cmdi("  let c = null;\n  c ??= req.query.c;", "c")).toBe(true);
    expect(cmdi("  let c = 'uptime';\n  c ??= req.query.c;", "c")).toBe(false);
    expect(cmdi("  let c = 'uptime';\n  c = req.query.x;\n  c ||= req.query.c;", "c")).toBe(true);
    // In a loop, a store after it runs before it on the next pass.
    expect(
      cmdi("  let c = 'uptime';\n  for (const x of [1, 2]) {\n    c ||= req.query.c;\n    c = '';\n  }", "c"),
    ).toBe(true);
  });

  it("leaves out a helper's returns after an exit on a constant, its call's constant arguments included", () => {
    const pick = "function pick(v, safe) {\n  if (safe) {\n    return 'uptime';\n  }\n  return v;\n}\n";
    expect(cmdi("", "pick(req.query.c, true)", pick)).toBe(false);
    expect(cmdi("", "pick(req.query.c, false)", pick)).toBe(true);
    expect(cmdi("", "pick(req.query.c, req.query.s)", pick)).toBe(true);
    const flag = (on: string) =>
      `const STRICT = ${on};\nfunction pick(v) {\n  if (STRICT) return 'uptime';\n  return v;\n}\n`;
    expect(cmdi("", "pick(req.query.c)", flag("true"))).toBe(false);
    expect(cmdi("", "pick(req.query.c)", flag("false"))).toBe(true);
  });
});

describe("constant folding through strings, merges and switch assignments (batch115)", () => {
  const sw = (pick: string) =>
    `  const guess = 'ABC';\n  let c;\n  switch (${pick}) {\n    case 'A':\n      c = 'uptime';\n      break;\n    case 'B':\n      c = req.query.c;\n      break;\n    default:\n      c = 'id';\n  }`;
  it("folds string methods and indexing on constant strings", () => {
    expect(cmdi(sw("guess.charAt(0)"), "c")).toBe(false);
    expect(cmdi(sw("guess.charAt(1)"), "c")).toBe(true);
    expect(cmdi(sw("guess[1]"), "c")).toBe(true);
    expect(cmdi(sw("guess.toLowerCase().toUpperCase().slice(0, 1)"), "c")).toBe(false);
  });

  const cipher = (src: string) =>
    analyzeSync(`const crypto = require('crypto');\n${src}`, {
      language: "javascript",
      rules: ["JS-CRYPTO-001", "JS-HASH-001"],
    }).findings.map((f) => f.rule_id);
  it("reads a let assigned in the live case of a constant switch, declared in several functions", () => {
    const fn = (name: string, level: number) =>
      `function ${name}(k, iv) {\n  let algo;\n  switch (${level}) {\n    case 1:\n      algo = 'aes-256-cbc';\n      break;\n    case 2:\n      algo = 'des-ede3-cbc';\n      break;\n  }\n  return crypto.createCipheriv(algo, k, iv);\n}\n`;
    expect(cipher(fn("a", 2) + fn("b", 1))).toEqual(["JS-CRYPTO-001"]);
    expect(cipher(fn("a", 1) + fn("b", 1))).toEqual([]);
  });

  it("reads a key of an Object.assign merge set by exactly one literal pair", () => {
    const hash = (merge: string) =>
      cipher(
        `const DEFAULTS = { algo: 'sha1' };\nfunction h(k) {\n  const cfg = ${merge};\n  return crypto.createHash(cfg.algo).update(k).digest('hex');\n}\n`,
      );
    expect(hash("Object.assign({}, DEFAULTS, { enc: 'hex' })")).toEqual(["JS-HASH-001"]);
    expect(hash("Object.assign({}, DEFAULTS, { algo: 'sha512' })")).toEqual([]);
  });
});

describe("object rest and Object.entries keys (batch115)", () => {
  it("reads an object rest as the literal's values under the keys the pattern leaves", () => {
    expect(cmdi("  const { a, ...rest } = { a: req.query.c, b: 'uptime' };", "rest.b")).toBe(false);
    expect(cmdi("  const { a, ...rest } = { a: 'uptime', b: req.query.c };", "rest.b")).toBe(true);
    expect(
      cmdi(
        "  const o = { a: req.query.c, b: 'id' };\n  const { a, ...rest } = o;",
        "Object.values(rest).join(' ')",
      ),
    ).toBe(false);
    expect(cmdi("  const { a, ...rest } = req.query;", "rest.b")).toBe(true);
  });

  it("reads the key of Object.entries over a literal with plain keys as code text", () => {
    const loop = (obj: string, use: string) =>
      `  let s = 'ls';\n  for (const [k, v] of Object.entries(${obj})) {\n    s += ' ' + ${use};\n  }`;
    expect(cmdi(loop("{ a: req.query.c, b: 'x' }", "k"), "s")).toBe(false);
    expect(cmdi(loop("{ a: req.query.c, b: 'x' }", "v"), "s")).toBe(true);
    expect(cmdi(loop("req.query", "k"), "s")).toBe(true);
    expect(cmdi(loop("{ [req.query.k]: 1 }", "k"), "s")).toBe(true);
  });
});

describe("generator spreads and URLSearchParams pairs (batch115)", () => {
  const gen = "function* steps(x) {\n  yield 'uptime';\n  yield x;\n}\n";
  it("reads [...gen(x)] of a generator that only yields, item by item", () => {
    expect(cmdi("  const all = [...steps(req.query.c)];", "all[0]", gen)).toBe(false);
    expect(cmdi("  const all = [...steps(req.query.c)];", "all[1]", gen)).toBe(true);
    const branchy = "function* steps(x) {\n  if (x) yield x;\n  yield 'uptime';\n}\n";
    expect(cmdi("  const all = [...steps(req.query.c)];", "all[1]", branchy)).toBe(true);
  });

  it("reads a then callback's array pattern over Promise.all([...]) position by position", () => {
    const all = "  Promise.all([Promise.resolve('ls'), Promise.resolve(req.query.c)]).then(";
    const f = (pat: string, use: string) =>
      analyzeSync(
        "const cp = require('child_process');\nconst app = require('express')();\n" +
          `app.get('/a', (req, res) => {\n${all}(${pat}) => cp.exec(${use}));\n});\n`,
        { language: "javascript", rules: ["JS-CMDI-001"] },
      ).findings.map((x) => x.severity);
    expect(f("[a, b]", "a")).toEqual([]);
    expect(f("[a, b]", "b")).toEqual(["CRITICAL"]);
    expect(f("[, b]", "b")).toEqual(["CRITICAL"]);
  });

  it("reads URLSearchParams built from an object literal at a constant key", () => {
    const sp = "  const sp = new URLSearchParams({ q: String(req.query.c), page: 'uptime' });";
    expect(cmdi(sp, "sp.get('page')")).toBe(false);
    expect(cmdi(sp, "sp.get('q')")).toBe(true);
    expect(cmdi(sp + "\n  sp.set('page', req.query.p);", "sp.get('page')")).toBe(true);
    expect(cmdi("  const sp = new URLSearchParams(req.query.s);", "sp.get('page')")).toBe(true);
  });
});

describe("find over object-literal records (batch115)", () => {
  it("reads the field of the record a find on a constant key picks", () => {
    const cols =
      "  const cols = [\n    { key: 'name', value: req.query.c },\n    { key: 'role', value: 'uptime' },\n  ];";
    expect(cmdi(cols + "\n  const hit = cols.find((c) => c.key === 'role');", "hit.value")).toBe(false);
    expect(cmdi(cols + "\n  const hit = cols.find((c) => c.key === 'name');", "hit.value")).toBe(true);
    expect(cmdi(cols + "\n  const hit = cols.find((c) => c.key !== 'name');", "hit.value")).toBe(false);
    expect(cmdi(cols + "\n  const hit = cols.find((c) => c.key === req.query.k);", "hit.value")).toBe(true);
    expect(
      cmdi(
        cols + "\n  const hit = cols.find((c) => c.key === 'role');\n  hit.value = req.query.v;",
        "hit.value",
      ),
    ).toBe(true);
  });

  it("reads nested destructuring, comma expressions, void and Reflect.get by value", () => {
    const lit = "{ cfg: { host: 'localhost' }, user: { host: req.query.h } }";
    // A nested pattern reads its path of keys out of the literal.
    expect(cmdi(`  const { cfg: { host } } = ${lit};`, "'ping ' + host")).toBe(false);
    expect(cmdi(`  const { user: { host } } = ${lit};`, "'ping ' + host")).toBe(true);
    expect(cmdi(`  const { user: { host } } = req.query;`, "'ping ' + host")).toBe(true);
    // A comma expression's value is its last operand's.
    expect(cmdi("  const c = (req.query.d, 'ls /srv');", "c")).toBe(false);
    expect(cmdi("  const c = ('ls /srv', 'ls ' + req.query.d);", "c")).toBe(true);
    // `void x` is undefined.
    expect(cmdi("  const d = void req.query.d ?? '/srv';", "'ls ' + d")).toBe(false);
    expect(cmdi("  const d = req.query.d ?? '/srv';", "'ls ' + d")).toBe(true);
    // Reflect.get at a constant key of a literal reads that key's value.
    const t = "  const t = { home: 'uptime', back: req.query.c };";
    expect(cmdi(t, "Reflect.get(t, 'home')")).toBe(false);
    expect(cmdi(t, "Reflect.get(t, 'back')")).toBe(true);
    expect(cmdi(t, "Reflect.get(t, req.query.k)")).toBe(true);
  });

  it("reads TS enum members and `as` casts as constants", () => {
    const run = (src: string, rule: string) =>
      analyzeSync(src, { language: "typescript", rules: [rule] }).findings.length > 0;
    const mode = (cast: string) =>
      run(
        "import { execSync } from 'child_process';\nimport express from 'express';\nconst app = express();\n" +
          "enum Mode {\n  Fixed,\n  Custom,\n}\n" +
          `const MODE = Mode.${cast} as Mode;\n` +
          "app.get('/d', (req, res) => {\n" +
          "  const t = MODE === Mode.Custom ? String(req.query.m) : '/srv';\n" +
          "  res.send(execSync('df -h ' + t).toString());\n});\n",
        "JS-CMDI-001",
      );
    expect(mode("Fixed")).toBe(false);
    expect(mode("Custom")).toBe(true);
    const digest = (member: string) =>
      run(
        "import { createHash } from 'crypto';\nenum Digest {\n  Old = 'sha1',\n  New = 'sha512',\n}\n" +
          `export const key = (k: string) => createHash(Digest.${member}).update(k).digest('hex');\n`,
        "JS-HASH-001",
      );
    expect(digest("Old")).toBe(true);
    expect(digest("New")).toBe(false);
  });

  it("vets nothing with a list the checked value was itself added to", () => {
    const pre = "const ALLOWED = new Set(['a.txt', 'b.txt']);\n";
    const guard = (body: string) => cmdi(`  const f = req.query.f;\n${body}`, "'cat ' + f", pre);
    expect(guard("  if (!ALLOWED.has(f)) return;")).toBe(false);
    expect(guard("  const names = new Set(ALLOWED);\n  names.add(f);\n  if (!names.has(f)) return;")).toBe(
      true,
    );
    expect(guard("  const names = [...ALLOWED];\n  names.push(f);\n  if (!names.includes(f)) return;")).toBe(
      true,
    );
    expect(
      guard("  const names = new Set(ALLOWED);\n  names.add('c.txt');\n  if (!names.has(f)) return;"),
    ).toBe(false);
  });

  it("keeps a frozen config object's keys literal when a handler stores into them", () => {
    const cfg = (decl: string) =>
      cmdi(
        "  res.send(CONFIG.dir);",
        "'ls ' + CONFIG.dir",
        `${decl}\napp.post('/c', (req, res) => {\n  CONFIG.dir = req.body.dir;\n  res.end();\n});\n`,
      );
    expect(cfg("const CONFIG = Object.freeze({ dir: '/srv' });")).toBe(false);
    expect(cfg("const CONFIG = { dir: '/srv' };")).toBe(true);
    expect(cfg("let CONFIG = Object.freeze({ dir: '/srv' });")).toBe(true);
  });

  it("reads Object.fromEntries over literal pairs at a constant key", () => {
    const q = "  const q = Object.fromEntries([\n    ['tool', 'uptime'],\n    ['extra', req.query.c],\n  ]);";
    expect(cmdi(q, "q.tool")).toBe(false);
    expect(cmdi(q, "q['tool']")).toBe(false);
    expect(cmdi(q, "q.extra")).toBe(true);
    expect(cmdi(q, "q[req.query.k]")).toBe(true);
    // (A later duplicate wins; a computed key may be any.)
    expect(cmdi("  const q = Object.fromEntries([['tool', 'ls'], ['tool', req.query.c]]);", "q.tool")).toBe(
      true,
    );
    expect(
      cmdi("  const q = Object.fromEntries([['tool', 'ls'], [req.query.k, req.query.c]]);", "q.tool"),
    ).toBe(true);
    expect(cmdi("  const q = Object.fromEntries(Object.entries(req.query));", "q.tool")).toBe(true);
  });

  it("reads Array.prototype.with on a literal array, declared per handler", () => {
    const other =
      "app.get('/b', (req, res) => {\n  const parts = [req.query.x];\n  res.send(parts.at(0));\n});\n";
    const w = (read: string) => cmdi("  const parts = ['ls', req.query.d, '-la'];", read, other);
    expect(w("parts.with(1, '/srv').join(' ')")).toBe(false);
    expect(w("parts.with(-2, '/srv').join(' ')")).toBe(false);
    expect(w("parts.with(0, 'du').join(' ')")).toBe(true);
    expect(w("parts.with(5, 'x').join(' ')")).toBe(true);
    expect(w("parts.at(0)")).toBe(false);
    expect(w("parts.at(-2)")).toBe(true);
  });

  it("reads Object.entries of an object literal by entry and position", () => {
    const e = (lit: string, read: string) => cmdi(`  const pairs = Object.entries(${lit});`, read);
    const lit = "{ a: 'uptime', b: req.query.c }";
    expect(e(lit, "pairs[0][1]")).toBe(false);
    expect(e(lit, "pairs[1][0]")).toBe(false);
    expect(e(lit, "pairs[1][1]")).toBe(true);
    // (Integer-like keys are listed first; a repeated key is one entry.)
    expect(e("{ a: 'uptime', 1: req.query.c }", "pairs[0][1]")).toBe(true);
    expect(e("{ a: 'uptime', a: req.query.c, b: 'ls' }", "pairs[0][1]")).toBe(true);
  });

  it("reads the literal start of util.format's format string (a redirect to a fixed local path)", () => {
    const redir = (target: string) =>
      analyzeSync(
        `const util = require('util');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  res.redirect(${target});\n});\n`,
        { language: "javascript", rules: ["JS-REDIR-001"] },
      ).findings.length > 0;
    expect(redir("util.format('/login?client_id=%s&next=%s', req.query.c, req.query.next)")).toBe(false);
    expect(redir("util.format('/login?x=100%%&next=%s', req.query.next)")).toBe(false);
    expect(redir("util.format('%s?code=%s', req.query.next, 'c')")).toBe(true);
    expect(redir("util.format(req.query.fmt, 'c')")).toBe(true);
  });

  it("takes the environment and the command line as the operator's choice of a module, not request data", () => {
    const sev = (spec: string) =>
      analyzeSync(`const path = require('path');\nconst app = require('express')();\n${spec}\n`, {
        language: "javascript",
        rules: ["JS-CODE-002"],
      }).findings.map((f) => f.severity);
    expect(sev("const v = require(process.env.VIEW_ENGINE_PATH);")).toEqual(["LOW"]);
    expect(sev("const cfg = require(path.resolve(process.argv[2]));")).toEqual(["LOW"]);
    expect(sev("app.get('/p', (req, res) => res.json(require('./plugins/' + req.query.name)));")).toEqual([
      "HIGH",
    ]);
  });

  it("knows which values of a loop over constants reach a branch or an indexed read", () => {
    const steps = "const STEPS = ['status', 'disk', 'logs'];\n";
    const after = (want: string) =>
      cmdi(
        `  let cmd = 'uptime';\n  s: for (const step of STEPS) {\n    if (step !== '${want}') continue s;\n    cmd = 'tail ' + req.query.f;\n  }`,
        "cmd",
        steps,
      );
    expect(after("logs")).toBe(true);
    expect(after("custom")).toBe(false);
    const doWhile = (test: string, stop: number) =>
      cmdi(
        `  let n = 0;\n  let cmd = 'date';\n  do {\n    n++;\n    if (${test}) cmd = 'echo ' + req.query.m;\n  } while (n < ${stop});`,
        "cmd",
      );
    expect(doWhile("n === 3", 3)).toBe(true);
    expect(doWhile("n > 3", 3)).toBe(false);
    expect(doWhile("n === 1", 0)).toBe(true);
    const forIf = (test: string) =>
      cmdi(
        `  let cmd = 'ls';\n  for (let r = 0; r < 3; r++) {\n    if (${test}) continue;\n    cmd = 'ls ' + req.query.d;\n  }`,
        "cmd",
      );
    expect(forIf("r < 5")).toBe(false);
    expect(forIf("r < 2")).toBe(true);
    const cells = (head: string) =>
      cmdi(
        `  const cells = ['ls', '-la', req.query.d];\n  let cmd = '';\n  ${head} {\n    if (i === 2) continue;\n    cmd += ' ' + cells[i];\n  }`,
        "cmd",
      );
    expect(cells("for (let i = 0; i < cells.length; i++)")).toBe(false);
    expect(cells("for (let i = 0; i <= 2; i += 2)")).toBe(false);
    // (Another write of the counter in the body: its values are not known.)
    expect(cells("for (let i = 0; i < cells.length; i++, i = i)")).toBe(true);
    expect(
      cmdi(
        "  const cells = ['ls', '-la', req.query.d];\n  let cmd = '';\n  let i = 0;\n  do {\n    cmd += ' ' + cells[i];\n    i++;\n  } while (i < 2);",
        "cmd",
      ),
    ).toBe(false);
    expect(
      cmdi(
        "  const cells = ['ls', '-la', req.query.d];\n  let cmd = '';\n  let i = 0;\n  do {\n    cmd += ' ' + cells[i];\n    i++;\n  } while (i < 3);",
        "cmd",
      ),
    ).toBe(true);
  });

  it("reads a per-request Map keyed by req from this route's handler and the middleware only", () => {
    const ssrf = (other: string, read: string) =>
      analyzeSync(
        "const axios = require('axios');\nconst app = require('express')();\nconst per = new WeakMap();\n" +
          "app.use((req, res, next) => {\n  per.set(req, { up: req.get('x-up'), health: 'https://status.example.com/' });\n  next();\n});\n" +
          `app.post('/set', (req, res) => {\n  ${other}\n  res.end();\n});\n` +
          `app.get('/go', async (req, res) => {\n  const r = await axios.get(${read});\n  res.json(r.data);\n});\n`,
        { language: "javascript", rules: ["JS-SSRF-001"] },
      ).findings.some((f) => f.line === 13);
    expect(ssrf("per.set(req, { health: req.body.url });", "per.get(req).health")).toBe(false);
    expect(ssrf("per.set(req, { health: req.body.url });", "per.get(req).up")).toBe(true);
    // (A key that is no route handler's request may be any request's.)
    expect(ssrf("per.set(OTHER, { health: req.body.url });", "per.get(req).health")).toBe(true);
    // (A store through the value changes what the entry holds.)
    expect(ssrf("per.get(req).health = req.body.url;", "per.get(req).health")).toBe(true);
  });

  it("reads a hand-written SQL tag that appends its values in a loop or maps and joins them as built text", () => {
    const sqli = (tag: string, language: "javascript" | "typescript" = "javascript") =>
      analyzeSync(
        `const { Pool } = require('pg');\nconst pool = new Pool();\n${tag}\n` +
          "app.get('/u', async (req, res) => {\n  res.json(await pool.query(sql`SELECT * FROM users WHERE name = '${req.query.name}'`));\n});\n",
        { language, rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    expect(
      sqli(
        "function sql(strings, ...values) {\n  let out = strings[0];\n  for (let i = 0; i < values.length; i++) out += values[i] + strings[i + 1];\n  return out;\n}",
      ),
    ).toBe(true);
    expect(
      sqli(
        "function sql(strings: TemplateStringsArray, ...values: unknown[]): string {\n  return strings.map((s, i) => s + (i < values.length ? values[i] : '')).join('');\n}",
        "typescript",
      ),
    ).toBe(true);
    // (A tag that keeps only the literal parts, or a library's tag, passes the values apart: parameters.)
    expect(sqli("function sql(strings, ...values) {\n  return strings.map((s) => s).join('?');\n}")).toBe(
      false,
    );
    expect(sqli("const sql = require('sql-template-strings');")).toBe(false);
  });

  it("follows a fluent method returning this to the class of the instance it was called on", () => {
    const prelude =
      "class Job {\n  cmd = 'uptime';\n  load(q) {\n    this.cmd = 'ls ' + q.dir;\n    return this;\n  }\n" +
      "  fixed() {\n    return 'date';\n  }\n  run() {\n    return this.cmd;\n  }\n}\n" +
      "class Other {\n  load() {\n    return 'x';\n  }\n  run() {\n    return 'uptime';\n  }\n}\n";
    expect(cmdi("", "new Job().load(req.query).run()", prelude)).toBe(true);
    expect(cmdi("", "new Job().load(req.query).fixed()", prelude)).toBe(false);
    expect(cmdi("", "new Other().load(req.query).run()", prelude)).toBe(false);
  });

  it("reads a constructor parameter property of the instance a new or a factory made", () => {
    const cls =
      "class Job {\n  constructor(readonly cmd: string, readonly dir = '/srv') {}\n" +
      "  static fixed(_x: string): Job {\n    return new Job('uptime');\n  }\n" +
      "  static raw(x: string): Job {\n    return new Job('ls ' + x);\n  }\n}\n";
    const run = (read: string, extra = "") =>
      analyzeSync(
        "import { exec } from 'child_process';\nimport express from 'express';\nconst app = express();\n" +
          cls +
          extra +
          `app.get('/a', (req, res) => {\n  exec(${read});\n  res.send('ok');\n});\n` +
          "app.get('/b', (req, res) => {\n  res.json(Job.raw(String(req.query.d)));\n});\n",
        { language: "typescript", rules: ["JS-CMDI-001"] },
      ).findings.length > 0;
    expect(run("Job.fixed(String(req.query.d)).cmd")).toBe(false);
    expect(run("new Job('date').cmd")).toBe(false);
    expect(run("'ls ' + new Job(String(req.query.d)).dir")).toBe(false);
    expect(run("Job.raw(String(req.query.d)).cmd")).toBe(true);
    expect(run("new Job(String(req.query.d)).cmd")).toBe(true);
    // (A store into the property anywhere: the instance may hold something else.)
    expect(run("Job.fixed('x').cmd", "function patch(j: any, v: string) {\n  j.cmd = v;\n}\n")).toBe(true);
  });

  it("keeps a </>-only replace chain tainted in a quoted attribute value; replaceAll('<') escapes", () => {
    const xss = (html: string) =>
      analyzeSync(
        "const app = require('express')();\n" +
          `app.get('/a', (req, res) => {\n  const q = String(req.query.q);\n  res.send(\`${html}\`);\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    const lt = "q.replace(/</g, '&lt;').replace(/>/g, '&gt;')";
    expect(xss(`<p>\${${lt}}</p>`)).toBe(false);
    expect(xss(`<input value="\${${lt}}">`)).toBe(true);
    expect(xss(`<input value='\${${lt}}'>`)).toBe(true);
    // (A chain that also handles the quote, or strips everything outside a class, keeps the value inside.)
    expect(xss(`<input value="\${${lt}.replace(/"/g, '&quot;')}">`)).toBe(false);
    expect(xss("<p>${q.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>")).toBe(
      false,
    );
    expect(xss("<p>${q.replaceAll('>', '&gt;')}</p>")).toBe(true);
  });

  it("reads only a global replace of CR/LF as clearing line breaks from a header value", () => {
    const hdr = (value: string) =>
      analyzeSync(
        "const app = require('express')();\n" +
          `app.get('/a', (req, res) => {\n  const t = ${value};\n  res.set('X-Trace', t);\n  res.end();\n});\n`,
        { language: "javascript", rules: ["JS-HDR-001"] },
      ).findings.length > 0;
    expect(hdr("String(req.query.t).replace(/[\\r\\n]/g, '')")).toBe(false);
    expect(hdr("String(req.query.t).replaceAll('\\n', '').replaceAll('\\r', '')")).toBe(false);
    expect(hdr("String(req.query.t).replace('\\r\\n', '')")).toBe(true);
    expect(hdr("String(req.query.t).replace(/\\r\\n/, '')")).toBe(true);
  });

  it("drops a logical store into an object-literal field whose every other value keeps it from storing", () => {
    expect(cmdi("  const f = { dir: '/srv' };\n  f.dir ??= req.query.d;", "'ls ' + f.dir")).toBe(false);
    expect(cmdi("  const f = { dir: '/srv' };\n  f.dir ||= req.query.d;", "'ls ' + f.dir")).toBe(false);
    expect(cmdi("  const f = { dir: null };\n  f.dir ??= req.query.d;", "'ls ' + f.dir")).toBe(true);
    expect(cmdi("  const f = { dir: '' };\n  f.dir ||= req.query.d;", "'ls ' + f.dir")).toBe(true);
    expect(cmdi("  const f = { dir: '/srv' };\n  f.dir &&= req.query.d;", "'ls ' + f.dir")).toBe(true);
    // (another store of a nullish value makes the logical one run)
    expect(
      cmdi("  const f = { dir: '/srv' };\n  f.dir = null;\n  f.dir ??= req.query.d;", "'ls ' + f.dir"),
    ).toBe(true);
  });

  it("reads a field of a Map value got by key (object literals stored), and a Map copied by new Map()", () => {
    const m = "  const m = new Map();\n  m.set('a', { label: req.query.l, cmd: 'uptime' });";
    expect(cmdi(m, "m.get('a').cmd")).toBe(false);
    expect(cmdi(m, "m.get('a').label")).toBe(true);
    expect(cmdi(m, "m.get(req.query.k).cmd")).toBe(false);
    // (a value stored that is no literal, or a write through the value got, keeps the whole)
    expect(cmdi("  const m = new Map();\n  m.set('a', req.body);", "m.get('a').cmd")).toBe(true);
    expect(cmdi(m + "\n  m.get('a').cmd = req.query.c;", "m.get('a').cmd")).toBe(true);
    const weak =
      "const state = new WeakMap();\napp.use((req, res, next) => {\n  state.set(req, { who: req.query.u, cmd: 'id' });\n  next();\n});\n";
    expect(cmdi("", "state.get(req).cmd", weak)).toBe(false);
    expect(cmdi("", "state.get(req).who", weak)).toBe(true);
    const copy = "const BASE = new Map([['a', 'uptime'], ['b', 'date']]);\n";
    expect(
      cmdi("  const mine = new Map(BASE);\n  mine.set('c', req.query.c);", "BASE.get(req.query.k)", copy),
    ).toBe(false);
    expect(
      cmdi("  const mine = new Map(BASE);\n  mine.set('c', req.query.c);", "mine.get(req.query.k)", copy),
    ).toBe(true);
  });

  it("reads the size of a Set or Map as a number", () => {
    expect(cmdi("  const seen = new Set([].concat(req.query.t));", "'echo ' + seen.size")).toBe(false);
    expect(cmdi("  const seen = new Set([].concat(req.query.t));", "'echo ' + [...seen].join(' ')")).toBe(
      true,
    );
    expect(cmdi("  const o = { size: req.query.t };", "'echo ' + o.size")).toBe(true);
  });

  it("reads map(Number) as numbers and a fixed splice() as the items it cuts out", () => {
    const ids = "  const ids = String(req.query.ids).split(',')";
    expect(cmdi(`${ids}.map(Number).filter(Number.isInteger);`, "'kill ' + ids.join(' ')")).toBe(false);
    expect(cmdi(`${ids}.map(Math.trunc);`, "'kill ' + ids.join(' ')")).toBe(false);
    expect(cmdi(`${ids}.map(String);`, "'kill ' + ids.join(' ')")).toBe(true);
    const cols = "  const parts = ['ls', req.query.d, '-la'];\n  const gone = parts.splice(1, 1);";
    expect(cmdi(cols, "parts.join(' ')")).toBe(false);
    expect(cmdi(cols, "gone[0]")).toBe(true);
    expect(
      cmdi("  const parts = ['ls', req.query.d, '-la'];\n  const gone = parts.splice(2, 1);", "gone[0]"),
    ).toBe(false);
  });

  it("reads JSON.parse(JSON.stringify(x)) as a copy of x, not as quoted JSON text", () => {
    const code = (body: string, src: string) =>
      analyzeSync(
        "const app = require('express')();\n" +
          `app.post('/a', (req, res) => {\n${body}\n  const fn = new Function('row', ${src});\n  res.json(fn(1));\n});\n`,
        { language: "javascript", rules: ["JS-CODE-001"] },
      ).findings.length > 0;
    const copy = "  const p = JSON.parse(JSON.stringify(req.body));";
    expect(code(copy, "'return ' + p.expression")).toBe(true);
    expect(code(copy, "'return row * 2'")).toBe(false);
    // (the JSON text itself, spliced into code, stays a literal)
    expect(code("", "'return ' + JSON.stringify(req.body.expression)")).toBe(false);
  });

  it("binds a helper's trailing rest parameter and a tagged template's values to this call's arguments", () => {
    const xss = (tag: string) =>
      analyzeSync(
        "function esc(s) {\n  return String(s).replace(/[&<>\"']/g, (c) => '&#' + c.charCodeAt(0) + ';');\n}\n" +
          `const tag = ${tag};\n` +
          "const q = new URLSearchParams(location.search);\ndocument.body.innerHTML = tag`<b>${q.get('u')}</b>`;\n",
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(xss("(strings, ...values) => strings.reduce((out, s, i) => out + esc(values[i - 1]) + s)")).toBe(
      false,
    );
    expect(xss("(strings, ...values) => strings[0] + esc(values[0]) + strings[1]")).toBe(false);
    expect(xss("(strings, ...values) => strings.reduce((out, s, i) => out + values[i - 1] + s)")).toBe(true);
    expect(xss("(strings, ...values) => strings[0] + values[0] + strings[1]")).toBe(true);
    // (a rest parameter of a plain helper reads that call's arguments from its place on)
    const cmd = (read: string) =>
      cmdi(
        "",
        `join('ls', ${read})`,
        "function join(first, ...rest) {\n  return first + ' ' + rest.join(' ');\n}\n",
      );
    expect(cmd("'/srv'")).toBe(false);
    expect(cmd("'/srv', req.query.d")).toBe(true);
  });

  it("reads a closure's captured variable as it stands at the closure's calls in the declaring function", () => {
    const run = (body: string) => cmdi(body, "'ls ' + read()");
    expect(run("  let d = req.query.d;\n  const read = () => d;\n  d = '/srv';")).toBe(false);
    expect(run("  let d = '/srv';\n  const read = () => d;\n  d = req.query.d;")).toBe(true);
    expect(run("  let d = '/srv';\n  const read = () => d;")).toBe(false);
    // (a closure handed on may run anywhere: every value counts)
    expect(
      run("  let d = req.query.d;\n  const read = () => d;\n  setTimeout(read, 10);\n  d = '/srv';"),
    ).toBe(true);
  });

  it("reads an item at a constant index of flat / flatMap / concat on known arrays, inline", () => {
    const g = "  const groups = [['id', 'total'], [req.query.x]];";
    expect(cmdi(g, "'ls ' + groups.flatMap((r) => r)[1]")).toBe(false);
    expect(cmdi(g, "'ls ' + groups.flat()[0]")).toBe(false);
    expect(cmdi(g, "'ls ' + groups.flatMap((r) => r)[2]")).toBe(true);
    expect(cmdi(g, "'ls ' + groups.flatMap((r) => r)[req.query.i]")).toBe(true);
  });

  it("reads a helper's obj[key] at this call's object literal and constant key", () => {
    const pick = "function pick(obj, key) {\n  return obj[key];\n}\n";
    const row = "  const row = { dir: req.query.d, tool: 'ls' };";
    expect(cmdi(row, "pick(row, 'tool')", pick)).toBe(false);
    expect(cmdi(row, "pick(row, 'dir')", pick)).toBe(true);
    expect(cmdi(row, "pick(row, req.query.k)", pick)).toBe(true);
    expect(cmdi(row + "\n  pick(row, 'dir');", "pick(row, 'tool')", pick)).toBe(false);
  });

  it("reads a container member as what the class's methods store into it, by key and per instance", () => {
    const box = (init: string, put: string, take: string) =>
      `class Box {\n  ${init}\n  put(k, v) { ${put}; return this; }\n  take(k) { return ${take}; }\n  all() { return this.items.join(' '); }\n  get(k) { return ${take}; }\n}\n`;
    const map = box("constructor() { this.items = new Map(); }", "this.items.set(k, v)", "this.items.get(k)");
    const obj = box("#items = {};", "this.#items[k] = v", "this.#items[k]").replace(
      /this\.items/g,
      "this.#items",
    );
    const arr = box("items = [];", "this.items.push(v)", "this.items.at(0)");
    const two = "  const b = new Box().put('dir', req.query.d).put('tool', 'ls');";
    for (const cls of [map, obj]) {
      expect(cmdi(two, "b.take('dir')", cls)).toBe(true);
      expect(cmdi(two, "b.get('dir')", cls)).toBe(true);
      expect(cmdi(two, "b.take('tool')", cls)).toBe(false);
      // another instance's store is not in this one
      expect(cmdi(two + "\n  const c = new Box().put('dir', 'tmp');", "c.take('dir')", cls)).toBe(false);
    }
    expect(cmdi("  const b = new Box();\n  b.put(0, req.query.d);", "b.all()", arr)).toBe(true);
    expect(cmdi("  const b = new Box();\n  b.put(0, 'ls');", "b.all()", arr)).toBe(false);
  });
});

describe("receivers of a class declared in the file (batch125)", () => {
  const shell =
    "class Cmd {\n  constructor(bin, arg) { this.bin = bin; this.arg = arg; }\n  line() { return this.bin + ' ' + this.arg; }\n  toString() { return this.line(); }\n}\n" +
    "class Du extends Cmd {\n  constructor() { super('du', '-sh /data'); }\n}\n" +
    "class Ping extends Cmd {\n  constructor(host) { super('ping -c 1', host); }\n  static of(q) { return new Ping(q.host); }\n  static local() { return new this('127.0.0.1'); }\n}\n" +
    "class Checked extends Cmd {\n  constructor(host) { super('ping', /^[a-z0-9.-]+$/i.test(host) ? host : 'localhost'); }\n}\n";

  it("follows super(...) arguments into the base class's this.x, per instance", () => {
    expect(cmdi("", "new Du().line()", shell)).toBe(false);
    expect(cmdi("", "new Ping(req.query.h).line()", shell)).toBe(true);
    expect(cmdi("", "new Checked(req.query.h).line()", shell)).toBe(false);
    expect(cmdi("  const c = new Ping('localhost');", "c.line()", shell)).toBe(false);
  });

  it("runs static factories (new this(...) included) and an instance's own toString read as text", () => {
    expect(cmdi("", "Ping.of(req.query).line()", shell)).toBe(true);
    expect(cmdi("", "String(Ping.local())", shell)).toBe(false);
    expect(cmdi("  const c = req.query.v ? Ping.local() : new Du();", "`${c}`", shell)).toBe(false);
    expect(cmdi("  const c = new Ping(req.query.h);", "`${c} -W 2`", shell)).toBe(true);
  });

  it("dispatches this.m() and getters to the most-derived override, mixins and abstract classes included", () => {
    const tpl =
      "const cp = require('child_process');\nconst app = require('express')();\n" +
      "abstract class Job {\n  protected abstract get target(): string;\n  protected get flags(): string { return '-q'; }\n  cmd(): string { return 'sync ' + this.flags + ' ' + this.target; }\n}\n" +
      "class Fixed extends Job {\n  protected get target() { return '/srv'; }\n}\n" +
      "class Raw extends Job {\n  constructor(private readonly dir: string) { super(); }\n  protected get target() { return this.dir; }\n}\n" +
      "class Listed extends Raw {\n  protected get target() { return ['a', 'b'].includes(super.target) ? super.target : 'a'; }\n}\n" +
      "const Loud = <B extends new (...a: any[]) => Job>(Base: B) => class extends Base {\n  protected get flags() { return '-v'; }\n};\n" +
      "class LoudRaw extends Loud(Raw) {}\n";
    const found = (expr: string) =>
      analyzeSync(tpl + `app.get('/a', (req, res) => {\n  cp.exec(${expr});\n});\n`, {
        language: "typescript",
        rules: ["JS-CMDI-001"],
      }).findings.some((f) => f.severity !== "LOW");
    expect(found("new Fixed().cmd()")).toBe(false);
    expect(found("new Raw(String(req.query.d)).cmd()")).toBe(true);
    expect(found("new Listed(String(req.query.d)).cmd()")).toBe(false);
    expect(found("new LoudRaw(String(req.query.d)).cmd()")).toBe(true);
    expect(found("new LoudRaw('/tmp').cmd()")).toBe(false);
  });
});

describe("methods handed over by reference (batch125)", () => {
  it("reads xs.map(this.m), this.m.bind(this) and an arrow-function field as m over the array's elements", () => {
    const cls = (extra = "") =>
      "const SQ = \"'\";\nclass Tar {\n  clean = (s) => s.replace(/[^A-Za-z0-9_.-]/g, '');\n" +
      "  quote(s) { return SQ + s.split(SQ).join(SQ + '\"' + SQ + '\"' + SQ) + SQ; }\n  same(s) { return s; }\n" +
      "  line(files, how) { return 'tar czf out.tgz ' + files.map(how === 1 ? this.quote : this.same).join(' '); }\n" +
      "  q(files) { return 'tar czf out.tgz ' + files.map(this.quote).join(' '); }\n" +
      "  b(files) { return 'tar czf out.tgz ' + files.map(this.quote.bind(this)).join(' '); }\n" +
      "  c(files) { return 'tar czf out.tgz ' + files.map(this.clean).join(' '); }\n" +
      "  raw(files) { return 'tar czf out.tgz ' + files.map(this.same).join(' '); }\n}\n" +
      extra +
      "const tar = new Tar();\n";
    const files = "  const files = [].concat(req.query.f);";
    expect(cmdi(files, "tar.q(files)", cls())).toBe(false);
    expect(cmdi(files, "tar.b(files)", cls())).toBe(false);
    expect(cmdi(files, "tar.c(files)", cls())).toBe(false);
    expect(cmdi(files, "tar.raw(files)", cls())).toBe(true);
    // `files.map(tar.quote)` from outside the class, and `'...' + s.split("'").join(...) + "'"` itself.
    expect(cmdi(files, "'tar czf o.tgz ' + files.map(tar.quote).join(' ')", cls())).toBe(false);
    expect(cmdi(files, "'tar czf o.tgz ' + files.map(tar.same).join(' ')", cls())).toBe(true);
    // A subclass overriding quote with a pass-through: `this.quote` may be either.
    const sub = "class Loose extends Tar {\n  quote(s) { return s; }\n}\n";
    expect(cmdi(files, "new Loose().q(files)", cls(sub))).toBe(true);
  });

  it("reads items.map(this.escape) in a class as escaped markup and items.map(this.identity) as the items", () => {
    const html = (method: string) =>
      analyzeSync(
        "const express = require('express');\nconst escapeHtml = require('escape-html');\nconst app = express();\n" +
          "class List {\n  constructor(items) { this.items = items; }\n  escape(s) { return escapeHtml(String(s)); }\n" +
          "  identity(s) { return String(s); }\n" +
          `  html() { return '<ul>' + this.items.map(this.${method}).map((s) => '<li>' + s + '</li>').join('') + '</ul>'; }\n}\n` +
          "app.get('/', (req, res) => {\n  res.send(new List([].concat(req.query.t)).html());\n});\n",
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(html("escape")).toBe(false);
    expect(html("identity")).toBe(true);
  });
});

describe("a receiver's member vetted by a condition (batch125)", () => {
  it("reads this.p as vetted on the side a condition on it picks, through super getters too", () => {
    const ts = (expr: string, sides = "super.cmd : 'true'") =>
      analyzeSync(
        "const cp = require('child_process');\nconst app = require('express')();\nconst OK = new Set(['main', 'dev']);\n" +
          "class D {\n  constructor(b) { this.b = b; }\n  get cmd() { return 'git checkout ' + this.b; }\n}\n" +
          `class Checked extends D {\n  get cmd() { return OK.has(this.b) ? ${sides}; }\n}\n` +
          "class Wrong extends D {\n  get cmd() { return OK.has(this.other) ? super.cmd : 'true'; }\n}\n" +
          `app.post('/d', (req, res) => {\n  cp.exec(${expr});\n});\n`,
        { language: "javascript", rules: ["JS-CMDI-001"] },
      ).findings.length > 0;
    expect(ts("new Checked(req.body.b).cmd")).toBe(false);
    expect(ts("new Wrong(req.body.b).cmd")).toBe(true);
    expect(ts("new D(req.body.b).cmd")).toBe(true);
    // (the other side is not vetted)
    expect(ts("new Checked(req.body.b).cmd", "'true' : super.cmd")).toBe(true);
  });
});

describe("prototype-style classes and Object.create copies (batch125)", () => {
  const P =
    "const cp = require('child_process');\nconst app = require('express')();\n" +
    "function Job(dir) {\n  this.dir = dir;\n}\nJob.prototype.cmd = function () {\n  return 'ls ' + this.dir;\n};\n";
  const run = (src: string) =>
    analyzeSync(P + src, { language: "javascript", rules: ["JS-CMDI-001"] }).findings.some(
      (f) => f.severity !== "LOW",
    );
  it("dispatches to Foo.prototype.m with the constructor's stores bound to the new call", () => {
    expect(run("app.get('/a', (req, res) => {\n  cp.exec(new Job(req.query.d).cmd());\n});\n")).toBe(true);
    expect(run("app.get('/a', (req, res) => {\n  cp.exec(new Job('/srv').cmd());\n});\n")).toBe(false);
  });

  it("reads this.p in a prototype method from the receivers the file calls it on", () => {
    const inside =
      "function Up(base) {\n  this.base = base;\n}\nUp.prototype.go = function (p) {\n  cp.exec('curl ' + this.base + p);\n};\n";
    // (request data: CRITICAL, not the HIGH of a value nothing is known about)
    const crit = (src: string) =>
      analyzeSync(P + src, { language: "javascript", rules: ["JS-CMDI-001"] }).findings.map(
        (f) => f.severity,
      );
    expect(crit(inside + "app.get('/a', (req, res) => {\n  new Up(req.query.o).go('/x');\n});\n")).toEqual([
      "CRITICAL",
    ]);
  });

  it("keeps an Object.create copy's own stores and methods to that copy", () => {
    const copy =
      "const base = new Job('/srv');\nconst audit = Object.create(Job.prototype);\naudit.cmd = function () {\n  return 'true';\n};\n";
    expect(run(copy + "app.get('/a', (req, res) => {\n  cp.exec(audit.cmd());\n});\n")).toBe(false);
    expect(
      run(
        copy +
          "app.get('/a', (req, res) => {\n  const j = Object.create(base);\n  j.dir = req.query.d;\n  cp.exec(j.cmd());\n});\n",
      ),
    ).toBe(true);
    expect(
      run(
        copy +
          "app.get('/a', (req, res) => {\n  const j = Object.create(base);\n  j.dir = req.query.d;\n  res.end();\n});\n" +
          "app.get('/b', (req, res) => {\n  cp.exec(base.cmd());\n});\n",
      ),
    ).toBe(false);
  });

  it("reads a value on the true side of a conditional that vets it as vetted", () => {
    expect(cmdi("  const t = ['a', 'b'].includes(req.query.t) ? 'ls ' + req.query.t : 'ls';", "t")).toBe(
      false,
    );
    expect(cmdi("  const t = req.query.x ? 'ls ' + req.query.t : 'ls';", "t")).toBe(true);
  });
});

describe("instances kept on app.locals (batch125)", () => {
  it("reads req.app.locals.x as the instances the file stores there, their fields set in other handlers included", () => {
    const html = (store: string) =>
      analyzeSync(
        "const express = require('express');\nconst app = express();\n" +
          "class Motd {\n  constructor() { this.text = 'none'; }\n  html() { return '<div>' + this.text + '</div>'; }\n}\n" +
          "app.locals.motd = new Motd();\n" +
          `app.post('/motd', (req, res) => {\n  req.app.locals.motd.text = ${store};\n  res.end();\n});\n` +
          "app.get('/motd', (req, res) => {\n  res.send(req.app.locals.motd.html());\n});\n",
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(html("String(req.body.text)")).toBe(true);
    expect(html("'fixed'")).toBe(false);
  });
});

describe("paths the program makes for itself (sample12js)", () => {
  // (answer mode: the levels are what is tested; in a repository a command-line tool's argv is LOW by policy)
  const cmdiLines = (code: string, language: "javascript" | "typescript" = "javascript") =>
    analyzeSync(code, { language, rules: ["JS-CMDI-001"], context: "answer" }).findings.map(
      (f) => `${f.line} ${f.severity}`,
    );
  it("reads a mkdtemp directory, ESM's own location and the node binary as constants", () => {
    const code = [
      "import { execSync, spawn } from 'node:child_process';",
      "import { mkdtempSync } from 'node:fs';",
      "import os from 'node:os';",
      "import path, { dirname, resolve } from 'node:path';",
      "import { fileURLToPath } from 'node:url';",
      "const __dirname = dirname(fileURLToPath(import.meta.url));",
      "const cli = resolve(__dirname, 'cli.mjs');",
      "const mkTmpDir = () => mkdtempSync(path.join(os.tmpdir(), 'app-'));",
      "export function a() { const bare = mkTmpDir(); execSync(`git init --bare ${bare}`); }",
      "export function b() { execSync(`node ${cli} --help`); }",
      "export function c() { execSync(`npm install ${new URL('..', import.meta.url)}`); }",
      "export function d() { spawn(process.argv[0], [resolve(__dirname, 'worker.js')], { detached: true }); }",
      "export function e(dir) { execSync(`git init ${mkdtempSync(dir)}`); }",
      "export function f() { spawn(process.argv[2], []); }",
      "export function g(name) { execSync(`node ${resolve(__dirname, name)}`); }",
    ].join("\n");
    expect(cmdiLines(code)).toEqual(["13 HIGH", "14 CRITICAL", "15 HIGH"]);
  });
});

describe("Sails' req.options (sample12js)", () => {
  it("reads the route's configured options on req.options as no request data", () => {
    const code = [
      "module.exports = function findOne(req, res) {",
      "  const populates = {};",
      "  populates[req.options.alias].omit = req.param('omit').split(',');",
      "  populates[req.query.alias].omit = req.param('omit').split(',');",
      "  return res.view(req.options.view || req.options.action.replace(/\\./g, '/'), {});",
      "};",
    ].join("\n");
    const found = analyzeSync(code, {
      language: "javascript",
      rules: ["JS-PROTO-001", "JS-PATH-001"],
    }).findings;
    expect(found.map((f) => `${f.line} ${f.rule_id}`)).toEqual(["4 JS-PROTO-001"]);
  });
});

describe("class hierarchies, third round (batch129)", () => {
  it("reads a member a method stores from the calls of that method on the same instance only", () => {
    const sql = (handlers: string) =>
      analyzeSync(
        "const app = require('express')();\nconst pool = require('mysql2').createPool({});\n" +
          "class Q {\n  constructor(t) { this.t = t; this.order = ''; }\n" +
          "  orderBy(c) { this.order = ' ORDER BY ' + c; return this; }\n" +
          "  build() { return 'SELECT * FROM ' + this.t + this.order; }\n}\n" +
          "class SafeQ extends Q {\n  orderBy(c) { return super.orderBy(['a', 'b'].includes(c) ? c : 'id'); }\n}\n" +
          handlers,
        { language: "javascript", rules: ["JS-SQLI-001"] },
      )
        .findings.map((f) => f.line)
        // (the handlers' lines: the SQL text built in the class is a finding of its own)
        .filter((l) => l > 9);
    const plain = "app.get('/a', (req, res) => {\n  pool.query(new Q('t').build());\n});\n";
    const sorted =
      "app.get('/b', (req, res) => {\n  pool.query(new Q('t').orderBy(req.query.s).build());\n});\n";
    const safe =
      "app.get('/c', (req, res) => {\n  pool.query(new SafeQ('t').orderBy(req.query.s).build());\n});\n";
    // (the plain builder's order is never set from the request: only the sorted one's is)
    expect(sql(plain + sorted)).toEqual([15]);
    expect(sql(plain + safe)).toEqual([]);
    expect(sql(sorted)).toEqual([12]);
  });
});

describe("static members behind TypeScript modifiers (batch129)", () => {
  it("reads `private static readonly X = ...` as the static field it is", () => {
    const run = (mods: string, store = "") =>
      analyzeSync(
        "import express from 'express';\nimport { exec } from 'child_process';\n" +
          `class Dirs {\n  ${mods} ROOTS: Record<string, string> = { data: '/srv/data' };\n}\n` +
          "const app = express();\n" +
          `app.get('/a', (req, res) => {\n${store}  exec('ls ' + Dirs.ROOTS['data']);\n});\n`,
        { language: "typescript", rules: ["JS-CMDI-001"] },
      ).findings.length > 0;
    expect(run("static")).toBe(false);
    expect(run("private static readonly")).toBe(false);
    expect(run("public static")).toBe(false);
    expect(run("private static", "  Dirs.ROOTS = req.query as any;\n")).toBe(true);
  });
});

describe("a URL builder's fixed origin (batch129)", () => {
  it("reads a URL whose pieces before the first '/', '?' or '#' are the program's own as no host choice", () => {
    const ssrf = (
      ctor: string,
      calls: string,
      tail = "'/' + this.segs.join('/') + '?' + this.qs.toString()",
    ) =>
      analyzeSync(
        "import express from 'express';\nimport axios from 'axios';\n" +
          "class Url {\n  private segs: string[] = [];\n  private qs = new URLSearchParams();\n" +
          "  constructor(private base: string) {}\n" +
          "  path(s: string): this { this.segs.push(encodeURIComponent(s)); return this; }\n" +
          "  query(k: string, v: string): this { this.qs.set(k, v); return this; }\n" +
          `  toString(): string { return this.base.replace(/\\/$/, '') + ${tail}; }\n}\n` +
          "const app = express();\n" +
          `app.get('/a', async (req, res) => {\n  const u = new Url(${ctor})${calls};\n  res.json((await axios.get(u.toString())).data);\n});\n`,
        { language: "typescript", rules: ["JS-SSRF-001"] },
      ).findings.length > 0;
    const calls = ".path(req.params.id).query('q', String(req.query.q))";
    expect(ssrf("'http://users.internal'", calls)).toBe(false);
    expect(ssrf("String(req.query.base)", calls)).toBe(true);
    // (a piece right after 'https:' or a '/' starts the host)
    expect(ssrf("'http:'", calls, "'//' + req.query.h + '/x'")).toBe(true);
    expect(ssrf("'http://users.internal'", calls, "String(req.query.h) + '/x'")).toBe(true);
  });
});

describe("a service held in a member (batch129)", () => {
  const SVC =
    "class Files {\n  private readonly root = '/var/reports';\n" +
    "  flat(n: string) { return path.join(this.root, path.basename(n)); }\n" +
    "  joined(n: string) { return path.join(this.root, n); }\n}\n";
  const read = (ctl: string, call: string) =>
    analyzeSync(
      "import * as fs from 'fs';\nimport * as path from 'path';\nimport express from 'express';\n" +
        SVC +
        `class Ctl {\n  ${ctl}\n  get(req: any) { return fs.readFileSync(this.files.${call}(req.query.n)); }\n}\n`,
      { language: "typescript", rules: ["JS-PATH-001"] },
    ).findings.some((f) => f.severity === "HIGH");
  it("dispatches this.p.m(...) to the class a parameter property's type names (an injected service)", () => {
    expect(read("constructor(private readonly files: Files) {}", "flat")).toBe(false);
    expect(read("constructor(private readonly files: Files) {}", "joined")).toBe(true);
  });
  it("dispatches this.p.m(...) to the instances the constructor is given at each new", () => {
    const js = (arg: string, call: string) =>
      analyzeSync(
        "const fs = require('fs');\nconst path = require('path');\nconst app = require('express')();\n" +
          "class Files {\n  constructor(root) { this.root = root; }\n" +
          "  flat(n) { return path.join(this.root, path.basename(n)); }\n" +
          "  joined(n) { return path.join(this.root, n); }\n}\n" +
          "class Loose extends Files {\n  flat(n) { return path.join(this.root, n); }\n}\n" +
          `class Ctl {\n  constructor(files) { this.files = files; }\n  get(req, res) { res.send(fs.readFileSync(this.files.${call}(req.query.n))); }\n}\n` +
          `const ctl = new Ctl(${arg});\napp.get('/f', ctl.get.bind(ctl));\n`,
        { language: "javascript", rules: ["JS-PATH-001"] },
      ).findings.some((f) => f.severity === "HIGH");
    expect(js("new Files('/srv')", "flat")).toBe(false);
    expect(js("new Files('/srv')", "joined")).toBe(true);
    expect(js("new Loose('/srv')", "flat")).toBe(true);
  });
});

describe("a member read in a handler handed over by reference (batch129)", () => {
  it("reads this.p in a class-field arrow from the arguments of every new of the class", () => {
    const run = (arg: string, exported = "") =>
      analyzeSync(
        "const { exec } = require('child_process');\nconst app = require('express')();\n" +
          `${exported}class Deploy {\n  constructor(dir) { this.dir = dir; }\n` +
          "  status = (req, res) => {\n    exec(`git -C ${this.dir} status`, () => res.end());\n  };\n}\n" +
          `const d = new Deploy(${arg});\napp.get('/s', d.status);\n`,
        { language: "javascript", rules: ["JS-CMDI-001"] },
      ).findings.length > 0;
    expect(run("'/srv/app'")).toBe(false);
    expect(run("process.argv[2]")).toBe(true);
    // (an exported class may be made elsewhere, with any directory)
    expect(run("'/srv/app'", "export ")).toBe(true);
  });
});

describe("a receiver passed to a helper (batch129)", () => {
  it("reads a helper's parameter as the receivers every call of the helper passes", () => {
    const run = (made: string, also = "") =>
      analyzeSync(
        "const app = require('express')();\n" +
          "class Flow {\n  constructor(req) { this.req = req; }\n  get back() { return String(this.req.query.back); }\n}\n" +
          "class Home extends Flow {\n  get back() { return '/home'; }\n}\n" +
          "function finish(flow, res) {\n  res.redirect(flow.back);\n}\n" +
          `app.get('/a', (req, res) => finish(${made}, res));\n${also}`,
        { language: "javascript", rules: ["JS-REDIR-001"] },
      ).findings.length > 0;
    expect(run("new Home(req)")).toBe(false);
    expect(run("new Flow(req)")).toBe(true);
    expect(run("new Home(req)", "app.get('/b', (req, res) => finish(new Flow(req), res));\n")).toBe(true);
    // (handed over by name: its callers are out of view)
    expect(run("new Home(req)", "module.exports = finish;\n")).toBe(true);
  });
});

describe("a method's exit guard on the receiver's members (batch129)", () => {
  it("reads this.p as vetted past `if (!RE.test(this.p)) throw` in the method, super calls included", () => {
    const run = (guard: string) =>
      analyzeSync(
        "const cp = require('child_process');\nconst app = require('express')();\n" +
          "class Job {\n  constructor(f) { this.f = f; }\n  args() { return ['convert', this.f]; }\n  line() { return this.args().join(' '); }\n}\n" +
          `class Checked extends Job {\n  args() {\n    ${guard}\n    return super.args();\n  }\n}\n` +
          "app.post('/r', (req, res) => {\n  cp.exec(new Checked(req.body.f).line());\n});\n",
        { language: "javascript", rules: ["JS-CMDI-001"] },
      ).findings.length > 0;
    expect(run("if (!/^\\w+\\.png$/.test(this.f)) throw new Error('bad');")).toBe(false);
    expect(run("if (!/^\\w+\\.png$/.test(this.g) || !this.f) throw new Error('bad');")).toBe(true);
    // (a guard that does not leave vets nothing)
    expect(run("if (!/^\\w+\\.png$/.test(this.f)) console.log('bad');")).toBe(true);
  });
});

describe("net.isIP as an exit guard (batch129)", () => {
  it("reads `if (isIP(x) === 0) throw` as a validator guard", () => {
    const pre = "const { isIP } = require('net');\n";
    expect(
      cmdi(
        "  const t = String(req.query.t);\n  if (isIP(t) === 0) throw new Error('no');",
        "'ping ' + t",
        pre,
      ),
    ).toBe(false);
    expect(
      cmdi(
        "  const t = String(req.query.t);\n  if (isIP(t) === 4) throw new Error('no');",
        "'ping ' + t",
        pre,
      ),
    ).toBe(true);
    expect(
      cmdi("  const t = String(req.query.t);\n  if (isIP(t) === 0) console.log('no');", "'ping ' + t", pre),
    ).toBe(true);
  });
});

describe("prototype method parameters from their callers (batch125)", () => {
  it("reads a prototype method's parameter as what every o.m(...) call on a known receiver passes", () => {
    const run = (arg: string, also = "") =>
      analyzeSync(
        "const db = require('mysql').createConnection({});\nconst app = require('express')();\n" +
          "function Repo(table) {\n  this.table = table;\n}\n" +
          "Repo.prototype.find = function (col, value, cb) {\n  db.query('SELECT * FROM ' + this.table + ' WHERE ' + col + ' = ?', [value], cb);\n};\n" +
          "const products = new Repo('products');\n" +
          `app.get('/p', (req, res) => {\n  products.find(${arg}, req.query.v, (e, rows) => res.json(rows));\n});\n${also}`,
        { language: "javascript", rules: ["JS-SQLI-001"] },
      ).findings.length > 0;
    expect(run("'name'")).toBe(false);
    expect(run("req.query.col")).toBe(true);
    // (the constructor exported, or the method handed over: callers out of view)
    expect(run("'name'", "module.exports = Repo;\n")).toBe(true);
    expect(run("'name'", "module.exports = products.find;\n")).toBe(true);
  });
});

describe("identifier quoting helpers named by dialect (11th JS sample)", () => {
  const sqli = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-SQLI-001"] }).findings.map((f) => f.line);
  it("reads an imported escape<Dialect>Identifier as an identifier quoter, in TypeScript's compiled call form too", () => {
    const code = [
      "const escape_identifier_1 = require('./escape-identifier');",
      "const { Client } = require('pg');",
      "const client = new Client();",
      "module.exports = async function setSchema(req, res) {",
      "  await client.query(`SET search_path TO ${(0, escape_identifier_1.escapePostgresIdentifier)(req.query.s)}`);",
      "  await client.query(`SET search_path TO ${req.query.s}`);",
      "  res.end();",
      "};",
    ].join("\n");
    expect(sqli(code)).toEqual([6]);
  });
  it("does not trust a function of this file by that name", () => {
    const code = [
      "const { Client } = require('pg');",
      "const client = new Client();",
      "function escapePostgresIdentifier(s) { return s; }",
      "module.exports = async function setSchema(req, res) {",
      "  await client.query(`SET search_path TO ${escapePostgresIdentifier(req.query.s)}`);",
      "  res.end();",
      "};",
    ].join("\n");
    expect(sqli(code)).toEqual([5]);
  });
});

describe("module aliases held in names (JavaScript/TypeScript)", () => {
  const cp = "const cp = require('child_process');\n";
  const route = (body: string) => `app.get('/a', (req, res) => {\n${body}\n});\n`;
  it("reads members destructured from a module held in a name, renamed or not, as that module's members", () => {
    expect(
      found(cp + "const { exec: run } = cp;\n" + route("  run('du ' + req.query.d);"), "JS-CMDI-001"),
    ).toEqual(["4:CRITICAL"]);
    // .call / Reflect.apply on the renamed member too.
    const via = route(
      "  run.call(null, 'du ' + req.query.d);\n  Reflect.apply(run, cp, ['du ' + req.query.d]);",
    );
    expect(found(cp + "const { exec: run } = cp;\n" + via, "JS-CMDI-001")).toEqual([
      "4:CRITICAL",
      "5:CRITICAL",
    ]);
    // A name destructured twice (two scopes) is no alias.
    const twice = "const { exec: run } = cp;\nfunction f() {\n  const { run } = helpers;\n  return run;\n}\n";
    expect(found(cp + twice + route("  run('du ' + req.query.d);"), "JS-CMDI-001")).toEqual([]);
  });
  it("reads a module's function bound to a this, and a member named by a constant, as that function", () => {
    const bound = route("  const dig = cp.execSync.bind(cp);\n  dig('dig ' + req.query.d);");
    expect(found(cp + bound, "JS-CMDI-001")).toEqual(["4:CRITICAL"]);
    // A bound argument shifts the parameters: no alias.
    const pre = route("  const dig = cp.execFileSync.bind(cp, 'dig');\n  dig(req.query.d);");
    expect(found(cp + pre, "JS-CMDI-001")).toEqual([]);
    const keyed = route("  const m = 'execSync';\n  cp[m]('cat ' + req.query.f);");
    expect(found(cp + keyed, "JS-CMDI-001")).toEqual(["4:CRITICAL"]);
  });
  it("reads a class field initialised to a module's function as that function, and enum members as constants", () => {
    const klass = (init: string, arg: string) =>
      "import { execSync } from 'child_process';\nenum Tool {\n  Df = 'df -h',\n  Up = 'uptime',\n}\n" +
      `export class Ops {\n  private readonly shell = ${init};\n  run(q: string) {\n    return this.shell(${arg});\n  }\n}\n`;
    expect(found(klass("execSync", "'journalctl -u ' + q"), "JS-CMDI-001", "typescript")).toEqual(["9:HIGH"]);
    expect(found(klass("execSync", "q === 'df' ? Tool.Df : Tool.Up"), "JS-CMDI-001", "typescript")).toEqual(
      [],
    );
    expect(found(klass("(s: string) => s", "'journalctl -u ' + q"), "JS-CMDI-001", "typescript")).toEqual([]);
  });
});

describe("path guards and sanitisers (JavaScript)", () => {
  it("takes Koa's ctx.throw(...) after a failed allow-list test for an exit", () => {
    const koa = (then: string) =>
      "const Router = require('@koa/router');\nconst fs = require('fs');\nconst path = require('path');\n" +
      "const OK = new Set(['a.md']);\nconst router = new Router();\nrouter.get('/d/:n', (ctx) => {\n" +
      `  if (!OK.has(ctx.params.n)) ${then}\n  ctx.body = fs.createReadStream(path.join('/docs', ctx.params.n));\n});\n`;
    expect(found(koa("ctx.throw(404);"), "JS-PATH-001")).toEqual([]);
    expect(found(koa("{ ctx.throw(404, 'no such file'); }"), "JS-PATH-001")).toEqual([]);
    expect(found(koa("ctx.status = 404;"), "JS-PATH-001")).toEqual(["8:HIGH"]);
  });
  it("takes a separator-stripping replace followed by a dot-run collapse for a path sanitiser", () => {
    const dl = (clean: string) =>
      "const path = require('path');\napp.get('/d/:n', (req, res) => {\n" +
      `  const safe = req.params.n${clean};\n  res.download(path.join('/docs', safe));\n});\n`;
    expect(found(dl(".replace(/[^a-z0-9_.-]/gi, '').replace(/\\.\\.+/g, '.')"), "JS-PATH-001")).toEqual([]);
    expect(found(dl(".replace(/[^a-z0-9_.-]/gi, '').replace(/\\.{2,}/g, '')"), "JS-PATH-001")).toEqual([]);
    // '..' survives a separator strip alone, and a class spanning '/' keeps separators.
    expect(found(dl(".replace(/[^a-z0-9_.-]/gi, '')"), "JS-PATH-001")).toEqual(["4:HIGH"]);
    expect(found(dl(".replace(/[^a-z.-z]/gi, '').replace(/\\.\\.+/g, '.')"), "JS-PATH-001")).toEqual([
      "4:HIGH",
    ]);
  });
});

describe("class fields holding arrow functions (TypeScript)", () => {
  const ctl = (field: string, call: string) =>
    "import { Controller, Post, Body } from '@nestjs/common';\nimport { HttpService } from '@nestjs/axios';\n" +
    "import { firstValueFrom } from 'rxjs';\n@Controller('i')\nexport class C {\n" +
    `  constructor(private readonly http: HttpService) {}\n  private fetchJson = ${field};\n` +
    `  @Post()\n  async run(@Body() dto: { source?: string }) {\n    return ${call};\n  }\n}\n`;
  it("reads a field's arrow function's parameter from the this.field(...) calls, generic calls included", () => {
    const plain = "(url: string) => firstValueFrom(this.http.get(url))";
    expect(found(ctl(plain, "this.fetchJson(dto.source!)"), "JS-SSRF-001", "typescript")).toEqual([
      "7:HIGH",
      "10:HIGH",
    ]);
    // `await this.f<T>(x)` parses as a call of `await this.f` with type arguments.
    const generic = "<T>(url: string) => firstValueFrom(this.http.get<T>(url))";
    expect(
      found(ctl(generic, "await this.fetchJson<unknown[]>(dto.source!)"), "JS-SSRF-001", "typescript"),
    ).toEqual(["7:HIGH", "10:HIGH"]);
    expect(
      found(ctl(plain, "this.fetchJson('https://api.example.com/v1')"), "JS-SSRF-001", "typescript"),
    ).toEqual([]);
  });
});

describe("arithmetic other than + (JavaScript)", () => {
  it("makes a number of request data for markup and commands, keeps it for an allocation size", () => {
    const html = (expr: string) =>
      analyzeSync(
        `const n = document.getElementById('n').value;\nconst t = Date.now() - start;\ndocument.getElementById('o').innerHTML = ${expr};\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(html("(t / n) * 100")).toBe(false);
    expect(html("Math.round(t % n)")).toBe(false);
    expect(html("n + 1")).toBe(true);
    expect(html("n")).toBe(true);
    expect(cmdi("", "'sleep ' + (req.query.s * 2)")).toBe(false);
    expect(cmdi("", "'sleep ' + req.query.s")).toBe(true);
    const alloc = analyzeSync(
      "const app = require('express')();\napp.get('/b', (req, res) => res.send(Buffer.alloc(req.query.kb * 1024)));\n",
      { language: "javascript", rules: ["JS-BUF-001"] },
    ).findings.length;
    expect(alloc).toBeGreaterThan(0);
  });
});

describe("class fields initialised to constants (TypeScript)", () => {
  const vault = (extra: string) =>
    "import * as crypto from 'crypto';\nexport class Vault {\n  private readonly algorithm = 'aes-128-ecb';\n" +
    `  constructor(private key: Buffer) {}\n${extra}  seal(d: string) {\n` +
    "    return crypto.createCipheriv(this.algorithm, this.key, null).update(d, 'utf8', 'hex');\n  }\n}\n";
  it("reads this.field as its initialiser when nothing in the file writes the member", () => {
    expect(found(vault(""), "JS-CRYPTO-001", "typescript")).toEqual(["6:HIGH"]);
    // Written elsewhere (assigned, or the instance merged with options): no constant.
    const set = "  use(a: string) {\n    (this as any).algorithm = a;\n  }\n";
    expect(found(vault(set), "JS-CRYPTO-001", "typescript")).toEqual([]);
    const merged = "  configure(o: object) {\n    Object.assign(this, o);\n  }\n";
    expect(found(vault(merged), "JS-CRYPTO-001", "typescript")).toEqual([]);
  });
});

describe("the environment as the URL a program requests (JavaScript)", () => {
  it("takes process.env (dotted or by a computed name) for the operator's, the query for request data", () => {
    const ssrf = (code: string) =>
      analyzeSync(code, { language: "javascript", rules: ["JS-SSRF-001"] }).findings.map((f) => f.line);
    const code = [
      "const VARS = { URL: 'UPSTASH_URL' };",
      "class Apl {",
      "  constructor(config) { this.restURL = config?.restURL || process.env[VARS.URL]; }",
      "  send(body) { return fetch(this.restURL, { method: 'POST', body }); }",
      "}",
      "const ping = () => fetch(process.env.API_URL + '/health');",
      "const app = require('express')();",
      "app.get('/p', async (req, res) => res.send(await (await fetch(req.query.u)).text()));",
    ].join("\n");
    expect(ssrf(code)).toEqual([8]);
  });
});

describe("socket.io / ws client events as request data (JavaScript)", () => {
  it("takes a listener's arguments on a connection's socket for the client's, not the life-cycle events", () => {
    const ssrf = (server: string, listen: string, imports = "const { Server } = require('socket.io');\n") =>
      analyzeSync(
        imports + "const io = new Server(3000);\n" + `io.on('connection', ${server} => {\n  ${listen}\n});\n`,
        { language: "javascript", rules: ["JS-SSRF-001"] },
      ).findings.length > 0;
    expect(ssrf("(socket)", "socket.on('unfurl', (link, ack) => fetch(link).then(ack));")).toBe(true);
    expect(ssrf("socket", "socket.on('unfurl', ({ url }) => fetch(url));")).toBe(true);
    expect(
      ssrf(
        "(ws, req)",
        "ws.on('message', (raw) => fetch(JSON.parse(raw.toString()).url));",
        "const { WebSocketServer } = require('ws');\n",
      ),
    ).toBe(true);
    // The connection's own life cycle, another emitter, or a file with no socket server.
    expect(ssrf("(socket)", "socket.on('disconnect', (reason) => fetch(reason));")).toBe(false);
    expect(ssrf("(socket)", "bus.on('unfurl', (link) => fetch(link));")).toBe(false);
    expect(
      ssrf(
        "(socket)",
        "socket.on('unfurl', (link) => fetch(link));",
        "const { Server } = require('./server');\n",
      ),
    ).toBe(false);
  });
});

describe("Next.js request data beyond the handler's request (TypeScript)", () => {
  it("takes next/headers' headers() / cookies() and a page's or generateMetadata's params as request data", () => {
    const ssrf = (code: string) =>
      analyzeSync(code, { language: "typescript", rules: ["JS-SSRF-001"] }).findings.length > 0;
    const hdr = (imp: string) =>
      `${imp}\nexport async function GET() {\n  const u = (await headers()).get('x-u');\n  await fetch(u!);\n  return new Response('ok');\n}\n`;
    expect(ssrf(hdr("import { headers } from 'next/headers';"))).toBe(true);
    expect(ssrf(hdr("import { headers } from './config';"))).toBe(false);
    expect(
      ssrf(
        "import { cookies } from 'next/headers';\nexport async function GET() {\n  await fetch(cookies().get('u')!.value);\n  return new Response('ok');\n}\n",
      ),
    ).toBe(true);
    const page = (imp: string, head: string) =>
      `${imp}\n${head}({ params }: { params: { id: string } }) {\n  await fetch(params.id);\n  return null;\n}\n`;
    const next = "import { notFound } from 'next/navigation';";
    expect(ssrf(page(next, "export default async function Page"))).toBe(true);
    expect(ssrf(page("", "export async function generateMetadata"))).toBe(true);
    // A component that merely has a params prop, outside Next.js, or not the page itself.
    expect(ssrf(page("", "export default async function Card"))).toBe(false);
    expect(ssrf(page(next, "export async function Related"))).toBe(false);
  });
});

describe("markup-free allow-list replaces (JavaScript)", () => {
  it("takes a global replace of everything outside letters, digits, whitespace and plain punctuation as escaping", () => {
    const xss = (clean: string) =>
      analyzeSync(
        "const app = require('express')();\n" +
          `app.get('/a', (req, res) => {\n  const s = String(req.query.q)${clean};\n  res.send('<p>' + s + '</p>');\n});\n`,
        { language: "javascript", rules: ["JS-XSS-001"] },
      ).findings.length > 0;
    expect(xss(".replace(/[^\\w\\s]/g, '')")).toBe(false);
    expect(xss(".replace(/[^a-zA-Z0-9 .,-]/g, '')")).toBe(false);
    // A class that keeps a markup character, a range that spans them, the first match only, or a tag put back.
    expect(xss(".replace(/[^\\w<>]/g, '')")).toBe(true);
    expect(xss(".replace(/[^ -~]/g, '')")).toBe(true);
    expect(xss(".replace(/[^\\w]/, '')")).toBe(true);
    expect(xss(".replace(/[^\\w\\s]/g, '<')")).toBe(true);
  });
});

describe("switch cases as guards (JavaScript)", () => {
  it("takes the value switched on as one of the literal labels inside their cases", () => {
    const run = (cases: string) =>
      cmdi(`  const d = req.query.d;\n  let out = 'none';\n  switch (d) {\n${cases}\n  }`, "out");
    expect(run("    case 'a':\n    case 'b':\n      out = 'ls ' + d;\n      break;")).toBe(false);
    // A case someone else's text or the default can fall into, the default itself, a computed label.
    expect(run("    default:\n    case 'a':\n      out = 'ls ' + d;\n      break;")).toBe(true);
    expect(run("    case 'a':\n      break;\n    default:\n      out = 'ls ' + d;")).toBe(true);
    expect(run("    case req.query.e:\n      out = 'ls ' + d;\n      break;")).toBe(true);
  });
});

describe("tests held in a const (JavaScript)", () => {
  it("takes `const ok = <test of x>; if (!ok) return;` (or `if (ok)`) as that test of x", () => {
    const run = (body: string) => cmdi(`  const d = req.query.d;\n${body}`, "'ls ' + d");
    expect(run("  const ok = ['a', 'b'].includes(d);\n  if (!ok) return res.end();")).toBe(false);
    expect(run("  const valid = /^[a-z]+$/.test(d);\n  if (!valid) return res.end();")).toBe(false);
    // An unanchored pattern, a test of another value, a `let` that may change.
    expect(run("  const valid = /[a-z]+/.test(d);\n  if (!valid) return res.end();")).toBe(true);
    expect(run("  const ok = ['a'].includes(req.query.e);\n  if (!ok) return res.end();")).toBe(true);
    expect(run("  let ok = ['a', 'b'].includes(d);\n  ok = true;\n  if (!ok) return res.end();")).toBe(true);
  });
});

describe("view engines rendering a named view (JavaScript)", () => {
  it("takes Eta's render of a literal view name as escaped output unless the engine turned autoEscape off", () => {
    const page = (opts: string) =>
      `const express = require('express');\nconst { Eta } = require('eta');\nconst eta = new Eta(${opts});\nconst app = express();\napp.get('/p', (req, res) => {\n  res.send(eta.render('./profile', { name: req.query.name }));\n});\n`;
    expect(found(page("{ views: 'views' }"), "JS-XSS-001")).toEqual([]);
    expect(found(page("{ views: 'views', autoEscape: false }"), "JS-XSS-001")).toHaveLength(1);
  });
});

describe("text nodes (JavaScript)", () => {
  it("takes document.createTextNode(x) as text wherever it is inserted", () => {
    const page = (arg: string) =>
      `import $ from 'jquery';\nexport function show() {\n  const note = new URLSearchParams(location.search).get('note');\n  $('#note').append(${arg});\n}\n`;
    expect(found(page("document.createTextNode(note)"), "JS-XSS-001")).toEqual([]);
    expect(found(page("note"), "JS-XSS-001")).toHaveLength(1);
  });
});

describe("module state stored by handlers (JavaScript)", () => {
  it("reads a let another function stores into as each value stored, unless the reading function stored last", () => {
    const page = (decl: string, store: string, before = "") =>
      `${decl}\nwindow.addEventListener('message', (e) => {\n  ${store}\n});\nexport function render(el) {\n  ${before}\n  el.innerHTML = incoming;\n}\n`;
    expect(found(page("let incoming = '';", "incoming = e.data.html;"), "JS-XSS-001")).toHaveLength(1);
    expect(found(page("var incoming = '';", "incoming = e.data.html;"), "JS-XSS-001")).toHaveLength(1);
    expect(found(page("let incoming = '';", "incoming = '<b>' + 'x' + '</b>';"), "JS-XSS-001")).toEqual([]);
    // (the reading function's own store, which always runs before the read, is the value read)
    expect(
      found(page("let incoming = '';", "incoming = e.data.html;", "incoming = '<i>x</i>';"), "JS-XSS-001"),
    ).toEqual([]);
  });
});
