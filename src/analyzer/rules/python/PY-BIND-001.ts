import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-BIND-001",
    title: "Service bound to all network interfaces",
    cwe: ["CWE-200", "CWE-1327"],
    severity: "LOW",
    docs: {
      what_it_does: "Flags servers and sockets bound to 0.0.0.0 or '::'.",
      why_bad: "Listening on every interface exposes development or internal services to the whole network.",
      example_bad: "import socket\ns = socket.socket()\ns.bind(('0.0.0.0', 8080))",
      example_good: "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 8080))",
    },
    fix_hint:
      "Bind to 127.0.0.1 unless the service must be reachable, and then put it behind a firewall or proxy.",
  },
  trigger: /0\.0\.0\.0|'::'|"::"/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (
      m !== "bind" &&
      m !== "run" &&
      m !== "listen" &&
      !/run_simple|serve|make_server/.test(ctx.callee(node))
    )
      return;
    if (/['"](0\.0\.0\.0|::)['"]/.test(ctx.text(node)))
      report({ node, message: "listens on all interfaces" });
  },
  cases: { valid: ["s.bind(('127.0.0.1', 80))"], invalid: ["app.run(host='0.0.0.0')"] },
});
