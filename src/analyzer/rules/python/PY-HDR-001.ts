import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-HDR-001",
    title: "HTTP response header set from unsanitised input",
    cwe: ["CWE-113"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags assignments into header mappings (response.headers[...], headers dicts) and set_cookie/add_header values that carry caller-controlled data without CR/LF removal.",
      why_bad:
        "A value containing \\r\\n ends the header early and injects new headers or a forged body (response splitting).",
      example_bad: "def set_lang(headers, lang):\n    headers['Content-Language'] = lang\n    return headers",
      example_good:
        "def set_lang(headers, lang):\n    headers['Content-Language'] = lang.replace('\\r', '').replace('\\n', '')\n    return headers",
    },
    fix_hint: "Strip \\r and \\n from header values (or reject them), or allow-list the possible values.",
  },
  trigger: /header/i,
  nodeTypes: ["assignment"],
  detect(node, ctx, report) {
    const left = field(node, "left");
    if (left?.type !== "subscript") return;
    const target = ctx.text(field(left, "value") ?? left);
    if (!/headers?$/i.test(target)) return;
    const value = field(node, "right");
    if (value && ctx.level(value, "header") >= Level.PARAM)
      report({ node, message: "header value carries unsanitised input" });
  },
  cases: {
    valid: [
      "def f(h, v):\n    h['X'] = v.replace('\\r', '').replace('\\n', '')",
      "def f(h):\n    h['X'] = 'y'",
    ],
    invalid: [
      "def f(headers, v):\n    headers['X-Info'] = v",
      "from flask import request, make_response\ndef f():\n    r = make_response('')\n    r.headers['Location'] = request.args['u']\n    return r",
    ],
  },
});
