import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";

/** An Express-style route registration: `owner.method('/path', ...middleware, handler)`. */
export interface RouteCall {
  /** The router's text (`app`, `router`, `this.app`); empty when the callee is not a member expression. */
  owner: string;
  method: string;
  path: string;
  /** The arguments between the path and the handler. */
  middleware: SyntaxNode[];
  /** The last argument: a function, or a name of one. */
  handler: SyntaxNode;
}

const VERBS = /^(get|post|put|patch|delete|all|head|options)$/;

/**
 * Reads a call as a route registration of Express, its routers and the routers shaped like it (Koa's, Fastify's
 * shorthand): a verb method (of `verbs` when given), a constant path first, a handler last.
 */
export function routeCall(call: SyntaxNode, ctx: JsContext, verbs = VERBS): RouteCall | undefined {
  const method = ctx.method(call) ?? "";
  if (!verbs.test(method)) return undefined;
  const args = ctx.args(call);
  if (args.length < 2) return undefined;
  const path = ctx.stringValue(args[0]);
  if (path === undefined) return undefined;
  const fn = field(call, "function");
  return {
    owner: fn?.type === "member_expression" ? ctx.text(field(fn, "object") ?? fn) : "",
    method,
    path,
    middleware: args.slice(1, -1),
    handler: args[args.length - 1]!,
  };
}

/** A function written in place (`(req, res) => ...`, `function (req, res) {...}`). */
export function isInlineFunction(node: SyntaxNode | undefined): node is SyntaxNode {
  return !!node && /^(arrow_function|function_expression|function)$/.test(node.type);
}

/** The route (of `verbs` when given) whose handler is the innermost such function around `node`. */
export function enclosingRoute(node: SyntaxNode, ctx: JsContext, verbs = VERBS): RouteCall | undefined {
  for (let fn = ctx.enclosingFunction(node); fn; fn = ctx.enclosingFunction(fn)) {
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    if (call?.type !== "call_expression") continue;
    const r = routeCall(call, ctx, verbs);
    if (r?.handler === fn) return r;
  }
  return undefined;
}
