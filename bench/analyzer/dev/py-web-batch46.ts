// Dev suite "py-web", batch 46 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask / Django / FastAPI views (fifth wave), insecure/safe twins per
// category, stressing the value reaching the sink through objects and helpers: a class attribute or @property, a
// dataclass field, a same-file helper returning the value or a constant, a dict / list / tuple built and read at
// constant keys and indexes (list.pop before the read, a constant string indexed for a match subject), a value
// passed through two functions, and constant conditions deciding the flow ((7 * 18) + num > 200, ternaries,
// match). Each safe twin differs only in the one thing that makes it safe. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch46: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH46: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "ternary on (7 * 18) + num > 200 with num = 106: bar = param if ... else 'uptime' vs 'uptime' if ... else param",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-00101', methods=['GET', 'POST'])
      def cmdi_00101():
          param = request.values.get('BenchmarkTest00101', '')
          num = 106
          bar = ${v ? "param if (7 * 18) + num > 200 else 'uptime'" : "'uptime' if (7 * 18) + num > 200 else param"}
          rc = subprocess.call(bar, shell=True)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "value passed through two functions building 'nslookup ' + v vs 'nslookup ' + shlex.quote(v), run by os.system",
    (v) => `
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      def lookup_command(host):
          return _with_tool(host.strip())


      def _with_tool(host):
          return 'nslookup ' + ${v ? "host" : "shlex.quote(host)"}


      @app.route('/dns/lookup')
      def dns_lookup():
          param = request.args.get('host', '')
          status = os.system(lookup_command(param))
          return {'status': status}
    `,
  ),
  ...whole(
    "CWE-78",
    "Django view: match on a constant mode ('dynamic' vs 'static') picking the request value or 'localhost' for os.popen",
    (v) => `
      import os
      from django.http import HttpResponse


      def ping_view(request):
          param = request.GET.get('target', '')
          mode = '${v ? "dynamic" : "static"}'
          match mode:
              case 'static':
                  target = 'localhost'
              case _:
                  target = param
          out = os.popen('ping -c 1 ' + target).read()
          return HttpResponse(out, content_type='text/plain')
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "list ['safe', param, 'moresafe'] with pop(0) before the read: values[0] (param) vs values[1] ('moresafe')",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-00202', methods=['POST'])
      def sqli_00202():
          param = request.form.get('BenchmarkTest00202', '')
          values = ['safe', param, 'moresafe']
          values.pop(0)
          bar = values[${v ? "0" : "1"}]
          sql = "SELECT * FROM USERS WHERE USERNAME='foo' AND PASSWORD='" + bar + "'"
          conn = sqlite3.connect('bench.db')
          rows = conn.cursor().execute(sql).fetchall()
          return {'count': len(rows)}
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI: helper with if (500 / 42) + num > 200 returning the query parameter or 'guest', num = 196 vs 86, into text(f'...')",
    (v) => `
      from fastapi import FastAPI
      from sqlalchemy import create_engine, text

      app = FastAPI()
      engine = create_engine('sqlite:///shop.db')


      def choose_user(value):
          num = ${v ? "196" : "86"}
          if (500 / 42) + num > 200:
              return value
          return 'guest'


      @app.get('/orders')
      def orders(user: str = ''):
          who = choose_user(user)
          with engine.connect() as conn:
              rows = conn.execute(text(f"SELECT id, total FROM orders WHERE owner = '{who}'")).fetchall()
          return {'orders': [dict(r._mapping) for r in rows]}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "class Card(title=value) with a constant footer attribute: '<div>' + card.title vs card.footer returned as HTML",
    (v) => `
      from flask import Flask, request, make_response

      app = Flask(__name__)


      class Card:
          def __init__(self, title):
              self.title = title
              self.footer = '(c) ACME Corp'


      @app.route('/card')
      def card_view():
          param = request.args.get('title', '')
          card = Card(param)
          resp = make_response('<div class="card">' + card.${v ? "title" : "footer"} + '</div>')
          resp.headers['Content-Type'] = 'text/html; charset=utf-8'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "match on a character of a constant string: 'ABC'[2] ('C', param) vs 'ABC'[1] ('B', constant) written into the page",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-00303')
      def xss_00303():
          param = request.args.get('BenchmarkTest00303', '')
          guess = 'ABC'
          switch_target = guess[${v ? "2" : "1"}]
          match switch_target:
              case 'A':
                  bar = param
              case 'B':
                  bar = 'bob'
              case 'C' | 'D':
                  bar = param
              case _:
                  bar = 'bob'
          return f'<p>Hello {bar}</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Django: name passed through two helpers, the second returning n.strip().title() vs escape(n.strip().title())",
    (v) => `
      from django.http import HttpResponse
      from django.utils.html import escape


      def render_name(name):
          return _decorate(name)


      def _decorate(name):
          return ${v ? "name.strip().title()" : "escape(name.strip().title())"}


      def welcome(request):
          param = request.GET.get('name', 'guest')
          return HttpResponse('<h2>Welcome, ' + render_name(param) + '</h2>')
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "helper resolve(name, use_default) called with the constant False vs True: returns the request value or 'index.txt'",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE_DIR = '/srv/app/files'


      def resolve(name, use_default):
          if use_default:
              return 'index.txt'
          return name


      @app.route('/files/read')
      def files_read():
          param = request.args.get('name', '')
          fname = resolve(param, ${v ? "False" : "True"})
          with open(os.path.join(BASE_DIR, fname)) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "@property path joining BASE with self._name vs os.path.basename(self._name), served with send_file",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      BASE = '/var/www/uploads'


      class Upload:
          def __init__(self, name):
              self._name = name

          @property
          def path(self):
              return os.path.join(BASE, ${v ? "self._name" : "os.path.basename(self._name)"})


      @app.route('/uploads/get')
      def uploads_get():
          up = Upload(request.args.get('file', ''))
          return send_file(up.path)
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI: dict of lists {'names': [value, 'default.cfg']} read at ['names'][0] vs ['names'][1] into FileResponse",
    (v) => `
      import os
      from fastapi import FastAPI
      from fastapi.responses import FileResponse

      app = FastAPI()
      CONF_DIR = '/etc/myapp'


      @app.get('/config')
      def get_config(name: str = 'default.cfg'):
          parts = {'names': [name, 'default.cfg']}
          chosen = parts['names'][${v ? "0" : "1"}]
          return FileResponse(os.path.join(CONF_DIR, chosen))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "uid through two functions, normalise() returning uid.strip().lower() vs escape_filter_chars(...), into an ldap3 filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      def normalise(uid):
          return ${v ? "uid.strip().lower()" : "escape_filter_chars(uid.strip().lower())"}


      def build_filter(uid):
          return '(&(objectClass=person)(uid=' + normalise(uid) + '))'


      @app.route('/ldap/user')
      def ldap_user():
          param = request.args.get('uid', '')
          conn = Connection(Server('ldap://ldap.local'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=com', build_filter(param), attributes=['cn', 'mail'])
          return {'entries': [e.entry_to_json() for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "Django + python-ldap: dict {'cn': value, 'ou': 'people'} read at 'cn' vs 'ou' in the search_s filter",
    (v) => `
      import ldap
      from django.http import JsonResponse


      def directory_search(request):
          attrs = {'cn': request.GET.get('cn', ''), 'ou': 'people'}
          conn = ldap.initialize('ldap://ldap.example.com')
          conn.simple_bind_s('', '')
          filt = '(&(objectClass=inetOrgPerson)(${v ? "cn=' + attrs['cn']" : "ou=' + attrs['ou']"} + '))'
          result = conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, filt, ['mail'])
          return JsonResponse({'count': len(result)})
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "if (500 / 42) + num > 200 with num = 86 vs 196: else branch assigns the request value, then lxml xpath by concatenation",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('employees.xml')


      @app.route('/xpathi-00404', methods=['POST'])
      def xpathi_00404():
          param = request.form.get('BenchmarkTest00404', '')
          num = ${v ? "86" : "196"}
          if (500 / 42) + num > 200:
              bar = 'This_should_always_happen'
          else:
              bar = param
          nodes = TREE.xpath("/Employees/Employee[@emplid='" + bar + "']/name/text()")
          return {'names': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "@dataclass Lookup(name=value): f-string XPath with q.name vs the XPath variable $n bound to q.name",
    (v) => `
      from dataclasses import dataclass
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      ROOT = etree.parse('users.xml').getroot()


      @dataclass
      class Lookup:
          name: str
          field: str = 'email'


      @app.route('/users/email')
      def users_email():
          q = Lookup(name=request.args.get('name', ''))
          ${v ? "found = ROOT.xpath(f\"//user[@name='{q.name}']/email/text()\")" : "found = ROOT.xpath('//user[@name=$n]/email/text()', n=q.name)"}
          return {'field': q.field, 'values': [str(x) for x in found]}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "helper pick_mode(iv, legacy) returning modes.ECB() or modes.GCM(iv), called with the constant True vs False",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      def pick_mode(iv, legacy):
          return modes.ECB() if legacy else modes.GCM(iv)


      @app.route('/crypto/seal', methods=['POST'])
      def crypto_seal():
          data = request.get_data()
          data = data + b'\\x00' * (-len(data) % 16)
          iv = os.urandom(12)
          enc = Cipher(algorithms.AES(KEY), pick_mode(iv, ${v ? "True" : "False"})).encryptor()
          ct = enc.update(data) + enc.finalize()
          return {'iv': iv.hex(), 'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "dict of suites {'legacy': (DES, 8), 'modern': (AES, 16)} unpacked at the constant key 'legacy' vs 'modern'",
    (v) => `
      import os
      from Crypto.Cipher import AES, DES
      from flask import Flask, request

      app = Flask(__name__)
      SUITES = {'legacy': (DES, 8), 'modern': (AES, 16)}


      @app.route('/crypto/box', methods=['POST'])
      def crypto_box():
          data = request.get_data()
          mod, key_len = SUITES['${v ? "legacy" : "modern"}']
          cipher = mod.new(os.urandom(key_len), mod.MODE_EAX)
          ct, tag = cipher.encrypt_and_digest(data)
          return {'nonce': cipher.nonce.hex(), 'tag': tag.hex(), 'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django: match on a constant profile 'compat' (ARC4) vs 'modern' (ChaCha20) for the stream cipher",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
      from django.http import JsonResponse


      def encrypt_note(request):
          data = request.body
          key = os.urandom(32)
          nonce = os.urandom(16)
          profile = '${v ? "compat" : "modern"}'
          match profile:
              case 'compat':
                  algo = algorithms.ARC4(key)
              case _:
                  algo = algorithms.ChaCha20(key, nonce)
          enc = Cipher(algo, mode=None).encryptor()
          return JsonResponse({'nonce': nonce.hex(), 'ct': enc.update(data).hex()})
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "password hashed through two functions, the inner one hashlib.md5 vs hashlib.sha256",
    (v) => `
      import hashlib
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      def password_digest(pw):
          return _hash(pw.encode('utf-8'))


      def _hash(data):
          return hashlib.${v ? "md5" : "sha256"}(data).hexdigest()


      @app.route('/register', methods=['POST'])
      def register():
          user = request.form.get('user', '')
          pw = request.form.get('password', '')
          conn = sqlite3.connect('users.db')
          conn.execute('INSERT INTO users (name, pw) VALUES (?, ?)', (user, password_digest(pw)))
          conn.commit()
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "list of algorithm names ['md5', 'sha512'] read at the constant index 0 vs 1 for hashlib.new",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-00505', methods=['POST'])
      def hash_00505():
          param = request.form.get('BenchmarkTest00505', '')
          algorithms = ['md5', 'sha512']
          md = hashlib.new(algorithms[${v ? "0" : "1"}])
          md.update(param.encode())
          return {'stored': md.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "ternary on (7 * 18) + num > 200 choosing hashes.SHA1 vs hashes.SHA256 first for the password hash",
    (v) => `
      from cryptography.hazmat.primitives import hashes
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-00506', methods=['POST'])
      def hash_00506():
          param = request.form.get('BenchmarkTest00506', '')
          num = 106
          hash_cls = ${v ? "hashes.SHA1 if (7 * 18) + num > 200 else hashes.SHA256" : "hashes.SHA256 if (7 * 18) + num > 200 else hashes.SHA1"}
          h = hashes.Hash(hash_cls())
          h.update(param.encode('utf-8'))
          return {'hash': h.finalize().hex()}
    `,
  ),
  // --- CWE-338 weak random ---
  ...whole(
    "CWE-338",
    "@property token on a Session class: '%032x' % random.getrandbits(128) vs secrets.token_hex(16), set as the session id",
    (v) => `
      import random
      import secrets
      from flask import Flask, request, make_response

      app = Flask(__name__)


      class LoginSession:
          def __init__(self, user):
              self.user = user

          @property
          def token(self):
              return ${v ? "'%032x' % random.getrandbits(128)" : "secrets.token_hex(16)"}


      @app.route('/login', methods=['POST'])
      def login():
          s = LoginSession(request.form.get('user', ''))
          resp = make_response({'user': s.user})
          resp.set_cookie('sid', s.token, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "dict of generators {'fast': random.random, 'secure': SystemRandom().random} called at 'fast' vs 'secure' for a remember-me value",
    (v) => `
      import random
      import secrets
      from flask import Flask, make_response, request

      app = Flask(__name__)
      GENERATORS = {'fast': random.random, 'secure': secrets.SystemRandom().random}


      @app.route('/weakrand-00606')
      def weakrand_00606():
          user = request.args.get('user', 'anon')
          rand = GENERATORS['${v ? "fast" : "secure"}']()
          remember = str(rand)[2:]
          resp = make_response({'user': user})
          resp.set_cookie('rememberMe', remember, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "helper rng(num) returning random.Random() or secrets.SystemRandom() on (7 * 18) + num > 200, called with 106 vs 50",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)


      def rng(num):
          if (7 * 18) + num > 200:
              return random.Random()
          return secrets.SystemRandom()


      @app.route('/password/reset-code', methods=['POST'])
      def reset_code():
          email = request.form.get('email', '')
          code = '%08d' % rng(${v ? "106" : "50"}).randint(0, 99999999)
          return {'email': email, 'code': code}
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "class Holder(value) with a constant default attribute: session['user'] = holder.value vs holder.default",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = b'dev-key'


      class Holder:
          def __init__(self, value):
              self.value = value
              self.default = 'anonymous'


      @app.route('/trust-00707')
      def trust_00707():
          h = Holder(request.args.get('BenchmarkTest00707', ''))
          session['userid'] = h.${v ? "value" : "default"}
          return {'stored': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "ternary bar = param if (7 * 18) + num > 200 else 'bar' with num = 106 vs 50, stored in the session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = b'dev-key'


      @app.route('/trust-00708', methods=['POST'])
      def trust_00708():
          param = request.form.get('BenchmarkTest00708', '')
          num = ${v ? "106" : "50"}
          bar = param if (7 * 18) + num > 200 else 'bar'
          session['userid'] = bar
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "Django: language preference through two helpers, lang.lower() vs an allow-list with 'en' fallback, into request.session",
    (v) => `
      from django.http import JsonResponse

      ALLOWED = {'en', 'de', 'fr'}


      def pick_lang(raw):
          return _normalise(raw or 'en')


      def _normalise(lang):
          lang = lang.lower()
          return ${v ? "lang" : "lang if lang in ALLOWED else 'en'"}


      def set_language(request):
          request.session['lang'] = pick_lang(request.GET.get('lang'))
          return JsonResponse({'lang': request.session['lang']})
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "@dataclass CookiePolicy(secure: bool = False vs True) passed to set_cookie(secure=policy.secure)",
    (v) => `
      import secrets
      from dataclasses import dataclass
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @dataclass
      class CookiePolicy:
          secure: bool = ${v ? "False" : "True"}
          httponly: bool = True


      POLICY = CookiePolicy()


      @app.route('/session/start', methods=['POST'])
      def session_start():
          user = request.form.get('user', '')
          resp = make_response({'user': user})
          resp.set_cookie('sid', secrets.token_urlsafe(32), secure=POLICY.secure, httponly=POLICY.httponly)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "options dict passed as **opts to set_cookie: {'httponly': True, 'samesite': 'Lax'} without vs with 'secure': True",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/securecookie-00808', methods=['POST'])
      def securecookie_00808():
          param = request.form.get('BenchmarkTest00808', '')
          opts = {${v ? "" : "'secure': True, "}'httponly': True, 'samesite': 'Lax'}
          resp = make_response('<p>stored</p>')
          resp.set_cookie('SomeCookie', param, **opts)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django: secure = (7 * 18) + num > 200 with num = 50 (False) vs 106 (True) passed to response.set_cookie",
    (v) => `
      from django.http import HttpResponse


      def remember(request):
          value = request.POST.get('remember', '')
          num = ${v ? "50" : "106"}
          secure = (7 * 18) + num > 200
          response = HttpResponse('ok')
          response.set_cookie('remember', value, secure=secure, httponly=True)
          return response
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "expression through two functions, the inner one eval(e) vs ast.literal_eval(e)",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      def parse(expr):
          return _evaluate(expr.strip())


      def _evaluate(e):
          return ${v ? "eval(e)" : "ast.literal_eval(e)"}


      @app.route('/calc', methods=['POST'])
      def calc():
          param = request.form.get('expr', '0')
          return {'value': repr(parse(param))}
    `,
  ),
  ...whole(
    "CWE-94",
    "tuple unpacking a, b = ('1 + 1', param): eval(b) vs eval(a)",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-00909')
      def codeinj_00909():
          param = request.args.get('BenchmarkTest00909', '')
          a, b = ('1 + 1', param)
          result = eval(${v ? "b" : "a"})
          return {'result': result}
    `,
  ),
  ...whole(
    "CWE-94",
    "FastAPI: match on a constant op 'custom' vs 'sum' choosing the query code or a constant for exec",
    (v) => `
      from fastapi import FastAPI

      app = FastAPI()


      @app.get('/run')
      def run(code: str = ''):
          op = '${v ? "custom" : "sum"}'
          match op:
              case 'sum':
                  src = 'result = 1 + 2'
              case _:
                  src = code
          ns = {}
          exec(src, ns)
          return {'result': ns.get('result')}
    `,
  ),
  // --- CWE-502 deserialisation ---
  ...whole(
    "CWE-502",
    "class attribute Config.loader = yaml.UnsafeLoader vs yaml.SafeLoader passed to yaml.load of the body",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      class Config:
          loader = yaml.${v ? "UnsafeLoader" : "SafeLoader"}


      @app.route('/config/import', methods=['POST'])
      def config_import():
          doc = yaml.load(request.get_data(as_text=True), Loader=Config.loader)
          return {'keys': sorted(doc) if isinstance(doc, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "helper payload(req, live) returning the body or pickle.dumps(constant), called with live=True vs False",
    (v) => `
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      def payload(req, live):
          if live:
              return req.get_data()
          return pickle.dumps({'demo': 1})


      @app.route('/deser-01010', methods=['POST'])
      def deser_01010():
          obj = pickle.loads(payload(request, ${v ? "True" : "False"}))
          return {'obj': repr(obj)}
    `,
  ),
  ...whole(
    "CWE-502",
    "Django: dict {'cookie': COOKIES value, 'default': DEFAULT_STATE} read at 'cookie' vs 'default', base64 then pickle.loads",
    (v) => `
      import base64
      import pickle
      from django.http import JsonResponse

      DEFAULT_STATE = base64.b64encode(pickle.dumps({'cart': []}))


      def restore_cart(request):
          blobs = {'cookie': request.COOKIES.get('state', ''), 'default': DEFAULT_STATE}
          state = pickle.loads(base64.b64decode(blobs['${v ? "cookie" : "default"}']))
          return JsonResponse({'items': len(state.get('cart', []))})
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "@property next_url returning self._next vs self._next if in SAFE_PATHS else '/home', passed to redirect",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      SAFE_PATHS = {'/home', '/profile', '/orders'}


      class LoginFlow:
          def __init__(self, nxt):
              self._next = nxt

          @property
          def next_url(self):
              return ${v ? "self._next" : "self._next if self._next in SAFE_PATHS else '/home'"}


      @app.route('/login/done')
      def login_done():
          flow = LoginFlow(request.args.get('next', '/home'))
          return redirect(flow.next_url)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: helper next_target(request) returning the raw next vs checked with url_has_allowed_host_and_scheme",
    (v) => `
      from django.http import HttpResponseRedirect
      from django.utils.http import url_has_allowed_host_and_scheme


      def next_target(request):
          nxt = request.GET.get('next', '/')
          ${v ? "return nxt" : "if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):\n              return nxt\n          return '/'"}


      def logout_view(request):
          request.session.flush()
          return HttpResponseRedirect(next_target(request))
    `,
  ),
  ...whole(
    "CWE-601",
    "list ['/home', param] indexed by 1 if (7 * 18) + num > 200 else 0, num = 106 vs 50",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-01111')
      def redirect_01111():
          param = request.args.get('BenchmarkTest01111', '')
          num = ${v ? "106" : "50"}
          targets = ['/home', param]
          dest = targets[1 if (7 * 18) + num > 200 else 0]
          return redirect(dest)
    `,
  ),
  // --- second set, still written blind: builders, slices, list item assignment, subclass attribute overrides,
  // functools.partial, getattr with a constant name, dict.pop defaults, lambdas in a dict, __post_init__ ---
  ...whole(
    "CWE-78",
    "builder returning self: CommandBuilder().tool('grep').arg(value) vs .arg(shlex.quote(value)), joined and run with shell=True",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class CommandBuilder:
          def __init__(self):
              self.parts = []

          def tool(self, name):
              self.parts.append(name)
              return self

          def arg(self, value):
              self.parts.append(value)
              return self

          def build(self):
              return ' '.join(self.parts)


      @app.route('/logs/search')
      def logs_search():
          param = request.args.get('q', '')
          cmd = CommandBuilder().tool('grep').arg(${v ? "param" : "shlex.quote(param)"}).arg('/var/log/app.log').build()
          out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
          return {'lines': out.stdout.splitlines()}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django: repository class method passing an f-string vs a %s placeholder with params to cursor.execute",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      class ProductRepo:
          def _query(self, sql, params=None):
              with connection.cursor() as cur:
                  cur.execute(sql, params)
                  return cur.fetchall()

          def by_name(self, name):
              return ${v ? "self._query(f\"SELECT id, price FROM shop_product WHERE name = '{name}'\")" : "self._query('SELECT id, price FROM shop_product WHERE name = %s', [name])"}


      def product_search(request):
          rows = ProductRepo().by_name(request.GET.get('name', ''))
          return JsonResponse({'rows': rows})
    `,
  ),
  ...whole(
    "CWE-89",
    "dict.get at a constant key on a class-held dict: params.get('name') vs params.get('sort') formatted into the SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Search:
          def __init__(self, name):
              self.params = {'name': name, 'sort': 'created_at'}

          def sql(self):
              return "SELECT id FROM posts WHERE author = ? ORDER BY " + self.params.get('${v ? "name" : "sort"}')


      @app.route('/posts')
      def posts():
          s = Search(request.args.get('author', ''))
          conn = sqlite3.connect('blog.db')
          rows = conn.execute(s.sql(), (s.params['name'],)).fetchall()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-79",
    "slice of a list ['static', param]: ' '.join(items[1:]) vs ' '.join(items[:1]) in the HTML response",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-01212')
      def xss_01212():
          param = request.args.get('BenchmarkTest01212', '')
          items = ['static', param]
          text = ' '.join(items[${v ? "1:" : ":1"}])
          return '<html><body><span>' + text + '</span></body></html>'
    `,
  ),
  ...whole(
    "CWE-79",
    "helper class wrapping Markup: Markup('<b>' + v + '</b>') vs Markup('<b>{}</b>').format(v) (escaping format)",
    (v) => `
      from flask import Flask, request, render_template_string
      from markupsafe import Markup

      app = Flask(__name__)


      class Badge:
          def __init__(self, label):
              self.label = label

          def html(self):
              return ${v ? "Markup('<b>' + self.label + '</b>')" : "Markup('<b>{}</b>').format(self.label)"}


      @app.route('/badge')
      def badge():
          b = Badge(request.args.get('label', ''))
          return render_template_string('<div>{{ badge }}</div>', badge=b.html())
    `,
  ),
  ...whole(
    "CWE-22",
    "list item assignment after building ['docs', param]: segments[0] = 'pub' vs segments[-1] = 'index.html', os.path.join(*segments)",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      ROOT = '/srv/site'


      @app.route('/pathtraver-01313')
      def pathtraver_01313():
          param = request.args.get('BenchmarkTest01313', '')
          segments = ['docs', param]
          ${v ? "segments[0] = 'pub'" : "segments[-1] = 'index.html'"}
          with open(os.path.join(ROOT, *segments), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Django: pathlib Path(BASE) / name opened without vs with resolve() and is_relative_to(BASE) check",
    (v) => `
      from pathlib import Path
      from django.http import FileResponse, Http404

      BASE = Path('/srv/media/reports')


      def report(request):
          name = request.GET.get('name', '')
          target = BASE / name
          ${v ? "if not target.exists():" : "target = target.resolve()\n          if not target.is_relative_to(BASE.resolve()) or not target.exists():"}
              raise Http404('no such report')
          return FileResponse(open(target, 'rb'))
    `,
  ),
  ...whole(
    "CWE-90",
    "subclass overriding the __init__ default: Finder(uid) with attr='uid' searches the value, GroupFinder(uid) searches attr 'cn' with a constant",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      class Finder:
          def __init__(self, value, attr='uid'):
              self.attr = attr
              self.value = value

          def query(self):
              return '(' + self.attr + '=' + self.value + ')'


      class GroupFinder(Finder):
          def __init__(self, value):
              super().__init__('staff', attr='cn')
              self.requested = value


      @app.route('/ldap/find')
      def ldap_find():
          f = ${v ? "Finder" : "GroupFinder"}(request.args.get('who', ''))
          conn = Connection(Server('ldap://dir.local'), auto_bind=True)
          conn.search('dc=corp,dc=local', f.query())
          return {'n': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-643",
    "dict.update(name=value) on {'kind': 'book'}: XPath built from q['name'] vs q['kind']",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      CATALOG = etree.parse('catalog.xml')


      @app.route('/catalog/items')
      def catalog_items():
          q = {'kind': 'book'}
          q.update(name=request.args.get('name', ''))
          expr = "//item[@type='" + q['${v ? "name" : "kind"}'] + "']/title/text()"
          return {'titles': [str(t) for t in CATALOG.xpath(expr)]}
    `,
  ),
  ...whole(
    "CWE-327",
    "class attribute overridden in a subclass: Sealer().algorithm = TripleDES vs ModernSealer().algorithm = AES",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)


      class Sealer:
          algorithm = algorithms.TripleDES

          def __init__(self):
              self.key = os.urandom(24)

          def seal(self, data):
              algo = self.algorithm(self.key)
              iv = os.urandom(algo.block_size // 8)
              padder = padding.PKCS7(algo.block_size).padder()
              enc = Cipher(algo, modes.CBC(iv)).encryptor()
              return iv + enc.update(padder.update(data) + padder.finalize()) + enc.finalize()


      class ModernSealer(Sealer):
          algorithm = algorithms.AES


      @app.route('/seal', methods=['POST'])
      def seal():
          return {'ct': ${v ? "Sealer()" : "ModernSealer()"}.seal(request.get_data()).hex()}
    `,
  ),
  ...whole(
    "CWE-328",
    "functools.partial(hashlib.new, 'md5') vs partial(hashlib.new, 'sha256') used as the password digest",
    (v) => `
      import functools
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      make_digest = functools.partial(hashlib.new, '${v ? "md5" : "sha256"}')


      @app.route('/password/store', methods=['POST'])
      def password_store():
          pw = request.form.get('password', '')
          h = make_digest()
          h.update(pw.encode('utf-8'))
          return {'digest': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-338",
    "getattr(random, 'Random')() vs getattr(random, 'SystemRandom')() generating an API key",
    (v) => `
      import random
      import string
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/apikey', methods=['POST'])
      def apikey():
          owner = request.form.get('owner', '')
          gen = getattr(random, '${v ? "Random" : "SystemRandom"}')()
          key = ''.join(gen.choice(string.ascii_letters + string.digits) for _ in range(40))
          return {'owner': owner, 'api_key': key}
    `,
  ),
  ...whole(
    "CWE-501",
    "dict.pop with a default: d = {'a': param}; d.pop('a', 'safe') vs d.pop('b', 'safe') stored in the session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = b'dev-key'


      @app.route('/trust-01414')
      def trust_01414():
          d = {'a': request.args.get('BenchmarkTest01414', '')}
          bar = d.pop('${v ? "a" : "b"}', 'safe')
          session['userid'] = bar
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-614",
    "Django class-based View with class attribute cookie_secure = False vs True passed as secure=self.cookie_secure",
    (v) => `
      import secrets
      from django.http import JsonResponse
      from django.views import View


      class StartSession(View):
          cookie_secure = ${v ? "False" : "True"}

          def post(self, request):
              resp = JsonResponse({'user': request.POST.get('user', '')})
              resp.set_cookie('sessionid', secrets.token_urlsafe(32), secure=self.cookie_secure, httponly=True)
              return resp
    `,
  ),
  ...whole(
    "CWE-94",
    "lambdas in a dict {'calc': lambda e: eval(e), 'echo': lambda e: e} called at 'calc' vs 'echo'",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      HANDLERS = {'calc': lambda e: eval(e), 'echo': lambda e: e}


      @app.route('/handle', methods=['POST'])
      def handle():
          param = request.form.get('input', '')
          return {'out': repr(HANDLERS['${v ? "calc" : "echo"}'](param))}
    `,
  ),
  ...whole(
    "CWE-502",
    "helper decoder(kind) returning {'json': json.loads, 'pickle': pickle.loads}[kind], called with 'pickle' vs 'json'",
    (v) => `
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      def decoder(kind):
          return {'json': json.loads, 'pickle': pickle.loads}[kind]


      @app.route('/import', methods=['POST'])
      def import_blob():
          obj = decoder('${v ? "pickle" : "json"}')(request.get_data())
          return {'type': type(obj).__name__}
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI: @dataclass Target with __post_init__ stripping the value vs replacing it with '/' unless in ALLOWED",
    (v) => `
      from dataclasses import dataclass
      from fastapi import FastAPI
      from fastapi.responses import RedirectResponse

      app = FastAPI()
      ALLOWED = {'/', '/account', '/billing'}


      @dataclass
      class Target:
          url: str

          def __post_init__(self):
              self.url = self.url.strip()
              ${v ? "self.url = self.url or '/'" : "if self.url not in ALLOWED:\n                  self.url = '/'"}


      @app.get('/go')
      def go(next: str = '/'):
          return RedirectResponse(Target(next).url)
    `,
  ),
];
