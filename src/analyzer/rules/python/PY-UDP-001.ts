import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** The names bound by `data, addr = sock.recvfrom(n)` in this function: [payload, sender]. */
function recvfromNames(ctx: PythonContext, fn: SyntaxNode): [string, string][] {
  const out: [string, string][] = [];
  for (const n of descendants(fn)) {
    if (n.type !== "assignment") continue;
    const right = field(n, "right");
    if (right?.type !== "call" || ctx.method(right) !== "recvfrom") continue;
    const names = namedChildren(field(n, "left") ?? n).map((c) => ctx.text(c));
    if (names.length === 2) out.push([names[0]!, names[1]!]);
  }
  // socketserver UDP handlers: `data, sock = self.request` in handle(); the sender is self.client_address.
  for (const n of descendants(fn)) {
    if (n.type !== "assignment" || ctx.text(field(n, "right") ?? n) !== "self.request") continue;
    const names = namedChildren(field(n, "left") ?? n).map((c) => ctx.text(c));
    if (names.length === 2) out.push([names[0]!, "self.client_address"]);
  }
  // asyncio: DatagramProtocol.datagram_received(self, data, addr)
  if (fn.type === "function_definition" && ctx.text(field(fn, "name") ?? fn) === "datagram_received") {
    const params = ctx.paramNames(fn);
    // (paramNames may or may not list self: the last two are the payload and the sender)
    if (params.length >= 2) out.push([params.at(-2)!, params.at(-1)!]);
  }
  return out;
}

export default pyRule({
  meta: {
    id: "PY-UDP-001",
    title: "UDP reply larger than the request (amplification)",
    cwe: ["CWE-406"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags sendto() to the sender of a recvfrom() datagram (or to the sender of an asyncio datagram_received) with a payload multiplied from the request, or built from the server's own data rather than the request, with no check of the sender.",
      why_bad:
        "UDP source addresses are spoofable: an attacker sends small requests 'from' a victim and the server floods the victim with the larger replies (reflection and amplification).",
      example_bad:
        "import socket\ndef serve(s):\n    while True:\n        data, addr = s.recvfrom(512)\n        s.sendto(data * 50, addr)",
      example_good:
        "import socket\ndef serve(s):\n    while True:\n        data, addr = s.recvfrom(512)\n        s.sendto(data[:512], addr)",
    },
    fix_hint:
      "Never answer an unauthenticated datagram with more bytes than it carried; rate-limit per source.",
  },
  trigger: /recvfrom|datagram_received|client_address/,
  nodeTypes: ["call"],
  calls: ["sendto"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "sendto") return;
    const fn = ctx.enclosingFunction(node) ?? ctx.tree.root;
    const [payload, dest] = ctx.args(node);
    if (!payload || !dest) return;
    for (const [data, addr] of recvfromNames(ctx, fn)) {
      if (ctx.text(dest) !== addr) continue;
      const p = ctx.resolve(payload) ?? payload;
      // The request repeated, or any reply repeated a fixed number of times (`report.encode() * 50`).
      const multiplied =
        p.type === "binary_operator" &&
        p.children.find((c) => !c.named)?.type === "*" &&
        (descendants(p).some((d) => d.type === "identifier" && ctx.text(d) === data) ||
          namedChildren(p).some((c) => c.type === "integer" && Number(ctx.text(c)) > 1));
      if (multiplied) {
        report({ node, message: "the reply multiplies the request towards an unverified sender" });
        continue;
      }
      // A reply built from the server's own data (a status dump, the whole table), not from the request, to a
      // sender the function never checks: any small spoofed probe makes the server send it to the victim.
      const fromRequest =
        ctx.method(p) === "recvfrom" ||
        [payload, ...descendants(payload), p, ...descendants(p)].some(
          (d) => d.type === "identifier" && ctx.text(d) === data,
        );
      const built = p.type === "call" || p.type === "binary_operator";
      const senderChecked = descendants(fn).some(
        (d) =>
          /^(comparison_operator|call)$/.test(d.type) &&
          d !== node &&
          descendants(d).some((i) => /^(identifier|attribute)$/.test(i.type) && ctx.text(i) === addr),
      );
      // A short reply spelled from literals (`json.dumps({"status": "ok"}).encode()`, a pong) is an answer of
      // fixed size, not a dump of the server's data: nothing grows with what the server holds.
      const smallConstant = ctx.level(p, "code") === Level.CONST && ctx.text(p).length <= 200;
      if (built && !fromRequest && !senderChecked && !smallConstant)
        report({
          node,
          message: "a reply built from server data is sent to whoever the datagram claims to be from",
        });
    }
  },
  cases: {
    valid: [
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data, addr)",
      "import socket\nPEERS = {'10.0.0.2'}\ndef f(s):\n    _, addr = s.recvfrom(64)\n    if addr[0] in PEERS:\n        s.sendto(inventory().encode(), addr)",
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data.upper(), addr)",
      "import json, socket\ndef f(s):\n    data, addr = s.recvfrom(2048)\n    reply = json.dumps({'status': 'ok', 'load': 0.3}).encode()\n    s.sendto(reply, addr)",
    ],
    invalid: [
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data * 50, addr)",
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(64)\n    if data == b'status':\n        s.sendto(report().encode() * 50, addr)",
      "import socket\ndef f(s):\n    _, addr = s.recvfrom(64)\n    s.sendto(inventory().encode(), addr)",
      "import socketserver\nclass H(socketserver.BaseRequestHandler):\n    def handle(self):\n        data, sock = self.request\n        sock.sendto(peers().encode(), self.client_address)",
      "import asyncio, json\nclass P(asyncio.DatagramProtocol):\n    def datagram_received(self, data, addr):\n        self.transport.sendto(json.dumps(stats()).encode(), addr)",
    ],
  },
});
