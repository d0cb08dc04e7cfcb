import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-REDIR-001"] }).findings.map((f) => f.line);

describe("JS-REDIR-001", () => {
  it("takes a path segment closed by '/' after the app's own base for a same-site target, not a lone '/'", () => {
    const code = [
      "const router = require('express').Router();",
      "router.get('/db/:name', (req, res) => {",
      "  res.redirect(res.locals.baseHref + 'db/' + req.params.name);",
      "});",
      "router.get('/a/:x', (req, res) => {",
      "  res.redirect(res.locals.baseHref + '/' + req.params.x);",
      "});",
      "router.get('/b', (req, res) => {",
      "  res.redirect(req.query.next + 'db/');",
      "});",
    ].join("\n");
    expect(lines(code)).toEqual([6, 9]);
  });
});
