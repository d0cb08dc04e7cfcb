import { z } from "zod";

/** Evaluation's settings: the `eval:` section of a recipe and the defaults of `purpcode eval`. */
export const EvalSettingsSchema = z
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
export type EvalSettings = z.infer<typeof EvalSettingsSchema>;

/** The defaults of the section's optional keys (`suites` has none: a recipe names them). */
export const EVAL_DEFAULTS = Object.freeze(EvalSettingsSchema.omit({ suites: true }).parse({}));
