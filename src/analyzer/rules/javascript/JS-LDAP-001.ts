import { Level } from "../../dataflow/python.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { jsRule } from "./common.js";

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
  trigger: /ldap/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (!/require\(['"]ldap|from ['"]ldap/.test(ctx.tree.source)) return;
    // `ldap.parseFilter('(cn=' + x + ')')`: ldapjs parses the same filter text a search would.
    const parsed = /(^|\.)parseFilter$/.test(ctx.callee(node));
    if (ctx.method(node) !== "search" && !parsed) return;
    const filter = parsed ? ctx.args(node)[0] : ctx.prop(ctx.resolve(ctx.args(node)[1]), "filter");
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
    ],
  },
});
