import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** The `ws` package's server class by its usual names (`new WebSocket.Server`, `new WebSocketServer`). */
const WS_SERVER = /^((WebSocket|ws|WS|websocket)\.(Server|WebSocketServer)|WebSocketServer)$/;

/** The handshake's Origin read anywhere in the file (`info.origin`, `req.headers.origin`, `headers['origin']`). */
const ORIGIN_READ = /\.origin\b|\[\s*['"]origin['"]\s*\]/i;

/** The connection handler trusts the browser's ambient credentials: a cookie or a cookie-backed session. */
const AMBIENT_AUTH =
  /headers\.cookie\b|\[\s*['"]cookie['"]\s*\]|\.(signedCookies|cookies)\b|\bsession(Parser|Store|s)?\b/i;

export default jsRule({
  meta: {
    id: "JS-WSORIGIN-001",
    title: "WebSocket server trusts cookies without checking the Origin",
    cwe: ["CWE-1385", "CWE-346"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a `ws` WebSocketServer made without a `verifyClient` option (or with one that accepts everything) in a file that authenticates connections by cookie or session, when the handshake's Origin is read neither in its own connection handlers nor, for a noServer one, in the upgrade handler.",
      why_bad:
        "Browsers send cookies on cross-site WebSocket handshakes and do not apply CORS to them: any page the user visits can open the socket as the user and read and send its messages (cross-site WebSocket hijacking).",
      example_bad:
        "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ server });\nwss.on('connection', (ws, req) => {\n  const user = sessions.get(cookie.parse(req.headers.cookie || '').sid);\n  ws.on('message', (m) => handle(user, m));\n});",
      example_good:
        "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ server, verifyClient: (info) => info.origin === 'https://app.example.com' });",
    },
    fix_hint:
      "Pass verifyClient (or check req.headers.origin in the upgrade handler) against an allow-list of your own origins, or authenticate with a token sent in the first message instead of a cookie.",
  },
  trigger: /WebSocketServer|WebSocket\.Server|\b(ws|WS|websocket)\.Server/,
  nodeTypes: ["new_expression"],
  detect(node, ctx, report) {
    if (!WS_SERVER.test(ctx.callee(node))) return;
    const source = ctx.tree.source;
    if (!/['"]ws['"]/.test(source)) return;
    const opts = ctx.args(node)[0];
    const o = opts && (ctx.resolve(opts) ?? opts);
    if (o?.type !== "object") return;
    const verify = ctx.prop(o, "verifyClient");
    if (verify) {
      // `verifyClient: (info, done) => done(true)`: a check that accepts every handshake is none.
      const body = /^(arrow_function|function_expression|function)$/.test(verify.type)
        ? field(verify, "body")
        : undefined;
      const t = body ? ctx.text(body).replace(/\s+/g, "") : "";
      if (/^\{?(return)?(true|[\w$]+\(true(,\d+)?\));?\}?$/.test(t) && AMBIENT_AUTH.test(source))
        report({
          node: verify.parent ?? node,
          message: "verifyClient accepts every handshake: cookie-authenticated sockets open to any Origin",
        });
      return;
    }
    if (!AMBIENT_AUTH.test(source)) return;
    if (ctx.prop(o, "noServer")?.type === "true") {
      // An Origin check in the upgrade handler that hands sockets to it; another server's verifyClient does
      // not count.
      let rest = source;
      for (const n of ctx.tree.nodes)
        if (n.type === "pair" && ctx.text(field(n, "key") ?? n) === "verifyClient")
          rest = rest.slice(0, n.start) + " ".repeat(n.end - n.start) + rest.slice(n.end);
      if (ORIGIN_READ.test(rest)) return;
    } else {
      // A server attached to an HTTP server (or a port) runs its own handshake: only its own connection
      // handlers can still check the Origin (an upgrade handler elsewhere serves another server).
      const decl = node.parent?.type === "variable_declarator" ? field(node.parent, "name") : undefined;
      const name = decl ? ctx.text(decl) : undefined;
      const own = ctx.tree.nodes.filter((n) => {
        if (!name || n.type !== "call_expression" || ctx.method(n) !== "on") return false;
        const fn = field(n, "function");
        return fn?.type === "member_expression" && ctx.text(field(fn, "object") ?? fn) === name;
      });
      if (name ? own.some((h) => ORIGIN_READ.test(ctx.text(h))) : ORIGIN_READ.test(source)) return;
    }
    report({
      node,
      message: "WebSocket server authenticates by cookie and accepts handshakes from any Origin",
    });
  },
  cases: {
    valid: [
      "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ server, verifyClient: (info) => ALLOWED.includes(info.origin) });\nwss.on('connection', (ws, req) => sessions.get(req.headers.cookie));",
      "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080 });\nwss.on('connection', (ws) => ws.on('message', (m) => ws.send(m)));",
      "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ server });\nwss.on('connection', (ws, req) => {\n  if (req.headers.origin !== 'https://a.example') return ws.close();\n  ws.send(req.headers.cookie);\n});",
      "const WebSocket = require('ws');\nconst wss = new WebSocket.Server({ noServer: true });\nserver.on('upgrade', (req, sock, head) => {\n  if (req.headers.origin !== 'https://a.example') return sock.destroy();\n  wss.handleUpgrade(req, sock, head, (ws) => wss.emit('connection', ws, req));\n});\nwss.on('connection', (ws, req) => ws.send(req.headers.cookie));",
    ],
    invalid: [
      {
        code: "const { WebSocketServer } = require('ws');\nconst a = new WebSocketServer({ server: s1, verifyClient: (i) => i.origin === 'https://a.example' });\nconst b = new WebSocketServer({ server: s2 });\nb.on('connection', (ws, req) => ws.send(req.headers.cookie));",
        line: 3,
      },
      {
        code: "const { WebSocketServer } = require('ws');\nconst cookie = require('cookie');\nconst wss = new WebSocketServer({ server, path: '/live' });\nwss.on('connection', (ws, req) => {\n  const user = sessions.get(cookie.parse(req.headers.cookie || '').sid);\n  ws.on('message', (m) => handle(user, m));\n});",
        line: 3,
      },
      "const WebSocket = require('ws');\nconst wss = new WebSocket.Server({ port: 8081 });\nwss.on('connection', (ws, req) => {\n  sessionParser(req, {}, () => ws.send(req.session.userId));\n});",
      {
        code: "const WebSocket = require('ws');\nconst wss = new WebSocket.Server({\n  server,\n  verifyClient: (info, done) => done(true),\n});\nwss.on('connection', (ws, req) => ws.send(req.headers.cookie));",
        line: 4,
      },
      {
        code: "const { WebSocketServer } = require('ws');\nconst live = new WebSocketServer({ server, path: '/live' });\nlive.on('connection', (ws, req) => ws.send(req.headers.cookie));\nconst other = new WebSocketServer({ noServer: true });\nserver.on('upgrade', (req, sock, head) => {\n  if (req.headers.origin !== 'https://a.example') return sock.destroy();\n  other.handleUpgrade(req, sock, head, (ws) => other.emit('connection', ws, req));\n});",
        line: 2,
      },
    ],
  },
});
