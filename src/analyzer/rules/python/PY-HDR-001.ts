import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Headers only a client sends: setting one builds an outgoing request, not a response that could be split. */
const CLIENT_ONLY =
  /^(user-agent|authorization|proxy-authorization|accept(-[\w-]+)?|cookie|host|referer|if-[\w-]+|range|expect|x-requested-with|sec-websocket-(key|protocol|extensions|version))$/i;

/**
 * A header store no response is written through: the class's own (`self.headers`, `self._headers`: a response or
 * request class's internals, its callers decide what goes in) or a request object's (`request.headers`,
 * `prepared.headers`, an SDK's `params['headers']`: the request a client is about to send; a server cannot write
 * into the one it received). Judged on the mapping written or on the name it was copied from.
 */
const REQUEST_OBJECT = /^(\w+_)?(request|req|prepared(_request)?|preq)$/i;
function ownOrRequestStore(
  ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1],
  target: SyntaxNode,
  level: Level,
): boolean {
  for (const t of [target, ctx.resolve(target)]) {
    if (!t) continue;
    if (t.type === "attribute") {
      const obj = ctx.text(field(t, "object") ?? t);
      // A request object's headers are never a response's, whatever is written into them.
      if (REQUEST_OBJECT.test(obj)) return true;
      // A requests Session's default headers go out with every request it sends (`self._session.headers[k] = v`).
      if (/(^|\.)_?\w*session$/i.test(obj) && level < Level.SOURCE) return true;
      if (obj === "self" && level < Level.SOURCE) return true;
    }
    if (
      t.type === "subscript" &&
      ctx.stringValue(field(t, "subscript")) === "headers" &&
      level < Level.SOURCE
    )
      return true;
  }
  return false;
}

/** A mapping made fresh here: `{}`, `dict(...)`, `x.copy()`, or a choice/fallback with such a branch. */
function freshMapping(
  ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1],
  v: SyntaxNode | undefined,
): boolean {
  if (!v) return false;
  if (v.type === "dictionary" || v.type === "dictionary_comprehension") return true;
  if (v.type === "parenthesized_expression") return namedChildren(v).some((c) => freshMapping(ctx, c));
  if (v.type === "conditional_expression" || v.type === "boolean_operator")
    return namedChildren(v).some((c) => freshMapping(ctx, c));
  return (
    v.type === "call" &&
    // A header container made here: multidict's CIMultiDict (aiohttp), werkzeug/websockets' Headers,
    // starlette's MutableHeaders, wsgiref's Headers.
    /^(dict|(\w+\.)*(CaseInsensitiveDict|OrderedDict|HTTPHeaderDict|CIMultiDict|MultiDict|Headers|MutableHeaders))$|\.copy$/.test(
      ctx.callee(v),
    )
  );
}

/**
 * The header mapping is a local name this function (re)makes itself (`headers = dict(headers) if headers else {}`,
 * `if headers is None: headers = {}`): the headers of a request it sends or of an object it builds, filled from its
 * caller's arguments. A helper that only writes into a mapping it was handed (`def f(headers, v)`) still answers.
 */
function builtHere(ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1], store: SyntaxNode): boolean {
  if (store.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(store);
  if (!fn) return false;
  const name = ctx.text(store);
  return ctx.tree.nodes.some(
    (a) =>
      a.type === "assignment" &&
      a.start >= fn.start &&
      a.end <= fn.end &&
      ctx.enclosingFunction(a) === fn &&
      field(a, "left")?.type === "identifier" &&
      ctx.text(field(a, "left")!) === name &&
      freshMapping(ctx, field(a, "right")),
  );
}

/**
 * Every run-time part of the value is a header read back from the same response (`owner.get("ETag")`,
 * `owner["ETag"]`, `owner.headers.get(...)`), directly or through a local name, joined with literals.
 */
function rewritesOwnHeader(
  ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1],
  value: SyntaxNode,
  owner: string,
): boolean {
  let read = false;
  const own = (n: SyntaxNode): boolean => {
    const v = n.type === "identifier" ? (ctx.resolve(n) ?? n) : n;
    if (v === n && n.type === "identifier") return false;
    if (v.type === "string") return !v.children.some((c) => c.type === "interpolation");
    if (v.type === "binary_operator") return namedChildren(v).every(own);
    const base =
      v.type === "call" && ctx.method(v) === "get"
        ? field(field(v, "function") ?? v, "object")
        : v.type === "subscript"
          ? field(v, "value")
          : undefined;
    const key =
      v.type === "call" ? ctx.args(v)[0] : v.type === "subscript" ? field(v, "subscript") : undefined;
    const hit =
      !!base && ctx.stringValue(key) !== undefined && ctx.text(base).replace(/\.headers$/, "") === owner;
    read ||= hit;
    return hit;
  };
  // Literals alone are not a header read back: at least one part must be.
  return own(value) && read;
}

/** Names a byte range or a size is kept in. */
const RANGE_NAME =
  /^(start|stop|end|first|last|size|length|offset|count|\w+_(len|size|length|count|offset))$/;

/** `str(len(body))`, `str(size)` of a number, an int: text that cannot hold a line break. */
function numeric(ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1], value: SyntaxNode): boolean {
  const v = ctx.resolve(value) ?? value;
  if (v.type === "integer" || v.type === "float") return true;
  if (v.type === "parenthesized_expression") return namedChildren(v).some((c) => numeric(ctx, c));
  // size - 1, start + n: arithmetic on a number is a number; "bytes %d-%d/%d" % (a, b, n) of numbers is digits.
  if (v.type === "binary_operator") {
    const op = v.children.find((c) => !c.named)?.type ?? "";
    const l = field(v, "left");
    const r = field(v, "right");
    if (!l || !r) return false;
    if (op === "%" && l.type === "string") {
      if (/^[^%]*(%(%|[-+ 0#]*\d*[dixX])[^%]*)+$/.test(ctx.stringValue(l) ?? "%s")) return true;
      const parts = r.type === "tuple" ? namedChildren(r) : [r];
      return parts.length > 0 && parts.every((p) => numeric(ctx, p) || RANGE_NAME.test(ctx.text(p)));
    }
    return /^(\+|-|\*|\/\/)$/.test(op) && [l, r].some((x) => numeric(ctx, x) || RANGE_NAME.test(ctx.text(x)));
  }
  // A file's size or time from os.stat (`st.st_size`): a number.
  if (v.type === "attribute" && /^st_(size|mtime|ctime|atime)$/.test(ctx.text(field(v, "attribute") ?? v)))
    return true;
  if (v.type !== "call") return false;
  const q = ctx.callee(v);
  const arg = ctx.args(v)[0];
  if (/^(len|int|float)$|(^|\.)(getsize|getmtime)$/.test(q)) return true;
  // An HTTP date formatted from a timestamp (`httputil.HTTPDate(st.st_mtime)`, `http_date(ts)`, formatdate):
  // digits, names of days and months, nothing else.
  if (/(^|\.)(HTTPDate|http_date|formatdate|format_date_time)$/.test(q)) return true;
  return (
    /(^|\.)(str|builtin_str)$/.test(q) &&
    !!arg &&
    (arg.type === "integer" ||
      numeric(ctx, arg) ||
      /^(length|size|content_length|\w*_len|len_\w+|nbytes)$/.test(ctx.text(arg)))
  );
}

export default pyRule({
  meta: {
    id: "PY-HDR-001",
    title: "HTTP response header set from unsanitised input",
    cwe: ["CWE-113"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags assignments into header mappings (response.headers[...], headers dicts) and set_cookie/add_header values and WSGI start_response() header lists that carry caller-controlled data without CR/LF removal.",
      why_bad:
        "A value containing \\r\\n ends the header early and injects new headers or a forged body (response splitting).",
      example_bad: "def set_lang(headers, lang):\n    headers['Content-Language'] = lang\n    return headers",
      example_good:
        "def set_lang(headers, lang):\n    headers['Content-Language'] = lang.replace('\\r', '').replace('\\n', '')\n    return headers",
    },
    fix_hint: "Strip \\r and \\n from header values (or reject them), or allow-list the possible values.",
  },
  trigger: /header|HttpResponse|Response\(|start_response\(/i,
  nodeTypes: ["assignment", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // http.server: self.send_header('Content-Disposition', 'attachment; filename=' + name)
      // The handler may be another name: a helper's parameter, a handler kept elsewhere. The header's name is
      // written as given too (a CR/LF there splits the response as well).
      const fn0 = field(node, "function");
      if (
        ctx.method(node) === "send_header" &&
        fn0?.type === "attribute" &&
        (ctx.callee(node) === "self.send_header" ||
          sourceHas(ctx.tree, /BaseHTTPRequestHandler|http\.server/))
      ) {
        // A helper's parameter is judged by what the calls in this file pass it.
        const tainted = (a: SyntaxNode | undefined) =>
          !!a &&
          (ctx.level(a, "header") === Level.SOURCE ||
            (ctx.paramValues(a) ?? []).some((p) => ctx.level(p, "header") === Level.SOURCE));
        const [k, v] = ctx.args(node);
        if (tainted(k)) report({ node, message: "header name carries unsanitised input" });
        else if (tainted(v)) report({ node, message: "header value carries unsanitised input" });
        return;
      }
      // Response(body, headers={'Content-Disposition': 'attachment; filename=' + name}): each value.
      const hdrs =
        /(^|\.)(Response|HttpResponse\w*|make_response|JsonResponse|StreamingResponse|PlainTextResponse|HTMLResponse|FileResponse)$/.test(
          ctx.callee(node),
        )
          ? ctx.resolve(ctx.kwarg(node, "headers"))
          : undefined;
      // ... or a list of (name, value) tuples.
      if (hdrs?.type === "dictionary" || hdrs?.type === "list") {
        for (const pair of namedChildren(hdrs)) {
          const v =
            pair.type === "pair"
              ? field(pair, "value")
              : pair.type === "tuple"
                ? namedChildren(pair)[1]
                : undefined;
          if (v && ctx.level(v, "header") >= Level.PARAM) {
            report({ node: v, message: "header value carries unsanitised input" });
            return;
          }
        }
        return;
      }
      // WSGI: start_response('302 Found', [('Location', target)]): each (name, value) pair goes out as given.
      if (ctx.callee(node) === "start_response") {
        const list = ctx.resolve(ctx.args(node)[1]);
        const pairs = list?.type === "list" ? namedChildren(list).filter((t) => t.type === "tuple") : [];
        if (
          pairs.some((t) => namedChildren(t)[1] && ctx.level(namedChildren(t)[1]!, "header") >= Level.PARAM)
        )
          report({ node, message: "header value carries unsanitised input" });
        return;
      }
      // Falcon: resp.set_header(name, value) / append_header in a responder `on_<verb>(self, req, resp)`.
      if (/^(set_header|append_header)$/.test(ctx.method(node))) {
        const responder = ctx.enclosingFunction(node);
        const params = responder ? ctx.paramNames(responder) : [];
        const recv = field(field(node, "function") ?? node, "object");
        if (
          responder &&
          /^on_[a-z]+(_\w+)?$/.test(ctx.text(field(responder, "name") ?? node)) &&
          params.length >= 2 &&
          recv &&
          ctx.text(recv) === params[1]
        ) {
          const [k, v] = ctx.args(node);
          if (
            (k && ctx.level(k, "header") === Level.SOURCE) ||
            (v && ctx.level(v, "header") === Level.SOURCE)
          )
            report({ node, message: "header value carries unsanitised input" });
        }
        return;
      }
      // resp.headers.add('Set-Cookie', ...), headers.set(...), setdefault(...)
      const fn = field(node, "function");
      if (fn?.type !== "attribute" || !/^(add|set|setdefault|add_header)$/.test(ctx.method(node))) return;
      const store = field(fn, "object") ?? fn;
      if (!/headers$/i.test(ctx.text(store))) return;
      const v = ctx.arg(node, 1, "value") ?? ctx.args(node)[1];
      const lv = v ? ctx.level(v, "header") : Level.CONST;
      if (lv < Level.PARAM || ownOrRequestStore(ctx, store, lv)) return;
      if (lv < Level.SOURCE && builtHere(ctx, store)) return;
      report({ node, message: "header value carries unsanitised input" });
      return;
    }
    const left = field(node, "left");
    if (left?.type !== "subscript") return;
    const target = ctx.text(field(left, "value") ?? left);
    // Django sets headers by item on the response itself: response['X-User'] = ...
    const made = ctx.resolve(field(left, "value"));
    const response =
      made?.type === "call" &&
      /(HttpResponse\w*|(^|\.)Response|make_response|JsonResponse|StreamingHttpResponse|FileResponse)$/.test(
        ctx.callee(made),
      ) &&
      ctx.stringValue(field(left, "subscript")) !== undefined;
    if (!/headers?$/i.test(target) && !response) return;
    const value = field(node, "right");
    // `header['w:OptionSet'] = {...}` (a SOAP envelope's header): a name HTTP's token grammar rejects, or a mapping
    // as the value, is no HTTP header field.
    const key = ctx.stringValue(field(left, "subscript"));
    if ((key !== undefined && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) || value?.type === "dictionary")
      return;
    // `headers[:] = [(k, v) for k, v in headers if ...]`: the store filtered in place; every pair it keeps was
    // already in it, nothing new is written.
    if (field(left, "subscript")?.type === "slice" && value?.type === "list_comprehension") {
      const clause = namedChildren(value).find((c) => c.type === "for_in_clause");
      if (clause && ctx.text(field(clause, "right") ?? clause) === target) return;
    }
    const level = value ? ctx.level(value, "header") : Level.CONST;
    if (level < Level.PARAM) return;
    // A mapping this function builds itself (headers = {}, CaseInsensitiveDict(...), a numpy record) is an
    // outgoing request's headers or no HTTP at all until it reaches a response: only request data counts there.
    if (level < Level.SOURCE && (made?.type === "dictionary" || (made?.type === "call" && !response))) return;
    if (level < Level.SOURCE && !response && builtHere(ctx, field(left, "value") ?? left)) return;
    // A store named in the singular as an object's field or a qualified name (`hdu.header[key] = val`,
    // `conn_header["md5sum"] = ...`), or a `header` written under a snake_case key (`header["msg_id"]`): a file or
    // record format's header (FITS cards, a bag file's connection record, a message envelope). A plain `header`
    // mapping under an HTTP-style name is still an HTTP helper's. Only request data is judged in the others.
    if (
      level < Level.SOURCE &&
      !response &&
      (/(\.|\w_)header$/i.test(target) ||
        (/^header$/i.test(target) && key !== undefined && key.includes("_")))
    )
      return;
    // A request object's headers, or a caller's value in the class's own store, build no response.
    if (!response && ownOrRequestStore(ctx, field(left, "value") ?? left, level)) return;
    // `etag = response.get("ETag")` ... `response.headers["ETag"] = "W/" + etag`: a header the response already
    // carries, rewritten; it was checked when it was first set.
    if (value && rewritesOwnHeader(ctx, value, target.replace(/\.headers$/, ""))) return;
    // A caller's value (no request data reaches it) under a header only a client sends (Authorization,
    // User-Agent, Proxy-Authorization, ...) builds an outgoing request, not a response; a length is a number.
    // The header's name through a constant too (`headers[CONTENT_LENGTH] = str(size)`, `hdrs.CONTENT_TYPE`).
    const nv = ctx.constValue(field(left, "subscript"));
    const name = typeof nv === "string" ? nv : undefined;
    if (name !== undefined && ((level < Level.SOURCE && CLIENT_ONLY.test(name)) || numeric(ctx, value!)))
      return;
    report({ node, message: "header value carries unsanitised input" });
  },
  cases: {
    valid: [
      // A FITS HDU's header cards and a record file's connection header, filled from the caller's values.
      "def write(hdu, keys):\n    for key, val in keys.items():\n        hdu.header[key] = val",
      "def migrate(conn_header, new_type):\n    conn_header['md5sum'] = new_type.md5\n    conn_header['message_definition'] = new_type.text\n    return conn_header",
      "def resubmit(header, fresh):\n    header['msg_id'] = fresh['msg_id']\n    return header",
      "from urllib.parse import quote\nclass Download:\n    def on_get(self, req, resp):\n        name = req.get_param('name')\n        resp.set_header('Content-Disposition', 'attachment; filename=' + quote(name))",
      "def create_shell(req, noprofile, codepage):\n    header = req['env:Envelope']['env:Header']\n    header['w:OptionSet'] = {'w:Option': [{'@Name': 'WINRS_CODEPAGE', '#text': str(codepage)}]}\n    return req",
      "from django.http import HttpResponse\nfrom django.utils.text import slugify\ndef download(request):\n    name = slugify(request.GET.get('name', 'export')) or 'export'\n    resp = HttpResponse(b'id\\n', content_type='text/csv')\n    resp['Content-Disposition'] = 'attachment; filename=\"%s.csv\"' % name\n    return resp",
      "def strip(headers):\n    headers[:] = [(k, v) for k, v in headers if k.lower() != 'te']",
      "from flask import request, make_response\nfrom urllib.parse import urlsplit\ndef f():\n    r = make_response('')\n    r.headers['X-Host'] = urlsplit(request.args['u']).hostname or ''\n    return r",
      "def mw(get_response):\n    def h(request):\n        response = get_response(request)\n        etag = response.get('ETag')\n        if etag:\n            response.headers['ETag'] = 'W/' + etag\n        return response\n    return h",
      "from email.utils import formatdate\ndef f(response, ts):\n    response.headers['Last-Modified'] = formatdate(ts, usegmt=True)\n    return response",
      "def prepare(headers, body, ua):\n    headers['Content-Length'] = str(len(body))\n    headers['User-Agent'] = ua\n    return headers",
      "def application(environ, start_response):\n    start_response('200 OK', [('Content-Type', 'text/plain')])\n    return [b'ok']",
      "from http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        v = parse_qs(urlparse(self.path).query)['v'][0]\n        self.send_header('X-V', v.replace('\\r', '').replace('\\n', ''))",
      "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        self.send_response(200)\n        self.send_header('Content-Type', 'text/plain')\n        self.end_headers()",
      "def f(h, v):\n    h['X'] = v.replace('\\r', '').replace('\\n', '')",
      "def f(h):\n    h['X'] = 'y'",
      "from flask import request, Response\ndef f():\n    return Response(request.args['n'], headers={'Content-Type': 'text/plain'})",
      "from django.http import HttpResponse\ndef v(request):\n    r = HttpResponse('ok')\n    r['Content-Disposition'] = 'attachment'\n    return r",
      "import requests\ndef call(url, body, mimetype):\n    headers = {}\n    headers['Content-Type'] = mimetype\n    return requests.post(url, data=body, headers=headers)",
      "def rng(response, start, stop, size):\n    response.headers['Content-Range'] = 'bytes %s-%s/%s' % (start, stop - 1, size)",
      "import os\nfrom cherrypy.lib import httputil\ndef f(response, path):\n    st = os.stat(path)\n    response.headers['Last-Modified'] = httputil.HTTPDate(st.st_mtime)\n    response.headers['Content-Length'] = st.st_size",
      "class Signer:\n    def add_auth(self, request, stamp):\n        request.headers['X-Date'] = stamp",
      "def add_ids(request, ctx):\n    headers = request.headers\n    headers['sdk-invocation-id'] = ctx['invocation-id']",
      "def add_sha(params, digest):\n    headers = params['headers']\n    headers['x-content-sha256'] = digest",
      "def copy_obj(conn, path, token, headers=None):\n    headers = dict(headers) if headers else {}\n    headers['X-Auth-Token'] = token\n    conn.request('COPY', path, '', headers)",
      "class Found(Exception):\n    def __init__(self, location, headers=None):\n        if headers is None:\n            headers = {}\n        headers.setdefault('location', location)\n        super().__init__(headers)",
      "class Client:\n    def __init__(self, session, key):\n        self._session = session\n        self._session.headers['X-Api-Key'] = key",
      "class Response:\n    def set_type(self, value):\n        self.headers['Content-Type'] = value\n        self.headers.add('Vary', value)",
      // A response class's own header map, made here from its caller's arguments (aiohttp's Response).
      "from multidict import CIMultiDict\ndef build(headers=None, content_type='text/plain', charset='utf-8'):\n    real_headers = CIMultiDict(headers) if headers else CIMultiDict()\n    real_headers['Content-Type'] = content_type + '; charset=' + charset\n    return real_headers",
      "CONTENT_LENGTH = 'Content-Length'\ndef part(payload, size):\n    payload.headers[CONTENT_LENGTH] = str(size)",
    ],
    invalid: [
      // A plain `header` mapping a helper fills under a looked-up HTTP name is an HTTP helper's.
      {
        code: "KEYS = {'lang': 'Accept-Language', 'enc': 'Accept-Encoding'}\ndef store(info_type, info_content, header):\n    if info_type not in KEYS:\n        return header\n    header[KEYS[info_type]] = info_content\n    return header",
        line: 5,
      },
      // Request data in a singular-named store is still judged.
      "from flask import request\ndef f(header):\n    header['X-Name'] = request.args['n']\n    return header",
      {
        code: "class Download:\n    def on_get(self, req, resp):\n        name = req.get_param('name')\n        resp.set_header('Content-Disposition', 'attachment; filename=' + name)",
        line: 4,
      },
      {
        code: "def merge(headers, extra):\n    headers[:] = [(k, v) for k, v in extra]",
        line: 2,
      },
      {
        code: "def make(real_headers, content_type=None, charset=None):\n    if content_type is None:\n        content_type = 'text/plain'\n    real_headers['Content-Type'] = content_type + '; charset=' + charset\n    return real_headers",
        line: 4,
      },
      "from urllib.parse import parse_qs\ndef application(environ, start_response):\n    qs = parse_qs(environ.get('QUERY_STRING', ''))\n    start_response('302 Found', [('Location', qs.get('next', ['/'])[0])])\n    return [b'']",
      {
        code: "from http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        name = parse_qs(urlparse(self.path).query)['h'][0]\n        self.send_header(name, '1')",
        line: 6,
      },
      "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        self.send_response(302)\n        self.send_header('Location', self.path[1:])\n        self.end_headers()",
      "from django.http import HttpResponse\ndef v(request):\n    r = HttpResponse('ok')\n    r['X-User'] = request.GET['user']\n    return r",
      "from flask import request, make_response\ndef f():\n    r = make_response('')\n    r.headers.add('Set-Cookie', 'theme=' + request.form['theme'])\n    return r",
      "def f(headers, v):\n    headers['X-Info'] = v",
      "from flask import request\ndef f(resp):\n    headers = {}\n    headers['X-Name'] = request.args['n']\n    resp.headers.update(headers)\n    return resp",
      "from flask import request, make_response\ndef f():\n    r = make_response('')\n    r.headers['Location'] = request.args['u']\n    return r",
      "from flask import request, Response\ndef f():\n    return Response('', headers={'Content-Disposition': 'attachment; filename=' + request.args['n']})",
      "from flask import request, Response\ndef f():\n    return Response('', headers=[('X-Id', request.headers['X-Id'])])",
      "from flask import request\nclass View:\n    def get(self):\n        self.headers['X-Lang'] = request.args['lang']",
      // A number joined to request text under a header named at run time is still request text.
      {
        code: "from flask import request, make_response\ndef f():\n    r = make_response('')\n    name = request.args['h']\n    r.headers[name] = request.args['v'] + str(len(request.args))\n    return r",
        line: 5,
      },
      // Request data in a fresh header container still counts.
      {
        code: "from multidict import CIMultiDict\nfrom aiohttp import web\nasync def h(request):\n    headers = CIMultiDict()\n    headers['X-Echo'] = request.query['v']\n    return web.Response(headers=headers)",
        line: 5,
      },
    ],
  },
});
