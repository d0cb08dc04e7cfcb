import { Level } from "../../dataflow/python.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** lxml's XSLT(stylesheet) and the tree method doc.xslt(stylesheet); libxslt's parseStylesheetDoc(doc). */
const XSLT = /^(lxml\.etree\.XSLT|etree\.XSLT|XSLT|libxslt\.parseStylesheetDoc)$/;

export default pyRule({
  meta: {
    id: "PY-XSLT-001",
    title: "XSLT stylesheet taken from untrusted input",
    cwe: ["CWE-91"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags lxml etree.XSLT(...) and tree.xslt(...) (and libxslt's parseStylesheetDoc) given a stylesheet parsed from request data.",
      why_bad:
        "A stylesheet is a program: the sender's XSLT can read local files (document()), reach other hosts and, with extension elements, write files, all with the server's rights.",
      example_bad:
        "from flask import request\nfrom lxml import etree\ndef f(doc):\n    return etree.XSLT(etree.fromstring(request.data))(doc)",
      example_good:
        "from lxml import etree\nSTYLE = etree.XSLT(etree.parse('/srv/app/style.xsl'))\ndef f(doc):\n    return STYLE(doc)",
    },
    fix_hint:
      "Apply only stylesheets the application ships, chosen by name from a fixed table; pass request values as XSLT parameters (XSLT.strparam).",
  },
  trigger: /XSLT|xslt|parseStylesheetDoc/,
  nodeTypes: ["call"],
  calls: ["XSLT", "parseStylesheetDoc", "xslt"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    const fn = field(node, "function");
    const method = m === "xslt" && fn?.type === "attribute";
    if (!XSLT.test(q) && !method) return;
    if (q === "XSLT" && !sourceHas(ctx.tree, /lxml|etree/)) return;
    const style = ctx.arg(node, 0, method ? "_xslt" : "xslt_input");
    if (!style || ctx.level(style, "xml") !== Level.SOURCE) return;
    report({ node, message: "XSLT stylesheet comes from untrusted input" });
  },
  cases: {
    valid: [
      "from lxml import etree\nfrom flask import request\nSTYLES = {'a': '/x/a.xsl'}\ndef f():\n    return etree.XSLT(etree.parse(STYLES.get(request.args['s'], '/x/a.xsl')))",
      "from lxml import etree\ndef f(xsl):\n    return etree.XSLT(xsl)",
      "from lxml import etree\nfrom flask import request\ndef f():\n    doc = etree.fromstring(request.data)\n    return etree.XSLT(etree.parse('/x/a.xsl'))(doc)",
    ],
    invalid: [
      {
        code: "from lxml import etree\nfrom flask import request\ndef f():\n    x = etree.fromstring(request.data)\n    return etree.XSLT(x)",
        line: 5,
      },
      {
        code: "from lxml import etree\nfrom flask import request\ndef f(doc):\n    return doc.xslt(etree.XML(request.form['x'].encode()))",
        line: 4,
      },
    ],
  },
});
