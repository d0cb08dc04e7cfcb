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
