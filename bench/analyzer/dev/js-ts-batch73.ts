// Dev suite "js-ts", batch 73: written blind, before any fix for it (own code). Library-shaped prototype pollution
// and code generation, the idioms a probe on real vulnerable npm packages missed: deep merges driven by
// Object.keys(..).forEach / Object.entries / arguments[i] / iterator callbacks (forOwn/forIn with `this`), recursive
// and reduce-based path setters, unflatten of dotted keys, a `__proto__`-only guard that lets `constructor.prototype`
// through; each insecure line with a patched twin (a full key block list, a key filter, a helper that rejects the
// three names, null-prototype stores). Plus template compilers that splice an option into generated source.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch73", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch73", cwe, note, src, "typescript");

export const BATCH73: DevCase[] = [
  ...js(
    "CWE-1321",
    "deep extend over Object.keys(src).forEach recursion vs the same merge skipping the three magic keys",
    `'use strict';

function isObj(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepAssign(target, src) {
  Object.keys(src).forEach(function (key) {
    const cur = target[key];
    const next = src[key];
    if (isObj(cur) && isObj(next)) {
@@      target[key] = deepAssign(cur, next);
    } else {
      target[key] = next;
    }
  });
  return target;
}

function deepAssignSafe(target, src) {
  Object.keys(src).forEach(function (key) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    const cur = target[key];
    const next = src[key];
    if (isObj(cur) && isObj(next)) {
@ok      target[key] = deepAssignSafe(cur, next);
    } else {
      target[key] = next;
    }
  });
  return target;
}

module.exports = { deepAssign, deepAssignSafe };
`,
  ),
  ...js(
    "CWE-1321",
    "jQuery-style extend(deep, target, ...sources) over arguments[i] vs the same loop with an isSafeKey helper",
    `var toStr = Object.prototype.toString;

function isPlain(o) {
  return toStr.call(o) === '[object Object]';
}

function isSafeKey(k) {
  return k !== '__proto__' && k !== 'constructor' && k !== 'prototype';
}

function extend() {
  var deep = arguments[0] === true;
  var target = deep ? arguments[1] : arguments[0];
  for (var i = deep ? 2 : 1; i < arguments.length; i++) {
    var source = arguments[i];
    for (var name in source) {
      var from = source[name];
      if (deep && isPlain(from)) {
        var base = isPlain(target[name]) ? target[name] : {};
@@        target[name] = extend(true, base, from);
      } else if (from !== undefined) {
        target[name] = from;
      }
    }
  }
  return target;
}

function extendSafe() {
  var deep = arguments[0] === true;
  var target = deep ? arguments[1] : arguments[0];
  for (var i = deep ? 2 : 1; i < arguments.length; i++) {
    var source = arguments[i];
    for (var name in source) {
      if (!isSafeKey(name)) continue;
      var from = source[name];
      if (deep && isPlain(from)) {
        var base = isPlain(target[name]) ? target[name] : {};
@ok        target[name] = extendSafe(true, base, from);
      } else if (from !== undefined) {
        target[name] = from;
      }
    }
  }
  return target;
}

module.exports = extend;
module.exports.safe = extendSafe;
`,
  ),
  ...js(
    "CWE-1321",
    "forIn(obj, copy, target) callback writing this[key] with only a __proto__ check vs a three-name check",
    `'use strict';
var forIn = require('for-in');

function isObject(val) {
  return val !== null && (typeof val === 'object' || typeof val === 'function');
}

function mixin(target) {
  for (var i = 1; i < arguments.length; i++) {
    if (isObject(arguments[i])) forIn(arguments[i], copy, target);
  }
  return target;
}

function copy(val, key) {
  if (key === '__proto__') return;
  var cur = this[key];
  if (isObject(val) && isObject(cur)) {
    mixin(cur, val);
  } else {
@@    this[key] = val;
  }
}

function mixinStrict(target) {
  for (var i = 1; i < arguments.length; i++) {
    if (isObject(arguments[i])) forIn(arguments[i], copyStrict, target);
  }
  return target;
}

function copyStrict(val, key) {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
  var cur = this[key];
  if (isObject(val) && isObject(cur)) {
    mixinStrict(cur, val);
  } else {
@ok    this[key] = val;
  }
}

module.exports = mixin;
module.exports.strict = mixinStrict;
`,
  ),
  ...js(
    "CWE-1321",
    "defaults-deep through forOwn(value, key) callback with a __proto__-only guard vs a Set of blocked names",
    `'use strict';
const forOwn = require('for-own');

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function isObject(v) {
  return v != null && (typeof v === 'object' || typeof v === 'function');
}

function defaultsDeep(target, ...sources) {
  target = target || {};
  for (const src of sources) {
    forOwn(src, (value, key) => {
      if (key === '__proto__') return;
      const have = target[key];
      if (have == null) {
@@        target[key] = value;
      } else if (isObject(have) && isObject(value)) {
        defaultsDeep(have, value);
      }
    });
  }
  return target;
}

function defaultsDeepSafe(target, ...sources) {
  target = target || {};
  for (const src of sources) {
    forOwn(src, (value, key) => {
      if (BLOCKED.has(key)) return;
      const have = target[key];
      if (have == null) {
@ok        target[key] = value;
      } else if (isObject(have) && isObject(value)) {
        defaultsDeepSafe(have, value);
      }
    });
  }
  return target;
}

module.exports = { defaultsDeep, defaultsDeepSafe };
`,
  ),
  ...js(
    "CWE-1321",
    "recursive set(obj, 'a.b.c', value) over path[0] / path.slice(1) vs keys filtered through isValidKey",
    `'use strict';

function isValidKey(key) {
  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}

function set(obj, path, value) {
  if (typeof path === 'string') return set(obj, path.split('.'), value);
  const head = path[0];
  if (path.length === 1) {
@@    obj[head] = value;
    return obj;
  }
  if (obj[head] === undefined) obj[head] = {};
  return set(obj[head], path.slice(1), value);
}

function setChecked(obj, path, value) {
  const keys = (typeof path === 'string' ? path.split('.') : path).filter(isValidKey);
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    if (typeof cur[keys[i]] !== 'object' || cur[keys[i]] === null) cur[keys[i]] = {};
    cur = cur[keys[i]];
  }
@ok  cur[keys[keys.length - 1]] = value;
  return obj;
}

exports.set = set;
exports.setChecked = setChecked;
`,
  ),
  ...js(
    "CWE-1321",
    "unflatten of 'a.b.c' keys with a while loop over split parts vs a some()/includes() check on the parts",
    `const DISALLOWED = ['__proto__', 'prototype', 'constructor'];

function unflatten(flat, delimiter = '.') {
  const out = {};
  Object.keys(flat).forEach((key) => {
    const parts = key.split(delimiter);
    let node = out;
    while (parts.length > 1) {
      const part = parts.shift();
      if (node[part] == null || typeof node[part] !== 'object') node[part] = {};
      node = node[part];
    }
@@    node[parts[0]] = flat[key];
  });
  return out;
}

function unflattenChecked(flat, delimiter = '.') {
  const out = {};
  Object.keys(flat).forEach((key) => {
    const parts = key.split(delimiter);
    if (parts.some((p) => DISALLOWED.includes(p))) return;
    let node = out;
    while (parts.length > 1) {
      const part = parts.shift();
      if (node[part] == null || typeof node[part] !== 'object') node[part] = {};
      node = node[part];
    }
@ok    node[parts[0]] = flat[key];
  });
  return out;
}

module.exports = { unflatten, unflattenChecked };
`,
  ),
  ...ts(
    "CWE-1321",
    "TypeScript generic deepMerge over Object.entries(source) vs one that throws on a magic key",
    `type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepMerge<T extends Plain>(target: T, source: Plain): T {
  for (const [key, value] of Object.entries(source)) {
    const existing = (target as Plain)[key];
    if (isPlain(existing) && isPlain(value)) {
      deepMerge(existing, value);
    } else {
@@      (target as Plain)[key] = value;
    }
  }
  return target;
}

export function deepMergeGuarded<T extends Plain>(target: T, source: Plain): T {
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new Error('refusing to merge key ' + key);
    }
    const existing = (target as Plain)[key];
    if (isPlain(existing) && isPlain(value)) {
      deepMergeGuarded(existing, value);
    } else {
@ok      (target as Plain)[key] = value;
    }
  }
  return target;
}
`,
  ),
  ...ts(
    "CWE-1321",
    "reduce-based path setter in a config class method vs the same reduce writing into null-prototype nodes",
    `export class ConfigStore {
  private data: Record<string, any> = {};
  private tree: Record<string, any> = Object.create(null);

  set(path: string, value: unknown): void {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((node, k) => {
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
      return node[k];
    }, this.data);
@@    parent[last] = value;
  }

  put(path: string, value: unknown): void {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((node, k) => {
      if (!Object.prototype.hasOwnProperty.call(node, k)) node[k] = Object.create(null);
      return node[k];
    }, this.tree);
@ok    parent[last] = value;
  }
}
`,
  ),
  ...js(
    "CWE-1321",
    "argv parser storing --a.b=c through setKey(obj, keys, value) vs minimist's constructor/__proto__ check",
    `'use strict';

function isConstructorOrProto(obj, key) {
  return (key === 'constructor' && typeof obj[key] === 'function') || key === '__proto__';
}

function setKey(obj, keys, value) {
  let o = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    if (o[key] === undefined) o[key] = {};
    o = o[key];
  }
@@  o[keys[keys.length - 1]] = value;
}

function setKeySafe(obj, keys, value) {
  let o = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    if (isConstructorOrProto(o, key)) return;
    if (o[key] === undefined) o[key] = {};
    if (o[key] === Object.prototype || o[key] === Function.prototype) o[key] = {};
    o = o[key];
  }
  const last = keys[keys.length - 1];
  if (isConstructorOrProto(o, last)) return;
@ok  o[last] = value;
}

module.exports = function parse(args) {
  const argv = { _: [] };
  const loose = { _: [] };
  for (const arg of args) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (!m) {
      argv._.push(arg);
      continue;
    }
    setKey(argv, m[1].split('.'), m[2]);
    setKeySafe(loose, m[1].split('.'), m[2]);
  }
  return { argv, loose };
};
`,
  ),
  ...js(
    "CWE-1321",
    "two-level write obj[group][name] = value from caller names vs a group name checked against the magic keys",
    `'use strict';

function register(registry, group, name, handler) {
  if (!registry[group]) registry[group] = {};
@@  registry[group][name] = handler;
  return registry;
}

function registerSafe(registry, group, name, handler) {
  if (group === '__proto__' || group === 'constructor' || group === 'prototype') {
    throw new TypeError('invalid group ' + group);
  }
  if (!Object.prototype.hasOwnProperty.call(registry, group)) registry[group] = {};
@ok  registry[group][name] = handler;
  return registry;
}

module.exports = { register, registerSafe };
`,
  ),
  ...js(
    "CWE-1321",
    "one-level counter map keyed by caller words (no nested write) and a Map-backed nested store",
    `'use strict';

function countWords(text) {
  const counts = {};
  for (const word of text.split(/\\s+/)) {
@ok    counts[word] = (counts[word] || 0) + 1;
  }
  return counts;
}

function nestedStore(entries) {
  const root = new Map();
  for (const [group, key, value] of entries) {
    if (!root.has(group)) root.set(group, new Map());
@ok    root.get(group).set(key, value);
  }
  return root;
}

module.exports = { countWords, nestedStore };
`,
  ),
  ...js(
    "CWE-1321",
    "INI/section parser writing out[section][key] from text vs the same parser on null-prototype objects",
    `'use strict';

function parseIni(text) {
  const out = {};
  let section = null;
  for (const raw of text.split(/\\r?\\n/)) {
    const line = raw.trim();
    const head = /^\\[([^\\]]+)\\]$/.exec(line);
    if (head) {
      section = head[1];
      out[section] = out[section] || {};
      continue;
    }
    const kv = /^([^=]+)=(.*)$/.exec(line);
    if (!kv) continue;
    const target = section ? out[section] : out;
@@    target[kv[1].trim()] = kv[2].trim();
  }
  return out;
}

function parseIniSafe(text) {
  const out = Object.create(null);
  let section = null;
  for (const raw of text.split(/\\r?\\n/)) {
    const line = raw.trim();
    const head = /^\\[([^\\]]+)\\]$/.exec(line);
    if (head) {
      section = head[1];
      out[section] = out[section] || Object.create(null);
      continue;
    }
    const kv = /^([^=]+)=(.*)$/.exec(line);
    if (!kv) continue;
    const target = section ? out[section] : out;
@ok    target[kv[1].trim()] = kv[2].trim();
  }
  return out;
}

module.exports = { parseIni, parseIniSafe };
`,
  ),
  ...js(
    "CWE-1321",
    "query-string bracket parser a[b][c]=1 vs the same parser skipping keys that name the prototype",
    `'use strict';

function assignPath(obj, path, value) {
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    cur[path[i]] = cur[path[i]] || {};
    cur = cur[path[i]];
  }
@@  cur[path[path.length - 1]] = value;
}

function assignPathSafe(obj, path, value) {
  if (path.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) return;
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    cur[path[i]] = cur[path[i]] || {};
    cur = cur[path[i]];
  }
@ok  cur[path[path.length - 1]] = value;
}

exports.parse = function parse(qs, safe) {
  const out = {};
  for (const pair of qs.split('&')) {
    const [k, v = ''] = pair.split('=').map(decodeURIComponent);
    const path = k.replace(/\\]/g, '').split('[');
    (safe ? assignPathSafe : assignPath)(out, path, v);
  }
  return out;
};
`,
  ),
  ...js(
    "CWE-94",
    "template compiler passing settings.variable into new Function vs one that checks it is an identifier",
    `'use strict';

const IDENT = /^[A-Za-z_$][\\w$]*$/;

function compile(text, settings) {
  settings = Object.assign({ variable: 'obj' }, settings);
  const body = 'return ' + JSON.stringify(String(text)) + ';';
@@  return new Function(settings.variable, '_', body);
}

function compileChecked(text, settings) {
  settings = Object.assign({ variable: 'obj' }, settings);
  if (!IDENT.test(settings.variable)) throw new Error('variable is not an identifier');
  const body = 'return ' + JSON.stringify(String(text)) + ';';
@ok  return new Function(settings.variable, '_', body);
}

module.exports = { compile, compileChecked };
`,
  ),
  ...js(
    "CWE-94",
    "view engine splicing opts.outputFunctionName into the generated source vs the same option JSON-quoted as a key",
    `'use strict';

function render(tpl, opts) {
  let src = 'var __out = [];\\n';
  if (opts.outputFunctionName) {
    src += 'var ' + opts.outputFunctionName + ' = function (s) { __out.push(s); };\\n';
  }
  src += '__out.push(' + JSON.stringify(String(tpl)) + ');\\nreturn __out.join("");';
@@  const fn = new Function('locals', src);
  return fn(opts.locals || {});
}

function renderQuoted(tpl, opts) {
  let src = 'var __out = [];\\nvar __named = {};\\n';
  if (opts.outputFunctionName) {
    src += '__named[' + JSON.stringify(String(opts.outputFunctionName)) + '] = function (s) { __out.push(s); };\\n';
  }
  src += '__out.push(' + JSON.stringify(String(tpl)) + ');\\nreturn __out.join("");';
@ok  const fn = new Function('locals', src);
  return fn(opts.locals || {});
}

module.exports = { render, renderQuoted };
`,
  ),
  ...js(
    "CWE-94",
    "logger format compiled by concatenating the caller's format into a string literal vs JSON.stringify of it",
    `'use strict';

function compileFormat(format) {
  const js = '  return "' + format.replace(/"/g, '\\\\"') + '"';
@@  return new Function('tokens, req, res', js);
}

function compileFormatSafe(format) {
  const js = '  return ' + JSON.stringify(String(format));
@ok  return new Function('tokens, req, res', js);
}

module.exports = { compileFormat, compileFormatSafe };
`,
  ),
  ...js(
    "CWE-1321",
    "shallow-per-level merge with Object.assign(target[key] || {}, src[key]) vs a regex test rejecting the magic keys",
    `'use strict';

const MAGIC = /^(?:__proto__|constructor|prototype)$/;

function mergeSections(target, src) {
  for (const key of Object.keys(src)) {
@@    target[key] = Object.assign(target[key] || {}, src[key]);
  }
  return target;
}

function mergeSectionsSafe(target, src) {
  for (const key of Object.keys(src)) {
    if (MAGIC.test(key)) continue;
@ok    target[key] = Object.assign(target[key] || {}, src[key]);
  }
  return target;
}

module.exports = { mergeSections, mergeSectionsSafe };
`,
  ),
  ...ts(
    "CWE-1321",
    "JSON-patch style apply(doc, ops) walking op.path.split('/') vs a walk that throws on a magic segment",
    `export interface Op {
  op: 'add' | 'replace';
  path: string;
  value: unknown;
}

export function applyOps(doc: any, ops: Op[]): any {
  for (const op of ops) {
    const segs = op.path.split('/').slice(1);
    let node = doc;
    for (const seg of segs.slice(0, -1)) {
      if (node[seg] === undefined) node[seg] = {};
      node = node[seg];
    }
@@    node[segs[segs.length - 1]] = op.value;
  }
  return doc;
}

export function applyOpsStrict(doc: any, ops: Op[]): any {
  for (const op of ops) {
    const segs = op.path.split('/').slice(1);
    for (const seg of segs) {
      if (seg === '__proto__' || seg === 'constructor' || seg === 'prototype') throw new Error('bad path ' + op.path);
    }
    let node = doc;
    for (const seg of segs.slice(0, -1)) {
      if (node[seg] === undefined) node[seg] = {};
      node = node[seg];
    }
@ok    node[segs[segs.length - 1]] = op.value;
  }
  return doc;
}
`,
  ),
  ...js(
    "CWE-95",
    "loose config parser eval('(' + text + ')') vs JSON.parse of the same text",
    `'use strict';

exports.parseLoose = function parseLoose(text) {
@@  return eval('(' + text + ')');
};

exports.parseStrict = function parseStrict(text) {
@ok  return JSON.parse(text);
};
`,
  ),
];
