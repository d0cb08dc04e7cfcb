// Dev suite "py-web", batch 42 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask (and a few Django) views, four insecure/safe twins per category, the
// label decided by one value-level fact: constant conditions built from arithmetic or string methods, a value
// replaced in one branch, lists/tuples/dicts read at constant positions or keys (negative indices, slices, get()
// defaults, setdefault, update, dict(zip(...)), ** merges), helper functions and classes returning a constant or a
// parameter, string operations keeping or dropping the value (replace, format, split()[i], slices), configparser,
// deque, queue.Queue/LifoQueue, itertools, defaultdict, and guards (allow-lists, re.fullmatch, int(), shlex.quote,
// os.path.basename, escape_filter_chars, html.escape, ast.literal_eval, XPath variables, bound parameters) next to
// the almost-guards that let the value through. Weak vs strong algorithms are fixed by the same constant logic.
// Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch42: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH42: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "deque(['uptime']) with the query value appendleft()ed, read at [0] (the value) vs [-1] ('uptime') in os.system",
    (v) => `
      import os
      from collections import deque
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/run')
      def ops_run():
          param = request.args.get('cmd', '')
          q = deque(['uptime'])
          q.appendleft(param)
          bar = q[${v ? "0" : "-1"}]
          rc = os.system(bar)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "form host stripped (kept) vs shlex.quote()d before a shell=True ping",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/net/ping', methods=['POST'])
      def net_ping():
          host = request.form.get('host', 'localhost')
          arg = ${v ? "host.strip()" : "shlex.quote(host)"}
          out = subprocess.run('ping -c 1 ' + arg, shell=True, capture_output=True, text=True)
          return out.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "configparser section holding a header value set(); the command joins the stored target vs a constant host",
    (v) => `
      import configparser
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/net/trace')
      def net_trace():
          param = request.headers.get('X-Target', '')
          cfg = configparser.ConfigParser(interpolation=None)
          cfg.read_string('[cmd]\\ntool = traceroute\\n')
          cfg.set('cmd', 'target', param)
          cmd = cfg.get('cmd', 'tool') + ' ' + ${v ? "cfg.get('cmd', 'target')" : "'127.0.0.1'"}
          proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
          return proc.communicate()[0]
    `,
  ),
  ...whole(
    "CWE-78",
    "'abc'.upper() == 'abc' (false: the cookie runs) vs 'abc'.upper().lower() == 'abc' (true: constant) before Popen shell",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/echo')
      def ops_echo():
          param = request.cookies.get('job', '')
          if ${v ? "'abc'.upper()" : "'abc'.upper().lower()"} == 'abc':
              bar = 'echo ok'
          else:
              bar = param
          proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)
          return proc.communicate()[0]
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "dict(zip(['a', 'b'], [value, 'guest'])) read at 'a' (the value) vs 'b' ('guest') in an f-string query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/users/find')
      def users_find():
          param = request.args.get('name', '')
          d = dict(zip(['a', 'b'], [param, 'guest']))
          bar = d['${v ? "a" : "b"}']
          conn = sqlite3.connect('app.db')
          rows = conn.execute(f"SELECT id, email FROM users WHERE name = '{bar}'").fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "query id stripped (a string) vs int()ed before it is formatted into the SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/orders/show')
      def orders_show():
          uid = ${v ? "request.args.get('id', '0').strip()" : "int(request.args.get('id', '0'))"}
          conn = sqlite3.connect('shop.db')
          cur = conn.cursor()
          cur.execute('SELECT * FROM orders WHERE user_id = %s' % uid)
          return {'orders': cur.fetchall()}
    `,
  ),
  ...whole(
    "CWE-89",
    "helper class holding the form value: value() (the value) vs default() (a constant) concatenated into SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Picker:
          def __init__(self, value):
              self.value_ = value

          def value(self):
              return self.value_

          def default(self):
              return 'guest'


      @app.route('/users/by-name', methods=['POST'])
      def users_by_name():
          param = request.form.get('user', '')
          bar = Picker(param).${v ? "value" : "default"}()
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          cur.execute("SELECT * FROM users WHERE username = '" + bar + "'")
          return {'rows': cur.fetchall()}
    `,
  ),
  ...whole(
    "CWE-89",
    "queue.Queue put(value), put('admin'): first get() (the value) vs the second get() ('admin') in SQL",
    (v) => `
      import queue
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/audit/user')
      def audit_user():
          param = request.headers.get('X-User', '')
          q = queue.Queue()
          q.put(param)
          q.put('admin')
          ${v ? "" : "q.get()"}
          bar = q.get()
          conn = sqlite3.connect('audit.db')
          rows = conn.execute("SELECT * FROM audit WHERE actor = '%s'" % bar).fetchall()
          return {'rows': rows}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "query value in a quoted attribute after replace('<', '&lt;') only vs html.escape() (quotes too) via make_response",
    (v) => `
      import html
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/search')
      def search():
          param = request.args.get('q', '')
          shown = ${v ? "param.replace('<', '&lt;')" : "html.escape(param)"}
          body = '<form><input name="q" value="' + shown + '"></form>'
          return make_response(body)
    `,
  ),
  ...whole(
    "CWE-79",
    "render_template_string: template picked from a dict by a constant key, '|safe' ('raw') vs autoescaped ('plain')",
    (v) => `
      from flask import Flask, render_template_string, request

      app = Flask(__name__)
      TEMPLATES = {
          'plain': '<p>Hello {{ name }}</p>',
          'raw': '<p>Hello {{ name|safe }}</p>',
      }


      @app.route('/hello')
      def hello():
          param = request.args.get('name', '')
          tpl = TEMPLATES['${v ? "raw" : "plain"}']
          return render_template_string(tpl, name=param)
    `,
  ),
  ...whole(
    "CWE-79",
    "['hello', 'world', form value] sliced [1:] (holds the value) vs [:2] (constants) joined into returned HTML",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/greet', methods=['POST'])
      def greet():
          param = request.form.get('who', '')
          words = ['hello', 'world', param]
          shown = words[${v ? "1:" : ":2"}]
          return '<p>' + ' '.join(shown) + '</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "itertools.chain(['home'], [cookie]) listed, [-1] (the cookie) vs [0] ('home') written by make_response",
    (v) => `
      import itertools
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/crumbs')
      def crumbs():
          param = request.cookies.get('last_page', '')
          items = list(itertools.chain(['home'], [param]))
          bar = items[${v ? "-1" : "0"}]
          resp = make_response('<nav>You are at: ' + bar + '</nav>')
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "query file joined under the base as given vs os.path.basename()d first, opened",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/reports'


      @app.route('/reports/view')
      def reports_view():
          param = request.args.get('file', 'summary.txt')
          name = ${v ? "param" : "os.path.basename(param)"}
          with open(os.path.join(BASE, name)) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "setdefault('file', value) on an empty dict (the value stays) vs on {'file': 'readme.txt'} (constant kept)",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      BASE = '/srv/docs'


      @app.route('/docs/get', methods=['POST'])
      def docs_get():
          param = request.form.get('file', '')
          opts = ${v ? "{}" : "{'file': 'readme.txt'}"}
          opts.setdefault('file', param)
          opts.setdefault('file', 'index.txt')
          return send_file(os.path.join(BASE, opts['file']))
    `,
  ),
  ...whole(
    "CWE-22",
    "conf.update({'path': json value}) (overwrites) vs update({'other': json value}) (path kept) before open()",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/logs/tail', methods=['POST'])
      def logs_tail():
          data = request.get_json(silent=True) or {}
          param = str(data.get('path', ''))
          conf = {'path': 'app.log'}
          conf.update({'${v ? "path" : "other"}': param})
          with open('/var/log/myapp/' + conf['path']) as fh:
              return fh.read()[-4096:]
    `,
  ),
  ...whole(
    "CWE-22",
    "<path:name> checked with re.match(r'[\\w-]+') (a prefix only) vs re.fullmatch(r'[\\w-]+\\.txt') before send_file",
    (v) => `
      import os
      import re
      from flask import Flask, abort, send_file

      app = Flask(__name__)
      BASE = '/srv/notes'


      @app.route('/notes/<path:name>')
      def notes(name):
          if not re.${v ? "match(r'[\\w-]+', name)" : "fullmatch(r'[\\w-]+\\.txt', name)"}:
              abort(400)
          return send_file(os.path.join(BASE, name))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "ldap3 filter built from the stripped query value vs escape_filter_chars() of it",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      @app.route('/ldap/user')
      def ldap_user():
          param = request.args.get('uid', '')
          uid = ${v ? "param.strip()" : "escape_filter_chars(param)"}
          conn = Connection(Server('ldap://ldap.example.org'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=org', '(&(objectClass=person)(uid=' + uid + '))')
          return {'count': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "tuple (value, 'guest') read at [-2] (the value) vs [-1] ('guest') in a python-ldap search_s filter",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldap/mail', methods=['POST'])
      def ldap_mail():
          param = request.form.get('user', '')
          t = (param, 'guest')
          bar = t[${v ? "-2" : "-1"}]
          conn = ldap.initialize('ldap://ldap.example.org')
          res = conn.search_s('dc=example,dc=org', ldap.SCOPE_SUBTREE, '(uid=%s)' % bar, ['mail'])
          return {'found': len(res)}
    `,
  ),
  ...whole(
    "CWE-90",
    "x = 7; x * 2 > 20 (false: the header stays) vs x * 2 > 10 (true: 'nobody') in an ldap3 filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldap/group')
      def ldap_group():
          param = request.headers.get('X-Group', '')
          x = 7
          bar = param
          if x * 2 > ${v ? "20" : "10"}:
              bar = 'nobody'
          conn = Connection(Server('ldap://ldap.example.org'), auto_bind=True)
          conn.search('ou=groups,dc=example,dc=org', f'(cn={bar})')
          return {'count': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "deny-list of '*' only (')(' passes) vs an allow-list of known users before the ldap3 filter",
    (v) => `
      from flask import Flask, abort, request
      from ldap3 import Connection, Server

      app = Flask(__name__)
      KNOWN = {'alice', 'bob', 'carol'}


      @app.route('/ldap/profile')
      def ldap_profile():
          param = request.args.get('user', '')
          if ${v ? "'*' in param" : "param not in KNOWN"}:
              abort(400)
          conn = Connection(Server('ldap://ldap.example.org'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=org', '(uid=' + param + ')', attributes=['cn'])
          return {'count': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "lxml xpath with the query value concatenated vs bound as the $n variable",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('users.xml')


      @app.route('/xml/user')
      def xml_user():
          param = request.args.get('name', '')
          ${v ? 'nodes = DOC.xpath("//user[name=\'" + param + "\']/email/text()")' : "nodes = DOC.xpath('//user[name=$n]/email/text()', n=param)"}
          return {'emails': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "defaultdict(lambda: 'guest') with the form value at 'q', read at 'q' (the value) vs 'other' (the default)",
    (v) => `
      from collections import defaultdict
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xml/role', methods=['POST'])
      def xml_role():
          param = request.form.get('name', '')
          d = defaultdict(lambda: 'guest')
          d['q'] = param
          bar = d['${v ? "q" : "other"}']
          root = etree.parse('roles.xml').getroot()
          roles = root.xpath("//account[@name='" + bar + "']/role/text()")
          return {'roles': [str(r) for r in roles]}
    `,
  ),
  ...whole(
    "CWE-643",
    "('guest ' + header).split()[1] (the header's first word) vs [0] ('guest') in an XPath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xml/dept')
      def xml_dept():
          param = request.headers.get('X-Dept', '')
          s = 'guest ' + param
          bar = s.split()[${v ? "1" : "0"}]
          tree = etree.parse('staff.xml')
          names = tree.xpath("/staff/person[dept='%s']/name/text()" % bar)
          return {'names': [str(n) for n in names]}
    `,
  ),
  ...whole(
    "CWE-643",
    "'{1}'.format('guest', cookie) (the cookie) vs '{0}' ('guest') in an lxml XPath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('prefs.xml')


      @app.route('/xml/prefs')
      def xml_prefs():
          param = request.cookies.get('user', '')
          bar = '{${v ? "1" : "0"}}'.format('guest', param)
          vals = DOC.xpath("//pref[@owner='" + bar + "']/@value")
          return {'prefs': [str(x) for x in vals]}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "hashlib.new() of ALGOS['fast'] ('md5') vs ALGOS['strong'] ('sha256') hashing a password",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      ALGOS = {'fast': 'md5', 'strong': 'sha256'}


      @app.route('/account/password', methods=['POST'])
      def account_password():
          password = request.form.get('password', '')
          h = hashlib.new(ALGOS['${v ? "fast" : "strong"}'])
          h.update(password.encode('utf-8'))
          return {'stored': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "'abc'.startswith('b') (false: sha1) vs startswith('a') (true: sha512) choosing the token digest",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/api/sign', methods=['POST'])
      def api_sign():
          secret = request.form.get('api_key', '')
          if 'abc'.startswith('${v ? "b" : "a"}'):
              digest = hashlib.sha512(secret.encode()).hexdigest()
          else:
              digest = hashlib.sha1(secret.encode()).hexdigest()
          return {'signature': digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "['sha1', 'sha256', 'md5'] read at [-1] ('md5') vs [-2] ('sha256') for hashlib.new over a credential",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/creds/digest', methods=['POST'])
      def creds_digest():
          data = request.get_json(silent=True) or {}
          pin = str(data.get('pin', ''))
          algos = ['sha1', 'sha256', 'md5']
          h = hashlib.new(algos[${v ? "-1" : "-2"}], pin.encode())
          return {'digest': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "configparser [hash] algo = sha1 vs blake2b read and resolved with getattr(hashlib, ...) for a password",
    (v) => `
      import configparser
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      cfg = configparser.ConfigParser()
      cfg.read_string('[hash]\\nalgo = ${v ? "sha1" : "blake2b"}\\n')


      @app.route('/users/register', methods=['POST'])
      def users_register():
          password = request.form.get('password', '')
          fn = getattr(hashlib, cfg.get('hash', 'algo'))
          return {'hash': fn(password.encode('utf-8')).hexdigest()}
    `,
  ),
  // --- CWE-327 weak cipher / mode ---
  ...whole(
    "CWE-327",
    "pycryptodome AES mode chosen by 10 % 3 == 1 (true: ECB) vs 10 % 3 == 2 (false: GCM)",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/vault/seal', methods=['POST'])
      def vault_seal():
          data = request.get_data()
          mode = AES.MODE_ECB if 10 % 3 == ${v ? "1" : "2"} else AES.MODE_GCM
          cipher = AES.new(KEY, mode)
          padded = data + b'\\0' * (-len(data) % 16)
          return {'ct': cipher.encrypt(padded).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "cryptography cipher class from a dict: 'legacy' (TripleDES) vs 'modern' (AES) in CBC",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(24)
      CIPHERS = {'legacy': algorithms.TripleDES, 'modern': algorithms.AES}


      @app.route('/notes/encrypt', methods=['POST'])
      def notes_encrypt():
          data = request.get_data()
          algo = CIPHERS['${v ? "legacy" : "modern"}'](KEY)
          iv = os.urandom(algo.block_size // 8)
          padder = padding.PKCS7(algo.block_size).padder()
          enc = Cipher(algo, modes.CBC(iv)).encryptor()
          ct = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
          return {'iv': iv.hex(), 'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "(ARC4, ChaCha20) tuple read at [0] (RC4) vs [1] (ChaCha20) encrypting the body",
    (v) => `
      import os
      from Crypto.Cipher import ARC4, ChaCha20
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/stream/encrypt', methods=['POST'])
      def stream_encrypt():
          data = request.get_data()
          ciphers = (ARC4, ChaCha20)
          cipher = ciphers[${v ? "0" : "1"}].new(key=KEY)
          return {'ct': cipher.encrypt(data).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "mode = modes.ECB() replaced by CBC(iv) when len('abcd') == 5 (never: ECB stays) vs == 4 (always: CBC)",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/tokens/wrap', methods=['POST'])
      def tokens_wrap():
          data = request.form.get('token', '').encode()
          iv = os.urandom(16)
          mode = modes.ECB()
          if len('abcd') == ${v ? "5" : "4"}:
              mode = modes.CBC(iv)
          padder = padding.PKCS7(128).padder()
          enc = Cipher(algorithms.AES(KEY), mode).encryptor()
          ct = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
          return {'iv': iv.hex(), 'ct': ct.hex()}
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "RNGS['fast'] (random.Random()) vs RNGS['secure'] (SystemRandom()) choosing a password-reset token",
    (v) => `
      import random
      import string
      from flask import Flask, request

      app = Flask(__name__)
      ALPHABET = string.ascii_letters + string.digits
      RNGS = {'fast': random.Random(), 'secure': random.SystemRandom()}


      @app.route('/password/reset', methods=['POST'])
      def password_reset():
          email = request.form.get('email', '')
          rng = RNGS['${v ? "fast" : "secure"}']
          token = ''.join(rng.choice(ALPHABET) for _ in range(32))
          return {'email': email, 'reset_token': token}
    `,
  ),
  ...whole(
    "CWE-338",
    "getrandbits session id replaced by secrets.token_hex when 5 - 5 == 1 (never) vs 5 - 5 == 0 (always)",
    (v) => `
      import random
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/session/new')
      def session_new():
          sid = '%032x' % random.getrandbits(128)
          if 5 - 5 == ${v ? "1" : "0"}:
              sid = secrets.token_hex(16)
          resp = make_response('ok')
          resp.set_cookie('sid', sid, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "TokenFactory(secure=False) (random.randint digits) vs TokenFactory(secure=True) (secrets) for an OTP",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)


      class TokenFactory:
          def __init__(self, secure):
              self.secure = secure

          def otp(self):
              if self.secure:
                  return '%06d' % secrets.randbelow(1000000)
              return '%06d' % random.randint(0, 999999)


      @app.route('/login/otp', methods=['POST'])
      def login_otp():
          user = request.form.get('user', '')
          code = TokenFactory(${v ? "False" : "True"}).otp()
          return {'user': user, 'otp': code}
    `,
  ),
  ...whole(
    "CWE-338",
    "[random.choice, secrets.choice][idx] with idx = 0 (random) vs idx = len('x') (secrets) building an API key",
    (v) => `
      import random
      import secrets
      import string
      from flask import Flask

      app = Flask(__name__)


      @app.route('/keys/new', methods=['POST'])
      def keys_new():
          idx = ${v ? "0" : "len('x')"}
          pick = [random.choice, secrets.choice][idx]
          key = ''.join(pick(string.ascii_letters + string.digits) for _ in range(40))
          return {'api_key': key}
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "dict(httponly=True, secure=True) then update(secure=False) vs update(samesite='Lax'), splatted into set_cookie",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/login/finish', methods=['POST'])
      def login_finish():
          opts = dict(httponly=True, secure=True)
          opts.update(${v ? "secure=False" : "samesite='Lax'"})
          resp = make_response('welcome')
          resp.set_cookie('session_id', secrets.token_urlsafe(32), **opts)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "FLAGS = (False, True): secure=FLAGS[0] (False) vs FLAGS[-1] (True) on a cookie holding the form value",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      FLAGS = (False, True)


      @app.route('/prefs/save', methods=['POST'])
      def prefs_save():
          param = request.form.get('token', '')
          resp = make_response('saved')
          resp.set_cookie('auth_token', param, secure=FLAGS[${v ? "0" : "-1"}], httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "configparser [cookie] secure = no vs yes read with getboolean() into set_cookie",
    (v) => `
      import configparser
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)
      cfg = configparser.ConfigParser()
      cfg.read_string('[cookie]\\nsecure = ${v ? "no" : "yes"}\\nhttponly = yes\\n')


      @app.route('/remember', methods=['POST'])
      def remember():
          resp = make_response('remembered')
          resp.set_cookie(
              'remember_me',
              secrets.token_hex(32),
              secure=cfg.getboolean('cookie', 'secure'),
              httponly=cfg.getboolean('cookie', 'httponly'),
          )
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "secure = not (7 % 2 == 1) (False) vs 7 % 2 == 1 (True) on a Flask session-token cookie",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/auth/token')
      def auth_token():
          secure = ${v ? "not (7 % 2 == 1)" : "7 % 2 == 1"}
          resp = make_response('issued')
          resp.set_cookie('auth', secrets.token_urlsafe(24), secure=secure, httponly=True, samesite='Strict')
          return resp
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "itertools.islice(chain([value], ['guest']), 0, 1) (the value) vs (1, 2) ('guest') stored in the session",
    (v) => `
      import itertools
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key'


      @app.route('/trust/name')
      def trust_name():
          param = request.args.get('name', '')
          vals = list(itertools.islice(itertools.chain([param], ['guest']), ${v ? "0, 1" : "1, 2"}))
          session['display_name'] = vals[0]
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-501",
    "deque(['anon']) with the header appended: pop() (the header) vs popleft() ('anon') stored in the session",
    (v) => `
      from collections import deque
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key'


      @app.route('/trust/user')
      def trust_user():
          param = request.headers.get('X-User', '')
          d = deque(['anon'])
          d.append(param)
          bar = d.${v ? "pop" : "popleft"}()
          session['userid'] = bar
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "'guest'.replace('guest', cookie) (the cookie) vs replace('admin', cookie) (no match: 'guest') in the session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key'


      @app.route('/trust/role')
      def trust_role():
          param = request.cookies.get('role', '')
          bar = 'guest'.replace('${v ? "guest" : "admin"}', param)
          session['role'] = bar
          return 'role set'
    `,
  ),
  ...whole(
    "CWE-501",
    "JSON body merged as {'lang': 'en', **data} (body wins) vs {**data, 'lang': 'en'} (constant wins), lang in session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key'


      @app.route('/trust/lang', methods=['POST'])
      def trust_lang():
          data = request.get_json(silent=True) or {}
          merged = ${v ? "{'lang': 'en', **data}" : "{**data, 'lang': 'en'}"}
          session['lang'] = merged.get('lang')
          return 'ok'
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "form expression given to eval() vs ast.literal_eval()",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/calc', methods=['POST'])
      def calc():
          param = request.form.get('expr', '0')
          result = ${v ? "eval(param)" : "ast.literal_eval(param)"}
          return {'result': repr(result)}
    `,
  ),
  ...whole(
    "CWE-94",
    "[value, '1 + 1', '2 * 3'][:1][0] (the value) vs [1:][0] ('1 + 1') passed to eval",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/calc/pick')
      def calc_pick():
          param = request.args.get('expr', '')
          exprs = [param, '1 + 1', '2 * 3']
          e = exprs[${v ? ":1" : "1:"}][0]
          return {'result': eval(e)}
    `,
  ),
  ...whole(
    "CWE-94",
    "exec of an f-string holding the header as given vs int() of it",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/calc/double')
      def calc_double():
          param = request.headers.get('X-Num', '0')
          n = ${v ? "param" : "int(param)"}
          ns = {}
          exec(f'result = {n} * 2', ns)
          return {'result': ns['result']}
    `,
  ),
  ...whole(
    "CWE-94",
    "LifoQueue: put('0') then put(cookie), get() is the cookie vs put(cookie) then put('0'), get() is '0', to eval",
    (v) => `
      import queue
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/calc/last')
      def calc_last():
          param = request.cookies.get('expr', '')
          q = queue.LifoQueue()
          q.put(${v ? "'0'" : "param"})
          q.put(${v ? "param" : "'0'"})
          bar = q.get()
          return {'result': eval(bar)}
    `,
  ),
  // --- CWE-502 insecure deserialisation ---
  ...whole(
    "CWE-502",
    "yaml.load of the body with LOADERS['full'] (UnsafeLoader) vs LOADERS['safe'] (SafeLoader)",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)
      LOADERS = {'safe': yaml.SafeLoader, 'full': yaml.UnsafeLoader}


      @app.route('/config/import', methods=['POST'])
      def config_import():
          body = request.get_data(as_text=True)
          cfg = yaml.load(body, Loader=LOADERS['${v ? "full" : "safe"}'])
          return {'keys': sorted(cfg) if isinstance(cfg, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "loader = pickle.loads if 2 ** 3 == 8 (true) vs == 9 (false: json.loads) over the base64 cookie",
    (v) => `
      import base64
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cart')
      def cart():
          raw = base64.b64decode(request.cookies.get('cart', 'e30='))
          loader = pickle.loads if 2 ** 3 == ${v ? "8" : "9"} else json.loads
          items = loader(raw)
          return {'items': len(items)}
    `,
  ),
  ...whole(
    "CWE-502",
    "blobs dict: marshal.loads of blobs['req'] (the body) vs blobs['builtin'] (marshal.dumps of a constant)",
    (v) => `
      import marshal
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = {'page_size': 20, 'theme': 'light'}


      @app.route('/prefs/load', methods=['POST'])
      def prefs_load():
          blobs = {'req': request.get_data(), 'builtin': marshal.dumps(DEFAULTS)}
          prefs = marshal.loads(blobs['${v ? "req" : "builtin"}'])
          return {'prefs': prefs}
    `,
  ),
  ...whole(
    "CWE-502",
    "helper class over the uploaded bytes: payload() (the upload) vs fallback() (pickle of a constant) to pickle.loads",
    (v) => `
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Store:
          def __init__(self, raw):
              self.raw = raw

          def payload(self):
              return self.raw

          def fallback(self):
              return pickle.dumps({'ok': True})


      @app.route('/state/restore', methods=['POST'])
      def state_restore():
          up = request.files['state'].read()
          obj = pickle.loads(Store(up).${v ? "payload" : "fallback"}())
          return {'restored': bool(obj)}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "next checked with startswith('/') ('//evil.example' passes) vs membership in an allow-list of paths",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      ALLOWED = {'/', '/dashboard', '/settings'}


      @app.route('/login/done')
      def login_done():
          target = request.args.get('next', '/')
          if ${v ? "not target.startswith('/')" : "target not in ALLOWED"}:
              target = '/'
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "routes.get('next', value) (missing key: the value) vs routes.get(value, '/') (only mapped paths)",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      ROUTES = {'home': '/', 'profile': '/me', 'billing': '/billing'}


      @app.route('/go')
      def go():
          param = request.args.get('to', '')
          dest = ROUTES.get(${v ? "'next', param" : "param, '/'"})
          return redirect(dest)
    `,
  ),
  ...whole(
    "CWE-601",
    "'{}/welcome'.format(form value) (the value is the host) vs 'https://example.com/{}'.format() (a path under a fixed host)",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/signup/done', methods=['POST'])
      def signup_done():
          param = request.form.get('next', '')
          url = '${v ? "{}/welcome" : "https://example.com/{}"}'.format(param)
          return redirect(url)
    `,
  ),
  ...whole(
    "CWE-601",
    "list(zip(['a', 'b'], [header, '/home'])) read at [0][1] (the header) vs [1][1] ('/home') in a redirect",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/back')
      def back():
          param = request.headers.get('Referer', '/')
          pairs = list(zip(['a', 'b'], [param, '/home']))
          return redirect(pairs[${v ? "0" : "1"}][1])
    `,
  ),
];
