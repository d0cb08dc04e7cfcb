import { field, namedChildren, sourceMatches, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { decoratorsOf } from "./web.js";

/** The websockets library's servers: `origins=` is its origin allow-list, absent means every origin. */
const WS_SERVE =
  /^websockets\.(serve|server\.serve|asyncio\.server\.serve|sync\.server\.serve|legacy\.server\.serve)$/;
/** What a WebSocket handler authenticates with that the browser sends on its own: cookies and cookie sessions. */
const COOKIE_AUTH =
  /\.cookies\b|["']Cookie["']|\bCookie\(|\bsession\[|\bsession\.get\(|\.session\b|\bcurrent_user\b/;

export default pyRule({
  meta: {
    id: "PY-WSORIGIN-001",
    title: "WebSocket server accepts connections from any origin",
    cwe: ["CWE-1385", "CWE-346", "CWE-942"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a Django Channels websocket route not wrapped in AllowedHostsOriginValidator / OriginValidator",
      },
    ],
    docs: {
      what_it_does:
        "Flags Socket.IO servers with cors_allowed_origins='*', tornado WebSocketHandler.check_origin that returns True, websockets.serve() without origins= in a module that reads cookies, FastAPI/Starlette and flask-sock WebSocket routes that authenticate by cookie or session and never look at the Origin header, and (LOW) Django Channels websocket routes without an origin validator.",
      why_bad:
        "Browsers send cookies on cross-site WebSocket handshakes and do not apply CORS to them: without an origin check any page the user visits can open a socket as the user (cross-site WebSocket hijacking).",
      example_bad:
        "import tornado.websocket\nclass Feed(tornado.websocket.WebSocketHandler):\n    def check_origin(self, origin):\n        return True",
      example_good:
        "import tornado.websocket\nfrom urllib.parse import urlparse\nclass Feed(tornado.websocket.WebSocketHandler):\n    def check_origin(self, origin):\n        return urlparse(origin).netloc == 'app.example.com'",
    },
    fix_hint:
      "Compare the Origin header with an allow-list (cors_allowed_origins=[...], check_origin, AllowedHostsOriginValidator).",
  },
  trigger: /cors_allowed_origins|check_origin|ProtocolTypeRouter|websockets|\.websocket\(|Sock(ets)?\(/,
  nodeTypes: ["call", "function_definition", "pair"],
  detect(node, ctx, report) {
    if (node.type === "function_definition" && ctx.text(field(node, "name") ?? node) !== "check_origin") {
      // FastAPI/Starlette `@app.websocket("/ws")`, flask-sock `@sock.route("/ws")` (sock = Sock(app)), flask-sockets:
      // a handler that knows its user by cookie or session is one any page the user visits can open as the user,
      // unless it compares the Origin header itself.
      const decorators = decoratorsOf(ctx, node);
      const owner = /@\s*([A-Za-z_]\w*)\.(websocket|route)\s*\(/.exec(decorators);
      if (!owner) return;
      const ws =
        owner[2] === "websocket" || sourceMatches(ctx.tree, `\\b${owner[1]}\\s*=\\s*[\\w.]*Sock(ets)?\\(`);
      const body = ctx.text(node);
      if (ws && COOKIE_AUTH.test(body) && !/origin/i.test(body))
        report({
          node: field(node, "name") ?? node,
          message: "WebSocket route authenticates by cookie or session without checking the Origin header",
        });
      return;
    }
    if (node.type === "function_definition") {
      // tornado: check_origin(self, origin) that answers True whatever the origin.
      if (ctx.text(field(node, "name") ?? node) !== "check_origin") return;
      if (!sourceHas(ctx.tree, /\bWebSocketHandler\b/)) return;
      const stmts = namedChildren(field(node, "body") ?? node).filter((s) => s.type !== "comment");
      const only = stmts.length === 1 && stmts[0]!.type === "return_statement" ? stmts[0]! : undefined;
      if (only && namedChildren(only)[0]?.type === "true")
        report({ node, message: "check_origin() returns True: any site may open this WebSocket" });
      return;
    }
    if (node.type === "pair") {
      // Channels: ProtocolTypeRouter({"websocket": AuthMiddlewareStack(URLRouter(...))}) with no origin validator.
      if (ctx.stringValue(field(node, "key")) !== "websocket") return;
      const router = node.parent?.parent?.parent;
      if (router?.type !== "call" || !/(^|\.)ProtocolTypeRouter$/.test(ctx.callee(router))) return;
      if (!/OriginValidator/.test(ctx.text(field(node, "value") ?? node)))
        report({
          node,
          severity: "LOW",
          message: "websocket route has no origin validator (AllowedHostsOriginValidator)",
        });
      return;
    }
    // websockets.serve(handler, host, port) takes every origin unless given origins=[...] (or a process_request hook
    // that may check it); it matters where the handler trusts the cookies the browser sends along.
    if (WS_SERVE.test(ctx.callee(node))) {
      if (ctx.kwarg(node, "origins") || ctx.kwarg(node, "process_request")) return;
      if (sourceHas(ctx.tree, COOKIE_AUTH))
        report({ node, message: "websockets server accepts every origin and its handler trusts cookies" });
      return;
    }
    // Flask-SocketIO / python-socketio: SocketIO(app, cors_allowed_origins='*'), socketio.AsyncServer(...).
    const origins = ctx.kwarg(node, "cors_allowed_origins");
    if (!origins || !/(^|\.)(SocketIO|Server|AsyncServer)$/.test(ctx.callee(node))) return;
    const v = ctx.resolve(origins);
    const star =
      ctx.stringValue(v) === "*" ||
      (v?.type === "list" && namedChildren(v).some((e) => ctx.stringValue(e) === "*"));
    if (star) report({ node, message: "Socket.IO server accepts every origin (cors_allowed_origins='*')" });
  },
  cases: {
    valid: [
      "from flask_socketio import SocketIO\nsocketio = SocketIO(app, cors_allowed_origins=['https://app.example.com'])",
      "import tornado.websocket\nclass F(tornado.websocket.WebSocketHandler):\n    def check_origin(self, origin):\n        return origin == 'https://app.example.com'",
      "from channels.routing import ProtocolTypeRouter, URLRouter\nfrom channels.security.websocket import AllowedHostsOriginValidator\napplication = ProtocolTypeRouter({'websocket': AllowedHostsOriginValidator(URLRouter(routes))})",
      // A token in the first message, not a cookie: another site's page cannot supply it.
      "import websockets\nasync def h(ws):\n    user = check_token(await ws.recv())\nasync def main():\n    async with websockets.serve(h, '0.0.0.0', 8765):\n        await stop",
      "import websockets\nfrom http.cookies import SimpleCookie\nasync def h(ws):\n    c = SimpleCookie(ws.request.headers.get('Cookie', ''))\nasync def main():\n    async with websockets.serve(h, '', 8765, origins=['https://app.example.com']):\n        await stop",
      "from fastapi import FastAPI, WebSocket\napp = FastAPI()\n@app.websocket('/ws')\nasync def ws(websocket: WebSocket):\n    if websocket.headers.get('origin') != 'https://app.example.com':\n        return await websocket.close(code=1008)\n    user = load(websocket.cookies.get('sid'))\n    await websocket.accept()",
      "from fastapi import FastAPI, WebSocket\napp = FastAPI()\n@app.websocket('/ws')\nasync def ws(websocket: WebSocket, token: str):\n    user = verify(token)\n    await websocket.accept()",
    ],
    invalid: [
      {
        code: "from flask_socketio import SocketIO\nsocketio = SocketIO(app, cors_allowed_origins='*')",
        line: 2,
      },
      {
        code: "import socketio\nsio = socketio.AsyncServer(async_mode='asgi', cors_allowed_origins='*')",
        line: 2,
      },
      {
        code: "import tornado.websocket\nclass F(tornado.websocket.WebSocketHandler):\n    def check_origin(self, origin):\n        return True",
        line: 3,
      },
      {
        code: "from channels.routing import ProtocolTypeRouter, URLRouter\nfrom channels.auth import AuthMiddlewareStack\napplication = ProtocolTypeRouter({'websocket': AuthMiddlewareStack(URLRouter(routes))})",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import websockets\nfrom http.cookies import SimpleCookie\nasync def h(ws):\n    c = SimpleCookie(ws.request.headers.get('Cookie', ''))\nasync def main():\n    async with websockets.serve(h, '0.0.0.0', 8765):\n        await stop",
        line: 6,
      },
      {
        code: "from fastapi import FastAPI, WebSocket\napp = FastAPI()\n@app.websocket('/ws')\nasync def ws(websocket: WebSocket):\n    user = load(websocket.cookies.get('sid'))\n    await websocket.accept()",
        line: 4,
      },
      {
        code: "from flask import Flask, session\nfrom flask_sock import Sock\napp = Flask(__name__)\nsock = Sock(app)\n@sock.route('/ws')\ndef ws(ws):\n    user = session['user_id']\n    ws.send(user)",
        line: 6,
      },
    ],
  },
});
