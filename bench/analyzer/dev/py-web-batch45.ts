// Dev suite "py-web", batch 45 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask views, two insecure/safe twins per category, varying the object-level
// plumbing between source and sink: a class holding the value in one slot of a list or dict attribute while the
// sink reads another slot, __init__ defaults vs arguments, classmethod alternative constructors, __getitem__ /
// __call__ / __str__ on local classes, dataclasses.replace / asdict, field(default_factory=...),
// obj.__dict__.update(...), mixins overriding a method, super() calls, module-level singletons mutated in the
// route, copy.copy / copy.deepcopy of an object with one field changed. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

const whole = (cwe: string, note: string, code: (v: boolean) => string): DevCase[] =>
  [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch45: ${note} (${v ? "vulnerable" : "safe"})`,
    code: dedent(code(v)),
  }));

export const BATCH45: DevCase[] = [
  // --- CWE-78 command injection ---
  ...whole(
    "CWE-78",
    "class keeping ['uptime', value] in a list attribute: os.system(self.parts[1]) vs os.system(self.parts[0])",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)


      class Probe:
          def __init__(self, host):
              self.parts = ['uptime', host]

          def run(self):
              return os.system(self.parts[${v ? "1" : "0"}])


      @app.route('/probe')
      def probe():
          param = request.args.get('host', '')
          rc = Probe(param).run()
          return {'host': param, 'rc': rc}
    `,
  ),
  ...whole(
    "CWE-78",
    "classmethod alternative constructors: Job.from_request(value) vs Job.default() feeding subprocess.run(shell=True)",
    (v) => `
      import subprocess
      from flask import Flask, request

      app = Flask(__name__)


      class Job:
          def __init__(self, command, owner):
              self.command = command
              self.owner = owner

          @classmethod
          def from_request(cls, value, owner):
              return cls('ping -c 1 ' + value, owner)

          @classmethod
          def default(cls, owner):
              return cls('ping -c 1 127.0.0.1', owner)


      @app.route('/jobs/ping', methods=['POST'])
      def jobs_ping():
          param = request.form.get('target', '')
          job = ${v ? "Job.from_request(param, 'web')" : "Job.default(param)"}
          out = subprocess.run(job.command, shell=True, capture_output=True, text=True)
          return {'owner': job.owner, 'out': out.stdout}
    `,
  ),
  // --- CWE-89 SQL injection ---
  ...whole(
    "CWE-89",
    "__getitem__ over a dict attribute {'name': value, 'order': 'id'}: p['name'] vs p['order'] formatted into the SQL",
    (v) => `
      import sqlite3
      from flask import Flask, request

      app = Flask(__name__)


      class Params:
          def __init__(self, **kw):
              self._data = dict(kw)

          def __getitem__(self, key):
              return self._data[key]


      @app.route('/users/find')
      def users_find():
          p = Params(name=request.args.get('name', ''), order='id')
          conn = sqlite3.connect('app.db')
          ${v ? "sql = \"SELECT id, name FROM users WHERE name = '%s' ORDER BY id\" % p['name']\n          rows = conn.execute(sql).fetchall()" : "sql = 'SELECT id, name FROM users WHERE name = ? ORDER BY %s' % p['order']\n          rows = conn.execute(sql, (p['name'],)).fetchall()"}
          return {'rows': rows}
    `,
  ),
  ...whole(
    "CWE-89",
    "dataclasses.replace(BASE, name=value): f-string with q.name vs q.table in the SQL and q.name bound",
    (v) => `
      import sqlite3
      from dataclasses import dataclass, replace
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass(frozen=True)
      class Query:
          table: str = 'accounts'
          name: str = ''


      BASE = Query()


      @app.route('/accounts/lookup')
      def accounts_lookup():
          q = replace(BASE, name=request.args.get('name', ''))
          conn = sqlite3.connect('bank.db')
          cur = conn.cursor()
          ${v ? "cur.execute(f\"SELECT * FROM {q.table} WHERE owner = '{q.name}'\")" : "cur.execute(f'SELECT * FROM {q.table} WHERE owner = ?', (q.name,))"}
          return {'rows': cur.fetchall()}
    `,
  ),
  // --- CWE-79 XSS ---
  ...whole(
    "CWE-79",
    "__str__ on a local class building HTML from self.name: Greeting(value) vs Greeting(escape(value)) returned via str()",
    (v) => `
      from markupsafe import escape
      from flask import Flask, request

      app = Flask(__name__)


      class Greeting:
          def __init__(self, name):
              self.name = name

          def __str__(self):
              return '<h1>Hello, ' + str(self.name) + '</h1>'


      @app.route('/hello')
      def hello():
          param = request.args.get('name', 'guest')
          g = Greeting(${v ? "param" : "escape(param)"})
          return str(g)
    `,
  ),
  ...whole(
    "CWE-79",
    "mixin overriding render() to escape the body and then calling super().render(): Page(Base) vs Page(EscapingMixin, Base)",
    (v) => `
      import html
      from flask import Flask, request

      app = Flask(__name__)


      class BasePage:
          def __init__(self, body):
              self.body = body

          def render(self):
              return '<html><body><p>' + self.body + '</p></body></html>'


      class EscapingMixin:
          def render(self):
              self.body = html.escape(self.body)
              return super().render()


      class Page(${v ? "BasePage" : "EscapingMixin, BasePage"}):
          pass


      @app.route('/comment', methods=['POST'])
      def comment():
          param = request.form.get('text', '')
          return Page(param).render()
    `,
  ),
  // --- CWE-22 path traversal ---
  ...whole(
    "CWE-22",
    "__init__(label, name='readme.txt'): Download(label='x', name=value) vs Download(label=value) opening self.name",
    (v) => `
      import os
      from flask import Flask, request

      app = Flask(__name__)
      ROOT = '/srv/downloads'


      class Download:
          def __init__(self, label, name='readme.txt'):
              self.label = label
              self.name = name

          def read(self):
              with open(os.path.join(ROOT, self.name), 'rb') as f:
                  return f.read()


      @app.route('/download')
      def download():
          param = request.args.get('file', '')
          d = ${v ? "Download(label='user', name=param)" : "Download(label=param)"}
          return d.read()
    `,
  ),
  ...whole(
    "CWE-22",
    "copy.copy of a module-level config object, then cfg.filename = value vs cfg.label = value, opening cfg.filename",
    (v) => `
      import copy
      import os
      from flask import Flask, request

      app = Flask(__name__)


      class FileConfig:
          def __init__(self):
              self.root = '/var/app/docs'
              self.filename = 'index.html'
              self.label = 'docs'


      DEFAULT = FileConfig()


      @app.route('/docs')
      def docs():
          param = request.args.get('page', '')
          cfg = copy.copy(DEFAULT)
          cfg.${v ? "filename" : "label"} = param
          with open(os.path.join(cfg.root, cfg.filename)) as fh:
              return {'label': cfg.label, 'content': fh.read()}
    `,
  ),
  // --- CWE-328 weak hash ---
  ...whole(
    "CWE-328",
    "@dataclass with field(default_factory=hashlib.md5) vs hashlib.sha256 hashing the password",
    (v) => `
      import hashlib
      from dataclasses import dataclass, field
      from flask import Flask, request

      app = Flask(__name__)


      @dataclass
      class Digest:
          label: str = 'pw'
          state: object = field(default_factory=hashlib.${v ? "md5" : "sha256"})


      @app.route('/account/fingerprint', methods=['POST'])
      def account_fingerprint():
          pw = request.form.get('password', '')
          d = Digest()
          d.state.update(pw.encode('utf-8'))
          return {'label': d.label, 'digest': d.state.hexdigest()}
    `,
  ),
  ...whole(
    "CWE-328",
    "module-level singleton SETTINGS mutated in the route: SETTINGS.algorithm = 'md5' vs SETTINGS.label = 'md5', hashlib.new(SETTINGS.algorithm)",
    (v) => `
      import hashlib
      from flask import Flask, request

      app = Flask(__name__)


      class Settings:
          def __init__(self):
              self.algorithm = 'sha256'
              self.label = 'current'


      SETTINGS = Settings()


      @app.route('/legacy/hash', methods=['POST'])
      def legacy_hash():
          pw = request.form.get('password', '')
          SETTINGS.${v ? "algorithm" : "label"} = 'md5'
          h = hashlib.new(SETTINGS.algorithm)
          h.update(pw.encode())
          return {'scheme': SETTINGS.label, 'hash': h.hexdigest()}
    `,
  ),
  // --- CWE-327 weak cipher ---
  ...whole(
    "CWE-327",
    "spec.__dict__.update(module=DES, key=8 bytes) vs (module=AES, key=16 bytes), then spec.module.new(key, MODE_EAX)",
    (v) => `
      import os
      from Crypto.Cipher import AES, DES
      from flask import Flask, request

      app = Flask(__name__)


      class CipherSpec:
          pass


      @app.route('/box/seal', methods=['POST'])
      def box_seal():
          data = request.get_data()
          spec = CipherSpec()
          spec.__dict__.update(${v ? "module=DES, key=os.urandom(8)" : "module=AES, key=os.urandom(16)"})
          cipher = spec.module.new(spec.key, spec.module.MODE_EAX)
          ct, tag = cipher.encrypt_and_digest(data)
          return {'nonce': cipher.nonce.hex(), 'tag': tag.hex(), 'ct': ct.hex()}
    `,
  ),
  ...whole(
    "CWE-327",
    "copy.deepcopy of an AES profile, then p.algorithm = TripleDES vs p.label = 'legacy', Cipher(p.algorithm(key), CBC)",
    (v) => `
      import copy
      import os
      from cryptography.hazmat.primitives import padding
      from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
      from flask import Flask, request

      app = Flask(__name__)


      class Profile:
          def __init__(self):
              self.algorithm = algorithms.AES
              self.key = os.urandom(24)
              self.label = 'default'


      PROFILE = Profile()


      @app.route('/legacy/encrypt', methods=['POST'])
      def legacy_encrypt():
          data = request.get_data()
          p = copy.deepcopy(PROFILE)
          ${v ? "p.algorithm = algorithms.TripleDES" : "p.label = 'legacy'"}
          algo = p.algorithm(p.key)
          iv = os.urandom(algo.block_size // 8)
          padder = padding.PKCS7(algo.block_size).padder()
          enc = Cipher(algo, modes.CBC(iv)).encryptor()
          ct = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
          return {'label': p.label, 'ct': (iv + ct).hex()}
    `,
  ),
  // --- CWE-338 weak random ---
  ...whole(
    "CWE-338",
    "__call__ on a TokenMaker holding its generator: TokenMaker(random.Random()) vs TokenMaker(secrets.SystemRandom())",
    (v) => `
      import random
      import secrets
      import string
      from flask import Flask, request

      app = Flask(__name__)
      ALPHABET = string.ascii_letters + string.digits


      class TokenMaker:
          def __init__(self, rng):
              self.rng = rng

          def __call__(self, n):
              return ''.join(self.rng.choice(ALPHABET) for _ in range(n))


      make_token = TokenMaker(${v ? "random.Random()" : "secrets.SystemRandom()"})


      @app.route('/password/reset', methods=['POST'])
      def password_reset():
          email = request.form.get('email', '')
          token = make_token(32)
          return {'email': email, 'reset_token': token}
    `,
  ),
  ...whole(
    "CWE-338",
    "classmethod constructors Otp.quick() (random.randint) vs Otp.secure() (secrets.randbelow) for a login code",
    (v) => `
      import random
      import secrets
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = b'change-me'


      class Otp:
          def __init__(self, code):
              self.code = code

          @classmethod
          def quick(cls):
              return cls('%06d' % random.randint(0, 999999))

          @classmethod
          def secure(cls):
              return cls('%06d' % secrets.randbelow(1000000))


      @app.route('/login/otp', methods=['POST'])
      def login_otp():
          user = request.form.get('user', '')
          otp = Otp.${v ? "quick" : "secure"}()
          session['otp_user'] = 'pending'
          return {'sent_to': len(user), 'code': otp.code}
    `,
  ),
  // --- CWE-501 trust boundary ---
  ...whole(
    "CWE-501",
    "dict attribute prefs.values with the request value under 'nick' and a constant under 'theme': session gets one of them",
    (v) => `
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = b'change-me'


      class Prefs:
          def __init__(self):
              self.values = {'theme': 'light'}

          def set(self, key, value):
              self.values[key] = value


      @app.route('/prefs', methods=['POST'])
      def prefs():
          p = Prefs()
          p.set('nick', request.form.get('nick', ''))
          session['${v ? "nick" : "theme"}'] = p.values['${v ? "nick" : "theme"}']
          return {'ok': True}
    `,
  ),
  ...whole(
    "CWE-501",
    "dataclasses.asdict(Visit(who=value)): session.update(asdict(v)) vs session['page'] = asdict(v)['page']",
    (v) => `
      from dataclasses import asdict, dataclass
      from flask import Flask, request, session

      app = Flask(__name__)
      app.secret_key = b'change-me'


      @dataclass
      class Visit:
          who: str
          page: str = 'home'


      @app.route('/visit')
      def visit():
          rec = Visit(who=request.args.get('who', ''))
          ${v ? "session.update(asdict(rec))" : "session['page'] = asdict(rec)['page']"}
          return {'page': rec.page}
    `,
  ),
  // --- CWE-94 code injection ---
  ...whole(
    "CWE-94",
    "subclass overriding evaluate() with an allow-list regex and super().evaluate(): Evaluator() vs Checked()",
    (v) => `
      import re
      from flask import Flask, request

      app = Flask(__name__)


      class Evaluator:
          def evaluate(self, expr):
              return eval(expr, {'__builtins__': {}})


      class Checked(Evaluator):
          def evaluate(self, expr):
              if not re.fullmatch(r'[0-9+\\- ]{1,64}', expr):
                  raise ValueError('bad expression')
              return super().evaluate(expr)


      @app.route('/calc')
      def calc():
          param = request.args.get('expr', '0')
          ev = ${v ? "Evaluator()" : "Checked()"}
          try:
              return {'result': ev.evaluate(param)}
          except ValueError:
              return {'error': 'invalid'}, 400
    `,
  ),
  ...whole(
    "CWE-94",
    "list attribute steps = ['1 + 1'] with the request value appended: eval(p.steps[-1]) vs eval(p.steps[0])",
    (v) => `
      from flask import Flask, request

      app = Flask(__name__)


      class Pipeline:
          def __init__(self):
              self.steps = ['1 + 1']

          def add(self, step):
              self.steps.append(step)


      @app.route('/pipeline', methods=['POST'])
      def pipeline():
          p = Pipeline()
          p.add(request.form.get('step', ''))
          result = eval(p.steps[${v ? "-1" : "0"}])
          return {'steps': len(p.steps), 'result': result}
    `,
  ),
  // --- CWE-502 deserialisation ---
  ...whole(
    "CWE-502",
    "__init__(loads=json.loads) default vs Decoder(pickle.loads) decoding a base64 form field",
    (v) => `
      import base64
      import json
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Decoder:
          def __init__(self, loads=json.loads):
              self.loads = loads

          def decode(self, blob):
              return self.loads(base64.b64decode(blob))


      @app.route('/state/restore', methods=['POST'])
      def state_restore():
          dec = ${v ? "Decoder(pickle.loads)" : "Decoder()"}
          state = dec.decode(request.form.get('state', ''))
          return {'keys': sorted(state)}
    `,
  ),
  ...whole(
    "CWE-502",
    "__getitem__ over slots {'cached': pickle.dumps(const), 'upload': body}: pickle.loads(store['upload']) vs store['cached']",
    (v) => `
      import pickle
      from flask import Flask, request

      app = Flask(__name__)


      class Store:
          def __init__(self):
              self._slots = {'cached': pickle.dumps({'version': 1})}

          def put(self, key, blob):
              self._slots[key] = blob

          def __getitem__(self, key):
              return self._slots[key]


      @app.route('/store/load', methods=['POST'])
      def store_load():
          store = Store()
          store.put('upload', request.get_data())
          obj = pickle.loads(store['${v ? "upload" : "cached"}'])
          return {'size': len(store['upload']), 'obj': repr(obj)}
    `,
  ),
];
