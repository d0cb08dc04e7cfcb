import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-FMT-001",
    title: "Format string built from non-literal data (console.log / util.format)",
    cwe: ["CWE-134"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags console.log/info/warn/error/debug and util.format calls whose first argument (the format string) is built from non-literal data while more arguments follow.",
      why_bad:
        "`%s`, `%o` or `%j` in the spliced value consume the following arguments: log lines are forged or values land in the wrong place.",
      example_bad: "function log(user, id) {\n  console.log('user ' + user + ' did %s', id);\n}",
      example_good: "function log(user, id) {\n  console.log('user %s did %s', user, id);\n}",
    },
    fix_hint: "Keep the format string literal and pass every value as an argument.",
  },
  trigger: /console\.|format\(/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(console\.(log|info|warn|error|debug|trace)|util\.(format|formatWithOptions))$/.test(q)) return;
    const args = ctx.args(node);
    if (args.length < 2) return;
    const level = ctx.level(args[0], "format");
    // Built from any non-literal data, or the whole format string taken from the request.
    if (!(ctx.isBuiltString(args[0]) && level !== Level.CONST) && level !== Level.SOURCE) return;
    report({ node, message: `${q}() format string is built from non-literal data` });
  },
  cases: {
    valid: ["console.log('a %s', x);", "function f(u) { console.log('user ' + u); }"],
    invalid: [
      { code: "function f(u, id) {\n  console.log(`user ${u} did %s`, id);\n}", line: 2 },
      "const util = require('util');\napp.get('/f', (req, res) => res.send(util.format(req.query.fmt, req.user.name)));",
    ],
  },
});
