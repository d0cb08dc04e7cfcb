import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-TIMEOUT-001",
    title: "HTTP request without a timeout",
    cwe: ["CWE-400", "CWE-1088"],
    severity: "LOW",
    docs: {
      what_it_does: "Flags requests.* calls without timeout= or with timeout=None.",
      why_bad:
        "requests waits forever by default; a slow or malicious server ties up the worker indefinitely.",
      example_bad: "import requests\ndef fetch(url):\n    return requests.get(url).json()",
      example_good: "import requests\ndef fetch(url):\n    return requests.get(url, timeout=10).json()",
    },
    fix_hint: "Always pass timeout= (connect, read) to network calls.",
  },
  trigger: /requests/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^requests\.(get|post|put|delete|patch|head|request|options)$/.test(q)) return;
    const timeout = ctx.kwarg(node, "timeout");
    if ((timeout && timeout.type !== "none") || /\*\*/.test(ctx.text(node))) return;
    report({ node, message: `${q}() ${timeout ? "with timeout=None" : "without timeout"} can hang forever` });
  },
  cases: {
    valid: ["import requests\nrequests.get(u, timeout=5)"],
    invalid: [
      "import requests\nrequests.get(u)",
      { code: "import requests\nrequests.put(u, timeout=None)", line: 2 },
    ],
  },
});
