// Dev suite "py-web", batch 56 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views (eleventh wave), insecure/safe twins over 14 categories (log
// injection included). Each view is a source, one or two data steps and a sink. Data steps earlier waves used
// little: itertools (zip_longest with a fillvalue, islice over a chain, accumulate, groupby), operator.itemgetter /
// attrgetter, sorted with key lambdas, defaultdict factories, ChainMap lookup order, OrderedDict.move_to_end with
// popitem, types.SimpleNamespace with vars() / setattr loops, namedtuple._replace, str.format_map,
// string.Template.safe_substitute, re.sub with a callback, shlex.join, binascii / codecs / struct round trips,
// module globals rewritten by a `global` helper, `nonlocal` closures, decorators that rewrite arguments, lru_cache
// factories, getattr dispatch on classes and modules, **kwargs / *args pass-through, swapped assignments, chained
// comparisons on constants, any / all / isinstance guards (some of them too weak: a suffix host test, an isinstance
// str test, a re.match prefix test) and conversions that sanitise (uuid.UUID, ipaddress.IPv4Address, int,
// re.fullmatch). Sources: request.args / form / cookies / headers (items iteration) / view_args / get_json / files'
// filenames / query_string parsed by hand / values / get_data(). Each safe twin differs only in the one thing that
// makes it safe (a constant on the taken path, another element, an overwrite, an allow-list, a real sanitiser, a
// safe API). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch56: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH56: DevCase[] = [
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "itertools.zip_longest pairs columns with one constant value and the query owner as fillvalue; the WHERE uses the owner pair vs the status pair",
    (v) => `
      import itertools
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05601')
      def sqli_05601():
          owner = request.args.get('BenchmarkTest05601', 'nobody')
          pairs = dict(itertools.zip_longest(('status', 'owner'), ('open',), fillvalue=owner))
          conn = sqlite3.connect('app.db')
          sql = "SELECT id FROM tickets WHERE ${v ? "owner" : "status"} = '%s'" % pairs['${v ? "owner" : "status"}']
          rows = conn.execute(sql).fetchall()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "operator.itemgetter picks the ORDER BY column from [constant, constant, form value]: index 2 vs index 1",
    (v) => `
      import operator
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/sqli-05602', methods=['POST'])
      def sqli_05602():
          columns = ['id', 'name', request.form.get('BenchmarkTest05602', 'id')]
          pick = operator.itemgetter(${v ? "2" : "1"})
          conn = sqlite3.connect('app.db')
          rows = conn.execute('SELECT id, name FROM products ORDER BY ' + pick(columns)).fetchall()
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "string.Template.safe_substitute fills the cookie account id into the query; stripped vs parsed with uuid.UUID",
    (v) => `
      import sqlite3
      import uuid
      from string import Template
      from flask import Flask, request

      app = Flask(__name__)
      QUERY = Template("SELECT plan, renews FROM subscriptions WHERE account = '$account'")


      @app.route('/sqli-05603')
      def sqli_05603():
          raw = request.cookies.get('BenchmarkTest05603', '')
          account = ${v ? "raw.strip()" : "str(uuid.UUID(raw))"}
          conn = sqlite3.connect('app.db')
          row = conn.execute(QUERY.safe_substitute(account=account)).fetchone()
          return {'plan': row[0] if row else None}
    `,
  ),
  ...whole(
    "CWE-89",
    "struct.pack of a constant shard number and the header name, unpacked again; the query uses the name field vs the shard field",
    (v) => `
      import sqlite3
      import struct
      from flask import Flask, request

      app = Flask(__name__)
      RECORD = struct.Struct('>I32s')


      @app.route('/sqli-05604')
      def sqli_05604():
          name = request.headers.get('X-Benchmark-05604', 'guest')
          shard, packed = RECORD.unpack(RECORD.pack(7, name.encode()[:32]))
          user = packed.rstrip(b'\\x00').decode()
          conn = sqlite3.connect('app.db')
          rows = conn.execute(${
            v
              ? `f"SELECT id FROM users WHERE login = '{user}'"`
              : `f"SELECT id FROM users WHERE shard = {shard}"`
          }).fetchall()
          return {'ids': [r[0] for r in rows]}
    `,
  ),
  ...whole(
    "CWE-89",
    "JSON id guarded by isinstance(value, (int, str)) vs isinstance(value, int), then put in an f-string query",
    (v) => `
      import sqlite3
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/sqli-05605', methods=['POST'])
      def sqli_05605():
          data = request.get_json(silent=True) or {}
          order_id = data.get('BenchmarkTest05605')
          if not isinstance(order_id, ${v ? "(int, str)" : "int"}):
              abort(400)
          conn = sqlite3.connect('app.db')
          row = conn.execute(f'SELECT total FROM orders WHERE id = {order_id}').fetchone()
          return {'total': row[0] if row else 0}
    `,
  ),

  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "argument list for a shell command joined with ' '.join vs shlex.join, run with shell=True",
    (v) => `
      import ${v ? "subprocess" : "shlex\n      import subprocess"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-05606')
      def cmdi_05606():
          host = request.args.get('BenchmarkTest05606', 'localhost')
          argv = ['ping', '-c', '1', host]
          out = subprocess.run(${v ? "' '.join(argv)" : "shlex.join(argv)"}, shell=True, capture_output=True, text=True)
          return {'out': out.stdout}
    `,
  ),
  ...whole(
    "CWE-78",
    "getattr dispatch on a tools object by a constant name: 'ping' (shell string) vs 'lookup' (argument list)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class NetTools:
          def ping(self, host):
              return subprocess.check_output(f'ping -c 1 {host}', shell=True)

          def lookup(self, host):
              return subprocess.check_output(['nslookup', host])


      ACTION = '${v ? "ping" : "lookup"}'


      @app.route('/cmdi-05607', methods=['POST'])
      def cmdi_05607():
          host = request.form.get('BenchmarkTest05607', 'localhost')
          output = getattr(NetTools(), ACTION)(host)
          return output.decode(errors='replace')
    `,
  ),
  ...whole(
    "CWE-78",
    "path parameter host stripped vs normalised through ipaddress.IPv4Address before os.system",
    (v) => `
      import ${v ? "os" : "ipaddress\n      import os"}
      from flask import Flask

      app = Flask(__name__)


      @app.route('/cmdi-05608/<target>')
      def cmdi_05608(target):
          host = ${v ? "target.strip()" : "str(ipaddress.IPv4Address(target))"}
          status = os.system('traceroute -m 5 ' + host)
          return {'status': status}
    `,
  ),
  ...whole(
    "CWE-78",
    "*args / **kwargs pass-through wrapper over subprocess.check_output with shell=True; the search term raw vs shlex.quote'd",
    (v) => `
      import shlex
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      def sh(*args, **kwargs):
          kwargs.setdefault('timeout', 10)
          return subprocess.check_output(*args, **kwargs)


      @app.route('/cmdi-05609')
      def cmdi_05609():
          term = request.cookies.get('BenchmarkTest05609', 'error')
          out = sh(f"grep -rn {${v ? "term" : "shlex.quote(term)"}} /srv/docs", shell=True)
          return out.decode(errors='replace')
    `,
  ),
  ...whole(
    "CWE-78",
    "raw query string parsed with parse_qsl, hex round trip with binascii; no check vs re.fullmatch host allow-list before os.popen",
    (v) => `
      import binascii
      import os
      import re
      from urllib.parse import parse_qsl
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/cmdi-05610')
      def cmdi_05610():
          params = dict(parse_qsl(request.query_string.decode()))
          encoded = binascii.hexlify(params.get('BenchmarkTest05610', 'localhost').encode())
          host = binascii.unhexlify(encoded).decode()
          if ${v ? "not host" : "not re.fullmatch(r'[A-Za-z0-9.-]{1,253}', host)"}:
              abort(400)
          return os.popen('nslookup ' + host).read()
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "decorator rewrites the name argument before the view opens it: name.strip() vs os.path.basename(name)",
    (v) => `
      import functools
      import os
      from flask import Flask, request

      app = Flask(__name__)
      REPORTS = '/srv/reports'


      def clean_name(view):
          @functools.wraps(view)
          def wrapper(name):
              return view(${v ? "name.strip()" : "os.path.basename(name)"})
          return wrapper


      @clean_name
      def read_report(name):
          with open(os.path.join(REPORTS, name)) as fh:
              return fh.read()


      @app.route('/path-05611')
      def path_05611():
          return read_report(request.args.get('BenchmarkTest05611', 'daily.txt'))
    `,
  ),
  ...whole(
    "CWE-22",
    "guard with any(part == '..') over the '/' split (absolute paths pass) vs all() over an alphanumeric character set",
    (v) => `
      import os
      from flask import Flask, abort, request, send_file

      app = Flask(__name__)
      BASE = '/srv/static/docs'
      ALLOWED = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.')


      @app.route('/path-05612')
      def path_05612():
          name = request.args.get('BenchmarkTest05612', 'index.html')
          if ${
            v
              ? "any(part == '..' for part in name.split('/'))"
              : "name.startswith('.') or not all(ch in ALLOWED for ch in name)"
          }:
              abort(400)
          return send_file(os.path.join(BASE, name))
    `,
  ),
  ...whole(
    "CWE-22",
    "collections.ChainMap(request.args, DEFAULTS) vs ChainMap(DEFAULTS, request.args): which map answers the 'template' key first",
    (v) => `
      import collections
      import os
      from flask import Flask, request

      app = Flask(__name__)
      DEFAULTS = {'template': 'invoice.txt', 'lang': 'en'}


      @app.route('/path-05613')
      def path_05613():
          settings = collections.ChainMap(${v ? "request.args, DEFAULTS" : "DEFAULTS, request.args"})
          path = os.path.join('/srv/templates', settings['template'])
          with open(path) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "OrderedDict of the uploaded file name and a constant; move_to_end on the upload vs the constant, then popitem() picks the last",
    (v) => `
      import os
      from collections import OrderedDict
      from flask import Flask, request

      app = Flask(__name__)
      UPLOADS = '/srv/uploads'


      @app.route('/path-05614', methods=['POST'])
      def path_05614():
          upload = request.files['BenchmarkTest05614']
          names = OrderedDict()
          names['upload'] = upload.filename
          names['fallback'] = 'incoming.bin'
          names.move_to_end('${v ? "upload" : "fallback"}')
          _, target = names.popitem()
          upload.save(os.path.join(UPLOADS, target))
          return {'saved': target}
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "re.sub with a callback fills the {q} slot of a constant page with the query term raw vs html.escape'd",
    (v) => `
      import html
      import re
      from flask import Flask, request

      app = Flask(__name__)
      PAGE = '<html><body><h1>Results for {q}</h1><p>No matches for {q}.</p></body></html>'


      @app.route('/xss-05615')
      def xss_05615():
          term = request.args.get('BenchmarkTest05615', '')
          body = re.sub(r'\\{q\\}', lambda m: ${v ? "term" : "html.escape(term)"}, PAGE)
          return body, 200, {'Content-Type': 'text/html'}
    `,
  ),
  ...whole(
    "CWE-79",
    "types.SimpleNamespace holds a title and the form bio; str.format_map(vars(ns)) renders the bio raw vs escaped at creation",
    (v) => `
      import types
      from flask import Flask, request
      from markupsafe import escape

      app = Flask(__name__)


      @app.route('/xss-05616', methods=['POST'])
      def xss_05616():
          bio = request.form.get('BenchmarkTest05616', '')
          ns = types.SimpleNamespace(title='Profile', bio=${v ? "bio" : "str(escape(bio))"})
          return '<h1>{title}</h1><div class="bio">{bio}</div>'.format_map(vars(ns))
    `,
  ),
  ...whole(
    "CWE-79",
    "itertools.accumulate builds breadcrumb prefixes of the path parameter's segments raw vs html.escape'd segments",
    (v) => `
      import html
      import itertools
      from flask import Flask

      app = Flask(__name__)


      @app.route('/xss-05617/<path:trail>')
      def xss_05617(trail):
          parts = ${v ? "trail.split('/')" : "[html.escape(p) for p in trail.split('/')]"}
          crumbs = list(itertools.accumulate(parts, lambda acc, part: acc + ' / ' + part))
          items = ''.join(f'<li>{c}</li>' for c in crumbs)
          return f'<ul class="crumbs">{items}</ul>'
    `,
  ),
  ...whole(
    "CWE-79",
    "chained comparison on a module constant picks the greeting source: 0 < LEVEL < 5 (the cookie) vs 5 < LEVEL < 9 (a constant)",
    (v) => `
      from flask import Flask, make_response, request

      app = Flask(__name__)
      LEVEL = 3


      @app.route('/xss-05618')
      def xss_05618():
          name = request.cookies.get('BenchmarkTest05618', 'friend')
          if ${v ? "0 < LEVEL < 5" : "5 < LEVEL < 9"}:
              greeting = name
          else:
              greeting = 'friend'
          resp = make_response(f'<p>Welcome back, {greeting}!</p>')
          resp.headers['Content-Type'] = 'text/html; charset=utf-8'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "request header names and values iterated, sorted by a key lambda and listed as HTML raw vs html.escape'd",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-05619')
      def xss_05619():
          debug = [(k, val) for k, val in request.headers.items() if k.lower().startswith('x-')]
          debug.sort(key=lambda kv: kv[0].lower())
          rows = ''.join(
              f'<tr><td>{${v ? "k" : "html.escape(k)"}}</td><td>{${v ? "val" : "html.escape(val)"}}</td></tr>' for k, val in debug
          )
          return f'<table>{rows}</table>'
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "defaultdict(lambda: 'guest') holding the form cn; the filter reads the 'cn' key vs the missing 'uid' key (the factory default)",
    (v) => `
      from collections import defaultdict
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldapi-05620', methods=['POST'])
      def ldapi_05620():
          attrs = defaultdict(lambda: 'guest')
          attrs['cn'] = request.form.get('BenchmarkTest05620', '')
          conn = ldap.initialize('ldap://ldap.example.com')
          flt = '(&(objectClass=person)(cn=%s))' % attrs['${v ? "cn" : "uid"}']
          results = conn.search_s('ou=people,dc=example,dc=com', ldap.SCOPE_SUBTREE, flt, ['mail'])
          return {'count': len(results)}
    `,
  ),
  ...whole(
    "CWE-90",
    "a `global` helper stores the header uid in a module variable read by the search raw vs escape_filter_chars'd",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server
      from ldap3.utils.conv import escape_filter_chars

      app = Flask(__name__)
      CURRENT_UID = 'nobody'


      def remember(uid):
          global CURRENT_UID
          CURRENT_UID = ${v ? "uid" : "escape_filter_chars(uid)"}


      @app.route('/ldapi-05621')
      def ldapi_05621():
          remember(request.headers.get('X-Benchmark-05621', 'nobody'))
          conn = Connection(Server('ldap://ldap.example.com'), auto_bind=True)
          conn.search('dc=example,dc=com', f'(uid={CURRENT_UID})', attributes=['cn'])
          return {'entries': [str(e.cn) for e in conn.entries]}
    `,
  ),
  ...whole(
    "CWE-90",
    "request.values employee number formatted into the filter with %s vs converted with int() and formatted with %d",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldapi-05622', methods=['GET', 'POST'])
      def ldapi_05622():
          number = request.values.get('BenchmarkTest05622', '0')
          conn = ldap.initialize('ldap://ldap.example.com')
          flt = ${v ? "'(employeeNumber=%s)' % number" : "'(employeeNumber=%d)' % int(number)"}
          found = conn.search_s('ou=staff,dc=example,dc=com', ldap.SCOPE_SUBTREE, flt)
          return {'found': len(found)}
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "operator.attrgetter reads a SimpleNamespace built from the query: the name attribute vs the constant role attribute",
    (v) => `
      import operator
      import types
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('users.xml')


      @app.route('/xpathi-05623')
      def xpathi_05623():
          who = types.SimpleNamespace(role='member', name=request.args.get('BenchmarkTest05623', ''))
          value = operator.attrgetter('${v ? "name" : "role"}')(who)
          nodes = DOC.xpath(f"//user[@${v ? "name" : "role"}='{value}']/email/text()")
          return {'emails': [str(n) for n in nodes]}
    `,
  ),
  ...whole(
    "CWE-643",
    "itertools.islice over chain(['guest'], the query list): the slice [1:2] (a query value) vs [0:1] (the constant)",
    (v) => `
      import itertools
      import xml.etree.ElementTree as ET
      from flask import Flask, request

      app = Flask(__name__)
      TREE = ET.parse('accounts.xml')


      @app.route('/xpathi-05624')
      def xpathi_05624():
          names = itertools.chain(['guest'], request.args.getlist('BenchmarkTest05624'))
          name = next(itertools.islice(names, ${v ? "1, 2" : "0, 1"}), 'guest')
          found = TREE.getroot().findall(".//account[@owner='%s']" % name)
          return {'count': len(found)}
    `,
  ),
  ...whole(
    "CWE-643",
    "form name checked with re.match (a prefix test: \"admin' or '1'='1\" passes) vs re.fullmatch against [a-z]+",
    (v) => `
      import re
      from flask import Flask, abort, request
      from lxml import etree

      app = Flask(__name__)
      ROOT = etree.parse('catalog.xml')


      @app.route('/xpathi-05625', methods=['POST'])
      def xpathi_05625():
          name = request.form.get('BenchmarkTest05625', '')
          if not re.${v ? "match" : "fullmatch"}(r'[a-z]+', name):
              abort(400)
          titles = ROOT.xpath("//book[author='" + name + "']/title/text()")
          return {'titles': [str(t) for t in titles]}
    `,
  ),

  // --- CWE-614 insecure cookie ---
  ...whole(
    "CWE-614",
    "**flags pass-through helper around set_cookie called with httponly=True only vs secure=True, httponly=True",
    (v) => `
      import secrets
      from flask import Flask, make_response

      app = Flask(__name__)


      def set_auth_cookie(resp, token, **flags):
          resp.set_cookie('auth', token, max_age=3600, **flags)
          return resp


      @app.route('/cookie-05626')
      def cookie_05626():
          resp = make_response('signed in')
          return set_auth_cookie(resp, secrets.token_urlsafe(24), ${v ? "httponly=True" : "secure=True, httponly=True"})
    `,
  ),
  ...whole(
    "CWE-614",
    "SimpleNamespace cookie policy filled by a setattr loop from a dict with secure False vs True, read back with getattr",
    (v) => `
      import secrets
      import types
      from flask import Flask, make_response

      app = Flask(__name__)
      POLICY = types.SimpleNamespace()
      for key, value in {'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Lax'}.items():
          setattr(POLICY, key, value)


      @app.route('/cookie-05627')
      def cookie_05627():
          resp = make_response('ok')
          resp.set_cookie(
              'session_id',
              secrets.token_hex(16),
              secure=getattr(POLICY, 'secure'),
              httponly=POLICY.httponly,
              samesite=POLICY.samesite,
          )
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "ChainMap(OVERRIDES, DEFAULTS) cookie options where the override sets secure=False vs only samesite='Strict'",
    (v) => `
      import secrets
      from collections import ChainMap
      from flask import Flask, make_response

      app = Flask(__name__)
      DEFAULTS = {'secure': True, 'httponly': True, 'samesite': 'Lax'}
      OVERRIDES = {${v ? "'secure': False" : "'samesite': 'Strict'"}}


      @app.route('/cookie-05628')
      def cookie_05628():
          opts = ChainMap(OVERRIDES, DEFAULTS)
          resp = make_response('remembered')
          resp.set_cookie('remember_me', secrets.token_urlsafe(32), **opts)
          return resp
    `,
  ),

  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "cookies copied into a defaultdict(str); session['theme'] gets the cookie theme vs the theme only when in an allow-list",
    (v) => `
      from collections import defaultdict
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key-05629'
      THEMES = {'light', 'dark', 'contrast'}


      @app.route('/trust-05629')
      def trust_05629():
          prefs = defaultdict(str)
          prefs.update(request.cookies)
          session['theme'] = ${v ? "prefs['BenchmarkTest05629']" : "prefs['BenchmarkTest05629'] if prefs['BenchmarkTest05629'] in THEMES else 'light'"}
          return {'theme': session['theme']}
    `,
  ),
  ...whole(
    "CWE-501",
    "itertools.groupby over the sorted form roles; session['roles'] keeps every group key vs only keys in KNOWN_ROLES",
    (v) => `
      import itertools
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key-05630'
      KNOWN_ROLES = frozenset({'reader', 'editor'})


      @app.route('/trust-05630', methods=['POST'])
      def trust_05630():
          roles = sorted(request.form.getlist('BenchmarkTest05630'))
          session['roles'] = [role for role, _ in itertools.groupby(roles)${v ? "" : " if role in KNOWN_ROLES"}]
          return {'roles': session['roles']}
    `,
  ),
  ...whole(
    "CWE-501",
    "nonlocal closure store: the header user put last vs overwritten with put('guest') before session['user'] reads it",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'dev-key-05631'


      def make_store(initial):
          current = initial

          def put(value):
              nonlocal current
              current = value

          def get():
              return current

          return put, get


      @app.route('/trust-05631')
      def trust_05631():
          put, get = make_store('guest')
          put(request.headers.get('X-Benchmark-05631', 'guest'))${v ? "" : "\n          put('guest')"}
          session['user'] = get()
          return {'user': session['user']}
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "hash name from sorted(['sha256', 'md5'], key=len)[0] (md5) vs [-1] (sha256), hashlib.new over the form password",
    (v) => `
      import hashlib
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash-05632', methods=['POST'])
      def hash_05632():
          password = request.form.get('BenchmarkTest05632', '')
          algo = sorted(['sha256', 'md5'], key=len)[${v ? "0" : "-1"}]
          salt = os.urandom(16)
          digest = hashlib.new(algo, salt + password.encode()).hexdigest()
          return {'stored': salt.hex() + '$' + digest}
    `,
  ),
  ...whole(
    "CWE-328",
    "functools.lru_cache factory returns hashlib.sha1 vs hashlib.sha512 as the password hasher",
    (v) => `
      import functools
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @functools.lru_cache(maxsize=None)
      def password_hasher():
          return hashlib.${v ? "sha1" : "sha512"}


      @app.route('/hash-05633', methods=['POST'])
      def hash_05633():
          data = request.get_json(silent=True) or {}
          password = data.get('BenchmarkTest05633', '')
          return {'hash': password_hasher()(password.encode()).hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "namedtuple policy with sha256 by default; _replace(algo='md5') vs _replace(rounds=...) before hashlib.new on the password",
    (v) => `
      import hashlib
      from collections import namedtuple
      from flask import Flask, request

      app = Flask(__name__)
      Policy = namedtuple('Policy', 'algo rounds')
      DEFAULT_POLICY = Policy('sha256', 1)


      @app.route('/hash-05634', methods=['POST'])
      def hash_05634():
          password = request.form.get('BenchmarkTest05634', '')
          policy = DEFAULT_POLICY._replace(${v ? "algo='md5'" : "rounds=2"})
          digest = password.encode()
          for _ in range(policy.rounds):
              digest = hashlib.new(policy.algo, digest).digest()
          return {'hash': digest.hex()}
    `,
  ),

  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "getattr on a class of (cipher module, key size) pairs by a constant name: 'des' vs 'aes', pycryptodome EAX",
    (v) => `
      import os
      from Crypto.Cipher import AES, DES
      from flask import Flask, request

      app = Flask(__name__)


      class Suites:
          des = (DES, 8)
          aes = (AES, 16)


      @app.route('/crypto-05635', methods=['POST'])
      def crypto_05635():
          note = request.form.get('BenchmarkTest05635', '').encode()
          module, size = getattr(Suites, '${v ? "des" : "aes"}')
          cipher = module.new(os.urandom(size), module.MODE_EAX)
          ciphertext, tag = cipher.encrypt_and_digest(note)
          return {'nonce': cipher.nonce.hex(), 'ct': ciphertext.hex(), 'tag': tag.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "mode names swapped by tuple assignment under a module flag True (primary becomes ECB) vs False (primary stays GCM), getattr(AES, 'MODE_' + primary)",
    (v) => `
      import os
      from Crypto.Cipher import AES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(32)
      LEGACY_CLIENTS = ${v ? "True" : "False"}


      @app.route('/crypto-05636', methods=['POST'])
      def crypto_05636():
          secret = request.form.get('BenchmarkTest05636', '').encode()
          primary, legacy = 'GCM', 'ECB'
          if LEGACY_CLIENTS:
              primary, legacy = legacy, primary
          cipher = AES.new(KEY, getattr(AES, 'MODE_' + primary))
          return {'ct': cipher.encrypt(pad(secret, 16)).hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "CONFIG.setdefault('cipher', 'Blowfish') on an empty dict vs a dict already naming AES, cryptography getattr(algorithms, name) in CBC",
    (v) => `
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)
      CONFIG = {${v ? "" : "'cipher': 'AES'"}}


      @app.route('/crypto-05637', methods=['POST'])
      def crypto_05637():
          data = request.get_data()
          name = CONFIG.setdefault('cipher', 'Blowfish')
          algo = getattr(algorithms, name)(os.urandom(16))
          iv = os.urandom(algo.block_size // 8)
          padder = padding.PKCS7(algo.block_size).padder()
          enc = Cipher(algo, modes.CBC(iv)).encryptor()
          ct = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
          return {'iv': iv.hex(), 'ct': ct.hex()}
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "generator picked by getattr(random, 'Random')() vs getattr(random, 'SystemRandom')() for a password-reset token",
    (v) => `
      import random
      import string
      from flask import Flask, session

      app = Flask(__name__)
      app.secret_key = 'dev-key-05638'
      ALPHABET = string.ascii_letters + string.digits


      @app.route('/rand-05638')
      def rand_05638():
          rng = getattr(random, '${v ? "Random" : "SystemRandom"}')()
          token = ''.join(rng.choice(ALPHABET) for _ in range(32))
          session['reset_token'] = token
          return {'sent': True}
    `,
  ),
  ...whole(
    "CWE-338",
    "itertools.islice over iter(lambda: random.getrandbits(8), None) vs secrets.randbits(8) for a session key",
    (v) => `
      import itertools
      import ${v ? "random" : "secrets"}
      from flask import Flask, make_response

      app = Flask(__name__)


      @app.route('/rand-05639')
      def rand_05639():
          stream = iter(lambda: ${v ? "random.getrandbits(8)" : "secrets.randbits(8)"}, None)
          key = bytes(itertools.islice(stream, 16)).hex()
          resp = make_response('ok')
          resp.set_cookie('sid', key, secure=True, httponly=True)
          return resp
    `,
  ),
  ...whole(
    "CWE-338",
    "temporary password from sorted(alphabet, key=lambda _: random.random()) vs key=lambda _: secrets.randbits(32)",
    (v) => `
      import ${v ? "random" : "secrets"}
      import string
      from flask import Flask

      app = Flask(__name__)
      CHARS = string.ascii_letters + string.digits + '!@#$%'


      @app.route('/rand-05640')
      def rand_05640():
          shuffled = sorted(CHARS, key=lambda _: ${v ? "random.random()" : "secrets.randbits(32)"})
          temp_password = ''.join(shuffled[:14])
          return {'temporary_password': temp_password}
    `,
  ),

  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "evaluator looked up by getattr(builtins, 'eval') vs getattr(ast, 'literal_eval') over the query expression",
    (v) => `
      import ${v ? "builtins" : "ast"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-05641')
      def codeinj_05641():
          expr = request.args.get('BenchmarkTest05641', '0')
          evaluate = getattr(${v ? "builtins, 'eval'" : "ast, 'literal_eval'"})
          return {'value': repr(evaluate(expr))}
    `,
  ),
  ...whole(
    "CWE-94",
    "re.sub callback over the posted template: each {{ expr }} is eval'd vs looked up in a constant context dict",
    (v) => `
      import re
      from flask import Flask, request

      app = Flask(__name__)
      CONTEXT = {'site': 'Example', 'year': '2026'}


      @app.route('/codeinj-05642', methods=['POST'])
      def codeinj_05642():
          template = request.get_data(as_text=True)
          rendered = re.sub(r'\\{\\{(.*?)\\}\\}', lambda m: ${v ? "str(eval(m.group(1)))" : "CONTEXT.get(m.group(1).strip(), '')"}, template)
          return rendered, 200, {'Content-Type': 'text/plain'}
    `,
  ),

  // --- CWE-502 deserialization ---
  ...whole(
    "CWE-502",
    "cookie decoded with codecs.decode(..., 'base64') and loaded with pickle.loads vs json.loads",
    (v) => `
      import codecs
      import ${v ? "pickle" : "json"}
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/deser-05643')
      def deser_05643():
          blob = request.cookies.get('BenchmarkTest05643', '')
          cart = ${v ? "pickle" : "json"}.loads(codecs.decode(blob.encode(), 'base64'))
          return {'items': len(cart)}
    `,
  ),
  ...whole(
    "CWE-502",
    "functools.partial(yaml.load, Loader=yaml.Loader) vs Loader=yaml.SafeLoader over the uploaded file",
    (v) => `
      import functools
      import yaml
      from flask import Flask, request

      app = Flask(__name__)
      load_config = functools.partial(yaml.load, Loader=yaml.${v ? "Loader" : "SafeLoader"})


      @app.route('/deser-05644', methods=['POST'])
      def deser_05644():
          upload = request.files['BenchmarkTest05644']
          config = load_config(upload.read())
          return {'keys': sorted(config) if isinstance(config, dict) else []}
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "next target via setdefault: query args dict defaulted to '/' vs a {'next': '/'} dict defaulted to the query value",
    (v) => `
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-05645')
      def redirect_05645():
          ${v ? "dest = request.args.to_dict()" : "dest = {'next': '/'}"}
          dest.setdefault('next', ${v ? "'/'" : "request.args.get('next', '/')"})
          return redirect(dest['next'])
    `,
  ),
  ...whole(
    "CWE-601",
    "host checked with any(host.endswith(d)) (evilexample.com passes) vs any(host == d or host.endswith('.' + d)) with backslashes refused",
    (v) => `
      from urllib.parse import urlsplit
      from flask import Flask, redirect, request

      app = Flask(__name__)
      ALLOWED = ('example.com',)


      @app.route('/redirect-05646', methods=['POST'])
      def redirect_05646():
          target = request.form.get('BenchmarkTest05646', '/')
          host = (urlsplit(target).hostname or '').lower()
          if ${v ? "any(host.endswith(d) for d in ALLOWED)" : "'\\\\' not in target and any(host == d or host.endswith('.' + d) for d in ALLOWED)"}:
              return redirect(target)
          return redirect('/')
    `,
  ),
  ...whole(
    "CWE-601",
    "base64 JSON state from the query; redirect to its return_to vs a fixed page looked up by its page key",
    (v) => `
      import base64
      import json
      from flask import Flask, redirect, request

      app = Flask(__name__)
      PAGES = {'home': '/', 'orders': '/orders', 'settings': '/settings'}


      @app.route('/redirect-05647')
      def redirect_05647():
          state = json.loads(base64.urlsafe_b64decode(request.args.get('BenchmarkTest05647', 'e30=')))
          return redirect(${v ? "state.get('return_to', '/')" : "PAGES.get(state.get('page'), '/')"})
    `,
  ),

  // --- CWE-117 log injection ---
  ...whole(
    "CWE-117",
    "logging with a %-dict argument: the form user logged raw vs with CR/LF replaced by re.sub",
    (v) => `
      import logging
      import re
      from flask import Flask, request

      app = Flask(__name__)
      audit = logging.getLogger('audit')


      @app.route('/log-05648', methods=['POST'])
      def log_05648():
          user = request.form.get('BenchmarkTest05648', '')
          ${v ? "user = user.strip()" : "user = re.sub(r'[\\r\\n]+', '_', user)"}
          audit.info('password reset requested by %(user)s from %(ip)s', {'user': user, 'ip': request.remote_addr})
          return {'queued': True}
    `,
  ),
  ...whole(
    "CWE-117",
    "string.Template.safe_substitute of the Referer into the log line raw vs json.dumps'd (escapes line breaks)",
    (v) => `
      import json
      import logging
      from string import Template
      from flask import Flask, request

      app = Flask(__name__)
      LINE = Template('404 for $path (referer=$ref)')


      @app.route('/log-05649/<path:missing>')
      def log_05649(missing):
          ref = request.headers.get('Referer', '-')
          logging.warning(LINE.safe_substitute(path=json.dumps(missing), ref=${v ? "ref" : "json.dumps(ref)"}))
          return 'not found', 404
    `,
  ),
  ...whole(
    "CWE-117",
    "query value lower-cased vs encoded with unicode_escape before logger.error",
    (v) => `
      import logging
      from flask import Flask, request

      app = Flask(__name__)
      logger = logging.getLogger(__name__)


      @app.route('/log-05650')
      def log_05650():
          term = request.args.get('BenchmarkTest05650', '')
          shown = ${v ? "term.lower()" : "term.encode('unicode_escape').decode('ascii')"}
          logger.error('search failed: %s', shown)
          return {'results': []}
    `,
  ),
];
