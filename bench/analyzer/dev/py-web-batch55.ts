// Dev suite "py-web", batch 55 (see py-web.ts): written blind (without reading the analyzer's source) and measured
// before any fix. Class hierarchies the way real Python web code is layered: Django class-based views (View,
// TemplateView.get_context_data, ListView.get_queryset with .raw() / .extra(), FormView.form_valid, mixins overriding
// dispatch / get_object), Flask MethodView and blueprints with class-based handlers, FastAPI dependencies
// (Depends(get_repo)) and service classes, repository / service / controller layers passing request values through
// fields stored in __init__ (self.db, self.root), abc.ABC template methods whose hook a subclass overrides (two levels
// deep, super().hook() keeping or skipping validation), @property setters that sanitise or not, @classmethod
// factories, @staticmethod helpers, dataclasses and pydantic models carrying request fields, __call__ objects,
// functools.partial / bound methods passed as callbacks, registries of handler classes, instances cached at module
// level, descriptors, __getattr__ delegation and context-manager classes. Each safe twin differs only in the one
// thing that makes it safe (a constant, an allow-list, a real sanitiser, a safe API, the validating super() call).
// Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch55: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH55: DevCase[] = [
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Django ListView.get_queryset runs Model.objects.raw with the ?q= value in an f-string vs as a params list",
    (v) => `
      from django.views.generic import ListView

      from .models import Article


      class ArticleSearchView(ListView):
          template_name = 'articles/search.html'
          paginate_by = 20

          def get_queryset(self):
              term = self.request.GET.get('q', '')
              ${
                v
                  ? "return Article.objects.raw(f\"SELECT * FROM blog_article WHERE title LIKE '%%{term}%%'\")"
                  : "return Article.objects.raw('SELECT * FROM blog_article WHERE title LIKE %s', ['%' + term + '%'])"
              }
    `,
  ),
  ...whole(
    "CWE-89",
    "Django ListView.get_queryset filters with .extra(where=...) built from the status kwarg vs where + params",
    (v) => `
      from django.views.generic import ListView

      from .models import Ticket


      class TicketListView(ListView):
          model = Ticket

          def get_queryset(self):
              qs = super().get_queryset()
              status = self.kwargs['status']
              ${
                v
                  ? "return qs.extra(where=[\"status = '%s'\" % status])"
                  : "return qs.extra(where=['status = %s'], params=[status])"
              }
    `,
  ),
  ...whole(
    "CWE-89",
    "repository keeps the connection in self.db, a service calls it, a Flask MethodView passes the form name; f-string vs ? placeholder",
    (v) => `
      import sqlite3

      from flask import Flask, jsonify, request
      from flask.views import MethodView

      app = Flask(__name__)


      class UserRepository:
          def __init__(self, db):
              self.db = db

          def find_by_name(self, name):
              cur = self.db.cursor()
              ${
                v
                  ? "cur.execute(f\"SELECT id, email FROM users WHERE name = '{name}'\")"
                  : "cur.execute('SELECT id, email FROM users WHERE name = ?', (name,))"
              }
              return cur.fetchall()


      class UserService:
          def __init__(self, repo):
              self.repo = repo

          def lookup(self, name):
              return [{'id': r[0], 'email': r[1]} for r in self.repo.find_by_name(name)]


      class UserLookupAPI(MethodView):
          def __init__(self):
              self.service = UserService(UserRepository(sqlite3.connect('app.db')))

          def post(self):
              return jsonify(self.service.lookup(request.form['name']))


      app.add_url_rule('/users/lookup', view_func=UserLookupAPI.as_view('user_lookup'))
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI route gets a repository from Depends(get_repo); the repository concatenates the query parameter vs binds it",
    (v) => `
      import sqlite3

      from fastapi import Depends, FastAPI

      app = FastAPI()


      class ProductRepo:
          def __init__(self, conn: sqlite3.Connection):
              self.conn = conn

          def search(self, term: str):
              ${
                v
                  ? 'sql = "SELECT id, name FROM products WHERE name LIKE \'%" + term + "%\'"\n              return self.conn.execute(sql).fetchall()'
                  : "sql = 'SELECT id, name FROM products WHERE name LIKE ?'\n              return self.conn.execute(sql, ('%' + term + '%',)).fetchall()"
              }


      def get_repo():
          conn = sqlite3.connect('shop.db')
          try:
              yield ProductRepo(conn)
          finally:
              conn.close()


      @app.get('/products')
      def list_products(q: str = '', repo: ProductRepo = Depends(get_repo)):
          return [{'id': i, 'name': n} for i, n in repo.search(q)]
    `,
  ),
  ...whole(
    "CWE-89",
    "abc.ABC report: the template method run() builds SQL from the where_clause() hook; the subclass formats the region in vs returns a fixed clause with a bound parameter",
    (v) => `
      import abc
      import sqlite3

      from flask import Flask, request

      app = Flask(__name__)


      class Report(abc.ABC):
          table = 'sales'

          def __init__(self, conn, region):
              self.conn = conn
              self.region = region

          @abc.abstractmethod
          def where_clause(self):
              ...

          def params(self):
              return ()

          def run(self):
              sql = f'SELECT day, SUM(total) FROM {self.table} WHERE {self.where_clause()} GROUP BY day'
              return self.conn.execute(sql, self.params()).fetchall()


      class RegionReport(Report):
          def where_clause(self):
              ${v ? "return f\"region = '{self.region}'\"" : "return 'region = ?'"}

          def params(self):
              return ${v ? "()" : "(self.region,)"}


      @app.route('/reports/region')
      def region_report():
          report = RegionReport(sqlite3.connect('sales.db'), request.args.get('region', 'EU'))
          return {'rows': report.run()}
    `,
  ),
  ...whole(
    "CWE-89",
    "@classmethod factory builds the listing options from request.args; ORDER BY the raw sort key vs one mapped through an allow-list",
    (v) => `
      import sqlite3

      from flask import Flask, request

      app = Flask(__name__)
      SORTABLE = {'name': 'name', 'newest': 'created_at DESC', 'price': 'price'}


      class ListingOptions:
          def __init__(self, order_by, limit):
              self.order_by = order_by
              self.limit = limit

          @classmethod
          def from_request(cls, args):
              sort = args.get('sort', 'name')
              ${v ? "return cls(sort, 50)" : "return cls(SORTABLE.get(sort, 'name'), 50)"}


      @app.route('/listings')
      def listings():
          opts = ListingOptions.from_request(request.args)
          conn = sqlite3.connect('market.db')
          rows = conn.execute(f'SELECT id, name, price FROM listings ORDER BY {opts.order_by} LIMIT ?', (opts.limit,)).fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "repository instance cached at module level across requests; the view passes the email to a method using % formatting vs a DB-API parameter",
    (v) => `
      import sqlite3

      from flask import Flask, request

      app = Flask(__name__)


      class AccountRepo:
          def __init__(self, path):
              self.conn = sqlite3.connect(path, check_same_thread=False)

          def by_email(self, email):
              ${
                v
                  ? "return self.conn.execute(\"SELECT id, name FROM accounts WHERE email = '%s'\" % email).fetchone()"
                  : "return self.conn.execute('SELECT id, name FROM accounts WHERE email = ?', (email,)).fetchone()"
              }


      _repo = AccountRepo('accounts.db')


      @app.route('/accounts/by-email')
      def account_by_email():
          row = _repo.by_email(request.args['email'])
          return {'account': row}
    `,
  ),
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Flask MethodView keeps a CommandRunner in self.runner; the runner pings the posted host through a shell string vs an argument list",
    (v) => `
      import subprocess

      from flask import Flask, request
      from flask.views import MethodView

      app = Flask(__name__)


      class CommandRunner:
          def __init__(self, timeout=5):
              self.timeout = timeout

          def ping(self, host):
              ${
                v
                  ? "return subprocess.run(f'ping -c 1 {host}', shell=True, capture_output=True, text=True, timeout=self.timeout)"
                  : "return subprocess.run(['ping', '-c', '1', '--', host], capture_output=True, text=True, timeout=self.timeout)"
              }


      class PingView(MethodView):
          def __init__(self):
              self.runner = CommandRunner()

          def post(self):
              proc = self.runner.ping(request.form['host'])
              return {'rc': proc.returncode, 'out': proc.stdout}


      app.add_url_rule('/tools/ping', view_func=PingView.as_view('ping'))
    `,
  ),
  ...whole(
    "CWE-78",
    "__call__ object stored at module level is called with the query host; os.system on a concatenation vs subprocess.run with a list",
    (v) => `
      import os
      import subprocess

      from flask import Flask, request

      app = Flask(__name__)


      class Traceroute:
          def __init__(self, max_hops):
              self.max_hops = max_hops

          def __call__(self, host):
              ${
                v
                  ? "return os.system('traceroute -m %d %s' % (self.max_hops, host))"
                  : "return subprocess.run(['traceroute', '-m', str(self.max_hops), host]).returncode"
              }


      trace = Traceroute(15)


      @app.route('/tools/trace')
      def run_trace():
          return {'rc': trace(request.args.get('host', 'localhost'))}
    `,
  ),
  ...whole(
    "CWE-78",
    "registry of tool classes keyed by the request's tool name; the shell command is the class's constant plus the request argument vs the constant alone",
    (v) => `
      import subprocess

      from flask import Flask, request

      app = Flask(__name__)


      class Uptime:
          command = 'uptime'


      class DiskFree:
          command = 'df -h'


      class Memory:
          command = 'free -m'


      TOOLS = {'uptime': Uptime, 'disk': DiskFree, 'memory': Memory}


      @app.route('/tools/run')
      def run_tool():
          tool = TOOLS.get(request.args.get('tool', 'uptime'), Uptime)
          ${
            v
              ? "out = subprocess.check_output(tool.command + ' ' + request.args.get('flags', ''), shell=True)"
              : "out = subprocess.check_output(tool.command, shell=True)"
          }
          return {'out': out.decode()}
    `,
  ),
  ...whole(
    "CWE-78",
    "two-level hook: Base.execute calls validate() then runs the archive command; the leaf's validate skips vs calls super().validate() (a strict regex)",
    (v) => `
      import re
      import subprocess

      from flask import Flask, abort, request

      app = Flask(__name__)
      NAME_RE = re.compile(r'^[A-Za-z0-9_-]{1,64}$')


      class Job:
          def validate(self, name):
              return name

          def execute(self, name):
              name = self.validate(name)
              return subprocess.call('tar czf /backups/%s.tgz /srv/projects/%s' % (name, name), shell=True)


      class ValidatedJob(Job):
          def validate(self, name):
              if not NAME_RE.fullmatch(name):
                  abort(400)
              return name


      class BackupJob(ValidatedJob):
          def validate(self, name):
              name = name.strip()
              ${v ? "return name" : "return super().validate(name)"}


      @app.route('/projects/backup', methods=['POST'])
      def backup():
          return {'rc': BackupJob().execute(request.form['project'])}
    `,
  ),
  ...whole(
    "CWE-78",
    "context-manager class keeps the workspace path in self.path; the tar command runs on a path with the raw name vs secure_filename(name)",
    (v) => `
      import os
      import subprocess

      from flask import Flask, request
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      BASE = '/srv/workspaces'


      class Workspace:
          def __init__(self, name):
              self.path = os.path.join(BASE, ${v ? "name" : "secure_filename(name)"})

          def __enter__(self):
              os.makedirs(self.path, exist_ok=True)
              return self

          def __exit__(self, exc_type, exc, tb):
              return False


      @app.route('/workspaces/pack', methods=['POST'])
      def pack():
          with Workspace(request.form['workspace']) as ws:
              rc = subprocess.call(f'tar czf {ws.path}.tgz -C {ws.path} .', shell=True)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "bound method handed to a ThreadPoolExecutor as the callback; the service's method runs a shell string vs an argument list",
    (v) => `
      import subprocess
      from concurrent.futures import ThreadPoolExecutor

      from flask import Flask, request

      app = Flask(__name__)
      pool = ThreadPoolExecutor(max_workers=4)


      class DnsService:
          def resolve(self, domain):
              ${
                v
                  ? "return subprocess.check_output('dig +short ' + domain, shell=True, text=True)"
                  : "return subprocess.check_output(['dig', '+short', domain], text=True)"
              }


      service = DnsService()


      @app.route('/dns')
      def dns():
          future = pool.submit(service.resolve, request.args['domain'])
          return {'answer': future.result(timeout=10)}
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "blueprint with a class-based handler; the storage class joins the file name to its root vs checks the realpath stays under the root",
    (v) => `
      import os

      from flask import Blueprint, abort, request, send_file

      files_bp = Blueprint('files', __name__)


      class Storage:
          def __init__(self, root):
              self.root = root

          def path_for(self, name):
              path = os.path.join(self.root, name)
              ${
                v
                  ? "return path"
                  : "real = os.path.realpath(path)\n              if not real.startswith(os.path.realpath(self.root) + os.sep):\n                  abort(404)\n              return real"
              }


      class DownloadHandler:
          def __init__(self, storage):
              self.storage = storage

          def __call__(self):
              return send_file(self.storage.path_for(request.args['name']))


      files_bp.add_url_rule('/download', view_func=DownloadHandler(Storage('/srv/uploads')), endpoint='download')
    `,
  ),
  ...whole(
    "CWE-22",
    "Django View.get opens MEDIA_ROOT joined with the path kwarg via os.path.join vs django.utils._os.safe_join",
    (v) => `
      import os

      from django.conf import settings
      from django.http import FileResponse
      from django.utils._os import safe_join
      from django.views import View


      class AttachmentView(View):
          def get(self, request, *args, **kwargs):
              ${
                v
                  ? "path = os.path.join(settings.MEDIA_ROOT, kwargs['path'])"
                  : "path = safe_join(settings.MEDIA_ROOT, kwargs['path'])"
              }
              return FileResponse(open(path, 'rb'))
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI service class holds a base Path; read() divides it by the query name vs by Path(name).name",
    (v) => `
      from pathlib import Path

      from fastapi import Depends, FastAPI

      app = FastAPI()


      class ReportService:
          def __init__(self, base: Path):
              self.base = base

          def read(self, name: str) -> str:
              ${v ? "return (self.base / name).read_text()" : "return (self.base / Path(name).name).read_text()"}


      def get_reports() -> ReportService:
          return ReportService(Path('/var/reports'))


      @app.get('/reports')
      def get_report(name: str, reports: ReportService = Depends(get_reports)):
          return {'body': reports.read(name)}
    `,
  ),
  ...whole(
    "CWE-22",
    "@property setter on an upload record stores the client file name as given vs os.path.basename of it; the view saves to UPLOAD_DIR/filename",
    (v) => `
      import os

      from flask import Flask, request

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/uploads'


      class UploadRecord:
          def __init__(self):
              self._filename = 'unnamed'

          @property
          def filename(self):
              return self._filename

          @filename.setter
          def filename(self, value):
              ${v ? "self._filename = value" : "self._filename = os.path.basename(value) or 'unnamed'"}


      @app.route('/upload', methods=['POST'])
      def upload():
          f = request.files['file']
          rec = UploadRecord()
          rec.filename = f.filename
          with open(os.path.join(UPLOAD_DIR, rec.filename), 'wb') as out:
              out.write(f.read())
          return {'saved': rec.filename}
    `,
  ),
  ...whole(
    "CWE-22",
    "exporter's __init__ stores the output directory: the request's dir vs the configured constant",
    (v) => `
      import csv
      import os

      from flask import Flask, request

      app = Flask(__name__)
      EXPORT_DIR = '/srv/exports'


      class CsvExporter:
          def __init__(self, root):
              self.root = root

          def write(self, rows):
              path = os.path.join(self.root, 'report.csv')
              with open(path, 'w', newline='') as fh:
                  csv.writer(fh).writerows(rows)
              return path


      @app.route('/export', methods=['POST'])
      def export():
          exporter = CsvExporter(${v ? "request.form.get('dir', EXPORT_DIR)" : "EXPORT_DIR"})
          return {'path': exporter.write([['id', 'name'], [1, request.form.get('name', '')]])}
    `,
  ),
  ...whole(
    "CWE-22",
    "Django mixin overriding dispatch stores the requested template file on self; get() reads it joined to the theme dir raw vs basename",
    (v) => `
      import os

      from django.http import HttpResponse
      from django.views import View

      THEME_DIR = '/srv/themes/default'


      class ThemeFileMixin:
          def dispatch(self, request, *args, **kwargs):
              self.theme_file = ${v ? "request.GET.get('file', 'base.css')" : "os.path.basename(request.GET.get('file', 'base.css'))"}
              return super().dispatch(request, *args, **kwargs)


      class ThemeAssetView(ThemeFileMixin, View):
          def get(self, request, *args, **kwargs):
              with open(os.path.join(THEME_DIR, self.theme_file)) as fh:
                  return HttpResponse(fh.read(), content_type='text/css')
    `,
  ),
  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Django TemplateView.get_context_data puts mark_safe(?q=) in the context vs the plain value (autoescaped by the template)",
    (v) => `
      from django.utils.safestring import mark_safe
      from django.views.generic import TemplateView


      class SearchPageView(TemplateView):
          template_name = 'search/results.html'

          def get_context_data(self, **kwargs):
              context = super().get_context_data(**kwargs)
              query = self.request.GET.get('q', '')
              context['query'] = ${v ? "mark_safe(query)" : "query"}
              return context
    `,
  ),
  ...whole(
    "CWE-79",
    "Flask MethodView renders a presenter object's HTML; the presenter formats the name raw vs markupsafe.escape'd",
    (v) => `
      from flask import Flask, request
      from flask.views import MethodView
      from markupsafe import escape

      app = Flask(__name__)


      class GreetingPresenter:
          def __init__(self, name):
              self.name = name

          def render(self):
              return '<h1>Hello, %s!</h1>' % ${v ? "self.name" : "escape(self.name)"}


      class GreetingView(MethodView):
          def get(self):
              return GreetingPresenter(request.args.get('name', 'guest')).render()


      app.add_url_rule('/greet', view_func=GreetingView.as_view('greet'))
    `,
  ),
  ...whole(
    "CWE-79",
    "dataclass comment model built from the JSON body; its to_html() wraps the body in Markup(...) vs Markup's format (escapes args)",
    (v) => `
      from dataclasses import dataclass

      from flask import Flask, render_template_string, request
      from markupsafe import Markup

      app = Flask(__name__)


      @dataclass
      class Comment:
          author: str
          body: str

          def to_html(self):
              ${
                v
                  ? "return Markup('<p class=\"comment\"><b>' + self.author + '</b> ' + self.body + '</p>')"
                  : "return Markup('<p class=\"comment\"><b>{}</b> {}</p>').format(self.author, self.body)"
              }


      @app.route('/comments/preview', methods=['POST'])
      def preview():
          data = request.get_json()
          comment = Comment(data['author'], data['body'])
          return render_template_string('<div>{{ c }}</div>', c=comment.to_html())
    `,
  ),
  ...whole(
    "CWE-79",
    "Django View gets its HTML from a mixin's build_body(); '%s' formatting into mark_safe vs format_html",
    (v) => `
      from django.http import HttpResponse
      from django.utils.html import format_html
      from django.utils.safestring import mark_safe
      from django.views import View


      class BannerMixin:
          def build_body(self, title):
              ${
                v
                  ? "return mark_safe('<div class=\"banner\">%s</div>' % title)"
                  : "return format_html('<div class=\"banner\">{}</div>', title)"
              }


      class BannerView(BannerMixin, View):
          def get(self, request):
              return HttpResponse(self.build_body(request.GET.get('title', 'Welcome')))
    `,
  ),
  ...whole(
    "CWE-79",
    "a descriptor class guards a card's title: the Raw descriptor hands back the stored value vs the Escaped one html.escape's it",
    (v) => `
      import html

      from flask import Flask, request

      app = Flask(__name__)


      class Raw:
          def __set_name__(self, owner, name):
              self.key = '_' + name

          def __get__(self, obj, objtype=None):
              return getattr(obj, self.key)

          def __set__(self, obj, value):
              setattr(obj, self.key, value)


      class Escaped(Raw):
          def __get__(self, obj, objtype=None):
              return html.escape(getattr(obj, self.key))


      class Card:
          title = ${v ? "Raw()" : "Escaped()"}

          def __init__(self, title):
              self.title = title


      @app.route('/card')
      def card():
          c = Card(request.args.get('title', ''))
          return f'<div class="card"><h2>{c.title}</h2></div>'
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Django FormView.form_valid redirects to ?next= as given vs after url_has_allowed_host_and_scheme",
    (v) => `
      from django.contrib.auth import login
      from django.contrib.auth.forms import AuthenticationForm
      from django.shortcuts import redirect
      from django.utils.http import url_has_allowed_host_and_scheme
      from django.views.generic import FormView


      class SignInView(FormView):
          form_class = AuthenticationForm
          template_name = 'accounts/login.html'

          def form_valid(self, form):
              login(self.request, form.get_user())
              target = self.request.GET.get('next', '/')
              ${
                v
                  ? "return redirect(target)"
                  : "if not url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()):\n                  target = '/'\n              return redirect(target)"
              }
    `,
  ),
  ...whole(
    "CWE-601",
    "@staticmethod RedirectPolicy.target returns the next URL as given vs only a single-slash local path",
    (v) => `
      from flask import Flask, redirect, request
      from flask.views import MethodView

      app = Flask(__name__)


      class RedirectPolicy:
          @staticmethod
          def target(url):
              ${
                v
                  ? "return url or '/'"
                  : "if url and url.startswith('/') and not url.startswith('//') and '\\\\' not in url:\n                  return url\n              return '/'"
              }


      class LogoutView(MethodView):
          def get(self):
              return redirect(RedirectPolicy.target(request.args.get('next')))


      app.add_url_rule('/logout', view_func=LogoutView.as_view('logout'))
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI short-link service: resolve() returns the fallback query URL when the code is unknown vs the site root",
    (v) => `
      from fastapi import Depends, FastAPI
      from fastapi.responses import RedirectResponse

      app = FastAPI()


      class LinkService:
          def __init__(self, links):
              self.links = links

          def resolve(self, code: str, fallback: str) -> str:
              ${v ? "return self.links.get(code, fallback)" : "return self.links.get(code, '/')"}


      def get_links() -> LinkService:
          return LinkService({'docs': 'https://docs.example.com', 'blog': 'https://blog.example.com'})


      @app.get('/go/{code}')
      def go(code: str, fallback: str = '/', links: LinkService = Depends(get_links)):
          return RedirectResponse(links.resolve(code, fallback))
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "webhook client built with the JSON body's callback URL as its base vs the configured base (the body only fills the payload)",
    (v) => `
      import requests

      from flask import Flask, request

      app = Flask(__name__)
      HOOK_BASE = 'https://hooks.internal.example.com'


      class WebhookClient:
          def __init__(self, base_url, timeout=5):
              self.base_url = base_url.rstrip('/')
              self.session = requests.Session()
              self.timeout = timeout

          def notify(self, event, payload):
              return self.session.post(f'{self.base_url}/events/{event}', json=payload, timeout=self.timeout)


      @app.route('/hooks/test', methods=['POST'])
      def test_hook():
          body = request.get_json()
          client = WebhookClient(${v ? "body['callback']" : "HOOK_BASE"})
          resp = client.notify('ping', {'callback': body['callback']})
          return {'status': resp.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "FastAPI Depends(get_fetcher); the fetcher service gets the query URL with httpx as given vs after a hostname allow-list",
    (v) => `
      from urllib.parse import urlparse

      import httpx
      from fastapi import Depends, FastAPI, HTTPException

      app = FastAPI()
      ALLOWED_HOSTS = {'images.example.com', 'cdn.example.com'}


      class Fetcher:
          def __init__(self, client: httpx.Client):
              self.client = client

          def fetch(self, url: str) -> bytes:
              ${
                v
                  ? "return self.client.get(url).content"
                  : "parsed = urlparse(url)\n              if parsed.scheme != 'https' or parsed.hostname not in ALLOWED_HOSTS:\n                  raise HTTPException(status_code=400)\n              return self.client.get(url).content"
              }


      def get_fetcher() -> Fetcher:
          return Fetcher(httpx.Client(timeout=5))


      @app.get('/preview')
      def preview(url: str, fetcher: Fetcher = Depends(get_fetcher)):
          return {'size': len(fetcher.fetch(url))}
    `,
  ),
  ...whole(
    "CWE-918",
    "__getattr__ delegation to a requests.Session; proxy.get() on the query URL vs on a fixed host plus the quoted path",
    (v) => `
      from urllib.parse import quote

      import requests

      from flask import Flask, request

      app = Flask(__name__)
      API = 'https://api.internal.example.com/items/'


      class TracedSession:
          def __init__(self):
              self._session = requests.Session()
              self.calls = 0

          def __getattr__(self, name):
              self.calls += 1
              return getattr(self._session, name)


      http = TracedSession()


      @app.route('/items/fetch')
      def fetch_item():
          ${v ? "resp = http.get(request.args['url'], timeout=5)" : "resp = http.get(API + quote(request.args['url'], safe=''), timeout=5)"}
          return resp.text
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "Calculator model keeps the posted expression in self.expr; evaluate() uses eval vs ast.literal_eval",
    (v) => `
      import ast

      from flask import Flask, request

      app = Flask(__name__)


      class Calculator:
          def __init__(self, expr):
              self.expr = expr

          def evaluate(self):
              ${v ? "return eval(self.expr)" : "return ast.literal_eval(self.expr)"}


      @app.route('/calc', methods=['POST'])
      def calc():
          return {'result': Calculator(request.form['expr']).evaluate()}
    `,
  ),
  ...whole(
    "CWE-94",
    "functools.partial over a bound method as the callback; the method compiles and execs the form's rule vs parses it as JSON",
    (v) => `
      import functools
      import json

      from flask import Flask, request

      app = Flask(__name__)


      class RuleEngine:
          def __init__(self):
              self.scope = {}

          def load(self, source):
              ${v ? "exec(compile(source, '<rule>', 'exec'), self.scope)" : "self.scope.update(json.loads(source))"}
              return sorted(self.scope)


      def run_later(callback):
          return callback()


      @app.route('/rules', methods=['POST'])
      def add_rule():
          engine = RuleEngine()
          names = run_later(functools.partial(engine.load, request.form['rule']))
          return {'names': [n for n in names if not n.startswith('__')]}
    `,
  ),
  // --- CWE-502 deserialisation ---
  ...whole(
    "CWE-502",
    "CookieSession class keeps the raw cookie; load() unpickles its base64 vs json.loads it",
    (v) => `
      import base64
      import json
      import pickle

      from flask import Flask, request

      app = Flask(__name__)


      class CookieSession:
          def __init__(self, raw):
              self.raw = raw or ''

          def load(self):
              if not self.raw:
                  return {}
              ${v ? "return pickle.loads(base64.b64decode(self.raw))" : "return json.loads(base64.b64decode(self.raw))"}


      @app.route('/cart')
      def cart():
          session = CookieSession(request.cookies.get('cart'))
          return {'cart': session.load()}
    `,
  ),
  ...whole(
    "CWE-502",
    "config importer subclass overrides parse(): yaml.load with the full Loader vs yaml.safe_load, on the uploaded body",
    (v) => `
      import yaml

      from flask import Flask, request

      app = Flask(__name__)


      class Importer:
          def parse(self, text):
              raise NotImplementedError

          def run(self, text):
              data = self.parse(text)
              return {'keys': sorted(data)}


      class YamlImporter(Importer):
          def parse(self, text):
              ${v ? "return yaml.load(text, Loader=yaml.Loader)" : "return yaml.safe_load(text)"}


      @app.route('/config/import', methods=['POST'])
      def import_config():
          return YamlImporter().run(request.get_data(as_text=True))
    `,
  ),
  ...whole(
    "CWE-502",
    "Django View.post hands request.body to a snapshot store; restore() uses jsonpickle.decode vs json.loads",
    (v) => `
      import json

      import jsonpickle
      from django.http import JsonResponse
      from django.views import View


      class SnapshotStore:
          def restore(self, blob):
              ${v ? "return jsonpickle.decode(blob)" : "return json.loads(blob)"}


      class RestoreView(View):
          store = SnapshotStore()

          def post(self, request):
              state = self.store.restore(request.body.decode())
              return JsonResponse({'restored': bool(state)})
    `,
  ),
  // --- CWE-611 XXE ---
  ...whole(
    "CWE-611",
    "XmlImporter builds its lxml parser in __init__ with resolve_entities=True vs False (no_network on); import_() parses the body",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      class XmlImporter:
          def __init__(self):
              self.parser = etree.XMLParser(resolve_entities=${v ? "True" : "False"}, no_network=True)

          def import_(self, data):
              root = etree.fromstring(data, self.parser)
              return [el.text for el in root.iter('item')]


      @app.route('/import/xml', methods=['POST'])
      def import_xml():
          return {'items': XmlImporter().import_(request.get_data())}
    `,
  ),
  ...whole(
    "CWE-611",
    "Flask MethodView with the SAX feature external-general-entities switched on vs off in a class attribute",
    (v) => `
      import xml.sax
      from xml.sax.handler import feature_external_ges

      from flask import Flask, request
      from flask.views import MethodView

      app = Flask(__name__)


      class TitleHandler(xml.sax.ContentHandler):
          def __init__(self):
              super().__init__()
              self.titles = []
              self._in_title = False

          def startElement(self, name, attrs):
              self._in_title = name == 'title'

          def characters(self, content):
              if self._in_title:
                  self.titles.append(content)


      class FeedView(MethodView):
          external_entities = ${v ? "True" : "False"}

          def post(self):
              handler = TitleHandler()
              parser = xml.sax.make_parser()
              parser.setFeature(feature_external_ges, self.external_entities)
              parser.setContentHandler(handler)
              parser.parse(request.files['feed'])
              return {'titles': handler.titles}


      app.add_url_rule('/feeds', view_func=FeedView.as_view('feeds'))
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Django view calls a Directory service holding the ldap connection; the filter interpolates the uid vs escape_filter_chars(uid)",
    (v) => `
      import ldap
      from ldap.filter import escape_filter_chars
      from django.http import JsonResponse
      from django.views import View


      class Directory:
          def __init__(self, uri, base_dn):
              self.conn = ldap.initialize(uri)
              self.base_dn = base_dn

          def find_user(self, uid):
              flt = '(&(objectClass=person)(uid=%s))' % ${v ? "uid" : "escape_filter_chars(uid)"}
              return self.conn.search_s(self.base_dn, ldap.SCOPE_SUBTREE, flt, ['cn', 'mail'])


      class UserDirectoryView(View):
          directory = Directory('ldap://ldap.internal', 'ou=people,dc=example,dc=com')

          def get(self, request):
              results = self.directory.find_user(request.GET.get('uid', ''))
              return JsonResponse({'count': len(results)})
    `,
  ),
  ...whole(
    "CWE-90",
    "FastAPI Depends(get_directory) with ldap3; search() formats the mail query parameter into the filter vs escape_filter_chars",
    (v) => `
      from fastapi import Depends, FastAPI
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = FastAPI()


      class MailDirectory:
          def __init__(self, conn: Connection):
              self.conn = conn

          def search(self, mail: str):
              self.conn.search('dc=example,dc=com', f'(mail={${v ? "mail" : "escape_filter_chars(mail)"}})', attributes=['cn'])
              return [str(e.cn) for e in self.conn.entries]


      def get_directory() -> MailDirectory:
          return MailDirectory(Connection(Server('ldap://ldap.internal'), auto_bind=True))


      @app.get('/directory')
      def directory(mail: str, d: MailDirectory = Depends(get_directory)):
          return {'names': d.search(mail)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Catalog class wraps a parsed lxml tree; find() formats the title into the XPath vs passes it as an XPath variable",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)


      class Catalog:
          def __init__(self, path):
              self.tree = etree.parse(path)

          def find(self, title):
              ${
                v
                  ? "return self.tree.xpath(f\"//book[title='{title}']/@id\")"
                  : "return self.tree.xpath('//book[title=$t]/@id', t=title)"
              }


      catalog = Catalog('/srv/data/catalog.xml')


      @app.route('/books')
      def books():
          return {'ids': [str(i) for i in catalog.find(request.args.get('title', ''))]}
    `,
  ),
  ...whole(
    "CWE-643",
    "repository over an ElementTree document: findall with the user name in the path predicate vs iterating and comparing attributes",
    (v) => `
      import xml.etree.ElementTree as ET

      from flask import Flask, request

      app = Flask(__name__)


      class UserXmlRepo:
          def __init__(self, path):
              self.root = ET.parse(path).getroot()

          def roles_of(self, name):
              ${
                v
                  ? 'return [r.text for r in self.root.findall("./user[@name=\'" + name + "\']/role")]'
                  : "return [r.text for u in self.root.findall('./user') if u.get('name') == name for r in u.findall('role')]"
              }


      @app.route('/roles')
      def roles():
          return {'roles': UserXmlRepo('/srv/data/users.xml').roles_of(request.args['user'])}
    `,
  ),
  // --- CWE-117 log injection ---
  ...whole(
    "CWE-117",
    "AuditLogger class wraps logging; record() logs the login header as given vs with CR/LF removed",
    (v) => `
      import logging

      from flask import Flask, request

      app = Flask(__name__)


      class AuditLogger:
          def __init__(self, name):
              self.log = logging.getLogger(name)

          def record(self, user, action):
              ${
                v
                  ? "self.log.info('user=%s action=%s' % (user, action))"
                  : "user = user.replace('\\r', '').replace('\\n', '')\n              self.log.info('user=%s action=%s' % (user, action))"
              }


      audit = AuditLogger('audit')


      @app.route('/login', methods=['POST'])
      def do_login():
          audit.record(request.headers.get('X-User', 'anonymous'), 'login')
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-117",
    "logging.LoggerAdapter subclass process() prefixes the message with the request's client id vs a server-side request counter",
    (v) => `
      import itertools
      import logging

      from flask import Flask, request

      app = Flask(__name__)
      _ids = itertools.count(1)


      class RequestAdapter(logging.LoggerAdapter):
          def process(self, msg, kwargs):
              return '[%s] %s' % (self.extra['client'], msg), kwargs


      @app.route('/orders', methods=['POST'])
      def create_order():
          log = RequestAdapter(logging.getLogger('orders'), {'client': ${v ? "request.headers.get('X-Client-Id', '-')" : "next(_ids)"}})
          log.warning('order created')
          return {'ok': True}
    `,
  ),
  // --- more layering: pydantic model, abstract repository, get_object ---
  ...whole(
    "CWE-89",
    "pydantic model carries the FastAPI body's sort column into a repository method; an f-string ORDER BY vs a Literal-typed field",
    (v) => `
      import sqlite3
      from typing import Literal

      from fastapi import FastAPI
      from pydantic import BaseModel

      app = FastAPI()


      class Query(BaseModel):
          sort: ${v ? "str" : "Literal['name', 'created_at', 'price']"} = 'name'
          limit: int = 20


      class ItemRepo:
          def __init__(self, path: str):
              self.path = path

          def list(self, q: Query):
              with sqlite3.connect(self.path) as conn:
                  return conn.execute(f'SELECT id, name FROM items ORDER BY {q.sort} LIMIT ?', (q.limit,)).fetchall()


      repo = ItemRepo('items.db')


      @app.post('/items/query')
      def query_items(q: Query):
          return repo.list(q)
    `,
  ),
  ...whole(
    "CWE-89",
    "Django DetailView mixin overriding get_object runs cursor.execute with the slug kwarg concatenated vs as a parameter",
    (v) => `
      from django.db import connection
      from django.http import Http404
      from django.views.generic import DetailView

      from .models import Page


      class RawSlugMixin:
          def get_object(self, queryset=None):
              slug = self.kwargs.get('slug')
              with connection.cursor() as cur:
                  ${
                    v
                      ? 'cur.execute("SELECT id FROM cms_page WHERE slug = \'" + slug + "\'")'
                      : "cur.execute('SELECT id FROM cms_page WHERE slug = %s', [slug])"
                  }
                  row = cur.fetchone()
              if row is None:
                  raise Http404
              return Page.objects.get(pk=row[0])


      class PageDetailView(RawSlugMixin, DetailView):
          model = Page
          template_name = 'cms/page.html'
    `,
  ),
  ...whole(
    "CWE-78",
    "abc.ABC converter whose template method runs command(); the subclass puts the uploaded file name in the shell string vs a generated temp name",
    (v) => `
      import abc
      import os
      import subprocess
      import uuid

      from flask import Flask, request

      app = Flask(__name__)


      class Converter(abc.ABC):
          def __init__(self, upload):
              self.upload = upload

          @abc.abstractmethod
          def command(self, src):
              ...

          def convert(self):
              src = os.path.join('/tmp', ${v ? "self.upload.filename" : "uuid.uuid4().hex + '.doc'"})
              self.upload.save(src)
              return subprocess.call(self.command(src), shell=True)


      class PdfConverter(Converter):
          def command(self, src):
              return 'libreoffice --headless --convert-to pdf ' + src


      @app.route('/convert', methods=['POST'])
      def convert():
          return {'rc': PdfConverter(request.files['doc']).convert()}
    `,
  ),
];
