import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parquetMetadata } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import { encodeVerlParquet } from "../../src/rl/dataset/parquet.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// Every artefact a dry run writes says so, the training data and configs included: nobody should train on the
// stand-in model's answers by mistake.
const tmp = tempDir("purpcode-dry-marks-");
afterAll(() => tmp.cleanup());

const MARK = /DRY RUN \(scripted stand-in model/;

function kvMetadata(file: string): Array<{ key: string; value?: string }> {
  const b = readFileSync(file);
  return parquetMetadata(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)).key_value_metadata ?? [];
}

const rows = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("a dry run's artefacts", () => {
  it("sft.jsonl, sft-trl.jsonl, the parquet files, both axolotl configs and coverage carry the DRY RUN mark", async () => {
    const runDir = join(tmp.dir, "run");
    const file = join(tmp.dir, "recipe.yaml");
    writeFileSync(
      file,
      readFileSync("examples/quickstart/recipe.yaml", "utf8").replace(
        "run_dir: .runs/quickstart",
        `run_dir: ${runDir}`,
      ),
    );
    const r = await runCli(["--quiet", "recipe", "run", file, "--until", "prepare"], { timeoutMs: 90_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    for (const name of ["sft.jsonl", "sft-trl.jsonl"]) {
      const all = rows(join(runDir, "distill", name));
      expect(all.length).toBeGreaterThan(0);
      expect(
        all.every((row) => row.dry_run === true),
        name,
      ).toBe(true);
    }
    for (const name of ["train.parquet", "test.parquet"])
      expect(kvMetadata(join(runDir, "rl", "data", name))).toEqual([
        { key: "purpcode.dry_run", value: expect.stringMatching(MARK) },
      ]);
    const distillAxolotl = readFileSync(join(runDir, "distill", "axolotl.yaml"), "utf8").split("\n");
    expect(distillAxolotl[1]).toMatch(MARK);
    const sftAxolotl = readFileSync(join(runDir, "sft", "axolotl-sft.yaml"), "utf8").split("\n");
    expect(sftAxolotl[0]).toMatch(/^# axolotl /);
    expect(sftAxolotl[1]).toMatch(MARK);
    expect(readFileSync(join(runDir, "redteam", "coverage.md"), "utf8").split("\n")[0]).toMatch(MARK);
    expect(JSON.parse(readFileSync(join(runDir, "redteam", "coverage.json"), "utf8")).dry_run).toBe(true);
  }, 120_000);

  it("a real run's parquet carries no mark", () => {
    expect(parquetMetadata(encodeVerlParquet([])).key_value_metadata).toBeFalsy();
  });
});
