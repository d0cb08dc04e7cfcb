import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** The file runs its code on several threads: a threading server, a thread pool, threads of its own. */
const THREADED =
  /\bThreading(TCP|UDP|HTTP|UnixStream|UnixDatagram)Server\b|\bThreadingMixIn\b|\bThreadPoolExecutor\b|\bthreading\.Thread\(|^\s*from\s+threading\s+import\s[^\n]*\bThread\b/m;
/** A lock, semaphore or condition held around the code (`with LOCK:`, `with self._mutex:`, `with db.atomic():`). */
const LOCKED = /lock|mutex|sem(aphore)?\b|condition|atomic|transaction|synchronized/i;
/** A container made at module level: a literal, or dict() / set() / defaultdict(...) / Counter(). */
const MADE = /^(dict|set|list|(collections\.)?(defaultdict|Counter|OrderedDict))$/;

const containersMemo = new WeakMap<object, Map<string, string>>();

/** Names bound at module level to a dict, set or list: one object for every thread of the process. */
function moduleContainers(ctx: PythonContext): Map<string, string> {
  const hit = containersMemo.get(ctx.tree);
  if (hit) return hit;
  const out = new Map<string, string>();
  containersMemo.set(ctx.tree, out);
  for (const st of namedChildren(ctx.tree.root)) {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const l = a?.type === "assignment" ? field(a, "left") : undefined;
    const r = a?.type === "assignment" ? field(a, "right") : undefined;
    if (l?.type !== "identifier" || !r) continue;
    if (/^(list|dictionary|set)$/.test(r.type)) out.set(ctx.text(l), r.type);
    else if (r.type === "call" && MADE.test(ctx.callee(r)))
      out.set(ctx.text(l), /set$/.test(ctx.callee(r)) ? "set" : "dictionary");
  }
  return out;
}

/** The container a read or write names: `C[k]`, `C.get(k)`, `k in C`, `C.add(x)`; undefined otherwise. */
function containerOf(ctx: PythonContext, n: SyntaxNode, shared: Map<string, string>): string | undefined {
  if (n.type === "identifier" && shared.has(ctx.text(n))) return ctx.text(n);
  if (n.type === "subscript") return containerOf(ctx, field(n, "value") ?? n, shared);
  if (n.type === "attribute") return containerOf(ctx, field(n, "object") ?? n, shared);
  if (n.type === "call") return containerOf(ctx, field(n, "function") ?? n, shared);
  return undefined;
}

/** What a function does with the shared containers, gathered once per function (its own nodes only). */
interface FnFacts {
  /** Locals bound from an expression reading a container: name -> [assignment start, container]. */
  bound: Map<string, [number, string][]>;
  /** Writes that change a container: augmented `C[k] op= v`, `C[k] = a op b`, `C.add(x)`. */
  writes: { node: SyntaxNode; target: string; kind: "arith" | "add" }[];
  awaits: number[];
  acquires: number[];
}
const factsMemo = new WeakMap<SyntaxNode, FnFacts>();

function factsOf(ctx: PythonContext, fn: SyntaxNode, shared: Map<string, string>): FnFacts {
  const hit = factsMemo.get(fn);
  if (hit) return hit;
  const f: FnFacts = { bound: new Map(), writes: [], awaits: [], acquires: [] };
  const op = (n: SyntaxNode) => n.children.find((o) => !o.named)?.type ?? "";
  for (const w of descendants(fn)) {
    if (ctx.enclosingFunction(w) !== fn) continue;
    if (w.type === "await") f.awaits.push(w.start);
    else if (w.type === "call" && /^(acquire|__enter__)$/.test(ctx.method(w))) f.acquires.push(w.start);
    else if (w.type === "augmented_assignment") {
      const l = field(w, "left");
      const t = l?.type === "subscript" && /^[-+]=$/.test(op(w)) ? containerOf(ctx, l, shared) : undefined;
      if (t) f.writes.push({ node: w, target: t, kind: "arith" });
    } else if (w.type === "assignment") {
      const l = field(w, "left");
      const r = field(w, "right");
      if (l?.type === "subscript" && r?.type === "binary_operator" && /^[-+]$/.test(op(r))) {
        const t = containerOf(ctx, l, shared);
        if (t) f.writes.push({ node: w, target: t, kind: "arith" });
      }
      if (l?.type === "identifier" && r)
        for (const x of [r, ...descendants(r)]) {
          const rc = containerOf(ctx, x, shared);
          if (!rc) continue;
          const list = f.bound.get(ctx.text(l)) ?? [];
          list.push([w.start, rc]);
          f.bound.set(ctx.text(l), list);
          break;
        }
    } else if (w.type === "call" && ctx.method(w) === "add") {
      const t = containerOf(ctx, w, shared);
      if (t && shared.get(t) === "set") f.writes.push({ node: w, target: t, kind: "add" });
    }
  }
  factsMemo.set(fn, f);
  return f;
}

/** Whether a `with` holding a lock (or an `acquire()` before it in the function) covers the node. */
function underLock(ctx: PythonContext, n: SyntaxNode, fn: SyntaxNode): boolean {
  for (let p = n.parent; p && p !== fn; p = p.parent)
    if (p.type === "with_statement") {
      const items = namedChildren(p).find((c) => c.type === "with_clause");
      if (items && LOCKED.test(ctx.text(items))) return true;
      // `L = threading.Lock()` ... `with L:`: the name holds a lock whatever it is called.
      for (const d of items ? descendants(items) : [])
        if (d.type === "identifier" || d.type === "attribute") {
          const v = ctx.resolve(d);
          if (v?.type === "call" && /(Lock|RLock|Semaphore|Condition)$/.test(ctx.callee(v))) return true;
        }
    }
  return false;
}

/** The containers a test reads, directly or through a local bound from one earlier in the function. */
function containersRead(
  ctx: PythonContext,
  cond: SyntaxNode,
  facts: FnFacts,
  shared: Map<string, string>,
): Set<string> {
  const out = new Set<string>();
  for (const d of [cond, ...descendants(cond)]) {
    const c = containerOf(ctx, d, shared);
    if (c) out.add(c);
    if (d.type !== "identifier" || shared.has(ctx.text(d))) continue;
    // `balance = balances.get(user, 0)` ... `if balance < amount:`
    for (const [at, rc] of facts.bound.get(ctx.text(d)) ?? []) if (at < cond.start) out.add(rc);
  }
  return out;
}

/** Whether the branch ends by leaving (return, raise, continue, break) as its last statement. */
function leaves(body: SyntaxNode | undefined): boolean {
  const last = body
    ? namedChildren(body)
        .filter((c) => c.type !== "comment")
        .pop()
    : undefined;
  return !!last && /^(return_statement|raise_statement|continue_statement|break_statement)$/.test(last.type);
}

export default pyRule({
  meta: {
    id: "PY-RACE-001",
    title: "Check-then-act on shared state without a lock",
    cwe: ["CWE-362"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the only sign of concurrency is a web framework's request handler in a file that starts no threads (a sync worker per process serves one request at a time)",
      },
    ],
    docs: {
      what_it_does:
        "Flags a module-level dict or set that a function tests (a balance or stock compared with an amount, a seat looked up in a booked set) and then updates (`C[k] -= n`, `C[k] = v - n`, `S.add(x)`) with no lock held, in code that runs concurrently: a request handler, a threading server or thread pool's work, or a coroutine that awaits between the test and the write.",
      why_bad:
        "Two threads (or two coroutines interleaved at the await) both pass the test before either writes: the balance goes negative, the last item is sold twice, the seat is booked twice (a time-of-check to time-of-use race).",
      example_bad:
        "from flask import Flask, request\napp = Flask(__name__)\nstock = {'widget': 5}\n@app.post('/buy')\ndef buy():\n    item, n = request.json['item'], int(request.json['n'])\n    if stock.get(item, 0) < n:\n        return 'sold out', 409\n    stock[item] -= n\n    return 'ok'",
      example_good:
        "import threading\nfrom flask import Flask, request\napp = Flask(__name__)\nstock = {'widget': 5}\nlock = threading.Lock()\n@app.post('/buy')\ndef buy():\n    item, n = request.json['item'], int(request.json['n'])\n    with lock:\n        if stock.get(item, 0) < n:\n            return 'sold out', 409\n        stock[item] -= n\n    return 'ok'",
    },
    fix_hint:
      "Hold one lock around the test and the update (threading.Lock / asyncio.Lock), or let the database do both in one statement (UPDATE ... WHERE stock >= ?).",
  },
  trigger: /\bif\b/,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const fn = ctx.enclosingFunction(node);
    if (!fn) return;
    const shared = moduleContainers(ctx);
    if (!shared.size) return;
    const isAsync = ctx.text(fn).startsWith("async");
    if (!isAsync && !sourceHas(ctx.tree, THREADED) && !ctx.isEntryFunction(fn)) return;
    const cond = field(node, "condition");
    if (!cond) return;
    const facts = factsOf(ctx, fn, shared);
    if (!facts.writes.length) return;
    const read = containersRead(ctx, cond, facts, shared);
    if (!read.size || underLock(ctx, node, fn) || facts.acquires.some((a) => a < node.start)) return;
    const cmp = [cond, ...descendants(cond)].filter((d) => d.type === "comparison_operator");
    const ordered = cmp.some((c) => c.children.some((o) => !o.named && /^[<>]=?$/.test(o.type)));
    const member = cmp.some((c) => c.children.some((o) => !o.named && /^(in|not in)$/.test(o.type)));
    const body = field(node, "consequence");
    for (const { node: w, target, kind } of facts.writes) {
      if (w.start < cond.end || !read.has(target)) continue;
      // A balance or stock compared, then written back changed (`C[k] -= n`, `C[k] = v - n`); or `if seat in
      // booked: return ...` then `booked.add(seat)` in threaded code: the set is the record of what is taken.
      if (kind === "arith" ? !ordered : !(member && leaves(body) && sourceHas(ctx.tree, THREADED))) continue;
      if (underLock(ctx, w, fn)) continue;
      // In a coroutine only an await between the test and the write lets another request in.
      if (isAsync && !facts.awaits.some((a) => a > cond.end && a < w.start)) continue;
      report({
        node: w,
        severity: isAsync || sourceHas(ctx.tree, THREADED) ? undefined : "LOW",
        message: `'${target}' is tested and then updated without a lock: concurrent requests can both pass the test`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "import threading\nfrom socketserver import ThreadingTCPServer\nB = {'a': 100}\nL = threading.Lock()\ndef withdraw(u, n):\n    with L:\n        if B[u] >= n:\n            B[u] = B[u] - n\n            return True\n    return False",
      // A coroutine that does not await between the test and the write runs them as one step.
      "from aiohttp import web\nbal = {}\nasync def w(request):\n    d = await request.json()\n    if bal.get(d['u'], 0) < d['n']:\n        return web.json_response({}, status=400)\n    bal[d['u']] = bal[d['u']] - d['n']\n    return web.json_response({})",
      // A cache filled on a miss: the write does not depend on what was tested.
      "from flask import Flask\napp = Flask(__name__)\n_cache = {}\n@app.get('/p')\ndef page():\n    if 'p' not in _cache:\n        _cache['p'] = render()\n    return _cache['p']",
      // Single-threaded code.
      "seen = set()\ndef visit(n):\n    if n in seen:\n        return\n    seen.add(n)",
    ],
    invalid: [
      {
        code: "from flask import Flask, request\napp = Flask(__name__)\nstock = {'w': 5}\n@app.post('/buy')\ndef buy():\n    n = int(request.json['n'])\n    if stock.get('w', 0) < n:\n        return 'no', 409\n    stock['w'] = stock['w'] - n\n    return 'ok'",
        line: 9,
        severity: "LOW",
      },
      {
        code: "from socketserver import ThreadingTCPServer, StreamRequestHandler\nB = {'a': 100}\nclass H(StreamRequestHandler):\n    def handle(self):\n        u, n = self.rfile.readline().split()\n        if B.get(u, 0) >= int(n):\n            B[u] -= int(n)",
        line: 7,
      },
      {
        code: "from aiohttp import web\nbal = {}\nasync def w(request):\n    d = await request.json()\n    b = bal.get(d['u'], 0)\n    if b < d['n']:\n        return web.json_response({}, status=400)\n    await check(d)\n    bal[d['u']] = b - d['n']\n    return web.json_response({})",
        line: 9,
      },
      {
        code: "from concurrent.futures import ThreadPoolExecutor\nbooked = set()\ndef book(seat):\n    if seat in booked:\n        return 'taken'\n    booked.add(seat)\n    return 'ok'",
        line: 6,
      },
    ],
  },
});
