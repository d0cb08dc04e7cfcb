import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** The last folder of a path a site is published from: static files, a web root, a docs or build output. */
const SITE_FOLDER =
  /(^|[/\\])(static|public|site|_site|www|wwwroot|webroot|web|html|htdocs|public_html|docs?|build|dist|out|assets|pages)$/i;

export default pyRule({
  meta: {
    id: "PY-LISTING-001",
    title: "Directory listing enabled for served files",
    cwe: ["CWE-548"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags aiohttp add_static(..., show_index=True), Django's django.views.static.serve given show_indexes=True (in a URL pattern's kwargs or a direct call), and an http.server / socketserver server bound to every interface with SimpleHTTPRequestHandler serving the working directory as it is (no os.chdir to a site, no directory=).",
      why_bad:
        "A listing shows every file in the folder, including uploads, backups and exports nobody linked to: names and contents become one click away.",
      example_bad:
        "from aiohttp import web\napp = web.Application()\napp.router.add_static('/files/', '/srv/files', show_index=True)",
      example_good:
        "from aiohttp import web\napp = web.Application()\napp.router.add_static('/files/', '/srv/files')",
    },
    fix_hint: "Serve files without indexes (and from a web server, not the app, in production).",
  },
  trigger: /show_index|SimpleHTTPRequestHandler|directory_view|AutoIndex/,
  nodeTypes: ["call"],
  calls: [
    "add_static",
    "serve",
    "re_path",
    "path",
    "url",
    "TCPServer",
    "ThreadingTCPServer",
    "HTTPServer",
    "ThreadingHTTPServer",
    "static",
    "AutoIndex",
  ],
  detect(node, ctx, report) {
    if (
      /^(socketserver\.(Threading)?TCPServer|http\.server\.(Threading)?HTTPServer)$/.test(ctx.callee(node))
    ) {
      // http.server's SimpleHTTPRequestHandler lists every folder it serves; on all interfaces, to the network.
      const [addr, handler] = ctx.args(node);
      const a = ctx.resolve(addr);
      const host = a?.type === "tuple" ? ctx.stringValue(ctx.resolve(namedChildren(a)[0])) : undefined;
      if (!(host === "" || host === "0.0.0.0" || host === "::") || !handler) return;
      // `functools.partial(SimpleHTTPRequestHandler, directory="/srv/uploads")`: the handler with its folder.
      const made = ctx.resolve(handler);
      const partial =
        made?.type === "call" && /^(functools\.)?partial$/.test(ctx.callee(made)) ? made : undefined;
      const cls = partial ? ctx.args(partial)[0] : handler;
      if (!cls || !/(^|\.)SimpleHTTPRequestHandler$/.test(ctx.qname(cls))) return;
      const dir = partial ? ctx.stringValue(ctx.kwarg(partial, "directory")) : undefined;
      if (dir !== undefined) {
        // A folder chosen by name: a site's (static, public, www, build output) is published on purpose; any other
        // (uploads, data, backups) has its file names listed to whoever asks.
        if (!SITE_FOLDER.test(dir.replace(/\/+$/, "")))
          report({
            node,
            message: `SimpleHTTPRequestHandler lists the files under ${dir} on every interface`,
          });
        return;
      }
      // (not a site the program chose to publish: os.chdir to it, or the handler's directory=)
      if (!sourceHas(ctx.tree, /\bos\.chdir\(|\bdirectory\s*=/))
        report({
          node,
          message: "SimpleHTTPRequestHandler serves and lists the working directory on every interface",
        });
      return;
    }
    // Sanic's app.static(uri, dir, directory_view=True); flask-autoindex's AutoIndex(app, browse_root=...) (an index
    // of the folder is all it serves).
    if (ctx.method(node) === "static" && ctx.isTrue(ctx.kwarg(node, "directory_view"))) {
      report({ node, message: "static route lists directory contents (directory_view=True)" });
      return;
    }
    if (/^flask_autoindex\.AutoIndex$/.test(ctx.callee(node))) {
      report({ node, message: "flask-autoindex serves directory listings" });
      return;
    }
    if (ctx.method(node) === "add_static") {
      if (ctx.isTrue(ctx.kwarg(node, "show_index")))
        report({ node, message: "static route lists directory contents (show_index=True)" });
      return;
    }
    // Django: serve(request, path, document_root, show_indexes=True), or re_path(r'...', serve, {'show_indexes': True}).
    if (/^django\.views\.static\.serve$/.test(ctx.callee(node))) {
      if (ctx.isTrue(ctx.arg(node, 3, "show_indexes")))
        report({ node, message: "static.serve lists directory contents (show_indexes=True)" });
      return;
    }
    if (!/(^|\.)(re_path|path|url)$/.test(ctx.callee(node))) return;
    const [, view, kwargs] = ctx.args(node);
    if (!view || !/^django\.views\.static\.serve$/.test(ctx.qname(view))) return;
    const dict = ctx.resolve(kwargs);
    const on =
      dict?.type === "dictionary" &&
      namedChildren(dict).some(
        (p) =>
          p.type === "pair" &&
          ctx.stringValue(field(p, "key")) === "show_indexes" &&
          ctx.isTrue(field(p, "value")),
      );
    if (on) report({ node, message: "static.serve lists directory contents (show_indexes=True)" });
  },
  cases: {
    valid: [
      "import functools\nfrom http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler\nh = functools.partial(SimpleHTTPRequestHandler, directory='/srv/app/public')\nThreadingHTTPServer(('0.0.0.0', 8080), h).serve_forever()",
      "import os\nfrom http.server import HTTPServer, SimpleHTTPRequestHandler\ndef main():\n    os.chdir('/srv/site')\n    HTTPServer(('0.0.0.0', 80), SimpleHTTPRequestHandler).serve_forever()",
      "import http.server\nhttp.server.HTTPServer(('127.0.0.1', 8000), http.server.SimpleHTTPRequestHandler).serve_forever()",
      "from sanic import Sanic\napp = Sanic('a')\napp.static('/s', './static', directory_view=False)",
      "from django.urls import re_path\nfrom django.views.static import serve\nurlpatterns = [re_path(r'^m/(?P<path>.*)$', serve, {'document_root': '/srv/m'})]",
    ],
    invalid: [
      {
        code: "import functools\nfrom http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler\nh = functools.partial(SimpleHTTPRequestHandler, directory='/srv/backups')\nThreadingHTTPServer(('0.0.0.0', 8080), h).serve_forever()",
        line: 4,
      },
      {
        code: "import http.server, socketserver\nwith socketserver.TCPServer(('', 8080), http.server.SimpleHTTPRequestHandler) as httpd:\n    httpd.serve_forever()",
        line: 2,
      },
      {
        code: "from sanic import Sanic\napp = Sanic('a')\napp.static('/f', './files', directory_view=True)",
        line: 3,
      },
      { code: "from flask_autoindex import AutoIndex\nAutoIndex(app, browse_root='/srv/files')", line: 2 },
      {
        code: "from django.urls import re_path\nfrom django.views.static import serve\nurlpatterns = [\n    re_path(r'^m/(?P<path>.*)$', serve, {'document_root': '/srv/m', 'show_indexes': True}),\n]",
        line: 4,
      },
    ],
  },
});
