import { beforeAll, describe, expect, it } from "vitest";
import { analyzeMarkdown, analyzeSync } from "./engine.js";
import { languageFromPath } from "./languages.js";
import { grammarsLoaded, loadGrammars, parseCode } from "./parse/index.js";
import { repairClikeFragment } from "./parse/fragment.js";
import { ClikeContext, Level } from "./dataflow/clike.js";

beforeAll(async () => {
  await loadGrammars(["c", "cpp", "csharp", "java", "php", "go", "rust"]);
});

describe("brace-language grammars", () => {
  it("load under web-tree-sitter and parse without errors", () => {
    for (const l of ["c", "cpp", "csharp", "java", "php", "go", "rust"] as const)
      expect(grammarsLoaded(l)).toBe(true);
    expect(parseCode("int main(void) { return 0; }", "c").hasError).toBe(false);
    expect(parseCode("fn main() { let x = 1; }", "rust").hasError).toBe(false);
    expect(parseCode("package main\nfunc main() {}", "go").hasError).toBe(false);
  });

  it("detects languages by file extension", () => {
    expect(
      ["a.c", "a.h", "a.cc", "a.hpp", "a.cs", "A.java", "i.php", "m.go", "lib.rs"].map(languageFromPath),
    ).toEqual(["c", "c", "cpp", "cpp", "csharp", "java", "php", "go", "rust"]);
  });
});

describe("fragment repair", () => {
  it("wraps statements cut out of a function and keeps line numbers", () => {
    const code = "    strcpy(buf, name);\n    return 0;\n}\n";
    const r = repairClikeFragment(code, "c");
    expect(r.tree.hasError).toBe(false);
    const f = analyzeSync(code, { language: "c" }).findings;
    expect(f.map((x) => [x.rule_id, x.line])).toEqual([["C-BUF-001", 1]]);
  });

  it("adds PHP's opening tag but leaves HTML templates alone", () => {
    expect(analyzeSync("$h = md5($pw);", { language: "php" }).findings[0]).toMatchObject({
      rule_id: "PHP-HASH-001",
      line: 1,
    });
    const html =
      '<script src="https://maps.googleapis.com/maps/api/js?key=AIzaSyA0rANX07hh6ASNKdBr4mZH0KZSqbHYc3Q"></script>';
    expect(analyzeSync(html, { language: "php" }).findings.map((x) => x.rule_id)).toEqual(["PHP-CRED-001"]);
  });

  it("adds the opening tag to PHP cut out before a `?>...<?php` switch", () => {
    const code = "$ip = $_SERVER['HTTP_X_FORWARDED_FOR'];\nif ($ok) {\n?>done<?php\n}\n";
    expect(analyzeSync(code, { language: "php" }).findings.map((x) => [x.rule_id, x.line])).toEqual([
      ["PHP-IP-001", 1],
    ]);
  });
});

describe("ClikeContext data flow", () => {
  const levelOf = (code: string, language: "java" | "c", expr: string) => {
    const tree = parseCode(code, language);
    const ctx = new ClikeContext(tree);
    const node = tree.nodes.find((n) => n.named && ctx.text(n) === expr)!;
    return ctx.level(node);
  };
  it("ranks literals, unknown values, parameters and request data", () => {
    const code =
      'class A { void f(String p, HttpServletRequest r) { String a = "x"; String b = a + "y"; String c = p + b; String d = r.getParameter("q"); String e = other(); g(a, b, c, d, e); } }';
    expect(["a", "b", "c", "d", "e"].map((v) => levelOf(code, "java", v))).toEqual([
      Level.CONST,
      Level.CONST,
      Level.PARAM,
      Level.SOURCE,
      Level.UNKNOWN,
    ]);
  });
});

describe("analyzeMarkdown with the new languages", () => {
  it("judges C, Java and Rust blocks of one answer", async () => {
    const answer =
      "```c\nvoid f(char *s) { char b[8]; strcpy(b, s); }\n```\n```java\nclass A { void f(String c) throws Exception { Runtime.getRuntime().exec(c); } }\n```\n```rust\nfn f(p: *const u8) -> u8 { unsafe { *p } }\n```\n";
    const md = await analyzeMarkdown(answer);
    expect(md.blocks.map((b) => b.language)).toEqual(["c", "java", "rust"]);
    const ids = new Set(md.findings.map((f) => f.rule_id));
    expect(ids).toEqual(new Set(["C-BUF-001", "C-BUF-002", "JAVA-CMDI-001", "RS-UNSAFE-001"]));
  });
});
