import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas, unparen } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** MongoDB driver and Mongoose query methods whose first argument is a filter. */
const QUERY_METHODS =
  /^(find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|findOneAndRemove|updateOne|updateMany|deleteOne|deleteMany|replaceOne|countDocuments|count|distinct|where|exists|aggregate|remove|update)$/;

/** DynamoDB client (v2 DocumentClient / v3 commands' v2-style methods) calls taking a request parameter object. */
const DYNAMO_METHODS =
  /^(scan|query|get|put|getItem|putItem|updateItem|deleteItem|batchGet|batchWrite|batchGetItem|batchWriteItem|transactGet|transactWrite|executeStatement)$/;

/** AWS SDK v3 DynamoDB commands taking the request parameters object. */
const DYNAMO_COMMAND =
  /(Scan|Query|GetItem|PutItem|UpdateItem|DeleteItem|BatchGetItem|BatchWriteItem|ExecuteStatement|Get|Put|Update|Delete)Command$/;

/** Calls that return a copy of their first argument, keys and nested objects included. */
const CLONES =
  /^(structuredClone|Object\.fromEntries|Object\.entries|(_|lodash)\.(cloneDeep|clone)|lodash\.clonedeep|rfdc)$/;

/**
 * `knex('users').where({ id: req.query.id })`, `db('t').count(...)` on a knex instance: a SQL query builder binds
 * each value as a parameter; its where/update/count take no Mongo operators. The chain's root call or name is the
 * knex module, or a name bound to an instance made from it (`const db = knex(config)`).
 */
const SQL_BUILDERS = /^(knex|kysely)$/;
function sqlBuilderChain(call: SyntaxNode, ctx: JsContext): boolean {
  let r: SyntaxNode | undefined = field(call, "function") ?? undefined;
  for (let i = 0; r && i < 32; i++) {
    const next: SyntaxNode | undefined =
      r.type === "member_expression" || r.type === "subscript_expression"
        ? (field(r, "object") ?? undefined)
        : r.type === "call_expression" &&
            /^(member|subscript)_expression$/.test(field(r, "function")?.type ?? "")
          ? (field(r, "function") ?? undefined)
          : undefined;
    if (!next) break;
    r = next;
  }
  const id = r?.type === "call_expression" ? (field(r, "function") ?? undefined) : r;
  if (id?.type !== "identifier" && id?.type !== "call_expression") return false;
  if (SQL_BUILDERS.test(ctx.qname(id))) return true;
  const made = id.type === "identifier" ? ctx.resolve(id) : undefined;
  return made?.type === "call_expression" && SQL_BUILDERS.test(ctx.callee(made));
}

/** `typeof v !== 'string'` (or `=== 'string'`) is tested somewhere in the function that reads `v`. */
function typeofString(value: SyntaxNode, ctx: JsContext): boolean {
  if (!/^[\w$.]+$/.test(ctx.text(value))) return false;
  const fnText = ctx.text(ctx.enclosingFunction(value) ?? value);
  return new RegExp(
    `typeof\\s*\\(?\\s*${ctx.text(value).replace(/[.$]/g, "\\$&")}\\s*\\)?\\s*[!=]==?\\s*['"]string`,
  ).test(fnText);
}

/**
 * `await request.json()`, `await c.req.json()`: a Fetch-style request's body parsed as JSON (Next.js route handlers,
 * Remix actions, Hono, Deno, Bun, Workers; h3's `readBody(event)`), any object the client writes.
 */
function jsonBody(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  let v = n;
  while (v && /^(await_expression|parenthesized_expression|as_expression|non_null_expression)$/.test(v.type))
    v = namedChildren(v)[0];
  // h3 / Nuxt: `await readBody(event)` parses a JSON body just the same.
  if (v?.type === "call_expression" && /^(h3\.)?readBody$/.test(ctx.callee(v)))
    return ctx.level(v, "nosql") === Level.SOURCE;
  if (v?.type !== "call_expression" || ctx.method(v) !== "json" || ctx.args(v).length) return false;
  const fn = field(v, "function");
  const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
  return !!recv && ctx.level(recv, "nosql") === Level.SOURCE;
}

/**
 * zod schemas that admit any value, objects with operator keys included (a plain `z.object` strips keys it does
 * not declare, `$ne` among them).
 */
const LOOSE_ZOD = /(^|\.)z\.(any|unknown|record|custom|looseObject)$/;

/**
 * `input.username` in a tRPC procedure whose `.input(...)` lets objects through: `z.any()`, `z.unknown()`,
 * `z.record(...)`, a hand-written validator function (`(raw: unknown) => raw as T`), or an object schema whose field
 * is one of those.
 */
function trpcLooseField(n: SyntaxNode, ctx: JsContext): boolean {
  const schema = ctx.trpcInputSchema(n);
  if (!schema) return false;
  if (/^(arrow_function|function_expression)$/.test(schema.type)) return true;
  if (schema.type !== "call_expression") return false;
  const callee = ctx.callee(schema);
  if (LOOSE_ZOD.test(callee)) return true;
  if (!/(^|\.)z\.(object|strictObject|looseObject)$/.test(callee)) return false;
  const shape = ctx.args(schema)[0];
  const f = shape?.type === "object" ? ctx.prop(shape, ctx.text(field(n, "property") ?? n)) : undefined;
  let c = f;
  // `z.any().optional()`: the base builder decides.
  while (
    c?.type === "call_expression" &&
    field(c, "function")?.type === "member_expression" &&
    !LOOSE_ZOD.test(ctx.callee(c))
  )
    c = field(field(c, "function")!, "object") ?? undefined;
  return c?.type === "call_expression" && LOOSE_ZOD.test(ctx.callee(c));
}

/**
 * An Elysia (TypeBox) schema of one scalar, `t.String()`, `t.Number()`, `t.Literal('a')` (optional or not): Elysia
 * answers 400 to a request whose field is an object, so no operator gets through.
 */
function elysiaScalar(schema: SyntaxNode | undefined, ctx: JsContext): boolean {
  let s = schema;
  for (
    let i = 0;
    s?.type === "call_expression" && /(^|\.)(t|Type)\.Optional$/.test(ctx.callee(s)) && i < 3;
    i++
  )
    s = ctx.args(s)[0];
  return (
    s?.type === "call_expression" &&
    /(^|\.)(t|Type)\.(String|Number|Integer|Boolean|Literal|Numeric|Date|Enum)$/.test(ctx.callee(s))
  );
}

/** A request field taken whole (`req.body.user`, `req.query`): JSON bodies and `qs` parsing turn it into an object. */
function rawRequestValue(n: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  if (!n || depth > 4) return false;
  if (n.type === "member_expression" && elysiaScalar(ctx.elysiaFieldSchema(n), ctx)) return false;
  // `let name = 'guest'; if (req.body.name) name = req.body.name;`: what the reassignments in play store (one
  // checked by `typeof v !== 'string'` in the function holds no operator).
  const play =
    n.type === "identifier" || n.type === "shorthand_property_identifier" ? ctx.assignedInPlay(n) : undefined;
  if (play?.values.some((v) => !typeofString(v, ctx) && rawRequestValue(v, ctx, depth + 1))) return true;
  if (play && !play.declToo) return false;
  const r = ctx.resolve(n) ?? n;
  if (jsonBody(r, ctx)) return true;
  // `const { email, pin } = req.body; find({ email, pin })`: a field destructured out of a client-written object.
  if (r.type === "identifier" || r.type === "shorthand_property_identifier") {
    // `@Body() creds: LoginDto` (an interface), `@Query('q') q: string`: bound by the framework, unchecked.
    if (ctx.clientObjectParam(r)) return true;
    // Elysia's `({ body }) => find(body)`: the JSON body whole.
    if (ctx.elysiaPart(r) === "body") return true;
    const d = ctx.destructured(r);
    // `const { creds: { user } } = req.body`: a field of an object nested in the client's object is client-written.
    const outer = d ? undefined : ctx.nestedPatternSource(r);
    if (
      outer &&
      /^(req|request|ctx\.request|ctx)\.(body|query)$/.test(ctx.qname(ctx.resolve(outer) ?? outer))
    )
      return true;
    // `list(filter) { return this.model.find(filter); }` called as `this.svc.list(query)` from a handler: a
    // helper's parameter holds what the file's calls pass it.
    if (!d)
      return r === ctx.resolve(r) || ctx.resolve(r) === undefined
        ? ctx.argsAtCallers(r).some((a) => rawRequestValue(a, ctx, depth + 1))
        : false;
    const from = ctx.resolve(d.from) ?? d.from;
    if (jsonBody(from, ctx)) return true;
    if (from.type === "call_expression" && ctx.callee(from) === "JSON.parse")
      return ctx.args(from).some((a) => ctx.level(a, "nosql") === Level.SOURCE);
    const q = ctx.qname(from);
    return (
      /^(req|request|ctx\.request|ctx)\.(body|query|cookies)$/.test(q) ||
      (/^(req|request|ctx\.request)$/.test(q) && /^(body|query|cookies)$/.test(d.key))
    );
  }
  // `{ ...req.body, active: true }`, `Object.assign({}, req.query)`: the client's object copied whole, every key
  // (and operator) with it.
  if (r.type === "object")
    return namedChildren(r).some(
      (c) => c.type === "spread_element" && rawRequestValue(namedChildren(c)[0], ctx, depth + 1),
    );
  if (r.type === "call_expression" && ctx.callee(r) === "Object.assign" && depth < 4)
    return ctx.args(r).some((a) => rawRequestValue(a, ctx, depth + 1));
  // `structuredClone(req.body)`, `Object.fromEntries(Object.entries(req.body))`, `_.cloneDeep(req.query)`: a copy
  // keeps every key and operator object.
  if (r.type === "call_expression" && CLONES.test(ctx.callee(r)) && depth < 4)
    return ctx
      .args(r)
      .slice(0, 1)
      .some((a) => rawRequestValue(a, ctx, depth + 1));
  // `JSON.parse(req.query.filter)`: a whole filter object written by the client.
  if (r.type === "call_expression" && ctx.callee(r) === "JSON.parse")
    return ctx.args(r).some((a) => ctx.level(a, "nosql") === Level.SOURCE);
  // `req.body.token ?? ''`, `req.body.token || ''`, `ok ? req.body.token : null`: an operator object is neither
  // nullish nor falsy, so it is what the expression yields.
  const op =
    r.type === "binary_expression" ? (field(r, "operator") ?? r.children.find((c) => !c.named)) : undefined;
  if (op && /^(\?\?|\|\|)$/.test(op.type))
    return [field(r, "left"), field(r, "right")].some(
      (a) => a && !typeofString(a, ctx) && rawRequestValue(a, ctx, depth + 1),
    );
  // (a branch the function checks with `typeof x === 'string'` holds no operator)
  if (r.type === "ternary_expression")
    return [field(r, "consequence"), field(r, "alternative")].some(
      (a) => a && !typeofString(a, ctx) && rawRequestValue(a, ctx, depth + 1),
    );
  if (r.type === "parenthesized_expression") return rawRequestValue(namedChildren(r)[0], ctx, depth + 1);
  if (r.type !== "member_expression" && r.type !== "subscript_expression") return false;
  // `const body = JSON.parse(event.body); ... body.filter`: a field of a client-written JSON document.
  let root: SyntaxNode | undefined = r;
  while (root && (root.type === "member_expression" || root.type === "subscript_expression"))
    root = field(root, "object") ?? undefined;
  if (root?.type === "identifier" && root !== n) {
    if (ctx.clientObjectParam(root)) return true;
    // `body.filter` in an Elysia handler (a field its schema does not declare a scalar: see elysiaScalar).
    if (ctx.elysiaPart(root) === "body") return true;
    if (r.type === "member_expression" && trpcLooseField(r, ctx)) return true;
    // `find(args.filter)` in a resolver typed `args: { filter: Record<string, unknown> }`: an object by its type.
    if (r.type === "member_expression" && field(r, "object") === root && ctx.clientObjectField(r))
      return true;
    const v = ctx.resolve(root);
    // `const body = await req.json(); find({ email: body.email })`: a field of the client's JSON document.
    if (jsonBody(v, ctx)) return true;
    if (v?.type === "call_expression" && ctx.callee(v) === "JSON.parse")
      return ctx.args(v).some((a) => ctx.level(a, "nosql") === Level.SOURCE);
    // `const copy = structuredClone(req.body); find({ email: copy.email })`: a field of the client's object.
    if (v?.type === "call_expression" && CLONES.test(ctx.callee(v)) && depth < 4)
      return ctx
        .args(v)
        .slice(0, 1)
        .some((a) => rawRequestValue(a, ctx, depth + 1));
  }
  // Route parameters are always strings; bodies, query strings and cookies may parse into objects. A Lambda
  // event's query-string and path-parameter maps are objects whose keys the client picks.
  const q = ctx.qname(r);
  return (
    /^(req|request|ctx\.request|ctx)\.(body|query|cookies)\b/.test(q) ||
    /^event\.(queryStringParameters|multiValueQueryStringParameters|pathParameters)$/.test(q)
  );
}

/**
 * Operator keys removed from request values before any filter sees them: express-mongo-sanitize mounted as
 * middleware (it deletes `$`-prefixed keys from body, query and params), or Mongoose's `sanitizeFilter` switched on
 * (it wraps any object with a `$` key in `$eq`) for a model query - the raw driver's collections ignore that
 * option.
 */
function operatorsStripped(call: SyntaxNode, ctx: JsContext): boolean {
  const src = ctx.tree.source;
  if (
    /['"]express-mongo-sanitize['"]/.test(src) &&
    /\.use\(\s*(?:[\w$]+\s*,\s*)?\w*[sS]anitize\w*\(/.test(src)
  )
    return true;
  if (!/\bsanitizeFilter['"]?\s*[,:]\s*true\b/.test(src)) return false;
  if (!sanitizeFilterCovers(call, ctx)) return false;
  let recv = field(field(call, "function") ?? call, "object");
  for (let i = 0; recv && i < 4; i++) {
    const r: SyntaxNode = ctx.resolve(recv) ?? recv;
    if (/\bcollection\s*\(|\.db\b|^db$|MongoClient/.test(ctx.text(r))) return false;
    if (r === recv) break;
    recv = r;
  }
  return true;
}

/** An object literal's member `k`: a pair's value, or the identifier of a shorthand (`{ init, accumulate }`). */
function member(obj: SyntaxNode, k: string, ctx: JsContext): SyntaxNode | undefined {
  const v = ctx.prop(obj, k);
  if (v) return v;
  return namedChildren(obj).find((c) => c.type === "shorthand_property_identifier" && ctx.text(c) === k);
}

/** The places a file turns Mongoose's `sanitizeFilter` on, and whether each is a connection-wide switch. */
const sanitizeSwitches = new WeakMap<JsContext, { node: SyntaxNode; global: boolean }[]>();

/**
 * Whether a `sanitizeFilter: true` of the file applies to `call`. `mongoose.set('sanitizeFilter', true)` and the
 * option given to connect / createConnection / a Schema switch it on for every query once they run: at load time
 * (outside any function), or earlier in the query's own function. Given to one query (`.setOptions({ ... })`, a
 * find's options argument) it covers that query's statement only; a switch flipped inside another handler runs
 * only when that handler does.
 */
function sanitizeFilterCovers(call: SyntaxNode, ctx: JsContext): boolean {
  let switches = sanitizeSwitches.get(ctx);
  if (!switches) {
    switches = [];
    for (const n of ctx.tree.nodes) {
      if (n.type === "call_expression" && ctx.method(n) === "set") {
        const [k, v] = ctx.args(n);
        if (ctx.stringValue(k) === "sanitizeFilter" && ctx.text(v ?? n) === "true")
          switches.push({ node: n, global: true });
      } else if (
        n.type === "pair" &&
        ctx.text(field(n, "key") ?? n).replace(/['"]/g, "") === "sanitizeFilter" &&
        ctx.text(field(n, "value") ?? n) === "true"
      ) {
        let c = n.parent?.parent;
        if (c?.type === "arguments") c = c.parent;
        const global =
          !!c &&
          /^(call_expression|new_expression)$/.test(c.type) &&
          /(^|\.)(connect|createConnection|Schema)$/.test(ctx.callee(c));
        switches.push({ node: n, global });
      }
    }
    sanitizeSwitches.set(ctx, switches);
  }
  const fn = ctx.enclosingFunction(call);
  let stmt: SyntaxNode | null = call;
  while (stmt && !/(statement|declaration)$/.test(stmt.type)) stmt = stmt.parent;
  return switches.some(({ node, global }) => {
    if (!global) return !!stmt && node.start >= stmt.start && node.end <= stmt.end;
    const at = ctx.enclosingFunction(node);
    return !at || (at === fn && node.start < call.start);
  });
}

/**
 * An Elasticsearch request's parameters that let the client write the query: `body` / `query` / `aggs` taken whole
 * from the request, or a `query_string` query (Lucene syntax: `password:*`, other fields, regexes and wildcards
 * that scan the index) whose text is request data. `match` / `simple_query_string` take the text as search terms.
 */
function elasticQueryFromRequest(params: SyntaxNode | undefined, ctx: JsContext): string | undefined {
  const obj = params && (params.type === "identifier" ? (ctx.resolve(params) ?? params) : params);
  if (obj?.type !== "object") return undefined;
  for (const k of ["body", "query", "aggs", "aggregations"]) {
    const v = ctx.prop(obj, k);
    if (v && v.type !== "object" && rawRequestValue(v, ctx))
      return `Elasticsearch ${k} taken whole from the request`;
  }
  const stack: SyntaxNode[] = [obj];
  for (let guard = 0; stack.length && guard < 300; guard++) {
    const n = stack.pop()!;
    if (n.type === "pair") {
      const key = (ctx.stringValue(field(n, "key")) ?? ctx.text(field(n, "key") ?? n)).replace(/['"]/g, "");
      const value = field(n, "value");
      if (key === "query_string" && value?.type === "object") {
        const q = member(value, "query", ctx);
        if (q && ctx.level(q, "nosql") === Level.SOURCE)
          return "Elasticsearch query_string query (Lucene syntax) taken from the request";
      }
    }
    stack.push(...namedChildren(n));
  }
  return undefined;
}

/** A call on the MongoDB driver's collection (`db.collection('c').m(...)`, or a name holding one). */
function driverCollection(call: SyntaxNode, ctx: JsContext): boolean {
  let recv = field(field(call, "function") ?? call, "object");
  for (let i = 0; recv && i < 3; i++) {
    if (recv.type === "call_expression" && ctx.method(recv) === "collection") return true;
    const r = recv.type === "identifier" ? ctx.resolve(recv) : undefined;
    if (!r || r === recv) return false;
    recv = r.type === "await_expression" ? namedChildren(r)[0] : r;
  }
  return false;
}

/** Stages whose named collection the pipeline reads or writes (`$lookup.from`, `$merge.into`, `$out`). */
const COLLECTION_STAGES = /^\$(lookup|graphLookup|unionWith|merge|out)$/;

/**
 * A pipeline that lets the request name what it reads or writes: a collection (`$lookup: { from }`,
 * `$unionWith: coll`, `$out: name`, `$merge: { into }`) or a field path (`$group: { _id: '$' + field }`) spelled
 * from request data. The client then reads any collection or field, or overwrites one. Where to report it (the
 * pair, when the call writes the pipeline) and why; undefined when none.
 */
function pipelineNamesFromRequest(
  pipeline: SyntaxNode,
  ctx: JsContext,
): { at: SyntaxNode; message: string } | undefined {
  const fromRequest = (v: SyntaxNode | undefined): boolean => {
    if (!v) return false;
    const level = ctx.level(v, "nosql");
    if (level === Level.SOURCE) return true;
    // `grouped(field) { ... '$' + field ... }` called as `svc.grouped(req.query.by)`: what the callers pass.
    const id = v.type === "identifier" || v.type === "shorthand_property_identifier" ? v : undefined;
    return (
      level === Level.PARAM &&
      !!id &&
      ctx.argsAtCallers(id).some((a) => ctx.level(a, "nosql") === Level.SOURCE)
    );
  };
  const stack: SyntaxNode[] = [...namedChildren(pipeline)];
  for (let guard = 0; stack.length && guard < 500; guard++) {
    const n = stack.pop()!;
    if (n.type === "pair") {
      const key = (ctx.stringValue(field(n, "key")) ?? ctx.text(field(n, "key") ?? n)).replace(/['"]/g, "");
      const value = field(n, "value") ?? undefined;
      // (`$match` compares with the values as written: a string starting with `$` there is no path)
      if (key === "$match") continue;
      if (COLLECTION_STAGES.test(key)) {
        const names =
          value?.type === "object"
            ? ["from", "coll", "into", "db"].map((k) => member(value, k, ctx))
            : [value];
        if (names.some((x) => x && x.type !== "object" && fromRequest(x)))
          return { at: n, message: `${key} names a collection taken from the request` };
      }
      // `'$' + field`, `` `$${field}` ``: a field path the request spells.
      if (
        value &&
        (value.type === "binary_expression" || value.type === "template_string") &&
        (ctx.leadingText(value) ?? "").startsWith("$") &&
        ctx.isBuiltString(value)
      ) {
        const parts =
          value.type === "template_string"
            ? namedChildren(value)
                .filter((c) => c.type === "template_substitution")
                .map((c) => namedChildren(c)[0])
            : [field(value, "left"), field(value, "right")];
        if (parts.some((x) => x && ctx.stringValue(x) === undefined && fromRequest(x)))
          return { at: n, message: "aggregation field path spelled from request data" };
      }
    }
    stack.push(...namedChildren(n));
  }
  return undefined;
}

export default jsRule({
  meta: {
    id: "JS-NOSQL-001",
    title: "NoSQL query built from request data",
    cwe: ["CWE-943"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags MongoDB/Mongoose filters that are request objects or hold request fields uncast, `$where` clauses that are not literals, and neo4j-driver Cypher text built from request data.",
      why_bad:
        '`{"password": {"$ne": null}}` in a JSON body turns an equality test into an operator that matches every user; `$where` runs JavaScript on the server.',
      example_bad:
        "app.post('/login', async (req, res) => {\n  const u = await User.findOne({ name: req.body.name, password: req.body.password });\n  res.json({ ok: !!u });\n});",
      example_good:
        "app.post('/login', async (req, res) => {\n  const u = await User.findOne({ name: String(req.body.name) });\n  res.json({ ok: !!u && (await bcrypt.compare(String(req.body.password), u.hash)) });\n});",
    },
    fix_hint:
      "Cast request fields to strings (String(x)) or validate them; never pass `$where` built from input.",
  },
  trigger:
    /find|update|delete|where|count|aggregate|remove|exists|distinct|replace|[dD]ynamo[dD][bB]|neo4j|mapReduce|arangojs|elasticsearch|opensearch/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    // neo4j-driver: `session.run(cypher, params)`, `tx.run(...)`, `driver.executeQuery(...)`. Cypher text built
    // from request data is injection as SQL text is; the values belong in the parameters object.
    if (
      node.type === "call_expression" &&
      /^(run|executeQuery)$/.test(ctx.method(node)) &&
      sourceHas(ctx.tree, /['"]neo4j-driver['"]/)
    ) {
      const cypher = ctx.args(node)[0];
      if (cypher && ctx.isBuiltString(cypher) && ctx.level(cypher, "sql") === Level.SOURCE)
        report({ node, message: "Cypher query text built from request data" });
      return;
    }
    // arangojs: `db.query(text)` runs the text as AQL; values belong in `aql` templates or bindVars.
    if (
      node.type === "call_expression" &&
      ctx.method(node) === "query" &&
      sourceHas(ctx.tree, /['"]arangojs['"]/)
    ) {
      const text = ctx.args(node)[0];
      if (text && ctx.isBuiltString(text) && ctx.level(text, "sql") === Level.SOURCE)
        report({ node, message: "AQL query text built from request data" });
      return;
    }
    // Elasticsearch / OpenSearch: a query body the client writes whole, or Lucene syntax from the request.
    if (
      node.type === "call_expression" &&
      /^(search|count|msearch|deleteByQuery|updateByQuery|explain|validateQuery)$/.test(ctx.method(node)) &&
      sourceHas(ctx.tree, /['"](@elastic\/elasticsearch|elasticsearch|@opensearch-project\/opensearch)['"]/)
    ) {
      const why = elasticQueryFromRequest(ctx.args(node)[0], ctx);
      if (why) {
        report({ node, message: why });
        return;
      }
    }
    // AWS SDK v3 `new ScanCommand({ TableName, ScanFilter: body.filter })` and v2 `db.scan({ ... })`: a condition
    // map the client wrote, or an expression string spliced from request data.
    const params = ctx.args(node)[0];
    if (
      params?.type === "object" &&
      (node.type === "new_expression"
        ? DYNAMO_COMMAND.test(ctx.callee(node))
        : DYNAMO_METHODS.test(ctx.method(node))) &&
      sourceHas(ctx.tree, /dynamodb/i)
    ) {
      for (const p of namedChildren(params)) {
        if (p.type !== "pair") continue;
        const key = ctx.text(field(p, "key") ?? p).replace(/['"]/g, "");
        const value = field(p, "value") ?? undefined;
        const conditions = /^(ScanFilter|QueryFilter|KeyConditions|Expected|ExpressionAttributeNames)$/.test(
          key,
        );
        const expression =
          /^(FilterExpression|KeyConditionExpression|ConditionExpression|UpdateExpression|ProjectionExpression|Statement)$/.test(
            key,
          );
        if (
          (conditions && value?.type !== "object" && rawRequestValue(value, ctx)) ||
          (expression && ctx.isBuiltString(value) && ctx.level(value, "nosql") === Level.SOURCE)
        ) {
          // At the parameter (`FilterExpression: ...`): the line a reviewer changes, as an SQL sink's argument is.
          report({ node: p, message: `DynamoDB ${key} comes from the request` });
          return;
        }
      }
    }
    // `new ScanCommand(JSON.parse(event.body))`: the whole command input (table, filter) written by the client.
    if (
      node.type === "new_expression" &&
      params &&
      params.type !== "object" &&
      DYNAMO_COMMAND.test(ctx.callee(node)) &&
      sourceHas(ctx.tree, /dynamodb/i) &&
      rawRequestValue(params, ctx)
    ) {
      report({
        node,
        message: `${ctx.callee(node)} input comes from the request: it picks the table and filter`,
      });
      return;
    }
    if (node.type === "new_expression") return;
    const m = ctx.method(node);
    // (`users['find'](q)`: a member named by a constant string is that method.)
    const fnNode = field(node, "function");
    if (
      fnNode?.type !== "member_expression" &&
      !(fnNode?.type === "subscript_expression" && m !== ctx.text(fnNode))
    )
      return;
    // `io.remove(p)` after `const io = { remove: fs.unlinkSync }`: a name for another module's function is that
    // function, whatever the member is called.
    const q = ctx.callee(node);
    if (/^[\w$]+(\.[\w$]+)+$/.test(q) && !q.endsWith(`.${m}`)) return;
    if (sqlBuilderChain(node, ctx)) return;
    // DynamoDB: the whole request parameters (table, key, filter expression) written by the client.
    if (DYNAMO_METHODS.test(m) && sourceHas(ctx.tree, /dynamodb/i)) {
      if (rawRequestValue(ctx.args(node)[0], ctx))
        report({
          node,
          message: `DynamoDB ${m}() parameters come from the request: it picks the table and filter`,
        });
      return;
    }
    // Mongoose's `Model.$where(js)` / `query.$where(js)`: the string is a `$where` clause the server runs.
    if (m === "$where") {
      const js = ctx.args(node)[0];
      if (
        js &&
        !/^(arrow_function|function_expression|function)$/.test(js.type) &&
        ctx.level(js, "code") >= Level.PARAM
      )
        report({ node, message: "$where clause built from non-literal JavaScript" });
      return;
    }
    // `col.mapReduce(map, reduce, { finalize })`: map, reduce and finalize are JavaScript the server runs (from the
    // request; a driver wrapper hands its caller's functions on).
    if (m === "mapReduce") {
      const opts = ctx.args(node)[2];
      const optsObj = opts && (ctx.resolve(opts) ?? opts);
      const code = [
        ...ctx.args(node).slice(0, 2),
        optsObj?.type === "object" ? ctx.prop(optsObj, "finalize") : undefined,
      ];
      if (
        code.some(
          (c) =>
            c &&
            !/^(arrow_function|function_expression|function)$/.test(c.type) &&
            ctx.level(c, "code") === Level.SOURCE,
        )
      )
        report({ node, message: "mapReduce() runs JavaScript built from non-literal text on the server" });
      return;
    }
    // Mongoose's `Model.where('author').equals(req.query.author)`: the value becomes the path's condition, an
    // operator object included.
    if (m === "equals" && !operatorsStripped(node, ctx)) {
      const recv = field(field(node, "function") ?? node, "object");
      if (
        recv?.type === "call_expression" &&
        ctx.method(recv) === "where" &&
        ctx.stringValue(ctx.args(recv)[0]) !== undefined &&
        rawRequestValue(ctx.args(node)[0], ctx)
      )
        report({
          node,
          message: "where().equals() value is a request field uncast: it may be an operator object",
        });
      return;
    }
    if (!QUERY_METHODS.test(m)) return;
    // `assert.exists(body.key)`, `chai.assert.exists(x)`: an assertion library's check in a test, no query.
    if (/^(chai\.)?assert$/.test(ctx.text(field(field(node, "function") ?? node, "object") ?? node))) return;
    // `this.count(name)` calling the class's own method or arrow field: no driver (its body is judged itself).
    if (field(field(node, "function") ?? node, "object")?.type === "this" && ctx.localFunction(node)) return;
    // `crypto.createHash('md5').update(pw)`, `hmac.update(body)`: a hash or cipher takes bytes, not a filter.
    if (m === "update") {
      const recv = field(field(node, "function") ?? node, "object");
      const made = ctx.resolve(recv);
      if (
        (made?.type === "call_expression" &&
          /(createHash|createHmac|createCipheriv?|createDecipheriv?|createSign|createVerify)$/.test(
            ctx.callee(made),
          )) ||
        /(^|\.)(hash|hmac|cipher|decipher|hasher|md5|sha\d*)$/i.test(ctx.text(recv ?? node))
      )
        return;
      // `job.update(data)` (Bull), `doc.update(changes)`: one argument is the new data of a record already in hand;
      // a driver's update takes its filter first and the change after it.
      if (ctx.args(node).length === 1) return;
    }
    // (`distinct(field, filter)`: the filter comes second when the first is the field's name)
    const filter =
      m === "distinct" && ctx.stringValue(ctx.args(node)[0]) !== undefined
        ? ctx.args(node)[1]
        : ctx.args(node)[0];
    if (!filter) return;
    // The driver's `db.collection('c').updateOne(filter, req.body.update)`: an update document the client writes
    // (`$rename`, `$unset`, `$set` of any field, a replacement document). A Mongoose model's update taking the
    // request body whole is JS-MASS-001's mass assignment.
    if (
      /^(updateOne|updateMany|findOneAndUpdate|findOneAndReplace|replaceOne)$/.test(m) &&
      driverCollection(node, ctx) &&
      !operatorsStripped(node, ctx) &&
      rawRequestValue(ctx.args(node)[1], ctx)
    ) {
      report({ node, message: `${m}() update document is a request object: the client picks the operators` });
      return;
    }
    // Sequelize's `Model.update(values, { where, fields })` / `instance.update(values, { fields })`: the first
    // argument is the new values, not a filter, and Sequelize's operators are Symbols that JSON cannot write.
    const opts = m === "update" ? ctx.args(node)[1] : undefined;
    const optsObj = opts && (ctx.resolve(opts) ?? opts);
    if (
      optsObj?.type === "object" &&
      namedChildren(optsObj).some(
        (p) =>
          p.type === "pair" &&
          /^(where|fields|returning|individualHooks|silent|transaction)$/.test(
            ctx.text(field(p, "key") ?? p),
          ),
      ) &&
      !namedChildren(optsObj).some((p) => /^['"]?\$/.test(ctx.text(field(p, "key") ?? p)))
    )
      return;
    // `aggregate([{ $match: req.body.match }, ...])`: a pipeline stage the client writes.
    // `$function: { body: req.body.fn }`, `$accumulator`, `$where` anywhere in a pipeline: JavaScript the
    // server runs, written by the caller.
    // `const pipeline = [...]; aggregate(pipeline)`: the stages as the local holds them.
    const heldPipeline = filter.type === "identifier" ? ctx.resolve(filter) : undefined;
    const pipeline =
      filter.type === "array" ? filter : heldPipeline?.type === "array" ? heldPipeline : undefined;
    // `find({ $expr: { $function: { body } } })`: the same server-side JavaScript in a query's filter.
    const codeRoot =
      m === "aggregate"
        ? pipeline
        : filter.type === "object" && !/^(update|remove)$/.test(m)
          ? filter
          : undefined;
    if (codeRoot) {
      const stack: SyntaxNode[] = [codeRoot];
      const seen = new Set<SyntaxNode>();
      while (stack.length) {
        const n = stack.pop()!;
        // `const acc = { $accumulator: { init, accumulate } }; aggregate([{ $group: { v: acc } }])`: a stage part
        // held in a local is walked where it is written.
        if (n.type === "identifier") {
          const held = ctx.resolve(n);
          if (held?.type === "object" && !seen.has(held)) {
            seen.add(held);
            stack.push(held);
          }
          continue;
        }
        if (n.type === "pair") {
          const key = (ctx.stringValue(field(n, "key")) ?? ctx.text(field(n, "key") ?? n)).replace(
            /['"]/g,
            "",
          );
          const value = field(n, "value");
          // (a filter's own `$where` is judged with its other clauses below)
          const code =
            key === "$where"
              ? m === "aggregate"
                ? [value]
                : []
              : (key === "$function" || key === "$accumulator") && value?.type === "object"
                ? ["body", "init", "accumulate", "merge", "finalize"].map((k) => member(value, k, ctx))
                : [];
          const bad = code.find(
            (c) =>
              c &&
              !/^(arrow_function|function_expression|function)$/.test(c.type) &&
              ctx.level(c, "code") >= Level.PARAM,
          );
          if (bad) {
            // (at the pair when the call writes it, at the call when a local holds it)
            const inCall = n.start >= node.start && n.end <= node.end;
            report({
              node: inCall ? n : node,
              message: `${key} runs JavaScript built from non-literal text on the server`,
            });
            return;
          }
        }
        stack.push(...namedChildren(n));
      }
    }
    if (m === "aggregate" && pipeline) {
      for (const stage of namedChildren(pipeline)) {
        // `const stage = JSON.parse(req.body.stage); aggregate([{ $match: ... }, stage])`: a whole stage.
        if (stage.type === "identifier" && rawRequestValue(stage, ctx)) {
          report({ node, message: "aggregate() pipeline stage is a request object: operators pass through" });
          return;
        }
        for (const p of stage.type === "object" ? namedChildren(stage) : [])
          if (p.type === "pair" && rawRequestValue(field(p, "value") ?? undefined, ctx)) {
            report({
              node,
              message: "aggregate() pipeline stage is a request object: operators pass through",
            });
            return;
          }
      }
      const named = pipelineNamesFromRequest(pipeline, ctx);
      if (named) report({ node: named.at, message: named.message });
      return;
    }
    const obj = ctx.resolve(filter) ?? filter;
    const stripped = operatorsStripped(node, ctx);
    if (!stripped && rawRequestValue(filter, ctx)) {
      report({
        node,
        message: `${m}() filter is a request object: operators such as $ne or $gt pass through`,
      });
      return;
    }
    if (!stripped && filter.type === "identifier" && obj.type === "object") {
      // `const q = {}; q.title = req.body.title; find(q)`: fields written into the filter before the call.
      const name = ctx.text(filter);
      for (const n of ctx.tree.nodes) {
        if (n.type !== "assignment_expression" || n.order > node.order) continue;
        const left = field(n, "left");
        if (left?.type !== "member_expression" || ctx.text(field(left, "object") ?? left) !== name) continue;
        // The same binding only: another handler's `filter` (its own `const filter = {}`) is another object.
        if (ctx.resolve(field(left, "object"))?.start !== obj.start) continue;
        if (rawRequestValue(field(n, "right"), ctx)) {
          report({
            node,
            message: `${m}() filter holds a request field uncast: it may be an operator object`,
          });
          return;
        }
      }
    }
    // `findOne(criteria())`: the filters a helper of this file builds and returns.
    const branches = (n: SyntaxNode): SyntaxNode[] =>
      n.type === "ternary_expression"
        ? [field(n, "consequence"), field(n, "alternative")].flatMap((b) => (b ? branches(b) : []))
        : n.type === "parenthesized_expression"
          ? namedChildren(n).flatMap(branches)
          : [n];
    // `find(req.filter)` after a middleware's `req.filter = { status: req.query.status }`: the literals it stores.
    const stored =
      obj.type === "member_expression" ? ctx.decoratedValues(obj)?.map((v) => unparen(v) ?? v) : undefined;
    const built =
      obj.type === "object" ? [] : (stored?.flatMap(branches) ?? ctx.returnedBy(obj).flatMap(branches));
    const objs = obj.type === "object" ? [obj] : built.filter((o) => o.type === "object");
    if (!objs.length) return;
    // A clause the helper wrote is reported where it is written.
    const at = (p: SyntaxNode) => (obj.type === "object" || stored ? node : p);
    const fnText = ctx.text(ctx.enclosingFunction(node) ?? node);
    for (const p of objs.flatMap((o) => namedChildren(o))) {
      const key = p.type === "pair" ? ctx.text(field(p, "key") ?? p).replace(/['"]/g, "") : "";
      const value =
        p.type === "pair" ? field(p, "value") : p.type === "shorthand_property_identifier" ? p : undefined;
      // `{ name: { $regex: req.query.q } }`: the client writes the pattern (match-everything, or catastrophic).
      const regex = value?.type === "object" ? ctx.prop(value, "$regex") : undefined;
      // `{ title: new RegExp(req.query.q, 'i') }`: the same pattern, compiled before it is sent.
      const compiled =
        value?.type === "new_expression" && ctx.callee(value) === "RegExp" ? ctx.args(value)[0] : undefined;
      if (compiled && ctx.level(compiled, "regex") === Level.SOURCE) {
        report({ node, message: "RegExp in the filter is compiled from request text unescaped" });
        return;
      }
      if (regex && regex.type !== "regex" && ctx.level(regex, "regex") === Level.SOURCE) {
        report({ node, message: "$regex pattern comes from the request unescaped" });
        return;
      }
      if (key === "$where" && value && ctx.level(value, "code") !== Level.CONST) {
        report({ node: at(p), message: "$where clause built from non-literal JavaScript" });
        return;
      }
      // `if (typeof req.body.id !== 'string') return ...`, `typeof t === 'string' && find({ t })`: a string
      // cannot carry an operator.
      const checked =
        (value?.type === "identifier" ||
          value?.type === "shorthand_property_identifier" ||
          value?.type === "member_expression") &&
        new RegExp(
          `typeof\\s*\\(?\\s*${ctx.text(value).replace(/[.$]/g, "\\$&")}\\s*\\)?\\s*[!=]==?\\s*['"]string`,
        ).test(fnText);
      if (value && key !== "$where" && !checked && !stripped && rawRequestValue(value, ctx)) {
        report({ node, message: `${m}() filter holds a request field uncast: it may be an operator object` });
        return;
      }
    }
  },
  cases: {
    valid: [
      // a queue job's data replaced: no filter
      "app.put('/jobs/:id', async (req, res) => {\n  const job = await queue.getJob(req.params.id);\n  await job.update(req.body);\n  res.sendStatus(200);\n});",
      // Elysia answers 400 to a field that is not the scalar its schema declares.
      "import { Elysia, t } from 'elysia';\nnew Elysia().post('/s', ({ body }) => Post.find({ title: body.title }), { body: t.Object({ title: t.String() }) });",
      "import { Elysia, t } from 'elysia';\nnew Elysia().get('/s', ({ query }) => Post.find({ n: query.n }), { query: t.Object({ n: t.Optional(t.Numeric()) }) });",
      // The class's own arrow field named like a driver method.
      "class Ops {\n  count = (name) => String(name).length;\n  hits(req) {\n    return this.count(req.query);\n  }\n}",
      "const neo4j = require('neo4j-driver');\napp.get('/c', async (req, res) => {\n  const r = await session.run('MATCH (u:User) WHERE u.name = $name RETURN u', { name: String(req.query.name) });\n  res.json(r.records);\n});",
      "app.get('/o', async (req, res) => {\n  const status = typeof req.query.status === 'string' ? req.query.status : null;\n  res.json(await Order.find({ status: status ?? 'open' }));\n});",
      "app.post('/r', async (req, res) => {\n  const token = `${req.body?.token ?? ''}`;\n  res.json(await users.findOne({ resetToken: token }));\n});",
      "app.post('/l', async (req, res) => {\n  const { creds: { user } } = req.body;\n  if (typeof user !== 'string') return res.sendStatus(400);\n  res.json(await users.findOne({ user }));\n});",
      "const { z } = require('zod');\nconst r = t.router({\n  a: t.procedure.input(z.object({ name: z.string(), f: z.object({ a: z.string() }) })).query(({ input }) => Item.find({ name: input.name, f: input.f })),\n});",
      "app.get('/u', async (req, res) => {\n  res.json(await User.$where('this.credits > this.debits').where({ name: String(req.query.n) }));\n});",
      "router.post('/r', async (ctx) => {\n  const { email, token } = ctx.request.body;\n  if (typeof email !== 'string' || typeof token !== 'string') ctx.throw(400);\n  ctx.body = await User.findOne({ email, token });\n});",
      "app.post('/s', async (req, res) => {\n  await col.aggregate([{ $addFields: { s: { $function: { body: 'function (w) { return w * 2; }', args: ['$w'], lang: 'js' } } } }, { $match: { k: String(req.body.k) } }]).toArray();\n});",
      "app.post('/r', async (req, res) => {\n  if (typeof req.body.token !== 'string') return res.sendStatus(400);\n  res.json(await User.findOne({ token: req.body.token }));\n});",
      "app.post('/l', async (req, res) => {\n  const { email } = req.body;\n  await Account.findOne({ email: String(email) });\n});",
      "const AWS = require('aws-sdk');\nconst db = new AWS.DynamoDB.DocumentClient();\nexports.h = async (event) => db.get({ TableName: 't', Key: { id: String(event.pathParameters.id) } }).promise();",
      "app.post('/f', (req, res) => {\n  const t = req.body.t;\n  if (typeof t === 'string') docs.find({ t: t });\n});",
      "app.post('/l', async (req, res) => { await User.findOne({ name: String(req.body.name) }); });",
      "app.post('/a', (req, res) => {\n  const filter = {};\n  filter.owner = req.body.owner;\n  res.json(filter);\n});\napp.post('/b', async (req, res) => {\n  const filter = { owner: String(req.body.owner) };\n  res.json(await docs.find(filter).toArray());\n});",
      "app.post('/e', async (req, res) => {\n  if (typeof req.body.id !== 'string') return res.status(400).end();\n  await Note.updateOne({ _id: req.body.id }, { $set: { text: String(req.body.text) } });\n});",
      "const crypto = require('crypto');\napp.post('/p', (req, res) => { res.send(crypto.createHash('sha256').update(req.body.password).digest('hex')); });",
      // Sequelize: the values to write come first, the options (where, fields) second.
      "app.put('/me', async (req, res) => {\n  const user = await User.findByPk(req.session.userId);\n  await user.update(req.body, { fields: ['displayName'] });\n  res.json(user);\n});",
      "app.put('/u/:id', async (req, res) => {\n  await User.update(req.body, { where: { id: req.params.id }, fields: ['name'] });\n  res.sendStatus(204);\n});",
      "async function f(db) { return db.collection('t').find({ active: true }).toArray(); }",
      "app.get('/s', async (req, res) => res.json(await Product.find({ name: { $regex: _.escapeRegExp(req.query.q) } })));",
      "const { QueryCommand } = require('@aws-sdk/lib-dynamodb');\nexports.h = async (event) => client.send(new QueryCommand({ TableName: 'T', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': String(event.queryStringParameters.pk) } }));",
      "const m = /x/; function g(s) { return s.find((x) => x === 1); }",
      "const mongoose = require('mongoose');\nmongoose.set('sanitizeFilter', true);\napp.post('/l', async (req, res) => res.json(await User.findOne({ name: req.body.name, pin: req.body.pin })));",
      "app.post('/f', async (req, res) => {\n  let name = 'guest';\n  do {\n    if (typeof req.body.name !== 'string') break;\n    name = req.body.name;\n  } while (false);\n  res.json(await users.findOne({ name }));\n});",
      "app.post('/f', async (req, res) => {\n  let name = req.body.name;\n  name = String(name);\n  res.json(await users.findOne({ name }));\n});",
      "export async function POST(req) {\n  const body = await req.json();\n  return Response.json(await User.findOne({ email: String(body.email) }));\n}",
      "export async function POST(req) {\n  const form = await req.formData();\n  return Response.json(await User.findOne({ email: form.get('email') }));\n}",
      "const mongoSanitize = require('express-mongo-sanitize');\napp.use(mongoSanitize());\napp.post('/l', async (req, res) => res.json(await db.collection('u').findOne({ name: req.body.name })));",
      "const mongoose = require('mongoose');\nmongoose.connect(url, { sanitizeFilter: true });\nconst User = mongoose.model('User');\napp.post('/l', async (req, res) => res.json(await User.findOne({ name: req.body.name })));",
      "const { User } = require('./models');\napp.post('/c', async (req, res) => res.json(await User.countDocuments({ tag: req.body.tag }).setOptions({ sanitizeFilter: true })));",
      "app.get('/p', async (req, res) => res.json(await Post.where('author').equals(String(req.query.author))));",
      "app.get('/p', async (req, res) => res.json(await Post.find({ title: new RegExp(_.escapeRegExp(req.query.q), 'i') })));",
      "app.get('/m', async (req, res) => res.json(await orders.mapReduce(function () { emit(this.c, this.t); }, 'function (k, v) { return Array.sum(v); }', { out: { inline: 1 } })));",
      "const { Database, aql } = require('arangojs');\nconst db = new Database();\napp.get('/u', async (req, res) => res.json(await (await db.query(aql`FOR u IN users FILTER u.email == ${req.query.email} RETURN u`)).all()));",
      "function mr(col, map, reduce) { return col.mapReduce(map, reduce, { out: { inline: 1 } }); }",
      "app.post('/d', async (req, res) => res.json(await db.collection('u').distinct('name', { role: String(req.body.role) })));",
    ],
    invalid: [
      "import { Elysia, t } from 'elysia';\nnew Elysia().post('/s', ({ body }) => Post.find({ title: body.title }), { body: t.Object({ title: t.Any() }) });",
      "import { Elysia } from 'elysia';\nnew Elysia().delete('/s', ({ body }) => Post.deleteMany(body));",
      "import { defineEventHandler, readBody } from 'h3';\nexport default defineEventHandler(async (event) => {\n  const { username, password } = await readBody(event);\n  return users.findOne({ username, password });\n});",
      "const neo4j = require('neo4j-driver');\napp.get('/c', async (req, res) => {\n  const r = await session.run(`MATCH (u:User) WHERE u.name = '${req.query.name}' RETURN u`);\n  res.json(r.records);\n});",
      // (Mongoose's update(filter, doc): the first argument is the filter.)
      "app.post('/n', async (req, res) => {\n  await Note.update({ owner: req.body.owner }, { $set: { seen: true } });\n  res.end();\n});",
      "app.post('/r', async (req, res) => {\n  const token = req.body?.token ?? '';\n  res.json(await users.findOne({ resetToken: token }));\n});",
      "app.post('/r', async (req, res) => {\n  const token = req.body.token || null;\n  res.json(await users.findOne({ resetToken: token }));\n});",
      "app.post('/l', async (req, res) => {\n  const { creds: { user } } = req.body;\n  res.json(await users.findOne({ user }));\n});",
      "app.post('/f', async (req, res) => {\n  let name = 'guest';\n  if (req.body.name) name = req.body.name;\n  res.json(await users.findOne({ name }));\n});",
      "const { z } = require('zod');\nconst r = t.router({\n  a: t.procedure.input(z.any()).mutation(({ input }) => User.findOne({ name: input.name, pw: input.pw })),\n});",
      "const { z } = require('zod');\nconst r = t.router({\n  a: t.procedure.input(z.object({ q: z.record(z.string(), z.unknown()) })).query((opts) => Item.find(opts.input.q)),\n});",
      "export async function POST(req) {\n  const body = await req.json();\n  return Response.json(await User.findOne({ email: body.email, password: body.password }));\n}",
      "export async function POST(req) {\n  const { email, pin } = await req.json();\n  return Response.json(await User.findOne({ email, pin }));\n}",
      "app.post('/d', async (c) => {\n  await Note.deleteMany(await c.req.json());\n  return c.text('ok');\n});",
      "app.get('/u', async (req, res) => {\n  res.json(await User.$where('this.name === \"' + req.query.n + '\"'));\n});",
      "app.post('/f', async (req, res) => {\n  res.json(await users.findOne(Object.fromEntries(Object.entries(req.body))));\n});",
      "app.post('/f', async (req, res) => {\n  const copy = structuredClone(req.body);\n  res.json(await users.findOne({ email: copy.email }));\n});",
      "class S {\n  list(filter) {\n    return this.articles.find(filter);\n  }\n}\napp.get('/a', async (req, res) => res.json(await svc.list(req.query)));",
      "app.post('/l', async (req, res) => {\n  const u = await User.findOne({ ...req.body, active: true });\n});",
      "app.get('/p', async (req, res) => {\n  const filter = Object.assign({}, req.query);\n  res.json(await Product.find(filter));\n});",
      "app.post('/l', async (req, res) => {\n  const { email, pin } = req.body;\n  await Account.findOne({ email, pin });\n});",
      "const { ScanCommand } = require('@aws-sdk/client-dynamodb');\nexports.h = async (event) => client.send(new ScanCommand(JSON.parse(event.body)));",
      "const AWS = require('aws-sdk');\nconst db = new AWS.DynamoDB.DocumentClient();\nexports.h = async (event) => db.query(event.queryStringParameters).promise();",
      "const Order = require('./order');\napp.post('/r', async (req, res) => res.json(await Order.aggregate([{ $match: req.body.match }])));",
      "const AWS = require('aws-sdk');\nconst db = new AWS.DynamoDB.DocumentClient();\nexports.h = async (event) => db.scan(JSON.parse(event.body)).promise();",
      "app.post('/f', (req, res) => {\n  const q = {};\n  q.title = req.body.title;\n  docs.find(q);\n});",
      {
        code: "app.post('/l', async (req, res) => {\n  const u = await User.findOne({ name: req.body.name, pw: req.body.pw });\n});",
        line: 2,
      },
      "app.get('/p', async (req, res) => { res.json(await db.collection('p').find(req.query).toArray()); });",
      "app.post('/e', async (req, res) => {\n  if (req.body.id.$ne !== undefined) return res.status(400).end();\n  await Note.updateOne({ _id: req.body.id }, { $set: { text: 'x' } });\n});",
      "app.get('/s', async (req, res) => res.json(await Product.find({ name: { $regex: req.query.q, $options: 'i' } })));",
      "const { ScanCommand } = require('@aws-sdk/client-dynamodb');\nexports.h = async (event) => {\n  const body = JSON.parse(event.body);\n  return client.send(new ScanCommand({ TableName: 'T', ScanFilter: body.filter }));\n};",
      "const { QueryCommand } = require('@aws-sdk/lib-dynamodb');\nexports.h = async (event) => client.send(new QueryCommand({ TableName: 'T', KeyConditionExpression: 'pk = ' + event.queryStringParameters.pk }));",
      {
        code: "const { ScanCommand } = require('@aws-sdk/lib-dynamodb');\nexports.h = async (event) => client.send(\n  new ScanCommand({\n    TableName: 'T',\n    FilterExpression: event.queryStringParameters.f + ' = :v',\n  }),\n);",
        line: 5,
      },
      "function f(db, who) { return db.collection('p').find({ $where: 'this.a == \"' + who + '\"' }); }",
      "function f(col, t) {\n  function criteria() {\n    return t ? { $where: `this.v > '${t}'` } : { v: 1 };\n  }\n  return col.findOne(criteria());\n}",
      "function f(col, t) {\n  const crit = () => ({ $where: 'this.v > ' + t });\n  return col.find(crit());\n}",
      "app.post('/s', async (req, res) => {\n  await col.aggregate([{ $addFields: { s: { $function: { body: req.body.fn, args: ['$w'], lang: 'js' } } } }]).toArray();\n});",
      "const mongoose = require('mongoose');\nmongoose.set('sanitizeFilter', true);\napp.post('/l', async (req, res) => res.json(await mongoose.connection.db.collection('u').findOne({ name: req.body.name })));",
      "const mongoose = require('mongoose');\nmongoose.set('sanitizeFilter', true);\nconst users = client.db('app').collection('u');\napp.post('/l', async (req, res) => res.json(await users.findOne({ name: req.body.name })));",
      "const { User } = require('./models');\napp.post('/a', async (req, res) => res.json(await User.findOne({ name: req.body.name })));\napp.post('/b', async (req, res) => res.json(await User.countDocuments({ tag: req.body.tag }).setOptions({ sanitizeFilter: true })));",
      "const mongoose = require('mongoose');\nconst { User } = require('./models');\napp.post('/a', async (req, res) => res.json(await User.findOne({ name: req.body.name })));\napp.post('/b', async (req, res) => {\n  mongoose.set('sanitizeFilter', true);\n  res.json(await User.countDocuments({ tag: req.body.tag }));\n});",
      "app.get('/p', async (req, res) => res.json(await Post.where('author').equals(req.query.author)));",
      "app.get('/p', async (req, res) => res.json(await Post.find({ title: new RegExp(req.query.q, 'i') })));",
      "app.post('/m', async (req, res) => res.json(await orders.mapReduce(req.body.map, 'function (k, v) { return Array.sum(v); }', { out: { inline: 1 } })));",
      "app.post('/s', async (req, res) => {\n  const { init, accumulate } = req.body;\n  const acc = { $accumulator: { init, accumulate, accumulateArgs: ['$t'], merge: 'function (a, b) { return a + b; }', lang: 'js' } };\n  res.json(await orders.aggregate([{ $group: { _id: '$c', v: acc } }]).toArray());\n});",
      "const { Database } = require('arangojs');\nconst db = new Database();\napp.get('/u', async (req, res) => res.json(await (await db.query(`FOR u IN users FILTER u.email == '${req.query.email}' RETURN u`)).all()));",
      "app.post('/d', async (req, res) => res.json(await db.collection('u').distinct('name', req.body.filter)));",
    ],
  },
});
