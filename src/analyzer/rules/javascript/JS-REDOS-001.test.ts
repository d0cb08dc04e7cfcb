import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-REDOS-001"] }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-REDOS-001", () => {
  it("matches a local `const re` only to uses in its own block: sibling validators naming their pattern alike", () => {
    const code = [
      "exports.isMail = function (value) {",
      "  const re = /^[a-z0-9]+([._-]?[a-z0-9]+)*@[a-z]+\\.[a-z]{2,6}$/i;",
      "  return re.test(value);",
      "};",
      "exports.isHandle = function (value) {",
      "  const re = /^[a-z][a-z0-9]{2,15}$/i;",
      "  return re.test(value);",
      "};",
      "const SHARED = /^(\\w+\\s?)*$/;",
      "exports.words = function (value) {",
      "  return SHARED.test(value);",
      "};",
    ].join("\n");
    expect(found(code)).toEqual([
      [2, "MEDIUM"],
      [3, "MEDIUM"],
      [9, "MEDIUM"],
      [11, "MEDIUM"],
    ]);
  });
  it("takes an error's stack trace, read directly or through a helper returning it, for the process's own text", () => {
    const code = [
      "function stackOf(params) {",
      "  return params.$source?.stack;",
      "}",
      "function caller(query, params) {",
      "  const stack = stackOf(params);",
      "  const m = stack.match(/^.+?\\n.+?\\n\\s+?at(?: async)? (.+?)(?: (?:\\((.+?)\\)))?\\n/m);",
      "  return m && m[1];",
      "}",
      "function label(name) {",
      "  return /^(.*)\\s+(\\S+)$/.exec(name);",
      "}",
      "module.exports = { caller, label };",
    ].join("\n");
    expect(found(code)).toEqual([
      [6, "LOW"],
      [10, "MEDIUM"],
    ]);
  });
  it("takes Object.prototype.toString's '[object Tag]' for no caller's text, the value itself for one", () => {
    const code = [
      "const tagRe = /\\[([^ ]+) +([^[]+)]/;",
      "exports.typeOf = function (value) {",
      "  const tag = Object.prototype.toString.call(value);",
      "  return tagRe.exec(tag)[2];",
      "};",
      "exports.raw = function (value) {",
      "  return tagRe.exec(value);",
      "};",
    ].join("\n");
    // (the definition carries the worst use)
    expect(found(code)).toEqual([
      [1, "MEDIUM"],
      [7, "MEDIUM"],
    ]);
  });
});
