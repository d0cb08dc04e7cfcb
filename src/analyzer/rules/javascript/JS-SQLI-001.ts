import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { inTestScript } from "./JS-CRED-001.js";

/** A leading literal that starts a SQL statement or clause. */
const SQL_START =
  /^\s*(select\s[\s\S]*\bfrom\b|insert\s+into\b|update\s+\S+\s+set\b|delete\s+from\b|replace\s+into\b|merge\s+into\b)/i;
const SQL_METHOD =
  /^(query|execute|exec|get|all|run|each|prepare|raw|queryRaw|\$queryRawUnsafe|\$executeRawUnsafe|sequelizeQuery|batch|executeSql|querySync|rawQuery|whereRaw|orWhereRaw|havingRaw|orderByRaw|joinRaw|unsafe)$/;
/**
 * Statements that name no table or clause keyword of the list above but still run as SQL when a query method is
 * handed them: session settings (`SET search_path TO ${tenant}`), SHOW, TRUNCATE, stored-procedure CALLs.
 */
const SQL_OTHER =
  /^\W*(set\s+(session\s+|local\s+)?[\w.@]+\s*(to\b|=)|show\s+\w|truncate\s+(table\s+)?["`\w]|call\s+[\w.]+\s*\()/i;
/** A command line's first word: a program no SQL statement starts with. */
const CLI_PROGRAM =
  /^\s*(git|npm|npx|yarn|pnpm|docker|kubectl|helm|curl|wget|node|sh|bash|make|gh|hg|svn|rm|cp|mv|mkdir|tar|unzip)\s/;
/** pg-promise's query methods (`db.any(sql)`, `db.oneOrNone(sql)`), recognised where the file uses pg-promise. */
const PGP_METHOD = /^(any|one|many|none|oneOrNone|manyOrNone|result|multi|multiResult|map)$/;

/** tedious's `new Request(sql, callback)`: the statement text that `connection.execSql(request)` runs. */
function tediousRequest(node: SyntaxNode | undefined, ctx: JsContext): boolean {
  return (
    node?.type === "new_expression" &&
    /^(\w+\.)?Request$/.test(ctx.callee(node)) &&
    sourceHas(ctx.tree, /\brequire\(\s*['"]tedious['"]\s*\)|\bfrom\s+['"]tedious['"]/)
  );
}

/** The outermost piece of a string assembled by `+` or a template with substitutions. */
function builtText(node: SyntaxNode, ctx: JsContext): boolean {
  // A tagged template (SQL`...${x}`, sql`...`) hands its values to the tag apart from the text: parameters.
  if (node.type === "template_string")
    return (
      node.parent?.type !== "call_expression" && node.children.some((c) => c.type === "template_substitution")
    );
  if (!node.children.some((c) => !c.named && c.type === "+")) return false;
  const p = node.parent;
  return !(p?.type === "binary_expression" && p.children.some((c) => !c.named && c.type === "+")) && !!ctx;
}

/**
 * An entry of an object literal whose every value is a regular expression (a lexer's `rules[type]`, `RULES.tag`):
 * `rules[type].exec(str)` matches a token.
 */
function regexTableEntry(ctx: JsContext, n: SyntaxNode): boolean {
  if (n.type !== "subscript_expression" && n.type !== "member_expression") return false;
  const obj = field(n, "object");
  const table = obj && (ctx.resolve(obj) ?? obj);
  if (table?.type !== "object") return false;
  const values = namedChildren(table)
    .filter((p) => p.type === "pair")
    .map((p) => field(p, "value"));
  return values.length > 0 && values.every((v) => v?.type === "regex");
}

/** Literal text that ends where a table name goes (`DELETE FROM `, `INSERT INTO "`, `CREATE TABLE IF NOT EXISTS `). */
const TABLE_SLOT = /\b(from|into|update|table|join|exists|database|schema)\s*["`[]?$/i;

/**
 * A name the statement's function takes as an option with a literal default (`migrate({ table = 'migrations' } = {})`),
 * or a field read from a configuration object (`dbConfig.connection.database`, `options.tableName`): the table or
 * database the application is configured with.
 */
function configuredName(v: SyntaxNode, ctx: JsContext): boolean {
  if (v.type === "member_expression")
    return /^(\w*config|\w*Config|options|opts|settings)\b/.test(ctx.text(v).replace(/^this\./, ""));
  if (v.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(v);
  const params = fn ? field(fn, "parameters") : undefined;
  if (!params) return false;
  const name = ctx.text(v).replace(/\$/g, "\\$");
  return new RegExp(`[{,]\\s*${name}\\s*=\\s*['"\`]`).test(ctx.text(params));
}

/**
 * A statement whose only non-constant pieces are a member of the instance (`this.table`, `this.quotedTable()`) in a
 * table-name slot: a session store's or DAO's table chosen by the options it was built with, the application's
 * configuration rather than a value of the request (a member the file fills from a request reads as request data
 * and is not asked about here).
 */
function configuredTableOnly(sql: SyntaxNode, ctx: JsContext): boolean {
  const built = ctx.resolve(sql) ?? sql;
  const pieces: { text?: string; value?: SyntaxNode }[] = [];
  const walk = (n: SyntaxNode): void => {
    if (n.type === "parenthesized_expression" && namedChildren(n).length === 1)
      return walk(namedChildren(n)[0]!);
    if (n.type === "binary_expression" && n.children.some((c) => !c.named && c.type === "+")) {
      walk(field(n, "left")!);
      walk(field(n, "right")!);
      return;
    }
    if (n.type === "string") return void pieces.push({ text: ctx.text(n).slice(1, -1) });
    if (n.type === "template_string") {
      for (const c of namedChildren(n))
        if (c.type === "template_substitution") walk(namedChildren(c)[0]!);
        else pieces.push({ text: ctx.text(c) });
      return;
    }
    pieces.push({ value: n });
  };
  walk(built);
  let before = "";
  let members = 0;
  for (const p of pieces) {
    if (p.text !== undefined) {
      before += p.text;
      continue;
    }
    const v = p.value!;
    if (ctx.level(v, "sql") !== Level.CONST) {
      const m = v.type === "call_expression" && ctx.args(v).length === 0 ? field(v, "function") : v;
      if (
        !TABLE_SLOT.test(before) ||
        !((m?.type === "member_expression" && field(m, "object")?.type === "this") || configuredName(v, ctx))
      )
        return false;
      members++;
    }
    before += " x ";
  }
  return members > 0;
}

/**
 * A NestJS handler's request parameter, or a member of it: `@Query('sort') sort`, `@Body() body` read as
 * `body.sort`, `@Param('id') id`. The whole value is the client's text.
 */
function nestRequestParam(v: SyntaxNode, at: SyntaxNode, ctx: JsContext): boolean {
  const root = /^([\w$]+)(\.[\w$]+)*$/.exec(ctx.text(v))?.[1];
  const fn = root ? ctx.enclosingFunction(at) : undefined;
  const params = fn ? field(fn, "parameters") : undefined;
  if (!params) return false;
  return namedChildren(params).some((p) =>
    new RegExp(`^@(Query|Param|Body|Headers|Args|Arg)\\([^)]*\\)\\s+${root!.replace(/\$/g, "\\$")}\\b`).test(
      ctx.text(p),
    ),
  );
}

/**
 * `db.batch(ops)` with a list of key-value operations (LevelDB's `{ type: 'put', key, value }`, built by `map` /
 * `concat`): no statement text. mssql's `request.batch(sql)` takes the text itself.
 */
function operationList(ctx: JsContext, m: string, sql: SyntaxNode): boolean {
  if (m !== "batch") return false;
  const v = ctx.resolve(sql) ?? sql;
  if (v.type === "array")
    return !namedChildren(v).some((e) => /string|template_string|binary_expression/.test(e.type));
  return v.type === "call_expression" && /^(map|concat|filter|flatMap|flat)$/.test(ctx.method(v));
}

export default jsRule({
  meta: {
    id: "JS-SQLI-001",
    title: "SQL query built by string concatenation or template literal",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      { severity: "LOW", when: "a test builds SQL from its own sample data, with no request data in it" },
    ],
    docs: {
      what_it_does:
        "Flags query/execute/get/all/run/prepare/raw calls whose SQL text is a template literal or concatenation with non-literal values.",
      why_bad: "Quotes in the value end the SQL literal and append attacker-chosen clauses.",
      example_bad:
        "function getUser(db, name) {\n  return db.get(`SELECT * FROM users WHERE name = '${name}'`);\n}",
      example_good:
        "function getUser(db, name) {\n  return db.get('SELECT * FROM users WHERE name = ?', [name]);\n}",
    },
    fix_hint: "Use placeholders (?, $1, :name) and pass values separately.",
  },
  trigger:
    /select|insert|update|delete|drop|create|alter|replace|where|from|tedious|sql-template-strings|Raw\(|unsafe\(|query\(|literal\(|lit\(|[wW]here\(|[hH]aving\(|pragma\(/i,
  nodeTypes: ["call_expression", "new_expression", "template_string", "binary_expression"],
  detect(node, ctx, report) {
    if (node.type === "new_expression") {
      if (!tediousRequest(node, ctx)) return;
      const sql = ctx.args(node)[0];
      if (!sql || !ctx.isBuiltString(sql)) return;
      const level = ctx.level(sql, "sql");
      if (level !== Level.CONST)
        report({ node, severity: taintSeverity(level), message: "SQL text built from non-literal data" });
      return;
    }
    if (node.type !== "call_expression") {
      // Where the statement text is built from request data, even when the call that runs it is elsewhere.
      if (!builtText(node, ctx) || !SQL_START.test(ctx.leadingText(node) ?? "")) return;
      const call = node.parent?.type === "arguments" ? node.parent.parent : undefined;
      if (
        call &&
        (SQL_METHOD.test(ctx.method(call)) ||
          tediousRequest(call, ctx) ||
          (PGP_METHOD.test(ctx.method(call)) && sourceHas(ctx.tree, /pg-promise/)))
      )
        return; // the call itself is judged below
      if (ctx.level(node, "sql") === Level.SOURCE)
        report({ node, severity: "CRITICAL", message: "SQL text built from request data" });
      return;
    }
    const m = ctx.method(node);
    // knex's *Raw builders and postgres.js `sql.unsafe` take SQL fragments (`whereRaw('id = ' + id)`).
    // TypeORM's query builder takes a condition string (`.where("u.name = '" + n + "'")`); Sequelize.literal
    // puts its text into the statement verbatim.
    const condition =
      /^(where|andWhere|orWhere|having|andHaving|orHaving)$/.test(m) &&
      ctx.args(node).length <= 2 &&
      /(=|<|>|~\*?|\b(i?like|rlike|regexp|glob|similar\s+to)\b|\bin\s*\()\s*['"(]?%?\s*$/i.test(
        ctx.leadingText(ctx.args(node)[0]) ?? "",
      );
    // knex's `raw()` takes any SQL fragment (`knex.select(knex.raw(`count(${col})`))`), not only whole statements.
    // So do drizzle's and kysely's `sql.raw(text)` and Prisma's `Prisma.raw(text)`: the text goes into the statement
    // unescaped, wherever the fragment is used (`.where(sql.raw(...))`, inside a `sql` template).
    // Objection's and MikroORM's `raw(text, bindings)` helpers are the same fragment (`.where(raw(`age > ${a}`))`).
    const knexRaw =
      m === "raw" &&
      (sourceHas(ctx.tree, /\bknex\b/i) ||
        sourceHas(ctx.tree, /['"](objection|@mikro-orm\/[\w-]+)['"]/) ||
        (/(^|\.)(sql|Prisma)\.raw$/.test(ctx.callee(node)) &&
          sourceHas(ctx.tree, /['"](drizzle-orm|kysely|@prisma\/client)(\/[\w/-]+)?['"]/)));
    // TypeORM's query builder writes an orderBy / groupBy expression into the statement as given (only the
    // direction argument is checked): a column name from the request is SQL.
    // (so do select / addSelect, and a join's third argument, its ON condition)
    const typeormJoin =
      /^(left|inner)Join(AndSelect|AndMapOne|AndMapMany)?$/.test(m) &&
      ctx.args(node).length >= 3 &&
      sourceHas(ctx.tree, /['"]typeorm['"]/) &&
      sourceHas(ctx.tree, /createQueryBuilder/);
    const typeormExpr =
      typeormJoin ||
      (/^(orderBy|addOrderBy|groupBy|addGroupBy|select|addSelect)$/.test(m) &&
        sourceHas(ctx.tree, /['"]typeorm['"]/) &&
        sourceHas(ctx.tree, /createQueryBuilder/));
    // kysely's `sql.lit(value)` writes the value into the statement as a literal, unparameterised (its docs warn
    // against unchecked input).
    const kyselyLit =
      m === "lit" && /(^|\.)sql\.lit$/.test(ctx.callee(node)) && sourceHas(ctx.tree, /['"]kysely['"]/);
    // sql-template-strings: `SQL\`...\`.append(text)` adds a plain string to the statement as SQL (only an appended
    // SQL\`\` statement carries its values as parameters).
    const sqlAppend = m === "append" && sourceHas(ctx.tree, /['"]sql-template-strings['"]/);
    // better-sqlite3's `db.pragma(text)` runs `PRAGMA <text>`: `table_info(${t})` needs no SQL keyword.
    const sqlitePragma = m === "pragma" && sourceHas(ctx.tree, /['"]better-sqlite3['"]/);
    const fragment =
      condition ||
      sqlitePragma ||
      knexRaw ||
      kyselyLit ||
      sqlAppend ||
      typeormExpr ||
      /^(whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|fromRaw|selectRaw|unsafe|literal)$/.test(
        m,
      );
    const pgp = PGP_METHOD.test(m) && sourceHas(ctx.tree, /pg-promise/);
    if (
      !fragment &&
      !pgp &&
      !/^(query|execute|exec|get|all|run|each|prepare|raw|queryRaw|\$queryRawUnsafe|\$executeRawUnsafe|sequelizeQuery|batch|executeSql|querySync|rawQuery)$/.test(
        m,
      )
    )
      return;
    const first = ctx.args(node)[typeormJoin ? 2 : 0];
    // A query config object: node-postgres/pg-promise `{ text, values }`, mysql `{ sql, values }`.
    const sql = first?.type === "object" ? (ctx.prop(first, "text") ?? ctx.prop(first, "sql")) : first;
    if (!sql || operationList(ctx, m, sql)) return;
    // pg-promise's raw filters (`$1:raw`, `$1^`, `${name}:raw`, `${name}^`) splice the value into the text
    // unescaped: a request value there is SQL even though it is passed as a parameter.
    if (pgp) {
      const text = ctx.constValue(ctx.resolve(sql) ?? sql);
      const values = first?.type === "object" ? ctx.prop(first, "values") : ctx.args(node)[1];
      if (typeof text === "string" && values) {
        const v = ctx.resolve(values) ?? values;
        const items = v.type === "array" ? namedChildren(v).filter((c) => c.type !== "comment") : undefined;
        const raw: SyntaxNode[] = [];
        // (`$1:raw`, `$1^`; a named parameter carries its filter inside the brackets, `${sort^}`, `${sort:raw}`,
        // and the form with the filter after them is read the same)
        for (const m of text.matchAll(
          /\$(?:(\d+)(?::raw\b|\^)|[{(<[/]\s*(\w+)\s*(?::raw|\^)\s*[})>\]/]|[{(<[/](\w+)[})>\]/](?::raw\b|\^))/g,
        )) {
          const idx = m[1];
          const name = m[2] ?? m[3];
          const hit = idx
            ? items
              ? items[Number(idx) - 1]
              : idx === "1"
                ? v
                : undefined
            : name && v.type === "object"
              ? ctx.prop(v, name)
              : undefined;
          if (hit) raw.push(hit);
        }
        for (const r of raw)
          if (ctx.level(r, "sql") === Level.SOURCE)
            report({
              node: r,
              severity: "CRITICAL",
              message: "pg-promise raw filter (:raw / ^) splices a request value into the SQL unescaped",
            });
        if (raw.length) return;
      }
    }
    // `re.exec(text)` on a regular expression matches text; it runs no SQL.
    if (m === "exec") {
      // child_process's exec runs a shell command (JS-CMDI-001's finding), not SQL.
      if (/^child_process\.exec$/.test(ctx.callee(node))) return;
      const fn = node.children.find((c) => c.field === "function");
      const recv =
        fn?.type === "member_expression" ? fn.children.find((c) => c.field === "object") : undefined;
      const r = recv && (ctx.resolve(recv) ?? recv);
      if (
        r &&
        (r.type === "regex" ||
          (r.type === "new_expression" && ctx.callee(r) === "RegExp") ||
          /(re|regexp?|pattern|matcher)$/i.test(ctx.text(recv)) ||
          regexTableEntry(ctx, r))
      )
        return;
    }
    const level = ctx.level(sql, "sql");
    // A join condition or selection a library assembles from entity metadata and its caller's names is the
    // schema's; only request data there is reported.
    if ((typeormJoin || (typeormExpr && /^(select|addSelect)$/.test(m))) && level !== Level.SOURCE) return;
    // The whole statement taken from the request (`db.query(req.body.sql)`, `orderByRaw(String(req.query.o))`,
    // `Prisma.raw(req.query.sort)`): no string building needed.
    let taken = ctx.resolve(sql) ?? sql;
    if (taken.type === "call_expression" && ctx.callee(taken) === "String" && ctx.args(taken).length === 1)
      taken = ctx.args(taken)[0]!;
    const whole =
      level === Level.SOURCE &&
      (/^(query|execute|raw|queryRaw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|executeSql|rawQuery)$/.test(
        m,
      ) ||
        (fragment && !condition)) &&
      // (a Lambda handler's `event.queryStringParameters.sort` is the request's query too)
      (/^((req|request|ctx\.request|ctx)\.(query|body|params)|event\.(queryStringParameters|pathParameters|multiValueQueryStringParameters|body))\b/.test(
        ctx.qname(ctx.resolve(taken) ?? taken),
      ) ||
        nestRequestParam(ctx.resolve(taken) ?? taken, node, ctx) ||
        // Prisma's / drizzle's / kysely's raw fragment (`Prisma.raw(sort)` in a helper its route hands the query's
        // sort to): the function exists to splice trusted SQL text, so request data reaching it is the injection
        (knexRaw && /(^|\.)(sql|Prisma)\.raw$/.test(ctx.callee(node))) ||
        // a tRPC procedure's input field (`sql.raw(input.q)`): what the client sent, as the schema left it
        (taken.type === "member_expression" && ctx.trpcInputSchema(taken) !== undefined));
    // A method of this file's own class that happens to be named like a driver's (`archiver.raw(files)`): a
    // request value handed to it is a statement only when its body runs or builds one.
    const own = whole ? ctx.localFunction(node) : undefined;
    if (
      own &&
      !/\b(select|insert|update|delete|from|where)\b|\.(query|execute|raw|prepare|run|all|get|exec)\s*\(/i.test(
        ctx.text(field(own, "body") ?? own),
      )
    )
      return;
    if (!whole) {
      if (!ctx.isBuiltString(sql)) return;
      // get/all/run/each are also every Map's and cache's methods: only a statement that starts like SQL
      // (sqlite's `db.get('SELECT ...' + id)`) makes one of them a query.
      if (/^(get|all|run|each)$/.test(m) && !SQL_START.test(ctx.leadingText(sql) ?? "")) return;
      // `this.exec(\`git push origin --delete ${branch}\`)`: exec / run / execute are a process runner's too, and a
      // text that starts with a command-line program runs in a shell, whatever SQL word it holds.
      if (/^(exec|execute|run)$/.test(m) && CLI_PROGRAM.test(ctx.leadingText(sql) ?? "")) return;
      const built = ctx.resolve(sql) ?? sql;
      // Through a helper declared in the file: the statement text is what it returns.
      // (A tagged template joined in order: its own template is the statement text.)
      const helper =
        built.type === "call_expression" ? (ctx.orderedTag(built) ?? ctx.calledFunction(built)) : undefined;
      const text = ctx.text(helper ?? built);
      // (Prisma's `$queryRawUnsafe` / `$executeRawUnsafe` take nothing but SQL: `'TRUNCATE ' + t` needs no keyword.)
      if (
        !fragment &&
        !/^\$(query|execute)RawUnsafe$/.test(m) &&
        !/\b(select|insert|update|delete|drop|create|alter|replace|where|from)\b/i.test(text) &&
        !SQL_OTHER.test(text)
      )
        return;
    }
    if (level === Level.CONST) return;
    // A builder chain split over lines (`repo.createQueryBuilder('u')\n  .where(...)`): the finding goes on the line
    // of the method that takes the SQL text, not the line where the chain starts.
    const callee = field(node, "function");
    const prop = callee?.type === "member_expression" ? field(callee, "property") : undefined;
    const chained =
      callee?.type === "member_expression" && field(callee, "object")?.type === "call_expression";
    if (level !== Level.SOURCE && configuredTableOnly(sql, ctx)) {
      report({
        node: chained && prop ? prop : node,
        severity: "LOW",
        message: "SQL text names a table or database the code is configured with: keep it out of the request",
      });
      return;
    }
    // A test setting up its scratch tables from its own sample data (`'CREATE TEMP TABLE t (c ' + type + ')'` over a
    // list of types): no request reaches it; LOW (not in answer mode: a test scope is the author's to claim).
    const harness = level < Level.SOURCE && inTestScript(ctx, node);
    report({
      node: chained && prop ? prop : node,
      severity: harness ? "LOW" : taintSeverity(level),
      message: `SQL text built from non-literal data${harness ? " in a test" : ""}`,
    });
  },
  cases: {
    valid: [
      // a release script's own exec wrapper running git
      "class Release {\n  async exec(cmd) { return run(cmd); }\n  async drop(ref) {\n    const branch = `release-base/${ref}`;\n    await this.exec(`git push origin --delete ${branch}`);\n  }\n}",
      "import { sql } from 'kysely';\nimport { z } from 'zod';\nexport const r = t.router({\n  a: t.procedure.input(z.object({ c: z.enum(['a', 'b']) })).query(({ input }) => db.selectFrom('t').orderBy(sql.raw(input.c)).execute()),\n});",
      "import { raw } from 'objection';\nfunction f(Person, age) { return Person.query().where(raw('age > ?', [age])); }",
      "function f(Database, q) { return Database.rawQuery('SELECT * FROM posts WHERE t = ?', [q]); }",
      "function f(index, k) { return index.query(`settings ${k}`); }",
      // This file's own class method named raw(): it builds a shell command, not SQL (JS-CMDI-001's business).
      "const { exec } = require('child_process');\nclass Archiver {\n  raw(files) { return 'tar czf out.tgz -- ' + files.join(' '); }\n}\nconst archiver = new Archiver();\napp.post('/a', (req, res) => { exec(archiver.raw(req.body.files)); res.end(); });",
      // Plain pg-promise parameters are escaped; only the raw-filtered one is a sink, and it holds a constant.
      "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/n', async (req, res) => {\n  res.json(await db.any('SELECT * FROM news WHERE id = $1 AND t = $2:raw', [req.query.id, 'news']));\n});",
      "import { DataSource } from 'typeorm';\nconst SORTS = { name: 'u.name', age: 'u.age' };\napp.get('/u', async (req, res) => {\n  res.json(await ds.getRepository(User).createQueryBuilder('u').orderBy(SORTS[req.query.sort] ?? 'u.id', req.query.dir === 'asc' ? 'ASC' : 'DESC').getMany());\n});",
      "const knex = require('knex')(cfg);\napp.get('/u', async (req, res) => res.json(await knex('users').orderBy(req.query.sort)));",
      // a lexer trying each entry of a regex table on the remaining source
      "var rules = { indent: /^\\n( *)/, text: /^([^\\n]+)/ };\nfunction tokenize(str) {\n  var captures,\n      tokens = [],\n      str = String(str).trim().replace(/\\r\\n|\\r|\\n *\\n/g, '\\n')\n  while (str.length) {\n    for (var type in rules)\n      if (captures = rules[type].exec(str)) {\n        tokens.push({ type: type, val: captures[1] })\n        str = str.substr(captures[0].length)\n        break\n      }\n  }\n  return tokens\n}\nexports.tokenize = tokenize\n",
      "import { sql, eq } from 'drizzle-orm';\napp.get('/u', async (req, res) => {\n  res.json(await db.select().from(users).where(sql`name = ${req.query.name}`));\n});",
      "import { sql } from 'kysely';\nconst COLS = ['a', 'b'];\napp.get('/u', async (req, res) => {\n  const c = COLS.includes(req.query.c) ? req.query.c : 'a';\n  res.json(await db.selectFrom('t').selectAll().orderBy(sql.raw(c)).execute());\n});",
      "app.get('/l', async (req, res) => {\n  res.json(await knex.raw(String.raw`SELECT * FROM logs WHERE m ~ '^/api/\\d+'`));\n});",
      "const format = require('pg-format');\napp.get('/c', async (req, res) => res.json(await pool.query(format('SELECT * FROM %I WHERE city = %L', 'shops', req.query.city))));",
      "const bundles = new Map();\nfunction drop(file) {\n  const b = bundles.get(file.replace(/\\?.*$/, ''));\n  bundles.delete(file);\n  return b;\n}",
      "function f(repo, name) { return repo.createQueryBuilder('u').where('u.name = :name', { name }).getOne(); }",
      "function f(knex, id) { return knex('t').where('id', id); }",
      "const knex = require('knex')(cfg);\nfunction f(id) { return knex.select(knex.raw('count(?)', [id])).from('t'); }",
      "function f(db, n) { return db.query('SELECT * FROM t WHERE n = ?', [n]); }",
      "const { Request, TYPES } = require('tedious');\nfunction f(conn, n) {\n  const r = new Request('EXEC dbo.Find @n', () => {});\n  r.addParameter('n', TYPES.NVarChar, n);\n  conn.execSql(r);\n}",
      "async function f(base, id) { return fetch(new Request(base + '/items/' + id)); }",
      "async function f(db, t) { const sql = `SELECT * FROM \\`COLUMNS\\` ` + `WHERE \\`TABLE_NAME\\` = @p0`; return db.query(sql, [t]); }",
      "function f(pool, ids) {\n  const marks = ids.map((_, i) => `$${i + 1}`).join(', ');\n  return pool.query(`SELECT * FROM t WHERE id IN (${marks})`, ids);\n}",
      "class C {\n  quoteIdentifier(n) { return '\"' + n.replace(/\"/g, '\"\"') + '\"'; }\n  drop(t) { return this.db.query(`DROP TABLE ${this.quoteIdentifier(t)}`); }\n}",
      "async function f(db) {\n  const rows = await db.query('SELECT table_name FROM information_schema.tables');\n  const cond = rows.map((r) => `'${r.table_name}'`).join(', ');\n  return db.query(`SELECT * FROM information_schema.columns WHERE table_name IN (${cond})`);\n}",
      "const pgp = require('pg-promise')();\nfunction f(db, r) { return db.any('SELECT * FROM t WHERE r = $1', [r]); }",
      "function f(items, p) { return items.map(x => p + x); }",
      "function f(m, k) { return m.get(k + '_x'); }",
      "function f(p, v) { const re = new RegExp(p); return re.exec('x' + v); }",
      "const { exec } = require('child_process');\napp.get('/e', (req, res) => exec('echo NAME'.replace(/NAME/g, () => req.query.v)));",
      "const ALLOWED = ['a', 'b'];\nasync function f(req, db) {\n  const col = req.query.sort;\n  if (!ALLOWED.includes(col)) return;\n  return db.query(`SELECT * FROM t ORDER BY ${col}`);\n}",
      "import { sql } from 'kysely';\napp.get('/p', async (req, res) => res.json(await db.selectFrom('pet').selectAll().where('age', '>', sql.lit(3)).execute()));",
      "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/n', async (req, res) => res.json(await db.any('SELECT ${col:name} FROM t WHERE k = ${k}', { col: req.query.col, k: req.query.k })));",
      "const SQL = require('sql-template-strings');\napp.get('/a', async (req, res) => res.json(await db.query(SQL`SELECT * FROM books`.append(SQL` WHERE author = ${req.query.author}`))));",
      "import { DataSource } from 'typeorm';\nexport function joinOn(qb, child, parent, fk, pk) {\n  return qb.createQueryBuilder('c').innerJoin(child, 'p', `${parent}.${fk} = p.${pk}`);\n}",
    ],
    invalid: [
      "import { sql } from 'kysely';\nimport { z } from 'zod';\nexport const r = t.router({\n  a: t.procedure.input(z.object({ q: z.string() })).query(({ input }) => sql`SELECT * FROM t WHERE a LIKE '%${sql.raw(input.q)}%'`.execute(db)),\n});",
      // Prisma's unsafe raw methods take only SQL, whatever the statement's keyword.
      "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\napp.post('/t', async (req, res) => {\n  await prisma.$executeRawUnsafe('TRUNCATE ' + req.body.table);\n  res.end();\n});",
      "function f(Database, q) { return Database.rawQuery(`SELECT * FROM posts WHERE t LIKE '%${q}%'`); }",
      "function f(client, tenant) { return client.query(`SET search_path TO ${tenant}`); }",
      "import { raw } from 'objection';\nfunction f(Person, age) { return Person.query().where(raw(`age > ${age}`)); }",
      "import { MikroORM } from '@mikro-orm/postgresql';\nimport { raw } from '@mikro-orm/core';\nfunction f(em, t) { return em.find(Book, { [raw(`lower(title) = '${t}'`)]: [] }); }",
      "import { DataSource } from 'typeorm';\napp.get('/u', async (req, res) => {\n  res.json(await ds.getRepository(User).createQueryBuilder('u').orderBy(String(req.query.sort)).getMany());\n});",
      "import { DataSource } from 'typeorm';\napp.get('/u', async (req, res) => {\n  const qb = ds.getRepository(User).createQueryBuilder('u');\n  res.json(await qb.addOrderBy(`u.${req.query.col}`, 'DESC').getMany());\n});",
      "function sql(strings, ...vals) {\n  return strings.reduce((a, s, i) => a + s + (vals[i] ?? ''), '');\n}\napp.get('/a', (req, res) => db.query(sql`SELECT * FROM t WHERE a = '${req.query.a}'`));",
      "function whereFor(col = 'name') {\n  return (v) => `SELECT * FROM t WHERE ${col} = '${v}'`;\n}\napp.get('/a', async (req, res) => res.json(await pool.query(whereFor()(req.query.n))));",
      "import { sql } from 'drizzle-orm';\napp.get('/u', async (req, res) => {\n  res.json(await db.select().from(users).where(sql.raw(`name = '${req.query.name}'`)));\n});",
      "import { sql } from 'kysely';\napp.get('/u', async (req, res) => {\n  res.json(await sql`SELECT * FROM t WHERE a = ${sql.raw(\"'\" + req.query.a + \"'\")}`.execute(db));\n});",
      "import { Prisma } from '@prisma/client';\napp.get('/u', async (req, res) => {\n  res.json(await prisma.$queryRaw`SELECT * FROM t ORDER BY ${Prisma.raw(req.query.sort)}`);\n});",
      "app.get('/l', async (req, res) => {\n  res.json(await knex.raw(String.raw`SELECT * FROM logs WHERE m ~ '${req.query.p}'`));\n});",
      "const { Request } = require('tedious');\napp.post('/r', (req, res) => {\n  conn.execSqlBatch(new Request('EXEC dbo.Run ' + req.body.name, () => res.end()));\n});",
      "const format = require('pg-format');\napp.get('/c', async (req, res) => res.json(await pool.query(format('SELECT * FROM shops ORDER BY %s', req.query.sort))));",
      "const db = require('knex')(cfg);\napp.get('/p', async (req, res) => res.json(await db('posts').orderByRaw(String(req.query.order))));",
      "const db = require('knex')(cfg);\nexports.report = async (event) => {\n  const sort = event.queryStringParameters.sort;\n  return db('sales').select('*').orderByRaw(sort);\n};",
      "function f(repo, name) {\n  return repo.createQueryBuilder('u').where(\"u.name = '\" + name + \"'\").getOne();\n}",
      {
        code: "function f(repo, term) {\n  return repo\n    .createQueryBuilder('o')\n    .where(\"o.note ILIKE '%\" + term + \"%'\")\n    .getMany();\n}",
        line: 4,
      },
      {
        code: "function f(repo, name) {\n  return repo\n    .createQueryBuilder('u')\n    .where(`u.name = '${name}'`)\n    .getOne();\n}",
        line: 4,
      },
      "const { Sequelize } = require('sequelize');\nfunction f(col) { return Sequelize.literal('ORDER BY ' + col); }",
      "const knex = require('knex')(cfg);\napp.get('/n', async (req, res) => { res.json(await knex.select(knex.raw(`count(${req.query.col})`)).from('t')); });",
      {
        code: "app.get('/u', async (req, res) => {\n  const q = `SELECT * FROM users WHERE id = ${req.query.id}`;\n  res.json(await run(q));\n});",
        line: 2,
        severity: "CRITICAL",
      },
      "function f(db, n) { const q = `SELECT * FROM t WHERE n = '${n}'`; return db.all(q); }",
      "function f(c, id) { c.query('DELETE FROM t WHERE id = ' + id); }",
      "function f(c, id) { c.exec(`DELETE FROM git WHERE id = ${id}`); }",
      {
        code: "describe('copy', () => {\n  for (const type of TYPES) {\n    it(type, async () => {\n      await client.query('CREATE TEMP TABLE plug (col1 ' + type + ')');\n    });\n  }\n});",
        severity: "LOW",
      },
      "function f(pool, ids) {\n  const list = ids.map((id) => `'${id}'`).join(', ');\n  return pool.query(`SELECT * FROM t WHERE id IN (${list})`);\n}",
      {
        code: "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/o', async (req, res) => {\n  const sql = \"SELECT * FROM o WHERE r = '\" + req.query.r + \"'\";\n  res.json(await db.manyOrNone(sql));\n});",
        line: 5,
      },
      "function f(knex, n) { return knex('t').whereRaw('name = \\'' + n + '\\''); }",
      "const pgp = require('pg-promise')();\nfunction f(db, r) { return db.manyOrNone(\"SELECT * FROM t WHERE r = '\" + r + \"'\"); }",
      {
        // A raw filter splices the parameter unescaped.
        code: "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/n', async (req, res) => {\n  res.json(await db.any('SELECT * FROM news WHERE id = $1:raw', [req.query.id]));\n});",
        line: 4,
      },
      {
        code: "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/n', async (req, res) => {\n  res.json(await db.one({\n    text: 'SELECT * FROM news WHERE id = ${id}^ AND name = ${name}',\n    values: { id: req.params.id, name: req.params.name },\n  }));\n});",
        line: 6,
      },
      "function f(c, id) { return c.query({ text: 'SELECT * FROM t WHERE id = ' + id }); }",
      "app.post('/q', async (req, res) => { res.json(await pool.query(req.body.sql)); });",
      {
        code: 'exports.list = async (req, res) => {\n  const [rows] = await pool.execute(build(req.query.c));\n  res.json(rows);\n};\nfunction build(c) {\n  return "SELECT * FROM t WHERE c = \'" + c + "\'";\n}',
        line: 2,
        severity: "CRITICAL",
      },
      "import { sql } from 'kysely';\napp.get('/p', async (req, res) => res.json(await db.selectFrom('pet').selectAll().where('species', '=', sql.lit(req.query.species)).execute()));",
      {
        code: "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/n', async (req, res) => {\n  res.json(await db.any('SELECT * FROM t ORDER BY ${sort^}', { sort: req.query.sort }));\n});",
        line: 4,
      },
      {
        code: "const pgp = require('pg-promise')();\nconst db = pgp(u);\napp.get('/n', async (req, res) => {\n  res.json(await db.any('SELECT * FROM t WHERE $<cond:raw>', { cond: req.query.cond }));\n});",
        line: 4,
      },
      "const SQL = require('sql-template-strings');\napp.get('/a', async (req, res) => res.json(await db.query(SQL`SELECT * FROM books WHERE a = ${req.query.a}`.append(` ORDER BY ${req.query.sort}`))));",
      "import { DataSource } from 'typeorm';\napp.get('/j', async (req, res) => res.json(await ds.getRepository(U).createQueryBuilder('u').leftJoinAndSelect('u.p', 'p', `p.kind = '${req.query.kind}'`).getMany()));",
      "import { DataSource } from 'typeorm';\napp.get('/s', async (req, res) => res.json(await ds.getRepository(U).createQueryBuilder('u').select(`u.${req.query.col}`).getMany()));",
    ],
  },
});
