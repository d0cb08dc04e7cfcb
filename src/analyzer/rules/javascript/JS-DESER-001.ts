import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * `Model._transformer.unserialize(row)`, `this.codec.unserialize(buf)`: a method of the program's own objects (an ORM
 * mapping column names back to attributes), reached through a property chain or `this`, in a file that loads no
 * code-reviving serialiser. A bare `unserialize(x)` or `serialize.unserialize(x)` still counts (snippets that leave
 * the require out).
 */
function ownUnserialize(q: string, source: string, local: boolean): boolean {
  // A function of this file named unserialize (`function unserialize(obj, managers, cb)`): its own body is what
  // runs, judged where it is written (no import can share its name).
  if (q === "unserialize") return local;
  const receiver = q.replace(/\.unserialize$/, "");
  if (receiver === q) return false;
  // ... or an object of the program under a name no serialiser module is bound to (`for (const m of managers)
  // m.unserialize(data)`, a resource manager's own method).
  if (/^[A-Za-z_$][\w$]*$/.test(receiver))
    return (
      !/serial|funcster/i.test(receiver) &&
      !new RegExp(
        `\\b${receiver.replace(/\$/g, "\\$")}\\s*=\\s*require\\s*\\(|\\bimport\\s+(\\*\\s+as\\s+)?${receiver.replace(/\$/g, "\\$")}\\b`,
      ).test(source)
    );
  return /^this\.|\./.test(receiver) && !/node-serialize|serialize-to-js|funcster/.test(source);
}

/** An options argument's text with what its names hold spelled out (`{ schema }` of `const schema = yaml.X`). */
function optionsText(opts: SyntaxNode, ctx: JsContext): string {
  const obj = ctx.resolve(opts) ?? opts;
  let t = ctx.text(obj);
  if (obj.type === "object")
    for (const c of namedChildren(obj)) {
      const v =
        c.type === "shorthand_property_identifier" ? c : c.type === "pair" ? field(c, "value") : undefined;
      if (v?.type === "identifier" || v?.type === "shorthand_property_identifier") {
        const held = ctx.resolve(v);
        if (held && held !== v) t += " " + ctx.text(held);
      }
    }
  return t;
}

export default jsRule({
  meta: {
    id: "JS-DESER-001",
    title: "Unsafe deserialisation",
    cwe: ["CWE-502"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags node-serialize/serialize-to-js unserialize, js-yaml load with the default (full) schema or a custom unsafe schema in js-yaml 3, and yaml.load of untrusted files where js-yaml < 4 semantics apply.",
      why_bad:
        "These formats can carry functions or tags that execute code (node-serialize's IIFE payloads, js-yaml's !!js/function).",
      example_bad:
        "const yaml = require('js-yaml');\nconst read = (text) => yaml.load(text, { schema: yaml.DEFAULT_SCHEMA });",
      example_good:
        "const yaml = require('js-yaml');\nconst read = (text) => yaml.load(text, { schema: yaml.JSON_SCHEMA });",
    },
    fix_hint: "Use JSON.parse, or js-yaml 4 load with the default safe schema / JSON_SCHEMA.",
  },
  trigger: /unserialize|deserialize|Deserialize|yaml|unsafeLoad|cryo|Deserializer/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // php-serialize revives only the classes its scope argument lists: with none (`{}`, or no scope) the data
    // comes back as plain objects and arrays.
    if (/^php-serialize\.unserialize$/.test(q)) {
      const scope = ctx.args(node)[1];
      const held = scope && (ctx.resolve(scope) ?? scope);
      if (
        !held ||
        /^(undefined|null)$/.test(held.type) ||
        (held.type === "object" && !namedChildren(held).length)
      )
        return;
    }
    if (
      /^(node-serialize|serialize-to-js|funcster)\.(unserialize|deserialize|deepDeserialize)$/.test(q) ||
      (/(^|\.)unserialize$/.test(q) && !ownUnserialize(q, ctx.tree.source, !!ctx.localFunction(node)))
    ) {
      report({ node, message: `${q}() can execute code from the data` });
      return;
    }
    // cryo rebuilds functions from their source; BSON with evalFunctions compiles the document's code values.
    if (q === "cryo.parse" && ctx.level(ctx.args(node)[0], "deser") !== Level.CONST) {
      report({ node, message: "cryo.parse() recreates functions from the data" });
      return;
    }
    // Node's structured-clone deserialiser (`v8.deserialize(buf)`, `new v8.Deserializer(buf).readValue()`) on bytes
    // from the request: it rebuilds any object graph the sender encodes (host objects included), and V8's format is
    // not meant for untrusted input.
    if (/^(v8|node:v8)\.deserialize$/.test(q)) {
      if (ctx.level(ctx.args(node)[0], "deser") === Level.SOURCE)
        report({ node, message: "v8.deserialize() of request data: V8's format is not for untrusted input" });
      return;
    }
    if (/(^|\.)(BSON\.)?deserialize$/.test(q) && /bson/i.test(q + ctx.tree.source.slice(0, 2000))) {
      if (ctx.prop(ctx.args(node)[1], "evalFunctions")?.type === "true")
        report({ node, message: "BSON deserialize with evalFunctions runs code stored in the document" });
      return;
    }
    if (/^(js-yaml|yaml)\.(load|loadAll|safeLoad|safeLoadAll)$/.test(q)) {
      // The options object inline or held in a variable (`const opts = { schema: yaml.DEFAULT_FULL_SCHEMA }`);
      // js-yaml-js-types' `function`/`all` types add !!js/function to whatever schema they extend.
      // (loadAll's options come third, after the iterator: `loadAll(text, null, { schema })`)
      const second = ctx.args(node)[1];
      const opts =
        /loadAll$/.test(q) &&
        (!second || second.type === "null" || /function|arrow_function/.test(second.type))
          ? (ctx.args(node)[2] ?? second)
          : second;
      const t = ctx.text(node) + (opts ? optionsText(opts, ctx) : "");
      const unsafeTypes = /js-yaml-js-types['"]\s*\)\s*\.\s*(all|function)\b/.test(t);
      if (
        /DEFAULT_FULL_SCHEMA|unsafe/i.test(t) ||
        unsafeTypes ||
        (/DEFAULT_SCHEMA/.test(t) && !/safeLoad/.test(q))
      )
        report({ node, message: "YAML loaded with a schema that constructs arbitrary types" });
      // js-yaml 3's API in the same file (safeLoad/safeDump/DEFAULT_SAFE_SCHEMA were removed in 4): there a plain
      // `load` uses the full schema, whose !!js/function tag builds functions from the document.
      else if (
        /load$/.test(q) &&
        !opts &&
        sourceHas(ctx.tree, /\b(safeLoad|safeLoadAll|safeDump|DEFAULT_SAFE_SCHEMA)\b/) &&
        ctx.level(ctx.args(node)[0], "deser") !== Level.CONST
      )
        report({ node, message: "js-yaml 3 load() uses the full schema (!!js/function): use safeLoad" });
      return;
    }
    if (ctx.method(node) === "readValue") {
      const f = field(node, "function");
      const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
      const made = recv ? ctx.resolve(recv) : undefined;
      if (
        made?.type === "new_expression" &&
        /^(v8|node:v8)\.Deserializer$/.test(ctx.callee(made)) &&
        ctx.level(ctx.args(made)[0], "deser") === Level.SOURCE
      )
        report({ node, message: "v8 Deserializer reads a value from request data" });
      return;
    }
    if (/^js-yaml\.unsafeLoad$|^yaml\.unsafeLoad$/.test(q))
      report({ node, message: "unsafeLoad constructs arbitrary types" });
  },
  cases: {
    valid: [
      "const yaml = require('js-yaml');\nyaml.load(s);",
      "const yaml = require('js-yaml');\nconst a = yaml.safeLoad(s);\nconst b = yaml.load(s, { schema: yaml.JSON_SCHEMA });",
      "const yaml = require('js-yaml');\nconst a = yaml.safeLoad(s);\nconst b = yaml.load('a: 1');",
      "JSON.parse(s);",
      "const { BSON } = require('bson');\nconst d = BSON.deserialize(buf);",
      "module.exports = async (Model, c) => (await Model.adapter.find(c)).map((r) => Model._transformer.unserialize(r));",
      "class Repo { load(row) { return this.codec.unserialize(row); } }",
      "function unserialize(obj, managers, cb) {\n  for (const m of managers) if (m.uid === obj.managerUID) return cb(null, m.unserialize(obj.data, obj));\n  cb(new Error('no manager'));\n}\nfunction load(data, managers, cb) { unserialize(JSON.parse(data), managers, cb); }",
      "const v8 = require('v8');\napp.get('/s', (req, res) => res.json(v8.deserialize(v8.serialize({ at: Date.now() }))));",
      "const yaml = require('js-yaml');\nconst schema = yaml.JSON_SCHEMA;\nconst docs = yaml.loadAll(s, null, { schema });",
      "const php = require('php-serialize');\napp.post('/c', (req, res) => res.json(php.unserialize(req.body, {}, { strict: true })));",
    ],
    invalid: [
      "const serialize = require('node-serialize');\nserialize.unserialize(body);",
      "const s = require('node-serialize');\nconst codec = { s };\nmodule.exports = (req) => codec.s.unserialize(req.body.data);",
      "module.exports = (req) => serialize.unserialize(req.cookies.profile);",
      "module.exports = (req) => unserialize(req.cookies.profile);",
      "const ns = require('node-serialize');\nmodule.exports = (req) => ns.unserialize(req.cookies.profile);",
      {
        code: "const yaml = require('js-yaml');\nmodule.exports = (req, res) => {\n  const a = yaml.safeLoad(req.body);\n  res.json(yaml.load(req.body));\n};",
        line: 4,
      },
      "const yaml = require('js-yaml');\nyaml.load(s, { schema: yaml.DEFAULT_FULL_SCHEMA });",
      "const yaml = require('js-yaml');\nconst opts = { schema: yaml.DEFAULT_FULL_SCHEMA };\nfunction f(s) { return yaml.safeLoad(s, opts); }",
      "const yaml = require('js-yaml');\nconst full = { schema: yaml.DEFAULT_FULL_SCHEMA };\nyaml.load(s, full);",
      "const cryo = require('cryo');\nmodule.exports = (req, res) => res.json(cryo.parse(req.body.state));",
      "const { BSON } = require('bson');\nconst d = BSON.deserialize(buf, { evalFunctions: true });",
      "const v8 = require('v8');\napp.post('/s', (req, res) => res.json(v8.deserialize(Buffer.from(req.body.state, 'base64'))));",
      "const v8 = require('v8');\napp.post('/s', (req, res) => {\n  const d = new v8.Deserializer(Buffer.from(req.body.state, 'hex'));\n  d.readHeader();\n  res.json(d.readValue());\n});",
      "const yaml = require('js-yaml');\nconst schema = yaml.DEFAULT_FULL_SCHEMA;\nconst docs = yaml.loadAll(s, null, { schema });",
      "const { BSON } = require('bson');\nconst v8 = require('v8');\napp.post('/s', (req, res) => res.json(v8.deserialize(Buffer.from(req.body.s, 'base64'))));",
      "const php = require('php-serialize');\nclass Cart {}\napp.post('/c', (req, res) => res.json(php.unserialize(req.body, { Cart })));",
    ],
  },
});
