// Dev suite "py-web", batch 62 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style test modules (seventeenth wave), 60 insecure/safe twins over
// 14 categories, half Flask (request.args / form / cookies / headers / get_data() / files, getlist, header names
// iterated, cookie loops) and half Django function views, FastAPI and Starlette (request.query_params, await
// request.form(), request.path_params). The value logic is about objects and control flow: the value stored on an
// instance attribute and read back (self.x, @dataclass, NamedTuple, __slots__, a property, setattr / getattr with a
// constant name), a class attribute overwritten by a constant in a subclass, a closure capturing the input or a
// constant, a generator yielding the input at a known position, match / case on a constant subject, while loops that
// overwrite the value, try / except / else / finally where one path keeps the input, an early return of a constant,
// module-level state set with `global`, a lambda picked from a dict by a constant key, functools.partial binding the
// input or a constant, contextvars / threading.local round trips, copy.copy / deepcopy, json round trips and dict
// merges where the later key wins. Sanitisers per sink as in earlier waves. Each safe twin differs only in the value
// logic, the helper chosen or the sink's API. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch62: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH62: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Flask args; Job object stores the parameter in self.host and a constant in self.fallback; the command uses job.host vs job.fallback; subprocess.run(shell=True)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class Job:
          def __init__(self, host):
              self.host = host
              self.fallback = '127.0.0.1'


      @app.route('/cmdi-06201', methods=['GET'])
      def cmdi_06201():
          param = request.args.get('BenchmarkTest06201', '')
          job = Job(param)
          target = job.${v ? "host" : "fallback"}
          result = subprocess.run('ping -c 1 ' + target, shell=True, capture_output=True, text=True)
          return result.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask header names iterated; match on a constant subject whose taken arm keeps the parameter vs assigns a constant (the other arm dead); os.system",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)

      MODE = '${v ? "passthrough" : "fixed"}'


      @app.route('/cmdi-06202', methods=['GET'])
      def cmdi_06202():
          param = ''
          for name in request.headers.keys():
              if name.startswith('X-Bench'):
                  param = request.headers.get(name, '')
                  break
          match MODE:
              case 'passthrough':
                  bar = param
              case _:
                  bar = 'bench-host'
          status = os.system('nslookup ' + bar)
          return 'exit: %d' % status
    `,
  ),
  ...whole(
    "CWE-78",
    "Django GET; functools.partial binding the parameter vs a constant host as the first argument of a command builder; os.popen",
    (v) => `
      import functools
      import os
      from django.http import HttpResponse


      def build_command(host, count):
          return 'ping -c %d %s' % (count, host)


      def cmdi_06203(request):
          param = request.GET.get('BenchmarkTest06203', '')
          builder = functools.partial(build_command, ${v ? "param" : "'localhost'"})
          output = os.popen(builder(3)).read()
          return HttpResponse(output, content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI query_params; a generator yields a constant then the parameter; the second next() (the parameter) vs the first; subprocess.Popen(shell=True)",
    (v) => `
      import subprocess
      from fastapi import FastAPI, Request
      from fastapi.responses import PlainTextResponse

      app = FastAPI()


      def words(value):
          yield 'uptime'
          yield value


      @app.get('/cmdi-06204')
      async def cmdi_06204(request: Request):
          param = request.query_params.get('BenchmarkTest06204', '')
          gen = words(param)
          first = next(gen)
          second = next(gen)
          cmd = ${v ? "'echo ' + second" : "first"}
          proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
          out, _ = proc.communicate()
          return PlainTextResponse(out.decode())
    `,
  ),
  ...whole(
    "CWE-78",
    "Starlette path_params; try int() / except ValueError keeps the raw parameter vs a constant, else the number; subprocess.check_output(shell=True)",
    (v) => `
      import subprocess
      from starlette.applications import Starlette
      from starlette.responses import PlainTextResponse
      from starlette.routing import Route


      async def cmdi_06205(request):
          param = request.path_params['count']
          try:
              n = int(param)
          except ValueError:
              bar = ${v ? "param" : "'1'"}
          else:
              bar = str(n)
          out = subprocess.check_output('seq ' + bar, shell=True)
          return PlainTextResponse(out.decode())


      app = Starlette(routes=[Route('/cmdi-06205/{count}', cmdi_06205)])
    `,
  ),

  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Flask form; @dataclass Lookup(user, role='guest'); the query uses lookup.user vs lookup.role; sqlite3 concatenation",
    (v) => `
      import sqlite3
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Lookup:
          user: str
          role: str = 'guest'


      @app.route('/sqli-06206', methods=['POST'])
      def sqli_06206():
          param = request.form.get('BenchmarkTest06206', '')
          lookup = Lookup(user=param)
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          cur.execute("SELECT id FROM members WHERE name = '" + lookup.${v ? "user" : "role"} + "'")
          return {'ids': [r[0] for r in cur.fetchall()]}
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask cookie loop; a while loop strips the value three times (keeps it) vs overwrites it with a constant each pass; sqlite3 f-string",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-06207', methods=['GET'])
      def sqli_06207():
          param = 'noCookieValueSupplied'
          for cookie_name in request.cookies:
              if cookie_name == 'BenchmarkTest06207':
                  param = request.cookies[cookie_name]
          bar = param
          passes = 0
          while passes < 3:
              bar = ${v ? "bar.strip()" : "'anonymous'"}
              passes += 1
          conn = sqlite3.connect('bench.db')
          rows = conn.execute(f"SELECT email FROM users WHERE login = '{bar}'").fetchall()
          return {'count': len(rows)}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django POST; NamedTuple Filter(column, value) built from a constant column and the parameter; the WHERE uses f.value vs f.column quoted as a literal; cursor.execute of an f-string",
    (v) => `
      from typing import NamedTuple
      from django.db import connection
      from django.http import JsonResponse


      class Filter(NamedTuple):
          column: str
          value: str


      def sqli_06208(request):
          param = request.POST.get('BenchmarkTest06208', '')
          f = Filter('status', param)
          with connection.cursor() as cursor:
              cursor.execute(f"SELECT id FROM orders WHERE note = '{f.${v ? "value" : "column"}}'")
              rows = cursor.fetchall()
          return JsonResponse({'ids': [r[0] for r in rows]})
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI query_params; {**defaults, **overrides} merge where the later mapping (holding the parameter) wins vs the constant defaults coming last; SQLAlchemy text()",
    (v) => `
      from fastapi import FastAPI, Request
      from sqlalchemy import create_engine, text

      app = FastAPI()
      engine = create_engine('sqlite:///bench.db')


      @app.get('/sqli-06209')
      def sqli_06209(request: Request):
          param = request.query_params.get('BenchmarkTest06209', '')
          defaults = {'name': 'guest', 'limit': 10}
          overrides = {'name': param}
          merged = ${v ? "{**defaults, **overrides}" : "{**overrides, **defaults}"}
          sql = "SELECT id FROM accounts WHERE name = '" + merged['name'] + "' LIMIT 10"
          with engine.connect() as conn:
              rows = conn.execute(text(sql)).fetchall()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "Starlette await request.form(); copy.deepcopy of a dict holding the parameter, then the original's entry overwritten; the copy's entry (the parameter) vs the original's (the constant); sqlite3",
    (v) => `
      import copy
      import sqlite3
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def sqli_06210(request):
          form = await request.form()
          param = form.get('BenchmarkTest06210', '')
          criteria = {'sku': param, 'kind': 'book'}
          snapshot = copy.deepcopy(criteria)
          criteria['sku'] = 'A-0001'
          sku = ${v ? "snapshot['sku']" : "criteria['sku']"}
          conn = sqlite3.connect('bench.db')
          cur = conn.execute("SELECT price FROM items WHERE sku = '%s'" % sku)
          return JSONResponse({'prices': [r[0] for r in cur.fetchall()]})


      app = Starlette(routes=[Route('/sqli-06210', sqli_06210, methods=['POST'])])
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Flask args; inner function (closure) capturing the parameter vs capturing a constant title; HTML returned",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-06211', methods=['GET'])
      def xss_06211():
          param = request.args.get('BenchmarkTest06211', '')
          title = 'Welcome'
          label = ${v ? "param" : "title"}

          def render():
              return '<html><body><h1>' + label + '</h1></body></html>'

          return render()
    `,
  ),
  ...whole(
    "CWE-79",
    "Flask get_data(); a property getter returns the stored body raw vs html.escape'd; make_response of HTML",
    (v) => `
      import html
      from flask import Flask, request, make_response

      app = Flask(__name__)


      class Comment:
          def __init__(self, body):
              self._body = body

          @property
          def body(self):
              return ${v ? "self._body" : "html.escape(self._body)"}


      @app.route('/xss-06212', methods=['POST'])
      def xss_06212():
          param = request.get_data(as_text=True)
          comment = Comment(param)
          resp = make_response('<div class="comment">' + comment.body + '</div>')
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "Django GET; json.dumps then json.loads of {'q': value, 'lang': 'en'}; data['q'] (the parameter) vs data['lang']; HttpResponse",
    (v) => `
      import json
      from django.http import HttpResponse


      def xss_06213(request):
          param = request.GET.get('BenchmarkTest06213', '')
          blob = json.dumps({'q': param, 'lang': 'en'})
          data = json.loads(blob)
          bar = data['${v ? "q" : "lang"}']
          return HttpResponse('<p>Results for: ' + bar + '</p>')
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI path parameter; a lambda picked from {'raw': identity, 'safe': html.escape} by a constant key; HTMLResponse",
    (v) => `
      import html
      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse

      app = FastAPI()

      RENDERERS = {
          'raw': lambda s: s,
          'safe': lambda s: html.escape(s),
      }


      @app.get('/xss-06214/{name}', response_class=HTMLResponse)
      async def xss_06214(name: str):
          render = RENDERERS['${v ? "raw" : "safe"}']
          return HTMLResponse('<h2>Hello ' + render(name) + '</h2>')
    `,
  ),
  ...whole(
    "CWE-79",
    "Starlette query_params; threading.local round trip; the stored parameter read back vs overwritten by a constant before the read; HTMLResponse",
    (v) => `
      import threading
      from starlette.applications import Starlette
      from starlette.responses import HTMLResponse
      from starlette.routing import Route

      _state = threading.local()


      async def xss_06215(request):
          param = request.query_params.get('BenchmarkTest06215', '')
          _state.user = param
          ${v ? "_state.seen = True" : "_state.user = 'visitor'"}
          bar = _state.user
          return HTMLResponse('<span>' + bar + '</span>')


      app = Starlette(routes=[Route('/xss-06215', xss_06215)])
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Flask args; a __slots__ class FileRef(name, default); open(join(BASE, ref.name)) vs ref.default",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/bench/testfiles'


      class FileRef:
          __slots__ = ('name', 'default')

          def __init__(self, name):
              self.name = name
              self.default = 'readme.txt'


      @app.route('/path-06216', methods=['GET'])
      def path_06216():
          param = request.args.get('BenchmarkTest06216', '')
          ref = FileRef(param)
          with open(os.path.join(BASE, ref.${v ? "name" : "default"})) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask files; setattr(upload, 'target', filename) then getattr(upload, 'target') (the client's filename) vs getattr(upload, 'fallback') (a constant); save under the upload dir",
    (v) => `
      import os
      from types import SimpleNamespace
      from flask import Flask, request

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/bench/uploads'


      @app.route('/path-06217', methods=['POST'])
      def path_06217():
          f = request.files['BenchmarkTest06217']
          upload = SimpleNamespace(fallback='upload.bin')
          setattr(upload, 'target', f.filename)
          name = getattr(upload, '${v ? "target" : "fallback"}')
          f.save(os.path.join(UPLOAD_DIR, name))
          return 'saved'
    `,
  ),
  ...whole(
    "CWE-22",
    "Django GET; helper returns a constant early when strict (the default) and the name otherwise; called with strict=False vs the default; FileResponse(open(...))",
    (v) => `
      import os
      from django.http import FileResponse

      BASE = '/srv/bench/reports'


      def choose(name, strict=True):
          if strict:
              return 'summary.txt'
          return name


      def path_06218(request):
          param = request.GET.get('BenchmarkTest06218', '')
          name = choose(param${v ? ", strict=False" : ""})
          return FileResponse(open(os.path.join(BASE, name), 'rb'))
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI query_params; the handler sets Download.filename to the parameter; a subclass Manual overrides filename with a constant; Download() vs Manual(); open",
    (v) => `
      import os
      from fastapi import FastAPI, Request
      from fastapi.responses import PlainTextResponse

      app = FastAPI()
      BASE = '/srv/bench/docs'


      class Download:
          filename = 'index.txt'

          def path(self):
              return os.path.join(BASE, self.filename)


      class Manual(Download):
          filename = 'manual.txt'


      @app.get('/path-06219')
      def path_06219(request: Request):
          param = request.query_params.get('BenchmarkTest06219', '')
          Download.filename = param
          doc = ${v ? "Download()" : "Manual()"}
          with open(doc.path()) as fh:
              return PlainTextResponse(fh.read())
    `,
  ),
  ...whole(
    "CWE-22",
    "Starlette path_params; contextvars.ContextVar set to the parameter and read vs set then reset to the token (back to the default); FileResponse",
    (v) => `
      import contextvars
      import os
      from starlette.applications import Starlette
      from starlette.responses import FileResponse
      from starlette.routing import Route

      BASE = '/srv/bench/static'
      current_file = contextvars.ContextVar('current_file', default='index.html')


      async def path_06220(request):
          param = request.path_params['name']
          token = current_file.set(param)
          ${v ? "print('serving', token)" : "current_file.reset(token)"}
          name = current_file.get()
          return FileResponse(os.path.join(BASE, name))


      app = Starlette(routes=[Route('/path-06220/{name}', path_06220)])
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Flask args; a UserQuery object builds its filter from self.uid raw vs escape_filter_chars(self.uid); ldap3 search",
    (v) => `
      from flask import Flask, request
      from ldap3 import Server, Connection
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      class UserQuery:
          def __init__(self, uid):
              self.uid = uid

          def filter(self):
              return '(&(objectClass=person)(uid=' + ${v ? "self.uid" : "escape_filter_chars(self.uid)"} + '))'


      @app.route('/ldapi-06221', methods=['GET'])
      def ldapi_06221():
          param = request.args.get('BenchmarkTest06221', '')
          query = UserQuery(param)
          conn = Connection(Server('ldap://localhost:389'), auto_bind=True)
          conn.search('ou=users,dc=bench,dc=org', query.filter(), attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "Flask form; try / finally where the finally block only logs (the parameter kept) vs overwrites the value with a constant; python-ldap search_s",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)
      AUDIT = []


      @app.route('/ldapi-06222', methods=['POST'])
      def ldapi_06222():
          param = request.form.get('BenchmarkTest06222', '')
          try:
              bar = param.strip()
          finally:
              ${v ? "AUDIT.append('lookup')" : "bar = 'nobody'"}
          conn = ldap.initialize('ldap://localhost:389')
          results = conn.search_s('dc=bench,dc=org', ldap.SCOPE_SUBTREE, '(cn=' + bar + ')')
          return {'count': len(results)}
    `,
  ),
  ...whole(
    "CWE-90",
    "Django GET; copy.copy of a template query object, the copy's cn set to the parameter; filter from the copy vs from the untouched template; ldap3",
    (v) => `
      import copy
      from django.http import JsonResponse
      from ldap3 import Server, Connection


      class Query:
          def __init__(self, cn):
              self.cn = cn


      TEMPLATE = Query('guest')


      def ldapi_06223(request):
          param = request.GET.get('BenchmarkTest06223', '')
          q = copy.copy(TEMPLATE)
          q.cn = param
          chosen = ${v ? "q" : "TEMPLATE"}
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('dc=bench,dc=org', '(cn=%s)' % chosen.cn)
          return JsonResponse({'found': len(conn.entries)})
    `,
  ),
  ...whole(
    "CWE-90",
    "FastAPI query_params; module-level LAST_USER set with global to the parameter vs another global set while LAST_USER stays a constant; ldap3 filter from LAST_USER",
    (v) => `
      from fastapi import FastAPI, Request
      from ldap3 import Server, Connection

      app = FastAPI()
      LAST_USER = 'nobody'
      LAST_SEEN = ''


      def remember(value):
          global LAST_USER, LAST_SEEN
          ${v ? "LAST_USER = value" : "LAST_SEEN = value"}


      @app.get('/ldapi-06224')
      def ldapi_06224(request: Request):
          param = request.query_params.get('BenchmarkTest06224', '')
          remember(param)
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('ou=people,dc=bench,dc=org', '(uid=' + LAST_USER + ')')
          return {'found': len(conn.entries)}
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Flask args; nested finder function (closure) over the parameter vs over a constant name; lxml xpath of a concatenation",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('/srv/bench/employees.xml')


      def make_finder(name):
          def find():
              return DOC.xpath("//employee[name='" + name + "']/email/text()")
          return find


      @app.route('/xpathi-06225', methods=['GET'])
      def xpathi_06225():
          param = request.args.get('BenchmarkTest06225', '')
          finder = make_finder(${v ? "param" : "'alice'"})
          return {'emails': finder()}
    `,
  ),
  ...whole(
    "CWE-643",
    "Flask cookies; match on a constant subject: the 'loose' arm keeps the parameter, the 'strict' arm keeps it only after re.fullmatch of [A-Za-z]+; lxml xpath",
    (v) => `
      import re
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      POLICY = '${v ? "loose" : "strict"}'


      @app.route('/xpathi-06226', methods=['GET'])
      def xpathi_06226():
          param = request.cookies.get('BenchmarkTest06226', '')
          match POLICY:
              case 'strict':
                  bar = param if re.fullmatch(r'[A-Za-z]+', param) else 'none'
              case 'loose':
                  bar = param
              case _:
                  bar = 'none'
          root = etree.parse('/srv/bench/users.xml').getroot()
          nodes = root.xpath("/users/user[@login='" + bar + "']/role")
          return {'roles': [n.text for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Django POST; @dataclass BookSearch holds the parameter; XPath string concatenation vs an XPath variable ($t) bound to search.title; lxml",
    (v) => `
      from dataclasses import dataclass
      from django.http import JsonResponse
      from lxml import etree


      @dataclass
      class BookSearch:
          title: str


      def xpathi_06227(request):
          param = request.POST.get('BenchmarkTest06227', '')
          search = BookSearch(param)
          tree = etree.parse('/srv/bench/books.xml')
          ${v ? `found = tree.xpath("//book[title='" + search.title + "']/isbn/text()")` : `found = tree.xpath("//book[title=$t]/isbn/text()", t=search.title)`}
          return JsonResponse({'isbn': found})
    `,
  ),
  ...whole(
    "CWE-643",
    "Starlette query_params; a lambda picked by a constant key from {'exact': builds a predicate from the value, 'all': ignores it}; ElementTree-compatible lxml xpath",
    (v) => `
      from lxml import etree
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route

      BUILDERS = {
          'exact': lambda v: "//item[@sku='" + v + "']/price/text()",
          'all': lambda v: '//item/price/text()',
      }


      async def xpathi_06228(request):
          param = request.query_params.get('BenchmarkTest06228', '')
          expr = BUILDERS['${v ? "exact" : "all"}'](param)
          root = etree.parse('/srv/bench/catalog.xml')
          return JSONResponse({'prices': root.xpath(expr)})


      app = Starlette(routes=[Route('/xpathi-06228', xpathi_06228)])
    `,
  ),

  // --- CWE-94 code injection / CWE-502 deserialization ---
  ...whole(
    "CWE-94",
    "Flask form; dict(DEFAULTS, **user) (user's 'expr' holding the parameter wins) vs dict(user, **DEFAULTS) (the constant wins); eval",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = {'expr': '1 + 1', 'precision': 2}


      @app.route('/codeinj-06229', methods=['POST'])
      def codeinj_06229():
          param = request.form.get('BenchmarkTest06229', '')
          user = {'expr': param}
          merged = ${v ? "dict(DEFAULTS, **user)" : "dict(user, **DEFAULTS)"}
          value = eval(merged['expr'])
          return {'value': round(value, merged['precision'])}
    `,
  ),
  ...whole(
    "CWE-94",
    "Flask args; json.dumps / json.loads round trip of the parameter; eval vs ast.literal_eval of the result",
    (v) => `
      import ast
      import json
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-06230', methods=['GET'])
      def codeinj_06230():
          param = request.args.get('BenchmarkTest06230', '[]')
          payload = json.loads(json.dumps({'literal': param}))
          value = ${v ? "eval(payload['literal'])" : "ast.literal_eval(payload['literal'])"}
          return {'length': len(value)}
    `,
  ),
  ...whole(
    "CWE-502",
    "Flask get_data(); a Snapshot object keeps the request body and a server-made pickle; pickle.loads(snap.body) vs pickle.loads(snap.cached)",
    (v) => `
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Snapshot:
          def __init__(self, body):
              self.body = body
              self.cached = pickle.dumps({'version': 1, 'items': []})


      @app.route('/deserial-06231', methods=['POST'])
      def deserial_06231():
          snap = Snapshot(request.get_data())
          obj = pickle.loads(snap.${v ? "body" : "cached"})
          return {'keys': sorted(obj) if isinstance(obj, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "Django request.body; helper returns early with yaml.safe_load for text input vs with yaml.load(Loader=yaml.UnsafeLoader)",
    (v) => `
      import yaml
      from django.http import JsonResponse


      def parse_config(raw):
          if not raw:
              return {}
          return ${v ? "yaml.load(raw, Loader=yaml.UnsafeLoader)" : "yaml.safe_load(raw)"}


      def deserial_06232(request):
          config = parse_config(request.body.decode('utf-8'))
          return JsonResponse({'keys': sorted(config) if isinstance(config, dict) else []})
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Flask args; a generator yields '/home' then the parameter; list(gen)[-1] (the parameter) vs next(gen) ('/home'); redirect",
    (v) => `
      from flask import Flask, request, redirect

      app = Flask(__name__)


      def destinations(requested):
          yield '/home'
          yield requested


      @app.route('/redirect-06233', methods=['GET'])
      def redirect_06233():
          param = request.args.get('BenchmarkTest06233', '')
          gen = destinations(param)
          target = ${v ? "list(gen)[-1]" : "next(gen)"}
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask form; try int() picks a page from a constant table, except ValueError keeps the parameter vs falls back to '/'; redirect",
    (v) => `
      from flask import Flask, request, redirect

      app = Flask(__name__)
      PAGES = ['/dashboard', '/profile', '/settings']


      @app.route('/redirect-06234', methods=['POST'])
      def redirect_06234():
          param = request.form.get('BenchmarkTest06234', '')
          try:
              dest = PAGES[int(param) % len(PAGES)]
          except ValueError:
              dest = ${v ? "param" : "'/'"}
          return redirect(dest, code=302)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django GET next; a property returns the raw value vs the value only when url_has_allowed_host_and_scheme passes (else '/'); HttpResponseRedirect",
    (v) => `
      from django.http import HttpResponseRedirect
      from django.utils.http import url_has_allowed_host_and_scheme


      class NextUrl:
          def __init__(self, raw, host):
              self._raw = raw
              self._host = host

          @property
          def url(self):
              ${v ? "return self._raw" : "return self._raw if url_has_allowed_host_and_scheme(self._raw, allowed_hosts={self._host}) else '/'"}


      def redirect_06235(request):
          param = request.GET.get('next', '/')
          nxt = NextUrl(param, request.get_host())
          return HttpResponseRedirect(nxt.url)
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI query_params; functools.partial(RedirectResponse, the parameter) vs partial(RedirectResponse, '/dashboard'); called with status_code",
    (v) => `
      import functools
      from fastapi import FastAPI, Request
      from fastapi.responses import RedirectResponse

      app = FastAPI()


      @app.get('/redirect-06236')
      async def redirect_06236(request: Request):
          param = request.query_params.get('BenchmarkTest06236', '/')
          go = functools.partial(RedirectResponse, ${v ? "param" : "'/dashboard'"})
          return go(status_code=303)
    `,
  ),

  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Flask args; Prefs object with self.name (the parameter) and self.theme (a constant); session['user'] = prefs.name vs prefs.theme",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      class Prefs:
          def __init__(self, name):
              self.name = name
              self.theme = 'light'


      @app.route('/trustbound-06237', methods=['GET'])
      def trustbound_06237():
          param = request.args.get('BenchmarkTest06237', '')
          prefs = Prefs(param)
          session['userid'] = prefs.${v ? "name" : "theme"}
          return 'saved'
    `,
  ),
  ...whole(
    "CWE-501",
    "Flask headers; copy.copy of a list holding the parameter, then the original's element replaced; session write of the copy's element vs the original's",
    (v) => `
      import copy
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      @app.route('/trustbound-06238', methods=['GET'])
      def trustbound_06238():
          param = request.headers.get('X-Bench-User', '')
          names = [param, 'other']
          snapshot = copy.copy(names)
          names[0] = 'guest'
          session['username'] = ${v ? "snapshot[0]" : "names[0]"}
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-501",
    "Django POST; match on a constant subject: the taken arm stores the parameter vs a constant; request.session write",
    (v) => `
      from django.http import HttpResponse

      STORE_MODE = '${v ? "echo" : "default"}'


      def trustbound_06239(request):
          param = request.POST.get('BenchmarkTest06239', '')
          match STORE_MODE:
              case 'echo':
                  value = param
              case 'default':
                  value = 'member'
              case _:
                  value = ''
          request.session['role'] = value
          return HttpResponse('saved')
    `,
  ),
  ...whole(
    "CWE-501",
    "Starlette query_params with SessionMiddleware; a module global set with global to the parameter vs to a constant; request.session write of the global",
    (v) => `
      from starlette.applications import Starlette
      from starlette.middleware import Middleware
      from starlette.middleware.sessions import SessionMiddleware
      from starlette.responses import PlainTextResponse
      from starlette.routing import Route

      CURRENT = 'anonymous'


      async def trustbound_06240(request):
          global CURRENT
          param = request.query_params.get('BenchmarkTest06240', '')
          CURRENT = ${v ? "param" : "'registered'"}
          request.session['account'] = CURRENT
          return PlainTextResponse('ok ' + str(len(param)))


      app = Starlette(
          routes=[Route('/trustbound-06240', trustbound_06240)],
          middleware=[Middleware(SessionMiddleware, secret_key='bench-secret')],
      )
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Flask; a token lambda picked by a constant key from {'fast': random.getrandbits, 'secure': secrets.randbits}; remember-me cookie value",
    (v) => `
      import random
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)

      TOKEN_SOURCES = {
          'fast': lambda: random.getrandbits(128),
          'secure': lambda: secrets.randbits(128),
      }


      @app.route('/weakrand-06241', methods=['GET'])
      def weakrand_06241():
          token = '%032x' % TOKEN_SOURCES['${v ? "fast" : "secure"}']()
          resp = make_response('remembered')
          resp.set_cookie('rememberMe', token, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "Flask; TokenMaker.rng = random.Random() overridden by SecureTokenMaker.rng = random.SystemRandom(); reset code from TokenMaker() vs SecureTokenMaker()",
    (v) => `
      import random
      from flask import Flask, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      class TokenMaker:
          rng = random.Random()

          def code(self):
              return '%06d' % self.rng.randint(0, 999999)


      class SecureTokenMaker(TokenMaker):
          rng = random.SystemRandom()


      @app.route('/weakrand-06242', methods=['POST'])
      def weakrand_06242():
          maker = ${v ? "TokenMaker()" : "SecureTokenMaker()"}
          session['reset_code'] = maker.code()
          return 'code sent'
    `,
  ),
  ...whole(
    "CWE-338",
    "Django; helper returns early with random.randint vs secrets.randbelow for the session nonce when no seed configured",
    (v) => `
      import random
      import secrets
      from django.http import HttpResponse


      def new_nonce(configured=None):
          if configured is None:
              return ${v ? "random.randint(0, 2 ** 32)" : "secrets.randbelow(2 ** 32)"}
          return configured


      def weakrand_06243(request):
          request.session['csrf_nonce'] = new_nonce()
          return HttpResponse('nonce issued')
    `,
  ),
  ...whole(
    "CWE-338",
    "FastAPI; functools.partial(random.choices, ALPHABET, k=24) vs partial(random.SystemRandom().choices, ...); API key returned",
    (v) => `
      import functools
      import random
      import string
      from fastapi import FastAPI

      app = FastAPI()
      ALPHABET = string.ascii_letters + string.digits


      @app.post('/weakrand-06244')
      def weakrand_06244():
          pick = functools.partial(${v ? "random.choices" : "random.SystemRandom().choices"}, ALPHABET, k=24)
          api_key = ''.join(pick())
          return {'api_key': api_key}
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Flask form; @dataclass Hasher(algo='md5') used with its default vs constructed with algo='sha256'; hashlib.new of the password",
    (v) => `
      import hashlib
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Hasher:
          algo: str = 'md5'

          def digest(self, data):
              return hashlib.new(self.algo, data).hexdigest()


      @app.route('/hash-06245', methods=['POST'])
      def hash_06245():
          param = request.form.get('BenchmarkTest06245', '')
          hasher = ${v ? "Hasher()" : "Hasher(algo='sha256')"}
          stored = hasher.digest(param.encode('utf-8'))
          with open('/srv/bench/passwords.txt', 'a') as fh:
              fh.write(stored + '\\n')
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "Flask args; match on a constant subject picks hashlib.sha1 vs hashlib.sha256 as the digest function",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      PROFILE = '${v ? "legacy" : "modern"}'


      @app.route('/hash-06246', methods=['GET'])
      def hash_06246():
          param = request.args.get('BenchmarkTest06246', '')
          match PROFILE:
              case 'legacy':
                  fn = hashlib.sha1
              case 'modern':
                  fn = hashlib.sha256
              case _:
                  fn = hashlib.sha512
          return {'token_hash': fn(param.encode()).hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django POST; {**DEFAULTS, **OVERRIDES} where OVERRIDES sets algorithm 'md5' and wins vs comes first; hashlib.new of the secret",
    (v) => `
      import hashlib
      from django.http import JsonResponse

      DEFAULTS = {'algorithm': 'sha256', 'encoding': 'utf-8'}
      OVERRIDES = {'algorithm': 'md5'}


      def hash_06247(request):
          param = request.POST.get('BenchmarkTest06247', '')
          cfg = ${v ? "{**DEFAULTS, **OVERRIDES}" : "{**OVERRIDES, **DEFAULTS}"}
          digest = hashlib.new(cfg['algorithm'], param.encode(cfg['encoding'])).hexdigest()
          return JsonResponse({'digest': digest})
    `,
  ),
  ...whole(
    "CWE-328",
    "Starlette await request.form(); algorithm name through json.loads(json.dumps(...)) of a constant config: 'sha1' vs 'sha384'",
    (v) => `
      import hashlib
      import json
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route

      RAW_CONFIG = json.dumps({'hash': '${v ? "sha1" : "sha384"}'})


      async def hash_06248(request):
          form = await request.form()
          param = form.get('BenchmarkTest06248', '')
          cfg = json.loads(RAW_CONFIG)
          digest = hashlib.new(cfg['hash'], param.encode()).hexdigest()
          return JSONResponse({'digest': digest})


      app = Starlette(routes=[Route('/hash-06248', hash_06248, methods=['POST'])])
    `,
  ),

  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "Flask; getattr(modes, 'ECB')() vs getattr(modes, 'GCM')(iv) with a constant attribute name; cryptography AES",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/crypto-06249', methods=['POST'])
      def crypto_06249():
          param = request.get_data()
          iv = os.urandom(12)
          mode = ${v ? "getattr(modes, 'ECB')()" : "getattr(modes, 'GCM')(iv)"}
          enc = Cipher(algorithms.AES(KEY), mode).encryptor()
          data = enc.update(param + b' ' * (-len(param) % 16)) + enc.finalize()
          return {'ciphertext': data.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Flask form; a __slots__ CipherSettings(mode) holding AES.MODE_ECB vs AES.MODE_GCM; pycryptodome AES.new",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)


      class CipherSettings:
          __slots__ = ('mode',)

          def __init__(self, mode):
              self.mode = mode


      SETTINGS = CipherSettings(AES.${v ? "MODE_ECB" : "MODE_GCM"})


      @app.route('/crypto-06250', methods=['POST'])
      def crypto_06250():
          param = request.form.get('BenchmarkTest06250', '').encode('utf-8')
          cipher = AES.new(KEY, SETTINGS.mode)
          out = cipher.encrypt(param + b'\\0' * (-len(param) % 16))
          return {'ciphertext': out.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django POST; a closure returned by make_encryptor capturing ARC4 vs ChaCha20_Poly1305 as the cipher module",
    (v) => `
      import os
      from Crypto.Cipher import ${v ? "ARC4" : "ChaCha20_Poly1305"}
      from django.http import JsonResponse

      KEY = os.urandom(32)


      def make_encryptor(module):
          def encrypt(data):
              return module.new(key=KEY).encrypt(data)
          return encrypt


      def crypto_06251(request):
          param = request.POST.get('BenchmarkTest06251', '').encode('utf-8')
          encrypt = make_encryptor(${v ? "ARC4" : "ChaCha20_Poly1305"})
          return JsonResponse({'ciphertext': encrypt(param).hex()})
    `,
  ),
  ...whole(
    "CWE-327",
    "FastAPI await request.form(); a ContextVar holding the mode name set to 'ECB' vs 'GCM' before the cipher is built; cryptography AES",
    (v) => `
      import contextvars
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from fastapi import FastAPI, Request

      app = FastAPI()
      KEY = os.urandom(32)
      cipher_mode = contextvars.ContextVar('cipher_mode', default='GCM')


      @app.post('/crypto-06252')
      async def crypto_06252(request: Request):
          form = await request.form()
          param = str(form.get('BenchmarkTest06252', '')).encode()
          cipher_mode.set('${v ? "ECB" : "GCM"}')
          iv = os.urandom(12)
          mode = modes.ECB() if cipher_mode.get() == 'ECB' else modes.GCM(iv)
          enc = Cipher(algorithms.AES(KEY), mode).encryptor()
          data = enc.update(param.ljust(16, b' ')) + enc.finalize()
          return {'ciphertext': data.hex()}
    `,
  ),

  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "Flask args; NamedTuple CookieFlags(secure, httponly) constant with secure=False vs True; set_cookie(secure=FLAGS.secure)",
    (v) => `
      from typing import NamedTuple
      from flask import Flask, request, make_response

      app = Flask(__name__)


      class CookieFlags(NamedTuple):
          secure: bool
          httponly: bool


      FLAGS = CookieFlags(secure=${v ? "False" : "True"}, httponly=True)


      @app.route('/securecookie-06253', methods=['GET'])
      def securecookie_06253():
          param = request.args.get('BenchmarkTest06253', '')
          resp = make_response('Created cookie: SomeCookie')
          resp.set_cookie('SomeCookie', param, secure=FLAGS.secure, httponly=FLAGS.httponly, path='/')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Flask form; cookie options {**BASE, 'secure': False} (the later False wins) vs {'secure': False, **BASE} (BASE's True wins); set_cookie(**opts)",
    (v) => `
      from flask import Flask, request, make_response

      app = Flask(__name__)
      BASE = {'secure': True, 'httponly': True, 'samesite': 'Lax'}


      @app.route('/securecookie-06254', methods=['POST'])
      def securecookie_06254():
          param = request.form.get('BenchmarkTest06254', '')
          opts = ${v ? "{**BASE, 'secure': False}" : "{'secure': False, **BASE}"}
          resp = make_response('saved')
          resp.set_cookie('pref', param, **opts)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django GET; CookiePolicy.secure = False overridden by ProdPolicy.secure = True; CookiePolicy() vs ProdPolicy(); response.set_cookie(secure=policy.secure)",
    (v) => `
      from django.http import HttpResponse


      class CookiePolicy:
          secure = False
          httponly = True


      class ProdPolicy(CookiePolicy):
          secure = True


      def securecookie_06255(request):
          param = request.GET.get('BenchmarkTest06255', '')
          policy = ${v ? "CookiePolicy()" : "ProdPolicy()"}
          response = HttpResponse('cookie set')
          response.set_cookie('tracking', param, secure=policy.secure, httponly=policy.httponly)
          return response
    `,
  ),
  ...whole(
    "CWE-614",
    "FastAPI; helper secure_flag(debug=False) returns False early when debug; called with debug=True vs the default; response.set_cookie",
    (v) => `
      from fastapi import FastAPI, Request, Response

      app = FastAPI()


      def secure_flag(debug=False):
          if debug:
              return False
          return True


      @app.get('/securecookie-06256')
      def securecookie_06256(request: Request, response: Response):
          param = request.query_params.get('BenchmarkTest06256', '')
          response.set_cookie('session_hint', param, secure=secure_flag(${v ? "debug=True" : ""}), httponly=True)
          return {'ok': True}
    `,
  ),

  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "Flask args; @dataclass Target(url, health='https://status.bench.example/ping'); requests.get(target.url) vs target.health",
    (v) => `
      from dataclasses import dataclass
      import requests
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Target:
          url: str
          health: str = 'https://status.bench.example/ping'


      @app.route('/ssrf-06257', methods=['GET'])
      def ssrf_06257():
          param = request.args.get('BenchmarkTest06257', '')
          target = Target(url=param)
          resp = requests.get(target.${v ? "url" : "health"}, timeout=5)
          return resp.text
    `,
  ),
  ...whole(
    "CWE-918",
    "Flask form; threading.local: the parameter stored on ctx.url vs on ctx.requested while ctx.url holds a constant; urllib.request.urlopen(ctx.url)",
    (v) => `
      import threading
      import urllib.request
      from flask import Flask, request

      app = Flask(__name__)
      ctx = threading.local()
      DEFAULT_FEED = 'https://feeds.bench.example/latest.xml'


      @app.route('/ssrf-06258', methods=['POST'])
      def ssrf_06258():
          param = request.form.get('BenchmarkTest06258', '')
          ctx.url = DEFAULT_FEED
          ctx.${v ? "url" : "requested"} = param
          with urllib.request.urlopen(ctx.url, timeout=5) as r:
              return r.read()
    `,
  ),
  ...whole(
    "CWE-918",
    "Django GET; url.startswith('https://api.bench.example') (https://api.bench.example.evil.io passes) vs urlparse(url).hostname allow-list; httpx.get",
    (v) => `
      from urllib.parse import urlparse
      import httpx
      from django.http import HttpResponse, HttpResponseBadRequest

      ALLOWED = {'api.bench.example', 'cdn.bench.example'}


      def ssrf_06259(request):
          url = request.GET.get('BenchmarkTest06259', '')
          if ${v ? "not url.startswith('https://api.bench.example')" : "urlparse(url).scheme != 'https' or urlparse(url).hostname not in ALLOWED"}:
              return HttpResponseBadRequest('bad url')
          resp = httpx.get(url, timeout=5)
          return HttpResponse(resp.content)
    `,
  ),
  ...whole(
    "CWE-918",
    "Flask cookies; a generator yields a fixed mirror then the parameter; list(gen)[1] (the parameter) vs [0]; requests.get",
    (v) => `
      import requests
      from flask import Flask, request

      app = Flask(__name__)


      def mirrors(custom):
          yield 'https://mirror.bench.example/pkg'
          yield custom


      @app.route('/ssrf-06260', methods=['GET'])
      def ssrf_06260():
          param = request.cookies.get('BenchmarkTest06260', '')
          choices = list(mirrors(param))
          resp = requests.get(choices[${v ? 1 : 0}], timeout=5)
          return resp.content
    `,
  ),
];
