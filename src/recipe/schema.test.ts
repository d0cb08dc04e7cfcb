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

/** MINIMAL with a judge; redteam keys appended from line 9. */
const DATA = `run_dir: /tmp/purpcode-recipe-unused
models:
  generator: { kind: openai, model: g, base_url: "http://127.0.0.1:1/v1" }
  policy: { kind: openai, model: p, base_url: "http://127.0.0.1:2/v1" }
  judge: { kind: openai, model: j, base_url: "http://127.0.0.1:3/v1" }
judge: judge
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
      unread_code: "soft",
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
    expect(problem(MINIMAL + "rl:\n  preset: purpcode\n")).toMatch(/rl\.preset \(line 8\)/);
    expect(problem(MINIMAL + "rl:\n  preset: paper\n  weights: { malevent: 1 }\n")).toMatch(
      /rl\.preset \(line 8\): a preset sets the mix by objective/,
    );
  });

  it("keys a stage by its parameters, its inputs and the stage before it", () => {
    const inputs = [{ path: "a", sha256: "1", bytes: 1 }];
    const base = stageKey({ k: 8, t: 0.8 }, inputs, "prev");
    expect(stageKey({ t: 0.8, k: 8 }, inputs, "prev")).toBe(base);
    expect(stageKey({ k: 4, t: 0.8 }, inputs, "prev")).not.toBe(base);
    expect(stageKey({ k: 8, t: 0.8 }, [{ ...inputs[0]!, sha256: "2" }], "prev")).not.toBe(base);
    expect(stageKey({ k: 8, t: 0.8 }, inputs, "other")).not.toBe(base);
  });

  it("accepts the data steps with their defaults (all off unless named)", () => {
    expect(parseRecipe(MINIMAL).redteam).not.toHaveProperty("utility");
    const r = parseRecipe(
      DATA +
        "  seeds: { from_code: [test/fixtures/analyzer/tree] }\n" +
        "  utility: { shared: [mbpp], difficulty: {} }\n" +
        "  secqa: { files: [package.json] }\n" +
        "  xscode: { cwes: [CWE-78] }\n" +
        "  vul2prompt: {}\n",
    );
    expect(r.redteam.seeds).toMatchObject({ min_severity: "MEDIUM", context: 40 });
    expect(r.redteam.utility).toMatchObject({
      files: [],
      verify: true,
      decontaminate: true,
      parallel: 8,
      difficulty: { samples: 8, band: [0.3, 0.9], temperature: 1 },
    });
    expect(r.redteam.xscode).toMatchObject({ cwes: ["CWE-78"], threshold: 0.7 });
  });

  it.each([
    [
      "seeds: { from_code: [nowhere/repo] }",
      /redteam\.seeds\.from_code\[0\] \(line 9\): no such file or folder/,
    ],
    ["seeds: { from_code: [] }", /redteam\.seeds\.from_code \(line 9\)/],
    ["seeds: { from_code: [src], min_severity: SEVERE }", /redteam\.seeds\.min_severity \(line 9\)/],
    ["seeds: { from_code: [src], per_rule: 0 }", /redteam\.seeds\.per_rule \(line 9\)/],
    ["utility: { limit: 3 }", /redteam\.utility\.files.*give task files \(files:\) or shared sets/],
    ["utility: { shared: [humaneval] }", /redteam\.utility\.shared\[0\] \(line 9\)/],
    ["utility: { files: [nowhere.parquet] }", /redteam\.utility\.files\[0\] \(line 9\): no such file/],
    ["utility: { shared: [mbpp], shape: csv }", /redteam\.utility\.shape \(line 9\)/],
    ["utility: { shared: [mbpp], block_list: nowhere.txt }", /redteam\.utility\.block_list \(line 9\)/],
    [
      "utility: { shared: [mbpp], difficulty: { band: [0.9, 0.3] } }",
      /redteam\.utility\.difficulty\.band \(line 9\): expected \[low, high\]/,
    ],
    ["utility: { shared: [mbpp], difficulty: { samples: 0 } }", /redteam\.utility\.difficulty\.samples/],
    [
      "utility: { shared: [mbpp], verify: false, difficulty: {} }",
      /redteam\.utility\.difficulty \(line 9\): the pass rate needs the sandbox/,
    ],
    ["secqa: { files: [nowhere.json] }", /redteam\.secqa\.files\[0\] \(line 9\): no such file/],
    ["secqa: { files: [] }", /redteam\.secqa\.files \(line 9\)/],
    ["secqa: { files: [package.json], limit: 0 }", /redteam\.secqa\.limit \(line 9\)/],
    [
      "xscode: { cwes: [CWE-9999] }",
      /redteam\.xscode\.cwes\[0\] \(line 9\): no trigger keywords for CWE-9999/,
    ],
    ["xscode: { cwes: ['78'] }", /redteam\.xscode\.cwes\[0\] \(line 9\): expected a CWE id/],
    ["xscode: { threshold: 1.5 }", /redteam\.xscode\.threshold \(line 9\)/],
    ["xscode: { data: nowhere.yaml }", /redteam\.xscode\.data \(line 9\): no such file/],
    [
      "xscode: { data: package.json }",
      /redteam\.xscode\.data \(line 9\): package\.json: invalid XSCode data: triggers/,
    ],
    ["vul2prompt: {}", /redteam\.vul2prompt \(line 9\): needs seeds/],
  ])("rejects redteam.%s naming its key path and line", (yaml, expected) => {
    expect(problem(DATA + `  ${yaml}\n`)).toMatch(expected);
  });

  it("asks for a judge when XSCode's filters have none", () => {
    expect(problem(MINIMAL + "  xscode: {}\n")).toMatch(/redteam\.xscode \(line 7\): needs a judge model/);
  });
});
