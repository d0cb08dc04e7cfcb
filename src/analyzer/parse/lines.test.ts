import { describe, expect, it } from "vitest";
import { lineStarts, rowAt, rowFrom, rowsText, snippetText } from "./lines.js";

describe("source lines", () => {
  const text = "a = 1\nbb = 2\n\nccc = 3";
  const starts = lineStarts(text);

  it("finds line starts and the row of any offset", () => {
    expect(starts).toEqual([0, 6, 13, 14]);
    expect([0, 5, 6, 12, 13, 14, 20].map((o) => rowAt(starts, o))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  it("finds the same row from any earlier row (the pre-order walk's gallop)", () => {
    const many = Array.from({ length: 40 }, (_, i) => "z".repeat(i % 7)).join("\n");
    const s = lineStarts(many);
    for (let offset = 0; offset <= many.length; offset++)
      for (let from = 0; from <= rowAt(s, offset); from++)
        expect(rowFrom(s, offset, from)).toBe(rowAt(s, offset));
  });

  it("cuts rows and clips snippets to five rows and 400 characters", () => {
    expect(rowsText(text, starts, 1, 2)).toBe("bb = 2\n");
    expect(rowsText(text, starts, 3, 3)).toBe("ccc = 3");
    expect(rowsText(text, starts, 9, 9)).toBe("");
    const many = Array.from({ length: 9 }, (_, i) => `x${i}`).join("\n");
    expect(snippetText(many, lineStarts(many), 0, 8)).toBe("x0\nx1\nx2\nx3\nx4");
    const long = "y".repeat(500);
    expect(snippetText(long, lineStarts(long), 0, 0)).toBe("y".repeat(400) + "...");
  });
});
