// Development benchmark: the project's own labelled cases, one vulnerability class each, positives and safe
// look-alikes. Written here (not taken from any corpus); kept apart from unit tests so a rule change can be judged
// by per-class recall and false-positive rate. Add cases freely; never copy them from a held-out corpus.
import type { Language } from "../../../src/analyzer/types.js";

export interface DevCase {
  /** Vulnerability class: the CWE the finding must carry (or a mapped one, see cwe-map.ts). */
  cwe: string;
  language: Language;
  vulnerable: boolean;
  /** What the case tests, in a few words. */
  note: string;
  code: string;
  /** 1-based line the finding must be on (line-level suites); any line when absent. */
  line?: number;
  /** The file name the code is read as, where it matters (`.vue`, `.svelte`, `.html`, templates: markup.ts). */
  file?: string;
}

const py = (cwe: string, vulnerable: boolean, note: string, code: string): DevCase => ({
  cwe,
  language: "python",
  vulnerable,
  note,
  code,
});
const js = (cwe: string, vulnerable: boolean, note: string, code: string): DevCase => ({
  cwe,
  language: "javascript",
  vulnerable,
  note,
  code,
});

const FLASK = "from flask import Flask, request\napp = Flask(__name__)\n";

export const DEV_CASES: DevCase[] = [
  // --- CWE-78 command injection ---
  py("CWE-78", true, "argv into os.system", "import os, sys\nos.system('ping ' + sys.argv[1])\n"),
  py(
    "CWE-78",
    true,
    "sh -c list with request data",
    FLASK +
      "import subprocess\n@app.route('/p')\ndef p():\n    host = request.args['h']\n    subprocess.run(['sh', '-c', 'ping ' + host])\n",
  ),
  py(
    "CWE-78",
    true,
    "os.spawnlp through a shell",
    "import os\ndef run(cmd):\n    os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', cmd)\n",
  ),
  py(
    "CWE-78",
    true,
    "asyncio subprocess shell",
    "import asyncio\nasync def run(name):\n    await asyncio.create_subprocess_shell('ls ' + name)\n",
  ),
  py(
    "CWE-78",
    true,
    "dict value at the tainted key",
    "import os\ndef f(user):\n    d = {}\n    d['cmd'] = 'ls ' + user\n    d['safe'] = 'ls'\n    os.system(d['cmd'])\n",
  ),
  py(
    "CWE-78",
    false,
    "dict value at a constant key other than the tainted one",
    "import os, sys\nd = {}\nd['cmd'] = sys.argv[1]\nd['safe'] = 'ls -l'\nos.system(d['safe'])\n",
  ),
  py(
    "CWE-78",
    false,
    "dead branch holds the tainted assignment",
    "import os, sys\ncmd = 'ls'\nif 2 + 2 == 5:\n    cmd = sys.argv[1]\nos.system(cmd)\n",
  ),
  py(
    "CWE-78",
    true,
    "taken constant branch overwrites with taint",
    "import os, sys\ncmd = 'ls'\nnum = 86\nif (7 * 42) - num > 200:\n    cmd = sys.argv[1]\nos.system(cmd)\n",
  ),
  py(
    "CWE-78",
    false,
    "constant ternary picks the literal",
    "import os, sys\narg = sys.argv[1]\ncmd = 'ls' if 3 > 2 else arg\nos.system(cmd)\n",
  ),
  py(
    "CWE-78",
    false,
    "list element at a constant index other than the appended taint",
    "import os, sys\nparts = ['ls']\nparts.append(sys.argv[1])\nos.system(parts[0])\n",
  ),
  py(
    "CWE-78",
    true,
    "list append then the tainted element",
    "import os, sys\nparts = ['ls']\nparts.append(sys.argv[1])\nos.system(parts[1])\n",
  ),
  py("CWE-78", false, "shlex.quote", "import os, sys, shlex\nos.system('ls ' + shlex.quote(sys.argv[1]))\n"),
  py("CWE-78", false, "list argv, no shell", "import subprocess, sys\nsubprocess.run(['ls', sys.argv[1]])\n"),
  py(
    "CWE-78",
    true,
    "match on a caller's value, one case tainted",
    "import os, sys\ndef f(mode):\n    match mode:\n        case 'list':\n            c = 'ls'\n        case _:\n            c = sys.argv[1]\n    os.system(c)\n",
  ),
  py(
    "CWE-78",
    false,
    "match on a constant: the tainted case is dead",
    "import os\nMODE = 'list'\nmatch MODE:\n    case 'list':\n        c = 'ls'\n    case _:\n        c = input()\nos.system(c)\n",
  ),
  py(
    "CWE-78",
    true,
    "base64 round trip of argv",
    "import os, sys, base64\nblob = base64.b64encode(sys.argv[1].encode())\nos.system(base64.b64decode(blob).decode())\n",
  ),
  py(
    "CWE-78",
    false,
    "base64 round trip of a literal",
    "import os, base64\nblob = base64.b64encode(b'ls -l')\nos.system(base64.b64decode(blob).decode())\n",
  ),
  js(
    "CWE-78",
    false,
    "JS: constant ternary picks the literal",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const c = 1 > 2 ? req.query.c : 'ls';\n  cp.exec(c);\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    false,
    "JS: tainted assignment in a dead if",
    "const cp = require('child_process');\nconst app = require('express')();\nconst DEBUG = false;\napp.get('/a', (req, res) => {\n  let c = 'ls';\n  if (DEBUG) {\n    c = req.query.c;\n  }\n  cp.exec(c);\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    false,
    "JS: object literal read at the constant key",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const cmds = { list: 'ls', user: req.query.c };\n  cp.exec(cmds.list);\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    true,
    "JS: object literal read at the tainted key",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const cmds = { list: 'ls', user: req.query.c };\n  cp.exec(cmds['user']);\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    true,
    "JS: taken constant if assigns request data",
    "const cp = require('child_process');\nconst app = require('express')();\nconst LEGACY = true;\napp.get('/a', (req, res) => {\n  let c = 'ls';\n  if (LEGACY) {\n    c = req.query.c;\n  }\n  cp.exec(c);\n  res.send('ok');\n});\n",
  ),
  py(
    "CWE-78",
    true,
    "slice of a list that selects the argv element",
    "import os, sys\nparts = ['ls', '-l', sys.argv[1]]\nos.system(' '.join(parts[1:]))\n",
  ),
  py(
    "CWE-78",
    false,
    "slice of a list that stops before the argv element",
    "import os, sys\nparts = ['ls', '-l', sys.argv[1]]\nos.system(' '.join(parts[:2]))\n",
  ),
  py(
    "CWE-78",
    false,
    "constant slice decides a dead branch",
    "import os, sys\nmode = 'release'\ncmd = 'ls'\nif mode[:5] == 'debug':\n    cmd = sys.argv[1]\nos.system(cmd)\n",
  ),
  js(
    "CWE-78",
    true,
    "JS: Map read at the key that holds request data",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const m = new Map();\n  m.set('cmd', req.query.c);\n  m.set('safe', 'ls');\n  cp.exec(m.get('cmd'));\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    false,
    "JS: Map read at a constant key other than the tainted one",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const m = new Map();\n  m.set('cmd', req.query.c);\n  m.set('safe', 'ls');\n  cp.exec(m.get('safe'));\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    true,
    "JS: pushed request data joined into a command",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const argv = ['ls'];\n  argv.push(req.query.dir);\n  cp.exec(argv.join(' '));\n  res.send('ok');\n});\n",
  ),
  js(
    "CWE-78",
    false,
    "JS: request data shifted off before the array is used",
    "const cp = require('child_process');\nconst app = require('express')();\napp.get('/a', (req, res) => {\n  const argv = [req.query.dir, 'ls', '-l'];\n  argv.shift();\n  cp.exec(argv.join(' '));\n  res.send('ok');\n});\n",
  ),
  // --- CWE-89 SQL injection ---
  py(
    "CWE-89",
    true,
    "SQLAlchemy text() with f-string",
    "from sqlalchemy import text\ndef q(conn, name):\n    return conn.execute(text(f\"SELECT * FROM u WHERE n = '{name}'\"))\n",
  ),
  py(
    "CWE-89",
    true,
    "Django raw() with format",
    "def q(name):\n    return User.objects.raw('SELECT * FROM u WHERE n = %s' % name)\n",
  ),
  py(
    "CWE-89",
    true,
    "asyncpg fetch with concatenation",
    "async def q(conn, name):\n    return await conn.fetch('SELECT * FROM u WHERE n = ' + name)\n",
  ),
  py(
    "CWE-89",
    false,
    "parameterised query",
    "def q(cur, name):\n    cur.execute('SELECT * FROM u WHERE n = %s', (name,))\n",
  ),
  py(
    "CWE-89",
    false,
    "configparser value at a different key than the tainted one",
    "import configparser, sys\nc = configparser.ConfigParser()\nc.add_section('s')\nc.set('s', 'a', sys.argv[1])\nc.set('s', 'b', 'users')\ndef q(cur):\n    cur.execute('SELECT * FROM ' + c.get('s', 'b'))\n",
  ),
  py(
    "CWE-89",
    true,
    "configparser value at the tainted key",
    "import configparser, sys\nc = configparser.ConfigParser()\nc.add_section('s')\nc.set('s', 'a', sys.argv[1])\ndef q(cur):\n    cur.execute('SELECT * FROM ' + c.get('s', 'a'))\n",
  ),
  // --- CWE-94/95 code injection ---
  py("CWE-94", true, "eval of input", "eval(input())\n"),
  py(
    "CWE-94",
    true,
    "interactive console fed by request",
    FLASK +
      "import code\n@app.route('/c')\ndef c():\n    code.InteractiveConsole().push(request.args['x'])\n    return 'ok'\n",
  ),
  py("CWE-94", false, "literal_eval", "import ast\nast.literal_eval(input())\n"),
  py(
    "CWE-94",
    true,
    "interpreter runsource of a caller's string",
    "from code import InteractiveInterpreter\ndef run(src):\n    i = InteractiveInterpreter()\n    i.runsource(src)\n",
  ),
  py(
    "CWE-94",
    false,
    "interpreter fed a literal; a list push look-alike",
    "import code\nc = code.InteractiveConsole()\nc.push('x = 1')\nstack = []\ndef add(v):\n    stack.push(v)\n",
  ),
  // --- CWE-295 / CWE-327 TLS ---
  py(
    "CWE-295",
    true,
    "ssl.wrap_socket without a context",
    "import ssl, socket\ns = ssl.wrap_socket(socket.socket())\n",
  ),
  py(
    "CWE-295",
    false,
    "context wrap_socket with server_hostname",
    "import ssl, socket\nctx = ssl.create_default_context()\ns = ctx.wrap_socket(socket.socket(), server_hostname='example.com')\n",
  ),
  py(
    "CWE-327",
    true,
    "cipher list enabling RC4 and 3DES",
    "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('DEFAULT:RC4-SHA:DES-CBC3-SHA')\n",
  ),
  py(
    "CWE-327",
    false,
    "cipher list that excludes the weak suites",
    "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('ECDHE+AESGCM:!aNULL:!eNULL:!MD5:!RC4:!3DES')\n",
  ),
  // --- CWE-501 trust boundary ---
  py(
    "CWE-501",
    true,
    "Flask session filled from a form field",
    FLASK +
      "from flask import session\n@app.route('/l', methods=['POST'])\ndef l():\n    session['role'] = request.form['role']\n    return 'ok'\n",
  ),
  py(
    "CWE-501",
    true,
    "Django session from GET via a variable",
    "def view(request):\n    lang = request.GET.get('lang')\n    request.session['lang'] = lang\n",
  ),
  py(
    "CWE-501",
    false,
    "session holds the id of a looked-up user",
    FLASK +
      "from flask import session\n@app.route('/l', methods=['POST'])\ndef l():\n    user = find_user(request.form['name'])\n    session['uid'] = user.id\n    return 'ok'\n",
  ),
  // --- CWE-79 XSS ---
  py(
    "CWE-79",
    true,
    "Flask view returns request data in HTML",
    FLASK +
      "@app.route('/h')\ndef h():\n    name = request.args.get('name')\n    return '<h1>Hello ' + name + '</h1>'\n",
  ),
  py(
    "CWE-79",
    false,
    "Flask view escapes",
    FLASK +
      "from markupsafe import escape\n@app.route('/h')\ndef h():\n    name = request.args.get('name')\n    return '<h1>Hello ' + escape(name) + '</h1>'\n",
  ),
  js(
    "CWE-79",
    true,
    "innerHTML from location",
    "const q = new URLSearchParams(location.search).get('q');\ndocument.getElementById('o').innerHTML = q;\n",
  ),
  js(
    "CWE-79",
    false,
    "DOMPurify before innerHTML",
    "const q = new URLSearchParams(location.search).get('q');\ndocument.getElementById('o').innerHTML = DOMPurify.sanitize(q);\n",
  ),
  // --- CWE-319 cleartext ---
  py(
    "CWE-319",
    true,
    "telnet client",
    "import telnetlib\ntn = telnetlib.Telnet('db.example.com')\ntn.write(b'password\\n')\n",
  ),
  py(
    "CWE-319",
    true,
    "ftp client",
    "import ftplib\nftp = ftplib.FTP('files.example.com')\nftp.login('u', 'p')\n",
  ),
  py(
    "CWE-319",
    false,
    "ftp over TLS",
    "import ftplib\nftp = ftplib.FTP_TLS('files.example.com')\nftp.login('u', 'p')\n",
  ),
  // --- CWE-326 weak keys ---
  py(
    "CWE-326",
    true,
    "RSA 1024",
    "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n",
  ),
  py(
    "CWE-326",
    false,
    "RSA 3072",
    "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n",
  ),
  // --- CWE-338 weak random for secrets ---
  py(
    "CWE-338",
    true,
    "random.choices for a token",
    "import random, string\ntoken = ''.join(random.choices(string.ascii_letters, k=32))\n",
  ),
  py("CWE-338", false, "secrets for a token", "import secrets\ntoken = secrets.token_urlsafe(32)\n"),
  // --- CWE-502 deserialisation ---
  py(
    "CWE-502",
    true,
    "pickle of request body",
    FLASK +
      "import pickle\n@app.route('/l', methods=['POST'])\ndef l():\n    return str(pickle.loads(request.data))\n",
  ),
  py(
    "CWE-502",
    false,
    "json of request body",
    FLASK + "import json\n@app.route('/l')\ndef l():\n    return json.loads(request.data)['a']\n",
  ),
  // --- CWE-22 path traversal ---
  py(
    "CWE-22",
    true,
    "open of request path",
    FLASK + "@app.route('/f')\ndef f():\n    return open('/data/' + request.args['p']).read()\n",
  ),
  py(
    "CWE-22",
    false,
    "basename before open",
    FLASK +
      "import os\n@app.route('/f')\ndef f():\n    return open('/data/' + os.path.basename(request.args['p'])).read()\n",
  ),
  // --- CWE-601 open redirect ---
  py(
    "CWE-601",
    true,
    "redirect to request url",
    FLASK +
      "from flask import redirect\n@app.route('/r')\ndef r():\n    return redirect(request.args['next'])\n",
  ),
  py(
    "CWE-601",
    false,
    "redirect only to a same-origin path",
    FLASK +
      "from flask import redirect\nfrom urllib.parse import urlparse\n@app.route('/r')\ndef r():\n    nxt = request.args['next']\n    if urlparse(nxt).netloc or not nxt.startswith('/') or nxt.startswith('//'):\n        nxt = '/'\n    return redirect(nxt)\n",
  ),
  py(
    "CWE-601",
    true,
    "netloc-only check: urlparse('///evil.com') has no netloc and browsers go to evil.com",
    FLASK +
      "from flask import redirect, abort\nfrom urllib.parse import urlparse\n@app.route('/r')\ndef r():\n    nxt = request.args.get('next', '/')\n    if urlparse(nxt).netloc or urlparse(nxt).scheme:\n        abort(400)\n    return redirect(nxt)\n",
  ),
  py(
    "CWE-601",
    false,
    "netloc check aborts before the redirect",
    FLASK +
      "from flask import redirect, abort\nfrom urllib.parse import urlparse\n@app.route('/r')\ndef r():\n    nxt = request.args.get('next', '/')\n    if urlparse(nxt).netloc or nxt.startswith('//'):\n        abort(400)\n    return redirect(nxt)\n",
  ),
  py(
    "CWE-601",
    true,
    "inverted netloc check (requires an absolute URL)",
    FLASK +
      "from flask import redirect, abort\nfrom urllib.parse import urlparse\n@app.route('/r')\ndef r():\n    nxt = request.args.get('next', '/')\n    if not urlparse(nxt).netloc:\n        abort(400)\n    return redirect(nxt)\n",
  ),
  py(
    "CWE-601",
    false,
    "Django url_has_allowed_host_and_scheme",
    "from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\ndef v(request):\n    t = request.GET.get('next')\n    if not url_has_allowed_host_and_scheme(t, allowed_hosts={request.get_host()}):\n        t = '/'\n    return redirect(t)\n",
  ),
  // --- CWE-918 SSRF ---
  js(
    "CWE-918",
    true,
    "puppeteer goto of request url",
    "const puppeteer = require('puppeteer');\napp.get('/shot', async (req, res) => {\n  const b = await puppeteer.launch();\n  const p = await b.newPage();\n  await p.goto(req.query.url);\n  res.send(await p.screenshot());\n});\n",
  ),
  js(
    "CWE-918",
    false,
    "puppeteer goto of a constant",
    "const puppeteer = require('puppeteer');\napp.get('/shot', async (req, res) => {\n  const b = await puppeteer.launch();\n  const p = await b.newPage();\n  await p.goto('https://example.com');\n  res.send(await p.screenshot());\n});\n",
  ),
  // --- CWE-94 JS code injection ---
  js(
    "CWE-94",
    true,
    "vm.runInNewContext of request",
    "const vm = require('vm');\napp.post('/run', (req, res) => res.send(String(vm.runInNewContext(req.body.code))));\n",
  ),
  js(
    "CWE-94",
    false,
    "vm with a constant",
    "const vm = require('vm');\nconst x = vm.runInNewContext('1 + 1');\n",
  ),
  js(
    "CWE-94",
    true,
    "vm2 sandbox run of request code",
    "const { VM } = require('vm2');\napp.post('/run', (req, res) => {\n  const sandbox = new VM({ timeout: 50 });\n  res.send(String(sandbox.run(req.body.code)));\n});\n",
  ),
  js(
    "CWE-94",
    false,
    "a job runner's run() look-alike",
    "const runner = require('./runner');\napp.post('/run', (req, res) => res.send(runner.run(req.body.job)));\n",
  ),
  // --- CWE-79 JS XSS ---
  js(
    "CWE-79",
    true,
    "AngularJS $sce.trustAsHtml of a URL parameter",
    "angular.module('app').controller('Msg', function ($scope, $sce, $location) {\n  $scope.msg = $sce.trustAsHtml($location.search().m);\n});\n",
  ),
  js(
    "CWE-79",
    false,
    "innerHTML through DOMPurify",
    "const DOMPurify = require('dompurify');\nconst q = new URLSearchParams(location.search).get('q');\ndocument.getElementById('out').innerHTML = DOMPurify.sanitize(q);\n",
  ),
  // --- CWE-798 hard-coded secrets ---
  js(
    "CWE-798",
    true,
    "express-session secret literal",
    "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', resave: false }));\n",
  ),
  js(
    "CWE-798",
    true,
    "jwt.sign with literal key",
    "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, 'supersecret123');\n",
  ),
  js(
    "CWE-798",
    false,
    "jwt.sign with env key",
    "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, process.env.JWT_SECRET);\n",
  ),
];
