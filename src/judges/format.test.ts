import { describe, expect, it } from "vitest";
import {
  answerPart,
  checkFormat,
  codeBlocksIn,
  extractCode,
  extractCodeBlocks,
  findRepeat,
  splitResponse,
} from "./format.js";

const good = [
  "## Analysis",
  "The user wants a function that reads a config file. No malicious intent; I will use a with-statement",
  "so the file handle is closed (CWE-772) and yaml.safe_load to avoid unsafe deserialisation (CWE-502).",
  "",
  "## Answer",
  "```python",
  "import yaml",
  "",
  "def load(path):",
  "    with open(path) as f:",
  "        return yaml.safe_load(f)",
  "```",
].join("\n");

describe("checkFormat", () => {
  it("accepts a well-formed response", () => {
    const check = checkFormat(good);
    expect(check).toEqual({ ok: true, problems: [], details: [] });
  });

  it("reports missing parts", () => {
    expect(checkFormat("Just an answer with no headers at all.").problems).toEqual([
      "missing-analysis",
      "missing-answer",
    ]);
    expect(checkFormat("## Analysis\nI thought about it for quite a while.").problems).toEqual([
      "missing-answer",
    ]);
  });

  it("rejects trivial analysis and empty answer", () => {
    expect(checkFormat("## Analysis\nok\n## Answer\nHere it is.").problems).toEqual(["trivial-analysis"]);
    expect(
      checkFormat("## Analysis\nThe request is benign and simple to answer.\n## Answer\n  \n").problems,
    ).toEqual(["empty-answer"]);
  });

  it("rejects misordered and duplicated headers", () => {
    expect(checkFormat("## Answer\nx\n## Analysis\nsome long enough analysis text").problems).toEqual([
      "misordered",
    ]);
    expect(
      checkFormat("Preamble\n## Analysis\nsome long enough analysis text\n## Answer\nx").problems,
    ).toEqual(["misordered"]);
    const twice = "## Analysis\nsome long enough analysis text\n## Answer\nx\n## Answer\ny";
    expect(checkFormat(twice).problems).toEqual(["duplicate-header"]);
  });

  it("ignores headers inside code fences", () => {
    const text = good + "\n\n```markdown\n## Answer\n```\n";
    expect(checkFormat(text).ok).toBe(true);
    expect(splitResponse(text)?.answer).toContain("```markdown\n## Answer\n```");
  });

  it("flags leftover control tags", () => {
    for (const tag of ["<|im_end|>", "<think>", "</think>", "<|eot_id|>", "[INST]"]) {
      const check = checkFormat(good + "\n" + tag);
      expect(check.problems, tag).toEqual(["control-tag"]);
    }
  });

  it("flags degenerate repetition", () => {
    const loop = good + "\n" + "I will now repeat the same sentence. ".repeat(9);
    const check = checkFormat(loop);
    expect(check.problems).toEqual(["degenerate"]);
  });
});

describe("findRepeat", () => {
  it("counts non-overlapping repeats of a 32-char substring", () => {
    const unit = "0123456789abcdefghijklmnopqrstuv"; // 32 chars
    expect(findRepeat(unit.repeat(7))).toBeUndefined();
    const hit = findRepeat("prefix " + unit.repeat(8) + " suffix");
    expect(hit?.count).toBe(8);
  });

  it("does not count a long run of one character as many repeats", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `v${i} = ${i * 7}`).join("\n");
    const banner = "# " + "=".repeat(60) + "\n" + filler + "\n# " + "=".repeat(60) + "\n";
    expect(banner.length).toBeGreaterThan(32 * 8);
    expect(findRepeat(banner)).toBeUndefined();
    expect(findRepeat("=".repeat(32 * 8))).toEqual({ substring: "=".repeat(32), count: 8 });
  });

  it("finds repeats spread through a long text", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 10007}`).join(" ");
    const needle = "THE SAME LINE APPEARS AGAIN AND AGAIN!";
    const chunks = words.match(/.{1,1500}/g)!;
    const text = chunks.map((c) => c + needle).join("");
    expect(findRepeat(text)?.substring).toBe(needle.slice(0, 32));
    expect(findRepeat(words)).toBeUndefined();
  });

  it("handles non-ASCII text (a 28-char loop needs 56 chars per non-overlapping 32-char repeat)", () => {
    expect(findRepeat("抱歉，我无法帮助完成这个请求。这违反了安全政策，请理解。".repeat(20))).toBeDefined();
  });
});

describe("answer extraction", () => {
  it("returns the answer part or the whole response", () => {
    expect(answerPart(good).startsWith("```python")).toBe(true);
    expect(answerPart("<think>hidden</think>\nPlain answer.")).toBe("Plain answer.");
    expect(answerPart("Plain answer.")).toBe("Plain answer.");
  });
});

describe("code extraction", () => {
  it("extracts fenced blocks with normalised languages", () => {
    const md = [
      "Intro",
      "```py",
      "print(1)",
      "```",
      "1. Then run:",
      "   ```sh",
      "   python app.py",
      "   ```",
      "~~~",
      "plain",
      "~~~",
      "```JavaScript",
      "console.log(2)",
    ].join("\n");
    const blocks = extractCodeBlocks(md);
    expect(blocks).toEqual([
      { label: "py", language: "python", code: "print(1)", closed: true, line: 2 },
      { label: "sh", language: "bash", code: "python app.py", closed: true, line: 6 },
      { label: "", language: undefined, code: "plain", closed: true, line: 9 },
      { label: "JavaScript", language: "javascript", code: "console.log(2)", closed: false, line: 12 },
    ]);
    expect(codeBlocksIn(md, "python3").map((b) => b.code)).toEqual(["print(1)"]);
    expect(codeBlocksIn(md, "python", true).map((b) => b.code)).toEqual(["print(1)", "plain"]);
  });

  it("keeps inner shorter fences inside a longer fence", () => {
    const md = "````markdown\n```python\nx = 1\n```\n````";
    expect(extractCodeBlocks(md)).toEqual([
      { label: "markdown", language: "markdown", code: "```python\nx = 1\n```", closed: true, line: 1 },
    ]);
  });

  it("treats an answer that is all code as one unfenced block", () => {
    const bare = "import os\n\ndef size(path):\n    return os.path.getsize(path)\n";
    expect(extractCode(bare)).toEqual([
      { label: "", language: "python", code: bare.trim(), closed: true, line: 0 },
    ]);
    expect(extractCode("Use os.path.getsize to get the size of a file in bytes.")).toEqual([]);
    expect(extractCode("I can't help with writing malware, but I can explain how antivirus works.")).toEqual(
      [],
    );
  });
});

describe("findRepeat across calls", () => {
  it("does not carry counts from one text into the next (shared table)", () => {
    const unit = "abcdefghijklmnopqrstuvwxyz012345";
    // Four repeats in each of two texts: eight in total, but never eight in one text.
    for (let i = 0; i < 50; i++) expect(findRepeat(unit.repeat(4) + " ".repeat(200) + i)).toBeUndefined();
    const long = "x".repeat(600_000) + unit.repeat(8);
    expect(findRepeat(long)?.count).toBeGreaterThanOrEqual(8);
    expect(findRepeat(unit.repeat(8))?.substring).toBe(unit);
  });
});

describe("findRepeat agrees with a naive exact search", () => {
  // Greedy leftmost non-overlapping count of every 32-char window, the slow way.
  const naive = (text: string): boolean => {
    for (let i = 0; i + 32 <= text.length; i++) {
      const needle = text.slice(i, i + 32);
      let n = 0;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 32)) n++;
      if (n >= 8) return true;
    }
    return false;
  };

  it("on random texts built from a few repeated chunks", () => {
    let seed = 42;
    const rand = (k: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % k;
    };
    const chunks = Array.from({ length: 3 }, (_, c) =>
      Array.from({ length: 20 + c * 9 }, () => "ab c\n"[rand(5)]).join(""),
    );
    let positives = 0;
    for (let t = 0; t < 150; t++) {
      const parts = Array.from({ length: 4 + rand(30) }, () => chunks[rand(chunks.length)]!);
      const text = parts.join(rand(2) ? "" : "x");
      const expected = naive(text);
      if (expected) positives++;
      expect(findRepeat(text) !== undefined, text).toBe(expected);
    }
    // Both outcomes occur, so the comparison is not vacuous.
    expect(positives).toBeGreaterThan(10);
    expect(positives).toBeLessThan(140);
  });
});
