// Dev suite "py-web", batch 63 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style test modules (eighteenth wave), 60 insecure/safe twins over
// 14 categories, spread over the less common Python web frameworks: Bottle (request.query / forms / get_cookie,
// response.set_cookie, redirect), Tornado RequestHandler (get_argument, get_query_argument, get_body_argument,
// request.body, self.write / redirect / set_cookie), aiohttp.web (request.query, await request.post(), match_info,
// web.Response, web.HTTPFound), Sanic (request.args, request.json, response.html / redirect), Falcon resources
// (req.get_param, req.media, resp.text, resp.set_cookie), Pyramid views (request.params, matchdict, HTTPFound),
// CherryPy exposed methods, Quart, Litestar typed handlers, web.py and a bare Werkzeug Request. The value logic is
// about strings and collections: split / partition / rsplit and an index, join over a list mixing the input and
// constants, replace that removes some characters vs one that neutralises the sink, slices, format / % / f-strings,
// bytes round trips, quote / unquote, deque / OrderedDict / defaultdict / Counter / ChainMap reads by a constant
// key, min / max / sorted picking a constant, zip / enumerate / itertools.chain with the input at a known position,
// set operations and dict.get(k, default) where the key or the default is the tainted one. Each safe twin differs
// only in the value logic, the helper chosen or the sink's API. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch63: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH63: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Bottle request.query; ('localhost,' + param).split(','): element [1] (the parameter) vs [0] (the constant); subprocess.run(shell=True)",
    (v) => `
      import subprocess
      from bottle import Bottle, request

      app = Bottle()


      @app.get('/cmdi-06301')
      def cmdi_06301():
          param = request.query.BenchmarkTest06301
          fields = ('localhost,' + param).split(',')
          target = fields[${v ? 1 : 0}]
          result = subprocess.run('ping -c 1 ' + target, shell=True, capture_output=True, text=True)
          return result.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "Tornado get_argument; host.partition(':')[0]; os.system of the raw host vs of shlex.quote(host)",
    (v) => `
      import os
      import shlex
      import tornado.web


      class CmdiHandler06302(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06302', '')
              host, _, port = param.partition(':')
              status = os.system('nslookup ' + ${v ? "host" : "shlex.quote(host)"})
              self.write('exit: %d' % status)


      def make_app():
          return tornado.web.Application([(r'/cmdi-06302', CmdiHandler06302)])
    `,
  ),
  ...whole(
    "CWE-78",
    "aiohttp request.query; argument list ['ls', '-l', name]; ' '.join(args) run with shell=True vs the list run without a shell",
    (v) => `
      import subprocess
      from aiohttp import web

      routes = web.RouteTableDef()


      @routes.get('/cmdi-06303')
      async def cmdi_06303(request):
          name = request.query.get('BenchmarkTest06303', '.')
          args = ['ls', '-l', '--', name]
          proc = subprocess.run(${v ? "' '.join(args), shell=True" : "args"}, capture_output=True, text=True)
          return web.Response(text=proc.stdout)


      app = web.Application()
      app.add_routes(routes)
    `,
  ),
  ...whole(
    "CWE-78",
    "Falcon req.get_param; deque(['uptime']) with the parameter appendleft-ed; q[0] (the parameter) vs q[-1] (the constant); os.popen",
    (v) => `
      import os
      from collections import deque
      import falcon


      class CmdiResource06304:
          def on_get(self, req, resp):
              param = req.get_param('BenchmarkTest06304') or ''
              q = deque(['uptime'])
              q.appendleft('echo ' + param)
              cmd = q[${v ? "0" : "-1"}]
              resp.text = os.popen(cmd).read()
              resp.content_type = falcon.MEDIA_TEXT


      app = falcon.App()
      app.add_route('/cmdi-06304', CmdiResource06304())
    `,
  ),
  ...whole(
    "CWE-78",
    "CherryPy exposed method argument; host.replace(' ', '') (removes spaces only) vs re.sub of every character outside [A-Za-z0-9.-]; subprocess.check_output(shell=True)",
    (v) => `
      import re
      import subprocess
      import cherrypy


      class Root:
          @cherrypy.expose
          def cmdi_06305(self, BenchmarkTest06305=''):
              host = ${v ? "BenchmarkTest06305.replace(' ', '')" : "re.sub(r'[^A-Za-z0-9.-]', '', BenchmarkTest06305)"}
              out = subprocess.check_output('traceroute -m 5 {}'.format(host), shell=True)
              return out.decode()


      if __name__ == '__main__':
          cherrypy.quickstart(Root())
    `,
  ),

  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Pyramid request.params; OrderedDict filters with 'name' = the parameter and 'status' = 'active'; the query built with % from filters['name'] vs filters['status']",
    (v) => `
      import sqlite3
      from collections import OrderedDict
      from pyramid.response import Response
      from pyramid.view import view_config


      @view_config(route_name='sqli_06306')
      def sqli_06306(request):
          param = request.params.get('BenchmarkTest06306', '')
          filters = OrderedDict()
          filters['name'] = param
          filters['status'] = 'active'
          sql = "SELECT id, email FROM users WHERE name = '%s'" % filters['${v ? "name" : "status"}']
          conn = sqlite3.connect('bench.db')
          rows = conn.execute(sql).fetchall()
          return Response(str(rows))
    `,
  ),
  ...whole(
    "CWE-89",
    "Sanic request.args; the parameter sliced to [:8]; an f-string query vs a ? placeholder with the slice bound",
    (v) => `
      import sqlite3
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('bench06307')


      @app.get('/sqli-06307')
      async def sqli_06307(request):
          param = request.args.get('BenchmarkTest06307', '')
          uid = param[:8]
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          ${v ? "cur.execute(f\"SELECT * FROM orders WHERE user_id = '{uid}'\")" : "cur.execute('SELECT * FROM orders WHERE user_id = ?', (uid,))"}
          return json({'orders': cur.fetchall()})
    `,
  ),
  ...whole(
    "CWE-89",
    "Quart await request.form; defaultdict(lambda: 'guest') with 'user' set to the parameter; d['user'] vs d['owner'] (never set: the default); concatenated query",
    (v) => `
      import sqlite3
      from collections import defaultdict
      from quart import Quart, request

      app = Quart(__name__)


      @app.route('/sqli-06308', methods=['POST'])
      async def sqli_06308():
          form = await request.form
          param = form.get('BenchmarkTest06308', '')
          names = defaultdict(lambda: 'guest')
          names['user'] = param
          who = names['${v ? "user" : "owner"}']
          conn = sqlite3.connect('bench.db')
          rows = conn.execute("SELECT * FROM notes WHERE author = '" + who + "'").fetchall()
          return {'notes': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "Falcon req.media; ORDER BY column picked from {param} | ALLOWED (the union may hold the parameter) vs {param} & ALLOWED (only allowed names) with a default",
    (v) => `
      import sqlite3
      import falcon

      ALLOWED = {'id', 'name', 'created'}


      class SqliResource06309:
          def on_post(self, req, resp):
              body = req.media or {}
              param = str(body.get('BenchmarkTest06309', 'id'))
              picked = {param} ${v ? "|" : "&"} ALLOWED
              column = sorted(picked)[0] if picked else 'id'
              conn = sqlite3.connect('bench.db')
              rows = conn.execute('SELECT id, name FROM products ORDER BY ' + column).fetchall()
              resp.media = {'rows': rows}


      app = falcon.App()
      app.add_route('/sqli-06309', SqliResource06309())
    `,
  ),
  ...whole(
    "CWE-89",
    "Litestar typed query parameter; unquote(quote(name)) round trip; SQLAlchemy text() with the name concatenated vs bound as :name",
    (v) => `
      from urllib.parse import quote, unquote
      from litestar import Litestar, get
      from sqlalchemy import create_engine, text

      engine = create_engine('sqlite:///bench.db')


      @get('/sqli-06310')
      async def sqli_06310(BenchmarkTest06310: str) -> dict:
          name = unquote(quote(BenchmarkTest06310))
          with engine.connect() as conn:
              ${v ? 'rows = conn.execute(text("SELECT id FROM members WHERE nick = \'" + name + "\'")).fetchall()' : "rows = conn.execute(text('SELECT id FROM members WHERE nick = :name'), {'name': name}).fetchall()"}
          return {'ids': [r[0] for r in rows]}


      app = Litestar(route_handlers=[sqli_06310])
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Tornado get_query_argument; the last path segment via rsplit('/', 1)[-1]; self.write of HTML with the raw segment vs tornado.escape.xhtml_escape",
    (v) => `
      import tornado.escape
      import tornado.web


      class XssHandler06311(tornado.web.RequestHandler):
          def get(self):
              param = self.get_query_argument('BenchmarkTest06311', '')
              leaf = param.rsplit('/', 1)[-1]
              self.set_header('Content-Type', 'text/html; charset=UTF-8')
              self.write('<p>File: ' + ${v ? "leaf" : "tornado.escape.xhtml_escape(leaf)"} + '</p>')


      app = tornado.web.Application([(r'/xss-06311', XssHandler06311)])
    `,
  ),
  ...whole(
    "CWE-79",
    "aiohttp match_info; ChainMap({'greeting': param}, DEFAULTS): cfg['greeting'] (the first map's, the parameter) vs cfg['footer'] (only in the defaults); text/html web.Response",
    (v) => `
      from collections import ChainMap
      from aiohttp import web

      DEFAULTS = {'greeting': 'Hello', 'footer': 'Thanks for visiting'}


      async def xss_06312(request):
          param = request.match_info.get('name', '')
          cfg = ChainMap({'greeting': param}, DEFAULTS)
          body = '<html><body><h1>%s</h1></body></html>' % cfg['${v ? "greeting" : "footer"}']
          return web.Response(text=body, content_type='text/html')


      app = web.Application()
      app.router.add_get('/xss-06312/{name}', xss_06312)
    `,
  ),
  ...whole(
    "CWE-79",
    "Bottle request.forms; replace('<script>', '') (removes one tag) vs replace of &, < and > by entities; HTML string returned",
    (v) => `
      from bottle import Bottle, request

      app = Bottle()


      @app.post('/xss-06313')
      def xss_06313():
          param = request.forms.get('BenchmarkTest06313', '')
          ${v ? "clean = param.replace('<script>', '').replace('</script>', '')" : "clean = param.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')"}
          return '<div class="comment">' + clean + '</div>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Sanic request.args; encode('utf-8').decode('utf-8') round trip; response.html vs response.text of the f-string",
    (v) => `
      from sanic import Sanic
      from sanic import response

      app = Sanic('bench06314')


      @app.get('/xss-06314')
      async def xss_06314(request):
          param = request.args.get('BenchmarkTest06314', '')
          term = param.encode('utf-8').decode('utf-8')
          return response.${v ? "html" : "text"}(f'<p>No results for {term}</p>')
    `,
  ),
  ...whole(
    "CWE-79",
    "Werkzeug bare Request.application; dict(zip(['label', 'value'], ['Name', param])): ['value'] (the parameter) vs ['label']; text/html Response",
    (v) => `
      from werkzeug.wrappers import Request, Response


      @Request.application
      def application(request):
          param = request.args.get('BenchmarkTest06315', '')
          pairs = dict(zip(['label', 'value'], ['Name', param]))
          shown = pairs['${v ? "value" : "label"}']
          return Response('<b>' + shown + '</b>', mimetype='text/html')
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Falcon req.get_param; name.partition('?')[0]; open(os.path.join(BASE, name)) vs os.path.join(BASE, os.path.basename(name))",
    (v) => `
      import os
      import falcon

      BASE = '/var/bench/files'


      class PathResource06316:
          def on_get(self, req, resp):
              param = req.get_param('BenchmarkTest06316', default='')
              name = param.partition('?')[0]
              path = os.path.join(BASE, ${v ? "name" : "os.path.basename(name)"})
              with open(path, 'rb') as fh:
                  resp.data = fh.read()


      app = falcon.App()
      app.add_route('/path-06316', PathResource06316())
    `,
  ),
  ...whole(
    "CWE-22",
    "Pyramid matchdict; list(itertools.chain(['reports'], [name])): element [1] (the parameter) vs [0]; FileResponse of BASE joined with it",
    (v) => `
      import itertools
      import os
      from pyramid.response import FileResponse
      from pyramid.view import view_config

      BASE = '/srv/bench/docs'


      @view_config(route_name='path_06317')
      def path_06317(request):
          name = request.matchdict['name']
          parts = list(itertools.chain(['reports'], [name]))
          path = os.path.join(BASE, parts[${v ? 1 : 0}], 'index.html')
          return FileResponse(path, request=request)
    `,
  ),
  ...whole(
    "CWE-22",
    "CherryPy cherrypy.request.params; '/'.join([BASE, 'static', f]); read with no check vs an allow-list membership test that returns early",
    (v) => `
      import cherrypy

      BASE = '/srv/bench'
      KNOWN = {'logo.png', 'style.css', 'app.js'}


      class Static:
          @cherrypy.expose
          def path_06318(self, **kwargs):
              f = cherrypy.request.params.get('BenchmarkTest06318', 'logo.png')
              ${v ? "" : "if f not in KNOWN:\n                  raise cherrypy.HTTPError(404)"}
              path = '/'.join([BASE, 'static', f])
              with open(path, 'rb') as fh:
                  return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Tornado get_body_argument; enumerate(['index.html', name]) keeps the item at i == 1 (the parameter) vs i == 0; open and write",
    (v) => `
      import os
      import tornado.web

      ROOT = '/var/www/bench'


      class PathHandler06319(tornado.web.RequestHandler):
          def post(self):
              name = self.get_body_argument('BenchmarkTest06319', '')
              chosen = 'index.html'
              for i, item in enumerate(['index.html', name]):
                  if i == ${v ? 1 : 0}:
                      chosen = item
              with open(os.path.join(ROOT, chosen)) as fh:
                  self.write(fh.read())
    `,
  ),
  ...whole(
    "CWE-22",
    "Quart request.args; unquote(param).strip(); send_file(os.path.join(DIR, name)) vs send_from_directory(DIR, name)",
    (v) => `
      import os
      from urllib.parse import unquote
      from quart import Quart, request, send_file, send_from_directory

      app = Quart(__name__)
      DIR = '/srv/bench/uploads'


      @app.route('/path-06320')
      async def path_06320():
          param = request.args.get('BenchmarkTest06320', 'a.txt')
          name = unquote(param).strip()
          return await ${v ? "send_file(os.path.join(DIR, name))" : "send_from_directory(DIR, name)"}
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Bottle request.forms; the local part via split('@')[0]; python-ldap search_s filter with % of the raw part vs escape_filter_chars",
    (v) => `
      import ldap
      from ldap.filter import escape_filter_chars
      from bottle import Bottle, request

      app = Bottle()


      @app.post('/ldap-06321')
      def ldap_06321():
          param = request.forms.get('BenchmarkTest06321', '')
          user = param.split('@')[0]
          conn = ldap.initialize('ldap://ldap.bench.example')
          flt = '(uid=%s)' % ${v ? "user" : "escape_filter_chars(user)"}
          results = conn.search_s('ou=people,dc=bench,dc=example', ldap.SCOPE_SUBTREE, flt)
          return {'count': len(results)}
    `,
  ),
  ...whole(
    "CWE-90",
    "aiohttp await request.post(); attrs = {'cn': name, 'ou': 'staff'}; attrs.get('cn', 'nobody') (the parameter) vs attrs.get('sn', 'nobody') (the default); ldap3 search",
    (v) => `
      from aiohttp import web
      from ldap3 import Connection, Server

      routes = web.RouteTableDef()


      @routes.post('/ldap-06322')
      async def ldap_06322(request):
          data = await request.post()
          name = data.get('BenchmarkTest06322', '')
          attrs = {'cn': name, 'ou': 'staff'}
          value = attrs.get('${v ? "cn" : "sn"}', 'nobody')
          conn = Connection(Server('ldap://ldap.bench.example'), auto_bind=True)
          conn.search('dc=bench,dc=example', '(cn=' + value + ')', attributes=['mail'])
          return web.json_response({'found': len(conn.entries)})
    `,
  ),
  ...whole(
    "CWE-90",
    "Pyramid request.params; department from {param} - {'admin'} (may keep the parameter) vs {param} & {'sales', 'eng'} with a default; format into the filter",
    (v) => `
      import ldap
      from pyramid.response import Response
      from pyramid.view import view_config


      @view_config(route_name='ldap_06323', renderer='json')
      def ldap_06323(request):
          param = request.params.get('BenchmarkTest06323', 'sales')
          chosen = {param} ${v ? "- {'admin'}" : "& {'sales', 'eng'}"}
          dept = chosen.pop() if chosen else 'sales'
          flt = '(&(objectClass=person)(department={}))'.format(dept)
          conn = ldap.initialize('ldap://ldap.bench.example')
          found = conn.search_s('dc=bench,dc=example', ldap.SCOPE_SUBTREE, flt, ['cn'])
          return {'people': [dn for dn, _ in found]}
    `,
  ),
  ...whole(
    "CWE-90",
    "Falcon req.get_param; encode('ascii', 'ignore').decode() of the uid; filter built with no check vs an isalnum() guard that rejects the request",
    (v) => `
      import falcon
      from ldap3 import Connection, Server


      class LdapResource06324:
          def on_get(self, req, resp):
              param = req.get_param('BenchmarkTest06324') or ''
              uid = param.encode('ascii', 'ignore').decode()
              ${v ? "" : "if not uid.isalnum():\n                  raise falcon.HTTPBadRequest(title='bad uid')"}
              conn = Connection(Server('ldap.bench.example'), auto_bind=True)
              conn.search('ou=users,dc=bench,dc=example', '(uid=%s)' % uid)
              resp.media = {'entries': len(conn.entries)}


      app = falcon.App()
      app.add_route('/ldap-06324', LdapResource06324())
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Tornado get_argument; ' '.join(param.split()) normalises spaces; lxml xpath with the name concatenated vs an $name variable",
    (v) => `
      import tornado.web
      from lxml import etree

      DOC = etree.parse('/srv/bench/users.xml')


      class XpathHandler06325(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06325', '')
              name = ' '.join(param.split())
              ${v ? 'nodes = DOC.xpath("//user[@name=\'" + name + "\']/email/text()")' : "nodes = DOC.xpath('//user[@name=$name]/email/text()', name=name)"}
              self.write({'emails': [str(n) for n in nodes]})
    `,
  ),
  ...whole(
    "CWE-643",
    "Sanic request.args; deque([title, 'Dune']); popleft() (the parameter) vs pop() (the constant); ElementTree findall with % in a predicate",
    (v) => `
      import xml.etree.ElementTree as ET
      from collections import deque
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('bench06326')
      TREE = ET.parse('/srv/bench/books.xml')


      @app.get('/xpath-06326')
      async def xpath_06326(request):
          title = request.args.get('BenchmarkTest06326', '')
          queue = deque([title, 'Dune'])
          wanted = queue.${v ? "popleft" : "pop"}()
          books = TREE.getroot().findall(".//book[@title='%s']" % wanted)
          return json({'authors': [b.get('author') for b in books]})
    `,
  ),
  ...whole(
    "CWE-643",
    "CherryPy exposed argument; OrderedDict([('isbn', isbn), ('lang', 'en')]); list(items())[0] value (the parameter) vs [1]; lxml xpath with %",
    (v) => `
      from collections import OrderedDict
      import cherrypy
      from lxml import etree


      class Catalog:
          @cherrypy.expose
          def xpath_06327(self, BenchmarkTest06327=''):
              fields = OrderedDict([('isbn', BenchmarkTest06327), ('lang', 'en')])
              key, val = list(fields.items())[${v ? 0 : 1}]
              doc = etree.parse('/srv/bench/catalog.xml')
              titles = doc.xpath('//book[@%s="%s"]/title/text()' % (key, val))
              return ', '.join(titles)
    `,
  ),
  ...whole(
    "CWE-643",
    "Litestar typed query parameter; unquote(q) (decodes quotes back) vs quote(q, safe='') (no quote survives) inside the XPath string literal; lxml xpath",
    (v) => `
      from urllib.parse import quote, unquote
      from litestar import Litestar, get
      from lxml import etree

      TREE = etree.parse('/srv/bench/inventory.xml')


      @get('/xpath-06328')
      async def xpath_06328(BenchmarkTest06328: str) -> list[str]:
          sku = ${v ? "unquote(BenchmarkTest06328)" : "quote(BenchmarkTest06328, safe='')"}
          return [str(n) for n in TREE.xpath(f"//item[sku='{sku}']/name/text()")]


      app = Litestar(route_handlers=[xpath_06328])
    `,
  ),

  // --- CWE-94 code injection / CWE-502 deserialisation ---
  ...whole(
    "CWE-94",
    "Bottle request.query; the expression sliced to [:64]; eval vs ast.literal_eval",
    (v) => `
      import ast
      from bottle import Bottle, request

      app = Bottle()


      @app.get('/codeinj-06329')
      def codeinj_06329():
          expr = request.query.BenchmarkTest06329[:64]
          value = ${v ? "eval(expr)" : "ast.literal_eval(expr)"}
          return {'value': repr(value)}
    `,
  ),
  ...whole(
    "CWE-94",
    "Tornado request.body; the formula name is the first line; FORMULAS.get(name, name) (the default is the parameter) vs FORMULAS.get(name, '0'); eval",
    (v) => `
      import tornado.web

      FORMULAS = {'area': 'w * h', 'perimeter': '2 * (w + h)'}


      class CalcHandler06330(tornado.web.RequestHandler):
          def post(self):
              body = self.request.body.decode('utf-8')
              name = body.split('\\n', 1)[0].strip()
              formula = FORMULAS.get(name, ${v ? "name" : "'0'"})
              result = eval(formula, {'__builtins__': {}}, {'w': 3, 'h': 4})
              self.write({'result': result})
    `,
  ),
  ...whole(
    "CWE-502",
    "aiohttp await request.read(); base64-decoded body; pickle.loads vs json.loads",
    (v) => `
      import base64
      import json
      import pickle
      from aiohttp import web


      async def deser_06331(request):
          raw = await request.read()
          blob = base64.b64decode(raw)
          state = ${v ? "pickle.loads(blob)" : "json.loads(blob.decode('utf-8'))"}
          return web.json_response({'keys': sorted(state)})


      app = web.Application()
      app.router.add_post('/deser-06331', deser_06331)
    `,
  ),
  ...whole(
    "CWE-502",
    "Falcon req.bounded_stream; the second YAML document via partition('\\n---\\n')[2]; yaml.load(Loader=yaml.Loader) vs yaml.safe_load",
    (v) => `
      import falcon
      import yaml


      class ConfigResource06332:
          def on_post(self, req, resp):
              raw = req.bounded_stream.read().decode('utf-8')
              doc = raw.partition('\\n---\\n')[2]
              conf = ${v ? "yaml.load(doc, Loader=yaml.Loader)" : "yaml.safe_load(doc)"}
              resp.media = {'sections': list(conf or {})}


      app = falcon.App()
      app.add_route('/deser-06332', ConfigResource06332())
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Bottle request.query; .strip() of the target; redirect straight vs only when urlparse shows no scheme or netloc and no leading //",
    (v) => `
      from urllib.parse import urlparse
      from bottle import Bottle, redirect, request

      app = Bottle()


      @app.get('/redirect-06333')
      def redirect_06333():
          target = request.query.get('BenchmarkTest06333', '/').strip()
          ${v ? "" : "parts = urlparse(target)\n          if parts.scheme or parts.netloc or not target.startswith('/') or target.startswith('//') or '\\\\' in target:\n              target = '/'"}
          redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "Tornado get_argument; TARGETS.get(param, param) (falls back to the parameter) vs TARGETS.get(param, '/'); self.redirect",
    (v) => `
      import tornado.web

      TARGETS = {'home': '/', 'docs': '/docs', 'account': '/account'}


      class RedirectHandler06334(tornado.web.RequestHandler):
          def get(self):
              param = self.get_argument('BenchmarkTest06334', 'home')
              self.redirect(TARGETS.get(param, ${v ? "param" : "'/'"}))
    `,
  ),
  ...whole(
    "CWE-601",
    "Pyramid request.params; hops = ['/', param]; HTTPFound(location=hops[-1]) (the parameter) vs hops[0]",
    (v) => `
      from pyramid.httpexceptions import HTTPFound
      from pyramid.view import view_config


      @view_config(route_name='redirect_06335')
      def redirect_06335(request):
          param = request.params.get('BenchmarkTest06335', '/')
          hops = ['/', param]
          return HTTPFound(location=hops[${v ? "-1" : "0"}])
    `,
  ),
  ...whole(
    "CWE-601",
    "Sanic request.args; '{}'.format(param) vs '/search?q={}'.format(quote(param)) (a local path); response.redirect",
    (v) => `
      from urllib.parse import quote
      from sanic import Sanic, response

      app = Sanic('bench06336')


      @app.get('/redirect-06336')
      async def redirect_06336(request):
          param = request.args.get('BenchmarkTest06336', '')
          location = ${v ? "'{}'.format(param)" : "'/search?q={}'.format(quote(param, safe=''))"}
          return response.redirect(location)
    `,
  ),

  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Pyramid request.params; defaultdict(str) profile with 'name' = the parameter; session['display'] = profile['name'] vs profile['theme'] (unset: '')",
    (v) => `
      from collections import defaultdict
      from pyramid.response import Response
      from pyramid.view import view_config


      @view_config(route_name='trust_06337')
      def trust_06337(request):
          param = request.params.get('BenchmarkTest06337', '')
          profile = defaultdict(str)
          profile['name'] = param
          request.session['display'] = profile['${v ? "name" : "theme"}']
          return Response('saved')
    `,
  ),
  ...whole(
    "CWE-501",
    "CherryPy exposed argument; list(itertools.chain(['anonymous'], [user])): [1] (the parameter) vs [0]; cherrypy.session write",
    (v) => `
      import itertools
      import cherrypy


      class Login:
          @cherrypy.expose
          def trust_06338(self, BenchmarkTest06338=''):
              names = list(itertools.chain(['anonymous'], [BenchmarkTest06338]))
              cherrypy.session['username'] = names[${v ? 1 : 0}]
              return 'ok'


      cherrypy.config.update({'tools.sessions.on': True})
    `,
  ),
  ...whole(
    "CWE-501",
    "Quart request.args; session['last_item'] = 'item:' + param vs 'item:%d' % len(param) (only the length)",
    (v) => `
      import os
      from quart import Quart, request, session

      app = Quart(__name__)
      app.secret_key = os.environ['QUART_SECRET']


      @app.route('/trust-06339')
      async def trust_06339():
          param = request.args.get('BenchmarkTest06339', '')
          session['last_item'] = ${v ? "'item:' + param" : "'item:%d' % len(param)"}
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-501",
    "aiohttp match_info with aiohttp_session; {'name': name}.get('name', 'anon') (the parameter) vs .get('nick', 'anon') (the default); session write",
    (v) => `
      from aiohttp import web
      from aiohttp_session import get_session


      async def trust_06340(request):
          name = request.match_info['user']
          session = await get_session(request)
          session['owner'] = {'name': name}.get('${v ? "name" : "nick"}', 'anon')
          return web.Response(text='ok')


      app = web.Application()
      app.router.add_get('/trust-06340/{user}', trust_06340)
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Tornado; generators [random.getrandbits, secrets.randbits]; gens[0] vs gens[1] for the remember-me token set as a secure cookie",
    (v) => `
      import random
      import secrets
      import tornado.web


      class RememberHandler06341(tornado.web.RequestHandler):
          def post(self):
              gens = [random.getrandbits, secrets.randbits]
              token = '%032x' % gens[${v ? 0 : 1}](128)
              self.set_secure_cookie('remember', token, httponly=True, secure=True)
              self.write('ok')
    `,
  ),
  ...whole(
    "CWE-338",
    "Bottle; session id of 20 characters from random.choice vs random.SystemRandom().choice; response.set_cookie(secure, httponly)",
    (v) => `
      import random
      import string
      from bottle import Bottle, response

      app = Bottle()
      ALPHABET = string.ascii_letters + string.digits


      @app.post('/weakrand-06342')
      def weakrand_06342():
          rng = ${v ? "random" : "random.SystemRandom()"}
          sid = ''.join(rng.choice(ALPHABET) for _ in range(20))
          response.set_cookie('sid', sid, secure=True, httponly=True)
          return 'welcome'
    `,
  ),
  ...whole(
    "CWE-338",
    "Sanic; password reset code str(random.randint(100000, 999999)) vs str(secrets.randbelow(900000) + 100000) formatted into the mail",
    (v) => `
      import random
      import secrets
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('bench06343')


      @app.post('/weakrand-06343')
      async def weakrand_06343(request):
          code = ${v ? "str(random.randint(100000, 999999))" : "str(secrets.randbelow(900000) + 100000)"}
          app.ctx.mailer.send(request.json.get('email', ''), 'Your reset code is {}'.format(code))
          return json({'sent': True})
    `,
  ),
  ...whole(
    "CWE-338",
    "Falcon; RNGS = {'fast': random.Random(), 'strong': random.SystemRandom()} read by the constant key 'fast' vs 'strong'; API token from getrandbits",
    (v) => `
      import random
      import falcon

      RNGS = {'fast': random.Random(), 'strong': random.SystemRandom()}


      class TokenResource06344:
          def on_post(self, req, resp):
              rng = RNGS['${v ? "fast" : "strong"}']
              token = '%016x' % rng.getrandbits(64)
              resp.media = {'api_token': token}


      app = falcon.App()
      app.add_route('/weakrand-06344', TokenResource06344())
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "CherryPy exposed argument; ALGOS = ['sha256', 'md5']; ALGOS[-1] vs ALGOS[0] for hashlib.new of the document",
    (v) => `
      import hashlib
      import cherrypy

      ALGOS = ['sha256', 'md5']


      class Digest:
          @cherrypy.expose
          def hash_06345(self, BenchmarkTest06345=''):
              algo = ALGOS[${v ? "-1" : "0"}]
              digest = hashlib.new(algo, BenchmarkTest06345.encode('utf-8')).hexdigest()
              return digest
    `,
  ),
  ...whole(
    "CWE-328",
    "aiohttp await request.post(); ChainMap(LEGACY, MODERN)['digest'] ('sha1' wins) vs ChainMap(MODERN, LEGACY) ('sha256'); hashlib.new",
    (v) => `
      import hashlib
      from collections import ChainMap
      from aiohttp import web

      LEGACY = {'digest': 'sha1'}
      MODERN = {'digest': 'sha256'}


      async def hash_06346(request):
          form = await request.post()
          data = form.get('BenchmarkTest06346', '')
          conf = ChainMap(${v ? "LEGACY, MODERN" : "MODERN, LEGACY"})
          fingerprint = hashlib.new(conf['digest'], data.encode()).hexdigest()
          return web.json_response({'fingerprint': fingerprint})


      app = web.Application()
      app.router.add_post('/hash-06346', hash_06346)
    `,
  ),
  ...whole(
    "CWE-328",
    "Litestar typed parameter; algorithm name 'sha{}'.format(1) vs 'sha{}'.format(256); hashlib.new of the value",
    (v) => `
      import hashlib
      from litestar import Litestar, post


      @post('/hash-06347')
      async def hash_06347(data: dict) -> dict:
          value = str(data.get('BenchmarkTest06347', ''))
          algo = 'sha{}'.format(${v ? 1 : 256})
          return {'etag': hashlib.new(algo, value.encode()).hexdigest()}


      app = Litestar(route_handlers=[hash_06347])
    `,
  ),
  ...whole(
    "CWE-328",
    "web.py web.input(); algorithm from 'md5-legacy'.split('-')[0] vs 'sha256-modern'.split('-')[0]; getattr(hashlib, algo)",
    (v) => `
      import hashlib
      import web

      urls = ('/hash-06348', 'Hash06348')


      class Hash06348:
          def POST(self):
              data = web.input(BenchmarkTest06348='')
              algo = '${v ? "md5-legacy" : "sha256-modern"}'.split('-')[0]
              return getattr(hashlib, algo)(data.BenchmarkTest06348.encode()).hexdigest()


      app = web.application(urls, globals())
    `,
  ),

  // --- CWE-327 broken cipher ---
  ...whole(
    "CWE-327",
    "Sanic request.json; cipher picked from [DES, AES] by index; DES.new(key, MODE_ECB) vs AES.new(key, MODE_GCM) branch taken",
    (v) => `
      import os
      from Crypto.Cipher import AES, DES
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('bench06349')
      KEY = os.urandom(16)


      @app.post('/crypto-06349')
      async def crypto_06349(request):
          secret = str(request.json.get('BenchmarkTest06349', '')).encode()
          module = [DES, AES][${v ? 0 : 1}]
          if module is DES:
              cipher = DES.new(KEY[:8], DES.MODE_ECB)
              blob = cipher.encrypt(secret.ljust(8 * (len(secret) // 8 + 1), b' '))
          else:
              cipher = AES.new(KEY, AES.MODE_GCM)
              blob, tag = cipher.encrypt_and_digest(secret)
          return json({'blob': blob.hex()})
    `,
  ),
  ...whole(
    "CWE-327",
    "Falcon req.media; CONF.get('cipher_override', 'DES') (missing key: the 'DES' default) vs CONF.get('cipher', 'DES') ('AES'); cipher chosen by name",
    (v) => `
      import os
      import falcon
      from Crypto.Cipher import AES, DES

      CONF = {'cipher': 'AES'}
      KEY = os.urandom(16)


      class EncryptResource06350:
          def on_post(self, req, resp):
              plain = str((req.media or {}).get('BenchmarkTest06350', '')).encode()
              name = CONF.get('${v ? "cipher_override" : "cipher"}', 'DES')
              if name == 'AES':
                  cipher = AES.new(KEY, AES.MODE_GCM)
                  blob, _ = cipher.encrypt_and_digest(plain)
              else:
                  cipher = DES.new(KEY[:8], DES.MODE_ECB)
                  blob = cipher.encrypt(plain.ljust(64, b'\\0')[:64])
              resp.media = {'blob': blob.hex()}


      app = falcon.App()
      app.add_route('/crypto-06350', EncryptResource06350())
    `,
  ),
  ...whole(
    "CWE-327",
    "Pyramid request.params; cryptography AES with modes.ECB() vs modes.GCM(iv)",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from pyramid.response import Response
      from pyramid.view import view_config

      KEY = os.urandom(32)


      @view_config(route_name='crypto_06351')
      def crypto_06351(request):
          data = request.params.get('BenchmarkTest06351', '').encode()
          iv = os.urandom(12)
          encryptor = Cipher(algorithms.AES(KEY), ${v ? "modes.ECB()" : "modes.GCM(iv)"}).encryptor()
          padded = data + b'\\0' * (-len(data) % 16)
          blob = encryptor.update(padded) + encryptor.finalize()
          return Response(blob.hex())
    `,
  ),
  ...whole(
    "CWE-327",
    "Tornado get_body_argument; min(['rc4', 'xchacha']) ('rc4') vs max(...) ('xchacha'); ARC4 vs ChaCha20_Poly1305 branch",
    (v) => `
      import os
      import tornado.web
      from Crypto.Cipher import ARC4, ChaCha20_Poly1305

      KEY = os.urandom(32)


      class SealHandler06352(tornado.web.RequestHandler):
          def post(self):
              note = self.get_body_argument('BenchmarkTest06352', '').encode()
              algo = ${v ? "min" : "max"}(['rc4', 'xchacha'])
              if algo == 'rc4':
                  sealed = ARC4.new(KEY).encrypt(note)
              else:
                  cipher = ChaCha20_Poly1305.new(key=KEY)
                  sealed, tag = cipher.encrypt_and_digest(note)
              self.write(sealed.hex())
    `,
  ),

  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "Bottle request.get_cookie; opts = dict(httponly=True) then opts.update(secure=False) vs secure=True; response.set_cookie(**opts)",
    (v) => `
      from bottle import Bottle, request, response

      app = Bottle()


      @app.get('/cookie-06353')
      def cookie_06353():
          pref = request.get_cookie('theme', 'light')
          opts = dict(httponly=True, path='/')
          opts.update(secure=${v ? "False" : "True"})
          response.set_cookie('theme', pref, **opts)
          return 'theme kept'
    `,
  ),
  ...whole(
    "CWE-614",
    "Tornado get_argument; FLAGS.get('Secure', False) (wrong-case key: the False default) vs FLAGS.get('secure', False); self.set_cookie",
    (v) => `
      import tornado.web

      FLAGS = {'secure': True, 'httponly': True}


      class CookieHandler06354(tornado.web.RequestHandler):
          def get(self):
              value = self.get_argument('BenchmarkTest06354', 'en')
              self.set_cookie('lang', value, secure=FLAGS.get('${v ? "Secure" : "secure"}', False), httponly=True)
              self.write('language saved')
    `,
  ),
  ...whole(
    "CWE-614",
    "Falcon req.get_param; resp.set_cookie with secure=False vs with no secure argument (Falcon's default is Secure)",
    (v) => `
      import falcon


      class CookieResource06355:
          def on_get(self, req, resp):
              value = req.get_param('BenchmarkTest06355') or 'none'
              resp.set_cookie('tracking', value, max_age=3600, path='/'${v ? ", secure=False" : ""})
              resp.text = 'cookie set'


      app = falcon.App()
      app.add_route('/cookie-06355', CookieResource06355())
    `,
  ),
  ...whole(
    "CWE-614",
    "aiohttp request.cookies; opts = ChainMap(DEV, PROD) ('secure' False wins) vs ChainMap(PROD, DEV); resp.set_cookie(secure=opts['secure'])",
    (v) => `
      from collections import ChainMap
      from aiohttp import web

      DEV = {'secure': False, 'httponly': True}
      PROD = {'secure': True, 'httponly': True}


      async def cookie_06356(request):
          value = request.cookies.get('cart', '')
          opts = ChainMap(${v ? "DEV, PROD" : "PROD, DEV"})
          resp = web.Response(text='cart kept')
          resp.set_cookie('cart', value, secure=opts['secure'], httponly=opts['httponly'])
          return resp


      app = web.Application()
      app.router.add_get('/cookie-06356', cookie_06356)
    `,
  ),

  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "aiohttp request.query; host from {param} | ALLOWED vs {param} & ALLOWED (with a default); ClientSession.get of https://host/status",
    (v) => `
      import aiohttp
      from aiohttp import web

      ALLOWED = {'api.bench.example', 'status.bench.example'}


      async def ssrf_06357(request):
          param = request.query.get('BenchmarkTest06357', '')
          hosts = {param} ${v ? "|" : "&"} ALLOWED
          host = sorted(hosts)[0] if hosts else 'api.bench.example'
          async with aiohttp.ClientSession() as client:
              async with client.get('https://%s/status' % host) as upstream:
                  text = await upstream.text()
          return web.Response(text=text)


      app = web.Application()
      app.router.add_get('/ssrf-06357', ssrf_06357)
    `,
  ),
  ...whole(
    "CWE-918",
    "Quart request.args; urls = [DEFAULT, param]; urls[-1] (the parameter) vs urls[0]; httpx.AsyncClient().get",
    (v) => `
      import httpx
      from quart import Quart, request

      app = Quart(__name__)
      DEFAULT = 'https://feeds.bench.example/latest.xml'


      @app.route('/ssrf-06358')
      async def ssrf_06358():
          param = request.args.get('BenchmarkTest06358', '')
          urls = [DEFAULT, param]
          async with httpx.AsyncClient(timeout=5) as client:
              upstream = await client.get(urls[${v ? "-1" : "0"}])
          return upstream.text
    `,
  ),
  ...whole(
    "CWE-918",
    "CherryPy exposed argument; url.replace(' ', '%20') (the whole URL) vs BASE + '/' + quote(path, safe='') (a path on a fixed host); urllib.request.urlopen",
    (v) => `
      import urllib.request
      from urllib.parse import quote
      import cherrypy

      BASE = 'https://api.bench.example/v1/items'


      class Proxy:
          @cherrypy.expose
          def ssrf_06359(self, BenchmarkTest06359=''):
              url = ${v ? "BenchmarkTest06359.replace(' ', '%20')" : "BASE + '/' + quote(BenchmarkTest06359, safe='')"}
              with urllib.request.urlopen(url, timeout=5) as upstream:
                  return upstream.read()
    `,
  ),
  ...whole(
    "CWE-918",
    "Tornado get_query_argument; AsyncHTTPClient.fetch of the URL with no check vs after urlparse(url).hostname in ALLOWED and https",
    (v) => `
      from urllib.parse import urlparse
      import tornado.web
      from tornado.httpclient import AsyncHTTPClient

      ALLOWED = {'api.bench.example'}


      class FetchHandler06360(tornado.web.RequestHandler):
          async def get(self):
              url = self.get_query_argument('BenchmarkTest06360', '')
              ${v ? "" : "parsed = urlparse(url)\n              if parsed.scheme != 'https' or parsed.hostname not in ALLOWED:\n                  raise tornado.web.HTTPError(400)"}
              upstream = await AsyncHTTPClient().fetch(url)
              self.write(upstream.body)
    `,
  ),
];
