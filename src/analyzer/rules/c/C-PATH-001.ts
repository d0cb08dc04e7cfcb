import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

/** File-opening calls and the position of their path argument. */
const OPEN_AT: Record<string, number> = {
  fopen: 0,
  open: 0,
  openat: 1,
  creat: 0,
  freopen: 0,
  unlink: 0,
  remove: 0,
  rename: 0,
  "new std.ifstream": 0,
  "new std.ofstream": 0,
  "new std.fstream": 0,
  "std.ifstream": 0,
  "std.ofstream": 0,
  "std.fstream": 0,
};
/** The snippet confines the path: canonicalises it, or rejects `..` / absolute names. */
const CONFINED =
  /realpath|canonical|weakly_canonical|lexically_normal|PathCanonicalize|\.\.(?=["'])|strstr\s*\([^)]*"\.\."|is_absolute|\[0\]\s*==\s*'\/'/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-PATH-001",
    title: "File path built from a caller's name under a directory (path traversal)",
    cwe: ["CWE-22"],
    // LOW for a caller's value, as for Python and JavaScript path traversal: the function may be meant to take
    // any name, and only its callers know whether the name is untrusted.
    severity: "LOW",
    severity_variants: [
      { severity: "HIGH", when: "the name comes from untrusted input (argv, environment, stdin, network)" },
    ],
    docs: {
      what_it_does:
        "Flags (LOW; HIGH from argv, environment or stdin) fopen/open/std::ifstream and similar whose path is built (snprintf \"%s/%s\", strcat, +) from a directory and a name that comes from a parameter or input, when the snippet neither canonicalises the result (realpath, std::filesystem::canonical) nor rejects '..' and absolute names.",
      why_bad:
        "A name such as ../../etc/passwd or an absolute path escapes the intended directory, so the caller reads or overwrites any file the process can reach (path traversal, CWE-22).",
      example_bad:
        'FILE *open_user_file(const char *dir, const char *name) {\n  char path[1024];\n  snprintf(path, sizeof path, "%s/%s", dir, name);\n  return fopen(path, "r");\n}',
      example_good:
        'FILE *open_user_file(const char *dir, const char *name) {\n  char path[1024], real[PATH_MAX], root[PATH_MAX];\n  snprintf(path, sizeof path, "%s/%s", dir, name);\n  if (!realpath(dir, root) || !realpath(path, real) || strncmp(real, root, strlen(root)) != 0) return NULL;\n  return fopen(real, "r");\n}',
    },
    fix_hint:
      "Resolve the joined path with realpath (std::filesystem::weakly_canonical) and check that it still starts with the directory; or reject names containing '/' or '..'.",
  },
  trigger: /open|creat|unlink|remove|rename|fstream/,
  nodeTypes: [...CALL_TYPES.cpp, "declaration"],
  detect(node, ctx, report) {
    let path;
    let what = "";
    let name: string | undefined;
    if (node.type === "declaration") {
      // std::ifstream in(path); (tree-sitter-cpp may read it as a function declaration: `in` taking a `path`)
      const type = node.children.find((c) => c.field === "type");
      if (!type || !/^(std::)?[io]?fstream$/.test(ctx.text(type))) return;
      const decl = node.children.find((c) => c.field === "declarator");
      const args = decl?.children.find((c) => c.type === "argument_list" || c.field === "parameters");
      path = args?.children.find((c) => c.named);
      if (path?.type === "parameter_declaration") {
        name = ctx.text(path).trim();
        path = undefined;
      }
      what = ctx.text(type);
    } else {
      const q = ctx.callee(node);
      const at = OPEN_AT[q] ?? OPEN_AT[ctx.method(node)];
      if (at === undefined || (ctx.method(node) !== q && !/^(new )?std\./.test(q) && !/\.open$/.test(q)))
        return;
      path = ctx.args(node)[at];
      what = ctx.method(node);
    }
    if (name !== undefined && /^\w+$/.test(name)) {
      const values = ctx.valuesOf(name);
      const level = ctx.params().has(name)
        ? Level.PARAM
        : values.reduce((m, v) => Math.max(m, ctx.level(v)), Level.CONST as Level);
      return check(name, level);
    }
    if (!path) return;
    return check(ctx.text(path).replace(/\.(c_str|data)\(\)$/, ""), ctx.level(path));

    function check(t: string, level: Level): void {
      if (level < Level.PARAM) return;
      // Traversal needs a name joined onto a directory: a path built from pieces, not one taken whole.
      const pieces = [t, ...ctx.valuesOf(t).map((v) => ctx.text(v.parent?.parent ?? v.parent ?? v))].join(
        "\n",
      );
      if (!/%s\/%s|%s\/|"\/"|'\/'|\+|strcat|\/=|append/.test(pieces)) return;
      if (sourceHas(ctx.tree, CONFINED)) return;
      report({
        node,
        severity: level === Level.SOURCE ? "HIGH" : undefined,
        message: `${what}() opens a path joined from a caller's name with no '..' or canonical-path check`,
      });
    }
  },
  cases: {
    valid: [
      'FILE *f(const char *path) { return fopen(path, "r"); }',
      'FILE *f(void) { char p[64]; snprintf(p, sizeof p, "%s/%s", "/etc", "hosts"); return fopen(p, "r"); }',
      'FILE *f(const char *d, const char *n) { char p[256], r[4096]; snprintf(p, sizeof p, "%s/%s", d, n); if (!realpath(p, r)) return 0; return fopen(r, "r"); }',
    ],
    invalid: [
      'FILE *f(const char *d, const char *n) { char p[256]; snprintf(p, sizeof p, "%s/%s", d, n); return fopen(p, "r"); }',
      'int f(int argc, char **argv) { char p[256]; strcpy(p, "/srv/"); strcat(p, argv[1]); return open(p, 0); }',
    ],
  },
});
