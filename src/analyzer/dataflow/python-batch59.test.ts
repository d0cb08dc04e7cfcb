import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;
const FLASK = "import os\nfrom flask import Flask, request, redirect, make_response\napp = Flask(__name__)\n";
const cmdi = (body: string, head = "") =>
  flagged(
    "PY-CMDI-001",
    FLASK + head + "@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n" + body,
  );

describe("Python data flow: OWASP-style value logic (py-web batch 59)", () => {
  it("reads a dict filled in a loop over literal (key, value) pairs at a constant key", () => {
    const loop = (read: string, rows = "(('name', p), ('status', 'on'))") =>
      cmdi(`    d = {}\n    for k, val in ${rows}:\n        d[k] = val\n    os.system(d['${read}'])\n`);
    expect(loop("name")).toBe(true);
    expect(loop("status")).toBe(false);
    // One name for the key, the same value each pass.
    expect(
      cmdi("    d = {}\n    for k in ('a', 'b'):\n        d[k] = 'x'\n    os.system(d['a'] + p)\n"),
    ).toBe(true);
    expect(cmdi("    d = {}\n    for k in ('a', 'b'):\n        d[k] = 'x'\n    os.system(d['a'])\n")).toBe(
      false,
    );
    // A loop that may stop early, or a value computed from the loop's names: any key.
    expect(
      cmdi(
        "    d = {'status': p}\n    for k, val in (('name', p), ('status', 'on')):\n        if k == 'x':\n            break\n        d[k] = val\n    os.system(d['status'])\n",
      ),
    ).toBe(true);
  });

  it("takes cookie flags from a dict filled in a loop, and skips an update in a branch that never runs", () => {
    const cookie = (code: string) =>
      flagged(
        "PY-COOKIE-001",
        FLASK + "@app.route('/c')\ndef c():\n    r = make_response('x')\n" + code + "    return r\n",
      );
    const loop = (flag: string) =>
      `    opts = {}\n    for k, val in (('httponly', True), ('secure', ${flag})):\n        opts[k] = val\n    r.set_cookie('sid', 'v', **opts)\n`;
    expect(cookie(loop("False"))).toBe(true);
    expect(cookie(loop("True"))).toBe(false);
    const dead = (env: string) =>
      flagged(
        "PY-COOKIE-001",
        FLASK +
          `SECURE_ENV = ${env}\n@app.route('/c')\ndef c():\n    r = make_response('x')\n    opts = {'httponly': True}\n    if SECURE_ENV:\n        opts['secure'] = True\n    r.set_cookie('sid', 'v', **opts)\n    return r\n`,
      );
    expect(dead("False")).toBe(true);
    expect(dead("True")).toBe(false);
  });

  it("works out a local function that returns one of its parameters, called with constants", () => {
    const flag = (args: string) =>
      flagged(
        "PY-COOKIE-001",
        FLASK +
          `def pick(a, b):\n    return a\nSECURE = pick(${args})\n@app.route('/c')\ndef c():\n    r = make_response('x')\n    r.set_cookie('sid', 'v', secure=SECURE, httponly=True)\n    return r\n`,
      );
    expect(flag("False, True")).toBe(true);
    expect(flag("True, False")).toBe(false);
    expect(flag("b=False, a=True")).toBe(false);
  });

  it("reads an item of list(map(...)) / list(filter(...)) over a literal at a constant position", () => {
    expect(cmdi("    xs = list(map(str.strip, [p, ' ok ']))\n    os.system(xs[0])\n")).toBe(true);
    expect(cmdi("    xs = list(map(str.strip, [p, ' ok ']))\n    os.system(xs[1])\n")).toBe(false);
    // A mapper that draws request data from a constant is no pure function of it.
    expect(cmdi("    xs = list(map(request.args.get, ['a', 'b']))\n    os.system(xs[1])\n")).toBe(true);
    expect(cmdi("    xs = list(map(lambda s: s + '!', [p, 'ok']))\n    os.system(xs[1])\n")).toBe(false);
    expect(cmdi("    xs = list(map(lambda s: s + p, [p, 'ok']))\n    os.system(xs[1])\n")).toBe(true);
    expect(cmdi("    xs = list(filter(None, [p, 'default']))\n    os.system(xs[-1])\n")).toBe(false);
    expect(cmdi("    xs = list(filter(None, [p, 'default']))\n    os.system(xs[0])\n")).toBe(true);
    expect(
      cmdi("    xs = list(filter(lambda s: s != 'skip', ['skip', p, 'admin']))\n    os.system(xs[-1])\n"),
    ).toBe(false);
    // 'admin' is dropped by the test: the last item kept may be p.
    expect(
      cmdi("    xs = list(filter(lambda s: s != 'admin', ['skip', p, 'admin']))\n    os.system(xs[-1])\n"),
    ).toBe(true);
  });

  it("reads the words of a split from the end inside a constant suffix", () => {
    expect(cmdi("    os.system((p + ' guest').split()[-1])\n")).toBe(false);
    expect(cmdi("    os.system((p + ' guest').split()[-2])\n")).toBe(true);
    expect(cmdi("    os.system((p + 'guest').split()[-1])\n")).toBe(true);
  });

  it("reads a config parser section written whole as a dict literal", () => {
    const cp = (opt: string) =>
      cmdi(
        `    cfg = configparser.ConfigParser()\n    cfg['s'] = {'keyA': 'a_Value', 'keyB': p}\n    os.system(cfg.get('s', '${opt}'))\n`,
        "import configparser\n",
      );
    expect(cp("keyB")).toBe(true);
    expect(cp("keyA")).toBe(false);
    // Option names fold to lower case: another spelling may be the tainted key.
    expect(cp("KEYB")).toBe(true);
    // Replaced since: unknown.
    expect(
      cmdi(
        "    cfg = configparser.ConfigParser()\n    cfg['s'] = {'keyA': 'a'}\n    cfg['s']['keyA'] = p\n    os.system(cfg.get('s', 'keyA'))\n",
        "import configparser\n",
      ),
    ).toBe(true);
  });

  it("resolves a method through a table of instances at a constant key, and through a factory function", () => {
    const classes =
      "class Pass:\n    def run(self, v):\n        return v\nclass Fixed:\n    def run(self, v):\n        return 'ok'\n";
    const inst = (key: string) =>
      cmdi(
        `    os.system(T[MODE].run(p))\n`,
        classes + `T = {'pass': Pass(), 'fixed': Fixed()}\nMODE = '${key}'\n`,
      );
    expect(inst("pass")).toBe(true);
    expect(inst("fixed")).toBe(false);
    const factory = (key: string) =>
      cmdi(
        `    os.system(make().run(p))\n`,
        classes + `K = {'pass': Pass, 'fixed': Fixed}\nMODE = '${key}'\ndef make():\n    return K[MODE]()\n`,
      );
    expect(factory("pass")).toBe(true);
    expect(factory("fixed")).toBe(false);
  });

  it("takes a class named only in table entries no read selects as code that never runs", () => {
    const hash = (key: string, more = "") =>
      flagged(
        "PY-HASH-001",
        FLASK +
          "import hashlib\nclass Weak:\n    def digest(self, b):\n        return hashlib.sha1(b).hexdigest()\nclass Strong:\n    def digest(self, b):\n        return hashlib.sha256(b).hexdigest()\n" +
          `H = {'weak': Weak, 'strong': Strong}\n${more}@app.route('/h')\ndef h():\n    return H['${key}']().digest(request.args['p'].encode())\n`,
      );
    expect(hash("weak")).toBe(true);
    expect(hash("strong")).toBe(false);
    // Named elsewhere too (a subclass, a direct call): it may run.
    expect(hash("strong", "class Sub(Weak):\n    pass\n")).toBe(true);
  });

  it("takes a Django safe-URL check in a conditional expression as a redirect guard", () => {
    const redir = (value: string) =>
      flagged(
        "PY-REDIR-001",
        "from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n" +
          `def v(request):\n    nxt = request.GET.get('next', '/')\n    target = ${value}\n    return redirect(target)\n`,
      );
    expect(
      redir("nxt if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}) else '/'"),
    ).toBe(false);
    expect(redir("'/' if url_has_allowed_host_and_scheme(nxt, allowed_hosts=None) else nxt")).toBe(true);
    expect(redir("nxt if url_has_allowed_host_and_scheme('/', allowed_hosts=None) else '/'")).toBe(true);
  });

  it("resolves a function picked from a slice of a literal list", () => {
    const rand = (slice: string) =>
      flagged(
        "PY-RAND-001",
        FLASK +
          `import random, secrets\n@app.route('/k')\ndef k():\n    gens = [random.getrandbits, secrets.randbits]\n    gen = gens[${slice}][0]\n    api_key = format(gen(128), 'x')\n    return {'api_key': api_key}\n`,
      );
    expect(rand(":1")).toBe(true);
    expect(rand("1:")).toBe(false);
    expect(rand("::-1")).toBe(false);
  });
  it("undoes an encoding through local encode / decode wrappers (html.unescape of html.escape)", () => {
    const xss = (expr: string) =>
      flagged(
        "PY-XSS-001",
        FLASK +
          "import html\nclass Utils:\n    @staticmethod\n    def encode(t):\n        return html.escape(t)\n    @staticmethod\n    def decode(t):\n        return html.unescape(t)\n" +
          "class Codec:\n    def enc(self, t):\n        return html.escape(t)\n" +
          `@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n    return '<p>' + ${expr} + '</p>'\n`,
      );
    expect(xss("Utils.decode(Utils.encode(p))")).toBe(true);
    expect(xss("html.unescape(Utils.encode(p))")).toBe(true);
    expect(xss("html.unescape(Codec().enc(p))")).toBe(true);
    expect(xss("Utils.encode(Utils.decode(p))")).toBe(false);
    expect(xss("Utils.encode(p)")).toBe(false);
  });
  it("reads a dict built from literal rows named once, from a dict literal's items(), or by a dict comprehension", () => {
    const named = (read: string, more = "") =>
      cmdi(
        `    rows = [('name', p), ('status', 'on')]\n${more}    d = {}\n    for k, val in rows:\n        d[k] = val\n    os.system(d['${read}'])\n`,
      );
    expect(named("name")).toBe(true);
    expect(named("status")).toBe(false);
    // A closure that may grow the rows: not known.
    expect(named("status", "    def grow():\n        rows.append(('status', p))\n    grow()\n")).toBe(true);
    const items = (read: string) =>
      cmdi(
        `    d = {}\n    for k, val in {'name': p, 'status': 'on'}.items():\n        d[k] = val\n    os.system(d['${read}'])\n`,
      );
    expect(items("name")).toBe(true);
    expect(items("status")).toBe(false);
    const comp = (read: string, rows = "(('name', p), ('status', 'on'))") =>
      cmdi(`    d = {k: val for k, val in ${rows}}\n    os.system(d['${read}'])\n`);
    expect(comp("name")).toBe(true);
    expect(comp("status")).toBe(false);
    expect(comp("status", "request.args.items()")).toBe(true);
  });

  it("reads a config parser option by subscripts (cfg['section']['option']) from its read_string text", () => {
    const hash = (opt: string) =>
      flagged(
        "PY-HASH-001",
        FLASK +
          "import configparser, hashlib\nPROPS = '''\n[h]\nalg1 = md5\nalg2 = sha256\n'''\n" +
          `@app.route('/h')\ndef h():\n    cp = configparser.ConfigParser()\n    cp.read_string(PROPS)\n    return hashlib.new(cp['h']['${opt}'], request.args['p'].encode()).hexdigest()\n`,
      );
    expect(hash("alg1")).toBe(true);
    expect(hash("alg2")).toBe(false);
  });
});
