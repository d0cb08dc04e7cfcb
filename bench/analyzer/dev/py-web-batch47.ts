// Dev suite "py-web", batch 47 (see py-web.ts): NOT blind. Targets named data-flow gaps left by the previous round
// (written from the gap list, before reading the fixing code): a mixin's method calling super().method() into the
// base that holds the sink, a callable passed to __init__ and called later, field(default_factory=hashlib.md5),
// session.update(asdict(x)) / session.update(dict(...)), keyed stores behind set/get methods of a small same-file
// class, and SQL built from a quote_name()-quoted identifier parameter in library-like DB-introspection code.
// Insecure/safe twins differ in the one thing that makes them safe. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch47: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH47: DevCase[] = [
  // --- 1. a mixin's method calling super().method() into the base holding the sink ---
  ...whole(
    "CWE-79",
    "mixin render() returning super().render(), base render() concatenating self.title into HTML: Page(request.args['x']) vs Page(html.escape(...))",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class CacheMixin:
          def render(self):
              body = super().render()
              return body


      class BasePage:
          def __init__(self, title):
              self.title = title

          def render(self):
              return '<html><body><h1>' + self.title + '</h1></body></html>'


      class Page(CacheMixin, BasePage):
          pass


      @app.route('/page')
      def page():
          return Page(${v ? "request.args['x']" : "html.escape(request.args['x'])"}).render()
    `,
  ),
  ...whole(
    "CWE-78",
    "timing mixin run() wrapping super().run(), base run() passing self.host to subprocess shell=True: Ping(host) vs Ping(shlex.quote(host))",
    (v) => `
      import shlex
      import subprocess
      import time
      from flask import Flask, request

      app = Flask(__name__)


      class TimedMixin:
          def run(self):
              started = time.monotonic()
              result = super().run()
              self.elapsed = time.monotonic() - started
              return result


      class ShellTask:
          def __init__(self, host):
              self.host = host

          def run(self):
              return subprocess.run('ping -c 1 ' + self.host, shell=True, capture_output=True, text=True)


      class Ping(TimedMixin, ShellTask):
          pass


      @app.route('/diag/ping')
      def diag_ping():
          host = request.args.get('host', 'localhost')
          out = Ping(${v ? "host" : "shlex.quote(host)"}).run()
          return {'rc': out.returncode, 'out': out.stdout}
    `,
  ),
  // --- 2. a callable passed into __init__ and called later ---
  ...whole(
    "CWE-502",
    "callable stored by __init__ as self.fn and called on request.data in a method: Decoder(pickle.loads) vs Decoder(json.loads)",
    (v) => `
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Decoder:
          def __init__(self, fn):
              self.fn = fn

          def from_request(self):
              return self.fn(request.data)


      @app.route('/import', methods=['POST'])
      def import_state():
          decoder = Decoder(${v ? "pickle.loads" : "json.loads"})
          state = decoder.from_request()
          return {'type': type(state).__name__}
    `,
  ),
  ...whole(
    "CWE-502",
    "module-level Codec(loads=yaml.unsafe_load) vs Codec(loads=yaml.safe_load) keyword callable, view calls CODEC.decode(body)",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      class Codec:
          def __init__(self, loads=None, name='yaml'):
              self._loads = loads
              self.name = name

          def decode(self, text):
              return self._loads(text)


      CODEC = Codec(loads=yaml.${v ? "unsafe_load" : "safe_load"})


      @app.route('/config/upload', methods=['POST'])
      def config_upload():
          cfg = CODEC.decode(request.get_data(as_text=True))
          return {'codec': CODEC.name, 'keys': sorted(cfg or {})}
    `,
  ),
  // --- 3. field(default_factory=<hash constructor>) digesting a password ---
  ...whole(
    "CWE-328",
    "dataclass PasswordHasher with field(default_factory=hashlib.md5) vs hashlib.sha256, a method digests the password",
    (v) => `
      import hashlib
      from dataclasses import dataclass, field
      from typing import Any
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class PasswordHasher:
          salt: bytes = b''
          h: Any = field(default_factory=hashlib.${v ? "md5" : "sha256"})

          def digest(self, password):
              self.h.update(self.salt + password.encode('utf-8'))
              return self.h.hexdigest()


      @app.route('/register', methods=['POST'])
      def register():
          hasher = PasswordHasher(salt=request.form['user'].encode())
          return {'user': request.form['user'], 'pw': hasher.digest(request.form['password'])}
    `,
  ),
  ...whole(
    "CWE-328",
    "field(default_factory=lambda: hashlib.new('md5')) vs hashlib.new('sha256') in a dataclass hashing the password",
    (v) => `
      import hashlib
      from dataclasses import dataclass, field
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Credential:
          username: str
          hasher: object = field(default_factory=lambda: hashlib.new('${v ? "md5" : "sha256"}'))

          def hash_password(self, password):
              self.hasher.update(password.encode())
              return self.hasher.hexdigest()


      @app.route('/password/set', methods=['POST'])
      def password_set():
          cred = Credential(request.form['username'])
          return {'user': cred.username, 'hash': cred.hash_password(request.form['password'])}
    `,
  ),
  // --- 4. session.update(asdict(x)) / session.update(dict(...)) ---
  ...whole(
    "CWE-501",
    "session.update(asdict(Prefs(theme=request value))) vs Prefs(theme='dark') constant",
    (v) => `
      import os
      from dataclasses import asdict, dataclass
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = os.environ['SECRET_KEY']


      @dataclass
      class Prefs:
          theme: str
          lang: str = 'en'


      @app.route('/prefs/save', methods=['POST'])
      def prefs_save():
          prefs = Prefs(theme=${v ? "request.form.get('theme', 'light')" : "'dark'"})
          session.update(asdict(prefs))
          return {'saved': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "session.update(dict(role=request.args['role'], seen=time)) vs dict(role='guest', seen=time)",
    (v) => `
      import os
      import time
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = os.environ['SECRET_KEY']


      @app.route('/login/guest')
      def login_guest():
          session.update(dict(role=${v ? "request.args.get('role', 'guest')" : "'guest'"}, seen=int(time.time())))
          return {'ok': True, 'next': request.args.get('next', '/')}
    `,
  ),
  // --- 5. keyed stores behind set/get methods of a small same-file class ---
  ...whole(
    "CWE-78",
    "Settings.set('name', request value), set('dir', constant): os.system(tar ... + s.get('name')) vs s.get('dir')",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      class Settings:
          def __init__(self):
              self._data = {}

          def set(self, key, value):
              self._data[key] = value

          def get(self, key, default=None):
              return self._data.get(key, default)


      @app.route('/backup')
      def backup():
          s = Settings()
          s.set('name', request.args.get('name', 'nightly'))
          s.set('dir', '/srv/data')
          rc = os.system('tar -czf /tmp/backup.tgz ' + s.get('${v ? "name" : "dir"}'))
          return {'name': s.get('name'), 'rc': rc}
    `,
  ),
  ...whole(
    "CWE-89",
    "Context.put('user', form value), put('table', 'accounts'): user slot formatted into the SQL vs bound as a parameter, table slot formatted in both",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Context:
          def __init__(self):
              self.items = {}

          def put(self, key, value):
              self.items[key] = value

          def fetch(self, key):
              return self.items[key]


      @app.route('/lookup', methods=['POST'])
      def lookup():
          ctx = Context()
          ctx.put('user', request.form['user'])
          ctx.put('table', 'accounts')
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          ${
            v
              ? `cur.execute("SELECT id FROM %s WHERE name = '%s'" % (ctx.fetch('table'), ctx.fetch('user')))`
              : `cur.execute("SELECT id FROM %s WHERE name = ?" % ctx.fetch('table'), (ctx.fetch('user'),))`
          }
          return {'rows': cur.fetchall()}
    `,
  ),
  // --- 6. identifier parameters quoted by a quote_name()-like call in library code ---
  ...whole(
    "CWE-89",
    "sqlite introspection class: PRAGMA index_list(%s) % table (unquoted identifier parameter) vs % self.quote_name(table)",
    (v) => `
      class DatabaseIntrospection:
          def __init__(self, connection):
              self.connection = connection

          def quote_name(self, name):
              if name.startswith('"') and name.endswith('"'):
                  name = name[1:-1]
              return '"%s"' % name.replace('"', '""')

          def get_indexes(self, cursor, table):
              cursor.execute("PRAGMA index_list(%s)" % ${v ? "table" : "self.quote_name(table)"})
              indexes = {}
              for row in cursor.fetchall():
                  indexes[row[1]] = {'unique': bool(row[2])}
              return indexes

          def get_table_description(self, cursor, table_name):
              cursor.execute("PRAGMA table_info(%s)" % self.quote_name(table_name))
              return [(row[1], row[2]) for row in cursor.fetchall()]
    `,
  ),
  ...whole(
    "CWE-89",
    "schema helper counting rows and reading one column: column/table formatted raw vs through connection.ops.quote_name",
    (v) => `
      from django.db import connection


      def column_stats(table, column):
          qn = connection.ops.quote_name
          with connection.cursor() as cursor:
              cursor.execute(
                  "SELECT COUNT(*), COUNT(DISTINCT %s) FROM %s" % (${v ? "column, table" : "qn(column), qn(table)"})
              )
              total, distinct = cursor.fetchone()
          return {'table': table, 'column': column, 'total': total, 'distinct': distinct}
    `,
  ),
  ...whole(
    "CWE-89",
    "view passing request.args['table'] to a helper: SELECT COUNT(*) FROM %s % table vs % quote_ident(table, cur) (psycopg2)",
    (v) => `
      import os
      import psycopg2
      from psycopg2.extensions import quote_ident
      from flask import Flask, request

      app = Flask(__name__)


      def row_count(cur, table):
          cur.execute("SELECT COUNT(*) FROM %s" % ${v ? "table" : "quote_ident(table, cur)"})
          return cur.fetchone()[0]


      @app.route('/admin/count')
      def admin_count():
          conn = psycopg2.connect(os.environ['DATABASE_URL'])
          with conn.cursor() as cur:
              return {'count': row_count(cur, request.args['table'])}
    `,
  ),
];
