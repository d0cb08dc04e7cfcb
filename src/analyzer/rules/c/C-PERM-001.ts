import { CALL_TYPES, clikeRule } from "../clike.js";

/** Calls that set a file's permission bits, with the position of the mode argument. */
const MODE_AT: Record<string, number> = {
  open: 2,
  openat: 3,
  creat: 1,
  chmod: 1,
  fchmod: 1,
  fchmodat: 2,
  mkdir: 1,
};

/** Which of group/other a mode opens: "write" (world- or group-writable), "read", or undefined. */
function openness(mode: string): "write" | "read" | undefined {
  const octal = /^0o?([0-7]{3,4})$/.exec(mode.trim());
  if (octal) {
    const bits = parseInt(octal[1]!, 8);
    if (bits & 0o022) return "write";
    if (bits & 0o044) return "read";
    return undefined;
  }
  if (/S_IWOTH|S_IWGRP|S_IRWXO|S_IRWXG|ACCESSPERMS|ALLPERMS|DEFFILEMODE/.test(mode)) return "write";
  if (/S_IROTH|S_IRGRP/.test(mode)) return "read";
  return undefined;
}

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-PERM-001",
    title: "File created or chmod-ed with group/other permissions",
    cwe: ["CWE-732", "CWE-276"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: "group/other may only read the file" }],
    docs: {
      what_it_does:
        "Flags open/openat/creat (with a mode), chmod/fchmod and mkdir whose mode gives group or other users access: MEDIUM when they may write (0666, 0777, S_IWOTH), LOW when they may only read (0644, S_IROTH); and, at LOW, a umask that leaves group/other read access.",
      why_bad:
        "A secret, key or token file readable by other local users leaks to them; a writable one lets them replace its content (incorrect permission assignment for a critical resource, CWE-732). The process umask is not a reliable guard.",
      example_bad:
        "int save_key(const char *path) {\n  return open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);\n}",
      example_good:
        "int save_key(const char *path) {\n  return open(path, O_WRONLY | O_CREAT | O_TRUNC, S_IRUSR | S_IWUSR);\n}",
    },
    fix_hint:
      "Create secret files with 0600 (S_IRUSR | S_IWUSR) and directories with 0700; widen only what must be shared.",
  },
  trigger: /open|creat|chmod|mkdir|umask/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (name === "umask") {
      // A umask that does not mask group/other read leaves every file created next readable by them.
      const m = /^0o?([0-7]{3,4})$/.exec(ctx.text(ctx.args(node)[0] ?? node).trim());
      if (m && (parseInt(m[1]!, 8) & 0o044) !== 0o044)
        report({
          node,
          severity: "LOW",
          message: `umask(${ctx.text(ctx.args(node)[0]!)}) leaves new files readable by group/other`,
        });
      return;
    }
    const at = MODE_AT[name];
    if (at === undefined) return;
    const mode = ctx.args(node)[at];
    if (!mode) return;
    const open = openness(ctx.text(mode));
    if (!open) return;
    report({
      node,
      severity: open === "write" ? "MEDIUM" : "LOW",
      message: `${name}() gives group/other ${open} access (${ctx.text(mode)})`,
    });
  },
  cases: {
    valid: [
      "int f(const char *p) { return open(p, O_WRONLY | O_CREAT, 0600); }",
      "int f(const char *p) { return open(p, O_RDONLY); }",
      "int f(const char *p) { return mkdir(p, 0700); }",
      "void f() { umask(0077); }",
    ],
    invalid: [
      "int f(const char *p) { return chmod(p, 0777); }",
      "void f() { umask(0022); }",
      "int f(const char *p) { return open(p, O_WRONLY | O_CREAT, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH); }",
    ],
  },
});
