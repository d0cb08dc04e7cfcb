import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** A response write: Express/Node `res.*`, fastify `reply.send`, hapi `h.response`. */
const RESPONSE =
  /^(res|response|reply|resp)\.(send|json|jsonp|end|write|render)$|^(h|toolkit)\.response$|^(ctx|context)\.(throw)$/;
/** `err.stack`, `error.stack`, `e.stack`: the stack trace of a caught error. */
const STACK = /\b(err|error|e|ex|exc|exception|er)\.stack\b/;

/** The text with TypeScript casts and optional chaining read through: `(e as Error)?.stack` is `e.stack`. */
function plain(text: string): string {
  return text.replace(/\(\s*([\w$]+)\s+as\s+[\w$.<>[\]| ]+?\s*\)/g, "$1").replace(/\?\./g, ".");
}

export default jsRule({
  meta: {
    id: "JS-ERR-001",
    title: "Stack trace sent in the response",
    cwe: ["CWE-209"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags responses (res.send/json/end/write, reply.send, h.response, koa ctx.body) that include an error's stack trace, unless the code checks it is running in development.",
      why_bad:
        "Stack traces reveal file paths, library versions, queries and code structure that help an attacker aim.",
      example_bad: "app.use((err, req, res, next) => {\n  res.status(500).send(err.stack);\n});",
      example_good:
        "app.use((err, req, res, next) => {\n  console.error(err);\n  res.status(500).json({ error: 'Internal error' });\n});",
    },
    fix_hint: "Log the error server-side and send a generic message with a correlation id.",
  },
  trigger: /\.stack\b/,
  nodeTypes: ["call_expression", "assignment_expression"],
  detect(node, ctx, report) {
    let payload;
    if (node.type === "assignment_expression") {
      // koa: `ctx.body = err.stack`.
      if (!/^(ctx|context)(\.response)?\.body$/.test(ctx.text(field(node, "left") ?? node))) return;
      payload = field(node, "right");
    } else {
      if (!RESPONSE.test(ctx.callee(node))) return;
      payload = ctx.args(node).find((a) => STACK.test(plain(ctx.text(a))));
    }
    if (!payload || !STACK.test(plain(ctx.text(payload)))) return;
    const fn = ctx.enclosingFunction(node);
    // A development-only branch: `if (process.env.NODE_ENV !== 'production')`, `app.get('env') === 'development'`,
    // `if (config.debug)`. A route path that says debug (`ctx.path.startsWith('/debug')`) is no such branch: anyone
    // can request it.
    if (fn && /NODE_ENV|['"]development['"]|isDev|isDebug|(?<![/\w-])debug/i.test(ctx.text(fn))) return;
    report({ node, message: "error stack trace sent to the client" });
  },
  cases: {
    valid: [
      "app.use((err, req, res, next) => { res.status(500).json({ error: 'Internal error' }); });",
      "app.use((err, req, res, next) => { res.status(500).send(process.env.NODE_ENV === 'development' ? err.stack : 'error'); });",
      "app.use((err, req, res, next) => { logger.error(err.stack); res.sendStatus(500); });",
      "app.use((err, req, res, next) => { res.status(500).json({ stack: config.debug ? err.stack : undefined }); });",
    ],
    invalid: [
      "app.use((err, req, res, next) => { res.status(500).send(err.stack); });",
      "app.get('/x', async (req, res) => {\n  try { await work(); } catch (e) { res.json({ message: e.message, stack: e.stack }); }\n});",
      "app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.body = err.stack; } });",
      // TypeScript casts and optional chaining around the error.
      "app.use(async (ctx, next) => { try { await next(); } catch (e) { ctx.body = (e as Error).stack; } });",
      "app.use((err, req, res, next) => { res.status(500).json({ detail: (err as any)?.stack }); });",
      "app.use(async (ctx, next) => {\n  try { await next(); } catch (err) {\n    if (ctx.path.startsWith('/debug')) ctx.body = { error: err.stack };\n  }\n});",
    ],
  },
});
