import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const SCOPES = new Set(["function_definition", "lambda", "class_definition"]);
const LOOPS = new Set(["while_statement", "for_statement"]);
const EXITS = new Set(["return_statement", "raise_statement", "break_statement", "continue_statement"]);

/** `<lock>.<method>()` as a statement of its own: the call, or undefined. */
function lockCall(
  ctx: PythonContext,
  stmt: SyntaxNode,
  lock: string,
  method: string,
): SyntaxNode | undefined {
  if (stmt.type !== "expression_statement") return undefined;
  const call = namedChildren(stmt)[0];
  if (call?.type !== "call" || ctx.method(call) !== method) return undefined;
  const fn = field(call, "function");
  return fn?.type === "attribute" && ctx.text(field(fn, "object") ?? fn) === lock ? call : undefined;
}

/**
 * The statements that leave the region between `acquire()` and the `release()` after it without passing the
 * release: a return or raise, and a break/continue of a loop that encloses the acquire. An exit that is
 * preceded in its own block (or an enclosing one, inside the region) by the release lets go first.
 */
function exitsHolding(
  ctx: PythonContext,
  region: SyntaxNode[],
  lock: string,
  block: SyntaxNode,
): SyntaxNode | undefined {
  for (const stmt of region)
    for (const d of [stmt, ...descendants(stmt)]) {
      if (!EXITS.has(d.type)) continue;
      let inner = false;
      let released = false;
      for (let c: SyntaxNode = d, p = d.parent; p && c !== block; c = p, p = p.parent) {
        if (SCOPES.has(p.type)) {
          inner = true;
          break;
        }
        // A break/continue of a loop inside the region stays inside it.
        if ((d.type === "break_statement" || d.type === "continue_statement") && LOOPS.has(p.type)) {
          inner = true;
          break;
        }
        // Inside a try whose finally releases: the exit passes the release.
        if (
          p.type === "try_statement" &&
          namedChildren(p).some(
            (k) =>
              k.type === "finally_clause" &&
              descendants(k).some(
                (x) => x.type === "expression_statement" && !!lockCall(ctx, x, lock, "release"),
              ),
          )
        ) {
          released = true;
          break;
        }
        if (p.type === "block" || p.type === "module")
          for (const s of namedChildren(p)) {
            if (s === c) break;
            if (lockCall(ctx, s, lock, "release")) released = true;
          }
        if (released) break;
      }
      if (!inner && !released) return d;
    }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-LOCKHELD-001",
    title: "Lock acquired and left held on an early return or raise",
    cwe: ["CWE-667"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `lock.acquire()` statements followed in the same block by `lock.release()` where a return, raise, break or continue between the two leaves the function or loop without releasing the lock (no try/finally, no release before the exit).",
      why_bad:
        "The early exit keeps the lock: every later acquire() blocks forever, so the threads that share it hang (a deadlock an attacker can start with the input that takes the early path).",
      example_bad:
        "import threading\nlock = threading.Lock()\ndef pop(q):\n    lock.acquire()\n    if not q:\n        return None\n    item = q.pop()\n    lock.release()\n    return item",
      example_good:
        "import threading\nlock = threading.Lock()\ndef pop(q):\n    with lock:\n        if not q:\n            return None\n        return q.pop()",
    },
    fix_hint: "Hold the lock in a `with lock:` block, or release it in a `finally:` clause.",
  },
  trigger: /\.acquire\(/,
  nodeTypes: ["call"],
  calls: ["acquire"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "acquire" || node.parent?.type !== "expression_statement") return;
    const fn = field(node, "function");
    if (fn?.type !== "attribute") return;
    // A non-blocking or timed acquire whose result is dropped is PY-UNCHECKED-001's.
    if (ctx.args(node).length) return;
    const lock = ctx.text(field(fn, "object") ?? fn);
    const stmt = node.parent;
    const block = stmt.parent;
    if (!block) return;
    const siblings = namedChildren(block);
    const at = siblings.indexOf(stmt);
    const after = siblings.slice(at + 1);
    const rel = after.findIndex((s) => !!lockCall(ctx, s, lock, "release"));
    if (rel < 0) return;
    const exit = exitsHolding(ctx, after.slice(0, rel), lock, block);
    if (exit)
      report({
        node: exit,
        message: `${ctx.text(exit).split("\n")[0]} leaves ${lock} held: the release() after it never runs`,
      });
  },
  cases: {
    valid: [
      "import threading\nlock = threading.Lock()\ndef pop(q):\n    with lock:\n        if not q:\n            return None\n        return q.pop()",
      "import threading\nlock = threading.Lock()\ndef pop(q):\n    lock.acquire()\n    try:\n        if not q:\n            return None\n        return q.pop()\n    finally:\n        lock.release()",
      "import threading\nlock = threading.Lock()\ndef pop(q):\n    lock.acquire()\n    if not q:\n        lock.release()\n        return None\n    item = q.pop()\n    lock.release()\n    return item",
      "import threading\nlock = threading.Lock()\ndef drain(q):\n    lock.acquire()\n    for x in q:\n        if x is None:\n            break\n        use(x)\n    lock.release()",
      "import threading\nlock = threading.Lock()\ndef add(q, x):\n    lock.acquire()\n    q.append(x)\n    lock.release()",
      "import threading\nclass P:\n    def start(self):\n        self.lock.acquire()\n    def stop(self):\n        self.lock.release()",
      "import threading\nlock = threading.Lock()\ndef f(q):\n    lock.acquire()\n    def cb():\n        return 1\n    q.append(cb)\n    lock.release()",
    ],
    invalid: [
      {
        code: "import threading\nlock = threading.Lock()\ndef pop(q):\n    lock.acquire()\n    if not q:\n        return None\n    item = q.pop()\n    lock.release()\n    return item",
        line: 6,
      },
      {
        code: "import threading\n_lock = threading.Lock()\ndef dep(acct, n):\n    _lock.acquire()\n    if n <= 0:\n        raise ValueError('n')\n    acct.total += n\n    _lock.release()",
        line: 6,
      },
      {
        code: "import threading\nclass C:\n    def take(self, items):\n        for it in items:\n            self.mu.acquire()\n            if it.skip:\n                continue\n            self.done.append(it)\n            self.mu.release()",
        line: 7,
      },
    ],
  },
});
