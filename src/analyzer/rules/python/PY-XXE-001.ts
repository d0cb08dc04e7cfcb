import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const STDLIB_PARSERS =
  /^(xml\.etree\.(c)?ElementTree\.(parse|fromstring|XML|iterparse|XMLParser)|xml\.dom\.(minidom|pulldom)\.(parse|parseString)|xml\.sax\.(parse|parseString|make_parser)|xml\.dom\.expatbuilder\.\w+|lxml\.etree\.(parse|fromstring|XML|iterparse))$/;

export default pyRule({
  meta: {
    id: "PY-XXE-001",
    title: "XML parsed with external entities or DTDs enabled",
    cwe: ["CWE-611", "CWE-776", "CWE-827"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "a standard-library parser (no external entity fetching by default) reads untrusted XML",
      },
      {
        severity: "LOW",
        when: "lxml's default parser (entities resolved before lxml 5) or a standard-library parser reads a caller's data, not request data",
      },
    ],
    docs: {
      what_it_does:
        "Flags lxml parsers created with resolve_entities=True, load_dtd=True or no_network=False, sax parsers with external general entities on, and stdlib/lxml parsing of untrusted XML (request data, input) instead of defusedxml; (LOW) lxml parse/fromstring of a caller's data with the default parser.",
      why_bad:
        "External entities read local files or make requests from the server (XXE); nested entity expansion ('billion laughs') exhausts memory.",
      example_bad:
        "from lxml import etree\ndef load(data):\n    parser = etree.XMLParser(resolve_entities=True)\n    return etree.fromstring(data, parser)",
      example_good: "import defusedxml.ElementTree as ET\ndef load(data):\n    return ET.fromstring(data)",
    },
    fix_hint:
      "Parse untrusted XML with defusedxml, or an lxml XMLParser(resolve_entities=False, no_network=True, load_dtd=False).",
  },
  trigger: /xml|XML|etree|setFeature/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (/(lxml\.)?etree\.XMLParser$|XMLParser$/.test(q) && /lxml|etree/.test(q)) {
      const t = ctx.text(node).replace(/\s+/g, "");
      if (/resolve_entities=True|load_dtd=True|no_network=False|huge_tree=True/.test(t))
        report({ node, message: "XML parser resolves entities or loads DTDs" });
      return;
    }
    if (
      ctx.method(node) === "setFeature" &&
      /feature_external_(ges|pes)/.test(ctx.text(node)) &&
      ctx.isTrue(ctx.args(node)[1])
    ) {
      report({ node, message: "SAX parser resolves external entities" });
      return;
    }
    if (!STDLIB_PARSERS.test(q)) return;
    const data = ctx.args(node)[0];
    if (
      /^lxml\.etree\.(parse|fromstring|XML)$/.test(q) &&
      !ctx.arg(node, 1, "parser") &&
      data &&
      ctx.level(data, "xml") === Level.PARAM
    ) {
      report({
        node,
        severity: "LOW",
        message: `${q}() with lxml's default parser resolves entities before lxml 5`,
      });
      return;
    }
    if (
      data &&
      ctx.level(data, "xml") === Level.PARAM &&
      !/^lxml/.test(q) &&
      /fromstring|parseString|XML$/.test(q)
    ) {
      report({
        node,
        severity: "LOW",
        message: `${q}() of a caller's XML: entity expansion unless the caller's data is trusted`,
      });
      return;
    }
    if (data && ctx.level(data, "xml") === Level.SOURCE)
      report({ node, severity: "MEDIUM", message: `${q}() parses untrusted XML without defusedxml` });
  },
  cases: {
    valid: [
      "import defusedxml.ElementTree as ET\nfrom flask import request\nET.fromstring(request.data)",
      "from lxml import etree\np = etree.XMLParser(resolve_entities=False)",
    ],
    invalid: [
      {
        code: "import xml.etree.ElementTree as ET\ndef parse_upload(data):\n    return ET.fromstring(data)",
        severity: "LOW",
      },
      {
        code: "from lxml import etree\ndef load(path):\n    return etree.parse(path).getroot()",
        severity: "LOW",
      },
      "from lxml import etree\np = etree.XMLParser(load_dtd=True)",
      "import xml.etree.ElementTree as ET\nfrom flask import request\nroot = ET.fromstring(request.data)",
    ],
  },
});
