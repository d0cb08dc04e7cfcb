import { field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-RPC-001",
    title: "RPC server that lets clients run code",
    cwe: ["CWE-94", "CWE-306"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags rpyc servers that expose SlaveService / ClassicService (the classic mode: clients get the server's modules, eval and exec) and rpyc protocol_config with allow_all_attrs, allow_setattr or allow_delattr turned on.",
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
  trigger: /rpyc/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (
      !/(^|\.)(ThreadedServer|ForkingServer|OneShotServer|ThreadPoolServer|connect|serve_all|ssl_connect)$/.test(
        ctx.callee(node),
      )
    )
      return;
    if (!/^rpyc\b/.test(ctx.callee(node)) && !/^\s*(import|from)\s+rpyc\b/m.test(ctx.tree.source)) return;
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
      "import rpyc\nfrom rpyc.utils.server import ThreadedServer\nclass A(rpyc.Service):\n    pass\nThreadedServer(A, port=1).start()",
    ],
    invalid: [
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
