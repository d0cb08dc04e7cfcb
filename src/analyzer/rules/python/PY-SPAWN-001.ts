import { descendants, field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Starting a thread or process per connection. */
const SPAWN =
  /^(threading\.Thread|Thread|multiprocessing\.Process|Process|_thread\.start_new_thread|thread\.start_new_thread|os\.fork)$/;
/** Anything that bounds the number in flight. */
const BOUND =
  /Semaphore|active_count|activeCount|ThreadPool|ProcessPool|Pool\(|max_workers|len\(\s*\w*(threads|workers|clients|conns?|connections)\w*\s*\)/;

export default pyRule({
  meta: {
    id: "PY-SPAWN-001",
    title: "A thread or process started for every connection, without a limit",
    cwe: ["CWE-770", "CWE-400"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags accept() loops that start a threading.Thread / multiprocessing.Process (or fork) for each connection when nothing in the function bounds how many run at once (a semaphore, a pool, a count check).",
      why_bad:
        "Each connection costs a thread's stack or a whole process: a client that opens connections faster than they finish exhausts memory, threads or PIDs and stops the service.",
      example_bad:
        "import socket, threading\ndef serve(srv):\n    while True:\n        conn, _ = srv.accept()\n        threading.Thread(target=handle, args=(conn,)).start()",
      example_good:
        "import socket\nfrom concurrent.futures import ThreadPoolExecutor\ndef serve(srv):\n    with ThreadPoolExecutor(max_workers=32) as pool:\n        while True:\n            conn, _ = srv.accept()\n            pool.submit(handle, conn)",
    },
    fix_hint:
      "Hand connections to a bounded pool (ThreadPoolExecutor(max_workers=N)) or guard the spawn with a BoundedSemaphore; set socket timeouts.",
  },
  trigger: /\.accept\(\)/,
  nodeTypes: ["while_statement"],
  detect(node, ctx, report) {
    const body = field(node, "body");
    if (!body) return;
    const calls = descendants(body).filter((d) => d.type === "call");
    if (!calls.some((c) => ctx.method(c) === "accept")) return;
    const spawn = calls.find((c) => SPAWN.test(ctx.callee(c)));
    if (!spawn) return;
    if (sourceHas(ctx.tree, BOUND)) return;
    report({ node: spawn, message: "one thread/process per accepted connection, with no cap" });
  },
  cases: {
    valid: [
      "import threading\nsem = threading.BoundedSemaphore(32)\ndef serve(srv):\n    while True:\n        conn, _ = srv.accept()\n        sem.acquire()\n        threading.Thread(target=handle, args=(conn, sem)).start()",
      "def serve(srv):\n    while True:\n        conn, _ = srv.accept()\n        handle(conn)",
    ],
    invalid: [
      {
        code: "import socket, threading\ndef serve(srv):\n    while True:\n        conn, _ = srv.accept()\n        threading.Thread(target=handle, args=(conn,), daemon=True).start()",
        line: 5,
      },
    ],
  },
});
