// Dev suite "py-web", batch 33 (see py-web.ts): written blind (without reading the rules), measured before any fix
// for it. Value flow in idioms batches 30-32 did not use: a base view's helper overridden or reached via super(),
// __getitem__ / __getattr__ proxies over the request, properties computed from request data, functools.wraps
// decorators that validate vs ones that only log, generator expressions consumed by next(), itertools.chain,
// `or`-defaults, str.join over mixed lists, early returns in nested helpers, exceptions carrying request data
// rendered by the handler, nested paths in json.loads(request.data), Django forms cleaned_data (typed fields) vs
// request.POST, DRF serializers' validated_data and Flask-WTF form.data. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch33: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH33: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "subclass overrides the base view's target() and calls super(): strip() only vs shlex.quote()",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request
      from flask.views import View

      app = Flask(__name__)


      class PingBase(View):
          def target(self):
              return request.args.get('host', 'localhost')

          def dispatch_request(self):
              cmd = 'ping -c 1 ' + self.target()
              return subprocess.check_output(cmd, shell=True).decode()


      class Ping(PingBase):
          def target(self):
              return ${v ? "super().target().strip()" : "shlex.quote(super().target())"}


      app.add_url_rule('/ping', view_func=Ping.as_view('ping'))
    `,
  ),
  ...whole(
    "CWE-78",
    "functools.wraps decorator that only logs the host vs one that aborts unless it fullmatches a hostname pattern",
    (v) => `
      import functools
      import logging
      import os
      import re
      from flask import Flask, abort, request

      app = Flask(__name__)
      log = logging.getLogger(__name__)
      HOST_RE = re.compile(r'[A-Za-z0-9.-]{1,253}')


      def checked_host(view):
          @functools.wraps(view)
          def wrapper(*args, **kwargs):
              host = request.args.get('host', '')
              ${
                v
                  ? "log.info('lookup for %s', host)"
                  : "if not HOST_RE.fullmatch(host):\n                  abort(400)"
              }
              return view(*args, **kwargs)
          return wrapper


      @app.route('/dig')
      @checked_host
      def dig():
          host = request.args.get('host', '')
          return os.popen('dig +short ' + host).read()
    `,
  ),
  ...whole(
    "CWE-78",
    "early return in a nested helper: returns the name when it is non-empty vs only when it is in the service set",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      SERVICES = {'nginx', 'redis', 'postgresql'}


      @app.route('/restart', methods=['POST'])
      def restart():
          def service_name(raw):
              if ${v ? "raw" : "raw in SERVICES"}:
                  return raw
              return 'nginx'

          svc = service_name(request.form.get('svc', ''))
          subprocess.call('systemctl restart ' + svc, shell=True)
          return 'ok'
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "__getitem__ proxy over request.args returns the raw string vs int() of it, formatted into SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Params:
          def __init__(self, src):
              self._src = src

          def __getitem__(self, key):
              return ${v ? "self._src.get(key, '0')" : "int(self._src.get(key, '0'))"}


      @app.route('/order')
      def order():
          p = Params(request.args)
          db = sqlite3.connect('shop.db')
          row = db.execute(f"SELECT * FROM orders WHERE id = {p['id']}").fetchone()
          return {'order': row}
    `,
  ),
  ...whole(
    "CWE-89",
    "property computed from the request: the raw sort argument vs a column looked up in a fixed dict with a default",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      COLUMNS = {'name': 'name', 'date': 'created_at', 'price': 'price'}


      class Listing:
          @property
          def order(self):
              ${v ? "return request.args.get('sort', 'name')" : "return COLUMNS.get(request.args.get('sort'), 'name')"}

          def rows(self):
              db = sqlite3.connect('shop.db')
              return db.execute('SELECT id, name FROM products ORDER BY ' + self.order).fetchall()


      @app.route('/products')
      def products():
          return {'rows': Listing().rows()}
    `,
  ),
  ...whole(
    "CWE-89",
    "`or`-default name formatted into the query vs bound as a parameter",
    (v) => `
      import psycopg2
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/greet')
      def greet():
          name = request.args.get('n') or 'guest'
          conn = psycopg2.connect('dbname=app')
          cur = conn.cursor()
          ${
            v
              ? "cur.execute(\"SELECT greeting FROM users WHERE login = '%s'\" % name)"
              : "cur.execute('SELECT greeting FROM users WHERE login = %s', (name,))"
          }
          row = cur.fetchone()
          return row[0] if row else 'hello'
    `,
  ),
  ...whole(
    "CWE-89",
    "Django: the raw request.POST id vs form.cleaned_data from an IntegerField, formatted into raw SQL",
    (v) => `
      from django import forms
      from django.db import connection
      from django.http import HttpResponseBadRequest, JsonResponse


      class LookupForm(forms.Form):
          user_id = forms.IntegerField(min_value=1)


      def lookup(request):
          form = LookupForm(request.POST)
          if not form.is_valid():
              return HttpResponseBadRequest('bad id')
          uid = ${v ? "request.POST['user_id']" : "form.cleaned_data['user_id']"}
          with connection.cursor() as cur:
              cur.execute(f'SELECT email FROM auth_user WHERE id = {uid}')
              row = cur.fetchone()
          return JsonResponse({'email': row[0] if row else None})
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "generator expression consumed by next(): first non-empty requested name vs first name in the allow-set",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      BASE = '/srv/reports'
      ALLOWED = {'daily.pdf', 'weekly.pdf', 'monthly.pdf'}


      @app.route('/report')
      def report():
          names = request.args.getlist('f')
          name = next((n for n in names if ${v ? "n" : "n in ALLOWED"}), 'daily.pdf')
          return send_file(os.path.join(BASE, name))
    `,
  ),
  ...whole(
    "CWE-22",
    "itertools.chain of the base and the request path segments vs the base and secure_filename() of each",
    (v) => `
      import itertools
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      BASE = '/srv/static'


      @app.route('/asset')
      def asset():
          segments = request.args.get('p', '').split('/')
          parts = list(itertools.chain([BASE], ${v ? "segments" : "(secure_filename(s) for s in segments if s)"}))
          with open(os.path.join(*parts), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "dict.get with a default: the requested name itself as the default vs a constant default",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      ALIASES = {'terms': 'terms-v3.txt', 'privacy': 'privacy-v2.txt'}


      @app.route('/legal')
      def legal():
          doc = request.args.get('doc', 'terms')
          fname = ALIASES.get(doc, ${v ? "doc" : "'terms-v3.txt'"})
          with open('/srv/legal/' + fname) as fh:
              return fh.read()
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "ValueError carrying the request value is caught and rendered raw vs escaped",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      def parse_qty(raw):
          if not raw.isdigit():
              raise ValueError(f'not a quantity: {raw}')
          return int(raw)


      @app.route('/cart/add')
      def add():
          try:
              qty = parse_qty(request.args.get('qty', ''))
          except ValueError as e:
              return ${v ? "f'<p class=\"err\">{e}</p>'" : "f'<p class=\"err\">{escape(str(e))}</p>'"}, 400
          return f'<p>added {qty}</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "str.join over a list mixing markup and the request title vs the escaped title",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/page')
      def page():
          title = request.args.get('title', 'Home')
          parts = ['<html><body><h1>', ${v ? "title" : "html.escape(title)"}, '</h1></body></html>']
          return ''.join(parts)
    `,
  ),
  ...whole(
    "CWE-79",
    "Django form: cleaned_data of a CharField vs of an IntegerField, formatted into an HttpResponse",
    (v) => `
      from django import forms
      from django.http import HttpResponse


      class ProfileForm(forms.Form):
          nickname = forms.CharField(max_length=40)
          age = forms.IntegerField(min_value=0, max_value=150)


      def preview(request):
          form = ProfileForm(request.POST)
          if not form.is_valid():
              return HttpResponse('invalid', status=400)
          value = form.cleaned_data['${v ? "nickname" : "age"}']
          return HttpResponse(f'<div class="preview">{value}</div>')
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "nested path in json.loads(request.data): the URL itself vs a name mapped through a fixed hook table",
    (v) => `
      import json
      import requests
      from flask import Flask, request

      app = Flask(__name__)
      HOOKS = {'slack': 'https://hooks.slack.com/services/T000/B000', 'ci': 'https://ci.example.com/hook'}


      @app.route('/notify', methods=['POST'])
      def notify():
          cfg = json.loads(request.data)
          ${
            v
              ? "url = cfg['hook']['target']['url']"
              : "url = HOOKS.get(cfg['hook']['target']['name'], HOOKS['ci'])"
          }
          r = requests.post(url, json={'text': cfg.get('text', '')}, timeout=5)
          return {'status': r.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "__getattr__ proxy: attributes read from the query string vs from a constant settings dict",
    (v) => `
      import requests
      from flask import Flask, request

      app = Flask(__name__)
      SETTINGS = {'backend': 'inventory.internal:8080'}


      class Cfg:
          def __getattr__(self, name):
              return ${v ? "request.args.get(name, SETTINGS.get(name))" : "SETTINGS[name]"}


      @app.route('/stock')
      def stock():
          cfg = Cfg()
          resp = requests.get(f'http://{cfg.backend}/stock', timeout=3)
          return resp.text
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "DRF serializer: validated_data of a CharField evaluated vs of a ChoiceField naming an operator function",
    (v) => `
      import operator
      from rest_framework import serializers
      from rest_framework.response import Response
      from rest_framework.views import APIView


      class CalcSerializer(serializers.Serializer):
          a = serializers.FloatField()
          b = serializers.FloatField()
          op = ${v ? "serializers.CharField(max_length=20)" : "serializers.ChoiceField(choices=['add', 'sub', 'mul'])"}


      class CalcView(APIView):
          def post(self, request):
              s = CalcSerializer(data=request.data)
              s.is_valid(raise_exception=True)
              d = s.validated_data
              result = eval(f"operator.{d['op']}({d['a']}, {d['b']})")
              return Response({'result': result})
    `,
  ),
  ...whole(
    "CWE-94",
    "tuple unpacking of the request pair: the expression half is eval()ed vs parsed with ast.literal_eval",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/setting', methods=['POST'])
      def setting():
          key, raw = request.form.get('pair', 'x=1').split('=', 1)
          value = ${v ? "eval(raw)" : "ast.literal_eval(raw)"}
          return {key: value}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Flask-WTF form.data: a StringField target vs a SelectField with fixed choices",
    (v) => `
      from flask import Flask, redirect
      from flask_wtf import FlaskForm
      from wtforms import SelectField, StringField

      app = Flask(__name__)


      class GoForm(FlaskForm):
          ${
            v
              ? "target = StringField('target')"
              : "target = SelectField('target', choices=[('/home', 'Home'), ('/account', 'Account')])"
          }


      @app.route('/go', methods=['POST'])
      def go():
          form = GoForm()
          if form.validate_on_submit():
              return redirect(form.data['target'])
          return redirect('/home')
    `,
  ),
  ...whole(
    "CWE-601",
    "base view's next_url() overridden: the subclass returns super()'s raw value vs checks it against an allow-set",
    (v) => `
      from flask import Flask, redirect, request
      from flask.views import MethodView

      app = Flask(__name__)
      PAGES = {'/dashboard', '/settings', '/'}


      class AfterLogin(MethodView):
          def next_url(self):
              return request.args.get('next', '/')

          def get(self):
              return redirect(self.next_url())


      class AfterSignup(AfterLogin):
          def next_url(self):
              url = super().next_url()
              ${v ? "return url or '/dashboard'" : "return url if url in PAGES else '/dashboard'"}


      app.add_url_rule('/welcome', view_func=AfterSignup.as_view('welcome'))
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "subclass overrides decode(): pickle.loads on the body vs super()'s json.loads",
    (v) => `
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Codec:
          def decode(self, data):
              return json.loads(data)


      class LegacyCodec(Codec):
          def decode(self, data):
              return ${v ? "pickle.loads(data)" : "super().decode(data.decode('utf-8'))"}


      @app.route('/import', methods=['POST'])
      def import_state():
          state = LegacyCodec().decode(request.get_data())
          return {'keys': sorted(state)}
    `,
  ),
  ...whole(
    "CWE-502",
    "`or`-default over a JSON field, base64-decoded: pickle.loads vs json.loads",
    (v) => `
      import base64
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      EMPTY = base64.b64encode(json.dumps({}).encode()).decode()


      @app.route('/restore', methods=['POST'])
      def restore():
          blob = (request.get_json(silent=True) or {}).get('state') or EMPTY
          obj = ${v ? "pickle.loads" : "json.loads"}(base64.b64decode(blob))
          return {'restored': len(obj)}
    `,
  ),
];
