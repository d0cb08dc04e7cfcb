import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;

const FLASK = "import ipaddress, requests\nfrom flask import Flask, abort, request\napp = Flask(__name__)\n";

describe("Python data flow: standard-library steps that keep or kill taint (py-web batch 65)", () => {
  it("keeps a URL's host tainted through ipaddress.IPv4Address, for other classes a dotted quad is inert", () => {
    const ssrf = (body: string) => flagged("PY-SSRF-001", FLASK + `@app.route('/s')\ndef s():\n${body}\n`);
    expect(
      ssrf(
        "    ip = ipaddress.IPv4Address(request.args['ip'])\n    return requests.get(f'http://{ip}/x').text",
      ),
    ).toBe(true);
    // Werkzeug's type= conversion and a try/except conversion check pick the same host.
    expect(
      ssrf(
        "    ip = request.args.get('ip', type=ipaddress.IPv4Address)\n    return requests.get(f'http://{ip}/x').text",
      ),
    ).toBe(true);
    expect(
      ssrf(
        "    ip = request.args['ip']\n    try:\n        ipaddress.IPv4Address(ip)\n    except ValueError:\n        abort(400)\n    return requests.get(f'http://{ip}/x').text",
      ),
    ).toBe(true);
    // ... while a UUID checked the same way is no host.
    expect(
      ssrf(
        "    import uuid\n    k = request.args['k']\n    try:\n        uuid.UUID(k)\n    except ValueError:\n        abort(400)\n    return requests.get(f'http://{k}/x').text",
      ),
    ).toBe(false);
    const cmd = (conv: string) =>
      flagged(
        "PY-CMDI-002",
        "import ipaddress, subprocess\nfrom flask import request\ndef f():\n" +
          `    host = str(${conv}(request.args['h']))\n    return subprocess.run('ping -c 1 ' + host, shell=True)\n`,
      );
    expect(cmd("ipaddress.IPv4Address")).toBe(false);
    // An IPv6 scope id keeps any text but '%': 'fe80::1%$(id)' prints as given.
    expect(cmd("ipaddress.ip_address")).toBe(true);
  });

  it("keeps a FastAPI IPv4Address parameter or model field a URL's host, converted for other classes", () => {
    const fastapi = (sig: string, use: string) =>
      "import subprocess, requests\nfrom ipaddress import IPv4Address\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass T(BaseModel):\n    ip: IPv4Address\n" +
      `@app.post('/t')\ndef t(${sig}):\n    ${use}\n`;
    expect(
      flagged("PY-SSRF-001", fastapi("ip: IPv4Address", "return requests.get(f'http://{ip}/x').text")),
    ).toBe(true);
    expect(
      flagged("PY-SSRF-001", fastapi("body: T", "return requests.get(f'http://{body.ip}/x').text")),
    ).toBe(true);
    expect(
      flagged("PY-CMDI-002", fastapi("ip: IPv4Address", "return subprocess.run(f'ping {ip}', shell=True)")),
    ).toBe(false);
    expect(
      flagged("PY-CMDI-002", fastapi("body: T", "return subprocess.run(f'ping {body.ip}', shell=True)")),
    ).toBe(false);
  });

  it("reads a parsed IPv4 address's own range test as an SSRF guard", () => {
    const ssrf = (body: string) => flagged("PY-SSRF-001", FLASK + `@app.route('/s')\ndef s():\n${body}\n`);
    const fetch = "    return requests.get(f'http://{ip}/status').text";
    expect(
      ssrf(
        `    ip = ipaddress.IPv4Address(request.args['ip'])\n    if not ip.is_global:\n        abort(400)\n${fetch}`,
      ),
    ).toBe(false);
    expect(
      ssrf(
        `    ip = ipaddress.IPv4Address(request.args['ip'])\n    if ip.is_private or ip.is_loopback:\n        abort(400)\n${fetch}`,
      ),
    ).toBe(false);
    // The wrong polarity, no exit, or an IPv6-capable parse (a scope id ending the authority with '@host').
    expect(
      ssrf(
        `    ip = ipaddress.IPv4Address(request.args['ip'])\n    if ip.is_global:\n        abort(400)\n${fetch}`,
      ),
    ).toBe(true);
    expect(
      ssrf(
        `    ip = ipaddress.IPv4Address(request.args['ip'])\n    if not ip.is_global:\n        print('odd')\n${fetch}`,
      ),
    ).toBe(true);
    expect(
      ssrf(
        `    ip = ipaddress.ip_address(request.args['ip'])\n    if not ip.is_global:\n        abort(400)\n${fetch}`,
      ),
    ).toBe(true);
  });

  it("keeps request data across the trust boundary through standard-library parsers, wrappers and containers", () => {
    const trust = (value: string) =>
      flagged(
        "PY-TRUST-001",
        "import textwrap\nfrom collections import OrderedDict, deque\nfrom urllib.parse import parse_qsl, urlsplit\nfrom flask import request, session\ndef f():\n" +
          `    session['v'] = ${value}\n`,
      );
    expect(trust("textwrap.shorten(request.args['q'], width=40)")).toBe(true);
    expect(trust("dict(OrderedDict(parse_qsl(request.query_string.decode())))")).toBe(true);
    expect(trust("urlsplit(request.url).query")).toBe(true);
    expect(trust("list(deque(request.args.getlist('x'), maxlen=3))")).toBe(true);
    // Of constants, or an opaque lookup by the request's value: the server's own.
    expect(trust("textwrap.shorten('welcome back', width=40)")).toBe(false);
    expect(trust("lookup_user(request.args['q']).id")).toBe(false);
  });

  it("reads hashlib.new's name from a constant table looked up by an unknown key: any entry or the default", () => {
    const hash = (table: string, lookup: string) =>
      flagged(
        "PY-HASH-001",
        `import hashlib\nfrom flask import request\nALGOS = ${table}\ndef f():\n    algo = ${lookup}\n    return hashlib.new(algo, request.data).hexdigest()\n`,
      );
    expect(
      hash("{'fast': 'md5', 'strong': 'sha256'}", "ALGOS.get(request.args['a'].casefold(), 'sha256')"),
    ).toBe(true);
    expect(hash("{'fast': 'md5', 'strong': 'sha256'}", "ALGOS[request.args['a']]")).toBe(true);
    expect(hash("{'fast': 'sha256', 'strong': 'sha512'}", "ALGOS.get(request.args['a'], 'sha1')")).toBe(true);
    expect(hash("{'fast': 'sha256', 'strong': 'sha512'}", "ALGOS.get(request.args['a'], 'sha256')")).toBe(
      false,
    );
    // A constant key picks its one entry.
    expect(hash("{'fast': 'md5', 'strong': 'sha256'}", "ALGOS['strong']")).toBe(false);
  });
});
