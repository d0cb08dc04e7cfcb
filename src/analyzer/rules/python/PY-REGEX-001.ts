import { Level } from "../../dataflow/python.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

const REGEX_MODULE = /^[ \t]*(?:import[ \t]+regex\b|from[ \t]+regex[ \t]+import\b)/m;

export default pyRule({
  meta: {
    id: "PY-REGEX-001",
    title: "Regular expression compiled from untrusted input",
    cwe: ["CWE-400", "CWE-1333", "CWE-730"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the pattern is a parameter named as one (`def expect(self, regex)`): an API that takes a regex from its caller, whose own source is unknown here",
      },
    ],
    docs: {
      what_it_does: "Flags re.* calls whose pattern is a caller-supplied value not passed through re.escape.",
      why_bad:
        "An attacker-chosen pattern can be catastrophically slow (ReDoS) or match far more than intended.",
      example_bad:
        "import re\nfrom flask import request\ndef search(text):\n    return re.search(request.args['q'], text) is not None",
      example_good:
        "import re\nfrom flask import request\ndef search(text):\n    return re.search(re.escape(request.args['q']), text) is not None",
    },
    fix_hint: "Escape user text with re.escape, or use plain substring search (`in`, str.find).",
  },
  trigger: /\bre\.|\bregex\.|\bfrom re(?:gex)? import\b/,
  nodeTypes: ["call"],
  calls: ["compile", "match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(re|regex)\.(compile|match|fullmatch|search|findall|finditer|sub|subn|split)$/.test(q)) return;
    // `regex = re.compile(...)` then `regex.sub(text, doc)`: a compiled pattern named regex, whose first argument is
    // the replacement, in a file that never imports the regex module.
    if (q.startsWith("regex.") && !sourceHas(ctx.tree, REGEX_MODULE)) return;
    const p = ctx.arg(node, 0, "pattern");
    if (!p) return;
    // The regex module's `timeout=` stops a match after that many seconds: a slow pattern costs no more.
    const timeout = q.startsWith("regex.") ? ctx.kwarg(node, "timeout") : undefined;
    if (timeout && ctx.constValue(timeout) !== null) return;
    const name = ctx.text(p);
    const level = ctx.level(p, "regex");
    if (level === Level.PARAM && p.type === "identifier") {
      // A parameter every call in the file passes a literal (or a compiled constant) for: the file's own patterns.
      const passed = ctx.paramValues(p);
      if (passed?.length && passed.every((v) => ctx.level(v, "regex") === Level.CONST)) return;
      // `def read_regex(self, regex: Pattern[str])`: an already compiled pattern, no text compiled here.
      const fn = ctx.enclosingFunction(node);
      const params = fn ? ctx.text(field(fn, "parameters") ?? fn) : "";
      if (new RegExp(`\\b${name}\\s*:\\s*(?:[\\w.]+\\.)?Pattern\\b`).test(params)) return;
    }
    if (level === Level.SOURCE) report({ node, message: "pattern comes from caller-controlled data" });
    else if (level === Level.PARAM && /pattern|regex|regexp|query|search|expr/i.test(name))
      report({ node, severity: "LOW", message: "pattern comes from caller-controlled data" });
  },
  cases: {
    valid: [
      "import re\ndef f(pattern, t):\n    return re.search(re.escape(pattern), t)",
      // A glob translated to a regex: every character but the wildcards escaped.
      "import fnmatch, re\nfrom flask import request\ndef f(name):\n    return re.match(fnmatch.translate(request.args['glob']), name)",
      "import re\ndef f(t):\n    return re.findall(r'\\d+', t)",
      "import re\ndef f(sep, t):\n    return re.split(sep, t)",
      "import re\ndef following(pattern):\n    return re.compile(pattern)\nA = following(r'^\\s*$')\nB = following(r'[,;]')",
      "import re\nfrom typing import Pattern\ndef strip(regex: Pattern[str], t):\n    return re.sub(regex, '', t)",
      "from re import search as find, escape\ndef f(pattern, t):\n    return find(escape(pattern), t)",
      "import regex\nfrom flask import request\ndef f(t):\n    return regex.findall(request.args['q'], t, timeout=1.0)",
      "import re\nfrom flask import request\ndef f(doc):\n    regex = re.compile('a(.*)')\n    return regex.sub(request.args['q'], doc, count=1)",
    ],
    invalid: [
      { code: "import re\ndef f(pattern, t):\n    return re.search(pattern, t)", severity: "LOW" },
      {
        code: "from flask import request\nimport re\ndef f():\n    return re.compile(request.args['q'])",
        severity: "MEDIUM",
      },
      // Imported by name, aliased or not: the text holds no `re.` at all.
      "from re import search as find\ndef f(pattern, t):\n    return find(pattern, t)",
      "from re import compile, IGNORECASE\ndef f(query):\n    return compile(query, IGNORECASE)",
      {
        code: "import regex\nfrom flask import request\ndef f(t):\n    return regex.findall(request.args['q'], t, timeout=None)",
        severity: "MEDIUM",
      },
      "import re\ndef following(pattern):\n    return re.compile(pattern)\nA = following(r'^\\s*$')\ndef g(p):\n    return following(p)",
    ],
  },
});
