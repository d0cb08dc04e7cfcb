import { CALL_TYPES, clikeRule } from "../clike.js";
import { allocationTarget, mentions, scopeText } from "./scope.js";

const ALLOC = /^(malloc|alloca|_alloca|xmalloc)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-ALLOC-002",
    title: "String buffer allocated with strlen() bytes: no room for the terminating NUL",
    cwe: ["CWE-131", "CWE-193", "CWE-122"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags malloc(strlen(s)) (also times sizeof(char), or new char[strlen(s)]) whose buffer is then filled with a string copy (strcpy, strcat, sprintf, or a NUL written at the end).",
      why_bad:
        "strlen does not count the terminating NUL, so copying the string writes one byte past the allocation: an off-by-one heap overflow (CWE-131, CWE-193) that corrupts allocator metadata.",
      example_bad:
        "char *dup(const char *s) {\n  char *d = malloc(strlen(s));\n  if (!d) return NULL;\n  strcpy(d, s);\n  return d;\n}",
      example_good:
        "char *dup(const char *s) {\n  char *d = malloc(strlen(s) + 1);\n  if (!d) return NULL;\n  strcpy(d, s);\n  return d;\n}",
    },
    fix_hint: "Allocate strlen(s) + 1 bytes (or use strdup).",
  },
  trigger: /strlen/,
  nodeTypes: [...CALL_TYPES.cpp, "new_expression"],
  detect(node, ctx, report) {
    let size;
    if (node.type === "new_expression") {
      const decl = node.children.find((c) => c.type === "new_declarator");
      size = decl?.children.find((c) => c.named);
    } else if (ALLOC.test(ctx.callee(node))) size = ctx.args(node)[0];
    if (!size) return;
    const text = ctx.text(size).replace(/\s+/g, "");
    if (!/^(\(?(strlen|wcslen)\([^()]*\)\)?)(\*sizeof\((char|wchar_t)\))?$/.test(text)) return;
    // The buffer the allocation is bound to, and whether a string is written into it.
    const name = allocationTarget(ctx, node);
    if (!name) return;
    const scope = scopeText(ctx, node);
    const esc = name.replace(/[$]/g, "\\$");
    const stringWrite = new RegExp(
      `\\b(strcpy|strcat|sprintf|stpcpy|wcscpy)\\s*\\(\\s*${esc}\\b|\\b${esc}\\s*\\[[^\\]]*\\]\\s*=\\s*('\\\\0'|0)\\s*;`,
    );
    if (!mentions(scope, name) || !stringWrite.test(scope)) return;
    report({ node, message: `'${name}' gets strlen() bytes, one short of the string and its NUL` });
  },
  cases: {
    valid: [
      "char *f(const char *s) { char *d = malloc(strlen(s) + 1); strcpy(d, s); return d; }",
      "void f(const char *s) { char *d = malloc(strlen(s)); memcpy(d, s, strlen(s)); send(d); }",
    ],
    invalid: [
      "char *f(const char *s) { char *c; c = (char *)malloc(strlen(s)); if (!c) return 0; strcpy(c, s); return c; }",
      'char *f(const char *s) { char *c = malloc(strlen(s) * sizeof(char)); sprintf(c, "%s", s); return c; }',
    ],
  },
});
