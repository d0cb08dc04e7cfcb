import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;
const FLASK =
  "import os\nimport collections\nfrom collections import deque\nfrom flask import Flask, request, redirect, make_response, abort, session\napp = Flask(__name__)\n";
const view = (rule: string, body: string, head = "") =>
  flagged(rule, FLASK + head + "@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n" + body);

describe("Python data flow: OWASP-style value logic (py-web batch 61)", () => {
  it("reads the zip() column item beside the constant a loop's partner name is tested equal to", () => {
    const ssrf = (key: string, keys = "['a', 'b']") =>
      view(
        "PY-SSRF-001",
        `    t = ''\n    for k, u in zip(${keys}, [p, 'https://x.example/']):\n        if k == '${key}':\n            t = u\n    requests.get(t)\n`,
        "import requests\n",
      );
    expect(ssrf("a")).toBe(true);
    expect(ssrf("b")).toBe(false);
    expect(ssrf("c")).toBe(false);
    // Keys that are not all constants, or columns of other lengths: every item.
    expect(ssrf("b", "[p, 'b']")).toBe(true);
    expect(ssrf("b", "['a', 'b', 'c']")).toBe(true);
    // The weak hash chosen the same way: the constant beside the tested label.
    const hash = (label: string) =>
      flagged(
        "PY-HASH-001",
        `import hashlib\nalgo = 'sha256'\nfor label, name in zip(['old', 'new'], ['md5', 'sha512']):\n    if label == '${label}':\n        algo = name\nh = hashlib.new(algo, b'x')\n`,
      );
    expect(hash("old")).toBe(true);
    expect(hash("new")).toBe(false);
  });
});

describe("Python data flow: bounded deques (py-web batch 61)", () => {
  const trust = (body: string) => view("PY-TRUST-001", body + "    session['u'] = b\n    return 'ok'\n");
  it("models deque(maxlen=N): the written positions, and what overflow drops", () => {
    const q = (make: string, pick: string) =>
      trust(`    d = ${make}\n    d.appendleft('10340')\n    d.appendleft(p)\n    b = d.${pick}()\n`);
    expect(q("deque(maxlen=4)", "popleft")).toBe(true);
    expect(q("deque(maxlen=4)", "pop")).toBe(false);
    expect(q("collections.deque([], maxlen=None)", "pop")).toBe(false);
    // Full at one item: the later appendleft pushes the parameter out at the back, or the constant.
    expect(q("deque(maxlen=1)", "pop")).toBe(true);
    expect(
      trust("    d = deque(['a'], maxlen=2)\n    d.append(p)\n    d.append('c')\n    b = d.popleft()\n"),
    ).toBe(true);
    expect(
      trust("    d = deque(['a'], maxlen=2)\n    d.append('c')\n    d.append(p)\n    b = d.popleft()\n"),
    ).toBe(false);
    // A bound that is not a constant: nothing is known.
    expect(q("deque(maxlen=n)", "pop")).toBe(true);
  });
});

describe("Python data flow: functools.reduce over a literal (py-web batch 61)", () => {
  const trust = (body: string) =>
    view("PY-TRUST-001", body + "    session['u'] = b\n    return 'ok'\n", "import functools\n");
  it("folds the literal's items one by one through the lambda", () => {
    expect(trust("    b = functools.reduce(lambda acc, s: s, ['guest', p])\n")).toBe(true);
    expect(trust("    b = functools.reduce(lambda acc, s: s, [p, 'guest'])\n")).toBe(false);
    expect(trust("    b = functools.reduce(lambda acc, s: acc, [p, 'guest'])\n")).toBe(true);
    expect(trust("    b = functools.reduce(lambda acc, s: acc, ['guest', p])\n")).toBe(false);
    expect(trust("    b = functools.reduce(lambda acc, s: acc + s, ['a', p], '')\n")).toBe(true);
    expect(trust("    b = functools.reduce(lambda acc, s: s, [], p)\n")).toBe(true);
    // A list that is written after it is made: every item may be folded in.
    expect(
      trust("    xs = [p, 'guest']\n    xs.append(p)\n    b = functools.reduce(lambda acc, s: s, xs)\n"),
    ).toBe(true);
  });
});

describe("Python data flow: a decoder after a path test (py-web batch 61)", () => {
  const path = (body: string) =>
    view(
      "PY-PATH-001",
      body + "    return open(os.path.join('/srv/docs', b)).read()\n",
      "from urllib.parse import unquote\n",
    );
  it("does not let a test of the raw text cover what unquote() makes of it", () => {
    const deny = "    if '..' in p or p.startswith('/'):\n        abort(400)\n";
    expect(path(deny + "    b = unquote(p)\n")).toBe(true);
    expect(path(deny + "    b = p\n")).toBe(false);
    expect(path("    b = unquote(p)\n    if '..' in b or b.startswith('/'):\n        abort(400)\n")).toBe(
      false,
    );
    const base = "    if os.path.basename(p) != p:\n        abort(400)\n";
    expect(path(base + "    b = unquote(p)\n")).toBe(true);
    expect(path(base + "    b = p\n")).toBe(false);
  });
});

describe("Python data flow: codecs hex encoding (py-web batch 61)", () => {
  it("takes codecs.encode(b, 'hex') for hex digits, and its decode for the bytes again", () => {
    const path = (expr: string) =>
      view(
        "PY-PATH-001",
        `    b = ${expr}\n    return open('/var/cache/%s.bin' % b).read()\n`,
        "import codecs, binascii\n",
      );
    expect(path("codecs.encode(p.encode('utf-8'), 'hex').decode('ascii')")).toBe(false);
    expect(path("codecs.encode(p.encode(), 'hex_codec')")).toBe(false);
    expect(path("codecs.decode(codecs.encode(p, 'rot13'), 'rot13')")).toBe(true);
    expect(path("codecs.encode(p, 'rot13')")).toBe(true);
    expect(path("codecs.decode(codecs.encode(p.encode(), 'hex'), 'hex').decode()")).toBe(true);
    expect(path("binascii.unhexlify(codecs.encode(p.encode(), 'hex')).decode()")).toBe(true);
    expect(path("bytes.fromhex(codecs.encode(p.encode(), 'hex').decode()).decode()")).toBe(true);
  });
});

describe("Python data flow: strings a local factory's product returns (py-web batch 61)", () => {
  const CLASSES =
    "import hashlib\nclass Legacy:\n    def name(self):\n        return 'sha1'\nclass Modern:\n    def name(self):\n        return 'sha512'\n";
  const hash = (code: string) => flagged("PY-HASH-001", CLASSES + code);
  it("follows a constructor or a factory choosing the class by a constant to the method's return", () => {
    expect(hash("def f(d):\n    return hashlib.new(Legacy().name(), d).hexdigest()\n")).toBe(true);
    expect(hash("def f(d):\n    return hashlib.new(Modern().name(), d).hexdigest()\n")).toBe(false);
    const factory = (flag: string) =>
      hash(
        `class Factory:\n    LEGACY = ${flag}\n    @classmethod\n    def create(cls):\n        return Legacy() if cls.LEGACY else Modern()\ndef f(d):\n    return hashlib.new(Factory.create().name(), d).hexdigest()\n`,
      );
    expect(factory("True")).toBe(true);
    expect(factory("False")).toBe(false);
    // A condition that is not constant: either class.
    expect(
      hash(
        "def create(x):\n    return Legacy() if x else Modern()\ndef make():\n    return create(len(__name__))\ndef pick():\n    return Legacy() if len(__name__) else Modern()\ndef f(d):\n    return hashlib.new(pick().name(), d).hexdigest()\n",
      ),
    ).toBe(true);
    // A plain local function returning the name.
    expect(
      hash("def algo():\n    return 'md5'\ndef f(d):\n    return hashlib.new(algo(), d).hexdigest()\n"),
    ).toBe(true);
    expect(
      hash("def algo():\n    return 'sha256'\ndef f(d):\n    return hashlib.new(algo(), d).hexdigest()\n"),
    ).toBe(false);
  });
});

describe("Python data flow: tests a later decoder cannot get round (py-web batch 61)", () => {
  const path = (body: string) =>
    view(
      "PY-PATH-001",
      body + "    return open(os.path.join('/srv/docs', unquote(p))).read()\n",
      "import re\nfrom urllib.parse import unquote\n",
    );
  it("keeps full-match, membership and literal-equality tests over unquote()", () => {
    expect(path("    if not re.fullmatch(r'[a-z]+', p):\n        abort(400)\n")).toBe(false);
    expect(path("    if p not in ('a.txt', 'b.txt'):\n        abort(400)\n")).toBe(false);
    expect(path("    if not p.isalnum():\n        abort(400)\n")).toBe(false);
    expect(path("    if '..' in p:\n        abort(400)\n")).toBe(true);
    expect(path("    if not p.startswith('pub'):\n        abort(400)\n")).toBe(true);
  });
});

describe("Python data flow: deque.extendleft (py-web batch 61)", () => {
  it("puts the items at the front one by one, reversed", () => {
    const cmd = (at: number, head = "collections.deque()") =>
      view(
        "PY-CMDI-001",
        `    d = ${head}\n    d.extendleft([p, 'x'])\n    b = d[${at}]\n    os.system('ls ' + b)\n`,
      );
    expect(cmd(1)).toBe(true);
    expect(cmd(0)).toBe(false);
    expect(cmd(2, "collections.deque(['y'])")).toBe(false);
    expect(cmd(1, "collections.deque(['y'])")).toBe(true);
    // Not a literal: anywhere.
    expect(
      view("PY-CMDI-001", "    d = collections.deque()\n    d.extendleft(p.split())\n    os.system(d[0])\n"),
    ).toBe(true);
  });
});

describe("Python data flow: map() / filter() over a literal, indexed in place (py-web batch 61)", () => {
  it("reads the one item the constant index selects", () => {
    const cmd = (expr: string) => view("PY-CMDI-001", `    b = ${expr}\n    os.system('ls ' + b)\n`);
    expect(cmd("list(map(lambda s: s.upper(), ['x', p]))[1]")).toBe(true);
    expect(cmd("list(map(lambda s: s.upper(), ['x', p]))[0]")).toBe(false);
    expect(cmd("list(filter(None, [p, '/home']))[0]")).toBe(true);
    expect(cmd("list(filter(None, [p, '/home']))[-1]")).toBe(false);
    expect(cmd("list(map(lambda s: s.upper(), ['x', p]))[i]")).toBe(true);
  });
});
