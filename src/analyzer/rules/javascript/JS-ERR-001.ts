import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** A response write: Express/Node `res.*`, fastify `reply.send`, hapi `h.response`. */
const RESPONSE =
  /^(res|response|reply|resp)\.(send|json|jsonp|end|write|render)$|^(h|toolkit)\.response$|^(ctx|context)\.(throw)$|^(Response|NextResponse)\.json$|^(c|ctx|context)\.(json|text|html|body)$/;
/** Fetch-style responses built with `new Response(body)` (Deno, Bun, Workers, Next route handlers). */
const RESPONSE_CLASS = /^(Response|NextResponse)$/;
/**
 * A debug switch the request itself sets (`?debug`, `X-Debug`): any client turns it on, so it is no
 * development-only branch.
 */
const REQUEST_DEBUG =
  /searchParams\.(has|get)\(\s*['"][\w-]*debug[\w-]*['"]\s*\)|\bquery(\.debug\b|\[\s*['"]debug)|\.(get|header)\(\s*['"]x-debug[\w-]*['"]\s*\)/gi;
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
  nodeTypes: ["call_expression", "assignment_expression", "new_expression", "pair"],
  detect(node, ctx, report) {
    let payload;
    if (node.type === "new_expression") {
      if (!RESPONSE_CLASS.test(ctx.text(field(node, "constructor") ?? node))) return;
      payload = ctx.args(node)[0];
    } else if (node.type === "pair") {
      // A Lambda / Netlify result: `return { statusCode: 500, body: JSON.stringify({ stack: e.stack }) }`.
      if (ctx.text(field(node, "key") ?? node).replace(/['"]/g, "") !== "body") return;
      const obj = node.parent;
      if (
        obj?.type !== "object" ||
        !namedChildren(obj).some(
          (p) => p.type === "pair" && ctx.text(field(p, "key") ?? p).replace(/['"]/g, "") === "statusCode",
        )
      )
        return;
      payload = field(node, "value");
    } else if (node.type === "assignment_expression") {
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
    if (
      fn &&
      /NODE_ENV|['"]development['"]|isDev|isDebug|(?<![/\w-])debug/i.test(
        ctx.text(fn).replace(REQUEST_DEBUG, ""),
      )
    )
      return;
    report({ node, message: "error stack trace sent to the client" });
  },
  cases: {
    valid: [
      "app.use((err, req, res, next) => { res.status(500).json({ error: 'Internal error' }); });",
      "app.use((err, req, res, next) => { res.status(500).send(process.env.NODE_ENV === 'development' ? err.stack : 'error'); });",
      "app.use((err, req, res, next) => { logger.error(err.stack); res.sendStatus(500); });",
      "app.use((err, req, res, next) => { res.status(500).json({ stack: config.debug ? err.stack : undefined }); });",
      "app.onError((err, c) => { console.error(err.stack); return c.json({ error: 'internal' }, 500); });",
      "exports.handler = async (event) => {\n  try { return await run(event); } catch (e) {\n    console.error(e.stack);\n    return { statusCode: 500, body: JSON.stringify({ message: 'internal error' }) };\n  }\n};",
    ],
    invalid: [
      "app.use((err, req, res, next) => { res.status(500).send(err.stack); });",
      "app.get('/x', async (req, res) => {\n  try { await work(); } catch (e) { res.json({ message: e.message, stack: e.stack }); }\n});",
      "app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.body = err.stack; } });",
      // TypeScript casts and optional chaining around the error.
      "app.use(async (ctx, next) => { try { await next(); } catch (e) { ctx.body = (e as Error).stack; } });",
      "app.use((err, req, res, next) => { res.status(500).json({ detail: (err as any)?.stack }); });",
      "app.use(async (ctx, next) => {\n  try { await next(); } catch (err) {\n    if (ctx.path.startsWith('/debug')) ctx.body = { error: err.stack };\n  }\n});",
      "export default {\n  async fetch(request) {\n    try { return await route(request); } catch (err) {\n      if (new URL(request.url).searchParams.has('debug')) return new Response(err.stack, { status: 500 });\n      return new Response('error', { status: 500 });\n    }\n  },\n};",
      "app.onError((err, c) => c.json({ error: err.message, stack: err.stack }, 500));",
      "exports.handler = async (event) => {\n  try { return await run(event); } catch (e) {\n    return { statusCode: 500, body: JSON.stringify({ message: e.message, stack: e.stack }) };\n  }\n};",
    ],
  },
});
