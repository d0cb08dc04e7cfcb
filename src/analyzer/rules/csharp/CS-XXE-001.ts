import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-XXE-001",
    title: "XML parser that resolves external entities",
    cwe: ["CWE-611"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags DtdProcessing.Parse, ProhibitDtd = false, XmlResolver set to a resolver, and XmlDocument/XmlTextReader/XmlReader.Create/XPathDocument used in code that never disables DTD processing (XmlResolver = null or DtdProcessing.Prohibit/Ignore).",
      why_bad:
        "With DTDs processed and a resolver attached, a document's external entities read local files or reach internal URLs, and entity expansion exhausts memory (XXE, CWE-611). Older .NET versions do this by default.",
      example_bad:
        "XmlDocument Load(Stream s) {\n  var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };\n  var doc = new XmlDocument();\n  doc.Load(XmlReader.Create(s, settings));\n  return doc;\n}",
      example_good:
        "XmlDocument Load(Stream s) {\n  var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };\n  var doc = new XmlDocument { XmlResolver = null };\n  doc.Load(XmlReader.Create(s, settings));\n  return doc;\n}",
    },
    fix_hint: "Set DtdProcessing = DtdProcessing.Prohibit and XmlResolver = null on readers and documents.",
  },
  trigger: /Xml|XPathDocument|DtdProcessing|ProhibitDtd/,
  nodeTypes: [...CALL_TYPES.csharp, "member_access_expression", "assignment_expression"],
  detect(node, ctx, report) {
    const src = ctx.tree.source;
    if (node.type === "member_access_expression") {
      if (/^DtdProcessing\.Parse$/.test(ctx.text(node).replace(/\s+/g, "")))
        report({ node, message: "DtdProcessing.Parse resolves external entities" });
      return;
    }
    if (node.type === "assignment_expression") {
      const t = ctx.text(node).replace(/\s+/g, "");
      if (/ProhibitDtd=false$/.test(t) || /XmlResolver=new\w*XmlUrlResolver/.test(t))
        report({ node, message: "DTD processing with a resolver enabled" });
      return;
    }
    const q = ctx.callee(node);
    if (!/^new (XmlDocument|XmlTextReader|XPathDocument)$|^XmlReader\.Create$/.test(q)) return;
    if (/XmlResolver\s*=\s*null|DtdProcessing\s*\.\s*(Prohibit|Ignore)|ProhibitDtd\s*=\s*true/.test(src))
      return;
    if (q === "XmlReader.Create" && ctx.args(node).length < 2 && !/DtdProcessing/.test(src)) return; // defaults prohibit DTDs
    report({ node, message: `${q.replace(/^new /, "")} without DTD processing disabled` });
  },
  cases: {
    valid: ["class A { void F(string p) { var d = new XmlDocument(); d.XmlResolver = null; d.Load(p); } }"],
    invalid: [
      "class A { void F(string p) { var d = new XmlDocument(); d.Load(p); } }",
      "class A { void F(XmlReaderSettings s) { s.DtdProcessing = DtdProcessing.Parse; } }",
    ],
  },
});
