import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAIProviderSchema } from "../core/config.js";
import { OpenAIChatProvider } from "../llm/openai-provider.js";
import { startOpenAIServer, type OpenAIServer } from "../llm/standins/openai-server.js";
import { Sandbox, runTask } from "../sandbox/index.js";
import { loadEvalItems } from "./dedup.js";
import { syntheticTasks } from "./standins/synthetic-tasks.js";
import {
  detectShape,
  importedModules,
  loadBlockList,
  runUtilityImport,
  taskFromRecord,
  withSolutionImport,
  type UtilityDecision,
} from "./utility.js";

const DATA = join(import.meta.dirname, "../../../shared/data");
const dir = mkdtempSync(join(tmpdir(), "purpcode-utility-"));
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await Sandbox.open({ pool: { concurrency: 2 } });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});
const runTests = (t: Parameters<typeof runTask>[1]) => runTask(sandbox, t);
const where = { file: "tasks.jsonl", position: 7, source: "mine" };
const jsonl = (name: string, rows: unknown[]) => {
  const file = join(dir, name);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return file;
};

describe("task shapes", () => {
  it("detects each shape by its fields and builds its ground truth", () => {
    const mbpp = {
      task_id: 2,
      prompt: "Add.",
      code: "def f(a):\n  return a",
      test_list: ["assert f(1) == 1"],
      test_imports: ["import math"],
    };
    expect(detectShape(mbpp)).toBe("mbpp");
    expect(taskFromRecord(mbpp, where).groundTruth).toEqual({
      functional: "import math\nassert f(1) == 1\n",
    });
    const v1 = {
      question_id: "Leetcode_1",
      question: "Sum.",
      solution: "def s(x): return x",
      test: "def test_s():\n  assert s(1) == 1",
    };
    expect(detectShape(v1)).toBe("kodcode-v1");
    const t = taskFromRecord(v1, where);
    expect(t.task_id).toBe("mine:Leetcode_1");
    expect((t.groundTruth as { pytest: string }).pytest).toMatch(/^from solution import \*\n/);
    const he = {
      task_id: "HumanEval/0",
      prompt: "def f():\n",
      canonical_solution: "  return 1\n",
      test: "def check(c): assert c() == 1",
      entry_point: "f",
    };
    expect(detectShape(he)).toBe("humaneval");
    expect(taskFromRecord(he, where).reference).toBe("def f():\n  return 1\n");
    const apps = {
      problem_id: 9,
      question: "Echo.",
      solutions: JSON.stringify(["print(input())"]),
      input_output: JSON.stringify({ inputs: ["a\n"], outputs: ["a\n"] }),
    };
    expect(detectShape(apps)).toBe("stdio");
    expect(taskFromRecord(apps, where).groundTruth).toEqual({ inputs: ["a\n"], outputs: ["a\n"] });
  });

  it("names the file, position and field of a bad record", () => {
    expect(() => taskFromRecord({ foo: 1 }, where)).toThrow(
      /tasks\.jsonl:7: unrecognised task shape \(fields: foo\)/,
    );
    expect(() => taskFromRecord({ instruction: "x", test_code: "t", response: 3 }, where)).toThrow(
      /tasks\.jsonl:7: kodcode task: field "response" is missing/,
    );
  });

  it("reads imports and leaves an existing solution import alone", () => {
    expect(
      importedModules(
        "import os, sys.path as p\nfrom requests.adapters import X\n  import numpy as np\nfrom solution import f",
      ),
    ).toEqual(["os", "sys", "requests", "numpy"]);
    expect(withSolutionImport("from solution import f\n")).toBe("from solution import f\n");
    expect(loadBlockList().has("torch")).toBe(true);
  });
});

describe("utility import", () => {
  it("verifies references in the sandbox and rejects by block-list and contamination (shared sets)", async () => {
    const kodcode = join(DATA, "kodcode/Verified_KodCode_algorithm_100_1741212598_Complete.json");
    const humaneval = join(DATA, "humaneval/HumanEval.jsonl.gz");
    const broken = jsonl("broken.jsonl", [
      {
        task_id: "ok",
        prompt: "Return one more.",
        code: "def inc(n):\n    return n + 1\n",
        test_list: ["assert inc(1) == 2"],
      },
      {
        task_id: "bad",
        prompt: "Return one less.",
        code: "def dec(n):\n    return n + 1\n",
        test_list: ["assert dec(1) == 0"],
      },
      {
        task_id: "net",
        prompt: "Fetch a page.",
        code: "import requests\ndef get(u):\n    return 1\n",
        test_list: ["assert get('x') == 1"],
      },
    ]);
    const result = await runUtilityImport({
      files: [broken, kodcode, humaneval],
      out: join(dir, "shared.jsonl"),
      source: "mixed",
      runTests,
      evalItems: loadEvalItems(DATA).items,
      limit: 3 + 15 + 5,
      concurrency: 2,
      quiet: true,
    });
    expect(result.read).toBe(23);
    expect(result.rejected["reference-fails"]).toBe(1);
    const decided = new Map(
      readFileSync(join(dir, "shared.jsonl.decisions.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as UtilityDecision)
        .map((d) => [d.task_id, d]),
    );
    expect(decided.get("mixed:broken-net")?.filter).toBe("blocked-library");
    expect(decided.get("mixed:broken-bad")?.filter).toBe("reference-fails");
    expect(result.rejected.contaminated).toBe(5); // the HumanEval tasks are eval items themselves
    // The KodCode demo tasks' references pass their own tests (one of these 15 imports a blocked library).
    expect(result.kept).toBe(23 - 1 - 5 - result.rejected["blocked-library"]);
    expect(result.kept).toBeGreaterThanOrEqual(14);
    const rows = readFileSync(join(dir, "shared.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows[0].task_id).toBe("mixed:broken-ok");
    expect(rows[0].oracles).toEqual(["correctness"]);
    expect(rows[0].meta.reference_verified).toBe(true);
  }, 240_000);

  it("keeps the difficulty band with a policy model (scripted test server, K samples)", async () => {
    // Pass rates by design: easy 4/4 (too easy), hard 0/4 (too hard), middling 2/4 (kept).
    const server: OpenAIServer = await startOpenAIServer({
      script: [
        { match: /triple/, reply: "```python\ndef triple(n):\n    return 3 * n\n```" },
        { match: /square/, reply: "```python\ndef square(n):\n    return n + n\n```" },
        {
          match: /halve/,
          reply: [
            "```python\ndef halve(n):\n    return n // 2\n```",
            "```python\ndef halve(n):\n    return n\n```",
          ],
        },
      ],
    });
    try {
      const policy = new OpenAIChatProvider(
        OpenAIProviderSchema.parse({ kind: "openai", model: "policy", base_url: server.url, max_retries: 0 }),
      );
      const file = jsonl("band.jsonl", [
        {
          task_id: "t",
          prompt: "Write triple(n).",
          code: "def triple(n):\n    return 3 * n\n",
          test_list: ["assert triple(2) == 6"],
        },
        {
          task_id: "s",
          prompt: "Write square(n).",
          code: "def square(n):\n    return n * n\n",
          test_list: ["assert square(3) == 9"],
        },
        {
          task_id: "h",
          prompt: "Write halve(n).",
          code: "def halve(n):\n    return n // 2\n",
          test_list: ["assert halve(4) == 2"],
        },
      ]);
      const result = await runUtilityImport({
        files: [file],
        out: join(dir, "band-out.jsonl"),
        runTests,
        policy,
        samples: 4,
        concurrency: 2,
        quiet: true,
      });
      expect(result.rejected["too-easy"]).toBe(1);
      expect(result.rejected["too-hard"]).toBe(1);
      expect(result.kept).toBe(1);
      const kept = JSON.parse(readFileSync(join(dir, "band-out.jsonl"), "utf8"));
      expect(kept.task_id).toBe("band:h");
      expect(kept.meta.pass_rate).toBe(0.5);
      expect(server.requests.filter((r) => r.status === 200)).toHaveLength(12);
    } finally {
      await server.close();
    }
  }, 240_000);

  it("counts planted rejections on a generated file and skips decided tasks on a rerun", async () => {
    const file = jsonl("gen.jsonl", [...syntheticTasks({ count: 400, seed: 3 })]);
    const planted = [...syntheticTasks({ count: 400, seed: 3 })];
    const out = join(dir, "gen-out.jsonl");
    const first = await runUtilityImport({ files: [file], out, quiet: true, limit: 150 });
    expect(first.job.done).toBe(150);
    const second = await runUtilityImport({ files: [file], out, quiet: true });
    expect(second.job.resumed).toBe(150);
    expect(second.job.done).toBe(250);
    expect(second.rejected["blocked-library"]).toBe(planted.filter((t) => t.planted === "blocked").length);
    const decisions = readFileSync(`${out}.decisions.jsonl`, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as UtilityDecision);
    expect(new Set(decisions.map((d) => d.task_id)).size).toBe(400);
  });
});
