import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { parseRecipe } from "./schema.js";
import { stageKey } from "./state.js";

const MINIMAL = `run_dir: /tmp/purpcode-recipe-unused
models:
  generator: { kind: openai, model: g, base_url: "http://127.0.0.1:1/v1" }
  policy: { kind: openai, model: p, base_url: "http://127.0.0.1:2/v1" }
redteam:
  malevent: { limit: 1 }
`;

function problem(text: string): string {
  try {
    parseRecipe(text, "r.yaml");
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error("the recipe was accepted");
}

describe("recipe schema", () => {
  it("defaults to the paper's settings", () => {
    const r = parseRecipe(MINIMAL);
    expect(r.distill.samples).toBe(8);
    expect(r.verdict).toEqual({
      severity: "MEDIUM",
      soft_codesec: 0.8,
      default_language: "python",
      judge_view: "answer",
    });
    expect(r.distill.easy_threshold).toBe(0.7);
    expect(r.rl.grpo).toMatchObject({
      n: 8,
      max_roll_factor: 4,
      kl_coef: 0.001,
      kl_loss_type: "low_var_kl",
      lr: 5e-7,
    });
    expect(r.redteam.dedup.threshold).toBe(0.7);
    expect(r.dry_run).toBeUndefined();
    expect(r.distill.verified_score).toBe(0.5);
    expect(r.sft).toMatchObject({
      enabled: true,
      engine: "axolotl",
      learning_rate: 5e-6,
      epochs: 1,
      sequence_len: 4096,
      warmup_steps: 32,
      execute: false,
    });
    expect(r.rl).toMatchObject({
      verl_version: "v0.9.0",
      sampler: "single-step",
      openrlhf_version: "0.11.0",
    });
  });

  it("names an unsupported engine version and the supported ones", () => {
    expect(problem(MINIMAL + "rl: { verl_version: v0.4.0 }\n")).toMatch(
      /rl\.verl_version.*unsupported verl version 'v0.4.0' \(supported: v0.5.0, v0.6.1/,
    );
    expect(problem(MINIMAL + "rl: { openrlhf_version: '0.8' }\n")).toMatch(
      /unsupported OpenRLHF version '0.8'/,
    );
  });

  it("accepts the shipped recipes", () => {
    for (const file of ["examples/quickstart/recipe.yaml", "examples/quickstart/recipe.endpoints.yaml"]) {
      const r = parseRecipe(readFileSync(file, "utf8"), file);
      expect(r.eval?.suites.length).toBeGreaterThan(0);
    }
  });

  it("names the key path and line of each problem", () => {
    expect(problem(MINIMAL + "distill:\n  samples: -1\n")).toMatch(/distill\.samples \(line 8\)/);
    expect(problem(MINIMAL + "rl:\n  grpo:\n    kl_loss: 0.1\n")).toMatch(/rl\.grpo\.kl_loss \(line 9\)/);
    expect(problem(MINIMAL.replace("policy:", "aligned:"))).toMatch(
      /invalid recipe: policy .*no model 'policy'/,
    );
    expect(problem(MINIMAL + "redteam2: {}\n")).toMatch(/redteam2 \(line 7\)/);
  });

  it("keys a stage by its parameters, its inputs and the stage before it", () => {
    const inputs = [{ path: "a", sha256: "1", bytes: 1 }];
    const base = stageKey({ k: 8, t: 0.8 }, inputs, "prev");
    expect(stageKey({ t: 0.8, k: 8 }, inputs, "prev")).toBe(base);
    expect(stageKey({ k: 4, t: 0.8 }, inputs, "prev")).not.toBe(base);
    expect(stageKey({ k: 8, t: 0.8 }, [{ ...inputs[0]!, sha256: "2" }], "prev")).not.toBe(base);
    expect(stageKey({ k: 8, t: 0.8 }, inputs, "other")).not.toBe(base);
  });
});
