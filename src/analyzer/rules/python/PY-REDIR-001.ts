import { Level, type PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { fixedOrigin, pyRule } from "./common.js";

/**
 * Django middleware's response: the `response` parameter of `process_response(self, request, response)` (the
 * MiddlewareMixin hook; `get_response(request)`'s result in a new-style middleware is known by its callee).
 */
function middlewareResponse(ctx: PythonContext, id: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(id);
  const name = fn ? ctx.text(field(fn, "name") ?? fn) : "";
  if (!fn || !/^process_(template_)?response$/.test(name)) return false;
  const params = ctx.paramNames(fn);
  return params[params.length - 1] === ctx.text(id) && params.length >= 2 && !ctx.valueOf(id);
}

/** A return of `get_redirect_url` in a class that extends Django's RedirectView (directly, by its name). */
function redirectViewTarget(ctx: PythonContext, ret: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(ret);
  if (!fn || ctx.text(field(fn, "name") ?? fn) !== "get_redirect_url") return false;
  let cls: SyntaxNode | null = fn.parent;
  while (cls && cls.type !== "class_definition") cls = cls.parent;
  const bases = cls ? field(cls, "superclasses") : undefined;
  return !!bases && /\bRedirectView\b/.test(ctx.text(bases));
}

/**
 * `sidecar_url(...) + "?" + request.GET.urlencode()`: the request's text comes only after a literal `?` (or `#`)
 * that follows a head the request does not choose - it fills the query, it cannot change where the client goes.
 */
function queryOnly(ctx: PythonContext, url: SyntaxNode): boolean {
  const parts: SyntaxNode[] = [];
  const walk = (n: SyntaxNode): void => {
    if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+") {
      walk(field(n, "left") ?? n);
      walk(field(n, "right") ?? n);
    } else parts.push(n);
  };
  walk(url);
  const mark = parts.findIndex(
    (p, i) => i > 0 && p.type === "string" && /^[?#]/.test(ctx.stringValue(p) ?? ""),
  );
  return mark > 0 && parts.slice(0, mark).every((p) => ctx.level(p, "redirect") !== Level.SOURCE);
}

/** `settings.SSO_SERVER`, `conf.LOGIN_URL`, `django_settings.X`: a deployment setting, chosen by no request. */
const SETTING = /^(\w*settings|conf|config)\.[A-Z][A-Z0-9_]*$/;

/**
 * The target is the deployment's sign-on server or login page, the request at most filling its query: a URL that
 * starts with `urljoin(settings.SSO, "login")` or a setting, then `?`; a `'%s?next=%s' % (login_url, ...)` whose
 * head is not the request's; or a call of a local helper every return of which is one of these.
 */
function settingsHeaded(ctx: PythonContext, url: SyntaxNode, depth = 0): boolean {
  if (depth > 2) return false;
  if (url.type === "identifier") {
    // `url = urljoin(...)`, then `url += "?" + ...` in a branch: every value bound to the name in its function
    // (an append keeps the head).
    const fn = ctx.enclosingFunction(url);
    const name = ctx.text(url);
    const binds = fn
      ? descendants(field(fn, "body") ?? fn).filter(
          (a) => a.type === "assignment" && ctx.text(field(a, "left") ?? a) === name,
        )
      : [];
    if (binds.length && ctx.paramNames(fn!).every((p) => p !== name))
      return binds.every((a) => {
        const v = field(a, "right");
        return !!v && settingsHeaded(ctx, v, depth + 1);
      });
  }
  let n = url.type === "identifier" ? (ctx.resolve(url) ?? url) : url;
  if (n.type === "call") {
    const fn = ctx.localCallee(n);
    if (fn && !/^(urljoin|join)$/.test(ctx.method(n))) {
      const rets = ctx.returnValues(fn);
      return rets.length > 0 && rets.every((r) => settingsHeaded(ctx, r, depth + 1));
    }
  }
  // '%s?%s=%s' % (login_url, field, quote(path)): the first value heads the URL, a literal '?' follows it.
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "%") {
    const fmt = ctx.stringValue(field(n, "left"));
    const r = field(n, "right");
    const first = r?.type === "tuple" ? namedChildren(r)[0] : r;
    return (
      fmt !== undefined &&
      /^%s[?#]/.test(fmt) &&
      !!first &&
      (SETTING.test(ctx.text(first)) || ctx.level(first, "redirect") < Level.SOURCE)
    );
  }
  while (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+")
    n = field(n, "left") ?? n;
  if (SETTING.test(ctx.text(n))) return true;
  if (n.type !== "call" || !/(^|\.)urljoin$/.test(ctx.callee(n))) return false;
  // urljoin(settings.SSO, "login"): a relative path keeps the setting's host (a "//host" or a scheme would not).
  const [base, rel] = ctx.args(n);
  return (
    !!base &&
    !!rel &&
    SETTING.test(ctx.text(base)) &&
    ctx.level(rel, "redirect") < Level.PARAM &&
    !/^(\/\/|[a-z][\w+.-]*:)/i.test(ctx.stringValue(rel) ?? "")
  );
}

export default pyRule({
  meta: {
    id: "PY-REDIR-001",
    title: "Open redirect to a URL from the request",
    cwe: ["CWE-601"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags flask/django redirects (and a response's Location header) whose target comes from request data without a same-site or allow-list check.",
      why_bad:
        "Attackers craft links on your domain that bounce victims to phishing sites, borrowing your domain's trust.",
      example_bad:
        "from flask import redirect, request\ndef go():\n    return redirect(request.args.get('next'))",
      example_good:
        "from flask import redirect, request, url_for\nfrom urllib.parse import urlparse\ndef go():\n    target = request.args.get('next', '')\n    if urlparse(target).netloc not in ('', 'example.com'):\n        target = url_for('index')\n    return redirect(target)",
    },
    fix_hint: "Only redirect to relative paths or allow-listed hosts; otherwise fall back to a fixed page.",
  },
  trigger: /[Rr]edirect|HTTP(Found|SeeOther|MovedPermanently|PermanentRedirect)|Location|\.location =/,
  nodeTypes: ["call", "assignment", "pair", "return_statement"],
  detect(node, ctx, report) {
    if (node.type === "return_statement") {
      // Django's RedirectView sends the client wherever its get_redirect_url() returns.
      const v = namedChildren(node)[0];
      if (
        v &&
        redirectViewTarget(ctx, node) &&
        ctx.level(v, "redirect") === Level.SOURCE &&
        !queryOnly(ctx, v) &&
        !fixedOrigin(ctx, v)
      )
        report({ node, message: "RedirectView.get_redirect_url() returns a URL from the request" });
      return;
    }
    if (node.type === "pair") {
      // A Lambda proxy response: {"statusCode": 302, "headers": {"Location": v}} returned by handler(event, context).
      const key = field(node, "key");
      if (
        key?.type !== "string" ||
        key.end - key.start > 10 ||
        ctx.stringValue(key)?.toLowerCase() !== "location"
      )
        return;
      const headers = node.parent?.type === "dictionary" ? node.parent.parent : undefined;
      const outer = headers?.type === "pair" ? headers.parent : undefined;
      if (
        headers?.type !== "pair" ||
        // (multiValueHeaders: each header's values as a list, {"Location": [v]}.)
        !/^(headers|multiValueHeaders)$/.test(ctx.stringValue(field(headers, "key")) ?? "") ||
        outer?.type !== "dictionary" ||
        !outer.children.some((c) => c.type === "pair" && ctx.stringValue(field(c, "key")) === "statusCode")
      )
        return;
      const fn = ctx.enclosingFunction(node);
      const held = field(node, "value");
      const value = held?.type === "list" && namedChildren(held).length === 1 ? namedChildren(held)[0] : held;
      if (fn && ctx.isEntryFunction(fn) && value && ctx.level(value, "redirect") === Level.SOURCE)
        if (!fixedOrigin(ctx, value))
          report({ node, message: "Location header of the response comes from the request" });
      return;
    }
    if (node.type === "assignment") {
      // `resp.headers['Location'] = url` redirects as surely as redirect(url) once the status is 3xx.
      const left = field(node, "left");
      // werkzeug's `resp.location = url` sets the same header on a response object.
      const target = left?.type === "attribute" ? ctx.resolve(field(left, "object")) : undefined;
      if (
        target?.type === "call" &&
        ctx.text(field(left!, "attribute") ?? left!) === "location" &&
        /(^|\.)(make_response|Response|redirect)$/.test(ctx.callee(target))
      ) {
        const value = field(node, "right");
        if (value && ctx.level(value, "redirect") === Level.SOURCE && !fixedOrigin(ctx, value))
          report({ node, message: "response Location comes from the request" });
        return;
      }
      const obj = left?.type === "subscript" ? field(left, "value") : undefined;
      // Django sets headers on the response itself: `resp = HttpResponseRedirect('/')`; `resp['Location'] = url`.
      const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
      const response =
        (made?.type === "call" &&
          /(^|\.)(HttpResponse\w*|\w*Response|redirect|get_response)$/.test(ctx.callee(made))) ||
        (obj?.type === "identifier" && middlewareResponse(ctx, obj));
      if (!response && (obj?.type !== "attribute" || !/(^|\.)headers$/.test(ctx.qname(obj)))) return;
      if (ctx.stringValue(field(left!, "subscript"))?.toLowerCase() !== "location") return;
      const value = field(node, "right");
      if (value && ctx.level(value, "redirect") === Level.SOURCE && !fixedOrigin(ctx, value))
        report({ node, message: "Location header comes from the request" });
      return;
    }
    const q = ctx.callee(node);
    // http.server: `self.send_header('Location', v)` in a request handler sends the redirect target as is.
    if (q === "self.send_header") {
      const [k, v] = ctx.args(node);
      if (ctx.stringValue(k)?.toLowerCase() === "location" && v && ctx.level(v, "redirect") === Level.SOURCE)
        if (!fixedOrigin(ctx, v)) report({ node, message: "Location header comes from the request" });
      return;
    }
    // `Response(status=302, headers={'Location': v})`: a response built with its Location header.
    const headers = ctx.resolve(ctx.kwarg(node, "headers"));
    if (headers?.type === "dictionary" && /(^|\.)(Response|make_response|HttpResponse)$/.test(q)) {
      for (const pair of headers.children) {
        if (pair.type !== "pair") continue;
        const k = ctx.stringValue(field(pair, "key"));
        const v = field(pair, "value");
        if (
          k?.toLowerCase() === "location" &&
          v &&
          ctx.level(v, "redirect") === Level.SOURCE &&
          !fixedOrigin(ctx, v)
        )
          report({ node, message: "Location header comes from the request" });
      }
      return;
    }
    if (
      !/^(flask\.redirect|redirect|self\.redirect|aiohttp\.web\.HTTP(Found|SeeOther|MovedPermanently|TemporaryRedirect|PermanentRedirect)|pyramid\.httpexceptions\.HTTP(Found|SeeOther|MovedPermanently)|django\.shortcuts\.redirect|(django\.http\.)?HttpResponse(Permanent)?Redirect|RedirectResponse|starlette\.responses\.RedirectResponse|fastapi\.responses\.RedirectResponse|(bottle|quart|werkzeug\.utils|sanic\.response)\.redirect|cherrypy\.HTTPRedirect|falcon\.(HTTPFound|HTTPSeeOther|HTTPMovedPermanently|HTTPTemporaryRedirect|HTTPPermanentRedirect)|falcon\.redirects\.\w+|litestar\.(response\.)?Redirect)$/.test(
        q,
      ) &&
      // Twisted's request.redirect(url) in a resource's render method.
      !(q === "request.redirect" && sourceHas(ctx.tree, /^\s*(from|import)\s+twisted\b/m))
    )
      return;
    const url =
      ctx.arg(node, 0, "location") ??
      ctx.arg(node, 0, "url") ??
      ctx.kwarg(node, "to") ??
      (/Redirect$/.test(q) && /^litestar\./.test(q) ? ctx.kwarg(node, "path") : undefined);
    // "https://host/" + path (an f-string, %- or .format template alike) keeps the host: only the path varies.
    if (
      url &&
      ctx.level(url, "redirect") === Level.SOURCE &&
      !fixedOrigin(ctx, url) &&
      !settingsHeaded(ctx, url)
    )
      report({ node, message: "redirect target comes from the request" });
  },
  cases: {
    valid: [
      // A query-string-only target stays on the page that answered.
      "from django.http import HttpResponseRedirect\ndef add(request, choices):\n    qs = '&' + request.META['QUERY_STRING']\n    return HttpResponseRedirect('?ct_id=%s%s' % (choices[0][0], qs))",
      "from flask import redirect, request\ndef f():\n    return redirect(f\"?page={request.args.get('page', 1)}\")",
      "from django.urls import reverse\nfrom django.views.generic import RedirectView\nclass Go(RedirectView):\n    def get_redirect_url(self, *args, **kwargs):\n        return reverse('home')",
      // The request fills only the query of a URL the view chose.
      "from django.views.generic import RedirectView\nclass Go(RedirectView):\n    def get_redirect_url(self, *args, **kwargs):\n        return static_url('oauth2-redirect.html') + '?' + self.request.GET.urlencode()",
      // The registered view is the subclass (request.args.get(...) is no call of the view's get()).
      "from flask import Flask, redirect, request\nfrom flask.views import MethodView\napp = Flask(__name__)\nPAGES = {'/', '/home'}\nclass A(MethodView):\n    def next_url(self):\n        return request.args.get('next', '/')\n    def get(self):\n        return redirect(self.next_url())\nclass B(A):\n    def next_url(self):\n        url = super().next_url()\n        return url if url in PAGES else '/'\napp.add_url_rule('/w', view_func=B.as_view('w'))",
      // A flag computed from the check, tested later: the check's own text is the guard.
      "from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\ndef v(request):\n    nxt = request.GET.get('next')\n    ok = nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()})\n    if ok and request.user.is_authenticated:\n        return redirect(nxt)\n    return redirect('/')",
      "from django.utils.deprecation import MiddlewareMixin\nDEST = {'home': '/'}\nclass M(MiddlewareMixin):\n    def process_response(self, request, response):\n        response['Location'] = DEST.get(request.GET.get('to'), '/')\n        return response",
      "from urllib.parse import urlparse\nfrom flask import redirect, request, url_for\ndef is_safe_next(target):\n    if not target:\n        return False\n    parsed = urlparse(target)\n    return not parsed.scheme and not parsed.netloc and target.startswith('/') and not target.startswith('//')\ndef login():\n    next_url = request.args.get('next')\n    if not is_safe_next(next_url):\n        next_url = url_for('dashboard')\n    return redirect(next_url)\n",
      'from urllib.parse import urlparse\nfrom flask import redirect, request\ndef is_local(t):\n    if not t:\n        return False\n    parsed = urlparse(t)\n    return not parsed.netloc and not parsed.scheme and not t.startswith(\'//\')\ndef f():\n    nxt = request.args["next"]\n    if is_local(nxt):\n        return redirect(nxt)\n    return redirect("/")\n',
      "from flask import redirect, request\ndef f():\n    t = 'https://accounts.example.com/'\n    t += request.args['next']\n    return redirect(t)",
      "from urllib.parse import urlparse\nfrom flask import redirect, request\ndef f():\n    n = request.args['next'].replace('\\\\', '/')\n    if urlparse(n).netloc == '' and not n.startswith('//'):\n        return redirect(n)\n    return redirect('/')",
      "from pyramid.httpexceptions import HTTPFound\ndef out(request):\n    return HTTPFound(location=request.route_url('home'))",
      "from litestar import get\nfrom litestar.response import Redirect\n@get('/c')\nasync def c(next_url: str) -> Redirect:\n    return Redirect(path='/home')",
      "from flask import request, redirect\nfrom urllib.parse import urlparse\ndef f():\n    back = request.headers.get('Referer')\n    if back and urlparse(back).netloc == request.host:\n        return redirect(back)\n    return redirect('/')",
      "from flask import redirect, request\ndef f():\n    return redirect('https://docs.example.org/' + request.args['p'])",
      "from flask import redirect, request\ndef f():\n    return redirect('https://docs.example.org/{}'.format(request.args['p']))",
      "from urllib.parse import urlparse\nfrom flask import redirect, request\ndef f():\n    d = request.args['d']\n    host = urlparse(d).hostname or ''\n    if host == 'example.org' or host.endswith('.example.org'):\n        return redirect(d)\n    return redirect('/')",
      "from urllib.parse import urlparse\nfrom flask import redirect, request\ndef f():\n    d = request.args['d']\n    parsed = urlparse(d)\n    host = parsed.hostname or ''\n    if parsed.scheme == 'https' and (host == 'example.org' or host.endswith('.example.org')):\n        return redirect(d)\n    return redirect('/')",
      "import cherrypy\nclass R:\n    @cherrypy.expose\n    def home(self):\n        raise cherrypy.HTTPRedirect('/')",
      "from flask import redirect, url_for\ndef f():\n    return redirect(url_for('home'))",
      // A route of this site heads the target; the request only picks the query or fragment after it.
      "from django.shortcuts import redirect\nfrom django.urls import reverse\ndef v(request):\n    return redirect(reverse('settings') + '?tab=' + request.GET.get('tab', ''))",
      "from flask import redirect, request, url_for\ndef f():\n    return redirect(url_for('search') + '?q=' + request.args['q'])",
      "from fastapi import FastAPI, Response\napp = FastAPI()\n@app.get('/go')\ndef go(tab: str):\n    return Response(status_code=302, headers={'Location': '/settings?tab=' + tab})",
      "from flask import redirect\nredirect('/login')",
      "from flask import Response, request\nfrom urllib.parse import quote\ndef f():\n    return Response(status=302, headers={'Location': '/login?next=' + quote(request.args['next'], safe='')})",
      "from bottle import redirect\ndef go():\n    redirect('/home')",
      "from flask import make_response, request\ndef f():\n    r = make_response('', 302)\n    r.headers['Location'] = '/home'\n    return r",
      "def handler(event, context):\n    return {'statusCode': 302, 'headers': {'Location': '/login?next=' + event['path']}}",
      // reverse() builds a path of the site's own URL patterns from the arguments.
      "from django.shortcuts import redirect\nfrom django.urls import reverse\ndef v(request):\n    return redirect(reverse('profile', args=[request.GET['u']]))",
      "from django.http import HttpResponseRedirect\ndef v(request):\n    resp = HttpResponseRedirect('/')\n    resp['X-Next'] = request.GET['then']\n    resp['Location'] = '/home'\n    return resp",
      "from http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nROUTES = {'home': '/'}\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        to = parse_qs(urlparse(self.path).query).get('to', ['home'])[0]\n        self.send_response(302)\n        self.send_header('Location', ROUTES.get(to, '/'))\n        self.end_headers()",
      "from flask import make_response, request, url_for\ndef f():\n    r = make_response('', 302)\n    r.location = url_for('home', next=request.args['next'])\n    return r",
      "from flask import redirect, request, abort\nfrom urllib.parse import urlparse\ndef f():\n    t = request.args['next']\n    u = urlparse(t)\n    if u.netloc or t.startswith('//'):\n        abort(400)\n    return redirect(t)",
      "from django.shortcuts import redirect\ndef f(request):\n    return redirect(f\"/i18n/{request.GET['l']}/home/\")",
      "from urllib.parse import urlparse\nfrom flask import redirect, request\ndef f():\n    t = request.args['to']\n    u = urlparse(t)\n    if u.scheme == 'https' and u.hostname == 'shop.example.com':\n        return redirect(t)\n    return redirect('/')",
      // A constant scheme and host rebuilt around the request's path; a parsed host matched in a class pattern
      // and tested by the case's guard.
      "from urllib.parse import urlsplit, urlunsplit\nfrom flask import redirect, request\ndef f():\n    p = urlsplit(request.args['u'])\n    return redirect(urlunsplit(('https', 'app.example.com', p.path, p.query, '')))",
      "from urllib.parse import ParseResult, urlparse\nfrom flask import redirect, request\nOK = {'a.example.com'}\ndef f():\n    t = request.args['u']\n    match urlparse(t):\n        case ParseResult(scheme='https', netloc=host) if host in OK:\n            return redirect(t)\n        case _:\n            return redirect('/')",
      // The sign-on server from settings heads the target; the request's URL is a query value.
      "from urllib.parse import urljoin, urlencode\nfrom django.conf import settings\nfrom django.http import HttpResponseRedirect\ndef _sso(service):\n    return urljoin(settings.SSO_URL, 'login') + '?' + urlencode({'service': service})\ndef v(request):\n    return HttpResponseRedirect(_sso(request.GET['next']))",
      "from urllib.parse import quote\nfrom django.conf import settings\nfrom django.http import HttpResponseRedirect\ndef v(request):\n    return HttpResponseRedirect('%s?next=%s' % (settings.LOGIN_URL, quote(request.get_full_path())))",
    ],
    invalid: [
      {
        code: "def handler(event, context):\n    t = event['pathParameters']['target']\n    return {'statusCode': 301, 'multiValueHeaders': {'Location': ['https://' + t]}}",
        line: 3,
      },
      "from urllib.parse import urljoin\nfrom django.conf import settings\nfrom django.http import HttpResponseRedirect\ndef v(request):\n    return HttpResponseRedirect(urljoin(settings.SSO_URL, request.GET['p']))",
      "from django.http import HttpResponseRedirect\ndef _next(request):\n    return request.GET.get('next') or '/'\ndef v(request):\n    return HttpResponseRedirect(_next(request))",
      "from django.http import HttpResponseRedirect\ndef v(request):\n    return HttpResponseRedirect('%s?x=1' % request.GET['n'])",
      {
        code: "from litestar import get\nfrom litestar.response import Redirect\n@get('/c')\nasync def c(next_url: str) -> Redirect:\n    return Redirect(path=next_url)",
        line: 5,
      },
      {
        code: "from twisted.web import resource\nclass L(resource.Resource):\n    def render_GET(self, request):\n        request.redirect(request.args[b'next'][0])\n        request.finish()\n        return b''",
        line: 4,
      },
      {
        code: "from django.views.generic import RedirectView\nclass Go(RedirectView):\n    def get_redirect_url(self, *args, **kwargs):\n        return self.request.GET.get('url')",
        line: 4,
      },
      // No host is not same-origin: urlparse("///evil.com").netloc is "" and browsers go to evil.com.
      {
        code: 'from urllib.parse import urlparse\nfrom flask import redirect, request\ndef is_local(t):\n    if not t:\n        return False\n    parsed = urlparse(t)\n    return not parsed.netloc and not parsed.scheme\ndef f():\n    nxt = request.args["next"]\n    if is_local(nxt):\n        return redirect(nxt)\n    return redirect("/")\n',
        line: 11,
      },
      {
        code: "from flask import redirect, request, abort\nfrom urllib.parse import urlparse\ndef f():\n    t = request.args['next']\n    u = urlparse(t)\n    if u.netloc:\n        abort(400)\n    return redirect(t)",
        line: 8,
      },
      {
        code: "from flask import redirect, request\nfrom urllib.parse import urlparse\ndef f():\n    t = request.args['next']\n    if t.startswith('/') and not urlparse(t).netloc:\n        return redirect(t)\n    return redirect('/')",
        line: 6,
      },
      "from flask import Flask, redirect, request\nfrom flask.views import MethodView\napp = Flask(__name__)\nPAGES = {'/', '/home'}\nclass A(MethodView):\n    def next_url(self):\n        return request.args.get('next', '/')\n    def get(self):\n        return redirect(self.next_url())\nclass B(A):\n    def next_url(self):\n        url = super().next_url()\n        return url or '/'\napp.add_url_rule('/w', view_func=B.as_view('w'))",
      // Django middleware: the response get_response() returned, or process_response's response parameter.
      "class M:\n    def __init__(self, get_response):\n        self.get_response = get_response\n    def __call__(self, request):\n        response = self.get_response(request)\n        response['Location'] = request.GET['next']\n        return response",
      "from django.utils.deprecation import MiddlewareMixin\nclass M(MiddlewareMixin):\n    def process_response(self, request, response):\n        response['Location'] = request.GET.get('to', '/')\n        return response",
      "from django.shortcuts import redirect\ndef v(request):\n    nxt = request.GET.get('next')\n    ok = bool(nxt)\n    if ok:\n        return redirect(nxt)\n    return redirect('/')",
      // url_for() is a fixed origin only where it is the one value reaching the redirect
      "from flask import redirect, request, url_for\ndef f():\n    nxt = request.args.get('next')\n    if not nxt:\n        nxt = url_for('index')\n    return redirect(nxt)",
      'from flask import redirect, request\ndef ok(t):\n    return "example.com" in t\ndef f():\n    nxt = request.args["next"]\n    if not ok(nxt):\n        nxt = "/"\n    return redirect(nxt)\n',
      // A local helper named reverse is not Django's URL reverser; request.path may itself be //evil.example/.
      "from django.shortcuts import redirect\ndef reverse(s):\n    return s[::-1]\ndef v(request):\n    return redirect(reverse(request.GET['u']) + '?a=1')",
      "from django.shortcuts import redirect\ndef v(request):\n    return redirect(request.path + '?tab=' + request.GET['tab'])",
      "from urllib.parse import urlparse\nfrom flask import redirect, request\ndef f():\n    n = request.args['next']\n    if urlparse(n).netloc != '':\n        return redirect(n)\n    return redirect('/')",
      "from flask import redirect, request\ndef f():\n    t = request.args['next']\n    t += '?ok=1'\n    return redirect(t)",
      {
        code: "def handler(event, context):\n    nxt = event['queryStringParameters']['next']\n    return {'statusCode': 302, 'headers': {'Location': nxt}}",
        line: 3,
      },
      {
        code: "from flask import redirect, request\ndef f():\n    return redirect('https://docs.example.org' + request.args['p'])",
        line: 3,
      },
      {
        code: "from flask import redirect, request\ndef f():\n    d = request.args['d']\n    if 'example.org' in d:\n        return redirect(d)\n    return redirect('/')",
        line: 5,
      },
      {
        code: "import cherrypy\nclass R:\n    @cherrypy.expose\n    def go(self, url='/'):\n        raise cherrypy.HTTPRedirect(url)",
        line: 5,
      },
      {
        code: "from quart import Quart, redirect, request\napp = Quart(__name__)\n@app.route('/n')\nasync def n():\n    return redirect(request.args.get('next', '/'))",
        line: 5,
      },
      {
        code: "from urllib.parse import urlparse\nfrom flask import redirect, request\ndef f():\n    t = request.args['to']\n    u = urlparse(t)\n    if u.hostname != 'shop.example.com':\n        return redirect(t)\n    return redirect('/')",
        line: 7,
      },
      "from urllib.parse import urlsplit, urlunsplit\nfrom flask import redirect, request\ndef f():\n    p = urlsplit(request.args['u'])\n    return redirect(urlunsplit((p.scheme, p.netloc, p.path, p.query, '')))",
      "from urllib.parse import urlunparse\nfrom flask import redirect, request\ndef f():\n    return redirect(urlunparse(('https', request.args['h'], '/x', '', '', '')))",
      "from urllib.parse import ParseResult, urlparse\nfrom flask import redirect, request\ndef f():\n    t = request.args['u']\n    match urlparse(t):\n        case ParseResult(scheme='https', netloc=host) if host:\n            return redirect(t)\n        case _:\n            return redirect('/')",
      "from urllib.parse import ParseResult, urlparse\nfrom flask import redirect, request\nOK = {'a.example.com'}\ndef f():\n    t = request.args['u']\n    match urlparse(t):\n        case ParseResult(scheme='https', path=host) if host in OK:\n            return redirect(t)\n        case _:\n            return redirect('/')",
      "from flask import redirect, request\nredirect(request.args['next'])",
      { code: "from bottle import redirect, request\ndef go():\n    redirect(request.query.next)", line: 3 },
      {
        code: "from sanic import response\nasync def go(req):\n    return response.redirect(req.args.get('to'))",
        line: 3,
      },
      {
        code: "import falcon\nclass R:\n    def on_get(self, req, resp):\n        raise falcon.HTTPFound(req.get_param('next'))",
        line: 4,
      },
      "from flask import make_response, request\ndef f():\n    r = make_response('', 302)\n    r.headers['Location'] = request.args['next']\n    return r",
      {
        code: "from django.http import HttpResponseRedirect\ndef v(request):\n    resp = HttpResponseRedirect('/')\n    resp['Location'] = request.GET['then']\n    return resp",
        line: 4,
      },
      "from flask import make_response, request\ndef f():\n    r = make_response('', 302)\n    r.location = request.args['next']\n    return r",
      "from flask import Response, request\ndef f():\n    return Response(status=302, headers={'Location': request.args['next']})",
      "from http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        self.send_response(302)\n        self.send_header('Location', parse_qs(urlparse(self.path).query)['to'][0])\n        self.end_headers()",
      {
        code: "from aiohttp import web\nasync def go(request):\n    raise web.HTTPFound(request.query['to'])",
        line: 3,
      },
      {
        code: "from django.shortcuts import redirect\ndef f(request):\n    return redirect('/' + request.GET['l'])",
        line: 3,
      },
      {
        code: "from django import http\ndef f(request):\n    return http.HttpResponsePermanentRedirect(request.POST['to'])",
        line: 3,
      },
      {
        code: "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        self.redirect(self.get_argument('next'))",
        line: 4,
      },
    ],
  },
});
