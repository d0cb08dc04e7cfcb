import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { sourceHas } from "../../parse/nodes.js";

export default pyRule({
  meta: {
    id: "PY-LDAP-002",
    title: "LDAP login bind with a password that may be empty",
    cwe: ["CWE-287"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "a fixed DN bound with no password ('' or None): the application itself binds unauthenticated",
      },
    ],
    docs: {
      what_it_does:
        "Flags python-ldap simple_bind_s / simple_bind / bind_s / bind calls that check a login with a password taken from the request when the handler never rejects an empty password, and binds that name a DN with no password at all.",
      why_bad:
        "An LDAP simple bind with a DN and an empty password is an unauthenticated bind: most servers answer success, so 'no password' logs in as anyone.",
      example_bad:
        "import ldap\nfrom flask import request\ndef login():\n    conn = ldap.initialize('ldaps://dir')\n    conn.simple_bind_s(dn_for(request.form['user']), request.form['password'])",
      example_good:
        "import ldap\nfrom flask import request, abort\ndef login():\n    password = request.form['password']\n    if not password:\n        abort(401)\n    conn = ldap.initialize('ldaps://dir')\n    conn.simple_bind_s(dn_for(request.form['user']), password)",
    },
    fix_hint: "Reject empty passwords before binding (and disallow unauthenticated binds on the server).",
  },
  trigger: /simple_bind|bind_s\(|\.bind\(/,
  nodeTypes: ["call"],
  calls: ["simple_bind_s", "simple_bind", "bind_s", "bind"],
  detect(node, ctx, report) {
    if (!/^(simple_bind_s|simple_bind|bind_s|bind)$/.test(ctx.method(node))) return;
    if (!sourceHas(ctx.tree, /^\s*(import\s+ldap\b|from\s+ldap\b)/m)) return;
    // `sock.bind((host, 0))`: a socket's address, in a module that happens to import ldap too.
    if (ctx.args(node)[0]?.type === "tuple") return;
    const pw = ctx.arg(node, 1, "cred");
    // A bind naming a DN with no password at all (missing, '' or None) is itself an unauthenticated bind:
    // the server answers success without checking anything. simple_bind_s() with no DN is a deliberate
    // anonymous bind and is left alone.
    const dn = ctx.arg(node, 0, "who");
    const dnText = dn ? ctx.stringValue(ctx.resolve(dn) ?? dn) : undefined;
    if (
      dn &&
      dnText !== "" &&
      dn.type !== "none" &&
      (!pw || pw.type === "none" || ctx.stringValue(pw) === "")
    ) {
      report({
        node,
        severity: "MEDIUM",
        message: "bind with a DN and no password: an unauthenticated bind, not a login",
      });
      return;
    }
    if (!pw || ctx.level(pw, "ldap") !== Level.SOURCE) return;
    // A login checks a visitor's password: a handler's request data, not a service account's setting.
    const fn = ctx.enclosingFunction(node);
    if (!fn || !(ctx.isEntryFunction(fn) || /\brequest\./.test(ctx.text(ctx.resolve(pw) ?? pw)))) return;
    const body = ctx.text(fn);
    if (pw.type === "identifier") {
      const n = ctx.text(pw);
      const checked = new RegExp(
        `\\bnot\\s+${n}\\b|\\b${n}\\s*(==|!=)\\s*(''|"")|len\\(\\s*${n}\\s*\\)|\\bif\\s+${n}\\s*:|\\b${n}\\.strip\\(\\)\\s*:`,
      );
      if (checked.test(body)) return;
    } else if (/\bif\s+not\s+[\w.]*(password|passwd|pwd)/i.test(body)) return;
    report({
      node,
      message: "bind with the request's password and no empty-password check (unauthenticated bind)",
    });
  },
  cases: {
    valid: [
      "import ldap\nfrom flask import request, abort\ndef login():\n    pw = request.form['password']\n    if not pw:\n        abort(401)\n    c = ldap.initialize('ldaps://d')\n    c.simple_bind_s('uid=x', pw)",
      "import ldap\nimport os\ndef svc():\n    c = ldap.initialize('ldaps://d')\n    c.simple_bind_s('cn=svc', os.environ['PW'])",
      "import ldap\nc = ldap.initialize('ldaps://d')\nc.simple_bind_s()",
      "import ldap\nc = ldap.initialize('ldaps://d')\nc.simple_bind_s('', '')",
      "import ldap\nimport socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))",
    ],
    invalid: [
      {
        code: "import ldap\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l', methods=['POST'])\ndef login():\n    c = ldap.initialize('ldaps://d')\n    c.simple_bind_s('uid=x', request.form['password'])\n    return 'ok'",
        line: 7,
      },
      {
        code: "import ldap\nc = ldap.initialize('ldaps://d')\nc.simple_bind_s('cn=reader,dc=x')",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "import ldap\nc = ldap.initialize('ldaps://d')\nc.bind_s('cn=reader,dc=x', None)",
        line: 3,
        severity: "MEDIUM",
      },
    ],
  },
});
