import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { isBuiltString, pyRule } from "./common.js";

const QUERY_METHODS =
  /^(find|find_one|find_one_and_update|find_one_and_delete|find_one_and_replace|update_one|update_many|delete_one|delete_many|count_documents|aggregate|replace_one|distinct)$/;
const AWS_EXPRESSIONS = [
  "FilterExpression",
  "KeyConditionExpression",
  "ConditionExpression",
  "UpdateExpression",
  "ProjectionExpression",
  "SelectExpression",
];

const LEGACY_CONDITIONS = ["ScanFilter", "QueryFilter", "KeyConditions", "Expected"];

/**
 * Request data that can carry objects (JSON), not just strings: {"$ne": null} passes any equality test. Flask,
 * Quart, Bottle, Sanic and CherryPy's `request.json`, aiohttp/Starlette's `await request.json()`, Falcon's
 * `req.media` / `req.get_media()`, Pyramid's `request.json_body`, a parser of JSON text, tornado's json_decode.
 */
const JSON_SOURCE =
  /^((flask|quart|bottle|sanic|cherrypy)\.)?(request|req)\.(json|get_json|json_body|media|get_media)(?![\w])|^(json|bson\.json_util|json_util|ujson|orjson|simplejson)\.loads$|^(websocket|ws)\.receive_json$|^(tornado\.escape\.)?json_decode$/;
/** Django REST framework's `request.data`: the parsed body, objects included (Flask's `request.data` is bytes). */
const DRF = /^\s*(from|import)\s+rest_framework\b/m;
const DRF_DATA = /^request\.data(?![\w])/;

const jsonSource = (ctx: PythonContext, name: string): boolean =>
  JSON_SOURCE.test(name) || (DRF_DATA.test(name) && sourceHas(ctx.tree, DRF));

/** `body.get("name")`, `body['name']` and `body["name"]` as one spelling. */
const accessKey = (t: string) =>
  t
    .replace(/\s+/g, "")
    .replace(/\.get\((['"][^'"]*['"])(,[^()]*)?\)/g, "[$1]")
    .replace(/'/g, '"');

/**
 * `if not isinstance(body.get("username"), str): return ...` before the query (or the query inside `if
 * isinstance(..., str):`): the value is a scalar, not an operator object.
 */
function scalarChecked(ctx: PythonContext, value: SyntaxNode, at: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(at);
  if (!fn || !sourceHas(ctx.tree, /\bisinstance\(/)) return false;
  const key = accessKey(ctx.text(value));
  for (const g of descendants(fn)) {
    if (g.type !== "if_statement" || g.start > at.start) continue;
    const cond = field(g, "condition");
    const body = field(g, "consequence");
    if (!cond || !body) continue;
    for (const m of ctx
      .text(cond)
      .matchAll(
        /(\bnot\s+)?isinstance\(([^,]+),\s*\(?\s*(str|int|float|bool)(\s*,\s*(str|int|float|bool))*\s*,?\s*\)?\s*\)/g,
      )) {
      if (accessKey(m[2]!) !== key) continue;
      const inside = at.start >= body.start && at.end <= body.end;
      const exits = /^\s*(return|raise|abort\()/m.test(ctx.text(body));
      if ((m[1] && exits && g.end <= at.start) || (!m[1] && inside)) return true;
    }
  }
  return false;
}

function jsonValue(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  const n = ctx.resolve(node);
  if (!n) return false;
  for (const d of [n, ...descendants(n)]) {
    if (d.type === "call" && /^(str|int|float|bool|escape|re\.escape)$/.test(ctx.callee(d))) return false;
    if (
      d.type === "call" &&
      jsonSource(ctx, ctx.callee(d)) &&
      // (a parser's or a WebSocket's JSON only when the text or the socket is the client's)
      (!/(\.loads|json_decode|\.receive_json)$/.test(ctx.callee(d)) || ctx.level(d, "code") === Level.SOURCE)
    )
      return true;
    if ((d.type === "attribute" || d.type === "subscript") && jsonSource(ctx, ctx.qname(d))) return true;
    // body["username"] with body = request.get_json(): the element of a parsed body is still JSON.
    if (
      d !== n &&
      d.type === "identifier" &&
      depth < 2 &&
      d.parent?.type === "subscript" &&
      !scalarChecked(ctx, d.parent, d) &&
      jsonValue(ctx, d, depth + 1)
    )
      return true;
  }
  return false;
}

const MONGOENGINE = /^\s*(from|import)\s+(mongoengine|flask_mongoengine)\b/m;

const ES_QUERY_STRING = "a request string searched as an Elasticsearch query_string / q= (Lucene syntax)";
/** Elasticsearch / OpenSearch clients and their DSL libraries. */
const SEARCH_ENGINE = /^\s*(from|import)\s+(elasticsearch|elasticsearch_dsl|opensearchpy|opensearch_dsl)\b/m;
const SEARCH_METHODS =
  /^(search|msearch|count|delete_by_query|update_by_query|update|explain|validate_query|async_search\.submit)$/;

/**
 * A search request's clauses that the engine parses as a language of its own: a `query_string` (and a URI search's
 * q=) is Lucene syntax - the client names any field (`password:*`), or writes wildcards and regexes that scan the
 * index; a `script` (its `source`, or the short string form) is Painless code run on the cluster.
 */
function searchClause(
  ctx: PythonContext,
  body: SyntaxNode | undefined,
): { severity?: "MEDIUM"; reason?: string; message: string } | undefined {
  const v = ctx.resolve(body) ?? body;
  if (!v) return undefined;
  const valueOf = (dict: SyntaxNode | undefined, key: string): SyntaxNode | undefined => {
    const d = ctx.resolve(dict) ?? dict;
    if (d?.type !== "dictionary") return undefined;
    const pair = namedChildren(d).find((p) => p.type === "pair" && ctx.stringValue(field(p, "key")) === key);
    return pair ? field(pair, "value") : undefined;
  };
  for (const pair of [v, ...descendants(v)].filter((d) => d.type === "pair")) {
    const key = ctx.stringValue(field(pair, "key"));
    const value = field(pair, "value");
    if (key === "query_string") {
      const q = valueOf(value, "query");
      if (q && ctx.level(q, "sql") === Level.SOURCE)
        return {
          severity: "MEDIUM",
          reason: ES_QUERY_STRING,
          message: "query_string query (Lucene syntax) comes from the request",
        };
    }
    if (key === "script") {
      const inline = ctx.resolve(value) ?? value;
      const src =
        inline?.type === "dictionary" ? (valueOf(inline, "source") ?? valueOf(inline, "inline")) : inline;
      if (src && ctx.level(src, "code") === Level.SOURCE)
        return { message: "search script (Painless) is built from request data" };
    }
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-NOSQL-001",
    title: "NoSQL query built from untrusted input",
    cwe: ["CWE-943"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "a JSON request value used as a query field may carry an operator ($ne, $gt, $regex)",
      },
      { severity: "MEDIUM", when: "a request string used unescaped as a $regex pattern" },
      { severity: "MEDIUM", when: ES_QUERY_STRING },
    ],
    docs: {
      what_it_does:
        "Flags MongoDB queries (pymongo find/update/delete/aggregate) with a $where / $function JavaScript string built from non-literal data (HIGH), or a filter whose values are taken from the JSON body unconverted (MEDIUM), a $regex pattern taken from the request unescaped (MEDIUM), and Redis Lua scripts (eval, register_script) spliced together with request data (HIGH).",
      why_bad:
        "$where runs JavaScript on the server: built from input it is code injection; and a JSON value can be an object like {\"$ne\": null}, which turns a login query into 'any user'.",
      example_bad:
        "from flask import request\ndef login(db):\n    return db.users.find_one({'name': request.json['name'], 'password': request.json['password']})",
      example_good:
        "from flask import request\ndef login(db):\n    return db.users.find_one({'name': str(request.json['name'])})",
    },
    fix_hint:
      "Never build $where code from input; convert every filter value to the expected type (str(), int()) first.",
  },
  trigger:
    /elasticsearch|opensearch|FilterExpression|KeyConditionExpression|ScanFilter|QueryFilter|KeyConditions|ComparisonOperator|ConditionExpression|UpdateExpression|ProjectionExpression|SelectExpression|execute_statement|pymongo|mongo|motor|redis|__raw__|\$where|\$function|\.find(_one)?\(\s*(\{|request|\w+\))|\.(update|delete|replace)_(one|many)\(|count_documents|find_one_and|\.aggregate\(|\.(filter|exclude|get)\(\s*\*\*/i,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    // Redis: r.eval(script, numkeys, ...) / r.register_script(script) / r.script_load(script) (run by evalsha)
    // run Lua; a script spliced together with request data lets the client run any command (KEYS/ARGV carry
    // values without that), and a script that is the request's value is the client's own program.
    if (
      /^(eval|eval_ro|register_script|script_load)$/.test(ctx.method(node)) &&
      field(node, "function")?.type === "attribute" &&
      sourceHas(ctx.tree, /^\s*(import|from)\s+(redis|aioredis)\b/m)
    ) {
      const script = ctx.arg(node, 0, "script");
      if (!script || ctx.level(script, "code") !== Level.SOURCE) return;
      if (isBuiltString(ctx, script)) {
        report({ node, message: "Redis Lua script is built from request data" });
        return;
      }
      // (one of the program's own scripts picked by a request key, `SCRIPTS[name]`, is not the client's code)
      const v = ctx.resolve(script);
      const table = v?.type === "subscript" ? ctx.resolve(field(v, "value")) : undefined;
      if (table?.type !== "dictionary" && table?.type !== "list" && table?.type !== "tuple")
        report({ node, message: "Redis Lua script is taken from the request" });
      return;
    }
    if (
      SEARCH_METHODS.test(ctx.method(node)) &&
      field(node, "function")?.type === "attribute" &&
      sourceHas(ctx.tree, SEARCH_ENGINE)
    ) {
      const q = ctx.kwarg(node, "q");
      if (q && ctx.level(q, "sql") === Level.SOURCE) {
        report({
          node,
          severity: "MEDIUM",
          reason: ES_QUERY_STRING,
          message: "URI search q= (Lucene syntax) comes from the request",
        });
        return;
      }
      for (const kw of ["query", "body", "script"]) {
        const hit = searchClause(ctx, ctx.kwarg(node, kw));
        if (hit) {
          report({ node, ...hit });
          return;
        }
      }
      return;
    }
    // DynamoDB / SimpleDB expression strings (boto3): text built from request data rewrites the condition, the
    // projection or the update; boto3.dynamodb.conditions (Key(...).eq(v), Attr(...)) passes values as values.
    // DynamoDB PartiQL: execute_statement(Statement=f"... '{team}'") puts request data into the statement text;
    // values belong in Parameters=[...].
    if (
      /^(execute_statement|batch_execute_statement)$/.test(ctx.method(node)) &&
      sourceHas(ctx.tree, /dynamodb/i)
    ) {
      // batch_execute_statement(Statements=[{"Statement": ...}, ...]), the list written out or a comprehension.
      const many = ctx.resolve(ctx.kwarg(node, "Statements"));
      const items =
        many?.type === "list"
          ? namedChildren(many)
          : many?.type === "list_comprehension"
            ? namedChildren(many).slice(0, 1)
            : [];
      const statements = [ctx.kwarg(node, "Statement")];
      for (const d of items)
        if (d.type === "dictionary")
          for (const p of namedChildren(d))
            if (p.type === "pair" && ctx.stringValue(field(p, "key")) === "Statement")
              statements.push(field(p, "value"));
      for (const st of statements) {
        const v = st ? (ctx.resolve(st) ?? st) : undefined;
        if (
          st &&
          v &&
          /^(binary_operator|string|concatenated_string|call)$/.test(v.type) &&
          ctx.level(st, "sql") === Level.SOURCE
        ) {
          report({ node, message: "PartiQL Statement is built from untrusted input" });
          return;
        }
      }
      return;
    }
    // DynamoDB's legacy conditions (ScanFilter, QueryFilter, KeyConditions, Expected): a ComparisonOperator the
    // request picks turns `role EQ x` into `role NE x` (or NOT_NULL), the filter's logic rather than its value.
    for (const kw of LEGACY_CONDITIONS) {
      const e = ctx.kwarg(node, kw);
      const v = e ? (ctx.resolve(e) ?? e) : undefined;
      if (v?.type !== "dictionary") continue;
      const op = descendants(v).find(
        (d) =>
          d.type === "pair" &&
          /^(ComparisonOperator|ConditionalOperator)$/.test(ctx.stringValue(field(d, "key")) ?? "") &&
          ctx.level(field(d, "value"), "sql") === Level.SOURCE,
      );
      if (op) {
        report({ node, message: `${kw} takes its comparison operator from untrusted input` });
        return;
      }
    }
    for (const kw of AWS_EXPRESSIONS) {
      const e = ctx.kwarg(node, kw);
      if (!e) continue;
      const v = ctx.resolve(e) ?? e;
      // Only expression text counts: condition objects and mappings are not parsed as expressions.
      if (/^(dictionary|list|set|tuple)$/.test(v.type) || /\b(Attr|Key)\s*\(/.test(ctx.text(v))) return;
      if (ctx.level(e, "sql") === Level.SOURCE)
        report({ node, message: `${kw} is built from untrusted input` });
      return;
    }
    // mongoengine: Doc.objects(__raw__=q) / .filter(__raw__=q) hands q to MongoDB as the whole query document.
    const raw = ctx.kwarg(node, "__raw__");
    if (raw) {
      const rv = ctx.resolve(raw) ?? raw;
      if (jsonValue(ctx, raw) || (rv.type !== "dictionary" && ctx.level(raw, "code") === Level.SOURCE))
        report({ node, message: "mongoengine __raw__ query comes from the request" });
      return;
    }
    if (
      /^(filter|exclude|get)$/.test(ctx.method(node)) &&
      /(^|\.)objects\.|queryset|_set\./i.test(ctx.callee(node))
    ) {
      // Django: Model.objects.filter(**{field + '__icontains': q}) or filter(**request.GET.dict()): the client
      // picks the lookup path (user__password__startswith=...) and reads fields it cannot see.
      const list = field(node, "arguments");
      const splat = list ? namedChildren(list).find((a) => a.type === "dictionary_splat") : undefined;
      const inner = splat ? namedChildren(splat)[0] : undefined;
      const dict = ctx.resolve(inner);
      const keys =
        dict?.type === "dictionary"
          ? namedChildren(dict)
              .filter((p) => p.type === "pair")
              .map((p) => field(p, "key"))
          : [];
      // `dict(name=name, context=context)`: keyword arguments only, so the keys are the code's own names.
      const keywordsOnly =
        dict?.type === "call" &&
        ctx.callee(dict) === "dict" &&
        namedChildren(field(dict, "arguments") ?? dict).every((a) => a.type === "keyword_argument");
      if (keywordsOnly) return;
      if (
        keys.some((k) => k && k.type !== "string" && ctx.level(k, "sql") === Level.SOURCE) ||
        // A comprehension filtered by an allow-list of keys (`{k: v for k, v in request.GET.items() if k in
        // ALLOWED}`) passes the client's values, never a lookup path it chose.
        (inner && dict?.type !== "dictionary" && ctx.keysLevel(inner, "sql") === Level.SOURCE)
      )
        report({ node, message: "query lookups (field names) chosen by the client" });
      return;
    }
    // mongoengine's QuerySet.where(js): a $where clause, JavaScript run by the server.
    if (
      ctx.method(node) === "where" &&
      /(^|\.)objects\.where$/.test(ctx.callee(node)) &&
      sourceHas(ctx.tree, MONGOENGINE)
    ) {
      const js = ctx.arg(node, 0, "where_clause");
      if (js && isBuiltString(ctx, js) && ctx.level(js, "code") >= Level.PARAM)
        report({ node, message: "mongoengine where() JavaScript is built from non-literal data" });
      return;
    }
    if (!QUERY_METHODS.test(ctx.method(node)) || field(node, "function")?.type !== "attribute") return;
    // update_one(filter, update): an update document parsed from the body sets any field ($set, $unset, $rename).
    const update = /^(update_one|update_many|replace_one|find_one_and_update|find_one_and_replace)$/.test(
      ctx.method(node),
    )
      ? ctx.arg(node, 1, ctx.method(node).includes("replace") ? "replacement" : "update")
      : undefined;
    if (update && jsonValue(ctx, update)) {
      report({
        node,
        severity: "MEDIUM",
        message: "an update document comes from the JSON body unconverted",
      });
      return;
    }
    const filter = ctx.resolve(ctx.arg(node, 0, "filter"));
    if (!filter) return;
    const dicts = [filter, ...descendants(filter)].filter((d) => d.type === "dictionary");
    for (const d of dicts)
      for (const pair of d.children.filter((c) => c.type === "pair")) {
        const key = ctx.stringValue(field(pair, "key"));
        const value = field(pair, "value");
        // `{"name": {"$regex": q}}` with q from the request: the client writes the pattern (`.*` matches every
        // document, a nested quantifier stalls the server) unless it went through re.escape.
        if (key === "$regex" && value && ctx.level(value, "regex") === Level.SOURCE) {
          report({
            node,
            severity: "MEDIUM",
            reason: "a request string used unescaped as a $regex pattern",
            message: "$regex pattern comes from the request unescaped",
          });
          return;
        }
        if (
          (key === "$where" || key === "$function" || key === "$accumulator") &&
          value &&
          ctx.level(value, "code") >= Level.PARAM
        ) {
          report({ node, message: `${key} JavaScript is built from non-literal data` });
          return;
        }
      }
    if (
      jsonValue(ctx, filter) ||
      dicts.some((d) => d.children.some((p) => p.type === "pair" && jsonValue(ctx, field(p, "value"))))
    )
      report({ node, severity: "MEDIUM", message: "a query value comes from the JSON body unconverted" });
  },
  cases: {
    valid: [
      "import json, boto3\nddb = boto3.client('dynamodb')\ndef handler(event, context):\n    ids = json.loads(event['body'])['ids']\n    ddb.batch_execute_statement(Statements=[{'Statement': 'DELETE FROM t WHERE id = ?', 'Parameters': [{'S': i}]} for i in ids])",
      // Keyword arguments only: the code names the fields, the request gives their values.
      "def tpl(request, name):\n    data = dict(name=name, identifier=request.GET['id'], context=request.GET['ctx'])\n    return EmailTemplate.objects.get(**data)",
      "import re\nfrom flask import request\ndef f(col):\n    return col.find({'name': {'$regex': re.escape(request.args['q'])}})",
      "from flask import request\ndef f(col):\n    return col.find({'name': {'$regex': '^abc'}, 'owner': request.args['o']})",
      "import boto3\nfrom boto3.dynamodb.conditions import Attr\nt = boto3.resource('dynamodb').Table('t')\ndef handler(event, context):\n    return t.scan(FilterExpression=Attr('s').eq(event['s']))",
      "import redis\nfrom flask import request\nr = redis.Redis()\ndef f():\n    return r.eval(\"return redis.call('INCR', KEYS[1])\", 1, request.args['k'])",
      "import redis\nfrom flask import request\nr = redis.Redis()\nLUA = {'incr': \"return redis.call('INCR', KEYS[1])\"}\ndef f():\n    return r.eval(LUA[request.args['op']], 1, 'hits')",
      "import redis\nfrom flask import request\nr = redis.Redis()\nLUA = {'incr': \"return redis.call('INCR', KEYS[1])\"}\ndef f():\n    return r.register_script(LUA.get(request.args['op'], ''))",
      "import redis\nr = redis.Redis()\nsha = r.script_load(\"return redis.call('TTL', KEYS[1])\")",
      "from flask import request\ndef f(Doc):\n    return Doc.objects(__raw__={'name': str(request.args['q'])}).count()",
      "def search(request):\n    return Product.objects.filter(**{'name__icontains': request.GET['q']})",
      "def search(request):\n    wanted = {k: v for k, v in request.GET.items() if k in {'color', 'size'}}\n    return Product.objects.filter(**wanted)",
      "from flask import request\ndef login(db):\n    body = request.get_json()\n    return db.users.find_one({'username': str(body['username'])})",
      // The body's field checked to be a string before the query, or the query inside the check.
      "from flask import request\ndef login(db):\n    body = request.get_json()\n    if not isinstance(body.get('username'), str):\n        return 'bad', 400\n    return db.users.find_one({'username': body['username']})",
      "from flask import request\ndef login(db):\n    body = request.get_json()\n    if isinstance(body['username'], str):\n        return db.users.find_one({'username': body['username']})",
      // Elasticsearch: a request value matched as a value, a script's params carry values.
      "from elasticsearch import Elasticsearch\nfrom flask import request\nes = Elasticsearch()\ndef f():\n    return es.search(index='docs', query={'match': {'body': request.args['q']}})",
      "from elasticsearch import Elasticsearch\nfrom flask import request\nes = Elasticsearch()\ndef f():\n    return es.search(index='docs', query={'script_score': {'query': {'match_all': {}}, 'script': {'source': '_score * params.f', 'params': {'f': request.args['f']}}}})",
      "from elasticsearch import Elasticsearch\nfrom flask import request\nes = Elasticsearch()\ndef f():\n    return es.search(index='docs', query={'simple_query_string': {'query': request.args['q']}})",
      // Flask's request.data is the body's bytes, never an object; DRF's converted to a string is a string.
      "from flask import request\ndef f(db):\n    return db.blobs.find_one({'raw': request.data})",
      "from rest_framework.decorators import api_view\n@api_view(['POST'])\ndef f(request):\n    return db.users.find_one({'user': str(request.data['user'])})",
      "class R:\n    def on_put(self, req, resp):\n        body = req.media\n        db.items.update_one({'sku': str(body['sku'])}, {'$set': {'price': float(body['price'])}})",
      "from flask import request\ndef f(db):\n    return db.users.find({'name': request.args.get('name')})",
      "from flask import request\ndef f(db):\n    return db.users.find_one({'name': str(request.json['name'])})",
      "def f(db):\n    return db.users.find({'$where': 'this.a > 1'})",
      "import boto3\nfrom flask import request\nc = boto3.client('dynamodb')\ndef f():\n    return c.scan(TableName='u', FilterExpression='team = :t', ExpressionAttributeValues={':t': {'S': request.args['t']}})",
      // A legacy ScanFilter whose operator is fixed: the request supplies only the compared value.
      "import boto3\nc = boto3.client('dynamodb')\ndef handler(event, context):\n    return c.scan(TableName='u', ScanFilter={'team': {'AttributeValueList': [{'S': event['t']}], 'ComparisonOperator': 'EQ'}})",
    ],
    invalid: [
      {
        code: "import json, boto3\nddb = boto3.client('dynamodb')\ndef handler(event, context):\n    ids = json.loads(event['body'])['ids']\n    ddb.batch_execute_statement(Statements=[{'Statement': f\"DELETE FROM t WHERE id = '{i}'\"} for i in ids])",
        line: 5,
      },
      {
        code: "from fastapi import FastAPI, WebSocket\nfrom pymongo import MongoClient\napp = FastAPI()\ndb = MongoClient().shop\n@app.websocket('/ws')\nasync def search(websocket: WebSocket):\n    await websocket.accept()\n    criteria = await websocket.receive_json()\n    return list(db.products.find(criteria))",
        line: 9,
      },
      // Checked as a dict (an operator object passes), or another field checked than the one queried.
      "from flask import request\ndef login(db):\n    body = request.get_json()\n    if not isinstance(body.get('password'), str):\n        return 'bad', 400\n    return db.users.find_one({'username': body['username']})",
      {
        code: "import boto3\nc = boto3.client('dynamodb')\ndef handler(event, context):\n    q = event['queryStringParameters']\n    return c.scan(TableName='u', ScanFilter={'team': {'AttributeValueList': [{'S': q['t']}], 'ComparisonOperator': q['op']}})",
        line: 5,
      },
      {
        code: "import json\nfrom flask import request\ndef f(users):\n    users.update_one({'_id': str(request.args['id'])}, json.loads(request.data))",
        line: 4,
      },
      {
        code: "from bson import json_util\nfrom flask import request\ndef f(users):\n    stage = json_util.loads(request.args['m'])\n    return users.aggregate([{'$match': stage}])",
        line: 5,
      },
      {
        code: "from mongoengine import Document\ndef f(Article, author):\n    return Article.objects.where(\"this.author == '%s'\" % author)",
        line: 3,
      },
      {
        code: "from flask import request\ndef f(col):\n    q = request.args.get('q', '')\n    return list(col.find({'name': {'$regex': q, '$options': 'i'}}))",
        severity: "MEDIUM",
        line: 4,
      },
      {
        code: "import boto3\nfrom flask import request\nc = boto3.client('dynamodb')\ndef f():\n    return c.execute_statement(Statement=f\"SELECT * FROM u WHERE t = '{request.args['t']}'\")",
        line: 5,
      },
      {
        code: "import boto3\nt = boto3.resource('dynamodb').Table('t')\ndef handler(event, context):\n    return t.scan(FilterExpression=event['filter'])",
        line: 4,
      },
      "import redis\nfrom flask import request\nr = redis.Redis()\ndef f():\n    return r.eval(\"return redis.call('INCR', '\" + request.args['k'] + \"')\", 0)",
      {
        code: "import redis\nfrom flask import request\nr = redis.Redis()\ndef f():\n    return r.evalsha(r.script_load(f\"return redis.call('TTL', '{request.args['k']}')\"), 0)",
        line: 5,
      },
      {
        code: "import redis\nfrom flask import request\nr = redis.Redis()\ndef f():\n    lua = request.form['lua']\n    return r.register_script(lua)(keys=['jobs'])",
        line: 6,
      },
      {
        code: "import boto3\nfrom flask import request\nc = boto3.client('dynamodb')\ndef f():\n    return c.scan(TableName='u', FilterExpression='team = ' + request.args['t'])",
        line: 5,
      },
      "import json\nfrom flask import request\ndef f(Doc):\n    return Doc.objects(__raw__=json.loads(request.args['q'])).count()",
      {
        code: "def search(request):\n    field = request.GET['field']\n    return Product.objects.filter(**{field + '__icontains': request.GET['q']})",
        line: 3,
      },
      { code: "def search(request):\n    return Product.objects.filter(**request.GET.dict())", line: 2 },
      {
        code: "def search(request):\n    data = dict(request.GET.items(), active=True)\n    return Product.objects.filter(**data)",
        line: 3,
      },
      {
        code: "def search(request):\n    wanted = {k: v for k, v in request.GET.items() if v}\n    return Product.objects.filter(**wanted)",
        line: 3,
      },
      {
        code: "from flask import request\ndef login(db):\n    body = request.get_json()\n    return db.users.find_one({'username': body['username'], 'password': body['password']})",
        severity: "MEDIUM",
      },
      "from flask import request\ndef f(db):\n    name = request.args.get('name')\n    return db.users.find({'$where': \"this.name == '\" + name + \"'\"})",
      {
        code: "from flask import request\ndef f(db):\n    return db.users.find_one({'name': request.json['name']})",
        severity: "MEDIUM",
      },
      {
        code: "from flask import request\ndef f(db):\n    return db.items.find(request.get_json())",
        severity: "MEDIUM",
      },
      // Elasticsearch: a query_string (or q=) the client writes, a Painless script spliced with request data.
      {
        code: "from elasticsearch import Elasticsearch\nfrom flask import request\nes = Elasticsearch()\ndef f():\n    return es.search(index='docs', query={'query_string': {'query': request.args['q']}})",
        severity: "MEDIUM",
        line: 5,
      },
      {
        code: "from elasticsearch import Elasticsearch\nfrom flask import request\nes = Elasticsearch()\ndef f():\n    return es.search(index='docs', q=request.args['q'])",
        severity: "MEDIUM",
      },
      {
        code: "from elasticsearch import Elasticsearch\nfrom flask import request\nes = Elasticsearch()\ndef f():\n    s = {'script_score': {'query': {'match_all': {}}, 'script': {'source': '_score * ' + request.args['f']}}}\n    return es.search(index='docs', query=s)",
        line: 6,
      },
      {
        code: "from opensearchpy import OpenSearch\nfrom flask import request\nos_ = OpenSearch()\ndef f():\n    return os_.update_by_query(index='d', body={'script': 'ctx._source.n = ' + request.args['n']})",
        line: 5,
      },
      // Other frameworks' parsed JSON bodies: Falcon's req.media, DRF's request.data, Pyramid's json_body.
      {
        code: "class R:\n    def on_post(self, req, resp):\n        query = req.media\n        resp.media = list(db.items.find(query))",
        severity: "MEDIUM",
        line: 4,
      },
      {
        code: "from rest_framework.decorators import api_view\n@api_view(['POST'])\ndef login(request):\n    return db.users.find_one({'user': request.data['user'], 'pw': request.data['pw']})",
        severity: "MEDIUM",
      },
      {
        code: "def login(request):\n    body = request.json_body\n    return db.users.find_one({'user': body['user'], 'pw': body['pw']})",
        severity: "MEDIUM",
      },
      {
        code: "import tornado.web\nfrom tornado.escape import json_decode\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        spec = json_decode(self.request.body)\n        self.write(str(db.items.find_one(spec)))",
        severity: "MEDIUM",
      },
    ],
  },
});
