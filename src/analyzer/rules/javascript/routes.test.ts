import { beforeAll, describe, expect, it } from "vitest";
import { JsContext } from "../../dataflow/javascript.js";
import { loadGrammars, parseCode } from "../../parse/index.js";
import { enclosingRoute, routeCall } from "./routes.js";

beforeAll(async () => {
  await loadGrammars();
});

function calls(code: string) {
  const tree = parseCode(code, "javascript");
  const ctx = new JsContext(tree);
  return { ctx, tree, calls: tree.nodes.filter((n) => n.type === "call_expression") };
}

describe("routeCall", () => {
  it("reads owner, verb, path, middleware and handler of a route registration", () => {
    const { ctx, calls: cs } = calls(
      "router.post('/users/:id', requireAuth, audit, (req, res) => res.end());",
    );
    const r = routeCall(cs[0]!, ctx);
    expect(r && { ...r, middleware: r.middleware.map((m) => ctx.text(m)), handler: r.handler.type }).toEqual({
      owner: "router",
      method: "post",
      path: "/users/:id",
      middleware: ["requireAuth", "audit"],
      handler: "arrow_function",
    });
  });

  it("needs a verb (of the rule's set), a constant path and a handler", () => {
    const { ctx, calls: cs } = calls(
      ["app.get('/x');", "app.use('/x', h);", "app.get(p, h);", "app.put('/x', h);"].join("\n"),
    );
    expect(cs.map((c) => routeCall(c, ctx)?.path)).toEqual([undefined, undefined, undefined, "/x"]);
    expect(routeCall(cs[3]!, ctx, /^(get|post)$/)).toBeUndefined();
  });
});

describe("enclosingRoute", () => {
  it("finds the route whose handler holds the node, past inner callbacks", () => {
    const { ctx, tree } = calls(
      "app.get('/cb', async (req, res) => {\n  [1].forEach(() => use(req.query.code));\n});",
    );
    const code = tree.nodes.find((n) => n.type === "member_expression" && ctx.text(n) === "req.query.code")!;
    expect(enclosingRoute(code, ctx)?.path).toBe("/cb");
    expect(enclosingRoute(code, ctx, /^post$/)).toBeUndefined();
  });
});
