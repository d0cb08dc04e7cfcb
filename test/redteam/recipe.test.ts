import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/core/config.js";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/testing/openai-server.js";
import { loadRecipe, runRecipe } from "../../src/redteam/recipe.js";
import type { StepResult } from "../../src/redteam/steps.js";
import { scriptedGenerator } from "../../src/redteam/testing/scripted-generator.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

let server: OpenAIServer;
const { dir, cleanup } = tempDir("purpcode-redteam-recipe-");

beforeAll(async () => {
  server = await startOpenAIServer({ script: scriptedGenerator({ refuse: /T1003\b/ }) });
});
afterAll(async () => {
  await server.close();
  cleanup();
});

describe("redteam recipes", () => {
  it("runs the named steps, dedup and the report; a rerun resumes everything", async () => {
    const config = ConfigSchema.parse({
      models: {
        gen: { kind: "openai", model: "scripted", base_url: server.url, api_key: "x", retry_base_ms: 1 },
      },
    });
    const file = join(dir, "recipe.yaml");
    const out = join(dir, "run");
    writeFileSync(
      file,
      [
        "generator: gen",
        `out_dir: ${out}`,
        "malevent:",
        "  limit: 2",
        "  tactics: [execution]",
        "  strategies: [role-play, foot-in-the-door]",
        "benign:",
        "  per_strategy: 2",
        "  utility_per_source: 2",
        "dedup:",
        "  threshold: 0.8",
        "",
      ].join("\n"),
    );
    const recipe = loadRecipe(file);
    const first = await runRecipe(config, recipe, { quiet: true });
    const malevent = first.steps.malevent as StepResult;
    expect(malevent.total).toBe(4);
    expect(malevent.done + malevent.failed).toBe(4);
    expect((first.steps.benign as StepResult).done).toBe(6);
    expect(existsSync(join(out, "dedup", "utility.jsonl"))).toBe(true);
    const coverage = JSON.parse(readFileSync(join(out, "coverage.json"), "utf8"));
    expect(Object.keys(coverage.oracles).sort()).toEqual([
      "codesec",
      "correctness",
      "general-safety",
      "noreject",
    ]);

    const requests = server.requests.length;
    const second = await runRecipe(config, recipe, { quiet: true });
    expect((second.steps.malevent as StepResult).resumed).toBe(malevent.done);
    expect((second.steps.benign as StepResult).resumed).toBe(6);
    expect(server.requests.length - requests).toBe(malevent.failed ? 3 : 0);
  });

  it("names a misspelt key and its file", async () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "generator: gen\nout_dir: x\nmalevent:\n  tactic: [execution]\n");
    expect(() => loadRecipe(file)).toThrow(/bad\.yaml: invalid recipe: malevent: Unrecognized key/);
    const r = await runCli(["redteam", "run", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unrecognized key: "tactic"/);
  });
});
