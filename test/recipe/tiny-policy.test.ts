import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// The quickstart's dry run with `dry_run: {policy: tiny-gguf}`: the distillation samples come from a tiny GGUF
// model through the real embedded provider (node-llama-cpp), the other models from the scripted stand-in.
const installed = await import("node-llama-cpp" as string).then(
  () => true,
  () => false,
);
const QUICKSTART = readFileSync("examples/quickstart/recipe.yaml", "utf8");

describe.skipIf(!installed)("recipe dry run with the tiny GGUF model as its policy", () => {
  const tmp = tempDir("purpcode-tiny-policy-");
  afterAll(() => tmp.cleanup());

  it("samples through node-llama-cpp, labelled DRY RUN, up to the sample stage", async () => {
    const runDir = join(tmp.dir, "run");
    const text = QUICKSTART.replace("run_dir: .runs/quickstart", `run_dir: ${runDir}`)
      .replace(
        "dry_run: examples/quickstart/mock-model.yaml",
        "dry_run: { script: examples/quickstart/mock-model.yaml, policy: tiny-gguf }",
      )
      // Few rows: the tiny model writes a few tokens a second on two busy cores.
      .replace(
        "  vul2prompt:\n    limit: 4",
        "  vul2prompt:\n    limit: 1\n    strategies: [explicit-instruction]",
      )
      .replace(
        "    tactics: [execution, exfiltration]\n    limit: 3",
        "    tactics: [execution]\n    limit: 1",
      )
      .replace("  samples: 4 # K", "  samples: 1 # K");
    const file = join(tmp.dir, "recipe.yaml");
    writeFileSync(file, text);
    const r = await runCli(["--json", "--quiet", "recipe", "run", file, "--until", "sample"], {
      timeoutMs: 540_000,
    });
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { dry_run: boolean; ran: string[] };
    expect(summary.dry_run).toBe(true);
    expect(summary.ran).toEqual(["catalog", "redteam", "dedup", "sample"]);
    expect(existsSync(join(runDir, "dry-run", "tiny-policy.gguf"))).toBe(true);
    const samples = readFileSync(join(runDir, "distill", "samples.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { status?: string; raw?: string; response?: string });
    const answered = samples.filter((s) => s.status !== "cut");
    expect(answered.length).toBeGreaterThan(0);
    // Every answer came from the embedded model: greedy decoding of the tiny model says this sentence (and the
    // scripted stand-in never does).
    for (const s of answered) expect(s.raw ?? s.response ?? "").toContain("Hello from the tiny model.");
  }, 600_000);
});
