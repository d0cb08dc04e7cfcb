import { Level } from "../../dataflow/python.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** ldapjs `search(base, options)`: the options' `filter`, or the options given as the filter string itself. */
function searchFilter(opts: SyntaxNode | undefined, ctx: JsContext): SyntaxNode | undefined {
  const held = opts && (ctx.resolve(opts) ?? opts);
  if (!held) return undefined;
  return held.type === "object" ? ctx.prop(held, "filter") : opts;
}

export default jsRule({
  meta: {
    id: "JS-LDAP-001",
    title: "LDAP search filter built from non-literal data",
    cwe: ["CWE-90"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags ldapjs / ldapts `search` calls whose `filter` option is a string assembled from non-literal values (concatenation or a template literal).",
      why_bad:
        "`*`, `(`, `)` and `|` in the value rewrite the filter: `admin)(|(uid=*` matches every entry, and a login check built this way lets anyone in.",
      example_bad:
        "const ldap = require('ldapjs');\nfunction find(client, user, cb) {\n  client.search('ou=people,dc=example', { filter: '(uid=' + user + ')' }, cb);\n}",
      example_good:
        "const ldap = require('ldapjs');\nfunction find(client, user, cb) {\n  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: user });\n  client.search('ou=people,dc=example', { filter }, cb);\n}",
    },
    fix_hint:
      "Build the filter from filter objects (EqualityFilter, AndFilter) or escape the value per RFC 4515.",
  },
  trigger: /ldap|activedirectory/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    // activedirectory / activedirectory2: `ad.find(filter)`, `ad.findUsers({ filter })` take an LDAP filter.
    const ad = sourceHas(ctx.tree, /['"]activedirectory2?['"]/);
    const ldapLib = sourceHas(ctx.tree, /require\(['"]ldap|from ['"]ldap/);
    if (!ad && !ldapLib) return;
    const m = ctx.method(node);
    // `client.bind(`uid=${user},ou=people,...`, pw)`: a DN built from the value; `,`, `+`, `=` in it name another
    // entry (RFC 4514), and ldapjs / ldapts parse the text as given.
    // (so do the entry operations, `modifyDN(dn, newDn)`, `del(dn)`, `add(dn, entry)`, `modify(dn, change)`)
    if (/^(bind|modifyDN|del|add|modify|compare)$/.test(m) && ldapLib) {
      const dn = ctx.args(node)[0];
      if (!dn || ctx.args(node).length < 2 || !ctx.isBuiltString(dn)) return;
      if (!/^\s*[\w.-]+=/.test(ctx.leadingText(ctx.resolve(dn) ?? dn) ?? "")) return;
      // (a DN assembled from configuration, origin not traced, is the directory's own naming)
      const level = ctx.level(dn, "ldap");
      if (level < Level.PARAM) return;
      report({ node, severity: taintSeverity(level), message: `LDAP ${m} DN built from non-literal data` });
      return;
    }
    const adFind = ad && /^(find|findUsers|findGroups|findUser|findGroup)$/.test(m);
    // `ldap.parseFilter('(cn=' + x + ')')`: ldapjs parses the same filter text a search would.
    const parsed = /(^|\.)parseFilter$/.test(ctx.callee(node));
    if (m !== "search" && !parsed && !adFind) return;
    const first = ctx.args(node)[0];
    const firstObj = first && (ctx.resolve(first) ?? first);
    const filter = parsed
      ? first
      : adFind
        ? firstObj?.type === "object"
          ? ctx.prop(firstObj, "filter")
          : first
        : searchFilter(ctx.args(node)[1], ctx);
    if (!filter || !ctx.isBuiltString(filter)) return;
    const level = ctx.level(filter, "ldap");
    if (level === Level.CONST) return;
    report({ node, severity: taintSeverity(level), message: "LDAP filter built from non-literal data" });
  },
  cases: {
    valid: [
      // RFC 4515 escaping in a helper of the file: every metacharacter as a backslash and two hex digits.
      "const ldap = require('ldapjs');\nconst esc = (s) => String(s).replace(/[\\\\*()\\0]/g, (c) => '\\\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));\napp.post('/l', (req, res) => client.search('dc=x', { filter: '(uid=' + esc(req.body.user) + ')' }, () => res.end()));",
      "const ldap = require('ldapjs');\nconst f = ldap.parseFilter('(objectClass=person)');",
      "const ldap = require('ldapjs');\nclient.search('dc=x', { filter: '(objectClass=person)' }, cb);",
      "const ldap = require('ldapjs');\nclient.search('dc=x', { filter: new ldap.EqualityFilter({ attribute: 'uid', value: u }) }, cb);",
      "const ldap = require('ldapjs');\napp.post('/b', (req, res) => client.bind('cn=admin,dc=example,dc=org', process.env.LDAP_PW, () => res.end()));",
      "const ldap = require('ldapjs');\nconst esc = require('ldap-escape');\napp.post('/b', (req, res) => client.bind(esc.dn`uid=${req.body.user},dc=example`, req.body.pw, () => res.end()));",
      "const ActiveDirectory = require('activedirectory2');\nconst ad = new ActiveDirectory(cfg);\napp.get('/g', (req, res) => ad.findGroups('(objectClass=group)', (e, g) => res.json(g)));",
      "const ldap = require('ldapjs');\nconst cfg = require('./config.json');\nclient.bind('cn=' + cfg.ldap.admin + ',dc=example,dc=org', cfg.ldap.password, () => {});",
    ],
    invalid: [
      // escaping the parentheses but not '*' leaves a wildcard
      "const ldap = require('ldapjs');\nconst esc = (s) => String(s).replace(/[\\\\()\\0]/g, (c) => '\\\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));\napp.post('/l', (req, res) => client.search('dc=x', { filter: '(uid=' + esc(req.body.user) + ')' }, () => res.end()));",
      "const ldap = require('ldapjs');\napp.get('/l', (req, res) => res.json(ldap.parseFilter('(cn=' + req.query.cn + ')').toString()));",
      {
        code: "const ldap = require('ldapjs');\napp.post('/l', (req, res) => {\n  client.search('dc=x', { filter: `(uid=${req.body.user})` }, () => res.end());\n});",
        line: 3,
        severity: "CRITICAL",
      },
      "const ldap = require('ldapjs');\napp.post('/b', (req, res) => client.bind(`uid=${req.body.user},ou=people,dc=example`, req.body.pw, () => res.end()));",
      "const { Client } = require('ldapts');\napp.post('/b', async (req, res) => {\n  const dn = 'cn=' + req.body.cn + ',ou=staff,dc=example';\n  await client.bind(dn, req.body.pw);\n  res.end();\n});",
      "const ActiveDirectory = require('activedirectory2');\nconst ad = new ActiveDirectory(cfg);\napp.get('/f', (req, res) => ad.find(`(sAMAccountName=${req.query.a})`, (e, r) => res.json(r)));",
      "const ActiveDirectory = require('activedirectory');\nconst ad = new ActiveDirectory(cfg);\napp.get('/f', (req, res) => ad.findUsers({ filter: '(department=' + req.query.d + ')' }, (e, r) => res.json(r)));",
      "const ldap = require('ldapjs');\nconst ActiveDirectory = require('activedirectory2');\napp.post('/b', (req, res) => client.bind(`uid=${req.body.user},ou=people,dc=example`, req.body.pw, () => res.end()));",
      "const ldap = require('ldapjs');\napp.get('/s', (req, res) => client.search('dc=x', '(uid=' + req.query.u + ')', () => res.end()));",
      "const ldap = require('ldapjs');\napp.post('/r', (req, res) => client.modifyDN(`cn=${req.body.cn},ou=people,dc=example`, 'cn=x', () => res.end()));",
    ],
  },
});
