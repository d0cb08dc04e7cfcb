import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-DESER-001",
    title: "Unsafe deserialiser",
    cwe: ["CWE-502"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags BinaryFormatter, SoapFormatter, NetDataContractSerializer, LosFormatter, ObjectStateFormatter, JavaScriptSerializer with a type resolver, and Json.NET TypeNameHandling other than None.",
      why_bad:
        "These deserialisers create whatever types the payload names; known gadget chains turn a crafted payload into code execution (CWE-502).",
      example_bad: "object Load(Stream s) {\n  return new BinaryFormatter().Deserialize(s);\n}",
      example_good: "Order Load(Stream s) {\n  return JsonSerializer.Deserialize<Order>(s);\n}",
    },
    fix_hint:
      "Use System.Text.Json or DataContractSerializer with known types; never TypeNameHandling.All/Auto on input.",
  },
  trigger: /Formatter|NetDataContractSerializer|JavaScriptSerializer|TypeNameHandling/,
  nodeTypes: [...CALL_TYPES.csharp, "member_access_expression"],
  detect(node, ctx, report) {
    if (node.type === "member_access_expression") {
      if (/^TypeNameHandling\.(All|Auto|Objects|Arrays)$/.test(ctx.text(node).replace(/\s+/g, "")))
        report({ node, message: "Json.NET type name handling trusts the payload's types" });
      return;
    }
    // `new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter()` is the same type, namespace written out.
    const q = ctx.callee(node).replace(/^new (?:global\.)?(?:System\.[\w.]+\.)/, "new ");
    if (
      /^new (BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter)$/.test(
        q,
      ) ||
      (/^new JavaScriptSerializer$/.test(q) && ctx.args(node).length > 0)
    )
      report({ node, message: `${q.slice(4)} deserialises attacker-chosen types` });
  },
  cases: {
    valid: ["class A { Order F(string s) { return JsonSerializer.Deserialize<Order>(s); } }"],
    invalid: [
      "class A { object F(Stream s) { return new BinaryFormatter().Deserialize(s); } }",
      "class A { object F(Stream s) { var f = new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter(); return f.Deserialize(s); } }",
    ],
  },
});
