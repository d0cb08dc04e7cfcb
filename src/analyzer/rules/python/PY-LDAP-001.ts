import { Level } from "../../dataflow/python.js";
import { isBuiltString, pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-LDAP-001",
    title: "LDAP filter built from unescaped input",
    cwe: ["CWE-90"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags python-ldap search*/ldap3 search calls whose filter is built by formatting with non-literal values not passed through escape_filter_chars, and bind calls whose DN is built from request data.",
      why_bad:
        "Characters like * ( ) | & change the filter's logic: a user name of *)(uid=* can match every entry or bypass authentication.",
      example_bad: "def find(conn, user):\n    return conn.search_s('dc=ex,dc=com', 2, '(uid=%s)' % user)",
      example_good:
        "from ldap.filter import escape_filter_chars\ndef find(conn, user):\n    return conn.search_s('dc=ex,dc=com', 2, '(uid=%s)' % escape_filter_chars(user))",
    },
    fix_hint:
      "Escape every value with ldap.filter.escape_filter_chars (ldap3: escape_filter_chars) before putting it in a filter.",
  },
  trigger: /ldap|LDAP|bind_s|simple_bind|search_s|search_ext|search_filter|\.search\(\s*['"][^'"]*=/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (/^(simple_bind_s|simple_bind|bind_s|bind)$/.test(m)) {
      // A DN built from input: uid=*)(... or a different subtree picks whose credentials are checked.
      const dn = ctx.arg(node, 0, "who");
      if (
        dn &&
        isBuiltString(ctx, dn) &&
        /=/.test(ctx.text(ctx.resolve(dn) ?? dn)) &&
        !/escape_dn_chars|escape_rdn/.test(ctx.text(ctx.resolve(dn) ?? dn)) &&
        ctx.level(dn, "ldap") === Level.SOURCE
      )
        report({ node, message: "LDAP bind DN contains unescaped input" });
      return;
    }
    if (!/^(search|search_s|search_st|search_ext|search_ext_s)$/.test(m)) return;
    const filter =
      m === "search"
        ? (ctx.kwarg(node, "search_filter") ?? ctx.args(node)[1])
        : (ctx.kwarg(node, "filterstr") ?? ctx.args(node)[2]);
    if (!filter || !isBuiltString(ctx, filter)) return;
    if (!/[(=]/.test(ctx.text(ctx.resolve(filter) ?? filter))) return;
    if (ctx.level(filter, "ldap") >= Level.PARAM)
      report({ node, message: "LDAP filter contains unescaped input" });
  },
  cases: {
    valid: [
      "from ldap.filter import escape_filter_chars\ndef f(c, u):\n    c.search_s('dc=x', 2, '(uid=%s)' % escape_filter_chars(u))",
    ],
    invalid: [
      "def f(c, u):\n    c.search_s('dc=x', 2, '(uid=' + u + ')')",
      "from flask import request\ndef f(c):\n    c.simple_bind_s('uid=%s,ou=people' % request.form['u'], request.form['p'])",
      "def f(conn, u):\n    conn.search('dc=x', f'(cn={u})')",
    ],
  },
});
