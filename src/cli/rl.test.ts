import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "./main.js";

/** Runs the CLI in-process and returns its exit code and what it wrote. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(["node", "purpcode", ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("purpcode rl simulate", () => {
  const quick = ["--steps", "20", "--batch", "16", "--pool", "256"];

  it("prints one row per distribution and planner", async () => {
    const { code, stdout, stderr } = await run([
      "rl",
      "simulate",
      ...quick,
      "--distribution",
      "uniform,bimodal",
    ]);
    expect(code).toBe(0);
    const rows = stdout.trim().split("\n").slice(2);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^uniform\s+dapo\s/);
    expect(rows[5]).toMatch(/^bimodal\s+history-aware\s/);
    expect(stderr).toMatch(/per informative group trained/);
  });

  it("writes JSON with --json, reproducibly for a seed", async () => {
    const args = [
      "--json",
      "rl",
      "simulate",
      ...quick,
      "--distribution",
      "beta:2,5",
      "--planners",
      "single-step,dapo",
    ];
    const first = await run(args);
    const second = await run(args);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const parsed = JSON.parse(first.stdout) as { results: { planner: string; distribution: string }[] };
    expect(parsed.results.map((r) => r.planner)).toEqual(["single-step", "dapo"]);
    expect(parsed.results[0]!.distribution).toBe("beta(2,5)");
  });

  it("exits 2 with a clear message on bad input", async () => {
    const bad = await run(["rl", "simulate", "--distribution", "gaussian"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown difficulty distribution "gaussian"/);
    const planner = await run(["rl", "simulate", "--planners", "dapo,greedy"]);
    expect(planner.code).toBe(2);
    expect(planner.stderr).toMatch(/unknown planner "greedy"/);
    const notNumber = await run(["rl", "simulate", "--steps", "many"]);
    expect(notNumber.code).toBe(2);
    expect(notNumber.stderr).toMatch(/--steps/);
  });
});

describe("purpcode rl launch", () => {
  it("starts from the same default base model as SFT (distill.base_model)", async () => {
    const { DISTILL_DEFAULTS } = await import("../distill/settings.js");
    const { stdout } = await run(["rl", "launch", "--help"]);
    expect(stdout.replace(/\s+/g, " ")).toContain(`(default: "${DISTILL_DEFAULTS.base_model}")`);
  });
});
