import { z } from "zod";
import { ORACLES } from "../core/rows.js";

/**
 * Red-teaming's settings: the `redteam:` section of a recipe and the defaults of the `purpcode redteam` verbs.
 * The one place their defaults live.
 */

const generation = {
  attempts: z.number().int().positive().optional(),
  seed: z.number().int().min(0).optional(),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.number().int().positive().optional(),
  parallel: z.number().int().positive().optional(),
};

export const RedteamSettingsSchema = z
  .object({
    strategies_dirs: z.array(z.string()).default([]),
    catalog: z.string().optional(),
    rule2code: z
      .object({
        languages: z.array(z.string()).default(["python"]),
        rules: z.array(z.string()).optional(),
        limit: z.number().int().positive().optional(),
        depth: z.number().int().positive().default(3),
        any_finding: z.boolean().default(false),
        analyzer_rules: z.boolean().default(true),
        ...generation,
      })
      .strict()
      .optional(),
    vul2prompt: z
      .object({
        strategies: z.array(z.string()).optional(),
        follow_ups: z.number().int().min(0).default(0),
        /** User turns per row: 1, or a conversation that builds up to the weakness (multi-turn vul2prompt). */
        turns: z.number().int().min(1).max(8).default(1),
        limit: z.number().int().positive().optional(),
        ...generation,
      })
      .strict()
      .optional(),
    malevent: z
      .object({
        tactics: z.array(z.string()).optional(),
        platforms: z.array(z.string()).optional(),
        subtechniques: z.boolean().default(true),
        limit: z.number().int().positive().optional(),
        strategies: z.array(z.string()).optional(),
        min_turns: z.number().int().positive().default(3),
        max_turns: z.number().int().positive().default(5),
        ...generation,
      })
      .strict()
      .optional(),
    benign: z
      .object({
        strategies: z.array(z.string()).optional(),
        per_strategy: z.number().int().positive().default(20),
        language: z.string().default("python"),
        utility: z.boolean().default(true),
        utility_sources: z.array(z.string()).optional(),
        utility_per_source: z.number().int().positive().optional(),
        ...generation,
      })
      .strict()
      .optional(),
    dedup: z
      .object({
        threshold: z.number().gt(0).max(1).default(0.7),
        containment: z.number().gt(0).max(1).default(0.8),
        decontaminate: z.boolean().default(true),
      })
      .strict()
      .default({ threshold: 0.7, containment: 0.8, decontaminate: true }),
  })
  .strict();
export type RedteamSettings = z.infer<typeof RedteamSettingsSchema>;

/** A prompt set the user brings (JSONL conversation rows), deduplicated and mixed in with the synthesized ones. */
export const ExtraSetSchema = z
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
export type ExtraSet = z.infer<typeof ExtraSetSchema>;

type Sections = Required<RedteamSettings>;
/** Each step's defaults, resolved once (a step the recipe omits does not run; its verb still uses these). */
export const REDTEAM_DEFAULTS = Object.freeze({
  rule2code: RedteamSettingsSchema.shape.rule2code.unwrap().parse({}) as Sections["rule2code"],
  vul2prompt: RedteamSettingsSchema.shape.vul2prompt.unwrap().parse({}) as Sections["vul2prompt"],
  malevent: RedteamSettingsSchema.shape.malevent.unwrap().parse({}) as Sections["malevent"],
  benign: RedteamSettingsSchema.shape.benign.unwrap().parse({}) as Sections["benign"],
  dedup: RedteamSettingsSchema.shape.dedup.parse(undefined) as Sections["dedup"],
});
