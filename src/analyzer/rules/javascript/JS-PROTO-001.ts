import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-PROTO-001",
    title: "Prototype pollution through dynamic keys",
    cwe: ["CWE-915", "CWE-1321"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags recursive merges and nested assignments target[key][...] = value where the keys come from untrusted objects without a __proto__/constructor/prototype check or hasOwnProperty guard.",
      why_bad:
        "A key of __proto__ writes to Object.prototype, changing every object in the process: auth bypasses, crashes, even code execution through gadgets.",
      example_bad:
        "function merge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === 'object') merge(target[key], source[key]);\n    else target[key] = source[key];\n  }\n}",
      example_good:
        "function merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;\n    if (typeof source[key] === 'object') merge(target[key], source[key]);\n    else target[key] = source[key];\n  }\n}",
    },
    fix_hint:
      "Skip __proto__, constructor and prototype keys, use Object.create(null) or Map for dictionaries, or a vetted merge library.",
  },
  trigger: /\]\s*\[|for\s*\(/,
  nodeTypes: ["assignment_expression"],
  detect(node, ctx, report) {
    const left = field(node, "left");
    if (left?.type !== "subscript_expression") return;
    const key = field(left, "index");
    if (!key || key.type === "string" || key.type === "number") return;
    const fn = ctx.enclosingFunction(node);
    const body = fn ? ctx.text(fn) : ctx.tree.source;
    if (/__proto__|constructor|prototype|hasOwnProperty|Object\.create\(null\)|new Map/.test(body)) return;
    // A dynamic key from a for-in/for-of over another object, in a function that recurses or nests writes.
    const loop = /for\s*\(\s*(const|let|var)\s+(\w+)\s+in\s/.exec(body);
    const nested = field(left, "object")?.type === "subscript_expression";
    const recursive =
      fn &&
      field(fn, "name") &&
      new RegExp(`\\b${ctx.text(field(fn, "name")!)}\\s*\\(`).test(body.slice(body.indexOf("{")));
    if (!(loop && (recursive || nested)) && !(nested && ctx.level(key, "proto") >= Level.PARAM)) return;
    report({ node, message: "dynamic key can reach __proto__" });
  },
  cases: {
    valid: ["function f(o, k, v) { o[k] = v; }", "const m = {};\nfor (const x of xs) m[x.id] = x;"],
    invalid: ["function set(obj, a, b, v) { obj[a][b] = v; }"],
  },
});
