import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-UDP-002",
    title: "Datagram sent to an address taken from received data",
    cwe: ["CWE-941", "CWE-918"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags sendto()/connect() whose destination host or port is parsed out of data received from the network (recv/recvfrom payloads, the data an asyncio datagram_received() is handed, a socketserver handler's self.request), not the peer's own address, and sendto() in a web handler to a host the request names.",
      why_bad:
        "Whoever sends the packet chooses where the program sends the next one: the service becomes a relay for attacks on internal hosts or third parties (incorrectly specified destination).",
      example_bad:
        "import socket\ndef relay(s):\n    data, _ = s.recvfrom(1024)\n    host, port, msg = data.decode().split(':', 2)\n    s.sendto(msg.encode(), (host, int(port)))",
      example_good:
        "import socket\nPEERS = {'a': ('10.0.0.5', 7000)}\ndef relay(s):\n    data, _ = s.recvfrom(1024)\n    name, msg = data.decode().split(':', 1)\n    s.sendto(msg.encode(), PEERS[name])",
    },
    fix_hint:
      "Send only to addresses from configuration or an allow-list, looked up by a key from the packet.",
  },
  trigger: /sendto\(/,
  nodeTypes: ["call"],
  calls: ["sendto"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (m !== "sendto") return;
    const dest = ctx.resolve(ctx.args(node)[1]);
    if (dest?.type !== "tuple") return;
    const [host] = namedChildren(dest);
    if (!host) return;
    // asyncio: DatagramProtocol.datagram_received(self, data, addr) is handed each packet; a destination read
    // out of `data` (not the sender's `addr`) is one the packet's author chose.
    const cb = ctx.enclosingFunction(node);
    const cbName = cb ? ctx.text(field(cb, "name") ?? cb) : "";
    const params = cb && cbName === "datagram_received" ? ctx.paramNames(cb) : [];
    let [payload, sender] = params[0] === "self" ? params.slice(1) : params;
    // socketserver: a UDP handler's handle() reads the packet from `data, sock = self.request` (or
    // `self.request[0]`); the sender is self.client_address.
    if (cb && cbName === "handle" && !payload) {
      for (const a of descendants(cb)) {
        if (a.type !== "assignment") continue;
        const right = ctx.text(field(a, "right") ?? a).replace(/\s+/g, "");
        const left = field(a, "left");
        const first =
          left && /^(pattern_list|tuple_pattern|tuple)$/.test(left.type) ? namedChildren(left)[0] : left;
        if (first?.type !== "identifier") continue;
        if ((right === "self.request" && first !== left) || right === "self.request[0]") {
          payload = ctx.text(first);
          sender = "client_address";
        }
      }
    }
    if (payload && sender && ctx.level(host, "url") !== Level.CONST) {
      // The names the host is computed from, through up to three assignments (`msg = json.loads(data)`).
      const names = new Set<string>();
      const walk = (n: SyntaxNode, depth: number) => {
        for (const d of [n, ...descendants(n)]) {
          if (d.type !== "identifier" || names.has(ctx.text(d))) continue;
          names.add(ctx.text(d));
          const v = depth < 3 ? ctx.resolve(d) : undefined;
          if (v && v !== d) walk(v, depth + 1);
        }
      };
      walk(host, 0);
      if (names.has(payload) && !names.has(sender)) {
        report({ node, message: "the destination comes from the received datagram, not its sender" });
        return;
      }
    }
    if (ctx.level(host, "url") !== Level.SOURCE) return;
    // The peer's own address from recvfrom is the usual reply destination (PY-UDP-001 covers amplification).
    const fn = ctx.enclosingFunction(node) ?? ctx.tree.root;
    const fromRecv = descendants(fn).some(
      (n) => n.type === "call" && /^recv(from)?$/.test(ctx.method(n)) && n.order < node.order,
    );
    if (fromRecv) {
      report({ node, message: "the destination comes from the received data" });
      return;
    }
    // A web handler sending to a host the request names: the client picks where the server's datagrams go (a
    // command-line tool sending to the host on its own command line is doing its job).
    const entry = ctx.enclosingFunction(node);
    if (entry && ctx.isEntryFunction(entry))
      report({ node, message: "the destination host comes from the request" });
  },
  cases: {
    valid: [
      "import json, socketserver\nclass H(socketserver.BaseRequestHandler):\n    def handle(self):\n        data, sock = self.request\n        msg = json.loads(data)\n        sock.sendto(b'ok', self.client_address)",
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data, addr)",
      "import socket, sys\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ndef main():\n    s.sendto(b'ping', (sys.argv[1], 7))",
      "import asyncio\nclass P(asyncio.DatagramProtocol):\n    def datagram_received(self, data, addr):\n        host = addr[0]\n        self.transport.sendto(data.upper(), (host, 9000))",
    ],
    invalid: [
      {
        code: "import json, socketserver\nclass H(socketserver.BaseRequestHandler):\n    def handle(self):\n        data, sock = self.request\n        msg = json.loads(data)\n        sock.sendto(b'ok', (msg['reply_to'], 5140))",
        line: 6,
      },
      {
        code: "import asyncio, json\nclass P(asyncio.DatagramProtocol):\n    def datagram_received(self, data, addr):\n        msg = json.loads(data)\n        self.transport.sendto(b'ok', (msg['host'], int(msg['port'])))",
        line: 5,
      },
      "import socket\ndef f(s):\n    data, _ = s.recvfrom(1024)\n    host, port, msg = data.decode().split(':', 2)\n    s.sendto(msg.encode(), (host, int(port)))",
      "import socket\nfrom flask import Flask, request\napp = Flask(__name__)\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n@app.route('/ev', methods=['POST'])\ndef ev():\n    s.sendto(b'x', (request.json['collector'], 514))\n    return ''",
    ],
  },
});
