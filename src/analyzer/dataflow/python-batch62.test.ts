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
  "import os\nimport html\nimport sqlite3\nfrom flask import Flask, request, redirect, session\napp = Flask(__name__)\n";
const view = (rule: string, body: string, head = "") =>
  flagged(rule, FLASK + head + "@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n" + body);

describe("Python data flow: objects and control flow (py-web batch 62)", () => {
  it("runs a while loop's body once when its first test is decided by literals bound just before it", () => {
    const sql = (init: string, cond = "n < 3", between = "") =>
      view(
        "PY-SQLI-001",
        `    bar = p\n    ${init}\n${between}    while ${cond}:\n        bar = 'anonymous'\n        n += 1\n    sqlite3.connect('x').execute("SELECT 1 WHERE a = '" + bar + "'")\n`,
      );
    expect(sql("n = 0")).toBe(false);
    expect(sql("n = 3")).toBe(true);
    expect(sql("n = 0", "n != 0")).toBe(true);
    expect(sql("n = False", "not n")).toBe(false);
    // A name bound elsewhere, or touched between the binding and the loop: the first test is unknown.
    expect(sql("n = int(p)")).toBe(true);
    expect(sql("n = 0", "n < 3", "    n = len(p)\n")).toBe(true);
  });

  it("calls the lambda or function a name was read from a dict literal at a constant key", () => {
    const xss = (pick: string) =>
      view(
        "PY-XSS-001",
        `    render = ${pick}\n    return '<h2>' + render(p) + '</h2>'\n`,
        "R = {'raw': lambda s: s, 'safe': lambda s: html.escape(s)}\n",
      );
    expect(xss("R['raw']")).toBe(true);
    expect(xss("R['safe']")).toBe(false);
    expect(xss("R.get('safe')")).toBe(false);
    expect(xss("R.get('raw')")).toBe(true);
  });

  it("reads dict(mapping, **other) / dict(mapping, k=v) at a constant key: later entries win", () => {
    const code = (merge: string) =>
      view(
        "PY-CODE-001",
        `    user = {'expr': p}\n    merged = ${merge}\n    return eval(merged['expr'])\n`,
        "DEFAULTS = {'expr': '1 + 1', 'precision': 2}\n",
      );
    expect(code("dict(DEFAULTS, **user)")).toBe(true);
    expect(code("dict(user, **DEFAULTS)")).toBe(false);
    expect(code("dict(user, expr='2')")).toBe(false);
    expect(code("dict(DEFAULTS, expr=p)")).toBe(true);
    // An operand that is not a known literal holds anything at the key, unless a later known one replaces it.
    expect(code("dict(request.args, **DEFAULTS)")).toBe(false);
    expect(code("dict(DEFAULTS, **request.args)")).toBe(true);
  });

  it("trusts url_has_allowed_host_and_scheme on a dotted read (self._raw) in a conditional expression", () => {
    const redir = (ret: string) =>
      flagged(
        "PY-REDIR-001",
        `from django.http import HttpResponseRedirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\nclass Next:\n    def __init__(self, raw):\n        self._raw = raw\n        self._other = '/x'\n\n    @property\n    def url(self):\n        return ${ret}\n\ndef view(request):\n    return HttpResponseRedirect(Next(request.GET.get('next', '/')).url)\n`,
      );
    expect(redir("self._raw")).toBe(true);
    expect(
      redir("self._raw if url_has_allowed_host_and_scheme(self._raw, allowed_hosts={'a'}) else '/'"),
    ).toBe(false);
    expect(
      redir("self._raw if url_has_allowed_host_and_scheme(self._other, allowed_hosts={'a'}) else '/'"),
    ).toBe(true);
  });

  it("reads an attribute of an instance of a known class through that class's MRO when a subclass rebinds it", () => {
    const cookie = (made: string) =>
      flagged(
        "PY-COOKIE-001",
        `from django.http import HttpResponse\n\nclass Policy:\n    secure = False\n    httponly = True\n\nclass Prod(Policy):\n    secure = True\n\nclass Dev(Prod):\n    pass\n\ndef view(request):\n    policy = ${made}\n    r = HttpResponse('x')\n    r.set_cookie('tracking', 'v', secure=policy.secure, httponly=policy.httponly)\n    return r\n`,
      );
    expect(cookie("Policy()")).toBe(true);
    expect(cookie("Prod()")).toBe(false);
    expect(cookie("Dev()")).toBe(false);
  });

  it("takes a dataclass field read as self.X for its default only where no construction passes another", () => {
    const hash = (made: string, extra = "") =>
      flagged(
        "PY-HASH-001",
        `import hashlib\nfrom dataclasses import dataclass\n\n@dataclass\nclass Hasher:\n    algo: str = 'md5'\n\n    def digest(self, data):\n        return hashlib.new(self.algo, data).hexdigest()\n\ndef f(b):\n    return ${made}.digest(b)\n${extra}`,
      );
    expect(hash("Hasher()")).toBe(true);
    expect(hash("Hasher(algo='sha256')")).toBe(false);
    expect(hash("Hasher('sha256')")).toBe(false);
    expect(hash("Hasher('md5')")).toBe(true);
    // One construction keeps the default: that path hashes with MD5.
    expect(hash("Hasher('sha256')", "def g(b):\n    return Hasher().digest(b)\n")).toBe(true);
  });

  it("evaluates a local helper's constant return under the constant arguments of the call", () => {
    const cookie = (call: string) =>
      flagged(
        "PY-COOKIE-001",
        `from flask import Flask, make_response\napp = Flask(__name__)\n\ndef secure_flag(debug=False):\n    if debug:\n        return False\n    return True\n\n@app.route('/x')\ndef v():\n    r = make_response('x')\n    r.set_cookie('pref', 'dark', secure=${call}, httponly=True)\n    return r\n`,
      );
    expect(cookie("secure_flag(debug=True)")).toBe(true);
    expect(cookie("secure_flag(True)")).toBe(true);
    expect(cookie("secure_flag()")).toBe(false);
    expect(cookie("secure_flag(debug=False)")).toBe(false);
  });

  it("reads a constant entry through {**A, **B}, dict(A, **B) and a json.dumps / json.loads round trip", () => {
    const hash = (cfg: string, head = "") =>
      flagged(
        "PY-HASH-001",
        `import hashlib, json\nDEFAULTS = {'algorithm': 'sha256'}\nOVERRIDES = {'algorithm': 'md5'}\n${head}def f(b):\n    cfg = ${cfg}\n    return hashlib.new(cfg['algorithm'], b).hexdigest()\n`,
      );
    expect(hash("{**DEFAULTS, **OVERRIDES}")).toBe(true);
    expect(hash("{**OVERRIDES, **DEFAULTS}")).toBe(false);
    expect(hash("dict(DEFAULTS, **OVERRIDES)")).toBe(true);
    expect(hash("dict(OVERRIDES, **DEFAULTS)")).toBe(false);
    expect(hash("json.loads(RAW)", "RAW = json.dumps({'algorithm': 'sha1'})\n")).toBe(true);
    expect(hash("json.loads(RAW)", "RAW = json.dumps({'algorithm': 'sha384'})\n")).toBe(false);
    expect(hash("json.loads(json.dumps(OVERRIDES))")).toBe(true);
    expect(hash("json.loads(json.dumps(DEFAULTS))")).toBe(false);
  });

  it("reads an attribute through a plain alias of a local object (writes through the original name count)", () => {
    const ldap = (chosen: string, extra = "") =>
      view(
        "PY-LDAP-001",
        `    q = copy.copy(TEMPLATE)\n    q.cn = p\n    chosen = ${chosen}\n${extra}    conn.search('dc=x', '(cn=%s)' % chosen.cn)\n`,
        "import copy\nclass Query:\n    def __init__(self, cn):\n        self.cn = cn\nTEMPLATE = Query('guest')\n",
      );
    expect(ldap("q")).toBe(true);
    expect(ldap("TEMPLATE")).toBe(false);
    // A write through the alias itself after it was made decides.
    expect(ldap("q", "    chosen.cn = 'guest'\n")).toBe(false);
  });

  it("sees a class-wide store (C.attr = v) in self.attr unless the instance's class rebinds the name first", () => {
    const path = (made: string) =>
      view(
        "PY-PATH-001",
        `    Download.filename = p\n    doc = ${made}\n    return open(doc.path()).read()\n`,
        "class Download:\n    filename = 'index.txt'\n    def path(self):\n        return os.path.join('/srv', self.filename)\nclass Manual(Download):\n    filename = 'manual.txt'\nclass Mirror(Download):\n    pass\n",
      );
    expect(path("Download()")).toBe(true);
    expect(path("Mirror()")).toBe(true);
    expect(path("Manual()")).toBe(false);
  });

  it("reads a ContextVar set (and reset) earlier in the same function: the set still in force", () => {
    const path = (steps: string) =>
      view(
        "PY-PATH-001",
        `    token = current.set(p)\n${steps}    return open(os.path.join('/srv', current.get())).read()\n`,
        "import contextvars\ncurrent = contextvars.ContextVar('current', default='index.html')\n",
      );
    expect(path("")).toBe(true);
    expect(path("    current.reset(token)\n")).toBe(false);
    expect(path("    current.set('a.txt')\n")).toBe(false);
    expect(path("    inner = current.set('a.txt')\n    current.reset(inner)\n")).toBe(true);
    // Under a branch of its own: not decided here.
    expect(path("    if p:\n        current.reset(token)\n")).toBe(true);
    const ecb = (mode: string) =>
      flagged(
        "PY-CRYPTO-001",
        `import contextvars, os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nMODE = contextvars.ContextVar('mode', default='GCM')\ndef enc(key, data):\n    MODE.set('${mode}')\n    iv = os.urandom(12)\n    m = modes.ECB() if MODE.get() == 'ECB' else modes.GCM(iv)\n    return Cipher(algorithms.AES(key), m).encryptor().update(data)\n`,
      );
    expect(ecb("ECB")).toBe(true);
    expect(ecb("GCM")).toBe(false);
  });

  it("drops a class-body value every instance the file makes sees rebound by a subclass", () => {
    const rand = (made: string, extra = "") =>
      analyzeSync(
        `import random\n\nclass TokenMaker:\n    rng = random.Random()\n\n    def code(self):\n        return '%06d' % self.rng.randint(0, 999999)\n\nclass SecureTokenMaker(TokenMaker):\n    rng = random.SystemRandom()\n\ndef reset():\n    return ${made}.code()\n${extra}`,
        { language: "python", rules: ["PY-RAND-001"] },
      ).findings.length > 0;
    expect(rand("TokenMaker()")).toBe(true);
    expect(rand("SecureTokenMaker()")).toBe(false);
    expect(rand("SecureTokenMaker()", "def other():\n    return TokenMaker().code()\n")).toBe(true);
    expect(rand("SecureTokenMaker()", "def other():\n    return TokenMaker.rng.random()\n")).toBe(true);
  });
});
