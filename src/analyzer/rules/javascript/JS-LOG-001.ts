import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

/** console.* and logger objects (winston, pino, bunyan, log4js, a `log`/`logger`/`appLogger` of the app's own). */
const LOG_CALL =
  /^(console\.(log|info|warn|error|debug|trace)|([\w$.]*\.)?([\w$]*(log|Log|LOG)(ger|Ger|GER)?|pino|bunyan|winston|log4js|signale|consola)\.(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|crit|critical))$/;

export default jsRule({
  meta: {
    id: "JS-LOG-001",
    title: "Request data written to a log line with its line breaks",
    cwe: ["CWE-117"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags console.log/info/warn/error and logger calls (winston, pino, bunyan, log4js, an app's `logger`) whose message text embeds request data (query, body, params, headers, Lambda events) that no `.replace(/[\\r\\n]/g, ...)` has cleaned. Values passed inside an object (structured logging, serialised with escapes) are not flagged.",
      why_bad:
        "A value holding '\\n' ends the log entry and starts a forged one ('Login failed for x\\nINFO Login succeeded for admin'): log readers, alerting and audits trust lines the attacker wrote (CWE-117).",
      example_bad:
        "app.post('/login', (req, res) => {\n  console.log('Login failed for ' + req.body.username);\n});",
      example_good:
        "app.post('/login', (req, res) => {\n  console.log('Login failed for ' + String(req.body.username).replace(/[\\r\\n]/g, ''));\n});",
    },
    fix_hint:
      "Strip or escape \\r and \\n before logging (`.replace(/[\\r\\n]/g, '')`), or log the value as a field of a structured (JSON) entry.",
  },
  trigger: /console\.|[lL]og(ger)?\.|pino\.|bunyan\.|winston\.|log4js\.|signale\.|consola\./,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    // The receiver as written: `logger.info` whatever module (`require('./logger')`) the logger came from.
    const fn = node.children.find((c) => c.field === "function");
    if (!fn || !LOG_CALL.test(ctx.text(fn).replace(/\s+/g, ""))) return;
    for (const arg of ctx.args(node)) {
      // Objects and arrays are serialised (JSON or util.inspect), which escapes line breaks.
      if (arg.type === "object" || arg.type === "array") continue;
      if (ctx.level(arg, "log") !== Level.SOURCE) continue;
      report({ node, message: "log line embeds request data that may hold CR/LF" });
      return;
    }
  },
  cases: {
    valid: [
      "app.post('/l', (req, res) => { console.log('failed for ' + req.body.u.replace(/[\\r\\n]/g, '')); });",
      "app.get('/s', (req, res) => { logger.info('search', { q: req.query.q }); });",
      "console.log('Using database ' + process.env.DB_HOST);",
      "function f(u) { console.log('user ' + u); }",
      "app.get('/s', (req, res) => { console.log('count', req.query.ids.length); });",
    ],
    invalid: [
      {
        code: "app.post('/l', (req, res) => {\n  console.log('Login failed for ' + req.body.username);\n});",
        line: 2,
      },
      "app.get('/s', (req, res) => { logger.warn(`search by ${req.query.user}`); });",
      "const pino = require('pino')();\napp.use(async (ctx) => { pino.info('page ' + ctx.query.page); });",
      "exports.handler = async (event) => { console.error('bad id %s', event.pathParameters.id); };",
      "const logger = require('./logger');\nmodule.exports = (req, res) => { logger.info('from ' + req.headers['user-agent']); };",
    ],
  },
});
