import { descendants, field, sourceHas, sourceMatches } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { fixedOrigin, pyRule, typedParameter } from "./common.js";

// Python 2's urllib.urlopen and urllib2.Request too: LLM answers and old Q&A posts still show them. Twisted's treq
// and grequests mirror requests' functions.
const CLIENTS =
  /^(requests|httpx|urllib3|aiohttp|treq|grequests)\.(get|post|put|delete|patch|head|request|options|stream)$|^urllib\.request\.(urlopen|Request)$|^urllib2\.(urlopen|Request)$|^urllib\.urlopen$|^urlopen$|^http\.client\.HTTP(S)?Connection$/;

/**
 * Constructors that bind a client to a host, proxy or base URL the later requests go to, with the position and
 * keyword of that argument: urllib3 pools and proxies, requests.Request, httpx/aiohttp clients' base_url.
 */
const BINDERS: [RegExp, number, string][] = [
  [
    /^urllib3\.(connectionpool\.|poolmanager\.)?(HTTPS?ConnectionPool|connection_from_url|ProxyManager|proxy_from_url)$/,
    0,
    "host",
  ],
  [/^urllib3\.connection\.HTTPS?Connection$/, 0, "host"],
  [/^requests\.(models\.)?Request$/, 1, "url"],
  [/^aiohttp\.ClientSession$/, 0, "base_url"],
  [/^httpx\.(Async)?Client$/, -1, "base_url"],
  // tornado's HTTPRequest(url, ...) is fetched as given; an XML-RPC proxy calls the URI it is built with.
  [/^tornado\.httpclient\.HTTPRequest$/, 0, "url"],
  [/^(xmlrpc\.client|xmlrpclib)\.(Server|ServerProxy)$/, 0, "uri"],
  // urlretrieve(url, filename) downloads the URL (and the stdlib's ftplib/smtplib/telnetlib connect to host)
  [/^(urllib\.request\.|urllib\.)?urlretrieve$/, 0, "url"],
  // WebSocket clients (websocket-client, websockets) and gRPC channels connect to the address they are given.
  [/^websocket\.(create_connection|WebSocketApp|WebSocket\.connect)$/, 0, "url"],
  [/^websockets\.(connect|client\.connect|sync\.client\.connect)$/, 0, "uri"],
  [/^grpc\.(aio\.)?(insecure_channel|secure_channel)$/, 0, "target"],
  // HTML-to-PDF renderers fetch the page (and every resource it links) from the server: WeasyPrint's
  // HTML(url) / HTML(url=...) (its first argument guesses a URL or a file name), pdfkit's and imgkit's from_url.
  [/^weasyprint\.HTML$/, 0, "url"],
  [/^(pdfkit|imgkit)\.from_url$/, 0, "url"],
  // AWS SDK clients sent to a caller-chosen endpoint (and its signed credentials with them).
  [
    /^(boto3|boto3\.session\.Session|boto3\.Session|aioboto3\.Session)\.(client|resource)$/,
    -1,
    "endpoint_url",
  ],
];
const AZURE_CLIENTS =
  /^azure\.(keyvault|storage|data|appconfiguration|cosmos|search|ai)\.[\w.]*?(\w+Client(\.from_\w+_url)?|download_blob_from_url|upload_blob_to_url)$/;
const AZURE_URL_KWARGS = [
  "vault_url",
  "account_url",
  "container_url",
  "blob_url",
  "file_url",
  "share_url",
  "queue_url",
  "table_url",
  "endpoint",
  "url",
];
/** `opener.open(url)` / `client.fetch(url)`: the receiver a urllib opener or a tornado HTTP client. */
const POOLS = /^urllib3\.(PoolManager|ProxyManager|poolmanager\.PoolManager)$/;
const OPENERS = /^(urllib\.request\.|urllib2\.)?(build_opener|OpenerDirector)$/;
const TORNADO_CLIENTS = /^tornado\.(httpclient\.|curl_httpclient\.)?(Async|Curl\w*)?HTTPClient$/;
function madeByCall(ctx: PythonContext, node: SyntaxNode, re: RegExp): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (!recv) return false;
  const made = recv.type === "call" ? recv : ctx.resolve(recv);
  return made?.type === "call" && re.test(ctx.callee(made));
}
/** Methods whose names alone say they take a host or URL: http.client tunnels, urllib3 pool lookups. */
const HOST_METHODS: Record<string, string> = {
  set_tunnel: "host",
  connection_from_url: "url",
  connection_from_host: "host",
};

/** `h.request(uri, ...)` where `h = httplib2.Http(...)`: httplib2 takes the URI first. */
function isHttplib2(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  // httplib2.Http().request(uri): the client made in the call itself.
  const v = recv?.type === "identifier" ? ctx.valueOf(recv) : recv?.type === "call" ? recv : undefined;
  return v?.type === "call" && /^httplib2\.Http$/.test(ctx.callee(v));
}

/** `s.get(url)` where `s` is an HTTP client session (`async with aiohttp.ClientSession() as s`, `s = requests.Session()`). */
const CLIENT_CLASSES = /Session|Client|PoolManager/;
function isSessionCall(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (recv?.type !== "identifier" || !sourceHas(ctx.tree, CLIENT_CLASSES)) return false;
  const n = ctx.text(recv);
  // Tested once per receiver name and file (sourceMatches): per method call it was quadratic on large files.
  return sourceMatches(
    ctx.tree,
    `(Session|Client|AsyncClient|PoolManager)\\([^\\n]*\\)\\s+as\\s+${n}\\b|\\b${n}\\s*=\\s*[\\w.]*(Session|Client|AsyncClient|PoolManager)\\(`,
  );
}

/**
 * The receiver of `session.delete(obj)` / `session.get(Model, pk)` is a parameter annotated as an ORM session
 * (SQLAlchemy's `Session` / `AsyncSession`, SQLModel's, `orm.Session`) in a module importing the ORM: a unit of
 * work, no HTTP client.
 */
function ormSessionParam(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (recv?.type !== "identifier" || !sourceHas(ctx.tree, /\b(?:sqlalchemy|sqlmodel)\b/)) return false;
  const typed = typedParameter(ctx, recv);
  const type = typed && field(typed.param, "type");
  return (
    !!type && /^(?:\w+\.)*(?:Async)?Session$/.test(ctx.text(type)) && !/requests|aiohttp/.test(ctx.text(type))
  );
}

/** A helper's body that refuses internal addresses: an ipaddress class test or a host allow-list, then raise/abort. */
const ADDRESS_GUARD =
  /\.is_(private|loopback|global|link_local|reserved|multicast|unspecified)\b|\bhostname\s+(not\s+)?in\b/;

/**
 * `assert_public(str(body.url))` before `client.post(str(body.url))`: a statement calling a local helper on the
 * same URL expression earlier in the function, where the helper resolves or parses it, tests the address class (or
 * the host against an allow-list) and raises or aborts. The data flow reads only a top-level test of the helper's
 * own parameter; this helper's test sits in a loop over the resolved addresses.
 */
function checkedByHelper(ctx: PythonContext, sink: SyntaxNode, url: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(sink);
  if (!fn) return false;
  const want = ctx.text(url);
  // The expression, or the name or attribute it wraps (`str(body.url)` -> body.url).
  const roots = new Set([
    want,
    ...descendants(url)
      .filter((d) => d.type === "attribute" || d.type === "identifier")
      .map((d) => ctx.text(d)),
  ]);
  for (const d of descendants(fn)) {
    if (d.start >= sink.start) break;
    if (d.type !== "expression_statement") continue;
    const call = d.children.find((c) => c.named);
    if (call?.type !== "call" || field(call, "function")?.type !== "identifier") continue;
    if (
      !ctx
        .args(call)
        .some(
          (a) => roots.has(ctx.text(a)) || (a.type === "call" && roots.has(ctx.text(ctx.args(a)[0] ?? a))),
        )
    )
      continue;
    const def = ctx.localCallee(call);
    if (def?.type !== "function_definition") continue;
    const body = ctx.text(field(def, "body") ?? def);
    if (ADDRESS_GUARD.test(body) && /\braise\b|\babort\(/.test(body)) return true;
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-SSRF-001",
    title: "Server-side request to a URL from untrusted input",
    cwe: ["CWE-918"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Follows request data and other untrusted input into the URL of requests/httpx/urllib/httplib2 calls and into the host, proxy or base URL a client is bound to (http.client connections and tunnels, urllib3 pools and proxies, requests.Request, httpx/aiohttp base_url, a Request's full_url), unless the host is checked against an allow-list.",
      why_bad:
        "Attackers make the server fetch internal addresses (cloud metadata at 169.254.169.254, admin ports), reaching systems they cannot reach directly.",
      example_bad:
        "import requests\nfrom flask import request\ndef proxy():\n    return requests.get(request.args['url'], timeout=5).text",
      example_good:
        "import requests\nfrom urllib.parse import urlparse\nfrom flask import request\nALLOWED = {'api.example.com'}\ndef proxy():\n    url = request.args['url']\n    if urlparse(url).hostname not in ALLOWED:\n        raise ValueError('host not allowed')\n    return requests.get(url, timeout=5).text",
    },
    fix_hint: "Allow-list hosts (and schemes) after parsing the URL; block private and link-local addresses.",
  },
  trigger:
    /requests|httpx|urllib|azure|aiohttp|treq|urlopen|urlretrieve|ServerProxy|HTTPRequest|websocket|_channel|endpoint_url|HTTPS?Connection|[sS]ession|[cC]lient|pycurl|httplib2|set_tunnel|full_url|connection_from|weasyprint|from_url/,
  nodeTypes: ["call", "assignment"],
  calls: [
    "SecretClient",
    "KeyClient",
    "CertificateClient",
    "BlobServiceClient",
    "BlobClient",
    "ContainerClient",
    "ShareServiceClient",
    "ShareFileClient",
    "QueueServiceClient",
    "QueueClient",
    "TableServiceClient",
    "TableClient",
    "CosmosClient",
    "SearchClient",
    "from_container_url",
    "from_blob_url",
    "from_file_url",
    "from_share_url",
    "from_queue_url",
    "from_table_url",
    "download_blob_from_url",
    "upload_blob_to_url",
    "HTTPConnectionPool",
    "HTTPSConnectionPool",
    "connection_from_url",
    "ProxyManager",
    "proxy_from_url",
    "HTTPConnection",
    "HTTPSConnection",
    "Request",
    "ClientSession",
    "Client",
    "AsyncClient",
    "HTTPRequest",
    "Server",
    "ServerProxy",
    "urlretrieve",
    "HTML",
    "from_url",
    "create_connection",
    "WebSocketApp",
    "connect",
    "insecure_channel",
    "secure_channel",
    "client",
    "resource",
    "set_tunnel",
    "connection_from_host",
    "request",
    "urlopen",
    "open",
    "fetch",
    "setopt",
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "stream",
    "options",
  ],
  detect(node, ctx, report) {
    const tainted = (v: SyntaxNode | undefined) =>
      !!v && ctx.level(v, "url") === Level.SOURCE && !fixedOrigin(ctx, v) && !checkedByHelper(ctx, node, v);
    // req.full_url = url: a urllib Request retargeted after construction
    if (node.type === "assignment") {
      const left = field(node, "left");
      if (
        left?.type === "attribute" &&
        ctx.text(field(left, "attribute") ?? left) === "full_url" &&
        tainted(field(node, "right"))
      )
        report({ node, message: "a request's full_url is set from untrusted input" });
      return;
    }
    const q = ctx.callee(node);
    for (const [re, i, kw] of BINDERS) {
      if (!re.test(q)) continue;
      const target = i >= 0 ? ctx.arg(node, i, kw) : ctx.kwarg(node, kw);
      // ... or routed through a caller-chosen proxy (urllib3.connection.HTTPConnection(proxy=...)).
      if (tainted(target) || tainted(ctx.kwarg(node, "proxy")))
        report({ node, message: `${q}() is bound to a host or URL taken from untrusted input` });
      return;
    }
    // Azure SDK clients (Key Vault, Storage, Tables...) built on a caller-chosen endpoint: requests, with the
    // credential's bearer token, go to that host. The endpoint is the first argument or its keyword.
    if (AZURE_CLIENTS.test(q)) {
      const target = ctx.args(node)[0] ?? AZURE_URL_KWARGS.map((k) => ctx.kwarg(node, k)).find((v) => v);
      if (tainted(target))
        report({
          node,
          message: `${q.split(".").pop()}() is bound to an endpoint taken from untrusted input`,
        });
      return;
    }
    const m = ctx.method(node);
    if (Object.hasOwn(HOST_METHODS, m) && field(node, "function")?.type === "attribute") {
      if (tainted(ctx.arg(node, 0, HOST_METHODS[m])))
        report({ node, message: `${m}() targets a host or URL taken from untrusted input` });
      return;
    }
    // urllib3.PoolManager().request(method, url) / .urlopen(method, url) on the pool itself.
    if ((m === "request" || m === "urlopen") && madeByCall(ctx, node, POOLS)) {
      if (tainted(ctx.arg(node, 1, "url")))
        report({ node, message: `${m}() fetches a URL taken from untrusted input` });
      return;
    }
    if (
      (m === "open" && madeByCall(ctx, node, OPENERS)) ||
      (m === "fetch" && madeByCall(ctx, node, TORNADO_CLIENTS))
    ) {
      const url = ctx.arg(node, 0, m === "open" ? "fullurl" : "request");
      if (tainted(url)) report({ node, message: `${m}() fetches a URL taken from untrusted input` });
      return;
    }
    if (m === "request" && isHttplib2(ctx, node)) {
      if (tainted(ctx.arg(node, 0, "uri")))
        report({ node, message: "httplib2 fetches a URL taken from untrusted input" });
      return;
    }
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
    // (not a method this file defines: `SCPClient(t).put(data, path)` copies a file, fetches nothing)
    // Flask-SQLAlchemy's db.session (db.session.delete(user), db.session.get(User, pk)) is an ORM unit of work.
    const session =
      /\.(get|post|put|patch|delete|head|request|stream|urlopen)$/.test(q) &&
      !/(^|\.)db\.session\.\w+$/.test(q) &&
      (/session|client/i.test(q) || isSessionCall(ctx, node)) &&
      ctx.localCallee(node)?.type !== "function_definition" &&
      !ormSessionParam(ctx, node) &&
      // A web framework's per-user session, a mapping (`request.session.get(key)` in Django, Starlette or Pyramid,
      // Flask's `session.get(key)`): a lookup by key, no HTTP client.
      !/^(flask\.session|(\w+\.)*(request|req)\.session)\.(get|pop)$/.test(q);
    if (!CLIENTS.test(q) && !session) return;
    // (method, url) for .request/.stream, and a pool manager's urlopen (not urllib's urlopen(url)).
    const second = /\.(request|stream)$/.test(q) || (session && !CLIENTS.test(q) && /\.urlopen$/.test(q));
    const url = ctx.arg(node, second ? 1 : 0, "url");
    if (!url) return;
    if (ctx.level(url, "url") === Level.SOURCE && !fixedOrigin(ctx, url) && !checkedByHelper(ctx, node, url))
      report({ node, message: `${q}() fetches a URL taken from untrusted input` });
  },
  cases: {
    valid: [
      // an origin held in a module constant heads the f-string / concatenation: the request value is path only
      "import requests\nfrom flask import request\nAPI = 'https://inventory.internal'\ndef f():\n    return requests.get(f\"{API}/items/{request.args['sku']}\", timeout=5).text",
      "import requests\nfrom flask import request\nAPI = 'https://inventory.internal'\nBASE = API + '/v2'\ndef f():\n    return requests.get(BASE + '/items/' + request.args['sku'], timeout=5).text",
      "def panel(request):\n    return [(k, request.session.get(k)) for k in request.session.keys()]",
      // a local helper resolves the URL's host and refuses private addresses before the request is sent
      "import ipaddress, socket\nfrom urllib.parse import urlsplit\nimport httpx\nfrom fastapi import APIRouter, HTTPException\nrouter = APIRouter()\ndef assert_public(url: str) -> None:\n    for info in socket.getaddrinfo(urlsplit(url).hostname or '', None):\n        if ipaddress.ip_address(info[4][0]).is_private:\n            raise HTTPException(400)\n@router.post('/hooks/test')\nasync def test_hook(body: Hook):\n    assert_public(str(body.url))\n    async with httpx.AsyncClient() as c:\n        return (await c.post(str(body.url))).status_code",
      // a SQLAlchemy session parameter deleting an object looked up from the request: an ORM unit of work
      "from fastapi import APIRouter, Depends\nfrom sqlalchemy.orm import Session\nrouter = APIRouter()\ndef _load(session, item_id):\n    return session.get(Item, item_id)\n@router.delete('/items/{item_id}')\ndef delete_item(item_id: int, session: Session = Depends(get_session)):\n    session.delete(_load(session, item_id))\n    session.commit()",
      "from flask import request, session\ndef f():\n    return session.get(request.args['k'])",
      "from flask import request\nclass SCPClient:\n    def __init__(self, t):\n        self.t = t\n    def put(self, data, path):\n        self.t.send(data)\ndef f(t):\n    SCPClient(t).put(request.get_data(), request.args['dest'])",
      // A higher-order helper whose every caller passes one function of this file: that function's result.
      "import requests\nfrom flask import request\nM = {'eu': 'https://eu.example.com'}\ndef pick(k):\n    return M.get(k, M['eu'])\ndef apply(fn, v):\n    return fn(v)\ndef f():\n    return requests.get(apply(pick, request.args['m'])).text",
      // A model field read back in a task: only a lookup by the request's value, nothing stored from it.
      "import requests\nfrom celery import shared_task\nfrom django.db import models\nclass Hook(models.Model):\n    url = models.URLField()\n@shared_task\ndef fire(pk):\n    requests.post(Hook.objects.get(pk=pk).url, timeout=5)\ndef view(request):\n    hook = Hook.objects.filter(url=request.POST['url']).first()\n    fire.delay(hook.pk)",
      "from azure.keyvault.secrets import SecretClient\nfrom flask import request\nVAULT = 'https://prod.vault.azure.net'\ndef f(cred):\n    return SecretClient(vault_url=VAULT, credential=cred).get_secret(request.args['k']).value",
      "from urllib.parse import urlparse\nfrom urllib.request import urlopen\nfrom bottle import abort, request\ndef f():\n    url = request.query.get('url', '')\n    parts = urlparse(url)\n    if parts.scheme != 'https' or parts.hostname != 'img.example.com':\n        abort(400)\n    return urlopen(url).read()",
      "import httpx\nfrom flask import request\ndef f():\n    with httpx.Client(base_url='https://api.example.com') as c:\n        return c.get('/items', params={'q': request.args['q']}).text",
      "import urllib.request\nfrom flask import request\ndef f():\n    req = urllib.request.Request('https://feeds.example.com/a')\n    req.full_url = 'https://feeds.example.com/b'\n    return urllib.request.urlopen(req).read()",
      "import requests\nfrom urllib.parse import urlparse\nfrom fastapi import FastAPI, HTTPException\nfrom pydantic import BaseModel\napp = FastAPI()\nHOSTS = {'cdn.example.com'}\nclass P(BaseModel):\n    url: str\n@app.post('/p')\ndef p(body: P):\n    parts = urlparse(body.url)\n    if parts.hostname not in HOSTS:\n        raise HTTPException(status_code=400)\n    return requests.get(body.url).text",
      "import ipaddress, socket, requests\nfrom urllib.parse import urlparse\nfrom flask import request, abort\ndef f():\n    url = request.args['u']\n    parts = urlparse(url)\n    addr = ipaddress.ip_address(socket.gethostbyname(parts.hostname))\n    if not addr.is_global:\n        abort(400)\n    return requests.get(url).text",
      "import requests\nfrom flask import request\nrequests.get('https://api.example.com/' + request.args['p'], timeout=5)",
      "import requests\nfrom flask import request\nrequests.get(f\"https://api.example.com/items/{request.args['id']}\", timeout=5)",
      "import requests\nrequests.get('https://api.example.com/x', timeout=5)",
      // A template with a fixed host, the value only in its query (format_map fills it like format).
      "import requests\nfrom flask import request\nrequests.get('https://api.example.com/s?{q}'.format_map({'q': request.args['q']}), timeout=5)",
      "import boto3\nfrom flask import request\ndef f():\n    return boto3.client('s3', region_name=request.args['r'])",
      // A service address the deployment sets in a fixed environment variable is not the client's.
      "import os, boto3, requests\ndef handler(event, context):\n    s3 = boto3.client('s3', endpoint_url=os.environ.get('S3_ENDPOINT'))\n    return requests.get(os.environ['API_URL'] + '/health', timeout=5).ok",
      "import grpc\nfrom flask import request\ndef f():\n    return grpc.insecure_channel('inventory.internal:50051')",
      "from tornado.httpclient import AsyncHTTPClient\nfrom urllib.parse import quote\nfrom tornado.web import RequestHandler\nclass H(RequestHandler):\n    async def get(self):\n        await AsyncHTTPClient().fetch('https://api.example.com/u/' + quote(self.get_argument('u'), safe=''))",
      "import urllib.request\nfrom flask import request\ndef f():\n    return urllib.request.build_opener().open('https://feeds.example.com/a.xml').read()",
      "import requests\ndef f(u):\n    return requests.get(u, timeout=3)",
      // An ORM session deleting a row the request picked fetches nothing.
      "from flask import request\nfrom .models import User, db\ndef f():\n    user = User.query.get_or_404(request.form['id'])\n    db.session.delete(user)\n    db.session.commit()",
      "import requests\nfrom urllib.parse import urlsplit\nfrom flask import request, abort\nFEEDS = {'feeds.example.com'}\ndef f():\n    u = request.args['u']\n    host = urlsplit(u).hostname or ''\n    if host not in FEEDS:\n        abort(400)\n    return requests.get(u, timeout=3).text",
    ],
    invalid: [
      "import requests\nfrom flask import request\nrequests.get('https://{h}/s'.format_map({'h': request.args['h']}), timeout=5)",
      // a helper on the URL that only logs it checks nothing
      {
        code: "import httpx\nfrom fastapi import APIRouter\nrouter = APIRouter()\ndef note(url: str) -> None:\n    print('fetching', url)\n@router.post('/hooks/test')\nasync def test_hook(body: Hook):\n    note(str(body.url))\n    async with httpx.AsyncClient() as c:\n        return (await c.post(str(body.url))).status_code",
        line: 10,
      },
      "import httplib2\nfrom flask import request\ndef f():\n    return httplib2.Http(timeout=5).request(request.args['u'])",
      "import treq\nfrom flask import request\nasync def f():\n    return await treq.get(request.args['u'])",
      // the constant origin with no '/' after it: the value can still end the host ('@evil.example')
      {
        code: "import requests\nfrom flask import request\nAPI = 'https://inventory.internal'\ndef f():\n    return requests.get(f\"{API}{request.args['p']}\", timeout=5).text",
        line: 5,
      },
      // A requests Session in a view still fetches.
      "import requests\ndef view(request):\n    session = requests.Session()\n    return session.get(request.GET['u']).text",
      "import requests\nfrom flask import request\nM = {'eu': 'https://eu.example.com'}\ndef pick(k):\n    return M.get(k, M['eu'])\ndef apply(fn, v):\n    return fn(v)\ndef f():\n    return requests.get(apply(str.strip, request.args['m'])).text",
      // A model field a view stores from the request, read back by a background task.
      "import requests\nfrom celery import shared_task\nfrom django.db import models\nclass Hook(models.Model):\n    url = models.URLField()\n@shared_task\ndef fire(pk):\n    requests.post(Hook.objects.get(pk=pk).url, timeout=5)\ndef view(request):\n    hook = Hook.objects.create(url=request.POST['url'])\n    fire.delay(hook.pk)",
      "import requests\nfrom celery import shared_task\nfrom django.db import models\nclass Hook(models.Model):\n    url = models.URLField()\n@shared_task\ndef fire(pk):\n    h = Hook.objects.get(pk=pk)\n    requests.post(h.url, timeout=5)\ndef view(request):\n    h = Hook.objects.get(pk=1)\n    h.url = request.POST['url']\n    h.save()",
      // ... but a CGI variable is filled from the request.
      "import os, requests\nrequests.get(os.environ.get('HTTP_X_TARGET'), timeout=5)",
      {
        code: "import requests\nfrom urllib.parse import urlparse\nfrom flask import request\ndef f():\n    url = request.args['u']\n    if urlparse(url).hostname != 'img.example.com':\n        return requests.get(url).text\n    return ''",
        line: 7,
      },
      "import requests\nfrom urllib.parse import urlparse\nfrom flask import request, abort\ndef f():\n    u = request.args['u']\n    if urlparse(u).scheme not in ('http', 'https'):\n        abort(400)\n    return requests.get(u, timeout=3).text",
      "import urllib3\nfrom flask import request\ndef f():\n    return urllib3.PoolManager().urlopen('GET', request.args['u']).data",
      // Python 2's urllib.urlopen and urllib2.Request(url).
      "import urllib\nfrom flask import request\ndef f():\n    return urllib.urlopen(request.args['u']).read()",
      "import urllib2\nfrom flask import request\ndef f():\n    return urllib2.urlopen(urllib2.Request(request.args['u'])).read()",
      "import websocket\nfrom flask import request\ndef f():\n    return websocket.create_connection(request.args['ws']).recv()",
      "import grpc\nfrom flask import request\ndef f():\n    return grpc.insecure_channel(request.args['target'])",
      "import boto3\nfrom flask import request\ndef f():\n    return boto3.client('s3', endpoint_url=request.args['e']).list_buckets()",
      "from azure.keyvault.secrets import SecretClient\nfrom flask import request\ndef f(cred):\n    return SecretClient(vault_url=request.args['v'], credential=cred).get_secret('k').value",
      "from azure.storage.blob import ContainerClient\nfrom flask import request\ndef f():\n    return [b.name for b in ContainerClient.from_container_url(request.args['c']).list_blobs()]",
      "from tornado.httpclient import AsyncHTTPClient\nfrom tornado.web import RequestHandler\nclass H(RequestHandler):\n    async def get(self):\n        await AsyncHTTPClient().fetch(self.get_argument('url'))",
      "import urllib.request\nfrom flask import request\ndef f():\n    opener = urllib.request.build_opener()\n    return opener.open(request.args['u']).read()",
      "from urllib.request import urlretrieve\nfrom flask import request\ndef f():\n    urlretrieve(request.form['u'], '/tmp/x')",
      "import xmlrpc.client\nfrom flask import request\ndef f():\n    return xmlrpc.client.ServerProxy(request.form['e'])",
      "import requests\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass P(BaseModel):\n    url: str\n@app.post('/p')\ndef p(body: P):\n    return requests.get(body.url).text",
      {
        code: "import urllib3\nfrom flask import request\ndef f():\n    c = urllib3.connection.HTTPSConnection('api.example.com', 443, proxy=request.args['p'])\n    return c",
        line: 4,
      },
      {
        code: "import urllib3\nfrom flask import request\ndef f():\n    pm = urllib3.ProxyManager(request.args['proxy'])\n    return pm.request('GET', 'https://api.example.com').data",
        line: 4,
      },
      {
        code: "import httpx\nfrom flask import request\ndef f():\n    with httpx.Client(base_url=request.args['b']) as c:\n        return c.get('/status').text",
        line: 4,
      },
      {
        code: "import urllib.request\nfrom flask import request\ndef f():\n    req = urllib.request.Request('https://feeds.example.com/a')\n    req.full_url = request.args['u']\n    return urllib.request.urlopen(req).read()",
        line: 5,
      },
      {
        code: "import http.client\nfrom flask import request\ndef f():\n    c = http.client.HTTPSConnection('proxy.example.com', 3128)\n    c.set_tunnel(request.args['h'], 443)",
        line: 5,
      },
      {
        code: "import httplib2\nfrom flask import request\ndef f():\n    h = httplib2.Http()\n    return h.request(request.args['u'], 'GET')",
        line: 5,
      },
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
      "import requests\nfrom urllib.parse import urlsplit\nfrom flask import request, abort\nFEEDS = {'feeds.example.com'}\ndef f():\n    u = request.args['u']\n    host = urlsplit(u).hostname or ''\n    if not host:\n        abort(400)\n    return requests.get(u, timeout=3).text",
    ],
  },
});
