// Dev suite "py-web", batch 58 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style Flask views (thirteenth wave), 60 insecure/safe twins over 14
// categories. The value logic leans on precision: class instances whose methods return one field or another,
// functools.partial / lambdas held in dicts, dict.get with defaults, setdefault, collections.ChainMap / OrderedDict /
// defaultdict, zip / enumerate / reversed / sorted picks, starred tuple unpacking, walrus, closures capturing a
// constant, try/except/else/finally reassignments, early returns, while loops with break, str.partition /
// removeprefix / format_map, string.Template.safe_substitute, bytes and urllib.parse round trips, int() / float() /
// uuid.UUID() coercion, allow-list membership in sets / frozensets / dict keys and re.fullmatch guards; for the
// categories that are not about taint the algorithm or flag is chosen by the same kind of logic. Sources:
// request.args / form / cookies / headers / get_json / path parameters / values / get_data / files' names and bytes.
// Each safe twin differs only in the one thing that makes it safe. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch58: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH58: DevCase[] = [
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Listing instance keeps the requested sort column and a default one; sort_key() returns the requested field vs the default field, formatted into ORDER BY",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Listing:
          def __init__(self, requested):
              self.requested = requested
              self.default = 'name'

          def sort_key(self):
              return self.${v ? "requested" : "default"}


      @app.route('/sqli-05801')
      def sqli_05801():
          listing = Listing(request.args.get('BenchmarkTest05801', 'name'))
          conn = sqlite3.connect('app.db')
          rows = conn.execute(f'SELECT id, name FROM products ORDER BY {listing.sort_key()}').fetchall()
          return {'rows': [list(r) for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "dict of clause builders: functools.partial(clause, 'name') formats the form term in, the 'id' entry is a lambda that ignores it; the view picks 'name' vs 'id'",
    (v) => `
      import sqlite3
      from functools import partial
      from flask import Flask, request

      app = Flask(__name__)


      def clause(column, value):
          return f"{column} = '{value}'"


      BUILDERS = {
          'name': partial(clause, 'name'),
          'id': lambda _value: 'id > 0',
      }


      @app.route('/sqli-05802', methods=['POST'])
      def sqli_05802():
          term = request.form.get('BenchmarkTest05802', '')
          where = BUILDERS['${v ? "name" : "id"}'](term)
          conn = sqlite3.connect('app.db')
          count = conn.execute('SELECT COUNT(*) FROM users WHERE ' + where).fetchone()[0]
          return {'count': count}
    `,
  ),
  ...whole(
    "CWE-89",
    "ChainMap of the cookie overrides and the constant defaults; the overrides map comes first vs last, so cfg['region'] is the cookie vs the default",
    (v) => `
      import sqlite3
      from collections import ChainMap
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = {'region': 'eu-west'}


      @app.route('/sqli-05803')
      def sqli_05803():
          overrides = {'region': request.cookies.get('BenchmarkTest05803', 'eu-west')}
          cfg = ChainMap(${v ? "overrides, DEFAULTS" : "DEFAULTS, overrides"})
          conn = sqlite3.connect('app.db')
          sql = "SELECT name FROM stores WHERE region = '%s'" % cfg['region']
          return {'stores': [r[0] for r in conn.execute(sql).fetchall()]}
    `,
  ),
  ...whole(
    "CWE-89",
    "page header converted with int() in try; the except branch falls back to the raw header vs to 1, else clamps, finally closes nothing; the offset is formatted in",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05804')
      def sqli_05804():
          page = request.headers.get('X-Page', '1')
          conn = sqlite3.connect('app.db')
          try:
              n = int(page)
          except ValueError:
              n = ${v ? "page" : "1"}
          else:
              n = max(n, 1)
          finally:
              status = 'parsed'
          rows = conn.execute('SELECT id FROM events LIMIT 20 OFFSET %s' % n).fetchall()
          return {'status': status, 'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "walrus on a regex guard over the JSON username: re.match with an unanchored + (a prefix passes) vs re.fullmatch of [A-Za-z0-9_]{1,32}; the name goes into an f-string query",
    (v) => `
      import re
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05805', methods=['POST'])
      def sqli_05805():
          name = (request.get_json(silent=True) or {}).get('BenchmarkTest05805', '')
          if not (m := re.${v ? "match" : "fullmatch"}(r'[A-Za-z0-9_]${v ? "+" : "{1,32}"}', name)):
              return {'error': 'bad name'}, 400
          conn = sqlite3.connect('app.db')
          row = conn.execute(f"SELECT email FROM users WHERE username = '{name}'").fetchone()
          return {'email': row[0] if row else None, 'matched': m.group(0)}
    `,
  ),
  ...whole(
    "CWE-89",
    "starred unpacking of (path tag, 'public'): first, *_ takes the path parameter vs *_, last takes the constant; concatenated into the query",
    (v) => `
      import sqlite3
      from flask import Flask

      app = Flask(__name__)


      @app.route('/sqli-05806/<tag>')
      def sqli_05806(tag):
          ${v ? "chosen, *_rest" : "*_rest, chosen"} = (tag, 'public')
          conn = sqlite3.connect('app.db')
          rows = conn.execute("SELECT title FROM posts WHERE tag = '" + chosen + "'").fetchall()
          return {'titles': [r[0] for r in rows]}
    `,
  ),
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "defaultdict(lambda: 'localhost') of hosts; the query host is stored under 'target' vs under 'requested', and os.system pings hosts['target']",
    (v) => `
      import os
      from collections import defaultdict
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05807')
      def cmdi_05807():
          hosts = defaultdict(lambda: 'localhost')
          hosts['${v ? "target" : "requested"}'] = request.args.get('BenchmarkTest05807', '')
          code = os.system('ping -c 1 ' + hosts['target'])
          return {'exit': code}
    `,
  ),
  ...whole(
    "CWE-78",
    "make_runner(target) returns a closure running nslookup with shell=True; the closure formats the captured target vs the captured constant default",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      def make_runner(target):
          default = 'example.com'

          def run():
              return subprocess.check_output(f'nslookup {${v ? "target" : "default"}}', shell=True, text=True)

          return run


      @app.route('/cmdi-05808', methods=['POST'])
      def cmdi_05808():
          runner = make_runner(request.form.get('BenchmarkTest05808', ''))
          return {'out': runner()}
    `,
  ),
  ...whole(
    "CWE-78",
    "request.values name through a urllib.parse quote/unquote round trip (identity) vs shlex.quote after the round trip, into ls -l with shell=True",
    (v) => `
      import shlex
      import subprocess
      from urllib.parse import quote, unquote
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05809', methods=['GET', 'POST'])
      def cmdi_05809():
          name = unquote(quote(request.values.get('BenchmarkTest05809', '.')))
          arg = ${v ? "name" : "shlex.quote(name)"}
          out = subprocess.check_output('ls -l ' + arg, shell=True, text=True)
          return {'listing': out.splitlines()}
    `,
  ),
  ...whole(
    "CWE-78",
    "while loop over [header action, 'status'] breaks at the first candidate that is non-empty vs the first in a frozenset allow-list; systemctl via os.popen",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      ALLOWED = frozenset({'status', 'is-active'})


      @app.route('/cmdi-05810')
      def cmdi_05810():
          candidates = [request.headers.get('X-Action', ''), 'status']
          chosen = 'status'
          i = 0
          while i < len(candidates):
              chosen = candidates[i]
              if ${v ? "chosen" : "chosen in ALLOWED"}:
                  break
              i += 1
          return {'out': os.popen('systemctl ' + chosen + ' nginx').read()}
    `,
  ),
  ...whole(
    "CWE-78",
    "get_data() bytes decoded to text; echoed through subprocess.Popen with a shell string vs an argv list without a shell",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05811', methods=['POST'])
      def cmdi_05811():
          text = request.get_data().decode('utf-8', 'replace')
          proc = subprocess.Popen(${v ? "'echo ' + text, shell=True" : "['echo', text]"}, stdout=subprocess.PIPE)
          out, _ = proc.communicate()
          return out.decode()
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "string.Template('<p>Hello $name</p>').safe_substitute with the raw query name vs html.escape(name); returned as the HTML body",
    (v) => `
      import html
      from string import Template
      from flask import Flask, request

      app = Flask(__name__)
      PAGE = Template('<html><body><p>Hello $name</p></body></html>')


      @app.route('/xss-05812')
      def xss_05812():
          name = request.args.get('BenchmarkTest05812', 'guest')
          return PAGE.safe_substitute(name=${v ? "name" : "html.escape(name)"})
    `,
  ),
  ...whole(
    "CWE-79",
    "'<h1>{title}</h1>'.format_map over a dict holding the form text under 'title' vs under 'query' (the template only reads title, a constant)",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05813', methods=['POST'])
      def xss_05813():
          text = request.form.get('BenchmarkTest05813', '')
          values = ${v ? "{'title': text, 'query': 'none'}" : "{'title': 'Search results', 'query': text}"}
          body = '<h1>{title}</h1><p>Your search was saved.</p>'.format_map(values)
          return body, 200, {'Content-Type': 'text/html; charset=utf-8'}
    `,
  ),
  ...whole(
    "CWE-79",
    "Greeting instance holds the cookie name and a fallback; label() returns who vs fallback, written into make_response HTML",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)


      class Greeting:
          def __init__(self, who):
              self.who = who
              self.fallback = 'friend'

          def label(self):
              return self.${v ? "who" : "fallback"}


      @app.route('/xss-05814')
      def xss_05814():
          g = Greeting(request.cookies.get('BenchmarkTest05814', ''))
          resp = make_response('<div class="hello">Welcome back, ' + g.label() + '</div>')
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "JSON price kept as the stripped string vs float() coercion, formatted into a <span>",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05815', methods=['POST'])
      def xss_05815():
          data = request.get_json(force=True)
          raw = str(data.get('BenchmarkTest05815', '0'))
          price = ${v ? "raw.strip()" : "float(raw)"}
          return f'<p>Price: <span class="amount">{price}</span></p>'
    `,
  ),
  ...whole(
    "CWE-79",
    "enumerate over [header title, 'Dashboard'] keeps the item at index 0 vs index 1; concatenated into the HTML heading",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05816')
      def xss_05816():
          items = [request.headers.get('X-Title', ''), 'Dashboard']
          shown = ''
          for i, item in enumerate(items):
              if i == ${v ? "0" : "1"}:
                  shown = item
          return '<html><head><title>' + shown + '</title></head><body>ok</body></html>'
    `,
  ),
  ...whole(
    "CWE-79",
    "setdefault on a context dict that is empty vs already holds 'title'; request.values title concatenated into the page",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05817', methods=['GET', 'POST'])
      def xss_05817():
          ctx = ${v ? "{}" : "{'title': 'Home'}"}
          ctx.setdefault('title', request.values.get('BenchmarkTest05817', ''))
          return '<html><body><h2>' + ctx['title'] + '</h2></body></html>'
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "query report id used as given vs coerced with str(uuid.UUID(raw)) before joining under the reports directory and opening",
    (v) => `
      import os
      import uuid
      from flask import Flask, request

      app = Flask(__name__)
      REPORTS = '/srv/app/reports'


      @app.route('/pathtraver-05818')
      def pathtraver_05818():
          raw = request.args.get('BenchmarkTest05818', '')
          report_id = ${v ? "raw" : "str(uuid.UUID(raw))"}
          with open(os.path.join(REPORTS, report_id + '.json')) as fh:
              return fh.read(), 200, {'Content-Type': 'application/json'}
    `,
  ),
  ...whole(
    "CWE-22",
    "uploaded file name partitioned at the first dot; the stem (which may hold ../) is kept vs only the extension after a set allow-list with a fresh uuid4 stem",
    (v) => `
      import os
      import uuid
      from flask import Flask, abort, request

      app = Flask(__name__)
      UPLOADS = '/srv/app/uploads'
      EXTENSIONS = {'txt', 'pdf', 'png'}


      @app.route('/pathtraver-05819', methods=['POST'])
      def pathtraver_05819():
          upload = request.files['BenchmarkTest05819']
          stem, _sep, ext = upload.filename.partition('.')
          if ext not in EXTENSIONS:
              abort(400)
          target = os.path.join(UPLOADS, ${v ? "stem + '.' + ext" : "uuid.uuid4().hex + '.' + ext"})
          upload.save(target)
          return {'saved': os.path.basename(target)}
    `,
  ),
  ...whole(
    "CWE-22",
    "path key looked up in a dict of report files with dict.get: the default is the key itself vs a constant file name; send_file of the joined path",
    (v) => `
      import os
      from flask import Flask, send_file

      app = Flask(__name__)
      BASE = '/srv/app/exports'
      FILES = {'q1': 'q1.csv', 'q2': 'q2.csv'}


      @app.route('/pathtraver-05820/<path:key>')
      def pathtraver_05820(key):
          name = FILES.get(key, ${v ? "key" : "'q1.csv'"})
          return send_file(os.path.join(BASE, name))
    `,
  ),
  ...whole(
    "CWE-22",
    "resolve(name) returns early with the default for an empty name only vs for a realpath outside the base directory; the cookie file name is opened",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = os.path.realpath('/srv/app/notes')


      def resolve(name):
          full = os.path.realpath(os.path.join(BASE, name))
          if ${v ? "not name" : "not full.startswith(BASE + os.sep)"}:
              return os.path.join(BASE, 'index.txt')
          return full


      @app.route('/pathtraver-05821')
      def pathtraver_05821():
          path = resolve(request.cookies.get('BenchmarkTest05821', 'index.txt'))
          with open(path, encoding='utf-8') as fh:
              return {'note': fh.read()}
    `,
  ),
  ...whole(
    "CWE-22",
    "request.values name unquoted twice (a %252e%252e%252f round trip) and joined as is vs reduced with os.path.basename; the file is deleted",
    (v) => `
      import os
      from urllib.parse import unquote
      from flask import Flask, request

      app = Flask(__name__)
      CACHE = '/var/cache/app'


      @app.route('/pathtraver-05822', methods=['GET', 'POST'])
      def pathtraver_05822():
          name = unquote(unquote(request.values.get('BenchmarkTest05822', '')))
          ${v ? "" : "name = os.path.basename(name)"}
          os.remove(os.path.join(CACHE, name))
          return {'removed': name}
    `,
  ),
  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "dict of lambdas building the filter: 'uid' formats the query value in, 'all' ignores it; a module constant MODE picks 'uid' vs 'all' for ldap3 search",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)
      MODE = '${v ? "uid" : "all"}'
      FILTERS = {
          'uid': lambda value: f'(&(objectClass=person)(uid={value}))',
          'all': lambda value: '(objectClass=person)',
      }


      @app.route('/ldapi-05823')
      def ldapi_05823():
          value = request.args.get('BenchmarkTest05823', '')
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=com', FILTERS[MODE](value), attributes=['cn'])
          return {'count': len(conn.entries)}
    `,
  ),
  ...whole(
    "CWE-90",
    "form login name with removeprefix('cn=') vs ldap.filter.escape_filter_chars, formatted into a python-ldap search_s filter",
    (v) => `
      import ldap
      import ldap.filter
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldapi-05824', methods=['POST'])
      def ldapi_05824():
          login = request.form.get('BenchmarkTest05824', '')
          safe = ${v ? "login.removeprefix('cn=')" : "ldap.filter.escape_filter_chars(login)"}
          conn = ldap.initialize('ldap://ldap.example.com')
          result = conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, '(cn=%s)' % safe, ['mail'])
          return {'found': len(result)}
    `,
  ),
  ...whole(
    "CWE-90",
    "header uid guarded by re.search for one allowed character (anything passes) vs re.fullmatch of [a-z0-9._-]{1,64}; rejected otherwise, then an ldap3 filter",
    (v) => `
      import re
      from flask import Flask, abort, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldapi-05825')
      def ldapi_05825():
          uid = request.headers.get('X-User', '')
          if not re.${v ? "search" : "fullmatch"}(r'[a-z0-9._-]${v ? "" : "{1,64}"}', uid):
              abort(400)
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', '(uid=' + uid + ')', attributes=['mail'])
          return {'mail': [str(e.mail) for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "JSON employee number through int() in try; the except branch keeps the raw text vs returns 400 early; the number is formatted into the filter",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldapi-05826', methods=['POST'])
      def ldapi_05826():
          raw = str(request.get_json()['BenchmarkTest05826'])
          try:
              emp = int(raw)
          except ValueError:
              ${v ? "emp = raw" : "return {'error': 'bad number'}, 400"}
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('ou=staff,dc=example,dc=com', f'(employeeNumber={emp})', attributes=['cn'])
          return {'count': len(conn.entries)}
    `,
  ),
  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "query address partitioned at '@', the local part formatted into an lxml xpath string vs bound as the $n variable",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('users.xml')


      @app.route('/xpathi-05827')
      def xpathi_05827():
          local, _at, _domain = request.args.get('BenchmarkTest05827', '').partition('@')
          nodes = ${v ? "DOC.xpath(f\"//user[login='{local}']/email/text()\")" : 'DOC.xpath("//user[login=$n]/email/text()", n=local)'}
          return {'emails': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "list(reversed([...]))[0] picks the cookie department from ['sales', dept] vs the constant from [dept, 'sales']; formatted into the xpath",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('staff.xml')


      @app.route('/xpathi-05828')
      def xpathi_05828():
          dept = request.cookies.get('BenchmarkTest05828', 'sales')
          picked = list(reversed(${v ? "['sales', dept]" : "[dept, 'sales']"}))[0]
          names = DOC.xpath("//employee[@dept='" + picked + "']/name/text()")
          return {'names': [str(n) for n in names]}
    `,
  ),
  ...whole(
    "CWE-643",
    "finder(tag) returns a closure that runs the xpath; the closure formats the captured form tag vs a captured constant",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('catalog.xml')


      def finder(tag):
          fixed = 'public'

          def run(doc):
              return doc.xpath(f"//item[@tag='{${v ? "tag" : "fixed"}}']/title/text()")

          return run


      @app.route('/xpathi-05829', methods=['POST'])
      def xpathi_05829():
          search = finder(request.form.get('BenchmarkTest05829', ''))
          return {'titles': [str(t) for t in search(DOC)]}
    `,
  ),
  ...whole(
    "CWE-643",
    "walrus reads request.values sku; the guard checks it is non-empty vs non-empty and str.isalnum() before the xpath string",
    (v) => `
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('inventory.xml')


      @app.route('/xpathi-05830', methods=['GET', 'POST'])
      def xpathi_05830():
          if (sku := request.values.get('BenchmarkTest05830', '').strip())${v ? "" : " and sku.isalnum()"}:
              stock = DOC.xpath("//product[@sku='%s']/stock/text()" % sku)
              return {'stock': [str(s) for s in stock]}
          return {'error': 'missing sku'}, 400
    `,
  ),
  // --- CWE-94 code injection / CWE-502 deserialization ---
  ...whole(
    "CWE-94",
    "get_data() body decoded and stripped; evaluated with eval vs ast.literal_eval",
    (v) => `
      import ast
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-05831', methods=['POST'])
      def codeinj_05831():
          expr = request.get_data().decode('utf-8').strip()
          value = ${v ? "eval(expr)" : "ast.literal_eval(expr)"}
          return {'value': repr(value)}
    `,
  ),
  ...whole(
    "CWE-502",
    "cookie state base64-decoded and loaded with pickle.loads vs json.loads",
    (v) => `
      import base64
      import ${v ? "pickle" : "json"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deserialization-05832')
      def deserialization_05832():
          blob = base64.urlsafe_b64decode(request.cookies.get('BenchmarkTest05832', 'e30='))
          state = ${v ? "pickle.loads(blob)" : "json.loads(blob)"}
          return {'cart': state.get('cart', []) if isinstance(state, dict) else []}
    `,
  ),
  ...whole(
    "CWE-502",
    "dict of loaders: 'safe' is yaml.safe_load, 'full' is functools.partial(yaml.load, Loader=yaml.UnsafeLoader); a module constant picks 'full' vs 'safe' for the uploaded file",
    (v) => `
      from functools import partial

      import yaml
      from flask import Flask, request

      app = Flask(__name__)
      LOADERS = {
          'safe': yaml.safe_load,
          'full': partial(yaml.load, Loader=yaml.UnsafeLoader),
      }
      CONFIG_LOADER = '${v ? "full" : "safe"}'


      @app.route('/deserialization-05833', methods=['POST'])
      def deserialization_05833():
          raw = request.files['BenchmarkTest05833'].read()
          config = LOADERS[CONFIG_LOADER](raw)
          return {'keys': sorted(config) if isinstance(config, dict) else []}
    `,
  ),
  ...whole(
    "CWE-94",
    "two JSON operands kept as stripped strings vs int()-coerced, formatted into source text run by exec",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-05834', methods=['POST'])
      def codeinj_05834():
          body = request.get_json()
          a = ${v ? "str(body.get('a', '0')).strip()" : "int(body.get('a', 0))"}
          b = ${v ? "str(body.get('BenchmarkTest05834', '0')).strip()" : "int(body.get('BenchmarkTest05834', 0))"}
          scope = {}
          exec(f'result = {a} + {b}', {}, scope)
          return {'result': scope['result']}
    `,
  ),
  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "query key looked up in a dict of local destinations with dict.get: the default is the key itself vs '/'",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      DESTINATIONS = {'home': '/', 'profile': '/me', 'billing': '/account/billing'}


      @app.route('/redirect-05835')
      def redirect_05835():
          key = request.args.get('BenchmarkTest05835', 'home')
          return redirect(DESTINATIONS.get(key, ${v ? "key" : "'/'"}))
    `,
  ),
  ...whole(
    "CWE-601",
    "form next path: removeprefix('/') then '/' + rest ('//evil.example' stays protocol-relative) vs '/' + quote(rest.lstrip('/\\\\')) (one leading slash, then neither slash nor a control character: a local path)",
    (v) => `
      from urllib.parse import quote
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-05836', methods=['POST'])
      def redirect_05836():
          nxt = request.form.get('BenchmarkTest05836', '/')
          rest = ${v ? "nxt.removeprefix('/')" : "quote(nxt.lstrip('/\\\\'))"}
          return redirect('/' + rest)
    `,
  ),
  ...whole(
    "CWE-601",
    "Nav instance keeps the cookie target and a home path; destination() returns the target vs home",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      class Nav:
          def __init__(self, target):
              self.target = target
              self.home = '/dashboard'

          def destination(self):
              return self.${v ? "target" : "home"}


      @app.route('/redirect-05837')
      def redirect_05837():
          nav = Nav(request.cookies.get('BenchmarkTest05837', '/dashboard'))
          return redirect(nav.destination(), code=302)
    `,
  ),
  ...whole(
    "CWE-601",
    "header choice through int() in try; except falls back to the raw header vs passes, else picks PAGES[idx % len(PAGES)]; redirect to dest",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)
      PAGES = ['/', '/news', '/help']


      @app.route('/redirect-05838')
      def redirect_05838():
          choice = request.headers.get('X-Return-To', '0')
          dest = '/'
          try:
              idx = int(choice)
          except ValueError:
              ${v ? "dest = choice" : "pass"}
          else:
              dest = PAGES[idx % len(PAGES)]
          return redirect(dest)
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "dict(zip(('theme', 'lang'), (query theme, 'en'))); session stores pairs['theme'] vs pairs['lang']",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      @app.route('/trustbound-05839')
      def trustbound_05839():
          pairs = dict(zip(('theme', 'lang'), (request.args.get('BenchmarkTest05839', ''), 'en')))
          session['${v ? "theme" : "lang"}'] = pairs['${v ? "theme" : "lang"}']
          return 'saved'
    `,
  ),
  ...whole(
    "CWE-501",
    "defaultdict(lambda: 'standard') of preferences; the form plan is stored under 'plan' vs 'plan_requested', and session['plan'] takes prefs['plan']",
    (v) => `
      from collections import defaultdict
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      @app.route('/trustbound-05840', methods=['POST'])
      def trustbound_05840():
          prefs = defaultdict(lambda: 'standard')
          prefs['${v ? "plan" : "plan_requested"}'] = request.form.get('BenchmarkTest05840', '')
          session['plan'] = prefs['plan']
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "pick_name(raw) returns the raw cookie value early when it is set vs returns the constant 'member'; the result goes into the session",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'


      def pick_name(raw):
          if raw:
              return ${v ? "raw" : "'member'"}
          return 'guest'


      @app.route('/trustbound-05841')
      def trustbound_05841():
          session['display_name'] = pick_name(request.cookies.get('BenchmarkTest05841', ''))
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "'{...} welcomes you'.format_map({'site': SITE, 'user': JSON name}); the template reads {user} vs {site}; stored in session['banner']",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-only-key'
      SITE = 'Example Shop'


      @app.route('/trustbound-05842', methods=['POST'])
      def trustbound_05842():
          name = request.get_json()['BenchmarkTest05842']
          session['banner'] = '{${v ? "user" : "site"}} welcomes you'.format_map({'site': SITE, 'user': name})
          return 'ok'
    `,
  ),
  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "dict of lambdas: 'fast' is random.getrandbits(128), 'secure' is secrets.randbits(128); a module constant picks which makes the reset token",
    (v) => `
      import random
      import secrets
      from flask import Flask, request

      app = Flask(__name__)
      TOKEN_SOURCE = '${v ? "fast" : "secure"}'
      GENERATORS = {
          'fast': lambda: random.getrandbits(128),
          'secure': lambda: secrets.randbits(128),
      }


      @app.route('/weakrand-05843', methods=['POST'])
      def weakrand_05843():
          email = request.form.get('BenchmarkTest05843', '')
          token = '%032x' % GENERATORS[TOKEN_SOURCE]()
          return {'email': email, 'reset_token': token}
    `,
  ),
  ...whole(
    "CWE-338",
    "TokenMaker holds self.rng = random.Random() vs random.SystemRandom(); make() picks 32 characters for the session token",
    (v) => `
      import random
      import string
      from flask import Flask, make_response

      app = Flask(__name__)
      ALPHABET = string.ascii_letters + string.digits


      class TokenMaker:
          def __init__(self):
              self.rng = random.${v ? "Random()" : "SystemRandom()"}

          def make(self):
              return ''.join(self.rng.choice(ALPHABET) for _ in range(32))


      @app.route('/weakrand-05844')
      def weakrand_05844():
          resp = make_response('ok')
          resp.set_cookie('session_token', TokenMaker().make(), secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "one-time login code from functools.partial(random.randint, 100000, 999999) vs partial(secrets.choice, range(100000, 1000000))",
    (v) => `
      import ${v ? "random" : "secrets"}
      from functools import partial
      from flask import Flask, request

      app = Flask(__name__)
      new_code = partial(${v ? "random.randint, 100000, 999999" : "secrets.choice, range(100000, 1000000)"})


      @app.route('/weakrand-05845', methods=['POST'])
      def weakrand_05845():
          phone = request.form.get('BenchmarkTest05845', '')
          code = new_code()
          return {'phone': phone, 'otp': str(code)}
    `,
  ),
  ...whole(
    "CWE-338",
    "while loop draws an API key until it is unused; the draw is '%x' % random.getrandbits(64) vs secrets.token_hex(8)",
    (v) => `
      import ${v ? "random" : "secrets"}
      from flask import Flask

      app = Flask(__name__)
      ISSUED = set()


      @app.route('/weakrand-05846', methods=['POST'])
      def weakrand_05846():
          while True:
              key = ${v ? "'%x' % random.getrandbits(64)" : "secrets.token_hex(8)"}
              if key not in ISSUED:
                  break
          ISSUED.add(key)
          return {'api_key': key}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "ChainMap(LEGACY, DEFAULTS) where LEGACY says md5 and DEFAULTS sha256 (first map wins) vs ChainMap(DEFAULTS, LEGACY); hashlib.new digests the reset token before it is stored",
    (v) => `
      import hashlib
      from collections import ChainMap
      from flask import Flask, request

      app = Flask(__name__)
      LEGACY = {'digest': 'md5'}
      DEFAULTS = {'digest': 'sha256'}
      RESET_TOKENS = {}


      @app.route('/hash-05847')
      def hash_05847():
          cfg = ChainMap(${v ? "LEGACY, DEFAULTS" : "DEFAULTS, LEGACY"})
          token = request.args.get('BenchmarkTest05847', '')
          RESET_TOKENS[hashlib.new(cfg['digest'], token.encode()).hexdigest()] = 'pending'
          return {'stored': True}
    `,
  ),
  ...whole(
    "CWE-328",
    "sorted(['md5', 'sha256']) picks [0] (md5) vs [-1] (sha256) for the integrity digest of the uploaded file",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-05848', methods=['POST'])
      def hash_05848():
          algo = sorted(['sha256', 'md5'])[${v ? "0" : "-1"}]
          data = request.files['BenchmarkTest05848'].read()
          return {'integrity': hashlib.new(algo, data).hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "enumerate(('sha1', 'sha512')) keeps the name whose index equals PREFERRED = 0 vs 1; the API token is stored as that digest",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      PREFERRED = ${v ? "0" : "1"}
      TOKENS = {}


      @app.route('/hash-05849', methods=['POST'])
      def hash_05849():
          token = request.headers.get('X-Api-Token', '')
          algo = 'sha512'
          for i, name in enumerate(('sha1', 'sha512')):
              if i == PREFERRED:
                  algo = name
          TOKENS[hashlib.new(algo, token.encode()).hexdigest()] = request.headers.get('BenchmarkTest05849', '')
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "digest_factory() returns a closure capturing algo = 'md5' vs 'sha256'; the closure fingerprints the session secret",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      def digest_factory():
          algo = '${v ? "md5" : "sha256"}'

          def make(data):
              return hashlib.new(algo, data).hexdigest()

          return make


      fingerprint = digest_factory()


      @app.route('/hash-05850', methods=['POST'])
      def hash_05850():
          secret = request.form.get('BenchmarkTest05850', '')
          return {'fingerprint': fingerprint(secret.encode())}
    `,
  ),
  // --- CWE-327 weak crypto ---
  ...whole(
    "CWE-327",
    "dict of functools.partial cipher factories: 'legacy' is DES ECB, 'modern' AES GCM; CIPHERS.get(SCHEME, ...) with SCHEME 'legacy' vs 'modern'",
    (v) => `
      import os
      from functools import partial
      from Crypto.Cipher import AES, DES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      DES_KEY = os.urandom(8)
      AES_KEY = os.urandom(32)
      CIPHERS = {
          'legacy': partial(DES.new, DES_KEY, DES.MODE_ECB),
          'modern': partial(AES.new, AES_KEY, AES.MODE_GCM),
      }
      SCHEME = '${v ? "legacy" : "modern"}'


      @app.route('/crypto-05851', methods=['POST'])
      def crypto_05851():
          data = request.form.get('BenchmarkTest05851', '').encode()
          cipher = CIPHERS.get(SCHEME, CIPHERS['modern'])()
          return {'sealed': cipher.encrypt(pad(data, 16)).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Vault instance keeps self.mode = AES.MODE_ECB vs AES.MODE_GCM; seal() builds AES.new(key, self.mode)",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)


      class Vault:
          def __init__(self, key):
              self.key = key
              self.mode = AES.${v ? "MODE_ECB" : "MODE_GCM"}

          def seal(self, data):
              return AES.new(self.key, self.mode).encrypt(pad(data, AES.block_size))


      VAULT = Vault(os.urandom(32))


      @app.route('/crypto-05852', methods=['POST'])
      def crypto_05852():
          note = request.get_json()['BenchmarkTest05852']
          return {'sealed': VAULT.seal(note.encode()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "starred unpacking of (algorithms.TripleDES, algorithms.AES): first, *_ takes TripleDES vs *_, last takes AES; cryptography Cipher in CBC",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(24)


      @app.route('/crypto-05853', methods=['POST'])
      def crypto_05853():
          ${v ? "algo_cls, *_others" : "*_others, algo_cls"} = (algorithms.TripleDES, algorithms.AES)
          algo = algo_cls(KEY)
          iv = os.urandom(algo.block_size // 8)
          padder = padding.PKCS7(algo.block_size).padder()
          data = padder.update(request.form.get('BenchmarkTest05853', '').encode()) + padder.finalize()
          enc = Cipher(algo, modes.CBC(iv)).encryptor()
          return {'iv': iv.hex(), 'data': (enc.update(data) + enc.finalize()).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "defaultdict whose factory gives modes.GCM(nonce) and which holds modes.ECB() under 'legacy'; the profile key is 'legacy' vs 'standard'",
    (v) => `
      import os
      from collections import defaultdict
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)
      PROFILE = '${v ? "legacy" : "standard"}'


      @app.route('/crypto-05854', methods=['POST'])
      def crypto_05854():
          nonce = os.urandom(12)
          by_profile = defaultdict(lambda: modes.GCM(nonce), {'legacy': modes.ECB()})
          data = request.form.get('BenchmarkTest05854', '').encode().ljust(16, b' ')[:16]
          enc = Cipher(algorithms.AES(KEY), by_profile[PROFILE]).encryptor()
          return {'data': (enc.update(data) + enc.finalize()).hex()}
    `,
  ),
  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "COOKIE_OPTS.get('secure', True): the options dict holds secure=False vs only httponly (the default True applies)",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      COOKIE_OPTS = ${v ? "{'secure': False, 'httponly': True}" : "{'httponly': True}"}


      @app.route('/securecookie-05855', methods=['POST'])
      def securecookie_05855():
          value = request.form.get('BenchmarkTest05855', '')
          resp = make_response('stored')
          resp.set_cookie('remember', value, secure=COOKIE_OPTS.get('secure', True), httponly=COOKIE_OPTS.get('httponly', True))
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "ChainMap of BASE (secure False) and a {'secure': True} override as **kwargs; BASE first vs the override first",
    (v) => `
      from collections import ChainMap
      from flask import Flask, make_response, request

      app = Flask(__name__)
      BASE = {'secure': False, 'httponly': True, 'samesite': 'Lax'}
      HARDENED = {'secure': True}


      @app.route('/securecookie-05856')
      def securecookie_05856():
          opts = ChainMap(${v ? "BASE, HARDENED" : "HARDENED, BASE"})
          resp = make_response('ok')
          resp.set_cookie('sid', request.args.get('BenchmarkTest05856', ''), **dict(opts))
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "for loop over ('dev', 'prod') breaks at the module ENV and sets secure = level == 'prod'; ENV is 'dev' vs 'prod'",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      ENV = '${v ? "dev" : "prod"}'


      @app.route('/securecookie-05857')
      def securecookie_05857():
          secure = True
          for level in ('dev', 'prod'):
              if level == ENV:
                  secure = level == 'prod'
                  break
          resp = make_response('ok')
          resp.set_cookie('cart', request.cookies.get('BenchmarkTest05857', ''), secure=secure, httponly=True)
          return resp
    `,
  ),
  // --- CWE-918 SSRF ---
  ...whole(
    "CWE-918",
    "query URL checked with urlsplit: only the scheme is in {'http', 'https'} vs the hostname is in an allow-list set; requests.get",
    (v) => `
      from urllib.parse import urlsplit

      import requests
      from flask import Flask, abort, request

      app = Flask(__name__)
      ALLOWED_HOSTS = {'images.example.com', 'cdn.example.com'}


      @app.route('/ssrf-05858')
      def ssrf_05858():
          url = request.args.get('BenchmarkTest05858', '')
          parts = urlsplit(url)
          if ${v ? "parts.scheme not in {'http', 'https'}" : "parts.scheme != 'https' or parts.hostname not in ALLOWED_HOSTS"}:
              abort(400)
          resp = requests.get(url, timeout=5)
          return resp.content, resp.status_code
    `,
  ),
  ...whole(
    "CWE-918",
    "upstream(name) returns the SERVICES entry when known, otherwise the JSON name itself vs SERVICES['default']; requests.post to it",
    (v) => `
      import requests
      from flask import Flask, request

      app = Flask(__name__)
      SERVICES = {'default': 'https://api.internal.example.com', 'billing': 'https://billing.internal.example.com'}


      def upstream(name):
          if name in SERVICES:
              return SERVICES[name]
          return ${v ? "name" : "SERVICES['default']"}


      @app.route('/ssrf-05859', methods=['POST'])
      def ssrf_05859():
          body = request.get_json()
          resp = requests.post(upstream(body.get('BenchmarkTest05859', 'default')) + '/ping', json={}, timeout=5)
          return {'status': resp.status_code}
    `,
  ),
  ...whole(
    "CWE-918",
    "path item used as the host of the URL vs quote(item, safe='') as one path segment of a fixed host; urllib.request.urlopen",
    (v) => `
      from urllib.parse import quote
      from urllib.request import urlopen
      from flask import Flask

      app = Flask(__name__)


      @app.route('/ssrf-05860/<item>')
      def ssrf_05860(item):
          url = ${v ? "f'https://{item}/meta.json'" : "'https://cdn.example.com/items/' + quote(item, safe='') + '/meta.json'"}
          with urlopen(url, timeout=5) as resp:
              return resp.read()
    `,
  ),
];
