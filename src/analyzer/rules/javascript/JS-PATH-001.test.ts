import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-PATH-001"] }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-PATH-001", () => {
  it("takes a `request: string` parameter for text the function writes, not an incoming request", () => {
    const code = [
      "import fs from 'fs';",
      "function dump(write: boolean, network: string, name: string, request: string) {",
      "  if (write) fs.writeFileSync(`requests/${network}/${name}.formdata`, request);",
      "}",
      "function handle(request: any, name: string) {",
      "  fs.writeFileSync(`out/${name}.json`, '{}');",
      "}",
      "export { dump, handle };",
    ].join("\n");
    expect(found(code)).toEqual([
      [3, "LOW"],
      [6, "HIGH"],
    ]);
  });
});

describe("JS-PATH-001: a containment prefix without a trailing separator", () => {
  const found = (code: string) =>
    analyzeSync(code, { language: "javascript", rules: ["JS-PATH-001"] }).findings.map((f) => f.line);
  it("takes startsWith(root) for no check when the root ends without a separator (siblings pass), else a check", () => {
    const code = [
      "const fs = require('fs');",
      "const path = require('path');",
      "const ROOT = path.resolve('/srv/app');",
      "const UP = '/srv/up/';",
      "app.get('/a', (req, res) => {",
      "  const p = path.resolve(ROOT, String(req.query.f));",
      "  if (!p.startsWith(ROOT)) return res.sendStatus(403);",
      "  res.send(fs.readFileSync(p));",
      "});",
      "app.get('/b', (req, res) => {",
      "  const p = path.resolve(ROOT, String(req.query.f));",
      "  if (!p.startsWith(ROOT + path.sep)) return res.sendStatus(403);",
      "  res.send(fs.readFileSync(p));",
      "});",
      "app.get('/c', (req, res) => {",
      "  const p = path.resolve(UP, String(req.query.f));",
      "  if (!p.startsWith(UP)) return res.sendStatus(403);",
      "  res.send(fs.readFileSync(p));",
      "});",
      "app.get('/d', (req, res) => {",
      "  const p = path.resolve(ROOT, String(req.query.f));",
      "  if (!p.startsWith(`${ROOT}/`)) return res.sendStatus(403);",
      "  res.send(fs.readFileSync(p));",
      "});",
    ].join("\n");
    expect(found(code)).toEqual([6, 8]);
  });
});
