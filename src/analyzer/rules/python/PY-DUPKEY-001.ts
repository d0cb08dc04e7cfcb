import { field, namedChildren } from "../../parse/nodes.js";
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
  trigger:
    /\b(dict|OrderedDict)\(\s*\[|\{[^{}\n]*:[^{}\n]*,[^{}\n]*:[^{}\n]*\}|^[A-Z_][A-Z0-9_]*\s*=\s*\{\s*$/m,
  nodeTypes: ["dictionary", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // `dict([("alice", "admin"), ("bob", "viewer"), ("bob", "admin")])`: a table of pairs is a literal too.
      if (!/^(dict|OrderedDict|collections\.OrderedDict)$/.test(ctx.callee(node))) return;
      const items = ctx.args(node)[0];
      if (!items || !["list", "tuple"].includes(items.type)) return;
      const seen = new Set<string>();
      for (const t of namedChildren(items)) {
        const key = t.type === "tuple" && namedChildren(t).length === 2 ? namedChildren(t)[0] : undefined;
        if (key?.type !== "string" || key.children.some((c) => c.type === "interpolation")) continue;
        const k = ctx.stringValue(key);
        if (k === undefined) continue;
        if (seen.has(k)) {
          report({ node: t, message: `key ${ctx.text(key)} is given twice; the later pair wins` });
          return;
        }
        seen.add(k);
      }
      return;
    }
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
    valid: [
      "ROLES = dict([('alice', 'admin'), ('bob', 'viewer')])",
      "def f(k):\n    return dict([(k, 1), (k, 2)])",
      "d = {'a': 1, 'b': 2}",
      "d = {f'{x}': 1, f'{x}': 2}",
      "d = {1: 'a', '1': 'b'}",
    ],
    invalid: [
      "ROLES = dict(\n    [\n        ('alice', 'admin'),\n        ('bob', 'viewer'),\n        ('bob', 'admin'),\n    ]\n)",
      "PERMS = {'read': True, 'write': False, 'read': False}",
      "CODES = {200: 'ok', 404: 'missing', 200: 'fine'}",
    ],
  },
});
