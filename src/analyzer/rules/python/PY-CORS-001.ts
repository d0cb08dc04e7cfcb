import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * A view whose function or class name says it serves public metadata (`ConnectDiscoveryInfoView`, `JwksInfoView`,
 * `well_known`, `public_keys`): a document every relying party fetches, readable from any site by design.
 */
function publicMetadata(ctx: PythonContext, node: SyntaxNode): { severity?: "LOW" } {
  for (let p = node.parent; p; p = p.parent)
    if (p.type === "function_definition" || p.type === "class_definition") {
      const name = ctx.text(field(p, "name") ?? p);
      if (/jwks|discovery|well_?known|openid_?configuration|public_?keys?\b|certs$/i.test(name))
        return { severity: "LOW" };
    }
  return {};
}

export default pyRule({
  meta: {
    id: "PY-CORS-001",
    title: "CORS allows any origin",
    cwe: ["CWE-942", "CWE-346"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "Access-Control-Allow-Origin: * on a view its function or class names as public metadata (OIDC discovery, .well-known, a JWKS or public key set), which every site may read by design",
      },
    ],
    docs: {
      what_it_does:
        "Flags flask_cors CORS/cross_origin with origins='*' (or no origins) together with credentials, Access-Control-Allow-Origin: * headers or ones that echo the request's Origin, and Django CORS_ALLOW_ALL_ORIGINS / CORS_ORIGIN_ALLOW_ALL = True, and quart-cors's cors/route_cors with allow_origin='*'.",
      why_bad:
        "Any website can read your API's responses from a visitor's browser; with credentials it reads their private data.",
      example_bad:
        "from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins='*', supports_credentials=True)",
      example_good:
        "from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins=['https://app.example.com'])",
    },
    fix_hint: "List the trusted origins explicitly; never combine a wildcard with credentials.",
  },
  trigger: /CORS|cross_origin|Access-Control|cors_enable|aiohttp_cors|quart_cors/,
  nodeTypes: ["call", "assignment", "decorator", "keyword_argument"],
  detect(node, ctx, report) {
    // An origin pattern that lets every site in: '*', or a regex that matches anything ('.*', '^.+$').
    const anyOrigin = (v: string | undefined) =>
      v !== undefined && (v === "*" || /^\^?(?:[\w()|?]+:\/\/)?\(?\.[*+]\)?\$?$/.test(v));
    // A value (literal, list/tuple/set of literals, or a name bound to one) holding an any-origin pattern.
    const permissive = (n: SyntaxNode | undefined): boolean => {
      const v = ctx.resolve(n);
      if (!v) return false;
      if (anyOrigin(ctx.stringValue(v))) return true;
      if (v.type === "list" || v.type === "tuple" || v.type === "set")
        return namedChildren(v).some((c) => anyOrigin(ctx.stringValue(ctx.resolve(c))));
      return false;
    };
    // A dict literal with an Access-Control-Allow-Origin entry of '*' or the request's own Origin.
    const headerDict = (d: SyntaxNode | undefined): string | undefined => {
      if (d?.type !== "dictionary") return undefined;
      for (const pair of namedChildren(d)) {
        if (pair.type !== "pair") continue;
        if (!/^access-control-allow-origin$/i.test(ctx.stringValue(field(pair, "key")) ?? "")) continue;
        const v = field(pair, "value");
        if (ctx.stringValue(ctx.resolve(v)) === "*") return "Access-Control-Allow-Origin: *";
        if (v && ctx.level(v, "trust") === Level.SOURCE)
          return "Access-Control-Allow-Origin echoes the request's Origin";
        return undefined;
      }
      return undefined;
    };
    if (node.type === "keyword_argument") {
      // settings.configure(CORS_ALLOW_ALL_ORIGINS=True) and the like.
      const name = ctx.text(field(node, "name") ?? node);
      const v = field(node, "value");
      if (/^(CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL)$/.test(name) && v?.type === "true")
        report({ node, message: "all origins allowed" });
      else if (/^(CORS_ALLOWED_ORIGIN_REGEXES|CORS_ORIGIN_REGEX_WHITELIST)$/.test(name) && permissive(v))
        report({ node, message: "an origin regex that matches every origin" });
      return;
    }
    if (node.type === "decorator") {
      // The bare decorator `@cross_origin` (no call): flask-cors's default lets every origin in.
      const e = namedChildren(node)[0];
      if (e && e.type !== "call" && /^(flask_cors|sanic_cors)\.cross_origin$/.test(ctx.qname(e)))
        report({ node, message: "cross_origin with its default: every origin" });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "assignment") {
      const left = ctx.text(field(node, "left") ?? node).replace(/\s+/g, "");
      const right = field(node, "right");
      if (
        /^(?:[\w.]+\.)?(CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL)$/.test(left) &&
        right?.type === "true"
      )
        report({ node, message: "all origins allowed" });
      else if (
        /^(?:[\w.]+\.)?(CORS_ALLOWED_ORIGIN_REGEXES|CORS_ORIGIN_REGEX_WHITELIST)$/.test(left) &&
        permissive(right)
      )
        report({ node, message: "an origin regex that matches every origin" });
      else if (/\[['"]Access-Control-Allow-Origin['"]\]=['"]\*['"]$/i.test(t))
        report({ node, message: "Access-Control-Allow-Origin: *", ...publicMetadata(ctx, node) });
      else if (/\[['"]Access-Control-Allow-Origin['"]\]=/i.test(t)) {
        // The request's own Origin echoed back: every site is allowed, as with '*' (and, unlike '*', the browser
        // then sends cookies when credentials are allowed too). An allow-list test before it counts.
        if (right && ctx.level(right, "trust") === Level.SOURCE)
          report({ node, message: "Access-Control-Allow-Origin echoes the request's Origin" });
      }
      return;
    }
    const q = ctx.callee(node);
    if (
      /^(flask_cors\.CORS|CORS|flask_cors\.cross_origin|cross_origin|sanic_cors\.CORS|sanic_cors\.cross_origin)$/.test(
        q,
      )
    ) {
      const imported = /^(flask_cors|sanic_cors)\./.test(q);
      const origins = ctx.kwarg(node, "origins");
      const resources = ctx.resolve(ctx.kwarg(node, "resources"));
      let open = permissive(origins);
      // flask-cors's default origin list is '*': with no origins anywhere, every site is let in. A resources map
      // whose entries name no origins falls back to that default too.
      if (!open && !origins && imported) {
        if (resources?.type === "dictionary") {
          open = namedChildren(resources).some((p) => {
            if (p.type !== "pair") return false;
            const opts = ctx.resolve(field(p, "value"));
            if (opts?.type !== "dictionary") return false;
            const o = namedChildren(opts).find(
              (e) => e.type === "pair" && ctx.stringValue(field(e, "key")) === "origins",
            );
            return !o || permissive(field(o, "value"));
          });
        } else
          open = !namedChildren(field(node, "arguments") ?? node).some((a) => a.type === "dictionary_splat");
      }
      if (!open && resources?.type === "dictionary")
        open = namedChildren(resources).some((p) => {
          const opts = p.type === "pair" ? ctx.resolve(field(p, "value")) : undefined;
          if (opts?.type !== "dictionary") return false;
          const o = namedChildren(opts).find(
            (e) => e.type === "pair" && ctx.stringValue(field(e, "key")) === "origins",
          );
          return !!o && permissive(field(o, "value"));
        });
      if (!open && !imported && /supports_credentials=True/.test(t) && !/origins(=|['"]:)/.test(t))
        open = true;
      if (open) report({ node, message: "CORS allows any origin" });
      return;
    }
    // Starlette/FastAPI: add_middleware(CORSMiddleware, allow_origins=['*']) or Middleware(CORSMiddleware, ...).
    const first = ctx.args(node)[0];
    if (first && /^CORSMiddleware$|\.CORSMiddleware$/.test(ctx.qname(first))) {
      if (permissive(ctx.kwarg(node, "allow_origins")) || permissive(ctx.kwarg(node, "allow_origin_regex")))
        report({ node, message: "CORS middleware allows any origin" });
      return;
    }
    // quart-cors: cors(app, allow_origin='*'), @route_cors(...) and @websocket_cors(...) with an any-origin pattern.
    if (/^quart_cors\.(cors|route_cors|websocket_cors)$/.test(q)) {
      if (permissive(ctx.kwarg(node, "allow_origin")))
        report({ node, message: "quart-cors allows any origin" });
      return;
    }
    // Falcon: App(cors_enable=True) and CORSMiddleware() default to every origin.
    if (/^falcon\.(asgi\.)?App$|^falcon\.API$/.test(q)) {
      if (ctx.kwarg(node, "cors_enable")?.type === "true")
        report({ node, message: "falcon's CORS for every origin" });
      return;
    }
    if (/^falcon\.CORSMiddleware$/.test(q)) {
      const o = ctx.kwarg(node, "allow_origins") ?? ctx.args(node)[0];
      if (!o || permissive(o)) report({ node, message: "falcon's CORS middleware for every origin" });
      return;
    }
    // aiohttp-cors: setup(app, defaults={"*": ResourceOptions(...)}) or cors.add(route, {"*": ...}).
    if (/^aiohttp_cors\.setup$/.test(q) || ctx.method(node) === "add") {
      const d = ctx.resolve(
        /^aiohttp_cors\.setup$/.test(q) ? ctx.kwarg(node, "defaults") : ctx.args(node)[1],
      );
      if (
        d?.type === "dictionary" &&
        namedChildren(d).some(
          (p) =>
            p.type === "pair" &&
            ctx.stringValue(field(p, "key")) === "*" &&
            /ResourceOptions$/.test(ctx.callee(ctx.resolve(field(p, "value")) ?? p) || ""),
        )
      ) {
        report({ node, message: "aiohttp-cors options for every origin" });
        return;
      }
    }
    if (/^(add_header|set_header|setdefault|send_header|set|add|__setitem__)$/.test(ctx.method(node))) {
      if (/^access-control-allow-origin$/i.test(ctx.stringValue(ctx.args(node)[0]) ?? "")) {
        const v = ctx.args(node)[1];
        if (ctx.stringValue(ctx.resolve(v)) === "*")
          report({ node, message: "Access-Control-Allow-Origin: *", ...publicMetadata(ctx, node) });
        else if (v && ctx.level(v, "trust") === Level.SOURCE)
          report({ node, message: "Access-Control-Allow-Origin echoes the request's Origin" });
        return;
      }
    }
    // A response or header set made with an Access-Control-Allow-Origin entry: headers={...} (Django, Starlette,
    // aiohttp), a positional dict (flask Response, werkzeug Headers) or make_response((body, status, {...})).
    const candidates: (SyntaxNode | undefined)[] = [ctx.kwarg(node, "headers")];
    for (const a of ctx.args(node)) {
      const r = ctx.resolve(a);
      candidates.push(r);
      if (r?.type === "tuple" || r?.type === "parenthesized_expression") candidates.push(...namedChildren(r));
    }
    for (const c of candidates) {
      const msg = headerDict(ctx.resolve(c));
      if (msg) {
        report({ node, message: msg });
        return;
      }
    }
  },
  cases: {
    valid: [
      "from flask_cors import CORS\nCORS(app, resources={r'/v1/*': {'origins': ['https://a.com']}})",
      "from flask_cors import CORS\nCORS(app, resources=r'/api/*', origins='https://a.com')",
      "from flask_cors import cross_origin\n@cross_origin(origins=['https://a.com'])\ndef f():\n    pass",
      "from flask import Response\ndef f():\n    return Response('{}', 200, {'Access-Control-Allow-Origin': 'https://a.com'})",
      "def f(resp):\n    resp.headers.set('Access-Control-Allow-Methods', '*')",
      "import falcon\napp = falcon.App(middleware=falcon.CORSMiddleware(allow_origins=['https://a.com']))",
      "from django.conf import settings\nsettings.CORS_ALLOWED_ORIGIN_REGEXES = [r'^https://\\w+\\.example\\.com$']",
      "from django.http import JsonResponse\ndef v(request):\n    return JsonResponse({}, headers={'Access-Control-Allow-Origin': 'https://app.example.com'})",
      "from flask_cors import CORS\nCORS(app, origins=['https://a.com'])",
      "from flask_cors import CORS\nCORS(app, resources={r'/api/*': {'origins': ['https://a.com']}}, supports_credentials=True)",
      "from fastapi.middleware.cors import CORSMiddleware\napi.add_middleware(CORSMiddleware, allow_origins=['https://a.com'])",
      "from fastapi.middleware.cors import CORSMiddleware\napi.add_middleware(CORSMiddleware, allow_origin_regex=r'https://[a-z0-9-]+\\.example\\.com', allow_credentials=True)",
      "from quart import Quart\nfrom quart_cors import cors\napp = cors(Quart(__name__), allow_origin=['https://a.com'], allow_credentials=True)",
      "from flask import request\nALLOWED = {'https://a.com'}\ndef f(resp):\n    o = request.headers.get('Origin', '')\n    if o in ALLOWED:\n        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp",
    ],
    invalid: [
      {
        code: "from django.http import JsonResponse\nfrom django.views import View\nclass JwksInfoView(View):\n    def get(self, request):\n        response = JsonResponse({'keys': []})\n        response['Access-Control-Allow-Origin'] = '*'\n        return response",
        line: 6,
        severity: "LOW",
      },
      {
        code: "from django.http import JsonResponse\ndef account(request):\n    response = JsonResponse({'email': request.user.email})\n    response['Access-Control-Allow-Origin'] = '*'\n    return response",
        line: 4,
      },
      {
        code: "from fastapi.middleware.cors import CORSMiddleware\napi.add_middleware(CORSMiddleware, allow_origin_regex=r'https://.*', allow_credentials=True)",
        line: 2,
      },
      { code: "from flask_cors import CORS\nCORS(app)", line: 2 },
      { code: "from flask_cors import CORS\nCORS(app, resources=r'/api/*')", line: 2 },
      { code: "from flask_cors import CORS\nCORS(app, origins=r'^.*$')", line: 2 },
      { code: "from flask_cors import cross_origin\n@cross_origin\ndef f():\n    pass", line: 2 },
      { code: "from flask_cors import cross_origin\n@cross_origin()\ndef f():\n    pass", line: 2 },
      {
        code: "from flask import Response\ndef f():\n    return Response('{}', 200, {'Access-Control-Allow-Origin': '*'})",
        line: 3,
      },
      {
        code: "from flask import make_response\ndef f():\n    return make_response(('{}', 200, {'Access-Control-Allow-Origin': '*'}))",
        line: 3,
      },
      { code: "def f(resp):\n    resp.headers.set('Access-Control-Allow-Origin', '*')", line: 2 },
      { code: "import falcon\napp = falcon.App(cors_enable=True)", line: 2 },
      {
        code: "from quart import Quart\nfrom quart_cors import cors\napp = cors(Quart(__name__), allow_origin='*', allow_credentials=True)",
        line: 3,
      },
      {
        code: "import quart_cors\n@app.route('/me')\n@quart_cors.route_cors(allow_origin=['*'])\nasync def me():\n    return {}",
        line: 3,
      },
      {
        code: "import aiohttp_cors\ncors = aiohttp_cors.setup(app, defaults={'*': aiohttp_cors.ResourceOptions(allow_credentials=True)})",
        line: 2,
      },
      {
        code: "from starlette.middleware import Middleware\nfrom starlette.middleware.cors import CORSMiddleware\nm = [Middleware(CORSMiddleware, allow_origins=['*'])]",
        line: 3,
      },
      {
        code: "from django.conf import settings\nsettings.configure(\n    CORS_ALLOW_ALL_ORIGINS=True,\n)",
        line: 3,
      },
      { code: "from django.conf import settings\nsettings.CORS_ORIGIN_ALLOW_ALL = True", line: 2 },
      {
        code: "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        self.send_header('Access-Control-Allow-Origin', '*')",
        line: 4,
      },
      {
        code: "from django.http import JsonResponse\ndef v(request):\n    return JsonResponse({}, headers={'Access-Control-Allow-Origin': request.headers.get('Origin')})",
        line: 3,
      },
      {
        code: "from fastapi.middleware.cors import CORSMiddleware\napi.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)",
        line: 2,
      },
      "from flask_cors import CORS\nCORS(app, resources={r'/*': {'origins': '*'}})",
      "resp.headers['Access-Control-Allow-Origin'] = '*'",
      {
        code: "from flask import request\ndef f(resp):\n    resp.headers['Access-Control-Allow-Origin'] = request.headers.get('Origin')\n    return resp",
        line: 3,
      },
    ],
  },
});
