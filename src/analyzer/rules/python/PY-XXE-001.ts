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
        when: "lxml's default parser (entities resolved before lxml 5), a standard-library parser or an XML-RPC endpoint reads XML a caller passes in, not request data",
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
    if (/^(xmlrpc\.server|SimpleXMLRPCServer|DocXMLRPCServer)\.\w*XMLRPC\w*$/.test(q)) {
      // The stdlib XML-RPC server parses every request body with expat: billion laughs, quadratic blowup.
      report({ node, severity: "LOW", message: `${q} parses untrusted XML requests without defusedxml` });
      return;
    }
    if (!STDLIB_PARSERS.test(q)) return;
    const data = ctx.args(node)[0];
    const level = data ? ctx.level(data, "xml") : Level.CONST;
    if (level === Level.SOURCE)
      report({ node, severity: "MEDIUM", message: `${q}() parses untrusted XML without defusedxml` });
    // An explicit lxml parser is judged where it is created.
    else if (
      level === Level.PARAM &&
      !/make_parser|XMLParser$/.test(q) &&
      !(/^lxml/.test(q) && (ctx.args(node)[1] || ctx.kwarg(node, "parser")))
    )
      report({ node, severity: "LOW", message: `${q}() parses a caller's XML without defusedxml` });
  },
  cases: {
    valid: [
      "import defusedxml.ElementTree as ET\nfrom flask import request\nET.fromstring(request.data)",
      "from lxml import etree\np = etree.XMLParser(resolve_entities=False)",
      "import xml.etree.ElementTree as ET\nroot = ET.fromstring('<a/>')",
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
      {
        code: "import xml.dom.minidom\ndef load(text):\n    return xml.dom.minidom.parseString(text)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from xmlrpc.server import SimpleXMLRPCServer\nsrv = SimpleXMLRPCServer(('localhost', 8000))",
        line: 2,
      },
    ],
  },
});
