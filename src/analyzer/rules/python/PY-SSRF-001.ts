import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const CLIENTS =
  /^(requests|httpx|urllib3|aiohttp)\.(get|post|put|delete|patch|head|request|options|stream)$|^urllib\.request\.(urlopen|Request)$|^urllib2\.urlopen$|^urlopen$|^http\.client\.HTTP(S)?Connection$/;

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
  trigger: /requests|httpx|urllib|aiohttp|urlopen|HTTPS?Connection|[sS]ession|[cC]lient/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!CLIENTS.test(q) && !(/\.(get|post|put|request)$/.test(q) && /session|client/i.test(q))) return;
    const url = ctx.arg(node, q.endsWith(".request") ? 1 : 0, "url");
    if (!url) return;
    if (ctx.level(url, "url") === Level.SOURCE)
      report({ node, message: `${q}() fetches a URL taken from untrusted input` });
  },
  cases: {
    valid: [
      "import requests\nrequests.get('https://api.example.com/x', timeout=5)",
      "import requests\ndef f(u):\n    return requests.get(u, timeout=3)",
    ],
    invalid: [
      "import requests\nfrom flask import request\nrequests.get(request.args.get('u'), timeout=5)",
      "import urllib.request\nu = input()\nurllib.request.urlopen(u)",
    ],
  },
});
