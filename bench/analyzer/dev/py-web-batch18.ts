// Dev suite "py-web", batch 18 (see py-web.ts): written blind after the batch 17 fixes, measured before any
// further fix. Hand-written pairs about sanitisers stated in code and framework idioms: parameterised queries
// whose placeholder list is built from a constant ('%s' * len(ids)), RawSQL / .extra / .raw with params vs
// formatted, order-by allow-lists, shlex.quote vs shlex.split, argv lists with `--`, send_from_directory vs
// send_file of a join, realpath + commonpath and pathlib is_relative_to guards, markupsafe Markup % args vs
// Markup of a concatenation, mark_safe vs format_html, Jinja `|safe` vs autoescape in render_template_string,
// json.dumps inside a <script> vs jsonify, url_has_allowed_host_and_scheme vs startswith('/'), XPath variables,
// ast.literal_eval, template text from the request, yaml Loader choice, jsonpickle, Django's
// get_random_string, md5 with usedforsecurity=False, Fernet vs ARC4, defusedxml; Django views reading
// request.GET / POST.getlist / COOKIES / headers / body. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch18", FLASK, "b18");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

const DJANGO = "from django.http import HttpResponse, HttpResponseRedirect, FileResponse, JsonResponse\n";

/** A Django function view: imports, then `def name(request):` with the body lines. */
const dj = (imports: string, name: string, body: string[]) =>
  DJANGO +
  imports +
  (imports ? "\n" : "") +
  `\n\ndef ${name}(request):\n` +
  body.map((l) => "    " + l).join("\n") +
  "\n";

export const BATCH18: DevCase[] = [
  // --- CWE-89 ---
  ...whole(
    "CWE-89",
    "Django: IN clause of '%s' placeholders built from len(ids) vs of the ids themselves",
    (v) =>
      dj("from django.db import connection", "bulk", [
        "ids = request.POST.getlist('id')",
        `marks = ','.join(${v ? "ids" : "['%s'] * len(ids)"})`,
        "with connection.cursor() as cur:",
        `    cur.execute('SELECT name FROM items WHERE id IN (%s)' % marks${v ? "" : ", ids"})`,
        "    rows = cur.fetchall()",
        "return JsonResponse({'rows': rows})",
      ]),
  ),
  ...whole("CWE-89", "Django: RawSQL annotation with params vs with the value concatenated", (v) =>
    dj("from django.db.models.expressions import RawSQL\nfrom .models import Item", "ranked", [
      "boost = request.GET.get('boost', '1')",
      `expr = RawSQL(${v ? "'score * ' + boost, []" : "'score * %s', [boost]"})`,
      "qs = Item.objects.annotate(rank=expr).order_by('-rank')",
      "return JsonResponse({'ids': [i.pk for i in qs]})",
    ]),
  ),
  ...whole("CWE-89", "Django: QuerySet.extra(where=..., params=...) vs a where clause built with %", (v) =>
    dj("from .models import Item", "tagged", [
      "tag = request.GET.get('tag', '')",
      v
        ? "qs = Item.objects.extra(where=[\"tags LIKE '%%%s%%'\" % tag])"
        : "qs = Item.objects.extra(where=['tags LIKE %s'], params=['%' + tag + '%'])",
      "return JsonResponse({'n': qs.count()})",
    ]),
  ),
  ...whole("CWE-89", "Django: Manager.raw with a params list vs an f-string", (v) =>
    dj("from .models import Person", "people", [
      "last = request.GET.get('last', '')",
      v
        ? "people = Person.objects.raw(f\"SELECT * FROM app_person WHERE last_name = '{last}'\")"
        : "people = Person.objects.raw('SELECT * FROM app_person WHERE last_name = %s', [last])",
      "return JsonResponse({'names': [p.first_name for p in people]})",
    ]),
  ),
  ...pair(
    "CWE-89",
    "ORDER BY column through an allow-list dict .get with a default vs the raw column",
    "import sqlite3",
    (v) => [
      "sort = request.args.get('sort', 'name')",
      `col = ${v ? "sort" : "SORTABLE.get(sort, 'name')"}`,
      "rows = sqlite3.connect('app.db').execute(f'SELECT id, name FROM users ORDER BY {col}').fetchall()",
      "return jsonify(rows)",
    ],
    () => "SORTABLE = {'name': 'name', 'age': 'age', 'joined': 'created_at'}\n",
  ),
  ...pair(
    "CWE-89",
    "JSON body id cast with int() vs kept as given in a %-formatted query",
    "import sqlite3",
    (v) => [
      "body = request.get_json(force=True)",
      `uid = ${v ? "body['id']" : "int(body['id'])"}`,
      "rows = sqlite3.connect('app.db').execute('SELECT * FROM orders WHERE user_id = %s' % uid).fetchall()",
      "return jsonify(rows)",
    ],
  ),
  // --- CWE-78 ---
  ...pair("CWE-78", "grep pattern shlex.quote()d vs re-joined from shlex.split()", "import shlex", (v) => [
    "pat = request.form.get('pattern', '')",
    `arg = ${v ? "' '.join(shlex.split(pat))" : "shlex.quote(pat)"}`,
    "os.system('grep -n ' + arg + ' /var/log/app.log > /tmp/hits.txt')",
    "return send_file('/tmp/hits.txt')",
  ]),
  ...whole("CWE-78", "Django: argv list with '--' vs the same words joined for shell=True", (v) =>
    dj("import subprocess", "ping", [
      "host = request.GET.get('host', '')",
      v
        ? "out = subprocess.run('ping -c 1 -- ' + host, shell=True, capture_output=True, text=True)"
        : "out = subprocess.run(['ping', '-c', '1', '--', host], capture_output=True, text=True)",
      "return HttpResponse(out.stdout, content_type='text/plain')",
    ]),
  ),
  ...pair(
    "CWE-78",
    "size checked against an allow-list set before the command vs only for being non-empty",
    "import subprocess",
    (v) => [
      "size = request.args.get('size', '')",
      `if ${v ? "not size" : "size not in SIZES"}:`,
      "    abort(400)",
      "subprocess.call('convert /srv/in.png -resize ' + size + ' /srv/out.png', shell=True)",
      "return send_file('/srv/out.png')",
    ],
    () => "SIZES = {'64x64', '128x128', '256x256'}\n",
  ),
  ...whole("CWE-78", "Django: header value into os.popen raw vs through int()", (v) =>
    dj("import os", "wait", [
      "secs = request.headers.get('X-Delay', '1')",
      `out = os.popen('sleep %s; date' % ${v ? "secs" : "int(secs)"}).read()`,
      "return HttpResponse(out, content_type='text/plain')",
    ]),
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "send_from_directory(base, name) vs send_file(os.path.join(base, name))",
    "from flask import send_from_directory",
    (v) => [
      "name = request.args.get('file', '')",
      `return ${v ? "send_file(os.path.join('/srv/uploads', name))" : "send_from_directory('/srv/uploads', name)"}`,
    ],
  ),
  ...pair("CWE-22", "realpath then a commonpath check vs realpath alone", "", (v) => [
    "base = '/srv/reports'",
    "full = os.path.realpath(os.path.join(base, request.args.get('r', '')))",
    ...(v ? [] : ["if os.path.commonpath([full, base]) != base:", "    abort(403)"]),
    "with open(full) as fh:",
    "    return fh.read()",
  ]),
  ...pair(
    "CWE-22",
    "pathlib: resolve() then is_relative_to(BASE) guard vs resolve() only",
    "from pathlib import Path",
    (v) => [
      "p = (BASE / request.args.get('doc', '')).resolve()",
      `if ${v ? "not p.exists()" : "not p.is_relative_to(BASE)"}:`,
      "    abort(404)",
      "return p.read_text()",
    ],
    () => "BASE = Path('/srv/docs').resolve()\n",
  ),
  ...whole("CWE-22", "Django: FileResponse of basename(request.GET['f']) vs of the raw name", (v) =>
    dj("import os", "download", [
      "f = request.GET.get('f', '')",
      `path = os.path.join('/srv/files', ${v ? "f" : "os.path.basename(f)"})`,
      "return FileResponse(open(path, 'rb'), as_attachment=True)",
    ]),
  ),
  ...pair(
    "CWE-22",
    "werkzeug secure_filename() on the upload's name vs the name as sent",
    "from werkzeug.utils import secure_filename",
    (v) => [
      "up = request.files['doc']",
      `up.save(os.path.join('/srv/uploads', ${v ? "up.filename" : "secure_filename(up.filename)"}))`,
      "return 'saved'",
    ],
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "markupsafe: Markup('<b>%s</b>') % q (escapes q) vs Markup('<b>' + q + '</b>')",
    "from markupsafe import Markup",
    (v) => [
      "q = request.args.get('q', '')",
      `return str(${v ? "Markup('<b>' + q + '</b>')" : "Markup('<b>%s</b>') % q"})`,
    ],
  ),
  ...pair(
    "CWE-79",
    "render_template_string: {{ name|safe }} vs {{ name }} (autoescaped)",
    "from flask import render_template_string",
    (v) => [
      "name = request.args.get('name', '')",
      `return render_template_string('<p>Hello {{ name${v ? "|safe" : ""} }}</p>', name=name)`,
    ],
  ),
  ...pair("CWE-79", "json.dumps of the input inside a <script> block vs jsonify", "import json", (v) => [
    "q = request.args.get('q', '')",
    v ? "return '<script>var q = ' + json.dumps(q) + ';</script>'" : "return jsonify(q=q)",
  ]),
  ...whole("CWE-79", "Django: mark_safe of an f-string vs format_html", (v) =>
    dj("from django.utils.html import format_html\nfrom django.utils.safestring import mark_safe", "hello", [
      "who = request.GET.get('who', '')",
      `return HttpResponse(${v ? "mark_safe(f'<em>{who}</em>')" : "format_html('<em>{}</em>', who)"})`,
    ]),
  ),
  ...whole("CWE-79", "Django: POST.getlist items each escape()d vs raw in the list", (v) =>
    dj("from django.utils.html import escape", "tags", [
      "tags = request.POST.getlist('tag')",
      `items = ''.join('<li>%s</li>' % ${v ? "t" : "escape(t)"} for t in tags)`,
      "return HttpResponse('<ul>' + items + '</ul>')",
    ]),
  ),
  ...whole("CWE-79", "Django: cookie echoed in text/html vs text/plain", (v) =>
    dj("", "theme", [
      "theme = request.COOKIES.get('theme', 'light')",
      `return HttpResponse('Theme: ' + theme, content_type='text/${v ? "html" : "plain"}')`,
    ]),
  ),
  ...whole("CWE-79", "Django: User-Agent header in HTML raw vs through django.utils.html.escape", (v) =>
    dj("from django.utils.html import escape", "agent", [
      "ua = request.headers.get('User-Agent', '')",
      `return HttpResponse('<p>Your browser: ' + ${v ? "ua" : "escape(ua)"} + '</p>')`,
    ]),
  ),
  // --- CWE-601 ---
  ...whole("CWE-601", "Django: url_has_allowed_host_and_scheme guard vs none", (v) =>
    dj("from django.utils.http import url_has_allowed_host_and_scheme", "after_login", [
      "nxt = request.GET.get('next', '/')",
      ...(v
        ? []
        : [
            "if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):",
            "    nxt = '/'",
          ]),
      "return HttpResponseRedirect(nxt)",
    ]),
  ),
  ...pair(
    "CWE-601",
    "target checked by an allow-list vs by startswith('/') (//evil.example passes)",
    "",
    (v) => [
      "nxt = request.args.get('next', '/')",
      `if ${v ? "not nxt.startswith('/')" : "nxt not in SAFE_TARGETS"}:`,
      "    nxt = '/'",
      "return redirect(nxt)",
    ],
    () => "SAFE_TARGETS = ('/', '/account', '/orders')\n",
  ),
  // --- CWE-90 ---
  ...whole("CWE-90", "Django: ldap3 search filter with ldap3's escape_filter_chars vs raw", (v) =>
    dj("import ldap3\nfrom ldap3.utils.conv import escape_filter_chars", "member", [
      "uid = request.POST.get('uid', '')",
      "conn = ldap3.Connection(ldap3.Server('ldap://ldap.local'), auto_bind=True)",
      `conn.search('dc=corp', '(&(objectClass=person)(uid=%s))' % ${v ? "uid" : "escape_filter_chars(uid)"})`,
      "return JsonResponse({'n': len(conn.entries)})",
    ]),
  ),
  // --- CWE-643 ---
  ...whole("CWE-643", "Django: lxml xpath with a $variable vs the name concatenated", (v) =>
    dj("from lxml import etree", "role", [
      "name = request.GET.get('name', '')",
      "doc = etree.parse('/srv/users.xml')",
      v
        ? 'found = doc.xpath("//user[@name=\'" + name + "\']/@role")'
        : "found = doc.xpath('//user[@name=$n]/@role', n=name)",
      "return JsonResponse({'roles': [str(r) for r in found]})",
    ]),
  ),
  ...pair(
    "CWE-643",
    "etree.XPath compiled with a $isbn variable vs compiled from a concatenation",
    "from lxml import etree",
    (v) => [
      "isbn = request.args.get('isbn', '')",
      v
        ? 'find = etree.XPath("//book[@isbn=\'" + isbn + "\']/title/text()")'
        : "find = etree.XPath('//book[@isbn=$isbn]/title/text()')",
      `titles = find(etree.parse('/srv/books.xml')${v ? "" : ", isbn=isbn"})`,
      "return jsonify(titles=[str(t) for t in titles])",
    ],
  ),
  // --- CWE-94 ---
  ...whole("CWE-94", "Django: eval of the POSTed literal vs ast.literal_eval", (v) =>
    dj("import ast", "parse", [
      "raw = request.POST.get('value', '[]')",
      `val = ${v ? "eval(raw)" : "ast.literal_eval(raw)"}`,
      "return JsonResponse({'n': len(val)})",
    ]),
  ),
  ...pair(
    "CWE-94",
    "render_template_string of the request's template text vs a constant template with it as a variable",
    "from flask import render_template_string",
    (v) => [
      "greeting = request.args.get('greeting', 'Hello')",
      `return render_template_string(${v ? "greeting + ', {{ user }}!', user='guest'" : "'{{ greeting }}, {{ user }}!', greeting=greeting, user='guest'"})`,
    ],
  ),
  // --- CWE-502 ---
  ...whole("CWE-502", "Django: yaml.load with yaml.Loader vs yaml.SafeLoader on request.body", (v) =>
    dj("import yaml", "importer", [
      `cfg = yaml.load(request.body, Loader=yaml.${v ? "Loader" : "SafeLoader"})`,
      "return JsonResponse({'keys': sorted(cfg)})",
    ]),
  ),
  ...pair("CWE-502", "jsonpickle.decode of the body vs json.loads", "import json\nimport jsonpickle", (v) => [
    "raw = request.get_data(as_text=True)",
    `obj = ${v ? "jsonpickle.decode(raw)" : "json.loads(raw)"}`,
    "return jsonify(kind=type(obj).__name__)",
  ]),
  // --- CWE-501 ---
  ...whole("CWE-501", "Django: session key from the query vs only after an allow-list check", (v) =>
    dj("", "lang", [
      "lang = request.GET.get('lang', 'en')",
      ...(v ? [] : ["if lang not in ('en', 'de', 'fr'):", "    lang = 'en'"]),
      "request.session['lang'] = lang",
      "return HttpResponse('ok')",
    ]),
  ),
  // --- CWE-614 ---
  ...whole("CWE-614", "Django: set_cookie with secure=True vs without secure", (v) =>
    dj("import secrets", "remember", [
      "resp = HttpResponse('ok')",
      `resp.set_cookie('remember', secrets.token_urlsafe(32), httponly=True${v ? "" : ", secure=True"}, samesite='Lax')`,
      "return resp",
    ]),
  ),
  // --- CWE-338 ---
  ...whole("CWE-338", "Django: token from random.choices vs django's get_random_string", (v) =>
    dj("import random\nimport string\nfrom django.utils.crypto import get_random_string", "invite", [
      `code = ${v ? "''.join(random.choices(string.ascii_letters + string.digits, k=24))" : "get_random_string(24)"}`,
      "request.session['invite'] = code",
      "return JsonResponse({'ok': True})",
    ]),
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "md5 of the password vs md5(usedforsecurity=False) of a file for a cache key",
    "import hashlib",
    (v) => [
      `data = request.${v ? "form.get('password', '').encode()" : "files['doc'].read()"}`,
      `key = hashlib.md5(data${v ? "" : ", usedforsecurity=False"}).hexdigest()`,
      "return jsonify(key=key)",
    ],
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "ARC4 stream cipher vs Fernet for the stored note",
    "from cryptography.fernet import Fernet\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms",
    (v) => [
      "note = request.get_data()",
      ...(v
        ? ["enc = Cipher(algorithms.ARC4(os.urandom(16)), mode=None).encryptor()", "ct = enc.update(note)"]
        : ["ct = Fernet(Fernet.generate_key()).encrypt(note)"]),
      "return jsonify(ct=ct.hex())",
    ],
  ),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "defusedxml.ElementTree.fromstring vs lxml with resolve_entities=True",
    "import defusedxml.ElementTree as DET\nfrom lxml import etree",
    (v) => [
      v
        ? "root = etree.fromstring(request.get_data(), etree.XMLParser(resolve_entities=True, no_network=False))"
        : "root = DET.fromstring(request.get_data())",
      "return jsonify(tag=root.tag)",
    ],
  ),
  // --- CWE-113 ---
  ...pair(
    "CWE-113",
    "Content-Disposition filename from the query raw vs urllib.parse.quote()d",
    "from urllib.parse import quote",
    (v) => [
      "fn = request.args.get('name', 'report.csv')",
      "resp = make_response('a,b\\n')",
      `resp.headers['Content-Disposition'] = 'attachment; filename=' + ${v ? "fn" : "quote(fn)"}`,
      "return resp",
    ],
  ),
];
