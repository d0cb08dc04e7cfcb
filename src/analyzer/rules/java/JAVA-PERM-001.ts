import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-PERM-001",
    title: "File or preferences made readable or writable by every app",
    cwe: ["CWE-276", "CWE-732"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Android's MODE_WORLD_READABLE / MODE_WORLD_WRITEABLE (openFileOutput, getSharedPreferences, openOrCreateDatabase, getDir) and File.setReadable / setWritable / setExecutable(true, false), which grant the permission to every user rather than the owner (Android Lint's WorldReadableFiles / WorldWriteableFiles / SetWorldReadable checks).",
      why_bad:
        "Every other app on the device (or every account on the machine) can then read the file, or rewrite it: preferences and databases often hold session tokens and personal data, and a world-writable file lets another app change what this one loads (incorrect default permissions, CWE-276). Android deprecated the modes in API 17 and throws SecurityException for them from API 24.",
      example_bad:
        'SharedPreferences prefs(Context context) {\n  return context.getSharedPreferences("settings", Context.MODE_WORLD_READABLE);\n}',
      example_good:
        'SharedPreferences prefs(Context context) {\n  return context.getSharedPreferences("settings", Context.MODE_PRIVATE);\n}',
    },
    fix_hint:
      "Use Context.MODE_PRIVATE and share data through a ContentProvider or FileProvider with explicit permissions; call setReadable(true, true) for owner-only access.",
  },
  trigger: /MODE_WORLD_|set(Readable|Writable|Executable)/,
  nodeTypes: ["identifier", ...CALL_TYPES.java],
  detect(node, ctx, report) {
    if (node.type === "identifier") {
      const name = ctx.text(node);
      if (name !== "MODE_WORLD_READABLE" && name !== "MODE_WORLD_WRITEABLE") return;
      // A declaration of the constant (an SDK stub) is not a use.
      if (node.parent?.type === "variable_declarator") return;
      report({ node, message: `${name} gives every app on the device access` });
      return;
    }
    const m = ctx.method(node);
    if (!/^set(Readable|Writable|Executable)$/.test(m)) return;
    const [grant, ownerOnly] = ctx.args(node);
    if (grant && ownerOnly && ctx.text(grant) === "true" && ctx.text(ownerOnly) === "false")
      report({ node, message: `${m}(true, false) grants the permission to every user` });
  },
  cases: {
    valid: [
      'class A { Object f(Context c) { return c.getSharedPreferences("s", Context.MODE_PRIVATE); } }',
      "class A { void f(java.io.File f) { f.setReadable(true, true); } }",
      "class A { void f(java.io.File f) { f.setWritable(false, false); } }",
    ],
    invalid: [
      'class A { Object f(Context c) { return c.getSharedPreferences("ThemeConfig", Context.MODE_WORLD_READABLE | Context.MODE_WORLD_WRITEABLE); } }',
      'class A { void f(Context c) throws Exception { c.openFileOutput("a.txt", MODE_WORLD_WRITEABLE).close(); } }',
      "class A { void f(java.io.File f) { f.setWritable(true, false); } }",
    ],
  },
});
