import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-JWT-001"] }).findings.map((f) => f.line);

describe("JS-JWT-001", () => {
  it("takes a jwt.decode handed an options object (next-auth's, which decrypts with the secret) for no jsonwebtoken decode", () => {
    const code = [
      "const jwt = require('jsonwebtoken');",
      "async function session(options, sessionToken) {",
      "  return await jwt.decode({ ...options.jwt, token: sessionToken });",
      "}",
      "function user(req) { return jwt.decode(req.cookies.token); }",
      "module.exports = { session, user };",
    ].join("\n");
    expect(lines(code)).toEqual([5]);
  });
});
