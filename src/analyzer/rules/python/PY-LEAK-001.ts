import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-LEAK-001",
    title: "File opened without being closed",
    cwe: ["CWE-400", "CWE-664", "CWE-772"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags open() whose handle is used inline (open(p).read()) or assigned without a with-statement or close() in the same scope.",
      why_bad:
        "Leaked descriptors accumulate under load until the process hits its limit; unflushed writes can be lost.",
      example_bad: "def read(path):\n    return open(path).read()",
      example_good: "def read(path):\n    with open(path) as f:\n        return f.read()",
    },
    fix_hint: "Open files in a with-statement (or call close() in a finally block).",
  },
  trigger: /open\(/,
  nodeTypes: ["call"],
  calls: ["open"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (q !== "open" && q !== "io.open" && q !== "codecs.open") return;
    const parent = node.parent;
    if (!parent) return;
    if (parent.type === "attribute" && field(parent, "object") === node) {
      report({ node, message: "file handle is never closed" });
      return;
    }
    if (parent.type === "assignment") {
      const name = ctx.text(field(parent, "left") ?? parent);
      const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
      const body = ctx.text(scope);
      if (
        !body.includes(`${name}.close()`) &&
        !new RegExp(`with\\s+${name.replace(/[.[\]]/g, "\\$&")}\\b|closing\\(${name}`).test(body) &&
        !/return\s/.test(body.slice(parent.end - scope.start))
      )
        report({ node, message: `'${name}' is never closed` });
    }
  },
  cases: {
    valid: ["with open(p) as f:\n    f.read()", "f = open(p)\ntry:\n    f.read()\nfinally:\n    f.close()"],
    invalid: ["data = open(p).read()", "def g(p):\n    f = open(p)\n    print(f.read())"],
  },
});
