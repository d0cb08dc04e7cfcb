// Shared helpers for rules about web handlers: which functions are routes or views, their path and decorators.
import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, field, namedChildren, perTree, sourceMatches } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";

export interface Handler {
  fn: SyntaxNode;
  name: string;
  /** The route path(s) from the decorators ("" for a Django view). */
  path: string;
  /** The decorators' text, joined. */
  decorators: string;
  /** The function's own text (signature and body). */
  body: string;
}

export const ROUTE = /\.(route|get|post|put|delete|patch)\(|@route\(|api_view/;

/** A function's decorators' text, joined ("" when it has none). */
export function decoratorsOf(ctx: PythonContext, fn: SyntaxNode, keep?: (d: SyntaxNode) => boolean): string {
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  return dec
    ? dec.children
        .filter((c) => c.type === "decorator" && (!keep || keep(c)))
        .map((c) => ctx.text(c))
        .join("\n")
    : "";
}

/**
 * The decorators' text less unittest.mock's patchers: `@mock.patch("pkg.utils.execute")` on a test method names the
 * object it replaces, not a route, though its text ends like a router's `.patch(`.
 */
function routeDecorators(ctx: PythonContext, fn: SyntaxNode): string {
  return decoratorsOf(ctx, fn, (d) => {
    const expr = namedChildren(d)[0];
    const callee = expr?.type === "call" ? field(expr, "function") : expr;
    return !/^(unittest\.)?mock\.patch(\.(object|dict|multiple))?$/.test(ctx.qname(callee));
  });
}

/** A Flask/FastAPI/Bottle route, or a Django function view (first parameter `request`); undefined otherwise. */
export function handlerOf(ctx: PythonContext, fn: SyntaxNode): Handler | undefined {
  const decorators = decoratorsOf(ctx, fn);
  const params = ctx.paramNames(fn);
  // Computed only where a route's text occurs at all (most functions have no decorator matching it).
  const routeDecs = ROUTE.test(decorators) ? routeDecorators(ctx, fn) : "";
  const route = ROUTE.test(routeDecs);
  if (!route) {
    // Django: a module-level function whose first parameter is request, or a method of a view class
    // (`def get(self, request, pk)`: paramNames leaves self out).
    const cls = ancestor(fn, ["class_definition"]);
    const view = cls
      ? /View|ViewSet|RequestHandler/.test(ctx.text(field(cls, "superclasses") ?? cls).slice(0, 200)) &&
        params[0] === "request"
      : params[0] === "request" &&
        // google-auth style `def get(request, path)` where the module calls `request(url=..., method=...)`: an
        // HTTP transport handed in, not Django's request object.
        !sourceMatches(ctx.tree, "(?<!def |\\.|\\w)request\\s*\\(");
    if (!view) return undefined;
  }
  const path = route
    ? [...routeDecs.matchAll(/\(\s*[rfu]?["']([^"']*)["']/g)].map((m) => m[1]).join(" ")
    : "";
  return { fn, name: ctx.text(field(fn, "name") ?? fn), path, decorators, body: ctx.text(fn) };
}

/** The handler that encloses a node, if any. */
export function enclosingHandler(ctx: PythonContext, node: SyntaxNode): Handler | undefined {
  for (let fn = ctx.enclosingFunction(node); fn; fn = ctx.enclosingFunction(fn)) {
    const h = handlerOf(ctx, fn);
    if (h) return h;
  }
  return undefined;
}

/** Names and keys that hold a password. */
export const PASSWORD =
  /^(pass(word|wd|phrase)?|pwd|pw|new_?pass(word)?|user_?pass(word)?|raw_?pass(word)?)$/i;

/**
 * The text of the FastAPI dependencies a route inherits from where its router is made or mounted: the route is
 * `@router.delete(...)` and the module has `router = APIRouter(dependencies=[Depends(require_admin)])`,
 * `app = FastAPI(dependencies=[...])` or `app.include_router(router, dependencies=[...])`. "" when none.
 */
export function routerDependencies(ctx: PythonContext, fn: SyntaxNode): string {
  const owners = new Set(
    [
      ...decoratorsOf(ctx, fn).matchAll(/@([A-Za-z_]\w*)\.(?:get|post|put|delete|patch|api_route|route)\(/g),
    ].map((m) => m[1]!),
  );
  if (owners.size === 0) return "";
  const out: string[] = [];
  for (const n of ctx.tree.nodes) {
    if (n.type !== "call") continue;
    const q = ctx.callee(n);
    let owner: string | undefined;
    if (/(^|\.)(APIRouter|FastAPI)$/.test(q)) {
      const left = n.parent?.type === "assignment" ? field(n.parent, "left") : undefined;
      owner = left?.type === "identifier" ? ctx.text(left) : undefined;
    } else if (/\.include_router$/.test(q)) {
      const first = ctx.args(n)[0];
      owner = first?.type === "identifier" ? ctx.text(first) : undefined;
    }
    const deps = owner && owners.has(owner) ? ctx.kwarg(n, "dependencies") : undefined;
    if (deps) out.push(ctx.text(deps));
  }
  return out.join(" ");
}

/**
 * The path prefix of the router or blueprint a route is declared on: `router = APIRouter(prefix="/admin")` or
 * `bp = Blueprint("admin", __name__, url_prefix="/admin")` for `@router.post("/users/{id}/ban")`. "" when none.
 */
export function routerPrefix(ctx: PythonContext, fn: SyntaxNode): string {
  const owner = /@([A-Za-z_]\w*)\.(?:get|post|put|delete|patch|api_route|route)\(/.exec(
    decoratorsOf(ctx, fn),
  )?.[1];
  if (!owner) return "";
  return routerPrefixes(ctx).get(owner) ?? "";
}

/** Each router or blueprint name's prefix, the first assignment of each, in one pass per tree (routerPrefix). */
const routerPrefixes = perTree((ctx: PythonContext) => {
  const m = new Map<string, string>();
  for (const n of ctx.tree.nodes) {
    if (n.type !== "assignment") continue;
    const left = field(n, "left");
    const right = field(n, "right");
    if (left?.type !== "identifier" || right?.type !== "call" || m.has(ctx.text(left))) continue;
    if (!/(^|\.)(APIRouter|Blueprint)$/.test(ctx.callee(right))) continue;
    m.set(
      ctx.text(left),
      ctx.stringValue(ctx.kwarg(right, "prefix") ?? ctx.kwarg(right, "url_prefix")) ?? "",
    );
  }
  return m;
});
