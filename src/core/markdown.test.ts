import { describe, expect, it } from "vitest";
import { extractCodeBlocks, proseLines } from "./markdown.js";

describe("proseLines", () => {
  it("skips fenced code by the same rules as extractCodeBlocks, with offsets into the text", () => {
    const text = [
      "## Analysis",
      "```python",
      "## Answer inside code",
      "``` not a closing fence",
      "```",
      "  ~~~~",
      "## Answer in tildes",
      "~~~",
      "~~~~~",
      "## Answer",
      "done",
    ].join("\n");
    const lines = [...proseLines(text)];
    expect(lines.map((l) => l.line)).toEqual(["## Analysis", "## Answer", "done"]);
    const answer = lines[1]!;
    expect(text.slice(answer.start, answer.next)).toBe("## Answer\n");
    expect(lines[2]!.next).toBe(text.length);
    // The code the walker skipped is exactly what the extractor finds.
    expect(extractCodeBlocks(text).map((b) => b.code)).toEqual([
      "## Answer inside code\n``` not a closing fence",
      "## Answer in tildes\n~~~",
    ]);
  });

  it("treats an unclosed fence as code to the end", () => {
    expect([...proseLines("intro\n```\ncode\n## Answer")].map((l) => l.line)).toEqual(["intro"]);
  });
});
