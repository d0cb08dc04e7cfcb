// Dev suite "py-web", batch 40 (see py-web.ts): written after reading the rules (not blind), measured before any
// fix for it. The Python gaps the previous round's helpers named: value-flow guards the analyzer did not credit (a
// class attribute stored after a raising allow-list check, an escaping decorator around a view, a validating
// @property setter) and one it must not credit (an assert, which `python -O` removes); HTML responses of Chalice,
// Django REST framework renderers, Pyramid, Falcon and Starlette/FastAPI; false alarms on library code (headers and
// log lines built from the library's own values); SQLAlchemy order_by(text()/literal_column()), CBC encryption
// without a MAC, and xmlrpc register_instance(allow_dotted_names=True). Each insecure case has a safe twin. Never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch40: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

const one = (cwe: string, vulnerable: boolean, note: string, code: string): DevCase => ({
  cwe,
  language: "python",
  vulnerable,
  note: `batch40: ${note} (${vulnerable ? "vulnerable" : "safe"})`,
  code: dedent(code),
});

export const BATCH40: DevCase[] = [
  // --- value-flow guards: class attributes, decorators, property setters ---
  ...whole(
    "CWE-89",
    "class attribute stored after a raising allow-list check, read in another method's SQL vs stored unchecked",
    (v) => `
      import sqlite3
      from flask import Flask, request, jsonify

      app = Flask(__name__)
      SORTABLE = {'name', 'created_at', 'price'}


      class ProductQuery:
          def __init__(self, sort):
              ${v ? "" : "if sort not in SORTABLE:\n                  raise ValueError('bad sort column')\n              "}self.sort = sort

          def rows(self, conn):
              cur = conn.execute(f'SELECT id, name, price FROM products ORDER BY {self.sort}')
              return cur.fetchall()


      @app.route('/products')
      def products():
          try:
              query = ProductQuery(request.args.get('sort', 'name'))
          except ValueError:
              return jsonify(error='bad sort'), 400
          conn = sqlite3.connect('shop.db')
          return jsonify(query.rows(conn))
    `,
  ),
  ...whole(
    "CWE-78",
    "class-based view validates the archive format in load() and raises, then a later method runs tar with self.fmt vs no check",
    (v) => `
      import subprocess
      from flask import request
      from flask.views import MethodView

      FORMATS = ('gz', 'bz2', 'xz')


      class ExportView(MethodView):
          def load(self):
              fmt = request.form['format']
              ${v ? "" : "if fmt not in FORMATS:\n                  raise ValueError(fmt)\n              "}self.fmt = fmt

          def build(self):
              cmd = 'tar -c%sf /tmp/export.tar.%s /srv/data' % (self.fmt[0], self.fmt)
              return subprocess.check_output(cmd, shell=True)

          def post(self):
              self.load()
              self.build()
              return 'ok'
    `,
  ),
  ...whole(
    "CWE-79",
    "escaping decorator wraps the view's returned string with markupsafe.escape vs a timing decorator that returns it unchanged",
    (v) => `
      import functools
      import time
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      def ${v ? "timed" : "escaped"}(view):
          @functools.wraps(view)
          def wrapper(*args, **kwargs):
              ${v ? "start = time.monotonic()\n              out = view(*args, **kwargs)\n              app.logger.debug('took %.3f', time.monotonic() - start)\n              return out" : "return escape(view(*args, **kwargs))"}
          return wrapper


      @app.route('/echo')
      @${v ? "timed" : "escaped"}
      def echo():
          return request.args.get('msg', '')
    `,
  ),
  ...whole(
    "CWE-79",
    "decorator passes the returned text through html.escape before it becomes the response vs no decorator",
    (v) => `
      import html
      from functools import wraps
      from flask import Flask, request, make_response

      app = Flask(__name__)


      def html_safe(fn):
          @wraps(fn)
          def inner(*a, **kw):
              body = fn(*a, **kw)
              resp = make_response(html.escape(body))
              resp.headers['Content-Type'] = 'text/html; charset=utf-8'
              return resp
          return inner


      @app.route('/greet/<name>')
      ${v ? "" : "@html_safe\n      "}def greet(name):
          return 'Welcome back, ' + name + '!'
    `,
  ),
  ...whole(
    "CWE-79",
    "@property setter that raises unless the display name matches a strict pattern, read back into HTML vs a setter that only strips",
    (v) => `
      import re
      from flask import Flask, request

      app = Flask(__name__)


      class Profile:
          def __init__(self):
              self._display = 'anonymous'

          @property
          def display(self):
              return self._display

          @display.setter
          def display(self, value):
              ${v ? "self._display = value.strip()" : "if not re.fullmatch(r'[A-Za-z0-9_ ]{1,40}', value):\n                  raise ValueError('invalid display name')\n              self._display = value"}


      @app.route('/preview', methods=['POST'])
      def preview():
          p = Profile()
          try:
              p.display = request.form['display']
          except ValueError:
              return 'invalid', 400
          return f'<div class="card"><h2>{p.display}</h2></div>'
    `,
  ),
  ...whole(
    "CWE-22",
    "@property setter rejects path separators and dot-dot before the file name is used vs a setter that lowercases only",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      STORE = '/var/lib/notes'


      class Note:
          @property
          def filename(self):
              return self._filename

          @filename.setter
          def filename(self, name):
              ${v ? "self._filename = name.lower()" : "if '/' in name or '\\\\' in name or '..' in name or not name:\n                  raise ValueError('bad name')\n              self._filename = name"}

          def path(self):
              return os.path.join(STORE, self.filename)


      @app.route('/notes')
      def get_note():
          note = Note()
          note.filename = request.args.get('name', '')
          return send_file(note.path())
    `,
  ),
  // --- assert as the only guard (removed under python -O) ---
  ...whole(
    "CWE-78",
    "assert host.isalnum() as the only guard before a shell ping vs an if-check that aborts",
    (v) => `
      import os
      from flask import Flask, request, abort

      app = Flask(__name__)


      @app.route('/ping')
      def ping():
          host = request.args.get('host', '')
          ${v ? "assert host.replace('.', '').isalnum(), 'bad host'" : "if not host.replace('.', '').isalnum():\n              abort(400)"}
          return str(os.system('ping -c 1 ' + host))
    `,
  ),
  ...whole(
    "CWE-22",
    "assert realpath(...).startswith(base) as the only containment check before open vs raising on failure",
    (v) => `
      import os
      from flask import Flask, request, abort

      app = Flask(__name__)
      BASE = '/srv/uploads'


      @app.route('/download')
      def download():
          path = os.path.realpath(os.path.join(BASE, request.args['file']))
          ${v ? "assert path.startswith(BASE + os.sep)" : "if not path.startswith(BASE + os.sep):\n              abort(403)"}
          with open(path, 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-89",
    "assert column in ALLOWED before an f-string ORDER BY vs a membership test that returns 400",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse, HttpResponseBadRequest

      ALLOWED = ('title', 'author', 'year')


      def books(request):
          column = request.GET.get('order', 'title')
          ${v ? "assert column in ALLOWED" : "if column not in ALLOWED:\n              return HttpResponseBadRequest('bad order')"}
          with connection.cursor() as cur:
              cur.execute(f'SELECT id, title FROM books ORDER BY {column}')
              return JsonResponse({'books': cur.fetchall()})
    `,
  ),
  // --- HTML responses of other frameworks ---
  ...whole(
    "CWE-79",
    "Chalice Response(body=...) with a text/html Content-Type and a query parameter vs html.escape()",
    (v) => `
      import html
      from chalice import Chalice, Response

      app = Chalice(app_name='greeter')


      @app.route('/hello')
      def hello():
          params = app.current_request.query_params or {}
          name = params.get('name', 'world')
          ${v ? "" : "name = html.escape(name)\n          "}return Response(
              body=f'<html><body><h1>Hello {name}</h1></body></html>',
              status_code=200,
              headers={'Content-Type': 'text/html'},
          )
    `,
  ),
  ...whole(
    "CWE-79",
    "DRF view with StaticHTMLRenderer returning a string built from query_params vs escaped",
    (v) => `
      from django.utils.html import escape
      from rest_framework.decorators import api_view, renderer_classes
      from rest_framework.renderers import StaticHTMLRenderer
      from rest_framework.response import Response


      @api_view(['GET'])
      @renderer_classes([StaticHTMLRenderer])
      def banner(request):
          title = request.query_params.get('title', '')
          data = '<html><body><h1>%s</h1></body></html>' % ${v ? "title" : "escape(title)"}
          return Response(data)
    `,
  ),
  ...whole(
    "CWE-79",
    "DRF APIView with TemplateHTMLRenderer passing mark_safe(request.data) into the context vs the raw value (autoescaped)",
    (v) => `
      from django.utils.safestring import mark_safe
      from rest_framework.renderers import TemplateHTMLRenderer
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class CommentPreview(APIView):
          renderer_classes = [TemplateHTMLRenderer]
          template_name = 'comments/preview.html'

          def post(self, request):
              text = request.data.get('text', '')
              return Response({'comment': ${v ? "mark_safe(text)" : "text"}})
    `,
  ),
  ...whole(
    "CWE-79",
    "Pyramid view setting request.response.text to HTML with a query parameter vs markupsafe.escape",
    (v) => `
      from markupsafe import escape
      from pyramid.view import view_config


      @view_config(route_name='search')
      def search(request):
          q = request.params.get('q', '')
          response = request.response
          response.content_type = 'text/html'
          response.text = '<p>Results for <b>%s</b></p>' % ${v ? "q" : "escape(q)"}
          return response
    `,
  ),
  ...whole(
    "CWE-79",
    "Pyramid Response(body=..., content_type='text/html') with a matchdict value vs html.escape",
    (v) => `
      import html
      from pyramid.response import Response


      def profile(request):
          user = request.matchdict['user']
          page = '<html><body><h1>%s</h1></body></html>' % ${v ? "user" : "html.escape(user)"}
          return Response(body=page.encode('utf-8'), content_type='text/html', charset='utf-8')
    `,
  ),
  ...whole(
    "CWE-79",
    "Falcon resource setting resp.text with content_type MEDIA_HTML from get_param vs html.escape",
    (v) => `
      import html
      import falcon


      class GreetingResource:
          def on_get(self, req, resp):
              name = req.get_param('name') or 'guest'
              resp.content_type = falcon.MEDIA_HTML
              resp.text = f'<h1>Hello, {${v ? "name" : "html.escape(name)"}}</h1>'


      app = falcon.App()
      app.add_route('/greet', GreetingResource())
    `,
  ),
  ...whole(
    "CWE-79",
    "Falcon resp.data bytes with a text/html content type from req.media vs escaped",
    (v) => `
      import html
      import falcon


      class EchoResource:
          def on_post(self, req, resp):
              message = req.get_media().get('message', '')
              body = '<pre>' + ${v ? "message" : "html.escape(message)"} + '</pre>'
              resp.content_type = 'text/html; charset=utf-8'
              resp.data = body.encode('utf-8')
    `,
  ),
  ...whole(
    "CWE-79",
    "Starlette HTMLResponse with a query parameter vs html.escape",
    (v) => `
      import html
      from starlette.applications import Starlette
      from starlette.responses import HTMLResponse
      from starlette.routing import Route


      async def search(request):
          term = request.query_params.get('term', '')
          return HTMLResponse(f'<p>No results for {${v ? "term" : "html.escape(term)"}}</p>')


      app = Starlette(routes=[Route('/search', search)])
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI route with response_class=HTMLResponse returning an f-string of a Query() value vs escaped",
    (v) => `
      from fastapi import FastAPI, Query
      from fastapi.responses import HTMLResponse
      from markupsafe import escape

      app = FastAPI()


      @app.get('/welcome', response_class=HTMLResponse)
      async def welcome(user: str = Query('guest')):
          return f'<html><body>Welcome {${v ? "user" : "escape(user)"}}</body></html>'
    `,
  ),
  // --- header injection: request data vs library-internal values ---
  ...whole(
    "CWE-113",
    "http.server handler echoing a query parameter into send_header vs a header from the file's size and mtime",
    (v) => `
      import os
      from http.server import BaseHTTPRequestHandler
      from urllib.parse import urlparse, parse_qs


      class Handler(BaseHTTPRequestHandler):
          def do_GET(self):
              qs = parse_qs(urlparse(self.path).query)
              st = os.stat('/srv/site/index.html')
              self.send_response(200)
              ${v ? "self.send_header('X-Lang', qs.get('lang', ['en'])[0])" : "self.send_header('Content-Length', str(st.st_size))\n              self.send_header('Last-Modified', self.date_time_string(st.st_mtime))"}
              self.end_headers()
              with open('/srv/site/index.html', 'rb') as fh:
                  self.wfile.write(fh.read())
    `,
  ),
  one(
    "CWE-113",
    false,
    "library response class sets Content-Length, ETag and Content-Type from its own body and a mimetypes guess",
    `
      import hashlib
      import mimetypes


      class FileResponse:
          def __init__(self, path, body, status=200):
              self.status = status
              self.body = body
              self.headers = {}
              ctype, _ = mimetypes.guess_type(path)
              self.headers['Content-Type'] = ctype or 'application/octet-stream'
              self.headers['Content-Length'] = str(len(body))
              self.headers['ETag'] = '"%s"' % hashlib.sha1(body).hexdigest()

          def to_wsgi(self, start_response):
              start_response('%d OK' % self.status, list(self.headers.items()))
              return [self.body]
    `,
  ),
  one(
    "CWE-113",
    false,
    "Flask middleware sets X-Request-ID from uuid4 and Server-Timing from the measured duration",
    `
      import time
      import uuid
      from flask import Flask, g

      app = Flask(__name__)


      @app.before_request
      def start_timer():
          g.started = time.perf_counter()
          g.request_id = uuid.uuid4().hex


      @app.after_request
      def add_headers(response):
          elapsed = (time.perf_counter() - g.started) * 1000
          response.headers['X-Request-ID'] = g.request_id
          response.headers['Server-Timing'] = 'app;dur=%.1f' % elapsed
          return response
    `,
  ),
  one(
    "CWE-113",
    false,
    "API client session sets User-Agent from the package version and Authorization from its configured token",
    `
      import platform
      import requests

      __version__ = '2.4.1'


      class Client:
          def __init__(self, token, base_url='https://api.example.com'):
              self.base_url = base_url
              self.session = requests.Session()
              self.session.headers['User-Agent'] = 'example-sdk/%s python/%s' % (__version__, platform.python_version())
              self.session.headers['Authorization'] = 'Bearer ' + token

          def get(self, path, **params):
              r = self.session.get(self.base_url + path, params=params, timeout=10)
              r.raise_for_status()
              return r.json()
    `,
  ),
  one(
    "CWE-113",
    false,
    "WSGI middleware copies the upstream response's own headers except hop-by-hop ones",
    `
      import requests

      HOP_BY_HOP = {'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade'}


      class Proxy:
          def __init__(self, upstream):
              self.upstream = upstream

          def __call__(self, environ, start_response):
              upstream = requests.get(self.upstream + '/status', timeout=5)
              headers = [(k, v) for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP]
              headers.append(('Content-Length', str(len(upstream.content))))
              start_response('%d %s' % (upstream.status_code, upstream.reason), headers)
              return [upstream.content]
    `,
  ),
  // --- log injection / cleartext logging: client libraries logging their own requests ---
  one(
    "CWE-117",
    false,
    "HTTP client logs its own method, URL and status code at debug level",
    `
      import logging
      import requests

      log = logging.getLogger(__name__)


      class ApiClient:
          def __init__(self, base_url, timeout=10):
              self.base_url = base_url.rstrip('/')
              self.timeout = timeout
              self.session = requests.Session()

          def request(self, method, path, **kwargs):
              url = '%s/%s' % (self.base_url, path.lstrip('/'))
              log.debug('-> %s %s', method, url)
              resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
              log.debug('<- %s %s %s (%.2fs)', method, url, resp.status_code, resp.elapsed.total_seconds())
              return resp
    `,
  ),
  one(
    "CWE-532",
    false,
    "HTTP client logs the outgoing request's URL and non-secret headers and the response Content-Type",
    `
      import logging
      import urllib.request

      logger = logging.getLogger('fetcher')


      def fetch(url, accept='application/json'):
          req = urllib.request.Request(url, headers={'Accept': accept, 'User-Agent': 'fetcher/1.0'})
          logger.info('GET %s headers=%s', req.full_url, {k: v for k, v in req.header_items()})
          with urllib.request.urlopen(req, timeout=15) as resp:
              logger.info('%s %s content-type=%s', resp.status, url, resp.headers.get('Content-Type'))
              return resp.read()
    `,
  ),
  one(
    "CWE-117",
    false,
    "retry helper logs the request URL, attempt number and exception of its own call",
    `
      import logging
      import time
      import httpx

      logger = logging.getLogger(__name__)


      def get_with_retry(client: httpx.Client, url: str, attempts: int = 3):
          for attempt in range(1, attempts + 1):
              try:
                  response = client.get(url)
                  response.raise_for_status()
                  return response
              except httpx.HTTPError as exc:
                  logger.warning('GET %s failed on attempt %d/%d: %s', url, attempt, attempts, exc)
                  time.sleep(2 ** attempt)
          raise RuntimeError('gave up on %s' % url)
    `,
  ),
  ...whole("CWE-117", "Flask view logs a raw query parameter vs a client logging its own URL", (v) =>
    v
      ? `
      import logging
      from flask import Flask, request

      app = Flask(__name__)
      log = logging.getLogger('search')


      @app.route('/search')
      def search():
          term = request.args.get('q', '')
          log.info('search for %s', term)
          return 'ok'
    `
      : `
      import logging
      import requests

      log = logging.getLogger('search')
      SEARCH_URL = 'https://search.internal/api/v2/query'


      def backend_search(payload):
          log.info('POST %s', SEARCH_URL)
          r = requests.post(SEARCH_URL, json=payload, timeout=5)
          log.info('search backend answered %d in %.0f ms', r.status_code, r.elapsed.total_seconds() * 1000)
          return r.json()
    `,
  ),
  ...whole(
    "CWE-532",
    "API client logs its API key at debug level vs logs only the key's last four characters",
    (v) => `
      import logging
      import requests

      log = logging.getLogger(__name__)


      class BillingClient:
          def __init__(self, api_key):
              self.api_key = api_key

          def charge(self, customer_id, cents):
              ${v ? "log.debug('charging %s with key %s', customer_id, self.api_key)" : "log.debug('charging %s with key ...%s', customer_id, self.api_key[-4:])"}
              return requests.post(
                  'https://billing.example.com/v1/charges',
                  json={'customer': customer_id, 'amount': cents},
                  headers={'Authorization': 'Bearer ' + self.api_key},
                  timeout=10,
              ).json()
    `,
  ),
  // --- SQLAlchemy order_by(text()/literal_column()) ---
  ...whole(
    "CWE-89",
    "SQLAlchemy query .order_by(text(sort)) with a request value vs a dict of columns",
    (v) => `
      from flask import Flask, request, jsonify
      from sqlalchemy import text
      from models import db, Article

      app = Flask(__name__)
      ORDERS = {'newest': Article.created_at.desc(), 'title': Article.title.asc()}


      @app.route('/articles')
      def articles():
          sort = request.args.get('sort', 'newest')
          ${v ? "rows = db.session.query(Article).order_by(text(sort)).limit(50).all()" : "rows = db.session.query(Article).order_by(ORDERS.get(sort, ORDERS['newest'])).limit(50).all()"}
          return jsonify([a.to_dict() for a in rows])
    `,
  ),
  ...whole(
    "CWE-89",
    "SQLAlchemy select().order_by(literal_column(col + ' ' + direction)) from query parameters vs an allow-list check",
    (v) => `
      from flask import Flask, request, jsonify, abort
      from sqlalchemy import select, literal_column
      from app.db import engine, users

      app = Flask(__name__)


      @app.route('/admin/users')
      def list_users():
          col = request.args.get('col', 'id')
          direction = request.args.get('dir', 'asc')
          ${v ? "" : "if col not in users.c or direction not in ('asc', 'desc'):\n              abort(400)\n          "}stmt = select(users).order_by(literal_column(col + ' ' + direction))
          with engine.connect() as conn:
              return jsonify([dict(r._mapping) for r in conn.execute(stmt)])
    `,
  ),
  // --- CBC without an integrity check ---
  ...whole(
    "CWE-353",
    "session blob encrypted with AES-CBC and no MAC vs encrypt-then-HMAC",
    (v) => `
      import hashlib
      import hmac
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad


      def seal(enc_key: bytes, mac_key: bytes, data: bytes) -> bytes:
          iv = os.urandom(16)
          ct = iv + AES.new(enc_key, AES.MODE_CBC, iv).encrypt(pad(data, 16))
          ${v ? "return ct" : "return ct + hmac.new(mac_key, ct, hashlib.sha256).digest()"}
    `,
  ),
  ...whole(
    "CWE-353",
    "cryptography Cipher(AES, modes.CBC) for stored tokens without a MAC vs AES-GCM",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM


      def encrypt_token(key: bytes, token: bytes) -> bytes:
          ${v ? "iv = os.urandom(16)\n          padder = padding.PKCS7(128).padder()\n          padded = padder.update(token) + padder.finalize()\n          enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()\n          return iv + enc.update(padded) + enc.finalize()" : "nonce = os.urandom(12)\n          return nonce + AESGCM(key).encrypt(nonce, token, None)"}
    `,
  ),
  // --- xmlrpc register_instance(allow_dotted_names=True) ---
  ...whole(
    "CWE-94",
    "SimpleXMLRPCServer on localhost registering an instance with allow_dotted_names=True vs the default",
    (v) => `
      from xmlrpc.server import SimpleXMLRPCServer
      import inventory


      class InventoryService:
          def __init__(self):
              self.store = inventory.Store('/var/lib/inventory.db')

          def count(self, sku):
              return self.store.count(sku)


      server = SimpleXMLRPCServer(('127.0.0.1', 8070), allow_none=True)
      server.register_instance(InventoryService()${v ? ", allow_dotted_names=True" : ""})
      server.serve_forever()
    `,
  ),
  ...whole(
    "CWE-94",
    "DocXMLRPCServer register_instance(obj, True) (dotted names positionally) vs register_function per method",
    (v) => `
      from xmlrpc.server import DocXMLRPCServer


      class Maths:
          def add(self, a, b):
              return a + b

          def mul(self, a, b):
              return a * b


      def main():
          server = DocXMLRPCServer(('localhost', 9000))
          maths = Maths()
          ${v ? "server.register_instance(maths, True)" : "server.register_function(maths.add, 'add')\n          server.register_function(maths.mul, 'mul')"}
          server.serve_forever()
    `,
  ),
];
