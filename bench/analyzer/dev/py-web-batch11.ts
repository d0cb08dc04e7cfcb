// Dev suite "py-web", batch 11 (see py-web.ts): written after the batch 10 fixes, measured before any further fix.
// Hand-written pairs with shapes batches 1-10 do not have: Tornado get_argument, re.sub down to an allow-listed
// alphabet, WHERE clauses built from request keys (allow-list filtered or not), placeholder lists sized by the
// input, render_template_string with a context vs concatenation, json.dumps inside a <script>, tarfile
// extraction filters, commonpath vs commonprefix, ldap filters with only '*' removed, %d vs %s in XPath, session
// values from headers, f-string redirects with a fixed path, Django settings cookie flags, dataclass defaults
// naming a digest, getattr(modes, ...), uuid1 reset tokens, eval in a comprehension, yaml CLoader, lxml
// objectify parsers. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, render_template_string\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch11", FLASK, "z");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const CASES: DevCase[] = [
  // --- CWE-78 ---
  ...whole(
    "CWE-78",
    "Tornado get_argument into a shell string vs an argument list",
    (v) =>
      "import subprocess\nimport tornado.web\n\n\nclass TraceHandler(tornado.web.RequestHandler):\n    def get(self):\n" +
      "        host = self.get_argument('host')\n" +
      (v
        ? "        p = subprocess.Popen(f'traceroute {host}', shell=True, stdout=subprocess.PIPE)\n"
        : "        p = subprocess.Popen(['traceroute', host], stdout=subprocess.PIPE)\n") +
      "        self.write(p.communicate()[0])\n",
  ),
  ...pair("CWE-78", "re.sub removing blanks vs everything outside [a-z0-9.-]", "import re", (v) => [
    "host = request.args.get('host', '')",
    `host = re.sub(${v ? "r'\\s+'" : "r'[^a-z0-9.-]'"}, '', host.lower())`,
    "os.system('dig +short ' + host)",
    "return 'ok'",
  ]),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "WHERE built from the request's keys, allow-list filtered or not",
    "import sqlite3",
    (v) => [
      `cols = [k for k in request.args${v ? "" : " if k in FILTERABLE"}]`,
      "where = ' AND '.join(f'{c} = ?' for c in cols) or '1 = 1'",
      "params = [request.args[c] for c in cols]",
      "rows = sqlite3.connect('app.db').execute('SELECT * FROM items WHERE ' + where, params).fetchall()",
      "return jsonify(rows)",
    ],
    () => "FILTERABLE = ('color', 'size', 'brand')\n",
  ),
  ...pair("CWE-89", "IN list: joined ids vs a placeholder per id", "import sqlite3", (v) => [
    "ids = request.form.getlist('id')",
    `marks = ${v ? "','.join(ids)" : "','.join(['?'] * len(ids))"}`,
    "conn = sqlite3.connect('app.db')",
    `rows = conn.execute('SELECT * FROM orders WHERE id IN (' + marks + ')'${v ? "" : ", ids"}).fetchall()`,
    "return jsonify(rows)",
  ]),
  // --- CWE-79 ---
  ...pair("CWE-79", "render_template_string: concatenated vs passed as a variable", "", (v) => [
    "q = request.args.get('q', '')",
    v
      ? "return render_template_string('<p>Results for ' + q + '</p>')"
      : "return render_template_string('<p>Results for {{ q }}</p>', q=q)",
  ]),
  ...pair("CWE-79", "json.dumps inside a script element vs a JSON response", "import json", (v) => [
    "prefs = {'theme': request.args.get('theme', 'light')}",
    v
      ? "return '<script>window.PREFS = ' + json.dumps(prefs) + ';</script>'"
      : "return Response(json.dumps(prefs), mimetype='application/json')",
  ]),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "tarfile.extractall of an upload without vs with the data filter",
    "import tarfile",
    (v) => [
      "up = request.files['bundle']",
      "with tarfile.open(fileobj=up.stream, mode='r:gz') as tar:",
      `    tar.extractall('/srv/bundles'${v ? "" : ", filter='data'"})`,
      "return 'extracted'",
    ],
  ),
  ...pair(
    "CWE-22",
    "realpath containment by commonprefix (character-wise) vs commonpath",
    "from flask import abort, send_file",
    (v) => [
      "p = os.path.realpath(os.path.join(BASE, request.args.get('f', '')))",
      `if os.path.${v ? "commonprefix" : "commonpath"}([BASE, p]) != BASE:`,
      "    abort(403)",
      "return send_file(p)",
    ],
    () => "BASE = '/srv/data'\n",
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "ldap3 filter from str.format: only '*' removed vs escape_filter_chars",
    "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
    (v) => [
      "cn = request.args.get('cn', '')",
      `flt = '(&(objectClass=group)(cn={}))'.format(${v ? "cn.replace('*', '')" : "escape_filter_chars(cn)"})`,
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search('ou=groups,dc=corp', flt)",
      "return jsonify(n=len(conn.entries))",
    ],
  ),
  // --- CWE-643 ---
  ...pair("CWE-643", "XPath id by %s of the text vs %d of int()", "from lxml import etree", (v) => [
    "uid = request.args.get('id', '0')",
    "doc = etree.parse('/srv/users.xml')",
    v ? "expr = \"//user[@id='%s']/name/text()\" % uid" : "expr = '//user[@id=%d]/name/text()' % int(uid)",
    "return jsonify([str(n) for n in doc.xpath(expr)])",
  ]),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "session value from a header vs the server's clock",
    "from datetime import datetime, timezone",
    (v) => [
      `session['${v ? "tenant" : "last_seen"}'] = ${v ? "request.headers.get('X-Tenant', 'default')" : "datetime.now(timezone.utc).isoformat()"}`,
      "return 'ok'",
    ],
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "f-string redirect: input as the prefix vs as a query value",
    "from urllib.parse import quote",
    (v) => [
      "q = request.args.get('q', '')",
      `return redirect(${v ? "f'{q}/search'" : "f'/search?q={quote(q)}'"})`,
    ],
  ),
  // --- CWE-614 ---
  ...whole(
    "CWE-614",
    "Django settings module: CSRF and session cookies without vs with Secure",
    (v) =>
      "DEBUG = False\nALLOWED_HOSTS = ['shop.example.com']\n" +
      `SESSION_COOKIE_SECURE = ${v ? "False" : "True"}\n` +
      `CSRF_COOKIE_SECURE = ${v ? "False" : "True"}\n` +
      "SESSION_COOKIE_HTTPONLY = True\n",
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "dataclass default names the digest",
    "import hashlib\nfrom dataclasses import dataclass",
    () => [
      "pw = request.form.get('password', '')",
      "p = Policy()",
      "return jsonify(hash=hashlib.new(p.algo, pw.encode()).hexdigest())",
    ],
    (v) => `@dataclass\nclass Policy:\n    algo: str = '${v ? "md5" : "sha256"}'\n    rounds: int = 1\n`,
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "mode class picked with getattr: ECB vs GCM",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes",
    (v) => [
      "key = os.urandom(32)",
      v ? "mode = getattr(modes, 'ECB')()" : "mode = getattr(modes, 'GCM')(os.urandom(12))",
      "enc = Cipher(algorithms.AES(key), mode).encryptor()",
      "data = request.get_data().ljust(16, b'\\0')[:16]",
      "return (enc.update(data) + enc.finalize()).hex()",
    ],
  ),
  // --- CWE-338 ---
  ...pair("CWE-338", "password reset token from uuid1 vs uuid4", "import uuid", (v) => [
    "email = request.form.get('email', '')",
    `reset_token = str(uuid.${v ? "uuid1" : "uuid4"}())`,
    "session['reset_token'] = reset_token",
    "return jsonify(sent_to=email)",
  ]),
  // --- CWE-94 ---
  ...pair("CWE-94", "eval in a comprehension over getlist vs float()", "", (v) => [
    `nums = [${v ? "eval(x)" : "float(x)"} for x in request.args.getlist('n')]`,
    "return jsonify(total=sum(nums))",
  ]),
  // --- CWE-502 ---
  ...pair("CWE-502", "yaml.load with CLoader vs CSafeLoader", "import yaml", (v) => [
    `cfg = yaml.load(request.get_data(), Loader=yaml.${v ? "CLoader" : "CSafeLoader"})`,
    "return jsonify(keys=sorted(cfg))",
  ]),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "lxml.objectify with its default parser vs makeparser(resolve_entities=False)",
    "from lxml import objectify",
    (v) => [
      v
        ? "root = objectify.fromstring(request.get_data())"
        : "root = objectify.fromstring(request.get_data(), objectify.makeparser(resolve_entities=False, no_network=True))",
      "return jsonify(tag=root.tag)",
    ],
  ),
];
