import { field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { fixedOrigin, pyRule, sourceHas } from "./common.js";

const CLIENTS =
  /^(requests|httpx|urllib3|aiohttp)\.(get|post|put|delete|patch|head|request|options|stream)$|^urllib\.request\.(urlopen|Request)$|^urllib2\.urlopen$|^urlopen$|^http\.client\.HTTP(S)?Connection$/;

/** `s.get(url)` where `s` is an HTTP client session (`async with aiohttp.ClientSession() as s`, `s = requests.Session()`). */
const CLIENT_CLASSES = /Session|Client|PoolManager/;
function isSessionCall(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (recv?.type !== "identifier" || !sourceHas(ctx, CLIENT_CLASSES)) return false;
  const n = ctx.text(recv);
  return new RegExp(
    `(Session|Client|AsyncClient|PoolManager)\\([^\\n]*\\)\\s+as\\s+${n}\\b|\\b${n}\\s*=\\s*[\\w.]*(Session|Client|AsyncClient|PoolManager)\\(`,
  ).test(ctx.tree.source);
}

export default pyRule({
  meta: {
    id: "PY-SSRF-001",
    title: "Server-side request to a URL from untrusted input",
    cwe: ["CWE-918"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Follows request data and other untrusted input into the URL of requests/httpx/urllib calls, unless the host is checked against an allow-list.",
      why_bad:
        "Attackers make the server fetch internal addresses (cloud metadata at 169.254.169.254, admin ports), reaching systems they cannot reach directly.",
      example_bad:
        "import requests\nfrom flask import request\ndef proxy():\n    return requests.get(request.args['url'], timeout=5).text",
      example_good:
        "import requests\nfrom urllib.parse import urlparse\nfrom flask import request\nALLOWED = {'api.example.com'}\ndef proxy():\n    url = request.args['url']\n    if urlparse(url).hostname not in ALLOWED:\n        raise ValueError('host not allowed')\n    return requests.get(url, timeout=5).text",
    },
    fix_hint: "Allow-list hosts (and schemes) after parsing the URL; block private and link-local addresses.",
  },
  trigger: /requests|httpx|urllib|aiohttp|urlopen|HTTPS?Connection|[sS]ession|[cC]lient|pycurl/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // pycurl: c.setopt(pycurl.URL, url)
    if (ctx.method(node) === "setopt") {
      const [opt, val] = ctx.args(node);
      if (
        /(^|\.)URL$/.test(ctx.text(opt ?? node)) &&
        val &&
        ctx.level(val, "url") === Level.SOURCE &&
        !fixedOrigin(ctx, val)
      )
        report({ node, message: "pycurl fetches a URL taken from untrusted input" });
      return;
    }
    const session =
      /\.(get|post|put|patch|delete|head|request)$/.test(q) &&
      (/session|client/i.test(q) || isSessionCall(ctx, node));
    if (!CLIENTS.test(q) && !session) return;
    const url = ctx.arg(node, q.endsWith(".request") ? 1 : 0, "url");
    if (!url) return;
    if (ctx.level(url, "url") === Level.SOURCE && !fixedOrigin(ctx, url))
      report({ node, message: `${q}() fetches a URL taken from untrusted input` });
  },
  cases: {
    valid: [
      "import requests\nfrom urllib.parse import urlparse\nfrom fastapi import FastAPI, HTTPException\nfrom pydantic import BaseModel\napp = FastAPI()\nHOSTS = {'cdn.example.com'}\nclass P(BaseModel):\n    url: str\n@app.post('/p')\ndef p(body: P):\n    parts = urlparse(body.url)\n    if parts.hostname not in HOSTS:\n        raise HTTPException(status_code=400)\n    return requests.get(body.url).text",
      "import ipaddress, socket, requests\nfrom urllib.parse import urlparse\nfrom flask import request, abort\ndef f():\n    url = request.args['u']\n    parts = urlparse(url)\n    addr = ipaddress.ip_address(socket.gethostbyname(parts.hostname))\n    if not addr.is_global:\n        abort(400)\n    return requests.get(url).text",
      "import requests\nfrom flask import request\nrequests.get('https://api.example.com/' + request.args['p'], timeout=5)",
      "import requests\nfrom flask import request\nrequests.get(f\"https://api.example.com/items/{request.args['id']}\", timeout=5)",
      "import requests\nrequests.get('https://api.example.com/x', timeout=5)",
      "import requests\ndef f(u):\n    return requests.get(u, timeout=3)",
    ],
    invalid: [
      "import requests\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass P(BaseModel):\n    url: str\n@app.post('/p')\ndef p(body: P):\n    return requests.get(body.url).text",
      {
        code: "import pycurl\nfrom flask import request\nc = pycurl.Curl()\nc.setopt(pycurl.URL, request.args['u'])",
        line: 4,
      },
      {
        code: "import aiohttp\nfrom flask import request\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        return await s.get(request.args['u'])",
        line: 5,
      },
      {
        code: "import requests\nfrom flask import request\nrequests.get(f\"https://{request.args['h']}/status\", timeout=5)",
        line: 3,
      },
      "import requests\nfrom flask import request\nrequests.get(request.args.get('u'), timeout=5)",
      "import urllib.request\nu = input()\nurllib.request.urlopen(u)",
    ],
  },
});
