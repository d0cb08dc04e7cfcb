import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-DUPKEY-001",
    title: "Duplicate key in a dictionary literal",
    cwe: ["CWE-462"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a dict literal (on one line, or a module-level constant table) that gives the same constant key twice.",
      why_bad:
        "The later entry silently replaces the earlier one: a permission, setting or mapping the author wrote is not the one the program uses.",
      example_bad: "PERMISSIONS = {'read': True, 'write': False, 'read': False}",
      example_good: "PERMISSIONS = {'read': True, 'write': False}",
    },
    fix_hint: "Remove or rename the duplicate key so each key appears once.",
  },
  trigger: /\{[^{}\n]*:[^{}\n]*,[^{}\n]*:[^{}\n]*\}|^[A-Z_][A-Z0-9_]*\s*=\s*\{\s*$/m,
  nodeTypes: ["dictionary"],
  detect(node, ctx, report) {
    // Single-line literals and module-level constant tables (`PERMISSIONS = {` ... `}`): the trigger's shapes.
    const oneLine = node.startRow === node.endRow;
    const table =
      node.parent?.type === "assignment" &&
      node.parent.parent?.parent?.type === "module" &&
      /^[A-Z_][A-Z0-9_]*$/.test(ctx.text(field(node.parent, "left") ?? node));
    if (!oneLine && !table) return;
    const seen = new Set<string>();
    for (const pair of node.children) {
      if (pair.type !== "pair") continue;
      const key = field(pair, "key");
      if (!key || !["string", "integer", "float", "true", "false", "none"].includes(key.type)) continue;
      if (key.type === "string" && key.children.some((c) => c.type === "interpolation")) continue;
      const k = key.type === "string" ? `s:${ctx.stringValue(key)}` : `v:${ctx.text(key)}`;
      if (seen.has(k)) {
        report({ node: pair, message: `key ${ctx.text(key)} is given twice; the later value wins` });
        return;
      }
      seen.add(k);
    }
  },
  cases: {
    valid: ["d = {'a': 1, 'b': 2}", "d = {f'{x}': 1, f'{x}': 2}", "d = {1: 'a', '1': 'b'}"],
    invalid: [
      "PERMS = {'read': True, 'write': False, 'read': False}",
      "CODES = {200: 'ok', 404: 'missing', 200: 'fine'}",
    ],
  },
});
