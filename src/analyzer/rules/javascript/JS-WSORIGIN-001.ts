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
        "Flags a `ws` WebSocketServer made without a `verifyClient` option in a file that authenticates connections by cookie or session and never reads the handshake's Origin.",
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
    if (ctx.prop(o, "verifyClient")) return;
    if (!AMBIENT_AUTH.test(source)) return;
    // An Origin check in the upgrade or connection handler; another server's verifyClient does not count.
    let rest = source;
    for (const n of ctx.tree.nodes)
      if (n.type === "pair" && ctx.text(field(n, "key") ?? n) === "verifyClient")
        rest = rest.slice(0, n.start) + " ".repeat(n.end - n.start) + rest.slice(n.end);
    if (ORIGIN_READ.test(rest)) return;
    report({
      node,
      message: "WebSocket server authenticates by cookie and accepts handshakes from any Origin",
    });
  },
  cases: {
    valid: [
      "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ server, verifyClient: (info) => ALLOWED.includes(info.origin) });\nwss.on('connection', (ws, req) => sessions.get(req.headers.cookie));",
      "const { WebSocketServer } = require('ws');\nconst wss = new WebSocketServer({ port: 8080 });\nwss.on('connection', (ws) => ws.on('message', (m) => ws.send(m)));",
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
    ],
  },
});
