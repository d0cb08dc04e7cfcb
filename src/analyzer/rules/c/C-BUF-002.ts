import { CALL_TYPES, clikeRule, Level } from "../clike.js";

const STRING_COPY = /^(strcpy|strcat|wcscpy|wcscat|stpcpy|sprintf|vsprintf|gets)$/;
const SIZED_COPY = /^(memcpy|memmove|strncpy|strncat|wcsncpy|memset|CopyMemory|RtlCopyMemory|bcopy)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-BUF-002",
    title: "Write into a stack buffer with an unchecked length",
    cwe: ["CWE-121"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags copies into a local fixed-size array (strcpy/strcat of a non-literal, memcpy/strncpy/memset with a length that is neither a constant nor sizeof) when the snippet never compares that length against a bound.",
      why_bad:
        "A stack array has a fixed size; copying a caller-chosen amount into it overwrites the saved return address and neighbouring locals (stack-based buffer overflow, CWE-121), the most exploited memory bug.",
      example_bad:
        "void parse(const char *msg, size_t len) {\n  char header[64];\n  memcpy(header, msg, len);\n  use(header);\n}",
      example_good:
        "void parse(const char *msg, size_t len) {\n  char header[64];\n  if (len >= sizeof header) return;\n  memcpy(header, msg, len);\n  use(header);\n}",
    },
    fix_hint: "Check the length against sizeof(buffer) first, or copy min(len, sizeof buffer - 1) bytes.",
  },
  trigger: /\b(str|wcs|stp|mem|v?s)(n?cpy|n?cat|move|set|printf)|gets|CopyMemory|bcopy/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    const stringCopy = STRING_COPY.test(name);
    if (!stringCopy && !SIZED_COPY.test(name)) return;
    const args = ctx.args(node);
    const dst = name === "bcopy" ? args[1] : args[0];
    if (!dst || !ctx.stackArrays(node).has(ctx.text(dst))) return;
    if (stringCopy) {
      const src = args[1];
      if (name !== "gets" && (!src || ctx.isConstant(src))) return;
      if (src && ctx.comparedSomewhere(`strlen(${ctx.text(src)})`)) return;
    } else {
      const len = args[2];
      if (!len || /sizeof/.test(ctx.text(len)) || ctx.level(len) === Level.CONST) return;
      if (/^[\w.>-]+$/.test(ctx.text(len)) && ctx.comparedSomewhere(ctx.text(len))) return;
    }
    report({ node, message: `${name}() writes into stack array '${ctx.text(dst)}' without a length check` });
  },
  cases: {
    valid: [
      "void f(const char *s) { char b[8]; memcpy(b, s, sizeof b); }",
      "void f(const char *s, int n) { char b[8]; if (n < 8) memcpy(b, s, n); }",
      "void f(char *d, const char *s, int n) { memcpy(d, s, n); }",
      "void f(char *out, const char *s) { strcpy(out, s); }\nint main(void) { char out[8]; return 0; }",
    ],
    invalid: [
      "void f(const char *s) { char b[8]; strcpy(b, s); }",
      "void f(const char *s, int n) { char b[8]; strncpy(b, s, n); }",
    ],
  },
});
