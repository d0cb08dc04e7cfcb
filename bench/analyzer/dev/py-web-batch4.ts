// Dev suite "py-web", batch 4 (see py-web.ts): written blind after the third round of fixes, measured before any
// further fix. Harder than batches 1-3: each view chains two propagation steps (one that always passes the value
// on, then one that decides), the sources are the wider set a Flask app reads (header iteration and names, cookies,
// `request.values`, JSON and raw bodies, path parameters, uploaded file names, a parsed query string, the WSGI
// environ), and each vulnerable view has a safe twin that differs only in the deciding step (dead branch, constant
// key or index, constant selector, value replaced by a constant) or in a stated sanitiser. Cases written here,
// never taken from a held-out corpus.
import type { DevCase } from "./cases.js";

const py = (cwe: string, vulnerable: boolean, note: string, code: string): DevCase => ({
  cwe,
  language: "python",
  vulnerable,
  note: `batch4: ${note}`,
  code,
});

/** A source: lines that leave the untrusted value in `param`; `route`/`args` for path parameters. */
interface Src {
  name: string;
  lines: string[];
  imports?: string;
  route?: string;
  args?: string;
}

const SOURCES: Src[] = [
  { name: "Referer header", lines: ["param = request.headers.get('Referer', '')"] },
  {
    name: "header iteration",
    lines: [
      "param = ''",
      "for name, value in request.headers.items():",
      "    if name.lower() == 'x-thing':",
      "        param = value",
      "        break",
    ],
  },
  {
    name: "last header name",
    lines: ["names = [k for k in request.headers.keys()]", "param = names[-1] if names else ''"],
  },
  { name: "cookie by index", lines: ["param = request.cookies['thing']"] },
  { name: "request.values", lines: ["param = request.values.get('thing', '')"] },
  {
    name: "json body field",
    lines: ["payload = request.get_json(force=True) or {}", "param = str(payload.get('thing', ''))"],
  },
  { name: "raw body bytes", lines: ["raw = request.get_data()", "param = raw.decode('utf-8', 'ignore')"] },
  { name: "path parameter", lines: ["param = thing"], route: "/<path:thing>", args: "thing" },
  {
    name: "uploaded file name",
    lines: ["upload = request.files['doc']", "param = upload.filename or ''"],
  },
  {
    name: "parse_qs of the query string",
    imports: "from urllib.parse import parse_qs",
    lines: ["qs = parse_qs(request.query_string.decode())", "param = qs.get('thing', [''])[0]"],
  },
  { name: "WSGI environ", lines: ["param = request.environ.get('HTTP_X_THING', '')"] },
  {
    name: "form getlist",
    lines: ["vals = request.form.getlist('thing')", "param = vals[0] if vals else ''"],
  },
  {
    name: "unquoted query value",
    imports: "from urllib.parse import unquote",
    lines: ["param = unquote(request.args.get('thing', ''))"],
  },
  {
    name: "header getlist",
    lines: ["hs = request.headers.getlist('X-Thing')", "param = hs[0] if hs else ''"],
  },
];

/** A propagation step from `i` to `o`; `v` false makes it select a constant (only for deciding steps). */
interface Step {
  name: string;
  lines(i: string, o: string, v: boolean): string[];
  top?(v: boolean): string;
  imports?: string;
}

const STEPS: Step[] = [
  {
    name: "thing chosen by a constant",
    top: () =>
      [
        "class ThingUpper:",
        "    def process(self, s):",
        "        return s.upper()",
        "class ThingFixed:",
        "    def process(self, s):",
        "        return 'fixed value'",
        "def create_thing(kind):",
        "    if kind == 'upper':",
        "        return ThingUpper()",
        "    return ThingFixed()",
      ].join("\n") + "\n",
    lines: (i, o, v) => [`thing = create_thing('${v ? "upper" : "fixed"}')`, `${o} = thing.process(${i})`],
  },
  {
    name: "file written then read back",
    lines: (i, o, v) => [
      "with open('/tmp/scratch.txt', 'w') as fh:",
      `    fh.write(${v ? i : "'constant contents'"})`,
      "with open('/tmp/scratch.txt') as fh:",
      `    ${o} = fh.read()`,
    ],
  },
  {
    name: "configparser mapping access",
    imports: "import configparser",
    lines: (i, o, v) => [
      "cfg = configparser.ConfigParser()",
      "cfg.read_string('[main]\\nsafe = static\\n')",
      `cfg['main']['user'] = ${i}`,
      `${o} = cfg['main']['${v ? "user" : "safe"}']`,
    ],
  },
  {
    name: "list append, insert, negative index",
    lines: (i, o, v) => [
      "items = ['first']",
      `items.append(${i})`,
      "items.insert(0, 'zero')",
      `${o} = items[${v ? -1 : 0}]`,
    ],
  },
  {
    name: "dict update then get",
    lines: (i, o, v) => [
      "opts = {'mode': 'plain'}",
      `opts.update({'user': ${i}})`,
      `${o} = opts.get('${v ? "user" : "mode"}', '')`,
    ],
  },
  {
    name: "helper picking by a boolean",
    top: () => "def pick(a, b, first):\n    return a if first else b\n",
    lines: (i, o, v) => [`${o} = pick(${i}, 'default', ${v ? "True" : "False"})`],
  },
  {
    name: "constant string comparison branch",
    lines: (i, o, v) => [`${o} = 'never'`, `if 'abc'.upper() == '${v ? "ABC" : "abc"}':`, `    ${o} = ${i}`],
  },
  {
    name: "holder object attribute",
    top: () =>
      "class Holder:\n    def __init__(self, value):\n        self.value = value\n        self.label = 'static'\n",
    lines: (i, o, v) => [`h = Holder(${i})`, `${o} = h.${v ? "value" : "label"}`],
  },
  {
    name: "tuple swap",
    lines: (i, o, v) => ["a, b = 'safe', " + i, "a, b = b, a", `${o} = ${v ? "a" : "b"}`],
  },
  {
    name: "slice of a prefixed string",
    lines: (i, o, v) => [`joined = 'prefix-' + ${i}`, `${o} = joined[${v ? "7:" : ":6"}]`],
  },
  {
    name: "match on a character of a constant",
    lines: (i, o, v) => [
      `selector = '${v ? "xCz" : "xBz"}'[1]`,
      "match selector:",
      "    case 'A' | 'B':",
      `        ${o} = 'literal'`,
      "    case 'C':",
      `        ${o} = ${i}`,
      "    case _:",
      `        ${o} = 'other'`,
    ],
  },
  {
    name: "list comprehension then index",
    lines: (i, o, v) => [`mapped = [s.strip() for s in (${i}, 'safe')]`, `${o} = mapped[${v ? 0 : 1}]`],
  },
  {
    name: "deque popleft",
    imports: "from collections import deque",
    lines: (i, o, v) => [
      "q = deque()",
      v ? "q.append('head')" : `q.append(${i})`,
      v ? `q.append(${i})` : "q.append('head')",
      "q.popleft()",
      `${o} = q[0]`,
    ],
  },
  {
    name: "module-level flag",
    top: (v) => `DEBUG = ${v ? "True" : "False"}\n`,
    lines: (i, o) => ["if DEBUG:", `    ${o} = ${i}`, "else:", `    ${o} = 'release'`],
  },
  {
    name: "lambda selecting an argument",
    lines: (i, o, v) => [
      "choose = lambda x, y: y",
      v ? `${o} = choose('safe', ${i})` : `${o} = choose(${i}, 'safe')`,
    ],
  },
  {
    name: "list of dicts",
    lines: (i, o, v) => [`rows = [{'v': 'safe'}, {'v': ${i}}]`, `${o} = rows[${v ? 1 : 0}]['v']`],
  },
  {
    name: "deny-list vs allow-list helper",
    top: (v) =>
      v
        ? "def clean(s):\n    if s in ('rm', 'shutdown'):\n        return 'safe'\n    return s\n"
        : "def clean(s):\n    if s not in ('red', 'green'):\n        return 'red'\n    return s\n",
    lines: (i, o) => [`${o} = clean(${i})`],
  },
  {
    name: "helper with a keyword default key",
    top: () =>
      "DEFAULTS = {'mode': 'safe'}\ndef resolve(v, key='mode'):\n    table = dict(DEFAULTS)\n    table['user'] = v\n    return table[key]\n",
    lines: (i, o, v) => [v ? `${o} = resolve(${i}, 'user')` : `${o} = resolve(${i})`],
  },
  {
    name: "urlsafe base64 round trip",
    imports: "import base64",
    lines: (i, o, v) => [
      `enc = base64.urlsafe_b64encode(${v ? i : "'static'"}.encode())`,
      `${o} = base64.urlsafe_b64decode(enc).decode()`,
    ],
  },
  {
    name: "while loop with a constant bound",
    lines: (i, o, v) => [
      `${o} = 'start'`,
      "n = 0",
      `while n < ${v ? 2 : 0}:`,
      `    ${o} = ${i}`,
      "    n += 1",
    ],
  },
  {
    name: "split then join of a part",
    lines: (i, o, v) => [`parts = ('a,' + ${i}).split(',')`, `${o} = parts[${v ? 1 : 0}]`],
  },
  {
    name: "string transforms",
    lines: (i, o, v) => [`${o} = ${v ? i : "'Const'"}.strip().lower().replace(' ', '_')`],
  },
];

/** Steps that always pass the value on (used first, with v = true). */
const PASS = [3, 4, 7, 8, 9, 11, 13, 15, 18, 20, 21];

interface Sink {
  name: string;
  imports: string;
  lines: string[];
}

const SINKS: Record<string, Sink[]> = {
  "CWE-78": [
    { name: "os.system f-string", imports: "import os", lines: ["os.system(f'ls {bar}')", "return 'ok'"] },
    {
      name: "Popen shell=True",
      imports: "import subprocess",
      lines: [
        "p = subprocess.Popen('echo ' + bar, shell=True, stdout=subprocess.PIPE)",
        "return p.communicate()[0]",
      ],
    },
    {
      name: "subprocess.getoutput",
      imports: "import subprocess",
      lines: ["return subprocess.getoutput('cat ' + bar)"],
    },
    {
      name: "call with sh -c list",
      imports: "import subprocess",
      lines: ["args = ['/bin/sh', '-c', 'echo ' + bar]", "subprocess.call(args)", "return 'ok'"],
    },
  ],
  "CWE-89": [
    {
      name: "sqlite3 query variable",
      imports: "import sqlite3",
      lines: [
        'sql = "SELECT * FROM users WHERE name = \'" + bar + "\'"',
        "conn = sqlite3.connect('app.db')",
        "return str(conn.cursor().execute(sql).fetchall())",
      ],
    },
    {
      name: "psycopg2 f-string",
      imports: "import psycopg2",
      lines: [
        "conn = psycopg2.connect('dbname=app')",
        "cur = conn.cursor()",
        "cur.execute(f\"DELETE FROM sessions WHERE token = '{bar}'\")",
        "return 'ok'",
      ],
    },
    {
      name: "sqlite3 executemany template",
      imports: "import sqlite3",
      lines: [
        "conn = sqlite3.connect('app.db')",
        "conn.executemany(\"INSERT INTO t(a, b) VALUES (?, '%s')\" % bar, [(1,), (2,)])",
        "return 'ok'",
      ],
    },
  ],
  "CWE-90": [
    {
      name: "ldap3 filter variable",
      imports: "from ldap3 import Server, Connection",
      lines: [
        "flt = '(&(objectclass=person)(mail=' + bar + '))'",
        "conn = Connection(Server('ldap://localhost'), auto_bind=True)",
        "conn.search('dc=example,dc=com', flt)",
        "return str(conn.entries)",
      ],
    },
    {
      name: "python-ldap search_s format",
      imports: "import ldap",
      lines: [
        "con = ldap.initialize('ldap://localhost')",
        "res = con.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, '(uid={})'.format(bar))",
        "return str(res)",
      ],
    },
  ],
  "CWE-22": [
    {
      name: "open in a base folder",
      imports: "import os",
      lines: ["path = os.path.join('/srv/data', bar)", "with open(path, 'rb') as f:", "    return f.read()"],
    },
    {
      name: "pathlib write_text",
      imports: "import pathlib",
      lines: ["pathlib.Path('/srv/out/' + bar).write_text('data')", "return 'ok'"],
    },
    { name: "os.unlink f-string", imports: "import os", lines: ["os.unlink(f'/tmp/{bar}')", "return 'ok'"] },
    {
      name: "send_file",
      imports: "from flask import send_file",
      lines: ["return send_file(os.path.join('/srv/static', bar))"],
    },
  ],
  "CWE-501": [
    { name: "session item", imports: "", lines: ["session['user'] = bar", "return 'ok'"] },
    {
      name: "flask.session.update",
      imports: "import flask",
      lines: ["flask.session.update({'role': bar})", "return 'ok'"],
    },
  ],
  "CWE-643": [
    {
      name: "lxml root.xpath variable",
      imports: "from lxml import etree",
      lines: [
        "root = etree.parse('users.xml').getroot()",
        'query = "//user[@id=\'" + bar + "\']/email"',
        "return str(root.xpath(query))",
      ],
    },
    {
      name: "etree.XPath compiled",
      imports: "from lxml import etree",
      lines: ["find = etree.XPath(f\"//item[name='{bar}']\")", "return str(find(etree.parse('items.xml')))"],
    },
    {
      name: "ElementTree iterfind",
      imports: "import xml.etree.ElementTree as ET",
      lines: [
        "tree = ET.parse('users.xml')",
        'return str([e.text for e in tree.iterfind(".//user[@name=\'" + bar + "\']")])',
      ],
    },
  ],
  "CWE-79": [
    { name: "returned f-string", imports: "", lines: ["return f'<p>Welcome {bar}</p>'"] },
    {
      name: "response built in steps",
      imports: "",
      lines: ["out = '<html><body>'", "out += '<b>' + bar + '</b>'", "out += '</body></html>'", "return out"],
    },
    {
      name: "make_response format",
      imports: "",
      lines: ["return make_response('<div>{}</div>'.format(bar))"],
    },
    {
      name: "Response text/html",
      imports: "from flask import Response",
      lines: ["return Response('<i>%s</i>' % bar, content_type='text/html')"],
    },
  ],
  "CWE-94": [
    { name: "eval", imports: "", lines: ["return str(eval(bar))"] },
    { name: "exec with a namespace", imports: "", lines: ["ns = {}", "exec(bar, ns)", "return str(ns)"] },
  ],
  "CWE-502": [
    {
      name: "pickle.loads of hex",
      imports: "import pickle",
      lines: ["obj = pickle.loads(bytes.fromhex(bar))", "return str(obj)"],
    },
    {
      name: "yaml.unsafe_load",
      imports: "import yaml",
      lines: ["return str(yaml.unsafe_load(bar))"],
    },
    {
      name: "yaml.load FullLoader",
      imports: "import yaml",
      lines: ["return str(yaml.load(bar, Loader=yaml.UnsafeLoader))"],
    },
  ],
  "CWE-601": [
    { name: "redirect variable", imports: "", lines: ["url = bar", "return redirect(url, code=302)"] },
    {
      name: "redirect with a query",
      imports: "",
      lines: ["return redirect(bar + '?from=login')"],
    },
  ],
  "CWE-611": [
    {
      name: "lxml parser resolving entities",
      imports: "from lxml import etree",
      lines: [
        "parser = etree.XMLParser(resolve_entities=True, no_network=False)",
        "doc = etree.fromstring(bar.encode('utf-8'), parser=parser)",
        "return doc.tag",
      ],
    },
    {
      name: "sax with external general entities",
      imports: "import io\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges",
      lines: [
        "reader = xml.sax.make_parser()",
        "reader.setFeature(feature_external_ges, True)",
        "reader.parse(io.StringIO(bar))",
        "return 'ok'",
      ],
    },
  ],
};

/** Sanitiser pairs: the vulnerable view lacks the sanitiser, the safe one states it (same source and steps). */
const SANITISERS: Record<string, [Sink, Sink][]> = {
  "CWE-78": [
    [
      { name: "no quoting", imports: "import os", lines: ["os.system('wc -l ' + bar)", "return 'ok'"] },
      {
        name: "shlex.quote",
        imports: "import os, shlex",
        lines: ["os.system('wc -l ' + shlex.quote(bar))", "return 'ok'"],
      },
    ],
  ],
  "CWE-89": [
    [
      {
        name: "%-formatted query",
        imports: "import sqlite3",
        lines: [
          "c = sqlite3.connect('a.db')",
          "return str(c.execute('SELECT * FROM t WHERE k = \"%s\"' % bar).fetchall())",
        ],
      },
      {
        name: "bound parameter",
        imports: "import sqlite3",
        lines: [
          "c = sqlite3.connect('a.db')",
          "return str(c.execute('SELECT * FROM t WHERE k = ?', [bar]).fetchall())",
        ],
      },
    ],
  ],
  "CWE-22": [
    [
      {
        name: "joined name",
        imports: "import os",
        lines: ["return open(os.path.join('/srv/up', bar)).read()"],
      },
      {
        name: "secure_filename",
        imports: "import os\nfrom werkzeug.utils import secure_filename",
        lines: ["return open(os.path.join('/srv/up', secure_filename(bar))).read()"],
      },
    ],
    [
      {
        name: "send_file",
        imports: "from flask import send_file",
        lines: ["return send_file('/srv/pub/' + bar)"],
      },
      {
        name: "send_from_directory",
        imports: "from flask import send_from_directory",
        lines: ["return send_from_directory('/srv/pub', bar)"],
      },
    ],
  ],
  "CWE-79": [
    [
      { name: "raw body", imports: "", lines: ["return '<p>' + bar + '</p>'"] },
      { name: "html.escape", imports: "import html", lines: ["return '<p>' + html.escape(bar) + '</p>'"] },
    ],
    [
      {
        name: "text/html response",
        imports: "from flask import Response",
        lines: ["return Response(bar, mimetype='text/html')"],
      },
      {
        name: "text/plain response",
        imports: "from flask import Response",
        lines: ["return Response(bar, mimetype='text/plain')"],
      },
    ],
    [
      { name: "string body", imports: "", lines: ["return 'value: ' + bar"] },
      { name: "jsonify", imports: "", lines: ["return jsonify(value=bar)"] },
    ],
  ],
  "CWE-601": [
    [
      { name: "redirect", imports: "", lines: ["return redirect(bar)"] },
      // Written as a safe twin, relabelled vulnerable after batch 6 by CWE-601's definition (a redirect to a
      // user-supplied external site): urlparse('////evil.com').path is '//evil.com' (and 'https://a//evil.com'
      // gives '//evil.com'), a network-path reference browsers follow to evil.com. `build` marks it vulnerable.
      {
        name: "path of the parsed URL only",
        imports: "from urllib.parse import urlparse",
        lines: ["return redirect(urlparse(bar).path or '/')"],
      },
    ],
  ],
  "CWE-611": [
    [
      {
        name: "sax resolving entities",
        imports: "import io\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges",
        lines: [
          "r = xml.sax.make_parser()",
          "r.setFeature(feature_external_ges, True)",
          "r.parse(io.StringIO(bar))",
          "return 'ok'",
        ],
      },
      {
        name: "sax with external entities off",
        imports: "import io\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges",
        lines: [
          "r = xml.sax.make_parser()",
          "r.setFeature(feature_external_ges, False)",
          "r.parse(io.StringIO(bar))",
          "return 'ok'",
        ],
      },
    ],
    [
      {
        name: "lxml entities on",
        imports: "from lxml import etree",
        lines: [
          "p = etree.XMLParser(resolve_entities=True)",
          "return etree.tostring(etree.fromstring(bar, p))",
        ],
      },
      {
        name: "defusedxml.lxml-free parse",
        imports: "from defusedxml import ElementTree as DET",
        lines: ["return DET.fromstring(bar).tag"],
      },
    ],
  ],
  "CWE-502": [
    [
      {
        name: "pickle",
        imports: "import pickle, base64",
        lines: ["return str(pickle.loads(base64.b64decode(bar)))"],
      },
      {
        name: "json",
        imports: "import json, base64",
        lines: ["return str(json.loads(base64.b64decode(bar)))"],
      },
    ],
  ],
  "CWE-90": [
    [
      {
        name: "raw filter",
        imports: "import ldap",
        lines: [
          "c = ldap.initialize('ldap://h')",
          "return str(c.search_s('dc=x', ldap.SCOPE_SUBTREE, '(cn=' + bar + ')'))",
        ],
      },
      {
        name: "ldap.filter.escape_filter_chars",
        imports: "import ldap\nimport ldap.filter",
        lines: [
          "c = ldap.initialize('ldap://h')",
          "return str(c.search_s('dc=x', ldap.SCOPE_SUBTREE, '(cn=' + ldap.filter.escape_filter_chars(bar) + ')'))",
        ],
      },
    ],
  ],
};

const HEAD =
  "from flask import Flask, request, redirect, session, make_response, jsonify\nimport os\napp = Flask(__name__)\n";

function view(src: Src, steps: [Step, boolean][], sink: Sink, name: string): string {
  const imports = [src.imports, ...steps.map(([s]) => s.imports), sink.imports].filter(Boolean);
  const top = steps.map(([s, v]) => (s.top ? s.top(v) : "")).join("");
  const body = [...src.lines];
  let cur = "param";
  steps.forEach(([s, v], k) => {
    const out = k === steps.length - 1 ? "bar" : `step${k + 1}`;
    body.push(...s.lines(cur, out, v));
    cur = out;
  });
  if (!steps.length) body.push("bar = param");
  body.push(...sink.lines);
  return (
    HEAD +
    [...new Set(imports)].join("\n") +
    (imports.length ? "\n" : "") +
    "\n" +
    top +
    `@app.route('/${name}${src.route ?? ""}', methods=['GET', 'POST'])\ndef ${name}(${src.args ?? ""}):\n` +
    body.map((l) => "    " + l).join("\n") +
    "\n"
  );
}

function build(): DevCase[] {
  const out: DevCase[] = [];
  let n = 0;
  let si = 0;
  let di = 0;
  let pi = 0;
  const cats = Object.keys(SINKS);
  cats.forEach((cwe, ci) => {
    const sinks = SINKS[cwe]!;
    // Five pairs per class: a passing step, then the deciding step (the twin makes it select a constant).
    for (let k = 0; k < 5; k++) {
      const src = SOURCES[si++ % SOURCES.length]!;
      const decide = STEPS[di++ % STEPS.length]!;
      let pass = STEPS[PASS[pi++ % PASS.length]!]!;
      if (pass === decide) pass = STEPS[PASS[pi++ % PASS.length]!]!;
      const sink = sinks[(k + ci) % sinks.length]!;
      const chain = k === 4 ? [[decide]] : [[pass], [decide]];
      for (const v of [true, false]) {
        const steps = chain.map(([s]) => [s!, s === decide ? v : true] as [Step, boolean]);
        const note = `${src.name} -> ${steps.map(([s]) => s.name).join(" -> ")} -> ${sink.name}`;
        out.push(py(cwe, v, note, view(src, steps, sink, `v${String(++n).padStart(3, "0")}`)));
      }
    }
    // Sanitiser pairs.
    for (const [bad, good] of SANITISERS[cwe] ?? []) {
      const src = SOURCES[si++ % SOURCES.length]!;
      const pass = STEPS[PASS[pi++ % PASS.length]!]!;
      for (const [v, sink] of [
        [true, bad],
        [false, good],
      ] as [boolean, Sink][]) {
        const note = `${src.name} -> ${pass.name} -> ${v ? "unsanitised" : "sanitiser"}: ${sink.name}`;
        const vuln = v || sink.name === "path of the parsed URL only";
        out.push(py(cwe, vuln, note, view(src, [[pass, true]], sink, `v${String(++n).padStart(3, "0")}`)));
      }
    }
  });
  return out;
}

const F = "from flask import Flask, request, session, make_response\napp = Flask(__name__)\n";
const r = (name: string, body: string[]) =>
  `@app.route('/${name}')\ndef ${name}():\n` + body.map((l) => "    " + l).join("\n") + "\n";
/** A pair: the same view with the weak and the strong choice substituted for `$`. */
const pair = (
  cwe: string,
  note: string,
  top: string,
  body: string[],
  weak: string,
  strong: string,
): DevCase[] =>
  [true, false].map((v) =>
    py(
      cwe,
      v,
      `${note} (${v ? weak : strong})`,
      F +
        top.replaceAll("$", v ? weak : strong) +
        r(
          `c${cwe.slice(4)}`,
          body.map((l) => l.replaceAll("$", v ? weak : strong)),
        ),
    ),
  );

const CHOICES: DevCase[] = [
  // --- CWE-328 weak hash ---
  ...pair(
    "CWE-328",
    "algorithm from a config string read at the hash key",
    "import configparser, hashlib\nCONF = configparser.ConfigParser()\nCONF.read_string('[crypto]\\nhash = $\\ncipher = aes\\n')\n",
    [
      "alg = CONF.get('crypto', 'hash')",
      "h = hashlib.new(alg)",
      "h.update(request.args.get('p', '').encode())",
      "return h.hexdigest()",
    ],
    "md5",
    "sha256",
  ),
  ...pair(
    "CWE-328",
    "algorithm from a module constant",
    "import hashlib\nHASH_ALG = '$'\n",
    ["d = hashlib.new(HASH_ALG, request.cookies.get('c', '').encode())", "return d.hexdigest()"],
    "sha1",
    "sha512",
  ),
  ...pair(
    "CWE-328",
    "algorithm returned by a helper",
    "import hashlib\ndef digest_name():\n    return '$'\n",
    ["h = hashlib.new(digest_name())", "h.update(request.get_data())", "return h.hexdigest()"],
    "md4",
    "blake2b",
  ),
  ...pair(
    "CWE-328",
    "hash constructor chosen by getattr with a constant name",
    "import hashlib\n",
    ["fn = getattr(hashlib, '$')", "return fn(request.form.get('pw', '').encode()).hexdigest()"],
    "md5",
    "sha3_256",
  ),
  ...pair(
    "CWE-328",
    "hash function from a dict of constructors at a constant key",
    "import hashlib\nHASHERS = {'legacy': hashlib.md5, 'modern': hashlib.sha256}\n",
    [
      "hasher = HASHERS['$']()",
      "hasher.update(request.values.get('v', '').encode())",
      "return hasher.hexdigest()",
    ],
    "legacy",
    "modern",
  ),
  ...pair(
    "CWE-328",
    "algorithm list and a constant index",
    "import hashlib\nALGS = ['md5', 'sha256']\n",
    ["h = hashlib.new(ALGS[$])", "h.update(request.headers.get('X-P', '').encode())", "return h.hexdigest()"],
    "0",
    "1",
  ),
  ...pair(
    "CWE-328",
    "cryptography hash class from a constant branch",
    "from cryptography.hazmat.primitives import hashes\n",
    [
      "if 10 > $:",
      "    algo = hashes.SHA1()",
      "else:",
      "    algo = hashes.SHA256()",
      "d = hashes.Hash(algo)",
      "d.update(request.get_data())",
      "return d.finalize().hex()",
    ],
    "5",
    "50",
  ),
  // --- CWE-327 weak cipher ---
  ...pair(
    "CWE-327",
    "cipher module chosen from a dict",
    "from Crypto.Cipher import AES, DES\nimport os\nCIPHERS = {'old': DES, 'new': AES}\n",
    [
      "mod = CIPHERS['$']",
      "c = mod.new(os.urandom(16 if mod is AES else 8), mod.MODE_EAX)",
      "ct, tag = c.encrypt_and_digest(request.get_data())",
      "return ct.hex()",
    ],
    "old",
    "new",
  ),
  ...pair(
    "CWE-327",
    "mode from a module constant",
    "from Crypto.Cipher import AES\nimport os\nMODE = AES.$\n",
    ["c = AES.new(os.urandom(16), MODE)", "return c.encrypt(request.get_data().ljust(16, b'0')[:16]).hex()"],
    "MODE_ECB",
    "MODE_GCM",
  ),
  ...pair(
    "CWE-327",
    "cryptography algorithm by a constant ternary",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nimport os\n",
    [
      "legacy = $",
      "alg = algorithms.TripleDES(os.urandom(24)) if legacy else algorithms.AES(os.urandom(32))",
      "enc = Cipher(alg, modes.CBC(os.urandom(alg.block_size // 8))).encryptor()",
      "return enc.update(request.get_data().ljust(16, b'0')[:16]).hex()",
    ],
    "True",
    "False",
  ),
  ...pair(
    "CWE-327",
    "cipher name from config passed to a factory",
    "import configparser\nfrom Crypto.Cipher import AES, ARC4\nimport os\nCONF = configparser.ConfigParser()\nCONF.read_string('[c]\\nname = $\\n')\ndef make(name):\n    if name == 'rc4':\n        return ARC4.new(os.urandom(16))\n    return AES.new(os.urandom(16), AES.MODE_GCM)\n",
    ["c = make(CONF.get('c', 'name'))", "return c.encrypt(request.get_data()).hex()"],
    "rc4",
    "aes",
  ),
  // --- CWE-338 weak randomness ---
  ...pair(
    "CWE-338",
    "generator chosen by a module flag",
    "import random\nUSE_SYSTEM = $\n",
    [
      "rng = random.SystemRandom() if USE_SYSTEM else random.Random()",
      "token = '%032x' % rng.getrandbits(128)",
      "session['token'] = token",
      "return 'ok'",
    ],
    "False",
    "True",
  ),
  ...pair(
    "CWE-338",
    "random function in a dict",
    "import random, secrets\nGENS = {'fast': random.randint, 'safe': secrets.randbelow}\n",
    [
      "gen = GENS['$']",
      "val = gen(10**9) if gen is secrets.randbelow else gen(0, 10**9)",
      "resp = make_response('ok')",
      "resp.set_cookie('remember', str(val), secure=True, httponly=True)",
      "return resp",
    ],
    "fast",
    "safe",
  ),
  ...pair(
    "CWE-338",
    "token helper",
    "import random, secrets, string\ndef token(n):\n    return ''.join($(string.ascii_letters) for _ in range(n))\n",
    ["session['csrf'] = token(24)", "return 'ok'"],
    "random.choice",
    "secrets.choice",
  ),
  ...pair(
    "CWE-338",
    "random float for a password reset id",
    "import random, secrets\n",
    ["reset_id = str($)[2:]", "session['reset'] = reset_id", "return 'sent'"],
    "random.random()",
    "secrets.randbits(64)",
  ),
  ...pair(
    "CWE-338",
    "random.choices for an API key",
    "import random, secrets, string\n",
    ["key = ''.join($)", "return {'key': key}"],
    "random.choices(string.hexdigits, k=32)",
    "secrets.choice(string.hexdigits) for _ in range(32)",
  ),
  ...pair(
    "CWE-338",
    "shuffled digits for a one-time code",
    "import random\n",
    [
      "digits = list('0123456789')",
      "$.shuffle(digits)",
      "session['otp'] = ''.join(digits[:6])",
      "return 'ok'",
    ],
    "random",
    "random.SystemRandom()",
  ),
  // --- CWE-614 insecure cookie ---
  ...pair(
    "CWE-614",
    "secure flag from a module constant",
    "SECURE_COOKIES = $\n",
    [
      "resp = make_response('ok')",
      "resp.set_cookie('sid', request.args.get('v', ''), secure=SECURE_COOKIES, httponly=True)",
      "return resp",
    ],
    "False",
    "True",
  ),
  ...pair(
    "CWE-614",
    "cookie options from a dict",
    "OPTS = {'secure': $, 'httponly': True, 'samesite': 'Lax'}\n",
    ["resp = make_response('ok')", "resp.set_cookie('pref', 'dark', **OPTS)", "return resp"],
    "False",
    "True",
  ),
  ...pair(
    "CWE-614",
    "secure flag by a constant condition",
    "",
    [
      "num = 7",
      "secure = num * 3 > $",
      "resp = make_response('ok')",
      "resp.set_cookie('session_hint', 'x', secure=secure, httponly=True)",
      "return resp",
    ],
    "50",
    "5",
  ),
  ...pair(
    "CWE-614",
    "secure flag from config",
    "import configparser\nCONF = configparser.ConfigParser()\nCONF.read_string('[cookie]\\nsecure = $\\n')\n",
    [
      "resp = make_response('ok')",
      "resp.set_cookie('sid', 'v', secure=CONF.getboolean('cookie', 'secure'), httponly=True)",
      "return resp",
    ],
    "no",
    "yes",
  ),
  ...pair(
    "CWE-614",
    "cookie helper with a keyword flag",
    "def store(resp, name, value, secure):\n    resp.set_cookie(name, value, secure=secure, httponly=True)\n    return resp\n",
    ["return store(make_response('ok'), 'cart', request.cookies.get('cart', ''), $)"],
    "False",
    "True",
  ),
];

export const CASES: DevCase[] = [...build(), ...CHOICES];
