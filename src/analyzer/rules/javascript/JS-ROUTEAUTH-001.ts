import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode, SyntaxTree } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { isInlineFunction, routeCall } from "./routes.js";

/** Middleware or guard names that check who the caller is or what it may do. */
const AUTH_MW =
  /auth|login|logged|admin|role|permi|guard|protect|verify|ensure|jwt|passport|acl|session|token|owner|can[A-Z(]/i;
/** Paths meant for callers not yet signed in, or for machines: sign-in and sign-up, resets, hooks, health. */
const PUBLIC_PATH =
  /log-?in|sign-?in|sign-?up|register|forgot|reset-?request|logout|sign-?out|webhook|callback|public|health|status|verify-email|contact/i;
const MUTATING = /^(post|put|patch|delete)$/;
const ROUTE_VERBS = /^(get|post|put|patch|delete|all)$/;

interface Route {
  owner: string;
  segment: string;
  guarded: boolean;
}
interface FileRoutes {
  routes: Route[];
  /** `router.use(requireAuth)` calls: the owner and where, every later route of that owner passes the guard. */
  guards: { owner: string; start: number }[];
}

/** The first path segment (`/users/:id` -> `users`), the part routes of one resource share. */
function segmentOf(path: string): string {
  return path.replace(/^\//, "").split("/")[0] ?? "";
}

/** `X.post('/path', mw1, mw2, handler)`: owner, method, path and whether a middleware guards it; else undefined. */
function guardedRoute(node: SyntaxNode, ctx: JsContext) {
  const r = routeCall(node, ctx, ROUTE_VERBS);
  if (!r?.owner || !r.path.startsWith("/")) return undefined;
  return {
    owner: r.owner,
    method: r.method,
    path: r.path,
    guarded: r.middleware.some((m) => AUTH_MW.test(ctx.text(m))),
    refuses: refuses(r.handler, ctx),
  };
}

/**
 * A handler whose one statement turns the request away (`next(new Error('Filename not provided.'))`, `throw`,
 * `res.status(405).end()`): a placeholder route that changes nothing.
 */
function refuses(handler: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!isInlineFunction(handler)) return false;
  const body = field(handler, "body");
  if (!body) return false;
  const stmts =
    body.type === "statement_block" ? namedChildren(body).filter((c) => c.type !== "comment") : [body];
  return (
    stmts.length === 1 &&
    /^(return\s+)?(next\(|throw\b|(res|reply)\.(status|code|sendStatus)\((4\d\d|501)\))/.test(
      ctx.text(stmts[0]!),
    )
  );
}

const memo = new WeakMap<SyntaxTree, FileRoutes>();
function fileRoutes(ctx: JsContext): FileRoutes {
  let f = memo.get(ctx.tree);
  if (f) return f;
  f = { routes: [], guards: [] };
  for (const d of ctx.tree.nodes) {
    if (d.type !== "call_expression") continue;
    const r = guardedRoute(d, ctx);
    if (r) {
      f.routes.push({ owner: r.owner, segment: segmentOf(r.path), guarded: r.guarded });
      continue;
    }
    const fn = field(d, "function");
    if (
      fn?.type === "member_expression" &&
      ctx.method(d) === "use" &&
      ctx.args(d).some((a) => AUTH_MW.test(ctx.text(a)))
    )
      f.guards.push({ owner: ctx.text(field(fn, "object") ?? fn), start: d.start });
  }
  memo.set(ctx.tree, f);
  return f;
}

/**
 * The decorators written above a class member: its own children (the JavaScript grammar) or the class body's
 * entries just before it (the TypeScript grammar).
 */
function memberDecorators(method: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = namedChildren(method).filter((c) => c.type === "decorator");
  const siblings = method.parent ? namedChildren(method.parent) : [];
  for (let i = siblings.indexOf(method) - 1; i >= 0 && siblings[i]!.type === "decorator"; i--)
    out.push(siblings[i]!);
  return out;
}

/** A class's own decorators, also those written on the `export` in front of it. */
function classDecorators(cls: SyntaxNode): SyntaxNode[] {
  const own = namedChildren(cls).filter((c) => c.type === "decorator");
  const exp =
    cls.parent?.type === "export_statement"
      ? namedChildren(cls.parent).filter((c) => c.type === "decorator")
      : [];
  return [...own, ...exp];
}

export default jsRule({
  meta: {
    id: "JS-ROUTEAUTH-001",
    title: "State-changing route without the authorisation its sibling routes carry",
    cwe: ["CWE-862", "CWE-285"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a POST/PUT/PATCH/DELETE route that has no auth middleware (Express-style routers) or no @UseGuards (Nest controllers without a class-level guard) when at least two sibling routes of the same resource (same router and first path segment, or same controller) do carry one. Sign-in, sign-up, reset, webhook, callback and health paths, routers guarded by a `router.use(auth)` before the route, and Nest apps with global guards are not flagged.",
      why_bad:
        "The module's own routes show the resource needs a signed-in, authorised caller; the one route registered without the check lets anyone change or delete it.",
      example_bad:
        "router.get('/users', requireAuth, list);\nrouter.post('/users', requireAuth, create);\nrouter.delete('/users/:id', remove);",
      example_good:
        "router.get('/users', requireAuth, list);\nrouter.post('/users', requireAuth, create);\nrouter.delete('/users/:id', requireAuth, remove);",
    },
    fix_hint: "Add the same auth middleware or guard, or mount it once for the whole router / controller.",
  },
  trigger: /\.(post|put|patch|delete)\(|@(Post|Put|Patch|Delete)\(/,
  nodeTypes: ["call_expression", "method_definition"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      const r = guardedRoute(node, ctx);
      if (!r || r.guarded || r.refuses || !MUTATING.test(r.method) || PUBLIC_PATH.test(r.path)) return;
      const f = fileRoutes(ctx);
      if (f.guards.some((g) => g.owner === r.owner && g.start < node.start)) return;
      const seg = segmentOf(r.path);
      const guardedSiblings = f.routes.filter(
        (s) => s.owner === r.owner && s.segment === seg && s.guarded,
      ).length;
      if (guardedSiblings >= 2)
        report({
          node,
          message: `${r.method.toUpperCase()} ${r.path} has no auth middleware, unlike ${guardedSiblings} routes of /${seg} on ${r.owner}`,
        });
      return;
    }
    // Nest: a controller method, no guard on the class, none on the method, guards on two or more siblings.
    const body = node.parent;
    const cls = body?.type === "class_body" ? body.parent : undefined;
    if (!body || !cls) return;
    const mine = memberDecorators(node).map((d) => ctx.text(d));
    if (
      !mine.some((d) => /^@(Post|Put|Patch|Delete)\(/.test(d)) ||
      mine.some((d) => /^@(UseGuards|Public|Roles)\b/.test(d))
    )
      return;
    const own = classDecorators(cls).map((d) => ctx.text(d));
    if (!own.some((d) => /^@Controller\b/.test(d)) || own.some((d) => /^@UseGuards\b/.test(d))) return;
    if (sourceHas(ctx.tree, /APP_GUARD|useGlobalGuards/)) return;
    const guarded = namedChildren(body).filter(
      (m) =>
        m.type === "method_definition" &&
        m !== node &&
        memberDecorators(m).some((d) => /^@UseGuards\b/.test(ctx.text(d))),
    ).length;
    if (guarded >= 2)
      report({
        node: field(node, "name") ?? node,
        message: `controller method without @UseGuards, unlike ${guarded} other handlers of the controller`,
      });
  },
  cases: {
    valid: [
      "router.get('/users', requireAuth, list);\nrouter.post('/users', requireAuth, create);\nrouter.delete('/users/:id', requireAuth, remove);",
      "router.get('/files/:id', requireAuth, get);\nrouter.put('/files/:id', requireAuth, put);\nrouter.post('/files', function (req, res, next) {\n  next(new Error('Filename not provided.'));\n});",
      "router.get('/posts', list);\nrouter.post('/posts', requireAuth, create);\nrouter.get('/posts/:id', show);",
      "router.use(requireAuth);\nrouter.get('/users', requireAdmin, list);\nrouter.post('/users', requireAdmin, create);\nrouter.delete('/users/:id', remove);",
      "router.get('/auth/me', requireAuth, me);\nrouter.put('/auth/me', requireAuth, update);\nrouter.post('/auth/login', login);",
      "@UseGuards(AuthGuard('jwt'))\n@Controller('p')\nexport class P {\n  @Get() a() {}\n  @Post() b() {}\n}",
      "@Controller('p')\nexport class P {\n  @UseGuards(G) @Get() a() {}\n  @Post() b() {}\n}",
    ],
    invalid: [
      "router.get('/users', requireAuth, list);\nrouter.post('/users', requireAuth, create);\nrouter.delete('/users/:id', remove);",
      {
        code: "@Controller('a')\nexport class A {\n  @UseGuards(G)\n  @Get()\n  list() {}\n\n  @UseGuards(G)\n  @Post()\n  create() {}\n\n  @Delete(':id')\n  remove() {}\n}",
        line: 12,
      },
    ],
  },
});
