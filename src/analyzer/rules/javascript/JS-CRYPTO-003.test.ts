import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-CRYPTO-003"] }).findings.map((f) => f.line);

describe("JS-CRYPTO-003: CBC-MAC", () => {
  it("leaves AES-CBC with a zero IV that keeps only the last block, not CBC that returns the ciphertext", () => {
    const code = [
      "const crypto = require('crypto');",
      "function mac(key, padded) {",
      "  const c = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16, 0));",
      "  c.setAutoPadding(false);",
      "  const out = Buffer.concat([c.update(padded), c.final()]);",
      "  return out.subarray(out.length - 16);",
      "}",
      "function seal(key, padded) {",
      "  const c = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16, 0));",
      "  c.setAutoPadding(false);",
      "  return Buffer.concat([c.update(padded), c.final()]);",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([9]);
  });
});

describe("JS-CRYPTO-003: Web Crypto IVs", () => {
  it("reports an encoder's bytes of a literal, a parameters object bound first and a zero-filled array, not random or refilled IVs", () => {
    const code = [
      "const enc = new TextEncoder();",
      "const FIXED = enc.encode('abcdefghijkl');",
      "const SLOT = new Uint8Array(12);",
      "async function a(key, d) { return crypto.subtle.encrypt({ name: 'AES-GCM', iv: FIXED }, key, d); }",
      "async function b(key, d) {",
      "  const params = { name: 'AES-GCM', iv: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) };",
      "  return crypto.subtle.encrypt(params, key, d);",
      "}",
      "async function c(key, d) { return crypto.subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16).fill(0) }, key, d); }",
      "async function e(key, d) { return crypto.subtle.encrypt({ name: 'AES-GCM', iv: enc.encode(d.nonce) }, key, d); }",
      "async function f(key, d) {",
      "  crypto.getRandomValues(SLOT);",
      "  return crypto.subtle.encrypt({ name: 'AES-GCM', iv: SLOT }, key, d);",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([4, 7, 9]);
  });
});
