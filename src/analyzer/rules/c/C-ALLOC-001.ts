import type { SyntaxNode } from "../../parse/index.js";
import type { ClikeContext } from "../../dataflow/clike.js";
import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceMatches } from "../../parse/nodes.js";
import { cythonGenerated } from "./scope.js";

const SIZE_AT: Record<string, number> = {
  malloc: 0,
  alloca: 0,
  _alloca: 0,
  realloc: 1,
  kmalloc: 0,
  xmalloc: 0,
  HeapAlloc: 2,
  LocalAlloc: 1,
  GlobalAlloc: 1,
  valloc: 0,
};

/**
 * A real overflow guard compares the factor against a quotient or a maximum (`n > SIZE_MAX / size`,
 * `n < LIMIT`); a loop bound like `i < n` does not count.
 */
function guarded(ctx: ClikeContext, factor: string): boolean {
  const esc = factor.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");
  const src = ctx.tree.source;
  return (
    new RegExp(`(^|[^\\w.>])${esc}\\s*(<|>|<=|>=)\\s*[^;){]*(/|MAX|LIMIT|max|limit|[0-9]{2,})`).test(src) ||
    new RegExp(`(/|MAX|LIMIT|max|limit|[0-9]{2,})[^;(]*(<|>|<=|>=)\\s*${esc}(?![\\w.])`).test(src) ||
    /__builtin_mul_overflow|ckd_mul|SafeMul|mul_overflow/.test(src)
  );
}

/**
 * A name the snippet counts up at run time (`i++`, `++n`, `n += k`): it starts as a literal, but its value at the
 * allocation is however many elements a loop saw, not a constant.
 */
function counted(ctx: ClikeContext, factor: SyntaxNode): boolean {
  const name = ctx.text(factor);
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  return sourceMatches(ctx.tree, `(^|[^\\w.>])${name}\\s*(\\+\\+|\\+=)|\\+\\+\\s*${name}(?!\\w)`);
}

/** A product with a non-constant factor that the snippet never bounds-checks. */
function uncheckedProduct(ctx: ClikeContext, size: SyntaxNode): SyntaxNode | undefined {
  const stack = [size];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "binary_expression" && n.children.some((c) => c.type === "*")) {
      const factors = n.children.filter((c) => c.named);
      const variable = factors.filter(
        // A counter bounded by a loop condition (`size < 100; size += 10`) is as good as a constant.
        (f) =>
          !/^sizeof/.test(ctx.text(f)) &&
          (ctx.level(f) !== Level.CONST || (counted(ctx, f) && !guarded(ctx, ctx.text(f)))),
      );
      if (
        variable.length > 0 &&
        variable.every((f) => !guarded(ctx, ctx.text(f).replace(/^\((.*)\)$/, "$1")))
      )
        return n;
    }
    if (n.type !== "sizeof_expression") stack.push(...n.children);
  }
  return undefined;
}

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-ALLOC-001",
    title: "Allocation size computed by an unchecked multiplication",
    cwe: ["CWE-680", "CWE-190"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the product is an element count times a sizeof (still flagged: the count can overflow it)",
      },
    ],
    docs: {
      what_it_does:
        "Flags malloc/realloc/alloca (and C++ new[]) whose size multiplies a non-constant value that the code never compares against a limit.",
      why_bad:
        "count * size can wrap around, so a huge count yields a tiny allocation; the loop that then fills count elements writes far past it (integer overflow to buffer overflow, CWE-680).",
      example_bad:
        "int *copy(const int *src, size_t n) {\n  int *out = malloc(n * sizeof(int));\n  memcpy(out, src, n * sizeof(int));\n  return out;\n}",
      example_good:
        "int *copy(const int *src, size_t n) {\n  if (n > SIZE_MAX / sizeof(int)) return NULL;\n  int *out = malloc(n * sizeof(int));\n  memcpy(out, src, n * sizeof(int));\n  return out;\n}",
    },
    fix_hint: "Check count > SIZE_MAX / size before multiplying, or use calloc(count, size) / reallocarray.",
  },
  trigger: /alloc|Alloc|\bnew\b/,
  nodeTypes: CALL_TYPES.cpp,
  detect(node, ctx, report) {
    if (cythonGenerated(ctx)) return;
    let size: SyntaxNode | undefined;
    if (node.type === "new_expression") {
      const decl = node.children.find((c) => c.type === "new_declarator");
      size = decl?.children.find((c) => c.named);
    } else {
      const name = ctx.method(node);
      const at = SIZE_AT[name];
      // Project allocators (av_malloc, g_malloc, xrealloc, ngx_pcalloc, ...) take the size somewhere in their args.
      if (at === undefined && !/(^|_)(m|re|c|p|x|g_|e)?alloc\w*$|[a-z](M|Re|C)?alloc$|Malloc$/i.test(name))
        return;
      size = at === undefined ? undefined : ctx.args(node)[at];
    }
    const sizes = size ? [size] : node.type === "new_expression" ? [] : ctx.args(node);
    let product: SyntaxNode | undefined;
    for (const s of sizes) product ??= uncheckedProduct(ctx, s);
    if (!product) return;
    // count * sizeof(T) is computed in size_t: it wraps only on 32-bit targets or with a 64-bit count.
    const bySizeof = product.children.some((c) => c.named && /^sizeof/.test(ctx.text(c)));
    report({
      node,
      severity: bySizeof ? "LOW" : "MEDIUM",
      message: `allocation size '${ctx.text(product)}' can overflow`,
    });
  },
  cases: {
    valid: [
      "void *f(size_t n) { if (n > SIZE_MAX / 4) return 0; return av_malloc(n * 4); }",
      "void *f(size_t n) { if (n > 100) return 0; return malloc(n * 4); }",
      "void *f(void) { return malloc(16 * sizeof(int)); }",
      "void *f(void) { int n = 16; return malloc(n * sizeof(int)); }",
      "void *f(size_t n) { return calloc(n, sizeof(int)); }",
    ],
    invalid: [
      "void *f(size_t n) { return malloc(n * sizeof(int)); }",
      "void *f(char *p, size_t w, size_t h) { return realloc(p, w * h); }",
      "void f(int n) { for (int i = 0; i < n; i++) g(i); int *p = av_malloc(n * sizeof(int)); }",
      {
        code: "struct s { struct s *next; };\nstruct s **list(struct s *h) {\n  int n = 0;\n  for (struct s *p = h; p; p = p->next) n++;\n  return malloc(n * sizeof(struct s *));\n}",
        line: 5,
        severity: "LOW",
      },
    ],
  },
});
