import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** The enclosing function's (or module's) text, where a StartTLS call would be. */
function scopeText(ctx: PythonContext, node: SyntaxNode): string {
  return ctx.text(ctx.enclosingFunction(node) ?? ctx.tree.root);
}

export default pyRule({
  meta: {
    id: "PY-LDAP-003",
    title: "LDAP bind sends its password over cleartext",
    cwe: ["CWE-523", "CWE-522", "CWE-319"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags python-ldap binds with a password on a connection opened to ldap:// without start_tls_s(), and ldap3 Connections with a password to a Server without use_ssl=True or StartTLS.",
      why_bad: "A simple bind sends the DN and password as they are: anyone on the network path reads them.",
      example_bad:
        "import ldap\nconn = ldap.initialize('ldap://dir.example.com')\nconn.simple_bind_s(BIND_DN, BIND_PW)",
      example_good:
        "import ldap\nconn = ldap.initialize('ldaps://dir.example.com')\nconn.simple_bind_s(BIND_DN, BIND_PW)",
    },
    fix_hint:
      "Use ldaps:// (ldap3: use_ssl=True) or call start_tls_s() / AUTO_BIND_TLS_BEFORE_BIND before binding.",
  },
  trigger: /ldap:\/\/|Server\(/,
  nodeTypes: ["call"],
  calls: ["simple_bind_s", "simple_bind", "bind_s", "bind", "Connection"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (/^(simple_bind_s|simple_bind|bind_s|bind)$/.test(m)) {
      const pw = ctx.arg(node, 1, "cred");
      if (!pw || ctx.stringValue(pw) === "") return;
      const fn = field(node, "function");
      const conn = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      if (conn?.type !== "call" || !/(^|\.)initialize$/.test(ctx.callee(conn))) return;
      const url = ctx.stringValue(ctx.resolve(ctx.args(conn)[0]));
      if (!url || !/^ldap:\/\//i.test(url)) return;
      if (/\.start_tls_s\(/.test(scopeText(ctx, node))) return;
      report({ node, message: `password bind over ${url} without StartTLS` });
      return;
    }
    // ldap3: Connection(Server(host, use_ssl=False), user=..., password=...)
    if (!/^ldap3\.(Connection|core\.connection\.Connection)$/.test(ctx.callee(node))) return;
    const pw = ctx.kwarg(node, "password") ?? ctx.args(node)[2];
    if (!pw || ctx.stringValue(pw) === "") return;
    const server = ctx.resolve(ctx.arg(node, 0, "server"));
    if (server?.type !== "call" || !/^ldap3\.(Server|core\.server\.Server)$/.test(ctx.callee(server))) return;
    const host = ctx.stringValue(ctx.resolve(ctx.arg(server, 0, "host"))) ?? "";
    if (/^ldaps:\/\//i.test(host) || ctx.isTrue(ctx.kwarg(server, "use_ssl"))) return;
    if (/TLS_BEFORE_BIND/.test(ctx.text(node)) || /\.start_tls\(/.test(scopeText(ctx, node))) return;
    report({ node, message: "ldap3 password bind without SSL or StartTLS" });
  },
  cases: {
    valid: [
      "import ldap\nc = ldap.initialize('ldap://d')\nc.start_tls_s()\nc.simple_bind_s(dn, pw)",
      "from ldap3 import Connection, Server\ns = Server('d', use_ssl=True)\nc = Connection(s, user=dn, password=pw)",
      "import ldap\nc = ldap.initialize('ldap://d')\nc.simple_bind_s()",
    ],
    invalid: [
      { code: "import ldap\nc = ldap.initialize('ldap://d')\nc.simple_bind_s(dn, pw)", line: 3 },
      {
        code: "from ldap3 import Connection, Server\ns = Server('d')\nc = Connection(s, user=dn, password=pw)",
        line: 3,
      },
    ],
  },
});
