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
