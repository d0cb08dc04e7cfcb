import { describe, expect, it } from "vitest";
import { analyzableBlocks } from "./extract.js";
import { detectLanguage } from "./languages.js";

describe("analyzableBlocks", () => {
  it("extracts labelled and unlabelled fences with their start lines", () => {
    const md = [
      "## Answer",
      "Here:",
      "```python",
      "import os",
      "os.system('ls')",
      "```",
      "and JS:",
      "~~~js",
      "const x = 1;",
      "~~~",
      "```",
      "def f(x):",
      "    return x",
      "```",
    ].join("\n");
    const blocks = analyzableBlocks(md);
    expect(blocks.map((b) => [b.language, b.label, b.startLine])).toEqual([
      ["python", "python", 4],
      ["javascript", "js", 9],
      ["python", "", 12],
    ]);
    expect(blocks[0]!.code).toBe("import os\nos.system('ls')");
  });

  it("keeps the code of an unclosed final fence (truncated answer)", () => {
    const blocks = analyzableBlocks("text\n```py\nx = eval(input())\n");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.code).toBe("x = eval(input())");
  });

  it("marks unsupported labels and undecidable snippets as unknown", () => {
    const blocks = analyzableBlocks("```bash\nrm -rf /\n```\n```\nhello world\n```");
    expect(blocks.map((b) => b.language)).toEqual([undefined, undefined]);
  });

  it("does not treat a longer inner fence as the end", () => {
    const blocks = analyzableBlocks("````md\n```py\nx=1\n```\n````");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.code).toContain("x=1");
  });
});

describe("detectLanguage", () => {
  it("tells Python, JavaScript and TypeScript apart", () => {
    expect(detectLanguage("def f(a):\n    return a + 1\n")).toBe("python");
    expect(detectLanguage("const f = (a) => a + 1;\nconsole.log(f(2));")).toBe("javascript");
    expect(detectLanguage("interface P { x: number }\nconst p: P = { x: 1 };")).toBe("typescript");
    expect(detectLanguage("just some words")).toBeUndefined();
  });
});
