import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { ProviderConfigSchema, parseYamlWith, type KeyProblem } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { ORACLES } from "../core/rows.js";
import { findSuite } from "../eval/suites/index.js";
import { RedteamRecipeSchema } from "../redteam/recipe.js";
import { VerdictSettingsSchema } from "../verdict/settings.js";

/**
 * The recipe: one YAML file from rules to aligned-model data, training launch and evaluation. Defaults are the
 * paper's (K = 8 samples, soft codesec reward 0.8, GRPO n = 8, max roll factor 4, KL 0.001 low_var_kl, lr 5e-7).
 * Paths are relative to the directory the command runs in.
 */

/** The red-teaming steps of `purpcode redteam recipe`, without the fields the recipe sets itself. */
const RedteamSection = RedteamRecipeSchema.omit({ generator: true, out_dir: true, data_dir: true });

/** A prompt set the user brings (JSONL conversation rows), deduplicated and mixed in with the synthesized ones. */
const ExtraSetSchema = z
  .object({
    file: z.string().min(1),
    /** Set name in the run (default: the file name). */
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional(),
    /** Gives every row this oracle (for sets whose rows name none). */
    oracle: z.enum(ORACLES).optional(),
  })
  .strict();

const DistillSection = z
  .object({
    /** Samples per prompt (K; best-of-8 in the paper). */
    samples: z.number().int().positive().default(8),
    temperature: z.number().min(0).max(2).default(0.8),
    max_tokens: z.number().int().positive().optional(),
    seed: z.number().int().min(0).optional(),
    /** Chains (prompt x k) in flight. */
    parallel: z.number().int().positive().default(32),
    verify_parallel: z.number().int().positive().default(64),
    /** Verified share that makes a prompt "easy" (removed from the RL pool). */
    easy_threshold: z.number().min(0).max(1).default(0.7),
    /** Run correctness rows in the bubblewrap sandbox (off: those rows fail verification). */
    sandbox: z.boolean().default(true),
    /** Model fine-tuned on the SFT set, written into the axolotl / TRL configs. */
    base_model: z.string().min(1).default("Qwen/Qwen2.5-Coder-7B-Instruct"),
  })
  .strict();

const GrpoSection = z
  .object({
    n: z.number().int().positive().default(8),
    max_roll_factor: z.number().int().positive().default(4),
    kl_coef: z.number().min(0).default(0.001),
    kl_loss_type: z.enum(["low_var_kl", "kl", "abs", "mse"]).default("low_var_kl"),
    lr: z.number().positive().default(5e-7),
    prompts_per_gpu: z.number().int().positive().default(48),
    max_prompt_length: z.number().int().positive().default(2048),
    max_response_length: z.number().int().positive().default(3072),
    epochs: z.number().int().positive().default(1),
  })
  .strict();

const RlSection = z
  .object({
    /** Share of rows held out as the RL test split. */
    test_fraction: z.number().min(0).lt(1).default(0.02),
    seed: z.number().int().min(0).default(0),
    /** Mix weights per set name (dedup output); omit to take every row. */
    weights: z.record(z.string(), z.number().positive()).optional(),
    size: z.number().int().positive().optional(),
    /** Drop the prompts distillation found easy. */
    remove_easy: z.boolean().default(true),
    engine: z.enum(["verl", "openrlhf"]).default("verl"),
    /** Model the RL run starts from (default: distill.base_model). */
    model: z.string().min(1).optional(),
    nodes: z.number().int().positive().default(1),
    gpus_per_node: z.number().int().positive().default(8),
    reward_port: z.number().int().positive().default(8000),
    /** Run the written launch script (only when the engine is installed here). */
    execute: z.boolean().default(false),
    grpo: GrpoSection.default(GrpoSection.parse({})),
  })
  .strict();

const EvalSection = z
  .object({
    suites: z.array(z.string()).min(1),
    /** Names under `models:` to evaluate (default: the policy). */
    models: z.array(z.string()).optional(),
    limit: z.number().int().positive().optional(),
    samples: z.number().int().positive().default(1),
    system_prompt: z.enum(["aligned", "none"]).default("aligned"),
    max_tokens: z.number().int().positive().optional(),
    languages: z.array(z.string()).optional(),
  })
  .strict();

export const RecipeSchema = z
  .object({
    version: z.literal(1).default(1),
    name: z.string().min(1).default("recipe"),
    /** Every stage writes under this directory. */
    run_dir: z.string().min(1),
    data_dir: z.string().default("../shared/data"),
    /**
     * Dry run: start the built-in OpenAI-protocol stand-in server with this scripted model and point every model
     * at it. Every output says DRY RUN. Delete this line to use the endpoints under `models:`.
     */
    dry_run: z
      .union([z.string().min(1), z.object({ script: z.string().min(1) }).strict()])
      .optional()
      .transform((v) => (typeof v === "string" ? { script: v } : v)),
    models: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), ProviderConfigSchema),
    /** The helpful-only model that writes red-teaming data. */
    generator: z.string().default("generator"),
    /** The model being aligned (distillation samples, evaluation). */
    policy: z.string().default("policy"),
    /** The judge for general-safety / noreject oracles and the judged eval suites. */
    judge: z.string().optional(),
    redteam: RedteamSection,
    extra_sets: z.array(ExtraSetSchema).default([]),
    /**
     * What counts as insecure and what a clean answer without code earns (severity MEDIUM, soft_codesec 0.8):
     * the same values reach distillation's verify, the reward service and the eval suites.
     */
    verdict: VerdictSettingsSchema.default(VerdictSettingsSchema.parse({})),
    distill: DistillSection.default(DistillSection.parse({})),
    rl: RlSection.default(RlSection.parse({})),
    eval: EvalSection.optional(),
  })
  .strict();
export type Recipe = z.infer<typeof RecipeSchema>;

/** What the schema cannot see: named models exist, data paths exist, suites are known. */
function checkRecipe(r: Recipe): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const model = (key: string, name: string | undefined) => {
    if (name !== undefined && !r.models[name])
      problems.push({
        path: [key],
        message: `no model '${name}' under models: (defined: ${Object.keys(r.models).join(", ") || "none"})`,
      });
  };
  model("generator", r.generator);
  model("policy", r.policy);
  model("judge", r.judge);
  if (!existsSync(r.data_dir))
    problems.push({ path: ["data_dir"], message: `no such folder: ${r.data_dir}` });
  if (r.dry_run && !existsSync(r.dry_run.script))
    problems.push({ path: ["dry_run"], message: `no such script file: ${r.dry_run.script}` });
  if (r.redteam.catalog && !existsSync(r.redteam.catalog))
    problems.push({ path: ["redteam", "catalog"], message: `no such file: ${r.redteam.catalog}` });
  r.redteam.strategies_dirs.forEach((d, i) => {
    if (!existsSync(d))
      problems.push({ path: ["redteam", "strategies_dirs", i], message: `no such folder: ${d}` });
  });
  if (r.redteam.vul2prompt && !r.redteam.rule2code)
    problems.push({ path: ["redteam", "vul2prompt"], message: "needs the rule2code step (its seeds)" });
  r.extra_sets.forEach((s, i) => {
    if (!existsSync(s.file))
      problems.push({ path: ["extra_sets", i, "file"], message: `no such file: ${s.file}` });
  });
  for (const [kind, m] of Object.entries(r.models))
    if (m.kind === "llama" && !r.dry_run && !existsSync(m.model_path))
      problems.push({ path: ["models", kind, "model_path"], message: `no such file: ${m.model_path}` });
  r.eval?.suites.forEach((s, i) => {
    if (!findSuite(s)) problems.push({ path: ["eval", "suites", i], message: `unknown suite '${s}'` });
  });
  r.eval?.models?.forEach((name, i) => {
    if (!r.models[name])
      problems.push({ path: ["eval", "models", i], message: `no model '${name}' under models:` });
  });
  return problems;
}

export function parseRecipe(text: string, file = "<recipe>"): Recipe {
  return parseYamlWith(RecipeSchema, text, file, "recipe", checkRecipe);
}

export async function loadRecipeFile(file: string): Promise<Recipe> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read recipe: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
    });
  }
  return parseRecipe(text, file);
}
