import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-BUF-001"] }).findings.map((f) => f.line);

describe("JS-BUF-001", () => {
  it("takes a `request` parameter the function calls for an HTTP client, not the request it answers", () => {
    const code = [
      "const express = require('express');",
      "async function wait(seconds) {",
      "  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));",
      "}",
      "async function pollForToken(request, deviceCode, interval) {",
      "  for (;;) {",
      "    const res = await request('POST /login/oauth/access_token', { device_code: deviceCode });",
      "    if (res.access_token) return res.access_token;",
      "    await wait(interval);",
      "  }",
      "}",
      "function handler(req, ms) {",
      "  setTimeout(() => {}, ms);",
      "}",
      "module.exports = { pollForToken, handler };",
    ].join("\n");
    expect(lines(code)).toEqual([13]);
  });
});
