// Dev suite "py-web", batch 53 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views (ninth wave), insecure/safe twins over 15 categories. Each view
// is a source, one or two data steps and a sink. Data steps earlier waves used little: helper classes that keep the
// value in `self` and hand it back through a method or property, dataclass / NamedTuple / TypedDict fields,
// functools.partial, map / filter with lambdas, dict.setdefault / update / pop / get with a default,
// str.format_map / `%` with a dict / string.Template, sorted / reversed / slices / zip / enumerate, a value carried
// by an exception's args, global / nonlocal, a recursion, multiple assignment and swaps, Counter / OrderedDict,
// itertools.chain, os.path / pathlib helpers, and look-alike non-sanitisers (str.strip, a one-character replace)
// next to real ones. Sources: request.args / form / headers / cookies / json / values / data / view_args and
// uploaded files. Each safe twin differs only in the one thing that makes it safe (a constant on the taken path,
// another key or index, an allow-list, a real sanitiser, a safe API). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch53: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH53: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "helper class keeps the query value in self, a property hands it back stripped vs shlex.quote'd into os.system",
    (v) => `
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      class LookupTarget:
          def __init__(self, host):
              self._host = host

          @property
          def host(self):
              return ${v ? "self._host.strip()" : "shlex.quote(self._host.strip())"}


      @app.route('/cmdi-05301')
      def cmdi_05301():
          target = LookupTarget(request.args.get('BenchmarkTest05301', 'localhost'))
          status = os.system('nslookup ' + target.host)
          return {'status': status}
    `,
  ),
  ...whole(
    "CWE-78",
    "functools.partial(subprocess.run, shell=True) on a form host vs the host replaced by a constant unless allow-listed",
    (v) => `
      import functools
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      ALLOWED_HOSTS = {'localhost', 'db.internal', 'cache.internal'}
      run_shell = functools.partial(subprocess.run, shell=True, capture_output=True, text=True)


      @app.route('/cmdi-05302', methods=['POST'])
      def cmdi_05302():
          host = request.form.get('BenchmarkTest05302', 'localhost')
          ${v ? "host = host.strip()" : "if host not in ALLOWED_HOSTS:\n              host = 'localhost'"}
          proc = run_shell('ping -c 1 ' + host)
          return {'out': proc.stdout}
    `,
  ),
  ...whole(
    "CWE-78",
    "header carried in a ValueError's args, the handler runs os.popen on args[1] (the header) vs args[0] (a constant)",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      def check(name):
          if not name.isalnum():
              raise ValueError('echo invalid', name)
          return name


      @app.route('/cmdi-05303')
      def cmdi_05303():
          name = request.headers.get('X-Branch', 'main')
          try:
              cmd = 'git log -1 ' + check(name)
          except ValueError as e:
              cmd = e.args[${v ? "1" : "0"}]
          out = os.popen(cmd).read()
          return {'out': out}
    `,
  ),
  ...whole(
    "CWE-78",
    "uploaded file name reduced to its pathlib stem, one-character replace(';', '') vs shlex.quote before os.system",
    (v) => `
      import os
      import pathlib
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05304', methods=['POST'])
      def cmdi_05304():
          upload = request.files['BenchmarkTest05304']
          stem = pathlib.PurePosixPath(upload.filename).stem
          safe_stem = ${v ? "stem.replace(';', '')" : "shlex.quote(stem)"}
          upload.save('/tmp/upload.bin')
          os.system('convert /tmp/upload.bin /srv/thumbs/' + safe_stem + '.png')
          return {'ok': True}
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "dataclass holding a constant table and the query value; f-string query with the user field vs a ? placeholder",
    (v) => `
      import sqlite3
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Lookup:
          table: str
          user: str


      @app.route('/sqli-05305')
      def sqli_05305():
          q = Lookup('users', request.args.get('BenchmarkTest05305', ''))
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          ${
            v
              ? "cur.execute(f\"SELECT id, email FROM {q.table} WHERE name = '{q.user}'\")"
              : 'cur.execute(f"SELECT id, email FROM {q.table} WHERE name = ?", (q.user,))'
          }
          rows = cur.fetchall()
          conn.close()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "JSON id interpolated with % and a dict into the SQL string vs passed as a pyformat parameter mapping",
    (v) => `
      import pymysql
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05306', methods=['POST'])
      def sqli_05306():
          body = request.get_json(silent=True) or {}
          values = {'id': str(body.get('account', ''))}
          conn = pymysql.connect(host='localhost', user='app', password='app', database='bank')
          with conn.cursor() as cur:
              ${
                v
                  ? "cur.execute(\"SELECT balance FROM accounts WHERE id = '%(id)s'\" % values)"
                  : 'cur.execute("SELECT balance FROM accounts WHERE id = %(id)s", values)'
              }
              row = cur.fetchone()
          conn.close()
          return {'balance': row[0] if row else None}
    `,
  ),
  ...whole(
    "CWE-89",
    "str.format_map over a dict whose name was updated from the form vs updated back to a constant before the query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      QUERY = "SELECT title FROM posts WHERE author = '{name}' ORDER BY id DESC"


      @app.route('/sqli-05307', methods=['POST'])
      def sqli_05307():
          fields = {'name': 'guest'}
          fields.update({'name': request.form.get('BenchmarkTest05307', '')})
          ${v ? "fields.update({'limit': 10})" : "fields.update(name='guest')"}
          conn = sqlite3.connect('blog.db')
          rows = conn.execute(QUERY.format_map(fields)).fetchall()
          conn.close()
          return {'posts': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "path parameter read via request.view_args into a module global; stripped vs reduced to digits-or-0 before the query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      LAST_UID = '0'


      def remember(uid):
          global LAST_UID
          LAST_UID = ${v ? "uid.strip()" : "uid if uid.isdigit() else '0'"}


      @app.route('/sqli-05308/<uid>')
      def sqli_05308(uid):
          remember(request.view_args['uid'])
          conn = sqlite3.connect('app.db')
          row = conn.execute('SELECT name FROM users WHERE id = ' + LAST_UID).fetchone()
          conn.close()
          return {'name': row[0] if row else None}
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "uploaded file name joined onto the upload folder with pathlib.Path.joinpath vs through secure_filename",
    (v) => `
      from pathlib import Path
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOAD_DIR = Path('/srv/uploads')


      @app.route('/path-05309', methods=['POST'])
      def path_05309():
          upload = request.files['BenchmarkTest05309']
          name = ${v ? "upload.filename" : "secure_filename(upload.filename)"}
          target = UPLOAD_DIR.joinpath(name)
          upload.save(target)
          return {'saved': str(target)}
    `,
  ),
  ...whole(
    "CWE-22",
    "query file name through os.path.normpath and os.path.join vs realpath with a base-directory prefix check",
    (v) => `
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)
      BASE = '/srv/reports'


      @app.route('/path-05310')
      def path_05310():
          name = os.path.normpath(request.args.get('BenchmarkTest05310', 'index.txt'))
          full = ${v ? "os.path.join(BASE, name)" : "os.path.realpath(os.path.join(BASE, name))"}
          ${v ? "" : "if not full.startswith(BASE + os.sep):\n              abort(403)"}
          with open(full, encoding='utf-8') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "recursive walk of nested JSON keys yields a file name opened under the data folder vs checked against an allow-list",
    (v) => `
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)
      DATA_DIR = '/srv/data'
      ALLOWED = {'prices.csv', 'stock.csv', 'terms.txt'}


      def dig(node, keys):
          if not keys:
              return node
          return dig(node.get(keys[0], {}), keys[1:])


      @app.route('/path-05311', methods=['POST'])
      def path_05311():
          body = request.get_json(silent=True) or {}
          name = str(dig(body, ['file', 'name']))
          ${v ? "" : "if name not in ALLOWED:\n              abort(404)"}
          with open(os.path.join(DATA_DIR, name), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "cookie and a default put in a list, reversed, send_file on the element holding the cookie vs the default",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      THEMES = '/srv/themes'


      @app.route('/path-05312')
      def path_05312():
          chosen = request.cookies.get('BenchmarkTest05312', 'light.css')
          order = list(reversed([chosen, 'default.css']))
          return send_file(os.path.join(THEMES, order[${v ? "1" : "0"}]))
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "string.Template substitute of the query name into an HTML fragment vs html.escape'd name",
    (v) => `
      import html
      from string import Template
      from flask import Flask, request

      app = Flask(__name__)
      PAGE = Template('<html><body><p>Hello $name</p></body></html>')


      @app.route('/xss-05313')
      def xss_05313():
          name = request.args.get('BenchmarkTest05313', 'guest')
          return PAGE.substitute(name=${v ? "name" : "html.escape(name)"})
    `,
  ),
  ...whole(
    "CWE-79",
    "NamedTuple with a constant title and the form body; the page shows the body field vs the title field",
    (v) => `
      from typing import NamedTuple
      from flask import Flask, request

      app = Flask(__name__)


      class Greeting(NamedTuple):
          title: str
          body: str


      @app.route('/xss-05314', methods=['POST'])
      def xss_05314():
          g = Greeting('Welcome back', request.form.get('BenchmarkTest05314', ''))
          return '<h1>%s</h1>' % g.${v ? "body" : "title"}
    `,
  ),
  ...whole(
    "CWE-79",
    "request.values tags split, map(lambda: strip) and filter(lambda) into an HTML list vs map(lambda: html.escape)",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05315', methods=['GET', 'POST'])
      def xss_05315():
          raw = request.values.get('BenchmarkTest05315', '')
          tags = list(filter(lambda t: t, map(lambda t: ${v ? "t.strip()" : "html.escape(t.strip())"}, raw.split(','))))
          return '<ul><li>' + '</li><li>'.join(tags) + '</li></ul>'
    `,
  ),
  ...whole(
    "CWE-79",
    "User-Agent header appended by a nonlocal closure builder into the response vs html.escape'd first",
    (v) => `
      import html
      from flask import Flask, make_response, request

      app = Flask(__name__)


      def render(agent):
          out = ''

          def add(s):
              nonlocal out
              out += s

          add('<p>Your browser: ')
          add(${v ? "agent" : "html.escape(agent)"})
          add('</p>')
          return out


      @app.route('/xss-05316')
      def xss_05316():
          body = render(request.headers.get('User-Agent', ''))
          return make_response(body)
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "helper class keeps the uid in self, a method builds the filter from it vs escape_filter_chars'd, ldap3 search",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      class UserFilter:
          def __init__(self, uid):
              self.uid = uid

          def build(self):
              return '(&(objectClass=person)(uid=' + ${v ? "self.uid" : "escape_filter_chars(self.uid)"} + '))'


      @app.route('/ldap-05317')
      def ldap_05317():
          flt = UserFilter(request.args.get('BenchmarkTest05317', ''))
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('dc=example,dc=com', flt.build(), attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "dict.setdefault of a JSON cn into an empty dict vs into a dict already holding a constant cn, python-ldap search_s",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldap-05318', methods=['POST'])
      def ldap_05318():
          body = request.get_json(silent=True) or {}
          opts = ${v ? "{}" : "{'cn': 'guest'}"}
          opts.setdefault('cn', str(body.get('cn', '')))
          conn = ldap.initialize('ldap://localhost')
          res = conn.search_s('ou=people,dc=example,dc=com', ldap.SCOPE_SUBTREE, '(cn=%s)' % opts['cn'])
          return {'found': len(res)}
    `,
  ),
  ...whole(
    "CWE-90",
    "dict(zip(keys, [cookie, constant])) then the LDAP filter from the cookie's key vs the constant's key",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldap-05319')
      def ldap_05319():
          pairs = dict(zip(['uid', 'ou'], [request.cookies.get('BenchmarkTest05319', ''), 'people']))
          key = '${v ? "uid" : "ou"}'
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('dc=example,dc=com', '(' + key + '=' + pairs[key] + ')', attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "functools.partial over str.format builds the XPath from the query vs partial over DOC.xpath with an $n variable",
    (v) => `
      import functools
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('users.xml')


      @app.route('/xpath-05320')
      def xpath_05320():
          name = request.args.get('BenchmarkTest05320', '')
          ${
            v
              ? "build = functools.partial(\"//user[name='{}']/email/text()\".format)\n          found = DOC.xpath(build(name))"
              : "find = functools.partial(DOC.xpath, '//user[name=$n]/email/text()')\n          found = find(n=name)"
          }
          return {'emails': [str(x) for x in found]}
    `,
  ),
  ...whole(
    "CWE-643",
    "form value and a constant swapped by tuple assignment; the XPath uses the name now holding the form value vs the constant",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      ROOT = etree.parse('accounts.xml').getroot()


      @app.route('/xpath-05321', methods=['POST'])
      def xpath_05321():
          first, second = request.form.get('BenchmarkTest05321', ''), 'guest'
          first, second = second, first
          login = ${v ? "second" : "first"}
          nodes = ROOT.xpath("/accounts/account[@login='" + login + "']/role/text()")
          return {'roles': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "raw request body split and counted with collections.Counter; most_common word in the XPath vs the count of distinct words",
    (v) => `
      from collections import Counter
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('catalog.xml')


      @app.route('/xpath-05322', methods=['POST'])
      def xpath_05322():
          words = Counter(request.data.decode('utf-8', 'replace').split())
          ${
            v
              ? "top = words.most_common(1)[0][0] if words else 'none'\n          expr = \"//item[keyword='\" + top + \"']/title/text()\""
              : "expr = '//item[position()=%d]/title/text()' % len(words)"
          }
          return {'titles': [str(t) for t in DOC.xpath(expr)]}
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "password-reset token from a helper class property built on random.random vs secrets.token_hex",
    (v) => `
      ${v ? "import random" : "import secrets"}
      from flask import Flask, request

      app = Flask(__name__)
      RESETS = {}


      class ResetToken:
          def __init__(self, email):
              self.email = email

          @property
          def value(self):
              return ${v ? "str(random.random())[2:]" : "secrets.token_hex(16)"}


      @app.route('/rand-05323', methods=['POST'])
      def rand_05323():
          tok = ResetToken(request.form.get('email', ''))
          RESETS[tok.value] = tok.email
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "API key from functools.partial(random.choices, ALPHABET, k=32) vs partial over random.SystemRandom().choices",
    (v) => `
      import functools
      import random
      import string
      from flask import Flask, request

      app = Flask(__name__)
      ALPHABET = string.ascii_letters + string.digits
      KEYS = {}
      make_key = functools.partial(${v ? "random.choices" : "random.SystemRandom().choices"}, ALPHABET, k=32)


      @app.route('/rand-05324', methods=['POST'])
      def rand_05324():
          key = ''.join(make_key())
          KEYS[key] = request.headers.get('X-Client', 'anon')
          return {'api_key': key}
    `,
  ),
  ...whole(
    "CWE-338",
    "six-digit login OTP from map(lambda: random.randint) vs map(lambda: secrets.randbelow)",
    (v) => `
      ${v ? "import random" : "import secrets"}
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      @app.route('/rand-05325', methods=['POST'])
      def rand_05325():
          otp = ''.join(map(lambda _: str(${v ? "random.randint(0, 9)" : "secrets.randbelow(10)"}), range(6)))
          session['otp'] = otp
          session['otp_user'] = request.form.get('user', '')
          return {'sent': True}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "dataclass policy whose algorithm field defaults to md5 vs sha256, used with hashlib.new for a webhook signature",
    (v) => `
      import hashlib
      import hmac
      from dataclasses import dataclass
      from flask import Flask, abort, request

      app = Flask(__name__)


      @dataclass
      class DigestPolicy:
          algo: str = '${v ? "md5" : "sha256"}'
          secret: bytes = b'webhook-shared-secret'


      POLICY = DigestPolicy()


      @app.route('/hash-05326', methods=['POST'])
      def hash_05326():
          h = hashlib.new(POLICY.algo)
          h.update(POLICY.secret + request.get_data())
          if not hmac.compare_digest(h.hexdigest(), request.headers.get('X-Signature', '')):
              abort(401)
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "digest name from CONFIG.get('digest', 'sha1') where the key is missing vs present as sha512",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      CONFIG = ${v ? "{'rounds': 1}" : "{'digest': 'sha512', 'rounds': 1}"}
      FINGERPRINTS = {}


      @app.route('/hash-05327', methods=['POST'])
      def hash_05327():
          doc = request.get_data()
          fp = hashlib.new(CONFIG.get('digest', 'sha1'), doc).hexdigest()
          FINGERPRINTS[fp] = len(doc)
          return {'fingerprint': fp}
    `,
  ),
  ...whole(
    "CWE-328",
    "fast, strong = 'md5', 'sha256' by multiple assignment; getattr(hashlib, fast) vs getattr(hashlib, strong) on a password",
    (v) => `
      import hashlib
      import os
      from flask import Flask, request

      app = Flask(__name__)
      USERS = {}


      @app.route('/hash-05328', methods=['POST'])
      def hash_05328():
          fast, strong = 'md5', 'sha256'
          algo = getattr(hashlib, ${v ? "fast" : "strong"})
          salt = os.urandom(16)
          user = request.form.get('user', '')
          USERS[user] = salt.hex() + '$' + algo(salt + request.form.get('password', '').encode('utf-8')).hexdigest()
          return {'ok': True}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "helper class keeps an ARC4 cipher in self and a method encrypts the form note vs AES in GCM mode",
    (v) => `
      import os
      from Crypto.Cipher import ${v ? "ARC4" : "AES"}
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)


      class Vault:
          def __init__(self, key):
              self.key = key

          def seal(self, data):
              ${
                v
                  ? "return ARC4.new(self.key).encrypt(data)"
                  : "cipher = AES.new(self.key, AES.MODE_GCM)\n              ct, tag = cipher.encrypt_and_digest(data)\n              return cipher.nonce + tag + ct"
              }


      @app.route('/crypto-05329', methods=['POST'])
      def crypto_05329():
          blob = Vault(KEY).seal(request.form.get('note', '').encode('utf-8'))
          return {'blob': blob.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "functools.partial(Cipher, algorithms.Blowfish(KEY)) in CBC mode vs AESGCM from the cryptography package",
    (v) => `
      import functools
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)
      ${v ? "make_cipher = functools.partial(Cipher, algorithms.Blowfish(KEY))" : "make_cipher = functools.partial(AESGCM, AESGCM.generate_key(bit_length=256))"}


      @app.route('/crypto-05330', methods=['POST'])
      def crypto_05330():
          data = request.get_data()[:64].ljust(64, b' ')
          ${
            v
              ? "iv = os.urandom(8)\n          enc = make_cipher(modes.CBC(iv)).encryptor()\n          blob = iv + enc.update(data) + enc.finalize()"
              : "nonce = os.urandom(12)\n          blob = nonce + make_cipher().encrypt(nonce, data, None)"
          }
          return {'blob': blob.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "OrderedDict of AES modes, list(values())[1] (ECB) vs [0] (GCM) for the form secret",
    (v) => `
      import os
      from collections import OrderedDict
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)
      MODES = OrderedDict([('gcm', AES.MODE_GCM), ('ecb', AES.MODE_ECB)])


      @app.route('/crypto-05331', methods=['POST'])
      def crypto_05331():
          mode = list(MODES.values())[${v ? "1" : "0"}]
          cipher = AES.new(KEY, mode)
          ct = cipher.encrypt(pad(request.form.get('secret', '').encode('utf-8'), 16))
          return {'ct': ct.hex()}
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "cookie options dict updated with secure=False vs secure=True, then set_cookie(**opts)",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/cookie-05332', methods=['POST'])
      def cookie_05332():
          opts = {'httponly': True, 'samesite': 'Lax'}
          opts.update(secure=${v ? "False" : "True"})
          resp = make_response('logged in')
          resp.set_cookie('sessionid', secrets.token_urlsafe(32), **opts)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "helper class keeps the cookie flags in self and a property returns them; secure left False vs set True",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      class CookiePolicy:
          def __init__(self, secure):
              self.secure = secure
              self.httponly = True

          @property
          def flags(self):
              return {'secure': self.secure, 'httponly': self.httponly}


      POLICY = CookiePolicy(${v ? "False" : "True"})


      @app.route('/cookie-05333', methods=['POST'])
      def cookie_05333():
          resp = make_response('ok')
          resp.set_cookie('auth', secrets.token_hex(24), **POLICY.flags)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "SECURE, SAMESITE = False, 'Lax' by multiple assignment vs True, 'Lax', used as set_cookie keyword values",
    (v) => `
      import secrets
      from flask import Flask, make_response, request

      app = Flask(__name__)
      SECURE, SAMESITE = ${v ? "False" : "True"}, 'Lax'


      @app.route('/cookie-05334', methods=['POST'])
      def cookie_05334():
          resp = make_response('remembered')
          if request.form.get('remember') == 'on':
              resp.set_cookie('remember_token', secrets.token_urlsafe(32), secure=SECURE, httponly=True, samesite=SAMESITE)
          return resp
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "helper class keeps the query display name and a constant default in self; session gets the name property vs the default",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      class Profile:
          def __init__(self, name):
              self._name = name
              self._default = 'Anonymous'

          @property
          def name(self):
              return self._name

          @property
          def default(self):
              return self._default


      @app.route('/trust-05335')
      def trust_05335():
          profile = Profile(request.args.get('BenchmarkTest05335', ''))
          session['display_name'] = profile.${v ? "name" : "default"}
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "JSON lang popped with a default into the session vs replaced by 'en' unless in an allow-list",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'
      LANGS = ('en', 'fr', 'de')


      @app.route('/trust-05336', methods=['POST'])
      def trust_05336():
          data = dict(request.get_json(silent=True) or {})
          lang = str(data.pop('lang', 'en'))
          ${v ? "lang = lang.strip()" : "lang = lang if lang in LANGS else 'en'"}
          session['lang'] = lang
          return {'lang': lang}
    `,
  ),
  ...whole(
    "CWE-501",
    "itertools.chain of a constant crumb and the query crumbs; session gets the whole list vs the [:1] slice",
    (v) => `
      import itertools
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      @app.route('/trust-05337')
      def trust_05337():
          crumbs = list(itertools.chain(['home'], request.args.getlist('BenchmarkTest05337')))
          session['breadcrumbs'] = crumbs${v ? "" : "[:1]"}
          return {'n': len(crumbs)}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "TypedDict with the query next and a constant fallback; redirect to the next field vs the fallback field",
    (v) => `
      from typing import TypedDict
      from flask import Flask, redirect, request

      app = Flask(__name__)


      class Nav(TypedDict):
          next: str
          fallback: str


      @app.route('/redirect-05338')
      def redirect_05338():
          nav: Nav = {'next': request.args.get('BenchmarkTest05338', '/'), 'fallback': '/home'}
          return redirect(nav['${v ? "next" : "fallback"}'])
    `,
  ),
  ...whole(
    "CWE-601",
    "form target stripped of whitespace vs replaced by '/home' unless in an allow-list of paths",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      PAGES = {'/home', '/profile', '/settings'}


      @app.route('/redirect-05339', methods=['POST'])
      def redirect_05339():
          target = request.form.get('BenchmarkTest05339', '/home')
          ${v ? "target = target.strip()" : "target = target if target in PAGES else '/home'"}
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "request.values URL unquoted by a recursion, redirected to vs passed as a parameter to url_for's same-origin page",
    (v) => `
      from urllib.parse import unquote
      from flask import Flask, redirect, request, url_for

      app = Flask(__name__)


      def unwrap(url, depth=0):
          if '%' in url and depth < 3:
              return unwrap(unquote(url), depth + 1)
          return url


      @app.route('/landing')
      def landing():
          return 'welcome'


      @app.route('/redirect-05340')
      def redirect_05340():
          dest = unwrap(request.values.get('BenchmarkTest05340', '/'))
          return redirect(${v ? "dest" : "url_for('landing', ref=dest)"})
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "base64 cookie kept by a helper class, a property unpickles it vs json.loads",
    (v) => `
      import base64
      ${v ? "import pickle" : "import json"}
      from flask import Flask, request

      app = Flask(__name__)


      class CartCookie:
          def __init__(self, raw):
              self.raw = raw

          @property
          def items(self):
              return ${v ? "pickle.loads(base64.b64decode(self.raw))" : "json.loads(base64.b64decode(self.raw))"}


      @app.route('/deser-05341')
      def deser_05341():
          cart = CartCookie(request.cookies.get('BenchmarkTest05341', 'W10='))
          return {'count': len(cart.items)}
    `,
  ),
  ...whole(
    "CWE-502",
    "safe_loader, full_loader = yaml.SafeLoader, yaml.UnsafeLoader; the request body loaded with full_loader vs safe_loader",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deser-05342', methods=['POST'])
      def deser_05342():
          safe_loader, full_loader = yaml.SafeLoader, yaml.UnsafeLoader
          config = yaml.load(request.data, Loader=${v ? "full_loader" : "safe_loader"})
          return {'keys': sorted(config) if isinstance(config, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "uploaded file bytes carried in a ValueError's args and deserialised in the handler with pickle.loads vs json.loads",
    (v) => `
      ${v ? "import pickle" : "import json"}
      from flask import Flask, request

      app = Flask(__name__)


      def reject_large(blob):
          if len(blob) > 1024:
              raise ValueError('too large')
          raise ValueError(blob)


      @app.route('/deser-05343', methods=['POST'])
      def deser_05343():
          blob = request.files['BenchmarkTest05343'].read()
          try:
              reject_large(blob)
          except ValueError as e:
              payload = e.args[0]
          if isinstance(payload, str):
              return {'error': payload}, 413
          obj = ${v ? "pickle.loads(payload)" : "json.loads(payload)"}
          return {'type': type(obj).__name__}
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "string.Template fills two query operands into an expression for eval vs the operands int()-converted first",
    (v) => `
      from string import Template
      from flask import Flask, request

      app = Flask(__name__)
      EXPR = Template('$a + $b')


      @app.route('/code-05344')
      def code_05344():
          a = request.args.get('a', '0')
          b = request.args.get('b', '0')
          ${v ? "" : "a, b = int(a), int(b)"}
          result = eval(EXPR.substitute(a=a, b=b))
          return {'result': result}
    `,
  ),
  ...whole(
    "CWE-94",
    "named expression looked up with EXPRS.get(name, name) (the default is the query) vs EXPRS.get(name, '0'), then eval",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      EXPRS = {'double': '2 * 21', 'square': '7 ** 2', 'zero': '0'}


      @app.route('/code-05345')
      def code_05345():
          name = request.args.get('BenchmarkTest05345', 'zero')
          source = EXPRS.get(name, ${v ? "name" : "'0'"})
          code = compile(source, '<expr>', 'eval')
          return {'value': eval(code)}
    `,
  ),
  ...whole(
    "CWE-94",
    "each form expr enumerated and eval'd with empty builtins vs ast.literal_eval",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/code-05346', methods=['POST'])
      def code_05346():
          results = {}
          for i, expr in enumerate(request.form.getlist('BenchmarkTest05346')):
              results[i] = repr(${v ? "eval(expr, {'__builtins__': {}})" : "ast.literal_eval(expr)"})
          return results
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "helper class keeps an lxml XMLParser(resolve_entities=True, load_dtd=True) in self and parses the body vs resolve_entities=False, no_network=True",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      class FeedReader:
          def __init__(self):
              self.parser = etree.XMLParser(${v ? "resolve_entities=True, load_dtd=True, no_network=False" : "resolve_entities=False, no_network=True"})

          def titles(self, raw):
              root = etree.fromstring(raw, self.parser)
              return [t.text for t in root.iter('title')]


      @app.route('/xxe-05347', methods=['POST'])
      def xxe_05347():
          return {'titles': FeedReader().titles(request.data)}
    `,
  ),
  ...whole(
    "CWE-611",
    "xml.sax parser with feature_external_ges turned on parses the uploaded file vs defusedxml.sax",
    (v) => `
      import xml.sax
      ${v ? "from xml.sax.handler import feature_external_ges" : "import defusedxml.sax"}
      from flask import Flask, request

      app = Flask(__name__)


      class Counter(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.n = 0

          def startElement(self, name, attrs):
              self.n += 1


      @app.route('/xxe-05348', methods=['POST'])
      def xxe_05348():
          handler = Counter()
          ${
            v
              ? "parser = xml.sax.make_parser()\n          parser.setFeature(feature_external_ges, True)\n          parser.setContentHandler(handler)\n          parser.parse(request.files['BenchmarkTest05348'])"
              : "defusedxml.sax.parse(request.files['BenchmarkTest05348'], handler)"
          }
          return {'elements': handler.n}
    `,
  ),
  ...whole(
    "CWE-611",
    "lxml parser options dict updated with resolve_entities=True, load_dtd=True vs resolve_entities=False before XMLParser(**opts)",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xxe-05349', methods=['POST'])
      def xxe_05349():
          opts = {'no_network': ${v ? "False" : "True"}, 'huge_tree': False}
          opts.update(${v ? "resolve_entities=True, load_dtd=True" : "resolve_entities=False"})
          parser = etree.XMLParser(**opts)
          doc = etree.fromstring(request.get_data(), parser)
          return {'root': doc.tag}
    `,
  ),
  // --- CWE-79 once more: Counter / sorted ---
  ...whole(
    "CWE-79",
    "cookie words counted with Counter and sorted; the HTML lists the words vs only their counts",
    (v) => `
      from collections import Counter
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05350')
      def xss_05350():
          words = Counter(request.cookies.get('BenchmarkTest05350', '').split('|'))
          rows = sorted(words.items(), key=lambda kv: -kv[1])
          return '<table>' + ''.join('<tr><td>%s</td></tr>' % ${v ? "w" : "n"} for w, n in rows) + '</table>'
    `,
  ),
];
