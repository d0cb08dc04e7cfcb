import { field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-WSORIGIN-001",
    title: "WebSocket server accepts connections from any origin",
    cwe: ["CWE-1385", "CWE-346"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a Django Channels websocket route not wrapped in AllowedHostsOriginValidator / OriginValidator",
      },
    ],
    docs: {
      what_it_does:
        "Flags Socket.IO servers with cors_allowed_origins='*', tornado WebSocketHandler.check_origin that returns True, and (LOW) Django Channels websocket routes without an origin validator.",
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
  trigger: /cors_allowed_origins|check_origin|ProtocolTypeRouter/,
  nodeTypes: ["call", "function_definition", "pair"],
  detect(node, ctx, report) {
    if (node.type === "function_definition") {
      // tornado: check_origin(self, origin) that answers True whatever the origin.
      if (ctx.text(field(node, "name") ?? node) !== "check_origin") return;
      if (!/\bWebSocketHandler\b/.test(ctx.tree.source)) return;
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
    ],
  },
});
