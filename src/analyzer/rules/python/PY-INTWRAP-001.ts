import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, descendants, field, namedChildren, unparen } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { inTestCode, pyRule } from "./common.js";

/** ctypes integers of at most 32 bits: a Python int stored in one keeps only its low bits, silently. */
const CT_NARROW = /^ctypes\.c_(u?int(8|16|32)|u?byte|ubyte|u?short|u?int)$/;
/** Unsigned ctypes integers of any width: a negative value becomes a huge one. */
const CT_UNSIGNED = /^ctypes\.c_(uint(8|16|32|64)?|ubyte|ushort|ulong(long)?|size_t)$/;
/** numpy fixed-width integer types of at most 32 bits (array arithmetic wraps without an error). */
const NP_NARROW = /^numpy\.(u?int(8|16|32)|u?byte|u?short|u?intc)$/;
const NP_UNSIGNED = /^numpy\.(uint(8|16|32|64)?|ubyte|ushort|uintc|ulonglong)$/;
/** A dtype written as a string: "int16", "uint8", "<u2", "i4". */
const DTYPE_NARROW_TEXT = /^['"]([<>=|]?[iu][124]|u?int(8|16|32))['"]$/;
const DTYPE_UNSIGNED_TEXT = /^['"]([<>=|]?u[1248]|uint(8|16|32|64))['"]$/;
/** numpy constructors whose dtype= fixes the element type of the array they return. */
const NP_ARRAY = /^numpy\.(array|asarray|zeros|ones|empty|full|frombuffer|fromiter|arange)$/;

type Width = "narrow" | "unsigned" | undefined;

const operator = (n: SyntaxNode): string => n.children.find((c) => !c.named)?.type ?? "";

/** What a dtype expression (`np.uint8`, `"<u2"`, `numpy.int32`) allows: narrow, unsigned (64-bit), or neither. */
function dtypeWidth(ctx: PythonContext, d: SyntaxNode | undefined): Width {
  if (!d) return undefined;
  const t = ctx.text(d);
  if (d.type === "string")
    return DTYPE_NARROW_TEXT.test(t) ? "narrow" : DTYPE_UNSIGNED_TEXT.test(t) ? "unsigned" : undefined;
  const q = ctx.qname(d);
  return NP_NARROW.test(q) ? "narrow" : NP_UNSIGNED.test(q) ? "unsigned" : undefined;
}

/** A numeric literal, or arithmetic on literals only (`1 << 20`, `4 * 1024`). */
function constant(n: SyntaxNode | undefined): boolean {
  n = unparen(n);
  if (!n) return false;
  if (n.type === "integer" || n.type === "float") return true;
  if (n.type === "unary_operator") return constant(namedChildren(n).at(-1));
  if (n.type === "binary_operator") return constant(field(n, "left")) && constant(field(n, "right"));
  return false;
}

/**
 * An operand numpy computes in floating point: a float literal, a true division, or arithmetic with either. Mixed
 * with a narrow integer array it promotes the result to float64 (`uint8_arr + c / 2.`), so nothing wraps.
 */
function floatValued(n: SyntaxNode | undefined): boolean {
  n = unparen(n);
  if (!n) return false;
  if (n.type === "float") return true;
  if (n.type === "unary_operator") return floatValued(namedChildren(n).at(-1));
  if (n.type !== "binary_operator") return false;
  const op = operator(n);
  if (op === "/") return true;
  return /^(\+|-|\*|\*\*|%)$/.test(op) && (floatValued(field(n, "left")) || floatValued(field(n, "right")));
}

/**
 * The fixed width a value has: a numpy scalar or array of a narrow dtype (`np.int32(x)`, `np.array(v,
 * dtype=np.int16)`, `a.astype(np.uint8)`, `np.frombuffer(b, dtype="<u2")`), held directly or by a local name.
 */
function npWidth(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): Width {
  n = unparen(n);
  if (!n || depth > 2) return undefined;
  if (n.type === "identifier") {
    const v = ctx.resolve(n, 1);
    return v && v !== n ? npWidth(ctx, v, depth + 1) : undefined;
  }
  if (n.type === "subscript") return npWidth(ctx, field(n, "value"), depth + 1);
  if (n.type !== "call") return undefined;
  const callee = ctx.callee(n);
  const args = ctx.args(n);
  if (NP_NARROW.test(callee) || NP_UNSIGNED.test(callee)) {
    // np.uint32(16777619): a constant multiplier is a hash's, not a caller's value.
    if (args.length !== 1 || constant(args[0])) return undefined;
    return NP_NARROW.test(callee) ? "narrow" : "unsigned";
  }
  if (NP_ARRAY.test(callee)) return dtypeWidth(ctx, ctx.kwarg(n, "dtype"));
  if (ctx.method(n) === "astype") {
    const recv = unparen(field(field(n, "function") ?? n, "object"));
    // np.clip(...).astype(np.uint8): clipped into range first.
    if (recv?.type === "call" && /\bclip$/.test(ctx.callee(recv))) return undefined;
    return dtypeWidth(ctx, args[0]);
  }
  return undefined;
}

const NP_FLOAT = /^numpy\.(float16|float32|float64|float_|double|single|half|longdouble)$|^float$/;
const FLOAT_DTYPE_TEXT = /^['"][<>=]?(f[248]?|float(16|32|64)?|double|single|half)['"]$/;

/**
 * A float operand by its type (`np.float32(meta["loff"])`, `float(x)`, an array of a float dtype), held directly or
 * by a local name: numpy promotes the integer side to float, so the result does not wrap.
 */
function npFloat(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): boolean {
  n = unparen(n);
  if (!n || depth > 2) return false;
  if (n.type === "identifier") {
    const held = ctx.reachingValues(n);
    return !!held?.length && held.every((v) => v !== n && npFloat(ctx, v, depth + 1));
  }
  if (n.type !== "call") return false;
  const callee = ctx.callee(n);
  if (NP_FLOAT.test(callee)) return true;
  const dtype = NP_ARRAY.test(callee)
    ? ctx.kwarg(n, "dtype")
    : ctx.method(n) === "astype"
      ? ctx.args(n)[0]
      : undefined;
  if (!dtype) return false;
  return dtype.type === "string" ? FLOAT_DTYPE_TEXT.test(ctx.text(dtype)) : NP_FLOAT.test(ctx.qname(dtype));
}

/** numpy's and math's float constants (`np.nan`, `np.inf`, `math.pi`): an operand that promotes the result to float. */
const FLOAT_CONSTANT = /^(numpy|math)\.(nan|NaN|NAN|inf|Inf|infty|Infinity|PINF|NINF|pi|e|tau|euler_gamma)$/;

/** A truth value: a comparison, `not`, a numpy predicate, or a list (comprehension) of them, directly or by a name. */
function boolValued(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): boolean {
  n = unparen(n);
  if (!n || depth > 2) return false;
  if (n.type === "comparison_operator" || n.type === "not_operator") return true;
  if (n.type === "call")
    return /^(numpy\.|math\.)?(isnan|isinf|isfinite|isclose)$|^numpy\.(isin|logical_(and|or|not|xor)|equal|not_equal|greater(_equal)?|less(_equal)?)$/.test(
      ctx.callee(n),
    );
  if (n.type === "list" || n.type === "tuple")
    return namedChildren(n).length > 0 && namedChildren(n).every((c) => boolValued(ctx, c, depth + 1));
  if (n.type === "list_comprehension") return boolValued(ctx, field(n, "body"), depth + 1);
  if (n.type === "identifier") {
    // (every value reaching the use: `gt = [...]` set before a loop and again at its end)
    const vals = ctx.reachingValues(n) ?? [ctx.resolve(n, 1)];
    return vals.length > 0 && vals.every((v) => !!v && v !== n && boolValued(ctx, v, depth + 1));
  }
  return false;
}

/**
 * An operand that cannot grow a product: a 0/1 mask made from truth values (`np.isnan(a).astype(np.uint8)`,
 * `np.int32(gt)` of comparisons) or a numpy scalar of -1, 0 or 1 (`np.int32(-1)`, a fill or a sign).
 */
function unitFactor(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  n = unparen(n);
  if (n?.type !== "call") return false;
  const callee = ctx.callee(n);
  const args = ctx.args(n);
  const inner =
    ctx.method(n) === "astype"
      ? unparen(field(field(n, "function") ?? n, "object"))
      : NP_NARROW.test(callee) || NP_UNSIGNED.test(callee)
        ? args[0]
        : undefined;
  if (!inner) return false;
  if (boolValued(ctx, inner)) return true;
  return args.length === 1 && inner === args[0] && /^-?\s*[01]$/.test(ctx.text(inner));
}

/** The names (and attribute paths) an expression reads, bar `self`, module names and ALL_CAPS constants. */
function readNames(ctx: PythonContext, n: SyntaxNode): string[] {
  const out = new Set<string>();
  for (const d of [n, ...descendants(n)]) {
    // self.failed.value: the whole path, read where it is not called.
    if (d.type === "attribute" && d.parent?.type !== "attribute" && d.parent?.type !== "call") {
      out.add(ctx.text(d));
      continue;
    }
    if (d.type !== "identifier") continue;
    const p = d.parent;
    if (p?.type === "call" && field(p, "function") === d) continue;
    if (p?.type === "attribute" && field(p, "attribute") === d) continue;
    if (p?.type === "keyword_argument" && field(p, "name") === d) continue;
    const name = ctx.text(d);
    if (/^(self|cls|np|numpy|ctypes|struct|int|len)$/.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name)) continue;
    out.add(name);
  }
  return [...out];
}

/**
 * A range check on one of the names before `node` in its function: a comparison in an if / while / assert
 * condition or a conditional expression (`if used >= limit: return 0`, `if len(body) > 0xFFFF: raise`), or a
 * bound by min() / max() / clip() on the way.
 */
function guarded(ctx: PythonContext, node: SyntaxNode, names: string[]): boolean {
  if (!names.length) return true;
  const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
  const words = new RegExp(`(^|[^\\w.])(${names.map((s) => s.replace(/[.]/g, "\\.")).join("|")})\\b`);
  for (const d of descendants(scope)) {
    if (d.start >= node.start) continue;
    if (d.type === "call" && /(^|\.)(min|max|clip)$/.test(ctx.callee(d)) && words.test(ctx.text(d))) {
      if (d.end >= node.end || d.start <= node.start) return true;
    }
    if (d.type !== "comparison_operator") continue;
    if (
      !ancestor(d, [
        "if_statement",
        "elif_clause",
        "while_statement",
        "assert_statement",
        "conditional_expression",
      ])
    )
      continue;
    if (words.test(ctx.text(d))) return true;
  }
  return false;
}

/** An arithmetic expression that can leave the range: + - * << with an operand that is not a literal. */
function growing(n: SyntaxNode | undefined): SyntaxNode | undefined {
  n = unparen(n);
  if (n?.type !== "binary_operator" || !/^(\+|-|\*|<<)$/.test(operator(n))) return undefined;
  return constant(n) ? undefined : n;
}

const lenCall = (ctx: PythonContext, n: SyntaxNode | undefined): boolean =>
  unparen(n)?.type === "call" && ctx.callee(unparen(n)!) === "len";

/** Whether a subtraction appears in the expression (the unsigned wrap below zero is CWE-191). */
const subtracts = (n: SyntaxNode): boolean =>
  [n, ...descendants(n)].some((d) => d.type === "binary_operator" && operator(d) === "-");

/** The ctypes field type a local Structure subclass declares for `name` in its `_fields_`, if any. */
function structField(ctx: PythonContext, obj: SyntaxNode, name: string): string | undefined {
  const made = unparen(ctx.resolve(obj, 1));
  if (made?.type !== "call") return undefined;
  const cls = ctx.localClass(ctx.text(field(made, "function") ?? made));
  const bases = cls && field(cls, "superclasses");
  if (
    !cls ||
    !bases ||
    !/\b(Structure|BigEndianStructure|LittleEndianStructure|Union)\b/.test(ctx.text(bases))
  )
    return undefined;
  for (const d of descendants(cls)) {
    if (d.type !== "assignment" || ctx.text(field(d, "left") ?? d) !== "_fields_") continue;
    for (const item of descendants(field(d, "right") ?? d)) {
      if (item.type !== "tuple") continue;
      const [k, t] = namedChildren(item);
      if (k && t && ctx.stringValue(k) === name) return ctx.qname(t);
    }
  }
  return undefined;
}

const MASKS = new Set(["0xff", "255", "0xffff", "65535", "0xffffffff", "4294967295"]);
const MODULI = new Set([
  "256",
  "0x100",
  "65536",
  "0x10000",
  "2**16",
  "1<<16",
  "4294967296",
  "0x100000000",
  "2**32",
  "1<<32",
]);

/** Names that hold a count, length or size (what a header's length field carries). */
const SIZE_NAME = /(^|_)(len|length|size|count|num|n_?bytes|nbytes|total|qty|quantity|balance|amount)(_|$)/i;

/**
 * `len(body) & 0xFFFF`, `len(p) % 65536`, `(balance - amount) & 0xFFFFFFFF`: a length, count or difference cut to
 * a fixed width, where the cut value is packed (struct.pack / .to_bytes / bytes([...])), directly or by a name.
 */
function truncatedIntoField(ctx: PythonContext, n: SyntaxNode): boolean {
  const op = operator(n);
  const right = unparen(field(n, "right"));
  const left = unparen(field(n, "left"));
  if (!right || !left) return false;
  const r = ctx.text(right).replace(/\s+/g, "").toLowerCase();
  if (!((op === "&" && MASKS.has(r)) || (op === "%" && MODULI.has(r)))) return false;
  const sized =
    lenCall(ctx, left) ||
    (left.type === "binary_operator" && operator(left) === "-" && !constant(left)) ||
    ((left.type === "identifier" || left.type === "attribute") &&
      SIZE_NAME.test(ctx.text(left).split(".").at(-1)!));
  if (!sized) return false;
  let at: SyntaxNode = n;
  while (at.parent?.type === "parenthesized_expression") at = at.parent;
  const packs = (call: SyntaxNode | undefined | null) =>
    !!call && call.type === "call" && /^struct\.pack(_into)?$|(^|\.)pack$/.test(ctx.callee(call));
  if (at.parent?.type === "argument_list" && packs(at.parent.parent)) return true;
  if (at.parent?.type === "attribute" && ctx.text(field(at.parent, "attribute") ?? at) === "to_bytes")
    return true;
  const asg = at.parent?.type === "assignment" ? at.parent : undefined;
  const target = asg && field(asg, "left");
  if (target?.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(n);
  if (!fn) return false;
  const name = ctx.text(target);
  return new RegExp(`\\bstruct\\.pack(_into)?\\([^\\n]*\\b${name}\\b|\\b${name}\\.to_bytes\\(`).test(
    ctx.text(fn),
  );
}

/**
 * `p = np.asarray(v).astype(np.uint8)` then `if p > 50:` (or `(p < 0).any()`): a caller's value is narrowed and
 * the narrowed copy is what the range check sees.
 */
function narrowedThenChecked(
  ctx: PythonContext,
  asg: SyntaxNode,
  name: SyntaxNode,
  value: SyntaxNode,
): boolean {
  const narrowing =
    ctx.method(value) === "astype" ||
    NP_NARROW.test(ctx.callee(value)) ||
    NP_UNSIGNED.test(ctx.callee(value));
  if (!narrowing || npWidth(ctx, value) !== "narrow") return false;
  const fn = ctx.enclosingFunction(asg);
  if (!fn) return false;
  const n = ctx.text(name);
  return descendants(fn).some(
    (d) =>
      d.type === "comparison_operator" &&
      d.start > asg.end &&
      namedChildren(d).some((c) => unparen(c)?.type === "identifier" && ctx.text(unparen(c)!) === n) &&
      !!ancestor(d, ["if_statement", "elif_clause", "while_statement", "assert_statement"]),
  );
}

export default pyRule({
  meta: {
    id: "PY-INTWRAP-001",
    title: "Integer wraps around in a fixed-width type",
    cwe: ["CWE-190", "CWE-191", "CWE-681"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a length masked to 32 bits before it is packed: formats such as gzip's ISIZE define the field as the size modulo 2**32",
      },
    ],
    docs: {
      what_it_does:
        "Flags arithmetic on a caller's values stored in a fixed-width integer without a range check: a ctypes integer of 32 bits or less (or an unsigned one given a difference), a ctypes Structure field assigned a length, numpy scalars or arrays of a narrow dtype multiplied or subtracted, a length or difference masked (`& 0xFFFF`, `% 65536`) into a packed field, and a size checked only after narrowing it (`ctypes.c_int(n).value > MAX`, `x.astype(np.uint8) > 50`).",
      why_bad:
        "Python integers never overflow, but ctypes and numpy integers keep only their low bits: c_uint16(70000) is 4464, np.uint32(3) - np.uint32(5) is 4294967294. A buffer sized with the wrapped value is too small for the data copied in, a quota or balance that wraps below zero becomes huge, a length field that wraps tells the reader the wrong size, and a check on the narrowed value passes while the full value is used.",
      example_bad:
        "def alloc(width, height):\n    n = ctypes.c_uint16(width * height * 4).value\n    return (ctypes.c_ubyte * n)()",
      example_good:
        "def alloc(width, height):\n    if not (0 < width <= 4096 and 0 < height <= 4096):\n        raise ValueError('too large')\n    return (ctypes.c_ubyte * (width * height * 4))()",
    },
    fix_hint:
      "Compute with Python ints, check the range (0 <= n <= 0xFFFF) before storing into a fixed-width type, and raise instead of masking.",
  },
  trigger: /\b(ctypes|numpy|c_u?(int|short|byte|long)\w*|struct|to_bytes)\b/,
  nodeTypes: ["call", "binary_operator", "augmented_assignment", "assignment"],
  detect(node, ctx, report) {
    if (inTestCode(ctx, node)) return;
    if (node.type === "call") {
      const callee = ctx.callee(node);
      const narrow = CT_NARROW.test(callee);
      if (narrow || CT_UNSIGNED.test(callee)) {
        const args = ctx.args(node);
        if (args.length !== 1) return;
        let arg = unparen(args[0]);
        if (arg?.type === "identifier" && ctx.enclosingFunction(node)) {
          const v = unparen(ctx.resolve(arg, 1));
          if (v && v !== arg && v.type === "binary_operator") arg = v;
        }
        const grown = growing(arg);
        if (grown && (narrow || subtracts(grown)) && !guarded(ctx, node, readNames(ctx, grown))) {
          report({
            node,
            message: `${ctx.text(field(node, "function") ?? node)}(${ctx.text(grown)}) keeps only the low bits of the result: it wraps ${subtracts(grown) && !narrow ? "below zero to a huge value" : "around"} without an error`,
          });
          return;
        }
        // ctypes.c_int(declared).value > MAX: the check sees the narrowed value, the code goes on with the full one.
        const value = node.parent?.type === "attribute" ? node.parent : undefined;
        if (
          narrow &&
          arg &&
          !constant(arg) &&
          !lenCall(ctx, arg) &&
          value &&
          ctx.text(field(value, "attribute") ?? value) === "value" &&
          value.parent?.type === "comparison_operator"
        )
          report({
            node,
            message:
              "the size is checked after narrowing it to a fixed-width ctypes integer: a value that wraps passes the check",
          });
        return;
      }
      // np.subtract(np.uint64(a), np.uint64(b)): the operator spelled as a ufunc.
      const ufunc = /^numpy\.(add|subtract|multiply)$/.exec(callee)?.[1];
      const uargs = ctx.args(node);
      if (ufunc && uargs.length === 2 && !constant(uargs[0]) && !constant(uargs[1])) {
        const w = [npWidth(ctx, uargs[0]), npWidth(ctx, uargs[1])];
        if (
          (w.includes("narrow") || (ufunc === "subtract" && w.includes("unsigned"))) &&
          !guarded(
            ctx,
            node,
            readNames(ctx, node).filter((x) => x !== "time"),
          )
        )
          report({
            node,
            message: `fixed-width numpy integers: ${ctx.text(node)} wraps around without an error`,
          });
        return;
      }
      // a.sum(dtype=np.uint16): the accumulator is narrow, the total wraps.
      if (
        /^(sum|cumsum|prod)$/.test(ctx.method(node)) &&
        dtypeWidth(ctx, ctx.kwarg(node, "dtype")) === "narrow"
      )
        report({ node, message: "the total is accumulated in a narrow integer dtype and wraps around" });
      return;
    }
    if (node.type === "binary_operator") {
      const op = operator(node);
      if (/^[&%]$/.test(op)) {
        if (truncatedIntoField(ctx, node) && !guarded(ctx, node, readNames(ctx, field(node, "left") ?? node)))
          report({
            ...(/^(0xffffffff|4294967295|4294967296|0x100000000|2\*\*32|1<<32)$/.test(
              ctx
                .text(field(node, "right") ?? node)
                .replace(/\s+/g, "")
                .toLowerCase(),
            ) && !subtracts(unparen(field(node, "left")) ?? node)
              ? { severity: "LOW" as const }
              : {}),
            node,
            message:
              "a length or difference is cut to a fixed width before it is packed: a value that does not fit is written wrapped instead of refused",
          });
        return;
      }
      if (!/^(\+|-|\*|<<)$/.test(op)) return;
      const [l, r] = [field(node, "left"), field(node, "right")];
      if (constant(l) || constant(r)) return;
      const [wl, wr] = [npWidth(ctx, l), npWidth(ctx, r)];
      if (floatValued(l) || floatValued(r) || npFloat(ctx, l) || npFloat(ctx, r)) return;
      if ([l, r].some((x) => unparen(x)?.type === "attribute" && FLOAT_CONSTANT.test(ctx.qname(unparen(x)!))))
        return;
      if (op === "*" && (unitFactor(ctx, l) || unitFactor(ctx, r))) return;
      const fixed =
        wl === "narrow" || wr === "narrow" || (op === "-" && (wl === "unsigned" || wr === "unsigned"));
      if (!fixed) return;
      // The operand is itself arithmetic on fixed-width values: report the outer expression only once.
      if (
        node.parent?.type === "binary_operator" &&
        npWidth(ctx, node.parent) === undefined &&
        growing(node.parent)
      ) {
        const p = node.parent;
        const other = field(p, "left") === node ? field(p, "right") : field(p, "left");
        if (other && !constant(other)) return;
      }
      if (
        ancestor(node, ["with_statement"]) &&
        /errstate/.test(ctx.text(ancestor(node, ["with_statement"])!))
      )
        return;
      if (guarded(ctx, node, readNames(ctx, node))) return;
      report({
        node,
        message: `fixed-width numpy integers: ${ctx.text(node)} wraps around without an error`,
      });
      return;
    }
    if (node.type === "augmented_assignment") {
      const op = operator(node);
      const left = field(node, "left");
      const right = field(node, "right");
      if (!left || !right || constant(right) || !/^(\+=|-=|\*=)$/.test(op)) return;
      let width: Width;
      if (left.type === "attribute" && ctx.text(field(left, "attribute") ?? left) === "value") {
        // self.points.value += n on a ctypes integer.
        const held = unparen(ctx.heldValue(field(left, "object")));
        if (held?.type === "call") {
          const c = ctx.callee(held);
          width = CT_NARROW.test(c) ? "narrow" : CT_UNSIGNED.test(c) ? "unsigned" : undefined;
        }
      } else if (left.type === "subscript") width = npWidth(ctx, field(left, "value"));
      if (!(width === "narrow" || (op === "-=" && width === "unsigned"))) return;
      if (guarded(ctx, node, readNames(ctx, right))) return;
      report({
        node,
        message: `${ctx.text(left)} is a fixed-width integer: ${ctx.text(node)} wraps around without an error`,
      });
      return;
    }
    const left = field(node, "left");
    const right = unparen(field(node, "right"));
    if (
      left?.type === "identifier" &&
      right?.type === "call" &&
      narrowedThenChecked(ctx, node, left, right)
    ) {
      report({
        node,
        message: `${ctx.text(left)} is narrowed to a fixed-width numpy integer and then range-checked: a value that wraps passes the check`,
      });
      return;
    }
    // hdr.length = len(data) on a ctypes Structure field of 32 bits or less.
    if (left?.type !== "attribute" || !right || !(lenCall(ctx, right) || growing(right))) return;
    const obj = field(left, "object");
    if (obj?.type !== "identifier") return;
    const t = structField(ctx, obj, ctx.text(field(left, "attribute") ?? left));
    if (!t || !CT_NARROW.test(t)) return;
    if (guarded(ctx, node, readNames(ctx, right))) return;
    report({
      node,
      message: `${ctx.text(left)} is a ${t} field: ${ctx.text(right)} is stored modulo its width`,
    });
  },
  cases: {
    valid: [
      "import ctypes\ndef f(w, h):\n    if w > 4096 or h > 4096:\n        raise ValueError\n    return ctypes.c_uint32(w * h * 4).value",
      "import ctypes\ndef f(data):\n    return ctypes.c_size_t(len(data))",
      "def h(s):\n    x = 5381\n    for c in s:\n        x = ((x << 5) + x + c) & 0xFFFFFFFF\n    return x",
      "import struct\ndef f(body):\n    if len(body) > 0xFFFF:\n        raise ValueError\n    return struct.pack('>H', len(body) & 0xFFFF)",
      "import numpy as np\ndef f(q, p):\n    return np.array(q, dtype=np.int64) * np.array(p, dtype=np.int64)",
      "import numpy as np\ndef f(img, d):\n    return np.clip(img.astype(np.int16) + d, 0, 255).astype(np.uint8)",
      "import numpy as np\ndef f(data):\n    h = np.uint32(2166136261)\n    with np.errstate(over='ignore'):\n        for b in data:\n            h = np.uint32(h ^ b) * np.uint32(16777619)\n    return h",
      "def rgb(n):\n    return (n >> 16) & 0xFF, (n >> 8) & 0xFF, n & 0xFF",
      // A float operand promotes the narrow array to float64 (a colour table's blend): nothing wraps.
      "import numpy as np\ndef blend(a, b):\n    lo = np.array(a, dtype=np.uint8)\n    hi = np.array(b, dtype=np.uint8)\n    return ((lo + hi / 2.) * 255.).astype(np.uint8)",
      // np.nan promotes to float; a -1 fill and a 0/1 mask of truth values cannot grow the product.
      "import numpy as np\ndef f(p, n, v, sizes, limits):\n    a = np.ones((p, 2), dtype=np.int8) * np.nan\n    b = np.int32(-1) * np.ones(n, dtype=np.int32)\n    c = isnan(v).astype(np.uint8) * np.array(sizes, dtype=np.uint8)\n    gt = [s > m for s, m in zip(sizes, limits)]\n    while any(gt):\n        d = np.int32(gt) * np.array(sizes, dtype=np.int32)\n        gt = [s > m for s, m in zip(d, limits)]\n    return a, b, c, d",
    ],
    invalid: [
      // A scalar of a caller's value, not a unit, still grows the narrow product.
      {
        code: "import numpy as np\ndef f(k, n):\n    return np.int32(k) * np.ones(n, dtype=np.int32)",
        line: 3,
      },
      {
        code: "import zlib, struct\ndef trailer(data):\n    return struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import ctypes\ndef f(w, h):\n    n = ctypes.c_uint16(w * h * 4).value\n    return (ctypes.c_ubyte * n)()",
        line: 3,
      },
      { code: "import ctypes\ndef f(limit, used):\n    return ctypes.c_uint32(limit - used).value", line: 3 },
      {
        code: "import ctypes\ndef f(n):\n    if ctypes.c_int(n).value > 100:\n        raise ValueError\n    return bytearray(n)",
        line: 3,
      },
      {
        code: "import struct\ndef f(t, body):\n    return struct.pack('>HH', t, len(body) & 0xFFFF) + body",
        line: 3,
      },
      { code: "def f(p):\n    n = len(p) % 65536\n    return n.to_bytes(2, 'big') + p", line: 2 },
      {
        code: "import numpy as np\ndef f(q, p):\n    a = np.array(q, dtype=np.int32)\n    b = np.array(p, dtype=np.int32)\n    return a * b",
        line: 5,
      },
      {
        code: "import numpy as np\ndef f(quota, used):\n    return np.uint32(quota) - np.uint32(used) > 0",
        line: 3,
      },
      {
        code: "import numpy as np\nstock = np.zeros(10, dtype=np.uint8)\ndef f(i, q):\n    stock[i] -= q",
        line: 4,
      },
      {
        code: "import ctypes\nclass H(ctypes.Structure):\n    _fields_ = [('length', ctypes.c_uint16)]\ndef f(data):\n    h = H()\n    h.length = len(data)\n    return bytes(h) + data",
        line: 6,
      },
      {
        code: "import numpy as np\ndef f(pct):\n    p = np.asarray(int(pct)).astype(np.uint8)\n    if p > 50:\n        raise ValueError\n    return 100 - pct",
        line: 3,
      },
      {
        code: "import numpy as np\ndef f(sizes):\n    return np.array(sizes, dtype=np.uint16).sum(dtype=np.uint16) > 10",
        line: 3,
      },
    ],
  },
});
