import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-CORS-001",
    title: "CORS allows any origin",
    cwe: ["CWE-942", "CWE-346"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags flask_cors CORS/cross_origin with origins='*' (or no origins) together with credentials, Access-Control-Allow-Origin: * headers or ones that echo the request's Origin, and Django CORS_ALLOW_ALL_ORIGINS / CORS_ORIGIN_ALLOW_ALL = True.",
      why_bad:
        "Any website can read your API's responses from a visitor's browser; with credentials it reads their private data.",
      example_bad:
        "from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins='*', supports_credentials=True)",
      example_good:
        "from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins=['https://app.example.com'])",
    },
    fix_hint: "List the trusted origins explicitly; never combine a wildcard with credentials.",
  },
  trigger: /CORS|cross_origin|Access-Control/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, report) {
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "assignment") {
      if (/^(CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL)=True$/.test(t))
        report({ node, message: "all origins allowed" });
      else if (/\[['"]Access-Control-Allow-Origin['"]\]=['"]\*['"]$/i.test(t))
        report({ node, message: "Access-Control-Allow-Origin: *" });
      else if (/\[['"]Access-Control-Allow-Origin['"]\]=/i.test(t)) {
        // The request's own Origin echoed back: every site is allowed, as with '*' (and, unlike '*', the browser
        // then sends cookies when credentials are allowed too). An allow-list test before it counts.
        const v = field(node, "right");
        if (v && ctx.level(v, "trust") === Level.SOURCE)
          report({ node, message: "Access-Control-Allow-Origin echoes the request's Origin" });
      }
      return;
    }
    const q = ctx.callee(node);
    if (/^(flask_cors\.CORS|CORS|flask_cors\.cross_origin|cross_origin)$/.test(q)) {
      if (
        /(origins|resources)=.*['"]\*['"]/.test(t) ||
        (/supports_credentials=True/.test(t) && !/origins(=|['"]:)/.test(t))
      )
        report({ node, message: "CORS allows any origin" });
      return;
    }
    // Starlette/FastAPI: add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)
    if (
      ctx.method(node) === "add_middleware" &&
      /^CORSMiddleware$|\.CORSMiddleware$/.test(ctx.qname(ctx.args(node)[0]))
    ) {
      if (/allow_origins=\[?['"]\*['"]/.test(t) || /allow_origin_regex=['"]\.\*['"]/.test(t))
        report({ node, message: "CORS middleware allows any origin" });
      return;
    }
    if (/add_header|set_header|setdefault|send_header/.test(ctx.method(node))) {
      if (/['"]Access-Control-Allow-Origin['"],['"]\*['"]/i.test(t))
        report({ node, message: "Access-Control-Allow-Origin: *" });
      else if (/^access-control-allow-origin$/i.test(ctx.stringValue(ctx.args(node)[0]) ?? "")) {
        const v = ctx.args(node)[1];
        if (v && ctx.level(v, "trust") === Level.SOURCE)
          report({ node, message: "Access-Control-Allow-Origin echoes the request's Origin" });
      }
      return;
    }
    // A response made with headers={"Access-Control-Allow-Origin": ...} (Django, Starlette, aiohttp).
    const headers = ctx.resolve(ctx.kwarg(node, "headers"));
    if (headers?.type !== "dictionary") return;
    for (const pair of headers.children) {
      if (pair.type !== "pair") continue;
      if (!/^access-control-allow-origin$/i.test(ctx.stringValue(field(pair, "key")) ?? "")) continue;
      const v = field(pair, "value");
      if (ctx.stringValue(v) === "*") report({ node, message: "Access-Control-Allow-Origin: *" });
      else if (v && ctx.level(v, "trust") === Level.SOURCE)
        report({ node, message: "Access-Control-Allow-Origin echoes the request's Origin" });
      return;
    }
  },
  cases: {
    valid: [
      "from django.http import JsonResponse\ndef v(request):\n    return JsonResponse({}, headers={'Access-Control-Allow-Origin': 'https://app.example.com'})",
      "from flask_cors import CORS\nCORS(app, origins=['https://a.com'])",
      "from flask_cors import CORS\nCORS(app, resources={r'/api/*': {'origins': ['https://a.com']}}, supports_credentials=True)",
      "from fastapi.middleware.cors import CORSMiddleware\napi.add_middleware(CORSMiddleware, allow_origins=['https://a.com'])",
      "from flask import request\nALLOWED = {'https://a.com'}\ndef f(resp):\n    o = request.headers.get('Origin', '')\n    if o in ALLOWED:\n        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp",
    ],
    invalid: [
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
