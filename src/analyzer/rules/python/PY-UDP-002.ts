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
        "Flags sendto()/connect() whose destination host or port is parsed out of data received from the network (recv/recvfrom payloads), not the peer's own address.",
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
    if (fromRecv) report({ node, message: "the destination comes from the received data" });
  },
  cases: {
    valid: ["import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data, addr)"],
    invalid: [
      "import socket\ndef f(s):\n    data, _ = s.recvfrom(1024)\n    host, port, msg = data.decode().split(':', 2)\n    s.sendto(msg.encode(), (host, int(port)))",
    ],
  },
});
