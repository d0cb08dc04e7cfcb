// Dev suite "py-web", batch 31 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. Value flow through idioms earlier batches did not use: Django View / DRF APIView / Flask MethodView
// methods, dataclasses, NamedTuples, SimpleNamespace and Pydantic models holding request data, dict dispatch tables
// whose .get() default is the request value, decorators that transform keyword arguments, custom context managers,
// the walrus operator with isdigit guards, nested f-strings and str.format(**d), functools.reduce / map / filter with
// lambdas, getattr reads at a constant attribute, async views (await request.json(), request.state set by
// middleware, asyncio subprocesses, httpx), generators with yield from, Enum allow-lists, isinstance guards, values
// kept in g / session and read by a later view, json round trips, realpath + startswith in the right and the wrong
// order, and branches on constant configuration. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch31: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH31: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Django View.post: a dataclass carries the POSTed host into a shell string vs an argument list",
    (v) => `
      import subprocess
      from dataclasses import dataclass
      from django.http import HttpResponse
      from django.views import View


      @dataclass
      class Target:
          host: str
          count: int = 1


      class PingView(View):
          def post(self, request):
              target = Target(host=request.POST.get('host', 'localhost'))
              ${
                v
                  ? "out = subprocess.run(f'ping -c {target.count} {target.host}', shell=True, capture_output=True, text=True)"
                  : "out = subprocess.run(['ping', '-c', str(target.count), '--', target.host], capture_output=True, text=True)"
              }
              return HttpResponse(out.stdout, content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-78",
    "dict dispatch table of fixed commands: .get() falls back to the request name vs indexing after a membership check",
    (v) => `
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)

      COMMANDS = {
          'disk': 'df -h',
          'memory': 'free -m',
          'load': 'uptime',
      }


      @app.route('/stats')
      def stats():
          name = request.args.get('what', 'load')
          ${
            v
              ? "cmd = COMMANDS.get(name, name)"
              : "if name not in COMMANDS:\n              abort(404)\n          cmd = COMMANDS[name]"
          }
          return os.popen(cmd).read()
    `,
  ),
  ...whole(
    "CWE-78",
    "walrus in the if: the value only tested for presence vs tested with isdigit() before the shell",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/tail')
      def tail():
          if (lines := request.args.get('n')) ${v ? "is not None" : "and lines.isdigit()"}:
              os.system('tail -n ' + lines + ' /var/log/app.log > /tmp/tail.txt')
              return open('/tmp/tail.txt').read()
          return 'n required', 400
    `,
  ),
  ...whole(
    "CWE-78",
    "filter() with a lambda: keeps any non-empty service name vs only isalnum() names, joined into a shell",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/services')
      def services():
          names = list(filter(lambda n: ${v ? "n.strip()" : "n.isalnum()"}, request.args.getlist('svc')))
          if not names:
              return 'nothing to check'
          return subprocess.getoutput('systemctl is-active ' + ' '.join(names))
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI async: JSON ref into asyncio.create_subprocess_shell vs create_subprocess_exec",
    (v) => `
      import asyncio
      from fastapi import FastAPI, Request

      app = FastAPI()


      @app.post('/log')
      async def git_log(request: Request):
          body = await request.json()
          ref = body.get('ref', 'HEAD')
          ${
            v
              ? "proc = await asyncio.create_subprocess_shell('git log --oneline -n 20 ' + ref, stdout=asyncio.subprocess.PIPE)"
              : "proc = await asyncio.create_subprocess_exec('git', 'log', '--oneline', '-n', '20', '--end-of-options', ref, stdout=asyncio.subprocess.PIPE)"
          }
          out, _ = await proc.communicate()
          return {'log': out.decode()}
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask MethodView with a decorator that injects the query value as a keyword: stripped only vs shlex.quote()d",
    (v) => `
      import functools
      import shlex
      import subprocess
      from flask import Flask, request
      from flask.views import MethodView

      app = Flask(__name__)


      def query_arg(name):
          def wrap(fn):
              @functools.wraps(fn)
              def inner(*args, **kwargs):
                  kwargs[name] = ${v ? "request.args.get(name, '').strip()" : "shlex.quote(request.args.get(name, ''))"}
                  return fn(*args, **kwargs)
              return inner
          return wrap


      class WordCount(MethodView):
          decorators = [query_arg('path')]

          def get(self, path):
              return subprocess.check_output('wc -l ' + path, shell=True, text=True)


      app.add_url_rule('/wc', view_func=WordCount.as_view('wc'))
    `,
  ),
  ...whole(
    "CWE-78",
    "constant configuration flag picks the shell string or the argument list: the flag is True vs False",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      LEGACY_SHELL = ${v ? "True" : "False"}


      @app.route('/thumb', methods=['POST'])
      def thumb():
          name = request.form['image']
          if LEGACY_SHELL:
              subprocess.run('convert ' + name + ' -resize 128x128 /tmp/thumb.png', shell=True)
          else:
              subprocess.run(['convert', name, '-resize', '128x128', '/tmp/thumb.png'])
          return 'ok'
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "dataclass built with **request JSON: the str field formatted into SQL vs only the int()-converted limit",
    (v) => `
      import sqlite3
      from dataclasses import dataclass
      from flask import Flask, jsonify, request

      app = Flask(__name__)


      @dataclass
      class Filter:
          name: str = ''
          limit: int = 20


      @app.route('/people', methods=['POST'])
      def people():
          f = Filter(**request.get_json())
          db = sqlite3.connect('people.db')
          ${
            v
              ? "rows = db.execute(f\"SELECT id, name FROM person WHERE name LIKE '{f.name}%' LIMIT {int(f.limit)}\").fetchall()"
              : "rows = db.execute(f'SELECT id, name FROM person WHERE name LIKE ? LIMIT {int(f.limit)}', (f.name + '%',)).fetchall()"
          }
          return jsonify(rows)
    `,
  ),
  ...whole(
    "CWE-89",
    "str.format(**params) fills ORDER BY: the raw sort argument vs the value of an Enum member looked up by it",
    (v) => `
      import enum
      import sqlite3
      from flask import Flask, abort, jsonify, request

      app = Flask(__name__)


      class SortColumn(enum.Enum):
          NAME = 'name'
          CREATED = 'created_at'
          PRICE = 'price'


      @app.route('/products')
      def products():
          raw = request.args.get('sort', 'name')
          ${
            v
              ? "params = {'col': raw, 'table': 'product'}"
              : "try:\n              params = {'col': SortColumn(raw).value, 'table': 'product'}\n          except ValueError:\n              abort(400)"
          }
          sql = 'SELECT id, name, price FROM {table} ORDER BY {col}'.format(**params)
          return jsonify(sqlite3.connect('shop.db').execute(sql).fetchall())
    `,
  ),
  ...whole(
    "CWE-89",
    "functools.reduce with a lambda builds the WHERE from request pairs vs placeholders for allow-listed keys",
    (v) => `
      import sqlite3
      from functools import reduce
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      ALLOWED = ('city', 'status', 'team')


      @app.route('/members')
      def members():
          ${
            v
              ? "where = reduce(lambda acc, kv: acc + f\" AND {kv[0]} = '{kv[1]}'\", request.args.items(), '1=1')\n          values = ()"
              : "keys = [k for k in ALLOWED if k in request.args]\n          where = reduce(lambda acc, k: acc + f' AND {k} = ?', keys, '1=1')\n          values = tuple(request.args[k] for k in keys)"
          }
          db = sqlite3.connect('org.db')
          return jsonify(db.execute('SELECT id, name FROM member WHERE ' + where, values).fetchall())
    `,
  ),
  ...whole(
    "CWE-89",
    "before_request stores the tenant header in g and the view builds a table name from it vs g holds a value from a fixed map",
    (v) => `
      import sqlite3
      from flask import Flask, g, jsonify, request

      app = Flask(__name__)
      TENANTS = {'acme': 'acme', 'globex': 'globex'}


      @app.before_request
      def load_tenant():
          header = request.headers.get('X-Tenant', 'public')
          g.tenant = ${v ? "header" : "TENANTS.get(header, 'public')"}


      @app.route('/orders')
      def orders():
          db = sqlite3.connect('orders.db')
          rows = db.execute('SELECT id, total FROM ' + g.tenant + '_orders ORDER BY id DESC').fetchall()
          return jsonify(rows)
    `,
  ),
  ...whole(
    "CWE-89",
    "getattr on a SimpleNamespace at a constant name: the request term vs the constant order field",
    (v) => `
      import sqlite3
      from types import SimpleNamespace
      from flask import Flask, jsonify, request

      app = Flask(__name__)


      @app.route('/notes')
      def notes():
          opts = SimpleNamespace(order='updated_at', term=request.args.get('term', ''))
          db = sqlite3.connect('notes.db')
          ${
            v
              ? "sql = \"SELECT id, title FROM note WHERE title LIKE '%\" + getattr(opts, 'term') + \"%' ORDER BY \" + opts.order"
              : "sql = \"SELECT id, title FROM note WHERE title LIKE ? ORDER BY \" + getattr(opts, 'order')"
          }
          ${v ? "rows = db.execute(sql).fetchall()" : "rows = db.execute(sql, ('%' + opts.term + '%',)).fetchall()"}
          return jsonify(rows)
    `,
  ),
  ...whole(
    "CWE-89",
    "Starlette middleware puts a header on request.state and the endpoint formats it into SQL vs the middleware stores int()",
    (v) => `
      import sqlite3
      from starlette.applications import Starlette
      from starlette.middleware.base import BaseHTTPMiddleware
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      class AccountMiddleware(BaseHTTPMiddleware):
          async def dispatch(self, request, call_next):
              request.state.account = ${v ? "request.headers.get('x-account', '0')" : "int(request.headers.get('x-account', '0'))"}
              return await call_next(request)


      async def invoices(request):
          db = sqlite3.connect('billing.db')
          rows = db.execute(f'SELECT id, amount FROM invoice WHERE account_id = {request.state.account}').fetchall()
          return JSONResponse(rows)


      app = Starlette(routes=[Route('/invoices', invoices)])
      app.add_middleware(AccountMiddleware)
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI query parameter typed str vs a str Enum, formatted into ORDER BY",
    (v) => `
      import sqlite3
      from enum import Enum
      from fastapi import FastAPI

      app = FastAPI()


      class Order(str, Enum):
          newest = 'created_at DESC'
          oldest = 'created_at ASC'


      @app.get('/posts')
      def posts(order: ${v ? "str = 'created_at DESC'" : "Order = Order.newest"}):
          db = sqlite3.connect('blog.db')
          ${v ? "clause = order" : "clause = order.value"}
          return db.execute(f'SELECT id, title FROM post ORDER BY {clause}').fetchall()
    `,
  ),
  ...whole(
    "CWE-89",
    "DRF APIView: request.data round-tripped through json.dumps/json.loads then concatenated vs bound",
    (v) => `
      import json
      from django.db import connection
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class TagSearch(APIView):
          def post(self, request):
              payload = json.loads(json.dumps(request.data))
              tag = payload.get('tag', '')
              with connection.cursor() as cur:
                  ${
                    v
                      ? 'cur.execute("SELECT id, label FROM blog_tag WHERE label = \'" + tag + "\'")'
                      : "cur.execute('SELECT id, label FROM blog_tag WHERE label = %s', [tag])"
                  }
                  rows = cur.fetchall()
              return Response(rows)
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "startswith checked on the joined path before realpath (../ passes) vs on the realpath with a separator",
    (v) => `
      import os
      from flask import Flask, abort, request, send_file

      app = Flask(__name__)
      BASE = '/srv/reports'


      @app.route('/report')
      def report():
          name = request.args.get('name', 'index.pdf')
          ${
            v
              ? "path = os.path.join(BASE, name)\n          if not path.startswith(BASE):\n              abort(403)\n          return send_file(os.path.realpath(path))"
              : "path = os.path.realpath(os.path.join(BASE, name))\n          if not path.startswith(BASE + os.sep):\n              abort(403)\n          return send_file(path)"
          }
    `,
  ),
  ...whole(
    "CWE-22",
    "custom @contextmanager opens ROOT/name: the request name vs its os.path.basename()",
    (v) => `
      import os
      from contextlib import contextmanager
      from flask import Flask, request

      app = Flask(__name__)
      ROOT = '/srv/docs'


      @contextmanager
      def opened(name):
          fh = open(os.path.join(ROOT, name), encoding='utf-8')
          try:
              yield fh
          finally:
              fh.close()


      @app.route('/doc')
      def doc():
          with opened(${v ? "request.args.get('doc', 'readme.txt')" : "os.path.basename(request.args.get('doc', 'readme.txt'))"}) as fh:
              return fh.read(), 200, {'Content-Type': 'text/plain'}
    `,
  ),
  ...whole(
    "CWE-22",
    "generator with yield from streams a file: any request name vs a name present in os.listdir(ROOT)",
    (v) => `
      import os
      from flask import Flask, Response, abort, request

      app = Flask(__name__)
      ROOT = '/var/exports'


      def chunks(path):
          with open(path, 'rb') as fh:
              yield from iter(lambda: fh.read(8192), b'')


      @app.route('/export')
      def export():
          name = request.args.get('file', '')
          ${v ? "if not name:\n              abort(400)" : "if name not in os.listdir(ROOT):\n              abort(404)"}
          return Response(chunks(os.path.join(ROOT, name)), mimetype='application/octet-stream')
    `,
  ),
  ...whole(
    "CWE-22",
    "Django class-based View: GET name joined to MEDIA_ROOT vs django.utils._os.safe_join",
    (v) => `
      import os
      from django.conf import settings
      from django.http import FileResponse
      from django.utils._os import safe_join
      from django.views import View


      class Attachment(View):
          def get(self, request, *args, **kwargs):
              name = request.GET.get('f', 'default.bin')
              path = ${v ? "os.path.join(settings.MEDIA_ROOT, 'attachments', name)" : "safe_join(settings.MEDIA_ROOT, 'attachments', name)"}
              return FileResponse(open(path, 'rb'))
    `,
  ),
  ...whole(
    "CWE-22",
    "async aiofiles under Quart: the form name vs a name that fullmatches a strict pattern",
    (v) => `
      import os
      import re
      import aiofiles
      from quart import Quart, abort, request

      app = Quart(__name__)
      NOTES = '/srv/notes'


      @app.route('/note', methods=['POST'])
      async def save_note():
          form = await request.form
          name = form.get('name', 'untitled.txt')
          ${v ? "if name.endswith('/'):\n              abort(400)" : "if not re.fullmatch(r'[A-Za-z0-9_-]{1,40}\\.txt', name):\n              abort(400)"}
          async with aiofiles.open(os.path.join(NOTES, name), 'w') as fh:
              await fh.write(form.get('body', ''))
          return 'saved'
    `,
  ),
  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "NamedTuple comment: nested f-string renders the author raw vs through escape()",
    (v) => `
      from typing import NamedTuple
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      class Comment(NamedTuple):
          author: str
          body: str


      @app.route('/preview', methods=['POST'])
      def preview():
          c = Comment(author=request.form.get('author', ''), body=request.form.get('body', ''))
          return f"<article>{f'<h3>{${v ? "c.author" : "escape(c.author)"}}</h3>'}<p>{escape(c.body)}</p></article>"
    `,
  ),
  ...whole(
    "CWE-79",
    "map() with a lambda over request tags: stripped only vs html.escape, joined into <li> items",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/tags')
      def tags():
          items = map(lambda t: ${v ? "t.strip()" : "html.escape(t.strip())"}, request.args.getlist('tag'))
          return '<ul>' + ''.join(f'<li>{t}</li>' for t in items) + '</ul>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Flask MethodView.get: the name concatenated into HTML vs passed to an autoescaped template string",
    (v) => `
      from flask import Flask, make_response, render_template_string, request
      from flask.views import MethodView

      app = Flask(__name__)


      class Greeting(MethodView):
          def get(self):
              name = request.args.get('name', 'guest')
              ${
                v
                  ? "return make_response('<h1>Hello ' + name + '</h1>')"
                  : "return render_template_string('<h1>Hello {{ name }}</h1>', name=name)"
              }


      app.add_url_rule('/hello', view_func=Greeting.as_view('hello'))
    `,
  ),
  ...whole(
    "CWE-79",
    "one view stores the nickname in the session, another renders it: stored raw vs only when it matches a strict pattern",
    (v) => `
      import re
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'change-me'
      NICK = re.compile(r'[A-Za-z0-9_]{1,20}')


      @app.route('/nick', methods=['POST'])
      def set_nick():
          nick = request.form.get('nick', '')
          session['nick'] = ${v ? "nick" : "nick if NICK.fullmatch(nick) else 'anonymous'"}
          return 'saved'


      @app.route('/me')
      def me():
          return '<p>Signed in as <b>' + session.get('nick', 'anonymous') + '</b></p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "isinstance guard on a JSON field: int or str accepted vs int only, then formatted into HTML",
    (v) => `
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/cart', methods=['POST'])
      def cart():
          count = (request.get_json(silent=True) or {}).get('count')
          if ${v ? "not isinstance(count, (int, str))" : "not isinstance(count, int) or isinstance(count, bool)"}:
              abort(400)
          return f'<div class="cart">{count} items in your cart</div>'
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI Pydantic body: the str field into an HTMLResponse vs the int field",
    (v) => `
      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse
      from pydantic import BaseModel

      app = FastAPI()


      class Profile(BaseModel):
          display_name: str
          age: int


      @app.post('/profile/card', response_class=HTMLResponse)
      def card(profile: Profile):
          return HTMLResponse(f'<div class="card"><span>{profile.${v ? "display_name" : "age"}}</span></div>')
    `,
  ),
  ...whole(
    "CWE-79",
    "decorator rewrites every keyword argument before the view: .strip() vs markupsafe.escape()",
    (v) => `
      from functools import wraps
      from flask import Flask
      from markupsafe import escape

      app = Flask(__name__)


      def clean_kwargs(fn):
          @wraps(fn)
          def inner(**kwargs):
              return fn(**{k: ${v ? "str(val).strip()" : "escape(val)"} for k, val in kwargs.items()})
          return inner


      @app.route('/u/<username>')
      @clean_kwargs
      def user_page(username):
          return f'<h2>Profile of {username}</h2>'
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "Starlette async httpx: JSON url fetched as given vs https with the hostname in an allow-set",
    (v) => `
      from urllib.parse import urlparse
      import httpx
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route

      ALLOWED_HOSTS = {'api.github.com', 'hooks.slack.com'}


      async def preview(request):
          body = await request.json()
          url = body.get('url', '')
          ${
            v
              ? "if not url.startswith(('http://', 'https://')):\n              return JSONResponse({'error': 'bad url'}, status_code=400)"
              : "parts = urlparse(url)\n          if parts.scheme != 'https' or parts.hostname not in ALLOWED_HOSTS:\n              return JSONResponse({'error': 'bad url'}, status_code=400)"
          }
          async with httpx.AsyncClient(timeout=5) as client:
              r = await client.get(url)
          return JSONResponse({'status': r.status_code})


      app = Starlette(routes=[Route('/preview', preview, methods=['POST'])])
    `,
  ),
  ...whole(
    "CWE-918",
    "backend base URL: the request value `or` a default vs a fixed map .get() with a default",
    (v) => `
      import requests
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      BACKENDS = {'eu': 'https://eu.status.internal', 'us': 'https://us.status.internal'}


      @app.route('/status')
      def status():
          ${
            v
              ? "base = request.args.get('base') or BACKENDS['eu']"
              : "base = BACKENDS.get(request.args.get('region', 'eu'), BACKENDS['eu'])"
          }
          r = requests.get(base + '/health', timeout=3)
          return jsonify(r.json())
    `,
  ),
  ...whole(
    "CWE-918",
    "Django View: host from a dataclass built from GET into urllib urlopen vs the host chosen by an Enum",
    (v) => `
      import enum
      import urllib.request
      from dataclasses import dataclass
      from django.http import HttpResponseBadRequest, JsonResponse
      from django.views import View


      class Mirror(enum.Enum):
          primary = 'mirror1.example.org'
          backup = 'mirror2.example.org'


      @dataclass
      class Probe:
          host: str
          path: str = '/ping'


      class MirrorCheck(View):
          def get(self, request):
              ${
                v
                  ? "probe = Probe(host=request.GET.get('host', 'mirror1.example.org'))"
                  : "try:\n                  probe = Probe(host=Mirror[request.GET.get('mirror', 'primary')].value)\n              except KeyError:\n                  return HttpResponseBadRequest('unknown mirror')"
              }
              with urllib.request.urlopen(f'https://{probe.host}{probe.path}', timeout=3) as resp:
                  return JsonResponse({'code': resp.status})
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "calculator: eval of an f-string with the function name vs getattr(math, fn) after an allow-set and float()",
    (v) => `
      import math
      from flask import Flask, abort, jsonify, request

      app = Flask(__name__)
      FUNCS = {'sqrt', 'sin', 'cos', 'log'}


      @app.route('/calc')
      def calc():
          fn = request.args.get('fn', 'sqrt')
          x = request.args.get('x', '1')
          ${
            v
              ? "result = eval(f'math.{fn}({x})')"
              : "if fn not in FUNCS:\n              abort(400)\n          result = getattr(math, fn)(float(x))"
          }
          return jsonify(result=result)
    `,
  ),
  ...whole(
    "CWE-94",
    "walrus binds the POSTed snippet and exec()s it vs parses it with ast.literal_eval",
    (v) => `
      import ast
      from flask import Flask, jsonify, request

      app = Flask(__name__)


      @app.route('/settings/import', methods=['POST'])
      def import_settings():
          ns = {}
          if (src := request.form.get('settings')):
              ${v ? "exec(src, ns)" : "ns = dict(ast.literal_eval(src))"}
          return jsonify(sorted(k for k in ns if not k.startswith('__')))
    `,
  ),
  ...whole(
    "CWE-94",
    "dict dispatch of operators: the table's .get() default evals the expression vs a 400 for an unknown operator",
    (v) => `
      import operator
      from flask import Flask, abort, jsonify, request

      app = Flask(__name__)
      OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul}


      @app.route('/op')
      def op():
          a = float(request.args.get('a', '0'))
          b = float(request.args.get('b', '0'))
          sym = request.args.get('op', '+')
          ${
            v
              ? "fn = OPS.get(sym, lambda x, y: eval(f'{x} {sym} {y}'))"
              : "fn = OPS.get(sym)\n          if fn is None:\n              abort(400)"
          }
          return jsonify(result=fn(a, b))
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "Django View reads a base64 cookie: pickle.loads vs json.loads",
    (v) => `
      import base64
      import json
      import pickle
      from django.http import JsonResponse
      from django.views import View


      class CartView(View):
          def get(self, request):
              raw = request.COOKIES.get('cart', '')
              items = ${v ? "pickle.loads(base64.b64decode(raw))" : "json.loads(base64.b64decode(raw))"} if raw else []
              return JsonResponse({'items': len(items)})
    `,
  ),
  ...whole(
    "CWE-502",
    "yaml Loader chosen by a constant configuration flag: the unsafe loader selected vs the safe one",
    (v) => `
      import yaml
      from flask import Flask, jsonify, request
      from flask.views import MethodView

      app = Flask(__name__)
      TRUST_UPLOADS = ${v ? "True" : "False"}
      LOADER = yaml.UnsafeLoader if TRUST_UPLOADS else yaml.SafeLoader


      class ConfigUpload(MethodView):
          def post(self):
              data = yaml.load(request.get_data(), Loader=LOADER)
              return jsonify(keys=list(data or {}))


      app.add_url_rule('/config', view_func=ConfigUpload.as_view('config'))
    `,
  ),
  ...whole(
    "CWE-502",
    "before_request keeps the raw body in g and the view decodes it with pickle vs json",
    (v) => `
      import json
      import pickle
      from flask import Flask, g, jsonify, request

      app = Flask(__name__)


      @app.before_request
      def keep_body():
          g.blob = request.get_data()


      @app.route('/state', methods=['POST'])
      def restore_state():
          state = ${v ? "pickle.loads(g.blob)" : "json.loads(g.blob)"}
          return jsonify(restored=len(state))
    `,
  ),
  ...whole(
    "CWE-502",
    "Quart async body: jsonpickle.decode vs json.loads",
    (v) => `
      import json
      import jsonpickle
      from quart import Quart, jsonify, request

      app = Quart(__name__)


      @app.route('/jobs', methods=['POST'])
      async def submit_job():
          text = await request.get_data(as_text=True)
          job = ${v ? "jsonpickle.decode(text)" : "json.loads(text)"}
          return jsonify(accepted=bool(job))
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Starlette RedirectResponse: next accepted when it starts with '/' (//evil passes) vs only from a fixed set",
    (v) => `
      from starlette.applications import Starlette
      from starlette.responses import RedirectResponse
      from starlette.routing import Route

      SAFE_NEXT = {'/', '/dashboard', '/settings'}


      async def after_login(request):
          nxt = request.query_params.get('next', '/')
          if ${v ? "not nxt.startswith('/')" : "nxt not in SAFE_NEXT"}:
              nxt = '/'
          return RedirectResponse(nxt, status_code=303)


      app = Starlette(routes=[Route('/after-login', after_login)])
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: one view saves ?next in the session, a later view redirects to it vs checks url_has_allowed_host_and_scheme first",
    (v) => `
      from django.http import HttpResponseRedirect
      from django.utils.http import url_has_allowed_host_and_scheme
      from django.views import View


      class StartLogin(View):
          def get(self, request):
              request.session['return_to'] = request.GET.get('next', '/')
              return HttpResponseRedirect('/accounts/login/')


      class FinishLogin(View):
          def get(self, request):
              target = request.session.pop('return_to', '/')
              ${
                v
                  ? "return HttpResponseRedirect(target)"
                  : "if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):\n                  target = '/'\n              return HttpResponseRedirect(target)"
              }
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask: redirect target from a dict of named pages, .get() default is the raw value vs a constant",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      PAGES = {'home': '/', 'billing': '/account/billing', 'help': '/help'}


      @app.route('/go')
      def go():
          to = request.args.get('to', 'home')
          return redirect(PAGES.get(to, ${v ? "to" : "'/'"}))
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "lxml: a NamedTuple query field formatted into the XPath vs passed as an XPath variable",
    (v) => `
      from typing import NamedTuple
      from lxml import etree
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      DOC = etree.parse('/srv/data/catalog.xml')


      class Query(NamedTuple):
          title: str
          limit: int


      @app.route('/books')
      def books():
          q = Query(title=request.args.get('title', ''), limit=10)
          ${
            v
              ? "nodes = DOC.xpath(\"//book[title='{}']/@id\".format(q.title))"
              : "nodes = DOC.xpath('//book[title=$t]/@id', t=q.title)"
          }
          return jsonify([str(n) for n in nodes[:q.limit]])
    `,
  ),
  ...whole(
    "CWE-643",
    "ElementTree findall: the user name through %-format vs a name that passed isalnum()",
    (v) => `
      import xml.etree.ElementTree as ET
      from flask import Flask, abort, jsonify, request

      app = Flask(__name__)
      TREE = ET.parse('/srv/data/users.xml')


      @app.route('/user-roles')
      def user_roles():
          user = request.args.get('user', '')
          ${v ? "if len(user) > 64:\n              abort(400)" : "if not user.isalnum():\n              abort(400)"}
          roles = TREE.getroot().findall(".//user[@name='%s']/role" % user)
          return jsonify([r.text for r in roles])
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "ldap3 filter from str.format(**fields) with the raw uid vs escape_filter_chars()",
    (v) => `
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      conn = Connection(Server('ldap://ldap.corp.local'), auto_bind=True)


      @app.route('/directory')
      def directory():
          fields = {'uid': ${v ? "request.args.get('uid', '')" : "escape_filter_chars(request.args.get('uid', ''))"}, 'oc': 'person'}
          conn.search('dc=corp,dc=local', '(&(objectClass={oc})(uid={uid}))'.format(**fields), attributes=['cn', 'mail'])
          return jsonify([str(e.cn) for e in conn.entries])
    `,
  ),
  ...whole(
    "CWE-90",
    "python-ldap in a DRF APIView: the filter concatenated vs built with ldap.filter.filter_format",
    (v) => `
      import ldap
      import ldap.filter
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class GroupMembers(APIView):
          def get(self, request):
              group = request.query_params.get('group', 'staff')
              ${
                v
                  ? "flt = '(&(objectClass=groupOfNames)(cn=' + group + '))'"
                  : "flt = ldap.filter.filter_format('(&(objectClass=groupOfNames)(cn=%s))', [group])"
              }
              l = ldap.initialize('ldap://ldap.corp.local')
              res = l.search_s('ou=groups,dc=corp,dc=local', ldap.SCOPE_SUBTREE, flt, ['member'])
              return Response([dn for dn, _ in res])
    `,
  ),
];
