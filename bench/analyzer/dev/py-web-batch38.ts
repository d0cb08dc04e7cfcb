// Dev suite "py-web", batch 38 (see py-web.ts): written blind (without reading the rules), measured before any fix
// for it. OWASP-Benchmark-style Flask and Django views in the fourteen categories, each insecure view with a safe
// twin that differs only in a VALUE-level fact: a branch or ternary on a constant expression over known numbers or
// strings, a dict read at a constant key (the one holding the request value or another), list append/insert/pop/
// index/slice, configparser set/get by key, `match` on a constant subject, comprehensions over a known list, base64
// round trips, string methods (split/join/replace/format, f-strings, dict.get defaults), helper functions and class
// methods that return their argument or a constant, and tuple unpacking. The request value comes from headers,
// cookies, the raw query string, repeated parameters (getlist), request.values and request.form, or Django's
// request.GET/POST/COOKIES/META. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch38: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH38: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "header value appended to an argument list, the list read at [-2] (the header) vs [-1] (a constant) into a shell string",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmd/list', methods=['GET'])
      def cmd_list():
          param = request.headers.get('X-Dir', '')
          parts = ['ls', '-l']
          parts.append(param)
          parts.append('/tmp')
          target = parts[${v ? "-2" : "-1"}]
          out = subprocess.run('ls -l ' + target, shell=True, capture_output=True, text=True)
          return out.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "match on a constant mode whose 'echo' arm takes request.values (taken) vs the default arm's constant",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmd/echo', methods=['GET', 'POST'])
      def cmd_echo():
          param = request.values.get('msg', '')
          mode = '${v ? "echo" : "date"}'
          match mode:
              case 'echo':
                  arg = param
              case _:
                  arg = 'hello'
          os.system('echo ' + arg)
          return 'done'
    `,
  ),
  ...whole(
    "CWE-78",
    "cookie base64 round trip then a class method that returns its first argument vs its second (a constant) in nslookup via shell",
    (v) => `
      import base64
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class Chooser:
          def pick(self, user_value, default_value):
              return ${v ? "user_value" : "default_value"}


      @app.route('/cmd/lookup')
      def cmd_lookup():
          param = request.cookies.get('host', 'localhost')
          decoded = base64.b64decode(base64.b64encode(param.encode('utf-8'))).decode('utf-8')
          host = Chooser().pick(decoded, 'example.org')
          result = subprocess.check_output(f'nslookup {host}', shell=True)
          return result.decode('utf-8', 'replace')
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "repeated form value set in configparser and read back by its key vs by the key holding a constant, concatenated into SQL",
    (v) => `
      import configparser
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sql/user', methods=['POST'])
      def sql_user():
          values = request.form.getlist('name')
          param = values[0] if values else ''
          conf = configparser.ConfigParser()
          conf.add_section('query')
          conf.set('query', 'keyA', 'guest')
          conf.set('query', 'keyB', param)
          bar = conf.get('query', '${v ? "keyB" : "keyA"}')
          conn = sqlite3.connect('users.db')
          rows = conn.execute("SELECT id, email FROM users WHERE name = '" + bar + "'").fetchall()
          conn.close()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django GET value stored in a dict under 'b', read at 'b' vs at 'c' (a constant), formatted into cursor.execute",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      def order_lookup(request):
          param = request.GET.get('id', '')
          table = {'a': 'x', 'b': param, 'c': '42'}
          bar = table['${v ? "b" : "c"}']
          with connection.cursor() as cursor:
              cursor.execute(f"SELECT total FROM orders WHERE id = '{bar}'")
              row = cursor.fetchone()
          return JsonResponse({'total': row[0] if row else None})
    `,
  ),
  ...whole(
    "CWE-89",
    "query value between constants split on commas, field [1] (the value) vs [0] (a constant) in a SQLAlchemy text() query",
    (v) => `
      from flask import Flask, request
      from flask_sqlalchemy import SQLAlchemy
      from sqlalchemy import text

      app = Flask(__name__)
      db = SQLAlchemy(app)


      @app.route('/sql/products')
      def sql_products():
          param = request.args.get('category', '')
          joined = ','.join(['toys', param, 'end'])
          bar = joined.split(',')[${v ? "1" : "0"}]
          result = db.session.execute(text("SELECT name FROM products WHERE category = '" + bar + "'"))
          return {'names': [r[0] for r in result]}
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "if on (7 * 42) - num over a threshold: the taken branch assigns the header value vs a constant file name, opened under a base",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/var/app/files'


      @app.route('/files/read')
      def files_read():
          param = request.headers.get('X-File', '')
          num = 86
          if (7 * 42) - num > ${v ? "250" : "200"}:
              bar = 'notes.txt'
          else:
              bar = param
          with open(os.path.join(BASE, bar)) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "'{0}' vs '{1}' format template choosing the query value or a constant log name, passed to send_file",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      LOG_DIR = '/var/log/app'


      @app.route('/logs/download')
      def logs_download():
          param = request.args.get('name', '')
          bar = '{${v ? "0" : "1"}}'.format(param, 'current.log')
          return send_file(os.path.join(LOG_DIR, bar))
    `,
  ),
  ...whole(
    "CWE-22",
    "value parsed from the raw query string, a comprehension keeping index 1 (the value) vs 0 (a constant) of a list, read with pathlib",
    (v) => `
      from pathlib import Path
      from urllib.parse import parse_qs

      from flask import Flask, request

      app = Flask(__name__)
      BASE = Path('/srv/docs')


      @app.route('/docs/view')
      def docs_view():
          param = parse_qs(request.query_string.decode('utf-8')).get('doc', [''])[0]
          chosen = [x for i, x in enumerate(['readme.txt', param]) if i == ${v ? "1" : "0"}][0]
          return Path(BASE, chosen).read_text()
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "ternary on 7 * 3 > 20 (true) vs 7 * 3 > 22 (false) selecting the Referer header or a constant, in an HTML response",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/xss/ref')
      def xss_ref():
          param = request.headers.get('Referer', '')
          bar = param if 7 * 3 > ${v ? "20" : "22"} else 'nothing to show'
          resp = make_response(f'<p>You came from {bar}</p>')
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "getlist values appended after two constants, the slice [1:3] (takes the first value) vs [:2] (constants only) rendered as <li>",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss/tags')
      def xss_tags():
          values = request.args.getlist('tag')
          items = ['news', 'sport'] + values
          shown = items[${v ? "1:3" : ":2"}]
          return '<ul>' + ''.join('<li>%s</li>' % x for x in shown) + '</ul>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Django cookie through a helper whose constant-string test returns the argument vs 'guest', concatenated into HttpResponse",
    (v) => `
      from django.http import HttpResponse


      def display_name(value):
          if 'abc'.upper() == '${v ? "XYZ" : "ABC"}':
              return 'guest'
          return value


      def welcome(request):
          param = request.COOKIES.get('name', 'friend')
          name = display_name(param)
          return HttpResponse('<h1>Hello ' + name + '</h1>')
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "request.values into a dict built by assignment, read at keyB (the value) vs keyA (a constant), in a python-ldap search filter",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldap/user')
      def ldap_user():
          param = request.values.get('uid', '')
          d = {}
          d['keyA'] = 'a_Value'
          d['keyB'] = param
          bar = d['${v ? "keyB" : "keyA"}']
          conn = ldap.initialize('ldap://ldap.example.org')
          conn.simple_bind_s('cn=reader,dc=example,dc=org', 'secret')
          found = conn.search_s('ou=people,dc=example,dc=org', ldap.SCOPE_SUBTREE, '(uid=' + bar + ')')
          return {'count': len(found)}
    `,
  ),
  ...whole(
    "CWE-90",
    "form value held by an object whose value() returns the stored value vs a constant, in an ldap3 f-string filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import ALL, Connection, Server

      app = Flask(__name__)


      class Holder:
          def __init__(self, raw):
              self.raw = raw

          def value(self):
              return ${v ? "self.raw" : "'nobody'"}


      @app.route('/ldap/group', methods=['POST'])
      def ldap_group():
          param = request.form.get('member', '')
          member = Holder(param).value()
          conn = Connection(Server('ldap://ldap.example.org', get_info=ALL), auto_bind=True)
          conn.search('dc=example,dc=org', f'(&(objectClass=group)(member={member}))', attributes=['cn'])
          return {'groups': [str(e.cn) for e in conn.entries]}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "list of base64 blobs (a constant and the query value), element [1] vs [0] decoded into an lxml xpath",
    (v) => `
      import base64
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('users.xml')


      @app.route('/xpath/user')
      def xpath_user():
          param = request.args.get('name', '')
          blobs = [base64.b64encode(b'guest'), base64.b64encode(param.encode('utf-8'))]
          bar = base64.b64decode(blobs[${v ? "1" : "0"}]).decode('utf-8')
          emails = TREE.xpath("//user[name='" + bar + "']/email/text()")
          return {'emails': [str(e) for e in emails]}
    `,
  ),
  ...whole(
    "CWE-643",
    "header value put into a constant with str.replace of a placeholder that occurs vs one that does not, in an XPath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('catalog.xml')


      @app.route('/xpath/book')
      def xpath_book():
          param = request.headers.get('X-Title', '')
          bar = 'PLACEHOLDER'.replace('${v ? "PLACEHOLDER" : "MISSING"}', param)
          titles = DOC.xpath(f"/catalog/book[@title='{bar}']/price/text()")
          return {'prices': [str(t) for t in titles]}
    `,
  ),
  // --- CWE-327 weak crypto ---
  ...whole(
    "CWE-327",
    "AES mode taken from a list at index 0 (ECB) vs 1 (GCM) encrypting the form value",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/crypto/seal', methods=['POST'])
      def crypto_seal():
          param = request.form.get('secret', '')
          modes = [AES.MODE_ECB, AES.MODE_GCM]
          mode = modes[${v ? "0" : "1"}]
          if mode == AES.MODE_GCM:
              cipher = AES.new(KEY, mode)
              data, tag = cipher.encrypt_and_digest(param.encode('utf-8'))
              return {'nonce': cipher.nonce.hex(), 'data': data.hex(), 'tag': tag.hex()}
          cipher = AES.new(KEY, mode)
          padded = param.encode('utf-8').ljust(16 * (len(param) // 16 + 1), b'\\0')
          return {'data': cipher.encrypt(padded).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "configparser cipher name set to DES vs AES, the DES branch taken vs dead",
    (v) => `
      import configparser
      import os
      from Crypto.Cipher import AES, DES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/crypto/store', methods=['POST'])
      def crypto_store():
          param = request.form.get('note', '')
          cfg = configparser.ConfigParser()
          cfg['crypto'] = {}
          cfg.set('crypto', 'cipher', '${v ? "DES" : "AES"}')
          if cfg.get('crypto', 'cipher') == 'DES':
              cipher = DES.new(KEY[:8], DES.MODE_CBC)
              data = cipher.encrypt(pad(param.encode('utf-8'), 8))
          else:
              cipher = AES.new(KEY, AES.MODE_GCM)
              data, _tag = cipher.encrypt_and_digest(param.encode('utf-8'))
          with open('/tmp/note.bin', 'wb') as fh:
              fh.write(data)
          return 'stored'
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "if 3 * 4 > 14 (false: the md5 branch runs) vs 3 * 4 > 10 (true: sha256, md5 dead) fingerprinting an upload",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash/upload', methods=['POST'])
      def hash_upload():
          param = request.form.get('document', '')
          if 3 * 4 > ${v ? "14" : "10"}:
              digest = hashlib.sha256(param.encode('utf-8')).hexdigest()
          else:
              digest = hashlib.md5(param.encode('utf-8')).hexdigest()
          with open('/var/app/checksums.txt', 'a') as fh:
              fh.write(digest + '\\n')
          return digest
    `,
  ),
  ...whole(
    "CWE-328",
    "algorithm list with sha3_256 inserted at 0, hashlib.new of item [1] (sha1) vs [2] (sha512)",
    (v) => `
      import hashlib
      from django.http import HttpResponse


      def fingerprint(request):
          param = request.POST.get('data', '')
          algos = ['sha1', 'sha512']
          algos.insert(0, 'sha3_256')
          name = algos[${v ? "1" : "2"}]
          h = hashlib.new(name)
          h.update(param.encode('utf-8'))
          return HttpResponse(h.hexdigest(), content_type='text/plain')
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "generator read from a dict at 'fast' (random.Random) vs 'secure' (SystemRandom) making a reset token",
    (v) => `
      import random
      import string
      from flask import Flask, jsonify

      app = Flask(__name__)
      GENERATORS = {'fast': random.Random(), 'secure': random.SystemRandom()}


      @app.route('/token/reset', methods=['POST'])
      def token_reset():
          gen = GENERATORS['${v ? "fast" : "secure"}']
          token = ''.join(gen.choice(string.ascii_letters + string.digits) for _ in range(32))
          return jsonify(reset_token=token)
    `,
  ),
  ...whole(
    "CWE-338",
    "match on a constant strength 'weak' (random.getrandbits arm) vs 'strong' (secrets arm) for a session id cookie",
    (v) => `
      import random
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/session/new')
      def session_new():
          strength = '${v ? "weak" : "strong"}'
          match strength:
              case 'weak':
                  sid = '%032x' % random.getrandbits(128)
              case _:
                  sid = secrets.token_hex(16)
          resp = make_response('ok')
          resp.set_cookie('sid', sid, secure=True, httponly=True, samesite='Lax')
          return resp
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "secure flag from a ternary on 2 + 2 == 5 (False) vs 2 + 2 == 4 (True) on a cookie holding the form value",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/cookie/remember', methods=['POST'])
      def cookie_remember():
          param = request.form.get('token', '')
          secure_flag = True if 2 + 2 == ${v ? "5" : "4"} else False
          resp = make_response('remembered')
          resp.set_cookie('remember_token', param, secure=secure_flag, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django: configparser 'secure' set to 'no' vs 'yes', getboolean() passed as the cookie's secure flag",
    (v) => `
      import configparser
      from django.http import HttpResponse


      def save_pref(request):
          param = request.GET.get('theme', 'light')
          cfg = configparser.ConfigParser()
          cfg.add_section('cookie')
          cfg.set('cookie', 'secure', '${v ? "no" : "yes"}')
          secure = cfg.getboolean('cookie', 'secure')
          response = HttpResponse('saved')
          response.set_cookie('theme', param, secure=secure, httponly=True)
          return response
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "header value joined with a constant and split again, word [0] (the header) vs [-1] (the constant) stored in the session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'


      @app.route('/trust/user')
      def trust_user():
          param = request.headers.get('X-User', '')
          bar = ' '.join([param, 'visitor']).split(' ')[${v ? "0" : "-1"}]
          session['userid'] = bar
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-501",
    "Django: dict.get at a missing key (default: the GET value) vs a present key (its constant) stored in request.session",
    (v) => `
      from django.http import HttpResponse


      def set_role(request):
          param = request.GET.get('role', '')
          defaults = {'role': 'viewer'}
          bar = defaults.get('${v ? "rolename" : "role"}', param)
          request.session['role'] = bar
          return HttpResponse('role stored')
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "helper returning `b or a` called without b (the cookie) vs with a constant expression, passed to eval",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      def pick(a, b=None):
          return b or a


      @app.route('/calc')
      def calc():
          param = request.cookies.get('expr', '1+1')
          expr = ${v ? "pick(param)" : "pick(param, '2 * 21')"}
          return str(eval(expr))
    `,
  ),
  ...whole(
    "CWE-94",
    "match on n % 2 with n = 3 (arm taking the form value) vs n = 4 (constant arm), formatted into exec",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/run', methods=['POST'])
      def run_code():
          param = request.form.get('code', '')
          n = ${v ? "3" : "4"}
          match n % 2:
              case 1:
                  bar = param
              case _:
                  bar = '42'
          scope = {}
          exec('result = {}'.format(bar), {}, scope)
          return str(scope.get('result'))
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "lxml XMLParser resolve_entities from 3 > 1 (True) vs 3 < 1 (False) parsing the request body",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xml/import', methods=['POST'])
      def xml_import():
          resolve = 3 ${v ? ">" : "<"} 1
          parser = etree.XMLParser(resolve_entities=resolve, no_network=True)
          root = etree.fromstring(request.get_data(), parser)
          return {'items': len(root)}
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "pickle.loads of a dict entry at 'client' (the cookie) vs 'default' (a pickle the server made), base64-decoded",
    (v) => `
      import base64
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULT_PREFS = base64.b64encode(pickle.dumps({'theme': 'light'}))


      @app.route('/prefs')
      def prefs():
          param = request.cookies.get('prefs', '')
          store = {'client': param, 'default': DEFAULT_PREFS}
          blob = store['${v ? "client" : "default"}']
          data = pickle.loads(base64.b64decode(blob))
          return {'theme': data.get('theme')}
    `,
  ),
  ...whole(
    "CWE-502",
    "yaml.load with Loader from len('ab') == 3 (false: UnsafeLoader) vs == 2 (true: SafeLoader) on the body",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/yaml/import', methods=['POST'])
      def yaml_import():
          loader = yaml.SafeLoader if len('ab') == ${v ? "3" : "2"} else yaml.UnsafeLoader
          doc = yaml.load(request.get_data(as_text=True), Loader=loader)
          return {'keys': sorted(doc or {})}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "getlist 'next' with '/home' inserted first, pop() (the last: a request value) vs pop(0) ('/home') redirected to",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/login/next')
      def login_next():
          targets = request.args.getlist('next')
          targets.insert(0, '/home')
          dest = targets.${v ? "pop()" : "pop(0)"}
          return redirect(dest)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: tuple unpacking of (POST value, '/dashboard'), redirect to the first vs the second name",
    (v) => `
      from django.http import HttpResponseRedirect


      def after_save(request):
          param = request.POST.get('return_to', '')
          dest, fallback = param, '/dashboard'
          return HttpResponseRedirect(${v ? "dest" : "fallback"})
    `,
  ),
];
