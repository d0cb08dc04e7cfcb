// Dev suite "py-web", batch 34 (see py-web.ts): written blind (without reading the analyzer's rules), measured before
// any fix for it. The guard or allow-list lives where an analyzer may not look: a @property getter that validates or
// maps, a subclass overriding a method with a sanitising version, a decorator that escapes or validates arguments,
// pydantic / marshmallow / WTForms schemas, a dataclass __post_init__, values kept on `g` or a class attribute after
// a check, explicit allow-list checks that raise, early abort(), `match` statements, try/except whose except branch
// puts a constant in place of the value. The vulnerable twins keep the same shape with an incomplete guard: the wrong
// variable checked, the check after the use, startswith on an un-normalised path, re.match anchored only at the start,
// an except branch that swallows the error, a getter that returns the raw value. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch34: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH34: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "@property getter returns the raw branch vs raises unless the branch is in the allow-set",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      BRANCHES = {'main', 'develop', 'release'}


      class DeployRequest:
          def __init__(self, args):
              self._args = args

          @property
          def branch(self):
              value = self._args.get('branch', 'main')
              ${v ? "return value.strip()" : "if value not in BRANCHES:\n                  raise ValueError('unknown branch')\n              return value"}


      @app.route('/deploy')
      def deploy():
          try:
              branch = DeployRequest(request.args).branch
          except ValueError:
              return 'bad branch', 400
          out = subprocess.check_output('git checkout ' + branch, shell=True)
          return out.decode()
    `,
  ),
  ...whole(
    "CWE-78",
    "the handler instantiates the base runner whose clean() returns the value vs the subclass overriding clean() with shlex.quote",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class Archiver:
          def clean(self, value):
              return value

          def run(self, name):
              cmd = 'tar czf /tmp/out.tgz ' + self.clean(name)
              return subprocess.run(cmd, shell=True, capture_output=True).returncode


      class QuotingArchiver(Archiver):
          def clean(self, value):
              return shlex.quote(value)


      @app.route('/archive', methods=['POST'])
      def archive():
          runner = ${v ? "Archiver()" : "QuotingArchiver()"}
          code = runner.run(request.form['dir'])
          return {'rc': code}
    `,
  ),
  ...whole(
    "CWE-78",
    "X-Forwarded-For checked with ipaddress.IPv4Address(): the except branch passes (keeps the raw value) vs aborts",
    (v) => `
      import ipaddress
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/trace')
      def trace():
          ip = request.headers.get('X-Forwarded-For', '127.0.0.1').split(',')[0].strip()
          try:
              ipaddress.IPv4Address(ip)
          except ValueError:
              ${v ? "pass" : "abort(400)"}
          return os.popen('traceroute -m 8 ' + ip).read()
    `,
  ),
  ...whole(
    "CWE-78",
    "tool name kept on a class attribute: set from the raw form value vs set only after an allow-list check that raises",
    (v) => `
      import subprocess
      from flask import Flask, request
      from werkzeug.exceptions import BadRequest

      app = Flask(__name__)
      TOOLS = ('uptime', 'df', 'free')


      class Probe:
          tool = 'uptime'

          @classmethod
          def run(cls):
              return subprocess.getoutput(cls.tool + ' -h')


      @app.route('/probe', methods=['POST'])
      def probe():
          tool = request.form.get('tool', 'uptime')
          ${v ? "Probe.tool = tool" : "if tool not in TOOLS:\n              raise BadRequest('unknown tool')\n          Probe.tool = tool"}
          return Probe.run()
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "pydantic model: a plain str sort field vs a field_validator that raises unless the column is allowed",
    (v) => `
      import sqlite3
      from flask import Flask, request
      from pydantic import BaseModel, ValidationError, field_validator

      app = Flask(__name__)
      SORTABLE = {'name', 'created', 'price'}


      class Query(BaseModel):
          sort: str = 'name'
          ${
            v
              ? "limit: int = 20"
              : "limit: int = 20\n\n          @field_validator('sort')\n          @classmethod\n          def known_column(cls, value):\n              if value not in SORTABLE:\n                  raise ValueError('bad column')\n              return value"
          }


      @app.route('/items', methods=['POST'])
      def items():
          try:
              q = Query.model_validate(request.get_json())
          except ValidationError:
              return 'bad query', 400
          db = sqlite3.connect('shop.db')
          rows = db.execute(f'SELECT id, name FROM items ORDER BY {q.sort} LIMIT {q.limit}').fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "dataclass __post_init__ strips the id vs converts it to int, then formatted into SQL",
    (v) => `
      import sqlite3
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Lookup:
          user_id: str

          def __post_init__(self):
              self.user_id = ${v ? "self.user_id.strip()" : "int(self.user_id)"}


      @app.route('/user')
      def user():
          lk = Lookup(request.args.get('id', '0'))
          db = sqlite3.connect('app.db')
          row = db.execute('SELECT name FROM users WHERE id = %s' % lk.user_id).fetchone()
          return {'name': row[0] if row else None}
    `,
  ),
  ...whole(
    "CWE-89",
    "match statement: the wildcard arm keeps the requested column vs falls back to a constant",
    (v) => `
      import psycopg2
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/report')
      def report():
          requested = request.args.get('group', 'day')
          match requested:
              case 'day' | 'week' | 'month':
                  column = requested
              case _:
                  column = ${v ? "requested" : "'day'"}
          conn = psycopg2.connect('dbname=stats')
          cur = conn.cursor()
          cur.execute('SELECT ' + column + ', count(*) FROM visits GROUP BY ' + column)
          return {'rows': cur.fetchall()}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django: the check is on the wrong variable (the page number) while the search term goes into raw SQL vs the term bound",
    (v) => `
      from django.db import connection
      from django.http import HttpResponseBadRequest, JsonResponse


      def search(request):
          page = request.GET.get('page', '1')
          term = request.GET.get('q', '')
          if not page.isdigit():
              return HttpResponseBadRequest('bad page')
          offset = (int(page) - 1) * 20
          with connection.cursor() as cur:
              ${
                v
                  ? 'cur.execute("SELECT title FROM posts WHERE title LIKE \'%%" + term + "%%\' LIMIT 20 OFFSET " + str(offset))'
                  : "cur.execute('SELECT title FROM posts WHERE title LIKE %s LIMIT 20 OFFSET %s', ['%' + term + '%', offset])"
              }
              rows = cur.fetchall()
          return JsonResponse({'titles': [r[0] for r in rows]})
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "decorator over the view: logs the path parameter vs replaces every str kwarg with markupsafe.escape()",
    (v) => `
      import functools
      import logging
      from flask import Flask
      from markupsafe import escape

      app = Flask(__name__)
      log = logging.getLogger(__name__)


      def ${v ? "logged" : "escaped"}(view):
          @functools.wraps(view)
          def wrapper(**kwargs):
              ${
                v
                  ? "log.info('view %s %r', view.__name__, kwargs)"
                  : "kwargs = {k: escape(val) if isinstance(val, str) else val for k, val in kwargs.items()}"
              }
              return view(**kwargs)
          return wrapper


      @app.route('/hello/<name>')
      @${v ? "logged" : "escaped"}
      def hello(name):
          return f'<h1>Hello, {name}!</h1>'
    `,
  ),
  ...whole(
    "CWE-79",
    "cookie parsed with int() in try/except: the except branch keeps the raw cookie vs uses 0",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/visits')
      def visits():
          raw = request.cookies.get('visits', '0')
          try:
              count = int(raw)
          except ValueError:
              count = ${v ? "raw" : "0"}
          return f'<p>You have been here {count} times.</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "pydantic body: a plain str comment vs a Field with a strict alphanumeric pattern, echoed into HTML",
    (v) => `
      from typing import Annotated
      from flask import Flask, abort, request
      from pydantic import BaseModel, Field, ValidationError

      app = Flask(__name__)


      class Comment(BaseModel):
          author: ${v ? "str" : "Annotated[str, Field(pattern=r'^[A-Za-z0-9 ]{1,40}$')]"}
          stars: int = 5


      @app.route('/comment/preview', methods=['POST'])
      def preview():
          try:
              c = Comment.model_validate(request.get_json(force=True))
          except ValidationError:
              abort(400)
          return '<div class="by">' + c.author + '</div><div>' + '*' * c.stars + '</div>'
    `,
  ),
  ...whole(
    "CWE-79",
    "User-Agent classified by a match statement: the default arm echoes the header vs names a constant",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/client')
      def client():
          ua = request.headers.get('User-Agent', '')
          match ua.split('/')[0]:
              case 'curl':
                  kind = 'command line'
              case 'Mozilla':
                  kind = 'browser'
              case other:
                  kind = ${v ? "other" : "'unknown'"}
          return '<p>Client: ' + kind + '</p>'
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "startswith(BASE) on the joined path vs on os.path.realpath() of it, then open()",
    (v) => `
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)
      BASE = '/srv/exports/'


      @app.route('/export')
      def export():
          path = ${v ? "os.path.join(BASE, request.args.get('f', ''))" : "os.path.realpath(os.path.join(BASE, request.args.get('f', '')))"}
          if not path.startswith(BASE):
              abort(403)
          with open(path, 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "early abort checks the folder argument but the file name goes unchecked vs both checked",
    (v) => `
      import os
      from flask import Flask, abort, request, send_file

      app = Flask(__name__)
      ROOT = '/srv/share'
      FOLDERS = {'public', 'docs'}


      @app.route('/get')
      def get():
          folder = request.args.get('folder', 'public')
          name = request.args.get('name', 'index.txt')
          if folder not in FOLDERS:
              abort(404)
          ${v ? "" : "if '/' in name or '\\\\' in name or name.startswith('.'):\n              abort(400)"}
          return send_file(os.path.join(ROOT, folder, name))
    `,
  ),
  ...whole(
    "CWE-22",
    "upload wrapper: a safe_name property that returns the raw filename vs secure_filename() of it",
    (v) => `
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOADS = '/srv/uploads'


      class Upload:
          def __init__(self, storage):
              self.storage = storage

          @property
          def safe_name(self):
              return ${v ? "self.storage.filename" : "secure_filename(self.storage.filename) or 'upload.bin'"}

          def save(self):
              dest = os.path.join(UPLOADS, self.safe_name)
              self.storage.save(dest)
              return dest


      @app.route('/upload', methods=['POST'])
      def upload():
          return {'saved': Upload(request.files['doc']).save()}
    `,
  ),
  ...whole(
    "CWE-22",
    "page number via int() in try/except: except keeps the raw argument vs falls back to 1",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/manual')
      def manual():
          raw = request.args.get('page', '1')
          try:
              page = int(raw)
          except ValueError:
              page = ${v ? "raw" : "1"}
          with open(f'/srv/manual/page-{page}.html') as fh:
              return fh.read()
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "marshmallow schema: fields.Str without a validator vs validate.Regexp of word characters, into an LDAP filter",
    (v) => `
      import ldap3
      from flask import Flask, request
      from marshmallow import Schema, ValidationError, fields, validate

      app = Flask(__name__)


      class UserQuery(Schema):
          uid = fields.Str(required=True${v ? "" : ", validate=validate.Regexp(r'^[a-z0-9_]{1,32}$')"})


      @app.route('/ldap/user', methods=['POST'])
      def ldap_user():
          try:
              data = UserQuery().load(request.form)
          except ValidationError:
              return 'bad uid', 400
          conn = ldap3.Connection(ldap3.Server('ldap://ldap.local'), auto_bind=True)
          conn.search('ou=people,dc=corp,dc=local', '(uid=' + data['uid'] + ')', attributes=['cn', 'mail'])
          return {'entries': [e.entry_to_json() for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "WTForms form validated with DataRequired only vs a Regexp validator, its data put into a python-ldap filter",
    (v) => `
      import ldap
      from flask import Flask, abort, request
      from wtforms import Form, StringField
      from wtforms.validators import DataRequired, Regexp

      app = Flask(__name__)


      class GroupForm(Form):
          group = StringField('group', validators=[DataRequired()${v ? "" : ", Regexp(r'^[A-Za-z0-9-]{1,64}$')"}])


      @app.route('/ldap/group', methods=['POST'])
      def ldap_group():
          form = GroupForm(request.form)
          if not form.validate():
              abort(400)
          conn = ldap.initialize('ldap://ldap.local')
          flt = '(&(objectClass=groupOfNames)(cn=%s))' % form.group.data
          res = conn.search_s('ou=groups,dc=corp,dc=local', ldap.SCOPE_SUBTREE, flt, ['member'])
          return {'count': len(res)}
    `,
  ),
  ...whole(
    "CWE-90",
    "decorator passes the path parameter lower-cased vs escaped with escape_filter_chars",
    (v) => `
      import functools
      import ldap3
      from flask import Flask
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      def ldap_arg(view):
          @functools.wraps(view)
          def wrapper(name):
              return view(${v ? "name.lower()" : "escape_filter_chars(name)"})
          return wrapper


      @app.route('/people/<name>')
      @ldap_arg
      def people(name):
          conn = ldap3.Connection(ldap3.Server('ldap.local'), auto_bind=True)
          conn.search('dc=corp,dc=local', f'(cn={name})', attributes=['mail'])
          return {'n': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "department kept on flask.g: the check is on another argument vs on the department itself",
    (v) => `
      from flask import Flask, abort, g, request
      from lxml import etree

      app = Flask(__name__)
      DEPTS = {'sales', 'hr', 'it'}
      DOC = etree.parse('/srv/data/staff.xml')


      def staff_names():
          return [e.text for e in DOC.xpath("//dept[@name='" + g.dept + "']/person/name")]


      @app.route('/staff')
      def staff():
          dept = request.args.get('dept', 'sales')
          fmt = request.args.get('fmt', 'json')
          if ${v ? "fmt not in ('json', 'csv')" : "dept not in DEPTS"}:
              abort(400)
          g.dept = dept
          return {'names': staff_names()}
    `,
  ),
  ...whole(
    "CWE-643",
    "the author checked with re.search (any letter anywhere passes) vs re.fullmatch, in a helper that raises",
    (v) => `
      import re
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('/srv/data/books.xml')


      def ensure_name(name):
          if not re.${v ? "search" : "fullmatch"}(r'[A-Za-z ]{1,60}', name):
              raise ValueError('bad author')


      @app.route('/books')
      def books():
          author = request.args.get('author', '')
          try:
              ensure_name(author)
          except ValueError:
              return 'bad author', 400
          titles = TREE.xpath("//book[author='" + author + "']/title/text()")
          return {'titles': [str(t) for t in titles]}
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "preferences object: a lang property returning the raw cookie vs a value looked up in a server-side table, stored in the session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only'
      LANGS = {'en': 'en', 'de': 'de', 'fr': 'fr'}


      class Prefs:
          def __init__(self, cookies):
              self._cookies = cookies

          @property
          def lang(self):
              raw = self._cookies.get('lang', 'en')
              return ${v ? "raw" : "LANGS.get(raw, 'en')"}


      @app.route('/prefs')
      def prefs():
          session['lang'] = Prefs(request.cookies).lang
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "match on the requested layout: a capture arm stores the request value in the session vs every arm stores a constant",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only'


      @app.route('/layout', methods=['POST'])
      def layout():
          match request.form.get('layout'):
              case 'wide':
                  chosen = 'wide'
              case 'narrow':
                  chosen = 'narrow'
              case ${v ? "other:\n                  chosen = other" : "_:\n                  chosen = 'default'"}
          session['layout'] = chosen
          return 'saved'
    `,
  ),
  // --- CWE-330 / CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "dataclass default_factory for the reset token: random.choices vs secrets.token_urlsafe",
    (v) => `
      import random
      import secrets
      import string
      from dataclasses import dataclass, field
      from flask import Flask, request

      app = Flask(__name__)


      def _token():
          return ${v ? "''.join(random.choices(string.ascii_letters + string.digits, k=32))" : "secrets.token_urlsafe(24)"}


      @dataclass
      class ResetTicket:
          email: str
          token: str = field(default_factory=_token)


      @app.route('/password/reset', methods=['POST'])
      def reset():
          ticket = ResetTicket(request.form['email'])
          return {'sent_to': ticket.email, 'ref': ticket.token[:4]}
    `,
  ),
  ...whole(
    "CWE-338",
    "class attribute RNG used for session ids: random.Random() vs random.SystemRandom()",
    (v) => `
      import random
      from flask import Flask, make_response

      app = Flask(__name__)
      ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'


      class SessionIds:
          _rng = ${v ? "random.Random()" : "random.SystemRandom()"}

          @classmethod
          def new(cls):
              return ''.join(cls._rng.choice(ALPHABET) for _ in range(32))


      @app.route('/login', methods=['POST'])
      def login():
          resp = make_response('welcome')
          resp.set_cookie('sid', SessionIds.new(), secure=True, httponly=True, samesite='Lax')
          return resp
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "hashlib.new() with the requested algorithm checked against hashlib.algorithms_guaranteed (md5 included) vs a sha2 allow-list",
    (v) => `
      import hashlib
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/fingerprint', methods=['POST'])
      def fingerprint():
          algo = request.args.get('algo', 'sha256')
          if algo not in ${v ? "hashlib.algorithms_guaranteed" : "('sha256', 'sha384', 'sha512')"}:
              abort(400)
          h = hashlib.new(algo)
          h.update(request.get_data())
          return {'digest': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "password record: a digest property using md5 vs hashlib.scrypt with a salt",
    (v) => `
      import hashlib
      import os
      from flask import Flask, request

      app = Flask(__name__)


      class PasswordRecord:
          def __init__(self, password):
              self.password = password
              self.salt = os.urandom(16)

          @property
          def digest(self):
              return ${
                v
                  ? "hashlib.md5(self.salt + self.password.encode()).hexdigest()"
                  : "hashlib.scrypt(self.password.encode(), salt=self.salt, n=2**14, r=8, p=1).hex()"
              }


      @app.route('/register', methods=['POST'])
      def register():
          rec = PasswordRecord(request.form['password'])
          return {'salt': rec.salt.hex(), 'hash': rec.digest}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "match on the requested profile: a legacy arm builds a TripleDES cipher vs every arm uses AES-GCM",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/seal', methods=['POST'])
      def seal():
          iv = os.urandom(12)
          match request.args.get('profile', 'modern'):
              case 'legacy':
                  cipher = ${v ? "Cipher(algorithms.TripleDES(KEY[:24]), modes.CBC(iv[:8] * 1))" : "Cipher(algorithms.AES(KEY[:16]), modes.GCM(iv))"}
              case _:
                  cipher = Cipher(algorithms.AES(KEY), modes.GCM(iv))
          enc = cipher.encryptor()
          body = enc.update(request.get_data()) + enc.finalize()
          return {'iv': iv.hex(), 'body': body.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "subclass overrides new_cipher(): DES in ECB mode vs AES in GCM mode",
    (v) => `
      import os
      from Crypto.Cipher import AES, DES
      from flask import Flask, request

      app = Flask(__name__)


      class Sealer:
          key = os.urandom(32)

          def new_cipher(self):
              return AES.new(self.key, AES.MODE_GCM)

          def seal(self, data):
              c = self.new_cipher()
              return c.encrypt(data)


      class CompatSealer(Sealer):
          def new_cipher(self):
              return ${v ? "DES.new(self.key[:8], DES.MODE_ECB)" : "AES.new(self.key[:16], AES.MODE_GCM)"}


      @app.route('/compat/seal', methods=['POST'])
      def compat_seal():
          data = request.get_data()
          data += b' ' * (-len(data) % 8)
          return CompatSealer().seal(data).hex()
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "Response subclass overriding set_cookie: only defaults httponly vs forces secure and httponly",
    (v) => `
      import secrets
      from flask import Flask, Response

      app = Flask(__name__)


      class AppResponse(Response):
          def set_cookie(self, key, value='', **kwargs):
              ${v ? "kwargs.setdefault('httponly', True)" : "kwargs['secure'] = True\n              kwargs['httponly'] = True"}
              super().set_cookie(key, value, **kwargs)


      @app.route('/session/start')
      def start():
          resp = AppResponse('started')
          resp.set_cookie('sid', secrets.token_urlsafe(32), samesite='Lax')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "cookie options kept in a module dict and splatted: secure False vs True",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)
      COOKIE_OPTS = {'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Strict', 'max_age': 3600}


      @app.route('/remember', methods=['POST'])
      def remember():
          resp = make_response('remembered')
          resp.set_cookie('remember_token', secrets.token_hex(32), **COOKIE_OPTS)
          return resp
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "signed pickle cookie: unpickled before the HMAC is compared (check after use) vs compared first",
    (v) => `
      import base64
      import hashlib
      import hmac
      import os
      import pickle
      from flask import Flask, abort, request

      app = Flask(__name__)
      SECRET = os.environ['CART_SECRET'].encode()


      @app.route('/cart')
      def cart():
          blob = base64.urlsafe_b64decode(request.cookies.get('cart', ''))
          sig = base64.urlsafe_b64decode(request.cookies.get('cart_sig', ''))
          expected = hmac.new(SECRET, blob, hashlib.sha256).digest()
          ${
            v
              ? "items = pickle.loads(blob)\n          if not hmac.compare_digest(sig, expected):\n              abort(403)"
              : "if not hmac.compare_digest(sig, expected):\n              abort(403)\n          items = pickle.loads(blob)"
          }
          return {'items': len(items)}
    `,
  ),
  ...whole(
    "CWE-502",
    "the loader is a class attribute: yaml.UnsafeLoader vs yaml.SafeLoader, for an uploaded file",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      class ConfigImport:
          loader = ${v ? "yaml.UnsafeLoader" : "yaml.SafeLoader"}

          def parse(self, stream):
              return yaml.load(stream, Loader=self.loader)


      @app.route('/config/import', methods=['POST'])
      def config_import():
          cfg = ConfigImport().parse(request.files['cfg'].stream)
          return {'keys': sorted(cfg)}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "startswith('/') check lets //host through vs also rejecting a netloc, a scheme, // and backslashes",
    (v) => `
      from urllib.parse import urlparse
      from flask import Flask, abort, redirect, request

      app = Flask(__name__)


      @app.route('/continue')
      def cont():
          nxt = request.args.get('next', '/')
          ${
            v
              ? "if not nxt.startswith('/'):\n              abort(400)"
              : "parts = urlparse(nxt)\n          if parts.scheme or parts.netloc or not nxt.startswith('/') or nxt.startswith('//') or '\\\\' in nxt:\n              abort(400)"
          }
          return redirect(nxt)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: url_has_allowed_host_and_scheme() checks GET['next'] but POST['next'] is followed vs the same value checked",
    (v) => `
      from django.http import HttpResponseRedirect
      from django.shortcuts import redirect
      from django.utils.http import url_has_allowed_host_and_scheme


      def after_login(request):
          checked = request.GET.get('next', '/')
          target = ${v ? "request.POST.get('next', '/')" : "checked"}
          if not url_has_allowed_host_and_scheme(checked, allowed_hosts={request.get_host()}, require_https=True):
              return redirect('/')
          return HttpResponseRedirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "substring test for the trusted domain vs urlparse().hostname in an allow-set, early return otherwise",
    (v) => `
      from urllib.parse import urlparse
      from flask import Flask, redirect, request

      app = Flask(__name__)
      TRUSTED = {'example.com', 'www.example.com'}


      @app.route('/out')
      def out():
          target = request.args.get('to', '')
          if ${v ? "'example.com' not in target" : "urlparse(target).hostname not in TRUSTED"}:
              return redirect('/')
          return redirect(target)
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "re.match of digits (anchored only at the start) vs re.fullmatch, before eval",
    (v) => `
      import re
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/double')
      def double():
          n = request.args.get('n', '0')
          if not re.${v ? "match" : "fullmatch"}(r'[0-9]{1,9}', n):
              abort(400)
          return str(eval(n + ' * 2'))
    `,
  ),
  ...whole(
    "CWE-94",
    "JSON field parsed with float() in try/except: except keeps the raw text vs a constant, then exec'd in a template",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/scale', methods=['POST'])
      def scale():
          raw = str(request.get_json().get('factor', '1'))
          try:
              factor = float(raw)
          except ValueError:
              factor = ${v ? "raw" : "1.0"}
          scope = {}
          exec(f'result = 10 * {factor}', {}, scope)
          return {'result': scope['result']}
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "lxml parser kept as a class attribute: resolve_entities=True with network vs resolve_entities=False, no_network",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      class FeedImporter:
          parser = etree.XMLParser(${v ? "resolve_entities=True, no_network=False" : "resolve_entities=False, no_network=True"})

          def titles(self, data):
              root = etree.fromstring(data, self.parser)
              return [t.text for t in root.iter('title')]


      @app.route('/feeds/import', methods=['POST'])
      def import_feed():
          return {'titles': FeedImporter().titles(request.files['feed'].read())}
    `,
  ),
  ...whole(
    "CWE-611",
    "xml.sax parser with the external-general-entities feature turned on vs off",
    (v) => `
      import xml.sax
      from xml.sax.handler import feature_external_ges
      from flask import Flask, request

      app = Flask(__name__)


      class Counter(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.n = 0

          def startElement(self, name, attrs):
              self.n += 1


      @app.route('/xml/count', methods=['POST'])
      def count():
          parser = xml.sax.make_parser()
          parser.setFeature(feature_external_ges, ${v ? "True" : "False"})
          handler = Counter()
          parser.setContentHandler(handler)
          parser.parse(request.files['doc'].stream)
          return {'elements': handler.n}
    `,
  ),
];
