import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { filesUnder, secqaStep, utilityFiles } from "./data-steps.js";

const dir = mkdtempSync(join(tmpdir(), "purpcode-data-steps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECEVAL = "../shared/data/secqa/seceval/questions.json";
const CTIBENCH = "../shared/data/secqa/ctibench/cti-mcq.jsonl.gz";

describe("recipe data steps", () => {
  it("imports security-QA files as one noreject set", async () => {
    const r = await secqaStep({ files: [SECEVAL, CTIBENCH], limit: 2 }, dir);
    expect(r.rows).toBe(4);
    const rows = readFileSync(join(dir, "secqa.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { task_id: string; oracles: string[] });
    expect(rows.map((x) => x.task_id.split(":")[0])).toEqual(["seceval", "seceval", "ctibench", "ctibench"]);
    expect(rows.every((x) => x.oracles.join() === "noreject")).toBe(true);
  });

  it("refuses two files whose questions would share ids, naming both", async () => {
    const err = await secqaStep({ files: [SECEVAL, SECEVAL], limit: 1 }, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/question id seceval:\S+ is in both .*questions\.json and/);
  });

  it("digests every file under the real-code folders, and the shared task sets by name", () => {
    expect(filesUnder(["test/fixtures/analyzer/tree"])).toEqual([
      "test/fixtures/analyzer/tree/app.py",
      "test/fixtures/analyzer/tree/pkg/clean.ts",
      "test/fixtures/analyzer/tree/pkg/server.js",
    ]);
    const files = utilityFiles(
      {
        files: ["mine.jsonl"],
        shared: ["mbpp"],
        verify: true,
        decontaminate: true,
        parallel: 8,
      },
      "data",
    );
    expect(files).toEqual(["mine.jsonl", join("data", "mbpp/sanitized-mbpp.json")]);
  });
});
