import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

/** Lines of the rule's MEDIUM+ findings. */
const lines = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] })
    .findings.filter((f) => f.severity !== "LOW")
    .map((f) => f.line);

describe("PY-LDAP-001: a search base built from DNs the directory returned", () => {
  const head = "import ldb\nfrom samba.samdb import SamDB  # ldap\n";
  it("skips the connection's own naming contexts and entries' .dn", () => {
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam):\n    return sam.search(base='CN=Sites,%s' % sam.get_config_basedn(), scope=ldb.SCOPE_SUBTREE)\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam):\n    r = sam.search(expression='(cn=x)')\n    dn = str(r[0].dn)\n    return sam.search(base='CN=NTDS Settings,' + dn, scope=ldb.SCOPE_BASE)\n",
      ),
    ).toEqual([]);
  });
  it("holds where the connection was opened from request data", () => {
    expect(
      lines(
        "PY-LDAP-001",
        "import ldb\nfrom flask import request\nfrom samba.samdb import SamDB  # ldap\ndef f():\n    sam = SamDB(url=request.args['url'])\n    return sam.search(base='DC=DomainDnsZones,%s' % sam.get_default_basedn(), scope=ldb.SCOPE_SUBTREE)\n",
      ),
    ).toEqual([]);
  });
  it("still reports a parameter or another object's value in the base", () => {
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam, ou):\n    return sam.search(base='OU=%s,%s' % (ou, sam.domain_dn()), scope=ldb.SCOPE_SUBTREE)\n",
      ),
    ).toEqual([4]);
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam, other):\n    return sam.search(base='CN=%s,%s' % (other.name(), sam.domain_dn()), scope=ldb.SCOPE_SUBTREE)\n",
      ),
    ).toEqual([4]);
  });
});

describe("PY-LDAP-001: a base naming entries under a parent DN the caller hands", () => {
  const head = "import ldb\nfrom flask import request\nfrom samba.samdb import SamDB  # ldap\n";
  it("skips a DN suffix or an extended DN's GUID/SID below request data", () => {
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam, dn):\n    return sam.search(base='CN=Policies,CN=System,%s' % dn, scope=ldb.SCOPE_ONELEVEL)\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-LDAP-001",
        head + "def f(sam, dn):\n    return sam.search(base='CN=Sites,' + dn, scope=ldb.SCOPE_ONELEVEL)\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-LDAP-001",
        head + "def f(sam, sid):\n    return sam.search(base='<SID=%s>' % sid, scope=ldb.SCOPE_BASE)\n",
      ),
    ).toEqual([]);
  });
  it("reports an RDN's value, and request data in any slot", () => {
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam, name, dn):\n    return sam.search(base='CN=%s,%s' % (name, dn), scope=ldb.SCOPE_BASE)\n",
      ),
    ).toEqual([5]);
    expect(
      lines(
        "PY-LDAP-001",
        head +
          "def f(sam):\n    return sam.search(base='CN=Sites,' + request.args['dn'], scope=ldb.SCOPE_ONELEVEL)\n",
      ),
    ).toEqual([5]);
  });
});

describe("PY-XSS-001: WSME's typed @expose", () => {
  const m = (dec: string) =>
    lines(
      "PY-XSS-001",
      `from wsme.api import expose\nclass R(object):\n    ${dec}\n    def echo(self, value):\n        return value\n`,
    );
  it("is no HTML page when the first argument is a type", () => {
    expect(m("@expose(int)")).toEqual([]);
    expect(m("@expose([wsme.types.text])")).toEqual([]);
  });
  it("is still a page for TurboGears' template string and CherryPy's aliases", () => {
    expect(
      lines(
        "PY-XSS-001",
        "from tg import expose\nclass R:\n    @expose('page.html')\n    def hi(self, name=''):\n        return '<h1>' + name + '</h1>'\n",
      ),
    ).toEqual([5]);
    expect(
      lines(
        "PY-XSS-001",
        "import cherrypy\nclass R:\n    @cherrypy.expose(['hello'])\n    def hi(self, name=''):\n        return '<h1>' + name + '</h1>'\n",
      ),
    ).toEqual([5]);
  });
});

describe("PY-XPATH-001", () => {
  it("reads the query of a bare xpath(element, query) helper from its second argument", () => {
    expect(
      lines(
        "PY-XPATH-001",
        "from .utils import xpath\ndef f(part):\n    return xpath(part.element, './/w:num')\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-XPATH-001",
        "from .utils import xpath\ndef f(part, n):\n    return xpath(part.element, './/w:num[@id=\"%s\"]' % n)\n",
      ),
    ).toEqual([3]);
  });
  it("skips ids read from elements, not from a handed mapping", () => {
    expect(
      lines(
        "PY-XPATH-001",
        "import lxml.etree\ndef f(doc, refs):\n    for ref in refs:\n        i = ref.get('id')\n        doc.find('.//note[@id=\"%s\"]' % i)\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-XPATH-001",
        "import lxml.etree\ndef f(doc, params):\n    doc.find('.//note[@id=\"%s\"]' % params.get('id'))\n",
      ),
    ).toEqual([3]);
  });
});

describe("PY-SQLI-001", () => {
  it("leaves a command line run by a process helper's execute() to the command rules", () => {
    expect(
      lines("PY-SQLI-001", "from . import utils\ndef f(p):\n    return utils.execute('du -b %s' % p)\n"),
    ).toEqual([]);
    expect(
      lines(
        "PY-SQLI-001",
        "from . import utils\ndef f(src, dst):\n    return utils.execute(' '.join(['/usr/bin/scp', '-r', src, dst]))\n",
      ),
    ).toEqual([]);
    expect(
      lines("PY-SQLI-001", "def f(cur, p):\n    return cur.execute('SELECT du FROM t WHERE p = %s' % p)\n"),
    ).toEqual([2]);
  });
  it("reads LISTEN/UNLISTEN/NOTIFY's channel as an identifier slot", () => {
    expect(
      lines(
        "PY-SQLI-001",
        "class H:\n    def listen(self):\n        self.db.query('listen \"%s\"' % self.event)\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-SQLI-001",
        "class H:\n    def note(self):\n        self.db.query(\"select '%s'\" % self.event)\n",
      ),
    ).toEqual([3]);
  });
});

describe("PY-DESER-002: a name bound to a helper's loader object", () => {
  it("is not PyYAML's module load", () => {
    expect(
      lines(
        "PY-DESER-002",
        "import yaml\nfrom .u import loader\ndef f(s):\n    yaml = loader()\n    return yaml.load(s)\n",
      ),
    ).toEqual([]);
  });
  it("is judged by a local helper that makes an unsafe ruamel loader", () => {
    expect(
      lines(
        "PY-DESER-002",
        "from ruamel.yaml import YAML\ndef loader():\n    return YAML(typ='unsafe')\ndef f(s):\n    yaml = loader()\n    return yaml.load(s)\n",
      ),
    ).toContain(6);
  });
});

describe("PY-RAND-001", () => {
  it("a fixed-seed generator's letters are test data unless the name says secret", () => {
    const code = (name: string) =>
      `import random, string\ndef ${name}(n):\n    r = random.Random(42)\n    return ''.join(r.choice(string.ascii_letters) for _ in range(n))\n`;
    expect(lines("PY-RAND-001", code("make_strings"))).toEqual([]);
    expect(lines("PY-RAND-001", code("make_token"))).toEqual([4]);
    expect(
      lines(
        "PY-RAND-001",
        "import random, string\ndef f(n):\n    r = random.Random()\n    return ''.join(r.choice(string.ascii_letters) for _ in range(n))\n",
      ),
    ).toEqual([4]);
  });
  it("names a draw stored at a variable index by its container", () => {
    expect(
      lines(
        "PY-RAND-001",
        "import numpy as np\ndef f(data, fields):\n    for key in fields:\n        data[key] = np.random.random(3)\n",
      ),
    ).toEqual([]);
    expect(
      lines("PY-RAND-001", "import random\ndef f(cfg):\n    cfg['secret'] = random.getrandbits(64)\n"),
    ).toEqual([3]);
  });
});

describe("PY-INTWRAP-001: a float operand by its type", () => {
  it("promotes the narrow integer side", () => {
    expect(
      lines(
        "PY-INTWRAP-001",
        "import numpy as np\ndef f(m):\n    a = np.float32(m['a'])\n    b = np.int32(m['b'])\n    return b - a\n",
      ),
    ).toEqual([]);
    expect(
      lines(
        "PY-INTWRAP-001",
        "import numpy as np\ndef f(m):\n    a = np.int16(m['a'])\n    b = np.int32(m['b'])\n    return b - a\n",
      ),
    ).toEqual([5]);
  });
});

describe("PY-OFFBY-001: a sequence grown to the index first", () => {
  it("reads the element it just appended", () => {
    const loop = (grow: string) =>
      `def f(m, s):\n    for i in range(s, len(m) + 1):\n${grow}        row = m[i]\n        print(row)\n`;
    expect(lines("PY-OFFBY-001", loop("        if i == len(m):\n            m.append([])\n"))).toEqual([]);
    expect(lines("PY-OFFBY-001", loop("        if i == len(m):\n            print(i)\n"))).toEqual([5]);
  });
});
