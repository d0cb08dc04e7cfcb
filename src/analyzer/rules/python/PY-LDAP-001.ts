import { Level } from "../../dataflow/python.js";
import { descendants, field, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { filledValues, isBuiltString, pyRule } from "./common.js";

/**
 * A DN the directory handed back: an entry's `.dn` (`str(res[0].dn)`), or what a method of the connection being
 * searched returns (`sam.domain_dn()`, `sam.get_config_basedn()`: its own naming contexts).
 */
function directoryDn(ctx: PythonContext, v: SyntaxNode, receiver: string, depth: number): boolean {
  if (v.type === "call" && /^(str|ldb\.Dn|Dn)$/.test(ctx.callee(v))) {
    const a = ctx.args(v);
    const inner = a[a.length - 1];
    // `ldb.Dn(sam, "CN=Infrastructure")`: a DN object of a literal.
    if (inner?.type === "string" && !inner.children.some((c) => c.type === "interpolation")) return true;
    return !!inner && directoryDn(ctx, inner, receiver, depth);
  }
  if (v.type === "attribute") return ctx.text(field(v, "attribute") ?? v) === "dn";
  if (v.type === "call") {
    const callee = ctx.callee(v);
    const dot = callee.lastIndexOf(".");
    return dot > 0 && callee.slice(0, dot) === receiver;
  }
  if (v.type === "identifier" && depth < 2) {
    const held = ctx.reachingValues(v);
    return !!held?.length && held.every((h) => h !== v && directoryDn(ctx, h, receiver, depth + 1));
  }
  return false;
}

/**
 * The base's text with each filled-in value as a NUL: `"CN=Policies,%s" % dn` -> "CN=Policies,\0".
 */
function baseShape(ctx: PythonContext, n: SyntaxNode, depth: number): string {
  const r = n.type === "identifier" && depth < 3 ? (ctx.resolve(n, 1) ?? n) : n;
  if (r !== n && r.type !== "identifier") return baseShape(ctx, r, depth + 1);
  if (r.type === "parenthesized_expression") {
    const inner = r.children.find((c) => c.named);
    return inner ? baseShape(ctx, inner, depth + 1) : "\0";
  }
  if (r.type === "string")
    return r.children
      .map((c) => (c.type === "string_content" ? ctx.text(c) : c.type === "interpolation" ? "\0" : ""))
      .join("");
  if (r.type === "concatenated_string") return r.children.map((c) => baseShape(ctx, c, depth + 1)).join("");
  if (r.type === "binary_operator") {
    const op = r.children.find((c) => !c.named)?.type;
    const left = field(r, "left");
    const right = field(r, "right");
    if (left && right && op === "+")
      return baseShape(ctx, left, depth + 1) + baseShape(ctx, right, depth + 1);
    const tmpl = left && op === "%" ? ctx.constValue(left) : undefined;
    if (typeof tmpl === "string")
      return tmpl.replace(/%%/g, "%").replace(/%(\(\w+\))?[-#0 +]*\d*[sdr]/g, "\0");
  }
  if (r.type === "call" && ctx.method(r) === "format") {
    const tmpl = ctx.constValue(field(field(r, "function") ?? r, "object") ?? r);
    if (typeof tmpl === "string") return tmpl.replace(/\{[^{}]*\}/g, "\0");
  }
  return "\0";
}

/**
 * Below request data, a base whose only filled-in value is the parent DN it names entries under (`"CN=Policies,
 * CN=System," + domain_dn`) or the GUID/SID of an extended DN (`"<GUID=%s>" % guid`): a DN suffix carries its own
 * commas (escape_rdn would break it) and picks no RDN's value; it is the caller's naming context.
 */
function parentDnOnly(ctx: PythonContext, base: SyntaxNode): boolean {
  const shape = baseShape(ctx, base, 0);
  if (/^<(GUID|SID)=\0>$/i.test(shape)) return true;
  return shape.indexOf("\0") === shape.length - 1 && /,\s*\0$/.test(shape);
}

/** Every value filled into the search base is a DN the directory returned (a literal frame around them). */
function directoryDnBase(ctx: PythonContext, call: SyntaxNode, base: SyntaxNode): boolean {
  const callee = ctx.callee(call);
  const dot = callee.lastIndexOf(".");
  if (dot <= 0) return false;
  const receiver = callee.slice(0, dot);
  const values: SyntaxNode[] = [];
  filledValues(ctx, base, 0, values);
  return values.length > 0 && values.every((v) => directoryDn(ctx, v, receiver, 0));
}

/** A DN's text with the values of the names in it (one hop): `safe = escape_rdn(v)`, `f"uid={safe},..."`. */
function textWithValues(ctx: PythonContext, node: SyntaxNode): string {
  return [node, ...descendants(node)]
    .map((n) => (n.type === "identifier" ? ctx.text(ctx.valueOf(n) ?? n) : ctx.text(n)))
    .join(" ");
}

export default pyRule({
  meta: {
    id: "PY-LDAP-001",
    title: "LDAP filter built from unescaped input",
    cwe: ["CWE-90"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags python-ldap search*/ldap3 search calls whose filter (or search base DN) is built by formatting with non-literal values not passed through escape_filter_chars (escape_rdn / escape_dn_chars for a DN), and bind calls whose DN is built from request data.",
      why_bad:
        "Characters like * ( ) | & change the filter's logic: a user name of *)(uid=* can match every entry or bypass authentication.",
      example_bad: "def find(conn, user):\n    return conn.search_s('dc=ex,dc=com', 2, '(uid=%s)' % user)",
      example_good:
        "from ldap.filter import escape_filter_chars\ndef find(conn, user):\n    return conn.search_s('dc=ex,dc=com', 2, '(uid=%s)' % escape_filter_chars(user))",
    },
    fix_hint:
      "Escape every value with ldap.filter.escape_filter_chars (ldap3: escape_filter_chars) before putting it in a filter.",
  },
  trigger:
    /ldap|LDAP|paged_search|bind_s|simple_bind|search_s|search_ext|search_filter|\.search\(\s*['"][^'"]*=/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    // Binds, and the writes that name their entry by DN (ldap3's modify/add/delete/modify_dn, python-ldap's
    // *_s forms): a DN built from input picks whose credentials are checked or which entry is changed.
    const write =
      /^(modify|modify_s|modify_ext_s|add|add_s|add_ext_s|delete|delete_s|delete_ext_s|modify_dn|rename_s)$/.test(
        m,
      );
    // ldap3 takes the bind DN when the connection is made: `Connection(server, user="uid=" + name + ",...")`.
    const ldap3Conn =
      m === "Connection" && /(^|\.)Connection$/.test(ctx.callee(node)) && sourceHas(ctx.tree, /\bldap3\b/);
    if (/^(simple_bind_s|simple_bind|bind_s|bind)$/.test(m) || write || ldap3Conn) {
      const dn = ldap3Conn ? ctx.kwarg(node, "user") : ctx.arg(node, 0, write ? "dn" : "who");
      if (
        dn &&
        isBuiltString(ctx, dn) &&
        /=/.test(ctx.text(ctx.resolve(dn) ?? dn)) &&
        !/escape_dn_chars|escape_rdn/.test(textWithValues(ctx, ctx.resolve(dn) ?? dn)) &&
        ctx.level(dn, "ldap") === Level.SOURCE
      )
        report({ node, message: `LDAP ${write ? m : "bind"} DN contains unescaped input` });
      return;
    }
    if (!/^(search|search_s|search_st|search_ext|search_ext_s|paged_search)$/.test(m)) return;
    // re.search(pattern, text) shares ldap3's name and arity: the pattern's parentheses and '=' are regex syntax,
    // and the text searched is no filter.
    if (/^(re|regex)\.search$/.test(ctx.callee(node))) return;
    // ldap3's Connection.search and extend.standard.paged_search take (search_base, search_filter).
    // python-ldap's asynchronous search(base, scope, filterstr) shares the name: a scope second means python-ldap.
    const ldap3 =
      (m === "search" && !/SCOPE_|^\d$/.test(ctx.text(ctx.args(node)[1] ?? node))) || m === "paged_search";
    const filter = ldap3
      ? (ctx.kwarg(node, "search_filter") ?? ctx.args(node)[1])
      : (ctx.kwarg(node, "filterstr") ?? ctx.args(node)[2]);
    // The base DN formatted from request data picks the subtree searched (`"dc={}".format(v)`).
    const base = ldap3
      ? (ctx.kwarg(node, "search_base") ?? ctx.args(node)[0])
      : (ctx.kwarg(node, "base") ?? ctx.args(node)[0]);
    // The base's text with the values of the names in it (one hop): `safe = escape_rdn(v)`, `"dc={}".format(safe)`.
    const baseNode = base ? (ctx.resolve(base) ?? base) : undefined;
    const baseText = baseNode ? textWithValues(ctx, baseNode) : "";
    if (
      base &&
      isBuiltString(ctx, base) &&
      /=/.test(baseText) &&
      !/escape_dn_chars|escape_rdn/.test(baseText) &&
      // Like the filter: a helper's parameter (`def members(dept): conn.search(f"ou={dept},...")`) counts.
      ctx.level(base, "ldap") >= Level.PARAM &&
      // A base built from DNs the directory itself returned is no injected input (whatever the connection was
      // opened with); below request data, neither is a parent DN the caller hands.
      !directoryDnBase(ctx, node, base) &&
      (ctx.level(base, "ldap") === Level.SOURCE || !parentDnOnly(ctx, base))
    ) {
      report({ node, message: "LDAP search base contains unescaped input" });
      return;
    }
    if (!filter) return;
    // A filter held elsewhere (an attribute, a helper's result) that carries request data unescaped.
    if (!isBuiltString(ctx, filter)) {
      if (ctx.level(filter, "ldap") === Level.SOURCE)
        report({ node, message: "LDAP filter carries unescaped request data" });
      return;
    }
    if (!/[(=]/.test(ctx.text(ctx.resolve(filter) ?? filter))) return;
    if (ctx.level(filter, "ldap") >= Level.PARAM)
      report({ node, message: "LDAP filter contains unescaped input" });
  },
  cases: {
    valid: [
      // The DN's value escaped into a name first, then formatted in.
      "from flask import request\nfrom ldap3.utils.dn import escape_rdn\ndef f(conn):\n    uid = escape_rdn(request.form['uid'])\n    conn.modify(f'uid={uid},dc=ex', {})",
      "from flask import request\nfrom ldap3 import Connection, Server\nfrom ldap3.utils.dn import escape_rdn\ndef login():\n    dn = 'uid=' + escape_rdn(request.form['username']) + ',ou=people,dc=ex'\n    return Connection(Server('ldaps://ldap'), user=dn, password=request.form['password']).bind()",
      "from flask import request\nfrom ldap3.utils.dn import escape_rdn\ndef f(conn):\n    d = escape_rdn(request.args['d'])\n    return conn.search('dc={}'.format(d), '(objectClass=person)')",
      "from flask import request\nfrom ldap3.utils.conv import escape_filter_chars\ndef f(conn):\n    who = escape_filter_chars(request.args['who'])\n    return conn.extend.standard.paged_search('dc=ex', f'(cn={who})')",
      "from ldap.filter import escape_filter_chars\ndef f(c, u):\n    c.search_s('dc=x', 2, '(uid=%s)' % escape_filter_chars(u))",
      // A regular expression's groups and '=' look like a filter; the string searched is no LDAP query.
      'import re, sys\ndef check():\n    """Old options: --htpasswd, ldap:server:dn."""\n    for a in sys.argv[1:]:\n        if re.search(r\'[-]{2}((.*?_)(.*?(\\s|$)))+\', a):\n            print(a)',
      "import re\ndef f(unit):\n    return re.search('charset=([^\\s]+)', ''.join(unit.msgstr))",
      "from ldap3.utils.dn import escape_rdn\ndef members(conn, dept):\n    conn.search(search_base=f'ou={escape_rdn(dept)},dc=ex,dc=com', search_filter='(objectClass=person)')",
      "from flask import request\nfrom ldap3 import MODIFY_ADD\nfrom ldap3.utils.dn import escape_rdn\ndef f(c):\n    c.modify('cn=%s,ou=groups' % escape_rdn(request.form['g']), {'member': [(MODIFY_ADD, ['x'])]})",
      "from flask import request\nfrom ldap.filter import escape_filter_chars\nclass Q:\n    def __init__(self, u):\n        self.flt = '(uid=' + escape_filter_chars(u) + ')'\ndef f(c):\n    q = Q(request.args['u'])\n    c.search_s('dc=x', 2, q.flt)",
    ],
    invalid: [
      "from flask import request\nfrom ldap3 import Connection, Server\ndef login():\n    dn = 'uid=' + request.form['username'] + ',ou=people,dc=ex'\n    return Connection(Server('ldaps://ldap'), user=dn, password=request.form['password']).bind()",
      {
        code: "import ldap\ndef f(l, name):\n    return l.search('dc=ex', ldap.SCOPE_SUBTREE, f'(memberUid={name})')",
        line: 3,
      },
      "from flask import request\ndef f(conn):\n    who = request.args['who']\n    return conn.extend.standard.paged_search('dc=ex', f'(cn={who})', generator=False)",
      "from flask import request\ndef f(conn):\n    d = request.args['d']\n    return conn.search('dc={}'.format(d), '(objectClass=person)')",
      "def f(c, u):\n    c.search_s('dc=x', 2, '(uid=' + u + ')')",
      "from flask import request\ndef f(c):\n    c.simple_bind_s('uid=%s,ou=people' % request.form['u'], request.form['p'])",
      "from flask import request\nfrom ldap3 import MODIFY_ADD\ndef f(c):\n    c.modify(f\"cn={request.form['g']},ou=groups\", {'member': [(MODIFY_ADD, ['x'])]})",
      "def f(conn, u):\n    conn.search('dc=x', f'(cn={u})')",
      "def members(conn, dept):\n    conn.search(search_base=f'ou={dept},dc=ex,dc=com', search_filter='(objectClass=person)')",
      "from flask import request\nclass Q:\n    def __init__(self, u):\n        self.flt = '(uid=' + u + ')'\ndef f(c):\n    q = Q(request.args['u'])\n    c.search_s('dc=x', 2, q.flt)",
    ],
  },
});
