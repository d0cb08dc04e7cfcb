import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-TMP-001"] }).findings.map((f) => f.line);

describe("JS-TMP-001", () => {
  it("takes a file inside a directory the function made with a plain mkdir for private, not with recursive", () => {
    const code = [
      "const fs = require('fs');",
      "const os = require('os');",
      "const path = require('path');",
      "function stage(inPath, data) {",
      "  const tmpPath = path.join(os.tmpdir(), 'zipper-' + Date.now());",
      "  fs.mkdirSync(tmpPath);",
      "  fs.writeFileSync(path.join(tmpPath, path.basename(inPath)), data);",
      "}",
      "function cache(data) {",
      "  const dir = path.join(os.tmpdir(), 'zipper-cache');",
      "  fs.mkdirSync(dir, { recursive: true });",
      "  fs.writeFileSync(path.join(dir, 'index.json'), data);",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([12]);
  });
  it("takes a name with Math.random's whole draw in base 36 for unguessable, not a few values of it or a cut draw", () => {
    const code = [
      "const fs = require('fs');",
      "const os = require('os');",
      "const path = require('path');",
      "fs.writeFileSync(path.join(os.tmpdir(), `s-${Date.now()}-${Math.random().toString(36).slice(2)}`), 'd');",
      "fs.writeFileSync(path.join(os.tmpdir(), `s-${Math.floor(Math.random() * 1000)}.txt`), 'd');",
      "fs.writeFileSync(path.join(os.tmpdir(), `p-${Date.now()}-${Math.random().toString(36).substring(7)}.pdf`), 'd');",
      "fs.writeFileSync(path.join(os.tmpdir(), `q-${Math.random().toString(16).slice(2, 6)}`), 'd');",
      "fs.writeFileSync(path.join(os.tmpdir(), `r-${Math.random().toString(16)}`), 'd');",
    ].join("\n");
    expect(lines(code)).toEqual([5, 6, 7]);
  });
});
