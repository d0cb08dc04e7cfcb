// Dev suite "py-web", batch 52 (see py-web.ts): written blind (without reading the analyzer's rules) and measured
// before any fix. OWASP-Benchmark-style Flask / Django / FastAPI views (eighth wave), written the way a benchmark
// generator writes them: many near-identical small programs, each one source (query / form / header / cookie / path
// parameter / JSON body / multi-value), one or two propagation steps from a fixed menu (a helper in another class, a
// Thing interface with several implementations picked by a module constant, a dict put/get at constant keys, list
// append/pop then an index, a StringIO / join builder, a match on a constant char, a conditional expression on a
// constant arithmetic test, base64 round trip, URL decoding, a do_something helper returning the value or a
// constant) and one sink. The safe twin flips the one constant that makes the step select a constant (key, index,
// implementation, char, arithmetic) or, where the steps have no such choice, uses a real sanitiser or safe API at
// the sink. Non-taint categories (weak randomness, hash, cipher, cookie flags) vary the API or flag. The combinations
// are enumerated deterministically. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { dedent } from "./py-web-batch28.js";

type Fw = "flask" | "django" | "fastapi";

interface Source {
  fw: Fw;
  name: string;
  /** Body lines leaving the untrusted value in `param` (use NAME for the parameter name). */
  lines: string[];
  /** Flask route suffix / Django extra argument / FastAPI extra parameters. */
  path?: boolean;
  fastapiParams?: string;
}

const SOURCES: Source[] = [
  { fw: "flask", name: "query parameter", lines: ["param = request.args.get('NAME', '')"] },
  { fw: "django", name: "GET parameter", lines: ["param = request.GET.get('NAME', '')"] },
  { fw: "fastapi", name: "query parameter", lines: ["param = value"], fastapiParams: "value: str = ''" },
  { fw: "flask", name: "form field", lines: ["param = request.form.get('NAME', '')"] },
  {
    fw: "django",
    name: "POST multi-value",
    lines: ["values = request.POST.getlist('NAME')", "param = values[0] if values else ''"],
  },
  {
    fw: "fastapi",
    name: "header",
    lines: ["param = benchmark_test"],
    fastapiParams: "benchmark_test: str = Header('')",
  },
  { fw: "flask", name: "header", lines: ["param = request.headers.get('NAME', '')"] },
  { fw: "django", name: "cookie", lines: ["param = request.COOKIES.get('NAME', 'noCookieValueSupplied')"] },
  {
    fw: "fastapi",
    name: "JSON body",
    lines: ["data = await request.json()", "param = str(data.get('NAME', ''))"],
  },
  { fw: "flask", name: "cookie", lines: ["param = request.cookies.get('NAME', 'noCookieValueSupplied')"] },
  { fw: "django", name: "path parameter", lines: ["param = value"], path: true },
  {
    fw: "flask",
    name: "multi-value query",
    lines: ["values = request.args.getlist('NAME')", "param = values[0] if values else ''"],
  },
  {
    fw: "fastapi",
    name: "cookie",
    lines: ["param = benchmark_cookie"],
    fastapiParams: "benchmark_cookie: str = Cookie('')",
  },
  {
    fw: "flask",
    name: "JSON body",
    lines: ["data = request.get_json(silent=True) or {}", "param = str(data.get('NAME', ''))"],
  },
  { fw: "django", name: "header", lines: ["param = request.META.get('HTTP_NAME', '')"] },
  { fw: "flask", name: "path parameter", lines: ["param = value"], path: true },
  {
    fw: "fastapi",
    name: "request.query_params",
    lines: ["param = request.query_params.get('NAME', '')"],
  },
];

/** A propagation step from `inp` to `out`; `safe` makes a choice step select its constant. */
interface Prop {
  name: string;
  choice: boolean;
  imports?: string[];
  module?: (safe: boolean) => string[];
  lines: (inp: string, out: string, safe: boolean) => string[];
}

const PROPS: Prop[] = [
  {
    name: "conditional expression on constant arithmetic",
    choice: true,
    lines: (i, o, s) => [
      "num = 106",
      `${o} = 'This should never happen' if ${s ? "(7 * 18) + num > 200" : "(7 * 42) - num > 200"} else ${i}`,
    ],
  },
  {
    name: "dict put/get at constant keys",
    choice: true,
    lines: (i, o, s) => [
      "map52 = {}",
      "map52['keyA-52'] = 'a-Value'",
      `map52['keyB-52'] = ${i}`,
      "map52['keyC'] = 'another-Value'",
      `${o} = map52['${s ? "keyA-52" : "keyB-52"}']`,
    ],
  },
  {
    name: "list append/pop then index",
    choice: true,
    lines: (i, o, s) => [
      "values_list = []",
      "values_list.append('safe')",
      `values_list.append(${i})`,
      "values_list.append('moresafe')",
      "values_list.pop(0)",
      `${o} = values_list[${s ? 1 : 0}]`,
    ],
  },
  {
    name: "match on a constant char",
    choice: true,
    lines: (i, o, s) => [
      "guess = 'ABC'",
      `switch_target = guess[${s ? 1 : 2}]`,
      "match switch_target:",
      "    case 'A':",
      `        ${o} = ${i}`,
      "    case 'B':",
      `        ${o} = 'bobs_your_uncle'`,
      "    case 'C' | 'D':",
      `        ${o} = ${i}`,
      "    case _:",
      `        ${o} = 'bobs_your_uncle'`,
    ],
  },
  {
    name: "Thing implementation picked by a module constant",
    choice: true,
    module: (s) => [
      "class ThingInterface:",
      "    def do_something(self, value):",
      "        raise NotImplementedError",
      "",
      "",
      "class Thing1(ThingInterface):",
      "    def do_something(self, value):",
      "        return value",
      "",
      "",
      "class Thing2(ThingInterface):",
      "    def do_something(self, value):",
      "        return 'thing2-fixed-value'",
      "",
      "",
      `THING_IMPL = '${s ? "Thing2" : "Thing1"}'`,
      "THINGS = {'Thing1': Thing1, 'Thing2': Thing2}",
      "",
      "",
      "def create_thing():",
      "    return THINGS[THING_IMPL]()",
    ],
    lines: (i, o) => ["thing = create_thing()", `${o} = thing.do_something(${i})`],
  },
  {
    name: "static helper in another class",
    choice: true,
    module: (s) => [
      "class Helper52:",
      "    @staticmethod",
      "    def do_something(value):",
      "        num = 196",
      `        if (500 / 42) ${s ? "-" : "+"} num > 200:`,
      "            bar = value",
      "        else:",
      "            bar = 'This should never happen'",
      "        return bar",
    ],
    lines: (i, o) => [`${o} = Helper52.do_something(${i})`],
  },
  {
    name: "StringIO builder",
    choice: false,
    imports: ["import io"],
    lines: (i, o) => ["sb = io.StringIO()", `sb.write(${i})`, `${o} = sb.getvalue()`],
  },
  {
    name: "base64 round trip",
    choice: false,
    imports: ["import base64"],
    lines: (i, o) => [
      `encoded = base64.b64encode(${i}.encode('utf-8'))`,
      `${o} = base64.b64decode(encoded).decode('utf-8')`,
    ],
  },
  {
    name: "do_something function returning the value or a constant",
    choice: true,
    module: (s) => [
      "def do_something(value):",
      `    num = ${s ? 86 : 106}`,
      "    if (7 * 42) - num > 200:",
      "        bar = 'This_should_always_happen'",
      "    else:",
      "        bar = value",
      "    return bar",
    ],
    lines: (i, o) => [`${o} = do_something(${i})`],
  },
  {
    name: "URL decoding",
    choice: false,
    imports: ["import urllib.parse"],
    lines: (i, o) => [`${o} = urllib.parse.unquote_plus(${i})`],
  },
  {
    name: "join builder",
    choice: false,
    lines: (i, o) => ["parts = []", `parts.append(${i}.strip())`, `${o} = ''.join(parts)`],
  },
];

/** A sink reading `bar`; `safe` selects the sanitiser / safe API. `json(x)` / `html(x)` build a response. */
interface Sink {
  cwe: string;
  name: string;
  taint: boolean;
  imports: (fw: Fw) => string[];
  module?: string[];
  lines: (fw: Fw, safe: boolean) => string[];
}

const json = (fw: Fw, expr: string): string =>
  fw === "django"
    ? `return JsonResponse(${expr})`
    : fw === "flask"
      ? `return jsonify(${expr})`
      : `return ${expr}`;
const html = (fw: Fw, expr: string): string =>
  fw === "django"
    ? `return HttpResponse(${expr})`
    : fw === "flask"
      ? `return ${expr}`
      : `return HTMLResponse(${expr})`;

const SINKS: Sink[] = [
  {
    cwe: "CWE-78",
    name: "subprocess.run(shell=True) vs an argument list",
    taint: true,
    imports: () => ["import subprocess"],
    lines: (fw, s) => [
      s
        ? "result = subprocess.run(['echo', bar], capture_output=True, text=True)"
        : "result = subprocess.run('echo ' + bar, shell=True, capture_output=True, text=True)",
      json(fw, "{'output': result.stdout}"),
    ],
  },
  {
    cwe: "CWE-78",
    name: "os.system vs shlex.quote",
    taint: true,
    imports: () => ["import os", "import shlex"],
    lines: (fw, s) => [
      `rc = os.system('ls -l ' + ${s ? "shlex.quote(bar)" : "bar"})`,
      json(fw, "{'rc': rc}"),
    ],
  },
  {
    cwe: "CWE-89",
    name: "concatenated query vs ? placeholder",
    taint: true,
    imports: () => ["import sqlite3"],
    lines: (fw, s) => [
      "conn = sqlite3.connect('bench.db')",
      "cur = conn.cursor()",
      s
        ? "cur.execute('SELECT * FROM USERS WHERE USERNAME = ? AND PASSWORD = ?', (bar, 'foo'))"
        : "cur.execute(\"SELECT * FROM USERS WHERE USERNAME = 'foo' AND PASSWORD = '\" + bar + \"'\")",
      "rows = cur.fetchall()",
      "conn.close()",
      json(fw, "{'count': len(rows)}"),
    ],
  },
  {
    cwe: "CWE-89",
    name: "%-formatted query vs bound parameter",
    taint: true,
    imports: () => ["import sqlite3"],
    lines: (fw, s) => [
      "conn = sqlite3.connect('bench.db')",
      s
        ? "rows = conn.execute('SELECT name FROM products WHERE category = ?', (bar,)).fetchall()"
        : "rows = conn.execute(\"SELECT name FROM products WHERE category = '%s'\" % bar).fetchall()",
      "conn.close()",
      json(fw, "{'names': [r[0] for r in rows]}"),
    ],
  },
  {
    cwe: "CWE-22",
    name: "open(os.path.join(base, bar)) vs realpath containment check",
    taint: true,
    imports: () => ["import os"],
    module: ["TESTFILES_DIR = '/srv/bench/testfiles'"],
    lines: (fw, s) => [
      "file_name = os.path.join(TESTFILES_DIR, bar)",
      ...(s
        ? [
            "file_name = os.path.realpath(file_name)",
            "if not file_name.startswith(TESTFILES_DIR + os.sep):",
            `    ${json(fw, "{'error': 'invalid path'}")}`,
          ]
        : []),
      "with open(file_name, 'r') as fh:",
      "    content = fh.read(1000)",
      json(fw, "{'content': content}"),
    ],
  },
  {
    cwe: "CWE-22",
    name: "os.remove on a joined path vs os.path.basename",
    taint: true,
    imports: () => ["import os"],
    module: ["UPLOAD_DIR = '/srv/bench/uploads'"],
    lines: (fw, s) => [
      `target = os.path.join(UPLOAD_DIR, ${s ? "os.path.basename(bar)" : "bar"})`,
      "if os.path.isfile(target):",
      "    os.remove(target)",
      json(fw, "{'deleted': target}"),
    ],
  },
  {
    cwe: "CWE-79",
    name: "value in an HTML response vs html.escape",
    taint: true,
    imports: () => ["import html as html_lib"],
    lines: (fw, s) => [
      `body = '<p>Parameter value: ' + ${s ? "html_lib.escape(bar)" : "bar"} + '</p>'`,
      html(fw, "body"),
    ],
  },
  {
    cwe: "CWE-79",
    name: "%-formatted HTML response vs markupsafe.escape",
    taint: true,
    imports: () => ["from markupsafe import escape"],
    lines: (fw, s) => [`out = '<div>Hello, %s!</div>' % ${s ? "escape(bar)" : "bar"}`, html(fw, "out")],
  },
  {
    cwe: "CWE-90",
    name: "ldap3 search filter concatenation vs escape_filter_chars",
    taint: true,
    imports: () => [
      "from ldap3 import Server, Connection",
      "from ldap3.utils.conv import escape_filter_chars",
    ],
    lines: (fw, s) => [
      "conn = Connection(Server('ldap://localhost:389'), auto_bind=True)",
      `search_filter = '(&(objectclass=person)(uid=' + ${s ? "escape_filter_chars(bar)" : "bar"} + '))'`,
      "conn.search('ou=users,dc=example,dc=com', search_filter, attributes=['cn'])",
      json(fw, "{'found': len(conn.entries)}"),
    ],
  },
  {
    cwe: "CWE-643",
    name: "lxml xpath concatenation vs an XPath variable",
    taint: true,
    imports: () => ["from lxml import etree"],
    lines: (fw, s) => [
      "tree = etree.parse('employees.xml')",
      s
        ? 'nodes = tree.xpath("/Employees/Employee[@emplid=$emplid]/name/text()", emplid=bar)'
        : 'nodes = tree.xpath("/Employees/Employee[@emplid=\'" + bar + "\']/name/text()")',
      json(fw, "{'names': [str(n) for n in nodes]}"),
    ],
  },
  {
    cwe: "CWE-501",
    name: "value stored in the session vs an allow-listed value",
    taint: true,
    imports: () => [],
    module: ["KNOWN_ROLES = {'viewer', 'editor'}"],
    lines: (fw, s) => [
      ...(s ? ["if bar not in KNOWN_ROLES:", "    bar = 'viewer'"] : []),
      fw === "flask" ? "session['userRole'] = bar" : "request.session['userRole'] = bar",
      json(fw, "{'stored': True}"),
    ],
  },
  {
    cwe: "CWE-601",
    name: "redirect to the value vs an allow-listed path",
    taint: true,
    imports: () => [],
    module: ["ALLOWED_TARGETS = {'/home', '/account', '/help'}"],
    lines: (fw, s) => [
      ...(s ? ["if bar not in ALLOWED_TARGETS:", "    bar = '/home'"] : []),
      fw === "flask"
        ? "return redirect(bar)"
        : fw === "django"
          ? "return HttpResponseRedirect(bar)"
          : "return RedirectResponse(bar)",
    ],
  },
  {
    cwe: "CWE-502",
    name: "pickle.loads of base64-decoded value vs json.loads",
    taint: true,
    imports: () => ["import base64", "import json", "import pickle"],
    lines: (fw, s) => [
      "raw = base64.b64decode(bar)",
      `obj = ${s ? "json.loads(raw)" : "pickle.loads(raw)"}`,
      json(fw, "{'type': type(obj).__name__}"),
    ],
  },
  {
    cwe: "CWE-502",
    name: "yaml.load(Loader=yaml.Loader) vs yaml.safe_load",
    taint: true,
    imports: () => ["import yaml"],
    lines: (fw, s) => [
      `obj = ${s ? "yaml.safe_load(bar)" : "yaml.load(bar, Loader=yaml.Loader)"}`,
      json(fw, "{'type': type(obj).__name__}"),
    ],
  },
  {
    cwe: "CWE-611",
    name: "lxml parser resolving entities vs defusedxml",
    taint: true,
    imports: () => ["from lxml import etree", "import defusedxml.ElementTree as DET"],
    lines: (fw, s) => [
      s
        ? "root = DET.fromstring(bar)"
        : "root = etree.fromstring(bar.encode('utf-8'), etree.XMLParser(resolve_entities=True, no_network=False))",
      json(fw, "{'tag': root.tag}"),
    ],
  },
  {
    cwe: "CWE-611",
    name: "xml.sax with external general entities on vs off",
    taint: true,
    imports: () => ["import io", "import xml.sax", "from xml.sax.handler import feature_external_ges"],
    lines: (fw, s) => [
      "parser = xml.sax.make_parser()",
      `parser.setFeature(feature_external_ges, ${s ? "False" : "True"})`,
      "handler = xml.sax.ContentHandler()",
      "parser.setContentHandler(handler)",
      "parser.parse(io.StringIO(bar))",
      json(fw, "{'parsed': True}"),
    ],
  },
  {
    cwe: "CWE-94",
    name: "eval of the value vs ast.literal_eval",
    taint: true,
    imports: () => ["import ast"],
    lines: (fw, s) => [
      `result = ${s ? "ast.literal_eval(bar)" : "eval(bar)"}`,
      json(fw, "{'result': str(result)}"),
    ],
  },
  {
    cwe: "CWE-94",
    name: "exec of a built statement vs a dispatch dict",
    taint: true,
    imports: () => [],
    module: ["def greet(name):", "    return 'hello ' + name", "", "", "ACTIONS = {'greet': greet}"],
    lines: (fw, s) => [
      "scope = {'greet': greet}",
      ...(s
        ? ["result = ACTIONS.get(bar, greet)('guest')"]
        : ["exec('result = ' + bar + \"('guest')\", scope)", "result = scope.get('result')"]),
      json(fw, "{'result': str(result)}"),
    ],
  },
  // --- non-taint categories: the value only travels along; the API or flag decides ---
  {
    cwe: "CWE-338",
    name: "remember-me token from random vs secrets",
    taint: false,
    imports: () => ["import random", "import secrets"],
    lines: (fw, s) => [
      `rand = ${s ? "secrets.randbits(64)" : "random.getrandbits(64)"}`,
      "remember_me_key = format(rand, 'x')",
      json(fw, "{'user': bar, 'rememberMe': remember_me_key}"),
    ],
  },
  {
    cwe: "CWE-338",
    name: "session id from random.choice vs secrets.choice",
    taint: false,
    imports: () => ["import random", "import secrets", "import string"],
    lines: (fw, s) => [
      `sid = ''.join(${s ? "secrets.choice" : "random.choice"}(string.ascii_letters + string.digits) for _ in range(32))`,
      json(fw, "{'user': bar, 'sessionId': sid}"),
    ],
  },
  {
    cwe: "CWE-328",
    name: "hashlib.md5 vs hashlib.sha256 of the value",
    taint: false,
    imports: () => ["import hashlib"],
    lines: (fw, s) => [
      `digest = hashlib.${s ? "sha256" : "md5"}(bar.encode('utf-8')).hexdigest()`,
      json(fw, "{'digest': digest}"),
    ],
  },
  {
    cwe: "CWE-328",
    name: "hashlib.new('sha1') vs hashlib.new('sha512') written to a digest file",
    taint: false,
    imports: () => ["import hashlib"],
    lines: (fw, s) => [
      `md = hashlib.new('${s ? "sha512" : "sha1"}')`,
      "md.update(bar.encode('utf-8'))",
      "with open('digests.txt', 'a') as fw_out:",
      "    fw_out.write('hash_value=' + md.hexdigest() + '\\n')",
      json(fw, "{'stored': True}"),
    ],
  },
  {
    cwe: "CWE-327",
    name: "PyCryptodome DES vs AES-GCM",
    taint: false,
    imports: () => ["import os", "from Crypto.Cipher import AES, DES"],
    lines: (fw, s) => [
      ...(s
        ? [
            "cipher = AES.new(os.urandom(32), AES.MODE_GCM)",
            "ct, tag = cipher.encrypt_and_digest(bar.encode('utf-8'))",
          ]
        : [
            "cipher = DES.new(os.urandom(8), DES.MODE_CBC, os.urandom(8))",
            "data = bar.encode('utf-8')",
            "ct = cipher.encrypt(data + b' ' * (8 - len(data) % 8))",
          ]),
      json(fw, "{'ciphertext': ct.hex()}"),
    ],
  },
  {
    cwe: "CWE-327",
    name: "cryptography AES in ECB mode vs GCM",
    taint: false,
    imports: () => [
      "import os",
      "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes",
    ],
    lines: (fw, s) => [
      "key = os.urandom(32)",
      `encryptor = Cipher(algorithms.AES(key), ${s ? "modes.GCM(os.urandom(12))" : "modes.ECB()"}).encryptor()`,
      "data = bar.encode('utf-8').ljust(16 * (len(bar) // 16 + 1), b'\\0')",
      "ct = encryptor.update(data) + encryptor.finalize()",
      json(fw, "{'ciphertext': ct.hex()}"),
    ],
  },
  {
    cwe: "CWE-614",
    name: "set_cookie without secure vs secure=True",
    taint: false,
    imports: () => [],
    lines: (fw, s) => [
      fw === "flask"
        ? "response = make_response('Created cookie')"
        : fw === "django"
          ? "response = HttpResponse('Created cookie')"
          : "response = Response('Created cookie')",
      `response.set_cookie('SomeCookie', bar, ${s ? "secure=True, httponly=True" : "httponly=True"})`,
      "return response",
    ],
  },
  {
    cwe: "CWE-614",
    name: "set_cookie with secure=False vs secure=True",
    taint: false,
    imports: () => [],
    lines: (fw, s) => [
      fw === "flask"
        ? "response = make_response('Remembered')"
        : fw === "django"
          ? "response = HttpResponse('Remembered')"
          : "response = Response('Remembered')",
      `response.set_cookie('rememberMe', bar, max_age=3600, secure=${s ? "True" : "False"}, httponly=True)`,
      "return response",
    ],
  },
];

const FW_HEADER: Record<Fw, string[]> = {
  flask: [
    "from flask import Flask, jsonify, make_response, redirect, request, session",
    "",
    "app = Flask(__name__)",
    "app.secret_key = 'bench-secret'",
  ],
  django: ["from django.http import HttpResponse, HttpResponseRedirect, JsonResponse"],
  fastapi: [
    "from fastapi import Cookie, FastAPI, Header, Request",
    "from fastapi.responses import HTMLResponse, RedirectResponse, Response",
    "",
    "app = FastAPI()",
  ],
};

const indent = (lines: string[], by = "    "): string[] => lines.map((l) => (l ? by + l : l));

function build(
  n: number,
  src: Source,
  props: Prop[],
  sink: Sink,
  safeProp: number,
  safeSink: boolean,
): string {
  const id = `52${String(n).padStart(3, "0")}`;
  const name = `BenchmarkTest${id}`;
  const imports = new Set<string>();
  for (const p of props) for (const i of p.imports ?? []) imports.add(i);
  for (const i of sink.imports(src.fw)) imports.add(i);
  const module: string[] = [];
  props.forEach((p, k) => {
    if (p.module) module.push(...p.module(k === safeProp), "", "");
  });
  if (sink.module) module.push(...sink.module, "", "");
  const body: string[] = src.lines.map((l) =>
    l.replace("HTTP_NAME", `HTTP_${name.toUpperCase()}`).replace("NAME", name),
  );
  props.forEach((p, k) => {
    const inp = k === 0 ? "param" : `step${k}`;
    const out = k === props.length - 1 ? "bar" : `step${k + 1}`;
    body.push(...p.lines(inp, out, k === safeProp));
  });
  body.push(...sink.lines(src.fw, safeSink));
  let head: string[];
  if (src.fw === "flask") {
    head = [
      `@app.route('/bench52-${n}${src.path ? "/<value>" : ""}', methods=['GET', 'POST'])`,
      `def benchmark_test_${id}(${src.path ? "value" : ""}):`,
    ];
  } else if (src.fw === "django") {
    head = [`def benchmark_test_${id}(request${src.path ? ", value" : ""}):`];
  } else {
    const method = src.name === "JSON body" ? "post" : "get";
    head = [
      `@app.${method}('/bench52-${n}')`,
      `async def benchmark_test_${id}(request: Request${src.fastapiParams ? ", " + src.fastapiParams : ""}):`,
    ];
  }
  return (
    [...[...imports].sort(), ...FW_HEADER[src.fw], "", "", ...module, ...head, ...indent(body)].join("\n") +
    "\n"
  );
}

/** Pair i: sink i, source and steps chosen by stride so neighbours differ. */
function pairs(): DevCase[] {
  const out: DevCase[] = [];
  let n = 0;
  // taint sinks get two pairs each, non-taint sinks one
  const plan: Sink[] = SINKS.flatMap((s) => (s.taint ? [s, s] : [s]));
  plan.forEach((sink, i) => {
    n++;
    const src = SOURCES[(i * 5) % SOURCES.length]!;
    const p1 = PROPS[i % PROPS.length]!;
    const chain = i % 3 === 2 ? [p1, PROPS[(i * 7 + 3) % PROPS.length]!] : [p1];
    const props = chain[0] === chain[1] ? [p1] : chain;
    // the twin flips the last choice step; without one (or for non-taint sinks) the sink is made safe
    let safeProp = -1;
    if (sink.taint) props.forEach((p, k) => (p.choice ? (safeProp = k) : undefined));
    const steps = props.map((p) => p.name).join(" + ");
    for (const v of [true, false]) {
      const code = build(n, src, props, sink, v ? -1 : safeProp, !v && safeProp < 0);
      out.push({
        cwe: sink.cwe,
        language: "python",
        vulnerable: v,
        note: `batch52: ${src.fw} ${src.name}, ${steps}, ${sink.name}; twin by ${safeProp >= 0 ? "constant choice" : "safe sink"} (${v ? "vulnerable" : "safe"})`,
        code: dedent(code),
      });
    }
  });
  return out;
}

export const BATCH52: DevCase[] = pairs();
