import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars, parseCode } from "../parse/index.js";
import { Level, PythonContext } from "./python.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const cmdi = (code: string) =>
  analyzeSync("import os, sys\n" + code, { language: "python", rules: ["PY-CMDI-001"] }).findings.length > 0;
const sqli = (code: string) =>
  analyzeSync(code, { language: "python", rules: ["PY-SQLI-001"] }).findings.filter(
    (f) => f.severity !== "LOW",
  ).length > 0;

const ssrf = (code: string) =>
  analyzeSync(code, { language: "python", rules: ["PY-SSRF-001"] }).findings.length > 0;

describe("value-aware data flow (Python)", () => {
  it("binds a constructor's **kw and *args parameters, and reads __getitem__ over a keyed init mapping by key", () => {
    const cls = (init: string, store: string, more = "") =>
      `from flask import request\nclass P:\n    def __init__(self, ${init}):\n        self._data = ${store}\n${more}    def __getitem__(self, key):\n        return self._data[key]\n`;
    const use = (made: string, key: string) =>
      `def view():\n    p = ${made}\n    return os.system(p['${key}'])\n`;
    const kw = cls("**kw", "dict(kw)");
    const made = "P(name=request.args['n'], order='id')";
    expect(cmdi(kw + use(made, "name"))).toBe(true);
    expect(cmdi(kw + use(made, "order"))).toBe(false);
    // A keyword the whole mapping carries with no key to pick: still request data.
    expect(
      cmdi(
        cls("**kw", "kw") +
          "    def all(self):\n        return self._data\ndef v():\n    os.system(str(P(n=request.args['n'])._data))\n",
      ),
    ).toBe(true);
    const lit = cls("name, order", "{'name': name, 'order': order}");
    expect(cmdi(lit + use("P(request.args['n'], 'id')", "name"))).toBe(true);
    expect(cmdi(lit + use("P(request.args['n'], 'id')", "order"))).toBe(false);
    // An item store elsewhere may put request data under any key.
    const put = "    def put(self, k, v):\n        self._data[k] = v\n";
    expect(cmdi(cls("**kw", "dict(kw)", put) + use(made, "order"))).toBe(true);
    // *args holds every positional argument from its place on.
    expect(
      cmdi(cls("*args", "list(args)") + use("P('a', request.args['n'])", "0").replace("['0']", "[0]")),
    ).toBe(true);
  });
  it("reads a constant item of a list attribute the class builds once and only appends to", () => {
    const probe = (read: string, more = "") =>
      `from flask import request\nclass Probe:\n    def __init__(self, host):\n        self.parts = ['uptime', host]\n${more}    def run(self):\n        return os.system(${read})\ndef view():\n    return Probe(request.args['h']).run()\n`;
    expect(cmdi(probe("self.parts[1]"))).toBe(true);
    expect(cmdi(probe("self.parts[0]"))).toBe(false);
    // Appending leaves the front alone, but a negative position may now be the appended value.
    const add = "    def add(self, x):\n        self.parts.append(x)\n";
    expect(cmdi(probe("self.parts[0]", add))).toBe(false);
    expect(cmdi(probe("self.parts[-2]", add))).toBe(true);
    // An item store or an insert may move the request value to the front.
    expect(cmdi(probe("self.parts[0]", "    def swap(self):\n        self.parts[0] = self.parts[1]\n"))).toBe(
      true,
    );
    expect(cmdi(probe("self.parts[0]", "    def ins(self, x):\n        self.parts.insert(0, x)\n"))).toBe(
      true,
    );
  });
  it("takes AWS Lambda Powertools' current_event fields as request data", () => {
    const h = (imp: string, e: string) =>
      `import requests\n${imp}\napp = APIGatewayRestResolver()\n@app.get('/p')\ndef p():\n    return requests.get(${e}, timeout=5).text\n`;
    const pt = "from aws_lambda_powertools.event_handler import APIGatewayRestResolver";
    expect(ssrf(h(pt, "app.current_event.get_query_string_value(name='u', default_value='')"))).toBe(true);
    expect(ssrf(h(pt, "app.current_event.json_body['u']"))).toBe(true);
    expect(ssrf(h(pt, "app.current_event.query_string_parameters['u']"))).toBe(true);
    // Another library's object of that name, and a field that is not the client's.
    expect(ssrf(h("from mylib import APIGatewayRestResolver", "app.current_event.json_body['u']"))).toBe(
      false,
    );
    expect(ssrf(h(pt, "app.current_event.request_context.domain_name"))).toBe(false);
  });
  it("takes a Django class-based view's self.kwargs / self.args as request data", () => {
    const v = (imp: string, base: string) =>
      `import requests\n${imp}\nclass P(${base}):\n    def get(self, request, **kw):\n        return requests.get(self.kwargs['u'], timeout=5)\n`;
    expect(ssrf(v("from django.views.generic import DetailView", "DetailView"))).toBe(true);
    expect(ssrf(v("from rest_framework.views import APIView", "APIView"))).toBe(true);
    // A class of one's own that keeps its constructor's keywords.
    expect(ssrf(v("from django.conf import settings", "object"))).toBe(false);
  });
  it("reads .get() on an upper-case table a fragment never binds as one of its values or the default", () => {
    const redir = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-REDIR-001"] }).findings.length > 0;
    const f = (body: string) => `from flask import request, redirect\ndef f():\n    ${body}\n`;
    expect(redir(f("return redirect(PAGES.get(request.args.get('p'), '/'))"))).toBe(false);
    // The default is the request's, the table is, or the name is lower-case (any object's get()).
    expect(redir(f("return redirect(PAGES.get('home', request.args.get('next')))"))).toBe(true);
    expect(
      redir(
        `from flask import request, redirect\nPAGES = request.args\ndef f():\n    return redirect(PAGES.get('n'))\n`,
      ),
    ).toBe(true);
    expect(redir(f("return redirect(pages.get(request.args.get('p'), '/'))"))).toBe(true);
  });
  it("takes tornado's list-form arguments and URL groups as request data", () => {
    const h = (e: string) =>
      `import requests, tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        requests.get(${e}, timeout=5)\n`;
    expect(ssrf(h("self.get_query_arguments('u')[0]"))).toBe(true);
    expect(ssrf(h("self.get_body_arguments('u')[-1]"))).toBe(true);
    expect(ssrf(h("self.path_kwargs['u']"))).toBe(true);
    expect(ssrf(h("'https://api.example.com/x'"))).toBe(false);
  });
  it("takes a helper's parameter as untrusted when one of its calls passes request data", () => {
    const helper =
      "import requests\nfrom flask import Flask, request\napp = Flask(__name__)\ndef fetch(url):\n    return requests.get(url, timeout=5).text\n";
    const route = (arg: string) => `@app.route('/p')\ndef p():\n    return fetch(${arg})\n`;
    expect(ssrf(helper + route("request.args['url']"))).toBe(true);
    // Only constants (or the caller's own parameter, in a non-entry function) reach it: no source.
    expect(ssrf(helper + route("'https://api.example.com/status'"))).toBe(false);
    expect(ssrf(helper + "def q(u):\n    return fetch(u)\n")).toBe(false);
    // The caller's allow-list guard holds at the call.
    expect(
      ssrf(
        helper +
          "ALLOWED = {'https://a.example.com/x'}\n@app.route('/p')\ndef p():\n    u = request.args['url']\n    if u not in ALLOWED:\n        return 'no'\n    return fetch(u)\n",
      ),
    ).toBe(false);
    // Through two helpers, and a recursive helper does not loop.
    expect(ssrf(helper + "def g(x):\n    return fetch(x)\n" + route("0") + "g(request.args['u'])\n")).toBe(
      true,
    );
    expect(ssrf(helper + "def r(u, n):\n    return r(u, n - 1) if n else fetch(u)\n" + route("0"))).toBe(
      false,
    );
  });

  it("takes a negated dotted-suffix host test before an early exit as a URL guard, not with `and` or without the dot", () => {
    const route = (test: string) =>
      "from urllib.parse import urlparse\nimport requests\nfrom flask import request, abort\n" +
      "@app.route('/w', methods=['POST'])\ndef w():\n    url = request.get_json()['url']\n    parts = urlparse(url)\n" +
      `    if ${test}:\n        abort(400)\n    return requests.post(url).status_code\n`;
    expect(
      ssrf(route("parts.scheme != 'https' or not (parts.hostname or '').endswith('.example.com')")),
    ).toBe(false);
    expect(ssrf(route("not parts.hostname.endswith('.example.com')"))).toBe(false);
    expect(ssrf(route("parts.scheme != 'https' and not parts.hostname.endswith('.example.com')"))).toBe(true);
    expect(ssrf(route("not parts.hostname.endswith('example.com')"))).toBe(true);
  });

  it("reads dicts at constant keys: only the key that holds tainted data is tainted", () => {
    const prelude = "d = {}\nd['cmd'] = sys.argv[1]\nd['safe'] = 'ls -l'\n";
    expect(cmdi(prelude + "os.system(d['safe'])\n")).toBe(false);
    expect(cmdi(prelude + "os.system(d['cmd'])\n")).toBe(true);
    expect(cmdi(prelude + "os.system(d.get('safe'))\n")).toBe(false);
    expect(cmdi(prelude + "os.system(d.get('cmd'))\n")).toBe(true);
    expect(cmdi("d = {'a': sys.argv[1], 'b': 'ls'}\nos.system(d['b'])\n")).toBe(false);
    expect(cmdi("d = {'a': sys.argv[1], 'b': 'ls'}\nos.system(d['a'])\n")).toBe(true);
    // A write at an unknown key may hit any key.
    expect(cmdi("d = {'b': 'ls'}\nd[sys.argv[2]] = sys.argv[1]\nos.system(d['b'])\n")).toBe(true);
    // The whole container carries every element's control.
    expect(cmdi("d = {}\nd['x'] = sys.argv[1]\nos.system(' '.join(d.values()))\n")).toBe(true);
  });

  it("does not take a method named like an Object.prototype member for a sanitiser", () => {
    // The sanitiser table is a plain object: `valueOf` or `constructor` used to find its prototype's functions.
    expect(cmdi("c = sys.argv[1]\nos.system(c.valueOf())\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nos.system(c.constructor() + c)\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nos.system(str(int(c)))\n")).toBe(false);
  });

  it("tracks list appends by position and strong-updates constant keys", () => {
    const prelude = "parts = ['ls']\nparts.append(sys.argv[1])\n";
    expect(cmdi(prelude + "os.system(parts[0])\n")).toBe(false);
    expect(cmdi(prelude + "os.system(parts[1])\n")).toBe(true);
    expect(cmdi(prelude + "os.system(parts[-1])\n")).toBe(true);
    // pop() reorders: positions are no longer known, so any element may be tainted.
    expect(cmdi(prelude + "parts.pop(0)\nos.system(parts[0])\n")).toBe(true);
    expect(cmdi("d = dict()\nd['k'] = sys.argv[1]\nd['k'] = 'ls'\nos.system(d['k'])\n")).toBe(false);
  });

  it("reads configparser options by section and option", () => {
    const prelude =
      "import configparser, sys\nc = configparser.ConfigParser()\nc.add_section('s')\nc.set('s', 'a', sys.argv[1])\nc.set('s', 'b', 'users')\n";
    expect(sqli(prelude + "def q(cur):\n    cur.execute('SELECT * FROM ' + c.get('s', 'b'))\n")).toBe(false);
    expect(sqli(prelude + "def q(cur):\n    cur.execute('SELECT * FROM ' + c.get('s', 'a'))\n")).toBe(true);
  });

  it("reads a keyword argument's value, not a variable named like the keyword", () => {
    const level = (call: string) => {
      const tree = parseCode(`import shlex, sys\ncmd = sys.argv[1]\nx = ${call}\n`, "python");
      const ctx = new PythonContext(tree);
      const n = tree.nodes.find((c) => c.type === "call" && ctx.text(c) === call)!;
      return ctx.level(n, "command");
    };
    expect(level("wrap(cmd=shlex.quote(cmd))")).toBeLessThan(Level.SOURCE);
    expect(level("wrap(cmd=cmd)")).toBe(Level.SOURCE);
    expect(level("wrap(other=cmd)")).toBe(Level.SOURCE);
  });

  it("reads re.sub's callback: what it returns for each match, and the subject's own text", () => {
    expect(
      cmdi("import re\ncmd = sys.argv[1]\nos.system(re.sub('[{]q[}]', lambda m: cmd, 'ls {q}'))\n"),
    ).toBe(true);
    expect(
      cmdi("import re\ncmd = sys.argv[1]\nrx = re.compile('x')\nos.system(rx.sub(lambda m: cmd, 'ls x'))\n"),
    ).toBe(true);
    expect(
      cmdi("import re\ndef up(m):\n    return m.group(0).upper()\nos.system(re.sub('a', up, sys.argv[1]))\n"),
    ).toBe(true);
    expect(
      cmdi(
        "import re, shlex\ncmd = sys.argv[1]\nos.system(re.sub('[{]q[}]', lambda m: shlex.quote(cmd), 'ls {q}'))\n",
      ),
    ).toBe(false);
  });

  it("passes itertools groups and arrangements on, and allow-lists wrapped in frozenset()", () => {
    const groups = (filter: string) =>
      cmdi(
        `import itertools\nKNOWN = frozenset({'ls', 'pwd'})\nfor k, _ in itertools.groupby(sorted(sys.argv)):\n    if ${filter}:\n        os.system(k)\n`,
      );
    expect(groups("k")).toBe(true);
    expect(groups("k in KNOWN")).toBe(false);
    const level = (expr: string) => {
      const tree = parseCode(`import itertools, sys\nv = sys.argv\nx = ${expr}\n`, "python");
      const ctx = new PythonContext(tree);
      return ctx.level(
        tree.nodes.find((c) => c.type === "call" && ctx.text(c) === expr)!,
        "command",
      );
    };
    expect(level("itertools.accumulate(v)")).toBe(Level.SOURCE);
    expect(level("itertools.product(v, ['a'])")).toBe(Level.SOURCE);
    expect(level("itertools.groupby(v)")).toBe(Level.SOURCE);
  });

  it("reads operator.attrgetter on a namespace, and next() over an islice of a chain's literal head", () => {
    const ns = (a: string) =>
      cmdi(
        `import operator, types\nw = types.SimpleNamespace(role='ls', name=sys.argv[1])\nos.system(operator.attrgetter('${a}')(w))\n`,
      );
    expect(ns("name")).toBe(true);
    expect(ns("role")).toBe(false);
    const head = (b: string) =>
      cmdi(
        `import itertools\nnames = itertools.chain(['ls'], sys.argv)\nos.system(next(itertools.islice(names, ${b}), 'pwd'))\n`,
      );
    expect(head("1, 2")).toBe(true);
    expect(head("0, 1")).toBe(false);
  });

  it("follows constant conditions: dead branches bind nothing, always-taken ones overwrite", () => {
    expect(cmdi("cmd = 'ls'\nif 2 + 2 == 5:\n    cmd = sys.argv[1]\nos.system(cmd)\n")).toBe(false);
    expect(cmdi("cmd = 'ls'\nif 1 < 2:\n    cmd = sys.argv[1]\nos.system(cmd)\n")).toBe(true);
    expect(cmdi("cmd = sys.argv[1]\nif 'a' in 'abc':\n    cmd = 'ls'\nos.system(cmd)\n")).toBe(false);
    expect(
      cmdi(
        "n = 86\ncmd = 'ls'\nif (7 * 42) - n > 200:\n    cmd = sys.argv[1]\nelse:\n    cmd = 'pwd'\nos.system(cmd)\n",
      ),
    ).toBe(true);
    expect(
      cmdi(
        "n = 86\ncmd = 'ls'\nif (7 * 42) - n < 200:\n    cmd = sys.argv[1]\nelse:\n    cmd = 'pwd'\nos.system(cmd)\n",
      ),
    ).toBe(false);
    expect(cmdi("cmd = 'ls'\nif x > 2:\n    cmd = sys.argv[1]\nos.system(cmd)\n")).toBe(true); // unknown: both
    // Chained comparisons: every neighbouring pair must hold.
    const chained = (test: string) =>
      cmdi(`LEVEL = 3\nif ${test}:\n    cmd = sys.argv[1]\nelse:\n    cmd = 'pwd'\nos.system(cmd)\n`);
    expect(chained("0 < LEVEL < 5")).toBe(true);
    expect(chained("5 < LEVEL < 9")).toBe(false);
    expect(chained("0 < LEVEL < 2")).toBe(false);
    expect(chained("0 < LEVEL <= 3 != 4")).toBe(true);
    expect(chained("0 < LEVEL < x")).toBe(true); // unknown: both
  });

  it("slices: a slice keeps its source's taint, list slices select elements, constant slices stay constant", () => {
    expect(cmdi("s = sys.argv[1]\nos.system('ls ' + s[1:])\n")).toBe(true);
    expect(cmdi("def f(name):\n    t = name[2:]\n    os.system('ls ' + t)\n")).toBe(true);
    expect(cmdi("base = 'ls -l /tmp'\nos.system(base[:5])\n")).toBe(false);
    const parts = "parts = ['ls', '-l', sys.argv[1]]\n";
    expect(cmdi(parts + "os.system(' '.join(parts[:2]))\n")).toBe(false);
    expect(cmdi(parts + "os.system(' '.join(parts[1:]))\n")).toBe(true);
    expect(cmdi(parts + "os.system(' '.join(parts[::2]))\n")).toBe(true);
    expect(cmdi(parts + "os.system(' '.join(parts[-2::-1]))\n")).toBe(false);
    expect(cmdi(parts + "os.system(parts[:2][1])\n")).toBe(false);
    expect(cmdi(parts + "os.system(parts[1:][1])\n")).toBe(true);
    expect(cmdi(parts + "parts.append(sys.argv[2])\nos.system(' '.join(parts[:2]))\n")).toBe(false);
    expect(cmdi(parts + "parts[0] = sys.argv[2]\nos.system(' '.join(parts[:2]))\n")).toBe(true);
    // An unknown bound or a reordering: any element may be selected.
    expect(cmdi(parts + "os.system(' '.join(parts[:n]))\n")).toBe(true);
    expect(cmdi(parts + "parts.sort()\nos.system(' '.join(parts[:2]))\n")).toBe(true);
    // Slices of constant strings decide conditions and keys.
    const run = "cmd = 'ls'\nif mode[:5] == 'debug':\n    cmd = sys.argv[1]\nos.system(cmd)\n";
    expect(cmdi("mode = 'debug_off'\n" + run)).toBe(true);
    expect(cmdi("mode = 'release'\n" + run)).toBe(false);
    const d = "d = {'cmd': sys.argv[1], 'safe': 'ls'}\n";
    expect(cmdi("k = 'xsafe'\n" + d + "os.system(d[k[1:]])\n")).toBe(false);
    expect(cmdi("k = 'xcmd'\n" + d + "os.system(d[k[1:]])\n")).toBe(true);
    expect(cmdi(d + "os.system(d['_safe'[1:]])\n")).toBe(false);
  });

  it("evaluates only the taken side of a constant ternary", () => {
    expect(cmdi("a = sys.argv[1]\ncmd = 'ls' if 3 > 2 else a\nos.system(cmd)\n")).toBe(false);
    expect(cmdi("a = sys.argv[1]\ncmd = 'ls' if 3 < 2 else a\nos.system(cmd)\n")).toBe(true);
    expect(cmdi("a = sys.argv[1]\ncmd = 'ls' if flag else a\nos.system(cmd)\n")).toBe(true);
  });

  it("follows list pop, insert and remove at constant positions", () => {
    const l = "v = []\nv.append('safe')\nv.append(sys.argv[1])\nv.append('more')\nv.pop(0)\n";
    expect(cmdi(l + "os.system(v[0])\n")).toBe(true);
    expect(cmdi(l + "os.system(v[1])\n")).toBe(false);
    expect(cmdi(l + "v.pop()\nos.system(v[-1])\n")).toBe(true);
    expect(cmdi("v = ['a', 'b']\nv.insert(0, sys.argv[1])\nos.system(v[2])\n")).toBe(false);
    expect(cmdi("v = ['a', 'b']\nv.insert(0, sys.argv[1])\nos.system(v[0])\n")).toBe(true);
    expect(cmdi("v = ['a', sys.argv[1], 'b']\nv.remove('a')\nos.system(v[1])\n")).toBe(false);
    expect(cmdi("v = ['a', sys.argv[1], 'b']\nv.remove('a')\nos.system(v[0])\n")).toBe(true);
    // remove() past an unknown element, a computed pop, a conditional move: positions unknown.
    expect(cmdi("v = [sys.argv[1], 'a', 'b']\nv.remove('a')\nos.system(v[1])\n")).toBe(true);
    expect(cmdi("v = ['a', sys.argv[1]]\nv.pop(n)\nos.system(v[0])\n")).toBe(true);
    expect(cmdi("v = [sys.argv[1], 'a']\nif n:\n    v.pop(0)\nos.system(v[0])\n")).toBe(true);
    expect(cmdi("v = ['a', 'b']\nv.insert(1, sys.argv[1])\nos.system(' '.join(v[1:]))\n")).toBe(true);
    expect(cmdi("v = ['a', 'b']\nv.insert(1, sys.argv[1])\nos.system(' '.join(v[2:]))\n")).toBe(false);
  });

  it("summarises methods of classes defined in the file", () => {
    const dead =
      "class T:\n    def run(self, i):\n        r = 'ls'\n        if 3 > 5:\n            r = i\n        return r\n";
    const live = "class T:\n    def run(self, i):\n        return 'ls ' + i\n";
    expect(cmdi(dead + "t = T()\nos.system(t.run(sys.argv[1]))\n")).toBe(false);
    expect(cmdi(live + "t = T()\nos.system(t.run(sys.argv[1]))\n")).toBe(true);
    expect(cmdi(dead + "os.system(T().run(sys.argv[1]))\n")).toBe(false);
    expect(cmdi(live + "os.system(T().run(sys.argv[1]))\n")).toBe(true);
    // A method does not stand in for a module-level function of the same name.
    expect(cmdi(dead + "def run(i):\n    return i\nos.system(run(sys.argv[1]))\n")).toBe(true);
  });

  it("judges a local predicate called in a guard as its test written in place", () => {
    const pred = (body: string, use: string) =>
      `from flask import request, abort\nHOSTS = {'a.example.com'}\ndef ok(h):\n${body}def v():\n    host = request.args['h']\n${use}`;
    const exit = "    if not ok(host):\n        abort(400)\n    os.system('ping ' + host)\n";
    // An allow-list predicate, with an early `return False` exit and a binding: a guard before the exit.
    expect(
      cmdi(pred("    if not h:\n        return False\n    n = h.lower()\n    return n in HOSTS\n", exit)),
    ).toBe(false);
    // Around the use, not negated.
    expect(
      cmdi(pred("    return h in HOSTS\n", "    if ok(host):\n        os.system('ping ' + host)\n")),
    ).toBe(false);
    // A deny-list predicate (`not in`) negated before the exit lets every other value through.
    expect(cmdi(pred("    return h not in HOSTS\n", exit))).toBe(true);
    // A predicate with other statements (a loop, an early `return True`) is not inlined.
    expect(cmdi(pred("    if h == 'x':\n        return True\n    return h in HOSTS\n", exit))).toBe(true);
  });

  it("takes a fetched URL's resolved-address predicate for an SSRF guard, not a scheme and host-presence test", () => {
    // A predicate that resolves the host and rejects any non-global address in a loop, before an exit.
    expect(
      ssrf(
        'import ipaddress, socket\nfrom urllib.parse import urlparse\nimport requests\nfrom flask import request, abort\n\ndef is_public_url(url):\n    parsed = urlparse(url)\n    if parsed.scheme != "https" or not parsed.hostname:\n        return False\n    for info in socket.getaddrinfo(parsed.hostname, 443):\n        if not ipaddress.ip_address(info[4][0]).is_global:\n            return False\n    return True\n\ndef fetch():\n    url = request.args["url"]\n    if not is_public_url(url):\n        abort(400)\n    return requests.get(url, timeout=5).text\n',
      ),
    ).toBe(false);
    // The same with `is_private` beside a negated scheme test: the address test's own polarity counts.
    expect(
      ssrf(
        'import ipaddress, socket\nfrom urllib.parse import urlparse\nimport requests\nfrom flask import request, abort\n\ndef is_public_url(url):\n    parsed = urlparse(url)\n    if parsed.scheme not in ("http", "https") or not parsed.hostname:\n        return False\n    for info in socket.getaddrinfo(parsed.hostname, None):\n        if ipaddress.ip_address(info[4][0]).is_private:\n            return False\n    return True\n\ndef fetch():\n    url = request.args["url"]\n    if not is_public_url(url):\n        abort(400)\n    return requests.get(url, timeout=5).text\n',
      ),
    ).toBe(false);
    // The resolution in a try whose handlers return False, and `return all(<address test> for info in infos)`.
    const allGlobal = (test: string) =>
      `import ipaddress, socket\nfrom urllib.parse import urlparse\nimport requests\nfrom flask import request, abort\n\ndef public_host(url):\n    parts = urlparse(url)\n    if parts.scheme not in ("http", "https") or not parts.hostname:\n        return False\n    try:\n        infos = socket.getaddrinfo(parts.hostname, 443)\n    except socket.gaierror:\n        return False\n    return all(${test} for info in infos)\n\ndef fetch():\n    url = request.args["url"]\n    if not public_host(url):\n        abort(400)\n    return requests.get(url, timeout=5).text\n`;
    expect(ssrf(allGlobal("ipaddress.ip_address(info[4][0]).is_global"))).toBe(false);
    // ... but an item test that is not about the address (every entry has an address) leaves it reported.
    expect(ssrf(allGlobal("info[4][0]"))).toBe(true);
    // Only that the URL has an http(s) scheme and some host: any host passes, inline or through a predicate.
    expect(
      ssrf(
        'from urllib.parse import urlparse\nimport requests\nfrom flask import request, abort\n\ndef is_valid_url(url: str) -> bool:\n    parsed = urlparse(url)\n    return parsed.scheme in ("http", "https") and bool(parsed.netloc)\n\ndef fetch():\n    url = request.args["url"]\n    if not is_valid_url(url):\n        abort(400)\n    return requests.get(url, timeout=5).text\n',
      ),
    ).toBe(true);
    expect(
      ssrf(
        'from urllib.parse import urlparse\nimport requests\nfrom flask import request, abort\n\ndef fetch():\n    url = request.args["url"]\n    if urlparse(url).scheme not in ("http", "https") or not urlparse(url).hostname:\n        abort(400)\n    return requests.get(url, timeout=5).text\n',
      ),
    ).toBe(true);
  });

  it("takes `if x in SKIP: continue` for a deny-list, not a guard", () => {
    const loop =
      "c = ''\nfor n in sys.argv:\n    if n in ('a', 'b'):\n        continue\n    c = n\n    break\n";
    expect(cmdi(loop + "os.system(c)\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nif c not in ('ls', 'pwd'):\n    sys.exit(1)\nos.system(c)\n")).toBe(false);
  });

  it("knows what pop() returns and the length of constants", () => {
    expect(cmdi("s = [sys.argv[1], 'uptime']\nc = s.pop()\nos.system(c)\n")).toBe(false);
    expect(cmdi("s = ['uptime', sys.argv[1]]\nc = s.pop()\nos.system(c)\n")).toBe(true);
    expect(cmdi("s = [sys.argv[1], 'uptime']\nc = s.pop(0)\nos.system(c)\n")).toBe(true);
    expect(cmdi("s = ['a', 'b', sys.argv[1]]\ns.pop()\nc = s.pop()\nos.system(c)\n")).toBe(false);
    expect(cmdi("p = sys.argv[1]\nc = p if len('ab') > 5 else 'ls'\nos.system(c)\n")).toBe(false);
    expect(cmdi("p = sys.argv[1]\nc = p if len(('a', 'b')) == 2 else 'ls'\nos.system(c)\n")).toBe(true);
  });

  it("treats a Flask view's returned string as HTML, request data only", () => {
    const xss = (body: string) =>
      analyzeSync(
        "from flask import Flask, request\nimport os\napp = Flask(__name__)\n@app.route('/')\ndef v():\n" +
          body,
        { language: "python", rules: ["PY-XSS-001"] },
      ).findings.length > 0;
    expect(xss("    return request.args['q']\n")).toBe(true);
    expect(xss("    r = ''\n    r += request.args['q']\n    return r, 200\n")).toBe(true);
    expect(xss("    return {'q': request.args['q']}\n")).toBe(false);
    expect(xss("    with open('index.html') as f:\n        return f.read()\n")).toBe(false);
    expect(xss("    return os.popen('uptime').read()\n")).toBe(false);
  });

  it("rates weak randomness that reaches a cookie or the session as a secret (MEDIUM)", () => {
    const sev = (body: string) =>
      analyzeSync("import random\nfrom flask import session\ndef v(resp):\n" + body, {
        language: "python",
        rules: ["PY-RAND-001"],
      }).findings.map((f) => f.severity);
    expect(sev("    v = random.random()\n    k = str(v)[2:]\n    resp.set_cookie('rm', k)\n")).toEqual([
      "MEDIUM",
    ]);
    expect(sev("    n = random.getrandbits(64)\n    session['id'] = n\n")).toEqual(["MEDIUM"]);
    expect(sev("    n = random.randint(1, 6)\n    return n\n")).toEqual(["LOW"]);
  });

  it("reads configparser's mapping API and dicts of dicts by section and key", () => {
    const cfg =
      "import configparser\nc = configparser.ConfigParser()\nc['s'] = {}\nc['s']['a'] = 'ls'\nc['s']['b'] = sys.argv[1]\n";
    expect(cmdi(cfg + "os.system(c['s']['a'])\n")).toBe(false);
    expect(cmdi(cfg + "os.system(c['s']['b'])\n")).toBe(true);
    expect(cmdi(cfg + "os.system(c.get('s', 'a'))\n")).toBe(false);
    expect(cmdi(cfg + "os.system(c.get('s', 'b'))\n")).toBe(true);
    // The whole section holds the tainted entry.
    expect(cmdi(cfg + "os.system(str(c['s']))\n")).toBe(true);
    expect(cmdi("d = {}\nd['x'] = {}\nd['x']['y'] = sys.argv[1]\nos.system(d['x']['y'])\n")).toBe(true);
  });

  it("binds tuple assignments element-wise and evaluates lambdas with their arguments", () => {
    expect(cmdi("a, b = sys.argv[1], 'ls'\nos.system(b)\n")).toBe(false);
    expect(cmdi("a, b = sys.argv[1], 'ls'\nos.system(a)\n")).toBe(true);
    expect(cmdi("a, b = sys.argv[1:3]\nos.system(b)\n")).toBe(true);
    expect(cmdi("f = lambda x: 'ls'\nos.system(f(sys.argv[1]))\n")).toBe(false);
    expect(cmdi("f = lambda x: 'ls ' + x\nos.system(f(sys.argv[1]))\n")).toBe(true);
    expect(cmdi("f = lambda x, y='ls': y\nos.system(f(sys.argv[1]))\n")).toBe(false);
  });

  it("reads lookup tables at computed keys and knows `is None` and quoted-literal guards", () => {
    const table = "CMDS = {'up': 'uptime', 'day': 'date'}\n";
    expect(cmdi(table + "os.system(CMDS.get(sys.argv[1], 'true'))\n")).toBe(false);
    expect(cmdi(table + "os.system(CMDS.get(sys.argv[1], sys.argv[2]))\n")).toBe(true);
    expect(cmdi("T = {'a': sys.argv[2]}\nos.system(T.get(sys.argv[1], 'x'))\n")).toBe(true);
    const re = "import re\nc = sys.argv[1]\nif re.match(r'^[a-z]+$', c) is None:\n    sys.exit(1)\n";
    expect(cmdi(re + "os.system('ls ' + c)\n")).toBe(false);
    // A None test on the value itself is a default, not a check.
    expect(cmdi("c = None\nif c == None:\n    c = os.environ.get('X')\nos.system(c)\n")).toBe(true);
    const q =
      'c = sys.argv[1]\nif not c.startswith("\'") or not c.endswith("\'") or "\'" in c[1:-1]:\n    sys.exit(1)\n';
    expect(cmdi(q + "os.system('echo ' + c)\n")).toBe(false);
    expect(
      cmdi("c = sys.argv[1]\nif not c.startswith(\"'\"):\n    sys.exit(1)\nos.system('echo ' + c)\n"),
    ).toBe(true);
  });

  it("knows loops that never run and loops over literals that run at least once", () => {
    expect(cmdi("c = 'ls'\nwhile 1 > 2:\n    c = sys.argv[1]\nos.system(c)\n")).toBe(false);
    expect(cmdi("c = 'ls'\nwhile n > 2:\n    c = sys.argv[1]\nos.system(c)\n")).toBe(true);
    // A condition reading names the body rebinds (no endless recursion through the body's own bindings).
    const loop =
      "def f(s, name):\n    r = ''\n    i, n = 0, len(s)\n    while i < n:\n        i = i + 1\n        r = r + name\n    return r\n";
    expect(cmdi(loop + "os.system(f('ab', sys.argv[1]))\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nfor x in ['uptime']:\n    c = x\nos.system(c)\n")).toBe(false);
    expect(cmdi("c = sys.argv[1]\nfor x in []:\n    c = x\nos.system(c)\n")).toBe(true);
    expect(
      cmdi("c = sys.argv[1]\nfor x in ['a']:\n    if n:\n        break\n    c = x\nos.system(c)\n"),
    ).toBe(true);
    expect(cmdi("c = sys.argv[1]\nfor x in names:\n    c = x\nos.system(c)\n")).toBe(true);
  });

  it("summarises local helpers with the constant arguments each call passes", () => {
    const pick = "def pick(a, b, first):\n    return a if first else b\n";
    expect(cmdi(pick + "os.system(pick(sys.argv[1], 'ls', True))\n")).toBe(true);
    expect(cmdi(pick + "os.system(pick(sys.argv[1], 'ls', False))\n")).toBe(false);
    const table =
      "def resolve(v, key='mode'):\n    t = {'mode': 'ls'}\n    t['user'] = v\n    return t[key]\n";
    expect(cmdi(table + "os.system(resolve(sys.argv[1]))\n")).toBe(false);
    expect(cmdi(table + "os.system(resolve(sys.argv[1], 'user'))\n")).toBe(true);
    // A factory chosen by a constant: only the class it returns for that constant runs.
    const things =
      "class Up:\n    def process(self, s):\n        return s.upper()\nclass Fixed:\n    def process(self, s):\n        return 'ls'\n" +
      "def make(kind):\n    if kind == 'up':\n        return Up()\n    return Fixed()\n";
    expect(cmdi(things + "os.system(make('up').process(sys.argv[1]))\n")).toBe(true);
    expect(cmdi(things + "t = make('up')\nos.system(t.process(sys.argv[1]))\n")).toBe(true);
    expect(cmdi(things + "t = make('fixed')\nos.system(t.process(sys.argv[1]))\n")).toBe(false);
  });

  it("knows instance attributes set by __init__, file round trips, prefixes, updates and deques", () => {
    const holder =
      "class H:\n    def __init__(self, v):\n        self.value = v\n        self.label = 'ls'\n";
    expect(cmdi(holder + "h = H(sys.argv[1])\nos.system(h.value)\n")).toBe(true);
    expect(cmdi(holder + "h = H(sys.argv[1])\nos.system(h.label)\n")).toBe(false);
    expect(cmdi(holder + "h = H(sys.argv[1])\nh.label = sys.argv[2]\nos.system(h.label)\n")).toBe(true);
    const rt = (w: string) =>
      `with open('/tmp/x', 'w') as f:\n    f.write(${w})\nwith open('/tmp/x') as f:\n    c = f.read()\nos.system(c)\n`;
    expect(cmdi(rt("sys.argv[1]"))).toBe(true);
    expect(cmdi(rt("'ls'"))).toBe(false);
    expect(cmdi("j = 'prefix-' + sys.argv[1]\nos.system(j[:6])\n")).toBe(false);
    expect(cmdi("j = 'prefix-' + sys.argv[1]\nos.system(j[7:])\n")).toBe(true);
    expect(cmdi("p = ('a,' + sys.argv[1]).split(',')\nos.system(p[0])\n")).toBe(false);
    expect(cmdi("p = ('a,' + sys.argv[1]).split(',')\nos.system(p[1])\n")).toBe(true);
    // With a maxsplit: the parts before the maxsplit-th are the literal's; the last one holds the rest.
    expect(cmdi("p = 'ls:' + sys.argv[1]\nos.system(p.split(':', 1)[0])\n")).toBe(false);
    expect(cmdi("p = 'ls:' + sys.argv[1]\nos.system(p.split(':', 1)[1])\n")).toBe(true);
    expect(cmdi("p = 'ls:a:' + sys.argv[1]\nos.system(p.split(':', 1)[1])\n")).toBe(true);
    expect(cmdi("p = 'ls:a:' + sys.argv[1]\nos.system(p.split(':', maxsplit=2)[1])\n")).toBe(false);
    expect(cmdi("d = {'m': 'ls'}\nd.update({'u': sys.argv[1]})\nos.system(d['m'])\n")).toBe(false);
    expect(cmdi("d = {'m': 'ls'}\nd.update(u=sys.argv[1])\nos.system(d['u'])\n")).toBe(true);
    const dq = "from collections import deque\nq = deque()\n";
    expect(cmdi(dq + "q.append(sys.argv[1])\nq.append('ls')\nq.popleft()\nos.system(q[0])\n")).toBe(false);
    expect(cmdi(dq + "q.append('ls')\nq.append(sys.argv[1])\nq.popleft()\nos.system(q[0])\n")).toBe(true);
    expect(cmdi("rows = [{'v': 'ls'}, {'v': sys.argv[1]}]\nos.system(rows[0]['v'])\n")).toBe(false);
    expect(cmdi("rows = [{'v': 'ls'}, {'v': sys.argv[1]}]\nos.system(rows[1]['v'])\n")).toBe(true);
    expect(cmdi("m = [s.strip() for s in (sys.argv[1], 'ls')]\nos.system(m[1])\n")).toBe(false);
    expect(cmdi("m = [s.strip() for s in (sys.argv[1], 'ls')]\nos.system(m[0])\n")).toBe(true);
    expect(cmdi("c = 'ls'\nn = 0\nwhile n < 0:\n    c = sys.argv[1]\n    n += 1\nos.system(c)\n")).toBe(
      false,
    );
    expect(cmdi("c = 'ls'\nn = 0\nwhile n < 2:\n    c = sys.argv[1]\n    n += 1\nos.system(c)\n")).toBe(true);
    expect(cmdi("c = 'ls'\nif 'abc'.upper() == 'ABC':\n    c = sys.argv[1]\nos.system(c)\n")).toBe(true);
    expect(cmdi("c = 'ls'\nif 'abc'.upper() == 'abc':\n    c = sys.argv[1]\nos.system(c)\n")).toBe(false);
  });

  it("drops findings in code a constant rules out", () => {
    expect(cmdi("if 1 > 2:\n    os.system(sys.argv[1])\n")).toBe(false);
    expect(
      cmdi("def run(mode, c):\n    if mode == 'shell':\n        os.system(c)\nrun('list', sys.argv[1])\n"),
    ).toBe(false);
    expect(
      cmdi("def run(mode, c):\n    if mode == 'shell':\n        os.system(c)\nrun('shell', sys.argv[1])\n"),
    ).toBe(true);
  });

  it("reads only what a format, a %-mapping, a present dict key, a reversed list or a ternary's sides select", () => {
    expect(cmdi("os.system('ping {1}'.format(sys.argv[1], 'localhost'))\n")).toBe(false);
    expect(cmdi("os.system('ping {0}'.format(sys.argv[1], 'localhost'))\n")).toBe(true);
    expect(cmdi("os.system('ping {}'.format(sys.argv[1]))\n")).toBe(true);
    expect(cmdi("os.system('ls %(f)s' % {'u': sys.argv[1], 'f': '/tmp'})\n")).toBe(false);
    expect(cmdi("os.system('ls %(u)s' % {'u': sys.argv[1], 'f': '/tmp'})\n")).toBe(true);
    expect(cmdi("t = {'here': 'ls'}\nos.system(t.get('here', sys.argv[1]))\n")).toBe(false);
    expect(cmdi("t = {'here': 'ls'}\nos.system(t.get('gone', sys.argv[1]))\n")).toBe(true);
    expect(cmdi("l = ['ls', sys.argv[1]]\nl.reverse()\nos.system(l[1])\n")).toBe(false);
    expect(cmdi("l = ['ls', sys.argv[1]]\nl.reverse()\nos.system(l[0])\n")).toBe(true);
    expect(cmdi("p = sys.argv[1]\nos.system('ls' if p else 'pwd')\n")).toBe(false);
    expect(cmdi("p = sys.argv[1]\nos.system(p if p else 'pwd')\n")).toBe(true);
    const sd = "d = {}\nd.setdefault('a', 'ls')\nd.setdefault('a', sys.argv[1])\n";
    expect(cmdi(sd + "os.system(d['a'])\n")).toBe(false);
    expect(cmdi("d = {}\nd.setdefault('a', sys.argv[1])\nos.system(d['a'])\n")).toBe(true);
  });

  it("reads typed request values, dict.pop at a constant key, a partition's literal head and Path(x).name", () => {
    const flask = "from flask import Flask, request\nimport sqlite3\napp = Flask(__name__)\n";
    const q = "    sqlite3.connect('a').execute(f'SELECT * FROM t WHERE id = {i}')\n";
    expect(sqli(flask + "@app.route('/i/<int:i>')\ndef v(i):\n" + q)).toBe(false);
    expect(sqli(flask + "@app.route('/i/<i>')\ndef v(i):\n" + q)).toBe(true);
    expect(sqli(flask + "@app.route('/i')\ndef v():\n    i = request.args.get('i', 0, type=int)\n" + q)).toBe(
      false,
    );
    expect(sqli(flask + "@app.route('/i')\ndef v():\n    i = request.args.get('i', '0')\n" + q)).toBe(true);
    expect(cmdi("d = {'a': sys.argv[1], 'b': 'ls'}\nos.system(d.pop('b', 'pwd'))\n")).toBe(false);
    expect(cmdi("d = {'a': sys.argv[1], 'b': 'ls'}\nos.system(d.pop('a', 'pwd'))\n")).toBe(true);
    expect(cmdi("h, s, t = ('ls=' + sys.argv[1]).partition('=')\nos.system(h)\n")).toBe(false);
    expect(cmdi("h, s, t = ('ls=' + sys.argv[1]).partition('=')\nos.system(t)\n")).toBe(true);
    expect(cmdi("h, s, t = ('ls' + sys.argv[1]).partition('=')\nos.system(h)\n")).toBe(true);
    // The last component keeps every shell metacharacter a file name may hold ('x;id'): a path sanitiser only.
    expect(cmdi("from pathlib import Path\nos.system('cat ' + Path(sys.argv[1]).name)\n")).toBe(true);
    expect(
      cmdi("from pathlib import PurePosixPath\nos.system('cat ' + PurePosixPath(sys.argv[1]).stem)\n"),
    ).toBe(true);
    expect(cmdi("os.system('cat ' + os.path.basename(sys.argv[1]))\n")).toBe(true);
    const base = (expr: string) =>
      analyzeSync(
        `from flask import request, send_file\nfrom pathlib import Path\nimport os\ndef v():\n    return send_file('/srv/' + ${expr})\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(base("Path(request.args['f']).name")).toBe(false);
    expect(base("os.path.basename(request.args['f'])")).toBe(false);
    expect(base("str(Path(request.args['f']).parent)")).toBe(true);
    expect(cmdi("from pathlib import Path\nos.system('cat ' + str(Path(sys.argv[1]).parent))\n")).toBe(true);
    // A class attribute bound once in the class body and never reassigned is that constant.
    const k = "class K:\n    FLAG = 2\n";
    expect(cmdi(k + "c = 'ls'\nif K.FLAG > 3:\n    c = sys.argv[1]\nos.system(c)\n")).toBe(false);
    expect(cmdi(k + "K.FLAG = 5\nc = 'ls'\nif K.FLAG > 3:\n    c = sys.argv[1]\nos.system(c)\n")).toBe(true);
  });

  it("follows list(reversed(literal)), a JSON round trip of a dict literal and string.Template's named fields", () => {
    expect(cmdi("t = list(reversed([sys.argv[1], 'ls']))\nos.system(t[0])\n")).toBe(false);
    expect(cmdi("t = list(reversed([sys.argv[1], 'ls']))\nos.system(t[1])\n")).toBe(true);
    const j = "import json\nb = json.dumps({'a': sys.argv[1], 'b': 'ls'})\n";
    expect(cmdi(j + "os.system(json.loads(b)['b'])\n")).toBe(false);
    expect(cmdi(j + "os.system(json.loads(b)['a'])\n")).toBe(true);
    const t = "from string import Template\nt = Template('ls $d')\n";
    expect(cmdi(t + "os.system(t.substitute({'d': '/tmp', 'x': sys.argv[1]}))\n")).toBe(false);
    expect(cmdi(t + "os.system(t.substitute({'d': sys.argv[1], 'x': '/tmp'}))\n")).toBe(true);
    expect(cmdi(t + "os.system(t.substitute(d='/tmp', x=sys.argv[1]))\n")).toBe(false);
    expect(cmdi(t + "os.system(t.safe_substitute(d=sys.argv[1]))\n")).toBe(true);
  });

  it("follows a loop that breaks on its first item, a join's literal head, and/or selection and @property getters", () => {
    expect(cmdi("for h in ['ls', sys.argv[1]]:\n    c = h\n    break\nos.system(c)\n")).toBe(false);
    expect(cmdi("for h in [sys.argv[1], 'ls']:\n    c = h\n    break\nos.system(c)\n")).toBe(true);
    expect(cmdi("for h in ['ls', sys.argv[1]]:\n    c = h\nos.system(c)\n")).toBe(true);
    const j = "s = '|'.join(['ls', sys.argv[1]])\n";
    expect(cmdi(j + "os.system(s.split('|')[0])\n")).toBe(false);
    expect(cmdi(j + "os.system(s.split('|')[1])\n")).toBe(true);
    expect(cmdi("os.system((False and sys.argv[1]) or 'ls')\n")).toBe(false);
    expect(cmdi("os.system((True and sys.argv[1]) or 'ls')\n")).toBe(true);
    const prop = (ret: string) =>
      `class H:\n    def __init__(self, v):\n        self._v = v\n    @property\n    def v(self):\n        return ${ret}\n`;
    expect(cmdi(prop("'ls'") + "os.system(H(sys.argv[1]).v)\n")).toBe(false);
    expect(cmdi(prop("self._v") + "os.system(H(sys.argv[1]).v)\n")).toBe(true);
    // A NamedTuple / dataclass property reads the fields the constructor filled (by keyword, position or splat).
    const nt = (ret: string) =>
      `from typing import NamedTuple\nclass T(NamedTuple):\n    host: str\n    opt: str = '-l'\n    @property\n    def cmd(self):\n        return ${ret}\n`;
    expect(cmdi(nt("'ls ' + self.opt") + "t = T(sys.argv[1])\nos.system(t.cmd)\n")).toBe(false);
    expect(cmdi(nt("'ping ' + self.host") + "t = T(sys.argv[1])\nos.system(t.cmd)\n")).toBe(true);
    expect(cmdi(nt("'ls ' + self.opt") + "t = T('h', opt=sys.argv[1])\nos.system(t.cmd)\n")).toBe(true);
    expect(cmdi(nt("'ping ' + self.host") + "t = T(**{'host': sys.argv[1]})\nos.system(t.cmd)\n")).toBe(true);
    expect(cmdi(nt("'ping ' + self.host") + "t = T('localhost')\nos.system(t.cmd)\n")).toBe(false);
    const weak = (legacy: string) =>
      analyzeSync(
        `from Crypto.Cipher import AES, Blowfish\nlegacy = ${legacy}\nmod = (legacy and Blowfish) or AES\nc = mod.new(k, mod.MODE_EAX)\n`,
        { language: "python", rules: ["PY-CRYPTO-001"] },
      ).findings.length > 0;
    expect(weak("True")).toBe(true);
    expect(weak("False")).toBe(false);
  });

  it("reads allow-list ternaries and format_map keys", () => {
    expect(cmdi("c = sys.argv[1]\nos.system(c if c in ('ls', 'pwd') else 'ls')\n")).toBe(false);
    expect(cmdi("c = sys.argv[1]\nos.system(c if c == 'ls' else 'pwd')\n")).toBe(false);
    expect(cmdi("c = sys.argv[1]\nos.system(c if c else 'ls')\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nos.system(c if c in ALLOWED else 'ls')\n")).toBe(true);
    const m = "m = {'u': sys.argv[1], 'c': 'ls'}\n";
    expect(cmdi(m + "os.system('{c} -l'.format_map(m))\n")).toBe(false);
    expect(cmdi(m + "os.system('{u} -l'.format_map(m))\n")).toBe(true);
  });

  it("binds comprehension variables to their iterable, follows functools.partial and class-level attributes", () => {
    const rule = (id: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [id] }).findings.length > 0;
    // A sanitiser applied to every element in the body cleans the generator; the body alone is the value.
    expect(cmdi("import shlex\nos.system(' '.join(shlex.quote(a) for a in sys.argv[1:]))\n")).toBe(false);
    expect(cmdi("os.system(' '.join(a.strip() for a in sys.argv[1:]))\n")).toBe(true);
    expect(cmdi("os.system(' '.join([f'-{k}={v}' for k, v in os.environ.items()]))\n")).toBe(true);
    // functools.partial: the bound function is the callee, its keywords the call's.
    const open = "import functools\nfrom flask import request\nrd = functools.partial(open, mode='r')\n";
    expect(rule("PY-PATH-001", open + "def v():\n    return rd(request.args['f']).read()\n")).toBe(true);
    expect(rule("PY-PATH-001", open + "def v():\n    return rd('/etc/motd').read()\n")).toBe(false);
    const cookie = (flag: string) =>
      rule(
        "PY-COOKIE-001",
        `import functools\ndef v(resp, tok):\n    sc = functools.partial(resp.set_cookie, httponly=True, secure=${flag})\n    sc('sid', tok)\n    return resp\n`,
      );
    expect(cookie("False")).toBe(true);
    expect(cookie("True")).toBe(false);
    // A class attribute read through the class is the class body's expression.
    const xxe = (opts: string) =>
      rule(
        "PY-XXE-001",
        `from lxml import etree\nclass P:\n    PARSER = etree.XMLParser(${opts})\ndef v(request):\n    return etree.fromstring(request.data, P.PARSER)\n`,
      );
    expect(xxe("resolve_entities=True")).toBe(true);
    expect(xxe("resolve_entities=False")).toBe(false);
  });

  it("knows prefix-only guards: re.match without an end anchor, startswith('/') for paths and redirects", () => {
    const path = (cond: string) =>
      analyzeSync(
        `def v(request):\n    n = request.args.get('n', '')\n    if ${cond}:\n        return 'bad'\n    return open('/srv/' + n).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(path("n.startswith('/')")).toBe(true);
    expect(path("'..' in n or n.startswith('/')")).toBe(false);
    expect(path("not re.match(r'[a-z]+', n)")).toBe(true);
    expect(path("not re.match(r'[a-z]+$', n)")).toBe(false);
    expect(path("not re.fullmatch(r'[a-z]+', n)")).toBe(false);
    const redir = (cond: string) =>
      analyzeSync(
        `from flask import redirect, request\ndef v():\n    n = request.args.get('next', '/')\n    if ${cond}:\n        n = '/'\n    return redirect(n)\n`,
        { language: "python", rules: ["PY-REDIR-001"] },
      ).findings.length > 0;
    expect(redir("not n.startswith('/')")).toBe(true);
    expect(redir("not n.startswith('/') or n.startswith('//')")).toBe(false);
    expect(redir("not n.startswith('/account/')")).toBe(false);
  });

  it("knows setdefault on data that may hold the key, ChainMap precedence, last path parts and deletion tables", () => {
    expect(cmdi("d = dict(os.environ)\nd.setdefault('c', 'ls')\nos.system(d['c'])\n")).toBe(true);
    expect(cmdi("d = {'x': sys.argv[1]}\nd.setdefault('c', 'ls')\nos.system(d['c'])\n")).toBe(false);
    const chain = (args: string) =>
      sqli(
        `import sys\nfrom collections import ChainMap\ndef q(cur):\n    base = {'o': 'id'}\n    m = ChainMap(${args})\n    cur.execute('SELECT * FROM t ORDER BY ' + m['o'])\n`,
      );
    expect(chain("dict(a=sys.argv[1]), base")).toBe(true);
    expect(chain("base, dict(a=sys.argv[1])")).toBe(false);
    const path = (expr: string) =>
      analyzeSync(
        `from flask import request, send_file\ndef v():\n    n = request.args['f']\n    return send_file('/srv/' + ${expr})\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(path("n.split('/')[-1]")).toBe(false);
    expect(path("n.split('/')[0]")).toBe(true);
    expect(path("n.replace('../', '')")).toBe(true);
    const xss = (chars: string) =>
      analyzeSync(
        `from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef v():\n    t = str.maketrans('', '', ${chars})\n    return '<p>' + request.args['m'].translate(t) + '</p>'\n`,
        { language: "python", rules: ["PY-XSS-001"] },
      ).findings.length > 0;
    expect(xss(`'<>"\\''`)).toBe(false);
    expect(xss(`'\\r\\n'`)).toBe(true);
  });

  it("resolves a function passed as a default parameter or bound in branches", () => {
    const rule = (id: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [id] }).findings.length > 0;
    const seal = (c: string) =>
      `from Crypto.Cipher import ARC4, ChaCha20\ndef seal(d, cipher=${c}):\n    return cipher.new(key=K).encrypt(d)\nx = seal(b'x')\n`;
    expect(rule("PY-CRYPTO-001", seal("ARC4"))).toBe(true);
    expect(rule("PY-CRYPTO-001", seal("ChaCha20"))).toBe(false);
  });

  it("knows allow-list filters in comprehensions, alphabet-reducing re.sub, derived equality tests and instance defaults", () => {
    const where = (filter: string) =>
      sqli(
        `import sys\nALLOWED = ('a', 'b')\ndef q(cur, args):\n    cols = [k for k in sys.argv${filter}]\n    cur.execute('SELECT * FROM t WHERE ' + ' AND '.join(f'{c} = ?' for c in cols))\n`,
      );
    expect(where("")).toBe(true);
    expect(where(" if k in ALLOWED")).toBe(false);
    expect(cmdi("import re\nh = re.sub(r'[^a-z0-9.-]', '', sys.argv[1])\nos.system('dig ' + h)\n")).toBe(
      false,
    );
    expect(cmdi("import re\nh = re.sub(r'\\s+', '', sys.argv[1])\nos.system('dig ' + h)\n")).toBe(true);
    expect(cmdi("import re\nh = re.sub(r'[^a-z;|]', '', sys.argv[1])\nos.system('dig ' + h)\n")).toBe(true);
    // A slug: the replacement's '-' joins the kept alphabet; a replacement with a metacharacter keeps it dangerous.
    expect(cmdi("import re\nh = re.sub(r'[^a-z0-9]+', '-', sys.argv[1])\nos.system('dig ' + h)\n")).toBe(
      false,
    );
    expect(cmdi("import re\nh = re.sub(r'[^a-z0-9]+', ';', sys.argv[1])\nos.system('dig ' + h)\n")).toBe(
      true,
    );
    const slugPath = (repl: string) =>
      analyzeSync(
        `import os, re\nfrom flask import request\ndef v():\n    slug = re.sub(r'[^a-z0-9]+', '${repl}', request.args['t'])\n    return open(os.path.join('/srv/notes', slug + '.md')).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(slugPath("-")).toBe(false);
    expect(slugPath(".")).toBe(true);
    const contain = (fn: string) =>
      analyzeSync(
        `import os\nfrom flask import request, send_file, abort\nB = '/srv'\ndef v():\n    p = os.path.realpath(os.path.join(B, request.args['f']))\n    if os.path.${fn}([B, p]) != B:\n        abort(403)\n    return send_file(p)\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(contain("commonprefix")).toBe(true);
    expect(contain("commonpath")).toBe(false);
    const digest = (algo: string, made: string) =>
      analyzeSync(
        `import hashlib\nclass P:\n    algo = '${algo}'\ndef f(pw):\n    p = ${made}\n    return hashlib.new(p.algo, pw)\n`,
        { language: "python", rules: ["PY-HASH-001"] },
      ).findings.length > 0;
    expect(digest("md5", "P()")).toBe(true);
    expect(digest("sha256", "P()")).toBe(false);
  });

  it("reads star unpacking of a literal sequence by position", () => {
    const pre = "parts = [sys.argv[1], 'ls']\n";
    expect(cmdi(pre + "*_, c = parts\nos.system(c)\n")).toBe(false);
    expect(cmdi(pre + "c, *_ = parts\nos.system(c)\n")).toBe(true);
    expect(cmdi(pre + "a, c = parts\nos.system(c)\n")).toBe(false);
    expect(cmdi(pre + "parts.append(sys.argv[2])\n*_, c = parts\nos.system(c)\n")).toBe(true);
  });

  it("reads a namedtuple's field from the argument given for it", () => {
    const pre =
      "from collections import namedtuple\nP = namedtuple('P', 'cmd safe')\np = P(sys.argv[1], 'ls')\n";
    expect(cmdi(pre + "os.system(p.safe)\n")).toBe(false);
    expect(cmdi(pre + "os.system(p.cmd)\n")).toBe(true);
    expect(
      cmdi(
        "from collections import namedtuple\nP = namedtuple('P', ['cmd', 'safe'])\np = P(safe='ls', cmd=sys.argv[1])\nos.system(p.cmd)\n",
      ),
    ).toBe(true);
  });

  it("reads dict(zip(keys, values)) at a constant key", () => {
    const pre = "d = dict(zip(['c', 's'], [sys.argv[1], 'ls']))\n";
    expect(cmdi(pre + "os.system(d['s'])\n")).toBe(false);
    expect(cmdi(pre + "os.system(d['c'])\n")).toBe(true);
    expect(cmdi("d = dict(zip(['c', 's'], [sys.argv[1], 'ls']), s=sys.argv[2])\nos.system(d['s'])\n")).toBe(
      true,
    );
  });

  it("reads configparser read_dict at the section and option written", () => {
    const pre =
      "import configparser\ncfg = configparser.ConfigParser()\ncfg.read_dict({'s': {'a': 'ls', 'b': sys.argv[1]}})\n";
    expect(cmdi(pre + "os.system(cfg.get('s', 'a'))\n")).toBe(false);
    expect(cmdi(pre + "os.system(cfg.get('s', 'b'))\n")).toBe(true);
    expect(
      cmdi(
        "import configparser\ncfg = configparser.ConfigParser()\ncfg.read_dict(sys.argv[1])\nos.system(cfg.get('s', 'a'))\n",
      ),
    ).toBe(true);
  });

  it("takes a match subject inside a case of literal patterns for one of those literals", () => {
    const pre = "c = sys.argv[1]\nmatch c:\n    case 'ls' | 'df':\n";
    expect(cmdi(pre + "        os.system(c)\n")).toBe(false);
    expect(cmdi(pre + "        pass\n    case _:\n        os.system(c)\n")).toBe(true);
    expect(cmdi("c = sys.argv[1]\nmatch c:\n    case str(x):\n        os.system(c)\n")).toBe(true);
    // A capture pattern binds the subject, a name inside a sequence / mapping / class pattern a part of it.
    expect(
      cmdi(
        "c = sys.argv[1]\nmatch c:\n    case 'ls':\n        pass\n    case other:\n        os.system(other)\n",
      ),
    ).toBe(true);
    expect(cmdi("c = 'ls'\nmatch c:\n    case other:\n        os.system(other)\n")).toBe(false);
    expect(cmdi("c = sys.argv[1]\nmatch c:\n    case 'a' | 'b' as x:\n        os.system(x)\n")).toBe(true);
    expect(cmdi("c = sys.argv[1:]\nmatch c:\n    case [first, *rest]:\n        os.system(first)\n")).toBe(
      true,
    );
    expect(cmdi("c = {'k': sys.argv[1]}\nmatch c:\n    case {'k': v}:\n        os.system(v)\n")).toBe(true);
    expect(cmdi("c = ['ls', 'df']\nmatch c:\n    case [first, *rest]:\n        os.system(first)\n")).toBe(
      false,
    );
    // The subject rebound inside its own case (this used to recurse without end and lose the finding).
    expect(
      cmdi("c = sys.argv[1]\nmatch c:\n    case 'ls':\n        c = sys.argv[2]\n        os.system(c)\n"),
    ).toBe(true);
    expect(cmdi("c = 'x'\nmatch c:\n    case _:\n        c = sys.argv[2]\n        os.system(c)\n")).toBe(
      true,
    );
  });

  it("reads self attributes set by __init__ in a method called on a local instance", () => {
    const cls =
      "class H:\n    def __init__(self, raw):\n        self.raw = raw\n        self.kind = 'ls'\n    def get(self):\n        return self.raw\n    def k(self):\n        return self.kind\n";
    expect(cmdi(cls + "os.system(H(sys.argv[1]).get())\n")).toBe(true);
    expect(cmdi(cls + "h = H(sys.argv[1])\nos.system(h.get())\n")).toBe(true);
    expect(cmdi(cls + "os.system(H(sys.argv[1]).k())\n")).toBe(false);
    expect(cmdi(cls + "h = H('x')\nh.kind = sys.argv[1]\nos.system(h.k())\n")).toBe(true);
  });

  it("takes a repr()-formatted value in generated code for a literal", () => {
    const code = (s: string) =>
      analyzeSync("from flask import request\ndef f():\n    v = request.args['v']\n" + s, {
        language: "python",
        rules: ["PY-CODE-001"],
      }).findings.length > 0;
    expect(code("    exec('x = {!r}'.format(v))\n")).toBe(false);
    expect(code("    exec(f'x = {v!r}')\n")).toBe(false);
    expect(code("    exec('x = ' + repr(v))\n")).toBe(false);
    expect(code("    exec('x = {}'.format(v))\n")).toBe(true);
    expect(code("    exec(f'x = {v!s}')\n")).toBe(true);
  });

  it("undoes an encoding only when the decoder is its inverse", () => {
    const xss = (body: string) =>
      analyzeSync(
        "import base64, html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    n = request.args['n']\n" +
          body,
        { language: "python", rules: ["PY-XSS-001"] },
      ).findings.length > 0;
    expect(xss("    b = base64.b64encode(n.encode())\n    return '<p>' + b.decode() + '</p>'\n")).toBe(false);
    expect(
      xss("    b = base64.b64encode(n.encode())\n    return '<p>' + base64.b64decode(b).decode() + '</p>'\n"),
    ).toBe(true);
    expect(xss("    return '<p>' + html.unescape(html.escape(n)) + '</p>'\n")).toBe(true);
    expect(xss("    return '<p>' + html.escape(html.unescape(n)) + '</p>'\n")).toBe(false);
    expect(xss("    vals = {'name': html.escape(n), 'raw': n}\n    return '<p>%(name)s</p>' % vals\n")).toBe(
      false,
    );
    expect(xss("    vals = {'name': html.escape(n), 'raw': n}\n    return '<p>%(raw)s</p>' % vals\n")).toBe(
      true,
    );
  });

  it("reads app.config keys set once to a constant at module level", () => {
    const cookie = (pre: string) =>
      analyzeSync(
        "from flask import Flask, make_response\napp = Flask(__name__)\n" +
          pre +
          "def f():\n    r = make_response('ok')\n    r.set_cookie('s', 'v', secure=app.config['SEC'], httponly=True)\n    return r\n",
        { language: "python", rules: ["PY-COOKIE-001"] },
      ).findings.some((f) => /Secure/.test(f.message));
    expect(cookie("app.config['SEC'] = False\n")).toBe(true);
    expect(cookie("app.config['SEC'] = True\n")).toBe(false);
    expect(cookie("app.config['SEC'] = False\napp.config.from_object('settings')\n")).toBe(false);
  });

  it("takes startswith containment without a trailing separator for a sibling-directory escape", () => {
    const pathi = (base: string, test: string) =>
      analyzeSync(
        `import os\nfrom flask import request, abort\nBASE = '${base}'\ndef f():\n    p = os.path.realpath(os.path.join(BASE, request.args['f']))\n    if not p.startswith(${test}):\n        abort(403)\n    return open(p).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(pathi("/srv/data", "BASE")).toBe(true);
    expect(pathi("/srv/data", "BASE + os.sep")).toBe(false);
    expect(pathi("/srv/data/", "BASE")).toBe(false);
    expect(pathi("/srv/data", "'/srv/data'")).toBe(true);
  });

  it("takes a containment test on a path's resolved alias for the path itself", () => {
    const pathi = (test: string, rebind = "") =>
      analyzeSync(
        `import os\nfrom flask import request\nBASE = '/srv/data/'\ndef f():\n    p = os.path.join(BASE, request.args['f'])\n    real = os.path.realpath(p)\n    if not ${test}:\n        return 'no'\n${rebind}    return open(p).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(pathi("real.startswith(BASE)")).toBe(false);
    expect(pathi("real.startswith(BASE)", "    p = request.args['g']\n")).toBe(true);
    expect(pathi("BASE.startswith('/')")).toBe(true);
  });

  it("folds membership in a literal tuple, len() of a list name and split() of a literal", () => {
    expect(cmdi("S = ('a', 'b')\nc = sys.argv[1] if 'b' in S else 'ls'\nos.system(c)\n")).toBe(true);
    expect(cmdi("S = ('a', 'b')\nc = sys.argv[1] if 'z' in S else 'ls'\nos.system(c)\n")).toBe(false);
    const pre = "lst = ['ls', sys.argv[1], '-la']\n";
    expect(cmdi(pre + "os.system(lst[len(lst) - 2])\n")).toBe(true);
    expect(cmdi(pre + "os.system(lst[len(lst) - 1])\n")).toBe(false);
    expect(cmdi("c = 'ls'\nif 'a,b'.split(',')[1] == 'b':\n    c = sys.argv[1]\nos.system(c)\n")).toBe(true);
    expect(cmdi("c = 'ls'\nif 'a,b'.split(',')[0] == 'b':\n    c = sys.argv[1]\nos.system(c)\n")).toBe(false);
  });

  it("binds enumerate counters and zip partners separately, and iterates dicts by key", () => {
    expect(cmdi("for i, t in enumerate(sys.argv):\n    os.system('echo %d' % i)\n")).toBe(false);
    expect(cmdi("for i, t in enumerate(sys.argv):\n    os.system('echo ' + t)\n")).toBe(true);
    expect(cmdi("L = ('a', 'b')\nfor l, v in zip(L, sys.argv):\n    os.system('echo ' + l)\n")).toBe(false);
    expect(cmdi("L = ('a', 'b')\nfor l, v in zip(L, sys.argv):\n    os.system('echo ' + v)\n")).toBe(true);
    expect(cmdi("os.system(' '.join(str(i) for i, a in enumerate(sys.argv)))\n")).toBe(false);
    const d = "d = {k: v for k, v in os.environ.items() if k in ('A', 'B')}\n";
    expect(cmdi(d + "os.system(' '.join(k for k in d))\n")).toBe(false);
    expect(cmdi(d + "os.system(' '.join(d[k] for k in d))\n")).toBe(true);
    expect(cmdi("d = {'ls': sys.argv[1]}\nfor k in d:\n    os.system(k)\n")).toBe(false);
  });

  it("sanitises map(sanitiser, xs) and skips code after an always-taken early return", () => {
    expect(cmdi("import shlex\nos.system('ls ' + ' '.join(map(shlex.quote, sys.argv[1:])))\n")).toBe(false);
    expect(cmdi("os.system('ls ' + ' '.join(map(str.strip, sys.argv[1:])))\n")).toBe(true);
    const helper = "def run(a, safe=True):\n    if safe:\n        return 0\n    os.system(a)\n";
    expect(cmdi(helper + "run(sys.argv[1])\n")).toBe(false);
    expect(cmdi(helper + "run(sys.argv[1], safe=False)\n")).toBe(true);
  });

  it("reads the element a loop's partner test selects (enumerate index, items key)", () => {
    const en = (k: number) =>
      `c = 'ls'\nfor i, v in enumerate(['ls', sys.argv[1]]):\n    if i == ${k}:\n        c = v\nos.system(c)\n`;
    expect(cmdi(en(0))).toBe(false);
    expect(cmdi(en(1))).toBe(true);
    const it = (k: string) =>
      `d = {'safe': 'ls', 'user': sys.argv[1]}\nfor k, v in d.items():\n    if k == '${k}':\n        os.system(v)\n`;
    expect(cmdi(it("safe"))).toBe(false);
    expect(cmdi(it("user"))).toBe(true);
    expect(cmdi("d = {'safe': 'ls', 'user': sys.argv[1]}\nfor k, v in d.items():\n    os.system(v)\n")).toBe(
      true,
    );
  });

  it("reads an attribute a setter called on the same instance name assigned", () => {
    const box =
      "class Box:\n    def __init__(self):\n        self.v = ''\n    def put(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n";
    expect(cmdi(box + "b = Box()\nb.put(sys.argv[1])\nos.system(b.get())\n")).toBe(true);
    expect(cmdi(box + "b = Box()\nb.put('ls')\nos.system(b.get())\n")).toBe(false);
  });

  it("follows what a local generator yields (next() the first, list()[k] the k-th, a loop all)", () => {
    const gen = "def g():\n    yield 'ls'\n    yield sys.argv[1]\n";
    expect(cmdi(gen + "os.system(next(g()))\n")).toBe(false);
    expect(cmdi(gen + "os.system(list(g())[1])\n")).toBe(true);
    expect(cmdi(gen + "os.system(list(g())[0])\n")).toBe(false);
    expect(cmdi(gen + "for c in g():\n    os.system(c)\n")).toBe(true);
  });

  it("drops a guard for a value bound again after the test", () => {
    const head = "d = sys.argv[1]\n";
    expect(cmdi(head + "if d == 'ls':\n    os.system(d)\n")).toBe(false);
    expect(cmdi(head + "if d == 'ls':\n    d = sys.argv[2]\n    os.system(d)\n")).toBe(true);
    expect(cmdi(head + "if d not in ('ls', 'pwd'):\n    d = 'ls'\nos.system(d)\n")).toBe(false);
    expect(cmdi(head + "if d not in ('ls', 'pwd'):\n    d = 'ls'\nd = sys.argv[2]\nos.system(d)\n")).toBe(
      true,
    );
    // A rebinding after the use does not reach it.
    expect(cmdi(head + "if d == 'ls':\n    os.system(d)\n    d = sys.argv[2]\n")).toBe(false);
  });

  it("reads one position of a tuple a local helper returns, through a nested helper's return", () => {
    const h = "def split(raw):\n    def parts():\n        return 'uptime', raw\n    return parts()\n";
    expect(cmdi(h + "a, b = split(sys.argv[1])\nos.system(a)\n")).toBe(false);
    expect(cmdi(h + "a, b = split(sys.argv[1])\nos.system(b)\n")).toBe(true);
    expect(cmdi("def f(x):\n    return x.strip()\na, b = f(sys.argv[1])\nos.system(a)\n")).toBe(true);
  });

  it("tests an if inside a for over known values for each value", () => {
    const loop = (k: number) =>
      `c = 'ls'\nfor i in range(3):\n    if i == ${k}:\n        c = sys.argv[1]\nos.system(c)\n`;
    expect(cmdi(loop(5))).toBe(false);
    expect(cmdi(loop(2))).toBe(true);
    expect(
      cmdi("c = 'ls'\nfor m in ('a', 'b'):\n    if m == 'z':\n        c = sys.argv[1]\nos.system(c)\n"),
    ).toBe(false);
    expect(
      cmdi("c = 'ls'\nfor m in ('a', 'z'):\n    if m == 'z':\n        c = sys.argv[1]\nos.system(c)\n"),
    ).toBe(true);
  });

  it("reads format-field items, itemgetter keys, table lambdas, chained slices and reduce folds", () => {
    const d = "d = {'n': sys.argv[1], 's': 'ls'}\n";
    expect(cmdi(d + "os.system('{0[s]}'.format(d))\n")).toBe(false);
    expect(cmdi(d + "os.system('{0[n]}'.format(d))\n")).toBe(true);
    expect(cmdi("import operator\np = (sys.argv[1], 'ls')\nos.system(operator.itemgetter(1)(p))\n")).toBe(
      false,
    );
    expect(cmdi("import operator\np = (sys.argv[1], 'ls')\nos.system(operator.itemgetter(0)(p))\n")).toBe(
      true,
    );
    const t = "import shlex\nt = {'q': lambda s: shlex.quote(s), 'raw': lambda s: s}\n";
    expect(cmdi(t + "os.system('ls ' + t['q'](sys.argv[1]))\n")).toBe(false);
    expect(cmdi(t + "os.system('ls ' + t['raw'](sys.argv[1]))\n")).toBe(true);
    const c = "import itertools\nsegs = list(itertools.chain(('ls', '-l'), [sys.argv[1]]))\n";
    expect(cmdi(c + "os.system(' '.join(segs[:2]))\n")).toBe(false);
    expect(cmdi(c + "os.system(' '.join(segs))\n")).toBe(true);
    const r = (body: string) =>
      `import functools\nw = functools.reduce(lambda a, t: ${body}, sys.argv[1:], 'ls')\nos.system(w)\n`;
    expect(cmdi(r("a + ' -l'"))).toBe(false);
    expect(cmdi(r("a + ' ' + t"))).toBe(true);
  });

  it("reads replaced and original fields of namedtuple._replace and dataclasses.replace, and g attributes", () => {
    const nt =
      "from collections import namedtuple\nQ = namedtuple('Q', 'cmd arg')\nq = Q('ls', '-l')._replace(arg=sys.argv[1])\n";
    expect(cmdi(nt + "os.system(q.cmd)\n")).toBe(false);
    expect(cmdi(nt + "os.system(q.arg)\n")).toBe(true);
    const dc =
      "import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass C:\n    cmd: str = 'ls'\n    arg: str = ''\n" +
      "c = dataclasses.replace(C(), arg=sys.argv[1])\n";
    expect(cmdi(dc + "os.system(c.cmd)\n")).toBe(false);
    expect(cmdi(dc + "os.system(c.arg)\n")).toBe(true);
    const g = "from flask import g\ndef v():\n    g.cmd = 'ls'\n    g.arg = sys.argv[1]\n";
    expect(cmdi(g + "    os.system(g.cmd)\n")).toBe(false);
    expect(cmdi(g + "    os.system(g.arg)\n")).toBe(true);
  });

  it("binds *args to the tuple of the remaining arguments: a constant index reads one, the name all of them", () => {
    const sev = (code: string) =>
      analyzeSync("import os, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n" + code, {
        language: "python",
        rules: ["PY-CMDI-001"],
      }).findings.map((f) => f.severity);
    const route = (call: string) => `@app.route('/r')\ndef r():\n    ${call}\n    return 'ok'\n`;
    const run = (body: string) => `def run(*parts):\n    ${body}\n`;
    const q = "request.args['x']";
    // The query value is the second extra argument: parts[1] (and parts[-1]) read it, parts[0] is the constant.
    expect(sev(run("os.system(parts[1])") + route(`run('ls', ${q})`))).toContain("CRITICAL");
    expect(sev(run("os.system(parts[-1])") + route(`run('ls', ${q})`))).toContain("CRITICAL");
    expect(sev(run("os.system(parts[0])") + route(`run('ls', ${q})`))).toEqual([]);
    expect(sev(run("os.system(parts[-2])") + route(`run('ls', ${q})`))).toEqual([]);
    // After a named parameter the tuple starts at the next argument.
    const after = "def run(tool, *parts):\n    os.system(parts[0])\n";
    expect(sev(after + route(`run('ls', ${q})`))).toContain("CRITICAL");
    expect(sev(after + route(`run(${q}, 'ls')`))).toEqual([]);
    // Every call counts: one passing the query value at that index is enough.
    expect(sev(run("os.system(parts[0])") + route(`run('ls', ${q})\n    run(${q})`))).toContain("CRITICAL");
    // The tuple as a whole carries its most controlled member (a request value, not a parameter).
    expect(sev(run("os.system(' '.join(parts))") + route(`run('ls', ${q})`))).toContain("CRITICAL");
    expect(sev(run("os.system(' '.join(parts))") + route(`run('ls', '-l')`))).not.toContain("CRITICAL");
    // Bound at one call (a returned element): the element that call passes at that index.
    const pick = (i: number) => `def pick(*p):\n    return p[${i}]\n`;
    expect(sev(pick(1) + route(`os.system(pick('ls', ${q}))`))).toContain("CRITICAL");
    expect(sev(pick(0) + route(`os.system(pick('ls', ${q}))`))).toEqual([]);
    expect(sev(pick(2) + route(`os.system(pick('ls', ${q}))`))).toEqual([]);
    // A splatted call: positions unknown, so the element is not proven constant (today's reading).
    expect(sev(run("os.system(parts[0])") + route(`xs = [${q}, 'ls']\n    run(*xs)`)).length).toBeGreaterThan(
      0,
    );
    expect(sev(pick(0) + route(`xs = ['ls', ${q}]\n    os.system(pick(*xs))`)).length).toBeGreaterThan(0);
  });

  it("knows isinstance(int) guards, parsed dates, Enum values, SimpleNamespace fields, *args and dict copies", () => {
    const x = "x = sys.argv[1]\n";
    expect(cmdi(x + "if not isinstance(x, int):\n    sys.exit(1)\nos.system('kill ' + str(x))\n")).toBe(
      false,
    );
    expect(cmdi(x + "if not isinstance(x, str):\n    sys.exit(1)\nos.system('kill ' + x)\n")).toBe(true);
    expect(cmdi(x + "if not all(c.isprintable() for c in x):\n    sys.exit(1)\nos.system('ls ' + x)\n")).toBe(
      true,
    );
    expect(cmdi(x + "if not all(c.isalnum() for c in x):\n    sys.exit(1)\nos.system('ls ' + x)\n")).toBe(
      false,
    );
    const dt = "from datetime import datetime\n";
    expect(cmdi(dt + x + "os.system('cal ' + datetime.strptime(x, '%Y-%m').date().isoformat())\n")).toBe(
      false,
    );
    const en = "import enum\nclass M(enum.Enum):\n    A = 'ls'\n";
    expect(cmdi(en + x + "os.system(M(x).value)\n")).toBe(false);
    expect(cmdi(en + x + "m = M(x)\nos.system(x)\n")).toBe(true);
    const ns = "from types import SimpleNamespace\nn = SimpleNamespace(cmd='ls', arg=sys.argv[1])\n";
    expect(cmdi(ns + "os.system(n.cmd)\n")).toBe(false);
    expect(cmdi(ns + "os.system(n.arg)\n")).toBe(true);
    const star = "def line(*parts):\n    return ' '.join(parts)\n";
    expect(cmdi(star + "os.system(line('ls', '-l'))\n")).toBe(false);
    expect(cmdi(star + "os.system(line('ls', sys.argv[1]))\n")).toBe(true);
    // A key present in the request's container says nothing of its value; a value in an allow-list does.
    const fl = "from flask import request\ndef v():\n    p = request.form.to_dict()\n";
    expect(cmdi(fl + "    if 'h' in p:\n        os.system('ping ' + p['h'])\n")).toBe(true);
    expect(cmdi(fl + "    if 'h' in p and p['h'].isalnum():\n        os.system('ping ' + p['h'])\n")).toBe(
      false,
    );
    const rq = "from flask import request, abort\nOPS = ('uptime', 'df')\ndef v():\n";
    expect(
      cmdi(
        rq +
          "    if request.args.get('c') not in OPS:\n        abort(400)\n    os.system(request.args['c'])\n",
      ),
    ).toBe(false);
    expect(
      cmdi(rq + "    if 'c' not in request.args:\n        abort(400)\n    os.system(request.args['c'])\n"),
    ).toBe(true);
    // An assert is no guard (python -O removes it), nor is a helper's assert; a local helper that raises is.
    expect(cmdi(x + "assert x in ('a', 'b')\nos.system('ls ' + x)\n")).toBe(true);
    expect(cmdi(x + "if x not in ('a', 'b'):\n    raise ValueError(x)\nos.system('ls ' + x)\n")).toBe(false);
    expect(cmdi(x + "assert x\nos.system('ls ' + x)\n")).toBe(true);
    const ach = "def chk(v):\n    assert v.isdigit()\n";
    expect(cmdi(ach + x + "chk(x)\nos.system('kill ' + x)\n")).toBe(true);
    const chk = "def chk(v):\n    if not v.isdigit():\n        raise ValueError(v)\n";
    expect(cmdi(chk + x + "chk(x)\nos.system('kill ' + x)\n")).toBe(false);
    expect(cmdi(chk + x + "os.system('kill ' + x)\nchk(x)\n")).toBe(true);
    const weak = "def chk(v: str) -> None:\n    assert isinstance(v, str)\n";
    expect(cmdi(weak + x + "chk(x)\nos.system('kill ' + x)\n")).toBe(true);
    const cp = "import copy\nd = {'a': sys.argv[1], 'b': 'ls'}\ne = copy.deepcopy(d)\n";
    expect(cmdi(cp + "os.system(e['b'])\n")).toBe(false);
    expect(cmdi(cp + "os.system(e['a'])\n")).toBe(true);
  });

  it("runs property setters on `obj.prop = v`, methods called through self, and Chalice's current_request", () => {
    // A property setter stores what `obj.prop = v` assigns; its own raising guard holds for what it stores.
    const prop = (setter: string) =>
      "class Job:\n    @property\n    def host(self):\n        return self._host\n    @host.setter\n    def host(self, v):\n" +
      setter +
      "        self._host = v\ndef run():\n    j = Job()\n    j.host = sys.argv[1]\n    os.system('ping ' + j.host)\n";
    expect(cmdi(prop(""))).toBe(true);
    expect(cmdi(prop("        if not v.isalnum():\n            raise ValueError(v)\n"))).toBe(false);
    // `self.load()` from the handler: what load() stores in self.x, by its own body, is what other methods read.
    const hook = (check: string) =>
      "class V:\n    def load(self):\n        f = sys.argv[1]\n" +
      check +
      "        self.f = f\n    def build(self):\n        os.system('tar ' + self.f)\n    def post(self):\n        self.load()\n        self.build()\n";
    expect(cmdi(hook(""))).toBe(true);
    expect(cmdi(hook("        if f not in ('gz', 'xz'):\n            raise ValueError(f)\n"))).toBe(false);
    // `Probe.tool = t` from a function, read as `cls.tool` in a classmethod: what it assigns, after its checks.
    const probe = (check: string) =>
      "class Probe:\n    tool = 'df'\n    @classmethod\n    def run(cls):\n        os.system(cls.tool)\ndef main():\n    t = sys.argv[1]\n" +
      check +
      "    Probe.tool = t\n    Probe.run()\n";
    expect(cmdi(probe(""))).toBe(true);
    expect(cmdi(probe("    if t not in ('df', 'du'):\n        raise SystemExit(2)\n"))).toBe(false);
    // (Request data is CRITICAL; a value of unknown origin in the shell only MEDIUM.)
    const chalice = (imp: string) =>
      analyzeSync(
        "import os\n" +
          imp +
          "app = Chalice(app_name='a')\ndef h():\n    os.system(app.current_request.query_params['c'])\n",
        { language: "python", rules: ["PY-CMDI-001"] },
      ).findings.some((f) => f.severity === "CRITICAL");
    expect(chalice("from chalice import Chalice\n")).toBe(true);
    expect(chalice("from mylib import Chalice\n")).toBe(false);
  });

  it("sees global and nonlocal rebinding from other functions, container-only in-tests, properties and super().__init__", () => {
    // `global` written by one function, read in another.
    const g = (v: string) =>
      `CMD = 'ls'\ndef setup():\n    global CMD\n    CMD = ${v}\ndef run():\n    os.system(CMD)\n`;
    expect(cmdi(g("sys.argv[1]"))).toBe(true);
    expect(cmdi(g("'df' if sys.argv[1] else 'du'"))).toBe(false);
    // `nonlocal` written by a nested helper; its parameters take what its calls pass.
    const nl = (v: string) =>
      `def main():\n    c = 'ls'\n    def pick(k):\n        nonlocal c\n        c += ${v}\n    for k in ('a', 'b'):\n        pick(k)\n    os.system(c)\n`;
    expect(cmdi(nl("' ' + sys.argv[1]"))).toBe(true);
    expect(cmdi(nl("' -' + k"))).toBe(false);
    // `if k in d:` tests the key; d[k] is whatever d holds.
    const inTest = (c: string) =>
      `d = {'a': sys.argv[1]}\nfor k in ('a',):\n    if ${c}:\n        os.system(d[k])\n`;
    expect(cmdi(inTest("k in d"))).toBe(true);
    expect(cmdi("x = sys.argv[1]\nif x in ('ls', 'df'):\n    os.system(x)\n")).toBe(false);
    // A @property getter reads the fields __init__ set from the constructor's arguments.
    const prop = (v: string) =>
      `class P:\n    def __init__(self, a):\n        self._a = a\n    @property\n    def cmd(self):\n        return ${v}\n`;
    expect(cmdi(prop("self._a") + "os.system(P(sys.argv[1]).cmd)\n")).toBe(true);
    expect(cmdi(prop("'ls'") + "os.system(P(sys.argv[1]).cmd)\n")).toBe(false);
    // Fields a base's __init__ sets, through super().__init__(...) or an inherited __init__.
    const base = "class B:\n    def __init__(self, a):\n        self.a = a\n";
    const sub = (v: string) =>
      base +
      `class C(B):\n    def __init__(self, a):\n        super().__init__(${v})\n    def cmd(self):\n        return self.a\n`;
    expect(cmdi(sub("a") + "os.system(C(sys.argv[1]).cmd())\n")).toBe(true);
    expect(cmdi(sub("'ls'") + "os.system(C(sys.argv[1]).cmd())\n")).toBe(false);
    const inherit = base + "class D(B):\n    def cmd(self):\n        return 'ls -l ' + self.a\n";
    expect(cmdi(inherit + "os.system(D(sys.argv[1]).cmd())\n")).toBe(true);
    expect(cmdi(inherit + "os.system(D('/tmp').cmd())\n")).toBe(false);
  });

  it("reads a closure's captured factory parameter from the factory's calls in request handlers", () => {
    const code = (arg: string, extra = "") =>
      "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n" +
      "def make(cmd):\n    def run():\n        return subprocess.check_output(cmd, shell=True)\n    return run\n" +
      `@app.route('/x')\ndef x():\n    d = request.args['d']\n    return make(${arg})()\n` +
      extra;
    const hits = (c: string) =>
      analyzeSync(c, { language: "python", rules: ["PY-CMDI-002"] }).findings.length > 0;
    expect(hits(code("'ls /srv'"))).toBe(false);
    expect(hits(code("'ls ' + d"))).toBe(true);
    // Called from elsewhere too (module level, or named as a value): the parameter stays the caller's.
    expect(hits(code("'ls /srv'", "make(input())()\n"))).toBe(true);
    expect(hits(code("'ls /srv'", "HOOKS = [make]\n"))).toBe(true);
  });

  it("reads an instance a classmethod factory makes through `cls(...)` attribute by attribute", () => {
    const klass =
      "class Job:\n    def __init__(self, arg, tool):\n        self.arg = arg\n        self.tool = tool\n\n" +
      "    @classmethod\n    def of(cls, raw):\n        return cls(raw, 'uptime')\n";
    expect(cmdi(klass + "j = Job.of(sys.argv[1])\nos.system(j.tool)\n")).toBe(false);
    expect(cmdi(klass + "j = Job.of(sys.argv[1])\nos.system(j.arg)\n")).toBe(true);
  });

  it("reads an app.config key set unconditionally earlier in the same view", () => {
    const view = (pre: string) =>
      "from flask import Flask, make_response\napp = Flask(__name__)\n@app.route('/x')\ndef x():\n" +
      pre +
      "    r = make_response('ok')\n    r.set_cookie('k', 'v', secure=app.config['COOKIE_SECURE'], httponly=True)\n    return r\n";
    const insecure = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-COOKIE-001"] }).findings.length > 0;
    expect(insecure(view("    app.config['COOKIE_SECURE'] = False\n"))).toBe(true);
    expect(insecure(view("    app.config['COOKIE_SECURE'] = True\n"))).toBe(false);
  });

  it("reads an attribute a base class's __init__ sets from the subclass's super().__init__ arguments", () => {
    const klass = (arg: string) =>
      "import shlex\nclass Base:\n    def __init__(self, cmd):\n        self.cmd = cmd\n\n" +
      `class Child(Base):\n    def __init__(self, p):\n        super().__init__('ls ' + ${arg})\n`;
    expect(cmdi(klass("p") + "c = Child(sys.argv[1])\nos.system(c.cmd)\n")).toBe(true);
    expect(cmdi(klass("shlex.quote(p)") + "c = Child(sys.argv[1])\nos.system(c.cmd)\n")).toBe(false);
  });

  it("reads a helper's or a method's parameters from its calls when every call is made from request handling", () => {
    const head = "import subprocess, shlex\nfrom flask import Flask, request\napp = Flask(__name__)\n";
    const shell = (code: string) =>
      analyzeSync(head + code, { language: "python", rules: ["PY-CMDI-002"] }).findings.filter(
        (f) => f.severity !== "LOW",
      ).length > 0;
    const sh = "def sh(cmd):\n    return subprocess.run(cmd, shell=True)\n";
    const route = (body: string) => `@app.route('/r')\ndef r():\n    ${body}\n`;
    // Every call passes a quoted value or a constant: the parameter holds no caller's text.
    expect(shell(sh + route("return sh('ls ' + shlex.quote(request.args['d']))"))).toBe(false);
    expect(shell(sh + route("return sh('ls ' + request.args['d'])"))).toBe(true);
    // A call from outside request handling (a script's main) keeps the parameter caller-controlled.
    expect(shell(sh + route("return sh('ls')") + "sh(input())\n")).toBe(true);
    expect(shell(sh + route("return sh('ls')") + "def other(x):\n    return sh(x)\n")).toBe(true);
    // Through a method call on a local instance, and `self.x` from the constructor's arguments.
    const klass = (arg: string) =>
      "class Grep:\n    def __init__(self, folder):\n        self.folder = folder\n\n" +
      "    def run(self, pattern):\n        return subprocess.run('grep ' + pattern + ' ' + self.folder, shell=True)\n" +
      route(`g = Grep('/srv/logs')\n    return g.run(${arg})`);
    expect(shell(klass("shlex.quote(request.args['p'])"))).toBe(false);
    expect(shell(klass("request.args['p']"))).toBe(true);
    // A call through `self.` inside the class is not one of the known calls: caller-controlled again.
    expect(
      shell(
        klass("shlex.quote(request.args['p'])").replace(
          "\n@app",
          "    def again(self, p):\n        return self.run(p)\n\n@app",
        ),
      ),
    ).toBe(true);
  });

  it("reads a helper's parameters from its calls through local pass-through decorators only", () => {
    const code = (deco: string, call: string) =>
      "import functools, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n" +
      "def logged(fn):\n    @functools.wraps(fn)\n    def inner(*args, **kwargs):\n        return fn(*args, **kwargs)\n    return inner\n" +
      "def tagged(fn):\n    def inner(*args, **kwargs):\n        return fn('x', *args, **kwargs)\n    return inner\n" +
      `${deco}def archive(label, path):\n    return subprocess.call('tar czf /tmp/b.tgz ' + path, shell=True)\n` +
      `@app.route('/a')\ndef a():\n    return ${call}\n`;
    const hits = (c: string) =>
      analyzeSync(c, { language: "python", rules: ["PY-CMDI-002"] }).findings.filter(
        (f) => f.severity !== "LOW",
      ).length > 0;
    const byLabel = "archive(request.args['l'], '/srv')";
    expect(hits(code("@logged\n", byLabel))).toBe(false);
    expect(hits(code("@logged\n", "archive('nightly', request.args['p'])"))).toBe(true);
    // A wrapper that changes the arguments: the calls seen are not what the function receives.
    expect(hits(code("@tagged\n", byLabel))).toBe(true);
    expect(hits(code("@functools.lru_cache\n", byLabel))).toBe(true);
  });

  it("escapes nothing for an unquoted attribute built with +, % or .format, and not inside a quoted value", () => {
    const xss = (body: string) =>
      analyzeSync(
        "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    n = request.args['n']\n" +
          body,
        { language: "python", rules: ["PY-XSS-001"] },
      ).findings.length > 0;
    expect(xss("    return '<b class=' + html.escape(n) + '>x</b>'\n")).toBe(true);
    expect(xss("    return '<b class=\"' + html.escape(n) + '\">x</b>'\n")).toBe(false);
    expect(xss("    return '<i title=%s>x</i>' % html.escape(n)\n")).toBe(true);
    expect(xss("    return '<i title=\"%s\">x</i>' % html.escape(n)\n")).toBe(false);
    expect(xss("    return '<p>{}</p><i title={}>x</i>'.format('a', html.escape(n))\n")).toBe(true);
    expect(xss("    return '<i title={}>{}</i>'.format('a', html.escape(n))\n")).toBe(false);
    expect(xss('    return \'<meta http-equiv="refresh" content="0; url=%s">\' % html.escape(n)\n')).toBe(
      false,
    );
  });

  it("takes a caught exception as carrying what the try body passed to its calls", () => {
    const xss = (body: string) =>
      analyzeSync(
        "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n" +
          body,
        { language: "python", rules: ["PY-XSS-001"] },
      ).findings.length > 0;
    const tmpl = (arg: string, out: string) =>
      `    try:\n        q = int(${arg})\n    except ValueError as e:\n        return '<p>' + ${out} + '</p>'\n    return str(q)\n`;
    expect(xss(tmpl("request.args['q']", "str(e)"))).toBe(true);
    expect(xss(tmpl("request.args['q']", "html.escape(str(e))"))).toBe(false);
    expect(xss(tmpl("'12'", "str(e)"))).toBe(false);
  });

  it("takes x.__repr__() as repr(x) for a log, and a socket error's text as the OS's errno message", () => {
    const log = (body: string) =>
      analyzeSync(
        "import logging, socket\nlog = logging.getLogger(__name__)\ndef scan(sock, host):\n" +
          "    buff, addr = sock.recvfrom(8192)\n    try:\n        sock.sendto(buff, (host, 5060))\n" +
          body,
        { language: "python", rules: ["PY-LOG-001"] },
      ).findings.length > 0;
    expect(log("    except socket.error as err:\n        log.error('socket error: %s' % err)\n")).toBe(false);
    expect(log("    except (socket.timeout, ConnectionError) as err:\n        log.error(err)\n")).toBe(false);
    expect(log("    except socket.error:\n        log.error('response: %s' % buff.__repr__())\n")).toBe(
      false,
    );
    // Any other exception may quote what the try body passed; the received text itself is written as is.
    expect(log("    except ValueError as err:\n        log.error('bad: %s' % err)\n")).toBe(true);
    expect(log("    except socket.error:\n        log.error('response: %s' % buff)\n")).toBe(true);
  });

  it("takes a stream's position, a descriptor, a queue's length and a timedelta's seconds as numbers for a log", () => {
    const log = (use: string) =>
      analyzeSync(
        "import io, logging\nlog = logging.getLogger(__name__)\ndef resume(sock):\n" +
          `    words = io.BytesIO(sock.recv(4096))\n    words.readline()\n    log.debug('position %s' % ${use})\n`,
        { language: "python", rules: ["PY-LOG-001"] },
      ).findings.length > 0;
    expect(log("words.tell()")).toBe(false);
    expect(log("words.fileno()")).toBe(false);
    // The words read are the received text.
    expect(log("words.readline()")).toBe(true);
  });

  it("reads what a local helper called in the try body raises, for every sink class", () => {
    const run = (rule: string, raised: string, out: string, sink: string) =>
      analyzeSync(
        "import os\nfrom lxml import etree\nfrom flask import Flask, request, session\napp = Flask(__name__)\n" +
          `def check(v):\n    raise ValueError(${raised})\n` +
          "@app.route('/')\ndef f():\n    p = request.args.get('p', '')\n    try:\n        check(p)\n        k = 'x'\n" +
          `    except ValueError as e:\n        k = ${out}\n    ${sink}\n    return 'ok'\n`,
        { language: "python", rules: [rule] },
      ).findings.filter((f) => f.severity !== "LOW").length > 0;
    const shell = "os.system('echo ' + k)";
    const xpath = "etree.parse('a.xml').xpath(\"//u[@n='\" + k + \"']\")";
    // The helper raises its parameter: the handler's str(e) is the request value.
    expect(run("PY-CMDI-001", "v", "str(e)", shell)).toBe(true);
    expect(run("PY-XPATH-001", "v", "str(e)", xpath)).toBe(true);
    // It raises a constant whatever it is passed; or the handler keeps only the exception's class name.
    expect(run("PY-CMDI-002", "'bad'", "str(e)", "import subprocess; subprocess.run(k, shell=True)")).toBe(
      false,
    );
    expect(run("PY-XPATH-001", "'bad'", "str(e)", xpath)).toBe(false);
    expect(run("PY-XPATH-001", "v", "type(e).__name__", xpath)).toBe(false);
    expect(run("PY-XPATH-001", "v", "e.__class__.__name__", xpath)).toBe(false);
  });

  it("reads a local generator called with arguments at a constant position", () => {
    const gen = (pick: string) =>
      "import sqlite3\nfrom flask import request\ndef cands(v):\n    yield 'guest'\n    yield v\n" +
      `def f():\n    bar = ${pick}\n    sqlite3.connect('a.db').execute(f"SELECT 1 FROM u WHERE n = '{bar}'")\n`;
    expect(sqli(gen("list(cands(request.args['n']))[-1]"))).toBe(true);
    expect(sqli(gen("list(cands(request.args['n']))[0]"))).toBe(false);
    expect(sqli(gen("next(cands(request.args['n']))"))).toBe(false);
    // Through a name bound once to the list, and past a `yield from` of a literal.
    const named = (pick: number, from = "") =>
      "import sqlite3\nfrom flask import request\n" +
      `def cands(v):\n    yield 'guest'\n${from}    yield v\n` +
      `def f():\n    items = list(cands(request.args['n']))\n` +
      `    sqlite3.connect('a.db').execute(f"SELECT 1 FROM u WHERE n = '{items[${pick}]}'")\n`;
    expect(sqli(named(1))).toBe(true);
    expect(sqli(named(0))).toBe(false);
    expect(sqli(named(1, "    yield from ('a', 'b')\n"))).toBe(false);
    expect(sqli(named(3, "    yield from ('a', 'b')\n"))).toBe(true);
    // `yield from` of something whose length is unknown: the later positions are not known.
    expect(sqli(named(1, "    yield from request.args.getlist('x')\n"))).toBe(true);
    // `a, b, c = gen(v)` unpacks the generator's values in order.
    const unpack = (use: string) =>
      cmdi(
        "from flask import request\ndef parts(v):\n    yield 'ls'\n    yield from ['-l', '--']\n    yield v\n" +
          `def f():\n    a, b, c, d = parts(request.args['c'])\n    os.system(${use})\n`,
      );
    expect(unpack("a + ' ' + b")).toBe(false);
    expect(unpack("a + ' ' + d")).toBe(true);
    // subprocess.run(list(gen(v))) without a shell: the program is the generator's first value.
    const argv = (first: string) =>
      analyzeSync(
        "import subprocess\nfrom flask import request\n" +
          `def args(p):\n    yield ${first}\n    yield from ('-sh', '--')\n    yield p\n` +
          "def f():\n    subprocess.run(list(args(request.args['p'])))\n",
        { language: "python", rules: ["PY-CMDI-002"] },
      ).findings.length > 0;
    expect(argv("'du'")).toBe(false);
    expect(argv("p")).toBe(true);
  });

  it("sees a nested write through a shallow copy in the original, not through a deep one", () => {
    const cp = (copy: string, write = "mine['parts'].append(request.args['f'])") =>
      cmdi(
        "import copy\nfrom flask import request\ndef f():\n    defaults = {'parts': ['index.html'], 'n': 'a'}\n" +
          `    mine = ${copy}\n    ${write}\n    os.system('cat ' + defaults['parts'][-1])\n`,
      );
    expect(cp("copy.copy(defaults)")).toBe(true);
    expect(cp("defaults.copy()")).toBe(true);
    expect(cp("dict(defaults)")).toBe(true);
    expect(cp("copy.deepcopy(defaults)")).toBe(false);
    // A top-level write replaces the copy's own entry; a nested write under another key leaves 'parts' alone.
    expect(cp("copy.copy(defaults)", "mine['parts'] = [request.args['f']]")).toBe(false);
    expect(cp("copy.copy(defaults)", "mine['n'].append(request.args['f'])")).toBe(false);
  });

  it("takes heapq.heappop as the tuple with the smallest constant key pushed so far", () => {
    const heap = (pushes: string, read = "_, col = heapq.heappop(h)") =>
      cmdi(
        "import heapq\nfrom flask import request\ndef f():\n    h = []\n" +
          pushes +
          `    ${read}\n    os.system('sort -k ' + ${read.startsWith("_") ? "col" : "str(x)"})\n`,
      );
    const v = "request.args['c']";
    expect(heap(`    heapq.heappush(h, (1, 'a'))\n    heapq.heappush(h, (0, ${v}))\n`)).toBe(true);
    expect(heap(`    heapq.heappush(h, (1, 'a'))\n    heapq.heappush(h, (2, ${v}))\n`)).toBe(false);
    // An earlier pop took the constant: the request value is the smallest left.
    expect(
      heap(`    heapq.heappush(h, (1, 'a'))\n    heapq.heappush(h, (2, ${v}))\n    heapq.heappop(h)\n`),
    ).toBe(true);
    // A push that may not happen, a key that is not constant, or a tie: not decided.
    expect(
      heap(`    heapq.heappush(h, (1, 'a'))\n    if len(${v}) > 3:\n        heapq.heappush(h, (0, ${v}))\n`),
    ).toBe(true);
    expect(heap(`    heapq.heappush(h, (1, 'a'))\n    heapq.heappush(h, (len(${v}), ${v}))\n`)).toBe(true);
    expect(heap(`    heapq.heappush(h, (1, 'a'))\n    heapq.heappush(h, (1, ${v}))\n`)).toBe(true);
  });

  it("reads a dataclass field through a json round trip of asdict()", () => {
    const rt = (replace: string, read: string) =>
      sqli(
        "import dataclasses, json, sqlite3\nfrom flask import request\n@dataclasses.dataclass\nclass L:\n    table: str\n    owner: str\n" +
          `def f():\n    q = L('orders', request.args['o'])\n    q = dataclasses.replace(q, ${replace})\n` +
          `    d = json.loads(json.dumps(dataclasses.asdict(q)))\n` +
          `    sqlite3.connect('a').execute("SELECT 1 FROM t WHERE o = '%s'" % ${read})\n`,
      );
    expect(rt("owner='guest'", "d['owner']")).toBe(false);
    expect(rt("table='orders'", "d['owner']")).toBe(true);
    expect(rt("table='orders'", "d['table']")).toBe(false);
    expect(rt("owner='guest'", "json.loads(json.dumps(dataclasses.asdict(q)))['owner']")).toBe(false);
    expect(rt("table='x'", "json.loads(json.dumps(dataclasses.asdict(q)))['owner']")).toBe(true);
  });

  it("unpacks `with cm(v) as (a, b)` from the tuple a local @contextmanager yields", () => {
    const cm = (yielded: string, use = "sql, params") =>
      sqli(
        "import sqlite3\nfrom contextlib import contextmanager\nfrom flask import request\n" +
          `@contextmanager\ndef q(term):\n    yield ${yielded}\n` +
          `def f():\n    with q(request.args['x']) as (sql, params):\n        sqlite3.connect('a').execute(${use})\n`,
      );
    expect(cm(`"SELECT 1 FROM t WHERE a = '" + term + "'", ()`)).toBe(true);
    expect(cm(`"SELECT 1 FROM t WHERE a = '" + term + "'", ()`, "sql")).toBe(true);
    expect(cm("'SELECT 1 FROM t WHERE a = ?', (term,)")).toBe(false);
  });

  it("treats a plain assignment in a finally block as always run for code after the try statement", () => {
    const fin = (block: string, after = "os.system('nc -z h ' + target)") =>
      cmdi(
        "from flask import request\ndef f():\n    raw = request.args['p']\n    target = raw\n" +
          `    try:\n        port = int(raw)\n    except ValueError:\n        port = 80\n    finally:\n${block}` +
          `    ${after}\n`,
      );
    expect(fin("        target = str(port)\n")).toBe(false);
    expect(fin("        target = target.strip()\n")).toBe(true);
    // Under a branch of its own it may not happen.
    expect(fin("        if port > 1024:\n            target = str(port)\n")).toBe(true);
  });

  it("places deque items after rotate(n) and appendleft, for taint and for a chosen class", () => {
    const rot = (n: string, at = 0) =>
      cmdi(
        "from collections import deque\nfrom flask import request\ndef f():\n" +
          `    words = deque(['status', request.args['s']])\n    words.rotate(${n})\n    os.system('svc ' + words[${at}])\n`,
      );
    expect(rot("1")).toBe(true);
    expect(rot("2")).toBe(false);
    expect(rot("-1")).toBe(true);
    expect(rot("")).toBe(true);
    expect(rot("1", 1)).toBe(false);
    // An unknown count: any item may be in front.
    expect(rot("len(request.args)")).toBe(true);
    const yml = (at: number) =>
      analyzeSync(
        "import yaml\nfrom collections import deque\ndef f(s):\n    loaders = deque([yaml.SafeLoader])\n" +
          `    loaders.appendleft(yaml.Loader)\n    return yaml.load(s, Loader=loaders[${at}])\n`,
        { language: "python", rules: ["PY-DESER-002"] },
      ).findings.length > 0;
    expect(yml(-1)).toBe(false);
    expect(yml(0)).toBe(true);
  });

  it("binds `with LocalClass(v) as name` to what the class's __enter__ returns", () => {
    const path = (enter: string, sub = "") =>
      analyzeSync(
        "import os\nfrom flask import request\nclass H:\n    def __init__(self, v):\n        self.v = v\n" +
          `    def __enter__(self):\n        return ${enter}\n    def __exit__(self, *a):\n        return False\n${sub}` +
          `def f():\n    with ${sub ? "K" : "H"}(request.args['f']) as name:\n        return open(os.path.join('/srv', name)).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(path("self.v")).toBe(true);
    expect(path("'index.txt'")).toBe(false);
    // A subclass without its own __enter__ runs its local base's.
    expect(path("'index.txt'", "class K(H):\n    pass\n")).toBe(false);
    expect(path("self.v", "class K(H):\n    pass\n")).toBe(true);
  });

  it("reads a named format field from a **mapping splatted into .format()", () => {
    const xp = (call: string) =>
      analyzeSync(
        "from lxml import etree\nfrom flask import request\ndef f():\n    p = request.args['t']\n" +
          `    d = {'title': p, 'author': 'Knuth'}\n    return etree.parse('b.xml').xpath(${call})\n`,
        { language: "python", rules: ["PY-XPATH-001"] },
      ).findings.length > 0;
    expect(xp(`"//b[t='{title}']".format(**d)`)).toBe(true);
    expect(xp(`"//b[a='{author}']".format(**d)`)).toBe(false);
    expect(xp(`"//b[a='{author}']".format(**{'author': 'K', 'title': p})`)).toBe(false);
    expect(xp(`"//b[a='{author}']".format(**request.args)`)).toBe(true);
    // A keyword passed beside the splat is that field (the mapping cannot hold it too).
    expect(xp(`"//b[t='{title}']".format(title='x', **request.args)`)).toBe(false);
  });

  it("takes a lambda entry of a local table read only at other keys as never run", () => {
    const found = (rule: string, body: string, key: string) =>
      analyzeSync(
        "import ast, hashlib\nfrom flask import request\ndef f():\n" +
          `    t = {'a': ${body}, 'b': lambda s: ast.literal_eval(s)}\n    return t['${key}'](request.args['x'])\n`,
        { language: "python", rules: [rule] },
      ).findings.length > 0;
    expect(found("PY-HASH-001", "lambda s: hashlib.md5(s.encode()).hexdigest()", "a")).toBe(true);
    expect(found("PY-HASH-001", "lambda s: hashlib.md5(s.encode()).hexdigest()", "b")).toBe(false);
    expect(found("PY-CODE-001", "lambda s: eval(s)", "a")).toBe(true);
    expect(found("PY-CODE-001", "lambda s: eval(s)", "b")).toBe(false);
    // A lambda inside the entry's expression may run while the table is built.
    expect(
      found("PY-HASH-001", "sorted(['x'], key=lambda s: hashlib.md5(s.encode()).hexdigest())", "b"),
    ).toBe(true);
  });

  it("reads a view's parameter from what a local decorator's wrapper passes it", () => {
    const code = (v: string) =>
      "import functools, html\nfrom flask import Flask, request\napp = Flask(__name__)\n" +
      "def with_name(fn):\n    @functools.wraps(fn)\n    def inner(*a, **kw):\n" +
      `        return fn(${v}, *a, **kw)\n    return inner\n` +
      "@app.route('/hi')\n@with_name\ndef hi(name):\n    return '<h1>' + name + '</h1>'\n";
    const xss = (c: string) =>
      analyzeSync(c, { language: "python", rules: ["PY-XSS-001"] }).findings.length > 0;
    expect(xss(code("html.escape(request.args['n'])"))).toBe(false);
    expect(xss(code("request.args['n']"))).toBe(true);
  });

  it("summarises a class's own method called through self and a FastAPI dependency's return", () => {
    const own = (ret: string) =>
      "from django.db import connection\nfrom django.views import View\nfrom django.http import HttpResponse\n" +
      "ALLOWED = ('name', 'price')\nclass Items(View):\n    def get(self, request):\n" +
      "        col = self._order(request.GET.get('o', 'name'))\n" +
      "        connection.cursor().execute('SELECT id FROM item ORDER BY ' + col)\n        return HttpResponse('ok')\n" +
      `    def _order(self, o):\n        return ${ret}\n`;
    expect(sqli(own("o if o in ALLOWED else 'name'"))).toBe(false);
    expect(sqli(own("o.strip()"))).toBe(true);
    const dep = (guard: string) =>
      "import sqlite3\nfrom fastapi import FastAPI, Depends, HTTPException\napp = FastAPI()\n" +
      `def sort_column(sort: str = 'name'):\n${guard}    return sort\n` +
      "@app.get('/items')\ndef items(col: str = Depends(sort_column)):\n" +
      "    return sqlite3.connect('a.db').execute(f'SELECT id FROM items ORDER BY {col}').fetchall()\n";
    expect(sqli(dep("    if sort not in ('name', 'created'):\n        raise HTTPException(400)\n"))).toBe(
      false,
    );
    expect(sqli(dep(""))).toBe(true);
  });

  it("reads try/except paths, for/else allow-lists and guards that replace the value", () => {
    const view = (body: string) =>
      "import os\nfrom flask import Flask, request, abort, redirect\napp = Flask(__name__)\n" +
      "@app.route('/v')\ndef v():\n" +
      body
        .split("\n")
        .map((l) => "    " + l)
        .join("\n") +
      "\n";
    const run = (c: string, rule: string) =>
      analyzeSync(c, { language: "python", rules: [rule] }).findings.length > 0;
    // try: int() / except: the handler leaves, so past the try the value is the number.
    const conv = (handler: string) =>
      view(
        `p = request.args['p']\ntry:\n    p = int(p)\nexcept ValueError:\n    ${handler}\nos.system('nc -z h %s' % p)`,
      );
    expect(run(conv("abort(400)"), "PY-CMDI-001")).toBe(false);
    expect(run(conv("return 'bad'"), "PY-CMDI-001")).toBe(false);
    expect(run(conv("pass"), "PY-CMDI-001")).toBe(true);
    // for/else: the only break follows `x == <constant of the loop>`, the else sets a constant.
    const loop = (orElse: string) =>
      view(
        `s = request.args['s']\nfor ok in ('id', 'name'):\n    if s == ok:\n        break\n${orElse}os.system('sort -k ' + s)`,
      );
    expect(run(loop("else:\n    s = 'id'\n"), "PY-CMDI-001")).toBe(false);
    expect(run(loop("else:\n    abort(400)\n"), "PY-CMDI-001")).toBe(false);
    expect(run(loop(""), "PY-CMDI-001")).toBe(true);
    expect(run(loop("else:\n    s = request.args['t']\n"), "PY-CMDI-001")).toBe(true);
    // A failing value replaced by another request value is still the request's; a swap with a constant is not.
    const swap = (stmt: string, use: string) =>
      view(
        `n, f = request.args['n'], '/home'\nif n not in ('/home', '/cart'):\n    ${stmt}\nreturn redirect(${use})`,
      );
    expect(run(swap("n, f = f, n", "n"), "PY-REDIR-001")).toBe(false);
    expect(run(swap("n, f = f, n", "f"), "PY-REDIR-001")).toBe(true);
    expect(run(swap("n = request.args['m']", "n"), "PY-REDIR-001")).toBe(true);
    expect(run(swap("n = '/home'", "n"), "PY-REDIR-001")).toBe(false);
  });

  it("reads comprehension filters, starred targets, **kwargs, functools.partial and loader tables", () => {
    const head =
      "import os, functools, pickle, json, requests\nfrom flask import Flask, request, session, redirect\napp = Flask(__name__)\n";
    const run = (c: string, rule: string) =>
      analyzeSync(head + c, { language: "python", rules: [rule] }).findings.length > 0;
    const route = "@app.route('/v')\ndef v():\n";
    // A character-class filter in a comprehension keeps no metacharacter; a truthiness filter keeps anything.
    const words = (cond: string) =>
      route +
      `    ws = [w for w in request.args['t'].split(',') if ${cond}]\n    return '<p>' + ''.join(ws) + '</p>'\n`;
    expect(run(words("w.isalnum()"), "PY-XSS-001")).toBe(false);
    expect(run(words("w and w.isdigit()"), "PY-XSS-001")).toBe(false);
    expect(run(words("w"), "PY-XSS-001")).toBe(true);
    // `k in DEFAULTS` (a dict literal) tests its constant keys.
    const keep = (cond: string) =>
      "DEFAULTS = {'theme': 'light'}\n" +
      route +
      `    ks = [k for k in request.form if ${cond}]\n    session['keys'] = ks[0]\n    return 'ok'\n`;
    expect(run(keep("k in DEFAULTS"), "PY-TRUST-001")).toBe(false);
    expect(run(keep("k != ''"), "PY-TRUST-001")).toBe(true);
    // `first, *rest = ...`: the starred name holds the rest of the value.
    expect(
      run(
        route + "    a, *rest = request.args['to'].split('|')\n    return redirect(rest[-1])\n",
        "PY-REDIR-001",
      ),
    ).toBe(true);
    // A `**opts` parameter holds the keywords its callers pass (or splat).
    const fetch = "def fetch(**opts):\n    return requests.get(opts['url'], timeout=5).status_code\n";
    expect(run(fetch + route + "    return str(fetch(url=request.args['u']))\n", "PY-SSRF-001")).toBe(true);
    expect(
      run(fetch + route + "    o = {'url': request.args['u']}\n    return str(fetch(**o))\n", "PY-SSRF-001"),
    ).toBe(true);
    const named = "def get(url, timeout=5):\n    return requests.get(url, timeout=timeout).status_code\n";
    expect(
      run(named + route + "    o = {'url': request.args['u']}\n    return str(get(**o))\n", "PY-SSRF-001"),
    ).toBe(true);
    expect(
      run(
        named + route + "    o = {'url': 'https://a.example/x', 'timeout': 3}\n    return str(get(**o))\n",
        "PY-SSRF-001",
      ),
    ).toBe(false);
    // functools.partial: the calls of the partial are the function's call sites.
    const part = (call: string) =>
      "def show(base, name, title):\n    return requests.get(base + name, timeout=5).text[:10] + title\n" +
      route +
      `    r = functools.partial(show, 'https://docs.example.com/')\n    return ${call}\n`;
    expect(run(part("r(request.args['n'], 'T')"), "PY-SSRF-001")).toBe(true);
    expect(run(part("r('intro', 'T')"), "PY-SSRF-001")).toBe(false);
    // A loader table read at a request key may run its default.
    const table = (dflt: string) =>
      "LOADERS = {'json': json.loads}\n" +
      route +
      `    load = LOADERS.get(request.args['f'], ${dflt})\n    return repr(load(request.get_data()))\n`;
    expect(run(table("pickle.loads"), "PY-DESER-001")).toBe(true);
    expect(run(table("json.loads"), "PY-DESER-001")).toBe(false);
  });

  it("reads a module-level `x = x[...]` with no earlier binding as the unseen outer value, not as itself", () => {
    // A fragment cut out of a function: `args` was bound above the cut.
    expect(cmdi("args = args[2:]\npdf = args[0]\nos.popen('pdftotext %s' % pdf)\n")).toBe(true);
    // An earlier constant binding still reaches it.
    expect(cmdi("args = ['a.pdf', 'b.pdf']\nargs = args[1:]\nos.popen('pdftotext %s' % args[0])\n")).toBe(
      false,
    );
  });

  it("resolves runner parameters, *args/**kwargs pass-through wrappers, methods' *args and local sanitiser names", () => {
    const flask = "from flask import Flask, request\napp = Flask(__name__)\n";
    // A runner by default is what the helper is; an explicit one only when a caller hands it non-literal data.
    const runner = (arg: string) =>
      flask +
      "def run(cmd, runner=os.system):\n    return runner(cmd)\n" +
      `@app.route('/p')\ndef p():\n    return str(run(${arg}))\n`;
    expect(cmdi(runner("'ping -c 1 ' + request.args['h']"))).toBe(true);
    expect(cmdi("import shlex\n" + runner("'ping -c 1 ' + shlex.quote(request.args['h'])"))).toBe(false);
    expect(cmdi("def run(cmd, runner=print):\n    return runner(cmd)\nrun('ping ' + sys.argv[1])\n")).toBe(
      false,
    );
    const explicit = (arg: string) =>
      `def execute(fn, arg):\n    return fn(arg)\nexecute(os.popen, ${arg})\n`;
    expect(cmdi(explicit("'du -sh ' + sys.argv[1]"))).toBe(true);
    expect(cmdi(explicit("'du -sh /var/log'"))).toBe(false);
    // `def w(*a, **k): return f(*a, **k)`: a call of w is a call of f with w's arguments.
    const run = (code: string, rule: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.length > 0;
    const wrap = (call: string) =>
      "import subprocess, sys\ndef w(*args, **kwargs):\n    print(args)\n    return subprocess.check_output(*args, **kwargs)\n" +
      call;
    expect(run(wrap("w('git log ' + sys.argv[1], shell=True)\n"), "PY-CMDI-002")).toBe(true);
    expect(run(wrap("w(['git', 'log', sys.argv[1]])\n"), "PY-CMDI-002")).toBe(false);
    // A method's `*hosts[i]`: what its calls pass at that place.
    const method = (i: number) =>
      "import subprocess\n" +
      flask +
      `class Net:\n    @staticmethod\n    def ping(*hosts):\n        return subprocess.call('ping ' + hosts[${i}], shell=True)\n` +
      "@app.route('/p')\ndef p():\n    return str(Net.ping(request.args['h'], 'backup.local'))\n";
    expect(run(method(0), "PY-CMDI-002")).toBe(true);
    expect(run(method(1), "PY-CMDI-002")).toBe(false);
    // A runner stored by __init__ (`self.runner = runner`, defaulting to a shell runner).
    const job = (extra: string) =>
      "import subprocess\n" +
      flask +
      "class Job:\n    def __init__(self, cmd, runner=subprocess.getoutput):\n        self.cmd = cmd\n        self.runner = runner\n    def start(self):\n        return self.runner(self.cmd)\n" +
      `@app.route('/j')\ndef j():\n    return Job('tar czf x ' + request.args['d']${extra}).start()\n`;
    expect(run(job(""), "PY-CMDI-001")).toBe(true);
    expect(run(job(", print"), "PY-CMDI-001")).toBe(false);
    // A function the file defines under a sanitiser's name is judged by what it returns.
    const esc = (body: string) =>
      "import html\n" +
      flask +
      `def escape(t):\n    return ${body}\n` +
      "@app.route('/h')\ndef h():\n    return '<p>' + escape(request.args['n']) + '</p>'\n";
    expect(run(esc("t"), "PY-XSS-001")).toBe(true);
    expect(run(esc("html.escape(t)"), "PY-XSS-001")).toBe(false);
  });

  it("reads request-scoped slots (g, request.state, the flask session) as what the module's writes store", () => {
    const head = "import sqlite3\nfrom flask import Flask, g, request, session\napp = Flask(__name__)\n";
    const hook = (v: string) => `@app.before_request\ndef load():\n    g.t = ${v}\n`;
    const view =
      "@app.route('/o')\ndef o():\n    return str(sqlite3.connect('a.db').execute('SELECT * FROM ' + g.t).fetchall())\n";
    expect(sqli(head + hook("request.headers.get('X-T', 'p')") + view)).toBe(true);
    expect(sqli(head + hook("{'a': 'a'}.get(request.headers.get('X-T'), 'p')") + view)).toBe(false);
    const mw = (v: string) =>
      "import sqlite3\nclass M:\n    async def dispatch(self, request, call_next):\n" +
      `        request.state.acct = ${v}\n        return await call_next(request)\n` +
      "async def inv(request):\n    return sqlite3.connect('b.db').execute(f'SELECT * FROM i WHERE a = {request.state.acct}').fetchall()\n";
    expect(sqli(mw("request.headers.get('x-acct', '0')"))).toBe(true);
    expect(sqli(mw("int(request.headers.get('x-acct', '0'))"))).toBe(false);
    const sess = (v: string) =>
      head +
      `@app.route('/s', methods=['POST'])\ndef s():\n    n = request.form['n']\n    session['n'] = ${v}\n    return 'ok'\n` +
      "@app.route('/q')\ndef q():\n    return str(sqlite3.connect('c.db').execute(\"SELECT * FROM u WHERE n = '\" + session.get('n', '') + \"'\").fetchall())\n";
    expect(sqli(sess("n"))).toBe(true);
    expect(sqli(sess("n if n.isalnum() else 'anon'"))).toBe(false);
  });

  it("reads dataclass fields, namespace keywords, filter() tests and isinstance guards by value", () => {
    const head =
      "import os, subprocess\nfrom dataclasses import dataclass\nfrom types import SimpleNamespace\nfrom flask import Flask, abort, request\napp = Flask(__name__)\n";
    const dc = (attr: string) =>
      head +
      "@dataclass\nclass F:\n    name: str = ''\n    mode: str = 'fast'\n" +
      `@app.route('/f', methods=['POST'])\ndef f():\n    x = F(**request.get_json())\n    return os.popen('run ' + x.${attr}).read()\n`;
    expect(cmdi(dc("name"))).toBe(true);
    const ns = (attr: string) =>
      head +
      `@app.route('/n')\ndef n():\n    o = SimpleNamespace(order='id', term=request.args['t'])\n    return os.popen('ls ' + getattr(o, '${attr}')).read()\n`;
    expect(cmdi(ns("term"))).toBe(true);
    expect(cmdi(ns("order"))).toBe(false);
    const flt = (test: string) =>
      head +
      `@app.route('/s')\ndef s():\n    names = list(filter(lambda n: ${test}, request.args.getlist('s')))\n    return subprocess.getoutput('systemctl status ' + ' '.join(names))\n`;
    expect(cmdi(flt("n.strip()"))).toBe(true);
    expect(cmdi(flt("n.isalnum()"))).toBe(false);
    const inst = (types: string) =>
      head +
      `@app.route('/c', methods=['POST'])\ndef c():\n    n = request.get_json()['n']\n    if not isinstance(n, ${types}):\n        abort(400)\n    return os.popen('seq ' + str(n)).read()\n`;
    expect(cmdi(inst("(int, str)"))).toBe(true);
    expect(cmdi(inst("(int, float)"))).toBe(false);
    expect(cmdi(inst("int"))).toBe(false);
  });

  it("reads ContextVars, pattern-constrained model fields, unquoted attributes and host-less redirects", () => {
    const cv = (v: string) =>
      "import sqlite3\nfrom contextvars import ContextVar\nfrom flask import Flask, request\napp = Flask(__name__)\n" +
      "org: ContextVar[str] = ContextVar('org', default='0')\n" +
      `@app.before_request\ndef bind():\n    org.set(${v})\n` +
      "def rows():\n    return sqlite3.connect('a.db').execute('SELECT * FROM p WHERE o = ' + org.get()).fetchall()\n";
    expect(sqli(cv("request.headers.get('X-Org', '0')"))).toBe(true);
    expect(sqli(cv("str(int(request.headers.get('X-Org', '0')))"))).toBe(false);
    const model = (f: string) =>
      "from fastapi import FastAPI\nfrom pydantic import BaseModel, Field\napp = FastAPI()\n" +
      `class Job(BaseModel):\n    branch: str = Field(${f})\n` +
      "@app.post('/d')\ndef d(job: Job):\n    return os.system('git checkout ' + job.branch)\n";
    expect(cmdi(model("max_length=64"))).toBe(true);
    expect(cmdi(model("pattern=r'[a-z]+'"))).toBe(true);
    expect(cmdi(model("pattern=r'^.+$'"))).toBe(true);
    expect(cmdi(model("pattern=r'^[A-Za-z0-9_-]{1,64}$'"))).toBe(false);
    // The same constraint on a route parameter itself: Path/Query(pattern=...), Annotated[..., Query(...)], constr.
    const param = (decl: string) =>
      "from typing import Annotated\nfrom fastapi import FastAPI, Path, Query\nfrom pydantic import constr\napp = FastAPI()\n" +
      `@app.get('/d/{branch:path}')\ndef d(${decl}):\n    return os.system('git checkout ' + branch)\n`;
    expect(cmdi(param("branch: str = Path(...)"))).toBe(true);
    expect(cmdi(param("branch: str = Path(..., pattern=r'^.+$')"))).toBe(true);
    expect(cmdi(param("branch: str = Path(..., pattern=r'^[\\w-]+$')"))).toBe(false);
    expect(cmdi(param("branch: str = Query(regex=r'^[a-z0-9-]+$')"))).toBe(false);
    expect(cmdi(param("branch: Annotated[str, Query(max_length=20)]"))).toBe(true);
    expect(cmdi(param("branch: Annotated[str, Query(pattern=r'^[a-z0-9-]+$')]"))).toBe(false);
    expect(cmdi(param("branch: constr(pattern=r'^[a-z]+$')"))).toBe(false);
    // FastAPI converts UUID / Decimal / date annotations (optional or not) before the call; Flask does not.
    const typed = (fw: string, decl: string) =>
      `from uuid import UUID\nfrom typing import Optional\n${fw}\n` +
      `@app.get('/i/{item_id}')\ndef i(${decl}):\n    return sqlite3.connect('a.db').execute(f"SELECT * FROM t WHERE id = '{item_id}'").fetchall()\n`;
    const fastapi = "import sqlite3\nfrom fastapi import FastAPI\napp = FastAPI()";
    expect(sqli(typed(fastapi, "item_id: str"))).toBe(true);
    expect(sqli(typed(fastapi, "item_id: UUID"))).toBe(false);
    expect(sqli(typed(fastapi, "item_id: Optional[UUID] = None"))).toBe(false);
    expect(sqli(typed(fastapi, "item_id: UUID | None = None"))).toBe(false);
    expect(
      sqli(typed("import sqlite3\nfrom flask import Flask\napp = Flask(__name__)", "item_id: UUID")),
    ).toBe(true);
    const xss = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-XSS-001"] }).findings.length > 0;
    const attr = (tpl: string) =>
      "from flask import Flask, request\nfrom markupsafe import escape\napp = Flask(__name__)\n" +
      `@app.route('/a')\ndef a():\n    alt = escape(request.args.get('alt', ''))\n    return ${tpl}\n`;
    expect(xss(attr("f'<img src=/a.png alt={alt}>'"))).toBe(true);
    expect(xss(attr('f\'<img src="/a.png" alt="{alt}">\''))).toBe(false);
    const redir = (cond: string) =>
      "from urllib.parse import urlparse\nfrom django.http import HttpResponseRedirect\nALLOWED = {'app.example.com'}\n" +
      "def back(request):\n    nxt = request.GET.get('next', '/')\n    host = urlparse(nxt).netloc\n" +
      `    if ${cond}:\n        nxt = '/'\n    return HttpResponseRedirect(nxt)\n`;
    const redirects = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-REDIR-001"] }).findings.length > 0;
    expect(redirects(redir("host and host not in ALLOWED"))).toBe(true);
    expect(redirects(redir("host not in ALLOWED"))).toBe(false);
  });

  it("reads WTForms fields as request data unless typed, and follows a local name for validated_data", () => {
    const form = (decl: string, read: string) =>
      "from flask import Flask, redirect\nfrom flask_wtf import FlaskForm\nfrom wtforms import SelectField, StringField\napp = Flask(__name__)\n" +
      `class F(FlaskForm):\n    target = ${decl}\n` +
      `@app.route('/go', methods=['POST'])\ndef go():\n    form = F()\n    if form.validate_on_submit():\n        return redirect(${read})\n    return redirect('/')\n`;
    const redirects = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-REDIR-001"] }).findings.length > 0;
    expect(redirects(form("StringField('t')", "form.data['target']"))).toBe(true);
    expect(redirects(form("StringField('t')", "form.target.data"))).toBe(true);
    expect(redirects(form("SelectField('t', choices=[('/a', 'A')])", "form.data['target']"))).toBe(false);
    expect(redirects(form("SelectField('t', choices=[('/a', 'A')])", "form.target.data"))).toBe(false);
    expect(
      redirects(form("SelectField('t', choices=[('/a', 'A')], validate_choice=False)", "form.target.data")),
    ).toBe(true);
    const drf = (decl: string) =>
      "from django.db import connection\nfrom rest_framework import serializers\n" +
      `class P(serializers.Serializer):\n    sort = serializers.${decl}\n` +
      "def f(request):\n    p = P(data=request.query_params)\n    p.is_valid(raise_exception=True)\n    d = p.validated_data\n    connection.cursor().execute('SELECT id FROM t ORDER BY ' + d['sort'])\n";
    expect(sqli(drf("CharField()"))).toBe(true);
    expect(sqli(drf("ChoiceField(choices=['name', 'price'])"))).toBe(false);
  });

  it("reads self.<property> in a method as what the class's getter returns", () => {
    const cls = (ret: string, other = "") =>
      "import sqlite3\nfrom flask import request\nCOLS = {'name': 'name', 'date': 'created_at'}\n" +
      `class L:\n    @property\n    def order(self):\n        return ${ret}\n    def rows(self):\n        return sqlite3.connect('x').execute('SELECT id FROM p ORDER BY ' + self.order)\n` +
      other;
    expect(sqli(cls("request.args.get('sort', 'name')"))).toBe(true);
    expect(sqli(cls("COLS.get(request.args.get('sort'), 'name')"))).toBe(false);
    // A subclass that redefines it could be the receiver: not decided from this class alone.
    expect(
      sqli(
        cls(
          "COLS.get(request.args.get('sort'), 'name')",
          "class M(L):\n    @property\n    def order(self):\n        return request.args['sort']\n",
        ),
      ),
    ).toBe(true);
  });
  it("reads guards kept in schemas, overrides, conversions in try, dataclass __post_init__ and plain copies", () => {
    const finds = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
        .length > 0;
    // A try whose body converts the name and whose except clauses all leave: the name is what the parser accepted.
    const trace = (handler: string) =>
      `import ipaddress, os\nfrom flask import request, abort\ndef t():\n    ip = request.headers.get('X-Real-IP', '')\n    try:\n        ipaddress.IPv4Address(ip)\n    except ValueError:\n        ${handler}\n    return os.popen('ping ' + ip).read()\n`;
    expect(finds("PY-CMDI-001", trace("pass"))).toBe(true);
    expect(finds("PY-CMDI-001", trace("abort(400)"))).toBe(false);
    // A deny test that leaves one plain path component (no separator, no leading dot).
    const get = (test: string) =>
      `import os\nfrom flask import request, abort, send_file\ndef g():\n    name = request.args['n']\n    if ${test}:\n        abort(400)\n    return send_file(os.path.join('/srv', name))\n`;
    expect(finds("PY-PATH-001", get("'/' in name or name.startswith('.')"))).toBe(false);
    expect(finds("PY-PATH-001", get("'/' in name"))).toBe(true);
    expect(finds("PY-PATH-001", get("'/' in name and '..' in name"))).toBe(true);
    // The checked copy is the followed one (both bound once); a different value is not.
    const redir = (target: string) =>
      "from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n" +
      `def r(request):\n    checked = request.GET.get('next', '/')\n    target = ${target}\n` +
      "    if not url_has_allowed_host_and_scheme(checked, allowed_hosts={request.get_host()}):\n        return redirect('/')\n    return redirect(target)\n";
    expect(finds("PY-REDIR-001", redir("checked"))).toBe(false);
    expect(finds("PY-REDIR-001", redir("request.POST.get('next', '/')"))).toBe(true);
    // A dataclass field rewritten by __post_init__.
    const post = (conv: string) =>
      "import sqlite3\nfrom dataclasses import dataclass\nfrom flask import request\n@dataclass\nclass L:\n    uid: str\n" +
      `    def __post_init__(self):\n        self.uid = ${conv}\ndef v():\n    lk = L(request.args['id'])\n    return sqlite3.connect('a').execute('SELECT * FROM u WHERE id = %s' % lk.uid)\n`;
    expect(sqli(post("self.uid.strip()"))).toBe(true);
    expect(sqli(post("int(self.uid)"))).toBe(false);
    // self.clean() in a base method reached only through instances of a subclass overriding clean().
    const runner = (made: string) =>
      "import shlex, subprocess\nfrom flask import request\nclass A:\n    def clean(self, v):\n        return v\n    def run(self, v):\n        return subprocess.call('tar czf o.tgz ' + self.clean(v), shell=True)\n" +
      `class Q(A):\n    def clean(self, v):\n        return shlex.quote(v)\ndef h():\n    r = ${made}\n    return r.run(request.form['d'])\n`;
    expect(finds("PY-CMDI-002", runner("A()"))).toBe(true);
    expect(finds("PY-CMDI-002", runner("Q()"))).toBe(false);
    // marshmallow and WTForms validators with a strict pattern; pydantic field validators.
    const schema = (extra: string) =>
      "import ldap3\nfrom flask import request\nfrom marshmallow import Schema, fields, validate\n" +
      `class S(Schema):\n    uid = fields.Str(required=True${extra})\n` +
      "def l(conn):\n    d = S().load(request.form)\n    conn.search('dc=x', '(uid=' + d['uid'] + ')')\n";
    expect(finds("PY-LDAP-001", schema(""))).toBe(true);
    expect(finds("PY-LDAP-001", schema(", validate=validate.Regexp(r'^[a-z0-9]+$')"))).toBe(false);
    expect(finds("PY-LDAP-001", schema(", validate=validate.Regexp(r'^.+$')"))).toBe(true);
    const wtf = (validators: string, check: string) =>
      "import ldap\nfrom flask import request, abort\nfrom wtforms import Form, StringField\nfrom wtforms.validators import DataRequired, Regexp\n" +
      `class G(Form):\n    g = StringField('g', validators=[${validators}])\n` +
      `def l(conn):\n    form = G(request.form)\n${check}    conn.search_s('dc=x', ldap.SCOPE_SUBTREE, '(cn=%s)' % form.g.data)\n`;
    const checked = "    if not form.validate():\n        abort(400)\n";
    expect(finds("PY-LDAP-001", wtf("DataRequired(), Regexp(r'^[a-z]+$')", checked))).toBe(false);
    expect(finds("PY-LDAP-001", wtf("DataRequired(), Regexp(r'^[a-z]+$')", ""))).toBe(true);
    expect(finds("PY-LDAP-001", wtf("DataRequired()", checked))).toBe(true);
    const model = (body: string) =>
      "import sqlite3\nfrom flask import request\nfrom pydantic import BaseModel, field_validator\nOK = {'name', 'price'}\n" +
      `class Q(BaseModel):\n    sort: str = 'name'\n${body}` +
      "def i():\n    q = Q.model_validate(request.get_json())\n    return sqlite3.connect('a').execute('SELECT * FROM t ORDER BY ' + q.sort)\n";
    expect(sqli(model(""))).toBe(true);
    expect(
      sqli(
        model(
          "    @field_validator('sort')\n    @classmethod\n    def known(cls, v):\n        if v not in OK:\n            raise ValueError('no')\n        return v\n",
        ),
      ),
    ).toBe(false);
    expect(
      sqli(
        model(
          "    @field_validator('sort')\n    @classmethod\n    def known(cls, v):\n        return v.strip()\n",
        ),
      ),
    ).toBe(true);
  });
  it("reads match-arm guards, tested attributes in a conditional, inherited methods and split-part tests", () => {
    const finds = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
        .length > 0;
    const arm = (guard: string) =>
      `import subprocess\nfrom flask import request\nOPS = {'status', 'log'}\ndef g():\n    match request.args.get('op'):\n        case str(op) if ${guard}:\n            cmd = 'git ' + op\n        case _:\n            cmd = 'git status'\n    return subprocess.run(cmd, shell=True)\n`;
    expect(finds("PY-CMDI-002", arm("op"))).toBe(true);
    expect(finds("PY-CMDI-002", arm("op in OPS"))).toBe(false);
    expect(finds("PY-CMDI-002", arm("op.isalnum()"))).toBe(false);
    const prop = (ret: string) =>
      "from flask import request\nfrom lxml import etree\nDOC = etree.parse('u.xml')\nclass L:\n    def __init__(self, a):\n        self._u = a.get('u', '')\n" +
      `    @property\n    def user(self):\n        return ${ret}\ndef r():\n    return DOC.xpath("//u[@n='" + L(request.args).user + "']")\n`;
    expect(finds("PY-XPATH-001", prop("self._u or 'guest'"))).toBe(true);
    expect(finds("PY-XPATH-001", prop("self._u if self._u.isalnum() else 'guest'"))).toBe(false);
    // A method inherited from a local base, reached on the subclass: what the base's body makes of the argument.
    const badge = (label: string) =>
      "import html\nfrom flask import Flask, request\napp = Flask(__name__)\nclass B:\n    def label(self, n):\n        return html.escape(n)\n    def render(self, n):\n        return '<b>' + self.label(n) + '</b>'\n" +
      `class T(B):\n    def label(self, n):\n        return ${label}\n@app.route('/b')\ndef v():\n    return T().render(request.args['n'])\n`;
    expect(finds("PY-XSS-001", badge("n.title()"))).toBe(true);
    expect(finds("PY-XSS-001", badge("html.escape(n.title())"))).toBe(false);
    // An allow-list test on one piece of the value (split on a quoted bracket) leaves the rest untested.
    const pre = (test: string) =>
      `from flask import request, abort\nF = {'abs', 'max'}\nP = {'abs(-3)'}\ndef e():\n    x = request.args['e']\n    if ${test}:\n        abort(400)\n    return eval(x)\n`;
    expect(finds("PY-CODE-001", pre("x.split('(')[0] not in F"))).toBe(true);
    expect(finds("PY-CODE-001", pre("x not in P"))).toBe(false);
  });

  it("reads open lists, literal suffixes, absent replace patterns, `or` defaults, filtered comprehensions and unread table entries", () => {
    const finds = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.length > 0;
    const web = "import os\nfrom flask import request, redirect\n";
    // A list of unknown length with a constant put in front: its front positions are known.
    const open = (read: string) =>
      web +
      `def v():\n    t = request.args.getlist('next')\n    t.insert(0, '/home')\n    return redirect(${read})\n`;
    expect(finds("PY-REDIR-001", open("t.pop(0)"))).toBe(false);
    expect(finds("PY-REDIR-001", open("t[0]"))).toBe(false);
    expect(finds("PY-REDIR-001", open("t.pop()"))).toBe(true);
    expect(finds("PY-REDIR-001", open("t[1]"))).toBe(true);
    const head = (sl: string) =>
      web +
      `def v():\n    items = ['news', 'sport'] + request.args.getlist('t')\n    os.system(' '.join(items[${sl}]))\n`;
    expect(finds("PY-CMDI-001", head(":2"))).toBe(false);
    expect(finds("PY-CMDI-001", head("1:3"))).toBe(true);
    // The parts of a split counted from the end that lie inside the literal suffix.
    const tail = (read: string) =>
      web + `def v():\n    s = ' '.join([request.args['u'], 'visitor'])\n    os.system(${read})\n`;
    expect(finds("PY-CMDI-001", tail("s.split(' ')[-1]"))).toBe(false);
    expect(finds("PY-CMDI-001", tail("s.split(' ')[-2]"))).toBe(true);
    expect(finds("PY-CMDI-001", tail("s.split(' ', 1)[-1]"))).toBe(true);
    expect(finds("PY-CMDI-001", tail("s.rsplit(' ', 1)[-1]"))).toBe(false);
    expect(finds("PY-CMDI-001", tail("s[-7:]"))).toBe(false);
    expect(finds("PY-CMDI-001", tail("s[-9:]"))).toBe(true);
    // replace() of a pattern the constant text does not hold leaves it as it is.
    const rep = (pat: string) =>
      web + `def v():\n    os.system('PLACEHOLDER'.replace('${pat}', request.args['x']))\n`;
    expect(finds("PY-CMDI-001", rep("MISSING"))).toBe(false);
    expect(finds("PY-CMDI-001", rep("PLACE"))).toBe(true);
    // `b or a` in a helper: a constant truthy b decides the value at that call.
    const pick = (call: string) =>
      web + `def pick(a, b=None):\n    return b or a\ndef v():\n    return eval(${call})\n`;
    expect(finds("PY-CODE-001", pick("pick(request.args['e'], '2 * 21')"))).toBe(false);
    expect(finds("PY-CODE-001", pick("pick(request.args['e'])"))).toBe(true);
    expect(finds("PY-CODE-001", pick("pick(request.args['e'], '')"))).toBe(true);
    // A comprehension's filter worked out per item of a literal.
    const comp = (i: number) =>
      web +
      `def v():\n    p = request.args['f']\n    os.system([x for i, x in enumerate(['ls', p]) if i == ${i}][0])\n`;
    expect(finds("PY-CMDI-001", comp(0))).toBe(false);
    expect(finds("PY-CMDI-001", comp(1))).toBe(true);
    // A decoder undoing the encoder of a list element; a list position after an insert, as a constant.
    const blob = (i: number) =>
      web +
      `import base64\ndef v():\n    b = [base64.b64encode(b'ls'), base64.b64encode(request.args['c'].encode())]\n    os.system(base64.b64decode(b[${i}]).decode())\n`;
    expect(finds("PY-CMDI-001", blob(1))).toBe(true);
    expect(finds("PY-CMDI-001", blob(0))).toBe(false);
    const algo = (i: number) =>
      `import hashlib\nalgos = ['sha1', 'sha512']\nalgos.insert(0, 'sha3_256')\nh = hashlib.new(algos[${i}], b'x')\n`;
    expect(finds("PY-HASH-001", algo(1))).toBe(true);
    expect(finds("PY-HASH-001", algo(2))).toBe(false);
    // An entry of a table that no read selects is dead code; a read at a key not known keeps every entry. Only
    // for a function's own table or a private module one: importers may read a public table at other keys.
    const modes = (read: string, name = "_MODES") =>
      `from Crypto.Cipher import AES\n${name} = [AES.MODE_ECB, AES.MODE_GCM]\ndef seal(k, m):\n    return AES.new(k, ${name}[${read}])\n`;
    expect(finds("PY-CRYPTO-001", modes("1"))).toBe(false);
    expect(finds("PY-CRYPTO-001", modes("-2"))).toBe(true);
    expect(finds("PY-CRYPTO-001", modes("m"))).toBe(true);
    expect(finds("PY-CRYPTO-001", modes("1", "MODES"))).toBe(true);
    const local =
      "from Crypto.Cipher import AES\ndef seal(k, m):\n    modes = [AES.MODE_ECB, AES.MODE_GCM]\n    return AES.new(k, modes[1])\n";
    expect(finds("PY-CRYPTO-001", local)).toBe(false);
    const gens = (read: string) =>
      `import random\n_GENS = {'fast': random.Random(), 'secure': random.SystemRandom()}\ndef token():\n    return ${read}.getrandbits(128)\n`;
    expect(finds("PY-RAND-001", gens("_GENS['secure']"))).toBe(false);
    expect(finds("PY-RAND-001", gens("_GENS.get('secure')"))).toBe(false);
    expect(finds("PY-RAND-001", gens("_GENS['fast']"))).toBe(true);
    expect(finds("PY-RAND-001", gens("list(_GENS.values())[0]"))).toBe(true);
  });

  it("reads del, extend with a literal, next(iter(...)), a named json round trip, getattr of a stored attribute, in-place slices and helper ternaries by value", () => {
    const finds = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.length > 0;
    const web = "import os, json\nfrom flask import request, redirect\n";
    const del = (i: number) =>
      web + `def v():\n    parts = [request.args['f'], 'ls']\n    del parts[${i}]\n    os.system(parts[0])\n`;
    expect(finds("PY-CMDI-001", del(0))).toBe(false);
    expect(finds("PY-CMDI-001", del(1))).toBe(true);
    const ext = (i: number) =>
      web + `def v():\n    e = ['1+1']\n    e.extend([request.args['e']])\n    return eval(e[${i}])\n`;
    expect(finds("PY-CODE-001", ext(0))).toBe(false);
    expect(finds("PY-CODE-001", ext(-1))).toBe(true);
    const first = (lit: string) =>
      web + `def v():\n    p = request.args['c']\n    os.system(next(iter(${lit})))\n`;
    expect(finds("PY-CMDI-001", first("['ls', p]"))).toBe(false);
    expect(finds("PY-CMDI-001", first("[p, 'ls']"))).toBe(true);
    const dumped = (k: string) =>
      web +
      `def v():\n    d = json.loads(json.dumps({'a': request.args['c'], 'b': 'ls'}))\n    os.system(d['${k}'])\n`;
    expect(finds("PY-CMDI-001", dumped("b"))).toBe(false);
    expect(finds("PY-CMDI-001", dumped("a"))).toBe(true);
    const attr = (a: string) =>
      web +
      `class T:\n    pass\ndef v():\n    t = T()\n    t.mine = request.args['c']\n    t.other = 'ls'\n    os.system(getattr(t, '${a}'))\n`;
    expect(finds("PY-CMDI-001", attr("other"))).toBe(false);
    expect(finds("PY-CMDI-001", attr("mine"))).toBe(true);
    const sl = (b: string) =>
      web + `def v():\n    return redirect('/'.join(['', 'home', request.args['to']][${b}]))\n`;
    expect(finds("PY-REDIR-001", sl(":2"))).toBe(false);
    expect(finds("PY-REDIR-001", sl("::2"))).toBe(true);
    // A helper's ternary arm that every call rules out with its constant arguments never runs.
    const rng = (call: string) =>
      `import random\ndef get_rng(secure=True):\n    return random.SystemRandom() if secure else random.Random()\ndef token():\n    return ${call}.getrandbits(128)\n`;
    expect(finds("PY-RAND-001", rng("get_rng()"))).toBe(false);
    expect(finds("PY-RAND-001", rng("get_rng(False)"))).toBe(true);
    // Literals read in place, dict(k=v) by keyword, a loop over nothing.
    const cmd = (body: string) => finds("PY-CMDI-001", web + `def v():\n    p = request.args['x']\n${body}`);
    expect(cmd("    os.system(['ls', p][len('x') - 1])\n")).toBe(false);
    expect(cmd("    os.system(['ls', p][1])\n")).toBe(true);
    expect(cmd("    os.system(list(reversed(['ls', p]))[1])\n")).toBe(false);
    expect(cmd("    os.system(list(reversed(['ls', p]))[0])\n")).toBe(true);
    expect(cmd("    os.system({'k': p}.get('k2', 'ls'))\n")).toBe(false);
    expect(cmd("    os.system({'k': p}.get('k', 'ls'))\n")).toBe(true);
    expect(cmd("    os.system({'k': 'ls'}.get('k2', p))\n")).toBe(true);
    expect(cmd("    d = dict(a='ls', b=p)\n    os.system(d['a'])\n")).toBe(false);
    expect(cmd("    d = dict(a='ls', b=p)\n    os.system(d['b'])\n")).toBe(true);
    expect(cmd("    bar = 'ls'\n    for _ in range(0):\n        bar = p\n    os.system(bar)\n")).toBe(false);
    expect(cmd("    bar = 'ls'\n    for _ in range(2):\n        bar = p\n    os.system(bar)\n")).toBe(true);
    expect(cmd("    xs = []\n    xs.append(p)\n    for i in xs:\n        os.system(i)\n")).toBe(true);
  });

  it("follows l += [...], clear(), constant segments of formatted text, lambdas and int() of a bad literal", () => {
    const finds = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.length > 0;
    const web =
      "import os, hashlib\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/x')\n";
    const cmd = (body: string) => finds("PY-CMDI-001", web + `def v():\n    p = request.args['x']\n${body}`);
    // `l += [...]` extends in place: the items land after the ones the list held.
    expect(cmd("    l = [p]\n    l += ['ls']\n    os.system(l[1])\n")).toBe(false);
    expect(cmd("    l = [p]\n    l += ['ls']\n    os.system(l[0])\n")).toBe(true);
    expect(cmd("    l = ['ls']\n    l += [p]\n    os.system(' '.join(l))\n")).toBe(true);
    // clear() empties the list; only what follows it is in it (not a conditional clear()).
    const cleared = (c: string, v: string) =>
      cmd(`    l = request.args.getlist('c')\n${c}    l.append(${v})\n    os.system(' '.join(l))\n`);
    expect(cleared("    l.clear()\n", "'ls'")).toBe(false);
    expect(cleared("    l.clear()\n", "p")).toBe(true);
    expect(cleared("    if p:\n        l.clear()\n", "'ls'")).toBe(true);
    expect(cleared("", "'ls'")).toBe(true);
    // A segment inside the literal text a `%` or format() template fills with constants.
    expect(cmd("    os.system(('%s;%s' % ('ls', p)).split(';')[0])\n")).toBe(false);
    expect(cmd("    os.system(('%s;%s' % ('ls', p)).split(';')[1])\n")).toBe(true);
    expect(cmd("    os.system(('%s;%s' % (p, 'ls')).split(';')[0])\n")).toBe(true);
    expect(cmd("    os.system('ls {}'.format(p).split(' ')[0])\n")).toBe(false);
    expect(cmd("    os.system('ls {}'.format(p).split()[0])\n")).toBe(false);
    expect(cmd("    os.system('ls {}'.format(p).split()[1])\n")).toBe(true);
    expect(cmd("    os.system('{} {}'.format(p, 'ls').split()[0])\n")).toBe(true);
    expect(cmd("    os.system('ls|{}'.format(p).partition('|')[0])\n")).toBe(false);
    expect(cmd("    os.system('ls|{}'.format(p).partition('|')[2])\n")).toBe(true);
    expect(cmd("    os.system('{0}:{1}'.format('ls', p)[:2])\n")).toBe(false);
    expect(cmd("    os.system('{1}:{0}'.format('ls', p)[:2])\n")).toBe(true);
    // A lambda called in place, or through its name.
    expect(cmd("    os.system((lambda x: 'ls')(p))\n")).toBe(false);
    expect(cmd("    os.system((lambda x: x)(p))\n")).toBe(true);
    const hashed = (lam: string) =>
      finds("PY-HASH-001", web + `def v():\n    h = hashlib.new(${lam})\n    return h.hexdigest()\n`);
    expect(hashed("(lambda n: n)('md5')")).toBe(true);
    expect(hashed("(lambda n: 'sha256')('md5')")).toBe(false);
    expect(hashed("(lambda n, d='md5': d)('sha256')")).toBe(true);
    // int() of a literal that never parses raises: the rest of its block never runs (int(p) may parse).
    const tried = (arg: string) =>
      cmd(
        `    bar = 'ls'\n    try:\n        int(${arg})\n        bar = p\n    except ValueError:\n        pass\n    os.system(bar)\n`,
      );
    expect(tried("'abc'")).toBe(false);
    expect(tried("' 12x'")).toBe(false);
    expect(tried("' 12 '")).toBe(true);
    expect(tried("'1_000'")).toBe(true);
    expect(tried("'-7'")).toBe(true);
    expect(tried("p")).toBe(true);
  });

  it("follows queue.Queue / LifoQueue order and treats an append that may not happen as unplaced", () => {
    const web = "import os, queue\nfrom flask import request\n";
    const cmd = (body: string) =>
      analyzeSync(web + `def v():\n    p = request.args['x']\n${body}`, {
        language: "python",
        rules: ["PY-CMDI-001"],
      }).findings.length > 0;
    // FIFO: get() takes the oldest item; a get() before it drops that one.
    const fifo = "    q = queue.Queue()\n    q.put(p)\n    q.put('ls')\n";
    expect(cmd(fifo + "    os.system(q.get())\n")).toBe(true);
    expect(cmd(fifo + "    q.get()\n    os.system(q.get())\n")).toBe(false);
    // LIFO: the newest.
    const lifo = "    q = queue.LifoQueue()\n    q.put(p)\n    q.put('ls')\n";
    expect(cmd(lifo + "    os.system(q.get(timeout=1))\n")).toBe(false);
    expect(cmd(lifo + "    q.get_nowait()\n    os.system(q.get())\n")).toBe(true);
    // An append under a branch may be skipped: what follows it may move to its place.
    expect(cmd("    l = []\n    if p:\n        l.append('ls')\n    l.append(p)\n    os.system(l[0])\n")).toBe(
      true,
    );
    expect(cmd("    l = [p, 'a']\n    if p:\n        l.append('ls')\n    os.system(l[-1])\n")).toBe(true);
    expect(cmd("    l = ['ls']\n    if p:\n        l.append(p)\n    os.system(l[0])\n")).toBe(false);
    expect(
      cmd("    q = queue.Queue()\n    if p:\n        q.put('ls')\n    q.put(p)\n    os.system(q.get())\n"),
    ).toBe(true);
  });

  it("reads a ** merge by entry order and list(zip(...)) rows at constant positions", () => {
    const web = "import os\nfrom flask import request\n";
    const cmd = (body: string) =>
      analyzeSync(web + `def v():\n    p = request.args['x']\n    data = request.get_json()\n${body}`, {
        language: "python",
        rules: ["PY-CMDI-001"],
      }).findings.length > 0;
    // A later entry replaces what a splat brought; a splat after an entry may replace it.
    expect(cmd("    m = {**data, 'c': 'ls'}\n    os.system(m['c'])\n")).toBe(false);
    expect(cmd("    m = {**data, 'c': 'ls'}\n    os.system(m.get('c'))\n")).toBe(false);
    expect(cmd("    m = {'c': 'ls', **data}\n    os.system(m['c'])\n")).toBe(true);
    expect(cmd("    m = {**{'c': p}, 'd': 'ls'}\n    os.system(m['c'])\n")).toBe(true);
    // ... and a literal read where it is written.
    expect(cmd("    os.system({**data, 'c': 'ls'}['c'])\n")).toBe(false);
    expect(cmd("    os.system({**data, 'c': 'ls'}.get('c'))\n")).toBe(false);
    expect(cmd("    os.system({'c': 'ls', **data}['c'])\n")).toBe(true);
    expect(cmd("    os.system({'c': 'ls', **data}.get('c'))\n")).toBe(true);
    expect(cmd("    os.system({**{'c': 'ls'}}.get('d', p))\n")).toBe(true);
    // dict() / OrderedDict() of literal pairs: the value paired last with the key.
    expect(cmd("    d = dict([('c', 'ls'), ('d', p)])\n    os.system(d['c'])\n")).toBe(false);
    expect(cmd("    d = dict([('c', p), ('d', 'ls')])\n    os.system(d['c'])\n")).toBe(true);
    expect(cmd("    d = dict([('c', p), ('c', 'ls')])\n    os.system(d['c'])\n")).toBe(false);
    expect(
      cmd(
        "    import collections\n    d = collections.OrderedDict((('c', 'ls'), ('d', p)))\n    os.system(d.get('c'))\n",
      ),
    ).toBe(false);
    expect(
      cmd(
        "    import collections\n    d = collections.OrderedDict((('c', 'ls'), ('d', p)))\n    os.system(d.get('d'))\n",
      ),
    ).toBe(true);
    // zip rows: [i][j] is the j-th sequence's i-th item; a whole row holds all of them.
    const z = "    rows = list(zip(['a', 'b'], [p, 'ls']))\n";
    expect(cmd(z + "    os.system(rows[1][1])\n")).toBe(false);
    expect(cmd(z + "    os.system(rows[-1][-1])\n")).toBe(false);
    expect(cmd(z + "    os.system(rows[0][1])\n")).toBe(true);
    expect(cmd(z + "    os.system(' '.join(rows[0]))\n")).toBe(true);
  });

  it("hands items through itertools (islice at constant bounds) into a trust-boundary write", () => {
    const web = "import itertools\nfrom flask import request, session\n";
    const trust = (body: string) =>
      analyzeSync(web + `def v():\n    p = request.args['x']\n${body}`, {
        language: "python",
        rules: ["PY-TRUST-001"],
      }).findings.length > 0;
    const ch = "itertools.chain([p], ['guest'])";
    expect(trust(`    vals = list(itertools.islice(${ch}, 0, 1))\n    session['u'] = vals[0]\n`)).toBe(true);
    expect(trust(`    vals = list(itertools.islice(${ch}, 1, 2))\n    session['u'] = vals[0]\n`)).toBe(false);
    expect(trust(`    vals = list(itertools.islice(${ch}, 1))\n    session['u'] = vals[0]\n`)).toBe(true);
    expect(trust(`    session['u'] = next(itertools.islice(request.args.values(), 1))\n`)).toBe(true);
    expect(trust(`    session['u'] = list(filter(None, [p]))\n`)).toBe(true);
  });

  it("reads getattr(o, 'f'), vars(o)['f'] and o.__dict__['f'] as o.f, and setattr(o, 'f', v) as a write of o.f", () => {
    const web = "from types import SimpleNamespace\nfrom flask import request\n";
    const k =
      "class P:\n    uid = ''\n    def __init__(self, u):\n        self.user = u\n        self.dflt = 'ls'\n";
    const c = (body: string) => cmdi(web + k + `def v():\n    p = P(request.args['c'])\n${body}`);
    expect(c("    os.system(getattr(p, 'dflt'))\n")).toBe(false);
    expect(c("    os.system(getattr(p, 'user'))\n")).toBe(true);
    expect(c("    os.system(vars(p)['dflt'])\n")).toBe(false);
    expect(c("    os.system(p.__dict__['user'])\n")).toBe(true);
    const n = (body: string) =>
      cmdi(web + `def v():\n    ns = SimpleNamespace(a=request.args['c'], b='ls')\n${body}`);
    expect(n("    k = 'b'\n    os.system(vars(ns)[k])\n")).toBe(false);
    expect(n("    k = 'a'\n    os.system(vars(ns)[k])\n")).toBe(true);
    // A class attribute overwritten by setattr holds what was set, under a constant or a computed name.
    const s = (set: string) => cmdi(web + k + `def v():\n    p = P('x')\n    ${set}\n    os.system(p.uid)\n`);
    expect(s("setattr(p, 'uid', request.args['c'])")).toBe(true);
    expect(s("setattr(p, request.args['k'], request.args['c'])")).toBe(true);
    expect(s("setattr(p, 'uid', 'ls')")).toBe(false);
    expect(s("setattr(p, 'user', request.args['c'])")).toBe(false);
  });

  it("runs the nested function a local factory returns when its result is called (make(v)() or q = make(v); q())", () => {
    const app = "from flask import Flask, request\napp = Flask(__name__)\n";
    const f = app + "def make(c):\n    def run():\n        return 'ls ' + c\n    return run\n";
    const view = (body: string) => `@app.route('/v')\ndef v():\n${body}`;
    expect(cmdi(f + view("    q = make(request.args['c'])\n    os.system(q())\n"))).toBe(true);
    expect(cmdi(f + view("    os.system(make(request.args['c'])())\n"))).toBe(true);
    expect(cmdi(f + view("    q = make('-l')\n    os.system(q())\n"))).toBe(false);
    expect(cmdi(f + view("    os.system(make('-l')())\n"))).toBe(false);
  });

  it("runs a local decorator's wrapper around the helper it decorates: what the wrapper passes to fn", () => {
    const app = "import shlex\nfrom flask import Flask, request\napp = Flask(__name__)\n";
    const deco = (pass: string) => `def esc(fn):\n    def w(v):\n        return fn(${pass})\n    return w\n`;
    const view = (body: string) => `@app.route('/v')\ndef v():\n${body}`;
    // The helper's result returned through the wrapper.
    const ret = (pass: string) =>
      cmdi(
        app +
          deco(pass) +
          "@esc\ndef line(c):\n    return 'ls ' + c\n" +
          view("    os.system(line(request.args['c']))\n"),
      );
    expect(ret("v")).toBe(true);
    expect(ret("shlex.quote(v)")).toBe(false);
    // The sink inside the helper: its parameter is what the wrapper hands it.
    const body = (pass: string) =>
      cmdi(
        app +
          deco(pass) +
          "@esc\ndef run(c):\n    os.system('ls ' + c)\n" +
          view("    run(request.args['c'])\n    return 'ok'\n"),
      );
    expect(body("v.strip()")).toBe(true);
    expect(body("'-l'")).toBe(false);
    expect(body("shlex.quote(v)")).toBe(false);
  });

  it("reads .value of a local Enum's member looked up by name (__members__.get, or-default) as a constant", () => {
    const k = "import enum\nfrom flask import request\nclass R(enum.Enum):\n    A = 'ls'\n    B = 'id'\n";
    const c = (body: string) => cmdi(k + `def v():\n    p = request.args['c']\n${body}`);
    expect(c("    m = R.__members__.get(p)\n    os.system((m or R.A).value)\n")).toBe(false);
    expect(c("    os.system(R.__members__.get(p, R.B).value)\n")).toBe(false);
    expect(c("    os.system(R.__members__[p].value)\n")).toBe(false);
    // A fallback to the raw text is no member.
    expect(c("    m = R.__members__.get(p)\n    os.system(m.value if m else p)\n")).toBe(true);
  });
});

describe("percent formatting field by field (Python)", () => {
  const code = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-CODE-001"] }).findings.filter(
      (f) => f.severity !== "LOW",
    ).length > 0;
  const log = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-LOG-001"] }).findings.length > 0;
  const flask = "import sqlite3, logging\nfrom flask import request\nlog = logging.getLogger(__name__)\n";

  it("takes a numeric conversion (%d, %x, %f) as digits, whatever fills it", () => {
    expect(
      sqli(
        flask +
          "def f():\n    sqlite3.connect('a').execute('SELECT * FROM t LIMIT %d' % int(request.args['n']))\n",
      ),
    ).toBe(false);
    expect(
      sqli(
        flask +
          "def f():\n    sqlite3.connect('a').execute('SELECT * FROM t LIMIT %d OFFSET %5.1f' % (request.args['n'], 2))\n",
      ),
    ).toBe(false);
    expect(
      sqli(
        "class D:\n    def set_timeout(self, seconds):\n        self.execute_sql('PRAGMA busy_timeout = %d;' % (seconds * 1000))\n",
      ),
    ).toBe(false);
    // A %s beside it still carries its value; %c writes any character.
    expect(
      sqli(
        flask +
          "def f():\n    sqlite3.connect('a').execute(\"SELECT * FROM t WHERE a = '%s' LIMIT %d\" % (request.args['a'], 5))\n",
      ),
    ).toBe(true);
    expect(
      sqli(
        flask +
          "def f():\n    sqlite3.connect('a').execute(\"SELECT * FROM t WHERE a = '%c'\" % request.args['a'])\n",
      ),
    ).toBe(true);
    // Fields that cannot be paired with the values (a * width, a count that differs): as before.
    expect(
      sqli(
        flask +
          "def f():\n    v = (request.args['a'], 1)\n    sqlite3.connect('a').execute(\"SELECT '%s' LIMIT %d\" % v)\n",
      ),
    ).toBe(true);
  });

  it("keeps a number spliced into a shell command or into exec() as built from data", () => {
    expect(cmdi("def kill(pid):\n    os.popen('taskkill /T /F /PID %d' % pid)\n")).toBe(true);
    expect(code("def wire(i):\n    exec('system.ctrl%d = ctrl' % i)\n")).toBe(true);
  });

  it("takes a hand-built single-quoted shell word (quotes closed, escaped, reopened) as quoted", () => {
    expect(
      cmdi(
        'def q(s):\n    return "\'" + s.replace("\'", "\'\\"\'\\"\'") + "\'"\nos.system(\'ls \' + q(sys.argv[1]))\n',
      ),
    ).toBe(false);
    expect(
      cmdi(
        "def q(s):\n    return \"'\" + s.replace(\"'\", \"'\\\\''\") + \"'\"\nos.system('ls ' + q(sys.argv[1]))\n",
      ),
    ).toBe(false);
    expect(
      cmdi("def q(s):\n    return \"'\" + s.replace('\"', '') + \"'\"\nos.system('ls ' + q(sys.argv[1]))\n"),
    ).toBe(true);
  });

  it("takes a mkstemp name and a child process's pid as the program's own values", () => {
    expect(cmdi("import tempfile\nfd, name = tempfile.mkstemp()\nos.system(f'more \"{name}\"')\n")).toBe(
      false,
    );
    expect(cmdi("def kill(proc):\n    os.system('kill %s' % str(proc.pid))\n")).toBe(false);
    expect(cmdi("def kill(proc):\n    os.system('pkill %s' % proc.name)\n")).toBe(true);
    expect(cmdi("def kill(user):\n    os.system('kill %s' % user.pid)\n")).toBe(true);
  });

  it("takes SQLAlchemy's identifier preparer, and a quote helper handed the engine, as identifier quoting", () => {
    const drop = (q: string) =>
      `from sqlalchemy import create_engine\nfrom .orm import quote\ndef drop(url, name):\n    engine = create_engine(url)\n    with engine.connect() as conn:\n        conn.execute('DROP DATABASE {0}'.format(${q}))\n`;
    expect(sqli(drop("quote(engine, name)"))).toBe(false);
    expect(sqli(drop("engine.dialect.identifier_preparer.quote(name)"))).toBe(false);
    expect(sqli(drop("name"))).toBe(true);
    expect(sqli(drop("quote(name)"))).toBe(true);
  });

  it("takes quotes doubled by replace as SQL's own escape only inside single quotes", () => {
    expect(
      sqli(
        flask +
          "def f():\n    sqlite3.connect('a').execute(\"SELECT * FROM t WHERE a = '%s'\" % request.args['a'].replace(\"'\", \"''\"))\n",
      ),
    ).toBe(false);
    expect(
      sqli(
        flask +
          "def f():\n    v = request.args['a'].replace(\"'\", \"''\")\n    sqlite3.connect('a').execute(\"SELECT * FROM t WHERE id = %s\" % v)\n",
      ),
    ).toBe(true);
    expect(
      sqli(
        flask +
          "def f():\n    v = request.args['a'].replace(\"'\", \"\\\\'\")\n    sqlite3.connect('a').execute(\"SELECT * FROM t WHERE a = '%s'\" % v)\n",
      ),
    ).toBe(true);
  });

  it("takes %r as repr(): escaped line breaks in a log line, a literal of a caller's value in code", () => {
    expect(
      log(
        flask +
          "def f():\n    log.warning('path %r', request.path)\n    log.warning('path %r' % request.path)\n",
      ),
    ).toBe(false);
    expect(log(flask + "def f():\n    log.warning('path %s' % request.path)\n")).toBe(true);
    expect(
      code("def add(cls, name):\n    setattr(cls, 'get_' + name, eval('lambda s: s._get(%r)' % (name,)))\n"),
    ).toBe(false);
    expect(
      code(
        "def add(cls, name):\n    setattr(cls, 'get_' + name, eval('lambda s: s._get(%s)' % repr(name)))\n",
      ),
    ).toBe(false);
    expect(
      code("def add(cls, name):\n    setattr(cls, 'get_' + name, eval('lambda s: s._get_%s()' % name))\n"),
    ).toBe(true);
  });
});

describe("the environment in log lines (Python)", () => {
  const log = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-LOG-001"] }).findings.length > 0;
  it("takes os.environ.items()/keys()/values() as the operator's, as os.environ[...] and .get() are", () => {
    expect(
      log(
        "import logging, os\nlog = logging.getLogger(__name__)\nenv = {k.lower(): v for k, v in os.environ.items() if k.startswith('APP_')}\nfor key in env:\n    log.warning('unknown variable APP_%s' % key.upper())\n",
      ),
    ).toBe(false);
    expect(
      log(
        "import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\ndef f():\n    hs = {k.lower(): v for k, v in request.headers.items()}\n    for key in hs:\n        log.warning('header %s' % key)\n",
      ),
    ).toBe(true);
  });
});

describe("file metadata (Python)", () => {
  const hdr = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-HDR-001"] }).findings.length > 0;
  it("takes os.stat/os.fstat results and os.path.getsize as numbers, whatever the path", () => {
    const handler = (line: string) =>
      `from http.server import BaseHTTPRequestHandler\nimport os\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        f = open(self.path[1:], 'rb')\n${line}\n        self.end_headers()\n`;
    expect(
      hdr(
        handler("        fs = os.fstat(f.fileno())\n        self.send_header('Content-Length', str(fs[6]))"),
      ),
    ).toBe(false);
    expect(
      hdr(handler("        self.send_header('Content-Length', str(os.path.getsize(self.path[1:])))")),
    ).toBe(false);
    expect(hdr(handler("        self.send_header('X-File', self.path)"))).toBe(true);
  });
});

describe("attribute names from dir() (Python)", () => {
  const code = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-CODE-001"] }).findings.map((f) => f.severity);
  it("takes dir(obj)'s names as the object's own attributes, not code a caller writes", () => {
    const viaDir =
      "def getters(obj, names=()):\n    out = {}\n    for m in [n for n in dir(obj) if n.startswith('Get')]:\n        out[m] = eval('obj.%s()' % m)\n    return out\n";
    expect(code(viaDir)).toEqual([]);
    // The same template filled from a caller's list of names stays reported.
    expect(code(viaDir.replace("dir(obj)", "names"))).not.toEqual([]);
  });
});

describe("command-line parsers (Python)", () => {
  const path = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-PATH-001"] }).findings.length > 0;
  it("takes parse_args(sys.argv[1:]) as parse_args(): the invoking user's options", () => {
    const cli = (call: string) =>
      `import optparse, sys\ndef main(args=None):\n    if args is None:\n        args = sys.argv[1:]\n    parser = optparse.OptionParser()\n    parser.add_option('-o', dest='output')\n    options, rest = parser.parse_args(${call})\n    with open(options.output, 'wb') as f:\n        f.write(b'x')\n`;
    expect(path(cli("args"))).toBe(false);
    expect(path(cli(""))).toBe(false);
    // ... and a parser a helper of the file builds and returns.
    const helper =
      "import optparse, sys\ndef _get_optparse():\n    parser = optparse.OptionParser(prog='run')\n    parser.add_option('--pid', dest='pid_fn')\n    return parser\ndef main():\n    argv = sys.argv\n    parser = _get_optparse()\n    options, args = parser.parse_args(argv[1:])\n    with open(options.pid_fn, 'w') as f:\n        f.write('1')\n";
    expect(path(helper)).toBe(false);
    expect(path(helper.replace("    return parser\n", "    return Wrapper(parser)\n"))).toBe(true);
    // Not a parser's method: the argument's own level.
    expect(path("import sys\ndef main():\n    with open(sys.argv[1]) as f:\n        return f.read()\n")).toBe(
      true,
    );
  });
});

describe("outgoing urllib requests (Python)", () => {
  const log = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-LOG-001"] }).findings.length > 0;
  it("takes a `request` driven through urllib's client API as the program's own request", () => {
    const policy =
      "import logging\nlogger = logging.getLogger('cookies')\ndef request_port(request):\n    host = request.host\n    port = host.split(':')[-1]\n    logger.debug('nonnumeric port: %s', port)\n    return port\n";
    expect(log(policy + "def request_path(request):\n    return request.get_full_url()\n")).toBe(false);
    // Without it, a parameter named request is a web request: its host header is the client's.
    expect(log(policy)).toBe(true);
  });
  it("takes a Scrapy middleware's `request` as the crawl's own outgoing request", () => {
    const mw =
      "import logging\nlogger = logging.getLogger(__name__)\nclass CookiesMiddleware:\n    def process_request(self, request, spider):\n        for cookie in request.cookies:\n            logger.warning(f'Invalid cookie found in request {request}: {cookie}')\n";
    const medium = (src: string) =>
      analyzeSync(src, { language: "python", rules: ["PY-LOG-001"] }).findings.filter(
        (f) => f.severity !== "LOW",
      ).length > 0;
    expect(medium("from scrapy.http import Request\n" + mw)).toBe(false);
    // The same hook outside a Scrapy module: a parameter named request is a web request.
    expect(medium(mw)).toBe(true);
  });
  it("takes a pytest fixture's `request.param` as the test's own data, except in an answer", () => {
    const src =
      "import re\nimport pytest\n@pytest.fixture(params=[str, bytes])\ndef dtype(request):\n    return request.param\ndef test_sub(dtype):\n    return re.compile(dtype('[a-z][A-Z]{2}'))\n";
    const medium = (code: string, context?: "answer") =>
      analyzeSync(code, { language: "python", rules: ["PY-REGEX-001"], context }).findings.filter(
        (f) => f.severity !== "LOW",
      ).length > 0;
    expect(medium(src)).toBe(false);
    // Without pytest, a parameter named request is a web request; in an answer the import proves nothing.
    expect(medium(src.replace("import pytest\n@pytest.fixture(params=[str, bytes])\n", ""))).toBe(true);
    expect(medium(src, "answer")).toBe(true);
    // A Flask app's test module: the fixture's parameter shadows the imported request.
    expect(medium("from flask import request\n" + src)).toBe(false);
  });
  it("takes an httpx event hook's `request: httpx.Request` as the client's own outgoing request", () => {
    const hook =
      "import logging\nimport httpx\nlog = logging.getLogger('client')\ndef log_request(request: httpx.Request) -> None:\n    log.debug('-> %s %s', request.method, request.url)\n";
    const medium = (src: string) =>
      analyzeSync(src, { language: "python", rules: ["PY-LOG-001"] }).findings.filter(
        (f) => f.severity !== "LOW",
      ).length > 0;
    expect(medium(hook)).toBe(false);
    // In a web app's module the annotation does not make the name the client's: a route's request stays the user's.
    expect(medium("from flask import request\n" + hook.replace("request: httpx.Request", "request"))).toBe(
      true,
    );
  });
  it("finds a method's callers when another class defines a method of the same name", () => {
    const xss = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-XSS-001"] }).findings.map((f) => f.line);
    const app =
      "from flask import Flask, request\napp = Flask(__name__)\nclass Base:\n    def __init__(self, body):\n        self.body = body\n    def render(self):\n        return '<p>' + self.body + '</p>'\nclass Page(Base):\n    pass\n@app.route('/c')\ndef c():\n    return Page(request.args['t']).render()\n";
    expect(xss(app)).toEqual([7]);
    // A mixin's own `render` is a definition, not a call of Base.render: the view is still seen.
    expect(xss(app + "class Other:\n    def render(self):\n        return 'x'\n")).toEqual([7]);
  });

  it("writes a local predicate's checks out in the guard that calls it", () => {
    const helper = (ret: string) =>
      "from urllib.parse import urlparse\nfrom flask import Flask, redirect, request, url_for\napp = Flask(__name__)\n" +
      `def is_local(target):\n    parts = urlparse(target)\n    return ${ret}\n` +
      "@app.route('/n')\ndef n():\n    nxt = request.args.get('next', '')\n    if not is_local(nxt):\n        nxt = url_for('index')\n    return redirect(nxt)\n";
    const redirects = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-REDIR-001"] }).findings.length > 0;
    expect(
      redirects(helper("not parts.netloc and target.startswith('/') and not target.startswith('//')")),
    ).toBe(false);
    // the helper's own test is judged: a bare "/" prefix still admits "//evil.example"
    expect(redirects(helper("target.startswith('/')"))).toBe(true);
    expect(redirects(helper("len(parts.path) > 0"))).toBe(true);
  });
});

describe("nested literals read at constant keys (Python)", () => {
  it("reads d['k'][i] / d['k']['j'] of a dict literal as the inner literal's item", () => {
    const nested = (lit: string, read: string) =>
      cmdi(
        `from flask import request\ndef v():\n    p = request.args['p']\n    d = ${lit}\n    os.system(d${read})\n`,
      );
    expect(cmdi("from flask import request\ndef v():\n    os.system(request.args['p'])\n")).toBe(true);
    expect(nested("{'names': [p, 'ls']}", "['names'][0]")).toBe(true);
    expect(nested("{'names': [p, 'ls']}", "['names'][1]")).toBe(false);
    expect(nested("{'a': {'x': p, 'y': 'ls'}}", "['a']['x']")).toBe(true);
    expect(nested("{'a': {'x': p, 'y': 'ls'}}", "['a']['y']")).toBe(false);
    // An inner value that is no literal: the whole of it.
    expect(nested("{'a': list(p)}", "['a'][1]")).toBe(true);
  });
});

describe("unpacking a row read at a constant key (Python)", () => {
  it("gives each name its position of the tuple the table holds at that key", () => {
    const row = (key: string, pos: string) =>
      cmdi(
        `from flask import request\ndef v():\n    p = request.args['p']\n    CMDS = {'user': (p, 1), 'fixed': ('uptime', 2)}\n    ${pos} = CMDS['${key}']\n    os.system(cmd)\n`,
      );
    expect(row("user", "cmd, n")).toBe(true);
    expect(row("fixed", "cmd, n")).toBe(false);
    expect(row("fixed", "n, cmd")).toBe(false);
    expect(row("user", "n, cmd")).toBe(false);
    // Any other shape at that key: the whole value.
    expect(
      cmdi(
        "from flask import request\ndef v():\n    CMDS = {'user': request.args['p'].split(',')}\n    cmd, n = CMDS['user']\n    os.system(cmd)\n",
      ),
    ).toBe(true);
  });
});

describe("whole reads of a list literal after placed item writes (Python)", () => {
  it("leaves out the item an item store at a constant position replaced", () => {
    const list = (write: string, read = "' '.join(parts)") =>
      cmdi(
        `from flask import request\ndef v():\n    parts = ['ls', request.args['p']]\n    ${write}\n    os.system(${read})\n`,
      );
    expect(list("parts[0] = 'cat'")).toBe(true);
    expect(list("parts[-1] = '/tmp'")).toBe(false);
    expect(list("parts[1] = '/tmp'", "*parts")).toBe(false);
    // A write that may not happen keeps the old item; an append adds one.
    expect(list("if len(parts) > 5:\n        parts[1] = '/tmp'")).toBe(true);
    expect(list("parts[1] = '/tmp'\n    parts.append(request.args['q'])")).toBe(true);
  });
});

describe("a dict attribute's constant entry (Python)", () => {
  it("reads self.d['k'] / self.d.get('k') as the constant the class's one dict literal holds there", () => {
    const search = (read: string, more = "") =>
      sqli(
        `import sqlite3\nfrom flask import request\nclass S:\n    def __init__(self, name):\n        self.params = {'name': name, 'sort': 'created_at'}\n${more}    def sql(self):\n        return 'SELECT id FROM posts ORDER BY ' + ${read}\ndef view():\n    s = S(request.args['a'])\n    return sqlite3.connect('x').execute(s.sql(), (s.params['name'],))\n`,
      );
    expect(search("self.params.get('name')")).toBe(true);
    expect(search("self.params['name']")).toBe(true);
    expect(search("self.params.get('sort')")).toBe(false);
    expect(search("self.params['sort']")).toBe(false);
    // An item store or update anywhere may replace the constant.
    expect(search("self.params['sort']", "    def set(self, k, v):\n        self.params[k] = v\n")).toBe(
      true,
    );
    expect(
      search("self.params.get('sort')", "    def upd(self, **kw):\n        self.params.update(kw)\n"),
    ).toBe(true);
  });
});

describe("a helper returning the function its constant argument picks (Python)", () => {
  it("resolves decoder('pickle') through the table read at the parameter", () => {
    const deser = (arg: string, body = "{'json': json.loads, 'pickle': pickle.loads}[kind]") =>
      analyzeSync(
        `import json, pickle\nfrom flask import request\ndef decoder(kind):\n    return ${body}\ndef view():\n    return decoder(${arg})(request.get_data())\n`,
        { language: "python", rules: ["PY-DESER-001"] },
      ).findings.length > 0;
    expect(deser("'pickle'")).toBe(true);
    expect(deser("'json'")).toBe(false);
    expect(deser("'pickle'", "pickle.loads if kind == 'pickle' else json.loads")).toBe(true);
    expect(deser("'json'", "pickle.loads if kind == 'pickle' else json.loads")).toBe(false);
  });
});

describe("a class attribute read through self (Python)", () => {
  it("names what the class attribute of the classes self may be binds, when they agree", () => {
    const crypto = (use: string) =>
      analyzeSync(
        `import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nclass Sealer:\n    algorithm = algorithms.TripleDES\n    def seal(self, key, iv, data):\n        return Cipher(self.algorithm(key), modes.CBC(iv)).encryptor().update(data)\nclass Modern(Sealer):\n    algorithm = algorithms.AES\nclass Plain(Sealer):\n    pass\ndef view(d):\n    return ${use}.seal(os.urandom(24), os.urandom(8), d)\n`,
        { language: "python", rules: ["PY-CRYPTO-001"] },
      ).findings.map((f) => f.line);
    expect(crypto("Sealer()")).toEqual([6]);
    expect(crypto("Plain()")).toEqual([6]);
    expect(crypto("Modern()")).toEqual([]);
    // Both used: the attribute names no one class (unresolved, as before).
    expect(crypto("(Sealer() if d else Modern())")).toEqual([]);
  });
});

describe("fluent builders (Python)", () => {
  it("follows a chain of local methods returning self to the method the chain ends in", () => {
    const builder = (arg: string) =>
      cmdi(
        `import shlex\nfrom flask import request\nclass B:\n    def __init__(self):\n        self.parts = []\n    def tool(self, name):\n        self.parts.append(name)\n        return self\n    def arg(self, v):\n        self.parts.append(v)\n        return self\n    def build(self):\n        return ' '.join(self.parts)\ndef view():\n    os.system(B().tool('grep').arg(${arg}).arg('/var/log/x').build())\n`,
      );
    expect(builder("request.args['q']")).toBe(true);
    expect(builder("shlex.quote(request.args['q'])")).toBe(false);
  });
});

describe("dataclass __post_init__ allow-list resets (Python)", () => {
  it("reads a field __post_init__ resets off an allow-list as one of the constants", () => {
    const redirect = (post: string, use = "return redirect(Target(request.args['next']).url)") =>
      analyzeSync(
        `from dataclasses import dataclass\nfrom flask import redirect, request\nALLOWED = {'/', '/account'}\n@dataclass\nclass Target:\n    url: str\n    def __post_init__(self):\n        self.url = self.url.strip()\n${post}\ndef view():\n    ${use}\n`,
        { language: "python", rules: ["PY-REDIR-001"] },
      ).findings.length > 0;
    const reset = "        if self.url not in ALLOWED:\n            self.url = '/'\n";
    expect(redirect("        self.url = self.url or '/'\n")).toBe(true);
    expect(redirect(reset)).toBe(false);
    expect(redirect(reset, "t = Target(request.args['next'])\n    return redirect(t.url)")).toBe(false);
    expect(redirect("        if not (self.url in ALLOWED):\n            raise ValueError(self.url)\n")).toBe(
      false,
    );
    // A test that does not pin the value, or a write after the reset: still the request's.
    expect(
      redirect("        if self.url not in ('/', self.url.lower()):\n            self.url = '/'\n"),
    ).toBe(true);
    expect(redirect(reset + "        self.url = self.url + '?x=1'\n")).toBe(true);
    expect(
      redirect(
        reset,
        "t = Target(request.args['next'])\n    t.url = request.args['u']\n    return redirect(t.url)",
      ),
    ).toBe(true);
  });
});

describe("lambda parameters with every call known (Python)", () => {
  it("binds a lambda's parameter to what the calls reaching it pass", () => {
    const code = (src: string) =>
      analyzeSync(`from flask import request\n${src}`, { language: "python", rules: ["PY-CODE-001"] })
        .findings;
    const table = "H = {'calc': lambda e: eval(e), 'echo': lambda e: e}\n";
    expect(code(table + "def v():\n    return H['echo'](request.args['x'])\n")).toEqual([]);
    expect(code(table + "def v():\n    return H['calc'](request.args['x'])\n")[0]?.severity).toBe("CRITICAL");
    const named = "run = lambda e: eval(e)\n";
    expect(code(named + "def v():\n    return run('1 + 1')\n")).toEqual([]);
    expect(code(named + "def v():\n    return run(request.args['x'])\n")[0]?.severity).toBe("CRITICAL");
    // A key picked at run time, a table handed on, or a name this file never uses: the callers are unknown.
    expect(code(table + "def v():\n    return H[request.args['op']]('1')\n")).not.toEqual([]);
    expect(code(table + "def v():\n    return dispatch(H, '1')\n")).not.toEqual([]);
    expect(code(named)).not.toEqual([]);
  });
});

describe("a function kept from __init__'s parameter (Python)", () => {
  it("names what every construction passes for the parameter self.attr was set from", () => {
    const deser = (made: string, more = "") =>
      analyzeSync(
        `import json, pickle\nfrom flask import request\nclass Decoder:\n    def __init__(self, loads=json.loads):\n        self.loads = loads\n    def decode(self, blob):\n        return self.loads(blob)\n${more}def view():\n    return ${made}.decode(request.get_data())\n`,
        { language: "python", rules: ["PY-DESER-001"] },
      ).findings.length > 0;
    expect(deser("Decoder(pickle.loads)")).toBe(true);
    expect(deser("Decoder(loads=pickle.loads)")).toBe(true);
    expect(deser("Decoder()")).toBe(false);
    expect(deser("Decoder(json.loads)")).toBe(false);
    // Constructions that disagree name no one function (unresolved, as before).
    expect(deser("Decoder()", "D2 = Decoder(pickle.loads)\n")).toBe(false);
  });
});

describe("a dataclass's fields as a dict (Python)", () => {
  it("gives asdict(rec) / vars(rec) what the fields hold, and asdict(rec)['k'] that field", () => {
    const trust = (use: string) =>
      analyzeSync(
        `from dataclasses import asdict, dataclass\nfrom flask import request, session\n@dataclass\nclass Visit:\n    who: str\n    page: str = 'home'\ndef v():\n    rec = Visit(who=request.args['w'])\n    ${use}\n`,
        { language: "python", rules: ["PY-TRUST-001"] },
      ).findings.length > 0;
    expect(trust("session.update(asdict(rec))")).toBe(true);
    expect(trust("session.update(vars(rec))")).toBe(true);
    expect(trust("session['who'] = asdict(rec)['who']")).toBe(true);
    expect(trust("session['page'] = asdict(rec)['page']")).toBe(false);
  });
});

describe("stores through obj.__dict__.update (Python)", () => {
  it("reads obj.attr / obj.__dict__['attr'] as the keyword the last update passed for it", () => {
    const upd = (read: string, more = "") =>
      cmdi(
        `from flask import request\nclass C:\n    pass\ndef v():\n    c = C()\n    c.__dict__.update(name=request.args['n'], kind='book')\n${more}    os.system(${read})\n`,
      );
    expect(upd("c.name")).toBe(true);
    expect(upd("c.__dict__['name']")).toBe(true);
    expect(upd("c.__dict__['kind']")).toBe(false);
    expect(upd("c.kind")).toBe(false);
    // A later update replaces it.
    expect(upd("c.name", "    c.__dict__.update(name='x')\n")).toBe(false);
  });
});

describe("method resolution order (Python)", () => {
  const mixin = (view: string, pre = "") =>
    "import html\nfrom flask import Flask, request\napp = Flask(__name__)\nclass Mixin:\n    def render(self):\n" +
    pre +
    "        body = super().render()\n        return body\nclass Base:\n    def __init__(self, title):\n        self.title = title\n    def render(self):\n        return '<h1>' + self.title + '</h1>'\nclass Page(Mixin, Base):\n    pass\n@app.route('/p')\ndef p():\n    return " +
    view +
    "\n";
  const xss = (code: string) =>
    analyzeSync(code, { language: "python", rules: ["PY-XSS-001"] }).findings.map((f) => f.line);
  it("resolves a mixin's super().render() through the C3 MRO of the classes that mix it in", () => {
    // Page's MRO is Page, Mixin, Base: the view's render() runs Mixin.render, whose super() runs Base.render.
    expect(xss(mixin("Page(request.args['x']).render()"))).toEqual([12]);
    expect(xss(mixin("Page(html.escape(request.args['x'])).render()"))).toEqual([]);
    // The mixin escaping the attribute before its super() call: Base.render sees the escaped value.
    expect(
      xss(mixin("Page(request.args['x']).render()", "        self.title = html.escape(self.title)\n")),
    ).toEqual([]);
  });
  it("reads a super() call no local class resolves as no call of the base's method", () => {
    // Mixin is defined but Page(Base) does not mix it in: its super().render() runs nothing here.
    const unmixed = mixin("Page(request.args['x']).render()").replace(
      "class Page(Mixin, Base)",
      "class Page(Base)",
    );
    expect(xss(unmixed)).toEqual([12]);
  });
  it("reads a super() call's receiver as the calling method's own", () => {
    const code = (arg: string) =>
      "import subprocess, time\nfrom flask import Flask, request\napp = Flask(__name__)\nclass Timed:\n    def run(self):\n        t = time.time()\n        return super().run()\nclass Task:\n    def __init__(self, host):\n        self.host = host\n    def run(self):\n        return subprocess.run('ping ' + self.host, shell=True)\nclass Ping(Timed, Task):\n    pass\n@app.route('/v')\ndef view():\n    return Ping(" +
      arg +
      ").run()\n";
    const cmd = (c: string) =>
      analyzeSync(c, { language: "python", rules: ["PY-CMDI-001", "PY-CMDI-002"] }).findings.filter(
        (f) => f.severity !== "LOW",
      );
    expect(cmd(code("request.args['h']")).map((f) => f.severity)).toEqual(["CRITICAL"]);
    expect(cmd(code("'localhost'"))).toEqual([]);
  });
});

describe("quoted SQL identifiers (Python)", () => {
  it("reads a quote-doubling identifier quoter as a sanitiser, and a bound quote_name alias as quote_name", () => {
    const intro = (quote: string, use: string) =>
      `class Introspection:\n    def quote_name(self, name):\n        return ${quote}\n    def indexes(self, cursor, table):\n        cursor.execute("PRAGMA index_list(%s)" % ${use})\n        return cursor.fetchall()\n`;
    expect(sqli(intro(`'"%s"' % name.replace('"', '""')`, "self.quote_name(table)"))).toBe(false);
    expect(sqli(intro(`'"' + name.replace('"', '""') + '"'`, "self.quote_name(table)"))).toBe(false);
    expect(sqli(intro(`f'"{name.replace(chr(34), chr(34) * 2)}"'`, "self.quote_name(table)"))).toBe(true);
    expect(sqli(intro('f\'`{name.replace("`", "``")}`\'', "self.quote_name(table)"))).toBe(false);
    expect(sqli(intro(`'[%s]' % name.replace(']', ']]')`, "self.quote_name(table)"))).toBe(false);
    // Quoted but not doubled, or doubled but not quoted: the name can still end the identifier.
    expect(sqli(intro(`'"%s"' % name`, "self.quote_name(table)"))).toBe(true);
    expect(sqli(intro(`name.replace('"', '""')`, "self.quote_name(table)"))).toBe(true);
    expect(sqli(intro(`'"%s"' % name.replace("'", "''")`, "self.quote_name(table)"))).toBe(true);
    expect(sqli(intro(`'"%s"' % name.replace('"', '""')`, "table"))).toBe(true);
    const dj = (arg: string) =>
      `from django.db import connection\ndef stats(table, column):\n    qn = connection.ops.quote_name\n    with connection.cursor() as c:\n        c.execute("SELECT COUNT(DISTINCT %s) FROM %s" % (${arg}))\n`;
    expect(sqli(dj("qn(column), qn(table)"))).toBe(false);
    expect(sqli(dj("column, table"))).toBe(true);
  });
});

describe("keyed stores behind a local class's setter and getter (Python)", () => {
  const store = (getter: string, extra = "") =>
    "from flask import request\nclass Store:\n    def __init__(self):\n        self._data = {'tool': 'tar'}\n    def set(self, key, value):\n        self._data[key] = value\n" +
    getter +
    extra;
  const get = "    def get(self, key, default=None):\n        return self._data.get(key, default)\n";
  const item = "    def fetch(self, key):\n        return self._data[key]\n";
  const view = (read: string, more = "") =>
    `def view():\n    s = Store()\n    s.set('name', request.args['n'])\n    s.set('dir', '/srv')\n${more}    return os.system(${read})\n`;
  it("reads the entry a setter stored at that constant key, not every entry", () => {
    expect(cmdi(store(get) + view("s.get('name')"))).toBe(true);
    expect(cmdi(store(get) + view("s.get('dir')"))).toBe(false);
    expect(cmdi(store(get) + view("s.get('tool')"))).toBe(false);
    expect(cmdi(store(get) + view("s.get('other', request.args['d'])"))).toBe(true);
    expect(cmdi(store(item) + view("s.fetch('name')"))).toBe(true);
    expect(cmdi(store(item) + view("s.fetch('dir')"))).toBe(false);
    // A store at a key not known may be any key.
    expect(cmdi(store(get) + view("s.get('dir')", "    s.set(request.args['k'], request.args['v'])\n"))).toBe(
      true,
    );
    // The instance handed off, or a method writing through the setter: what it holds is not known here.
    expect(cmdi(store(get) + view("s.get('dir')", "    fill(s)\n"))).toBe(true);
    const gi = "    def __getitem__(self, key):\n        return self._data[key]\n";
    expect(cmdi(store(get, gi) + view("s['name']"))).toBe(true);
    expect(cmdi(store(get, gi) + view("s['dir']"))).toBe(false);
    const via = "    def set_dir(self, v):\n        self.set('dir', v)\n";
    expect(cmdi(store(get, via) + view("s.get('dir')", "    s.set_dir(request.args['d'])\n"))).toBe(true);
  });
});

describe("dataclasses.asdict (Python)", () => {
  it("reads asdict(v) as its fields' values, and asdict(v)['k'] as that field's", () => {
    const trust = (use: string, who = "request.args['who']") =>
      analyzeSync(
        `from dataclasses import asdict, dataclass\nfrom flask import request, session\n@dataclass\nclass Visit:\n    who: str\n    page: str = 'home'\ndef view():\n    v = Visit(who=${who})\n    ${use}\n`,
        { language: "python", rules: ["PY-TRUST-001"] },
      ).findings.length > 0;
    expect(trust("session.update(asdict(v))")).toBe(true);
    expect(trust("session.update(asdict(v))", "'guest'")).toBe(false);
    expect(trust("session['page'] = asdict(v)['page']")).toBe(false);
    expect(trust("session['who'] = asdict(v)['who']")).toBe(true);
  });
});

describe("deque.popleft() and dict.get(k)(v) dispatch (Python)", () => {
  it("reads what deque.popleft() returns as the front item of a literal-built deque", () => {
    const code = (pops: number) =>
      "from collections import deque\nfrom flask import request\ndef v():\n    items = deque(['safe', request.args['x'], 'more'])\n" +
      "    items.popleft()\n".repeat(pops) +
      "    os.system(items.popleft())\n";
    expect(cmdi(code(0))).toBe(false);
    expect(cmdi(code(1))).toBe(true);
    expect(cmdi(code(2))).toBe(false);
  });
  it("runs the lambda a dict literal holds at the constant key read by get()", () => {
    const code = (key: string) =>
      "from flask import request\ndef v():\n    param = request.args['x']\n" +
      "    switch = {'A': lambda p: 'bob', 'B': lambda p: p}\n" +
      `    target = '${key}'\n    os.system(switch.get(target, lambda p: 'bob')(param))\n`;
    expect(cmdi(code("A"))).toBe(false);
    expect(cmdi(code("B"))).toBe(true);
    // A key under none of the literal's constant keys: get() hands back its fallback.
    const miss = (fallback: string) =>
      "from flask import request\ndef v():\n    param = request.args['x']\n" +
      `    m = {'A': lambda p: p}\n    os.system(m.get('C', ${fallback})(param))\n`;
    expect(cmdi(miss("lambda p: 'z'"))).toBe(false);
    expect(cmdi(miss("lambda p: p"))).toBe(true);
  });
});

describe("items appended to a list held under a dict key (Python)", () => {
  it("reads d[k].append(v) as a write under k that adds to the list there", () => {
    const code = (init: string, key: string, read: string) =>
      `from collections import defaultdict\nfrom flask import request\ndef v():\n    groups = ${init}\n` +
      `    groups[${key}].append(request.args['x'])\n    groups['note'].append('seen')\n    os.system(${read})\n`;
    for (const init of ["defaultdict(list)", "{'agent': [], 'note': []}"]) {
      expect(cmdi(code(init, "'agent'", "groups['agent'][0]"))).toBe(true);
      expect(cmdi(code(init, "'agent'", "' '.join(groups['agent'])"))).toBe(true);
      // Another constant key's list holds only what was appended there.
      expect(cmdi(code(init, "'agent'", "groups['note'][0]"))).toBe(false);
      expect(cmdi(code(init, "'agent'", "' '.join(groups['note'])"))).toBe(false);
    }
    // A key not known: any key's list may hold it.
    expect(cmdi(code("defaultdict(list)", "request.args['k']", "groups['note'][0]"))).toBe(true);
  });
});

describe("bindings in a try body past the statement (Python)", () => {
  it("drops a try body's binding that the else clause and every handler rebind or leave", () => {
    const code = (handler: string, otherwise: string) =>
      "from flask import request\ndef v():\n    try:\n        cmd = request.args['c'].strip()\n" +
      `    except ValueError:\n        ${handler}\n` +
      (otherwise ? `    else:\n        ${otherwise}\n` : "") +
      "    os.system(cmd)\n";
    expect(cmdi(code("cmd = 'ls'", "cmd = cmd if cmd in ('ls', 'pwd') else 'ls'"))).toBe(false);
    expect(cmdi(code("return 'bad'", "cmd = 'uptime'"))).toBe(false);
    // No else clause, an else that may keep it, a handler that may keep it: the body's value still reaches.
    expect(cmdi(code("cmd = 'ls'", ""))).toBe(true);
    expect(cmdi(code("cmd = 'ls'", "if cmd == 'x':\n            cmd = 'ls'"))).toBe(true);
    expect(cmdi(code("pass", "cmd = 'uptime'"))).toBe(true);
  });
});

describe("in-memory streams (Python)", () => {
  const found = (code: string) =>
    analyzeSync("import io, os\nfrom flask import request\n" + code, {
      language: "python",
      rules: ["PY-CMDI-001"],
    }).findings;
  const severe = (code: string) =>
    found(code).some((f) => f.severity === "CRITICAL" || f.severity === "HIGH");
  const any = (code: string) => found(code).length > 0;
  it("reads back what was written or printed into an io.StringIO, and only that", () => {
    const code = (write: string, read = "buf.getvalue()") =>
      `def v():\n    buf = io.StringIO()\n    ${write}\n    buf.seek(0)\n    os.system(${read})\n`;
    expect(severe(code("buf.write(request.args['c'])"))).toBe(true);
    expect(severe(code("buf.write(request.args['c'])", "buf.read()"))).toBe(true);
    expect(severe(code("print('ls', request.args['c'], file=buf)"))).toBe(true);
    expect(any(code("buf.write('ls')"))).toBe(false);
    expect(any(code("print('ls', file=buf)", "buf.read()"))).toBe(false);
    const opened = (write: string) =>
      `def v():\n    with io.StringIO() as buf:\n        ${write}\n        cmd = buf.getvalue()\n    os.system(cmd)\n`;
    expect(severe(opened("buf.write(request.args['c'])"))).toBe(true);
    expect(any(opened("buf.write('ls')"))).toBe(false);
    // Handed to a writer this file does not follow: what it holds is not known (but not a constant).
    expect(any("import csv\n" + code("csv.writer(buf).writerow(['ls'])"))).toBe(true);
  });
});

describe("json round trips through text codecs (Python)", () => {
  it("reads json.loads of an encoded, base64-wrapped json.dumps of a literal at its key", () => {
    const code = (key: string, wrap: (s: string) => string) =>
      "import base64, binascii, json\nfrom flask import request\ndef v():\n    p = request.args['x']\n" +
      `    blob = ${wrap("json.dumps({'a': p, 'b': 'ls'})")}\n    os.system(json.loads(blob)['${key}'])\n`;
    const wraps = [
      (s: string) => `base64.b64decode(base64.b64encode(${s}.encode()))`,
      (s: string) => `binascii.unhexlify(binascii.hexlify(${s}.encode('utf-8'))).decode('utf-8')`,
    ];
    for (const w of wraps) {
      expect(cmdi(code("a", w))).toBe(true);
      expect(cmdi(code("b", w))).toBe(false);
    }
  });
});

describe("filter() with an allow-list test (Python)", () => {
  it("keeps only the allow-listed constants that filter(lambda x: x in ALLOWED, values) passes", () => {
    const code = (test: string) =>
      "from flask import request\nALLOWED = ('ls', 'pwd')\ndef v():\n" +
      `    for c in filter(lambda x: ${test}, request.values.getlist('c')):\n        os.system(c)\n`;
    expect(cmdi(code("x in ALLOWED"))).toBe(false);
    expect(cmdi(code("x == 'ls'"))).toBe(false);
    expect(cmdi(code("x not in ALLOWED"))).toBe(true);
    expect(cmdi(code("len(x) < 10"))).toBe(true);
  });
});

describe("query-string round trips (Python)", () => {
  it("reads parse_qs(urlencode(literal)) and dict(parse_qsl(urlencode(literal))) at the literal's key", () => {
    const code = (decode: string, read: string) =>
      "from urllib.parse import parse_qs, parse_qsl, urlencode\nfrom flask import request\ndef v():\n" +
      `    q = ${decode}(urlencode({'a': request.args['x'], 'b': 'ls'}))\n    os.system(${read})\n`;
    expect(cmdi(code("parse_qs", "q['a'][0]"))).toBe(true);
    expect(cmdi(code("parse_qs", "q['b'][0]"))).toBe(false);
    expect(cmdi(code("dict(parse_qsl", "q['a']").replace("}))", "})))"))).toBe(true);
    expect(cmdi(code("dict(parse_qsl", "q['b']").replace("}))", "})))"))).toBe(false);
  });
  it("resolves the local class a registry at a constant key constructs (THINGS[IMPL](), THINGS.get(IMPL)())", () => {
    const classes = (impl: string) =>
      "from flask import request\n" +
      "class Thing1:\n    def do_something(self, v):\n        return v\n" +
      "class Thing2:\n    def do_something(self, v):\n        return 'fixed'\n" +
      `IMPL = '${impl}'\nTHINGS = {'Thing1': Thing1, 'Thing2': Thing2}\n`;
    const viaFactory =
      "def make():\n    return THINGS[IMPL]()\ndef view():\n    t = make()\n    os.system('ls ' + t.do_something(request.args['p']))\n";
    const inPlace =
      "def view():\n    t = THINGS.get(IMPL)()\n    os.system('ls ' + t.do_something(request.args['p']))\n";
    expect(cmdi(classes("Thing1") + viaFactory)).toBe(true);
    expect(cmdi(classes("Thing2") + viaFactory)).toBe(false);
    expect(cmdi(classes("Thing1") + inPlace)).toBe(true);
    expect(cmdi(classes("Thing2") + inPlace)).toBe(false);
    // The factory a local class's static method: `ThingFactory.create()`.
    const viaMethod =
      "class ThingFactory:\n    @staticmethod\n    def create():\n        return THINGS[IMPL]()\n" +
      "def view():\n    t = ThingFactory.create()\n    os.system('ls ' + t.do_something(request.args['p']))\n";
    expect(cmdi(classes("Thing1") + viaMethod)).toBe(true);
    expect(cmdi(classes("Thing2") + viaMethod)).toBe(false);
  });
});

describe("guards on another field of an upload (Python)", () => {
  const path = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-PATH-001"] }).findings.length > 0;
  const upload = (test: string, name = "file.filename") =>
    `from pathlib import Path\nfrom fastapi import FastAPI, File, HTTPException, UploadFile\napp = FastAPI()\nD = Path('/srv/a')\nALLOWED = {'image/png'}\n@app.post('/u')\nasync def up(file: UploadFile = File(...)):\n    if ${test}:\n        raise HTTPException(400)\n    data = await file.read()\n    (D / ${name}).write_bytes(data)\n`;
  it("does not take a test of an upload's media type for a test of its file name", () => {
    expect(path(upload("file.content_type not in ALLOWED"))).toBe(true);
    expect(path(upload("file.size > 1000 or file.content_type not in ALLOWED"))).toBe(true);
    // A test of the name itself still guards it, as does a method that may check the whole object.
    expect(path(upload("file.filename not in {'a.png', 'b.png'}"))).toBe(false);
    expect(path(upload("not file.filename.isalnum()"))).toBe(false);
  });
});

describe("chat bot input (Python)", () => {
  it("takes a telegram handler's command arguments and message text as the chat user's", () => {
    const tg = (read: string, lib = "from telegram import Update\n") =>
      `import requests\n${lib}async def h(update, context):\n    requests.get(${read}, timeout=5)\n`;
    expect(ssrf(tg("context.args[0]"))).toBe(true);
    expect(ssrf(tg("update.message.text"))).toBe(true);
    // The bot's own settings are not typed by the user.
    expect(ssrf(tg("context.bot_data['feed']"))).toBe(false);
    // Without the bot library the same names are anyone's.
    expect(ssrf(tg("context.args[0]", ""))).toBe(false);
  });
  it("takes a discord command's parameters after the context as the member's text", () => {
    const dc = (params: string, use: string) =>
      `import requests\nimport discord\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!', intents=discord.Intents.default())\n@bot.command(name='grab')\nasync def grab(${params}):\n    r = requests.get(${use}, timeout=5)\n    await ctx.send(str(r.status_code))\n`;
    expect(ssrf(dc("ctx, url: str", "url"))).toBe(true);
    expect(ssrf(dc("ctx, *, url", "url"))).toBe(true);
    expect(ssrf(dc("ctx", "ctx.prefix"))).toBe(false);
    // click's commands take the invoking user's own options, as argparse's do.
    expect(
      ssrf(
        "import click, requests\n@click.command()\n@click.argument('url')\ndef grab(url):\n    requests.get(url, timeout=5)\n",
      ),
    ).toBe(false);
  });
});

describe("operator environment in outgoing headers (Python)", () => {
  const hdr = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-HDR-001"] }).findings.length > 0;
  const client = (read: string) =>
    `import os, requests\nKEY = ${read}\ns = requests.Session()\ns.headers['Authorization'] = f'Bearer {KEY}'\ns.get('https://api.example.com/x', timeout=5)\n`;
  it("takes a fixed environment variable in a header as the operator's, a CGI request variable as the client's", () => {
    expect(hdr(client("os.environ['METRICS_API_KEY']"))).toBe(false);
    expect(hdr(client("os.getenv('METRICS_API_KEY', '')"))).toBe(false);
    expect(hdr(client("os.environ['HTTP_X_TOKEN']"))).toBe(true);
  });
});

describe("Django ORM lookups (Python)", () => {
  const path = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-PATH-001"] }).findings.length > 0;
  const view = (load: string, use = "open(doc.path)") =>
    `from django.shortcuts import get_object_or_404\nfrom .models import Doc\ndef show(request, pk):\n    doc = ${load}\n    return ${use}\n`;
  it("takes a row loaded by a lookup on request values as the database's, not the lookup's", () => {
    expect(path(view("get_object_or_404(Doc, pk=pk, owner=request.user)"))).toBe(false);
    expect(path(view("Doc.objects.filter(slug=request.GET['s']).first()"))).toBe(false);
    expect(path(view("Doc.objects.get(pk=request.GET['id'])", "open(doc.file.path)"))).toBe(false);
    // A path from the request itself still is the client's.
    expect(path(view("get_object_or_404(Doc, pk=pk)", "open(request.GET['p'])"))).toBe(true);
    // ... and a record the program builds from the request holds what it was given.
    expect(path(view("Doc.objects.create(path=request.GET['p'])"))).toBe(true);
  });
});

describe("Django URL captures (Python)", () => {
  const xss = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-XSS-001"] }).findings.length > 0;
  const imp = "from django.http import HttpResponse\nfrom django.views import View\n";
  it("takes a view's parameters after request as the URL's text", () => {
    expect(xss(imp + "def page(request, name):\n    return HttpResponse('<h1>%s</h1>' % name)\n")).toBe(true);
    expect(
      xss(
        imp +
          "class P(View):\n    def get(self, request, slug):\n        return HttpResponse('<h1>' + slug + '</h1>')\n",
      ),
    ).toBe(true);
    // A converter's type, a helper called in the file with constants, a non-handler method: not the URL's.
    expect(xss(imp + "def page(request, n: int):\n    return HttpResponse('<p>%d</p>' % n)\n")).toBe(false);
    expect(
      xss(
        imp +
          "def card(request, title):\n    return HttpResponse('<h1>%s</h1>' % title)\ndef home(request):\n    return card(request, 'Home')\n",
      ),
    ).toBe(false);
    expect(
      xss(
        imp +
          "class P(View):\n    def label(self, request, text):\n        return HttpResponse('<b>' + text + '</b>')\n",
      ),
    ).toBe(false);
  });
});

describe("templates over text with no markup (Python)", () => {
  const medium = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-XSS-001", "PY-JINJA-001"] }).findings.filter(
      (f) => f.severity !== "LOW",
    ).length > 0;
  const view = (tpl: string, wrap: string) =>
    `import jinja2\nfrom fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse, PlainTextResponse\nfrom mako.template import Template\napp = FastAPI()\n@app.get('/g')\ndef g(name: str):\n    return ${wrap}(${tpl}.render(name=name))\n`;
  it("takes a markup-free mako or jinja2 template as text, judged where its output is served", () => {
    expect(medium(view("Template('Hello ${name}')", "PlainTextResponse"))).toBe(false);
    expect(medium(view("jinja2.Template('Hello {{ name }}')", "PlainTextResponse"))).toBe(false);
    // Markup in the template, or the text served as a page: still reported.
    expect(medium(view("Template('<p>Hello ${name}</p>')", "PlainTextResponse"))).toBe(true);
    expect(medium(view("jinja2.Template('<p>Hello {{ name }}</p>')", "PlainTextResponse"))).toBe(true);
    expect(medium(view("Template('Hello ${name}')", "HTMLResponse"))).toBe(true);
  });
});

describe("ninth-wave data steps (Python, py-web batch 53)", () => {
  it("reads e.args[i] in a handler as the i-th argument of the exceptions the try body raises", () => {
    const check =
      "def check(name):\n    if not name.isalnum():\n        raise ValueError('echo invalid', name)\n    return name\n";
    const view = (body: string, i: number) =>
      `${check}def f():\n    name = sys.argv[1]\n    try:\n        cmd = ${body}\n    except ValueError as e:\n        cmd = e.args[${i}]\n    os.popen(cmd)\n`;
    expect(cmdi(view("'git log -1 ' + check(name)", 0))).toBe(false);
    expect(cmdi(view("'git log -1 ' + check(name)", 1))).toBe(true);
    // A library call's exception may quote its argument in args[0] (int('x') names 'x').
    expect(cmdi(view("int(name)", 0))).toBe(true);
  });
  it("takes the count side of a Counter's items() / most_common() pairs as a number", () => {
    const c = "from collections import Counter\nwords = Counter(sys.argv[1].split('|'))\n";
    for (const it of [
      "words.items()",
      "words.most_common(3)",
      "sorted(words.items(), key=lambda kv: -kv[1])",
    ]) {
      expect(cmdi(c + `for w, n in ${it}:\n    os.system('echo %s' % n)\n`)).toBe(false);
      expect(cmdi(c + `for w, n in ${it}:\n    os.system('echo %s' % w)\n`)).toBe(true);
      expect(cmdi(c + `os.system(''.join('echo %s;' % n for w, n in ${it}))\n`)).toBe(false);
      expect(cmdi(c + `os.system(''.join('echo %s;' % w for w, n in ${it}))\n`)).toBe(true);
    }
    // A plain dict's values are whatever was stored.
  });
  it("reads D.get(k, default) on a dict literal nothing writes through as the entry or the default", () => {
    const run = (lit: string, more = "") =>
      cmdi(`M = ${lit}\n${more}c = 'ls'\nif M.get('debug', 0) > 0:\n    c = sys.argv[1]\nos.system(c)\n`);
    expect(run("{'level': 2}")).toBe(false);
    expect(run("{'debug': 1}")).toBe(true);
    expect(run("{'debug': 0}")).toBe(false);
    // An item store elsewhere may set the key.
    expect(run("{'level': 2}", "def on():\n    M['debug'] = 1\n")).toBe(true);
  });
  it("knows the front positions of list(itertools.chain(literal, open))", () => {
    const c = "import itertools\nxs = list(itertools.chain(['home', 'a'], sys.argv[1:]))\n";
    expect(cmdi(c + "os.system('echo ' + ' '.join(xs[:2]))\n")).toBe(false);
    expect(cmdi(c + "os.system('echo ' + xs[1])\n")).toBe(false);
    expect(cmdi(c + "os.system('echo ' + ' '.join(xs[:3]))\n")).toBe(true);
    expect(cmdi(c + "os.system('echo ' + xs[2])\n")).toBe(true);
    expect(cmdi(c + "os.system('echo ' + ' '.join(xs))\n")).toBe(true);
    expect(cmdi("d = dict(a=sys.argv[1])\nfor k, v in d.items():\n    os.system(v)\n")).toBe(true);
  });
});

describe("reflected XSS: what another program, server, file or store answered (Python)", () => {
  const xss = (imports: string, body: string) =>
    analyzeSync(
      `${imports}\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    v = request.args['v']\n${body}`,
      { language: "python", rules: ["PY-XSS-001"] },
    ).findings.length > 0;
  it("takes a command's output, a fetched body and a file's bytes as theirs, not the request's", () => {
    expect(
      xss("import subprocess", "    return subprocess.run(['ping', '--', v], capture_output=True).stdout\n"),
    ).toBe(false);
    expect(
      xss("import subprocess", "    return subprocess.check_output(['du', '-sh', '--', v]).decode()\n"),
    ).toBe(false);
    expect(xss("import os, shlex", "    return os.popen('dig ' + shlex.quote(v)).read()\n")).toBe(false);
    expect(
      xss("import requests", "    return requests.get('https://api.example.com', params={'q': v}).text\n"),
    ).toBe(false);
    expect(
      xss("import requests", "    s = requests.Session()\n    return s.get('https://x.example/' + v).text\n"),
    ).toBe(false);
    expect(
      xss(
        "import os",
        "    with open(os.path.join('/srv', os.path.basename(v))) as fh:\n        return fh.read()\n",
      ),
    ).toBe(false);
    // The request's own text echoed back still is.
    expect(
      xss("import subprocess", "    subprocess.run(['ping', '--', v])\n    return 'pinged ' + v\n"),
    ).toBe(true);
  });
  it("takes what a server or child answered as theirs in a log line too", () => {
    const logs = (body: string) =>
      analyzeSync(
        `import logging, requests, subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\nlog = logging.getLogger(__name__)\n@app.route('/')\ndef f():\n    v = request.args['v']\n${body}    return 'ok'\n`,
        { language: "python", rules: ["PY-LOG-001"] },
      ).findings.length > 0;
    expect(
      logs(
        "    r = requests.post('https://hooks.example.com', json={'v': v})\n    log.info('status ' + str(r.status_code))\n",
      ),
    ).toBe(false);
    expect(
      logs("    out = subprocess.check_output(['host', '--', v])\n    log.info('got ' + out.decode())\n"),
    ).toBe(false);
    expect(logs("    log.info('asked for ' + v)\n")).toBe(true);
  });
  it("takes a query's result as what its receiver holds", () => {
    const lx = "from lxml import etree\nDOC = etree.parse('users.xml')";
    expect(xss(lx, "    return str(DOC.xpath('//u[@n=$n]/text()', n=v))\n")).toBe(false);
    expect(xss(lx, "    find = etree.XPath('//u[@n=$n]')\n    return str(find(DOC, n=v))\n")).toBe(false);
    expect(
      xss(
        "import ldap",
        "    c = ldap.initialize('ldap://h')\n    return str(c.search_s('dc=x', 2, '(uid=%s)' % v))\n",
      ),
    ).toBe(false);
    // An XPath over a document parsed from the request selects the request's own text.
    expect(xss(lx, "    return str(etree.fromstring(v).xpath('//name/text()'))\n")).toBe(true);
    expect(
      xss(lx, "    find = etree.XPath('//name/text()')\n    return str(find(etree.fromstring(v)))\n"),
    ).toBe(true);
  });
});

describe("pathlib suffixes (Python)", () => {
  const path = (body: string) =>
    analyzeSync(
      `import uuid\nfrom pathlib import Path\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/u', methods=['POST'])\ndef u():\n    f = request.files['f']\n${body}`,
      { language: "python", rules: ["PY-PATH-001"] },
    ).findings.length > 0;
  it("takes a Path's suffix as holding no separator", () => {
    expect(
      path(
        "    ext = Path(f.filename).suffix.lower()\n    return open('/srv/up/' + uuid.uuid4().hex + ext, 'wb')\n",
      ),
    ).toBe(false);
    expect(path("    return open('/srv/up/' + f.filename, 'wb')\n")).toBe(true);
  });
});

describe("Django's session key (Python)", () => {
  it("takes request.session.session_key as the server's own, not request data", () => {
    const sess = (v: string) =>
      analyzeSync(
        `from django.http import HttpResponse\ndef v(request):\n    r = HttpResponse('ok')\n    r.set_cookie('sessionid', ${v}, secure=True, httponly=True)\n    return r\n`,
        { language: "python", rules: ["PY-SESS-001"] },
      ).findings.length > 0;
    expect(sess("request.session.session_key")).toBe(false);
    expect(sess("request.COOKIES.get('sessionid', '')")).toBe(true);
  });
});

describe("constant keys read through a subscript (Python)", () => {
  it("stops when a key is read back through the subscript it indexes (cur = nums[cur])", () => {
    // constValue -> moduleSetting -> constKey -> constValue restarted its depth at 0 on every key, so a name
    // assigned from a subscript by itself overflowed the stack (LeetCode's array-nesting, with every rule on).
    const code =
      "inf = float('inf')\nclass Solution:\n    def arrayNesting(self, nums):\n        n = len(nums)\n        vis = [False] * n\n        res = 0\n        for i in range(n):\n            if vis[i]:\n                continue\n            cur, m = nums[i], 1\n            vis[cur] = True\n            while nums[cur] != nums[i]:\n                cur = nums[cur]\n                m += 1\n                vis[cur] = True\n            res = max(res, m)\n        return res\n";
    expect(() => analyzeSync(code, { language: "python" })).not.toThrow();
    const tree = parseCode(code, "python");
    const ctx = new PythonContext(tree);
    for (const n of tree.nodes) if (n.type === "subscript") expect(ctx.constValue(n)).toBeUndefined();
  });
});

describe("class hierarchies and helpers (Python, py-web batch 55)", () => {
  const redir = (code: string) =>
    analyzeSync(code, { language: "python", rules: ["PY-REDIR-001"] }).findings.length > 0;
  it("takes `x.startswith('/') and not x.startswith('//')` around a redirect, inline or in a helper's return", () => {
    const inline = (cond: string) =>
      redir(
        `from flask import redirect, request\ndef v():\n    n = request.args.get('next')\n    if ${cond}:\n        return redirect(n)\n    return redirect('/')\n`,
      );
    expect(inline("n and n.startswith('/') and not n.startswith('//')")).toBe(false);
    expect(inline('n.startswith("/") and not n.startswith("//") and "\\\\" not in n')).toBe(false);
    expect(inline("n and n.startswith('/')")).toBe(true);
    expect(inline("n.startswith('/') or not n.startswith('//')")).toBe(true);
    expect(inline("n.startswith('/') and not n.startswith('/x')")).toBe(true);
    const helper = (cond: string) =>
      redir(
        `from flask import redirect, request\nclass Policy:\n    @staticmethod\n    def target(url):\n        if ${cond}:\n            return url\n        return '/'\ndef v():\n    return redirect(Policy.target(request.args.get('next')))\n`,
      );
    expect(helper("url and url.startswith('/') and not url.startswith('//')")).toBe(false);
    expect(helper("url and url.startswith('/')")).toBe(true);
  });
  it("resolves self.collaborator.m(...) to the local class every store of the attribute holds", () => {
    const path = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-PATH-001"] }).findings.length > 0;
    const storage = (guard: string) =>
      `import os\nfrom flask import abort, request, send_file\nclass Storage:\n    def __init__(self, root):\n        self.root = root\n    def path_for(self, name):\n        real = os.path.realpath(os.path.join(self.root, name))\n${guard}        return real\n`;
    const guard =
      "        if not real.startswith(os.path.realpath(self.root) + os.sep):\n            abort(404)\n";
    const handler = (made: string) =>
      `class H:\n    def __init__(self, storage):\n        self.storage = storage\n    def __call__(self):\n        return send_file(self.storage.path_for(request.args['n']))\nh = H(${made})\n`;
    expect(path(storage(guard) + handler("Storage('/srv')"))).toBe(false);
    expect(path(storage("") + handler("Storage('/srv')"))).toBe(true);
    // A store this file does not show (a caller passing anything) keeps the call unknown: its argument flows on.
    expect(path(storage(guard) + handler("Storage('/srv')") + "def mk(s):\n    return H(s)\n")).toBe(true);
    // Built in place by the class itself.
    const own = (g: string) =>
      storage(g) +
      "class V:\n    def __init__(self):\n        self.storage = Storage('/srv')\n    def get(self):\n        return send_file(self.storage.path_for(request.args['n']))\n";
    expect(path(own(guard))).toBe(false);
    expect(path(own(""))).toBe(true);
  });
  it("reads self.table.get(key, default) over the dict literals every construction stores", () => {
    const go = (made: string, dflt: string, more = "") =>
      redir(
        `from flask import redirect, request\nclass Links:\n    def __init__(self, links):\n        self.links = links\n    def resolve(self, code, fb):\n        return self.links.get(code, ${dflt})\n${more}def v():\n    links = ${made}\n    return redirect(links.resolve(request.args['c'], request.args.get('fb', '/')))\n`,
      );
    expect(go("Links({'docs': 'https://docs.example.com'})", "'/'")).toBe(false);
    expect(go("Links({'docs': 'https://docs.example.com'})", "fb")).toBe(true);
    expect(go("Links({'docs': request.args['d']})", "'/'")).toBe(true);
    expect(go("Links(dict(request.args))", "'/'")).toBe(true);
    // Written into elsewhere: anything may be there.
    expect(
      go(
        "Links({'docs': 'https://docs.example.com'})",
        "'/'",
        "    def add(self, k, u):\n        self.links[k] = u\ndef w():\n    Links({}).add('x', request.args['u'])\n",
      ),
    ).toBe(true);
  });
  it("takes urllib.parse.quote as HTML-inert unless its safe characters include markup", () => {
    const xss = (expr: string) =>
      analyzeSync(
        `from urllib.parse import quote, quote_plus\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/q')\ndef q():\n    return '<a href="/i/' + ${expr} + '">x</a>'\n`,
        { language: "python", rules: ["PY-XSS-001"] },
      ).findings.length > 0;
    expect(xss("quote(request.args['u'], safe='')")).toBe(false);
    expect(xss("quote(request.args['u'])")).toBe(false);
    expect(xss("quote_plus(request.args['u'])")).toBe(false);
    expect(xss("quote(request.args['u'], safe='<>')")).toBe(true);
    expect(xss("request.args['u']")).toBe(true);
  });
  it("resolves a method called on a parameter annotated with a class of this file (FastAPI's Depends services)", () => {
    const svc = (body: string, param: string) =>
      ssrf(
        `import httpx\nfrom fastapi import Depends, FastAPI\napp = FastAPI()\nclass Fetcher:\n    def __init__(self, client):\n        self.client = client\n    def fetch(self, url):\n        ${body}\ndef get_fetcher():\n    return Fetcher(httpx.Client())\n@app.get('/p')\ndef p(url: str, ${param}):\n    return fetcher.fetch(url)\n`,
      );
    expect(svc("return self.client.get(url).content", "fetcher: Fetcher = Depends(get_fetcher)")).toBe(true);
    expect(svc("return self.client.get(url).content", "fetcher: 'Fetcher' = Depends(get_fetcher)")).toBe(
      true,
    );
    expect(
      svc("return self.client.get('https://a.example/').content", "fetcher: Fetcher = Depends(get_fetcher)"),
    ).toBe(false);
  });
  it("names a sink reached through a module or function bound to a name, or a constant import call", () => {
    const at = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.map((f) => f.line);
    // A module bound to a local name, in one function of several that reuse the name.
    expect(
      at(
        "PY-CMDI-001",
        "import os\ndef a(c):\n    m = os\n    m.system(c)\ndef b(c):\n    m = str\n    m.system(c)\n",
      ),
    ).toEqual([4]);
    // __import__ / importlib.import_module of a constant module, inline.
    expect(
      at("PY-CMDI-001", "import importlib\ndef a(c):\n    importlib.import_module('os').system(c)\n"),
    ).toEqual([3]);
    expect(at("PY-CMDI-001", "def a(c):\n    __import__('os.path').system(c)\n")).toEqual([2]);
    expect(
      at(
        "PY-DESER-001",
        "import importlib\ndef a(d):\n    return importlib.import_module('json').loads(d)\n",
      ),
    ).toEqual([]);
    // A function bound in each of two functions: each call is its own function's binding.
    const fnVar =
      "import subprocess\ndef a(c):\n    fn = subprocess.call\n    fn(c, shell=True)\ndef b(c):\n    fn = print\n    fn(c, shell=True)\n";
    expect(at("PY-CMDI-002", fnVar)).toEqual([4]);
    // A builtin bound to a name the file never rebinds; a parameter of that name shadows it.
    expect(
      at("PY-CODE-001", "run = eval\ndef a(x):\n    return run(x)\ndef b(run, x):\n    return run(x)\n"),
    ).toEqual([3]);
    expect(
      at("PY-CODE-001", "def eval(s):\n    return s\nrun = eval\ndef a(x):\n    return run(x)\n"),
    ).toEqual([]);
  });
  it("reads a keyword option stored into a mapping before the call spreads it (kwargs['shell'] = True)", () => {
    const at = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.map((f) => f.line);
    const shell = (store: string) =>
      at("PY-CMDI-002", `import subprocess\ndef a(c, **kw):\n${store}    return subprocess.run(c, **kw)\n`);
    expect(shell("    kw['shell'] = True\n")).toEqual([4]);
    expect(shell("    kw['shell'] = False\n")).toEqual([]);
    expect(shell("    kw['shell'] = True\n    kw['shell'] = False\n")).toEqual([]);
    // A store under a branch, or an update after the store: what the mapping holds there is not known.
    expect(shell("    if c:\n        kw['shell'] = True\n")).toEqual([]);
    expect(shell("    kw['shell'] = True\n    kw.update(shell=False)\n")).toEqual([]);
    const verify = (store: string) =>
      at(
        "PY-TLS-001",
        `import requests\ndef a(u):\n    kw = dict(timeout=5)\n${store}    return requests.get(u, **kw)\n`,
      );
    expect(verify("    kw['verify'] = False\n")).toEqual([5]);
    expect(verify("    kw['verify'] = True\n")).toEqual([]);
  });
  it("takes a field formatted with a numeric presentation type for digits, in f-strings and str.format", () => {
    const q = (expr: string) =>
      sqli(`from flask import request\ndef v(cur):\n    n = request.args['n']\n    cur.execute(${expr})\n`);
    expect(q(`f"SELECT * FROM t LIMIT {n:d}"`)).toBe(false);
    expect(q(`f"SELECT * FROM t WHERE p > {n:>10,.2f}"`)).toBe(false);
    expect(q(`"SELECT * FROM t LIMIT {:x}".format(n)`)).toBe(false);
    expect(q(`"SELECT * FROM t LIMIT {0:d}".format(n)`)).toBe(false);
    // Width, alignment and string types keep the text; `c` writes a character; nested fields are not known.
    expect(q(`f"SELECT * FROM t WHERE a = '{n:>10}'"`)).toBe(true);
    expect(q(`f"SELECT * FROM t WHERE a = '{n:s}'"`)).toBe(true);
    expect(q(`f"SELECT * FROM t WHERE a = '{n:c}'"`)).toBe(true);
    expect(q(`f"SELECT * FROM t WHERE a = '{n:{w}}'"`)).toBe(true);
    expect(q(`"SELECT * FROM t WHERE a = '{:>8}'".format(n)`)).toBe(true);
    // A shell command or code still reports any value built in at run time.
    expect(cmdi(`from flask import request\nos.system(f"sleep {request.args['n']:d}")\n`)).toBe(true);
  });
  it("reads an assignment expression passed as an argument as the value it binds", () => {
    const q = (arg: string) => sqli(`from flask import request\ndef v(cur):\n    cur.execute(${arg})\n`);
    expect(q(`q := "SELECT * FROM t WHERE a = '" + request.args['a'] + "'"`)).toBe(true);
    expect(q(`q := f"SELECT * FROM t WHERE a = '{request.args['a']}'"`)).toBe(true);
    expect(q(`q := "SELECT * FROM t WHERE a = 'x'"`)).toBe(false);
  });
  it("names a sink bound in a tuple assignment by its position", () => {
    const at = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-CMDI-001"] }).findings.map((f) => f.line);
    expect(at("import os, shlex\ndef a(c):\n    run, q = os.system, shlex.quote\n    run(c)\n")).toEqual([4]);
    expect(at("import os, shlex\ndef a(c):\n    run, q = os.system, shlex.quote\n    run(q(c))\n")).toEqual(
      [],
    );
    expect(at("import os\ndef a(c):\n    (p, run) = (print, os.system)\n    p(c)\n")).toEqual([]);
    // Values that cannot be paired with the names: nothing is named.
    expect(at("import os\ndef a(c, xs):\n    run, q = *xs, os.system\n    run(c)\n")).toEqual([]);
  });
  it("names the imported function a class body binds for self.name(...) calls", () => {
    const at = (rule: string, code: string) =>
      analyzeSync(code, { language: "python", rules: [rule] }).findings.map((f) => f.line);
    const k = (body: string, more = "") =>
      `import os, pickle\nclass K:\n${body}\n    def go(self, c):\n        return self.run(c)\n${more}`;
    expect(at("PY-CMDI-001", k("    run = staticmethod(os.system)"))).toEqual([5]);
    expect(at("PY-DESER-001", k("    run = pickle.loads"))).toEqual([5]);
    expect(at("PY-CMDI-001", k("    run = staticmethod(print)"))).toEqual([]);
    // Stored elsewhere, or bound again by a subclass: which function runs is not known.
    expect(
      at("PY-CMDI-001", k("    run = staticmethod(os.system)", "def f(k):\n    k.run = print\n")),
    ).toEqual([]);
    expect(
      at("PY-CMDI-001", k("    run = staticmethod(os.system)", "class L(K):\n    run = print\n")),
    ).toEqual([]);
    // Two unrelated classes binding a loader's name each: each method reads its own class.
    const two =
      "import json, pickle\nclass A:\n    loads = staticmethod(pickle.loads)\n    def get(self, b):\n        return self.loads(b)\nclass B:\n    loads = staticmethod(json.loads)\n    def get(self, b):\n        return self.loads(b)\n";
    expect(at("PY-DESER-001", two)).toEqual([5]);
  });
  it("names the imported function a dispatch table holds at a constant key", () => {
    const at = (code: string) =>
      analyzeSync(code, { language: "python", rules: ["PY-CMDI-001"] }).findings.map((f) => f.line);
    const table = "import os\nH = {'sh': os.system, 'log': print}\n";
    expect(at(table + "def a(c):\n    H['sh'](c)\n")).toEqual([4]);
    expect(at(table + "def a(c):\n    H['log'](c)\n")).toEqual([]);
    // A table changed after it is built is not what its literal says.
    expect(at(table + "H['sh'] = print\ndef a(c):\n    H['sh'](c)\n")).toEqual([]);
  });
});

describe("Tornado's request line and headers in log lines (Python)", () => {
  const log = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-LOG-001"] }).findings.length > 0;
  const handler =
    "import logging\nfrom tornado import web\nlog = logging.getLogger(__name__)\nclass H(web.RequestHandler):\n    def get(self):\n";
  it("takes the raw path, URI and header values as free of line breaks", () => {
    expect(log(handler + "        log.debug('Redirecting %s', self.request.path)\n")).toBe(false);
    expect(
      log(
        handler +
          "        origin = self.request.headers.get('Origin')\n        host = self.request.headers['Host']\n        log.warning('Blocking %s from %s (%s)', self.request.uri, origin, host)\n",
      ),
    ).toBe(false);
  });
  it("still reports the decoded arguments and body, and a decoded path elsewhere", () => {
    expect(log(handler + "        log.info('user %s', self.get_argument('u'))\n")).toBe(true);
    expect(log(handler + "        log.info('body %s', self.request.body)\n")).toBe(true);
    expect(
      log("import logging\nfrom flask import request\ndef f():\n    logging.info('path %s', request.path)\n"),
    ).toBe(true);
  });
});

describe("Tornado handlers' rendered template files (Python)", () => {
  const xss = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-XSS-001"] }).findings.length > 0;
  const handler =
    "from tornado import web\nfrom tornado.escape import url_escape\nclass Login(web.RequestHandler):\n";
  it("takes self.render_template / render_string of an .html file as escaped output", () => {
    expect(
      xss(
        handler +
          "    def _render(self, message=None):\n        self.write(self.render_template('login.html', next=url_escape(self.get_argument('next', '/')), message=message))\n",
      ),
    ).toBe(false);
    expect(
      xss(
        handler +
          "    def get(self):\n        self.write(self.render_string('page.html', q=self.get_argument('q')))\n",
      ),
    ).toBe(false);
  });
  it("still reports a template helper of this file and a non-template write", () => {
    expect(
      xss(
        handler +
          "    def render_template(self, name, q):\n        return '<p>%s</p>' % q\n    def get(self):\n        self.write(self.render_template('page.html', q=self.get_argument('q')))\n",
      ),
    ).toBe(true);
    expect(
      xss(handler + "    def get(self):\n        self.write('<p>' + self.get_argument('q') + '</p>')\n"),
    ).toBe(true);
  });
});

describe("Django loader templates rendered by hand (Python)", () => {
  const xss = (src: string) =>
    analyzeSync(src, { language: "python", rules: ["PY-XSS-001"] }).findings.length > 0;
  const head = "from django.http import HttpResponse\nfrom django.template import loader\n";
  it("takes loader.get_template(name).render(ctx, request) as escaped output", () => {
    expect(
      xss(
        head +
          "def v(request):\n    tpl = loader.get_template('r.html')\n    return HttpResponse(tpl.render({'q': request.GET['q']}, request))\n",
      ),
    ).toBe(false);
  });
  it("still reports a render method of something else", () => {
    expect(
      xss(
        head +
          "class T:\n    def render(self, q):\n        return '<p>' + q + '</p>'\ndef v(request):\n    return HttpResponse(T().render(request.GET['q']))\n",
      ),
    ).toBe(true);
  });
});

describe("route handlers named by their decorator's own callee (Python)", () => {
  it("takes @bp.get(...) for a route, not a .get( in another decorator's arguments", () => {
    const init = (decorators: string) =>
      analyzeSync(
        `import os\nimport click\n${decorators}\ndef cmd(ctx, broker):\n    os.environ['BROKER_URL'] = broker\n`,
        { language: "python", rules: ["PY-INIT-001"] },
      ).findings.length;
    // celery's CLI: a click group under @with_plugins(entry_points().get(...)) - its options are the operator's
    expect(
      init("@with_plugins(entry_points().get('app.commands', []))\n@click.group()\n@click.pass_context"),
    ).toBe(0);
    expect(init("@bp.get('/broker/<ctx>/<broker>')")).toBe(1);
  });

  it("reads a task's parameters from its queued calls in the file (Celery delay / apply_async / s, dramatiq send)", () => {
    const task = (deco: string, param: string, call: string) =>
      `import requests\nfrom celery import shared_task\n${deco}\ndef fetch(${param}):\n    return requests.get(url, timeout=5).text\ndef view(request):\n    ${call}\n`;
    expect(ssrf(task("@shared_task", "url", "fetch.delay(request.POST['url'])"))).toBe(true);
    expect(ssrf(task("@app.task(bind=True)", "self, url", "fetch.delay(request.POST['url'])"))).toBe(true);
    expect(ssrf(task("@shared_task", "url", "fetch.apply_async(args=[request.POST['url']])"))).toBe(true);
    expect(ssrf(task("@shared_task", "url", "fetch.apply_async(kwargs={'url': request.GET['u']})"))).toBe(
      true,
    );
    expect(ssrf(task("@dramatiq.actor", "url", "fetch.send(request.GET['u'])"))).toBe(true);
    expect(ssrf(task("@shared_task", "url", "chain(fetch.s(request.GET['u']))()"))).toBe(true);
    // Queued with the program's own URL, or not a task: nothing from the request reaches it.
    expect(ssrf(task("@shared_task", "url", "fetch.delay('https://status.example.com/')"))).toBe(false);
    expect(ssrf(task("@shared_task", "url", "fetch.apply_async(args=['https://a.example.com/'])"))).toBe(
      false,
    );
    expect(ssrf(task("@functools.cache", "url", "fetch.delay(request.POST['url'])"))).toBe(false);
  });

  it("reads a function's parameters from the runners it is handed to with its arguments (background tasks, threads, executors, rq)", () => {
    const run = (param: string, call: string) =>
      `import requests, threading, asyncio\ndef fetch(${param}):\n    return requests.get(url, timeout=5).text\ndef view(request, background_tasks, pool, q):\n    u = request.args['u']\n    ${call}\n`;
    expect(ssrf(run("url", "background_tasks.add_task(fetch, u)"))).toBe(true);
    expect(ssrf(run("url", "pool.submit(fetch, url=u)"))).toBe(true);
    expect(ssrf(run("timeout, url", "asyncio.get_running_loop().run_in_executor(None, fetch, 5, u)"))).toBe(
      true,
    );
    expect(ssrf(run("url", "asyncio.to_thread(fetch, u)"))).toBe(true);
    expect(ssrf(run("url", "q.enqueue(fetch, u)"))).toBe(true);
    expect(ssrf(run("url", "threading.Thread(target=fetch, args=(u,)).start()"))).toBe(true);
    expect(ssrf(run("url", "threading.Thread(target=fetch, kwargs={'url': u}).start()"))).toBe(true);
    expect(ssrf(run("url", "threading.Timer(3.0, fetch, [u]).start()"))).toBe(true);
    // The function's own constant, another argument's position, or a callback given no arguments of the request's.
    expect(ssrf(run("url", "background_tasks.add_task(fetch, 'https://status.example.com/')"))).toBe(false);
    expect(ssrf(run("url, n", "pool.submit(fetch, 'https://a.example.com/', len(u))"))).toBe(false);
    expect(ssrf(run("url", "handlers = {'fetch': fetch, 'seen': u}"))).toBe(false);
  });
});

describe("dict merges where the later key wins (Python)", () => {
  const view = (build: string, more = "") =>
    `from flask import request\nDEFAULTS = {'owner': 'guest', 'limit': 10}\n${more}def v():\n    body = request.get_json() or {}\n    mine = {'owner': body.get('o')}\n    params = ${build}\n    os.system('grep ' + params['owner'])\n`;
  it("takes a known literal's entry in a | chain or a ** splat when it comes last", () => {
    expect(cmdi(view("DEFAULTS | mine"))).toBe(true);
    expect(cmdi(view("mine | DEFAULTS"))).toBe(false);
    expect(cmdi(view("{**DEFAULTS, **mine}"))).toBe(true);
    expect(cmdi(view("{**mine, **DEFAULTS}"))).toBe(false);
    // request data splatted last may bring the key; a known literal without it leaves the key alone
    expect(cmdi(view("{**DEFAULTS, **body}"))).toBe(true);
    expect(cmdi(view("mine | {'limit': 5}"))).toBe(true);
    expect(cmdi(view("DEFAULTS | body"))).toBe(true);
  });
  it("does not trust a literal that is written through elsewhere", () => {
    const writes = "def w():\n    DEFAULTS['owner'] = request.args['o']\n";
    expect(cmdi(view("mine | DEFAULTS", writes))).toBe(true);
    expect(cmdi(view("{**mine, **DEFAULTS}", writes))).toBe(true);
  });
});

describe("line-break and markup clearing steps (Python)", () => {
  const log = (step: string) =>
    analyzeSync(
      `import logging, textwrap\nfrom flask import request\ndef v():\n    u = request.args['u']\n    logging.warning('login %s', ${step})\n`,
      { language: "python", rules: ["PY-LOG-001"] },
    ).findings.length > 0;
  const xss = (table: string) =>
    analyzeSync(
      `from flask import Flask, request\napp = Flask(__name__)\nT = str.maketrans(${table})\n@app.route('/b')\ndef v():\n    return '<p>' + request.args['b'].translate(T) + '</p>'\n`,
      { language: "python", rules: ["PY-XSS-001"] },
    ).findings.length > 0;
  it("takes textwrap.shorten and ' '.join(s.splitlines()) as dropping line breaks", () => {
    expect(log("textwrap.shorten(u, width=64)")).toBe(false);
    expect(log("' '.join(u.splitlines())")).toBe(false);
    expect(log("' '.join(u.splitlines(keepends=True))")).toBe(true);
    expect(log("'\\n'.join(u.splitlines())")).toBe(true);
    expect(log("textwrap.fill(u, width=64)")).toBe(true);
    expect(log("u[:64]")).toBe(true);
  });
  it("takes a translate table mapping every markup character to an entity as escaping", () => {
    expect(xss(`{'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}`)).toBe(false);
    expect(xss(`{'"': '&quot;', "'": '&#39;'}`)).toBe(true);
    expect(xss(`{'<': '&lt;', '>': '<'}`)).toBe(true);
  });
});

describe("rpartition's last part as a base name (Python)", () => {
  it("takes x.rpartition('/')[2] as the last path component, not partition's", () => {
    const path = (step: string) =>
      analyzeSync(
        `import os\nfrom flask import Flask\napp = Flask(__name__)\n@app.route('/f/<path:p>')\ndef f(p):\n    return open(os.path.join('/srv', ${step})).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(path("p.rpartition('/')[2]")).toBe(false);
    expect(path("p.rpartition('/')[-1]")).toBe(false);
    expect(path("p.partition('/')[2]")).toBe(true);
    expect(path("p.rpartition('/')[0]")).toBe(true);
    expect(path("p.rpartition('.')[2]")).toBe(true);
  });
});

describe("json list round trips and empty slices (Python)", () => {
  const run = (step: string, pre = "") =>
    cmdi(
      `import json\nfrom flask import request\ndef v():\n    q = request.args['q']\n${pre}    os.system('ls ' + ${step})\n`,
    );
  it("reads a json.dumps/loads round trip of a list literal at a constant position", () => {
    expect(run("json.loads(json.dumps([q, 'a']))[1]")).toBe(false);
    expect(run("json.loads(json.dumps([q, 'a']))[0]")).toBe(true);
    expect(run("json.loads(json.dumps([q, 'a']))[-1]")).toBe(false);
    expect(run("got[1]", "    got = json.loads(json.dumps((q, 'a')))\n")).toBe(false);
    expect(run("got[0]", "    got = json.loads(json.dumps((q, 'a')))\n")).toBe(true);
    expect(run("got[1]", "    got = json.loads(json.dumps([*q.split(), 'a']))\n")).toBe(true);
  });
  it("takes a slice with constant bounds that selects nothing as empty", () => {
    expect(run("(q[:0] or 'public')")).toBe(false);
    expect(run("q[2:2]")).toBe(false);
    expect(run("q[:1]")).toBe(true);
    expect(run("q[::-1]")).toBe(true);
    expect(run("q[-1:0]")).toBe(true);
    expect(run("q[5:3]")).toBe(false);
  });
});

describe("successive next() on a named generator (Python)", () => {
  const gen = (steps: string) =>
    cmdi(
      `from flask import request\ndef hosts(h):\n    yield 'mirror'\n    yield h\ndef v():\n    it = hosts(request.args['h'])\n${steps}`,
    );
  it("takes the yield at the count of the earlier unconditional next() calls", () => {
    expect(gen("    t = next(it)\n    os.system('ping ' + t)\n")).toBe(false);
    expect(gen("    next(it)\n    t = next(it)\n    os.system('ping ' + t)\n")).toBe(true);
    // a next() under a branch, another use of the iterator, or a call in a loop: no count
    expect(
      gen(
        "    if request.args.get('skip'):\n        next(it)\n    t = next(it)\n    os.system('ping ' + t)\n",
      ),
    ).toBe(true);
    expect(gen("    for _ in range(2):\n        t = next(it)\n        os.system('ping ' + t)\n")).toBe(true);
    expect(gen("    skip(it)\n    t = next(it)\n    os.system('ping ' + t)\n")).toBe(true);
  });
});

describe("a generator's last yields after a yield from of unknown length (Python)", () => {
  it("reads list(gen())[-k] from the yields that follow the last unknown yield from", () => {
    const gen = (body: string, at: string) =>
      cmdi(
        `from flask import request\ndef hosts(args):\n${body}def v():\n    got = list(hosts(request.args))\n    os.system('ping ' + got[${at}])\n`,
      );
    const body = "    yield from args.getlist('h')\n    yield 'localhost'\n";
    expect(gen(body, "-1")).toBe(false);
    expect(gen(body, "0")).toBe(true);
    expect(gen(body, "-2")).toBe(true);
    expect(gen(body + "    yield from args.getlist('g')\n", "-1")).toBe(true);
    expect(gen("    yield 'a'\n    yield from args.getlist('h')\n", "-1")).toBe(true);
  });
});

describe("class attributes a local subclass overrides (Python)", () => {
  const classes =
    "class Base:\n    loader = yaml.SafeLoader\n    algo = 'sha256'\n    def parse(self, t):\n        return yaml.load(t, Loader=self.loader)\n    def digest(self, d):\n        return hashlib.new(self.algo, d).hexdigest()\nclass Full(Base):\n    loader = yaml.UnsafeLoader\n    algo = 'md5'\nclass Audited(Base):\n    pass\n";
  const run = (rule: string, made: string) =>
    analyzeSync(`import yaml, hashlib\n${classes}def v(t):\n    return ${made}\n`, {
      language: "python",
      rules: [rule],
    }).findings.length > 0;
  it("reads self.ATTR as what each class the file instantiates sees", () => {
    expect(run("PY-DESER-002", "Full().parse(t)")).toBe(true);
    expect(run("PY-DESER-002", "Base().parse(t)")).toBe(false);
    expect(run("PY-DESER-002", "Audited().parse(t)")).toBe(false);
    expect(run("PY-DESER-002", "(Base().parse(t), Full().parse(t))")).toBe(true);
    expect(run("PY-HASH-001", "Full().digest(t)")).toBe(true);
    expect(run("PY-HASH-001", "Base().digest(t)")).toBe(false);
    expect(run("PY-HASH-001", "Audited().digest(t)")).toBe(false);
  });
});

describe("a dataclass field __post_init__ builds from another field it rewrote first (Python)", () => {
  it("reads the rewrites in order", () => {
    const job = (first: string) =>
      cmdi(
        `import re\nfrom dataclasses import dataclass\nfrom flask import request\n@dataclass\nclass Job:\n    label: str\n    command: str = ''\n    def __post_init__(self):\n        self.label = ${first}\n        self.command = f'tar czf /b/{self.label}.tgz /data'\ndef v():\n    os.system(Job(request.args['l']).command)\n`,
      );
    expect(job("re.sub(r'[^A-Za-z0-9_-]', '', self.label)")).toBe(false);
    expect(job("'fixed'")).toBe(false);
    expect(job("self.label.strip()")).toBe(true);
  });
});

describe("for ... else over local path prefixes (Python)", () => {
  it("takes a startswith(prefix) break over prefixes like '/account/' as keeping a redirect on the site", () => {
    const found = (prefixes: string, sink = "redirect(target)", rule = "PY-REDIR-001") =>
      analyzeSync(
        `import os\nfrom flask import Flask, redirect, request\napp = Flask(__name__)\nPREFIXES = ${prefixes}\n@app.route('/r')\ndef r():\n    target = request.args.get('next', '/')\n    for prefix in PREFIXES:\n        if target.startswith(prefix):\n            break\n    else:\n        target = '/'\n    return ${sink}\n`,
        { language: "python", rules: [rule] },
      ).findings.length > 0;
    expect(found("('/account/', '/orders/')")).toBe(false);
    expect(found("('/',)")).toBe(true);
    expect(found("('/account/', '//cdn')")).toBe(true);
    expect(found("('/account/', 'https://')")).toBe(true);
    // a prefix says nothing of '..' further on
    expect(
      found("('/account/', '/orders/')", "open(os.path.join('/srv', target)).read()", "PY-PATH-001"),
    ).toBe(true);
  });
});

describe("a public module-level table's unread entries in an application module (Python)", () => {
  it("drops the weak entry no read selects when the module declares routes or a __main__ block", () => {
    const rand = (head: string, pick: string, tail = "") =>
      analyzeSync(
        `import random, secrets\n${head}GENS = {'fast': lambda: random.getrandbits(64), 'secure': lambda: secrets.randbits(64)}\nSOURCE = '${pick}'\ndef token():\n    return '%x' % GENS[SOURCE]()\n${tail}`,
        { language: "python", rules: ["PY-RAND-001"] },
      ).findings.length > 0;
    const flask = "from flask import Flask\napp = Flask(__name__)\n";
    const route = "@app.route('/t')\ndef t():\n    return token()\n";
    expect(rand(flask, "secure", route)).toBe(false);
    expect(rand(flask, "fast", route)).toBe(true);
    expect(rand("", "secure", "if __name__ == '__main__':\n    print(token())\n")).toBe(false);
    // A library module: an importer may read GENS['fast'].
    expect(rand("", "secure")).toBe(true);
  });
});

describe("an unread entry of a dict literal copied into defaultdict / OrderedDict / dict (Python)", () => {
  it("drops the ECB mode held under a key no read selects", () => {
    const ecb = (wrap: (lit: string) => string, key: string) =>
      analyzeSync(
        `import os\nfrom collections import OrderedDict, defaultdict\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(k, d):\n    nonce = os.urandom(12)\n    by = ${wrap("{'legacy': modes.ECB(), 'gcm': modes.GCM(nonce)}")}\n    return Cipher(algorithms.AES(k), by['${key}']).encryptor().update(d)\n`,
        { language: "python", rules: ["PY-CRYPTO-001"] },
      ).findings.length > 0;
    const dd = (lit: string) => `defaultdict(lambda: modes.GCM(nonce), ${lit})`;
    expect(ecb(dd, "standard")).toBe(false);
    expect(ecb(dd, "legacy")).toBe(true);
    expect(ecb((lit) => `OrderedDict(${lit})`, "gcm")).toBe(false);
    expect(ecb((lit) => `OrderedDict(${lit})`, "legacy")).toBe(true);
    // Other arguments may rename what is read: not worked out.
    expect(ecb((lit) => `dict(${lit}, **OVERRIDES)`, "gcm")).toBe(true);
  });
});

describe("defaultdict read at a key no write reaches (Python)", () => {
  it("reads the literal's entry or the factory's value", () => {
    const read = (made: string, store: string) =>
      cmdi(
        `from collections import defaultdict\nfrom flask import request\ndef v():\n    hosts = ${made}\n    hosts['${store}'] = request.args['h']\n    os.system('ping -c 1 ' + hosts['target'])\n`,
      );
    expect(read("defaultdict(lambda: 'localhost')", "requested")).toBe(false);
    expect(read("defaultdict(lambda: 'localhost')", "target")).toBe(true);
    expect(read("defaultdict(str, {'target': 'localhost'})", "other")).toBe(false);
    expect(read("defaultdict(lambda: request.args['d'])", "other")).toBe(true);
    expect(read("defaultdict(lambda: 'x', {'target': request.args['d']})", "other")).toBe(true);
  });
});

describe("urllib.parse.quote as a redirect sanitiser keeps '/' (Python)", () => {
  it("leaves '//evil.example' protocol-relative unless '/' is out of safe or stripped first", () => {
    const redir = (target: string) =>
      analyzeSync(
        `from urllib.parse import quote, quote_plus\nfrom flask import Flask, redirect, request\napp = Flask(__name__)\n@app.route('/r')\ndef r():\n    nxt = request.args.get('next', '')\n    return redirect(${target})\n`,
        { language: "python", rules: ["PY-REDIR-001"] },
      ).findings.length > 0;
    expect(redir("quote(nxt)")).toBe(true);
    expect(redir("'/' + quote(nxt)")).toBe(true);
    expect(redir("'/' + quote(nxt.lstrip('\\\\'))")).toBe(true);
    expect(redir("'/' + quote(nxt.lstrip('/\\\\'), safe='/\\\\')")).toBe(false);
    expect(redir("'/' + quote(nxt.lstrip('/'), safe='/\\\\')")).toBe(true);
    expect(redir("'/' + quote(nxt.lstrip('/'))")).toBe(false);
    expect(redir("'/' + quote(nxt, safe='')")).toBe(false);
    expect(redir("quote_plus(nxt)")).toBe(false);
  });
});

describe("a ChainMap of constant dicts read at a constant key (Python)", () => {
  it("takes the entry of the first map that holds the key", () => {
    const weak = (maps: string, more = "") =>
      analyzeSync(
        `import hashlib\nfrom collections import ChainMap\nLEGACY = {'digest': 'md5'}\nDEFAULTS = {'digest': 'sha256', 'rounds': 1}\n${more}def f(b):\n    cfg = ChainMap(${maps})\n    return hashlib.new(cfg['digest'], b).hexdigest()\n`,
        { language: "python", rules: ["PY-HASH-001"] },
      ).findings.length > 0;
    expect(weak("LEGACY, DEFAULTS")).toBe(true);
    expect(weak("DEFAULTS, LEGACY")).toBe(false);
    expect(weak("{'rounds': 2}, LEGACY, DEFAULTS")).toBe(true);
    expect(weak("{'rounds': 2}, DEFAULTS, LEGACY")).toBe(false);
  });
});

describe("while True runs its body at least once (Python)", () => {
  it("lets a plain assignment on the first pass replace the value from before the loop", () => {
    const loop = (head: string, body: string) =>
      cmdi(
        `from flask import request\ndef v():\n    c = request.args['c']\n    ${head}\n${body}\n    os.system(c)\n`,
      );
    expect(loop("while True:", "        c = 'uptime'\n        break")).toBe(false);
    expect(loop("while 1:", "        c = 'uptime'\n        break")).toBe(false);
    expect(
      loop("while True:", "        if len(c) > 3:\n            break\n        c = 'uptime'\n        break"),
    ).toBe(true);
    expect(loop("while retry():", "        c = 'uptime'\n        break")).toBe(true);
    expect(loop("while 0:", "        c = 'uptime'\n        break")).toBe(true);
  });
});

describe("a for loop that breaks after its first pass over reversed(name) (Python)", () => {
  it("reads the first item of the literal the name is bound to, in that order", () => {
    const first = (seq: string, more = "") =>
      cmdi(
        `from flask import request\ndef v():\n    items = [request.args['c'], 'uptime']\n${more}    for item in ${seq}:\n        cmd = item\n        break\n    os.system(cmd)\n`,
      );
    expect(first("reversed(items)")).toBe(false);
    expect(first("list(items)")).toBe(true);
    expect(first("reversed(items)", "    items.append(request.args['d'])\n")).toBe(true);
  });
});

describe("possible strings of an enumerate loop's value under a test of its index (Python)", () => {
  it("takes the literal's item at the tested index", () => {
    const weak = (pick: string, test = "i == PREFERRED") =>
      analyzeSync(
        `import hashlib\nPREFERRED = ${pick}\ndef f(b):\n    algo = 'sha512'\n    for i, name in enumerate(('sha1', 'sha512')):\n        if ${test}:\n            algo = name\n    return hashlib.new(algo, b).hexdigest()\n`,
        { language: "python", rules: ["PY-HASH-001"] },
      ).findings.length > 0;
    expect(weak("0")).toBe(true);
    expect(weak("1")).toBe(false);
    expect(weak("1", "PREFERRED == i")).toBe(false);
    expect(weak("0", "PREFERRED == i")).toBe(true);
  });
});

describe("a loop's name under an 'if name == CONST:' test is that constant (Python)", () => {
  it("decides a hash name and a cookie flag chosen in a loop", () => {
    const weak = (algo: string) =>
      analyzeSync(
        `import hashlib\nALGO = '${algo}'\ndef f(b):\n    name = 'sha256'\n    for cand in ('md5', 'sha256'):\n        if cand == ALGO:\n            name = cand\n    return hashlib.new(name, b).hexdigest()\n`,
        { language: "python", rules: ["PY-HASH-001"] },
      ).findings.length > 0;
    expect(weak("md5")).toBe(true);
    expect(weak("sha256")).toBe(false);
    const insecure = (env: string) =>
      analyzeSync(
        `from flask import make_response\nENV = '${env}'\ndef v(t):\n    resp = make_response('ok')\n    for level in ('dev', 'prod'):\n        if ENV == level:\n            resp.set_cookie('sid', t, secure=level == 'prod', httponly=True)\n    return resp\n`,
        { language: "python", rules: ["PY-COOKIE-001"] },
      ).findings.length > 0;
    expect(insecure("dev")).toBe(true);
    expect(insecure("prod")).toBe(false);
  });
});

describe("re functions imported by name (Python)", () => {
  it("reads match()/fullmatch() from `from re import ...` as the re calls they are in guards", () => {
    const path = (imp: string, cond: string) =>
      analyzeSync(
        `${imp}\ndef v(request):\n    n = request.args.get('n', '')\n    if ${cond}:\n        return 'bad'\n    return open('/srv/' + n).read()\n`,
        { language: "python", rules: ["PY-PATH-001"] },
      ).findings.length > 0;
    expect(path("from re import match", "not match(r'^[a-z]+$', n)")).toBe(false);
    expect(path("from re import fullmatch, split", "not fullmatch(r'[a-z]+', n)")).toBe(false);
    // Still a prefix test without an end anchor; and a local function named match is not re's.
    expect(path("from re import match", "not match(r'[a-z]+', n)")).toBe(true);
    expect(path("def match(p, s):\n    return True", "not match(r'^[a-z]+$', n)")).toBe(true);
  });

  it("keeps an allow-list that admits names and a call's parenthesis from guarding eval", () => {
    const code = (pattern: string) =>
      analyzeSync(
        `import re\ndef calc(expr):\n    if not re.match(r'${pattern}', expr):\n        raise ValueError(expr)\n    return eval(expr)\n`,
        { language: "python", rules: ["PY-CODE-001"] },
      ).findings.length > 0;
    expect(code("^[,.0-9 ()\\[\\]]*$")).toBe(false);
    expect(code("^[0-9+\\-*/. ()]+$")).toBe(false);
    expect(code("^[\\w.]+$")).toBe(false);
    expect(code("^[\\w.\\[\\]()]+$")).toBe(true);
    expect(code("^[^;]+$")).toBe(true);
  });
});

describe("GraphQL resolver arguments (Python)", () => {
  it("takes strawberry, ariadne and graphene resolver arguments as the query's, their parent and info as the server's", () => {
    const sb = (params: string, use: string) =>
      `import requests\nimport strawberry\n@strawberry.type\nclass Query:\n    @strawberry.field\n    def preview(${params}) -> str:\n        return requests.get(${use}, timeout=5).text\n`;
    expect(ssrf(sb("self, url: str", "url"))).toBe(true);
    expect(ssrf(sb("self, info: strawberry.Info, url: str", "url"))).toBe(true);
    expect(ssrf(sb("self, info: strawberry.Info, url: str", "info.context.base_url"))).toBe(false);
    expect(ssrf(sb("self, url: str", "self.url"))).toBe(false);
    const ar = (use: string, lib = "from ariadne import QueryType\n") =>
      `import requests\n${lib}query = QueryType()\n@query.field("preview")\ndef resolve_preview(obj, info, url):\n    return requests.get(${use}, timeout=5).text\n`;
    expect(ssrf(ar("url"))).toBe(true);
    expect(ssrf(ar("obj['url']"))).toBe(false);
    // Without the library, a `.field("...")` decorator is anyone's.
    expect(ssrf(ar("url", "from .types import QueryType\n"))).toBe(false);
    const gr = (name: string, params: string) =>
      `import graphene, requests\nclass Query(graphene.ObjectType):\n    preview = graphene.String(url=graphene.String())\n    def ${name}(${params}):\n        return requests.get(url, timeout=5).text\n`;
    expect(ssrf(gr("resolve_preview", "root, info, url"))).toBe(true);
    expect(ssrf(gr("resolve_preview", "self, info, url"))).toBe(true);
    expect(ssrf(gr("fetch_preview", "root, info, url"))).toBe(false);
  });
});

describe("a local named cls (Python)", () => {
  it("reads a method's local `cls` as a variable, the receiver `cls` of a classmethod as the class", () => {
    expect(
      ssrf(
        "import requests\nimport tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        cls = self.get_argument('cls')\n        requests.get('https://' + cls, timeout=5)\n",
      ),
    ).toBe(true);
    expect(
      ssrf(
        "import requests\nimport tornado.web\nclass H(tornado.web.RequestHandler):\n    @classmethod\n    def get(cls):\n        requests.get(cls.URL, timeout=5)\n",
      ),
    ).toBe(false);
  });
});
