import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import type { Config } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { describeIssues } from "../core/rows.js";
import { createProvider, resolveProvider } from "../llm/provider.js";
import { RedteamSettingsSchema } from "./settings.js";
import { coverageOf, dedupFiles, writeCoverage } from "./sets.js";
import { benignStep, maleventStep, rule2codeStep, vul2promptStep, type StepResult } from "./steps.js";

/**
 * A red-teaming recipe: every step with its parameters in one YAML file, run in order into one directory.
 * Each step is a resumable job, so rerunning a recipe after a crash or a change only does what is missing.
 */

export const RedteamRecipeSchema = RedteamSettingsSchema.extend({
  /** Name of the generator model under `models:` in the purpcode config. */
  generator: z.string().min(1),
  /** Where the sets, dedup output and coverage report go. */
  out_dir: z.string().min(1),
  /** Shared data folder (default: the config's data_dir). */
  data_dir: z.string().optional(),
}).strict();
export type RedteamRecipe = z.infer<typeof RedteamRecipeSchema>;

export function loadRecipe(file: string): RedteamRecipe {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read recipe: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
    });
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new InputError(`invalid YAML: ${doc.errors[0]!.message.split("\n")[0]}`, { file });
  const parsed = RedteamRecipeSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw new InputError(`invalid recipe: ${describeIssues(parsed.error)}`, { file });
  return parsed.data;
}

type Gen = { attempts?: number; seed?: number; temperature?: number; max_tokens?: number; parallel?: number };
const gen = (g: Gen) => ({
  attempts: g.attempts,
  seed: g.seed,
  temperature: g.temperature,
  maxTokens: g.max_tokens,
  parallel: g.parallel,
});

export interface RecipeRun {
  steps: Record<string, StepResult | { sets: Array<{ name: string; before: number; after: number }> }>;
  coverage: string;
}

/** Runs the steps the recipe names, in pipeline order, then dedup and the coverage report. */
export async function runRecipe(
  config: Config,
  recipe: RedteamRecipe,
  options: { quiet?: boolean; log?: (line: string) => void } = {},
): Promise<RecipeRun> {
  const log = options.log ?? (() => {});
  const dir = recipe.out_dir;
  const dataDir = recipe.data_dir ?? config.data_dir;
  const provider = createProvider(resolveProvider(config, { provider: recipe.generator }, "generator"));
  const common = {
    provider,
    dataDir,
    strategiesDirs: recipe.strategies_dirs,
    catalog: recipe.catalog,
    quiet: options.quiet,
  };
  const steps: RecipeRun["steps"] = {};
  const sets: string[] = [];
  try {
    if (recipe.rule2code) {
      const r = recipe.rule2code;
      steps.rule2code = await rule2codeStep({
        ...common,
        ...gen(r),
        out: join(dir, "rule2code.jsonl"),
        languages: r.languages,
        rules: r.rules,
        limit: r.limit,
        depth: r.depth,
        anyFinding: r.any_finding,
        analyzerRules: r.analyzer_rules,
      });
      log(`rule2code: ${steps.rule2code.done} done, ${steps.rule2code.failed} failed`);
    }
    if (recipe.vul2prompt) {
      if (!recipe.rule2code) throw new InputError("recipe: vul2prompt needs the rule2code step (its seeds)");
      const v = recipe.vul2prompt;
      steps.vul2prompt = await vul2promptStep({
        ...common,
        ...gen(v),
        out: join(dir, "vul2prompt.jsonl"),
        seeds: join(dir, "rule2code.jsonl"),
        strategies: v.strategies,
        followUps: v.follow_ups,
        limit: v.limit,
      });
      sets.push(join(dir, "vul2prompt.jsonl"));
      log(`vul2prompt: ${steps.vul2prompt.done} done, ${steps.vul2prompt.failed} failed`);
    }
    if (recipe.malevent) {
      const m = recipe.malevent;
      steps.malevent = await maleventStep({
        ...common,
        ...gen(m),
        out: join(dir, "malevent.jsonl"),
        tactics: m.tactics,
        platforms: m.platforms,
        subtechniques: m.subtechniques,
        limit: m.limit,
        strategies: m.strategies,
        minTurns: m.min_turns,
        maxTurns: m.max_turns,
      });
      sets.push(join(dir, "malevent.jsonl"));
      log(`malevent: ${steps.malevent.done} done, ${steps.malevent.failed} failed`);
    }
    if (recipe.benign) {
      const b = recipe.benign;
      steps.benign = await benignStep({
        ...common,
        ...gen(b),
        out: join(dir, "benign.jsonl"),
        strategies: b.strategies,
        perStrategy: b.per_strategy,
        language: b.language,
        utilityOut: b.utility ? join(dir, "utility.jsonl") : undefined,
        utilitySources: b.utility_sources,
        utilityPerSource: b.utility_per_source,
      });
      sets.push(join(dir, "benign.jsonl"));
      if (b.utility) sets.push(join(dir, "utility.jsonl"));
      log(`benign: ${steps.benign.done} done, ${steps.benign.failed} failed`);
    }
  } finally {
    await provider.close?.();
  }
  if (sets.length > 0) {
    const d = await dedupFiles(sets, join(dir, "dedup"), {
      threshold: recipe.dedup.threshold,
      containmentThreshold: recipe.dedup.containment,
      dataDir,
      decontaminate: recipe.dedup.decontaminate,
    });
    steps.dedup = {
      sets: d.result.sets.map((s) => ({ name: s.name, before: s.before, after: s.kept.length })),
    };
    log(`dedup: ${steps.dedup.sets.map((s) => `${s.name} ${s.before} -> ${s.after}`).join(", ")}`);
  }
  const coverage = join(dir, "coverage");
  await writeCoverage(await coverageOf(dir, sets.length ? join(dir, "dedup") : undefined), coverage);
  log(`coverage -> ${coverage}.md`);
  return { steps, coverage: `${coverage}.md` };
}
