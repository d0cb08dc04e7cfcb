// Dev suite "py-web", batch 32 (see py-web.ts): written blind after the batch 31 fixes (without reading the rules
// again), measured before any fix for it. More value flow in idioms earlier batches did not use: contextvars set
// in one function and read in another, collections.ChainMap and operator.itemgetter lookups, typing.Literal and
// pydantic Field(pattern=...) parameters, Enum.__members__ membership, re.sub allow-lists vs deny-lists,
// `sh -c` inside an argument list, Django dispatch() keeping request data on the view, SQLAlchemy text() with
// bound parameters, async generators, pathlib's `/` with an absolute name, normpath + a prefix without a
// separator vs commonpath, json.dumps inside <script>, unquoted HTML attributes, Markup over an f-string vs
// Markup %, urljoin with `//host`, url_for on a request endpoint, an empty netloc let through, compile() + eval,
// dill / numpy / torch loaders, and a sanitiser applied to the wrong variable. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch32: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH32: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "collections.ChainMap puts the query args before the defaults vs only constant layers",
    (v) => `
      import subprocess
      from collections import ChainMap
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = {'fmt': 'png', 'size': '128x128'}
      OVERRIDES = {'size': '256x256'}


      @app.route('/render', methods=['POST'])
      def render():
          opts = ChainMap(${v ? "request.args" : "OVERRIDES"}, DEFAULTS)
          cmd = f"convert /srv/in.svg -resize {opts['size']} /tmp/out.{opts['fmt']}"
          subprocess.run(cmd, shell=True, check=True)
          return 'rendered'
    `,
  ),
  ...whole(
    "CWE-78",
    "re.sub strips a deny-list of shell characters (newline and $() remain) vs everything outside [A-Za-z0-9._-]",
    (v) => `
      import os
      import re
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/whois')
      def whois():
          domain = request.args.get('domain', '')
          domain = re.sub(${v ? "r'[;&|`]'" : "r'[^A-Za-z0-9._-]'"}, '', domain)
          return os.popen('whois ' + domain).read()
    `,
  ),
  ...whole(
    "CWE-78",
    "argument list that runs `sh -c` with the directory concatenated vs ls with the directory as its own argument",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ls')
      def listing():
          d = request.args.get('dir', '/srv/public')
          ${
            v
              ? "out = subprocess.run(['sh', '-c', 'ls -la ' + d], capture_output=True, text=True)"
              : "out = subprocess.run(['ls', '-la', '--', d], capture_output=True, text=True)"
          }
          return out.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI: a pydantic Field with a strict pattern vs a Field with only a max_length, into os.system",
    (v) => `
      import os
      from fastapi import FastAPI
      from pydantic import BaseModel, Field

      app = FastAPI()


      class Job(BaseModel):
          branch: str = Field(${v ? "max_length=64" : "pattern=r'^[A-Za-z0-9._/-]{1,64}$'"})


      @app.post('/deploy')
      def deploy(job: Job):
          rc = os.system('git -C /srv/app checkout ' + job.branch)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "Enum.__members__ membership decides the profile vs the raw name used after a check that only logs",
    (v) => `
      import enum
      import logging
      import subprocess
      from flask import Flask, abort, request

      app = Flask(__name__)


      class Profile(enum.Enum):
          quick = '-T4 -F'
          full = '-T3 -p-'


      @app.route('/scan')
      def scan():
          name = request.args.get('profile', 'quick')
          if name not in Profile.__members__:
              ${v ? "logging.warning('unknown profile %s', name)" : "abort(400)"}
          flags = ${v ? "Profile.__members__.get(name, name)" : "Profile[name].value"}
          flags = flags.value if isinstance(flags, Profile) else flags
          return subprocess.check_output('nmap ' + flags + ' 10.0.0.1', shell=True, text=True)
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "contextvars: a before_request hook sets the org from a header, a helper reads it into SQL vs the hook sets an int",
    (v) => `
      import sqlite3
      from contextvars import ContextVar
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      current_org: ContextVar[str] = ContextVar('current_org', default='0')


      @app.before_request
      def bind_org():
          current_org.set(${v ? "request.headers.get('X-Org', '0')" : "str(int(request.headers.get('X-Org', '0')))"})


      def projects_for_org():
          db = sqlite3.connect('pm.db')
          return db.execute('SELECT id, name FROM project WHERE org_id = ' + current_org.get()).fetchall()


      @app.route('/projects')
      def projects():
          return jsonify(projects_for_org())
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI: the sort parameter typed str vs typing.Literal of two columns, into ORDER BY",
    (v) => `
      import sqlite3
      from typing import Literal
      from fastapi import FastAPI

      app = FastAPI()


      @app.get('/tickets')
      def tickets(sort: ${v ? "str" : "Literal['created', 'priority']"} = 'created'):
          db = sqlite3.connect('desk.db')
          return db.execute(f'SELECT id, title FROM ticket ORDER BY {sort} DESC').fetchall()
    `,
  ),
  ...whole(
    "CWE-89",
    "Django View.dispatch keeps the GET term on self and get() formats it vs passes it as a parameter",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse
      from django.views import View


      class CustomerSearch(View):
          def dispatch(self, request, *args, **kwargs):
              self.term = request.GET.get('q', '')
              return super().dispatch(request, *args, **kwargs)

          def get(self, request):
              with connection.cursor() as cur:
                  ${
                    v
                      ? 'cur.execute("SELECT id, name FROM crm_customer WHERE name LIKE \'%%" + self.term + "%%\'")'
                      : "cur.execute('SELECT id, name FROM crm_customer WHERE name LIKE %s', ['%' + self.term + '%'])"
                  }
                  rows = cur.fetchall()
              return JsonResponse({'rows': rows})
    `,
  ),
  ...whole(
    "CWE-89",
    "SQLAlchemy text(): an f-string with the email vs a :email bind parameter",
    (v) => `
      from flask import Flask, jsonify, request
      from sqlalchemy import create_engine, text

      app = Flask(__name__)
      engine = create_engine('sqlite:///accounts.db')


      @app.route('/account')
      def account():
          email = request.args.get('email', '')
          with engine.connect() as conn:
              ${
                v
                  ? "row = conn.execute(text(f\"SELECT id, plan FROM account WHERE email = '{email}'\")).first()"
                  : "row = conn.execute(text('SELECT id, plan FROM account WHERE email = :email'), {'email': email}).first()"
              }
          return jsonify(dict(row._mapping) if row else {})
    `,
  ),
  ...whole(
    "CWE-89",
    "async generator yields the JSON ids and the endpoint inlines them vs yields int() of each",
    (v) => `
      import sqlite3
      from starlette.applications import Starlette
      from starlette.responses import JSONResponse
      from starlette.routing import Route


      async def ids_of(request):
          body = await request.json()
          for i in body.get('ids', []):
              yield ${v ? "i" : "int(i)"}


      async def archive(request):
          ids = [str(i) async for i in ids_of(request)]
          db = sqlite3.connect('mail.db')
          db.execute('UPDATE message SET archived = 1 WHERE id IN (' + ','.join(ids) + ')')
          db.commit()
          return JSONResponse({'archived': len(ids)})


      app = Starlette(routes=[Route('/archive', archive, methods=['POST'])])
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "pathlib: a '..' substring check lets an absolute name replace the base vs resolve() + is_relative_to",
    (v) => `
      from pathlib import Path
      from flask import Flask, abort, request, send_file

      app = Flask(__name__)
      BASE = Path('/srv/uploads')


      @app.route('/file')
      def get_file():
          name = request.args.get('name', 'index.txt')
          ${
            v
              ? "if '..' in name:\n              abort(400)\n          target = BASE / name"
              : "target = (BASE / name).resolve()\n          if not target.is_relative_to(BASE):\n              abort(400)"
          }
          return send_file(target)
    `,
  ),
  ...whole(
    "CWE-22",
    "normpath + startswith(BASE) without a separator (a sibling directory passes) vs commonpath",
    (v) => `
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)
      BASE = '/srv/files'


      @app.route('/read')
      def read():
          p = os.path.normpath(os.path.join(BASE, request.args.get('p', 'a.txt')))
          if ${v ? "not p.startswith(BASE)" : "os.path.commonpath([BASE, p]) != BASE"}:
              abort(403)
          with open(p, encoding='utf-8') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "operator.itemgetter pulls the name out of the form and it is joined to the upload dir vs its werkzeug secure_filename",
    (v) => `
      import os
      from operator import itemgetter
      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOADS = '/srv/uploads'


      @app.route('/upload', methods=['POST'])
      def upload():
          name, body = itemgetter('name', 'body')(request.form)
          ${v ? "dest = os.path.join(UPLOADS, name)" : "dest = os.path.join(UPLOADS, secure_filename(name))"}
          with open(dest, 'w', encoding='utf-8') as fh:
              fh.write(body)
          return 'stored'
    `,
  ),
  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "json.dumps of request data inside a <script> block (</script> breaks out) vs markupsafe's htmlsafe_json_dumps",
    (v) => `
      import json
      from flask import Flask, request
      from jinja2.utils import htmlsafe_json_dumps

      app = Flask(__name__)


      @app.route('/widget')
      def widget():
          state = {'title': request.args.get('title', ''), 'page': 1}
          blob = ${v ? "json.dumps(state)" : "htmlsafe_json_dumps(state)"}
          return '<div id="w"></div><script>window.__STATE__ = ' + str(blob) + ';</script>'
    `,
  ),
  ...whole(
    "CWE-79",
    "escaped value in an unquoted attribute (a space adds onerror=) vs the same value in a quoted attribute",
    (v) => `
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      @app.route('/avatar')
      def avatar():
          alt = escape(request.args.get('alt', 'avatar'))
          return ${v ? "f'<img src=/static/a.png alt={alt}>'" : 'f\'<img src="/static/a.png" alt="{alt}">\''}
    `,
  ),
  ...whole(
    "CWE-79",
    "Markup() around an f-string with the name vs Markup('...%s...') % name, which escapes it",
    (v) => `
      from flask import Flask, request
      from markupsafe import Markup

      app = Flask(__name__)


      @app.route('/badge')
      def badge():
          name = request.args.get('name', '')
          ${v ? "html = Markup(f'<span class=\"badge\">{name}</span>')" : "html = Markup('<span class=\"badge\">%s</span>') % name"}
          return str(html)
    `,
  ),
  ...whole(
    "CWE-79",
    "jinja2 Environment(autoescape=False) renders the query vs select_autoescape(default_for_string=True)",
    (v) => `
      from flask import Flask, request
      from jinja2 import Environment, select_autoescape

      app = Flask(__name__)
      env = Environment(autoescape=${v ? "False" : "select_autoescape(default_for_string=True)"})
      TPL = env.from_string('<p>Results for {{ q }}</p>')


      @app.route('/results')
      def results():
          return TPL.render(q=request.args.get('q', ''))
    `,
  ),
  ...whole(
    "CWE-79",
    "escape() applied to the wrong variable: the title escaped, the author (also from the form) rendered raw vs both escaped",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/post', methods=['POST'])
      def post():
          title = html.escape(request.form.get('title', ''))
          author = request.form.get('author', '')
          ${v ? "" : "author = html.escape(author)"}
          return '<h1>' + title + '</h1><p>by ' + author + '</p>'
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "urljoin(BASE, path) with a request path (//host replaces the host) vs BASE + quote(item, safe='')",
    (v) => `
      from urllib.parse import quote, urljoin
      import requests
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      BASE = 'https://inventory.internal/api/'


      @app.route('/item')
      def item():
          ref = request.args.get('ref', 'latest')
          ${v ? "url = urljoin(BASE, ref)" : "url = BASE + 'items/' + quote(ref, safe='')"}
          return jsonify(requests.get(url, timeout=3).json())
    `,
  ),
  ...whole(
    "CWE-918",
    "requests.Session in a with-block: the webhook URL from the form vs one looked up from a fixed table by name",
    (v) => `
      import requests
      from flask import Flask, abort, request

      app = Flask(__name__)
      HOOKS = {'ci': 'https://ci.example.com/hook', 'chat': 'https://chat.example.com/hook'}


      @app.route('/notify', methods=['POST'])
      def notify():
          ${
            v
              ? "target = request.form.get('hook_url', HOOKS['ci'])"
              : "target = HOOKS.get(request.form.get('hook', 'ci'))\n          if target is None:\n              abort(400)"
          }
          with requests.Session() as s:
              s.post(target, json={'text': 'build finished'}, timeout=5)
          return 'sent'
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "redirect to ?next or url_for('index') vs url_for() of a request-chosen endpoint (only this app's routes)",
    (v) => `
      from flask import Flask, redirect, request, url_for
      from werkzeug.routing import BuildError

      app = Flask(__name__)


      @app.route('/')
      def index():
          return 'home'


      @app.route('/done')
      def done():
          ${
            v
              ? "return redirect(request.args.get('next') or url_for('index'))"
              : "try:\n              return redirect(url_for(request.args.get('endpoint', 'index')))\n          except BuildError:\n              return redirect(url_for('index'))"
          }
    `,
  ),
  ...whole(
    "CWE-601",
    "netloc test that lets an empty netloc through (/\\\\evil.com, javascript:) vs a netloc required to be ours",
    (v) => `
      from urllib.parse import urlparse
      from django.http import HttpResponseRedirect

      ALLOWED = {'app.example.com'}


      def back(request):
          nxt = request.GET.get('next', '/')
          host = urlparse(nxt).netloc
          if ${v ? "host and host not in ALLOWED" : "host not in ALLOWED"}:
              nxt = ${v ? "'/'" : "'https://app.example.com/'"}
          return HttpResponseRedirect(nxt)
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "compile() of the posted expression then eval of the code object vs simpleeval.simple_eval",
    (v) => `
      from flask import Flask, jsonify, request
      from simpleeval import simple_eval

      app = Flask(__name__)


      @app.route('/formula', methods=['POST'])
      def formula():
          expr = request.form.get('expr', '0')
          ${
            v
              ? "code = compile(expr, '<formula>', 'eval')\n          value = eval(code, {'__builtins__': {}}, {'x': 2})"
              : "value = simple_eval(expr, names={'x': 2})"
          }
          return jsonify(value=value)
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "uploaded model file: dill.loads vs numpy.load(allow_pickle=False)",
    (v) => `
      import io
      import dill
      import numpy as np
      from flask import Flask, jsonify, request

      app = Flask(__name__)


      @app.route('/weights', methods=['POST'])
      def weights():
          data = request.files['weights'].read()
          ${v ? "arr = dill.loads(data)" : "arr = np.load(io.BytesIO(data), allow_pickle=False)"}
          return jsonify(shape=list(getattr(arr, 'shape', [])))
    `,
  ),
  ...whole(
    "CWE-502",
    "FastAPI UploadFile into torch.load vs torch.load(weights_only=True)",
    (v) => `
      import io
      import torch
      from fastapi import FastAPI, UploadFile

      app = FastAPI()


      @app.post('/checkpoint')
      async def checkpoint(file: UploadFile):
          raw = await file.read()
          state = torch.load(io.BytesIO(raw)${v ? "" : ", weights_only=True"})
          return {'keys': len(state)}
    `,
  ),
  // --- CWE-90 LDAP / CWE-643 XPath ---
  ...whole(
    "CWE-90",
    "escape_filter_chars applied to the department, the uid concatenated raw vs both escaped",
    (v) => `
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      conn = Connection(Server('ldap://ldap.corp.local'), auto_bind=True)


      @app.route('/staff')
      def staff():
          dept = escape_filter_chars(request.args.get('dept', 'eng'))
          uid = ${v ? "request.args.get('uid', '*')" : "escape_filter_chars(request.args.get('uid', ''))"}
          conn.search('dc=corp,dc=local', '(&(ou=' + dept + ')(uid=' + uid + '))', attributes=['cn'])
          return jsonify([str(e.cn) for e in conn.entries])
    `,
  ),
  ...whole(
    "CWE-643",
    "contextvars carry the user name to an lxml XPath helper: formatted in vs passed as an XPath variable",
    (v) => `
      from contextvars import ContextVar
      from lxml import etree
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      DOC = etree.parse('/srv/data/acl.xml')
      who: ContextVar[str] = ContextVar('who', default='')


      def grants():
          ${
            v
              ? 'return DOC.xpath("//grant[@user=\'" + who.get() + "\']/@perm")'
              : "return DOC.xpath('//grant[@user=$u]/@perm', u=who.get())"
          }


      @app.route('/grants')
      def list_grants():
          who.set(request.args.get('user', ''))
          return jsonify([str(g) for g in grants()])
    `,
  ),
];
