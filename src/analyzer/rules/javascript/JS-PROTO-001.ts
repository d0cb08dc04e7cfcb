import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import {
  descendants,
  field,
  lastStatement,
  namedChildren,
  perTree,
  sourceHas,
  unparen,
} from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

const DEEP_WRITERS =
  /^((_|lodash|lodash\.merge|lodash\.mergewith|lodash\.defaultsdeep|lodash\.set)\.(merge|mergeWith|defaultsDeep|set|setWith|zipObjectDeep)|lodash\.(merge|mergeWith|defaultsDeep|set|setWith)|(\$|jQuery|jquery|angular)\.(extend|merge)|deepmerge|merge|deep-extend|deepExtend|(Hoek|hoek)\.merge|(dot-prop|dotProp)\.(set|setProperty)|dset(\.dset)?|(mixin-deep|mixinDeep)|(set-value|setValue)|lodash\/(merge|mergeWith|defaultsDeep|set|setWith)|(object-path|objectPath)\.set)$/;

/** Names a row, column or position number is kept in. */
const INDEX_NAME =
  /^(i|j|n|r|c|x|y|row|col|column|idx|index|offset|pos|len|\w*(Idx|Index|Count|Offset|Row|Col|Pos))$/;

/**
 * A key that can only be a number (`row + r`, `len - 1`, `i * 2`, `arr.length`): an array slot, never '__proto__'.
 * Arithmetic other than `+` always yields a number; `+` only when both sides are numbers or index-named values.
 */
function numericKey(
  ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1],
  n: SyntaxNode,
  depth = 0,
): boolean {
  if (depth > 4) return false;
  if (n.type === "number") return true;
  // A lone name may hold any key; inside a sum of index-named values (`row + r`) it is a position.
  if (n.type === "identifier") {
    if (depth > 0 && INDEX_NAME.test(ctx.text(n))) return true;
    // `const idx = _.indexOf(list, prop)`: a name bound to a position or a number.
    const r = ctx.resolve(n);
    return !!r && r !== n && r.type === "call_expression" && numericKey(ctx, r, depth + 1);
  }
  // `list.indexOf(x)`, `_.findIndex(...)`, `parseInt(s, 10)`, `Math.floor(n)`: a number, never '__proto__'.
  if (n.type === "call_expression")
    return /(^|\.)(indexOf|lastIndexOf|findIndex|findLastIndex|parseInt|parseFloat|Number|Math\.\w+)$/.test(
      ctx.callee(n),
    );
  if (n.type === "parenthesized_expression")
    return !!namedChildren(n)[0] && numericKey(ctx, namedChildren(n)[0]!, depth + 1);
  if (n.type === "member_expression") return /^length$/.test(ctx.text(field(n, "property") ?? n));
  if (n.type === "unary_expression") return /^[-+~]/.test(ctx.text(n));
  if (n.type !== "binary_expression") return false;
  const op = n.children.find((c) => !c.named)?.type ?? "";
  if (/^([-*/%&|^]|\*\*|<<|>>>?)$/.test(op)) return true;
  const [l, r] = [field(n, "left"), field(n, "right")];
  return op === "+" && !!l && !!r && numericKey(ctx, l, depth + 1) && numericKey(ctx, r, depth + 1);
}

/** Values that can hold no keys: strings, numbers and booleans, however they were made. */
function scalar(ctx: JsContext, n: SyntaxNode): boolean {
  if (/^(string|number|true|false|null|undefined|template_string|unary_expression)$/.test(n.type))
    return true;
  if (n.type === "binary_expression")
    return !/^(\|\||&&|\?\?)$/.test(n.children.find((c) => !c.named)?.type ?? "");
  if (n.type === "call_expression")
    return /^(String|Number|Boolean|parseInt|parseFloat|Math\.\w+|encodeURIComponent|escape)$/.test(
      ctx.callee(n),
    );
  return false;
}

/**
 * A write at a computed key (`t[k] = v`, `t[k] ??= {}`) or a call that writes keys for the code (`Object.assign`,
 * `Reflect.set`, `Object.defineProperty`, a library merge or path setter): what a deep merge is made of.
 */
function keyedWrite(ctx: JsContext, d: SyntaxNode): boolean {
  if (d.type === "assignment_expression" || d.type === "augmented_assignment_expression")
    return field(d, "left")?.type === "subscript_expression";
  if (d.type !== "call_expression") return false;
  const f = field(d, "function");
  const name = f?.type === "member_expression" ? ctx.text(field(f, "property") ?? f) : f ? ctx.text(f) : "";
  return /^(assign|set|setWith|defineProperty|merge|mergeWith|defaultsDeep|extend|deepmerge|deepExtend)$/.test(
    name,
  );
}

/**
 * Whether a merged-in value carries request keys: an object literal only through its computed keys, spreads and
 * values that can hold keys of their own (`{ theme: String(req.body.theme) }` merges one fixed key).
 */
function walksRequestKeys(ctx: JsContext, a: SyntaxNode, depth = 0): boolean {
  if (a.type !== "object" || depth > 4) return ctx.level(a, "proto") === Level.SOURCE;
  return namedChildren(a).some((p) => {
    if (p.type === "pair") {
      const key = field(p, "key");
      const value = field(p, "value");
      if (key?.type === "computed_property_name" && ctx.level(key, "proto") === Level.SOURCE) return true;
      return !!value && !scalar(ctx, value) && walksRequestKeys(ctx, value, depth + 1);
    }
    if (p.type === "comment") return false;
    return ctx.level(p, "proto") === Level.SOURCE;
  });
}

export default jsRule({
  meta: {
    id: "JS-PROTO-001",
    title: "Prototype pollution through dynamic keys",
    cwe: ["CWE-915", "CWE-1321"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags recursive merges and nested assignments target[key][...] = value where the keys come from untrusted objects without a __proto__/constructor/prototype check or hasOwnProperty guard.",
      why_bad:
        "A key of __proto__ writes to Object.prototype, changing every object in the process: auth bypasses, crashes, even code execution through gadgets.",
      example_bad:
        "function merge(target, source) {\n  for (const key in source) {\n    if (typeof source[key] === 'object') merge(target[key], source[key]);\n    else target[key] = source[key];\n  }\n}",
      example_good:
        "function merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;\n    if (typeof source[key] === 'object') merge(target[key], source[key]);\n    else target[key] = source[key];\n  }\n}",
    },
    fix_hint:
      "Skip __proto__, constructor and prototype keys, use Object.create(null) or Map for dictionaries, or a vetted merge library.",
  },
  // (`const t = store[ns]` then `t[k] = v`: a name bound to a slot, written through below; `(o[a] ??= {})[b] = v`)
  trigger:
    /\]\s*\[|\]\s*(?:\?\?|\|\|)=[^;\n]*\)\s*\[|\b(?:const|let|var)\s+[\w$]+\s*=\s*[\w$.]+\[[^\]\n]+\]|\]\s*\.\s*\w+\s*=|for\s*\(|forEach\(|forIn|forOwn|\.reduce\(|Object\.assign\(|merge|defaultsDeep|extend|setWith|zipObjectDeep|\.set\(|lodash\/set|setProperty|dset/i,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      // Deep merges and path setters of libraries that walked __proto__ in the versions people still run.
      const q = ctx.callee(node);
      if (q === "Object.assign") {
        // `t[k] = Object.assign(t[k] || {}, s[k])` over another object's keys: with k '__proto__' the copy lands
        // on Object.prototype.
        const first = ctx.args(node)[0];
        const sub = first && aliasSubscript(first);
        if (sub) judge(node, sub, false, ctx, report, true);
        return;
      }
      if (!DEEP_WRITERS.test(q)) return;
      // A `merge(...)` of this file that writes no key it is given (`async function merge(git, from, to)` running
      // a git merge): the name is all it shares with a deep merge. (A local merge that does write keys is judged at
      // those writes.)
      const local = ctx.localFunction(node);
      if (local && !descendants(local).some((d) => keyedWrite(ctx, d))) return;
      const args = ctx.args(node);
      if (/extend$/.test(q) && args[0]?.type !== "true") return; // shallow $.extend copies own keys only
      // Path setters (`set(obj, path, value)`): only the path walks keys; the value is stored, not walked.
      // (dot-prop 7's `setProperty(obj, path, value)`, dset's `dset(obj, path, value)`)
      const walked = /(^|[./])(set|setWith|setValue|set-value|setProperty|dset)$/.test(q)
        ? args.slice(1, 2)
        : args;
      if (walked.some((a) => walksRequestKeys(ctx, a)))
        report({ node, message: `${q}() deep-writes keys taken from the request (__proto__ included)` });
      return;
    }
    const left0 = field(node, "left");
    // `obj[key].field = v`: with key '__proto__' the write lands on Object.prototype (request keys only).
    let inner = left0?.type === "member_expression" ? field(left0, "object") : undefined;
    // `(reg[ns] ??= {})[k] = v`: the slot got (or made) at reg[ns] is written into, as in `reg[ns].k = v`.
    let slot = left0?.type === "subscript_expression" ? field(left0, "object") : undefined;
    slot = unparen(slot);
    if (
      slot?.type === "augmented_assignment_expression" &&
      field(slot, "left")?.type === "subscript_expression"
    )
      inner = field(slot, "left");
    const viaMember = inner?.type === "subscript_expression";
    const left = viaMember ? inner : left0;
    if (left?.type !== "subscript_expression") return;
    judge(node, left, viaMember, ctx, report);
  },
  cases: {
    valid: [
      // Keys from a schema's declared properties, the input's own values converted in place.
      "function coerce(input, schema) {\n  for (const [k, def] of Object.entries(schema.properties || {})) {\n    const v = input[k];\n    if (def.type === 'object' && v && typeof v === 'object') input[k] = coerce(v, def);\n    else if (def.type === 'date' && typeof v === 'string') input[k] = new Date(v);\n  }\n  return input;\n}\nmodule.exports = coerce;",
      // A recursion that hands on the same object it writes: every write stays one level deep.
      "function flatten(vals, prefix, out = {}) {\n  for (const [k, v] of Object.entries(vals)) {\n    if (typeof v === 'object') flatten(v, prefix + k + '_', out);\n    else out[prefix + k] = String(v);\n  }\n  return out;\n}\nmodule.exports = flatten;",
      "const reg = Object.create(null);\napp.post('/r', (req, res) => {\n  const { ns, k, v } = req.body;\n  (reg[ns] ??= Object.create(null))[k] = v;\n});",
      "const config = { ui: {}, api: {} };\napp.post('/s', (req, res) => {\n  const { name, values } = req.body;\n  if (!Object.hasOwn(config, name)) return res.sendStatus(404);\n  Object.assign(config[name], values);\n});",
      "const config = { ui: {}, api: {} };\napp.post('/s', (req, res) => {\n  Object.assign(config[req.body.dark ? 'ui' : 'api'], req.body.values);\n});",
      'var util = exports;\nutil.setPath = function setPath(target, path, value, keepExisting) {\n  function put(target, parts, value) {\n    var part = parts.shift();\n    if (util.isUnsafeProperty(part)) return target;\n    if (parts.length > 0) {\n      target[part] = put(target[part] || {}, parts, value);\n    } else {\n      var prev = target[part];\n      if (prev && keepExisting) return target;\n      target[part] = prev ? [].concat(prev).concat(value) : value;\n    }\n    return target;\n  }\n  if (!path) throw TypeError("path must be specified");\n  return put(target, path.split("."), value);\n};\n',
      "exports.merge = function merge(a, b) {\n  if (arguments.length === 1) {\n    let out = a[0];\n    for (let i = 1; i < a.length; i++) out = merge(out, a[i]);\n    return out;\n  }\n  for (const key in b) if (key !== 'class') a[key] = b[key];\n  return a;\n};",
      "app.post('/w', (req, res) => {\n  const conjunct = {};\n  conjunct[req.body.field] = {};\n  conjunct[req.body.field][req.body.op] = req.body.value;\n  res.json(conjunct);\n});",
      "function split(req, name) {\n  let held = req[name];\n  if (held === undefined) {\n    held = req[name] = {};\n    for (const k of Object.keys(req.query)) held[k] = req.query[k];\n  }\n}",
      "const store = {};\napp.post('/s', (req, res) => {\n  const section = store[Number(req.body.slot)];\n  section[req.body.key] = req.body.value;\n});",
      "function setPath(obj, path, v) {\n  const parts = path.split('.');\n  if (parts.includes('__proto__') || parts.includes('constructor')) throw new TypeError('reserved');\n  let cur = obj;\n  parts.forEach((p, i) => {\n    if (i === parts.length - 1) cur[p] = v;\n    else if (typeof cur[p] !== 'object') cur[p] = {};\n    cur = cur[p];\n  });\n}",
      "function cloneJson(obj) {\n  const result = Array.isArray(obj) ? [] : {};\n  for (const key in obj) {\n    const value = obj[key];\n    result[key] = typeof value === 'object' ? cloneJson(value) : value;\n  }\n  return result;\n}",
      "const specialProperties = require('./specialProperties');\nfunction merge(to, from) {\n  for (const key of Object.keys(from)) {\n    if (specialProperties.has(key)) continue;\n    if (to[key] == null) to[key] = from[key];\n    else merge(to[key], from[key]);\n  }\n}",
      "function toJson(obj) {\n  const out = {};\n  for (const key of Object.keys(obj)) out[key] = toJson(obj[key]);\n  return out;\n}",
      "const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);\nfunction setDot(obj, keys, val) {\n  if (keys.some((k) => UNSAFE.has(k))) return;\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) cur = cur[keys[i]] ??= {};\n  cur[keys[keys.length - 1]] = val;\n}",
      "function f(o, k, v) { o[k] = v; }",
      // the key is an own key of the object written: the write replaces its own property
      "function conv(obj, f) {\n  if (obj && typeof obj === 'object') {\n    for (const key in obj) obj[key] = conv(obj[key], f);\n    return f(obj);\n  }\n  return obj;\n}",
      "function fin(values, r) {\n  Object.keys(values).forEach(function (key) {\n    values[key] = r(values, values[key]);\n  });\n  return fin(values, r);\n}",
      "function f(o, k) { o[k].seen = true; }",
      "const reg = {};\napp.post('/r', (req, res) => {\n  const ns = req.body.ns;\n  if (reg.hasOwnProperty(ns)) {\n    reg[ns].owner = 1;\n  }\n});",
      "const reg = {};\napp.post('/r', (req, res) => { if (!Object.hasOwn(reg, req.body.ns)) return; reg[req.body.ns].owner = 1; });",
      "const m = {};\nfor (const x of xs) m[x.id] = x;",
      "function probe(modules, row, col) {\n  for (let r = -1; r <= 7; r++) for (let c = -1; c <= 7; c++) modules[row + r][col + c] = r >= 0 && c >= 0;\n}",
      "function sanitizeKey(k) { return k === '__proto__' ? '___proto___' : k; }\nfunction setKey(obj, keys, v) {\n  let o = obj;\n  keys.forEach((raw) => { const key = sanitizeKey(raw); if (o[key] === undefined) o[key] = {}; o = o[key]; });\n}",
      "function blooms(groups, cols, read) { const out = groups.map(() => ({})); groups.forEach((g, rgIdx) => { for (const c of cols) out[rgIdx][c.name] = read(g, c); }); return out; }",
      "const _ = require('lodash');\nconst cfg = _.merge({}, DEFAULTS, { port: 80 });",
      "const _ = require('lodash');\napp.post('/c', (req, res) => { _.merge(cfg, { theme: String(req.body.theme), n: req.body.n + 1 }); });",
      "app.post('/p', (req, res) => { res.json($.extend({}, req.body)); });",
      "const set = require('lodash/set');\napp.post('/p', (req, res) => { set(prefs, 'theme', req.body.theme); });",
      "function isValidKey(k) { return k !== '__proto__' && k !== 'constructor' && k !== 'prototype'; }\nfunction setPath(obj, path, v) {\n  const keys = path.split('.').filter(isValidKey);\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) cur = cur[keys[i]] ??= {};\n  cur[keys[keys.length - 1]] = v;\n}",
      "function isObj(x) { return typeof x === 'object' && x !== null; }\nfunction fill(t, s) {\n  for (const k of Object.keys(s)) {\n    if (k === '__proto__') continue;\n    if (isObj(t[k])) fill(t[k], s[k]);\n    else t[k] = s[k];\n  }\n}",
      // a numeric loop counter; a key list taken from the very object written (through keys[i])
      "function revive(d, bufs) {\n  if (Array.isArray(d)) { for (var i = 0; i < d.length; i++) d[i] = revive(d[i], bufs); }\n  else if (d && typeof d === 'object') { for (var key in d) d[key] = revive(d[key], bufs); }\n  return d;\n}",
      "function show(obj, nested) {\n  const x = nested ? obj : copy(obj);\n  const keys = Object.keys(x);\n  let key;\n  for (let n = 0; n < keys.length; ++n) {\n    key = keys[n];\n    if (x[key]) x[key] = show(x[key], true);\n  }\n  return x;\n}",
      // the slot just reset to a fresh object; an accumulator handed on unchanged; a key from a fixed list
      "function toSpec(opts, schema) {\n  const out = { ...schema };\n  for (const key of Object.keys(out)) {\n    const value = out[key];\n    if (key === 'fields') {\n      out[key] = {};\n      for (const f of Object.keys(value)) {\n        const sub = toSpec(opts, value[f]);\n        out[key][f] = sub;\n      }\n    }\n  }\n  return out;\n}",
      "function flatten(flat, value, name) {\n  if (value && typeof value === 'object') { for (const k in value) flatten(flat, value[k], k); }\n  else flat[name] = value;\n}",
      "const VERBS = require('./verbs');\nfunction bind(api, src) {\n  for (let i = 0; i < VERBS.length; i++) { const verb = VERBS[i]; api[verb] = (...a) => api.run(verb, a); }\n  for (const k in src) api.on(k, src[k]);\n  bind(api.child, src);\n}",
    ],
    invalid: [
      // A defaults walk that stores the walked object's values: its keys choose the slot written.
      {
        code: "function fill(target, defaults) {\n  for (const [k, def] of Object.entries(defaults)) {\n    if (typeof def === 'object') target[k] = fill(target[k] || {}, def);\n    else target[k] = def;\n  }\n  return target;\n}\nmodule.exports = fill;",
        line: 3,
      },
      "import { setProperty } from 'dot-prop';\napp.post('/s', (req, res) => {\n  setProperty(settings, String(req.query.key), req.body.value);\n  res.end();\n});",
      // (a list of the source's keys, not the target's; a key list walked by index into a recursion)
      {
        code: "function merge(t, s) {\n  const keys = Object.keys(s);\n  for (let i = 0; i < keys.length; i++) {\n    const k = keys[i];\n    if (typeof s[k] === 'object') merge(t[k] ??= {}, s[k]);\n    else t[k] = s[k];\n  }\n}",
        line: 6,
      },
      {
        code: "function fill(out, s) {\n  for (const key of Object.keys(s)) {\n    if (!out[key]) out[key] = {};\n    for (const f of Object.keys(s[key])) out[key][f] = s[key][f];\n    fill(out[key], s[key]);\n  }\n}",
        line: 4,
      },
      "function merge(dst, src) {\n  for (const [k, v] of Object.entries(src)) {\n    if (typeof v === 'object') merge(dst[k] ?? (dst[k] = {}), v);\n    else dst[k] = v;\n  }\n  return dst;\n}\nmodule.exports = merge;",
      "const reg = {};\napp.post('/r', (req, res) => {\n  const { ns, k, v } = req.body;\n  (reg[ns] ??= {})[k] = v;\n});",
      "const config = { ui: {} };\napp.post('/s', (req, res) => {\n  const { name, values } = req.body;\n  Object.assign(config[name], values);\n});",
      // The slot made where empty with ??= is still config['__proto__'] when the key is that.
      "const config = {};\napp.post('/s', (req, res) => {\n  const { name, values } = req.body;\n  Object.assign(config[name] ??= {}, values);\n});",
      // (a slot reset to a fresh object only under a condition or inside another branch guards nothing here)
      'var util = exports;\nutil.setPath = function setPath(target, path, value, keepExisting) {\n  function put(target, parts, value) {\n    var part = parts.shift();\n    if (parts.length > 0) {\n      target[part] = put(target[part] || {}, parts, value);\n    } else {\n      var prev = target[part];\n      if (prev && keepExisting) return target;\n      target[part] = prev ? [].concat(prev).concat(value) : value;\n    }\n    return target;\n  }\n  if (!path) throw TypeError("path must be specified");\n  return put(target, path.split("."), value);\n};\n',
      "function register(reg, group, name, fn) {\n  if (!reg[group]) reg[group] = {};\n  reg[group][name] = fn;\n}",
      "app.post('/w', (req, res) => {\n  const conjunct = req.app.locals.rules;\n  if (req.body.reset) { conjunct[req.body.field] = {}; }\n  conjunct[req.body.field][req.body.op] = req.body.value;\n  res.end();\n});",
      "function setPath(obj, path, v) {\n  const parts = path.split('.');\n  let cur = obj;\n  parts.forEach((p, i) => {\n    if (i === parts.length - 1) cur[p] = v;\n    else if (typeof cur[p] !== 'object') cur[p] = {};\n    cur = cur[p];\n  });\n}",
      {
        code: "function safeGet(o, k) {\n  if (k === '__proto__' || k === 'constructor') return null;\n  return o[k];\n}\napp.post('/r', (req, res) => {\n  const ns = req.body.ns;\n  const reg = {};\n  safeGet(reg, ns).seen = true;\n  reg[ns].owner = 1;\n});",
        line: 9,
      },
      {
        code: "app.post('/r', (req, res) => {\n  const ns = String(req.body.ns);\n  const reg = {};\n  if (reg.hasOwnProperty(ns)) reg[ns].seen = true;\n  reg[ns].owner = 1;\n});",
        line: 5,
      },
      {
        code: "app.post('/r', (req, res) => {\n  const ns = req.body.ns;\n  const reg = {};\n  const prototypeLess = Object.create(null);\n  reg[ns].owner = 1; // can't reach Object.prototype? it can\n});",
        line: 5,
      },
      {
        code: "function merge(t, s) {\n  for (const k of Object.keys(s)) {\n    if (k === '__proto__') continue;\n    if (typeof s[k] === 'object' && s[k] !== null) {\n      if (!t[k]) t[k] = {};\n      merge(t[k], s[k]);\n    } else t[k] = s[k];\n  }\n}",
        line: 7,
      },
      {
        code: "function merge(t, s) {\n  for (const k of Object.keys(s)) {\n    if (typeof s[k] === 'object') merge(t[k] ??= {}, s[k]);\n    else t[k] = s[k];\n  }\n}",
        line: 4,
      },
      "const $ = require('jquery');\napp.post('/c', (req, res) => { res.json($.extend(true, {}, JSON.parse(req.body.conf))); });",
      "function set(obj, a, b, v) { obj[a][b] = v; }",
      "const store = {};\napp.post('/s', (req, res) => {\n  const section = store[req.body.section];\n  section[req.body.key] = req.body.value;\n});",
      "const reg = {};\napp.post('/r', (req, res) => { reg[req.body.ns].owner = req.body.who; });",
      "const reg = {};\napp.post('/r', (req, res) => { const ns = req.body.ns.replace('__proto__', ''); reg[ns][req.body.k] = 1; });",
      "const set = require('lodash/set');\napp.post('/p', (req, res) => { set(prefs, req.body.path, req.body.v); });",
      {
        code: "function setPath(obj, path, v) {\n  const parts = path.split('.');\n  let cur = obj;\n  for (let i = 0; i < parts.length - 1; i++) cur = cur[parts[i]] ??= {};\n  cur[parts[parts.length - 1]] = v;\n}",
        line: 5,
      },
      "const _ = require('lodash');\napp.post('/p', (req, res) => { res.json(_.merge({}, req.body)); });",
      "const _ = require('lodash');\napp.post('/c', (req, res) => { _.merge(cfg, { prefs: req.body.prefs }); });",
      {
        code: "function deepAssign(t, s) {\n  Object.keys(s).forEach(function (k) {\n    if (t[k] && typeof s[k] === 'object') deepAssign(t[k], s[k]);\n    else t[k] = s[k];\n  });\n}",
        line: 4,
      },
      {
        code: "function isObject(v) { return v != null && (typeof v === 'object' || typeof v === 'function'); }\nfunction defaults(t, s) {\n  forOwn(s, (v, k) => {\n    if (k === '__proto__') return;\n    if (t[k] == null) t[k] = v;\n    else if (isObject(t[k]) && isObject(v)) defaults(t[k], v);\n  });\n}",
        line: 5,
      },
      "function mergeSections(t, s) {\n  for (const k of Object.keys(s)) t[k] = Object.assign(t[k] || {}, s[k]);\n}",
    ],
  },
});

// The file's forbidden-key lists, found once per tree (a scan of the whole source per merge-like call was
// quadratic on bundles).
const forbiddenKeyLists = perTree((ctx: JsContext): string[] =>
  [
    ...ctx.tree.source.matchAll(
      /\b(?:const|let|var)\s+([A-Za-z_]\w*)\s*=\s*(?:\/\*[^*]*\*\/\s*)?(?:(?:new\s+Set\s*\(\s*|Object\.freeze\(\s*)?\[[^\]]*?|\/[^/\n]*?)__proto__/g,
    ),
    // A deny-list imported from another module (`const specialProperties = require('./specialProperties')`,
    // `const UNSAFE_KEYS = utils.UNSAFE_KEYS`, `import { forbiddenKeys } from './keys'`), named for what it holds.
    ...[
      ...ctx.tree.source.matchAll(
        /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:require\s*\(|[\w$.]+\.([\w$]+)\s*[;\n])|\bimport\s*\{([^}]*)\}\s*from\b/g,
      ),
    ]
      .flatMap((m) =>
        m[3] !== undefined
          ? m[3].split(",").map((x) =>
              x
                .trim()
                .split(/\s+as\s+/)
                .pop()!,
            )
          : m[2] === undefined || m[2] === m[1]
            ? [m[1]!]
            : [],
      )
      .filter((n) =>
        /^(special|forbidden|unsafe|blocked|banned|dangerous|reserved|poison)\w*(keys|props|properties|names)$/i.test(
          n.replace(/_/g, ""),
        ),
      ),
  ].map((m) => (typeof m === "string" ? m : m[1]!)),
);

// The file's functions and bindings that mention '__proto__', or use one that does (candidate key guards), found
// once per tree.
const keyGuardHelpers = perTree((ctx: JsContext): string[] => {
  const decls = ctx.tree.nodes.filter(
    (d) =>
      (d.type === "function_declaration" || d.type === "variable_declarator") &&
      field(d, "name")?.type === "identifier",
  );
  const found = new Set(
    decls.filter((d) => /__proto__/.test(ctx.text(d))).map((d) => ctx.text(field(d, "name")!)),
  );
  // Two more rounds: a helper that checks through another (`getPathSegments` -> `isValidPath` -> a key list).
  for (let round = 0; round < 2 && found.size && found.size < 50; round++) {
    // used, not merely named: `isValidPath(parts)`, `LIST.includes(k)`, `keys.filter(isValidKey)` (handing a
    // function to an iterator, `forIn(obj, copy)`, is no check)
    const alt = [...found].map(esc).join("|");
    const re = new RegExp(
      `\\b(${alt})\\s*\\(|\\b(${alt})\\.(has|includes|indexOf|test)\\(|\\.(filter|some|every)\\(\\s*(${alt})\\s*\\)`,
    );
    for (const d of decls) {
      const name = ctx.text(field(d, "name")!);
      if (!found.has(name) && re.test(ctx.text(d))) found.add(name);
    }
  }
  return [...found];
});

type Report = Parameters<Parameters<typeof jsRule>[0]["detect"]>[2];

const esc = regexEscape;

/** `o[k]`, `c ? o[k] : o`, `o[k] || {}`, `(o[k] ?? {})`: the subscript an alias or a first argument stands for. */
/**
 * `conjunct[k] = {}; conjunct[k][op] = v`, `polluted = req[name] = {}; ... polluted[key] = v`: the object written
 * to was last set, in a block around the write, to a fresh `{}` or `[]`. Even at '__proto__' the first assignment
 * only gives the holder a new prototype object, which the write then fills; Object.prototype is never reached.
 */
function freshOuter(
  ctx: JsContext,
  write: SyntaxNode,
  target: SyntaxNode | undefined,
  fn: SyntaxNode | undefined,
): boolean {
  if (!target || !fn) return false;
  const text = ctx.text(target).replace(/\s+/g, "");
  let last: SyntaxNode | undefined;
  for (const n of ctx.tree.nodes) {
    if (n.type !== "assignment_expression" || n.start < fn.start || n.end > write.start) continue;
    if (ctx.text(field(n, "left") ?? n).replace(/\s+/g, "") === text && (!last || n.start > last.start))
      last = n;
  }
  if (!last || ctx.enclosingFunction(last) !== ctx.enclosingFunction(write)) return false;
  let value = field(last, "right");
  while (value?.type === "assignment_expression") value = field(value, "right");
  // A copy made on entry (`target = deepClone(target)`, `structuredClone(o)`, `JSON.parse(JSON.stringify(o))`):
  // a '__proto__' key swaps only that copy's prototype, and a recursion that copies again never writes into
  // Object.prototype itself.
  const copy =
    value?.type === "call_expression" &&
    (/(^|\.)(structuredClone|(deep|shallow)?[cC]lone(Deep)?|deepCopy)$/.test(ctx.callee(value)) ||
      (ctx.callee(value) === "JSON.parse" &&
        /^JSON\.stringify\s*\(/.test(ctx.text(ctx.args(value)[0] ?? value))));
  if (value?.type !== "object" && value?.type !== "array" && !copy) return false;
  // Set by a statement of a block around the write, not under a condition (`if (!o[k]) o[k] = {}` keeps an
  // existing o['__proto__']).
  let stmt: SyntaxNode | null = last;
  while (stmt && stmt.type !== "expression_statement") stmt = stmt.parent;
  const block = stmt?.parent;
  return (
    !!block &&
    /^(statement_block|program)$/.test(block.type) &&
    write.start >= block.start &&
    write.end <= block.end
  );
}

/**
 * `all[spec.name] = {}; const r = all[spec.name]; ... r[title] = state`: a const bound to a slot the block just
 * reset to a fresh `{}` holds that fresh object for good (later writes to the slot do not rebind it), even where
 * the write sits in a callback further in.
 */
function freshAlias(ctx: JsContext, target: SyntaxNode | undefined): boolean {
  if (target?.type !== "identifier") return false;
  const made = ctx.resolve(target);
  const decl = made?.parent;
  if (!made || made === target || decl?.type !== "variable_declarator" || field(decl, "value") !== made)
    return false;
  if (!/^const\b/.test(ctx.text(decl.parent ?? decl))) return false;
  if (made.type !== "subscript_expression" && made.type !== "member_expression") return false;
  return freshOuter(ctx, decl, made, ctx.enclosingFunction(decl));
}

function aliasSubscript(n: SyntaxNode): SyntaxNode | undefined {
  if (n.type === "subscript_expression") return n;
  if (n.type === "parenthesized_expression") {
    const c = namedChildren(n)[0];
    return c && aliasSubscript(c);
  }
  if (n.type === "ternary_expression") {
    const a = field(n, "consequence");
    const b = field(n, "alternative");
    return (a && aliasSubscript(a)) ?? (b && aliasSubscript(b));
  }
  if (
    n.type === "binary_expression" &&
    /^(\|\||\?\?)$/.test(field(n, "operator")?.type ?? n.children.find((c) => !c.named)?.type ?? "")
  ) {
    const l = field(n, "left");
    return l && aliasSubscript(l);
  }
  // `reg[ns] ??= {}` / `reg[ns] ||= {}`: the slot at reg[ns], made only where it was empty.
  if (n.type === "augmented_assignment_expression") {
    const l = field(n, "left");
    const op = n.children.find((c) => !c.named && /=$/.test(c.type))?.type ?? "";
    return l && /^(\?\?|\|\|)=$/.test(op) ? aliasSubscript(l) : undefined;
  }
  return undefined;
}

/**
 * A function run once per key of another object: an inline callback of `Object.keys(src).forEach(...)` (or
 * entries / getOwnPropertyNames), of lodash-style `forOwn(src, cb)` / `forIn(src, cb)`, or a named function handed
 * to such an iterator (`forIn(obj, copy, target)`). Gives the function around the iteration (for an inline callback)
 * and the iterated object's text.
 */
// lodash-style own/inherited key iterators, by name or by module (`require('for-own')`).
const ITERATORS = /(^|\.)(forIn|forOwn|forInRight|forOwnRight)$|^(for-in|for-own|lodash\.(forin|forown))$/;

function keyCallback(ctx: JsContext, fn: SyntaxNode): { outer?: SyntaxNode; iterated: string } | undefined {
  if (fn.parent?.type === "arguments") {
    const call = fn.parent.parent;
    const callee = call && field(call, "function");
    if (call?.type === "call_expression" && callee) {
      const args = ctx.args(call);
      if (
        callee.type === "member_expression" &&
        ctx.text(field(callee, "property") ?? callee) === "forEach"
      ) {
        const recv = field(callee, "object");
        if (
          recv?.type === "call_expression" &&
          /^Object\.(keys|entries|getOwnPropertyNames)$/.test(ctx.callee(recv)) &&
          args[0] === fn
        )
          return { outer: ctx.enclosingFunction(call), iterated: ctx.text(ctx.args(recv)[0] ?? recv) };
      }
      if (ITERATORS.test(ctx.callee(call)) && args[1] === fn && args[0])
        return { outer: ctx.enclosingFunction(call), iterated: ctx.text(args[0]) };
    }
  }
  const name = fn.type === "function_declaration" ? field(fn, "name") : undefined;
  // Gated by a memoised test: the exec below scans the whole file, once per function that gets here.
  if (name && sourceHas(ctx.tree, /\b(?:forIn|forOwn)(?:Right)?\(/)) {
    // eslint-disable-next-line no-restricted-syntax -- the match's group is needed; gated above
    const m = new RegExp(
      `\\b(?:forIn|forOwn|forInRight|forOwnRight)\\(\\s*([^,()]+),\\s*${esc(ctx.text(name))}\\b`,
    ).exec(ctx.tree.source);
    if (m) return { iterated: m[1]!.trim() };
  }
  return undefined;
}

/**
 * The object whose keys the loop binding `key` walks: `for (key in X)`, `for (const key of Object.keys(X))` (or
 * entries/getOwnPropertyNames with `[key, v]`), or a per-key callback over X whose first parameter is `key`.
 */
function keyLoopSource(
  ctx: JsContext,
  node: SyntaxNode,
  key: SyntaxNode,
  cb: { outer?: SyntaxNode; iterated: string } | undefined,
): string | undefined {
  const name = ctx.text(key);
  const fn0 = ctx.enclosingFunction(node);
  if (cb && fn0) {
    const params = field(fn0, "parameters");
    const p0 = params ? namedChildren(params)[0] : field(fn0, "parameter");
    const bound = p0?.type === "array_pattern" ? namedChildren(p0)[0] : p0;
    if (bound && ctx.text(bound) === name) return cb.iterated;
  }
  for (let p = node.parent; p && p !== fn0; p = p.parent) {
    if (p.type !== "for_in_statement") continue;
    const left = field(p, "left");
    const bound = left?.type === "array_pattern" ? namedChildren(left)[0] : left;
    if (!bound || ctx.text(bound) !== name) continue;
    const right = field(p, "right");
    if (!right) return undefined;
    // for (k in X) / for (const k of Object.keys(X))
    if (!/\bof\b/.test(ctx.tree.source.slice(left!.end, right.start))) return ctx.text(right);
    if (
      right.type === "call_expression" &&
      /^Object\.(keys|entries|getOwnPropertyNames)$/.test(ctx.callee(right))
    )
      return ctx.text(ctx.args(right)[0] ?? right);
    return undefined;
  }
  // `const keys = Object.keys(x); for (let i = 0; ...) { key = keys[i]; x[key] = ... }`: an item of a key list
  // taken from X, however the key is bound (declared from it, or every assignment in the function is one).
  const keyListItem = (v: SyntaxNode | undefined): string | undefined => {
    if (v?.type !== "subscript_expression") return undefined;
    const list = ctx.resolve(field(v, "object") ?? undefined);
    return list?.type === "call_expression" && /^Object\.(keys|getOwnPropertyNames)$/.test(ctx.callee(list))
      ? ctx.text(ctx.args(list)[0] ?? list)
      : undefined;
  };
  const declared = ctx.resolve(key);
  if (declared && declared !== key) return keyListItem(declared);
  if (!fn0) return undefined;
  const values = descendants(fn0)
    .filter(
      (a) =>
        a.type === "assignment_expression" &&
        field(a, "left")?.type === "identifier" &&
        ctx.text(field(a, "left")!) === name,
    )
    .map((a) => keyListItem(field(a, "right") ?? undefined));
  return values.length > 0 && values.every((v) => v !== undefined && v === values[0]) ? values[0] : undefined;
}

/**
 * Keys walked from a descriptor to convert the target's own values in place: `for (const [k, def] of
 * Object.entries(schema.properties)) input[k] = convert(input[k], def)`. The written value is the target's own
 * slot, transformed, and no write of the function stores the walked object's values (they only go back into its
 * own recursion, as the schema of the level below), and it writes only where the slot holds a value of a tested
 * type: the input's keys never choose a slot.
 */
function inPlaceOverDescriptor(
  ctx: JsContext,
  node: SyntaxNode,
  key: SyntaxNode,
  walked: string,
  targetText: string,
  fn0: SyntaxNode | undefined,
): boolean {
  if (!fn0 || walked === targetText) return false;
  let entryValue: string | undefined;
  for (let p = node.parent; p && p !== fn0; p = p.parent) {
    if (p.type !== "for_in_statement") continue;
    const left = field(p, "left");
    if (left?.type === "array_pattern" && ctx.text(namedChildren(left)[0] ?? left) === ctx.text(key))
      entryValue = namedChildren(left)[1] && ctx.text(namedChildren(left)[1]!);
    break;
  }
  const self = field(fn0, "name") ? ctx.text(field(fn0, "name")!) : undefined;
  const slot = `${targetText}[${ctx.text(key)}]`;
  // The value's parts, through one hop of local names, less the arguments of the function's calls of itself.
  const parts = (right: SyntaxNode, skipSelf = true): SyntaxNode[] => {
    const out: SyntaxNode[] = [];
    const visit = (n: SyntaxNode, depth: number): void => {
      if (skipSelf && n.type === "call_expression" && self && ctx.callee(n) === self) return;
      out.push(n);
      if (n.type === "identifier" && depth < 2) {
        const v = ctx.resolve(n);
        if (v && v !== n) visit(v, depth + 1);
      }
      for (const c of namedChildren(n)) visit(c, depth);
    };
    visit(right, 0);
    return out;
  };
  // (`input[k] = coerce(value, def)` with `value = input[k]`: the recursion's own call is the transform)
  const own = field(node, "right");
  if (!own || !parts(own, false).some((n) => n.type === "subscript_expression" && ctx.text(n) === slot))
    return false;
  // ... and only where the slot already holds a value of a tested type (`typeof value === 'string'`): a key the
  // input lacks (Object.prototype's, reached through '__proto__') holds nothing to convert, so nothing is written.
  const isSlot = (n: SyntaxNode | undefined): boolean =>
    !!n && (ctx.text(n) === slot || (n.type === "identifier" && ctx.text(ctx.resolve(n) ?? n) === slot));
  let typed = false;
  for (let p = node.parent; p && p !== fn0 && !typed; p = p.parent) {
    if (p.type !== "if_statement") continue;
    const cond = field(p, "condition");
    typed =
      !!cond &&
      descendants(cond).some(
        (d) =>
          d.type === "unary_expression" &&
          /^typeof\b/.test(ctx.text(d)) &&
          isSlot(field(d, "argument") ?? undefined),
      );
  }
  if (!typed) return false;
  return descendants(fn0).every((a) => {
    if (a.type !== "assignment_expression" || field(a, "left")?.type !== "subscript_expression") return true;
    const right = field(a, "right");
    return (
      !right ||
      !parts(right).some(
        (n) =>
          (n.type === "subscript_expression" && ctx.text(field(n, "object") ?? n) === walked) ||
          (n.type === "identifier" && entryValue !== undefined && ctx.text(n) === entryValue),
      )
    );
  });
}

/** The key is, or is computed from, a name a key loop or a per-key callback of the function binds. */
function fromKeyLoop(
  ctx: JsContext,
  key: SyntaxNode,
  fn: SyntaxNode | undefined,
  cb: { outer?: SyntaxNode; iterated: string } | undefined,
): boolean {
  if (key.type !== "identifier" || !fn) return true;
  const bound = new Set<string>();
  for (const d of descendants(fn)) {
    if (d.type === "for_in_statement") {
      const left = field(d, "left");
      for (const id of left ? [left, ...descendants(left)] : [])
        if (id.type === "identifier") bound.add(ctx.text(id));
    }
  }
  if (cb) {
    const f0 = ctx.enclosingFunction(key);
    const params = f0 && (field(f0, "parameters") ?? field(f0, "parameter"));
    for (const id of params ? [params, ...descendants(params)] : [])
      if (id.type === "identifier") bound.add(ctx.text(id));
  }
  if (bound.has(ctx.text(key))) return true;
  const v = ctx.resolve(key);
  if (!v || v === key) return true;
  return [v, ...descendants(v)].some((d) => d.type === "identifier" && bound.has(ctx.text(d)));
}

/**
 * Whether the function's own calls of itself hand on a part of the object written to at a computed key
 * (`merge(target[k], src[k])`, `set(obj[head] ??= {}, rest, v)`, a local holding `target[k]`): only then can a later
 * write land in Object.prototype. `flatten(flat, value[name], name)` passes its accumulator on unchanged and
 * descends only in the source: each write stays one level deep in the caller's object. Without a direct call of
 * itself (through a second function, `forIn(obj, copy)`) the recursion is taken as descending.
 */
function recursionDescends(
  ctx: JsContext,
  fns: (SyntaxNode | undefined)[],
  target: SyntaxNode | undefined,
): boolean {
  let root = target;
  while (root && /^(subscript_expression|member_expression)$/.test(root.type)) root = field(root, "object");
  if (!root || !/^(identifier|this)$/.test(root.type)) return true;
  const rootText = ctx.text(root);
  const selfCalls: SyntaxNode[] = [];
  for (const f of new Set(fns)) {
    if (!f) continue;
    const names = boundNames(ctx, f);
    if (!names.length) continue;
    for (const c of descendants(f))
      if (
        c.type === "call_expression" &&
        names.some((n) => new RegExp(`^(this\\.)?${esc(n)}$`).test(ctx.callee(c)))
      )
        selfCalls.push(c);
  }
  if (!selfCalls.length) return true;
  const inTarget = (n: SyntaxNode | undefined, under: boolean, depth: number): boolean => {
    if (!n || depth > 6) return false;
    const sub = (x: SyntaxNode | undefined, u = under) => inTarget(x, u, depth + 1);
    switch (n.type) {
      case "identifier": {
        if (ctx.text(n) === rootText) return under;
        const v = ctx.resolve(n, 1);
        return !!v && v !== n && sub(v);
      }
      case "this":
        return rootText === "this" && under;
      case "subscript_expression": {
        const index = field(n, "index");
        const dynamic = !!index && index.type !== "string" && index.type !== "number";
        return sub(field(n, "object"), under || dynamic);
      }
      case "member_expression":
        return sub(field(n, "object"));
      case "assignment_expression":
      case "augmented_assignment_expression":
        return sub(field(n, "left")) || sub(field(n, "right"));
      case "binary_expression":
      case "ternary_expression":
      case "parenthesized_expression":
      case "await_expression":
        return namedChildren(n).some((c) => sub(c));
      default:
        return false;
    }
  };
  return selfCalls.some((c) => ctx.args(c).some((a) => inTarget(a, false, 0)));
}

/**
 * `for (let i = 0; i < a.length; i++) a[i] = f(a[i])`: a counter a for loop around the write starts at a number
 * and only steps by ++ / -- / += number (and the loop assigns it nothing else) is always a number, an array slot.
 */
/**
 * `target.forEach((val, ind) => { target[ind] = ... })` inside `if (Array.isArray(target))`, `[a, b].map((x, i) =>
 * ...)`: the second parameter of an array method's inline callback, the array known as one, is a position. (A Map's
 * or an Immutable collection's forEach hands the key there instead, so the receiver must be a known array.)
 */
function arrayIndexParam(ctx: JsContext, key: SyntaxNode): boolean {
  if (key.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(key);
  if (!fn || !/^(arrow_function|function_expression|function)$/.test(fn.type)) return false;
  const params = field(fn, "parameters");
  const second = params ? namedChildren(params)[1] : undefined;
  if (!second || ctx.text(second) !== ctx.text(key)) return false;
  // (the name not reassigned in the callback)
  if (new RegExp(`(?:^|[^.\\w$])${esc(ctx.text(key))}\\s*=[^=]`).test(ctx.text(field(fn, "body") ?? fn)))
    return false;
  const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
  if (call?.type !== "call_expression" || ctx.args(call)[0]?.start !== fn.start) return false;
  const callee = field(call, "function");
  if (callee?.type !== "member_expression") return false;
  if (
    !/^(forEach|map|filter|some|every|find|findIndex|flatMap)$/.test(
      ctx.text(field(callee, "property") ?? callee),
    )
  )
    return false;
  const recv = field(callee, "object");
  if (!recv) return false;
  const r = recv.type === "identifier" ? (ctx.resolve(recv) ?? recv) : recv;
  if (r.type === "array") return true;
  if (recv.type !== "identifier") return false;
  // An enclosing `if (Array.isArray(recv))` whose consequence holds the call.
  const name = esc(ctx.text(recv));
  for (let p: SyntaxNode | null = call.parent; p; p = p.parent) {
    if (p.type !== "if_statement") continue;
    const cons = field(p, "consequence");
    if (cons && cons.start <= call.start && call.end <= cons.end)
      if (
        new RegExp(`^\\(?\\s*Array\\.isArray\\(\\s*${name}\\s*\\)\\s*\\)?$`).test(
          ctx.text(field(p, "condition") ?? p),
        )
      )
        return true;
  }
  return false;
}

function loopCounter(ctx: JsContext, node: SyntaxNode, key: SyntaxNode): boolean {
  if (key.type !== "identifier") return false;
  const name = ctx.text(key);
  const fn = ctx.enclosingFunction(node);
  for (let p = node.parent; p && p !== fn; p = p.parent) {
    if (p.type !== "for_statement") continue;
    const init = field(p, "initializer");
    const step = field(p, "increment");
    if (!init || !step) continue;
    const starts =
      init.type === "expression_statement"
        ? namedChildren(init).find((c) => c.type === "assignment_expression")
        : namedChildren(init).find(
            (d) => d.type === "variable_declarator" && ctx.text(field(d, "name") ?? d) === name,
          );
    const left = starts && field(starts, starts.type === "variable_declarator" ? "name" : "left");
    const start = starts && field(starts, starts.type === "variable_declarator" ? "value" : "right");
    if (!left || ctx.text(left) !== name || !start || !(start.type === "number" || numericKey(ctx, start)))
      continue;
    const stepText = ctx.text(step).replace(/\s+/g, "");
    const n = esc(name);
    if (!new RegExp(`^(\\+\\+${n}|--${n}|${n}\\+\\+|${n}--|${n}[-+]=\\d+)$`).test(stepText)) continue;
    const body = field(p, "body");
    return !!body && !new RegExp(`(?:^|[^.\\w$])${n}\\s*=[^=]`).test(ctx.text(body));
  }
  return false;
}

// The file's function declarations by name (for a recursion through a second function), found once per tree.
const functionTexts = perTree((ctx: JsContext): Map<string, string> => {
  const m = new Map<string, string>();
  for (const d of ctx.tree.nodes)
    if (d.type === "function_declaration" && field(d, "name")?.type === "identifier")
      m.set(ctx.text(field(d, "name")!), ctx.text(d));
  return m;
});

/** The function calls itself, or a function of this file that hands it back (`mixin` -> `forIn(.., copy)` -> `copy`). */
function recurses(ctx: JsContext, fn: SyntaxNode | undefined, body: string): boolean {
  const names = fn ? boundNames(ctx, fn) : [];
  if (!names.length) return false;
  const code = body.slice(body.indexOf("{"));
  for (const name of names) {
    if (new RegExp(`(?:^|[^.\\w$])(?:this\\.)?${esc(name)}\\s*\\(`).test(code)) return true;
    // through a second function that calls this one or hands it on (`forIn(obj, copy, target)`); not for methods,
    // whose names (`clone`, `merge`) other functions use for other things
    if (fn!.type === "method_definition") continue;
    const own = new RegExp(`(?:^|[^.\\w$])${esc(name)}\\s*\\(|[(,]\\s*${esc(name)}\\s*[,)]`);
    for (const [g, text] of functionTexts(ctx))
      if (g !== name && new RegExp(`(?:^|[^.\\w$])${esc(g)}\\s*\\(`).test(code) && own.test(text))
        return true;
  }
  return false;
}

/**
 * A function's names: its own, or the bindings it is assigned to (`var deepExtend = module.exports = function () {}`).
 * One- and two-letter names are left out: minified code reuses them.
 */
function boundNames(ctx: JsContext, fn: SyntaxNode): string[] {
  const own = field(fn, "name");
  if (own) return [ctx.text(own)].filter((n) => n.length >= 3);
  const out: string[] = [];
  for (let p = fn.parent, i = 0; p && i < 3; p = p.parent, i++) {
    if (p.type === "variable_declarator") {
      const n = field(p, "name");
      if (n?.type === "identifier") out.push(ctx.text(n));
      break;
    }
    if (p.type !== "assignment_expression") break;
    const l = field(p, "left");
    const last = l && /([A-Za-z_$][\w$]*)$/.exec(ctx.text(l));
    if (last && !/^(exports|module)$/.test(last[1]!)) out.push(last[1]!);
  }
  return out.filter((n) => n.length >= 3);
}

/**
 * The text of `fn` with the `if` statements blanked that neither contain `write` nor leave (their branch
 * does not end in return/throw/continue/break), have no `else`, and are no negated test whose branch assigns: what
 * they test holds only inside them.
 */
function withoutSideBranches(fn: SyntaxNode, write: SyntaxNode, ctx: JsContext): string {
  let out = ctx.text(fn);
  for (const n of ctx.tree.nodes) {
    if (n.start < fn.start || n.end > fn.end) continue;
    // Comments guard nothing (`// can't affect Object.prototype`).
    if (n.type === "comment") {
      out = out.slice(0, n.start - fn.start) + " ".repeat(n.end - n.start) + out.slice(n.end - fn.start);
      continue;
    }
    if (n.type !== "if_statement") continue;
    if (field(n, "alternative") || (write.start >= n.start && write.end <= n.end)) continue;
    const then = field(n, "consequence");
    const last = lastStatement(then);
    if (!then || !last || /^(return|throw|continue|break)_statement$/.test(last.type)) continue;
    // (nor a failed test's branch that assigns: `if (!hasOwn(node, k)) node[k] = Object.create(null)` shapes what
    // follows)
    if (/!/.test(ctx.text(field(n, "condition") ?? n)) && /(^|[^=!<>])=(?![=>])/.test(ctx.text(then)))
      continue;
    out = out.slice(0, n.start - fn.start) + " ".repeat(n.end - n.start) + out.slice(n.end - fn.start);
  }
  return out;
}

/**
 * `obj[SUITE_PREFIX + suite.title]`, `` map[`user:${id}`] ``: a key that starts with a fixed text other than the start
 * of '__proto__', 'constructor' or 'prototype' can never be one of them.
 */
function fixedPrefix(ctx: JsContext, key: SyntaxNode): boolean {
  let k: SyntaxNode | undefined = key.type === "identifier" ? (ctx.resolve(key) ?? key) : key;
  let lead: string | undefined;
  for (let i = 0; k && i < 4 && lead === undefined; i++) {
    if (k.type === "parenthesized_expression") k = namedChildren(k)[0];
    else if (
      k.type === "binary_expression" &&
      (field(k, "operator")?.type ?? k.children.find((c) => !c.named)?.type) === "+"
    )
      k = field(k, "left") ?? undefined;
    else if (k.type === "template_string") {
      const first = k.children.find((c) => c.type !== "`");
      lead = first?.type === "string_fragment" ? ctx.text(first) : "";
    } else {
      // (a module-level `var PREFIX = '$'` bound once reads as its string too)
      const v = ctx.constValue(k) ?? (k.type === "identifier" ? ctx.stringValue(ctx.resolve(k)) : undefined);
      lead = typeof v === "string" ? v : "";
    }
  }
  return (
    !!lead &&
    !["__proto__", "constructor", "prototype"].some((w) => w.startsWith(lead!) || lead!.startsWith(w))
  );
}

/**
 * `dataMap[name + '.offset']`, `` t[`${id}.size`] ``: a key that ends in a fixed text no forbidden name ends with
 * ('__proto__', 'constructor', 'prototype') can never be one of them, whatever comes before it.
 */
function fixedSuffix(ctx: JsContext, key: SyntaxNode): boolean {
  let k: SyntaxNode | undefined = key.type === "identifier" ? (ctx.resolve(key) ?? key) : key;
  while (k?.type === "parenthesized_expression") k = namedChildren(k)[0];
  let tail: string | undefined;
  if (
    k?.type === "binary_expression" &&
    (field(k, "operator")?.type ?? k.children.find((c) => !c.named)?.type) === "+"
  ) {
    const right = field(k, "right");
    const v = right ? (ctx.constValue(right) ?? ctx.stringValue(right)) : undefined;
    tail = typeof v === "string" ? v : undefined;
  } else if (k?.type === "template_string") {
    const parts = k.children.filter((c) => c.type !== "`");
    const last = parts[parts.length - 1];
    tail = last?.type === "string_fragment" ? ctx.text(last) : undefined;
  }
  return (
    !!tail && !["__proto__", "constructor", "prototype"].some((w) => w.endsWith(tail!) || tail!.endsWith(w))
  );
}

/**
 * `['bools', 'numbers', 'strings'].forEach(function (key) { ... out[key] ... })`: the parameter of a per-item
 * callback over an array literal of strings holds only those names.
 */
function fixedListItem(ctx: JsContext, key: SyntaxNode): boolean {
  if (key.type !== "identifier") return false;
  const name = ctx.text(key);
  for (let f = ctx.enclosingFunction(key), i = 0; f && i < 6; f = ctx.enclosingFunction(f), i++) {
    const params = field(f, "parameters");
    const names = (params ? namedChildren(params) : [field(f, "parameter")])
      .filter((p): p is SyntaxNode => !!p)
      .map((p) => ctx.text(p));
    if (!names.includes(name)) continue;
    if (names[0] !== name || f.parent?.type !== "arguments") return false;
    const call = f.parent.parent;
    const callee = call?.type === "call_expression" ? field(call, "function") : undefined;
    if (callee?.type !== "member_expression") return false;
    if (!/^(forEach|map|flatMap|some|every|filter)$/.test(ctx.text(field(callee, "property") ?? callee)))
      return false;
    let list: SyntaxNode | undefined = unparen(field(callee, "object") ?? callee) ?? undefined;
    if (list?.type === "identifier") list = ctx.resolve(list) ?? list;
    const items = list?.type === "array" ? namedChildren(list) : [];
    return (
      items.length > 0 &&
      items.every(
        (c) => c.type === "string" && !/^(__proto__|constructor|prototype)$/.test(ctx.stringValue(c) ?? ""),
      )
    );
  }
  return false;
}

function judge(
  node: SyntaxNode,
  left: SyntaxNode,
  viaMember: boolean,
  ctx: JsContext,
  report: Report,
  assign = false,
): void {
  const key = field(left, "index");
  if (!key || key.type === "string" || key.type === "number" || numericKey(ctx, key)) return;
  if (loopCounter(ctx, node, key)) return;
  if (arrayIndexParam(ctx, key)) return;
  if (fixedPrefix(ctx, key) || fixedSuffix(ctx, key) || fixedListItem(ctx, key)) return;
  const fn0 = ctx.enclosingFunction(node);
  const cb = fn0 && keyCallback(ctx, fn0);
  // The function whose text holds the guards: the named one around an inline per-key callback (through other
  // inline callbacks: `args.forEach((obj) => Object.keys(obj).forEach((key) => ...))`), else the callback itself.
  let fn = cb?.outer ?? fn0;
  for (let i = 0; cb && fn && i < 3 && !boundNames(ctx, fn).length && fn.parent?.type === "arguments"; i++)
    fn = ctx.enclosingFunction(fn) ?? fn;
  // `parts.forEach((part, i) => { ... node[part] = v })`: an inline callback over an array walks it for the function
  // around it, whose key checks (`if (parts.includes('__proto__')) throw ...`) sit before the walk.
  for (let i = 0; !cb && fn && i < 3 && fn.parent?.type === "arguments"; i++) {
    const outer = ctx.enclosingFunction(fn);
    if (!outer) break;
    fn = outer;
  }
  // A one-shot replace (`k.replace('__proto__', '')`, a regex without /g) strips one occurrence only:
  // '__pro__proto__to__' still spells the key afterwards, so it is no guard.
  const scrub = (text: string) =>
    text
      .replace(/\.replace\(\s*(['"`])[^'"`]*\1/g, ".replace(")
      .replace(/\.replace\(\s*\/(?:[^/\\\n]|\\.)+\/[a-fh-z]*\s*,/g, ".replace(")
      // `Object.prototype.toString.call(v)`, `Array.prototype.slice.call(arguments)`: a borrowed method, no key check
      .replace(/\b[A-Z]\w*\.prototype\.(?!hasOwnProperty\b)\w+/g, "");
  const body = scrub(fn ? ctx.text(fn) : ctx.tree.source);
  // (TypeScript's `store[group]![name]`: the non-null assertion is no step of its own)
  let target = field(left, "object");
  while (target?.type === "non_null_expression") target = namedChildren(target)[0];
  const targetText = target ? ctx.text(target) : "";
  // A key taken from the very object written (`for (k in o) o[k] = convert(o[k])`,
  // `Object.keys(values).forEach((k) => { values[k] = resolve(values[k]) })`): an own key of `o`, so the write
  // replaces `o`'s own property (JSON.parse makes '__proto__' an own data property, which the write then sets) and
  // never reaches Object.prototype.
  const walked = key.type === "identifier" ? keyLoopSource(ctx, node, key, cb) : undefined;
  if (walked && targetText && walked === targetText) return;
  if (walked && targetText && inPlaceOverDescriptor(ctx, node, key, walked, targetText, fn0)) return;
  // The objects whose keys are walked (`for (k in src)`, `Object.keys(src)`): an own-key test on them
  // (`hasOwn(src, k)`) keeps '__proto__' (JSON.parse makes it an own key); beside a '__proto__' check of the
  // function's own it is only the usual own-key filter, and the '__proto__' check is judged instead.
  const iterated = new Set<string>(cb ? [cb.iterated] : []);
  for (const m of body.matchAll(
    /for\s*\(\s*(?:(?:const|let|var)\s+)?\w+\s+in\s+([\w$.]+)|Object\.(?:keys|entries|getOwnPropertyNames)\(\s*([\w$.]+)/g,
  ))
    iterated.add((m[1] ?? m[2])!);
  // The guards judged on the function less the `if`s that hold neither the write nor a way out: a test whose
  // branch the write is not in (`if (o.hasOwnProperty(k)) { o[k].x = 1 }` beside an unguarded `o[k].y = 2`)
  // guards only that branch.
  const guardBody = fn ? scrub(withoutSideBranches(fn, node, ctx)) : body;
  const ownTest = [
    ...guardBody.matchAll(/hasOwn(?:Property)?(?:\.call)?\(\s*([\w$.]+)|([\w$.]+)\.hasOwnProperty\(/g),
  ].some((m) => !iterated.has((m[1] ?? m[2])!) || !/__proto__/.test(body));
  // A prototype-less store made in the function protects its own writes, not one to a `{}` beside it.
  let root: SyntaxNode | undefined = field(left, "object");
  while (root && /^(subscript_expression|member_expression)$/.test(root.type)) root = field(root, "object");
  const plainRoot = root?.type === "identifier" && ctx.resolve(root)?.type === "object";
  if (
    // (the words, not a name holding them: `prototypeLessObject`)
    /\b(constructor|prototype)\b/.test(guardBody) ||
    (!plainRoot && /Object\.create\(null\)|new Map/.test(guardBody)) ||
    ownTest
  )
    return;
  // A guard through a forbidden-key list kept outside the function: `const UNSAFE = new Set(['__proto__', ...])`
  // ... `if (keys.some((k) => UNSAFE.has(k))) return;`, or a regex of them (`if (MAGIC.test(key)) continue`).
  for (const list of forbiddenKeyLists(ctx))
    if (new RegExp(`\\b${list}\\.(has|includes|indexOf|test)\\(`).test(body)) return;
  // The key passed through a helper of this file that rejects or renames '__proto__' (`key = sanitizeKey(key)`,
  // `if (!isSafeKey(name)) continue`, `keys.filter(isValidKey)`).
  // (not the functions around this write: a merge that checks '__proto__' and calls itself is no guard of itself)
  // (or an imported one whose name says so, handed the key: `if (util.isUnsafeProperty(part)) return dst;`)
  if (
    key.type === "identifier" &&
    new RegExp(
      `(?:^|[^\\w$])(?:[\\w$]+\\.)*(?:is(?:Unsafe|Dangerous|Forbidden|Reserved|Proto|Prototype|Polluting)\\w*|isSafe(?:Key|Prop\\w*|Name|Segment)|isValid(?:Key|Prop\\w*|Segment))\\s*\\(\\s*${esc(ctx.text(key))}\\s*[,)]`,
    ).test(body)
  )
    return;
  const own = new Set<string>();
  for (let f = fn0; f; f = ctx.enclosingFunction(f)) for (const n of boundNames(ctx, f)) own.add(n);
  const guards = keyGuardHelpers(ctx).filter((g) => !own.has(g));
  const keyDef = key.type === "identifier" ? ctx.resolve(key) : undefined;
  if (
    guards.some(
      (g) =>
        (keyDef?.type === "call_expression" && ctx.callee(keyDef) === g) ||
        new RegExp(
          // (a call whose result is not written through: `safeGet(o, k).x = 1` reads, it vets no key)
          `(?:^|[^.\\w$])${esc(g)}\\s*\\((?![^()]*\\)\\s*[.[])|\\.(filter|some|every)\\(\\s*${esc(g)}\\s*\\)`,
        ).test(body) ||
        (key.type === "call_expression" && ctx.callee(key) === g),
    )
  )
    return;
  if (viaMember) {
    if (!/__proto__/.test(body) && ctx.level(key, "proto") === Level.SOURCE)
      report({
        node,
        message: "request-chosen key selects the object written to: '__proto__' reaches Object.prototype",
      });
    return;
  }
  // A dynamic key from a for-in over another object, or a for-of over its own keys (`Object.keys(src)` of a
  // JSON.parse result holds '__proto__'), or a per-key callback, in a function that recurses or nests writes.
  const loop =
    !!cb ||
    /for\s*\(\s*(?:(?:const|let|var)\s+)?(\w+\s+in\s|(?:(?:const|let|var)\s+)(\w+|\[[\w\s,]*\])\s+of\s+Object\.(keys|entries|getOwnPropertyNames)\()/.test(
      body,
    );
  // `o[a][b] = v` pollutes only when `a` can be '__proto__' too: an index the caller cannot choose (a loop
  // counter, a constant) selects an ordinary object. `const t = c ? o[a] : o; t[b] = v` is the same write.
  const made = target?.type === "identifier" ? ctx.resolve(target) : undefined;
  const outer =
    target?.type === "subscript_expression"
      ? target
      : made && made !== target
        ? aliasSubscript(made)
        : undefined;
  const outerIndex = outer ? field(outer, "index") : undefined;
  const nested =
    !!outerIndex &&
    !freshOuter(ctx, node, target, fn0) &&
    !freshAlias(ctx, target) &&
    outerIndex.type !== "string" &&
    outerIndex.type !== "number" &&
    // a row or loop index (`rows[i][name]`, `result[rgIdx][col]`) selects an array slot, never '__proto__'
    !/^(i|j|k|n|idx|index|\w*(Idx|Index))\d*$/.test(ctx.text(outerIndex)) &&
    !numericKey(ctx, outerIndex) &&
    !fixedListItem(ctx, outerIndex) &&
    !fixedSuffix(ctx, outerIndex) &&
    ctx.level(outerIndex, "proto") >= Level.PARAM;
  // The function calls itself (`merge(...)`, `this.merge(...)`), or back through a second function of the file.
  // When the write sits in a key loop (`for (k in src)`, `for (const k of Object.keys(src))`), the recursion that
  // matters runs per key inside it: jade's `merge(a, b)` folds an attribute list by calling itself in another
  // loop, while its key loop only copies one level (`a[key] = b[key]`).
  let keyLoop: SyntaxNode | undefined;
  for (let p = node.parent; p && p !== fn0; p = p.parent)
    if (p.type === "for_in_statement") {
      keyLoop = p;
      break;
    }
  const recursive =
    (recurses(ctx, fn, keyLoop ? ctx.text(keyLoop) : body) ||
      (!!fn0 && fn0 !== fn && recurses(ctx, fn0, ctx.text(fn0)))) &&
    recursionDescends(ctx, [fn0, fn], target);
  // '__proto__' alone is no guard for a recursive merge: `constructor` then `prototype` reach Object.prototype
  // through an existing value (`{}.constructor` is Object). A path walk keeps its check (most walks step only into
  // plain objects, or replace the rest).
  const walk = walkAt(ctx, target, body);
  // (Unless the walk keeps whatever value a step finds, functions included: `cur[p] = cur[p] || {}` steps from
  // obj into `obj.constructor` (Object) and then into `Object.prototype`, which the last write pollutes.)
  const keeps = walk && walkKeepsAnyValue(target!, body, ctx);
  if (/__proto__/.test(body) && !keeps && (!recursive || walk || objectOnlyGate(ctx, body, targetText)))
    return;
  // Writing into an object the function made itself (`const out = {}`, `const merged = { ...defaults }`): a
  // '__proto__' key replaces that object's own prototype, and a recursion hands it fresh copies, never
  // Object.prototype itself.
  // (`const result = Array.isArray(obj) ? [] : {}`: a fresh array or object either way.)
  const literal = (n: SyntaxNode | undefined): boolean =>
    n?.type === "object" ||
    n?.type === "array" ||
    (n?.type === "ternary_expression" &&
      literal(field(n, "consequence")) &&
      literal(field(n, "alternative")));
  // (`o[k] = {}; for (const p of Object.keys(v)) o[k][p] = convert(v[p])`: the slot just set to a fresh object is
  // one too, whatever its key.)
  const fresh =
    (made !== target && literal(made)) || freshOuter(ctx, node, target, fn0) || freshAlias(ctx, target);
  const keyLevel = ctx.level(key, "proto");
  if (walk && keyLevel >= Level.PARAM) {
    report({
      node,
      message: "path walk writes at a caller-chosen key: '__proto__' reaches Object.prototype",
    });
    return;
  }
  // `set(obj[head], path.slice(1), value)`: a recursion that descends into the slot at the same key.
  const fnName = fn0 && boundNames(ctx, fn0).length ? field(fn0, "name") : undefined;
  if (
    fn0 &&
    fnName &&
    !loop &&
    targetText &&
    keyLevel >= Level.PARAM &&
    new RegExp(
      `(?:^|[^.\\w$])${esc(ctx.text(fnName))}\\s*\\(\\s*${esc(targetText)}\\s*\\[\\s*${esc(ctx.text(key))}\\s*\\]`,
    ).test(ctx.text(fn0))
  ) {
    report({
      node,
      message: "recursive path setter descends at a caller-chosen key: '__proto__' reaches Object.prototype",
    });
    return;
  }
  if (assign) {
    if (loop && keyLevel >= Level.PARAM)
      report({
        node,
        message: "Object.assign into the slot at a dynamic key: '__proto__' selects Object.prototype",
      });
    // `Object.assign(config[req.body.name], values)`: as `obj[key].field = v` above, a request-chosen key selects
    // the object copied into, and '__proto__' selects Object.prototype.
    else if (!/__proto__/.test(body) && keyLevel === Level.SOURCE)
      report({
        node,
        message: "Object.assign into the slot at a request-chosen key: '__proto__' selects Object.prototype",
      });
    return;
  }
  // The key loop makes only its own key (or one computed from it) caller-chosen: `knex[method] = ...` with
  // `method = METHODS[i]` beside an unrelated `for (k in ee)` is judged by where `method` comes from.
  const loopKey = !loop || keyLevel >= Level.PARAM || fromKeyLoop(ctx, key, fn ?? fn0, cb);
  if (
    !(loop && loopKey && ((recursive && recursionDescends(ctx, [fn0, fn], target)) || nested) && !fresh) &&
    !(nested && keyLevel >= Level.PARAM)
  )
    return;
  report({ node, message: "dynamic key can reach __proto__" });
}

/**
 * The merge descends only into values a test calls objects, functions excluded: `typeof t[k] === 'object'` or a
 * helper of the file like `isNonNullObject(x) { return typeof x === 'object' && x !== null }`. Then `constructor`
 * (a function) is never walked into, and a '__proto__' check closes the only way up.
 */
function objectOnlyGate(ctx: JsContext, body: string, target: string): boolean {
  const objectOnly = (t: string) =>
    /typeof\s[^;]*?===?\s*['"]object['"]/.test(t) && !/['"]function['"]|instanceof\s+Function/.test(t);
  // The test must be on the object stepped into (`typeof target[k] === 'object'`): one on the source's value
  // alone lets the merge step into `target.constructor` (the Object function, truthy) and on to its prototype.
  const t = target ? esc(target) : "[\\w$.]+";
  if (
    new RegExp(`typeof\\s+${t}\\s*\\[[^\\]]+\\]\\s*[!=]==?\\s*['"]object['"]`).test(body) &&
    !/['"]function['"]/.test(body)
  )
    return true;
  for (const [g, text] of functionTexts(ctx))
    if (
      new RegExp(`(?:^|[^.\\w$])${esc(g)}\\s*\\(`).test(body) &&
      !body.startsWith(`function ${g}`) &&
      objectOnly(text)
    )
      return true;
  return false;
}

/**
 * A path walk (`cur = cur[part]`) then a write at a caller's key: `set(obj, '__proto__.x', v)`; or the parent
 * found by a reduce over the keys (`keys.reduce((node, k) => node[k] ??= {}, root)`).
 */
/**
 * A path walk over `target` whose step keeps any truthy (or non-nullish) value already at the key and makes an
 * object only where none is: `cur[p] = cur[p] || {}`, `cur[p] ??= {}`, `cur = cur[p] ||= {}`,
 * `if (!cur[p]) cur[p] = {}`. A step that also replaces non-objects (`typeof cur[p] !== 'object'`) is not one.
 */
function walkKeepsAnyValue(target: SyntaxNode, body: string, ctx: JsContext): boolean {
  const t = esc(ctx.text(target));
  if (new RegExp(`typeof\\s+${t}\\s*\\[`).test(body)) return false;
  const slot = `${t}\\s*\\[\\s*([\\w$.]+)\\s*\\]`;
  return (
    new RegExp(`${slot}\\s*=\\s*${t}\\s*\\[\\s*\\1\\s*\\]\\s*(\\|\\||\\?\\?)`).test(body) ||
    new RegExp(`${slot}\\s*(\\|\\||\\?\\?)=`).test(body) ||
    new RegExp(`if\\s*\\(\\s*!\\s*${slot}\\s*\\)\\s*\\{?\\s*${t}\\s*\\[\\s*\\1\\s*\\]\\s*=`).test(body)
  );
}

function walkAt(ctx: JsContext, target: SyntaxNode | undefined, body: string): boolean {
  if (target?.type !== "identifier") return false;
  const t = esc(ctx.text(target));
  if (new RegExp(`\\b${t}\\s*(=|\\?\\?=|\\|\\|=)\\s*${t}\\s*\\[`).test(body)) return true;
  const made = ctx.resolve(target);
  if (made?.type !== "call_expression" || !/\.reduce$/.test(ctx.callee(made))) return false;
  const cbk = ctx.args(made)[0];
  if (cbk?.type !== "arrow_function" && cbk?.type !== "function_expression") return false;
  const params = field(cbk, "parameters");
  const p0 = params ? namedChildren(params)[0] : field(cbk, "parameter");
  const acc = p0 && (p0.type === "identifier" ? p0 : field(p0, "pattern"));
  if (acc?.type !== "identifier") return false;
  const a = esc(ctx.text(acc));
  return new RegExp(`(?:return|=>)\\s*\\(?\\s*${a}\\s*\\[`).test(ctx.text(cbk));
}
