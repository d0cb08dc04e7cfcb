import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

/** `len(x)` -> x's text; anything else -> undefined. */
function lenOf(ctx: PythonContext, n: SyntaxNode | undefined): string | undefined {
  if (n?.type !== "call" || ctx.callee(n) !== "len") return undefined;
  const a = ctx.args(n);
  return a.length === 1 && a[0]!.type === "identifier" ? ctx.text(a[0]!) : undefined;
}

/** `e + 1` -> e; anything else -> undefined. */
function plusOne(ctx: PythonContext, n: SyntaxNode | undefined): SyntaxNode | undefined {
  if (n?.type !== "binary_operator") return undefined;
  const [l, r] = namedChildren(n);
  const op = n.children.find((c) => !c.named)?.type;
  return op === "+" && r?.type === "integer" && ctx.text(r) === "1" ? l : undefined;
}

/**
 * Sequences whose length is `size` (an identifier): `buf = bytearray(n)`, `[0] * n`, `bytes(n)` assigned in the
 * same function. Their last valid index is n - 1.
 */
function sizedBy(ctx: PythonContext, scope: SyntaxNode, size: string): Set<string> {
  const out = new Set<string>();
  for (const a of descendants(scope)) {
    if (a.type !== "assignment") continue;
    const left = field(a, "left");
    const right = field(a, "right");
    if (left?.type !== "identifier" || !right) continue;
    const ok =
      (right.type === "call" &&
        /^(bytearray|bytes|array\.array)$/.test(ctx.callee(right)) &&
        ctx.text(ctx.args(right).at(-1) ?? right) === size) ||
      (right.type === "binary_operator" &&
        right.children.find((c) => !c.named)?.type === "*" &&
        namedChildren(right)[0]?.type === "list" &&
        ctx.text(namedChildren(right)[1] ?? right) === size);
    if (ok) out.add(ctx.text(left));
  }
  return out;
}

/**
 * `seq[index]` sits where `index < len(seq)` was just tested: the branch of `if i < len(xs):`, the value of
 * `xs[i] if i < len(xs) else None`, or the right side of `i < len(xs) and xs[i] == c`.
 */
function guarded(ctx: PythonContext, s: SyntaxNode, stop: SyntaxNode, seq: string, index: string): boolean {
  const e = regexEscape;
  const test = new RegExp(
    `\\b${e(index)}\\s*<\\s*len\\(\\s*${e(seq)}\\s*\\)|\\blen\\(\\s*${e(seq)}\\s*\\)\\s*>\\s*${e(index)}\\b`,
  );
  for (let c = s, p = s.parent; p && c !== stop; c = p, p = p.parent) {
    const cond =
      p.type === "if_statement" && field(p, "consequence") === c
        ? field(p, "condition")
        : p.type === "conditional_expression" && namedChildren(p)[0] === c
          ? namedChildren(p)[1]
          : p.type === "boolean_operator" &&
              field(p, "right") === c &&
              /^and$/.test(p.children.find((x) => !x.named)?.type ?? "")
            ? field(p, "left")
            : undefined;
    if (cond && test.test(ctx.text(cond))) return true;
  }
  return false;
}

/** The first `seq[index]` read or write in `body` whose index is exactly `index` (not a slice, not i - 1). */
function indexed(ctx: PythonContext, body: SyntaxNode, seqs: Set<string>, index: string) {
  return descendants(body).find((s) => {
    if (s.type !== "subscript") return false;
    const v = field(s, "value");
    const i = field(s, "subscript");
    return (
      v?.type === "identifier" &&
      seqs.has(ctx.text(v)) &&
      i?.type === "identifier" &&
      ctx.text(i) === index &&
      !guarded(ctx, s, body, ctx.text(v), index)
    );
  });
}

/**
 * `if i == len(rows): rows.append(...)` before `rows[i]` in the loop body: the sequence is grown to the index
 * first, so the last pass (i == len) reads the element it just added.
 */
function grownFirst(
  ctx: PythonContext,
  body: SyntaxNode,
  seq: string,
  index: string,
  hit: SyntaxNode,
): boolean {
  const e = regexEscape;
  const test = new RegExp(
    `^\\(?\\s*(${e(index)}\\s*(==|>=)\\s*len\\(\\s*${e(seq)}\\s*\\)|len\\(\\s*${e(seq)}\\s*\\)\\s*(==|<=)\\s*${e(index)})\\s*\\)?$`,
  );
  const grow = new RegExp(`\\b${e(seq)}\\s*(\\.\\s*(append|extend|insert)\\s*\\(|\\+=)`);
  return descendants(body).some(
    (n) =>
      n.type === "if_statement" &&
      n.end <= hit.start &&
      test.test(ctx.text(field(n, "condition") ?? n)) &&
      grow.test(ctx.text(field(n, "consequence") ?? n)),
  );
}

export default pyRule({
  meta: {
    id: "PY-OFFBY-001",
    title: "Loop index runs one past the end of the sequence (off-by-one)",
    cwe: ["CWE-193", "CWE-125"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags loops whose index reaches the length of the sequence they index: `for i in range(len(xs) + 1): xs[i]`, `range(n + 1)` over a buffer made with `bytearray(n)` / `[0] * n`, `while i <= len(xs): xs[i]`, and a bounds check `if i > len(xs): raise` before `xs[i]`.",
      why_bad:
        "Valid indexes stop at length - 1: the last iteration reads or writes past the end, which raises IndexError (a crash an input can trigger) or, in code ported from C, corrupts memory.",
      example_bad:
        "def total(xs):\n    s = 0\n    for i in range(len(xs) + 1):\n        s += xs[i]\n    return s",
      example_good:
        "def total(xs):\n    s = 0\n    for i in range(len(xs)):\n        s += xs[i]\n    return s",
    },
    fix_hint:
      "Loop over range(len(xs)) (or the items themselves) and compare with <, not <=, against the length.",
  },
  trigger: /\brange\([^\n]*\+\s*1\s*\)|<=\s*len\(|(?<=\[\s*)len\(|(?<=\w\s*>\s*)len\(/,
  nodeTypes: ["for_statement", "while_statement", "subscript", "if_statement"],
  detect(node, ctx, report) {
    if (node.type === "if_statement") {
      // if i > len(xs): raise ...  then xs[i]: i == len(xs) passes the guard and is one past the end.
      const cond = field(node, "condition");
      const exits = namedChildren(field(node, "consequence") ?? node).some((c) =>
        /^(raise_statement|return_statement)$/.test(c.type),
      );
      if (!cond || !exits) return;
      const fn = ctx.enclosingFunction(node);
      if (!fn) return;
      for (const cmp of [cond, ...descendants(cond)]) {
        if (cmp.type !== "comparison_operator") continue;
        const ops = cmp.children.filter((c) => !c.named).map((c) => c.type);
        const [l, r] = namedChildren(cmp);
        if (ops.join() !== ">" || l?.type !== "identifier" || r?.type !== "call" || ctx.callee(r) !== "len")
          continue;
        const seq = ctx.args(r)[0];
        if (!seq || !/^(identifier|attribute)$/.test(seq.type)) continue;
        const idx = ctx.text(l);
        const hit = descendants(fn).find(
          (d) =>
            d.type === "subscript" &&
            d.order > node.order &&
            ctx.text(field(d, "value") ?? d) === ctx.text(seq) &&
            ctx.text(field(d, "subscript") ?? d) === idx,
        );
        if (hit)
          report({
            node: cmp,
            message: `${idx} == len(${ctx.text(seq)}) passes the check and is one past the end`,
          });
      }
      return;
    }
    if (node.type === "subscript") {
      // xs[len(xs)]: always one past the last element.
      const v = field(node, "value");
      if (v?.type === "identifier" && lenOf(ctx, field(node, "subscript")) === ctx.text(v))
        report({ node, message: `${ctx.text(node)} is one past the last element` });
      return;
    }
    const body = field(node, "body");
    if (!body) return;
    if (node.type === "for_statement") {
      const loopVar = field(node, "left");
      const iter = field(node, "right");
      if (loopVar?.type !== "identifier" || iter?.type !== "call" || ctx.callee(iter) !== "range") return;
      const a = ctx.args(iter);
      if (a.length < 1 || a.length > 2) return; // a step changes which indexes are reached
      const stop = plusOne(ctx, a.at(-1));
      if (!stop) return;
      const seq = lenOf(ctx, stop);
      const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
      const seqs = seq
        ? new Set([seq])
        : stop.type === "identifier"
          ? sizedBy(ctx, scope, ctx.text(stop))
          : undefined;
      if (!seqs?.size) return;
      const hit = indexed(ctx, body, seqs, ctx.text(loopVar));
      if (hit && !grownFirst(ctx, body, ctx.text(field(hit, "value")!), ctx.text(loopVar), hit))
        report({
          node: hit,
          message: `the last ${ctx.text(loopVar)} equals the length of ${ctx.text(field(hit, "value")!)}`,
        });
      return;
    }
    // while i <= len(xs): ... xs[i]
    const cond = field(node, "condition");
    if (cond?.type !== "comparison_operator" || !cond.children.some((c) => c.type === "<=")) return;
    const [l, r] = namedChildren(cond);
    const seq = lenOf(ctx, r);
    if (l?.type !== "identifier" || !seq) return;
    const hit = indexed(ctx, body, new Set([seq]), ctx.text(l));
    if (hit) report({ node: hit, message: `${ctx.text(l)} reaches len(${seq}), one past the last index` });
  },
  cases: {
    valid: [
      "def put(slots, i, v):\n    if i < 0 or i >= len(slots):\n        raise IndexError(i)\n    slots[i] = v",
      "def put(slots, i, v):\n    if i > len(slots):\n        raise IndexError(i)\n    slots.insert(i, v)",
      "def f(xs):\n    for i in range(len(xs)):\n        print(xs[i])",
      "def f(s):\n    for i in range(1, len(s) + 1):\n        print(s[:i])",
      "def f(n):\n    dp = [0] * (n + 1)\n    for i in range(n + 1):\n        dp[i] = i",
      "def f(xs):\n    i = 0\n    while i < len(xs):\n        print(xs[i])\n        i += 1",
      "def f(xs):\n    for i in range(len(xs) + 1):\n        print(xs[i - 1])",
      "def f(xs):\n    return xs[len(xs) - 1]",
      "def f(text):\n    end = 0\n    while end <= len(text):\n        ch = None\n        if end < len(text):\n            ch = text[end]\n        end += 1",
      "def f(xs):\n    i = 0\n    while i <= len(xs):\n        v = xs[i] if i < len(xs) else None\n        i += 1",
    ],
    invalid: [
      "def put(slots, i, v):\n    if i < 0 or i > len(slots):\n        raise IndexError(i)\n    slots[i] = v",
      "def last(items):\n    return items[len(items)]",
      {
        code: "def f(xs):\n    t = 0\n    for i in range(len(xs) + 1):\n        t += xs[i]\n    return t",
        line: 4,
      },
      "def f(src, n):\n    dst = bytearray(n)\n    for i in range(0, n + 1):\n        dst[i] = src[i]\n    return dst",
      "def f(items, x):\n    i = 0\n    while i <= len(items):\n        if items[i] == x:\n            return i\n        i += 1",
    ],
  },
});
