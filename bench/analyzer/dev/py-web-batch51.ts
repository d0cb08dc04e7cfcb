// Dev suite "py-web", batch 51 (see py-web.ts): NOT blind. Targets named gaps left by the previous round (written
// from the gap list, before reading the fixing code): a Celery task fed a value a view stored through the ORM, a
// Django middleware setting response["Location"] from request.GET, self.algorithm when two classes of the module
// assign different algorithms, __post_init__ sanitisers other than an allow-list reset, a quoting helper called
// through a method attribute (self.sanitize = shlex.quote, scp's _sh_quote), pymysql escaping through method
// aliases, and loops over tuples of functions/lambdas. Insecure/safe twins differ in the one thing that makes them
// safe. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch51: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH51: DevCase[] = [
  // --- 1. a Celery task fed a value that a view stored through the ORM ---
  ...whole(
    "CWE-918",
    "view stores Webhook(url=request.POST['url']) and queues deliver.delay(hook.pk); the task posts to hook.url vs url from a constant dict",
    (v) => `
      import requests
      from celery import shared_task
      from django.db import models
      from django.http import JsonResponse
      from django.views.decorators.http import require_POST

      TARGETS = {
          'slack': 'https://hooks.slack.com/services/T000/B000/XXXX',
          'teams': 'https://outlook.office.com/webhook/abc',
      }


      class Webhook(models.Model):
          name = models.CharField(max_length=100)
          url = models.URLField()
          created = models.DateTimeField(auto_now_add=True)


      @shared_task
      def deliver(hook_id, payload):
          hook = Webhook.objects.get(pk=hook_id)
          resp = requests.post(hook.url, json=payload, timeout=10)
          return resp.status_code


      @require_POST
      def register_webhook(request):
          hook = Webhook.objects.create(
              name=request.POST['name'],
              url=${v ? "request.POST['url']" : "TARGETS.get(request.POST.get('kind'), TARGETS['slack'])"},
          )
          deliver.delay(hook.pk, {'event': 'registered', 'name': hook.name})
          return JsonResponse({'id': hook.pk})
    `,
  ),
  ...whole(
    "CWE-918",
    "view sets profile.avatar_url from the form and save()s it, a Celery task fetches Profile.objects.get(id=..).avatar_url vs a gravatar URL on a fixed host",
    (v) => `
      import hashlib
      import requests
      from celery import shared_task
      from django.core.files.base import ContentFile
      from django.db import models
      from django.shortcuts import redirect


      class Profile(models.Model):
          email = models.EmailField()
          avatar_url = models.URLField(blank=True)
          avatar = models.ImageField(upload_to='avatars/', blank=True)


      @shared_task(bind=True, max_retries=3)
      def fetch_avatar(self, profile_id):
          profile = Profile.objects.get(id=profile_id)
          resp = requests.get(profile.avatar_url, timeout=5)
          resp.raise_for_status()
          profile.avatar.save('%d.png' % profile.id, ContentFile(resp.content))


      def update_avatar(request):
          profile = Profile.objects.get(id=request.user.id)
          ${
            v
              ? "profile.avatar_url = request.POST.get('avatar_url', '')"
              : "profile.avatar_url = 'https://www.gravatar.com/avatar/' + hashlib.sha256(request.POST.get('email', '').strip().lower().encode()).hexdigest()"
          }
          profile.save()
          fetch_avatar.delay(profile.id)
          return redirect('/profile/')
    `,
  ),
  // --- 2. a Django middleware setting response["Location"] from request.GET ---
  ...whole(
    "CWE-601",
    "new-style middleware turning a 200 on /accounts/done into a 302 with response['Location'] = request.GET['next'] vs url_has_allowed_host_and_scheme check",
    (v) => `
      from django.utils.http import url_has_allowed_host_and_scheme


      class NextRedirectMiddleware:
          def __init__(self, get_response):
              self.get_response = get_response

          def __call__(self, request):
              response = self.get_response(request)
              nxt = request.GET.get('next')
              ok = ${
                v
                  ? "bool(nxt)"
                  : "nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure())"
              }
              if ok and request.path == '/accounts/done/' and response.status_code == 200:
                  response.status_code = 302
                  response['Location'] = nxt
              return response
    `,
  ),
  ...whole(
    "CWE-601",
    "MiddlewareMixin.process_response setting response['Location'] = request.GET.get('return_to') vs a constant dict of named destinations",
    (v) => `
      from django.utils.deprecation import MiddlewareMixin

      DESTINATIONS = {'home': '/', 'billing': '/billing/', 'profile': '/accounts/profile/'}


      class ReturnToMiddleware(MiddlewareMixin):
          def process_response(self, request, response):
              if response.status_code in (301, 302) and 'return_to' in request.GET:
                  ${
                    v
                      ? "response['Location'] = request.GET.get('return_to')"
                      : "response['Location'] = DESTINATIONS.get(request.GET.get('return_to'), '/')"
                  }
              return response
    `,
  ),
  // --- 3. self.algorithm when two classes of the module assign different algorithms ---
  ...whole(
    "CWE-328",
    "class attributes: ApiKeyHasher.algorithm = 'md5' digests API keys with hashlib.new(self.algorithm), CacheKey.algorithm = 'sha256' (usedforsecurity=False) vs the two swapped",
    (v) => `
      import hashlib
      import secrets
      from flask import Flask, request

      app = Flask(__name__)


      class ApiKeyHasher:
          algorithm = '${v ? "md5" : "sha256"}'

          def hash(self, key):
              return hashlib.new(self.algorithm, key.encode()).hexdigest()


      class CacheKey:
          algorithm = '${v ? "sha256" : "md5"}'

          def key(self, *parts):
              return hashlib.new(self.algorithm, ':'.join(parts).encode(), usedforsecurity=False).hexdigest()


      @app.route('/keys', methods=['POST'])
      def create_key():
          key = secrets.token_urlsafe(32)
          return {'key': key, 'stored': ApiKeyHasher().hash(key), 'cache': CacheKey().key('keys', request.form['owner'])}
    `,
  ),
  ...whole(
    "CWE-328",
    "instance attributes set in __init__: ResetToken self.algorithm = 'sha1' digesting the issued reset token, Etag self.algorithm = 'sha256' (usedforsecurity=False) vs the two swapped",
    (v) => `
      import hashlib
      import secrets


      class ResetToken:
          def __init__(self, user_id):
              self.user_id = user_id
              self.algorithm = '${v ? "sha1" : "sha256"}'

          def issue(self):
              raw = secrets.token_urlsafe(24)
              digest = hashlib.new(self.algorithm)
              digest.update(raw.encode())
              return raw, digest.hexdigest()


      class Etag:
          def __init__(self):
              self.algorithm = '${v ? "sha256" : "sha1"}'

          def of(self, body):
              return hashlib.new(self.algorithm, body, usedforsecurity=False).hexdigest()
    `,
  ),
  // --- 4. __post_init__ shapes other than an allow-list reset ---
  ...whole(
    "CWE-78",
    "dataclass PingJob.__post_init__ sets self.host = shlex.quote(self.host.strip()) vs self.host.strip(); command() formats it into a shell=True string",
    (v) => `
      import shlex
      import subprocess
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class PingJob:
          host: str
          count: int = 1

          def __post_init__(self):
              self.host = ${v ? "self.host.strip()" : "shlex.quote(self.host.strip())"}

          def command(self):
              return f'ping -c {self.count} {self.host}'


      @app.route('/ping')
      def ping():
          job = PingJob(request.args.get('host', 'localhost'))
          out = subprocess.run(job.command(), shell=True, capture_output=True, text=True)
          return {'rc': out.returncode, 'out': out.stdout}
    `,
  ),
  ...whole(
    "CWE-89",
    "dataclass Page.__post_init__ casting self.user_id = int(self.user_id) vs str(...).strip(); query() %-formats it into the SQL",
    (v) => `
      import sqlite3
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class OrdersQuery:
          user_id: str
          limit: int = 20

          def __post_init__(self):
              self.user_id = ${v ? "str(self.user_id).strip()" : "int(self.user_id)"}

          def sql(self):
              return 'SELECT id, total FROM orders WHERE user_id = %s LIMIT %d' % (self.user_id, self.limit)


      @app.route('/orders')
      def orders():
          q = OrdersQuery(request.args.get('user', '0'))
          conn = sqlite3.connect('shop.db')
          return {'rows': conn.execute(q.sql()).fetchall()}
    `,
  ),
  ...whole(
    "CWE-22",
    "dataclass Upload.__post_init__ normalising self.filename = secure_filename(self.filename) vs self.filename.lower(); path() joins it under UPLOAD_DIR",
    (v) => `
      import os
      from dataclasses import dataclass
      from flask import Flask, request, send_file
      from werkzeug.utils import secure_filename

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/uploads'


      @dataclass
      class StoredFile:
          filename: str
          owner: str = 'anonymous'

          def __post_init__(self):
              self.filename = ${v ? "self.filename.lower()" : "secure_filename(self.filename)"}

          def path(self):
              return os.path.join(UPLOAD_DIR, self.filename)


      @app.route('/files/<path:name>')
      def download(name):
          f = StoredFile(name, owner=request.args.get('owner', 'anonymous'))
          return send_file(f.path())
    `,
  ),
  // --- 5. a quoting helper called through a method attribute ---
  ...whole(
    "CWE-78",
    "RemoteCopy(sanitize=shlex.quote) default stored as self.sanitize, fetch() formats self.sanitize(path) into a shell=True scp command vs sanitize=lambda s: s",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class RemoteCopy:
          def __init__(self, host, sanitize=${v ? "lambda s: s" : "shlex.quote"}):
              self.host = host
              self.sanitize = sanitize

          def fetch(self, remote_path, local_dir='/srv/incoming'):
              cmd = 'scp -q %s:%s %s' % (self.host, self.sanitize(remote_path), local_dir)
              return subprocess.call(cmd, shell=True)


      @app.route('/pull')
      def pull():
          rc = RemoteCopy('backup.internal').fetch(request.args['path'])
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "scp-style client: module _sh_quote helper bound as self.sanitize, _remote_cmd() wraps it, paramiko exec_command(b'scp -t ' + quoted) vs sanitize=lambda x: x",
    (v) => `
      import re
      import paramiko
      from flask import Flask, request

      app = Flask(__name__)
      _find_unsafe = re.compile(r'[^\\w@%+=:,./~-]').search


      def _sh_quote(s):
          if not s:
              return "''"
          if _find_unsafe(s) is None:
              return s
          return "'" + s.replace("'", "'\\"'\\"'") + "'"


      class SCPClient:
          def __init__(self, transport, sanitize=${v ? "lambda x: x" : "_sh_quote"}):
              self.transport = transport
              self.sanitize = sanitize
              self.channel = None

          def _remote_cmd(self, mode, path):
              return 'scp -%s %s' % (mode, self.sanitize(path))

          def put(self, data, remote_path):
              self.channel = self.transport.open_session()
              self.channel.exec_command(self._remote_cmd('t', remote_path))
              self.channel.sendall(data)
              self.channel.close()


      @app.route('/publish', methods=['POST'])
      def publish():
          client = paramiko.SSHClient()
          client.load_system_host_keys()
          client.connect('files.internal', username='deploy')
          SCPClient(client.get_transport()).put(request.get_data(), request.args['dest'])
          return {'ok': True}
    `,
  ),
  // --- 6. pymysql escaping through method aliases ---
  ...whole(
    "CWE-89",
    "pymysql: esc = conn.escape_string alias, cur.execute(\"... name = '%s'\" % esc(name)) vs % name unescaped",
    (v) => `
      import os
      import pymysql
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/users/search')
      def users_search():
          conn = pymysql.connect(host='db', user='app', password=os.environ['DB_PASSWORD'], database='app')
          esc = conn.escape_string
          name = request.args.get('name', '')
          with conn.cursor() as cur:
              cur.execute("SELECT id, email FROM users WHERE name = '%s'" % ${v ? "name" : "esc(name)"})
              rows = cur.fetchall()
          conn.close()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "DAO storing self._literal = conn.escape in __init__, find_by_email() formats self._literal(email) (quoted literal) vs '%s' with the raw email",
    (v) => `
      import os
      import pymysql
      from flask import Flask, request

      app = Flask(__name__)


      class UserDao:
          def __init__(self, conn):
              self.conn = conn
              self._literal = conn.escape

          def find_by_email(self, email):
              with self.conn.cursor() as cur:
                  cur.execute(${
                    v
                      ? `"SELECT id, name FROM users WHERE email = '%s'" % email`
                      : `"SELECT id, name FROM users WHERE email = %s" % self._literal(email)`
                  })
                  return cur.fetchone()


      @app.route('/users/by-email')
      def by_email():
          conn = pymysql.connect(host='db', user='app', password=os.environ['DB_PASSWORD'], database='app')
          return {'user': UserDao(conn).find_by_email(request.args['email'])}
    `,
  ),
  // --- 7. loops over tuples of functions/lambdas ---
  ...whole(
    "CWE-78",
    "for f in (str.strip, str.lower): name = f(name) keeps the taint into os.system vs for f in (lambda s: 'report', lambda s: 'report-latest'): constant results",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/render')
      def render():
          name = request.args.get('name', 'report')
          for f in (${v ? "str.strip, str.lower" : "lambda s: 'report', lambda s: 'report-latest'"}):
              name = f(name)
          rc = os.system('pandoc -o /tmp/out.pdf /srv/docs/' + name + '.md')
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-79",
    "list of redactor lambdas applied in a loop: [lambda v: v.strip(), lambda v: v[:200]] keeps the taint into HTML vs [lambda v: '[redacted]'] (privacy mode)",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)

      REDACTORS = [${v ? "lambda v: v.strip(), lambda v: v[:200]" : "lambda v: '[redacted]'"}]


      @app.route('/echo')
      def echo():
          comment = request.args.get('comment', '')
          for redact in REDACTORS:
              comment = redact(comment)
          return '<div class="comment">' + comment + '</div>'
    `,
  ),
];
