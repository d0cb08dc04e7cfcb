// Dev suite "py-web", batch 36 (see py-web.ts): written blind (without reading the rules), measured before any fix
// for it. Gaps the previous round named: exceptions that carry request data (raised with the input as message, or
// raised by int()/float() on it) caught and rendered into HTML or spliced into SQL; `__getattr__`/`__getitem__`
// proxy objects over the request; functools.lru_cache and functools.wraps decorators that hand the input on;
// values put into an UNQUOTED HTML attribute with +, % and .format (escape() encodes <>&"' but not a space, so
// `<div class=` + escape(x) + `>` lets x add an onmouseover= attribute), a redirect whose fallback is an absolute URL
// built from input, header values copied from the request into a response written by http.server (which, unlike
// Werkzeug and Django, does not reject CR/LF), CLI scripts whose argv reaches a shell, a file or pickle (the
// analyzer's policy, as in the core and py-snippets suites: argv and the environment are untrusted input, so the
// safe twins confine or quote them rather than rely on "the operator typed it"), and programs that load back a
// pickle from a path they created themselves. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch36: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH36: DevCase[] = [
  // --- CWE-79: exceptions carrying request data ---
  ...whole(
    "CWE-79",
    "ValueError raised with the query value, caught and formatted into an HTML error page raw vs escaped",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      def parse_colour(value):
          if not value.startswith('#') or len(value) != 7:
              raise ValueError('unknown colour: ' + value)
          return value


      @app.route('/swatch')
      def swatch():
          try:
              colour = parse_colour(request.args['c'])
          except ValueError as exc:
              return '<p class="error">%s</p>' % ${v ? "exc" : "escape(str(exc))"}, 400
          return '<div style="background:%s">sample</div>' % escape(colour)
    `,
  ),
  ...whole(
    "CWE-79",
    "int() on the form value fails and str(e) (which quotes the input) is returned as the HTML body vs as JSON",
    (v) => `
      from flask import Flask, jsonify, make_response, request

      app = Flask(__name__)


      @app.route('/quantity', methods=['POST'])
      def quantity():
          try:
              qty = int(request.form.get('qty', '1'))
          except ValueError as e:
              ${v ? "return make_response('Bad quantity: ' + str(e), 400)" : "return jsonify(error=str(e)), 400"}
          return jsonify(qty=qty)
    `,
  ),
  ...whole(
    "CWE-79",
    "custom exception carries the username into an f-string HTML response vs html.escape of its args",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class NoSuchUser(Exception):
          def __init__(self, name):
              super().__init__(name)
              self.name = name


      USERS = {'ann': 'Ann Smith'}


      def find(name):
          if name not in USERS:
              raise NoSuchUser(name)
          return USERS[name]


      @app.get('/who')
      def who():
          try:
              return find(request.args.get('u', ''))
          except NoSuchUser as err:
              return f"<h1>No user called {${v ? "err.name" : "html.escape(err.name)"}}</h1>", 404
    `,
  ),
  // --- CWE-89: exception message into SQL ---
  ...whole(
    "CWE-89",
    "error message built from the posted field is logged to an errors table with % formatting vs a placeholder",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      def check_sku(sku):
          if not sku.isalnum():
              raise ValueError('bad sku ' + sku)
          return sku


      @app.route('/order', methods=['POST'])
      def order():
          conn = sqlite3.connect('shop.db')
          try:
              sku = check_sku(request.form['sku'])
          except ValueError as e:
              ${v ? "conn.execute(\"INSERT INTO errors (msg) VALUES ('%s')\" % e)" : "conn.execute('INSERT INTO errors (msg) VALUES (?)', (str(e),))"}
              conn.commit()
              return 'rejected', 400
          conn.execute('INSERT INTO orders (sku) VALUES (?)', (sku,))
          conn.commit()
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-89",
    "KeyError from a lookup keyed by the query value, its args[0] concatenated into SQL vs passed as a parameter",
    (v) => `
      import psycopg2
      from flask import Flask, request

      app = Flask(__name__)
      PLANS = {'free': 0, 'pro': 10}


      @app.route('/plan')
      def plan():
          conn = psycopg2.connect('dbname=billing')
          cur = conn.cursor()
          try:
              price = PLANS[request.args.get('plan', 'free')]
          except KeyError as missing:
              name = missing.args[0]
              ${v ? 'cur.execute("SELECT price FROM legacy_plans WHERE name = \'" + name + "\'")' : "cur.execute('SELECT price FROM legacy_plans WHERE name = %s', (name,))"}
              row = cur.fetchone()
              price = row[0] if row else 0
          return {'price': price}
    `,
  ),
  // --- proxies over the request ---
  ...whole(
    "CWE-78",
    "__getattr__ proxy over request.args gives the host to os.system raw vs shlex.quote()d",
    (v) => `
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      class Query:
          def __init__(self, source):
              self._source = source

          def __getattr__(self, name):
              return self._source.get(name, '')


      @app.route('/dig')
      def dig():
          q = Query(request.args)
          status = os.system('dig +short ' + ${v ? "q.host" : "shlex.quote(q.host)"})
          return str(status)
    `,
  ),
  ...whole(
    "CWE-22",
    "__getitem__ proxy over request.form names the file opened under the uploads dir raw vs secure_filename()",
    (v) => `
      import os
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOADS = '/srv/uploads'


      class FormView:
          def __getitem__(self, key):
              return request.form[key]


      @app.route('/read', methods=['POST'])
      def read():
          form = FormView()
          name = ${v ? "form['file']" : "secure_filename(form['file'])"}
          with open(os.path.join(UPLOADS, name)) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-918",
    "attribute proxy built with a dict subclass (__getattr__ = dict.get) carries the callback URL to requests vs a fixed host",
    (v) => `
      import requests
      from flask import Flask, request

      app = Flask(__name__)


      class AttrDict(dict):
          __getattr__ = dict.get


      @app.route('/notify', methods=['POST'])
      def notify():
          cfg = AttrDict(request.get_json(force=True))
          ${v ? "url = cfg.callback" : "url = 'https://hooks.example.com/notify/' + str(int(cfg.channel or 0))"}
          requests.post(url, json={'done': True}, timeout=5)
          return 'sent'
    `,
  ),
  // --- functools decorators ---
  ...whole(
    "CWE-89",
    "lru_cache-decorated lookup formats the query value into SQL vs binds it",
    (v) => `
      import functools
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @functools.lru_cache(maxsize=256)
      def country_name(code):
          conn = sqlite3.connect('geo.db')
          ${v ? "row = conn.execute(f\"SELECT name FROM countries WHERE iso = '{code}'\").fetchone()" : "row = conn.execute('SELECT name FROM countries WHERE iso = ?', (code,)).fetchone()"}
          return row[0] if row else '?'


      @app.route('/country')
      def country():
          return country_name(request.args.get('iso', 'FR'))
    `,
  ),
  ...whole(
    "CWE-78",
    "wraps decorator injects the query host as the wrapped function's first argument, shell string vs argv list",
    (v) => `
      import subprocess
      from functools import wraps
      from flask import Flask, request

      app = Flask(__name__)


      def with_host(fn):
          @wraps(fn)
          def inner(*args, **kwargs):
              return fn(request.args.get('host', 'localhost'), *args, **kwargs)
          return inner


      @app.route('/trace')
      @with_host
      def trace(host):
          ${v ? "out = subprocess.check_output('traceroute -m 5 ' + host, shell=True)" : "out = subprocess.check_output(['traceroute', '-m', '5', '--', host])"}
          return out.decode()
    `,
  ),
  ...whole(
    "CWE-22",
    "functools.cache on a path helper fed the query name: joined raw vs confined by realpath + commonpath",
    (v) => `
      import os
      from functools import cache
      from flask import Flask, abort, request

      app = Flask(__name__)
      DOCS = os.path.realpath('/srv/docs')


      @cache
      def doc_path(name):
          path = os.path.realpath(os.path.join(DOCS, name))
          ${v ? "return path" : "if os.path.commonpath([DOCS, path]) != DOCS:\n              abort(404)\n          return path"}


      @app.route('/doc')
      def doc():
          with open(doc_path(request.args.get('n', 'index.txt'))) as fh:
              return fh.read()
    `,
  ),
  // --- CWE-79: unquoted attributes ---
  ...whole(
    "CWE-79",
    "escape()d value concatenated into an unquoted class attribute vs a double-quoted one",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      @app.route('/badge')
      def badge():
          kind = request.args.get('kind', 'info')
          ${v ? "return '<span class=' + escape(kind) + '>new</span>'" : "return '<span class=\"' + escape(kind) + '\">new</span>'"}
    `,
  ),
  ...whole(
    "CWE-79",
    "html.escape()d search term into an unquoted value= with str.format vs quoted",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)
      FORM = ${v ? "'<form><input name=q value={}><button>Go</button></form>'" : '\'<form><input name="q" value="{}"><button>Go</button></form>\''}


      @app.route('/search')
      def search():
          return FORM.format(html.escape(request.args.get('q', '')))
    `,
  ),
  ...whole(
    "CWE-79",
    "Django: escape()d title into an unquoted title attribute with % vs format_html with a quoted one",
    (v) => `
      from django.http import HttpResponse
      from django.utils.html import escape, format_html


      def tooltip(request):
          title = request.GET.get('title', '')
          ${v ? "return HttpResponse('<abbr title=%s>?</abbr>' % escape(title))" : "return HttpResponse(format_html('<abbr title=\"{}\">?</abbr>', title))"}
    `,
  ),
  ...whole(
    "CWE-79",
    "f-string puts an escaped avatar id into an unquoted data- attribute vs an int() of it",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      @app.route('/avatar')
      def avatar():
          ident = request.args.get('id', '0')
          ${v ? 'return f"<div class=avatar data-id={escape(ident)}></div>"' : 'return f"<div class=avatar data-id={int(ident)}></div>"'}
    `,
  ),
  // --- CWE-601: the fallback is built from input ---
  ...whole(
    "CWE-601",
    "next is checked to be relative, but the fallback absolute URL takes the tenant from the query raw vs fullmatch()ed",
    (v) => `
      import re
      from urllib.parse import urlparse
      from flask import Flask, abort, redirect, request

      app = Flask(__name__)


      @app.route('/after-login')
      def after_login():
          nxt = request.args.get('next', '')
          parts = urlparse(nxt)
          if nxt.startswith('/') and not nxt.startswith('//') and not parts.netloc:
              return redirect(nxt)
          tenant = request.args.get('tenant', 'www')
          ${v ? "" : "if not re.fullmatch(r'[a-z0-9-]{1,40}', tenant):\n              abort(400)"}
          return redirect('https://%s.example.com/home' % tenant)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django: url_has_allowed_host_and_scheme guards next, but the else branch redirects to a URL made from the Referer-like param vs reverse()",
    (v) => `
      from django.shortcuts import redirect
      from django.urls import reverse
      from django.utils.http import url_has_allowed_host_and_scheme


      def done(request):
          nxt = request.GET.get('next', '')
          if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
              return redirect(nxt)
          ${v ? "return redirect('https://' + request.GET.get('site', 'example.com') + '/')" : "return redirect(request.build_absolute_uri(reverse('home')))"}
    `,
  ),
  // --- CWE-113: header pass-through where nothing rejects CR/LF ---
  ...whole(
    "CWE-113",
    "http.server handler copies a decoded query parameter into a response header raw vs with CR/LF stripped",
    (v) => `
      from http.server import BaseHTTPRequestHandler, HTTPServer
      from urllib.parse import parse_qs, urlparse


      class Handler(BaseHTTPRequestHandler):
          def do_GET(self):
              params = parse_qs(urlparse(self.path).query)
              lang = params.get('lang', ['en'])[0]
              ${v ? "" : "lang = lang.replace('\\r', '').replace('\\n', '')"}
              self.send_response(200)
              self.send_header('Content-Language', lang)
              self.end_headers()
              self.wfile.write(b'ok')


      HTTPServer(('', 8080), Handler).serve_forever()
    `,
  ),
  ...whole(
    "CWE-113",
    "http.server redirect: Location built from the query's return path raw vs urllib.parse.quote()d",
    (v) => `
      from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
      from urllib.parse import parse_qs, quote, urlparse


      class Redirector(BaseHTTPRequestHandler):
          def do_GET(self):
              back = parse_qs(urlparse(self.path).query).get('back', ['home'])[0]
              self.send_response(302)
              self.send_header('Location', '/pages/' + ${v ? "back" : "quote(back, safe='')"})
              self.end_headers()


      ThreadingHTTPServer(('127.0.0.1', 8000), Redirector).serve_forever()
    `,
  ),
  // --- CLI tools: argv / environment under the analyzer's policy ---
  ...whole(
    "CWE-78",
    "CLI: argv file name spliced into a shell pipeline vs handed to subprocess as a list",
    (v) => `
      import subprocess
      import sys


      def count_lines(path):
          ${v ? "out = subprocess.check_output('cat ' + path + ' | wc -l', shell=True)" : "out = subprocess.check_output(['wc', '-l', '--', path])"}
          return out.decode().split()[0]


      if __name__ == '__main__':
          print(count_lines(sys.argv[1]))
    `,
  ),
  ...whole(
    "CWE-78",
    "CLI: argparse option formatted into os.system vs shlex.quote()d",
    (v) => `
      import argparse
      import os
      import shlex

      parser = argparse.ArgumentParser()
      parser.add_argument('--branch', default='main')
      args = parser.parse_args()
      os.system('git checkout %s' % ${v ? "args.branch" : "shlex.quote(args.branch)"})
    `,
  ),
  ...whole(
    "CWE-22",
    "CLI: argv report name joined under the reports dir raw vs its basename",
    (v) => `
      import os
      import sys

      REPORTS = '/var/lib/reporter'


      def show(name):
          path = os.path.join(REPORTS, ${v ? "name" : "os.path.basename(name)"})
          with open(path) as fh:
              sys.stdout.write(fh.read())


      show(sys.argv[1])
    `,
  ),
  ...whole(
    "CWE-78",
    "CLI: environment variable chooses the pager inserted into a shell line vs a fixed pager given the file as an argument",
    (v) => `
      import os
      import subprocess
      import sys

      ${v ? "pager = os.environ.get('PAGER_CMD', 'less')\n      subprocess.call(pager + ' ' + sys.argv[1], shell=True)" : "subprocess.call(['less', '--', sys.argv[1]])"}
    `,
  ),
  // --- CWE-502: pickles ---
  ...whole(
    "CWE-502",
    "Flask: cache pickle loaded from a path named in the query vs the app's own cache file it wrote",
    (v) => `
      import os
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      CACHE = os.path.join(app.instance_path, 'stats.pkl')


      def rebuild():
          stats = {'hits': 0}
          os.makedirs(app.instance_path, exist_ok=True)
          with open(CACHE, 'wb') as fh:
              pickle.dump(stats, fh)
          return stats


      @app.route('/stats')
      def stats():
          ${v ? "path = request.args.get('cache', CACHE)" : "path = CACHE"}
          if not os.path.exists(path):
              return rebuild()
          with open(path, 'rb') as fh:
              return pickle.load(fh)
    `,
  ),
  ...whole(
    "CWE-502",
    "CLI trainer: model loaded from an argv path vs from the file it just dumped in its own mkdtemp() dir",
    (v) => `
      import os
      import pickle
      import sys
      import tempfile


      def train():
          return {'weights': [0.1, 0.2]}


      def main():
          workdir = tempfile.mkdtemp(prefix='train-')
          model_path = os.path.join(workdir, 'model.pkl')
          with open(model_path, 'wb') as fh:
              pickle.dump(train(), fh)
          ${v ? "source = sys.argv[1] if len(sys.argv) > 1 else model_path" : "source = model_path"}
          with open(source, 'rb') as fh:
              model = pickle.load(fh)
          print(model['weights'])


      main()
    `,
  ),
  ...whole(
    "CWE-502",
    "Flask: session state unpickled from an uploaded file vs from the file the app saved under a server-made uuid name",
    (v) => `
      import os
      import pickle
      import uuid
      from flask import Flask, request

      app = Flask(__name__)
      STATE_DIR = '/var/lib/app/state'


      def save_state(state):
          token = uuid.uuid4().hex
          with open(os.path.join(STATE_DIR, token + '.pkl'), 'wb') as fh:
              pickle.dump(state, fh)
          return token


      @app.route('/resume', methods=['POST'])
      def resume():
          ${v ? "state = pickle.loads(request.files['state'].read())" : "token = save_state({'step': 1})\n          with open(os.path.join(STATE_DIR, token + '.pkl'), 'rb') as fh:\n              state = pickle.load(fh)"}
          return {'step': state['step']}
    `,
  ),
];
