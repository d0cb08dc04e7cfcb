import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** A password field or variable: `password`, `passwd`, `pwd`, `userPassword`, `new_password` (not `passwordHash`). */
const PASSWORD = /^(?:[a-z]+_?)?(?:password|passwd|pwd)$|^pass$/i;
/** Any sign the function hashes or encrypts before it stores. */
const HASHING = /hash|bcrypt|argon2|scrypt|pbkdf2|crypt\(|encrypt|digest|hmac|cipher/i;
/** SQL text writing a password column. */
const SQL_WRITE = /^\s*(insert\s+into|update|replace\s+into)\b[\s\S]*\b(password|passwd|pwd)\b/i;
/** Raw driver writes: MongoDB collections and knex query builders (no model hook can hash on the way). */
const DOC_WRITE = /^(insert|insertOne|insertMany|replaceOne|updateOne|updateMany|findOneAndUpdate|update)$/;

/** The function's own code without comments (a commented-out fix hashes nothing). */
function codeOf(fn: SyntaxNode | undefined, ctx: JsContext): string {
  return fn
    ? ctx
        .text(fn)
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1")
    : "";
}

/**
 * The value is the password as the caller or the request gave it: a name, a property or a request field called
 * password, holding a parameter's or the request's value.
 */
function rawPassword(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!n) return false;
  const name =
    n.type === "identifier" || n.type === "shorthand_property_identifier"
      ? ctx.text(n)
      : n.type === "member_expression"
        ? ctx.text(field(n, "property") ?? n)
        : undefined;
  if (!name || !PASSWORD.test(name)) return false;
  return ctx.level(n, "code") >= Level.PARAM;
}

/** The object literal written (the argument itself or the name bound to one), with `$set: {...}` looked into. */
function writtenObjects(arg: SyntaxNode | undefined, ctx: JsContext): SyntaxNode[] {
  if (!arg) return [];
  const obj = arg.type === "identifier" ? ctx.resolve(arg) : arg;
  if (obj?.type !== "object") return [];
  const set = ctx.prop(obj, "$set");
  return set?.type === "object" ? [obj, set] : [obj];
}

/** The receiver is a raw MongoDB collection (`db.collection('users')`, inline or by name) or a knex builder. */
function rawStore(call: SyntaxNode, ctx: JsContext): boolean {
  const fn = field(call, "function");
  const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
  if (!recv) return false;
  const r = recv.type === "identifier" ? (ctx.resolve(recv) ?? recv) : recv;
  if (r.type === "call_expression" && ctx.method(r) === "collection") return true;
  // `knex('users').insert(...)`, `db('users').insert(...)` in a file using knex.
  if (
    r.type === "call_expression" &&
    field(r, "function")?.type === "identifier" &&
    ctx.args(r)[0]?.type === "string" &&
    sourceHas(ctx.tree, /['"]knex['"]/)
  )
    return true;
  return false;
}

/** A raw password among an object literal's properties (`{ password }`, `{ pwd: req.body.pwd }`). */
function passwordPair(o: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  for (const pair of namedChildren(o)) {
    if (pair.type === "shorthand_property_identifier" && PASSWORD.test(ctx.text(pair))) {
      if (ctx.level(pair, "code") >= Level.PARAM) return pair;
    } else if (pair.type === "pair") {
      const key = field(pair, "key");
      const k = key && (ctx.stringValue(key) ?? ctx.text(key));
      if (k && PASSWORD.test(k) && rawPassword(field(pair, "value"), ctx)) return pair;
    }
  }
  return undefined;
}

/** fs.writeFile / appendFile (callback, Sync and promise forms): the data is stored as written. */
const FILE_WRITE = /^(writeFile|writeFileSync|appendFile|appendFileSync)$/;

/**
 * The object literals a file write's data holds: the literal itself, one serialised in place
 * (`JSON.stringify({ user, password }) + '\n'`), or one bound to a name first.
 */
function fileRecords(data: SyntaxNode | undefined, ctx: JsContext): SyntaxNode[] {
  if (!data) return [];
  const top = data.type === "identifier" ? (ctx.resolve(data) ?? data) : data;
  const out: SyntaxNode[] = [];
  for (const d of ctx.tree.nodes) {
    if (d.start < top.start || d.end > top.end) continue;
    if (d.type === "object") out.push(d);
    else if (d.type === "identifier" && d.parent?.type === "arguments" && d !== top) {
      const r = ctx.resolve(d);
      if (r?.type === "object") out.push(r);
    }
  }
  return out;
}

export default jsRule({
  meta: {
    id: "JS-PWSTORE-001",
    title: "Password stored as given, without hashing",
    cwe: ["CWE-256", "CWE-522", "CWE-312"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a raw password (a parameter or request field named password, passwd or pwd) written by a raw MongoDB collection insert/update (`db.collection('users').insertOne({ password })`), a knex insert/update, an fs.writeFile/appendFile of a record holding it (`JSON.stringify({ user, password })`), or an SQL INSERT/UPDATE of a password column whose parameters hold it, in a function that hashes nothing. Models (mongoose, Sequelize) are left alone: their hooks may hash on save.",
      why_bad:
        "Whoever reads the database, a backup or a replica holds every user's password, which users reuse elsewhere (CWE-256).",
      example_bad:
        "app.post('/signup', async (req, res) => {\n  const { email, password } = req.body;\n  await db.collection('users').insertOne({ email, password });\n});",
      example_good:
        "const bcrypt = require('bcrypt');\napp.post('/signup', async (req, res) => {\n  const { email, password } = req.body;\n  await db.collection('users').insertOne({ email, password: await bcrypt.hash(password, 12) });\n});",
    },
    fix_hint:
      "Store only a salted slow hash (bcrypt, argon2, scrypt, PBKDF2) and compare with its verify function.",
  },
  trigger: /password|passwd|pwd/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const args = ctx.args(node);
    let hit: SyntaxNode | undefined;
    if (DOC_WRITE.test(m) && rawStore(node, ctx)) {
      // insert(doc) / insertMany([doc]) / updateOne(filter, { $set: doc }).
      const docs = /^(insert|insertOne|insertMany)$/.test(m) ? args.slice(0, 1) : args.slice(1, 2);
      const objs = docs.flatMap((d) =>
        d.type === "array" ? namedChildren(d).flatMap((x) => writtenObjects(x, ctx)) : writtenObjects(d, ctx),
      );
      for (const o of objs) hit = passwordPair(o, ctx) ?? hit;
    } else if (
      FILE_WRITE.test(m) &&
      /^(fs|fsp|fse|fs-extra|fs\.promises|fs\/promises|promises)\.|^(writeFile|writeFileSync|appendFile|appendFileSync)$/.test(
        ctx.callee(node),
      )
    ) {
      // `fs.appendFileSync('users.jsonl', JSON.stringify({ username, password }) + '\n')`: a credentials file.
      hit = fileRecords(args[1], ctx)
        .map((o) => passwordPair(o, ctx))
        .find((p) => p);
    } else if (/^(query|execute|run|none|one|any|many|oneOrNone)$/.test(m) && args.length >= 2) {
      // `pool.query('INSERT INTO users (email, password) VALUES ($1, $2)', [email, password])`.
      const sql = ctx.stringValue(args[0]) ?? ctx.stringValue(ctx.resolve(args[0]));
      const params = args[1]!.type === "identifier" ? ctx.resolve(args[1]!) : args[1];
      if (sql && SQL_WRITE.test(sql) && params?.type === "array")
        hit = namedChildren(params).find((p) => rawPassword(p, ctx));
    }
    // `res.cookie('password', pw)`: a "remember me" cookie holding the password itself, readable on the client and
    // sent with every request.
    let cookie = false;
    if (
      !hit &&
      m === "cookie" &&
      /^(res|response|reply)\.cookie$/.test(ctx.callee(node)) &&
      args[1] &&
      (rawPassword(args[1], ctx) ||
        (/pass(word|wd)|pwd/i.test(ctx.stringValue(args[0]) ?? "") &&
          ctx.level(args[1], "code") >= Level.PARAM))
    ) {
      hit = args[1];
      cookie = true;
    }
    if (!hit) return;
    if (HASHING.test(codeOf(ctx.enclosingFunction(node), ctx))) return;
    report({
      node,
      message: cookie
        ? "password stored in a cookie as given"
        : FILE_WRITE.test(m)
          ? "password written to a file as given (no hash)"
          : "password written to the database as given (no hash)",
    });
  },
  cases: {
    valid: [
      "app.post('/remember', (req, res) => { res.cookie('remember_user', req.body.username, { httpOnly: true }); });",
      "app.post('/login', (req, res) => { res.cookie('session', createSession(req.body.username, req.body.password)); });",
      "const bcrypt = require('bcrypt');\nasync function add(db, name, password) {\n  await db.collection('users').insertOne({ name, password: await bcrypt.hash(password, 12) });\n}",
      "const User = require('./models/user');\napp.post('/u', async (req, res) => { await User.create({ email: req.body.email, password: req.body.password }); });",
      "async function seed(db) { await db.collection('users').insertOne({ name: 'demo', password: 'x' }); }",
      "async function add(pool, email, hash) {\n  await pool.query('INSERT INTO users (email, password) VALUES ($1, $2)', [email, hash]);\n}",
      "const fs = require('fs');\napp.post('/s', async (req, res) => {\n  const hash = await bcrypt.hash(req.body.password, 12);\n  fs.appendFileSync('users.jsonl', JSON.stringify({ user: req.body.user, hash }) + '\\n');\n});",
      "const fs = require('fs');\nfunction saveConfig(cfg) { fs.writeFileSync('app.json', JSON.stringify({ password: 'changeme' })); }",
      "app.post('/p', async (req, res) => {\n  const passwordHash = await argon2.hash(req.body.password);\n  await db.collection('users').updateOne({ _id: id }, { $set: { password: passwordHash } });\n});",
    ],
    invalid: [
      "app.get('/remember-password', (req, res) => {\n  const pw = req.query.current_password;\n  res.cookie('password', pw);\n});",
      "app.post('/login', (req, res) => { res.cookie('remember', req.body.password, { httpOnly: true }); });",
      "function add(db, name, password, cb) {\n  const users = db.collection('users');\n  const user = { name: name, password: password };\n  users.insert(user, cb);\n}",
      "app.post('/signup', async (req, res) => {\n  const { email, password } = req.body;\n  await db.collection('users').insertOne({ email, password });\n});",
      "const knex = require('knex')({ client: 'pg' });\napp.post('/s', async (req, res) => { await knex('users').insert({ email: req.body.email, password: req.body.password }); });",
      "app.post('/r', async (req, res) => {\n  await pool.query('INSERT INTO accounts (login, pwd) VALUES (?, ?)', [req.body.login, req.body.pwd]);\n});",
      "app.post('/c', async (req, res) => {\n  await db.collection('users').updateOne({ _id: req.user.id }, { $set: { password: req.body.newPassword } });\n});",
      "const fs = require('fs');\napp.post('/s', (req, res) => {\n  const { username, password } = req.body;\n  fs.appendFileSync('users.jsonl', JSON.stringify({ username, password }) + '\\n');\n});",
      "const fs = require('fs/promises');\nasync function save(user, password) {\n  const rec = { user, password };\n  await fs.writeFile('creds.json', JSON.stringify(rec));\n}",
    ],
  },
});
