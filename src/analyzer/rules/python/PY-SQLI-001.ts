import { Level } from "../../dataflow/python.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { isAugmented, isBuiltString, callNames, pyRule } from "./common.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { isFabricConnection, remoteCommand } from "./remote-command.js";

/** The text before an interpolation that makes it a table name: `FROM {t}`, `JOIN "{t}"`, `INTO {t}`. */
const TABLE_SLOT =
  /\b(from|join|into|update|table(\s+if\s+(not\s+)?exists)?)\s+["`']?$|\bpragma\s+\w+\(\s*["']?$/i;
/**
 * More identifier slots: a savepoint's name, a character set's name, a column compared or assigned
 * (`WHERE {col} =`, `SET {col} =`, `AND {col}=`), a sequence read for its next value.
 */
const NAME_SLOT = /\b(savepoint|names|sequence)\s+["`]?$|\b(where|and|or|set)\s+["`]?$|,\s*["`]?$/i;
/** What must follow a column slot: a comparison or assignment, or a closing quote and one. */
const COLUMN_AFTER = /^["`]?\s*(=|<>|!=|<|>|\bin\b|\bis\b)/i;

/** Whether the field between `before` and `after` in a query template names a table, column or savepoint. */
function identifierSlot(before: string, after: string): boolean {
  // PostgreSQL's LISTEN/UNLISTEN/NOTIFY name a channel, an identifier no placeholder can fill.
  if (TABLE_SLOT.test(before) || /\b(savepoint|names|listen|unlisten|notify)\s+["`]?$/i.test(before))
    return true;
  // An aggregate's column: `SELECT COUNT({}) FROM ...`.
  if (/\b(count|sum|min|max|avg)\(\s*["`]?$/i.test(before) && /^["`]?\s*\)/.test(after)) return true;
  if (/\.\s*$/.test(before) || /^\s*\.\s*(nextval|currval)\b/i.test(after)) return true;
  return NAME_SLOT.test(before) && COLUMN_AFTER.test(after);
}

/**
 * State held on an object: an attribute chain (`self.sid`, `join.link_table`), or the variable of a loop over one's
 * keys (`for table in self.spec:`, `self.spec.keys()`, `tuple(self.snapshots)`: the names of the program's own
 * tables). A bare name is left reported: a module-level or local name in a table slot may be anything the script
 * computed.
 */
function objectState(ctx: PythonContext, e: SyntaxNode | undefined): boolean {
  if (!e) return false;
  if (e.type === "attribute") return !/[()[\]]/.test(ctx.text(e));
  if (e.type !== "identifier") return false;
  for (let p = e.parent; p; p = p.parent) {
    const left = p.type === "for_statement" ? field(p, "left") : undefined;
    if (left?.type !== "identifier" || ctx.text(left) !== ctx.text(e)) continue;
    return /^(tuple\(|list\(|sorted\()?self(\.\w+)+(\.keys\(\))?\)?$/.test(
      ctx.text(field(p, "right") ?? p).replace(/\s+/g, ""),
    );
  }
  return false;
}

/**
 * A query whose only non-constant parts are object state in identifier slots: `f"SELECT * FROM {self.table}
 * WHERE owner = ?"`, `"DELETE FROM %s WHERE %s=%d" % (join.table, join.column, obj.id)`, `"RELEASE SAVEPOINT %s"
 * % self.sid`. A table, column or savepoint name cannot be a placeholder; one held on an object is the program's
 * schema or configuration, and the values still go in as parameters (or as numbers). (Request data or a
 * parameter in the string raises its level above UNKNOWN, so this is never asked then.)
 */
function objectStateIdentifiers(ctx: PythonContext, sql: SyntaxNode): boolean {
  const n = ctx.resolve(sql) ?? sql;
  // State held on an object (objectState): an attribute chain, or a loop's variable over its keys.
  const state = (e: SyntaxNode | undefined): boolean => objectState(ctx, e);
  // Django's `connection.ops.quote_name(cls._meta.db_table)`: an identifier quoted for the backend.
  const quotedName = (e: SyntaxNode | undefined): boolean =>
    e?.type === "call" && /(^|\.)quote_name$/.test(ctx.callee(e)) && state(ctx.args(e)[0]);
  // `"... FROM {} WHERE ..".format(self.table)` / `.format(table=self.table)`: str.format's fields.
  if (n.type === "call" && ctx.method(n) === "format") {
    const tmpl = ctx.constValue(field(field(n, "function") ?? n, "object") ?? n);
    if (typeof tmpl !== "string") return false;
    const pos = ctx.args(n).filter((a) => a.type !== "keyword_argument");
    let auto = 0;
    let found = false;
    for (const f of tmpl.matchAll(/\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}/g)) {
      if (f[1] === undefined) continue;
      const v = f[1] === "" ? pos[auto++] : /^\d+$/.test(f[1]) ? pos[Number(f[1])] : ctx.kwarg(n, f[1]);
      if (!v || v.type === "list_splat" || v.type === "dictionary_splat") return false;
      if (ctx.level(v, "sql") === Level.CONST) continue;
      const at = f.index!;
      if (!(state(v) || quotedName(v)) || !identifierSlot(tmpl.slice(0, at), tmpl.slice(at + f[0].length)))
        return false;
      found = true;
    }
    return found;
  }
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "%") {
    const [l, r] = namedChildren(n);
    const tmpl = ctx.constValue(l);
    if (typeof tmpl !== "string" || !r) return false;
    // `"UPDATE %(table)s SET depth = %(d)d" % {"table": quote_name(...), "d": depth}`: named fields of a dict.
    if (r.type === "dictionary") {
      const vals = new Map<string, SyntaxNode>();
      for (const pair of namedChildren(r)) {
        const k = pair.type === "pair" ? ctx.stringValue(field(pair, "key")) : undefined;
        const v = pair.type === "pair" ? field(pair, "value") : undefined;
        if (k === undefined || !v) return false;
        vals.set(k, v);
      }
      let found = false;
      for (const f of tmpl.matchAll(/%\((\w+)\)[#0\- +]*\d*(?:\.\d*)?[hlL]?([a-zA-Z%])|%%/g)) {
        if (f[0] === "%%") continue;
        const v = vals.get(f[1]!);
        if (!v) return false;
        if (/^[diouxXeEfFgG]$/.test(f[2]!) || ctx.level(v, "sql") === Level.CONST) continue;
        const at = f.index!;
        if (
          f[2] !== "s" ||
          !(state(v) || quotedName(v)) ||
          !identifierSlot(tmpl.slice(0, at), tmpl.slice(at + f[0].length))
        )
          return false;
        found = true;
      }
      return found;
    }
    const inner = r.type === "parenthesized_expression" ? namedChildren(r)[0] : r;
    const vals = inner?.type === "tuple" ? namedChildren(inner) : [r];
    const fields = [...tmpl.matchAll(/%([#0\- +]*)(\d*)(?:\.(\d*))?[hlL]?([a-zA-Z%])|%/g)].filter(
      (f) => f[0] !== "%%",
    );
    if (fields.some((f) => f[4] === undefined) || fields.length !== vals.length) return false;
    let found = false;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const v = vals[i]!;
      if (/^[diouxXeEfFgG]$/.test(f[4]!) || ctx.level(v, "sql") === Level.CONST) continue;
      const at = f.index!;
      if (f[4] !== "s" || !state(v) || !identifierSlot(tmpl.slice(0, at), tmpl.slice(at + f[0].length)))
        return false;
      found = true;
    }
    return found;
  }
  if (n.type !== "string") return false;
  let before = "";
  let found = false;
  const parts = n.children;
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    if (c.type === "string_content") before += ctx.text(c);
    else if (c.type === "interpolation") {
      const e = namedChildren(c)[0];
      if (e && ctx.level(e, "sql") === Level.CONST) {
        before += "x";
        continue;
      }
      const next = parts[i + 1];
      const after = next?.type === "string_content" ? ctx.text(next) : "";
      if (!state(e) || !(TABLE_SLOT.test(before) || identifierSlot(before, after))) return false;
      found = true;
      before += "x";
    }
  }
  return found;
}

/**
 * Django's database-backend classes (a schema editor, operations, introspection, the connection wrapper: a class
 * derived from `BaseDatabaseSchemaEditor` and its siblings, imported from `django.db.backends`): the backend is where
 * Django's SQL is written, from the models' table and column names, the backend's own templates (`self.sql_create_pk`)
 * and SQL the ORM compiled with its values as parameters. Only request data reaching the text is an injection there.
 */
const BACKEND_BASE =
  /\b(Base)?Database(SchemaEditor|Operations|Introspection|Wrapper|Creation|Features|Client)\b/;

function djangoBackendMethod(ctx: PythonContext, node: SyntaxNode): boolean {
  if (!sourceHas(ctx.tree, /^\s*from\s+django\.db\.backends[\w.]*\s+import\b/m)) return false;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type !== "class_definition") continue;
    const bases = field(p, "superclasses");
    return !!bases && BACKEND_BASE.test(ctx.text(bases));
  }
  return false;
}

/** Text before a value slot of a query: a comparison, an IN / VALUES list's opening or its comma. */
const VALUE_BEFORE = /(=|<>|!=|<|>|\blike|\(|,)\s*$/i;
/** Text after a value slot: the list's comma or close, the statement's end, or the next clause. */
const VALUE_AFTER = /^\s*(\)|,|;|$|(and|or|where|order|group|limit|offset|returning|having)\b)/i;

/**
 * `execute("DELETE FROM t WHERE a = %s AND b = %s" % (db.plch, db.plch), (x, y))`: a store that supports several
 * DB-API paramstyles keeps the driver's placeholder ('?' or '%s') on an object and splices it in. Every field sits
 * where a value goes, the template has no placeholder of its own, and the call binds exactly as many parameters as
 * there are fields: the driver only accepts the statement if each field put one placeholder there, so the fields are
 * the placeholders and the values go in bound. (A request value in a field is still reported: the caller asks
 * first that the query holds none.)
 */
function interpolatedPlaceholders(ctx: PythonContext, call: SyntaxNode, sql: SyntaxNode): boolean {
  const n = ctx.resolve(sql) ?? sql;
  if (n.type !== "binary_operator" || n.children.find((c) => !c.named)?.type !== "%") return false;
  const tmpl = ctx.constValue(namedChildren(n)[0]);
  if (typeof tmpl !== "string" || /\?|%%|%\(|:[A-Za-z_]\w*/.test(tmpl)) return false;
  const fields = [...tmpl.matchAll(/%[#0\- +]*\d*(?:\.\d*)?[hlL]?([a-zA-Z])/g)];
  if (!fields.length || fields.some((f) => f[1] !== "s")) return false;
  const r = namedChildren(n)[1];
  const inner = r?.type === "parenthesized_expression" ? namedChildren(r)[0] : r;
  const vals = inner?.type === "tuple" ? namedChildren(inner) : undefined;
  // A table or column slot filled with the object's own name (`DELETE FROM %s WHERE f_target = %s` % (table,
  // self.plch) in `for table in self.spec:`) is no placeholder; the value slots are counted against the parameters.
  let values = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const before = tmpl.slice(0, f.index!);
    const after = tmpl.slice(f.index! + f[0].length);
    if (VALUE_BEFORE.test(before) && VALUE_AFTER.test(after)) values++;
    else if (
      !vals ||
      vals.length !== fields.length ||
      !objectState(ctx, vals[i]) ||
      !identifierSlot(before, after)
    )
      return false;
  }
  if (!values) return false;
  const params = ctx.resolve(ctx.args(call)[1]);
  if (params?.type !== "tuple" && params?.type !== "list") return false;
  const bound = namedChildren(params);
  return !bound.some((b) => b.type === "list_splat") && bound.length === values;
}

/**
 * `b";".join(parts)` where the parts are the cursor's own `mogrify(query, args)` results (a list comprehension
 * over them, or a list the function fills with them and literal separators): a batch of statements whose values
 * the driver bound as escaped literals; the rest is the caller's query text, passed through as execute(sql) is.
 */
function mogrifiedBatch(ctx: PythonContext, sql: SyntaxNode): boolean {
  const n = ctx.resolve(sql) ?? sql;
  if (n.type !== "call" || ctx.method(n) !== "join") return false;
  const mog = (v: SyntaxNode | undefined) => v?.type === "call" && ctx.method(v) === "mogrify";
  let items = ctx.args(n)[0];
  if (items?.type === "identifier") {
    const name = ctx.text(items);
    const fn = ctx.enclosingFunction(n) ?? ctx.tree.root;
    const appended = ctx.tree.nodes.filter((c) => {
      if (c.type !== "call" || c.start < fn.start || c.end > fn.end || ctx.method(c) !== "append")
        return false;
      const f = field(c, "function");
      return !!f && ctx.text(field(f, "object") ?? f) === name;
    });
    if (appended.some((c) => mog(ctx.args(c)[0]))) return true;
    items = ctx.resolve(items) ?? items;
  }
  if (items?.type === "list_comprehension" || items?.type === "generator_expression")
    return mog(field(items, "body"));
  return false;
}

/** A PySpark expression string (`df.filter(f"...")`, `F.expr(...)`) built from parts, in a file using pyspark. */
function sparkExpression(ctx: PythonContext, call: SyntaxNode, m: string, q: string): boolean {
  if (!/^(filter|where|selectExpr)$/.test(m) && !/^pyspark\.sql\.functions\.expr$/.test(q)) return false;
  if (!sourceHas(ctx.tree, /\bpyspark\b/)) return false;
  const text = ctx.args(call)[0];
  return !!text && (isBuiltString(ctx, text) || isRawInput(ctx, text));
}

const METHODS = new Set([
  "execute",
  "executemany",
  "executescript",
  "raw",
  "mogrify",
  "read_sql",
  "read_sql_query",
  "query",
  // asyncpg, pg8000's native API: database handles only (see DB_RECEIVER)
  "fetch",
  "fetchrow",
  "fetchval",
  "run",
  // encode/databases (Starlette/Quart apps): Database.fetch_all/fetch_one/fetch_val/iterate take raw SQL text
  "fetch_all",
  "fetch_one",
  "fetch_val",
  "iterate",
  // peewee's Database.execute_sql
  "execute_sql",
  // SQLAlchemy 1.4+/2.0 Connection.exec_driver_sql: the DBAPI string as is
  "exec_driver_sql",
  // DuckDB's duckdb.sql(q) / con.sql(q) relational API
  "sql",
  // psycopg2's COPY with a statement; Tortoise ORM's connection.execute_query/execute_script
  "copy_expert",
  "execute_query",
  "execute_script",
  // asyncpg's Connection/Pool: copy_from_query(sql, *args, output=...), prepare(sql), cursor(sql, *args)
  "copy_from_query",
  "prepare",
  "cursor",
  // Airflow's DbApiHook: get_pandas_df / get_records / get_first(sql, parameters=None)
  "get_pandas_df",
  "get_records",
  "get_first",
]);
const DB_ONLY = new Set([
  "get_pandas_df",
  "get_records",
  "get_first",
  "copy_from_query",
  "prepare",
  "cursor",
  "sql",
  "execute_query",
  "execute_script",
  "query",
  "fetch",
  "fetchrow",
  "fetchval",
  "run",
  "fetch_all",
  "fetch_one",
  "fetch_val",
  "iterate",
]);
// The receiver's last name must be a database word, not merely contain one: `ctx.run`, `context.run`,
// `config.query` and `icon.fetch` are not database calls.
/** A string expression whose text opens with a SQL statement's keyword: `'SELECT ...' % x`, `f"DELETE ..."`. */
// Cypher (Neo4j's session.run / tx.run / driver.execute_query) reads as a query too: MATCH, OPTIONAL MATCH, UNWIND.
const SQL_START =
  /^[(\s]*[rRuUbBfF]{0,2}(['"]{1,3})\s*(select|insert|update|delete|with|replace|merge|upsert|match|optional\s+match|unwind)\b/i;
const DB_RECEIVER =
  /(?:^|[._])(?:\w*db\w*|database\w*|conn\w*|con|cursor\w*|cur|session\w*|engine\w*|sql\w*|pool\w*|pg\w*|connection\w*|tx|transaction\w*)\.\w+$/i;
const FUNCS = new Set([
  "sqlalchemy.text",
  "sqlalchemy.sql.text",
  "text",
  "pandas.read_sql",
  "pandas.read_sql_query",
  "django.db.models.expressions.RawSQL",
  "RawSQL",
  "sqlalchemy.literal_column",
  "sqlalchemy.sql.literal_column",
  "sqlalchemy.sql.expression.literal_column",
  "sqlalchemy.sql.expression.text",
  // text()'s class: TextClause(sql) is the same raw SQL text
  "sqlalchemy.sql.expression.TextClause",
  "sqlalchemy.sql.elements.TextClause",
  "sqlalchemy.TextClause",
  "TextClause",
  // psycopg2's composable: SQL('...') is trusted text, its format() arguments are quoted by Identifier/Literal
  "psycopg2.sql.SQL",
  "psycopg.sql.SQL",
  // peewee's SQL('...', params): the text is spliced into the query as written
  "peewee.SQL",
  // psycopg2.extras.execute_values(cur, sql, argslist) / execute_batch(cur, sql, argslist): the SQL second
  "psycopg2.extras.execute_values",
  "psycopg2.extras.execute_batch",
]);
/** A command line a shell would run: the text opens with a common command word (`ls -a`, `mkdir -p`, `export X=`). */
const SHELL_START =
  /^[(\s]*[rRuUbBfF]{0,2}(['"]{1,3})\s*(ls|mkdir|rmdir|chmod|chown|chgrp|touch|echo|export|unset|cat|rm|cp|mv|ln|cd|kill|which|stat|readlink|realpath|tar|uname|printf|head|tail|du|df|pwd|whoami|hostname)\s/;
const SHELL_QUOTE = /(^|\.)(shquote|sh_quote|shell_quote)$|^(shlex|pipes)\.quote$|^quote$/;

/**
 * A shell command line (SHELL_START) run through a `session.run()` whose every interpolation is shell-quoted
 * (`shquote(fn)`), a number (`{mode:o}`) or constant: a remote shell session's command, not SQL. An unquoted
 * field (`touch {path}`) is still reported, as the only warning that names it.
 */
/**
 * `execute("du -b %s" % path)`, `execute(" ".join(["/usr/bin/scp", "-P", port, src, dst]))`: text whose literal
 * head is a program (a shell utility or an absolute path to one) and which holds no SQL keyword - a process
 * runner's execute(), not a database's.
 */
const PROGRAM_HEAD =
  /^\s*(\/(usr\/)?(s?bin|libexec|local\/s?bin)\/[\w.+-]+|sudo|ls|mkdir|rmdir|chmod|chown|touch|cat|rm|cp|mv|ln|tar|du|df|dd|hexdump|scp|ssh|rsync|mount|umount|fdisk|parted|losetup|qemu-img|zcat|gzip|gunzip|modprobe|ip|systemctl)(\s|$)/;
const SQL_WORD =
  /\b(select|insert|update|delete|create|drop|alter|truncate|with|pragma|grant|revoke|where|from|into|values|table|begin|commit|rollback|listen|notify|copy|vacuum|analyze|explain|call|exec|set)\b/i;
function commandLine(ctx: PythonContext, sql: SyntaxNode): boolean {
  const n = ctx.resolve(sql) ?? sql;
  let head: string | undefined;
  if (n.type === "string") head = ctx.stringValue(n) ?? fStringLiteral(ctx, n);
  else if (n.type === "binary_operator") {
    let l: SyntaxNode | undefined = n;
    while (l?.type === "binary_operator") l = field(l, "left");
    const v = l ? ctx.constValue(ctx.resolve(l) ?? l) : undefined;
    head = typeof v === "string" ? v : undefined;
  } else if (n.type === "call" && ctx.method(n) === "join") {
    const list = ctx.resolve(ctx.args(n)[0]);
    const items = list?.type === "list" ? namedChildren(list) : [];
    const literal = items.map((i) => ctx.constValue(i)).filter((v): v is string => typeof v === "string");
    head = items.length && typeof ctx.constValue(items[0]!) === "string" ? literal.join(" ") : undefined;
  }
  return head !== undefined && PROGRAM_HEAD.test(head) && !SQL_WORD.test(head);
}

/** An f-string's literal text with its fields left out. */
function fStringLiteral(ctx: PythonContext, s: SyntaxNode): string {
  return s.children
    .filter((c) => c.type === "string_content")
    .map((c) => ctx.text(c))
    .join(" ");
}

function quotedShellCommand(ctx: PythonContext, sql: SyntaxNode): boolean {
  const s = ctx.resolve(sql) ?? sql;
  if (s.type !== "string" || !SHELL_START.test(ctx.text(s))) return false;
  return s.children
    .filter((c) => c.type === "interpolation")
    .every((part) => {
      const expr = field(part, "expression");
      const spec = field(part, "format_specifier");
      if (spec && /[bcdoxXn]\s*$/.test(ctx.text(spec))) return true;
      if (!expr) return false;
      if (expr.type === "call" && SHELL_QUOTE.test(ctx.callee(expr) ?? "")) return true;
      return ctx.level(expr, "sql") === Level.CONST;
    });
}

/** Constructors of database handles whose query()/fetch*() take raw SQL, whatever the variable is called. */
const DB_FACTORY =
  /^(dataset|records|sqlite3|psycopg2?|pymysql|MySQLdb|mysql\.connector|asyncpg|aiosqlite|aiomysql|databases|pg8000|duckdb|oracledb|cx_Oracle|pyodbc|clickhouse_driver|sqlalchemy)\.(connect|Database|Connection|create_pool|create_engine|Client)$/;

/** `store.query(...)` where store = dataset.connect(...) (or another driver's handle), not any object's query(). */
function dbHandle(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return recv?.type === "call" && DB_FACTORY.test(ctx.callee(recv));
}
/** `db.text(...)` where db = flask_sqlalchemy.SQLAlchemy(app), or the extension's conventional `db` imported. */
function flaskSqlAlchemy(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const obj = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (!obj) return false;
  const recv = ctx.resolve(obj);
  if (recv?.type === "call") return /(^|\.)SQLAlchemy$/.test(ctx.callee(recv));
  return obj.type === "identifier" && ctx.text(obj) === "db" && sourceHas(ctx.tree, /\bflask_sqlalchemy\b/);
}
/**
 * `pca = nodes.PCANode(output_dim=3)` then `pca.execute(mat)` with `mat = np.dot(x, mix) + offset`: an object made
 * here by a class that is no database handle runs on an argument with no string literal anywhere in it (arithmetic
 * on arrays), so there is no SQL text.
 */
function objectRunOnData(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  if (recv?.type !== "call") return false;
  const made = ctx.callee(recv).split(".").pop() ?? "";
  if (!/[A-Z]/.test(made) || /conn|cursor|engine|session|database|db|sql|client|pool|store/i.test(made))
    return false;
  const args = ctx.args(call);
  return (
    args.length > 0 &&
    args.every((a) => {
      const value = a.type === "identifier" ? ctx.resolve(a) : a;
      return !!value && !descendants(value).some((d) => /^(string|concatenated_string)$/.test(d.type));
    })
  );
}
/** `c = js2py.EvalJs()` then `c.execute(...)`: a JavaScript context, not a database handle. */
function jsContext(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return recv?.type === "call" && /^(js2py\.EvalJs|execjs\.get)$/.test(ctx.callee(recv));
}
/**
 * `BackupJob().execute(name)`, `self.runner.run(cmd)`: the call runs a method of a class defined in this file (its
 * own sinks are checked where they are), not a driver's, unless that method hands its query parameter on to a
 * database call (a thin wrapper `def execute(self, sql): return self.conn.execute(sql)` is reported at its caller,
 * where the query is built). Followed through local helpers up to three calls deep.
 */
function localNonDbMethod(ctx: PythonContext, call: SyntaxNode): boolean {
  const def = ctx.localCallee(call);
  if (def?.type !== "function_definition") return false;
  const params = ctx.paramNames(def).filter((p) => p !== "self" && p !== "cls");
  return !params.length || !forwardsQuery(ctx, def, params[0]!, 0);
}
function forwardsQuery(ctx: PythonContext, def: SyntaxNode, name: string, depth: number): boolean {
  const body = field(def, "body");
  if (!body) return true;
  const mentions = (n: SyntaxNode): boolean =>
    (n.type === "identifier" && ctx.text(n) === name) || namedChildren(n).some(mentions);
  // The body's nodes are contiguous in pre-order from the body itself: no walk over the rest of the file.
  const nodes = ctx.tree.nodes;
  for (let i = body.order; i < nodes.length && nodes[i]!.start <= body.end; i++) {
    const c = nodes[i]!;
    if (c.type !== "call" || c.start < body.start || c.end > body.end) continue;
    const args = ctx.args(c);
    const at = args.findIndex(mentions);
    if (at < 0) continue;
    const inner = ctx.localCallee(c);
    if (inner?.type !== "function_definition" || inner === def) {
      if (METHODS.has(ctx.method(c)) || FUNCS.has(ctx.callee(c))) return true;
      continue;
    }
    if (depth >= 3) return true;
    const ps = ctx.paramNames(inner).filter((p) => p !== "self" && p !== "cls");
    const p =
      args[at]!.type === "keyword_argument" ? ctx.text(field(args[at]!, "name") ?? args[at]!) : ps[at];
    if (p === undefined || forwardsQuery(ctx, inner, p, depth + 1)) return true;
  }
  return false;
}
/**
 * Pony ORM's raw text: `raw_sql(...)` inside a query, a Database's `select/get/exists(sql)` and an entity's
 * `select_by_sql/get_by_sql(sql)` (values belong in `$name` parameters), and `select("...")` given a query's text,
 * which Pony parses as a generator expression - spliced text rewrites the query.
 */
const PONY = /^\s*(from|import)\s+pony\b/m;
const PONY_FUNCS = /^pony\.orm\.(raw_sql|select|get|exists|left_join)$/;
const PONY_CALLS = ["raw_sql", "select", "get", "exists", "left_join", "select_by_sql", "get_by_sql"];
const PONY_METHODS = /^(select_by_sql|get_by_sql)$|^(select|get|exists)$/;
function ponyText(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!sourceHas(ctx.tree, PONY)) return false;
  const q = ctx.callee(call);
  if (PONY_FUNCS.test(q)) return true;
  const m = ctx.method(call);
  if (!PONY_METHODS.test(m) || field(call, "function")?.type !== "attribute") return false;
  if (/_by_sql$/.test(m)) return true;
  // db.select(sql): only on a pony Database made here, or a handle named as one (`db`, `database`, `app_db`) - not
  // a `session.get(key)` or a cache's get() beside it.
  const fn = field(call, "function");
  const recv = ctx.resolve(fn ? field(fn, "object") : undefined);
  return (
    (recv?.type === "call" && /^pony\.orm\.Database$/.test(ctx.callee(recv))) ||
    /(^|\.)(db|database|\w+_db)\.\w+$/i.test(q)
  );
}

/** Django QuerySet.extra(): each of these keyword arguments is raw SQL (lists of clauses, or a dict of them). */
const EXTRA_SQL = ["where", "select", "tables", "order_by"];

/**
 * The query is untrusted input as it came: a request field (`request.args['sort']`, `.get('sort')`), a name
 * holding one, or an entry point's parameter, rather than a query object the ORM builds from values.
 */
function isRawInput(ctx: PythonContext, sql: SyntaxNode): boolean {
  const r = ctx.resolve(sql);
  if (!r) return false;
  if (r.type === "subscript" || r.type === "attribute") return true;
  if (r.type === "identifier") return true;
  return r.type === "call" && /^(get|getlist|get_argument|get_param|get_query_argument)$/.test(ctx.method(r));
}

/**
 * `runner.execute(["sysctl", "-w"] + opts, run_as_root=True)`: the first argument is a list (an argv, or a name
 * holding one), which no driver takes as query text - a process runner's execute(), not a database's.
 */
function argvList(ctx: PythonContext, sql: SyntaxNode): boolean {
  const isList = (n: SyntaxNode | undefined, depth: number): boolean => {
    if (!n || depth > 6) return false;
    if (n.type === "list" || n.type === "list_comprehension") return true;
    if (n.type === "parenthesized_expression") return isList(namedChildren(n)[0], depth + 1);
    if (n.type === "binary_operator" && n.children.some((c) => c.type === "+"))
      return namedChildren(n).some((c) => isList(c, depth + 1));
    if (n.type === "identifier") {
      const r = ctx.resolve(n);
      return !!r && r !== n && isList(r, depth + 1);
    }
    return false;
  };
  return isList(sql, 0);
}

/**
 * `utils.execute(cmd, run_as_root=True, check_exit_code=False)`: keywords only a process runner takes (oslo's
 * processutils and the agents built on it): the call runs a command line (PY-CMDI-*'s), not a query.
 */
const PROCESS_KWARGS =
  /^(run_as_root|root_helper|check_exit_code|process_input|privsep_exec|log_fail_as_error|addl_env|extra_ok_codes|return_stderr)$/;
function processRunnerCall(ctx: PythonContext, call: SyntaxNode): boolean {
  return namedChildren(field(call, "arguments") ?? call).some(
    (a) => a.type === "keyword_argument" && PROCESS_KWARGS.test(ctx.text(field(a, "name") ?? a)),
  );
}

/**
 * alembic's `op.execute(...)` with text built from the parameters of a migration helper: `op` works only inside a
 * migration run, whose callers are the migration scripts (table and column names written there), never a request.
 */
function alembicOp(ctx: PythonContext, call: SyntaxNode): boolean {
  return /^alembic\.op\.(execute|get_bind)$/.test(ctx.callee(call));
}

/**
 * A Django management command (a class deriving from BaseCommand / LabelCommand / AppCommand): its parameters are
 * the operator's own manage.py options and settings, the person who already holds the database credentials.
 */
function managementCommand(ctx: PythonContext, node: SyntaxNode): boolean {
  for (let p: SyntaxNode | null = node.parent; p; p = p.parent) {
    if (p.type !== "class_definition") continue;
    const bases = field(p, "superclasses");
    return !!bases && /(^|[\s(.,])(Base|Label|App)Command\b/.test(ctx.text(bases));
  }
  return false;
}

/**
 * `select(T).order_by(text(sort))`: a text() fragment handed to a query builder's clause method. A whole query a
 * helper is given (`execute(text(sql))`) is its caller's statement; a clause fragment from a parameter is a
 * column spec or condition the caller took from its own caller, spliced into SQL the helper writes.
 */
function clauseFragment(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!/(^|\.)(text|literal_column)$/.test(ctx.callee(call))) return false;
  const outer = call.parent?.type === "argument_list" ? call.parent.parent : undefined;
  return outer?.type === "call" && /^(order_by|group_by|where|filter|having)$/.test(ctx.method(outer));
}

export default pyRule({
  meta: {
    id: "PY-SQLI-001",
    title: "SQL query built by string formatting",
    cwe: ["CWE-89"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags database execute()/raw()/text() calls whose query string is assembled with +, %, f-strings or .format() from non-literal values.",
      why_bad:
        "Values spliced into SQL text can close the literal and add clauses (' OR '1'='1), reading or destroying data.",
      example_bad:
        "def get_user(cur, name):\n    cur.execute(f\"SELECT * FROM users WHERE name = '{name}'\")",
      example_good:
        "def get_user(cur, name):\n    cur.execute('SELECT * FROM users WHERE name = ?', (name,))",
    },
    fix_hint:
      "Use placeholders (?, %s, :name) and pass values as the second argument; allow-list identifiers such as table names.",
  },
  trigger:
    /\bpony\b|execute|exec_driver_sql|copy_from_query|\.prepare\(|\.cursor\(|\.sql\(|copy_expert|\.raw\(|mogrify|read_sql|SQL\(|\.query\(|text\(|\.fetch(row|val|_all|_one|_val)?\(|\.run\(|RawSQL|TextClause|literal_column|\.extra\(|Func\(|\.(filter|having)\(\s*[fFrRuU]?["']|pyspark|get_pandas_df|get_records|get_first/,
  nodeTypes: ["call"],
  calls: callNames(
    METHODS,
    FUNCS,
    ["extra", "Func", "filter", "having", "where", "selectExpr", "expr"],
    PONY_CALLS,
    ["execute_statement", "batch_execute_statement"],
  ),
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const q = ctx.callee(node);
    // The RDS Data API (boto3 "rds-data"): execute_statement(resourceArn=..., sql=...) runs the text as given;
    // values belong in parameters=[{"name": ..., "value": ...}].
    if (m === "execute_statement" || m === "batch_execute_statement") {
      const sql = ctx.kwarg(node, "resourceArn") ? ctx.kwarg(node, "sql") : undefined;
      if (sql && isBuiltString(ctx, sql) && ctx.level(sql, "sql") === Level.SOURCE)
        report({ node, message: "RDS Data API statement built from untrusted input" });
      return;
    }
    if (m === "extra") {
      for (const k of EXTRA_SQL) {
        // extra(select, where, params, tables, order_by, select_params): positional arguments count too.
        const pos = k === "select" ? 0 : k === "where" ? 1 : k === "tables" ? 3 : 4;
        const v = ctx.kwarg(node, k) ?? ctx.args(node)[pos];
        const parts = v && /^(list|tuple|dictionary)$/.test(v.type) ? namedChildren(v) : v ? [v] : [];
        for (const p of parts) {
          const clause = p.type === "pair" ? field(p, "value") : p;
          if (!clause) continue;
          // A clause built from values, or the request's own text used as a clause (extra(order_by=[sort])).
          const level = ctx.level(clause, "sql");
          if (level === Level.CONST || !(isBuiltString(ctx, clause) || level === Level.SOURCE)) continue;
          report({
            node,
            severity: taintSeverity(level),
            message: `extra(${k}=...) holds SQL built from non-literal data`,
          });
          return;
        }
      }
      return;
    }
    if (/^django\.db\.models\.(expressions\.)?Func$/.test(q)) {
      // Func(..., function=name, template=...): both are spliced into the SQL as written (arguments are quoted).
      for (const k of ["function", "template", "arg_joiner"]) {
        const v = ctx.kwarg(node, k);
        const level = v ? ctx.level(v, "sql") : Level.CONST;
        if (level >= Level.PARAM) {
          report({
            node,
            severity: taintSeverity(level),
            message: `Func(${k}=...) puts caller-controlled text into the SQL`,
          });
          return;
        }
      }
      return;
    }
    if ((m === "filter" || m === "having") && /(^|\.)query\b/.test(q)) {
      // SQLAlchemy's legacy Query.filter("status = '%s'" % v): before 1.4 a string argument is raw SQL text.
      const clause = ctx.args(node)[0];
      if (!clause || !isBuiltString(ctx, clause)) return;
      const head = ctx.text(clause);
      if (!/[=<>]|\b(like|in|is)\b/i.test(head)) return;
      const level = ctx.level(clause, "sql");
      if (level === Level.CONST) return;
      report({
        node,
        severity: taintSeverity(level),
        message: `${m}() given a SQL string built from non-literal data`,
      });
      return;
    }
    if (ponyText(ctx, node)) {
      const text = ctx.args(node)[0];
      // select(n for n in Note ...): a generator expression is the ORM's own query, not text.
      if (!text || text.type === "generator_expression" || !isBuiltString(ctx, text)) return;
      const level = ctx.level(text, "sql");
      if (level < Level.PARAM) return;
      report({
        node,
        severity: taintSeverity(level),
        message: `Pony ${m || q}() is given query text built from caller-controlled data`,
      });
      return;
    }
    // PySpark's DataFrame.filter/where("country = '...'"), selectExpr(...) and functions.expr(...): a SQL
    // expression the engine parses, so request text spliced in rewrites the condition.
    if (sparkExpression(ctx, node, m, q)) {
      const text = ctx.args(node)[0]!;
      const level = ctx.level(text, "sql");
      // A whole expression handed over as is (`F.expr(request.args["e"])`) counts from untrusted input only: a
      // helper's parameter there is usually a Column or an expression its caller wrote.
      if (level >= (isBuiltString(ctx, text) ? Level.PARAM : Level.SOURCE))
        report({
          node,
          severity: taintSeverity(level),
          message: `Spark SQL expression passed to ${m || q}() is built from caller-controlled data`,
        });
      return;
    }
    // flask_sqlalchemy's db.text(sql): the SQLAlchemy text() the extension re-exports on its handle.
    const dbText = m === "text" && flaskSqlAlchemy(ctx, node);
    if (!METHODS.has(m) && !FUNCS.has(q) && !dbText) return;
    // asyncssh's conn.run(), an ssh2 channel's execute(): a remote shell's command line, not SQL (PY-RCMD-001).
    if ((m === "run" || m === "execute") && remoteCommand(ctx, node)) return;
    // invoke/fabric's c.run(): a shell command (PY-CMDI-001), whatever the context variable is called.
    if (m === "run" && isFabricConnection(ctx, node)) return;
    // js2py.EvalJs().execute(src) runs JavaScript (PY-CODE-001).
    if (m === "execute" && jsContext(ctx, node)) return;
    if (localNonDbMethod(ctx, node)) return;
    if (m === "execute" && objectRunOnData(ctx, node)) return;
    const sql =
      (/^psycopg2\.extras\./.test(q) ? ctx.arg(node, 1, "sql") : undefined) ??
      ctx.arg(node, 0, "sql") ??
      ctx.arg(node, 0, "query") ??
      ((FUNCS.has(q) && /(^|\.)(text|TextClause)$/.test(q)) || dbText ? ctx.kwarg(node, "text") : undefined);
    if (!sql) return;
    // run/query/fetch...: a database's only when the receiver is one or the text reads as a SQL statement.
    if (
      DB_ONLY.has(m) &&
      !DB_RECEIVER.test(q) &&
      !dbHandle(ctx, node) &&
      !SQL_START.test(ctx.text(ctx.resolve(sql) ?? sql))
    )
      return;
    if (DB_ONLY.has(m) && quotedShellCommand(ctx, sql)) return;
    if (argvList(ctx, sql) || processRunnerCall(ctx, node)) return;
    // (run/query: a session's shell line is judged above, by its quoting.)
    if (!DB_ONLY.has(m) && commandLine(ctx, sql)) return;
    const built = isBuiltString(ctx, sql) || isAugmented(ctx, sql);
    if (!built && !isRawInput(ctx, sql)) return;
    const level = ctx.level(sql, "sql");
    if (!built && level < Level.SOURCE && !(level === Level.PARAM && clauseFragment(ctx, node))) return;
    if (level === Level.CONST) return;
    if (level === Level.UNKNOWN && objectStateIdentifiers(ctx, sql)) return;
    if (level < Level.SOURCE && djangoBackendMethod(ctx, node)) return;
    if (level < Level.SOURCE && mogrifiedBatch(ctx, sql)) return;
    if (level < Level.SOURCE && interpolatedPlaceholders(ctx, node, sql)) return;
    if (level < Level.SOURCE && (alembicOp(ctx, node) || managementCommand(ctx, node))) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `query passed to ${m || q}() is built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
    });
  },
  cases: {
    valid: [
      "import json, boto3\nrds = boto3.client('rds-data')\ndef handler(event, context):\n    n = json.loads(event['body'])['name']\n    rds.execute_statement(resourceArn='a', secretArn='s', sql='SELECT * FROM t WHERE n = :n', parameters=[{'name': 'n', 'value': {'stringValue': n}}])",
      "from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\ndef f(country):\n    t = spark.table('c')\n    return t.filter(t.country == country)",
      "from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\ndef f(cond):\n    return spark.table('c').filter(cond)",
      // A Django backend's schema editor: its inherited templates filled with quote_name()d model names.
      "from django.db.backends.base.schema import BaseDatabaseSchemaEditor\nclass Editor(BaseDatabaseSchemaEditor):\n    def drop_pk(self, model, name):\n        self.execute(self.sql_delete_pk % {'table': self.quote_name(model._meta.db_table), 'name': self.quote_name(name)})",
      // SQLite's single-quoted table name held on the store, in FROM, CREATE TABLE IF NOT EXISTS and a PRAGMA.
      "class Store:\n    def get(self, k):\n        self._db.execute(\"CREATE TABLE IF NOT EXISTS '%s' (k text)\" % self.table)\n        self._db.execute(\"PRAGMA table_info('%s')\" % self.table)\n        return self._db.execute(\"SELECT * FROM '%s' WHERE k == ?\" % self.table, (k,))",
      // str.format's fields and a dict's named fields holding the object's own table/column names (or Django's
      // quote_name of one) in identifier slots, and numbers through %(k)d.
      "class Q:\n    def count(self):\n        sql = 'SELECT COUNT({}) FROM {} WHERE status < ?'.format(self._key, self._table)\n        return self.db.execute(sql, (1,)).fetchone()",
      "from django.db import connection\ndef move(cls, t, j):\n    sql = 'UPDATE %(table)s SET tree_id = %(t)d, lft = lft + %(j)d' % {'table': connection.ops.quote_name(cls._meta.db_table), 't': t, 'j': j}\n    connection.cursor().execute(sql, [])",
      // A signal-processing node's execute() on an array computed here: no SQL text anywhere.
      "import numpy as np\nfrom sigflow import nodes\ndef whiten(mat, mix):\n    mat = np.dot(mat, mix) + np.random.uniform(size=3)\n    pca = nodes.PCANode(output_dim=0.9)\n    pca.train(mat)\n    return pca.execute(mat)",
      // Pony: values as $parameters, and the ORM's own generator queries.
      "from flask import request\nfrom pony.orm import Database, select\ndb = Database()\ndef f():\n    q = request.args['q']\n    return db.select('SELECT * FROM note WHERE title = $q'), select(n for n in Note if n.title == q)[:]",
      "from flask import request\nfrom pony.orm import select\ndef f():\n    return select('n for n in Note if n.title == q')[:]",
      "from flask import request\nfrom pony.orm import Database, select\ndb = Database()\ndef f():\n    return db.select('SELECT * FROM note WHERE title = ' + str(int(request.args['id'])))",
      "from flask import request, session\nfrom pony.orm import db_session\ndef f():\n    return session.get('cart_' + request.args['id'])",
      "from flask import request\nfrom neo4j import GraphDatabase\ng = GraphDatabase.driver('bolt://db')\ndef f():\n    with g.session() as s:\n        return s.run('MATCH (u:User {name: $n}) RETURN u', n=request.args['n']).data()",
      // A local class's execute() that runs a shell command, not a driver's: its own sink is another rule's.
      "import subprocess\nfrom flask import request\nclass Job:\n    def check(self, n):\n        return n\n    def execute(self, name):\n        name = self.check(name)\n        return subprocess.call(['tar', 'czf', name])\ndef f():\n    return Job().execute(request.form['p'])",
      // A FastAPI class dependency: the attribute is what __init__ makes of the request values.
      "import sqlite3\nfrom fastapi import Depends, FastAPI\napp = FastAPI()\nclass Pager:\n    def __init__(self, limit: str = '20'):\n        self.limit = int(limit)\n@app.get('/l')\ndef logs(p: Pager = Depends(Pager)):\n    return sqlite3.connect('a.db').execute(f'SELECT * FROM logs LIMIT {p.limit}').fetchall()",
      "def execute_batch(cur, sql, rows):\n    stmts = [cur.mogrify(sql, a) for a in rows]\n    cur.execute(b';'.join(stmts))",
      "from psycopg2.extensions import quote_ident\ndef drop(cur, name):\n    cur.execute(f'DROP TABLE {quote_ident(name, cur)}')",
      "from django.db import connection\ndef count(table_name):\n    connection.cursor().execute('SELECT COUNT(*) FROM %s' % connection.ops.quote_name(table_name))",
      "import pymysql\nfrom flask import request\ndef f():\n    conn = pymysql.connect(host='db')\n    conn.cursor().execute('SELECT 1 FROM t WHERE n = %s' % conn.escape(request.args['n']))",
      // A MySQL driver's escaping reached through a bound-method alias: escape_string inside '...', escape anywhere.
      "import pymysql\nfrom flask import request\ndef f():\n    conn = pymysql.connect(host='db')\n    esc = conn.escape_string\n    conn.cursor().execute(\"SELECT 1 FROM t WHERE n = '%s'\" % esc(request.args['n']))",
      "import pymysql\nfrom flask import request\nclass Dao:\n    def __init__(self, conn):\n        self.conn = conn\n        self._lit = conn.escape\n    def find(self, n):\n        self.conn.cursor().execute('SELECT 1 FROM t WHERE n = %s' % self._lit(n))\ndef f():\n    Dao(pymysql.connect(host='db')).find(request.args['n'])",
      "import sqlite3\nfrom typing import Literal\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/a')\ndef a(sort: Literal['name', 'price'] = 'name'):\n    return sqlite3.connect('x').execute(f'SELECT * FROM t ORDER BY {sort}').fetchall()",
      "import sqlite3\nfrom enum import Enum\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass Dir(str, Enum):\n    asc = 'asc'\n    desc = 'desc'\nclass Q(BaseModel):\n    d: Dir\n@app.post('/b')\ndef b(q: Q):\n    return sqlite3.connect('x').execute(f'SELECT * FROM t ORDER BY name {q.d.value}').fetchall()",
      "from django.db import connection\nfrom rest_framework import serializers\nclass P(serializers.Serializer):\n    sort = serializers.ChoiceField(choices=['name', 'price'])\ndef f(request):\n    p = P(data=request.query_params)\n    p.is_valid(raise_exception=True)\n    connection.cursor().execute('SELECT id FROM t ORDER BY ' + p.validated_data['sort'])",
      "def handler(ctx, request):\n    return ctx.run('echo ' + request.args['q'])",
      // A remote shell session's command line with every field shell-quoted or numeric: not SQL.
      "from shlex import quote\nclass R:\n    def ls(self, fn):\n        return self._session.run(f'ls -a {quote(fn)}')\n    def chmod(self, mode, fn):\n        self._session.run(f'chmod {mode:o} {quote(fn)}')",
      "from django.db.models import F, Func, Value\ndef v(request):\n    return Product.objects.annotate(v=Func(F('name'), Value(request.GET['s']), function='CONCAT'))",
      "from flask import request\ndef f(db, Order):\n    return db.session.query(Order).filter(Order.status == request.args['s']).all()",
      "from quart import request\nasync def f(db):\n    form = await request.form\n    return await db.fetch_all('SELECT * FROM u WHERE n = :n', {'n': form['n']})",
      "from psycopg2 import sql\ndef f(cur, col, v):\n    q = sql.SQL('SELECT * FROM t WHERE {} = %s').format(sql.Identifier(col))\n    cur.execute(q, (v,))",
      "from psycopg import sql\ndef f(conn, table):\n    q = sql.SQL('SELECT count(*) FROM {}').format(sql.Identifier(table))\n    conn.cursor().execute(q)",
      "import sqlite3\nfrom flask import request\ndef f():\n    ids = request.args.getlist('id')\n    p = ', '.join('?' for _ in ids)\n    sqlite3.connect('a').execute(f'SELECT * FROM t WHERE id IN ({p})', ids)",
      "from flask import request\nfrom sqlalchemy import select\ndef f(session):\n    stmt = select(User).where(User.name == request.args['n'])\n    return session.execute(stmt)",
      "def f(db, q):\n    return db.execute(q)",
      "import psycopg2\nfrom psycopg2.extras import execute_values\nfrom flask import request\ndef f(cur):\n    execute_values(cur, 'INSERT INTO t (a) VALUES %s', [(request.args['a'],)])",
      "import duckdb\nfrom flask import request\ndef f():\n    return duckdb.sql(\"SELECT * FROM 'e.parquet' WHERE k = ?\", params=[request.args['k']]).fetchall()",
      "def build():\n    return 'SELECT * FROM t WHERE n = ?'\ndef f(cur, name):\n    cur.execute(build(), (name,))",
      "def f(request):\n    return User.objects.extra(where=['name = %s'], params=[request.GET['q']])",
      "import subprocess\ndef f(runner, x):\n    runner.run('a' + x)",
      "def f(cur, name):\n    cur.execute('SELECT * FROM t WHERE n = ?', (name,))",
      "TABLE = 'users'\ndef f(cur):\n    cur.execute('SELECT * FROM %s' % TABLE)",
      "class R:\n    def __init__(self, conn, table):\n        self.conn, self.table = conn, table\n    def by(self, o):\n        return self.conn.execute(f'SELECT * FROM {self.table} WHERE owner = ?', (o,))",
      "def f(cur):\n    cur.execute('SHOW TABLES')",
      // The store's placeholder token spliced into value slots, exactly as many parameters bound as fields.
      "def drop(schema, target, idx):\n    schema.execute('DELETE FROM routes WHERE f_target = %s AND (f_oif = %s OR f_iif = %s)' % (schema.plch, schema.plch, schema.plch), (target, idx, idx))",
      "class Src:\n    def save(self, key, value):\n        p = (self.db.plch,) * 3\n        self.db.execute('INSERT INTO opts (f_target, f_name, f_value) VALUES (%s, %s, %s)' % p, (self.target, key, value))",
      "class Schema:\n    def flush(self, target):\n        for table in self.spec:\n            self.execute('DELETE FROM %s WHERE f_target = %s' % (table, self.plch), (target,))\n    def dump(self, f):\n        for table in self.spec.keys():\n            for rec in self.execute('SELECT * FROM %s_log' % table):\n                f.write(str(rec))",
      "class If:\n    def mark(self, m):\n        self.db.execute('UPDATE ifs SET f_tflags = %s WHERE f_index = %s' % ((self.db.plch,) * 2), (m, self.index))",
      "class M:\n    def destroy(self):\n        for j in self.__class__.meta.joins:\n            self.conn.query('DELETE FROM %s WHERE %s=%d' % (j.link_table, j.link_column, self.id))",
      "class S:\n    def release(self):\n        self.db.execute_sql('RELEASE SAVEPOINT %s;' % self.quoted_sid)",
      "class C:\n    def reconnect(self, conn):\n        conn.query('SET NAMES %s' % self.db_encoding)",
      "def f(qs, t):\n    return qs.extra(where=['title = %s'], params=[t])",
      "def f(qs, t):\n    return qs.extra(order_by=[t])",
      "from peewee import SQL\ndef f(q):\n    return Note.select().where(SQL('title = ?', [q]))",
      "def f(cur, col):\n    if col not in ('a', 'b'):\n        raise ValueError(col)\n    cur.execute(f'SELECT {col} FROM t')",
      "import asyncpg\nasync def f(region):\n    conn = await asyncpg.connect()\n    return await conn.prepare('SELECT * FROM o WHERE r = $1')",
      "import MySQLdb\ndef f(conn):\n    return conn.cursor(MySQLdb.cursors.DictCursor)",
      "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\ndef f(c):\n    return db.session.execute(db.text('SELECT * FROM p WHERE c = :c'), {'c': c})",
      "import sqlite3\nfrom flask import request\nQ = \"SELECT * FROM t WHERE a = '{n}'\"\ndef f():\n    d = {'n': request.args['n']}\n    d.update(n='x')\n    return sqlite3.connect('a').execute(Q.format_map(d))",
      // A process runner's execute() given an argv list (literal, concatenated, or held by a name).
      "def f(ns, opts):\n    cmd = ['sysctl', '-w'] + opts\n    return ns.netns.execute(cmd, run_as_root=True)",
      "def f(runner, table, ns):\n    args = ['%s-save' % table]\n    if ns:\n        args = ['ip', 'netns', 'exec', ns] + args\n    return runner.execute(args, run_as_root=True)",
      "def f(utils, cmd, ns):\n    return utils.execute(['ip', 'netns', 'exec', ns] + cmd if ns else cmd, run_as_root=True)",
      "def f(utils, base, cmd):\n    return utils.execute(base + cmd, check_exit_code=False, log_fail_as_error=False)",
      "def f(utils, cmds, ns):\n    pre = []\n    if ns:\n        pre = ['ip', 'netns', 'exec', ns]\n    env = []\n    cmd = pre + env + list(cmds)\n    return utils.execute(cmd)\n",
      // alembic migration helper: DDL from the names its migration scripts pass.
      "from alembic import op\ndef retype(table, column):\n    op.execute('ALTER TABLE %s DROP COLUMN old_%s' % (table, column))",
      // A management command's DDL from the operator's own options.
      "from django.core.management.base import BaseCommand\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        self.cursor.execute('DROP DATABASE \"%s\"' % options['dbname'])",
      // Table and key column from the model's schema metadata (`_meta`), the key a number.
      "class Mapper:\n    def delete_row(self, obj):\n        meta = obj.__class__._meta\n        self.conn.query('DELETE FROM %s WHERE %s = %d' % (meta.table_name, meta.pk_column, obj.pk))",
    ],
    invalid: [
      {
        code: "import json, boto3\nrds = boto3.client('rds-data')\ndef handler(event, context):\n    n = json.loads(event['body'])['name']\n    rds.execute_statement(resourceArn='a', secretArn='s', sql=f\"SELECT * FROM t WHERE n = '{n}'\")",
        line: 5,
      },
      {
        code: "from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\ndef f(country):\n    return spark.table('c').filter(f\"country = '{country}'\")",
        line: 4,
      },
      {
        code: 'from airflow.providers.postgres.hooks.postgres import PostgresHook\ndef f(day):\n    return PostgresHook().get_pandas_df("SELECT * FROM t WHERE ds = \'" + day + "\'")',
        line: 3,
      },
      // The same DDL from request data: alembic's op and a management command's class do not clean a request.
      "from alembic import op\nfrom flask import request\ndef f():\n    op.execute('DROP TABLE %s' % request.args['t'])",
      "from django.core.management.base import BaseCommand\nfrom flask import request\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        self.cursor.execute('DROP DATABASE %s' % request.args['t'])",
      // A name holding a string, not a list, is still query text.
      "def f(cur, name):\n    q = 'SELECT * FROM t WHERE n = ' + name\n    cur.execute(q)",
      // Request data inside a backend class is still an injection.
      "from django.db.backends.base.schema import BaseDatabaseSchemaEditor\nfrom flask import request\nclass Editor(BaseDatabaseSchemaEditor):\n    def drop(self):\n        self.execute('DROP TABLE %s' % request.args['t'])",
      "class Store:\n    def by_owner(self, owner):\n        return self._db.execute(\"SELECT * FROM '%s' WHERE owner = '%s'\" % (self.table, owner))",
      "from django.db import connection\ndef find(name, j):\n    sql = 'SELECT * FROM t WHERE name = %(n)s AND lft > %(j)d' % {'n': name, 'j': j}\n    connection.cursor().execute(sql)",
      "class Q:\n    def count(self, col):\n        sql = 'SELECT COUNT({}) FROM {}'.format(col, self._table)\n        return self.db.execute(sql).fetchone()",
      "class Mapper:\n    def find(self, obj, value):\n        meta = obj._meta\n        self.conn.query(\"SELECT * FROM %s WHERE name = '%s'\" % (meta.table_name, value))",
      // Pony ORM's raw text: a Database's select(), raw_sql() inside a query, an entity's select_by_sql(), a query's
      // text given to select().
      {
        code: "from flask import request\nfrom pony.orm import Database\ndb = Database()\ndef f():\n    return db.select(\"SELECT * FROM note WHERE title = '\" + request.args['q'] + \"'\")",
        line: 5,
      },
      {
        code: "from flask import request\nfrom pony.orm import select, raw_sql\ndef f():\n    q = request.args['q']\n    return select(n for n in Note if raw_sql(\"n.title = '\" + q + \"'\"))[:]",
        line: 5,
      },
      {
        code: "from flask import request\nfrom pony import orm\ndef f():\n    return Note.select_by_sql(f\"SELECT * FROM note WHERE title = '{request.args['q']}'\")",
        line: 4,
      },
      {
        code: "from flask import request\nfrom pony.orm import select\ndef f():\n    return select(\"n for n in Note if n.title == '\" + request.args['q'] + \"'\")[:]",
        line: 4,
      },
      // A field more than the bound parameters, or a placeholder of the template's own: a field holds a value.
      "def f(cur, name, v):\n    cur.execute('SELECT * FROM t WHERE a = %s AND b = %s' % (name, '?'), (v,))",
      "def f(cur, name, v):\n    cur.execute('SELECT * FROM t WHERE a = %s AND b = ?' % name, (v,))",
      "def f(cur, tables, target):\n    for table in tables:\n        cur.execute('DELETE FROM %s WHERE f_target = %s' % (table, '?'), (target,))",
      // Cypher built from request data, on a Neo4j session whatever it is called
      {
        code: "from flask import request\nfrom neo4j import GraphDatabase\ng = GraphDatabase.driver('bolt://db')\ndef f():\n    with g.session() as s:\n        return s.run(\"MATCH (u:User {name: '\" + request.args['n'] + \"'}) RETURN u\").data()",
        line: 6,
      },
      // A thin wrapper over the driver (through a helper): the query is built at the caller.
      {
        code: "import sqlite3\nfrom flask import request\nclass DB:\n    def _run(self, q):\n        return sqlite3.connect('a').execute(q)\n    def execute(self, sql):\n        return self._run(sql)\ndef f():\n    return DB().execute(\"SELECT * FROM t WHERE n = '\" + request.args['n'] + \"'\")",
        line: 9,
      },
      // str.format_map fills the template from a mapping that holds the request value.
      "import sqlite3\nfrom flask import request\nQ = \"SELECT * FROM t WHERE a = '{n}'\"\ndef f():\n    d = {'n': request.args['n']}\n    return sqlite3.connect('a').execute(Q.format_map(d))",
      // The same session with an unquoted field: kept (the only warning that names it).
      { code: "class R:\n    def touch(self, path):\n        self._session.run(f'touch {path}')", line: 3 },
      {
        code: "from flask import request\ndef f(session):\n    return session.run(f\"MATCH (p) WHERE p.name = '{request.args['n']}' RETURN p\")",
        line: 3,
      },
      "import sqlite3\nfrom fastapi import Depends, FastAPI\napp = FastAPI()\nclass Pager:\n    def __init__(self, limit: str = '20'):\n        self.limit = limit\n@app.get('/l')\ndef logs(p: Pager = Depends(Pager)):\n    return sqlite3.connect('a.db').execute(f'SELECT * FROM logs LIMIT {p.limit}').fetchall()",
      {
        code: "import asyncpg\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/e')\nasync def e(w: str):\n    conn = await asyncpg.connect()\n    await conn.copy_from_query(f'SELECT * FROM t WHERE {w}', output='/tmp/o.csv')",
        line: 7,
      },
      {
        code: "import asyncpg\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/e')\nasync def e(w: str):\n    conn = await asyncpg.connect()\n    async for r in conn.cursor(\"SELECT * FROM t WHERE k = '\" + w + \"'\"):\n        print(r)",
        line: 7,
      },
      {
        code: "from flask import Flask, request\nfrom flask_sqlalchemy import SQLAlchemy\napp = Flask(__name__)\ndb = SQLAlchemy(app)\n@app.route('/p')\ndef p():\n    return str(db.text('SELECT * FROM p ORDER BY ' + request.args['o']))",
        line: 7,
      },
      // Object state in a value slot is still text spliced into the statement.
      "class M:\n    def rename(self):\n        self.conn.query(\"UPDATE %s SET title = '%s'\" % (self.table, self.title))",
      {
        code: "from django.db import connection\ndef v(request):\n    cur = connection.cursor()\n    parts = [cur.mogrify('SELECT 1 WHERE a = %s', (1,))]\n    parts.append(request.GET['o'].encode())\n    cur.execute(b' '.join(parts))",
        line: 6,
      },
      // Django's quote_name does not escape a quote inside the name: request data can close the identifier.
      "from django.db import connection\ndef count(request):\n    t = connection.ops.quote_name(request.GET['t'])\n    connection.cursor().execute('SELECT COUNT(*) FROM %s' % t)",
      "import pymysql\nfrom flask import request\ndef f(other):\n    conn = pymysql.connect(host='db')\n    conn.cursor().execute('SELECT 1 FROM t WHERE n = %s' % other.escape(request.args['n']))",
      // escape_string adds no quotes: outside '...' the value is still SQL.
      "import pymysql\nfrom flask import request\ndef f():\n    conn = pymysql.connect(host='db')\n    esc = conn.escape_string\n    conn.cursor().execute('SELECT 1 FROM t WHERE id = %s' % esc(request.args['n']))",
      "import sqlite3\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get('/a')\ndef a(sort: str = 'name'):\n    return sqlite3.connect('x').execute(f'SELECT * FROM t ORDER BY {sort}').fetchall()",
      "from django.db import connection\nfrom rest_framework import serializers\nclass P(serializers.Serializer):\n    sort = serializers.CharField(max_length=20)\ndef f(request):\n    p = P(data=request.query_params)\n    p.is_valid(raise_exception=True)\n    connection.cursor().execute('SELECT id FROM t ORDER BY ' + p.validated_data['sort'])",
      {
        code: "import psycopg2\nfrom psycopg2.extras import execute_batch\nfrom flask import request\ndef f(cur):\n    execute_batch(cur, \"UPDATE t SET a = %s WHERE b = '\" + request.args['b'] + \"'\", [(1,)])",
        line: 5,
      },
      {
        code: "import duckdb\nfrom flask import request\ndef f():\n    return duckdb.sql(f\"SELECT * FROM 'e.parquet' WHERE k = '{request.args['k']}'\").fetchall()",
        line: 4,
      },
      {
        code: "import cherrypy, duckdb\nclass A:\n    @cherrypy.expose\n    def s(self):\n        u = cherrypy.request.params.get('u')\n        return str(duckdb.connect('w.db').execute(\"SELECT * FROM s WHERE u = '\" + u + \"'\").fetchall())",
        line: 6,
      },
      {
        code: "from flask import request\ndef view(store):\n    return store.query(\"SELECT * FROM t WHERE n = '%s'\" % request.args['n'])",
        line: 3,
      },
      {
        code: "from fastapi import APIRouter\nrouter = APIRouter()\n@router.get('/u')\nasync def u(name: str):\n    return await database.fetch_all(\"SELECT * FROM u WHERE n = '\" + name + \"'\")",
        line: 5,
      },
      "from flask import request\nimport sqlalchemy\ndef f():\n    return sqlalchemy.text(text='SELECT * FROM t WHERE ' + request.args['w'])",
      "from flask import request\nfrom sqlalchemy.sql.expression import TextClause\ndef f():\n    return TextClause(request.args['w'])",
      "def f(request):\n    return User.objects.extra(\"insert into n ('name') values ('%s')\" % request.GET['n'])",
      {
        code: "from django.db.models import F, Func\ndef v(request):\n    return Product.objects.annotate(v=Func(F('name'), function=request.GET['fn']))",
        line: 3,
      },
      {
        code: "from flask import request\ndef f(db, Order):\n    return db.session.query(Order).filter(\"status = '%s'\" % request.args['s']).all()",
        line: 3,
      },
      {
        code: "from quart import request\nasync def f(db):\n    form = await request.form\n    return await db.fetch_all(f\"SELECT * FROM u WHERE n = '{form['n']}'\")",
        line: 4,
      },
      {
        code: "from psycopg2 import sql\ndef f(cur, col):\n    cur.execute(sql.SQL('SELECT * FROM t WHERE ' + col + ' = %s'), (1,))",
        line: 3,
      },
      {
        code: "from psycopg import sql\ndef f(conn, table):\n    q = sql.SQL('SELECT count(*) FROM {}'.format(table))\n    conn.cursor().execute(q)",
        line: 3,
      },
      { code: "def f(conn, v):\n    conn.exec_driver_sql(f\"DELETE FROM t WHERE n = '{v}'\")", line: 2 },
      {
        code: "from flask import request\nfrom sqlalchemy import text\ndef f():\n    sort = request.args.get('sort', 'id')\n    return User.query.order_by(text(sort)).all()",
        line: 5,
      },
      { code: "from flask import request\ndef f(db):\n    db.execute(request.form['q'])", line: 3 },
      {
        code: "class R:\n    def by(self, o):\n        return self.conn.execute(f\"SELECT * FROM t WHERE {self.col} = '{o}'\")",
        line: 3,
      },
      {
        code: "class R:\n    def all(self):\n        return self.conn.execute(f'SELECT * FROM t WHERE {self.where}')",
        severity: "MEDIUM",
      },
      {
        code: 'def f(database, n):\n    database.execute_sql("DELETE FROM t WHERE n = \'" + n + "\'")',
        line: 2,
      },
      {
        code: "import sqlite3\nfrom flask import request\ndef f():\n    ids = request.args.getlist('id')\n    p = ', '.join(str(i) for i in ids)\n    sqlite3.connect('a').execute(f'SELECT * FROM t WHERE id IN ({p})')",
        line: 6,
      },
      "def build(name):\n    return \"SELECT * FROM t WHERE n = '%s'\" % name\ndef f(cur, name):\n    cur.execute(build(name))",
      "def f(request):\n    q = request.GET['q']\n    return User.objects.extra(where=[\"name = '\" + q + \"'\"])",
      "async def q(conn, name):\n    return await conn.fetch('SELECT * FROM u WHERE n = ' + name)",
      "from django.db.models.expressions import RawSQL\ndef q(qs, col):\n    return qs.annotate(v=RawSQL('SELECT %s' % col, ()))",
      "def f(cur, name):\n    cur.execute(\"SELECT * FROM t WHERE n = '%s'\" % name)",
      "def f(cur, name):\n    q = f\"DELETE FROM t WHERE n = '{name}'\"\n    cur.execute(q)",
      "def f(self, uid):\n    self.db.execute('SELECT * FROM t WHERE id = ' + str(uid))",
      { code: "def f(qs, t):\n    return qs.extra(\n        where=[\"title = '%s'\" % t])", line: 2 },
      {
        code: "import dataset\nfrom flask import request\nstore = dataset.connect('sqlite:///e.db')\ndef f():\n    return list(store.query(f\"SELECT * FROM e WHERE k = '{request.args['k']}'\"))",
        line: 5,
      },
      {
        code: "from peewee import SQL\ndef f(q):\n    return Note.select().where(SQL(\"title = '%s'\" % q))",
        line: 3,
      },
      {
        code: "def v(request):\n    sort = request.GET['sort']\n    return Book.objects.extra(order_by=[sort])",
        line: 3,
      },
      {
        code: "from sqlalchemy import literal_column\ndef f(expr):\n    return literal_column('price * ' + expr)",
        line: 3,
      },
    ],
  },
});
