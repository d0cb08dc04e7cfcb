// Dev suite "py-web", batch 44 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views, two insecure/safe twins per category, varying the object-level
// plumbing between source and sink: @dataclass / NamedTuple / SimpleNamespace fields holding the value or a
// constant, a class attribute vs an instance attribute of the same name, @property returning a constant or the
// stored value, a subclass overriding the method that returns the value, enum.Enum members chosen by the request,
// getattr(obj, 'name') with constant names, setattr, vars(obj)[k], obj.__dict__, decorators that sanitise or
// replace the argument, closures capturing a constant or the value, functools.lru_cache helpers, contextvars and
// threading.local. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch44: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH44: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "@dataclass Job(cmd=value, fallback='uptime'): os.system(job.cmd) vs os.system(job.fallback)",
    (v) => `
      import os
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Job:
          cmd: str
          fallback: str = 'uptime'


      @app.route('/ops/run')
      def ops_run():
          param = request.args.get('cmd', '')
          job = Job(cmd=param)
          rc = os.system(job.${v ? "cmd" : "fallback"})
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "instance attribute target = value shadowing the class attribute 'date': self.target vs Runner.target in a shell run",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class Runner:
          target = 'date'

          def __init__(self, value):
              self.target = value

          def run(self):
              return subprocess.check_output(${v ? "self.target" : "Runner.target"}, shell=True, text=True)


      @app.route('/ops/exec', methods=['POST'])
      def ops_exec():
          param = request.form.get('cmd', '')
          return Runner(param).run()
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "NamedTuple Query(table='users', name=value): f-string with q.name in the SQL vs q.table in the SQL and q.name bound",
    (v) => `
      import sqlite3
      from typing import NamedTuple
      from flask import Flask, request

      app = Flask(__name__)


      class Query(NamedTuple):
          name: str
          table: str = 'users'


      @app.route('/users/find')
      def users_find():
          q = Query(request.args.get('name', ''))
          conn = sqlite3.connect('app.db')
          ${v ? `rows = conn.execute(f"SELECT id FROM {q.table} WHERE name = '{q.name}'").fetchall()` : `rows = conn.execute(f"SELECT id FROM {q.table} WHERE name = ?", (q.name,)).fetchall()`}
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "@property column returning the stored request value vs the constant 'created_at', in ORDER BY",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Sort:
          def __init__(self, raw):
              self._raw = raw

          @property
          def column(self):
              return ${v ? "self._raw" : "'created_at'"}


      @app.route('/posts')
      def posts():
          s = Sort(request.args.get('sort', 'id'))
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          cur.execute('SELECT id, title FROM posts ORDER BY ' + s.column)
          return {'rows': cur.fetchall()}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "Base.text() returns the stored value, subclass Safe overrides it with html.escape: Base(value) vs Safe(value) in the page",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class Base:
          def __init__(self, value):
              self.value = value

          def text(self):
              return self.value


      class Safe(Base):
          def text(self):
              return html.escape(self.value)


      @app.route('/hello')
      def hello():
          param = request.args.get('name', '')
          w = ${v ? "Base(param)" : "Safe(param)"}
          return '<p>Hello ' + w.text() + '</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "decorator that only logs the argument vs one that html-escapes it before the view helper builds the HTML",
    (v) => `
      import functools
      import html
      import logging
      from flask import Flask, request

      app = Flask(__name__)
      log = logging.getLogger(__name__)


      def cleaned(fn):
          @functools.wraps(fn)
          def wrapper(value):
              log.info('render %d chars', len(value))
              return fn(${v ? "value" : "html.escape(value)"})
          return wrapper


      @cleaned
      def card(name):
          return '<div class="card">' + name + '</div>'


      @app.route('/card', methods=['POST'])
      def show_card():
          return card(request.form.get('name', ''))
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "enum.Enum of report files looked up by the request name: unknown name falls back to the raw value vs to Report.DAILY",
    (v) => `
      import enum
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/reports'


      class Report(enum.Enum):
          DAILY = 'daily.txt'
          WEEKLY = 'weekly.txt'


      @app.route('/reports')
      def reports():
          param = request.args.get('kind', 'daily')
          member = Report.__members__.get(param.upper())
          ${v ? "name = member.value if member else param" : "name = (member or Report.DAILY).value"}
          with open(os.path.join(BASE, name)) as f:
              return f.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "getattr(paths, 'user_file') (the request value) vs getattr(paths, 'default_file') (a constant) as the opened file",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      BASE = '/srv/files'


      class Paths:
          def __init__(self, user_file):
              self.user_file = user_file
              self.default_file = 'index.txt'


      @app.route('/files')
      def files():
          p = Paths(request.args.get('file', ''))
          name = getattr(p, '${v ? "user_file" : "default_file"}')
          return send_file(os.path.join(BASE, name))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "setattr(q, 'uid', value) vs setattr(q, 'uid', escape_filter_chars(value)), then an ldap3 filter from q.uid",
    (v) => `
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars
      from flask import Flask, request

      app = Flask(__name__)


      class LookupReq:
          uid = ''


      @app.route('/dir/user')
      def dir_user():
          q = LookupReq()
          setattr(q, 'uid', ${v ? "request.args.get('uid', '')" : "escape_filter_chars(request.args.get('uid', ''))"})
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', '(&(objectClass=person)(uid=' + q.uid + '))', attributes=['cn'])
          return {'n': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "SimpleNamespace(uid=value, group='staff'): vars(ns)['uid'] vs vars(ns)['group'] in the search filter",
    (v) => `
      from types import SimpleNamespace
      from ldap3 import Connection, Server
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/dir/members')
      def dir_members():
          ns = SimpleNamespace(uid=request.args.get('uid', ''), group='staff')
          key = '${v ? "uid" : "group"}'
          flt = '(&(objectClass=person)(memberOf=cn=%s,ou=groups,dc=example,dc=com))' % vars(ns)[key]
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', flt, attributes=['cn'])
          return {'uid': ns.uid, 'n': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "obj.__dict__.update(name=value, kind='book'): __dict__['name'] vs __dict__['kind'] in the XPath",
    (v) => `
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)


      class Criteria:
          pass


      @app.route('/xml/item')
      def xml_item():
          c = Criteria()
          c.__dict__.update(name=request.args.get('name', ''), kind='book')
          expr = "//item[@type='" + c.__dict__['${v ? "name" : "kind"}'] + "']/title/text()"
          tree = etree.parse('items.xml')
          return {'titles': tree.xpath(expr)}
    `,
  ),
  ...whole(
    "CWE-643",
    "closure capturing the request value vs a constant, returning the XPath it runs",
    (v) => `
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)


      def make_query(user):
          def query():
              return "//account[@owner='" + user + "']/balance/text()"
          return query


      @app.route('/xml/balance')
      def xml_balance():
          param = request.form.get('owner', '')
          q = make_query(${v ? "param" : "'system'"})
          tree = etree.parse('accounts.xml')
          return {'owner': param, 'balance': tree.xpath(q())}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "enum.Enum of algorithm names: hashlib.new(Algo.LEGACY.value) ('md5') vs Algo.CURRENT.value ('sha256') on the password",
    (v) => `
      import enum
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      class Algo(enum.Enum):
          LEGACY = 'md5'
          CURRENT = 'sha256'


      @app.route('/account/digest', methods=['POST'])
      def account_digest():
          pw = request.form.get('password', '')
          h = hashlib.new(Algo.${v ? "LEGACY" : "CURRENT"}.value, pw.encode('utf-8'))
          return {'digest': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "functools.lru_cache helper returning the hash constructor hashlib.sha1 vs hashlib.sha256",
    (v) => `
      import functools
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @functools.lru_cache(maxsize=None)
      def hasher():
          return hashlib.${v ? "sha1" : "sha256"}


      @app.route('/account/secret', methods=['POST'])
      def account_secret():
          secret = request.form.get('secret', '')
          return {'h': hasher()(secret.encode()).hexdigest()}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "@dataclass Spec with a mode field default_factory modes.ECB vs a GCM mode with a fresh nonce",
    (v) => `
      import os
      from dataclasses import dataclass, field
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @dataclass
      class Spec:
          key: bytes = KEY
          mode: object = field(default_factory=${v ? "modes.ECB" : "lambda: modes.GCM(os.urandom(12))"})


      @app.route('/vault/seal', methods=['POST'])
      def vault_seal():
          spec = Spec()
          data = request.get_data()
          enc = Cipher(algorithms.AES(spec.key), spec.mode).encryptor()
          ${v ? "data = data.ljust((len(data) + 15) // 16 * 16, b'\\0')\n          return (enc.update(data) + enc.finalize()).hex()" : "ct = enc.update(data) + enc.finalize()\n          return (spec.mode.initialization_vector + enc.tag + ct).hex()"}
    `,
  ),
  ...whole(
    "CWE-327",
    "subclass overriding algorithm(): Blowfish vs AES, used with CBC and PKCS7 padding",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)


      class Box:
          block = 128

          def algorithm(self):
              return algorithms.AES(KEY)

          def seal(self, data):
              iv = os.urandom(self.block // 8)
              padder = padding.PKCS7(self.block).padder()
              data = padder.update(data) + padder.finalize()
              enc = Cipher(self.algorithm(), modes.CBC(iv)).encryptor()
              return iv + enc.update(data) + enc.finalize()


      class CompatBox(Box):
          block = ${v ? "64" : "128"}

          def algorithm(self):
              return ${v ? "algorithms.Blowfish(KEY)" : "algorithms.AES(KEY)"}


      @app.route('/vault/box', methods=['POST'])
      def vault_box():
          return CompatBox().seal(request.get_data()).hex()
    `,
  ),
  // --- CWE-338 weak random ---
  ...whole(
    "CWE-338",
    "threading.local caching a per-thread random.Random() vs random.SystemRandom() for an API key",
    (v) => `
      import random
      import string
      import threading
      from flask import Flask, request

      app = Flask(__name__)
      _local = threading.local()


      def rng():
          if not hasattr(_local, 'r'):
              _local.r = random.${v ? "Random()" : "SystemRandom()"}
          return _local.r


      @app.route('/keys/new', methods=['POST'])
      def keys_new():
          owner = request.form.get('owner', '')
          key = ''.join(rng().choice(string.ascii_letters + string.digits) for _ in range(40))
          return {'owner': owner, 'api_key': key}
    `,
  ),
  ...whole(
    "CWE-338",
    "@property source returning the random module vs secrets.SystemRandom(), getrandbits for a reset token",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)


      class Tokens:
          @property
          def source(self):
              return ${v ? "random" : "secrets.SystemRandom()"}

          def reset_token(self):
              return '%032x' % self.source.getrandbits(128)


      @app.route('/password/forgot', methods=['POST'])
      def forgot():
          email = request.form.get('email', '')
          return {'email': email, 'token': Tokens().reset_token()}
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "NamedTuple CookieOpts(secure=False vs True, httponly=True) fields passed to set_cookie",
    (v) => `
      from typing import NamedTuple
      from flask import Flask, make_response, request

      app = Flask(__name__)


      class CookieOpts(NamedTuple):
          secure: bool = ${v ? "False" : "True"}
          httponly: bool = True


      OPTS = CookieOpts()


      @app.route('/login', methods=['POST'])
      def login():
          user = request.form.get('user', '')
          resp = make_response('welcome')
          resp.set_cookie('user', user, secure=OPTS.secure, httponly=OPTS.httponly, samesite='Lax')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "class attribute secure and an instance attribute of the same name: instance False over class True vs instance True over class False",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      class Policy:
          secure = ${v ? "True" : "False"}

          def __init__(self):
              self.secure = ${v ? "False" : "True"}


      @app.route('/prefs', methods=['POST'])
      def prefs():
          theme = request.form.get('theme', 'light')
          p = Policy()
          resp = make_response('saved')
          resp.set_cookie('theme', theme, secure=p.secure, httponly=True)
          return resp
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "contextvars.ContextVar set to the request user vs to ROLES.get(user, 'guest') (a constant dict value), then session",
    (v) => `
      import contextvars
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'
      current_user = contextvars.ContextVar('current_user', default='guest')
      ROLES = {'a': 'alice', 'b': 'bob'}


      @app.route('/as')
      def act_as():
          param = request.args.get('user', '')
          current_user.set(${v ? "param" : "ROLES.get(param, 'guest')"})
          session['user'] = current_user.get()
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "decorator passing the stripped argument vs one replacing it with 'guest' before the helper stores it in session",
    (v) => `
      import functools
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'


      def normalised(fn):
          @functools.wraps(fn)
          def wrapper(name):
              return fn(${v ? "name.strip()" : "'guest'"})
          return wrapper


      @normalised
      def remember(name):
          session['display_name'] = name


      @app.route('/remember', methods=['POST'])
      def remember_view():
          remember(request.form.get('name', ''))
          return {'ok': True}
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "SimpleNamespace(expr=value, default='1 + 1'): eval(ns.expr) vs eval(ns.default)",
    (v) => `
      from types import SimpleNamespace
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/calc')
      def calc():
          ns = SimpleNamespace(expr=request.args.get('expr', ''), default='1 + 1')
          return {'expr': ns.expr, 'result': eval(ns.${v ? "expr" : "default"})}
    `,
  ),
  ...whole(
    "CWE-94",
    "functools.lru_cache compile() helper fed the request text vs a FORMULAS dict value chosen by it, then eval",
    (v) => `
      import functools
      from flask import Flask, request

      app = Flask(__name__)
      FORMULAS = {'area': '3.14159 * 2 ** 2', 'sum': '1 + 2 + 3'}


      @functools.lru_cache(maxsize=128)
      def compiled(src):
          return compile(src, '<formula>', 'eval')


      @app.route('/formula')
      def formula():
          param = request.args.get('f', 'sum')
          code = compiled(${v ? "param" : "FORMULAS.get(param, '0')"})
          return {'value': eval(code)}
    `,
  ),
  // --- CWE-502 deserialisation ---
  ...whole(
    "CWE-502",
    "@dataclass Payload(raw=request body, defaults=pickled constant): pickle.loads(p.raw) vs pickle.loads(p.defaults)",
    (v) => `
      import pickle
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = pickle.dumps({'theme': 'light', 'lang': 'en'})


      @dataclass
      class Payload:
          raw: bytes
          defaults: bytes = DEFAULTS


      @app.route('/prefs/load', methods=['POST'])
      def prefs_load():
          p = Payload(raw=request.get_data())
          prefs = pickle.loads(p.${v ? "raw" : "defaults"})
          return {'prefs': prefs, 'size': len(p.raw)}
    `,
  ),
  ...whole(
    "CWE-502",
    "Source.data() returns the request body; subclass Fixed overrides it with a constant blob: Source() vs Fixed() into pickle.loads",
    (v) => `
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      BLOB = pickle.dumps(['a', 'b'])


      class Source:
          def data(self):
              return request.get_data()

          def load(self):
              return pickle.loads(self.data())


      class Fixed(Source):
          def data(self):
              return BLOB


      @app.route('/state', methods=['POST'])
      def state():
          return {'state': ${v ? "Source()" : "Fixed()"}.load()}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "enum.Enum of destinations by name: KeyError falls back to the raw value vs to Dest.HOME",
    (v) => `
      import enum
      from flask import Flask, redirect, request

      app = Flask(__name__)


      class Dest(enum.Enum):
          HOME = '/'
          DOCS = '/docs'
          BILLING = '/account/billing'


      @app.route('/go')
      def go():
          param = request.args.get('to', 'HOME')
          try:
              url = Dest[param].value
          except KeyError:
              url = ${v ? "param" : "Dest.HOME.value"}
          return redirect(url)
    `,
  ),
  ...whole(
    "CWE-601",
    "@property target returning the stored next value vs the constant '/dashboard'",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      class LoginFlow:
          def __init__(self, nxt):
              self._next = nxt

          @property
          def target(self):
              return ${v ? "self._next" : "'/dashboard'"}


      @app.route('/login/done', methods=['POST'])
      def login_done():
          flow = LoginFlow(request.form.get('next', '/'))
          return redirect(flow.target)
    `,
  ),
];
