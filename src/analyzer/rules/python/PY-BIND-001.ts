import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-BIND-001",
    title: "Service bound to all network interfaces",
    cwe: ["CWE-200", "CWE-1327", "CWE-668", "CWE-605"],
    severity: "LOW",
    docs: {
      what_it_does: "Flags servers and sockets bound to 0.0.0.0 or '::'.",
      why_bad: "Listening on every interface exposes development or internal services to the whole network.",
      example_bad: "import socket\ns = socket.socket()\ns.bind(('0.0.0.0', 8080))",
      example_good: "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 8080))",
    },
    fix_hint:
      "Bind to 127.0.0.1 unless the service must be reachable, and then put it behind a firewall or proxy.",
  },
  trigger: /0\.0\.0\.0|'::'|"::"|\.bind\(\s*\(\s*(''|"")|Server\(\s*\(\s*(''|"")|make_server\(\s*(''|"")/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (
      m !== "bind" &&
      m !== "run" &&
      m !== "listen" &&
      // aiohttp's run_app(app, host=...), Twisted's reactor.listenTCP(port, f, interface=...).
      !/^(run_app|listenTCP|listenSSL|listenUDP)$/.test(m) &&
      !/run_simple|serve|make_server|Server$|(^|\.)Listener$/.test(ctx.callee(node))
    ) {
      // cherrypy.config.update({'server.socket_host': '0.0.0.0'}): the server's address as a setting.
      if (
        m === "update" &&
        /(^|\.)config\.update$/.test(ctx.callee(node)) &&
        /['"]server\.socket_host['"]\s*:\s*['"](0\.0\.0\.0|::)['"]/.test(ctx.text(node))
      )
        report({ node, message: "listens on all interfaces" });
      return;
    }
    // An empty host in a socket address tuple is INADDR_ANY as well: sock.bind(("", port)),
    // socketserver.TCPServer(("", port), H), HTTPServer(("", port), H), wsgiref's make_server("", port, app).
    const first = ctx.args(node)[0];
    const q = ctx.callee(node);
    const given = m === "bind" || /(Server|(^|\.)Listener)$/.test(q) ? first : undefined;
    // The address tuple and its host may sit in names: `ANY = "0.0.0.0"`, `addr = (ANY, port)`.
    const addr = given?.type === "identifier" ? (ctx.resolve(given) ?? given) : given;
    const makeServer = /(^|\.)make_server$/.test(q);
    const hostNode =
      addr?.type === "tuple"
        ? addr.children.find((c) => c.named)
        : makeServer
          ? first
          : m === "bind"
            ? undefined
            : (ctx.kwarg(node, "host") ?? ctx.kwarg(node, "interface"));
    const hosts = hostNode?.type === "identifier" ? (ctx.possibleStrings(hostNode) ?? []) : [];
    if (hostNode && hostNode.type !== "identifier" && (addr?.type === "tuple" || makeServer))
      hosts.push(ctx.stringValue(hostNode) ?? "?");
    if (
      /['"](0\.0\.0\.0|::)['"]/.test(ctx.text(node)) ||
      hosts.some((h) => h === "" || h === "0.0.0.0" || h === "::")
    )
      report({ node, message: "listens on all interfaces" });
  },
  cases: {
    valid: [
      "import socket\nLOCAL = '127.0.0.1'\ns = socket.socket()\ns.bind((LOCAL, 80))",
      "s.bind(('127.0.0.1', 80))",
      "import socket\ns = socket.socket()\ns.bind(('localhost', 0))",
      "import socketserver\nsrv = socketserver.TCPServer(('localhost', 9000), H)",
      "import cherrypy\ncherrypy.config.update({'server.socket_host': '127.0.0.1'})",
      "from twisted.internet import reactor\nreactor.listenTCP(8080, site, interface='127.0.0.1')",
      "app.config.update({'ALLOWED': '0.0.0.0'})",
    ],
    invalid: [
      {
        code: "from multiprocessing.connection import Listener\nl = Listener(('0.0.0.0', 6000), authkey=k)",
        line: 2,
      },
      "app.run(host='0.0.0.0')",
      { code: "import socket\ns = socket.socket()\ns.bind(('', 9000))", line: 3 },
      {
        code: "import socket\nANY = '0.0.0.0'\ns = socket.socket()\naddr = (ANY, 80)\ns.bind(addr)",
        line: 5,
      },
      { code: "from http.server import HTTPServer\nsrv = HTTPServer(('0.0.0.0', 80), H)", line: 2 },
      { code: "import socketserver\nsrv = socketserver.TCPServer(('', 9000), H)", line: 2 },
      {
        code: "from wsgiref.simple_server import make_server\nmake_server('', 8000, app).serve_forever()",
        line: 2,
      },
      "from aiohttp import web\nweb.run_app(app, host='0.0.0.0', port=8080)",
      "import cherrypy\ncherrypy.config.update({'server.socket_host': '0.0.0.0', 'server.socket_port': 8080})",
      "from twisted.internet import reactor\nreactor.listenTCP(8080, site, interface='0.0.0.0')",
    ],
  },
});
