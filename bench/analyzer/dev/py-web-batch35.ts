// Dev suite "py-web", batch 35 (see py-web.ts): measured before any fix for it. Written after batch 34's fixes
// (so with some knowledge of the analyzer's data flow), from real Flask/Django idioms, never from a held-out corpus.
// Guards in places batch 34 did not use: a @property setter that validates, class-pattern and guarded `match`
// arms, values kept on flask.g by a before_request hook, try/except KeyError around a table lookup, a decorator
// converting path parameters, a helper with a secure default that a caller overrides, a loader fallback in an
// except branch, parsers chosen by a request flag, sibling-directory prefixes, pathlib's `/` with an absolute name,
// an allow-list test on one part of an expression. Each vulnerable case has a safe twin of the same shape.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch35: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH35: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "@property setter stores the JSON host as given vs raises unless it fullmatches a hostname pattern",
    (v) => `
      import re
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      HOSTNAME = re.compile(r'[a-z0-9.-]{1,253}')


      class Check:
          def __init__(self):
              self._host = 'localhost'

          @property
          def host(self):
              return self._host

          @host.setter
          def host(self, value):
              ${v ? "self._host = value.lower()" : "if not HOSTNAME.fullmatch(value):\n                  raise ValueError('bad host')\n              self._host = value"}


      @app.route('/check', methods=['POST'])
      def check():
          c = Check()
          try:
              c.host = request.get_json()['host']
          except ValueError:
              return 'bad host', 400
          return subprocess.check_output('nslookup ' + c.host, shell=True).decode()
    `,
  ),
  ...whole(
    "CWE-78",
    "early return when the service name is too long vs when it is not alphanumeric",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/status/<svc>')
      def status(svc):
          if ${v ? "len(svc) > 32" : "not svc.isalnum()"}:
              return 'bad service', 400
          return os.popen('systemctl status ' + svc).read()
    `,
  ),
  ...whole(
    "CWE-78",
    "match with a guarded capture arm: any non-empty op vs an op in the allow-set",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      OPS = {'status', 'log', 'diff'}


      @app.route('/git')
      def git():
          match request.args.get('op'):
              case str(op) if ${v ? "op" : "op in OPS"}:
                  cmd = 'git ' + op
              case _:
                  cmd = 'git status'
          return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "before_request hook keeps the sort column on flask.g: raw vs only after an allow-list check",
    (v) => `
      import sqlite3
      from flask import Flask, g, request

      app = Flask(__name__)
      COLUMNS = ('name', 'created', 'size')


      @app.before_request
      def pick_order():
          col = request.args.get('order', 'name')
          ${v ? "g.order_col = col" : "g.order_col = col if col in COLUMNS else 'name'"}


      @app.route('/files')
      def files():
          db = sqlite3.connect('files.db')
          rows = db.execute('SELECT name FROM files ORDER BY ' + g.order_col).fetchall()
          return {'files': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "try/except KeyError around a column table: the except branch uses the requested name vs a constant",
    (v) => `
      import pymysql
      from flask import Flask, request

      app = Flask(__name__)
      COLUMNS = {'name': 'u.name', 'joined': 'u.created_at'}


      @app.route('/members')
      def members():
          key = request.args.get('sort', 'name')
          try:
              col = COLUMNS[key]
          except KeyError:
              col = ${v ? "key" : "'u.name'"}
          conn = pymysql.connect(host='db', user='app', database='club')
          with conn.cursor() as cur:
              cur.execute(f'SELECT u.name FROM users u ORDER BY {col}')
              return {'rows': cur.fetchall()}
    `,
  ),
  ...whole(
    "CWE-89",
    "user id kept in the session: the raw form value vs int() of it, later formatted into SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = __import__('os').environ['SECRET_KEY']


      @app.route('/select', methods=['POST'])
      def select():
          session['account'] = ${v ? "request.form['account']" : "int(request.form['account'])"}
          return 'ok'


      @app.route('/balance')
      def balance():
          db = sqlite3.connect('bank.db')
          row = db.execute('SELECT balance FROM accounts WHERE id = %s' % session['account']).fetchone()
          return {'balance': row[0] if row else None}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "renderer subclass overriding the base's escaping label(): returns the name raw vs escapes it",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class Badge:
          def label(self, name):
              return html.escape(name)

          def render(self, name):
              return '<span class="badge">' + self.label(name) + '</span>'


      class TitleBadge(Badge):
          def label(self, name):
              return ${v ? "name.title()" : "html.escape(name.title())"}


      @app.route('/badge')
      def badge():
          return TitleBadge().render(request.args.get('name', 'guest'))
    `,
  ),
  ...whole(
    "CWE-79",
    "@property getter over a cookie: title-cases it vs escapes it, formatted into the page",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      class Visitor:
          def __init__(self, cookies):
              self._raw = cookies.get('nick', 'friend')

          @property
          def display(self):
              return ${v ? "self._raw.title()" : "escape(self._raw.title())"}


      @app.route('/welcome')
      def welcome():
          return f'<h2>Welcome back, {Visitor(request.cookies).display}</h2>'
    `,
  ),
  ...whole(
    "CWE-79",
    "dataclass __post_init__ escapes the message vs only trims it, rendered into HTML",
    (v) => `
      import html
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Notice:
          text: str

          def __post_init__(self):
              self.text = ${v ? "self.text[:200]" : "html.escape(self.text[:200])"}


      @app.route('/notice', methods=['POST'])
      def notice():
          n = Notice(request.form.get('text', ''))
          return '<div class="notice">' + n.text + '</div>'
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "normpath then startswith a base without its trailing separator (a sibling directory passes) vs with it",
    (v) => `
      import os
      from flask import Flask, abort, request, send_file

      app = Flask(__name__)
      BASE = '/srv/files'


      @app.route('/dl')
      def dl():
          path = os.path.normpath(os.path.join(BASE, request.args.get('p', '')))
          if not path.startswith(${v ? "BASE" : "BASE + os.sep"}):
              abort(403)
          return send_file(path)
    `,
  ),
  ...whole(
    "CWE-22",
    "pathlib `/` after a '..' test only (an absolute name replaces the base) vs resolve() and is_relative_to()",
    (v) => `
      from pathlib import Path
      from flask import Flask, abort, request

      app = Flask(__name__)
      ROOT = Path('/srv/notes')


      @app.route('/note')
      def note():
          name = request.args.get('n', 'index.md')
          ${
            v
              ? "if '..' in name:\n              abort(400)\n          target = ROOT / name"
              : "target = (ROOT / name).resolve()\n          if not target.is_relative_to(ROOT):\n              abort(400)"
          }
          return target.read_text()
    `,
  ),
  ...whole(
    "CWE-22",
    "language cookie: None replaced by a default vs anything outside the set replaced, used in a file name",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      LANGS = {'en', 'de', 'fr', 'es'}


      @app.route('/help')
      def help_page():
          lang = request.cookies.get('lang')
          if ${v ? "lang is None" : "lang not in LANGS"}:
              lang = 'en'
          with open(f'/srv/help/{lang}/index.html') as fh:
              return fh.read()
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "match with a class pattern: any str uid vs one whose guard requires isalnum()",
    (v) => `
      import ldap3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/dir/user', methods=['POST'])
      def dir_user():
          match request.get_json().get('uid'):
              case str(uid) ${v ? "" : "if uid.isalnum() "}:
                  flt = f'(&(objectClass=person)(uid={uid}))'
              case _:
                  return 'bad uid', 400
          conn = ldap3.Connection(ldap3.Server('ldap.local'), auto_bind=True)
          conn.search('dc=corp,dc=local', flt, attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "header value passed through a helper that checks the length only vs one that escapes it",
    (v) => `
      import ldap
      from flask import Flask, abort, request
      from ldap.filter import escape_filter_chars

      app = Flask(__name__)


      def clean_user(raw):
          if len(raw) > 64:
              abort(400)
          return ${v ? "raw" : "escape_filter_chars(raw)"}


      @app.route('/whoami')
      def whoami():
          user = clean_user(request.headers.get('X-Remote-User', ''))
          conn = ldap.initialize('ldap://ldap.local')
          res = conn.search_s('dc=corp,dc=local', ldap.SCOPE_SUBTREE, '(sAMAccountName=' + user + ')')
          return {'n': len(res)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "@property getter returns the name or 'guest' when empty vs 'guest' unless alphanumeric",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('/srv/data/users.xml')


      class Lookup:
          def __init__(self, args):
              self._user = args.get('user', '')

          @property
          def user(self):
              return ${v ? "self._user or 'guest'" : "self._user if self._user.isalnum() else 'guest'"}


      @app.route('/role')
      def role():
          q = Lookup(request.args)
          return {'roles': DOC.xpath("/users/user[@name='" + q.user + "']/role/text()")}
    `,
  ),
  ...whole(
    "CWE-643",
    "XPath with the name formatted in vs passed as an XPath variable, read from a path parameter",
    (v) => `
      from flask import Flask
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('/srv/data/catalog.xml')


      @app.route('/sku/<code>')
      def sku(code):
          ${
            v
              ? "items = TREE.xpath(f\"//item[@sku='{code}']/price/text()\")"
              : "items = TREE.xpath('//item[@sku=$sku]/price/text()', sku=code)"
          }
          return {'price': items[0] if items else None}
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "try/except KeyError: the session gets the user's stored display name, or the raw login in the except branch vs a constant",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = __import__('os').environ['SECRET_KEY']
      USERS = {'alice': 'Alice A.', 'bob': 'Bob B.'}


      @app.route('/hello', methods=['POST'])
      def hello():
          login = request.form.get('login', '')
          try:
              session['display'] = USERS[login]
          except KeyError:
              session['display'] = ${v ? "login" : "'guest'"}
          return 'ok'
    `,
  ),
  // --- CWE-330 / CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "one-time code in a @property: random.randint vs secrets.randbelow",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)


      class OneTimeCode:
          def __init__(self, email):
              self.email = email

          @property
          def code(self):
              return ${v ? "'%06d' % random.randint(0, 999999)" : "'%06d' % secrets.randbelow(1000000)"}


      @app.route('/otp', methods=['POST'])
      def otp():
          c = OneTimeCode(request.form['email'])
          return {'sent': True, 'len': len(c.code)}
    `,
  ),
  ...whole(
    "CWE-338",
    "weak randomness class: password reset token from uuid.uuid1() (time and MAC address) vs uuid.uuid4()",
    (v) => `
      import uuid
      from flask import Flask, request

      app = Flask(__name__)
      TOKENS = {}


      @app.route('/forgot', methods=['POST'])
      def forgot():
          token = str(uuid.${v ? "uuid1" : "uuid4"}())
          TOKENS[token] = request.form['email']
          return {'queued': True}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "hasher subclass overrides digest(): sha1 of the password vs pbkdf2_hmac",
    (v) => `
      import hashlib
      import os
      from flask import Flask, request

      app = Flask(__name__)


      class Hasher:
          def digest(self, password, salt):
              return hashlib.pbkdf2_hmac('sha256', password.encode(), salt, 600_000).hex()


      class FastHasher(Hasher):
          def digest(self, password, salt):
              return ${
                v
                  ? "hashlib.sha1(salt + password.encode()).hexdigest()"
                  : "hashlib.pbkdf2_hmac('sha512', password.encode(), salt, 210_000).hex()"
              }


      @app.route('/signup', methods=['POST'])
      def signup():
          salt = os.urandom(16)
          return {'hash': FastHasher().digest(request.form['password'], salt), 'salt': salt.hex()}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "cipher mode kept as a class attribute: AES.MODE_ECB vs AES.MODE_GCM",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from flask import Flask, request

      app = Flask(__name__)


      class Vault:
          key = os.urandom(32)
          mode = ${v ? "AES.MODE_ECB" : "AES.MODE_GCM"}

          def lock(self, data):
              cipher = AES.new(self.key, self.mode)
              data += b'\\0' * (-len(data) % 16)
              return cipher.encrypt(data)


      @app.route('/vault', methods=['POST'])
      def vault():
          return Vault().lock(request.get_data()).hex()
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "helper with secure=True by default: the caller passes secure=False vs keeps the default",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      def set_auth_cookie(resp, value, secure=True):
          resp.set_cookie('auth', value, secure=secure, httponly=True, samesite='Lax')


      @app.route('/signin', methods=['POST'])
      def signin():
          resp = make_response('ok')
          set_auth_cookie(resp, secrets.token_urlsafe(32)${v ? ", secure=False" : ""})
          return resp
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "safe YAML load in try, the except branch falls back to yaml.unsafe_load vs returns an error",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/rules', methods=['POST'])
      def rules():
          body = request.get_data()
          try:
              data = yaml.safe_load(body)
          except yaml.YAMLError:
              ${v ? "data = yaml.unsafe_load(body)" : "return 'invalid yaml', 400"}
          return {'rules': len(data or [])}
    `,
  ),
  ...whole(
    "CWE-502",
    "preferences cookie decoded with jsonpickle vs json",
    (v) => `
      import base64
      import json
      import jsonpickle
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/prefs/show')
      def show_prefs():
          raw = base64.b64decode(request.cookies.get('prefs', 'e30='))
          prefs = ${v ? "jsonpickle.decode(raw.decode())" : "json.loads(raw)"}
          return {'theme': prefs.get('theme', 'light') if isinstance(prefs, dict) else 'light'}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "match: a guard arm accepting any path starting with '/' (so //host) vs literal targets only",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/go')
      def go():
          nxt = request.args.get('next', '/')
          match nxt:
              ${v ? "case str() if nxt.startswith('/'):" : "case '/home' | '/profile' | '/settings':"}
                  target = nxt
              case _:
                  target = '/'
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "next_url property returns the raw parameter vs '/' unless it has no scheme or host",
    (v) => `
      from urllib.parse import urlparse
      from flask import Flask, redirect, request

      app = Flask(__name__)


      class LoginFlow:
          def __init__(self, args):
              self.args = args

          @property
          def next_url(self):
              url = self.args.get('next', '/')
              ${
                v
                  ? "return url"
                  : "parts = urlparse(url)\n              if parts.scheme or parts.netloc or not url.startswith('/') or url.startswith('//') or '\\\\' in url:\n                  return '/'\n              return url"
              }


      @app.route('/login/done')
      def login_done():
          return redirect(LoginFlow(request.args).next_url)
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "allow-list test on the function name before '(' only vs on the whole expression, then eval",
    (v) => `
      from flask import Flask, abort, request

      app = Flask(__name__)
      PRESETS = {'abs(-3)', 'max(1, 2)', 'min(4, 5)'}
      FUNCS = {'abs', 'max', 'min'}


      @app.route('/preset')
      def preset():
          expr = request.args.get('e', 'abs(-3)')
          if ${v ? "expr.split('(')[0] not in FUNCS" : "expr not in PRESETS"}:
              abort(400)
          return str(eval(expr))
    `,
  ),
  ...whole(
    "CWE-94",
    "decorator passes the path parameter stripped vs converted with int(), then exec'd",
    (v) => `
      import functools
      from flask import Flask

      app = Flask(__name__)


      def coerce(view):
          @functools.wraps(view)
          def wrapper(n):
              return view(${v ? "n.strip()" : "int(n)"})
          return wrapper


      @app.route('/square/<n>')
      @coerce
      def square(n):
          scope = {}
          exec(f'result = {n} ** 2', {}, scope)
          return str(scope['result'])
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "lxml parser chosen by a request flag (one choice resolves entities) vs both choices safe",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xml/import', methods=['POST'])
      def xml_import():
          strict = request.args.get('strict', '1') == '1'
          parser = (
              etree.XMLParser(resolve_entities=False, no_network=True)
              if strict
              else etree.XMLParser(${v ? "resolve_entities=True" : "resolve_entities=False, recover=True"})
          )
          root = etree.fromstring(request.files['doc'].read(), parser=parser)
          return {'tag': root.tag}
    `,
  ),
];
