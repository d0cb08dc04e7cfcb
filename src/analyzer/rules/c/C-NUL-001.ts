import { CALL_TYPES, clikeRule } from "../clike.js";
import { scopeText } from "./scope.js";

/** Raw reads: they fill bytes and never write a terminator. Destination argument position. */
const RAW_READS: Record<string, number> = { read: 1, recv: 1, recvfrom: 1, fread: 0, pread: 1 };
/** Calls that treat their argument as a NUL-terminated string, with that argument's position. */
const STRING_USES: Record<string, number> = {
  strcpy: 1,
  strcat: 1,
  strlen: 0,
  strdup: 0,
  puts: 0,
  atoi: 0,
  strcmp: 0,
  strstr: 0,
};

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-NUL-001",
    title: "Buffer filled by read()/recv()/fread() used as a string without a terminating NUL",
    cwe: ["CWE-170", "CWE-125"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags strcpy, strcat, strlen, strdup, puts and the like on a buffer that the function filled with read, recv or fread (which copy bytes and never add a NUL) when the function never writes a terminator into that buffer.",
      why_bad:
        "The string functions run until a NUL byte; after a raw read there is none at the end of the data, so they read on past it (CWE-170) and copy or print whatever memory follows - out-of-bounds reads and overflowing copies.",
      example_bad:
        "void load(int fd, char *out, char *buf, int size) {\n  int n = read(fd, buf, size);\n  if (n < 0) return;\n  strcpy(out, buf);\n}",
      example_good:
        "void load(int fd, char *out, char *buf, int size) {\n  int n = read(fd, buf, size - 1);\n  if (n < 0) return;\n  buf[n] = '\\0';\n  strcpy(out, buf);\n}",
    },
    fix_hint:
      "Read at most size - 1 bytes and write buf[n] = '\\0' after the read (n is what the read returned).",
  },
  trigger: /\b(read|recv|recvfrom|fread|pread)\s*\(/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const at = RAW_READS[ctx.callee(node)];
    if (at === undefined) return;
    const dst = ctx.args(node)[at];
    if (!dst) return;
    // `buf + 14`, `&buf[k]`: the read fills part of `buf`.
    const m = /^&?\s*(\w+)\b/.exec(ctx.text(dst));
    if (!m) return;
    const buf = m[1]!;
    const scope = scopeText(ctx, node);
    const terminated = new RegExp(
      `\\b${buf}\\s*\\[[^;]*\\]\\s*=\\s*('\\\\0'|0|'\\\\x00')\\s*;|\\*\\s*\\(\\s*${buf}\\b[^;]*\\)\\s*=\\s*('\\\\0'|0)\\s*;`,
    );
    if (terminated.test(scope)) return;
    const fn = ctx.enclosingFunction(node);
    for (const n of ctx.tree.nodes) {
      if (n.type !== "call_expression" || n.start < node.end || (fn && n.end > fn.end)) continue;
      const use = STRING_USES[ctx.callee(n)];
      if (use === undefined || ctx.text(ctx.args(n)[use] ?? n) !== buf) continue;
      report({
        node: n,
        message: `${ctx.callee(n)}() treats '${buf}' as a string, but ${ctx.callee(node)}() left it without a terminating NUL`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "void f(int fd, char *o, char *b, int z) { int n = read(fd, b, z - 1); if (n < 0) return; b[n] = '\\0'; strcpy(o, b); }",
      "void f(int fd, char *b, int z) { int n = read(fd, b, z); write(1, b, n); }",
    ],
    invalid: [
      "void f(int fd, char *o, char *b, int z) { int n = read(fd, b + 14, z - 14); if (n < 0) return; strcpy(o, b); }",
      "size_t f(int s) { char b[256]; recv(s, b, sizeof b, 0); return strlen(b); }",
    ],
  },
});
