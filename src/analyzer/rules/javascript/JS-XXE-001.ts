import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-XXE-001",
    title: "XML parsed with external entity expansion",
    cwe: ["CWE-611", "CWE-776"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags libxmljs parseXml/parseXmlString with noent: true (entity substitution) or dtdload: true.",
      why_bad: "External entities read local files or call internal URLs from the server (XXE).",
      example_bad:
        "const libxml = require('libxmljs');\nconst doc = (xml) => libxml.parseXml(xml, { noent: true });",
      example_good:
        "const libxml = require('libxmljs');\nconst doc = (xml) => libxml.parseXml(xml, { noent: false, nonet: true });",
    },
    fix_hint: "Leave entity substitution off (noent: false) and disable network access (nonet: true).",
  },
  trigger: /parseXml/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (!/(parseXml|parseXmlString|parseXmlAsync)$/.test(ctx.callee(node))) return;
    if (/(noent|dtdload)\s*:\s*true/.test(ctx.text(node)))
      report({ node, message: "XML entity expansion enabled" });
  },
  cases: { valid: ["libxml.parseXml(x);"], invalid: ["libxml.parseXmlString(x, { noent: true });"] },
});
