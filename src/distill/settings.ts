import { z } from "zod";

/**
 * Distillation's settings: the `distill:` section of a recipe and the defaults of `purpcode distill`. The one
 * place their defaults live (the paper's: best-of-8 sampling, soft codesec reward 0.8).
 */
export const DistillSettingsSchema = z
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
    /** Lowest reward that counts as verified: the reference's 0.5, so the soft 0.8 counts (1: full passes only). */
    verified_score: z.number().min(0).max(1).default(0.5),
    /** Run correctness rows in the bubblewrap sandbox (off: those rows fail verification). */
    sandbox: z.boolean().default(true),
    /** Model fine-tuned on the SFT set, written into the axolotl / TRL configs. */
    base_model: z.string().min(1).default("Qwen/Qwen2.5-Coder-7B-Instruct"),
  })
  .strict();
export type DistillSettings = z.infer<typeof DistillSettingsSchema>;

/** Every default of the section, resolved once. */
export const DISTILL_DEFAULTS: Readonly<DistillSettings> = Object.freeze(DistillSettingsSchema.parse({}));

/** SFT on the distillation output before RL (the paper's hyper-parameters as defaults). */
export const SftSettingsSchema = z
  .object({
    /** false: RL starts from distill.base_model (the paper's direct-RL ablation). */
    enabled: z.boolean().default(true),
    engine: z.enum(["axolotl", "trl"]).default("axolotl"),
    learning_rate: z.number().positive().default(5e-6),
    epochs: z.number().int().positive().default(1),
    sequence_len: z.number().int().positive().default(4096),
    warmup_steps: z.number().int().min(0).default(32),
    gpus_per_node: z.number().int().positive().default(8),
    /** Where the fine-tuned model goes (default: <run_dir>/sft/model); RL starts from it. */
    output_dir: z.string().min(1).optional(),
    /** Run the written SFT script (only when the engine is installed here). */
    execute: z.boolean().default(false),
  })
  .strict();
export type SftSettings = z.infer<typeof SftSettingsSchema>;
