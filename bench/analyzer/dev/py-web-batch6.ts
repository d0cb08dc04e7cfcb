// Dev suite "py-web", batch 6 (see py-web.ts): written blind after the batch 5 fixes, measured before any further
// fix. Hand-written pairs, each vulnerable view with a twin that differs in one place. Shapes batches 1-5 do not have:
// collections.deque / OrderedDict / defaultdict, string.Template, str.partition, codecs and JSON round trips,
// urllib.parse.unquote, an escaper or quoter applied to the wrong variable, helper classes with several methods,
// class attributes, lambdas and nested functions, generators, enumerate/zip/reversed, walrus, try/except paths,
// f-string format specs, typed inputs (`<int:...>` converters, `type=int`), Jinja autoescaping and `|safe`, and
// sinks they do not have (Popen/getoutput/call, pandas, send_from_directory, Path.name, compiled XPath, ldap
// filter_format, file_digest, Crypto.Hash, ChaCha20-Poly1305, Set-Cookie headers and dump_cookie, Unpickler,
// pandas.read_pickle, lxml objectify, falcon resp.text, request.referrer). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, url_for\nimport os\napp = Flask(__name__)\n";

interface Opts {
  top?: (v: boolean) => string;
  route?: (v: boolean) => string;
  args?: string;
  /** Replaces the whole module head (for non-Flask frameworks); the body is then written as is. */
  raw?: (v: boolean) => string;
}

/** One pair: `body(v)` gives the view's lines for the vulnerable (true) and the safe (false) twin. */
function pair(
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  opts: Opts = {},
): DevCase[] {
  return [true, false].map((v) => {
    const code = opts.raw
      ? opts.raw(v)
      : FLASK +
        (imports ? imports + "\n" : "") +
        (opts.top ? opts.top(v) : "") +
        "\n" +
        `@app.route('/w${opts.route ? opts.route(v) : ""}', methods=['GET', 'POST'])\n` +
        `def w(${opts.args ?? ""}):\n` +
        body(v)
          .map((l) => "    " + l)
          .join("\n") +
        "\n";
    return {
      cwe,
      language: "python" as const,
      vulnerable: v,
      note: `batch6: ${note} (${v ? "vulnerable" : "safe"})`,
      code,
    };
  });
}

export const CASES: DevCase[] = [
  // --- CWE-78 OS command ---
  ...pair(
    "CWE-78",
    "deque: popleft leaves the input, pop leaves the constant",
    "import collections, subprocess",
    (v) => [
      "hosts = request.args.getlist('host')",
      "h = hosts[-1] if hosts else ''",
      "q = collections.deque(['localhost', h])",
      v ? "q.popleft()" : "q.pop()",
      "proc = subprocess.Popen('ping -c 1 ' + q[0], shell=True, stdout=subprocess.PIPE)",
      "return proc.communicate()[0]",
    ],
  ),
  ...pair(
    "CWE-78",
    "shlex.quote applied to another variable than the one used",
    "import shlex, subprocess",
    (v) => [
      "param = ''",
      "for name in request.headers.keys():",
      "    if name.lower().startswith('x-lookup'):",
      "        param = request.headers[name]",
      "quoted = shlex.quote(param)",
      `return subprocess.getoutput('nslookup ' + ${v ? "param" : "quoted"})`,
    ],
  ),
  ...pair(
    "CWE-78",
    "command builder class with several methods",
    "",
    (v) => [
      "b = Listing(request.cookies.get('dir', ''))",
      "b.describe()",
      `os.system(b.${v ? "custom" : "default"}())`,
      "return 'ok'",
    ],
    {
      top: () =>
        "class Listing:\n    def __init__(self, d):\n        self.d = d\n    def describe(self):\n        return 'listing of ' + self.d\n" +
        "    def custom(self):\n        return 'ls -l ' + self.d\n    def default(self):\n        return 'ls -l /var/www'\n",
    },
  ),
  ...pair("CWE-78", "try/except: int() conversion or passing the text", "import subprocess", (v) => [
    "body = request.get_json(silent=True) or {}",
    "count = body.get('count', '1')",
    "try:",
    v ? "    arg = str(count).strip()" : "    arg = str(int(count))",
    "except ValueError:",
    "    arg = '1'",
    "subprocess.call('ping -c ' + arg + ' localhost', shell=True)",
    "return 'ok'",
  ]),
  // --- CWE-89 SQL ---
  ...pair(
    "CWE-89",
    "defaultdict(list) read at another key",
    "import sqlite3\nfrom collections import defaultdict",
    (v) => [
      "cols = defaultdict(list)",
      "for value in request.form.getlist('sort'):",
      "    cols['user'].append(value)",
      "cols['fixed'].append('id')",
      `col = cols['${v ? "user" : "fixed"}'][0]`,
      "cur = sqlite3.connect('app.db').cursor()",
      "cur.execute('SELECT * FROM users ORDER BY ' + col)",
      "return str(cur.fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "string.Template substitutes the mapped key",
    "import sqlite3\nfrom string import Template",
    (v) => [
      "tpl = Template(\"SELECT * FROM items WHERE owner = '$owner'\")",
      `sql = tpl.substitute({'owner': ${v ? "owner" : "'guest'"}, 'requested': owner})`,
      "return str(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    { route: () => "/<owner>", args: "owner" },
  ),
  ...pair(
    "CWE-89",
    "path converter: string vs int",
    "import sqlite3",
    () => [
      "cur = sqlite3.connect('app.db').cursor()",
      'cur.execute(f"SELECT name FROM items WHERE id = {item_id}")',
      "return str(cur.fetchone())",
    ],
    { route: (v) => (v ? "/<item_id>" : "/<int:item_id>"), args: "item_id" },
  ),
  ...pair("CWE-89", "request.args.get with and without type=int", "import mysql.connector", (v) => [
    `pid = request.args.get('id', ${v ? "'0'" : "0, type=int"})`,
    "db = mysql.connector.connect(user='app', database='shop')",
    "cur = db.cursor()",
    "cur.execute('SELECT * FROM products WHERE id = %s' % pid)",
    "return str(cur.fetchall())",
  ]),
  // --- CWE-22 path traversal ---
  ...pair(
    "CWE-22",
    "str.partition: the tail holds the input, the head a constant",
    "from flask import send_file",
    (v) => [
      "qs = request.query_string.decode('utf-8')",
      "head, sep, tail = ('docs=' + qs).partition('=')",
      `return send_file(os.path.join('/srv/data', ${v ? "tail" : "head"}))`,
    ],
  ),
  ...pair(
    "CWE-22",
    "unquote then Path, with or without .name",
    "from pathlib import Path\nfrom urllib.parse import unquote",
    (v) => [
      "name = unquote(request.args.get('f', ''))",
      `target = Path('/srv/files') / ${v ? "name" : "Path(name).name"}`,
      "return target.read_bytes()",
    ],
  ),
  ...pair(
    "CWE-22",
    "send_file of a joined string vs send_from_directory",
    "from flask import send_file, send_from_directory",
    (v) => [
      "doc = request.headers.get('X-Doc', 'index.html')",
      v ? "return send_file('/srv/public/' + doc)" : "return send_from_directory('/srv/public', doc)",
    ],
  ),
  ...pair("CWE-22", "walrus picks the value; the safe twin deletes a fixed file", "", (v) => [
    "if (n := request.form.get('tmp')) is not None:",
    `    os.unlink(os.path.join('/srv/tmp', ${v ? "n" : "'upload.lock'"}))`,
    "return 'ok'",
  ]),
  // --- CWE-79 XSS ---
  ...pair("CWE-79", "html.escape applied to another variable than the one echoed", "import html", (v) => [
    "name = request.cookies.get('name', '')",
    "safe_name = html.escape(name)",
    `return '<p>Hello ' + ${v ? "name" : "safe_name"} + '</p>'`,
  ]),
  ...pair("CWE-79", "f-string with a format spec: the text or its length", "", (v) => [
    "body = request.get_json(silent=True) or {}",
    "c = str(body.get('comment', ''))",
    v ? "return f'<td>{c:>40}</td>'" : "return f'<td>{len(c):>5d}</td>'",
  ]),
  ...pair(
    "CWE-79",
    "Jinja template: |safe vs autoescaped variable",
    "from flask import render_template_string",
    (v) => [
      "q = request.values.get('q', '')",
      `return render_template_string('<h1>Results for {{ q${v ? "|safe" : ""} }}</h1>', q=q)`,
    ],
  ),
  ...pair("CWE-79", "falcon resource writing resp.text", "", () => [], {
    raw: (v) =>
      "import falcon, html\n\nclass Greeting:\n    def on_get(self, req, resp):\n        name = req.get_param('name') or ''\n" +
      "        resp.content_type = falcon.MEDIA_HTML\n" +
      `        resp.text = '<h1>Hello ' + ${v ? "name" : "html.escape(name)"} + '</h1>'\n\n` +
      "app = falcon.App()\napp.add_route('/greet', Greeting())\n",
  }),
  // --- CWE-90 LDAP ---
  ...pair("CWE-90", "%-formatted filter vs ldap.filter.filter_format", "import ldap, ldap.filter", (v) => [
    "mail = request.headers.get('X-Mail', '')",
    v
      ? "flt = '(&(objectClass=person)(mail=%s))' % mail"
      : "flt = ldap.filter.filter_format('(&(objectClass=person)(mail=%s))', [mail])",
    "conn = ldap.initialize('ldap://ldap.local')",
    "return str(conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, flt))",
  ]),
  ...pair(
    "CWE-90",
    "OrderedDict key overwritten by a constant",
    "import ldap3\nfrom collections import OrderedDict",
    (v) => [
      "od = OrderedDict()",
      "od['uid'] = request.form.get('uid', '')",
      `od['${v ? "fallback" : "uid"}'] = 'guest'`,
      "c = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
      "c.search('dc=corp', '(uid=' + od['uid'] + ')')",
      "return str(c.entries)",
    ],
  ),
  ...pair("CWE-90", "dict(zip(...)) read at the constant key", "import ldap3", (v) => [
    "fields = dict(zip(['cn', 'ou'], [request.args.get('cn', ''), 'people']))",
    "c = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
    `c.search(search_base='dc=corp', search_filter=f"(ou={fields['${v ? "cn" : "ou"}']})")`,
    "return str(c.entries)",
  ]),
  // --- CWE-643 XPath ---
  ...pair("CWE-643", "lambda builds the expression", "from lxml import etree", (v) => [
    "who = request.form.get('user', '')",
    v ? 'build = lambda u: "//user[@name=\'" + u + "\']"' : "build = lambda u: \"//user[@name='guest']\"",
    "return str(etree.parse('users.xml').xpath(build(who)))",
  ]),
  ...pair("CWE-643", "compiled XPath: variable binding vs concatenation", "from lxml import etree", (v) => [
    "titles = request.args.getlist('title')",
    "t = titles[0] if titles else ''",
    "doc = etree.parse('books.xml')",
    v ? 'find = etree.XPath("//book[title=\'" + t + "\']")' : "find = etree.XPath('//book[title=$t]')",
    v ? "return str(find(doc))" : "return str(find(doc, t=t))",
  ]),
  ...pair(
    "CWE-643",
    "enumerate picks the element by a constant index",
    "import xml.etree.ElementTree as ET",
    (v) => [
      "who = 'guest'",
      "for i, val in enumerate(['guest', request.cookies.get('user', '')]):",
      `    if i == ${v ? 1 : 0}:`,
      "        who = val",
      "node = ET.parse('users.xml').getroot().find(\".//user[@name='\" + who + \"']\")",
      "return node.text if node is not None else ''",
    ],
  ),
  // --- CWE-328 weak hash ---
  ...pair(
    "CWE-328",
    "Crypto.Hash module for a file checksum",
    "",
    (v) => ["h = $.new(request.get_data())".replace("$", v ? "MD5" : "SHA256"), "return h.hexdigest()"],
    { top: () => "from Crypto.Hash import MD5, SHA256\n" },
  ),
  ...pair(
    "CWE-328",
    "digest name from a class attribute",
    "import hashlib",
    (v) => [
      `h = hashlib.new(Settings.${v ? "LEGACY" : "DIGEST"}, request.form.get('token', '').encode())`,
      "return h.hexdigest()",
    ],
    { top: () => "class Settings:\n    DIGEST = 'sha512'\n    LEGACY = 'sha1'\n" },
  ),
  ...pair("CWE-328", "hashlib.file_digest of an upload", "import hashlib", (v) => [
    "f = request.files['doc']",
    `return hashlib.file_digest(f.stream, '${v ? "md5" : "sha256"}').hexdigest()`,
  ]),
  ...pair(
    "CWE-328",
    "match on a constant mode selects the hash class",
    "from cryptography.hazmat.primitives import hashes",
    (v) => [
      `mode = '${v ? "fast" : "strict"}'`,
      "match mode:",
      "    case 'fast':",
      "        alg = hashes.SHA1()",
      "    case _:",
      "        alg = hashes.SHA256()",
      "h = hashes.Hash(alg)",
      "h.update(request.get_data())",
      "return h.finalize().hex()",
    ],
  ),
  // --- CWE-327 weak cipher ---
  ...pair("CWE-327", "AES mode looked up by a constant name", "from Crypto.Cipher import AES", (v) => [
    `mode = getattr(AES, 'MODE_' + '${v ? "ECB" : "GCM"}')`,
    "c = AES.new(os.urandom(16), mode)",
    "return c.encrypt(request.get_data().ljust(16, b'0')[:16]).hex()",
  ]),
  ...pair(
    "CWE-327",
    "RC4 vs ChaCha20-Poly1305",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms\nfrom cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305",
    (v) =>
      v
        ? [
            "enc = Cipher(algorithms.ARC4(os.urandom(16)), mode=None).encryptor()",
            "return enc.update(request.get_data()).hex()",
          ]
        : [
            "aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())",
            "return aead.encrypt(os.urandom(12), request.get_data(), None).hex()",
          ],
  ),
  ...pair(
    "CWE-327",
    "cipher factory class with a legacy and a modern method",
    "from Crypto.Cipher import AES, DES",
    (v) => [
      "box = Crypter(os.urandom(16))",
      `c = box.${v ? "legacy" : "modern"}()`,
      "return c.encrypt(request.get_data().ljust(16, b'0')[:16]).hex()",
    ],
    {
      top: () =>
        "class Crypter:\n    def __init__(self, key):\n        self.key = key\n    def legacy(self):\n        return DES.new(self.key[:8], DES.MODE_ECB)\n" +
        "    def modern(self):\n        return AES.new(self.key, AES.MODE_GCM)\n",
    },
  ),
  // --- CWE-338 weak randomness ---
  ...pair("CWE-338", "one-time code from random.sample vs secrets", "import random, secrets, string", (v) => [
    v
      ? "code = ''.join(random.sample(string.digits, 6))"
      : "code = ''.join(secrets.choice(string.digits) for _ in range(6))",
    "session['otp'] = code",
    "return 'sent'",
  ]),
  ...pair("CWE-338", "CSRF token from randbytes vs token_bytes", "import random, secrets", (v) => [
    `token = ${v ? "random.randbytes(16)" : "secrets.token_bytes(16)"}.hex()`,
    "resp = make_response('ok')",
    "resp.set_cookie('csrf', token, secure=True, httponly=True)",
    "return resp",
  ]),
  ...pair("CWE-338", "nested function returns the random bits", "import random, secrets", (v) => [
    "def make_key():",
    "    def bits():",
    `        return ${v ? "random.getrandbits(128)" : "secrets.randbits(128)"}`,
    "    return '%032x' % bits()",
    "return jsonify(api_key=make_key())",
  ]),
  // --- CWE-614 insecure cookie ---
  ...pair("CWE-614", "raw Set-Cookie header with or without Secure", "", (v) => [
    "resp = make_response('ok')",
    `resp.headers.add('Set-Cookie', 'sid=' + os.urandom(8).hex() + '; HttpOnly; Path=/${v ? "" : "; Secure"}')`,
    "return resp",
  ]),
  ...pair("CWE-614", "cookie options dict updated with the flag", "", (v) => [
    "opts = dict(httponly=True, samesite='Strict')",
    `opts.update(secure=${v ? "False" : "True"})`,
    "resp = make_response('ok')",
    "resp.set_cookie('session_id', os.urandom(8).hex(), **opts)",
    "return resp",
  ]),
  ...pair("CWE-614", "werkzeug dump_cookie into the header", "from werkzeug.http import dump_cookie", (v) => [
    "resp = make_response('ok')",
    `resp.headers['Set-Cookie'] = dump_cookie('remember', os.urandom(8).hex(), secure=${v ? "False" : "True"}, httponly=True)`,
    "return resp",
  ]),
  ...pair(
    "CWE-614",
    "cookie helper class reads its flag from a class attribute",
    "",
    () => [
      "resp = make_response('ok')",
      "Jar().store(resp, 'pref', request.args.get('pref', ''))",
      "return resp",
    ],
    {
      top: (v) =>
        `class Jar:\n    secure = ${v ? "False" : "True"}\n    def store(self, resp, k, val):\n        resp.set_cookie(k, val, secure=self.secure, httponly=True)\n`,
    },
  ),
  // --- CWE-501 trust boundary ---
  ...pair("CWE-501", "codecs rot13 round trip into the session", "import codecs", (v) => [
    "nick = request.args.get('nick', '')",
    `session['nick'] = codecs.decode(codecs.encode(${v ? "nick" : "'guest'"}, 'rot13'), 'rot13')`,
    "return 'ok'",
  ]),
  ...pair("CWE-501", "dict.pop of the input key or the constant key", "", (v) => [
    "prefs = {'lang': request.form.get('lang', ''), 'plan': 'basic'}",
    `session['plan'] = prefs.pop('${v ? "lang" : "plan"}', 'basic')`,
    "return 'ok'",
  ]),
  ...pair("CWE-501", "JSON round trip read at the constant field", "import json", (v) => [
    "blob = json.dumps({'name': request.headers.get('X-Name', ''), 'role': 'user'})",
    `session['who'] = json.loads(blob)['${v ? "name" : "role"}']`,
    "return 'ok'",
  ]),
  // --- CWE-601 open redirect ---
  ...pair("CWE-601", "back to the Referer vs url_for", "", (v) => [
    v ? "return redirect(request.referrer or '/')" : "return redirect(url_for('w'))",
  ]),
  ...pair(
    "CWE-601",
    "unquote then redirect vs allow-list dict lookup",
    "from urllib.parse import unquote",
    (v) => [
      "target = unquote(request.args.get('to', ''))",
      "ALLOWED = {'home': '/', 'account': '/account'}",
      `return redirect(${v ? "target" : "ALLOWED.get(target, '/')"})`,
    ],
  ),
  ...pair("CWE-601", "reversed list picks the element", "", (v) => [
    "nxt = request.form.get('next', '')",
    "targets = list(reversed([nxt, '/home']))",
    `return redirect(targets[${v ? 1 : 0}])`,
  ]),
  ...pair("CWE-601", "input only in the query of an internal URL", "", (v) => [
    "nxt = request.cookies.get('return_to', '')",
    `return redirect(${v ? "nxt" : "url_for('w', tab=nxt)"})`,
  ]),
  // --- CWE-94 code injection ---
  ...pair(
    "CWE-94",
    "snippet class with several methods",
    "",
    (v) => [
      "code = request.form.get('code', '')",
      "env = {}",
      `exec(Snippets().${v ? "user" : "default"}(code), env)`,
      "return str(env.get('result'))",
    ],
    {
      top: () =>
        "class Snippets:\n    def user(self, s):\n        return s\n    def default(self, s):\n        return 'result = 0'\n    def size(self, s):\n        return len(s)\n",
    },
  ),
  ...pair(
    "CWE-94",
    "template source from the request vs a constant template",
    "from flask import render_template_string",
    (v) => [
      "greeting = request.args.get('greeting', 'Hello')",
      v
        ? "return render_template_string('<p>' + greeting + '</p>')"
        : "return render_template_string('<p>{{ g }}</p>', g=greeting)",
    ],
  ),
  ...pair("CWE-94", "generator yields the input second", "", (v) => [
    "a = request.headers.get('X-Expr', '')",
    "def exprs():",
    "    yield '2 * 3'",
    "    yield a",
    `return str(eval(${v ? "list(exprs())[1]" : "next(exprs())"}))`,
  ]),
  // --- CWE-502 deserialization ---
  ...pair("CWE-502", "Unpickler on a base64 cookie vs json", "import base64, io, json, pickle", (v) => [
    "blob = base64.b64decode(request.cookies.get('state', ''))",
    `state = ${v ? "pickle.Unpickler(io.BytesIO(blob)).load()" : "json.load(io.BytesIO(blob))"}`,
    "return str(state)",
  ]),
  ...pair("CWE-502", "pandas read_pickle vs read_json", "import io\nimport pandas as pd", (v) => [
    "raw = request.files['frame'].read()",
    `df = pd.${v ? "read_pickle" : "read_json"}(io.BytesIO(raw))`,
    "return df.to_html()",
  ]),
  ...pair("CWE-502", "try/except falls back to pickle or to nothing", "import json, pickle", (v) => [
    "data = request.get_data()",
    "try:",
    "    obj = json.loads(data)",
    "except ValueError:",
    `    obj = ${v ? "pickle.loads(data)" : "None"}`,
    "return str(obj)",
  ]),
  // --- CWE-611 XXE ---
  ...pair("CWE-611", "nested function returns the parser", "import io\nfrom lxml import etree", (v) => [
    "def parser():",
    `    return etree.XMLParser(resolve_entities=${v ? "True" : "False"})`,
    "doc = etree.parse(io.BytesIO(request.files['xml'].read()), parser())",
    "return doc.getroot().tag",
  ]),
  ...pair("CWE-611", "lxml objectify.makeparser options", "from lxml import objectify", (v) => [
    `p = objectify.makeparser(resolve_entities=${v ? "True" : "False"})`,
    "root = objectify.fromstring(request.get_data(), p)",
    "return root.tag",
  ]),
  ...pair(
    "CWE-611",
    "lxml parser with entities vs the stdlib ElementTree",
    "import xml.etree.ElementTree as ET\nfrom lxml import etree",
    (v) => [
      "data = request.form.get('xml', '')",
      v
        ? "root = etree.fromstring(data.encode(), etree.XMLParser(resolve_entities=True))"
        : "root = ET.fromstring(data)",
      "return root.tag",
    ],
  ),
];
