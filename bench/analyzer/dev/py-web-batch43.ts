// Dev suite "py-web", batch 43 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views, three insecure/safe twins per category, varying the plumbing
// between source and sink: helper classes whose method returns the argument or a constant by a constant field,
// static/class methods, a module-level helper calling a second helper, generators, lambdas stored in dicts,
// functools.partial, context managers (class and @contextmanager), exceptions carrying the value (str(e)), string
// building with %, .format(**d) and f-string format specs, bytes.decode, urllib.parse.unquote, base64 and JSON round
// trips, html.unescape, guards that return early next to guards whose result is ignored, and sinks reached through
// getattr(module, 'name'). Sources: args, form, headers, cookies iterated by name, a hand-parsed query_string,
// get_json(), request.values and path parameters. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch43: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH43: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "helper class whose pick() returns the argument vs 'uptime' by a constant class field; getattr(os, 'system')",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      class Picker:
          mode = ${v ? "'pass'" : "'fixed'"}

          def pick(self, value):
              if self.mode == 'pass':
                  return value
              return 'uptime'


      @app.route('/ops/status')
      def ops_status():
          param = ''
          for name in request.cookies:
              if name == 'job':
                  param = request.cookies[name]
          bar = Picker().pick(param)
          rc = getattr(os, 'system')(bar)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "exception carrying the query value (raise ValueError(param), str(e)) vs carrying a constant, into a shell=True run",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      def check(value):
          raise ValueError(${v ? "value" : "'date'"})


      @app.route('/ops/exec')
      def ops_exec():
          param = request.args.get('cmd', '')
          try:
              check(param)
              bar = 'true'
          except ValueError as e:
              bar = str(e)
          out = subprocess.run(bar, shell=True, capture_output=True, text=True)
          return out.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "header host decoded from bytes; re.fullmatch result ignored vs an early 400 on mismatch, then os.popen ping",
    (v) => `
      import os
      import re
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/net/ping')
      def net_ping():
          raw = request.headers.get('X-Host', 'localhost').encode('utf-8')
          host = raw.decode('utf-8')
          ${v ? "valid = re.fullmatch(r'[A-Za-z0-9.-]+', host) is not None" : "if not re.fullmatch(r'[A-Za-z0-9.-]+', host):\n              return 'bad host', 400"}
          with os.popen('ping -c 1 ' + host) as f:
              return f.read()
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "classmethod building the query with % (value in the SQL) vs the same classmethod's query run with bound parameters",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class UserQuery:
          TEMPLATE = ${v ? `"SELECT id, email FROM users WHERE name = '%s'"` : `"SELECT id, email FROM users WHERE name = ?"`}

          @classmethod
          def run(cls, conn, name):
              ${v ? "return conn.execute(cls.TEMPLATE % name).fetchall()" : "return conn.execute(cls.TEMPLATE, (name,)).fetchall()"}


      @app.route('/users/<name>')
      def users_show(name):
          conn = sqlite3.connect('app.db')
          return {'rows': UserQuery.run(conn, name)}
    `,
  ),
  ...whole(
    "CWE-89",
    "generator yielding 'guest' then the form value; list(...)[-1] (the value) vs [0] ('guest') in an f-string query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      def candidates(value):
          yield 'guest'
          yield value


      @app.route('/users/search', methods=['POST'])
      def users_search():
          param = request.form.get('name', '')
          bar = list(candidates(param))[${v ? "-1" : "0"}]
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          cur.execute(f"SELECT id FROM users WHERE name = '{bar}'")
          return {'rows': cur.fetchall()}
    `,
  ),
  ...whole(
    "CWE-89",
    "module helper normalize() calling a second helper _pick(a, b) -> b with (value, 'guest') vs ('guest', value)",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      def _pick(first, second):
          return second


      def normalize(value):
          return _pick(${v ? "'guest', value" : "value, 'guest'"})


      @app.route('/users/lookup')
      def users_lookup():
          qs = request.query_string.decode('utf-8')
          param = qs.split('name=', 1)[1].split('&')[0] if 'name=' in qs else ''
          bar = normalize(param)
          sql = "SELECT id FROM users WHERE name = '" + bar + "'"
          conn = sqlite3.connect('app.db')
          return {'rows': conn.execute(sql).fetchall()}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "functools.partial(re.sub, '<script>', '') (incomplete) vs functools.partial(html.escape, quote=True) as the cleaner",
    (v) => `
      import functools
      import html
      import re
      from flask import Flask, request

      app = Flask(__name__)

      clean = ${v ? "functools.partial(re.sub, r'<script>', '')" : "functools.partial(html.escape, quote=True)"}


      @app.route('/greet')
      def greet():
          param = request.values.get('name', '')
          bar = clean(param)
          return '<h1>Hello ' + bar + '</h1>'
    `,
  ),
  ...whole(
    "CWE-79",
    "html.unescape(html.escape(value)) (escaping undone) vs html.escape(html.unescape(value)) in the page",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/comment', methods=['POST'])
      def comment():
          param = request.form.get('text', '')
          bar = ${v ? "html.unescape(html.escape(param))" : "html.escape(html.unescape(param))"}
          return '<div class="comment">%s</div>' % bar
    `,
  ),
  ...whole(
    "CWE-79",
    "f-string with a format spec: {value!s:>20} (the text) vs {len(value):>5d} (an int) in a make_response body",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/echo')
      def echo():
          data = request.get_json(silent=True) or {}
          param = str(data.get('msg', ''))
          body = f"<pre>${v ? "{param!s:>20}" : "{len(param):>5d}"}</pre>"
          resp = make_response(body)
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "'..' checked before urllib.parse.unquote (bypassed by %2e%2e) vs checked (with a leading '/') after it",
    (v) => `
      import os
      from urllib.parse import unquote
      from flask import Flask, abort, request

      app = Flask(__name__)
      BASE = '/srv/app/files'


      @app.route('/files/read')
      def files_read():
          param = request.args.get('f', '')
          ${v ? "if '..' in param:\n              abort(400)\n          name = unquote(param)" : "name = unquote(param)\n          if '..' in name or name.startswith('/'):\n              abort(400)"}
          with open(os.path.join(BASE, name)) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "class context manager whose __enter__ returns the header value vs a constant file name, opened under BASE",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/app/docs'


      class Holder:
          def __init__(self, value):
              self.value = value

          def __enter__(self):
              return ${v ? "self.value" : "'index.txt'"}

          def __exit__(self, *exc):
              return False


      @app.route('/docs/view')
      def docs_view():
          param = request.headers.get('X-Doc', 'index.txt')
          with Holder(param) as name:
              path = os.path.join(BASE, name)
          with open(path, 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "base64 cookie decoded to a file name; send_file(os.path.join(BASE, name)) vs send_from_directory(BASE, name)",
    (v) => `
      import base64
      import os
      from flask import Flask, request, send_file, send_from_directory

      app = Flask(__name__)
      BASE = '/srv/app/exports'


      @app.route('/export')
      def export():
          param = request.cookies.get('export', '')
          name = base64.b64decode(param).decode('utf-8')
          ${v ? "return send_file(os.path.join(BASE, name))" : "return send_from_directory(BASE, name)"}
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "lambdas stored in a dict: FILTERS['raw'] (identity) vs FILTERS['esc'] (escape_filter_chars) on the uid",
    (v) => `
      import ldap
      from ldap.filter import escape_filter_chars
      from flask import Flask, request

      app = Flask(__name__)

      FILTERS = {
          'raw': lambda s: s,
          'esc': lambda s: escape_filter_chars(s),
      }


      @app.route('/dir/user')
      def dir_user():
          param = request.args.get('uid', '')
          bar = FILTERS['${v ? "raw" : "esc"}'](param)
          conn = ldap.initialize('ldap://ldap.example.com')
          res = conn.search_s('ou=people,dc=example,dc=com', ldap.SCOPE_SUBTREE, '(uid=%s)' % bar)
          return {'n': len(res)}
    `,
  ),
  ...whole(
    "CWE-90",
    "path parameter %-formatted into an ldap3 filter raw vs through escape_filter_chars",
    (v) => `
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars
      from flask import Flask

      app = Flask(__name__)


      @app.route('/dir/member/<uid>')
      def dir_member(uid):
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          flt = '(&(objectClass=person)(uid=%s))' % ${v ? "uid" : "escape_filter_chars(uid)"}
          conn.search('dc=example,dc=com', flt, attributes=['cn'])
          return {'n': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "form uid: isalnum() stored and ignored vs an early 400 when not isalnum(), then an ldap3 search",
    (v) => `
      from ldap3 import Connection, Server
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/dir/find', methods=['POST'])
      def dir_find():
          uid = request.form.get('uid', '')
          ${v ? "ok = uid.isalnum()" : "if not uid.isalnum():\n              return 'bad uid', 400"}
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', '(uid={})'.format(uid), attributes=['mail'])
          return {'n': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "staticmethod building the XPath with % vs an XPath variable ($n) bound in tree.xpath()",
    (v) => `
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)


      class Finder:
          @staticmethod
          def find(tree, name):
              ${v ? `return tree.xpath("//user[@name='%s']/email/text()" % name)` : `return tree.xpath("//user[@name=$n]/email/text()", n=name)`}


      @app.route('/xml/user')
      def xml_user():
          param = request.args.get('name', '')
          tree = etree.parse('users.xml')
          return {'emails': Finder.find(tree, param)}
    `,
  ),
  ...whole(
    "CWE-643",
    "'...{title}...'.format(**d) (the value) vs '...{author}...'.format(**d) (a constant entry) of a dict literal",
    (v) => `
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xml/book')
      def xml_book():
          param = request.values.get('title', '')
          d = {'title': param, 'author': 'Knuth'}
          expr = "//book[${v ? "title='{title}'" : "author='{author}'"}]/price/text()".format(**d)
          tree = etree.parse('books.xml')
          return {'price': tree.xpath(expr)}
    `,
  ),
  ...whole(
    "CWE-643",
    "value carried by a LookupError: str(e) (the value) vs type(e).__name__ (a constant) in the XPath",
    (v) => `
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)


      def resolve(value):
          raise LookupError(value)


      @app.route('/xml/role')
      def xml_role():
          data = request.get_json(silent=True) or {}
          param = str(data.get('role', ''))
          try:
              resolve(param)
              key = 'none'
          except LookupError as e:
              key = ${v ? "str(e)" : "type(e).__name__"}
          tree = etree.parse('roles.xml')
          return {'n': len(tree.xpath("//role[@key='" + key + "']"))}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "getattr(hashlib, ALGO) with a module constant 'md5' vs 'sha256' hashing the password",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      ALGO = '${v ? "md5" : "sha256"}'


      @app.route('/account/hash', methods=['POST'])
      def account_hash():
          pw = request.form.get('password', '')
          digest = getattr(hashlib, ALGO)(pw.encode('utf-8')).hexdigest()
          return {'digest': digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "helper class with a constant algo field 'sha1' vs 'sha512' passed to hashlib.new()",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      class Hasher:
          algo = '${v ? "sha1" : "sha512"}'

          def digest(self, value):
              return hashlib.new(self.algo, value.encode('utf-8')).hexdigest()


      @app.route('/account/token', methods=['POST'])
      def account_token():
          secret = request.form.get('secret', '')
          return {'h': Hasher().digest(secret)}
    `,
  ),
  ...whole(
    "CWE-328",
    "hash constructors in a dict of lambdas: HASHES['fast'] (md5) vs HASHES['strong'] (sha256) over the password",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)

      HASHES = {
          'fast': lambda b: hashlib.md5(b).hexdigest(),
          'strong': lambda b: hashlib.sha256(b).hexdigest(),
      }


      @app.route('/account/fingerprint', methods=['POST'])
      def account_fingerprint():
          pw = request.form.get('password', '')
          return {'h': HASHES['${v ? "fast" : "strong"}'](pw.encode())}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "functools.partial(DES.new, key, DES.MODE_ECB) vs functools.partial(AES.new, key, AES.MODE_GCM) as the cipher maker",
    (v) => `
      import functools
      import os
      from Crypto.Cipher import AES, DES
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? "8" : "16"})
      make = ${v ? "functools.partial(DES.new, KEY, DES.MODE_ECB)" : "functools.partial(AES.new, KEY, AES.MODE_GCM)"}


      @app.route('/vault/seal', methods=['POST'])
      def vault_seal():
          data = request.get_data()
          cipher = make()
          ${v ? "return cipher.encrypt(data.ljust((len(data) + 7) // 8 * 8, b'0')).hex()" : "ct, tag = cipher.encrypt_and_digest(data)\n          return (cipher.nonce + tag + ct).hex()"}
    `,
  ),
  ...whole(
    "CWE-327",
    "staticmethod returning the cryptography algorithm: ARC4 (stream, no mode) vs AES in GCM",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)


      class Suite:
          @staticmethod
          def cipher():
              ${v ? "return Cipher(algorithms.ARC4(KEY), mode=None)" : "return Cipher(algorithms.AES(KEY), modes.GCM(os.urandom(12)))"}


      @app.route('/vault/wrap', methods=['POST'])
      def vault_wrap():
          enc = Suite.cipher().encryptor()
          ct = enc.update(request.get_data()) + enc.finalize()
          return ct.hex()
    `,
  ),
  ...whole(
    "CWE-327",
    "mode chosen by getattr(modes, 'ECB')() vs getattr(modes, 'CBC')(iv) for AES",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/vault/box', methods=['POST'])
      def vault_box():
          iv = os.urandom(16)
          mode = ${v ? "getattr(modes, 'ECB')()" : "getattr(modes, 'CBC')(iv)"}
          padder = padding.PKCS7(128).padder()
          data = padder.update(request.get_data()) + padder.finalize()
          enc = Cipher(algorithms.AES(KEY), mode).encryptor()
          return (iv + enc.update(data) + enc.finalize()).hex()
    `,
  ),
  // --- CWE-338 weak random ---
  ...whole(
    "CWE-338",
    "generator yielding random.getrandbits(64) vs secrets.randbits(64) for a password-reset token",
    (v) => `
      import ${v ? "random" : "secrets"}
      from flask import Flask, request

      app = Flask(__name__)


      def tokens():
          while True:
              yield ${v ? "random.getrandbits(64)" : "secrets.randbits(64)"}


      @app.route('/reset', methods=['POST'])
      def reset():
          user = request.form.get('user', '')
          token = format(next(tokens()), 'x')
          return {'user': user, 'reset_token': token}
    `,
  ),
  ...whole(
    "CWE-338",
    "@contextmanager yielding random.Random() vs random.SystemRandom() for a login OTP",
    (v) => `
      import random
      from contextlib import contextmanager
      from flask import Flask, session

      app = Flask(__name__)
      app.secret_key = 'change-me'


      @contextmanager
      def rng():
          yield random.${v ? "Random()" : "SystemRandom()"}


      @app.route('/login/otp')
      def login_otp():
          with rng() as r:
              code = '%06d' % r.randint(0, 999999)
          session['otp'] = code
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "helper class with a constant source field random.Random() vs random.SystemRandom() choosing a session id",
    (v) => `
      import random
      import string
      from flask import Flask, make_response

      app = Flask(__name__)


      class IdMaker:
          src = random.${v ? "Random()" : "SystemRandom()"}

          def make(self, n=32):
              return ''.join(self.src.choice(string.ascii_letters + string.digits) for _ in range(n))


      @app.route('/session/new')
      def session_new():
          resp = make_response('ok')
          resp.set_cookie('sid', IdMaker().make(), secure=True, httponly=True, samesite='Lax')
          return resp
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "cookie flags from a dict splatted into set_cookie: secure False vs True",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)

      COOKIE_OPTS = {'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Lax'}


      @app.route('/prefs/save', methods=['POST'])
      def prefs_save():
          theme = request.form.get('theme', 'light')
          resp = make_response('saved')
          resp.set_cookie('theme', theme, **COOKIE_OPTS)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "helper class with a constant SECURE field False vs True passed as secure=",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      class CookieJar:
          SECURE = ${v ? "False" : "True"}

          def put(self, resp, name, value):
              resp.set_cookie(name, value, secure=self.SECURE, httponly=True)
              return resp


      @app.route('/lang')
      def lang():
          code = request.args.get('code', 'en')
          return CookieJar().put(make_response('ok'), 'lang', code)
    `,
  ),
  ...whole(
    "CWE-614",
    "functools.partial(resp.set_cookie, httponly=True) (no secure) vs partial(..., secure=True, httponly=True)",
    (v) => `
      import functools
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/remember', methods=['POST'])
      def remember():
          user = request.form.get('user', '')
          resp = make_response('remembered')
          setter = functools.partial(resp.set_cookie, ${v ? "httponly=True" : "secure=True, httponly=True"})
          setter('remember_user', user)
          return resp
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "allow-list check raising ValueError(value): the handler stores str(e) (the rejected value) vs 'guest' in session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'
      ALLOWED = {'alice', 'bob'}


      def check(value):
          if value not in ALLOWED:
              raise ValueError(value)
          return value


      @app.route('/as')
      def act_as():
          param = request.args.get('user', '')
          try:
              session['user'] = check(param)
          except ValueError as e:
              session['user'] = ${v ? "str(e)" : "'guest'"}
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "json.dumps/loads round trip of the header value vs a value chosen by comparison ('dark' if == 'dark' else 'light')",
    (v) => `
      import json
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'


      @app.route('/theme')
      def theme():
          param = request.headers.get('X-Theme', '')
          ${v ? "prefs = json.loads(json.dumps({'theme': param}))" : "prefs = json.loads(json.dumps({'theme': 'dark' if param == 'dark' else 'light'}))"}
          session['theme'] = prefs['theme']
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "get_json role: allow-list membership stored and ignored vs an early 400 when outside it, then session['role']",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'


      @app.route('/role', methods=['POST'])
      def set_role():
          data = request.get_json(force=True)
          role = data.get('role', 'viewer')
          ${v ? "known = role in ('viewer', 'editor')" : "if role not in ('viewer', 'editor'):\n              return {'error': 'bad role'}, 400"}
          session['role'] = role
          return {'ok': True}
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "getattr(builtins, 'eval') vs getattr(ast, 'literal_eval') applied to the query expression",
    (v) => `
      import ast
      import builtins
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/calc')
      def calc():
          param = request.args.get('expr', '0')
          fn = getattr(${v ? "builtins, 'eval'" : "ast, 'literal_eval'"})
          return {'result': repr(fn(param))}
    `,
  ),
  ...whole(
    "CWE-94",
    "eval of '%s + 1' % value (the text) vs '%d + 1' % int(value) (a number)",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/inc', methods=['POST'])
      def inc():
          param = request.form.get('n', '0')
          src = ${v ? "'%s + 1' % param" : "'%d + 1' % int(param)"}
          return {'result': eval(src)}
    `,
  ),
  ...whole(
    "CWE-94",
    "handlers in a dict of lambdas: HANDLERS['calc'] (eval) vs HANDLERS['lit'] (ast.literal_eval) on a cookie",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)

      HANDLERS = {
          'calc': lambda s: eval(s),
          'lit': lambda s: ast.literal_eval(s),
      }


      @app.route('/cart/restore')
      def cart_restore():
          param = ''
          for name in request.cookies:
              if name == 'cart':
                  param = request.cookies[name]
          items = HANDLERS['${v ? "calc" : "lit"}'](param)
          return {'items': list(items) if isinstance(items, (list, tuple)) else []}
    `,
  ),
  // --- CWE-502 deserialisation ---
  ...whole(
    "CWE-502",
    "base64 cookie decoded and given to pickle.loads vs json.loads",
    (v) => `
      import base64
      import ${v ? "pickle" : "json"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/state')
      def state():
          param = request.cookies.get('state', '')
          blob = base64.urlsafe_b64decode(param.encode('ascii'))
          obj = ${v ? "pickle.loads(blob)" : "json.loads(blob)"}
          return {'keys': sorted(obj) if isinstance(obj, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "codec class whose constant fmt field selects pickle.loads ('pickle') vs json.loads ('json') for the body",
    (v) => `
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Codec:
          fmt = '${v ? "pickle" : "json"}'

          def load(self, data):
              if self.fmt == 'pickle':
                  return pickle.loads(data)
              return json.loads(data)


      @app.route('/import', methods=['POST'])
      def do_import():
          obj = Codec().load(request.get_data())
          return {'type': type(obj).__name__}
    `,
  ),
  ...whole(
    "CWE-502",
    "functools.partial(yaml.load, Loader=yaml.Loader) vs Loader=yaml.SafeLoader over the form document",
    (v) => `
      import functools
      import yaml
      from flask import Flask, request

      app = Flask(__name__)

      load = functools.partial(yaml.load, Loader=yaml.${v ? "Loader" : "SafeLoader"})


      @app.route('/config/upload', methods=['POST'])
      def config_upload():
          doc = request.form.get('doc', '')
          cfg = load(doc)
          return {'keys': sorted(cfg) if isinstance(cfg, dict) else []}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "unquoted target: allow-list membership stored and ignored vs the target replaced by '/' outside the list",
    (v) => `
      from urllib.parse import unquote
      from flask import Flask, redirect, request

      app = Flask(__name__)
      ALLOWED = {'/home', '/account', '/help'}


      @app.route('/go')
      def go():
          url = unquote(request.args.get('to', '/home'))
          ${v ? "allowed = url in ALLOWED" : "if url not in ALLOWED:\n              url = '/'"}
          return redirect(url)
    `,
  ),
  ...whole(
    "CWE-601",
    "staticmethod Nav.dest() returning the value vs url_for('page', name=value) (a local path)",
    (v) => `
      from flask import Flask, redirect, request, url_for

      app = Flask(__name__)


      class Nav:
          @staticmethod
          def dest(value):
              return ${v ? "value" : "url_for('page', name=value)"}


      @app.route('/page/<name>')
      def page(name):
          return name


      @app.route('/jump', methods=['POST'])
      def jump():
          param = request.form.get('next', 'home')
          return redirect(Nav.dest(param))
    `,
  ),
  ...whole(
    "CWE-601",
    "f-string redirect https://{value}/login (value is the host) vs https://example.com/{value:.40} (value in the path)",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/sso')
      def sso():
          param = request.values.get('tenant', '')
          return redirect(f"${v ? "https://{param}/login" : "https://example.com/{param:.40}"}")
    `,
  ),
];
