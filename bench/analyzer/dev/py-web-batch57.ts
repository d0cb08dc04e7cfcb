// Dev suite "py-web", batch 57 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views (twelfth wave), insecure/safe twins over 15 categories. The twins
// lean on precision of the data flow: match statements on module constants (value patterns, sequence patterns with
// captures and guards), classes with properties and setters, __call__ objects, inheritance where the safe subclass
// overrides the method or class attribute that decides, class-level vs instance attributes, dataclasses with
// __post_init__, generators (next(), yield from), contextlib.contextmanager, exceptions carrying the value (an
// attribute vs the message), queue.Queue / LifoQueue order, heapq order, io.StringIO / BytesIO round trips, json
// round trips, copy.deepcopy, dict merges where the later key wins ({**a, **b}, a | b, update), slicing ([::-1],
// [:0]), str.translate tables, textwrap (fill, shorten), partition / rpartition / splitlines(keepends), enumerate
// index selection, recursion, closures from nested functions, while loops with break, for ... else, and sanitisers
// in the wrong context (html.escape before a numeric SQL slot, shlex.quote before HTML, os.path.basename before a
// shell command) vs the right one. Sources: request.args / form / cookies / headers (items iteration) / path
// parameters / get_json / files' filenames and bytes / query_string parsed by hand / values / get_data(). Each safe
// twin differs only in the one thing that makes it safe. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch57: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH57: DevCase[] = [
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "match on a module constant SEARCH_MODE with value patterns; the 'owner' arm formats the query owner in, the 'status' arm is constant: the constant is 'owner' vs 'status'",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      SEARCH_MODE = '${v ? "owner" : "status"}'


      @app.route('/sqli-05701')
      def sqli_05701():
          owner = request.args.get('BenchmarkTest05701', 'nobody')
          match SEARCH_MODE:
              case 'owner':
                  clause = f"owner = '{owner}'"
              case 'status':
                  clause = "status = 'open'"
              case _:
                  clause = '1 = 0'
          conn = sqlite3.connect('app.db')
          rows = conn.execute('SELECT id FROM tickets WHERE ' + clause).fetchall()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "custom exception keeps the unknown customer name in an attribute and a constant message; the audit INSERT formats exc.name vs str(exc)",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      KNOWN = {'acme': 1, 'globex': 2}


      class UnknownCustomer(Exception):
          def __init__(self, name):
              super().__init__('unknown customer')
              self.name = name


      def customer_id(name):
          if name not in KNOWN:
              raise UnknownCustomer(name)
          return KNOWN[name]


      @app.route('/sqli-05702', methods=['POST'])
      def sqli_05702():
          name = request.form.get('BenchmarkTest05702', '')
          conn = sqlite3.connect('app.db')
          try:
              cid = customer_id(name)
              row = conn.execute('SELECT COUNT(*) FROM orders WHERE customer_id = ?', (cid,)).fetchone()
          except UnknownCustomer as exc:
              conn.execute("INSERT INTO audit (message) VALUES ('%s')" % ${v ? "exc.name" : "str(exc)"})
              conn.commit()
              row = (0,)
          return {'orders': row[0]}
    `,
  ),
  ...whole(
    "CWE-89",
    "cookie article id html.escape'd (wrong context: an unquoted numeric slot, '0 OR 1=1' passes) vs int()-converted before the f-string query",
    (v) => `
      import html
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05703')
      def sqli_05703():
          raw = request.cookies.get('BenchmarkTest05703', '0')
          article_id = ${v ? "html.escape(raw)" : "int(raw)"}
          conn = sqlite3.connect('app.db')
          row = conn.execute(f'SELECT title, body FROM articles WHERE id = {article_id}').fetchone()
          return {'title': row[0] if row else None}
    `,
  ),
  ...whole(
    "CWE-89",
    "filter class reads the region from the query args in region(), where() formats it in; the view uses the base class vs a subclass overriding region() with a constant",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class RegionFilter:
          def __init__(self, args):
              self.args = args

          def region(self):
              return self.args.get('BenchmarkTest05704', 'emea')

          def where(self):
              return f"region = '{self.region()}'"


      class FixedRegionFilter(RegionFilter):
          def region(self):
              return 'emea'


      @app.route('/sqli-05704')
      def sqli_05704():
          flt = ${v ? "RegionFilter" : "FixedRegionFilter"}(request.args)
          conn = sqlite3.connect('app.db')
          rows = conn.execute('SELECT name, revenue FROM accounts WHERE ' + flt.where()).fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "dict union of server defaults and the JSON owner; DEFAULTS | requested (the request's owner wins) vs requested | DEFAULTS (the default owner wins), %-built query",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = {'owner': 'guest', 'limit': 10}


      @app.route('/sqli-05705', methods=['POST'])
      def sqli_05705():
          body = request.get_json(silent=True) or {}
          requested = {'owner': str(body.get('BenchmarkTest05705', 'guest'))}
          params = ${v ? "DEFAULTS | requested" : "requested | DEFAULTS"}
          sql = "SELECT id, text FROM notes WHERE owner = '%s' LIMIT %d" % (params['owner'], params['limit'])
          conn = sqlite3.connect('app.db')
          return {'notes': conn.execute(sql).fetchall()}
    `,
  ),

  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "uploaded file name through os.path.basename (wrong context: 'a;id' has no slash) vs shlex.quote of the saved path, file -b with shell=True",
    (v) => `
      import os
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      UPLOAD_DIR = '/srv/uploads'


      @app.route('/cmdi-05706', methods=['POST'])
      def cmdi_05706():
          upload = request.files['BenchmarkTest05706']
          name = os.path.basename(upload.filename or 'upload.bin')
          target = os.path.join(UPLOAD_DIR, name)
          upload.save(target)
          out = subprocess.check_output('file -b ' + ${v ? "target" : "shlex.quote(target)"}, shell=True)
          return {'type': out.decode().strip()}
    `,
  ),
  ...whole(
    "CWE-78",
    "generator yields a constant mirror then the query host; next() twice (the host) vs once (the mirror) before os.system",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      def mirrors(primary):
          yield 'mirror.internal'
          yield primary


      @app.route('/cmdi-05707')
      def cmdi_05707():
          host = request.args.get('BenchmarkTest05707', 'localhost')
          candidates = mirrors(host)
          ${v ? "next(candidates)\n          " : ""}target = next(candidates)
          status = os.system('ping -c 1 ' + target)
          return {'status': status}
    `,
  ),
  ...whole(
    "CWE-78",
    "queue.Queue (FIFO) gets the form branch and 'main'; the branch put first vs second, the first get() goes into a shell string",
    (v) => `
      import queue
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)
      REPO = '/srv/repo'


      @app.route('/cmdi-05708', methods=['POST'])
      def cmdi_05708():
          branch = request.form.get('BenchmarkTest05708', 'main')
          jobs = queue.Queue()
          jobs.put(${v ? "branch" : "'main'"})
          jobs.put(${v ? "'main'" : "branch"})
          first = jobs.get()
          out = subprocess.run(f'git log -1 --format=%H {first}', shell=True, capture_output=True, cwd=REPO)
          return {'head': out.stdout.decode().strip()}
    `,
  ),
  ...whole(
    "CWE-78",
    "dataclass __post_init__ builds the tar command from the label: stripped vs reduced to [A-Za-z0-9_-] by re.sub",
    (v) => `
      import os
      import re
      from dataclasses import dataclass
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Archive:
          label: str
          command: str = ''

          def __post_init__(self):
              self.label = ${v ? "self.label.strip()" : "re.sub(r'[^A-Za-z0-9_-]', '', self.label) or 'backup'"}
              self.command = f'tar czf /var/backups/{self.label}.tgz /srv/data'


      @app.route('/cmdi-05709')
      def cmdi_05709():
          job = Archive(request.args.get('BenchmarkTest05709', 'nightly'))
          return {'status': os.system(job.command)}
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "path parameter minus its first segment with partition('/')[2] (keeps ../) vs its last segment with rpartition('/')[2], opened under the report folder",
    (v) => `
      import os
      from flask import Flask

      app = Flask(__name__)
      REPORT_DIR = '/srv/reports'


      @app.route('/pathtraver-05710/<path:subpath>')
      def pathtraver_05710(subpath):
          name = subpath.${v ? "partition('/')" : "rpartition('/')"}[2]
          with open(os.path.join(REPORT_DIR, name), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "while loop with break picks the element equal to the cookie theme from [cookie] + THEMES vs from THEMES alone; send_file on the element",
    (v) => `
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      THEME_DIR = '/srv/themes'
      THEMES = ['light.css', 'dark.css', 'contrast.css']


      @app.route('/pathtraver-05711')
      def pathtraver_05711():
          wanted = request.cookies.get('BenchmarkTest05711', 'light.css')
          pool = ${v ? "[wanted] + THEMES" : "THEMES"}
          chosen = 'light.css'
          i = 0
          while i < len(pool):
              if pool[i] == wanted:
                  chosen = pool[i]
                  break
              i += 1
          return send_file(os.path.join(THEME_DIR, chosen))
    `,
  ),
  ...whole(
    "CWE-22",
    "for ... else over request.values name: breaks when it ends with an allowed extension vs equals an allowed name, else abort(404)",
    (v) => `
      import os
      from flask import Flask, abort, request, send_file

      app = Flask(__name__)
      DOCS_DIR = '/srv/docs'
      EXTENSIONS = ('.pdf', '.txt')
      ALLOWED = ('manual.pdf', 'terms.txt')


      @app.route('/pathtraver-05712', methods=['GET', 'POST'])
      def pathtraver_05712():
          name = request.values.get('BenchmarkTest05712', 'manual.pdf')
          for allowed in ${v ? "EXTENSIONS" : "ALLOWED"}:
              if ${v ? "name.endswith(allowed)" : "name == allowed"}:
                  break
          else:
              abort(404)
          return send_file(os.path.join(DOCS_DIR, name))
    `,
  ),
  ...whole(
    "CWE-22",
    "copy.deepcopy of the export config gets the form file name; open() reads the copy's file vs the untouched original's",
    (v) => `
      import copy
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE_EXPORT = {'dir': '/srv/exports', 'file': 'latest.csv'}
      JOBS = []


      @app.route('/pathtraver-05713', methods=['POST'])
      def pathtraver_05713():
          export = copy.deepcopy(BASE_EXPORT)
          export['file'] = request.form.get('BenchmarkTest05713', 'latest.csv')
          JOBS.append(export)
          source = ${v ? "export" : "BASE_EXPORT"}
          with open(os.path.join(source['dir'], source['file'])) as fh:
              return {'preview': fh.read(200), 'queued': len(JOBS)}
    `,
  ),

  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "search term shlex.quote'd for a grep shell command, then the command shown in the HTML as is (wrong context) vs html.escape'd",
    (v) => `
      import html
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05714')
      def xss_05714():
          term = request.args.get('BenchmarkTest05714', '')
          command = 'grep -c -- ' + shlex.quote(term) + ' /srv/index.txt'
          count = subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
          return f'<pre>$ {${v ? "command" : "html.escape(command)"}}</pre><p>{count} matches</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "form comment wrapped with textwrap.fill into a <pre> raw vs html.escape'd before the wrap",
    (v) => `
      import html
      import textwrap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05715', methods=['POST'])
      def xss_05715():
          comment = request.form.get('BenchmarkTest05715', '')
          body = textwrap.fill(${v ? "comment" : "html.escape(comment)"}, width=72)
          return '<pre class="comment">' + body + '</pre>'
    `,
  ),
  ...whole(
    "CWE-79",
    "enumerate over [SITE, header visitor]; the title takes the element at index 1 (the header) vs index 0 (the site name)",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      SITE = 'Acme Support'


      @app.route('/xss-05716')
      def xss_05716():
          visitor = request.headers.get('BenchmarkTest05716', 'guest')
          parts = [SITE, visitor]
          title = ''
          for i, part in enumerate(parts):
              if i == ${v ? "1" : "0"}:
                  title = part
          return f'<html><head><title>{title}</title></head><body>Welcome</body></html>'
    `,
  ),
  ...whole(
    "CWE-79",
    "__call__ badge object holds its cleaning function: Badge(str.strip) vs Badge(html.escape) renders the query label",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class Badge:
          def __init__(self, clean):
              self.clean = clean

          def __call__(self, label):
              return f'<span class="badge">{self.clean(label)}</span>'


      badge = Badge(${v ? "str.strip" : "html.escape"})


      @app.route('/xss-05717')
      def xss_05717():
          label = request.args.get('BenchmarkTest05717', 'new')
          return '<div class="card">' + badge(label) + '</div>'
    `,
  ),
  ...whole(
    "CWE-79",
    "str.translate with a table that maps only the quotes vs a table that maps & < > and both quotes, bio in element content",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)
      TABLE = str.maketrans(${
        v
          ? `{'"': '&quot;', "'": '&#39;'}`
          : `{'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}`
      })


      @app.route('/xss-05718', methods=['POST'])
      def xss_05718():
          bio = request.form.get('BenchmarkTest05718', '')
          return '<p class="bio">' + bio.translate(TABLE) + '</p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "io.StringIO gets a constant heading line then the form note; the page is buf.read() (everything) vs buf.readline() (the heading)",
    (v) => `
      import io
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05719', methods=['POST'])
      def xss_05719():
          note = request.form.get('BenchmarkTest05719', '')
          buf = io.StringIO()
          buf.write('<h2>Saved note</h2>\\n')
          buf.write(note)
          buf.seek(0)
          return ${v ? "buf.read()" : "buf.readline()"}
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "match on the path parameter's segments with a sequence pattern capturing uid; the guard only checks it is non-empty vs isalnum(), python-ldap search_s",
    (v) => `
      import ldap
      from flask import Flask, abort

      app = Flask(__name__)


      @app.route('/ldapi-05720/<path:spec>')
      def ldapi_05720(spec):
          match spec.split('/'):
              case ['users', uid] if ${v ? "uid" : "uid.isalnum()"}:
                  flt = f'(&(objectClass=inetOrgPerson)(uid={uid}))'
              case ['groups']:
                  flt = '(objectClass=groupOfNames)'
              case _:
                  abort(404)
          conn = ldap.initialize('ldap://ldap.example.com')
          results = conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, flt, ['cn'])
          return {'count': len(results)}
    `,
  ),
  ...whole(
    "CWE-90",
    "nested function returns a closure building (attr=value); called with the form mail vs escape_filter_chars(mail), ldap3 search",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)


      def filter_for(attr):
          def build(value):
              return f'({attr}={value})'
          return build


      by_mail = filter_for('mail')


      @app.route('/ldapi-05721', methods=['POST'])
      def ldapi_05721():
          mail = request.form.get('BenchmarkTest05721', '')
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', by_mail(${v ? "mail" : "escape_filter_chars(mail)"}), attributes=['cn'])
          return {'found': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "instance attribute set from the cookie shadows a class attribute; the filter reads lookup.department (instance) vs Lookup.department (class)",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      class Lookup:
          department = 'engineering'


      @app.route('/ldapi-05722')
      def ldapi_05722():
          lookup = Lookup()
          lookup.department = request.cookies.get('BenchmarkTest05722', 'engineering')
          dept = ${v ? "lookup.department" : "Lookup.department"}
          conn = ldap.initialize('ldap://ldap.example.com')
          results = conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, '(&(objectClass=person)(ou=' + dept + '))')
          return {'count': len(results)}
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "recursion joins @sku='...' terms with or over the query list: every value vs only isalnum() values",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('catalog.xml')


      def any_of(skus):
          if len(skus) == 1:
              return f"@sku='{skus[0]}'"
          return f"@sku='{skus[0]}' or " + any_of(skus[1:])


      @app.route('/xpathi-05723')
      def xpathi_05723():
          skus = [s for s in request.args.getlist('BenchmarkTest05723')${v ? "" : " if s.isalnum()"}] or ['none']
          prices = DOC.xpath(f'//product[{any_of(skus)}]/price/text()')
          return {'prices': [str(p) for p in prices]}
    `,
  ),
  ...whole(
    "CWE-643",
    "raw query string parsed with parse_qs; the code reversed with [::-1] vs emptied with [:0] (then the 'public' default) in the XPath",
    (v) => `
      from urllib.parse import parse_qs
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('docs.xml')


      @app.route('/xpathi-05724')
      def xpathi_05724():
          params = parse_qs(request.query_string.decode())
          token = params.get('BenchmarkTest05724', [''])[0]
          code = ${v ? "token[::-1]" : "token[:0] or 'public'"}
          titles = DOC.xpath("//doc[@code='" + code + "']/title/text()")
          return {'titles': [str(t) for t in titles]}
    `,
  ),
  ...whole(
    "CWE-643",
    "{**DEFAULTS, **body} (the JSON body's category wins) vs {**body, **DEFAULTS} (the defaults win) before the %-built XPath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      TREE = etree.parse('inventory.xml')
      DEFAULTS = {'category': 'books', 'status': 'active'}


      @app.route('/xpathi-05725', methods=['POST'])
      def xpathi_05725():
          body = request.get_json(silent=True) or {}
          query = ${v ? "{**DEFAULTS, **body}" : "{**body, **DEFAULTS}"}
          expr = "//item[@category='%s' and @status='%s']/name/text()" % (query['category'], query['status'])
          return {'names': [str(n) for n in TREE.xpath(expr)]}
    `,
  ),

  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "dataclass __post_init__ derives secure from the scheme; the module policy is built for 'http' vs 'https'",
    (v) => `
      from dataclasses import dataclass
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @dataclass
      class CookiePolicy:
          scheme: str
          secure: bool = False

          def __post_init__(self):
              self.secure = self.scheme == 'https'


      POLICY = CookiePolicy('${v ? "http" : "https"}')


      @app.route('/securecookie-05726', methods=['POST'])
      def securecookie_05726():
          value = request.form.get('BenchmarkTest05726', '')
          resp = make_response('saved')
          resp.set_cookie('pref', value, secure=POLICY.secure, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "flags object with a secure property whose setter stores bool(value); the module sets it to 0 vs 1, set_cookie(secure=FLAGS.secure)",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      class Flags:
          def __init__(self):
              self._secure = True

          @property
          def secure(self):
              return self._secure

          @secure.setter
          def secure(self, value):
              self._secure = bool(value)


      FLAGS = Flags()
      FLAGS.secure = ${v ? "0" : "1"}


      @app.route('/securecookie-05727')
      def securecookie_05727():
          theme = request.args.get('BenchmarkTest05727', 'light')
          resp = make_response('ok')
          resp.set_cookie('theme', theme, secure=FLAGS.secure, httponly=True, samesite='Lax')
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "cookie options {**DEFAULTS, **LOCAL} (LOCAL's secure False wins) vs {**LOCAL, **DEFAULTS} (DEFAULTS' secure True wins), set_cookie(**opts)",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      COOKIE_DEFAULTS = {'secure': True, 'httponly': True, 'samesite': 'Lax'}
      LOCAL = {'secure': False}


      @app.route('/securecookie-05728')
      def securecookie_05728():
          hint = request.cookies.get('BenchmarkTest05728', 'none')
          opts = ${v ? "{**COOKIE_DEFAULTS, **LOCAL}" : "{**LOCAL, **COOKIE_DEFAULTS}"}
          resp = make_response('ok')
          resp.set_cookie('session_hint', hint, **opts)
          return resp
    `,
  ),

  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "queue.LifoQueue gets 'anonymous' and the form nick; the nick put last (get() returns it) vs first (get() returns 'anonymous'), into session",
    (v) => `
      import queue
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev'


      @app.route('/trustbound-05729', methods=['POST'])
      def trustbound_05729():
          nick = request.form.get('BenchmarkTest05729', 'anonymous')
          stack = queue.LifoQueue()
          stack.put(${v ? "'anonymous'" : "nick"})
          stack.put(${v ? "nick" : "'anonymous'"})
          session['display_name'] = stack.get()
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "PermissionError('viewer', role) raised for an unknown query role; the handler stores e.args[-1] (the role) vs e.args[0] (the constant) in session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev'
      ROLES = {'viewer', 'editor'}


      def check_role(role):
          if role not in ROLES:
              raise PermissionError('viewer', role)
          return role


      @app.route('/trustbound-05730')
      def trustbound_05730():
          role = request.args.get('BenchmarkTest05730', 'viewer')
          try:
              session['role'] = check_role(role)
          except PermissionError as e:
              session['role'] = e.args[${v ? "-1" : "0"}]
          return {'role': session['role']}
    `,
  ),
  ...whole(
    "CWE-501",
    "Accept-Language found by iterating the header items, its first tag taken with partition; session gets the tag vs LANGS.get(tag, 'en')",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev'
      LANGS = {'en': 'en', 'de': 'de', 'fr': 'fr'}


      @app.route('/trustbound-05731')
      def trustbound_05731():
          header = 'en'
          for name, value in request.headers.items():
              if name.lower() == 'accept-language':
                  header = value
          tag = header.partition(',')[0].partition(';')[0].strip().lower()
          session['lang'] = ${v ? "tag" : "LANGS.get(tag, 'en')"}
          return 'ok'
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Fingerprint class with algorithm = 'sha256', LegacyFingerprint subclass overriding it with 'md5'; the password hashed with the subclass vs the base",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      STORE = {}


      class Fingerprint:
          algorithm = 'sha256'

          def digest(self, data):
              return hashlib.new(self.algorithm, data).hexdigest()


      class LegacyFingerprint(Fingerprint):
          algorithm = 'md5'


      @app.route('/hash-05732', methods=['POST'])
      def hash_05732():
          user = request.form.get('user', 'guest')
          password = request.form.get('BenchmarkTest05732', '')
          hasher = ${v ? "LegacyFingerprint()" : "Fingerprint()"}
          STORE[user] = hasher.digest(password.encode())
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "match on a module constant HASH_SCHEME: 'fast' picks hashlib.sha1, 'strong' hashlib.sha512; the constant is 'fast' vs 'strong'",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      HASH_SCHEME = '${v ? "fast" : "strong"}'
      STORE = {}


      @app.route('/hash-05733', methods=['POST'])
      def hash_05733():
          password = request.form.get('BenchmarkTest05733', '')
          match HASH_SCHEME:
              case 'fast':
                  factory = hashlib.sha1
              case 'strong':
                  factory = hashlib.sha512
              case _:
                  factory = hashlib.sha256
          STORE['admin'] = factory(password.encode()).hexdigest()
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "config dict {'algo': 'sha256'} updated with {'algo': 'md5'} vs {'iterations': 2} before hashlib.new(cfg['algo']) on the API token",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-05734')
      def hash_05734():
          token = request.headers.get('BenchmarkTest05734', '')
          cfg = {'algo': 'sha256', 'iterations': 1}
          cfg.update(${v ? "{'algo': 'md5'}" : "{'iterations': 2}"})
          digest = token.encode()
          for _ in range(cfg['iterations']):
              digest = hashlib.new(cfg['algo'], digest).digest()
          return {'key_id': digest.hex()}
    `,
  ),

  // --- CWE-327 weak crypto ---
  ...whole(
    "CWE-327",
    "Sealer.cipher() returns AES ECB, ModernSealer overrides it with AES GCM; the form secret sealed with the base vs the subclass",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      class Sealer:
          def cipher(self):
              return AES.new(KEY, AES.MODE_ECB)

          def seal(self, data):
              return self.cipher().encrypt(pad(data, AES.block_size))


      class ModernSealer(Sealer):
          def cipher(self):
              return AES.new(KEY, AES.MODE_GCM)


      @app.route('/crypto-05735', methods=['POST'])
      def crypto_05735():
          secret = request.form.get('BenchmarkTest05735', '')
          sealer = ${v ? "Sealer()" : "ModernSealer()"}
          return {'sealed': sealer.seal(secret.encode()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "dataclass CipherSpec with mode 'GCM' and __post_init__ switching to 'ECB' when legacy; the module spec is legacy=True vs False, getattr(AES, 'MODE_' + mode)",
    (v) => `
      import os
      from dataclasses import dataclass
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)


      @dataclass
      class CipherSpec:
          legacy: bool = False
          mode: str = 'GCM'

          def __post_init__(self):
              if self.legacy:
                  self.mode = 'ECB'


      SPEC = CipherSpec(legacy=${v ? "True" : "False"})


      @app.route('/crypto-05736', methods=['POST'])
      def crypto_05736():
          note = request.form.get('BenchmarkTest05736', '')
          cipher = AES.new(KEY, getattr(AES, 'MODE_' + SPEC.mode))
          return {'ct': cipher.encrypt(pad(note.encode(), AES.block_size)).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "heapq of (priority, algorithm name): TripleDES at priority 1 and AES at 2 vs the other way round; the heap's smallest names the cryptography algorithm",
    (v) => `
      import heapq
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(24)
      CANDIDATES = []
      heapq.heappush(CANDIDATES, (${v ? "1" : "2"}, 'TripleDES'))
      heapq.heappush(CANDIDATES, (${v ? "2" : "1"}, 'AES'))


      @app.route('/crypto-05737', methods=['POST'])
      def crypto_05737():
          data = request.get_data()
          algo = getattr(algorithms, CANDIDATES[0][1])(KEY)
          iv = os.urandom(algo.block_size // 8)
          enc = Cipher(algo, modes.CBC(iv)).encryptor()
          padded = data + b'\\x00' * (-len(data) % (algo.block_size // 8))
          return {'iv': iv.hex(), 'ct': (enc.update(padded) + enc.finalize()).hex()}
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "token factory returns a closure over its source: token_factory(random) vs token_factory(secrets.SystemRandom()) for password-reset tokens",
    (v) => `
      import random
      import secrets
      import string
      from flask import Flask, request

      app = Flask(__name__)
      ALPHABET = string.ascii_letters + string.digits
      RESETS = {}


      def token_factory(source):
          def make(n=32):
              return ''.join(source.choice(ALPHABET) for _ in range(n))
          return make


      new_token = token_factory(${v ? "random" : "secrets.SystemRandom()"})


      @app.route('/weakrand-05738', methods=['POST'])
      def weakrand_05738():
          email = request.form.get('BenchmarkTest05738', '')
          RESETS[new_token()] = email
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "TokenSource.rng = random.SystemRandom(), a TestingTokenSource subclass overrides rng with random.Random(1234); the view uses the subclass vs the base",
    (v) => `
      import random
      from flask import Flask, make_response, request

      app = Flask(__name__)


      class TokenSource:
          rng = random.SystemRandom()

          def token(self):
              return '%032x' % self.rng.getrandbits(128)


      class TestingTokenSource(TokenSource):
          rng = random.Random(1234)


      @app.route('/weakrand-05739')
      def weakrand_05739():
          user = request.args.get('BenchmarkTest05739', 'guest')
          source = ${v ? "TestingTokenSource()" : "TokenSource()"}
          resp = make_response({'user': user})
          resp.set_cookie('remember', source.token(), secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "@contextmanager yields the generator for a six-digit login code: random.Random() vs secrets.SystemRandom()",
    (v) => `
      import random
      import secrets
      from contextlib import contextmanager
      from flask import Flask, request

      app = Flask(__name__)
      CODES = {}


      @contextmanager
      def entropy():
          yield ${v ? "random.Random()" : "secrets.SystemRandom()"}


      @app.route('/weakrand-05740', methods=['POST'])
      def weakrand_05740():
          phone = request.form.get('BenchmarkTest05740', '')
          with entropy() as rng:
              code = ''.join(str(rng.randrange(10)) for _ in range(6))
          CODES[phone] = code
          return {'sent': True}
    `,
  ),

  // --- CWE-502 deserialization / CWE-94 code injection ---
  ...whole(
    "CWE-502",
    "uploaded file bytes in an io.BytesIO; pickle.load(buf) vs json.load(buf)",
    (v) => `
      import io
      import ${v ? "pickle" : "json"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deserialization-05741', methods=['POST'])
      def deserialization_05741():
          blob = request.files['BenchmarkTest05741'].read()
          buf = io.BytesIO(blob)
          state = ${v ? "pickle.load(buf)" : "json.load(buf)"}
          return {'keys': sorted(state) if isinstance(state, dict) else []}
    `,
  ),
  ...whole(
    "CWE-94",
    "match on the op with a guard before eval of the query expression: the guard checks the text is non-empty vs re.fullmatch of digits and + - / ( ) . only",
    (v) => `
      import re
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-05742')
      def codeinj_05742():
          op = request.args.get('op', 'calc')
          expr = request.args.get('BenchmarkTest05742', '0')
          match op:
              case 'calc' if ${v ? "expr" : "re.fullmatch(r'[0-9+\\-/ ().]+', expr)"}:
                  result = eval(expr)
              case 'length':
                  result = len(expr)
              case _:
                  result = None
          return {'result': result}
    `,
  ),
  ...whole(
    "CWE-502",
    "ConfigImporter.loader = yaml.SafeLoader, FullImporter overrides it with yaml.UnsafeLoader; the request body parsed by the subclass vs the base",
    (v) => `
      import yaml
      from flask import Flask, request

      app = Flask(__name__)


      class ConfigImporter:
          loader = yaml.SafeLoader

          def parse(self, text):
              return yaml.load(text, Loader=self.loader)


      class FullImporter(ConfigImporter):
          loader = yaml.UnsafeLoader


      @app.route('/deserialization-05743', methods=['POST'])
      def deserialization_05743():
          importer = ${v ? "FullImporter()" : "ConfigImporter()"}
          cfg = importer.parse(request.get_data(as_text=True))
          return {'sections': list(cfg) if isinstance(cfg, dict) else []}
    `,
  ),
  ...whole(
    "CWE-94",
    "form formula and a constant formula through a json.dumps/loads round trip; eval (empty builtins) of element 0 (the form's) vs element 1",
    (v) => `
      import json
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-05744', methods=['POST'])
      def codeinj_05744():
          formula = request.form.get('BenchmarkTest05744', 'price * qty')
          packed = json.dumps([formula, 'price * qty'])
          chosen = json.loads(packed)[${v ? "0" : "1"}]
          total = eval(chosen, {'__builtins__': {}}, {'price': 9.5, 'qty': 3})
          return {'total': total}
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "for ... else over path prefixes: ('/',) lets '//evil.example' through vs ('/account/', '/orders/'), else the target is reset to '/'",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      PREFIXES = ${v ? "('/',)" : "('/account/', '/orders/')"}


      @app.route('/redirect-05745')
      def redirect_05745():
          target = request.args.get('BenchmarkTest05745', '/')
          for prefix in PREFIXES:
              if target.startswith(prefix):
                  break
          else:
              target = '/'
          return redirect(target)
    `,
  ),
  ...whole(
    "CWE-601",
    "dict union DEFAULTS | submitted (the form next wins) vs submitted | DEFAULTS (the default next wins), redirect(opts['next'])",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      DEFAULTS = {'next': '/dashboard', 'notice': 'saved'}


      @app.route('/redirect-05746', methods=['POST'])
      def redirect_05746():
          submitted = {'next': request.form.get('BenchmarkTest05746', '/')}
          opts = ${v ? "DEFAULTS | submitted" : "submitted | DEFAULTS"}
          return redirect(opts['next'] + '?notice=' + opts['notice'])
    `,
  ),
  ...whole(
    "CWE-601",
    "generator yields from the query's next list then '/'; redirect to the first collected element (a query value) vs the last ('/')",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      def destinations(args):
          yield from args.getlist('BenchmarkTest05747')
          yield '/'


      @app.route('/redirect-05747')
      def redirect_05747():
          options = list(destinations(request.args))
          return redirect(options[${v ? "0" : "-1"}])
    `,
  ),
  ...whole(
    "CWE-601",
    "ReturnTo object's url setter stores the cookie value stripped vs only a local path (no scheme, no netloc, one leading slash, no backslash)",
    (v) => `
      from urllib.parse import urlsplit
      from flask import Flask, redirect, request

      app = Flask(__name__)


      class ReturnTo:
          def __init__(self):
              self._url = '/'

          @property
          def url(self):
              return self._url

          @url.setter
          def url(self, value):
              ${
                v
                  ? "self._url = value.strip() or '/'"
                  : "parts = urlsplit(value)\n              if not parts.scheme and not parts.netloc and value.startswith('/') and not value.startswith('//') and '\\\\' not in value:\n                  self._url = value"
              }


      @app.route('/redirect-05748')
      def redirect_05748():
          back = ReturnTo()
          back.url = request.cookies.get('BenchmarkTest05748', '/')
          return redirect(back.url)
    `,
  ),

  // --- CWE-117 log injection ---
  ...whole(
    "CWE-117",
    "failed-login user name cut with [:64] (keeps line breaks) vs textwrap.shorten (collapses all whitespace, line breaks included) before the log",
    (v) => `
      import textwrap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/log-05749', methods=['POST'])
      def log_05749():
          user = request.form.get('BenchmarkTest05749', '')
          shown = ${v ? "user[:64]" : "textwrap.shorten(user, width=64, placeholder='...')"}
          app.logger.warning('failed login for %s', shown)
          return 'denied', 401
    `,
  ),
  ...whole(
    "CWE-117",
    "query agent split with splitlines(keepends=True) (the breaks stay) vs splitlines() and joined with spaces before logger.info",
    (v) => `
      import logging
      from flask import Flask, request

      app = Flask(__name__)
      logger = logging.getLogger(__name__)


      @app.route('/log-05750')
      def log_05750():
          agent = request.args.get('BenchmarkTest05750', '')
          flat = ' '.join(agent.splitlines(${v ? "keepends=True" : ""}))
          logger.info('client agent: ' + flat)
          return 'ok'
    `,
  ),
];
