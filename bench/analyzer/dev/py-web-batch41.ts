// Dev suite "py-web", batch 41 (see py-web.ts): written after reading the previous helper's list of value-level
// shapes reported on safe code (not blind), measured before any fix for it. OWASP-Benchmark-style Flask and Django
// views, each insecure view with a safe twin that differs only in a value-level fact: `l += [...]` on a literal
// list read at a constant position, clear() on a request list followed by append of constants, a constant
// prefix/segment of a `%`- or format()-built string (split, partition, slice), lambdas called where they are
// defined or through a name (constant body, an argument, a default), and int() of a literal that always raises
// (the rest of its try body is unreachable) next to literals that parse (' 12 ', '1_000') and int() of a request
// value (never dead). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch41: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH41: DevCase[] = [
  // --- augmented list concatenation ---
  ...whole(
    "CWE-78",
    "l = [header]; l += ['uptime'] read at [0] (the header) vs [1] ('uptime') run by a shell",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/exec')
      def ops_exec():
          param = request.headers.get('X-Cmd', '')
          cmds = [param]
          cmds += ['uptime']
          cmd = cmds[${v ? "0" : "1"}]
          out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
          return out.stdout
    `,
  ),
  ...whole(
    "CWE-89",
    "names = ['guest']; names += [form value]; names += ['anon'] read at [1] (the value) vs [2] ('anon') in SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/users/lookup', methods=['POST'])
      def users_lookup():
          param = request.form.get('name', '')
          names = ['guest']
          names += [param]
          names += ['anon']
          bar = names[${v ? "1" : "2"}]
          conn = sqlite3.connect('app.db')
          cur = conn.cursor()
          cur.execute(f"SELECT id, email FROM users WHERE name = '{bar}'")
          return {'rows': cur.fetchall()}
    `,
  ),
  // --- clear() then append of constants ---
  ...whole(
    "CWE-22",
    "getlist() then append('index.txt') read at [0] (a request file name) vs clear() first (only 'index.txt')",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      BASE = '/srv/docs'


      @app.route('/docs/read')
      def docs_read():
          files = request.args.getlist('file')
          ${v ? "" : "files.clear()"}
          files.append('index.txt')
          name = files[0]
          with open(os.path.join(BASE, name)) as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-79",
    "Django GET.getlist() cleared then the cookie value appended vs constants appended, echoed into HTML",
    (v) => `
      from django.http import HttpResponse


      def tags(request):
          vals = request.GET.getlist('tag')
          vals.clear()
          vals.append(${v ? "request.COOKIES.get('last_tag', '')" : "'news'"})
          vals.append('sports')
          html = '<ul>' + ''.join('<li>' + t + '</li>' for t in vals) + '</ul>'
          return HttpResponse(html)
    `,
  ),
  ...whole(
    "CWE-90",
    "form getlist() of uids, 'nobody' appended, [0] read without clear() (a form uid) vs after clear() ('nobody') in ldap3",
    (v) => `
      from flask import Flask, request
      from ldap3 import Connection, Server

      app = Flask(__name__)


      @app.route('/ldap/uids', methods=['POST'])
      def ldap_uids():
          uids = request.form.getlist('uid')
          ${v ? "" : "uids.clear()"}
          uids.append('nobody')
          bar = uids[0]
          conn = Connection(Server('ldap://ldap.example.org'), auto_bind=True)
          conn.search('ou=people,dc=example,dc=org', '(uid=' + bar + ')')
          return {'count': len(conn.entries)}
    `,
  ),
  // --- constant prefix / segment of a formatted string ---
  ...whole(
    "CWE-78",
    "'%s;%s' % ('uptime', form value) split(';')[1] (the value) vs [0] ('uptime') passed to os.system",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/status', methods=['POST'])
      def ops_status():
          param = request.form['extra']
          spec = '%s;%s' % ('uptime', param)
          cmd = spec.split(';')[${v ? "1" : "0"}]
          rc = os.system(cmd)
          return {'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "'ls {}'.format(query value).split(' ')[1] (the value) vs [0] ('ls') run by Popen shell=True",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/list')
      def ops_list():
          param = request.args.get('dir', '.')
          line = 'ls {}'.format(param)
          prog = line.split(' ')[${v ? "1" : "0"}]
          proc = subprocess.Popen(prog, shell=True, stdout=subprocess.PIPE)
          return proc.communicate()[0]
    `,
  ),
  ...whole(
    "CWE-89",
    "'orders {}'.format(Django GET value).split()[1] (the value) vs [0] ('orders') as a table name in raw SQL",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      def report(request):
          param = request.GET.get('filter', '')
          spec = 'orders {}'.format(param)
          table = spec.split()[${v ? "1" : "0"}]
          with connection.cursor() as cursor:
              cursor.execute('SELECT COUNT(*) FROM ' + table)
              row = cursor.fetchone()
          return JsonResponse({'count': row[0]})
    `,
  ),
  ...whole(
    "CWE-22",
    "'%s|%s' % ('report.txt', query value).partition('|')[2] (the value) vs [0] ('report.txt') opened under a base",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/files/get')
      def files_get():
          param = request.args.get('name', '')
          spec = '%s|%s' % ('report.txt', param)
          name = spec.partition('|')[${v ? "2" : "0"}]
          with open(os.path.join('/srv/files', name), 'rb') as fh:
              return fh.read()
    `,
  ),
  ...whole(
    "CWE-79",
    "'{}:{}'.format('guest', query value) sliced [6:] (the value) vs [:5] ('guest') into an HTML greeting",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hello')
      def hello():
          param = request.args.get('who', '')
          label = '{}:{}'.format('guest', param)
          name = label${v ? "[6:]" : "[:5]"}
          return '<p>Hello ' + name + '</p>'
    `,
  ),
  // --- lambdas ---
  ...whole(
    "CWE-90",
    "(lambda x: x)(form value) vs (lambda x: 'nobody')(form value) in a python-ldap filter",
    (v) => `
      import ldap
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ldap/user', methods=['POST'])
      def ldap_user():
          param = request.form.get('cn', '')
          bar = (lambda x: ${v ? "x" : "'nobody'"})(param)
          conn = ldap.initialize('ldap://ldap.example.org')
          result = conn.search_s('dc=example,dc=org', ldap.SCOPE_SUBTREE, '(cn=' + bar + ')')
          return {'count': len(result)}
    `,
  ),
  ...whole(
    "CWE-78",
    "pick = lambda a, b: a vs lambda a, b: b, called pick(header, 'date') and run by os.popen",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/ops/clock')
      def ops_clock():
          param = request.headers.get('X-Tool', '')
          pick = lambda a, b: ${v ? "a" : "b"}
          cmd = pick(param, 'date')
          return os.popen(cmd).read()
    `,
  ),
  ...whole(
    "CWE-89",
    "lambda s, d='guest': s vs lambda s, d='guest': d called with the Django POST value only, in cursor.execute",
    (v) => `
      from django.db import connection
      from django.http import JsonResponse


      def profile(request):
          param = request.POST.get('user', '')
          choose = lambda s, d='guest': ${v ? "s" : "d"}
          bar = choose(param)
          with connection.cursor() as cursor:
              cursor.execute("SELECT bio FROM profiles WHERE login = '%s'" % bar)
              row = cursor.fetchone()
          return JsonResponse({'bio': row[0] if row else ''})
    `,
  ),
  ...whole(
    "CWE-328",
    "(lambda n: n)('md5') vs (lambda n: 'sha256')('md5') as hashlib.new's algorithm over the uploaded body",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/hash/upload', methods=['POST'])
      def hash_upload():
          algo = (lambda n: ${v ? "n" : "'sha256'"})('md5')
          h = hashlib.new(algo)
          h.update(request.get_data())
          return {'digest': h.hexdigest()}
    `,
  ),
  // --- int() of a literal that always raises ---
  ...whole(
    "CWE-338",
    "try: int('123') (parses: random.Random() used) vs int('abc') (raises: SystemRandom kept) for a reset token",
    (v) => `
      import random
      import string
      from flask import Flask, jsonify

      app = Flask(__name__)


      @app.route('/reset/token', methods=['POST'])
      def reset_token():
          gen = random.SystemRandom()
          try:
              int('${v ? "123" : "abc"}')
              gen = random.Random()
          except ValueError:
              pass
          token = ''.join(gen.choice(string.ascii_letters) for _ in range(32))
          return jsonify(token=token)
    `,
  ),
  ...whole(
    "CWE-79",
    "try: int(' 12 ') (parses) vs int(' 12x') (raises) before bar = query value, echoed into HTML",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      @app.route('/echo')
      def echo():
          param = request.args.get('msg', '')
          bar = 'hello'
          try:
              int('${v ? " 12 " : " 12x"}')
              bar = param
          except ValueError:
              bar = 'invalid'
          return '<div>' + bar + '</div>'
    `,
  ),
  ...whole(
    "CWE-22",
    "try: int(query count) (may parse: the path taken) vs int('x7') (always raises) before the query path is used",
    (v) => `
      from flask import Flask, request, send_file

      app = Flask(__name__)


      @app.route('/export')
      def export():
          param = request.args.get('path', '')
          count = request.args.get('count', '1')
          target = '/srv/export/latest.csv'
          try:
              int(${v ? "count" : "'x7'"})
              target = param
          except ValueError:
              pass
          return send_file(target)
    `,
  ),
  ...whole(
    "CWE-328",
    "try: int('1_000') (parses: md5 chosen) vs int('1,000') (raises: sha256 kept) digesting a Django POST value",
    (v) => `
      import hashlib
      from django.http import JsonResponse


      def fingerprint(request):
          param = request.POST.get('content', '')
          algo = 'sha256'
          try:
              int('${v ? "1_000" : "1,000"}')
              algo = 'md5'
          except ValueError:
              pass
          h = hashlib.new(algo)
          h.update(param.encode('utf-8'))
          return JsonResponse({'fingerprint': h.hexdigest()})
    `,
  ),
];
