import { z } from "zod";
import { SEVERITIES } from "../analyzer/types.js";
import { ORACLES } from "../core/rows.js";
import { UTILITY_SOURCES } from "./benign.js";
import { TASK_SHAPES } from "./utility.js";

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
    /**
     * Rule2Code from real code: the analyzer over the user's files or folders; each (file, rule) with findings is
     * a seed for Vul2Prompt (beside, or instead of, the generated Rule2Code seeds).
     */
    seeds: z
      .object({
        from_code: z.array(z.string().min(1)).min(1),
        min_severity: z.enum(SEVERITIES).default("MEDIUM"),
        rules: z.array(z.string().min(1)).optional(),
        /** Lines kept around the flagged lines. */
        context: z.number().int().positive().default(40),
        per_rule: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /**
     * Coding tasks with tests imported as correctness rows (`redteam utility`): the user's files and / or the shared
     * sets, each reference verified in the sandbox, block-listed libraries and eval look-alikes dropped, and with
     * `difficulty` the policy's pass rate kept in the band.
     */
    utility: z
      .object({
        /** Task files: JSONL (.gz), a JSON array or parquet, of any known shape. */
        files: z.array(z.string().min(1)).default([]),
        /** The shared sets under data_dir. */
        shared: z.array(z.enum(UTILITY_SOURCES)).default([]),
        /** Task shape of every record (default: detected per record). */
        shape: z.enum(TASK_SHAPES).optional(),
        /** Task id prefix (default: utility). */
        source: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/)
          .optional(),
        /** Source and licence line recorded in each row (default for the shared sets: theirs). */
        attribution: z.string().min(1).optional(),
        /** Run each reference solution against its tests in the sandbox. */
        verify: z.boolean().default(true),
        /** Libraries to block, one per line (default: the shipped list). */
        block_list: z.string().min(1).optional(),
        decontaminate: z.boolean().default(true),
        /** Keep tasks of middling difficulty for the policy model: K samples, low <= pass rate < high. */
        difficulty: z
          .object({
            samples: z.number().int().positive().default(8),
            band: z
              .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
              .refine(([low, high]) => low < high, "expected [low, high] with low < high")
              .default([0.3, 0.9]),
            temperature: z.number().min(0).max(2).default(1),
            max_tokens: z.number().int().positive().optional(),
          })
          .strict()
          .optional(),
        timeout_ms: z.number().int().positive().optional(),
        parallel: z.number().int().positive().default(8),
        /** The first n records (of all files, in order). */
        limit: z.number().int().positive().optional(),
      })
      .strict()
      .refine((u) => u.files.length + u.shared.length > 0, {
        message: "give task files (files:) or shared sets (shared:)",
        path: ["files"],
      })
      .optional(),
    /** Security-QA multiple-choice sets the user has (SecEval, CTIBench MCQ shapes), imported as noreject rows. */
    secqa: z
      .object({
        files: z.array(z.string().min(1)).min(1),
        source: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/)
          .optional(),
        licence: z.string().min(1).optional(),
        /** At most n questions per file. */
        limit: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /**
     * XSCode-style over-refusal prompts from per-CWE trigger keywords, written by the generator and filtered by the
     * judge (pre-filter of ten checks, post-filter): noreject + codesec rows.
     */
    xscode: z
      .object({
        /** Only these CWEs of the trigger data (default: all). */
        cwes: z
          .array(z.string().regex(/^CWE-\d+$/, "expected a CWE id such as CWE-78"))
          .min(1)
          .optional(),
        /** Trigger keywords, forbidden phrases and filter checks (default: the shipped YAML). */
        data: z.string().min(1).optional(),
        /** Near-duplicate threshold (estimated Jaccard). */
        threshold: z.number().gt(0).max(1).default(0.7),
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
  xscode: RedteamSettingsSchema.shape.xscode.unwrap().parse({}) as Sections["xscode"],
  dedup: RedteamSettingsSchema.shape.dedup.parse(undefined) as Sections["dedup"],
});
