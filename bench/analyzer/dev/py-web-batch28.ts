// Dev suite "py-web", batch 28 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. Whole modules in the frameworks earlier batches used least - Tornado handlers, Bottle, Sanic,
// Pyramid, Quart, Starlette, Django class-based views, Django REST framework, FastAPI bodies and dependencies -
// reading headers, cookies, path parameters, JSON and Pydantic bodies, multipart files and repeated query/form
// values. The label is decided by value flow (early returns, allow-set comprehensions, class methods, tuple
// unpacking, match arms) or by a sanitiser (shlex.quote, int(), escapes, realpath + startswith, bound parameters,
// XPath variables). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";

/** Strips the first newline and the common indentation of a template literal. */
export const dedent = (s: string): string => {
  const lines = s
    .replace(/^\n/, "")
    .replace(/\n\s*$/, "")
    .split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join("\n") + "\n";
};

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch28: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH28: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Tornado: get_argument host in a shell string vs shlex.quote()d",
    (v) => `
      import shlex
      import subprocess
      import tornado.web


      class PingHandler(tornado.web.RequestHandler):
          def get(self):
              host = self.get_argument('host')
              out = subprocess.check_output('ping -c 1 ' + ${v ? "host" : "shlex.quote(host)"}, shell=True)
              self.write(out)


      app = tornado.web.Application([(r'/ping', PingHandler)])
    `,
  ),
  ...whole(
    "CWE-78",
    "Bottle: repeated query flags kept when they start with '-' vs only when in an allow-set, joined into os.system",
    (v) => `
      import os
      from bottle import Bottle, request

      app = Bottle()
      ALLOWED = {'-v', '-z', '-j'}


      @app.get('/pack')
      def pack():
          flags = request.query.getall('flag')
          chosen = [f for f in flags if ${v ? "f.startswith('-')" : "f in ALLOWED"}]
          os.system('tar ' + ' '.join(chosen) + ' -cf /tmp/out.tar /srv/data')
          return 'packed'
    `,
  ),
  ...whole(
    "CWE-78",
    "Sanic: JSON branch in asyncio.create_subprocess_shell vs create_subprocess_exec argument list",
    (v) => `
      import asyncio
      from sanic import Sanic
      from sanic.response import text

      app = Sanic('deploy')


      @app.post('/checkout')
      async def checkout(request):
          branch = request.json.get('branch', 'main')
          ${
            v
              ? "proc = await asyncio.create_subprocess_shell(f'git -C /srv/repo checkout {branch}', stdout=asyncio.subprocess.PIPE)"
              : "proc = await asyncio.create_subprocess_exec('git', '-C', '/srv/repo', 'checkout', branch, stdout=asyncio.subprocess.PIPE)"
          }
          out, _ = await proc.communicate()
          return text(out.decode())
    `,
  ),
  ...whole(
    "CWE-78",
    "Pyramid: matchdict service with an early return only when empty vs when not in the service tuple",
    (v) => `
      import os
      from pyramid.httpexceptions import HTTPBadRequest
      from pyramid.response import Response
      from pyramid.view import view_config

      SERVICES = ('nginx', 'redis', 'worker')


      @view_config(route_name='restart')
      def restart(request):
          svc = request.matchdict['svc']
          if ${v ? "not svc" : "svc not in SERVICES"}:
              return HTTPBadRequest()
          os.system('systemctl restart %s' % svc)
          return Response('restarted')
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "DRF APIView: query_params status in an f-string vs a %s parameter on connection.cursor()",
    (v) => `
      from django.db import connection
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class OrderList(APIView):
          def get(self, request):
              status = request.query_params.get('status', 'open')
              with connection.cursor() as cursor:
                  ${
                    v
                      ? "cursor.execute(f\"SELECT id, total FROM shop_order WHERE status = '{status}'\")"
                      : "cursor.execute('SELECT id, total FROM shop_order WHERE status = %s', [status])"
                  }
                  rows = cursor.fetchall()
              return Response(rows)
    `,
  ),
  ...whole(
    "CWE-89",
    "Quart: form getlist ids joined into IN (...) raw vs each passed through int()",
    (v) => `
      import sqlite3
      from quart import Quart, jsonify, request

      app = Quart(__name__)


      @app.route('/bulk-delete', methods=['POST'])
      async def bulk_delete():
          form = await request.form
          ids = form.getlist('id')
          id_list = ${v ? "','.join(ids)" : "','.join(str(int(i)) for i in ids)"}
          db = sqlite3.connect('app.db')
          db.execute('DELETE FROM items WHERE id IN (' + id_list + ')')
          db.commit()
          return jsonify(deleted=len(ids))
    `,
  ),
  ...whole(
    "CWE-89",
    "Django ListView.get_queryset: QuerySet.extra(where=) with the term concatenated vs passed in params",
    (v) => `
      from django.views.generic import ListView
      from catalog.models import Book


      class BookSearch(ListView):
          model = Book
          template_name = 'catalog/search.html'

          def get_queryset(self):
              q = self.request.GET.get('q', '')
              ${
                v
                  ? 'return Book.objects.extra(where=["title LIKE \'%%" + q + "%%\'"])'
                  : "return Book.objects.extra(where=['title LIKE %s'], params=['%' + q + '%'])"
              }
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI Pydantic body into peewee execute_sql: email %-formatted vs bound, the int limit formatted in both",
    (v) => `
      from fastapi import FastAPI
      from peewee import SqliteDatabase
      from pydantic import BaseModel

      db = SqliteDatabase('crm.db')
      app = FastAPI()


      class Lookup(BaseModel):
          email: str
          limit: int = 10


      @app.post('/contacts/lookup')
      def lookup(body: Lookup):
          ${
            v
              ? "cur = db.execute_sql(\"SELECT id, name FROM contact WHERE email = '%s' LIMIT %d\" % (body.email, body.limit))"
              : "cur = db.execute_sql('SELECT id, name FROM contact WHERE email = ? LIMIT %d' % body.limit, (body.email,))"
          }
          return {'rows': cur.fetchall()}
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Starlette {name:path} joined under the base for FileResponse vs os.path.basename() first",
    (v) => `
      import os
      from starlette.applications import Starlette
      from starlette.responses import FileResponse, PlainTextResponse
      from starlette.routing import Route

      BASE = '/srv/reports'


      async def report(request):
          name = ${v ? "request.path_params['name']" : "os.path.basename(request.path_params['name'])"}
          path = os.path.join(BASE, name)
          if not os.path.isfile(path):
              return PlainTextResponse('missing', status_code=404)
          return FileResponse(path)


      app = Starlette(routes=[Route('/reports/{name:path}', report)])
    `,
  ),
  ...whole(
    "CWE-22",
    "Sanic multipart upload saved under the client's file name vs its basename with dot-names refused",
    (v) => `
      import os
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('uploads')
      UPLOAD_DIR = '/srv/uploads'


      @app.post('/upload')
      async def upload(request):
          doc = request.files.get('doc')
          name = ${v ? "doc.name.strip()" : "os.path.basename(doc.name)"}
          if not name or ${v ? "len(name) > 200" : "name.startswith('.')"}:
              return json({'error': 'bad name'}, status=400)
          with open(os.path.join(UPLOAD_DIR, name), 'wb') as out:
              out.write(doc.body)
          return json({'saved': name})
    `,
  ),
  ...whole(
    "CWE-22",
    "Tornado: startswith(BASE) check on the joined path (.. passes) vs on its realpath",
    (v) => `
      import os
      import tornado.web

      BASE = '/var/log/app'


      class LogHandler(tornado.web.RequestHandler):
          def get(self):
              name = self.get_query_argument('log')
              path = ${v ? "os.path.join(BASE, name)" : "os.path.realpath(os.path.join(BASE, name))"}
              if not path.startswith(BASE + os.sep):
                  raise tornado.web.HTTPError(403)
              with open(path) as fh:
                  self.write(fh.read())
    `,
  ),
  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Tornado: get_argument written into HTML raw vs tornado.escape.xhtml_escape",
    (v) => `
      import tornado.escape
      import tornado.web


      class GreetHandler(tornado.web.RequestHandler):
          def get(self):
              who = self.get_argument('who', 'stranger')
              self.write('<p>Hello, ' + ${v ? "who" : "tornado.escape.xhtml_escape(who)"} + '</p>')
    `,
  ),
  ...whole(
    "CWE-79",
    "Django View: mark_safe around the raw bio vs around django.utils.html.escape(bio)",
    (v) => `
      from django.shortcuts import render
      from django.utils.html import escape
      from django.utils.safestring import mark_safe
      from django.views import View


      class ProfileView(View):
          def get(self, request):
              bio = request.GET.get('bio', '')
              html = mark_safe('<div class="bio">' + ${v ? "bio" : "escape(bio)"} + '</div>')
              return render(request, 'profile.html', {'bio_html': html})
    `,
  ),
  ...whole(
    "CWE-79",
    "Quart: form getlist tags in an f-string generator raw vs markupsafe.escape()d",
    (v) => `
      from markupsafe import escape
      from quart import Quart, request

      app = Quart(__name__)


      @app.route('/tags', methods=['POST'])
      async def tags():
          form = await request.form
          items = ''.join(f'<li>{${v ? "t" : "escape(t)"}}</li>' for t in form.getlist('tag'))
          return '<ul>' + items + '</ul>'
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI HTMLResponse from a Pydantic body: the text raw (author escaped in both) vs html.escape()d",
    (v) => `
      import html
      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse
      from pydantic import BaseModel

      app = FastAPI()


      class Comment(BaseModel):
          author: str
          text: str


      @app.post('/preview', response_class=HTMLResponse)
      def preview(c: Comment):
          body = ${v ? "c.text" : "html.escape(c.text)"}
          return f'<article><h3>{html.escape(c.author)}</h3><p>{body}</p></article>'
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Django View: return_to cookie reset only when it lacks a leading '/' (//host passes) vs unless in an allow-set",
    (v) => `
      from django.http import HttpResponseRedirect
      from django.views import View

      SAFE_PATHS = {'/', '/account/', '/orders/'}


      class AfterLogin(View):
          def get(self, request):
              target = request.COOKIES.get('return_to', '/')
              if ${v ? "not target.startswith('/')" : "target not in SAFE_PATHS"}:
                  target = '/'
              return HttpResponseRedirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "Sanic: response.redirect to the query url vs to app.url_for('index')",
    (v) => `
      from sanic import Sanic, response

      app = Sanic('shop')


      @app.get('/')
      async def index(request):
          return response.text('home')


      @app.get('/out')
      async def out(request):
          url = request.args.get('url', '/')
          app.ctx.last_out = len(url)
          return response.redirect(${v ? "url" : "app.url_for('index')"})
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "aiohttp: feed URL fetched when it has any host vs only when its host is in an allow-set",
    (v) => `
      from urllib.parse import urlsplit

      import aiohttp
      from aiohttp import web

      FEEDS = {'feeds.example.com', 'news.example.org'}


      async def proxy_feed(request):
          feed = request.query.get('feed', '')
          host = urlsplit(feed).hostname or ''
          if ${v ? "not host" : "host not in FEEDS"}:
              raise web.HTTPBadRequest()
          async with aiohttp.ClientSession() as session:
              async with session.get(feed) as resp:
                  return web.Response(text=await resp.text())


      app = web.Application()
      app.router.add_get('/feed', proxy_feed)
    `,
  ),
  ...whole(
    "CWE-918",
    "DRF api_view: requests.post to the posted callback vs to a fixed hook base with an int() id",
    (v) => `
      import requests
      from rest_framework.decorators import api_view
      from rest_framework.response import Response

      HOOK_BASE = 'https://hooks.internal.example.com'


      @api_view(['POST'])
      def notify(request):
          data = request.data
          url = ${v ? "data.get('callback')" : "f\"{HOOK_BASE}/hooks/{int(data.get('hook_id', 0))}\""}
          r = requests.post(url, json={'event': 'done'}, timeout=5)
          return Response({'status': r.status_code})
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "Tornado: base64 cart cookie through pickle.loads vs json.loads",
    (v) => `
      import base64
      import json
      import pickle
      import tornado.web


      class CartHandler(tornado.web.RequestHandler):
          def get(self):
              raw = self.get_cookie('cart', '')
              blob = base64.b64decode(raw) if raw else b''
              cart = ${v ? "pickle.loads(blob)" : "json.loads(blob)"} if blob else []
              self.write({'items': len(cart)})
    `,
  ),
  ...whole(
    "CWE-502",
    "Sanic: request body through yaml.load with yaml.Loader vs yaml.SafeLoader",
    (v) => `
      import yaml
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('cfg')


      @app.post('/config')
      async def upload_config(request):
          cfg = yaml.load(request.body, Loader=yaml.${v ? "Loader" : "SafeLoader"})
          return json({'keys': sorted(cfg)})
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "Pyramid: a class keeps the request formula; source() returns it (or a default) vs always the class default",
    (v) => `
      from pyramid.response import Response
      from pyramid.view import view_config


      class Formula:
          DEFAULT = '2 * 21'

          def __init__(self, text):
              self.text = text

          def source(self):
              return ${v ? "self.text or self.DEFAULT" : "self.DEFAULT"}


      @view_config(route_name='calc')
      def calc(request):
          f = Formula(request.params.get('f', ''))
          return Response(str(eval(f.source())))
    `,
  ),
  ...whole(
    "CWE-94",
    "aiohttp: jinja2.Template built from the query name vs a constant template rendered with name as data",
    (v) => `
      import jinja2
      from aiohttp import web


      async def hello(request):
          name = request.query.get('name', 'world')
          ${
            v
              ? "tmpl = jinja2.Template('<h1>Hello ' + name + '</h1>')"
              : "tmpl = jinja2.Environment(autoescape=True).from_string('<h1>Hello {{ name }}</h1>')"
          }
          return web.Response(text=tmpl.render(name=name), content_type='text/html')
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "DRF: ldap3 search filter %-formatted with the uid vs with escape_filter_chars(uid)",
    (v) => `
      from ldap3 import SUBTREE, Connection, Server
      from ldap3.utils.conv import escape_filter_chars
      from rest_framework.decorators import api_view
      from rest_framework.response import Response


      @api_view(['GET'])
      def member(request):
          uid = request.query_params.get('uid', '')
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=com', '(uid=%s)' % ${v ? "uid" : "escape_filter_chars(uid)"}, SUBTREE, attributes=['cn'])
          return Response([str(e.cn) for e in conn.entries])
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Sanic path parameter: concatenated into lxml xpath() vs bound as the $n variable",
    (v) => `
      from lxml import etree
      from sanic import Sanic
      from sanic.response import json

      app = Sanic('directory')
      TREE = etree.parse('/srv/users.xml')


      @app.get('/user/<name>')
      async def user(request, name):
          ${
            v
              ? 'nodes = TREE.xpath("//user[@name=\'" + name + "\']/email/text()")'
              : "nodes = TREE.xpath('//user[@name=$n]/email/text()', n=name)"
          }
          return json({'email': [str(n) for n in nodes]})
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "DRF serializer stores the password as salted sha1 vs pbkdf2_hmac sha256",
    (v) => `
      import hashlib
      import os
      from rest_framework import serializers


      class SignupSerializer(serializers.Serializer):
          username = serializers.CharField()
          password = serializers.CharField(write_only=True)

          def create(self, validated):
              salt = os.urandom(16)
              ${
                v
                  ? "digest = hashlib.sha1(salt + validated['password'].encode()).hexdigest()"
                  : "digest = hashlib.pbkdf2_hmac('sha256', validated['password'].encode(), salt, 310000).hex()"
              }
              return {'username': validated['username'], 'salt': salt.hex(), 'hash': digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "Starlette: md5 of the upload as its tamper-check digest vs md5(usedforsecurity=False) as a cache ETag",
    (v) => `
      import hashlib
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def upload(request):
          data = await request.body()
          ${
            v
              ? "return JSONResponse({'integrity': hashlib.md5(data).hexdigest()})"
              : "return JSONResponse({'size': len(data)}, headers={'ETag': hashlib.md5(data, usedforsecurity=False).hexdigest()})"
          }


      app = Starlette(routes=[Route('/upload', upload, methods=['POST'])])
    `,
  ),
  // --- CWE-327 broken cipher ---
  ...whole(
    "CWE-327",
    "Tornado: pycryptodome Blowfish-CBC seals the note vs ChaCha20_Poly1305",
    (v) => `
      import os
      import tornado.web
      from Crypto.Cipher import ${v ? "Blowfish" : "ChaCha20_Poly1305"}
      from Crypto.Util.Padding import pad

      KEY = os.environ['NOTE_KEY'].encode()[:32]


      def seal(data: bytes) -> bytes:
          ${
            v
              ? "cipher = Blowfish.new(KEY[:16], Blowfish.MODE_CBC)\n          return cipher.iv + cipher.encrypt(pad(data, Blowfish.block_size))"
              : "cipher = ChaCha20_Poly1305.new(key=KEY)\n          ct, tag = cipher.encrypt_and_digest(pad(data, 16))\n          return cipher.nonce + tag + ct"
          }


      class NoteHandler(tornado.web.RequestHandler):
          def post(self):
              self.write(seal(self.request.body).hex())
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Tornado: session id from random.getrandbits(128) vs secrets.token_hex(16)",
    (v) => `
      import random
      import secrets
      import tornado.web


      class StartHandler(tornado.web.RequestHandler):
          def post(self):
              sid = ${v ? "'%032x' % random.getrandbits(128)" : "secrets.token_hex(16)"}
              self.set_secure_cookie('sid', sid)
              self.write({'ok': True})
    `,
  ),
  ...whole(
    "CWE-338",
    "Bottle: password-reset code from numpy.random.randint vs secrets.randbelow",
    (v) => `
      import secrets
      import numpy as np
      from bottle import Bottle, request

      app = Bottle()
      CODES = {}


      @app.post('/reset')
      def reset():
          email = request.forms.get('email')
          code = ${v ? "int(np.random.randint(0, 10**6))" : "secrets.randbelow(10**6)"}
          CODES[email] = f'{code:06d}'
          return {'sent': True}
    `,
  ),
  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "Tornado: session cookie set with httponly only vs httponly and secure=True",
    (v) => `
      import secrets
      import tornado.web


      class LoginHandler(tornado.web.RequestHandler):
          def post(self):
              token = secrets.token_urlsafe(32)
              self.set_cookie('session', token, httponly=True${v ? "" : ", secure=True"})
              self.write({'ok': True})
    `,
  ),
  ...whole(
    "CWE-614",
    "Django View: set_signed_cookie for the cart with secure=False vs secure=True",
    (v) => `
      from django.http import JsonResponse
      from django.views import View


      class CartView(View):
          def post(self, request):
              resp = JsonResponse({'ok': True})
              resp.set_signed_cookie('cart', request.POST.get('items', ''), max_age=86400, httponly=True, secure=${v ? "False" : "True"})
              return resp
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Django View: tuple unpacking of (posted role, 'viewer') - the session gets the first vs the second",
    (v) => `
      from django.http import JsonResponse
      from django.views import View


      class PrefsView(View):
          def post(self, request):
              requested, fallback = request.POST.get('role', ''), 'viewer'
              request.session['role'] = ${v ? "requested" : "fallback"}
              return JsonResponse({'ok': True})
    `,
  ),
  ...whole(
    "CWE-501",
    "Starlette: match on the theme - the default arm stores the raw value vs a constant",
    (v) => `
      from starlette.applications import Starlette
      from starlette.middleware import Middleware
      from starlette.middleware.sessions import SessionMiddleware
      from starlette.responses import RedirectResponse
      from starlette.routing import Route


      async def set_theme(request):
          theme = request.query_params.get('theme', '')
          match theme:
              case 'dark' | 'light':
                  request.session['theme'] = theme
              case _:
                  request.session['theme'] = ${v ? "theme.lower()" : "'light'"}
          return RedirectResponse('/', status_code=303)


      app = Starlette(routes=[Route('/theme', set_theme)], middleware=[Middleware(SessionMiddleware, secret_key='x' * 32)])
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "Bottle: xml.sax parser with feature_external_ges set True vs False on the request body",
    (v) => `
      import xml.sax
      from xml.sax.handler import feature_external_ges
      from bottle import Bottle, request

      app = Bottle()


      class Counter(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.n = 0

          def startElement(self, name, attrs):
              self.n += 1


      @app.post('/count')
      def count():
          parser = xml.sax.make_parser()
          parser.setFeature(feature_external_ges, ${v ? "True" : "False"})
          handler = Counter()
          parser.setContentHandler(handler)
          parser.parse(request.body)
          return {'elements': handler.n}
    `,
  ),
];
