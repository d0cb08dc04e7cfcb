import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, nodesOfType, sourceMatches } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * `s.get(url)` on a plain `requests.Session()`: a session has no default timeout either. A session given one
 * some other way is left alone: an adapter mounted on it (a TimeoutHTTPAdapter) or its request method replaced.
 */
const SESSION = /^requests\.(sessions\.)?[sS]ession$/;
/** Per file: the right-hand sides assigned to each `obj.attr` (`self.session = ...`). */
const ATTR_SETS = new WeakMap<object, Map<string, SyntaxNode[]>>();

/** Every value the file assigns to `self.session` (by its text) passes the test, and there is one. */
function attrHolds(ctx: PythonContext, text: string, test: (v: SyntaxNode | undefined) => boolean): boolean {
  let sets = ATTR_SETS.get(ctx.tree);
  if (!sets) {
    sets = new Map();
    for (const a of nodesOfType(ctx.tree, "assignment")) {
      const left = field(a, "left");
      const right = left?.type === "attribute" ? field(a, "right") : undefined;
      if (!right) continue;
      const k = ctx.text(left!);
      sets.set(k, [...(sets.get(k) ?? []), right]);
    }
    ATTR_SETS.set(ctx.tree, sets);
  }
  const vals = sets.get(text);
  return !!vals?.length && vals.every(test);
}

function plainSessionCall(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  // `s.get(...)`, or `self.session.get(...)` with the session made in __init__.
  const held = recv?.type === "attribute" && field(recv, "object")?.type === "identifier";
  if (!recv || (recv.type !== "identifier" && !held)) return false;
  const made = (v: SyntaxNode | undefined) => v?.type === "call" && SESSION.test(ctx.callee(v));
  if (recv.type === "identifier" ? !made(ctx.valueOf(recv)) : !attrHolds(ctx, ctx.text(recv), made))
    return false;
  const n = ctx.text(recv).replace(/\./g, "\\.");
  return !sourceMatches(ctx.tree, `\\b${n}\\.(mount\\(|request\\s*=)`);
}

export default pyRule({
  meta: {
    id: "PY-TIMEOUT-001",
    title: "HTTP request without a timeout",
    cwe: ["CWE-400", "CWE-1088"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags requests.* calls (and calls on a plain requests.Session()) without timeout= or with timeout=None, and httpx calls and clients given timeout=None (httpx's own default is 5 seconds).",
      why_bad:
        "requests waits forever by default, and httpx does when told timeout=None; a slow or malicious server ties up the worker indefinitely.",
      example_bad: "import requests\ndef fetch(url):\n    return requests.get(url).json()",
      example_good: "import requests\ndef fetch(url):\n    return requests.get(url, timeout=10).json()",
    },
    fix_hint: "Always pass timeout= (connect, read) to network calls.",
  },
  trigger: /requests|httpx/,
  nodeTypes: ["call"],
  calls: [
    "get",
    "post",
    "put",
    "delete",
    "patch",
    "head",
    "request",
    "options",
    "stream",
    "Client",
    "AsyncClient",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (/^httpx\.(get|post|put|delete|patch|head|request|options|stream|Client|AsyncClient)$/.test(q)) {
      // httpx times out after 5 seconds unless told otherwise: only an explicit None (or Timeout(None)) waits forever.
      const t = ctx.resolve(ctx.kwarg(node, "timeout"));
      const none =
        t?.type === "none" ||
        (t?.type === "call" &&
          /^httpx\.Timeout$/.test(ctx.callee(t)) &&
          ctx.arg(t, 0, "timeout")?.type === "none");
      if (none) report({ node, message: `${q}() with timeout=None can hang forever` });
      return;
    }
    if (
      !/^requests\.(get|post|put|delete|patch|head|request|options)$/.test(q) &&
      !(
        /^(get|post|put|delete|patch|head|request|options)$/.test(ctx.method(node)) &&
        plainSessionCall(ctx, node)
      )
    )
      return;
    const timeout = ctx.kwarg(node, "timeout");
    if ((timeout && timeout.type !== "none") || /\*\*/.test(ctx.text(node))) return;
    report({ node, message: `${q}() ${timeout ? "with timeout=None" : "without timeout"} can hang forever` });
  },
  cases: {
    valid: [
      "import requests\nrequests.get(u, timeout=5)",
      "import httpx\nhttpx.get(u)",
      "import httpx\nc = httpx.Client(timeout=httpx.Timeout(10.0))",
      "import requests\ns = requests.Session()\ns.get(u, timeout=5)",
      "import requests\ns = requests.Session()\ns.mount('https://', TimeoutAdapter(timeout=5))\ns.get(u)",
      "d = {}\nd.get(u)",
      "import requests\nclass Api:\n    def __init__(self):\n        self.session = requests.Session()\n        self.session.mount('https://', TimeoutAdapter(5))\n    def get(self, u):\n        return self.session.get(u)",
    ],
    invalid: [
      "import requests\nrequests.get(u)",
      { code: "from requests import Session\ns = Session()\ns.post(u, json={})", line: 3 },
      {
        code: "import requests\ndef f(u):\n    with requests.Session() as s:\n        return s.get(u)",
        line: 4,
      },
      {
        code: "import requests\nclass Api:\n    def __init__(self):\n        self.session = requests.Session()\n    def get(self, u):\n        return self.session.get(u)",
        line: 6,
      },
      { code: "import requests\nrequests.put(u, timeout=None)", line: 2 },
      { code: "import httpx\nwith httpx.Client(timeout=None) as c:\n    c.get(u)", line: 2 },
      { code: "import httpx\nhttpx.post(u, json=d, timeout=None)", line: 2 },
    ],
  },
});
