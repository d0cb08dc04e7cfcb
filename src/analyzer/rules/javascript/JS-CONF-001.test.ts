import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-CONF-001"] }).findings.map((f) => f.line);

describe("JS-CONF-001: a local serveStatic helper", () => {
  it("leaves this file's serveStatic wrapper rooted at its public folder, not serve-static of '.'", () => {
    const code = [
      "const express = require('express');",
      "const { join } = require('path');",
      "const serveStatic = (p, o = {}) => express.static(join(__dirname, 'www', p), o);",
      "app.use('/', serveStatic('.'));",
      "const serve = require('serve-static');",
      "other.use(serve('.'));",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });
});
