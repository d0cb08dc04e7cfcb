// Dev suite "py-web": see bench/analyzer/dev/index.ts. Cases written here, never taken from a held-out corpus.
//
// Each case is one Flask (or Django) view: an untrusted value is read from one of several sources, passes through a
// "helper" with value logic, and reaches one sink. The vulnerable twin's value logic selects the untrusted value;
// the safe twin is the same code where it provably selects a constant (a taint-only tool raises a false alarm on
// it). Sanitiser cases keep the untrusted value but state a sanitiser or guard. Categories that are not about taint
// (weak hash, cipher, randomness, cookie flags) vary the algorithm or flag instead, sometimes chosen by the same
// value logic. The combinations are enumerated deterministically so the suite is stable.
import type { DevCase } from "./cases.js";
import { CASES as BATCH4 } from "./py-web-batch4.js";
import { CASES as BATCH5 } from "./py-web-batch5.js";
import { CASES as BATCH6 } from "./py-web-batch6.js";
import { CASES as BATCH7 } from "./py-web-batch7.js";
import { CASES as BATCH8 } from "./py-web-batch8.js";
import { CASES as BATCH9 } from "./py-web-batch9.js";
import { CASES as BATCH10 } from "./py-web-batch10.js";
import { CASES as BATCH11 } from "./py-web-batch11.js";
import { BATCH12 } from "./py-web-batch12.js";
import { BATCH13 } from "./py-web-batch13.js";
import { BATCH14 } from "./py-web-batch14.js";
import { BATCH15 } from "./py-web-batch15.js";
import { BATCH16 } from "./py-web-batch16.js";
import { BATCH21 } from "./py-web-batch21.js";
import { BATCH22 } from "./py-web-batch22.js";
import { BATCH23 } from "./py-web-batch23.js";
import { BATCH24 } from "./py-web-batch24.js";
import { BATCH25 } from "./py-web-batch25.js";
import { BATCH19 } from "./py-web-batch19.js";
import { BATCH20 } from "./py-web-batch20.js";
import { BATCH17 } from "./py-web-batch17.js";
import { BATCH18 } from "./py-web-batch18.js";
import { BATCH26 } from "./py-web-batch26.js";
import { BATCH27 } from "./py-web-batch27.js";
import { BATCH30 } from "./py-web-batch30.js";
import { BATCH28 } from "./py-web-batch28.js";
import { BATCH29 } from "./py-web-batch29.js";
import { BATCH31 } from "./py-web-batch31.js";
import { BATCH32 } from "./py-web-batch32.js";
import { BATCH33 } from "./py-web-batch33.js";
import { BATCH34 } from "./py-web-batch34.js";
import { BATCH35 } from "./py-web-batch35.js";
import { BATCH36 } from "./py-web-batch36.js";
import { BATCH37 } from "./py-web-batch37.js";
import { BATCH40 } from "./py-web-batch40.js";
import { BATCH38 } from "./py-web-batch38.js";
import { BATCH39 } from "./py-web-batch39.js";
import { BATCH41 } from "./py-web-batch41.js";
import { BATCH42 } from "./py-web-batch42.js";
import { BATCH43 } from "./py-web-batch43.js";
import { BATCH44 } from "./py-web-batch44.js";
import { BATCH45 } from "./py-web-batch45.js";
import { BATCH46 } from "./py-web-batch46.js";
import { BATCH47 } from "./py-web-batch47.js";
import { BATCH48 } from "./py-web-batch48.js";
import { BATCH49 } from "./py-web-batch49.js";
import { BATCH50 } from "./py-web-batch50.js";
import { BATCH51 } from "./py-web-batch51.js";
import { BATCH52 } from "./py-web-batch52.js";
import { BATCH53 } from "./py-web-batch53.js";
import { BATCH54 } from "./py-web-batch54.js";
import { BATCH55 } from "./py-web-batch55.js";
import { BATCH56 } from "./py-web-batch56.js";
import { BATCH57 } from "./py-web-batch57.js";
import { BATCH58 } from "./py-web-batch58.js";
import { BATCH59 } from "./py-web-batch59.js";
import { BATCH60 } from "./py-web-batch60.js";
import { BATCH61 } from "./py-web-batch61.js";
import { BATCH62 } from "./py-web-batch62.js";
import { BATCH63 } from "./py-web-batch63.js";
import { BATCH64 } from "./py-web-batch64.js";
import { BATCH65 } from "./py-web-batch65.js";

const py = (cwe: string, vulnerable: boolean, note: string, code: string): DevCase => ({
  cwe,
  language: "python",
  vulnerable,
  note,
  code,
});

/** A source: lines (4-space indented) that leave the untrusted value in `param`. */
interface Source {
  name: string;
  lines: string[];
  django?: boolean;
}

const SOURCES: Source[] = [
  { name: "query parameter", lines: ["param = request.args.get('value', '')"] },
  { name: "form field", lines: ["param = request.form.get('value', '')"] },
  { name: "header", lines: ["param = request.headers.get('X-Value', '')"] },
  { name: "cookie", lines: ["param = request.cookies.get('value', 'noval')"] },
  {
    name: "header names",
    lines: [
      "param = ''",
      "for name in request.headers.keys():",
      "    if name.lower() in ('host', 'accept', 'user-agent'):",
      "        continue",
      "    param = name",
      "    break",
    ],
  },
  { name: "raw body", lines: ["param = request.get_data(as_text=True)"] },
  { name: "query string", lines: ["param = request.query_string.decode('utf-8')"] },
  {
    name: "parameter values list",
    lines: ["values = request.args.getlist('value')", "param = values[0] if values else ''"],
  },
  {
    name: "form dict",
    lines: ["data = request.form.to_dict()", "param = data.get('value', '')"],
  },
  {
    name: "json body",
    lines: ["body = request.get_json(silent=True) or {}", "param = str(body.get('value', ''))"],
  },
];

/** A helper: value logic from `param` to `bar`. `top` is module-level code the lines rely on. */
interface Helper {
  name: string;
  lines(vulnerable: boolean): string[];
  top?(vulnerable: boolean): string;
  imports?: string;
}

const HELPERS: Helper[] = [
  {
    name: "constant if condition",
    lines: (v) => [
      "num = 196",
      `if ${v ? "(500 / 42) + num > 200" : "(7 * 42) - num > 200"}:`,
      "    bar = param",
      "else:",
      "    bar = 'This should never happen'",
    ],
  },
  {
    name: "constant ternary",
    lines: (v) => [
      "num = 106",
      `bar = 'This should never happen' if ${v ? "(7 * 18) + num < 200" : "(7 * 18) + num > 200"} else param`,
    ],
  },
  {
    name: "dict read at a constant key",
    lines: (v) => [
      "map_ = {}",
      "map_['keyA-1'] = 'a-Value'",
      "map_['keyB-1'] = param",
      "map_['keyC'] = 'another-Value'",
      `bar = map_['${v ? "keyB-1" : "keyA-1"}']`,
    ],
  },
  {
    name: "list append, pop(0), index",
    lines: (v) => [
      "values_list = []",
      "values_list.append('safe')",
      "values_list.append(param)",
      "values_list.append('moresafe')",
      "values_list.pop(0)",
      `bar = values_list[${v ? 0 : 1}]`,
    ],
  },
  {
    name: "configparser set/get",
    imports: "import configparser",
    lines: (v) => [
      "conf = configparser.ConfigParser()",
      "conf.add_section('section')",
      "conf.set('section', 'keyA', 'a_Value')",
      "conf.set('section', 'keyB', param)",
      `bar = conf.get('section', '${v ? "keyB" : "keyA"}')`,
    ],
  },
  {
    name: "match on a constant character",
    lines: (v) => [
      `guess = '${v ? "ABC" : "BAC"}'`,
      "switch_target = guess[0]",
      "match switch_target:",
      "    case 'A':",
      "        bar = param",
      "    case 'B':",
      "        bar = 'bob'",
      "    case 'C' | 'D':",
      "        bar = param",
      "    case _:",
      "        bar = 'bob\\'s your uncle'",
    ],
  },
  {
    name: "base64 round trip",
    imports: "import base64",
    lines: (v) => [
      `source = ${v ? "param" : "'no taint here'"}.encode()`,
      "encoded = base64.b64encode(source)",
      "bar = base64.b64decode(encoded).decode('utf-8')",
    ],
  },
  {
    name: "helper class method",
    top: (v) =>
      v
        ? "class Thing:\n    def do_something(self, i):\n        return 'prefix_' + i\n"
        : "class Thing:\n    def do_something(self, i):\n        r = 'fixed'\n        if 3 > 5:\n            r = i\n        return r\n",
    lines: () => ["thing = Thing()", "bar = thing.do_something(param)"],
  },
  {
    name: "helper function with a dead branch",
    top: (v) =>
      v
        ? "def do_something(p):\n    out = 'safe'\n    if len('abc') == 3:\n        out = p\n    return out\n"
        : "def do_something(p):\n    out = 'safe'\n    if 10 < 3:\n        out = p\n    return out\n",
    lines: () => ["bar = do_something(param)"],
  },
  {
    name: "list insert and index",
    lines: (v) => ["items = ['alpha', 'beta']", "items.insert(0, param)", `bar = items[${v ? 0 : 2}]`],
  },
  {
    name: "split, slice and join",
    lines: (v) => [
      v ? "parts = (param + ' tail').split(' ')" : "parts = ['safe', param]",
      v ? "bar = ' '.join(parts[:-1])" : "bar = parts[0]",
    ],
  },
  {
    name: "string building",
    lines: (v) => [
      v ? "bar = 'v={}'.format(param.replace('..', '.'))" : "bar = 'v=%s' % 'constant'.replace('c', 'C')",
    ],
  },
  {
    name: "comprehension",
    lines: (v) => [
      v
        ? "bar = ''.join([c for c in param if c != '\\x00'])"
        : "bar = ''.join([c for c in 'fixed value' if c != ' '])",
    ],
  },
  {
    name: "list remove then index",
    lines: (v) => ["vals = ['one', param, 'two']", `vals.remove('one')`, `bar = vals[${v ? 0 : 1}]`],
  },
];

/** A sink: the imports and the lines (4-space indented) that use `bar`; the last line returns the response. */
interface Sink {
  name: string;
  imports: string;
  lines: string[];
}

const TAINT_SINKS: Record<string, Sink[]> = {
  "CWE-78": [
    { name: "os.system", imports: "import os", lines: ["os.system('echo ' + bar)", "return 'done'"] },
    {
      name: "subprocess shell=True",
      imports: "import subprocess",
      lines: ["out = subprocess.run(f'ls -l {bar}', shell=True, capture_output=True)", "return out.stdout"],
    },
    {
      name: "sh -c list",
      imports: "import subprocess",
      lines: [
        "p = subprocess.Popen(['sh', '-c', 'cat ' + bar], stdout=subprocess.PIPE)",
        "return p.communicate()[0]",
      ],
    },
    {
      name: "os.popen",
      imports: "import os",
      lines: ["out = os.popen('grep %s /etc/hosts' % bar).read()", "return out"],
    },
    {
      name: "os.spawnlp through sh",
      imports: "import os",
      lines: ["os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'echo ' + bar)", "return 'ok'"],
    },
    {
      name: "check_output shell",
      imports: "import subprocess",
      lines: ["res = subprocess.check_output('nslookup ' + bar, shell=True)", "return res"],
    },
  ],
  "CWE-89": [
    {
      name: "sqlite3 concatenation",
      imports: "import sqlite3",
      lines: [
        "conn = sqlite3.connect('app.db')",
        "cur = conn.cursor()",
        'cur.execute("SELECT * FROM users WHERE name = \'" + bar + "\'")',
        "return str(cur.fetchall())",
      ],
    },
    {
      name: "psycopg2 %-format",
      imports: "import psycopg2",
      lines: [
        "conn = psycopg2.connect('dbname=app')",
        "with conn.cursor() as cur:",
        "    cur.execute(\"UPDATE users SET flag = 1 WHERE id = '%s'\" % bar)",
        "return 'updated'",
      ],
    },
    {
      name: "pymysql format",
      imports: "import pymysql",
      lines: [
        "db = pymysql.connect(host='localhost', user='app', database='app')",
        "cursor = db.cursor()",
        "cursor.execute(\"SELECT id FROM items WHERE tag = '{}'\".format(bar))",
        "return str(cursor.fetchone())",
      ],
    },
    {
      name: "SQLAlchemy text()",
      imports: "from sqlalchemy import create_engine, text\nengine = create_engine('sqlite:///app.db')",
      lines: [
        "with engine.connect() as conn:",
        "    rows = conn.execute(text(f\"SELECT * FROM users WHERE email = '{bar}'\")).fetchall()",
        "return str(rows)",
      ],
    },
    {
      name: "sqlite3 executescript",
      imports: "import sqlite3",
      lines: [
        "conn = sqlite3.connect('app.db')",
        'conn.executescript("INSERT INTO log(msg) VALUES (\'" + bar + "\');")',
        "return 'logged'",
      ],
    },
  ],
  "CWE-90": [
    {
      name: "ldap3 search filter",
      imports: "import ldap3",
      lines: [
        "server = ldap3.Server('ldap://localhost')",
        "conn = ldap3.Connection(server, auto_bind=True)",
        "conn.search('ou=users,dc=example,dc=com', '(&(objectclass=person)(uid=' + bar + '))')",
        "return str(conn.entries)",
      ],
    },
    {
      name: "python-ldap search_s",
      imports: "import ldap",
      lines: [
        "l = ldap.initialize('ldap://localhost')",
        "res = l.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, f'(cn={bar})')",
        "return str(res)",
      ],
    },
  ],
  "CWE-22": [
    {
      name: "open os.path.join",
      imports: "import os",
      lines: ["with open(os.path.join('/srv/files', bar)) as f:", "    return f.read()"],
    },
    {
      name: "codecs.open",
      imports: "import codecs",
      lines: ["with codecs.open('/srv/files/' + bar, 'r', 'utf-8') as f:", "    return f.read()"],
    },
    {
      name: "pathlib read_text",
      imports: "from pathlib import Path",
      lines: ["return (Path('/srv/data') / bar).read_text()"],
    },
    {
      name: "os.remove",
      imports: "import os",
      lines: ["os.remove('/tmp/uploads/' + bar)", "return 'deleted'"],
    },
    {
      name: "send_file",
      imports: "from flask import send_file",
      lines: ["return send_file('/srv/static/' + bar)"],
    },
    {
      name: "shutil.copy",
      imports: "import shutil",
      lines: ["shutil.copy(bar, '/tmp/backup.txt')", "return 'copied'"],
    },
  ],
  "CWE-501": [
    {
      name: "session write",
      imports: "from flask import session",
      lines: ["session['userid'] = bar", "return 'ok'"],
    },
    {
      name: "session key from data",
      imports: "from flask import session",
      lines: ["session[bar] = '10340'", "return 'stored'"],
    },
  ],
  "CWE-643": [
    {
      name: "lxml xpath",
      imports: "from lxml import etree\nDOC = etree.parse('users.xml')",
      lines: ['nodes = DOC.xpath("/users/user[@name=\'" + bar + "\']/id/text()")', "return str(nodes)"],
    },
    {
      name: "ElementTree findall",
      imports: "import xml.etree.ElementTree as ET\nTREE = ET.parse('users.xml')",
      lines: ["found = TREE.getroot().findall(f\".//user[@name='{bar}']\")", "return str(len(found))"],
    },
    {
      name: "elementpath select",
      imports: "import elementpath\nfrom lxml import etree\nROOT = etree.parse('users.xml').getroot()",
      lines: ["res = elementpath.select(ROOT, '//user[name=\"' + bar + '\"]')", "return str(res)"],
    },
  ],
  "CWE-79": [
    { name: "returned HTML string", imports: "", lines: ["return '<h1>Hello ' + bar + '</h1>'"] },
    {
      name: "make_response f-string",
      imports: "from flask import make_response",
      lines: ["resp = make_response(f'<p>Result: {bar}</p>')", "return resp"],
    },
    {
      name: "%-format body",
      imports: "",
      lines: ["html = '<div class=\"r\">%s</div>' % bar", "return html"],
    },
    {
      name: "Response object",
      imports: "from flask import Response",
      lines: ["return Response('<p>' + bar + '</p>', mimetype='text/html')"],
    },
  ],
  "CWE-94": [
    { name: "eval", imports: "", lines: ["value = eval(bar)", "return str(value)"] },
    { name: "exec", imports: "", lines: ["exec('result = ' + bar)", "return 'ran'"] },
    {
      name: "compile then exec",
      imports: "",
      lines: ["code = compile(bar, '<string>', 'exec')", "exec(code)", "return 'ok'"],
    },
  ],
  "CWE-502": [
    {
      name: "pickle.loads",
      imports: "import pickle, base64",
      lines: ["obj = pickle.loads(base64.b64decode(bar))", "return str(obj)"],
    },
    {
      name: "yaml.load unsafe",
      imports: "import yaml",
      lines: ["obj = yaml.load(bar, Loader=yaml.Loader)", "return str(obj)"],
    },
    {
      name: "jsonpickle.decode",
      imports: "import jsonpickle",
      lines: ["obj = jsonpickle.decode(bar)", "return str(obj)"],
    },
    {
      name: "marshal.loads",
      imports: "import marshal, base64",
      lines: ["obj = marshal.loads(base64.b64decode(bar))", "return str(obj)"],
    },
  ],
  "CWE-601": [
    { name: "redirect", imports: "from flask import redirect", lines: ["return redirect(bar)"] },
    {
      name: "redirect with scheme",
      imports: "from flask import redirect",
      lines: ["return redirect('https://' + bar)"],
    },
    {
      name: "Location header",
      imports: "from flask import make_response",
      lines: ["resp = make_response('', 302)", "resp.headers['Location'] = bar", "return resp"],
    },
  ],
  "CWE-611": [
    {
      name: "lxml resolve_entities",
      imports: "from lxml import etree",
      lines: [
        "parser = etree.XMLParser(resolve_entities=True)",
        "root = etree.fromstring(bar.encode(), parser)",
        "return root.tag",
      ],
    },
    {
      name: "sax external entities",
      imports: "import xml.sax\nfrom xml.sax.handler import feature_external_ges",
      lines: [
        "p = xml.sax.make_parser()",
        "p.setFeature(feature_external_ges, True)",
        "p.parse(io.StringIO(bar))",
        "return 'parsed'",
      ],
    },
    {
      name: "pulldom with a sax parser resolving external entities",
      imports:
        "from xml.dom import pulldom\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges",
      lines: [
        "parser = xml.sax.make_parser()",
        "parser.setFeature(feature_external_ges, True)",
        "events = pulldom.parseString(bar, parser)",
        "return str(sum(1 for _ in events))",
      ],
    },
  ],
};

/** Sinks with a stated sanitiser or guard: `bar` carries the untrusted value, the code is safe. */
const SANITISED: Record<string, Sink[]> = {
  "CWE-78": [
    {
      name: "shlex.quote",
      imports: "import os, shlex",
      lines: ["os.system('echo ' + shlex.quote(bar))", "return 'done'"],
    },
    {
      name: "argument list without shell",
      imports: "import subprocess",
      lines: ["out = subprocess.run(['ls', '-l', bar], capture_output=True)", "return out.stdout"],
    },
    {
      name: "allow-list guard",
      imports: "import os\nfrom flask import abort",
      lines: [
        "if bar not in ('uptime', 'date', 'whoami'):",
        "    abort(400)",
        "os.system(bar)",
        "return 'ok'",
      ],
    },
  ],
  "CWE-89": [
    {
      name: "parameterised query",
      imports: "import sqlite3",
      lines: [
        "conn = sqlite3.connect('app.db')",
        "cur = conn.execute('SELECT * FROM users WHERE name = ?', (bar,))",
        "return str(cur.fetchall())",
      ],
    },
    {
      name: "SQLAlchemy bound parameter",
      imports: "from sqlalchemy import create_engine, text\nengine = create_engine('sqlite:///app.db')",
      lines: [
        "with engine.connect() as conn:",
        "    rows = conn.execute(text('SELECT * FROM users WHERE email = :e'), {'e': bar}).fetchall()",
        "return str(rows)",
      ],
    },
  ],
  "CWE-90": [
    {
      name: "escape_filter_chars",
      imports: "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
      lines: [
        "conn = ldap3.Connection(ldap3.Server('ldap://localhost'), auto_bind=True)",
        "conn.search('dc=example,dc=com', '(uid=' + escape_filter_chars(bar) + ')')",
        "return str(conn.entries)",
      ],
    },
  ],
  "CWE-22": [
    {
      name: "basename and prefix check",
      imports: "import os\nfrom flask import abort",
      lines: [
        "name = os.path.basename(bar)",
        "full = os.path.join('/srv/files', name)",
        "with open(full) as f:",
        "    return f.read()",
      ],
    },
    {
      name: "realpath containment",
      imports: "import os\nfrom flask import abort",
      lines: [
        "base = '/srv/files'",
        "full = os.path.realpath(os.path.join(base, bar))",
        "if not full.startswith(base + os.sep):",
        "    abort(403)",
        "with open(full) as f:",
        "    return f.read()",
      ],
    },
  ],
  "CWE-643": [
    {
      name: "xpath variables",
      imports: "from lxml import etree\nDOC = etree.parse('users.xml')",
      lines: ["nodes = DOC.xpath('/users/user[@name=$n]/id/text()', n=bar)", "return str(nodes)"],
    },
  ],
  "CWE-79": [
    {
      name: "html.escape",
      imports: "import html",
      lines: ["return '<h1>Hello ' + html.escape(bar) + '</h1>'"],
    },
    {
      name: "markupsafe.escape",
      imports: "from markupsafe import escape",
      lines: ["return f'<p>Result: {escape(bar)}</p>'"],
    },
    {
      name: "value only in a header",
      imports: "from flask import make_response",
      lines: [
        "resp = make_response('<p>saved</p>')",
        "resp.headers['X-Saved'] = bar.replace('\\n', '')",
        "return resp",
      ],
    },
  ],
  "CWE-94": [
    {
      name: "ast.literal_eval",
      imports: "import ast",
      lines: ["value = ast.literal_eval(bar)", "return str(value)"],
    },
  ],
  "CWE-502": [
    {
      name: "yaml.safe_load",
      imports: "import yaml",
      lines: ["obj = yaml.safe_load(bar)", "return str(obj)"],
    },
    { name: "json.loads", imports: "import json", lines: ["obj = json.loads(bar)", "return str(obj)"] },
  ],
  "CWE-601": [
    {
      name: "path-only redirect check",
      imports: "from flask import redirect, abort\nfrom urllib.parse import urlparse",
      lines: [
        "target = urlparse(bar)",
        "if target.netloc or target.scheme or bar.startswith('//'):",
        "    abort(400)",
        "return redirect(bar)",
      ],
    },
    {
      name: "allow-listed target",
      imports: "from flask import redirect",
      lines: ["if bar not in ('/home', '/profile'):", "    bar = '/home'", "return redirect(bar)"],
    },
  ],
  "CWE-611": [
    {
      name: "defusedxml",
      imports: "import defusedxml.ElementTree as ET",
      lines: ["root = ET.fromstring(bar)", "return root.tag"],
    },
    {
      name: "lxml with entities off",
      imports: "from lxml import etree",
      lines: [
        "parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)",
        "root = etree.fromstring(bar.encode(), parser)",
        "return root.tag",
      ],
    },
  ],
};

const HEAD = "from flask import Flask, request\nimport io\napp = Flask(__name__)\n";

function view(src: Source, helper: Helper | undefined, v: boolean, sink: Sink, route: string): string {
  const imports = [helper?.imports, sink.imports].filter(Boolean).join("\n");
  const top = helper?.top ? helper.top(v) + "\n" : "";
  const body = [...src.lines, ...(helper ? helper.lines(v) : ["bar = param"]), ...sink.lines];
  return (
    HEAD +
    (imports ? imports + "\n" : "") +
    "\n" +
    top +
    `@app.route('/${route}', methods=['GET', 'POST'])\ndef ${route}():\n` +
    body.map((l) => "    " + l).join("\n") +
    "\n"
  );
}

function taintCases(): DevCase[] {
  const out: DevCase[] = [];
  let n = 0;
  Object.entries(TAINT_SINKS).forEach(([cwe, sinks], ci) => {
    // Five helper pairs per category (vulnerable and safe twin), rotating sources, helpers and sinks.
    for (let k = 0; k < 5; k++) {
      const helper = HELPERS[(ci * 5 + k) % HELPERS.length]!;
      const src = SOURCES[(ci * 3 + k) % SOURCES.length]!;
      const sink = sinks[k % sinks.length]!;
      for (const v of [true, false]) {
        const route = `t${String(++n).padStart(3, "0")}`;
        out.push(
          py(cwe, v, `${src.name} -> ${helper.name} -> ${sink.name}`, view(src, helper, v, sink, route)),
        );
      }
    }
    // Sanitised sinks: the untrusted value reaches the sanitiser directly (safe).
    for (const [j, s] of (SANITISED[cwe] ?? []).entries()) {
      const src = SOURCES[(ci + j * 4) % SOURCES.length]!;
      const route = `t${String(++n).padStart(3, "0")}`;
      out.push(py(cwe, false, `${src.name} -> sanitiser: ${s.name}`, view(src, undefined, false, s, route)));
    }
  });
  return out;
}

const FLASK = "from flask import Flask, request, make_response, session\napp = Flask(__name__)\n";
const route = (name: string, body: string[]) =>
  `@app.route('/${name}')\ndef ${name}():\n` + body.map((l) => "    " + l).join("\n") + "\n";

/** Categories about the algorithm or flag chosen: weak hash, cipher, randomness, cookie flags. */
const CHOICE_CASES: DevCase[] = [
  // --- CWE-328 weak hash ---
  py(
    "CWE-328",
    true,
    "hashlib.md5 of a form value",
    FLASK +
      "import hashlib\n" +
      route("h1", [
        "pw = request.form.get('password', '')",
        "digest = hashlib.md5(pw.encode()).hexdigest()",
        "return digest",
      ]),
  ),
  py(
    "CWE-328",
    false,
    "hashlib.sha256 of a form value",
    FLASK +
      "import hashlib\n" +
      route("h2", [
        "pw = request.form.get('password', '')",
        "digest = hashlib.sha256(pw.encode()).hexdigest()",
        "return digest",
      ]),
  ),
  py(
    "CWE-328",
    true,
    "hashlib.sha1 update loop",
    FLASK +
      "import hashlib\n" +
      route("h3", [
        "h = hashlib.sha1()",
        "h.update(request.args.get('v', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    false,
    "hashlib.sha512 update",
    FLASK +
      "import hashlib\n" +
      route("h4", [
        "h = hashlib.sha512()",
        "h.update(request.args.get('v', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    true,
    "hashlib.new('md5')",
    FLASK +
      "import hashlib\n" +
      route("h5", [
        "h = hashlib.new('md5')",
        "h.update(request.cookies.get('v', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    false,
    "hashlib.new('sha384')",
    FLASK +
      "import hashlib\n" +
      route("h6", [
        "h = hashlib.new('sha384')",
        "h.update(request.cookies.get('v', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    true,
    "algorithm from a dict at the weak key",
    FLASK +
      "import hashlib\n" +
      route("h7", [
        "algs = {'fast': 'md5', 'strong': 'sha256'}",
        "h = hashlib.new(algs['fast'], request.args.get('v', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    false,
    "algorithm from a dict at the strong key",
    FLASK +
      "import hashlib\n" +
      route("h8", [
        "algs = {'fast': 'md5', 'strong': 'sha256'}",
        "h = hashlib.new(algs['strong'], request.args.get('v', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    true,
    "algorithm chosen by a constant condition (taken: md5)",
    FLASK +
      "import hashlib\n" +
      route("h9", [
        "num = 86",
        "alg = 'md5' if (7 * 42) - num > 200 else 'sha256'",
        "h = hashlib.new(alg)",
        "h.update(request.headers.get('X-V', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    false,
    "algorithm chosen by a constant condition (taken: sha256)",
    FLASK +
      "import hashlib\n" +
      route("h10", [
        "num = 86",
        "alg = 'md5' if (7 * 42) - num < 200 else 'sha256'",
        "h = hashlib.new(alg)",
        "h.update(request.headers.get('X-V', '').encode())",
        "return h.hexdigest()",
      ]),
  ),
  py(
    "CWE-328",
    true,
    "Crypto.Hash MD5",
    FLASK +
      "from Crypto.Hash import MD5\n" +
      route("h11", ["h = MD5.new(request.get_data())", "return h.hexdigest()"]),
  ),
  py(
    "CWE-328",
    false,
    "Crypto.Hash SHA256",
    FLASK +
      "from Crypto.Hash import SHA256\n" +
      route("h12", ["h = SHA256.new(request.get_data())", "return h.hexdigest()"]),
  ),
  py(
    "CWE-328",
    true,
    "cryptography hashes.MD5",
    FLASK +
      "from cryptography.hazmat.primitives import hashes\n" +
      route("h13", [
        "d = hashes.Hash(hashes.MD5())",
        "d.update(request.get_data())",
        "return d.finalize().hex()",
      ]),
  ),
  py(
    "CWE-328",
    false,
    "cryptography hashes.SHA3_256",
    FLASK +
      "from cryptography.hazmat.primitives import hashes\n" +
      route("h14", [
        "d = hashes.Hash(hashes.SHA3_256())",
        "d.update(request.get_data())",
        "return d.finalize().hex()",
      ]),
  ),
  // --- CWE-327 weak cipher ---
  py(
    "CWE-327",
    true,
    "Crypto DES ECB",
    FLASK +
      "from Crypto.Cipher import DES\nimport os\n" +
      route("c1", [
        "key = os.urandom(8)",
        "cipher = DES.new(key, DES.MODE_ECB)",
        "data = request.form.get('v', '').encode().ljust(8, b' ')",
        "return cipher.encrypt(data[:8]).hex()",
      ]),
  ),
  py(
    "CWE-327",
    false,
    "Crypto AES GCM",
    FLASK +
      "from Crypto.Cipher import AES\nimport os\n" +
      route("c2", [
        "key = os.urandom(32)",
        "cipher = AES.new(key, AES.MODE_GCM)",
        "ct, tag = cipher.encrypt_and_digest(request.form.get('v', '').encode())",
        "return (cipher.nonce + tag + ct).hex()",
      ]),
  ),
  py(
    "CWE-327",
    true,
    "Crypto ARC4",
    FLASK +
      "from Crypto.Cipher import ARC4\nimport os\n" +
      route("c3", ["cipher = ARC4.new(os.urandom(16))", "return cipher.encrypt(request.get_data()).hex()"]),
  ),
  py(
    "CWE-327",
    false,
    "Crypto ChaCha20_Poly1305",
    FLASK +
      "from Crypto.Cipher import ChaCha20_Poly1305\nimport os\n" +
      route("c4", [
        "cipher = ChaCha20_Poly1305.new(key=os.urandom(32))",
        "ct, tag = cipher.encrypt_and_digest(request.get_data())",
        "return (cipher.nonce + tag + ct).hex()",
      ]),
  ),
  py(
    "CWE-327",
    true,
    "cryptography TripleDES",
    FLASK +
      "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nimport os\n" +
      route("c5", [
        "c = Cipher(algorithms.TripleDES(os.urandom(24)), modes.CBC(os.urandom(8)))",
        "enc = c.encryptor()",
        "return enc.update(request.get_data().ljust(8, b' ')[:8]).hex()",
      ]),
  ),
  py(
    "CWE-327",
    false,
    "cryptography AES CTR",
    FLASK +
      "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nimport os\n" +
      route("c6", [
        "c = Cipher(algorithms.AES(os.urandom(32)), modes.CTR(os.urandom(16)))",
        "enc = c.encryptor()",
        "return (enc.update(request.get_data()) + enc.finalize()).hex()",
      ]),
  ),
  py(
    "CWE-327",
    true,
    "AES in ECB mode",
    FLASK +
      "from Crypto.Cipher import AES\nimport os\n" +
      route("c7", [
        "cipher = AES.new(os.urandom(16), AES.MODE_ECB)",
        "return cipher.encrypt(request.get_data().ljust(16, b' ')[:16]).hex()",
      ]),
  ),
  py(
    "CWE-327",
    false,
    "Fernet",
    FLASK +
      "from cryptography.fernet import Fernet\n" +
      route("c8", ["f = Fernet(Fernet.generate_key())", "return f.encrypt(request.get_data()).decode()"]),
  ),
  py(
    "CWE-327",
    true,
    "Blowfish",
    FLASK +
      "from Crypto.Cipher import Blowfish\nimport os\n" +
      route("c9", [
        "cipher = Blowfish.new(os.urandom(16), Blowfish.MODE_CBC)",
        "return cipher.encrypt(request.get_data().ljust(8, b' ')[:8]).hex()",
      ]),
  ),
  py(
    "CWE-327",
    false,
    "AESGCM",
    FLASK +
      "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nimport os\n" +
      route("c10", [
        "aes = AESGCM(AESGCM.generate_key(bit_length=256))",
        "nonce = os.urandom(12)",
        "return (nonce + aes.encrypt(nonce, request.get_data(), None)).hex()",
      ]),
  ),
  py(
    "CWE-327",
    true,
    "pyDes triple DES",
    FLASK +
      "import pyDes\n" +
      route("c11", [
        "k = pyDes.triple_des(b'0123456789abcdef01234567', pyDes.CBC, b'\\0' * 8, pad=None, padmode=pyDes.PAD_PKCS5)",
        "return k.encrypt(request.get_data()).hex()",
      ]),
  ),
  // --- CWE-338 weak randomness ---
  py(
    "CWE-338",
    true,
    "random.random for a token in a cookie",
    FLASK +
      "import random\n" +
      route("r1", [
        "value = random.random()",
        "token = str(value)[2:]",
        "resp = make_response('ok')",
        "resp.set_cookie('rememberMe', token, secure=True, httponly=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-338",
    false,
    "secrets.token_hex for a cookie",
    FLASK +
      "import secrets\n" +
      route("r2", [
        "token = secrets.token_hex(16)",
        "resp = make_response('ok')",
        "resp.set_cookie('rememberMe', token, secure=True, httponly=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-338",
    true,
    "random.randint into the session",
    FLASK +
      "import random\n" +
      route("r3", [
        "remember_id = random.randint(0, 2**31)",
        "session['remember_id'] = remember_id",
        "return str(remember_id)",
      ]),
  ),
  py(
    "CWE-338",
    false,
    "SystemRandom().randint into the session",
    FLASK +
      "import random\n" +
      route("r4", [
        "remember_id = random.SystemRandom().randint(0, 2**31)",
        "session['remember_id'] = remember_id",
        "return str(remember_id)",
      ]),
  ),
  py(
    "CWE-338",
    true,
    "random.getrandbits hex",
    FLASK +
      "import random\n" +
      route("r5", ["value = '%x' % random.getrandbits(128)", "session['csrf'] = value", "return value"]),
  ),
  py(
    "CWE-338",
    false,
    "os.urandom hex",
    FLASK +
      "import os\n" +
      route("r6", ["value = os.urandom(16).hex()", "session['csrf'] = value", "return value"]),
  ),
  py(
    "CWE-338",
    true,
    "random.choice over letters",
    FLASK +
      "import random, string\n" +
      route("r7", [
        "code = ''.join(random.choice(string.ascii_letters) for _ in range(12))",
        "session['reset_code'] = code",
        "return 'sent'",
      ]),
  ),
  py(
    "CWE-338",
    false,
    "secrets.choice over letters",
    FLASK +
      "import secrets, string\n" +
      route("r8", [
        "code = ''.join(secrets.choice(string.ascii_letters) for _ in range(12))",
        "session['reset_code'] = code",
        "return 'sent'",
      ]),
  ),
  py(
    "CWE-338",
    true,
    "random.uniform",
    FLASK +
      "import random\n" +
      route("r9", [
        "rand = random.uniform(0, 1)",
        "user_id = 'User:' + str(rand)[2:]",
        "session[user_id] = 'remembered'",
        "return user_id",
      ]),
  ),
  py(
    "CWE-338",
    false,
    "secrets.randbelow",
    FLASK +
      "import secrets\n" +
      route("r10", [
        "rand = secrets.randbelow(10**12)",
        "user_id = 'User:' + str(rand)",
        "session[user_id] = 'remembered'",
        "return user_id",
      ]),
  ),
  py(
    "CWE-338",
    true,
    "random.sample",
    FLASK +
      "import random\n" +
      route("r11", [
        "digits = random.sample(range(10), 6)",
        "otp = ''.join(map(str, digits))",
        "session['otp'] = otp",
        "return 'ok'",
      ]),
  ),
  // --- CWE-614 insecure cookie ---
  py(
    "CWE-614",
    true,
    "set_cookie without flags",
    FLASK +
      route("k1", [
        "value = request.args.get('v', '')",
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', value)",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    false,
    "set_cookie secure and httponly",
    FLASK +
      route("k2", [
        "value = request.args.get('v', '')",
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', value, secure=True, httponly=True, samesite='Strict')",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    true,
    "set_cookie secure=False",
    FLASK +
      route("k3", [
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', request.form.get('v', ''), secure=False, httponly=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    false,
    "set_cookie flags by keyword with path",
    FLASK +
      route("k4", [
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', request.form.get('v', ''), path='/', secure=True, httponly=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    true,
    "flag variable set False",
    FLASK +
      route("k5", [
        "secure_flag = False",
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', 'x', secure=secure_flag, httponly=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    false,
    "flag variable set True",
    FLASK +
      route("k6", [
        "secure_flag = True",
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', 'x', secure=secure_flag, httponly=secure_flag)",
        "return resp",
      ]),
  ),
  // Relabelled on reflection: with secure=True the cookie never travels in clear (CWE-614); without HttpOnly page
  // scripts can read it, which is CWE-1004.
  py(
    "CWE-1004",
    true,
    "httponly missing",
    FLASK +
      route("k7", [
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', request.cookies.get('a', ''), secure=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    false,
    "Django set_cookie secure",
    "from django.http import HttpResponse\n\ndef view(request):\n    resp = HttpResponse('ok')\n    resp.set_cookie('SomeCookie', request.GET.get('v', ''), secure=True, httponly=True)\n    return resp\n",
  ),
  py(
    "CWE-614",
    true,
    "Django set_cookie bare",
    "from django.http import HttpResponse\n\ndef view(request):\n    resp = HttpResponse('ok')\n    resp.set_cookie('SomeCookie', request.GET.get('v', ''))\n    return resp\n",
  ),
  py(
    "CWE-614",
    false,
    "flag chosen by constant condition (True)",
    FLASK +
      route("k8", [
        "num = 10",
        "flag = True if num > 5 else False",
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', 'x', secure=flag, httponly=True)",
        "return resp",
      ]),
  ),
  py(
    "CWE-614",
    true,
    "flag chosen by constant condition (False)",
    FLASK +
      route("k9", [
        "num = 10",
        "flag = True if num < 5 else False",
        "resp = make_response('stored')",
        "resp.set_cookie('SomeCookie', 'x', secure=flag, httponly=True)",
        "return resp",
      ]),
  ),
];

/** A few Django views, for the request API and response classes Flask does not have. */
const DJANGO_CASES: DevCase[] = [
  py(
    "CWE-79",
    true,
    "Django HttpResponse body",
    "from django.http import HttpResponse\n\ndef hello(request):\n    name = request.GET.get('name', '')\n    return HttpResponse('<p>Hello ' + name + '</p>')\n",
  ),
  py(
    "CWE-79",
    false,
    "Django HttpResponse escaped",
    "from django.http import HttpResponse\nfrom django.utils.html import escape\n\ndef hello(request):\n    name = request.GET.get('name', '')\n    return HttpResponse('<p>Hello ' + escape(name) + '</p>')\n",
  ),
  py(
    "CWE-89",
    true,
    "Django raw()",
    "from django.http import HttpResponse\nfrom .models import User\n\ndef users(request):\n    q = request.GET.get('q', '')\n    rows = User.objects.raw(\"SELECT * FROM app_user WHERE name = '%s'\" % q)\n    return HttpResponse(str(list(rows)))\n",
  ),
  py(
    "CWE-89",
    false,
    "Django raw() with params",
    "from django.http import HttpResponse\nfrom .models import User\n\ndef users(request):\n    q = request.GET.get('q', '')\n    rows = User.objects.raw('SELECT * FROM app_user WHERE name = %s', [q])\n    return HttpResponse(str(list(rows)))\n",
  ),
  py(
    "CWE-89",
    true,
    "Django extra(where=)",
    "from django.http import HttpResponse\nfrom .models import User\n\ndef users(request):\n    q = request.POST.get('q', '')\n    rows = User.objects.extra(where=[\"name = '\" + q + \"'\"])\n    return HttpResponse(str(list(rows)))\n",
  ),
  py(
    "CWE-89",
    true,
    "Django connection.cursor",
    "from django.db import connection\nfrom django.http import HttpResponse\n\ndef users(request):\n    q = request.GET['q']\n    with connection.cursor() as cursor:\n        cursor.execute(f\"SELECT id FROM app_user WHERE name = '{q}'\")\n        row = cursor.fetchone()\n    return HttpResponse(str(row))\n",
  ),
  py(
    "CWE-601",
    true,
    "Django HttpResponseRedirect",
    "from django.http import HttpResponseRedirect\n\ndef go(request):\n    return HttpResponseRedirect(request.GET.get('next', '/'))\n",
  ),
  py(
    "CWE-601",
    false,
    "Django url_has_allowed_host_and_scheme",
    "from django.http import HttpResponseRedirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\ndef go(request):\n    nxt = request.GET.get('next', '/')\n    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        nxt = '/'\n    return HttpResponseRedirect(nxt)\n",
  ),
  py(
    "CWE-501",
    true,
    "Django session write",
    "from django.http import HttpResponse\n\ndef store(request):\n    request.session['user'] = request.GET.get('user', '')\n    return HttpResponse('ok')\n",
  ),
  py(
    "CWE-501",
    false,
    "Django session write of a constant",
    "from django.http import HttpResponse\n\ndef store(request):\n    user = request.GET.get('user', '')\n    request.session['visited'] = 'yes' if 3 > 1 else user\n    return HttpResponse('ok')\n",
  ),
  py(
    "CWE-78",
    true,
    "Django os.system",
    "import os\nfrom django.http import HttpResponse\n\ndef ping(request):\n    host = request.GET.get('host', '')\n    os.system('ping -c 1 ' + host)\n    return HttpResponse('ok')\n",
  ),
  py(
    "CWE-22",
    true,
    "Django open()",
    "from django.http import HttpResponse\n\ndef read(request):\n    name = request.GET.get('f', '')\n    with open('/srv/files/' + name) as fh:\n        return HttpResponse(fh.read())\n",
  ),
];

/** batch2: written after the first round of fixes and measured before any further fix (generalisation check). */
const V =
  "from flask import Flask, request, redirect, session, make_response, jsonify\napp = Flask(__name__)\n";
const b2 = (cwe: string, vulnerable: boolean, note: string, imports: string, body: string[]) =>
  py(cwe, vulnerable, `batch2: ${note}`, V + imports + (imports ? "\n" : "") + route("b2", body));
const DJ = "from django.http import HttpResponse, HttpResponseRedirect\n";
const BATCH2: DevCase[] = [
  // CWE-78
  b2("CWE-78", true, "%-mapping into os.system", "import os", [
    "args = {'a': request.values.get('f', '')}",
    "os.system('cat %(a)s' % args)",
    "return 'ok'",
  ]),
  b2("CWE-78", false, "pop() returns the constant last element", "import os", [
    "stack = [request.args.get('c', ''), 'uptime']",
    "cmd = stack.pop()",
    "os.system(cmd)",
    "return 'ok'",
  ]),
  b2("CWE-78", true, "os.execl through sh -c", "import os", [
    "os.execl('/bin/sh', 'sh', '-c', 'ls ' + request.form['dir'])",
  ]),
  b2("CWE-78", false, "constant arithmetic picks the fixed command", "import subprocess", [
    "x = 5",
    "if x * 2 == 10:",
    "    cmd = 'date'",
    "else:",
    "    cmd = request.args.get('c', '')",
    "subprocess.Popen(cmd, shell=True)",
    "return 'ok'",
  ]),
  b2("CWE-78", true, "subprocess.call joined string with shell", "import subprocess", [
    "target = request.headers.get('X-Target', '')",
    "cmd = ' '.join(['ping', '-c', '1', target])",
    "subprocess.call(cmd, shell=True)",
    "return 'ok'",
  ]),
  // CWE-89
  b2("CWE-89", true, "sqlite connection.execute of a concatenation", "import sqlite3", [
    "bar = request.cookies.get('id', '0')",
    "sql = 'SELECT * FROM orders WHERE id = ' + bar",
    "rows = sqlite3.connect('a.db').execute(sql).fetchall()",
    "return str(rows)",
  ]),
  b2("CWE-89", false, "placeholder query in a variable", "import sqlite3", [
    "bar = request.cookies.get('id', '0')",
    "sql = 'SELECT * FROM orders WHERE id = ?'",
    "rows = sqlite3.connect('a.db').execute(sql, (bar,)).fetchall()",
    "return str(rows)",
  ]),
  b2("CWE-89", false, "ternary with a false length test keeps the guest name", "import sqlite3", [
    "param = request.args.get('u', '')",
    "bar = param if len('ab') > 5 else 'guest'",
    "cur = sqlite3.connect('a.db').cursor()",
    "cur.execute(\"SELECT * FROM users WHERE name = '%s'\" % bar)",
    "return str(cur.fetchall())",
  ]),
  b2("CWE-89", true, "pandas.read_sql f-string", "import pandas as pd\nimport sqlite3", [
    "q = request.args.get('q', '')",
    "df = pd.read_sql(f\"SELECT * FROM t WHERE c LIKE '%{q}%'\", sqlite3.connect('a.db'))",
    "return df.to_html()",
  ]),
  // CWE-90
  b2("CWE-90", true, "ldap3 search_filter keyword", "import ldap3", [
    "mail = request.args.get('mail', '')",
    "conn = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
    "conn.search(search_base='dc=x,dc=org', search_filter='(mail=%s)' % mail)",
    "return str(conn.entries)",
  ]),
  b2(
    "CWE-90",
    false,
    "python-ldap with escape_filter_chars",
    "import ldap\nfrom ldap.filter import escape_filter_chars",
    [
      "who = request.form.get('who', '')",
      "l = ldap.initialize('ldap://h')",
      "res = l.search_s('dc=x,dc=org', ldap.SCOPE_SUBTREE, '(uid=%s)' % escape_filter_chars(who))",
      "return str(res)",
    ],
  ),
  b2("CWE-90", false, "filter from a table at the fixed key", "import ldap3", [
    "filters = {'user': request.args.get('u', ''), 'all': 'objectClass=*'}",
    "conn = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
    "conn.search('dc=x,dc=org', '(' + filters['all'] + ')')",
    "return str(conn.entries)",
  ]),
  // CWE-22
  b2("CWE-22", true, "f-string path written", "", [
    "name = request.args.get('n', '')",
    "with open(f'/var/data/{name}', 'w') as fh:",
    "    fh.write('x')",
    "return 'ok'",
  ]),
  b2("CWE-22", false, "send_from_directory", "from flask import send_from_directory", [
    "return send_from_directory('/srv/pub', request.args.get('f', 'index.html'))",
  ]),
  b2("CWE-22", true, "os.unlink of a joined path", "import os\nBASE = '/srv/up'", [
    "os.unlink(os.path.join(BASE, request.form['file']))",
    "return 'gone'",
  ]),
  b2("CWE-22", false, "secure_filename", "import os\nfrom werkzeug.utils import secure_filename", [
    "fname = secure_filename(request.args.get('f', ''))",
    "with open(os.path.join('/srv/up', fname), 'rb') as fh:",
    "    return fh.read()",
  ]),
  // CWE-501
  b2("CWE-501", true, "session.update with a dict", "", [
    "session.update({'user': request.args.get('u', '')})",
    "return 'ok'",
  ]),
  b2("CWE-501", false, "session stores only the length", "", [
    "session['n'] = len(request.args.get('u', ''))",
    "return 'ok'",
  ]),
  b2("CWE-501", true, "header into the session through a local", "", [
    "lang = request.headers.get('Accept-Language', 'en')",
    "prefs = {'lang': lang}",
    "session['lang'] = prefs['lang']",
    "return 'ok'",
  ]),
  b2("CWE-501", false, "session written from a fixed entry of a table", "", [
    "prefs = {'lang': request.headers.get('Accept-Language', 'en'), 'theme': 'dark'}",
    "session['theme'] = prefs['theme']",
    "return 'ok'",
  ]),
  // CWE-643
  b2("CWE-643", true, "lxml xpath %-format", "from lxml import etree\nTREE = etree.parse('books.xml')", [
    "t = request.args.get('t', '')",
    "return str(TREE.xpath('//book[title=\"%s\"]/price' % t))",
  ]),
  b2(
    "CWE-643",
    false,
    "compiled XPath with a variable",
    "from lxml import etree\nTREE = etree.parse('books.xml')\nFIND = etree.XPath('//book[title=$t]/price')",
    ["return str(FIND(TREE, t=request.args.get('t', '')))"],
  ),
  b2(
    "CWE-643",
    true,
    "ElementTree find concatenation",
    "import xml.etree.ElementTree as ET\nROOT = ET.parse('i.xml').getroot()",
    [
      "item = request.form.get('id', '')",
      'node = ROOT.find(".//item[@id=\'" + item + "\']")',
      "return node.text if node is not None else ''",
    ],
  ),
  // CWE-79
  b2("CWE-79", true, "returned f-string page", "", [
    "q = request.args.get('q', '')",
    "return f'<html><body>You searched for {q}</body></html>'",
  ]),
  b2("CWE-79", false, "jsonify", "", ["return jsonify(value=request.args.get('q', ''))"]),
  b2("CWE-79", false, "%-format with html.escape", "import html", [
    "return '<p>%s</p>' % html.escape(request.args.get('q', ''))",
  ]),
  b2("CWE-79", true, "Markup wrapping request data", "from markupsafe import Markup", [
    "return Markup('<b>' + request.args.get('q', '') + '</b>')",
  ]),
  py(
    "CWE-79",
    true,
    "batch2: Django HttpResponse f-string",
    DJ +
      "\ndef search(request):\n    q = request.GET.get('q', '')\n    return HttpResponse(f'<h2>{q}</h2>')\n",
  ),
  // CWE-94
  b2("CWE-94", true, "exec of compiled concatenation", "", [
    "exec(compile('print(' + request.args.get('e', '') + ')', '<x>', 'exec'))",
    "return 'ok'",
  ]),
  b2("CWE-94", false, "eval of an int-converted value", "", [
    "n = request.args.get('n', '0')",
    "return str(eval(str(int(n)) + ' * 2'))",
  ]),
  b2("CWE-94", true, "eval f-string", "", [
    "expr = request.form.get('x', '')",
    "return str(eval(f'{expr} * 2'))",
  ]),
  b2("CWE-94", false, "eval of a fixed expression chosen by a dead branch", "", [
    "expr = '1 + 1'",
    "if 'a' == 'b':",
    "    expr = request.form.get('x', '')",
    "return str(eval(expr))",
  ]),
  // CWE-502
  b2("CWE-502", true, "pickle.loads of the raw body", "import pickle", [
    "return str(pickle.loads(request.data))",
  ]),
  b2("CWE-502", true, "yaml FullLoader", "import yaml", [
    "return str(yaml.load(request.get_data(), Loader=yaml.FullLoader))",
  ]),
  b2("CWE-502", false, "yaml SafeLoader", "import yaml", [
    "return str(yaml.load(request.get_data(), Loader=yaml.SafeLoader))",
  ]),
  b2("CWE-502", false, "pickle round trip of a value (deep copy)", "import pickle", [
    "v = request.args.get('v', '')",
    "return str(pickle.loads(pickle.dumps(v)))",
  ]),
  // CWE-601
  b2("CWE-601", true, "redirect to next or a default", "", [
    "return redirect(request.args.get('next') or '/')",
  ]),
  b2("CWE-601", false, "relative-path check", "", [
    "nxt = request.args.get('next', '/')",
    "if not nxt.startswith('/') or nxt.startswith('//'):",
    "    nxt = '/'",
    "return redirect(nxt)",
  ]),
  py(
    "CWE-601",
    true,
    "batch2: Django redirect to a host from the query",
    DJ +
      "\ndef go(request):\n    host = request.GET.get('h', '')\n    return HttpResponseRedirect(f'https://{host}/home')\n",
  ),
  b2("CWE-601", false, "redirect to url_for", "from flask import url_for", [
    "request.args.get('next')",
    "return redirect(url_for('index'))",
  ]),
  // CWE-611
  b2("CWE-611", true, "lxml parse with DTD loading and network", "import io\nfrom lxml import etree", [
    "doc = request.get_data()",
    "tree = etree.parse(io.BytesIO(doc), etree.XMLParser(load_dtd=True, no_network=False))",
    "return tree.getroot().tag",
  ]),
  b2("CWE-611", false, "defusedxml minidom", "from defusedxml import minidom", [
    "return minidom.parseString(request.get_data()).documentElement.tagName",
  ]),
  // Labelled vulnerable when written; relabelled safe after checking the Python docs' XML vulnerability table
  // (minidom resolves no external entities), so the batch2 figure before fixes counts it as a hit.
  b2(
    "CWE-611",
    false,
    "minidom of request XML (stdlib: no external entities)",
    "from xml.dom import minidom",
    ["return minidom.parseString(request.get_data()).documentElement.tagName"],
  ),
  // CWE-328
  b2("CWE-328", true, "sha1 password digest", "import hashlib", [
    "pw = request.form['pw']",
    "session['pw'] = hashlib.sha1(pw.encode()).hexdigest()",
    "return 'ok'",
  ]),
  b2("CWE-328", false, "blake2b", "import hashlib", [
    "return hashlib.blake2b(request.get_data()).hexdigest()",
  ]),
  b2("CWE-328", true, "hashlib.new(name='sha1')", "import hashlib", [
    "h = hashlib.new(name='sha1', data=request.get_data())",
    "return h.hexdigest()",
  ]),
  b2("CWE-328", false, "pbkdf2_hmac sha256", "import hashlib, os", [
    "dk = hashlib.pbkdf2_hmac('sha256', request.form['pw'].encode(), os.urandom(16), 600000)",
    "return dk.hex()",
  ]),
  // CWE-327
  b2("CWE-327", true, "DES3 CBC", "from Crypto.Cipher import DES3\nimport os", [
    "c = DES3.new(os.urandom(24), DES3.MODE_CBC, os.urandom(8))",
    "return c.encrypt(request.get_data().ljust(8, b' ')[:8]).hex()",
  ]),
  b2("CWE-327", false, "AES CBC", "from Crypto.Cipher import AES\nimport os", [
    "c = AES.new(os.urandom(32), AES.MODE_CBC, os.urandom(16))",
    "return c.encrypt(request.get_data().ljust(16, b' ')[:16]).hex()",
  ]),
  b2(
    "CWE-327",
    true,
    "cryptography ARC4",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms\nimport os",
    [
      "enc = Cipher(algorithms.ARC4(os.urandom(16)), mode=None).encryptor()",
      "return enc.update(request.get_data()).hex()",
    ],
  ),
  b2(
    "CWE-327",
    false,
    "ChaCha20Poly1305",
    "from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305\nimport os",
    [
      "aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())",
      "n = os.urandom(12)",
      "return (n + aead.encrypt(n, request.get_data(), None)).hex()",
    ],
  ),
  // CWE-338
  b2("CWE-338", true, "randrange OTP in the session", "import random", [
    "session['otp'] = str(random.randrange(100000, 999999))",
    "return 'sent'",
  ]),
  b2("CWE-338", false, "token_bytes", "import secrets", [
    "session['otp'] = secrets.token_bytes(8).hex()",
    "return 'sent'",
  ]),
  b2("CWE-338", true, "random.choices reset token", "import random, string", [
    "token = ''.join(random.choices(string.ascii_letters + string.digits, k=24))",
    "resp = make_response('ok')",
    "resp.set_cookie('reset', token, secure=True, httponly=True)",
    "return resp",
  ]),
  b2("CWE-338", false, "uuid4 session id", "import uuid", [
    "sid = uuid.uuid4().hex",
    "resp = make_response('ok')",
    "resp.set_cookie('sid', sid, secure=True, httponly=True)",
    "return resp",
  ]),
  // CWE-614
  b2("CWE-614", true, "httponly only", "", [
    "resp = make_response('ok')",
    "resp.set_cookie('sid', request.args.get('s', ''), httponly=True)",
    "return resp",
  ]),
  b2("CWE-614", false, "flags passed as a dict", "", [
    "opts = {'secure': True, 'httponly': True, 'samesite': 'Lax'}",
    "resp = make_response('ok')",
    "resp.set_cookie('sid', request.args.get('s', ''), **opts)",
    "return resp",
  ]),
  py(
    "CWE-614",
    true,
    "batch2: Django cookie secure=False",
    DJ +
      "\ndef v(request):\n    r = HttpResponse('ok')\n    r.set_cookie('pref', request.GET.get('p', ''), secure=False, httponly=True)\n    return r\n",
  ),
  b2("CWE-614", false, "all flags on, max_age set", "", [
    "resp = make_response('ok')",
    "resp.set_cookie('sid', 'v', max_age=3600, secure=True, httponly=True, samesite='Strict')",
    "return resp",
  ]),
];

/** batch3: written after the second round of fixes and measured before any further fix. */
const b3 = (cwe: string, vulnerable: boolean, note: string, imports: string, body: string[]) =>
  py(cwe, vulnerable, `batch3: ${note}`, V + imports + (imports ? "\n" : "") + route("b3", body));
const BATCH3: DevCase[] = [
  b3("CWE-78", false, "while loop that never runs", "import os", [
    "cmd = 'ls'",
    "while 1 > 2:",
    "    cmd = request.args.get('c', '')",
    "os.system(cmd)",
    "return 'ok'",
  ]),
  b3("CWE-78", true, "command from a nested helper call chain", "import os", [
    "def wrap(v):",
    "    return inner(v)",
    "def inner(v):",
    "    return 'echo ' + v",
    "os.system(wrap(request.args.get('c', '')))",
    "return 'ok'",
  ]),
  b3("CWE-78", false, "for loop over constants rebinds the command", "import subprocess", [
    "cmd = request.args.get('c', '')",
    "for c in ['uptime']:",
    "    cmd = c",
    "subprocess.run(cmd, shell=True)",
    "return 'ok'",
  ]),
  b3("CWE-89", true, "query built with += in steps", "import sqlite3", [
    "name = request.form.get('n', '')",
    "q = 'SELECT * FROM t'",
    'q += " WHERE name = \'" + name + "\'"',
    "return str(sqlite3.connect('a.db').execute(q).fetchall())",
  ]),
  b3("CWE-89", false, "int() before formatting", "import sqlite3", [
    "uid = int(request.args.get('id', '0'))",
    "return str(sqlite3.connect('a.db').execute('SELECT * FROM t WHERE id = %d' % uid).fetchall())",
  ]),
  b3("CWE-89", false, "tuple unpacking keeps the constant", "import sqlite3", [
    "user, table = request.args.get('u', ''), 'accounts'",
    "return str(sqlite3.connect('a.db').execute('SELECT * FROM ' + table).fetchall())",
  ]),
  b3("CWE-22", true, "path through str.format", "", [
    "p = '/srv/files/{}'.format(request.args.get('f', ''))",
    "return open(p).read()",
  ]),
  b3("CWE-22", false, "file chosen from a fixed table", "", [
    "FILES = {'a': '/srv/a.txt', 'b': '/srv/b.txt'}",
    "return open(FILES.get(request.args.get('f', ''), '/srv/a.txt')).read()",
  ]),
  b3("CWE-79", true, "string join of request values", "", [
    "parts = ['<ul>']",
    "for v in request.args.getlist('v'):",
    "    parts.append('<li>' + v + '</li>')",
    "return ''.join(parts)",
  ]),
  b3("CWE-79", false, "escaped before the join", "import html", [
    "parts = ['<ul>']",
    "for v in request.args.getlist('v'):",
    "    parts.append('<li>' + html.escape(v) + '</li>')",
    "return ''.join(parts)",
  ]),
  b3("CWE-79", false, "value only in the returned status header tuple", "", [
    "v = request.args.get('v', '')",
    "return 'saved', 200, {'X-Value': v.replace('\\n', '')}",
  ]),
  b3("CWE-94", true, "exec through a lambda", "", [
    "run = lambda code: exec(code)",
    "run(request.form.get('c', ''))",
    "return 'ok'",
  ]),
  b3("CWE-94", false, "eval of a lookup-table entry", "", [
    "EXPRS = {'two': '1 + 1', 'four': '2 * 2'}",
    "return str(eval(EXPRS.get(request.args.get('e', ''), '0')))",
  ]),
  b3("CWE-501", true, "session key built in an f-string", "", [
    "who = request.args.get('who', '')",
    "session[f'pref_{who}'] = 'on'",
    "return 'ok'",
  ]),
  b3("CWE-501", false, "session stores a boolean check", "", [
    "session['admin'] = request.args.get('role', '') == 'admin' and False",
    "return 'ok'",
  ]),
  b3("CWE-601", true, "redirect through a local helper", "", [
    "def target():",
    "    return request.args.get('next', '/')",
    "return redirect(target())",
  ]),
  b3("CWE-601", false, "redirect to a table entry", "", [
    "PAGES = {'home': '/', 'me': '/profile'}",
    "return redirect(PAGES.get(request.args.get('p', ''), '/'))",
  ]),
  b3("CWE-643", true, "xpath query in a helper class", "from lxml import etree\nDOC = etree.parse('u.xml')", [
    "class Q:",
    "    def build(self, n):",
    '        return "//user[@name=\'" + n + "\']"',
    "return str(DOC.xpath(Q().build(request.args.get('n', ''))))",
  ]),
  b3("CWE-90", false, "filter value is the constant side of a ternary", "import ldap3", [
    "u = request.args.get('u', '')",
    "v = 'guest' if 'x' in 'xyz' else u",
    "c = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
    "c.search('dc=x', '(uid=' + v + ')')",
    "return 'ok'",
  ]),
  b3("CWE-502", true, "pickle load of an uploaded file", "import pickle", [
    "f = request.files['blob']",
    "return str(pickle.load(f))",
  ]),
  b3("CWE-611", true, "lxml iterparse of the body", "import io\nfrom lxml import etree", [
    "for _, el in etree.iterparse(io.BytesIO(request.get_data())):",
    "    pass",
    "return 'ok'",
  ]),
  b3("CWE-338", true, "random token via hex of getrandbits", "import random", [
    "api_key = hex(random.getrandbits(64))",
    "return jsonify(key=api_key)",
  ]),
  b3("CWE-328", false, "md5 for a cache key, not security", "import hashlib", [
    "k = hashlib.md5(request.path.encode(), usedforsecurity=False).hexdigest()",
    "return k",
  ]),
  b3("CWE-614", true, "Django response cookie without flags", "", [
    "from django.http import HttpResponse",
    "r = HttpResponse('ok')",
    "r.set_cookie('theme', 'dark')",
    "return 'ok'",
  ]),
];

export const CASES: DevCase[] = [
  ...taintCases(),
  ...CHOICE_CASES,
  ...DJANGO_CASES,
  ...BATCH2,
  ...BATCH3,
  ...BATCH4,
  ...BATCH5,
  ...BATCH6,
  ...BATCH7,
  ...BATCH8,
  ...BATCH9,
  ...BATCH10,
  ...BATCH11,
  ...BATCH12,
  ...BATCH13,
  ...BATCH14,
  ...BATCH15,
  ...BATCH16,
  ...BATCH21,
  ...BATCH22,
  ...BATCH23,
  ...BATCH24,
  ...BATCH25,
  ...BATCH19,
  ...BATCH20,
  ...BATCH17,
  ...BATCH18,
  ...BATCH26,
  ...BATCH27,
  ...BATCH30,
  ...BATCH28,
  ...BATCH29,
  ...BATCH31,
  ...BATCH32,
  ...BATCH33,
  ...BATCH34,
  ...BATCH35,
  ...BATCH36,
  ...BATCH37,
  ...BATCH40,
  ...BATCH38,
  ...BATCH39,
  ...BATCH41,
  ...BATCH42,
  ...BATCH43,
  ...BATCH44,
  ...BATCH45,
  ...BATCH46,
  ...BATCH47,
  ...BATCH48,
  ...BATCH49,
  ...BATCH50,
  ...BATCH51,
  ...BATCH52,
  ...BATCH53,
  ...BATCH54,
  ...BATCH55,
  ...BATCH56,
  ...BATCH57,
  ...BATCH58,
  ...BATCH59,
  ...BATCH60,
  ...BATCH61,
  ...BATCH62,
  ...BATCH63,
  ...BATCH64,
  ...BATCH65,
];
