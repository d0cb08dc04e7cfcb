import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** What acting on a datagram as an order looks like: a command run, a setting applied, a control handler. */
const ACTS =
  /^(subprocess\.\w+|os\.(system|popen)|eval|exec)$|(^|\.|_)(apply|execute|exec|run|command|cmd|control|configure|set_config|reconfigure|reload|shutdown|reboot)\w*$/i;

/** The names bound by `data, addr = sock.recvfrom(n)`: the data and the sender, or undefined. */
function recvfromTargets(ctx: PythonContext, a: SyntaxNode): [SyntaxNode, SyntaxNode] | undefined {
  const right = field(a, "right");
  const left = field(a, "left");
  if (right?.type !== "call" || ctx.method(right) !== "recvfrom") return undefined;
  const parts = left ? namedChildren(left) : [];
  if ((left?.type !== "pattern_list" && left?.type !== "tuple_pattern") || parts.length !== 2)
    return undefined;
  return [parts[0]!, parts[1]!];
}

export default pyRule({
  meta: {
    id: "PY-UDPSRC-001",
    title: "Datagram acted on as an order without looking at who sent it",
    cwe: ["CWE-940", "CWE-346"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags `data, _ = sock.recvfrom(n)` where the sender's address is thrown away (or never read) and the data goes straight to a command run, a configuration apply or a control handler (apply(), execute(), run(), reconfigure(), subprocess, eval). LOW: a shared key in the payload may authenticate it out of sight.",
      why_bad:
        "A UDP datagram's source is whatever the sender writes and anyone who can reach the port can send one: with no check of the sender (and no MAC on the message) every host on the network controls the service (CWE-940).",
      example_bad:
        "import socket\ndef loop(apply):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    s.bind(('0.0.0.0', 5005))\n    while True:\n        data, _ = s.recvfrom(1024)\n        apply(data.decode())",
      example_good:
        "import socket, hmac\ndef loop(apply, key):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    s.bind(('0.0.0.0', 5005))\n    while True:\n        data, (host, _) = s.recvfrom(1024)\n        if host == CONTROLLER and verify(key, data):\n            apply(data)",
    },
    fix_hint:
      "Authenticate each message (an HMAC with a shared key) and check the sender against the expected peer.",
  },
  trigger: /recvfrom\(/,
  nodeTypes: ["assignment"],
  detect(node, ctx, report) {
    const t = recvfromTargets(ctx, node);
    if (!t) return;
    const [data, sender] = t;
    const fn = ctx.enclosingFunction(node) ?? ctx.tree.root;
    const senderName = sender.type === "identifier" ? ctx.text(sender) : undefined;
    // (a tuple pattern `(host, port)` is read by name later; an identifier other than _ may be too)
    if (!senderName) return;
    const later = descendants(fn).filter((d) => d.start > node.end && d.type === "identifier");
    if (later.some((d) => ctx.text(d) === senderName)) return;
    if (data.type !== "identifier") return;
    const dataName = ctx.text(data);
    const act = descendants(fn).find(
      (d) =>
        d.type === "call" &&
        d.start > node.end &&
        ACTS.test(ctx.callee(d) || ctx.text(field(d, "function") ?? d)) &&
        ctx.args(d).some((a) => new RegExp(`^${dataName}\\b`).test(ctx.text(a))),
    );
    if (!act || /hmac|compare_digest|verify|signature/.test(ctx.text(fn))) return;
    report({
      node: act,
      message: `the datagram is acted on without checking who sent it (${senderName} unused)`,
    });
  },
  cases: {
    valid: [
      "import socket\ndef loop(apply):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    while True:\n        data, addr = s.recvfrom(1024)\n        if addr[0] == '10.0.0.5':\n            apply(data.decode())",
      "import socket\ndef loop(store):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    while True:\n        data, _ = s.recvfrom(1024)\n        store.append(data)",
    ],
    invalid: [
      {
        code: "import socket\ndef loop(apply):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    s.bind(('0.0.0.0', 5005))\n    while True:\n        data, _addr = s.recvfrom(1024)\n        apply(data.decode())",
        line: 7,
      },
    ],
  },
});
