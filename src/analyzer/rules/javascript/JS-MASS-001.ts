import type { JsContext } from "../../dataflow/javascript.js";
import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * `const { password, ...rest } = req.body`: `rest` (declared in the function around `n`) holds every field of the
 * request object but the ones named, i.e. every field the client chose to send.
 */
function restOfRequest(n: SyntaxNode, ctx: JsContext): boolean {
  if (n.type !== "identifier") return false;
  const name = ctx.text(n);
  const fn = ctx.enclosingFunction(n);
  for (const r of ctx.tree.nodes) {
    if (r.type !== "rest_pattern" || (fn && (r.start < fn.start || r.end > fn.end))) continue;
    if (ctx.text(namedChildren(r)[0] ?? r) !== name) continue;
    const pat = r.parent;
    const decl = pat?.parent;
    if (
      pat?.type === "object_pattern" &&
      decl?.type === "variable_declarator" &&
      field(decl, "name")?.start === pat.start
    )
      return wholeRequestObject(field(decl, "value") ?? undefined, ctx);
  }
  return false;
}

/** The whole parsed body or query of a request (not one field of it), directly or through one binding. */
function wholeRequestObject(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!n) return false;
  if (restOfRequest(n, ctx)) return true;
  const r = n.type === "identifier" ? (ctx.resolve(n) ?? n) : n;
  if (r.type === "object")
    return namedChildren(r).some(
      (c) =>
        (c.type === "spread_element" && wholeRequestObject(namedChildren(c)[0], ctx)) ||
        // MongoDB update operators: `{ $set: req.body }` writes every field the client sent.
        (c.type === "pair" &&
          /^['"]?\$(set|setOnInsert)['"]?$/.test(ctx.text(field(c, "key") ?? c)) &&
          wholeRequestObject(field(c, "value"), ctx)),
    );
  return (
    /^(req|request|ctx\.request|ctx)\.(body|query)$/.test(ctx.qname(r).replace(/\s+/g, "")) ||
    wholeParsedBody(r, ctx)
  );
}

/**
 * The whole body of a fetch-style request as parsed (Deno, Bun, Workers, Hono, Next route handlers, Lambda):
 * `await req.json()`, `await c.req.parseBody()`, `Object.fromEntries(await req.formData())` or of a server
 * action's FormData, `JSON.parse(event.body)`. Request data by the data flow, not by the names.
 */
function wholeParsedBody(n: SyntaxNode, ctx: JsContext): boolean {
  let v: SyntaxNode | undefined = n;
  while (v && /^(await_expression|as_expression|parenthesized_expression|non_null_expression)$/.test(v.type))
    v = namedChildren(v)[0];
  if (v?.type !== "call_expression") return false;
  const q = ctx.callee(v);
  const a0 = ctx.args(v)[0];
  if (/^(json|parseBody|formData)$/.test(ctx.method(v)) && !a0) return ctx.level(v, "nosql") === Level.SOURCE;
  if (q === "JSON.parse" && a0)
    return /\.body\b/.test(ctx.text(a0)) && ctx.level(a0, "nosql") === Level.SOURCE;
  if (q === "Object.fromEntries" && a0) {
    const src = a0.type === "identifier" ? (ctx.resolve(a0) ?? a0) : a0;
    return /formData|FormData/.test(ctx.text(src) + ctx.text(a0)) && ctx.level(a0, "nosql") === Level.SOURCE;
  }
  return false;
}

/** A record loaded through a model finder (`await User.findByPk(id)`, `Model.findOne({...})`), through one binding. */
function loadedRecord(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (n?.type !== "identifier") return false;
  let r = ctx.resolve(n);
  if (r?.type === "await_expression") r = namedChildren(r)[0];
  if (r?.type !== "call_expression") return false;
  const fn = ctx.text(field(r, "function") ?? r);
  return /^(this\.)?[A-Z]\w*\.(findByPk|findById|findOne|findOneBy|findOneOrFail|findOrCreate|findUnique|findFirst)$|^(this\.)?\w*(repo|repository|Repository|model|Model)\.(findOne|findOneBy|findOneOrFail|findById)$/.test(
    fn.replace(/\s+/g, ""),
  );
}

export default jsRule({
  meta: {
    id: "JS-MASS-001",
    title: "Request body copied whole onto a stored record",
    cwe: ["CWE-915"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Object.assign / _.merge / _.extend onto an existing object, Mongoose/Sequelize/TypeORM create, update, insert, set, Prisma `data`, and new Model() whose data is the whole request body or query (or a spread of it).",
      why_bad:
        "The client can write fields the form never offered (role, isAdmin, balance, ownerId): mass assignment.",
      example_bad:
        "app.post('/me', async (req, res) => {\n  const u = await User.findById(req.user.id);\n  Object.assign(u, req.body);\n  await u.save();\n});",
      example_good:
        "app.post('/me', async (req, res) => {\n  const u = await User.findById(req.user.id);\n  u.displayName = String(req.body.displayName);\n  await u.save();\n});",
    },
    fix_hint: "Copy an allow-list of fields (pick the ones the form may set) instead of the whole body.",
  },
  trigger: /body|query|\.json\(|formData|parseBody/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    const args = ctx.args(node);
    // The name as written (`User.create`), not the module a require alias points to.
    const written = ctx.text(field(node, "function") ?? field(node, "constructor") ?? node);
    let data: SyntaxNode | undefined;
    if (
      /^(Object\.assign|_\.(assign|merge|extend|assignIn|defaults)|lodash\.(assign|merge|extend))$/.test(q)
    ) {
      // Copying into a fresh literal (`Object.assign({}, req.body)`) writes no stored record.
      if (!args[0] || args[0].type === "object") return;
      data = args.slice(1).find((a) => wholeRequestObject(a, ctx));
    } else if (
      node.type === "call_expression" &&
      /^(create|insert|insertOne|insertMany|bulkCreate|build|upsert|update|updateOne|updateMany|findByIdAndUpdate|findOneAndUpdate|set|save)$/.test(
        m,
      ) &&
      /^[A-Z]\w*$|^(this\.)?\w*(model|repo|repository|Model|Repository)$|\.(create|insert)$/.test(
        written.replace(/\.\w+$/, ""),
      )
    )
      // `User.create(req.body)`, `User.update(req.body, { where })`, `User.findByIdAndUpdate(id, req.body)`,
      // TypeORM's `repo.update(id, req.body)` (criteria first, then the partial entity).
      data =
        /^(findByIdAndUpdate|findOneAndUpdate|updateOne|updateMany)$/.test(m) ||
        (m === "update" &&
          /(repo|repository|Repository)$/.test(written.replace(/\.\w+$/, "")) &&
          args.length === 2)
          ? args[1]
          : args[0];
    else if (
      node.type === "call_expression" &&
      /^(create|update|upsert|createMany|updateMany)$/.test(m) &&
      /^(this\.)?\w*prisma\.\w+$/i.test(written.replace(/\.\w+$/, "").replace(/\s+/g, "")) &&
      args[0]?.type === "object"
    )
      // Prisma: `prisma.user.update({ where, data: req.body })`, upsert's `create` / `update` parts.
      data = ["data", "create", "update"]
        .map((k) => ctx.prop(args[0]!, k))
        .find((v) => wholeRequestObject(v, ctx));
    else if (
      node.type === "call_expression" &&
      /^(update|set)$/.test(m) &&
      loadedRecord(field(field(node, "function") ?? node, "object"), ctx)
    )
      // `const user = await User.findByPk(id); await user.update(req.body)`: an instance loaded from a model.
      data = args[0];
    else if (node.type === "new_expression" && /^[A-Z]\w*$/.test(written) && args.length === 1)
      data = args[0];
    else if (
      node.type === "call_expression" &&
      /^(set|values)$/.test(m) &&
      /^(update|insert)$/.test(ctx.method(field(field(node, "function") ?? node, "object") ?? node) ?? "")
    )
      // Drizzle: `db.update(users).set(data)`, `db.insert(users).values(data)`.
      data = args[0];
    if (!data || !wholeRequestObject(data, ctx)) return;
    // Sequelize's `fields` option allow-lists the attributes the call may write.
    const opts = args[args.indexOf(data) + 1];
    if (opts?.type === "object" && ctx.prop(opts, "fields")) return;
    // Model calls only where the file works with an ORM or its models.
    if (
      !/^(Object|_|lodash)\./.test(q) &&
      !sourceHas(
        ctx.tree,
        /mongoose|sequelize|typeorm|getRepository|prisma|objection|bookshelf|waterline|drizzle|models?\b|Model\b/i,
      )
    )
      return;
    report({ node, message: "the whole request body is written onto a record: clients can set any field" });
  },
  cases: {
    valid: [
      "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\napp.post('/signup', async (req, res) => {\n  const { password, ...rest } = req.body;\n  const passwordHash = await bcrypt.hash(password, 12);\n  res.json(await prisma.user.create({ data: { email: rest.email, name: rest.name, passwordHash } }));\n});",
      "const mongoose = require('mongoose');\napp.post('/n', async (req, res) => {\n  const { ...opts } = { sort: 'asc' };\n  res.json(await Note.create({ ...opts, text: String(req.body.text) }));\n});",
      "const { User } = require('./models');\napp.put('/u/:id', async (req, res) => {\n  await User.update(req.body, { where: { id: req.params.id }, fields: ['name'] });\n});",
      "app.post('/s', (req, res) => res.json(Object.assign({}, req.body, { at: Date.now() })));",
      "app.post('/u', async (req, res) => res.json(await User.create({ name: String(req.body.name) })));",
      "app.get('/f', async (req, res) => res.json(await User.findOne({ name: String(req.query.name) })));",
      "app.post('/p', (req, res) => res.json(new URLSearchParams(req.body).toString()));",
      "const { User } = require('./models');\napp.put('/me', async (req, res) => {\n  const u = await User.findByPk(req.user.id);\n  await u.update(req.body, { fields: ['displayName'] });\n});",
      "import { prisma } from '@/lib/prisma';\nexport async function PATCH(req: Request) {\n  const body = await req.json();\n  return Response.json(await prisma.user.update({ where: { id: 1 }, data: { name: body.name } }));\n}",
      "import { eq } from 'drizzle-orm';\nconst defaults = JSON.parse(fs.readFileSync('defaults.json', 'utf8'));\nawait db.update(settings).set(defaults).where(eq(settings.id, 1));",
    ],
    invalid: [
      "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\napp.post('/signup', async (req, res) => {\n  const { password, ...rest } = req.body;\n  const passwordHash = await bcrypt.hash(password, 12);\n  res.json(await prisma.user.create({ data: { ...rest, passwordHash } }));\n});",
      "const User = require('./models/user');\napp.post('/u', async (req, res) => res.json(await User.create(req.body)));",
      "app.post('/u', async (req, res) => {\n  const u = await User.findById(req.user.id);\n  Object.assign(u, req.body);\n});",
      "const mongoose = require('mongoose');\napp.put('/u/:id', async (req, res) => res.json(await User.findByIdAndUpdate(req.params.id, { ...req.body })));",
      "const User = require('../models/User');\napp.post('/u', async (req, res) => res.json(await new User(req.body).save()));",
      "const { User } = require('./models');\napp.put('/me', async (req, res) => {\n  const u = await User.findByPk(req.user.id);\n  await u.update(req.body);\n});",
      "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\napp.put('/u/:id', async (req, res) => res.json(await prisma.user.update({ where: { id: +req.params.id }, data: req.body })));",
      "const repo = AppDataSource.getRepository(Profile);\napp.put('/p/:id', async (req, res) => res.json(await repo.update(req.params.id, req.body)));",
      "const Account = require('./models/account');\napp.patch('/a/:id', async (req, res) => res.json(await Account.updateOne({ _id: req.params.id }, { $set: req.body })));",
      "import { prisma } from '@/lib/prisma';\nexport async function PATCH(req: Request) {\n  const body = await req.json();\n  return Response.json(await prisma.user.update({ where: { id: 1 }, data: body }));\n}",
      "import { eq } from 'drizzle-orm';\napp.put('/u/:id', async (c) => {\n  await db.update(users).set(await c.req.json()).where(eq(users.id, c.req.param('id')));\n  return c.body(null, 204);\n});",
      "const User = require('./models/user');\nexports.handler = async (event) => {\n  await User.findByIdAndUpdate(event.pathParameters.id, JSON.parse(event.body));\n  return { statusCode: 204 };\n};",
    ],
  },
});
