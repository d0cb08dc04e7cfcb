import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Ways a file removes Express's `X-Powered-By: Express` header: the setting, or helmet with its default on. */
const HEADER_OFF =
  /\.(disable|set)\(\s*['"]x-powered-by['"]|\.removeHeader\(\s*['"]x-powered-by['"]|\.hidePoweredBy\s*\(|hide-powered-by/i;
const HELMET = /\bhelmet\s*\(/;
const HELMET_KEEPS = /(hidePoweredBy|xPoweredBy)\s*:\s*false/;

export default jsRule({
  meta: {
    id: "JS-XPOWERED-001",
    title: "Express application announces itself in X-Powered-By",
    cwe: ["CWE-200", "CWE-497"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags an Express application (`const app = express()`) in a file that neither disables the x-powered-by setting (app.disable('x-powered-by'), app.set('x-powered-by', false)) nor installs helmet (whose defaults remove the header) or helmet.hidePoweredBy().",
      why_bad:
        "Every response says `X-Powered-By: Express`: scanners pick targets for known Express and middleware vulnerabilities from it.",
      example_bad: "const express = require('express');\nconst app = express();\napp.listen(3000);",
      example_good:
        "const express = require('express');\nconst app = express();\napp.disable('x-powered-by');\napp.listen(3000);",
    },
    fix_hint: "Call app.disable('x-powered-by') right after creating the app, or use helmet().",
  },
  trigger: /express/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (ctx.callee(node) !== "express" || ctx.args(node).length) return;
    // Only the application bound to a name (`const app = express()`), not a sub-app handed on at once.
    const decl = node.parent;
    if (decl?.type !== "variable_declarator" || field(decl, "value")?.start !== node.start) return;
    const src = ctx.tree.source;
    if (HEADER_OFF.test(src) || (HELMET.test(src) && !HELMET_KEEPS.test(src))) return;
    report({ node, message: "the Express app sends X-Powered-By: Express (disable it or use helmet)" });
  },
  cases: {
    valid: [
      "const express = require('express');\nconst app = express();\napp.disable('x-powered-by');",
      "const express = require('express');\nconst helmet = require('helmet');\nconst app = express();\napp.use(helmet());",
      "import express from 'express';\nconst app = express();\napp.set('x-powered-by', false);",
      "const express = require('express');\nconst router = express.Router();",
      "const express = require('express');\nconst app = express();\napp.use(require('helmet').hidePoweredBy());",
    ],
    invalid: [
      "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);",
      "import express from 'express';\nimport helmet from 'helmet';\nconst app = express();\napp.use(helmet({ hidePoweredBy: false }));",
    ],
  },
});
