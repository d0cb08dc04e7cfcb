import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

/** Findings of one rule, any severity, as `line:SEVERITY`. */
const found = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.map((f) => `${f.line}:${f.severity}`);
const cwes = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.flatMap((f) => f.cwe);

describe("PY-PATH-001: near-miss containment checks", () => {
  it("a resolve() on the joined path is no containment check", () => {
    const code =
      "from pathlib import Path\nTHEMES = Path('/opt/themes')\ndef css(theme: str) -> str:\n    c = THEMES / theme / 'style.css'\n    if not str(c).startswith(str(THEMES) + '/'):\n        raise PermissionError(theme)\n    return c.resolve().read_text()\n";
    expect(found("PY-PATH-001", code)).toEqual(["7:LOW"]);
    const fixed =
      "from pathlib import Path\nTHEMES = Path('/opt/themes').resolve()\ndef css(theme: str) -> str:\n    c = (THEMES / theme / 'style.css').resolve()\n    if THEMES not in c.parents:\n        raise PermissionError(theme)\n    return c.read_text()\n";
    expect(found("PY-PATH-001", fixed)).toEqual([]);
  });
  it("startswith(str(BASE)) of a Path constant without a separator admits a sibling folder", () => {
    const code = (prefix: string) =>
      `from pathlib import Path\nfrom flask import Flask, abort, send_file\napp = Flask(__name__)\nBASE = Path('/srv/files').resolve()\n@app.get('/f/<path:name>')\ndef dl(name):\n    t = (BASE / name).resolve()\n    if not str(t).startswith(${prefix}):\n        abort(403)\n    return send_file(t)\n`;
    expect(found("PY-PATH-001", code("str(BASE)"))).toEqual(["10:HIGH"]);
    expect(found("PY-PATH-001", code("str(BASE) + '/'"))).toEqual([]);
  });
});

describe("data flow: a compiled pattern's match() tests only a prefix", () => {
  const code = (pat: string, call: string) =>
    `import re, subprocess\nfrom flask import Flask, abort, request\napp = Flask(__name__)\nHOST_RE = re.compile(r"${pat}")\n@app.get('/p')\ndef p():\n    host = request.args['h']\n    if not HOST_RE.${call}(host):\n        abort(400)\n    return subprocess.run(f'ping -c 1 {host}', shell=True).stdout\n`;
  it("flags match() of an unanchored pattern, not fullmatch() or a $-anchored one", () => {
    expect(found("PY-CMDI-002", code("[a-z0-9.-]+", "match")).length).toBe(1);
    expect(found("PY-CMDI-002", code("[a-z0-9.-]+", "fullmatch"))).toEqual([]);
    expect(found("PY-CMDI-002", code("^[a-z0-9.-]+$", "match"))).toEqual([]);
  });
});

describe("PY-ARGINJ-001: option words from a request list or appended later", () => {
  it("flags a starred request list, not one after --", () => {
    const code = (mid: string) =>
      `import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.post('/b')\ndef b():\n    names = request.get_json()['files']\n    subprocess.run(['tar', '-czf', '/tmp/x.tgz', ${mid}*names], check=True)\n    return 'ok'\n`;
    expect(found("PY-ARGINJ-001", code(""))).toEqual(["7:MEDIUM"]);
    expect(found("PY-ARGINJ-001", code("'--', "))).toEqual([]);
  });
  it("reads words appended to the argv list before the run", () => {
    const code = (tail: string) =>
      `import subprocess\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/h')\ndef h(ref: str = 'main'):\n    args = ['git', 'log', '-n', '5']\n    ${tail}\n    return subprocess.run(args, capture_output=True).stdout\n`;
    expect(found("PY-ARGINJ-001", code("args.append(ref)"))).toEqual(["8:MEDIUM"]);
    expect(found("PY-ARGINJ-001", code("args += ['--end-of-options', ref]"))).toEqual([]);
  });
});

describe("PY-LOG-001: the HTTP method cannot break a log line", () => {
  it("skips request.method but not request.path", () => {
    const code = (arg: string) =>
      `import logging\nfrom flask import Flask, request\napp = Flask(__name__)\nlog = logging.getLogger('a')\n@app.before_request\ndef f():\n    log.info('req %s ua=%r', ${arg}, request.headers.get('User-Agent'))\n`;
    expect(found("PY-LOG-001", code("request.method"))).toEqual([]);
    expect(found("PY-LOG-001", code("request.path"))).toEqual(["7:MEDIUM"]);
  });
});

describe("PY-LOG-003: a container that holds a credential", () => {
  it("flags a dict the function reads by a secret key, and a model dump with a secret field", () => {
    const login =
      "import logging\nfrom flask import Flask, request\napp = Flask(__name__)\nlog = logging.getLogger(__name__)\n@app.post('/api/session')\ndef s():\n    creds = request.get_json()\n    if not check(creds['username'], creds['password']):\n        log.warning('failed: %s', creds)\n    return 'x'\n";
    expect(found("PY-LOG-003", login)).toEqual(["9:MEDIUM"]);
    const model = (logged: string) =>
      `import logging\nfrom pydantic import BaseModel\nlog = logging.getLogger(__name__)\nclass Signup(BaseModel):\n    email: str\n    password: str\ndef signup(body: Signup):\n    payload = body.model_dump()\n    redacted = {k: '***' if k == 'password' else v for k, v in payload.items()}\n    log.info('signup %s', ${logged})\n`;
    expect(found("PY-LOG-003", model("payload"))).toEqual(["10:MEDIUM"]);
    expect(found("PY-LOG-003", model("redacted"))).toEqual([]);
  });
});

describe("PY-ENCODE-001: html.escape(quote=False) of request data in an attribute is XSS", () => {
  it("names CWE-79 for request data and keeps CWE-116 for a parameter", () => {
    const code = (src: string) =>
      `import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.get('/s')\ndef s():\n    q = html.escape(${src}, quote=False)\n    return f'<input name="q" value="{q}">'\n`;
    expect(cwes("PY-ENCODE-001", code("request.args.get('q', '')"))).toContain("CWE-79");
    const param =
      'import html\ndef field(v):\n    q = html.escape(v, quote=False)\n    return f\'<input name="q" value="{q}">\'\n';
    expect(cwes("PY-ENCODE-001", param)).not.toContain("CWE-79");
  });
});

describe("configuration near misses", () => {
  it("PY-DEBUG-001: bool() of the raw environment string with a truthy default", () => {
    expect(
      found("PY-DEBUG-001", "import os\nDEBUG = bool(os.environ.get('DJANGO_DEBUG', 'True'))\n"),
    ).toEqual(["2:MEDIUM"]);
    expect(found("PY-DEBUG-001", "import os\nDEBUG = os.environ.get('DJANGO_DEBUG', '0') == '1'\n")).toEqual(
      [],
    );
  });
  it("PY-TLS-001: verify= the raw environment variable with a false default", () => {
    const code = (d: string) =>
      `import os, requests\ndef f(u):\n    return requests.get(u, timeout=5, verify=os.getenv('VERIFY_TLS', ${d}))\n`;
    expect(found("PY-TLS-001", code("False"))).toEqual(["3:HIGH"]);
    expect(found("PY-TLS-001", code("True"))).toEqual([]);
  });
  it("PY-CRED-001: a literal after `or` is a secret's fallback", () => {
    expect(
      found(
        "PY-CRED-001",
        "import os\ndef url():\n    pw = os.environ.get('DB_PASSWORD') or 'Sup3rS3cret!'\n    return pw\n",
      ),
    ).toEqual(["3:HIGH"]);
    expect(
      found(
        "PY-CRED-001",
        "import os\ndef url():\n    host = os.environ.get('DB_HOST') or 'localhost'\n    return host\n",
      ),
    ).toEqual([]);
  });
  it("PY-JINJA-001: select_autoescape(default_for_string=False) with from_string templates", () => {
    const code = (dfs: string) =>
      `from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape(['html'], default_for_string=${dfs}))\nROW = env.from_string('<td>{{ c }}</td>')\n`;
    expect(found("PY-JINJA-001", code("False"))).toEqual(["2:MEDIUM"]);
    expect(found("PY-JINJA-001", code("True"))).toEqual([]);
  });
  it("PY-BOMB-001: a limit on compress_size alone does not bound the expansion", () => {
    const code = (attr: string) =>
      `import zipfile\nfrom flask import request\ndef f():\n    with zipfile.ZipFile(request.files['z']) as zf:\n        if sum(i.${attr} for i in zf.infolist()) > 50_000_000:\n            raise ValueError('big')\n        zf.extractall('/tmp/x')\n`;
    expect(found("PY-BOMB-001", code("compress_size")).length).toBe(1);
    expect(found("PY-BOMB-001", code("file_size"))).toEqual([]);
  });
});

describe("PY-SQLI-001: a parameter as a text() clause fragment", () => {
  it("flags order_by(text(param)), not execute(text(param))", () => {
    expect(
      found(
        "PY-SQLI-001",
        "from sqlalchemy import select, text\ndef f(session, sort: str):\n    return session.scalars(select(A).order_by(text(sort)))\n",
      ).length,
    ).toBe(1);
    expect(
      found(
        "PY-SQLI-001",
        "from sqlalchemy import text\ndef run(session, sql: str):\n    return session.execute(text(sql))\n",
      ),
    ).toEqual([]);
  });
});
