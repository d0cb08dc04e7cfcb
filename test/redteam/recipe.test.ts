import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import { runRecipe, runStatus } from "../../src/recipe/run.js";
import { loadRecipeFile } from "../../src/recipe/schema.js";
import { scriptedGenerator } from "../../src/redteam/standins/scripted-generator.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// Red-teaming alone, as `redteam run` used to do it: the one recipe runner up to the dedup stage, against the
// scripted generator over the OpenAI protocol (refusing everything about T1003).
let server: OpenAIServer;
const { dir, cleanup } = tempDir("purpcode-redteam-recipe-");

beforeAll(async () => {
  server = await startOpenAIServer({ script: scriptedGenerator({ refuse: /T1003\b/ }), fallback: "ok" });
});
afterAll(async () => {
  await server.close();
  cleanup();
});

describe("red-teaming through the recipe runner", () => {
  it("runs the named steps, dedup and coverage with --until dedup; a rerun sends nothing", async () => {
    const file = join(dir, "recipe.yaml");
    const out = join(dir, "run");
    writeFileSync(
      file,
      [
        `run_dir: ${out}`,
        "models:",
        "  gen:",
        "    kind: openai",
        "    model: scripted",
        `    base_url: ${server.url}`,
        "    api_key: x",
        "    retry_base_ms: 1",
        "generator: gen",
        "policy: gen",
        "redteam:",
        "  malevent:",
        "    limit: 2",
        "    tactics: [execution]",
        "    strategies: [role-play, foot-in-the-door]",
        "  benign:",
        "    per_strategy: 2",
        "    utility_per_source: 2",
        "  dedup:",
        "    threshold: 0.8",
        "",
      ].join("\n"),
    );
    const recipe = await loadRecipeFile(file);
    const first = await runRecipe(recipe, { file, until: "dedup", quiet: true });
    expect(first.ran).toEqual(["catalog", "redteam", "dedup"]);
    const counts = first.state.stages.redteam!.counts;
    expect((counts.malevent ?? 0) + (counts.malevent_failed ?? 0)).toBe(4);
    expect(counts.benign).toBe(6);
    expect(existsSync(join(out, "redteam", "dedup", "utility.jsonl"))).toBe(true);
    const coverage = JSON.parse(readFileSync(join(out, "redteam", "coverage.json"), "utf8"));
    expect(Object.keys(coverage.oracles).sort()).toEqual([
      "codesec",
      "correctness",
      "general-safety",
      "noreject",
    ]);
    expect(
      runStatus(out)
        .stages.filter((s) => s.state !== "not run")
        .map((s) => s.name),
    ).toEqual(["catalog", "redteam", "dedup"]);

    const requests = server.requests.length;
    const second = await runRecipe(recipe, { file, until: "dedup", quiet: true });
    expect(second.ran).toEqual([]);
    expect(second.skipped).toEqual(["catalog", "redteam", "dedup"]);
    expect(server.requests.length - requests).toBe(0); // every stage skipped: not even the pre-flight
  });

  it("--until with --only, or --from after --until, is refused", async () => {
    const recipe = await loadRecipeFile(join(dir, "recipe.yaml"));
    await expect(runRecipe(recipe, { file: "r", only: "dedup", until: "dedup" })).rejects.toThrow(/conflict/);
    await expect(runRecipe(recipe, { file: "r", from: "sample", until: "dedup" })).rejects.toThrow(
      /nothing would run/,
    );
  });

  it("`redteam run` says where it went, exit 2", async () => {
    const file = join(dir, "old.yaml");
    writeFileSync(file, "generator: gen\nout_dir: x\nmalevent:\n  tactics: [execution]\n");
    const r = await runCli(["redteam", "run", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/redteam run` is retired/);
    expect(r.stderr).toMatch(/purpcode recipe run <recipe\.yaml> --until dedup/);
    expect(r.stderr).toMatch(/Migrating from redteam run/);
  });
});
