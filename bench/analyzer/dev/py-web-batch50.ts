// Dev suite "py-web", batch 50 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask / Django views (seventh wave), insecure/safe twins over 15 categories.
// Sources earlier waves used little: cookies, headers, request.values.getlist, nested get_json() keys, uploaded file
// names, path parameters, query strings parsed by hand with urllib.parse. Propagation through generators, closures,
// decorators, context managers, try/except/else/finally, the walrus operator, star-unpacking, zip / enumerate /
// sorted / map / filter, deque / ChainMap / namedtuple / defaultdict, io.StringIO, json / base64 / urllib.parse round
// trips, str.translate / partition / rsplit, overridden methods and module-level registries. Each safe twin differs
// only in the one thing that makes it safe (a constant condition, another key, a constant index, a reassignment, a
// real sanitiser, a safe API). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch50: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH50: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "header value split by a generator that yields the parts, joined into os.system vs each yielded part shlex.quote'd",
    (v) => `
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      def parts(value):
          for piece in value.split(','):
              yield ${v ? "piece.strip()" : "shlex.quote(piece.strip())"}


      @app.route('/cmdi-05001')
      def cmdi_05001():
          param = request.headers.get('X-Hosts', 'localhost')
          cmd = 'ping -c 1 ' + ' '.join(parts(param))
          status = os.system(cmd)
          return {'status': status}
    `,
  ),
  ...whole(
    "CWE-78",
    "request.values.getlist into a list with a constant; os.popen on the index holding the value vs the index holding the constant",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05002', methods=['GET', 'POST'])
      def cmdi_05002():
          values = request.values.getlist('BenchmarkTest05002')
          param = values[0] if values else ''
          options = [param, 'status']
          sub = options[${v ? "0" : "1"}]
          with os.popen('git ' + sub) as pipe:
              out = pipe.read()
          return out
    `,
  ),
  ...whole(
    "CWE-78",
    "decorator injects a cookie value as a keyword argument; the view runs subprocess.call(shell=True) vs an argument list without a shell",
    (v) => `
      import functools
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      def with_cookie(name):
          def deco(fn):
              @functools.wraps(fn)
              def wrapper(*args, **kwargs):
                  kwargs['value'] = request.cookies.get(name, 'noval')
                  return fn(*args, **kwargs)
              return wrapper
          return deco


      @app.route('/cmdi-05003')
      @with_cookie('BenchmarkTest05003')
      def cmdi_05003(value):
          ${v ? "rc = subprocess.call('nslookup ' + value, shell=True)" : "rc = subprocess.call(['nslookup', value])"}
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "Django path parameter captured by a closure run with subprocess.Popen(shell=True) vs the variable reassigned to a constant before the closure",
    (v) => `
      import subprocess
      from django.http import HttpResponse


      def cmdi_05004(request, host):
          bar = host
          ${v ? "bar = bar.strip()" : "bar = 'localhost'"}

          def run():
              proc = subprocess.Popen('traceroute ' + bar, shell=True, stdout=subprocess.PIPE)
              return proc.communicate()[0]

          return HttpResponse(run(), content_type='text/plain')
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "nested get_json() key looked up through a ChainMap into an f-string query vs a ? placeholder",
    (v) => `
      import sqlite3
      from collections import ChainMap
      from flask import Flask, request

      app = Flask(__name__)

      DEFAULTS = {'name': 'guest', 'limit': 10}


      @app.route('/sqli-05005', methods=['POST'])
      def sqli_05005():
          body = request.get_json(force=True) or {}
          user_filter = body.get('filter', {}).get('user', {})
          opts = ChainMap(user_filter, DEFAULTS)
          name = opts['name']
          conn = sqlite3.connect('bench.db')
          ${
            v
              ? "rows = conn.execute(f\"SELECT id FROM users WHERE name = '{name}'\").fetchall()"
              : "rows = conn.execute('SELECT id FROM users WHERE name = ?', (name,)).fetchall()"
          }
          conn.close()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "header written into io.StringIO and read back, %-formatted into a query vs converted with int() first",
    (v) => `
      import io
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05006')
      def sqli_05006():
          param = request.headers.get('X-Account', '0')
          buf = io.StringIO()
          buf.write(param)
          bar = ${v ? "buf.getvalue()" : "int(buf.getvalue())"}
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          cur.execute('SELECT balance FROM accounts WHERE id = %s' % bar)
          row = cur.fetchone()
          conn.close()
          return {'balance': row[0] if row else None}
    `,
  ),
  ...whole(
    "CWE-89",
    "query string parsed by hand with urllib.parse.parse_qs into SQLAlchemy text() built with .format vs a :bind parameter",
    (v) => `
      from urllib.parse import parse_qs
      from flask import Flask, request
      from sqlalchemy import create_engine, text

      app = Flask(__name__)
      engine = create_engine('sqlite:///bench.db')


      @app.route('/sqli-05007')
      def sqli_05007():
          qs = parse_qs(request.query_string.decode('utf-8'))
          order_id = qs.get('order', [''])[0]
          with engine.connect() as conn:
              ${
                v
                  ? "result = conn.execute(text(\"SELECT total FROM orders WHERE ref = '{}'\".format(order_id)))"
                  : "result = conn.execute(text('SELECT total FROM orders WHERE ref = :ref'), {'ref': order_id})"
              }
              totals = [row[0] for row in result]
          return {'totals': totals}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django: cookie through a subclass whose overridden clean() returns the value vs returns a constant, into cursor.execute with +",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      class Cleaner:
          def clean(self, value):
              return 'guest'


      class TrimCleaner(Cleaner):
          def clean(self, value):
              return ${v ? "value.strip()" : "'guest'"}


      def sqli_05008(request):
          param = request.COOKIES.get('BenchmarkTest05008', 'noval')
          bar = TrimCleaner().clean(param)
          with connection.cursor() as cursor:
              cursor.execute("SELECT email FROM auth_user WHERE username = '" + bar + "'")
              row = cursor.fetchone()
          return JsonResponse({'email': row[0] if row else None})
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "uploaded file's own filename joined under the upload folder and saved vs werkzeug secure_filename",
    (v) => `
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/uploads'


      @app.route('/pathtrav-05009', methods=['POST'])
      def pathtrav_05009():
          upload = request.files['document']
          name = ${v ? "upload.filename" : "secure_filename(upload.filename)"}
          dest = os.path.join(UPLOAD_DIR, name)
          upload.save(dest)
          return {'saved': name}
    `,
  ),
  ...whole(
    "CWE-22",
    "cookie 'kind:file' split with str.partition, the file part opened under a base vs a realpath prefix check",
    (v) => `
      import os
      from flask import Flask, request, abort

      app = Flask(__name__)
      BASE = '/var/app/reports'


      @app.route('/pathtrav-05010')
      def pathtrav_05010():
          param = request.cookies.get('report', 'daily:summary.txt')
          _kind, _sep, fname = param.partition(':')
          full = os.path.realpath(os.path.join(BASE, fname))
          ${v ? "if not full:" : "if not full.startswith(BASE + os.sep):"}
              abort(404)
          with open(full) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "header value stored in a namedtuple, the field joined into send_file vs send_from_directory",
    (v) => `
      import os
      from collections import namedtuple
      from flask import Flask, request, send_file, send_from_directory

      app = Flask(__name__)
      Asset = namedtuple('Asset', ['folder', 'path'])
      STATIC = '/srv/static'


      @app.route('/pathtrav-05011')
      def pathtrav_05011():
          asset = Asset(STATIC, request.headers.get('X-Asset', 'index.html'))
          ${v ? "return send_file(os.path.join(asset.folder, asset.path))" : "return send_from_directory(asset.folder, asset.path)"}
    `,
  ),
  ...whole(
    "CWE-22",
    "Django path parameter chosen in try/except/else/finally, opened under a base vs checked against an allow-list in else",
    (v) => `
      import os
      from django.http import HttpResponse, Http404

      BASE = '/var/app/docs'
      ALLOWED = {'intro.txt', 'faq.txt', 'terms.txt'}


      def pathtrav_05012(request, doc):
          try:
              name = doc.rsplit('?', 1)[0]
          except AttributeError:
              name = 'intro.txt'
          else:
              ${v ? "name = name.strip()" : "name = name if name in ALLOWED else 'intro.txt'"}
          finally:
              request.META['DOC_LOOKUP'] = True
          try:
              with open(os.path.join(BASE, name)) as fh:
                  return HttpResponse(fh.read(), content_type='text/plain')
          except OSError:
              raise Http404()
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "query value bound with the walrus operator in an if, put in an f-string HTML response vs markupsafe.escape",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      @app.route('/xss-05013')
      def xss_05013():
          if (name := request.args.get('name')):
              return f'<h1>Welcome back, ${v ? "{name}" : "{escape(name)}"}</h1>'
          return '<h1>Welcome</h1>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Django: header appended to a defaultdict(list), joined into HttpResponse vs django.utils.html.escape on append",
    (v) => `
      from collections import defaultdict
      from django.http import HttpResponse
      from django.utils.html import escape


      def xss_05014(request):
          groups = defaultdict(list)
          agent = request.META.get('HTTP_USER_AGENT', '')
          groups['agent'].append(${v ? "agent" : "escape(agent)"})
          groups['agent'].append('seen')
          body = '<ul>' + ''.join('<li>%s</li>' % item for item in groups['agent']) + '</ul>'
          return HttpResponse(body)
    `,
  ),
  ...whole(
    "CWE-79",
    "star-unpacking of [constant, value]: the starred rest holds the value vs the first name holding the constant, written into text/html",
    (v) => `
      from flask import Flask, request, make_response

      app = Flask(__name__)


      @app.route('/xss-05015', methods=['POST'])
      def xss_05015():
          param = request.form.get('BenchmarkTest05015', '')
          first, *rest = ['static notice', param]
          bar = ${v ? "rest[0]" : "first"}
          resp = make_response('<div class="note">' + bar + '</div>')
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "cookie through a json.dumps/json.loads round trip of a dict; the value's key vs another constant key, returned as HTML",
    (v) => `
      import json
      from flask import Flask, request, Response

      app = Flask(__name__)


      @app.route('/xss-05016')
      def xss_05016():
          param = request.cookies.get('motd', '')
          blob = json.dumps({'msg': param, 'fallback': 'Have a nice day'})
          bar = json.loads(blob)['${v ? "msg" : "fallback"}']
          return Response('<p>' + bar + '</p>', mimetype='text/html')
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "cookie into an ldap3 search filter by f-string vs ldap3 escape_filter_chars",
    (v) => `
      from flask import Flask, request
      from ldap3 import Server, Connection
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      @app.route('/ldapi-05017')
      def ldapi_05017():
          param = request.cookies.get('uid', '')
          uid = ${v ? "param" : "escape_filter_chars(param)"}
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=com', f'(&(objectClass=person)(uid={uid}))', attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "nested get_json() key into python-ldap search_s with % vs ldap.filter.escape_filter_chars",
    (v) => `
      import ldap
      import ldap.filter
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldapi-05018', methods=['POST'])
      def ldapi_05018():
          body = request.get_json(silent=True) or {}
          mail = body.get('query', {}).get('mail', '')
          ${v ? "flt = '(mail=%s)' % mail" : "flt = '(mail=%s)' % ldap.filter.escape_filter_chars(mail)"}
          conn = ldap.initialize('ldap://localhost')
          results = conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, flt, ['cn'])
          return {'count': len(results)}
    `,
  ),
  ...whole(
    "CWE-90",
    "request.values.getlist through filter(None, map(str.strip, ...)) into an OR filter vs escaped in the map",
    (v) => `
      from flask import Flask, request
      from ldap3 import Server, Connection
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      @app.route('/ldapi-05019', methods=['GET', 'POST'])
      def ldapi_05019():
          raw = request.values.getlist('user')
          names = list(filter(None, map(${v ? "str.strip" : "lambda s: escape_filter_chars(s.strip())"}, raw)))
          flt = '(|' + ''.join('(uid=%s)' % n for n in names) + ')'
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('dc=example,dc=com', flt, attributes=['mail'])
          return {'entries': [str(e.mail) for e in conn.entries]}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "header into an lxml xpath() predicate by f-string vs an XPath variable",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('users.xml')


      @app.route('/xpathi-05020')
      def xpathi_05020():
          user = request.headers.get('X-User', '')
          ${
            v
              ? "nodes = TREE.xpath(f\"//user[name='{user}']/role/text()\")"
              : "nodes = TREE.xpath('//user[name=$n]/role/text()', n=user)"
          }
          return {'roles': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "dict(zip(keys, [value, constant])) looked up by the value's key vs the constant's key, into xpath() with %",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xpathi-05021')
      def xpathi_05021():
          param = request.args.get('isbn', '')
          fields = dict(zip(['isbn', 'shelf'], [param, 'A1']))
          bar = fields['${v ? "isbn" : "shelf"}']
          root = etree.parse('library.xml')
          titles = root.xpath("//book[@shelf='%s']/title/text()" % bar)
          return {'titles': [str(t) for t in titles]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Django: path parameter with only '<>' removed by str.translate into an XPath query vs an XPath variable",
    (v) => `
      from django.http import JsonResponse
      from lxml import etree

      STRIP = str.maketrans('', '', '<>')


      def xpathi_05022(request, dept):
          bar = dept.translate(STRIP)
          doc = etree.parse('staff.xml')
          ${
            v
              ? 'names = doc.xpath("//employee[dept=\'" + bar + "\']/name/text()")'
              : "names = doc.xpath('//employee[dept=$d]/name/text()', d=bar)"
          }
          return JsonResponse({'names': [str(n) for n in names]})
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "session token from random.getrandbits yielded by a generator vs secrets.token_hex",
    (v) => `
      ${v ? "import random" : "import secrets"}
      from flask import Flask, make_response

      app = Flask(__name__)


      def tokens():
          while True:
              yield ${v ? "'%032x' % random.getrandbits(128)" : "secrets.token_hex(16)"}


      TOKENS = tokens()


      @app.route('/weakrand-05023')
      def weakrand_05023():
          resp = make_response('ok')
          resp.set_cookie('remember', next(TOKENS), secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "password-reset code built from random.choice over a sorted alphabet vs secrets.choice",
    (v) => `
      ${v ? "import random" : "import secrets"}
      import string
      from flask import Flask, request

      app = Flask(__name__)
      ALPHABET = sorted(set(string.ascii_letters + string.digits))
      RESET_CODES = {}


      @app.route('/weakrand-05024', methods=['POST'])
      def weakrand_05024():
          email = request.form.get('email', '')
          code = ''.join(${v ? "random.choice(ALPHABET)" : "secrets.choice(ALPHABET)"} for _ in range(12))
          RESET_CODES[email] = code
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "subclass overrides the nonce method with random.randint vs secrets.randbelow, used for an API key",
    (v) => `
      import random
      import secrets
      from django.http import JsonResponse


      class KeyMaker:
          def nonce(self):
              return secrets.randbelow(10 ** 12)

          def make(self, user):
              return '%s-%012d' % (user, self.nonce())


      class FastKeyMaker(KeyMaker):
          def nonce(self):
              return ${v ? "random.randint(0, 10 ** 12 - 1)" : "secrets.randbelow(10 ** 12)"}


      def weakrand_05025(request):
          key = FastKeyMaker().make(request.user.username)
          return JsonResponse({'api_key': key})
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "password from nested JSON digested with salted hashlib.md5 inside a helper vs hashlib.scrypt",
    (v) => `
      import hashlib
      import os
      from flask import Flask, request

      app = Flask(__name__)
      USERS = {}


      def digest(password):
          salt = os.urandom(16)
          return salt.hex() + '$' + ${
            v
              ? "hashlib.md5(salt + password.encode('utf-8')).hexdigest()"
              : "hashlib.scrypt(password.encode('utf-8'), salt=salt, n=2 ** 14, r=8, p=1).hex()"
          }


      @app.route('/hash-05026', methods=['POST'])
      def hash_05026():
          body = request.get_json(silent=True) or {}
          creds = body.get('account', {})
          USERS[creds.get('login', '')] = digest(creds.get('password', ''))
          return {'stored': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "module-level registry of hash names read at the 'legacy' (sha1) key vs the 'modern' (sha256) key, for an API token digest",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      HASHES = {'legacy': 'sha1', 'modern': 'sha256'}
      TOKENS = {}


      @app.route('/hash-05027', methods=['POST'])
      def hash_05027():
          token = request.headers.get('X-Api-Token', '')
          h = hashlib.new(HASHES['${v ? "legacy" : "modern"}'])
          h.update(token.encode('utf-8'))
          TOKENS[h.hexdigest()] = True
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django: password hashed with a constant-condition choice of hashlib.sha1 vs hashlib.sha512",
    (v) => `
      import hashlib
      from django.http import JsonResponse

      USE_LEGACY = ${v ? "True" : "False"}


      def hash_05028(request):
          password = request.POST.get('password', '')
          algo = hashlib.sha1 if USE_LEGACY else hashlib.sha512
          stored = algo(password.encode('utf-8')).hexdigest()
          request.session['pw_hash'] = stored
          return JsonResponse({'ok': True})
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "pycryptodome DES in ECB mode encrypting a form value vs AES in GCM mode",
    (v) => `
      import base64
      import os
      from Crypto.Cipher import ${v ? "DES" : "AES"}
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? "8" : "32"})


      @app.route('/crypto-05029', methods=['POST'])
      def crypto_05029():
          data = request.form.get('secret', '').encode('utf-8')
          ${
            v
              ? "blob = DES.new(KEY, DES.MODE_ECB).encrypt(pad(data, 8))"
              : "cipher = AES.new(KEY, AES.MODE_GCM); ct, tag = cipher.encrypt_and_digest(data); blob = cipher.nonce + tag + ct"
          }
          return {'blob': base64.b64encode(blob).decode('ascii')}
    `,
  ),
  ...whole(
    "CWE-327",
    "cryptography TripleDES in CBC mode inside a context-manager helper vs AESGCM",
    (v) => `
      import os
      from contextlib import contextmanager
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? "24" : "32"})


      @contextmanager
      def sealer():
          ${
            v
              ? "enc = Cipher(algorithms.TripleDES(KEY), modes.CBC(os.urandom(8))).encryptor(); yield lambda data: enc.update(data.ljust(64, b' ')) + enc.finalize()"
              : "aead = AESGCM(KEY); nonce = os.urandom(12); yield lambda data: nonce + aead.encrypt(nonce, data, None)"
          }


      @app.route('/crypto-05030', methods=['POST'])
      def crypto_05030():
          note = request.get_data()[:64]
          with sealer() as seal:
              sealed = seal(note)
          return {'len': len(sealed)}
    `,
  ),
  ...whole(
    "CWE-327",
    "module-level registry of AES modes read at the 'fast' (ECB) key vs the 'auth' (GCM) key",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)
      MODES = {'fast': AES.MODE_ECB, 'auth': AES.MODE_GCM}


      @app.route('/crypto-05031', methods=['POST'])
      def crypto_05031():
          payload = pad(request.get_data(), 16)
          cipher = AES.new(KEY, MODES['${v ? "fast" : "auth"}'])
          ct = cipher.encrypt(payload)
          return {'ct': ct.hex()}
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "session cookie set with no flags vs secure=True, httponly=True",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/cookie-05032', methods=['POST'])
      def cookie_05032():
          resp = make_response('logged in')
          ${
            v
              ? "resp.set_cookie('sessionid', secrets.token_urlsafe(32))"
              : "resp.set_cookie('sessionid', secrets.token_urlsafe(32), secure=True, httponly=True)"
          }
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django: set_cookie(**COOKIE_OPTS) from a module-level dict with secure False vs True",
    (v) => `
      import secrets
      from django.http import HttpResponse

      COOKIE_OPTS = {'max_age': 3600, 'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Lax'}


      def cookie_05033(request):
          response = HttpResponse('remembered')
          response.set_cookie('remember_token', secrets.token_hex(16), **COOKIE_OPTS)
          return response
    `,
  ),
  ...whole(
    "CWE-614",
    "decorator sets the auth cookie after the view with secure= a module constant False vs True",
    (v) => `
      import functools
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)
      HTTPS_ONLY = ${v ? "False" : "True"}


      def issues_token(fn):
          @functools.wraps(fn)
          def wrapper(*args, **kwargs):
              resp = make_response(fn(*args, **kwargs))
              resp.set_cookie('auth', secrets.token_hex(24), secure=HTTPS_ONLY, httponly=True)
              return resp
          return wrapper


      @app.route('/cookie-05034', methods=['POST'])
      @issues_token
      def cookie_05034():
          return 'welcome'
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "header value stored in the Flask session vs only when it is in an allow-list",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'
      ROLES = {'viewer', 'editor'}


      @app.route('/trust-05035')
      def trust_05035():
          role = request.headers.get('X-Role', 'viewer')
          ${v ? "session['role'] = role" : "session['role'] = role if role in ROLES else 'viewer'"}
          return {'role': session['role']}
    `,
  ),
  ...whole(
    "CWE-501",
    "Django: nested JSON value through a deque; request.session stores the popped value vs the popped constant",
    (v) => `
      import json
      from collections import deque
      from django.http import JsonResponse


      def trust_05036(request):
          body = json.loads(request.body or b'{}')
          param = body.get('profile', {}).get('nickname', '')
          q = deque([param, 'anonymous'])
          bar = q.${v ? "popleft" : "pop"}()
          request.session['nickname'] = bar
          return JsonResponse({'ok': True})
    `,
  ),
  ...whole(
    "CWE-501",
    "enumerate over request.values.getlist: index 0 stored in the session vs a constant stored for index 0",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'


      @app.route('/trust-05037', methods=['GET', 'POST'])
      def trust_05037():
          for i, value in enumerate(request.values.getlist('pref')):
              if i == 0:
                  session['first_pref'] = ${v ? "value" : "'default'"}
          return {'ok': True}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "header redirect target vs reduced to its path, leading slashes dropped and the rest percent-quoted behind one '/'",
    (v) => `
      from urllib.parse import quote, urlparse
      from flask import Flask, request, redirect

      app = Flask(__name__)


      @app.route('/redirect-05038')
      def redirect_05038():
          target = request.headers.get('X-Return-To', '/')
          ${v ? "dest = target" : "dest = '/' + quote(urlparse(target).path.lstrip('/'))"}
          return redirect(dest)
    `,
  ),
  ...whole(
    "CWE-601",
    "request.url's query parsed by hand with urlsplit + parse_qsl into redirect vs an allow-list of paths",
    (v) => `
      from urllib.parse import parse_qsl, urlsplit
      from flask import Flask, request, redirect

      app = Flask(__name__)
      SAFE_PATHS = ('/home', '/account', '/orders')


      @app.route('/redirect-05039')
      def redirect_05039():
          params = dict(parse_qsl(urlsplit(request.url).query))
          nxt = params.get('next', '/home')
          ${v ? "return redirect(nxt)" : "return redirect(nxt if nxt in SAFE_PATHS else '/home')"}
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: cookie base64-decoded, redirected vs Django's url_has_allowed_host_and_scheme guard",
    (v) => `
      import base64
      from django.shortcuts import redirect
      from django.utils.http import url_has_allowed_host_and_scheme


      def redirect_05040(request):
          raw = request.COOKIES.get('return_b64', '')
          dest = base64.urlsafe_b64decode(raw.encode('ascii')).decode('utf-8') if raw else '/'
          ${v ? "if not dest:" : "if not url_has_allowed_host_and_scheme(dest, allowed_hosts={request.get_host()}):"}
              dest = '/'
          return redirect(dest)
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "uploaded file bytes unpickled vs parsed as JSON",
    (v) => `
      ${v ? "import pickle" : "import json"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deser-05041', methods=['POST'])
      def deser_05041():
          blob = request.files['state'].read()
          state = ${v ? "pickle.loads(blob)" : "json.loads(blob)"}
          return {'keys': sorted(state) if isinstance(state, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "request body through yaml.load(Loader=yaml.Loader) vs yaml.safe_load",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deser-05042', methods=['POST'])
      def deser_05042():
          text = request.get_data(as_text=True)
          config = ${v ? "yaml.load(text, Loader=yaml.Loader)" : "yaml.safe_load(text)"}
          return {'sections': list(config) if isinstance(config, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "Django: cookie base64-decoded into io.BytesIO and pickle.load inside a with block vs json.load",
    (v) => `
      import base64
      import io
      ${v ? "import pickle" : "import json"}
      from django.http import JsonResponse


      def deser_05043(request):
          raw = base64.b64decode(request.COOKIES.get('cart', ''))
          with io.BytesIO(raw) as stream:
              cart = ${v ? "pickle.load(stream)" : "json.load(stream)"}
          return JsonResponse({'items': len(cart) if isinstance(cart, (list, dict)) else 0})
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "request body parsed by lxml with resolve_entities=True and no_network=False vs defusedxml",
    (v) => `
      from flask import Flask, request
      ${v ? "from lxml import etree" : "from defusedxml import ElementTree as etree"}

      app = Flask(__name__)


      @app.route('/xxe-05044', methods=['POST'])
      def xxe_05044():
          ${
            v
              ? "root = etree.fromstring(request.data, parser=etree.XMLParser(resolve_entities=True, no_network=False))"
              : "root = etree.fromstring(request.data)"
          }
          return {'tag': root.tag, 'text': (root.text or '')[:100]}
    `,
  ),
  ...whole(
    "CWE-611",
    "xml.sax parser with feature_external_ges switched on over the request body vs switched off",
    (v) => `
      import io
      import xml.sax
      from xml.sax.handler import feature_external_ges
      from flask import Flask, request

      app = Flask(__name__)


      class Collector(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.chunks = []

          def characters(self, content):
              self.chunks.append(content)


      @app.route('/xxe-05045', methods=['POST'])
      def xxe_05045():
          handler = Collector()
          parser = xml.sax.make_parser()
          parser.setFeature(feature_external_ges, ${v ? "True" : "False"})
          parser.setContentHandler(handler)
          parser.parse(io.BytesIO(request.get_data()))
          return {'text': ''.join(handler.chunks)[:200]}
    `,
  ),
  ...whole(
    "CWE-611",
    "uploaded XML file parsed by lxml with load_dtd=True, resolve_entities=True vs resolve_entities=False, no_network=True",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xxe-05046', methods=['POST'])
      def xxe_05046():
          upload = request.files['feed']
          ${
            v
              ? "parser = etree.XMLParser(load_dtd=True, resolve_entities=True)"
              : "parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)"
          }
          tree = etree.parse(upload.stream, parser)
          return {'items': len(tree.findall('.//item'))}
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "header expression evaluated in a closure with eval vs ast.literal_eval",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codei-05047')
      def codei_05047():
          expr = request.headers.get('X-Expr', '0')

          def compute():
              return ${v ? "eval(expr)" : "ast.literal_eval(expr)"}

          return {'value': str(compute())}
    `,
  ),
  ...whole(
    "CWE-94",
    "nested JSON: exec(compile(...)) of the script key vs another constant key of the same dict",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codei-05048', methods=['POST'])
      def codei_05048():
          body = request.get_json(silent=True) or {}
          job = {'script': body.get('job', {}).get('script', ''), 'builtin': 'result = 42'}
          src = job['${v ? "script" : "builtin"}']
          scope = {}
          exec(compile(src, '<job>', 'exec'), {}, scope)
          return {'result': str(scope.get('result'))}
    `,
  ),
  ...whole(
    "CWE-94",
    "Django: path parameter spliced into an eval'd function name vs looked up in a dispatch dict",
    (v) => `
      from django.http import JsonResponse


      def calc_sum(a, b):
          return a + b


      def calc_diff(a, b):
          return a - b


      OPS = {'sum': calc_sum, 'diff': calc_diff}


      def codei_05049(request, op):
          a = int(request.GET.get('a', '0'))
          b = int(request.GET.get('b', '0'))
          ${v ? "result = eval('calc_%s(a, b)' % op)" : "result = OPS.get(op, calc_sum)(a, b)"}
          return JsonResponse({'result': result})
    `,
  ),
];
