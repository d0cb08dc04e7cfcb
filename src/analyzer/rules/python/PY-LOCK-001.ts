import type { SyntaxNode } from "../../parse/index.js";
import {
  descendants,
  field,
  namedChildren,
  nodesOfType,
  sourceHas,
  sourceMatches,
} from "../../parse/nodes.js";
import { authorContextIgnored } from "../../rule.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const LOCK = /(^|\.)(Lock|RLock|Semaphore|BoundedSemaphore|Condition)$/;

/** `self.<attr>` written by an assignment or `+=` inside fn (not in nested functions). */
/** The `self.<field>` a write changes: `self.x = v`, `self.x += v` or an item of it, `self.x[k] = v`. */
function selfTarget(ctx: PythonContext, a: SyntaxNode): SyntaxNode | undefined {
  let l = field(a, "left");
  if (l?.type === "subscript") l = field(l, "value");
  return l?.type === "attribute" && ctx.text(field(l, "object") ?? l) === "self" ? l : undefined;
}

function selfWrites(ctx: PythonContext, fn: SyntaxNode): SyntaxNode[] {
  return descendants(fn).filter(
    (a) =>
      (a.type === "assignment" || a.type === "augmented_assignment") &&
      !!selfTarget(ctx, a) &&
      ctx.enclosingFunction(a) === fn,
  );
}

/** The written field's name. */
const fieldName = (ctx: PythonContext, w: SyntaxNode) => ctx.text(field(selfTarget(ctx, w)!, "attribute")!);

/**
 * `d` is `self.<lock>`. `lock` may name several attributes joined by `|`: a lock and the threading.Condition
 * objects built on it (`self.not_empty = Condition(self.mutex)`), which take that same lock.
 */
function isSelfLock(ctx: PythonContext, d: SyntaxNode, lock: string): boolean {
  const t = ctx.text(d);
  return t.startsWith("self.") && lock.split("|").includes(t.slice(5));
}

/**
 * The method is wrapped by a decorator defined in this module whose wrapper takes the lock around the call
 * (`def commitandrollback(f): def wrapper(self, *a): with self._lock: return f(self, *a)`).
 */
function lockingDecorator(ctx: PythonContext, m: SyntaxNode, lock: string): boolean {
  const dec = m.parent?.type === "decorated_definition" ? m.parent : undefined;
  if (!dec) return false;
  const names = dec.children
    .filter((c) => c.type === "decorator")
    .map((c) => /^@\s*([A-Za-z_]\w*)/.exec(ctx.text(c))?.[1])
    .filter((n): n is string => !!n);
  return namedChildren(ctx.tree.root).some(
    (f) =>
      f.type === "function_definition" &&
      names.includes(ctx.text(field(f, "name") ?? f)) &&
      descendants(f).some(
        (d) =>
          d.type === "attribute" &&
          field(d, "object")?.type === "identifier" &&
          lock.split("|").includes(ctx.text(field(d, "attribute") ?? d)) &&
          !(d.parent?.type === "assignment" && field(d.parent, "left") === d),
      ),
  );
}

/**
 * `@synchronized` imported from the package's own helpers (`from ._util import synchronized`), on a class that
 * keeps a `self._lock`: the conventional decorator holds that lock for the call. Its body is in another file, so
 * this rests on the decorator's name: not in an answer, whose author picks it.
 */
function importedSyncDecorator(ctx: PythonContext, m: SyntaxNode, lock: string): boolean {
  const dec = m.parent?.type === "decorated_definition" ? m.parent : undefined;
  if (!dec || authorContextIgnored(ctx) || !lock.split("|").includes("_lock")) return false;
  return dec.children.some((c) => {
    const name =
      c.type === "decorator" ? /^@\s*(synchroni[sz]ed|with_lock)\s*$/.exec(ctx.text(c))?.[1] : undefined;
    return (
      !!name &&
      sourceMatches(
        ctx.tree,
        `^[ \\t]*from[ \\t]+[\\w.]+[ \\t]+import[ \\t]+([\\w \\t,(]*[ \\t,(])?${name}\\b`,
        "m",
      )
    );
  });
}

/**
 * `@fasteners.locked` (or `locked` imported from fasteners): the library's decorator holds the instance's
 * `self._lock` - or the attribute its `lock=` names - for the whole call.
 */
function libraryLockDecorator(ctx: PythonContext, m: SyntaxNode, lock: string): boolean {
  const dec = m.parent?.type === "decorated_definition" ? m.parent : undefined;
  if (!dec || !sourceHas(ctx.tree, /\bfasteners\b/)) return false;
  return dec.children.some((c) => {
    if (c.type !== "decorator") return false;
    const d = /^@\s*(?:fasteners\.)?locked\b\s*(?:\(\s*(?:lock\s*=\s*)?['"](\w+)['"]\s*\))?\s*$/.exec(
      ctx.text(c),
    );
    return !!d && lock.split("|").includes(d[1] ?? "_lock");
  });
}

function usesLock(ctx: PythonContext, fn: SyntaxNode, lock?: string): boolean {
  return descendants(fn).some(
    (d) =>
      // `self._lock.locked()` only asks whether someone else holds it; it takes nothing.
      (lock !== undefined &&
        d.type === "attribute" &&
        isSelfLock(ctx, d, lock) &&
        !(
          d.parent?.type === "attribute" && ctx.text(field(d.parent, "attribute") ?? d.parent) === "locked"
        )) ||
      d.type === "with_statement" ||
      (d.type === "call" && /^(acquire|release)$/.test(ctx.method(d))),
  );
}

const ASYNC_LOCK = /^(trio|asyncio|anyio|curio)\./;

/** An advisory lock on a file: the processes sharing the file agree to take it before writing. */
/** The nearest ancestor of the given type. */
function ancestorOfType(n: SyntaxNode, type: string): SyntaxNode | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === type) return p;
  return undefined;
}
const FILE_LOCK = /^(fcntl\.(flock|lockf)|portalocker\.lock|msvcrt\.locking)$/;

/** `open(<path>, "w"|"a"|"r+"|"x"...)`: the path argument's text, when it names a module-level constant. */
function writeOpen(ctx: PythonContext, call: SyntaxNode): string | undefined {
  if (ctx.callee(call) !== "open") return undefined;
  const path = ctx.arg(call, 0, "file");
  const mode = ctx.stringValue(ctx.arg(call, 1, "mode")) ?? "r";
  if (path?.type !== "identifier" || !/[wax+]/.test(mode)) return undefined;
  return ctx.text(path);
}

/**
 * The first `fcntl.flock(...)` of the module, taken in a function that opens a module-level path for writing:
 * another function that opens the same path for writing and takes no file lock. Only the first lock call
 * answers, so the writer is reported once.
 */
function unlockedWriter(
  ctx: PythonContext,
  lockCall: SyntaxNode,
): { open: SyntaxNode; name: string } | undefined {
  const locks = nodesOfType(ctx.tree, "call").filter((d) => FILE_LOCK.test(ctx.callee(d)));
  if (locks[0] !== lockCall) return undefined;
  const fn = ctx.enclosingFunction(lockCall);
  if (!fn) return undefined;
  const paths = new Set(
    descendants(fn)
      .filter((d) => d.type === "call")
      .map((d) => writeOpen(ctx, d))
      .filter((p): p is string => !!p),
  );
  // The path is a module constant (`LEDGER = "/var/lib/app/ledger"`), not a parameter each caller passes.
  const constants = new Set(
    namedChildren(ctx.tree.root)
      .map((st) => (st.type === "expression_statement" ? namedChildren(st)[0] : undefined))
      .filter((a) => a?.type === "assignment" && field(a, "left")?.type === "identifier")
      .map((a) => ctx.text(field(a!, "left")!)),
  );
  for (const p of paths) if (!constants.has(p)) paths.delete(p);
  if (!paths.size) return undefined;
  for (const other of ctx.tree.nodes) {
    if (other.type !== "function_definition" || other === fn) continue;
    const inner = descendants(other);
    if (inner.some((d) => d.type === "call" && FILE_LOCK.test(ctx.callee(d)))) continue;
    const open = inner.find(
      (d) => d.type === "call" && ctx.enclosingFunction(d) === other && paths.has(writeOpen(ctx, d) ?? ""),
    );
    if (open) return { open, name: ctx.text(field(other, "name") ?? other) };
  }
  return undefined;
}

/**
 * A write that can lose an update: `+=`, or a store into a field the method also reads (`cur = self.n;
 * self.n = cur + 1`, `self.h[k] = self.h.get(k) + 1`, `if not self.x: self.x = ...`). A plain store of a
 * value the method never read from the field (`self._stamp = value` in a setter) replaces a reference in one step.
 */
function readModifyWrite(ctx: PythonContext, fn: SyntaxNode, w: SyntaxNode): boolean {
  if (w.type === "augmented_assignment") return true;
  const target = selfTarget(ctx, w)!;
  const text = ctx.text(target);
  // Loops around the write: a read later in the body runs before the next pass's write.
  const loops: SyntaxNode[] = [];
  for (let p = w.parent; p && p !== fn; p = p.parent)
    if (p.type === "for_statement" || p.type === "while_statement") loops.push(p);
  return descendants(fn).some(
    (d) =>
      d.type === "attribute" &&
      ctx.text(d) === text &&
      d.start !== target.start &&
      // A read before the write, in the written value, or in a loop around it; reading the field back after
      // storing it (`self.db = db; for j in self.db.entries()`, `self.v = load(); return self.v`) updates nothing.
      (d.start < w.start || d.end <= w.end || loops.some((l) => d.start >= l.start && d.end <= l.end)) &&
      // Another plain store (`if on: self.x = a` / `else: self.x = b`) reads nothing.
      !(d.parent?.type === "assignment" && field(d.parent, "left") === d) &&
      ctx.enclosingFunction(d) === fn,
  );
}

/** The method takes this lock: `with self.<lock>:` or `self.<lock>.acquire()` (not `self.<lock>.locked()`). */
function takesLock(ctx: PythonContext, fn: SyntaxNode, lock: string): boolean {
  return descendants(fn).some(
    (d) =>
      d.type === "attribute" &&
      isSelfLock(ctx, d, lock) &&
      // Creating it (`self._lock = threading.Lock()` in __init__) takes nothing.
      !(d.parent?.type === "assignment" && field(d.parent, "left") === d) &&
      !(d.parent?.type === "attribute" && ctx.text(field(d.parent, "attribute") ?? d.parent) === "locked"),
  );
}

/**
 * The `self.<field>` names a method uses while it holds the lock: the body of `with self.<lock>:`, or the statements
 * between `self.<lock>.acquire()` and `.release()` (`assert self._is_open` before the acquire is not guarded).
 * The whole method when it takes the lock some other way.
 */
function lockedFields(ctx: PythonContext, fn: SyntaxNode, lock: string): Set<string> {
  const regions: SyntaxNode[] = [];
  let other = false;
  for (const d of descendants(fn)) {
    if (d.type !== "attribute" || !isSelfLock(ctx, d, lock)) continue;
    const me = ctx.text(d);
    if (d.parent?.type === "assignment" && field(d.parent, "left") === d) continue;
    const w = ancestorOfType(d, "with_statement");
    const body = w ? field(w, "body") : undefined;
    if (w && body && !(d.start >= body.start && d.end <= body.end)) {
      regions.push(body);
      continue;
    }
    const how = d.parent?.type === "attribute" ? ctx.text(field(d.parent, "attribute") ?? d.parent) : "";
    if (how === "release" || how === "locked") continue;
    let stmt: SyntaxNode = d;
    while (stmt.parent && stmt.parent.type !== "block") stmt = stmt.parent;
    if (how !== "acquire" || stmt.type !== "expression_statement" || !stmt.parent) {
      other = true;
      continue;
    }
    const sibs = namedChildren(stmt.parent);
    for (const n of sibs.slice(sibs.indexOf(stmt) + 1)) {
      regions.push(n);
      if (ctx.text(n).includes(`${me}.release(`)) break;
    }
  }
  if (other || !regions.length) return fieldsUsed(ctx, fn);
  const out = new Set<string>();
  for (const r of regions) for (const f of fieldsUsed(ctx, r)) out.add(f);
  return out;
}

/** The `self.<field>` names a method reads or writes. */
function fieldsUsed(ctx: PythonContext, fn: SyntaxNode): Set<string> {
  const out = new Set<string>();
  for (const d of descendants(fn))
    if (d.type === "attribute" && ctx.text(field(d, "object") ?? d) === "self")
      out.add(ctx.text(field(d, "attribute") ?? d));
  return out;
}

/** Every `self.<name>(...)` call in the class sits inside a `with self.<lock>:` block (and there is one). */
function calledOnlyUnderLock(
  ctx: PythonContext,
  cls: SyntaxNode,
  name: string,
  lock: string,
  seen: Set<string> = new Set(),
): boolean {
  // `seen` is the chain of helpers being asked about: a recursive helper proves nothing about itself.
  if (seen.has(name) || seen.size > 6) return false;
  const calls = descendants(cls).filter(
    (d) => d.type === "call" && ctx.text(field(d, "function") ?? d) === `self.${name}`,
  );
  seen.add(name);
  const held =
    calls.length > 0 &&
    calls.every((c) => {
      for (let p = c.parent; p && p !== cls; p = p.parent) {
        if (
          p.type === "with_statement" &&
          descendants(p).some((d) => d.type === "attribute" && isSelfLock(ctx, d, lock) && d.start < c.start)
        )
          return true;
        if (p.type === "function_definition") {
          const caller = ctx.text(field(p, "name") ?? p);
          // From __init__: the object is not shared with another thread yet. From another private helper that
          // is itself only called with the lock held (a "hold the lock when calling this" chain): held too.
          return (
            caller === "__init__" ||
            (caller.startsWith("_") &&
              !caller.startsWith("__") &&
              calledOnlyUnderLock(ctx, cls, caller, lock, seen))
          );
        }
      }
      return false;
    });
  seen.delete(name);
  return held;
}

/** `NAME = threading.Lock()` at module level: the names of the module's thread locks. */
function moduleLocks(ctx: PythonContext): SyntaxNode[] {
  // Asked on every call node of the file: worked out once per tree.
  let locks = moduleLockMemo.get(ctx.tree);
  if (!locks) moduleLockMemo.set(ctx.tree, (locks = findModuleLocks(ctx)));
  return locks;
}
const moduleLockMemo = new WeakMap<object, SyntaxNode[]>();

function findModuleLocks(ctx: PythonContext): SyntaxNode[] {
  return namedChildren(ctx.tree.root)
    .map((st) => (st.type === "expression_statement" ? namedChildren(st)[0] : undefined))
    .filter(
      (a): a is SyntaxNode =>
        a?.type === "assignment" &&
        field(a, "left")?.type === "identifier" &&
        field(a, "right")?.type === "call" &&
        LOCK.test(ctx.callee(field(a, "right")!)) &&
        !ASYNC_LOCK.test(ctx.callee(field(a, "right")!)),
    );
}

/** The function takes one of the locks: `with LOCK:` or `LOCK.acquire()`. */
function takesModuleLock(ctx: PythonContext, fn: SyntaxNode, locks: Set<string>): boolean {
  return descendants(fn).some(
    (d) =>
      (d.type === "with_statement" &&
        descendants(d).some((i) => i.type === "identifier" && locks.has(ctx.text(i)))) ||
      (d.type === "call" &&
        ctx.method(d) === "acquire" &&
        locks.has(ctx.text(field(field(d, "function") ?? d, "object") ?? d))),
  );
}

/**
 * A read-modify-write of module state in fn: `global n; n += 1`, `TABLE[k] += v`, or `TABLE[k] = ...` where fn
 * also reads TABLE (`cur = balances.get(a); ...; balances[a] = cur - x`). `shared` are the module's mutable
 * containers.
 */
function moduleRmw(ctx: PythonContext, fn: SyntaxNode, shared: Set<string>): SyntaxNode | undefined {
  const inner = descendants(fn).filter((d) => ctx.enclosingFunction(d) === fn);
  const globals = new Set(
    inner
      .filter((d) => d.type === "global_statement")
      .flatMap((g) => namedChildren(g).map((i) => ctx.text(i))),
  );
  return inner.find((w) => {
    if (w.type !== "assignment" && w.type !== "augmented_assignment") return false;
    const left = field(w, "left");
    if (left?.type === "identifier") return w.type === "augmented_assignment" && globals.has(ctx.text(left));
    if (left?.type !== "subscript") return false;
    const base = field(left, "value");
    if (base?.type !== "identifier" || !shared.has(ctx.text(base))) return false;
    if (w.type === "augmented_assignment") return true;
    return inner.some(
      (d) => d.type === "identifier" && ctx.text(d) === ctx.text(base) && d.start !== base.start,
    );
  });
}

const POOL = /(^|\.)(ThreadPoolExecutor|ThreadPool)$/;
const POOL_CALL = /\b(ThreadPoolExecutor|ThreadPool)\(/;

/**
 * The function a thread pool runs: `ex.map(work, items)` / `ex.submit(work, x)` / `pool.apply_async(work, ...)`
 * where `ex` is `ThreadPoolExecutor(...)` / `multiprocessing.pool.ThreadPool(...)`, bound by an assignment or
 * `with ... as ex`. Its threads share the module's state; a process pool's workers do not.
 */
function poolTarget(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  if (
    !/^(map|submit|apply_async|apply|imap|imap_unordered|starmap|starmap_async|map_async)$/.test(
      ctx.method(call),
    )
  )
    return undefined;
  const recv = field(field(call, "function") ?? call, "object");
  if (recv?.type !== "identifier") return undefined;
  const held = ctx.resolve(recv);
  let pool = held?.type === "call" && POOL.test(ctx.callee(held));
  for (let p = call.parent; p && !pool; p = p.parent) {
    if (p.type !== "with_statement") continue;
    const clause = p.children.find((c) => c.type === "with_clause");
    pool =
      !!clause &&
      POOL_CALL.test(ctx.text(clause)) &&
      new RegExp(`\\bas\\s+${ctx.text(recv)}\\b`).test(ctx.text(clause));
  }
  return pool ? ctx.args(call)[0] : undefined;
}

/**
 * `stats.record(ok)` inside a thread target, where `stats = Stats()` and the module's class Stats has no lock and
 * its record() does `self.ok += 1`: every thread runs the same object's read-modify-write. The call and the
 * update it reaches, or undefined.
 */
function unlockedMethodCall(
  ctx: PythonContext,
  def: SyntaxNode,
): { call: SyntaxNode; cls: string; method: string; update: SyntaxNode } | undefined {
  for (const call of descendants(def)) {
    if (call.type !== "call") continue;
    const fn = field(call, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    if (recv?.type !== "identifier") continue;
    const made = ctx.resolve(recv);
    if (made?.type !== "call") continue;
    const clsName = ctx.text(field(made, "function") ?? made);
    const cls = ctx.tree.nodes.find(
      (d) => d.type === "class_definition" && ctx.text(field(d, "name") ?? d) === clsName,
    );
    const body = cls && field(cls, "body");
    if (!body || LOCK_CALL.test(ctx.text(body))) continue;
    const methodName = ctx.method(call);
    const method = namedChildren(body)
      .map((c) => (c.type === "decorated_definition" ? field(c, "definition") : c))
      .find((c) => c?.type === "function_definition" && ctx.text(field(c, "name") ?? c) === methodName);
    if (!method) continue;
    const update = descendants(method).find(
      (a) => a.type === "augmented_assignment" && /^self\.\w+$/.test(ctx.text(field(a, "left") ?? a)),
    );
    if (update) return { call, cls: clsName, method: methodName, update };
  }
  return undefined;
}
const LOCK_CALL = /\b(R?Lock|Semaphore|BoundedSemaphore|Condition)\(|\bLock\b/;

export default pyRule({
  meta: {
    id: "PY-LOCK-001",
    title: "Shared state changed by threads without taking the lock",
    cwe: ["CWE-414", "CWE-362", "CWE-667"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags methods that write `self.<field>` in a class that owns a threading lock without taking it, thread target functions that update a `global` without any lock, and a function that opens for writing a file whose other writers in the module take an fcntl/portalocker lock on it, without taking the lock; module functions that update a module-level container item or global (read-modify-write) without taking the module's `threading.Lock()` (when some function takes it, only for the names those functions use), and a multiprocessing Value updated (`v.value += 1`) without `v.get_lock()` where other updates take it.",
      why_bad:
        "A read-modify-write (`self.balance = current + amount`, `counter += 1`) from two threads interleaves: one update is lost, balances and counters go wrong, and checks made before the write no longer hold when it lands (a race condition, CWE-362; the lock exists but is not checked, CWE-414).",
      example_bad:
        "import threading\nclass Account:\n    def __init__(self):\n        self.balance = 0\n        self.lock = threading.Lock()\n    def deposit(self, n):\n        self.balance += n",
      example_good:
        "import threading\nclass Account:\n    def __init__(self):\n        self.balance = 0\n        self.lock = threading.Lock()\n    def deposit(self, n):\n        with self.lock:\n            self.balance += n",
    },
    fix_hint: "Take the lock around every read-modify-write of shared state (`with self.lock:`).",
  },
  trigger:
    /\b(R?Lock|Semaphore|BoundedSemaphore|Condition)\(|\bThread\(|\bflock\(|\blockf\(|portalocker\.lock\(|msvcrt\.locking\(|get_lock\(\)|ThreadPool(Executor)?\(/,
  nodeTypes: ["class_definition", "call"],
  detect(node, ctx, report) {
    if (node.type === "class_definition") {
      const body = field(node, "body");
      if (!body) return;
      const methods = namedChildren(body)
        .map((c) => (c.type === "decorated_definition" ? field(c, "definition") : c))
        .filter((c): c is SyntaxNode => c?.type === "function_definition");
      // The lock attribute: self.<name> = threading.Lock() in any method.
      let lock: string | undefined;
      for (const m of methods)
        for (const w of selfWrites(ctx, m)) {
          const r = field(w, "right");
          if (
            r?.type === "call" &&
            LOCK.test(ctx.callee(r)) &&
            // trio/asyncio/anyio locks order coroutines on one thread: no other thread races the field.
            !ASYNC_LOCK.test(ctx.callee(r)) &&
            field(w, "left")?.type === "attribute"
          )
            lock = fieldName(ctx, w);
        }
      if (!lock) return;
      // threading.Condition(self.<mutex>) takes that mutex: the condition objects built on the lock's mutex and
      // the mutex itself are one lock (a queue's get() holding `self.mutex` calls the _get() that changes fields
      // its `with self.not_empty:` methods also change).
      const conds = new Map<string, string>();
      for (const m of methods)
        for (const w of selfWrites(ctx, m)) {
          const r = field(w, "right");
          const base =
            r?.type === "call" && /(^|\.)Condition$/.test(ctx.callee(r)) ? ctx.args(r)[0] : undefined;
          const bt = base ? ctx.text(base) : "";
          if (bt.startsWith("self.") && field(w, "left")?.type === "attribute")
            conds.set(fieldName(ctx, w), bt.slice(5));
        }
      const primary = lock;
      const mutex = conds.get(lock) ?? lock;
      if ([...conds.values()].includes(mutex))
        lock = [mutex, ...[...conds].filter(([, b]) => b === mutex).map(([c]) => c)].join("|");
      const held = lock;
      // Once some method takes the lock, it guards the fields those methods touch; the object's other fields
      // (settings, handles set once) are not what it protects. A lock no method takes leaves every field in doubt.
      const locked = methods.filter((m) => takesLock(ctx, m, held));
      const guarded = locked.length
        ? new Set(locked.flatMap((m) => [...lockedFields(ctx, m, held)]))
        : undefined;
      // Fields a locked method updates read-modify-write: a bare store elsewhere can land between its read and
      // its write and be lost (`self.hits = 0` while a worker does `with lock: self.hits += 1`).
      const lockedRmw = new Set(
        locked.flatMap((m) =>
          selfWrites(ctx, m)
            .filter((x) => readModifyWrite(ctx, m, x))
            .map((x) => fieldName(ctx, x)),
        ),
      );
      for (const m of methods) {
        const name = ctx.text(field(m, "name") ?? m);
        if (name.startsWith("__") || usesLock(ctx, m, lock)) continue;
        // A private helper that every caller in the class calls with the lock held.
        if (name.startsWith("_") && calledOnlyUnderLock(ctx, node, name, held)) continue;
        if (
          lockingDecorator(ctx, m, held) ||
          libraryLockDecorator(ctx, m, held) ||
          importedSyncDecorator(ctx, m, held)
        )
          continue;
        const w = selfWrites(ctx, m).find((x) => {
          const f = fieldName(ctx, x);
          if (held.split("|").includes(f)) return false;
          // `self.n += 1` loses updates whatever the lock guards; a store after a read only where it guards.
          if (x.type === "augmented_assignment" && field(x, "left")?.type === "attribute") return true;
          if (guarded && !guarded.has(f)) return false;
          return readModifyWrite(ctx, m, x) || lockedRmw.has(f);
        });
        if (w)
          report({
            node: w,
            message: `${name}() changes ${ctx.text(field(w, "left")!)} without taking self.${primary}`,
          });
      }
      return;
    }
    // `balance_lock = threading.Lock()` beside module functions that update module state: the module-level twin
    // of a class that owns a lock. Answered once, from the first module lock.
    const mlocks = moduleLocks(ctx);
    if (mlocks[0] && field(mlocks[0], "right") === node) {
      const locks = new Set(mlocks.map((a) => ctx.text(field(a, "left")!)));
      const shared = new Set(
        namedChildren(ctx.tree.root)
          .map((st) => (st.type === "expression_statement" ? namedChildren(st)[0] : undefined))
          .filter(
            (a) =>
              a?.type === "assignment" &&
              field(a, "left")?.type === "identifier" &&
              (/^(dictionary|list|set)$/.test(field(a, "right")?.type ?? "") ||
                /^((collections\.)?(defaultdict|OrderedDict|Counter|deque)|dict|list|set)$/.test(
                  field(a, "right")?.type === "call" ? ctx.callee(field(a, "right")!) : "",
                )),
          )
          .map((a) => ctx.text(field(a!, "left")!)),
      );
      const fns = namedChildren(ctx.tree.root)
        .map((c) => (c.type === "decorated_definition" ? field(c, "definition") : c))
        .filter((c): c is SyntaxNode => c?.type === "function_definition");
      const locked = fns.filter((f) => takesModuleLock(ctx, f, locks));
      // Once some function takes the lock, it guards the names those functions touch; a lock nobody takes leaves
      // every module container in doubt.
      const guarded = locked.length
        ? new Set(
            locked.flatMap((f) =>
              descendants(f)
                .filter((d) => d.type === "identifier")
                .map((d) => ctx.text(d)),
            ),
          )
        : undefined;
      for (const f of fns) {
        if (locked.includes(f)) continue;
        const name = ctx.text(field(f, "name") ?? f);
        // A helper whose every call in the module sits in a `with LOCK:` block runs with the lock held.
        const calls = nodesOfType(ctx.tree, "call").filter(
          (d) => ctx.text(field(d, "function") ?? d) === name,
        );
        if (
          calls.length &&
          calls.every((c) => {
            for (let p = c.parent; p; p = p.parent)
              if (
                p.type === "with_statement" &&
                descendants(p).some((i) => i.type === "identifier" && locks.has(ctx.text(i)))
              )
                return true;
            return false;
          })
        )
          continue;
        const w = moduleRmw(ctx, f, shared);
        if (!w) continue;
        const l = field(w, "left")!;
        const target = l.type === "subscript" ? field(l, "value")! : l;
        if (guarded && !guarded.has(ctx.text(target))) continue;
        report({
          node: w,
          message: `${name}() changes ${ctx.text(l)} without taking ${[...locks].join(" or ")}`,
        });
      }
      return;
    }
    if (ctx.method(node) === "get_lock" && !ctx.args(node).length) {
      // multiprocessing.Value / Array: `with counter.get_lock(): counter.value += 1` in one place says the
      // value is shared between processes; a `counter.value += 1` elsewhere without that lock loses updates.
      const recv = ctx.text(field(field(node, "function") ?? node, "object") ?? node);
      const calls = ctx.tree.nodes.filter(
        (n) =>
          n.type === "call" &&
          ctx.method(n) === "get_lock" &&
          ctx.text(field(field(n, "function") ?? n, "object") ?? n) === recv,
      );
      if (calls[0] !== node || !calls.some((c) => ancestorOfType(c, "with_statement"))) return;
      for (const w of ctx.tree.nodes) {
        if (w.type !== "augmented_assignment" || ctx.text(field(w, "left") ?? w) !== `${recv}.value`)
          continue;
        let held = false;
        for (let p = w.parent; p && !held; p = p.parent)
          if (
            p.type === "with_statement" &&
            descendants(p).some((d) => calls.includes(d) && d.start < w.start)
          )
            held = true;
        if (!held) report({ node: w, message: `${recv}.value is updated without ${recv}.get_lock()` });
      }
      return;
    }
    if (FILE_LOCK.test(ctx.callee(node))) {
      const w = unlockedWriter(ctx, node);
      if (w)
        report({
          node: w.open,
          message: `${w.name}() writes ${ctx.text(ctx.arg(w.open, 0, "file")!)} without the ${ctx.callee(node)} lock the module's other writers take`,
        });
      return;
    }
    // threading.Thread(target=worker), or a thread pool's map/submit(worker, ...): worker updates a global with no
    // lock.
    const target = /(^|\.)Thread$/.test(ctx.callee(node)) ? ctx.kwarg(node, "target") : poolTarget(ctx, node);
    if (target?.type !== "identifier") return;
    const name = ctx.text(target);
    const def = ctx.tree.nodes.find(
      (d) => d.type === "function_definition" && ctx.text(field(d, "name") ?? d) === name,
    );
    if (!def || usesLock(ctx, def)) return;
    const globals = new Set(
      descendants(def)
        .filter((d) => d.type === "global_statement")
        .flatMap((g) => namedChildren(g).map((i) => ctx.text(i))),
    );
    const w = descendants(def).find(
      (a) =>
        a.type === "augmented_assignment" &&
        field(a, "left")?.type === "identifier" &&
        globals.has(ctx.text(field(a, "left")!)),
    );
    // `if name not in _cache: _cache[name] = load(name)`: check-then-set on a module-level dict from threads.
    const shared = new Set(
      namedChildren(ctx.tree.root)
        .map((st) => (st.type === "expression_statement" ? namedChildren(st)[0] : undefined))
        .filter((a) => a?.type === "assignment" && /^(dictionary|list)$/.test(field(a, "right")?.type ?? ""))
        .map((a) => ctx.text(field(a!, "left")!)),
    );
    const item =
      w ??
      descendants(def).find(
        (a) =>
          a.type === "assignment" &&
          field(a, "left")?.type === "subscript" &&
          shared.has(ctx.text(field(field(a, "left")!, "value") ?? a)),
      );
    if (item && !w) {
      report({
        node: item,
        message: `thread target ${name}() writes the shared ${ctx.text(field(field(item, "left")!, "value")!)} without a lock`,
      });
      return;
    }
    if (w) {
      report({
        node: w,
        message: `thread target ${name}() updates the global ${ctx.text(field(w, "left")!)} without a lock`,
      });
      return;
    }
    const m = unlockedMethodCall(ctx, def);
    if (m)
      report({
        node: m.call,
        message: `thread target ${name}() calls ${m.cls}.${m.method}(), which updates ${ctx.text(field(m.update, "left")!)} with no lock`,
      });
  },
  cases: {
    valid: [
      // The package's own @synchronized, imported, on a class that keeps self._lock.
      "import threading\nfrom ._util import synchronized\n\n\nclass Store:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self._counter = 0\n        self._items = {}\n\n    def pop(self, k):\n        with self._lock:\n            return self._items.pop(k)\n\n    @synchronized\n    def store(self, item):\n        self._counter += 1\n        self._items[self._counter] = item\n        return self._counter\n\n    def reset(self):\n        self._counter = 0\n",
      // fasteners' @locked holds self._lock around the method.
      "import threading\nimport fasteners\nclass L:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self._node = None\n    def acquire(self, n):\n        with self._lock:\n            self._node = n\n    @fasteners.locked\n    def release(self):\n        if self._node is not None:\n            self._node = None",
      "import threading\nfrom concurrent.futures import ThreadPoolExecutor\nclass Stats:\n    def __init__(self):\n        self.ok = 0\n        self._lock = threading.Lock()\n    def record(self):\n        with self._lock:\n            self.ok += 1\ndef crawl(urls):\n    stats = Stats()\n    def fetch(u):\n        stats.record()\n    with ThreadPoolExecutor(8) as pool:\n        list(pool.map(fetch, urls))\n    return stats.ok",
      // Conditions built on the queue's mutex take it: _get()/_put() run under get()/put()'s `with self.mutex:`.
      "import threading\nclass Q:\n    def __init__(self):\n        self.mutex = threading.Lock()\n        self.not_empty = threading.Condition(self.mutex)\n        self.all_done = threading.Condition(self.mutex)\n        self.busy = 0\n    def get(self):\n        with self.mutex:\n            return self._get()\n    def _get(self):\n        self.busy += 1\n        return self.items.pop()\n    def task_done(self):\n        with self.all_done:\n            self.busy -= 1",
      // A decorator of the module whose wrapper takes the lock around the method.
      "import threading\nfrom functools import wraps\ndef locked(f):\n    @wraps(f)\n    def wrapper(self, *a):\n        with self._lock:\n            return f(self, *a)\n    return wrapper\nclass Db:\n    def __init__(self):\n        self._lock = threading.RLock()\n        self._cache = {}\n    @locked\n    def purge(self):\n        self._cache = {}\n    def get(self, k):\n        with self._lock:\n            self._cache[k] = self._cache.get(k, 0) + 1",
      "import threading\nclass Roster:\n    def __init__(self, db):\n        self.db = db\n        self._items = {}\n        self._status_lock = threading.Lock()\n    def set_backend(self, db):\n        self.db = db\n        for j in self.db.entries():\n            self._items[j] = {}",
      "from threading import Lock\nclass Module:\n    def __init__(self):\n        self._mutex = Lock()\n        self._is_open = False\n        self._counters = {}\n    def open(self):\n        assert not self._is_open\n        self._is_open = True\n    def bump(self, n):\n        assert self._is_open\n        self._mutex.acquire()\n        self._counters[n] = self._counters.get(n, 0) + 1\n        self._mutex.release()",
      "def ok(c):\n    with c.get_lock():\n        c.value += 1\ndef also(c):\n    with c.get_lock():\n        c.value -= 1",
      "import threading\nclass T:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.n = 0\n        self._apply(1)\n    def set(self, v):\n        with self._lock:\n            self.n += 1\n            self._apply(v)\n    def _apply(self, v):\n        self.n = v + self.n",
      "import threading\nclass T:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.n = 0\n    def run(self):\n        with self._lock:\n            self._outer()\n    def _outer(self):\n        self._inner()\n    def _inner(self):\n        self.n += 1",
      "import threading\nclass A:\n    def __init__(self):\n        self.n = 0\n        self.lock = threading.Lock()\n    def inc(self):\n        with self.lock:\n            self.n += 1",
      "import threading\nclass A:\n    def __init__(self):\n        self.n = 0\n    def inc(self):\n        self.n += 1",
      "import threading\nclass A:\n    def __init__(self):\n        self.h = {}\n        self._l = threading.Lock()\n    def rec(self, k):\n        with self._l:\n            self.h[k] = self.h.get(k, 0) + 1",
      "import threading\nlock = threading.Lock()\nn = 0\ndef w():\n    global n\n    with lock:\n        n += 1\nthreading.Thread(target=w).start()",
      "import threading\ndef w(q):\n    total = 0\n    total += q.get()\nthreading.Thread(target=w, args=(q,)).start()",
      "from concurrent.futures import ProcessPoolExecutor\nstats = {'n': 0}\ndef work(c):\n    stats['n'] = stats['n'] + 1\nwith ProcessPoolExecutor(4) as ex:\n    list(ex.map(work, [1, 2]))",
      "import threading\nfrom concurrent.futures import ThreadPoolExecutor\nstats = {'n': 0}\nlock = threading.Lock()\ndef work(c):\n    with lock:\n        stats['n'] += 1\nwith ThreadPoolExecutor(4) as ex:\n    list(ex.map(work, [1, 2]))",
      "import threading\nclass C:\n    def __init__(self):\n        self._rules = []\n        self._lock = threading.Lock()\n    def load(self, rules):\n        with self._lock:\n            self._load(rules)\n    def _load(self, rules):\n        self._rules = rules + self._rules",
      "import threading\nclass C:\n    def __init__(self):\n        self._stamp = None\n        self._lock = threading.Lock()\n    def set_stamp(self, v):\n        self._stamp = v",
      "import trio\nclass C:\n    def __init__(self):\n        self._n = 0\n        self._lock = trio.Lock()\n    def bump(self):\n        self._n += 1",
      "import threading\nclass H:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self._subs = []\n        self.level = None\n    def add(self, cb):\n        with self._lock:\n            self._subs.append(cb)\n    def louder(self, v):\n        if self.level is None:\n            self.level = v",
      "import threading\nclass H:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.mode = None\n    def use(self, on):\n        if on:\n            self.mode = 'z'\n        else:\n            self.mode = None",
      "import fcntl\nLOG = '/var/x.log'\ndef add(l):\n    with open(LOG, 'a') as f:\n        fcntl.flock(f, fcntl.LOCK_EX)\n        f.write(l)\ndef reset():\n    with open(LOG, 'w') as f:\n        fcntl.flock(f, fcntl.LOCK_EX)\n        f.write('')",
      "import threading\nlock = threading.Lock()\nbal = {}\ndef withdraw(a, n):\n    with lock:\n        cur = bal.get(a, 0)\n        bal[a] = cur - n",
      "import threading\nlock = threading.Lock()\nbal = {}\nseen = {}\ndef withdraw(a, n):\n    with lock:\n        bal[a] = bal.get(a, 0) - n\ndef mark(k):\n    seen[k] = seen.get(k, 0) + 1",
      "import threading\nlock = threading.Lock()\nbal = {}\ndef _apply(a, n):\n    bal[a] = bal.get(a, 0) + n\ndef deposit(a, n):\n    with lock:\n        _apply(a, n)",
      "import threading\nlock = threading.Lock()\nbal = {}\ndef show(a):\n    return bal.get(a, 0)\ndef reset(a):\n    bal[a] = 0",
      "import fcntl\nLOG = '/var/x.log'\ndef add(l):\n    with open(LOG, 'a') as f:\n        fcntl.flock(f, fcntl.LOCK_EX)\n        f.write(l)\ndef show():\n    with open(LOG) as f:\n        return f.read()",
    ],
    invalid: [
      // Another imported decorator takes no lock.
      "import threading\nfrom ._util import cached, synchronized\n\n\nclass Store:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self._counter = 0\n        self._items = {}\n\n    def pop(self, k):\n        with self._lock:\n            return self._items.pop(k)\n\n    @cached\n    def store(self, item):\n        self._counter += 1\n        self._items[self._counter] = item\n        return self._counter\n\n    def reset(self):\n        self._counter = 0\n",
      // @fasteners.locked naming another lock does not hold self._lock.
      {
        code: "import threading\nimport fasteners\nclass L:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self._node = None\n    def acquire(self, n):\n        with self._lock:\n            self._node = n\n    @fasteners.locked(lock='_io')\n    def release(self):\n        if self._node is not None:\n            self._node = None",
        line: 13,
      },
      {
        code: "from concurrent.futures import ThreadPoolExecutor\nclass Stats:\n    def __init__(self):\n        self.ok = 0\n    def record(self):\n        self.ok += 1\ndef crawl(urls):\n    stats = Stats()\n    def fetch(u):\n        stats.record()\n    with ThreadPoolExecutor(8) as pool:\n        list(pool.map(fetch, urls))\n    return stats.ok",
        line: 10,
      },
      {
        code: "from concurrent.futures import ThreadPoolExecutor\nstats = {'n': 0}\ndef work(c):\n    stats['n'] = stats['n'] + 1\ndef run(items):\n    with ThreadPoolExecutor(8) as ex:\n        list(ex.map(work, items))",
        line: 4,
      },
      {
        code: "from multiprocessing.pool import ThreadPool\nhits = 0\ndef work(c):\n    global hits\n    hits += 1\npool = ThreadPool(4)\npool.map(work, range(10))",
        line: 5,
      },
      // A decorator that only logs takes nothing; a condition on another lock is another lock.
      "import threading, logging\ndef traced(f):\n    def wrapper(self, *a):\n        logging.debug(self._name)\n        return f(self, *a)\n    return wrapper\nclass Db:\n    def __init__(self):\n        self._lock = threading.RLock()\n        self._n = 0\n    @traced\n    def bump(self):\n        self._n += 1\n    def get(self):\n        with self._lock:\n            self._n += 1",
      "import threading\nclass Q:\n    def __init__(self):\n        self.mutex = threading.Lock()\n        self.other = threading.Lock()\n        self.ready = threading.Condition(self.other)\n        self.busy = 0\n    def get(self):\n        with self.mutex:\n            return self._get()\n    def _get(self):\n        self.busy += 1\n    def done(self):\n        with self.ready:\n            self.busy -= 1",
      {
        code: "import threading\nclass Pool:\n    def __init__(self):\n        self.size = 0\n        self._lock = threading.Lock()\n    def drain(self, items):\n        for it in items:\n            self.size = it.n\n            it.done(self.size)",
        line: 8,
      },
      {
        code: "from threading import Lock\nclass Module:\n    def __init__(self):\n        self._mutex = Lock()\n        self._is_open = False\n    def open(self):\n        assert not self._is_open\n        self._is_open = True\n    def check(self):\n        self._mutex.acquire()\n        ok = self._is_open\n        self._mutex.release()\n        return ok",
        line: 8,
      },
      {
        code: "import threading\n_lock = threading.RLock()\n_s = {}\ndef touch(k):\n    with _lock:\n        _s[k] = _s.get(k, 0) + 1\ndef drop(k):\n    if _s.get(k, 0) > 10:\n        _s[k] = 0",
        line: 9,
      },
      {
        code: "import threading\nbalance_lock = threading.Lock()\nbalances = {}\ndef withdraw(account, amount):\n    current = balances.get(account, 0)\n    if current < amount:\n        raise ValueError('funds')\n    balances[account] = current - amount",
        line: 8,
        message: "without taking balance_lock",
      },
      {
        code: "import threading\nlock = threading.Lock()\nhits = 0\ndef inc():\n    global hits\n    with lock:\n        hits += 1\ndef fast():\n    global hits\n    hits += 1",
        line: 10,
      },
      {
        code: "def ok(c):\n    with c.get_lock():\n        c.value += 1\ndef bad(c):\n    c.value += 1",
        line: 5,
      },
      {
        code: "import fcntl\nLOG = '/var/x.log'\ndef add(l):\n    with open(LOG, 'a') as f:\n        fcntl.flock(f, fcntl.LOCK_EX)\n        f.write(l)\ndef reset():\n    with open(LOG, 'w') as f:\n        f.write('')",
        line: 8,
      },
      {
        code: "import threading\nclass T:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.n = 0\n    def run(self):\n        with self._lock:\n            self._outer()\n    def warm(self):\n        self._outer()\n    def _outer(self):\n        self._inner()\n    def _inner(self):\n        self.n += 1",
        line: 14,
      },
      {
        code: "import threading\nclass C(dict):\n    def __init__(self):\n        self._n = 0\n        self._mutex = threading.Lock()\n    def _inc(self):\n        self._n += 1\n        return self._n\n    def trim(self):\n        with self._mutex:\n            self.clear()",
        line: 7,
      },
      "import threading\nclass A:\n    def __init__(self):\n        self.h = {}\n        self._l = threading.Lock()\n    def rec(self, k):\n        if not self._l.locked():\n            self.h[k] = self.h.get(k, 0) + 1",
      "import threading\n_cache = {}\ndef get(n):\n    if n not in _cache:\n        _cache[n] = load(n)\n    return _cache[n]\nthreading.Thread(target=get, args=('a',)).start()",
      "import threading\nclass A:\n    def __init__(self):\n        self.n = 0\n        self.lock = threading.Lock()\n    def inc(self):\n        cur = self.n\n        self.n = cur + 1",
      {
        code: "import threading\nclass M:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.hits = 0\n    def rec(self):\n        with self._lock:\n            self.hits += 1\n    def clear(self):\n        self.hits = 0",
        line: 10,
      },
      {
        code: "import threading\nclass M:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.hits = 0\n    def rec(self):\n        with self._lock:\n            self.hits += 1\n    def fast(self):\n        self.hits += 1",
        line: 10,
      },
      "import threading\ncounter = 0\ndef worker(k):\n    global counter\n    for _ in range(k):\n        counter += 1\nts = [threading.Thread(target=worker, args=(10,)) for _ in range(4)]",
    ],
  },
});
