// Dev suite "py-web", batch 7 (see py-web.ts): written blind after the batch 6 fixes, measured before any further
// fix. Hand-written pairs again, with shapes batches 1-6 do not have: a `for` loop that breaks on its first item,
// join-then-split round trips, `dict.items()` filtered by key, property getters, Blueprints, async and
// class-based (MethodView) views, str.format keywords, `and`/`or` selection, regex and isalnum guards before an
// early return, `dict.update` overwrites, bytes.hex round trips, nested JSON bodies, to_dict(flat=False),
// form.items() and the Authorization header; and sinks they do not have (check_call, os.execvp, executemany,
// shutil.copyfile, zipfile, set_data, Markup.format, ldap3 escape, iterfind, hashes.MD5 in a
// password reset, ARC2/Blowfish/EAX, randint PINs, from_mapping cookie config, session.update, resp.location,
// jinja2.Template, joblib, iterparse/XMLPullParser options). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";

const FLASK =
  "from flask import Flask, Blueprint, request, redirect, session, make_response, jsonify, Response, url_for\nimport os\napp = Flask(__name__)\nbp = Blueprint('bp', __name__)\n";

interface Opts {
  top?: (v: boolean) => string;
  route?: string;
  args?: string;
  /** Decorator target and def keyword: a Blueprint route, an async view. */
  on?: "bp" | "async";
  /** The whole module instead of a function view (class-based views). */
  raw?: (v: boolean) => string;
}

function pair(
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  opts: Opts = {},
): DevCase[] {
  return [true, false].map((v) => {
    const code = opts.raw
      ? FLASK + (imports ? imports + "\n" : "") + opts.raw(v)
      : FLASK +
        (imports ? imports + "\n" : "") +
        (opts.top ? opts.top(v) : "") +
        "\n" +
        `@${opts.on === "bp" ? "bp" : "app"}.route('/v${opts.route ?? ""}', methods=['GET', 'POST'])\n` +
        `${opts.on === "async" ? "async " : ""}def v(${opts.args ?? ""}):\n` +
        body(v)
          .map((l) => "    " + l)
          .join("\n") +
        "\n";
    return {
      cwe,
      language: "python" as const,
      vulnerable: v,
      note: `batch7: ${note} (${v ? "vulnerable" : "safe"})`,
      code,
    };
  });
}

export const CASES: DevCase[] = [
  // --- CWE-78 ---
  ...pair("CWE-78", "for loop breaks on its first item", "import subprocess", (v) => [
    "host = request.args.to_dict(flat=False).get('host', [''])[0]",
    `for h in ${v ? "[host, 'localhost']" : "['localhost', host]"}:`,
    "    target = h",
    "    break",
    "subprocess.check_call('ping -c 1 ' + target, shell=True)",
    "return 'ok'",
  ]),
  ...pair("CWE-78", "isalnum guard before an early return vs an emptiness check", "", (v) => [
    "name = request.form.get('name', '')",
    `if ${v ? "not name" : "not name.isalnum()"}:`,
    "    return 'bad name', 400",
    "os.execvp('sh', ['sh', '-c', 'id ' + name])",
  ]),
  // --- CWE-89 ---
  ...pair("CWE-89", "join then split picks the part", "import sqlite3", (v) => [
    "tag = request.headers.get('X-Tag', '')",
    "joined = '|'.join(['recent', tag])",
    `order = joined.split('|')[${v ? 1 : 0}]`,
    "conn = sqlite3.connect('app.db')",
    'conn.executemany("INSERT INTO log (kind, tag) VALUES (\'" + order + "\', ?)", [(tag,)])',
    "return 'ok'",
  ]),
  ...pair(
    "CWE-89",
    "MethodView with a property getter",
    "import sqlite3\nfrom flask.views import MethodView",
    () => [],
    {
      raw: (v) =>
        "class Lookup:\n    def __init__(self, who):\n        self._who = who\n    @property\n    def who(self):\n" +
        `        return ${v ? "self._who" : "'anonymous'"}\n\n` +
        "class Users(MethodView):\n    def get(self):\n        q = Lookup(request.args.get('u', ''))\n" +
        "        rows = sqlite3.connect('app.db').execute(\"SELECT * FROM users WHERE username = '\" + q.who + \"'\")\n" +
        "        return str(rows.fetchall())\n\napp.add_url_rule('/users', view_func=Users.as_view('users'))\n",
    },
  ),
  // --- CWE-22 ---
  ...pair("CWE-22", "dict.items() loop filtered by key", "import shutil", (v) => [
    "opts = {'src': request.form.get('src', ''), 'dst': 'backup.txt'}",
    "chosen = 'default.txt'",
    "for k, val in opts.items():",
    `    if k == '${v ? "src" : "dst"}':`,
    "        chosen = val",
    "shutil.copyfile(os.path.join('/srv/files', chosen), '/srv/out/copy.txt')",
    "return 'copied'",
  ]),
  ...pair(
    "CWE-22",
    "Blueprint view opening a zip named by the query vs a safe_join'd name",
    "import zipfile\nfrom werkzeug.utils import safe_join",
    (v) => [
      "name = request.args.get('archive', '')",
      v ? "path = '/srv/archives/' + name" : "path = safe_join('/srv/archives', name)",
      "if path is None:",
      "    return 'bad', 400",
      "with zipfile.ZipFile(path) as z:",
      "    return jsonify(z.namelist())",
    ],
    { on: "bp" },
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "Markup.format escapes its arguments, concatenation does not",
    "from markupsafe import Markup",
    (v) => [
      "who = request.cookies.get('who', '')",
      v ? "return Markup('<b>' + who + '</b>')" : "return Markup('<b>{}</b>').format(who)",
    ],
  ),
  ...pair("CWE-79", "set_data with the raw or the escaped value", "import html", (v) => [
    "body = request.get_json(silent=True) or {}",
    "note = str(body.get('meta', {}).get('note', ''))",
    "resp = make_response()",
    `resp.set_data('<p>' + ${v ? "note" : "html.escape(note)"} + '</p>')`,
    "return resp",
  ]),
  ...pair("CWE-79", "str.format keywords: the page uses the input's field or the constant one", "", (v) => [
    "q = request.args.get('q', '')",
    `return '<h1>{${v ? "query" : "title"}}</h1>'.format(title='Search', query=q)`,
  ]),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "ldap3 filter with or without escape_filter_chars, async view",
    "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
    (v) => [
      "user = request.authorization.username if request.authorization else ''",
      `flt = f"(&(objectClass=person)(uid={${v ? "user" : "escape_filter_chars(user)"}}))"`,
      "c = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
      "c.search('dc=corp', flt)",
      "return str(c.entries)",
    ],
    { on: "async" },
  ),
  ...pair("CWE-90", "and/or selection", "import ldap", (v) => [
    "group = request.values.get('group', '')",
    `g = (${v ? "True" : "False"} and group) or 'staff'`,
    "conn = ldap.initialize('ldap://ldap.local')",
    "return str(conn.search_ext_s('ou=groups,dc=corp', ldap.SCOPE_SUBTREE, '(cn=' + g + ')'))",
  ]),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "ElementTree iterfind with the input or a constant after dict.update",
    "import xml.etree.ElementTree as ET",
    (v) => [
      "params = {'dept': request.form.get('dept', '')}",
      `params.update(${v ? "{'extra': 'x'}" : "{'dept': 'sales'}"})`,
      "root = ET.parse('staff.xml').getroot()",
      "return jsonify([e.text for e in root.iterfind(\".//person[@dept='\" + params['dept'] + \"']\")])",
    ],
  ),
  ...pair("CWE-643", "lxml xpath built from form.items()", "from lxml import etree", (v) => [
    "who = ''",
    "for key, val in request.form.items():",
    "    if key == 'who':",
    `        who = ${v ? "val" : "'nobody'"}`,
    "return str(etree.parse('u.xml').xpath(\"//user[name='\" + who + \"']/email/text()\"))",
  ]),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "password reset token digest",
    "from cryptography.hazmat.primitives import hashes",
    (v) => [
      "email = request.form.get('email', '')",
      `h = hashes.Hash(hashes.${v ? "MD5" : "SHA512"}())`,
      "h.update((email + os.urandom(8).hex()).encode())",
      "session['reset'] = h.finalize().hex()",
      "return 'sent'",
    ],
  ),
  ...pair(
    "CWE-328",
    "hash name from a property",
    "import hashlib",
    () => ["return hashlib.new(Policy().algo, request.get_data()).hexdigest()"],
    {
      top: (v) =>
        `class Policy:\n    @property\n    def algo(self):\n        return '${v ? "sha1" : "sha3_512"}'\n`,
    },
  ),
  // --- CWE-327 ---
  ...pair("CWE-327", "ARC2 vs AES-EAX", "from Crypto.Cipher import AES, ARC2", (v) => [
    "key = os.urandom(16)",
    v ? "c = ARC2.new(key, ARC2.MODE_CFB)" : "c = AES.new(key, AES.MODE_EAX)",
    "return c.encrypt(request.get_data()).hex()",
  ]),
  ...pair(
    "CWE-327",
    "Blowfish chosen by an and/or default",
    "from Crypto.Cipher import AES, Blowfish",
    (v) => [
      `legacy = ${v ? "True" : "False"}`,
      "mod = (legacy and Blowfish) or AES",
      "c = mod.new(os.urandom(16), mod.MODE_EAX)",
      "return c.encrypt(request.get_data()).hex()",
    ],
  ),
  // --- CWE-338 ---
  ...pair("CWE-338", "login PIN from randint vs secrets.randbelow", "import random, secrets", (v) => [
    `pin = '%06d' % ${v ? "random.randint(0, 999999)" : "secrets.randbelow(1000000)"}`,
    "session['pin'] = pin",
    "return 'sent'",
  ]),
  ...pair("CWE-338", "session id from a seeded Random vs SystemRandom", "import random, string", (v) => [
    `rng = ${v ? "random.Random(os.getpid())" : "random.SystemRandom()"}`,
    "sid = ''.join(rng.choice(string.ascii_letters) for _ in range(24))",
    "resp = make_response('ok')",
    "resp.set_cookie('sid', sid, secure=True, httponly=True)",
    "return resp",
  ]),
  // --- CWE-614 ---
  ...pair("CWE-614", "config from_mapping", "", () => ["return 'ok'"], {
    top: (v) =>
      `app.config.from_mapping(SESSION_COOKIE_SECURE=${v ? "False" : "True"}, SESSION_COOKIE_HTTPONLY=True)\n`,
  }),
  ...pair("CWE-614", "inline **{...} flags", "", (v) => [
    "resp = make_response('ok')",
    `resp.set_cookie('remember', os.urandom(8).hex(), **{'secure': ${v ? "False" : "True"}, 'httponly': True})`,
    "return resp",
  ]),
  // --- CWE-501 ---
  ...pair("CWE-501", "session.update keywords", "", (v) => [
    "nick = request.form.get('nick', '')",
    `session.update(nick=${v ? "nick" : "'guest'"}, visits=1)`,
    "return 'ok'",
  ]),
  ...pair("CWE-501", "bytes.hex round trip into the session", "", (v) => [
    "role = request.headers.get('X-Role', '')",
    `encoded = ${v ? "role" : "'viewer'"}.encode().hex()`,
    "session['role'] = bytes.fromhex(encoded).decode()",
    "return 'ok'",
  ]),
  // --- CWE-601 ---
  ...pair("CWE-601", "resp.location set to the input or to url_for", "", (v) => [
    "dest = request.args.get('dest', '')",
    "resp = make_response('', 302)",
    `resp.location = ${v ? "dest" : "url_for('v')"}`,
    "return resp",
  ]),
  ...pair("CWE-601", "redirect with a status code, regex guard or none", "import re", (v) => [
    "nxt = request.values.get('next', '/')",
    `if ${v ? "not nxt" : "not re.fullmatch(r'/(?![/\\\\])[a-z0-9/_-]*', nxt)"}:`,
    "    nxt = '/'",
    "return redirect(nxt, code=301)",
  ]),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "jinja2.Template built from the input vs rendering it as a variable",
    "import jinja2",
    (v) => [
      "msg = request.args.get('msg', '')",
      v
        ? "return jinja2.Template('<p>' + msg + '</p>', autoescape=True).render()"
        : "return jinja2.Template('<p>{{ m }}</p>', autoescape=True).render(m=msg)",
    ],
  ),
  ...pair("CWE-94", "eval with empty builtins vs literal_eval", "import ast", (v) => [
    "expr = request.get_json(silent=True) or {}",
    "src = str(expr.get('calc', '0'))",
    `return str(${v ? "eval(src, {'__builtins__': {}}, {})" : "ast.literal_eval(src)"})`,
  ]),
  // --- CWE-502 ---
  ...pair("CWE-502", "joblib.load of an upload vs json", "import joblib, json", (v) => [
    "f = request.files['model']",
    `obj = ${v ? "joblib.load(f.stream)" : "json.load(f.stream)"}`,
    "return str(obj)",
  ]),
  ...pair(
    "CWE-502",
    "yaml unsafe_load vs safe_load of a urlsafe-base64 cookie",
    "import base64, yaml",
    (v) => [
      "raw = base64.urlsafe_b64decode(request.cookies.get('prefs', ''))",
      `return str(yaml.${v ? "unsafe_load" : "safe_load"}(raw))`,
    ],
  ),
  // --- CWE-611 ---
  ...pair("CWE-611", "lxml iterparse resolve_entities keyword", "import io\nfrom lxml import etree", (v) => [
    "names = []",
    `for _, el in etree.iterparse(io.BytesIO(request.get_data()), resolve_entities=${v ? "True" : "False"}):`,
    "    names.append(el.tag)",
    "return jsonify(names)",
  ]),
  ...pair(
    "CWE-611",
    "XMLPullParser with entities vs defusedxml",
    "from lxml import etree\nimport defusedxml.ElementTree as DET",
    (v) =>
      v
        ? [
            "p = etree.XMLPullParser(resolve_entities=True, load_dtd=True)",
            "p.feed(request.get_data())",
            "return jsonify([e.tag for _, e in p.read_events()])",
          ]
        : ["root = DET.fromstring(request.get_data())", "return jsonify([e.tag for e in root.iter()])"],
  ),
];
