// Dev suite "py-web", batch 37 (see py-web.ts): written blind (without reading the rules), measured before any fix
// for it. Request sources of Python web frameworks other than Flask/Django: FastAPI parameters declared in the
// signature (Query(), Path(), Body(), Form(), pydantic models, UploadFile.filename, the Request object), Starlette
// (query_params, path_params, await request.form()), aiohttp (match_info, query, await request.post()), Tornado
// (get_argument, get_query_argument, request.body), Sanic (args, json), Quart, Falcon (get_param, media), Pyramid
// (params, matchdict), Bottle (query, forms), CherryPy exposed handler arguments, Django REST framework (request.data,
// query_params) and serverless handlers (AWS Lambda event, Azure Functions req.params, Google Cloud Functions
// request.args). Each reaches a common sink; the safe twin keeps the same source and states a real sanitiser or
// parameterisation. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch37: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH37: DevCase[] = [
  // --- FastAPI ---
  ...whole(
    "CWE-89",
    "FastAPI Query() parameter formatted into SQL vs bound as a parameter",
    (v) => `
      import sqlite3
      from fastapi import FastAPI, Query

      app = FastAPI()


      @app.get('/users')
      def search_users(name: str = Query(..., max_length=64)):
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          ${
            v
              ? "cur.execute(f\"SELECT id, email FROM users WHERE name = '{name}'\")"
              : "cur.execute('SELECT id, email FROM users WHERE name = ?', (name,))"
          }
          rows = cur.fetchall()
          conn.close()
          return [{'id': r[0], 'email': r[1]} for r in rows]
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI path parameter joined to the reports folder vs resolved and checked to stay inside it",
    (v) => `
      import os
      from fastapi import FastAPI, HTTPException
      from fastapi.responses import PlainTextResponse

      app = FastAPI()
      REPORTS = '/srv/reports'


      @app.get('/reports/{report_name:path}', response_class=PlainTextResponse)
      async def read_report(report_name: str):
          path = os.path.join(REPORTS, report_name)
          ${
            v
              ? "if not os.path.exists(path):\n              raise HTTPException(status_code=404)"
              : "path = os.path.realpath(path)\n          if not path.startswith(REPORTS + os.sep):\n              raise HTTPException(status_code=400)"
          }
          with open(path) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI pydantic body model's field in a shell command vs shlex.quote()",
    (v) => `
      import shlex
      import subprocess
      from fastapi import FastAPI
      from pydantic import BaseModel

      app = FastAPI()


      class PingRequest(BaseModel):
          host: str
          count: int = 1


      @app.post('/ping')
      def ping(req: PingRequest):
          host = ${v ? "req.host" : "shlex.quote(req.host)"}
          out = subprocess.run(f'ping -c {req.count} {host}', shell=True, capture_output=True, text=True)
          return {'output': out.stdout}
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI Request.query_params 'next' redirected to vs only when it is in the allowed set",
    (v) => `
      from fastapi import FastAPI, Request
      from fastapi.responses import RedirectResponse

      app = FastAPI()
      ALLOWED_NEXT = {'/', '/dashboard', '/settings'}


      @app.get('/login/done')
      async def login_done(request: Request):
          target = request.query_params.get('next', '/')
          ${v ? "" : "if target not in ALLOWED_NEXT:\n              target = '/'"}
          return RedirectResponse(url=target, status_code=303)
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI Form() field in an HTMLResponse vs html.escape()",
    (v) => `
      import html
      from fastapi import FastAPI, Form
      from fastapi.responses import HTMLResponse

      app = FastAPI()


      @app.post('/comment', response_class=HTMLResponse)
      async def comment(author: str = Form(...), body: str = Form(...)):
          ${v ? "" : "author = html.escape(author)\n          body = html.escape(body)"}
          page = f'<html><body><h2>{author}</h2><p>{body}</p></body></html>'
          return HTMLResponse(content=page)
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI UploadFile.filename used as the saved file's name vs os.path.basename() of it",
    (v) => `
      import os
      from fastapi import FastAPI, File, UploadFile

      app = FastAPI()
      UPLOAD_DIR = '/var/app/uploads'


      @app.post('/upload')
      async def upload(file: UploadFile = File(...)):
          name = ${v ? "file.filename" : "os.path.basename(file.filename or 'upload.bin')"}
          dest = os.path.join(UPLOAD_DIR, name)
          with open(dest, 'wb') as out:
              out.write(await file.read())
          return {'saved': name}
    `,
  ),
  ...whole(
    "CWE-502",
    "FastAPI Body() string base64-decoded and unpickled vs parsed as JSON",
    (v) => `
      import base64
      import json
      import pickle
      from fastapi import Body, FastAPI

      app = FastAPI()


      @app.post('/session/restore')
      def restore(blob: str = Body(..., embed=True)):
          raw = base64.b64decode(blob)
          state = ${v ? "pickle.loads(raw)" : "json.loads(raw.decode('utf-8'))"}
          return {'keys': sorted(state)}
    `,
  ),
  // --- Starlette ---
  ...whole(
    "CWE-918",
    "Starlette request.query_params URL fetched vs only when its host is allow-listed",
    (v) => `
      from urllib.parse import urlparse

      import httpx
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse, PlainTextResponse
      from starlette.routing import Route

      ALLOWED_HOSTS = {'api.partner.example', 'cdn.partner.example'}


      async def preview(request):
          url = request.query_params.get('url', '')
          ${
            v
              ? ""
              : "if urlparse(url).hostname not in ALLOWED_HOSTS:\n              return PlainTextResponse('forbidden', status_code=403)"
          }
          async with httpx.AsyncClient() as client:
              resp = await client.get(url, timeout=5)
          return JSONResponse({'status': resp.status_code, 'length': len(resp.content)})


      app = Starlette(routes=[Route('/preview', preview)])
    `,
  ),
  ...whole(
    "CWE-89",
    "Starlette request.path_params id concatenated into SQL vs a bound parameter",
    (v) => `
      import sqlite3
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def order(request):
          order_id = request.path_params['order_id']
          db = sqlite3.connect('shop.db')
          ${
            v
              ? "row = db.execute('SELECT status, total FROM orders WHERE id = ' + order_id).fetchone()"
              : "row = db.execute('SELECT status, total FROM orders WHERE id = ?', (order_id,)).fetchone()"
          }
          db.close()
          return JSONResponse({'status': row[0], 'total': row[1]} if row else {})


      app = Starlette(routes=[Route('/orders/{order_id}', order)])
    `,
  ),
  ...whole(
    "CWE-95",
    "Starlette await request.form() expression given to eval() vs ast.literal_eval()",
    (v) => `
      import ast
      from starlette.applications import Starlette
      from starlette.responses import PlainTextResponse
      from starlette.routing import Route


      async def calc(request):
          form = await request.form()
          expr = form.get('expr', '0')
          result = ${v ? "eval(expr)" : "ast.literal_eval(expr)"}
          return PlainTextResponse(str(result))


      app = Starlette(routes=[Route('/calc', calc, methods=['POST'])])
    `,
  ),
  ...whole(
    "CWE-502",
    "Starlette await request.json() document loaded with yaml.Loader vs yaml.safe_load",
    (v) => `
      import yaml
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def import_config(request):
          payload = await request.json()
          text = payload.get('config', '')
          config = ${v ? "yaml.load(text, Loader=yaml.Loader)" : "yaml.safe_load(text)"}
          return JSONResponse({'sections': list(config or {})})


      app = Starlette(routes=[Route('/config/import', import_config, methods=['POST'])])
    `,
  ),
  // --- aiohttp ---
  ...whole(
    "CWE-22",
    "aiohttp request.match_info file name served from the static folder vs basename() of it",
    (v) => `
      import os
      from aiohttp import web

      STATIC = '/srv/static'


      async def download(request):
          name = request.match_info['name']
          ${v ? "" : "name = os.path.basename(name)"}
          path = os.path.join(STATIC, name)
          return web.FileResponse(path)


      app = web.Application()
      app.router.add_get('/files/{name:.+}', download)
    `,
  ),
  ...whole(
    "CWE-78",
    "aiohttp request.query host in asyncio.create_subprocess_shell vs create_subprocess_exec with an argv list",
    (v) => `
      import asyncio
      from aiohttp import web


      async def traceroute(request):
          host = request.query.get('host', 'localhost')
          ${
            v
              ? "proc = await asyncio.create_subprocess_shell('traceroute -m 10 ' + host, stdout=asyncio.subprocess.PIPE)"
              : "proc = await asyncio.create_subprocess_exec('traceroute', '-m', '10', '--', host, stdout=asyncio.subprocess.PIPE)"
          }
          out, _ = await proc.communicate()
          return web.Response(text=out.decode())


      app = web.Application()
      app.add_routes([web.get('/traceroute', traceroute)])
    `,
  ),
  ...whole(
    "CWE-79",
    "aiohttp await request.post() field in a text/html Response vs html.escape()",
    (v) => `
      import html
      from aiohttp import web


      async def greet(request):
          data = await request.post()
          name = data.get('name', 'guest')
          shown = ${v ? "name" : "html.escape(name)"}
          body = '<html><body><h1>Hello, ' + shown + '</h1></body></html>'
          return web.Response(text=body, content_type='text/html')


      app = web.Application()
      app.router.add_post('/greet', greet)
    `,
  ),
  // --- Tornado ---
  ...whole(
    "CWE-79",
    "Tornado self.get_argument() written into HTML vs tornado.escape.xhtml_escape()",
    (v) => `
      import tornado.escape
      import tornado.web


      class SearchHandler(tornado.web.RequestHandler):
          def get(self):
              q = self.get_argument('q', '')
              ${v ? "" : "q = tornado.escape.xhtml_escape(q)"}
              self.set_header('Content-Type', 'text/html; charset=UTF-8')
              self.write('<p>No results for <b>%s</b></p>' % q)


      def make_app():
          return tornado.web.Application([(r'/search', SearchHandler)])
    `,
  ),
  ...whole(
    "CWE-89",
    "Tornado self.get_query_argument() %-formatted into SQL vs passed as a query parameter",
    (v) => `
      import sqlite3
      import tornado.web


      class ProductHandler(tornado.web.RequestHandler):
          def initialize(self, db_path):
              self.db = sqlite3.connect(db_path)

          def get(self):
              category = self.get_query_argument('category')
              cur = self.db.cursor()
              ${
                v
                  ? "cur.execute(\"SELECT name, price FROM products WHERE category = '%s'\" % category)"
                  : "cur.execute('SELECT name, price FROM products WHERE category = ?', (category,))"
              }
              self.write({'items': [list(r) for r in cur.fetchall()]})


      def make_app():
          return tornado.web.Application([(r'/products', ProductHandler, dict(db_path='shop.db'))])
    `,
  ),
  ...whole(
    "CWE-502",
    "Tornado self.request.body unpickled vs json.loads()",
    (v) => `
      import json
      import pickle
      import tornado.web


      class ImportHandler(tornado.web.RequestHandler):
          def post(self):
              job = ${v ? "pickle.loads(self.request.body)" : "json.loads(self.request.body)"}
              self.write({'queued': job.get('name', '')})


      def make_app():
          return tornado.web.Application([(r'/jobs/import', ImportHandler)])
    `,
  ),
  // --- Sanic ---
  ...whole(
    "CWE-601",
    "Sanic request.args 'return_to' redirected to vs only a relative path without a netloc",
    (v) => `
      from urllib.parse import urlparse

      from sanic import Sanic
      from sanic.response import redirect

      app = Sanic('shop')


      @app.get('/logout')
      async def logout(request):
          dest = request.args.get('return_to', '/')
          ${
            v
              ? ""
              : "parts = urlparse(dest)\n          if parts.scheme or parts.netloc or not dest.startswith('/') or dest.startswith('//') or '\\\\' in dest:\n              dest = '/'"
          }
          return redirect(dest)
    `,
  ),
  ...whole(
    "CWE-78",
    "Sanic request.json branch name in os.system vs subprocess.run with an argv list",
    (v) => `
      import os
      import subprocess

      from sanic import Sanic
      from sanic.response import json as json_response

      app = Sanic('deployer')


      @app.post('/deploy')
      async def deploy(request):
          branch = request.json.get('branch', 'main')
          ${
            v
              ? "code = os.system('cd /srv/app && git checkout ' + branch)"
              : "code = subprocess.run(['git', '-C', '/srv/app', 'checkout', '--', branch]).returncode"
          }
          return json_response({'exit': code})
    `,
  ),
  // --- Quart ---
  ...whole(
    "CWE-94",
    "Quart form field concatenated into render_template_string() vs passed as a template variable",
    (v) => `
      from quart import Quart, render_template_string, request

      app = Quart(__name__)


      @app.route('/preview', methods=['POST'])
      async def preview():
          form = await request.form
          title = form.get('title', '')
          ${
            v
              ? "return await render_template_string('<h1>' + title + '</h1>')"
              : "return await render_template_string('<h1>{{ title }}</h1>', title=title)"
          }
    `,
  ),
  // --- Falcon ---
  ...whole(
    "CWE-22",
    "Falcon req.get_param() log name opened under the log folder vs checked against the known logs",
    (v) => `
      import os
      import falcon

      LOG_DIR = '/var/log/app'
      KNOWN_LOGS = {'access.log', 'error.log', 'worker.log'}


      class LogResource:
          def on_get(self, req, resp):
              name = req.get_param('file', required=True)
              ${v ? "" : "if name not in KNOWN_LOGS:\n                  raise falcon.HTTPNotFound()"}
              with open(os.path.join(LOG_DIR, name)) as fh:
                  resp.text = fh.read()
              resp.content_type = falcon.MEDIA_TEXT


      app = falcon.App()
      app.add_route('/logs', LogResource())
    `,
  ),
  ...whole(
    "CWE-89",
    "Falcon req.media field formatted into SQL vs a parameterised query",
    (v) => `
      import falcon
      import psycopg2

      conn = psycopg2.connect('dbname=crm')


      class ContactResource:
          def on_post(self, req, resp):
              data = req.media
              email = data.get('email', '')
              with conn.cursor() as cur:
                  ${
                    v
                      ? "cur.execute(\"SELECT id FROM contacts WHERE email = '{}'\".format(email))"
                      : "cur.execute('SELECT id FROM contacts WHERE email = %s', (email,))"
                  }
                  row = cur.fetchone()
              resp.media = {'id': row[0] if row else None}


      app = falcon.App()
      app.add_route('/contacts/lookup', ContactResource())
    `,
  ),
  // --- Pyramid ---
  ...whole(
    "CWE-78",
    "Pyramid request.params archive name in a shell command vs shlex.quote()",
    (v) => `
      import shlex
      import subprocess

      from pyramid.view import view_config


      @view_config(route_name='backup', renderer='json')
      def backup(request):
          name = request.params.get('name', 'backup')
          arg = ${v ? "name" : "shlex.quote(name)"}
          subprocess.check_call('tar czf /backups/' + arg + '.tgz /srv/data', shell=True)
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-79",
    "Pyramid request.matchdict slug in an HTML Response vs markupsafe.escape()",
    (v) => `
      from markupsafe import escape
      from pyramid.response import Response
      from pyramid.view import view_config


      @view_config(route_name='tag')
      def tag_page(request):
          slug = request.matchdict['slug']
          ${v ? "" : "slug = escape(slug)"}
          return Response('<html><body><h1>Posts tagged %s</h1></body></html>' % slug, content_type='text/html')
    `,
  ),
  // --- Bottle ---
  ...whole(
    "CWE-918",
    "Bottle request.query URL opened with urlopen vs only an https URL on the allowed host",
    (v) => `
      from urllib.parse import urlparse
      from urllib.request import urlopen

      from bottle import abort, request, route


      @route('/fetch')
      def fetch():
          url = request.query.get('url', '')
          ${
            v
              ? ""
              : "parts = urlparse(url)\n          if parts.scheme != 'https' or parts.hostname != 'images.example.com':\n              abort(400, 'bad url')"
          }
          with urlopen(url, timeout=5) as resp:
              return resp.read()
    `,
  ),
  ...whole(
    "CWE-89",
    "Bottle request.forms username concatenated into SQL vs a bound parameter",
    (v) => `
      import sqlite3

      from bottle import post, request


      @post('/login')
      def login():
          user = request.forms.get('username')
          db = sqlite3.connect('users.db')
          ${
            v
              ? 'row = db.execute("SELECT pw_hash FROM users WHERE name = \'" + user + "\'").fetchone()'
              : "row = db.execute('SELECT pw_hash FROM users WHERE name = ?', (user,)).fetchone()"
          }
          return 'found' if row else 'unknown'
    `,
  ),
  // --- CherryPy ---
  ...whole(
    "CWE-78",
    "CherryPy exposed handler keyword argument in subprocess with shell=True vs an argv list",
    (v) => `
      import subprocess

      import cherrypy


      class Tools:
          @cherrypy.expose
          def whois(self, domain=''):
              ${
                v
                  ? "return subprocess.check_output('whois ' + domain, shell=True)"
                  : "return subprocess.check_output(['whois', '--', domain])"
              }


      if __name__ == '__main__':
          cherrypy.quickstart(Tools())
    `,
  ),
  // --- Django REST framework ---
  ...whole(
    "CWE-89",
    "DRF request.data field in Model.objects.raw() via f-string vs raw() with params",
    (v) => `
      from rest_framework.decorators import api_view
      from rest_framework.response import Response

      from .models import Invoice


      @api_view(['POST'])
      def invoices_by_customer(request):
          customer = request.data.get('customer', '')
          ${
            v
              ? "qs = Invoice.objects.raw(f\"SELECT * FROM billing_invoice WHERE customer = '{customer}'\")"
              : "qs = Invoice.objects.raw('SELECT * FROM billing_invoice WHERE customer = %s', [customer])"
          }
          return Response([inv.number for inv in qs])
    `,
  ),
  ...whole(
    "CWE-22",
    "DRF APIView request.query_params path read under MEDIA_ROOT vs realpath containment check",
    (v) => `
      import os

      from django.conf import settings
      from rest_framework.exceptions import ValidationError
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class ExportView(APIView):
          def get(self, request):
              rel = request.query_params.get('path', '')
              full = os.path.join(settings.MEDIA_ROOT, rel)
              ${
                v
                  ? ""
                  : "root = os.path.realpath(settings.MEDIA_ROOT)\n              full = os.path.realpath(full)\n              if os.path.commonpath([root, full]) != root:\n                  raise ValidationError('bad path')"
              }
              with open(full, encoding='utf-8') as fh:
                  return Response({'content': fh.read()})
    `,
  ),
  // --- Serverless ---
  ...whole(
    "CWE-78",
    "AWS Lambda event queryStringParameters in subprocess shell=True vs shlex.quote()",
    (v) => `
      import shlex
      import subprocess


      def lambda_handler(event, context):
          params = event.get('queryStringParameters') or {}
          host = params.get('host', 'example.com')
          ${v ? "" : "host = shlex.quote(host)"}
          out = subprocess.check_output('nslookup ' + host, shell=True, text=True)
          return {'statusCode': 200, 'body': out}
    `,
  ),
  ...whole(
    "CWE-89",
    "AWS Lambda event body JSON field formatted into SQL vs a bound parameter",
    (v) => `
      import json

      import pymysql

      conn = pymysql.connect(host='db', user='app', password='', database='app')


      def handler(event, context):
          body = json.loads(event['body'])
          sku = body['sku']
          with conn.cursor() as cur:
              ${
                v
                  ? "cur.execute(\"SELECT qty FROM stock WHERE sku = '%s'\" % sku)"
                  : "cur.execute('SELECT qty FROM stock WHERE sku = %s', (sku,))"
              }
              row = cur.fetchone()
          return {'statusCode': 200, 'body': json.dumps({'qty': row[0] if row else 0})}
    `,
  ),
  ...whole(
    "CWE-79",
    "Azure Functions req.params.get() in a text/html HttpResponse vs html.escape()",
    (v) => `
      import html

      import azure.functions as func


      def main(req: func.HttpRequest) -> func.HttpResponse:
          name = req.params.get('name') or 'world'
          ${v ? "" : "name = html.escape(name)"}
          return func.HttpResponse(f'<html><body>Hello {name}</body></html>', mimetype='text/html', status_code=200)
    `,
  ),
  ...whole(
    "CWE-918",
    "Google Cloud Function request.args webhook URL posted to vs only allow-listed hosts",
    (v) => `
      from urllib.parse import urlparse

      import functions_framework
      import requests

      ALLOWED = {'hooks.slack.com', 'hooks.example.com'}


      @functions_framework.http
      def notify(request):
          hook = request.args.get('hook', '')
          ${v ? "" : "if urlparse(hook).hostname not in ALLOWED:\n              return ('forbidden', 403)"}
          r = requests.post(hook, json={'text': 'build finished'}, timeout=5)
          return (str(r.status_code), 200)
    `,
  ),
];
