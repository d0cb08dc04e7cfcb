import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-PROTO-001"] }).findings.map((f) => f.line);

describe("JS-PROTO-001 on TypeScript", () => {
  it("sees through a non-null assertion on the slot written to", () => {
    const code = [
      "export function patch(store: Record<string, Record<string, unknown>>, p: Record<string, Record<string, unknown>>) {",
      "  for (const g of Object.keys(p)) {",
      "    for (const k of Object.keys(p[g]!)) store[g]![k] = p[g]![k];",
      "    patch(store[g] as never, p[g] as never);",
      "  }",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
  });

  it("keeps a numeric loop counter clean in typed code", () => {
    const code = [
      "export function rows(data: unknown[][], f: (v: unknown) => unknown): unknown[][] {",
      "  for (let r = 0; r < data.length; r += 1) data[r] = rows(data[r] as never, f);",
      "  for (const k in data) data[k] = f(data[k]) as never;",
      "  return data;",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([]);
  });
});

describe("JS-PROTO-001: a merge into a copy made on entry", () => {
  it("takes target = deepClone(target) for a fresh object, a merge into the caller's object for a write", () => {
    const code = [
      "function isObject(item) { return item && typeof item === 'object' && !Array.isArray(item); }",
      "function deepClone(obj) {",
      "  if (Array.isArray(obj)) return obj.map(deepClone);",
      "  if (isObject(obj)) { const r = {}; for (const k in obj) r[k] = deepClone(obj[k]); return r; }",
      "  return obj;",
      "}",
      "function deepMerge(target, ...sources) {",
      "  if (!isObject(target)) return target;",
      "  target = deepClone(target);",
      "  for (const source of sources) {",
      "    if (isObject(source)) {",
      "      for (const key in source) {",
      "        if (isObject(source[key])) {",
      "          if (!(key in target)) target[key] = {};",
      "          target[key] = deepMerge(target[key], source[key]);",
      "        } else if (source[key] !== undefined) {",
      "          target[key] = deepClone(source[key]);",
      "        }",
      "      }",
      "    }",
      "  }",
      "  return target;",
      "}",
      "function merge(target, source) {",
      "  for (const key in source) {",
      "    if (isObject(source[key])) {",
      "      if (!target[key]) target[key] = {};",
      "      merge(target[key], source[key]);",
      "    } else {",
      "      target[key] = source[key];",
      "    }",
      "  }",
      "  return target;",
      "}",
      "module.exports = { deepMerge, merge };",
    ].join("\n");
    const found = analyzeSync(code, { language: "javascript", rules: ["JS-PROTO-001"] }).findings.map(
      (f) => f.line,
    );
    expect(found).toEqual([27, 30]);
  });
});

describe("JS-PROTO-001: a key with a fixed prefix", () => {
  it("takes PREFIX + name and `n:${p}` for keys that cannot spell __proto__, `__${p}` for one that can", () => {
    const code = [
      "var SUITE_PREFIX = '$';",
      "function mapTOC(suite, obj) {",
      "  var ret = obj;",
      "  var key = SUITE_PREFIX + suite.title;",
      "  obj = obj[key] = obj[key] || { suite };",
      "  suite.suites.forEach(function (s) { mapTOC(s, obj); });",
      "  return ret;",
      "}",
      "function walk(suite, obj) {",
      "  var key = suite.title;",
      "  obj = obj[key] = obj[key] || { suite };",
      "  suite.suites.forEach(function (s) { walk(s, obj); });",
      "  return obj;",
      "}",
      "function tagged(tree, path, v) {",
      "  let node = tree;",
      "  for (const p of path) node = node[`n:${p}`] = node[`n:${p}`] || {};",
      "  for (const p of path) node = node[`__${p}`] = node[`__${p}`] || {};",
      "  node.v = v;",
      "}",
      "module.exports = { mapTOC, walk, tagged };",
    ].join("\n");
    const found = analyzeSync(code, { language: "javascript", rules: ["JS-PROTO-001"] }).findings.map(
      (f) => f.line,
    );
    expect(found).toEqual([11, 18]);
  });
});

describe("JS-PROTO-001: a merge() of this file that writes no key", () => {
  it("drops a call of a local git-merge helper, keeps a library merge of the request body", () => {
    const code = [
      "import _ from 'lodash';",
      "async function merge(git: any, from: string, to: string) {",
      "  await git.checkout(to);",
      "  await git.mergeFromTo(from, to);",
      "}",
      "export const h = async (req: any, res: any) => {",
      "  await merge(req.git, req.body.from, req.body.to);",
      "  _.merge(req.session, req.body);",
      "  res.json({});",
      "};",
    ].join("\n");
    expect(lines(code)).toEqual([8]);
  });
});

describe("JS-PROTO-001: a key that is a position", () => {
  it("takes a name bound to indexOf/findIndex for a number, keeps a name bound to a caller's key", () => {
    const code = [
      "export function apply(obj: any, prop: string, map: any) {",
      "  const idx = obj[prop].indexOf(map.from);",
      "  if (idx > -1) obj[prop][idx] = map.to;",
      "  const key = map.key;",
      "  obj[prop][key] = map.to;",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([5]);
  });
});

describe("JS-PROTO-001 array positions", () => {
  it("takes a forEach index over a known array for a position, a forEach key of anything else for a key", () => {
    const code = [
      "function clean(target, base, path) {",
      "  if (target && typeof target === 'object' && !Array.isArray(target)) {",
      "    for (const k in base) {",
      "      target[k] = clean(target[k], base[k], [...path, k]);",
      "    }",
      "  } else if (Array.isArray(target)) {",
      "    target.forEach((val, ind) => {",
      "      target[ind] = clean(target[ind], undefined, [...path, ind]);",
      "    });",
      "  } else {",
      "    target.forEach((val, key) => {",
      "      target[key] = clean(target[key], undefined, [...path, key]);",
      "    });",
      "  }",
      "  return target;",
      "}",
      "module.exports = { clean };",
    ].join("\n");
    expect(lines(code)).toEqual([4, 12]);
  });

  it("takes a key ending in a fixed suffix and a callback item over a literal list of names for no '__proto__'", () => {
    const code = [
      "export function emit(table: any, name: string, path: string, v: any) {",
      "  table[name + '.offset'] = { at: 0 };",
      "  table[`${name}.size`] = { at: 1 };",
      "  table[name + 'to__'][path] = v;",
      "  const parts = path.split('.');",
      "  let node = table;",
      "  for (const p of parts.slice(0, -1)) node = node[p] ??= {};",
      "  node[parts[parts.length - 1]!] = v;",
      "}",
      "export function translate(info: any, out: any) {",
      "  ['flags', 'numbers'].forEach(function (section) {",
      "    Object.keys(info[section]).forEach(function (cap) {",
      "      out[section][cap] = info[section][cap];",
      "    });",
      "  });",
      "  Object.keys(info).forEach(function (section) {",
      "    Object.keys(info[section]).forEach(function (cap) {",
      "      out[section][cap] = info[section][cap];",
      "    });",
      "  });",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([4, 8, 18]);
  });

  it("keeps a path walk's write at a bare caller key, not at one ending in '.size' or '.offset'", () => {
    const code = [
      "export function build(dataMap: any, path: string[], name: string, v: unknown) {",
      "  let cur = dataMap;",
      "  for (const p of path) cur = cur[p] = cur[p] || {};",
      "  cur[name + '.size'] = v;",
      "  cur[`${name}.offset`] = v;",
      "  cur[name] = v;",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([3, 6]);
  });
});

describe("JS-PROTO-001 on a const bound to a freshly reset slot", () => {
  it("takes a const alias of a slot just set to {} for a fresh object, a let alias or an unreset slot for the shared one", () => {
    const code = [
      "export function collect(on: any, all: any) {",
      "  on('after:spec', (spec: any, results: any) => {",
      "    all[spec.relative] = {};",
      "    const r = all[spec.relative];",
      "    results.tests.forEach((t: any) => {",
      "      r[t.title.join(' ')] = t.state;",
      "    });",
      "  });",
      "  on('after:run', (spec: any, results: any) => {",
      "    const q = all[spec.relative];",
      "    results.tests.forEach((t: any) => {",
      "      q[t.title.join(' ')] = t.state;",
      "    });",
      "  });",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([12]);
  });
});
