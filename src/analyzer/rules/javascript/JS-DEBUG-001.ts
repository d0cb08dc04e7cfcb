import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-DEBUG-001",
    title: "Development error handler used outside development",
    cwe: ["CWE-489", "CWE-209"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags app.use(errorhandler()) (the errorhandler middleware) when the call is not inside a test of NODE_ENV / app.get('env') for development.",
      why_bad:
        "errorhandler answers every error with the full stack trace and error details: file paths, library versions, queries and sometimes secrets reach whoever triggers an error.",
      example_bad:
        "const express = require('express');\nconst errorhandler = require('errorhandler');\nconst app = express();\napp.use(errorhandler());",
      example_good:
        "const express = require('express');\nconst errorhandler = require('errorhandler');\nconst app = express();\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorhandler());\n}",
    },
    fix_hint:
      "Install errorhandler only when NODE_ENV is 'development'; in production log the error and send a generic page.",
  },
  trigger: /errorhandler/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "use") return;
    const mw = ctx.args(node).find((a) => a.type === "call_expression");
    if (!mw || !/(^|\.)errorhandler$|^errorhandler$/.test(ctx.callee(mw))) return;
    // Inside `if (process.env.NODE_ENV === 'development')` / `if (app.get('env') === 'development')`.
    for (let a = node.parent; a; a = a.parent) {
      if (a.type !== "if_statement") continue;
      const cond = ctx.text(a.children.find((c) => c.field === "condition") ?? a);
      if (/development|\bdev\b|NODE_ENV\s*!==?\s*['"]production['"]/.test(cond)) return;
    }
    report({
      node,
      message: "errorhandler() sends stack traces to clients and is not limited to development",
    });
  },
  cases: {
    valid: [
      "const errorhandler = require('errorhandler');\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorhandler());\n}",
      "const errorhandler = require('errorhandler');\nif (app.get('env') === 'development') app.use(errorhandler({ log: true }));",
      "app.use(express.json());",
    ],
    invalid: [
      "const errorhandler = require('errorhandler');\napp.use(errorhandler());",
      "const errorhandler = require('errorhandler');\nif (process.env.NODE_ENV === 'production') {\n  app.use(compression());\n}\napp.use(errorhandler({ log: false }));",
    ],
  },
});
