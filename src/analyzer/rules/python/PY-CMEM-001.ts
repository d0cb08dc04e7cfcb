import { descendants, field, namedChildren, perTree, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { inTestCode, pyRule } from "./common.js";

/** ctypes' raw copies (size third) and raw reads (size second): nothing checks the size against any buffer. */
const COPY = /^ctypes\.(memmove|memset)$/;
const READ = /^ctypes\.(w?string_at)$/;
/** libc string functions with no size at all: the destination overflows whenever the source is longer. */
const UNSIZED = /^(strcpy|strcat|wcscpy|wcscat|sprintf|vsprintf|gets)$/;
/** libc functions sized by their third argument. */
const SIZED = /^(memcpy|memmove|memset|strncpy|strncat|wcsncpy)$/;
/** A loaded C library: `ctypes.CDLL(...)`, `cdll.LoadLibrary(...)`, `ctypes.cdll.msvcrt`. */
const LIBRARY =
  /^ctypes\.(CDLL|PyDLL|WinDLL|(c|py|win)dll\.LoadLibrary|util\.find_library)$|^ctypes\.(c|win)dll\.\w+$/;
/** A buffer of a size the program fixed: `create_string_buffer(64)`, `(c_char * 256)()`. */
const ALLOC = /^ctypes\.(create_string_buffer|create_unicode_buffer)$/;

const NOT_NAMES = new Set(["len", "ctypes", "sizeof", "addressof", "min", "max", "int", "self", "abs"]);

/** Identifiers an expression reads (attribute heads and `self.x` as `x`), callee names left out. */
function namesIn(ctx: PythonContext, n: SyntaxNode | undefined): Set<string> {
  const out = new Set<string>();
  if (!n) return out;
  for (const d of [n, ...descendants(n)]) {
    if (d.type === "identifier") {
      const p = d.parent;
      if (p?.type === "call" && field(p, "function") === d) continue;
      if (
        p?.type === "attribute" &&
        field(p, "attribute") === d &&
        ctx.text(field(p, "object") ?? p) !== "self"
      )
        continue;
      const t = ctx.text(d);
      if (!NOT_NAMES.has(t)) out.add(t);
    }
  }
  return out;
}

/**
 * Per scope (function, or the module): the names some comparison, min()/max() or assert reads, found once per
 * file. A size or offset one of them reads was checked against something.
 */
const checkedNames = perTree((ctx: PythonContext) => {
  const per = new Map<SyntaxNode, Set<string>>();
  for (const d of descendants(ctx.tree.root)) {
    const bound =
      d.type === "comparison_operator" ||
      d.type === "assert_statement" ||
      (d.type === "call" && /^(min|max|clamp)$/.test(ctx.callee(d)));
    if (!bound) continue;
    const scope = ctx.enclosingFunction(d) ?? ctx.tree.root;
    let s = per.get(scope);
    if (!s) per.set(scope, (s = new Set()));
    for (const n of namesIn(ctx, d)) s.add(n);
  }
  return per;
});

/** The size a buffer was made with, when the file allocates it (a name, self.attr or an `addressof(...)` of one). */
function allocSize(ctx: PythonContext, buf: SyntaxNode | undefined): SyntaxNode | undefined {
  let b = buf;
  if (b?.type === "call" && ctx.callee(b) === "ctypes.addressof") b = ctx.args(b)[0];
  if (b?.type === "binary_operator") b = field(b, "left");
  if (b?.type === "call" && ctx.callee(b) === "ctypes.addressof") b = ctx.args(b)[0];
  const v = ctx.heldValue(b);
  if (v?.type !== "call") return undefined;
  if (ALLOC.test(ctx.callee(v))) {
    const a = ctx.args(v);
    // `create_string_buffer(data)` is sized by the data; `(data, n)` by n.
    return a[1] ?? a[0];
  }
  // `(ctypes.c_char * 256)()`
  const fn = field(v, "function");
  const inner = fn?.type === "parenthesized_expression" ? namedChildren(fn)[0] : fn;
  if (inner?.type === "binary_operator" && ctx.text(inner).includes("*")) return field(inner, "right");
  return undefined;
}

/**
 * `if index < 0: raise`: every comparison in the scope that reads the index compares it with 0 (and no
 * min()/assert bounds it): negative indexes are refused, any large one goes through.
 */
function onlyLowerBound(ctx: PythonContext, idx: SyntaxNode, at: SyntaxNode): boolean {
  if (idx.type !== "identifier") return false;
  const name = ctx.text(idx);
  const scope = ctx.enclosingFunction(at) ?? ctx.tree.root;
  let seen = false;
  for (const d of descendants(scope)) {
    const bound =
      d.type === "comparison_operator" ||
      d.type === "assert_statement" ||
      (d.type === "call" && /^(min|max|clamp)$/.test(ctx.callee(d)));
    if (!bound || !namesIn(ctx, d).has(name)) continue;
    if (d.type !== "comparison_operator") return false;
    const sides = namedChildren(d);
    if (sides.length !== 2 || !sides.some((x) => ctx.text(x) === "0")) return false;
    seen = true;
  }
  return seen;
}

/**
 * `Reply.crc.size`, `type(self).body.size`, `ATR.ts.size + ATR.t0.size`, `APDU.lc.offset` (the bytes before a
 * field): the declared size or offset of a Structure class's field (the descriptor ctypes makes for each `_fields_`
 * entry), or a sum of them and constants - fixed by the type.
 */
function fieldDescriptorSize(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  if (!n) return false;
  if (n.type === "parenthesized_expression") return fieldDescriptorSize(ctx, namedChildren(n)[0]);
  if (n.type === "binary_operator" && n.children.some((c) => c.type === "+"))
    return namedChildren(n).every((c) => ctx.constValue(c) !== undefined || fieldDescriptorSize(ctx, c));
  if (n.type !== "attribute" || !/^(size|offset)$/.test(ctx.text(field(n, "attribute") ?? n))) return false;
  const desc = field(n, "object");
  const cls = desc?.type === "attribute" ? field(desc, "object") : undefined;
  if (!cls) return false;
  // The class itself: a capitalised name, or type(self).
  return (
    (cls.type === "identifier" && /^[A-Z]/.test(ctx.text(cls))) ||
    (cls.type === "call" && /^type\(\s*self\s*\)$/.test(ctx.text(cls)))
  );
}

/** Whether the size (or offset) is a constant, taken with min()/sizeof, or read by a check in its scope. */
function bounded(
  ctx: PythonContext,
  n: SyntaxNode | undefined,
  at: SyntaxNode,
  ...sizedBy: (SyntaxNode | undefined)[]
): boolean {
  if (!n) return true;
  if (ctx.constValue(n) !== undefined) return true;
  const v = ctx.resolve(n);
  if (v && ctx.constValue(v) !== undefined) return true;
  if (v?.type === "call" && /^(min|ctypes\.sizeof)$/.test(ctx.callee(v))) return true;
  if (fieldDescriptorSize(ctx, v ?? n)) return true;
  // A number parsed out of some data (`(n,) = struct.unpack_from(fmt, packet)`) is not that data's size: only an
  // expression of sizes lends its names.
  const sizeExpr = v && v !== n && !(v.type === "call" && !/^(len|ctypes\.sizeof)$/.test(ctx.callee(v)));
  const names = new Set([...namesIn(ctx, n), ...(sizeExpr ? namesIn(ctx, v) : [])]);
  if (names.size === 0) return false;
  // Sized by the buffer it writes (`memmove(buf, src, len(buf))`, `sizeof(dst) - 1`), or the buffer was made that size.
  for (const b of sizedBy) {
    const own = namesIn(ctx, b);
    for (const x of names) if (own.has(x)) return true;
  }
  const checked = checkedNames(ctx).get(ctx.enclosingFunction(at) ?? ctx.tree.root);
  if (checked) for (const x of names) if (checked.has(x)) return true;
  return false;
}

/** The library object a call like `libc.strcpy(...)` goes through, when the file loads it with ctypes. */
function libcFunction(ctx: PythonContext, call: SyntaxNode): string | undefined {
  const fn = field(call, "function");
  if (fn?.type !== "attribute") return undefined;
  const name = ctx.text(field(fn, "attribute") ?? fn);
  if (!UNSIZED.test(name) && !SIZED.test(name)) return undefined;
  const obj = field(fn, "object");
  if (!obj) return undefined;
  const q = ctx.qname(obj);
  if (LIBRARY.test(q)) return name;
  const v = ctx.heldValue(obj);
  if (v && (LIBRARY.test(ctx.qname(v)) || (v.type === "call" && LIBRARY.test(ctx.callee(v))))) return name;
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-CMEM-001",
    title: "Raw memory copy or read through ctypes with an unchecked size or offset",
    cwe: ["CWE-787", "CWE-125", "CWE-119", "CWE-120"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags ctypes.memmove / memset into a buffer the program made with a fixed size, ctypes.string_at reads from a Python-made buffer, and pointer writes at `addressof(buf) + offset`, when the size or offset is neither a constant nor taken with min()/sizeof nor compared with anything in the function; and libc's strcpy / strcat / sprintf / gets called through ctypes.",
      why_bad:
        "ctypes hands the pointer and the count to C unchecked: a count or offset from the caller's data writes past the end of the buffer (heap corruption, code execution) or reads memory beyond it (information disclosure).",
      example_bad:
        "import ctypes\ndef fill(data):\n    buf = ctypes.create_string_buffer(64)\n    ctypes.memmove(buf, data, len(data))\n    return buf.raw",
      example_good:
        "import ctypes\ndef fill(data):\n    buf = ctypes.create_string_buffer(64)\n    ctypes.memmove(buf, data, min(len(data), ctypes.sizeof(buf)))\n    return buf.raw",
    },
    fix_hint:
      "Bound every count by the destination's size (min(len(data), ctypes.sizeof(buf))) and check offsets against it; prefer slicing bytes or ctypes arrays, which check their bounds, over raw pointer copies.",
  },
  trigger: /\bctypes\b/,
  nodeTypes: ["call", "subscript"],
  detect(node, ctx, report) {
    if (
      !sourceHas(
        ctx.tree,
        /\b(memmove|memset|string_at|strcpy|strcat|sprintf|gets|memcpy|strncpy|POINTER|pointer)\b/,
      )
    )
      return;
    if (inTestCode(ctx, node)) return;
    if (node.type === "subscript") {
      // `p = ctypes.cast(arr, ctypes.POINTER(T)); p[i]`: a pointer has no length to check i against.
      const obj = field(node, "value");
      if (obj?.type !== "identifier") return;
      const v = ctx.resolve(obj);
      if (v?.type !== "call" || !/^ctypes\.(cast|pointer)$/.test(ctx.callee(v))) return;
      const idx = field(node, "subscript");
      if (!idx || (bounded(ctx, idx, node) && !onlyLowerBound(ctx, idx, node))) return;
      report({ node, message: `${ctx.text(node)} indexes a raw pointer with an unchecked index` });
      return;
    }
    const q = ctx.callee(node);
    const a = ctx.args(node);
    if (COPY.test(q)) {
      const [dst, src, n] = a;
      // An offset added to a buffer's address must be checked as well as the count.
      if (
        dst?.type === "binary_operator" &&
        /^ctypes\.addressof$/.test(ctx.callee(field(dst, "left") ?? dst))
      ) {
        const off = field(dst, "right");
        if (off && !bounded(ctx, off, node)) {
          report({
            node,
            message: `${q} writes at an unchecked offset ${ctx.text(off)} past a buffer's address`,
          });
          return;
        }
      }
      const size = allocSize(ctx, dst) ?? (q.endsWith("memmove") ? allocSize(ctx, src) : undefined);
      if (!size || ctx.constValue(size) === undefined) return;
      if (!bounded(ctx, n, node, size, dst))
        report({
          node,
          message: `${q} copies ${ctx.text(n!)} bytes into a fixed-size buffer without checking the count`,
        });
      return;
    }
    if (READ.test(q)) {
      const [addr, n] = a;
      if (!addr || !n) return;
      // Only a buffer this program made: a pointer C handed over comes with C's own length.
      const own = /\baddressof\(|\bcreate_string_buffer\(/.test(ctx.text(ctx.resolve(addr) ?? addr));
      const size = allocSize(ctx, addr);
      if (!own && !size) return;
      if (!bounded(ctx, n, node, size))
        report({ node, message: `${q} reads ${ctx.text(n)} bytes from a buffer without checking the count` });
      return;
    }
    const lib = libcFunction(ctx, node);
    if (!lib) return;
    if (UNSIZED.test(lib)) {
      report({ node, message: `${lib}() through ctypes copies with no bound on the destination's size` });
      return;
    }
    const [dst, , n] = a;
    if (!bounded(ctx, n, node, allocSize(ctx, dst), dst))
      report({ node, message: `${lib}() through ctypes copies an unchecked count` });
  },
  cases: {
    valid: [
      "import ctypes\nslots = (ctypes.c_uint32 * 16)()\ndef put(i, v):\n    if i < 0 or i >= 16:\n        raise ValueError(i)\n    p = ctypes.cast(slots, ctypes.POINTER(ctypes.c_uint32))\n    p[i] = v",
      "import ctypes\ndef fill(data):\n    buf = ctypes.create_string_buffer(64)\n    n = min(len(data), ctypes.sizeof(buf))\n    ctypes.memmove(buf, data, n)\n    return buf.raw",
      "import ctypes\ndef fill(data):\n    buf = ctypes.create_string_buffer(len(data))\n    ctypes.memmove(buf, data, len(data))\n    return buf",
      "import ctypes\ndef fill(data):\n    buf = ctypes.create_string_buffer(64)\n    if len(data) > 64:\n        raise ValueError\n    ctypes.memmove(buf, data, len(data))",
      "import ctypes\ndef copy(ptr, data):\n    ctypes.memmove(ptr, data, len(data))",
      "import ctypes\ndef read(ptr, n):\n    return ctypes.string_at(ptr, n)",
      "import ctypes\nT = (ctypes.c_int * 16)()\ndef cell(i):\n    if not 0 <= i < 16:\n        raise IndexError\n    p = ctypes.cast(T, ctypes.POINTER(ctypes.c_int))\n    return p[i]",
      "import ctypes\nlibc = ctypes.CDLL('libc.so.6')\ndef cp(dst, src):\n    libc.strncpy(dst, src, ctypes.sizeof(dst) - 1)",
      // A Structure's fields read with their own declared sizes.
      "import ctypes\nclass R(ctypes.Structure):\n    _fields_ = [('a', ctypes.c_uint8), ('b', ctypes.c_uint16)]\n    def head(self):\n        return ctypes.string_at(ctypes.addressof(self), R.a.size + R.b.size)\n    def tail(self):\n        return ctypes.string_at(ctypes.addressof(self) + R.b.offset, type(self).b.size)\n    def lead(self):\n        return ctypes.string_at(ctypes.addressof(self), R.b.offset)",
    ],
    invalid: [
      {
        code: "import ctypes\nslots = (ctypes.c_uint32 * 16)()\ndef put(i, v):\n    if i < 0:\n        raise ValueError(i)\n    p = ctypes.cast(slots, ctypes.POINTER(ctypes.c_uint32))\n    p[i] = v",
        line: 7,
      },
      {
        code: "import ctypes\ndef fill(data):\n    buf = ctypes.create_string_buffer(64)\n    ctypes.memmove(buf, data, len(data))\n    return buf.raw",
        line: 4,
      },
      "import ctypes\nimport struct\ndef payload(packet):\n    (n,) = struct.unpack_from('>I', packet, 0)\n    buf = ctypes.create_string_buffer(packet, len(packet))\n    return ctypes.string_at(ctypes.addressof(buf) + 4, n)",
      "import ctypes\nclass Frame:\n    def __init__(self):\n        self.raw = (ctypes.c_char * 256)()\n    def put(self, offset, payload):\n        ctypes.memmove(ctypes.addressof(self.raw) + offset, payload, len(payload))",
      "import ctypes\nT = (ctypes.c_int * 16)()\ndef cell(i):\n    p = ctypes.cast(T, ctypes.POINTER(ctypes.c_int))\n    return p[i]",
      "import ctypes\nlibc = ctypes.CDLL('libc.so.6')\ndef name(s):\n    dst = ctypes.create_string_buffer(32)\n    libc.strcpy(dst, s.encode())\n    return dst",
      // A size field of a parsed header (an instance's attribute) is data, not a declared size.
      "import ctypes\ndef body(frame, hdr):\n    return ctypes.string_at(ctypes.addressof(frame) + 4, hdr.body.size)",
    ],
  },
});
