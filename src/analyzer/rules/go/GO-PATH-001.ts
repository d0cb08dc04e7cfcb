import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-PATH-001",
    title: "File path joined from caller-controlled parts without a containment check",
    cwe: ["CWE-22"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "HIGH",
        when: "untrusted input (request data, command line, environment) reaches the path",
      },
    ],
    docs: {
      what_it_does:
        "Flags filepath.Join/path.Join and os.Open/ReadFile/Create/WriteFile/OpenFile whose path includes request data (MEDIUM) or function parameters (LOW), when the code never checks the result stays inside a base directory.",
      why_bad:
        "A name such as ../../etc/passwd escapes the intended directory, letting the caller read or overwrite other files (path traversal, CWE-22).",
      example_bad:
        "func read(dir, name string) ([]byte, error) {\n\treturn os.ReadFile(filepath.Join(dir, name))\n}",
      example_good:
        'func read(dir, name string) ([]byte, error) {\n\tp := filepath.Join(dir, name)\n\tif rel, err := filepath.Rel(dir, p); err != nil || strings.HasPrefix(rel, "..") {\n\t\treturn nil, errors.New("bad path")\n\t}\n\treturn os.ReadFile(p)\n}',
    },
    fix_hint:
      'After joining, check filepath.Rel(base, p) does not start with ".." (or use os.Root / securejoin).',
  },
  trigger: /Join|os\.(Open|ReadFile|Create|WriteFile|OpenFile)/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (
      !/^(filepath\.Join|path\.Join|os\.(Open|ReadFile|Create|WriteFile|OpenFile|Remove|RemoveAll))$/.test(q)
    )
      return;
    if (
      sourceHas(
        ctx.tree,
        /filepath\.Rel|HasPrefix|filepath\.IsLocal|securejoin|os\.OpenRoot|OpenInRoot|\b(is\w*(Safe|Valid|Local)\w*|validate\w*|sanitize\w*)\s*\(/i,
      )
    )
      return;
    if (/^os\./.test(q) && node.parent && /Join/.test(ctx.text(node))) return; // reported at the Join
    const args = /^os\./.test(q) ? ctx.args(node).slice(0, 1) : ctx.args(node).slice(1);
    const level = args.reduce((m, a) => Math.max(m, ctx.level(a)), Level.CONST as Level);
    // os.Open(path) of the caller's own path is the function's contract, not traversal: that needs a name joined
    // onto a directory (reported at the Join, or here when built with + / Sprintf).
    if (/^os\./.test(q) && level === Level.PARAM && args[0]?.type === "identifier") {
      const name = ctx.text(args[0]);
      if (ctx.params().has(name) || !ctx.valuesOf(name).some((v) => /Sprintf|\+/.test(ctx.text(v)))) return;
    }
    if (level >= Level.PARAM)
      report({
        node,
        severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
        message: `${q} path includes caller-controlled data`,
      });
  },
  cases: {
    valid: [
      'func f() { os.ReadFile(filepath.Join("/etc", "hosts")) }',
      "func f(path string) { os.Open(path) }",
      "func f(dir, name string) { if !isPathSafe(name) { return }; os.ReadFile(filepath.Join(dir, name)) }",
    ],
    invalid: [
      "func f(dir, name string) { os.ReadFile(filepath.Join(dir, name)) }",
      'func f(dir, name string) { p := fmt.Sprintf("%s/%s", dir, name); os.Create(p) }',
    ],
  },
});
