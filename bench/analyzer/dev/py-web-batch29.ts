// Dev suite "py-web", batch 29 (see py-web.ts): written blind (before reading the analyzer's rules, together with
// batch 28) and measured before any fix for it. Whole modules in aiohttp, Tornado, Bottle, Sanic, Pyramid, Quart,
// Starlette, Django class-based views, DRF and FastAPI. Stresses what decides a label besides the plain source:
// typed parameters (FastAPI int, DRF ChoiceField), guards on a value derived from the input (its host, its
// extension, basename equality), a sanitised copy made but the raw value used, state kept on a handler between
// prepare() and get(), template engines' raw/safe switches, and less common sinks (subprocess.getoutput,
// psycopg2.sql composition, tarfile members, numpy.load, passlib, Django password hashers). Never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch29: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH29: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "aiohttp: match_info domain into subprocess.getoutput, guard only on length vs re.fullmatch that returns 400",
    (v) => `
      import re
      import subprocess
      from aiohttp import web


      async def whois(request):
          domain = request.match_info['domain']
          if ${v ? "len(domain) > 253" : "not re.fullmatch(r'[a-z0-9.-]{1,253}', domain)"}:
              return web.Response(status=400, text='bad domain')
          return web.Response(text=subprocess.getoutput(f'whois {domain}'))


      app = web.Application()
      app.router.add_get('/whois/{domain}', whois)
    `,
  ),
  ...whole(
    "CWE-78",
    "Tornado: prepare() keeps the query target on the handler, get() runs it through os.popen - raw vs shlex.quote()d",
    (v) => `
      import os
      import shlex
      import tornado.web


      class DigHandler(tornado.web.RequestHandler):
          def prepare(self):
              target = self.get_query_argument('t', 'example.com')
              self.target = ${v ? "target.strip()" : "shlex.quote(target)"}

          def get(self):
              self.write(os.popen('dig +short ' + self.target).read())
    `,
  ),
  ...whole(
    "CWE-78",
    "Bottle: a shlex.quote()d copy is made but the raw name goes into os.system vs the quoted copy",
    (v) => `
      import os
      import shlex
      from bottle import Bottle, request

      app = Bottle()


      @app.post('/thumb')
      def thumb():
          name = request.forms.get('image', '')
          quoted = shlex.quote(name)
          os.system('convert /srv/img/' + ${v ? "name" : "quoted"} + ' -resize 64x64 /srv/thumbs/out.png')
          return {'queued': quoted}
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Pyramid: psycopg2 table name concatenated into sql.SQL vs composed with sql.Identifier",
    (v) => `
      import psycopg2
      from psycopg2 import sql
      from pyramid.view import view_config


      @view_config(route_name='count', renderer='json')
      def count(request):
          table = request.params.get('table', 'events')
          conn = psycopg2.connect('dbname=metrics')
          with conn.cursor() as cur:
              ${
                v
                  ? "cur.execute(sql.SQL('SELECT count(*) FROM ' + table))"
                  : "cur.execute(sql.SQL('SELECT count(*) FROM {}').format(sql.Identifier(table)))"
              }
              return {'count': cur.fetchone()[0]}
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI: path parameter annotated str vs int, put in an f-string query",
    (v) => `
      import sqlite3
      from fastapi import FastAPI

      app = FastAPI()


      @app.get('/items/{item_id}')
      def read_item(item_id: ${v ? "str" : "int"}):
          con = sqlite3.connect('inventory.db')
          row = con.execute(f'SELECT name, qty FROM items WHERE id = {item_id}').fetchone()
          return {'item': row}
    `,
  ),
  ...whole(
    "CWE-89",
    "DRF serializer: the sort column validated by a CharField vs a ChoiceField, then put in ORDER BY",
    (v) => `
      from django.db import connection
      from rest_framework import serializers
      from rest_framework.decorators import api_view
      from rest_framework.response import Response


      class ListParams(serializers.Serializer):
          ${
            v
              ? "sort = serializers.CharField(max_length=30, default='name')"
              : "sort = serializers.ChoiceField(choices=['name', 'price', 'created'], default='name')"
          }


      @api_view(['GET'])
      def products(request):
          params = ListParams(data=request.query_params)
          params.is_valid(raise_exception=True)
          sort = params.validated_data['sort']
          with connection.cursor() as cur:
              cur.execute('SELECT id, name FROM shop_product ORDER BY ' + sort)
              return Response(cur.fetchall())
    `,
  ),
  ...whole(
    "CWE-89",
    "Starlette + aiosqlite: early return when the id is empty vs when it is not all digits, then %-formatted",
    (v) => `
      import aiosqlite
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def invoice(request):
          inv = request.query_params.get('id', '')
          if ${v ? "not inv" : "not inv.isdigit()"}:
              return JSONResponse({'error': 'bad id'}, status_code=400)
          async with aiosqlite.connect('billing.db') as db:
              async with db.execute('SELECT total FROM invoices WHERE id = %s' % inv) as cur:
                  row = await cur.fetchone()
          return JSONResponse({'total': row[0] if row else None})


      app = Starlette(routes=[Route('/invoice', invoice)])
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Django View: uploaded tar extracted with extractall() vs extractall(filter='data')",
    (v) => `
      import tarfile
      from django.http import JsonResponse
      from django.views import View

      DEST = '/srv/themes'


      class ThemeUpload(View):
          def post(self, request):
              bundle = request.FILES['bundle']
              with tarfile.open(fileobj=bundle, mode='r:gz') as tar:
                  tar.extractall(DEST${v ? "" : ", filter='data'"})
              return JsonResponse({'ok': True})
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI UploadFile saved under its filename vs under Path(filename).name",
    (v) => `
      from pathlib import Path
      from fastapi import FastAPI, File, UploadFile

      app = FastAPI()
      UPLOADS = Path('/srv/uploads')


      @app.post('/avatar')
      async def avatar(file: UploadFile = File(...)):
          name = ${v ? "file.filename" : "Path(file.filename).name"}
          dest = UPLOADS / name
          dest.write_bytes(await file.read())
          return {'stored': str(dest)}
    `,
  ),
  ...whole(
    "CWE-22",
    "Quart: guard on the file extension only vs on basename(name) == name with dot-names refused",
    (v) => `
      import os
      from quart import Quart, abort, request, send_file

      app = Quart(__name__)
      IMAGES = '/srv/images'


      @app.route('/image')
      async def image():
          name = request.args.get('name', '')
          if ${
            v
              ? "os.path.splitext(name)[1].lower() not in ('.png', '.jpg')"
              : "os.path.basename(name) != name or name.startswith('.')"
          }:
              abort(400)
          return await send_file(os.path.join(IMAGES, name))
    `,
  ),
  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Quart: render_template_string with {{ q|safe }} vs {{ q }} (autoescaped)",
    (v) => `
      from quart import Quart, render_template_string, request

      app = Quart(__name__)


      @app.route('/search')
      async def search():
          q = request.args.get('q', '')
          return await render_template_string('<p>Results for {{ q${v ? "|safe" : ""} }}</p>', q=q)
    `,
  ),
  ...whole(
    "CWE-79",
    "Starlette: cookie value in an HTML attribute raw vs html.escape(quote=True)",
    (v) => `
      import html
      from starlette.applications import Starlette
      from starlette.responses import HTMLResponse
      from starlette.routing import Route


      async def banner(request):
          color = request.cookies.get('color', 'blue')
          shown = ${v ? "color" : "html.escape(color, quote=True)"}
          return HTMLResponse(f'<div class="banner" style="color: {shown}">Welcome</div>')


      app = Starlette(routes=[Route('/', banner)])
    `,
  ),
  ...whole(
    "CWE-79",
    "Tornado template: {% raw q %} vs {{ q }} (autoescaped)",
    (v) => `
      import tornado.template
      import tornado.web

      PAGE = tornado.template.Template('<h2>You searched for ${v ? "{% raw q %}" : "{{ q }}"}</h2>')


      class SearchHandler(tornado.web.RequestHandler):
          def get(self):
              q = self.get_argument('q', '')
              self.write(PAGE.generate(q=q))
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Pyramid HTTPFound: the target's scheme checked only vs https and its host in an allow-set",
    (v) => `
      from urllib.parse import urlsplit
      from pyramid.httpexceptions import HTTPFound
      from pyramid.view import view_config

      PARTNERS = {'partner.example.com', 'docs.example.com'}


      @view_config(route_name='leave')
      def leave(request):
          url = request.params.get('to', '/')
          parts = urlsplit(url)
          if ${v ? "parts.scheme not in ('http', 'https')" : "parts.scheme != 'https' or parts.hostname not in PARTNERS"}:
              url = '/'
          return HTTPFound(location=url)
    `,
  ),
  ...whole(
    "CWE-601",
    "aiohttp: HTTPFound back to the Referer header vs to the named index route",
    (v) => `
      from aiohttp import web


      async def index(request):
          return web.Response(text='home')


      async def logout(request):
          back = request.headers.get('Referer', '/')
          request.app['logouts'] = request.app.get('logouts', 0) + 1
          raise web.HTTPFound(${v ? "back" : "request.app.router['index'].url_for()"})


      app = web.Application()
      app.router.add_get('/', index, name='index')
      app.router.add_get('/logout', logout)
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "Tornado AsyncHTTPClient: avatar URL fetched when http(s) vs only when its hostname is allow-listed",
    (v) => `
      from urllib.parse import urlparse
      import tornado.web
      from tornado.httpclient import AsyncHTTPClient

      AVATAR_HOSTS = ('gravatar.com', 'avatars.githubusercontent.com')


      class AvatarHandler(tornado.web.RequestHandler):
          async def get(self):
              url = self.get_argument('src')
              if ${v ? "urlparse(url).scheme not in ('http', 'https')" : "urlparse(url).hostname not in AVATAR_HOSTS"}:
                  raise tornado.web.HTTPError(400)
              resp = await AsyncHTTPClient().fetch(url)
              self.set_header('Content-Type', 'image/png')
              self.write(resp.body)
    `,
  ),
  ...whole(
    "CWE-918",
    "Quart + httpx: service name spliced into the host vs looked up in a table of fixed URLs",
    (v) => `
      import httpx
      from quart import Quart, abort, request

      app = Quart(__name__)
      HEALTH = {'billing': 'http://billing.internal/health', 'search': 'http://search.internal/health'}


      @app.route('/health')
      async def health():
          svc = request.args.get('svc', 'billing')
          ${
            v
              ? "url = f'http://{svc}.internal/health'"
              : "url = HEALTH.get(svc)\n          if url is None:\n              abort(404)"
          }
          async with httpx.AsyncClient() as client:
              r = await client.get(url, timeout=3)
          return {'status': r.status_code}
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "Quart: request body through jsonpickle.decode vs json.loads",
    (v) => `
      import json
      import jsonpickle
      from quart import Quart, jsonify, request

      app = Quart(__name__)


      @app.route('/restore', methods=['POST'])
      async def restore():
          payload = await request.get_data(as_text=True)
          state = ${v ? "jsonpickle.decode(payload)" : "json.loads(payload)"}
          return jsonify(restored=bool(state))
    `,
  ),
  ...whole(
    "CWE-502",
    "Starlette: uploaded .npy read with numpy.load(allow_pickle=True) vs allow_pickle=False",
    (v) => `
      import io
      import numpy as np
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def stats(request):
          form = await request.form()
          upload = form['array']
          arr = np.load(io.BytesIO(await upload.read()), allow_pickle=${v ? "True" : "False"})
          return JSONResponse({'mean': float(arr.mean())})


      app = Starlette(routes=[Route('/stats', stats, methods=['POST'])])
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "FastAPI Body: compile()+exec of the posted code vs of a constant snippet with the text passed as data",
    (v) => `
      from fastapi import Body, FastAPI

      app = FastAPI()


      @app.post('/transform')
      def transform(code: str = Body(..., embed=True)):
          ns = {'value': code}
          exec(compile(${v ? "code, '<request>'" : "'result = value.strip().upper()', '<builtin>'"}, 'exec'), ns)
          return {'result': ns.get('result')}
    `,
  ),
  ...whole(
    "CWE-94",
    "Tornado: tornado.template.Template built from the query vs a constant template given the query as data",
    (v) => `
      import tornado.template
      import tornado.web


      class PreviewHandler(tornado.web.RequestHandler):
          def get(self):
              text = self.get_argument('text', '')
              ${
                v
                  ? "tmpl = tornado.template.Template('<p>' + text + '</p>')"
                  : "tmpl = tornado.template.Template('<p>{{ text }}</p>')"
              }
              self.write(tmpl.generate(text=text))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Tornado path group: python-ldap search base built from the OU raw vs ldap.dn.escape_dn_chars",
    (v) => `
      import ldap
      import ldap.dn
      import tornado.web


      class GroupHandler(tornado.web.RequestHandler):
          def get(self, ou):
              conn = ldap.initialize('ldap://ldap.example.com')
              base = 'ou=' + ${v ? "ou" : "ldap.dn.escape_dn_chars(ou)"} + ',dc=example,dc=com'
              res = conn.search_s(base, ldap.SCOPE_ONELEVEL, '(objectClass=groupOfNames)', ['cn'])
              self.write({'groups': [dn for dn, _ in res]})


      app = tornado.web.Application([(r'/groups/([^/]+)', GroupHandler)])
    `,
  ),
  ...whole(
    "CWE-90",
    "aiohttp + ldap3: an escaped copy is made but the raw name goes into the filter vs the escaped copy",
    (v) => `
      from aiohttp import web
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars


      async def lookup(request):
          name = request.query.get('cn', '')
          escaped = escape_filter_chars(name)
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', '(&(objectClass=person)(cn=' + ${v ? "name" : "escaped"} + '))', attributes=['mail'])
          return web.json_response([str(e.mail) for e in conn.entries])


      app = web.Application()
      app.router.add_get('/lookup', lookup)
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Quart: max price formatted into etree.XPath as given vs after float()",
    (v) => `
      from lxml import etree
      from quart import Quart, jsonify, request

      app = Quart(__name__)
      DOC = etree.parse('/srv/catalog.xml')


      @app.route('/cheap')
      async def cheap():
          limit = ${v ? "request.args.get('max', '10')" : "float(request.args.get('max', '10'))"}
          find = etree.XPath('//item[price < %s]/name/text()' % limit)
          return jsonify([str(n) for n in find(DOC)])
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Bottle: registration stores passlib md5_crypt vs bcrypt of the password",
    (v) => `
      from bottle import Bottle, request
      from passlib.hash import ${v ? "md5_crypt" : "bcrypt"} as hasher

      app = Bottle()
      USERS = {}


      @app.post('/register')
      def register():
          USERS[request.forms.get('user')] = hasher.hash(request.forms.get('password'))
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django View: make_password with hasher='unsalted_md5' vs the default hasher",
    (v) => `
      from django.contrib.auth.hashers import make_password
      from django.http import JsonResponse
      from django.views import View
      from accounts.models import Account


      class SetPassword(View):
          def post(self, request):
              acct = Account.objects.get(pk=request.user.pk)
              acct.password = make_password(request.POST['password']${v ? ", hasher='unsalted_md5'" : ""})
              acct.save()
              return JsonResponse({'ok': True})
    `,
  ),
  // --- CWE-327 broken cipher ---
  ...whole(
    "CWE-327",
    "Quart: cryptography AES in ECB mode vs AESGCM for the exported record",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM
      from quart import Quart, request

      app = Quart(__name__)
      KEY = bytes.fromhex(os.environ['EXPORT_KEY'])


      @app.route('/export', methods=['POST'])
      async def export():
          data = await request.get_data()
          ${
            v
              ? "padder = padding.PKCS7(128).padder()\n          enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()\n          blob = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()"
              : "nonce = os.urandom(12)\n          blob = nonce + AESGCM(KEY).encrypt(nonce, data, None)"
          }
          return blob.hex()
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Starlette: API key of 32 random.choice characters vs secrets.choice",
    (v) => `
      import random
      import secrets
      import string
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route

      ALPHABET = string.ascii_letters + string.digits


      async def new_key(request):
          key = ''.join(${v ? "random.choice" : "secrets.choice"}(ALPHABET) for _ in range(32))
          return JSONResponse({'api_key': key})


      app = Starlette(routes=[Route('/keys', new_key, methods=['POST'])])
    `,
  ),
  ...whole(
    "CWE-338",
    "Django View: invite token from random.random() vs uuid.uuid4()",
    (v) => `
      import random
      import uuid
      from django.http import JsonResponse
      from django.views import View
      from teams.models import Invite


      class InviteView(View):
          def post(self, request):
              token = ${v ? "'%016x' % int(random.random() * 16 ** 16)" : "uuid.uuid4().hex"}
              Invite.objects.create(email=request.POST['email'], token=token)
              return JsonResponse({'sent': True})
    `,
  ),
  // --- CWE-614 cookie without Secure ---
  ...whole(
    "CWE-614",
    "FastAPI: cookie options dict with secure computed from a constant ENV of 'dev' vs 'prod'",
    (v) => `
      import secrets
      from fastapi import FastAPI, Response

      app = FastAPI()
      ENV = '${v ? "dev" : "prod"}'
      COOKIE_OPTS = {'httponly': True, 'samesite': 'lax', 'secure': ENV == 'prod'}


      @app.post('/login')
      def login(response: Response):
          response.set_cookie('sid', secrets.token_urlsafe(32), **COOKIE_OPTS)
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-614",
    "aiohttp: set_cookie with httponly only vs httponly and secure=True",
    (v) => `
      import secrets
      from aiohttp import web


      async def login(request):
          resp = web.json_response({'ok': True})
          resp.set_cookie('session', secrets.token_hex(16), httponly=True${v ? "" : ", secure=True"}, max_age=3600)
          return resp


      app = web.Application()
      app.router.add_post('/login', login)
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "Pyramid: [json coupon, 'NONE'] - the session gets item [0] vs [-1]",
    (v) => `
      from pyramid.view import view_config


      @view_config(route_name='coupon', renderer='json', request_method='POST')
      def coupon(request):
          items = [request.json_body.get('coupon', ''), 'NONE']
          request.session['coupon'] = items[${v ? "0" : "-1"}]
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "Quart: ternary stores 'en' or the raw header vs 'en' or the constant 'de'",
    (v) => `
      from quart import Quart, request, session

      app = Quart(__name__)
      app.secret_key = 'dev-only'


      @app.route('/locale')
      async def locale():
          lang = request.headers.get('Accept-Language', 'en')
          session['lang'] = 'en' if lang.startswith('en') else ${v ? "lang" : "'de'"}
          return {'lang': session['lang']}
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "DRF: lxml XMLParser with load_dtd and resolve_entities vs resolve_entities=False, no_network=True",
    (v) => `
      from lxml import etree
      from rest_framework.decorators import api_view
      from rest_framework.response import Response


      @api_view(['POST'])
      def import_feed(request):
          parser = etree.XMLParser(${v ? "load_dtd=True, resolve_entities=True" : "resolve_entities=False, no_network=True"})
          root = etree.fromstring(request.body, parser)
          return Response({'title': root.findtext('title')})
    `,
  ),
  ...whole(
    "CWE-611",
    "Tornado: body parsed by lxml with resolve_entities=True vs by xml.etree.ElementTree (expat resolves no external entities)",
    (v) => `
      import tornado.web
      ${v ? "from lxml import etree" : "import xml.etree.ElementTree as etree"}


      class OrderHandler(tornado.web.RequestHandler):
          def post(self):
              ${
                v
                  ? "root = etree.fromstring(self.request.body, etree.XMLParser(resolve_entities=True))"
                  : "root = etree.fromstring(self.request.body)"
              }
              self.write({'sku': root.findtext('sku')})
    `,
  ),
];
