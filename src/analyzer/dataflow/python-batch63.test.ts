import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;
const FLASK =
  "import sqlite3\nfrom urllib.parse import quote\nfrom collections import OrderedDict\nfrom lxml import etree\nfrom flask import Flask, request\napp = Flask(__name__)\n";
const view = (rule: string, body: string, head = "") =>
  flagged(rule, FLASK + head + "@app.route('/x')\ndef v():\n    p = request.args.get('a', '')\n" + body);
const SQL = `    sqlite3.connect('x').execute("SELECT 1 WHERE a = '" + bar + "'")\n`;

describe("Python data flow: strings and collections (py-web batch 63)", () => {
  it("folds str.format of a constant template with constant arguments", () => {
    const sql = (cond: string) =>
      view("PY-SQLI-001", `    bar = 'fixed'\n    if ${cond}:\n        bar = p\n` + SQL);
    expect(sql("'sha{}'.format(1) == 'sha256'")).toBe(false);
    expect(sql("'sha{}'.format(256) == 'sha256'")).toBe(true);
    expect(sql("'{1}-{0}'.format('a', 'b') == 'a-b'")).toBe(false);
    expect(sql("'{{x}}{}'.format('y') == '{x}y'")).toBe(true);
    // A format spec or a named field is not worked out: the branch may run.
    expect(sql("'{:>4}'.format('a') == 'zz'")).toBe(true);
    expect(sql("'{n}'.format(n='a') == 'b'")).toBe(true);
  });

  it("picks min() / max() over constants of one kind", () => {
    const sql = (pick: string) =>
      view(
        "PY-SQLI-001",
        `    algo = ${pick}\n    bar = 'fixed'\n    if algo == 'rc4':\n        bar = p\n` + SQL,
      );
    expect(sql("max(['rc4', 'xchacha'])")).toBe(false);
    expect(sql("min(['rc4', 'xchacha'])")).toBe(true);
    expect(sql("max('aes', 'des')")).toBe(false);
    // A key function, or a value not known: either may be picked.
    expect(sql("max(['rc4', 'xchacha'], key=lambda s: -len(s))")).toBe(true);
    expect(sql("max(['zz', p])")).toBe(true);
  });

  it("compares imported objects of one module by identity through a constant index", () => {
    const des = (pick: string, test = "module is DES") =>
      flagged(
        "PY-CRYPTO-001",
        `from Crypto.Cipher import AES, DES\ndef f(k):\n    module = ${pick}\n    if ${test}:\n        return DES.new(k, DES.MODE_ECB)\n    return AES.new(k, AES.MODE_GCM)\n`,
      );
    expect(des("[DES, AES][1]")).toBe(false);
    expect(des("[DES, AES][0]")).toBe(true);
    expect(des("(DES, AES)[-1]", "module == DES")).toBe(false);
    expect(des("[DES, AES][1]", "module is not AES")).toBe(false);
    // A name from elsewhere may be either.
    expect(des("pick()")).toBe(true);
  });

  it("treats an intersection with a set of constants as one of those constants", () => {
    const sql = (expr: string, head = "ALLOWED = {'id', 'name'}\n") =>
      view("PY-SQLI-001", `    picked = ${expr}\n    bar = picked.pop() if picked else 'id'\n` + SQL, head);
    expect(sql("{p} & ALLOWED")).toBe(false);
    expect(sql("frozenset(['id', 'name']) & {p}")).toBe(false);
    expect(sql("{p}.intersection(ALLOWED)")).toBe(false);
    expect(sql("ALLOWED - {p}")).toBe(false);
    expect(sql("ALLOWED.difference([p])")).toBe(false);
    expect(sql("{p}.difference(ALLOWED)")).toBe(true);
    expect(sql("{p}.union(ALLOWED)")).toBe(true);
    expect(sql("{p} | ALLOWED")).toBe(true);
    expect(sql("{p} - ALLOWED")).toBe(true);
    expect(sql("{p} & set(request.args.getlist('b'))")).toBe(true);
    // A set that code adds to holds more than its literal.
    expect(sql("{p} & ALLOWED", "ALLOWED = {'id', 'name'}\nALLOWED.add(request.args.get('c'))\n")).toBe(true);
  });

  it("takes a Tornado HTTP client's fetch() answer as the server's, not the URL's text", () => {
    const xss = (write: string) =>
      flagged(
        "PY-XSS-001",
        `import tornado.web\nfrom tornado.httpclient import AsyncHTTPClient\nclass H(tornado.web.RequestHandler):\n    async def get(self):\n        url = self.get_query_argument('u', '')\n        upstream = await AsyncHTTPClient().fetch(url)\n        self.write(${write})\n`,
      );
    expect(xss("upstream.body")).toBe(false);
    expect(xss("'<p>' + url + '</p>'")).toBe(true);
  });

  it("takes urllib.parse.quote as escaping XPath literals and LDAP filters unless its safe characters keep them", () => {
    const xpath = (q: string) =>
      view("PY-XPATH-001", `    return str(etree.parse('c.xml').xpath("//i[sku='" + ${q} + "']"))\n`);
    expect(xpath("quote(p, safe='')")).toBe(false);
    expect(xpath("quote(p)")).toBe(false);
    expect(xpath('quote(p, safe="\'")')).toBe(true);
    const ldap = (q: string) =>
      view(
        "PY-LDAP-001",
        `    conn = ldap.initialize('ldap://x')\n    return conn.search_s('dc=x', 2, '(uid=' + ${q} + ')')\n`,
        "import ldap\n",
      );
    expect(ldap("quote(p)")).toBe(false);
    expect(ldap("quote(p, safe='*')")).toBe(true);
  });

  it("reads a dict's items(), values() and keys() in the order its literal entries were written", () => {
    const xpath = (body: string) =>
      view("PY-XPATH-001", body + `    return str(etree.parse('c.xml').xpath('//b[@k="%s"]' % val))\n`);
    const od = "    fields = OrderedDict([('isbn', p), ('lang', 'en')])\n";
    expect(xpath(od + "    key, val = list(fields.items())[1]\n")).toBe(false);
    expect(xpath(od + "    key, val = list(fields.items())[0]\n")).toBe(true);
    const d = "    fields = {'isbn': p, 'lang': 'en'}\n";
    expect(xpath(d + "    val = list(fields.values())[1]\n")).toBe(false);
    expect(xpath(d + "    val = list(fields.values())[0]\n")).toBe(true);
    // A dict written into after it was made: its entries are not the literal's.
    expect(xpath(d + "    fields['lang'] = p\n    val = list(fields.values())[1]\n")).toBe(true);
  });

  it("reads web.py's web.input() / web.data() / web.ctx fields as request data only in a web.py app module", () => {
    // (Any non-literal command is MEDIUM; request data makes it HIGH or CRITICAL.)
    const cmd = (src: string) =>
      analyzeSync(src, { language: "python", rules: ["PY-CMDI-001"] }).findings.some((f) =>
        /^(HIGH|CRITICAL)$/.test(f.severity),
      );
    const handler = (read: string, head = "import os\nimport web\n") =>
      cmd(`${head}class Index:\n    def GET(self):\n        os.system('ping ' + ${read})\n`);
    expect(handler("web.input().host")).toBe(true);
    expect(handler("web.data().decode()")).toBe(true);
    expect(handler("web.ctx.env.get('HTTP_X_HOST', '')")).toBe(true);
    // Without web.py's import, or without a handler or application using it: a module of that name.
    expect(handler("web.input().host", "import os\nfrom . import web\n")).toBe(false);
    expect(cmd("import os\nimport web\ndef f():\n    os.system('ping ' + web.input().host)\n")).toBe(false);
  });

  it("reads a Counter's item as a count, not one of the counted values", () => {
    const sql = (body: string) => view("PY-SQLI-001", body + SQL, "from collections import Counter\n");
    expect(sql("    c = Counter([p, 'x'])\n    bar = str(c[p])\n")).toBe(false);
    expect(sql("    bar = str(Counter(p.split(','))['a'])\n")).toBe(false);
    // Written into by key: the item is whatever was stored.
    expect(sql("    c = Counter()\n    c['a'] = p\n    bar = c['a']\n")).toBe(true);
    expect(sql("    c = Counter([p, 'x'])\n    bar = c.most_common(1)[0][0]\n")).toBe(true);
  });
});
