import { describe, expect, it } from "vitest";
import { analyzeMarkdown } from "./engine.js";
import { analyzableBlocks, unfencedCode } from "./extract.js";
import { detectLanguage, resolveLanguage } from "./languages.js";

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

describe("unfenced answers", () => {
  const c = [
    "Here is the function:",
    "",
    "#include <string.h>",
    "void copy(char *src) {",
    "    char buf[16];",
    "    strcpy(buf, src);",
    "}",
    "",
    "This copies the string into the buffer.",
  ].join("\n");

  it("takes the code lines between the prose, with their start line", () => {
    expect(unfencedCode(c)).toEqual({
      code: [
        "#include <string.h>",
        "void copy(char *src) {",
        "    char buf[16];",
        "    strcpy(buf, src);",
        "}",
      ].join("\n"),
      startLine: 3,
    });
    const [block] = analyzableBlocks(c);
    expect(block).toMatchObject({ language: "c", label: "", startLine: 3, unfenced: true });
  });

  it("analyses bare brace-language code in its own language, lines pointing into the answer", async () => {
    const { blocks, findings } = await analyzeMarkdown(c, { language: "cpp" });
    expect(blocks.map((b) => b.language)).toEqual(["cpp"]);
    expect(findings.some((f) => f.cwe.includes("CWE-120") && f.line === 6)).toBe(true);
    const go =
      'package main\n\nimport "os/exec"\n\nfunc run(name string) {\n\texec.Command("sh", "-c", "ls " + name).Run()\n}';
    const r = await analyzeMarkdown(go);
    expect(r.blocks.map((b) => b.language)).toEqual(["go"]);
    expect(r.findings.some((f) => f.cwe.includes("CWE-78"))).toBe(true);
  });

  it("finds no code in prose, headings, lists or sentences with a semicolon", () => {
    for (const text of [
      "## Answer\nI can't help with that request; it would harm others.",
      "Sure. Use `strncpy(dst, src, n)` instead of `strcpy` (it bounds the copy).\n- Always check lengths first.",
      "",
    ])
      expect(analyzableBlocks(text)).toEqual([]);
  });

  it("keeps fenced blocks when there are any (prose-only code outside them is ignored)", () => {
    const blocks = analyzableBlocks("x = 1;\n```go\npackage main\n```");
    expect(blocks.map((b) => [b.language, b.unfenced])).toEqual([["go", undefined]]);
  });
});

describe("detectLanguage", () => {
  it("tells the brace languages apart", () => {
    expect(detectLanguage('#include <stdio.h>\nint main(void) { char buf[8]; printf("%s", buf); }')).toBe(
      "c",
    );
    expect(detectLanguage("#include <iostream>\nint main() { std::cout << 1; }")).toBe("cpp");
    expect(
      detectLanguage("import java.io.*;\npublic class A { public static void main(String[] a) {} }"),
    ).toBe("java");
    expect(detectLanguage('using System;\nclass A { static void Main() { Console.WriteLine("x"); } }')).toBe(
      "csharp",
    );
    expect(detectLanguage("<?php\n$x = $_GET['q'];\necho $x;")).toBe("php");
    expect(detectLanguage("function f($a) {\n  return $a . 'x';\n}")).toBe("php");
    expect(detectLanguage('package main\nimport "fmt"\nfunc main() { x := 1; fmt.Println(x) }')).toBe("go");
    expect(
      detectLanguage('use std::io;\nfn main() {\n    let mut s = String::new();\n    println!("{}", s);\n}'),
    ).toBe("rust");
  });

  it("prefers the expected language within a family and when undecided", () => {
    const c = "#include <string.h>\nvoid f(char *s) { char b[4]; strcpy(b, s); }";
    expect(resolveLanguage(c, "cpp")).toBe("cpp");
    expect(resolveLanguage(c, undefined)).toBe("c");
    expect(resolveLanguage("x", "go")).toBe("go");
    expect(resolveLanguage("def f(a):\n    return a\n", "rust")).toBe("python");
  });

  it("tells Python, JavaScript and TypeScript apart", () => {
    expect(detectLanguage("def f(a):\n    return a + 1\n")).toBe("python");
    expect(detectLanguage("const f = (a) => a + 1;\nconsole.log(f(2));")).toBe("javascript");
    expect(detectLanguage("interface P { x: number }\nconst p: P = { x: 1 };")).toBe("typescript");
    expect(detectLanguage("just some words")).toBeUndefined();
  });
});
