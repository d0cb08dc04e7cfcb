// Dev suite "py-web", batch 65 (see py-web.ts): written blind (without reading the analyzer's rules or data flow)
// and measured before any fix. OWASP-Benchmark-style test modules (twentieth wave), 60 insecure/safe twins over
// 14 categories, half Flask, a quarter Django, a quarter FastAPI / Starlette. This wave varies the standard-library
// step between the request and the sink: the vulnerable twin passes the value through a call that keeps the
// attacker's control (urllib.parse unquote / parse_qs / parse_qsl / urlsplit, str.partition / rpartition /
// removeprefix / casefold / expandtabs / translate / splitlines / format_map, string.Template.safe_substitute,
// textwrap, a json round trip, base64 / binascii / codecs rot13 decoding, shlex.split re-joined, itertools,
// functools.reduce, collections containers, dataclasses, SimpleNamespace, operator.itemgetter, email.message
// headers, io.StringIO), the safe twin through one that kills it (int / float / Decimal, uuid.UUID,
// ipaddress.IPv4Address in a shell command, datetime.strptime().isoformat(), an Enum lookup, hexdigest, base64
// encoding into its fixed alphabet, isidentifier / isalnum / re.fullmatch guards, shlex.quote, html.escape,
// quote(safe=''), os.path.basename / PurePosixPath.name / rsplit('/')[-1] before open(), secrets.compare_digest).
// Decided by definition: a bare file name (even '..') cannot leave the directory a file is opened in, so a last
// path component is safe for reading a file; ipaddress.ip_address is no shell sanitiser (an IPv6 scope id keeps any
// text but '%': 'fe80::1%$(id)' prints as given), IPv4Address is; a parsed address still lets the caller pick a
// private host, so it is no SSRF defence unless `is_global` is checked (IPv4 there: a global IPv6 address's scope
// id can end the authority with '@127.0.0.1' for a client that reads userinfo). Categories that are not about taint vary the algorithm or
// flag beside the same kind of step. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch65: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

const raw = String.raw;

export const BATCH65: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "Flask str(ipaddress.ip_address(unquote(value))) (an IPv6 scope id keeps any text but '%') vs str(ipaddress.IPv4Address(...)) (a dotted quad); subprocess.run(f'ping ...', shell=True)",
    (v) => raw`
      import ipaddress
      import subprocess
      from urllib.parse import unquote
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-06501')
      def cmdi_06501():
          raw_host = request.args.get('BenchmarkTest06501', '127.0.0.1')
          host = str(ipaddress.${v ? "ip_address" : "IPv4Address"}(unquote(raw_host).strip()))
          result = subprocess.run(f'ping -c 1 {host}', shell=True, capture_output=True, text=True)
          return result.stdout
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask shlex.split of the form value re-joined with ' '.join vs each part shlex.quote'd; os.system",
    (v) => raw`
      import os
      import shlex
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-06502', methods=['POST'])
      def cmdi_06502():
          args = request.form.get('BenchmarkTest06502', '')
          parts = shlex.split(args)
          cmdline = ' '.join(${v ? "parts" : "shlex.quote(p) for p in parts"})
          rc = os.system('grep -r ' + cmdline + ' /var/log/app')
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "Flask header 'count:N' split with str.partition, the tail kept as text vs int() of it; os.popen('ping -c %s ...')",
    (v) => raw`
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/cmdi-06503')
      def cmdi_06503():
          header = request.headers.get('X-Probe', 'count:1')
          _, _, tail = header.partition(':')
          count = ${v ? "tail.strip()" : "int(tail.strip())"}
          with os.popen('ping -c %s 127.0.0.1' % count) as pipe:
              return pipe.read()
    `,
  ),
  ...whole(
    "CWE-78",
    "Django codecs.decode(value, 'rot13') vs hashlib.sha256(value).hexdigest() as a cache file name in subprocess.check_output(shell=True)",
    (v) => raw`
      import codecs
      import hashlib
      import subprocess
      from django.http import HttpResponse


      def cmdi_06504(request):
          key = request.GET.get('BenchmarkTest06504', 'default')
          name = ${v ? "codecs.decode(key, 'rot13')" : "hashlib.sha256(key.encode('utf-8')).hexdigest()"}
          out = subprocess.check_output('ls -l /var/cache/bench/' + name, shell=True, text=True)
          return HttpResponse(out, content_type='text/plain')
    `,
  ),
  ...whole(
    "CWE-78",
    "FastAPI dataclasses.replace(job, host=host) vs host kept only when str.isidentifier(); os.system(f'nslookup {job.host}')",
    (v) => raw`
      import dataclasses
      import os
      from fastapi import FastAPI

      app = FastAPI()


      @dataclasses.dataclass(frozen=True)
      class LookupJob:
          host: str = 'localhost'
          timeout: int = 5


      DEFAULT_JOB = LookupJob()


      @app.get('/cmdi-06505')
      def cmdi_06505(host: str = 'localhost'):
          job = dataclasses.replace(DEFAULT_JOB, host=${v ? "host" : "host if host.isidentifier() else DEFAULT_JOB.host"})
          status = os.system(f'nslookup -timeout={job.timeout} {job.host}')
          return {'status': status}
    `,
  ),

  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "Flask string.Template.safe_substitute of the name into a quoted literal vs of int(id); sqlite3 execute",
    (v) => raw`
      import sqlite3
      from string import Template
      from flask import Flask, jsonify, request

      app = Flask(__name__)

      QUERY = Template(${v ? `"SELECT id, email FROM users WHERE name = '$value'"` : `"SELECT id, email FROM users WHERE id = $value"`})


      @app.route('/sqli-06506')
      def sqli_06506():
          param = request.args.get('BenchmarkTest06506', '')
          sql = QUERY.safe_substitute(value=${v ? "param" : "int(param)"})
          conn = sqlite3.connect('bench.db')
          try:
              rows = conn.execute(sql).fetchall()
          finally:
              conn.close()
          return jsonify(rows)
    `,
  ),
  ...whole(
    "CWE-89",
    "Flask parse_qs of the raw query string, first 'order' value vs uuid.UUID of it; f-string WHERE into cursor.execute",
    (v) => raw`
      import sqlite3
      import uuid
      from urllib.parse import parse_qs
      from flask import Flask, jsonify, request

      app = Flask(__name__)


      @app.route('/sqli-06507')
      def sqli_06507():
          qs = parse_qs(request.query_string.decode('utf-8'))
          order_id = qs.get('order', [''])[0]
          ${v ? "" : "order_id = uuid.UUID(order_id)"}
          conn = sqlite3.connect('bench.db')
          cur = conn.cursor()
          cur.execute(f"SELECT status, total FROM orders WHERE order_id = '{order_id}'")
          row = cur.fetchone()
          conn.close()
          return jsonify({'order': row})
    `,
  ),
  ...whole(
    "CWE-89",
    "Django str.removeprefix('since:') keeps the text vs datetime.strptime(...).date().isoformat(); %-formatted query",
    (v) => raw`
      from datetime import datetime
      from django.db import connection
      from django.http import JsonResponse


      def sqli_06508(request):
          raw = request.GET.get('BenchmarkTest06508', 'since:2024-01-01')
          since = ${v ? "raw.removeprefix('since:')" : "datetime.strptime(raw.removeprefix('since:'), '%Y-%m-%d').date().isoformat()"}
          with connection.cursor() as cursor:
              cursor.execute("SELECT id, title FROM posts WHERE created >= '%s'" % since)
              rows = cursor.fetchall()
          return JsonResponse({'posts': rows})
    `,
  ),
  ...whole(
    "CWE-89",
    "Django functools.reduce joining getlist ids with ',' vs reducing over int() of each; IN (...) clause",
    (v) => raw`
      import functools
      from django.db import connection
      from django.http import JsonResponse


      def sqli_06509(request):
          ids = request.GET.getlist('BenchmarkTest06509') or ['0']
          id_list = functools.reduce(lambda acc, item: f'{acc},{item}', ${v ? "ids" : "[int(i) for i in ids]"})
          with connection.cursor() as cursor:
              cursor.execute('SELECT id, name FROM products WHERE id IN (%s)' % id_list)
              rows = cursor.fetchall()
          return JsonResponse({'products': rows})
    `,
  ),
  ...whole(
    "CWE-89",
    "FastAPI sort column from a ChainMap over the query vs an Enum member lookup SortKey[sort].value; ORDER BY f-string",
    (v) => raw`
      import enum
      import sqlite3
      from collections import ChainMap
      from fastapi import FastAPI

      app = FastAPI()

      DEFAULTS = {'sort': 'name'}


      class SortKey(enum.Enum):
          name = 'name'
          created = 'created_at'


      @app.get('/sqli-06510')
      def sqli_06510(sort: str = 'name'):
          column = ${v ? "ChainMap({'sort': sort}, DEFAULTS)['sort']" : "SortKey[sort].value"}
          conn = sqlite3.connect('bench.db')
          rows = conn.execute(f'SELECT id, name FROM users ORDER BY {column}').fetchall()
          conn.close()
          return {'rows': rows}
    `,
  ),

  // --- CWE-79 cross-site scripting ---
  ...whole(
    "CWE-79",
    "Flask textwrap.shorten of the comment vs html.escape of the shortened text; returned in an HTML f-string",
    (v) => raw`
      import html
      import textwrap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/xss-06511', methods=['POST'])
      def xss_06511():
          comment = request.form.get('BenchmarkTest06511', '')
          preview = ${v ? "textwrap.shorten(comment, width=80, placeholder='...')" : "html.escape(textwrap.shorten(comment, width=80, placeholder='...'))"}
          return f'<div class="preview">{preview}</div>'
    `,
  ),
  ...whole(
    "CWE-79",
    "Flask io.StringIO buffer written with the header value vs with float() of it formatted; make_response(buf.getvalue())",
    (v) => raw`
      import io
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/xss-06512')
      def xss_06512():
          amount = request.headers.get('X-Amount', '0')
          buf = io.StringIO()
          buf.write('<html><body><p>Amount: ')
          buf.write(${v ? "amount" : "f'{float(amount):.2f}'"})
          buf.write('</p></body></html>')
          resp = make_response(buf.getvalue())
          resp.headers['Content-Type'] = 'text/html'
          return resp
    `,
  ),
  ...whole(
    "CWE-79",
    "Django email.message.EmailMessage Subject header echoed vs len() of it; HttpResponse HTML",
    (v) => raw`
      from email.message import EmailMessage
      from django.http import HttpResponse


      def xss_06513(request):
          msg = EmailMessage()
          msg['Subject'] = request.POST.get('BenchmarkTest06513', '(none)')
          msg.set_content('queued')
          subject = msg['Subject']
          body = ${v ? "'<h2>Queued: ' + str(subject) + '</h2>'" : "'<h2>Queued a subject of %d characters</h2>' % len(subject)"}
          return HttpResponse(body)
    `,
  ),
  ...whole(
    "CWE-79",
    "FastAPI base64.urlsafe_b64decode of the token echoed vs urlsafe_b64encode of it (fixed alphabet); HTMLResponse",
    (v) => raw`
      import base64
      from fastapi import FastAPI
      from fastapi.responses import HTMLResponse

      app = FastAPI()


      @app.get('/xss-06514', response_class=HTMLResponse)
      def xss_06514(token: str = ''):
          shown = ${v ? "base64.urlsafe_b64decode(token.encode('ascii')).decode('utf-8', 'replace')" : "base64.urlsafe_b64encode(token.encode('utf-8')).decode('ascii')"}
          return HTMLResponse(f'<p>Your token: <code>{shown}</code></p>')
    `,
  ),
  ...whole(
    "CWE-79",
    "Starlette itertools.islice of the words re-joined vs urllib.parse.quote(..., safe='') of the join; HTMLResponse",
    (v) => raw`
      import itertools
      from urllib.parse import quote
      from starlette.applications import Starlette
      from starlette.responses import HTMLResponse
      from starlette.routing import Route


      async def xss_06515(request):
          q = request.query_params.get('BenchmarkTest06515', '')
          head = ' '.join(itertools.islice(q.split(), 5))
          ${v ? "" : "head = quote(head, safe='')"}
          return HTMLResponse('<p>Searching for ' + head + '</p>')


      app = Starlette(routes=[Route('/xss-06515', xss_06515)])
    `,
  ),

  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "Flask unquote_plus of the file name joined under BASE vs os.path.basename of it; open()",
    (v) => raw`
      import os
      from urllib.parse import unquote_plus
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/bench/files'


      @app.route('/pathtraver-06516')
      def pathtraver_06516():
          name = unquote_plus(request.args.get('BenchmarkTest06516', 'readme.txt'))
          ${v ? "" : "name = os.path.basename(name)"}
          with open(os.path.join(BASE, name), encoding='utf-8') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask str.removeprefix('/static/') keeps directories vs rsplit('/', maxsplit=1)[-1] (last component); send_file",
    (v) => raw`
      import os
      from flask import Flask, request, send_file

      app = Flask(__name__)
      STATIC_ROOT = '/srv/bench/static'


      @app.route('/pathtraver-06517')
      def pathtraver_06517():
          ref = request.args.get('BenchmarkTest06517', '/static/logo.png')
          rel = ${v ? "ref.removeprefix('/static/')" : "ref.rsplit('/', maxsplit=1)[-1]"}
          return send_file(os.path.join(STATIC_ROOT, rel))
    `,
  ),
  ...whole(
    "CWE-22",
    "Flask pathlib.PurePosixPath(value).with_suffix('.log') keeps the parents vs str(PurePosixPath(value).name); open for append",
    (v) => raw`
      import pathlib
      from flask import Flask, request

      app = Flask(__name__)
      LOG_DIR = pathlib.Path('/var/log/bench')


      @app.route('/pathtraver-06518', methods=['POST'])
      def pathtraver_06518():
          channel = request.form.get('BenchmarkTest06518', 'general')
          fname = ${v ? "str(pathlib.PurePosixPath(channel).with_suffix('.log'))" : "str(pathlib.PurePosixPath(channel).name)"}
          with open(LOG_DIR / fname, 'a', encoding='utf-8') as fh:
              fh.write(request.form.get('line', '') + '\n')
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-22",
    "Django codecs.decode(doc, 'rot13') as the file name vs '%d.pdf' % int(doc); FileResponse(open(...))",
    (v) => raw`
      import codecs
      import os
      from django.http import FileResponse

      MEDIA_DIR = '/srv/bench/media'


      def pathtraver_06519(request):
          doc = request.GET.get('BenchmarkTest06519', '1')
          fname = ${v ? "codecs.decode(doc, 'rot13')" : "'%d.pdf' % int(doc)"}
          return FileResponse(open(os.path.join(MEDIA_DIR, fname), 'rb'))
    `,
  ),
  ...whole(
    "CWE-22",
    "FastAPI collections.deque of the path segments re-joined vs hashlib.sha1(key).hexdigest() as the cache file; FileResponse",
    (v) => raw`
      import hashlib
      import os
      from collections import deque
      from fastapi import FastAPI
      from fastapi.responses import FileResponse

      app = FastAPI()
      CACHE_DIR = '/var/cache/bench'


      @app.get('/pathtraver-06520')
      def pathtraver_06520(key: str = 'index'):
          segments = deque(key.split('/'), maxlen=4)
          name = ${v ? "'/'.join(segments)" : "hashlib.sha1('/'.join(segments).encode('utf-8')).hexdigest()"}
          return FileResponse(os.path.join(CACHE_DIR, name))
    `,
  ),

  // --- CWE-90 LDAP injection ---
  ...whole(
    "CWE-90",
    "Flask ldap3 filter from binascii.unhexlify of the value vs str(int(value)); (uidNumber=...) search",
    (v) => raw`
      import binascii
      from flask import Flask, jsonify, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldapi-06521')
      def ldapi_06521():
          param = request.args.get('BenchmarkTest06521', '3130')
          uid = ${v ? "binascii.unhexlify(param).decode('utf-8')" : "str(int(param))"}
          conn = Connection(Server('ldap://localhost:389'), auto_bind=True)
          conn.search('ou=people,dc=bench,dc=org', f'(&(objectClass=posixAccount)(uidNumber={uid}))', attributes=['cn'])
          return jsonify([str(e.cn) for e in conn.entries])
    `,
  ),
  ...whole(
    "CWE-90",
    "Flask python-ldap filter from str.translate (drops whitespace only) vs ldap.filter.escape_filter_chars; search_s",
    (v) => raw`
      import ldap
      import ldap.filter
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      NO_SPACE = str.maketrans('', '', ' \t\r\n')


      @app.route('/ldapi-06522', methods=['POST'])
      def ldapi_06522():
          cn = request.form.get('BenchmarkTest06522', '').translate(NO_SPACE)
          ${v ? "" : "cn = ldap.filter.escape_filter_chars(cn)"}
          conn = ldap.initialize('ldap://localhost:389')
          conn.simple_bind_s('cn=reader,dc=bench,dc=org', 'reader')
          results = conn.search_s('dc=bench,dc=org', ldap.SCOPE_SUBTREE, '(cn=' + cn + ')', ['mail'])
          return jsonify([dn for dn, _ in results])
    `,
  ),
  ...whole(
    "CWE-90",
    "Django operator.itemgetter('user')(request.GET) into (uid=...) vs uuid.UUID of the guid into (entryUUID=...); ldap3 search",
    (v) => raw`
      import operator
      import uuid
      from django.http import JsonResponse
      from ldap3 import Connection, Server

      pick = operator.itemgetter('BenchmarkTest06523')


      def ldapi_06523(request):
          value = pick(request.GET)
          flt = ${v ? "'(uid=%s)' % value" : "'(entryUUID=%s)' % uuid.UUID(value)"}
          conn = Connection(Server('ldap://localhost'), user='cn=reader,dc=bench,dc=org', password='reader', auto_bind=True)
          conn.search('dc=bench,dc=org', flt, attributes=['mail'])
          return JsonResponse({'entries': [e.entry_dn for e in conn.entries]})
    `,
  ),
  ...whole(
    "CWE-90",
    "FastAPI collections.Counter(...).most_common(1) group vs the group kept only on re.fullmatch of a lowercase slug; ldap3 filter",
    (v) => raw`
      import re
      from collections import Counter
      from fastapi import FastAPI
      from ldap3 import Connection, Server

      app = FastAPI()


      @app.get('/ldapi-06524')
      def ldapi_06524(groups: str = 'staff'):
          group = Counter(g.strip() for g in groups.split(',')).most_common(1)[0][0]
          ${v ? "" : "if not re.fullmatch(r'[a-z][a-z0-9-]{0,31}', group):\n              group = 'staff'"}
          conn = Connection(Server('ldap://localhost'), auto_bind=True)
          conn.search('ou=groups,dc=bench,dc=org', '(&(objectClass=groupOfNames)(cn=' + group + '))', attributes=['member'])
          return {'members': [str(e.member) for e in conn.entries]}
    `,
  ),

  // --- CWE-643 XPath injection ---
  ...whole(
    "CWE-643",
    "Flask textwrap.dedent + strip of the name vs the name kept only when str.isalnum(); lxml xpath predicate",
    (v) => raw`
      import textwrap
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      DOC = etree.parse('users.xml')


      @app.route('/xpathi-06525')
      def xpathi_06525():
          name = textwrap.dedent(request.args.get('BenchmarkTest06525', '')).strip()
          ${v ? "" : "name = name if name.isalnum() else ''"}
          found = DOC.xpath("//user[@name='" + name + "']/email/text()")
          return {'emails': [str(x) for x in found]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Flask str.expandtabs of the id %-formatted into the expression vs passed as an XPath variable ($bid); lxml",
    (v) => raw`
      from flask import Flask, request
      from lxml import etree

      app = Flask(__name__)
      CATALOG = etree.parse('catalog.xml')


      @app.route('/xpathi-06526')
      def xpathi_06526():
          book_id = request.cookies.get('BenchmarkTest06526', 'bk101').expandtabs(1)
          titles = ${v ? `CATALOG.xpath("//book[@id='%s']/title/text()" % book_id)` : `CATALOG.xpath("//book[@id=$bid]/title/text()", bid=book_id)`}
          return {'titles': [str(t) for t in titles]}
    `,
  ),
  ...whole(
    "CWE-643",
    "Django str.format_map of the dept into a quoted predicate vs of int(dept) into a numeric one; lxml XPath",
    (v) => raw`
      from django.http import JsonResponse
      from lxml import etree

      TREE = etree.parse('employees.xml')


      def xpathi_06527(request):
          dept = request.GET.get('BenchmarkTest06527', '10')
          expr = ${v ? `"//employee[dept='{dept}']/name/text()".format_map({'dept': dept})` : `"//employee[dept={dept}]/name/text()".format_map({'dept': int(dept)})`}
          names = TREE.xpath(expr)
          return JsonResponse({'names': [str(n) for n in names]})
    `,
  ),
  ...whole(
    "CWE-643",
    "FastAPI collections.defaultdict lookup of the sku vs sku kept only on re.fullmatch('[A-Z0-9]{4,12}'); lxml xpath",
    (v) => raw`
      import re
      from collections import defaultdict
      from fastapi import FastAPI
      from lxml import etree

      app = FastAPI()
      INVENTORY = etree.parse('inventory.xml')


      @app.get('/xpathi-06528')
      def xpathi_06528(sku: str = 'A100'):
          fields = defaultdict(str, {'sku': sku})
          wanted = fields['sku']
          ${v ? "" : "if not re.fullmatch(r'[A-Z0-9]{4,12}', wanted):\n              return {'stock': []}"}
          stock = INVENTORY.xpath(f"//item[@sku='{wanted}']/stock/text()")
          return {'stock': [str(s) for s in stock]}
    `,
  ),

  // --- CWE-94 code injection / CWE-502 deserialization ---
  ...whole(
    "CWE-94",
    "Flask eval of unquote(urlsplit(request.url).query) vs of float() of it formatted; eval",
    (v) => raw`
      from urllib.parse import unquote, urlsplit
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/codeinj-06529')
      def codeinj_06529():
          expr = unquote(urlsplit(request.url).query) or '0'
          ${v ? "" : "expr = repr(float(expr))"}
          result = eval(expr + ' * 1.2')
          return {'result': result}
    `,
  ),
  ...whole(
    "CWE-94",
    "Django eval of a json.loads(json.dumps(...)) round trip of the formula vs of an operator picked by Enum lookup Op[name].value",
    (v) => raw`
      import enum
      import json
      from django.http import JsonResponse


      class Op(enum.Enum):
          add = '+'
          sub = '-'
          mul = '*'


      def codeinj_06530(request):
          a = int(request.POST.get('a', '0'))
          b = int(request.POST.get('b', '0'))
          raw = request.POST.get('BenchmarkTest06530', 'add')
          ${v ? "formula = json.loads(json.dumps({'f': raw}))['f']" : "formula = 'a %s b' % Op[raw].value"}
          value = eval(formula, {'__builtins__': {}}, {'a': a, 'b': b})
          return JsonResponse({'value': value})
    `,
  ),
  ...whole(
    "CWE-502",
    "FastAPI pickle.loads of base64.b64decode(state) vs only after secrets.compare_digest of its HMAC signature",
    (v) => raw`
      import base64
      import hashlib
      import hmac
      import pickle
      import secrets
      from fastapi import FastAPI, HTTPException

      app = FastAPI()
      SIGNING_KEY = secrets.token_bytes(32)


      @app.get('/deserial-06531')
      def deserial_06531(state: str, sig: str = ''):
          blob = base64.b64decode(state)
          ${v ? "" : "expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).hexdigest()\n          if not secrets.compare_digest(expected, sig):\n              raise HTTPException(status_code=403)"}
          data = pickle.loads(blob)
          return {'keys': sorted(data)}
    `,
  ),
  ...whole(
    "CWE-502",
    "Flask pickle.loads of codecs.decode(cookie, 'base64') vs of a server-side blob found by hashlib.sha256(cookie).hexdigest()",
    (v) => raw`
      import codecs
      import hashlib
      import pickle
      from flask import Flask, request

      app = Flask(__name__)
      CART_STORE = {}
      EMPTY_CART = pickle.dumps({})


      @app.route('/deserial-06532')
      def deserial_06532():
          cookie = request.cookies.get('BenchmarkTest06532', '')
          ${v ? "blob = codecs.decode(cookie.encode('ascii'), 'base64')" : "blob = CART_STORE.get(hashlib.sha256(cookie.encode('utf-8')).hexdigest(), EMPTY_CART)"}
          cart = pickle.loads(blob)
          return {'items': len(cart)}
    `,
  ),

  // --- CWE-601 open redirect ---
  ...whole(
    "CWE-601",
    "Flask dict(parse_qsl(query))['next'] redirected vs '/items/' + quote(next, safe='')",
    (v) => raw`
      from urllib.parse import parse_qsl, quote
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-06533')
      def redirect_06533():
          params = dict(parse_qsl(request.query_string.decode('utf-8')))
          nxt = params.get('BenchmarkTest06533', '/')
          return redirect(${v ? "nxt" : "'/items/' + quote(nxt, safe='')"})
    `,
  ),
  ...whole(
    "CWE-601",
    "Flask first line of the form value (str.splitlines) redirected vs f'/orders/{uuid.UUID(value)}'",
    (v) => raw`
      import uuid
      from flask import Flask, redirect, request

      app = Flask(__name__)


      @app.route('/redirect-06534', methods=['POST'])
      def redirect_06534():
          lines = request.form.get('BenchmarkTest06534', '/').splitlines() or ['/']
          target = ${v ? "lines[0]" : "f'/orders/{uuid.UUID(lines[0])}'"}
          return redirect(target, code=303)
    `,
  ),
  ...whole(
    "CWE-601",
    "Django HttpResponseRedirect to base64.urlsafe_b64decode(r) vs to reverse('report', args=[int(decoded)])",
    (v) => raw`
      import base64
      from django.http import HttpResponseRedirect
      from django.urls import reverse


      def redirect_06535(request):
          decoded = base64.urlsafe_b64decode(request.GET.get('BenchmarkTest06535', 'Lw==')).decode('utf-8')
          ${v ? "return HttpResponseRedirect(decoded)" : "return HttpResponseRedirect(reverse('report', args=[int(decoded)]))"}
    `,
  ),
  ...whole(
    "CWE-601",
    "FastAPI RedirectResponse to urlsplit(url)._replace(scheme='https').geturl() vs f'/dashboard?tab={Tab(tab).value}'",
    (v) => raw`
      import enum
      from urllib.parse import urlsplit
      from fastapi import FastAPI
      from fastapi.responses import RedirectResponse

      app = FastAPI()


      class Tab(enum.Enum):
          overview = 'overview'
          billing = 'billing'


      @app.get('/redirect-06536')
      def redirect_06536(url: str = '/', tab: str = 'overview'):
          ${v ? "dest = urlsplit(url)._replace(scheme='https').geturl()" : "dest = f'/dashboard?tab={Tab(tab).value}'"}
          return RedirectResponse(url=dest, status_code=302)
    `,
  ),

  // --- CWE-501 trust boundary violation ---
  ...whole(
    "CWE-501",
    "Flask session['theme'] = str.casefold of the query value vs Theme[value.upper()].value (Enum lookup)",
    (v) => raw`
      import enum
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      class Theme(enum.Enum):
          LIGHT = 'light'
          DARK = 'dark'


      @app.route('/trustbound-06537')
      def trustbound_06537():
          value = request.args.get('BenchmarkTest06537', 'light')
          session['theme'] = ${v ? "value.casefold()" : "Theme[value.upper()].value"}
          return 'theme saved'
    `,
  ),
  ...whole(
    "CWE-501",
    "Flask session['prefs'] = OrderedDict(parse_qsl(query)) vs session['csrf_ok'] = secrets.compare_digest(token, expected)",
    (v) => raw`
      import secrets
      from collections import OrderedDict
      from urllib.parse import parse_qsl
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      @app.route('/trustbound-06538')
      def trustbound_06538():
          ${v ? "session['prefs'] = dict(OrderedDict(parse_qsl(request.query_string.decode('utf-8'))))" : "session['csrf_ok'] = secrets.compare_digest(request.args.get('token', ''), session.get('csrf', ''))"}
          return 'ok'
    `,
  ),
  ...whole(
    "CWE-501",
    "Django request.session['search'] = textwrap.shorten(q) vs datetime.strptime(date).date().isoformat()",
    (v) => raw`
      import textwrap
      from datetime import datetime
      from django.http import HttpResponse


      def trustbound_06539(request):
          raw = request.POST.get('BenchmarkTest06539', '')
          ${v ? "request.session['search'] = textwrap.shorten(raw, width=64)" : "request.session['search_day'] = datetime.strptime(raw, '%Y-%m-%d').date().isoformat()"}
          return HttpResponse('saved')
    `,
  ),
  ...whole(
    "CWE-501",
    "FastAPI request.session['cart'] = dataclasses.asdict(Cart(item=item)) vs str(uuid.UUID(item))",
    (v) => raw`
      import dataclasses
      import uuid
      from fastapi import FastAPI, Request
      from starlette.middleware.sessions import SessionMiddleware

      app = FastAPI()
      app.add_middleware(SessionMiddleware, secret_key='bench-secret')


      @dataclasses.dataclass
      class Cart:
          item: str
          qty: int = 1


      @app.post('/trustbound-06540')
      async def trustbound_06540(request: Request, item: str):
          request.session['cart'] = ${v ? "dataclasses.asdict(Cart(item=item))" : "str(uuid.UUID(item))"}
          return {'ok': True}
    `,
  ),

  // --- CWE-338 weak randomness ---
  ...whole(
    "CWE-338",
    "Flask length = int(query) kept; API key from random.choices vs secrets.choice",
    (v) => raw`
      import random
      import secrets
      import string
      from flask import Flask, request

      app = Flask(__name__)
      ALPHABET = string.ascii_letters + string.digits


      @app.route('/weakrand-06541')
      def weakrand_06541():
          length = max(16, min(64, int(request.args.get('BenchmarkTest06541', '32'))))
          api_key = ${v ? "''.join(random.choices(ALPHABET, k=length))" : "''.join(secrets.choice(ALPHABET) for _ in range(length))"}
          return {'api_key': api_key}
    `,
  ),
  ...whole(
    "CWE-338",
    "Flask email.utils.parseaddr of the form address; one-time code from random.randint vs secrets.randbelow",
    (v) => raw`
      import random
      import secrets
      from email.utils import parseaddr
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = 'bench-secret'


      @app.route('/weakrand-06542', methods=['POST'])
      def weakrand_06542():
          _, addr = parseaddr(request.form.get('BenchmarkTest06542', ''))
          code = ${v ? "str(random.randint(0, 999999)).zfill(6)" : "f'{secrets.randbelow(1000000):06d}'"}
          session['otp'] = {'addr': addr, 'code': code}
          return 'code sent'
    `,
  ),
  ...whole(
    "CWE-338",
    "Django password-reset id uuid.UUID(int=random.getrandbits(128)) vs uuid.uuid4()",
    (v) => raw`
      import random
      import uuid
      from django.http import JsonResponse


      def weakrand_06543(request):
          user = request.POST.get('BenchmarkTest06543', '').casefold()
          reset_id = ${v ? "uuid.UUID(int=random.getrandbits(128), version=4)" : "uuid.uuid4()"}
          request.session['reset'] = {'user': user, 'id': str(reset_id)}
          return JsonResponse({'sent': True})
    `,
  ),
  ...whole(
    "CWE-338",
    "FastAPI session id base64.urlsafe_b64encode(random.randbytes(24)) vs of os.urandom(24)",
    (v) => raw`
      import base64
      import os
      import random
      from fastapi import FastAPI, Response

      app = FastAPI()


      @app.post('/weakrand-06544')
      def weakrand_06544(response: Response, user: str = 'guest'):
          raw = ${v ? "random.randbytes(24)" : "os.urandom(24)"}
          sid = base64.urlsafe_b64encode(raw).decode('ascii')
          response.set_cookie('sid', sid, secure=True, httponly=True)
          return {'user': user.strip()}
    `,
  ),

  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "Flask unquote_plus of the password; stored as hashlib.md5 hexdigest vs hashlib.pbkdf2_hmac('sha256', ..., salt, 600000)",
    (v) => raw`
      import hashlib
      import os
      from urllib.parse import unquote_plus
      from flask import Flask, request

      app = Flask(__name__)
      USERS = {}


      @app.route('/hash-06545', methods=['POST'])
      def hash_06545():
          user = request.form.get('user', '')
          password = unquote_plus(request.form.get('BenchmarkTest06545', ''))
          salt = os.urandom(16)
          ${v ? "digest = hashlib.md5(salt + password.encode('utf-8')).hexdigest()" : "digest = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), salt, 600000).hex()"}
          USERS[user] = (salt.hex(), digest)
          return 'stored'
    `,
  ),
  ...whole(
    "CWE-328",
    "Flask algorithm table lookup by casefold()ed name with a 'md5' entry vs a table of sha256 / sha512 only; hashlib.new",
    (v) => raw`
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)
      ALGORITHMS = ${v ? "{'fast': 'md5', 'strong': 'sha256'}" : "{'fast': 'sha256', 'strong': 'sha512'}"}


      @app.route('/hash-06546', methods=['POST'])
      def hash_06546():
          choice = request.args.get('BenchmarkTest06546', 'strong').casefold()
          algo = ALGORITHMS.get(choice, 'sha256')
          password = request.form.get('password', '')
          return {'digest': hashlib.new(algo, password.encode('utf-8')).hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "Django itertools.chain of uploaded chunks; password-equivalent API token stored as hashlib.sha1 vs hashlib.sha3_256",
    (v) => raw`
      import hashlib
      import itertools
      from django.http import JsonResponse


      def hash_06547(request):
          parts = itertools.chain(request.POST.getlist('BenchmarkTest06547'), [request.POST.get('suffix', '')])
          token = ''.join(parts)
          stored = hashlib.${v ? "sha1" : "sha3_256"}(token.encode('utf-8')).hexdigest()
          request.session['token_hash'] = stored
          return JsonResponse({'ok': True})
    `,
  ),
  ...whole(
    "CWE-328",
    "FastAPI password from types.SimpleNamespace; hashlib.sha1(salt + password) vs hashlib.scrypt",
    (v) => raw`
      import hashlib
      import os
      from types import SimpleNamespace
      from fastapi import FastAPI

      app = FastAPI()


      @app.post('/hash-06548')
      def hash_06548(username: str, password: str):
          creds = SimpleNamespace(user=username, pw=password)
          salt = os.urandom(16)
          ${v ? "digest = hashlib.sha1(salt + creds.pw.encode('utf-8')).hexdigest()" : "digest = hashlib.scrypt(creds.pw.encode('utf-8'), salt=salt, n=2**14, r=8, p=1).hex()"}
          return {'user': creds.user, 'salt': salt.hex(), 'hash': digest}
    `,
  ),

  // --- CWE-327 broken cipher ---
  ...whole(
    "CWE-327",
    "Flask binascii.unhexlify of the payload; cryptography TripleDES CBC vs AESGCM",
    (v) => raw`
      import binascii
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from cryptography.hazmat.primitives.ciphers.aead import AESGCM
      from cryptography.hazmat.primitives import padding
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? "24" : "32"})


      @app.route('/crypto-06549', methods=['POST'])
      def crypto_06549():
          data = binascii.unhexlify(request.form.get('BenchmarkTest06549', ''))
          ${v ? "iv = os.urandom(8)\n          padder = padding.PKCS7(64).padder()\n          enc = Cipher(algorithms.TripleDES(KEY), modes.CBC(iv)).encryptor()\n          sealed = iv + enc.update(padder.update(data) + padder.finalize()) + enc.finalize()" : "nonce = os.urandom(12)\n          sealed = nonce + AESGCM(KEY).encrypt(nonce, data, None)"}
          return {'sealed': sealed.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Flask str.rpartition of the header; PyCryptodome DES.new(MODE_ECB) vs AES.new(MODE_GCM)",
    (v) => raw`
      import os
      from Crypto.Cipher import AES, DES
      from Crypto.Util.Padding import pad
      from flask import Flask, request

      app = Flask(__name__)
      KEY = os.urandom(${v ? "8" : "32"})


      @app.route('/crypto-06550')
      def crypto_06550():
          _, _, account = request.headers.get('X-Account', 'acct:0').rpartition(':')
          ${v ? "cipher = DES.new(KEY, DES.MODE_ECB)\n          sealed = cipher.encrypt(pad(account.encode('utf-8'), 8))" : "cipher = AES.new(KEY, AES.MODE_GCM)\n          body, tag = cipher.encrypt_and_digest(account.encode('utf-8'))\n          sealed = cipher.nonce + tag + body"}
          return {'account': sealed.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "Django json.loads(json.dumps(...)) of the note; PyCryptodome AES MODE_ECB vs ChaCha20_Poly1305",
    (v) => raw`
      import json
      import os
      from Crypto.Cipher import AES, ChaCha20_Poly1305
      from Crypto.Util.Padding import pad
      from django.http import JsonResponse

      KEY = os.urandom(32)


      def crypto_06551(request):
          note = json.loads(json.dumps(request.POST.get('BenchmarkTest06551', '')))
          ${v ? "sealed = AES.new(KEY, AES.MODE_ECB).encrypt(pad(note.encode('utf-8'), 16))" : "cipher = ChaCha20_Poly1305.new(key=KEY)\n          body, tag = cipher.encrypt_and_digest(note.encode('utf-8'))\n          sealed = cipher.nonce + tag + body"}
          return JsonResponse({'sealed': sealed.hex()})
    `,
  ),
  ...whole(
    "CWE-327",
    "FastAPI operator.itemgetter on the body dict; cryptography ARC4 vs ChaCha20Poly1305",
    (v) => raw`
      import operator
      import os
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
      from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
      from fastapi import FastAPI

      app = FastAPI()
      KEY = os.urandom(32)
      get_message = operator.itemgetter('message')


      @app.post('/crypto-06552')
      def crypto_06552(body: dict):
          message = get_message(body).encode('utf-8')
          ${v ? "sealed = Cipher(algorithms.ARC4(KEY), mode=None).encryptor().update(message)" : "nonce = os.urandom(12)\n          sealed = nonce + ChaCha20Poly1305(KEY).encrypt(nonce, message, None)"}
          return {'sealed': sealed.hex()}
    `,
  ),

  // --- CWE-614 cookie without the Secure flag ---
  ...whole(
    "CWE-614",
    "Flask cookie value quote(value, safe=''); set_cookie(secure=False) vs secure=True",
    (v) => raw`
      from urllib.parse import quote
      from flask import Flask, make_response, request

      app = Flask(__name__)


      @app.route('/securecookie-06553')
      def securecookie_06553():
          pref = quote(request.args.get('BenchmarkTest06553', 'compact'), safe='')
          resp = make_response('preference stored')
          resp.set_cookie('layout', pref, max_age=86400, httponly=True, secure=${v ? "False" : "True"})
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Flask remember-me token secrets.token_urlsafe(); set_cookie without secure vs secure=True, samesite='Lax'",
    (v) => raw`
      import secrets
      from flask import Flask, jsonify, request

      app = Flask(__name__)
      TOKENS = {}


      @app.route('/securecookie-06554', methods=['POST'])
      def securecookie_06554():
          user = request.form.get('BenchmarkTest06554', '').removeprefix('user:')
          token = secrets.token_urlsafe(32)
          TOKENS[token] = user
          resp = jsonify({'ok': True})
          resp.set_cookie('remember_me', token, httponly=True${v ? "" : ", secure=True, samesite='Lax'"})
          return resp
    `,
  ),
  ...whole(
    "CWE-614",
    "Django timezone from str(ZoneInfo(value)) kept; response.set_cookie('tz', ...) without secure vs secure=True",
    (v) => raw`
      from zoneinfo import ZoneInfo
      from django.http import HttpResponse


      def securecookie_06555(request):
          tz = str(ZoneInfo(request.GET.get('BenchmarkTest06555', 'UTC')))
          response = HttpResponse('timezone set')
          response.set_cookie('tz', tz, max_age=3600, httponly=True${v ? "" : ", secure=True"})
          return response
    `,
  ),
  ...whole(
    "CWE-614",
    "FastAPI session id from secrets.token_hex; response.set_cookie(secure=False) vs secure=True",
    (v) => raw`
      import secrets
      from fastapi import FastAPI, Response

      app = FastAPI()


      @app.post('/securecookie-06556')
      def securecookie_06556(response: Response, user: str = 'guest'):
          sid = secrets.token_hex(16)
          response.set_cookie(key='session_id', value=sid, httponly=True, secure=${v ? "False" : "True"}, samesite='strict')
          return {'user': user.casefold()}
    `,
  ),

  // --- CWE-918 server-side request forgery ---
  ...whole(
    "CWE-918",
    "Flask requests.get(unquote(url)) vs a fixed API host with quote(value, safe='') as one path segment",
    (v) => raw`
      import requests
      from urllib.parse import quote, unquote
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ssrf-06557')
      def ssrf_06557():
          value = unquote(request.args.get('BenchmarkTest06557', ''))
          url = ${v ? "value" : "'https://api.bench.example/items/' + quote(value, safe='')"}
          resp = requests.get(url, timeout=5)
          return resp.text
    `,
  ),
  ...whole(
    "CWE-918",
    "Flask ipaddress.IPv4Address of the target alone (any private address) vs rejected unless ip.is_global; urlopen",
    (v) => raw`
      import ipaddress
      from urllib.request import urlopen
      from flask import Flask, abort, request

      app = Flask(__name__)


      @app.route('/ssrf-06558')
      def ssrf_06558():
          ip = ipaddress.IPv4Address(request.args.get('BenchmarkTest06558', '203.0.113.7'))
          ${v ? "" : "if not ip.is_global:\n              abort(400)"}
          with urlopen(f'http://{ip}/status', timeout=5) as resp:
              return resp.read()
    `,
  ),
  ...whole(
    "CWE-918",
    "Django host from str.rpartition('@') of the value vs Region[value].value (Enum lookup); requests.get",
    (v) => raw`
      import enum
      import requests
      from django.http import JsonResponse


      class Region(enum.Enum):
          eu = 'eu.api.bench.example'
          us = 'us.api.bench.example'


      def ssrf_06559(request):
          value = request.GET.get('BenchmarkTest06559', 'eu')
          host = ${v ? "value.rpartition('@')[2]" : "Region[value].value"}
          resp = requests.get(f'https://{host}/v1/health', timeout=5)
          return JsonResponse({'status': resp.status_code})
    `,
  ),
  ...whole(
    "CWE-918",
    "FastAPI httpx.get of urlunsplit(urlsplit(feed)._replace(fragment='')) vs of a fixed feed host with int(feed_id)",
    (v) => raw`
      import httpx
      from urllib.parse import urlsplit, urlunsplit
      from fastapi import FastAPI

      app = FastAPI()


      @app.get('/ssrf-06560')
      def ssrf_06560(feed: str = '1'):
          ${v ? "url = urlunsplit(urlsplit(feed)._replace(fragment=''))" : "url = f'https://feeds.bench.example/{int(feed)}.xml'"}
          resp = httpx.get(url, timeout=5.0)
          return {'length': len(resp.content)}
    `,
  ),
];
