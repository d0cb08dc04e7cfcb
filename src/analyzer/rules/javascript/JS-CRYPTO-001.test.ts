import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string, context: "repository" | "answer" = "repository") =>
  analyzeSync(code, { language: "javascript", rules: ["JS-CRYPTO-001"], context }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-CRYPTO-001: ECB", () => {
  it("takes AES-ECB updated block by block (padding off, or never finalised) as a block primitive: LOW", () => {
    const code = [
      "const crypto = require('crypto');",
      "function e(key, block) {",
      "  const c = crypto.createCipheriv('aes-128-ecb', key, '');",
      "  c.setAutoPadding(false);",
      "  return Buffer.concat([c.update(block), c.final()]);",
      "}",
      "function cmac(key, m) {",
      "  const aes = crypto.createCipheriv('AES-128-ECB', key, Buffer.alloc(0));",
      "  let x = aes.update(Buffer.alloc(16));",
      "  return aes.update(m.subarray(0, 16));",
      "}",
      "function seal(key, doc) {",
      "  const c = crypto.createCipheriv('aes-256-ecb', key, null);",
      "  return Buffer.concat([c.update(doc), c.final()]);",
      "}",
      "function stream(key, input) {",
      "  const c = crypto.createCipheriv('aes-256-ecb', key, null);",
      "  c.setAutoPadding(false);",
      "  return input.pipe(c);",
      "}",
      "function des(key, block) {",
      "  const c = crypto.createCipheriv('des-ecb', key, null);",
      "  c.setAutoPadding(false);",
      "  return c.update(block);",
      "}",
    ].join("\n");
    expect(found(code)).toEqual([
      [3, "LOW"],
      [8, "LOW"],
      [13, "HIGH"],
      [17, "HIGH"],
      [22, "HIGH"],
    ]);
  });
  it("keeps AES-ECB HIGH in an answer, where a hand-padded message fed to update has the same shape", () => {
    const code = [
      "const crypto = require('crypto');",
      "function encrypt(key, padded) {",
      "  const c = crypto.createCipheriv('aes-128-ecb', key, '');",
      "  c.setAutoPadding(false);",
      "  return c.update(padded);",
      "}",
    ].join("\n");
    expect(found(code, "answer")).toEqual([[3, "HIGH"]]);
    expect(found(code)).toEqual([[3, "LOW"]]);
  });
});
