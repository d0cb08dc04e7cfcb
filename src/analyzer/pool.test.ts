import { afterAll, describe, expect, it } from "vitest";
import { AnalyzerPool } from "./pool.js";

const pool = new AnalyzerPool({ size: 2, chunkSize: 4 });
afterAll(async () => {
  await pool.close();
});

describe("AnalyzerPool", () => {
  it("analyses a batch in worker threads and returns results in input order", async () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? { code: `import os\ndef f${i}(a):\n    os.system('x' + a)\n`, language: "python" as const }
        : { code: `def f${i}(a):\n    return a + ${i}\n`, language: "python" as const },
    );
    const results = await pool.analyzeBatch(items);
    expect(results).toHaveLength(40);
    results.forEach((r, i) => expect(r.findings.length > 0, `item ${i}`).toBe(i % 2 === 0));
  }, 120_000); // worker threads start through tsx here: slow on a loaded machine

  it("reports unknown languages per item and handles markdown items", async () => {
    const [unknown, md] = await pool.analyzeBatch([
      { code: "hello there" },
      { code: "```python\nimport yaml\nyaml.load(s)\n```", markdown: true },
    ]);
    expect(unknown!.error).toBe("unknown language");
    expect(md!.findings.map((f) => f.rule_id)).toEqual(["PY-DESER-002"]);
    expect(md!.blocks).toBe(1);
  });

  it("works in-thread with size 0", async () => {
    const inline = new AnalyzerPool({ size: 0 });
    const [r] = await inline.analyzeBatch([{ code: "eval(input())", language: "python" }]);
    expect(r!.findings[0]!.rule_id).toBe("PY-CODE-001");
    await inline.close();
  });
});
