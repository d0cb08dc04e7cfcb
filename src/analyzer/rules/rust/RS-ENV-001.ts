import { clikeRule } from "../clike.js";

export default clikeRule(["rust"], {
  meta: {
    id: "RS-ENV-001",
    title: "Attacker-influenced process environment (args, current_exe, temp_dir)",
    cwe: ["CWE-807"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags std::env::args()/args_os(), current_exe() and temp_dir(). The standard library documents each as controllable by whoever starts the process: argv[0] and the executable path can be anything, and the temp directory is shared and writable by every user.",
      why_bad:
        "Using these values for security decisions (locating trusted files, privilege checks, predictable temp file names) lets a local attacker steer the decision: a symlinked executable path, a chosen argv[0], or a pre-created file in /tmp (reliance on untrusted inputs in a security decision, CWE-807).",
      example_bad:
        'use std::env;\nfn config_path() -> std::path::PathBuf {\n  let exe = env::current_exe().unwrap();\n  exe.parent().unwrap().join("trusted.toml")\n}',
      example_good:
        'fn config_path() -> std::path::PathBuf {\n  std::path::PathBuf::from("/etc/myapp/trusted.toml")\n}',
    },
    fix_hint:
      "Parse arguments as untrusted input (e.g. with clap and validation), resolve trusted files from fixed paths, and create temp files with the tempfile crate.",
  },
  trigger: /args|current_exe|temp_dir/,
  // Identifiers rather than calls: inside macros (println!, t!, format!) tree-sitter keeps only tokens.
  nodeTypes: ["identifier"],
  detect(node, ctx, report) {
    const name = ctx.text(node);
    if (!/^(args|args_os|current_exe|temp_dir)$/.test(name)) return;
    const src = ctx.tree.source;
    if (!/^\s*\(/.test(src.slice(node.end, node.end + 4))) return;
    const before = src.slice(Math.max(0, node.start - 12), node.start);
    const qualified = /\b(env|os)\s*::\s*$/.test(before);
    const imported =
      !/[.:]\s*$/.test(before) && new RegExp(`use\\s+std::env::(\\{[^}]*\\b${name}\\b|${name}\\b)`).test(src);
    if (!qualified && !imported) return;
    if (/\bfn\s+$/.test(before)) return; // a definition, not a use
    report({ node, message: `${name}() is controlled by whoever runs the process` });
  },
  cases: {
    valid: ['fn main() { let p = std::path::Path::new("/etc/app.toml"); }'],
    invalid: [
      "fn main() { let a: Vec<String> = std::env::args().collect(); }",
      "use std::env;\nfn f() { let t = env::temp_dir(); }",
      'fn f() { println!("{:?}", std::env::args().collect::<Vec<_>>()); }',
      "use std::env::temp_dir;\nfn f() { let t = temp_dir(); }",
    ],
  },
});
