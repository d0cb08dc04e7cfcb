import { CALL_TYPES, clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-DESER-001",
    title: "Deserialisation of untrusted data",
    cwe: ["CWE-502"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags native Java deserialisation (ObjectInputStream, readObject/readUnshared), XMLDecoder, XStream.fromXML, Jackson default typing and SnakeYAML's unsafe load.",
      why_bad:
        "Deserialising attacker bytes instantiates attacker-chosen classes; gadget chains in common libraries turn that into remote code execution (CWE-502).",
      example_bad:
        "Object load(InputStream in) throws Exception {\n  ObjectInputStream ois = new ObjectInputStream(in);\n  return ois.readObject();\n}",
      example_good:
        "Order load(InputStream in) throws Exception {\n  return new ObjectMapper().readValue(in, Order.class);\n}",
    },
    fix_hint:
      "Use a data format bound to a fixed type (JSON to a DTO); if native serialisation is unavoidable, install an ObjectInputFilter allow-list.",
  },
  trigger:
    /ObjectInputStream|readObject|readUnshared|XMLDecoder|fromXML|enableDefaultTyping|activateDefaultTyping|Yaml|SerializationUtils/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    const filtered = sourceHas(ctx.tree, /setObjectInputFilter|ValidatingObjectInputStream|resolveClass/);
    if (/^new (java\.io\.)?(ObjectInputStream|XMLDecoder)$/.test(q)) {
      if (!filtered) report({ node, message: `${q.slice(4)} deserialises arbitrary classes` });
    } else if (
      /^(readObject|readUnshared)$/.test(m) &&
      ctx.args(node).length === 0 &&
      !/^(super|this)\./.test(q)
    ) {
      if (!filtered) report({ node, message: `${m}() on a stream of untrusted bytes` });
    } else if (m === "fromXML" || m === "enableDefaultTyping" || m === "activateDefaultTyping") {
      report({ node, message: `${m}() allows attacker-chosen types` });
    } else if (/SerializationUtils\.deserialize$/.test(q)) {
      report({ node, message: "SerializationUtils.deserialize() uses native deserialisation" });
    } else if (m === "load" && /[Yy]aml/.test(q) && !sourceHas(ctx.tree, /SafeConstructor/)) {
      report({ node, message: "SnakeYAML load() can construct arbitrary classes" });
    }
  },
  cases: {
    valid: [
      "class A { Order f(InputStream in) throws Exception { return mapper.readValue(in, Order.class); } }",
    ],
    invalid: [
      "class A { Object f(InputStream in) throws Exception { return new ObjectInputStream(in).readObject(); } }",
    ],
  },
});
