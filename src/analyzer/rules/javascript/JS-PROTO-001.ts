import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, perTree } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

const DEEP_WRITERS =
  /^((_|lodash|lodash\.merge|lodash\.mergewith|lodash\.defaultsdeep|lodash\.set)\.(merge|mergeWith|defaultsDeep|set|setWith|zipObjectDeep)|lodash\.(merge|mergeWith|defaultsDeep|set|setWith)|(\$|jQuery|jquery|angular)\.(extend|merge)|deepmerge|merge|deep-extend|deepExtend|(Hoek|hoek)\.merge|(dot-prop|dotProp)\.set|(mixin-deep|mixinDeep)|(set-value|setValue)|lodash\/(merge|mergeWith|defaultsDeep|set|setWith)|(object-path|objectPath)\.set)$/;

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
  if (n.type === "identifier") return depth > 0 && INDEX_NAME.test(ctx.text(n));
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
  trigger:
    /\]\s*\[|\]\s*\.\s*\w+\s*=|for\s*\(|merge|defaultsDeep|extend|setWith|zipObjectDeep|\.set\(|lodash\/set/i,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      // Deep merges and path setters of libraries that walked __proto__ in the versions people still run.
      const q = ctx.callee(node);
      if (!DEEP_WRITERS.test(q)) return;
      const args = ctx.args(node);
      if (/extend$/.test(q) && args[0]?.type !== "true") return; // shallow $.extend copies own keys only
      // Path setters (`set(obj, path, value)`): only the path walks keys; the value is stored, not walked.
      const walked = /(^|[./])(set|setWith|setValue|set-value)$/.test(q) ? args.slice(1, 2) : args;
      if (walked.some((a) => ctx.level(a, "proto") === Level.SOURCE))
        report({ node, message: `${q}() deep-writes keys taken from the request (__proto__ included)` });
      return;
    }
    const left0 = field(node, "left");
    // `obj[key].field = v`: with key '__proto__' the write lands on Object.prototype (request keys only).
    const inner = left0?.type === "member_expression" ? field(left0, "object") : undefined;
    const viaMember = inner?.type === "subscript_expression";
    const left = viaMember ? inner : left0;
    if (left?.type !== "subscript_expression") return;
    const key = field(left, "index");
    if (!key || key.type === "string" || key.type === "number" || numericKey(ctx, key)) return;
    const fn = ctx.enclosingFunction(node);
    // A one-shot replace (`k.replace('__proto__', '')`, a regex without /g) strips one occurrence only:
    // '__pro__proto__to__' still spells the key afterwards, so it is no guard.
    const body = (fn ? ctx.text(fn) : ctx.tree.source)
      .replace(/\.replace\(\s*(['"`])[^'"`]*\1/g, ".replace(")
      .replace(/\.replace\(\s*\/(?:[^/\\\n]|\\.)+\/[a-fh-z]*\s*,/g, ".replace(");
    if (/__proto__|constructor|prototype|hasOwn|Object\.create\(null\)|new Map/.test(body)) return;
    // A guard through a forbidden-key list kept outside the function: `const UNSAFE = new Set(['__proto__', ...])`
    // ... `if (keys.some((k) => UNSAFE.has(k))) return;`.
    for (const list of forbiddenKeyLists(ctx))
      if (new RegExp(`\\b${list}\\.(has|includes|indexOf)\\(`).test(body)) return;
    // The key passed through a helper of this file that rejects or renames '__proto__' (`key = sanitizeKey(key)`).
    const guards = keyGuardHelpers(ctx);
    const keyDef = key.type === "identifier" ? ctx.resolve(key) : undefined;
    if (
      guards.some(
        (g) =>
          (keyDef?.type === "call_expression" && ctx.callee(keyDef) === g) ||
          (key.type === "identifier" && new RegExp(`\\b${ctx.text(key)}\\s*=\\s*${g}\\(`).test(body)) ||
          (key.type === "call_expression" && ctx.callee(key) === g),
      )
    )
      return;
    if (viaMember) {
      if (ctx.level(key, "proto") === Level.SOURCE)
        report({
          node,
          message: "request-chosen key selects the object written to: '__proto__' reaches Object.prototype",
        });
      return;
    }
    // A dynamic key from a for-in over another object, or a for-of over its own keys (`Object.keys(src)` of a
    // JSON.parse result holds '__proto__'), in a function that recurses or nests writes.
    const loop =
      /for\s*\(\s*(const|let|var)\s+(\w+\s+in\s|(\w+|\[[\w\s,]*\])\s+of\s+Object\.(keys|entries|getOwnPropertyNames)\()/.exec(
        body,
      );
    // `o[a][b] = v` pollutes only when `a` can be '__proto__' too: an index the caller cannot choose (a loop
    // counter, a constant) selects an ordinary object.
    const outer = field(left, "object");
    const outerIndex = outer?.type === "subscript_expression" ? field(outer, "index") : undefined;
    const nested =
      !!outerIndex &&
      // a row or loop index (`rows[i][name]`, `result[rgIdx][col]`) selects an array slot, never '__proto__'
      !/^(i|j|k|n|idx|index|\w*(Idx|Index))$/.test(ctx.text(outerIndex)) &&
      !numericKey(ctx, outerIndex) &&
      ctx.level(outerIndex, "proto") >= Level.PARAM;
    // The function calls itself (`merge(...)`, `this.merge(...)`), not a method of that name on another object.
    const recursive =
      fn &&
      field(fn, "name") &&
      new RegExp(`(?:^|[^.\\w$]|\\bthis\\.)${ctx.text(field(fn, "name")!)}\\s*\\(`).test(
        body.slice(body.indexOf("{")),
      );
    // A path walk (`cur = cur[part]`) then a write at a caller's key: `set(obj, '__proto__.x', v)`.
    const target = field(left, "object");
    // Writing into an object the function made itself (`const out = {}`, `const merged = { ...defaults }`): a
    // '__proto__' key replaces that object's own prototype, and a recursion hands it fresh copies, never
    // Object.prototype itself.
    const made = target?.type === "identifier" ? ctx.resolve(target) : undefined;
    const fresh = made !== target && made?.type === "object";
    const walks =
      target?.type === "identifier" &&
      new RegExp(`\\b${ctx.text(target)}\\s*(=|\\?\\?=|\\|\\|=)\\s*${ctx.text(target)}\\s*\\[`).test(body);
    if (walks && ctx.level(key, "proto") >= Level.PARAM) {
      report({
        node,
        message: "path walk writes at a caller-chosen key: '__proto__' reaches Object.prototype",
      });
      return;
    }
    if (!(loop && (recursive || nested) && !fresh) && !(nested && ctx.level(key, "proto") >= Level.PARAM))
      return;
    report({ node, message: "dynamic key can reach __proto__" });
  },
  cases: {
    valid: [
      "function toJson(obj) {\n  const out = {};\n  for (const key of Object.keys(obj)) out[key] = toJson(obj[key]);\n  return out;\n}",
      "const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);\nfunction setDot(obj, keys, val) {\n  if (keys.some((k) => UNSAFE.has(k))) return;\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) cur = cur[keys[i]] ??= {};\n  cur[keys[keys.length - 1]] = val;\n}",
      "function f(o, k, v) { o[k] = v; }",
      "function f(o, k) { o[k].seen = true; }",
      "const reg = {};\napp.post('/r', (req, res) => { if (!Object.hasOwn(reg, req.body.ns)) return; reg[req.body.ns].owner = 1; });",
      "const m = {};\nfor (const x of xs) m[x.id] = x;",
      "function probe(modules, row, col) {\n  for (let r = -1; r <= 7; r++) for (let c = -1; c <= 7; c++) modules[row + r][col + c] = r >= 0 && c >= 0;\n}",
      "function sanitizeKey(k) { return k === '__proto__' ? '___proto___' : k; }\nfunction setKey(obj, keys, v) {\n  let o = obj;\n  keys.forEach((raw) => { const key = sanitizeKey(raw); if (o[key] === undefined) o[key] = {}; o = o[key]; });\n}",
      "function blooms(groups, cols, read) { const out = groups.map(() => ({})); groups.forEach((g, rgIdx) => { for (const c of cols) out[rgIdx][c.name] = read(g, c); }); return out; }",
      "const _ = require('lodash');\nconst cfg = _.merge({}, DEFAULTS, { port: 80 });",
      "app.post('/p', (req, res) => { res.json($.extend({}, req.body)); });",
      "const set = require('lodash/set');\napp.post('/p', (req, res) => { set(prefs, 'theme', req.body.theme); });",
    ],
    invalid: [
      {
        code: "function merge(t, s) {\n  for (const k of Object.keys(s)) {\n    if (typeof s[k] === 'object') merge(t[k] ??= {}, s[k]);\n    else t[k] = s[k];\n  }\n}",
        line: 4,
      },
      "const $ = require('jquery');\napp.post('/c', (req, res) => { res.json($.extend(true, {}, JSON.parse(req.body.conf))); });",
      "function set(obj, a, b, v) { obj[a][b] = v; }",
      "const reg = {};\napp.post('/r', (req, res) => { reg[req.body.ns].owner = req.body.who; });",
      "const reg = {};\napp.post('/r', (req, res) => { const ns = req.body.ns.replace('__proto__', ''); reg[ns][req.body.k] = 1; });",
      "const set = require('lodash/set');\napp.post('/p', (req, res) => { set(prefs, req.body.path, req.body.v); });",
      {
        code: "function setPath(obj, path, v) {\n  const parts = path.split('.');\n  let cur = obj;\n  for (let i = 0; i < parts.length - 1; i++) cur = cur[parts[i]] ??= {};\n  cur[parts[parts.length - 1]] = v;\n}",
        line: 5,
      },
      "const _ = require('lodash');\napp.post('/p', (req, res) => { res.json(_.merge({}, req.body)); });",
    ],
  },
});

// The file's forbidden-key lists, found once per tree (a scan of the whole source per merge-like call was
// quadratic on bundles).
const forbiddenKeyLists = perTree((ctx: JsContext): string[] =>
  [
    ...ctx.tree.source.matchAll(
      /\b(?:const|let|var)\s+([A-Za-z_]\w*)\s*=\s*(?:\/\*[^*]*\*\/\s*)?(?:new\s+Set\s*\(\s*|Object\.freeze\(\s*)?\[[^\]]*?__proto__/g,
    ),
  ].map((m) => m[1]!),
);

// The file's functions and bindings that mention '__proto__' (candidate key guards), found once per tree.
const keyGuardHelpers = perTree((ctx: JsContext): string[] =>
  ctx.tree.nodes
    .filter(
      (d) =>
        (d.type === "function_declaration" || d.type === "variable_declarator") &&
        field(d, "name")?.type === "identifier" &&
        /__proto__/.test(ctx.text(d)),
    )
    .map((d) => ctx.text(field(d, "name")!)),
);
