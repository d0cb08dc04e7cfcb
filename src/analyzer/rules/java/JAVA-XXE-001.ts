import { CALL_TYPES, clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

const FACTORIES =
  /^(DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|TransformerFactory|SchemaFactory|SAXTransformerFactory|XMLReaderFactory)\.(newInstance|newFactory|newDefaultInstance|createXMLReader)$|^new (SAXReader|SAXBuilder)$/;
const HARDENED =
  /disallow-doctype-decl|external-general-entities|ACCESS_EXTERNAL_DTD|IS_SUPPORTING_EXTERNAL_ENTITIES|SUPPORT_DTD|FEATURE_SECURE_PROCESSING|setExpandEntityReferences\s*\(\s*false/;

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-XXE-001",
    title: "XML parser with external entities enabled",
    cwe: ["CWE-611"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags XML parser factories (DocumentBuilderFactory, SAXParserFactory, XMLInputFactory, TransformerFactory, SAXReader, SAXBuilder) created in code that never disables DTDs or external entities.",
      why_bad:
        "Java's XML parsers resolve external entities by default: a document can read local files (file:///etc/passwd), reach internal URLs, or exhaust memory (XXE, CWE-611).",
      example_bad:
        "Document parse(InputStream in) throws Exception {\n  DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();\n  return f.newDocumentBuilder().parse(in);\n}",
      example_good:
        'Document parse(InputStream in) throws Exception {\n  DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();\n  f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);\n  return f.newDocumentBuilder().parse(in);\n}',
    },
    fix_hint:
      'setFeature("http://apache.org/xml/features/disallow-doctype-decl", true), or set ACCESS_EXTERNAL_DTD/SCHEMA to "".',
  },
  trigger: /Factory|SAXReader|SAXBuilder/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node).replace(/^javax\.xml\.\w+\./, "");
    if (!FACTORIES.test(q) || sourceHas(ctx.tree, HARDENED)) return;
    report({ node, message: `${q}() parser keeps external entities enabled` });
  },
  cases: {
    valid: [
      'class A { void f() throws Exception { DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); } }',
    ],
    invalid: ["class A { void f() throws Exception { SAXParserFactory.newInstance().newSAXParser(); } }"],
  },
});
