// Dev suite "py-web", batch 54 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views (tenth wave), insecure/safe twins over 15 categories (log
// injection included). Each view is a source, one or two data steps and a sink. Data steps earlier waves used
// little: `match` statements with guards, mapping and class patterns, walrus assignments, closures returned by
// nested functions, generators with `yield from`, functools.reduce, deque rotate / appendleft, heapq, bisect, enum
// values, str.partition / rsplit / removeprefix / translate / zfill / center, f-string format specs and `!r`,
// str.join over mixed lists, copy.copy vs copy.deepcopy, @contextmanager helpers that hand back a value, classes with
// __getitem__ and properties, dataclasses.replace / asdict, json and urllib.parse round trips, and try / except /
// else / finally flows where the safe value comes from the else or finally block. Sources: request.args / form /
// headers / cookies / get_json / files / query_string / view_args. Each safe twin differs only in the one thing that
// makes it safe (a constant on the taken path, another key or index, an allow-list, a real sanitiser, a safe API).
// Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch54: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH54: DevCase[] = [
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "match on a dataclass with a class pattern; the guard only bounds the length vs requires isdigit() before the f-string query",
    (v) => `
      import sqlite3
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Filter:
          field: str
          value: str


      @app.route('/sqli-05401')
      def sqli_05401():
          flt = Filter(request.args.get('field', 'id'), request.args.get('BenchmarkTest05401', '0'))
          conn = sqlite3.connect('app.db')
          match flt:
              case Filter(field='id', value=val) if ${v ? "len(val) < 64" : "val.isdigit()"}:
                  rows = conn.execute(f'SELECT id, name FROM users WHERE id = {val}').fetchall()
              case _:
                  rows = []
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "functools.reduce joins WHERE terms with AND; the whole term list (one has the form owner) vs its constant first slice",
    (v) => `
      import functools
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05402', methods=['POST'])
      def sqli_05402():
          owner = request.form.get('BenchmarkTest05402', '')
          terms = ['active = 1', f"owner = '{owner}'"]
          where = functools.reduce(lambda acc, term: f'{acc} AND {term}', terms${v ? "" : "[:1]"})
          conn = sqlite3.connect('app.db')
          rows = conn.execute('SELECT id FROM docs WHERE ' + where).fetchall()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "heapq of (priority, column): the query column pushed with priority 0 pops first vs with 2 behind the constant at 1",
    (v) => `
      import heapq
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05403')
      def sqli_05403():
          heap = []
          heapq.heappush(heap, (1, 'created_at'))
          heapq.heappush(heap, (${v ? "0" : "2"}, request.args.get('BenchmarkTest05403', 'name')))
          _, column = heapq.heappop(heap)
          conn = sqlite3.connect('app.db')
          rows = conn.execute('SELECT id, name FROM items ORDER BY ' + column).fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "@contextmanager yields a cursor and the query; LIKE term concatenated into the text vs bound as a parameter",
    (v) => `
      import sqlite3
      from contextlib import contextmanager
      from flask import Flask, request

      app = Flask(__name__)


      @contextmanager
      def search_query(term):
          conn = sqlite3.connect('app.db')
          try:
              ${
                v
                  ? 'yield conn.cursor(), "SELECT title FROM posts WHERE title LIKE \'%" + term + "%\'", ()'
                  : "yield conn.cursor(), 'SELECT title FROM posts WHERE title LIKE ?', ('%' + term + '%',)"
              }
          finally:
              conn.close()


      @app.route('/sqli-05404')
      def sqli_05404():
          with search_query(request.args.get('BenchmarkTest05404', '')) as (cur, sql, params):
              titles = [r[0] for r in cur.execute(sql, params).fetchall()]
          return {'titles': titles}
    `,
  ),
  ...whole(
    "CWE-89",
    "cookie owner in a dataclass, asdict and a json round trip into a %-built query; kept vs dataclasses.replace(owner='guest') first",
    (v) => `
      import dataclasses
      import json
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @dataclasses.dataclass
      class Lookup:
          table: str
          owner: str


      @app.route('/sqli-05405')
      def sqli_05405():
          q = Lookup('orders', request.cookies.get('BenchmarkTest05405', 'guest'))
          ${v ? "q = dataclasses.replace(q, table='orders')" : "q = dataclasses.replace(q, owner='guest')"}
          d = json.loads(json.dumps(dataclasses.asdict(q)))
          sql = "SELECT id, total FROM %s WHERE owner = '%s'" % (d['table'], d['owner'])
          conn = sqlite3.connect('app.db')
          return {'rows': conn.execute(sql).fetchall()}
    `,
  ),
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "walrus in the if: host checked only for presence vs re.fullmatch of a host-name pattern before os.system",
    (v) => `
      import os
      import re
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05406')
      def cmdi_05406():
          if ${
            v
              ? "(host := request.args.get('BenchmarkTest05406')) is not None"
              : "re.fullmatch(r'[A-Za-z0-9][A-Za-z0-9.-]{0,252}', host := request.args.get('BenchmarkTest05406', ''))"
          }:
              status = os.system('ping -c 1 ' + host)
              return {'status': status}
          return {'status': None}
    `,
  ),
  ...whole(
    "CWE-78",
    "generator with yield from builds the argv; ' '.join with shell=True vs the list handed to subprocess.run",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      def du_args(path):
          yield 'du'
          yield from ('-sh', '--')
          yield path


      @app.route('/cmdi-05407', methods=['POST'])
      def cmdi_05407():
          path = request.form.get('BenchmarkTest05407', '.')
          ${
            v
              ? "proc = subprocess.run(' '.join(du_args(path)), shell=True, capture_output=True, text=True)"
              : "proc = subprocess.run(list(du_args(path)), capture_output=True, text=True)"
          }
          return {'out': proc.stdout}
    `,
  ),
  ...whole(
    "CWE-78",
    "deque of (constant, form value) rotated by one (value first) vs by two (back to the constant) before the shell call",
    (v) => `
      import subprocess
      from collections import deque
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05408', methods=['POST'])
      def cmdi_05408():
          words = deque(['status', request.form.get('BenchmarkTest05408', 'nginx')])
          words.rotate(${v ? "1" : "2"})
          rc = subprocess.call('/usr/local/bin/svcinfo ' + words[0], shell=True)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "header ref with removeprefix('refs/heads/') vs shlex.quote of it, spliced into os.popen",
    (v) => `
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05409')
      def cmdi_05409():
          ref = request.headers.get('X-Git-Ref', 'refs/heads/main')
          branch = ${v ? "ref.removeprefix('refs/heads/')" : "shlex.quote(ref.removeprefix('refs/heads/'))"}
          log = os.popen('git log --oneline -5 ' + branch).read()
          return {'log': log}
    `,
  ),
  ...whole(
    "CWE-78",
    "try int(port) except keeps the raw value; finally strips it vs finally sets the target from the parsed port",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05410')
      def cmdi_05410():
          raw = request.args.get('BenchmarkTest05410', '80')
          target = raw
          try:
              port = int(raw)
          except ValueError:
              port = 80
          finally:
              ${v ? "target = target.strip()" : "target = str(port)"}
          rc = os.system('nc -z -w 1 localhost ' + target)
          return {'open': rc == 0}
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "bisect picks a constant bucket directory; the file name joined raw vs os.path.basename'd",
    (v) => `
      import bisect
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/archive'
      BUCKETS = ['a', 'g', 'n', 't']


      @app.route('/path-05411')
      def path_05411():
          name = request.args.get('BenchmarkTest05411', 'index.txt')
          bucket = BUCKETS[max(bisect.bisect(BUCKETS, name.lower()) - 1, 0)]
          path = os.path.join(BASE, bucket, ${v ? "name" : "os.path.basename(name)"})
          with open(path, 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "folder from the query joined raw vs validated through an Enum's value lookup",
    (v) => `
      import os
      from enum import Enum
      from flask import Flask, abort, request

      app = Flask(__name__)
      ROOT = '/srv/reports'


      class Folder(Enum):
          DAILY = 'daily'
          WEEKLY = 'weekly'
          MONTHLY = 'monthly'


      @app.route('/path-05412')
      def path_05412():
          raw = request.args.get('BenchmarkTest05412', 'daily')
          ${
            v
              ? "folder = raw"
              : "try:\n              folder = Folder(raw).value\n          except ValueError:\n              abort(404)"
          }
          with open(os.path.join(ROOT, folder, 'summary.csv')) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "class with __getitem__ opens root/key; no check vs realpath + startswith(root) check raising KeyError",
    (v) => `
      import os
      from flask import Flask, abort, request

      app = Flask(__name__)


      class DocStore:
          def __init__(self, root):
              self.root = os.path.realpath(root)

          def __getitem__(self, key):
              full = os.path.realpath(os.path.join(self.root, key))
              ${v ? "" : "if not full.startswith(self.root + os.sep):\n                  raise KeyError(key)"}
              with open(full) as fh:
                  return fh.read()


      STORE = DocStore('/srv/docs')


      @app.route('/path-05413')
      def path_05413():
          try:
              return STORE[request.args.get('BenchmarkTest05413', 'readme.txt')]
          except KeyError:
              abort(404)
    `,
  ),
  ...whole(
    "CWE-22",
    "query string parsed by hand, re-encoded with urlencode and parsed again; the f (file) key vs the constant d key",
    (v) => `
      import os
      from urllib.parse import parse_qs, urlencode
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/files'


      @app.route('/path-05414')
      def path_05414():
          qs = parse_qs(request.query_string.decode('utf-8'))
          name = qs.get('BenchmarkTest05414', ['a.txt'])[0]
          back = parse_qs(urlencode({'f': name, 'd': 'notes.txt'}))
          with open(os.path.join(BASE, back['${v ? "f" : "d"}'][0])) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "copy.copy of a dict shares its list, so appending the query file shows in the original's last part vs copy.deepcopy",
    (v) => `
      import copy
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/static'


      @app.route('/path-05415')
      def path_05415():
          defaults = {'parts': ['index.html']}
          mine = copy.${v ? "copy" : "deepcopy"}(defaults)
          mine['parts'].append(request.args.get('BenchmarkTest05415', 'about.html'))
          with open(os.path.join(BASE, defaults['parts'][-1])) as fh:
              return fh.read()
    `,
  ),
  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "f-string with a format spec ({name:>20}) in the HTML vs html.escape(name) under the same spec",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05416')
      def xss_05416():
          name = request.args.get('BenchmarkTest05416', 'guest')
          return f"<pre>{${v ? "name" : "html.escape(name)"}:>20}|</pre>"
    `,
  ),
  ...whole(
    "CWE-79",
    "str.join over a mixed list (strings and an int) holding the comment; raw vs the slot replaced by its escaped form",
    (v) => `
      from markupsafe import escape
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05417', methods=['POST'])
      def xss_05417():
          comment = request.form.get('BenchmarkTest05417', '')
          row = ['<tr><td>', 42, '</td><td>', comment, '</td></tr>']
          ${v ? "row[1] = len(comment)" : "row[3] = escape(row[3])"}
          return '<table>' + ''.join(map(str, row)) + '</table>'
    `,
  ),
  ...whole(
    "CWE-79",
    "nested function returns a closure that greets the header name raw vs escaped",
    (v) => `
      from markupsafe import escape
      from flask import Flask, request

      app = Flask(__name__)


      def make_greeter(prefix):
          def greet(name):
              return '<h1>' + prefix + ', ' + ${v ? "name" : "escape(name)"} + '!</h1>'

          return greet


      @app.route('/xss-05418')
      def xss_05418():
          greet = make_greeter('Hello')
          return greet(request.headers.get('X-User-Name', 'guest'))
    `,
  ),
  ...whole(
    "CWE-79",
    "order id zfill(8).center(20) into the page; unchecked vs replaced by zeros unless isdigit()",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05419')
      def xss_05419():
          oid = request.args.get('BenchmarkTest05419', '0')
          ${v ? "oid = oid.strip()" : "oid = oid if oid.isdigit() else '0'"}
          label = oid.zfill(8).center(20, '.')
          return '<div class="order">Order ' + label + '</div>'
    `,
  ),
  ...whole(
    "CWE-79",
    "match on a (format, message) tuple with a guard; the html arm's guard checks non-empty vs isalnum() before the HTML",
    (v) => `
      from flask import Flask, Response, request

      app = Flask(__name__)


      @app.route('/xss-05420')
      def xss_05420():
          match request.args.get('fmt', 'html'), request.args.get('BenchmarkTest05420', ''):
              case ('html', msg) if ${v ? "msg" : "msg.isalnum()"}:
                  return '<div class="flash">' + msg + '</div>'
              case ('text', msg):
                  return Response(msg, mimetype='text/plain')
              case _:
                  return '<div class="flash">nothing</div>'
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "uid with tabs and newlines removed by str.translate vs escape_filter_chars, in an ldap3 search filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)
      STRIP_WS = str.maketrans('', '', '\\t\\r\\n')


      @app.route('/ldap-05421')
      def ldap_05421():
          uid = request.args.get('BenchmarkTest05421', '')
          clean = ${v ? "uid.translate(STRIP_WS)" : "escape_filter_chars(uid.translate(STRIP_WS))"}
          conn = Connection(Server('ldap://ldap.internal'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=com', f'(uid={clean})', attributes=['cn'])
          return {'n': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "deque with a constant filter, the mail filter appendleft'ed; [0] (the mail filter) vs [-1] (the constant) searched",
    (v) => `
      from collections import deque
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldap-05422', methods=['POST'])
      def ldap_05422():
          parts = deque(['(objectClass=inetOrgPerson)'])
          parts.appendleft('(mail=' + request.form.get('BenchmarkTest05422', '') + ')')
          search_filter = '(&' + parts[${v ? "0" : "-1"}] + ')'
          conn = Connection(Server('ldap://ldap.internal'), auto_bind=True)
          conn.search('dc=example,dc=com', search_filter, attributes=['uid'])
          return {'uids': [str(e.uid) for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "generator yields a constant filter then the cn filter; list(gen)[1] vs list(gen)[0] in python-ldap search_s",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      def group_filters(cn):
          yield '(objectClass=groupOfNames)'
          yield '(cn=%s)' % cn


      @app.route('/ldap-05423')
      def ldap_05423():
          filters = list(group_filters(request.args.get('BenchmarkTest05423', 'staff')))
          conn = ldap.initialize('ldap://ldap.internal')
          res = conn.search_s('ou=groups,dc=example,dc=com', ldap.SCOPE_SUBTREE, filters[${v ? "1" : "0"}], ['cn'])
          return {'n': len(res)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "functools.reduce builds the path, the name predicate concatenated vs bound as an XPath variable",
    (v) => `
      import functools
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('users.xml')


      @app.route('/xpath-05424')
      def xpath_05424():
          name = request.args.get('BenchmarkTest05424', '')
          base = functools.reduce(lambda acc, seg: acc + '/' + seg, ['', 'users', 'user'])
          ${
            v
              ? 'hits = DOC.xpath(base + "[@name=\'" + name + "\']/email/text()")'
              : "hits = DOC.xpath(base + '[@name=$n]/email/text()', n=name)"
          }
          return {'emails': [str(h) for h in hits]}
    `,
  ),
  ...whole(
    "CWE-643",
    "class property builds the expression from the stored title vs a property returning a variable expression",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      CATALOG = etree.parse('catalog.xml')


      class BookQuery:
          def __init__(self, title):
              self.title = title

          @property
          def expr(self):
              return ${v ? '"//book[title=\'" + self.title + "\']/price/text()"' : "'//book[title=$t]/price/text()'"}

          def run(self, tree):
              return tree.xpath(self.expr, t=self.title)


      @app.route('/xpath-05425', methods=['POST'])
      def xpath_05425():
          q = BookQuery(request.form.get('BenchmarkTest05425', ''))
          return {'prices': [str(p) for p in q.run(CATALOG)]}
    `,
  ),
  ...whole(
    "CWE-643",
    "walrus binds the id; the if checks it is not None vs isdigit() before the %-built XPath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('accounts.xml')


      @app.route('/xpath-05426')
      def xpath_05426():
          if ${
            v
              ? "(uid := request.args.get('BenchmarkTest05426')) is not None"
              : "(uid := request.args.get('BenchmarkTest05426', '')).isdigit()"
          }:
              nodes = TREE.xpath("//account[@id='%s']/owner/text()" % uid)
              return {'owner': [str(n) for n in nodes]}
          return {'owner': []}
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "dataclasses.replace on a default cookie-options dataclass (secure False) sets httponly vs secure, then **asdict",
    (v) => `
      import dataclasses
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      @dataclasses.dataclass(frozen=True)
      class CookieOpts:
          secure: bool = False
          httponly: bool = False
          samesite: str = 'Lax'


      DEFAULT = CookieOpts()


      @app.route('/cookie-05427', methods=['POST'])
      def cookie_05427():
          opts = dataclasses.replace(DEFAULT, ${v ? "httponly=True" : "secure=True, httponly=True"})
          resp = make_response('signed in')
          resp.set_cookie('sid', secrets.token_urlsafe(32), **dataclasses.asdict(opts))
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "an Enum deployment mode decides secure= (MODE is Mode.PROD); the module sets Mode.DEV vs Mode.PROD",
    (v) => `
      import secrets
      from enum import Enum
      from flask import Flask, make_response

      app = Flask(__name__)


      class Mode(Enum):
          DEV = 'dev'
          PROD = 'prod'


      MODE = Mode.${v ? "DEV" : "PROD"}


      @app.route('/cookie-05428', methods=['POST'])
      def cookie_05428():
          resp = make_response('ok')
          resp.set_cookie('auth_token', secrets.token_hex(32), secure=MODE is Mode.PROD, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "@contextmanager hands back the cookie flags dict; it yields secure False vs True",
    (v) => `
      import secrets
      from contextlib import contextmanager
      from flask import Flask, make_response

      app = Flask(__name__)


      @contextmanager
      def cookie_flags():
          flags = {'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Strict'}
          yield flags


      @app.route('/cookie-05429', methods=['POST'])
      def cookie_05429():
          resp = make_response('remembered')
          with cookie_flags() as flags:
              resp.set_cookie('remember', secrets.token_urlsafe(24), **flags)
          return resp
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "form user and a constant role go through a json round trip; session['profile'] gets the user vs the role",
    (v) => `
      import json
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      @app.route('/trust-05430', methods=['POST'])
      def trust_05430():
          blob = json.dumps({'user': request.form.get('BenchmarkTest05430', ''), 'role': 'viewer'})
          data = json.loads(blob)
          session['profile'] = data['${v ? "user" : "role"}']
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "bisect maps the query points to a constant tier name; session gets the raw points vs the tier",
    (v) => `
      import bisect
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'
      LEVELS = [0, 100, 500]
      TIERS = ['basic', 'silver', 'gold']


      @app.route('/trust-05431')
      def trust_05431():
          points = request.args.get('BenchmarkTest05431', '0')
          tier = TIERS[bisect.bisect_right(LEVELS, int(points) if points.isdigit() else 0) - 1]
          session['tier'] = ${v ? "points" : "tier"}
          return {'tier': tier}
    `,
  ),
  ...whole(
    "CWE-501",
    "match on the JSON body with a mapping pattern; the guarded arm checks non-empty vs membership in SUPPORTED",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'
      SUPPORTED = ('en', 'fr', 'de')


      @app.route('/trust-05432', methods=['POST'])
      def trust_05432():
          match request.get_json(silent=True):
              case {'lang': str(lang)} if ${v ? "lang" : "lang in SUPPORTED"}:
                  session['lang'] = lang
              case _:
                  session['lang'] = 'en'
          return {'lang': session['lang']}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Enum of digest names; hashlib.new(Algo.LEGACY.value) (md5) vs Algo.CURRENT.value (sha256) for an upload fingerprint",
    (v) => `
      import hashlib
      from enum import Enum
      from flask import Flask, request

      app = Flask(__name__)


      class Algo(Enum):
          LEGACY = 'md5'
          CURRENT = 'sha256'


      @app.route('/hash-05433', methods=['POST'])
      def hash_05433():
          upload = request.files['BenchmarkTest05433']
          h = hashlib.new(Algo.${v ? "LEGACY" : "CURRENT"}.value)
          h.update(upload.read())
          return {'fingerprint': h.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "functools.reduce feeds the body's chunks into a hashlib.sha1() vs hashlib.sha512() seed object for a dedupe key",
    (v) => `
      import functools
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      SEEN = {}


      @app.route('/hash-05434', methods=['POST'])
      def hash_05434():
          body = request.get_data()
          chunks = [body[i:i + 4096] for i in range(0, len(body), 4096)]
          h = functools.reduce(lambda acc, c: (acc.update(c), acc)[1], chunks, hashlib.${v ? "sha1" : "sha512"}())
          duplicate = h.hexdigest() in SEEN
          SEEN[h.hexdigest()] = len(body)
          return {'duplicate': duplicate}
    `,
  ),
  ...whole(
    "CWE-328",
    "registry class whose __getitem__ returns getattr(hashlib, name); REG['fast'] (md5) vs REG['strong'] (sha256)",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      class HashRegistry:
          _names = {'fast': 'md5', 'strong': 'sha256'}

          def __getitem__(self, kind):
              return getattr(hashlib, self._names[kind])


      REG = HashRegistry()


      @app.route('/hash-05435', methods=['POST'])
      def hash_05435():
          token = request.form.get('api_token', '')
          digest = REG['${v ? "fast" : "strong"}'](token.encode('utf-8')).hexdigest()
          return {'token_id': digest}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "@contextmanager yields a DES ECB cipher vs an AES GCM cipher used on the form secret",
    (v) => `
      import os
      from contextlib import contextmanager
      from Crypto.Cipher import ${v ? "DES" : "AES"}
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? "8" : "32"})


      @contextmanager
      def sealing_cipher():
          yield ${v ? "DES.new(KEY, DES.MODE_ECB)" : "AES.new(KEY, AES.MODE_GCM)"}


      @app.route('/crypto-05436', methods=['POST'])
      def crypto_05436():
          with sealing_cipher() as cipher:
              ct = cipher.encrypt(pad(request.form.get('secret', '').encode('utf-8'), 8))
          return {'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "dataclasses.replace on an AES config sets mode=MODE_ECB vs key_len=32 (mode stays GCM)",
    (v) => `
      import dataclasses
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)


      @dataclasses.dataclass
      class CipherConfig:
          mode: int = AES.MODE_GCM
          key_len: int = 16


      @app.route('/crypto-05437', methods=['POST'])
      def crypto_05437():
          cfg = dataclasses.replace(CipherConfig(), ${v ? "mode=AES.MODE_ECB" : "key_len=32"})
          cipher = AES.new(os.urandom(cfg.key_len), cfg.mode)
          ct = cipher.encrypt(pad(request.get_data(), 16))
          return {'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "match on a module SCHEME constant picks TripleDES/CBC ('legacy') vs AES/GCM ('modern') from cryptography",
    (v) => `
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      SCHEME = '${v ? "legacy" : "modern"}'


      @app.route('/crypto-05438', methods=['POST'])
      def crypto_05438():
          data = request.get_data()[:64].ljust(64, b'\\0')
          match SCHEME:
              case 'legacy':
                  iv = os.urandom(8)
                  enc = Cipher(algorithms.TripleDES(os.urandom(24)), modes.CBC(iv)).encryptor()
                  blob = iv + enc.update(data) + enc.finalize()
              case _:
                  iv = os.urandom(12)
                  enc = Cipher(algorithms.AES(os.urandom(32)), modes.GCM(iv)).encryptor()
                  blob = iv + enc.update(data) + enc.finalize() + enc.tag
          return {'blob': blob.hex()}
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "generator of digits joined into a reset code; random.randint vs secrets.randbelow",
    (v) => `
      import random
      import secrets
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      def digits(n):
          for _ in range(n):
              yield str(${v ? "random.randint(0, 9)" : "secrets.randbelow(10)"})


      @app.route('/rand-05439', methods=['POST'])
      def rand_05439():
          code = ''.join(digits(6))
          session['reset_code'] = code
          session['reset_user'] = request.form.get('user', '')
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "nested factory returns a closure over random.Random() vs random.SystemRandom() making session tokens",
    (v) => `
      import random
      from flask import Flask, make_response

      app = Flask(__name__)


      def token_factory(rng):
          def make():
              return '%032x' % rng.getrandbits(128)

          return make


      new_token = token_factory(random.${v ? "Random" : "SystemRandom"}())


      @app.route('/rand-05440', methods=['POST'])
      def rand_05440():
          resp = make_response('ok')
          resp.set_cookie('session_token', new_token(), secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "f-string with a hex format spec of random.getrandbits(64) vs secrets.randbits(64) as an API key",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)
      KEYS = {}


      @app.route('/rand-05441', methods=['POST'])
      def rand_05441():
          api_key = f"ak_{${v ? "random.getrandbits(64)" : "secrets.randbits(64)"}:016x}"
          KEYS[api_key] = request.form.get('owner', '')
          return {'api_key': api_key}
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "try int() except keeps the raw text in the code vs falls back to 0; else builds from the int; exec of the code",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-05442')
      def codeinj_05442():
          raw = request.args.get('BenchmarkTest05442', '1')
          try:
              n = int(raw)
          except ValueError:
              code = ${v ? "'total = ' + raw" : "'total = 0'"}
          else:
              code = f'total = {n} * 2'
          ns = {}
          exec(code, ns)
          return {'total': ns['total']}
    `,
  ),
  ...whole(
    "CWE-94",
    "query 'name:expr' split with partition; eval of the tail vs of a constant formula looked up by the head",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      FORMULAS = {'area': '3.14159 * 2 ** 2', 'double': '2 * 21'}


      @app.route('/codeinj-05443')
      def codeinj_05443():
          head, _, tail = request.args.get('BenchmarkTest05443', 'double:').partition(':')
          src = ${v ? "tail or FORMULAS.get(head, '0')" : "FORMULAS.get(head, '0')"}
          return {'value': eval(compile(src, '<formula>', 'eval'), {'__builtins__': {}})}
    `,
  ),
  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "@contextmanager reads the upload and yields pickle.loads vs json.loads of it",
    (v) => `
      ${v ? "import pickle" : "import json"}
      from contextlib import contextmanager
      from flask import Flask, request

      app = Flask(__name__)


      @contextmanager
      def loaded(upload):
          data = upload.read()
          try:
              yield ${v ? "pickle.loads(data)" : "json.loads(data)"}
          finally:
              upload.close()


      @app.route('/deser-05444', methods=['POST'])
      def deser_05444():
          with loaded(request.files['BenchmarkTest05444']) as obj:
              return {'keys': sorted(obj)}
    `,
  ),
  ...whole(
    "CWE-502",
    "deque of yaml loaders with yaml.Loader appendleft'ed; the body loaded with [0] (Loader) vs [-1] (SafeLoader)",
    (v) => `
      from collections import deque
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deser-05445', methods=['POST'])
      def deser_05445():
          loaders = deque([yaml.SafeLoader])
          loaders.appendleft(yaml.Loader)
          doc = yaml.load(request.get_data(), Loader=loaders[${v ? "0" : "-1"}])
          return {'type': type(doc).__name__}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "next with removeprefix('/') and '/' put back ('//evil.example' survives) vs kept only if in an allow-list of paths",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      PAGES = {'home', 'account', 'orders'}


      @app.route('/redirect-05446')
      def redirect_05446():
          page = request.args.get('BenchmarkTest05446', '/home').removeprefix('/')
          ${v ? "" : "page = page if page in PAGES else 'home'"}
          return redirect('/' + page)
    `,
  ),
  ...whole(
    "CWE-601",
    "urlsplit / urlunsplit round trip of the query URL vs rebuilt with a fixed scheme and host",
    (v) => `
      from urllib.parse import urlsplit, urlunsplit
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-05447')
      def redirect_05447():
          parts = urlsplit(request.args.get('BenchmarkTest05447', '/'))
          ${
            v
              ? "dest = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ''))"
              : "dest = urlunsplit(('https', 'app.example.com', parts.path, parts.query, ''))"
          }
          return redirect(dest)
    `,
  ),
  ...whole(
    "CWE-601",
    "match on urlparse()'s ParseResult with a class pattern; the guard accepts any host vs a host in TRUSTED",
    (v) => `
      from urllib.parse import ParseResult, urlparse
      from flask import Flask, redirect, request

      app = Flask(__name__)
      TRUSTED = {'app.example.com', 'docs.example.com'}


      @app.route('/redirect-05448', methods=['POST'])
      def redirect_05448():
          target = request.form.get('BenchmarkTest05448', '')
          match urlparse(target):
              case ParseResult(scheme='https', netloc=host) if ${v ? "host" : "host in TRUSTED"}:
                  return redirect(target)
              case _:
                  return redirect('/')
    `,
  ),
  // --- CWE-117 log injection ---
  ...whole(
    "CWE-117",
    "failed-login user name logged after translate() of tabs only vs of CR and LF",
    (v) => `
      import logging
      from flask import Flask, request

      app = Flask(__name__)
      log = logging.getLogger('auth')
      ${v ? "NO_CTRL = str.maketrans({'\\t': ' '})" : "NO_CTRL = str.maketrans({'\\r': '\\\\r', '\\n': '\\\\n'})"}


      @app.route('/log-05449', methods=['POST'])
      def log_05449():
          user = request.form.get('BenchmarkTest05449', '')
          log.warning('login failed for %s', user.translate(NO_CTRL))
          return {'ok': False}, 401
    `,
  ),
  ...whole(
    "CWE-117",
    "User-Agent logged through an f-string {ua} vs {ua!r} (repr escapes the line breaks)",
    (v) => `
      import logging
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/log-05450')
      def log_05450():
          ua = request.headers.get('User-Agent', '')
          logging.info(f"blocked client agent={${v ? "ua" : "ua!r"}}")
          return 'blocked', 403
    `,
  ),
];
