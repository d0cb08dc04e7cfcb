import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-PROTO-001"] }).findings.map((f) => f.line);

describe("JS-PROTO-001 on TypeScript", () => {
  it("sees through a non-null assertion on the slot written to", () => {
    const code = [
      "export function patch(store: Record<string, Record<string, unknown>>, p: Record<string, Record<string, unknown>>) {",
      "  for (const g of Object.keys(p)) {",
      "    for (const k of Object.keys(p[g]!)) store[g]![k] = p[g]![k];",
      "    patch(store[g] as never, p[g] as never);",
      "  }",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
  });

  it("keeps a numeric loop counter clean in typed code", () => {
    const code = [
      "export function rows(data: unknown[][], f: (v: unknown) => unknown): unknown[][] {",
      "  for (let r = 0; r < data.length; r += 1) data[r] = rows(data[r] as never, f);",
      "  for (const k in data) data[k] = f(data[k]) as never;",
      "  return data;",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([]);
  });
});
