// Dev suite "py-web", batch 60 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style test modules (fifteenth wave), 60 insecure/safe twins over
// 14 categories, a third each in Flask, Django (function views and class-based View.post; request.POST.get /
// getlist, COOKIES, META['HTTP_X_...'], json.loads(request.body)) and FastAPI / Starlette (Query / Form / Header /
// Cookie parameters, Request.query_params, pydantic bodies). The value logic: the tainted value overwritten in one
// branch of a condition that is constant (7 * 18 + 106 > 200; num = 86, (7 * 42) - num > 200), a dict whose
// tainted entry is read by another key, list indices after insert(0, ...) / reverse() / sort(), tuple unpacking
// (starred too), a while loop that builds the value, a class attribute set in __init__ and read from a method,
// generators, functools.partial, lambdas stored in a dict and chosen by a constant key, str.replace that does or
// does not neutralise, bytes encode / decode / hex round trips, json.loads(json.dumps(x)) and str.format_map. For
// the categories that are not about taint, the algorithm, generator, cipher or cookie flag is chosen by the same
// logic. Each safe twin differs only in the value logic or the chosen API. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch60: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH60: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Flask args; constant condition 7 * 18 + 106 > 200 whose taken branch keeps the parameter vs overwrites it with a constant; subprocess.run(shell=True)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-06001', methods=['GET'])
      def doGet():
          param = request.args.get('BenchmarkTest06001', '')
          if 7 * 18 + 106 > 200:
              bar = ${v ? "param" : "'This_should_always_happen'"}
          else:
              bar = ${v ? "'This_should_never_happen'" : "param"}
          result = subprocess.run('ls -la ' + bar, shell=True, capture_output=True, text=True)
          return result.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "Django function view; META['HTTP_X_BENCHMARK'] stored under keyB of a dict; read back by keyB vs keyA; os.system",
    (v) => `
      import os
      from django.http import HttpResponse


      def cmdi_06002(request):
          param = request.META.get('HTTP_X_BENCHMARKTEST06002', '')
          table = {}
          table['keyA'] = 'a-Value'
          table['keyB'] = param
          table['keyC'] = 'another-Value'
          bar = table['${v ? "keyB" : "keyA"}']
          status = os.system('nslookup ' + bar)
          return HttpResponse('exit status %d' % status)
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI Header parameter kept by a class whose __init__ stores it and a constant; the method returns the parameter attribute vs the constant one; check_output(['sh', '-c', ...])",
    (v) => `
      import subprocess
      from fastapi import FastAPI, Header

      app = FastAPI()


      class Holder:
          def __init__(self, value):
              self.value = value
              self.fallback = 'uptime'

          def command(self):
              return self.${v ? "value" : "fallback"}


      @app.get('/cmdi-06003')
      def cmdi_06003(x_benchmark: str = Header(default='')):
          bar = Holder(x_benchmark).command()
          out = subprocess.check_output(['sh', '-c', 'echo ' + bar])
          return {'out': out.decode()}
    `,
  ),
  ...whole(
    "CWE-78",
    "Django class-based View.post; POST value with only ';' removed by str.replace (pipes and $() pass) vs shlex.quote; os.popen",
    (v) => `
      import os
      import shlex
      from django.http import HttpResponse
      from django.views import View


      class PingView(View):
          def post(self, request):
              param = request.POST.get('BenchmarkTest06004', '')
              bar = ${v ? "param.replace(';', '')" : "shlex.quote(param)"}
              output = os.popen('ping -c 1 ' + bar).read()
              return HttpResponse(output, content_type='text/plain')
    `,
  ),

  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Flask form; list ['safe', 'moresafe'] with the parameter insert(0, ...)-ed; values[0] (the parameter) vs values[2] ('moresafe'); sqlite3 execute of a concatenated query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-06005', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest06005', '')
          values = ['safe', 'moresafe']
          values.insert(0, param)
          bar = values[${v ? "0" : "2"}]
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          cur.execute("SELECT * FROM users WHERE name = '" + bar + "'")
          rows = cur.fetchall()
          conn.close()
          return {'count': len(rows)}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django COOKIES; tuple unpacking (bar, other) = (param, 'safe') vs ('safe', param); connection.cursor().execute with an f-string",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      def sqli_06006(request):
          param = request.COOKIES.get('BenchmarkTest06006', 'noCookieValueSupplied')
          bar, other = ${v ? "param, 'safe'" : "'safe', param"}
          with connection.cursor() as cursor:
              cursor.execute(f"SELECT id, email FROM accounts WHERE username = '{bar}'")
              rows = cursor.fetchall()
          return JsonResponse({'rows': rows, 'other_len': len(other)})
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI Query; a while loop builds the value from the parameter's characters vs from digits derived from them (ord % 10); SQLAlchemy text() of a concatenated query",
    (v) => `
      from fastapi import FastAPI, Query
      from sqlalchemy import create_engine, text

      app = FastAPI()
      engine = create_engine('sqlite:///bench.db')


      @app.get('/sqli-06007')
      def sqli_06007(name: str = Query('')):
          bar = ''
          i = 0
          while i < len(name):
              bar += ${v ? "name[i]" : "str(ord(name[i]) % 10)"}
              i += 1
          with engine.connect() as conn:
              rows = conn.execute(text("SELECT * FROM orders WHERE ref = '" + bar + "'")).fetchall()
          return {'count': len(rows)}
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI pydantic body; json.loads(json.dumps({...})) round trip; the parameter's key vs the constant key; sqlite3 execute with %-formatting",
    (v) => `
      import json
      import sqlite3
      from fastapi import FastAPI
      from pydantic import BaseModel

      app = FastAPI()


      class Lookup(BaseModel):
          username: str
          note: str = ''


      @app.post('/sqli-06008')
      def sqli_06008(body: Lookup):
          data = json.loads(json.dumps({'user': body.username, 'table': 'users'}))
          bar = data['${v ? "user" : "table"}']
          conn = sqlite3.connect('bench.db')
          row = conn.execute("SELECT COUNT(*) FROM users WHERE name = '%s'" % bar).fetchone()
          return {'count': row[0]}
    `,
  ),
  ...whole(
    "CWE-89",
    "Django POST getlist first value; encode/decode round trip (still the text) vs encode().hex() (hex digits only); str.format_map builds the query; cursor.execute",
    (v) => `
      from django.db import connection
      from django.http import HttpResponse


      def sqli_06009(request):
          values = request.POST.getlist('BenchmarkTest06009')
          param = values[0] if values else ''
          bar = param.encode('utf-8').${v ? "decode('utf-8')" : "hex()"}
          sql = "SELECT * FROM notes WHERE tag = '{tag}'".format_map({'tag': bar})
          cursor = connection.cursor()
          cursor.execute(sql)
          return HttpResponse('found %d' % len(cursor.fetchall()))
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Flask cookie; generator yields a constant then the parameter; list(gen)[1] vs next(gen); make_response of HTML",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      def choices(value):
          yield 'Guest'
          yield value


      @app.route('/xss-06010')
      def doGet():
          param = request.cookies.get('BenchmarkTest06010', 'noCookieValueSupplied')
          bar = ${v ? "list(choices(param))[1]" : "next(choices(param))"}
          resp = make_response('<h1>Hello ' + bar + '</h1>')
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "Django function view; functools.partial binds a constant as the first argument of a two-argument picker that returns its second (the parameter) vs its first; HttpResponse of HTML",
    (v) => `
      import functools
      from django.http import HttpResponse


      def pick(first, second):
          return ${v ? "second" : "first"}


      def xss_06011(request):
          param = request.GET.get('BenchmarkTest06011', '')
          chooser = functools.partial(pick, 'anonymous')
          bar = chooser(param)
          return HttpResponse('<p>Welcome back, ' + bar + '</p>')
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI Form; lambdas stored in a dict, the identity vs the constant one chosen by a constant key; HTMLResponse",
    (v) => `
      from fastapi import FastAPI, Form
      from fastapi.responses import HTMLResponse

      app = FastAPI()

      TRANSFORMS = {
          'keep': lambda s: s,
          'fixed': lambda s: 'a comment',
      }


      @app.post('/xss-06012', response_class=HTMLResponse)
      def xss_06012(comment: str = Form('')):
          bar = TRANSFORMS['${v ? "keep" : "fixed"}'](comment)
          return HTMLResponse(content='<div class="c">' + bar + '</div>')
    `,
  ),
  ...whole(
    "CWE-79",
    "Django class-based View.post; json.loads(request.body) name; replace('<script>', '') (does not neutralise) vs replacing & < > (does, in element content); HttpResponse",
    (v) => `
      import json
      from django.http import HttpResponse
      from django.views import View


      class GreetView(View):
          def post(self, request):
              payload = json.loads(request.body or b'{}')
              param = payload.get('name', '')
              bar = ${v ? "param.replace('<script>', '')" : "param.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')"}
              return HttpResponse('<span>' + bar + '</span>', content_type='text/html')
    `,
  ),
  ...whole(
    "CWE-79",
    "Starlette Request.query_params; list of (key, text) pairs sorted by constant integer keys; the parameter's pair vs the constant's; HTMLResponse",
    (v) => `
      from fastapi import FastAPI, Request
      from fastapi.responses import HTMLResponse

      app = FastAPI()


      @app.get('/xss-06014')
      def xss_06014(request: Request):
          param = request.query_params.get('BenchmarkTest06014', '')
          items = [(2, param), (1, 'nothing to see')]
          items.sort()
          bar = items[${v ? "1" : "0"}][1]
          return HTMLResponse('<html><body>' + bar + '</body></html>')
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Flask args; replace('../', '') applied once ('....//' becomes '../') vs repeated in a while loop until none is left; open(BASE + name)",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      BASE_DIR = '/srv/benchmark/testfiles/'


      @app.route('/pathtraver-06015')
      def doGet():
          param = request.args.get('BenchmarkTest06015', 'readme.txt')
          bar = param.replace('../', '')${
            v
              ? ""
              : `
          while '../' in bar:
              bar = bar.replace('../', '')`
          }
          with open(BASE_DIR + bar, 'r') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Django function view; META['HTTP_X_FILE']; list [param, 'a.txt', 'b.txt'] reversed; values[2] (the parameter) vs values[0] ('b.txt'); FileResponse(open(os.path.join(...)))",
    (v) => `
      import os
      from django.http import FileResponse

      BASE_DIR = '/srv/benchmark/testfiles'


      def pathtraver_06016(request):
          param = request.META.get('HTTP_X_FILE', 'a.txt')
          values = [param, 'a.txt', 'b.txt']
          values.reverse()
          bar = values[${v ? "2" : "0"}]
          return FileResponse(open(os.path.join(BASE_DIR, bar), 'rb'))
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI Query; num = 86 and (7 * 42) - num > 200 (true) whose branch keeps the parameter vs a constant; FileResponse(os.path.join(...))",
    (v) => `
      import os
      from fastapi import FastAPI, Query
      from fastapi.responses import FileResponse

      app = FastAPI()
      BASE_DIR = '/srv/benchmark/testfiles'


      @app.get('/pathtraver-06017')
      def pathtraver_06017(file: str = Query('report.pdf')):
          num = 86
          if (7 * 42) - num > 200:
              bar = ${v ? "file" : "'This_should_always_happen.txt'"}
          else:
              bar = ${v ? "'This_should_never_happen.txt'" : "file"}
          return FileResponse(os.path.join(BASE_DIR, bar))
    `,
  ),
  ...whole(
    "CWE-22",
    "Django class-based View.post; COOKIES value through os.path.normpath (keeps ../) vs os.path.basename; pathlib Path(BASE) / bar read_text",
    (v) => `
      import os
      from pathlib import Path
      from django.http import HttpResponse
      from django.views import View

      BASE = Path('/srv/benchmark/testfiles')


      class ReadView(View):
          def post(self, request):
              param = request.COOKIES.get('BenchmarkTest06018', 'notes.txt')
              bar = os.path.${v ? "normpath" : "basename"}(param)
              content = (BASE / bar).read_text()
              return HttpResponse(content, content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI Cookie; starred unpacking head, *tail = ['static.txt', param]; tail[0] (the parameter) vs head; open() for writing",
    (v) => `
      import os
      from fastapi import Cookie, FastAPI

      app = FastAPI()
      UPLOADS = '/srv/benchmark/uploads'


      @app.post('/pathtraver-06019')
      def pathtraver_06019(target: str = Cookie('out.txt')):
          head, *tail = ['static.txt', target]
          bar = ${v ? "tail[0]" : "head"}
          with open(os.path.join(UPLOADS, bar), 'w') as fh:
              fh.write('saved')
          return {'saved': bar}
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Flask form; dict with the parameter under 'keyB' read by 'keyB' vs 'keyA'; ldap3 Connection.search with the value in the filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import ALL, Connection, Server

      app = Flask(__name__)


      @app.route('/ldapi-06020', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest06020', '')
          entries = {'keyA': 'jsmith', 'keyB': param, 'keyC': 'another-Value'}
          bar = entries['${v ? "keyB" : "keyA"}']
          conn = Connection(Server('ldap://localhost', get_info=ALL), auto_bind=True)
          conn.search('ou=users,dc=example,dc=org', '(&(objectClass=person)(uid=' + bar + '))', attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "Django function view; POST value raw vs ldap.filter.escape_filter_chars; python-ldap search_s",
    (v) => `
      import ldap
      import ldap.filter
      from django.http import JsonResponse


      def ldapi_06021(request):
          param = request.POST.get('BenchmarkTest06021', '')
          bar = ${v ? "param" : "ldap.filter.escape_filter_chars(param)"}
          conn = ldap.initialize('ldap://localhost:389')
          conn.simple_bind_s('cn=admin,dc=example,dc=org', 'secret')
          results = conn.search_s('dc=example,dc=org', ldap.SCOPE_SUBTREE, '(mail=' + bar + ')', ['cn'])
          return JsonResponse({'count': len(results)})
    `,
  ),
  ...whole(
    "CWE-90",
    "FastAPI Header; object whose __init__ stores the header and a default; method returns the header attribute vs the default; ldap3 search with an f-string filter",
    (v) => `
      from fastapi import FastAPI, Header
      from ldap3 import Connection, Server

      app = FastAPI()


      class LookupRequest:
          def __init__(self, who):
              self.who = who
              self.default_who = 'guest'

          def subject(self):
              return self.${v ? "who" : "default_who"}


      @app.get('/ldapi-06022')
      def ldapi_06022(x_user: str = Header('')):
          bar = LookupRequest(x_user).subject()
          conn = Connection(Server('ldap://localhost'), user='cn=reader', password='pw', auto_bind=True)
          conn.search('dc=example,dc=org', f'(cn={bar})')
          return {'entries': [str(e) for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "Django class-based View.post; generator yielding the parameter then a constant; next() (the parameter) vs list()[1]; ldap3 search",
    (v) => `
      from django.http import JsonResponse
      from django.views import View
      from ldap3 import Connection, Server


      def candidates(value):
          yield value
          yield 'nobody'


      class DirectoryView(View):
          def post(self, request):
              param = request.POST.get('BenchmarkTest06023', '')
              bar = ${v ? "next(candidates(param))" : "list(candidates(param))[1]"}
              conn = Connection(Server('ldap://localhost'), auto_bind=True)
              conn.search('ou=people,dc=example,dc=org', '(uid=%s)' % bar, attributes=['mail'])
              return JsonResponse({'n': len(conn.entries)})
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Flask args; lambdas in a dict chosen by a constant key (identity vs constant); lxml tree.xpath of a concatenated expression",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('/srv/benchmark/employees.xml')
      PICK = {'echo': lambda s: s, 'constant': lambda s: 'Davis'}


      @app.route('/xpathi-06024')
      def doGet():
          param = request.args.get('BenchmarkTest06024', '')
          bar = PICK['${v ? "echo" : "constant"}'](param)
          nodes = DOC.xpath("/Employees/Employee[@emplid='" + bar + "']/name/text()")
          return {'names': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Django COOKIES; while loop copies the cookie character by character vs maps each to 'x'; lxml root.xpath with an f-string",
    (v) => `
      from django.http import JsonResponse
      from lxml import etree

      ROOT = etree.fromstring(b'<users><user name="a" role="admin"/></users>')


      def xpathi_06025(request):
          param = request.COOKIES.get('BenchmarkTest06025', 'noCookieValueSupplied')
          bar = ''
          idx = 0
          while idx < len(param):
              bar = bar + ${v ? "param[idx]" : "'x'"}
              idx += 1
          roles = ROOT.xpath(f"//user[@name='{bar}']/@role")
          return JsonResponse({'roles': list(roles)})
    `,
  ),
  ...whole(
    "CWE-643",
    "FastAPI Query; lxml xpath of a concatenated expression vs an XPath variable ($name) bound to the value",
    (v) => `
      from fastapi import FastAPI, Query
      from lxml import etree

      app = FastAPI()
      TREE = etree.parse('/srv/benchmark/catalog.xml')


      @app.get('/xpathi-06026')
      def xpathi_06026(title: str = Query('')):
          ${v ? 'nodes = TREE.xpath("//book[title=\'" + title + "\']/price/text()")' : "nodes = TREE.xpath('//book[title=$t]/price/text()', t=title)"}
          return {'prices': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "FastAPI pydantic body; json.loads(json.dumps(...)) round trip, the body field's key vs the constant's; etree.XPath compiled from a concatenation",
    (v) => `
      import json
      from fastapi import FastAPI
      from lxml import etree
      from pydantic import BaseModel

      app = FastAPI()
      DOC = etree.parse('/srv/benchmark/accounts.xml')


      class Query06027(BaseModel):
          account: str


      @app.post('/xpathi-06027')
      def xpathi_06027(q: Query06027):
          copy = json.loads(json.dumps({'requested': q.account, 'fallback': 'A-100'}))
          bar = copy['${v ? "requested" : "fallback"}']
          finder = etree.XPath("//account[@id='" + bar + "']/balance/text()")
          return {'balance': [str(b) for b in finder(DOC)]}
    `,
  ),

  // --- CWE-94 code injection / CWE-502 deserialization ---
  ...whole(
    "CWE-94",
    "Flask form; constant condition (7 * 18 + 106 > 200) whose taken branch keeps the expression vs a constant one; eval",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-06028', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest06028', '')
          expr = '1 + 1'
          if 7 * 18 + 106 ${v ? ">" : "<"} 200:
              expr = param
          return {'value': str(eval(expr))}
    `,
  ),
  ...whole(
    "CWE-94",
    "FastAPI Query; functools.partial over eval vs ast.literal_eval applied to the parameter",
    (v) => `
      import ast
      import functools
      from fastapi import FastAPI, Query

      app = FastAPI()


      @app.get('/codeinj-06029')
      def codeinj_06029(code: str = Query('0')):
          run = functools.partial(${v ? "eval" : "ast.literal_eval"})
          result = run(code)
          return {'result': repr(result)}
    `,
  ),
  ...whole(
    "CWE-502",
    "Django function view; json.loads(request.body) field, base64-decoded, then pickle.loads vs json.loads",
    (v) => `
      import base64
      import json
      import pickle
      from django.http import JsonResponse


      def deser_06030(request):
          payload = json.loads(request.body)
          blob = base64.b64decode(payload.get('state', ''))
          state = ${v ? "pickle.loads(blob)" : "json.loads(blob.decode('utf-8'))"}
          return JsonResponse({'type': type(state).__name__})
    `,
  ),
  ...whole(
    "CWE-502",
    "FastAPI Form; yaml.load with yaml.Loader vs yaml.safe_load of the posted document, the text routed through a dict read by its key",
    (v) => `
      import yaml
      from fastapi import FastAPI, Form

      app = FastAPI()


      @app.post('/deser-06031')
      def deser_06031(config: str = Form('')):
          box = {'doc': config, 'kind': 'yaml'}
          text = box['doc']
          data = ${v ? "yaml.load(text, Loader=yaml.Loader)" : "yaml.safe_load(text)"}
          return {'keys': sorted(data) if isinstance(data, dict) else []}
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Flask args; list with the parameter insert(0, ...)-ed after a sort() of constants; values[0] vs values[1]; redirect",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-06032')
      def doGet():
          param = request.args.get('next', '/')
          values = ['/profile', '/home']
          values.sort()
          values.insert(0, param)
          bar = values[${v ? "0" : "1"}]
          return redirect(bar)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django function view; tuple unpacking target, _ = (param, '/') vs ('/', param); HttpResponseRedirect",
    (v) => `
      from django.http import HttpResponseRedirect


      def redirect_06033(request):
          param = request.GET.get('return_to', '/')
          target, _ = ${v ? "(param, '/')" : "('/dashboard/', param)"}
          return HttpResponseRedirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI Query; lambdas in a dict chosen by a constant key, identity vs a constant path; RedirectResponse",
    (v) => `
      from fastapi import FastAPI, Query
      from fastapi.responses import RedirectResponse

      app = FastAPI()

      ROUTES = {
          'passthrough': lambda u: u,
          'home': lambda u: '/home',
      }


      @app.get('/redirect-06034')
      def redirect_06034(url: str = Query('/')):
          bar = ROUTES['${v ? "passthrough" : "home"}'](url)
          return RedirectResponse(bar, status_code=302)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django class-based View.post; POST value decoded from bytes; redirect raw vs replaced by '/' unless url_has_allowed_host_and_scheme",
    (v) => `
      from django.shortcuts import redirect
      from django.utils.http import url_has_allowed_host_and_scheme
      from django.views import View


      class LoginView(View):
          def post(self, request):
              raw = request.POST.get('next', '/').encode('utf-8')
              bar = raw.decode('utf-8')${
                v
                  ? ""
                  : `
              if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}, require_https=True):
                  bar = '/'`
              }
              return redirect(bar)
    `,
  ),

  // --- CWE-501 trust boundary violation ---
  ...whole(
    "CWE-501",
    "Flask cookie; generator yields a constant then the cookie; list(gen)[1] vs next(gen); stored in session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only'


      def parts(value):
          yield 'guest'
          yield value


      @app.route('/trustbound-06035')
      def doGet():
          param = request.cookies.get('BenchmarkTest06035', 'noCookieValueSupplied')
          bar = ${v ? "list(parts(param))[1]" : "next(parts(param))"}
          session['userid'] = bar
          return 'Item: userid with value: saved in session.'
    `,
  ),
  ...whole(
    "CWE-501",
    "Django function view; META['HTTP_X_ROLE']; num = 86, (7 * 42) - num > 200 whose branch keeps the header vs a constant; request.session",
    (v) => `
      from django.http import HttpResponse


      def trustbound_06036(request):
          param = request.META.get('HTTP_X_ROLE', '')
          num = 86
          if (7 * 42) - num > 200:
              bar = ${v ? "param" : "'viewer'"}
          else:
              bar = ${v ? "'viewer'" : "param"}
          request.session['role'] = bar
          return HttpResponse('role stored')
    `,
  ),
  ...whole(
    "CWE-501",
    "Starlette Request.query_params kept by an object (__init__ stores it and a constant); the method returns the parameter vs the constant; request.session",
    (v) => `
      from fastapi import FastAPI, Request
      from starlette.middleware.sessions import SessionMiddleware

      app = FastAPI()
      app.add_middleware(SessionMiddleware, secret_key='dev-only')


      class Preference:
          def __init__(self, value):
              self.value = value
              self.default = 'light'

          def theme(self):
              return self.${v ? "value" : "default"}


      @app.get('/trustbound-06037')
      def trustbound_06037(request: Request):
          param = request.query_params.get('theme', '')
          request.session['theme'] = Preference(param).theme()
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "Django class-based View.post; getlist values joined by a while loop vs the loop counting them only; request.session",
    (v) => `
      from django.http import HttpResponse
      from django.views import View


      class CartView(View):
          def post(self, request):
              values = request.POST.getlist('item')
              bar = ''
              i = 0
              while i < len(values):
                  bar += ${v ? "values[i] + ','" : "'#'"}
                  i += 1
              request.session['cart'] = bar
              return HttpResponse('cart saved')
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Flask; generators in a dict of lambdas chosen by a constant key: random.getrandbits vs secrets.token_hex; remember-me token",
    (v) => `
      import random
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)

      GENERATORS = {
          'fast': lambda: '%016x' % random.getrandbits(64),
          'strong': lambda: secrets.token_hex(8),
      }


      @app.route('/weakrand-06038')
      def doGet():
          token = GENERATORS['${v ? "fast" : "strong"}']()
          resp = make_response('remember-me token issued')
          resp.set_cookie('rememberMe', token, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "Django; constant condition 7 * 18 + 106 > 200 selects random.Random() vs random.SystemRandom(); password-reset code",
    (v) => `
      import random
      from django.http import JsonResponse


      def weakrand_06039(request):
          if 7 * 18 + 106 > 200:
              rng = random.${v ? "Random" : "SystemRandom"}()
          else:
              rng = random.${v ? "SystemRandom" : "Random"}()
          code = rng.randint(100000, 999999)
          request.session['reset_code'] = str(code)
          return JsonResponse({'sent': True})
    `,
  ),
  ...whole(
    "CWE-338",
    "FastAPI; a while loop builds a session id from random.choice vs secrets.choice",
    (v) => `
      import random
      import secrets
      import string
      from fastapi import FastAPI, Response

      app = FastAPI()
      ALPHABET = string.ascii_letters + string.digits


      @app.post('/weakrand-06040')
      def weakrand_06040(response: Response):
          sid = ''
          while len(sid) < 32:
              sid += ${v ? "random" : "secrets"}.choice(ALPHABET)
          response.set_cookie('sid', sid, secure=True, httponly=True)
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "Django class-based View.post; functools.partial(random.randint, ...) vs partial(secrets.randbelow, ...) for an API key",
    (v) => `
      import functools
      import random
      import secrets
      from django.http import JsonResponse
      from django.views import View


      class ApiKeyView(View):
          def post(self, request):
              ${v ? "draw = functools.partial(random.randint, 0, 2 ** 64)" : "draw = functools.partial(secrets.randbelow, 2 ** 64)"}
              api_key = format(draw(), 'x')
              request.user.profile.api_key = api_key
              request.user.profile.save()
              return JsonResponse({'api_key': api_key})
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Flask; hashlib.new with the algorithm name read from a dict by key ('legacy' -> md5 vs 'current' -> sha256); digest of the posted value stored",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      ALGORITHMS = {'legacy': 'md5', 'current': 'sha256'}


      @app.route('/hash-06042', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest06042', '')
          digest = hashlib.new(ALGORITHMS['${v ? "legacy" : "current"}'], param.encode('utf-8')).hexdigest()
          with open('/srv/benchmark/digests.txt', 'a') as fh:
              fh.write(digest + '\\n')
          return {'digest': digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django; list of algorithm names reversed; [-1] ('sha1') vs [0] ('sha512'); hashlib.new over the cookie",
    (v) => `
      import hashlib
      from django.http import HttpResponse


      def hash_06043(request):
          param = request.COOKIES.get('BenchmarkTest06043', '')
          names = ['sha1', 'sha384', 'sha512']
          names.reverse()
          algorithm = names[${v ? "-1" : "0"}]
          h = hashlib.new(algorithm)
          h.update(param.encode())
          return HttpResponse('fingerprint ' + h.hexdigest())
    `,
  ),
  ...whole(
    "CWE-328",
    "FastAPI; class whose __init__ sets the hash constructor; hashlib.md5 vs hashlib.sha3_256; integrity tag of a Form value",
    (v) => `
      import hashlib
      from fastapi import FastAPI, Form

      app = FastAPI()


      class Tagger:
          def __init__(self):
              self.algo = hashlib.${v ? "md5" : "sha3_256"}

          def tag(self, text):
              return self.algo(text.encode('utf-8')).hexdigest()


      @app.post('/hash-06044')
      def hash_06044(document: str = Form('')):
          return {'tag': Tagger().tag(document)}
    `,
  ),
  ...whole(
    "CWE-328",
    "FastAPI pydantic body; tuple unpacking weak, strong = ('sha1', 'blake2b'); hashlib.new(weak) vs hashlib.new(strong)",
    (v) => `
      import hashlib
      from fastapi import FastAPI
      from pydantic import BaseModel

      app = FastAPI()


      class Upload(BaseModel):
          content: str


      @app.post('/hash-06045')
      def hash_06045(body: Upload):
          weak, strong = 'sha1', 'blake2b'
          h = hashlib.new(${v ? "weak" : "strong"})
          h.update(body.content.encode('utf-8'))
          return {'checksum': h.hexdigest()}
    `,
  ),

  // --- CWE-327 broken or risky cipher ---
  ...whole(
    "CWE-327",
    "Flask; constant condition num = 86, (7 * 42) - num > 200 picks pycryptodome DES (ECB) vs AES (GCM) for the stored value",
    (v) => `
      import base64
      from Crypto.Cipher import AES, DES
      from Crypto.Random import get_random_bytes
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/crypto-06046', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest06046', '').encode('utf-8')
          num = 86
          if (7 * 42) - num > 200:
              use_legacy = ${v ? "True" : "False"}
          else:
              use_legacy = ${v ? "False" : "True"}
          if use_legacy:
              cipher = DES.new(get_random_bytes(8), DES.MODE_ECB)
              data = cipher.encrypt(param.ljust((len(param) // 8 + 1) * 8, b' '))
          else:
              cipher = AES.new(get_random_bytes(32), AES.MODE_GCM)
              data, tag = cipher.encrypt_and_digest(param)
          return {'ciphertext': base64.b64encode(data).decode()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django; cryptography AES with the mode taken from a dict by key ('compat' -> ECB vs 'default' -> GCM)",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from django.http import HttpResponse

      KEY = os.urandom(32)
      IV = os.urandom(12)
      MODES = {'compat': modes.ECB(), 'default': modes.GCM(IV)}


      def crypto_06047(request):
          param = request.POST.get('BenchmarkTest06047', '').encode().ljust(16, b'\\0')[:16]
          encryptor = Cipher(algorithms.AES(KEY), MODES['${v ? "compat" : "default"}']).encryptor()
          ct = encryptor.update(param) + encryptor.finalize()
          return HttpResponse(ct.hex())
    `,
  ),
  ...whole(
    "CWE-327",
    "FastAPI; a generator yields cipher factories, ARC4 first and ChaCha20-Poly1305 second; next() vs list()[1]",
    (v) => `
      from Crypto.Cipher import ARC4, ChaCha20_Poly1305
      from Crypto.Random import get_random_bytes
      from fastapi import FastAPI, Form

      app = FastAPI()


      def factories():
          yield lambda key: ARC4.new(key)
          yield lambda key: ChaCha20_Poly1305.new(key=key)


      @app.post('/crypto-06048')
      def crypto_06048(secret: str = Form('')):
          make = ${v ? "next(factories())" : "list(factories())[1]"}
          cipher = make(get_random_bytes(32))
          return {'ct': cipher.encrypt(secret.encode()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django class-based View.post; functools.partial(Blowfish.new, ...) vs partial(AES.new, ...) with GCM",
    (v) => `
      import functools
      from Crypto.Cipher import AES, Blowfish
      from Crypto.Random import get_random_bytes
      from django.http import JsonResponse
      from django.views import View


      class SealView(View):
          def post(self, request):
              ${v ? "factory = functools.partial(Blowfish.new, get_random_bytes(16), Blowfish.MODE_ECB)" : "factory = functools.partial(AES.new, get_random_bytes(16), AES.MODE_GCM)"}
              cipher = factory()
              data = request.POST.get('note', '').encode().ljust(16, b'.')[:16]
              return JsonResponse({'sealed': cipher.encrypt(data).hex()})
    `,
  ),

  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "Flask; secure flag set in one branch of the constant condition 7 * 18 + 106 > 200 (False vs True); set_cookie of the posted value",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/securecookie-06050', methods=['POST'])
      def doPost():
          param = request.form.get('BenchmarkTest06050', '')
          secure_flag = ${v ? "True" : "False"}
          if 7 * 18 + 106 > 200:
              secure_flag = ${v ? "False" : "True"}
          resp = make_response('Created cookie: SomeCookie')
          resp.set_cookie('SomeCookie', param, secure=secure_flag, httponly=True, path='/')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django; secure flag read from a dict by the environment name ('dev' -> False vs 'prod' -> True); response.set_cookie",
    (v) => `
      from django.http import HttpResponse

      ENVIRONMENT = '${v ? "dev" : "prod"}'
      SECURE_BY_ENV = {'dev': False, 'prod': True}


      def securecookie_06051(request):
          param = request.POST.get('BenchmarkTest06051', '')
          response = HttpResponse('Created cookie: SomeCookie')
          response.set_cookie('SomeCookie', param, secure=SECURE_BY_ENV[ENVIRONMENT], httponly=True)
          return response
    `,
  ),
  ...whole(
    "CWE-614",
    "FastAPI; tuple unpacking secure, httponly = (False, True) vs (True, True); Response.set_cookie of a session token",
    (v) => `
      import secrets
      from fastapi import FastAPI, Response

      app = FastAPI()


      @app.post('/securecookie-06052')
      def securecookie_06052(response: Response):
          secure, httponly = ${v ? "False, True" : "True, True"}
          response.set_cookie(key='session', value=secrets.token_urlsafe(24), secure=secure, httponly=httponly)
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-614",
    "Django class-based View.post; cookie options held as a class attribute set in __init__ and passed as **kwargs (secure False vs True)",
    (v) => `
      from django.http import HttpResponse
      from django.views import View


      class CookieView(View):
          def __init__(self, **kwargs):
              super().__init__(**kwargs)
              self.cookie_options = {'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Lax'}

          def post(self, request):
              param = request.POST.get('BenchmarkTest06053', '')
              response = HttpResponse('Created cookie: SomeCookie')
              response.set_cookie('SomeCookie', param, **self.cookie_options)
              return response
    `,
  ),

  // --- CWE-918 server-side request forgery ---
  ...whole(
    "CWE-918",
    "Flask args; list with the parameter insert(0, ...)-ed; values[0] vs values[1]; requests.get",
    (v) => `
      import requests
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ssrf-06054')
      def doGet():
          param = request.args.get('url', '')
          values = ['https://status.example.com/health']
          values.insert(0, param)
          bar = values[${v ? "0" : "1"}]
          resp = requests.get(bar, timeout=5)
          return {'status': resp.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "Django function view; URL built with str.format_map where {host} is the POST value vs a constant host with the value only in the query; urllib.request.urlopen",
    (v) => `
      import urllib.parse
      import urllib.request
      from django.http import HttpResponse


      def ssrf_06055(request):
          param = request.POST.get('host', '')
          ${
            v
              ? "url = 'https://{host}/api/status'.format_map({'host': param})"
              : "url = 'https://api.example.com/status?{q}'.format_map({'q': urllib.parse.urlencode({'host': param})})"
          }
          with urllib.request.urlopen(url, timeout=5) as r:
              return HttpResponse(r.read(), content_type='application/json')
    `,
  ),
  ...whole(
    "CWE-918",
    "FastAPI Query; json.loads(json.dumps(...)) round trip, the parameter's key vs the constant's; httpx.get",
    (v) => `
      import json
      import httpx
      from fastapi import FastAPI, Query

      app = FastAPI()


      @app.get('/ssrf-06056')
      def ssrf_06056(feed: str = Query('')):
          conf = json.loads(json.dumps({'feed_url': feed, 'default_url': 'https://feeds.example.com/main.xml'}))
          target = conf['${v ? "feed_url" : "default_url"}']
          r = httpx.get(target, timeout=5.0)
          return {'length': len(r.content)}
    `,
  ),
  ...whole(
    "CWE-918",
    "FastAPI pydantic body; callback URL posted raw vs rejected unless its hostname is in an allowlist; requests.post",
    (v) => `
      from urllib.parse import urlparse
      import requests
      from fastapi import FastAPI, HTTPException
      from pydantic import BaseModel

      app = FastAPI()
      ALLOWED_HOSTS = {'hooks.example.com', 'ci.example.com'}


      class Hook(BaseModel):
          callback_url: str


      @app.post('/ssrf-06057')
      def ssrf_06057(hook: Hook):
          url = hook.callback_url${
            v
              ? ""
              : `
          if urlparse(url).scheme != 'https' or urlparse(url).hostname not in ALLOWED_HOSTS:
              raise HTTPException(status_code=400, detail='callback host not allowed')`
          }
          resp = requests.post(url, json={'event': 'ping'}, timeout=5)
          return {'status': resp.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "Django class-based View.post; META['HTTP_X_UPSTREAM'] through a generator (constant first, header second); list()[1] vs next(); requests.get",
    (v) => `
      import requests
      from django.http import HttpResponse
      from django.views import View


      def upstreams(header_value):
          yield 'https://upstream.example.com/'
          yield header_value


      class ProxyView(View):
          def post(self, request):
              param = request.META.get('HTTP_X_UPSTREAM', '')
              base = ${v ? "list(upstreams(param))[1]" : "next(upstreams(param))"}
              r = requests.get(base + 'data.json', timeout=5)
              return HttpResponse(r.content, content_type='application/json')
    `,
  ),
];
