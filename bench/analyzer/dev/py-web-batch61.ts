// Dev suite "py-web", batch 61 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style test modules (sixteenth wave), 60 insecure/safe twins over
// 14 categories, two thirds Flask (request.args / form / cookies / headers / get_data() / files, getlist, header
// names iterated, cookie loops) and one third Bottle, Tornado (self.get_argument, self.request.body) and aiohttp
// (request.query, await request.post()). The value logic: a helper object chosen by a constant (ThingFactory.create()
// returning one of two implementations, one of which drops the input), io.StringIO written then read,
// collections.deque appendleft / pop, dict.setdefault / get with a default, map / filter / zip / enumerate,
// functools.reduce, itertools.chain, str.join over a list holding the input at a known index, % formatting,
// string.Template.substitute, textwrap.dedent, base64 / codecs round trips, urllib.parse.unquote after a check.
// Sanitiser choice per sink: html.escape (right for XSS only), shlex.quote, int(), re.fullmatch vs unanchored
// re.match, os.path.basename vs normpath, secure_filename, escape_filter_chars, XPath variables, urlparse netloc
// allow-lists, secrets vs random, sha256 vs md5, AES-GCM vs DES/ECB, cookie flags, session writes. Each safe twin
// differs only in the value logic, the helper chosen or the sink's API. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch61: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH61: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Flask args getlist; ThingFactory.create() picks by a class constant the implementation that returns its input vs one that drops it; subprocess.run(shell=True)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class ThingInterface:
          def do_something(self, value):
              raise NotImplementedError


      class ThingImpl1(ThingInterface):
          def do_something(self, value):
              return value


      class ThingImpl2(ThingInterface):
          def do_something(self, value):
              return 'bob_was_here'


      class ThingFactory:
          WHICH = ${v ? 1 : 2}

          @staticmethod
          def create():
              if ThingFactory.WHICH == 1:
                  return ThingImpl1()
              return ThingImpl2()


      @app.route('/cmdi-06101', methods=['GET'])
      def cmdi_06101():
          values = request.args.getlist('BenchmarkTest06101')
          param = values[0] if values else ''
          thing = ThingFactory.create()
          bar = thing.do_something(param)
          result = subprocess.run('echo ' + bar, shell=True, capture_output=True, text=True)
          return result.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask header names iterated (first non-standard name); io.StringIO written then read; html.escape (leaves ; | $() intact) vs shlex.quote before os.system",
    (v) => `
      import html
      import io
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)

      STANDARD = ('host', 'user-agent', 'accept', 'accept-language', 'accept-encoding', 'connection', 'cookie',
                  'content-length', 'content-type', 'referer', 'origin')


      @app.route('/cmdi-06102', methods=['GET', 'POST'])
      def cmdi_06102():
          param = ''
          for name in request.headers.keys():
              if name.lower() in STANDARD:
                  continue
              param = name
              break
          buf = io.StringIO()
          buf.write(param)
          buf.seek(0)
          bar = buf.read()
          status = os.system('nslookup ' + ${v ? "html.escape(bar)" : "shlex.quote(bar)"})
          return 'status: %d' % status
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask form getlist; % formatting of the raw value vs of int(value); os.popen",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-06103', methods=['POST'])
      def cmdi_06103():
          counts = request.form.getlist('BenchmarkTest06103')
          param = counts[-1] if counts else '1'
          bar = ${v ? "param" : "int(param)"}
          cmd = 'ping -c %s 127.0.0.1' % bar
          return '<pre>' + os.popen(cmd).read() + '</pre>'
    `,
  ),
  ...whole(
    "CWE-78",
    "Bottle query; collections.deque with a constant then the parameter appendleft-ed; popleft() (the parameter) vs pop() (the constant); subprocess.call(shell=True)",
    (v) => `
      import subprocess
      from collections import deque
      from bottle import Bottle, request

      app = Bottle()


      @app.route('/cmdi-06104')
      def cmdi_06104():
          param = request.query.get('BenchmarkTest06104', '')
          queue = deque()
          queue.appendleft('safe_value')
          queue.appendleft(param)
          bar = queue.${v ? "popleft" : "pop"}()
          code = subprocess.call('grep -c ' + bar + ' /var/log/syslog', shell=True)
          return {'code': code}
    `,
  ),
  ...whole(
    "CWE-78",
    "aiohttp query; list ['uptime', param]; ' '.join over the whole list vs over parts[:1]; argument list ['sh', '-c', script]",
    (v) => `
      import subprocess
      from aiohttp import web


      async def cmdi_06105(request):
          param = request.query.get('BenchmarkTest06105', '')
          parts = ['uptime', param]
          script = ' '.join(${v ? "parts" : "parts[:1]"})
          proc = subprocess.run(['sh', '-c', script], capture_output=True, text=True)
          return web.Response(text=proc.stdout)


      app = web.Application()
      app.router.add_get('/cmdi-06105', cmdi_06105)
    `,
  ),

  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Flask args; html.escape'd value formatted into the query (quotes become entities but backslash / numeric contexts pass) vs a ? placeholder; sqlite3",
    (v) => `
      import html
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-06106', methods=['GET'])
      def sqli_06106():
          param = request.args.get('BenchmarkTest06106', '0')
          bar = html.escape(param)
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          ${v ? "cur.execute('SELECT * FROM accounts WHERE id = %s' % bar)" : "cur.execute('SELECT * FROM accounts WHERE id = ?', (bar,))"}
          rows = cur.fetchall()
          conn.close()
          return {'rows': len(rows)}
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask cookie loop; dict.setdefault with the parameter first then a constant (kept) vs the constant set first (setdefault does not overwrite); .get; concatenated query",
    (v) => `
      import sqlite3
      from urllib.parse import unquote
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-06107', methods=['GET'])
      def sqli_06107():
          param = 'noCookieValueSupplied'
          for name, value in request.cookies.items():
              if name == 'BenchmarkTest06107':
                  param = unquote(value)
                  break
          opts = {}
          ${v ? "opts.setdefault('user', param)" : "opts['user'] = 'guest'"}
          ${v ? "opts.setdefault('user', 'guest')" : "opts.setdefault('user', param)"}
          bar = opts.get('user')
          conn = sqlite3.connect('bench.db')
          cur = conn.execute("SELECT email FROM users WHERE name = '" + bar + "'")
          return {'emails': [r[0] for r in cur.fetchall()]}
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask form; string.Template('... $oid').substitute of the raw value vs of int(value); psycopg2 execute",
    (v) => `
      from string import Template
      import psycopg2
      from flask import Flask, request

      app = Flask(__name__)

      QUERY = Template('SELECT total FROM orders WHERE order_id = $oid')


      @app.route('/sqli-06108', methods=['POST'])
      def sqli_06108():
          param = request.form.get('BenchmarkTest06108', '')
          bar = ${v ? "param" : "int(param)"}
          sql = QUERY.substitute(oid=bar)
          conn = psycopg2.connect(dbname='bench')
          with conn.cursor() as cur:
              cur.execute(sql)
              row = cur.fetchone()
          return {'total': row[0] if row else None}
    `,
  ),
  ...whole(
    "CWE-89",
    "Bottle raw body; guard re.match (unanchored, a prefix suffices) vs re.fullmatch of [A-Za-z0-9_]+; f-string query",
    (v) => `
      import re
      import sqlite3
      from bottle import Bottle, request, abort

      app = Bottle()


      @app.post('/sqli-06109')
      def sqli_06109():
          param = request.body.read().decode('utf-8')
          if not re.${v ? "match" : "fullmatch"}(r'[A-Za-z0-9_]+', param):
              abort(400, 'bad name')
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          cur.execute(f"SELECT id FROM products WHERE sku = '{param}'")
          return {'ids': [r[0] for r in cur.fetchall()]}
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask get_data(); itertools.chain(['guest'], [param]) listed; items[-1] (the parameter) vs items[0]; SQLAlchemy text() of a concatenation",
    (v) => `
      from itertools import chain
      from flask import Flask, request
      from sqlalchemy import create_engine, text

      app = Flask(__name__)
      engine = create_engine('sqlite:///bench.db')


      @app.route('/sqli-06110', methods=['POST'])
      def sqli_06110():
          param = request.get_data(as_text=True)
          items = list(chain(['guest'], [param]))
          bar = items[${v ? "-1" : "0"}]
          with engine.connect() as conn:
              rows = conn.execute(text("SELECT role FROM members WHERE login = '" + bar + "'")).fetchall()
          return {'roles': [r[0] for r in rows]}
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Flask args; textwrap.dedent (no escaping) vs html.escape; HTML string returned",
    (v) => `
      import html
      import textwrap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-06111', methods=['GET'])
      def xss_06111():
          param = request.args.get('BenchmarkTest06111', '')
          bar = ${v ? "textwrap.dedent(param)" : "html.escape(param)"}
          return '<html><body><p>Hello, ' + bar + '</p></body></html>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Flask headers.getlist; list(map(str.strip, [param, 'anonymous'])); index 0 (the parameter) vs 1; make_response of HTML",
    (v) => `
      from flask import Flask, request, make_response

      app = Flask(__name__)


      @app.route('/xss-06112', methods=['GET'])
      def xss_06112():
          names = request.headers.getlist('X-Forwarded-User')
          param = names[0] if names else ''
          cleaned = list(map(str.strip, [param, 'anonymous']))
          bar = cleaned[${v ? "0" : "1"}]
          resp = make_response('<div class="user">' + bar + '</div>')
          resp.headers['Content-Type'] = 'text/html; charset=utf-8'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "Flask get_data(); base64 encode-then-decode round trip (the value again) vs base64 encode only (alphabet A-Z a-z 0-9 + / =); HTML response",
    (v) => `
      import base64
      from flask import Flask, request, Response

      app = Flask(__name__)


      @app.route('/xss-06113', methods=['POST'])
      def xss_06113():
          param = request.get_data(as_text=True)
          encoded = base64.b64encode(param.encode('utf-8'))
          bar = ${v ? "base64.b64decode(encoded).decode('utf-8')" : "encoded.decode('ascii')"}
          return Response('<p>Token: ' + bar + '</p>', mimetype='text/html')
    `,
  ),
  ...whole(
    "CWE-79",
    "aiohttp await request.post(); enumerate over ['x', param, 'y'] keeping index 1 (the parameter) vs 2; text/html web.Response",
    (v) => `
      from aiohttp import web


      async def xss_06114(request):
          data = await request.post()
          param = data.get('BenchmarkTest06114', '')
          bar = ''
          for i, item in enumerate(['x', param, 'y']):
              if i == ${v ? 1 : 2}:
                  bar = item
          return web.Response(text='<h1>' + bar + '</h1>', content_type='text/html')


      app = web.Application()
      app.router.add_post('/xss-06114', xss_06114)
    `,
  ),
  ...whole(
    "CWE-79",
    "Tornado get_argument; functools.reduce concatenation of ['<b>', value, '</b>'] with the raw value vs tornado.escape.xhtml_escape(value); self.write",
    (v) => `
      import functools
      import tornado.escape
      import tornado.web


      class Xss06115Handler(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06115', '')
              value = ${v ? "param" : "tornado.escape.xhtml_escape(param)"}
              bar = functools.reduce(lambda acc, s: acc + s, ['<b>', value, '</b>'], '')
              self.set_header('Content-Type', 'text/html')
              self.write(bar)


      application = tornado.web.Application([(r'/xss-06115', Xss06115Handler)])
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Flask args; os.path.normpath (keeps leading ../) vs os.path.basename before joining under a base; open",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/bench/testfiles'


      @app.route('/path-06116', methods=['GET'])
      def path_06116():
          param = request.args.get('BenchmarkTest06116', 'readme.txt')
          bar = os.path.${v ? "normpath" : "basename"}(param)
          with open(os.path.join(BASE, bar), 'r') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask files; upload saved under its client filename vs werkzeug secure_filename(filename)",
    (v) => `
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/bench/uploads'


      @app.route('/path-06117', methods=['POST'])
      def path_06117():
          upload = request.files['BenchmarkTest06117']
          name = ${v ? "upload.filename" : "secure_filename(upload.filename)"}
          upload.save(os.path.join(UPLOAD_DIR, name))
          return 'stored ' + name
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask form; '..' rejected and then urllib.parse.unquote applied (%2e%2e passes) vs unquote first and then checked; send_file",
    (v) => `
      import os
      from urllib.parse import unquote
      from flask import Flask, request, send_file, abort

      app = Flask(__name__)
      DOCS = '/srv/bench/docs'


      @app.route('/path-06118', methods=['POST'])
      def path_06118():
          param = request.form.get('BenchmarkTest06118', '')
          ${
            v
              ? `if '..' in param or param.startswith('/'):
              abort(400)
          bar = unquote(param)`
              : `bar = unquote(param)
          if '..' in bar or bar.startswith('/'):
              abort(400)`
          }
          return send_file(os.path.join(DOCS, bar))
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask cookies; dict(zip(['custom', 'default'], [param, 'report.txt'])) read by 'custom' vs 'default'; open for writing",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      REPORTS = '/srv/bench/reports'


      @app.route('/path-06119', methods=['POST'])
      def path_06119():
          param = request.cookies.get('BenchmarkTest06119', '')
          names = dict(zip(['custom', 'default'], [param, 'report.txt']))
          bar = names['${v ? "custom" : "default"}']
          with open(os.path.join(REPORTS, bar), 'w') as fh:
              fh.write(request.get_data(as_text=True))
          return 'saved'
    `,
  ),
  ...whole(
    "CWE-22",
    "Bottle query; codecs rot13 encode/decode round trip (the value again) vs hex encoding of its bytes (0-9 a-f only); % formatted path; open",
    (v) => `
      import codecs
      from bottle import Bottle, request

      app = Bottle()


      @app.route('/path-06120')
      def path_06120():
          param = request.query.get('BenchmarkTest06120', '')
          bar = ${v ? "codecs.decode(codecs.encode(param, 'rot13'), 'rot13')" : "codecs.encode(param.encode('utf-8'), 'hex').decode('ascii')"}
          path = '/var/cache/bench/%s.bin' % bar
          with open(path, 'rb') as fh:
              return fh.read()
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Flask args; html.escape (leaves * ( ) untouched) vs ldap3.utils.conv.escape_filter_chars; ldap3 Connection.search",
    (v) => `
      import html
      from flask import Flask, request
      from ldap3 import Server, Connection
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      @app.route('/ldapi-06121', methods=['GET'])
      def ldapi_06121():
          param = request.args.get('BenchmarkTest06121', '')
          bar = ${v ? "html.escape(param)" : "escape_filter_chars(param)"}
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('ou=users,dc=bench,dc=org', '(&(objectClass=person)(uid=' + bar + '))', attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "Flask form; for key, value in zip(['a', 'b'], [param, 'nobody']) keeping the value under 'a' (the parameter) vs 'b'; python-ldap search_s with '(cn=%s)'",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldapi-06122', methods=['POST'])
      def ldapi_06122():
          param = request.form.get('BenchmarkTest06122', '')
          bar = ''
          for key, value in zip(['a', 'b'], [param, 'nobody']):
              if key == '${v ? "a" : "b"}':
                  bar = value
          conn = ldap.initialize('ldap://localhost')
          results = conn.search_s('dc=bench,dc=org', ldap.SCOPE_SUBTREE, '(cn=%s)' % bar)
          return {'count': len(results)}
    `,
  ),
  ...whole(
    "CWE-90",
    "Tornado get_argument; only '*' removed with str.replace (parentheses pass) vs ldap.filter.escape_filter_chars; python-ldap search_s",
    (v) => `
      import ldap
      import ldap.filter
      import tornado.web


      class Ldapi06123Handler(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06123', '')
              bar = ${v ? "param.replace('*', '')" : "ldap.filter.escape_filter_chars(param)"}
              conn = ldap.initialize('ldap://localhost')
              found = conn.search_s('ou=people,dc=bench,dc=org', ldap.SCOPE_SUBTREE, '(mail=' + bar + ')', ['cn'])
              self.write({'count': len(found)})
    `,
  ),
  ...whole(
    "CWE-90",
    "Flask headers; '(uidNumber=%s)' % raw value vs '(uidNumber=%d)' % int(value); ldap3 search",
    (v) => `
      from flask import Flask, request
      from ldap3 import Server, Connection

      app = Flask(__name__)


      @app.route('/ldapi-06124', methods=['GET'])
      def ldapi_06124():
          param = request.headers.get('X-Bench-Uid', '0')
          search_filter = ${v ? "'(uidNumber=%s)' % param" : "'(uidNumber=%d)' % int(param)"}
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('dc=bench,dc=org', search_filter, attributes=['uid'])
          return {'uids': [str(e.uid) for e in conn.entries]}
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Flask args; lxml xpath with the value concatenated into a quoted literal vs passed as the $name XPath variable",
    (v) => `
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)
      DOC = etree.parse('/srv/bench/employees.xml')


      @app.route('/xpathi-06125', methods=['GET'])
      def xpathi_06125():
          param = request.args.get('BenchmarkTest06125', '')
          ${v ? 'nodes = DOC.xpath("//employee[@name=\'" + param + "\']/salary/text()")' : "nodes = DOC.xpath('//employee[@name=$name]/salary/text()', name=param)"}
          return {'salaries': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Flask cookie loop; deque appendleft of the parameter then a constant; pop() (the parameter, at the right end) vs popleft(); lxml xpath concatenation",
    (v) => `
      from collections import deque
      from lxml import etree
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xpathi-06126', methods=['GET'])
      def xpathi_06126():
          param = ''
          for cookie_name in request.cookies:
              if cookie_name == 'BenchmarkTest06126':
                  param = request.cookies[cookie_name]
          queue = deque()
          queue.appendleft(param)
          queue.appendleft('anonymous')
          bar = queue.${v ? "pop" : "popleft"}()
          tree = etree.parse('/srv/bench/users.xml')
          hits = tree.xpath("/users/user[login='" + bar + "']/role")
          return {'roles': [h.text for h in hits]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Flask form; guard re.match (unanchored) vs re.fullmatch of [A-Za-z]+; string.Template substitute into the XPath; lxml",
    (v) => `
      import re
      from string import Template
      from lxml import etree
      from flask import Flask, request, abort

      app = Flask(__name__)
      EXPR = Template("//book[author='$who']/title")


      @app.route('/xpathi-06127', methods=['POST'])
      def xpathi_06127():
          param = request.form.get('BenchmarkTest06127', '')
          if not re.${v ? "match" : "fullmatch"}(r'[A-Za-z]+', param):
              abort(400)
          root = etree.parse('/srv/bench/books.xml').getroot()
          titles = root.xpath(EXPR.substitute(who=param))
          return {'titles': [t.text for t in titles]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Tornado request.body; itertools.chain of (param,) and ('guest',); first element (the parameter) vs last; etree.XPath compiled from a concatenation",
    (v) => `
      import itertools
      import tornado.web
      from lxml import etree


      class Xpathi06128Handler(tornado.web.RequestHandler):
          def post(self):
              param = self.request.body.decode('utf-8')
              values = list(itertools.chain((param,), ('guest',)))
              bar = values[${v ? "0" : "-1"}]
              finder = etree.XPath("//account[owner='" + bar + "']/balance")
              doc = etree.parse('/srv/bench/accounts.xml')
              self.write({'balances': [n.text for n in finder(doc)]})
    `,
  ),

  // --- CWE-94 code injection / CWE-502 deserialization ---
  ...whole(
    "CWE-94",
    "Flask form; eval of '%s + 1' % value vs ast.literal_eval(value) + 1",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-06129', methods=['POST'])
      def codeinj_06129():
          param = request.form.get('BenchmarkTest06129', '0')
          ${v ? "result = eval('%s + 1' % param)" : "result = ast.literal_eval(param) + 1"}
          return {'result': result}
    `,
  ),
  ...whole(
    "CWE-94",
    "Tornado get_argument; dict.get of a missing key with the parameter as default (the parameter) vs of a present key (the constant); exec",
    (v) => `
      import tornado.web

      SNIPPETS = {'greet': "print('hello')"}


      class Codeinj06130Handler(tornado.web.RequestHandler):
          def post(self):
              param = self.get_argument('BenchmarkTest06130', '')
              bar = SNIPPETS.get('${v ? "missing" : "greet"}', param)
              scope = {}
              exec(bar, scope)
              self.write('done')
    `,
  ),
  ...whole(
    "CWE-502",
    "Flask get_data(); base64-decoded body given to pickle.loads vs json.loads",
    (v) => `
      import base64
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deserial-06131', methods=['POST'])
      def deserial_06131():
          raw = base64.b64decode(request.get_data())
          obj = ${v ? "pickle.loads(raw)" : "json.loads(raw)"}
          return {'type': type(obj).__name__}
    `,
  ),
  ...whole(
    "CWE-502",
    "aiohttp await request.read(); codecs.decode of the body; yaml.load(Loader=yaml.Loader) vs yaml.safe_load",
    (v) => `
      import codecs
      import yaml
      from aiohttp import web


      async def deserial_06132(request):
          body = await request.read()
          text = codecs.decode(body, 'utf-8')
          config = ${v ? "yaml.load(text, Loader=yaml.Loader)" : "yaml.safe_load(text)"}
          return web.json_response({'keys': sorted(config) if isinstance(config, dict) else []})


      app = web.Application()
      app.router.add_post('/deserial-06132', deserial_06132)
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Flask args; substring check 'bench.example.com' in url (https://bench.example.com.evil.io passes) vs urlparse(url).netloc allow-list; redirect",
    (v) => `
      from urllib.parse import urlparse
      from flask import Flask, request, redirect

      app = Flask(__name__)
      ALLOWED_HOSTS = {'bench.example.com', 'www.bench.example.com'}


      @app.route('/redirect-06133', methods=['GET'])
      def redirect_06133():
          target = request.args.get('BenchmarkTest06133', '/')
          if ${v ? "'bench.example.com' not in target" : "urlparse(target).netloc not in ALLOWED_HOSTS"}:
              target = '/'
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask form; list(filter(None, [param, '/home'])) read at [0] (the parameter when non-empty) vs [-1] ('/home'); redirect",
    (v) => `
      from flask import Flask, request, redirect

      app = Flask(__name__)


      @app.route('/redirect-06134', methods=['POST'])
      def redirect_06134():
          param = request.form.get('BenchmarkTest06134', '')
          candidates = list(filter(None, [param, '/home']))
          bar = candidates[${v ? "0" : "-1"}]
          return redirect(bar, code=302)
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask headers Referer; ''.join with the value first (absolute URL possible) vs after the fixed local prefix '/welcome/'; redirect",
    (v) => `
      from flask import Flask, request, redirect

      app = Flask(__name__)


      @app.route('/redirect-06135', methods=['GET'])
      def redirect_06135():
          param = request.headers.get('Referer', '')
          parts = ${v ? "[param, '/welcome']" : "['/welcome/', param]"}
          location = ''.join(parts)
          return redirect(location)
    `,
  ),
  ...whole(
    "CWE-601",
    "Tornado get_argument; only the scheme checked (http / https to any host) vs scheme and netloc both pinned; self.redirect",
    (v) => `
      from urllib.parse import urlparse
      import tornado.web


      class Redirect06136Handler(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06136', '/')
              parsed = urlparse(param)
              if ${v ? "parsed.scheme not in ('http', 'https')" : "parsed.scheme != 'https' or parsed.netloc != 'bench.example.com'"}:
                  param = '/'
              self.redirect(param)
    `,
  ),

  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Flask args; deque appendleft of a constant then the parameter; popleft() (the parameter) vs pop() (the constant); session['userid'] write",
    (v) => `
      from collections import deque
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      @app.route('/trustbound-06137', methods=['GET'])
      def trustbound_06137():
          param = request.args.get('BenchmarkTest06137', '')
          queue = deque(maxlen=4)
          queue.appendleft('10340')
          queue.appendleft(param)
          bar = queue.${v ? "popleft" : "pop"}()
          session['userid'] = bar
          return 'Item: userid with value: ' + str(len(bar)) + ' saved in session.'
    `,
  ),
  ...whole(
    "CWE-501",
    "Flask form; functools.reduce(lambda acc, s: s, ...) keeping the last element, the parameter vs the constant; session write",
    (v) => `
      import functools
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      @app.route('/trustbound-06138', methods=['POST'])
      def trustbound_06138():
          param = request.form.get('BenchmarkTest06138', '')
          bar = functools.reduce(lambda acc, s: s, ${v ? "['guest', param]" : "[param, 'guest']"})
          session['display_name'] = bar
          return 'saved'
    `,
  ),
  ...whole(
    "CWE-501",
    "Bottle forms; itertools.chain(['anon'], [param]) listed; index 1 (the parameter) vs 0; Beaker session from request.environ",
    (v) => `
      import itertools
      from bottle import Bottle, request

      app = Bottle()


      @app.post('/trustbound-06139')
      def trustbound_06139():
          param = request.forms.get('BenchmarkTest06139', '')
          names = list(itertools.chain(['anon'], [param]))
          bar = names[${v ? 1 : 0}]
          sess = request.environ.get('beaker.session')
          sess['username'] = bar
          sess.save()
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-501",
    "aiohttp query; enumerate keeping index 0 (the parameter) vs 1 (a constant); aiohttp_session get_session write",
    (v) => `
      from aiohttp import web
      from aiohttp_session import get_session


      async def trustbound_06140(request):
          param = request.query.get('BenchmarkTest06140', '')
          bar = 'default'
          for idx, val in enumerate([param, 'default_role']):
              if idx == ${v ? 0 : 1}:
                  bar = val
          session = await get_session(request)
          session['role'] = bar
          return web.Response(text='ok')


      app = web.Application()
      app.router.add_get('/trustbound-06140', trustbound_06140)
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Flask; rememberMe cookie value from random.random() vs secrets.token_hex(16)",
    (v) => `
      import random
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/weakrand-06141', methods=['GET'])
      def weakrand_06141():
          token = ${v ? "str(random.random())[2:]" : "secrets.token_hex(16)"}
          resp = make_response('Welcome back')
          resp.set_cookie('rememberMe', token, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "Flask; generator chosen from {'fast': random.Random(), 'strong': random.SystemRandom()} by a constant key; password-reset code",
    (v) => `
      import random
      from flask import Flask, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'

      GENERATORS = {'fast': random.Random(), 'strong': random.SystemRandom()}


      @app.route('/weakrand-06142', methods=['POST'])
      def weakrand_06142():
          gen = GENERATORS.get('${v ? "fast" : "strong"}')
          code = '%06d' % gen.randint(0, 999999)
          session['reset_code'] = code
          return 'code sent'
    `,
  ),
  ...whole(
    "CWE-338",
    "Tornado; session identifier from random.choice vs secrets.choice over an alphabet",
    (v) => `
      import random
      import secrets
      import string
      import tornado.web

      ALPHABET = string.ascii_letters + string.digits


      class Weakrand06143Handler(tornado.web.RequestHandler):
          def get(self):
              sid = ''.join(${v ? "random.choice" : "secrets.choice"}(ALPHABET) for _ in range(32))
              self.set_secure_cookie('sid', sid)
              self.write('session started')
    `,
  ),
  ...whole(
    "CWE-338",
    "aiohttp; one-time password from random.randint vs secrets.randbelow",
    (v) => `
      import random
      import secrets
      from aiohttp import web

      OTPS = {}


      async def weakrand_06144(request):
          user = request.query.get('user', '')
          otp = ${v ? "random.randint(100000, 999999)" : "100000 + secrets.randbelow(900000)"}
          OTPS[user] = otp
          return web.json_response({'sent': True})


      app = web.Application()
      app.router.add_get('/weakrand-06144', weakrand_06144)
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Flask form; hashlib.md5 vs hashlib.sha256 digest of the value stored to a file",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-06145', methods=['POST'])
      def hash_06145():
          param = request.form.get('BenchmarkTest06145', '')
          digest = hashlib.${v ? "md5" : "sha256"}(param.encode('utf-8')).hexdigest()
          with open('/srv/bench/digests.txt', 'a') as fh:
              fh.write(digest + '\\n')
          return 'Sensitive value hashed and stored: ' + digest
    `,
  ),
  ...whole(
    "CWE-328",
    "Flask; hashlib.new with the algorithm name from a ThingFactory-style helper whose chosen implementation returns 'sha1' vs 'sha512'",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      class LegacyAlgo:
          def name(self):
              return 'sha1'


      class ModernAlgo:
          def name(self):
              return 'sha512'


      class AlgoFactory:
          USE_LEGACY = ${v ? "True" : "False"}

          @classmethod
          def create(cls):
              return LegacyAlgo() if cls.USE_LEGACY else ModernAlgo()


      @app.route('/hash-06146', methods=['POST'])
      def hash_06146():
          data = request.get_data()
          h = hashlib.new(AlgoFactory.create().name())
          h.update(data)
          return {'digest': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "Flask args; pycryptodome Crypto.Hash MD5.new vs SHA256.new of the value",
    (v) => `
      from Crypto.Hash import ${v ? "MD5" : "SHA256"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-06147', methods=['GET'])
      def hash_06147():
          param = request.args.get('BenchmarkTest06147', '')
          h = ${v ? "MD5" : "SHA256"}.new()
          h.update(param.encode('utf-8'))
          return {'fingerprint': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "Tornado; algorithm name picked from zip(['legacy', 'current'], ['sha1', 'sha3_256']) by a constant label; hashlib.new",
    (v) => `
      import hashlib
      import tornado.web


      class Hash06148Handler(tornado.web.RequestHandler):
          def post(self):
              algo = 'sha256'
              for label, name in zip(['legacy', 'current'], ['sha1', 'sha3_256']):
                  if label == '${v ? "legacy" : "current"}':
                      algo = name
              digest = hashlib.new(algo, self.request.body).hexdigest()
              self.write({'digest': digest})
    `,
  ),

  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "Flask; pycryptodome DES in ECB mode vs AES in GCM mode encrypting the value",
    (v) => `
      import os
      from Crypto.Cipher import ${v ? "DES" : "AES"}
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? 8 : 32})


      @app.route('/crypto-06149', methods=['POST'])
      def crypto_06149():
          param = request.form.get('BenchmarkTest06149', '').encode('utf-8')
          ${v ? "cipher = DES.new(KEY, DES.MODE_ECB)" : "cipher = AES.new(KEY, AES.MODE_GCM)"}
          ${v ? "data = cipher.encrypt(param.ljust(((len(param) + 7) // 8) * 8, b' '))" : "data, tag = cipher.encrypt_and_digest(param)"}
          return {'ciphertext': data.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Flask; cryptography AES with modes.ECB() vs modes.GCM(iv)",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @app.route('/crypto-06150', methods=['POST'])
      def crypto_06150():
          param = request.get_data()
          iv = os.urandom(12)
          cipher = Cipher(algorithms.AES(KEY), ${v ? "modes.ECB()" : "modes.GCM(iv)"})
          enc = cipher.encryptor()
          padded = param + b' ' * (-len(param) % 16)
          data = enc.update(padded) + enc.finalize()
          return {'iv': iv.hex(), 'ciphertext': data.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Flask; AES mode chosen by dict.setdefault / get: an explicit 'mode' entry of MODE_ECB vs the default MODE_GCM",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(16)


      @app.route('/crypto-06151', methods=['POST'])
      def crypto_06151():
          settings = {${v ? "'mode': AES.MODE_ECB" : ""}}
          settings.setdefault('mode', AES.MODE_GCM)
          mode = settings.get('mode')
          cipher = AES.new(KEY, mode)
          data = request.get_data()
          out = cipher.encrypt(data + b'0' * (-len(data) % 16))
          return {'ciphertext': out.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "aiohttp await request.post(); cryptography TripleDES-CBC vs AESGCM",
    (v) => `
      import os
      from aiohttp import web
      ${v ? "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes" : "from cryptography.hazmat.primitives.ciphers.aead import AESGCM"}

      KEY = os.urandom(${v ? 24 : 32})


      async def crypto_06152(request):
          form = await request.post()
          secret = form.get('BenchmarkTest06152', '').encode('utf-8')
          ${v ? "iv = os.urandom(8)" : "iv = os.urandom(12)"}
          ${v ? "enc = Cipher(algorithms.TripleDES(KEY), modes.CBC(iv)).encryptor()" : "aead = AESGCM(KEY)"}
          ${v ? "data = enc.update(secret + b' ' * (-len(secret) % 8)) + enc.finalize()" : "data = aead.encrypt(iv, secret, None)"}
          return web.json_response({'iv': iv.hex(), 'data': data.hex()})


      app = web.Application()
      app.router.add_post('/crypto-06152', crypto_06152)
    `,
  ),

  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "Flask args; set_cookie without flags vs secure=True, httponly=True",
    (v) => `
      from flask import Flask, request, make_response

      app = Flask(__name__)


      @app.route('/securecookie-06153', methods=['GET'])
      def securecookie_06153():
          param = request.args.get('BenchmarkTest06153', '')
          resp = make_response('Created cookie: SomeCookie')
          resp.set_cookie('SomeCookie', param${v ? "" : ", secure=True, httponly=True"}, path='/', max_age=60 * 3)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Flask; secure flag read by flags.get('secure', True) from a dict holding secure=False vs an empty dict (the default True)",
    (v) => `
      from flask import Flask, make_response

      app = Flask(__name__)

      COOKIE_FLAGS = {${v ? "'secure': False" : ""}}


      @app.route('/securecookie-06154', methods=['GET'])
      def securecookie_06154():
          resp = make_response('ok')
          resp.set_cookie('session_hint', 'abc123', secure=COOKIE_FLAGS.get('secure', True), httponly=True, samesite='Lax')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Bottle; response.set_cookie with httponly only vs secure=True and httponly=True",
    (v) => `
      from bottle import Bottle, request, response

      app = Bottle()


      @app.route('/securecookie-06155')
      def securecookie_06155():
          param = request.query.get('BenchmarkTest06155', '')
          response.set_cookie('pref', param, ${v ? "httponly=True" : "secure=True, httponly=True"}, path='/')
          return 'cookie set'
    `,
  ),
  ...whole(
    "CWE-614",
    "Tornado; self.set_cookie without flags vs secure=True, httponly=True",
    (v) => `
      import tornado.web


      class SecureCookie06156Handler(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06156', '')
              self.set_cookie('tracking', param${v ? "" : ", secure=True, httponly=True"})
              self.write('cookie set')
    `,
  ),

  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "Flask args; url.startswith('https://api.bench.example') (https://api.bench.example.evil.io passes) vs urlparse(url).netloc allow-list; requests.get",
    (v) => `
      from urllib.parse import urlparse
      import requests
      from flask import Flask, request, abort

      app = Flask(__name__)
      ALLOWED = {'api.bench.example', 'cdn.bench.example'}


      @app.route('/ssrf-06157', methods=['GET'])
      def ssrf_06157():
          url = request.args.get('BenchmarkTest06157', '')
          if ${v ? "not url.startswith('https://api.bench.example')" : "urlparse(url).scheme != 'https' or urlparse(url).netloc not in ALLOWED"}:
              abort(400)
          resp = requests.get(url, timeout=5)
          return resp.text
    `,
  ),
  ...whole(
    "CWE-918",
    "Flask form; host concatenated from the value vs looked up in a constant map by the value (HOSTS.get(value, default)); urllib.request.urlopen",
    (v) => `
      import urllib.request
      from flask import Flask, request

      app = Flask(__name__)
      HOSTS = {'eu': 'eu.status.bench.example', 'us': 'us.status.bench.example'}


      @app.route('/ssrf-06158', methods=['POST'])
      def ssrf_06158():
          param = request.form.get('BenchmarkTest06158', 'eu')
          host = ${v ? "param" : "HOSTS.get(param, 'eu.status.bench.example')"}
          with urllib.request.urlopen('https://' + host + '/health', timeout=5) as r:
              return r.read()
    `,
  ),
  ...whole(
    "CWE-918",
    "Tornado get_argument; zip of labels and [param, default URL] picked by 'user' (the parameter) vs 'default'; AsyncHTTPClient.fetch",
    (v) => `
      import tornado.web
      from tornado.httpclient import AsyncHTTPClient


      class Ssrf06159Handler(tornado.web.RequestHandler):
          async def get(self):
              param = self.get_argument('BenchmarkTest06159', '')
              target = ''
              for label, url in zip(['user', 'default'], [param, 'https://feeds.bench.example/latest']):
                  if label == '${v ? "user" : "default"}':
                      target = url
              resp = await AsyncHTTPClient().fetch(target)
              self.write(resp.body)
    `,
  ),
  ...whole(
    "CWE-918",
    "aiohttp query; itertools.chain of a default URL and the parameter; last element (the parameter) vs first; ClientSession.get",
    (v) => `
      import itertools
      import aiohttp
      from aiohttp import web


      async def ssrf_06160(request):
          param = request.query.get('BenchmarkTest06160', '')
          urls = list(itertools.chain(['https://images.bench.example/default.png'], [param]))
          target = urls[${v ? "-1" : "0"}]
          async with aiohttp.ClientSession() as client:
              async with client.get(target) as resp:
                  body = await resp.read()
          return web.Response(body=body, content_type='image/png')


      app = web.Application()
      app.router.add_get('/ssrf-06160', ssrf_06160)
    `,
  ),
];
