// Dev suite "py-web", batch 49 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask / Django views (sixth wave), insecure/safe twins over the 14
// categories, with the request value taken from headers, cookies, the query, form fields, path parameters and JSON
// bodies, and plumbed the way a benchmark generator does: switch-like dicts of branches, string building (%,
// .format, f-strings, join), collections (list, dict, set, deque, ConfigParser), same-file helpers, base64 round
// trips, map / lambda. Each safe twin differs only in the one thing that makes it safe (a constant branch, another
// key, a real sanitiser, a safe API). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch49: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH49: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "header value through a switch-like dict of lambdas keyed by a constant ('B' returns the value vs 'A' a constant), into subprocess.run(shell=True) via %",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-04901', methods=['GET'])
      def cmdi_04901():
          param = request.headers.get('BenchmarkTest04901', '')
          switch = {
              'A': lambda p: 'bob',
              'B': lambda p: p,
              'C': lambda p: 'carol',
          }
          target = '${v ? "B" : "A"}'
          bar = switch.get(target, lambda p: 'bob')(param)
          proc = subprocess.run('echo %s' % bar, shell=True, capture_output=True, text=True)
          return proc.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "Django: cookie value base64-encoded then decoded, joined into an argument list run as ' '.join(...) with shell=True vs the list run without a shell",
    (v) => `
      import base64
      import subprocess
      from django.http import HttpResponse


      def cmdi_04902(request):
          param = request.COOKIES.get('BenchmarkTest04902', 'noval')
          bar = base64.b64decode(base64.b64encode(param.encode('utf-8'))).decode('utf-8')
          args = ['ls', '-l', bar]
          ${v ? "out = subprocess.check_output(' '.join(args), shell=True)" : "out = subprocess.check_output(args)"}
          return HttpResponse(out, content_type='text/plain')
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "form field through a deque (append, appendleft, popleft) into a .format-built query vs a ? placeholder",
    (v) => `
      import sqlite3
      from collections import deque
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-04903', methods=['POST'])
      def sqli_04903():
          param = request.form.get('BenchmarkTest04903', '')
          q = deque()
          q.append('safe')
          q.append(param)
          q.popleft()
          bar = q.popleft()
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          ${
            v
              ? "cur.execute(\"SELECT * FROM users WHERE name = '{}'\".format(bar))"
              : "cur.execute('SELECT * FROM users WHERE name = ?', (bar,))"
          }
          rows = cur.fetchall()
          conn.close()
          return {'rows': len(rows)}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django path parameter through a helper into an f-string raw query vs cursor.execute with %s params",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      def do_something(value):
          return value.strip()


      def sqli_04904(request, account_id):
          bar = do_something(account_id)
          with connection.cursor() as cursor:
              ${
                v
                  ? "cursor.execute(f\"SELECT balance FROM accounts WHERE id = '{bar}'\")"
                  : "cursor.execute('SELECT balance FROM accounts WHERE id = %s', [bar])"
              }
              row = cursor.fetchone()
          return JsonResponse({'balance': row[0] if row else None})
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "JSON body value joined into HTML with ''.join and returned as text/html vs html.escape before the join",
    (v) => `
      import html
      from flask import Flask, request, make_response

      app = Flask(__name__)


      @app.route('/xss-04905', methods=['POST'])
      def xss_04905():
          body = request.get_json(silent=True) or {}
          param = str(body.get('BenchmarkTest04905', ''))
          bar = ${v ? "param" : "html.escape(param)"}
          page = ''.join(['<html><body><p>Hello, ', bar, '</p></body></html>'])
          resp = make_response(page)
          resp.headers['Content-Type'] = 'text/html; charset=utf-8'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "Django: query value through map(lambda) over a list, formatted with % into HttpResponse vs mapped through django.utils.html.escape",
    (v) => `
      from django.http import HttpResponse
      from django.utils.html import escape


      def xss_04906(request):
          values = request.GET.getlist('BenchmarkTest04906')
          cleaned = list(map(${v ? "lambda s: s.strip()" : "lambda s: escape(s.strip())"}, values))
          bar = cleaned[0] if cleaned else ''
          return HttpResponse('<div>Search: %s</div>' % bar)
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "path parameter stored in a ConfigParser section and read back, opened under a base dir vs os.path.basename first",
    (v) => `
      import os
      import configparser
      from flask import Flask

      app = Flask(__name__)
      BASE = '/srv/bench/files'


      @app.route('/pathtraver-04907/<path:name>')
      def pathtraver_04907(name):
          conf = configparser.ConfigParser()
          conf.add_section('section1')
          conf.set('section1', 'keyA', 'a_Value')
          conf.set('section1', 'keyB', name)
          bar = conf.get('section1', 'keyB')
          fname = ${v ? "bar" : "os.path.basename(bar)"}
          with open(os.path.join(BASE, fname), 'r') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "cookie value through a set-membership if: the value used when not in a set vs only a set member used",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      REPORTS = {'q1.pdf', 'q2.pdf', 'q3.pdf', 'q4.pdf'}


      @app.route('/pathtraver-04908')
      def pathtraver_04908():
          param = request.cookies.get('BenchmarkTest04908', 'q1.pdf')
          if param ${v ? "not in" : "in"} REPORTS:
              bar = param
          else:
              bar = 'q1.pdf'
          return send_file(os.path.join('/srv/reports', bar))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "form field into an ldap3 search filter built with .format vs escape_filter_chars first",
    (v) => `
      from flask import Flask, request
      from ldap3 import Server, Connection
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      @app.route('/ldapi-04909', methods=['POST'])
      def ldapi_04909():
          param = request.form.get('BenchmarkTest04909', '')
          bar = ${v ? "param" : "escape_filter_chars(param)"}
          conn = Connection(Server('ldap://localhost:389'), auto_bind=True)
          search_filter = '(&(objectclass=person)(uid={}))'.format(bar)
          conn.search('ou=users,dc=example,dc=com', search_filter, attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "header value into an lxml xpath built with an f-string vs a $name variable binding",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      @app.route('/xpathi-04910')
      def xpathi_04910():
          param = request.headers.get('BenchmarkTest04910', '')
          bar = param.strip()
          root = etree.parse('employees.xml')
          ${
            v
              ? "nodes = root.xpath(f\"/Employees/Employee[@emplid='{bar}']/name/text()\")"
              : "nodes = root.xpath('/Employees/Employee[@emplid=$id]/name/text()', id=bar)"
          }
          return {'names': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Django: query value through a dict read at key 'keyB' (the value) vs 'keyA' (a constant), into ElementTree findall with %",
    (v) => `
      import xml.etree.ElementTree as ET
      from django.http import JsonResponse


      def xpathi_04911(request):
          param = request.GET.get('BenchmarkTest04911', '')
          map_ = {'keyA': 'a_Value', 'keyB': param, 'keyC': 'another_Value'}
          bar = map_['${v ? "keyB" : "keyA"}']
          tree = ET.parse('employees.xml')
          found = tree.getroot().findall(".//Employee[@emplid='%s']" % bar)
          return JsonResponse({'count': len(found)})
    `,
  ),
  // --- CWE-327 weak crypto ---
  ...whole(
    "CWE-327",
    "request value encrypted with DES (pycryptodome) vs AES-GCM",
    (v) => `
      import base64
      from flask import Flask, request
      from Crypto.Cipher import ${v ? "DES" : "AES"}
      from Crypto.Random import get_random_bytes

      app = Flask(__name__)


      @app.route('/crypto-04912', methods=['POST'])
      def crypto_04912():
          param = request.form.get('BenchmarkTest04912', '')
          ${
            v
              ? "key = get_random_bytes(8)\n          cipher = DES.new(key, DES.MODE_ECB)\n          padded = param.encode().ljust(((len(param) // 8) + 1) * 8, b' ')\n          ct = cipher.encrypt(padded)"
              : "key = get_random_bytes(32)\n          cipher = AES.new(key, AES.MODE_GCM)\n          ct, tag = cipher.encrypt_and_digest(param.encode())"
          }
          return {'ct': base64.b64encode(ct).decode()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django: form value encrypted with cryptography's Cipher(algorithms.ARC4) vs algorithms.AES with modes.GCM",
    (v) => `
      import os
      from django.http import JsonResponse
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


      def crypto_04913(request):
          param = request.POST.get('BenchmarkTest04913', '')
          key = os.urandom(32)
          ${
            v
              ? "cipher = Cipher(algorithms.ARC4(key), mode=None)"
              : "cipher = Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))"
          }
          enc = cipher.encryptor()
          ct = enc.update(param.encode()) + enc.finalize()
          return JsonResponse({'len': len(ct)})
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "password from a JSON body hashed with hashlib.new(name) where name comes from a list by a constant index ('md5' vs 'sha256')",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-04914', methods=['POST'])
      def hash_04914():
          body = request.get_json(silent=True) or {}
          param = str(body.get('password', ''))
          algorithms = ['sha256', 'md5', 'sha512']
          algo = algorithms[${v ? "1" : "0"}]
          digest = hashlib.new(algo, param.encode('utf-8')).hexdigest()
          with open('passwordFile.txt', 'a') as fh:
              fh.write('hash_value=' + digest + '\\n')
          return {'stored': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django: form password hashed by a helper using hashlib.sha1 vs hashlib.sha384",
    (v) => `
      import hashlib
      from django.http import HttpResponse


      def _digest(data):
          h = hashlib.${v ? "sha1" : "sha384"}()
          h.update(data.encode('utf-8'))
          return h.hexdigest()


      def hash_04915(request):
          param = request.POST.get('password', '')
          stored = _digest(param)
          with open('passwordFile.txt', 'a') as fh:
              fh.write('hash_value=%s\\n' % stored)
          return HttpResponse('Sensitive value stored')
    `,
  ),
  // --- CWE-330/338 weak random ---
  ...whole(
    "CWE-338",
    "remember-me token built from random.getrandbits vs secrets.token_hex, set as a cookie",
    (v) => `
      ${v ? "import random" : "import secrets"}
      from flask import Flask, request, make_response

      app = Flask(__name__)


      @app.route('/weakrand-04916')
      def weakrand_04916():
          user = request.args.get('user', 'anonymous')
          token = ${v ? "'%032x' % random.getrandbits(128)" : "secrets.token_hex(16)"}
          resp = make_response('Welcome ' + user.replace('<', ''))
          resp.set_cookie('rememberMe', token, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "Django: session id from random.choice over a charset joined with ''.join vs secrets.choice",
    (v) => `
      import string
      ${v ? "import random" : "import secrets"}
      from django.http import JsonResponse

      CHARS = string.ascii_letters + string.digits


      def weakrand_04917(request):
          sid = ''.join(${v ? "random" : "secrets"}.choice(CHARS) for _ in range(32))
          request.session['reset_token'] = sid
          return JsonResponse({'ok': True})
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "header value stored in the Flask session under a key built with .format vs a constant stored",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev'


      @app.route('/trustbound-04918')
      def trustbound_04918():
          param = request.headers.get('BenchmarkTest04918', '')
          bar = ${v ? "param" : "'safe!'"}
          session['userid_{}'.format(1)] = bar
          return 'Item stored in session'
    `,
  ),
  ...whole(
    "CWE-501",
    "Django: query value through a deque read back into request.session[...] vs the value dropped for a constant after popleft",
    (v) => `
      from collections import deque
      from django.http import HttpResponse


      def trustbound_04919(request):
          param = request.GET.get('BenchmarkTest04919', '')
          items = deque(['safe', param, 'moresafe'])
          items.popleft()
          bar = items.${v ? "popleft()" : "pop()"}
          request.session['userid'] = bar
          return HttpResponse('Item: userid stored in session')
    `,
  ),
  // --- CWE-614 secure cookie ---
  ...whole(
    "CWE-614",
    "Django: form value set as a cookie with secure=False vs secure=True",
    (v) => `
      from django.http import HttpResponse


      def securecookie_04920(request):
          param = request.POST.get('BenchmarkTest04920', '')
          resp = HttpResponse('Created cookie')
          resp.set_cookie('SomeCookie', param[:32], secure=${v ? "False" : "True"}, httponly=True, path=request.path)
          return resp
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "query value base64-decoded and passed to eval vs ast.literal_eval",
    (v) => `
      import ast
      import base64
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-04921')
      def codeinj_04921():
          param = request.args.get('BenchmarkTest04921', '')
          expr = base64.b64decode(param).decode('utf-8')
          result = ${v ? "eval(expr)" : "ast.literal_eval(expr)"}
          return {'result': str(result)}
    `,
  ),
  ...whole(
    "CWE-94",
    "Django: JSON body value %-formatted into a snippet run by exec vs a constant snippet reading the value as a global passed to exec",
    (v) => `
      import json
      from django.http import JsonResponse


      def codeinj_04922(request):
          body = json.loads(request.body or b'{}')
          param = str(body.get('name', ''))
          scope = {}
          ${v ? "code = 'greeting = \"Hello %s\"' % param" : "code = 'greeting = \"Hello \" + name'"}
          exec(code, {'name': param}, scope)
          return JsonResponse({'greeting': scope.get('greeting', '')})
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "cookie value base64-decoded and unpickled vs json.loads",
    (v) => `
      import base64
      ${v ? "import pickle" : "import json"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deser-04923')
      def deser_04923():
          param = request.cookies.get('prefs', '')
          raw = base64.b64decode(param)
          prefs = ${v ? "pickle.loads(raw)" : "json.loads(raw.decode('utf-8'))"}
          return {'theme': str(prefs.get('theme', 'light')) if isinstance(prefs, dict) else 'light'}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Django: query 'next' redirected after a startswith('/') check (allows //evil) vs url_has_allowed_host_and_scheme",
    (v) => `
      from django.http import HttpResponseRedirect
      from django.utils.http import url_has_allowed_host_and_scheme


      def redirect_04924(request):
          target = request.GET.get('next', '/')
          ${
            v
              ? "if not target.startswith('/'):"
              : "if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):"
          }
              target = '/'
          return HttpResponseRedirect(target)
    `,
  ),
];
