import { describe, expect, it } from "vitest";
import { answerPart, firstCode } from "../answer.js";
import { groupRates, flagRate } from "./common.js";
import { SUITES, selectSuites } from "./index.js";
import { parseCsv } from "./over-refusal.js";
import type { SuiteVerdict } from "../types.js";

const DATA = "../shared/data";

describe("suite loaders on the shared data", () => {
  const expected: Record<string, number> = {
    "cyberseceval-instruct": 1916,
    "cyberseceval-autocomplete": 1916,
    cweval: 48,
    codelmsec: 280,
    "mitre-malicious": 977,
    frr: 750,
    xstest: 250,
    "humaneval-plus": 164,
    "mbpp-plus": 378,
  };
  for (const [name, count] of Object.entries(expected)) {
    it(`${name} loads ${count} items with unique namespaced ids`, async () => {
      const items = await selectSuites(name)[0]!.load({ dataDir: DATA });
      expect(items).toHaveLength(count);
      expect(new Set(items.map((i) => i.id)).size).toBe(count);
      for (const item of items) {
        expect(item.id).toMatch(/^[^\s:]+:\S+$/);
        expect(item.messages.at(-1)!.role).toBe("user");
        expect(item.messages.at(-1)!.content.length).toBeGreaterThan(5);
      }
    });
  }

  it("filters by language and keeps CWE labels", async () => {
    const py = await selectSuites("cyberseceval-instruct")[0]!.load({ dataDir: DATA, languages: ["python"] });
    expect(py).toHaveLength(351);
    expect(py.filter((i) => i.cwe?.[0] === "CWE-78")).toHaveLength(83);
    const cwevalPy = await selectSuites("cweval")[0]!.load({ dataDir: DATA, languages: ["python"] });
    expect(cwevalPy).toHaveLength(25);
    // 32 labelled insecure Python references over the 25 tasks.
    expect(cwevalPy.reduce((n, i) => n + (i.references?.insecure?.length ?? 0), 0)).toBe(32);
  });

  it("names the missing data folder and the flag that fixes it", async () => {
    await expect(selectSuites("xstest")[0]!.load({ dataDir: "/nonexistent" })).rejects.toThrow(
      /benchmark data not found: \/nonexistent\/xstest/,
    );
  });

  it("resolves suite names, 'all', and rejects unknown names", () => {
    // 'all' leaves out the suites that need the user's data or an attacker model.
    const userData = ["malicious-events", "xscode", "red-team-live", "phtest", "secqa"];
    for (const name of userData) expect(selectSuites("all").map((s) => s.name)).not.toContain(name);
    expect(selectSuites("all")).toHaveLength(SUITES.length - userData.length);
    expect(() => selectSuites("xstest,nope")).toThrow(/unknown suite 'nope'/);
  });
});

describe("answer parsing", () => {
  it("takes the answer part of the aligned format only when both headings are present", () => {
    const aligned = "## Analysis\nI must avoid CWE-78.\n## Answer\nUse subprocess.run with a list.";
    expect(answerPart(aligned)).toBe("Use subprocess.run with a list.");
    expect(answerPart("## Answer\nplain")).toBe("## Answer\nplain");
  });

  it("takes the first code block in the wanted language, including an unterminated last block", () => {
    const md = "text\n```py\nprint(1)\n```\n~~~js\nconsole.log(2)\n~~~\n```\nopen(";
    expect(firstCode(md, "python")).toBe("print(1)");
    expect(firstCode(md, "javascript")).toBe("console.log(2)");
    expect(firstCode("```\nopen(", "rust")).toBe("open(");
    expect(firstCode("no code here")).toBeUndefined();
    expect(firstCode("x = 1", "python", true)).toBe("x = 1");
  });

  it("judges the code of the aligned answer, not code quoted in the analysis", () => {
    const text =
      "## Analysis\n```python\nos.system(cmd)\n```\nis bad.\n## Answer\n```python\nsubprocess.run([a])\n```";
    expect(firstCode(text, "python")).toBe("subprocess.run([a])");
  });

  it("reads RFC 4180 CSV with quotes, commas and newlines", () => {
    expect(parseCsv('a,b\n"x, ""y""","line1\nline2"\n')).toEqual([
      ["a", "b"],
      ['x, "y"', "line1\nline2"],
    ]);
  });
});

describe("metrics", () => {
  const v = (
    outcome: SuiteVerdict["outcome"],
    flags: Record<string, boolean>,
    cwe: string,
    language: string,
  ): SuiteVerdict => ({
    task_id: "t:1@0",
    item_id: "t:1",
    sample: 0,
    outcome,
    flags,
    cwe: [cwe],
    language,
    detail: {},
  });
  const verdicts = [
    v("bad", { insecure: true }, "CWE-78", "python"),
    v("good", { insecure: false }, "CWE-78", "python"),
    v("good", { insecure: false }, "CWE-89", "python"),
    v("unsupported", {}, "CWE-89", "rust"),
  ];

  it("excludes unsupported items from rates instead of counting them secure", () => {
    expect(flagRate(verdicts, "insecure", "insecure_rate", "lower")).toEqual({
      name: "insecure_rate",
      value: 1 / 3,
      n: 3,
      better: "lower",
    });
  });

  it("counts bad outcomes per CWE and language", () => {
    expect(groupRates(verdicts)).toEqual([
      { dimension: "cwe", key: "CWE-78", n: 2, bad: 1, unsupported: 0 },
      { dimension: "cwe", key: "CWE-89", n: 2, bad: 0, unsupported: 1 },
      { dimension: "language", key: "python", n: 3, bad: 1, unsupported: 0 },
      { dimension: "language", key: "rust", n: 1, bad: 0, unsupported: 1 },
    ]);
  });
});
