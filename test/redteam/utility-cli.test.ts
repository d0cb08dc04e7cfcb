import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticTasks } from "../../src/redteam/standins/synthetic-tasks.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

const { dir, cleanup } = tempDir("purpcode-utility-cli-");
afterAll(cleanup);

const lines = (file: string) =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim())
    : [];

describe("purpcode redteam utility", () => {
  it("rejects a bad band and an unknown shape with exit 2", async () => {
    const file = join(dir, "one.jsonl");
    writeFileSync(file, '{"foo": 1}\n');
    const band = await runCli(["redteam", "utility", file, "-o", join(dir, "x.jsonl"), "--band", "0.9,0.3"]);
    expect(band.code).toBe(2);
    expect(band.stderr).toMatch(/LOW,HIGH/);
    const shape = await runCli(["redteam", "utility", file, "-o", join(dir, "x.jsonl"), "--shape", "apps"]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/--shape: expected one of/);
  });

  it("resumes after kill -9: every task decided exactly once, the planted ones rejected", async () => {
    const tasks = [...syntheticTasks({ count: 120, seed: 5 })];
    const file = join(dir, "tasks.jsonl");
    writeFileSync(file, tasks.map((t) => JSON.stringify(t)).join("\n") + "\n");
    const out = join(dir, "kept.jsonl");
    const decisions = `${out}.decisions.jsonl`;
    const args = ["redteam", "utility", file, "-o", out, "--no-decontaminate", "--parallel", "2", "--quiet"];

    // First run: killed (SIGKILL, no clean-up) once some tasks are decided.
    const entry = new URL("../support/cli-entry.ts", import.meta.url).pathname;
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], { stdio: "ignore" });
    const deadline = Date.now() + 120_000;
    while (lines(decisions).length < 10 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("close", r));
    const before = lines(decisions).length;
    expect(before).toBeGreaterThanOrEqual(10);
    expect(before).toBeLessThan(120);

    const rerun = await runCli(["--json", ...args], { timeoutMs: 300_000 });
    expect(rerun.code, rerun.stderr).toBe(0);
    const result = JSON.parse(rerun.stdout) as {
      kept: number;
      rejected: Record<string, number>;
      job: { resumed: number; done: number };
    };
    expect(result.job.resumed + result.job.done).toBe(120);
    expect(result.job.resumed).toBeGreaterThanOrEqual(before - 1); // a torn last line is not a decision
    const ids = lines(decisions).map((l) => (JSON.parse(l) as { task_id: string }).task_id);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toHaveLength(120);
    const wrong = tasks.filter((t) => t.planted === "wrong").length;
    const blocked = tasks.filter((t) => t.planted === "blocked").length;
    expect(result.rejected["reference-fails"]).toBe(wrong);
    expect(result.rejected["blocked-library"]).toBe(blocked);
    expect(result.kept).toBe(120 - wrong - blocked);
    expect(lines(out)).toHaveLength(result.kept);
  }, 420_000);
});
