import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

/**
 * Where a printf-style function takes its format: console's loggers and util.format first; formatWithOptions and
 * console.assert after their options / condition; the printf, printj, sprintf-js and format-util packages first.
 */
function formatIndex(q: string): number | undefined {
  if (/^(console\.(log|info|warn|error|debug|trace)|util\.format)$/.test(q)) return 0;
  if (/^(util\.formatWithOptions|console\.assert)$/.test(q)) return 1;
  if (/^(printf|format-util|(printj|sprintf-js)\.v?sprintf)$/.test(q)) return 0;
  return undefined;
}

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
  trigger: /console\.|format|printf|printj/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const at = formatIndex(q);
    if (at === undefined) return;
    const args = ctx.args(node);
    // printf(stream, fmt, ...): the format follows the stream when one is passed first.
    const candidates = q === "printf" && args.length >= 3 ? [at, at + 1] : [at];
    for (const i of candidates) {
      if (args.length < i + 2) continue;
      const level = ctx.level(args[i], "format");
      // Built from any non-literal data, or the whole format string taken from the request.
      if (!(ctx.isBuiltString(args[i]) && level !== Level.CONST) && level !== Level.SOURCE) continue;
      report({ node, message: `${q}() format string is built from non-literal data` });
      return;
    }
  },
  cases: {
    valid: [
      "console.log('a %s', x);",
      "function f(u) { console.log('user ' + u); }",
      "const util = require('util');\napp.get('/f', (req, res) => res.send(util.formatWithOptions({}, '%s', req.query.x)));",
      "const { sprintf } = require('sprintf-js');\napp.get('/f', (req, res) => res.send(sprintf('%s', req.query.x)));",
    ],
    invalid: [
      { code: "function f(u, id) {\n  console.log(`user ${u} did %s`, id);\n}", line: 2 },
      "const util = require('util');\napp.get('/f', (req, res) => res.send(util.format(req.query.fmt, req.user.name)));",
      "const util = require('util');\napp.get('/f', (req, res) => res.send(util.formatWithOptions({}, req.query.fmt, 1)));",
      "const { vsprintf } = require('sprintf-js');\napp.get('/f', (req, res) => res.send(vsprintf(req.query.fmt, [1])));",
      "app.get('/f', (req, res) => { console.assert(false, req.query.fmt, req.ip); });",
      "const printf = require('printf');\napp.get('/f', (req, res) => printf(res, req.query.fmt, 1));",
    ],
  },
});
