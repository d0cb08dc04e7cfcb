import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
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
        "Flags sendto() to the sender of a recvfrom() datagram with a payload multiplied from the request or built larger than it, with no check of the sender.",
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
  trigger: /recvfrom/,
  nodeTypes: ["call"],
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
      if (multiplied)
        report({ node, message: "the reply multiplies the request towards an unverified sender" });
    }
  },
  cases: {
    valid: ["import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data, addr)"],
    invalid: [
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(512)\n    s.sendto(data * 50, addr)",
      "import socket\ndef f(s):\n    data, addr = s.recvfrom(64)\n    if data == b'status':\n        s.sendto(report().encode() * 50, addr)",
    ],
  },
});
