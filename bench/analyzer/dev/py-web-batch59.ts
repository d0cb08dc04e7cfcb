// Dev suite "py-web", batch 59 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style Flask and Django test modules (fourteenth wave), 60
// insecure/safe twins over 14 categories. Each case is a small module: a doPost-like handler and a helper class or
// two (a Thing interface with implementations picked by name, a DatabaseHelper, a Utils with encode/decode). The
// value logic: map / filter / list slices choosing an element, lists read back at constant indices after append /
// pop(0) / remove, if/elif "switch" on a computed char ("ABC"[n % 3]), dicts built in a loop, str.split()[i],
// nested functions returning one of their parameters, configparser round trips; sanitisers html.escape /
// markupsafe.escape / Markup.format / shlex.quote / os.path.basename / secure_filename / escape_filter_chars; and
// for the categories that are not about taint the algorithm, generator, cipher mode or cookie flag is chosen by the
// same logic (hashlib.new with the name from a dict or a properties text, Cipher modes from config, set_cookie
// **kwargs). Sources: request.args / form / cookies / headers by name and by iterating request.headers.items(),
// multipart file names and bytes, get_json() nested keys, query strings parsed by hand with parse_qs, Django's
// request.GET / POST / COOKIES / META. Each safe twin differs only in the one thing that makes it safe. Never taken
// from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch59: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH59: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Thing interface: THINGS maps names to ThingPass (returns its argument) and ThingFixed (returns a constant); the module THING_NAME is 'pass' vs 'fixed'; header found by iterating request.headers.items(); os.system",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      THING_NAME = '${v ? "pass" : "fixed"}'


      class ThingInterface:
          def do_something(self, value):
              raise NotImplementedError


      class ThingPass(ThingInterface):
          def do_something(self, value):
              return value


      class ThingFixed(ThingInterface):
          def do_something(self, value):
              return 'alive'


      THINGS = {'pass': ThingPass, 'fixed': ThingFixed}


      def create_thing():
          return THINGS[THING_NAME]()


      @app.route('/cmdi-05901', methods=['POST'])
      def doPost():
          param = ''
          for name, value in request.headers.items():
              if name == 'X-Benchmarktest05901':
                  param = value
                  break
          bar = create_thing().do_something(param)
          rc = os.system('echo ' + bar)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "list ['safe']; append(cookie); append('moresafe'); pop(0); bar = values[0] (the cookie) vs values[1] ('moresafe'); subprocess.Popen(sh -c)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05902', methods=['POST'])
      def doPost():
          param = request.cookies.get('BenchmarkTest05902', 'noCookieValueSupplied')
          values = ['safe']
          values.append(param)
          values.append('moresafe')
          values.pop(0)
          bar = values[${v ? "0" : "1"}]
          proc = subprocess.Popen(['sh', '-c', 'echo ' + bar], stdout=subprocess.PIPE)
          out, _ = proc.communicate()
          return out
    `,
  ),
  ...whole(
    "CWE-78",
    "uploaded file's name passed to `file` through check_output(shell=True) raw vs shlex.quote(name)",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class Utils:
          @staticmethod
          def describe(path_text):
              return subprocess.check_output('file --brief ' + path_text, shell=True)


      @app.route('/cmdi-05903', methods=['POST'])
      def doPost():
          upload = request.files['BenchmarkTest05903']
          name = ${v ? "upload.filename" : "shlex.quote(upload.filename)"}
          return Utils.describe(name)
    `,
  ),
  ...whole(
    "CWE-78",
    "switch on 'ABC'[n % 3] with n = 7 ('B': bar = JSON body['target']['host']) vs n = 6 ('A': bar = 'localhost'); subprocess.call(shell=True)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05904', methods=['POST'])
      def doPost():
          body = request.get_json(silent=True) or {}
          param = body.get('target', {}).get('host', '')
          n = ${v ? "7" : "6"}
          switch_target = 'ABC'[n % 3]
          if switch_target == 'A':
              bar = 'localhost'
          elif switch_target == 'B':
              bar = param
          elif switch_target == 'C':
              bar = 'example.com'
          else:
              bar = 'localhost'
          rc = subprocess.call(f'ping -c 1 {bar}', shell=True)
          return {'rc': rc}
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "list(filter(lambda s: s != 'skip', ['skip', param, 'admin'])) read at [0] (the form value unless it is 'skip') vs [-1] (always 'admin'); DatabaseHelper.execute formats the name in",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class DatabaseHelper:
          def __init__(self, path='benchmark.db'):
              self.conn = sqlite3.connect(path)

          def execute(self, sql):
              return self.conn.execute(sql).fetchall()


      @app.route('/sqli-05905', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05905', '')
          names = list(filter(lambda s: s != 'skip', ['skip', param, 'admin']))
          bar = names[${v ? "0" : "-1"}]
          sql = "SELECT * FROM users WHERE username = '" + bar + "'"
          rows = DatabaseHelper().execute(sql)
          return {'rows': [list(r) for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "query string parsed by hand with parse_qs; a dict built in a loop over (('name', param), ('status', 'active')); the WHERE clause takes fields['name'] vs fields['status']",
    (v) => `
      import sqlite3
      from urllib.parse import parse_qs
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05906')
      def doPost():
          qs = parse_qs(request.query_string.decode('utf-8'))
          param = qs.get('BenchmarkTest05906', [''])[0]
          fields = {}
          for key, value in (('name', param), ('status', 'active')):
              fields[key] = value
          bar = fields['${v ? "name" : "status"}']
          conn = sqlite3.connect('benchmark.db')
          cur = conn.cursor()
          cur.execute("SELECT id FROM accounts WHERE status = '%s'" % bar)
          return {'ids': [r[0] for r in cur.fetchall()]}
    `,
  ),
  ...whole(
    "CWE-89",
    "('prefix ' + header + ' suffix').split(' ') read at [1] (the header's first word) vs [0] ('prefix'); f-string into a cursor query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05907', methods=['POST'])
      def doPost():
          param = request.headers.get('BenchmarkTest05907', '')
          parts = ('prefix ' + param + ' suffix').split(' ')
          bar = parts[${v ? "1" : "0"}]
          conn = sqlite3.connect('benchmark.db')
          cur = conn.cursor()
          cur.execute(f"SELECT * FROM notes WHERE tag = '{bar}'")
          return {'notes': cur.fetchall()}
    `,
  ),
  ...whole(
    "CWE-89",
    "configparser round trip: section holds keyA = 'a_Value' and keyB = the cookie; bar = get('section', 'keyB') vs 'keyA'; concatenated UPDATE",
    (v) => `
      import configparser
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05908', methods=['POST'])
      def doPost():
          param = request.cookies.get('BenchmarkTest05908', 'noCookieValueSupplied')
          conf = configparser.ConfigParser()
          conf['section'] = {'keyA': 'a_Value', 'keyB': param}
          bar = conf.get('section', '${v ? "keyB" : "keyA"}')
          conn = sqlite3.connect('benchmark.db')
          conn.execute("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE username = '" + bar + "'")
          conn.commit()
          return 'updated'
    `,
  ),
  ...whole(
    "CWE-89",
    "nested function: pick(a, b) defines inner(x, y) returning x and returns inner(a, b); called pick(param, 'guest') vs pick('guest', param); SQLAlchemy text() with concatenation",
    (v) => `
      from flask import Flask, request
      from sqlalchemy import create_engine, text

      app = Flask(__name__)
      engine = create_engine('sqlite:///benchmark.db')


      def pick(a, b):
          def inner(x, y):
              return x
          return inner(a, b)


      @app.route('/sqli-05909', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05909', '')
          bar = pick(${v ? "param, 'guest'" : "'guest', param"})
          with engine.connect() as conn:
              rows = conn.execute(text("SELECT email FROM users WHERE username = '" + bar + "'")).fetchall()
          return {'emails': [r[0] for r in rows]}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "Utils.encode is html.escape and Utils.decode html.unescape; the page gets decode(encode(param)) (the raw value again) vs encode(decode(param))",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class Utils:
          @staticmethod
          def encode(text):
              return html.escape(text)

          @staticmethod
          def decode(text):
              return html.unescape(text)


      @app.route('/xss-05910')
      def doPost():
          param = request.args.get('BenchmarkTest05910', '')
          bar = ${v ? "Utils.decode(Utils.encode(param))" : "Utils.encode(Utils.decode(param))"}
          return '<html><body><p>Hello ' + bar + '</p></body></html>'
    `,
  ),
  ...whole(
    "CWE-79",
    "header picked by iterating request.headers.items(); Markup(f'<b>{value}</b>') vs Markup('<b>{}</b>').format(value) (format escapes its arguments)",
    (v) => `
      from flask import Flask, request
      from markupsafe import Markup

      app = Flask(__name__)


      @app.route('/xss-05911')
      def doPost():
          param = ''
          for name, value in request.headers.items():
              if name.lower() == 'x-benchmarktest05911':
                  param = value
          banner = ${v ? "Markup(f'<b>{param}</b>')" : "Markup('<b>{}</b>').format(param)"}
          return str(banner)
    `,
  ),
  ...whole(
    "CWE-79",
    "list append('guest'), append(JSON body['profile']['nick']), append('member') then remove('guest'); values[0] is the nick vs the list built guest, member, nick gives 'member'; make_response html",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/xss-05912', methods=['POST'])
      def doPost():
          body = request.get_json(force=True)
          param = body['profile']['nick']
          values = []
          values.append('guest')
          ${v ? "values.append(param)\n          values.append('member')" : "values.append('member')\n          values.append(param)"}
          values.remove('guest')
          bar = values[0]
          resp = make_response('<div class="nick">' + bar + '</div>')
          resp.headers['Content-Type'] = 'text/html; charset=utf-8'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "uploaded file name shown through render_template_string with {{ name|safe }} vs {{ name }} (autoescaped)",
    (v) => `
      from flask import Flask, render_template_string, request

      app = Flask(__name__)
      PAGE = '<p>Uploaded: {{ name${v ? "|safe" : ""} }}</p>'


      @app.route('/xss-05913', methods=['POST'])
      def doPost():
          upload = request.files.get('BenchmarkTest05913')
          name = upload.filename if upload else ''
          return render_template_string(PAGE, name=name)
    `,
  ),
  ...whole(
    "CWE-79",
    "list(map(str.strip, [param, ' welcome '])) read at [0] vs [1]; query string parsed with parse_qs; Response with mimetype text/html",
    (v) => `
      from urllib.parse import parse_qs
      from flask import Flask, Response, request

      app = Flask(__name__)


      @app.route('/xss-05914')
      def doPost():
          qs = parse_qs(request.query_string.decode())
          param = qs.get('BenchmarkTest05914', [''])[0]
          values = list(map(str.strip, [param, ' welcome ']))
          bar = values[${v ? "0" : "1"}]
          return Response('<html><h1>' + bar + '</h1></html>', mimetype='text/html')
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "cookie file name joined under the reports folder raw vs through os.path.basename; open().read()",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      REPORTS = '/var/app/reports'


      @app.route('/pathtraver-05915')
      def doPost():
          param = request.cookies.get('BenchmarkTest05915', 'summary.txt')
          bar = ${v ? "param" : "os.path.basename(param)"}
          file_name = os.path.join(REPORTS, bar)
          with open(file_name, 'r', encoding='utf-8') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "multipart upload saved under the upload folder with its own filename vs secure_filename(filename)",
    (v) => `
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/uploads'


      class FileHelper:
          def __init__(self, root):
              self.root = root

          def target(self, name):
              return os.path.join(self.root, name)


      @app.route('/pathtraver-05916', methods=['POST'])
      def doPost():
          upload = request.files['BenchmarkTest05916']
          name = ${v ? "upload.filename" : "secure_filename(upload.filename)"}
          upload.save(FileHelper(UPLOAD_DIR).target(name))
          return 'saved'
    `,
  ),
  ...whole(
    "CWE-22",
    "Thing classes in a dict by name: EchoThing returns the header value, StaticThing 'index.txt'; MODE picks 'echo' vs 'static'; the header by iterating request.headers.items(); file read with open",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      MODE = '${v ? "echo" : "static"}'
      BASE = '/var/app/docs'


      class EchoThing:
          def do_something(self, value):
              return value


      class StaticThing:
          def do_something(self, value):
              return 'index.txt'


      THINGS = {'echo': EchoThing, 'static': StaticThing}


      @app.route('/pathtraver-05917')
      def doPost():
          param = 'index.txt'
          for key, value in request.headers.items():
              if key == 'Benchmarktest05917':
                  param = value
          bar = THINGS[MODE]().do_something(param)
          with open(os.path.join(BASE, bar), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Django view: candidates = [GET value, 'a.txt', 'b.txt']; the slice [:1] (the value) vs [1:2] ('a.txt') chooses; FileResponse(open(...))",
    (v) => `
      import os
      from django.http import FileResponse

      DATA_DIR = '/var/app/data'


      def doPost(request):
          param = request.GET.get('BenchmarkTest05918', 'a.txt')
          candidates = [param, 'a.txt', 'b.txt']
          picked = candidates[${v ? ":1" : "1:2"}]
          bar = picked[0]
          return FileResponse(open(os.path.join(DATA_DIR, bar), 'rb'))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "form uid formatted into an ldap3 search filter raw vs through escape_filter_chars",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      class DirectoryHelper:
          def __init__(self):
              self.conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)

          def find(self, ldap_filter):
              self.conn.search('ou=people,dc=example,dc=com', ldap_filter, attributes=['cn', 'mail'])
              return [str(e.cn) for e in self.conn.entries]


      @app.route('/ldapi-05919', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05919', '')
          bar = ${v ? "param" : "escape_filter_chars(param)"}
          return {'people': DirectoryHelper().find(f'(&(objectClass=person)(uid={bar}))')}
    `,
  ),
  ...whole(
    "CWE-90",
    "Django POST value; (param + ' guest').split() read at [0] (the value's first word) vs [-1] ('guest'); python-ldap search_s",
    (v) => `
      import ldap
      from django.http import JsonResponse


      def doPost(request):
          param = request.POST.get('BenchmarkTest05920', '')
          bar = (param + ' guest').split()[${v ? "0" : "-1"}]
          conn = ldap.initialize('ldap://ldap.example.com')
          conn.simple_bind_s()
          results = conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, '(cn=' + bar + ')', ['mail'])
          return JsonResponse({'count': len(results)})
    `,
  ),
  ...whole(
    "CWE-90",
    "configparser read_string of a properties text with user = default_user; set('ldap', 'requested', header); the filter takes get('ldap', 'requested') vs get('ldap', 'user')",
    (v) => `
      import configparser
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)
      PROPERTIES = """
      [ldap]
      user = default_user
      base = dc=example,dc=com
      """


      @app.route('/ldapi-05921')
      def doPost():
          param = request.headers.get('BenchmarkTest05921', '')
          conf = configparser.ConfigParser()
          conf.read_string(PROPERTIES)
          conf.set('ldap', 'requested', param)
          bar = conf.get('ldap', '${v ? "requested" : "user"}')
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search(conf.get('ldap', 'base'), '(uid=' + bar + ')', attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "cookie value concatenated into an lxml xpath expression vs passed as the XPath variable $name",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('employees.xml')


      @app.route('/xpathi-05922')
      def doPost():
          param = request.cookies.get('BenchmarkTest05922', '')
          ${v ? 'nodes = TREE.xpath("/employees/employee[@name=\'" + param + "\']/email/text()")' : "nodes = TREE.xpath('/employees/employee[@name=$name]/email/text()', name=param)"}
          return {'emails': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "nested function choose(a, b) whose inner() returns b; choose('E001', JSON body['query']['id']) vs choose(body id, 'E001'); lxml XPath with an f-string",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      def choose(a, b):
          def inner():
              return b
          return inner()


      @app.route('/xpathi-05923', methods=['POST'])
      def doPost():
          body = request.get_json()
          param = body['query']['id']
          bar = choose(${v ? "'E001', param" : "param, 'E001'"})
          root = etree.parse('staff.xml').getroot()
          found = root.xpath(f"//staff[@id='{bar}']/name/text()")
          return {'names': [str(n) for n in found]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Django view reads the header from request.META; switch on 'ABC'[n % 3] with n = 5 ('C': bar = header) vs n = 4 ('B': bar = 'guest'); etree.XPath compiled from the text",
    (v) => `
      from django.http import HttpResponse
      from lxml import etree


      def doPost(request):
          param = request.META.get('HTTP_BENCHMARKTEST05924', '')
          n = ${v ? "5" : "4"}
          switch_target = 'ABC'[n % 3]
          if switch_target == 'A':
              bar = 'admin'
          elif switch_target == 'B':
              bar = 'guest'
          else:
              bar = param
          finder = etree.XPath("//account[login='" + bar + "']/@role")
          roles = finder(etree.parse('accounts.xml'))
          return HttpResponse(', '.join(str(r) for r in roles))
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "query parsed with parse_qs; Utils.decode base64-decodes the value; evaluated with eval vs ast.literal_eval",
    (v) => `
      import ast
      import base64
      from urllib.parse import parse_qs
      from flask import Flask, request

      app = Flask(__name__)


      class Utils:
          @staticmethod
          def decode(text):
              return base64.b64decode(text).decode('utf-8')


      @app.route('/codeinj-05925')
      def doPost():
          qs = parse_qs(request.query_string.decode())
          param = qs.get('BenchmarkTest05925', ['MQ=='])[0]
          bar = Utils.decode(param)
          result = ${v ? "eval(bar)" : "ast.literal_eval(bar)"}
          return {'result': repr(result)}
    `,
  ),
  ...whole(
    "CWE-94",
    "Django POST value put inside quotes of exec'd source as is vs only when param.isalnum() (else 'x')",
    (v) => `
      from django.http import HttpResponse


      def doPost(request):
          param = request.POST.get('BenchmarkTest05926', '')
          bar = ${v ? "param" : "param if param.isalnum() else 'x'"}
          scope = {}
          exec("label = '" + bar + "'.upper()", {}, scope)
          return HttpResponse(scope['label'])
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "LOADERS = {'full': yaml.UnsafeLoader, 'safe': yaml.SafeLoader} indexed by SETTINGS['loader'] = 'full' vs 'safe'; the uploaded file's bytes parsed with yaml.load",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)
      SETTINGS = {'loader': '${v ? "full" : "safe"}'}
      LOADERS = {'full': yaml.UnsafeLoader, 'safe': yaml.SafeLoader}


      @app.route('/deserialization-05927', methods=['POST'])
      def doPost():
          data = request.files['BenchmarkTest05927'].read()
          doc = yaml.load(data, Loader=LOADERS[SETTINGS['loader']])
          return {'keys': sorted(doc) if isinstance(doc, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "header by iterating request.headers.items(), base64-decoded; blobs = [DEFAULT_BLOB] + append(raw); pop(0) leaves the raw bytes vs pop() leaves the module's own pickle; pickle.loads(blobs[0])",
    (v) => `
      import base64
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULT_BLOB = pickle.dumps({'theme': 'light'})


      @app.route('/deserialization-05928', methods=['POST'])
      def doPost():
          raw = b''
          for name, value in request.headers.items():
              if name == 'X-State':
                  raw = base64.b64decode(value)
          blobs = [DEFAULT_BLOB]
          blobs.append(raw)
          blobs.pop(${v ? "0" : ""})
          state = pickle.loads(blobs[0])
          return {'theme': state.get('theme', 'light')}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "switch on 'ABC'[n % 3] with n = 0 ('A': target = the next parameter) vs n = 2 ('C': target = url_for('index')); redirect",
    (v) => `
      from flask import Flask, redirect, request, url_for

      app = Flask(__name__)


      @app.route('/')
      def index():
          return 'home'


      @app.route('/redirect-05929')
      def doPost():
          param = request.args.get('BenchmarkTest05929', '/')
          n = ${v ? "0" : "2"}
          switch_target = 'ABC'[n % 3]
          if switch_target == 'A':
              target = param
          elif switch_target == 'B':
              target = '/help'
          else:
              target = url_for('index')
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: a dict built in a loop over (('next', GET next), ('home', '/home')); HttpResponseRedirect(targets['next']) vs targets['home']",
    (v) => `
      from django.http import HttpResponseRedirect


      def doPost(request):
          param = request.GET.get('BenchmarkTest05930', '/home')
          targets = {}
          for key, value in [('next', param), ('home', '/home')]:
              targets[key] = value
          return HttpResponseRedirect(targets['${v ? "next" : "home"}'])
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: the return URL cookie redirected to directly vs only when url_has_allowed_host_and_scheme accepts it (else '/')",
    (v) => `
      from django.shortcuts import redirect
      from django.utils.http import url_has_allowed_host_and_scheme


      def doPost(request):
          param = request.COOKIES.get('BenchmarkTest05931', '/')
          ${v ? "bar = param" : "bar = param if url_has_allowed_host_and_scheme(param, allowed_hosts={request.get_host()}, require_https=True) else '/'"}
          return redirect(bar)
    `,
  ),
  ...whole(
    "CWE-601",
    "Referer found by iterating request.headers.items(); redirect(value) vs redirect(url_for('landing', ref=value)) (the value only a query argument of our own page)",
    (v) => `
      from flask import Flask, redirect, request, url_for

      app = Flask(__name__)


      @app.route('/landing')
      def landing():
          return 'landing'


      @app.route('/redirect-05932')
      def doPost():
          referer = '/landing'
          for name, value in request.headers.items():
              if name.lower() == 'referer':
                  referer = value
          return redirect(${v ? "referer" : "url_for('landing', ref=referer)"})
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "JSON body['webhook']['url'] fetched with requests.get directly vs after the hostname is checked against an allow-list set",
    (v) => `
      from urllib.parse import urlparse

      import requests
      from flask import Flask, abort, request

      app = Flask(__name__)
      ALLOWED = {'hooks.example.com', 'status.example.com'}


      @app.route('/ssrf-05933', methods=['POST'])
      def doPost():
          body = request.get_json()
          bar = body['webhook']['url']
          ${v ? "if not bar.startswith(('http://', 'https://')):" : "if urlparse(bar).hostname not in ALLOWED:"}
              abort(400)
          resp = requests.get(bar, timeout=5)
          return {'status': resp.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "('internal.example.com ' + form host).split() read at [1] (the host) vs [0] (the constant host); urlopen of http://{host}/status",
    (v) => `
      from urllib.request import urlopen
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ssrf-05934', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05934', '')
          host = ('internal.example.com ' + param).split()[${v ? "1" : "0"}]
          with urlopen(f'http://{host}/status', timeout=5) as resp:
              return resp.read()
    `,
  ),
  ...whole(
    "CWE-918",
    "Django: list(filter(None, [GET url, DEFAULT_FEED])) read at [0] (the url when non-empty) vs [-1] (always DEFAULT_FEED); httpx.get",
    (v) => `
      import httpx
      from django.http import HttpResponse

      DEFAULT_FEED = 'https://feeds.example.com/main.xml'


      def doPost(request):
          param = request.GET.get('BenchmarkTest05935', '')
          urls = list(filter(None, [param, DEFAULT_FEED]))
          bar = urls[${v ? "0" : "-1"}]
          resp = httpx.get(bar, timeout=5)
          return HttpResponse(resp.text, content_type='application/xml')
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Thing by name: THINGS['copy'] returns the form value, THINGS['fixed'] 'anonymous'; THING = 'copy' vs 'fixed'; session['userid'] stores the result",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = __import__('os').urandom(32)
      THING = '${v ? "copy" : "fixed"}'


      class CopyThing:
          def do_something(self, value):
              return value


      class FixedThing:
          def do_something(self, value):
              return 'anonymous'


      THINGS = {'copy': CopyThing(), 'fixed': FixedThing()}


      @app.route('/trustbound-05936', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05936', '')
          bar = THINGS[THING].do_something(param)
          session['userid'] = bar
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-501",
    "Django: configparser round trip (keyA = 'a_Value', keyB = GET value); request.session['role'] = get('section', 'keyB') vs 'keyA'",
    (v) => `
      import configparser
      from django.http import HttpResponse


      def doPost(request):
          param = request.GET.get('BenchmarkTest05937', '')
          conf = configparser.ConfigParser()
          conf.add_section('section')
          conf.set('section', 'keyA', 'a_Value')
          conf.set('section', 'keyB', param)
          bar = conf['section']['${v ? "keyB" : "keyA"}']
          request.session['role'] = bar
          return HttpResponse('ok')
    `,
  ),
  ...whole(
    "CWE-501",
    "switch on 'ABC'[n % 3] with n = 1 ('B': bar = cookie) vs n = 3 ('A': bar = 'bob'); bar is the session key: session[bar] = '10340'",
    (v) => `
      import os
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = os.urandom(32)


      @app.route('/trustbound-05938')
      def doPost():
          param = request.cookies.get('BenchmarkTest05938', 'noCookieValueSupplied')
          n = ${v ? "1" : "3"}
          switch_target = 'ABC'[n % 3]
          if switch_target == 'A':
              bar = 'bob'
          elif switch_target == 'B':
              bar = param
          else:
              bar = 'bob'
          session[bar] = '10340'
          return 'Item: ' + ('set' if bar else 'empty')
    `,
  ),
  ...whole(
    "CWE-501",
    "header by iterating request.headers.items(); list ['a'], append(header), append('b'), remove('a'); session['owner'] = values[0] (the header) vs values[-1] ('b')",
    (v) => `
      import os
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = os.urandom(32)


      @app.route('/trustbound-05939', methods=['POST'])
      def doPost():
          param = ''
          for name, value in request.headers.items():
              if name == 'Benchmarktest05939':
                  param = value
          values = ['a']
          values.append(param)
          values.append('b')
          values.remove('a')
          session['owner'] = values[${v ? "0" : "-1"}]
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "nested function pick(a, b) returns inner(a) where inner(x) returns x; pick(JSON body['user']['name'], 'visitor') vs pick('visitor', name); session['display_name']",
    (v) => `
      import os
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = os.urandom(32)


      def pick(a, b):
          def inner(x):
              return x
          return inner(a)


      @app.route('/trustbound-05940', methods=['POST'])
      def doPost():
          body = request.get_json()
          name = body['user']['name']
          session['display_name'] = pick(${v ? "name, 'visitor'" : "'visitor', name"})
          return 'ok'
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "remember-me cookie value from random.random() vs random.SystemRandom().random()",
    (v) => `
      import random
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/weakrand-05941', methods=['POST'])
      def doPost():
          user = request.form.get('user', '')
          value = ${v ? "random.random()" : "random.SystemRandom().random()"}
          remember_me_key = str(value)[2:]
          resp = make_response('Welcome back')
          resp.set_cookie('user', user, secure=True, httponly=True)
          resp.set_cookie('rememberMe', remember_me_key, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "password-reset token from uuid.uuid1().hex (time and MAC based) vs secrets.token_hex(16); stored beside the account",
    (v) => `
      import ${v ? "uuid" : "secrets"}
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class TokenHelper:
          @staticmethod
          def new_token():
              return ${v ? "uuid.uuid1().hex" : "secrets.token_hex(16)"}


      @app.route('/weakrand-05942', methods=['POST'])
      def doPost():
          email = request.form.get('email', '')
          token = TokenHelper.new_token()
          conn = sqlite3.connect('benchmark.db')
          conn.execute('UPDATE users SET reset_token = ? WHERE email = ?', (token, email))
          conn.commit()
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "configparser read_string of a properties text: rng = std vs os; GENERATORS maps std to random.Random() and os to random.SystemRandom(); the session id is 24 choices from it",
    (v) => `
      import configparser
      import random
      import string
      from flask import Flask, make_response

      app = Flask(__name__)
      PROPERTIES = """
      [security]
      rng = ${v ? "std" : "os"}
      """
      GENERATORS = {'std': random.Random(), 'os': random.SystemRandom()}


      @app.route('/weakrand-05943')
      def doPost():
          conf = configparser.ConfigParser()
          conf.read_string(PROPERTIES)
          rng = GENERATORS[conf.get('security', 'rng')]
          session_id = ''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))
          resp = make_response('ok')
          resp.set_cookie('SESSIONID', session_id, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "generator functions in a list [random.getrandbits, secrets.randbits]; the slice [:1] (random) vs [1:] (secrets) chooses; the API key is gen(128) in hex",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/weakrand-05944', methods=['POST'])
      def doPost():
          owner = request.form.get('owner', '')
          gens = [random.getrandbits, secrets.randbits]
          gen = gens[${v ? ":1" : "1:"}][0]
          api_key = format(gen(128), '032x')
          return {'owner': owner, 'api_key': api_key}
    `,
  ),
  ...whole(
    "CWE-338",
    "Django: Utils.csrf_value() returns str(random.randrange(10 ** 8)) vs str(secrets.randbelow(10 ** 8)); stored in request.session['csrf']",
    (v) => `
      import ${v ? "random" : "secrets"}
      from django.http import JsonResponse


      class Utils:
          @staticmethod
          def csrf_value():
              return str(${v ? "random.randrange(10 ** 8)" : "secrets.randbelow(10 ** 8)"})


      def doPost(request):
          token = Utils.csrf_value()
          request.session['csrf'] = token
          return JsonResponse({'csrf': token})
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "hashlib.new(ALGOS[PROFILE]) with ALGOS = {'legacy': 'md5', 'current': 'sha256'} and PROFILE 'legacy' vs 'current'; the form password's digest is stored",
    (v) => `
      import hashlib
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      ALGOS = {'legacy': 'md5', 'current': 'sha256'}
      PROFILE = '${v ? "legacy" : "current"}'


      @app.route('/hash-05946', methods=['POST'])
      def doPost():
          secret = request.form.get('BenchmarkTest05946', '')
          md = hashlib.new(ALGOS[PROFILE])
          md.update(secret.encode('utf-8'))
          conn = sqlite3.connect('benchmark.db')
          conn.execute('INSERT INTO secrets (digest) VALUES (?)', (md.hexdigest(),))
          conn.commit()
          return 'Sensitive value stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "properties text read with configparser: hashAlg1 = SHA1 and hashAlg2 = SHA-512; hashlib.new(conf.get('hashing', 'hashAlg1')) vs 'hashAlg2'; the token's digest goes in a file",
    (v) => `
      import configparser
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      BENCHMARK_PROPERTIES = """
      [hashing]
      hashAlg1 = sha1
      hashAlg2 = sha512
      """


      @app.route('/hash-05947', methods=['POST'])
      def doPost():
          token = request.headers.get('BenchmarkTest05947', '')
          conf = configparser.ConfigParser()
          conf.read_string(BENCHMARK_PROPERTIES)
          algorithm = conf.get('hashing', '${v ? "hashAlg1" : "hashAlg2"}', fallback='sha256')
          digest = hashlib.new(algorithm, token.encode()).hexdigest()
          with open('passwordFile.txt', 'a', encoding='utf-8') as fh:
              fh.write('hash_value=' + digest + '\\n')
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "'md5 sha1 sha512'.split() read at [0] vs [2]; getattr(hashlib, name) hashes the password from the JSON body",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      class PasswordStore:
          def __init__(self):
              self.rows = {}

          def save(self, user, digest):
              self.rows[user] = digest


      STORE = PasswordStore()


      @app.route('/hash-05948', methods=['POST'])
      def doPost():
          body = request.get_json()
          user = body['account']['user']
          password = body['account']['password']
          name = 'md5 sha1 sha512'.split()[${v ? "0" : "2"}]
          digest = getattr(hashlib, name)(password.encode('utf-8')).hexdigest()
          STORE.save(user, digest)
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "Hasher interface: Sha1Hasher and Sha256Hasher in a dict by name; HASHER = 'sha1' vs 'sha256'; the session secret's fingerprint",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      HASHER = '${v ? "sha1" : "sha256"}'


      class Sha1Hasher:
          def digest(self, data):
              return hashlib.sha1(data).hexdigest()


      class Sha256Hasher:
          def digest(self, data):
              return hashlib.sha256(data).hexdigest()


      HASHERS = {'sha1': Sha1Hasher, 'sha256': Sha256Hasher}


      @app.route('/hash-05949', methods=['POST'])
      def doPost():
          secret = request.cookies.get('BenchmarkTest05949', '')
          fingerprint = HASHERS[HASHER]().digest(secret.encode())
          return {'fingerprint': fingerprint}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django: switch on 'ABC'[n % 3] with n = 3 ('A': md5) vs n = 4 ('B': sha256); hashlib.new(algo) digests the POST password before it is stored",
    (v) => `
      import hashlib
      from django.http import HttpResponse


      class DatabaseHelper:
          rows = []

          @classmethod
          def store(cls, user, digest):
              cls.rows.append((user, digest))


      def doPost(request):
          user = request.POST.get('user', '')
          password = request.POST.get('BenchmarkTest05950', '')
          n = ${v ? "3" : "4"}
          switch_target = 'ABC'[n % 3]
          if switch_target == 'A':
              algo = 'md5'
          elif switch_target == 'B':
              algo = 'sha256'
          else:
              algo = 'sha512'
          digest = hashlib.new(algo, password.encode()).hexdigest()
          DatabaseHelper.store(user, digest)
          return HttpResponse('stored')
    `,
  ),
  // --- CWE-327 broken cipher ---
  ...whole(
    "CWE-327",
    "Cipher mode chosen by config: configparser properties say mode = ECB vs GCM; modes.ECB() vs modes.GCM(iv) for AES over the form value",
    (v) => `
      import configparser
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      PROPERTIES = """
      [crypto]
      mode = ${v ? "ECB" : "GCM"}
      """
      KEY = os.urandom(32)


      @app.route('/crypto-05951', methods=['POST'])
      def doPost():
          data = request.form.get('BenchmarkTest05951', '').encode().ljust(16, b' ')[:16]
          conf = configparser.ConfigParser()
          conf.read_string(PROPERTIES)
          iv = os.urandom(12)
          if conf.get('crypto', 'mode') == 'ECB':
              mode = modes.ECB()
          else:
              mode = modes.GCM(iv)
          enc = Cipher(algorithms.AES(KEY), mode).encryptor()
          ct = enc.update(data) + enc.finalize()
          return {'ct': ct.hex(), 'iv': iv.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "ALGORITHMS = {'3des': algorithms.TripleDES, 'aes': algorithms.AES} indexed by ALG = '3des' vs 'aes' (key sized to match); CBC encryption of the header value",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      ALGORITHMS = {'3des': algorithms.TripleDES, 'aes': algorithms.AES}
      ALG = '${v ? "3des" : "aes"}'


      @app.route('/crypto-05952', methods=['POST'])
      def doPost():
          data = request.headers.get('BenchmarkTest05952', '').encode()
          algorithm = ALGORITHMS[ALG](os.urandom(24 if ALG == '3des' else 32))
          iv = os.urandom(algorithm.block_size // 8)
          padder = padding.PKCS7(algorithm.block_size).padder()
          enc = Cipher(algorithm, modes.CBC(iv)).encryptor()
          ct = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
          return {'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "CryptoHelper.encrypt uses PyCryptodome DES.new(key, DES.MODE_CBC) vs AES.new(key, AES.MODE_GCM) for the cookie value",
    (v) => `
      from Crypto.Cipher import ${v ? "DES" : "AES"}
      from Crypto.Random import get_random_bytes
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)


      class CryptoHelper:
          def __init__(self):
              self.key = get_random_bytes(${v ? "8" : "32"})

          def encrypt(self, data):
              ${v ? "cipher = DES.new(self.key, DES.MODE_CBC)\n              return cipher.iv + cipher.encrypt(pad(data, DES.block_size))" : "cipher = AES.new(self.key, AES.MODE_GCM)\n              ct, tag = cipher.encrypt_and_digest(pad(data, AES.block_size))\n              return cipher.nonce + tag + ct"}


      @app.route('/crypto-05953', methods=['POST'])
      def doPost():
          param = request.cookies.get('BenchmarkTest05953', '')
          return {'ct': CryptoHelper().encrypt(param.encode()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "names ['arc4', 'aesgcm'] with pop(0) vs pop() before reading [0]; 'arc4' builds Cipher(algorithms.ARC4(key), None), 'aesgcm' AESGCM(key)",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      def seal(kind, data):
          if kind == 'arc4':
              enc = Cipher(algorithms.ARC4(KEY), mode=None).encryptor()
              return enc.update(data)
          nonce = os.urandom(12)
          return nonce + AESGCM(KEY).encrypt(nonce, data, None)


      @app.route('/crypto-05954', methods=['POST'])
      def doPost():
          body = request.get_json()
          names = ['aesgcm', 'arc4']
          names.pop(${v ? "0" : ""})
          return {'ct': seal(names[0], body['payload']['text'].encode()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django: 'blowfish aes'.split() read at [0] vs [1]; CIPHERS maps the names to PyCryptodome Blowfish / AES modules; EAX over the POST value",
    (v) => `
      from Crypto.Cipher import AES, Blowfish
      from Crypto.Random import get_random_bytes
      from django.http import JsonResponse

      CIPHERS = {'blowfish': Blowfish, 'aes': AES}


      def doPost(request):
          param = request.POST.get('BenchmarkTest05955', '')
          name = 'blowfish aes'.split()[${v ? "0" : "1"}]
          module = CIPHERS[name]
          cipher = module.new(get_random_bytes(16), module.MODE_EAX)
          ct, tag = cipher.encrypt_and_digest(param.encode())
          return JsonResponse({'ct': ct.hex(), 'tag': tag.hex(), 'nonce': cipher.nonce.hex()})
    `,
  ),
  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "cookie flags by **kwargs: opts = {'httponly': True}, and opts['secure'] = True is added only when SECURE_ENV; SECURE_ENV = False vs True",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      SECURE_ENV = ${v ? "False" : "True"}


      @app.route('/securecookie-05956', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05956', '')
          opts = {'httponly': True}
          if SECURE_ENV:
              opts['secure'] = True
          resp = make_response('Created cookie')
          resp.set_cookie('SomeCookie', param, **opts)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "configparser properties say secure = no vs yes; set_cookie(secure=conf.getboolean('cookie', 'secure'))",
    (v) => `
      import configparser
      from flask import Flask, make_response, request

      app = Flask(__name__)
      PROPERTIES = """
      [cookie]
      secure = ${v ? "no" : "yes"}
      httponly = yes
      """


      @app.route('/securecookie-05957', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest05957', '')
          conf = configparser.ConfigParser()
          conf.read_string(PROPERTIES)
          resp = make_response('Created cookie')
          resp.set_cookie('prefs', param, secure=conf.getboolean('cookie', 'secure'), httponly=conf.getboolean('cookie', 'httponly'))
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django: FLAGS = [False, True]; response.set_cookie(secure=FLAGS[0]) vs FLAGS[-1]",
    (v) => `
      from django.http import HttpResponse

      FLAGS = [False, True]


      def doPost(request):
          param = request.POST.get('BenchmarkTest05958', '')
          response = HttpResponse('Created cookie')
          response.set_cookie('SomeCookie', param, secure=FLAGS[${v ? "0" : "-1"}], httponly=True)
          return response
    `,
  ),
  ...whole(
    "CWE-614",
    "dict built in a loop over (('httponly', True), ('secure', False|True), ('samesite', 'Lax')) and passed as **opts",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/securecookie-05959')
      def doPost():
          param = request.args.get('BenchmarkTest05959', '')
          opts = {}
          for key, value in (('httponly', True), ('secure', ${v ? "False" : "True"}), ('samesite', 'Lax')):
              opts[key] = value
          resp = make_response('Created cookie')
          resp.set_cookie('theme', param, **opts)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "CookieSettings class built with flag(a, b) returning its first parameter: flag(False, True) vs flag(True, False); set_cookie(secure=settings.secure)",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      def flag(a, b):
          return a


      class CookieSettings:
          def __init__(self, secure, httponly=True):
              self.secure = secure
              self.httponly = httponly


      SETTINGS = CookieSettings(flag(${v ? "False, True" : "True, False"}))


      @app.route('/securecookie-05960', methods=['POST'])
      def doPost():
          param = request.cookies.get('BenchmarkTest05960', '')
          resp = make_response('Created cookie')
          resp.set_cookie('token', param, secure=SETTINGS.secure, httponly=SETTINGS.httponly)
          return resp
    `,
  ),
];
