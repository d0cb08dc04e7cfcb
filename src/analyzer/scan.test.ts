import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanFiles } from "./scan.js";
import { analyzeSync } from "./engine.js";
import { grammarsLoaded, loadGrammars } from "./parse/index.js";

const dir = mkdtempSync(join(tmpdir(), "purpcode-scan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scanFiles", () => {
  it("gives the same results, in input order, with and without worker threads", async () => {
    const paths: string[] = [];
    for (let i = 0; i < 30; i++) {
      const p = join(dir, i % 3 === 2 ? `f${i}.js` : `f${i}.py`);
      writeFileSync(
        p,
        i % 3 === 2
          ? `const cp = require("child_process");\nfunction f(a) { cp.exec("ls " + a); }\n`
          : i % 2 === 0
            ? `import os\ndef f(a):\n    os.system('x' + a)\n`
            : `def f(a):\n    return a + ${i}\n`,
      );
      paths.push(p);
    }
    paths.push(join(dir, "missing.py"), join(dir, "notes.txt"));
    writeFileSync(join(dir, "notes.txt"), "hello");
    const jobs = paths.map((path) => ({ path, markdown: false }));
    const stats = { pools: [] as number[] };
    const pooled = await scanFiles(jobs, { threads: 3, minFilesForWorkers: 1, stats });
    // With workers, this thread keeps to the scan's most common language: the JavaScript went to the workers,
    // all ten files to the first pool and none of the Python, whose files (if any were left for workers) went to
    // fresh ones.
    expect(grammarsLoaded("python")).toBe(true);
    expect(grammarsLoaded("javascript")).toBe(false);
    expect(stats.pools[0]).toBe(10);
    expect(stats.pools.length).toBeLessThanOrEqual(2);
    const here = await scanFiles(jobs, { threads: 1 });
    expect(pooled).toEqual(here);
    expect(here).toHaveLength(32);
    expect(here[0]!.findings.map((f) => f.rule_id)).toContain("PY-CMDI-001");
    expect(here[2]!.language).toBe("javascript");
    expect(here[2]!.findings.length).toBeGreaterThan(0);
    expect(here[1]!.findings).toEqual([]);
    expect(here[30]).toMatchObject({ error: "file not found", ioError: true });
    expect(here[31]!.error).toBe("unknown language (use --lang)");
  }, 120_000); // worker threads start through tsx here: slow on a loaded machine

  it("keeps one pool of workers for a scan in one language", async () => {
    const jobs = Array.from({ length: 30 }, (_, i) => {
      const path = join(dir, `one${i}.py`);
      writeFileSync(path, `import os\ndef f(a):\n    os.system('x' + a + '${i}')\n`);
      return { path, markdown: false };
    });
    const stats = { pools: [] as number[] };
    const pooled = await scanFiles(jobs, { threads: 2, minFilesForWorkers: 1, stats });
    expect(stats.pools).toHaveLength(1);
    expect(pooled).toEqual(await scanFiles(jobs, { threads: 1 }));
  }, 120_000);

  it("reads standard input in this thread", async () => {
    const [r] = await scanFiles([{ path: "-", language: "python", markdown: false }], {
      threads: 2,
      stdin: Buffer.from("eval(input())\n"),
    });
    expect(r!.findings[0]!.rule_id).toBe("PY-CODE-001");
  });
});

describe("analysis cost", () => {
  it("is linear in findings: 40k lines with 16k findings well under the old 18 s", async () => {
    await loadGrammars(["python"]);
    const lines = ["import hashlib, os"];
    for (let i = 0; lines.length < 40_000; i++)
      lines.push(`def f${i}(x):`, "    h = hashlib.md5(x)", "    os.system('ls ' + x)", "    y = 1", "");
    const before = process.cpuUsage();
    const a = analyzeSync(lines.join("\n"), { language: "python" });
    const used = process.cpuUsage(before);
    expect(a.findings.length).toBe(16_000);
    expect(a.findings[15_999]!.snippet).toBe("os.system('ls ' + x)");
    // A loose bound (shared CI machines): the quadratic version took over a minute of CPU here.
    expect((used.user + used.system) / 1e6).toBeLessThan(8);
  });
});
