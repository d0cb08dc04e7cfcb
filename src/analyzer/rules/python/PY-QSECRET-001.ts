import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Query parameters that carry a credential (not one-time tokens such as a reset link's, which are meant for URLs). */
const SECRET_PARAM =
  /^(pass(word|wd|phrase)?|pwd|new_?password|old_?password|api_?key|apikey|secret|client_?secret|access_?token|private_?key)$/i;
/** `?password=` / `&api_key=` inside a URL string. */
const SECRET_IN_URL =
  /[?&](pass(word|wd|phrase)?|pwd|api_?key|apikey|secret|client_?secret|access_?token|private_?key)=/i;
/** The query-string readers of Flask, Django, FastAPI/Starlette and Tornado. */
const QUERY = /^(flask\.)?request\.(args|GET|query_params)$|^self\.get_query_argument$/;

export default pyRule({
  meta: {
    id: "PY-QSECRET-001",
    title: "Password or API key carried in a URL query string",
    cwe: ["CWE-598"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: "an outgoing request to a third-party API puts the key in its URL" },
    ],
    docs: {
      what_it_does:
        "Flags a view reading a password or API key from the query string (request.args, request.GET, query_params), and URL strings built with ?password= / &api_key= parameters.",
      why_bad:
        "URLs are written to access logs, proxy logs, browser history and Referer headers: a credential in the query string leaks to everyone who reads them.",
      example_bad:
        "from flask import request\ndef login():\n    return check(request.args['username'], request.args['password'])",
      example_good:
        "from flask import request\ndef login():\n    return check(request.form['username'], request.form['password'])",
    },
    fix_hint: "Send credentials in a POST body or an Authorization header, never in the URL.",
  },
  trigger:
    /(?<=[?&]\w*)(pass|pwd|api_?key|apikey|secret|client_?secret|access_?token|private_?key)\w*=|request\.(args|GET|query_params)|get_query_argument/i,
  nodeTypes: ["call", "subscript", "string"],
  detect(node, ctx, report) {
    if (node.type === "string") {
      const text = ctx.text(node);
      if (!/^[rbuf]*['"]/i.test(text) || !SECRET_IN_URL.test(text)) return;
      if (node.parent?.type === "concatenated_string") return;
      report({ node, severity: "LOW", message: "a credential is put in a URL's query string" });
      return;
    }
    let key: string | undefined;
    if (node.type === "subscript") {
      if (!QUERY.test(ctx.qname(field(node, "value")))) return;
      key = ctx.stringValue(field(node, "subscript"));
    } else {
      const q = ctx.callee(node);
      const getter = /\.(get|getlist)$/.test(q) && QUERY.test(q.replace(/\.(get|getlist)$/, ""));
      if (!getter && !QUERY.test(q)) return;
      key = ctx.stringValue(ctx.args(node)[0]);
    }
    if (key && SECRET_PARAM.test(key))
      report({ node, message: `the ${key} is read from the URL's query string` });
  },
  cases: {
    valid: [
      "from flask import request\ndef f():\n    return request.form['password']",
      "from flask import request\ndef f():\n    return request.args.get('page')",
      "def f(request):\n    return request.GET.get('token')",
      "import requests\ndef f(key):\n    return requests.get('https://api.example.com/x', headers={'X-Api-Key': key})",
    ],
    invalid: [
      {
        code: "from flask import request\ndef f():\n    return request.args.get('password')",
        severity: "MEDIUM",
      },
      "def f(request):\n    return request.GET['api_key']",
      {
        code: "import requests\ndef f(key):\n    return requests.get(f'https://api.example.com/x?q=1&api_key={key}')",
        severity: "LOW",
      },
    ],
  },
});
