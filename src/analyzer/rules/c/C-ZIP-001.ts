import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

/** Calls that write an archive entry to disk under the name the archive gives it. */
const EXTRACTS = /\b(archive_entry_set_pathname|archive_write_header|archive_read_extract2?)\s*\(/;
/** Path confinement: canonicalising, rejecting absolute names, or libarchive's own refusal of '..'. */
const CONFINES = /^(realpath|canonical|weakly_canonical|lexically_normal|PathCanonicalizeA?W?|is_absolute)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-ZIP-001",
    title: "Archive entries extracted under their own names without a '..' or absolute-path check (zip slip)",
    cwe: ["CWE-22"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags libarchive extraction (archive_entry_pathname joined onto a destination, then archive_entry_set_pathname / archive_write_header / archive_read_extract) when the code never rejects entry names containing '..' or starting with '/', never canonicalises the result, and does not set ARCHIVE_EXTRACT_SECURE_NODOTDOT.",
      why_bad:
        "Entry names come from whoever made the archive: '../../home/user/.bashrc' or '/etc/cron.d/x' is written outside the destination directory, overwriting files the process can reach (zip slip, CWE-22).",
      example_bad:
        'bool extract(struct archive *a, struct archive *out, const char *dest) {\n  struct archive_entry *entry;\n  char path[4096];\n  while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {\n    snprintf(path, sizeof path, "%s/%s", dest, archive_entry_pathname(entry));\n    archive_entry_set_pathname(entry, path);\n    if (archive_write_header(out, entry) != ARCHIVE_OK) return false;\n  }\n  return true;\n}',
      example_good:
        'bool extract(struct archive *a, struct archive *out, const char *dest) {\n  struct archive_entry *entry;\n  char path[4096];\n  while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {\n    const char *name = archive_entry_pathname(entry);\n    if (name[0] == \'/\' || strstr(name, "..")) return false;\n    snprintf(path, sizeof path, "%s/%s", dest, name);\n    archive_entry_set_pathname(entry, path);\n    if (archive_write_header(out, entry) != ARCHIVE_OK) return false;\n  }\n  return true;\n}',
    },
    fix_hint:
      "Reject entry names that are absolute or contain a '..' component (or set ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS), and check the joined path stays under the destination.",
  },
  trigger: /archive_entry_pathname|archive_read_extract/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (q !== "archive_entry_pathname" && !/^archive_read_extract2?$/.test(q)) return;
    if (!sourceHas(ctx.tree, EXTRACTS)) return;
    // Guards are looked for in code only (string literals, calls, flags), never in comments.
    for (const n of ctx.tree.nodes) {
      if (ctx.isString(n) && literalValue(ctx, n).includes("..")) return;
      if (n.type === "identifier" && /^ARCHIVE_EXTRACT_SECURE_(NODOTDOT|NOABSOLUTEPATHS)$/.test(ctx.text(n)))
        return;
      if (ctx.isCall(n) && CONFINES.test(ctx.method(n))) return;
    }
    report({
      node,
      message:
        q === "archive_entry_pathname"
          ? "archive entry name is used as a path with no '..' or absolute-path check"
          : `${q}() writes entries under their own names without ARCHIVE_EXTRACT_SECURE_NODOTDOT`,
    });
  },
  cases: {
    valid: [
      'void f(struct archive *a, struct archive *o, struct archive_entry *e, const char *d) { char p[512]; const char *n = archive_entry_pathname(e); if (strstr(n, "..")) return; snprintf(p, 512, "%s/%s", d, n); archive_entry_set_pathname(e, p); archive_write_header(o, e); }',
      'void f(struct archive_entry *e) { printf("%s\\n", archive_entry_pathname(e)); }',
    ],
    invalid: [
      'void f(struct archive *a, struct archive *o, struct archive_entry *e, const char *d) { char p[512]; snprintf(p, 512, "%s/%s", d, archive_entry_pathname(e)); archive_entry_set_pathname(e, p); archive_write_header(o, e); }',
    ],
  },
});
