import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-RPC-001",
    title: "RPC server that lets clients run code",
    // CWE-749: the server exposes its modules' functions (a dangerous method or function) to any client.
    cwe: ["CWE-94", "CWE-306", "CWE-749"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "an XML-RPC server on every interface exposes registered functions to any client, without authentication",
      },
    ],
    docs: {
      what_it_does:
        "Flags rpyc servers that expose SlaveService / ClassicService (the classic mode: clients get the server's modules, eval and exec) and rpyc protocol_config with allow_all_attrs, allow_setattr or allow_delattr turned on; and (MEDIUM) xmlrpc SimpleXMLRPCServer / DocXMLRPCServer bound to every interface with registered functions and the default request handler (no authentication).",
      why_bad:
        "rpyc's classic service is remote Python: anyone who can connect runs any code as the server's user. allow_all_attrs exposes every attribute of every object, enough to reach the same.",
      example_bad:
        "from rpyc.core.service import SlaveService\nfrom rpyc.utils.server import ThreadedServer\nThreadedServer(SlaveService, port=18812).start()",
      example_good:
        "import rpyc\nfrom rpyc.utils.server import ThreadedServer\nclass Api(rpyc.Service):\n    def exposed_add(self, a, b):\n        return a + b\nThreadedServer(Api, hostname='127.0.0.1', port=18861).start()",
    },
    fix_hint:
      "Expose a Service subclass with only exposed_* methods, keep allow_all_attrs off, and require authentication (authenticator=...).",
  },
  trigger: /rpyc|XMLRPCServer\(/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (/(^|\.)(Simple|Doc)XMLRPCServer$/.test(ctx.callee(node))) {
      const addr = ctx.resolve(ctx.arg(node, 0, "addr"));
      const host = addr?.type === "tuple" ? ctx.stringValue(namedChildren(addr)[0]) : undefined;
      if (
        (host === "0.0.0.0" || host === "" || host === "::") &&
        !ctx.kwarg(node, "requestHandler") &&
        ctx.args(node).length < 2 &&
        sourceHas(ctx.tree, /\.register_(function|instance)\(/)
      )
        report({
          node,
          severity: "MEDIUM",
          message:
            "XML-RPC server on every interface: any client may call the registered functions, unauthenticated",
        });
      return;
    }
    if (
      !/(^|\.)(ThreadedServer|ForkingServer|OneShotServer|ThreadPoolServer|connect|serve_all|ssl_connect)$/.test(
        ctx.callee(node),
      )
    )
      return;
    if (!/^rpyc\b/.test(ctx.callee(node)) && !sourceHas(ctx.tree, /^\s*(import|from)\s+rpyc\b/m)) return;
    const service = ctx.arg(node, 0, "service");
    if (
      /Server$/.test(ctx.callee(node)) &&
      service &&
      /(^|\.)(SlaveService|ClassicService)$/.test(ctx.qname(service))
    ) {
      report({ node, message: `${ctx.text(service)} gives every client eval/exec on the server` });
      return;
    }
    const config = ctx.resolve(ctx.kwarg(node, "protocol_config") ?? ctx.kwarg(node, "config"));
    if (config?.type !== "dictionary") return;
    const open = namedChildren(config).find(
      (p) =>
        p.type === "pair" &&
        /^(allow_all_attrs|allow_setattr|allow_delattr)$/.test(ctx.stringValue(field(p, "key")) ?? "") &&
        ctx.isTrue(field(p, "value")),
    );
    if (open)
      report({
        node,
        message: `rpyc ${ctx.stringValue(field(open, "key"))}=True exposes every attribute to clients`,
      });
  },
  cases: {
    valid: [
      "from xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_function(reset)\ns.serve_forever()",
      "import rpyc\nfrom rpyc.utils.server import ThreadedServer\nclass A(rpyc.Service):\n    pass\nThreadedServer(A, port=1).start()",
    ],
    invalid: [
      {
        code: "from xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('0.0.0.0', 8000))\ns.register_function(reset)\ns.serve_forever()",
        severity: "MEDIUM",
      },
      {
        code: "import rpyc\nfrom rpyc.utils.server import ThreadedServer\nclass A(rpyc.Service):\n    pass\nThreadedServer(A, port=1, protocol_config={'allow_all_attrs': True}).start()",
        line: 5,
      },
      {
        code: "from rpyc.utils.classic import ClassicService\nfrom rpyc.utils.server import ThreadedServer\nThreadedServer(ClassicService, port=18812).start()",
        line: 3,
      },
    ],
  },
});
