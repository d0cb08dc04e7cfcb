import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-RAND-001"] }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-RAND-001: fallbacks and tests", () => {
  it("lowers Math.random where Web Crypto is missing and a test's filler bytes, not a token from Math.random", () => {
    const code = [
      "function uuid4() {",
      "  const b = new Uint8Array(1);",
      "  const byte = crypto ? () => crypto.getRandomValues(b)[0] : () => (Math.random() * 0xff) & 0xff;",
      "  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (byte() & (15 >> (+c / 4)))).toString(16));",
      "}",
      "function resetToken() { return Math.random().toString(36).slice(2); }",
    ].join("\n");
    expect(found(code)).toEqual([
      [3, "LOW"],
      [6, "MEDIUM"],
    ]);
    const test = [
      "const assert = require('assert');",
      "const crypto = require('crypto');",
      "const filler = crypto.pseudoRandomBytes(10240).toString('hex');",
    ].join("\n");
    expect(found(test)).toEqual([[3, "LOW"]]);
  });
});

describe("JS-RAND-001: when a session was last checked", () => {
  it("leaves a clock reading kept as a moment, and keeps a session id made from the clock", () => {
    const code = [
      "class Watch {",
      "  tick(res) {",
      "    this.lastSessionCheck = Date.now();",
      "    const sessionChecked = Date.now();",
      "    const sessionId = Date.now().toString(36);",
      "    res.cookie('sid', sessionId + sessionChecked);",
      "  }",
      "}",
    ].join("\n");
    const got = analyzeSync(code, { language: "javascript", rules: ["JS-RAND-001"] }).findings;
    expect(got.filter((f) => f.severity === "MEDIUM").map((f) => f.line)).toEqual([5]);
  });
});

describe("JS-RAND-001: list keys", () => {
  it("leaves a FlatList keyExtractor and a table's rowKey, keeps a token named key", () => {
    const code = [
      "export const props = { keyExtractor: () => Math.ceil(Math.random() * 1e7).toString() };",
      "export const table = { rowKey: () => String(Math.random()) };",
      "export function apiKey() { return Math.random().toString(36).slice(2); }",
    ].join("\n");
    expect(found(code)).toEqual([[3, "MEDIUM"]]);
  });
  it("lowers a GUID generator whose every call builds a page element's id, not one that makes a session key", () => {
    const element = [
      "class Button {",
      "  generateElementId() { return 'pay-' + this.generateGuid(); }",
      "  generateGuid() {",
      "    return 'xxxxxxxx-4xxx'.replace(/x/g, () => ((Math.random() * 16) | 0).toString(16));",
      "  }",
      "}",
    ].join("\n");
    expect(found(element)).toEqual([[4, "LOW"]]);
    const session = element.replace(
      "generateElementId() { return 'pay-' + this.generateGuid(); }",
      "start() { this.sessionKey = this.generateGuid(); }",
    );
    expect(found(session)).toEqual([[4, "MEDIUM"]]);
  });
});
