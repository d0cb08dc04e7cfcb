import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../../test/support/tmp.js";
import {
  analysisExitCode,
  analysisJson,
  analyzePaths,
  renderText,
  unknownRuleIds,
  type FileReport,
} from "./analysis.js";

const { dir, cleanup } = tempDir("purpcode-analysis-");
afterAll(cleanup);

describe("analyzePaths", () => {
  it("reports findings per file, lists unreadable files as errors, and exits 2 before 1", async () => {
    writeFileSync(join(dir, "shell.py"), "import os\n\ndef run(cmd):\n    os.system('ls ' + input())\n");
    writeFileSync(join(dir, "clean.py"), "def add(a, b):\n    return a + b\n");
    writeFileSync(join(dir, "blob.py"), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
    const all = await analyzePaths({ paths: [dir], minSeverity: "LOW", jobs: 1 });
    const by: Record<string, FileReport> = Object.fromEntries(
      all.reports.map((r) => [r.path.split("/").pop()!, r]),
    );
    expect(by["shell.py"]!.findings.map((f) => f.cwe).flat()).toContain("CWE-78");
    expect(by["clean.py"]!.findings).toEqual([]);
    expect(by["blob.py"]!.error).toBeTruthy();
    expect(all.stats).toMatchObject({ files: 3, errors: 1 });
    expect(analysisExitCode(all)).toBe(2);
    expect(renderText(all.reports)).toMatch(/shell\.py:4:\d+: \w+ \S+ \[CWE-78/);
    expect((analysisJson(all) as { stats: { files: number } }).stats.files).toBe(3);

    const found = await analyzePaths({ paths: [join(dir, "shell.py")], minSeverity: "LOW", jobs: 1 });
    expect(analysisExitCode(found)).toBe(1);
    const clean = await analyzePaths({ paths: [join(dir, "clean.py")], minSeverity: "LOW", jobs: 1 });
    expect(analysisExitCode(clean)).toBe(0);
  });

  it("refuses rule ids no rule has, and an empty request", async () => {
    expect(unknownRuleIds(["CWE-78", "NOPE-9"])).toEqual(["NOPE-9"]);
    await expect(
      analyzePaths({ paths: [dir], minSeverity: "LOW", jobs: 1, rules: ["NOPE-9"] }),
    ).rejects.toThrow(/no rule has the id or CWE 'NOPE-9'/);
    await expect(analyzePaths({ paths: [], minSeverity: "LOW", jobs: 1 })).rejects.toThrow(/give paths/);
  });
});
