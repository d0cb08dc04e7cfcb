// Dev suite "py-web", batch 39 (see py-web.ts): written blind (without reading the rules), measured before any fix
// for it. More OWASP-Benchmark-style Flask and Django views in the fourteen categories, each insecure view with a
// safe twin that differs only in a VALUE-level fact, in shapes batch 38 did not use: deque appendleft/pop/popleft,
// for loops with a constant test and break, while loops that never or always run, lambdas and closures returning
// an argument or a constant, setdefault on a literal with or without the key, json round trips of a dict,
// str.partition, `del l[i]`, dict(zip(...)), getattr with a constant attribute name (on objects and modules),
// next(iter(...)), `%` formatting with a mapping, list.remove/reverse/extend, configparser read_dict and
// read_string, str.startswith and `in` on constants, class attributes as switches, cookie options unpacked from a
// dict, an allow-all overwrite under a constant condition. Sources: Flask form/args subscripts, getlist,
// to_dict(), get_json(), headers, request.values, Django GET/POST/META/COOKIES. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch39: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH39: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "deque(['uptime']) with the header appended on the left, popleft() (the header) vs pop() ('uptime') run by a shell",
    (v) => `
      import subprocess
      from collections import deque
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/run')
      def ops_run():
          param = request.headers.get('X-Command', '')
          queue = deque(['uptime'])
          queue.appendleft(param)
          cmd = queue.${v ? "popleft()" : "pop()"}
          out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
          return out.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "for over ['a', 'b'] testing item == 'b' (matches: the form value is taken) vs == 'c' (never), then os.popen",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/ping', methods=['POST'])
      def ops_ping():
          param = request.form['host']
          bar = 'localhost'
          for item in ['a', 'b']:
              if item == '${v ? "b" : "c"}':
                  bar = param
                  break
          return os.popen('ping -c 1 ' + bar).read()
    `,
  ),
  ...whole(
    "CWE-78",
    "lambda returning its first argument (the repeated request.values entry) vs its second (a constant), Popen shell=True",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/grep')
      def ops_grep():
          values = request.values.getlist('pattern')
          param = values[0] if values else ''
          choose = lambda a, b: ${v ? "a" : "b"}
          pattern = choose(param, 'ERROR')
          proc = subprocess.Popen('grep ' + pattern + ' /var/log/app.log', shell=True, stdout=subprocess.PIPE)
          return proc.communicate()[0]
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "setdefault('order', query value) on {} (sets it) vs on {'order': 'id'} (keeps 'id'), the order put into SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sql/list')
      def sql_list():
          param = request.args.to_dict().get('order', '')
          opts = ${v ? "{}" : "{'order': 'id'}"}
          opts.setdefault('order', param)
          conn = sqlite3.connect('shop.db')
          rows = conn.execute('SELECT id, name FROM items ORDER BY ' + opts['order']).fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django: json.loads(json.dumps(dict)) read at 'a' (the POST value) vs 'b' (a constant), %-formatted into raw()",
    (v) => `
      import json
      from django.contrib.auth.models import User
      from django.http import JsonResponse


      def find_user(request):
          param = request.POST.get('username', '')
          data = json.loads(json.dumps({'a': param, 'b': 'guest'}))
          bar = data['${v ? "a" : "b"}']
          users = User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % bar)
          return JsonResponse({'ids': [u.id for u in users]})
    `,
  ),
  ...whole(
    "CWE-89",
    "('public:' + header).partition(':'): the tail (the header) vs the head ('public') in a psycopg2 query",
    (v) => `
      import psycopg2
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sql/docs')
      def sql_docs():
          param = request.headers.get('X-Scope', '')
          head, _sep, tail = ('public:' + param).partition(':')
          scope = ${v ? "tail" : "head"}
          conn = psycopg2.connect('dbname=docs')
          cur = conn.cursor()
          cur.execute("SELECT title FROM documents WHERE scope = '" + scope + "'")
          return {'titles': [r[0] for r in cur.fetchall()]}
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "del parts[1] (leaves the query value first) vs del parts[0] (leaves 'default.txt') before opening parts[0]",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/files'


      @app.route('/files/get')
      def files_get():
          param = request.args['name']
          parts = [param, 'default.txt']
          del parts[${v ? "1" : "0"}]
          with open(os.path.join(BASE, parts[0]), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "dict(zip(keys, [form value, 'b.txt'])) read at 'a' (the value) vs 'b' (a constant), opened under /srv/data",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/files/pick', methods=['POST'])
      def files_pick():
          param = request.form.get('file', '')
          table = dict(zip(['a', 'b'], [param, 'b.txt']))
          name = table['${v ? "a" : "b"}']
          with open('/srv/data/' + name) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Django META header stored on an object, getattr with the constant name of that attribute vs of the default one, deleted",
    (v) => `
      import os
      from django.http import HttpResponse

      BASE = '/var/app/cache'


      class Target:
          pass


      def purge(request):
          param = request.META.get('HTTP_X_FILE', '')
          t = Target()
          t.user_file = param
          t.default_file = 'stale.tmp'
          name = getattr(t, '${v ? "user_file" : "default_file"}')
          os.remove(os.path.join(BASE, name))
          return HttpResponse('purged')
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "next(iter([value, 'x'])) (the query value) vs next(iter(['x', value])) (a constant) in an HTML Response",
    (v) => `
      from flask import Flask, Response, request

      app = Flask(__name__)


      @app.route('/xss/first')
      def xss_first():
          param = request.args.get('q', '')
          bar = next(iter(${v ? "[param, 'nothing']" : "['nothing', param]"}))
          return Response('<div>' + bar + '</div>', mimetype='text/html')
    `,
  ),
  ...whole(
    "CWE-79",
    "'%(b)s' (the getlist value) vs '%(a)s' (a constant) formatted from a mapping into the page",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss/note')
      def xss_note():
          values = request.args.getlist('note')
          param = values[-1] if values else ''
          page = '<p>%(${v ? "b" : "a"})s</p>' % {'a': 'hello', 'b': param}
          return page
    `,
  ),
  ...whole(
    "CWE-79",
    "Django: a nested function returning the captured GET value vs a constant, in an HttpResponse f-string",
    (v) => `
      from django.http import HttpResponse


      def banner(request):
          param = request.GET.get('title', '')

          def render():
              return ${v ? "param" : "'Welcome'"}

          return HttpResponse(f'<span class="banner">{render()}</span>')
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "while n < 3 (runs: the form value assigned) vs while n > 3 (never) before a python-ldap filter",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldap/find', methods=['POST'])
      def ldap_find():
          param = request.form.get('cn', '')
          bar = 'nobody'
          n = 0
          while n ${v ? "<" : ">"} 3:
              bar = param
              n += 1
          conn = ldap.initialize('ldap://ldap.example.org')
          result = conn.search_s('dc=example,dc=org', ldap.SCOPE_SUBTREE, '(cn=' + bar + ')')
          return {'found': len(result)}
    `,
  ),
  ...whole(
    "CWE-90",
    "list.remove('admin') then [0] (the query value) vs [1] ('guest') in an ldap3 filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldap/member')
      def ldap_member():
          param = request.args.get('user', '')
          names = ['admin', param, 'guest']
          names.remove('admin')
          bar = names[${v ? "0" : "1"}]
          conn = Connection(Server('ldap://ldap.example.org'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=org', '(uid=' + bar + ')')
          return {'count': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "configparser read_dict with the header under 'user' and a constant under 'role', cfg['q'][...] at each, in an XPath",
    (v) => `
      import configparser
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('accounts.xml')


      @app.route('/xpath/account')
      def xpath_account():
          param = request.headers.get('X-Account', '')
          cfg = configparser.ConfigParser()
          cfg.read_dict({'q': {'user': param, 'role': 'reader'}})
          bar = cfg['q']['${v ? "user" : "role"}']
          nodes = TREE.xpath("/accounts/account[@name='" + bar + "']/@id")
          return {'ids': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "if 'admin'.startswith('xy') (false: the JSON value is used) vs startswith('ad') (true: a constant), in an XPath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('staff.xml')


      @app.route('/xpath/staff', methods=['POST'])
      def xpath_staff():
          param = (request.get_json(silent=True) or {}).get('name', '')
          if 'admin'.startswith('${v ? "xy" : "ad"}'):
              bar = 'guest'
          else:
              bar = param
          found = DOC.xpath(f"//person[name='{bar}']/phone/text()")
          return {'phones': [str(p) for p in found]}
    `,
  ),
  // --- CWE-327 weak crypto ---
  ...whole(
    "CWE-327",
    "match on a constant 'legacy' (Blowfish arm) vs 'modern' (AES arm) choosing the cryptography algorithm",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/crypto/wrap', methods=['POST'])
      def crypto_wrap():
          param = request.form.get('data', '')
          profile = '${v ? "legacy" : "modern"}'
          match profile:
              case 'legacy':
                  alg = algorithms.Blowfish(KEY[:16])
                  iv = os.urandom(8)
              case _:
                  alg = algorithms.AES(KEY)
                  iv = os.urandom(16)
          enc = Cipher(alg, modes.CTR(iv)).encryptor()
          return {'iv': iv.hex(), 'data': (enc.update(param.encode('utf-8')) + enc.finalize()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "mode from a ternary on 10 % 3 == 1 (true: ECB) vs 10 % 3 == 2 (false: CBC)",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/crypto/block', methods=['POST'])
      def crypto_block():
          param = request.form.get('data', '')
          iv = os.urandom(16)
          mode = modes.ECB() if 10 % 3 == ${v ? "1" : "2"} else modes.CBC(iv)
          padder = padding.PKCS7(128).padder()
          blob = padder.update(param.encode('utf-8')) + padder.finalize()
          enc = Cipher(algorithms.AES(KEY), mode).encryptor()
          return (enc.update(blob) + enc.finalize()).hex()
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "getattr(hashlib, 'md5') vs getattr(hashlib, 'sha256') digesting the uploaded body",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash/body', methods=['POST'])
      def hash_body():
          hash_fn = getattr(hashlib, '${v ? "md5" : "sha256"}')
          digest = hash_fn(request.get_data()).hexdigest()
          return {'digest': digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "configparser read_string naming sha1 vs sha384, hashlib.new of cfg.get() over a Django POST value",
    (v) => `
      import configparser
      import hashlib
      from django.http import JsonResponse

      SETTINGS = '[hashing]\\nalgorithm = ${v ? "sha1" : "sha384"}\\n'


      def checksum(request):
          param = request.POST.get('content', '')
          cfg = configparser.ConfigParser()
          cfg.read_string(SETTINGS)
          h = hashlib.new(cfg.get('hashing', 'algorithm'))
          h.update(param.encode('utf-8'))
          return JsonResponse({'checksum': h.hexdigest()})
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "helper get_rng(secure=True) called as get_rng(False) (random.Random) vs get_rng() (SystemRandom) for an API key",
    (v) => `
      import random
      import string
      from flask import Flask, jsonify

      app = Flask(__name__)


      def get_rng(secure=True):
          return random.SystemRandom() if secure else random.Random()


      @app.route('/keys/new', methods=['POST'])
      def keys_new():
          rng = ${v ? "get_rng(False)" : "get_rng()"}
          api_key = ''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))
          return jsonify(api_key=api_key)
    `,
  ),
  ...whole(
    "CWE-338",
    "module switch USE_SECRETS = False (random.choice branch runs) vs True (secrets branch) for a reset code",
    (v) => `
      import random
      import secrets
      from flask import Flask, session

      app = Flask(__name__)
      app.secret_key = 'dev-only'
      USE_SECRETS = ${v ? "False" : "True"}


      @app.route('/reset/code', methods=['POST'])
      def reset_code():
          if USE_SECRETS:
              code = ''.join(secrets.choice('0123456789') for _ in range(8))
          else:
              code = ''.join(random.choice('0123456789') for _ in range(8))
          session['reset_code'] = code
          return 'sent'
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "cookie options unpacked from a dict with secure False vs True",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      COOKIE_OPTS = {'httponly': True, 'samesite': 'Lax', 'secure': ${v ? "False" : "True"}}


      @app.route('/cookie/lang')
      def cookie_lang():
          param = request.args.get('lang', 'en')
          resp = make_response('ok')
          resp.set_cookie('lang', param, **COOKIE_OPTS)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django: secure = not ('dev' == 'dev') (False) vs not ('dev' == 'prod') (True) on a cookie from a cookie",
    (v) => `
      from django.http import HttpResponse


      def remember(request):
          param = request.COOKIES.get('visitor', 'anon')
          secure = not ('dev' == '${v ? "dev" : "prod"}')
          response = HttpResponse('remembered')
          response.set_cookie('visitor_seen', param, secure=secure, httponly=True)
          return response
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Django: [value, 'anon'] reversed, [1] (the GET value) vs [0] ('anon') stored in request.session",
    (v) => `
      from django.http import HttpResponse


      def set_user(request):
          param = request.GET.get('user', '')
          vals = [param, 'anon']
          vals.reverse()
          request.session['user'] = vals[${v ? "1" : "0"}]
          return HttpResponse('ok')
    `,
  ),
  ...whole(
    "CWE-501",
    "ternary on 'x' in 'abc' (false: the getlist value) vs 'a' in 'abc' (true: 'guest') stored in the Flask session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only'


      @app.route('/trust/team', methods=['POST'])
      def trust_team():
          values = request.form.getlist('team')
          param = values[0] if values else ''
          bar = 'guest' if '${v ? "x" : "a"}' in 'abc' else param
          session['team'] = bar
          return 'saved'
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "class attribute SAFE = False (script() returns the cookie) vs True (a constant), run with exec",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      class Runner:
          SAFE = ${v ? "False" : "True"}

          def __init__(self, code):
              self.code = code

          def script(self):
              return 'total = 1 + 1' if self.SAFE else self.code


      @app.route('/script')
      def script():
          param = request.cookies.get('script', '')
          scope = {}
          exec(Runner(param).script(), {}, scope)
          return str(scope.get('total'))
    `,
  ),
  ...whole(
    "CWE-94",
    "list extended with the query value, eval of [-1] (the value) vs [0] ('1+1')",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/eval')
      def eval_expr():
          param = request.args.get('expr', '')
          exprs = ['1+1']
          exprs.extend([param])
          return str(eval(exprs[${v ? "-1" : "0"}]))
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "xml.sax parser with feature_external_ges set to 1 == 1 (on) vs 1 == 2 (off) parsing the request stream",
    (v) => `
      import xml.sax
      from xml.sax.handler import feature_external_ges
      from flask import Flask, request

      app = Flask(__name__)


      class Counter(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.count = 0

          def startElement(self, name, attrs):
              self.count += 1


      @app.route('/sax', methods=['POST'])
      def sax_count():
          parser = xml.sax.make_parser()
          parser.setFeature(feature_external_ges, 1 == ${v ? "1" : "2"})
          handler = Counter()
          parser.setContentHandler(handler)
          parser.parse(request.stream)
          return {'elements': handler.count}
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "a loader table {'json': json.loads, 'pickle': pickle.loads} read at 'pickle' vs 'json' on the request body",
    (v) => `
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      LOADERS = {'json': json.loads, 'pickle': pickle.loads}


      @app.route('/state', methods=['POST'])
      def load_state():
          load = LOADERS['${v ? "pickle" : "json"}']
          state = load(request.get_data())
          return {'keys': sorted(state)}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "'/'.join of ['', 'home', value] sliced [::2] (keeps the query value) vs [:2] ('/home') as the redirect target",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/go')
      def go():
          param = request.args.get('to', '')
          target = '/'.join(['', 'home', param][${v ? "::2" : ":2"}])
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: the GET 'next' overwritten with '/' under if 2 * 2 == 5 (never) vs 2 * 2 == 4 (always)",
    (v) => `
      from django.shortcuts import redirect


      def login_done(request):
          next_url = request.GET.get('next', '/')
          if 2 * 2 == ${v ? "5" : "4"}:
              next_url = '/'
          return redirect(next_url)
    `,
  ),
];
