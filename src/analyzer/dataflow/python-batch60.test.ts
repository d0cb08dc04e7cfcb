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
  "import os\nfrom flask import Flask, request, redirect, make_response, abort\napp = Flask(__name__)\n";
const view = (rule: string, body: string, head = "") =>
  flagged(rule, FLASK + head + "@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n" + body);

describe("Python data flow: OWASP-style value logic (py-web batch 60)", () => {
  it("takes bytes.hex() for hex digits, and bytes.fromhex of it for the text again", () => {
    const sql = (expr: string) =>
      view(
        "PY-SQLI-001",
        `    b = ${expr}\n    cur.execute("SELECT * FROM t WHERE a = '" + b + "'")\n`,
        "import sqlite3\ncur = sqlite3.connect('d').cursor()\n",
      );
    expect(sql("p.encode('utf-8').decode('utf-8')")).toBe(true);
    expect(sql("p.encode('utf-8').hex()")).toBe(false);
    expect(sql("bytes.fromhex(p.encode().hex()).decode()")).toBe(true);
    expect(sql("bytes.fromhex('6869').decode()")).toBe(false);
  });
  it("takes a replace chain that maps both angle brackets to entities for an HTML escape", () => {
    const xss = (expr: string) => view("PY-XSS-001", `    b = ${expr}\n    return '<p>' + b + '</p>'\n`);
    expect(xss("p.replace('<script>', '')")).toBe(true);
    expect(xss("p.replace('<', '&lt;')")).toBe(true);
    expect(xss("p.replace('<', '&lt;').replace('>', '&gt;').replace('&lt;', '<')")).toBe(true);
    expect(xss("p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')")).toBe(false);
    expect(xss("p.replace('>', '').replace('<', '')")).toBe(false);
  });
  it("orders a list by sort() when constants decide the order", () => {
    const xss = (code: string) => view("PY-XSS-001", code + "    return '<p>' + b + '</p>'\n");
    const pairs = (at: number, keys = [2, 1], extra = "") =>
      xss(
        `    items = [(${keys[0]}, p), (${keys[1]}, 'x')]\n    items.sort(${extra})\n    b = items[${at}][1]\n`,
      );
    expect(pairs(1)).toBe(true);
    expect(pairs(0)).toBe(false);
    expect(pairs(0, [2, 1], "reverse=True")).toBe(true);
    expect(pairs(1, [2, 1], "reverse=True")).toBe(false);
    // A tie compares the request data next; a key function orders by what it computes.
    expect(pairs(0, [1, 1])).toBe(true);
    expect(pairs(0, [2, 1], "key=lambda t: t[1]")).toBe(true);
    const plain = (at: number) =>
      xss(`    vals = ['/b', '/a']\n    vals.sort()\n    vals.insert(0, p)\n    b = vals[${at}]\n`);
    expect(plain(0)).toBe(true);
    expect(plain(1)).toBe(false);
    expect(xss(`    vals = ['/b', p]\n    vals.sort()\n    b = vals[0]\n`)).toBe(true);
    // sorted() of a literal the same way.
    const made = (at: number, extra = "") =>
      xss(`    vals = sorted(['/b', '/a']${extra})\n    vals.append(p)\n    b = vals[${at}]\n`);
    expect(made(2)).toBe(true);
    expect(made(0)).toBe(false);
    expect(made(0, ", key=len")).toBe(true);
  });
  it("takes a while loop no break leaves for a test that is false after it", () => {
    const path = (body: string, open = "open('/srv/files/' + b)", head = "") =>
      view("PY-PATH-001", `    b = p.replace('../', '')\n${body}    return ${open}.read()\n`, head);
    const loop = "    while '../' in b:\n        b = b.replace('../', '')\n";
    expect(path("")).toBe(true);
    expect(path(loop)).toBe(false);
    // The same test before an exit: a literal with a dot or separator is a substring test, not a key lookup.
    expect(path("    if '../' in b:\n        abort(400)\n")).toBe(false);
    expect(path("    if 'name' in b:\n        abort(400)\n")).toBe(true);
    // ... but not for pathlib's join (an absolute name replaces the base), nor before a decoder (%2e%2e).
    expect(
      path(
        "    if '../' in b:\n        abort(400)\n",
        "open(Path('/srv/files') / b)",
        "from pathlib import Path\n",
      ),
    ).toBe(true);
    expect(
      path(
        "    if '../' in b:\n        abort(400)\n",
        "open('/srv/files/' + unquote(b))",
        "from urllib.parse import unquote\n",
      ),
    ).toBe(true);
    // A break leaves with the test still true; os.path.join lets an absolute name replace the base.
    expect(
      path(
        "    while '../' in b:\n        if len(b) > 99:\n            break\n        b = b.replace('../', '')\n",
      ),
    ).toBe(true);
    expect(path(loop, "open(os.path.join('/srv/files', b))")).toBe(true);
  });
  it("reads a name rebound before the use, outside any loop, as the one binding that reaches it", () => {
    const cookie = (code: string) =>
      flagged(
        "PY-COOKIE-001",
        FLASK + "@app.route('/c')\ndef c():\n    r = make_response('x')\n" + code + "    return r\n",
      );
    const flag = (first: string, then: string, cond = "7 * 18 + 106 > 200") =>
      cookie(
        `    s = ${first}\n    if ${cond}:\n        s = ${then}\n    r.set_cookie('sid', 'v', secure=s, httponly=True)\n`,
      );
    expect(flag("True", "False")).toBe(true);
    expect(flag("False", "True")).toBe(false);
    // A branch that may not run leaves both bindings.
    expect(flag("True", "False", "request.args.get('d')")).toBe(false);
    // Unpacked from a name bound to a literal: the item at the name's place (a string is no such literal).
    const unpack = (held: string, at = "s") =>
      cookie(
        `    flags = ${held}\n    s, h = flags\n    r.set_cookie('sid', 'v', secure=${at}, httponly=True)\n`,
      );
    expect(unpack("(False, True)")).toBe(true);
    expect(unpack("(True, False)")).toBe(false);
    expect(unpack("(True, False)", "h")).toBe(true);
    // A swap reads its own targets' earlier values: no constant for them there.
    expect(
      view(
        "PY-REDIR-001",
        "    n, f = p, '/home'\n    if n not in ('/home', '/a'):\n        n, f = f, n\n    return redirect(f)\n",
      ),
    ).toBe(true);
  });
  it("calls the imported function __init__ stores on self", () => {
    const hashed = (ctor: string) =>
      flagged(
        "PY-HASH-001",
        `import hashlib\nclass Tagger:\n    def __init__(self):\n        self.algo = ${ctor}\n    def tag(self, t):\n        return self.algo(t.encode()).hexdigest()\n`,
      );
    expect(hashed("hashlib.md5")).toBe(true);
    expect(hashed("hashlib.sha3_256")).toBe(false);
    expect(
      view(
        "PY-CMDI-001",
        "    return str(Runner().go(p))\n",
        "class Runner:\n    def __init__(self):\n        self.run = os.system\n    def go(self, c):\n        return self.run(c)\n",
      ),
    ).toBe(true);
  });
  it("skips a cipher in a table entry or a generator's yield no read selects", () => {
    const crypto = (code: string) => flagged("PY-CRYPTO-001", code);
    const django = (key: string) =>
      crypto(
        `import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom django.http import HttpResponse\nMODES = {'compat': modes.ECB(), 'default': modes.GCM(os.urandom(12))}\ndef v(request):\n    e = Cipher(algorithms.AES(os.urandom(32)), MODES['${key}']).encryptor()\n    return HttpResponse(e.update(b'x').hex())\n`,
      );
    expect(django("compat")).toBe(true);
    expect(django("default")).toBe(false);
    const gen = (read: string, more = "") =>
      crypto(
        `from Crypto.Cipher import ARC4, ChaCha20\ndef makers():\n    yield lambda k: ARC4.new(k)\n    yield lambda k: ChaCha20.new(key=k)\ndef enc(k, d):\n    return ${read}(k).encrypt(d)\n${more}`,
      );
    expect(gen("next(makers())")).toBe(true);
    expect(gen("list(makers())[1]")).toBe(false);
    // Another use of the generator may take any item.
    expect(gen("list(makers())[1]", "ALL = list(makers())\n")).toBe(true);
  });
});
