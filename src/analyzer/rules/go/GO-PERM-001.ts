import { CALL_TYPES, clikeRule } from "../clike.js";

/** Calls that set permission bits, with the position of the mode argument. */
const MODE_AT: Record<string, number> = {
  "os.WriteFile": 2,
  "ioutil.WriteFile": 2,
  "os.OpenFile": 2,
  "os.Chmod": 1,
  "os.Mkdir": 1,
  "os.MkdirAll": 1,
};

export default clikeRule(["go"], {
  meta: {
    id: "GO-PERM-001",
    title: "File written or chmod-ed with group/other permissions",
    cwe: ["CWE-732", "CWE-276"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "group/other may only read, or the code is not about secrets (no key/secret/token name)",
      },
    ],
    docs: {
      what_it_does:
        "Flags os.WriteFile, os.OpenFile, os.Chmod and os.Mkdir(All) whose literal mode gives group or other users access, and syscall.Umask values that leave it: MEDIUM when they may write, or read a file the code calls a key, secret, token or password; LOW otherwise.",
      why_bad:
        "A key or token file readable by other local users leaks to them, and a writable one can be replaced (incorrect permission assignment for a critical resource, CWE-732).",
      example_bad:
        'func saveToken(token []byte) error {\n\treturn os.WriteFile("/var/lib/app/token", token, 0666)\n}',
      example_good:
        'func saveToken(token []byte) error {\n\treturn os.WriteFile("/var/lib/app/token", token, 0600)\n}',
    },
    fix_hint: "Use 0600 for secret files and 0700 for their directories.",
  },
  trigger: /WriteFile|OpenFile|Chmod|Mkdir|Umask/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    const secret = /secret|token|passw|private|\bkey|credential/i.test(
      ctx.text(node.parent ?? node) + ctx.text(args[0] ?? node),
    );
    if (q === "syscall.Umask" || q === "unix.Umask") {
      const m = /^0o?([0-7]{3,4})$/.exec(ctx.text(args[0] ?? node).trim());
      if (m && (parseInt(m[1]!, 8) & 0o044) !== 0o044)
        report({ node, severity: "LOW", message: `${q}(${m[0]}) leaves new files readable by group/other` });
      return;
    }
    const at = MODE_AT[q];
    if (at === undefined || !args[at]) return;
    const m = /^(?:os\.FileMode\()?0o?([0-7]{3,4})\)?$/.exec(ctx.text(args[at]).trim());
    if (!m) return;
    const bits = parseInt(m[1]!, 8);
    // Directories need x for traversal; only read/write by others matters for them as for files.
    const write = (bits & 0o022) !== 0;
    const read = (bits & 0o044) !== 0;
    if (!write && !read) return;
    const mkdir = /Mkdir/.test(q);
    if (mkdir && !write && !secret) return;
    report({
      node,
      severity: write || secret ? "MEDIUM" : "LOW",
      message: `${q}() gives group/other ${write ? "write" : "read"} access (${m[0]})`,
    });
  },
  cases: {
    valid: [
      'func f(b []byte) error { return os.WriteFile("key.pem", b, 0600) }',
      'func f() error { return os.MkdirAll("out", 0755) }',
      "func f() { syscall.Umask(0077) }",
    ],
    invalid: [
      'func f(b []byte) error { return os.WriteFile("out.txt", b, 0666) }',
      "func f(p string) (*os.File, error) { return os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0660) }",
      "func f() { syscall.Umask(0022) }",
    ],
  },
});
