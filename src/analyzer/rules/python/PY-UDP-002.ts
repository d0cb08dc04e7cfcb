import { descendants, namedChildren } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-UDP-002",
    title: "Datagram sent to an address taken from received data",
    cwe: ["CWE-941", "CWE-918"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags sendto()/connect() whose destination host or port is parsed out of data received from the network (recv/recvfrom payloads), not the peer's own address, and sendto() in a web handler to a host the request names.",
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
    if (!host || ctx.level(host, "url") !== Level.SOURCE) return;
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
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data, addr)",
      "import socket, sys\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ndef main():\n    s.sendto(b'ping', (sys.argv[1], 7))",
    ],
    invalid: [
      "import socket\ndef f(s):\n    data, _ = s.recvfrom(1024)\n    host, port, msg = data.decode().split(':', 2)\n    s.sendto(msg.encode(), (host, int(port)))",
      "import socket\nfrom flask import Flask, request\napp = Flask(__name__)\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n@app.route('/ev', methods=['POST'])\ndef ev():\n    s.sendto(b'x', (request.json['collector'], 514))\n    return ''",
    ],
  },
});
