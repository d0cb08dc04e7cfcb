import { z } from "zod";

/**
 * RL's settings: the `rl:` section of a recipe and the defaults of `purpcode rl`. The paper's GRPO defaults
 * (n = 8, max roll factor 4, KL 0.001 low_var_kl, lr 5e-7) live here and nowhere else.
 */
export const GrpoSettingsSchema = z
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
export type GrpoSettings = z.infer<typeof GrpoSettingsSchema>;

export const RlSettingsSchema = z
  .object({
    /** Share of rows held out as the RL test split. */
    test_fraction: z.number().min(0).lt(1).default(0.02),
    seed: z.number().int().min(0).default(0),
    /** Mix weights per set name (dedup output); omit to take every row. */
    weights: z.record(z.string(), z.number().positive()).optional(),
    /**
     * A named mixture by objective instead of weights (`paper`: code 46k, codesec 78k, secqa 11k, safety 8k);
     * each set's objective follows its rows' oracles (correctness: code; codesec; general-safety or reject:
     * safety; noreject alone: secqa).
     */
    preset: z.enum(["paper"]).optional(),
    size: z.number().int().positive().optional(),
    /** Rows with consecutive user turns (multi-turn malevent / vul2prompt): merged into one, or kept. */
    multi_turn: z.enum(["merge", "keep"]).default("merge"),
    /** Drop the prompts distillation found easy. */
    remove_easy: z.boolean().default(true),
    engine: z.enum(["verl", "openrlhf"]).default("verl"),
    /** verl release the launch is written for (rl launch --verl-version), and its dynamic sampler. */
    verl_version: z.string().min(1).default("v0.9.0"),
    sampler: z.enum(["single-step", "history-aware", "dapo"]).default("single-step"),
    /** OpenRLHF release (0.9.10: flat flags, 0.11.0: dotted). */
    openrlhf_version: z.string().min(1).default("0.11.0"),
    /** Model the RL run starts from (default: the SFT stage's output; distill.base_model when sft is off). */
    model: z.string().min(1).optional(),
    nodes: z.number().int().positive().default(1),
    gpus_per_node: z.number().int().positive().default(8),
    reward_port: z.number().int().positive().default(8192),
    /** Run the written launch script (only when the engine is installed here). */
    execute: z.boolean().default(false),
    grpo: GrpoSettingsSchema.default(GrpoSettingsSchema.parse({})),
  })
  .strict();
export type RlSettings = z.infer<typeof RlSettingsSchema>;

export const RL_DEFAULTS: Readonly<RlSettings> = Object.freeze(RlSettingsSchema.parse({}));
